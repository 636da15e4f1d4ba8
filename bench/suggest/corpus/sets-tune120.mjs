// Round 120, tune120: tune sets written blind (by a helper that never opened the suggester, its tests, the scorer or a
// score). Same format as sets.mjs (sources in ../README.md). German-language (Germany, Austria, Switzerland) and
// Dutch-language (Netherlands, Flanders) exports: a payment provider's transaction list, a concert-ticketing
// organiser's order list, a Contao shop's order lines, a Swiss freelancer-accounting tool's invoices, a Dutch parcel
// tool's shipments and an SMS gateway's message history (events); a real-estate CRM's address records, a German and
// a Dutch e-mail tool's recipient lists (profiles); a B2B address vendor's firm list, a Dutch bookkeeping tool's
// customer relations and a Belgian B2B marketing file (B2B). Headers in the product's UI language, following the
// public API or help-centre vocabulary where one was found (see the sources table of the round-120 tune paragraph),
// otherwise the writer's knowledge of the product.
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European time (+1/+2), written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const bd = (ms) => v.parts(ms)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const r2 = (n) => Math.round(n * 100) / 100
const dec = (n, sep = ',') => r2(n).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = r2(n).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const chf = (n) => thou(n, "'", '.')
const later = (c, k = 1) => c.created + ((+c.id % 400) + 3) * day * k + (+c.id % 70000) * 1000
const seeded = (c, salt) => v.rng(+c.id * 97 + salt)

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const ACCT = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [name, slug] (nl/be: [tussenvoegsel, base, slug]); places: [city, postcode, region]
const LOC = {
  de: { first: [['Tobias', 'Julia'], ['Florian', 'Christina'], ['Sebastian', 'Nina'], ['Matthias', 'Laura'], ['Andreas', 'Melanie'], ['Dennis', 'Jana'], ['Markus', 'Sandra']],
    last: [['Krüger', 'krueger'], ['Hartmann', 'hartmann'], ['Zimmermann', 'zimmermann'], ['Braun', 'braun'], ['Schröder', 'schroeder'], ['Neumann', 'neumann'], ['Schwarz', 'schwarz'], ['Lange', 'lange'], ['Vogel', 'vogel']],
    places: [['Berlin', '10245', 'Berlin'], ['Hamburg', '22767', 'Hamburg'], ['Köln', '50823', 'Nordrhein-Westfalen'], ['Nürnberg', '90429', 'Bayern'], ['Stuttgart', '70197', 'Baden-Württemberg'], ['Leipzig', '04277', 'Sachsen'], ['Bremen', '28203', 'Bremen'], ['Mainz', '55118', 'Rheinland-Pfalz'], ['Fürth', '90762', 'Bayern']],
    street: (r) => `${v.pick(r, ['Bergstraße', 'Friedrichstr.', 'Kastanienallee', 'Lindenstraße', 'Mühlweg', 'Rosenstraße', 'Bahnhofstr.', 'Am Sportplatz'])} ${v.int(r, 1, 140)}${r() < 0.15 ? v.pick(r, ['a', 'b']) : ''}`,
    mobile: (r) => `0${v.pick(r, ['151', '152', '160', '170', '176', '157'])} ${v.int(r, 1000000, 99999999)}`,
    mail: ['web.de', 'gmx.de', 'gmail.com', 't-online.de', 'posteo.de'] },
  at: { first: [['Lukas', 'Katharina'], ['Stefan', 'Elisabeth'], ['Christoph', 'Theresa'], ['Johannes', 'Magdalena'], ['Wolfgang', 'Barbara'], ['Bernhard', 'Verena']],
    last: [['Gruber', 'gruber'], ['Huber', 'huber'], ['Pichler', 'pichler'], ['Moser', 'moser'], ['Hofer', 'hofer'], ['Steiner', 'steiner'], ['Leitner', 'leitner'], ['Wimmer', 'wimmer']],
    places: [['Salzburg', '5020', 'Salzburg'], ['Hallein', '5400', 'Salzburg'], ['Wals-Siezenheim', '5071', 'Salzburg'], ['Anif', '5081', 'Salzburg'], ['Seekirchen am Wallersee', '5201', 'Salzburg'], ['Linz', '4020', 'Oberösterreich'], ['Wien', '1070', 'Wien']],
    street: (r) => `${v.pick(r, ['Linzer Gasse', 'Alpenstraße', 'Ignaz-Harrer-Straße', 'Moosstraße', 'Schallmooser Hauptstraße', 'Aigner Straße', 'Kirchenweg'])} ${v.int(r, 1, 90)}${r() < 0.3 ? '/' + v.int(r, 1, 14) : ''}`,
    mobile: (r) => `+43 ${v.pick(r, ['664', '660', '676', '650', '699'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['gmx.at', 'aon.at', 'gmail.com', 'sbg.at', 'chello.at'] },
  ch: { first: [['Reto', 'Simone'], ['Urs', 'Corinne'], ['Beat', 'Nadine'], ['Marco', 'Andrea'], ['Adrian', 'Sabrina'], ['Dominik', 'Fabienne']],
    last: [['Meier', 'meier'], ['Brunner', 'brunner'], ['Keller', 'keller'], ['Baumann', 'baumann'], ['Frei', 'frei'], ['Gerber', 'gerber'], ['Widmer', 'widmer'], ['Schmid', 'schmid']],
    places: [['Basel', '4051', 'BS'], ['Riehen', '4125', 'BS'], ['Allschwil', '4123', 'BL'], ['Liestal', '4410', 'BL'], ['Zürich', '8004', 'ZH'], ['Bern', '3011', 'BE'], ['Luzern', '6003', 'LU'], ['Aarau', '5000', 'AG']],
    street: (r) => `${v.pick(r, ['Güterstrasse', 'Hauptstrasse', 'Dorfstrasse', 'Bahnhofstrasse', 'Steinenvorstadt', 'Birsigstrasse', 'Rebgasse'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `+41 ${v.pick(r, ['76', '77', '78', '79'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hispeed.ch', 'sunrise.ch'] },
  nl: { first: [['Thijs', 'Lotte'], ['Ruben', 'Anouk'], ['Joost', 'Marieke'], ['Niels', 'Ilse'], ['Wouter', 'Eline'], ['Martijn', 'Sanne'], ['Koen', 'Fleur']],
    last: [['', 'Bakker', 'bakker'], ['de', 'Graaf', 'degraaf'], ['van', 'Leeuwen', 'vanleeuwen'], ['', 'Mulder', 'mulder'], ['van der', 'Meer', 'vandermeer'], ['', 'Hendriks', 'hendriks'], ['de', 'Wit', 'dewit'], ['', 'Kuipers', 'kuipers'], ['van', 'Dam', 'vandam']],
    places: [['Amersfoort', '3811 LP', 'Utrecht'], ['Utrecht', '3512 JC', 'Utrecht'], ['Zwolle', '8011 PK', 'Overijssel'], ['Apeldoorn', '7311 KZ', 'Gelderland'], ['Haarlem', '2011 HV', 'Noord-Holland'], ['Tilburg', '5038 EA', 'Noord-Brabant'], ['Leeuwarden', '8911 BH', 'Friesland'], ['Den Haag', '2514 GA', 'Zuid-Holland']],
    streetName: ['Langestraat', 'Kerkplein', 'Beukenlaan', 'Julianastraat', 'Molenstraat', 'Prins Hendrikkade', 'Vondelweg'],
    mobile: (r) => `06-${v.int(r, 10000000, 99999999)}`,
    mail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.com', 'xs4all.nl', 'outlook.com'] },
  be: { first: [['Pieter', 'Lien'], ['Jens', 'Elke'], ['Bram', 'Sofie'], ['Wim', 'An'], ['Kristof', 'Evelien'], ['Dries', 'Hanne']],
    last: [['', 'Peeters', 'peeters'], ['', 'Janssens', 'janssens'], ['', 'Maes', 'maes'], ['Van', 'Damme', 'vandamme'], ['De', 'Smet', 'desmet'], ['', 'Claes', 'claes'], ['Vanden', 'Berghe', 'vandenberghe'], ['', 'Wouters', 'wouters']],
    places: [['Gent', '9000', 'Oost-Vlaanderen'], ['Antwerpen', '2018', 'Antwerpen'], ['Leuven', '3000', 'Vlaams-Brabant'], ['Brugge', '8000', 'West-Vlaanderen'], ['Hasselt', '3500', 'Limburg'], ['Mechelen', '2800', 'Antwerpen'], ['Kortrijk', '8500', 'West-Vlaanderen'], ['Aalst', '9300', 'Oost-Vlaanderen']],
    streetName: ['Industrieweg', 'Kortrijksesteenweg', 'Brusselsesteenweg', 'Dorpsstraat', 'Nijverheidsstraat', 'Stationsstraat', 'Ambachtenlaan'],
    mobile: (r) => `+32 4${v.pick(r, ['70', '75', '76', '77', '78', '86', '95'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['telenet.be', 'skynet.be', 'gmail.com', 'proximus.be'] },
}
const slugify = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0]
  const lr = v.pick(r, d.last)
  const dutch = cc === 'nl' || cc === 'be'
  const tussen = dutch ? lr[0] : '', base = dutch ? lr[1] : lr[0], slug = dutch ? lr[2] : lr[1]
  const last = tussen ? `${tussen} ${base}` : base
  const [city, zip, region] = v.pick(r, d.places)
  const p = { first, last, tussen, base, female, slug, city, zip, region, full: `${first} ${last}`,
    mobile: d.mobile(r), house: String(v.int(r, 1, 180)), suffix: r() < 0.2 ? v.pick(r, ['A', 'B', 'bis', '2']) : '' }
  p.streetName = dutch ? v.pick(r, d.streetName) : ''
  p.street = dutch ? `${p.streetName} ${p.house}${p.suffix ? (cc === 'nl' ? '-' : ' ') + p.suffix : ''}` : d.street(r)
  p.email = `${slugify(first)}${v.pick(r, ['.', '', '_'])}${slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues and firms
// Isotope: a Basel wine merchant: [Artikel-Nr., Produkt, Variante, Preis CHF]
const WINE = [['BS-PN-19', 'Pinot Noir Klingental', 'Jahrgang 2019, 75 cl', 24.5], ['BS-RS-22', 'Riesling-Silvaner Markgräflerland', 'Jahrgang 2022, 75 cl', 16.9], ['IT-BA-18', 'Barolo DOCG Serralunga', 'Jahrgang 2018, 75 cl', 48.0], ['ES-RI-20', 'Rioja Crianza', 'Jahrgang 2020, 75 cl', 18.5], ['CH-CH-23', 'Chasselas Lavaux AOC', 'Jahrgang 2023, 50 cl', 21.9], ['GS-ABO-6', 'Weinabo Entdecker (6 Flaschen)', 'monatlich', 119.0], ['ZB-DEK-1', 'Dekantierkaraffe Riedel', 'Standard', 69.0]]
// MILKEE: a Lucerne web designer's clients and invoice titles
const MK_CLIENTS = [['Bäckerei Amrein AG', 'Thomas Amrein', 'Pilatusstrasse 14', '6003', 'Luzern', 'thomas@baeckerei-amrein.ch'], ['Physio Seetal GmbH', 'Corinne Stalder', 'Hauptstrasse 52', '6280', 'Hochdorf', 'c.stalder@physio-seetal.ch'], ['Verein Jodlerklub Kriens', 'Urs Bucher', 'Schachenstrasse 9', '6010', 'Kriens', 'kassier@jodlerklub-kriens.ch'], ['Brunner Holzbau GmbH', 'Reto Brunner', 'Industriestrasse 3', '6030', 'Ebikon', 'info@brunner-holzbau.ch'], ['Atelier Lichtblick', 'Nadine Wey', 'Bruchstrasse 61', '6003', 'Luzern', 'nadine@atelier-lichtblick.ch'], ['Weingut am Hallwilersee', 'Beat Fischer', 'Seestrasse 120', '5616', 'Meisterschwanden', 'beat.fischer@weingut-hallwilersee.ch'], ['Kanzlei Zemp & Partner', 'Andrea Zemp', 'Zentralstrasse 38', '6002', 'Luzern', 'a.zemp@zemp-partner.ch']]
const mkStatus = (o) => row(['Bezahlt', 'Bezahlt', 'Offen', 'Bezahlt', 'Überfällig', 'Bezahlt', 'Entwurf'], +o.id)
const MK_TITLES = ['Website-Relaunch Phase 2', 'Hosting & Wartung 2024', 'Logo und Geschäftsdrucksachen', 'Onlineshop-Anpassungen', 'Newsletter-Template', 'Fotoshooting und Bildbearbeitung', 'SEO-Analyse']
// AZ Direct: a Stuttgart office-furniture maker's bought prospect list: [firma1, firma2, domain, WZ, Branche, Rechtsform, Ort, PLZ, Bundesland, Vorwahl]
const AZ_FIRMS = [['Hahn Ingenieurgesellschaft mbH', '', 'hahn-ing.de', '71.12', 'Ingenieurbüros für bautechnische Gesamtplanung', 'GmbH', 'Karlsruhe', '76131', 'Baden-Württemberg', '0721'], ['Kessler Steuerberatung', 'Partnerschaft mbB', 'kessler-stb.de', '69.20', 'Steuerberatung', 'PartG mbB', 'Heilbronn', '74072', 'Baden-Württemberg', '07131'], ['Lorenz IT-Systemhaus GmbH', 'Niederlassung Augsburg', 'lorenz-it.de', '62.02', 'Erbringung von Beratungsleistungen auf dem Gebiet der IT', 'GmbH', 'Augsburg', '86150', 'Bayern', '0821'], ['Dr. Weiß & Kollegen', 'Rechtsanwälte', 'weiss-kollegen.de', '69.10', 'Rechtsberatung', 'GbR', 'Ulm', '89073', 'Baden-Württemberg', '0731'], ['Maier Versicherungsmakler GmbH & Co. KG', '', 'maier-makler.de', '66.22', 'Tätigkeit von Versicherungsmaklerinnen und -maklern', 'GmbH & Co. KG', 'Würzburg', '97070', 'Bayern', '0931'], ['Sonnenschein Kita gGmbH', 'Verwaltung', 'sonnenschein-kitas.de', '88.91', 'Tagesbetreuung von Kindern', 'gGmbH', 'Mannheim', '68159', 'Baden-Württemberg', '0621'], ['Hofmann Immobilien GmbH', '', 'hofmann-immo.de', '68.31', 'Vermittlung von Grundstücken, Gebäuden und Wohnungen für Dritte', 'GmbH', 'Freiburg im Breisgau', '79098', 'Baden-Württemberg', '0761']]
// Moneymonk: an Utrecht IT-support freelancer's customers
const MM_FIRMS = [['Bakkerij Visser', 'bakkerijvisser.nl', 'eenmanszaak'], ['Tandartspraktijk Het Spoor', 'tandartshetspoor.nl', 'B.V.'], ['Van Dijk Installatietechniek B.V.', 'vandijk-installatie.nl', 'B.V.'], ['Stichting Muziekschool De Toonladder', 'detoonladder.nl', 'stichting'], ['Hoveniersbedrijf Groen & Zo', 'groenenzo.nl', 'v.o.f.'], ['Accountantskantoor Mulder & Partners', 'mulderpartners.nl', 'B.V.'], ['Fysiotherapie Oost', 'fysio-oost.nl', 'maatschap']]
// Bisnode Belgium: a Ghent HR-software reseller's selection of Flemish firms: [naam, rechtsvorm, domain, NACE, activiteit]
const BN_FIRMS = [['Verhaeghe Bouw', 'NV', 'verhaeghebouw.be', '41.201', 'Algemene bouw van residentiële gebouwen'], ['Transport Claeys', 'BV', 'transportclaeys.be', '49.410', 'Goederenvervoer over de weg'], ['Dierenartsenpraktijk De Leie', 'BV', 'dapdeleie.be', '75.000', 'Veterinaire diensten'], ['Bakkerij Moens', 'BV', 'bakkerijmoens.be', '10.711', 'Ambachtelijke vervaardiging van brood'], ['Inotec Engineering', 'NV', 'inotec.be', '71.121', 'Ingenieurs en aanverwante technische adviseurs'], ['Woonzorgcentrum Ter Linde', 'VZW', 'terlinde.be', '87.101', 'Rust- en verzorgingstehuizen'], ['Elektro Wouters', 'BV', 'elektrowouters.be', '43.211', 'Elektrotechnische installatiewerken aan gebouwen']]
const kd = (c, o) => loc(c, +o.id % 10 === 0 ? 'be' : 'nl')
// Spryng delivery states: [status, code]
const sp = (o) => row([['Afgeleverd', '10'], ['Afgeleverd', '10'], ['Verzonden', '20'], ['Afgeleverd', '10'], ['Mislukt', '30'], ['Afgeleverd', '10'], ['Gepland', '0']], +o.id >> 1)
const BE_ZONE = { Gent: '9', Antwerpen: '3', Leuven: '16', Brugge: '50', Hasselt: '11', Mechelen: '15', Kortrijk: '56', Aalst: '53' }
const firmOf = (list, c, salt = 0) => row(list, +c.id + salt)

export const SETS = [
  // ---------------------------------------------------------------- Germany: payment provider
  { name: 'micropayment-transaktionen-export-de', product: 'micropayment (micropayment GmbH, Berlin; ControlCenter > Statistik > Transaktionen > CSV-Export, one row per booking, German UI, a Hamburg online language-school selling course licences by direct debit, card, Sofort and prepayment)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Auth', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['Projekt', () => 'lngo-kurse-7f3a', ['commerce.commerceScope.websiteCode'], opt],
    ['Service', (c, o) => row(['Lastschrift', 'Kreditkarte', 'Sofortüberweisung', 'Vorkasse', 'Kreditkarte', 'Lastschrift'], +o.id), [OR('payments[0].paymentType')]],
    ['Funktion', (c, o) => (+o.id % 17 === 0 ? 'storno' : +o.id % 23 === 0 ? 'backpay' : 'billing'), [], opt],
    ['Titel', (c, o) => row(['Sprachkurs Spanisch A1 (12 Monate)', 'Business English Intensiv', 'Italienisch A2 Online', 'Französisch Konversation 6 Monate'], +o.id >> 1), [PL('name')], opt],
    ['Betrag', (c, o) => dec(row([49.9, 129, 79, 59.9], +o.id >> 1)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Gebühr', (c, o) => dec(row([49.9, 129, 79, 59.9], +o.id >> 1) * 0.029 + 0.25), []],
    ['Auszahlungsbetrag', (c, o) => dec(row([49.9, 129, 79, 59.9], +o.id >> 1) * 0.971 - 0.25), []],
    ['Status', (c, o) => (+o.id % 17 === 0 ? 'storniert' : +o.id % 23 === 0 ? 'Rücklastschrift' : row(['gebucht', 'gebucht', 'gebucht', 'offen'], +o.id) ), []],
    ['Bestellnummer', (c, o) => `LK-${bd(o.at).y}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['Kundennummer', (c) => `K${10000 + +c.id % 90000}`, CUST_ID, opt],
    ['Vorname', (c) => loc(c, 'de').first, []],
    ['Nachname', (c) => loc(c, 'de').last, []],
    ['E-Mail', (c) => loc(c, 'de').email, EMAIL_ID, opt],
    ['Land', (c, o) => row(['DE', 'DE', 'DE', 'AT', 'DE', 'CH'], +o.id >> 2), [BILL('countryCode')], opt],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Kontoinhaber', (c, o) => (row(['Lastschrift', 'Kreditkarte', 'Sofortüberweisung', 'Vorkasse', 'Kreditkarte', 'Lastschrift'], +o.id) === 'Lastschrift' ? loc(c, 'de').full : ''), []],
    ['IBAN', (c, o, r) => (row(['Lastschrift', 'Kreditkarte', 'Sofortüberweisung', 'Vorkasse', 'Kreditkarte', 'Lastschrift'], +o.id) === 'Lastschrift' ? `DE${v.int(r, 10, 99)}XXXXXXXXXXXXXX${v.int(r, 1000, 9999)}` : ''), []],
    ['Kartentyp', (c, o, r) => (row(['Lastschrift', 'Kreditkarte', 'Sofortüberweisung', 'Vorkasse', 'Kreditkarte', 'Lastschrift'], +o.id) === 'Kreditkarte' ? v.pick(r, ['VISA', 'MasterCard']) : ''), [], opt],
    ['Erstattet', (c, o) => (+o.id % 17 === 0 ? dec(row([49.9, 129, 79, 59.9], +o.id >> 1)) : '0,00'), [OR('refundTotal')], opt],
    ['Freier Parameter', (c, o) => (+o.id % 3 === 0 ? 'utm=newsletter_fruehjahr' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: concert ticketing
  { name: 'tixforgigs-bestellungen-export-de', product: 'TixforGigs (concert ticketing; Veranstalter-Bereich > Bestellungen > Export CSV, one row per ticket, German UI, a Cologne club promoter\'s concert series; ticket types SysTix by post, SelfTix by e-mail and FanTix)', family: 'events', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(2400000 + +o.id * 13), [OR('purchaseID')]],
    ['Ticketnummer', (c, o, r, i) => `${String(2400000 + +o.id * 13)}-${i % 3 + 1}`, ['_id'], opt],
    ['Bestelldatum', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Veranstaltung', (c, o) => row(['Giant Rooks – Tour 2024', 'AnnenMayKantereit – Club Show', 'Querbeat Weihnachtskonzert', 'Provinz – Zorn & Liebe Tour'], +o.id >> 2), [PL('name')], opt],
    ['Veranstaltungsdatum', (c, o) => `${dmy(cet(o.at + ((+o.id % 60) + 5) * day))} 20:00`, [], opt],
    ['Spielstätte', (c, o) => row(['Gloria Theater, Köln', 'Live Music Hall, Köln', 'E-Werk, Köln', 'Palladium, Köln'], +o.id >> 2), []],
    ['Ticketkategorie', (c, o) => row(['Stehplatz', 'Stehplatz ermäßigt', 'Sitzplatz Rang', 'Stehplatz'], +o.id), [PL('name')], opt],
    ['Ticketart', (c, o) => row(['SelfTix', 'SysTix', 'SelfTix', 'FanTix'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Preis', (c, o) => `${dec(row([32, 27.5, 39, 32], +o.id))} €`, [PL('priceTotal')]],
    ['Buchungsgebühr', (c, o) => `${dec(row([1.9, 1.9, 2.5, 1.9], +o.id))} €`, []],
    ['Versandkosten', (c, o) => `${row(['SelfTix', 'SysTix', 'SelfTix', 'FanTix'], +o.id >> 1) === 'SelfTix' ? '0,00' : '4,90'} €`, ['commerce.shipping.shippingAmount'], opt],
    ['Gesamtbetrag', (c, o) => `${dec((row([32, 27.5, 39, 32], +o.id) + row([1.9, 1.9, 2.5, 1.9], +o.id)) * ((+o.id % 3) + 1) + (row(['SelfTix', 'SysTix', 'SelfTix', 'FanTix'], +o.id >> 1) === 'SelfTix' ? 0 : 4.9))} €`, [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => row(['PayPal', 'Kreditkarte', 'Sofort', 'Vorkasse', 'PayPal'], +o.id), [OR('payments[0].paymentType')]],
    ['Zahlungsstatus', (c, o) => (row(['PayPal', 'Kreditkarte', 'Sofort', 'Vorkasse', 'PayPal'], +o.id) === 'Vorkasse' && +o.id % 2 ? 'offen' : 'bezahlt'), []],
    ['Anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => loc(c, 'de').first, []],
    ['Nachname', (c) => loc(c, 'de').last, []],
    ['E-Mail', (c) => loc(c, 'de').email, EMAIL_ID, opt],
    ['Straße', (c) => loc(c, 'de').street, [BILL('street1'), SHIP('street1')], opt],
    ['PLZ', (c) => loc(c, 'de').zip, [BILL('postalCode'), SHIP('postalCode')], opt],
    ['Ort', (c) => loc(c, 'de').city, [BILL('city'), SHIP('city')], opt],
    ['Land', () => 'Deutschland', [BILL('country'), SHIP('country')], opt],
    ['Gutscheincode', (c, o) => (o.coupon ? 'CLUB10' : ''), ['commerce.promotionID'], opt],
    ['Eingelassen', (c, o, r) => (r() < 0.5 ? 'Ja' : 'Nein'), []],
    ['Einlass um', (c, o, r) => (r() < 0.4 ? `${dmy(cet(o.at + ((+o.id % 60) + 5) * day))} 19:${pad(v.int(r, 5, 59))}` : ''), [], opt],
    ['Wiederverkauf', (c, o) => (+o.id % 11 === 0 ? 'Ja' : 'Nein'), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: Contao shop order lines
  { name: 'isotope-bestellpositionen-export-de', product: 'Isotope eCommerce (shop extension for Contao, terminal42, Switzerland; Shop-Verwaltung > Bestellungen, CSV export of the order list, one row per order item, German UI, a Basel wine merchant\'s web shop, prices in CHF incl. 8.1 % MWST)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => `WK${bd(o.at).y}-${pad(+o.id % 10000, 5)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Neu', 'In Bearbeitung', 'Versandt', 'Versandt', 'Abgeschlossen', 'Storniert']), []],
    ['Mitglied', (c) => (+c.id % 3 ? String(200 + +c.id % 4000) : ''), CUST_ID, opt],
    ['Rechnungsadresse Anrede', (c) => (loc(c, 'ch').female ? 'Frau' : 'Herr'), []],
    ['Rechnungsadresse Vorname', (c) => loc(c, 'ch').first, []],
    ['Rechnungsadresse Nachname', (c) => loc(c, 'ch').last, []],
    ['Rechnungsadresse Firma', (c, o, r) => (r() < 0.15 ? `${loc(c, 'ch').last} Treuhand AG` : ''), []],
    ['Rechnungsadresse Strasse', (c) => loc(c, 'ch').street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => loc(c, 'ch').zip, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => loc(c, 'ch').city, [BILL('city')]],
    ['Rechnungsadresse Kanton', (c) => loc(c, 'ch').region, STATE(['commerce.billing.address']), opt],
    ['Rechnungsadresse Land', () => 'CH', [BILL('countryCode')]],
    ['E-Mail', (c) => loc(c, 'ch').email, EMAIL_ID, opt],
    ['Telefon', (c) => loc(c, 'ch').mobile, PHONE_ID, opt],
    ['Lieferadresse Strasse', (c, o) => (+o.id % 4 === 0 ? `${v.pick(v.rng(+o.id), ['Elisabethenstrasse', 'Spalenberg', 'Clarastrasse'])} ${+o.id % 60 + 1}` : ''), [SHIP('street1')]],
    ['Lieferadresse PLZ', (c, o) => (+o.id % 4 === 0 ? row(['4051', '4058', '4056'], +o.id) : ''), [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o) => (+o.id % 4 === 0 ? 'Basel' : ''), [SHIP('city')]],
    ['Artikel-Nr.', (c, o, r, i) => row(WINE, i + +o.id)[0], [PL('SKU')]],
    ['Produkt', (c, o, r, i) => row(WINE, i + +o.id)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => row(WINE, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Menge', (c, o, r, i) => String(row(WINE, i + +o.id)[0].startsWith('GS') ? 1 : [6, 3, 12, 1][+o.id % 4]), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => chf(row(WINE, i + +o.id)[3]), [], opt],
    ['Positionstotal', (c, o, r, i) => chf(row(WINE, i + +o.id)[3] * (row(WINE, i + +o.id)[0].startsWith('GS') ? 1 : [6, 3, 12, 1][+o.id % 4])), [PL('priceTotal')]],
    ['Versandkosten', (c, o) => (+o.id % 5 === 0 ? '0.00' : '12.00'), ['commerce.shipping.shippingAmount']],
    ['MWST', (c, o, r, i) => chf((row(WINE, i + +o.id)[3] * (row(WINE, i + +o.id)[0].startsWith('GS') ? 1 : [6, 3, 12, 1][+o.id % 4]) + (+o.id % 5 === 0 ? 0 : 12)) * 0.081 / 1.081), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => chf(row(WINE, i + +o.id)[3] * (row(WINE, i + +o.id)[0].startsWith('GS') ? 1 : [6, 3, 12, 1][+o.id % 4]) + (+o.id % 5 === 0 ? 0 : 12)), [OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Zahlungsart', (c, o) => row(['TWINT', 'Kreditkarte', 'PostFinance Pay', 'Rechnung', 'TWINT'], +o.id), [OR('payments[0].paymentType')]],
    ['Versandart', (c, o) => (+o.id % 5 === 0 ? 'Abholung im Laden (Basel)' : 'Post PostPac Priority'), ['commerce.shipping.shippingMethod']],
    ['Gutscheincode', (c, o) => (o.coupon ? 'HERBST15' : ''), ['commerce.promotionID'], opt],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Bitte beim Nachbarn abgeben', 'Geschenk – bitte ohne Rechnung im Paket']), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: freelancer accounting, invoices
  { name: 'milkee-rechnungen-export-de', product: 'MILKEE (Swiss accounting and invoicing for freelancers; Rechnungen > Export (CSV), one row per invoice, German UI, a Lucerne web designer invoicing small firms and associations with QR-bills in CHF and some EUR)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Nummer', (c, o) => `RE-${bd(o.at).y}-${pad(+o.id % 200 + 1, 3)}`, [OR('purchaseID'), '_id']],
    ['Titel', (c, o) => row(MK_TITLES, +o.id), [PL('name')], opt],
    ['Kunde', (c, o) => row(MK_CLIENTS, +o.id >> 1)[0], []],
    ['Kontaktperson', (c, o) => row(MK_CLIENTS, +o.id >> 1)[1], []],
    ['Kunden-Nr.', (c, o) => String(1000 + ((+o.id >> 1) % 7)), CUST_ID, opt],
    ['Projekt', (c, o) => (+o.id % 3 ? row(MK_TITLES, +o.id).split(' ')[0] : ''), []],
    ['Rechnungsdatum', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Fällig am', (c, o) => dmy(cet(o.at + 30 * day)), [], opt],
    ['Status', (c, o) => mkStatus(o), []],
    ['Währung', (c, o) => (+o.id % 9 === 0 ? 'EUR' : 'CHF'), [OR('currencyCode')]],
    ['Betrag exkl. MWST', (c, o) => chf(o.subtotal * 8), [], opt],
    ['Rabatt', (c, o) => (o.discount ? chf(o.subtotal * 0.4) : '0.00'), [OR('discountAmount')], opt],
    ['MWST', (c, o) => chf((o.subtotal * 8 - (o.discount ? o.subtotal * 0.4 : 0)) * 0.081), [OR('taxAmount')]],
    ['Total', (c, o) => chf((o.subtotal * 8 - (o.discount ? o.subtotal * 0.4 : 0)) * 1.081), [OR('priceTotal')]],
    ['Bezahlt am', (c, o) => (mkStatus(o) === 'Bezahlt' ? dmy(cet(o.at + ((+o.id % 25) + 4) * day)) : ''), [], opt],
    ['Zahlungseingang (CHF)', (c, o) => (mkStatus(o) === 'Bezahlt' ? chf((o.subtotal * 8 - (o.discount ? o.subtotal * 0.4 : 0)) * 1.081 * (+o.id % 9 === 0 ? 0.94 : 1)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Adresse', (c, o) => row(MK_CLIENTS, +o.id >> 1)[2], [BILL('street1')]],
    ['PLZ', (c, o) => row(MK_CLIENTS, +o.id >> 1)[3], [BILL('postalCode')]],
    ['Ort', (c, o) => row(MK_CLIENTS, +o.id >> 1)[4], [BILL('city')]],
    ['Land', () => 'Schweiz', [BILL('country')]],
    ['E-Mail', (c, o) => row(MK_CLIENTS, +o.id >> 1)[5], EMAIL_ID, opt],
    ['QR-Referenz', (c, o, r) => `${pad(v.int(r, 0, 99))} ${v.int(r, 10000, 99999)} ${v.int(r, 10000, 99999)} ${v.int(r, 10000, 99999)} ${v.int(r, 10000, 99999)} ${v.int(r, 10000, 99999)}`, []],
    ['Zahlungsfrist (Tage)', () => '30', []],
    ['Versendet am', (c, o) => (mkStatus(o) === 'Entwurf' ? '' : dmy(cet(o.at + (+o.id % 2) * day))), [], opt],
    ['Mahnstufe', (c, o) => (mkStatus(o) === 'Überfällig' ? '1' : '0'), []],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', 'Gemäss Offerte OF-2024-011', 'Stundenansatz CHF 110.–']), []],
  ] },
  // ---------------------------------------------------------------- Austria: real-estate CRM address records
  { name: 'onoffice-adressen-export-de', product: 'onOffice enterprise (real-estate CRM, Aachen; Adressen > Liste > Export als CSV with the field names of the address module, one row per address record, German UI, a Salzburg estate agency\'s buyers, tenants and owners)', family: 'crm', language: 'de', schema: P, cols: [
    ['Datensatznr', (c) => String(10000 + +c.id % 90000), ID],
    ['KdNr', (c) => `SBG-${pad(+c.id % 10000, 4)}`, ['personID'], opt],
    ['Anrede', (c) => (loc(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Mag.', 'Dr.', 'DI', 'Ing.', 'MMag.']) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'at').first, ['person.name.firstName']],
    ['Name', (c) => loc(c, 'at').last, ['person.name.lastName']],
    ['Briefanrede', (c) => `Sehr ${loc(c, 'at').female ? 'geehrte Frau' : 'geehrter Herr'} ${loc(c, 'at').last},`, []],
    ['Zusatz1', (c, o, r) => (r() < 0.12 ? `${loc(c, 'at').last} Holding GmbH` : ''), ['organizations[0]'], opt],
    ['Strasse', (c) => loc(c, 'at').street, at(HOME, 'street1')],
    ['Plz', (c) => loc(c, 'at').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => loc(c, 'at').city, at(HOME, 'city')],
    ['Land', () => 'Österreich', at(HOME, 'country')],
    ['Telefon1', (c, o, r) => (r() < 0.45 ? `0662 ${v.int(r, 400000, 899999)}` : ''), ['homePhone.number']],
    ['Mobil', (c) => loc(c, 'at').mobile, ['mobilePhone.number']],
    ['Telefax1', (c, o, r) => (r() < 0.08 ? `0662 ${v.int(r, 400000, 899999)}-20` : ''), ['faxPhone.number'], opt],
    ['Email', (c) => loc(c, 'at').email, ['personalEmail.address']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.5 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['ArtDaten', (c) => row(['Interessent', 'Interessent', 'Eigentümer', 'Mieter', 'Käufer', 'Tippgeber'], +c.id), []],
    ['HerkunftKontakt', (c) => row(['Immobilienportal', 'Homepage', 'Empfehlung', 'Schaufenster', 'Zeitungsinserat', 'Immobilienportal'], +c.id >> 1), []],
    ['Benutzer', (c) => row(['mhofer', 'sleitner', 'mhofer', 'bwimmer'], +c.id), []],
    ['Status', (c) => (+c.id % 9 === 0 ? 'Archiviert' : 'Aktiv'), [], opt],
    ['newsletter_aktiv', (c) => row(['Ja', 'Nein', 'Ja', 'Abgemeldet', 'DOI ausstehend', 'keine Angabe'], +c.id >> 2), [], opt],
    ['Suchprofil Kaufpreis bis', (c, o, r) => (r() < 0.5 ? `€ ${thou(v.int(r, 25, 120) * 10000).replace(',00', ',-')}` : ''), []],
    ['letzter_Kontakt', (c) => `${dmy(cet(later(c)))} ${hm(cet(later(c)))}`, [], opt],
    ['Aenderung', (c) => `${dmy(cet(later(c, 1.2)))} ${hm(cet(later(c, 1.2)))}`, [], opt],
    ['Erstellt', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: e-mail marketing subscribers
  { name: 'backclick-abonnenten-export-de', product: 'BACKCLICK (e-mail marketing and newsletter software; Abonnentenverwaltung > Abonnenten exportieren, one row per subscriber of a Verteilerliste, German UI, a Nuremberg garden-centre chain\'s newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['Abonnenten-ID', (c) => String(1000000 + +c.id * 3), ID],
    ['E-Mail', (c) => loc(c, 'de').email, ['personalEmail.address']],
    ['Anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.08 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'de').last, ['person.name.lastName']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.4 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['PLZ', (c) => loc(c, 'de').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => loc(c, 'de').city, at(HOME, 'city')],
    ['Land', () => 'DE', at(HOME, 'countryCode')],
    ['Kundennummer', (c, o, r) => (r() < 0.55 ? `GC${v.int(r, 100000, 999999)}` : ''), ['personID'], opt],
    ['Kundenkarte', (c, o, r) => (r() < 0.4 ? `9276${v.int(r, 100000000, 999999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Lieblingsmarkt', (c) => row(['Nürnberg-Nord', 'Fürth', 'Erlangen', 'Online-Shop'], +c.id), []],
    ['Verteilerliste', () => '1', []],
    ['Verteilerliste Name', () => 'Newsletter Garten & Wohnen', []],
    ['Format', (c) => (+c.id % 8 === 0 ? 'Text' : 'HTML'), []],
    ['Status', (c) => row(['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'aktiv', 'gebounct'], +c.id >> 1), ['personalEmail.status'], opt],
    ['Anmeldedatum', (c) => `${dmy(cet(c.created))} ${hms(cet(c.created))}`, [], opt],
    ['Anmelde-IP', (c, o, r) => v.ip4(r), []],
    ['Bestätigt am', (c) => `${dmy(cet(c.created + 600000))} ${hms(cet(c.created + 600000))}`, [], opt],
    ['Abmeldedatum', (c) => (row(['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'aktiv', 'gebounct'], +c.id >> 1) === 'abgemeldet' ? dmy(cet(later(c))) : ''), [], opt],
    ['Bounces', (c) => (row(['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'aktiv', 'gebounct'], +c.id >> 1) === 'gebounct' ? '3' : '0'), []],
    ['Letzte Öffnung', (c, o, r) => (r() < 0.7 ? dmy(cet(later(c))) : ''), [], opt],
    ['Interessen', (c) => row(['Pflanzen|Balkon', 'Grillen', 'Deko|Advent', 'Pflanzen', ''], +c.id), []],
  ] },
  // ---------------------------------------------------------------- Germany: B2B address vendor
  { name: 'az-direct-firmenadressen-export-de', product: 'AZ Direct (Bertelsmann, Gütersloh; B2B-Firmenadressen with one Entscheider per firm, delivered as a CSV selection with German headers, bought by a Stuttgart office-furniture maker for a mailing and phone campaign)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Firmen-ID', (c) => `AZ${v.int(seeded(c, 1), 10000000, 99999999)}`, ACCT, opt],
    ['Firmenname', (c) => firmOf(AZ_FIRMS, c)[0], CO],
    ['Firmenname 2', (c) => firmOf(AZ_FIRMS, c)[1], [], opt],
    ['Straße', (c) => loc(c, 'de').street.replace(/ \d+[ab]?$/, ''), [W('street1')]],
    ['Hausnummer', (c) => loc(c, 'de').street.match(/\d+[ab]?$/)[0], [W('street1'), W('street2')], opt],
    ['PLZ', (c) => firmOf(AZ_FIRMS, c)[7], [W('postalCode')]],
    ['Ort', (c) => firmOf(AZ_FIRMS, c)[6], [W('city')]],
    ['Bundesland', (c) => firmOf(AZ_FIRMS, c)[8], STATE(['workAddress'])],
    ['Telefon', (c) => `${firmOf(AZ_FIRMS, c)[9]} ${v.int(seeded(c, 2), 100000, 9999999)}-0`, ['workPhone.number']],
    ['Fax', (c) => (+c.id % 3 ? `${firmOf(AZ_FIRMS, c)[9]} ${v.int(seeded(c, 2), 100000, 9999999)}-99` : ''), ['faxPhone.number']],
    ['E-Mail', (c) => `info@${firmOf(AZ_FIRMS, c)[2]}`, ['workEmail.address'], opt],
    ['Website', (c) => `www.${firmOf(AZ_FIRMS, c)[2]}`, ['b2b.companyWebsite']],
    ['WZ-Code', (c) => firmOf(AZ_FIRMS, c)[3], []],
    ['WZ-Bezeichnung', (c) => firmOf(AZ_FIRMS, c)[4], []],
    ['Rechtsform', (c) => firmOf(AZ_FIRMS, c)[5], []],
    ['Mitarbeiterklasse', (c) => row(['10-19', '20-49', '50-99', '5-9', '100-199'], +c.id), []],
    ['Umsatzklasse', (c) => row(['1-2,5 Mio. EUR', '2,5-5 Mio. EUR', '5-10 Mio. EUR', '0,5-1 Mio. EUR'], +c.id >> 1), []],
    ['Gründungsjahr', (c) => String(1960 + +c.id % 60), []],
    ['Handelsregisternummer', (c) => (/GmbH|KG/.test(firmOf(AZ_FIRMS, c)[5]) ? `HRB ${v.int(seeded(c, 3), 100000, 799999)}` : ''), []],
    ['Anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (/Dr\./.test(firmOf(AZ_FIRMS, c)[0]) || +c.id % 7 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'de').last, ['person.name.lastName']],
    ['Position', (c) => row(loc(c, 'de').female ? ['Geschäftsführerin', 'Inhaberin', 'Geschäftsführerin', 'Leiterin Verwaltung', 'Kaufmännische Leiterin'] : ['Geschäftsführer', 'Inhaber', 'Geschäftsführer', 'Leiter Verwaltung', 'Kaufmännischer Leiter'], +c.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['Funktionsbereich', (c) => row(['Geschäftsleitung', 'Geschäftsleitung', 'Geschäftsleitung', 'Verwaltung', 'Einkauf'], +c.id >> 1), ['extendedWorkDetails.departments[0]'], opt],
    ['E-Mail Entscheider', (c) => (+c.id % 4 ? `${slugify(loc(c, 'de').first)[0]}.${loc(c, 'de').slug}@${firmOf(AZ_FIRMS, c)[2]}` : ''), ['workEmail.address']],
    ['Werbesperre', (c) => (+c.id % 13 === 0 ? 'ja' : 'nein'), ['b2b.isMarketingSuspended'], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: parcel tool shipments
  { name: 'keendelivery-zendingen-export-nl', product: 'KeenDelivery (Dutch multi-carrier shipping tool, now Sendy; Zendingen > Overzicht > Exporteren (CSV), one row per shipment, Dutch UI, an Amersfoort pet-supplies web shop shipping with PostNL, DPD, DHL Parcel and GLS)', family: 'delivery', language: 'nl', schema: E, cols: [
    ['Zending ID', (c, o) => String(8100000 + +o.id * 11), ['_id'], opt],
    ['Aangemaakt op', (c, o) => `${dmy(cet(o.at), '-')} ${hm(cet(o.at))}`, ['timestamp']],
    ['Vervoerder', (c, o) => row(['PostNL', 'DPD', 'DHL Parcel', 'GLS', 'PostNL'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Service', (c, o) => row(['Standaard pakket', 'Classic', 'Avondlevering', 'BusinessParcel', 'Brievenbuspakje'], +o.id), ['commerce.shipping.shippingMethod'], opt],
    ['Referentie', (c, o) => `#${20000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.1 ? `Dierenpension ${kd(c, o).base}` : ''), []],
    ['Contactpersoon', (c, o) => kd(c, o).full, []],
    ['Straat', (c, o) => kd(c, o).streetName, [SHIP('street1')]],
    ['Huisnummer', (c, o) => kd(c, o).house, [SHIP('street1'), SHIP('street2')], opt],
    ['Toevoeging', (c, o) => kd(c, o).suffix, [], opt],
    ['Postcode', (c, o) => kd(c, o).zip, [SHIP('postalCode')]],
    ['Plaats', (c, o) => kd(c, o).city, [SHIP('city')]],
    ['Land', (c, o) => (+o.id % 10 === 0 ? 'BE' : 'NL'), [SHIP('countryCode')]],
    ['Telefoon', (c, o) => kd(c, o).mobile, PHONE_ID, opt],
    ['E-mail', (c, o) => kd(c, o).email, EMAIL_ID, opt],
    ['Aantal colli', (c, o) => (o.qty > 3 ? '2' : '1'), []],
    ['Gewicht (kg)', (c, o, r) => dec(v.int(r, 3, 150) / 10), []],
    ['Track & Trace', (c, o, r) => row([`3SKEEN${v.int(r, 1000000, 9999999)}`, `0${v.int(r, 5000000000000, 5999999999999)}`, `JVGL0${v.int(r, 100000000, 999999999)}`, `${v.int(r, 10000000000, 99999999999)}`, `3SKEEN${v.int(r, 1000000, 9999999)}`], +o.id), ['commerce.shipping.trackingNumber']],
    ['Track & Trace URL', (c, o) => `https://portal.keendelivery.com/track-trace/${String(8100000 + +o.id * 11)}`, ['commerce.shipping.trackingURL']],
    ['Status', (c, o, r) => v.pick(r, ['Afgeleverd', 'Afgeleverd', 'Onderweg', 'Label aangemaakt', 'Aangemeld bij vervoerder', 'Retour afzender']), []],
    ['Verzenddatum', (c, o) => dmy(cet(o.at + (+o.id % 2) * day), '-'), ['commerce.shipping.shipDate'], opt],
    ['Afhaalpunt', (c, o) => (+o.id % 6 === 0 ? (+o.id % 10 === 0 ? `bpost Pakketpunt ${kd(c, o).city}` : `PostNL-punt Primera ${kd(c, o).city}`) : ''), [], opt],
    ['Verzekerd bedrag', (c, o) => (+o.id % 5 === 0 ? dec(o.subtotal) : ''), [], opt],
    ['Kosten excl. btw', (c, o) => row(['5,25', '4,95', '6,10', '4,60', '3,45'], +o.id), ['commerce.shipping.shippingAmount'], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Niet bij de buren', 'Achterom bezorgen']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: SMS gateway message history
  { name: 'spryng-berichten-export-nl', product: 'Spryng (Dutch SMS gateway, Amsterdam; Portaal > Berichten > Exporteren (CSV), one row per message, Dutch UI, a Tilburg car garage\'s APK and service reminders and a winter-tyre promotion)', family: 'sms', language: 'nl', schema: E, cols: [
    ['Bericht ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Ontvanger', (c) => `31${loc(c, 'nl').mobile.slice(1).replace('-', '')}`, PHONE_ID],
    ['Afzender', () => 'GarageVermeulen', []],
    ['Bericht', (c, o) => (+o.id % 3 === 0 ? 'Winterbanden nu 15% korting incl. montage t/m 30/11. Afspraak: garagevermeulen.nl. Stop? Sms STOP naar 3010' : `Beste ${loc(c, 'nl').first}, uw auto ${String.fromCharCode(75 + (+o.id % 10))}-${v.int(v.rng(+o.id), 100, 999)}-XT moet voor ${dmy(cet(o.at + 30 * day), '-')} APK gekeurd worden. Bel 013-5441210. Garage Vermeulen`), []],
    ['Referentie', (c) => `KL${pad(+c.id % 100000, 5)}`, CUST_ID, opt],
    ['Route', (c, o) => (+o.id % 3 === 0 ? 'economy' : 'business'), []],
    ['Codering', () => 'plain', []],
    ['Aantal delen', (c, o) => (+o.id % 3 === 0 ? '1' : '2'), []],
    ['Credits', (c, o) => (+o.id % 3 === 0 ? '0,85' : '2,00'), []],
    ['Status', (c, o) => sp(o)[0], []],
    ['Statuscode', (c, o) => sp(o)[1], []],
    ['Aangemaakt op', (c, o) => `${dmy(cet(o.at), '-')} ${hms(cet(o.at))}`, ['timestamp']],
    ['Ingepland op', (c, o) => (+o.id % 3 === 0 ? `${dmy(cet(o.at + day), '-')} 10:00:00` : ''), [], opt],
    ['Verzonden op', (c, o) => (sp(o)[0] === 'Gepland' ? '' : +o.id % 3 === 0 ? `${dmy(cet(o.at + day), '-')} 10:00:0${+o.id % 10}` : `${dmy(cet(o.at + 4000), '-')} ${hms(cet(o.at + 4000))}`), ['timestamp'], opt],
    ['Afgeleverd op', (c, o) => (sp(o)[0] !== 'Afgeleverd' ? '' : +o.id % 3 === 0 ? `${dmy(cet(o.at + day), '-')} 10:00:1${+o.id % 10}` : `${dmy(cet(o.at + 9000), '-')} ${hms(cet(o.at + 9000))}`), [], opt],
    ['Geannuleerd op', () => '', [], opt],
    ['Land', () => 'NL', [], opt],
    ['Netwerk', (c, o, r) => v.pick(r, ['KPN', 'Vodafone', 'Odido', 'Lebara']), ['environment.carrier'], opt],
    ['Subaccount', () => 'Werkplaats', []],
    ['Campagne', (c, o) => (+o.id % 3 === 0 ? 'Winterbanden 2024' : ''), ['marketing.campaignName'], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: e-mail marketing contacts
  { name: 'webpower-dmdelivery-contacten-nl', product: 'Webpower DMdelivery (Dutch e-mail marketing platform, Barneveld; Campagne > Contacten > Exporteren (CSV), one row per contact with custom fields, Dutch UI, a Gelderland and Utrecht garden-centre chain with a Voordeelpas loyalty card)', family: 'email', language: 'nl', schema: P, cols: [
    ['ID', (c) => String(500000 + +c.id * 7), ID],
    ['E-mailadres', (c) => loc(c, 'nl').email, ['personalEmail.address']],
    ['Aanhef', (c) => (loc(c, 'nl').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => loc(c, 'nl').first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => loc(c, 'nl').tussen, ['person.name.middleName'], opt],
    ['Achternaam', (c) => loc(c, 'nl').base, ['person.name.lastName']],
    ['Geslacht', (c) => (loc(c, 'nl').female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? dmy(bd(c.birth), '-') : ''), ['person.birthDate']],
    ['Mobiel', (c, o, r) => (r() < 0.6 ? loc(c, 'nl').mobile : ''), ['mobilePhone.number']],
    ['Straat', (c) => loc(c, 'nl').streetName, at(HOME, 'street1')],
    ['Huisnummer', (c) => `${loc(c, 'nl').house}${loc(c, 'nl').suffix ? ' ' + loc(c, 'nl').suffix : ''}`, [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['Postcode', (c) => loc(c, 'nl').zip, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => loc(c, 'nl').city, at(HOME, 'city')],
    ['Klantnummer', (c, o, r) => (r() < 0.5 ? String(v.int(r, 300000, 399999)) : ''), ['personID'], opt],
    ['Voordeelpas', (c) => (+c.id % 5 < 3 ? `2600${pad(+c.id * 7919 % 100000000, 8)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Spaarpunten', (c, o, r) => (+c.id % 5 < 3 ? String(v.int(r, 0, 900)) : ''), ['loyalty.points'], opt],
    ['Favoriete vestiging', (c) => row(['Barneveld', 'Ede', 'Amersfoort', 'Veenendaal', 'Webshop'], +c.id), []],
    ['Groepen', (c) => row(['Nieuwsbrief', 'Nieuwsbrief|Moestuin', 'Nieuwsbrief|Dieren', 'Nieuwsbrief|Kerst'], +c.id >> 1), []],
    ['Status', (c) => row(['actief', 'actief', 'actief', 'afgemeld', 'actief', 'bounced'], +c.id >> 2), ['personalEmail.status'], opt],
    ['Aanmelddatum', (c) => `${dmy(cet(c.created), '-')} ${hm(cet(c.created))}`, [], opt],
    ['Afmelddatum', (c) => (row(['actief', 'actief', 'actief', 'afgemeld', 'actief', 'bounced'], +c.id >> 2) === 'afgemeld' ? dmy(cet(later(c)), '-') : ''), [], opt],
    ['Bron', (c) => row(['Website', 'Kassa', 'Winactie', 'Import'], +c.id >> 1), []],
    ['Toestemming SMS', (c, o, r) => (r() < 0.3 ? 'ja' : 'nee'), [], opt],
    ['Laatste opening', (c, o, r) => (r() < 0.7 ? dmy(cet(later(c)), '-') : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: bookkeeping relations (B2B)
  { name: 'moneymonk-relaties-export-nl', product: 'Moneymonk (Dutch bookkeeping and invoicing for freelancers; Relaties > Exporteren (CSV), one row per customer with its contact person, Dutch UI, an Utrecht IT-support freelancer invoicing small firms)', family: 'invoicing', language: 'nl', schema: B, cols: [
    ['Relatienummer', (c) => String(1000 + +c.id % 900), [...B2BID, ...ACCT], opt],
    ['Type', (c) => (+c.id % 9 === 0 ? 'Leverancier' : 'Klant'), []],
    ['Bedrijfsnaam', (c) => firmOf(MM_FIRMS, c)[0], CO],
    ['Voornaam', (c) => loc(c, 'nl').first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => loc(c, 'nl').tussen, ['person.name.middleName'], opt],
    ['Achternaam', (c) => loc(c, 'nl').base, ['person.name.lastName']],
    ['E-mailadres', (c) => `${slugify(loc(c, 'nl').first)}@${firmOf(MM_FIRMS, c)[1]}`, WE],
    ['E-mailadres facturen', (c) => (+c.id % 3 === 0 ? `administratie@${firmOf(MM_FIRMS, c)[1]}` : ''), ['workEmail.address'], opt],
    ['Telefoonnummer', (c, o, r) => (r() < 0.6 ? `030-${v.int(r, 2000000, 7999999)}` : loc(c, 'nl').mobile), ['workPhone.number', 'mobilePhone.number']],
    ['Straat', (c) => loc(c, 'nl').streetName, [W('street1')]],
    ['Huisnummer', (c) => `${loc(c, 'nl').house}${loc(c, 'nl').suffix ? '-' + loc(c, 'nl').suffix : ''}`, [W('street1'), W('street2')], opt],
    ['Postcode', (c) => loc(c, 'nl').zip, [W('postalCode')]],
    ['Plaats', (c) => loc(c, 'nl').city, [W('city')]],
    ['Land', () => 'Nederland', [W('country')]],
    ['KvK-nummer', (c, o, r) => String(v.int(r, 10000000, 99999999)), []],
    ['Btw-nummer', (c, o, r) => (firmOf(MM_FIRMS, c)[2] === 'stichting' ? '' : `NL${v.int(r, 100000000, 999999999)}B01`), []],
    ['IBAN', (c, o, r) => `NL${v.int(r, 10, 99)}${row(['RABO', 'INGB', 'ABNA', 'KNAB'], +c.id)}0${v.int(r, 100000000, 999999999)}`, []],
    ['Betalingstermijn (dagen)', (c) => row(['14', '30', '30', '8'], +c.id), []],
    ['Btw verlegd', () => 'Nee', []],
    ['Totaal gefactureerd', (c, o, r) => `€ ${thou(v.int(r, 150, 24000))}`, []],
    ['Openstaand', (c, o, r) => (r() < 0.3 ? `€ ${thou(v.int(r, 60, 2400))}` : '€ 0,00'), []],
    ['Notitie', (c, o, r) => v.pick(r, ['', '', 'Onderhoudscontract werkplekken', 'Factuur t.a.v. administratie']), []],
    ['Aangemaakt op', (c) => dmy(cet(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Laatste factuur', (c) => dmy(cet(later(c)), '-'), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- Flanders: B2B marketing file
  { name: 'bisnode-bedrijvenbestand-export-nl', product: 'Bisnode Belgium (B2B marketing file built from the KBO, the National Bank and phone research; a selection of Flemish firms with one contact per firm delivered as CSV with Dutch headers, bought by a Ghent HR-software reseller)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Bisnode-ID', (c) => `BE${v.int(seeded(c, 5), 100000000, 999999999)}`, ACCT, opt],
    ['Ondernemingsnummer', (c, o, r) => `0${v.int(r, 400, 899)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}`, []],
    ['Maatschappelijke naam', (c) => firmOf(BN_FIRMS, c)[0], CO],
    ['Rechtsvorm', (c) => firmOf(BN_FIRMS, c)[1], []],
    ['Straat en nummer', (c) => loc(c, 'be').street, [W('street1')]],
    ['Postcode', (c) => loc(c, 'be').zip, [W('postalCode')]],
    ['Gemeente', (c) => loc(c, 'be').city, [W('city')]],
    ['Provincie', (c) => loc(c, 'be').region, STATE(['workAddress'])],
    ['Taal', () => 'N', []],
    ['Telefoon', (c, o, r) => `0${BE_ZONE[loc(c, 'be').city]} ${BE_ZONE[loc(c, 'be').city].length === 1 ? v.int(r, 200, 899) : v.int(r, 20, 89)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['workPhone.number']],
    ['E-mail algemeen', (c) => `info@${firmOf(BN_FIRMS, c)[2]}`, ['workEmail.address'], opt],
    ['Website', (c) => `www.${firmOf(BN_FIRMS, c)[2]}`, ['b2b.companyWebsite']],
    ['NACE-BEL', (c) => firmOf(BN_FIRMS, c)[3], []],
    ['Activiteit', (c) => firmOf(BN_FIRMS, c)[4], []],
    ['Personeelsklasse', (c) => row(['10 tot 19', '20 tot 49', '50 tot 99', '5 tot 9', '100 tot 199'], +c.id), []],
    ['Omzetklasse', (c) => row(['1 - 2,5 mio EUR', '2,5 - 5 mio EUR', '5 - 10 mio EUR', '10 - 25 mio EUR'], +c.id >> 1), []],
    ['Oprichtingsdatum', (c, o, r) => dmy(bd(Date.UTC(v.int(r, 1975, 2019), v.int(r, 0, 11), v.int(r, 1, 28))), '/'), []],
    ['Aanspreking', (c) => (loc(c, 'be').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => loc(c, 'be').first, ['person.name.firstName']],
    ['Naam', (c) => loc(c, 'be').last, ['person.name.lastName']],
    ['Functie', (c) => row(['Zaakvoerder', 'Gedelegeerd bestuurder', 'HR-verantwoordelijke', 'Zaakvoerder', 'Financieel directeur'], +c.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['Functiedomein', (c) => row(['Algemene directie', 'Algemene directie', 'Personeel', 'Algemene directie', 'Financiën'], +c.id >> 1), ['extendedWorkDetails.departments[0]'], opt],
    ['E-mail contact', (c) => (+c.id % 3 ? `${slugify(loc(c, 'be').first)}.${loc(c, 'be').slug}@${firmOf(BN_FIRMS, c)[2]}` : ''), ['workEmail.address']],
    ['Gsm contact', (c) => (+c.id % 4 === 0 ? loc(c, 'be').mobile : ''), ['mobilePhone.number']],
    ['Bel-me-niet', (c) => (+c.id % 11 === 0 ? 'J' : 'N'), [], opt],
    ['Laatste update', (c) => dmy(cet(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
