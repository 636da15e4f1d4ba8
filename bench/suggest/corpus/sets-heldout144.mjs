// Round 62, heldout144: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Nordic, Baltic and Central/Eastern European exports, headers in the
// product's UI language: a Swedish ticketing system's ticket list (Tickster) and a Swedish sales CRM's contacts
// (Salesbox) (sv 2); a Norwegian restaurant-app loyalty club's members (Munu) (no 1); a Danish webshop platform's order
// lines (Wannafind) and a Danish e-mail/SMS marketing tool's subscribers (MarketingPlatform) (da 2); a Finnish e-mail
// marketing service's per-recipient campaign report (Postiviidakko) (fi 1); a Lithuanian payment-initiation provider's
// payments (Neopay) (lt 1); a Latvian company register's officials list (Lursoft) (lv 1); a Polish omnichannel
// messaging platform's contacts (Redlink) (pl 1); a Czech bank's card gateway transactions (ČSOB platební brána) (cs 1);
// a Hungarian ticket seller's sales list (Tixa) (hu 1); a Romanian company-information service's company list with
// administrators (Confidas) (ro 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks, summer time approximated: Central European (SE NO DK PL CZ HU) and Eastern European (FI LT LV RO)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// the same instant moved into waking hours (lo .. lo+span-1 local)
const open = (ms, lo = 8, span = 15) => { const H = cet(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 300) + 3) * day + (n(c) % 50000) * 1000
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x7f4a7c15); r(); r(); return r }
const ascii = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// per locale: first names [male, female], last names [male, female], places [city, region, postcode, street], mobile, domains
const LOC = {
  sv: { first: [['Erik', 'Anna'], ['Lars', 'Karin'], ['Johan', 'Emma'], ['Oskar', 'Sara'], ['Mattias', 'Elin'], ['Nils', 'Linnea'], ['Anders', 'Maja']],
    last: [['Andersson'], ['Johansson'], ['Karlsson'], ['Nilsson'], ['Lindqvist'], ['Sjöberg'], ['Holm'], ['Lundgren'], ['Bergström']],
    places: [['Göteborg', 'Västra Götalands län', '411 05', 'Vasagatan'], ['Mölndal', 'Västra Götalands län', '431 30', 'Göteborgsvägen'], ['Stockholm', 'Stockholms län', '118 25', 'Götgatan'], ['Uppsala', 'Uppsala län', '753 20', 'Kungsgatan'], ['Malmö', 'Skåne län', '211 34', 'Södra Förstadsgatan'], ['Borås', 'Västra Götalands län', '503 32', 'Allégatan'], ['Örebro', 'Örebro län', '702 10', 'Drottninggatan']],
    mobile: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'live.se', 'icloud.com'] },
  no: { first: [['Ole', 'Ingrid'], ['Magnus', 'Nora'], ['Henrik', 'Kari'], ['Sindre', 'Silje'], ['Eirik', 'Ida'], ['Jonas', 'Marte'], ['Håkon', 'Hanne']],
    last: [['Hansen'], ['Johansen'], ['Olsen'], ['Larsen'], ['Pedersen'], ['Haugen'], ['Bakken'], ['Solberg'], ['Eide'], ['Brekke']],
    places: [['Bergen', 'Vestland', '5003', 'Kong Oscars gate'], ['Bergen', 'Vestland', '5055', 'Fjøsangerveien'], ['Askøy', 'Vestland', '5300', 'Kleppevegen'], ['Oslo', 'Oslo', '0557', 'Thorvald Meyers gate'], ['Stavanger', 'Rogaland', '4006', 'Kirkegata'], ['Trondheim', 'Trøndelag', '7011', 'Olav Tryggvasons gate']],
    mobile: (r) => `+47 ${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'icloud.com', 'outlook.com'] },
  da: { first: [['Mads', 'Mette'], ['Frederik', 'Sofie'], ['Rasmus', 'Camilla'], ['Mikkel', 'Louise'], ['Søren', 'Anne'], ['Jesper', 'Line'], ['Kasper', 'Ida']],
    last: [['Nielsen'], ['Jensen'], ['Hansen'], ['Pedersen'], ['Christensen'], ['Sørensen'], ['Rasmussen'], ['Jørgensen'], ['Madsen'], ['Kristensen']],
    places: [['Aarhus C', 'Region Midtjylland', '8000', 'Jægergårdsgade'], ['Odense C', 'Region Syddanmark', '5000', 'Vestergade'], ['København Ø', 'Region Hovedstaden', '2100', 'Østerbrogade'], ['Aalborg', 'Region Nordjylland', '9000', 'Boulevarden'], ['Vejle', 'Region Syddanmark', '7100', 'Nørregade'], ['Silkeborg', 'Region Midtjylland', '8600', 'Vestergade'], ['Svendborg', 'Region Syddanmark', '5700', 'Gerritsgade']],
    mobile: (r) => `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '50', '60'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'mail.dk', 'outlook.dk', 'live.dk', 'jubii.dk'] },
  fi: { first: [['Mikko', 'Laura'], ['Juha', 'Johanna'], ['Antti', 'Emilia'], ['Janne', 'Sanna'], ['Ville', 'Riikka'], ['Teemu', 'Hanna'], ['Tuomas', 'Aino']],
    last: [['Korhonen'], ['Virtanen'], ['Mäkinen'], ['Nieminen'], ['Mäkelä'], ['Hämäläinen'], ['Laine'], ['Heikkinen'], ['Koskinen'], ['Järvinen']],
    places: [['Tampere', 'Pirkanmaa', '33100', 'Hämeenkatu'], ['Tampere', 'Pirkanmaa', '33500', 'Kalevantie'], ['Helsinki', 'Uusimaa', '00100', 'Mannerheimintie'], ['Espoo', 'Uusimaa', '02100', 'Tapiolantie'], ['Turku', 'Varsinais-Suomi', '20100', 'Aurakatu'], ['Jyväskylä', 'Keski-Suomi', '40100', 'Kauppakatu'], ['Oulu', 'Pohjois-Pohjanmaa', '90100', 'Isokatu']],
    mobile: (r) => `+358 ${v.pick(r, ['40', '44', '45', '50'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'elisanet.fi', 'luukku.com', 'icloud.com'] },
  lt: { first: [['Tomas', 'Rūta'], ['Mantas', 'Eglė'], ['Lukas', 'Ieva'], ['Darius', 'Gabija'], ['Andrius', 'Laura'], ['Paulius', 'Inga'], ['Marius', 'Giedrė']],
    last: [['Kazlauskas', 'Kazlauskienė'], ['Petrauskas', 'Petrauskaitė'], ['Jankauskas', 'Jankauskienė'], ['Stankevičius', 'Stankevičiūtė'], ['Vasiliauskas', 'Vasiliauskienė'], ['Žukauskas', 'Žukauskaitė'], ['Butkus', 'Butkutė']],
    places: [['Vilnius', 'Vilniaus apskr.', 'LT-03107', 'Gedimino pr.'], ['Vilnius', 'Vilniaus apskr.', 'LT-08105', 'Žirmūnų g.'], ['Kaunas', 'Kauno apskr.', 'LT-44280', 'Laisvės al.'], ['Klaipėda', 'Klaipėdos apskr.', 'LT-92123', 'Taikos pr.'], ['Šiauliai', 'Šiaulių apskr.', 'LT-76280', 'Tilžės g.'], ['Panevėžys', 'Panevėžio apskr.', 'LT-35173', 'Respublikos g.']],
    mobile: (r) => `+370 6${v.int(r, 10, 99)} ${v.int(r, 10000, 99999)}`,
    mail: ['gmail.com', 'gmail.com', 'inbox.lt', 'yahoo.com', 'one.lt'] },
  lv: { first: [['Jānis', 'Ilze'], ['Andris', 'Līga'], ['Mārtiņš', 'Kristīne'], ['Edgars', 'Inese'], ['Kārlis', 'Anna'], ['Roberts', 'Laura']],
    last: [['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Jansons', 'Jansone'], ['Liepiņš', 'Liepiņa'], ['Krūmiņš', 'Krūmiņa'], ['Zariņš', 'Zariņa']],
    places: [['Rīga', '', 'LV-1050', 'Brīvības iela'], ['Rīga', '', 'LV-1011', 'Elizabetes iela'], ['Mārupes nov.', '', 'LV-2167', 'Daugavas iela'], ['Jelgava', '', 'LV-3001', 'Lielā iela'], ['Liepāja', '', 'LV-3401', 'Graudu iela'], ['Daugavpils', '', 'LV-5401', 'Rīgas iela']],
    mobile: (r) => `+371 2${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'inbox.lv', 'gmail.com', 'apollo.lv'] },
  pl: { first: [['Piotr', 'Anna'], ['Krzysztof', 'Katarzyna'], ['Tomasz', 'Magdalena'], ['Paweł', 'Agnieszka'], ['Michał', 'Joanna'], ['Marcin', 'Monika'], ['Jakub', 'Natalia']],
    last: [['Kowalski', 'Kowalska'], ['Nowak', 'Nowak'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska']],
    places: [['Poznań', 'wielkopolskie', '61-758', 'ul. Półwiejska'], ['Poznań', 'wielkopolskie', '60-365', 'ul. Grunwaldzka'], ['Gniezno', 'wielkopolskie', '62-200', 'ul. Chrobrego'], ['Warszawa', 'mazowieckie', '00-695', 'ul. Nowogrodzka'], ['Wrocław', 'dolnośląskie', '50-077', 'ul. Ruska'], ['Kraków', 'małopolskie', '31-042', 'ul. Floriańska'], ['Gdańsk', 'pomorskie', '80-831', 'ul. Długa']],
    mobile: (r) => `48${v.pick(r, ['50', '51', '53', '57', '60', '66', '69', '72', '79', '88'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'] },
  cs: { first: [['Jan', 'Jana'], ['Petr', 'Tereza'], ['Tomáš', 'Lucie'], ['Martin', 'Petra'], ['Jakub', 'Kateřina'], ['Lukáš', 'Eva']],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá']],
    places: [['Brno', 'Jihomoravský kraj', '602 00', 'Kounicova'], ['Brno', 'Jihomoravský kraj', '612 00', 'Palackého třída'], ['Praha 4', 'Hlavní město Praha', '140 00', 'Táborská'], ['Olomouc', 'Olomoucký kraj', '779 00', 'Třída Svobody'], ['Ostrava', 'Moravskoslezský kraj', '702 00', 'Nádražní'], ['Plzeň', 'Plzeňský kraj', '301 00', 'Klatovská třída']],
    mobile: (r) => `+420 ${v.pick(r, ['602', '603', '606', '724', '731', '777', '739'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'seznam.cz'] },
  hu: { first: [['László', 'Katalin'], ['Gábor', 'Eszter'], ['Péter', 'Anna'], ['Zoltán', 'Zsófia'], ['Balázs', 'Krisztina'], ['Attila', 'Réka']],
    last: [['Nagy'], ['Kovács'], ['Tóth'], ['Szabó'], ['Horváth'], ['Varga'], ['Kiss'], ['Molnár'], ['Németh'], ['Farkas']],
    places: [['Budapest', 'Budapest', '1075', 'Kazinczy utca'], ['Budapest', 'Budapest', '1117', 'Október huszonharmadika utca'], ['Budaörs', 'Pest', '2040', 'Szabadság út'], ['Debrecen', 'Hajdú-Bihar', '4025', 'Piac utca'], ['Szeged', 'Csongrád-Csanád', '6720', 'Kárász utca'], ['Győr', 'Győr-Moson-Sopron', '9021', 'Baross Gábor út']],
    mobile: (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu'] },
  ro: { first: [['Andrei', 'Ioana'], ['Mihai', 'Maria'], ['Alexandru', 'Elena'], ['Ionuț', 'Andreea'], ['Bogdan', 'Cristina'], ['Cristian', 'Alexandra']],
    last: [['Popescu'], ['Ionescu'], ['Popa'], ['Dumitru'], ['Stan'], ['Stoica'], ['Munteanu'], ['Constantin'], ['Moldovan']],
    places: [['Cluj-Napoca', 'Cluj', '400001', 'Str. Memorandumului'], ['București', 'București', '010011', 'Calea Victoriei'], ['Iași', 'Iași', '700028', 'Bd. Ștefan cel Mare și Sfânt'], ['Timișoara', 'Timiș', '300011', 'Str. Mărășești'], ['Brașov', 'Brașov', '500030', 'Str. Republicii'], ['Oradea', 'Bihor', '410001', 'Str. Republicii']],
    mobile: (r) => `07${v.int(r, 20, 89)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['yahoo.com', 'gmail.com', 'gmail.com', 'yahoo.ro'] },
}
const memo = new Map()
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), d = LOC[cc]
  const female = r() < 0.52
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last), pl = v.pick(r, d.places)
  const first = fr[female ? 1 : 0], last = lr[female && lr.length > 1 ? 1 : 0]
  const no = v.int(r, 1, 120)
  const sep = v.pick(r, ['.', '', '_', '.'])
  return { female, first, last, full: `${first} ${last}`, city: pl[0], region: pl[1], zip: pl[2], streetName: pl[3], no,
    mobile: d.mobile(r), email: `${ascii(first)}${sep}${ascii(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const SV = (c) => who(c, 'sv'), NO = (c) => who(c, 'no'), DA = (c) => who(c, 'da'), FI = (c) => who(c, 'fi'), LT = (c) => who(c, 'lt')
const LV = (c) => who(c, 'lv'), PLx = (c) => who(c, 'pl'), CS = (c) => who(c, 'cs'), HU = (c) => who(c, 'hu'), RO = (c) => who(c, 'ro')
const bd = (c) => v.parts(c.birth)

// ---------------------------------------------------------------- 1. Tickster ticket list (sv, E)
// a Gothenburg jazz club: [Evenemang, Plats, dagar efter köp]
const TK_EV = [['Jazzkväll: Trio Ahlgren', 'Klubb Blå Timmen, Göteborg', 12], ['Lördagsjam med husbandet', 'Klubb Blå Timmen, Göteborg', 5], ['Vårkonsert: Göteborgs Storband', 'Musikens Hus, Göteborg', 30], ['Swing & Soul – dansafton', 'Klubb Blå Timmen, Göteborg', 9], ['Sommarjazz på Slottsskogen', 'Slottsskogen, Göteborg', 45]]
const tkEv = (o) => row(TK_EV, n(o) % 5)
const tkType = (o) => row([['Ordinarie', 295], ['Student', 195], ['Medlem', 225], ['Ordinarie', 295], ['Ståplats', 250], ['Fribiljett', 0]], n(o) % 6)
const tkFee = (o) => (tkType(o)[1] ? 15 : 0)
const tkChan = (o) => row(['Webb', 'Webb', 'Kassa', 'Webb', 'Tickster-appen', 'Webb'], n(o) % 6)
const tkSt = (o) => row(['Giltig', 'Giltig', 'Giltig', 'Återköpt', 'Giltig', 'Makulerad', 'Giltig'], n(o) % 7)
const tkAt = (o) => open(o.at)
const tkWhen = (o) => { const p = cet(tkAt(o) + tkEv(o)[2] * day); return `${ymd(p)} ${row(['19:00', '20:00', '21:00', '18:30'], n(o) >> 1)}` }
const tkPay = (o) => (tkType(o)[1] === 0 ? 'Fribiljett' : tkChan(o) === 'Kassa' ? row(['Kort', 'Swish', 'Kontant'], n(o)) : row(['Kort', 'Swish', 'Kort', 'Presentkort', 'Klarna'], n(o) % 5))
const tkIn = (o) => tkSt(o) === 'Giltig' && n(o) % 3 !== 1
const sek = (x) => dec(x)
// ---------------------------------------------------------------- 2. Wannafind order lines (da, E)
// an Aarhus tea and coffee shop: [Varenr., Varenavn, Variant, stykpris inkl. moms]
const WF_ITEMS = [['TE-1021', 'Earl Grey Creme', '100 g pose', 59], ['TE-1108', 'Sencha Fukuyu', '250 g dåse', 145], ['KA-2040', 'Espresso Aarhus Blend', 'Hele bønner, 500 g', 119], ['KA-2052', 'Colombia Huila', 'Formalet (stempelkande), 250 g', 79], ['TB-3001', 'Tekande i støbejern', '0,8 l sort', 349], ['GA-9000', 'Gavekort', '250 kr.', 250]]
const wfItem = (o, i) => row(WF_ITEMS, i + n(o))
const wfLine = (o, i) => wfItem(o, i)[3] * o.qty
const wfShipWay = (o) => row(['GLS Pakkeshop', 'PostNord Privatpakke Hjem', 'GLS Pakkeshop', 'Afhentning i butikken', 'DAO Pakkeshop', 'PostNord Pakkeboks'], n(o) % 6)
const wfFreight = (o, i) => (wfShipWay(o) === 'Afhentning i butikken' || wfLine(o, i) >= 499 ? 0 : wfShipWay(o).startsWith('PostNord Privat') ? 59 : 39)
const wfDisc = (o, i) => (o.discount ? Math.round(wfLine(o, i) * 0.1) : 0)
const wfTot = (o, i) => wfLine(o, i) + wfFreight(o, i) - wfDisc(o, i)
const wfPay = (o) => row(['Dankort', 'MobilePay', 'Visa/Mastercard', 'MobilePay', 'Bankoverførsel', 'ViaBill'], n(o) % 6)
const wfSt = (o) => row(['Afsendt', 'Afsendt', 'Ny', 'Under behandling', 'Afsendt', 'Annulleret', 'Afsendt'], n(o) % 7)
const wfTo = (c, o) => (n(o) % 5 === 0 ? who(c, 'da', 'lev') : DA(c))
const dkk = (x) => dec(x)
// ---------------------------------------------------------------- 3. Postiviidakko recipient report (fi, E)
// a Tampere outdoor-gear shop's newsletters: [Kampanja, Aihe, id]
const PV_CAMP = [['Uutiskirje vko 11/2024', 'Kevään retkeilykausi alkaa – uutuudet nyt myymälässä', 48211], ['Kanta-asiakasetu maaliskuu', 'Sinulle -20 % kaikista kengistä 31.3. asti', 48236], ['Uutiskirje vko 14/2024', 'Pääsiäisen aukioloajat ja retkikeittiön uutuudet', 48290], ['Kesäkampanja 2024', 'Melontakausi on täällä: kajakit ja SUP-laudat', 48355]]
const pvCamp = (o) => row(PV_CAMP, n(o) % 4)
const pvEv = (o) => row(['Avattu', 'Klikattu', 'Avattu', 'Toimitettu', 'Klikattu', 'Pehmeä palautus', 'Avattu', 'Tilaus peruttu', 'Kova palautus'], n(o) % 9)
const PV_LINKS = [['https://www.retkiaitta.fi/kengat?utm_source=postiviidakko&utm_medium=email', 'Kengät'], ['https://www.retkiaitta.fi/uutuudet?utm_source=postiviidakko&utm_medium=email', 'Katso uutuudet'], ['https://www.retkiaitta.fi/myymala-tampere', 'Myymälä ja aukioloajat'], ['https://www.retkiaitta.fi/melonta?utm_source=postiviidakko&utm_medium=email', 'Melontavarusteet']]
const pvSent = (o) => { const t = open(o.at, 8, 3); return t - (t % 3600000) }
const pvAt = (o) => (pvEv(o) === 'Toimitettu' ? pvSent(o) + 40000 + (n(o) % 200) * 1000 : pvSent(o) + ((n(o) % 2000) + 3) * 60000 + (n(o) % 60) * 1000)
const pvSeen = (o) => ['Avattu', 'Klikattu'].includes(pvEv(o))
const pvDev = (o) => row([['Mobiili', 'iOS', 'Apple Mail'], ['Tietokone', 'Windows', 'Outlook 2019'], ['Mobiili', 'Android', 'Gmail'], ['Tietokone', 'macOS', 'Apple Mail'], ['Tabletti', 'iPadOS', 'Apple Mail'], ['Tietokone', 'Windows', 'Gmail (selain)']], n(o) % 6)
const fiT = (ms) => { const p = eet(ms); return `${p.d}.${p.m}.${p.y} ${p.H}:${pad(p.M)}:${pad(p.S)}` }
// ---------------------------------------------------------------- 4. Neopay payments (lt, E)
// a Vilnius furniture and home-decor webshop: amount, bank
// [bankas, šalis, banko kodas (LT: 5 skaitmenys, LV: BIC pradžia)]
const NP_BANK = [['Swedbank', 'LT', '73000'], ['SEB bankas', 'LT', '70440'], ['Luminor', 'LT', '40100'], ['Šiaulių bankas', 'LT', '71800'], ['Revolut', 'LT', '32500'], ['Citadele', 'LT', '72900'], ['Swedbank', 'LV', 'HABA']]
const npBank = (o) => row(NP_BANK, n(o) % 7)
const npAmt = (o) => +(o.total * 4.7 + 19).toFixed(2)
const npSt = (o) => row(['Įvykdytas', 'Įvykdytas', 'Įvykdytas', 'Atmestas', 'Įvykdytas', 'Grąžintas', 'Laukiama', 'Įvykdytas'], n(o) % 8)
const npRef = (o) => (npSt(o) === 'Grąžintas' ? npAmt(o) : 0)
const npAt = (o) => open(o.at, 7, 16)
const ltT = (ms) => `${ymd(eet(ms))} ${hms(eet(ms))}`
// LT: LTkk bbbb bccc cccc cccc (20); LV: LVkk BBBB cccc cccc cccc c (21)
const iban = (r, cc, bank) => (cc === 'LV' ? `LV${v.int(r, 10, 99)} ${bank} ${v.digits(r, 4)} ${v.digits(r, 4)} ${v.digits(r, 4)} ${v.digits(r, 1)}` : `LT${v.int(r, 10, 99)} ${bank.slice(0, 4)} ${bank[4]}${v.digits(r, 3)} ${v.digits(r, 4)} ${v.digits(r, 4)}`)
// ---------------------------------------------------------------- 5. ČSOB platební brána transactions (cs, E)
// a Brno bicycle e-shop: [popis, částka]
const CB_ITEMS = [['Objednávka – plášť Schwalbe Marathon 2 ks', 1590], ['Objednávka – cyklistická přilba Abus', 2490], ['Objednávka – e-kolo Author Sigma', 64990], ['Objednávka – servisní balíček Standard', 890], ['Objednávka – brašny Ortlieb Back-Roller', 3790], ['Objednávka – trenažér Elite Suito', 21490]]
const cbItem = (o) => row(CB_ITEMS, n(o) % 6)
const cbSt = (o) => row(['Zúčtována', 'Zúčtována', 'Autorizována', 'Zúčtována', 'Zamítnuta', 'Zúčtována', 'Vrácena', 'Zrušena'], n(o) % 8)
const cbWay = (o) => row(['Platební karta', 'Platební karta', 'Apple Pay', 'Google Pay', 'Platební karta', 'ČSOB platební tlačítko', 'Platba na splátky'], n(o) % 7)
const cbCard = (o) => ['Platební karta', 'Apple Pay', 'Google Pay'].includes(cbWay(o))
const cbBrand = (o) => row(['VISA', 'MasterCard', 'VISA', 'Maestro'], n(o) >> 2)
const cbAt = (o) => open(o.at, 7, 16)
const czT = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const czk = (x) => thou(x, ' ', ',')
// ---------------------------------------------------------------- 6. Tixa sales list (hu, E)
// a Budapest ruin-bar concert venue: [Esemény, Helyszín, napok]
const TX_EV = [['Belga – Klubkoncert', 'Fogasház, Budapest', 21], ['Platon Karataev', 'Akvárium Klub, Budapest', 34], ['Mörk + vendég', 'Fogasház, Budapest', 8], ['Szilveszteri Retro Party', 'Fogasház, Budapest', 60], ['Jazzy Vasárnap – Kovács Andrea Trió', 'Fogasház kert, Budapest', 4]]
const txEv = (o) => row(TX_EV, n(o) % 5)
const txType = (o) => row([['Elővételes jegy', 4990], ['Helyszíni jegy', 5990], ['Diákjegy', 3490], ['VIP jegy', 12900], ['Elővételes jegy', 4990]], n(o) % 5)
const txFee = (o) => Math.round(txType(o)[1] * 0.08 / 10) * 10
const txSt = (o) => row(['Érvényes', 'Érvényes', 'Érvényes', 'Visszatérített', 'Érvényes', 'Törölt'], n(o) % 6)
const txPay = (o) => row(['Bankkártya', 'Bankkártya', 'SZÉP-kártya (OTP)', 'Apple Pay', 'Google Pay', 'Ajándékutalvány'], n(o) % 6)
const txAt = (o) => open(o.at)
const huT = (ms) => { const p = cet(ms); return `${p.y}.${pad(p.m)}.${pad(p.d)}. ${hm(p)}` }
const huD = (ms) => { const p = cet(ms); return `${p.y}.${pad(p.m)}.${pad(p.d)}.` }
const ft = (x) => group(x, ' ')
const txIn = (o) => txSt(o) === 'Érvényes' && n(o) % 4 !== 2
// ---------------------------------------------------------------- 7. Munu loyalty members (no, P)
// a Bergen café chain's club
const MU_PLACE = ['Bryggen', 'Torgallmenningen', 'Nordnes', 'Lagunen', 'Møhlenpris', 'Sandviken']
const muPts = (c) => (n(c) * 37) % 2400
const muRed = (c) => (n(c) * 11) % 1500
const muTier = (c) => (muPts(c) + muRed(c) >= 2500 ? 'Gull' : muPts(c) + muRed(c) >= 1200 ? 'Sølv' : 'Bronse')
const muBuys = (c) => 1 + (n(c) % 97)
const nok = (x) => thou(x, ' ', ',')
const noT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
// ---------------------------------------------------------------- 8. Redlink contacts (pl, P)
// a Poznań cosmetics and perfume store chain
const RL_GROUPS = ['Klub Urody', 'Klub Urody;Newsletter', 'Newsletter', 'Klub Urody;Urodziny w marcu', 'Import – sklep Stary Browar', 'Klub Urody;VIP']
const plT = (ms) => `${ymd(cet(ms))} ${hms(cet(ms))}`
// ---------------------------------------------------------------- 9. MarketingPlatform subscribers (da, P)
// an Odense garden centre
const MP_SRC = ['Pop-up på hjemmeside', 'Kasse i butikken', 'Facebook Lead Ads', 'Tilmeldingsformular', 'Import', 'Konkurrence: Vind en rosenkasse']
const MP_INT = ['Roser;Krukker', 'Frugttræer', 'Julepynt;Dekoration', '', 'Stauder;Haveredskaber', 'Krukker']
const mpSt = (c) => row(['Aktiv', 'Aktiv', 'Aktiv', 'Afmeldt', 'Aktiv', 'Hard bounce', 'Aktiv'], n(c) % 7)
const dkD = (ms) => dmy(cet(ms), '-')
const dkT = (ms) => `${dmy(cet(ms), '-')} ${hm(cet(ms))}`
// ---------------------------------------------------------------- 10. Salesbox contacts (sv, B)
// a Malmö IT consultancy's prospects and customers: [Företag, org.nr, domain, växel, stad, postnr, gata, bransch]
const SB_FIRMS = [['Öresund Logistik AB', '556712-4410', 'oresundlogistik.se', '040-611 20 00', 'Malmö', '211 20', 'Hamnplan 4'], ['Skånemejerier Ekonomisk Förening', '769600-1186', 'skanemejerier.se', '040-28 60 00', 'Malmö', '205 03', 'Mejerigatan 1'], ['Lunds Fastighetspartner AB', '559012-7763', 'lundsfastighet.se', '046-12 40 50', 'Lund', '222 21', 'Stora Södergatan 8'], ['Helsingborgs Plåt & Ventilation AB', '556402-3389', 'hbgplat.se', '042-24 80 80', 'Helsingborg', '254 64', 'Garnisonsgatan 12'], ['Nordic Medtech Solutions AB', '559210-5521', 'nordicmedtech.se', '08-505 310 00', 'Stockholm', '113 57', 'Sveavägen 96'], ['Kristianstads Kommun', '212000-0969', 'kristianstad.se', '044-13 50 00', 'Kristianstad', '291 80', 'V. Storgatan 12']]
const sbFirm = (c) => row(SB_FIRMS, n(c) >> 1)
const SB_ROLE = [['IT-chef', 'IT'], ['Ekonomichef', 'Ekonomi'], ['VD', 'Ledning'], ['Inköpsansvarig', 'Inköp'], ['Systemförvaltare', 'IT'], ['CIO', 'Ledning'], ['Projektledare', 'Verksamhetsutveckling']]
const sbRole = (c) => row(SB_ROLE, n(c) % 7)
const svD = (ms) => ymd(cet(ms))
const svT = (ms) => `${ymd(cet(ms))} ${hm(cet(ms))}`
// ---------------------------------------------------------------- 11. Lursoft officials (lv, B)
// [Nosaukums, Reģ. nr., adrese, NACE, darbības veids, darbinieki, apgrozījums, tālrunis, domain, reģ. datums]
const LU_FIRMS = [['SIA "Baltic Timber Logistics"', '40103456781', 'Krasta iela 52, Rīga, LV-1003', '49.41', 'Kravu pārvadājumi pa autoceļiem', 48, 6420000, '67 812 340', 'btlogistics.lv', '14.03.2012'], ['SIA "Zemgales Piens"', '43603012345', 'Rūpniecības iela 10, Jelgava, LV-3008', '10.51', 'Piena pārstrāde un siera ražošana', 112, 18900000, '63 022 118', 'zemgalespiens.lv', '02.09.2004'], ['AS "Rīgas Būvmateriāli"', '40003123457', 'Granīta iela 13, Rīga, LV-1057', '46.73', 'Kokmateriālu, būvmateriālu un sanitārtehnikas vairumtirdzniecība', 230, 41200000, '67 135 500', 'rbm.lv', '21.06.1995'], ['SIA "Kurzemes IT Serviss"', '42103076543', 'Graudu iela 27, Liepāja, LV-3401', '62.02', 'Konsultēšana datoru jomā', 17, 1180000, '63 407 722', 'kits.lv', '08.11.2016'], ['SIA "Latgales Mežs"', '41503054321', 'Rīgas iela 22, Daugavpils, LV-5401', '02.20', 'Mežizstrāde', 36, 3950000, '65 421 090', 'latgalesmezs.lv', '30.01.2009'], ['SIA "Pierīgas Zobārstniecība"', '40203198765', 'Daugavas iela 29, Mārupe, LV-2167', '86.23', 'Zobārstu prakse', 22, 1640000, '67 149 301', 'pzobi.lv', '17.05.2019']]
const luFirm = (c) => row(LU_FIRMS, n(c) >> 1)
const luRole = (c) => row(['Valdes priekšsēdētājs', 'Valdes loceklis', 'Valdes loceklis', 'Prokūrists', 'Valdes priekšsēdētājs', 'Valdes loceklis'], n(c) % 6)
const luKods = (c) => { const p = bd(c); return `${pad(p.d)}${pad(p.m)}${String(p.y).slice(2)}-*****` }
// ---------------------------------------------------------------- 12. Confidas company list (ro, B)
// [Denumire, CUI, Nr. Reg. Com., județ, localitate, adresă, cod poștal, CAEN, descriere, CA, profit, angajați, telefon, domain, înființare, formă]
const CF_FIRMS = [['TRANSILVANIA SOFT SRL', '18234561', 'J12/1834/2006', 'Cluj', 'Cluj-Napoca', 'Str. Horea nr. 12, et. 3', '400174', '6201', 'Activități de realizare a soft-ului la comandă', 4812300, 612400, 46, '0264 431 220', 'transilvaniasoft.ro', '12.04.2006', 'SRL'], ['AGROMEC BĂRĂGAN SA', '2379812', 'J21/45/1991', 'Ialomița', 'Slobozia', 'Str. Viilor nr. 2', '920014', '0111', 'Cultivarea cerealelor (exclusiv orez), plantelor leguminoase și a plantelor producătoare de semințe oleaginoase', 21340500, 1902300, 118, '0243 231 402', 'agromecbaragan.ro', '11.03.1991', 'SA'], ['DENTAL CARE PLUS SRL', '31876542', 'J40/4410/2013', 'București', 'București Sector 3', 'Bd. Unirii nr. 57, bl. E4, sc. 2', '030823', '8623', 'Activități de asistență stomatologică', 2310800, 402100, 19, '021 320 44 10', 'dentalcareplus.ro', '22.04.2013', 'SRL'], ['IAȘI LOGISTIC EXPRES SRL', '26543218', 'J22/812/2010', 'Iași', 'Iași', 'Șos. Păcurari nr. 138', '700545', '4941', 'Transporturi rutiere de mărfuri', 9876400, 533200, 74, '0232 210 777', 'ilexpres.ro', '05.03.2010', 'SRL'], ['BANAT METAL CONSTRUCT SRL', '15987234', 'J35/2201/2003', 'Timiș', 'Timișoara', 'Calea Șagului nr. 148', '300516', '2511', 'Fabricarea de construcții metalice și părți componente ale structurilor metalice', 15430900, 1288700, 92, '0256 294 010', 'banatmetal.ro', '18.09.2003', 'SRL'], ['CARPAȚI TRAVEL SRL', '40912345', 'J08/1560/2019', 'Brașov', 'Brașov', 'Str. Mureșenilor nr. 9', '500030', '7912', 'Activități ale tur-operatorilor', 1240600, 98200, 11, '0268 475 300', 'carpatitravel.ro', '03.06.2019', 'SRL']]
const cfFirm = (c) => row(CF_FIRMS, n(c) >> 1)
const cfRole = (c) => row(['Administrator', 'Administrator', 'Director general', 'Administrator unic', 'Director economic', 'Administrator'], n(c) % 6)
const lei = (x) => group(x, '.')

export const SETS = [
  // ---------------------------------------------------------------- Sweden: ticketing, one row per ticket
  { name: 'tickster-biljettlista-sv', product: 'Tickster (Tickster Manager för arrangörer: Rapporter > Biljettlista > Exportera (Excel/CSV), one row per ticket, Swedish UI, a Gothenburg jazz club, SEK, CET/CEST)', family: 'ticketing', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o, r) => `${v.alnum(r, 8).toUpperCase()}`, [OR('purchaseID')]],
    ['Biljettnummer', (c, o) => String(7301000000 + n(o) * 13), ['_id'], opt],
    ['Köpdatum', (c, o) => `${ymd(cet(tkAt(o)))} ${hms(cet(tkAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Evenemang', (c, o) => tkEv(o)[0], [PL('name')], opt],
    ['Evenemangsdatum', (c, o) => tkWhen(o), []],
    ['Plats', (c, o) => tkEv(o)[1], []],
    ['Biljettyp', (c, o) => tkType(o)[0], [], opt],
    ['Pris', (c, o) => sek(tkType(o)[1]), [PL('priceTotal')], opt],
    ['Serviceavgift', (c, o) => sek(tkFee(o)), []],
    ['Ordersumma', (c, o) => sek((tkType(o)[1] + tkFee(o)) * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Rabattkod', (c, o) => (tkType(o)[0] === 'Medlem' ? 'BLATIMMEN-MEDLEM' : o.discount ? 'VAR24' : ''), ['commerce.promotionID'], opt],
    ['Betalsätt', (c, o) => tkPay(o), [OR('payments[0].paymentType')]],
    ['Försäljningskanal', (c, o) => tkChan(o), []],
    ['Status', (c, o) => tkSt(o), []],
    ['Förnamn', (c, o) => (tkChan(o) === 'Kassa' ? '' : SV(c).first), []],
    ['Efternamn', (c, o) => (tkChan(o) === 'Kassa' ? '' : SV(c).last), []],
    ['E-post', (c, o) => (tkChan(o) === 'Kassa' ? '' : SV(c).email), EMAIL_ID],
    ['Mobilnummer', (c, o) => (tkChan(o) === 'Kassa' || n(c) % 4 === 0 ? '' : SV(c).mobile), PHONE_ID, opt],
    ['Postnummer', (c, o) => (tkChan(o) === 'Kassa' ? '' : SV(c).zip), [BILL('postalCode')], opt],
    ['Ort', (c, o) => (tkChan(o) === 'Kassa' ? '' : SV(c).city), [BILL('city')], opt],
    ['Incheckad', (c, o) => (tkIn(o) ? 'Ja' : 'Nej'), []],
    ['Incheckningstid', (c, o) => (tkIn(o) ? `${tkWhen(o).slice(0, 10)} ${pad(18 + (n(o) % 3))}:${pad(n(o) % 60)}` : ''), []],
    ['Godkänner utskick från arrangören', (c) => (c.bool ? 'Ja' : 'Nej'), []],
  ] },
  // ---------------------------------------------------------------- Denmark: webshop order lines
  { name: 'wannafind-ordreeksport-da', product: 'Wannafind Webshop (Administration > Ordrer > Eksportér ordrer (CSV, semikolon), one row per order line, Danish UI, an Aarhus tea and coffee shop, DKK incl. 25 % moms)', family: 'ecommerce-orders', language: 'da', schema: E, cols: [
    ['Ordrenr.', (c, o) => String(10400 + n(o)), [OR('purchaseID')]],
    ['Ordredato', (c, o) => dkT(open(o.at, 6, 17)), ['timestamp', OR('createdDate')]],
    ['Ordrestatus', (c, o) => wfSt(o), []],
    ['Kundenr.', (c) => (c.bool ? String(2000 + n(c) % 7000) : ''), CUST_ID, opt],
    ['Firmanavn', (c) => (n(c) % 9 === 0 ? 'Café Kaffekoppen ApS' : ''), [], opt],
    ['Navn', (c) => DA(c).full, []],
    ['Adresse', (c) => `${DA(c).streetName} ${DA(c).no}`, [BILL('street1')]],
    ['Postnr.', (c) => DA(c).zip, [BILL('postalCode')]],
    ['By', (c) => DA(c).city, [BILL('city')]],
    ['Land', () => 'Danmark', [BILL('country')]],
    ['Telefon', (c) => DA(c).mobile, PHONE_ID, opt],
    ['E-mail', (c) => DA(c).email, EMAIL_ID],
    ['Leveringsnavn', (c, o) => wfTo(c, o).full, []],
    ['Leveringsadresse', (c, o) => `${wfTo(c, o).streetName} ${wfTo(c, o).no}`, [SHIP('street1')]],
    ['Leveringspostnr.', (c, o) => wfTo(c, o).zip, [SHIP('postalCode')]],
    ['Leveringsby', (c, o) => wfTo(c, o).city, [SHIP('city')]],
    ['Leveringsland', () => 'Danmark', [SHIP('country')]],
    ['Varenr.', (c, o, r, i) => wfItem(o, i)[0], [PL('SKU')]],
    ['Varenavn', (c, o, r, i) => wfItem(o, i)[1], [PL('name')]],
    ['Variant', (c, o, r, i) => wfItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Stykpris', (c, o, r, i) => dkk(wfItem(o, i)[3]), [], opt],
    ['Linjetotal', (c, o, r, i) => dkk(wfLine(o, i)), [PL('priceTotal')]],
    ['Fragt', (c, o, r, i) => dkk(wfFreight(o, i)), ['commerce.shipping.shippingAmount']],
    ['Leveringsmetode', (c, o) => wfShipWay(o), ['commerce.shipping.shippingMethod']],
    ['Pakkeshop-ID', (c, o) => (wfShipWay(o).includes('Pakkeshop') ? String(95000 + (n(o) * 7) % 4000) : ''), [], opt],
    ['Betalingsmetode', (c, o) => wfPay(o), [OR('payments[0].paymentType')]],
    ['Transaktions-ID', (c, o) => (wfPay(o) === 'Bankoverførsel' ? '' : String(300000000 + n(o) * 977)), [OR('payments[0].transactionID')]],
    ['Rabatkode', (c, o) => (o.discount ? 'TEKLUB10' : ''), ['commerce.promotionID']],
    ['Rabat', (c, o, r, i) => dkk(wfDisc(o, i)), [OR('discountAmount')]],
    ['Heraf moms', (c, o, r, i) => dkk(wfTot(o, i) * 0.2), [OR('taxAmount')]],
    ['Ordretotal', (c, o, r, i) => dkk(wfTot(o, i)), [OR('priceTotal')]],
    ['Valuta', () => 'DKK', [OR('currencyCode'), PL('currencyCode')]],
    ['Kundekommentar', (c, o) => row(['', '', 'Må gerne stilles ved døren', '', 'Gaveindpakning tak', ''], n(o) % 6), []],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), []],
  ] },
  // ---------------------------------------------------------------- Finland: e-mail campaign report, one row per recipient event
  { name: 'postiviidakko-vastaanottajaraportti-fi', product: 'Postiviidakko (Raportit > Lähetysraportti > Vastaanottajakohtaiset tapahtumat > Vie CSV, one row per recipient event, Finnish UI, a Tampere outdoor-gear shop\'s newsletters, EET/EEST)', family: 'email', language: 'fi', schema: E, cols: [
    ['Sähköposti', (c) => FI(c).email, EMAIL_ID],
    ['Etunimi', (c) => FI(c).first, []],
    ['Sukunimi', (c) => FI(c).last, []],
    ['Matkapuhelin', (c) => (n(c) % 3 ? FI(c).mobile : ''), PHONE_ID, opt],
    ['Postinumero', (c) => FI(c).zip, [], opt],
    ['Vastaanottajan ID', (c) => String(1200000 + n(c) * 3), [], opt],
    ['Lista', (c) => row(['Uutiskirje', 'Kanta-asiakkaat', 'Uutiskirje'], n(c) % 3), []],
    ['Lähetyksen ID', (c, o) => String(pvCamp(o)[2]), ['marketing.trackingCode'], opt],
    ['Lähetys', (c, o) => pvCamp(o)[0], ['marketing.campaignName']],
    ['Aihe', (c, o) => pvCamp(o)[1], [], opt],
    ['Lähetysaika', (c, o) => fiT(pvSent(o)), [], opt],
    ['Tapahtuma', (c, o) => pvEv(o), ['eventType']],
    ['Tapahtuma-aika', (c, o) => fiT(pvAt(o)), ['timestamp']],
    ['Linkki', (c, o) => (pvEv(o) === 'Klikattu' ? row(PV_LINKS, n(o) >> 1)[0] : ''), ['web.webInteraction.URL']],
    ['Linkin nimi', (c, o) => (pvEv(o) === 'Klikattu' ? row(PV_LINKS, n(o) >> 1)[1] : ''), ['web.webInteraction.name'], opt],
    ['Palautuksen syy', (c, o) => (pvEv(o) === 'Kova palautus' ? '550 5.1.1 User unknown' : pvEv(o) === 'Pehmeä palautus' ? '452 4.2.2 Mailbox full' : ''), []],
    ['Laitetyyppi', (c, o) => (pvSeen(o) ? pvDev(o)[0] : ''), ['device.type'], opt],
    ['Käyttöjärjestelmä', (c, o) => (pvSeen(o) ? pvDev(o)[1] : ''), ['environment.operatingSystem']],
    ['Sähköpostiohjelma', (c, o) => (pvSeen(o) ? pvDev(o)[2] : ''), ['environment.browserDetails.name'], opt],
    ['IP-osoite', (c, o, r) => (pvSeen(o) ? `${v.pick(r, ['85.76', '91.152', '213.243', '62.78'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` : ''), ['environment.ipV4']],
    ['Maa', (c, o) => (pvSeen(o) ? 'FI' : ''), ['placeContext.geo.countryCode']],
    ['Kaupunki', (c, o) => (pvSeen(o) ? FI(c).city : ''), ['placeContext.geo.city']],
  ] },
  // ---------------------------------------------------------------- Lithuania: bank-link payments
  { name: 'neopay-mokejimai-lt', product: 'Neopay (mokėjimo inicijavimo paslauga; Savitarnos sistema > Mokėjimai > Eksportuoti CSV, one row per payment, Lithuanian UI, a Vilnius furniture and home-decor webshop, EUR)', family: 'payments', language: 'lt', schema: E, cols: [
    ['Mokėjimo ID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')]],
    ['Užsakymo nr.', (c, o) => `BALDAI-${24000 + n(o)}`, [OR('purchaseID')]],
    ['Projektas', () => 'baldunamai.lt', ['commerce.commerceScope.websiteCode'], opt],
    ['Sukurta', (c, o) => ltT(npAt(o)), ['timestamp']],
    ['Įvykdyta', (c, o) => (['Įvykdytas', 'Grąžintas'].includes(npSt(o)) ? ltT(npAt(o) + 40000 + (n(o) % 90) * 1000) : ''), [], opt],
    ['Suma', (c, o) => dec(npAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valiuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Būsena', (c, o) => npSt(o), []],
    ['Bankas', (c, o) => npBank(o)[0], [OR('payments[0].paymentType')], opt],
    ['Banko šalis', (c, o) => npBank(o)[1], [], opt],
    ['Mokėtojo vardas, pavardė', (c, o) => (npSt(o) === 'Laukiama' || npSt(o) === 'Atmestas' ? '' : `${LT(c).first.toUpperCase()} ${LT(c).last.toUpperCase()}`), []],
    ['Mokėtojo sąskaita', (c, o, r) => (npSt(o) === 'Laukiama' || npSt(o) === 'Atmestas' ? '' : iban(r, npBank(o)[1], npBank(o)[2])), []],
    ['Mokėtojo el. paštas', (c) => LT(c).email, EMAIL_ID],
    ['Mokėjimo paskirtis', (c, o) => `Užsakymo BALDAI-${24000 + n(o)} apmokėjimas`, []],
    ['Gavėjo sąskaita', () => 'LT12 7300 0101 2345 6789', []],
    ['Grąžinta suma', (c, o) => (npRef(o) ? dec(npRef(o)) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Komisinis mokestis', (c, o) => (npSt(o) === 'Įvykdytas' || npSt(o) === 'Grąžintas' ? dec(Math.max(0.15, npAmt(o) * 0.005)) : '0,00'), []],
    ['Kalba', (c, o) => row(['lt', 'lt', 'en', 'lt', 'ru', 'lt'], n(o) % 6), ['environment._dc.language'], opt],
    ['Mokėtojo IP', (c, o, r) => `${v.pick(r, ['78.56', '88.119', '84.15', '213.197'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- Czech Republic: card gateway transactions
  { name: 'csob-platebni-brana-transakce-cs', product: 'ČSOB platební brána (eAPI; Obchodnický portál > Transakce > Export do CSV, one row per payment, Czech UI, a Brno bicycle shop\'s e-shop, CZK)', family: 'payments', language: 'cs', schema: E, cols: [
    ['ID platby', (c, o, r) => v.alnum(r, 15), ['_id', OR('payments[0].transactionID')]],
    ['Číslo objednávky', (c, o) => String(2403000 + n(o)), [OR('purchaseID')]],
    ['Datum vytvoření', (c, o) => czT(cbAt(o)), ['timestamp', OR('createdDate')]],
    ['Datum zúčtování', (c, o) => (['Zúčtována', 'Vrácena'].includes(cbSt(o)) ? dmy(cet(cbAt(o) + day)) : ''), [], opt],
    ['Částka', (c, o) => czk(cbItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Stav', (c, o) => cbSt(o), []],
    ['Kód stavu', (c, o) => ({ 'Zúčtována': '7', 'Autorizována': '4', 'Zamítnuta': '6', 'Vrácena': '10', 'Zrušena': '5' }[cbSt(o)]), []],
    ['Způsob platby', (c, o) => cbWay(o), [OR('payments[0].paymentType')]],
    ['Typ karty', (c, o) => (cbCard(o) ? cbBrand(o) : ''), [], opt],
    ['Číslo karty', (c, o, r) => (cbCard(o) ? `${cbBrand(o) === 'VISA' ? '4' : '5'}${v.digits(r, 5)}******${v.digits(r, 4)}` : ''), []],
    ['Autorizační kód', (c, o, r) => (cbSt(o) === 'Zamítnuta' ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['3-D Secure', (c, o) => (cbCard(o) ? 'Ano' : ''), []],
    ['Vrácená částka', (c, o) => (cbSt(o) === 'Vrácena' ? czk(cbItem(o)[1]) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Popis', (c, o) => cbItem(o)[0], []],
    ['Jméno zákazníka', (c) => CS(c).full, []],
    ['E-mail zákazníka', (c) => CS(c).email, EMAIL_ID],
    ['Telefon zákazníka', (c) => (n(c) % 5 ? CS(c).mobile : ''), PHONE_ID, opt],
    ['Fakturační adresa – ulice', (c) => `${CS(c).streetName} ${CS(c).no * 7}/${CS(c).no}`, [BILL('street1')]],
    ['Fakturační adresa – město', (c) => CS(c).city, [BILL('city')]],
    ['Fakturační adresa – PSČ', (c) => CS(c).zip, [BILL('postalCode')]],
    ['Fakturační adresa – země', () => 'CZE', [BILL('countryCode')], opt],
    ['Merchant ID', () => 'M1MIPS0123', []],
    ['Jazyk brány', (c, o) => row(['cs', 'cs', 'cs', 'en', 'sk', 'cs'], n(o) % 6), ['environment._dc.language'], opt],
  ] },
  // ---------------------------------------------------------------- Hungary: ticket seller's sales list
  { name: 'tixa-eladasok-export-hu', product: 'Tixa (tixa.hu szervezői felület: Eladások > Vásárlói lista > Exportálás (XLSX/CSV), one row per ticket, Hungarian UI, a Budapest ruin-bar concert venue, HUF)', family: 'ticketing', language: 'hu', schema: E, cols: [
    ['Jegyazonosító', (c, o) => `TX${pad((n(o) * 7919) % 100000000, 8)}`, ['_id'], opt],
    ['Rendelésszám', (c, o) => String(8120000 + n(o) * 3), [OR('purchaseID')]],
    ['Vásárlás időpontja', (c, o) => huT(txAt(o)), ['timestamp', OR('createdDate')]],
    ['Esemény', (c, o) => txEv(o)[0], [PL('name')], opt],
    ['Esemény időpontja', (c, o) => `${huD(txAt(o) + txEv(o)[2] * day)} ${row(['20:00', '21:00', '19:30'], n(o))}`, []],
    ['Helyszín', (c, o) => txEv(o)[1], []],
    ['Jegytípus', (c, o) => txType(o)[0], [], opt],
    ['Jegyár (Ft)', (c, o) => ft(txType(o)[1]), [PL('priceTotal')], opt],
    ['Kezelési költség (Ft)', (c, o) => ft(txFee(o)), []],
    ['Fizetett összeg (Ft)', (c, o) => ft(txType(o)[1] + txFee(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Kuponkód', (c, o) => (o.discount ? 'FOGAS10' : ''), ['commerce.promotionID'], opt],
    ['Fizetési mód', (c, o) => txPay(o), [OR('payments[0].paymentType')]],
    ['Státusz', (c, o) => txSt(o), []],
    ['Vezetéknév', (c) => HU(c).last, []],
    ['Keresztnév', (c) => HU(c).first, []],
    ['E-mail cím', (c) => HU(c).email, EMAIL_ID],
    ['Telefonszám', (c) => (n(c) % 4 ? HU(c).mobile : ''), PHONE_ID, opt],
    ['Számlázási név', (c) => (n(c) % 7 === 0 ? 'Kert Rendezvény Kft.' : `${HU(c).last} ${HU(c).first}`), []],
    ['Irányítószám', (c) => HU(c).zip, [BILL('postalCode')], opt],
    ['Település', (c) => HU(c).city, [BILL('city')], opt],
    ['Cím', (c) => `${HU(c).streetName} ${HU(c).no}.`, [BILL('street1')], opt],
    ['Beléptetve', (c, o) => (txIn(o) ? 'Igen' : 'Nem'), []],
    ['Beléptetés ideje', (c, o) => (txIn(o) ? `${huD(txAt(o) + txEv(o)[2] * day)} ${pad(19 + (n(o) % 3))}:${pad((n(o) * 7) % 60)}` : ''), []],
    ['Hírlevél feliratkozás', (c) => (c.bool ? 'Igen' : 'Nem'), []],
  ] },
  // ---------------------------------------------------------------- Norway: restaurant-app loyalty club members
  { name: 'munu-kundeklubb-medlemmer-no', product: 'Munu (Munu Admin > Kundeklubb > Medlemmer > Eksporter (CSV), one row per member, Norwegian bokmål UI, a Bergen café chain\'s app loyalty club, NOK)', family: 'loyalty', language: 'no', schema: P, cols: [
    ['Medlems-ID', (c) => String(310000 + n(c)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Fornavn', (c) => NO(c).first, ['person.name.firstName']],
    ['Etternavn', (c) => NO(c).last, ['person.name.lastName']],
    ['E-post', (c) => NO(c).email, ['personalEmail.address']],
    ['Mobilnummer', (c) => NO(c).mobile, ['mobilePhone.number']],
    ['Fødselsdato', (c) => (n(c) % 5 ? dmy(bd(c)) : ''), ['person.birthDate']],
    ['Kjønn', (c) => (n(c) % 6 === 0 ? 'Ikke oppgitt' : NO(c).female ? 'Kvinne' : 'Mann'), ['person.gender']],
    ['Postnummer', (c) => (n(c) % 3 ? NO(c).zip : ''), at(HOME, 'postalCode')],
    ['Medlem siden', (c) => noT(c.created), ['loyalty.joinDate']],
    ['Favorittsted', (c) => row(MU_PLACE, n(c) % 6), [], opt],
    ['Nivå', (c) => muTier(c), ['loyalty.tier']],
    ['Poengsaldo', (c) => String(muPts(c)), ['loyalty.points']],
    ['Opptjente poeng totalt', (c) => String(muPts(c) + muRed(c)), ['loyalty.lifetimePoints']],
    ['Innløste poeng', (c) => String(muRed(c)), ['loyalty.pointsRedeemed']],
    ['Antall kjøp', (c) => String(muBuys(c)), []],
    ['Totalt kjøpsbeløp', (c) => nok(muBuys(c) * 87.5), ['loyalty.lifetimePurchases'], opt],
    ['Siste kjøp', (c) => noT(later(c)), [], opt],
    ['Aktive klippekort', (c) => row(['Kaffe 10-klipp (6/10)', '', '', 'Lunsj 5-klipp (2/5)', '', 'Kaffe 10-klipp (9/10)'], n(c) % 6), [], opt],
    ['Samtykke e-post', (c) => (c.bool ? 'Ja' : 'Nei'), []],
    ['Samtykke SMS', (c) => (n(c) % 3 === 0 ? 'Ja' : 'Nei'), []],
    ['Push-varsler', (c) => (n(c) % 4 ? 'På' : 'Av'), []],
    ['Status', (c) => (n(c) % 11 === 0 ? 'Inaktiv' : 'Aktiv'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- Poland: omnichannel messaging contacts
  { name: 'redlink-kontakty-eksport-pl', product: 'Redlink (platforma SMS/e-mail/push; Kontakty > Eksportuj kontakty (CSV), one row per contact, Polish UI, a Poznań cosmetics and perfume store chain\'s beauty club)', family: 'marketing', language: 'pl', schema: P, cols: [
    ['ID kontaktu', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['Numer telefonu', (c) => PLx(c).mobile, ['mobilePhone.number']],
    ['Adres e-mail', (c) => (n(c) % 6 ? PLx(c).email : ''), ['personalEmail.address']],
    ['Imię', (c) => PLx(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => PLx(c).last, ['person.name.lastName']],
    ['Płeć', (c) => (PLx(c).female ? 'K' : 'M'), ['person.gender']],
    ['Data urodzenia', (c) => (n(c) % 4 ? ymd(bd(c)) : ''), ['person.birthDate']],
    ['Ulica', (c) => (n(c) % 3 ? `${PLx(c).streetName} ${PLx(c).no}${n(c) % 2 ? `/${(n(c) % 40) + 1}` : ''}` : ''), at(HOME, 'street1')],
    ['Kod pocztowy', (c) => PLx(c).zip, at(HOME, 'postalCode')],
    ['Miasto', (c) => PLx(c).city, at(HOME, 'city')],
    ['Województwo', (c) => PLx(c).region, STATE(HOME)],
    ['Numer karty klubowej', (c) => (n(c) % 5 === 4 ? '' : `2900${pad((n(c) * 7919) % 100000000, 8)}`), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['Grupy', (c) => row(RL_GROUPS, n(c) % 6), []],
    ['Zgoda SMS', (c) => (n(c) % 7 ? 'Tak' : 'Nie'), []],
    ['Zgoda e-mail', (c) => (n(c) % 6 && c.bool ? 'Tak' : 'Nie'), []],
    ['Źródło', (c) => row(['Import', 'Formularz WWW', 'API', 'Import', 'Kod QR w sklepie'], n(c) % 5), []],
    ['Data dodania', (c) => plT(c.created), [], opt],
    ['Data modyfikacji', (c) => plT(later(c)), [], opt],
    ['Ulubiony salon', (c) => row(['Poznań Stary Browar', 'Poznań Posnania', 'Gniezno Galeria Gniezno', 'Poznań Avenida'], n(c) % 4), [], opt],
    ['Notatka', (c) => row(['', '', 'Preferuje kontakt SMS', '', 'Alergia na lanolinę'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Denmark: e-mail/SMS marketing subscribers
  { name: 'marketingplatform-modtagere-da', product: 'MarketingPlatform (Modtagere > Lister > Eksportér modtagere (CSV), one row per subscriber, Danish UI, an Odense garden centre\'s newsletter and garden club)', family: 'email', language: 'da', schema: P, cols: [
    ['Modtager-ID', (c) => String(5400000 + n(c) * 7), ['_id', 'personID']],
    ['E-mail', (c) => DA(c).email, ['personalEmail.address']],
    ['Fornavn', (c) => DA(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => DA(c).last, ['person.name.lastName']],
    ['Mobil', (c) => (n(c) % 3 ? `+45 ${DA(c).mobile}` : ''), ['mobilePhone.number']],
    ['Adresse', (c) => (n(c) % 4 ? `${DA(c).streetName} ${DA(c).no}` : ''), at(HOME, 'street1')],
    ['Postnr.', (c) => DA(c).zip, at(HOME, 'postalCode')],
    ['By', (c) => DA(c).city, at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Fødselsdato', (c) => (n(c) % 3 === 1 ? '' : dmy(bd(c), '-')), ['person.birthDate']],
    ['Køn', (c) => (n(c) % 5 === 0 ? '' : DA(c).female ? 'Kvinde' : 'Mand'), ['person.gender']],
    ['Haveklub-nr.', (c) => (c.bool ? `HK${pad(n(c) % 100000, 5)}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['Interesser', (c) => row(MP_INT, n(c) % 6), []],
    ['Kilde', (c) => row(MP_SRC, n(c) % 6), []],
    ['Tilmeldt', (c) => dkT(c.created), [], opt],
    ['Status', (c) => mpSt(c), ['personalEmail.status'], opt],
    ['Afmeldt dato', (c) => (mpSt(c) === 'Afmeldt' ? dkD(later(c)) : ''), [], opt],
    ['Seneste åbning', (c) => (mpSt(c) === 'Aktiv' ? dkT(later(c)) : ''), []],
    ['Seneste klik', (c) => (mpSt(c) === 'Aktiv' && n(c) % 2 ? dkT(later(c) + 90000) : ''), []],
    ['Samtykke SMS', (c) => (n(c) % 3 ? 'Ja' : 'Nej'), []],
    ['IP ved tilmelding', (c, o, r) => `${v.pick(r, ['87.49', '93.176', '188.176', '5.103'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, []],
  ] },
  // ---------------------------------------------------------------- Sweden: sales CRM contacts
  { name: 'salesbox-kontakter-sv', product: 'Salesbox CRM (Kontakter > Välj alla > Exportera (Excel), one row per contact, Swedish UI, a Malmö IT consultancy\'s prospects and customers)', family: 'crm', language: 'sv', schema: B, cols: [
    ['Kontakt-ID', (c) => `C-${100400 + n(c)}`, B2BID],
    ['Förnamn', (c) => SV(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => SV(c).last, ['person.name.lastName']],
    ['Titel', (c) => sbRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Avdelning', (c) => sbRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Företag', (c) => sbFirm(c)[0], CO],
    ['Företags-ID', (c) => `A-${20100 + (n(c) >> 1) % 6}`, ACCT],
    ['Organisationsnummer', (c) => sbFirm(c)[1], [], opt],
    ['E-post', (c) => `${ascii(SV(c).first)}.${ascii(SV(c).last)}@${sbFirm(c)[2]}`, WE],
    ['Telefon', (c) => sbFirm(c)[3], ['workPhone.number']],
    ['Mobil', (c) => SV(c).mobile, ['mobilePhone.number']],
    ['Besöksadress', (c) => sbFirm(c)[6], [W('street1')]],
    ['Postnummer', (c) => sbFirm(c)[5], [W('postalCode')]],
    ['Ort', (c) => sbFirm(c)[4], [W('city')]],
    ['Land', () => 'Sverige', [W('country')]],
    ['Webbplats', (c) => `www.${sbFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['Relation', (c) => row(['Kund', 'Prospekt', 'Prospekt', 'Kund', 'Partner', 'Tidigare kund'], n(c) % 6), [], opt],
    ['Kontaktstatus', (c) => row(['Aktiv', 'Aktiv', 'Ej kontaktad', 'Aktiv', 'Slutat'], n(c) % 5), ['b2b.personStatus'], opt],
    ['Ansvarig säljare', (c) => row(['Jonas Ek', 'Petra Lind', 'Ahmed Karimi'], n(c) % 3), []],
    ['Taggar', (c) => row(['Microsoft 365', 'Molnmigrering;Säkerhet', '', 'Avtal 2025', 'Säkerhet'], n(c) % 5), []],
    ['LinkedIn', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${ascii(SV(c).first)}-${ascii(SV(c).last)}-${(n(c) % 900) + 100}` : ''), []],
    ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Senaste aktivitet', (c) => svT(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Skapad', (c) => svT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Senast ändrad', (c) => svD(later(c) + 3 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Latvia: company register officials list
  { name: 'lursoft-amatpersonas-lv', product: 'Lursoft (Lursoft datubāzes > Uzņēmumu atlase > Amatpersonas > Eksportēt uz Excel, one row per company official, Latvian UI, a prospect list bought by a Riga office-equipment distributor)', family: 'b2b', language: 'lv', schema: B, cols: [
    ['Nosaukums', (c) => luFirm(c)[0], CO],
    ['Reģistrācijas numurs', (c) => luFirm(c)[1], ACCT, opt],
    ['PVN maksātāja numurs', (c) => `LV${luFirm(c)[1]}`, []],
    ['Reģistrēts', (c) => luFirm(c)[9], []],
    ['Juridiskā adrese', (c) => luFirm(c)[2], [W('street1')], opt],
    ['NACE kods', (c) => luFirm(c)[3], []],
    ['Darbības veids', (c) => luFirm(c)[4], []],
    ['Darbinieku skaits', (c) => String(luFirm(c)[5]), []],
    ['Apgrozījums, EUR', (c) => group(luFirm(c)[6], ' '), []],
    ['Amats', (c) => luRole(c), ['extendedWorkDetails.jobTitle']],
    ['Vārds', (c) => LV(c).first, ['person.name.firstName']],
    ['Uzvārds', (c) => LV(c).last, ['person.name.lastName']],
    ['Personas kods', (c) => luKods(c), []],
    ['Iecelšanas datums', (c) => dmy(v.parts(c.created)), []],
    ['Pārstāvības tiesības', (c) => (luRole(c) === 'Prokūrists' ? 'Kopā ar valdes locekli' : n(c) % 2 ? 'Atsevišķi' : 'Kopā ar vismaz vienu valdes locekli'), []],
    ['Tālrunis', (c) => `+371 ${luFirm(c)[7]}`, ['workPhone.number']],
    ['E-pasts', (c) => `info@${luFirm(c)[8]}`, ['workEmail.address'], opt],
    ['Mājaslapa', (c) => `www.${luFirm(c)[8]}`, ['b2b.companyWebsite']],
    ['Statuss', () => 'Aktīvs', []],
  ] },
  // ---------------------------------------------------------------- Romania: company-information prospect list
  { name: 'confidas-lista-firme-ro', product: 'Confidas (Căutare avansată firme > Rezultate > Export Excel cu asociați și administratori, one row per company and administrator (a company with several administrators repeats), Romanian UI, a prospect list bought by a Cluj-Napoca ERP reseller)', family: 'b2b', language: 'ro', schema: B, cols: [
    ['Denumire', (c) => cfFirm(c)[0], CO],
    ['CUI', (c) => cfFirm(c)[1], ACCT, opt],
    ['Nr. Reg. Com.', (c) => cfFirm(c)[2], []],
    ['Formă juridică', (c) => cfFirm(c)[15], []],
    ['Stare', (c) => (n(c) % 13 === 0 ? 'Inactivă' : 'Funcțiune'), []],
    ['Data înființării', (c) => cfFirm(c)[14], []],
    ['Județ', (c) => cfFirm(c)[3], STATE(['workAddress'])],
    ['Localitate', (c) => cfFirm(c)[4], [W('city')]],
    ['Adresă', (c) => cfFirm(c)[5], [W('street1')]],
    ['Cod poștal', (c) => cfFirm(c)[6], [W('postalCode')]],
    ['Cod CAEN', (c) => cfFirm(c)[7], []],
    ['Activitate principală', (c) => cfFirm(c)[8], []],
    ['Cifra de afaceri (lei)', (c) => lei(cfFirm(c)[9]), []],
    ['Profit net (lei)', (c) => lei(cfFirm(c)[10]), []],
    ['Nr. mediu angajați', (c) => String(cfFirm(c)[11]), []],
    ['Administrator', (c) => `${RO(c).last.toUpperCase()} ${RO(c).first.toUpperCase()}`, ['person.name.fullName']],
    ['Calitate', (c) => cfRole(c), ['extendedWorkDetails.jobTitle']],
    ['Telefon', (c) => cfFirm(c)[12], ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? RO(c).mobile : ''), ['mobilePhone.number'], opt],
    ['Email', (c) => (n(c) % 2 ? `office@${cfFirm(c)[13]}` : `${ascii(RO(c).first)}.${ascii(RO(c).last)}@${cfFirm(c)[13]}`), ['workEmail.address']],
    ['Website', (c) => `www.${cfFirm(c)[13]}`, ['b2b.companyWebsite']],
    ['Plătitor TVA', (c) => (cfFirm(c)[9] > 300000 ? 'Da' : 'Nu'), []],
  ] },
]
