// Round 79, heldout79: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Polish, Czech, Turkish, Greek and Japanese e-commerce, CRM, payment,
// POS, support and e-mail marketing tools, each with headers in its own UI language: a Polish marketing-automation
// contact base, a Polish shop's customers, Polish online payments, a Czech helpdesk's tickets, a Prague café's POS
// bills, a Turkish e-mail marketing member list, a Turkish fashion retailer's orders, a Greek retail loyalty scheme's
// members, a Greek CRM's contacts, a Japanese D2C shop's orders, a Japanese B2B marketing platform's leads and a
// Japanese buy-now-pay-later merchant's payments.
import { E, P, B, v, at, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc } from './values10.mjs'
import { loc12 } from './values12.mjs'

// local times: Warsaw / Prague (CET, CEST April-October), Istanbul (UTC+3), Athens (EET, EEST April-October), Tokyo
const day = 86400000
const cetOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const eetOff = (ms) => cetOff(ms) + 1
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const plT = (ms) => ymdHMS(ms, cetOff(ms))
const plD = (ms) => ymd(ms, cetOff(ms))
const plDot = (ms) => { const p = shift(ms, cetOff(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const csT = (ms) => { const p = shift(ms, cetOff(ms)); return `${p.d}. ${p.m}. ${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const csHM = (ms) => { const p = shift(ms, cetOff(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const trT = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const trD = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const grD = (ms) => { const p = shift(ms, eetOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const grT = (ms) => { const p = shift(ms, eetOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const jpT = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jpHM = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const dmyBirth = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }

// amounts: "1234,56" (Polish exports), "1 234,00" (Czech, narrow no-break space avoided: plain space), "1.234,56"
// (Turkish, Greek), "12,345" (yen, no decimals)
const plAmt = (n) => n.toFixed(2).replace('.', ',')
const csAmt = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const trAmt = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const grAmt = trAmt
const yen = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const slug = (s) => s.toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const takNie = (b) => (b ? 'Tak' : 'Nie')
const anoNe = (b) => (b ? 'Ano' : 'Ne')
const naiOxi = (b) => (b ? 'Ναι' : 'Όχι')

// Greek people, made up here: [male, female] first names and surnames (a woman's surname takes the feminine form)
const GR_FIRST = [['Γιώργος', 'Μαρία'], ['Νίκος', 'Ελένη'], ['Κώστας', 'Κατερίνα'], ['Δημήτρης', 'Σοφία'], ['Γιάννης', 'Αναστασία'], ['Παναγιώτης', 'Δέσποινα']]
const GR_FIRST_LAT = { Γιώργος: 'giorgos', Μαρία: 'maria', Νίκος: 'nikos', Ελένη: 'eleni', Κώστας: 'kostas', Κατερίνα: 'katerina', Δημήτρης: 'dimitris', Σοφία: 'sofia', Γιάννης: 'giannis', Αναστασία: 'anastasia', Παναγιώτης: 'panagiotis', Δέσποινα: 'despoina' }
const GR_LAST = [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos'], ['Γεωργίου', 'Γεωργίου', 'georgiou'], ['Νικολάου', 'Νικολάου', 'nikolaou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis'], ['Βασιλείου', 'Βασιλείου', 'vasileiou'], ['Μακρής', 'Μακρή', 'makris'], ['Αντωνίου', 'Αντωνίου', 'antoniou']]
// [πόλη, Τ.Κ., νομός / περιφερειακή ενότητα, area code, street]
const GR_PLACES = [['Αθήνα', '115 21', 'Αττικής', '210', 'Λεωφ. Αλεξάνδρας'], ['Μαρούσι', '151 24', 'Αττικής', '210', 'Κηφισίας'], ['Πειραιάς', '185 36', 'Αττικής', '210', 'Ακτή Μιαούλη'], ['Θεσσαλονίκη', '546 22', 'Θεσσαλονίκης', '2310', 'Τσιμισκή'], ['Πάτρα', '262 21', 'Αχαΐας', '2610', 'Μαιζώνος'], ['Ηράκλειο', '712 02', 'Ηρακλείου', '2810', '25ης Αυγούστου'], ['Λάρισα', '412 22', 'Λάρισας', '2410', 'Κύπρου']]
const grMemo = new Map()
const gr = (c) => {
  if (grMemo.has(c.id + c.first)) return grMemo.get(c.id + c.first)
  const r = v.rng(+c.id * 229 + c.first.length * 19)
  const female = r() < 0.5
  const f = v.pick(r, GR_FIRST)[female ? 1 : 0], l = v.pick(r, GR_LAST)
  const [city, zip, nomos, area, street] = v.pick(r, GR_PLACES)
  const latLast = female ? l[2].replace(/os$/, 'ou').replace(/is$/, 'i') : l[2]
  const p = { first: f, last: l[female ? 1 : 0], female, city, zip, nomos, street: `${street} ${v.int(r, 1, 180)}`,
    email: `${GR_FIRST_LAT[f]}.${latLast}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'])}`,
    mobile: `69${v.pick(r, ['44', '45', '72', '77', '32', '36'])}${v.int(r, 100000, 999999)}`,
    phone: `${area} ${String(v.int(r, 1000000, 9999999)).slice(0, 10 - area.length)}`, lat: `${GR_FIRST_LAT[f]}.${latLast}` }
  grMemo.set(c.id + c.first, p)
  return p
}

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const PL = (leaf) => `productListItems[0].${leaf}`
const OR = (leaf) => `commerce.order.${leaf}`
const SHIP = (leaf) => `commerce.shipping.address.${leaf}`
const BILL = (leaf) => `commerce.billing.address.${leaf}`
const PAY = (leaf) => `commerce.order.payments[0].${leaf}`
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const OPT_MAIL = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']

// ---------------------------------------------------------------- per-set helpers
// iPresso / Shoplo (Polish cosmetics and home shops)
const IP_CATS = ['Klient', 'Klient', 'Subskrybent newslettera', 'Lead', 'Klient VIP']
const IP_SRC = ['Formularz newslettera', 'Sklep internetowy', 'Import CSV', 'Pop-up -10%', 'Konkurs Facebook']
const SH_GROUPS = ['Detaliczni', 'Detaliczni', 'Stali klienci', 'Hurtownicy']
const ordersOf = (c) => (n(c) % 7 === 0 ? 0 : (n(c) % 9) + 1)
const spendOf = (c) => ordersOf(c) * (60 + (n(c) % 140))

// imoje (Polish payments)
const IM_METHODS = [['BLIK', 'BLIK'], ['Pay-by-link', 'mTransfer (mBank)'], ['Pay-by-link', 'Płacę z iPKO'], ['Karta płatnicza', 'Visa'], ['Karta płatnicza', 'Mastercard'], ['Google Pay', 'Google Pay'], ['Apple Pay', 'Apple Pay']]
const imStatus = (o) => ['Zrealizowana', 'Zrealizowana', 'Zrealizowana', 'Zrealizowana', 'Odrzucona', 'Zwrócona', 'Nowa'][+o.id % 7]
const imAmt = (o) => +(o.total * 4.3).toFixed(2)

// Daktela (a Czech e-shop's helpdesk)
const DK_CATS = ['Reklamace', 'Dotaz k objednávce', 'Vrácení zboží', 'Doprava', 'Platby a faktury']
const DK_TITLES = ['Reklamace – nefunkční mixér', 'Kdy dorazí moje objednávka?', 'Chci vrátit zboží do 14 dnů', 'Zásilka nedorazila na výdejní místo', 'Prosím o opravu faktury na firmu']
const DK_USERS = ['Lucie Marková', 'Pavel Dostál', 'Jana Říhová', 'Tomáš Beneš']

// Storyous (a Prague café with two tills)
const ST_TABLES = ['Stůl 1', 'Stůl 4', 'Stůl 7', 'Bar', 'Zahrádka 2', 'S sebou', 'Wolt']
const ST_STAFF = ['Veronika', 'Jakub', 'Adéla', 'Provozní Martin']
const stAmt = (o) => Math.round(o.total * 24) + 0
const stDisc = (o) => (+o.id % 6 === 0 ? Math.round(stAmt(o) * 0.1) : 0)

// Euromessage (a Turkish fashion brand's member list)
const EM_SEG = ['Sadık Müşteri', 'Yeni Üye', 'Kayıp Riski', 'Tek Alışveriş', 'VIP']
const EM_SRC = ['Web Üyelik', 'Mobil Uygulama', 'Mağaza', 'Kampanya Formu']

// Akinon (a Turkish fashion retailer on Omnitron)
const AK_ITEMS = [['8681234567012', 'Kadın Keten Gömlek Beyaz M', 899.99], ['8681234567029', 'Erkek Slim Fit Chino Pantolon Lacivert 32', 1149.99], ['8681234567036', 'Unisex Oversize Sweatshirt Gri L', 749.99], ['8681234567043', 'Kadın Deri Babet Siyah 38', 1299.99], ['8681234567050', 'Çocuk Pamuklu Tişört 2\'li Paket', 399.99]]
const akItem = (o) => AK_ITEMS[+o.id % AK_ITEMS.length]
const akLine = (o) => +(akItem(o)[2] * o.qty).toFixed(2)
const akDisc = (o) => (o.discount ? +(akLine(o) * 0.15).toFixed(2) : 0)
const akShip = (o) => (akLine(o) - akDisc(o) >= 1000 ? 0 : 79.99)
const akTotal = (o) => +(akLine(o) - akDisc(o) + akShip(o)).toFixed(2)

// Pobuca Loyalty (a Greek pharmacy / cosmetics chain)
const PB_TIERS = ['Basic', 'Basic', 'Silver', 'Gold']
const PB_STORES = ['Κατάστημα Κολωνάκι', 'Κατάστημα Μαρούσι', 'Κατάστημα Τσιμισκή', 'e-shop', 'Κατάστημα Πάτρας']
const pbLife = (c) => (n(c) * 37) % 9000 + 150
const pbRed = (c) => Math.floor(pbLife(c) * ((n(c) % 5) / 10))

// Entersoft CRM (a Greek industrial distributor)
// [επωνυμία, πόλη, domain, οδός, Τ.Κ., νομός, τηλέφωνο]
const ES_CO = [['ΑΦΟΙ ΚΑΡΑΜΑΝΛΗ Ο.Ε.', 'Κορωπί', 'karamanlis.gr', 'Λεωφ. Βάρης-Κορωπίου 42', '194 00', 'Αττικής', '210 6624310'], ['ΤΕΧΝΟΔΟΜΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.', 'Μαρούσι', 'technodomiki.gr', 'Κηφισίας 128', '151 25', 'Αττικής', '210 6198200'], ['ΒΙΟΜΗΧΑΝΙΑ ΠΛΑΣΤΙΚΩΝ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Β.Ε.Ε.', 'Σίνδος', 'vpbe.gr', 'ΒΙ.ΠΕ. Σίνδου, ΟΤ 31', '570 22', 'Θεσσαλονίκης', '2310 797400'], ['ΕΛΑΙΟΥΡΓΙΚΗ ΚΡΗΤΗΣ Α.Ε.', 'Ηράκλειο', 'elaiourgikikritis.gr', 'ΒΙ.ΠΕ. Ηρακλείου, Οδός Β 7', '714 08', 'Ηρακλείου', '2810 381250'], ['ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ ΠΑΤΡΩΝ Ε.Π.Ε.', 'Πάτρα', 'mkpatron.gr', 'ΒΙ.ΠΕ. Πατρών, Οδός 12', '250 18', 'Αχαΐας', '2610 647120']]
const ES_TITLES = ['Διευθυντής Αγορών', 'Υπεύθυνη Λογιστηρίου', 'Γενικός Διευθυντής', 'Μηχανικός Παραγωγής', 'Υπεύθυνος Αποθήκης', 'Υπεύθυνη Προμηθειών']
const ES_DEPTS = ['Προμήθειες', 'Λογιστήριο', 'Διοίκηση', 'Παραγωγή', 'Αποθήκη', 'Προμήθειες']

// ecforce (a Japanese D2C cosmetics shop)
const EC_ITEMS = [['SKN-LOT-150', '薬用美白ローション 150mL', 3980], ['SKN-SER-30', 'ナイアシンアミド美容液 30mL', 5280], ['SKN-CRM-50', 'セラミド保湿クリーム 50g', 4620], ['SKN-SET-TRI', 'トライアルセット(7日分)', 1980], ['SKN-CLN-120', 'クレンジングバーム 120g', 3300]]
const ecItem = (o) => EC_ITEMS[+o.id % EC_ITEMS.length]
const ecLine = (o) => ecItem(o)[2] * o.qty
const ecShip = (o) => (ecLine(o) >= 5000 ? 0 : 660)
const ecDisc = (o) => (o.discount ? 500 : 0)
const ecTotal = (o) => ecLine(o) + ecShip(o) - ecDisc(o)

// SHANON MARKETING PLATFORM (a Japanese factory-automation vendor's leads)
const SH_CO = [['株式会社東和精機', 'https://www.towa-seiki.co.jp', '製造業(機械)', '300〜999名'], ['三協オートメーション株式会社', 'https://www.sankyo-auto.jp', '製造業(電気機器)', '1000名以上'], ['株式会社北斗フーズ', 'https://www.hokuto-foods.co.jp', '製造業(食品)', '100〜299名'], ['大和化成工業株式会社', 'https://www.daiwa-kasei.co.jp', '製造業(化学)', '300〜999名'], ['株式会社ミナト物流', 'https://www.minato-logi.co.jp', '運輸・物流', '100〜299名']]
const SH_DEPTS = ['生産技術部', '製造部 設備課', '品質保証部', '経営企画室', '情報システム部']
const SH_TITLES = ['部長', '課長', '主任', '係長', '', 'マネージャー']
const JA_ROMAN = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const SH_SRC = ['展示会(スマート工場EXPO)', 'Webセミナー申込', '資料ダウンロード', 'お問い合わせフォーム', '名刺交換']

// Paidy (a Japanese apparel e-shop taking ペイディ)
const pdAmt = (o) => Math.round(o.total * 160)
const pdStatus = (o) => ['クローズ', 'クローズ', 'クローズ', '与信済み', '与信済み', '却下'][+o.id % 6]

export const SETS = [
  // ---------------------------------------------------------------- iPresso: contacts (pl)
  { name: 'ipresso-kontakty-eksport-pl', product: 'iPresso (Kontakty > Lista kontaktów > Eksport do CSV, Polish UI, a Polish cosmetics e-shop\'s marketing-automation contact base)', family: 'marketing', language: 'pl', schema: P, cols: [
    ['ID kontaktu', (c) => String(1840000 + n(c) * 3), ID],
    ['Imię', (c) => loc(c, 'pl').first, FN],
    ['Nazwisko', (c) => loc(c, 'pl').last, LN],
    ['E-mail', (c) => loc(c, 'pl').email, ['personalEmail.address']],
    ['Telefon komórkowy', (c, o, r) => (r() < 0.7 ? loc(c, 'pl').mobile.replace(/\s/g, '') : ''), ['mobilePhone.number']],
    ['Płeć', (c) => (loc(c, 'pl').female ? 'Kobieta' : 'Mężczyzna'), ['person.gender']],
    ['Data urodzenia', (c, o, r) => (r() < 0.4 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Ulica', (c, o, r) => (r() < 0.5 ? loc(c, 'pl').street : ''), H('street1')],
    ['Kod pocztowy', (c) => loc(c, 'pl').zip, H('postalCode')],
    ['Miasto', (c) => loc(c, 'pl').city, H('city')],
    ['Województwo', (c) => loc(c, 'pl').region, HSTATE],
    ['Kraj', () => 'Polska', H('country')],
    ['Kategoria', (c, o, r, i) => row(IP_CATS, i), []],
    ['Tagi', (c, o, r) => v.pick(r, ['', 'pielęgnacja twarzy', 'makijaż;promocje', 'włosy', 'black-friday-2023']), []],
    ['Źródło', (c, o, r, i) => row(IP_SRC, i + 1), [], opt],
    ['Zgoda marketingowa e-mail', (c) => takNie(c.bool), []],
    ['Zgoda marketingowa SMS', (c, o, r) => takNie(r() < 0.35), []],
    ['Scoring', (c, o, r) => String(v.int(r, 0, 240)), []],
    ['Liczba zamówień', (c) => String(ordersOf(c)), []],
    ['Wartość zamówień', (c) => plAmt(spendOf(c)), ['loyalty.lifetimePurchases'], opt],
    ['Data ostatniego zamówienia', (c) => (ordersOf(c) ? plD(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Ostatnia aktywność', (c) => plT(Math.max(c.created, c.updated) + 3 * day), [], opt],
    ['Data utworzenia', (c) => plT(c.created), [], opt],
    ['Data modyfikacji', (c) => plT(Math.max(c.created, c.updated)), [], opt],
    ['ID klienta w sklepie', (c) => (ordersOf(c) ? String(52000 + n(c) % 9000) : ''), ID, opt],
  ] },

  // ---------------------------------------------------------------- Shoplo: customers (pl)
  { name: 'shoplo-klienci-eksport-pl', product: 'Shoplo (panel sklepu: Klienci > Eksportuj klientów, CSV; Polish UI, a Polish home-decor shop)', family: 'ecommerce-customers', language: 'pl', schema: P, cols: [
    ['ID', (c) => String(310000 + n(c) % 90000), ID],
    ['Imię', (c) => loc(c, 'pl').first, FN],
    ['Nazwisko', (c) => loc(c, 'pl').last, LN],
    ['E-mail', (c) => loc(c, 'pl').email, ['personalEmail.address']],
    ['Telefon', (c) => loc(c, 'pl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.15 ? loc(c, 'pl').company : ''), ['organizations[0]'], opt],
    ['NIP', (c, o, r) => (r() < 0.15 ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}` : ''), []],
    ['Adres', (c) => loc(c, 'pl').street, H('street1')],
    ['Kod pocztowy', (c) => loc(c, 'pl').zip, H('postalCode')],
    ['Miasto', (c) => loc(c, 'pl').city, H('city')],
    ['Kraj', () => 'Polska', H('country')],
    ['Adres dostawy', (c, o, r) => (r() < 0.25 ? `${v.pick(r, ['ul. Kwiatowa', 'ul. Leśna', 'os. Słoneczne'])} ${v.int(r, 1, 60)}` : loc(c, 'pl').street), ['shippingAddress.street1']],
    ['Kod pocztowy dostawy', (c) => loc(c, 'pl').zip, ['shippingAddress.postalCode']],
    ['Miasto dostawy', (c) => loc(c, 'pl').city, ['shippingAddress.city']],
    ['Kraj dostawy', () => 'PL', ['shippingAddress.countryCode']],
    ['Newsletter', (c) => takNie(c.bool), []],
    ['Grupa klientów', (c, o, r, i) => row(SH_GROUPS, i), []],
    ['Liczba zamówień', (c) => String(ordersOf(c)), []],
    ['Wartość zamówień', (c) => plAmt(spendOf(c)), ['loyalty.lifetimePurchases'], opt],
    ['Ostatnie zamówienie', (c) => (ordersOf(c) ? plDot(Math.max(c.created, c.updated) + 3600000) : ''), [], opt],
    ['Data rejestracji', (c) => plDot(c.created), [], opt],
    ['Konto aktywne', (c, o, r) => takNie(r() < 0.85), []],
    ['Tagi', (c, o, r) => v.pick(r, ['', '', 'hurt', 'reklamacja', 'instagram']), []],
    ['Notatka', (c, o, r) => v.pick(r, ['', '', '', 'Prosi o fakturę na firmę', 'Dostawa tylko po 16:00']), []],
  ] },

  // ---------------------------------------------------------------- imoje: transactions (pl)
  { name: 'imoje-transakcje-eksport-pl', product: 'imoje (ING Bank Śląski; panel imoje: Transakcje > Eksportuj, CSV; Polish UI, a Polish online bookshop, one row per transaction)', family: 'payments', language: 'pl', schema: E, cols: [
    ['ID transakcji', (c, o, r) => v.uuid(r), ['_id', PAY('transactionID')]],
    ['Data utworzenia', (c, o) => plT(o.at), ['timestamp']],
    ['Data zmiany statusu', (c, o, r) => plT(o.at + v.int(r, 5, 300) * 1000), [], opt],
    ['Status', (c, o) => imStatus(o), [], opt],
    ['Typ', (c, o) => (imStatus(o) === 'Zwrócona' ? 'Zwrot' : 'Sprzedaż'), [], opt],
    ['Kwota', (c, o) => plAmt(imAmt(o)), [PAY('paymentAmount'), OR('priceTotal')]],
    ['Waluta', () => 'PLN', [PAY('currencyCode'), OR('currencyCode')]],
    ['Metoda płatności', (c, o) => IM_METHODS[+o.id % IM_METHODS.length][0], [PAY('paymentType')]],
    ['Kanał płatności', (c, o) => IM_METHODS[+o.id % IM_METHODS.length][1], [], opt],
    ['Numer zamówienia', (c, o) => `ZAM/${shift(o.at, 1).y}/${pad(+o.id % 9000 + 1000, 5)}`, [OR('purchaseID')]],
    ['Tytuł', (c, o) => `Zamówienie ${+o.id % 9000 + 1000} - Księgarnia Słowo`, []],
    ['Imię', (c) => loc(c, 'pl').first, []],
    ['Nazwisko', (c) => loc(c, 'pl').last, []],
    ['E-mail', (c) => loc(c, 'pl').email, EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (r() < 0.5 ? loc(c, 'pl').mobile.replace(/\s/g, '') : ''), PHONE_ID, opt],
    ['Kwota zwrotu', (c, o) => (imStatus(o) === 'Zwrócona' ? plAmt(imAmt(o)) : '0,00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Prowizja', (c, o) => plAmt(+(imAmt(o) * 0.0119).toFixed(2)), []],
    ['Sklep', () => 'ksiegarnia-slowo.pl', ['commerce.commerceScope.storeCode', 'commerce.commerceScope.websiteCode'], opt],
    ['Numer karty', (c, o, r) => (IM_METHODS[+o.id % IM_METHODS.length][0] === 'Karta płatnicza' ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Adres IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Kod błędu', (c, o) => (imStatus(o) === 'Odrzucona' ? 'TRX_AUTHORIZATION_REJECTED' : ''), []],
  ] },

  // ---------------------------------------------------------------- Daktela: tickets (cs)
  { name: 'daktela-tikety-export-cs', product: 'Daktela (Daktela V6: Tikety > seznam tiketů > Export do CSV, Czech UI, the customer-care team of a Czech household-appliance e-shop)', family: 'support', language: 'cs', schema: E, cols: [
    ['Číslo', (c, o) => String(480000 + n(o) % 90000), ['_id']],
    ['Název', (c, o) => row(DK_TITLES, +o.id), []],
    ['Kategorie', (c, o) => row(DK_CATS, +o.id), []],
    ['Stav', (c, o, r) => v.pick(r, ['Otevřený', 'Čekající', 'Uzavřený', 'Uzavřený', 'Archivovaný']), [], opt],
    ['Priorita', (c, o, r) => v.pick(r, ['Nízká', 'Střední', 'Střední', 'Vysoká']), [], opt],
    ['Vlastník', (c, o, r) => v.pick(r, DK_USERS), []],
    ['Kontakt', (c) => `${loc(c, 'cs').first} ${loc(c, 'cs').last}`, []],
    ['E-mail kontaktu', (c) => loc(c, 'cs').email, EMAIL_ID, opt],
    ['Telefon kontaktu', (c, o, r) => (r() < 0.6 ? loc(c, 'cs').phone : ''), PHONE_ID, opt],
    ['Účet', (c, o, r) => (r() < 0.15 ? loc(c, 'cs').company : ''), []],
    ['Číslo objednávky', (c, o, r) => (r() < 0.7 ? `2024${pad(+o.id % 99999, 5)}` : ''), [OR('purchaseID')], opt],
    ['Zdroj', (c, o, r) => v.pick(r, ['E-mail', 'E-mail', 'Webový formulář', 'Telefon', 'Chat', 'WhatsApp']), [], opt],
    ['Vytvořeno', (c, o) => csT(o.at), ['timestamp']],
    ['Upraveno', (c, o, r) => csT(o.at + v.int(r, 1, 96) * 3600000), [], opt],
    ['První odpověď', (c, o, r) => csT(o.at + v.int(r, 10, 480) * 60000), []],
    ['Poslední aktivita', (c, o, r) => csT(o.at + v.int(r, 2, 120) * 3600000), [], opt],
    ['Uzavřeno', (c, o, r) => (r() < 0.6 ? csT(o.at + v.int(r, 1, 9) * day) : ''), [], opt],
    ['SLA termín', (c, o) => csT(o.at + 8 * 3600000), []],
    ['SLA překročeno', (c, o, r) => anoNe(r() < 0.12), []],
    ['Počet aktivit', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Štítky', (c, o, r) => v.pick(r, ['', '', 'vip', 'eskalace', 'záruka;servis']), []],
  ] },

  // ---------------------------------------------------------------- Storyous: POS bills (cs)
  { name: 'storyous-uctenky-export-cs', product: 'Storyous (webová administrace: Účty > Účtenky > Export do CSV, Czech UI, a Prague café with two tills, one row per bill)', family: 'pos', language: 'cs', schema: E, cols: [
    ['Číslo účtu', (c, o) => `${+o.id % 2 ? 'A' : 'B'}${pad(n(o) % 99999, 6)}`, ['_id', OR('purchaseID')]],
    ['Otevřeno', (c, o, r) => csHM(o.at - v.int(r, 8, 95) * 60000), [], opt],
    ['Vytvořeno', (c, o) => csHM(o.at), ['timestamp']],
    ['Pokladna', (c, o) => (+o.id % 2 ? 'Pokladna 1 – bar' : 'Pokladna 2 – zahrádka'), [], opt],
    ['Provozovna', () => 'Kavárna Letná', ['commerce.commerceScope.storeCode'], opt],
    ['Stůl', (c, o) => row(ST_TABLES, +o.id), []],
    ['Obsluhoval', (c, o) => row(ST_STAFF, +o.id), []],
    ['Počet položek', (c, o) => String(o.qty + 1), []],
    ['Základ daně', (c, o) => csAmt((stAmt(o) - stDisc(o)) / 1.12), []],
    ['DPH', (c, o) => csAmt((stAmt(o) - stDisc(o)) - (stAmt(o) - stDisc(o)) / 1.12), [OR('taxAmount')]],
    ['Sleva', (c, o) => csAmt(stDisc(o)), [OR('discountAmount')]],
    ['Konečná cena', (c, o) => csAmt(stAmt(o) - stDisc(o)), [OR('priceTotal'), PAY('paymentAmount')]],
    ['Spropitné', (c, o) => csAmt(+o.id % 3 === 0 ? 20 : 0), []],
    ['Měna', () => 'CZK', [OR('currencyCode'), PAY('currencyCode')]],
    ['Typ platby', (c, o) => ['Kartou', 'Kartou', 'Hotově', 'Stravenkou', 'Kartou', 'Platba fakturou'][+o.id % 6], [PAY('paymentType')]],
    ['Fiskalizováno', (c, o) => anoNe(+o.id % 9 !== 0), []],
    ['Typ', (c, o) => (+o.id % 6 === 5 ? 'Faktura' : 'Účtenka'), [], opt],
    ['Zákazník', (c, o) => (+o.id % 6 === 5 ? loc(c, 'cs').company : ''), []],
    ['Stornováno', (c, o) => anoNe(+o.id % 17 === 0), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'bez laktózy', 'rezervace 18:00']), []],
  ] },

  // ---------------------------------------------------------------- Euromessage: member list (tr)
  { name: 'euromessage-uye-listesi-tr', product: 'Euromessage (Euro.message, Üye Yönetimi > Üye Listesi > Dışa Aktar, CSV with the account\'s demographic field names; Turkish UI, a Turkish fashion brand)', family: 'email', language: 'tr', schema: P, cols: [
    ['KEY_ID', (c) => String(7100000 + n(c) * 7), ID],
    ['EMAIL', (c) => loc(c, 'tr').email, ['personalEmail.address']],
    ['EMAIL_PERMIT', (c) => (c.bool ? 'Y' : 'N'), []],
    ['GSM_NO', (c) => loc(c, 'tr').gsm.replace('+', ''), ['mobilePhone.number']],
    ['GSM_PERMIT', (c, o, r) => (r() < 0.45 ? 'Y' : 'N'), []],
    ['AD', (c) => loc(c, 'tr').first, FN],
    ['SOYAD', (c) => loc(c, 'tr').last, LN],
    ['CINSIYET', (c) => (loc(c, 'tr').female ? 'K' : 'E'), ['person.gender']],
    ['DOGUM_TARIHI', (c, o, r) => (r() < 0.6 ? dmyBirth(c.birth) : ''), ['person.birthDate']],
    ['SEHIR', (c) => loc(c, 'tr').il, [...H('city'), ...HSTATE]],
    ['ILCE', (c) => loc(c, 'tr').ilce, [], opt],
    ['UYELIK_TARIHI', (c) => trT(c.created), [], opt],
    ['UYELIK_KAYNAGI', (c, o, r, i) => row(EM_SRC, i), []],
    ['MUSTERI_SEGMENTI', (c, o, r, i) => row(EM_SEG, i + 2), []],
    ['TOPLAM_SIPARIS', (c) => String(ordersOf(c)), []],
    ['TOPLAM_CIRO', (c) => trAmt(spendOf(c) * 8), ['loyalty.lifetimePurchases'], opt],
    ['SON_ALISVERIS_TARIHI', (c) => (ordersOf(c) ? trD(Math.max(c.created, c.updated)) : ''), [], opt],
    ['FAVORI_KATEGORI', (c, o, r) => v.pick(r, ['Kadın Giyim', 'Erkek Giyim', 'Ayakkabı', 'Aksesuar', 'Çocuk']), []],
    ['IYS_ONAY_TARIHI', (c) => (c.bool ? trT(c.created + day) : ''), []],
    ['CREATE_DATE', (c) => trT(c.created), [], opt],
    ['LAST_UPDATE', (c) => trT(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- Akinon: orders (tr)
  { name: 'akinon-omnitron-siparisler-tr', product: 'Akinon (Omnitron: Satış Yönetimi > Siparişler > Dışa Aktar, Excel, Turkish UI, a Turkish fashion retailer\'s web, app and marketplace orders, one row per order line)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => `${3100000000 + n(o) * 13}`, [OR('purchaseID'), '_id']],
    ['Sipariş Tarihi', (c, o) => trT(o.at), ['timestamp', OR('createdDate')]],
    ['Kanal', (c, o) => ['Web', 'Mobil Uygulama', 'Web', 'Trendyol', 'Hepsiburada'][+o.id % 5], ['commerce.commerceScope.storeCode'], opt],
    ['Sipariş Durumu', (c, o) => ['Onaylandı', 'Kargoya Verildi', 'Teslim Edildi', 'Teslim Edildi', 'İptal Edildi'][+o.id % 5], [], opt],
    ['Müşteri Adı Soyadı', (c) => `${loc(c, 'tr').first} ${loc(c, 'tr').last}`, []],
    ['Müşteri E-posta', (c) => loc(c, 'tr').email, EMAIL_ID, opt],
    ['Müşteri Telefon', (c) => loc(c, 'tr').mobile, PHONE_ID, opt],
    ['Ürün SKU', (c, o) => akItem(o)[0], [PL('SKU')]],
    ['Ürün Adı', (c, o) => akItem(o)[1], [PL('name')]],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trAmt(akItem(o)[2]), [], opt],
    ['Satır Tutarı', (c, o) => trAmt(akLine(o)), [PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trAmt(akDisc(o)), [OR('discountAmount')]],
    ['Kupon Kodu', (c, o) => (o.discount ? 'YAZ15' : ''), ['commerce.promotionID'], opt],
    ['Kargo Ücreti', (c, o) => trAmt(akShip(o)), ['commerce.shipping.shippingAmount']],
    ['KDV Tutarı', (c, o) => trAmt(akTotal(o) - akTotal(o) / 1.1), [OR('taxAmount')]],
    ['Toplam Tutar', (c, o) => trAmt(akTotal(o)), [OR('priceTotal')]],
    ['Para Birimi', () => 'TRY', [OR('currencyCode')]],
    ['Ödeme Yöntemi', (c, o) => ['Kredi Kartı', 'Kredi Kartı', 'Havale/EFT', 'Kapıda Ödeme', 'Kredi Kartı'][+o.id % 5], [PAY('paymentType')]],
    ['Taksit Sayısı', (c, o) => String([1, 1, 3, 6, 1][+o.id % 5]), []],
    ['Kargo Firması', (c, o) => ['Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo'][+o.id % 3], ['commerce.shipping.shippingMethod']],
    ['Kargo Takip No', (c, o, r) => (+o.id % 5 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Teslimat Adresi', (c) => loc(c, 'tr').street, [SHIP('street1')]],
    ['Teslimat İlçe', (c) => loc(c, 'tr').ilce, [], opt],
    ['Teslimat İl', (c) => loc(c, 'tr').il, [SHIP('city'), SHIP('stateProvince'), SHIP('state')]],
    ['Teslimat Posta Kodu', (c) => loc(c, 'tr').zip, [SHIP('postalCode')]],
    ['Fatura Adresi', (c) => loc(c, 'tr').street, [BILL('street1')]],
    ['Fatura İl', (c) => loc(c, 'tr').il, [BILL('city'), BILL('stateProvince'), BILL('state')]],
    ['Fatura Tipi', (c, o) => (+o.id % 8 === 0 ? 'Kurumsal' : 'Bireysel'), []],
    ['TC Kimlik / Vergi No', (c, o, r) => String(v.int(r, 10000000000, 99999999999)), []],
  ] },

  // ---------------------------------------------------------------- Pobuca Loyalty: members (el)
  { name: 'pobuca-loyalty-meli-el', product: 'Pobuca Loyalty (Pobuca: Μέλη > Εξαγωγή σε Excel, Greek UI, a Greek pharmacy and cosmetics chain\'s loyalty card scheme)', family: 'loyalty', language: 'el', schema: P, cols: [
    ['Κωδικός μέλους', (c) => String(200000 + n(c) % 99999), ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Αριθμός κάρτας', (c) => `2900${pad(n(c) % 999999, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Όνομα', (c) => gr(c).first, FN],
    ['Επώνυμο', (c) => gr(c).last, LN],
    ['Φύλο', (c) => (gr(c).female ? 'Γυναίκα' : 'Άνδρας'), ['person.gender']],
    ['Ημερομηνία γέννησης', (c, o, r) => (r() < 0.7 ? grD(c.birth) : ''), ['person.birthDate']],
    ['Email', (c, o, r) => (r() < 0.8 ? gr(c).email : ''), ['personalEmail.address']],
    ['Κινητό τηλέφωνο', (c) => gr(c).mobile, ['mobilePhone.number']],
    ['Διεύθυνση', (c, o, r) => (r() < 0.6 ? gr(c).street : ''), H('street1')],
    ['Πόλη', (c) => gr(c).city, H('city')],
    ['Τ.Κ.', (c) => gr(c).zip, H('postalCode')],
    ['Νομός', (c) => gr(c).nomos, [...HSTATE, ...H('region')]],
    ['Ημερομηνία εγγραφής', (c) => grD(c.created), ['loyalty.joinDate']],
    ['Κατάστημα εγγραφής', (c, o, r, i) => row(PB_STORES, i), [], opt],
    ['Βαθμίδα', (c, o, r, i) => row(PB_TIERS, n(c)), ['loyalty.tier']],
    ['Διαθέσιμοι πόντοι', (c) => String(pbLife(c) - pbRed(c)), ['loyalty.points']],
    ['Συνολικοί πόντοι', (c) => String(pbLife(c)), ['loyalty.lifetimePoints']],
    ['Εξαργυρωμένοι πόντοι', (c) => String(pbRed(c)), ['loyalty.pointsRedeemed']],
    ['Συνολικές αγορές (€)', (c) => grAmt(pbLife(c) / 2), ['loyalty.lifetimePurchases']],
    ['Αριθμός συναλλαγών', (c) => String((n(c) % 40) + 1), []],
    ['Τελευταία συναλλαγή', (c) => grT(Math.max(c.created, c.updated)), [], opt],
    ['Αποδοχή επικοινωνίας Email', (c) => naiOxi(c.bool), []],
    ['Αποδοχή επικοινωνίας SMS', (c, o, r) => naiOxi(r() < 0.55), []],
    ['Κατάσταση', (c) => (n(c) % 13 === 0 ? 'Ανενεργό' : 'Ενεργό'), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- Entersoft CRM: contacts (el)
  { name: 'entersoft-crm-epafes-el', product: 'Entersoft CRM (Entersoft Business Suite: CRM > Επαφές > Εξαγωγή σε Excel, Greek UI, a Greek industrial-supplies distributor\'s contacts at customer companies)', family: 'crm', language: 'el', schema: B, cols: [
    ['Κωδικός', (c) => `ΕΠ-${pad(n(c) % 99999, 6)}`, B2BID],
    ['Προσφώνηση', (c) => (gr(c).female ? 'Κα' : 'Κος'), ['person.name.courtesyTitle']],
    ['Επώνυμο', (c) => gr(c).last, LN],
    ['Όνομα', (c) => gr(c).first, FN],
    ['Εταιρεία', (c, o, r, i) => row(ES_CO, i)[0], CO],
    ['Κωδικός εταιρείας', (c, o, r, i) => `ΠΕΛ-${pad(1200 + (i % ES_CO.length) * 7, 5)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Θέση', (c, o, r, i) => row(ES_TITLES, i), TITLE],
    ['Τμήμα', (c, o, r, i) => row(ES_DEPTS, i), ['extendedWorkDetails.departments[0]']],
    ['Τηλέφωνο', (c, o, r, i) => row(ES_CO, i)[6], ['workPhone.number']],
    ['Κινητό', (c, o, r) => (r() < 0.7 ? gr(c).mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r, i) => (r() < 0.3 ? row(ES_CO, i)[6].replace(/\d\d$/, '99') : ''), ['faxPhone.number']],
    ['Email', (c, o, r, i) => `${gr(c).lat}@${row(ES_CO, i)[2]}`, MAIL],
    ['Διεύθυνση', (c, o, r, i) => row(ES_CO, i)[3], W('street1')],
    ['Πόλη', (c, o, r, i) => row(ES_CO, i)[1], W('city')],
    ['Τ.Κ.', (c, o, r, i) => row(ES_CO, i)[4], W('postalCode')],
    ['Νομός', (c, o, r, i) => row(ES_CO, i)[5], [...WSTATE, ...W('region')]],
    ['Χώρα', () => 'Ελλάδα', W('country')],
    ['Α.Φ.Μ.', (c, o, r) => String(v.int(r, 990000000, 999999999)), []],
    ['Δ.Ο.Υ.', (c, o, r) => v.pick(r, ['ΦΑΕ ΑΘΗΝΩΝ', 'ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ', 'ΦΑΕ ΠΕΙΡΑΙΑ', 'Α\' ΠΑΤΡΩΝ']), []],
    ['Κατηγορία', (c, o, r) => v.pick(r, ['Πελάτης', 'Πελάτης', 'Υποψήφιος πελάτης', 'Συνεργάτης']), ['b2b.personType', 'b2b.personStatus'], opt],
    ['Πηγή', (c, o, r) => v.pick(r, ['Έκθεση', 'Ιστοσελίδα', 'Σύσταση', 'Τηλεφωνική επαφή']), ['b2b.personSource'], opt],
    ['Υπεύθυνος πωλήσεων', (c, o, r) => v.pick(r, ['Αλεξανδρής Θ.', 'Μιχαηλίδου Ε.', 'Σταματόπουλος Κ.']), []],
    ['Αποδέχεται newsletter', (c) => naiOxi(c.bool), OPT_MAIL, opt],
    ['Ημ/νία δημιουργίας', (c) => grD(c.created), CREATED, opt],
    ['Ημ/νία τελ. μεταβολής', (c) => grT(Math.max(c.created, c.updated)), UPDATED, opt],
    ['Σχόλια', (c, o, r) => v.pick(r, ['', '', 'Προτιμά επικοινωνία πρωί', 'Ζήτησε προσφορά για ανταλλακτικά']), []],
  ] },

  // ---------------------------------------------------------------- ecforce: orders (ja)
  { name: 'ecforce-juchu-csv-ja', product: 'ecforce (SUPER STUDIO; 受注管理 > 受注管理 > 検索結果をCSVエクスポート, Japanese UI, a Japanese D2C skincare brand, one row per order line)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['受注ID', (c, o) => String(880000 + n(o) % 99999), ['_id']],
    ['受注番号', (c, o) => String(2400000000 + n(o) * 11), [OR('purchaseID')]],
    ['定期受注番号', (c, o) => (+o.id % 3 === 0 ? `S${String(600000 + n(o) % 9999)}` : ''), []],
    ['顧客番号', (c) => String(150000 + n(c) % 99999), []],
    ['注文日時', (c, o) => jpT(o.at), ['timestamp']],
    ['対応状況', (c, o) => ['新規受付', '発送準備中', '発送済み', '発送済み', 'キャンセル'][+o.id % 5], [], opt],
    ['決済方法', (c, o) => ['クレジットカード', 'クレジットカード', 'NP後払い', '代金引換', 'Amazon Pay'][+o.id % 5], [PAY('paymentType')]],
    ['決済状況', (c, o) => ['与信済み', '売上確定', '未決済', '売上確定', '取消'][+o.id % 5], [], opt],
    ['決済番号', (c, o, r) => (+o.id % 5 < 2 ? `ch_${v.alnum(r, 24)}` : ''), [PAY('transactionID')]],
    ['商品コード', (c, o) => ecItem(o)[0], [PL('SKU')]],
    ['商品名', (c, o) => ecItem(o)[1], [PL('name')]],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['単価', (c, o) => String(ecItem(o)[2]), [], opt],
    ['小計', (c, o) => String(ecLine(o)), [], opt],
    ['送料', (c, o) => String(ecShip(o)), ['commerce.shipping.shippingAmount']],
    ['手数料', (c, o) => (+o.id % 5 === 3 ? '330' : '0'), []],
    ['値引き', (c, o) => String(ecDisc(o)), [OR('discountAmount')]],
    ['利用ポイント', (c, o) => (+o.id % 4 === 0 ? '200' : '0'), []],
    ['消費税', (c, o) => String(Math.floor(ecTotal(o) * 10 / 110)), [OR('taxAmount')]],
    ['合計', (c, o) => String(ecTotal(o)), [OR('priceTotal')]],
    ['注文者 姓', (c) => loc12(c, 'ja').last, []],
    ['注文者 名', (c) => loc12(c, 'ja').first, []],
    ['メールアドレス', (c) => `${v.pick(v.rng(n(c)), ['aoi', 'haru', 'yuki', 'sora', 'mei'])}${n(c) % 1000}@${v.pick(v.rng(n(c) + 1), ['gmail.com', 'docomo.ne.jp', 'icloud.com', 'yahoo.co.jp'])}`, EMAIL_ID, opt],
    ['電話番号', (c) => loc12(c, 'ja').mobile.join('-'), PHONE_ID, opt],
    ['配送先 郵便番号', (c) => loc12(c, 'ja').zip, [SHIP('postalCode')]],
    ['配送先 都道府県', (c) => loc12(c, 'ja').pref, [SHIP('stateProvince'), SHIP('state')]],
    ['配送先 住所1', (c) => `${loc12(c, 'ja').city}${loc12(c, 'ja').town.split(' ')[0]}`, [SHIP('street1'), SHIP('city')]],
    ['配送先 住所2', (c) => loc12(c, 'ja').town.split(' ')[1] ?? '', [SHIP('street2')]],
    ['配送方法', (c, o) => (+o.id % 4 === 0 ? 'ネコポス' : 'ヤマト運輸 宅急便'), ['commerce.shipping.shippingMethod']],
    ['配送伝票番号', (c, o, r) => (+o.id % 5 >= 2 && +o.id % 5 <= 3 ? `${v.int(r, 4000, 4999)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['広告コード', (c, o, r) => v.pick(r, ['', 'ig_ad_0412', 'line_seg_a', 'google_brand', 'afi_mosimo']), ['marketing.trackingCode'], opt],
    ['デバイス', (c, o, r) => v.pick(r, ['スマートフォン', 'スマートフォン', 'スマートフォン', 'PC']), ['device.type'], opt],
  ] },

  // ---------------------------------------------------------------- SHANON MARKETING PLATFORM: leads (ja)
  { name: 'shanon-smp-lead-csv-ja', product: 'SHANON MARKETING PLATFORM (株式会社シャノン: リード > 一覧 > CSVダウンロード, Japanese UI, a Japanese factory-automation vendor\'s trade-show and webinar leads)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['リードID', (c) => String(3200000 + n(c) * 3), B2BID],
    ['姓', (c) => loc12(c, 'ja').last, LN],
    ['名', (c) => loc12(c, 'ja').first, FN],
    ['セイ', (c) => loc12(c, 'ja').lastKana, []],
    ['メイ', (c) => loc12(c, 'ja').firstKana, []],
    ['会社名', (c, o, r, i) => row(SH_CO, i)[0], CO],
    ['部署名', (c, o, r, i) => row(SH_DEPTS, i), ['extendedWorkDetails.departments[0]']],
    ['役職', (c, o, r, i) => row(SH_TITLES, i), TITLE],
    ['E-mailアドレス', (c, o, r, i) => `${JA_ROMAN[loc12(c, 'ja').last]}.${n(c) % 100}@${row(SH_CO, i)[1].replace('https://www.', '')}`, MAIL],
    ['電話番号', (c) => loc12(c, 'ja').tel.join('-'), ['workPhone.number']],
    ['携帯電話番号', (c, o, r) => (r() < 0.3 ? loc12(c, 'ja').mobile.join('-') : ''), ['mobilePhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.2 ? loc12(c, 'ja').tel.join('-').replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['郵便番号', (c) => loc12(c, 'ja').zip, W('postalCode')],
    ['都道府県', (c) => loc12(c, 'ja').pref, WSTATE],
    ['住所1', (c) => `${loc12(c, 'ja').city}${loc12(c, 'ja').town.split(' ')[0]}`, [...W('street1'), ...W('city')]],
    ['住所2', (c) => loc12(c, 'ja').town.split(' ')[1] ?? '', W('street2')],
    ['会社URL', (c, o, r, i) => row(SH_CO, i)[1], ['b2b.companyWebsite']],
    ['業種', (c, o, r, i) => row(SH_CO, i)[2], []],
    ['従業員数', (c, o, r, i) => row(SH_CO, i)[3], []],
    ['メール配信', (c) => (c.bool ? '配信する' : '配信しない'), OPT_MAIL, opt],
    ['スコア', (c, o, r) => String(v.int(r, 0, 180)), ['b2b.personScore']],
    ['リードソース', (c, o, r, i) => row(SH_SRC, i + 1), ['b2b.personSource'], opt],
    ['Salesforce リードID', (c, o, r) => (r() < 0.6 ? `00Q5g00000${v.alnum(r, 8)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['担当営業', (c, o, r) => v.pick(r, ['', '森田', '石井', '藤原']), []],
    ['最終アクセス日時', (c) => jpT(Math.max(c.created, c.updated) + 2 * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['登録日時', (c) => jpT(c.created), CREATED, opt],
    ['更新日時', (c) => jpT(Math.max(c.created, c.updated)), UPDATED, opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '来期予算化予定', '代理店経由希望']), []],
  ] },

  // ---------------------------------------------------------------- Paidy: payments (ja)
  { name: 'paidy-kessai-ichiran-ja', product: 'Paidy (ペイディ 加盟店管理画面: 決済 > 決済一覧 > CSVダウンロード, Japanese UI, a Japanese apparel e-shop, one row per payment)', family: 'payments', language: 'ja', schema: E, cols: [
    ['決済ID', (c, o, r) => `pay_${v.alnum(r, 16)}`, ['_id', PAY('transactionID')]],
    ['ステータス', (c, o) => pdStatus(o), [], opt],
    ['作成日時', (c, o) => jpHM(o.at), ['timestamp']],
    ['与信期限', (c, o) => jpHM(o.at + 30 * day), []],
    ['注文番号', (c, o) => `#${10000 + n(o) % 89999}`, [OR('purchaseID')]],
    ['決済金額', (c, o) => yen(pdAmt(o)), [PAY('paymentAmount'), OR('priceTotal')]],
    ['売上確定金額', (c, o) => (pdStatus(o) === 'クローズ' ? yen(pdAmt(o)) : '0'), [PAY('paymentAmount')], opt],
    ['返金金額', (c, o) => (+o.id % 9 === 0 ? yen(pdAmt(o)) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['通貨', () => 'JPY', [PAY('currencyCode'), OR('currencyCode')]],
    ['税額', (c, o) => yen(Math.floor(pdAmt(o) * 10 / 110)), [OR('taxAmount')]],
    ['送料', (c, o) => (pdAmt(o) >= 8000 ? '0' : '550'), ['commerce.shipping.shippingAmount']],
    ['購入者名', (c) => loc12(c, 'ja').full, []],
    ['購入者メールアドレス', (c) => `${['aoi', 'haru', 'yuki', 'sora', 'mei', 'riku'][n(c) % 6]}.${n(c) % 997}@${['gmail.com', 'icloud.com', 'yahoo.co.jp'][n(c) % 3]}`, EMAIL_ID, opt],
    ['購入者電話番号', (c) => loc12(c, 'ja').mobile.join(''), PHONE_ID, opt],
    ['配送先郵便番号', (c) => loc12(c, 'ja').zip, [SHIP('postalCode')]],
    ['配送先住所', (c) => `${loc12(c, 'ja').pref}${loc12(c, 'ja').city}${loc12(c, 'ja').town}`, [SHIP('street1')], opt],
    ['商品名', (c, o) => ['リネンシャツ ホワイト M', 'ワイドデニム インディゴ 28', 'カシミヤニット グレー F', 'レザートート ブラック'][+o.id % 4], [PL('name')], opt],
    ['支払い方法', (c, o) => (+o.id % 4 === 0 ? '3・6・12回あと払い' : 'あと払い(翌月まとめて)'), [PAY('paymentType')], opt],
    ['店舗名', () => 'LINNE ONLINE STORE', ['commerce.commerceScope.storeCode'], opt],
    ['トークンID', (c, o, r) => (+o.id % 5 === 0 ? `tok_${v.alnum(r, 16)}` : ''), []],
    ['説明', (c, o) => `ご注文 #${10000 + n(o) % 89999}`, []],
  ] },
]
