// Round 96, heldout96: held-out sets written apart by a helper that never opened the suggester or a score. Same format
// as sets.mjs (sources in ../README.md). German-language products of Germany, Austria and Switzerland: a print-on-demand
// shop's sales, a newsletter tool's recipients, a Swiss booking tool's customers, a club-management member list, a
// real-estate CRM's contacts, an instalment-purchase provider's transactions, an Austrian mobile-payment provider's
// transactions, an ERP's contact persons, a Swiss ERP's contacts, a loyalty app's members, an ERP's invoice list and a
// Swiss restaurant-reservation book.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// Central European time (+1, +2 in summer), written without offset
const cet = (ms) => shift(ms, [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const dDate = (ms) => dmy(cet(ms))
const dTime = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const dTimeS = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const bdate = (c) => dmy(v.parts(c.birth))
// amounts: German/Austrian 1.234,56; Swiss 1'234.50; plain 1234.56
const eur = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const chf = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, "'")}.${b}` }
const dot2 = (n) => (Math.round(n * 100) / 100).toFixed(2)
const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const ID = ['_id', 'personID']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const CO = ['b2b.companyName', 'organizations[0]']
const STORE = ['commerce.commerceScope.storeCode']
const W = ['workAddress']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region, area code]
const LOC = {
  de: {
    first: [['Lukas', 'Anna'], ['Jonas', 'Lea'], ['Felix', 'Sophie'], ['Maximilian', 'Marie'], ['Paul', 'Katharina'], ['Stefan', 'Sabine'], ['Thomas', 'Julia'], ['Michael', 'Laura'], ['Tobias', 'Sarah'], ['Andreas', 'Claudia'], ['Florian', 'Lena'], ['Markus', 'Nicole']],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann'],
    places: [['Berlin', '10437', 'Berlin', '030'], ['Hamburg', '22767', 'Hamburg', '040'], ['München', '80469', 'Bayern', '089'], ['Köln', '50667', 'Nordrhein-Westfalen', '0221'], ['Frankfurt am Main', '60311', 'Hessen', '069'], ['Leipzig', '04109', 'Sachsen', '0341'], ['Stuttgart', '70173', 'Baden-Württemberg', '0711'], ['Freiburg im Breisgau', '79098', 'Baden-Württemberg', '0761'], ['Nürnberg', '90402', 'Bayern', '0911'], ['Dresden', '01067', 'Sachsen', '0351'], ['Hannover', '30159', 'Niedersachsen', '0511'], ['Düsseldorf', '40213', 'Nordrhein-Westfalen', '0211']],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Schillerstraße', 'Lindenweg', 'Gartenstraße', 'Kastanienallee', 'Bergstraße', 'Am Markt', 'Friedrichstraße', 'Kirchgasse', 'Rosenweg'],
    mobiles: ['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179'],
    mail: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'gmx.net', 'posteo.de', 'outlook.de', 'icloud.com'],
  },
  at: {
    first: [['Lukas', 'Anna'], ['David', 'Lena'], ['Tobias', 'Sarah'], ['Florian', 'Julia'], ['Stefan', 'Katharina'], ['Markus', 'Christina'], ['Andreas', 'Elisabeth'], ['Matthias', 'Theresa']],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schmid', 'Winkler'],
    places: [['Graz', '8010', 'Steiermark', '0316'], ['Graz', '8020', 'Steiermark', '0316'], ['Wien', '1070', 'Wien', '01'], ['Gleisdorf', '8200', 'Steiermark', '03112'], ['Leibnitz', '8430', 'Steiermark', '03452'], ['Seiersberg-Pirka', '8054', 'Steiermark', '0316']],
    streets: ['Annenstraße', 'Herrengasse', 'Grazer Straße', 'Kirchengasse', 'Schulgasse', 'Keplerstraße', 'Leonhardstraße', 'Hauptplatz'],
    mobiles: ['650', '660', '664', '676', '680', '681', '688', '699'],
    mail: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net', 'outlook.com'],
  },
  ch: {
    first: [['Luca', 'Mia'], ['Noah', 'Lena'], ['Leon', 'Laura'], ['Simon', 'Sarah'], ['Daniel', 'Nadine'], ['Reto', 'Andrea'], ['Urs', 'Corinne'], ['Beat', 'Sandra'], ['Marco', 'Nicole'], ['Lukas', 'Céline']],
    last: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Meyer', 'Schneider', 'Steiner', 'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser', 'Widmer', 'Wyss', 'Graf', 'Roth'],
    places: [['Zürich', '8004', 'ZH', '044'], ['Zürich', '8032', 'ZH', '044'], ['Winterthur', '8400', 'ZH', '052'], ['Bern', '3011', 'BE', '031'], ['Basel', '4051', 'BS', '061'], ['Luzern', '6003', 'LU', '041'], ['St. Gallen', '9000', 'SG', '071'], ['Zug', '6300', 'ZG', '041'], ['Uster', '8610', 'ZH', '044'], ['Baden', '5400', 'AG', '056']],
    streets: ['Bahnhofstrasse', 'Seestrasse', 'Dorfstrasse', 'Hauptstrasse', 'Kirchweg', 'Badenerstrasse', 'Bernstrasse', 'Rosenweg', 'Langstrasse', 'Zürcherstrasse'],
    mobiles: ['76', '77', '78', '79'],
    mail: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch', 'hispeed.ch', 'outlook.com'],
  },
}
const memo = new Map()
const loc = (c, k) => {
  const key = `${k}${c.id}${c.first}`
  if (memo.has(key)) return memo.get(key)
  const L = LOC[k]
  const r = v.rng(+c.id * 37 + c.last.length * 11 + k.length)
  const female = r() < 0.5
  const first = v.pick(r, L.first)[female ? 1 : 0], last = v.pick(r, L.last)
  const [city, plz, region, pref] = v.pick(r, L.places)
  const mob = v.pick(r, L.mobiles)
  const p = { first, last, full: `${first} ${last}`, female, city, plz, region, pref, mob,
    street: `${v.pick(r, L.streets)} ${v.int(r, 1, 140)}${r() < 0.12 ? v.pick(r, ['a', 'b']) : ''}`,
    num: v.int(r, 1000000, 9999999), mnum: v.int(r, 1000000, 99999999),
    email: `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.45 ? v.int(r, 60, 99) : ''}@${v.pick(r, L.mail)}` }
  // national and international writings of the numbers
  if (k === 'de') {
    p.tel = `${pref} ${String(p.num).slice(0, 7 - (pref.length - 3))}`
    p.telIntl = `+49 ${pref.slice(1)} ${String(p.num).slice(0, 7 - (pref.length - 3))}`
    p.mobile = `0${mob} ${p.mnum}`
    p.mobileIntl = `+49 ${mob} ${p.mnum}`
  } else if (k === 'at') {
    p.tel = `${pref} ${String(p.num).slice(0, 6)}`
    p.mobile = `0${mob} ${String(p.mnum).slice(0, 7)}`
    p.mobileIntl = `+43 ${mob} ${String(p.mnum).slice(0, 7)}`
  } else {
    const n = String(p.num)
    p.tel = `${pref} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`
    p.telIntl = `+41 ${pref.slice(1)} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`
    p.mobile = `0${mob} ${n.slice(1, 4)} ${n.slice(4, 6)} ${n.slice(5, 7)}`
    p.mobileIntl = `+41 ${mob} ${n.slice(1, 4)} ${n.slice(4, 6)} ${n.slice(5, 7)}`
  }
  memo.set(key, p)
  return p
}
const de = (c) => loc(c, 'de')
const ch = (c) => loc(c, 'ch')
const anrede = (p) => (p.female ? 'Frau' : 'Herr')
const upd = (c) => c.created + ((+c.id % 500) + 1) * day + (+c.id % 86400) * 1000

// ---------------------------------------------------------------- catalogues and companies
// Spreadshirt: a Leipzig indie band's merch: [Produkttyp, Produkttyp-ID, Preis]
const MERCH = [['Männer Premium T-Shirt', '812', 24.99], ['Frauen Premium T-Shirt', '813', 24.99], ['Unisex Bio-Hoodie', '1446', 44.99], ['Tasse einfarbig', '31', 16.99], ['Stoffbeutel', '1209', 14.99], ['Männer Bio-T-Shirt', '1112', 26.99], ['Beanie', '1050', 19.99]]
const DESIGNS = [['1013472861', 'Tour 2024 Rückseite'], ['1013472905', 'Logo klein'], ['1013488120', 'Mond über Plagwitz'], ['1013501774', 'Lauter Leise Schriftzug']]
const COLORS = ['Schwarz', 'Weiß', 'Dunkelgrau meliert', 'Navy', 'Flaschengrün', 'Sand']
const SIZES = ['S', 'M', 'L', 'XL', 'XXL']
const SP_COUNTRIES = [['Deutschland', 'EUR'], ['Deutschland', 'EUR'], ['Deutschland', 'EUR'], ['Österreich', 'EUR'], ['Schweiz', 'CHF'], ['Niederlande', 'EUR']]
// büro+: a Swabian fastener wholesaler's customers: [Firma, Domain, Straße, PLZ, Ort, Vorwahl, USt-IdNr.]
const DE_CO = [['Maschinenbau Hertel GmbH', 'hertel-maschinenbau.de', 'Industriestraße 14', '73037', 'Göppingen', '07161', 'DE147253816'], ['Schwarz Fördertechnik GmbH & Co. KG', 'schwarz-foerdertechnik.de', 'Robert-Bosch-Straße 7', '72760', 'Reutlingen', '07121', 'DE812244907'], ['Elektro Bauer e.K.', 'elektro-bauer-es.de', 'Mettinger Straße 112', '73728', 'Esslingen am Neckar', '0711', 'DE290137745'], ['Kälte-Klima Renz GmbH', 'renz-kaelte.de', 'Gewerbepark 3', '71332', 'Waiblingen', '07151', 'DE145598023'], ['Metallbau Kübler GmbH', 'kuebler-metallbau.de', 'Im Letten 22', '72488', 'Sigmaringen', '07571', 'DE203361947'], ['Holzmann Fensterbau GmbH', 'holzmann-fenster.de', 'Talstraße 41', '89073', 'Ulm', '0731', 'DE811570412'], ['Wieland Automation AG', 'wieland-automation.de', 'Siemensstraße 5', '74078', 'Heilbronn', '07131', 'DE146712093'], ['Stadtwerke Nürtingen GmbH', 'sw-nuertingen.de', 'Porschestraße 5', '72622', 'Nürtingen', '07022', 'DE146322571']]
const deCo = (c) => row(DE_CO, +c.id % 8)
const JOBS_DE = [['Einkaufsleiter', 'Einkaufsleiterin', 'Einkauf'], ['Geschäftsführer', 'Geschäftsführerin', 'Geschäftsleitung'], ['Technischer Leiter', 'Technische Leiterin', 'Technik'], ['Sachbearbeiter Einkauf', 'Sachbearbeiterin Einkauf', 'Einkauf'], ['Werkstattmeister', 'Werkstattmeisterin', 'Produktion'], ['Buchhalter', 'Buchhalterin', 'Buchhaltung'], ['Projektleiter', 'Projektleiterin', 'Projekte'], ['Lagerleiter', 'Lagerleiterin', 'Logistik']]
// PROFFIX: a Lucerne HVAC installer's customers: [Firma, Domain, Strasse, PLZ, Ort, Kanton]
const CH_CO = [['Immobilien Brunner AG', 'brunner-immo.ch', 'Pilatusstrasse 18', '6003', 'Luzern', 'LU'], ['Verwaltung Seeblick GmbH', 'seeblick-verwaltung.ch', 'Seestrasse 45', '6353', 'Weggis', 'LU'], ['Hotel Rigiblick Vitznau AG', 'rigiblick-vitznau.ch', 'Seestrasse 2', '6354', 'Vitznau', 'LU'], ['Gemeinde Kriens', 'kriens.ch', 'Schachenstrasse 13', '6010', 'Kriens', 'LU'], ['Schreinerei Arnold AG', 'schreinerei-arnold.ch', 'Industriestrasse 9', '6300', 'Zug', 'ZG'], ['Wohnbaugenossenschaft Sonnmatt', 'wbg-sonnmatt.ch', 'Sonnmattweg 4', '6020', 'Emmenbrücke', 'LU'], ['Bäckerei Bachmann AG', 'bachmann-beck.ch', 'Hertensteinstrasse 22', '6004', 'Luzern', 'LU'], ['Garage Amrein AG', 'amrein-garage.ch', 'Kantonsstrasse 60', '6048', 'Horw', 'LU']]
const chCo = (c) => row(CH_CO, +c.id % 8)
const JOBS_CH = [['Leiter Bewirtschaftung', 'Leiterin Bewirtschaftung', 'Bewirtschaftung'], ['Geschäftsführer', 'Geschäftsführerin', 'Geschäftsleitung'], ['Hauswart', 'Hauswartin', 'Technischer Dienst'], ['Leiter Technik', 'Leiterin Technik', 'Technik'], ['Sachbearbeiter Liegenschaften', 'Sachbearbeiterin Liegenschaften', 'Liegenschaften'], ['Inhaber', 'Inhaberin', 'Geschäftsleitung'], ['Leiter Finanzen', 'Leiterin Finanzen', 'Finanzen'], ['Betriebsleiter', 'Betriebsleiterin', 'Betrieb']]
// SelectLine: a Magdeburg office-furniture dealer's invoices: net amounts
const SL_CUST = [['Büro Kompetenz Magdeburg GmbH', 'Elbuferstraße 12', '39104', 'Magdeburg', 'einkauf@bk-magdeburg.de'], ['Steuerkanzlei Vogt & Partner', 'Breiter Weg 201', '39104', 'Magdeburg', 'kanzlei@vogt-partner.de'], ['Landkreis Börde', 'Gerikestraße 104', '39340', 'Haldensleben', 'beschaffung@boerdekreis.de'], ['IT-Systemhaus Kranz GmbH', 'Hansestraße 9', '39112', 'Magdeburg', 'info@kranz-it.de'], ['Zahnarztpraxis Dr. Lehmann', 'Halberstädter Straße 88', '39112', 'Magdeburg', 'praxis@zahnarzt-lehmann.de'], ['Stadtsparkasse Schönebeck', 'Friedrichstraße 100', '39218', 'Schönebeck (Elbe)', 'service@sparkasse-sbk.de']]
const slCust = (o) => row(SL_CUST, +o.id % 6)
const ecStatus = (o) => row(['Abgerechnet', 'In Abrechnung', 'Abgerechnet', 'Lieferung melden', 'Abgerechnet', 'Abgelaufen', 'Abgerechnet'], +o.id >> 2)
const lgStatus = (o) => row(['erschienen', 'bestätigt', 'erschienen', 'storniert', 'erschienen', 'No-Show', 'erschienen'], +o.id >> 3)
const slNet = (o) => Math.round((o.subtotal * 23 + 180) * 100) / 100

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (print on demand)
  { name: 'spreadshirt-partnerbereich-verkaeufe-de', product: 'Spreadshirt (Partnerbereich: Statistiken > Verkäufe > Export CSV, one row per sold item, German UI, a Leipzig indie band selling merch through its Spreadshop and the Spreadshirt marketplace)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(300000000 + +o.id * 2713 % 99999999), [OR('purchaseID')]],
    ['Verkaufsdatum', (c, o) => dDate(o.at), ['timestamp', OR('createdDate')]],
    ['Verkaufskanal', (c, o) => (+o.id % 4 === 3 ? 'Spreadshirt Marktplatz' : 'Spreadshop'), [], opt],
    ['Shop', (c, o) => (+o.id % 4 === 3 ? '' : 'lauterleise-merch'), STORE, opt],
    ['Status', (c, o, r) => v.pick(r, ['Versendet', 'Versendet', 'Zugestellt', 'In Produktion', 'Storniert']), [], opt],
    ['Design-ID', (c, o) => row(DESIGNS, +o.id >> 1)[0], [], opt],
    ['Design', (c, o) => row(DESIGNS, +o.id >> 1)[1], [], opt],
    ['Produkt-ID', (c, o, r) => `${v.int(r, 1000, 9999)}${v.hex(r, 4)}${v.int(r, 10, 99)}`, [PL('SKU')], opt],
    ['Produkttyp', (c, o, r, i) => row(MERCH, i + +o.id)[0], [PL('name')]],
    ['Produkttyp-ID', (c, o, r, i) => row(MERCH, i + +o.id)[1], [PL('SKU')], opt],
    ['Farbe', (c, o) => row(COLORS, +o.id), [PL('selectedOptions[0].value')], opt],
    ['Größe', (c, o, r, i) => (row(MERCH, i + +o.id)[0].startsWith('Tasse') || row(MERCH, i + +o.id)[0] === 'Stoffbeutel' || row(MERCH, i + +o.id)[0] === 'Beanie' ? 'Einheitsgröße' : row(SIZES, +o.id >> 2)), [PL('selectedOptions[0].value')], opt],
    ['Anzahl', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Lieferland', (c, o) => row(SP_COUNTRIES, +o.id >> 3)[0], [SHIP('country')]],
    ['Verkaufspreis', (c, o, r, i) => eur(row(MERCH, i + +o.id)[2]), [], opt],
    ['Umsatz', (c, o, r, i) => eur(row(MERCH, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Währung', (c, o) => row(SP_COUNTRIES, +o.id >> 3)[1], [OR('currencyCode'), PL('currencyCode')]],
    ['Designpreis', (c, o) => eur(+o.id % 4 === 3 ? 2.5 : 5 * (o.qty > 2 ? 1 : o.qty)), []],
    ['Affiliate-Provision', (c, o) => eur(+o.id % 4 === 3 ? 0 : 0), []],
    ['Volumenprovision', (c, o) => eur(+o.id % 9 === 0 ? 1.2 : 0), []],
    ['Dein Verdienst', (c, o) => eur((+o.id % 4 === 3 ? 2.5 : 5 * (o.qty > 2 ? 1 : o.qty)) + (+o.id % 9 === 0 ? 1.2 : 0)), []],
    ['Gutschrift am', (c, o) => dDate(o.at + 14 * day), [], opt],
  ] },
  // ---------------------------------------------------------------- email (newsletter tool)
  { name: 'cleverelements-empfaenger-export-de', product: 'CleverElements (Berlin newsletter software: Empfänger > Liste > Empfänger exportieren, CSV, German UI, a Freiburg bicycle shop\'s newsletter list with custom fields)', family: 'email', language: 'de', schema: P, cols: [
    ['ID', (c) => String(7100000 + +c.id * 7 % 900000), ID],
    ['E-Mail', (c) => de(c).email, ['personalEmail.address']],
    ['Anrede', (c, o, r) => (r() < 0.15 ? '' : anrede(de(c))), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.08 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c, o, r) => (r() < 0.1 ? '' : de(c).last), ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Velo-Kurier Freiburg', 'Radsportgruppe Dreisamtal e.V.', 'Uniklinik Freiburg']) : ''), ['organizations[0]'], opt],
    ['Straße', (c, o, r) => (r() < 0.4 ? '' : de(c).street), at(HOME, 'street1')],
    ['PLZ', (c) => de(c).plz, at(HOME, 'postalCode')],
    ['Ort', (c) => de(c).city, at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Geburtstag', (c, o, r) => (r() < 0.5 ? bdate(c) : ''), ['person.birthDate']],
    ['Telefon', (c, o, r) => (r() < 0.5 ? '' : r() < 0.5 ? de(c).tel : de(c).mobile), ['homePhone.number', 'mobilePhone.number'], opt],
    ['Kundennummer', (c, o, r) => (r() < 0.6 ? `K${pad(+c.id % 100000, 5)}` : ''), ID, opt],
    ['Interessen', (c, o, r) => v.pick(r, ['Rennrad', 'E-Bike', 'Mountainbike, E-Bike', 'Gravel', 'Kinderräder', '']), []],
    ['Status', (c, o, r) => v.pick(r, ['aktiv', 'aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'Bounce']), ['personalEmail.status'], opt],
    ['Anmeldedatum', (c) => dTime(c.created), [], opt],
    ['Bestätigt am', (c, o, r) => (r() < 0.85 ? dTime(c.created + 3600000 * v.int(r, 0, 30) + 120000) : ''), [], opt],
    ['Anmelde-IP', (c, o, r) => (r() < 0.7 ? v.ip4(r) : ''), []],
    ['Quelle', (c, o, r) => v.pick(r, ['Anmeldeformular', 'Anmeldeformular', 'Import', 'Shop-Checkout (Shopware)', 'Gewinnspiel']), [], opt],
    ['Letzte Öffnung', (c, o, r) => (r() < 0.65 ? dTime(upd(c)) : ''), [], opt],
    ['Letzter Klick', (c, o, r) => (r() < 0.35 ? dTime(upd(c)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- booking tool (Switzerland): customers
  { name: 'calenso-kunden-export-ch', product: 'Calenso (Swiss online appointment booking: Kunden > Exportieren, CSV, Swiss German UI, a Zurich optician chain\'s customers booking eye tests and contact-lens fittings; customers created by the booking widget)', family: 'booking', language: 'de', schema: P, cols: [
    ['ID', (c) => String(2400000 + +c.id % 600000), ID],
    ['Kundennummer', (c, o, r) => (r() < 0.55 ? `KD-${pad(+c.id % 60000, 5)}` : ''), ID, opt],
    ['Anrede', (c) => anrede(ch(c)), ['person.name.courtesyTitle']],
    ['Vorname', (c) => ch(c).first, ['person.name.firstName']],
    ['Nachname', (c) => ch(c).last, ['person.name.lastName']],
    ['E-Mail', (c) => ch(c).email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.6 ? '' : ch(c).telIntl), ['homePhone.number']],
    ['Mobile', (c) => ch(c).mobileIntl, ['mobilePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Swiss Re', 'Stadt Zürich', 'Migros-Genossenschafts-Bund']) : ''), ['organizations[0]'], opt],
    ['Strasse', (c, o, r) => (r() < 0.3 ? '' : ch(c).street), at(HOME, 'street1')],
    ['PLZ', (c) => ch(c).plz, at(HOME, 'postalCode')],
    ['Ort', (c) => ch(c).city, at(HOME, 'city')],
    ['Land', () => 'Schweiz', at(HOME, 'country')],
    ['Geburtsdatum', (c, o, r) => (r() < 0.7 ? bdate(c) : ''), ['person.birthDate']],
    ['Sprache', (c, o, r) => v.pick(r, ['de', 'de', 'de', 'en', 'fr', 'it']), [], opt],
    ['Kundentyp', (c, o, r) => v.pick(r, ['Privatkunde', 'Privatkunde', 'Stammkunde', 'Kontaktlinsen-Abo']), [], opt],
    ['SMS-Benachrichtigung', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Krankenkasse', (c, o, r) => v.pick(r, ['CSS', 'Helsana', 'SWICA', 'Sanitas', 'Visana', '']), []],
    ['MWST-Nummer', () => '', []],
    ['USt-IdNr.', () => '', []],
    ['Bemerkungen', (c, o, r) => (r() < 0.6 ? 'Automatisch hinzugefügt, da der Kunde über das Website-Widget einen Termin gebucht hat.' : v.pick(r, ['', 'Gleitsichtbrille 2023', 'trägt Tageslinsen'])), []],
    ['Blockiert', (c, o, r) => (r() < 0.04 ? 'Ja' : 'Nein'), []],
    ['Anzahl Termine', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['Letzter Termin', (c) => dTime(upd(c)), [], opt],
    ['Erstellt am', (c) => dTime(c.created), [], opt],
  ] },
  // ---------------------------------------------------------------- membership (club management)
  { name: 'easyverein-mitgliederliste-de', product: 'easyVerein (Vereinsverwaltung: Mitglieder > Mitgliederliste > Export (Excel/CSV), German UI, a Munich multi-sport club\'s members with SEPA direct-debit data)', family: 'membership', language: 'de', schema: P, cols: [
    ['Mitgliedsnummer', (c) => String(1000 + +c.id % 3000), ID],
    ['Anrede', (c) => anrede(de(c)), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.06 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c) => de(c).last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => bdate(c), ['person.birthDate']],
    ['Geschlecht', (c, o, r) => (r() < 0.02 ? 'divers' : de(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Straße', (c) => de(c).street, at(HOME, 'street1')],
    ['PLZ', (c) => row(['80469', '80331', '81539', '81667', '80797', '82008'], +c.id), at(HOME, 'postalCode')],
    ['Ort', (c) => (+c.id % 6 === 5 ? 'Unterhaching' : 'München'), at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['E-Mail privat', (c) => de(c).email, ['personalEmail.address']],
    ['Telefon privat', (c, o, r) => (r() < 0.5 ? '' : `089 ${String(de(c).num).slice(0, 7)}`), ['homePhone.number']],
    ['Mobil', (c) => de(c).mobile, ['mobilePhone.number']],
    ['Eintrittsdatum', (c) => dDate(c.created), ['loyalty.joinDate'], opt],
    ['Austrittsdatum', (c, o, r) => (r() < 0.1 ? dDate(upd(c)) : ''), [], opt],
    ['Mitgliedsgruppe', (c, o, r) => v.pick(r, ['Erwachsene', 'Erwachsene', 'Jugendliche', 'Familie', 'Passive Mitglieder', 'Ehrenmitglieder']), [], opt],
    ['Abteilung', (c, o, r) => v.pick(r, ['Fußball', 'Tennis', 'Turnen', 'Volleyball', 'Fußball, Tennis']), []],
    ['Beitrag', (c, o, r) => eur(v.pick(r, [120, 96, 60, 240, 36])), []],
    ['Zahlungsart', (c, o, r) => (r() < 0.85 ? 'Lastschrift' : 'Überweisung'), []],
    ['IBAN', (c, o, r) => `DE${v.int(r, 10, 99)} 7015 0000 ${pad(v.int(r, 0, 9999), 4)} ${pad(v.int(r, 0, 9999), 4)} ${pad(v.int(r, 0, 99), 2)}`, []],
    ['BIC', () => 'SSKMDEMMXXX', []],
    ['Mandatsreferenz', (c) => `TSV-${String(1000 + +c.id % 3000)}`, []],
    ['Kontoinhaber', (c) => de(c).full, []],
    ['Datenschutzerklärung zugestimmt', () => 'Ja', [], opt],
    ['Notiz', (c, o, r) => v.pick(r, ['', '', '', 'Übungsleiterin U12', 'Beitrag ermäßigt (Student)', 'Schlüssel Halle 2']), []],
  ] },
  // ---------------------------------------------------------------- CRM (real estate)
  { name: 'propstack-kontakte-csv-de', product: 'Propstack (real-estate CRM: Kontakte > Drei-Punkte-Menü > Als CSV exportieren, German UI, a Hamburg estate agency\'s buyer, tenant and owner contacts)', family: 'crm', language: 'de', schema: P, cols: [
    ['ID', (c) => String(8800000 + +c.id * 3 % 999999), ID],
    ['Anrede', (c) => anrede(de(c)), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Dr.', 'Prof. Dr.']) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c) => de(c).last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Elbe Wohnbau GmbH', 'Hanse Invest Immobilien KG', 'Erbengemeinschaft Wolf']) : ''), ['organizations[0]'], opt],
    ['E-Mail', (c) => de(c).email, ['personalEmail.address']],
    ['Telefon privat', (c, o, r) => (r() < 0.5 ? '' : `040 ${String(de(c).num).slice(0, 7)}`), ['homePhone.number']],
    ['Telefon mobil', (c) => de(c).mobile, ['mobilePhone.number']],
    ['Telefon geschäftlich', (c, o, r) => (r() < 0.8 ? '' : `040 ${v.int(r, 300000, 899999)}-${v.int(r, 10, 299)}`), ['workPhone.number']],
    ['Straße', (c) => de(c).street.replace(/ \d+[ab]?$/, ''), at(HOME, 'street1')],
    ['Hausnummer', (c) => de(c).street.replace(/^.* /, ''), at(HOME, 'street2'), opt],
    ['PLZ', (c) => (+c.id % 10 < 7 ? row(['22767', '22765', '20249', '22085', '22605', '21029'], +c.id >> 1) : de(c).plz), at(HOME, 'postalCode')],
    ['Ort', (c) => (+c.id % 10 < 7 ? 'Hamburg' : de(c).city), at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Geburtsdatum', (c, o, r) => (r() < 0.3 ? bdate(c) : ''), ['person.birthDate']],
    ['Kategorie', (c, o, r) => v.pick(r, ['Kaufinteressent', 'Kaufinteressent', 'Mietinteressent', 'Eigentümer', 'Tippgeber']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Archiviert']), [], opt],
    ['Quelle', (c, o, r) => v.pick(r, ['ImmoScout24', 'ImmoScout24', 'Immowelt', 'Website', 'Empfehlung', 'Bewertungsrechner']), [], opt],
    ['Betreuer', (c, o, r) => v.pick(r, ['Jan Petersen', 'Frauke Lorenzen', 'Nils Hansen']), []],
    ['Merkmale', (c, o, r) => v.pick(r, ['', 'Kapitalanleger', 'Finanzierung geprüft', 'Suchprofil Altona, Ottensen', 'Verkauf in 2025']), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['DSGVO-Status', (c, o, r) => v.pick(r, ['Zustimmung erteilt', 'Zustimmung erteilt', 'Zustimmung angefragt', 'Keine Zustimmung']), [], opt],
    ['Erstellt am', (c) => dTime(c.created), [], opt],
    ['Zuletzt geändert', (c) => dTime(upd(c)), [], opt],
    ['Propstack-Link', (c) => `https://crm.propstack.de/app/contacts/${8800000 + +c.id * 3 % 999999}`, []],
  ] },
  // ---------------------------------------------------------------- payments (instalment purchase)
  { name: 'easycredit-ratenkauf-transaktionen-de', product: 'easyCredit-Ratenkauf (TeamBank AG; Partnerportal: Transaktionen > Export CSV, one row per purchase financed, German UI, a Nuremberg e-bike dealer\'s web shop)', family: 'payments', language: 'de', schema: E, cols: [
    ['Vorgangsnummer', (c, o, r) => v.alnum(r, 6).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Technische Vorgangsnummer', (c, o, r) => `1.de.${v.int(r, 4000, 9999)}.1-${pad(v.int(r, 0, 9999999999), 10)}-${v.int(r, 100000, 999999)}`, [], opt],
    ['Bestellnummer', (c, o) => String(100020000 + +o.id), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => dTime(o.at), ['timestamp', OR('createdDate')]],
    ['Zahlungsart', (c, o) => (+o.id % 5 === 0 ? 'Rechnung' : 'Ratenkauf'), [OR('payments[0].paymentType')], opt],
    ['Status', (c, o) => ecStatus(o), [], opt],
    ['Vorname', (c) => de(c).first, []],
    ['Nachname', (c) => de(c).last, []],
    ['Geburtsdatum', (c) => bdate(c), []],
    ['E-Mail', (c) => de(c).email, EMAIL_ID, opt],
    ['Mobilnummer', (c) => de(c).mobileIntl, PHONE_ID, opt],
    ['Lieferadresse Straße', (c) => de(c).street, [SHIP('street1')]],
    ['Lieferadresse PLZ', (c) => de(c).plz, [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c) => de(c).city, [SHIP('city')]],
    ['Lieferadresse Land', () => 'DE', [SHIP('countryCode')]],
    ['Bestellwert', (c, o) => eur(1899 + (+o.id % 14) * 150), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Aktueller Bestellwert', (c, o) => eur(+o.id % 11 === 0 ? 0 : 1899 + (+o.id % 14) * 150), [], opt],
    ['Rückerstattungen', (c, o) => eur(+o.id % 11 === 0 ? 1899 + (+o.id % 14) * 150 : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Laufzeit', (c, o) => (+o.id % 5 === 0 ? '' : `${row([12, 24, 36, 48, 60, 72], +o.id)} Monate`), []],
    ['Lieferung gemeldet am', (c, o) => (ecStatus(o) === 'Lieferung melden' || ecStatus(o) === 'Abgelaufen' ? '' : dDate(o.at + (1 + +o.id % 9) * day)), ['commerce.shipping.shipDate'], opt],
    ['Auszahlungsbetrag', (c, o) => eur((1899 + (+o.id % 14) * 150) * 0.965), [], opt],
  ] },
  // ---------------------------------------------------------------- payments (Austria, mobile payment at the till)
  { name: 'bluecode-haendlerportal-transaktionen-at', product: 'Bluecode (Blue Code International AG; Händlerportal: Transaktionen > Export CSV, one row per payment or refund, Austrian German UI, a Graz organic grocery with three shops)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => dTimeS(o.at), ['timestamp']],
    ['Transaktions-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Händler-Transaktions-ID', (c, o) => `B${pad(+o.id * 17 % 1000000, 6)}`, [OR('purchaseID')], opt],
    ['Typ', (c, o) => (+o.id % 13 === 0 ? 'Rückerstattung' : 'Zahlung'), [], opt],
    ['Status', (c, o, r) => (r() < 0.94 ? 'Erfolgreich' : 'Abgelehnt'), [], opt],
    ['Betrag', (c, o) => eur(o.total / 3), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Filiale', (c, o) => row(['Biomarkt Lend', 'Biomarkt St. Leonhard', 'Biomarkt Gleisdorf'], +o.id), STORE, opt],
    ['Filial-ID', (c, o) => row(['GRZ-01', 'GRZ-02', 'GLD-01'], +o.id), STORE, opt],
    ['Kasse', (c, o) => `Kasse ${1 + (+o.id >> 2) % 3}`, []],
    ['Terminal-ID', (c, o) => `T${row(['1001', '1002', '2001'], +o.id)}${1 + (+o.id >> 2) % 3}`, []],
    ['Zahlungsquelle', (c, o) => row(['Bluecode', 'Bluecode', 'Bluecode', 'Alipay+', 'Bluecode'], +o.id >> 1), [OR('payments[0].paymentType')], opt],
    ['Bank', (c, o) => row(['Raiffeisen', 'Erste Bank und Sparkassen', 'BAWAG P.S.K.', '', 'Volksbank'], +o.id >> 1), []],
    ['Ursprüngliche Transaktions-ID', (c, o, r) => (+o.id % 13 === 0 ? v.uuid(r) : ''), [], opt],
    ['Erstatteter Betrag', (c, o) => eur(+o.id % 13 === 0 ? o.total / 3 : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Cashback', (c, o) => eur(+o.id % 7 === 0 ? 0.5 : 0), []],
    ['Entgelt', (c, o) => eur(o.total / 3 * 0.007), []],
    ['Auszahlungsdatum', (c, o) => dDate(o.at + 2 * day), [], opt],
  ] },
  // ---------------------------------------------------------------- B2B contacts (ERP)
  { name: 'bueroplus-ansprechpartner-export-de', product: 'büro+ (microtech GmbH ERP: Stammdaten > Adressen > Ansprechpartner, Liste > Export (Excel/CSV), German UI, a Swabian fastener wholesaler\'s contact persons at customer companies)', family: 'crm', language: 'de', schema: B, cols: [
    ['AdrNr', (c) => String(10000 + +c.id % 8 * 137), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Suchbegriff', (c) => deCo(c)[0].split(' ')[0].toUpperCase(), []],
    ['Firma', (c) => deCo(c)[0], CO],
    ['Name 2', (c, o, r) => (r() < 0.2 ? 'Werk II' : ''), [], opt],
    ['AnsprNr', (c) => `${10000 + +c.id % 8 * 137}-${1 + +c.id % 5}`, B2BID],
    ['Anrede', (c) => anrede(de(c)), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.1 ? 'Dr.-Ing.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c) => de(c).last, ['person.name.lastName']],
    ['Briefanrede', (c) => (de(c).female ? `Sehr geehrte Frau ${de(c).last},` : `Sehr geehrter Herr ${de(c).last},`), []],
    ['Position', (c) => row(JOBS_DE, +c.id >> 1)[de(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(JOBS_DE, +c.id >> 1)[2], ['extendedWorkDetails.departments[0]']],
    ['Telefon', (c) => `${deCo(c)[5]} ${v.int(() => (+c.id % 97) / 97, 10000, 99999)}-${10 + +c.id % 80}`, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.4 ? '' : de(c).mobile), ['mobilePhone.number']],
    ['Fax', (c) => `${deCo(c)[5]} ${v.int(() => (+c.id % 97) / 97, 10000, 99999)}-99`, ['faxPhone.number']],
    ['E-Mail', (c) => `${slug(de(c).first)[0]}.${slug(de(c).last)}@${deCo(c)[1]}`, ['workEmail.address']],
    ['Straße', (c) => deCo(c)[2], at(W, 'street1')],
    ['PLZ', (c) => deCo(c)[3], at(W, 'postalCode')],
    ['Ort', (c) => deCo(c)[4], at(W, 'city')],
    ['Land', () => 'D', at(W, 'countryCode'), opt],
    ['Internet', (c) => `www.${deCo(c)[1]}`, ['b2b.companyWebsite']],
    ['USt-IdNr.', (c) => deCo(c)[6], []],
    ['Vertreter', (c, o, r) => v.pick(r, ['Außendienst Süd (Haas)', 'Innendienst', 'Außendienst Nord (Riedel)']), []],
    ['Geburtsdatum', (c, o, r) => (r() < 0.3 ? bdate(c) : ''), ['person.birthDate']],
    ['Werbung erlaubt', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Angelegt am', (c) => dDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => dDate(upd(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Rahmenvertrag Schrauben 2024', 'bestellt nur per EDI', 'Messe Stuttgart angesprochen']), []],
  ] },
  // ---------------------------------------------------------------- B2B contacts (Swiss ERP)
  { name: 'proffix-kontakte-export-ch', product: 'PROFFIX (Swiss ERP: Adressen > Kontakte, Tabelle > Export nach Excel, Swiss German UI, a Lucerne heating and sanitary installer\'s contact persons at property managers, firms and communes)', family: 'crm', language: 'de', schema: B, cols: [
    ['KontaktNr', (c) => String(5000 + +c.id % 4000), B2BID],
    ['AdressNr', (c) => String(1000 + +c.id % 8 * 53), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Firma', (c) => chCo(c)[0], CO],
    ['Anrede', (c) => anrede(ch(c)), ['person.name.courtesyTitle']],
    ['Vorname', (c) => ch(c).first, ['person.name.firstName']],
    ['Name', (c) => ch(c).last, ['person.name.lastName']],
    ['Briefanrede', (c) => (ch(c).female ? `Sehr geehrte Frau ${ch(c).last}` : `Sehr geehrter Herr ${ch(c).last}`), []],
    ['Funktion', (c) => row(JOBS_CH, +c.id >> 1)[ch(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(JOBS_CH, +c.id >> 1)[2], ['extendedWorkDetails.departments[0]']],
    ['Telefon Geschäft', (c) => `041 ${v.int(() => (+c.id % 89) / 89, 210, 499)} ${pad(+c.id % 100)} ${pad(+c.id * 7 % 100)}`, ['workPhone.number']],
    ['Telefon Mobil', (c, o, r) => (r() < 0.3 ? '' : ch(c).mobile), ['mobilePhone.number']],
    ['Telefon Privat', (c, o, r) => (r() < 0.85 ? '' : ch(c).tel), ['homePhone.number']],
    ['E-Mail', (c) => `${slug(ch(c).first)}.${slug(ch(c).last)}@${chCo(c)[1]}`, ['workEmail.address']],
    ['Strasse', (c) => chCo(c)[2], at(W, 'street1')],
    ['PLZ', (c) => chCo(c)[3], at(W, 'postalCode')],
    ['Ort', (c) => chCo(c)[4], at(W, 'city')],
    ['Kanton', (c) => chCo(c)[5], STATE(W)],
    ['Land', () => 'CH', at(W, 'countryCode')],
    ['Sprache', (c, o, r) => (r() < 0.9 ? 'D' : 'F'), []],
    ['Geburtsdatum', (c, o, r) => (r() < 0.2 ? bdate(c) : ''), ['person.birthDate']],
    ['Gruppe', (c, o, r) => v.pick(r, ['Verwaltungen', 'Verwaltungen', 'Gewerbe', 'Öffentliche Hand', 'Gastronomie']), [], opt],
    ['Inaktiv', (c, o, r) => (r() < 0.07 ? 'Ja' : 'Nein'), [], opt],
    ['Erstellt am', (c) => dDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => dDate(upd(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemerkungen', (c, o, r) => v.pick(r, ['', '', '', 'Schlüssel bei Hauswart', 'Serviceabo Heizung bis 2026', 'Offerten immer an Verwaltung']), []],
  ] },
  // ---------------------------------------------------------------- loyalty (digital stamp card / points app)
  { name: 'boonus-kundenliste-de', product: 'Boonus (digital loyalty app for local shops: Dashboard > Kunden > CSV-Export, German UI, a Cologne bakery café\'s app members collecting points)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c) => String(400000 + +c.id % 500000), ID],
    ['Kartennummer', (c) => `${pad(+c.id * 13 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c, o, r) => (r() < 0.15 ? '' : de(c).last), ['person.name.lastName']],
    ['E-Mail', (c) => de(c).email, ['personalEmail.address']],
    ['Handynummer', (c, o, r) => (r() < 0.3 ? '' : de(c).mobileIntl), ['mobilePhone.number']],
    ['Geburtstag', (c, o, r) => { const p = v.parts(c.birth); return r() < 0.35 ? '' : `${pad(p.d)}.${pad(p.m)}.` }, ['person.birthDayAndMonth']],
    ['Geschlecht', (c, o, r) => (r() < 0.2 ? 'keine Angabe' : de(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['PLZ', (c, o, r) => v.pick(r, ['50667', '50672', '50733', '50823', '51063', '50935']), at(HOME, 'postalCode')],
    ['Registriert am', (c) => dDate(c.created), ['loyalty.joinDate']],
    ['Registriert über', (c, o, r) => v.pick(r, ['App', 'App', 'Kundenkarte im Laden', 'Web']), [], opt],
    ['Stammfiliale', (c, o, r) => v.pick(r, ['Ehrenfeld', 'Südstadt', 'Nippes']), []],
    ['Level', (c, o, r) => v.pick(r, ['Bronze', 'Bronze', 'Silber', 'Gold']), ['loyalty.tier']],
    ['Punkte aktuell', (c) => String(+c.id % 240), ['loyalty.points']],
    ['Punkte gesamt', (c) => String(+c.id % 240 + (+c.id >> 3) % 30 * 100), ['loyalty.lifetimePoints']],
    ['Punkte eingelöst', (c) => String((+c.id >> 3) % 30 * 100), ['loyalty.pointsRedeemed']],
    ['Eingelöste Prämien', (c, o, r) => String(v.int(r, 0, 25)), [], opt],
    ['Besuche', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['Umsatz gesamt', (c, o, r) => eur(v.int(r, 500, 90000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Letzter Besuch', (c) => dDate(upd(c)), [], opt],
    ['Newsletter-Einwilligung', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
    ['Push aktiviert', (c, o, r) => (r() < 0.6 ? 'ja' : 'nein'), [], opt],
    ['Geworben von', (c, o, r) => (r() < 0.15 ? `BNS-${v.alnum(r, 5).toUpperCase()}` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- invoicing (ERP invoice list)
  { name: 'selectline-auftrag-rechnungsliste-de', product: 'SelectLine Auftrag (SelectLine Software GmbH; Belege > Rechnung, Belegliste > Export nach Excel, one row per invoice or credit note, German UI, a Magdeburg office-furniture dealer invoicing firms, authorities and practices)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Belegart', (c, o) => (+o.id % 12 === 0 ? 'Gutschrift' : 'Rechnung'), [], opt],
    ['Belegnummer', (c, o) => `${+o.id % 12 === 0 ? 'GS' : 'RE'}${v.parts(o.at).y}-${pad(+o.id % 9000 + 1, 5)}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => dDate(o.at), ['timestamp', OR('createdDate')]],
    ['Kunde', (c, o) => `D${10100 + +o.id % 6 * 7}`, CUST_ID, opt],
    ['Name', (c, o) => slCust(o)[0], []],
    ['Zusatz', (c, o) => (+o.id % 3 === 0 ? `z. Hd. ${de(c).full}` : ''), []],
    ['Straße', (c, o) => slCust(o)[1], [BILL('street1')]],
    ['PLZ', (c, o) => slCust(o)[2], [BILL('postalCode')]],
    ['Ort', (c, o) => slCust(o)[3], [BILL('city')]],
    ['Land', () => 'DE', [BILL('countryCode')]],
    ['E-Mail', (c, o) => slCust(o)[4], EMAIL_ID, opt],
    ['Ihre Bestellung', (c, o) => (+o.id % 2 ? `BE-${v.parts(o.at).y}-${pad(+o.id % 700, 4)}` : ''), [OR('purchaseOrderNumber')]],
    ['Auftrag', (c, o) => `AB${v.parts(o.at).y}-${pad(+o.id % 8000 + 1, 5)}`, [OR('purchaseID')], opt],
    ['Netto', (c, o) => eur(slNet(o)), [], opt],
    ['Rabatt', (c, o) => eur(o.discount ? slNet(o) * 0.03 : 0), [OR('discountAmount')], opt],
    ['MwSt', (c, o) => eur(slNet(o) * 0.19), [OR('taxAmount')]],
    ['Brutto', (c, o) => eur(slNet(o) * 1.19), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsbedingung', (c, o) => row(['14 Tage 2 % Skonto, 30 Tage netto', '30 Tage netto', 'Vorkasse', '14 Tage netto'], +o.id), [], opt],
    ['Fällig am', (c, o) => dDate(o.at + 30 * day), [], opt],
    ['Offen', (c, o) => eur(+o.id % 4 === 0 ? slNet(o) * 1.19 : 0), [], opt],
    ['Versandart', (c, o) => row(['Spedition', 'Eigene Auslieferung', 'Abholung', 'DHL Paket'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Lieferdatum', (c, o) => dDate(o.at - 2 * day), ['commerce.shipping.shipDate'], opt],
    ['Vertreter', (c, o) => row(['Lars Heinemann', 'Innendienst', 'Katrin Vogel'], +o.id), []],
    ['Projekt', (c, o) => (+o.id % 5 === 0 ? 'Neubau Verwaltung Haldensleben' : ''), []],
    ['Bearbeiter', (c, o) => row(['SCHULZE', 'KRAUSE', 'ADMIN'], +o.id >> 2), []],
  ] },
  // ---------------------------------------------------------------- booking (Swiss restaurant reservations)
  { name: 'lunchgate-foratable-reservationen-ch', product: 'Lunchgate (foratable reservation book: Reservationen > Liste > Export Excel, one row per reservation, Swiss German UI, a Bern restaurant with a garden terrace)', family: 'booking', language: 'de', schema: E, cols: [
    ['Reservations-Nr.', (c, o) => String(41000000 + +o.id * 31 % 9000000), ['_id', OR('purchaseID')]],
    ['Erfasst am', (c, o) => dTime(o.at), ['timestamp', OR('createdDate')]],
    ['Datum', (c, o) => dDate(o.at + (+o.id % 20) * day), [], opt],
    ['Zeit', (c, o) => row(['11:45', '12:00', '12:15', '18:30', '19:00', '19:30', '20:00'], +o.id), [], opt],
    ['Personen', (c, o) => String(2 + +o.id % 5), []],
    ['Tisch', (c, o) => String(1 + +o.id % 24), []],
    ['Bereich', (c, o) => row(['Gaststube', 'Terrasse', 'Säli', 'Gaststube'], +o.id >> 1), []],
    ['Status', (c, o) => lgStatus(o), [], opt],
    ['Kanal', (c, o) => row(['Online (Website)', 'Telefon', 'Online (Google)', 'Walk-in', 'Online (foratable.com)'], +o.id >> 2), [], opt],
    ['Anrede', (c) => anrede(ch(c)), []],
    ['Vorname', (c) => ch(c).first, []],
    ['Nachname', (c) => ch(c).last, []],
    ['E-Mail', (c, o) => (row(['Online (Website)', 'Telefon', 'Online (Google)', 'Walk-in', 'Online (foratable.com)'], +o.id >> 2) === 'Walk-in' ? '' : ch(c).email), EMAIL_ID, opt],
    ['Mobile', (c) => ch(c).mobileIntl, PHONE_ID, opt],
    ['Firma', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Die Mobiliar', 'Swisscom AG', 'BLS AG']) : ''), []],
    ['Anlass', (c, o, r) => v.pick(r, ['', '', '', 'Geburtstag', 'Geschäftsessen', 'Jahrestag']), []],
    ['Bemerkung Gast', (c, o, r) => v.pick(r, ['', '', 'Kinderstuhl bitte', 'Vegetarisch', 'Glutenunverträglichkeit', 'Wenn möglich draussen']), []],
    ['Interne Notiz', (c, o, r) => v.pick(r, ['', '', '', 'Stammgast, Tisch 7 bevorzugt', 'Rechnung an Firma']), []],
    ['Labels', (c, o, r) => v.pick(r, ['', '', 'Stammgast', 'VIP', 'Allergie']), []],
    ['Storniert am', (c, o) => (lgStatus(o) === 'storniert' ? dTime(o.at + (+o.id % 20) * day - 5 * 3600000) : ''), [OR('cancelDate')], opt],
    ['Kreditkarte hinterlegt', (c, o) => (+o.id % 5 >= 3 ? 'Ja' : 'Nein'), []],
    ['No-Show-Gebühr', (c, o) => (+o.id % 5 >= 3 ? chf(30) : ''), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Sprache', (c, o, r) => v.pick(r, ['DE', 'DE', 'DE', 'FR', 'EN']), [], opt],
  ] },
]
