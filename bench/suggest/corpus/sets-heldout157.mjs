// Round 65, heldout157: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German (Germany, Austria, Switzerland), Dutch/Flemish and Nordic
// exports, headers in the product's UI language: a German creator-commerce platform's sales (Tentary), an Austrian
// hospitality POS's bill journal (Orderman), a Swiss-run online booking system's reservations (Planyo), a German
// restaurant reservation tool's guest list (Teburio), a German trade-fair lead-capture app's leads (quickLead), a Dutch
// newsletter tool's subscribers (MailingLijst), a Dutch ticket shop's orders (Active Tickets), a Dutch/Flemish review
// platform's reviews (Kiyoh), a Danish card-terminal provider's transactions (Flatpay), a Finnish association
// membership register's members (Kilta), a Swedish chat-agent service's leads (Weply) and a Norwegian event
// registration service's participants (Deltager.no) (de 5, nl 3, da 1, fi 1, sv 1, no 1; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, W } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Central Europe +1 (summer +2), Finland +2 (summer +3)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = v.parts(ms + off * 3600000).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 300) + 3) * day + (n(c) % 50000) * 1000
const bd = (ms) => v.parts(ms)
const deT = (p) => `${dmy(p)} ${hm(p)}`
const deTS = (p) => `${dmy(p)} ${hms(p)}`
const nlT = (p) => `${dmy(p, '-')} ${hm(p)}`
const eur = (x) => dec(x)
const chf = (x) => thou(x, "'", '.')
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
// the generated person's gender follows its first name (the shared generator draws them apart)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const slug = (s) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ä/g, 'a').replace(/ö/g, 'o').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const PEOPLE = {
  at: { male: ['Florian', 'Lukas', 'Markus', 'Andreas', 'Thomas', 'Gerhard', 'Stefan'], female: ['Katharina', 'Lisa', 'Sabine', 'Elisabeth', 'Johanna', 'Theresa', 'Birgit'],
    last: ['Gruber', 'Huber', 'Wimmer', 'Pichler', 'Moser', 'Steiner', 'Hofer', 'Leitner', 'Eder', 'Brandstätter'],
    // [Ort, PLZ, Straße, Land]
    places: [['Salzburg', '5020', 'Linzer Gasse', 'Österreich'], ['Hallein', '5400', 'Davisstraße', 'Österreich'], ['Wals-Siezenheim', '5071', 'Bayernstraße', 'Österreich'], ['Freilassing', '83395', 'Münchener Straße', 'Deutschland']],
    mail: ['gmx.at', 'aon.at', 'gmail.com', 'a1.net', 'icloud.com'], mob: (r) => `+43 6${v.pick(r, ['64', '60', '76', '99'])} ${v.int(r, 1000000, 9999999)}` },
  ch: { male: ['Reto', 'Beat', 'Urs', 'Luca', 'Nicolas', 'Daniel', 'Marco'], female: ['Nadja', 'Corinne', 'Sandra', 'Laura', 'Seraina', 'Andrea', 'Fabienne'],
    last: ['Meier', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Keller', 'Graf', 'Widmer', 'Lüthi', 'Suter'],
    places: [['Zürich', '8004', 'Badenerstrasse', 'Schweiz'], ['Bern', '3011', 'Kramgasse', 'Schweiz'], ['Basel', '4051', 'Steinenvorstadt', 'Schweiz'], ['Luzern', '6003', 'Pilatusstrasse', 'Schweiz'], ['Winterthur', '8400', 'Technikumstrasse', 'Schweiz'], ['Stuttgart', '70173', 'Königstraße', 'Deutschland']],
    mail: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hispeed.ch', 'sunrise.ch'], mob: (r) => `+41 7${v.pick(r, ['9', '8', '6', '7'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` },
  be: { male: ['Wout', 'Jens', 'Pieter', 'Thibault', 'Kobe', 'Bart', 'Stijn'], female: ['Lotte', 'Elke', 'Nele', 'Hanne', 'An', 'Ine', 'Marieke'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Goossens', 'De Smet', 'Van Damme', 'Verhaegen', 'Mertens'],
    places: [['Antwerpen', '2018', 'Belgiëlei', 'België'], ['Mortsel', '2640', 'Mechelsesteenweg', 'België'], ['Mechelen', '2800', 'Bruul', 'België'], ['Gent', '9000', 'Kortrijksesteenweg', 'België'], ['Breda', '4811 DJ', 'Ginnekenweg', 'Nederland']],
    mail: ['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be'], mob: (r) => `04${v.int(r, 70, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
  da: { male: ['Mads', 'Frederik', 'Rasmus', 'Søren', 'Mikkel', 'Jesper', 'Anders'], female: ['Mette', 'Ida', 'Louise', 'Camilla', 'Freja', 'Signe', 'Trine'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Møller'],
    places: [['Aarhus C', '8000', 'Jægergårdsgade', 'Danmark']], mail: ['gmail.com', 'hotmail.com', 'live.dk', 'mail.dk'], mob: (r) => `+45 ${v.int(r, 20, 61)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
  fi: { male: ['Mikko', 'Juha', 'Antti', 'Ville', 'Jukka', 'Lauri', 'Teemu'], female: ['Anna', 'Laura', 'Johanna', 'Satu', 'Elina', 'Henna', 'Aino'],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'],
    places: [['Tampere', '33100', 'Hämeenkatu', 'Suomi'], ['Tampere', '33500', 'Kalevantie', 'Suomi'], ['Pirkkala', '33960', 'Naistenmatkantie', 'Suomi'], ['Nokia', '37100', 'Härkitie', 'Suomi'], ['Kangasala', '36200', 'Pikkolantie', 'Suomi'], ['Ylöjärvi', '33470', 'Kuruntie', 'Suomi']],
    mail: ['gmail.com', 'hotmail.com', 'luukku.com', 'outlook.com', 'elisanet.fi'], mob: (r) => `0${v.pick(r, ['40', '50', '44', '45'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` },
  sv: { male: ['Erik', 'Johan', 'Anders', 'Niklas', 'Oskar', 'Fredrik', 'Magnus'], female: ['Anna', 'Karin', 'Emma', 'Sara', 'Linnea', 'Maria', 'Elin'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Lindqvist', 'Bergström'],
    places: [['Göteborg', '411 05', 'Södra Vägen', 'Sverige'], ['Mölndal', '431 30', 'Kvarnbygatan', 'Sverige'], ['Kungsbacka', '434 30', 'Storgatan', 'Sverige'], ['Borås', '503 30', 'Allégatan', 'Sverige'], ['Partille', '433 38', 'Gamla Kronvägen', 'Sverige']],
    mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com'], mob: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
  no: { male: ['Ole', 'Lars', 'Kristian', 'Magnus', 'Henrik', 'Eirik', 'Jon'], female: ['Ingrid', 'Kari', 'Silje', 'Marte', 'Ragnhild', 'Hanne', 'Ida'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakken', 'Solberg', 'Lie', 'Dahl'],
    places: [['Oslo', '0150', 'Karl Johans gate', 'Norge'], ['Oslo', '0484', 'Sandakerveien', 'Norge'], ['Lysaker', '1366', 'Strandveien', 'Norge'], ['Bergen', '5003', 'Strandkaien', 'Norge'], ['Trondheim', '7011', 'Olav Tryggvasons gate', 'Norge'], ['Stavanger', '4006', 'Løkkeveien', 'Norge']],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com'], mob: (r) => `+47 ${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 10, 99))} ${v.int(r, 100, 999)}` },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), L = PEOPLE[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? L.female : L.male), last = v.pick(r, L.last), pl = v.pick(r, L.places)
  const num = cc === 'fi' ? `${v.int(r, 1, 60)}${r() < 0.4 ? ` ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 24)}` : ''}` : String(v.int(r, 1, 140))
  return { female, first, last, full: `${first} ${last}`, city: pl[0], zip: pl[1], street: `${pl[2]} ${num}`, country: pl[3],
    mobile: L.mob(r), email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }

// ---------------------------------------------------------------- 1. Tentary sales (de, E)
// a Munich yoga teacher selling online courses and a membership: [Produkt-ID, Produkt, Preisplan, Brutto EUR]
const TE_ITEMS = [['prd_7Hq2kX', 'Yin Yoga Onlinekurs – 8 Wochen', 'Einmalzahlung', 149], ['prd_3mLp9A', 'Faszien-Flow E-Book', 'Einmalzahlung', 19], ['prd_9TzR1c', 'Yoga Membership', 'Monatlich', 29], ['prd_7Hq2kX', 'Yin Yoga Onlinekurs – 8 Wochen', '3 Raten', 52], ['prd_5VbN8w', 'Retreat-Anzahlung Chiemsee', 'Einmalzahlung', 250]]
const teItem = (o) => row(TE_ITEMS, n(o))
const teAt = (o) => open(o.at, 1, 7, 16)
const teCountry = (c) => (n(c) % 6 === 1 ? ['Österreich', 20] : n(c) % 9 === 4 ? ['Schweiz', 0] : ['Deutschland', 19])
const teDisc = (o) => (o.discount ? Math.round(teItem(o)[3] * 0.2) : 0)
const teGross = (o) => teItem(o)[3] - teDisc(o)
const teVat = (c, o) => teGross(o) - teGross(o) / (1 + teCountry(c)[1] / 100)
const tePay = (o) => row(['Kreditkarte', 'PayPal', 'Kreditkarte', 'SEPA-Lastschrift', 'Apple Pay', 'Klarna'], n(o) % 6)
const teSt = (o) => (n(o) % 11 === 3 ? 'Erstattet' : n(o) % 13 === 5 ? 'Ausstehend' : 'Bezahlt')
// ---------------------------------------------------------------- 2. Orderman bill journal (de-AT, E)
// a Salzburg beer hall: [Art.-Nr., Artikel, Warengruppe, Preis EUR, MwSt %]
const OM_ITEMS = [['101', 'Stiegl Goldbräu 0,5', 'Bier', 4.9, 20], ['102', 'Radler 0,5', 'Bier', 4.7, 20], ['210', 'Gespritzter weiß 0,25', 'Wein', 3.6, 20], ['305', 'Almdudler 0,35', 'Alkoholfrei', 3.9, 20], ['410', 'Wiener Schnitzel vom Schwein', 'Hauptspeisen', 15.9, 10], ['415', 'Kasnocken mit Röstzwiebeln', 'Hauptspeisen', 13.5, 10], ['520', 'Salzburger Nockerl (2 Pers.)', 'Desserts', 16.8, 10], ['610', 'Obstler 2cl', 'Spirituosen', 3.8, 20]]
const omItem = (o, i) => row(OM_ITEMS, i + n(o))
const omAt = (o) => open(o.at, 1, 11, 12)
const omAmt = (o, i) => omItem(o, i)[3] * o.qty
const omStorno = (o, i) => (n(o) + i) % 17 === 0
const omPay = (o) => row(['Bar', 'Bankomat', 'Kreditkarte', 'Bar', 'Bankomat', 'Gutschein', 'Rechnung'], n(o) % 7)
const omWaiter = (o) => row([['3', 'Sepp'], ['5', 'Vroni'], ['7', 'Mario'], ['12', 'Anja']], n(o) % 4)
// ---------------------------------------------------------------- 3. Planyo reservations (de-CH, E)
// an Interlaken e-bike and stand-up-paddle rental: [Ressourcen-ID, Ressource, Preis CHF pro Einheit, Stunden]
const PY_RES = [['118402', 'E-Mountainbike Fully (Tag)', 85, 8], ['118403', 'E-Citybike (halber Tag)', 39, 4], ['118410', 'SUP-Board Brienzersee (2 Std.)', 35, 2], ['118411', 'Kajak Zweier (2 Std.)', 50, 2], ['118420', 'Geführte E-Bike-Tour Lauterbrunnental', 129, 5]]
const pyRes = (o) => row(PY_RES, n(o))
const pyUnits = (o) => 1 + (n(o) % 3)
const pyStart = (o) => { const t = open(o.at + ((n(o) % 25) + 2) * day, 1, 8, 6); return t - (t % 3600000) }
const pySt = (o) => row(['Bestätigt', 'Bestätigt', 'Abgeschlossen', 'Storniert (Kunde)', 'Bestätigt', 'Reserviert, nicht bezahlt'], n(o) % 6)
const pyTotal = (o) => pyRes(o)[2] * pyUnits(o) - (o.discount ? 10 : 0)
// ---------------------------------------------------------------- 4. Teburio guests (de, P)
const tbTags = (c) => row(['', 'Stammgast', 'VIP', '', 'Vegetarisch', 'Allergie: Nüsse', 'Stammgast, Fensterplatz'], n(c) % 7)
const tbVisits = (c) => (n(c) % 23)
// ---------------------------------------------------------------- 5. quickLead trade-fair leads (de, B)
// a Stuttgart machine-tool maker's booth at a fair: [Firma, domain, Ort, PLZ, Straße, Land, Vorwahl]
const QL_FIRMS = [['Kessler Präzisionsteile GmbH', 'kessler-praezision.de', 'Tuttlingen', '78532', 'Gänsäcker 12', 'Deutschland', '+49 7461 '], ['Hofmann & Söhne Maschinenbau KG', 'hofmann-soehne.de', 'Schweinfurt', '97424', 'Hainleinsmühle 3', 'Deutschland', '+49 9721 '], ['Alpina Drehtechnik AG', 'alpina-drehtechnik.ch', 'Grenchen', '2540', 'Solothurnstrasse 88', 'Schweiz', '+41 32 '], ['Mürz Metallbau GmbH', 'muerz-metall.at', 'Kapfenberg', '8605', 'Wiener Straße 41', 'Österreich', '+43 3862 '], ['Rheintal Zerspanung GmbH', 'rheintal-zerspanung.de', 'Lahr', '77933', 'Einsteinallee 6', 'Deutschland', '+49 7821 '], ['NordCNC Fertigung GmbH', 'nordcnc.de', 'Neumünster', '24539', 'Ilsahl 20', 'Deutschland', '+49 4321 ']]
const qlFirm = (c) => row(QL_FIRMS, n(c) >> 1)
const QL_ROLE = [['Fertigung', 'Fertigungsleiter'], ['Einkauf', 'Strategischer Einkäufer'], ['Geschäftsleitung', 'Geschäftsführer'], ['Arbeitsvorbereitung', 'Leiter AV'], ['Instandhaltung', 'Teamleiterin Instandhaltung'], ['Technik', 'Konstrukteur']]
const qlRole = (c) => row(QL_ROLE, n(c) % 6)
const QL_DAY = Date.UTC(2024, 8, 17, 7, 0)
const qlAt = (c) => QL_DAY + (n(c) % 4) * day + (n(c) % 30000) * 1000
// ---------------------------------------------------------------- 6. MailingLijst subscribers (nl, P)
const mlTussen = (c) => (/^(de|van)/.test(c.last) ? c.last.split(' ').slice(0, -1).join(' ') : '')
const mlLast = (c) => c.last.split(' ').slice(-1)[0]
const mlSt = (c) => row(['Actief', 'Actief', 'Actief', 'Afgemeld', 'Actief', 'Bounce'], n(c) % 6)
const mlStreet = (c) => c.street.replace(/ \d+$/, '')
const mlNo = (c) => c.street.match(/\d+$/)[0]
// ---------------------------------------------------------------- 7. Active Tickets orders (nl, E)
// a Nijmegen pop venue: [evenement, datum offset days, tickettype, prijs, servicekosten]
const AT_EVENTS = [['Racoon – Clubtour 2024', 12, 'Regulier', 32.5, 2.5], ['Racoon – Clubtour 2024', 12, 'Balkon zittend', 39.5, 2.5], ['De Staat + support', 20, 'Regulier', 27.5, 2], ['Kinky Disco XL', 6, 'Early Bird', 15, 1.5], ['Kinky Disco XL', 6, 'Regulier', 19.5, 1.5], ['Stand-up: Soundos El Ahmadi', 30, 'Rang 1', 29, 2]]
const atEv = (o) => row(AT_EVENTS, n(o))
const atAt = (o) => open(o.at, 1, 8, 15)
const atPay = (o) => row(['iDEAL', 'iDEAL', 'Bancontact', 'iDEAL', 'Creditcard', 'PayPal', 'Cadeaubon'], n(o) % 7)
const atTotal = (o) => (atEv(o)[3] + atEv(o)[4]) * o.qty - (o.discount ? 5 : 0)
const atPaid = (o) => n(o) % 12 !== 7
// ---------------------------------------------------------------- 8. Kiyoh reviews (nl-BE, E)
// an Antwerp bike shop with a web shop: [artikelnummer, product]
const KY_ITEMS = [['RB-CUBE-KATHMANDU-58', 'Cube Kathmandu Hybrid Pro 625 (58 cm)'], ['AC-ABUS-BORDO-6000', 'ABUS Bordo 6000 vouwslot'], ['RB-GAZ-ULTIMATE-C380', 'Gazelle Ultimate C380 HMB'], ['AC-BASIL-MILES-DT', 'Basil Miles dubbele fietstas'], ['SV-ONDERHOUD-GROOT', 'Grote onderhoudsbeurt']]
const kyItem = (o) => row(KY_ITEMS, n(o))
const kyScore = (o) => row([10, 9, 8, 10, 9, 6, 4, 8, 9, 10, 7], n(o) % 11)
const kyAt = (o) => open(o.at + 9 * day, 1, 8, 14)
// ---------------------------------------------------------------- 9. Flatpay transactions (da, E)
// an Aarhus coffee bar with two terminals
const fpAmt = (o) => [38, 45, 52, 64, 89, 112, 147, 35, 245][n(o) % 9] + (o.qty - 1) * 40
const fpTip = (o) => (n(o) % 5 === 2 ? 10 : n(o) % 7 === 3 ? 20 : 0)
const fpCard = (o) => row([['Visa', '4571'], ['Dankort', '5019'], ['Mastercard', '5413'], ['Visa/Dankort', '4571'], ['MobilePay', ''], ['American Express', '3782']], n(o) % 6)
const fpSt = (o) => row(['Godkendt', 'Godkendt', 'Godkendt', 'Afvist', 'Godkendt', 'Refunderet', 'Godkendt'], n(o) % 7)
const fpAt = (o) => open(o.at, 1, 7, 11)
const fpFee = (o) => (fpSt(o) === 'Afvist' ? 0 : (fpAmt(o) + fpTip(o)) * (fpCard(o)[0] === 'Dankort' ? 0.0039 : 0.0139))
// ---------------------------------------------------------------- 10. Kilta members (fi, P)
const ktType = (c) => row(['Varsinainen jäsen', 'Varsinainen jäsen', 'Perhejäsen', 'Nuorisojäsen', 'Kannatusjäsen', 'Varsinainen jäsen', 'Kunniajäsen'], n(c) % 7)
const ktFee = (c) => row(['Maksettu', 'Maksettu', 'Avoin', 'Maksettu', 'Vapautettu', 'Maksettu'], n(c) % 6)
const fiDate = (p) => `${p.d}.${p.m}.${p.y}`
// ---------------------------------------------------------------- 11. Weply leads (sv, B)
// a Gothenburg solar-panel installer selling to companies and housing co-operatives: [företag, org.nr, domain]
const WP_FIRMS = [['Brf Masthugget 12', '716421-3344', 'brfmasthugget12.se'], ['Kvarnbyns Fastigheter AB', '556712-8890', 'kvarnbynsfastigheter.se'], ['Västkust Logistik AB', '556903-1147', 'vastkustlogistik.se'], ['Hallands Lantbruk & Maskin AB', '556455-2031', 'hallandslantbruk.se'], ['Sjöbergs Bil i Borås AB', '556288-4410', 'sjobergsbil.se'], ['Partille Tandvård AB', '559102-7765', 'partilletandvard.se']]
const wpFirm = (c) => row(WP_FIRMS, n(c) >> 1)
const wpCat = (c) => row(['Offertförfrågan', 'Offertförfrågan', 'Bokning av hembesök', 'Allmän fråga', 'Offertförfrågan', 'Befintlig kund'], n(c) % 6)
const wpAt = (c) => open(later(c), 1, 8, 12)
// ---------------------------------------------------------------- 12. Deltager.no participants (no, B)
// an Oslo information-security conference run by a trade association: [firma, org.nr, domain]
const DL_FIRMS = [['Fjordkraft Nett AS', '987 654 321', 'fjordkraftnett.no'], ['Sparebanken Øst Viken', '937 891 245', 'sbov.no'], ['Trondheim kommune', '942 110 464', 'trondheim.kommune.no'], ['Nordnorsk Havbruk AS', '915 332 108', 'nnhavbruk.no'], ['Bergen Sjøfart Teknologi AS', '921 447 560', 'bst.no'], ['Helse Vest IKT AS', '894 166 762', 'helse-vest-ikt.no']]
const dlFirm = (c) => row(DL_FIRMS, n(c) >> 1)
const DL_ROLE = [['IT-sikkerhet', 'Sikkerhetsrådgiver'], ['IT', 'IT-sjef'], ['Ledelse', 'CISO'], ['Drift', 'Systemadministrator'], ['Økonomi', 'Risikoansvarlig'], ['Utvikling', 'Seniorutvikler']]
const dlRole = (c) => row(DL_ROLE, n(c) % 6)
const dlTicket = (c) => row([['Konferansepass 2 dager (medlem)', 6900], ['Konferansepass 2 dager', 8900], ['Dagpass torsdag', 4900], ['Konferansepass 2 dager (medlem)', 6900], ['Foredragsholder', 0]], n(c) % 5)
const dlAt = (c) => Date.UTC(2024, 5, 3, 8, 0) + ((n(c) * 97) % 110) * day + (n(c) % 40000) * 1000

export const SETS = [
  // ---------------------------------------------------------------- Germany: creator-commerce sales
  { name: 'tentary-verkaeufe-export-de', product: 'Tentary (Dashboard > Verkäufe > Exportieren, CSV one row per sale, German UI, a Munich yoga teacher selling online courses, an e-book, a monthly membership and retreat deposits, Europe/Berlin, EUR incl. USt.)', family: 'payments', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `T-${pad(240000 + n(o) * 7, 7)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => deTS(cet(teAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => teSt(o), []],
    ['Produkt-ID', (c, o) => teItem(o)[0], [PL('SKU'), PL('_id')]],
    ['Produkt', (c, o) => teItem(o)[1], [PL('name')]],
    ['Preisplan', (c, o) => teItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Menge', () => '1', [PL('quantity')]],
    ['Gutscheincode', (c, o) => (o.discount ? 'NAMASTE20' : ''), ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => eur(teDisc(o)), [OR('discountAmount'), PL('discountAmount')]],
    ['Betrag (brutto)', (c, o) => eur(teGross(o)), [OR('priceTotal'), PL('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Betrag (netto)', (c, o) => eur(teGross(o) - teVat(c, o)), [], opt],
    ['USt.-Satz', (c) => `${teCountry(c)[1]} %`, []],
    ['USt.-Betrag', (c, o) => eur(teVat(c, o)), [OR('taxAmount')]],
    ['Währung', () => 'EUR', CUR],
    ['Zahlungsart', (c, o) => tePay(o), [OR('payments[0].paymentType')]],
    ['Transaktions-ID', (c, o, r) => (tePay(o) === 'PayPal' ? `${v.int(r, 1, 9)}${v.alnum(r, 16).toUpperCase()}` : `pi_3${v.alnum(r, 23)}`), [OR('payments[0].transactionID')]],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Firma', (c) => (n(c) % 8 === 2 ? `Praxis ${c.last}` : ''), []],
    ['Straße und Hausnummer', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', (c) => teCountry(c)[0], [BILL('country')]],
    ['USt-IdNr.', (c) => (n(c) % 8 === 2 ? `DE${v.int(seeded(c, 'ust'), 100000000, 999999999)}` : ''), []],
    ['Rechnungsnummer', (c, o) => `RE-${cet(teAt(o)).y}-${pad(1000 + n(o) % 9000, 5)}`, [], opt],
    ['Affiliate', (c, o) => (n(o) % 5 === 1 ? 'mia.moves' : ''), [], opt],
    ['Provision', (c, o) => (n(o) % 5 === 1 ? eur(teGross(o) * 0.3) : ''), []],
    ['Erstattet am', (c, o) => (teSt(o) === 'Erstattet' ? dmy(cet(teAt(o) + 6 * day)) : ''), [], opt],
    ['Newsletter-Einwilligung', (c) => (c.bool ? 'Ja' : 'Nein'), []],
  ] },
  // ---------------------------------------------------------------- Austria: hospitality POS bill journal
  { name: 'orderman-bonjournal-artikel-at', product: 'Orderman (NCR Orderman POS; Backoffice > Berichte > Bonjournal > Export CSV, one row per booked article, Austrian German UI, a Salzburg beer hall taking orders on Orderman handhelds, Europe/Vienna, EUR, RKSV receipts)', family: 'pos', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => dmy(cet(omAt(o))), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => hms(cet(omAt(o))), []],
    ['Kassa', () => 'KASSA-01', STORE, opt],
    ['Belegnummer', (c, o) => String(50000 + n(o)), [OR('purchaseID')]],
    ['Tisch', (c, o) => row(['12', '7', 'Gastgarten 3', '21', 'Stüberl 2', 'Theke'], n(o) % 6), []],
    ['Kellner-Nr.', (c, o) => omWaiter(o)[0], []],
    ['Kellner', (c, o) => omWaiter(o)[1], []],
    ['Gerät', (c, o) => `Orderman7 #${(n(o) % 4) + 1}`, []],
    ['Art.-Nr.', (c, o, r, i) => omItem(o, i)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => omItem(o, i)[1], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => omItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o, r, i) => (omStorno(o, i) ? `-${o.qty}` : String(o.qty)), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => eur(omItem(o, i)[3]), [], opt],
    ['Betrag', (c, o, r, i) => eur(omStorno(o, i) ? -omAmt(o, i) : omAmt(o, i)), [PL('priceTotal')]],
    ['MwSt-Satz', (c, o, r, i) => `${omItem(o, i)[4]}%`, []],
    ['MwSt-Betrag', (c, o, r, i) => eur(omAmt(o, i) - omAmt(o, i) / (1 + omItem(o, i)[4] / 100)), [OR('taxAmount')], opt],
    ['Rabatt', (c, o) => (n(o) % 9 === 4 ? '10% Personal' : ''), [], opt],
    ['Storno', (c, o, r, i) => (omStorno(o, i) ? 'J' : 'N'), []],
    ['Zahlungsart', (c, o) => omPay(o), [OR('payments[0].paymentType')]],
    ['Trinkgeld', (c, o) => (omPay(o) === 'Bar' ? '' : eur([0, 1, 1.5, 2, 3.2][n(o) % 5])), []],
    ['Stammgast-Nr.', (c) => (n(c) % 5 === 0 ? `SG${pad(n(c) % 10000, 4)}` : ''), CUST_ID, opt],
    ['Kassen-ID', () => 'AT0-KASSA-01', [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: online booking reservations
  { name: 'planyo-reservierungen-export-ch', product: 'Planyo (Admin > Reservierungen > Suche > Export als CSV, one row per reservation, German UI, an Interlaken e-bike and stand-up-paddle rental, Europe/Zurich, CHF)', family: 'booking', language: 'de', schema: E, cols: [
    ['Reservierungs-ID', (c, o) => String(4900000 + n(o) * 13), [OR('purchaseID'), '_id']],
    ['Erstellt am', (c, o) => deT(cet(open(o.at, 1, 7, 16))), ['timestamp', OR('createdDate')]],
    ['Ressourcen-ID', (c, o) => pyRes(o)[0], [PL('SKU'), PL('_id')], opt],
    ['Ressource', (c, o) => pyRes(o)[1], [PL('name')]],
    ['Startzeit', (c, o) => deT(cet(pyStart(o))), [], opt],
    ['Endzeit', (c, o) => deT(cet(pyStart(o) + pyRes(o)[3] * 3600000)), []],
    ['Anzahl', (c, o) => String(pyUnits(o)), [PL('quantity')]],
    ['Status', (c, o) => pySt(o), []],
    ['Vorname', (c) => who(c, 'ch').first, []],
    ['Nachname', (c) => who(c, 'ch').last, []],
    ['E-Mail', (c) => who(c, 'ch').email, EMAIL_ID],
    ['Telefon', (c) => who(c, 'ch').mobile, PHONE_ID, opt],
    ['Adresse', (c) => who(c, 'ch').street, [BILL('street1')]],
    ['PLZ', (c) => who(c, 'ch').zip, [BILL('postalCode')]],
    ['Ort', (c) => who(c, 'ch').city, [BILL('city')]],
    ['Land', (c) => who(c, 'ch').country, [BILL('country')]],
    ['Gesamtpreis', (c, o) => chf(pyTotal(o)), [OR('priceTotal')]],
    ['Bezahlt', (c, o) => (pySt(o).startsWith('Reserviert') ? '0.00' : chf(pyTotal(o))), [OR('payments[0].paymentAmount')]],
    ['Währung', () => 'CHF', CUR],
    ['Zahlungsart', (c, o) => (pySt(o).startsWith('Reserviert') ? '' : row(['TWINT', 'Kreditkarte (Datatrans)', 'Vor Ort', 'PostFinance Card'], n(o) % 4)), [OR('payments[0].paymentType')]],
    ['Gutscheincode', (c, o) => (o.discount ? 'BRIENZ10' : ''), ['commerce.promotionID'], opt],
    ['Körpergrösse (cm)', (c) => String(158 + (n(c) % 35)), []],
    ['Kommentar des Kunden', (c, o) => row(['', '', 'Kindersitz benötigt', '', 'Wir kommen mit dem Zug, ca. 10 Min. später'], n(o) % 5), []],
    ['Admin-Notizen', (c, o) => row(['', 'Akku 2 tauschen', '', ''], n(o) % 4), []],
    ['Storniert am', (c, o) => (pySt(o).startsWith('Storniert') ? deT(cet(o.at + 2 * day)) : ''), [OR('cancelDate')], opt],
    ['Sprache', (c, o) => row(['de', 'de', 'en', 'fr', 'de'], n(o) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: restaurant reservation guest list
  { name: 'teburio-gaesteliste-export-de', product: 'Teburio (Paderborn; Gäste > Gästeliste > Exportieren (CSV), one row per guest, German UI, a Paderborn brasserie with a terrace and private dining room)', family: 'crm', language: 'de', schema: P, cols: [
    ['Gast-ID', (c) => String(31000 + (n(c) * 7) % 60000), ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 9 === 2 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 7 === 3 ? c.company : ''), ['organizations[0]'], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 === 0 ? `05251 ${v.int(seeded(c, 'tel'), 100000, 999999)}` : ''), ['homePhone.number']],
    ['Mobil', (c) => c.mobile.replace('+49 ', '0'), ['mobilePhone.number']],
    ['Geburtstag', (c) => (n(c) % 4 === 1 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Straße', (c) => (n(c) % 3 === 2 ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 3 === 2 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (n(c) % 3 === 2 ? c.city : ''), at(HOME, 'city')],
    ['Sprache', (c) => (n(c) % 10 === 7 ? 'Englisch' : 'Deutsch'), []],
    ['Reservierungen', (c) => String(tbVisits(c) + (n(c) % 3)), []],
    ['Besuche', (c) => String(tbVisits(c)), []],
    ['No-Shows', (c) => String(n(c) % 11 === 0 ? 1 : 0), []],
    ['Letzter Besuch', (c) => (tbVisits(c) ? dmy(cet(later(c))) : ''), []],
    ['Angelegt am', (c) => deT(cet(c.created)), [], opt],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), []],
    ['Merkmale', (c) => tbTags(c), []],
    ['Notiz', (c) => row(['', '', 'trinkt gern Riesling', '', 'kommt mit Hund', 'Kinderstuhl'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Germany: trade-fair lead capture
  { name: 'quicklead-messeleads-export-de', product: 'quickLead (rabbit mobile GmbH; Web-Backend > Leads > Export (CSV), one row per lead captured at the booth by badge scan or business card, German UI, a Stuttgart machine-tool maker at a metalworking fair)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Lead-ID', (c) => `QL-${pad((n(c) * 31) % 1000000, 6)}`, B2BID, opt],
    ['Erfasst am', (c) => deT(cet(qlAt(c))), ['extSourceSystemAudit.createdDate'], opt],
    ['Erfasst von', (c) => row(['Jörg Bauer', 'Melanie Kraus', 'Timo Reiter'], n(c) % 3), ['extSourceSystemAudit.createdBy'], opt],
    ['Veranstaltung', () => 'AMB Stuttgart 2024', [], opt],
    ['Erfassungsart', (c) => row(['Badge-Scan', 'Visitenkarte', 'Badge-Scan', 'Manuell'], n(c) % 4), ['b2b.personSource'], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 8 === 5 ? 'Dr.-Ing.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => qlFirm(c)[0], CO],
    ['Abteilung', (c) => qlRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Position', (c) => qlRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Straße', (c) => qlFirm(c)[4], [W('street1')]],
    ['PLZ', (c) => qlFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => qlFirm(c)[2], [W('city')]],
    ['Land', (c) => qlFirm(c)[5], [W('country')]],
    ['Telefon', (c) => `${qlFirm(c)[6]}${v.int(seeded(c, 'ql'), 1000, 9999)}-${v.int(seeded(c, 'qd'), 10, 99)}`, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${qlFirm(c)[1]}`, WE],
    ['Webseite', (c) => `www.${qlFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Interesse an', (c) => row(['5-Achs-Bearbeitungszentren', 'Automation / Palettenwechsler', 'Service & Retrofit', '5-Achs-Bearbeitungszentren, Service & Retrofit'], n(c) % 4), []],
    ['Lead-Qualität', (c) => row(['heiß', 'warm', 'kalt', 'warm'], n(c) % 4), ['b2b.personScore'], opt],
    ['Kundenstatus', (c) => row(['Neukunde', 'Bestandskunde', 'Neukunde', 'Wettbewerber'], n(c) % 4), ['b2b.personType'], opt],
    ['Nächster Schritt', (c) => row(['Angebot senden', 'Rückruf', 'Besuchstermin vereinbaren', 'Infomaterial senden'], n(c) % 4), []],
    ['Notiz', (c) => row(['', 'Budget 2025 freigegeben', 'fertigt Alu-Gehäuse, Losgröße 50', ''], n(c) % 4), []],
    ['Einwilligung Datenschutz', (c) => (n(c) % 7 === 3 ? 'Nein' : 'Ja'), [], opt],
    ['Visitenkarte', (c) => (n(c) % 4 === 1 ? `https://app.quicklead.de/files/card_${pad(n(c) % 100000, 5)}.jpg` : ''), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: newsletter subscribers
  { name: 'mailinglijst-abonnees-export-nl', product: 'MailingLijst (Abonnees > Lijst kiezen > Exporteer abonnees (CSV), one row per subscriber, Dutch UI, a Haarlem cheese and delicatessen shop\'s newsletter)', family: 'email', language: 'nl', schema: P, cols: [
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'Heer'), ['person.name.courtesyTitle'], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => mlTussen(c), ['person.name.middleName'], opt],
    ['Achternaam', (c) => mlLast(c), ['person.name.lastName']],
    ['Geslacht', (c) => (fem(c) ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => (n(c) % 3 ? dmy(bd(c.birth), '-') : ''), ['person.birthDate']],
    ['Straat', (c) => mlStreet(c), at(HOME, 'street1')],
    ['Huisnummer', (c) => mlNo(c), [], opt],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoonnummer', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Status', (c) => mlSt(c), ['personalEmail.status'], opt],
    ['Aangemeld op', (c) => nlT(cet(c.created)), [], opt],
    ['Afgemeld op', (c) => (mlSt(c) === 'Afgemeld' ? nlT(cet(later(c))) : ''), [], opt],
    ['Bron', (c) => row(['Inschrijfformulier', 'Kassa winkel', 'Import', 'Inschrijfformulier'], n(c) % 4), []],
    ['IP-adres', (c) => (n(c) % 4 === 1 ? '' : v.ip4(seeded(c, 'ip'))), []],
    ['Interesses', (c) => row(['Kaas', 'Wijn', 'Kaas, Proeverijen', '', 'Kerstpakketten'], n(c) % 5), []],
    ['Laatst geopend', (c) => (mlSt(c) === 'Actief' ? nlT(cet(later(c) + 2 * day)) : ''), []],
    ['Bounces', (c) => String(mlSt(c) === 'Bounce' ? 3 : 0), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: ticket shop orders
  { name: 'active-tickets-bestellingen-nl', product: 'Active Tickets (Organisatorportaal > Bestellingen > Exporteren naar Excel/CSV, one row per order, Dutch UI, a Nijmegen pop venue selling concerts, club nights and comedy, Europe/Amsterdam, EUR)', family: 'events', language: 'nl', schema: E, cols: [
    ['Ordernummer', (c, o) => `AT${pad(8800000 + n(o) * 3, 8)}`, [OR('purchaseID')]],
    ['Besteldatum', (c, o) => nlT(cet(atAt(o))), ['timestamp', OR('createdDate')]],
    ['Evenement', (c, o) => atEv(o)[0], [PL('name')]],
    ['Datum evenement', (c, o) => dmy(cet(atAt(o) + atEv(o)[1] * day), '-'), [], opt],
    ['Locatie', () => 'Doornroosje, Nijmegen', [], opt],
    ['Tickettype', (c, o) => atEv(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticketprijs', (c, o) => eur(atEv(o)[3]), [], opt],
    ['Servicekosten', (c, o) => eur(atEv(o)[4] * o.qty), []],
    ['Korting', (c, o) => (o.discount ? eur(5) : eur(0)), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'DOORN5' : ''), ['commerce.promotionID'], opt],
    ['Totaal', (c, o) => eur(atTotal(o)), [OR('priceTotal')]],
    ['Betaalmethode', (c, o) => atPay(o), [OR('payments[0].paymentType')]],
    ['Betaalstatus', (c, o) => (atPaid(o) ? 'Betaald' : 'Geannuleerd'), []],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => c.mobile, PHONE_ID, opt],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Woonplaats', (c) => c.city, [BILL('city')], opt],
    ['Geboortedatum', (c) => dmy(bd(c.birth), '-'), []],
    ['Barcode', (c, o, r) => v.digits(r, 13), []],
    ['Gescand', (c, o) => (atPaid(o) && n(o) % 3 ? 'Ja' : 'Nee'), []],
    ['Verkoopkanaal', (c, o) => row(['Webshop', 'Webshop', 'Kassa', 'Webshop', 'Facebook'], n(o) % 5), [], opt],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), []],
  ] },
  // ---------------------------------------------------------------- Flanders: review platform reviews
  { name: 'kiyoh-reviews-export-be', product: 'Kiyoh (Kiyoh dashboard > Reviews > Exporteer reviews (CSV), one row per review collected by a post-purchase invitation, Dutch (Flemish) UI, an Antwerp bike shop with a web shop and workshop, Europe/Brussels)', family: 'support', language: 'nl', schema: E, cols: [
    ['Review ID', (c, o) => `${pad(1900000 + n(o) * 17, 7)}`, ['_id'], opt],
    ['Datum', (c, o) => nlT(cet(kyAt(o))), ['timestamp']],
    ['Naam', (c) => `${who(c, 'be').first} ${who(c, 'be').last[0]}.`, []],
    ['E-mailadres', (c) => who(c, 'be').email, EMAIL_ID],
    ['Woonplaats', (c) => who(c, 'be').city, ['placeContext.geo.city'], opt],
    ['Totaalscore', (c, o) => String(kyScore(o)), []],
    ['Aanbevelen', (c, o) => (kyScore(o) >= 7 ? 'Ja' : 'Nee'), []],
    ['Service', (c, o) => String(Math.max(1, Math.min(10, kyScore(o) + ((n(o) % 3) - 1)))), []],
    ['Levertijd', (c, o) => (kyItem(o)[0].startsWith('SV') ? '' : String(Math.max(1, kyScore(o) - (n(o) % 2)))), []],
    ['Titel', (c, o) => row(['Top service!', 'Snel geleverd', 'Goede raad gekregen', 'Prima', 'Fiets stond niet klaar op afgesproken dag', 'Lange wachttijd'], n(o) % 6), []],
    ['Positief', (c, o) => row(['Vriendelijke uitleg bij het afhalen', 'Alles netjes afgesteld', 'Duidelijke communicatie', ''], n(o) % 4), []],
    ['Verbeterpunt', (c, o) => row(['', '', 'Parkeren is lastig', 'Mail met bevestiging kwam pas laat'], n(o) % 4), []],
    ['Reactie bedrijf', (c, o) => (kyScore(o) < 7 ? 'Bedankt voor je feedback, we nemen contact met je op.' : ''), []],
    ['Referentienummer', (c, o) => `WEB${pad(30000 + n(o), 6)}`, [OR('purchaseID')]],
    ['Productcode', (c, o) => kyItem(o)[0], [PL('SKU')]],
    ['Productnaam', (c, o) => kyItem(o)[1], [PL('name')]],
    ['Taal', () => 'nl-BE', [], opt],
    ['Status', (c, o) => (n(o) % 15 === 4 ? 'In behandeling' : 'Gepubliceerd'), []],
    ['Uitnodiging verstuurd', (c, o) => nlT(cet(kyAt(o) - 3 * day)), []],
  ] },
  // ---------------------------------------------------------------- Denmark: card-terminal transactions
  { name: 'flatpay-transaktioner-export-dk', product: 'Flatpay (Flatpay-portalen > Transaktioner > Eksportér (CSV), one row per card transaction, Danish UI, an Aarhus coffee bar with two terminals, Europe/Copenhagen, DKK)', family: 'payments', language: 'da', schema: E, cols: [
    ['Dato', (c, o) => `${dmy(cet(fpAt(o)), '-')} ${hms(cet(fpAt(o)))}`, ['timestamp']],
    ['Transaktions-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Kvitteringsnr.', (c, o) => String(100000 + n(o) * 3), [OR('purchaseID')], opt],
    ['Status', (c, o) => fpSt(o), []],
    ['Beløb', (c, o) => thou(fpAmt(o) + fpTip(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Drikkepenge', (c, o) => thou(fpTip(o)), []],
    ['Valuta', () => 'DKK', CUR],
    ['Gebyr', (c, o) => thou(fpFee(o)), []],
    ['Netto', (c, o) => thou(fpSt(o) === 'Afvist' ? 0 : fpAmt(o) + fpTip(o) - fpFee(o)), [], opt],
    ['Korttype', (c, o) => fpCard(o)[0], [OR('payments[0].paymentType')]],
    ['Kortnummer', (c, o) => (fpCard(o)[1] ? `${fpCard(o)[1]} **** **** ${pad((n(o) * 37) % 10000, 4)}` : ''), []],
    ['Indtastning', (c, o) => row(['Kontaktløs', 'Chip', 'Apple Pay', 'Kontaktløs', 'Google Pay'], n(o) % 5), [], opt],
    ['Terminal', (c, o) => (n(o) % 3 ? 'Disken' : 'Bagbaren'), []],
    ['Terminal-ID', (c, o) => (n(o) % 3 ? 'FP-40112871' : 'FP-40112872'), []],
    ['Butik', () => 'Kaffebaren Jægergården', STORE, opt],
    ['Refunderet beløb', (c, o) => (fpSt(o) === 'Refunderet' ? thou(fpAmt(o)) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Udbetalingsdato', (c, o) => (fpSt(o) === 'Afvist' ? '' : dmy(cet(fpAt(o) + day), '-')), []],
    ['Kunde-e-mail (kvittering)', (c, o) => (n(o) % 4 === 1 ? who(c, 'da').email : ''), EMAIL_ID],
  ] },
  // ---------------------------------------------------------------- Finland: association membership register
  { name: 'kilta-jasenrekisteri-vienti-fi', product: 'Kilta (jäsenrekisteri; Jäsenet > Haku > Vie Exceliin/CSV, one row per member, Finnish UI, a Tampere-area local association of a national health federation)', family: 'loyalty', language: 'fi', schema: P, cols: [
    ['Jäsennumero', (c) => String(100000 + (n(c) * 13) % 800000), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Sukunimi', (c) => who(c, 'fi').last, ['person.name.lastName']],
    ['Etunimet', (c) => `${who(c, 'fi').first}${n(c) % 3 ? ` ${row(['Johannes', 'Maria', 'Kalevi', 'Helena'], n(c) % 4)}` : ''}`, ['person.name.firstName']],
    ['Kutsumanimi', (c) => who(c, 'fi').first, [], opt],
    ['Syntymäaika', (c) => fiDate(bd(c.birth)), ['person.birthDate']],
    ['Sukupuoli', (c) => (who(c, 'fi').female ? 'Nainen' : 'Mies'), ['person.gender']],
    ['Lähiosoite', (c) => who(c, 'fi').street, at(HOME, 'street1')],
    ['Postinumero', (c) => who(c, 'fi').zip, at(HOME, 'postalCode')],
    ['Postitoimipaikka', (c) => who(c, 'fi').city.toUpperCase(), at(HOME, 'city')],
    ['Maa', (c) => who(c, 'fi').country, at(HOME, 'country')],
    ['Matkapuhelin', (c) => who(c, 'fi').mobile, ['mobilePhone.number']],
    ['Sähköposti', (c) => (n(c) % 6 === 5 ? '' : who(c, 'fi').email), ['personalEmail.address']],
    ['Kieli', (c) => (n(c) % 12 === 7 ? 'ruotsi' : 'suomi'), []],
    ['Jäsenlaji', (c) => ktType(c), ['loyalty.tier'], opt],
    ['Liittymispäivä', (c) => fiDate(eet(c.created)), ['loyalty.joinDate']],
    ['Jäsenmaksu 2024', (c) => ktFee(c), []],
    ['Maksupäivä', (c) => (ktFee(c) === 'Maksettu' ? fiDate(eet(Date.UTC(2024, 1, 10) + (n(c) % 60) * day)) : ''), []],
    ['Viitenumero', (c) => `${2024}${pad(n(c) % 100000, 5)}${n(c) % 10}`, []],
    ['Lehti', (c) => (n(c) % 4 === 3 ? 'Ei lehteä' : 'Paperilehti'), []],
    ['Sähköpostiluvat', (c) => (c.bool ? 'Kyllä' : 'Ei'), []],
    ['Luottamustehtävät', (c) => row(['', '', '', 'Hallituksen jäsen', '', 'Rahastonhoitaja'], n(c) % 6), []],
    ['Lisätietoja', (c) => row(['', '', 'Osoite päivitetty Postista', ''], n(c) % 4), []],
  ] },
  // ---------------------------------------------------------------- Sweden: chat-agent service leads
  { name: 'weply-leads-export-se', product: 'Weply (Weply-portalen > Leads > Exportera (CSV), one row per lead captured by Weply\'s chat agents on the customer\'s website, Swedish UI, a Gothenburg solar-panel installer selling to companies and housing co-operatives, Europe/Stockholm)', family: 'support', language: 'sv', schema: B, cols: [
    ['Lead-ID', (c) => String(7700000 + (n(c) * 11) % 900000), B2BID, opt],
    ['Datum', (c) => `${ymd(cet(wpAt(c)))} ${hm(cet(wpAt(c)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Namn', (c) => who(c, 'sv').full, ['person.name.fullName']],
    ['Företag', (c) => wpFirm(c)[0], CO],
    ['Organisationsnummer', (c) => wpFirm(c)[1], [], opt],
    ['E-post', (c) => `${slug(who(c, 'sv').first)}.${slug(who(c, 'sv').last)}@${wpFirm(c)[2]}`, WE],
    ['Telefon', (c) => who(c, 'sv').mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Ort', (c) => who(c, 'sv').city, [W('city')], opt],
    ['Kategori', (c) => wpCat(c), [], opt],
    ['Sammanfattning', (c) => row(['Vill ha offert på solceller för ca 400 m² tak på lagerbyggnad.', 'Styrelsen undrar över solceller + batteri för föreningen, vill bli uppringd.', 'Frågar om ROT/grönt avdrag gäller för företag.', 'Vill boka platsbesök nästa vecka.'], n(c) % 4), []],
    ['Sida', (c) => row(['https://www.vastsolenergi.se/foretag', 'https://www.vastsolenergi.se/brf', 'https://www.vastsolenergi.se/', 'https://www.vastsolenergi.se/kontakt'], n(c) % 4), []],
    ['Källa', (c) => row(['Google Ads', 'Organisk sökning', 'Direkt', 'Facebook'], n(c) % 4), ['b2b.personSource'], opt],
    ['Status', (c) => row(['Ny', 'Kontaktad', 'Offert skickad', 'Vunnen', 'Förlorad'], n(c) % 5), ['b2b.personStatus'], opt],
    ['Agent', (c) => row(['Alva', 'Hugo', 'Selma'], n(c) % 3), []],
    ['Chattlängd (min)', (c) => String(3 + n(c) % 14), []],
  ] },
  // ---------------------------------------------------------------- Norway: event registration participants
  { name: 'deltager-deltakerliste-eksport-no', product: 'Deltager.no (Deltager AS; Arrangement > Deltakere > Eksporter til Excel, one row per registered participant, Norwegian UI, an Oslo two-day information-security conference run by an industry association, Europe/Oslo, NOK)', family: 'events', language: 'no', schema: B, cols: [
    ['Påmeldings-ID', (c) => String(2300000 + (n(c) * 7) % 500000), B2BID, opt],
    ['Påmeldt', (c) => `${dmy(cet(dlAt(c)))} ${hm(cet(dlAt(c)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Fornavn', (c) => who(c, 'no').first, ['person.name.firstName']],
    ['Etternavn', (c) => who(c, 'no').last, ['person.name.lastName']],
    ['E-post', (c) => `${slug(who(c, 'no').first)}.${slug(who(c, 'no').last)}@${dlFirm(c)[2]}`, WE],
    ['Mobil', (c) => who(c, 'no').mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Firma', (c) => dlFirm(c)[0], CO],
    ['Org.nr.', (c) => dlFirm(c)[1], [], opt],
    ['Stilling', (c) => dlRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Avdeling', (c) => dlRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Adresse', (c) => who(c, 'no').street, [W('street1'), 'mailingAddress.street1'], opt],
    ['Postnr.', (c) => who(c, 'no').zip, [W('postalCode'), 'mailingAddress.postalCode'], opt],
    ['Poststed', (c) => who(c, 'no').city, [W('city'), 'mailingAddress.city'], opt],
    ['Billettype', (c) => dlTicket(c)[0], []],
    ['Pris', (c) => `${thou(dlTicket(c)[1], ' ')}`, []],
    ['Betalingsstatus', (c) => (dlTicket(c)[1] === 0 ? 'Gratis' : n(c) % 4 === 1 ? 'Faktura sendt' : 'Betalt'), []],
    ['Fakturareferanse', (c) => (n(c) % 4 === 1 && dlTicket(c)[1] ? `Prosjekt ${400 + n(c) % 90}` : ''), []],
    ['Matallergier', (c) => row(['', '', 'Glutenfri', '', 'Vegetar', 'Laktoseintoleranse'], n(c) % 6), []],
    ['Konferansemiddag', (c) => (n(c) % 3 ? 'Ja' : 'Nei'), []],
    ['Sjekket inn', (c) => (n(c) % 5 === 2 ? 'Nei' : 'Ja'), []],
    ['Samtykke nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Kommentar', (c) => row(['', '', 'Kommer dag 2 kun', ''], n(c) % 4), []],
  ] },
]
