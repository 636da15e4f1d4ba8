// Round 78, heldout212: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Exports of products used in Central and Eastern Europe
// and Greece, headers in the product's UI language: the Czech Post's consignment-submission application's consignment
// data export for an Olomouc garden-supplies e-shop (Podání Online, Česká pošta) (CZ, cs E 1); a payment provider's
// transaction statement for a Kraków language school (PayU) (PL, pl E 1); a courier's AWB list for a Timișoara seed,
// fertiliser and garden-supplies distributor (FAN Courier selfAWB) (RO, ro E 1); a medical-records system's visit report
// for a Poznań dental clinic (Medfile) (PL, pl E 1); a football federation registration system's player list for a
// county football association's league (COMET) (HR, hr P 1); a basic-art-school information system's pupil list for a
// Brno music school (iZUŠ) (CZ, cs P 1); an ERP's business-partner contact export for a Slovenian agricultural supplier
// (Pantheon) (SI, sl B 1); an ERP/CRM's customer-contact export for a Thessaloniki print shop (SoftOne) (GR, el B 1).
// E 4, P 2, B 2.
// Headers: Podání Online's from Česká pošta's public ePOST/Podání Online documentation found with the search tool
// (postaonline.cz, "Export dat > Struktura exportovaného souboru": ID zásilky, Datum, Stav, Jméno, Příjmení/Název firmy,
// Doplňující údaje, Ulice, Č.p., Č.o., Obec, Část obce, PSČ adresáta, Stát, Dobírka, Udaná cena, Hmotnost, Doplňkové
// služby, VS zásilka, Výplatné, Poznámka interní, Typ zásilky, E-mail, Mobil, Telefon; a subset in its order); PayU's
// first columns (Data, ID transakcji, Kwota, Waluta) and its Prowizja/Saldo columns from PayU's statement documentation
// (developers.payu.com/pl/statements.html, "Opis pól w formacie .csv", whose columns are configurable); the rest of
// PayU's columns and all other 6 sets written from the writer's knowledge of each product (a short hunt in the pages and
// docs corpora found only FAQ pages for FAN Courier's selfAWB and nothing for Medfile, COMET, iZUŠ, Pantheon or
// SoftOne). Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
// Prague, Warsaw, Zagreb, Ljubljana: UTC+1; Bucharest, Athens: UTC+2; summer time April to September (approximation)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const com = (x) => money(x).replace('.', ',')
// 1 234,50 (Czech, Polish, Slovene, Greek-style grouping with a space or a dot)
const sp = (x) => thou(x, '\u00a0', ',')
const UP = (r, k, set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5a17c3e1); r(); r(); return r }
const L = {
  cs: {
    m: ['Jan', 'Petr', 'Jiří', 'Tomáš', 'Martin', 'Pavel', 'Jakub', 'Lukáš', 'Ondřej', 'Michal', 'David', 'Vojtěch'],
    f: ['Jana', 'Eva', 'Lucie', 'Kateřina', 'Tereza', 'Petra', 'Veronika', 'Markéta', 'Lenka', 'Barbora', 'Klára', 'Adéla'],
    // [male, female]
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná'], ['Marek', 'Marková'], ['Pospíšil', 'Pospíšilová'], ['Hájek', 'Hájková'], ['Král', 'Králová']],
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz'],
  },
  pl: {
    m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Kamil', 'Mateusz', 'Bartosz', 'Wojciech'],
    f: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Natalia', 'Karolina', 'Zuzanna', 'Ewa', 'Małgorzata'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Nowicki', 'Nowicka']],
    mail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'],
  },
  ro: {
    m: ['Andrei', 'Alexandru', 'Ion', 'Mihai', 'Florin', 'Gheorghe', 'Cristian', 'Marius', 'Adrian', 'Vasile', 'Dan', 'Sorin'],
    f: ['Maria', 'Elena', 'Ioana', 'Andreea', 'Mihaela', 'Cristina', 'Ana', 'Gabriela', 'Daniela', 'Alina', 'Simona', 'Loredana'],
    last: [['Popescu', 'Popescu'], ['Ionescu', 'Ionescu'], ['Popa', 'Popa'], ['Stan', 'Stan'], ['Dumitru', 'Dumitru'], ['Munteanu', 'Munteanu'], ['Moldovan', 'Moldovan'], ['Lungu', 'Lungu'], ['Mureșan', 'Mureșan'], ['Bălan', 'Bălan'], ['Radu', 'Radu'], ['Sârbu', 'Sârbu'], ['Petrescu', 'Petrescu'], ['Rusu', 'Rusu']],
    mail: ['yahoo.com', 'gmail.com', 'gmail.com', 'yahoo.ro', 'gmail.com', 'hotmail.com'],
  },
  hr: {
    m: ['Luka', 'Ivan', 'Marko', 'Josip', 'Petar', 'Filip', 'Matej', 'Karlo', 'Ante', 'Lovro', 'Dominik', 'Nikola'],
    f: ['Ana', 'Lucija', 'Marija', 'Ivana', 'Petra', 'Sara', 'Mia', 'Lana', 'Ema', 'Katarina', 'Nika', 'Laura'],
    last: [['Horvat', 'Horvat'], ['Kovačević', 'Kovačević'], ['Babić', 'Babić'], ['Marić', 'Marić'], ['Jurić', 'Jurić'], ['Novak', 'Novak'], ['Kovačić', 'Kovačić'], ['Knežević', 'Knežević'], ['Vuković', 'Vuković'], ['Marković', 'Marković'], ['Petrović', 'Petrović'], ['Matić', 'Matić'], ['Tomić', 'Tomić'], ['Pavlović', 'Pavlović']],
    mail: ['gmail.com', 'gmail.com', 'net.hr', 'yahoo.com', 'hotmail.com', 'gmail.com'],
  },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5, D = L[cc]
  const first = v.pick(r, female ? D.f : D.m), lp = v.pick(r, D.last), last = female ? lp[1] : lp[0]
  const sep = v.pick(r, ['.', '', '.', '_'])
  const lat = (x) => v.slug(x.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D'))
  const mail = `${lat(first)}${sep}${lat(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, D.mail)}`
  return { female, first, last, lastM: lp[0], lastF: lp[1], full: `${first} ${last}`, mail, r1: v.int(r, 0, 999999), r2: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const cz = (c) => who(c, 'cs')
const pl = (c) => who(c, 'pl')
const ro = (c) => who(c, 'ro')
const hr = (c) => who(c, 'hr')
const czMob = (r) => `${v.pick(r, ['602', '603', '604', '605', '608', '720', '721', '724', '731', '736', '774', '777'])}${v.digits(r, 6)}`
const plMob = (r) => `${v.pick(r, ['501', '502', '504', '510', '512', '530', '535', '600', '601', '602', '660', '690', '691', '730', '790', '880'])} ${v.digits(r, 3)} ${v.digits(r, 3)}`

// ---------------------------------------------------------------- 1. Podání Online consignment export (CZ, cs, E)
// a garden-supplies e-shop in Olomouc (seeds, hoses, pots, fertilisers, small tools) shipping parcels across Czechia
// with Česká pošta, many of them cash on delivery; one row per consignment
// [city, part, PSČ, streets]
const CZ_PL = [
  ['Praha', 'Vinohrady', '120 00', ['Korunní', 'Slezská', 'Vinohradská']], ['Praha', 'Modřany', '143 00', ['Sofijské nám.', 'Lhotecká', 'Komořanská']],
  ['Brno', 'Žabovřesky', '616 00', ['Minská', 'Horova', 'Foltýnova']], ['Ostrava', 'Poruba', '708 00', ['Hlavní třída', 'Opavská', 'Porubská']],
  ['Plzeň', 'Bory', '301 00', ['Klatovská třída', 'Jateční', 'Borská']], ['Olomouc', 'Nová Ulice', '779 00', ['Zikova', 'Polská', 'Hněvotínská']],
  ['Přerov', 'Předmostí', '751 24', ['Hranická', 'Tyršova', 'Pod Skalkou']], ['Hradec Králové', 'Nový Hradec Králové', '500 06', ['Hradecká', 'Brněnská', 'Lesní']],
  ['Zlín', 'Malenovice', '763 02', ['Tř. 3. května', 'Švermova', 'Zahradní']], ['Šumperk', 'Horní Temenice', '787 01', ['Temenická', 'Lidická', 'Jesenická']],
  ['Prostějov', 'Krasice', '796 04', ['Krasická', 'Brněnská', 'Kostelecká']], ['České Budějovice', 'Suché Vrbné', '370 11', ['Nádražní', 'Krčínova', 'Dobrovodská']],
]
// [item line, weight kg, value CZK]
const CP_ITEM = [['Sada osiv zeleniny (12 ks)', 0.6, 389], ['Zahradní hadice 25 m + koncovka', 3.4, 749], ['Substrát pro rajčata 50 l', 14.2, 329], ['Hnojivo NPK 10 kg', 10.4, 459], ['Keramický květináč 30 cm', 4.8, 599], ['Nůžky na živý plot + rukavice', 1.3, 689], ['Kapková závlaha – startovací sada', 2.1, 1249], ['Fólie na pařeniště 4x6 m', 2.7, 519]]
const cpItem = (o) => row(CP_ITEM, (n(o) * 3) % 8)
const cpType = (o) => row(['Balík Do ruky', 'Balík Na poštu', 'Balík Do ruky', 'Balík Do balíkovny', 'Balík Do ruky'], n(o) % 5)
const cpCode = (o) => ({ 'Balík Do ruky': 'DR', 'Balík Na poštu': 'NP', 'Balík Do balíkovny': 'NB' })[cpType(o)]
const cpCod = (o) => n(o) % 3 !== 0
const cpVal = (o) => cpItem(o)[2] + (n(o) % 4 === 0 ? 139 : 0)
const cpPost = (o) => (cpType(o) === 'Balík Do ruky' ? 139 : cpType(o) === 'Balík Na poštu' ? 119 : 79) + (cpCod(o) ? 25 : 0) + (cpItem(o)[1] > 10 ? 40 : 0)
const cpAt = (o) => Date.UTC(2025, 3, 7, 6) + ((n(o) * 7919) % (70 * 86400)) * 1000
const cpSt = (o) => row([['91', 2], ['91', 3], ['82', 4], ['91', 2], ['53', 1], ['91', 1], ['43', 2], ['91', 2]], n(o) % 8)
const cpPlace = (c) => row(CZ_PL, cz(c).r1 % 12)
// S10 identifier: 2 letters, 8 digits, a check digit, CZ
const s10 = (pre, num) => { const d = pad(num, 8).split('').map(Number); const s = d.reduce((a, x, i) => a + x * [8, 6, 4, 2, 3, 5, 9, 7][i], 0); const k = 11 - (s % 11); return `${pre}${d.join('')}${k === 10 ? 0 : k === 11 ? 5 : k}CZ` }
const SET_CP = { name: 'podani-online-export-zasilek-cz', product: 'Podání Online (Česká pošta: Zásilky > Export dat > XLS, one row per consignment, Czech UI, a garden-supplies e-shop in Olomouc shipping parcels across Czechia, many cash on delivery, Europe/Prague, CZK)', family: 'shipping', language: 'cs', schema: E, cols: [
  ['ID zásilky', (c, o) => s10(cpCode(o), 10000000 + (n(o) * 7717) % 89999999), ['commerce.shipping.trackingNumber', '_id']],
  ['Datum', (c, o) => { const p = cet(cpAt(o) + cpSt(o)[1] * day); return `${dmy(p)} ${hm(p)}` }, ['timestamp'], opt],
  ['Stav', (c, o) => cpSt(o)[0], []],
  ['PSČ, kde stav nastal', (c, o) => (cpSt(o)[0] === '53' ? '77900' : cpType(o) === 'Balík Do ruky' ? cpPlace(c)[2].replace(' ', '') : cpPlace(c)[2].replace(' ', '').replace(/\d$/, '1')), [], opt],
  ['Jméno', (c) => cz(c).first, []],
  ['Příjmení/Název firmy', (c) => (n(c) % 9 === 0 ? `Zahradnictví ${cz(c).last.replace(/ová$|á$/, '')} s.r.o.` : cz(c).last), []],
  ['Doplňující údaje', (c) => row(['', '', '2. patro', '', 'zvonek Kučerovi', '', 'vchod ze dvora'], n(c) % 7), [SHIP('street2')], opt],
  ['Ulice', (c) => row(cpPlace(c)[3], cz(c).r2 % 3), [SHIP('street1')]],
  ['Č.p.', (c) => String(100 + (cz(c).r2 % 2800)), [], opt],
  ['Č.o.', (c) => (n(c) % 3 === 0 ? '' : String(1 + (cz(c).r1 % 60))), [], opt],
  ['Obec', (c) => cpPlace(c)[0], [SHIP('city')]],
  ['Část obce', (c) => cpPlace(c)[1], [], opt],
  ['PSČ adresáta', (c) => cpPlace(c)[2].replace(' ', ''), [SHIP('postalCode')]],
  ['Stát', () => 'CZ', [SHIP('countryCode')]],
  ['Dobírka', (c, o) => (cpCod(o) ? String(cpVal(o) + 89) : '0'), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
  ['Udaná cena', (c, o) => String(cpVal(o)), [], opt],
  ['Hmotnost', (c, o) => (cpItem(o)[1] + (n(o) % 3) * 0.2).toFixed(3).replace('.', ','), []],
  ['Doplňkové služby', (c, o) => [cpCod(o) ? '41' : '', '7', n(o) % 4 === 0 ? 'M' : '', cpType(o) === 'Balík Do ruky' ? 'S' : ''].filter(Boolean).join('+'), []],
  ['VS zásilka', (c, o) => `25${pad((n(o) * 37) % 100000, 5)}`, [OR('purchaseID')], opt],
  ['Výplatné', (c, o) => String(cpPost(o)), ['commerce.shipping.shippingAmount'], opt],
  ['Poznámka interní', (c, o) => row(['', 'obj. z e-shopu', '', 'reklamace – výměna', '', ''], n(o) % 6), []],
  ['Typ zásilky', (c, o) => cpType(o), ['commerce.shipping.shippingMethod']],
  ['E-mail', (c) => (n(c) % 6 === 0 ? '' : cz(c).mail), EMAIL_ID],
  ['Mobil', (c) => `+420${czMob(seeded(c, 'czm'))}`, PHONE_ID, opt],
  ['Telefon', (c) => (n(c) % 5 === 0 ? `+4205${v.digits(seeded(c, 'czt'), 8)}` : ''), PHONE_ID, opt],
] }

// ---------------------------------------------------------------- 2. PayU transaction statement (PL, pl, E)
// a language school in Kraków selling group courses, private-lesson packages and exam preparation online (BLIK, pay-by-
// link, cards), with a few refunds; one row per operation
// [description, amount PLN]
const PU_ITEM = [['Kurs języka angielskiego B1 – semestr zimowy', 1290], ['Pakiet 10 lekcji indywidualnych – angielski', 1100], ['Kurs języka niemieckiego A2 – rata 1/2', 745], ['Egzamin próbny FCE', 150], ['Półkolonie językowe dla dzieci – turnus 2', 890], ['Kurs języka hiszpańskiego A1 – semestr zimowy', 1190], ['Przygotowanie do matury rozszerzonej – pakiet 20h', 1680], ['Konwersacje online – karnet miesięczny', 360]]
const puItem = (o) => row(PU_ITEM, n(o) % 8)
const puRef = (o) => n(o) % 11 === 0
const puAmt = (o) => (puRef(o) ? -puItem(o)[1] : puItem(o)[1])
const puMeth = (o) => row(['BLIK', 'BLIK', 'Przelew online – mTransfer (mBank)', 'Karta płatnicza', 'Przelew online – Płacę z iPKO', 'BLIK', 'Google Pay', 'Przelew online – ING'], n(o) % 8)
const puFee = (o) => (puRef(o) ? 0 : Math.round(puItem(o)[1] * (puMeth(o) === 'Karta płatnicza' || puMeth(o) === 'Google Pay' ? 0.019 : 0.012) * 100) / 100)
const puAt = (o) => Date.UTC(2025, 8, 1, 6) + ((n(o) * 7919) % (45 * 86400)) * 1000
const puOrd = (o) => `ZS/${2025}/${pad((n(o) * 37) % 10000, 4)}`
const SET_PU = { name: 'payu-zestawienie-transakcji-pl', product: 'PayU (Panel PayU: Zestawienia > Nowe zestawienie > CSV, one row per payment or refund, Polish UI, a language school in Kraków selling courses and lesson packages online, Europe/Warsaw, PLN)', family: 'payments', language: 'pl', schema: E, cols: [
  ['Data', (c, o) => ymd(cet(puAt(o) + 3 * 60000)), ['timestamp']],
  ['ID transakcji', (c, o) => String(3200000000 + (n(o) * 104729) % 99999999), [OR('payments[0].transactionID'), '_id']],
  ['Kwota', (c, o) => com(puAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Waluta', () => 'PLN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Typ operacji', (c, o) => (puRef(o) ? 'Zwrot' : 'Wpłata'), [], opt],
  ['Data utworzenia', (c, o) => { const p = cet(puAt(o)); return `${ymd(p)} ${hms(p)}` }, [OR('createdDate'), 'timestamp'], opt],
  ['ID zamówienia', (c, o) => puOrd(o), [OR('purchaseID')]],
  ['ID zamówienia PayU', (c, o) => `${UP(v.rng(hash(`pu${o.id}`)), 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}${ymd(cet(puAt(o)), '').slice(2)}GUEST000P01`, [OR('purchaseID')], opt],
  ['Opis', (c, o) => puItem(o)[0], [PL('name')], opt],
  ['Imię', (c) => pl(c).first, []],
  ['Nazwisko', (c) => pl(c).last, []],
  ['E-mail', (c) => pl(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 3 === 0 ? '' : `+48 ${plMob(seeded(c, 'plm'))}`), PHONE_ID, opt],
  ['Metoda płatności', (c, o) => puMeth(o), [OR('payments[0].paymentType')], opt],
  ['Adres IP', (c) => { const r = seeded(c, 'ip'); return `${v.pick(r, ['83.24', '89.64', '31.0', '37.47', '178.235', '5.173'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }, ['environment.ipV4']],
  ['Prowizja', (c, o) => com(-puFee(o)), []],
  ['Saldo', (c, o) => com(18000 + ((n(o) * 131) % 9000) + puAmt(o) - puFee(o)), []],
  ['Nazwa punktu płatności', () => 'Szkoła Językowa Lingwista – sklep', [], opt],
  ['ID punktu płatności', () => '4183529', []],
] }

// ---------------------------------------------------------------- 3. FAN Courier selfAWB AWB list (RO, ro, E)
// a seed, fertiliser, plant-protection and garden-supplies distributor in Timișoara shipping to farmers and gardeners in
// Banat, Crișana and Transilvania, mostly cash on delivery (Cont Colector); one row per AWB
// [county, locality, postcode, streets]
const RO_PL = [
  ['Timiș', 'Lugoj', '305500', ['Str. Timișorii', 'Bd. Republicii', 'Str. Făgetului']], ['Timiș', 'Jimbolia', '305400', ['Str. Republicii', 'Str. Tudor Vladimirescu', 'Str. Morii']],
  ['Arad', 'Arad', '310130', ['Bd. Revoluției', 'Str. Andrei Șaguna', 'Calea Aurel Vlaicu']], ['Arad', 'Pecica', '317235', ['Str. 2', 'Str. 106', 'Str. Principală']],
  ['Bihor', 'Oradea', '410072', ['Str. Republicii', 'Calea Aradului', 'Str. Nufărului']], ['Bihor', 'Salonta', '415500', ['Str. Republicii', 'Str. Ady Endre', 'Str. Avram Iancu']],
  ['Caraș-Severin', 'Caransebeș', '325400', ['Str. Libertății', 'Str. Splaiul Sebeșului', 'Bd. Ardealului']], ['Hunedoara', 'Deva', '330005', ['Bd. Decebal', 'Str. Mihai Eminescu', 'Calea Zarandului']],
  ['Cluj', 'Turda', '401106', ['Str. Republicii', 'Calea Victoriei', 'Str. Avram Iancu']], ['Alba', 'Sebeș', '515800', ['Str. Lucian Blaga', 'Str. Mihail Kogălniceanu', 'Str. Dorin Pavel']],
  ['Mureș', 'Luduș', '545200', ['Str. Republicii', 'Str. Bobâlna', 'Str. Cuza Vodă']], ['Timiș', 'Sânnicolau Mare', '305600', ['Str. Mihai Viteazul', 'Str. Comorii', 'Str. Avram Iancu']],
]
// [content, weight, value RON]
const FC_ITEM = [['Seminte porumb hibrid 25.000 boabe', 11, 520], ['Ingrasamant NPK 15-15-15, 25 kg', 26, 185], ['Erbicid 5 L', 6, 340], ['Seminte floarea-soarelui 150.000 boabe', 14, 1380], ['Pompa stropit 16 L', 5, 265], ['Folie solar 8x30 m', 22, 610], ['Set seminte legume gradina', 1, 95], ['Fungicid 1 L + adjuvant', 2, 410]]
const fcItem = (o) => row(FC_ITEM, (n(o) * 5) % 8)
const fcPlace = (c) => row(RO_PL, ro(c).r1 % 12)
const fcSvc = (o) => row(['Cont Colector', 'Cont Colector', 'Standard', 'Cont Colector', 'FANbox'], n(o) % 5)
const fcCod = (o) => fcSvc(o) !== 'Standard'
const fcCost = (o) => Math.round((fcItem(o)[1] > 20 ? 38 : fcItem(o)[1] > 10 ? 29 : 19) * 1.19 * 100) / 100
const fcPay = (o) => (n(o) % 4 === 0 ? 'destinatar' : 'expeditor')
const fcAt = (o) => Date.UTC(2025, 2, 3, 6) + ((n(o) * 7919) % (60 * 86400)) * 1000
const fcSt = (o) => row(['Livrat', 'Livrat', 'Livrat', 'In livrare', 'Livrat', 'Refuzat', 'Livrat', 'Avizat'], n(o) % 8)
const fcCo = (c) => n(c) % 4 === 0
const roMob = (c) => { const r = seeded(c, 'rom'); return `07${v.pick(r, ['22', '23', '24', '26', '40', '42', '44', '45', '46', '47', '48', '49', '51', '52', '55'])}${v.digits(r, 6)}` }
const SET_FC = { name: 'fan-courier-selfawb-lista-awb-ro', product: 'FAN Courier (selfAWB: Lista AWB > Export Excel, one row per AWB, Romanian UI, a seed, fertiliser and garden-supplies distributor in Timișoara shipping to farmers and gardeners in western Romania, mostly cash on delivery, Europe/Bucharest, RON)', family: 'shipping', language: 'ro', schema: E, cols: [
  ['AWB', (c, o) => `2${v.digits(v.rng(hash(`fc${o.id}`)), 12)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Data AWB', (c, o) => dmy(eet(fcAt(o))), ['timestamp']],
  ['Serviciu', (c, o) => fcSvc(o), ['commerce.shipping.shippingMethod'], opt],
  ['Destinatar', (c) => (fcCo(c) ? `${row(['AGRO', 'FERMA', 'SC AGRI'], n(c) % 3)} ${ro(c).last.toUpperCase()} ${row(['SRL', 'PFA', 'II'], n(c) % 3)}` : ro(c).full), []],
  ['Persoana contact', (c) => ro(c).full, []],
  ['Telefon', (c) => roMob(c), PHONE_ID, opt],
  ['Email', (c) => (n(c) % 3 === 0 ? '' : ro(c).mail), EMAIL_ID],
  ['Judet', (c) => fcPlace(c)[0], STATE(['commerce.shipping.address'])],
  ['Localitate', (c) => fcPlace(c)[1], [SHIP('city')]],
  ['Strada', (c) => row(fcPlace(c)[3], ro(c).r2 % 3), [SHIP('street1')]],
  ['Nr', (c) => String(1 + (ro(c).r2 % 140)), [], opt],
  ['Cod postal', (c) => fcPlace(c)[2], [SHIP('postalCode')]],
  ['Nr. colete', (c, o) => String(fcItem(o)[1] > 20 && n(o) % 2 ? 2 : 1), []],
  ['Greutate (kg)', (c, o) => String(fcItem(o)[1]), []],
  ['Ramburs', (c, o) => (fcCod(o) ? money(fcItem(o)[2] + (fcPay(o) === 'destinatar' ? 0 : 25)) : '0.00'), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
  ['Valoare declarata', (c, o) => (n(o) % 3 === 0 ? money(fcItem(o)[2]) : '0.00'), [], opt],
  ['Plata expeditie', (c, o) => fcPay(o), []],
  ['Continut', (c, o) => fcItem(o)[0], [PL('name')], opt],
  ['Referinta client', (c, o) => `CMD-${pad((n(o) * 37) % 100000, 5)}`, [OR('purchaseID')], opt],
  ['Observatii', (c, o) => row(['', 'A se suna inainte', '', 'Livrare dupa ora 16', '', 'Fragil'], n(o) % 6), []],
  ['Status', (c, o) => fcSt(o), [], opt],
  ['Data livrare', (c, o) => (fcSt(o) === 'Livrat' ? dmy(eet(fcAt(o) + (1 + (n(o) % 2)) * day)) : ''), [], opt],
  ['Cost transport', (c, o) => money(fcCost(o)), ['commerce.shipping.shippingAmount'], opt],
] }

// ---------------------------------------------------------------- 4. Medfile visit report (PL, pl, E)
// a dental clinic in Poznań (two dentists and a hygienist, private patients); one row per visit and service
// [code, service, category, price PLN]
const MF_SVC = [['PRZ-01', 'Przegląd stomatologiczny z planem leczenia', 'Diagnostyka', 150], ['ZACH-02', 'Wypełnienie kompozytowe – 2 powierzchnie', 'Stomatologia zachowawcza', 380], ['HIG-01', 'Skaling + piaskowanie + fluoryzacja', 'Higienizacja', 350], ['ENDO-03', 'Leczenie kanałowe zęba trzonowego pod mikroskopem', 'Endodoncja', 1600], ['RTG-01', 'Zdjęcie pantomograficzne', 'Diagnostyka', 120], ['CHIR-01', 'Ekstrakcja zęba ósmego', 'Chirurgia', 650], ['PROT-02', 'Korona pełnoceramiczna', 'Protetyka', 2100], ['ZACH-01', 'Wypełnienie kompozytowe – 1 powierzchnia', 'Stomatologia zachowawcza', 280]]
const MF_DR = ['lek. dent. Agata Piątek', 'lek. dent. Marek Sobczak', 'hig. stom. Paulina Grzelak']
const mfSvc = (o) => row(MF_SVC, (n(o) * 3) % 8)
const mfQty = (o) => (mfSvc(o)[0].startsWith('ZACH') && n(o) % 3 === 0 ? 2 : 1)
const mfDisc = (o) => (n(o) % 5 === 0 ? Math.round(mfSvc(o)[3] * mfQty(o) * 0.1) : 0)
const mfTot = (o) => mfSvc(o)[3] * mfQty(o) - mfDisc(o)
const mfAt = (o) => Date.UTC(2025, 4, 5, 6) + ((n(o) * 7919) % 50) * day + (((n(o) * 13) % 20) * 1800) * 1000
const mfTooth = (o) => (mfSvc(o)[2] === 'Higienizacja' || mfSvc(o)[0].startsWith('PRZ') || mfSvc(o)[0].startsWith('RTG') ? '' : mfSvc(o)[0] === 'CHIR-01' ? row(['38', '48', '18'], n(o) % 3) : row(['36', '46', '26', '16', '11', '24', '35'], n(o) % 7))
const pesel = (c) => { const r = seeded(c, 'pesel'); const y = v.int(r, 1955, 2005), m = v.int(r, 1, 12) + (y >= 2000 ? 20 : 0), d = v.int(r, 1, 28); const s = `${pad(y % 100)}${pad(m)}${pad(d)}${v.digits(r, 3)}${pl(c).female ? v.pick(r, [0, 2, 4, 6, 8]) : v.pick(r, [1, 3, 5, 7, 9])}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const k = (10 - (s.split('').reduce((a, x, i) => a + Number(x) * w[i], 0) % 10)) % 10; return `${s}${k}` }
const SET_MF = { name: 'medfile-raport-wizyt-pl', product: 'Medfile (Raporty > Raport wizyt > Eksportuj do XLSX, one row per visit and performed service, Polish UI, a private dental clinic in Poznań with two dentists and a hygienist, Europe/Warsaw, PLN)', family: 'healthcare', language: 'pl', schema: E, cols: [
  ['ID wizyty', (c, o) => String(480000 + (n(o) * 37) % 90000), ['_id']],
  ['Data wizyty', (c, o) => { const p = cet(mfAt(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
  ['Nr kartoteki', (c) => `P/${pad((n(c) * 7) % 5000, 4)}`, CUST_ID, opt],
  ['Pacjent', (c) => `${pl(c).last} ${pl(c).first}`, []],
  ['PESEL', (c) => pesel(c), []],
  ['Telefon', (c) => plMob(seeded(c, 'mfm')), PHONE_ID, opt],
  ['E-mail', (c) => (n(c) % 4 === 0 ? '' : pl(c).mail), EMAIL_ID],
  ['Lekarz', (c, o) => (mfSvc(o)[2] === 'Higienizacja' ? MF_DR[2] : row(MF_DR, n(o) % 2)), []],
  ['Gabinet', (c, o) => (mfSvc(o)[2] === 'Higienizacja' ? 'Gabinet 3' : row(['Gabinet 1', 'Gabinet 2'], n(o) % 2)), []],
  ['Kod usługi', (c, o) => mfSvc(o)[0], [PL('SKU')], opt],
  ['Usługa', (c, o) => mfSvc(o)[1], [PL('name')]],
  ['Kategoria', (c, o) => mfSvc(o)[2], [PL('productCategories[0].categoryName')], opt],
  ['Ząb', (c, o) => mfTooth(o), []],
  ['Ilość', (c, o) => String(mfQty(o)), [PL('quantity')]],
  ['Cena jedn.', (c, o) => com(mfSvc(o)[3]), []],
  ['Rabat', (c, o) => com(mfDisc(o)), [PL('discountAmount')], opt],
  ['Wartość', (c, o) => com(mfTot(o)), [PL('priceTotal')]],
  ['Forma płatności', (c, o) => (n(o) % 9 === 0 || n(o) % 13 === 0 ? '' : row(['Karta', 'Gotówka', 'Karta', 'BLIK', 'Przelew', 'Karta'], n(o) % 6)), [OR('payments[0].paymentType')], opt],
  ['Status płatności', (c, o) => (n(o) % 9 === 0 || n(o) % 13 === 0 ? 'Nieopłacona' : 'Opłacona'), [], opt],
  ['Status wizyty', (c, o) => (n(o) % 13 === 0 ? 'Odwołana' : 'Zrealizowana'), [], opt],
  ['Źródło rezerwacji', (c, o) => row(['Telefonicznie', 'ZnanyLekarz', 'Recepcja', 'Online', 'Telefonicznie'], n(o) % 5), [], opt],
] }

// ---------------------------------------------------------------- 5. COMET player list (HR, hr, P)
// the county football association of Zagreb County: registered players of its league clubs (seniors, juniors, cadets,
// pioneers); one row per registered player
// [town, postcode, streets]
const HR_PL = [['Velika Gorica', '10410', ['Zagrebačka', 'Matice hrvatske', 'Slavka Kolara']], ['Samobor', '10430', ['Gajeva', 'Perkovčeva', 'Zagrebačka']], ['Zaprešić', '10290', ['Ulica Ljudevita Gaja', 'Mihanovićeva', 'Drage Kodrmana']], ['Sveta Nedelja', '10431', ['Svetonedeljska cesta', 'Trg Ante Starčevića', 'Ulica Franje Tuđmana']], ['Dugo Selo', '10370', ['Josipa Zorića', 'Domobranska', 'Ulica Ivana Mažuranića']], ['Jastrebarsko', '10450', ['Strossmayerov trg', 'Zagrebačka', 'Ulica braće Kunić']], ['Vrbovec', '10340', ['Zagrebačka', 'Kolodvorska', 'Ulica 7. svibnja']], ['Ivanić-Grad', '10310', ['Moslavačka', 'Omladinska', 'Ulica Stjepana Radića']]]
const HR_CLUB = ['NK Radnik Velika Gorica', 'NK Samobor', 'NK Inter Zaprešić', 'NK Sveta Nedelja', 'NK Dugo Selo', 'NK Jaska Jastrebarsko', 'NK Vrbovec', 'NK Ivančica Ivanić-Grad']
const coCat = (c) => row(['Seniori', 'Juniori', 'Kadeti', 'Pioniri', 'Seniori', 'Veterani', 'Seniori', 'Juniori'], n(c) % 8)
const coDob = (c) => { const base = { Seniori: 1992, Juniori: 2007, Kadeti: 2009, Pioniri: 2011, Veterani: 1978 }[coCat(c)]; return Date.UTC(base + (hr(c).r1 % (coCat(c) === 'Seniori' ? 14 : coCat(c) === 'Veterani' ? 12 : 2)), hr(c).r2 % 12, 1 + (hr(c).r1 % 28)) }
const coPlace = (c) => row(HR_PL, n(c) % 8)
const oib = (c) => { const r = seeded(c, 'oib'); const d = [v.int(r, 1, 9), ...Array.from({ length: 9 }, () => v.int(r, 0, 9))]; let a = 10; for (const x of d) { a = (a + x) % 10; if (a === 0) a = 10; a = (a * 2) % 11 } return `${d.join('')}${(11 - a) % 10}` }
const hrD = (ms) => `${dmy(cet(ms))}.`
const coFemale = (c) => n(c) % 9 === 0
const coFirst = (c) => (coFemale(c) ? row(L.hr.f, hr(c).r1 % 12) : row(L.hr.m, hr(c).r1 % 12))
const coNat = (c) => row(['Hrvatska', 'Hrvatska', 'Hrvatska', 'Hrvatska', 'Bosna i Hercegovina', 'Hrvatska', 'Hrvatska', 'Srbija', 'Hrvatska', 'Hrvatska', 'Nigerija'], n(c) % 11)
const SET_CO = { name: 'comet-popis-igraca-hr', product: 'COMET (Analyticom, the football registration system of the Croatian Football Federation: Igrači > Pretraga > Izvoz u Excel, one row per registered player, Croatian UI, a county football association\'s league clubs around Zagreb, Europe/Zagreb)', family: 'sports', language: 'hr', schema: P, cols: [
  ['ID osobe', (c) => String(200000 + (n(c) * 131) % 700000), ID],
  ['Ime', (c) => coFirst(c), ['person.name.firstName']],
  ['Prezime', (c) => hr(c).last, ['person.name.lastName']],
  ['Spol', (c) => (coFemale(c) ? 'Ž' : 'M'), ['person.gender']],
  ['Datum rođenja', (c) => hrD(coDob(c)), ['person.birthDate']],
  ['Mjesto rođenja', (c) => (coNat(c) === 'Hrvatska' ? row(['Zagreb', 'Zagreb', 'Velika Gorica', 'Sisak', 'Karlovac'], n(c) % 5) : coNat(c) === 'Srbija' ? 'Beograd' : coNat(c) === 'Nigerija' ? 'Lagos' : 'Tuzla'), []],
  ['Državljanstvo', (c) => coNat(c), ['person.nationality']],
  ['OIB', (c) => (coNat(c) === 'Nigerija' ? '' : oib(c)), ['person.taxId'], opt],
  ['Klub', (c) => row(HR_CLUB, n(c) % 8), []],
  ['Kategorija', (c) => coCat(c), []],
  ['Status registracije', (c) => row(['Aktivan', 'Aktivan', 'Aktivan', 'Na posudbi', 'Aktivan', 'Neaktivan'], n(c) % 6), [], opt],
  ['Registriran od', (c) => hrD(Date.UTC(2019, 6, 1) + ((n(c) * 7919) % (2000 * 86400)) * 1000), [], opt],
  ['Adresa', (c) => `${row(coPlace(c)[2], hr(c).r2 % 3)} ${1 + (hr(c).r2 % 90)}`, HOMES('street1')],
  ['Poštanski broj', (c) => coPlace(c)[1], HOMES('postalCode')],
  ['Mjesto', (c) => coPlace(c)[0], HOMES('city')],
  ['Država', () => 'Hrvatska', HOMES('country')],
  ['E-mail', (c) => (coCat(c) === 'Pioniri' ? '' : `${v.slug(coFirst(c))}${n(c) % 2 ? '.' : ''}${v.slug(hr(c).last.replace(/đ/g, 'd'))}${n(c) % 3 ? pad(new Date(coDob(c)).getUTCFullYear() % 100) : ''}@${row(L.hr.mail, n(c) % 6)}`), ['personalEmail.address']],
  ['Mobitel', (c) => (coCat(c) === 'Pioniri' && n(c) % 2 ? '' : `09${v.pick(seeded(c, 'hrm'), ['1', '2', '5', '8', '9'])} ${v.digits(seeded(c, 'hrm2'), 3)} ${v.digits(seeded(c, 'hrm3'), 4)}`), ['mobilePhone.number']],
  ['Liječnički pregled vrijedi do', (c) => hrD(Date.UTC(2025, 0, 10) + ((n(c) * 131) % 400) * day), []],
  ['Zadnja izmjena', (c) => { const p = cet(Date.UTC(2025, 5, 1, 6) + ((n(c) * 7919) % 90) * day + ((n(c) * 131) % 36000) * 1000); return `${dmy(p)}. ${hm(p)}` }, [], opt],
] }

// ---------------------------------------------------------------- 6. iZUŠ pupil list (CZ, cs, P)
// a basic art school (ZUŠ) in Brno, mostly its music department; one row per pupil, with the legal guardian's contact
// for minors
const ZU_PL = [['Brno', '602 00', ['Kounicova', 'Úvoz', 'Pekařská']], ['Brno', '612 00', ['Palackého třída', 'Kosmova', 'Kartouzská']], ['Brno', '615 00', ['Jamborova', 'Jílkova', 'Gajdošova']], ['Brno', '625 00', ['Kamenice', 'Oblá', 'Libušina třída']], ['Šlapanice', '664 51', ['Brněnská', 'Masarykovo nám.', 'Nádražní']], ['Kuřim', '664 34', ['Legionářská', 'Tyršova', 'Jungmannova']]]
const ZU_INST = ['Klavír', 'Housle', 'Kytara', 'Zobcová flétna', 'Sólový zpěv', 'Klavír', 'Violoncello', 'Bicí nástroje', 'Příčná flétna', 'Klarinet']
const ZU_TEACH = ['tř. Mgr. Hana Křížová', 'tř. BcA. Tomáš Vlček', 'tř. Jitka Sedláčková, DiS.', 'tř. MgA. Radek Šťastný']
const zuObor = (c) => row(['Hudební obor', 'Hudební obor', 'Hudební obor', 'Výtvarný obor', 'Hudební obor', 'Taneční obor', 'Hudební obor'], n(c) % 7)
const zuAge = (c) => 6 + (cz(c).r1 % 13)
const zuDob = (c) => Date.UTC(2025 - zuAge(c), cz(c).r2 % 12, 1 + (cz(c).r1 % 28))
const zuStud = (c) => (zuAge(c) < 7 ? 'Přípravné studium' : zuAge(c) < 15 ? 'Základní studium I. stupně' : 'Základní studium II. stupně')
const zuGrade = (c) => (zuAge(c) < 7 ? `${1 + (n(c) % 2)}. ročník PS` : zuAge(c) < 15 ? `${Math.min(7, zuAge(c) - 7 + 1)}. ročník I. st.` : `${Math.min(4, zuAge(c) - 14)}. ročník II. st.`)
const zuPlace = (c) => row(ZU_PL, cz(c).r2 % 6)
const rodne = (c) => { const p = cet(zuDob(c)); const r = seeded(c, 'rc'); const base = `${pad(p.y % 100)}${pad(p.m + (cz(c).female ? 50 : 0))}${pad(p.d)}${v.digits(r, 3)}`; const k = (Number(base) % 11) % 10; return `${base.slice(0, 6)}/${base.slice(6)}${k}` }
const zuParent = (c) => { const r = seeded(c, 'zpar'), f = r() < 0.7; return `${v.pick(r, f ? L.cs.f : L.cs.m)} ${f ? cz(c).lastF : cz(c).lastM}` }
const SET_ZU = { name: 'izus-seznam-zaku-cz', product: 'iZUŠ (Žáci > Seznam žáků > Export do Excelu, one row per pupil, Czech UI, a basic art school in Brno with music, art and dance departments, pupils aged 6 to 18 with their legal guardian\'s contact, Europe/Prague, CZK)', family: 'education', language: 'cs', schema: P, cols: [
  ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
  ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
  ['Datum narození', (c) => dmy(cet(zuDob(c))), ['person.birthDate']],
  ['Rodné číslo', (c) => rodne(c), ['person.taxId'], opt],
  ['Pohlaví', (c) => (cz(c).female ? 'dívka' : 'chlapec'), ['person.gender']],
  ['Státní občanství', (c) => (n(c) % 10 === 0 ? 'Ukrajina' : n(c) % 13 === 0 ? 'Slovensko' : 'Česká republika'), ['person.nationality']],
  ['Ulice', (c) => `${row(zuPlace(c)[2], cz(c).r1 % 3)} ${1 + (cz(c).r1 % 120)}`, HOMES('street1')],
  ['Obec', (c) => zuPlace(c)[0], HOMES('city')],
  ['PSČ', (c) => zuPlace(c)[1], HOMES('postalCode')],
  ['Obor', (c) => zuObor(c), []],
  ['Studijní zaměření', (c) => (zuObor(c) === 'Hudební obor' ? `Hra na nástroj – ${row(ZU_INST, n(c) % 10)}` : zuObor(c) === 'Výtvarný obor' ? 'Výtvarná tvorba' : 'Současný tanec'), []],
  ['Studium', (c) => zuStud(c), []],
  ['Ročník', (c) => zuGrade(c), []],
  ['Třída', (c) => row(ZU_TEACH, n(c) % 4), []],
  ['Datum přijetí', (c) => dmy(cet(Date.UTC(2025 - Math.min(zuAge(c) - 5, 1 + (n(c) % 6)), 8, 1))), [], opt],
  ['E-mail žáka', (c) => (zuAge(c) >= 14 ? cz(c).mail : ''), ['personalEmail.address']],
  ['Mobil žáka', (c) => (zuAge(c) >= 12 ? czMob(seeded(c, 'zm')).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : ''), ['mobilePhone.number']],
  ['Zákonný zástupce', (c) => (zuAge(c) >= 18 ? '' : zuParent(c)), []],
  ['E-mail zákonného zástupce', (c) => (zuAge(c) >= 18 ? '' : `${v.slug(zuParent(c).split(' ')[0])}.${v.slug(zuParent(c).split(' ')[1])}@${row(L.cs.mail, n(c) % 7)}`), []],
  ['Telefon zákonného zástupce', (c) => (zuAge(c) >= 18 ? '' : czMob(seeded(c, 'zpm')).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')), []],
  ['Školné za pololetí', (c) => `${thou(zuObor(c) === 'Hudební obor' ? (n(c) % 3 === 0 ? 2400 : 1900) : 1500, ' ', ',').replace(/,00$/, '')} Kč`, []],
  ['Zdravotní pojišťovna', (c) => row(['111', '111', '201', '205', '207', '211', '111'], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 7. Pantheon business-partner contacts (SI, sl, B)
// an agricultural supplier in Ptuj (seeds, fertilisers, plant protection, feed, small machinery) selling to farms,
// cooperatives, vineyards and garden centres; one row per partner contact person
// [partner, kind, street, postcode, post town, web]
const SL_CO = [
  ['Kmetija Vaupotič', 'kmetija', 'Gorišnica 45', '2272', 'Gorišnica', ''], ['KZ Ormož z.o.o.', 'zadruga', 'Ptujska cesta 6', '2270', 'Ormož', 'kz-ormoz.si'],
  ['Vinogradništvo Zorjan s.p.', 'vino', 'Svetinje 22', '2259', 'Ivanjkovci', 'vino-zorjan.si'], ['Vrtni center Rožnik d.o.o.', 'vrt', 'Tržaška cesta 120', '1000', 'Ljubljana', 'vc-roznik.si'],
  ['Perutnina Brumen d.o.o.', 'farma', 'Cirkulane 12', '2282', 'Cirkulane', 'brumen.si'], ['Kmetijska zadruga Lenart z.o.o.', 'zadruga', 'Kraigherjeva ulica 19', '2230', 'Lenart v Slov. goricah', 'kz-lenart.si'],
  ['Sadjarstvo Mlakar d.o.o.', 'sadje', 'Slovenska cesta 8', '2310', 'Slovenska Bistrica', 'sadjarstvo-mlakar.si'], ['Kmetija Šeruga', 'kmetija', 'Dornava 101', '2252', 'Dornava', ''],
]
const SL_M = ['Janez', 'Franc', 'Marko', 'Andrej', 'Tomaž', 'Stanko', 'Boštjan', 'Matej', 'Gregor', 'Anton']
const SL_F = ['Marija', 'Mojca', 'Nina', 'Petra', 'Andreja', 'Tanja', 'Barbara', 'Urška', 'Katja', 'Irena']
const SL_L = ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kolar', 'Vidovič', 'Golob', 'Kranjc', 'Lah', 'Žnidarič', 'Bezjak', 'Toplak']
// [male, female]
const SL_JOB = { kmetija: [['nosilec kmetije', 'nosilka kmetije']], zadruga: [['direktor', 'direktorica'], ['vodja nabave', 'vodja nabave'], ['komercialist', 'komercialistka']], vino: [['lastnik', 'lastnica'], ['enolog', 'enologinja']], vrt: [['vodja prodajalne', 'vodja prodajalne'], ['nabavni referent', 'nabavna referentka']], farma: [['direktor', 'direktorica'], ['tehnolog', 'tehnologinja']], sadje: [['direktor', 'direktorica'], ['vodja nasadov', 'vodja nasadov']] }
const slCo = (c) => row(SL_CO, n(c) % 8)
const slP = (c) => { const r = seeded(c, 'sl'), f = r() < 0.45; return { f, first: v.pick(r, f ? SL_F : SL_M), last: slCo(c)[1] === 'kmetija' ? slCo(c)[0].split(' ')[1] : v.pick(r, SL_L) } }
const slMail = (c) => { const p = slP(c); return slCo(c)[5] ? `${v.slug(p.first)}${n(c) % 2 ? '.' + v.slug(p.last) : ''}@${slCo(c)[5]}` : `${v.slug(p.last)}.${v.slug(p.first)}@${row(['gmail.com', 'siol.net', 'gmail.com', 't-2.net'], n(c) % 4)}` }
const slCreated = (c) => Date.UTC(2014, 1, 3) + ((n(c) * 7919) % (3600 * 86400)) * 1000
const SET_SL = { name: 'pantheon-kontaktne-osebe-si', product: 'Pantheon (Datalab: Šifranti > Subjekti > Kontaktne osebe > Izvoz v Excel, one row per partner contact person, Slovenian UI, an agricultural supplier in Ptuj selling seeds, fertilisers, plant protection, feed and small machinery to farms, cooperatives, vineyards and garden centres, Europe/Ljubljana, EUR)', family: 'b2b', language: 'sl', schema: B, cols: [
  ['Subjekt', (c) => `${slCo(c)[0].split(' ').find((w) => w.length > 3 && !/^(Kmetija|Kmetijska|Vrtni|center|zadruga)$/.test(w)).toUpperCase().slice(0, 8)}`, ACCT, opt],
  ['Naziv', (c) => slCo(c)[0], CO],
  ['Naslov', (c) => slCo(c)[2], [W('street1')]],
  ['Pošta', (c) => `${slCo(c)[3]} ${slCo(c)[4]}`, [], opt],
  ['Država', () => 'Slovenija', [W('country')]],
  ['Davčna številka', (c) => `${slCo(c)[1] === 'kmetija' ? '' : 'SI'}${v.digits(v.rng(hash(`sld${n(c) % 8}`)), 8)}`, []],
  ['Matična številka', (c) => (slCo(c)[1] === 'kmetija' ? '' : v.digits(v.rng(hash(`slm${n(c) % 8}`)), 10)), []],
  ['Zavezanec za DDV', (c) => (slCo(c)[1] === 'kmetija' ? 'N' : 'D'), []],
  ['Ime', (c) => slP(c).first, ['person.name.firstName']],
  ['Priimek', (c) => slP(c).last, ['person.name.lastName']],
  ['Funkcija', (c) => { const j = SL_JOB[slCo(c)[1]]; return row(j, (n(c) >> 3) % j.length)[slP(c).f ? 1 : 0] }, ['extendedWorkDetails.jobTitle']],
  ['Telefon', (c) => `02 ${v.int(seeded(c, 'slt'), 620, 799)} ${v.digits(seeded(c, 'slt2'), 2)} ${v.digits(seeded(c, 'slt3'), 2)}`, ['workPhone.number']],
  ['GSM', (c) => `0${v.pick(seeded(c, 'slg'), ['31', '41', '40', '51', '68', '70'])} ${v.digits(seeded(c, 'slg2'), 3)} ${v.digits(seeded(c, 'slg3'), 3)}`, ['mobilePhone.number']],
  ['E-pošta', (c) => slMail(c), WE],
  ['Splet', (c) => (slCo(c)[5] ? `www.${slCo(c)[5]}` : ''), ['b2b.companyWebsite']],
  ['Kupec', () => 'D', []],
  ['Dobavitelj', (c) => (slCo(c)[1] === 'sadje' || slCo(c)[1] === 'farma' ? 'D' : 'N'), []],
  ['Rabat %', (c) => thou(row([0, 3, 5, 8, 10], n(c) % 5), '.', ','), []],
  ['Valuta plačila (dni)', (c) => String(row([8, 15, 30, 30, 60], n(c) % 5)), []],
  ['Referent', (c) => row(['MATJAŽ F.', 'SIMONA K.', 'DEJAN R.'], n(c) % 3), []],
  ['Vnesel', (c) => row(['SIMONA', 'ADMIN', 'DEJAN'], n(c) % 3), ['extSourceSystemAudit.createdBy'], opt],
  ['Datum vnosa', (c) => dmy(cet(slCreated(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Opomba', (c) => row(['', 'dostava ob torkih', '', 'plačilo ob prevzemu', '', 'subvencija KOPOP'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. SoftOne customer contacts (GR, el, B)
// a print shop in Thessaloniki (offset and digital: business cards, brochures, packaging, signage) with corporate
// customers; one row per customer contact person
// [company, greeklish domain, street, postcode, city, prefecture, activity]
const GR_CO = [
  ['ΜΑΚΕΔΟΝΙΚΗ ΖΥΘΟΠΟΙΙΑ Α.Ε.', 'makzythos.gr', 'Μοναστηρίου 215', '54628', 'Θεσσαλονίκη', 'Θεσσαλονίκης', 'Παραγωγή ποτών'], ['ΘΕΡΜΑΪΚΟΣ ΤΟΥΡΙΣΤΙΚΗ Ε.Π.Ε.', 'thermaikos-travel.gr', 'Τσιμισκή 43', '54623', 'Θεσσαλονίκη', 'Θεσσαλονίκης', 'Τουριστικό γραφείο'],
  ['ΚΑΛΑΜΑΡΙΑ ΔΙΑΓΝΩΣΤΙΚΟ ΚΕΝΤΡΟ Ι.Κ.Ε.', 'kalamaria-diagnostic.gr', 'Κομνηνών 12', '55131', 'Καλαμαριά', 'Θεσσαλονίκης', 'Διαγνωστικό κέντρο'], ['ΟΛΥΜΠΟΣ ΓΑΛΑΚΤΟΚΟΜΙΚΑ Α.Β.Ε.Ε.', 'olymposdairy.gr', '17ο χλμ Θεσσαλονίκης-Κατερίνης', '57400', 'Σίνδος', 'Θεσσαλονίκης', 'Γαλακτοκομικά'],
  ['ΠΑΠΑΔΟΠΟΥΛΟΣ & ΣΙΑ Ο.Ε.', 'papadopoulos-law.gr', 'Εγνατίας 98', '54630', 'Θεσσαλονίκη', 'Θεσσαλονίκης', 'Δικηγορική εταιρεία'], ['ΠΙΕΡΙΑ ΦΡΟΥΤΑ Α.Ε.', 'pieriafruits.gr', 'Εθνικής Αντιστάσεως 55', '60100', 'Κατερίνη', 'Πιερίας', 'Εμπόριο φρούτων'],
  ['ΣΕΡΡΑΪΚΕΣ ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Α.Ε.', 'serraihotels.gr', 'Μεραρχίας 30', '62124', 'Σέρρες', 'Σερρών', 'Ξενοδοχεία'], ['ΧΑΛΚΙΔΙΚΗ EVENTS Ι.Κ.Ε.', 'chalkidikievents.gr', '25ης Μαρτίου 8', '63100', 'Πολύγυρος', 'Χαλκιδικής', 'Οργάνωση εκδηλώσεων'],
]
// [greek first, latin, female]
const GR_FIRST = [['Γεώργιος', 'georgios', 0], ['Δημήτριος', 'dimitris', 0], ['Κωνσταντίνος', 'kostas', 0], ['Νικόλαος', 'nikos', 0], ['Ιωάννης', 'giannis', 0], ['Αθανάσιος', 'thanasis', 0], ['Μαρία', 'maria', 1], ['Ελένη', 'eleni', 1], ['Αικατερίνη', 'katerina', 1], ['Σοφία', 'sofia', 1], ['Βασιλική', 'vasiliki', 1], ['Δέσποινα', 'despoina', 1]]
// [male, female, latin male, latin female]
const GR_LAST = [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos', 'papadopoulou'], ['Γεωργίου', 'Γεωργίου', 'georgiou', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou', 'oikonomou'], ['Ιωαννίδης', 'Ιωαννίδου', 'ioannidis', 'ioannidou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis', 'karagianni'], ['Βασιλείου', 'Βασιλείου', 'vasileiou', 'vasileiou'], ['Αθανασιάδης', 'Αθανασιάδου', 'athanasiadis', 'athanasiadou'], ['Τσολάκης', 'Τσολάκη', 'tsolakis', 'tsolaki'], ['Χατζηγεωργίου', 'Χατζηγεωργίου', 'chatzigeorgiou', 'chatzigeorgiou'], ['Παπαδάκης', 'Παπαδάκη', 'papadakis', 'papadaki']]
const GR_JOB = [['Υπεύθυνος Marketing', 'Υπεύθυνη Marketing', 'Marketing'], ['Υπεύθυνος Προμηθειών', 'Υπεύθυνη Προμηθειών', 'Προμήθειες'], ['Διευθύνων Σύμβουλος', 'Διευθύνουσα Σύμβουλος', 'Διοίκηση'], ['Λογιστής', 'Λογίστρια', 'Λογιστήριο'], ['Γραμματέας Διοίκησης', 'Γραμματέας Διοίκησης', 'Διοίκηση'], ['Graphic Designer', 'Graphic Designer', 'Marketing']]
const grCo = (c) => row(GR_CO, n(c) % 8)
const grP = (c) => { const r = seeded(c, 'gr'); const f = v.pick(r, GR_FIRST), l = v.pick(r, GR_LAST); return { first: f[0], fl: f[1], female: !!f[2], last: f[2] ? l[1] : l[0], ll: f[2] ? l[3] : l[2], job: v.pick(r, GR_JOB) } }
const grCreated = (c) => Date.UTC(2016, 2, 1, 6) + ((n(c) * 7919) % 3300) * day + ((n(c) * 131) % 32400) * 1000
const SET_GR = { name: 'softone-epafes-pelaton-gr', product: 'SoftOne (Soft1 Series: Πελάτες > Επαφές > Εξαγωγή σε Excel, one row per customer contact person, Greek UI, an offset and digital print shop in Thessaloniki with corporate customers in Central Macedonia, Europe/Athens, EUR)', family: 'b2b', language: 'el', schema: B, cols: [
  ['Κωδικός επαφής', (c) => `ΕΠ${pad((n(c) * 37) % 100000, 5)}`, B2BID],
  ['Κωδικός πελάτη', (c) => `30.${pad(100 + (n(c) % 8) * 17, 4)}`, ACCT, opt],
  ['Επωνυμία πελάτη', (c) => grCo(c)[0], CO],
  ['Προσφώνηση', (c) => (grP(c).female ? 'Κα' : 'Κος'), ['person.name.courtesyTitle']],
  ['Επώνυμο', (c) => grP(c).last, ['person.name.lastName']],
  ['Όνομα', (c) => grP(c).first, ['person.name.firstName']],
  ['Θέση', (c) => grP(c).job[grP(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
  ['Τμήμα', (c) => grP(c).job[2], ['extendedWorkDetails.departments[0]']],
  ['Τηλέφωνο', (c) => `2${row(['310', '310', '310', '310', '310', '351', '321', '371'], n(c) % 8)}${v.digits(seeded(c, 'grt'), 6)}`, ['workPhone.number']],
  ['Κινητό', (c) => `69${v.pick(seeded(c, 'grm'), ['44', '45', '46', '47', '48', '72', '74', '77', '32', '36'])}${v.digits(seeded(c, 'grm2'), 6)}`, ['mobilePhone.number']],
  ['E-mail', (c) => `${grP(c).fl[0]}.${grP(c).ll}@${grCo(c)[1]}`, WE],
  ['Διεύθυνση', (c) => grCo(c)[2], [W('street1')]],
  ['Τ.Κ.', (c) => grCo(c)[3], [W('postalCode')]],
  ['Πόλη', (c) => grCo(c)[4], [W('city')]],
  ['Νομός', (c) => grCo(c)[5], STATE(['workAddress']), opt],
  ['Α.Φ.Μ.', (c) => `0${v.digits(v.rng(hash(`grafm${n(c) % 8}`)), 8)}`, []],
  ['Δ.Ο.Υ.', (c) => row(['ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ', 'Δ\' ΘΕΣΣΑΛΟΝΙΚΗΣ', 'ΚΑΛΑΜΑΡΙΑΣ', 'ΙΩΝΙΑΣ ΘΕΣΣΑΛΟΝΙΚΗΣ', 'Ζ\' ΘΕΣΣΑΛΟΝΙΚΗΣ', 'ΚΑΤΕΡΙΝΗΣ', 'ΣΕΡΡΩΝ', 'ΠΟΛΥΓΥΡΟΥ'], n(c) % 8), []],
  ['Δραστηριότητα', (c) => grCo(c)[6], []],
  ['Πωλητής', (c) => row(['ΣΤΑΥΡΟΣ Μ.', 'ΕΥΑΓΓΕΛΙΑ Π.'], n(c) % 2), []],
  ['Αποδέχεται newsletter', (c) => (n(c) % 3 === 0 ? 'Όχι' : 'Ναι'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ['Ενεργός', (c) => (n(c) % 10 === 0 ? 'Όχι' : 'Ναι'), [], opt],
  ['Ημ/νία εισαγωγής', (c) => { const p = eet(grCreated(c)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Σχόλια', (c) => row(['', 'Προτιμά παραλαβή από το κατάστημα', '', 'Τιμολόγιο στο λογιστήριο', '', ''], n(c) % 6), []],
] }

export const SETS = [SET_CP, SET_PU, SET_FC, SET_MF, SET_CO, SET_ZU, SET_SL, SET_GR]
