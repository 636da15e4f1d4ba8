// Round 26 brief, heldout28: held-out sets written apart from the suggester and any tuning, scored once at the end.
// Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column
// in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { loc11, trTime, trMoney } from './values11.mjs'
import { pad, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1) // Paris, Copenhagen, Vienna, Brussels, Zagreb, Budapest
const eet = (ms) => shift(ms, dst(ms) ? 3 : 2) // Sofia, Bucharest
const uk = (ms) => shift(ms, dst(ms) ? 1 : 0)
const dmy = (p, sep = '/') => `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const comma = (n) => n.toFixed(2).replace('.', ',')
const h = (o, k) => (+o.id * k) >>> 0 // a per-row number that differs by column family

// ---------------------------------------------------------------- Lydia Pro (France)
// Lydia Pro: payments received by a Lyon bakery-café (Lydia Pro > Transactions > Exporter (CSV); French UI).
const frTime = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const LY_MEANS = ['Lydia', 'Lydia', 'Carte bancaire', 'Carte bancaire', 'Apple Pay', 'Sumeria', 'Lien de paiement']
const lyMean = (o) => LY_MEANS[+o.id % LY_MEANS.length]
const LY_ST = ['Payé', 'Payé', 'Payé', 'Payé', 'Remboursé', 'Annulé', 'En attente']
const lySt = (o) => LY_ST[+o.id % LY_ST.length]
const lyAmt = (o) => +(2.4 + (+o.id % 61) * 0.55).toFixed(2)
const lyFee = (o) => (lyMean(o) === 'Lydia' || lyMean(o) === 'Sumeria' ? 0 : +(lyAmt(o) * 0.012 + 0.1).toFixed(2))

// ---------------------------------------------------------------- myPOS (Bulgaria)
// myPOS: card transactions of a Plovdiv restaurant (myPOS Account > Активност > Изтегли като CSV; Bulgarian UI).
const bgTime = (ms) => { const p = eet(ms); return `${dmy(p, '.')} ${hms(p)}` }
const BG_FIRST = [['Георги', 'Мария'], ['Иван', 'Елена'], ['Димитър', 'Йорданка'], ['Николай', 'Десислава'], ['Петър', 'Гергана'], ['Христо', 'Цветелина']]
const BG_LAST = [['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Петров', 'Петрова'], ['Стоянов', 'Стоянова'], ['Николов', 'Николова']]
const bgName = (c) => { const n = +c.id, f = c.female ? 1 : 0; return `${BG_FIRST[n % 6][f]} ${BG_LAST[(n >> 2) % 6][f]}` }
const MP_TYPE = ['Плащане с карта', 'Плащане с карта', 'Плащане с карта', 'Плащане с карта', 'Възстановяване', 'Предварителна оторизация', 'Плащане по линк']
const mpType = (o) => MP_TYPE[+o.id % MP_TYPE.length]
const mpCard = (o) => [['VISA', '4'], ['MASTERCARD', '5'], ['VISA', '4'], ['MAESTRO', '6'], ['MASTERCARD', '5']][(+o.id >> 1) % 5]
const mpAmt = (o) => +(8.9 + (+o.id % 97) * 1.35).toFixed(2)
const mpFee = (o) => +(mpAmt(o) * 0.0105 + 0.05).toFixed(2)
const mpDecl = (o) => +o.id % 17 === 3

// ---------------------------------------------------------------- Dojo (UK)
// Dojo: card transactions of a Manchester pub (Dojo app / dashboard: Transactions > Export, CSV).
const DJ_TYPE = ['Sale', 'Sale', 'Sale', 'Sale', 'Refund', 'Sale', 'Pre-auth']
const djType = (o) => DJ_TYPE[+o.id % DJ_TYPE.length]
const djDecl = (o) => +o.id % 13 === 6
const djCard = (o) => [['Visa', 'Debit'], ['Mastercard', 'Debit'], ['Visa', 'Credit'], ['American Express', 'Credit'], ['Mastercard', 'Credit']][(+o.id >> 1) % 5]
const djAmt = (o) => +(3.8 + (+o.id % 83) * 0.95).toFixed(2)
const djTip = (o) => (+o.id % 4 === 1 && djType(o) === 'Sale' ? +(djAmt(o) * 0.1).toFixed(2) : 0)
const djCash = (o) => (+o.id % 19 === 2 ? 20 : 0)

// ---------------------------------------------------------------- Billetto (Denmark)
// Billetto: ticket orders of an Aarhus concert venue (Billetto arrangørpanel > Ordrer > Eksporter; Danish UI).
const DK_FIRST = [['Mads', 'Sofie'], ['Frederik', 'Ida'], ['Rasmus', 'Freja'], ['Mikkel', 'Emma'], ['Jonas', 'Mathilde'], ['Kasper', 'Laura']]
const DK_LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen']
const DK_ZIP = ['8000', '8200', '8210', '2100', '2200', '5000', '9000', '8600']
const dk = (c) => { const n = +c.id, first = DK_FIRST[n % 6][c.female ? 1 : 0], last = DK_LAST[(n >> 2) % 8]; return { first, last, email: `${slug(first)}${slug(last).slice(0, 3)}${n % 90}@${['gmail.com', 'hotmail.dk', 'live.dk', 'outlook.dk'][n % 4]}`, mobile: `+45 ${20 + (n % 70)} ${pad((n >> 3) % 100)} ${pad((n >> 5) % 100)} ${pad(n % 97)}`, zip: DK_ZIP[(n >> 1) % 8] } }
const BT_EV = [['Jazz i Gården: Kvintet', 'Standard', 180], ['Lørdagsklub: DJ-aften', 'Early Bird', 95], ['Jazz i Gården: Kvintet', 'Ståplads', 150], ['Stand-up: Aarhus Comedy Night', 'Siddeplads', 245], ['Stand-up: Aarhus Comedy Night', 'VIP inkl. drink', 395]]
const bt = (o) => BT_EV[+o.id % BT_EV.length]
const btQty = (o) => 1 + (+o.id % 4)
const btFee = (o) => +(bt(o)[2] * btQty(o) * 0.05 + 4 * btQty(o)).toFixed(2)
const btDisc = (o) => (+o.id % 7 === 2 ? +(bt(o)[2] * btQty(o) * 0.2).toFixed(2) : 0)
const btTotal = (o) => +(bt(o)[2] * btQty(o) + btFee(o) - btDisc(o)).toFixed(2)
const BT_ST = ['Gennemført', 'Gennemført', 'Gennemført', 'Gennemført', 'Refunderet', 'Annulleret']
const dkTime = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- Yurplan (France)
// Yurplan: participants of a trail race near Annecy (Yurplan > Mes événements > Participants > Exporter (Excel); French
// UI; one row per ticket; the organiser's registration form asked for civility, birth date, address, club and t-shirt).
const YP_TARIF = [['Trail 22 km', 28], ['Trail 22 km', 28], ['Trail 42 km', 45], ['Course enfants 3 km', 5], ['Marche nordique 12 km', 15]]
const yp = (o) => YP_TARIF[+o.id % YP_TARIF.length]
const YP_ST = ['Validé', 'Validé', 'Validé', 'Validé', 'Annulé', 'Remboursé']
const ypClub = (c) => ['', '', 'ASPTT Annecy', 'Trail Club du Semnoz', 'Athlé Sud Lac', ''][+c.id % 6]
const ypSelf = (c) => +c.id % 4 !== 3 // the buyer registered himself or herself

// ---------------------------------------------------------------- Shopier (Turkey)
// Shopier: orders of an Izmir handmade-jewellery seller (Shopier Satıcı Paneli > Siparişler > Excel'e aktar; Turkish UI;
// one row per order, the shop sells one product per order).
const tr = (c) => loc(c, 'tr')
const SH_P = [['Gümüş Zincir Kolye - Damla Taşlı', 'Renk: Mavi', 349.9], ['El Yapımı Makrome Bileklik', 'Renk: Bej', 129.9], ['925 Ayar Gümüş Yüzük', 'Ölçü: 14', 459], ['Doğal Taş Küpe Seti', '', 219.5], ['Kişiye Özel Harfli Kolye', 'Harf: E', 289]]
const shp = (o) => SH_P[+o.id % SH_P.length]
const shQty = (o) => 1 + (+o.id % 3 === 0 ? 1 : 0)
const shSub = (o) => +(shp(o)[2] * shQty(o)).toFixed(2)
const shShip = (o) => (shSub(o) >= 500 ? 0 : 59.9)
const shDisc = (o) => (+o.id % 6 === 1 ? +(shSub(o) * 0.1).toFixed(2) : 0)
const SH_ST = ['Kargoya Verildi', 'Teslim Edildi', 'Teslim Edildi', 'Hazırlanıyor', 'Yeni Sipariş', 'İptal Edildi', 'İade Edildi']
const shSt = (o) => SH_ST[+o.id % SH_ST.length]
const shSent = (o) => ['Kargoya Verildi', 'Teslim Edildi', 'İade Edildi'].includes(shSt(o))

// ---------------------------------------------------------------- Ticimax (Turkey)
// Ticimax: members of an Istanbul home-textile shop (Ticimax yönetim paneli > Üyeler > Üye Listesi > Excel'e Aktar).
const tiTime = (ms) => { const p = shift(ms, 3); return `${dmy(p, '.')} ${hms(p)}` }
const tiDate = (ms) => { const p = shift(ms, 3); return dmy(p, '.') }
const tiCorp = (c) => +c.id % 7 === 4

// ---------------------------------------------------------------- Okazii (Romania)
// Okazii.ro: a Cluj seller's orders (Contul meu > Vânzări > Comenzi > Exportă comenzi (Excel); Romanian UI, one row per product).
const ro = (c) => loc11(c, 'ro')
const roTime = (ms) => { const p = eet(ms); return `${dmy(p, '.')} ${hm(p)}` }
const OK_P = [['Carte "Amintiri din copilărie" - Ion Creangă, ed. 1978', 'OK-CRT-1978', 35], ['Ceas de mână Poljot, mecanic, anii 80', 'OK-CEAS-082', 420], ['Set 6 pahare cristal Mediaș', 'OK-PAH-006', 180], ['Monedă 50 bani 1955, stare bună', 'OK-MON-055', 25], ['Aparat foto Zenit-E cu obiectiv Helios 44', 'OK-FOTO-044', 310]]
const okp = (o) => OK_P[+o.id % OK_P.length]
const okQty = (o) => (okp(o)[1] === 'OK-MON-055' ? 1 + (+o.id % 3) : 1)
const okShip = (o) => [17.99, 19.5, 0, 14.99][+o.id % 4]
const OK_ST = ['Finalizată', 'Finalizată', 'Expediată', 'Plătită', 'Nouă', 'Anulată']
const okSt = (o) => OK_ST[+o.id % OK_ST.length]
const okSent = (o) => ['Finalizată', 'Expediată'].includes(okSt(o))
const okPay = (o) => ['Ramburs', 'Ramburs', 'Card online', 'Transfer bancar', 'Ramburs'][+o.id % 5]

// ---------------------------------------------------------------- Vatera (Hungary)
// Vatera: a Debrecen seller's sales (Vatera > Eladásaim > Letöltés Excelbe; Hungarian UI, one row per sold item).
const hu = (c) => loc11(c, 'hu')
const huTime = (ms) => { const p = cet(ms); return `${p.y}.${pad(p.m)}.${pad(p.d)} ${hm(p)}` }
const VA_P = [['LEGO Technic 42115 Lamborghini Sián, bontatlan', 'Játék > LEGO', 129990], ['Zsolnay porcelán váza, eozin', 'Régiség > Porcelán', 45000], ['iPhone 12 64GB fekete, kártyafüggetlen', 'Mobiltelefon > Apple', 139900], ['Bosch ütvefúró PSB 500 RE', 'Barkács > Fúrógép', 14990], ['Harry Potter könyvcsomag 1-7. kötet', 'Könyv > Ifjúsági', 9900]]
const vap = (o) => VA_P[+o.id % VA_P.length]
const VA_SHIP = [['Foxpost csomagautomata', 1190], ['GLS futárszolgálat', 2190], ['MPL házhoz', 1990], ['Személyes átvétel', 0], ['Packeta átvevőhely', 1090]]
const vaShip = (o) => VA_SHIP[(+o.id >> 1) % VA_SHIP.length]
const VA_ST = ['Lezárt', 'Lezárt', 'Fizetve', 'Feladva', 'Fizetésre vár', 'Meghiúsult']
const vaSt = (o) => VA_ST[+o.id % VA_ST.length]
const ft = (n) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} Ft`

// ---------------------------------------------------------------- willhaben (Austria)
// willhaben: enquiries to a Vienna estate agent's listings (willhaben Immobilien-Profi: Anfragen > Exportieren (CSV); Austrian German UI).
const AT_FIRST = [['Lukas', 'Anna'], ['Florian', 'Lena'], ['Stefan', 'Katharina'], ['Thomas', 'Julia'], ['Markus', 'Sarah'], ['Christoph', 'Theresa']]
const AT_LAST = ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner']
const AT_CITY = [['1030', 'Wien'], ['1100', 'Wien'], ['1210', 'Wien'], ['2340', 'Mödling'], ['3100', 'St. Pölten'], ['2500', 'Baden'], ['4020', 'Linz']]
const at_ = (c) => { const n = +c.id, first = AT_FIRST[n % 6][c.female ? 1 : 0], last = AT_LAST[(n >> 2) % 10]; const [zip, city] = AT_CITY[(n >> 1) % 7]; return { first, last, zip, city, email: `${slug(first)}.${slug(last)}${n % 80}@${['gmx.at', 'gmail.com', 'aon.at', 'chello.at'][n % 4]}`, mobile: `+43 ${['664', '676', '650', '699'][n % 4]} ${1000000 + (n * 37) % 8999999}` } }
const WH_AD = [['Helle 3-Zimmer-Wohnung mit Balkon, Nähe U3', '3. Bezirk, Landstraße'], ['Erstbezug: 2-Zimmer-Neubauwohnung mit Loggia', '21. Bezirk, Floridsdorf'], ['Einfamilienhaus mit Garten in Mödling', 'Mödling'], ['Dachgeschoss-Maisonette mit Terrasse', '10. Bezirk, Favoriten']]
const whAd = (o) => WH_AD[+o.id % WH_AD.length]
const atTime = (ms) => { const p = cet(ms); return `${dmy(p, '.')} ${hm(p)}` }

// ---------------------------------------------------------------- 2dehands (Belgium)
// 2dehands: messages and bids on a Ghent used-car dealer's listings (2dehands Pro: Berichten > Exporteren (CSV); Flemish Dutch UI).
const BE_FIRST = [['Arne', 'Lotte'], ['Wout', 'Fien'], ['Jens', 'Marie'], ['Pieter', 'Elien'], ['Tom', 'Nele'], ['Stijn', 'Hanne']]
const BE_LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'De Smet', 'Vermeulen']
const be = (c) => { const n = +c.id, first = BE_FIRST[n % 6][c.female ? 1 : 0], last = BE_LAST[(n >> 2) % 10]; return { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${n % 60}@${['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com'][n % 4]}`, mobile: `+32 4${['70', '75', '77', '86', '94', '98'][n % 6]} ${pad((n >> 2) % 100)} ${pad((n >> 4) % 100)} ${pad(n % 100)}`, zip: ['9000', '9050', '8500', '2000', '9300', '3000'][(n >> 1) % 6] } }
const DH_AD = [['Volkswagen Golf 1.0 TSI Life 2020, 48.000 km', 'm2091384556', 17950], ['Peugeot 308 SW 1.5 BlueHDi Allure 2019', 'm2087712043', 14490], ['Toyota Yaris 1.5 Hybrid Dynamic 2021', 'm2093305178', 18750], ['BMW 118i Sport Line 2018, Navi, PDC', 'm2079960311', 19900]]
const dhAd = (o) => DH_AD[+o.id % DH_AD.length]
const dhKind = (o) => ['Bericht', 'Bericht', 'Bod', 'Bericht', 'Telefoonnummer getoond'][+o.id % 5]
const beTime = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- Njuškalo (Croatia)
// Njuškalo: enquiries to a Zagreb car dealer's listings (Njuškalo Trgovina: Upiti > Izvoz (Excel); Croatian UI).
const HR_FIRST = [['Ivan', 'Ana'], ['Marko', 'Petra'], ['Luka', 'Ivana'], ['Josip', 'Marija'], ['Tomislav', 'Martina'], ['Filip', 'Lucija']]
const HR_LAST = ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Kovačić', 'Knežević', 'Vuković', 'Marković']
const HR_LOC = ['Grad Zagreb, Novi Zagreb - zapad', 'Grad Zagreb, Trešnjevka - jug', 'Zagrebačka, Velika Gorica', 'Splitsko-dalmatinska, Split', 'Osječko-baranjska, Osijek', 'Primorsko-goranska, Rijeka']
const hr = (c) => { const n = +c.id, first = HR_FIRST[n % 6][c.female ? 1 : 0], last = HR_LAST[(n >> 2) % 10]; return { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${n % 70}@${['gmail.com', 'net.hr', 'hotmail.com', 't-com.hr'][n % 4]}`, mobile: `+385 9${[1, 2, 5, 8, 9][n % 5]} ${100 + (n % 900)} ${1000 + ((n * 7) % 9000)}`, loc: HR_LOC[(n >> 1) % 6] } }
const NJ_AD = [['Škoda Octavia Combi 2.0 TDI Style, 2019. god.', '41203388', '16.900 €'], ['Renault Clio 1.0 TCe Zen, 2021. god.', '41877125', '13.490 €'], ['Volkswagen Tiguan 2.0 TDI DSG, 2018. god.', '40955210', '22.500 €'], ['Opel Corsa 1.2, 2020. god., prvi vlasnik', '41530942', '11.200 €']]
const njAd = (o) => NJ_AD[+o.id % NJ_AD.length]
const hrTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}. ${hm(p)}` }

export const SETS = [
  // ---------------------------------------------------------------- payments
  { name: 'lydia-pro-transactions-fr', product: 'Lydia Pro (Transactions > Exporter, CSV; French UI, payments received by a Lyon bakery-café)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frTime(o.at), ['timestamp', OR('createdDate')]],
    ['Référence', (c, o) => `LP${pad(h(o, 2654435761) % 100000000, 8)}`, [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o) => (lySt(o) === 'Remboursé' ? 'Remboursement' : 'Encaissement'), [], opt],
    ['Statut', (c, o) => lySt(o), [], opt],
    ['Moyen de paiement', (c, o) => lyMean(o), [OR('payments[0].paymentType')]],
    ['Payeur', (c) => c.full, []],
    ['Téléphone du payeur', (c, o) => (['Lydia', 'Sumeria'].includes(lyMean(o)) ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['E-mail du payeur', (c, o) => (lyMean(o) === 'Lien de paiement' ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Libellé', (c, o) => ['Formule petit-déjeuner', 'Commande gâteau anniversaire', 'Viennoiseries', 'Déjeuner sur place', ''][+o.id % 5], [], opt],
    ['Montant', (c, o) => comma(lyAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => comma(lyFee(o)), []],
    ['Montant net', (c, o) => comma(lyAmt(o) - lyFee(o)), [], opt],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Montant remboursé', (c, o) => (lySt(o) === 'Remboursé' ? comma(lyAmt(o)) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')], opt],
    ['Date de remboursement', (c, o) => (lySt(o) === 'Remboursé' ? frTime(o.at + 2 * 86400000) : ''), [], opt],
    ['Point de vente', (c, o) => (+o.id % 3 ? 'Boulangerie Croix-Rousse' : 'Stand marché Saint-Antoine'), []],
    ['Vendeur', (c, o) => ['Claire', 'Mehdi', 'Julien'][+o.id % 3], []],
    ['Numéro de commande', (c, o) => (lyMean(o) === 'Lien de paiement' ? `CMD-${2400 + (+o.id % 600)}` : ''), [OR('purchaseID')]],
  ] },
  { name: 'mypos-tranzakcii-bg', product: 'myPOS (myPOS Account > Активност > Изтегли като CSV; Bulgarian UI, card payments of a Plovdiv restaurant)', family: 'payments', language: 'bg', schema: E, cols: [
    ['Дата и час', (c, o) => bgTime(o.at), ['timestamp', OR('createdDate')]],
    ['Дата на сетълмент', (c, o) => { const p = eet(o.at + 86400000); return dmy(p, '.') }, [], opt],
    ['Тип транзакция', (c, o) => mpType(o), [], opt],
    ['Референция', (c, o) => String(h(o, 2246822519) % 10000000000).padStart(10, '7'), [OR('payments[0].transactionID'), '_id']],
    ['Описание', (c, o) => (mpType(o) === 'Плащане по линк' ? `Резервация маса №${1 + (+o.id % 30)}` : `POS плащане ${['Ресторант Старият град', 'Ресторант Старият град - тераса'][+o.id % 2]}`), [], opt],
    ['Статус', (c, o) => (mpDecl(o) ? 'Отказана' : 'Успешна'), [], opt],
    ['Сума', (c, o) => (mpType(o) === 'Възстановяване' ? `-${mpAmt(o).toFixed(2)}` : mpAmt(o).toFixed(2)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валута', () => 'BGN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Такса', (c, o) => mpFee(o).toFixed(2), []],
    ['Нетна сума', (c, o) => (mpAmt(o) - mpFee(o)).toFixed(2), [], opt],
    ['Бакшиш', (c, o) => (+o.id % 4 === 1 ? (mpAmt(o) * 0.1).toFixed(2) : '0.00'), []],
    ['Картова схема', (c, o) => mpCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Номер на карта', (c, o, r) => `${mpCard(o)[1]}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Картодържател', (c, o) => (+o.id % 3 === 0 ? bgName(c).toUpperCase() : ''), []],
    ['Начин на въвеждане', (c, o) => (mpType(o) === 'Плащане по линк' ? 'E-commerce' : ['Безконтактно', 'Безконтактно', 'Чип', 'Безконтактно (Apple Pay)'][+o.id % 4]), [], opt],
    ['Код за оторизация', (c, o, r) => (mpDecl(o) ? '' : String(v.int(r, 100000, 999999))), []],
    ['RRN', (c, o, r) => `${v.int(r, 400000, 599999)}${v.int(r, 100000, 999999)}`, []],
    ['Терминал ID', (c, o) => ['84102377', '84102378'][+o.id % 2], []],
    ['Обект', (c, o) => (+o.id % 2 ? 'Ресторант Старият град' : 'Ресторант Старият град - тераса'), []],
    ['Отговор', (c, o) => (mpDecl(o) ? ['51 - Недостатъчна наличност', '05 - Отказана от издателя'][+o.id % 2] : '00 - Одобрена'), []],
  ] },
  { name: 'dojo-transactions', product: 'Dojo (Dojo dashboard: Transactions > Export, CSV; card payments of a Manchester pub)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => dmy(uk(o.at)), ['timestamp'], opt],
    ['Time', (c, o) => hms(uk(o.at)), [], opt],
    ['Transaction ID', (c, o) => `${h(o, 2654435761).toString(16).padStart(8, '0')}-${h(o, 40503).toString(16).slice(0, 4).padStart(4, '0')}`, [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o) => djType(o), [], opt],
    ['Status', (c, o) => (djDecl(o) ? 'Declined' : 'Successful'), [], opt],
    ['Location', (c, o) => (+o.id % 3 ? 'The Crown & Anchor - Bar' : 'The Crown & Anchor - Kitchen'), []],
    ['Terminal', (c, o) => `DOJO-${['7F21A', '7F21B', '8C03D'][+o.id % 3]}`, []],
    ['Staff', (c, o) => ['Becky', 'Tom', 'Aisha', ''][+o.id % 4], []],
    ['Sale Amount', (c, o) => djAmt(o).toFixed(2), [], opt],
    ['Gratuity', (c, o) => djTip(o).toFixed(2), []],
    ['Cashback', (c, o) => djCash(o).toFixed(2), []],
    ['Total Amount', (c, o) => (djAmt(o) + djTip(o) + djCash(o)).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Card Scheme', (c, o) => djCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Type', (c, o) => djCard(o)[1], [], opt],
    ['Card Number', (c, o, r) => `**** **** **** ${v.int(r, 1000, 9999)}`, []],
    ['Entry Mode', (c, o) => ['Contactless', 'Contactless', 'Chip & PIN', 'Apple Pay', 'Google Pay'][+o.id % 5], [], opt],
    ['Auth Code', (c, o, r) => (djDecl(o) ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['Fee', (c, o) => (djAmt(o) * 0.014).toFixed(2), []],
    ['Order ID', (c, o) => (+o.id % 5 === 0 ? `TAB-${1000 + (+o.id % 9000)}` : ''), [OR('purchaseID')], opt],
  ] },

  // ---------------------------------------------------------------- events
  { name: 'billetto-ordrer-da', product: 'Billetto (arrangørpanel: Ordrer > Eksporter, CSV; Danish UI, ticket orders of an Aarhus concert venue, one row per order)', family: 'events', language: 'da', schema: E, cols: [
    ['Ordre-ID', (c, o) => `${7000000 + (h(o, 97) % 2000000)}`, [OR('purchaseID')]],
    ['Ordredato', (c, o) => dkTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => BT_ST[+o.id % BT_ST.length], [], opt],
    ['Fornavn', (c) => dk(c).first, []],
    ['Efternavn', (c) => dk(c).last, []],
    ['E-mail', (c) => dk(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o) => (+o.id % 3 ? dk(c).mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Postnummer', (c) => dk(c).zip, [BILL('postalCode')], opt],
    ['Begivenhed', (c, o) => bt(o)[0], [], opt],
    ['Begivenhedsdato', (c, o) => { const p = cet(o.at + 21 * 86400000); return `${dmy(p, '-')} 20:00` }, []],
    ['Billettype', (c, o) => bt(o)[1], [PL('name')], opt],
    ['Antal billetter', (c, o) => String(btQty(o)), [PL('quantity')], opt],
    ['Billetpris', (c, o) => comma(bt(o)[2]), []],
    ['Gebyr', (c, o) => comma(btFee(o)), []],
    ['Rabatkode', (c, o) => (btDisc(o) ? 'VENNER20' : ''), [], opt],
    ['Rabat', (c, o) => comma(btDisc(o)), [OR('discountAmount')], opt],
    ['Total', (c, o) => comma(btTotal(o)), [OR('priceTotal')]],
    ['Valuta', () => 'DKK', [OR('currencyCode')]],
    ['Betalingsmetode', (c, o) => ['Kort', 'MobilePay', 'MobilePay', 'Kort', 'Apple Pay'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Tilmeldt nyhedsbrev', (c) => (+c.id % 3 ? 'Nej' : 'Ja'), [], opt],
    ['Tjekket ind', (c, o) => (+o.id % 4 === 0 ? 'Ja' : 'Nej'), []],
  ] },
  { name: 'yurplan-participants-fr', product: 'Yurplan (Participants > Exporter, Excel; French UI, participants of a trail race near Annecy, one row per ticket, with the organiser\'s form questions)', family: 'events', language: 'fr', schema: P, cols: [
    ['N° de commande', (c, o) => `Y${3800000 + (h(o, 31) % 900000)}`, []],
    ['N° de billet', (c, o) => `${(h(o, 2246822519) % 1000000000000).toString().padStart(12, '4')}`, ['_id', 'personID'], opt],
    ['Date de commande', (c, o) => { const p = cet(o.at); return `${dmy(p)} ${hm(p)}` }, [], opt],
    ['Statut', (c, o) => YP_ST[+o.id % YP_ST.length], [], opt],
    ['Tarif', (c, o) => yp(o)[0], []],
    ['Prix', (c, o) => comma(yp(o)[1]), []],
    ['Code promo', (c, o) => (+o.id % 9 === 4 ? 'CLUB2024' : ''), []],
    ['Nom acheteur', (c) => (ypSelf(c) ? c.last.toUpperCase() : 'LEROY'), []],
    ['Prénom acheteur', (c) => (ypSelf(c) ? c.first : 'Nathalie'), []],
    ['E-mail acheteur', (c) => (ypSelf(c) ? c.email : 'nathalie.leroy74@orange.fr'), [], opt],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c) => c.mobile, ['mobilePhone.number']],
    ['Date de naissance', (c) => { const p = shift(c.birth, 0); return dmy(p) }, ['person.birthDate']],
    ['Sexe', (c) => (c.female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', (c) => c.countryName, at(HOME, 'country')],
    ['Club', (c) => ypClub(c), [], opt],
    ['N° de licence FFA', (c, o, r) => (ypClub(c) ? String(v.int(r, 1000000, 2999999)) : ''), []],
    ['Taille de t-shirt', (c) => ['S', 'M', 'L', 'XL', 'M', 'S'][+c.id % 6], []],
    ['Personne à prévenir en cas d\'urgence', (c, o, r) => `${v.pick(r, ['Marc', 'Sophie', 'Pierre', 'Isabelle'])} - 06 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, []],
    ['Certificat médical', (c) => (ypClub(c) ? 'Licence' : ['Fourni', 'Fourni', 'À fournir'][+c.id % 3]), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'shopier-siparisler-tr', product: 'Shopier (Satıcı Paneli > Siparişler > Excel\'e aktar; Turkish UI, an Izmir jewellery seller, one row per order)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(45000000 + h(o, 13) % 5000000), [OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => shSt(o), [], opt],
    ['Ad', (c) => tr(c).first, []],
    ['Soyad', (c) => tr(c).last, []],
    ['E-posta', (c) => tr(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => tr(c).gsm, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Teslimat Adresi', (c) => tr(c).street, [SHIP('street1')]],
    ['İlçe', (c) => tr(c).ilce, [SHIP('city')], opt],
    ['İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state'), SHIP('city')], opt],
    ['Posta Kodu', (c) => tr(c).zip, [SHIP('postalCode')]],
    ['Fatura Adresi', (c, o) => (+o.id % 4 === 0 ? 'Kazım Dirik Mah. 372. Sok. No: 8 Bornova/İzmir' : tr(c).street), [BILL('street1')]],
    ['Ürün Adı', (c, o) => shp(o)[0], [PL('name')]],
    ['Varyasyon', (c, o) => shp(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Adet', (c, o) => String(shQty(o)), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(shp(o)[2]), []],
    ['Kargo Ücreti', (c, o) => trMoney(shShip(o)), ['commerce.shipping.shippingAmount']],
    ['İndirim', (c, o) => trMoney(shDisc(o)), [OR('discountAmount')]],
    ['Toplam Tutar', (c, o) => trMoney(shSub(o) + shShip(o) - shDisc(o)), [OR('priceTotal')]],
    ['Ödeme Yöntemi', (c, o) => ['Kredi Kartı', 'Kredi Kartı', 'Havale/EFT', 'Kredi Kartı'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Taksit Sayısı', (c, o) => String([1, 1, 3, 1, 6, 1][+o.id % 6]), []],
    ['Kargo Firması', (c, o) => ['Yurtiçi Kargo', 'Aras Kargo', 'Sürat Kargo'][+o.id % 3], ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (shSent(o) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Sipariş Notu', (c, o) => ['', '', 'Hediye paketi olsun lütfen', 'Kapıya bırakabilirsiniz', ''][+o.id % 5], []],
  ] },
  { name: 'okazii-comenzi-ro', product: 'Okazii.ro (Vânzări > Comenzi > Exportă comenzi, Excel; Romanian UI, a Cluj seller of second-hand and collectible items, one row per product)', family: 'ecommerce-orders', language: 'ro', schema: E, cols: [
    ['ID comandă', (c, o) => String(98000000 + h(o, 7) % 1000000), [OR('purchaseID')]],
    ['Data comenzii', (c, o) => roTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status comandă', (c, o) => okSt(o), [], opt],
    ['Cumpărător', (c) => `${slug(ro(c).first)}_${slug(ro(c).last).slice(0, 4)}${+c.id % 90}`, []],
    ['Nume destinatar', (c) => ro(c).full, []],
    ['Telefon', (c) => ro(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => ro(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Adresă livrare', (c) => ro(c).street, [SHIP('street1')]],
    ['Localitate', (c) => ro(c).city, [SHIP('city')]],
    ['Județ', (c) => ro(c).judet, [SHIP('stateProvince'), SHIP('state')]],
    ['Cod poștal', (c) => ro(c).zip, [SHIP('postalCode')]],
    ['ID produs', (c, o) => String(250000000 + (+o.id % 90000) * 41), [PL('SKU'), PL('_id')], opt],
    ['Cod produs vânzător', (c, o) => okp(o)[1], [PL('SKU')]],
    ['Denumire produs', (c, o) => okp(o)[0], [PL('name')]],
    ['Cantitate', (c, o) => String(okQty(o)), [PL('quantity')]],
    ['Preț unitar', (c, o) => comma(okp(o)[2]), []],
    ['Valoare produse', (c, o) => comma(okp(o)[2] * okQty(o)), [PL('priceTotal')]],
    ['Cost transport', (c, o) => comma(okShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total comandă', (c, o) => comma(okp(o)[2] * okQty(o) + okShip(o)), [OR('priceTotal')]],
    ['Modalitate plată', (c, o) => okPay(o), [OR('payments[0].paymentType')]],
    ['Modalitate livrare', (c, o) => ['Fan Courier', 'Sameday easybox', 'Cargus', 'Poșta Română'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['AWB', (c, o, r) => (okSent(o) ? String(v.int(r, 2000000000, 2999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Comision Okazii', (c, o) => comma(okp(o)[2] * okQty(o) * 0.06), []],
    ['Observații cumpărător', (c, o) => ['', '', 'Vă rog sunați înainte de livrare', 'Livrare după ora 17', ''][+o.id % 5], []],
  ] },
  { name: 'vatera-eladasok-hu', product: 'Vatera (Eladásaim > Letöltés Excelbe; Hungarian UI, a Debrecen seller, one row per sold item)', family: 'ecommerce-orders', language: 'hu', schema: E, cols: [
    ['Tranzakció azonosító', (c, o) => String(3100000000 + h(o, 11) % 90000000), [OR('purchaseID')]],
    ['Eladás dátuma', (c, o) => huTime(o.at), ['timestamp', OR('createdDate')]],
    ['Termék azonosító', (c, o) => String(3400000000 + (+o.id % 90000) * 53), [PL('SKU'), PL('_id')], opt],
    ['Termék megnevezése', (c, o) => vap(o)[0], [PL('name')]],
    ['Kategória', (c, o) => vap(o)[1], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')], opt],
    ['Darabszám', () => '1', [PL('quantity')]],
    ['Eladási ár', (c, o) => ft(vap(o)[2]), [PL('priceTotal')], opt],
    ['Vevő felhasználóneve', (c) => `${slug(hu(c).last)}${slug(hu(c).first).slice(0, 3)}${+c.id % 100}`, []],
    ['Vevő neve', (c) => hu(c).full, []],
    ['Vevő e-mail címe', (c) => hu(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Vevő telefonszáma', (c) => hu(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Szállítási név', (c, o) => (+o.id % 5 === 3 ? 'Kiss Anna' : hu(c).full), []],
    ['Szállítási irányítószám', (c) => hu(c).zip, [SHIP('postalCode')]],
    ['Szállítási település', (c) => hu(c).city, [SHIP('city')]],
    ['Szállítási cím', (c) => hu(c).street, [SHIP('street1')]],
    ['Szállítási mód', (c, o) => vaShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Szállítási díj', (c, o) => ft(vaShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Fizetési mód', (c, o) => ['Vatera Biztonsági Fizetés', 'Utánvét', 'Banki átutalás', 'Vatera Biztonsági Fizetés'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Státusz', (c, o) => vaSt(o), [], opt],
    ['Csomagszám', (c, o, r) => (['Lezárt', 'Feladva'].includes(vaSt(o)) && vaShip(o)[1] ? String(v.int(r, 100000000, 999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Értékelés', (c, o) => (vaSt(o) === 'Lezárt' ? ['Pozitív', 'Pozitív', 'Semleges'][+o.id % 3] : ''), []],
    ['Jutalék', (c, o) => ft(Math.round(vap(o)[2] * 0.05)), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers
  { name: 'ticimax-uyeler-tr', product: 'Ticimax (Üyeler > Üye Listesi > Excel\'e Aktar; Turkish UI, members of an Istanbul home-textile shop)', family: 'ecommerce-customers', language: 'tr', schema: P, cols: [
    ['Üye ID', (c) => String(20000 + (+c.id % 70000)), ['_id', 'personID']],
    ['Adı', (c) => tr(c).first, ['person.name.firstName']],
    ['Soyadı', (c) => tr(c).last, ['person.name.lastName']],
    ['E-Posta', (c) => tr(c).email, ['personalEmail.address']],
    ['Cep Telefonu', (c) => tr(c).mobile.replace('+90 ', '0'), ['mobilePhone.number']],
    ['Telefon', (c, o) => (+o.id % 4 === 0 ? tr(c).phone.replace('+90 ', '0') : ''), ['homePhone.number']],
    ['Cinsiyet', (c) => (+c.id % 11 === 0 ? 'Belirtilmemiş' : tr(c).female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['Doğum Tarihi', (c, o, r) => (r() < 0.6 ? tiDate(c.birth) : ''), ['person.birthDate']],
    ['Üye Tipi', (c) => (tiCorp(c) ? 'Kurumsal' : 'Bireysel'), [], opt],
    ['Üye Grubu', (c) => ['Standart', 'Standart', 'VIP', 'Bayi'][+c.id % 4], [], opt],
    ['Adres', (c) => tr(c).street, at(HOME, 'street1')],
    ['İl', (c) => tr(c).il, [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), ...at(HOME, 'city')], opt],
    ['İlçe', (c) => tr(c).ilce, at(HOME, 'city'), opt],
    ['TC Kimlik No', (c, o, r) => (r() < 0.3 ? String(v.int(r, 10000000000, 99999999999)) : ''), ['person.taxId'], opt],
    ['Firma Adı', (c) => (tiCorp(c) ? tr(c).company : ''), ['organizations[0]'], opt],
    ['Vergi Dairesi', (c) => (tiCorp(c) ? ['Kadıköy', 'Mecidiyeköy', 'Beşiktaş'][+c.id % 3] : ''), []],
    ['Vergi No', (c, o, r) => (tiCorp(c) ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['E-Bülten İzni', (c) => (c.bool ? 'Evet' : 'Hayır'), [], opt],
    ['SMS İzni', (c) => (+c.id % 3 ? 'Evet' : 'Hayır'), [], opt],
    ['Aktif', (c) => (+c.id % 13 === 5 ? 'Hayır' : 'Evet'), [], opt],
    ['Kayıt Tarihi', (c) => tiTime(c.created), [], opt],
    ['Son Giriş Tarihi', (c) => tiTime(Math.max(c.created, c.updated)), [], opt],
    ['Sipariş Sayısı', (c) => String(+c.id % 14), [], opt],
    ['Toplam Sipariş Tutarı', (c) => trMoney((+c.id % 14) * 412.35), ['loyalty.lifetimePurchases'], opt],
    ['Puan', (c) => trMoney((+c.id % 14) * 4.12), ['loyalty.points'], opt],
  ] },

  // ---------------------------------------------------------------- leads from classified ads
  { name: 'willhaben-anfragen-de', product: 'willhaben (Immobilien-Profi: Anfragen > Exportieren, CSV; Austrian German UI, enquiries to a Vienna estate agent\'s listings, one row per enquiry)', family: 'crm', language: 'de', schema: B, cols: [
    ['Datum', (c, o) => atTime(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['willhaben-Code', (c, o) => String(610000000 + h(o, 17) % 90000000), []],
    ['Objektnummer', (c, o) => `WI-${2300 + (+o.id % 4)}`, []],
    ['Anzeigentitel', (c, o) => whAd(o)[0], []],
    ['Ort der Anzeige', (c, o) => whAd(o)[1], []],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => at_(c).first, ['person.name.firstName']],
    ['Nachname', (c) => at_(c).last, ['person.name.lastName']],
    ['E-Mail', (c) => at_(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o) => (+o.id % 3 === 2 ? '' : at_(c).mobile), ['mobilePhone.number']],
    ['PLZ', (c, o) => (+o.id % 2 ? at_(c).zip : ''), at(HOME, 'postalCode'), opt],
    ['Ort', (c, o) => (+o.id % 2 ? at_(c).city : ''), at(HOME, 'city'), opt],
    ['Nachricht', (c, o) => ['Ich interessiere mich für diese Wohnung und bitte um einen Besichtigungstermin.', 'Ist die Wohnung noch verfügbar? Wie hoch sind die Betriebskosten?', 'Bitte um Zusendung des Exposés.', 'Gibt es einen Kellerabteil bzw. Garagenplatz?'][+o.id % 4], []],
    ['Besichtigungstermin gewünscht', (c, o) => (+o.id % 3 ? 'Ja' : 'Nein'), []],
    ['Exposé angefordert', (c, o) => (+o.id % 4 === 2 ? 'Ja' : 'Nein'), []],
    ['Status', (c, o) => ['Neu', 'Beantwortet', 'Beantwortet', 'Besichtigung vereinbart', 'Abgeschlossen'][+o.id % 5], ['b2b.personStatus'], opt],
    ['Betreuer', (c, o) => ['Mag. Eva Brunner', 'Daniel Schwarz', ''][+o.id % 3], []],
  ] },
  { name: '2dehands-berichten-nl', product: '2dehands (2dehands Pro: Berichten > Exporteren, CSV; Flemish Dutch UI, messages and bids on a Ghent used-car dealer\'s listings, one row per contact)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Datum', (c, o) => beTime(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['Advertentienummer', (c, o) => dhAd(o)[1], []],
    ['Titel advertentie', (c, o) => dhAd(o)[0], []],
    ['Vraagprijs', (c, o) => `€ ${dhAd(o)[2].toLocaleString('de-DE')}`, []],
    ['Type contact', (c, o) => dhKind(o), ['b2b.personSource'], opt],
    ['Naam', (c) => be(c).full, ['person.name.fullName']],
    ['E-mailadres', (c, o) => (dhKind(o) === 'Telefoonnummer getoond' ? '' : be(c).email), ['personalEmail.address', 'workEmail.address']],
    ['Telefoonnummer', (c, o) => (+o.id % 3 === 0 ? '' : be(c).mobile), ['mobilePhone.number']],
    ['Postcode', (c, o) => (+o.id % 2 ? be(c).zip : ''), at(HOME, 'postalCode'), opt],
    ['Bericht', (c, o) => (dhKind(o) === 'Telefoonnummer getoond' ? '' : ['Is deze wagen nog beschikbaar?', 'Kan ik zaterdag een proefrit maken?', 'Wat is uw laatste prijs bij inruil van mijn Clio?', 'Heeft de wagen een Car-Pass en onderhoudsboekje?'][+o.id % 4]), []],
    ['Bod', (c, o) => (dhKind(o) === 'Bod' ? `€ ${(dhAd(o)[2] - 1500).toLocaleString('de-DE')}` : ''), []],
    ['Inruil', (c, o) => (+o.id % 4 === 2 ? 'Ja' : 'Nee'), []],
    ['Status', (c, o) => ['Nieuw', 'Beantwoord', 'Beantwoord', 'Gearchiveerd'][+o.id % 4], ['b2b.personStatus'], opt],
    ['Laatste bericht', (c, o) => beTime(o.at + (+o.id % 40) * 3600000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Verkoper', (c, o) => ['Kristof', 'Sarah', ''][+o.id % 3], []],
  ] },
  { name: 'njuskalo-upiti-hr', product: 'Njuškalo (Njuškalo Trgovina: Upiti > Izvoz u Excel; Croatian UI, enquiries to a Zagreb car dealer\'s listings, one row per enquiry)', family: 'crm', language: 'hr', schema: B, cols: [
    ['Datum upita', (c, o) => hrTime(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['ID oglasa', (c, o) => njAd(o)[1], []],
    ['Naslov oglasa', (c, o) => njAd(o)[0], []],
    ['Cijena', (c, o) => njAd(o)[2], []],
    ['Ime i prezime', (c) => hr(c).full, ['person.name.fullName']],
    ['E-mail', (c) => hr(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o) => (+o.id % 4 === 1 ? '' : hr(c).mobile), ['mobilePhone.number']],
    ['Lokacija', (c) => hr(c).loc, [], opt],
    ['Poruka', (c, o) => ['Poštovani, je li vozilo još dostupno?', 'Može li se dogovoriti probna vožnja u subotu?', 'Je li moguća zamjena za moje vozilo uz nadoplatu?', 'Nudite li kredit ili leasing?'][+o.id % 4], []],
    ['Zamjena', (c, o) => (+o.id % 4 === 2 ? 'Da' : 'Ne'), []],
    ['Financiranje', (c, o) => ['Ne', 'Kredit', 'Ne', 'Leasing'][+o.id % 4], []],
    ['Status', (c, o) => ['Novi', 'Odgovoreno', 'Odgovoreno', 'Zatvoreno'][+o.id % 4], ['b2b.personStatus'], opt],
    ['Datum odgovora', (c, o) => (+o.id % 4 === 0 ? '' : hrTime(o.at + (1 + (+o.id % 30)) * 3600000)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Napomena', (c, o) => ['', 'Dolazi u subotu u 10h', '', 'Poslana ponuda za leasing'][+o.id % 4], []],
    ['Prodavač', (c, o) => ['Dario Perić', 'Ivana Šimić', ''][+o.id % 3], []],
    ['Izvor', (c, o) => (+o.id % 5 === 0 ? 'Poziv' : 'Poruka'), ['b2b.personSource'], opt],
  ] },
]
