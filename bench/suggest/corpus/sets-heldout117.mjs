// Round 117, heldout117: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria, Switzerland,
// Liechtenstein and South Tyrol: a marketplace-integration tool's order lines, an invoicing program's invoice list, an
// SMS gateway's send log, a ticketing platform's ticket export, a card acquirer's terminal transactions, a parcel
// platform's shipments, a club-management tool's members, a newsletter tool's subscribers, a messenger-marketing tool's
// contacts, an event guest list, a B2B platform's buyer inquiries and a company directory's firm list. Headers are in
// the product's German UI; public sources (API field names, help centres) where found, otherwise the writer's
// knowledge of the product (the report table says which).
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European time (Germany, Austria, Switzerland, Liechtenstein, South Tyrol), written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
// an instant moved to the same UTC day between 06:00 and 16:00 (office and shop hours in local time)
const office = (ms) => Math.floor(ms / day) * day + (6 * 3600 + Math.floor(ms / 1000) % 36000) * 1000
const digits = (s) => s.replace(/[^\d+]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const ACCT = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: names; places: [city, postcode, region]
const LOC = {
  de: { first: [['Tobias', 'Julia'], ['Florian', 'Christina'], ['Sebastian', 'Nicole'], ['Andreas', 'Melanie'], ['Markus', 'Stefanie'], ['Dennis', 'Jana'], ['Uwe', 'Birgit']],
    last: ['Hartmann', 'Krüger', 'Lehmann', 'Zimmermann', 'Braun', 'Hofmann', 'Schröder', 'Neumann', 'Schwarz', 'Wolf', 'Kaiser', 'Vogel'],
    places: [['Bielefeld', '33602', 'Nordrhein-Westfalen', '0521'], ['Dresden', '01067', 'Sachsen', '0351'], ['Mannheim', '68159', 'Baden-Württemberg', '0621'], ['Augsburg', '86150', 'Bayern', '0821'], ['Kiel', '24103', 'Schleswig-Holstein', '0431'], ['Erfurt', '99084', 'Thüringen', '0361'], ['Bremen', '28195', 'Bremen', '0421'], ['Münster', '48143', 'Nordrhein-Westfalen', '0251'], ['Regensburg', '93047', 'Bayern', '0941']],
    street: (r) => [v.pick(r, ['Kirchweg', 'Bahnhofstr.', 'Lindenallee', 'Mozartstraße', 'Am Sportplatz', 'Friedrich-Ebert-Str.', 'Schulstraße', 'Birkenweg']), String(v.int(r, 1, 140)) + (r() < 0.15 ? 'a' : '')],
    mobile: (r) => `01${v.pick(r, ['51', '52', '57', '60', '62', '70', '72', '76'])} ${v.int(r, 1000000, 99999999)}`,
    intl: (m) => `+49 ${m.slice(1)}`,
    land: (r, area) => `${area} ${v.int(r, 200000, 9999999)}`,
    country: ['DE', 'Deutschland'],
    mail: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'gmx.net', 'outlook.de'] },
  at: { first: [['Lukas', 'Lena'], ['David', 'Hannah'], ['Elias', 'Sarah'], ['Matthias', 'Johanna'], ['Bernhard', 'Verena'], ['Christoph', 'Magdalena']],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Eder', 'Fuchs'],
    places: [['Wien', '1070', 'Wien', '01'], ['Graz', '8010', 'Steiermark', '0316'], ['Linz', '4020', 'Oberösterreich', '0732'], ['Salzburg', '5020', 'Salzburg', '0662'], ['Innsbruck', '6020', 'Tirol', '0512'], ['Klagenfurt', '9020', 'Kärnten', '0463'], ['St. Pölten', '3100', 'Niederösterreich', '02742'], ['Dornbirn', '6850', 'Vorarlberg', '05572']],
    street: (r) => [v.pick(r, ['Mariahilfer Straße', 'Landstraße', 'Hauptplatz', 'Kaiserstraße', 'Wiener Straße', 'Museumstraße', 'Lindengasse']), `${v.int(r, 1, 90)}${r() < 0.4 ? '/' + v.int(r, 1, 24) : ''}`],
    mobile: (r) => `06${v.pick(r, ['64', '76', '99', '50', '60'])} ${v.int(r, 1000000, 9999999)}`,
    intl: (m) => `+43 ${m.slice(1)}`,
    land: (r, area) => `${area} ${v.int(r, 20000, 999999)}`,
    country: ['AT', 'Österreich'],
    mail: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'] },
  ch: { first: [['Reto', 'Corinne'], ['Beat', 'Sandra'], ['Urs', 'Nadine'], ['Marco', 'Fabienne'], ['Simon', 'Deborah'], ['Lars', 'Seraina']],
    last: ['Keller', 'Meier', 'Brunner', 'Baumann', 'Frei', 'Zürcher', 'Gerber', 'Widmer', 'Käser', 'Lüthi', 'Schmid', 'Bühler'],
    places: [['Bern', '3011', 'BE', '031'], ['Thun', '3600', 'BE', '033'], ['Biel/Bienne', '2502', 'BE', '032'], ['Burgdorf', '3400', 'BE', '034'], ['Zürich', '8004', 'ZH', '044'], ['Winterthur', '8400', 'ZH', '052'], ['Luzern', '6003', 'LU', '041'], ['St. Gallen', '9000', 'SG', '071'], ['Basel', '4056', 'BS', '061'], ['Chur', '7000', 'GR', '081']],
    street: (r) => [v.pick(r, ['Bahnhofstrasse', 'Dorfstrasse', 'Kirchgasse', 'Seestrasse', 'Bernstrasse', 'Rosenweg', 'Schulhausstrasse']), String(v.int(r, 1, 80))],
    mobile: (r) => `07${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    intl: (m) => `+41 ${m.slice(1)}`,
    land: (r, area) => `${area} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    country: ['CH', 'Schweiz'],
    mail: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com', 'hispeed.ch'] },
  li: { first: [['Patrick', 'Manuela'], ['Thomas', 'Daniela'], ['Mario', 'Nadja'], ['Roman', 'Tamara'], ['Marcel', 'Sabrina']],
    last: ['Büchel', 'Frick', 'Marxer', 'Kaiser', 'Beck', 'Hasler', 'Ospelt', 'Vogt', 'Wohlwend', 'Negele', 'Schädler'],
    places: [['Vaduz', '9490', 'Oberland', ''], ['Schaan', '9494', 'Oberland', ''], ['Triesen', '9495', 'Oberland', ''], ['Balzers', '9496', 'Oberland', ''], ['Eschen', '9492', 'Unterland', ''], ['Mauren', '9493', 'Unterland', ''], ['Ruggell', '9491', 'Unterland', '']],
    street: (r) => [v.pick(r, ['Städtle', 'Landstrasse', 'Feldkircher Strasse', 'Essanestrasse', 'Im Malarsch', 'Zollstrasse']), String(v.int(r, 1, 120))],
    mobile: (r) => `+423 7${v.pick(r, ['8', '9', '7'])}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    intl: (m) => m,
    land: (r) => `+423 ${v.pick(r, ['23', '37', '39'])}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    country: ['LI', 'Liechtenstein'],
    mail: ['adon.li', 'gmail.com', 'bluewin.ch', 'supra.net', 'gmx.ch'] },
  st: { first: [['Hannes', 'Evi'], ['Manuel', 'Sabine'], ['Michael', 'Verena'], ['Thomas', 'Maria'], ['Florian', 'Katrin'], ['Lukas', 'Anna']],
    last: ['Pichler', 'Mair', 'Gasser', 'Kofler', 'Hofer', 'Oberhofer', 'Thaler', 'Rainer', 'Egger', 'Kompatscher', 'Innerhofer', 'Plattner'],
    places: [['Bozen', '39100', 'BZ', '0471'], ['Meran', '39012', 'BZ', '0473'], ['Brixen', '39042', 'BZ', '0472'], ['Bruneck', '39031', 'BZ', '0474'], ['Sterzing', '39049', 'BZ', '0472'], ['Schlanders', '39028', 'BZ', '0473'], ['Lana', '39011', 'BZ', '0473']],
    street: (r) => [v.pick(r, ['Laubengasse', 'Dantestraße', 'Romstraße', 'Rennweg', 'Großer Graben', 'Stadtgasse', 'Drususallee']), String(v.int(r, 1, 90))],
    mobile: (r) => `3${v.pick(r, ['47', '48', '35', '40', '33', '28'])} ${v.int(r, 1000000, 9999999)}`,
    intl: (m) => `+39 ${m}`,
    land: (r, area) => `${area} ${v.int(r, 200000, 999999)}`,
    country: ['IT', 'Italien'],
    mail: ['rolmail.net', 'gmail.com', 'yahoo.de', 'gmx.net', 'dnet.it'] },
}
LOC.be = { ...LOC.ch, places: [['Bern', '3011', 'BE', '031'], ['Bern', '3013', 'BE', '031'], ['Thun', '3600', 'BE', '033'], ['Burgdorf', '3400', 'BE', '034'], ['Köniz', '3098', 'BE', '031'], ['Ostermundigen', '3072', 'BE', '031'], ['Münsingen', '3110', 'BE', '031'], ['Worb', '3076', 'BE', '031']] }
const slugify = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region, area] = v.pick(r, d.places)
  const [streetName, houseNo] = d.street(r)
  const mobile = d.mobile(r)
  const p = { cc, first, last, female, full: `${first} ${last}`, city, zip, region, area,
    streetName, houseNo, street: `${streetName} ${houseNo}`, mobile, mobileIntl: d.intl(mobile), phone: d.land(r, area),
    countryCode: d.country[0], countryName: d.country[1],
    email: `${slugify(first)}${v.pick(r, ['.', '', '_'])}${slugify(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`,
    workLocal: `${slugify(first)[0]}.${slugify(last)}` }
  memo.set(k, p)
  return p
}
// a row's country, stable per person
const ccOf = (c, mix) => row(mix, +c.id % 97)

// ---------------------------------------------------------------- firms (B2B sets)
const FIRMS = {
  de: [['Weser Kunststofftechnik GmbH', 'weser-kunststoff.de'], ['Hartmann Antriebstechnik GmbH & Co. KG', 'hartmann-antriebe.de'], ['Lehmann Verpackungen GmbH', 'lehmann-verpackungen.de'], ['Neumann Elektrotechnik e.K.', 'neumann-elektro.de'], ['Schwarzwald Präzisionsteile GmbH', 'sw-praezision.de'], ['Vogel Stahlbau AG', 'vogel-stahlbau.de'], ['Fränkische Fördertechnik GmbH', 'ff-foerdertechnik.de']],
  at: [['Alpenblick Hotelbetriebs GmbH', 'alpenblick-hotel.at'], ['Gruber Holzbau GmbH', 'gruber-holzbau.at'], ['Pichler Elektrotechnik e.U.', 'pichler-elektro.at'], ['Moser & Partner Steuerberatung OG', 'moser-partner.at'], ['Steirische Metallwaren KG', 'stmw.at'], ['Hofer Installationen GmbH', 'hofer-installationen.at'], ['Innviertler Landtechnik GmbH', 'ivlt.at']],
  ch: [['Brunner Apparatebau AG', 'brunner-apparatebau.ch'], ['Aare Logistik GmbH', 'aare-logistik.ch'], ['Widmer Feinmechanik AG', 'widmer-feinmechanik.ch'], ['Lüthi Haustechnik AG', 'luethi-haustechnik.ch'], ['Seeland Kunststoff AG', 'seeland-kunststoff.ch']],
}
const firm = (c, cc) => row(FIRMS[cc], +c.id % 89 + c.last.length)

// ---------------------------------------------------------------- per-set catalogues
const GARDEN = [['GM-LOU-3S-ANT', '4260712345018', 'Lounge-Set „Lugano“ 3-teilig anthrazit', 899.0], ['GM-STU-KL-TEAK', '4260712345124', 'Klappstuhl Teak 2er-Set', 149.9], ['GM-SCH-200-NAT', '4260712345230', 'Sonnenschirm Ø 200 cm natur', 79.95], ['GM-AUF-XL-GR', '4260712345346', 'Auflagenbox XL 420 l grau', 129.0], ['GM-TIS-160-ALU', '4260712345452', 'Gartentisch Aluminium 160 x 90 cm', 349.0], ['GM-KIS-4P-SAN', '4260712345568', 'Sitzkissen 4er-Pack sand', 39.99], ['GM-HOC-BET-KI', '4260712345674', 'Hochbeet Kiefer 120 x 60 cm', 119.0]]
const EJ_EVENTS = [['Herbert Pixner Projekt – Open Air Brixen', '19.07.2024 20:30', 'Domplatz Brixen', 0, Date.UTC(2024, 6, 19, 18, 30)], ['Haydn Orchester: Sommerkonzert', '26.07.2024 20:00', 'Forum Brixen', 4, Date.UTC(2024, 6, 26, 18, 0)], ['Open Air Kino: Das finstere Tal', '02.08.2024 21:15', 'Hofburggarten Brixen', -14, Date.UTC(2024, 7, 2, 19, 15)], ['Kastelruther Spatzen – Jubiläumsabend', '09.08.2024 20:00', 'Domplatz Brixen', 10, Date.UTC(2024, 7, 9, 18, 0)], ['Jazz am Domplatz: Südtirol Jazz Ensemble', '16.08.2024 20:30', 'Domplatz Brixen', -6, Date.UTC(2024, 7, 16, 18, 30)]]
const EJ_CATS = [['Kategorie A', 39], ['Kategorie B', 29], ['Stehplatz', 22], ['Ermäßigt (bis 18 J.)', 15], ['Kategorie A', 39], ['Freikarte', 0]]
const EJ_MIX = ['st', 'st', 'st', 'at', 'st', 'de', 'st', 'at']
const CC_BRANDS = [['Visa', '4***', 0.0095], ['Mastercard', '5***', 0.0095], ['Maestro', '6***', 0.0045], ['Visa', '4***', 0.0095], ['V PAY', '4***', 0.0045], ['Mastercard', '5***', 0.0095], ['JCB', '35**', 0.019], ['Diners Club', '36**', 0.019]]
const P1_CARRIERS = {
  de: [['DHL', 'DHL Paket', '00340434'], ['DPD', 'DPD Classic', '01505'], ['GLS', 'GLS BusinessParcel', '6'], ['DHL', 'DHL Warenpost', '00340434'], ['Hermes', 'Hermes Päckchen', 'H10']],
  at: [['Österreichische Post', 'Paket Premium International', 'CH'], ['DPD', 'DPD Classic', '01505'], ['GLS', 'GLS EuroBusinessParcel', '6']],
  ch: [['DHL', 'DHL Paket International', 'CX'], ['Die Schweizerische Post', 'PostPac International Economy', 'RR']],
}
const P1_MIX = ['de', 'de', 'de', 'at', 'de', 'ch', 'de', 'at']
const MP_MIX = ['at', 'de', 'at', 'de', 'de']
const GU_MIX = ['de', 'de', 'at', 'ch', 'de']
const guRegAt = (c) => { const p = cet(Date.UTC(2024, 3, 22, 6) + (+c.id % 50) * day + (+c.id % 36000) * 1000); return `${dmy(p)} ${hm(p)}` }
const WLW_MIX = ['de', 'de', 'de', 'at', 'ch', 'de']
const WLW_TOPICS = [['Anfrage Faltschachteln bedruckt', 'Faltschachteln', 'Wir benötigen Faltschachteln 4c bedruckt, Format ca. 120 x 80 x 40 mm. Bitte um Angebot inkl. Klischeekosten.'], ['Versandkartons mit Logo', 'Versandkartons', 'Suchen Lieferanten für Versandkartons 1-wellig mit Logo-Druck, regelmäßiger Bedarf.'], ['Lebensmittelechte Einlagen', 'Verpackungseinlagen', 'Bitte um Muster und Preis für lebensmittelechte Einlagen (Pralinen).'], ['Palettenbedarf Wellpappe', 'Wellpappe', 'Angebot für Wellpappbögen 2-wellig, Lieferung frei Haus erbeten.'], ['Musterbox Kosmetik', 'Geschenkverpackungen', 'Edle Musterbox mit Magnetverschluss für Kosmetikset, Kleinserie.']]
const AT_NACE = [['I55.10-0', 'Hotels, Gasthöfe und Pensionen', 'Hotelbetriebs'], ['F43.22-0', 'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation', 'Installationen'], ['C16.23-0', 'Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und Fertigteilbauten aus Holz', 'Holzbau'], ['M69.20-0', 'Wirtschaftsprüfung und Steuerberatung; Buchführung', 'Steuerberatung'], ['F43.21-0', 'Elektroinstallation', 'Elektrotechnik'], ['C25.99-0', 'Herstellung von sonstigen Metallwaren a. n. g.', 'Metallwaren'], ['G46.61-0', 'Großhandel mit landwirtschaftlichen Maschinen und Geräten', 'Landtechnik'], ['C10.71-0', 'Herstellung von Backwaren (ohne Dauerbackwaren)', 'Bäckerei'], ['G45.20-0', 'Instandhaltung und Reparatur von Kraftwagen', 'Kfz-Werkstätte']]
const AT_FORMS = [['GmbH', 'Gesellschaft mit beschränkter Haftung'], ['GmbH', 'Gesellschaft mit beschränkter Haftung'], ['e.U.', 'Eingetragenes Einzelunternehmen'], ['KG', 'Kommanditgesellschaft'], ['OG', 'Offene Gesellschaft'], ['GmbH & Co KG', 'Kommanditgesellschaft']]
// a firm named after its managing director, with a trade that matches its ÖNACE class
const abc = (c) => { const l = loc(c, 'at'), nace = row(AT_NACE, +c.id % 89 + c.last.length), form = row(AT_FORMS, +c.id >> 3); return { nace, form, name: `${l.last} ${nace[2]} ${form[0]}`, domain: `${slugify(l.last)}-${slugify(nace[2]).replace(/betriebs$/, '')}.at` } }

const gQty = (o) => (row(GARDEN, +o.id)[3] > 300 ? 1 : 1 + (+o.id % 3))
const ccAmt = (o) => Math.round((4 + (+o.id % 97) * 0.7 + (+o.id % 5) * 3.1) * 10) / 10
const ejCat = (o) => row(EJ_CATS, +o.id)[0]
const ejPrice = (o) => (ejCat(o) === 'Freikarte' ? 0 : row(EJ_CATS, +o.id)[1] + row(EJ_EVENTS, +o.id >> 1)[3])
const ejFee = (o) => (ejCat(o) === 'Freikarte' || ejChan(o) === 'Abendkasse' ? 0 : 1.5)
const ejChan = (o) => row(['Online-Shop', 'Online-Shop', 'Online-Shop', 'Vorverkaufsstelle', 'Abendkasse', 'Online-Shop'], +o.id >> 2)
const ejOrder = (o) => (ejChan(o) === 'Abendkasse' ? row(EJ_EVENTS, +o.id >> 1)[4] - 3600000 + (+o.id % 1800) * 1000 : row(EJ_EVENTS, +o.id >> 1)[4] - ((+o.id % 60) + 1) * day - (+o.id % 50000) * 1000)

export const SETS = [
  // ---------------------------------------------------------------- Germany: marketplace order lines
  { name: 'speed4trade-connect-auftragspositionen-de', product: 'Speed4Trade CONNECT (Speed4Trade GmbH, Germany; marketplace integration, Aufträge > Export CSV with one row per order line, German UI, an Augsburg garden-furniture retailer selling on Kaufland, OTTO Market, eBay and Amazon)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Auftrags-ID', (c, o) => String(4100000 + +o.id * 7), ['_id', OR('purchaseID')], opt],
    ['Marktplatz', (c, o) => row(['Kaufland.de', 'OTTO Market', 'eBay.de', 'Amazon.de', 'Kaufland.de'], +o.id), ['commerce.commerceScope.websiteCode'], opt],
    ['Marktplatz-Bestellnummer', (c, o, r) => { const m = row(['K', 'O', 'E', 'A', 'K'], +o.id); return m === 'A' ? `30${v.int(r, 1, 6)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : m === 'E' ? `${pad(v.int(r, 1, 28))}-${v.int(r, 10000, 99999)}-${v.int(r, 10000, 99999)}` : m === 'O' ? v.alnum(r, 8).toUpperCase() : `MRW${v.alnum(r, 6).toUpperCase()}` }, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => { const p = cet(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Zahlungsart', (c, o) => row(['Marktplatz-Zahlung', 'Rechnung (OTTO Payments)', 'PayPal', 'Amazon Pay', 'Marktplatz-Zahlung'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Käufer E-Mail', (c, o, r) => { const m = row(['K', 'O', 'E', 'A', 'K'], +o.id); return m === 'A' ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.de` : m === 'K' ? `${v.alnum(r, 10).toLowerCase()}@kaufland-marktplatz.de` : loc(c, 'de').email }, EMAIL_ID, opt],
    ['Rechnung Firma', (c, o, r) => (r() < 0.12 ? firm(c, 'de')[0] : ''), []],
    ['Rechnung Vorname', (c) => loc(c, 'de').first, []],
    ['Rechnung Nachname', (c) => loc(c, 'de').last, []],
    ['Rechnung Straße', (c) => loc(c, 'de').streetName, [BILL('street1')]],
    ['Rechnung Hausnummer', (c) => loc(c, 'de').houseNo, [BILL('street1'), BILL('street2')], opt],
    ['Rechnung PLZ', (c) => loc(c, 'de').zip, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => loc(c, 'de').city, [BILL('city')]],
    ['Rechnung Land', () => 'DE', [BILL('countryCode')]],
    ['Liefer Name', (c) => loc(c, 'de').full, []],
    ['Liefer Straße', (c) => loc(c, 'de').streetName, [SHIP('street1')]],
    ['Liefer Hausnummer', (c) => loc(c, 'de').houseNo, [SHIP('street1'), SHIP('street2')], opt],
    ['Liefer Adresszusatz', (c, o, r) => v.pick(r, ['', '', '', 'Hinterhaus', 'c/o Schreinerei Braun', '2. OG links']), [SHIP('street2'), SHIP('street3')], opt],
    ['Liefer PLZ', (c) => loc(c, 'de').zip, [SHIP('postalCode')]],
    ['Liefer Ort', (c) => loc(c, 'de').city, [SHIP('city')]],
    ['Liefer Land', () => 'DE', [SHIP('countryCode')]],
    ['Telefon', (c, o, r) => (r() < 0.6 ? loc(c, 'de').mobile.replace(' ', '') : ''), PHONE_ID, opt],
    ['Artikelnummer', (c, o) => row(GARDEN, +o.id)[0], [PL('SKU')]],
    ['EAN', (c, o) => row(GARDEN, +o.id)[1], [PL('SKU')], opt],
    ['Artikelbezeichnung', (c, o) => row(GARDEN, +o.id)[2], [PL('name')]],
    ['Menge', (c, o) => String(gQty(o)), [PL('quantity')]],
    ['Einzelpreis brutto', (c, o) => dec(row(GARDEN, +o.id)[3]), [], opt],
    ['Positionssumme brutto', (c, o) => dec(row(GARDEN, +o.id)[3] * gQty(o)), [PL('priceTotal')]],
    ['Versandkosten', (c, o) => (row(GARDEN, +o.id)[3] > 150 ? '39,90' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Gesamtsumme', (c, o) => dec(row(GARDEN, +o.id)[3] * gQty(o) + (row(GARDEN, +o.id)[3] > 150 ? 39.9 : 0)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Versandart', (c, o) => (row(GARDEN, +o.id)[3] > 150 ? 'Spedition' : row(['DHL Paket', 'Hermes', 'DHL Paket'], +o.id)), ['commerce.shipping.shippingMethod']],
    ['Sendungsnummer', (c, o, r) => (+o.id % 5 === 0 ? '' : row(GARDEN, +o.id)[3] > 150 ? `SP${v.int(r, 1000000, 9999999)}` : row(['DHL Paket', 'Hermes', 'DHL Paket'], +o.id) === 'Hermes' ? `H10${v.int(r, 10000000, 99999999)}${v.int(r, 100000000, 999999999)}` : `00340434${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o) => (+o.id % 5 === 0 ? '' : dmy(cet(o.at + 2 * day))), ['commerce.shipping.shipDate'], opt],
    ['Status', (c, o) => (+o.id % 5 === 0 ? 'In Bearbeitung' : +o.id % 13 === 0 ? 'Storniert' : 'Versendet'), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: invoice list
  { name: 'amicron-faktura-belegliste-rechnungen-de', product: 'amicron-FAKTURA (Germany; invoicing and order processing for online sellers, Belege > Rechnungen > Liste exportieren, one row per invoice, German UI, a Bremen coffee roaster selling online and to cafés in Germany and Austria)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Belegart', (c, o) => (+o.id % 17 === 0 ? 'Gutschrift' : 'Rechnung'), [], opt],
    ['Belegnummer', (c, o) => `RE-${bd(o.at).y}-${pad(+o.id % 9000 + 100, 5)}`, [OR('purchaseID'), '_id']],
    ['Belegdatum', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Auftragsnummer', (c, o) => `AU-${pad(+o.id % 9000 + 100, 5)}`, [OR('purchaseID')], opt],
    ['Externe Bestellnr.', (c, o) => (+o.id % 4 === 0 ? '' : `#${20000 + (+o.id % 7000)}`), [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Kundennummer', (c) => `K${10000 + +c.id % 8000}`, CUST_ID, opt],
    ['Firma', (c) => (+c.id % 4 === 0 ? v.pick(v.rng(+c.id), ['Café Hafenliebe', 'Rösterei-Bistro Am Wall', 'Kaffeehaus Leopold OG', 'Bäckerei Schröder GmbH']) : ''), []],
    ['Anrede', (c) => (ccOf(c, ['de', 'de', 'de', 'at']) === 'at' ? (loc(c, 'at').female ? 'Frau' : 'Herr') : (loc(c, 'de').female ? 'Frau' : 'Herr')), []],
    ['Vorname', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).first, []],
    ['Nachname', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).last, []],
    ['Straße', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).street, [BILL('street1')]],
    ['PLZ', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).zip, [BILL('postalCode')]],
    ['Ort', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).city, [BILL('city')]],
    ['Land', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).countryName, [BILL('country')]],
    ['E-Mail', (c) => loc(c, ccOf(c, ['de', 'de', 'de', 'at'])).email, EMAIL_ID, opt],
    ['USt-IdNr.', (c, o, r) => (+c.id % 4 === 0 ? (ccOf(c, ['de', 'de', 'de', 'at']) === 'at' ? `ATU${v.int(r, 10000000, 99999999)}` : `DE${v.int(r, 100000000, 399999999)}`) : ''), []],
    ['Zahlungsart', (c, o) => row(['PayPal', 'Vorkasse', 'Rechnung', 'Lastschrift', 'Kreditkarte', 'PayPal'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Versandart', (c, o) => row(['DHL Paket', 'DHL Warenpost', 'DHL Paket International', 'Abholung'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Versandkosten', (c, o) => (o.total > 60 ? '0,00' : '4,90'), ['commerce.shipping.shippingAmount']],
    ['Netto', (c, o) => dec((o.subtotal + (o.total > 60 ? 0 : 4.9)) / 1.07), [], opt],
    ['Steuerbetrag', (c, o) => dec((o.subtotal + (o.total > 60 ? 0 : 4.9)) * 0.07 / 1.07), [OR('taxAmount')]],
    ['Brutto', (c, o) => dec(o.subtotal + (o.total > 60 ? 0 : 4.9)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Fällig am', (c, o) => dmy(cet(o.at + 14 * day)), [], opt],
    ['Bezahlt am', (c, o) => (+o.id % 6 === 1 ? '' : dmy(cet(o.at + (+o.id % 9) * day))), [], opt],
    ['Offener Betrag', (c, o) => (+o.id % 6 === 1 ? dec(o.subtotal + (o.total > 60 ? 0 : 4.9)) : '0,00'), []],
    ['Mahnstufe', (c, o) => (+o.id % 6 === 1 && +o.id % 4 === 1 ? '1' : '0'), []],
    ['Bearbeiter', (c, o) => row(['Admin', 'Nicole', 'Shop-Import'], +o.id), []],
    ['Bemerkung', (c, o) => row(['', '', '', 'Mühle fein', 'Geschenkverpackung', 'Lieferung an Café'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Switzerland / Liechtenstein: SMS send log
  { name: 'aspsms-versandprotokoll-fl-de', product: 'ASPSMS (VADIAN.NET AG, St. Gallen, Switzerland; SMS gateway, web interface Versandprotokoll exported as CSV, one row per recipient, German UI, a Vaduz dental practice sending appointment reminders to patients in Liechtenstein and the neighbouring Swiss Rhine valley)', family: 'sms', language: 'de', schema: E, cols: [
    ['Transaktionsreferenz', (c, o, r) => `${bd(o.at).y}${pad(bd(o.at).m)}${v.int(r, 10000000, 99999999)}`, ['_id']],
    ['Absender', (c, o) => (+o.id % 5 === 0 ? '+4232331122' : 'ZahnarztVdz'), [], opt],
    ['Empfänger', (c) => digits(ccOf(c, ['li', 'li', 'li', 'ch']) === 'li' ? loc(c, 'li').mobile : loc(c, 'ch').mobileIntl), PHONE_ID],
    ['Nachricht', (c, o) => (+o.id % 5 === 0 ? 'Ihre Dentalhygiene ist wieder fällig. Termin vereinbaren: +423 233 11 22. Zahnarztpraxis Dr. Beck, Vaduz' : `Erinnerung: Ihr Termin am ${dmy(cet(o.at + 2 * day))} um ${row(['08', '09', '10', '11', '14', '15', '16', '17'], +o.id >> 1)}:${+o.id % 2 ? '00' : '30'} Uhr. Absage bitte 24 h vorher. Praxis Dr. Beck`), []],
    ['Zeichen', (c, o) => (+o.id % 5 === 0 ? '104' : '112'), []],
    ['SMS-Teile', () => '1', []],
    ['Credits', () => '1', []],
    ['Übermittelt am', (c, o) => { const p = cet(office(o.at)); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Verzögerte Zustellung', (c, o) => (+o.id % 3 === 0 ? `${dmy(cet(o.at))} 08:00:00` : ''), [], opt],
    ['Zustellstatus', (c, o) => row(['Zugestellt', 'Zugestellt', 'Zugestellt', 'Zugestellt', 'Gepuffert', 'Zugestellt', 'Nicht zugestellt'], +o.id), [], opt],
    ['Zustellbestätigung am', (c, o) => (row([1, 1, 1, 1, 0, 1, 0], +o.id) ? (() => { const p = cet(office(o.at) + 7000 + (+o.id % 50) * 1000); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Reason Code', (c, o) => row(['000', '000', '000', '000', '107', '000', '206'], +o.id), []],
    ['Netz', (c) => (ccOf(c, ['li', 'li', 'li', 'ch']) === 'li' ? row(['Telecom Liechtenstein', 'Salt (Liechtenstein)', 'Swisscom (Liechtenstein)'], +c.id) : row(['Swisscom', 'Sunrise', 'Salt'], +c.id)), ['environment.carrier'], opt],
    ['Land', (c) => (ccOf(c, ['li', 'li', 'li', 'ch']) === 'li' ? 'LI' : 'CH'), [], opt],
    ['Versandauftrag', (c, o) => (+o.id % 5 === 0 ? 'Recall Dentalhygiene Q' + (Math.floor((bd(o.at).m - 1) / 3) + 1) : 'Terminerinnerung 48h'), ['marketing.campaignName'], opt],
    ['Flash-SMS', () => 'Nein', []],
    ['Kosten (CHF)', (c) => (ccOf(c, ['li', 'li', 'li', 'ch']) === 'li' ? '0.085' : '0.075'), []],
    ['Benutzer', () => 'praxis-beck', []],
  ] },
  // ---------------------------------------------------------------- Austria / South Tyrol: ticket export
  { name: 'eventjet-ticketexport-suedtirol-de', product: 'Eventjet (Austria; ticketing for organisers, Events > Berichte > Ticketexport as CSV, one row per ticket, German UI, a Brixen concert organiser in South Tyrol selling a summer open-air series to South Tyrolean, Austrian and German guests)', family: 'events', language: 'de', schema: E, cols: [
    ['Ticketnummer', (c, o, r) => `${v.int(r, 100000000000, 999999999999)}`, ['_id'], opt],
    ['Bestellnummer', (c, o) => `EJ${(+o.id * 7919).toString(36).toUpperCase()}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => { const p = cet(ejOrder(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Event', (c, o) => row(EJ_EVENTS, +o.id >> 1)[0], [PL('name')], opt],
    ['Eventbeginn', (c, o) => row(EJ_EVENTS, +o.id >> 1)[1], [], opt],
    ['Location', (c, o) => row(EJ_EVENTS, +o.id >> 1)[2], []],
    ['Ticketkategorie', (c, o) => row(EJ_CATS, +o.id)[0], [PL('name')], opt],
    ['Ticketpreis', (c, o) => dec(ejPrice(o)), [PL('priceTotal')]],
    ['Servicegebühr', (c, o) => dec(ejFee(o)), []],
    ['Bestellsumme', (c, o) => dec((ejPrice(o) + ejFee(o)) * (1 + (+o.id % 3))), [OR('priceTotal')]],
    ['Anzahl Tickets in Bestellung', (c, o) => String(1 + (+o.id % 3)), [], opt],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => (ejCat(o) === 'Freikarte' ? '' : ejChan(o) !== 'Online-Shop' ? row(['Bar', 'Karte'], +o.id >> 1) : row(['Kreditkarte', 'PayPal', 'EPS-Überweisung', 'Sofortüberweisung', 'Apple Pay', 'Kreditkarte'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Verkaufskanal', (c, o) => ejChan(o), [], opt],
    ['Gutscheincode', (c, o) => (+o.id % 9 === 0 ? 'RAIKA10' : ''), ['commerce.promotionID'], opt],
    ['Vorname', (c) => loc(c, ccOf(c, EJ_MIX)).first, []],
    ['Nachname', (c) => loc(c, ccOf(c, EJ_MIX)).last, []],
    ['E-Mail', (c) => loc(c, ccOf(c, EJ_MIX)).email, EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (r() < 0.5 ? loc(c, ccOf(c, EJ_MIX)).mobileIntl : ''), PHONE_ID, opt],
    ['Straße', (c) => loc(c, ccOf(c, EJ_MIX)).street, [BILL('street1')]],
    ['PLZ', (c) => loc(c, ccOf(c, EJ_MIX)).zip, [BILL('postalCode')]],
    ['Ort', (c) => loc(c, ccOf(c, EJ_MIX)).city, [BILL('city')]],
    ['Land', (c) => loc(c, ccOf(c, EJ_MIX)).countryName, [BILL('country')]],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Eingelassen', (c, o) => (+o.id % 4 === 0 || +o.id % 23 === 0 ? 'Nein' : 'Ja'), []],
    ['Einlasszeit', (c, o) => (+o.id % 4 === 0 || +o.id % 23 === 0 ? '' : `${row(EJ_EVENTS, +o.id >> 1)[1].slice(0, 10)} ${row(['19:42', '20:05', '19:58', '20:11', '19:35'], +o.id)}`), [], opt],
    ['Storniert', (c, o) => (+o.id % 23 === 0 ? 'Ja' : 'Nein'), [], opt],
  ] },
  // ---------------------------------------------------------------- Austria: card acquirer terminal transactions
  { name: 'card-complete-transaktionen-wien-de', product: 'card complete (card complete Service Bank AG, Vienna, Austria; card acceptance, Händlerportal > Transaktionen > Export CSV, one row per card transaction, German UI, a Vienna bookshop-café with three terminals)', family: 'payments', language: 'de', schema: E, cols: [
    ['Vertragspartnernummer', () => '100472318', []],
    ['Terminal-ID', (c, o) => row(['72041185', '72041186', '72041190'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Standort', (c, o) => row(['Buchcafé Neubaugasse', 'Buchcafé Neubaugasse', 'Buchcafé Praterstern'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Transaktionsdatum', (c, o) => dmy(cet(office(o.at))), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => hms(cet(office(o.at))), [], opt],
    ['Transaktionsart', (c, o) => (+o.id % 19 === 0 ? 'Gutschrift' : +o.id % 23 === 0 ? 'Storno' : 'Kauf'), [], opt],
    ['Kartenmarke', (c, o) => row(CC_BRANDS, +o.id)[0], [OR('payments[0].paymentType')], opt],
    ['Kartennummer', (c, o, r) => `${row(CC_BRANDS, +o.id)[1]} **** **** ${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Eingabeart', (c, o) => row(['kontaktlos', 'kontaktlos', 'Chip', 'kontaktlos (Mobile Wallet)', 'Chip'], +o.id), []],
    ['Betrag', (c, o) => dec(ccAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Trinkgeld', (c, o) => (+o.id % 6 === 0 ? '1,00' : '0,00'), [], opt],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Autorisierungsnummer', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('payments[0].transactionID')], opt],
    ['Belegnummer', (c, o) => pad(+o.id % 9999, 4), [], opt],
    ['Transaktions-ID', (c, o, r) => `CC${bd(o.at).y}${pad(bd(o.at).m)}${pad(bd(o.at).d)}${v.int(r, 10000000, 99999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Kartenherkunft', (c, o) => row(['AT', 'AT', 'DE', 'AT', 'IT', 'US', 'AT', 'CH'], +o.id), [BILL('countryCode')], opt],
    ['DCC', (c, o) => (row(['AT', 'AT', 'DE', 'AT', 'IT', 'US', 'AT', 'CH'], +o.id) === 'US' ? 'Ja' : 'Nein'), []],
    ['Status', (c, o) => (+o.id % 29 === 0 ? 'abgelehnt' : 'genehmigt'), [], opt],
    ['Serviceentgelt', (c, o) => dec(ccAmt(o) * row(CC_BRANDS, +o.id)[2]), []],
    ['Auszahlungsbetrag', (c, o) => dec(ccAmt(o) * (1 - row(CC_BRANDS, +o.id)[2])), []],
    ['Abrechnungsdatum', (c, o) => dmy(cet(o.at + 2 * day)), [], opt],
    ['Abrechnungsnummer', (c, o) => `A${bd(o.at).y}${pad(+o.id % 900 + 100, 4)}`, []],
  ] },
  // ---------------------------------------------------------------- Germany: parcel platform shipments
  { name: 'parcel-one-sendungen-export-de', product: 'parcel.one (Germany; multi-carrier parcel platform, Sendungen > Export CSV, one row per parcel, German UI, a Dresden natural-cosmetics web shop shipping to Germany, Austria and Switzerland)', family: 'delivery', language: 'de', schema: E, cols: [
    ['Sendungs-ID', (c, o) => `P1-${9000000 + +o.id * 13}`, ['_id'], opt],
    ['Referenz', (c, o) => `${50000 + (+o.id % 30000)}`, [OR('purchaseID')], opt],
    ['Erstellt am', (c, o) => { const p = cet(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Carrier', (c, o) => row(P1_CARRIERS[ccOf(c, P1_MIX)], +o.id)[0], ['commerce.shipping.shippingMethod']],
    ['Produkt', (c, o) => row(P1_CARRIERS[ccOf(c, P1_MIX)], +o.id)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Sendungsnummer', (c, o, r) => `${row(P1_CARRIERS[ccOf(c, P1_MIX)], +o.id)[2]}${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`, ['commerce.shipping.trackingNumber']],
    ['Tracking-Link', (c, o) => `https://track.parcel.one/${9000000 + +o.id * 13}`, ['commerce.shipping.trackingURL']],
    ['Empfänger', (c) => loc(c, ccOf(c, P1_MIX)).full, []],
    ['Firma', (c, o, r) => (r() < 0.1 ? 'Naturkosmetik Studio Lena' : ''), []],
    ['Straße', (c) => loc(c, ccOf(c, P1_MIX)).streetName, [SHIP('street1')]],
    ['Hausnummer', (c) => loc(c, ccOf(c, P1_MIX)).houseNo, [SHIP('street1'), SHIP('street2')], opt],
    ['Adresszusatz', (c, o, r) => (ccOf(c, P1_MIX) === 'de' ? v.pick(r, ['', '', '', '', 'Packstation 112', 'bei Nachbarn abgeben']) : ''), [SHIP('street2'), SHIP('street3')], opt],
    ['PLZ', (c) => loc(c, ccOf(c, P1_MIX)).zip, [SHIP('postalCode')]],
    ['Ort', (c) => loc(c, ccOf(c, P1_MIX)).city, [SHIP('city')]],
    ['Land', (c) => loc(c, ccOf(c, P1_MIX)).countryCode, [SHIP('countryCode')]],
    ['E-Mail', (c) => loc(c, ccOf(c, P1_MIX)).email, EMAIL_ID, opt],
    ['Telefon', (c, o, r) => (r() < 0.5 ? loc(c, ccOf(c, P1_MIX)).mobileIntl : ''), PHONE_ID, opt],
    ['Gewicht (kg)', (c, o) => dec(0.3 + (+o.id % 17) / 10, ','), []],
    ['Maße (cm)', (c, o) => row(['25 x 17 x 10', '30 x 20 x 10', '35 x 25 x 12'], +o.id), []],
    ['Warenwert', (c, o) => dec(o.subtotal), [], opt],
    ['Inhalt (Zoll)', (c) => (ccOf(c, P1_MIX) === 'ch' ? 'Naturkosmetik (Cremes, Seifen)' : ''), [PL('name')], opt],
    ['Versandkosten netto', (c) => (ccOf(c, P1_MIX) === 'ch' ? '14,90' : ccOf(c, P1_MIX) === 'at' ? '8,20' : '4,39'), ['commerce.shipping.shippingAmount'], opt],
    ['Übergabe an Carrier', (c, o) => (+o.id % 7 === 0 ? '' : dmy(cet(o.at + day))), ['commerce.shipping.shipDate'], opt],
    ['Status', (c, o) => (+o.id % 7 === 0 ? 'Label erstellt' : +o.id % 11 === 0 ? 'Zustellproblem' : +o.id % 3 === 0 ? 'Unterwegs' : 'Zugestellt'), [], opt],
    ['Zugestellt am', (c, o) => (+o.id % 7 !== 0 && +o.id % 11 !== 0 && +o.id % 3 !== 0 ? dmy(cet(o.at + 3 * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: club members
  { name: 'webling-mitgliederliste-bern-de', product: 'Webling (usystems GmbH, Switzerland; club management, Mitglieder > Liste exportieren as Excel/CSV, one row per member, German UI, a Bernese gymnastics and ski club)', family: 'memberships', language: 'de', schema: P, cols: [
    ['Mitglieder-ID', (c) => String(100 + +c.id % 900), ID],
    ['Anrede', (c) => (loc(c, 'be').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => loc(c, 'be').first, ['person.name.firstName']],
    ['Name', (c) => loc(c, 'be').last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.1 ? firm(c, 'ch')[0] : ''), ['organizations[0]'], opt],
    ['Strasse', (c) => loc(c, 'be').street, at(HOME, 'street1')],
    ['Adresszusatz', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Postfach 12', 'c/o Familie Gerber']) : ''), at(HOME, 'street2'), opt],
    ['PLZ', (c) => loc(c, 'be').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => loc(c, 'be').city, at(HOME, 'city')],
    ['Land', () => 'Schweiz', at(HOME, 'country')],
    ['Telefon Privat', (c, o, r) => (r() < 0.4 ? loc(c, 'be').phone : ''), ['homePhone.number']],
    ['Telefon Geschäft', (c, o, r) => (r() < 0.2 ? loc(c, 'be').phone.replace(/\d{2}$/, '00') : ''), ['workPhone.number']],
    ['Mobile', (c) => loc(c, 'be').mobile, ['mobilePhone.number']],
    ['E-Mail', (c) => loc(c, 'be').email, ['personalEmail.address']],
    ['Geburtstag', (c) => dmy(bd(c.birth)), ['person.birthDate']],
    ['Geschlecht', (c) => (loc(c, 'be').female ? 'w' : 'm'), ['person.gender']],
    ['Mitgliederstatus', (c) => row(['Aktivmitglied', 'Aktivmitglied', 'Passivmitglied', 'Aktivmitglied', 'Ehrenmitglied', 'Jugend'], +c.id), ['loyalty.tier'], opt],
    ['Eintritt', (c) => dmy(cet(c.created - (+c.id % 20) * 365 * day)), ['loyalty.joinDate'], opt],
    ['Austritt', (c) => (+c.id % 11 === 0 ? `31.12.${bd(c.updated).y}` : ''), [], opt],
    ['Riege', (c) => row(['Männerriege', 'Frauenriege', 'Jugi', 'Skiriege', 'Volleyball', ''], +c.id >> 1), []],
    ['Funktion', (c) => row(['', '', '', 'Vorstand', '', 'Leiter/in', '', 'Kassier/in'], +c.id >> 2), []],
    ['Jahresbeitrag', (c) => row(['CHF 120.00', 'CHF 120.00', 'CHF 50.00', 'CHF 120.00', 'CHF 0.00', 'CHF 60.00'], +c.id), []],
    ['IBAN', (c, o, r) => (r() < 0.3 ? `CH${v.int(r, 10, 99)} 0079 0${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1, 9)}` : ''), []],
    ['Rechnungsversand', (c) => (c.bool ? 'E-Mail' : 'Post'), [], opt],
    ['Bemerkungen', (c, o, r) => v.pick(r, ['', '', '', 'J+S-Leiterin', 'Beitrag via Familie Widmer', 'Ehrenmitglied seit GV 2019']), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: newsletter subscribers
  { name: 'swissnewsletter-abonnenten-export-de', product: 'Swissnewsletter (Switzerland; newsletter software, Empfänger > Export as CSV, one row per subscriber, German UI, a Zurich wine merchant\'s customer newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['ID', (c) => String(20000 + +c.id % 60000), ID],
    ['E-Mail', (c) => loc(c, 'ch').email, ['personalEmail.address']],
    ['Anrede', (c) => (+c.id % 13 === 0 ? 'Familie' : loc(c, 'ch').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => loc(c, 'ch').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'ch').last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Restaurant Sonne AG', 'Hotel Krone Regensberg', 'Treuhand Frei GmbH']) : ''), ['organizations[0]'], opt],
    ['Strasse', (c, o, r) => (r() < 0.7 ? loc(c, 'ch').street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => loc(c, 'ch').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => loc(c, 'ch').city, at(HOME, 'city')],
    ['Kanton', (c) => loc(c, 'ch').region, STATE(HOME)],
    ['Land', () => 'CH', at(HOME, 'countryCode')],
    ['Sprache', (c) => row(['de', 'de', 'de', 'fr', 'de', 'it'], +c.id), [], opt],
    ['Geburtsdatum', (c, o, r) => (r() < 0.4 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? loc(c, 'ch').mobileIntl : ''), ['mobilePhone.number']],
    ['Kundennummer', (c, o, r) => (r() < 0.6 ? `W${v.int(r, 10000, 49999)}` : ''), ['personID'], opt],
    ['Gruppen', (c) => row(['Newsletter Privat', 'Newsletter Privat;Degustationen', 'Gastro-Kunden', 'Newsletter Privat;Subskription Bordeaux'], +c.id), []],
    ['Status', (c) => (+c.id % 9 === 0 ? 'abgemeldet' : +c.id % 14 === 0 ? 'gebounct' : 'aktiv'), ['personalEmail.status'], opt],
    ['Anmeldedatum', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Bestätigt am', (c) => `${dmy(cet(c.created + 600000))} ${hm(cet(c.created + 600000))}`, [], opt],
    ['IP-Adresse Anmeldung', (c, o, r) => v.ip4(r), []],
    ['Abgemeldet am', (c) => (+c.id % 9 === 0 ? dmy(cet(later(c))) : ''), [], opt],
    ['Quelle', (c) => row(['Webformular', 'Import', 'Onlineshop', 'Degustation (Papierformular)'], +c.id >> 1), []],
    ['Öffnungen', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Klicks', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['Letzte Öffnung', (c) => dmy(cet(later(c))), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: messenger-marketing contacts
  { name: 'messengerpeople-kontakte-export-de', product: 'MessengerPeople (Munich, Germany; WhatsApp and messenger customer communication, Kontakte > Export CSV, one row per contact, German UI, an Innsbruck and Munich outdoor-sports shop\'s WhatsApp newsletter and service channel)', family: 'marketing', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c, o, r) => v.uuid(r), ID],
    ['Messenger', (c) => row(['WhatsApp', 'WhatsApp', 'WhatsApp', 'Telegram', 'Facebook Messenger', 'WhatsApp', 'Instagram'], +c.id), [], opt],
    ['Telefonnummer', (c) => (['Telegram', 'Facebook Messenger', 'Instagram'].includes(row(['WhatsApp', 'WhatsApp', 'WhatsApp', 'Telegram', 'Facebook Messenger', 'WhatsApp', 'Instagram'], +c.id)) ? '' : digits(loc(c, ccOf(c, MP_MIX)).mobileIntl)), ['mobilePhone.number']],
    ['Messenger-ID', (c, o, r) => (['Facebook Messenger', 'Instagram', 'Telegram'].includes(row(['WhatsApp', 'WhatsApp', 'WhatsApp', 'Telegram', 'Facebook Messenger', 'WhatsApp', 'Instagram'], +c.id)) ? String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['Profilname', (c) => (+c.id % 3 === 0 ? `${loc(c, ccOf(c, MP_MIX)).first} 🏔️` : loc(c, ccOf(c, MP_MIX)).first), [], opt],
    ['Vorname', (c, o, r) => (r() < 0.7 ? loc(c, ccOf(c, MP_MIX)).first : ''), ['person.name.firstName']],
    ['Nachname', (c, o, r) => (r() < 0.6 ? loc(c, ccOf(c, MP_MIX)).last : ''), ['person.name.lastName']],
    ['E-Mail', (c, o, r) => (r() < 0.45 ? loc(c, ccOf(c, MP_MIX)).email : ''), ['personalEmail.address']],
    ['Kundennummer', (c, o, r) => (r() < 0.35 ? `KD-${v.int(r, 100000, 399999)}` : ''), ['personID'], opt],
    ['PLZ', (c, o, r) => (r() < 0.5 ? loc(c, ccOf(c, MP_MIX)).zip : ''), at(HOME, 'postalCode')],
    ['Stadt', (c, o, r) => (r() < 0.5 ? loc(c, ccOf(c, MP_MIX)).city : ''), at(HOME, 'city')],
    ['Geburtstag', (c, o, r) => (r() < 0.3 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Sprache', (c) => (ccOf(c, MP_MIX) === 'at' ? 'de-AT' : 'de-DE'), [], opt],
    ['Themen', (c) => row(['Skitouren', 'Bike;Wandern', 'Klettern', 'Angebote', 'Skitouren;Angebote', 'Laufen'], +c.id >> 1), []],
    ['Tags', (c) => row(['', 'VIP', 'Filiale Innsbruck', 'Filiale München', 'Gewinnspiel Winter', ''], +c.id >> 2), []],
    ['Newsletter-Status', (c) => (+c.id % 8 === 0 ? 'abgemeldet' : 'angemeldet'), [], opt],
    ['Opt-in am', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Opt-out am', (c) => (+c.id % 8 === 0 ? `${dmy(cet(later(c)))} ${hm(cet(later(c)))}` : ''), [], opt],
    ['Letzte Nachricht', (c) => `${dmy(cet(later(c)))} ${hm(cet(later(c)))}`, [], opt],
    ['Zugewiesen an', (c) => row(['', 'Service-Team', 'Kathi (Filiale IBK)', ''], +c.id >> 1), []],
    ['Notiz', (c, o, r) => v.pick(r, ['', '', '', 'Reklamation Skischuh erledigt', 'Interesse Leihski Saison']), []],
  ] },
  // ---------------------------------------------------------------- Germany: event guest list (B2B)
  { name: 'guestoo-gaesteliste-hausmesse-de', product: 'guestoo (Germany; event guest management, Event > Gäste > Export as Excel, one row per guest, German UI, a Stuttgart machine builder\'s in-house trade fair with customers and partners from Germany, Austria and Switzerland)', family: 'events', language: 'de', schema: B, cols: [
    ['Gast-ID', (c) => String(480000 + +c.id % 90000), B2BID, opt],
    ['Anrede', (c) => (loc(c, ccOf(c, GU_MIX)).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => row(['', '', 'Dr.', '', 'Dipl.-Ing.', '', '', 'Prof. Dr.', '', 'Ing.'], +c.id), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => loc(c, ccOf(c, GU_MIX)).first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, ccOf(c, GU_MIX)).last, ['person.name.lastName']],
    ['Firma', (c) => firm(c, ccOf(c, GU_MIX))[0], CO],
    ['Position', (c) => row([['Leiter Einkauf', 'Leiterin Einkauf'], ['Geschäftsführer', 'Geschäftsführerin'], ['Produktionsleiter', 'Produktionsleiterin'], ['Technischer Leiter', 'Technische Leiterin'], ['Konstrukteur', 'Konstrukteurin'], ['Leiter Instandhaltung', 'Leiterin Instandhaltung'], ['Vertriebspartner', 'Vertriebspartnerin']], +c.id >> 1)[loc(c, ccOf(c, GU_MIX)).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(['Einkauf', 'Geschäftsleitung', 'Produktion', 'Technik', 'Konstruktion', 'Instandhaltung', 'Vertrieb'], +c.id >> 1), ['extendedWorkDetails.departments[0]']],
    ['E-Mail', (c) => `${loc(c, ccOf(c, GU_MIX)).workLocal}@${firm(c, ccOf(c, GU_MIX))[1]}`, WE],
    ['Telefon', (c, o, r) => (r() < 0.7 ? loc(c, ccOf(c, GU_MIX)).phone : ''), ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? loc(c, ccOf(c, GU_MIX)).mobileIntl : ''), ['mobilePhone.number']],
    ['Straße', (c) => loc(c, ccOf(c, GU_MIX)).street, [W('street1')]],
    ['PLZ', (c) => loc(c, ccOf(c, GU_MIX)).zip, [W('postalCode')]],
    ['Ort', (c) => loc(c, ccOf(c, GU_MIX)).city, [W('city')]],
    ['Land', (c) => loc(c, ccOf(c, GU_MIX)).countryName, [W('country')]],
    ['Gästekategorie', (c) => row(['Kunde', 'Kunde', 'Interessent', 'Partner', 'Presse', 'Kunde', 'VIP'], +c.id >> 2), ['b2b.personType'], opt],
    ['Status', (c) => row(['Anmeldung zugesagt', 'Anmeldung zugesagt', 'Eingeladen', 'Abgesagt', 'Anmeldung zugesagt', 'Anmeldung (offen)'], +c.id), [], opt],
    ['Anmeldedatum', (c) => (['Eingeladen', 'Anmeldung (offen)', 'Abgesagt'].includes(row(['Anmeldung zugesagt', 'Anmeldung zugesagt', 'Eingeladen', 'Abgesagt', 'Anmeldung zugesagt', 'Anmeldung (offen)'], +c.id)) ? '' : guRegAt(c)), [], opt],
    ['Absagedatum', (c) => (row(['', '', '', 'x', '', ''], +c.id) ? guRegAt(c) : ''), [], opt],
    ['Begleitpersonen', (c) => row(['0', '1', '0', '0', '0', '2'], +c.id >> 1), []],
    ['Eingecheckt', (c) => (+c.id % 3 === 0 ? 'Ja' : 'Nein'), []],
    ['Check-in-Zeit', (c) => (+c.id % 3 === 0 ? `14.06.2024 ${row(['09:12', '09:47', '10:05', '13:20'], +c.id)}` : ''), [], opt],
    ['Abendveranstaltung', (c) => (c.bool ? 'Ja' : 'Nein'), []],
    ['Essenswunsch', (c) => row(['keine Angabe', 'vegetarisch', 'keine Angabe', 'vegan', 'glutenfrei', 'keine Angabe'], +c.id >> 1), []],
    ['Einladender Mitarbeiter', (c) => row(['Jürgen Vogel', 'Sabine Kaiser', 'Außendienst AT', 'Marco Frei (CH)'], +c.id), []],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Hotelzimmer 13.–14.06. gebucht', 'Werksführung 11 Uhr', 'Anreise mit Bahn']), []],
  ] },
  // ---------------------------------------------------------------- Germany: B2B platform buyer inquiries
  { name: 'wlw-anfragen-export-de', product: 'wer liefert was (Visable GmbH, Hamburg, Germany; B2B supplier platform, Anfragen > Exportieren as CSV, one row per buyer inquiry, German UI, a Bielefeld packaging manufacturer\'s leads from buyers in Germany, Austria and Switzerland)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Anfrage-ID', (c) => String(27000000 + +c.id * 37), B2BID, opt],
    ['Eingegangen am', (c) => `${dmy(cet(office(c.created)))} ${hm(cet(office(c.created)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Betreff', (c) => row(WLW_TOPICS, +c.id)[0], []],
    ['Produktkategorie', (c) => row(WLW_TOPICS, +c.id)[1], []],
    ['Nachricht', (c) => row(WLW_TOPICS, +c.id)[2], []],
    ['Menge', (c) => row(['5.000 Stück', '20.000 Stück', '1 Palette', 'ca. 2.500 Stück/Monat', ''], +c.id >> 1), []],
    ['Lieferort', (c) => loc(c, ccOf(c, WLW_MIX)).city, [], opt],
    ['Anrede', (c) => (loc(c, ccOf(c, WLW_MIX)).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => loc(c, ccOf(c, WLW_MIX)).first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, ccOf(c, WLW_MIX)).last, ['person.name.lastName']],
    ['Position', (c) => row([['Einkäufer', 'Einkäuferin'], ['Strategischer Einkauf', 'Strategischer Einkauf'], ['Geschäftsführer', 'Geschäftsführerin'], ['Logistikleiter', 'Logistikleiterin'], ['Assistenz Einkauf', 'Assistenz Einkauf']], +c.id >> 2)[loc(c, ccOf(c, WLW_MIX)).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Firma', (c) => firm(c, ccOf(c, WLW_MIX))[0], CO],
    ['Branche', (c) => row(['Lebensmittelherstellung', 'Maschinenbau', 'Versandhandel', 'Pharma', 'Kosmetik'], +c.id >> 1), []],
    ['Mitarbeiterzahl', (c) => row(['10-49', '50-249', '250-499', '1-9', '500+'], +c.id >> 1), []],
    ['Straße', (c) => loc(c, ccOf(c, WLW_MIX)).street, [W('street1')]],
    ['PLZ', (c) => loc(c, ccOf(c, WLW_MIX)).zip, [W('postalCode')]],
    ['Ort', (c) => loc(c, ccOf(c, WLW_MIX)).city, [W('city')]],
    ['Land', (c) => loc(c, ccOf(c, WLW_MIX)).countryName, [W('country')]],
    ['E-Mail', (c) => `${loc(c, ccOf(c, WLW_MIX)).workLocal}@${firm(c, ccOf(c, WLW_MIX))[1]}`, WE],
    ['Telefon', (c, o, r) => (r() < 0.8 ? loc(c, ccOf(c, WLW_MIX)).phone : ''), ['workPhone.number']],
    ['Webseite', (c) => `www.${firm(c, ccOf(c, WLW_MIX))[1]}`, ['b2b.companyWebsite']],
    ['Status', (c) => row(['Neu', 'Beantwortet', 'Angebot gesendet', 'Beantwortet', 'Archiviert', 'Neu'], +c.id >> 1), ['b2b.personStatus'], opt],
    ['Beantwortet am', (c) => (['Neu'].includes(row(['Neu', 'Beantwortet', 'Angebot gesendet', 'Beantwortet', 'Archiviert', 'Neu'], +c.id >> 1)) ? '' : dmy(cet(c.created + 2 * day))), [], opt],
    ['Anfragetyp', (c) => row(['Direktanfrage', 'Direktanfrage', 'Ausschreibung', 'Direktanfrage', 'Rückrufbitte'], +c.id >> 2), ['b2b.personSource'], opt],
  ] },
  // ---------------------------------------------------------------- Austria: company directory list
  { name: 'firmenabc-firmenliste-export-at-de', product: 'FirmenABC (Austria; company directory, Firmensuche > Trefferliste exportieren as Excel, one row per firm with its managing director, German UI, a Linz IT-service provider\'s prospect list of Austrian small firms)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Firmen-ID', (c) => String(2100000 + +c.id * 11), ACCT, opt],
    ['Firmenname', (c) => abc(c).name, CO],
    ['Rechtsform', (c) => abc(c).form[1], []],
    ['Firmenbuchnummer', (c, o, r) => `FN ${v.int(r, 100000, 599999)} ${v.pick(r, ['a', 'b', 'd', 'f', 'g', 'k', 'm', 'p', 's', 't', 'v', 'x', 'y', 'z'])}`, ACCT, opt],
    ['UID-Nummer', (c, o, r) => `ATU${v.int(r, 10000000, 79999999)}`, []],
    ['Straße', (c) => loc(c, 'at').street, [W('street1')]],
    ['PLZ', (c) => loc(c, 'at').zip, [W('postalCode')]],
    ['Ort', (c) => loc(c, 'at').city, [W('city')]],
    ['Bezirk', (c) => ({ Wien: 'Wien 7., Neubau', Graz: 'Graz(Stadt)', Linz: 'Linz(Stadt)', Salzburg: 'Salzburg(Stadt)', Innsbruck: 'Innsbruck-Stadt', Klagenfurt: 'Klagenfurt Stadt', 'St. Pölten': 'St. Pölten(Stadt)', Dornbirn: 'Dornbirn' })[loc(c, 'at').city], [W('region'), W('street3')], opt],
    ['Bundesland', (c) => loc(c, 'at').region, STATE(['workAddress'])],
    ['Telefon', (c) => `+43 ${loc(c, 'at').area.slice(1)} ${v.int(v.rng(+c.id), 20000, 999999)}`, ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? `+43 ${loc(c, 'at').area.slice(1)} ${v.int(r, 20000, 999999)}-20` : ''), ['faxPhone.number']],
    ['E-Mail', (c, o, r) => (r() < 0.8 ? `office@${abc(c).domain}` : ''), WE, opt],
    ['Homepage', (c, o, r) => (r() < 0.85 ? `www.${abc(c).domain}` : ''), ['b2b.companyWebsite']],
    ['Geschäftsführung', (c) => `${row(['', 'Mag. ', 'Ing. ', '', 'DI ', 'Dr. ', ''], +c.id)}${loc(c, 'at').full}`, ['person.name.fullName']],
    ['Funktion', (c) => (abc(c).form[0] === 'e.U.' ? (loc(c, 'at').female ? 'Inhaberin' : 'Inhaber') : abc(c).form[0] === 'OG' ? (loc(c, 'at').female ? 'Gesellschafterin' : 'Gesellschafter') : row([['Geschäftsführer', 'Geschäftsführerin'], ['Geschäftsführer', 'Geschäftsführerin'], ['Prokurist', 'Prokuristin']], +c.id >> 1)[loc(c, 'at').female ? 1 : 0]), ['extendedWorkDetails.jobTitle']],
    ['Branche', (c) => abc(c).nace[1], []],
    ['ÖNACE 2008', (c) => abc(c).nace[0], []],
    ['Gründungsjahr', (c, o, r) => String(v.int(r, 1962, 2021)), []],
    ['Mitarbeiter', (c) => row(['1-4', '5-9', '10-19', '20-49', '50-99'], +c.id >> 1), []],
    ['Umsatz', (c) => row(['< 0,5 Mio. EUR', '0,5-1 Mio. EUR', '1-2 Mio. EUR', '2-5 Mio. EUR', '5-10 Mio. EUR'], +c.id >> 1), []],
    ['Letzte Aktualisierung', (c) => dmy(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
