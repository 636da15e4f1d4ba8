// Round 74, heldout196: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Central European exports, headers in the product's UI language: a
// Slovenian e-commerce platform's order export (Shopamine) (sl E 1); a Croatian ticketing platform's buyer list for an
// organizer (Entrio) (hr E 1); a Czech e-shop platform's custom order export (Nody) (cs E 1); a Hungarian ticketing
// platform's sales report for an organizer (Interticket) (hu E 1); a Slovak booking and client-management system's
// client list (Bookio) (sk P 1); a Polish restaurant POS's loyalty-program member list (POSbistro) (pl P 1); Slovenia's
// business register search service's company list export (Bizi.si) (sl B 1); a Polish event-registration platform's
// participant list for a B2B conference (Konfeo) (pl B 1). E 4, P 2, B 2.
// Headers: Nody's order export takes the column labels its help centre documents (napoveda.nody.cz/orders/export/columns:
// the delivery group Firma / Jméno / Příjmení / Jméno a příjmení / Firma nebo příjmení / Ulice / Číslo domu and the
// Česká pošta group Druh zásilky / Doplňkové služby) and adds the order columns from the writer's knowledge; the other
// 7 sets are written from the writer's knowledge of each product (a short source hunt found no public column list for
// them); a subset of each export's columns, in the order the writer knows. Nothing was copied from a real export;
// every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, dmy, hm, hms, local, dec, thou, group, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Slovenia, Croatia, Czechia, Slovakia, Hungary and Poland are all on CET/CEST
const cet = (ms) => local(ms, 1)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
// per country: male and female given names, surnames ([male, female] where the form differs), [postcode, city, street],
// mobile format, mail domains
const CC = {
  sl: { m: ['Luka', 'Matej', 'Jan', 'Nejc', 'Žiga', 'Gregor', 'Andrej', 'Rok'], f: ['Maja', 'Nina', 'Eva', 'Tjaša', 'Petra', 'Urška', 'Špela', 'Mojca'],
    last: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Vidmar', 'Golob', 'Turk', 'Kos'].map((x) => [x, x]),
    places: [['1000', 'Ljubljana', 'Celovška cesta'], ['1000', 'Ljubljana', 'Trubarjeva cesta'], ['2000', 'Maribor', 'Partizanska cesta'], ['3000', 'Celje', 'Ljubljanska cesta'], ['4000', 'Kranj', 'Koroška cesta'], ['6000', 'Koper', 'Pristaniška ulica'], ['8000', 'Novo mesto', 'Glavni trg'], ['5000', 'Nova Gorica', 'Kidričeva ulica']],
    mob: (r) => `0${v.pick(r, ['41', '31', '40', '51', '70', '68'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'gmail.com', 'siol.net', 't-2.net', 'hotmail.com', 'amis.net'] },
  hr: { m: ['Ivan', 'Luka', 'Marko', 'Josip', 'Ante', 'Filip', 'Tomislav', 'Karlo'], f: ['Ana', 'Petra', 'Ivana', 'Marija', 'Lucija', 'Maja', 'Katarina', 'Nika'],
    last: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković', 'Perić', 'Matić', 'Pavlović', 'Božić'].map((x) => [x, x]),
    places: [['10000', 'Zagreb', 'Ilica'], ['10000', 'Zagreb', 'Savska cesta'], ['21000', 'Split', 'Poljička cesta'], ['51000', 'Rijeka', 'Korzo'], ['31000', 'Osijek', 'Europska avenija'], ['23000', 'Zadar', 'Put Murvice'], ['42000', 'Varaždin', 'Kapucinski trg'], ['10410', 'Velika Gorica', 'Zagrebačka ulica']],
    mob: (r) => `09${v.pick(r, ['1', '2', '5', '8', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'gmail.com', 'net.hr', 'hotmail.com', 'yahoo.com', 't-com.hr'] },
  cs: { m: ['Jan', 'Petr', 'Tomáš', 'Jakub', 'Martin', 'Lukáš', 'Ondřej', 'Vojtěch'], f: ['Tereza', 'Kateřina', 'Lucie', 'Veronika', 'Eva', 'Barbora', 'Jana', 'Klára'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Marek', 'Marková'], ['Pokorný', 'Pokorná']],
    places: [['602 00', 'Brno', 'Kounicova'], ['612 00', 'Brno', 'Palackého třída'], ['110 00', 'Praha 1', 'Vodičkova'], ['130 00', 'Praha 3', 'Seifertova'], ['301 00', 'Plzeň', 'Klatovská třída'], ['779 00', 'Olomouc', 'Třída Svobody'], ['370 01', 'České Budějovice', 'Lannova třída'], ['702 00', 'Ostrava', 'Nádražní'], ['586 01', 'Jihlava', 'Žižkova']],
    mob: (r) => `${v.pick(r, ['601', '603', '604', '605', '606', '608', '702', '720', '721', '724', '731', '732', '736', '737', '739', '774', '775', '777', '778'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'post.cz'] },
  sk: { m: ['Martin', 'Peter', 'Michal', 'Tomáš', 'Jakub', 'Marek', 'Juraj', 'Lukáš'], f: ['Lucia', 'Zuzana', 'Katarína', 'Veronika', 'Simona', 'Martina', 'Jana', 'Dominika'],
    last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Nagy', 'Nagyová'], ['Baláž', 'Balážová'], ['Molnár', 'Molnárová'], ['Lukáč', 'Lukáčová'], ['Hudák', 'Hudáková'], ['Kollár', 'Kollárová']],
    places: [['811 01', 'Bratislava', 'Obchodná'], ['821 08', 'Bratislava', 'Miletičova'], ['851 01', 'Bratislava', 'Panónska cesta'], ['900 28', 'Ivanka pri Dunaji', 'Štefánikova'], ['917 01', 'Trnava', 'Hlavná'], ['949 01', 'Nitra', 'Štefánikova trieda'], ['900 01', 'Modra', 'Štúrova']],
    mob: (r) => `09${v.pick(r, ['05', '08', '10', '11', '15', '44', '48'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk', 'pobox.sk'] },
  hu: { m: ['László', 'Gábor', 'Péter', 'Zoltán', 'Balázs', 'Tamás', 'Dávid', 'Bence'], f: ['Anna', 'Katalin', 'Eszter', 'Zsófia', 'Réka', 'Judit', 'Noémi', 'Dóra'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp'].map((x) => [x, x]),
    places: [['1061', 'Budapest', 'Andrássy út'], ['1117', 'Budapest', 'Bartók Béla út'], ['1136', 'Budapest', 'Pannónia utca'], ['1024', 'Budapest', 'Margit körút'], ['2000', 'Szentendre', 'Dumtsa Jenő utca'], ['2040', 'Budaörs', 'Szabadság út'], ['4024', 'Debrecen', 'Piac utca'], ['9021', 'Győr', 'Baross Gábor út']],
    mob: (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu', 'outlook.hu'] },
  pl: { m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Jakub', 'Kamil', 'Marcin'], f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Karolina'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk']],
    places: [['31-154', 'Kraków', 'ul. Długa'], ['31-042', 'Kraków', 'ul. Grodzka'], ['30-415', 'Kraków', 'ul. Zakopiańska'], ['31-567', 'Kraków', 'ul. Grzegórzecka'], ['32-020', 'Wieliczka', 'ul. Słowackiego'], ['32-050', 'Skawina', 'ul. Żwirki i Wigury'], ['30-072', 'Kraków', 'ul. Królewska']],
    mob: (r) => `${v.pick(r, ['501', '502', '505', '506', '510', '512', '530', '535', '570', '600', '601', '602', '603', '660', '665', '691', '693', '697', '721', '723', '730', '783', '790', '791', '880', '888'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'] },
}
const memo = new Map()
function mk (c, cc) {
  const K = CC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? K.f : K.m), ln = v.pick(r, K.last), last = ln[female ? 1 : 0], pl = v.pick(r, K.places)
  const no = v.int(r, 1, 140)
  return { female, first, last, zip: pl[0], city: pl[1], streetName: pl[2], no: String(no), street: `${pl[2]} ${no}`, mobile: K.mob(r),
    mail: `${asc(first)}${v.pick(r, ['.', '', '_', '.'])}${asc(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, K.mail)}`,
    birth: Date.UTC(1966, 0, 1) + Math.floor(r() * 37 * 365) * day }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const sl = (c) => who(c, 'sl')
const hr = (c) => who(c, 'hr')
const cz = (c) => who(c, 'cs')
const sk = (c) => who(c, 'sk')
const hu = (c) => who(c, 'hu')
const pl = (c) => who(c, 'pl')
const asc = (s) => slug(s.replace(/ł/g, 'l').replace(/Ł/g, 'L'))
const dmyHm = (p, s = '.') => `${dmy(p, s)} ${hm(p)}`

// ---------------------------------------------------------------- 1. Shopamine order export (sl, E)
// a Ljubljana specialty-coffee roaster's webshop: beans, a drip kit; prices include 9.5 % or 22 % DDV
const SA_ITEM = [['KAV-ETI-250', 'Etiopija Yirgacheffe, 250 g', 12.9, 0.095], ['KAV-KOL-500', 'Kolumbija Huila, 500 g', 21.5, 0.095], ['KAV-ESP-1000', 'Espresso mešanica Hiša, 1 kg', 32.0, 0.095], ['OPR-V60-02', 'Hario V60 filter 02, keramika', 24.9, 0.22], ['KAV-DEK-250', 'Brez kofeina Mehika, 250 g', 13.5, 0.095], ['NAR-KAV-3M', 'Naročnina: kava meseca (3 mesece)', 42.0, 0.095]]
const saItem = (o) => row(SA_ITEM, n(o) % 6)
const saQty = (o) => (saItem(o)[2] > 30 ? 1 : o.qty)
const saSub = (o) => saItem(o)[2] * saQty(o)
const saShipBy = (o) => row(['Pošta Slovenije', 'GLS', 'Osebni prevzem (Trubarjeva 42)', 'Pošta Slovenije', 'DPD'], (n(o) >> 1) % 5)
const saShip = (o) => (saShipBy(o).startsWith('Osebni') || saSub(o) >= 40 ? 0 : saShipBy(o) === 'DPD' ? 4.9 : 3.9)
const saDisc = (o) => (n(o) % 7 === 0 ? Math.round(saSub(o) * 10) / 100 : 0)
const saTotal = (o) => saSub(o) + saShip(o) - saDisc(o)
const saPay = (o) => row(['Kreditna kartica', 'Plačilo po povzetju', 'PayPal', 'Predračun (UPN)', 'Kreditna kartica', 'Valú Moneta'], n(o) % 6)
const saAt = (o) => Date.UTC(2025, 2, 3) + ((n(o) * 7919) % (240 * 86400)) * 1000
const saSt = (o) => row(['Zaključeno', 'Poslano', 'Zaključeno', 'V obdelavi', 'Novo', 'Zaključeno', 'Preklicano'], n(o) % 7)
const saOther = (o) => n(o) % 6 === 0
const saShipTo = (c, o) => (saOther(o) ? sl({ ...c, id: String(n(c) + 3) }) : sl(c))
const SET_SA = { name: 'shopamine-izvoz-narocil-si', product: 'Shopamine (administracija: Naročila > Izvoz naročil (CSV), one row per order, Slovenian UI, a Ljubljana specialty-coffee roaster\'s webshop, Europe/Ljubljana, EUR)', family: 'ecommerce-orders', language: 'sl', schema: E, cols: [
  ['Št. naročila', (c, o) => `2025-${pad(1000 + (n(o) * 37) % 9000, 5)}`, ['_id', OR('purchaseID')]],
  ['Datum naročila', (c, o) => dmyHm(cet(saAt(o))), ['timestamp']],
  ['Status naročila', (c, o) => saSt(o), [], opt],
  ['Status plačila', (c, o) => (saSt(o) === 'Preklicano' ? 'Vrnjeno' : saPay(o) === 'Plačilo po povzetju' && saSt(o) !== 'Zaključeno' ? 'Neplačano' : saPay(o).startsWith('Predračun') && saSt(o) === 'Novo' ? 'Čaka na plačilo' : 'Plačano'), [], opt],
  ['Ime', (c) => sl(c).first, []],
  ['Priimek', (c) => sl(c).last, []],
  ['E-pošta', (c) => sl(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 9 === 0 ? '' : sl(c).mobile), PHONE_ID],
  ['Podjetje', (c) => (n(c) % 8 === 0 ? row(['Pražarna Kolektiv d.o.o.', 'Studio Bela s.p.', 'Odvetniška pisarna Kos'], n(c) % 3) : ''), [], opt],
  ['ID za DDV', (c) => (n(c) % 8 === 0 ? `SI${pad((n(c) * 7919) % 100000000, 8)}` : ''), [], opt],
  ['Naslov', (c) => sl(c).street, [BILL('street1')]],
  ['Poštna številka', (c) => sl(c).zip, [BILL('postalCode')]],
  ['Kraj', (c) => sl(c).city, [BILL('city')]],
  ['Država', (c) => (n(c) % 17 === 0 ? 'Hrvaška' : 'Slovenija'), [BILL('country')]],
  ['Naslov za dostavo', (c, o) => (saShipBy(o).startsWith('Osebni') ? '' : saShipTo(c, o).street), [SHIP('street1')]],
  ['Poštna številka za dostavo', (c, o) => (saShipBy(o).startsWith('Osebni') ? '' : saShipTo(c, o).zip), [SHIP('postalCode')]],
  ['Kraj za dostavo', (c, o) => (saShipBy(o).startsWith('Osebni') ? '' : saShipTo(c, o).city), [SHIP('city')]],
  ['Način dostave', (c, o) => saShipBy(o), ['commerce.shipping.shippingMethod']],
  ['Način plačila', (c, o) => saPay(o), [OR('payments[0].paymentType')]],
  ['Šifra artikla', (c, o) => saItem(o)[0], [PL('SKU')]],
  ['Artikel', (c, o) => saItem(o)[1], [PL('name')]],
  ['Količina', (c, o) => String(saQty(o)), [PL('quantity')]],
  ['Cena z DDV', (c, o) => dec(saItem(o)[2]), [], opt],
  ['Stopnja DDV', (c, o) => `${dec(saItem(o)[3] * 100, ',').replace(',00', '').replace(/,(\d)0$/, ',$1')} %`, []],
  ['Poštnina', (c, o) => dec(saShip(o)), ['commerce.shipping.shippingAmount']],
  ['Koda kupona', (c, o) => (saDisc(o) ? 'ZRNO10' : ''), ['commerce.promotionID']],
  ['Popust', (c, o) => dec(saDisc(o)), [OR('discountAmount')]],
  ['DDV skupaj', (c, o) => dec(saTotal(o) - saTotal(o) / (1 + saItem(o)[3])), [OR('taxAmount')]],
  ['Skupaj za plačilo', (c, o) => dec(saTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Valuta', () => 'EUR', [OR('currencyCode')]],
  ['Sledilna številka', (c, o) => (['Poslano', 'Zaključeno'].includes(saSt(o)) && !saShipBy(o).startsWith('Osebni') ? (saShipBy(o) === 'Pošta Slovenije' ? `PS${pad((n(o) * 104729) % 1000000000, 9)}SI` : String(6000000000 + n(o) * 131)) : ''), ['commerce.shipping.trackingNumber']],
  ['Opomba kupca', (c, o) => row(['', '', 'Prosim mleto za moka pot.', '', 'Darilo – brez računa v paketu.', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 2. Entrio buyer list (hr, E)
// a Zagreb club-concert series; one row per ticket, several tickets can share an order
const EN_EV = [['Žen + gosti – promocija albuma', '15.11.2025. 21:00', 'Močvara, Zagreb'], ['Kries – Zimski koncert', '29.11.2025. 20:30', 'Tvornica kulture, Zagreb'], ['Nipplepeople', '06.12.2025. 21:00', 'Boogaloo, Zagreb']]
const EN_TK = [['Early bird', 12], ['Redovna ulaznica', 16], ['Redovna ulaznica', 16], ['Ulaznica na dan koncerta', 20], ['VIP (meet & greet)', 45]]
const enEv = (o) => row(EN_EV, n(o) % 3)
const enTk = (o) => row(EN_TK, (n(o) >> 1) % 5)
const enFee = (o) => Math.round((0.5 + enTk(o)[1] * 0.05) * 100) / 100
const enDisc = (o) => (n(o) % 10 === 0 ? 2 : 0)
const enAt = (o) => Date.UTC(2025, 8, 1) + ((n(o) * 7919) % (80 * 86400)) * 1000
const enSt = (o) => (n(o) % 21 === 0 ? 'Refundirano' : 'Plaćeno')
const enScan = (o) => enSt(o) === 'Plaćeno' && n(o) % 5 !== 0
const SET_EN = { name: 'entrio-popis-kupaca-hr', product: 'Entrio (organizatorsko sučelje: Događaji > odabrani događaj > Kupci > Izvoz u Excel, one row per ticket, Croatian UI, a Zagreb club-concert series, Europe/Zagreb, EUR)', family: 'events', language: 'hr', schema: E, cols: [
  ['Broj narudžbe', (c, o) => `E${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
  ['Kod ulaznice', (c, o) => v.hex(v.rng(n(o) * 13 + 5), 12).toUpperCase(), ['_id'], opt],
  ['Datum kupnje', (c, o) => `${dmy(cet(enAt(o)))}. ${hm(cet(enAt(o)))}`, ['timestamp']],
  ['Događaj', (c, o) => enEv(o)[0], [], opt],
  ['Termin', (c, o) => enEv(o)[1], []],
  ['Lokacija', (c, o) => enEv(o)[2], [], opt],
  ['Vrsta ulaznice', (c, o) => enTk(o)[0], [PL('name')], opt],
  ['Cijena', (c, o) => dec(enTk(o)[1] - enDisc(o)), [PL('priceTotal')], opt],
  ['Naknada', (c, o) => dec(enFee(o)), []],
  ['Popust', (c, o) => dec(enDisc(o)), [PL('discountAmount'), OR('discountAmount')], opt],
  ['Promo kod', (c, o) => (enDisc(o) ? 'STUDENT2' : ''), ['commerce.promotionID']],
  ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
  ['Način plaćanja', (c, o) => row(['Kartica', 'Kartica', 'KEKS Pay', 'Google Pay', 'Apple Pay', 'Aircash'], n(o) % 6), [OR('payments[0].paymentType')]],
  ['Status', (c, o) => enSt(o), [], opt],
  ['Ime', (c) => hr(c).first, []],
  ['Prezime', (c) => hr(c).last, []],
  ['E-mail', (c) => hr(c).mail, EMAIL_ID],
  ['Mobitel', (c) => (n(c) % 6 === 0 ? '' : `+385 ${hr(c).mobile.slice(1)}`), PHONE_ID],
  ['Grad', (c) => (n(c) % 4 === 0 ? '' : hr(c).city), [BILL('city')], opt],
  ['Država', (c) => (n(c) % 4 === 0 ? '' : n(c) % 15 === 0 ? 'Slovenija' : 'Hrvatska'), [BILL('country')], opt],
  ['Ulaz', (c, o) => (enScan(o) ? 'Da' : 'Ne'), []],
  ['Vrijeme ulaza', (c, o) => (enScan(o) ? `${enEv(o)[1].slice(0, 11)} ${pad(20 + (n(o) % 3))}:${pad((n(o) * 7) % 60)}` : ''), []],
  ['Privola za obavijesti', (c) => (c.bool ? 'Da' : 'Ne'), [], opt],
] }

// ---------------------------------------------------------------- 3. Nody custom order export (cs, E)
// a Brno board-game shop; Zásilkovna, PPL and Česká pošta parcels, cash on delivery common
const ND_ITEM = [['HRA-KARC', 'Carcassonne – základní hra', 649], ['HRA-DIX', 'Dixit', 799], ['HRA-CODN', 'Krycí jména', 449], ['HRA-WING', 'Na křídlech', 1490], ['HRA-CAT', 'Osadníci z Katanu', 999], ['PRI-OBAL', 'Obaly na karty 100 ks', 89]]
const ndItem = (o) => row(ND_ITEM, n(o) % 6)
const ndQty = (o) => (ndItem(o)[2] < 100 ? 1 + o.qty : Math.min(o.qty, 2))
const ndSub = (o) => ndItem(o)[2] * ndQty(o)
const ndShipBy = (o) => row(['Zásilkovna – výdejní místo', 'PPL', 'Česká pošta – Balík Do ruky', 'Zásilkovna – výdejní místo', 'Česká pošta – Balík Na poštu', 'Osobní odběr Brno'], (n(o) >> 1) % 6)
const ndPost = (o) => ndShipBy(o).startsWith('Česká pošta')
const ndShip = (o) => (ndSub(o) >= 1500 || ndShipBy(o).startsWith('Osobní') ? 0 : ndShipBy(o).startsWith('Zásilkovna') ? 79 : ndPost(o) ? 119 : 109)
const ndPay = (o) => row(['Platba kartou online', 'Dobírka', 'Bankovní převod', 'Platba kartou online', 'Dobírka', 'Google Pay'], n(o) % 6)
const ndCod = (o) => (ndPay(o) === 'Dobírka' ? 39 : 0)
const ndTotal = (o) => ndSub(o) + ndShip(o) + ndCod(o)
const ndAt = (o) => Date.UTC(2025, 0, 10) + ((n(o) * 7919) % (300 * 86400)) * 1000
const ndFirm = (c) => (n(c) % 9 === 0 ? row(['Deskohraní z.s.', 'Kavárna U Kostky s.r.o.', 'ZŠ Bakalovo nábřeží'], n(c) % 3) : '')
const ndCzk = (x) => dec(x)
const SET_ND = { name: 'nody-export-objednavek-cz', product: 'Nody (administrace e-shopu: Objednávky > Export, vlastní typ exportu CSV, one row per order, Czech UI, a Brno board-game shop, Europe/Prague, CZK)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
  ['Číslo objednávky', (c, o) => `25${pad((n(o) * 7919) % 100000, 5)}`, ['_id', OR('purchaseID')]],
  ['Datum vytvoření', (c, o) => dmyHm(cet(ndAt(o))), ['timestamp']],
  ['Stav', (c, o) => row(['Vyřízena', 'Odeslána', 'Vyřízena', 'Nová', 'Čeká na platbu', 'Stornována', 'Vyřízena'], n(o) % 7), [], opt],
  ['E-mail', (c) => cz(c).mail, EMAIL_ID],
  ['Telefon', (c) => `+420 ${cz(c).mobile}`, PHONE_ID],
  ['Firma', (c) => ndFirm(c), [], opt],
  ['Jméno', (c) => cz(c).first, []],
  ['Příjmení', (c) => cz(c).last, []],
  ['Jméno a příjmení', (c) => `${cz(c).first} ${cz(c).last}`, []],
  ['Firma nebo příjmení', (c) => ndFirm(c) || cz(c).last, [], opt],
  ['Ulice', (c) => cz(c).streetName, [SHIP('street1')]],
  ['Číslo domu', (c) => `${cz(c).no}${n(c) % 3 === 0 ? `/${v.int(seeded(c, 'co'), 2, 40)}` : ''}`, [SHIP('street1'), SHIP('street2')], opt],
  ['Město', (c) => cz(c).city, [SHIP('city')]],
  ['PSČ', (c) => cz(c).zip, [SHIP('postalCode')]],
  ['Stát', (c) => (n(c) % 14 === 0 ? 'Slovensko' : 'Česká republika'), [SHIP('country')]],
  ['Doprava', (c, o) => ndShipBy(o), ['commerce.shipping.shippingMethod']],
  ['Platba', (c, o) => ndPay(o), [OR('payments[0].paymentType')]],
  ['Druh zásilky', (c, o) => (ndPost(o) ? (ndShipBy(o).endsWith('Na poštu') ? 'NP' : 'DR') : ''), []],
  ['Doplňkové služby', (c, o) => (ndPost(o) ? (ndPay(o) === 'Dobírka' ? '41+M+S' : 'M+S') : ''), []],
  ['Produkty', (c, o) => `${ndQty(o)}× ${ndItem(o)[1]}`, [PL('name')], opt],
  ['Kód produktu', (c, o) => ndItem(o)[0], [PL('SKU')]],
  ['Cena dopravy', (c, o) => ndCzk(ndShip(o)), ['commerce.shipping.shippingAmount']],
  ['Cena platby', (c, o) => ndCzk(ndCod(o)), []],
  ['Celková cena', (c, o) => ndCzk(ndTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Dobírka', (c, o) => (ndPay(o) === 'Dobírka' ? ndCzk(ndTotal(o)) : '0,00'), [], opt],
  ['Měna', () => 'CZK', [OR('currencyCode')]],
  ['Variabilní symbol', (c, o) => `25${pad((n(o) * 7919) % 100000, 5)}`, [], opt],
  ['Poznámka', (c, o) => row(['', '', 'Prosím zabalit jako dárek', '', 'Volejte před doručením', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 4. Interticket sales report (hu, E)
// a Budapest chamber-music series; one row per online purchase, seats in the stalls or the balcony
const IT_EV = [['Kodály Vonósnégyes – Beethoven-est', '2025.11.20. 19:30', 'Zeneakadémia, Solti terem'], ['Dohnányi-kamarazene', '2025.12.04. 19:30', 'Budapest Music Center'], ['Adventi barokk est', '2025.12.14. 18:00', 'Óbudai Társaskör']]
const IT_CAT = [['I. árkategória', 6900], ['II. árkategória', 5400], ['III. árkategória', 3900], ['Diák/nyugdíjas', 2900], ['II. árkategória', 5400]]
const itEv = (o) => row(IT_EV, n(o) % 3)
const itCat = (o) => row(IT_CAT, (n(o) >> 1) % 5)
const itQty = (o) => 1 + (n(o) % 4 === 0 ? 0 : 1) + (n(o) % 11 === 0 ? 2 : 0)
const itFee = (o) => 350 * itQty(o)
const itDisc = (o) => (n(o) % 8 === 0 ? Math.round(itCat(o)[1] * itQty(o) * 0.1) : 0)
const itTotal = (o) => itCat(o)[1] * itQty(o) + itFee(o) - itDisc(o)
const itAt = (o) => Date.UTC(2025, 8, 15) + ((n(o) * 7919) % (60 * 86400)) * 1000
const itSt = (o) => (n(o) % 19 === 0 ? 'Visszatérítve' : 'Sikeres')
const itSeat = (o) => { const s = 1 + (n(o) * 7) % 20; return `${n(o) % 3 === 0 ? 'Erkély' : 'Földszint'}, ${1 + (n(o) % 18)}. sor, ${s}${itQty(o) > 1 ? `-${s + itQty(o) - 1}` : ''}. szék` }
const huf = (x) => group(x, ' ')
const SET_IT = { name: 'interticket-eladasok-export-hu', product: 'Interticket (szervezői felület: Riportok > Eladások listája > Exportálás Excelbe, one row per online purchase, Hungarian UI, a Budapest chamber-music series, Europe/Budapest, HUF)', family: 'events', language: 'hu', schema: E, cols: [
  ['Tranzakció azonosító', (c, o) => String(48000000 + (n(o) * 7919) % 1000000), ['_id', OR('purchaseID')]],
  ['Vásárlás időpontja', (c, o) => { const p = cet(itAt(o)); return `${ymd(p, '.')}. ${hms(p)}` }, ['timestamp']],
  ['Előadás', (c, o) => itEv(o)[0], [], opt],
  ['Előadás időpontja', (c, o) => itEv(o)[1], []],
  ['Helyszín', (c, o) => itEv(o)[2], [], opt],
  ['Árkategória', (c, o) => itCat(o)[0], [PL('name')], opt],
  ['Hely', (c, o) => itSeat(o), []],
  ['Jegyek száma', (c, o) => String(itQty(o)), [PL('quantity')]],
  ['Jegyár', (c, o) => huf(itCat(o)[1]), [], opt],
  ['Kezelési költség', (c, o) => huf(itFee(o)), []],
  ['Kedvezmény', (c, o) => huf(itDisc(o)), [OR('discountAmount')]],
  ['Kuponkód', (c, o) => (itDisc(o) ? 'BERLET10' : ''), ['commerce.promotionID']],
  ['Fizetendő összeg', (c, o) => huf(itTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Pénznem', () => 'HUF', [OR('currencyCode')]],
  ['Fizetési mód', (c, o) => row(['Bankkártya', 'Bankkártya', 'SZÉP-kártya (OTP)', 'Apple Pay', 'Ajándékutalvány', 'SZÉP-kártya (K&H)'], n(o) % 6), [OR('payments[0].paymentType')]],
  ['Kézbesítés módja', (c, o) => row(['E-jegy (PDF)', 'Mobiljegy', 'E-jegy (PDF)', 'Helyszíni átvétel'], n(o) % 4), ['commerce.shipping.shippingMethod'], opt],
  ['Állapot', (c, o) => itSt(o), [], opt],
  ['Vevő neve', (c) => `${hu(c).last} ${hu(c).first}`, []],
  ['E-mail cím', (c) => hu(c).mail, EMAIL_ID],
  ['Telefonszám', (c) => (n(c) % 5 === 0 ? '' : hu(c).mobile), PHONE_ID],
  ['Irányítószám', (c) => hu(c).zip, [BILL('postalCode')], opt],
  ['Település', (c) => hu(c).city, [BILL('city')], opt],
  ['Hírlevél', (c) => (c.bool ? 'Igen' : 'Nem'), [], opt],
] }

// ---------------------------------------------------------------- 5. Bookio client list (sk, P)
// a two-chair hair salon in Bratislava-Ružinov; clients from online booking and added at the desk
const bkSrc = (c) => row(['Online rezervácia', 'Pridaný manuálne', 'Online rezervácia', 'Import', 'Online rezervácia'], n(c) % 5)
const bkVisits = (c) => (n(c) * 7) % 34
const SET_BK = { name: 'bookio-klienti-export-sk', product: 'Bookio (administrácia: Klienti > Exportovať do Excelu, one row per client, Slovak UI, a Bratislava hair salon\'s client list)', family: 'crm', language: 'sk', schema: P, cols: [
  ['ID', (c) => String(2100000 + (n(c) * 13) % 900000), ID],
  ['Meno', (c) => sk(c).first, ['person.name.firstName']],
  ['Priezvisko', (c) => sk(c).last, ['person.name.lastName']],
  ['E-mail', (c) => (bkSrc(c) === 'Pridaný manuálne' && n(c) % 2 ? '' : sk(c).mail), ['personalEmail.address']],
  ['Telefón', (c) => `+421 ${sk(c).mobile.slice(1)}`, ['mobilePhone.number']],
  ['Pohlavie', (c) => (n(c) % 7 === 0 ? '' : sk(c).female ? 'Žena' : 'Muž'), ['person.gender']],
  ['Dátum narodenia', (c) => (n(c) % 3 === 0 ? '' : dmy(cet(sk(c).birth))), ['person.birthDate']],
  ['Ulica', (c) => (n(c) % 4 === 0 ? '' : sk(c).street), HOMES('street1')],
  ['Mesto', (c) => (n(c) % 4 === 0 ? '' : sk(c).city), HOMES('city')],
  ['PSČ', (c) => (n(c) % 4 === 0 ? '' : sk(c).zip), HOMES('postalCode')],
  ['Krajina', (c) => (n(c) % 4 === 0 ? '' : 'Slovensko'), HOMES('country')],
  ['Zdroj', (c) => bkSrc(c), [], opt],
  ['Vytvorený', (c) => dmyHm(cet(Math.min(c.created, c.updated))), [], opt],
  ['Počet rezervácií', (c) => String(bkVisits(c)), []],
  ['Posledná rezervácia', (c) => (bkVisits(c) ? dmy(cet(Math.max(c.created, c.updated))) : ''), []],
  ['Nedostavil sa', (c) => String(n(c) % 9 === 0 ? 2 : n(c) % 5 === 0 ? 1 : 0), []],
  ['Zľava', (c) => (n(c) % 6 === 0 ? '10 %' : ''), []],
  ['Súhlas so zasielaním noviniek', (c) => (c.bool ? 'Áno' : 'Nie'), [], opt],
  ['Blokovaný', (c) => (n(c) % 41 === 0 ? 'Áno' : 'Nie'), []],
  ['Poznámka', (c) => row(['', 'Farba: Wella 7/1 + 6 % oxid.', '', 'Alergia na PPD', '', 'Chce vždy Zuzku'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 6. POSbistro loyalty members (pl, P)
// a Kraków restaurant group's points program (1 pkt per 1 zł), three venues
const pbPts = (c) => (n(c) * 37) % 2400
const pbRed = (c) => (n(c) * 11) % 900
const pbSum = (c) => (pbPts(c) + pbRed(c)) * 1 + ((n(c) * 13) % 100) / 100
const pbTier = (c) => (pbPts(c) + pbRed(c) >= 2000 ? 'Złoty' : pbPts(c) + pbRed(c) >= 800 ? 'Srebrny' : 'Brązowy')
const SET_PB = { name: 'posbistro-klienci-program-lojalnosciowy-pl', product: 'POSbistro (panel: Klienci > Lista klientów > Eksportuj do CSV, one row per loyalty-program member, Polish UI, a Kraków restaurant group\'s points program)', family: 'loyalty', language: 'pl', schema: P, cols: [
  ['ID klienta', (c) => String(50000 + (n(c) * 17) % 40000), ID],
  ['Numer karty', (c) => `PB${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
  ['Imię', (c) => pl(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
  ['Telefon', (c) => `+48 ${pl(c).mobile}`, ['mobilePhone.number']],
  ['E-mail', (c) => (n(c) % 5 === 0 ? '' : pl(c).mail), ['personalEmail.address']],
  ['Data urodzenia', (c) => (n(c) % 4 === 0 ? '' : ymd(cet(pl(c).birth))), ['person.birthDate']],
  ['Płeć', (c) => (n(c) % 6 === 0 ? '' : pl(c).female ? 'Kobieta' : 'Mężczyzna'), ['person.gender']],
  ['Ulica', (c) => (n(c) % 3 === 0 ? '' : pl(c).street), HOMES('street1'), opt],
  ['Kod pocztowy', (c) => (n(c) % 3 === 0 ? '' : pl(c).zip), HOMES('postalCode')],
  ['Miasto', (c) => (n(c) % 3 === 0 ? '' : pl(c).city), HOMES('city')],
  ['Data dołączenia', (c) => ymd(cet(Math.min(c.created, c.updated))), ['loyalty.joinDate']],
  ['Lokal rejestracji', (c) => row(['Kazimierz – Szeroka', 'Stare Miasto – Grodzka', 'Podgórze – Zabłocie'], n(c) % 3), [], opt],
  ['Poziom', (c) => pbTier(c), ['loyalty.tier']],
  ['Punkty', (c) => String(pbPts(c)), ['loyalty.points']],
  ['Wykorzystane punkty', (c) => String(pbRed(c)), ['loyalty.pointsRedeemed']],
  ['Liczba wizyt', (c) => String(1 + (n(c) * 3) % 40), []],
  ['Suma zakupów', (c) => thou(pbSum(c), ' ', ','), ['loyalty.lifetimePurchases'], opt],
  ['Ostatnia wizyta', (c) => `${ymd(cet(Math.max(c.created, c.updated)))} ${hm(cet(Math.max(c.created, c.updated)))}`, []],
  ['Rabat stały', (c) => (pbTier(c) === 'Złoty' ? '10%' : pbTier(c) === 'Srebrny' ? '5%' : '0%'), [], opt],
  ['Zgoda SMS', (c) => (c.bool ? 'Tak' : 'Nie'), [], opt],
  ['Zgoda e-mail', (c) => (c.bool && n(c) % 3 ? 'Tak' : 'Nie'), [], opt],
] }

// ---------------------------------------------------------------- 7. Bizi.si company list export (sl, B)
// a Ljubljana HR-software vendor's prospects: Slovenian SMEs of 20-250 staff, the register's responsible person
const BZ_CO = [
  ['Elektro Kovač d.o.o.', 'Tržaška cesta 132', '1000', 'Ljubljana', 'Ljubljana', 'Osrednjeslovenska', '43.210 Inštaliranje električnih napeljav in naprav', 'elektro-kovac.si', '01', 48],
  ['Mizarstvo Hribar d.o.o.', 'Industrijska cesta 8', '1290', 'Grosuplje', 'Grosuplje', 'Osrednjeslovenska', '31.090 Proizvodnja drugega pohištva', 'hribar-pohistvo.si', '01', 36],
  ['Tehnoplast Celje d.o.o.', 'Bežigrajska cesta 10', '3000', 'Celje', 'Celje', 'Savinjska', '22.290 Proizvodnja drugih izdelkov iz plastičnih mas', 'tehnoplast.si', '03', 112],
  ['Logistika Podravje d.o.o.', 'Tržaška cesta 63', '2000', 'Maribor', 'Maribor', 'Podravska', '49.410 Cestni tovorni promet', 'logistika-podravje.si', '02', 87],
  ['Gorenjska pekarna d.d.', 'Ljubljanska cesta 45', '4260', 'Bled', 'Bled', 'Gorenjska', '10.710 Proizvodnja kruha, svežega peciva in slaščic', 'gorenjska-pekarna.si', '04', 164],
  ['Adria Info d.o.o.', 'Ferrarska ulica 14', '6000', 'Koper - Capodistria', 'Koper', 'Obalno-kraška', '62.010 Računalniško programiranje', 'adriainfo.si', '05', 29],
  ['Dolenjski gradbenik d.o.o.', 'Podbevškova ulica 21', '8000', 'Novo mesto', 'Novo mesto', 'Jugovzhodna Slovenija', '41.200 Gradnja stanovanjskih in nestanovanjskih stavb', 'dolenjski-gradbenik.si', '07', 58],
]
const bzCo = (c) => row(BZ_CO, n(c) % 7)
const bzTel = (c) => `${bzCo(c)[8]} ${v.int(seeded(c, 't'), 200, 799)} ${pad((n(c) * 13) % 100, 2)} ${pad((n(c) * 7) % 100, 2)}`
const bzRev = (c) => bzCo(c)[9] * (62000 + (n(c) * 131) % 40000)
const SET_BZ = { name: 'bizi-si-izvoz-podjetij-si', product: 'Bizi.si (Iskalnik podjetij > Napredno iskanje > rezultati > Izvoz v Excel, one row per company with its responsible person, Slovenian UI, a Ljubljana HR-software vendor\'s prospect list of Slovenian SMEs)', family: 'b2b-leads', language: 'sl', schema: B, cols: [
  ['Naziv', (c) => bzCo(c)[0], CO],
  ['Naslov', (c) => bzCo(c)[1], [W('street1')]],
  ['Poštna številka', (c) => bzCo(c)[2], [W('postalCode')]],
  ['Pošta', (c) => bzCo(c)[3], [W('city')]],
  ['Občina', (c) => bzCo(c)[4], [], opt],
  ['Statistična regija', (c) => bzCo(c)[5], [W('region'), ...STATE(['workAddress'])], opt],
  ['Matična številka', (c) => `${pad(((n(c) % 7) * 7919 + 1523) * 131 % 10000000, 7)}000`, ACCT, opt],
  ['Davčna številka', (c) => `SI${pad(((n(c) % 7) * 104729 + 31337) * 97 % 100000000, 8)}`, ACCT, opt],
  ['Zavezanec za DDV', () => 'DA', []],
  ['Pravnoorganizacijska oblika', (c) => (bzCo(c)[0].endsWith('d.d.') ? 'Delniška družba' : 'Družba z omejeno odgovornostjo'), []],
  ['Datum vpisa', (c) => dmy(cet(Date.UTC(1991, 0, 1) + (((n(c) % 7) * 1777) % 11000) * day)), []],
  ['Glavna dejavnost (SKD 2008)', (c) => bzCo(c)[6], []],
  ['Odgovorna oseba', (c) => `${sl(c).first} ${sl(c).last}`, ['person.name.fullName']],
  ['Funkcija', (c) => (bzCo(c)[0].endsWith('d.d.') ? 'Predsednik uprave' : row(['Direktor', 'Direktorica', 'Prokurist'], sl(c).female ? 1 : n(c) % 5 === 0 ? 2 : 0)), ['extendedWorkDetails.jobTitle']],
  ['Telefon', (c) => bzTel(c), ['workPhone.number']],
  ['Mobilni telefon', (c) => (n(c) % 3 === 0 ? sl(c).mobile : ''), ['mobilePhone.number'], opt],
  ['E-pošta', (c) => (n(c) % 3 === 1 ? `${asc(sl(c).first)}.${asc(sl(c).last)}@${bzCo(c)[7]}` : `info@${bzCo(c)[7]}`), WE],
  ['Spletna stran', (c) => `www.${bzCo(c)[7]}`, ['b2b.companyWebsite']],
  ['Število zaposlenih', (c) => String(bzCo(c)[9]), []],
  ['Velikost', (c) => (bzCo(c)[9] >= 50 ? 'Srednja' : 'Majhna'), []],
  ['Prihodki (EUR)', (c) => thou(bzRev(c), '.', ','), []],
  ['Čisti poslovni izid (EUR)', (c) => thou(bzRev(c) * (0.02 + ((n(c) % 7) / 100)), '.', ','), []],
] }

// ---------------------------------------------------------------- 8. Konfeo participant list (pl, B)
// a one-day e-commerce logistics conference in Gdańsk; invoice data belongs to the attendee's company
const KF_CO = [
  ['Bałtycka Logistyka Sp. z o.o.', 'baltyckalogistyka.pl', 'ul. Przemysłowa 12', '80-542', 'Gdańsk', '584'],
  ['Sklep Meblowy Dąb S.A.', 'meble-dab.pl', 'ul. Fabryczna 5', '90-344', 'Łódź', '727'],
  ['Fulfillment Hub Poznań Sp. z o.o.', 'fhpoznan.pl', 'ul. Gnieźnieńska 100', '62-006', 'Kobylnica', '777'],
  ['KosmetykiNaturalne.pl Sp. z o.o.', 'kosmetykinaturalne.pl', 'ul. Jagiellońska 74', '03-301', 'Warszawa', '524'],
  ['Trans-Pak Sp. j.', 'transpak.com.pl', 'ul. Kwiatkowskiego 8', '81-577', 'Gdynia', '586'],
  ['Sportownia Sp. z o.o.', 'sportownia.pl', 'ul. Krakowska 29', '50-424', 'Wrocław', '899'],
]
const KF_TK = [['Bilet standard', 699], ['Bilet standard', 699], ['Early bird', 499], ['Bilet VIP + kolacja networkingowa', 1290], ['Bilet dla e-sklepów (partner)', 0]]
const kfCo = (c) => row(KF_CO, n(c) % 6)
const kfTk = (c) => row(KF_TK, (n(c) >> 1) % 5)
const kfSt = (c) => (kfTk(c)[1] === 0 ? 'Potwierdzone' : n(c) % 13 === 0 ? 'Anulowane' : n(c) % 6 === 0 ? 'Nieopłacone' : 'Opłacone')
const kfAt = (c) => Date.UTC(2025, 6, 1) + ((n(c) * 7919) % (90 * 86400)) * 1000
const kfNip = (c) => `${kfCo(c)[5]}${pad((n(c) % 6) * 1234567 % 10000000, 7)}`
const SET_KF = { name: 'konfeo-lista-uczestnikow-pl', product: 'Konfeo (panel organizatora: Wydarzenia > wydarzenie > Uczestnicy > Eksport do Excela, one row per participant, Polish UI, a Gdańsk one-day e-commerce logistics conference, Europe/Warsaw, PLN)', family: 'b2b-leads', language: 'pl', schema: B, cols: [
  ['Nr zgłoszenia', (c) => String(310000 + (n(c) * 13) % 90000), B2BID],
  ['Data zgłoszenia', (c) => { const p = cet(kfAt(c)); return `${ymd(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Status', (c) => kfSt(c), [], opt],
  ['Rodzaj biletu', (c) => kfTk(c)[0], [], opt],
  ['Kwota', (c) => `${thou(kfTk(c)[1], ' ', ',')} zł`, []],
  ['Imię', (c) => pl(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
  ['E-mail', (c) => `${asc(pl(c).first)}.${asc(pl(c).last)}@${kfCo(c)[1]}`, WE],
  ['Telefon', (c) => `+48 ${pl(c).mobile}`, ['workPhone.number', 'mobilePhone.number']],
  ['Firma', (c) => kfCo(c)[0], CO],
  ['Stanowisko', (c) => row(['Kierownik logistyki', 'Head of E-commerce', 'Dyrektor operacyjny', 'Specjalista ds. zakupów', 'Właściciel', 'Kierownik magazynu'], (n(c) >> 2) % 6), ['extendedWorkDetails.jobTitle']],
  ['Faktura', (c) => (kfTk(c)[1] ? 'Tak' : 'Nie'), []],
  ['Nazwa nabywcy', (c) => (kfTk(c)[1] ? kfCo(c)[0] : ''), CO, opt],
  ['NIP', (c) => (kfTk(c)[1] ? kfNip(c) : ''), ACCT, opt],
  ['Ulica i numer', (c) => (kfTk(c)[1] ? kfCo(c)[2] : ''), [W('street1')]],
  ['Kod pocztowy', (c) => (kfTk(c)[1] ? kfCo(c)[3] : ''), [W('postalCode')]],
  ['Miejscowość', (c) => (kfTk(c)[1] ? kfCo(c)[4] : ''), [W('city')]],
  ['Warsztaty popołudniowe', (c) => row(['Automatyzacja magazynu', 'Zwroty w e-commerce', 'Nie biorę udziału', 'Automatyzacja magazynu'], n(c) % 4), []],
  ['Preferencje żywieniowe', (c) => row(['Brak', 'Brak', 'Wegetariańska', 'Brak', 'Bezglutenowa', 'Wegańska'], n(c) % 6), []],
  ['Obecność', (c) => (kfSt(c) === 'Anulowane' ? '' : n(c) % 7 === 0 ? 'Nieobecny' : 'Obecny'), []],
  ['Zgoda na newsletter organizatora', (c) => (c.bool ? 'Tak' : 'Nie'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

export const SETS = [SET_SA, SET_EN, SET_ND, SET_IT, SET_BK, SET_PB, SET_BZ, SET_KF]
