// Round 57, heldout122: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-speaking, Dutch/Flemish and Nordic exports in the product's UI
// language: an online appointment system's workshop bookings, a shipping broker's parcel archive, a Swiss accounting
// app's invoices, an e-mail marketing tool's newsletter contacts, a salon software's customer file (Austria), a Swiss
// business platform's CRM contacts (de); a site builder's web-shop order lines, a Dutch payment service provider's
// transactions, a Belgian company-data service's prospect list and a Flemish fitness-club software's members (nl);
// a Danish shipping platform's shipments (da) and the Norwegian business register's bulk download of legal units
// (no). Headers: the Brønnøysund download's columns as public code reads them; 4leads' contact vocabulary (e-mail
// status values, contact source, opt-in topics, tags, extra fields) from its handbook; the rest from the writer's
// knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, ID } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const cet = (ms) => local(ms, 1) // Germany, Austria, Switzerland, Benelux, Denmark, Norway
const bd = (ms) => v.parts(ms)
const n = (x) => +x.id
const later = (c, k = 500) => c.created + ((+c.id % k) + 3) * day + (+c.id % 80000) * 1000
// office hours (08:00-19:59 local) for things staff or customers key in by day
const office = (ms) => { const h = cet(ms).H; return ms + (h < 8 ? 8 - h : h > 19 ? 19 - h : 0) * 3600000 }
const chf = (n) => thou(n, '\'', '.') // 1'234.50

const WH = ['workAddress', ...HOME]

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa')
  .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

const NAMES = {
  de: { m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jan', 'Tobias', 'Markus', 'Florian', 'Daniel', 'Matthias'], f: ['Sabine', 'Julia', 'Katrin', 'Anna', 'Nicole', 'Laura', 'Sandra', 'Christina', 'Lena', 'Melanie'],
    l: ['Müller', 'Schmitz', 'Hoffmann', 'Krüger', 'Wessels', 'Brinkmann', 'Schulte', 'Lange', 'Becker', 'Terhorst', 'Kemper', 'Vogt'], mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de'] },
  at: { m: ['Lukas', 'Florian', 'Stefan', 'Markus', 'Christoph', 'Bernhard', 'Manuel'], f: ['Katharina', 'Sabrina', 'Theresa', 'Verena', 'Elisabeth', 'Magdalena', 'Nina', 'Anna', 'Lisa', 'Johanna'],
    l: ['Gruber', 'Huber', 'Pichler', 'Steiner', 'Moser', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Kainz', 'Reiter'], mail: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at', 'hotmail.com'] },
  ch: { m: ['Reto', 'Beat', 'Urs', 'Marco', 'Adrian', 'Lukas', 'Patrick', 'Simon'], f: ['Sandra', 'Corinne', 'Nadine', 'Barbara', 'Andrea', 'Franziska', 'Claudia', 'Seraina'],
    l: ['Meier', 'Keller', 'Brunner', 'Baumann', 'Gerber', 'Widmer', 'Zürcher', 'Frei', 'Huber', 'Steiner', 'Wyss', 'Graf'], mail: ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch'] },
  nl: { m: ['Daan', 'Thijs', 'Jeroen', 'Bas', 'Ruben', 'Martijn', 'Niels', 'Sander'], f: ['Sanne', 'Lotte', 'Anouk', 'Femke', 'Marloes', 'Eva', 'Iris', 'Fleur', 'Nienke', 'Maaike'],
    l: [['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['', 'Bakker'], ['', 'Visser'], ['van', 'Dijk'], ['', 'Smit'], ['de', 'Boer'], ['', 'Mulder'], ['van der', 'Meer'], ['', 'Hendriks'], ['', 'Kuipers']], mail: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl'] },
  be: { m: ['Pieter', 'Wout', 'Jens', 'Thomas', 'Stijn', 'Bram', 'Arne', 'Kobe'], f: ['Lien', 'Elke', 'Annelies', 'Sofie', 'Charlotte', 'Hanne', 'Nele', 'Griet', 'Ellen', 'Fien'],
    l: ['Peeters', 'Janssens', 'Maes', 'De Smet', 'Claes', 'Wouters', 'Goossens', 'Vermeulen', 'Van Damme', 'De Clercq', 'Verstraete', 'Declercq'], mail: ['telenet.be', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be'] },
  dk: { m: ['Mads', 'Rasmus', 'Anders', 'Mikkel', 'Søren', 'Jesper', 'Frederik'], f: ['Mette', 'Camilla', 'Louise', 'Line', 'Sofie', 'Ida', 'Julie', 'Trine'],
    l: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Poulsen'], mail: ['gmail.com', 'hotmail.com', 'outlook.dk', 'mail.dk', 'live.dk'] },
}
// [street, zip, city, state] per country
const PLACES = {
  de: [['Hammer Straße 112', '48153', 'Münster', 'Nordrhein-Westfalen'], ['Wolbecker Str. 45', '48155', 'Münster', 'Nordrhein-Westfalen'], ['Weseler Straße 301', '48151', 'Münster', 'Nordrhein-Westfalen'], ['Bahnhofstraße 8', '48291', 'Telgte', 'Nordrhein-Westfalen'], ['Kirchplatz 3', '48301', 'Nottuln', 'Nordrhein-Westfalen'], ['Grevener Str. 212', '48159', 'Münster', 'Nordrhein-Westfalen'], ['Dorfstraße 17', '48346', 'Ostbevern', 'Nordrhein-Westfalen'], ['Am Schlossgarten 4', '48249', 'Dülmen', 'Nordrhein-Westfalen']],
  dx: [['Lindenstraße 23', '10969', 'Berlin', 'Berlin'], ['Rosenheimer Str. 88', '81669', 'München', 'Bayern'], ['Eppendorfer Weg 41', '20259', 'Hamburg', 'Hamburg'], ['Zülpicher Str. 190', '50937', 'Köln', 'Nordrhein-Westfalen'], ['Königstraße 27', '70173', 'Stuttgart', 'Baden-Württemberg'], ['Karl-Liebknecht-Str. 74', '04275', 'Leipzig', 'Sachsen'], ['Berger Straße 133', '60316', 'Frankfurt am Main', 'Hessen'], ['Am Wehrhahn 30', '40211', 'Düsseldorf', 'Nordrhein-Westfalen'], ['Hauptstraße 9', '69117', 'Heidelberg', 'Baden-Württemberg'], ['Lange Straße 55', '26122', 'Oldenburg', 'Niedersachsen']],
  at: [['Annenstraße 34', '8020', 'Graz', 'Steiermark'], ['Leonhardstraße 71', '8010', 'Graz', 'Steiermark'], ['Grazer Straße 12', '8045', 'Graz', 'Steiermark'], ['Hauptplatz 5', '8200', 'Gleisdorf', 'Steiermark'], ['Kärntner Straße 210', '8053', 'Graz', 'Steiermark'], ['Schlossbergweg 3', '8071', 'Hausmannstätten', 'Steiermark'], ['Wiener Straße 98', '8020', 'Graz', 'Steiermark'], ['Hauptstraße 41', '8141', 'Premstätten', 'Steiermark']],
  ch: [['Badenerstrasse 141', '8004', 'Zürich', 'ZH'], ['Seefeldstrasse 25', '8008', 'Zürich', 'ZH'], ['Bahnhofstrasse 12', '8400', 'Winterthur', 'ZH'], ['Zürcherstrasse 60', '8953', 'Dietikon', 'ZH'], ['Spitalgasse 4', '3011', 'Bern', 'BE'], ['Freie Strasse 38', '4001', 'Basel', 'BS'], ['Pilatusstrasse 15', '6003', 'Luzern', 'LU'], ['Rorschacher Strasse 150', '9000', 'St. Gallen', 'SG'], ['Industriestrasse 7', '5600', 'Lenzburg', 'AG'], ['Baarerstrasse 80', '6300', 'Zug', 'ZG']],
  nl: [['Oudegracht 214', '3511 NS', 'Utrecht', 'Utrecht'], ['Kanaalstraat 98', '3531 CK', 'Utrecht', 'Utrecht'], ['Zeestraat 61', '2518 AB', 'Den Haag', 'Zuid-Holland'], ['Witte de Withstraat 30', '3012 BR', 'Rotterdam', 'Zuid-Holland'], ['Javastraat 112', '1094 HK', 'Amsterdam', 'Noord-Holland'], ['Stratumseind 5', '5611 ER', 'Eindhoven', 'Noord-Brabant'], ['Vismarkt 18', '9712 CB', 'Groningen', 'Groningen'], ['Lange Hezelstraat 40', '6511 CB', 'Nijmegen', 'Gelderland'], ['Dorpsstraat 7', '3732 HJ', 'De Bilt', 'Utrecht'], ['Steenweg 22', '3511 JP', 'Utrecht', 'Utrecht'], ['Bergweg 77', '3707 AC', 'Zeist', 'Utrecht']],
  be: [['Kortrijksesteenweg 455', '9000', 'Gent', 'Oost-Vlaanderen'], ['Sint-Pietersnieuwstraat 60', '9000', 'Gent', 'Oost-Vlaanderen'], ['Brusselsesteenweg 312', '9050', 'Gentbrugge', 'Oost-Vlaanderen'], ['Dorp-Oost 14', '9080', 'Lochristi', 'Oost-Vlaanderen'], ['Kerkstraat 88', '9820', 'Merelbeke', 'Oost-Vlaanderen'], ['Gentseweg 21', '9940', 'Evergem', 'Oost-Vlaanderen'], ['Hundelgemsesteenweg 190', '9820', 'Merelbeke', 'Oost-Vlaanderen'], ['Drongensesteenweg 9', '9031', 'Drongen', 'Oost-Vlaanderen'], ['Antwerpsesteenweg 540', '9040', 'Sint-Amandsberg', 'Oost-Vlaanderen']],
  dk: [['Jægergårdsgade 54, 2. tv', '8000', 'Aarhus C'], ['Vesterbrogade 112, 3. th', '1620', 'København V'], ['Nørregade 17', '5000', 'Odense C'], ['Boulevarden 8, 1.', '9000', 'Aalborg'], ['Skovvejen 3', '8240', 'Risskov'], ['Hovedgaden 41', '8660', 'Skanderborg'], ['Kongensgade 60', '6700', 'Esbjerg'], ['Frederiksberg Allé 22, st. th', '1820', 'Frederiksberg C'], ['Stationsvej 5', '7100', 'Vejle']],
}
const PHONES = {
  de: (r) => `0${v.pick(r, ['151', '160', '170', '176', '152'])} ${v.int(r, 1000000, 99999999)}`,
  at: (r) => `+43 6${v.pick(r, ['64', '60', '76', '99', '50'])} ${v.int(r, 1000000, 9999999)}`,
  ch: (r) => `+41 7${v.pick(r, ['6', '8', '9', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
  nl: (r) => `06${v.int(r, 10000000, 99999999)}`,
  be: (r) => `04${v.pick(r, ['72', '75', '78', '86', '94', '96'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
  dk: (r) => `${v.pick(r, ['2', '3', '4', '5', '6'])}${v.int(r, 0, 9)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
}
const who = (c, cc, pl = cc) => keep(`${cc}:${pl}:${c.id}:${c.first}`, () => {
  const r = seeded(c, cc + pl)
  const N = NAMES[cc]
  const female = r() < (cc === 'at' ? 0.82 : 0.52)
  const first = v.pick(r, female ? N.f : N.m)
  const ln = v.pick(r, N.l)
  const [tussen, last] = Array.isArray(ln) ? ln : ['', ln]
  const [street, zip, city, state] = v.pick(r, PLACES[pl])
  const lastFull = tussen ? `${tussen} ${last}` : last
  const sep = v.pick(r, ['.', '', '_', '.'])
  const email = `${slug(first)}${sep}${slug(lastFull)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, N.mail)}`
  return { female, first, last, tussen, lastFull, full: `${first} ${lastFull}`, street, zip, city, state, mobile: PHONES[cc](r), email,
    birth: Date.UTC(v.int(r, 1954, 2004), v.int(r, 0, 11), v.int(r, 1, 28)), r1: r(), r2: r(), r3: r() }
})

// ---------------------------------------------------------------- Terminland: a Münster car dealer's workshop bookings
const TL_TYPES = [['Inspektion nach Herstellervorgabe', 120, '289,00'], ['Ölwechsel-Service', 45, '119,90'], ['Räderwechsel (Sommer/Winter)', 30, '39,00'], ['Hauptuntersuchung (HU/AU)', 60, '149,00'], ['Klimaservice', 60, '99,00'], ['Bremsen-Check', 30, '0,00'], ['Garantie-/Kulanzprüfung', 60, '']]
const TL_MODELS = ['VW Golf 8 1.5 eTSI', 'VW Tiguan 2.0 TDI', 'Škoda Octavia Combi', 'VW Polo 1.0 TSI', 'Audi A3 Sportback', 'VW ID.3 Pro', 'Seat Leon ST', 'VW T-Roc']
const TL_PLATE = ['MS', 'MS', 'MS', 'COE', 'WAF', 'ST', 'BOR']
const tlStatus = (o) => row(['bestätigt', 'bestätigt', 'erschienen', 'erschienen', 'storniert', 'erschienen', 'nicht erschienen', 'gebucht'], n(o) >> 1)
const tlStart = (o) => { const base = office(o.at) + ((n(o) % 12) + 2) * day; const p = cet(base); return { p, slot: `${pad(7 + (n(o) % 10))}:${n(o) % 2 ? '30' : '00'}` } }
const tlEnd = (o) => { const [, mins] = row(TL_TYPES, n(o)); const [h, m] = tlStart(o).slot.split(':').map(Number); const t = h * 60 + m + mins; return `${pad(Math.floor(t / 60))}:${pad(t % 60)}` }

// ---------------------------------------------------------------- LetMeShip: a Bielefeld machine-parts supplier's parcels
const LMS = [['DHL Express', 'DHL Express Worldwide', 'JD014600'], ['UPS', 'UPS Express Saver', '1Z'], ['DPD', 'DPD Classic', '0'], ['TNT', 'TNT Economy Express', 'GE'], ['UPS', 'UPS Standard', '1Z'], ['FedEx', 'FedEx International Priority', ''], ['GLS', 'GLS BusinessParcel', '']]
const LMS_DEST = [['Vertriebs GmbH Sauerland', 'Industriestraße 14', '', '59872', 'Meschede', 'DE'], ['Hydraulik Kowalski Sp. z o.o.', 'ul. Przemysłowa 8', '', '62-080', 'Tarnowo Podgórne', 'PL'], ['Technoservice s.r.o.', 'Průmyslová 1420', 'Hala B', '530 03', 'Pardubice', 'CZ'], ['Maschinenbau Huber AG', 'Werkstrasse 21', '', '8500', 'Frauenfeld', 'CH'], ['Atelier Mécanique Roux SARL', '12 rue de l\'Industrie', 'ZI Nord', '67120', 'Molsheim', 'FR'], ['Van Dam Techniek B.V.', 'Edisonstraat 44', '', '7575 AT', 'Oldenzaal', 'NL'], ['Metallbau Schröder KG', 'Gewerbepark 3', 'Tor 2', '49084', 'Osnabrück', 'DE'], ['Officine Brambilla S.r.l.', 'Via dell\'Artigianato 17', '', '20851', 'Lissone', 'IT']]
const LMS_PREFIX = { DE: '+49 291', PL: '+48 61', CZ: '+420 46', CH: '+41 52', FR: '+33 3 88', NL: '+31 541', IT: '+39 039' }
const lmsDomain = (o) => `${slug(row(LMS_DEST, n(o) >> 1)[0].split(' ').slice(0, 2).join('')).slice(0, 16)}.${row(LMS_DEST, n(o) >> 1)[5] === 'CZ' ? 'cz' : row(LMS_DEST, n(o) >> 1)[5].toLowerCase()}`
const LMS_GOODS = ['Ersatzteile Hydraulik', 'Dichtungssätze', 'Kugellager und Wellen', 'Steuerplatine', 'Ersatzteile Förderband', 'Muster / Prototyp']
const lmsStatus = (o) => row(['Zugestellt', 'Zugestellt', 'In Zustellung', 'Zugestellt', 'Abgeholt', 'Storniert', 'Zugestellt', 'Beauftragt'], n(o) >> 2)
const lmsTrack = (o) => { const [, , pre] = row(LMS, n(o)); const k = n(o) * 7919; return pre === '1Z' ? `1Z${String(k).padStart(6, '0').slice(-6)}6${pad(k % 10000000, 9)}` : pre === 'JD014600' ? `${pre}${pad(k % 10000000000, 10)}` : pre === 'GE' ? `GE${pad(k % 1000000000, 9)}WW` : pre === '0' ? `0${pad(k % 10000000000000, 13)}` : String(700000000000 + k) }
const lmsCost = (o) => { const dest = row(LMS_DEST, n(o) >> 1)[5]; const base = dest === 'DE' ? 8.9 : dest === 'CH' ? 46.5 : 24.8; return base + o.qty * (row(LMS, n(o))[0] === 'DHL Express' ? 11.4 : 3.2) }

// ---------------------------------------------------------------- Accounto: a Zürich web agency's outgoing invoices
const ACC_CUST = [['Bäckerei Widmer GmbH', 'c'], ['Praxis Dr. med. Keller', 'c'], ['Velo Frei AG', 'c'], ['', 'p'], ['Stiftung Wohnen im Alter', 'c'], ['', 'p'], ['Gerber Treuhand AG', 'c'], ['Zürcher Kulturverein', 'c']]
const ACC_JOBS = [['Wartung Website Q', 450], ['Hosting & Domain Jahresgebühr', 380], ['Relaunch Website – 2. Teilzahlung', 4800], ['Onlineshop-Erweiterung', 2350], ['SEO-Analyse und Massnahmenplan', 1200], ['Support-Stunden', 960], ['Newsletter-Vorlage', 640]]
const accStatus = (o) => row(['Bezahlt', 'Bezahlt', 'Offen', 'Bezahlt', 'Überfällig', 'Bezahlt', 'Entwurf', 'Storniert'], n(o) >> 1)
const accNet = (o) => { const [, base] = row(ACC_JOBS, n(o)); return base * (1 + (n(o) % 3) * 0.25) }
const accDisc = (o) => (n(o) % 5 === 0 ? Math.round(accNet(o) * 0.05 * 20) / 20 : 0)
const accVat = (o) => Math.round((accNet(o) - accDisc(o)) * 0.081 * 20) / 20 // rounded to 5 Rappen
const accTotal = (o) => accNet(o) - accDisc(o) + accVat(o)
const accDate = (o) => office(o.at)
const qrRef = (o) => { const b = `${pad(n(o) * 3571 % 1e10, 10)}${pad(n(o) % 1e6, 6)}${pad(n(o) * 17 % 1e10, 10)}`; const t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]; let k = 0; for (const d of b) k = t[(k + +d) % 10]; return `${b}${(10 - k) % 10}` }

// ---------------------------------------------------------------- 4leads: an online yoga academy's newsletter contacts
const FL_TOPICS = ['Newsletter', 'Newsletter, Yoga-Challenge', 'Freebie: Morgenroutine', 'Newsletter, Webinar Rückenyoga', 'Kursinfos Ausbildung', 'Newsletter, Freebie: Morgenroutine']
const FL_TAGS = ['Kundin', 'Lead, Webinar-Teilnehmer', 'Kunde Onlinekurs', 'Lead', 'Challenge 2024', 'Interesse Ausbildung, Lead', 'Kundin, VIP']
const FL_SOURCES = ['Formular Landingpage Challenge', 'Import', 'Formular Website Footer', 'Digistore24', 'Webinar-Anmeldung', 'Formular Freebie']
const flStatus = (c) => (who(c, 'de', 'dx').r1 < 0.78 ? 'bestätigt' : who(c, 'de', 'dx').r1 < 0.86 ? 'ausstehend' : who(c, 'de', 'dx').r1 < 0.92 ? 'abgewiesen' : who(c, 'de', 'dx').r1 < 0.97 ? 'fehlerhaft' : 'temporär blockiert')

// ---------------------------------------------------------------- Studiolution: a Graz hair salon's customer file
const SL_STAFF = ['Sabrina', 'Tanja', 'Kevin', 'Magdalena', 'keine Präferenz']
const SL_GROUPS = ['Stammkunde', 'Stammkunde', 'Neukunde', 'VIP', 'Stammkunde', 'Gelegenheitskunde']
const SL_NOTES = ['', '', 'Feines Haar, Farbe 7.1 + 20 Vol', 'Mag keine Haarspray', '', 'Kopfhaut empfindlich', 'Termin immer Freitag Vormittag', '']

// ---------------------------------------------------------------- Swiss21: a Winterthur IT firm's CRM contacts (firms across German-speaking Switzerland)
const S21_FIRMS = [['Brunner Haustechnik AG', 'brunner-haustechnik.ch', 'CHE-105.884.217', 'Tössfeldstrasse 31', '8406', 'Winterthur', 'ZH', '52'], ['Gerber Treuhand GmbH', 'gerber-treuhand.ch', 'CHE-341.220.908', 'Stadthausstrasse 71', '8400', 'Winterthur', 'ZH', '52'], ['Schreinerei Wyss AG', 'schreinerei-wyss.ch', 'CHE-112.903.455', 'Gewerbestrasse 9', '8404', 'Winterthur', 'ZH', '52'], ['Keller Logistik AG', 'keller-logistik.ch', 'CHE-208.117.336', 'Industriestrasse 44', '8302', 'Kloten', 'ZH', '44'], ['Physiotherapie am See GmbH', 'physio-am-see.ch', 'CHE-467.551.002', 'Seestrasse 120', '8712', 'Stäfa', 'ZH', '44'], ['Baumann Elektro AG', 'baumann-elektro.ch', 'CHE-101.562.743', 'Zürcherstrasse 210', '8500', 'Frauenfeld', 'TG', '52'], ['Gemeinde Neftenbach', 'neftenbach.ch', 'CHE-115.052.331', 'Zentralstrasse 41', '8413', 'Neftenbach', 'ZH', '52'], ['Frei Architekten AG', 'frei-architekten.ch', 'CHE-390.774.128', 'St. Gallerstrasse 3', '8500', 'Frauenfeld', 'TG', '52']]
const S21_JOBS = [['Geschäftsführer', 'Geschäftsleitung'], ['Leiterin Finanzen', 'Finanzen'], ['IT-Verantwortlicher', 'Informatik'], ['Inhaber', 'Geschäftsleitung'], ['Sachbearbeiterin Einkauf', 'Einkauf'], ['Leiter Betrieb', 'Betrieb'], ['Assistentin der Geschäftsleitung', 'Geschäftsleitung']]
const s21Firm = (c) => row(S21_FIRMS, n(c) % 8)
const s21Tel = (c) => `+41 ${s21Firm(c)[7]} ${v.int(seeded(c, 's21'), 200, 899)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`

// ---------------------------------------------------------------- Webador: a Utrecht plant and pottery shop's order lines
const WB_ITEMS = [['PL-MON-17', 'Monstera deliciosa (pot 17 cm)', 'Hoogte: 50 cm', 24.95], ['PT-TER-14', 'Terracotta pot handgemaakt', 'Maat: 14 cm', 12.5], ['PL-CAL-12', 'Calathea Orbifolia', '', 18.95], ['PT-GLZ-20', 'Geglazuurde bloempot Saliegroen', 'Maat: 20 cm', 29.95], ['PL-POT-SET', 'Stekjespakket (5 stekjes)', '', 14.95], ['AC-VOED-250', 'Plantenvoeding 250 ml', '', 7.95], ['CB-KADO-25', 'Cadeaubon', 'Waarde: € 25', 25]]
const wbItem = (o, i) => row(WB_ITEMS, n(o) + i)
const wbShip = (o, i) => (wbItem(o, i)[3] * o.qty >= 50 ? 0 : n(o) % 4 === 0 ? 0 : 5.95)
const wbDisc = (o, i) => (o.discount ? Math.round(wbItem(o, i)[3] * o.qty * 0.1 * 100) / 100 : 0)
const wbTotal = (o, i) => wbItem(o, i)[3] * o.qty + wbShip(o, i) - wbDisc(o, i)
const wbPay = (o) => row(['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'PayPal', 'Creditcard', 'iDEAL', 'Overschrijving'], n(o) >> 1)
const wbStatus = (o) => row(['Verzonden', 'Verzonden', 'In behandeling', 'Verzonden', 'Nieuw', 'Geannuleerd', 'Verzonden', 'Afgehaald'], n(o) >> 2)

// ---------------------------------------------------------------- CardGate: a Dutch bike-parts web shop's transactions
const CG_METHODS = [['iDEAL', 'ING'], ['iDEAL', 'Rabobank'], ['iDEAL', 'ABN AMRO'], ['Creditcard', 'Visa'], ['Bancontact', ''], ['PayPal', ''], ['iDEAL', 'ASN Bank'], ['Creditcard', 'Mastercard'], ['Klarna', ''], ['SOFORT Banking', ''], ['Giropay', ''], ['iDEAL', 'bunq']]
const cgMethod = (o) => row(CG_METHODS, n(o) >> 1)
const cgStatus = (o) => row(['Geslaagd', 'Geslaagd', 'Geslaagd', 'Mislukt', 'Geslaagd', 'Geannuleerd', 'Geslaagd', 'Terugbetaald', 'Geslaagd', 'Open'], n(o) % 10)
const cgCountry = (c, o) => { const m = cgMethod(o)[0]; return m === 'Bancontact' ? 'BE' : m === 'SOFORT Banking' || m === 'Giropay' ? 'DE' : 'NL' }
const cgAmount = (o) => Math.round(o.total * 100) / 100
const cgFee = (o) => { const m = cgMethod(o)[0]; return m === 'iDEAL' ? 0.29 : m === 'Creditcard' ? 0.25 + cgAmount(o) * 0.022 : m === 'PayPal' ? 0.35 + cgAmount(o) * 0.019 : m === 'Klarna' ? 0.35 + cgAmount(o) * 0.0299 : 0.39 }

// ---------------------------------------------------------------- Infobel Pro: Flemish firms (prospects of a Gent office-furniture dealer)
const IB_FIRMS = [['Bouwbedrijf Verstraete BV', 'BV', '41201', 'Algemene bouw van residentiële gebouwen', '20-49', 'verstraete-bouw.be'], ['Tandartsenpraktijk De Linde', 'BV', '86230', 'Tandartspraktijken', '5-9', 'tandartsdelinde.be'], ['Accountantskantoor Claes & Partners', 'CommV', '69201', 'Accountants en belastingconsulenten', '10-19', 'claespartners.be'], ['Transport Maes NV', 'NV', '49410', 'Goederenvervoer over de weg', '50-99', 'transportmaes.be'], ['Drukkerij Goossens', 'BV', '18120', 'Drukkerijen (excl. dagbladen)', '20-49', 'drukkerijgoossens.be'], ['VZW Kinderopvang Het Nestje', 'VZW', '88911', 'Kinderdagverblijven en crèches', '20-49', 'hetnestje.be'], ['Van Damme IT Solutions', 'BV', '62020', 'Advies op het gebied van informatietechnologie', '10-19', 'vandamme-it.be'], ['Garage Wouters NV', 'NV', '45113', 'Detailhandel in auto\'s', '10-19', 'garagewouters.be']]
const IB_JOBS = [['Zaakvoerder', 'Directie'], ['Gedelegeerd bestuurder', 'Directie'], ['Office manager', 'Administratie'], ['Financieel directeur', 'Financiën'], ['Aankoopverantwoordelijke', 'Aankoop'], ['HR-manager', 'Personeelszaken']]
const ibFirm = (c) => row(IB_FIRMS, n(c) % 8)
const IB_PLACES = [['Industrieweg 118', '9032', 'Wondelgem', 'Oost-Vlaanderen'], ['Kortrijksesteenweg 1088', '9051', 'Sint-Denijs-Westrem', 'Oost-Vlaanderen'], ['Kerkstraat 88', '9820', 'Merelbeke', 'Oost-Vlaanderen'], ['Skaldenstraat 7', '9042', 'Desteldonk', 'Oost-Vlaanderen'], ['Nijverheidsstraat 21', '9200', 'Dendermonde', 'Oost-Vlaanderen'], ['Dorp-West 41', '9080', 'Lochristi', 'Oost-Vlaanderen'], ['Ottergemsesteenweg-Zuid 808', '9000', 'Gent', 'Oost-Vlaanderen'], ['Brugsesteenweg 255', '9940', 'Evergem', 'Oost-Vlaanderen']]
const ibPlace = (c) => row(IB_PLACES, n(c) % 8)
const kbo = (c) => { const base = 400000000 + (n(c) * 7919) % 599999999; const num = Math.floor(base / 100) * 100; const chk = 97 - (Math.floor(num / 100) % 97); const s = String(Math.floor(num / 100) * 100 + chk).padStart(10, '0'); return `${s.slice(0, 4)}.${s.slice(4, 7)}.${s.slice(7)}` }

// ---------------------------------------------------------------- Clubplanner: a Gent fitness club's members
const CP_SUBS = ['All-in jaarabonnement', 'Fitness maandabonnement', 'Student maandabonnement', 'Beurtenkaart 10x', 'Groepslessen onbeperkt', 'Personal training pakket', 'Proefabonnement 2 weken']
const CP_STATUS = ['Actief', 'Actief', 'Actief', 'Actief', 'Inactief', 'Geschorst', 'Proef', 'Actief']
const rrn = (c) => { const p = bd(who(c, 'be').birth); const body = `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(n(c) % 997 + 1, 3)}`; const num = p.y >= 2000 ? +`2${body}` : +body; const chk = 97 - (num % 97); return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(chk)}` }

// ---------------------------------------------------------------- Webshipper: an Aarhus coffee-gear web shop's shipments
const WS_RATES = [['GLS', 'GLS Pakkeshop', true, 39], ['PostNord', 'PostNord MyPack Collect', true, 45], ['DAO', 'DAO Pakkeshop', true, 35], ['GLS', 'GLS Privatlevering', false, 59], ['PostNord', 'PostNord MyPack Home', false, 65], ['Bring', 'Bring Pakke til hentested', true, 42], ['GLS', 'GLS Erhvervspakke', false, 55]]
const WS_SHOPS = ['Netto Jægergårdsgade', 'Shell Viby Ringvej', 'Føtex Frederiks Allé', 'Coop 365 Trøjborg', 'Circle K Randersvej', 'Kvickly Viby', 'Rema 1000 Vesterbro']
const wsRate = (o) => row(WS_RATES, n(o) >> 1)
const wsStatus = (o) => row(['Afsendt', 'Afsendt', 'Afsendt', 'Klar til afsendelse', 'Afsendt', 'Fejlet', 'Annulleret', 'Afsendt'], n(o) >> 2)
const wsTrack = (o) => { const [carrier] = wsRate(o); const k = n(o) * 104729; return carrier === 'GLS' ? String(50000000000 + k % 9999999999) : carrier === 'PostNord' ? `00370712${pad(k % 1e10, 10)}` : carrier === 'DAO' ? `00057126${pad(k % 1e10, 10)}` : `3707${pad(k % 1e12, 12)}` }
const wsUrl = (o) => { const [carrier] = wsRate(o); const t = wsTrack(o); return carrier === 'GLS' ? `https://gls-group.eu/DK/da/find-pakke?match=${t}` : carrier === 'PostNord' ? `https://tracking.postnord.com/dk/?id=${t}` : carrier === 'DAO' ? `https://www.dao.as/privat/find-din-pakke?stregkode=${t}` : `https://tracking.bring.dk/tracking/${t}` }
const dkk = (n) => thou(n, '.', ',')

// ---------------------------------------------------------------- Brønnøysund: legal units around Bergen
// [name template ({S} = a place or family stem), form code, form, NACE, NACE text, employees, sector]
const NO_FIRMS = [['{S} RØRLEGGERSERVICE AS', 'AS', 'Aksjeselskap', '43.220', 'VVS-arbeid', 14, 'Private aksjeselskaper mv.'], ['{S} REGNSKAP AS', 'AS', 'Aksjeselskap', '69.201', 'Regnskap og bokføring', 6, 'Private aksjeselskaper mv.'], ['{S} TANNKLINIKK AS', 'AS', 'Aksjeselskap', '86.230', 'Tannhelsetjenester', 9, 'Private aksjeselskaper mv.'], ['{S} ELEKTRO ANS', 'ANS', 'Ansvarlig selskap', '43.210', 'Elektrisk installasjonsarbeid', 4, 'Personlig næringsdrivende'], ['{S} BAKERI AS', 'AS', 'Aksjeselskap', '10.710', 'Produksjon av brød og ferske konditorvarer', 23, 'Private aksjeselskaper mv.'], ['{S} HÅRSTUDIO', 'ENK', 'Enkeltpersonforetak', '96.021', 'Frisering', 0, 'Personlig næringsdrivende'], ['{S} IDRETTSLAG', 'FLI', 'Forening/lag/innretning', '93.120', 'Idrettslag og -klubber', 0, 'Ideelle organisasjoner'], ['{S} TRANSPORT AS', 'AS', 'Aksjeselskap', '49.410', 'Godstransport på vei', 31, 'Private aksjeselskaper mv.']]
const NO_STEMS = ['FJELLSIDEN', 'SOLHEIM', 'HAUGE', 'VESTLANDS', 'NYGÅRD', 'ÅSANE', 'KVAMME', 'BREKKE', 'SANDVIKEN', 'FANA', 'LIE', 'MØHLENPRIS']
const NO_PLACES = [['Kanalveien 58', '5068', 'BERGEN', 'BERGEN', '4601'], ['Åsane senter 44', '5116', 'ULSET', 'BERGEN', '4601'], ['Litleåsvegen 62', '5132', 'NYBORG', 'BERGEN', '4601'], ['Sandslimarka 251', '5254', 'SANDSLI', 'BERGEN', '4601'], ['Kokstaddalen 16', '5257', 'KOKSTAD', 'BERGEN', '4601'], ['Straume Terminal 6', '5353', 'STRAUME', 'ØYGARDEN', '4626'], ['Knarvik senter', '5914', 'ISDALSTØ', 'ALVER', '4631'], ['Sævareidvegen 3', '5650', 'TYSSE', 'SAMNANGER', '4623']]
const noKind = (c) => row(NO_FIRMS, n(c) % 8)
const noFirm = (c) => { const k = noKind(c); return [k[0].replace('{S}', row(NO_STEMS, (n(c) >> 3) % 12)), ...k.slice(1)] }
const noReg = (c) => Date.UTC(1995 + n(c) % 29, n(c) % 12, 1 + n(c) % 28)
const noPlace = (c) => row(NO_PLACES, (n(c) >> 3) % 8)
const orgnr = (c, base = 910000000) => { const w = [3, 2, 7, 6, 5, 4, 3, 2]; let k = base + (n(c) * 7919) % 89999999; for (;;) { const d = String(Math.floor(k / 10)).padStart(8, '0').slice(-8); const s = w.reduce((a, x, j) => a + x * +d[j], 0); const r = 11 - (s % 11); if (r === 10) { k += 10; continue } return `${String(Math.floor(k / 10)).slice(0, 8)}${r === 11 ? 0 : r}` } }
const noHome = (c) => `www.${slug(noFirm(c)[0].replace(/ (AS|ANS)$/, '').replace('IDRETTSLAG', 'IL')).slice(0, 22)}.no`

export const SETS = [
  // ---------------------------------------------------------------- Germany: appointment bookings
  { name: 'terminland-termine-werkstatt-de', product: 'Terminland (Online-Terminvergabe; Terminverwaltung > Termine > Export als CSV, one row per booked appointment, German UI, a Münster VW/Škoda dealer\'s service workshop)', family: 'booking', language: 'de', schema: E, cols: [
    ['Termin-Nr.', (c, o) => `T${pad(2400000 + n(o) * 37 % 600000, 7)}`, ['_id', OR('purchaseID')]],
    ['Gebucht am', (c, o) => { const p = cet(office(o.at)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Termin-Datum', (c, o) => dmy(tlStart(o).p), [], opt],
    ['Beginn', (c, o) => tlStart(o).slot, []],
    ['Ende', (c, o) => tlEnd(o), []],
    ['Dauer (Min.)', (c, o) => String(row(TL_TYPES, n(o))[1]), []],
    ['Terminart', (c, o) => row(TL_TYPES, n(o))[0], [PL('name')]],
    ['Kalender', (c, o) => row(['Serviceannahme 1', 'Serviceannahme 2', 'Reifenservice', 'Serviceannahme 1', 'HU-Prüfstand'], n(o) % 5), []],
    ['Standort', (c, o) => (n(o) % 3 ? 'Autohaus Münster-Hiltrup' : 'Autohaus Münster-Mitte'), ['commerce.commerceScope.storeCode'], opt],
    ['Status', (c, o) => tlStatus(o), []],
    ['Anrede', (c) => (who(c, 'de').female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => who(c, 'de').first, []],
    ['Nachname', (c) => who(c, 'de').last, []],
    ['E-Mail', (c) => who(c, 'de').email, EMAIL_ID],
    ['Telefon', (c) => who(c, 'de').mobile, PHONE_ID, opt],
    ['Kundennummer', (c) => (who(c, 'de').r2 < 0.7 ? String(10000 + n(c) % 90000) : ''), CUST_ID, opt],
    ['Amtl. Kennzeichen', (c) => { const w = who(c, 'de'); return `${row(TL_PLATE, n(c))}-${String.fromCharCode(65 + (n(c) % 26))}${w.r3 < 0.5 ? String.fromCharCode(65 + (n(c) >> 5) % 26) : ''} ${10 + n(c) % 9980}${w.r1 < 0.05 ? 'E' : ''}` }, []],
    ['Fahrzeugmodell', (c) => row(TL_MODELS, n(c) >> 2), []],
    ['Kilometerstand', (c, o) => String(8000 + (n(c) * 13 + n(o)) % 160000), []],
    ['Ersatzwagen gewünscht', (c, o) => (n(o) % 4 === 0 ? 'Ja' : 'Nein'), []],
    ['Richtpreis (EUR)', (c, o) => row(TL_TYPES, n(o))[2], [OR('priceTotal')], opt],
    ['Bemerkung des Kunden', (c, o, r) => v.pick(r, ['', '', '', 'Quietschen beim Bremsen', 'Bitte Scheibenwischer prüfen', 'Warte im Kundenbereich', 'Winterräder sind eingelagert']), []],
    ['Buchungskanal', (c, o) => row(['Online', 'Online', 'Telefon', 'Online', 'Vor Ort'], n(o) % 5), [], opt],
    ['Storniert am', (c, o) => { if (tlStatus(o) !== 'storniert') return ''; const p = cet(office(o.at) + day); return `${dmy(p)} ${hm(p)}` }, [OR('cancelDate')], opt],
    ['Erinnerung gesendet', (c, o) => (tlStatus(o) === 'gebucht' ? 'nein' : 'ja'), []],
  ] },
  // ---------------------------------------------------------------- Germany: shipping broker parcels
  { name: 'letmeship-sendungsarchiv-de', product: 'LetMeShip (Geschäftskundenportal; Archiv > Sendungen > Export CSV, one row per shipment booked through the broker, German UI, a Bielefeld machine-parts supplier shipping to Germany and Europe)', family: 'shipments', language: 'de', schema: E, cols: [
    ['Auftragsnummer', (c, o) => `LMS-${pad(6000000 + n(o) * 131 % 3000000, 8)}`, ['_id']],
    ['Erstellt am', (c, o) => { const p = cet(office(o.at)); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Ihre Referenz', (c, o) => `AB-${20000 + n(o) % 9000}`, [OR('purchaseID')], opt],
    ['Transportdienstleister', (c, o) => row(LMS, n(o))[0], ['commerce.shipping.shippingMethod'], opt],
    ['Service', (c, o) => row(LMS, n(o))[1], ['commerce.shipping.shippingMethod']],
    ['Sendungsnummer', (c, o) => (lmsStatus(o) === 'Beauftragt' || lmsStatus(o) === 'Storniert' ? '' : lmsTrack(o)), ['commerce.shipping.trackingNumber']],
    ['Abholdatum', (c, o) => dmy(cet(office(o.at) + day)), ['commerce.shipping.shipDate'], opt],
    ['Absender Firma', () => 'Kröger Antriebstechnik GmbH', []],
    ['Empfänger Firma', (c, o) => row(LMS_DEST, n(o) >> 1)[0], []],
    ['Empfänger Ansprechpartner', (c) => c.full, []],
    ['Empfänger Straße', (c, o) => row(LMS_DEST, n(o) >> 1)[1], [SHIP('street1')]],
    ['Empfänger Adresszusatz', (c, o) => row(LMS_DEST, n(o) >> 1)[2], [SHIP('street2')]],
    ['Empfänger PLZ', (c, o) => row(LMS_DEST, n(o) >> 1)[3], [SHIP('postalCode')]],
    ['Empfänger Ort', (c, o) => row(LMS_DEST, n(o) >> 1)[4], [SHIP('city')]],
    ['Empfänger Land', (c, o) => row(LMS_DEST, n(o) >> 1)[5], [SHIP('countryCode')]],
    ['Empfänger E-Mail', (c, o) => (n(c) % 4 === 0 ? '' : `${slug(c.first)[0]}.${slug(c.last)}@${lmsDomain(o)}`), EMAIL_ID, opt],
    ['Empfänger Telefon', (c, o) => `${LMS_PREFIX[row(LMS_DEST, n(o) >> 1)[5]]} ${v.int(seeded(c, 'lmst'), 100000, 999999)}${pad(n(c) % 100)}`, PHONE_ID, opt],
    ['Anzahl Packstücke', (c, o) => String(o.qty > 2 ? 2 : 1), []],
    ['Gewicht (kg)', (c, o) => dec(o.qty * 3.4 + (n(o) % 7) * 0.55), []],
    ['Maße (LxBxH cm)', (c, o) => row(['40x30x20', '60x40x40', '30x20x15', '80x60x40'], n(o) % 4), []],
    ['Inhalt', (c, o) => row(LMS_GOODS, n(o) >> 3), [PL('name')], opt],
    ['Warenwert (EUR)', (c, o) => dec(o.total * 6), [OR('priceTotal')], opt],
    ['Versicherung', (c, o) => (n(o) % 3 === 0 ? 'Ja' : 'Nein'), []],
    ['Preis netto (EUR)', (c, o) => dec(lmsCost(o)), ['commerce.shipping.shippingAmount']],
    ['Preis brutto (EUR)', (c, o) => dec(lmsCost(o) * 1.19), ['commerce.shipping.shippingAmount'], opt],
    ['Status', (c, o) => lmsStatus(o), []],
    ['Zugestellt am', (c, o) => { if (lmsStatus(o) !== 'Zugestellt') return ''; const p = cet(office(office(o.at) + 2 * day + 5 * 3600000)); return `${dmy(p)} ${hm(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: invoices
  { name: 'accounto-rechnungen-ch-de', product: 'Accounto (Buchhaltung für KMU; Verkauf > Rechnungen > Liste exportieren, one row per outgoing invoice, Swiss German UI, a Zürich web agency billing in CHF with 8.1 % MWST)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Rechnungsnummer', (c, o) => `RE-${cet(accDate(o)).y}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
    ['Rechnungsdatum', (c, o) => dmy(cet(accDate(o))), ['timestamp', OR('createdDate')]],
    ['Fällig am', (c, o) => dmy(cet(accDate(o) + 30 * day)), []],
    ['Status', (c, o) => accStatus(o), []],
    ['Kundennummer', (c) => String(1000 + n(c) % 400), CUST_ID, opt],
    ['Kunde', (c, o) => { const [firm, k] = row(ACC_CUST, n(o) >> 1); return k === 'c' ? firm : who(c, 'ch').full }, []],
    ['Kontaktperson', (c, o) => (row(ACC_CUST, n(o) >> 1)[1] === 'c' ? who(c, 'ch').full : ''), []],
    ['E-Mail', (c, o) => { const w = who(c, 'ch'); const [firm, k] = row(ACC_CUST, n(o) >> 1); return k === 'c' ? `${slug(w.first)}.${slug(w.last)}@${slug(firm.split(' ')[0])}.ch` : w.email }, EMAIL_ID, opt],
    ['Strasse', (c) => who(c, 'ch').street, [BILL('street1')]],
    ['PLZ', (c) => who(c, 'ch').zip, [BILL('postalCode')]],
    ['Ort', (c) => who(c, 'ch').city, [BILL('city')]],
    ['Land', () => 'CH', [BILL('countryCode')]],
    ['Titel', (c, o) => { const [job] = row(ACC_JOBS, n(o)); return job === 'Wartung Website Q' ? `${job}${1 + (cet(accDate(o)).m - 1) / 3 | 0}/${cet(accDate(o)).y}` : job }, []],
    ['Betrag exkl. MWST', (c, o) => chf(accNet(o) - accDisc(o)), [], opt],
    ['Rabatt', (c, o) => (accDisc(o) ? chf(accDisc(o)) : '0.00'), [OR('discountAmount')]],
    ['MWST-Satz', () => '8.1%', []],
    ['MWST-Betrag', (c, o) => chf(accVat(o)), [OR('taxAmount')]],
    ['Total inkl. MWST', (c, o) => chf(accTotal(o)), [OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => row(['QR-Rechnung', 'QR-Rechnung', 'eBill', 'QR-Rechnung', 'LSV+'], n(o) % 5), [OR('payments[0].paymentType')], opt],
    ['QR-Referenz', (c, o) => qrRef(o).replace(/^(\d{2})(\d{5})(\d{5})(\d{5})(\d{5})(\d{5})$/, '$1 $2 $3 $4 $5 $6'), [], opt],
    ['Bezahlt am', (c, o) => (accStatus(o) === 'Bezahlt' ? dmy(cet(accDate(o) + ((n(o) % 25) + 4) * day)) : ''), [], opt],
    ['Bezahlter Betrag', (c, o) => (accStatus(o) === 'Bezahlt' ? chf(accTotal(o)) : '0.00'), [OR('payments[0].paymentAmount')]],
    ['Offener Betrag', (c, o) => (accStatus(o) === 'Offen' || accStatus(o) === 'Überfällig' ? chf(accTotal(o)) : '0.00'), []],
    ['Mahnstufe', (c, o) => (accStatus(o) === 'Überfällig' ? String(1 + n(o) % 2) : '0'), []],
  ] },
  // ---------------------------------------------------------------- Germany: newsletter contacts
  { name: '4leads-kontakte-export-de', product: '4leads (E-Mail-Marketing; Kontakte > Kontaktübersicht > Kontakte exportieren, one row per contact, German UI, an online yoga academy\'s newsletter and course list)', family: 'email', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c) => String(3100000 + n(c) * 7 % 900000), ID],
    ['E-Mail', (c) => who(c, 'de', 'dx').email, ['personalEmail.address']],
    ['E-Mail-Status', (c) => flStatus(c), ['personalEmail.status'], opt],
    ['Anrede', (c) => (who(c, 'de', 'dx').r2 < 0.15 ? '' : who(c, 'de', 'dx').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => who(c, 'de', 'dx').first, ['person.name.firstName']],
    ['Nachname', (c) => (who(c, 'de', 'dx').r3 < 0.25 ? '' : who(c, 'de', 'dx').last), ['person.name.lastName']],
    ['Firma', (c) => (who(c, 'de', 'dx').r3 > 0.85 ? row(['Praxis für Physiotherapie Lange', 'Yogaraum Kreuzberg', 'Kita Sonnenschein e.V.'], n(c)) : ''), ['organizations[0]']],
    ['Telefon', (c) => (who(c, 'de', 'dx').r1 < 0.3 ? who(c, 'de', 'dx').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Straße', (c) => (who(c, 'de', 'dx').r2 < 0.4 ? who(c, 'de', 'dx').street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (who(c, 'de', 'dx').r2 < 0.4 ? who(c, 'de', 'dx').zip : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (who(c, 'de', 'dx').r2 < 0.4 ? who(c, 'de', 'dx').city : ''), at(HOME, 'city')],
    ['Land', (c) => (who(c, 'de', 'dx').r2 < 0.4 ? 'Deutschland' : ''), at(HOME, 'country')],
    ['Geburtstag', (c) => (who(c, 'de', 'dx').r1 > 0.55 ? dmy(bd(who(c, 'de', 'dx').birth)) : ''), ['person.birthDate']],
    ['Opt-in-Themen', (c) => row(FL_TOPICS, n(c)), []],
    ['Opt-in-Datum', (c) => { const p = cet(c.created); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Opt-in-IP', (c, o, r) => `${v.pick(r, ['84', '91', '217', '188', '46'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, []],
    ['Kontaktquelle', (c) => row(FL_SOURCES, n(c) >> 1), []],
    ['Tags', (c) => row(FL_TAGS, n(c) >> 2), []],
    ['Erstellt am', (c) => { const p = cet(c.created); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Zuletzt geändert', (c) => { const p = cet(later(c)); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Letzte Öffnung', (c) => (flStatus(c) === 'bestätigt' ? dmy(cet(later(c, 200))) : ''), []],
    ['Digistore24 Käufer-ID', (c) => (row(FL_TAGS, n(c) >> 2).startsWith('Kund') ? `${v.int(seeded(c, 'ds'), 10000000, 99999999)}` : ''), [], opt],
    ['Kurs gekauft', (c) => (row(FL_TAGS, n(c) >> 2).startsWith('Kund') ? row(['Rückenyoga Onlinekurs', '30 Tage Yoga Challenge', 'Yogalehrer Ausbildung 200h'], n(c)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Austria: salon customer file
  { name: 'studiolution-kundenkartei-at-de', product: 'Studiolution (Salonsoftware; Kunden > Kundenkartei > Export, one row per customer, Austrian German UI, a Graz hair salon with a Bonuspunkte programme)', family: 'crm', language: 'de', schema: P, cols: [
    ['Kunden-Nr.', (c) => String(n(c) % 9000 + 1000), ID],
    ['Anrede', (c) => (who(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (who(c, 'at').r1 < 0.12 ? row(['Mag.', 'Dr.', 'DI', 'Ing.', 'MMag.'], n(c)) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => who(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'at').last, ['person.name.lastName']],
    ['Geschlecht', (c) => (who(c, 'at').female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtsdatum', (c) => (who(c, 'at').r2 < 0.7 ? dmy(bd(who(c, 'at').birth)) : ''), ['person.birthDate']],
    ['Straße', (c) => (who(c, 'at').r3 < 0.65 ? who(c, 'at').street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (who(c, 'at').r3 < 0.65 ? who(c, 'at').zip : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (who(c, 'at').r3 < 0.65 ? who(c, 'at').city : ''), at(HOME, 'city')],
    ['Land', (c) => (who(c, 'at').r3 < 0.65 ? 'Österreich' : ''), at(HOME, 'country')],
    ['Telefon', (c) => (who(c, 'at').r1 > 0.8 ? `+43 316 ${v.int(seeded(c, 'tel'), 200000, 899999)}` : ''), ['homePhone.number']],
    ['Mobil', (c) => who(c, 'at').mobile, ['mobilePhone.number']],
    ['E-Mail', (c) => (who(c, 'at').r2 < 0.85 ? who(c, 'at').email : ''), ['personalEmail.address']],
    ['Kundengruppe', (c) => row(SL_GROUPS, n(c) >> 1), ['loyalty.tier'], opt],
    ['Bonuspunkte', (c) => String((n(c) * 37) % 640), ['loyalty.points']],
    ['Gutscheinguthaben', (c) => (n(c) % 5 === 0 ? dec(row([25, 50, 35, 80], n(c) >> 3)) : '0,00'), []],
    ['Umsatz gesamt', (c) => thou(80 + (n(c) * 31) % 2600), ['loyalty.lifetimePurchases'], opt],
    ['Anzahl Besuche', (c) => String(1 + n(c) % 38), []],
    ['Erster Besuch', (c) => dmy(cet(c.created)), [], opt],
    ['Letzter Besuch', (c) => dmy(cet(later(c, 300))), []],
    ['Bevorzugte Mitarbeiterin', (c) => row(SL_STAFF, n(c) >> 2), []],
    ['SMS-Erinnerung', (c) => (who(c, 'at').r1 < 0.75 ? 'Ja' : 'Nein'), []],
    ['Newsletter', (c) => (who(c, 'at').r2 < 0.45 ? 'Ja' : 'Nein'), []],
    ['Notiz', (c) => row(SL_NOTES, n(c) >> 1), []],
    ['Angelegt am', (c) => { const p = cet(office(c.created)); return `${dmy(p)} ${hm(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: CRM contacts
  { name: 'swiss21-crm-kontakte-ch-de', product: 'Swiss21 (swiss21.org Business-Plattform; CRM > Kontakte > Exportieren, one row per contact person with its firm, Swiss German UI, a Winterthur IT-support firm\'s customer contacts)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-Nr.', (c) => `K-${pad(n(c) % 100000, 5)}`, B2BID],
    ['Firma', (c) => s21Firm(c)[0], CO],
    ['Anrede', (c) => (who(c, 'ch').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => who(c, 'ch').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'ch').last, ['person.name.lastName']],
    ['Funktion', (c) => row(S21_JOBS, n(c) >> 1)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(S21_JOBS, n(c) >> 1)[1], ['extendedWorkDetails.departments[0]']],
    ['E-Mail', (c) => `${slug(who(c, 'ch').first)}.${slug(who(c, 'ch').last)}@${s21Firm(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefon Geschäft', (c) => s21Tel(c), ['workPhone.number']],
    ['Mobile', (c) => (who(c, 'ch').r1 < 0.6 ? who(c, 'ch').mobile : ''), ['mobilePhone.number']],
    ['Strasse', (c) => s21Firm(c)[3], at(WH, 'street1')],
    ['PLZ', (c) => s21Firm(c)[4], at(WH, 'postalCode')],
    ['Ort', (c) => s21Firm(c)[5], at(WH, 'city')],
    ['Kanton', (c) => s21Firm(c)[6], STATE(WH)],
    ['Land', () => 'Schweiz', at(WH, 'country')],
    ['Website', (c) => `www.${s21Firm(c)[1]}`, ['b2b.companyWebsite']],
    ['UID', (c) => s21Firm(c)[2], ACCT, opt],
    ['Korrespondenzsprache', (c) => (who(c, 'ch').r2 < 0.92 ? 'Deutsch' : 'Französisch'), []],
    ['Geburtstag', (c) => (who(c, 'ch').r3 < 0.3 ? dmy(bd(who(c, 'ch').birth)) : ''), ['person.birthDate']],
    ['Kategorie', (c) => row(['Kunde', 'Kunde', 'Interessent', 'Kunde', 'Partner', 'Lieferant'], n(c) >> 3), ['b2b.personType'], opt],
    ['Zuständig', (c) => row(['Reto Baumann', 'Nadine Frei', 'Reto Baumann', 'Adrian Graf'], n(c) % 4), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', '', 'Wartungsvertrag bis 12/2025', 'Bevorzugt Kontakt per E-Mail', 'Entscheidet über IT-Budget']), []],
    ['Erstellt am', (c) => { const p = cet(office(c.created)); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => { const p = cet(office(later(c))); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: web-shop order lines
  { name: 'webador-bestellingen-export-nl', product: 'Webador (websitebouwer met webwinkel; Webwinkel > Bestellingen > Exporteren naar CSV, one row per order line, Dutch UI, a Utrecht plant and pottery shop)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(1000 + n(o) % 9000), [OR('purchaseID')]],
    ['Besteldatum', (c, o) => { const p = cet(o.at); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => wbStatus(o), []],
    ['Betaalstatus', (c, o) => (wbStatus(o) === 'Geannuleerd' ? 'Niet betaald' : wbPay(o) === 'Overschrijving' && wbStatus(o) === 'Nieuw' ? 'Open' : 'Betaald'), []],
    ['Betaalmethode', (c, o) => wbPay(o), [OR('payments[0].paymentType')]],
    ['Voornaam', (c) => who(c, 'nl').first, []],
    ['Achternaam', (c) => who(c, 'nl').lastFull, []],
    ['E-mailadres', (c) => who(c, 'nl').email, EMAIL_ID],
    ['Telefoonnummer', (c) => (who(c, 'nl').r2 < 0.6 ? who(c, 'nl').mobile : ''), PHONE_ID, opt],
    ['Factuuradres', (c) => who(c, 'nl').street, [BILL('street1')]],
    ['Postcode', (c) => who(c, 'nl').zip, [BILL('postalCode')]],
    ['Plaats', (c) => who(c, 'nl').city, [BILL('city')]],
    ['Land', () => 'Nederland', [BILL('country')]],
    ['Afleveradres', (c, o) => (n(o) % 5 === 0 ? 'Biltstraat 140' : who(c, 'nl').street), [SHIP('street1')]],
    ['Postcode aflevering', (c, o) => (n(o) % 5 === 0 ? '3572 BN' : who(c, 'nl').zip), [SHIP('postalCode')]],
    ['Plaats aflevering', (c, o) => (n(o) % 5 === 0 ? 'Utrecht' : who(c, 'nl').city), [SHIP('city')]],
    ['Land aflevering', () => 'Nederland', [SHIP('country')]],
    ['Artikelnummer', (c, o, r, i) => wbItem(o, i)[0], [PL('SKU')]],
    ['Product', (c, o, r, i) => wbItem(o, i)[1], [PL('name')]],
    ['Variant', (c, o, r, i) => wbItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per stuk', (c, o, r, i) => dec(wbItem(o, i)[3]), [], opt],
    ['Regeltotaal', (c, o, r, i) => dec(wbItem(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['Kortingscode', (c, o) => (o.discount ? 'GROEN10' : ''), ['commerce.promotionID'], opt],
    ['Korting', (c, o, r, i) => dec(wbDisc(o, i)), [OR('discountAmount')]],
    ['Verzendmethode', (c, o, r, i) => (wbStatus(o) === 'Afgehaald' ? 'Afhalen in de winkel' : wbShip(o, i) === 0 && wbItem(o, i)[3] * o.qty < 50 ? 'Brievenbuspakje PostNL' : 'PostNL Pakket'), ['commerce.shipping.shippingMethod']],
    ['Verzendkosten', (c, o, r, i) => dec(wbShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Btw', (c, o, r, i) => dec(wbTotal(o, i) - wbTotal(o, i) / 1.21), [OR('taxAmount')], opt],
    ['Totaal', (c, o, r, i) => dec(wbTotal(o, i)), [OR('priceTotal')]],
    ['Opmerking klant', (c, o, r) => v.pick(r, ['', '', '', 'Graag bij de buren afgeven als ik niet thuis ben', 'Is een cadeau, geen prijs bijvoegen']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: payment transactions
  { name: 'cardgate-transacties-nl', product: 'CardGate (Merchant backoffice; Transacties > Zoeken > Exporteren (CSV), one row per payment transaction, Dutch UI, an Amersfoort bike-parts web shop)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie ID', (c, o) => `T${pad(102400000 + n(o) * 733 % 90000000, 10)}`, [OR('payments[0].transactionID')]],
    ['Referentie', (c, o) => `FW${200000 + n(o) % 90000}`, [OR('purchaseID')]],
    ['Datum', (c, o) => { const p = cet(o.at); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp']],
    ['Site', () => 'fietswinkel-onderdelen.nl', [], opt],
    ['Betaalmethode', (c, o) => cgMethod(o)[0], [OR('payments[0].paymentType')]],
    ['Issuer', (c, o) => cgMethod(o)[1], []],
    ['Bedrag', (c, o) => dec(cgAmount(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o) => cgStatus(o), []],
    ['Omschrijving', (c, o) => `Bestelling FW${200000 + n(o) % 90000}`, [], opt],
    ['Naam klant', (c, o) => (cgCountry(c, o) === 'NL' ? who(c, 'nl').full : cgCountry(c, o) === 'BE' ? who(c, 'be').full : c.full), []],
    ['E-mail klant', (c, o) => (cgCountry(c, o) === 'NL' ? who(c, 'nl').email : cgCountry(c, o) === 'BE' ? who(c, 'be').email : c.email), EMAIL_ID],
    ['Land', (c, o) => cgCountry(c, o), ['placeContext.geo.countryCode', BILL('countryCode')], opt],
    ['IP-adres', (c, o, r) => `${v.pick(r, ['83.84', '145.53', '217.62', '62.45', '94.210', '86.81'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Rekeninghouder', (c, o) => (cgMethod(o)[0] === 'iDEAL' ? `${who(c, 'nl').first[0]}. ${who(c, 'nl').lastFull}` : ''), []],
    ['IBAN consument', (c, o) => (cgMethod(o)[0] === 'iDEAL' ? `NL${pad(10 + n(c) % 89)}${row(['INGB', 'RABO', 'ABNA', 'ASNB', 'BUNQ'], n(o))}******${pad(n(c) % 10000, 4)}` : ''), []],
    ['Kaartnummer', (c, o) => (cgMethod(o)[0] === 'Creditcard' ? `${cgMethod(o)[1] === 'Visa' ? '4' : '5'}${pad(n(c) % 100000, 5)}******${pad(n(o) % 10000, 4)}` : ''), []],
    ['3D Secure', (c, o) => (cgMethod(o)[0] === 'Creditcard' ? 'Ja' : ''), []],
    ['Kosten', (c, o) => dec(cgFee(o)), []],
    ['Terugbetaald bedrag', (c, o) => (cgStatus(o) === 'Terugbetaald' ? dec(cgAmount(o)) : '0,00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Datum terugbetaling', (c, o) => (cgStatus(o) === 'Terugbetaald' ? dmy(cet(o.at + 6 * day), '-') : ''), [], opt],
    ['Uitbetaald', (c, o) => (cgStatus(o) === 'Geslaagd' ? 'Ja' : 'Nee'), []],
  ] },
  // ---------------------------------------------------------------- Belgium: company-data prospect list
  { name: 'infobel-pro-prospectlijst-be-nl', product: 'Infobel Pro (Kapitol; Zoeken > Selectie > Exporteren naar Excel/CSV, one row per company with its key contact, Dutch UI, a Gent office-furniture dealer\'s prospect list of East-Flemish firms)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Infobel ID', (c) => `BE${pad(n(c) * 4409 % 100000000, 9)}`, [...B2BID, ...ACCT], opt],
    ['Ondernemingsnummer', (c) => kbo(c), ACCT],
    ['Bedrijfsnaam', (c) => ibFirm(c)[0], CO],
    ['Rechtsvorm', (c) => ibFirm(c)[1], []],
    ['Adres', (c) => ibPlace(c)[0], [W('street1')]],
    ['Postcode', (c) => ibPlace(c)[1], [W('postalCode')]],
    ['Gemeente', (c) => ibPlace(c)[2], [W('city')]],
    ['Provincie', (c) => ibPlace(c)[3], STATE(['workAddress'])],
    ['Telefoon', (c) => `09 ${v.int(seeded(c, 'ibt'), 210, 399)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}`, ['workPhone.number']],
    ['Fax', (c) => (who(c, 'be').r1 < 0.25 ? `09 ${v.int(seeded(c, 'ibf'), 210, 399)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}` : ''), ['faxPhone.number']],
    ['E-mail', (c) => `info@${ibFirm(c)[5]}`, ['workEmail.address'], opt],
    ['Website', (c) => `www.${ibFirm(c)[5]}`, ['b2b.companyWebsite']],
    ['NACE-BEL code', (c) => ibFirm(c)[2], []],
    ['Activiteit', (c) => ibFirm(c)[3], []],
    ['Personeelsklasse', (c) => ibFirm(c)[4], []],
    ['Omzetklasse', (c) => row(['< 1 mio EUR', '1 - 2 mio EUR', '2 - 5 mio EUR', '5 - 10 mio EUR'], n(c) % 4), []],
    ['Oprichtingsdatum', (c) => dmy(bd(Date.UTC(1968 + n(c) % 50, n(c) % 12, 1 + n(c) % 28)), '/'), []],
    ['Aanspreking', (c) => (who(c, 'be').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => who(c, 'be').first, ['person.name.firstName']],
    ['Naam', (c) => who(c, 'be').last, ['person.name.lastName']],
    ['Functie', (c) => row(IB_JOBS, n(c) >> 1)[0], ['extendedWorkDetails.jobTitle']],
    ['Departement', (c) => row(IB_JOBS, n(c) >> 1)[1], ['extendedWorkDetails.departments[0]']],
    ['GSM', (c) => (who(c, 'be').r2 < 0.35 ? who(c, 'be').mobile : ''), ['mobilePhone.number']],
    ['Taal', () => 'NL', []],
  ] },
  // ---------------------------------------------------------------- Belgium: fitness-club members
  { name: 'clubplanner-leden-be-nl', product: 'Clubplanner (fitness- en clubsoftware; Leden > Ledenlijst > Exporteren, one row per member with card/badge, Flemish Dutch UI, a Gent fitness club)', family: 'memberships', language: 'nl', schema: P, cols: [
    ['Lidnummer', (c) => String(n(c) % 8000 + 100), ID],
    ['Badgenummer', (c) => `04${(n(c) * 2654435761 >>> 0).toString(16).toUpperCase().padStart(8, '0')}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Voornaam', (c) => who(c, 'be').first, ['person.name.firstName']],
    ['Naam', (c) => who(c, 'be').last, ['person.name.lastName']],
    ['Geslacht', (c) => (who(c, 'be').female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => dmy(bd(who(c, 'be').birth), '/'), ['person.birthDate']],
    ['Rijksregisternummer', (c) => (who(c, 'be').r3 < 0.55 ? rrn(c) : ''), ['person.taxId'], opt],
    ['Straat', (c) => who(c, 'be').street.replace(/ \d+$/, ''), at(HOME, 'street1')],
    ['Huisnummer', (c) => who(c, 'be').street.match(/\d+$/)[0], [], opt],
    ['Postcode', (c) => who(c, 'be').zip, at(HOME, 'postalCode')],
    ['Gemeente', (c) => who(c, 'be').city, at(HOME, 'city')],
    ['Land', () => 'België', at(HOME, 'country')],
    ['GSM', (c) => who(c, 'be').mobile, ['mobilePhone.number']],
    ['E-mail', (c) => who(c, 'be').email, ['personalEmail.address']],
    ['Abonnement', (c) => row(CP_SUBS, n(c) >> 1), [], opt],
    ['Status', (c) => row(CP_STATUS, n(c) >> 2), ['loyalty.status'], opt],
    ['Lid sinds', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Einddatum abonnement', (c) => { const sub = row(CP_SUBS, n(c) >> 1); return sub.includes('maand') ? '' : dmy(cet(sub.startsWith('Proef') ? c.created + 14 * day : later(c, 365)), '/') }, []],
    ['Resterende beurten', (c) => (row(CP_SUBS, n(c) >> 1).startsWith('Beurtenkaart') ? String(n(c) % 10) : ''), []],
    ['Laatste bezoek', (c) => { const p = cet(office(later(c, 200))); return `${dmy(p, '/')} ${hm(p)}` }, []],
    ['Aantal bezoeken', (c) => String(n(c) % 240), []],
    ['Openstaand saldo', (c) => (n(c) % 9 === 0 ? dec(row([39.9, 29, 79.8], n(c))) : '0,00'), []],
    ['Vestiging', (c) => (n(c) % 3 ? 'Gent Zuid' : 'Gent Dok Noord'), []],
    ['Nieuwsbrief', (c) => (who(c, 'be').r1 < 0.6 ? 'Ja' : 'Nee'), []],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', '', 'Knieblessure - geen sprongen', 'Via bedrijfsfitness (Ghelamco)', 'Domiciliëring weigerde 1x']), []],
  ] },
  // ---------------------------------------------------------------- Denmark: shipments
  { name: 'webshipper-forsendelser-da', product: 'Webshipper (forsendelsesplatform; Forsendelser > Eksportér (CSV), one row per shipment, Danish UI, an Aarhus coffee-gear web shop shipping Shopify orders with GLS, PostNord, DAO and Bring)', family: 'shipments', language: 'da', schema: E, cols: [
    ['Forsendelses-ID', (c, o) => String(880000 + n(o) * 13 % 100000), ['_id']],
    ['Ordrenummer', (c, o) => `#${12000 + n(o) % 8000}`, [OR('purchaseID')]],
    ['Ordrekanal', () => 'Shopify - kaffegrej.dk', [], opt],
    ['Oprettet', (c, o) => { const p = cet(o.at); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp']],
    ['Status', (c, o) => wsStatus(o), []],
    ['Transportør', (c, o) => wsRate(o)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Fragtmetode', (c, o) => wsRate(o)[1], ['commerce.shipping.shippingMethod']],
    ['Pakkeshop ID', (c, o) => (wsRate(o)[2] ? String(95000 + n(o) * 7 % 4000) : ''), []],
    ['Pakkeshop navn', (c, o) => (wsRate(o)[2] ? row(WS_SHOPS, n(o)) : ''), []],
    ['Stregkode', (c, o) => (wsStatus(o) === 'Afsendt' ? wsTrack(o) : ''), ['commerce.shipping.trackingNumber']],
    ['Track & trace link', (c, o) => (wsStatus(o) === 'Afsendt' ? wsUrl(o) : ''), ['commerce.shipping.trackingURL']],
    ['Modtager navn', (c) => who(c, 'dk').full, []],
    ['Adresse 1', (c) => who(c, 'dk').street.replace(/, .*$/, ''), [SHIP('street1')]],
    ['Adresse 2', (c) => (who(c, 'dk').street.includes(',') ? who(c, 'dk').street.replace(/^.*?, /, '') : ''), [SHIP('street2')]],
    ['Postnummer', (c) => who(c, 'dk').zip, [SHIP('postalCode')]],
    ['By', (c) => who(c, 'dk').city, [SHIP('city')]],
    ['Land', () => 'DK', [SHIP('countryCode')]],
    ['E-mail', (c) => who(c, 'dk').email, EMAIL_ID, opt],
    ['Telefon', (c) => who(c, 'dk').mobile, PHONE_ID, opt],
    ['Antal kolli', (c, o) => String(o.qty > 3 ? 2 : 1), []],
    ['Vægt (kg)', (c, o) => dec(0.4 + o.qty * 0.85), []],
    ['Fragtpris', (c, o) => dkk(wsRate(o)[3]), ['commerce.shipping.shippingAmount']],
    ['Ordreværdi', (c, o) => dkk(Math.round(o.total * 7.46)), [OR('priceTotal')], opt],
    ['Valuta', () => 'DKK', ['commerce.shipping.currencyCode', OR('currencyCode')], opt],
    ['Afsendt', (c, o) => (wsStatus(o) === 'Afsendt' ? dmy(cet(office(o.at) + day), '-') : ''), ['commerce.shipping.shipDate']],
    ['Fejlbesked', (c, o) => (wsStatus(o) !== 'Fejlet' ? '' : wsRate(o)[2] ? 'Ingen pakkeshop fundet for postnummer' : 'Adressen kunne ikke valideres (husnummer mangler)'), []],
  ] },
  // ---------------------------------------------------------------- Norway: business register bulk download
  { name: 'brreg-enhetsregisteret-enheter-no', product: 'Brønnøysundregistrene Enhetsregisteret (data.brreg.no; Last ned enheter > CSV, one row per legal unit, Norwegian field names, filtered to the Bergen area by a Bergen accounting firm building a prospect list)', family: 'b2b-leads', language: 'no', schema: B, cols: [
    ['organisasjonsnummer', (c) => orgnr(c), ACCT],
    ['navn', (c) => noFirm(c)[0], CO],
    ['organisasjonsform.kode', (c) => noFirm(c)[1], []],
    ['organisasjonsform.beskrivelse', (c) => noFirm(c)[2], []],
    ['naeringskode1.kode', (c) => noFirm(c)[3], []],
    ['naeringskode1.beskrivelse', (c) => noFirm(c)[4], []],
    ['harRegistrertAntallAnsatte', (c) => (noFirm(c)[5] > 0 ? 'true' : 'false'), []],
    ['antallAnsatte', (c) => (noFirm(c)[5] > 0 ? String(noFirm(c)[5]) : ''), []],
    ['hjemmeside', (c) => (n(c) % 3 === 0 ? '' : noHome(c)), ['b2b.companyWebsite']],
    ['epostadresse', (c) => (n(c) % 4 === 1 ? '' : `post@${noHome(c).replace(/^www\./, '')}`), ['workEmail.address']],
    ['telefon', (c) => (n(c) % 5 === 2 ? '' : `55 ${v.int(seeded(c, 'not'), 10, 99)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}`), ['workPhone.number']],
    ['mobil', (c) => (n(c) % 3 === 1 ? `${v.pick(seeded(c, 'nom'), ['4', '9'])}${v.int(seeded(c, 'nom2'), 10, 99)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100, 3)}` : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['postadresse.adresse', (c) => (n(c) % 4 === 0 ? `Postboks ${100 + n(c) % 800}` : ''), ['mailingAddress.street1']],
    ['postadresse.poststed', (c) => (n(c) % 4 === 0 ? noPlace(c)[2] : ''), ['mailingAddress.city']],
    ['postadresse.postnummer', (c) => (n(c) % 4 === 0 ? noPlace(c)[1].replace(/.$/, '1') : ''), ['mailingAddress.postalCode']],
    ['forretningsadresse.adresse', (c) => noPlace(c)[0], [W('street1')]],
    ['forretningsadresse.poststed', (c) => noPlace(c)[2], [W('city')]],
    ['forretningsadresse.postnummer', (c) => noPlace(c)[1], [W('postalCode')]],
    ['forretningsadresse.kommune', (c) => noPlace(c)[3], [], opt],
    ['forretningsadresse.land', () => 'Norge', [W('country')]],
    ['forretningsadresse.landkode', () => 'NO', [W('countryCode')]],
    ['institusjonellSektorkode.beskrivelse', (c) => noFirm(c)[6], []],
    ['registreringsdatoenhetsregisteret', (c) => ymd(bd(noReg(c))), ['extSourceSystemAudit.createdDate'], opt],
    ['stiftelsesdato', (c) => (noFirm(c)[1] === 'ENK' ? '' : ymd(bd(noReg(c) - ((n(c) >> 2) % 40 + 3) * day))), []],
    ['registrertIMvaRegisteret', (c) => (noFirm(c)[1] === 'FLI' ? 'false' : 'true'), []],
    ['konkurs', (c) => (n(c) % 41 === 0 ? 'true' : 'false'), []],
    ['sisteInnsendteAarsregnskap', (c) => (noFirm(c)[1] === 'ENK' || noFirm(c)[1] === 'FLI' ? '' : String(2023 - (n(c) % 7 === 0 ? 1 : 0))), []],
  ] },
]
