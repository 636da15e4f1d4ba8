// Round 116, heldout116: held-out sets written apart by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Nordic, Icelandic, Dutch, Flemish and German tools:
// a club's member register, a company register's firm selection, a newsletter tool's recipient list, a same-day
// courier's deliveries, a fundraising platform's payments, a sports club's member list, a salon booking system's
// bookings, an invoicing service's and an association administration's issued invoices, a company-data service's firm
// list with directors, an appointment tool's booked appointments and a firm-address database's register selection:
// headers in the product's export language (sv, no, da, fi, is, nl, nl-BE, de). Public help pages gave the columns of
// OnlineFundraising (payments export, Contact entity), Payday (invoice import template), Memlist (member import
// template) and wer-zu-wem (field list of its register addresses); the rest are written from the writer's knowledge.
import { E, P, B, v, HOME, B2BID, ID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European (+1/+2) and Finnish (+2/+3) local time, written without offset; Iceland keeps UTC all year
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const utc = (ms) => v.parts(ms)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const fiDate = (p) => `${p.d}.${p.m}.${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const group = (n, t = ' ') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [male, female, latin slug]; places: [city, postcode, region]
const same = (xs) => xs.map((l) => [l, l, l.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/[^a-z]/g, '')])
const LOC = {
  sv: { first: [['Erik', 'Anna'], ['Johan', 'Maria'], ['Oskar', 'Elin'], ['Lars', 'Karin'], ['Mattias', 'Sofia'], ['Henrik', 'Emma'], ['Gustav', 'Frida']],
    last: same(['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Bergström', 'Holm', 'Sandberg']),
    places: [['Göteborg', '413 04', 'Västra Götalands län'], ['Göteborg', '417 05', 'Västra Götalands län'], ['Mölndal', '431 37', 'Västra Götalands län'], ['Kungälv', '442 31', 'Västra Götalands län'], ['Partille', '433 38', 'Västra Götalands län'], ['Kungsbacka', '434 30', 'Hallands län'], ['Alingsås', '441 30', 'Västra Götalands län']],
    street: (r) => `${v.pick(r, ['Linnégatan', 'Storgatan', 'Övre Husargatan', 'Mölndalsvägen', 'Backavägen', 'Kungsgatan', 'Eklandagatan'])} ${v.int(r, 1, 90)}${r() < 0.35 ? ` lgh ${v.int(r, 10, 16)}0${v.int(r, 1, 4)}` : ''}`,
    mobile: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'bredband.net'] },
  no: { first: [['Ole', 'Ingrid'], ['Lars', 'Kari'], ['Magnus', 'Silje'], ['Eirik', 'Ida'], ['Jonas', 'Marte'], ['Håkon', 'Nora'], ['Sindre', 'Thea']],
    last: same(['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Solberg', 'Bakken']),
    places: [['OSLO', '0462', 'Oslo'], ['OSLO', '0257', 'Oslo'], ['OSLO', '0660', 'Oslo'], ['OSLO', '0179', 'Oslo'], ['LYSAKER', '1366', 'Akershus'], ['NORDSTRAND', '1169', 'Oslo'], ['OSLO', '0358', 'Oslo']],
    street: (r) => `${v.pick(r, ['Thorvald Meyers gate', 'Kirkeveien', 'Trondheimsveien', 'Bogstadveien', 'Ekebergveien', 'Sognsveien', 'Markveien'])} ${v.int(r, 1, 140)}${r() < 0.3 ? v.pick(r, ['A', 'B', 'C']) : ''}`,
    mobile: (r) => `${v.pick(r, ['4', '9'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'online.no', 'outlook.com', 'live.no'] },
  da: { first: [['Mads', 'Sofie'], ['Frederik', 'Ida'], ['Rasmus', 'Mette'], ['Jesper', 'Camilla'], ['Anders', 'Louise'], ['Søren', 'Maja'], ['Kasper', 'Line']],
    last: same(['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Møller', 'Kjær']),
    places: [['Aarhus C', '8000', 'Region Midtjylland'], ['Aarhus N', '8200', 'Region Midtjylland'], ['Viby J', '8260', 'Region Midtjylland'], ['Risskov', '8240', 'Region Midtjylland'], ['Højbjerg', '8270', 'Region Midtjylland'], ['Brabrand', '8220', 'Region Midtjylland'], ['Skanderborg', '8660', 'Region Midtjylland']],
    street: (r) => `${v.pick(r, ['Jægergårdsgade', 'Nørrebrogade', 'Vestergade', 'Randersvej', 'Silkeborgvej', 'Frederiks Allé', 'Ceresvej'])} ${v.int(r, 1, 160)}${r() < 0.45 ? `, ${v.int(r, 1, 4)}. ${v.pick(r, ['th.', 'tv.', 'mf.'])}` : ''}`,
    mobile: (r) => `${v.pick(r, ['2', '3', '4', '5', '6', '9'])}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'live.dk', 'mail.dk', 'outlook.dk'] },
  fi: { first: [['Mikko', 'Laura'], ['Juha', 'Anna'], ['Antti', 'Johanna'], ['Ville', 'Noora'], ['Janne', 'Elina'], ['Teemu', 'Henna'], ['Sami', 'Riikka']],
    last: same(['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen']),
    places: [['Tampere', '33100', 'Pirkanmaa'], ['Tampere', '33200', 'Pirkanmaa'], ['Tampere', '33540', 'Pirkanmaa'], ['Pirkkala', '33960', 'Pirkanmaa'], ['Kangasala', '36200', 'Pirkanmaa'], ['Nokia', '37100', 'Pirkanmaa']],
    street: (r) => `${v.pick(r, ['Hämeenkatu', 'Satakunnankatu', 'Pispalan valtatie', 'Sammonkatu', 'Tammelan puistokatu'])} ${v.int(r, 1, 60)} ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 30)}`,
    mobile: (r) => `${v.pick(r, ['040', '050', '044', '045', '041'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'luukku.com', 'elisanet.fi', 'outlook.com'] },
  is: { first: [['Jón', 'Guðrún'], ['Sigurður', 'Anna'], ['Gunnar', 'Kristín'], ['Ólafur', 'Sigríður'], ['Einar', 'Helga'], ['Magnús', 'Katrín'], ['Kristján', 'Margrét']],
    last: [['Jónsson', 'Jónsdóttir', 'jons'], ['Sigurðsson', 'Sigurðardóttir', 'sigurdar'], ['Gunnarsson', 'Gunnarsdóttir', 'gunnars'], ['Ólafsson', 'Ólafsdóttir', 'olafs'], ['Stefánsson', 'Stefánsdóttir', 'stefans'], ['Magnússon', 'Magnúsdóttir', 'magnus'], ['Einarsson', 'Einarsdóttir', 'einars']],
    places: [['Reykjavík', '101', 'Höfuðborgarsvæðið'], ['Reykjavík', '105', 'Höfuðborgarsvæðið'], ['Reykjavík', '107', 'Höfuðborgarsvæðið'], ['Kópavogur', '200', 'Höfuðborgarsvæðið'], ['Hafnarfjörður', '220', 'Höfuðborgarsvæðið'], ['Garðabær', '210', 'Höfuðborgarsvæðið'], ['Akureyri', '600', 'Norðurland eystra'], ['Selfoss', '800', 'Suðurland']],
    street: (r) => `${v.pick(r, ['Laugavegur', 'Skólavörðustígur', 'Hringbraut', 'Álfhólsvegur', 'Strandgata', 'Hafnarstræti', 'Borgartún', 'Suðurlandsbraut'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `${v.pick(r, ['6', '7', '8'])}${v.int(r, 10, 99)}-${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'simnet.is', 'internet.is', 'visir.is', 'hotmail.com'] },
  nl: { first: [['Daan', 'Sanne'], ['Bram', 'Lotte'], ['Thijs', 'Anouk'], ['Ruben', 'Femke'], ['Joost', 'Eline'], ['Martijn', 'Iris']],
    last: same(['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Boer', 'Dekker', 'van Leeuwen', 'Kok']),
    places: [['Zwolle', '8011 AB', 'Overijssel'], ['Zwolle', '8021 CD', 'Overijssel'], ['Deventer', '7411 HR', 'Overijssel'], ['Kampen', '8261 GK', 'Overijssel'], ['Apeldoorn', '7311 KZ', 'Gelderland'], ['Amersfoort', '3811 AD', 'Utrecht'], ['Meppel', '7941 BE', 'Drenthe']],
    street: (r) => `${v.pick(r, ['Diezerstraat', 'Assendorperstraat', 'Thorbeckegracht', 'Brink', 'Oudestraat', 'Stationsweg', 'Molenstraat'])} ${v.int(r, 1, 180)}${r() < 0.25 ? v.pick(r, ['a', 'b', '-1']) : ''}`,
    mobile: (r) => `06-${v.int(r, 10000000, 99999999)}`,
    mail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com', 'outlook.com'] },
  be: { first: [['Wout', 'Lien'], ['Pieter', 'Ellen'], ['Jens', 'Lotte'], ['Kobe', 'Hanne'], ['Bert', 'Katrien'], ['Stijn', 'Sofie'], ['Tom', 'An']],
    last: same(['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'De Smet', 'Vermeulen', 'Van den Broeck']),
    places: [['Gent', '9000', 'Oost-Vlaanderen'], ['Sint-Martens-Latem', '9830', 'Oost-Vlaanderen'], ['Kortrijk', '8500', 'West-Vlaanderen'], ['Brugge', '8000', 'West-Vlaanderen'], ['Aalst', '9300', 'Oost-Vlaanderen'], ['Antwerpen', '2018', 'Antwerpen'], ['Mechelen', '2800', 'Antwerpen'], ['Leuven', '3000', 'Vlaams-Brabant'], ['Hasselt', '3500', 'Limburg']],
    street: (r) => `${v.pick(r, ['Kortrijksesteenweg', 'Industrieweg', 'Brusselsesteenweg', 'Nijverheidsstraat', 'Kerkstraat', 'Ambachtenlaan', 'Antwerpsesteenweg'])} ${v.int(r, 1, 1200)}`,
    mobile: (r) => `+32 4${v.pick(r, ['75', '77', '78', '86', '94', '96'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com'] },
  de: { first: [['Thomas', 'Julia'], ['Michael', 'Sandra'], ['Andreas', 'Nicole'], ['Tobias', 'Christina'], ['Markus', 'Stefanie'], ['Florian', 'Melanie'], ['Jürgen', 'Birgit']],
    last: same(['Müller', 'Schmid', 'Weber', 'Fischer', 'Wagner', 'Becker', 'Hofmann', 'Schäfer', 'Koch', 'Richter', 'Bauer', 'Klein']),
    places: [['Freiburg im Breisgau', '79098', 'Baden-Württemberg'], ['Freiburg im Breisgau', '79104', 'Baden-Württemberg'], ['Freiburg im Breisgau', '79117', 'Baden-Württemberg'], ['Merzhausen', '79249', 'Baden-Württemberg'], ['Gundelfingen', '79194', 'Baden-Württemberg'], ['Emmendingen', '79312', 'Baden-Württemberg']],
    street: (r) => `${v.pick(r, ['Habsburgerstraße', 'Wiehre-Allee', 'Basler Straße', 'Schwarzwaldstraße', 'Kaiser-Joseph-Straße', 'Lindenstraße'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `01${v.pick(r, ['51', '52', '60', '62', '70', '71', '76'])} ${v.int(r, 1000000, 99999999)}`,
    mail: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de'] },
}
// firms for the B2B sets: [name, domain, city, postcode, region, street]
const CO_LOC = {
  sv: [['Västkustens Rör AB', 'vastkustensror.se'], ['Bergström Bygg & Måleri AB', 'bergstromsbygg.se'], ['Nordisk Förpackning i Göteborg AB', 'nordiskforpackning.se'], ['Hisingens Plåtslageri AB', 'hisingensplat.se'], ['Lindqvist Redovisning HB', 'lindqvistredovisning.se'], ['Kungälvs Elektriska AB', 'kungalvsel.se'], ['Sandbergs Åkeri i Mölndal AB', 'sandbergsakeri.se']],
  be: [['Vandenbussche Bouw BV', 'vandenbusschebouw.be'], ['Schrijnwerkerij Maes BV', 'maes-schrijnwerk.be'], ['Dierenartsenpraktijk De Leie BV', 'dapdeleie.be'], ['Goossens Transport NV', 'goossenstransport.be'], ['Claes & Co Accountancy BV', 'claesco.be'], ['Brasserie De Kaai BV', 'brasseriedekaai.be'], ['Vermeulen Installaties NV', 'vermeulen-installaties.be']],
  de: [['Hahn Präzisionsteile GmbH', 'hahn-praezision.de'], ['Werkzeugbau Kurz GmbH & Co. KG', 'werkzeugbau-kurz.de'], ['Elektro Baumann GmbH', 'elektro-baumann.de'], ['Fränkische Kunststofftechnik AG', 'fraenkische-kt.de'], ['Dreher Metallbau e.K.', 'dreher-metallbau.de'], ['Neckar Logistik GmbH', 'neckar-logistik.de'], ['Schwarz Sondermaschinen GmbH', 'schwarz-sondermaschinen.de']],
}
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ð/g, 'd').replace(/þ/g, 'th').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0], slug = lr[2]
  const [city, zip, region] = v.pick(r, d.places)
  const [company, domain] = CO_LOC[cc] ? v.pick(r, CO_LOC[cc]) : ['', '']
  const p = { first, last, female, slug, city, zip, region, company, domain, full: `${first} ${last}`,
    street: d.street(r), mobile: d.mobile(r),
    email: `${slugify(first)}${v.pick(r, ['.', '', '_'])}${cc === 'is' ? slugify(last).slice(0, 8) : slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${slugify(first)}${cc === 'be' ? '' : '.' + slug}@${domain}` : p.email
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Timma: a Tampere hair salon's services [palvelu, kategoria, kesto min, hinta €]
const FI_SERV = [['Hiustenleikkaus, lyhyet hiukset', 'Leikkaukset', 45, 52], ['Hiustenleikkaus, pitkät hiukset', 'Leikkaukset', 60, 64], ['Kestoväri + leikkaus', 'Värjäykset', 150, 139], ['Raidat folioilla', 'Värjäykset', 120, 118], ['Parranmuotoilu', 'Parturi', 30, 32], ['Lasten hiustenleikkaus (alle 12 v)', 'Leikkaukset', 30, 34]]
const FI_STAFF = ['Jenni', 'Sari', 'Aleksi', 'Minna']
// Payday: a Reykjavík design studio's invoice lines [lýsing, upphæð án VSK kr.]
const IS_SERV = [['Hönnun á merki og litapallettu', 185000], ['Umbrot ársskýrslu', 420000], ['Vefhönnun - áfangi 1', 650000], ['Prentun nafnspjalda (500 stk.)', 38500], ['Myndataka vegna vörulista', 96000], ['Mánaðarleg þjónusta - samfélagsmiðlar', 120000]]
const IS_COMP = [['Hrafnhildur ehf.', '5509'], ['Kaffi Laugavegur ehf.', '6412'], ['Norðurljós Ferðir hf.', '4107'], ['Bakaríið við Brúna ehf.', '7002'], ['Sundfélagið Ægir', '5902']]
// Conscribo: a Deventer rowing association's invoices [omschrijving, bedrag excl. btw, btw-tarief]
const NL_SERV = [['Contributie 2024 - seniorlid', 385, 0], ['Contributie 2024 - studentlid', 240, 0], ['Inschrijfgeld nieuw lid', 35, 0], ['Clubkleding: roeishirt en broek', 74.38, 0.21], ['Botenstalling eigen skiff 2024', 180, 0], ['Deelname Head of the River (ploeg)', 95, 0]]
// termidat: a Freiburg physiotherapy practice's appointment types [Termintyp, Dauer]
const DE_TYPES = [['Krankengymnastik (KG) 20 Min.', 20], ['Manuelle Therapie (MT)', 25], ['Erstbefund / Anamnese', 40], ['Manuelle Lymphdrainage 45 Min.', 45], ['Massage (KMT)', 20], ['Krankengymnastik am Gerät (KGG)', 60]]
const DE_CAL = ['Raum 1 - T. Weber', 'Raum 2 - S. Koch', 'Raum 3 - M. Hofmann', 'Gerätetraining']

// per-row states, so that dependent columns (paid date, refund, cancel time) agree with the status column
const youth = (c) => +c.id % 4 === 0
const youthBirth = (c) => ({ y: 2008 + +c.id % 8, m: bd(c.birth).m, d: bd(c.birth).d })
const SE_SNI = [['43221', 'Värme- och sanitetsarbeten'], ['41200', 'Byggande av bostadshus och andra byggnader'], ['17211', 'Tillverkning av wellpapp och kartong'], ['25110', 'Tillverkning av metallstommar och delar därav'], ['69201', 'Redovisning och bokföring'], ['43210', 'Elinstallationer'], ['49410', 'Vägtransport, godstrafik']]
const pbId = (o) => `PB${v.alnum(v.rng(+o.id * 7 + 3), 6).toUpperCase()}`
const PB_ST = ['Levert', 'Levert', 'Levert', 'Underveis', 'Levert', 'Mottaker ikke hjemme - returnert', 'Levert', 'Kansellert']
const pbSt = (o) => row(PB_ST, +o.id % 8)
const PB_WIN = [['17:00-19:00', 17], ['19:00-21:00', 19], ['21:00-22:30', 21], ['17:00-19:00', 17]]
const OF_ST = ['charged', 'charged', 'charged', 'failed', 'charged', 'refunded', 'pending', 'charged']
const ofSt = (o) => row(OF_ST, +o.id % 8)
const ofAmt = (o) => row(['325.00', '100.00', '475.00', '250.00'], +o.id % 4)
const FI_ST = ['Vahvistettu', 'Vahvistettu', 'Vahvistettu', 'Peruttu', 'Vahvistettu', 'Ei saapunut', 'Vahvistettu']
const fiSt = (o) => row(FI_ST, +o.id % 7)
const IS_ST = ['Greiddur', 'Greiddur', 'Ógreiddur', 'Greiddur', 'Gjaldfallinn', 'Greiddur', 'Kreditfærður']
const isSt = (o) => row(IS_ST, +o.id % 7)
const NL_ST = ['Betaald', 'Betaald', 'Openstaand', 'Betaald', 'Eerste herinnering', 'Betaald', 'Oninbaar']
const nlSt = (o) => row(NL_ST, +o.id % 7)
const BE_NACE = [['41.201', 'Algemene bouw van residentiële gebouwen'], ['16.230', 'Vervaardiging van ander timmerwerk en schrijnwerk'], ['75.000', 'Veterinaire diensten'], ['49.410', 'Goederenvervoer over de weg'], ['69.201', 'Accountants en belastingconsulenten'], ['56.101', 'Eetgelegenheden met volledige bediening'], ['43.221', 'Installatie van sanitair']]
const beNace = (c) => BE_NACE[CO_LOC.be.findIndex((x) => x[0] === loc(c, 'be').company)]
const DE_ST = ['gebucht', 'wahrgenommen', 'gebucht', 'storniert', 'wahrgenommen', 'nicht erschienen', 'gebucht']
const deSt = (o) => row(DE_ST, +o.id % 7)
const DE_WZ = [['25.62.0', 'Mechanik a. n. g.'], ['28.41.0', 'Herstellung von Werkzeugmaschinen für die Metallbearbeitung'], ['43.21.0', 'Elektroinstallation'], ['22.29.0', 'Herstellung von sonstigen Kunststoffwaren'], ['25.11.0', 'Herstellung von Metallkonstruktionen'], ['52.10.0', 'Lagerei'], ['28.99.0', 'Herstellung von Maschinen für sonstige bestimmte Wirtschaftszweige a. n. g.']]
const deWz = (c) => DE_WZ[CO_LOC.de.findIndex((x) => x[0] === loc(c, 'de').company)]
// [male, female]: managing directors, owners and board members as the register names them
const DE_FN = [['Geschäftsführer', 'Geschäftsführerin'], ['Geschäftsführer', 'Geschäftsführerin'], ['Inhaber', 'Inhaberin'], ['Geschäftsführender Gesellschafter', 'Geschäftsführende Gesellschafterin'], ['Geschäftsführer', 'Geschäftsführerin'], ['Vorstand', 'Vorständin']]
const deFn = (c) => row(DE_FN, +c.id % 6)

export const SETS = [
  // ---------------------------------------------------------------- Sweden: association member register
  { name: 'memlist-medlemmar-export-sv', product: 'Memlist (memlist.se; Medlemmar > Sök > Exportera till Excel, one row per member, Swedish UI, a Göteborg canoe club with youth members invoiced to a parent)', family: 'membership', language: 'sv', schema: P, cols: [
    ['Medlemsnummer', (c) => String(10000 + +c.id % 9000), ID],
    ['Föreningsnummer', () => '1482-07', []],
    ['Förening', () => 'Göteborgs Kanotklubb', []],
    ['Avdelning', (c, o, r) => (youth(c) ? 'Ungdom' : v.pick(r, ['Paddling vuxen', 'Havskajak', 'Tävling', 'Paddling vuxen'])), []],
    ['Personnummer', (c, o, r) => { const p = youth(c) ? youthBirth(c) : bd(c.birth); return r() < 0.8 ? `${p.y}${pad(p.m)}${pad(p.d)}-${v.int(r, 1000, 9999)}` : '' }, ['person.taxId'], opt],
    ['Förnamn', (c) => loc(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c) => loc(c, 'sv').last, ['person.name.lastName']],
    ['Eget kön', (c, o, r) => (r() < 0.04 ? 'O' : loc(c, 'sv').female ? 'F' : 'M'), ['person.gender']],
    ['Födelsedag', (c) => ymd(youth(c) ? youthBirth(c) : bd(c.birth)), ['person.birthDate']],
    ['C/O', (c, o, r) => (r() < 0.1 ? `c/o ${v.pick(r, ['Holm', 'Lindqvist', 'Berg'])}` : ''), at(HOME, 'street2'), opt],
    ['Gatuadress', (c) => loc(c, 'sv').street, at(HOME, 'street1')],
    ['Postnummer', (c) => loc(c, 'sv').zip, at(HOME, 'postalCode')],
    ['Postort', (c) => loc(c, 'sv').city, at(HOME, 'city')],
    ['Landskod', () => 'SE', at(HOME, 'countryCode')],
    ['Kommunkod', (c) => ({ Göteborg: '1480', Mölndal: '1481', Kungälv: '1482', Partille: '1402', Kungsbacka: '1384', Alingsås: '1489' }[loc(c, 'sv').city]), []],
    ['Regionskod', (c) => (loc(c, 'sv').city === 'Kungsbacka' ? '13' : '14'), []],
    ['Epost', (c, o, r) => (r() < 0.92 ? loc(c, 'sv').email : ''), ['personalEmail.address']],
    ['Telefon', (c) => loc(c, 'sv').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Företagsnamn', (c) => (+c.id % 23 === 1 ? 'Paddelfabriken i Väst AB' : ''), ['organizations[0]'], opt],
    ['Orgnummer', (c) => (+c.id % 23 === 1 ? '556712-4410' : ''), []],
    ['Medlemskap', (c, o, r) => (youth(c) ? 'Ungdom 2024' : v.pick(r, ['Senior 2024', 'Familj 2024', 'Senior 2024', 'Stödmedlem 2024'])), ['loyalty.program', 'loyalty.tier'], opt],
    ['Giltig från', () => '2024-01-01', [], opt],
    ['Giltig till', () => '2024-12-31', [], opt],
    ['Betald', (c, o, r) => (r() < 0.85 ? '1' : '0'), []],
    ['Faktura Förnamn', (c) => (youth(c) ? row(['Karin', 'Lars', 'Maria', 'Johan', 'Anna', 'Henrik'], +c.id) : ''), []],
    ['Faktura Efternamn', (c) => (youth(c) ? loc(c, 'sv').last : ''), []],
    ['Faktura Gatuadress', (c) => (youth(c) ? loc(c, 'sv').street : ''), ['billingAddress.street1']],
    ['Faktura Postkod', (c) => (youth(c) ? loc(c, 'sv').zip : ''), ['billingAddress.postalCode']],
    ['Faktura Postort', (c) => (youth(c) ? loc(c, 'sv').city : ''), ['billingAddress.city']],
    ['Faktura Epost', (c) => (youth(c) ? `${slugify(row(['Karin', 'Lars', 'Maria', 'Johan', 'Anna', 'Henrik'], +c.id))}.${loc(c, 'sv').slug}@${row(['gmail.com', 'telia.com', 'hotmail.com'], +c.id)}` : ''), []],
    ['Registrerad', (c) => ymd(cet(c.created)), ['loyalty.joinDate'], opt],
  ] },
  // ---------------------------------------------------------------- Sweden: company register selection (B2B)
  { name: 'allabolag-foretagsurval-export-sv', product: 'Allabolag (allabolag.se; Företagsurval > Exportera till Excel, one row per firm with its VD or contact person, Swedish UI, a Göteborg accounting firm\'s prospect list of West Swedish trades and small manufacturers)', family: 'b2b-leads', language: 'sv', schema: B, cols: [
    ['Organisationsnummer', (c, o, r) => `55${v.int(r, 5, 9)}${v.int(r, 100, 999)}-${v.int(r, 1000, 9999)}`, []],
    ['Företagsnamn', (c) => loc(c, 'sv').company, CO],
    ['Bolagsform', (c) => (/HB$/.test(loc(c, 'sv').company) ? 'Handelsbolag' : 'Aktiebolag'), []],
    ['Registreringsdatum', (c, o, r) => `${v.int(r, 1978, 2019)}-${pad(v.int(r, 1, 12))}-${pad(v.int(r, 1, 28))}`, []],
    ['Status', (c, o, r) => (r() < 0.95 ? 'Aktiv' : 'Likvidation'), []],
    ['Besöksadress', (c) => loc(c, 'sv').street.replace(/ lgh \d+/, ''), [W('street1')]],
    ['Postadress', (c, o, r) => (r() < 0.3 ? `Box ${v.int(r, 100, 9999)}, ${loc(c, 'sv').zip} ${loc(c, 'sv').city.toUpperCase()}` : ''), [], opt],
    ['Postnummer', (c) => loc(c, 'sv').zip, [W('postalCode')]],
    ['Ort', (c) => loc(c, 'sv').city, [W('city')]],
    ['Kommun', (c) => loc(c, 'sv').city, [W('city')], opt],
    ['Län', (c) => loc(c, 'sv').region, STATE(['workAddress'])],
    ['Telefon', (c, o, r) => (r() < 0.8 ? `031-${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['workPhone.number']],
    ['E-post', (c, o, r) => (r() < 0.6 ? `info@${loc(c, 'sv').domain}` : ''), ['workEmail.address'], opt],
    ['Hemsida', (c, o, r) => (r() < 0.75 ? `www.${loc(c, 'sv').domain}` : ''), ['b2b.companyWebsite']],
    ['SNI-kod', (c) => SE_SNI[CO_LOC.sv.findIndex((x) => x[0] === loc(c, 'sv').company)][0], []],
    ['Bransch', (c) => SE_SNI[CO_LOC.sv.findIndex((x) => x[0] === loc(c, 'sv').company)][1], []],
    ['Antal anställda', (c, o, r) => v.pick(r, ['1-4', '5-9', '10-19', '20-49', '50-99']), []],
    ['Omsättning (tkr)', (c, o, r) => group(v.int(r, 800, 95000)), []],
    ['Resultat efter finansnetto (tkr)', (c, o, r) => group(v.int(r, -900, 8000)), []],
    ['Bokslutsperiod', (c, o, r) => v.pick(r, ['2023-01-01 - 2023-12-31', '2022-05-01 - 2023-04-30']), []],
    ['Kontaktperson', (c) => loc(c, 'sv').full, ['person.name.fullName']],
    ['Befattning', (c, o, r) => v.pick(r, ['Verkställande direktör', 'Verkställande direktör', 'Styrelseordförande', 'Ekonomichef', 'Styrelseledamot']), ['extendedWorkDetails.jobTitle']],
    ['Momsregistrerad', (c, o, r) => (r() < 0.95 ? 'Ja' : 'Nej'), []],
    ['F-skatt', (c, o, r) => (r() < 0.95 ? 'Ja' : 'Nej'), []],
    ['Arbetsgivare', (c, o, r) => (r() < 0.85 ? 'Ja' : 'Nej'), []],
  ] },
  // ---------------------------------------------------------------- Norway: newsletter recipient list
  { name: 'make-mottakere-eksport-no', product: 'Make (Make AS, Oslo; Mottakere > mottakerliste > Eksportere, CSV, one row per recipient, Norwegian UI, an Oslo bookshop-café\'s newsletter and book-club list)', family: 'email', language: 'no', schema: P, cols: [
    ['E-post', (c) => loc(c, 'no').email, ['personalEmail.address']],
    ['Fornavn', (c) => loc(c, 'no').first, ['person.name.firstName']],
    ['Etternavn', (c) => loc(c, 'no').last, ['person.name.lastName']],
    ['Mobil', (c, o, r) => (r() < 0.6 ? loc(c, 'no').mobile : ''), ['mobilePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Grünerløkka Regnskap AS', 'Nordre Aker bydel']) : ''), ['organizations[0]'], opt],
    ['Adresse', (c, o, r) => (r() < 0.4 ? loc(c, 'no').street : ''), at(HOME, 'street1')],
    ['Postnummer', (c) => (+c.id % 10 < 7 ? loc(c, 'no').zip : ''), at(HOME, 'postalCode')],
    ['Poststed', (c) => (+c.id % 10 < 7 ? loc(c, 'no').city : ''), at(HOME, 'city')],
    ['Fødselsdato', (c, o, r) => (r() < 0.45 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Kjønn', (c, o, r) => (r() < 0.5 ? (loc(c, 'no').female ? 'Kvinne' : 'Mann') : ''), ['person.gender']],
    ['Kundenummer', (c, o, r) => (r() < 0.5 ? `K${20000 + +c.id % 9000}` : ''), ['personID', '_id'], opt],
    ['Bokklubbmedlem', (c) => (c.bool ? 'Ja' : 'Nei'), []],
    ['Favorittsjanger', (c, o, r) => v.pick(r, ['Krim', 'Skjønnlitteratur', 'Sakprosa', 'Barnebøker', '']), []],
    ['Lister', (c, o, r) => v.pick(r, ['Nyhetsbrev', 'Nyhetsbrev; Bokklubb', 'Nyhetsbrev; Arrangementer', 'Bokklubb']), []],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Avmeldt', 'Returnert']), [], opt],
    ['Kilde', (c, o, r) => v.pick(r, ['Påmeldingsskjema', 'Import', 'Kasse i butikk', 'API']), []],
    ['Påmeldt', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Samtykke', (c) => `Ja, ${dmy(cet(c.created))}`, [], opt],
    ['Sist åpnet', (c) => (+c.id % 10 < 7 ? `${dmy(cet(later(c)))} ${hm(cet(later(c)))}` : ''), [], opt],
    ['Sist klikket', (c) => (+c.id % 10 < 4 ? `${dmy(cet(later(c) + 600000))} ${hm(cet(later(c) + 600000))}` : ''), [], opt],
    ['Antall mottatte', (c, o, r) => String(v.int(r, 1, 140)), []],
    ['Avmeldt dato', (c, o, r) => (r() < 0.12 ? dmy(cet(later(c) + 40 * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Norway: same-day courier deliveries
  { name: 'porterbuddy-leveranser-eksport-no', product: 'Porterbuddy (Porterbuddy Norge AS, Oslo; Portal > Leveranser > Eksporter til CSV, one row per same-day delivery, Norwegian UI, an Oslo pharmacy chain\'s web shop delivering from its stores in the evening)', family: 'delivery', language: 'no', schema: E, cols: [
    ['PB-ID', (c, o) => pbId(o), ['commerce.shipping.trackingNumber', '_id']],
    ['Ordrenummer', (c, o) => `NA-${bd(o.at).y}${pad(+o.id % 1000000, 6)}`, [OR('purchaseID')]],
    ['Opprettet', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp']],
    ['Leveringsdato', (c, o) => dmy(cet(o.at + 5 * 3600000)), [], opt],
    ['Leveringsvindu', (c, o) => row(PB_WIN, +o.id)[0], []],
    ['Tjeneste', (c, o) => row(['Levering i kveld', 'Levering i kveld', 'Ekspress innen 2 timer', 'Levering i morgen'], +o.id >> 1), ['commerce.shipping.shippingMethod']],
    ['Hentested', (c, o) => row(['Apotek Grünerløkka', 'Apotek Majorstuen', 'Apotek Storo', 'Apotek Bjørvika'], +o.id >> 2), []],
    ['Status', (c, o) => pbSt(o), []],
    ['Levert tidspunkt', (c, o, r) => (pbSt(o) === 'Levert' ? `${pad(row(PB_WIN, +o.id)[1] + (row(PB_WIN, +o.id)[1] < 21 ? v.int(r, 0, 1) : 0))}:${pad(v.int(r, 0, 59))}` : ''), [], opt],
    ['Mottaker navn', (c) => loc(c, 'no').full, []],
    ['Mottaker telefon', (c) => `+47 ${loc(c, 'no').mobile}`, PHONE_ID, opt],
    ['Mottaker e-post', (c) => loc(c, 'no').email, EMAIL_ID, opt],
    ['Leveringsadresse', (c) => loc(c, 'no').street, [SHIP('street1')]],
    ['Postnummer', (c) => loc(c, 'no').zip, [SHIP('postalCode')]],
    ['Poststed', (c) => loc(c, 'no').city, [SHIP('city')]],
    ['Land', () => 'NO', [SHIP('countryCode')]],
    ['Leveringsinstruksjoner', (c, o, r) => v.pick(r, ['', '', 'Ring på, 3. etasje', 'Kan settes utenfor døren', 'Kodelås 2580', 'Ring før levering']), []],
    ['Kan settes utenfor døren', (c, o) => (+o.id % 3 ? 'Nei' : 'Ja'), []],
    ['ID-kontroll', (c, o) => (+o.id % 5 === 0 ? 'Ja' : 'Nei'), []],
    ['Hente-PIN', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Antall kolli', (c, o) => String(o.qty > 3 ? 2 : 1), []],
    ['Vekt (kg)', (c, o, r) => v.money(r, 0.2, 6, true), []],
    ['Fraktpris (kr)', (c, o) => row(['99,00', '99,00', '149,00', '79,00'], +o.id >> 1), ['commerce.shipping.shippingAmount'], opt],
    ['Sporingslenke', (c, o) => `https://porterbuddy.com/track/${pbId(o)}`, ['commerce.shipping.trackingURL']],
    ['Budvurdering', (c, o, r) => (pbSt(o) === 'Levert' && r() < 0.5 ? String(v.int(r, 3, 5)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Denmark: fundraising platform payments
  { name: 'onlinefundraising-payments-export-da', product: 'OnlineFundraising (Fundraisingbureauet ApS, København; Export > Type: Payments, CSV "OF export - payments - FraDato - TilDato.csv", entity_property headers, one row per payment, a Danish nature-conservation association\'s membership fees and donations by MobilePay, Betalingsservice and card)', family: 'payments', language: 'da', schema: E, cols: [
    ['contact_contactGuid', (c, o, r) => v.uuid(r), CUST_ID, opt],
    ['contact_externalId', (c, o, r) => (r() < 0.7 ? String(40000 + +c.id % 50000) : ''), CUST_ID, opt],
    ['contact_contactType', (c, o) => (+o.id % 13 === 0 ? 'business' : 'individual'), []],
    ['contact_name', (c) => loc(c, 'da').full, []],
    ['contact_email', (c, o, r) => (r() < 0.85 ? loc(c, 'da').email : ''), EMAIL_ID, opt],
    ['contact_msisdn', (c) => `45${loc(c, 'da').mobile.replace(/ /g, '')}`, PHONE_ID, opt],
    ['contact_address', (c) => (+c.id % 5 ? loc(c, 'da').street : ''), [BILL('street1')]],
    ['contact_postCode', (c) => (+c.id % 5 ? loc(c, 'da').zip : ''), [BILL('postalCode')]],
    ['contact_city', (c) => (+c.id % 5 ? loc(c, 'da').city : ''), [BILL('city')]],
    ['contact_countryCode', () => 'DK', [BILL('countryCode')]],
    ['contact_nationalId', (c, o, r) => (r() < 0.2 ? `${pad(bd(c.birth).d)}${pad(bd(c.birth).m)}${String(bd(c.birth).y).slice(2)}${v.int(r, 1000, 9999)}` : ''), []],
    ['contact_businessCode', (c, o, r) => (+o.id % 13 === 0 ? String(v.int(r, 10000000, 43999999)) : ''), []],
    ['subscription_subscriptionGuid', (c, o, r) => (+o.id % 4 === 3 ? '' : v.uuid(r)), [], opt],
    ['subscription_agreementName', (c, o) => row(['Medlemskab', 'Fast månedligt bidrag', 'Medlemskab - husstand', 'Enkeltdonation'], +o.id % 4), [PL('name')], opt],
    ['payment_paymentGuid', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['payment_state', (c, o) => ofSt(o), []],
    ['payment_paymentMethodType', (c, o) => row(['MobilePaySubscriptions', 'Betalingsservice', 'Card', 'MobilePayOnline'], +o.id % 4), [OR('payments[0].paymentType')]],
    ['payment_amount', (c, o) => ofAmt(o), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['payment_currency', () => 'DKK', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['payment_amountRefunded', (c, o) => (ofSt(o) === 'refunded' ? ofAmt(o) : '0.00'), [OR('refunds[0].refundAmount')], opt],
    ['payment_taxDeductable', (c, o) => (+o.id % 4 === 0 || +o.id % 4 === 2 ? 'false' : 'true'), []],
    ['payment_description', (c, o) => `${row(['Kontingent', 'Bidrag', 'Kontingent', 'Donation'], +o.id % 4)} ${bd(o.at).y}`, [], opt],
    ['payment_dueDate', (c, o) => ymd(cet(o.at)), [], opt],
    ['payment_createdTs', (c, o) => `${ymd(cet(o.at - 3 * day))} ${hms(cet(o.at - 3 * day))}`, ['timestamp']],
    ['payment_chargedTs', (c, o) => (['charged', 'refunded'].includes(ofSt(o)) ? `${ymd(cet(o.at))} ${hms(cet(o.at))}` : ''), ['timestamp'], opt],
    ['payment_refundedTs', (c, o) => (ofSt(o) === 'refunded' ? `${ymd(cet(o.at + 9 * day))} ${hms(cet(o.at + 9 * day))}` : ''), [], opt],
    ['payment_errorCode', (c, o) => (ofSt(o) === 'failed' ? row(['insufficient_funds', 'agreement_cancelled', 'card_expired'], +o.id % 3) : ''), []],
    ['merchant_purposeAccountingCode', (c, o) => row(['1010', '1020', '1010', '1030'], +o.id % 4), []],
  ] },
  // ---------------------------------------------------------------- Denmark: sports club member list
  { name: 'conventus-medlemsliste-eksport-da', product: 'Conventus (Conventus ApS; Medlemmer > Medlemsliste > Eksportér til Excel, one row per member, Danish UI, an Aarhus badminton club with junior members and their parents)', family: 'membership', language: 'da', schema: P, cols: [
    ['Medlemsnr.', (c) => String(1000 + +c.id % 9000), ID],
    ['Fornavn', (c) => loc(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c) => loc(c, 'da').last, ['person.name.lastName']],
    ['Adresse', (c) => loc(c, 'da').street, at(HOME, 'street1')],
    ['Postnr.', (c) => loc(c, 'da').zip, at(HOME, 'postalCode')],
    ['By', (c) => loc(c, 'da').city, at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Fødselsdato', (c) => dmy(youth(c) ? youthBirth(c) : bd(c.birth), '-'), ['person.birthDate']],
    ['Køn', (c) => (loc(c, 'da').female ? 'Kvinde' : 'Mand'), ['person.gender']],
    ['E-mail', (c, o, r) => (youth(c) && r() < 0.6 ? '' : loc(c, 'da').email), ['personalEmail.address']],
    ['Mobil', (c, o, r) => (youth(c) && r() < 0.4 ? '' : loc(c, 'da').mobile), ['mobilePhone.number']],
    ['Telefon', (c, o, r) => (r() < 0.1 ? `86 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['homePhone.number']],
    ['Medlemstype', (c, o, r) => (youth(c) ? 'Junior' : v.pick(r, ['Senior', 'Motionist', 'Passiv', 'Senior'])), ['loyalty.tier', 'loyalty.program'], opt],
    ['Hold', (c, o, r) => (youth(c) ? v.pick(r, ['U13 mandag og torsdag', 'U15 tirsdag og torsdag', 'U11 onsdag']) : v.pick(r, ['Senior motion tirsdag 19-21', 'Holdturnering 3. division', 'Fri spil weekend', ''])), []],
    ['Afdeling', () => 'Badminton', []],
    ['Indmeldt', (c) => dmy(cet(c.created), '-'), ['loyalty.joinDate'], opt],
    ['Udmeldt', (c, o, r) => (r() < 0.1 ? dmy(cet(later(c)), '-') : ''), [], opt],
    ['Kontingent', (c, o, r) => (youth(c) ? '975,00' : v.pick(r, ['1.450,00', '1.150,00', '250,00'])), []],
    ['Kontingent betalt', (c, o, r) => (r() < 0.88 ? 'Ja' : 'Nej'), []],
    ['Forælder navn', (c) => (youth(c) ? `${row(['Mette', 'Søren', 'Louise', 'Anders'], +c.id)} ${loc(c, 'da').last}` : ''), []],
    ['Forælder e-mail', (c) => (youth(c) ? `${row(['mette', 'soren', 'louise', 'anders'], +c.id)}.${loc(c, 'da').slug}@${row(['gmail.com', 'live.dk', 'hotmail.com'], +c.id)}` : ''), []],
    ['Forælder mobil', (c, o, r) => (youth(c) ? `${v.int(r, 20, 61)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), []],
    ['Billedtilladelse', (c, o, r) => (r() < 0.7 ? 'Ja' : 'Nej'), []],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['Bemærkning', (c, o, r) => v.pick(r, ['', '', '', 'Trænerlicens DGI', 'Kontingentfritagelse (træner)', 'Astma - har medicin med']), []],
  ] },
  // ---------------------------------------------------------------- Finland: salon bookings
  { name: 'timma-varaukset-raportti-fi', product: 'Timma (Timma Oy, Helsinki; Raportit > Varaukset > Lataa Excel, one row per booking, Finnish UI, a Tampere hair salon taking online, marketplace and walk-in bookings)', family: 'booking', language: 'fi', schema: E, cols: [
    ['Varaustunnus', (c, o) => String(31000000 + +o.id * 37 % 9000000), ['_id']],
    ['Varattu', (c, o) => { const p = eet(o.at - (+o.id % 9) * day); return `${fiDate(p)} ${hm(p)}` }, ['timestamp']],
    ['Päivämäärä', (c, o) => fiDate(eet(o.at)), [], opt],
    ['Alkaa', (c, o) => `${pad(9 + (+o.id % 9))}:${row(['00', '15', '30', '45'], +o.id >> 1)}`, [], opt],
    ['Kesto (min)', (c, o, r, i) => String(row(FI_SERV, i + +o.id)[2]), []],
    ['Palvelu', (c, o, r, i) => row(FI_SERV, i + +o.id)[0], [PL('name')]],
    ['Palvelukategoria', (c, o, r, i) => row(FI_SERV, i + +o.id)[1], [PL('productCategories[0].categoryName')], opt],
    ['Työntekijä', (c, o) => row(FI_STAFF, +o.id), []],
    ['Toimipiste', () => 'Hiusstudio Kide, Tampere', []],
    ['Asiakas', (c) => `${loc(c, 'fi').first} ${loc(c, 'fi').last}`, []],
    ['Puhelin', (c) => loc(c, 'fi').mobile, PHONE_ID, opt],
    ['Sähköposti', (c, o, r) => (r() < 0.85 ? loc(c, 'fi').email : ''), EMAIL_ID, opt],
    ['Uusi asiakas', (c, o) => (+o.id % 4 === 0 ? 'Kyllä' : 'Ei'), []],
    ['Hinta', (c, o, r, i) => `${dec(row(FI_SERV, i + +o.id)[3])} €`, [PL('priceTotal'), OR('priceTotal')]],
    ['Alennus', (c, o, r, i) => (o.discount ? `${dec(row(FI_SERV, i + +o.id)[3] * 0.15)} €` : ''), [OR('discountAmount')], opt],
    ['Kampanjakoodi', (c, o) => (o.discount ? 'KEVÄT15' : ''), ['commerce.promotionID'], opt],
    ['ALV %', () => '25,5', []],
    ['Maksutapa', (c, o) => row(['Maksetaan paikan päällä', 'Verkkomaksu', 'Maksetaan paikan päällä', 'Lahjakortti', 'Smartum'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Maksettu verkossa', (c, o) => (+o.id % 5 === 1 ? 'Kyllä' : 'Ei'), []],
    ['Varauskanava', (c, o) => row(['Online-ajanvaraus', 'Timma Markkinapaikka', 'Kalenteri', 'Online-ajanvaraus'], +o.id >> 1), [], opt],
    ['Tila', (c, o) => fiSt(o), []],
    ['Peruttu', (c, o) => (fiSt(o) === 'Peruttu' ? `${fiDate(eet(o.at - day))} ${hm(eet(o.at - day))}` : ''), ['commerce.order.cancelDate'], opt],
    ['Muistutus lähetetty', (c, o) => (+o.id % 3 ? 'SMS' : 'Sähköposti'), []],
    ['Lisätiedot', (c, o, r) => v.pick(r, ['', '', '', 'Haluaa saman sävyn kuin viimeksi', 'Allergia: PPD', 'Tulee lapsen kanssa']), []],
  ] },
  // ---------------------------------------------------------------- Iceland: issued invoices
  { name: 'payday-reikningar-utflutningur-is', product: 'Payday (Payday ehf., Reykjavík; Sala > Reikningar > Aðgerðir > Flytja út í Excel, one row per invoice, Icelandic UI, a Reykjavík graphic design studio invoicing companies and private clients in ISK)', family: 'invoicing', language: 'is', schema: E, cols: [
    ['Númer', (c, o) => String(1000 + +o.id % 4000), [OR('purchaseID'), '_id']],
    ['Dagsetning', (c, o) => dmy(utc(o.at)), ['timestamp', OR('createdDate')]],
    ['Gjalddagi', (c, o) => dmy(utc(o.at + 14 * day)), [], opt],
    ['Eindagi', (c, o) => dmy(utc(o.at + 24 * day)), [], opt],
    ['Kennitala', (c, o, r) => (+o.id % 3 === 0 ? `${row(IS_COMP, +o.id)[1]}${v.int(r, 10, 99)}-${v.int(r, 1000, 9999)}` : `${pad(bd(c.birth).d)}${pad(bd(c.birth).m)}${String(bd(c.birth).y).slice(2)}-${v.int(r, 2000, 3999)}`), []],
    ['Nafn', (c, o) => (+o.id % 3 === 0 ? row(IS_COMP, +o.id)[0] : loc(c, 'is').full), []],
    ['Netfang', (c, o) => (+o.id % 3 === 0 ? `bokhald@${slugify(row(IS_COMP, +o.id)[0].split(' ')[0])}.is` : loc(c, 'is').email), EMAIL_ID, opt],
    ['Heimilisfang', (c) => loc(c, 'is').street, [BILL('street1')]],
    ['Póstnúmer', (c) => loc(c, 'is').zip, [BILL('postalCode')]],
    ['Staður', (c) => loc(c, 'is').city, [BILL('city')]],
    ['Land', () => 'Ísland', [BILL('country')]],
    ['Tilvísun/verk', (c, o, r) => (r() < 0.5 ? `Verk ${v.int(r, 200, 399)}` : ''), [], opt],
    ['Lýsing', (c, o, r, i) => row(IS_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Upphæð án VSK', (c, o, r, i) => group(row(IS_SERV, i + +o.id)[1], '.'), [], opt],
    ['VSK', (c, o, r, i) => group(row(IS_SERV, i + +o.id)[1] * 0.24, '.'), [OR('taxAmount')]],
    ['Upphæð með VSK', (c, o, r, i) => group(row(IS_SERV, i + +o.id)[1] * 1.24, '.'), [OR('priceTotal')]],
    ['Gjaldmiðill', () => 'ISK', [OR('currencyCode')]],
    ['Staða', (c, o) => isSt(o), []],
    ['Greitt dags.', (c, o, r) => (isSt(o) === 'Greiddur' ? dmy(utc(o.at + v.int(r, 2, 20) * day)) : ''), [], opt],
    ['Greiðslumáti', (c, o) => row(['Krafa í netbanka', 'Millifærsla', 'Krafa í netbanka', 'Kort'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Krafa stofnuð', (c, o) => (+o.id % 4 === 0 || +o.id % 4 === 2 ? 'já' : 'nei'), []],
    ['Rafrænn reikningur', (c, o) => (+o.id % 3 === 0 ? 'já' : 'nei'), []],
    ['Sendur í tölvupósti', () => 'já', []],
    ['Athugasemd', (c, o, r) => v.pick(r, ['', '', '', 'Samkvæmt tilboði nr. 24-117', 'Greiðist fyrir mánaðamót']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: association invoices
  { name: 'conscribo-facturen-export-nl', product: 'Conscribo (online administration for associations; Facturen > Overzicht > Exporteren naar Excel, one row per invoice, Dutch UI, a Deventer rowing association invoicing contributions, kit and regatta fees to its members)', family: 'invoicing', language: 'nl', schema: E, cols: [
    ['Factuurnummer', (c, o) => `F${bd(o.at).y}${pad(+o.id % 900 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Factuurdatum', (c, o) => dmy(cet(o.at), '-'), ['timestamp', OR('createdDate')]],
    ['Vervaldatum', (c, o) => dmy(cet(o.at + 30 * day), '-'), [], opt],
    ['Relatienummer', (c) => String(1000 + +c.id % 900), CUST_ID, opt],
    ['Relatie', (c) => loc(c, 'nl').full, []],
    ['Adres', (c) => loc(c, 'nl').street, [BILL('street1')]],
    ['Postcode', (c) => loc(c, 'nl').zip, [BILL('postalCode')]],
    ['Plaats', (c) => loc(c, 'nl').city, [BILL('city')]],
    ['Land', () => 'Nederland', [BILL('country')]],
    ['E-mailadres', (c) => loc(c, 'nl').email, EMAIL_ID, opt],
    ['Omschrijving', (c, o, r, i) => row(NL_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Bedrag excl. btw', (c, o, r, i) => thou(row(NL_SERV, i + +o.id)[1]), [], opt],
    ['Btw-bedrag', (c, o, r, i) => thou(row(NL_SERV, i + +o.id)[1] * row(NL_SERV, i + +o.id)[2]), [OR('taxAmount')]],
    ['Totaalbedrag', (c, o, r, i) => thou(row(NL_SERV, i + +o.id)[1] * (1 + row(NL_SERV, i + +o.id)[2])), [OR('priceTotal')]],
    ['Status', (c, o) => nlSt(o), []],
    ['Betaald op', (c, o, r) => (nlSt(o) === 'Betaald' ? dmy(cet(o.at + v.int(r, 1, 25) * day), '-') : ''), [], opt],
    ['Openstaand bedrag', (c, o, r, i) => (nlSt(o) === 'Betaald' ? '0,00' : thou(row(NL_SERV, i + +o.id)[1] * (1 + row(NL_SERV, i + +o.id)[2]))), []],
    ['Betaalwijze', (c, o) => row(['Automatische incasso', 'Automatische incasso', 'Overboeking', 'iDEAL'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Incassobatch', (c, o) => (+o.id % 4 < 2 ? `INC-${bd(o.at).y}-${pad(bd(o.at).m)}` : ''), []],
    ['Mandaatkenmerk', (c, o) => (+o.id % 4 < 2 ? `DRV-${1000 + +c.id % 900}` : ''), []],
    ['IBAN', (c, o, r) => `NL${v.int(r, 10, 99)}${v.pick(r, ['INGB', 'RABO', 'ABNA', 'SNSB'])}0${v.int(r, 100000000, 999999999)}`, []],
    ['Grootboekrekening', (c, o, r, i) => (row(NL_SERV, i + +o.id)[2] ? '8200 Verkoop clubkleding' : '8000 Contributies en bijdragen'), []],
    ['Kostenplaats', (c, o) => row(['Algemeen', 'Wedstrijdroeien', 'Jeugd', 'Algemeen'], +o.id >> 1), []],
    ['Verzonden via', (c, o) => (+o.id % 5 ? 'E-mail' : 'Post'), []],
    ['Kenmerk', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Ploeg Dames 4+', 'Lid sinds sept.', 'Korting gezinslid']) : ''), []],
  ] },
  // ---------------------------------------------------------------- Flanders: company-data firm list with directors
  { name: 'openthebox-bedrijvenlijst-export-nl', product: 'Openthebox (Pulsar-IT BV, Brussel; Zoeken > Bedrijvenlijst > Exporteren naar Excel, one row per enterprise with one director from its published mandates, Flemish UI, a Ghent payroll-software seller\'s prospect list of Flemish SMEs)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Ondernemingsnummer', (c, o, r) => `0${v.int(r, 400, 899)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}`, []],
    ['Naam', (c) => loc(c, 'be').company, CO],
    ['Rechtsvorm', (c) => (/NV$/.test(loc(c, 'be').company) ? 'Naamloze vennootschap' : 'Besloten vennootschap'), []],
    ['Status', (c, o, r) => (r() < 0.96 ? 'Actief' : 'In vereffening'), []],
    ['Startdatum', (c, o, r) => `${pad(v.int(r, 1, 28))}/${pad(v.int(r, 1, 12))}/${v.int(r, 1985, 2020)}`, []],
    ['Adres', (c) => loc(c, 'be').street, [W('street1')]],
    ['Postcode', (c) => loc(c, 'be').zip, [W('postalCode')]],
    ['Gemeente', (c) => loc(c, 'be').city, [W('city')]],
    ['Provincie', (c) => loc(c, 'be').region, STATE(['workAddress'])],
    ['Telefoon', (c, o, r) => (r() < 0.75 ? `0${v.pick(r, ['9', '56', '50', '53', '3', '15', '16', '11'])} ${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['workPhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.6 ? `info@${loc(c, 'be').domain}` : ''), ['workEmail.address'], opt],
    ['Website', (c, o, r) => (r() < 0.8 ? `www.${loc(c, 'be').domain}` : ''), ['b2b.companyWebsite']],
    ['NACE-code', (c) => beNace(c)[0], []],
    ['NACE-omschrijving', (c) => beNace(c)[1], []],
    ['Aantal werknemers', (c, o, r) => v.pick(r, ['1 tot 4', '5 tot 9', '10 tot 19', '20 tot 49', '50 tot 99']), []],
    ['Omzet', (c, o, r) => (r() < 0.5 ? group(v.int(r, 400000, 25000000), '.') : ''), []],
    ['Eigen vermogen', (c, o, r) => group(v.int(r, -50000, 4000000), '.'), []],
    ['Winst/verlies van het boekjaar', (c, o, r) => group(v.int(r, -120000, 900000), '.'), []],
    ['Laatste jaarrekening', (c, o, r) => v.pick(r, ['31/12/2023', '31/12/2023', '30/06/2023', '31/12/2022']), []],
    ['Btw-plichtig', (c, o, r) => (r() < 0.97 ? 'Ja' : 'Nee'), []],
    ['Bestuurder', (c) => loc(c, 'be').full, ['person.name.fullName']],
    ['Mandaat', (c, o, r) => v.pick(r, ['Zaakvoerder', 'Zaakvoerder', 'Bestuurder', 'Gedelegeerd bestuurder', 'Voorzitter van de raad van bestuur']), ['extendedWorkDetails.jobTitle']],
    ['Begin mandaat', (c, o, r) => `${pad(v.int(r, 1, 28))}/${pad(v.int(r, 1, 12))}/${v.int(r, 1995, 2023)}`, []],
    ['Aantal bestuurders', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Aantal vestigingen', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Laatst bijgewerkt', (c) => dmy(cet(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Germany: booked appointments
  { name: 'termidat-terminliste-export-de', product: 'termidat (online appointment booking; Auswertung > Terminliste > Download für Excel, one row per appointment, German UI, a Freiburg physiotherapy practice booked online and by phone)', family: 'booking', language: 'de', schema: E, cols: [
    ['Termin-Nr.', (c, o) => String(480000 + +o.id * 13 % 100000), ['_id']],
    ['Kalender', (c, o) => row(DE_CAL, +o.id), []],
    ['Termintyp', (c, o, r, i) => row(DE_TYPES, i + +o.id)[0], [PL('name')]],
    ['Datum', (c, o) => dmy(cet(o.at)), [], opt],
    ['Beginn', (c, o) => `${pad(7 + (+o.id % 12))}:${row(['00', '20', '40'], +o.id >> 1)}`, [], opt],
    ['Dauer (Min.)', (c, o, r, i) => String(row(DE_TYPES, i + +o.id)[1]), []],
    ['Gebucht am', (c, o) => { const p = cet(o.at - (+o.id % 12 + 1) * day); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Gebucht über', (c, o) => (+o.id % 3 ? 'Online' : 'Praxis (Telefon)'), [], opt],
    ['Anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => loc(c, 'de').first, []],
    ['Nachname', (c) => loc(c, 'de').last, []],
    ['Geburtsdatum', (c) => dmy(bd(c.birth)), []],
    ['E-Mail', (c, o) => (+o.id % 3 ? loc(c, 'de').email : ''), EMAIL_ID, opt],
    ['Telefon', (c) => loc(c, 'de').mobile, PHONE_ID, opt],
    ['Patienten-Nr.', (c, o, r) => (r() < 0.7 ? String(20000 + +c.id % 9000) : ''), CUST_ID, opt],
    ['Kostenträger', (c, o, r) => v.pick(r, ['AOK Baden-Württemberg', 'TK', 'Barmer', 'privat', 'DAK-Gesundheit', 'Selbstzahler']), []],
    ['Verordnung liegt vor', (c, o, r) => (r() < 0.75 ? 'ja' : 'nein'), []],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', '', 'Folgeverordnung mitbringen', 'Knie-OP rechts 03/24', 'bitte Rückruf']), []],
    ['Status', (c, o) => deSt(o), []],
    ['Storniert am', (c, o) => (deSt(o) === 'storniert' ? `${dmy(cet(o.at - day))} ${hm(cet(o.at - day))}` : ''), ['commerce.order.cancelDate'], opt],
    ['Erinnerung', (c, o) => row(['SMS', 'E-Mail', 'keine'], +o.id), []],
    ['Buchungscode', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, [], opt],
    ['IP-Adresse', (c, o, r) => (+o.id % 3 ? v.ip4(r) : ''), ['environment.ipV4'], opt],
  ] },
  // ---------------------------------------------------------------- Germany: B2B firm addresses with decision makers
  { name: 'wer-zu-wem-handelsregister-export-de', product: 'wer-zu-wem (wer-zu-wem.de, Hamburg-Bergedorf; Handelsregister-Adressen > Selektion > Excel-Download, lower-case field names, one row per firm with one managing director, owner or board member, German, an Augsburg industrial-supplies dealer\'s prospect list of manufacturers in Baden-Württemberg and Bavaria)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['companynumber', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['b2b.accountKey.sourceID'], opt],
    ['firmenname', (c) => loc(c, 'de').company, CO],
    ['strasse', (c, o) => row(['Robert-Bosch-Straße', 'Daimlerstraße', 'Industriestraße', 'Gottlieb-Daimler-Str.', 'Siemensstraße', 'Max-Eyth-Straße'], +o.id) + ` ${1 + +o.id % 88}`, [W('street1')]],
    ['plz', (c, o) => row(['71254', '74076', '89079', '86167', '90411', '76185', '70565'], +o.id >> 1), [W('postalCode')]],
    ['ort', (c, o) => row(['Ditzingen', 'Heilbronn', 'Ulm', 'Augsburg', 'Nürnberg', 'Karlsruhe', 'Stuttgart'], +o.id >> 1), [W('city')]],
    ['landkreis', (c, o) => row(['Landkreis Ludwigsburg', 'Heilbronn, Stadt', 'Ulm, Stadt', 'Augsburg, Stadt', 'Nürnberg, Stadt', 'Karlsruhe, Stadt', 'Stuttgart, Stadt'], +o.id >> 1), [], opt],
    ['bundesland', (c, o) => row(['Baden-Württemberg', 'Baden-Württemberg', 'Baden-Württemberg', 'Bayern', 'Bayern', 'Baden-Württemberg', 'Baden-Württemberg'], +o.id >> 1), STATE(['workAddress'])],
    ['UID', (c, o, r) => (r() < 0.6 ? `DE${v.int(r, 100000000, 399999999)}` : ''), []],
    ['hrnummer', (c, o, r) => `HR${/e\.K\.|KG/.test(loc(c, 'de').company) ? 'A' : 'B'} ${v.int(r, 10000, 799999)}`, []],
    ['amtsgericht', (c, o) => row(['Stuttgart', 'Stuttgart', 'Ulm', 'Augsburg', 'Nürnberg', 'Mannheim', 'Stuttgart'], +o.id >> 1), []],
    ['rechtsform', (c) => (/AG$/.test(loc(c, 'de').company) ? 'AG' : /KG$/.test(loc(c, 'de').company) ? 'GmbH & Co. KG' : /e\.K\.$/.test(loc(c, 'de').company) ? 'e.K.' : 'GmbH'), []],
    ['gruendungsdatum', (c, o, r) => `${pad(v.int(r, 1, 28))}.${pad(v.int(r, 1, 12))}.${v.int(r, 1950, 2015)}`, []],
    ['sektor', () => 'Industrie', []],
    ['branche', (c) => deWz(c)[1], []],
    ['mitarbeiterklasse', (c, o, r) => v.pick(r, ['Klein/Kleinst', 'Mittel', 'Mittel', 'Groß']), []],
    ['telefon', (c, o, r) => (r() < 0.85 ? `${row(['07156', '07131', '0731', '0821', '0911', '0721', '0711'], +o.id >> 1)} ${v.int(r, 1000, 99999)}-0` : ''), ['workPhone.number']],
    ['homepage', (c, o, r) => (r() < 0.85 ? `https://www.${loc(c, 'de').domain}` : ''), ['b2b.companyWebsite']],
    ['email', (c, o, r) => (r() < 0.6 ? `info@${loc(c, 'de').domain}` : ''), ['workEmail.address'], opt],
    ['anrede', (c) => (loc(c, 'de').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['titel', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Dr.', 'Dipl.-Ing.', 'Dr.-Ing.']) : ''), ['person.name.courtesyTitle'], opt],
    ['vorname', (c) => loc(c, 'de').first, ['person.name.firstName']],
    ['nachname', (c) => loc(c, 'de').last, ['person.name.lastName']],
    ['position', (c) => deFn(c)[loc(c, 'de').female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['bestellt_seit', (c, o, r) => `${pad(v.int(r, 1, 28))}.${pad(v.int(r, 1, 12))}.${v.int(r, 1995, 2023)}`, []],
    ['insolvenz', (c, o, r) => (r() < 0.03 ? 'ja' : 'nein'), []],
    ['letzte_aenderung', (c) => dmy(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
