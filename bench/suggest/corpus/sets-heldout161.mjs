// Round 66, heldout161: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German (Germany, Austria, Switzerland), Dutch/Flemish and Nordic
// (Swedish, Danish, Norwegian, Finnish) exports, headers in the product's UI language: a Swedish retail POS's receipt
// lines (Winpos), a Flemish channel manager's reservations (Cubilis), a German multichannel-tracking tool's
// conversions (intelliAd), a Finnish employee-benefit wallet's merchant payments (Epassi), a Danish theatre ticketing
// system's order lines (Tixly), an Austrian voucher shop's voucher sales (Incert), a Swedish salon system's customer
// register (Hairtools), a Swiss ticket seller's buyer data (Starticket), a Dutch hosted web shop's customers (Hostnet
// Webwinkel), a German CRM's contacts (AMTANGEE), a Finnish B2B contact database's target list (Fonecta Profiler) and
// a Norwegian event-registration platform's participants (Checkin.no) (de 4, nl 2, sv 2, da 1, no 1, fi 2; E 6, P 3,
// B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// Central European time (+1, +2 in summer) and Eastern European time (+2, +3 in summer)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 10) => { const H = v.shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const dotT = (p) => `${dmy(p)} ${hm(p)}`
const STORE = ['commerce.commerceScope.storeCode']
const PAYT = [OR('payments[0].paymentType')]
const WMAIL = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2f6b1c3d); r(); r(); return r }
const PEOPLE = {
  sv: { f: ['Anna', 'Emma', 'Maja', 'Karin', 'Elin', 'Sara', 'Ingrid', 'Linnea'], m: ['Erik', 'Lars', 'Johan', 'Oskar', 'Anders', 'Magnus', 'Nils', 'Fredrik'],
    l: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Lindqvist', 'Berg', 'Holm', 'Sjöberg', 'Åberg'],
    // [ort, postnummer, län, gata]
    p: [['Malmö', '211 22', 'Skåne län', 'Södra Förstadsgatan'], ['Malmö', '214 21', 'Skåne län', 'Bergsgatan'], ['Lund', '222 23', 'Skåne län', 'Kävlingevägen'], ['Uppsala', '753 20', 'Uppsala län', 'Svartbäcksgatan'], ['Göteborg', '413 19', 'Västra Götalands län', 'Linnégatan'], ['Stockholm', '118 20', 'Stockholms län', 'Hornsgatan'], ['Staffanstorp', '245 32', 'Skåne län', 'Torget']],
    d: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'live.se', 'icloud.com'],
    mob: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` },
  da: { f: ['Mette', 'Camilla', 'Sofie', 'Louise', 'Anne', 'Ida', 'Freja'], m: ['Mads', 'Søren', 'Rasmus', 'Frederik', 'Jens', 'Mikkel', 'Anders'],
    l: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen', 'Kjær'],
    p: [['Aarhus C', '8000', 'Region Midtjylland', 'Frederiksgade'], ['Aarhus N', '8200', 'Region Midtjylland', 'Randersvej'], ['Risskov', '8240', 'Region Midtjylland', 'Vejlby Centervej'], ['Viby J', '8260', 'Region Midtjylland', 'Skanderborgvej'], ['Silkeborg', '8600', 'Region Midtjylland', 'Vestergade'], ['Randers C', '8900', 'Region Midtjylland', 'Østervold'], ['København K', '1150', 'Region Hovedstaden', 'Nørregade']],
    d: ['gmail.com', 'hotmail.com', 'live.dk', 'outlook.dk', 'mail.dk', 'icloud.com'],
    mob: (r) => `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '51', '60'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
  no: { f: ['Ingrid', 'Nora', 'Kari', 'Silje', 'Hanne', 'Marte', 'Ida'], m: ['Ole', 'Lars', 'Henrik', 'Jonas', 'Magnus', 'Knut', 'Eirik'],
    l: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Bakken', 'Solheim'],
    p: [['Bergen', '5015', 'Vestland', 'Kong Oscars gate'], ['Bergen', '5003', 'Vestland', 'Nordnesgaten'], ['Oslo', '0558', 'Oslo', 'Thorvald Meyers gate'], ['Ålesund', '6002', 'Møre og Romsdal', 'Keiser Wilhelms gate'], ['Stavanger', '4005', 'Rogaland', 'Pedersgata'], ['Trondheim', '7011', 'Trøndelag', 'Olav Tryggvasons gate'], ['Haugesund', '5527', 'Rogaland', 'Haraldsgata']],
    d: ['gmail.com', 'hotmail.com', 'online.no', 'outlook.com'],
    mob: (r) => `+47 ${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}` },
  fi: { f: ['Aino', 'Emilia', 'Sanna', 'Laura', 'Johanna', 'Noora', 'Kaisa'], m: ['Mikko', 'Juha', 'Antti', 'Jukka', 'Ville', 'Teemu', 'Janne'],
    l: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'],
    p: [['Helsinki', '00100', 'Uusimaa', 'Mannerheimintie'], ['Espoo', '02150', 'Uusimaa', 'Otakaari'], ['Tampere', '33100', 'Pirkanmaa', 'Hämeenkatu'], ['Turku', '20100', 'Varsinais-Suomi', 'Aurakatu'], ['Oulu', '90100', 'Pohjois-Pohjanmaa', 'Isokatu'], ['Jyväskylä', '40100', 'Keski-Suomi', 'Kauppakatu'], ['Vantaa', '01510', 'Uusimaa', 'Tikkurilantie']],
    d: ['gmail.com', 'hotmail.com', 'outlook.com', 'luukku.com', 'elisanet.fi'],
    mob: (r) => `${v.pick(r, ['040', '044', '045', '050'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` },
  at: { f: ['Katharina', 'Lena', 'Sarah', 'Julia', 'Theresa', 'Magdalena'], m: ['Florian', 'Lukas', 'Thomas', 'Stefan', 'Andreas', 'Markus'],
    l: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Eder'],
    p: [['Innsbruck', '6020', 'Tirol', 'Maria-Theresien-Straße'], ['Wien', '1070', 'Wien', 'Neubaugasse'], ['Salzburg', '5020', 'Salzburg', 'Linzer Gasse'], ['Linz', '4020', 'Oberösterreich', 'Landstraße'], ['Graz', '8010', 'Steiermark', 'Sporgasse'], ['München', '80331', 'Bayern', 'Sendlinger Straße'], ['Kufstein', '6330', 'Tirol', 'Unterer Stadtplatz']],
    d: ['gmx.at', 'aon.at', 'gmail.com', 'a1.net', 'chello.at', 'gmx.de'],
    mob: (r) => `+43 6${v.pick(r, ['64', '60', '76', '99', '50'])} ${v.int(r, 1000000, 9999999)}` },
  ch: { f: ['Sandra', 'Nicole', 'Laura', 'Céline', 'Andrea', 'Corinne'], m: ['Reto', 'Beat', 'Urs', 'Marco', 'Daniel', 'Lukas'],
    l: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Widmer'],
    p: [['Zürich', '8004', 'ZH', 'Langstrasse'], ['Zürich', '8032', 'ZH', 'Klosbachstrasse'], ['Winterthur', '8400', 'ZH', 'Marktgasse'], ['Baden', '5400', 'AG', 'Badstrasse'], ['Bern', '3011', 'BE', 'Kramgasse'], ['Luzern', '6003', 'LU', 'Pilatusstrasse'], ['Uster', '8610', 'ZH', 'Bankstrasse']],
    d: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hispeed.ch', 'sunrise.ch'],
    mob: (r) => `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
  be: { f: ['Lotte', 'Ine', 'Sofie', 'Elke', 'Hanne', 'Charlotte'], m: ['Pieter', 'Wouter', 'Jeroen', 'Bart', 'Thomas', 'Koen'],
    l: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen'],
    p: [['Gent', '9000', 'Oost-Vlaanderen', 'Korenmarkt'], ['Antwerpen', '2018', 'Antwerpen', 'Belgiëlei'], ['Leuven', '3000', 'Vlaams-Brabant', 'Naamsestraat'], ['Hasselt', '3500', 'Limburg', 'Kapelstraat'], ['Kortrijk', '8500', 'West-Vlaanderen', 'Doorniksestraat'], ['Mechelen', '2800', 'Antwerpen', 'Bruul']],
    d: ['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com', 'proximus.be'],
    mob: (r) => `+32 4${v.pick(r, ['70', '75', '77', '78', '85', '95'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), L = PEOPLE[cc]
  const female = r() < 0.55
  const first = v.pick(r, female ? L.f : L.m), last = v.pick(r, L.l), pl = v.pick(r, L.p)
  const num = v.int(r, 1, 140)
  return { female, first, last, full: `${first} ${last}`, city: pl[0], zip: pl[1], region: pl[2], street: `${pl[3]} ${num}`, num,
    mobile: L.mob(r), email: `${v.slug(first)}${v.pick(r, ['.', '', '_'])}${v.slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.d)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const sv = (c) => who(c, 'sv')
const da = (c) => who(c, 'da')
const no = (c) => who(c, 'no')
const fi = (c) => who(c, 'fi')
const at_ = (c) => who(c, 'at')
const ch = (c) => who(c, 'ch')
const be = (c) => who(c, 'be')
// the shared person's first names carry no gender: read it from the name
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const kr = (x) => dec(x)
const eur = (x) => dec(x)

// ---------------------------------------------------------------- 1. Winpos receipt lines (sv, E)
// an Uppsala and Lund health-food chain: [artikelnr, EAN, benämning, varugrupp, enhet, pris inkl moms, moms %]
const WP_ITEMS = [['10452', '7310130004512', 'Havredryck Barista 1 l', 'Drycker', 'st', 24.9, 12], ['20118', '7350042710182', 'Proteinbar Kakao & Havssalt 55 g', 'Snacks', 'st', 29, 12], ['31007', '7318690310070', 'Magnesium + B6 90 kapslar', 'Kosttillskott', 'st', 149, 25], ['40220', '2340220000000', 'Cashewnötter ekologiska', 'Lösvikt', 'kg', 219, 12], ['50031', '7350105500315', 'Ekologisk tvål Lavendel 250 ml', 'Hudvård', 'st', 69, 25], ['31044', '7318690310445', 'D-vitamin 50 µg 120 tabletter', 'Kosttillskott', 'st', 119, 25]]
const wpItem = (o, i) => row(WP_ITEMS, i + n(o))
const wpQty = (o, i) => (wpItem(o, i)[4] === 'kg' ? (0.15 + (n(o) % 7) * 0.05) : o.qty)
const wpQtyS = (o, i) => (wpItem(o, i)[4] === 'kg' ? dec(wpQty(o, i)).replace(/(\d)$/, '$10') : String(o.qty))
const wpDisc = (o, i) => (n(o) % 4 === 0 ? Math.round(wpItem(o, i)[5] * wpQty(o, i) * 0.2 * 100) / 100 : 0)
const wpSum = (o, i) => wpItem(o, i)[5] * wpQty(o, i) - wpDisc(o, i)
const wpAt = (o) => open(o.at, 1, 9, 11)
const wpStore = (o) => row([['11', 'Uppsala Centrum'], ['12', 'Uppsala Gränby'], ['21', 'Lund Mårtenstorget']], n(o) % 3)
const wpPay = (o) => row(['Kort', 'Swish', 'Kort', 'Kontant', 'Kort', 'Presentkort'], n(o) % 6)
// ---------------------------------------------------------------- 2. Cubilis reservations (nl-BE, E)
// a Ghent boutique hotel: [kamertype, prijs per nacht]
const CB_ROOMS = [['Standaard tweepersoonskamer', 119], ['Superior kamer met zicht op de Leie', 159], ['Familiekamer (4 pers.)', 189], ['Eenpersoonskamer', 89], ['Suite met terras', 245]]
const cbRoom = (o) => row(CB_ROOMS, n(o) % 5)
const cbChan = (o) => row(['Booking.com', 'Expedia', 'Eigen website', 'Booking.com', 'Airbnb', 'Booking.com', 'Telefonisch'], n(o) % 7)
const cbNights = (o) => 1 + (n(o) % 4)
const cbRate = (o) => row(['Standaard tarief', 'Niet-annuleerbaar', 'Ontbijt inbegrepen', 'Standaard tarief', 'Lang verblijf -10%'], n(o) % 5)
const cbTotal = (o) => cbRoom(o)[1] * cbNights(o) * (cbRate(o) === 'Niet-annuleerbaar' ? 0.9 : 1) + (cbRate(o) === 'Ontbijt inbegrepen' ? 2 * 18 * cbNights(o) : 0)
const cbArr = (o) => o.at + ((n(o) % 60) + 3) * day
const cbSt = (o) => row(['Bevestigd', 'Bevestigd', 'Gewijzigd', 'Bevestigd', 'Geannuleerd', 'Bevestigd'], n(o) % 6)
const cbGuest = (c, o) => (cbChan(o) === 'Expedia' || n(o) % 5 === 2 ? { ...be(c), city: row(['Amsterdam', 'Köln', 'Lille', 'Utrecht'], n(c)), zip: row(['1017 CT', '50667', '59000', '3511 LN'], n(c)), land: row(['Nederland', 'Duitsland', 'Frankrijk', 'Nederland'], n(c)) } : { ...be(c), land: 'België' })
// ---------------------------------------------------------------- 3. intelliAd conversions (de, E)
// a Hamburg bicycle-parts web shop
const IA_CH = [['SEA', 'Google Ads', 'Brand_DE_Exact', 'fahrradteile shop'], ['SEA', 'Microsoft Advertising', 'Generic_Bremsen', 'scheibenbremse shimano'], ['Preisvergleich', 'idealo', 'idealo_Feed', ''], ['Affiliate', 'AWIN', 'AWIN_Gutschein', ''], ['Newsletter', 'CleverReach', 'NL_KW14_Fruehjahrscheck', ''], ['SEO', 'Google organisch', '', ''], ['Direkt', 'Direkteingabe', '', ''], ['Social', 'Meta Ads', 'Retargeting_Warenkorb', '']]
const iaCh = (o) => row(IA_CH, n(o) % 8)
const iaType = (o) => row(['Bestellung', 'Bestellung', 'Bestellung', 'Newsletter-Anmeldung', 'Bestellung', 'Händleranfrage'], n(o) % 6)
const iaSale = (o) => iaType(o) === 'Bestellung'
const iaAt = (o) => open(o.at, 1, 7, 16)
const iaLand = (o) => { const [kanal, , kamp] = iaCh(o); if (kanal === 'Direkt') return 'https://www.radwerk-teile.de/'; return `https://www.radwerk-teile.de/${row(['bremsen/scheibenbremsen', 'antrieb/ketten', 'laufraeder', 'zubehoer/beleuchtung'], n(o) % 4)}${kamp ? `?ia-pmtrack=${v.slug(kamp)}${n(o) % 1000}` : ''}` }
const iaRef = (o) => ({ SEA: 'https://www.google.de/', Preisvergleich: 'https://www.idealo.de/preisvergleich/', Affiliate: 'https://www.gutscheine.de/', Newsletter: '', SEO: 'https://www.google.de/', Direkt: '', Social: 'https://l.facebook.com/' })[iaCh(o)[0]]
// ---------------------------------------------------------------- 4. Epassi merchant payments (fi, E)
// a Tampere climbing and padel centre: [tuote, hinta]
const EP_ITEMS = [['Kertamaksu aikuinen', 16], ['10 kerran sarjakortti', 140], ['Padel-vuoro 60 min', 32], ['Kuukausikortti', 69], ['Alkeiskurssi 2 x 2 h', 79], ['Opiskelija kertamaksu', 12.5]]
const epItem = (o) => row(EP_ITEMS, n(o) % 6)
const epBen = (o) => row(['Liikuntaetu', 'Liikuntaetu', 'Liikunta- ja kulttuurietu', 'Liikuntaetu', 'Hyvinvointietu'], n(o) % 5)
const epSt = (o) => row(['Hyväksytty', 'Hyväksytty', 'Hyväksytty', 'Peruttu', 'Hyväksytty', 'Hyvitetty'], n(o) % 6)
const epAt = (o) => open(o.at, 2, 8, 13)
const epPlace = (o) => row([['1043871', 'Kiipeilykeskus Kallio Hervanta'], ['1043872', 'Kiipeilykeskus Kallio Lielahti']], n(o) % 2)
const EMPLOYERS = ['Nokia Solutions and Networks Oy', 'Tampereen kaupunki', 'Sandvik Mining and Construction Oy', 'Valmet Technologies Oy', 'Pirkanmaan hyvinvointialue', 'Tieto Finland Oy']
// ---------------------------------------------------------------- 5. Tixly ticket order lines (da, E)
// an Aarhus theatre: [forestilling, scene, ordinær pris]
const TX_SHOWS = [['Den Grimme Ælling', 'Store Scene', 325], ['Hamlet', 'Store Scene', 395], ['Jul i Gammelby', 'Scala', 245], ['Stand-up: Sidste udkald', 'Studio', 195], ['Lille Prinsesse', 'Scala', 165]]
const txShow = (o, i) => row(TX_SHOWS, i + n(o))
const txType = (o) => row([['Voksen', 1], ['Studerende', 0.6], ['Pensionist', 0.8], ['Voksen', 1], ['Under 25', 0.5], ['Voksen', 1]], n(o) % 6)
const txPrice = (o, i) => Math.round(txShow(o, i)[2] * txType(o)[1])
const txFee = 15
const txAt = (o) => open(o.at, 1, 8, 15)
const txChan = (o) => row(['Web', 'Web', 'Billetkontor', 'Web', 'Telefon', 'Web'], n(o) % 6)
const txPay = (o) => (txChan(o) === 'Billetkontor' ? row(['Dankort', 'Kontant'], n(o)) : row(['Visa/Dankort', 'MobilePay', 'Mastercard', 'Gavekort', 'MobilePay'], n(o) % 5))
const txSt = (o) => row(['Betalt', 'Betalt', 'Betalt', 'Refunderet', 'Betalt', 'Reserveret'], n(o) % 6)
// ---------------------------------------------------------------- 6. Incert voucher sales (de-AT, E)
// a Tyrolean spa hotel: [artikelnr, gutschein, preis]
const IN_ITEMS = [['WG-050', 'Wertgutschein € 50', 50], ['WG-100', 'Wertgutschein € 100', 100], ['AR-WA2', 'Wellness-Auszeit 2 Nächte für 2 Personen', 498], ['SP-MAS50', 'Aromaölmassage 50 Minuten', 79], ['SP-DAY', 'Day Spa inkl. Mittagsbuffet', 69], ['AR-KUL', 'Kulinarik-Abend 5-Gänge-Menü für 2', 158]]
const inItem = (o, i) => row(IN_ITEMS, i + n(o))
const inShip = (o) => row([['Print@Home (PDF)', 0], ['Print@Home (PDF)', 0], ['Postversand im Geschenkkuvert', 4.9], ['Abholung an der Rezeption', 0], ['Print@Home (PDF)', 0]], n(o) % 5)
const inPay = (o) => row(['Kreditkarte', 'eps-Überweisung', 'PayPal', 'Kreditkarte', 'Sofortüberweisung', 'Apple Pay'], n(o) % 6)
const inSum = (o, i) => inItem(o, i)[2] * o.qty
const inAt = (o) => open(o.at, 1, 7, 16)
const inCode = (c, o, i) => { const r = seeded(c, `code${o.id}${i}`); return `${v.alnum(r, 4)}-${v.alnum(r, 4)}`.toUpperCase() }
const inRedeemed = (o) => n(o) % 3 === 0
// ---------------------------------------------------------------- 7. Hairtools customers (sv, P)
const htStylist = (c) => row(['Jenny', 'Amir', 'Sofia', 'Jenny', 'Malin', ''], n(c) % 6)
const htVisits = (c) => (n(c) % 23) + 1
const htCard = (c) => n(c) % 3 !== 1
// ---------------------------------------------------------------- 8. Starticket buyers (de-CH, P)
const stLang = (c) => row(['Deutsch', 'Deutsch', 'Deutsch', 'Französisch', 'Deutsch', 'Englisch'], n(c) % 6)
const stOrders = (c) => 1 + (n(c) % 9)
// ---------------------------------------------------------------- 9. Hostnet Webwinkel customers (nl, P)
// a Zwolle tea-and-coffee web shop
const NLP = [['Zwolle', '8011 LN', 'Overijssel', 'Diezerstraat'], ['Deventer', '7411 JV', 'Overijssel', 'Brink'], ['Kampen', '8261 GD', 'Overijssel', 'Oudestraat'], ['Apeldoorn', '7311 KZ', 'Gelderland', 'Hoofdstraat'], ['Amersfoort', '3811 JB', 'Utrecht', 'Langestraat'], ['Groningen', '9711 LM', 'Groningen', 'Herestraat']]
const nlP = (c) => row(NLP, n(c) % 6)
const tussen = (c) => (c.last.match(/^(van den|van der|van|de) /) ?? ['', ''])[1]
const nlLast = (c) => c.last.replace(/^(van den |van der |van |de )/, '').replace(/^./, (x) => x.toUpperCase())
const nlNum = (c) => 1 + (n(c) % 180)
const nlSuffix = (c) => row(['', '', 'A', '', 'bis', '', '-2'], n(c) % 7)
// ---------------------------------------------------------------- 10. AMTANGEE contacts (de, B)
// [firma, domain, straße, plz, ort, bundesland, zentrale]
const AM_FIRMS = [['Heidkamp Maschinenbau GmbH', 'heidkamp-mb.de', 'Eckendorfer Straße 91', '33609', 'Bielefeld', 'Nordrhein-Westfalen', '+49 521 9736-0'], ['Brökelmann Logistik GmbH & Co. KG', 'broekelmann-logistik.de', 'Industriestraße 14', '32051', 'Herford', 'Nordrhein-Westfalen', '+49 5221 1893-0'], ['Steuerberatung Vogt & Partner mbB', 'vogt-partner-stb.de', 'Niedernstraße 21', '33602', 'Bielefeld', 'Nordrhein-Westfalen', '+49 521 56070-0'], ['Wessel Möbelwerke AG', 'wessel-moebel.de', 'Hansastraße 3', '32257', 'Bünde', 'Nordrhein-Westfalen', '+49 5223 6540-0'], ['Stadtwerke Gütersloh GmbH', 'stadtwerke-gt.de', 'Berliner Straße 260', '33330', 'Gütersloh', 'Nordrhein-Westfalen', '+49 5241 822-0'], ['Nordmann Lebensmittel GmbH', 'nordmann-food.de', 'Am Hafen 8', '49074', 'Osnabrück', 'Niedersachsen', '+49 541 33870-0']]
const amFirm = (c) => row(AM_FIRMS, n(c) >> 1)
const AM_ROLE = [['Geschäftsführer', 'Geschäftsleitung'], ['IT-Leiter', 'IT'], ['Leiterin Buchhaltung', 'Finanzen'], ['Einkaufsleiter', 'Einkauf'], ['Systemadministrator', 'IT'], ['Assistentin der Geschäftsleitung', 'Geschäftsleitung'], ['Prokurist', 'Vertrieb']]
const amRole = (c) => row(AM_ROLE, n(c) % 7)
const amMail = (c) => `${v.slug(c.first)}.${v.slug(c.last)}@${amFirm(c)[1]}`
// ---------------------------------------------------------------- 11. Fonecta Profiler target list (fi, B)
// [yritys, y-tunnus, toimiala, henkilöstö, liikevaihto, katuosoite, postinumero, toimipaikka, maakunta, domain, vaihde]
const FP_FIRMS = [['Ohjelmistotalo Kaarna Oy', '2814567-3', '62010 Ohjelmistojen suunnittelu ja valmistus', '20–49', '2–10 milj. €', 'Hatanpään valtatie 26', '33100', 'Tampere', 'Pirkanmaa', 'kaarna.fi', '03 5551 200'], ['Rakennusliike Perälä Oy', '0973212-8', '41200 Asuin- ja muiden rakennusten rakentaminen', '50–99', '10–20 milj. €', 'Teollisuustie 5', '90460', 'Oulunsalo', 'Pohjois-Pohjanmaa', 'perala.fi', '08 5560 300'], ['Lounais-Suomen Kuljetus Oy', '1520988-5', '49410 Tieliikenteen tavarankuljetus', '100–249', '20–50 milj. €', 'Lentokentänkatu 7', '20360', 'Turku', 'Varsinais-Suomi', 'lsk.fi', '02 5554 100'], ['Tilitoimisto Numerus Oy', '2299340-1', '69200 Kirjanpito- ja tilintarkastuspalvelut', '10–19', '1–2 milj. €', 'Kauppakatu 18', '40100', 'Jyväskylä', 'Keski-Suomi', 'numerus.fi', '014 555 4400'], ['Helsingin Hammasklinikka Oy', '2035518-0', '86230 Hammaslääkäripalvelut', '20–49', '2–10 milj. €', 'Fredrikinkatu 51', '00100', 'Helsinki', 'Uusimaa', 'hhk.fi', '09 5557 0800'], ['Metsäkoski Engineering Oy', '3102876-4', '71121 Yleinen rakennusten ja rakennelmien suunnittelu', '50–99', '2–10 milj. €', 'Tekniikantie 14', '02150', 'Espoo', 'Uusimaa', 'metsakoski.fi', '09 5558 1500']]
const fpFirm = (c) => row(FP_FIRMS, n(c) >> 1)
const FP_ROLE = [['Toimitusjohtaja', 'Johto'], ['Talousjohtaja', 'Talous'], ['IT-päällikkö', 'Tietohallinto'], ['Markkinointipäällikkö', 'Markkinointi'], ['Henkilöstöpäällikkö', 'Henkilöstöhallinto'], ['Myyntijohtaja', 'Myynti'], ['Hankintapäällikkö', 'Hankinta']]
const fpRole = (c) => row(FP_ROLE, n(c) % 7)
// ---------------------------------------------------------------- 12. Checkin.no participants (no, B)
// a Bergen maritime-technology conference: [firma, orgnr, domain, bransje, adresse, postnr, poststed]
const CI_FIRMS = [['Vestkyst Offshore AS', '923 456 781', 'vestkystoffshore.no', 'Olje og gass', 'Sandviksbodene 68', '5035', 'Bergen'], ['Havbruksdata AS', '918 772 045', 'havbruksdata.no', 'Havbruk', 'Nygårdsgaten 114', '5008', 'Bergen'], ['Sunnmøre Skipsdesign AS', '987 651 230', 'sunnskip.no', 'Skipsdesign', 'Keiser Wilhelms gate 22', '6003', 'Ålesund'], ['Norsk Fartøyelektronikk AS', '912 308 447', 'nfe.no', 'Elektronikk', 'Kokstadvegen 23', '5257', 'Kokstad'], ['Hordaland Havn KF', '974 380 129', 'hordalandhavn.no', 'Offentlig sektor', 'Slottsgaten 1', '5003', 'Bergen'], ['Stord Verft og Service AS', '996 120 554', 'stordverft.no', 'Verft', 'Eldøyane 10', '5411', 'Stord']]
const ciFirm = (c) => row(CI_FIRMS, n(c) >> 1)
const ciTicket = (c) => row([['Konferansebillett', 6900], ['Early bird', 5400], ['Konferansebillett', 6900], ['Student', 900], ['Utstiller', 0], ['Foredragsholder', 0]], n(c) % 6)
const ciSt = (c) => (ciTicket(c)[1] === 0 ? 'Fullført' : row(['Betalt', 'Betalt', 'Faktura sendt', 'Betalt', 'Kansellert'], n(c) % 5))
const ciRole = (c) => row(['Daglig leder', 'Prosjektleder', 'Innkjøpssjef', 'Seniorrådgiver', 'Teknisk sjef', 'Masterstudent', 'Salgsdirektør'], n(c) % 7)

export const SETS = [
  // ---------------------------------------------------------------- Sweden: retail POS receipt lines
  { name: 'winpos-kvittorader-export-sv', product: 'Winpos (Winpos AB; Winpos Retail > Rapporter > Försäljning > Kvittorader > Exportera till fil, one row per receipt line, Swedish UI, an Uppsala and Lund health-food chain with member cards, Swedish time, SEK with VAT)', family: 'pos', language: 'sv', schema: E, cols: [
    ['Butiksnr', (c, o) => wpStore(o)[0], STORE],
    ['Butik', (c, o) => `Hälsohörnan ${wpStore(o)[1]}`, [], opt],
    ['Kassa', (c, o) => String(1 + (n(o) % 3)), []],
    ['Kvittonr', (c, o) => String(400000 + n(o) * 3), [OR('purchaseID')]],
    ['Datum', (c, o) => ymd(cet(wpAt(o))), ['timestamp']],
    ['Tid', (c, o) => hms(cet(wpAt(o))), [], opt],
    ['Kassör', (c, o) => row(['Elin S', 'Mohammed A', 'Karin L', 'Oskar B'], n(o) % 4), []],
    ['Medlemsnr', (c) => (c.bool ? `7100${pad(n(c), 6)}` : ''), CUST_ID, opt],
    ['Artikelnr', (c, o, r, i) => wpItem(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => wpItem(o, i)[1], [PL('SKU'), PL('product')], opt],
    ['Benämning', (c, o, r, i) => wpItem(o, i)[2], [PL('name')]],
    ['Varugrupp', (c, o, r, i) => wpItem(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Antal', (c, o, r, i) => wpQtyS(o, i), [PL('quantity')]],
    ['Enhet', (c, o, r, i) => wpItem(o, i)[4], [PL('unitOfMeasureCode')]],
    ['À-pris', (c, o, r, i) => kr(wpItem(o, i)[5]), [], opt],
    ['Rabatt', (c, o, r, i) => kr(wpDisc(o, i)), [PL('discountAmount')]],
    ['Kampanj', (c, o) => (n(o) % 4 === 0 ? 'Medlemsvecka -20%' : ''), ['commerce.promotionID'], opt],
    ['Belopp inkl moms', (c, o, r, i) => kr(wpSum(o, i)), [PL('priceTotal')]],
    ['Moms %', (c, o, r, i) => String(wpItem(o, i)[6]), []],
    ['Momsbelopp', (c, o, r, i) => kr(wpSum(o, i) * wpItem(o, i)[6] / (100 + wpItem(o, i)[6])), [], opt],
    ['Betalsätt', (c, o) => wpPay(o), PAYT],
    ['Valuta', () => 'SEK', [OR('currencyCode'), PL('currencyCode')]],
    ['Makulerad', (c, o) => (n(o) % 17 === 0 ? 'J' : 'N'), []],
  ] },
  // ---------------------------------------------------------------- Belgium (Flanders): channel manager reservations
  { name: 'cubilis-reservaties-export-nl', product: 'Cubilis (Stardekk; Reservaties > Overzicht reservaties > Exporteer naar Excel, one row per booked room, Dutch (Flemish) UI, a Ghent boutique hotel selling through Booking.com, Expedia, Airbnb and its own booking engine, Belgian time, EUR)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Reservatienummer', (c, o) => `CUB${pad(2400000 + n(o) * 7, 8)}`, ['_id', OR('purchaseID')]],
    ['Kanaal', (c, o) => cbChan(o), [], opt],
    ['Kanaalreferentie', (c, o, r) => (cbChan(o) === 'Booking.com' ? String(v.int(r, 3100000000, 4999999999)) : cbChan(o) === 'Expedia' ? String(v.int(r, 20000000, 99999999)) : cbChan(o) === 'Airbnb' ? `HM${v.alnum(r, 8).toUpperCase()}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Status', (c, o) => cbSt(o), []],
    ['Geboekt op', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Aankomst', (c, o) => dmy(cet(cbArr(o)), '/'), [], opt],
    ['Vertrek', (c, o) => dmy(cet(cbArr(o) + cbNights(o) * day), '/'), [], opt],
    ['Nachten', (c, o) => String(cbNights(o)), []],
    ['Kamertype', (c, o) => cbRoom(o)[0], [PL('name')]],
    ['Tariefplan', (c, o) => cbRate(o), [PL('selectedOptions[0].value')], opt],
    ['Aantal kamers', () => '1', [PL('quantity')]],
    ['Volwassenen', (c, o) => String(cbRoom(o)[0].startsWith('Familie') ? 2 : cbRoom(o)[0].startsWith('Een') ? 1 : 2), []],
    ['Kinderen', (c, o) => String(cbRoom(o)[0].startsWith('Familie') ? 2 : 0), []],
    ['Naam', (c, o) => cbGuest(c, o).last, []],
    ['Voornaam', (c, o) => cbGuest(c, o).first, []],
    ['E-mail', (c, o) => (cbChan(o) === 'Booking.com' ? `${v.slug(cbGuest(c, o).first)}${v.slug(cbGuest(c, o).last).slice(0, 3)}.${String(n(o) * 917).slice(0, 6)}@guest.booking.com` : cbGuest(c, o).email), EMAIL_ID],
    ['Telefoon', (c, o) => cbGuest(c, o).mobile, PHONE_ID, opt],
    ['Adres', (c, o) => (cbChan(o) === 'Airbnb' ? '' : cbGuest(c, o).street), [BILL('street1')], opt],
    ['Postcode', (c, o) => (cbChan(o) === 'Airbnb' ? '' : cbGuest(c, o).zip), [BILL('postalCode')], opt],
    ['Gemeente', (c, o) => (cbChan(o) === 'Airbnb' ? '' : cbGuest(c, o).city), [BILL('city')], opt],
    ['Land', (c, o) => cbGuest(c, o).land, [BILL('country')], opt],
    ['Totaalbedrag', (c, o) => eur(cbTotal(o)), [OR('priceTotal')]],
    ['Munteenheid', () => 'EUR', [OR('currencyCode')]],
    ['Commissie', (c, o) => (['Booking.com', 'Expedia', 'Airbnb'].includes(cbChan(o)) ? eur(cbTotal(o) * (cbChan(o) === 'Airbnb' ? 0.03 : 0.17)) : '0,00'), []],
    ['Betaalwijze', (c, o) => (cbChan(o) === 'Expedia' ? 'Virtuele creditcard' : cbChan(o) === 'Eigen website' ? 'Online betaald (Bancontact)' : cbChan(o) === 'Airbnb' ? 'Via kanaal' : 'Betaling bij aankomst'), PAYT, opt],
    ['Opmerkingen', (c, o) => row(['', 'Late aankomst rond 23u', '', 'Babybedje gewenst', '', 'Fiets stallen a.u.b.'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Germany: multichannel tracking conversions
  { name: 'intelliad-conversions-customer-journey-de', product: 'intelliAd Multichannel Tracking (intelliAd Media GmbH; Reporting > Conversions > Conversion-Export (CSV), one row per tracked conversion with its last touchpoint, German UI, a Hamburg bicycle-parts web shop, CET, EUR)', family: 'analytics', language: 'de', schema: E, cols: [
    ['Conversion-ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['Conversion-Zeitpunkt', (c, o) => `${dmy(cet(iaAt(o)))} ${hms(cet(iaAt(o)))}`, ['timestamp']],
    ['Conversion-Typ', (c, o) => iaType(o), ['eventType'], opt],
    ['Bestell-ID', (c, o) => (iaSale(o) ? `RW-${300000 + n(o)}` : ''), [OR('purchaseID')]],
    ['Umsatz', (c, o) => (iaSale(o) ? dec(o.total * 1.8) : '0,00'), [OR('priceTotal')]],
    ['Deckungsbeitrag', (c, o) => (iaSale(o) ? dec(o.total * 0.45) : '0,00'), []],
    ['Anzahl Artikel', (c, o) => (iaSale(o) ? String(o.qty) : '0'), [PL('quantity')], opt],
    ['Neukunde', (c, o) => (iaSale(o) ? (c.bool ? 'nein' : 'ja') : ''), []],
    ['Kanal', (c, o) => iaCh(o)[0], ['marketing.campaignGroup'], opt],
    ['Publisher', (c, o) => iaCh(o)[1], [], opt],
    ['Kampagne', (c, o) => iaCh(o)[2], ['marketing.campaignName']],
    ['Anzeigengruppe', (c, o) => (iaCh(o)[0] === 'SEA' ? row(['Shimano', 'Magura', 'Marke', 'SRAM'], n(o) % 4) : ''), [], opt],
    ['Keyword', (c, o) => iaCh(o)[3], [], opt],
    ['Tracking-Code', (c, o) => (iaCh(o)[2] ? `ia_${v.slug(iaCh(o)[2])}` : ''), ['marketing.trackingCode']],
    ['Klick-Zeitpunkt', (c, o) => `${dmy(cet(iaAt(o) - ((n(o) % 50) + 2) * 600000))} ${hms(cet(iaAt(o) - ((n(o) % 50) + 2) * 600000))}`, [], opt],
    ['Kontaktpunkte gesamt', (c, o) => String(1 + (n(o) % 6)), []],
    ['Attribuierter Umsatz', (c, o) => (iaSale(o) ? dec(o.total * 1.8 / (1 + (n(o) % 3))) : '0,00'), [], opt],
    ['Landingpage', (c, o) => iaLand(o), ['web.webPageDetails.URL'], opt],
    ['Referrer', (c, o) => iaRef(o), ['web.webReferrer.URL']],
    ['Gerätetyp', (c, o) => row(['Desktop', 'Mobile', 'Mobile', 'Tablet', 'Desktop'], n(o) % 5), ['device.type']],
    ['Browser', (c, o) => row(['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet'], n(o) % 5), ['environment.browserDetails.name']],
    ['Betriebssystem', (c, o) => row(['Windows 10', 'iOS 17', 'Android 14', 'macOS', 'Windows 11'], n(o) % 5), ['environment.operatingSystem']],
    ['Storniert', (c, o) => (n(o) % 13 === 0 ? '1' : '0'), []],
  ] },
  // ---------------------------------------------------------------- Finland: employee-benefit merchant payments
  { name: 'epassi-maksutapahtumat-kauppias-fi', product: 'Epassi (Epassi Finland Oy; Kauppiasportaali > Maksutapahtumat > Lataa CSV, one row per benefit payment, Finnish UI, a Tampere climbing and padel centre with two sites, Finnish time, EUR)', family: 'payments', language: 'fi', schema: E, cols: [
    ['Tapahtumatunnus', (c, o) => String(88000000 + n(o) * 37), [OR('payments[0].transactionID')]],
    ['Aikaleima', (c, o) => `${dmy(eet(epAt(o)))} ${hms(eet(epAt(o)))}`, ['timestamp']],
    ['Toimipistetunnus', (c, o) => epPlace(o)[0], STORE, opt],
    ['Toimipiste', (c, o) => epPlace(o)[1], [], opt],
    ['Etu', (c, o) => epBen(o), PAYT, opt],
    ['Maksaja', (c) => `${fi(c).last} ${fi(c).first}`, []],
    ['Työnantaja', (c) => row(EMPLOYERS, n(c) % 6), []],
    ['Tuote', (c, o) => epItem(o)[0], [PL('name')]],
    ['Summa', (c, o) => eur(epItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuutta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['ALV %', (c, o) => (epItem(o)[0].includes('kurssi') ? '14' : '10'), []],
    ['Palvelumaksu', (c, o) => eur(epItem(o)[1] * 0.035), []],
    ['Tilitettävä summa', (c, o) => eur(epItem(o)[1] * 0.965), []],
    ['Tila', (c, o) => epSt(o), []],
    ['Hyvitetty summa', (c, o) => (epSt(o) === 'Hyvitetty' ? eur(epItem(o)[1]) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Maksukanava', (c, o) => row(['Mobiilisovellus', 'Mobiilisovellus', 'Kassa (QR)', 'Verkkokauppa'], n(o) % 4), [], opt],
    ['Tilityspäivä', (c, o) => (epSt(o) === 'Peruttu' ? '' : dmy(eet(epAt(o) + (7 - (n(o) % 5)) * day))), []],
    ['Tilitysnumero', (c, o) => (epSt(o) === 'Peruttu' ? '' : `T${202400 + (n(o) % 40)}`), []],
    ['Viesti', (c, o) => row(['', '', 'Padel klo 18', '', 'Kurssi ma+ke'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Denmark: theatre ticketing order lines
  { name: 'tixly-ordrelinjer-eksport-da', product: 'Tixly (Tixly ApS; Rapporter > Salg > Ordrelinjer > Eksportér til Excel, one row per ticket line of an order, Danish UI, an Aarhus theatre with three stages, Danish time, DKK)', family: 'events', language: 'da', schema: E, cols: [
    ['Ordre-ID', (c, o) => String(5100000 + n(o) * 3), [OR('purchaseID')]],
    ['Ordredato', (c, o) => `${dmy(cet(txAt(o)), '-')} ${hm(cet(txAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Salgskanal', (c, o) => txChan(o), [], opt],
    ['Status', (c, o) => txSt(o), []],
    ['Forestilling', (c, o, r, i) => txShow(o, i)[0], [PL('name')]],
    ['Spilledato', (c, o) => `${dmy(cet(o.at + ((n(o) % 45) + 2) * day), '-')} ${row(['19:30', '20:00', '15:00', '19:30'], n(o) % 4)}`, [], opt],
    ['Scene', (c, o, r, i) => txShow(o, i)[1], []],
    ['Billettype', (c, o) => txType(o)[0], [PL('selectedOptions[0].value')], opt],
    ['Række', (c, o) => String(1 + (n(o) % 18)), []],
    ['Sæde', (c, o) => `${1 + (n(o) % 20)}${o.qty > 1 ? `-${(n(o) % 20) + o.qty}` : ''}`, []],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Stykpris', (c, o, r, i) => dec(txPrice(o, i)), [], opt],
    ['Gebyr', (c, o) => dec(txFee * o.qty), []],
    ['Beløb', (c, o, r, i) => dec((txPrice(o, i) + txFee) * o.qty), [PL('priceTotal')]],
    ['Rabatkode', (c, o) => (o.discount ? 'VENNER24' : ''), ['commerce.promotionID'], opt],
    ['Betalingsmetode', (c, o) => txPay(o), PAYT],
    ['Valuta', () => 'DKK', [OR('currencyCode')]],
    ['Kunde-ID', (c) => String(200000 + n(c)), CUST_ID, opt],
    ['Fornavn', (c) => da(c).first, []],
    ['Efternavn', (c) => da(c).last, []],
    ['E-mail', (c) => da(c).email, EMAIL_ID],
    ['Mobil', (c) => da(c).mobile, PHONE_ID, opt],
    ['Postnummer', (c) => da(c).zip, [BILL('postalCode')], opt],
    ['By', (c) => da(c).city, [BILL('city')], opt],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), []],
  ] },
  // ---------------------------------------------------------------- Austria: voucher shop sales
  { name: 'incert-gutscheinverkaeufe-export-de-at', product: 'Incert (INCERT eTourismus GmbH & Co KG; Auswertungen > Verkäufe > Export (CSV), one row per sold voucher, German (Austrian) UI, a Tyrolean spa hotel selling value and package vouchers online and at reception, CET, EUR)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(1200000 + n(o) * 11), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => `${dmy(cet(inAt(o)))} ${hm(cet(inAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Verkaufskanal', (c, o) => (inShip(o)[0].startsWith('Abholung') ? 'Rezeption' : 'Onlineshop'), [], opt],
    ['Gutscheinnummer', (c, o, r, i) => inCode(c, o, i), []],
    ['Artikelnummer', (c, o, r, i) => inItem(o, i)[0], [PL('SKU')]],
    ['Gutschein', (c, o, r, i) => inItem(o, i)[1], [PL('name')]],
    ['Gutscheinart', (c, o, r, i) => (inItem(o, i)[0].startsWith('WG') ? 'Wertgutschein' : 'Leistungsgutschein'), [PL('productCategories[0].categoryName')], opt],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => eur(inItem(o, i)[2]), [], opt],
    ['Summe', (c, o, r, i) => eur(inSum(o, i)), [PL('priceTotal')]],
    ['Versandart', (c, o) => inShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Versandkosten', (c, o) => eur(inShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o, r, i) => eur(inSum(o, i) + inShip(o)[1]), [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => (inShip(o)[0].startsWith('Abholung') ? 'Bar / Bankomat' : inPay(o)), PAYT],
    ['Zahlungsstatus', (c, o) => (n(o) % 9 === 0 ? 'offen' : 'bezahlt'), []],
    ['Anrede', (c) => (at_(c).female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => at_(c).first, []],
    ['Nachname', (c) => at_(c).last, []],
    ['E-Mail', (c) => at_(c).email, EMAIL_ID],
    ['Telefon', (c) => at_(c).mobile, PHONE_ID, opt],
    ['Straße', (c) => at_(c).street, [BILL('street1')]],
    ['PLZ', (c) => at_(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => at_(c).city, [BILL('city')]],
    ['Land', (c) => (at_(c).city === 'München' ? 'Deutschland' : 'Österreich'), [BILL('country')]],
    ['Beschenkter', (c, o) => (n(o) % 3 === 1 ? who(c, 'at', 'gift').full : ''), []],
    ['Widmung', (c, o) => row(['', 'Alles Liebe zum Geburtstag!', '', 'Frohe Weihnachten, Mama & Papa', 'Zum Hochzeitstag ♥'], n(o) % 5), []],
    ['Gültig bis', (c, o) => dmy(cet(inAt(o) + 3 * 365 * day)), [], opt],
    ['Eingelöst am', (c, o) => (inRedeemed(o) ? dmy(cet(inAt(o) + ((n(o) % 200) + 10) * day)) : ''), [], opt],
    ['Restwert', (c, o, r, i) => eur(inRedeemed(o) ? 0 : inSum(o, i)), []],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), []],
  ] },
  // ---------------------------------------------------------------- Sweden: salon customer register
  { name: 'hairtools-kundregister-export-sv', product: 'Hairtools (Hairtools AB; Kunder > Kundregister > Exportera till Excel, one row per customer, Swedish UI, a Malmö hair salon with online booking and a bonus card, Swedish dates, SEK)', family: 'booking', language: 'sv', schema: P, cols: [
    ['Kundnr', (c) => String(10000 + n(c) % 9000), ['_id', 'personID']],
    ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
    ['Kön', (c) => (sv(c).female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['Födelsedatum', (c) => v.fmt.ymd(c.birth), ['person.birthDate']],
    ['Mobil', (c) => sv(c).mobile, ['mobilePhone.number']],
    ['Telefon hem', (c, o, r) => (n(c) % 4 === 0 ? `040-${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['homePhone.number']],
    ['E-post', (c) => sv(c).email, ['personalEmail.address']],
    ['Adress', (c) => sv(c).street, at(HOME, 'street1')],
    ['Postnr', (c) => sv(c).zip, at(HOME, 'postalCode')],
    ['Ort', (c) => sv(c).city, at(HOME, 'city')],
    ['Favoritfrisör', (c) => htStylist(c), []],
    ['Antal besök', (c) => String(htVisits(c)), []],
    ['Senaste besök', (c) => v.fmt.ymd(c.updated), [], opt],
    ['Totalt köpt', (c) => dec(htVisits(c) * 640 + (n(c) % 7) * 189), ['loyalty.lifetimePurchases'], opt],
    ['Bonuskort', (c) => (htCard(c) ? `HT${pad(n(c) % 100000, 6)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Bonuspoäng', (c) => (htCard(c) ? String((htVisits(c) * 64) % 1000) : ''), ['loyalty.points']],
    ['Kund sedan', (c) => v.fmt.ymd(c.created), ['loyalty.joinDate'], opt],
    ['SMS-påminnelse', (c) => (n(c) % 5 ? 'Ja' : 'Nej'), [], opt],
    ['Utskick e-post', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['Anteckning', (c) => row(['', 'Allergisk mot PPD – gör alltid test', '', 'Vill ha tyst behandling', '', 'Slingor var 8:e vecka'], n(c) % 6), []],
    ['Skapad via', (c) => row(['Onlinebokning', 'Kassan', 'Onlinebokning', 'Telefon'], n(c) % 4), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: ticket buyers
  { name: 'starticket-kaeuferdaten-export-de-ch', product: 'Starticket (Starticket AG; Veranstalter-Login > Auswertungen > Käuferdaten exportieren, one row per buyer of the organiser\'s events, German (Swiss) UI, a Zurich jazz club, Swiss dates, CHF)', family: 'events', language: 'de', schema: P, cols: [
    ['Kunden-Nr.', (c) => String(3000000 + n(c) * 3), ['_id', 'personID']],
    ['Anrede', (c) => (ch(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => ch(c).first, ['person.name.firstName']],
    ['Name', (c) => ch(c).last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 6 === 0 ? row(['Swiss Re', 'UBS Switzerland AG', 'Zürcher Kantonalbank', 'Planzer Transport AG'], n(c) % 4) : ''), ['organizations[0]'], opt],
    ['Strasse', (c) => ch(c).street, at(HOME, 'street1')],
    ['PLZ', (c) => ch(c).zip, at(HOME, 'postalCode')],
    ['Ort', (c) => ch(c).city, at(HOME, 'city')],
    ['Kanton', (c) => ch(c).region, STATE(HOME), opt],
    ['Land', () => 'CH', at(HOME, 'countryCode')],
    ['Telefon', (c, o, r) => (n(c) % 3 === 0 ? `+41 44 ${v.int(r, 200, 499)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['homePhone.number']],
    ['Mobile', (c) => ch(c).mobile, ['mobilePhone.number']],
    ['E-Mail', (c) => ch(c).email, ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 4 === 1 ? '' : v.fmt.de(c.birth)), ['person.birthDate']],
    ['Sprache', (c) => stLang(c), [], opt],
    ['Anzahl Bestellungen', (c) => String(stOrders(c)), []],
    ['Anzahl Tickets', (c) => String(stOrders(c) * 2 + (n(c) % 3)), []],
    ['Umsatz CHF', (c) => dec(stOrders(c) * 2 * 38 + (n(c) % 3) * 45, '.'), ['loyalty.lifetimePurchases'], opt],
    ['Letzte Veranstaltung', (c) => row(['Jazz am Montag: Lucia Cadotsch Trio', 'Big Band Night', 'Nik Bärtsch\'s Ronin', 'Jam Session', 'Swing Brunch'], n(c) % 5), []],
    ['Letzter Kauf', (c) => v.fmt.deTime(c.updated), [], opt],
    ['Registriert seit', (c) => v.fmt.de(c.created), [], opt],
    ['Newsletter Veranstalter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: hosted web shop customers
  { name: 'hostnet-webwinkel-klanten-export-nl', product: 'Hostnet Webwinkel (Hostnet bv; Beheer > Klanten > Exporteren (CSV), one row per customer account, Dutch UI, a Zwolle tea-and-coffee web shop, Dutch dates, EUR)', family: 'ecommerce-customers', language: 'nl', schema: P, cols: [
    ['Klantnummer', (c) => String(1000 + n(c) % 9000), ['_id', 'personID']],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tussen(c), ['person.name.middleName'], opt],
    ['Achternaam', (c) => nlLast(c), ['person.name.lastName']],
    ['Bedrijfsnaam', (c) => (n(c) % 7 === 0 ? row(['Koffiebar De Bres', 'Kantoor Hofstede BV', 'Lunchroom Het Pakhuis'], n(c) % 3) : ''), ['organizations[0]'], opt],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Telefoonnummer', (c) => (n(c) % 3 === 0 ? `038-${4000000 + (n(c) * 7919) % 1000000}` : c.mobile), ['homePhone.number', 'mobilePhone.number']],
    ['Straat', (c) => `${row(['Diezerstraat', 'Brink', 'Oudestraat', 'Hoofdstraat', 'Langestraat', 'Herestraat'], n(c) % 6)}`, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Huisnummer', (c) => String(nlNum(c)), [...at(HOME, 'street1'), ...at(HOME, 'street2'), 'billingAddress.street1'], opt],
    ['Toevoeging', (c) => nlSuffix(c), [...at(HOME, 'street2'), 'billingAddress.street2'], opt],
    ['Postcode', (c) => nlP(c)[1], [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Plaats', (c) => nlP(c)[0], [...at(HOME, 'city'), 'billingAddress.city']],
    ['Land', () => 'Nederland', [...at(HOME, 'country'), 'billingAddress.country']],
    ['Afwijkend afleveradres', (c) => (n(c) % 5 === 0 ? 'Ja' : 'Nee'), []],
    ['Geboortedatum', (c) => (n(c) % 3 === 2 ? '' : v.fmt.nl(c.birth)), ['person.birthDate']],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Klantgroep', (c) => (n(c) % 7 === 0 ? 'Zakelijk' : 'Particulier'), []],
    ['Btw-nummer', (c) => (n(c) % 7 === 0 ? `NL${pad(n(c) * 1000 % 1000000000, 9)}B01` : ''), ['person.taxId'], opt],
    ['Aantal bestellingen', (c) => String((n(c) % 12) + 1), []],
    ['Totaal besteed', (c) => dec(((n(c) % 12) + 1) * 27.45), ['loyalty.lifetimePurchases'], opt],
    ['Laatste bestelling', (c) => v.fmt.nl(c.updated), [], opt],
    ['Aangemaakt op', (c) => v.fmt.nlTime(c.created), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: CRM contacts
  { name: 'amtangee-kontakte-export-de', product: 'AMTANGEE (AMTANGEE AG; Adressen > Markierte Kontakte > Exportieren > CSV, one row per contact person with the company address, German UI, a Bielefeld IT service provider\'s customers and prospects in East Westphalia, German dates)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-ID', (c) => `K-${pad(n(c) % 100000, 6)}`, B2BID],
    ['Kundennummer', (c) => String(20100 + (n(c) >> 1) % 6 * 17), ACCT, opt],
    ['Firma', (c) => amFirm(c)[0], CO],
    ['Kategorie', (c) => row(['Kunde', 'Interessent', 'Kunde', 'Partner', 'Lieferant'], n(c) % 5), ['b2b.personType', 'b2b.personStatus'], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 6 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Briefanrede', (c) => `${fem(c) ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${n(c) % 6 === 0 ? 'Dr. ' : ''}${c.last}`, []],
    ['Position', (c) => amRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => amRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Straße', (c) => amFirm(c)[2], [W('street1')]],
    ['PLZ', (c) => amFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => amFirm(c)[4], [W('city')]],
    ['Bundesland', (c) => amFirm(c)[5], STATE(['workAddress']), opt],
    ['Land', () => 'Deutschland', [W('country')]],
    ['Telefon', (c) => `${amFirm(c)[6].replace(/-0$/, '')}-${100 + (n(c) % 80)}`, ['workPhone.number']],
    ['Telefon Zentrale', (c) => amFirm(c)[6], ['workPhone.number'], opt],
    ['Mobil', (c) => (n(c) % 3 === 2 ? '' : c.mobile), ['mobilePhone.number']],
    ['Fax', (c) => amFirm(c)[6].replace(/-0$/, '-99'), ['faxPhone.number']],
    ['E-Mail', (c) => amMail(c), WMAIL],
    ['Internet', (c) => `www.${amFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Geburtstag', (c) => (n(c) % 4 === 0 ? v.fmt.de(c.birth) : ''), ['person.birthDate']],
    ['Betreuer', (c) => row(['Jens Kleinemeier', 'Sandra Obermeier', 'Jens Kleinemeier', 'Timo Wittler'], n(c) % 4), []],
    ['Herkunft', (c) => row(['Messe it-sa', 'Website-Anfrage', 'Empfehlung', 'Kaltakquise', 'Bestandskunde'], n(c) % 5), ['b2b.personSource'], opt],
    ['Werbesperre', (c) => (n(c) % 9 === 0 ? 'Ja' : 'Nein'), ['b2b.isMarketingSuspended', 'b2b.personOptInOut.globalOptout'], opt],
    ['Angelegt am', (c) => v.fmt.deTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => v.fmt.deTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemerkung', (c) => row(['', 'Wartungsvertrag läuft 12/2025 aus', '', 'nur vormittags erreichbar', 'Ansprechpartner für Microsoft-365-Migration'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Finland: B2B contact target list
  { name: 'fonecta-profiler-kohderyhma-fi', product: 'Fonecta Profiler (Fonecta Oy; Kohderyhmät > Lataa kohderyhmä Excel-tiedostona, one row per decision-maker of a selected company, Finnish UI, a Tampere IT-services firm\'s prospect list, Finnish dates)', family: 'b2b', language: 'fi', schema: B, cols: [
    ['Y-tunnus', (c) => fpFirm(c)[1], ACCT, opt],
    ['Yrityksen nimi', (c) => fpFirm(c)[0], CO],
    ['Toimiala', (c) => fpFirm(c)[2], []],
    ['Henkilöstö', (c) => fpFirm(c)[3], []],
    ['Liikevaihto', (c) => fpFirm(c)[4], []],
    ['Katuosoite', (c) => fpFirm(c)[5], [W('street1')]],
    ['Postinumero', (c) => fpFirm(c)[6], [W('postalCode')]],
    ['Postitoimipaikka', (c) => fpFirm(c)[7], [W('city')]],
    ['Maakunta', (c) => fpFirm(c)[8], [...STATE(['workAddress']), W('region')], opt],
    ['Puhelin (vaihde)', (c) => fpFirm(c)[10], ['workPhone.number'], opt],
    ['Kotisivu', (c) => `www.${fpFirm(c)[9]}`, ['b2b.companyWebsite']],
    ['Etunimi', (c) => fi(c).first, ['person.name.firstName']],
    ['Sukunimi', (c) => fi(c).last, ['person.name.lastName']],
    ['Tehtävänimike', (c) => fpRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Vastuualue', (c) => fpRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Sähköposti', (c) => `${v.slug(fi(c).first)}.${v.slug(fi(c).last)}@${fpFirm(c)[9]}`, WMAIL],
    ['Matkapuhelin', (c) => (n(c) % 4 === 3 ? '' : fi(c).mobile), ['mobilePhone.number']],
    ['Suoramarkkinointikielto', (c) => (n(c) % 11 === 0 ? 'Kyllä' : 'Ei'), ['b2b.isMarketingSuspended', 'b2b.personOptInOut.globalOptout'], opt],
    ['Henkilö päivitetty', (c) => dmy(v.parts(c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Norway: event-registration participants
  { name: 'checkin-no-deltakerliste-no', product: 'Checkin.no (Checkin AS; Arrangement > Deltakere > Eksporter deltakerliste (Excel), one row per registered participant, Norwegian (bokmål) UI, a Bergen maritime-technology conference, Norwegian time, NOK)', family: 'events', language: 'no', schema: B, cols: [
    ['Deltaker-ID', (c) => String(4100000 + n(c) * 3), B2BID],
    ['Ordrenummer', (c) => String(980000 + (n(c) >> 1)), []],
    ['Registrert', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Billettype', (c) => ciTicket(c)[0], []],
    ['Pris', (c) => dec(ciTicket(c)[1]), []],
    ['Status', (c) => ciSt(c), []],
    ['Fornavn', (c) => no(c).first, ['person.name.firstName']],
    ['Etternavn', (c) => no(c).last, ['person.name.lastName']],
    ['E-post', (c) => (ciTicket(c)[0] === 'Student' ? `${v.slug(no(c).first)}.${v.slug(no(c).last)}@student.uib.no` : `${v.slug(no(c).first)}.${v.slug(no(c).last)}@${ciFirm(c)[2]}`), WMAIL],
    ['Mobil', (c) => no(c).mobile, ['mobilePhone.number']],
    ['Firma', (c) => (ciTicket(c)[0] === 'Student' ? 'Universitetet i Bergen' : ciFirm(c)[0]), CO],
    ['Organisasjonsnummer', (c) => (ciTicket(c)[0] === 'Student' ? '' : ciFirm(c)[1]), ACCT, opt],
    ['Stilling', (c) => (ciTicket(c)[0] === 'Student' ? 'Masterstudent' : ciRole(c)), ['extendedWorkDetails.jobTitle']],
    ['Bransje', (c) => ciFirm(c)[3], []],
    ['Fakturaadresse', (c) => ciFirm(c)[4], [W('street1')], opt],
    ['Postnummer', (c) => ciFirm(c)[5], [W('postalCode')], opt],
    ['Poststed', (c) => ciFirm(c)[6], [W('city')], opt],
    ['Deres ref.', (c) => (n(c) % 3 === 0 ? `${no(c).last} / PO ${4500000 + n(c) % 1000}` : ''), []],
    ['Betalingsmåte', (c) => (ciTicket(c)[1] === 0 ? '' : row(['Kort', 'Faktura', 'Vipps', 'Faktura'], n(c) % 4)), []],
    ['Deltar på konferansemiddag', (c) => (n(c) % 3 ? 'Ja' : 'Nei'), []],
    ['Allergier/matpreferanser', (c) => row(['', '', 'Glutenfri', '', 'Vegetar', 'Laktoseintoleranse'], n(c) % 6), []],
    ['Sjekket inn', (c) => (ciSt(c) === 'Kansellert' ? 'Nei' : n(c) % 4 ? 'Ja' : 'Nei'), []],
    ['Samtykke nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
  ] },
]
