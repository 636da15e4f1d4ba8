// Round 59, heldout132: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German- and Dutch-language exports in the product's UI language: a
// B2B marketplace's order lines (METRO Markets, a Nuremberg catering-equipment seller), a sports-flat-rate network's
// venue bookings and check-ins (Urban Sports Club, a Vienna yoga studio), a desktop bookkeeping program's outgoing
// invoices (MonKey Office, a Leipzig design studio), a Swiss studio-booking tool's customer file (SportsNow, a Zürich
// pilates studio), a real-estate CRM's contacts (FLOWFACT, a Hamburg estate agency) and a Swiss commercial-register
// service's new-entry address list (easymonitoring, a Winterthur fiduciary's prospects) (de 6); a Flemish shop
// builder's orders (EasyWebshop, a Ghent coffee roastery), an online scheduler's appointments (SuperSaaS, a Utrecht
// barbershop), an online bookkeeping service's sales invoices (Acumulus, a Zwolle web designer), a gym-management
// tool's members (Gymly, a 's-Hertogenbosch CrossFit box), an event platform's participants (Momice, a Utrecht
// care-innovation congress) and a company database's firm list (Bel-First, a Leuven HR-services firm's prospects)
// (nl 6). No public source was consulted for these headers: all are written from the writer's knowledge of each
// product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, row, dmy, hms, hm, local, dec, thou, group, rng, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// Germany, Austria, Switzerland, the Netherlands and Belgium all keep Central European (summer) time
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (08:00-20:59 local)
const inHours = (ms) => { const H = cet(ms).H; return ms + (H < 8 ? 8 - H : H > 20 ? 20 - H : 0) * 3600000 }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
const de = (ms) => dmy(cet(ms), '.')
const deT = (ms) => `${de(ms)} ${hm(cet(ms))}`
const deTs = (ms) => `${de(ms)} ${hms(cet(ms))}`
const nl = (ms) => dmy(cet(ms), '-')
const nlT = (ms) => `${nl(ms)} ${hm(cet(ms))}`
const be = (ms) => dmy(cet(ms), '/')
const beT = (ms) => `${be(ms)} ${hm(cet(ms))}`
const chf = (x) => thou(x, '\'', '.')
const eur = (x) => `€ ${thou(x)}`
const r2 = (x) => Math.round(x * 100) / 100

// ---------------------------------------------------------------- check digits for local ids
const digits = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const ean13 = (s12) => { const ds = digits(s12); const s = ds.reduce((a, d, i) => a + d * (i % 2 ? 3 : 1), 0); return ds.join('') + ((10 - (s % 10)) % 10) }
// Swiss UID CHE-xxx.xxx.xxx: mod-11 check digit over weights 5,4,3,2,7,6,5,4 (a remainder giving 10 is skipped)
const uid = (n8) => { for (let k = n8; ; k++) { const ds = digits(pad(k % 100000000, 8)); const s = ds.reduce((a, d, i) => a + d * [5, 4, 3, 2, 7, 6, 5, 4][i], 0) % 11; const c = s === 0 ? 0 : 11 - s; if (c === 10) continue; const t = ds.join('') + c; return `CHE-${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6)}` } }
// Belgian enterprise number 0xxx.xxx.xxx: the last two digits are 97 - (first eight mod 97)
const kbo = (n7) => { const base = 2000000 + (n7 % 8000000); const t = `0${pad(base, 7)}${pad(97 - (base % 97), 2)}`; return `${t.slice(0, 4)}.${t.slice(4, 7)}.${t.slice(7)}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const hash = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const memo = new Map()
const d = (r, k) => Array.from({ length: k }, () => int(r, 0, 9)).join('')
const dn = (r, k) => `${int(r, 1, 9)}${d(r, k - 1)}` // no leading zero
const plain = (s) => s.toLowerCase().replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const FIRST = {
  de: [['Tobias', 'Julia'], ['Sebastian', 'Laura'], ['Florian', 'Katrin'], ['Jan', 'Christina'], ['Matthias', 'Sarah'], ['Dennis', 'Nadine'], ['Markus', 'Stefanie'], ['Philipp', 'Jana'], ['Christian', 'Melanie']],
  at: [['Lukas', 'Lena'], ['Florian', 'Sophie'], ['Stefan', 'Katharina'], ['Thomas', 'Theresa'], ['Bernhard', 'Magdalena'], ['Michael', 'Johanna'], ['Christoph', 'Verena'], ['Dominik', 'Elisabeth']],
  ch: [['Reto', 'Andrea'], ['Beat', 'Nicole'], ['Lukas', 'Corinne'], ['Simon', 'Sandra'], ['Urs', 'Barbara'], ['Marco', 'Seraina'], ['Adrian', 'Manuela'], ['Patrick', 'Fabienne']],
  nl: [['Daan', 'Lotte'], ['Bram', 'Sanne'], ['Thijs', 'Fleur'], ['Ruben', 'Iris'], ['Jeroen', 'Marloes'], ['Niels', 'Anouk'], ['Sander', 'Esther'], ['Joost', 'Femke'], ['Wouter', 'Lieke']],
  be: [['Pieter', 'Lien'], ['Jens', 'Elke'], ['Wim', 'Ann'], ['Koen', 'Sofie'], ['Bart', 'Katrien'], ['Stijn', 'Griet'], ['Dries', 'Nele'], ['Tom', 'Hanne']],
}
const LAST = {
  de: ['Schulz', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Werner'],
  at: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schmid'],
  ch: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider', 'Meyer', 'Steiner', 'Brunner', 'Baumann', 'Gerber', 'Frei', 'Widmer', 'Zürcher'],
  nl: [['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['', 'Bakker'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'], ['van', 'Leeuwen'], ['', 'Hendriks'], ['van', 'Dijk'], ['', 'Kok']],
  be: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van den Broeck', 'Verhoeven', 'De Clercq', 'Lambrechts'],
}
// [city, state/province, postcode (nl: four digits), phone area]
const PLACES = {
  de: [['Hamburg', 'Hamburg', '22767', '040'], ['Hamburg', 'Hamburg', '20259', '040'], ['Norderstedt', 'Schleswig-Holstein', '22846', '040'], ['Leipzig', 'Sachsen', '04277', '0341'], ['Nürnberg', 'Bayern', '90429', '0911'], ['Köln', 'Nordrhein-Westfalen', '50672', '0221'], ['Hannover', 'Niedersachsen', '30159', '0511'], ['Frankfurt am Main', 'Hessen', '60316', '069']],
  at: [['Wien', 'Wien', '1070', '01'], ['Wien', 'Wien', '1020', '01'], ['Wien', 'Wien', '1160', '01'], ['Wien', 'Wien', '1090', '01'], ['Wien', 'Wien', '1050', '01'], ['Klosterneuburg', 'Niederösterreich', '3400', '02243'], ['Mödling', 'Niederösterreich', '2340', '02236']],
  ch: [['Zürich', 'ZH', '8004', '044'], ['Zürich', 'ZH', '8037', '044'], ['Zürich', 'ZH', '8032', '044'], ['Winterthur', 'ZH', '8400', '052'], ['Dübendorf', 'ZH', '8600', '044'], ['Uster', 'ZH', '8610', '044'], ['Baden', 'AG', '5400', '056']],
  nl: [['\'s-Hertogenbosch', 'Noord-Brabant', '5211', '073'], ['\'s-Hertogenbosch', 'Noord-Brabant', '5223', '073'], ['Vught', 'Noord-Brabant', '5261', '073'], ['Rosmalen', 'Noord-Brabant', '5241', '073'], ['Utrecht', 'Utrecht', '3512', '030'], ['Utrecht', 'Utrecht', '3581', '030'], ['Zeist', 'Utrecht', '3701', '030'], ['Houten', 'Utrecht', '3991', '030']],
  be: [['Gent', 'Oost-Vlaanderen', '9000', '09'], ['Gent', 'Oost-Vlaanderen', '9050', '09'], ['Merelbeke', 'Oost-Vlaanderen', '9820', '09'], ['Antwerpen', 'Antwerpen', '2018', '03'], ['Leuven', 'Vlaams-Brabant', '3000', '016'], ['Brugge', 'West-Vlaanderen', '8000', '050'], ['Mechelen', 'Antwerpen', '2800', '015']],
}
const STREETS = {
  de: ['Schulterblatt', 'Eppendorfer Weg', 'Karl-Liebknecht-Straße', 'Bahnhofstraße', 'Lindenallee', 'Fürther Straße', 'Am Mühlgraben', 'Goethestraße', 'Berger Straße', 'Lister Meile'],
  at: ['Neubaugasse', 'Mariahilfer Straße', 'Praterstraße', 'Thaliastraße', 'Währinger Straße', 'Hauptplatz', 'Schönbrunner Straße', 'Kirchengasse'],
  ch: ['Langstrasse', 'Bahnhofstrasse', 'Seestrasse', 'Zürichbergstrasse', 'Badenerstrasse', 'Dorfstrasse', 'Technikumstrasse', 'Winterthurerstrasse'],
  nl: ['Kerkstraat', 'Vughterweg', 'Hinthamerstraat', 'Oudegracht', 'Biltstraat', 'Dorpsstraat', 'Nachtegaallaan', 'Parklaan', 'Koningsweg'],
  be: ['Veldstraat', 'Kortrijksesteenweg', 'Brusselsesteenweg', 'Kerkstraat', 'Stationsstraat', 'Naamsestraat', 'Langestraat', 'Dorpsstraat'],
}
const MAIL = {
  de: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'], at: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at', 'outlook.com'], ch: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'sunrise.ch', 'hotmail.com'],
  nl: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl'], be: ['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com', 'proximus.be'],
}
// a Hamburg agency's contacts live in and around Hamburg
PLACES.hh = [['Hamburg', 'Hamburg', '20257', '040'], ['Hamburg', 'Hamburg', '22763', '040'], ['Hamburg', 'Hamburg', '22455', '040'], ['Hamburg', 'Hamburg', '22301', '040'], ['Norderstedt', 'Schleswig-Holstein', '22846', '040'], ['Pinneberg', 'Schleswig-Holstein', '25421', '04101'], ['Hamburg', 'Hamburg', '21073', '040']]
STREETS.hh = ['Osterstraße', 'Eppendorfer Weg', 'Ottenser Hauptstraße', 'Mühlenkamp', 'Tibarg', 'Ulzburger Straße', 'Lüneburger Straße', 'Elbchaussee', 'Dammtorstraße']
FIRST.hh = FIRST.de; LAST.hh = LAST.de; MAIL.hh = MAIL.de
const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ'
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x5bd1e995); r(); r()
  const female = r() < 0.5
  const first = pick(r, FIRST[cc])[female ? 1 : 0]
  const pl = pick(r, PLACES[cc]), streetName = pick(r, STREETS[cc]), num = int(r, 1, 160)
  const p = { female, first, city: pl[0], state: pl[1], zip: pl[2], area: pl[3], streetName, num }
  if (cc === 'nl') { const [tv, core] = pick(r, LAST.nl); p.tv = tv; p.core = core; p.last = tv ? `${tv} ${core}` : core; p.zip = `${pl[2]} ${LETTERS[int(r, 0, 19)]}${LETTERS[int(r, 0, 19)]}` } else p.last = pick(r, LAST[cc])
  p.full = `${first} ${p.last}`
  p.suffix = cc === 'nl' && r() < 0.25 ? pick(r, ['A', 'B', '-2', ' bis']) : ''
  p.bus = cc === 'be' && r() < 0.3 ? int(r, 1, 12) : 0
  p.stiege = cc === 'at' && r() < 0.6 ? `/${int(r, 1, 4)}/${int(r, 1, 24)}` : ''
  p.street = cc === 'be' ? `${streetName} ${num}${p.bus ? ` bus ${p.bus}` : ''}` : cc === 'at' ? `${streetName} ${num}${p.stiege}` : `${streetName} ${num}${p.suffix}`
  const mail = `${plain(first)}${pick(r, ['.', '', '_'])}${plain(cc === 'nl' ? p.core : p.last)}${r() < 0.5 ? int(r, 1, 99) : ''}@${pick(r, MAIL[cc])}`
  p.email = mail
  if (cc === 'de' || cc === 'hh') { const pre = pick(r, ['151', '152', '157', '160', '162', '170', '171', '172', '175', '176', '177', '179']); const sub = dn(r, int(r, 7, 8)); p.mobile = `0${pre} ${sub}`; p.intl = `+49 ${pre} ${sub}`; p.land = `${pl[3]} ${dn(r, pl[3].length === 3 ? 7 : 6)}` }
  if (cc === 'at') { const pre = pick(r, ['664', '676', '650', '660', '699', '681']); const sub = dn(r, 7); p.mobile = `0${pre} ${sub}`; p.intl = `+43 ${pre} ${sub}`; p.land = `${pl[3]} ${dn(r, pl[3] === '01' ? 7 : 5)}` }
  if (cc === 'ch') { const pre = pick(r, ['76', '77', '78', '79']); const sub = `${dn(r, 3)} ${d(r, 2)} ${d(r, 2)}`; p.mobile = `0${pre} ${sub}`; p.intl = `+41 ${pre} ${sub}`; p.land = `${pl[3]} ${dn(r, 3)} ${d(r, 2)} ${d(r, 2)}` }
  if (cc === 'nl') { const sub = `${int(r, 1, 6)}${d(r, 7)}`; p.mobile = `06-${sub}`; p.intl = `+31 6 ${sub}`; p.land = `${pl[3]}-${dn(r, 7)}` }
  if (cc === 'be') { const pre = pick(r, ['470', '472', '475', '476', '477', '478', '479', '486', '494', '497', '498']); const sub = `${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`; p.mobile = `0${pre} ${sub}`; p.intl = `+32 ${pre} ${sub}`; p.land = pl[3].length === 2 ? `${pl[3]} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}` : `${pl[3]} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}` }
  memo.set(k, p)
  return p
}
const HH = (c) => loc(c, 'hh'), DE = (c) => loc(c, 'de'), AT = (c) => loc(c, 'at'), CH = (c) => loc(c, 'ch'), NL = (c) => loc(c, 'nl'), BE = (c) => loc(c, 'be')

// ---------------------------------------------------------------- METRO Markets: catering equipment, buyers
// [SKU, GTIN stem (12 digits), product, unit price gross, carrier]
const MM_ITEMS = [['HEN-239698', '871136923969', 'Hendi Induktionskochplatte 3500 W', 229.0, 'DHL'], ['BAR-105908', '401561365908', 'Bartscher Fritteuse Profi II, 2 x 8 l', 489.0, 'DPD'], ['STA-GN11065', '590123412345', 'Stalgast GN-Behälter 1/1, 65 mm, Edelstahl', 16.9, 'DHL'], ['SAR-LOGAN35', '426045870021', 'Saro Gläserspülmaschine LOGAN 35 x 35 cm', 1249.0, 'Spedition'], ['HEN-970355', '871136997035', 'Hendi Vakuumiergerät Profi Line', 389.0, 'DHL'], ['GIX-AT1260', '426078810045', 'Arbeitstisch Edelstahl 1200 x 600 mm mit Grundboden', 279.0, 'Spedition'], ['BAR-A120860', '401561312086', 'Bartscher Wasserbad 1/1 GN, 150 mm', 164.5, 'DPD']]
const mmItem = (o) => row(MM_ITEMS, n(o) % 7)
// [firm, street, postcode, city]
const MM_BUYERS = [['Gasthaus Zum Goldenen Stern', 'Hauptmarkt 17', '90403', 'Nürnberg'], ['Café Lindenblüte GmbH', 'Lindenallee 4', '04229', 'Leipzig'], ['Pizzeria Da Salvatore', 'Fürther Straße 212', '90429', 'Nürnberg'], ['Kantine am Hafen GmbH', 'Am Sandtorkai 38', '20457', 'Hamburg'], ['Hotel Post Bamberg KG', 'Grüner Markt 9', '96047', 'Bamberg'], ['Bäckerei Krumm e.K.', 'Bahnhofstraße 22', '91054', 'Erlangen']]
const mmBiz = (o) => n(o) % 4 !== 1
const mmBuyer = (o) => row(MM_BUYERS, n(o) % 6)
const mmStatus = (o) => row(['Versandt', 'Zugestellt', 'Zugestellt', 'Versandbereit', 'Storniert', 'Zugestellt', 'Retoure angefordert', 'Versandt'], n(o))
const mmShipped = (o) => ['Versandt', 'Zugestellt', 'Retoure angefordert'].includes(mmStatus(o))
const mmLine = (o) => r2(mmItem(o)[3] * o.qty)
const mmShip = (o) => (mmItem(o)[4] === 'Spedition' ? 49 : mmLine(o) >= 150 ? 0 : 5.9)

// ---------------------------------------------------------------- Urban Sports Club: a Vienna yoga studio's classes
// [class, kind, payout]
const USC_CLASSES = [['Vinyasa Flow', 'Kurs', 11.5], ['Yin Yoga', 'Kurs', 11.5], ['Hatha Basics', 'Kurs', 11.5], ['Power Yoga', 'Kurs', 11.5], ['Open Mat', 'Open Studio', 8.0], ['Yoga Nidra (online)', 'Online-Kurs', 6.0], ['Aerial Yoga', 'Kurs', 14.0]]
const uscClass = (o) => row(USC_CLASSES, (n(o) * 3) % 7)
const uscState = (o) => row(['Eingecheckt', 'Eingecheckt', 'Eingecheckt', 'Storniert', 'Eingecheckt', 'Nicht erschienen', 'Eingecheckt', 'Spät storniert'], n(o))
const uscSlot = (o) => { const base = o.at - (o.at % day) + ((n(o) % 6) + 1) * day; const h = row([7, 9, 12, 17, 18, 19, 20], n(o)); return base + (h - (cet(base).H - new Date(base).getUTCHours())) * 3600000 + row([0, 30, 15, 0, 45], n(o)) * 60000 }
const uscPay = (o) => (uscState(o) === 'Eingecheckt' ? uscClass(o)[2] : ['Nicht erschienen', 'Spät storniert'].includes(uscState(o)) ? r2(uscClass(o)[2] / 2) : 0)

// ---------------------------------------------------------------- MonKey Office: a Leipzig design studio's clients
// [Kundennummer, firm, street, postcode, city, domain]
const MK_CLIENTS = [['10012', 'Kaffeerösterei Brühl GmbH', 'Brühl 52', '04109', 'Leipzig', 'kaffee-bruehl.de'], ['10027', 'Physiotherapie Gohlis Schulz & Partner', 'Georg-Schumann-Straße 104', '04155', 'Leipzig', 'physio-gohlis.de'], ['10031', 'Weingut Saalhorn', 'Am Weinberg 3', '06632', 'Freyburg (Unstrut)', 'weingut-saalhorn.de'], ['10044', 'Stadtteilverein Plagwitz e.V.', 'Karl-Heine-Straße 32', '04229', 'Leipzig', 'plagwitz-ev.de'], ['10058', 'Elbtal Solar GmbH & Co. KG', 'Königsbrücker Straße 96', '01099', 'Dresden', 'elbtal-solar.de'], ['10063', 'Buchhandlung Seitenwind', 'Karl-Liebknecht-Straße 81', '04275', 'Leipzig', 'seitenwind-buch.de']]
const mkClient = (o) => row(MK_CLIENTS, n(o) % 6)
const MK_JOBS = ['Logo-Redesign und Geschäftsausstattung', 'Website-Relaunch, 2. Abschlag', 'Etikettendesign Frühjahrskollektion', 'Flyer und Plakate Sommerfest', 'Jahresbericht, Satz und Layout', 'Social-Media-Vorlagen (Paket M)', 'Fotoshooting Produktbilder']
const mkType = (o) => (n(o) % 13 === 4 ? 'Gutschrift' : n(o) % 7 === 2 ? 'Abschlagsrechnung' : 'Rechnung')
const mkNet = (o) => r2((mkType(o) === 'Gutschrift' ? -1 : 1) * (380 + (n(o) % 47) * 65 + o.qty * 110))
const mkState = (o) => (mkType(o) === 'Gutschrift' ? 'verrechnet' : row(['bezahlt', 'bezahlt', 'offen', 'bezahlt', 'überfällig', 'teilbezahlt', 'bezahlt'], n(o)))
const mkGross = (o) => r2(mkNet(o) * 1.19)
const mkPaid = (o) => (mkState(o) === 'bezahlt' ? mkGross(o) : mkState(o) === 'teilbezahlt' ? r2(mkGross(o) / 2) : 0)
const mkDate = (o) => inHours(o.at)

// ---------------------------------------------------------------- SportsNow: a Zürich pilates studio's subscriptions
const SN_ABOS = ['10er-Abo Mattenpilates', 'Jahresabo Unlimited', '', '5er-Abo Reformer', 'Monatsabo 2x pro Woche', '', 'Probeabo 14 Tage']
const snAbo = (c) => row(SN_ABOS, n(c) % 7)

// ---------------------------------------------------------------- FLOWFACT: a Hamburg estate agency
const FF_TYPES = ['Interessent', 'Interessent', 'Eigentümer', 'Interessent', 'Käufer', 'Tippgeber', 'Mieter']
const ffType = (c) => row(FF_TYPES, n(c) % 7)
const FF_SEARCH = ['ETW, 3 Zi., Eimsbüttel/Hoheluft, bis 650.000 €', 'EFH, Norderstedt/Henstedt-Ulzburg, bis 780.000 €', 'ETW, 2 Zi., Altona/Ottensen, bis 420.000 €', 'Reihenhaus, Niendorf/Schnelsen, bis 590.000 €', 'Kapitalanlage MFH, Hamburg, bis 2,5 Mio. €']

// ---------------------------------------------------------------- easymonitoring: new Swiss firms
// [firm, legal form, street, NPA, town, canton, purpose, capital CHF, NOGA, function, signature]
const EM_FIRMS = [
  ['Brunner Gartenbau GmbH', 'GmbH', 'Rümikerstrasse 12', '8409', 'Winterthur', 'ZH', 'Die Gesellschaft bezweckt die Planung, Erstellung und Pflege von Gartenanlagen.', 20000, '81.30 Garten- und Landschaftsbau', 'Gesellschafter und Geschäftsführer', 'Einzelunterschrift'],
  ['Keller Digital AG', 'AG', 'Technoparkstrasse 1', '8005', 'Zürich', 'ZH', 'Die Gesellschaft bezweckt die Entwicklung und den Vertrieb von Software sowie Beratung im Bereich Informatik.', 100000, '62.01 Programmierungstätigkeiten', 'Präsident des Verwaltungsrates', 'Kollektivunterschrift zu zweien'],
  ['Physio Seefeld Widmer', 'Einzelunternehmen', 'Seefeldstrasse 88', '8008', 'Zürich', 'ZH', 'Betrieb einer Physiotherapiepraxis.', 0, '86.90 Gesundheitswesen a.n.g.', 'Inhaber', 'Einzelunterschrift'],
  ['Frei & Gerber Bedachungen GmbH', 'GmbH', 'Industriestrasse 44', '8604', 'Volketswil', 'ZH', 'Die Gesellschaft bezweckt die Ausführung von Bedachungs- und Spenglerarbeiten.', 20000, '43.91 Dachdeckerei und Bauspenglerei', 'Gesellschafter und Vorsitzender der Geschäftsführung', 'Kollektivunterschrift zu zweien'],
  ['Café Stadtgarten Baumann KLG', 'Kollektivgesellschaft', 'Stadthausstrasse 3', '8400', 'Winterthur', 'ZH', 'Betrieb eines Cafés mit Bäckerei-Verkauf.', 0, '56.10 Restaurants, Gaststätten, Imbissstuben, Cafés', 'Gesellschafter', 'Einzelunterschrift'],
  ['Zürcher Immobilien Treuhand AG', 'AG', 'Bahnhofplatz 9', '8610', 'Uster', 'ZH', 'Die Gesellschaft bezweckt die Verwaltung, Vermittlung und Bewirtschaftung von Immobilien.', 100000, '68.32 Verwaltung von Grundstücken, Gebäuden und Wohnungen für Dritte', 'Mitglied des Verwaltungsrates', 'Kollektivunterschrift zu zweien'],
  ['Schneider Elektro GmbH', 'GmbH', 'Wallisellenstrasse 301', '8600', 'Dübendorf', 'ZH', 'Die Gesellschaft bezweckt die Ausführung von Elektroinstallationen.', 20000, '43.21 Elektroinstallation', 'Gesellschafter und Geschäftsführer', 'Einzelunterschrift']]
const emI = (c) => n(c) % 7
const emFirm = (c) => EM_FIRMS[emI(c)]
const emPhone = (c) => (emI(c) % 3 === 2 ? '' : `+41 ${['52', '44', '44', '44', '52', '44', '44'][emI(c)]} ${200 + emI(c) * 37} ${pad(10 + emI(c) * 11, 2)} ${pad(20 + emI(c) * 7, 2)}`)
const EM_FN_F = { 'Gesellschafter und Geschäftsführer': 'Gesellschafterin und Geschäftsführerin', 'Präsident des Verwaltungsrates': 'Präsidentin des Verwaltungsrates', 'Gesellschafter und Vorsitzender der Geschäftsführung': 'Gesellschafterin und Vorsitzende der Geschäftsführung', Gesellschafter: 'Gesellschafterin', Inhaber: 'Inhaberin' }
const emSole = (c) => emFirm(c)[1] === 'Einzelunternehmen'
const emFemale = (c) => CH(c).female
// a sole proprietorship's firm name carries its owner's surname, so each such row is its own firm
const emName = (c) => (emSole(c) ? `Physio Seefeld ${CH(c).last}` : emFirm(c)[0])
// a firm has one chair: the other persons entered with it are ordinary board members or managing partners
const emRole = (c) => { const f = emFirm(c)[9]; if ((n(c) >> 2) % 3 === 0 || !/Präsident|Vorsitzender/.test(f)) return f; return emFirm(c)[1] === 'AG' ? 'Mitglied des Verwaltungsrates' : 'Gesellschafter und Geschäftsführer' }
const emFn = (c) => (emFemale(c) ? EM_FN_F[emRole(c)] ?? emRole(c) : emRole(c))
const emOrigin = (c) => (n(c) % 5 === 3 ? (emFemale(c) ? 'deutsche Staatsangehörige' : 'deutscher Staatsangehöriger') : `von ${row(['Winterthur', 'Zürich', 'Wädenswil', 'Bülach', 'Uster', 'Glarus', 'Schaffhausen'], n(c) >> 3)}`)
const emSite = (c) => ['', 'keller-digital.ch', '', 'frei-gerber-dach.ch', 'cafe-stadtgarten.ch', 'zi-treuhand.ch', ''][emI(c)]
const emDay = (c) => Date.UTC(2024, 8, 2, 6) + emI(c) * 4 * day + (emI(c) % 3) * day + (emSole(c) ? (n(c) % 9) * day : 0)

// ---------------------------------------------------------------- EasyWebshop: a Ghent coffee roastery
// [product, price incl. 6 % VAT]
const EW_ITEMS = [['Ethiopië Yirgacheffe - bonen 250 g', 11.5], ['Huisblend Espresso - bonen 1 kg', 29.9], ['Colombia Huila - gemalen filter 250 g', 10.9], ['Decaf Brazilië - bonen 500 g', 17.5], ['Proefpakket 3 x 100 g', 14.95], ['Kenya AA - bonen 250 g', 13.5]]
const ewLines = (o) => { const k = (n(o) % 3) + 1; return Array.from({ length: k }, (_, j) => [EW_ITEMS[(n(o) + j * 2) % 6], 1 + ((n(o) >> (j + 1)) % 2)]) }
const ewSub = (o) => r2(ewLines(o).reduce((a, [it, q]) => a + it[1] * q, 0))
const ewShip = (o) => row(['bpost thuislevering', 'bpost afhaalpunt', 'Afhalen in de winkel', 'bpost thuislevering', 'Afhalen in de winkel'], n(o))
const ewShipCost = (o) => (ewShip(o) === 'Afhalen in de winkel' ? 0 : ewSub(o) >= 50 ? 0 : ewShip(o) === 'bpost afhaalpunt' ? 4.95 : 6.95)
const ewDisc = (o) => (o.discount ? r2(ewSub(o) * 0.1) : 0)
const ewTotal = (o) => r2(ewSub(o) - ewDisc(o) + ewShipCost(o))
const ewState = (o) => (ewShip(o) === 'Afhalen in de winkel' ? row(['Afgehaald', 'Klaar om af te halen', 'Afgehaald'], n(o)) : row(['Verzonden', 'Betaald', 'Verzonden', 'Geannuleerd', 'Verzonden', 'In behandeling'], n(o)))

// ---------------------------------------------------------------- SuperSaaS: a Utrecht barbershop
// [service, minutes, price]
const SS_SERVICES = [['Knippen heren', 30, 32.5], ['Knippen + baard trimmen', 45, 45.0], ['Tondeuse (één lengte)', 20, 22.0], ['Kinderknipbeurt (t/m 12 jaar)', 20, 21.0], ['Hot towel shave', 30, 35.0], ['Baard trimmen', 20, 20.0]]
const ssSvc = (o) => row(SS_SERVICES, (n(o) * 5) % 6)
const ssState = (o) => row(['Goedgekeurd', 'Goedgekeurd', 'Geannuleerd', 'Goedgekeurd', 'Niet verschenen', 'Goedgekeurd', 'Goedgekeurd', 'In afwachting'], n(o))
const ssStart = (o) => { const base = o.at - (o.at % day) + ((n(o) % 12) + 1) * day; const h = row([9, 10, 11, 13, 14, 15, 16, 17, 18], n(o)); return base + (h - (cet(base).H - new Date(base).getUTCHours())) * 3600000 + row([0, 30, 15, 45], n(o)) * 60000 }
const ssCreated = (o) => inHours(o.at)

// ---------------------------------------------------------------- Acumulus: a Zwolle web designer's clients
// [relatienummer, relatie, contact, street, postcode, city, country, VAT number, domain, vat kind]
const AC_CLIENTS = [['1001', 'Bakkerij Van der Veen', 'Henk van der Veen', 'Diezerstraat 41', '8011 RH', 'Zwolle', 'Nederland', 'NL001234567B01', 'bakkerijvanderveen.nl', 'normaal'], ['1004', 'Fysio Assendorp', 'Marloes Kuipers', 'Assendorperstraat 96', '8012 DK', 'Zwolle', 'Nederland', 'NL812345678B01', 'fysio-assendorp.nl', 'normaal'], ['1009', 'Stichting Muziekschool IJsselland', 'Anouk Bosman', 'Thorbeckegracht 12', '8011 VM', 'Zwolle', 'Nederland', '', 'muziekschool-ijsselland.nl', 'normaal'], ['1012', 'Hofman Installatietechniek B.V.', 'Gerrit Hofman', 'Marconistraat 8', '8013 PZ', 'Zwolle', 'Nederland', 'NL853210987B01', 'hofman-installatie.nl', 'normaal'], ['1015', 'Kampeerhoeve De Vechtdal', 'Sanne Mulder', 'Vechtdijk 3', '7722 RD', 'Dalfsen', 'Nederland', 'NL002345678B02', 'kampeerhoeve-vechtdal.nl', 'normaal'], ['1021', 'Atelier Lindqvist GmbH', 'Jonas Lindqvist', 'Neustraße 14', '48143', 'Münster', 'Duitsland', 'DE298765432', 'atelier-lindqvist.de', 'verlegd']]
const acClient = (o) => row(AC_CLIENTS, n(o) % 6)
const AC_JOBS = ['Onderhoudscontract website (kwartaal)', 'Ontwerp en bouw nieuwe website', 'Hosting en domeinnaam 2024', 'Webshop-koppeling Mollie', 'SEO-audit en optimalisatie', 'Aanpassingen huisstijl']
const acCredit = (o) => n(o) % 11 === 5
const acNet = (o) => r2((acCredit(o) ? -1 : 1) * (145 + (n(o) % 41) * 37.5 + o.qty * 60))
const acRate = (o) => (acClient(o)[9] === 'verlegd' ? 0 : 0.21)
const acVat = (o) => r2(acNet(o) * acRate(o))
const acPaid = (o) => !acCredit(o) && n(o) % 4 !== 2

// ---------------------------------------------------------------- Gymly: a 's-Hertogenbosch CrossFit box
// [membership, monthly fee]
const GY_PLANS = [['Unlimited', 89], ['2x per week', 69], ['Unlimited', 89], ['Student Unlimited', 65], ['10-rittenkaart', 0], ['3x per week', 79], ['Open Gym', 45]]
const gyPlan = (c) => row(GY_PLANS, n(c) % 7)
const gyState = (c) => row(['Actief', 'Actief', 'Actief', 'Bevroren', 'Actief', 'Opgezegd', 'Actief', 'Actief', 'Proefperiode'], n(c) % 9)

// ---------------------------------------------------------------- Momice: a Utrecht care-innovation congress
// [organisation, domain, city]
const MO_ORGS = [['Diakonessenhuis Utrecht', 'diakhuis.nl', 'Utrecht'], ['Gemeente Amersfoort', 'amersfoort.nl', 'Amersfoort'], ['Zorggroep Rivierenland', 'zorggroeprivierenland.nl', 'Tiel'], ['Stichting Thuiszorg Midden-Nederland', 'thuiszorgmidden.nl', 'Nieuwegein'], ['CareTech Solutions B.V.', 'caretechsolutions.nl', 'Eindhoven'], ['Hogeschool Utrecht', 'hu.nl', 'Utrecht'], ['GGD regio Utrecht', 'ggdru.nl', 'Zeist']]
const moOrg = (c) => row(MO_ORGS, n(c) % 7)
const MO_JOBS = [['Verpleegkundig specialist', 'Cardiologie'], ['Beleidsadviseur zorg en welzijn', 'Sociaal Domein'], ['Teamleider wijkverpleging', 'Wijkzorg'], ['Manager innovatie', 'Strategie & Innovatie'], ['Accountmanager', 'Sales'], ['Docent-onderzoeker', 'Instituut voor Verpleegkunde'], ['Jeugdarts', 'Jeugdgezondheidszorg']]
const moJob = (c) => row(MO_JOBS, n(c) % 7)
const moTicket = (c) => row(['Congresticket', 'Early bird', 'Congresticket', 'Spreker', 'Student', 'Congresticket', 'Standhouder'], n(c))
const moPrice = (c) => ({ Congresticket: 295, 'Early bird': 245, Spreker: 0, Student: 95, Standhouder: 0 })[moTicket(c)]
const moState = (c) => row(['Aangemeld', 'Aangemeld', 'Aangemeld', 'Afgemeld', 'Aangemeld', 'Wachtlijst', 'Aangemeld', 'Aangemeld'], n(c) % 8)
const moDay = Date.UTC(2024, 10, 14, 7, 30)
const moIn = (c) => moState(c) === 'Aangemeld' && n(c) % 6 !== 4

// ---------------------------------------------------------------- Bel-First: Flemish SMEs
// [name, legal form, street, postcode, town, province, domain, NACE, activity, founded, turnover kEUR, result kEUR, staff, equity kEUR, function]
const BF_FIRMS = [
  ['Bouwbedrijf Vermeulen', 'BV', 'Industrieweg 118', '9032', 'Gent', 'Oost-Vlaanderen', 'bouwbedrijfvermeulen.be', '41.201', 'Algemene bouw van residentiële gebouwen', '12/03/1998', 8420, 312, 46, 2870, 'Zaakvoerder'],
  ['Drukkerij De Clercq', 'NV', 'Kortrijksesteenweg 1042', '9051', 'Sint-Denijs-Westrem', 'Oost-Vlaanderen', 'drukkerijdeclercq.be', '18.120', 'Overige drukkerijen', '01/07/1985', 5130, 96, 31, 1740, 'Gedelegeerd bestuurder'],
  ['Transport Maes & Zonen', 'NV', 'Haven 1053', '2030', 'Antwerpen', 'Antwerpen', 'maestransport.be', '49.410', 'Goederenvervoer over de weg', '18/11/1979', 21600, 540, 112, 6320, 'Voorzitter van de raad van bestuur'],
  ['Zorgcentrum Ter Linde', 'VZW', 'Lindestraat 25', '3000', 'Leuven', 'Vlaams-Brabant', 'terlinde.be', '87.101', 'Rust- en verzorgingstehuizen', '05/02/1992', 14200, -85, 168, 3980, 'Voorzitter'],
  ['Goossens Elektrotechniek', 'BV', 'Ambachtenlaan 9', '3001', 'Heverlee', 'Vlaams-Brabant', 'goossens-elektro.be', '43.211', 'Elektrotechnische installatiewerken aan gebouwen', '23/09/2008', 3260, 144, 22, 910, 'Zaakvoerder'],
  ['Brouwerij Het Wolkje', 'CommV', 'Dorpsstraat 3', '8020', 'Oostkamp', 'West-Vlaanderen', 'hetwolkje.be', '11.050', 'Vervaardiging van bier', '14/04/2014', 1840, 63, 12, 520, 'Zaakvoerder'],
  ['Softwarehuis Lambrechts', 'NV', 'Brusselsesteenweg 480', '2800', 'Mechelen', 'Antwerpen', 'lambrechts-software.be', '62.010', 'Ontwerpen en programmeren van computerprogramma\'s', '30/06/2003', 9870, 1210, 74, 4450, 'Gedelegeerd bestuurder']]
const bfI = (c) => n(c) % 7
const bfFirm = (c) => BF_FIRMS[bfI(c)]
const bfArea = (c) => ({ 9: '09', 2: '03', 3: '016', 8: '050' })[bfFirm(c)[3][0]] ?? '015'

export const SETS = [
  // ---------------------------------------------------------------- Germany: B2B marketplace order lines
  { name: 'metro-markets-bestellpositionen-de', product: 'METRO Markets (B2B-Marktplatz für Gastronomie- und Gewerbebedarf; Seller Office > Bestellungen > Exportieren (CSV), one row per order line, German UI, a Nuremberg catering-equipment seller)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `O${cet(o.at).y % 100}-${pad(n(o) * 7919 % 1000000, 6)}${pad(n(o) % 97, 2)}`, [OR('purchaseID')]],
    ['Bestellpositions-ID', (c, o) => `OL${pad(n(o) * 31 + 7, 8)}`, ['_id', PL('_id')]],
    ['Bestelldatum', (c, o) => deTs(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => mmStatus(o), []],
    ['Kundentyp', (c, o) => (mmBiz(o) ? 'Geschäftskunde' : 'Privatkunde'), []],
    ['Firma', (c, o) => (mmBiz(o) ? mmBuyer(o)[0] : ''), []],
    ['USt-IdNr.', (c, o) => (mmBiz(o) && n(o) % 3 ? `DE${pad((n(o) * 104729) % 1000000000, 9)}` : ''), []],
    ['Vorname', (c) => DE(c).first, []],
    ['Nachname', (c) => DE(c).last, []],
    ['Telefon', (c) => DE(c).intl, PHONE_ID, opt],
    ['Rechnungsadresse Straße und Hausnummer', (c, o) => (mmBiz(o) ? mmBuyer(o)[1] : DE(c).street), [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c, o) => (mmBiz(o) ? mmBuyer(o)[2] : DE(c).zip), [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c, o) => (mmBiz(o) ? mmBuyer(o)[3] : DE(c).city), [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode')]],
    ['Lieferadresse Straße und Hausnummer', (c, o) => (mmBiz(o) ? mmBuyer(o)[1] : DE(c).street), [SHIP('street1')]],
    ['Lieferadresse Adresszusatz', (c, o) => (mmBiz(o) && n(o) % 5 === 0 ? 'Anlieferung über Hof, Tor 2' : ''), [SHIP('street2')]],
    ['Lieferadresse PLZ', (c, o) => (mmBiz(o) ? mmBuyer(o)[2] : DE(c).zip), [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o) => (mmBiz(o) ? mmBuyer(o)[3] : DE(c).city), [SHIP('city')]],
    ['Lieferadresse Land', () => 'DE', [SHIP('countryCode')]],
    ['Händler-SKU', (c, o) => mmItem(o)[0], [PL('SKU')]],
    ['GTIN', (c, o) => ean13(mmItem(o)[1]), [PL('SKU'), PL('product')], opt],
    ['Produktname', (c, o) => mmItem(o)[2], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis brutto', (c, o) => dec(mmItem(o)[3]), [], opt],
    ['Gesamtpreis brutto', (c, o) => dec(mmLine(o)), [PL('priceTotal')]],
    ['MwSt.-Satz', () => '19 %', []],
    ['Versandkosten brutto', (c, o) => dec(mmShip(o)), ['commerce.shipping.shippingAmount']],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Zahlungsart', (c, o) => (mmBiz(o) ? row(['Kauf auf Rechnung', 'Kreditkarte', 'Kauf auf Rechnung', 'PayPal'], n(o)) : row(['PayPal', 'Kreditkarte', 'Sofortüberweisung'], n(o))), [OR('payments[0].paymentType')]],
    ['Versanddienstleister', (c, o) => mmItem(o)[4], ['commerce.shipping.shippingMethod'], opt],
    ['Sendungsnummer', (c, o, r) => (mmShipped(o) ? (mmItem(o)[4] === 'DHL' ? `00340434${d(r, 12)}` : mmItem(o)[4] === 'DPD' ? `0${d(r, 13)}` : `SP-${d(r, 7)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o) => (mmShipped(o) ? de(o.at + ((n(o) % 3) + 1) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Provision', (c, o) => dec(mmLine(o) * 0.12), []],
  ] },
  // ---------------------------------------------------------------- Austria: sports-flat-rate venue bookings
  { name: 'urban-sports-club-buchungen-wien-de', product: 'Urban Sports Club (Partner-Portal > Buchungen & Check-ins > Export (CSV), one row per member booking, German UI, a Vienna yoga studio with two locations)', family: 'booking', language: 'de', schema: E, cols: [
    ['Buchungs-ID', (c, o) => String(81000000 + n(o) * 23), ['_id']],
    ['Gebucht am', (c, o) => deT(o.at), ['timestamp', OR('createdDate')]],
    ['Mitglieds-ID', (c) => String(2300000 + (n(c) % 700000)), CUST_ID, opt],
    ['Vorname', (c) => AT(c).first, []],
    ['Nachname', (c) => AT(c).last, []],
    ['Mitgliedschaft', (c) => row(['M', 'L', 'S', 'M', 'XL', 'L'], n(c)), []],
    ['Kurs', (c, o) => uscClass(o)[0], [PL('name')], opt],
    ['Kursart', (c, o) => uscClass(o)[1], []],
    ['Kursdatum', (c, o) => de(uscSlot(o)), [], opt],
    ['Kursbeginn', (c, o) => hm(cet(uscSlot(o))), []],
    ['Trainer:in', (c, o) => row(['Mira', 'Jakob', 'Anna-Lena', 'Mira', 'Sophie'], n(o)), []],
    ['Standort', (c, o) => (uscClass(o)[1] === 'Online-Kurs' ? 'Online' : row(['Studio Neubau', 'Studio Leopoldstadt'], n(o))), ['commerce.commerceScope.storeCode', 'placeContext.POIinteraction.POIDetail.name'], opt],
    ['Status', (c, o) => uscState(o), []],
    ['Check-in-Zeit', (c, o) => (uscState(o) === 'Eingecheckt' ? hm(cet(uscSlot(o) - ((n(o) % 12) + 2) * 60000)) : ''), []],
    ['Check-in-Methode', (c, o) => (uscState(o) === 'Eingecheckt' ? row(['QR-Code', 'App', 'QR-Code', 'Manuell'], n(o)) : ''), []],
    ['Storniert am', (c, o) => (['Storniert', 'Spät storniert'].includes(uscState(o)) ? deT(uscSlot(o) - (uscState(o) === 'Storniert' ? 30 : 3) * 3600000) : ''), [OR('cancelDate')], opt],
    ['Vergütung', (c, o) => dec(uscPay(o)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['Währung', () => 'EUR', [OR('currencyCode')], opt],
    ['Abrechnungszeitraum', (c, o) => { const p = cet(uscSlot(o)); return `${pad(p.m)}/${p.y}` }, []],
  ] },
  // ---------------------------------------------------------------- Germany: desktop bookkeeping, outgoing invoices
  { name: 'monkey-office-ausgangsrechnungen-de', product: 'MonKey Office (ProSaldo; Faktura > Ausgangsrechnungen > Liste exportieren (CSV), one row per outgoing invoice or credit note, German UI, a Leipzig graphic-design studio)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Belegnummer', (c, o) => `${mkType(o) === 'Gutschrift' ? 'GS' : 'RE'}-${cet(mkDate(o)).y}-${pad((n(o) % 400) + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Belegart', (c, o) => mkType(o), []],
    ['Belegdatum', (c, o) => de(mkDate(o)), ['timestamp', OR('createdDate')]],
    ['Leistungsdatum', (c, o) => de(mkDate(o) - ((n(o) % 20) + 1) * day), []],
    ['Fälligkeit', (c, o) => (mkType(o) === 'Gutschrift' ? '' : de(mkDate(o) + 14 * day)), [], opt],
    ['Kundennummer', (c, o) => mkClient(o)[0], CUST_ID, opt],
    ['Firma', (c, o) => mkClient(o)[1], []],
    ['Ansprechpartner', (c) => `${DE(c).female ? 'Frau' : 'Herr'} ${DE(c).first} ${DE(c).last}`, []],
    ['Straße', (c, o) => mkClient(o)[2], [BILL('street1')]],
    ['PLZ', (c, o) => mkClient(o)[3], [BILL('postalCode')]],
    ['Ort', (c, o) => mkClient(o)[4], [BILL('city')]],
    ['Land', () => 'Deutschland', [BILL('country')]],
    ['E-Mail', (c, o) => `${plain(DE(c).first)}.${plain(DE(c).last)}@${mkClient(o)[5]}`, EMAIL_ID, opt],
    ['Betreff', (c, o) => row(MK_JOBS, n(o) % 7), [PL('name')], opt],
    ['Netto', (c, o) => thou(mkNet(o)), [], opt],
    ['USt. 19 %', (c, o) => thou(mkNet(o) * 0.19), [OR('taxAmount')]],
    ['Brutto', (c, o) => thou(mkGross(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Bezahlt', (c, o) => thou(mkPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Offen', (c, o) => thou(mkType(o) === 'Gutschrift' ? 0 : mkGross(o) - mkPaid(o)), []],
    ['Status', (c, o) => mkState(o), []],
    ['Zahlungsart', (c, o) => (mkPaid(o) ? row(['Überweisung', 'Überweisung', 'PayPal', 'Lastschrift'], n(o)) : ''), [OR('payments[0].paymentType')], opt],
    ['Bezahlt am', (c, o) => (mkState(o) === 'bezahlt' ? de(mkDate(o) + ((n(o) % 13) + 2) * day) : ''), [], opt],
    ['Mahnstufe', (c, o) => (mkState(o) === 'überfällig' ? String((n(o) % 2) + 1) : '0'), []],
    ['Erlöskonto', (c, o) => (mkType(o) === 'Gutschrift' ? '8720' : '8400'), []],
    ['Projekt', (c, o) => `P${cet(mkDate(o)).y % 100}-${pad(n(o) % 60, 3)}`, []],
  ] },
  // ---------------------------------------------------------------- Switzerland: studio booking tool, customer file
  { name: 'sportsnow-kunden-export-ch-de', product: 'SportsNow (Kursverwaltung und Online-Buchung für Studios; Kunden > Kunden exportieren (Excel), one row per customer, Swiss German UI, a Zürich pilates and yoga studio)', family: 'booking', language: 'de', schema: P, cols: [
    ['Kunden-Nr.', (c) => String(1000 + (n(c) % 9000)), ['_id', 'personID']],
    ['Anrede', (c) => (CH(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => CH(c).first, ['person.name.firstName']],
    ['Nachname', (c) => CH(c).last, ['person.name.lastName']],
    ['E-Mail', (c) => CH(c).email, ['personalEmail.address']],
    ['Mobile', (c) => CH(c).mobile, ['mobilePhone.number']],
    ['Telefon', (c) => (n(c) % 5 === 0 ? CH(c).land : ''), ['homePhone.number']],
    ['Strasse', (c) => (n(c) % 6 ? CH(c).street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 6 ? CH(c).zip : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (n(c) % 6 ? CH(c).city : ''), at(HOME, 'city')],
    ['Land', (c) => (n(c) % 6 ? 'Schweiz' : ''), at(HOME, 'country')],
    ['Geburtsdatum', (c) => (n(c) % 4 ? dmy(v.parts(c.birth), '.') : ''), ['person.birthDate']],
    ['Geschlecht', (c) => (CH(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Sprache', (c) => (n(c) % 7 === 3 ? 'Englisch' : 'Deutsch'), []],
    ['Registriert am', (c) => de(c.created), [], opt],
    ['Aktives Abo', (c) => snAbo(c), [], opt],
    ['Abo gültig bis', (c) => (snAbo(c) ? de(later(c) + 90 * day) : ''), []],
    ['Guthaben (CHF)', (c) => (n(c) % 5 === 1 ? dec(25 + (n(c) % 4) * 10, '.') : '0.00'), []],
    ['Besuche total', (c) => String(n(c) % 120), []],
    ['Letzter Besuch', (c) => de(later(c)), []],
    ['Krankenkasse', (c) => row(['Helsana', 'CSS', 'Swica', '', 'Sanitas', 'Visana', ''], n(c)), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), []],
    ['Bemerkungen', (c, o, r) => pick(r, ['', '', '', 'Rückenprobleme (LWS), bitte Varianten zeigen', 'schwanger, ab 20. SSW nur Prenatal', 'Gutschein Weihnachten eingelöst']), []],
  ] },
  // ---------------------------------------------------------------- Germany: real-estate CRM contacts
  { name: 'flowfact-kontakte-export-de', product: 'FLOWFACT (Immobilien-CRM; Kontakte > Auswahl > Exportieren (CSV), one row per contact, German UI, a Hamburg estate agency\'s buyers, owners and tipsters)', family: 'crm', language: 'de', schema: P, cols: [
    ['Kontaktnummer', (c) => `K-${pad(n(c) % 100000, 5)}`, ['_id', 'personID']],
    ['Anrede', (c) => (HH(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 8 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => HH(c).first, ['person.name.firstName']],
    ['Nachname', (c) => HH(c).last, ['person.name.lastName']],
    ['Briefanrede', (c) => `${HH(c).female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${n(c) % 8 === 0 ? 'Dr. ' : ''}${HH(c).last}`, []],
    ['Firma', (c) => (ffType(c) === 'Tippgeber' ? row(['Hausverwaltung Elbblick GmbH', 'Nordbau Projekt GmbH'], n(c)) : ''), ['organizations[0]'], opt],
    ['Straße', (c) => HH(c).streetName, at(HOME, 'street1')],
    ['Hausnummer', (c) => String(HH(c).num), [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['PLZ', (c) => HH(c).zip, at(HOME, 'postalCode')],
    ['Ort', (c) => HH(c).city, at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Telefon privat', (c) => (n(c) % 3 === 0 ? HH(c).land : ''), ['homePhone.number']],
    ['Telefon geschäftlich', (c) => (n(c) % 4 === 1 ? `040 ${300000 + (n(c) % 600000)}-${(n(c) % 80) + 10}` : ''), ['workPhone.number']],
    ['Mobil', (c) => HH(c).mobile, ['mobilePhone.number']],
    ['E-Mail privat', (c) => HH(c).email, ['personalEmail.address']],
    ['E-Mail geschäftlich', (c) => (n(c) % 4 === 1 ? `${plain(HH(c).first)[0]}.${plain(HH(c).last)}@${row(['elbreederei-hh.de', 'klinikum-nord-hh.de', 'hansetec-logistik.de'], n(c))}` : ''), ['workEmail.address']],
    ['Geburtstag', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '.') : ''), ['person.birthDate']],
    ['Kontaktart', (c) => ffType(c), []],
    ['Suchprofil', (c) => (['Interessent', 'Käufer'].includes(ffType(c)) ? row(FF_SEARCH, n(c)) : ''), []],
    ['Quelle', (c) => row(['ImmoScout24', 'Immowelt', 'Empfehlung', 'Website-Anfrage', 'Kleinanzeigen', 'Schaufenster'], n(c)), []],
    ['Betreuer', (c) => row(['Jens Hartwig', 'Svenja Paulsen', 'Büro'], n(c)), []],
    ['Angelegt am', (c) => de(c.created), [], opt],
    ['Letzte Aktivität', (c) => de(later(c)), []],
    ['Einwilligung Datenschutz', (c) => (n(c) % 9 === 0 ? 'nein' : 'ja'), []],
    ['Bemerkung', (c, o, r) => pick(r, ['', '', '', 'Finanzierungsbestätigung liegt vor', 'nur Altbau, kein EG', 'Verkauf erst nach Erbauseinandersetzung']), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: commercial-register new entries
  { name: 'easymonitoring-neueintragungen-ch-de', product: 'easymonitoring (Handelsregisterdaten der Schweiz; Adressen > Neueintragungen > Excel-Export, one row per registered person of a newly entered firm, Swiss German UI, a Winterthur fiduciary prospecting new firms in the canton of Zürich)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['UID', (c) => uid(10234567 + emI(c) * 9876543 + (emSole(c) ? (n(c) % 9) * 104729 : 0)), ACC, opt],
    ['Firma', emName, CO],
    ['Rechtsform', (c) => emFirm(c)[1], []],
    ['c/o', (c) => (emI(c) === 2 ? 'c/o Gesundheitszentrum Seefeld' : ''), [W('street2')], opt],
    ['Strasse', (c) => emFirm(c)[2], [W('street1')]],
    ['PLZ', (c) => emFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => emFirm(c)[4], [W('city')]],
    ['Kanton', (c) => emFirm(c)[5], STATE(['workAddress'])],
    ['Sitz', (c) => emFirm(c)[4], [W('city')], opt],
    ['Zweck', (c) => emFirm(c)[6], []],
    ['Kapital (CHF)', (c) => (emFirm(c)[7] ? chf(emFirm(c)[7]) : ''), []],
    ['Eintragungsdatum', (c) => de(emDay(c)), []],
    ['SHAB-Publikation', (c) => de(emDay(c) + 3 * day), []],
    ['SHAB-Meldungsnummer', (c) => `HR01-${1006104000 + emI(c) * 3917 + (emSole(c) ? (n(c) % 9) * 211 : 0)}`, []],
    ['Branche (NOGA)', (c) => emFirm(c)[8], []],
    ['Telefon', (c) => emPhone(c), ['workPhone.number']],
    ['Website', (c) => (emSite(c) ? `www.${emSite(c)}` : ''), ['b2b.companyWebsite']],
    ['Name', (c) => CH(c).last, ['person.name.lastName']],
    ['Vorname', (c) => CH(c).first, ['person.name.firstName']],
    ['Heimatort / Staatsangehörigkeit', emOrigin, []],
    ['Wohnort', (c) => CH(c).city, ['homeAddress.city'], opt],
    ['Funktion', emFn, ['extendedWorkDetails.jobTitle']],
    ['Zeichnungsart', (c) => emFirm(c)[10], []],
    ['Stammanteile', (c) => (emFirm(c)[1] === 'GmbH' ? `${(n(c) % 3) + 10} Stammanteile zu CHF 1'000.00` : ''), []],
  ] },
  // ---------------------------------------------------------------- Flanders: shop builder orders
  { name: 'easywebshop-bestellingen-export-be-nl', product: 'EasyWebshop (webwinkelbouwer; Beheer > Bestellingen > Exporteren (CSV), one row per order, Flemish Dutch UI, a Ghent specialty-coffee roastery)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(20240000 + (n(o) % 9000)), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => beT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => ewState(o), []],
    ['Voornaam', (c) => BE(c).first, []],
    ['Achternaam', (c) => BE(c).last, []],
    ['Bedrijf', (c, o) => (n(o) % 7 === 3 ? 'Koffiebar Lokaal BV' : ''), []],
    ['Btw-nummer', (c, o) => (n(o) % 7 === 3 ? `BE${kbo(n(o)).replace(/\./g, '')}` : ''), []],
    ['E-mail', (c) => BE(c).email, EMAIL_ID],
    ['Telefoon', (c) => BE(c).mobile, PHONE_ID, opt],
    ['Adres', (c) => BE(c).street, [BILL('street1')]],
    ['Postcode', (c) => BE(c).zip, [BILL('postalCode')]],
    ['Gemeente', (c) => BE(c).city, [BILL('city')]],
    ['Land', () => 'België', [BILL('country')]],
    ['Leveradres', (c, o) => (ewShip(o) === 'bpost thuislevering' ? BE(c).street : ''), [SHIP('street1')]],
    ['Leverpostcode', (c, o) => (ewShip(o) === 'bpost thuislevering' ? BE(c).zip : ''), [SHIP('postalCode')]],
    ['Levergemeente', (c, o) => (ewShip(o) === 'bpost thuislevering' ? BE(c).city : ''), [SHIP('city')]],
    ['Producten', (c, o) => ewLines(o).map(([it, q]) => `${it[0]} (x${q})`).join('; '), [PL('name')], opt],
    ['Aantal artikelen', (c, o) => String(ewLines(o).reduce((a, [, q]) => a + q, 0)), [PL('quantity')], opt],
    ['Subtotaal', (c, o) => dec(ewSub(o)), [], opt],
    ['Korting', (c, o) => dec(ewDisc(o)), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'KOFFIE10' : ''), ['commerce.promotionID'], opt],
    ['Verzendkosten', (c, o) => dec(ewShipCost(o)), ['commerce.shipping.shippingAmount']],
    ['Btw', (c, o) => dec(ewTotal(o) - ewTotal(o) / 1.06), [OR('taxAmount')]],
    ['Totaal', (c, o) => dec(ewTotal(o)), [OR('priceTotal')]],
    ['Munt', () => 'EUR', [OR('currencyCode')]],
    ['Betaalmethode', (c, o) => row(['Bancontact', 'Payconiq by Bancontact', 'Overschrijving', 'Visa / Mastercard', 'Bancontact', 'KBC/CBC-betaalknop'], n(o)), [OR('payments[0].paymentType')]],
    ['Verzendmethode', (c, o) => ewShip(o), ['commerce.shipping.shippingMethod']],
    ['Opmerking klant', (c, o, r) => pick(r, ['', '', '', 'Graag gemalen voor filter', 'Mag bij de buren (nr. 14)', 'Cadeauverpakking aub']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: online scheduler appointments
  { name: 'supersaas-afspraken-download-nl', product: 'SuperSaaS (online afsprakenplanner; Beheerdersoverzicht > Downloaden (CSV), one row per appointment, Dutch UI, a Utrecht barbershop with three chairs)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Id', (c, o) => String(95000000 + n(o) * 41), ['_id']],
    ['Begin', (c, o) => nlT(ssStart(o)), [], opt],
    ['Einde', (c, o) => nlT(ssStart(o) + ssSvc(o)[1] * 60000), []],
    ['Medewerker', (c, o) => row(['Youssef', 'Mike', 'Dennis'], n(o)), []],
    ['Dienst', (c, o) => ssSvc(o)[0], [PL('name')]],
    ['Volledige naam', (c) => NL(c).full, []],
    ['E-mail', (c) => NL(c).email, EMAIL_ID],
    ['Mobiel', (c) => NL(c).mobile, PHONE_ID],
    ['Lidnummer', (c) => (n(c) % 3 ? String(4100 + (n(c) % 5000)) : ''), CUST_ID, opt],
    ['Omschrijving', (c, o, r) => pick(r, ['', '', '', 'Zelfde als vorige keer', 'Graag bij Youssef', 'Eerste keer, fade gewenst']), []],
    ['Prijs', (c, o) => eur(ssSvc(o)[2]), [PL('priceTotal'), OR('priceTotal')]],
    ['Betaald', (c, o) => (ssState(o) === 'Goedgekeurd' && n(o) % 3 === 0 ? 'ja' : 'nee'), []],
    ['Status', (c, o) => ssState(o), []],
    ['Aangemaakt op', (c, o) => nlT(ssCreated(o)), ['timestamp', OR('createdDate')]],
    ['Aangemaakt door', (c, o) => (n(o) % 5 === 2 ? 'beheerder' : NL(c).email), []],
    ['Gewijzigd op', (c, o) => (ssState(o) === 'Geannuleerd' ? nlT(ssCreated(o) + ((n(o) % 4) + 1) * day) : nlT(ssCreated(o))), [OR('lastUpdatedDate')], opt],
    ['Herinnering verstuurd', (c, o) => (ssState(o) === 'Geannuleerd' ? 'nee' : 'ja'), []],
    ['Hoe heeft u ons gevonden?', (c) => row(['Google', 'Instagram', 'Via vrienden', 'Langsgelopen', ''], n(c)), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: online bookkeeping, sales invoices
  { name: 'acumulus-verkoopfacturen-export-nl', product: 'Acumulus (online boekhouden; Overzichten > Facturen > Exporteren (CSV), one row per sales invoice or credit invoice, Dutch UI, a Zwolle one-person web-design business)', family: 'invoicing', language: 'nl', schema: E, cols: [
    ['Factuurnummer', (c, o) => `${cet(o.at).y}${pad((n(o) % 300) + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Factuurdatum', (c, o) => nl(o.at), ['timestamp', OR('createdDate')]],
    ['Type', (c, o) => (acCredit(o) ? 'Creditfactuur' : 'Factuur'), []],
    ['Vervaldatum', (c, o) => (acCredit(o) ? '' : nl(o.at + 14 * day)), [], opt],
    ['Relatienummer', (c, o) => acClient(o)[0], CUST_ID, opt],
    ['Relatie', (c, o) => acClient(o)[1], []],
    ['Contactpersoon', (c, o) => acClient(o)[2], []],
    ['Adres', (c, o) => acClient(o)[3], [BILL('street1')]],
    ['Postcode', (c, o) => acClient(o)[4], [BILL('postalCode')]],
    ['Plaats', (c, o) => acClient(o)[5], [BILL('city')]],
    ['Land', (c, o) => acClient(o)[6], [BILL('country')]],
    ['E-mail', (c, o) => `administratie@${acClient(o)[8]}`, EMAIL_ID, opt],
    ['Btw-nummer relatie', (c, o) => acClient(o)[7], []],
    ['Omschrijving', (c, o) => row(AC_JOBS, n(o) % 6), [PL('name')], opt],
    ['Bedrag excl. btw', (c, o) => dec(acNet(o)), [], opt],
    ['Btw-tarief', (c, o) => (acRate(o) ? '21%' : '0% (verlegd)'), []],
    ['Btw-type', (c, o) => (acRate(o) ? 'Normaal' : 'Btw verlegd (EU)'), []],
    ['Btw-bedrag', (c, o) => dec(acVat(o)), [OR('taxAmount')]],
    ['Bedrag incl. btw', (c, o) => dec(acNet(o) + acVat(o)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Betaalstatus', (c, o) => (acCredit(o) ? 'Verrekend' : acPaid(o) ? 'Betaald' : 'Niet betaald'), []],
    ['Betaaldatum', (c, o) => (acPaid(o) ? nl(o.at + ((n(o) % 12) + 1) * day) : ''), [], opt],
    ['Kostenplaats', (c, o) => row(['Websites', 'Hosting', 'Websites', 'Advies'], n(o)), []],
    ['Boekingsnummer', (c, o) => String(48000 + (n(o) % 9000)), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: gym-management members
  { name: 'gymly-leden-export-nl', product: 'Gymly (ledenbeheer- en roostersoftware voor sportscholen; Leden > Exporteren (CSV), one row per member, Dutch UI, a \'s-Hertogenbosch CrossFit box)', family: 'memberships', language: 'nl', schema: P, cols: [
    ['Lid-ID', (c) => String(30000 + (n(c) % 60000)), ['_id', 'personID']],
    ['Voornaam', (c) => NL(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => NL(c).tv, ['person.name.middleName', 'person.name.lastName'], opt],
    ['Achternaam', (c) => NL(c).core, ['person.name.lastName']],
    ['E-mailadres', (c) => NL(c).email, ['personalEmail.address']],
    ['Telefoonnummer', (c) => NL(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Geboortedatum', (c) => dmy(v.parts(c.birth), '-'), ['person.birthDate']],
    ['Geslacht', (c) => (n(c) % 17 === 0 ? 'Anders' : NL(c).female ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Straat', (c) => NL(c).streetName, at(HOME, 'street1')],
    ['Huisnummer', (c) => `${NL(c).num}${NL(c).suffix}`, [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['Postcode', (c) => NL(c).zip, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => NL(c).city, at(HOME, 'city')],
    ['Land', () => 'NL', at(HOME, 'countryCode')],
    ['IBAN', (c) => (gyPlan(c)[1] ? `NL${pad((n(c) * 7) % 90 + 10, 2)}${row(['INGB', 'RABO', 'ABNA', 'SNSB', 'ASNB'], n(c))}0${pad((n(c) * 104729) % 1000000000, 9)}` : ''), []],
    ['Lidmaatschap', (c) => gyPlan(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
    ['Maandbedrag', (c) => (gyPlan(c)[1] ? eur(gyPlan(c)[1]) : ''), []],
    ['Startdatum', (c) => nl(c.created), ['loyalty.joinDate'], opt],
    ['Einddatum', (c) => (gyState(c) === 'Opgezegd' ? nl(later(c)) : ''), []],
    ['Status', (c) => gyState(c), ['loyalty.status'], opt],
    ['Laatste check-in', (c) => (gyState(c) === 'Opgezegd' ? nl(later(c) - 12 * day) : nlT(inHours(later(c)))), []],
    ['Aantal check-ins', (c) => String((n(c) % 240) + 1), []],
    ['Tags', (c) => row(['', 'Foundations gedaan', '', 'Competitie', 'Blessure schouder', ''], n(c)), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: event-platform participants
  { name: 'momice-deelnemers-export-nl', product: 'Momice (eventplatform; Event > Deelnemers > Exporteer naar Excel, one row per registered participant, Dutch UI, a Utrecht care-innovation congress)', family: 'events', language: 'nl', schema: B, cols: [
    ['Deelnemer-ID', (c) => String(7400000 + (n(c) % 600000)), B2BID],
    ['Aanhef', (c) => (NL(c).female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => NL(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => NL(c).tv, ['person.name.middleName', 'person.name.lastName'], opt],
    ['Achternaam', (c) => NL(c).core, ['person.name.lastName']],
    ['E-mailadres', (c) => `${plain(NL(c).first)[0]}.${plain(NL(c).tv + NL(c).core)}@${moOrg(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefoonnummer', (c) => NL(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Organisatie', (c) => moOrg(c)[0], CO],
    ['Functie', (c) => moJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Afdeling', (c) => moJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Vestigingsplaats', (c) => moOrg(c)[2], [W('city')], opt],
    ['Ticket', (c) => moTicket(c), []],
    ['Prijs', (c) => eur(moPrice(c)), []],
    ['Status', (c) => moState(c), []],
    ['Aangemeld op', (c) => nlT(inHours(moDay - ((n(c) % 90) + 3) * day + ((n(c) * 37) % 660) * 60000)), ['extSourceSystemAudit.createdDate'], opt],
    ['Ingecheckt', (c) => (moIn(c) ? 'Ja' : 'Nee'), []],
    ['Check-in tijd', (c) => (moIn(c) ? hm(cet(moDay + (n(c) % 70) * 60000)) : ''), []],
    ['Workshopronde 1', (c) => (moState(c) === 'Aangemeld' ? row(['Zorg op afstand in de wijk', 'AI in de triage', 'Samenwerken in het sociaal domein', 'Valpreventie met sensoren'], n(c)) : ''), []],
    ['Dieetwensen', (c) => row(['', '', 'Vegetarisch', '', 'Glutenvrij', 'Veganistisch', ''], n(c)), []],
    ['BIG-nummer', (c) => (['Verpleegkundig specialist', 'Jeugdarts', 'Teamleider wijkverpleging'].includes(moJob(c)[0]) ? String(19000000000 + (n(c) * 7919) % 999999999) : ''), []],
    ['Toestemming beeldmateriaal', (c) => (n(c) % 6 === 0 ? 'Nee' : 'Ja'), []],
    ['Hoe heeft u van dit congres gehoord?', (c) => row(['LinkedIn', 'Via collega', 'Nieuwsbrief', 'Vakblad Zorgvisie'], n(c)), []],
  ] },
  // ---------------------------------------------------------------- Flanders: company database firm list
  { name: 'bel-first-bedrijvenlijst-export-be-nl', product: 'Bel-First (Bureau van Dijk, a Moody\'s company; Zoeken > Lijst > Exporteren (Excel), one row per company with one bestuurder, Dutch UI, a Leuven HR-services firm prospecting Flemish SMEs)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Naam', (c) => bfFirm(c)[0], CO],
    ['Ondernemingsnummer', (c) => kbo(1234567 + bfI(c) * 1048576), ACC, opt],
    ['BvD ID-nummer', (c) => `BE${kbo(1234567 + bfI(c) * 1048576).replace(/\./g, '')}`, ACC, opt],
    ['Rechtsvorm', (c) => bfFirm(c)[1], []],
    ['Status', (c) => (n(c) % 19 === 0 ? 'Actief (gerechtelijke reorganisatie)' : 'Actief'), []],
    ['Straat en nummer', (c) => bfFirm(c)[2], [W('street1')]],
    ['Postcode', (c) => bfFirm(c)[3], [W('postalCode')]],
    ['Gemeente', (c) => bfFirm(c)[4], [W('city')]],
    ['Provincie', (c) => bfFirm(c)[5], STATE(['workAddress'])],
    ['Telefoonnummer', (c) => `+32 ${bfArea(c).slice(1)} ${bfArea(c).length === 2 ? 200 + bfI(c) * 41 : pad(20 + bfI(c) * 11, 2)} ${pad(10 + bfI(c) * 13, 2)} ${pad(30 + bfI(c) * 9, 2)}`, ['workPhone.number']],
    ['Website', (c) => `www.${bfFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['E-mailadres', (c) => (bfI(c) % 3 ? `info@${bfFirm(c)[6]}` : ''), ['workEmail.address'], opt],
    ['NACEBEL 2008 - hoofdactiviteit', (c) => bfFirm(c)[7], []],
    ['Omschrijving hoofdactiviteit', (c) => bfFirm(c)[8], []],
    ['Oprichtingsdatum', (c) => bfFirm(c)[9], []],
    ['Laatste jaar beschikbaar', (c) => String(2022 + (n(c) % 2)), []],
    ['Bedrijfsopbrengsten th EUR', (c) => group(bfFirm(c)[10], '.'), []],
    ['Winst (verlies) van het boekjaar th EUR', (c) => group(bfFirm(c)[11], '.'), []],
    ['Eigen vermogen th EUR', (c) => group(bfFirm(c)[13], '.'), []],
    ['Aantal werknemers', (c) => String(bfFirm(c)[12]), []],
    ['Bestuurder - naam', (c) => `${BE(c).last} ${BE(c).first}`, ['person.name.fullName']],
    ['Bestuurder - functie', (c) => bfFirm(c)[14], ['extendedWorkDetails.jobTitle']],
    ['Bestuurder - begin mandaat', (c) => be(c.created), []],
  ] },
]
