// Round 104, heldout104: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria and Switzerland: a Swiss
// shop system's order lines, a Swiss ticketing platform's tickets, an Austrian payment gateway's transactions, a German
// SMS gateway's delivery report, a German delivery platform's cross-border shipments, a German online bookkeeping
// service's issued invoices, an e-mail marketing system's recipient export (OpenEMM's profile-field names), a WhatsApp
// marketing tool's contacts, a Swiss customer-card platform's card holders, an Austrian invoicing service's customers,
// an Austrian company-data register and a German telemarketing CRM's contact persons. Headers in German (Swiss
// spelling without ß for the Swiss products); OpenEMM's column names come from its customer_1_tbl, FreeFinance's from
// its customer-master help page, LOX24's from its SMS entity in the API docs, QENTA's from its QPAY parameters; the
// rest from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European local time (+1/+2), written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const deDT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const deDTs = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
// German and Austrian amounts: 1.234,56; Swiss francs: 1'234.55 (rounded to 5 Rappen)
const eur = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const chf = (n) => { const [a, b] = (Math.round(n * 20) / 20).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, "'")}.${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const ID = ['_id', 'personID']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const ACC = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people, seeded by the row's person
// places: [city, postcode, region (Bundesland / Kanton), landline area code]
const LOC = {
  de: { first: [['Tobias', 'Julia'], ['Florian', 'Katrin'], ['Sebastian', 'Nadine'], ['Matthias', 'Stefanie'], ['Christian', 'Melanie'], ['Dennis', 'Jana'], ['Markus', 'Anja']],
    last: ['Krüger', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Lehmann', 'Zimmermann', 'Braun', 'Hofmann', 'Schäfer', 'Koch'],
    places: [['Hannover', '30159', 'Niedersachsen', '511'], ['Leipzig', '04109', 'Sachsen', '341'], ['Dortmund', '44137', 'Nordrhein-Westfalen', '231'], ['Nürnberg', '90402', 'Bayern', '911'], ['Freiburg im Breisgau', '79098', 'Baden-Württemberg', '761'], ['Kassel', '34117', 'Hessen', '561'], ['Rostock', '18055', 'Mecklenburg-Vorpommern', '381'], ['Mainz', '55116', 'Rheinland-Pfalz', '6131']],
    street: (r) => `${v.pick(r, ['Lindenstraße', 'Bahnhofstr.', 'Am Kirchberg', 'Friedrich-Ebert-Straße', 'Birkenweg', 'Mühlenstraße', 'Kastanienallee'])} ${v.int(r, 1, 140)}${r() < 0.15 ? v.pick(r, ['a', 'b']) : ''}`,
    mobile: (r) => `+49 1${v.pick(r, ['51', '52', '57', '60', '62', '70', '76'])} ${v.int(r, 1000000, 99999999)}`,
    phone: (r, a) => `0${a} ${v.int(r, 100000, 9999999)}`,
    mail: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'], country: ['DE', 'Deutschland'] },
  at: { first: [['Lukas', 'Katharina'], ['Stefan', 'Verena'], ['Andreas', 'Elisabeth'], ['Thomas', 'Birgit'], ['Martin', 'Christina'], ['Bernhard', 'Theresa'], ['Gerald', 'Sandra']],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs'],
    places: [['Wien', '1070', 'Wien', '1'], ['Wien', '1100', 'Wien', '1'], ['Graz', '8010', 'Steiermark', '316'], ['Linz', '4020', 'Oberösterreich', '732'], ['Salzburg', '5020', 'Salzburg', '662'], ['Innsbruck', '6020', 'Tirol', '512'], ['Klagenfurt am Wörthersee', '9020', 'Kärnten', '463'], ['St. Pölten', '3100', 'Niederösterreich', '2742'], ['Dornbirn', '6850', 'Vorarlberg', '5572']],
    street: (r) => `${v.pick(r, ['Mariahilfer Straße', 'Herrengasse', 'Landstraßer Hauptstraße', 'Annenstraße', 'Hauptplatz', 'Linzer Gasse', 'Kirchengasse'])} ${v.int(r, 1, 120)}${r() < 0.4 ? `/${v.int(r, 1, 24)}` : ''}`,
    mobile: (r) => `+43 ${v.pick(r, ['664', '660', '676', '650', '699'])} ${v.int(r, 1000000, 9999999)}`,
    phone: (r, a) => `+43 ${a} ${v.int(r, 200000, a === '1' ? 9999999 : 999999)}`,
    mail: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'], country: ['AT', 'Österreich'] },
  ch: { first: [['Reto', 'Andrea'], ['Urs', 'Corinne'], ['Beat', 'Nicole'], ['Simon', 'Sandra'], ['Marco', 'Fabienne'], ['Lukas', 'Seraina'], ['Adrian', 'Daniela']],
    last: ['Müller', 'Meier', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Gerber', 'Widmer', 'Zürcher', 'Schmid', 'Steiner', 'Käser'],
    places: [['Zürich', '8004', 'ZH', '44'], ['Bern', '3011', 'BE', '31'], ['Luzern', '6003', 'LU', '41'], ['Winterthur', '8400', 'ZH', '52'], ['St. Gallen', '9000', 'SG', '71'], ['Basel', '4051', 'BS', '61'], ['Thun', '3600', 'BE', '33'], ['Zug', '6300', 'ZG', '41'], ['Aarau', '5000', 'AG', '62']],
    street: (r) => `${v.pick(r, ['Bahnhofstrasse', 'Dorfstrasse', 'Seestrasse', 'Kirchweg', 'Hauptgasse', 'Marktgasse', 'Rosenweg'])} ${v.int(r, 1, 90)}`,
    mobile: (r) => `+41 ${v.pick(r, ['76', '77', '78', '79'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    phone: (r, a) => `0${a} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['bluewin.ch', 'gmx.ch', 'hispeed.ch', 'gmail.com', 'sunrise.ch'], country: ['CH', 'Schweiz'] },
}
const slugify = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region, area] = v.pick(r, d.places)
  const p = { first, last, female, city, zip, region, full: `${first} ${last}`, street: d.street(r), mobile: d.mobile(r), phone: d.phone(r, area),
    countryCode: d.country[0], countryName: d.country[1],
    email: `${slugify(first)}${v.pick(r, ['.', '', '_'])}${slugify(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}
// digits-only international mobile (WhatsApp export style): +49 151 2345678 -> 491512345678
const digits = (s) => s.replace(/\D/g, '')

// ---------------------------------------------------------------- firms (B2B sets)
// Compass prospects: [Firmenwortlaut, domain, Rechtsform, ÖNACE 2008, Straße, PLZ, Ort, Bundesland, Firmenbuchgericht, Vorwahl]
const AT_FIRMS = [
  ['Mühlviertler Verpackungs GmbH', 'muehlviertler-verpackung.at', 'GmbH', 'C17.21 Herstellung von Wellpapier und -pappe sowie von Verpackungsmitteln aus Papier, Karton und Pappe', 'Industriestraße 12', '4240', 'Freistadt', 'Oberösterreich', 'LG Linz', '7942'],
  ['Alpenholz Tischlerei Huber KG', 'alpenholz-huber.at', 'KG', 'C16.23 Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und Fertigteilbauten aus Holz', 'Gewerbepark 5', '5760', 'Saalfelden am Steinernen Meer', 'Salzburg', 'LG Salzburg', '6582'],
  ['Donau Lebensmittel Handels GmbH', 'donau-lebensmittel.at', 'GmbH', 'G46.39 Großhandel mit Nahrungs- und Genussmitteln, Getränken und Tabakwaren, o. a. S.', 'Hafenstraße 47', '4020', 'Linz', 'Oberösterreich', 'LG Linz', '732'],
  ['Steirische Metallbau Leitner GmbH & Co KG', 'leitner-metallbau.at', 'GmbH & Co KG', 'C25.11 Herstellung von Metallkonstruktionen', 'Grazer Straße 118', '8200', 'Gleisdorf', 'Steiermark', 'LG für ZRS Graz', '3112'],
  ['Innviertler Brauerei Moser AG', 'moser-brauerei.at', 'AG', 'C11.05 Herstellung von Bier', 'Brauhausgasse 3', '4910', 'Ried im Innkreis', 'Oberösterreich', 'LG Ried im Innkreis', '7752'],
  ['Kräuterhof Pichler e.U.', 'kraeuterhof-pichler.at', 'e.U.', 'C10.83 Verarbeitung von Tee und Kaffee, Herstellung von Kaffee-Ersatz', 'Dorfstraße 21', '3910', 'Zwettl', 'Niederösterreich', 'LG Krems an der Donau', '2822'],
  ['Tiroler Sportartikel Hofer GmbH', 'hofer-sport.at', 'GmbH', 'C32.30 Herstellung von Sportgeräten', 'Innsbrucker Straße 56', '6060', 'Hall in Tirol', 'Tirol', 'LG Innsbruck', '5223'],
]
const AT_CLIENTS = [['Weinbau Berger', 'weinbau-berger.at'], ['Steuerberatung Fuchs & Partner', 'fuchs-partner.at'], ['Ordination Dr. Moser', 'ordination-moser.at'], ['Bäckerei Leitner GmbH', 'baeckerei-leitner.at'], ['Architekturbüro Steiner ZT GmbH', 'steiner-zt.at'], ['Gasthof zur Post Wagner', 'gasthof-wagner.at'], ['Elektro Huber GmbH', 'elektro-huber.at']]
// AG-VIP prospects around Frankfurt: [Firma, domain, Branche, Straße, PLZ, Ort, Vorwahl]
const DE_FIRMS = [
  ['Rhein-Main Logistik GmbH', 'rm-logistik.de', 'Logistik', 'Hanauer Landstraße 291', '60314', 'Frankfurt am Main', '069'],
  ['Hessisches Druckhaus AG', 'hessisches-druckhaus.de', 'Druck/Medien', 'Industriestraße 8', '63150', 'Heusenstamm', '06104'],
  ['Taunus Medizintechnik GmbH', 'taunus-medtech.de', 'Medizintechnik', 'Am Kronberger Hang 4', '65824', 'Schwalbach am Taunus', '06196'],
  ['Schreinerei Krause GmbH & Co. KG', 'schreinerei-krause.de', 'Handwerk', 'Raiffeisenstraße 17', '61169', 'Friedberg (Hessen)', '06031'],
  ['Autohaus Lehmann GmbH', 'autohaus-lehmann.de', 'Kfz-Handel', 'Mainzer Landstraße 410', '65933', 'Frankfurt am Main', '069'],
  ['Steuerkanzlei Braun & Koch PartG mbB', 'braun-koch.de', 'Steuerberatung', 'Wilhelmstraße 12', '65185', 'Wiesbaden', '0611'],
  ['Werner Haustechnik e.K.', 'werner-haustechnik.de', 'Handwerk', 'Otto-Hahn-Straße 3', '63225', 'Langen (Hessen)', '06103'],
]
// Kontolino: the photographer's business clients in Leipzig: [Firma, domain]
const LE_CLIENTS = [['Sächsische Eventagentur GmbH', 'saechsische-events.de'], ['Kanzlei Lange & Partner mbB', 'kanzlei-lange.de'], ['Hotel am Auensee GmbH', 'hotel-auensee.de'], ['Leipziger Möbelmanufaktur e.K.', 'moebelmanufaktur-leipzig.de']]
const firm = (list, c, salt = 0) => row(list, (+c.id + salt) % list.length)

// ---------------------------------------------------------------- catalogues
// PepperShop: a Bern tea and spice shop: [Artikel-Nr., Artikelname, Variante, Preis CHF]
const CH_TEA = [['TE-1041', 'Bio Rooibos Vanille', '100 g', 9.8], ['TE-2210', 'Darjeeling First Flush', '50 g', 14.5], ['GW-0307', 'Curry Madras mild', 'Dose 80 g', 7.9], ['TE-3002', 'Alpenkräutertee', '100 g', 8.5], ['ZB-0115', 'Teekanne Glas 1 l', '', 39.0], ['GW-1120', 'Safran Fäden', '1 g', 12.9]]
// TICKETINO: a Lucerne concert venue: [Event, Kategorie, Preis CHF]
const CH_EVENTS = [['Patent Ochsner – Live', 'Stehplatz', 59.0], ['Lucerne Blues Night', 'Sitzplatz Galerie', 45.0], ['Stiller Has – Abschiedstour', 'Stehplatz', 52.0], ['Jazz Brunch am See', 'Tisch (4 Pers.)', 120.0], ['Comedy Abend mit Gabirano', 'Sitzplatz Parkett', 38.0]]
const PRICE_LEVEL = [['Normal', 1], ['Normal', 1], ['Student/Legi', 0.8], ['AHV/IV', 0.8], ['Kind bis 16', 0.5]]
// Kontolino: a Leipzig photographer's services: [Betreff, netto]
const DE_SERV = [['Hochzeitsreportage Paket Gold', 1890], ['Businessporträts (2 Std.)', 390], ['Produktfotografie 20 Motive', 640], ['Familien-Shooting Outdoor', 249], ['Bildlizenz Website 1 Jahr', 180], ['Eventfotografie Firmenfeier', 980]]
// Seven Senders: a Munich fashion e-tailer's cross-border recipients: [Land, Ort, PLZ, Straße, Carrier, Service]
const XB = [['AT', 'Wien', '1050', 'Schönbrunner Straße 88/6', 'Österreichische Post', 'Paket Premium'], ['NL', 'Utrecht', '3512 JE', 'Oudegracht 141', 'PostNL', 'Pakket Standaard'], ['FR', 'Lyon', '69002', '12 rue Mercière', 'Colissimo', 'Domicile sans signature'], ['IT', 'Milano', '20121', 'Via Solferino 22', 'BRT', 'Espresso Nazionale'], ['DE', 'Köln', '50667', 'Hohe Straße 52', 'DHL Paket', 'DHL Paket'], ['BE', 'Antwerpen', '2000', 'Meir 34', 'bpost', 'bpack 24h Pro'], ['PL', 'Kraków', '31-042', 'ul. Floriańska 15', 'InPost', 'Paczkomat'], ['CH', 'Basel', '4051', 'Spalenberg 12', 'Die Schweizerische Post', 'PostPac Economy']]
const XB_NAMES = [['Anna', 'Wallner'], ['Sanne', 'de Vries'], ['Camille', 'Roux'], ['Giulia', 'Conti'], ['Lena', 'Becker'], ['Elke', 'Peeters'], ['Zofia', 'Nowak'], ['Nina', 'Frei']]

const QPT = ['CCARD', 'EPS', 'CCARD', 'PAYPAL', 'SOFORTUEBERWEISUNG', 'INVOICE', 'CCARD-MOTO']
const qpt = (o) => row(QPT, +o.id)
const QST = ['Abgebucht', 'Abgebucht', 'Genehmigt', 'Abgebucht', 'Gutgeschrieben', 'Storniert', 'Abgebucht', 'Abgelehnt']
const qst = (o) => row(QST, +o.id >> 1)
// TICKETINO ticket state: [Status, Eingelöst]
const TST = [['Bezahlt', true], ['Bezahlt', true], ['Bezahlt', false], ['Storniert', false], ['Bezahlt', true], ['Reserviert', false]]
const tst = (o) => row(TST, +o.id >> 1)
// LOX24 delivery: [Status, DLR-Code, delivered]
const LST = [['zugestellt', '1', true], ['zugestellt', '1', true], ['zugestellt', '1', true], ['versendet', '0', false], ['nicht zustellbar', '16', false], ['zugestellt', '1', true], ['abgelaufen', '2', false]]
const lst = (o) => row(LST, +o.id >> 1)
// Seven Senders tracking state: [Status, delivered, days after shipping of the last event]
const SST = [['Zugestellt', true, 3], ['Zugestellt', true, 2], ['In Zustellung', false, 2], ['Unterwegs', false, 1], ['Zugestellt', true, 4], ['Zustellversuch erfolglos', false, 3], ['Retoure an Absender', false, 6], ['Zugestellt', true, 3]]
const sst = (o) => row(SST, +o.id >> 1)

export const SETS = [
  // ---------------------------------------------------------------- Switzerland: shop system order lines
  { name: 'peppershop-bestellungen-export-de', product: 'PepperShop (Swiss shop software; Shop-Administration > Bestellungen > Bestellungen exportieren (CSV), one row per ordered article, Swiss German UI, a Bern tea and spice shop, amounts in CHF)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => String(20000 + +o.id % 9000), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Versandt', 'Versandt', 'Bezahlt', 'In Bearbeitung', 'Offen', 'Storniert']), []],
    ['Kunden-Nr.', (c) => (+c.id % 4 ? String(1000 + +c.id % 5000) : 'Gast'), CUST_ID, opt],
    ['Anrede', (c) => (loc(c, 'ch').female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => loc(c, 'ch').first, []],
    ['Nachname', (c) => loc(c, 'ch').last, []],
    ['Firma', (c, o, r) => (r() < 0.1 ? `${loc(c, 'ch').last} Praxis für Naturheilkunde` : ''), []],
    ['Strasse', (c) => loc(c, 'ch').street, [BILL('street1')]],
    ['PLZ', (c) => loc(c, 'ch').zip, [BILL('postalCode')]],
    ['Ort', (c) => loc(c, 'ch').city, [BILL('city')]],
    ['Land', () => 'Schweiz', [BILL('country')]],
    ['E-Mail', (c) => loc(c, 'ch').email, EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (r() < 0.7 ? loc(c, 'ch').mobile : ''), PHONE_ID, opt],
    ['Lieferadresse Name', (c, o) => (+o.id % 4 === 1 ? `${v.pick(v.rng(+o.id), ['Ursula', 'Hans', 'Monika'])} ${loc(c, 'ch').last}` : ''), []],
    ['Lieferadresse Strasse', (c, o) => (+o.id % 4 === 1 ? row(['Alpenstrasse 4', 'Weissensteinstrasse 61', 'Im Grund 12'], +o.id) : ''), [SHIP('street1')]],
    ['Lieferadresse PLZ / Ort', (c, o) => (+o.id % 4 === 1 ? row(['3800 Interlaken', '3007 Bern', '8800 Thalwil'], +o.id) : ''), [], opt],
    ['Artikel-Nr.', (c, o, r, i) => row(CH_TEA, i + +o.id)[0], [PL('SKU')]],
    ['Artikelname', (c, o, r, i) => row(CH_TEA, i + +o.id)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => row(CH_TEA, i + +o.id)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => chf(row(CH_TEA, i + +o.id)[3]), [], opt],
    ['Positionstotal', (c, o, r, i) => chf(row(CH_TEA, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['MwSt-Satz', (c, o, r, i) => (row(CH_TEA, i + +o.id)[0].startsWith('ZB') ? '8.1%' : '2.6%'), []],
    ['Versandkosten', (c, o, r, i) => (row(CH_TEA, i + +o.id)[3] * o.qty >= 60 ? '0.00' : '7.00'), ['commerce.shipping.shippingAmount']],
    ['Gutscheincode', (c, o) => (o.discount ? 'TEEZEIT10' : ''), ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => (o.discount ? '5.00' : '0.00'), [OR('discountAmount')], opt],
    ['Rechnungstotal', (c, o, r, i) => chf(row(CH_TEA, i + +o.id)[3] * o.qty + (row(CH_TEA, i + +o.id)[3] * o.qty >= 60 ? 0 : 7) - (o.discount ? 5 : 0)), [OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Zahlungsart', (c, o) => row(['Rechnung', 'TWINT', 'Kreditkarte', 'PostFinance Pay', 'Vorauskasse'], +o.id), [OR('payments[0].paymentType')]],
    ['Versandart', (c, o) => row(['B-Post', 'A-Post', 'PostPac Priority', 'Abholung im Laden'], +o.id >> 1), ['commerce.shipping.shippingMethod']],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Bitte als Geschenk verpacken', 'Paket beim Nachbarn abgeben']), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: ticketing
  { name: 'ticketino-bestellungen-export-de', product: 'TICKETINO (Swiss self-service ticketing; Veranstalter-Cockpit > Auswertungen > Bestellungen exportieren (Excel), one row per ticket, Swiss German UI, a Lucerne concert venue, prices in CHF)', family: 'events', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(5400000 + +o.id * 7 % 600000), [OR('purchaseID')]],
    ['Ticketnummer', (c, o, r, i) => `${5400000 + +o.id * 7 % 600000}-${i % 3 + 1}`, ['_id'], opt],
    ['Barcode', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Bestelldatum', (c, o) => deDT(o.at), ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => row(CH_EVENTS, +o.id)[0], [PL('name')], opt],
    ['Eventdatum', (c, o) => `${dmy(cet(o.at + (10 + +o.id % 40) * day))} 20:00`, [], opt],
    ['Veranstaltungsort', (c, o) => row(['Schüür Luzern', 'KKL Luzern, Luzerner Saal', 'Schüür Luzern', 'Hotel Schweizerhof, Zeugheersaal', 'Kleintheater Luzern'], +o.id), []],
    ['Kategorie', (c, o) => row(CH_EVENTS, +o.id)[1], [PL('name')], opt],
    ['Preisstufe', (c, o, r, i) => row(PRICE_LEVEL, i + +o.id)[0], [], opt],
    ['Preis', (c, o, r, i) => chf(row(CH_EVENTS, +o.id)[2] * row(PRICE_LEVEL, i + +o.id)[1]), [PL('priceTotal')]],
    ['Ticketgebühr', (c, o) => (+o.id % 5 === 3 ? '0.00' : '3.50'), []],
    ['Währung', () => 'CHF', [PL('currencyCode'), OR('currencyCode')]],
    ['Zahlungsart', (c, o) => (+o.id % 5 === 3 ? 'Barzahlung' : tst(o)[0] === 'Reserviert' ? 'Rechnung' : row(['TWINT', 'Visa', 'Mastercard', 'PostFinance Card', 'TWINT'], +o.id)), [OR('payments[0].paymentType')]],
    ['Verkaufskanal', (c, o) => (+o.id % 5 === 3 ? 'Abendkasse' : +o.id % 7 === 0 ? 'Vorverkaufsstelle' : 'Online'), [], opt],
    ['Anrede', (c) => (loc(c, 'ch').female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => loc(c, 'ch').first, []],
    ['Nachname', (c) => loc(c, 'ch').last, []],
    ['Firma', (c, o, r) => (r() < 0.08 ? 'Raiffeisenbank Luzern' : ''), []],
    ['Strasse', (c, o) => (+o.id % 5 === 3 ? '' : loc(c, 'ch').street), [BILL('street1')], opt],
    ['PLZ', (c, o) => (+o.id % 5 === 3 ? '' : loc(c, 'ch').zip), [BILL('postalCode')], opt],
    ['Ort', (c, o) => (+o.id % 5 === 3 ? '' : loc(c, 'ch').city), [BILL('city')], opt],
    ['Land', (c, o) => (+o.id % 5 === 3 ? '' : 'Schweiz'), [BILL('country')], opt],
    ['E-Mail', (c, o) => (+o.id % 5 === 3 ? '' : loc(c, 'ch').email), EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (+o.id % 5 === 3 || r() < 0.4 ? '' : loc(c, 'ch').mobile), PHONE_ID, opt],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Gutscheincode', (c, o) => (o.discount ? 'SCHUEUER-FAN' : ''), ['commerce.promotionID'], opt],
    ['Status', (c, o) => tst(o)[0], [], opt],
    ['Eingelöst', (c, o) => (tst(o)[1] ? 'Ja' : 'Nein'), []],
    ['Eingelöst am', (c, o, r) => (tst(o)[1] ? `${dmy(cet(o.at + (10 + +o.id % 40) * day))} ${pad(19 + (+o.id % 2))}:${pad(v.int(r, 0, 59))}` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Austria: payment gateway
  { name: 'qenta-payment-center-transaktionen-de', product: 'QENTA Payment CEE (Vienna, formerly Wirecard CEE; Payment Center > Transaktionen > Export (CSV), one row per payment, German UI, a Graz outdoor-equipment web shop)', family: 'payments', language: 'de', schema: E, cols: [
    ['Auftragsnummer', (c, o) => String(14000000 + +o.id * 331 % 900000), [OR('payments[0].transactionID'), '_id']],
    ['Bestellreferenz', (c, o) => `GZ-${bd(o.at).y}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => deDTs(o.at), ['timestamp']],
    ['Zahlungsmittel', (c, o) => qpt(o), [OR('payments[0].paymentType')]],
    ['Finanzinstitut', (c, o) => row(['Visa', 'BAWAG P.S.K.', 'MasterCard', '', 'Raiffeisen', '', 'Visa'], +o.id), [], opt],
    ['Betrag', (c, o) => eur(o.total * 3), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o) => qst(o), [], opt],
    ['Abgebuchter Betrag', (c, o) => (['Abgebucht', 'Gutgeschrieben'].includes(qst(o)) ? eur(o.total * 3) : '0,00'), [], opt],
    ['Gutgeschriebener Betrag', (c, o) => (qst(o) === 'Gutgeschrieben' ? eur(o.price * 3) : '0,00'), [OR('refunds[0].refundAmount')], opt],
    ['Bestellbeschreibung', (c, o) => `Bestellung ${pad(+o.id % 100000, 5)} bei bergzeit-graz.at`, []],
    ['Kontoauszugstext', (c, o) => `bergzeit-graz.at ${pad(+o.id % 100000, 5)}`, []],
    ['Karteninhaber', (c, o) => (/^CCARD/.test(qpt(o)) ? `${loc(c, 'at').first} ${loc(c, 'at').last}`.toUpperCase() : ''), []],
    ['Anonymisierte Kartennummer', (c, o, r) => (/^CCARD/.test(qpt(o)) ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Ablaufdatum', (c, o, r) => (/^CCARD/.test(qpt(o)) ? `${pad(v.int(r, 1, 12))}/${v.int(r, 2025, 2030)}` : ''), []],
    ['Gateway-Referenznummer', (c, o, r) => `DGW_${v.int(r, 1000000, 9999999)}_${v.alnum(r, 8).toUpperCase()}`, [], opt],
    ['Autorisierungscode', (c, o, r) => (/^CCARD/.test(qpt(o)) && qst(o) !== 'Abgelehnt' ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['3-D Secure', (c, o) => (qpt(o) === 'CCARD' ? 'Ja' : 'Nein'), []],
    ['E-Mail Konsument', (c) => loc(c, 'at').email, EMAIL_ID, opt],
    ['IP-Adresse Konsument', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Rechnungsadresse PLZ', (c) => loc(c, 'at').zip, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => loc(c, 'at').city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'AT', [BILL('countryCode')]],
    ['Shop-ID', () => 'bergzeit01', []],
  ] },
  // ---------------------------------------------------------------- Germany: SMS gateway delivery report
  { name: 'lox24-sms-versandbericht-de', product: 'LOX24 (SMS gateway; Web-Account > SMS > Versandberichte > CSV-Export, one row per SMS, German UI, a Hanover car-repair workshop\'s appointment reminders and a tyre-change promotion)', family: 'sms', language: 'de', schema: E, cols: [
    ['SMS-ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Erstellt', (c, o) => deDTs(o.at), ['timestamp']],
    ['Geplanter Versand', (c, o) => (+o.id % 3 === 0 ? `${dmy(cet(o.at + day))} 09:00:00` : ''), [], opt],
    ['Versendet', (c, o) => (+o.id % 3 === 0 ? `${dmy(cet(o.at + day))} 09:00:${pad(+o.id % 50 + 2)}` : deDTs(o.at + 4000)), [], opt],
    ['Absender', () => 'KFZ-Werner', []],
    ['Empfänger', (c) => loc(c, 'de').mobile.replace(/ /g, ''), PHONE_ID],
    ['Land', () => 'DE', [], opt],
    ['Text', (c, o) => (+o.id % 3 === 0 ? 'Reifenwechsel-Aktion: Einlagerung + Montage nur 49 EUR bis 31.10. Termin: 0511 8761230. Abmelden: STOP an 017612345678' : `Hallo ${loc(c, 'de').first}, Ihr Werkstatttermin ist am ${dmy(cet(o.at + 2 * day))} um ${pad(7 + +o.id % 9)}:30 Uhr. Ihre KFZ Werner GmbH`), []],
    ['Zeichen', (c, o) => String(+o.id % 3 === 0 ? 118 : 92 + loc(c, 'de').first.length), []],
    ['SMS-Anzahl', () => '1', []],
    ['Unicode', () => 'Nein', []],
    ['Tarif', (c, o) => (+o.id % 3 === 0 ? 'economy' : 'direct'), []],
    ['Quelle', (c, o) => (+o.id % 3 === 0 ? 'Web' : 'API'), [], opt],
    ['Status', (c, o) => lst(o)[0], [], opt],
    ['DLR-Code', (c, o) => lst(o)[1], [], opt],
    ['Zugestellt am', (c, o, r) => (!lst(o)[2] ? '' : +o.id % 3 === 0 ? `${dmy(cet(o.at + day))} 09:0${v.int(r, 1, 4)}:${pad(v.int(r, 0, 59))}` : deDTs(o.at + 4000 + v.int(r, 3, 90) * 1000)), [], opt],
    ['Netz', (c, o) => row(['Telekom', 'Vodafone', 'O2 (Telefónica)', 'Telekom', '1&1'], +o.id), ['environment.carrier'], opt],
    ['Preis', (c, o) => (+o.id % 3 === 0 ? '0,049' : '0,069'), []],
    ['Massenversand', (c, o) => (+o.id % 3 === 0 ? 'Reifenwechsel Herbst' : ''), ['marketing.campaignName'], opt],
    ['Callback-Daten', (c, o) => (+o.id % 3 === 0 ? '' : `termin-${40000 + +o.id % 9999}`), []],
    ['IP', () => '91.64.212.17', []],
  ] },
  // ---------------------------------------------------------------- Germany: delivery platform
  { name: 'seven-senders-sendungen-export-de', product: 'Seven Senders (Berlin delivery platform; Portal > Sendungen > Export (CSV), one row per parcel, German UI, a Munich fashion e-tailer shipping cross-border through local carriers)', family: 'delivery', language: 'de', schema: E, cols: [
    ['Sendungs-ID', (c, o, r) => String(v.int(r, 41000000, 49999999)), ['_id'], opt],
    ['Auftragsnummer', (c, o) => `MF-${100000 + +o.id % 900000}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => dmy(cet(o.at - day)), [OR('createdDate')], opt],
    ['Erstellt am', (c, o) => deDT(o.at), ['timestamp']],
    ['Versanddatum', (c, o) => dmy(cet(o.at + (+o.id % 2) * day)), ['commerce.shipping.shipDate']],
    ['Lager', () => 'Fulfillment Center Aschheim', []],
    ['Carrier', (c, o) => row(XB, +o.id)[4], ['commerce.shipping.shippingMethod']],
    ['Carrier-Service', (c, o) => row(XB, +o.id)[5], ['commerce.shipping.shippingMethod'], opt],
    ['Trackingnummer', (c, o, r) => (row(XB, +o.id)[0] === 'DE' ? `00340434${v.int(r, 1000000000, 9999999999)}` : `${v.pick(r, ['3S', 'CD', 'LX'])}${v.int(r, 100000000, 999999999)}${row(XB, +o.id)[0]}`), ['commerce.shipping.trackingNumber']],
    ['Tracking-Link', (c, o) => `https://modefreunde.sendwise.com/de/tracking/MF-${100000 + +o.id % 900000}`, ['commerce.shipping.trackingURL']],
    ['Empfänger', (c, o) => row(XB_NAMES, +o.id).join(' '), []],
    ['Straße', (c, o) => row(XB, +o.id)[3], [SHIP('street1')]],
    ['PLZ', (c, o) => row(XB, +o.id)[2], [SHIP('postalCode')]],
    ['Ort', (c, o) => row(XB, +o.id)[1], [SHIP('city')]],
    ['Zielland', (c, o) => row(XB, +o.id)[0], [SHIP('countryCode')]],
    ['E-Mail', (c, o) => `${slugify(row(XB_NAMES, +o.id)[0])}.${slugify(row(XB_NAMES, +o.id)[1])}${+o.id % 90}@${row(['gmx.at', 'ziggo.nl', 'orange.fr', 'libero.it', 'web.de', 'telenet.be', 'wp.pl', 'bluewin.ch'], +o.id)}`, EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (r() < 0.6 ? row(['+43 664 2817743', '+31 6 41827733', '+33 6 12 45 78 90', '+39 347 5521804', '+49 171 4456120', '+32 475 22 81 09', '+48 601 224 918', '+41 79 512 33 08'], +o.id) : ''), PHONE_ID, opt],
    ['Pakete', () => '1', []],
    ['Gewicht (kg)', (c, o) => (0.4 + (+o.id % 17) / 10).toFixed(2).replace('.', ','), []],
    ['Status', (c, o) => sst(o)[0], [], opt],
    ['Letztes Ereignis', (c, o) => deDT(o.at + (+o.id % 2) * day + sst(o)[2] * day + 5 * 3600000 + (+o.id % 600) * 60000), [], opt],
    ['Voraussichtliche Zustellung', (c, o) => dmy(cet(o.at + (+o.id % 2) * day + 3 * day)), [], opt],
    ['Zugestellt am', (c, o) => (sst(o)[1] ? dmy(cet(o.at + (+o.id % 2) * day + sst(o)[2] * day + 5 * 3600000 + (+o.id % 600) * 60000)) : ''), [], opt],
    ['Laufzeit (Werktage)', (c, o) => (sst(o)[1] ? String(sst(o)[2]) : ''), []],
    ['Retoure', (c, o) => (sst(o)[0] === 'Retoure an Absender' ? 'ja' : 'nein'), []],
  ] },
  // ---------------------------------------------------------------- Germany: online bookkeeping, issued invoices
  { name: 'kontolino-ausgangsrechnungen-de', product: 'Kontolino! (online bookkeeping; Rechnungen > Ausgangsrechnungen > Export als CSV, one row per invoice, German UI, a Leipzig photographer invoicing private and business clients)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Rechnungsnummer', (c, o) => `RE-${bd(o.at).y}-${pad(+o.id % 900 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Rechnungsdatum', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Leistungsdatum', (c, o) => dmy(cet(o.at - (+o.id % 9) * day)), [], opt],
    ['Fälligkeit', (c, o) => dmy(cet(o.at + 14 * day)), [], opt],
    ['Kundennummer', (c) => `K${10000 + +c.id % 900}`, CUST_ID, opt],
    ['Kunde', (c, o) => (+o.id % 3 === 0 ? row(LE_CLIENTS, +o.id)[0] : loc(c, 'de').full), []],
    ['Ansprechpartner', (c, o) => (+o.id % 3 === 0 ? loc(c, 'de').full : ''), []],
    ['Straße', (c) => loc(c, 'de').street, [BILL('street1')]],
    ['PLZ', (c) => loc(c, 'de').zip, [BILL('postalCode')]],
    ['Ort', (c) => loc(c, 'de').city, [BILL('city')]],
    ['Land', () => 'Deutschland', [BILL('country')]],
    ['E-Mail', (c, o) => (+o.id % 3 === 0 ? `buchhaltung@${row(LE_CLIENTS, +o.id)[1]}` : loc(c, 'de').email), EMAIL_ID, opt],
    ['Betreff', (c, o, r, i) => row(DE_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Nettobetrag', (c, o, r, i) => eur(row(DE_SERV, i + +o.id)[1]), [], opt],
    ['USt-Satz', () => '19 %', []],
    ['USt-Betrag', (c, o, r, i) => eur(row(DE_SERV, i + +o.id)[1] * 0.19), [OR('taxAmount')]],
    ['Bruttobetrag', (c, o, r, i) => eur(row(DE_SERV, i + +o.id)[1] * 1.19), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Bezahlt', (c, o, r, i) => (+o.id % 4 === 1 ? '0,00' : eur(row(DE_SERV, i + +o.id)[1] * 1.19)), [OR('payments[0].paymentAmount')], opt],
    ['Offener Betrag', (c, o, r, i) => (+o.id % 4 === 1 ? eur(row(DE_SERV, i + +o.id)[1] * 1.19) : '0,00'), []],
    ['Status', (c, o) => (+o.id % 4 === 1 ? (+o.id % 8 === 1 ? 'überfällig' : 'offen') : 'bezahlt'), []],
    ['Bezahlt am', (c, o) => (+o.id % 4 === 1 ? '' : dmy(cet(o.at + (3 + +o.id % 10) * day))), [], opt],
    ['Zahlungsart', (c, o) => (+o.id % 4 === 1 ? '' : row(['Überweisung', 'PayPal', 'Überweisung', 'Bar'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Erlöskonto', () => '8400', []],
    ['Kostenstelle', (c, o) => row(['Hochzeit', 'Business', 'Business', 'Privat'], +o.id), []],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Anzahlung 30 % verrechnet', 'Galerie-Link per Mail']), []],
  ] },
  // ---------------------------------------------------------------- Germany: e-mail marketing recipients (OpenEMM / AGNITAS EMM)
  { name: 'openemm-empfaenger-export-de', product: 'OpenEMM (AGNITAS, Munich; Empfänger > Export, CSV with the profile fields\' database names plus custom fields and the mailing-list binding, German installation, a Stuttgart bicycle shop\'s newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['customer_id', (c) => String(1000 + +c.id % 90000), ID],
    ['email', (c) => loc(c, 'de').email, ['personalEmail.address']],
    ['gender', (c, o) => (+o.id % 13 === 0 ? '2' : loc(c, 'de').female ? '1' : '0'), ['person.gender']],
    ['title', (c, o) => (+o.id % 9 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['firstname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['lastname', (c) => loc(c, 'de').last, ['person.name.lastName']],
    ['mailtype', (c, o) => (+o.id % 10 === 0 ? '0' : '1'), []],
    ['creation_date', (c) => deDTs(c.created), [], opt],
    ['timestamp', (c) => deDTs(later(c)), [], opt],
    ['datasource_id', (c, o) => row(['12', '12', '3', '27'], +o.id), []],
    ['latest_datasource_id', (c, o) => row(['12', '31', '3', '27'], +o.id >> 1), []],
    ['lastopen_date', (c, o) => (+o.id % 4 === 0 ? '' : deDTs(later(c) - 2 * day)), [], opt],
    ['lastclick_date', (c, o) => (+o.id % 3 === 0 ? deDTs(later(c) - 2 * day + 90000) : ''), [], opt],
    ['lastsend_date', (c) => deDTs(later(c) - 2 * day - 3600000), [], opt],
    ['bounceload', () => '0', []],
    ['sys_tracking_veto', (c, o) => (+o.id % 11 === 0 ? '1' : '0'), [], opt],
    ['kundennummer', (c, o) => (+o.id % 3 ? `RS-${40000 + +c.id % 9999}` : ''), ['personID'], opt],
    ['geburtsdatum', (c, o) => (+o.id % 2 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['plz', (c) => loc(c, 'de').zip, at(HOME, 'postalCode')],
    ['ort', (c) => loc(c, 'de').city, at(HOME, 'city')],
    ['handynummer', (c, o) => (+o.id % 3 === 1 ? loc(c, 'de').mobile : ''), ['mobilePhone.number']],
    ['lieblingsrad', (c, o) => row(['E-Bike', 'Gravel', 'Rennrad', 'Trekking', ''], +o.id), []],
    ['mailinglist', () => 'Newsletter Radsport Stuttgart', []],
    ['user_type', (c, o) => (+o.id % 17 === 0 ? 'T' : 'W'), []],
    ['user_status', (c, o) => row(['1', '1', '1', '3', '1', '2', '1'], +o.id), [], opt],
    ['user_remark', (c, o) => row(['Opt-In (ip: 84.163.22.41)', 'Opt-In (ip: 79.230.5.118)', 'Import', 'Opt-Out by user', 'Opt-In (ip: 2003:e6:1f0a::1)', 'bounce:mailbox full', 'Anmeldung Ladengeschäft'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Germany: WhatsApp marketing contacts
  { name: 'chatarmin-kontakte-export-de', product: 'Chatarmin (WhatsApp marketing for online shops; Kontakte > Exportieren (CSV), one row per subscriber, German UI, a Hamburg coffee-subscription brand on Shopify)', family: 'marketing-automation', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c, o, r) => v.hex(r, 24), ID],
    ['Telefonnummer', (c) => digits(loc(c, 'de').mobile), ['mobilePhone.number']],
    ['Vorname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c, o) => (+o.id % 5 === 0 ? '' : loc(c, 'de').last), ['person.name.lastName']],
    ['E-Mail', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'de').email), ['personalEmail.address']],
    ['Land', (c, o) => (+o.id % 12 === 0 ? 'AT' : 'DE'), at(HOME, 'countryCode'), opt],
    ['Sprache', () => 'de', [], opt],
    ['Opt-in Status', (c, o) => row(['Opt-in', 'Opt-in', 'Opt-in', 'Opt-out', 'Opt-in', 'Ausstehend'], +o.id), [], opt],
    ['Opt-in Datum', (c) => deDT(c.created), [], opt],
    ['Opt-in Quelle', (c, o) => row(['Pop-up', 'Checkout', 'QR-Code Verpackung', 'Instagram Link', 'Pop-up'], +o.id), [], opt],
    ['Shopify Kunden-ID', (c, o) => (+o.id % 4 === 0 ? '' : String(7100000000000 + +c.id * 37)), ['personID'], opt],
    ['Tags', (c, o) => row(['Abo-Kunde', 'Espresso, VIP', '', 'Filterkaffee', 'Abo-Kunde, Gewinnspiel 2024'], +o.id), []],
    ['Segmente', (c, o) => row(['Aktive Käufer', 'Warenkorbabbrecher', 'Neukunden 30 Tage', ''], +o.id >> 1), []],
    ['Anzahl Bestellungen', (c, o) => String(+o.id % 14), []],
    ['Gesamtumsatz', (c, o) => eur((+o.id % 14) * 24.9), ['loyalty.lifetimePurchases'], opt],
    ['Letzte Bestellung', (c, o) => (+o.id % 14 ? dmy(cet(later(c))) : ''), [], opt],
    ['Geburtstag', (c, o) => (+o.id % 3 === 0 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['PLZ', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'de').zip), at(HOME, 'postalCode')],
    ['Stadt', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'de').city), at(HOME, 'city')],
    ['Lieblingsröstung', (c, o) => row(['Hell', 'Mittel', 'Dunkel', ''], +o.id), []],
    ['Letzte Nachricht', (c) => deDT(later(c) + day), [], opt],
    ['Erstellt am', (c) => deDT(c.created), [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: customer-card holders
  { name: 'boncard-kundenkarten-inhaber-de', product: 'Boncard (Swiss gift and customer-card platform; Boncard Portal > Kundenkarten > Karteninhaber exportieren (CSV), one row per card, Swiss German UI, a Zurich bakery-café chain\'s points card)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kartennummer', (c) => `6044${pad(+c.id * 97 % 1000000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Kartenstatus', (c, o) => (+o.id % 15 === 0 ? 'gesperrt' : 'aktiv'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Programm', () => 'Beck Treuekarte', ['loyalty.program'], opt],
    ['Kunden-Nr.', (c) => String(300000 + +c.id % 90000), ID],
    ['Anrede', (c) => (loc(c, 'ch').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => loc(c, 'ch').first, ['person.name.firstName']],
    ['Name', (c) => loc(c, 'ch').last, ['person.name.lastName']],
    ['Strasse', (c) => loc(c, 'ch').street, at(HOME, 'street1')],
    ['PLZ', (c) => loc(c, 'ch').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => loc(c, 'ch').city, at(HOME, 'city')],
    ['Kanton', (c) => loc(c, 'ch').region, STATE(HOME), opt],
    ['Land', () => 'CH', at(HOME, 'countryCode')],
    ['Geburtsdatum', (c, o) => (+o.id % 3 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['E-Mail', (c, o) => (+o.id % 6 === 0 ? '' : loc(c, 'ch').email), ['personalEmail.address']],
    ['Mobile', (c) => loc(c, 'ch').mobile, ['mobilePhone.number']],
    ['Sprache', (c, o) => (+o.id % 8 === 0 ? 'FR' : 'DE'), [], opt],
    ['Punktestand', (c, o) => String(+o.id % 480), ['loyalty.points']],
    ['Punkte gesammelt total', (c, o) => String(+o.id % 480 + (+c.id % 30) * 100), ['loyalty.lifetimePoints']],
    ['Punkte eingelöst', (c) => String((+c.id % 30) * 100), ['loyalty.pointsRedeemed']],
    ['Guthaben CHF', (c, o) => (+o.id % 5 === 0 ? chf((+o.id % 40) + 10) : '0.00'), [], opt],
    ['Umsatz total CHF', (c, o) => chf((+o.id % 480 + (+c.id % 30) * 100) * 1.05), ['loyalty.lifetimePurchases'], opt],
    ['Anzahl Einkäufe', (c, o) => String(3 + +o.id % 160), []],
    ['Letzter Einkauf', (c) => deDT(later(c)), [], opt],
    ['Registriert am', (c) => dmy(cet(c.created)), ['loyalty.joinDate']],
    ['Ausgabestelle', (c, o) => row(['Filiale Zürich HB', 'Filiale Oerlikon', 'Filiale Winterthur Marktgasse', 'Online'], +o.id), []],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
  ] },
  // ---------------------------------------------------------------- Austria: invoicing customers (B2B)
  { name: 'freefinance-kunden-export-de', product: 'FreeFinance (Austrian online accounting and invoicing; Stammdaten > Kunden > CSV exportieren, one row per customer, Austrian German UI, a Vienna IT-services sole trader billing small businesses)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Kundennummer', (c) => String(10000 + +c.id % 900), [...B2BID, ...ACC], opt],
    ['Anrede', (c) => (loc(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Firmenname', (c) => firm(AT_CLIENTS, c)[0], CO],
    ['Ergänzung', (c, o) => (+o.id % 3 === 0 ? 'z.H. Buchhaltung' : ''), []],
    ['Titel', (c, o) => row(['', 'Mag.', '', 'DI', 'Dr.', '', 'Ing.'], +o.id), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'at').last, ['person.name.lastName']],
    ['UID-Nummer', (c, o, r) => (r() < 0.8 ? `ATU${v.int(r, 10000000, 79999999)}` : ''), []],
    ['Kürzel', (c) => firm(AT_CLIENTS, c)[0].split(' ')[0].slice(0, 6).toUpperCase(), []],
    ['Straße', (c) => loc(c, 'at').street, [W('street1')]],
    ['PLZ', (c) => loc(c, 'at').zip, [W('postalCode')]],
    ['Ort', (c) => loc(c, 'at').city, [W('city')]],
    ['Land', () => 'Österreich', [W('country')]],
    ['Region', (c) => loc(c, 'at').region, STATE(['workAddress']), opt],
    ['E-Mail', (c) => `${slugify(loc(c, 'at').last)}@${firm(AT_CLIENTS, c)[1]}`, WE],
    ['Telefon', (c) => loc(c, 'at').phone, ['workPhone.number']],
    ['Mobil', (c, o) => (+o.id % 2 ? loc(c, 'at').mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (+o.id % 6 === 0 ? `${loc(c, 'at').phone.slice(0, -2)}${v.int(r, 10, 99)}` : ''), ['faxPhone.number'], opt],
    ['Webseite', (c) => `www.${firm(AT_CLIENTS, c)[1]}`, ['b2b.companyWebsite']],
    ['Zahlungsziel (Tage)', (c, o) => row(['14', '30', '14', '7'], +o.id), []],
    ['Skonto (%)', (c, o) => row(['0', '2', '0', '3'], +o.id >> 1), []],
    ['Forderungskonto', (c) => String(20000 + +c.id % 900), []],
    ['IBAN', (c, o, r) => `AT${v.int(r, 10, 99)} ${v.pick(r, ['2011', '1200', '3200', '1400'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, []],
    ['Notiz', (c, o, r) => v.pick(r, ['', '', '', 'Wartungsvertrag Server', 'Rechnung nur per E-Mail']), []],
    ['Angelegt am', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Austria: company data register
  { name: 'compass-firmensuche-export-de', product: 'Compass (Compass-Verlag, Vienna; Firmen-Compass online > Firmensuche > Treffer exportieren (Excel), one row per firm with its managing director, Austrian German UI, a Linz packaging supplier\'s prospect list)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Compass-ID', (c) => `${pad(+c.id % 1000000, 6)}${String.fromCharCode(65 + +c.id % 26)}`, ACC, opt],
    ['Firmenwortlaut', (c) => firm(AT_FIRMS, c)[0], CO],
    ['Rechtsform', (c) => firm(AT_FIRMS, c)[2], []],
    ['Firmenbuchnummer', (c, o, r) => `FN ${v.int(r, 10000, 599999)} ${v.pick(r, ['a', 'b', 'f', 'g', 'k', 'm', 'p', 's', 'w', 'x'])}`, []],
    ['Firmenbuchgericht', (c) => firm(AT_FIRMS, c)[8], []],
    ['UID', (c, o, r) => `ATU${v.int(r, 10000000, 79999999)}`, []],
    ['Straße', (c) => firm(AT_FIRMS, c)[4], [W('street1')]],
    ['PLZ', (c) => firm(AT_FIRMS, c)[5], [W('postalCode')]],
    ['Ort', (c) => firm(AT_FIRMS, c)[6], [W('city')]],
    ['Bundesland', (c) => firm(AT_FIRMS, c)[7], STATE(['workAddress'])],
    ['Telefon', (c) => `+43 ${firm(AT_FIRMS, c)[9]} ${1000 + +c.id % 8000}`, ['workPhone.number']],
    ['Fax', (c, o) => (+o.id % 3 === 0 ? `+43 ${firm(AT_FIRMS, c)[9]} ${1000 + +c.id % 8000}-9` : ''), ['faxPhone.number'], opt],
    ['E-Mail', (c) => `office@${firm(AT_FIRMS, c)[1]}`, ['workEmail.address'], opt],
    ['Homepage', (c) => `www.${firm(AT_FIRMS, c)[1]}`, ['b2b.companyWebsite']],
    ['ÖNACE 2008', (c) => firm(AT_FIRMS, c)[3], []],
    ['Beschäftigte', (c, o) => row(['10-19', '20-49', '50-99', '100-249', '5-9'], +o.id >> 1), []],
    ['Umsatz (EUR)', (c, o) => row(['1-2 Mio.', '2-5 Mio.', '5-10 Mio.', '10-50 Mio.', '< 1 Mio.'], +o.id >> 1), []],
    ['Gründungsjahr', (c, o, r) => String(v.int(r, 1948, 2016)), []],
    ['Funktion', (c, o) => ({ AG: 'Vorstand', 'e.U.': 'Inhaber', KG: 'Komplementär' })[firm(AT_FIRMS, c)[2]] ?? (+o.id % 4 === 0 ? 'Prokurist' : loc(c, 'at').female ? 'Geschäftsführerin' : 'Geschäftsführer'), ['extendedWorkDetails.jobTitle']],
    ['Anrede', (c) => (loc(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o) => row(['', 'Ing.', 'Mag.', '', 'DI', 'KR'], +o.id), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'at').last, ['person.name.lastName']],
    ['Letzte Änderung', (c) => dmy(cet(later(c))), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: telemarketing CRM contact persons (B2B)
  { name: 'ag-vip-sql-ansprechpartner-export-de', product: 'AG-VIP SQL (Grutzeck-Software, Hanau; Adressen > Ansprechpartner > Export (CSV), one row per contact person with its company address, German UI, a Frankfurt IT reseller\'s telemarketing campaign)', family: 'crm', language: 'de', schema: B, cols: [
    ['Adress-Nr.', (c) => String(70000 + +c.id % 20000), ACC, opt],
    ['AP-Nr.', (c) => String(100000 + +c.id % 800000), B2BID],
    ['Firma 1', (c) => firm(DE_FIRMS, c)[0], CO],
    ['Firma 2', (c, o) => (+o.id % 4 === 0 ? 'Niederlassung Frankfurt' : ''), [], opt],
    ['Straße', (c) => firm(DE_FIRMS, c)[3], [W('street1')]],
    ['PLZ', (c) => firm(DE_FIRMS, c)[4], [W('postalCode')]],
    ['Ort', (c) => firm(DE_FIRMS, c)[5], [W('city')]],
    ['Land', () => 'D', [W('countryCode'), W('country')], opt],
    ['Telefon Zentrale', (c) => `${firm(DE_FIRMS, c)[6]} ${pad(+c.id % 9000 + 1000, 4)}0`, ['workPhone.number'], opt],
    ['Internet', (c) => `www.${firm(DE_FIRMS, c)[1]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => firm(DE_FIRMS, c)[2], []],
    ['Anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o) => (+o.id % 7 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'de').last, ['person.name.lastName']],
    ['Position', (c, o) => row([['IT-Leiter', 'IT-Leiterin'], ['Geschäftsführer', 'Geschäftsführerin'], ['Leiter Einkauf', 'Leiterin Einkauf'], ['Systemadministrator', 'Systemadministratorin'], ['Kaufmännische Leitung', 'Kaufmännische Leitung']], +o.id)[loc(c, 'de').female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o) => row(['IT', 'Geschäftsleitung', 'Einkauf', 'IT', 'Verwaltung'], +o.id), ['extendedWorkDetails.departments[0]']],
    ['Telefon direkt', (c, o, r) => `${firm(DE_FIRMS, c)[6]} ${pad(+c.id % 9000 + 1000, 4)}${v.int(r, 11, 89)}`, ['workPhone.number']],
    ['Mobil', (c, o) => (+o.id % 3 ? '' : loc(c, 'de').mobile), ['mobilePhone.number']],
    ['E-Mail', (c) => `${slugify(loc(c, 'de').first)[0]}.${slugify(loc(c, 'de').last)}@${firm(DE_FIRMS, c)[1]}`, ['workEmail.address']],
    ['Briefanrede', (c, o) => `${loc(c, 'de').female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${+o.id % 7 === 0 ? 'Dr. ' : ''}${loc(c, 'de').last},`, []],
    ['Projekt', () => 'Windows 11 Migration Q3', []],
    ['Status', (c, o) => row(['Termin vereinbart', 'Wiedervorlage', 'Kein Interesse', 'Nicht erreicht', 'Info zusenden', 'Wiedervorlage'], +o.id), ['b2b.personStatus'], opt],
    ['Wiedervorlage', (c, o) => (row(['', 'x', '', 'x', 'x', 'x'], +o.id) ? `${dmy(cet(later(c) + 7 * day))} 10:00` : ''), [], opt],
    ['Letzter Kontakt', (c) => deDT(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Bearbeiter', (c, o) => row(['S. Krause', 'M. Lange', 'J. Braun'], +o.id), []],
    ['Werbesperre', (c, o) => (+o.id % 9 === 0 ? 'Ja' : 'Nein'), ['b2b.isMarketingSuspended'], opt],
    ['Angelegt am', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
