// Round 82, heldout228: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Central and Eastern Europe, headers in the language of
// each product's UI there: a Czech reward-crowdfunding platform's contributions export for a Brno board-game studio's
// campaign (Hithit) (CZ, cs E 1); a Kraków web-to-print platform's order export for a Wrocław photo lab selling
// photobooks, prints and canvases (Printbox) (PL, en E 1); an EV-charging network's client-zone session export for a
// Bratislava facility-management company's fleet account (GreenWay) (SK, sk E 1); a mobile parking and ticket app's
// business-panel transaction export for a Kraków accounting office whose staff park in the city's paid zones (moBILET)
// (PL, pl E 1); a veterinary practice system's client export for a Lviv small-animal clinic (Enote) (UA, uk P 1); the
// Form 230 tax-redirection platform's donor index for a Cluj-Napoca animal-shelter NGO (Redirecționează) (RO, ro P 1);
// an ERP's contact-person export for a Wielkopolska farm-supplies distributor (enova365) (PL, pl B 1); a legal
// practice-management system's contact export for a Prague commercial law firm (SingleCase) (CZ, cs B 1). E 4, P 2, B 2.
// Headers: Redirecționează's columns are exactly those of the index.csv that its NGO archive download writes
// (code4romania/redirectioneaza, backend/donations/views/download_donations/main.py, found with the search tool), in
// the Romanian of its locale file (backend/locale/ro/LC_MESSAGES/django.po: nr. crt., nume, prenume, inițială, CNP,
// duplicat, telefon, email, județ, oraș, adresă completă, strada, număr, bloc, scara, etaj, apartament, nume fișier,
// data completării, perioadă, anaf gdpr), with its value formats (E.164 phones, "Sector N" for Bucharest, the
// "jud. X, loc. Y, ..." full address, 1/2 for the period, 0/1 for the ANAF flag, Python's str() of a UTC datetime).
// GreenWay's pricing pages (greenway.sk/cennik, greenwaypolska.pl/cennik, found with the search tool) confirm what a
// session carries (kWh delivered, connection time, AC/DC, GW/P/R network marks, price programmes Energia Štandard/Plus/
// Max, daily invoices in the Client Zone) but list no export columns. enova365's help on the contractor card
// (Kod, NIP, Nazwa, Podmiot, Adres; enova-709.pages.dev, found with the search tool) gives the contractor fields; the
// contact-person columns are the writer's knowledge. SingleCase's help centre (napoveda.singlecase.cz) and Hithit's
// privacy policy (hithit.com: name, address, e-mail, phone of contributors) were found but give no column lists.
// All other headers, and all of Printbox, moBILET and Enote, were written from the writer's knowledge of each product.
// A subset of each export's columns, in the order the writer knows. Nothing was copied from a real export; every value
// is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, dec, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
const POI = ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name']
const POIID = ['placeContext.POIinteraction.poiDetail.poiID', 'placeContext.POIinteraction.POIDetail.poiID', 'placeContext.POIinteraction.poiDetail.POIID', 'placeContext.POIinteraction.POIDetail.POIID']
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const UP = (r, k, set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')
// Prague, Bratislava, Warsaw +1 (+2 April-September); Kyiv, Bucharest +2 (+3 April-September); summer time approximated
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000

// ---------------------------------------------------------------- local people, seeded by the row's person
// v.slug drops letters it cannot decompose (ł); spell them out first
const slug = (x) => v.slug(x.replace(/ł/g, 'l').replace(/Ł/g, 'L'))
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2282a6c3); r(); r(); return r }
// last names that change with gender are given as [male, female]
const LOC = {
  cs: { m: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Ondřej', 'David', 'Michal', 'Filip', 'Vojtěch', 'Jiří'],
    f: ['Tereza', 'Kateřina', 'Lucie', 'Eliška', 'Veronika', 'Markéta', 'Barbora', 'Anna', 'Klára', 'Petra', 'Jana', 'Adéla'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Marek', 'Marková'], ['Pokorný', 'Pokorná'], ['Král', 'Králová'], ['Růžička', 'Růžičková'], ['Beneš', 'Benešová']],
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'gmail.com', 'email.cz', 'centrum.cz', 'post.cz', 'icloud.com'] },
  sk: { m: ['Peter', 'Martin', 'Tomáš', 'Michal', 'Juraj', 'Marek', 'Lukáš', 'Ján', 'Matej', 'Róbert'],
    f: ['Zuzana', 'Katarína', 'Lucia', 'Mária', 'Simona', 'Jana', 'Veronika', 'Ivana', 'Monika', 'Barbora'],
    last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Nagy', 'Nagyová'], ['Baláž', 'Balážová'], ['Szabó', 'Szabóová'], ['Molnár', 'Molnárová'], ['Lukáč', 'Lukáčová'], ['Kollár', 'Kollárová']] },
  pl: { m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Mateusz', 'Grzegorz', 'Adam', 'Kamil'],
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Karolina', 'Natalia', 'Justyna', 'Ewa', 'Marta'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk']],
    mail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl', 'outlook.com'] },
  uk: { m: ['Олександр', 'Андрій', 'Дмитро', 'Сергій', 'Максим', 'Богдан', 'Тарас', 'Ігор', 'Василь', 'Юрій', 'Остап', 'Роман'],
    f: ['Олена', 'Наталія', 'Ірина', 'Оксана', 'Тетяна', 'Мар\'яна', 'Софія', 'Христина', 'Юлія', 'Галина', 'Анна', 'Вікторія'],
    // [male, female, latin for e-mail]
    last: [['Мельник', 'Мельник', 'melnyk'], ['Шевченко', 'Шевченко', 'shevchenko'], ['Коваленко', 'Коваленко', 'kovalenko'], ['Бондаренко', 'Бондаренко', 'bondarenko'], ['Ткачук', 'Ткачук', 'tkachuk'], ['Кравчук', 'Кравчук', 'kravchuk'], ['Савчук', 'Савчук', 'savchuk'], ['Гнатишин', 'Гнатишин', 'hnatyshyn'], ['Федорович', 'Федорович', 'fedorovych'], ['Дорошенко', 'Дорошенко', 'doroshenko'], ['Іваненко', 'Іваненко', 'ivanenko'], ['Романюк', 'Романюк', 'romaniuk']],
    lat: { 'Олександр': 'oleksandr', 'Андрій': 'andrii', 'Дмитро': 'dmytro', 'Сергій': 'serhii', 'Максим': 'maksym', 'Богдан': 'bohdan', 'Тарас': 'taras', 'Ігор': 'ihor', 'Василь': 'vasyl', 'Юрій': 'yurii', 'Остап': 'ostap', 'Роман': 'roman', 'Олена': 'olena', 'Наталія': 'nataliia', 'Ірина': 'iryna', 'Оксана': 'oksana', 'Тетяна': 'tetiana', 'Мар\'яна': 'mariana', 'Софія': 'sofiia', 'Христина': 'khrystyna', 'Юлія': 'yuliia', 'Галина': 'halyna', 'Анна': 'anna', 'Вікторія': 'viktoriia' },
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'ukr.net', 'ukr.net', 'i.ua', 'meta.ua', 'icloud.com'] },
  ro: { m: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Florin', 'Bogdan', 'Cristian', 'Radu', 'Vlad', 'Sorin', 'Gheorghe', 'Adrian'],
    f: ['Andreea', 'Elena', 'Ioana', 'Maria', 'Alexandra', 'Cristina', 'Raluca', 'Diana', 'Mihaela', 'Simona', 'Oana', 'Ana'],
    last: [['Popescu', 'Popescu'], ['Pop', 'Pop'], ['Rus', 'Rus'], ['Moldovan', 'Moldovan'], ['Muresan', 'Muresan'], ['Stan', 'Stan'], ['Dumitru', 'Dumitru'], ['Ionescu', 'Ionescu'], ['Sabău', 'Sabău'], ['Crișan', 'Crișan'], ['Bălan', 'Bălan'], ['Toma', 'Toma'], ['Nistor', 'Nistor'], ['Mocanu', 'Mocanu']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.ro', 'outlook.com', 'hotmail.com', 'icloud.com'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m), ln = v.pick(r, L.last), last = female ? ln[1] : ln[0]
  const sep = v.pick(r, ['.', '', '_', '.'])
  const fl = L.lat ? L.lat[first] : slug(first), ll = L.lat ? ln[2] : slug(last)
  const mail = L.mail ? `${fl}${sep}${ll}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` : ''
  return { female, first, last, full: `${first} ${last}`, mail, fl, ll, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const czMob = (c, s = 'czm') => { const r = seeded(c, s); return `+420 ${v.pick(r, ['602', '603', '604', '605', '606', '608', '721', '724', '732', '736', '739', '775', '777'])} ${v.digits(r, 3)} ${v.digits(r, 3)}` }
const plMob = (c, s = 'plm') => { const r = seeded(c, s); return `${v.pick(r, ['501', '502', '505', '509', '512', '530', '535', '600', '601', '604', '660', '664', '692', '697', '728', '790'])} ${v.digits(r, 3)} ${v.digits(r, 3)}` }
const plDT = (ms, sec = true) => { const p = cet(ms); return `${ymd(p)} ${sec ? hms(p) : hm(p)}` }

// ---------------------------------------------------------------- 1. Hithit contributions export (CZ, cs, E)
// a Brno board-game studio's reward campaign for a family card-and-board game; one row per contribution
// [reward no., reward, price CZK, shipped?, variant]
const HH_RW = [
  [1, 'Digitální poděkování a tapety', 150, false, ''],
  [2, 'Hra Strašidelný hrad – základní edice', 990, true, ''],
  [3, 'Hra + rozšíření Sklepení', 1390, true, ''],
  [2, 'Hra Strašidelný hrad – základní edice', 990, true, ''],
  [4, 'Sběratelská edice s podpisy autorů', 2490, true, ''],
  [5, 'Hra + tričko s hradním duchem', 1690, true, 'M'],
  [6, 'Balíček pro školu (3 hry)', 2700, true, ''],
  [7, 'Vstupenka na křest hry v Brně', 390, false, ''],
  [5, 'Hra + tričko s hradním duchem', 1690, true, 'L'],
]
// [town, PSČ, street]
const HH_PL = [['Brno', '602 00', 'Údolní'], ['Praha 3', '130 00', 'Seifertova'], ['Olomouc', '779 00', 'Třída Svobody'], ['Ostrava', '702 00', 'Nádražní'], ['Plzeň', '301 00', 'Americká'], ['Brno', '612 00', 'Palackého třída'], ['Hradec Králové', '500 02', 'Gočárova třída'], ['České Budějovice', '370 01', 'Lannova třída'], ['Zlín', '760 01', 'Štefánikova'], ['Praha 6', '160 00', 'Dejvická'], ['Jihlava', '586 01', 'Masarykovo náměstí'], ['Bratislava', '811 08', 'Obchodná']]
const hhRw = (o) => row(HH_RW, n(o) % 9)
const hhPl = (c) => row(HH_PL, who(c, 'cs').k1 % 12)
const hhTip = (o) => row([0, 0, 0, 100, 0, 200, 0, 0, 50], (n(o) >> 1) % 9)
const hhAmt = (o) => hhRw(o)[2] + hhTip(o)
const hhAt = (o) => biz(Date.UTC(2025, 2, 4), n(o) * 13, 40, 6, 24, 1)
const hhSt = (o) => row(['Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Čeká na platbu', 'Zaplaceno', 'Zaplaceno', 'Vráceno'], n(o) % 8)
const SET_HH = { name: 'hithit-prispevky-export-cz', product: 'Hithit (Můj projekt > Přispěvatelé > Export do XLS, one row per contribution, Czech UI, a Brno board-game studio\'s reward campaign for a family board game, Europe/Prague, CZK)', family: 'donations', language: 'cs', schema: E, cols: [
  ['Číslo příspěvku', (c, o) => String(2480000 + (n(o) * 37) % 90000), ['_id', OR('purchaseID')]],
  ['Datum a čas', (c, o) => { const p = cet(hhAt(o)); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Jméno a příjmení', (c) => who(c, 'cs').full, []],
  ['E-mail', (c) => who(c, 'cs').mail, EMAIL_ID],
  ['Telefon', (c, o) => (hhRw(o)[3] ? czMob(c) : ''), PHONE_ID, opt],
  ['Číslo odměny', (c, o) => String(hhRw(o)[0]), [PL('SKU')], opt],
  ['Odměna', (c, o) => hhRw(o)[1], [PL('name')]],
  ['Varianta', (c, o) => hhRw(o)[4], [PL('selectedOptions[0].value')], opt],
  ['Počet kusů', () => '1', [PL('quantity')]],
  ['Částka', (c, o) => String(hhAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Měna', () => 'CZK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Způsob platby', (c, o) => row(['Platební karta', 'Platební karta', 'Bankovní převod', 'Apple Pay', 'Platební karta', 'Google Pay'], (n(o) >> 2) % 6), [OR('payments[0].paymentType')], opt],
  ['Stav platby', (c, o) => hhSt(o), [], opt],
  ['Ulice a číslo', (c, o) => (hhRw(o)[3] ? `${hhPl(c)[2]} ${1 + who(c, 'cs').k2 % 180}${n(c) % 4 === 0 ? '/' + (1 + who(c, 'cs').k3 % 40) : ''}` : ''), [SHIP('street1')]],
  ['Město', (c, o) => (hhRw(o)[3] ? hhPl(c)[0] : ''), [SHIP('city')]],
  ['PSČ', (c, o) => (hhRw(o)[3] ? hhPl(c)[1] : ''), [SHIP('postalCode')]],
  ['Stát', (c, o) => (hhRw(o)[3] ? (hhPl(c)[0] === 'Bratislava' ? 'Slovensko' : 'Česká republika') : ''), [SHIP('country')]],
  ['Vzkaz autorům', (c, o) => row(['', 'Držím palce!', '', 'Těšíme se s dětmi na hraní.', '', '', 'Ať se daří, Brno fandí!'], (n(o) >> 1) % 7), []],
  ['Zobrazit jméno na webu', (c) => (n(c) % 3 === 0 ? 'Ne' : 'Ano'), []],
] }

// ---------------------------------------------------------------- 2. Printbox order export (PL, en, E)
// a Wrocław photo lab's online store built on Printbox: photobooks, prints, canvases, calendars; one row per order item
// [code, product, category, gross PLN, pages]
const PB_IT = [
  ['FB-A4L-HC', 'Fotoksiążka A4 pozioma – twarda oprawa', 'Photobooks', 129, 40],
  ['FB-20x20-SC', 'Fotoksiążka 20x20 – miękka oprawa', 'Photobooks', 79, 24],
  ['PR-10x15-100', 'Odbitki 10x15 błysk (100 szt.)', 'Prints', 45, 0],
  ['CNV-60x40', 'Fotoobraz na płótnie 60x40', 'Wall decor', 149, 0],
  ['CAL-A3-WALL', 'Kalendarz ścienny A3 2026', 'Calendars', 69, 13],
  ['FB-A4L-LAY', 'Fotoksiążka A4 pozioma – lay-flat premium', 'Photobooks', 219, 30],
  ['MUG-PHOTO', 'Kubek ze zdjęciem', 'Gifts', 39, 0],
  ['PR-13x18-50', 'Odbitki 13x18 mat (50 szt.)', 'Prints', 39, 0],
]
const PB_PL = [['Wrocław', '50-', 'ul. Legnicka'], ['Wrocław', '53-', 'ul. Powstańców Śląskich'], ['Warszawa', '02-', 'ul. Grójecka'], ['Kraków', '31-', 'ul. Długa'], ['Poznań', '60-', 'ul. Głogowska'], ['Gdańsk', '80-', 'ul. Grunwaldzka'], ['Opole', '45-', 'ul. Ozimska'], ['Łódź', '90-', 'ul. Piotrkowska'], ['Katowice', '40-', 'ul. Mikołowska'], ['Legnica', '59-', 'ul. Chojnowska']]
const PB_SHIP = [['InPost Paczkomat', 12.99], ['Kurier DPD', 16.99], ['InPost Paczkomat', 12.99], ['Odbiór osobisty – Wrocław, ul. Świdnicka', 0], ['Kurier InPost', 15.99]]
const pbIt = (o) => row(PB_IT, n(o) % 8)
const pbQty = (o) => (pbIt(o)[2] === 'Prints' || pbIt(o)[0] === 'MUG-PHOTO' ? 1 + (n(o) >> 3) % 3 : 1)
const pbShip = (o) => row(PB_SHIP, (n(o) >> 1) % 5)
const pbLine = (o) => pbIt(o)[3] * pbQty(o)
const pbDisc = (o) => ((n(o) >> 2) % 4 === 0 ? Math.round(pbLine(o) * 0.2 * 100) / 100 : 0)
const pbTot = (o) => pbLine(o) - pbDisc(o) + pbShip(o)[1]
const pbSt = (o) => row(['shipped', 'shipped', 'in production', 'paid', 'shipped', 'completed', 'new', 'shipped', 'cancelled'], n(o) % 9)
const pbAt = (o) => biz(Date.UTC(2025, 9, 6), n(o) * 11, 75, 7, 24, 1)
const pbPl = (c) => row(PB_PL, who(c, 'pl').k1 % 10)
const pbId = (o) => { const r = v.rng(hash(`pb${o.id}`)); return `${v.hex(r, 8)}-${v.hex(r, 4)}-4${v.hex(r, 3)}-${v.pick(r, ['8', '9', 'a', 'b'])}${v.hex(r, 3)}-${v.hex(r, 12)}` }
const SET_PB = { name: 'printbox-orders-export-pl', product: 'Printbox (Admin panel > Orders > filter by date > Export to CSV, one row per order item, English admin UI, a Wrocław photo lab\'s online store selling photobooks, prints, canvases and calendars, Europe/Warsaw, PLN)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => String(184000 + (n(o) * 37) % 60000), ['_id', OR('purchaseID')]],
  ['Order Number', (c, o) => { const p = cet(pbAt(o)); return `FL/${p.y}/${pad(p.m)}/${pad(1 + (n(o) * 7) % 4000, 5)}` }, [OR('purchaseID')], opt],
  ['Created At', (c, o) => plDT(pbAt(o)), ['timestamp', OR('createdDate')]],
  ['Status', (c, o) => pbSt(o), [], opt],
  ['Customer Email', (c) => who(c, 'pl').mail, EMAIL_ID],
  ['Customer First Name', (c) => who(c, 'pl').first, []],
  ['Customer Last Name', (c) => who(c, 'pl').last, []],
  ['Customer Phone', (c) => `+48 ${plMob(c)}`, PHONE_ID, opt],
  ['Product Code', (c, o) => pbIt(o)[0], [PL('SKU')]],
  ['Product Name', (c, o) => pbIt(o)[1], [PL('name')]],
  ['Product Category', (c, o) => pbIt(o)[2], [PL('productCategories[0].categoryName')]],
  ['Project ID', (c, o) => pbId(o), [], opt],
  ['Pages', (c, o) => (pbIt(o)[4] ? String(pbIt(o)[4] + (pbIt(o)[2] === 'Photobooks' ? ((n(o) >> 3) % 4) * 4 : 0)) : ''), []],
  ['Quantity', (c, o) => String(pbQty(o)), [PL('quantity')]],
  ['Item Price Gross', (c, o) => money(pbIt(o)[3]), [PL('priceTotal')], opt],
  ['Discount Code', (c, o) => (pbDisc(o) ? row(['JESIEN20', 'WELCOME20', 'FOTO20'], n(o) % 3) : ''), ['commerce.promotionID']],
  ['Discount Amount', (c, o) => money(pbDisc(o)), [OR('discountAmount'), PL('discountAmount')]],
  ['Shipping Method', (c, o) => pbShip(o)[0], ['commerce.shipping.shippingMethod']],
  ['Shipping Cost', (c, o) => money(pbShip(o)[1]), ['commerce.shipping.shippingAmount']],
  ['Payment Method', (c, o) => row(['BLIK', 'Przelewy24', 'BLIK', 'Card', 'PayPo', 'Przelewy24'], (n(o) >> 1) % 6), [OR('payments[0].paymentType')], opt],
  ['Total Gross', (c, o) => money(pbTot(o)), [OR('priceTotal')]],
  ['VAT Amount', (c, o) => money(pbTot(o) * 23 / 123), [OR('taxAmount')]],
  ['Currency', () => 'PLN', [OR('currencyCode')]],
  ['Shipping Street', (c, o) => (pbShip(o)[1] === 0 ? '' : `${pbPl(c)[2]} ${1 + who(c, 'pl').k2 % 160}${n(c) % 3 === 0 ? '/' + (1 + who(c, 'pl').k3 % 60) : ''}`), [SHIP('street1')]],
  ['Shipping City', (c, o) => (pbShip(o)[1] === 0 ? '' : pbPl(c)[0]), [SHIP('city')]],
  ['Shipping Postcode', (c, o) => (pbShip(o)[1] === 0 ? '' : `${pbPl(c)[1]}${pad(who(c, 'pl').k3 % 1000, 3)}`), [SHIP('postalCode')]],
  ['Shipping Country', (c, o) => (pbShip(o)[1] === 0 ? '' : 'PL'), [SHIP('countryCode')]],
  ['Tracking Number', (c, o) => (['shipped', 'completed'].includes(pbSt(o)) && pbShip(o)[1] ? (pbShip(o)[0].includes('DPD') ? `${v.digits(v.rng(hash(`dpd${o.id}`)), 13)}U` : v.digits(v.rng(hash(`inp${o.id}`)), 24)) : ''), ['commerce.shipping.trackingNumber']],
  ['Invoice Requested', (c) => (n(c) % 6 === 0 ? 'yes' : 'no'), []],
] }

// ---------------------------------------------------------------- 3. GreenWay client-zone charging sessions (SK, sk, E)
// a Bratislava facility-management company's fleet account: several drivers with RFID cards, mostly on the GreenWay
// network in Slovakia, some partner (P) and roaming (R) points; one row per charging session
// [location, city, country, station id, network, AC/DC, kW, connector]
const GW_LOC = [
  ['Bratislava - Aupark', 'Bratislava', 'SK', 'SK*GWI*E0012', 'GW', 'DC', 150, 'CCS'],
  ['Bratislava - Einsteinova (Tesco)', 'Bratislava', 'SK', 'SK*GWI*E0031', 'GW', 'AC', 22, 'Typ 2'],
  ['Trnava - City Arena', 'Trnava', 'SK', 'SK*GWI*E0104', 'GW', 'DC', 50, 'CCS'],
  ['Senec - Diaľnica D1 (OMV)', 'Senec', 'SK', 'SK*GWI*E0147', 'GW', 'DC', 150, 'CCS'],
  ['Nitra - Mlyny', 'Nitra', 'SK', 'SK*GWI*E0210', 'GW', 'DC', 50, 'CHAdeMO'],
  ['Žilina - Aupark', 'Žilina', 'SK', 'SK*GWI*E0322', 'GW', 'DC', 150, 'CCS'],
  ['Piešťany - hotel Park', 'Piešťany', 'SK', 'SK*PAR*E0019', 'P', 'AC', 22, 'Typ 2'],
  ['Bratislava - Einsteinova (Tesco)', 'Bratislava', 'SK', 'SK*GWI*E0031', 'GW', 'AC', 22, 'Typ 2'],
  ['Brno - Olympia', 'Brno', 'CZ', 'CZ*PRE*E2215', 'R', 'DC', 100, 'CCS'],
  ['Banská Bystrica - Europa SC', 'Banská Bystrica', 'SK', 'SK*GWI*E0415', 'GW', 'DC', 100, 'CCS'],
]
const GW_CARS = ['BL 482 KX', 'BL 915 MR', 'BA 207 GH', 'BL 663 TP', 'BT 118 ZA']
const GW_PROG = ['Energia Štandard', 'Energia Plus', 'Energia Plus', 'Energia Max', 'Energia Štandard']
const gwLoc = (o) => row(GW_LOC, n(o) % 10)
const gwDrv = (c) => n(c) % 5
const gwProg = (c) => row(GW_PROG, gwDrv(c))
const gwKwh = (o) => (gwLoc(o)[5] === 'DC' ? 14 + ((n(o) * 7919) % 4600) / 100 : 6 + ((n(o) * 131) % 1500) / 100)
const gwMin = (o) => Math.round(gwLoc(o)[5] === 'DC' ? gwKwh(o) / (gwLoc(o)[6] * 0.55) * 60 + 3 : 60 + (n(o) * 37) % 420)
const gwRate = (o, c) => (gwLoc(o)[4] === 'R' ? 0.69 : gwLoc(o)[5] === 'AC' ? 0.39 : gwProg(c) === 'Energia Štandard' ? 0.59 : gwProg(c) === 'Energia Plus' ? 0.49 : 0.42)
const gwIdle = (o) => (gwLoc(o)[5] === 'DC' ? Math.max(0, gwMin(o) - 45) * 0.2 : Math.max(0, gwMin(o) - 240) * 0.02)
const gwTot = (o, c) => Math.round((gwKwh(o) * gwRate(o, c) + gwIdle(o)) * 100) / 100
const gwAt = (o) => biz(Date.UTC(2025, 4, 13), n(o) * 7, 110, 5, 22, 2)
const skDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hms(p)}` }
const SET_GW = { name: 'greenway-nabijania-export-sk', product: 'GreenWay (Klientska zóna > Nabíjania > filter obdobia > Exportovať do XLSX, one row per charging session, Slovak UI, a Bratislava facility-management company\'s fleet account with several drivers and RFID cards, Europe/Bratislava, EUR)', family: 'payments', language: 'sk', schema: E, cols: [
  ['ID nabíjania', (c, o) => String(31200000 + (n(o) * 7717) % 900000), ['_id', OR('purchaseID')]],
  ['Začiatok nabíjania', (c, o) => skDT(gwAt(o)), ['timestamp', OR('createdDate')]],
  ['Koniec nabíjania', (c, o) => skDT(gwAt(o) + gwMin(o) * 60000), []],
  ['Vodič', (c) => who(c, 'sk').full, []],
  ['E-mail vodiča', (c) => `${v.slug(who(c, 'sk').first)}.${v.slug(who(c, 'sk').last)}@facilityplus.sk`, EMAIL_ID],
  ['Identifikátor', (c) => `RFID ${v.hex(seeded(c, 'rfid'), 8).toUpperCase()}`, []],
  ['EČV', (c) => row(GW_CARS, gwDrv(c)), []],
  ['Lokalita', (c, o) => gwLoc(o)[0], POI],
  ['Mesto', (c, o) => gwLoc(o)[1], ['placeContext.geo.city']],
  ['Krajina', (c, o) => gwLoc(o)[2], ['placeContext.geo.countryCode']],
  ['Nabíjací bod', (c, o) => gwLoc(o)[3], POIID, opt],
  ['Sieť', (c, o) => gwLoc(o)[4], []],
  ['Typ nabíjania', (c, o) => `${gwLoc(o)[5]} ${gwLoc(o)[6]} kW`, [PL('name')], opt],
  ['Konektor', (c, o) => gwLoc(o)[7], []],
  ['Energia (kWh)', (c, o) => dec(gwKwh(o), ','), [PL('quantity')], opt],
  ['Doba pripojenia (min)', (c, o) => String(gwMin(o)), []],
  ['Cenový program', (c) => gwProg(c), [], opt],
  ['Cena za kWh', (c, o) => dec(gwRate(o, c), ','), []],
  ['Poplatok za čas pripojenia', (c, o) => dec(gwIdle(o), ','), []],
  ['Cena s DPH', (c, o) => dec(gwTot(o, c), ','), [OR('priceTotal')]],
  ['DPH', (c, o) => dec(gwTot(o, c) * 23 / 123, ','), [OR('taxAmount')]],
  ['Mena', () => 'EUR', [OR('currencyCode')]],
  ['Číslo faktúry', (c, o) => { const p = cet(gwAt(o) + day); return `FV${p.y}${pad(p.m)}${pad(p.d)}${pad(1 + (n(o) * 13) % 9000, 5)}` }, [], opt],
] }

// ---------------------------------------------------------------- 4. moBILET business panel transactions (PL, pl, E)
// a Kraków accounting office's company account: employees pay on-street parking (and the odd tram ticket) with the app,
// charged to the company and invoiced monthly; one row per transaction
// [service, city, zone, hourly rate]
const MB_Z = [
  ['Parkowanie', 'Kraków', 'SPP Podstrefa P1 - Stare Miasto', 6],
  ['Parkowanie', 'Kraków', 'SPP Podstrefa P2 - Kazimierz', 6],
  ['Parkowanie', 'Kraków', 'SPP Podstrefa P1 - Stare Miasto', 6],
  ['Parkowanie', 'Katowice', 'SPP Strefa A - Śródmieście', 4.2],
  ['Bilet komunikacji miejskiej', 'Kraków', 'Aglomeracja - bilet 60-minutowy normalny', 0],
  ['Parkowanie', 'Warszawa', 'SPPN Śródmieście', 4.5],
  ['Parkowanie', 'Kraków', 'SPP Podstrefa P3 - Krowodrza', 6],
  ['Parkowanie', 'Tarnów', 'SPP Strefa A', 3],
]
const mbZ = (o) => row(MB_Z, n(o) % 8)
const mbMin = (o) => row([35, 60, 90, 120, 45, 150, 75, 240, 30], (n(o) >> 1) % 9)
const mbAmt = (o) => (mbZ(o)[3] ? Math.round(mbZ(o)[3] * mbMin(o) / 60 * 100) / 100 : 6)
const mbAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 7, 120, 7, 18, 1)
const mbPlate = (c) => { const r = seeded(c, 'plate'); return `KR ${v.digits(r, 1)}${UP(r, 2, 'ACEFGHJKLMNPRSTUVWXY')}${v.digits(r, 2)}` }
const mbDur = (m) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ' ' + (m % 60) + ' min' : ''}` : `${m} min`)
const SET_MB = { name: 'mobilet-biznes-transakcje-pl', product: 'moBILET (Panel moBILET Biznes > Historia transakcji > Eksport do CSV, one row per transaction, Polish UI, a Kraków accounting office whose staff pay paid-parking zones and tickets with the app on the company account, Europe/Warsaw, PLN)', family: 'payments', language: 'pl', schema: E, cols: [
  ['ID transakcji', (c, o) => String(5140000000 + (n(o) * 7717) % 90000000), ['_id', OR('purchaseID')]],
  ['Data transakcji', (c, o) => plDT(mbAt(o)), ['timestamp', OR('createdDate')]],
  ['Użytkownik', (c) => who(c, 'pl').full, []],
  ['Numer telefonu', (c) => `48${plMob(c, 'mbm').replace(/ /g, '')}`, PHONE_ID],
  ['E-mail', (c) => `${slug(who(c, 'pl').first)}.${slug(who(c, 'pl').last)}@biuro-rachunkowe-bilans.pl`, EMAIL_ID],
  ['Usługa', (c, o) => mbZ(o)[0], [PL('productCategories[0].categoryName')], opt],
  ['Miasto', (c, o) => mbZ(o)[1], ['placeContext.geo.city']],
  ['Strefa', (c, o) => mbZ(o)[2], POI, opt],
  ['Numer rejestracyjny', (c, o) => (mbZ(o)[3] ? mbPlate(c) : ''), []],
  ['Opis', (c, o) => (mbZ(o)[3] ? `Bilet parkingowy ${mbDur(mbMin(o))}` : 'Bilet 60-minutowy normalny, strefa I+II+III'), [PL('name')]],
  ['Początek', (c, o) => plDT(mbAt(o), false), ['timestamp'], opt],
  ['Koniec', (c, o) => plDT(mbAt(o) + (mbZ(o)[3] ? mbMin(o) : 60) * 60000, false), []],
  ['Czas trwania', (c, o) => mbDur(mbZ(o)[3] ? mbMin(o) : 60), []],
  ['Kwota brutto', (c, o) => dec(mbAmt(o), ','), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Kwota netto', (c, o) => dec(mbAmt(o) / 1.23, ','), []],
  ['VAT', (c, o) => dec(mbAmt(o) - mbAmt(o) / 1.23, ','), [OR('taxAmount')]],
  ['Źródło płatności', (c, o) => (n(o) % 7 === 0 ? 'Karta płatnicza' : 'Konto firmowe'), [OR('payments[0].paymentType')], opt],
  ['Centrum kosztów', (c) => row(['Kadry i płace', 'Księgowość', 'Doradztwo podatkowe', 'Zarząd'], n(c) % 4), []],
  ['Nr faktury zbiorczej', (c, o) => { const p = cet(mbAt(o)); return `FZ/${p.y}/${pad(p.m)}/${pad(1200 + (n(c) % 5), 5)}` }, [], opt],
] }

// ---------------------------------------------------------------- 5. Enote client export (UA, uk, P)
// a small-animal veterinary clinic in Lviv (dogs, cats, some rabbits and ferrets); one row per client (pet owner)
const EN_ST = ['вул. Городоцька', 'вул. Шевченка', 'просп. Червоної Калини', 'вул. Наукова', 'вул. Зелена', 'вул. Личаківська', 'просп. Свободи', 'вул. Стрийська', 'вул. Сихівська', 'вул. Кульпарківська']
const EN_CITY = ['Львів', 'Львів', 'Львів', 'Львів', 'Винники', 'Брюховичі', 'Сокільники', 'Львів', 'Пустомити', 'Львів']
const EN_PATR = { m: ['Олександрович', 'Іванович', 'Петрович', 'Васильович', 'Михайлович', 'Степанович'], f: ['Олександрівна', 'Іванівна', 'Петрівна', 'Василівна', 'Михайлівна', 'Степанівна'] }
const EN_PETS = [['Бакс', 'собака'], ['Мурка', 'кіт'], ['Рижик', 'кіт'], ['Лайма', 'собака'], ['Граф', 'собака'], ['Сніжка', 'кролик'], ['Тимко', 'кіт'], ['Бусинка', 'тхір'], ['Джек', 'собака'], ['Маркіза', 'кіт']]
const enP = (c) => who(c, 'uk')
const uaMob = (c, s) => { const r = seeded(c, s); return `+380 ${v.pick(r, ['67', '68', '96', '97', '98', '50', '66', '95', '63', '93', '73'])} ${v.digits(r, 3)} ${v.digits(r, 2)} ${v.digits(r, 2)}` }
const enReg = (c) => Date.UTC(2019, 2, 1) + ((n(c) * 7919) % (2200 * 86400)) * 1000
const enLast = (c) => Math.max(enReg(c), Date.UTC(2024, 9, 1) + ((n(c) * 131) % (400 * 86400)) * 1000)
const enPets = (c) => { const k = 1 + (n(c) % 5 === 0 ? 1 : 0); return Array.from({ length: k }, (_, j) => row(EN_PETS, (enP(c).k1 + j * 3) % 10)) }
const uaD = (ms) => dmy(eet(ms))
const SET_EN = { name: 'enote-klienty-export-ua', product: 'Enote (Клієнти > Експорт в Excel, one row per client (pet owner), Ukrainian UI, a small-animal veterinary clinic in Lviv, Europe/Kyiv, UAH)', family: 'clinic', language: 'uk', schema: P, cols: [
  ['ID клієнта', (c) => String(10000 + (n(c) * 37) % 80000), ID],
  ['Прізвище', (c) => enP(c).last, ['person.name.lastName']],
  ['Ім\'я', (c) => enP(c).first, ['person.name.firstName']],
  ['По батькові', (c) => (n(c) % 4 === 3 ? '' : row(enP(c).female ? EN_PATR.f : EN_PATR.m, enP(c).k2 % 6)), ['person.name.middleName'], opt],
  ['Стать', (c) => (enP(c).female ? 'Жіноча' : 'Чоловіча'), ['person.gender']],
  ['Дата народження', (c) => (n(c) % 3 === 0 ? dmy(local(Date.UTC(1962, 0, 1) + ((n(c) * 104729) % (40 * 365)) * day, 0, false)) : ''), ['person.birthDate']],
  ['Телефон', (c) => uaMob(c, 'uam'), ['mobilePhone.number']],
  ['Додатковий телефон', (c) => (n(c) % 4 === 1 ? uaMob(c, 'uam2') : ''), ['homePhone.number', 'mobilePhone.number'], opt],
  ['Email', (c) => (n(c) % 5 === 2 ? '' : enP(c).mail), ['personalEmail.address']],
  ['Місто', (c) => row(EN_CITY, enP(c).k3 % 10), HOMES('city')],
  ['Адреса', (c) => `${row(EN_ST, enP(c).k2 % 10)}, ${1 + enP(c).k1 % 140}${n(c) % 2 ? ', кв. ' + (1 + enP(c).k3 % 90) : ''}`, HOMES('street1')],
  ['Тварини', (c) => enPets(c).map(([a, b]) => `${a} (${b})`).join(', '), []],
  ['Знижка, %', (c) => String(row([0, 0, 5, 0, 10, 0, 3], n(c) % 7)), []],
  ['Дисконтна картка', (c) => (n(c) % 3 === 1 ? `VC${pad(1000 + (n(c) * 13) % 9000, 5)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
  ['Бонуси', (c) => (n(c) % 3 === 1 ? dec(((n(c) * 97) % 60000) / 100, ',') : '0,00'), ['loyalty.points'], opt],
  ['Баланс, грн', (c) => (n(c) % 8 === 0 ? `-${dec(row([350, 1200, 780.5], n(c) % 3), ',')}` : '0,00'), []],
  ['Джерело', (c) => row(['Instagram', 'Рекомендація знайомих', 'Google Maps', '', 'Проходили повз', 'Facebook'], (n(c) >> 1) % 6), []],
  ['Дата реєстрації', (c) => uaD(enReg(c)), [], opt],
  ['Останній візит', (c) => uaD(enLast(c)), []],
  ['Згода на розсилку', (c) => (n(c) % 4 === 0 ? 'Ні' : 'Так'), []],
  ['Коментар', (c) => row(['', '', 'Кіт агресивний при огляді', '', 'Нагадувати про вакцинацію у Viber', '', 'Оплата лише карткою'], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 6. Redirecționează Form 230 donor index (RO, ro, P)
// a Cluj-Napoca animal-shelter NGO's archive of signed Form 230 redirections (3.5% of income tax); the index.csv that
// ships in the NGO's ZIP download; one row per signed form
// [county, city, county code for the CNP, streets]
const RD_PL = [
  ['Cluj', 'Cluj-Napoca', '12', ['Str. Observatorului', 'Str. Horea', 'Calea Florești', 'Str. Dorobanților', 'Bd. 21 Decembrie 1989', 'Str. Fabricii']],
  ['Cluj', 'Cluj-Napoca', '12', ['Str. Alexandru Vaida Voevod', 'Calea Mănăștur', 'Str. Teodor Mihali', 'Str. Republicii']],
  ['Cluj', 'Florești', '12', ['Str. Eroilor', 'Str. Avram Iancu', 'Str. Tăuțiului']],
  ['Cluj', 'Turda', '12', ['Str. Republicii', 'Str. Libertății']],
  ['Bihor', 'Oradea', '05', ['Str. Republicii', 'Bd. Dacia', 'Str. Nufărului']],
  ['Mureș', 'Târgu Mureș', '26', ['Str. Gheorghe Doja', 'Bd. 1 Decembrie 1918']],
  ['Sector 3', 'București', '43', ['Bd. Camil Ressu', 'Str. Baba Novac', 'Bd. Nicolae Grigorescu']],
  ['Sector 6', 'București', '46', ['Bd. Iuliu Maniu', 'Str. Valea Cascadelor', 'Drumul Taberei']],
  ['Timiș', 'Timișoara', '35', ['Calea Aradului', 'Str. Circumvalațiunii']],
  ['Cluj', 'Cluj-Napoca', '12', ['Str. Constanța', 'Str. Louis Pasteur', 'Calea Turzii']],
  ['Sălaj', 'Zalău', '31', ['Bd. Mihai Viteazul', 'Str. Corneliu Coposu']],
  ['Alba', 'Alba Iulia', '01', ['Bd. Transilvaniei', 'Str. Calea Moților']],
]
const RD_INIT = 'ABCDFGIMNPRSTV'
const rdP = (c) => who(c, 'ro')
const rdPl = (c) => row(RD_PL, rdP(c).k1 % 12)
const rdBlock = (c) => n(c) % 5 < 3
const rdAddr = (c) => {
  const p = rdP(c), pl = rdPl(c), b = rdBlock(c)
  return { str: row(pl[3], p.k2 % pl[3].length), nr: String(1 + p.k3 % 120), bl: b ? `${row(['A', 'B', 'C', 'D', 'M', 'P'], p.k1 % 6)}${1 + p.k2 % 12}` : '', sc: b && n(c) % 2 ? String(1 + p.k3 % 3) : '', et: b ? String(p.k1 % 10) : '', ap: b ? String(1 + p.k2 % 60) : '' }
}
const rdBirth = (c) => Date.UTC(1956, 0, 1) + ((n(c) * 104729 + rdP(c).k3) % (45 * 365)) * day
const rdCnp = (c) => {
  const d = new Date(rdBirth(c)), y = d.getUTCFullYear(), s = (y >= 2000 ? 5 : 1) + (rdP(c).female ? 1 : 0)
  const body = `${s}${pad(y % 100)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${rdPl(c)[2]}${pad(1 + rdP(c).k2 % 999, 3)}`
  const sum = [...body].reduce((a, ch, i) => a + +ch * +'279146358279'[i], 0) % 11
  return `${body}${sum === 10 ? 1 : sum}`
}
const rdAt = (c) => Date.UTC(2025, 0, 8) + ((n(c) * 7919 + rdP(c).k1) % (135 * 86400)) * 1000 + (n(c) * 331) % 1000 * 1000
const pyUtc = (ms) => { const d = new Date(ms); return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}.${pad((n2(ms) * 7) % 1000000, 6)}+00:00` }
const n2 = (ms) => Math.floor(ms / 1000) % 1000003
const roMob = (c) => { const r = seeded(c, 'rom'); return `+407${v.pick(r, ['22', '23', '24', '26', '28', '40', '42', '44', '45', '46', '47', '49', '51', '52', '55', '60', '62', '66', '70', '72', '73', '74', '75', '86'])}${v.digits(r, 6)}` }
const SET_RD = { name: 'redirectioneaza-formulare-230-ro', product: 'Redirecționează (redirectioneaza.ro, contul ONG > Formulare > Descarcă arhiva: index.csv of signed Form 230 redirections, one row per donor, Romanian UI, a Cluj-Napoca animal-shelter NGO, Europe/Bucharest)', family: 'donations', language: 'ro', schema: P, cols: [
  ['nr. crt.', (c, o, r, i) => String(i + 1), []],
  ['nume', (c) => rdP(c).last, ['person.name.lastName']],
  ['prenume', (c) => rdP(c).first, ['person.name.firstName']],
  ['inițială', (c) => row(RD_INIT, rdP(c).k3 % RD_INIT.length), ['person.name.middleName'], opt],
  ['CNP', (c) => rdCnp(c), ['person.taxId']],
  ['duplicat', (c) => (n(c) % 17 === 0 ? String(1 + n(c) % 9) : '0'), []],
  ['telefon', (c) => (n(c) % 4 === 3 ? '' : roMob(c)), ['mobilePhone.number', 'homePhone.number']],
  ['email', (c) => rdP(c).mail, ['personalEmail.address']],
  ['județ', (c) => rdPl(c)[0], STATE(HOME)],
  ['oraș', (c) => rdPl(c)[1], HOMES('city')],
  ['adresă completă', (c) => { const a = rdAddr(c); return `jud. ${rdPl(c)[0]}, loc. ${rdPl(c)[1]}, ${a.str} ${a.nr}${a.bl ? ', bl. ' + a.bl : ''}${a.sc ? ', sc. ' + a.sc : ''}${a.et ? ', et. ' + a.et : ''}${a.ap ? ', ap. ' + a.ap : ''}` }, [], opt],
  ['strada', (c) => rdAddr(c).str, HOMES('street1')],
  ['număr', (c) => rdAddr(c).nr, [], opt],
  ['bloc', (c) => rdAddr(c).bl, HOMES('street2'), opt],
  ['scara', (c) => rdAddr(c).sc, []],
  ['etaj', (c) => rdAddr(c).et, []],
  ['apartament', (c) => rdAddr(c).ap, HOMES('street2'), opt],
  ['nume fișier', (c) => { const p = local(rdAt(c), 0, false); return `${p.y}${pad(p.m)}${pad(p.d)}_${pad(p.H)}${pad(p.M)}__d${pad(40000 + (n(c) * 37) % 500000, 6)}.pdf` }, []],
  ['data completării', (c) => pyUtc(rdAt(c)), [], opt],
  ['perioadă', (c) => (n(c) % 3 === 0 ? '1' : '2'), []],
  ['anaf gdpr', (c) => (n(c) % 4 === 1 ? '0' : '1'), []],
] }

// ---------------------------------------------------------------- 7. enova365 contact persons export (PL, pl, B)
// a farm-supplies distributor near Poznań (fertilisers, crop protection, seed, feed): contractors are farms, agricultural
// companies, co-operatives and village agri shops; one row per contact person
// [code, name, NIP, street, postcode, town, voivodeship, group, domain]
const EV_CO = [
  ['GR-0142', 'Gospodarstwo Rolne Jan Kaczmarek', '7811234560', 'Golina 14', '63-200', 'Jarocin', 'wielkopolskie', 'Gospodarstwo rolne', ''],
  ['SP-0007', 'Rolnicza Spółdzielnia Produkcyjna "Przyszłość"', '6171002233', 'ul. Polna 2', '63-800', 'Gostyń', 'wielkopolskie', 'Spółdzielnia', 'rspprzyszlosc.pl'],
  ['AG-0031', 'Agro-Wielkopolska Sp. z o.o.', '7792345671', 'ul. Przemysłowa 8', '64-000', 'Kościan', 'wielkopolskie', 'Firma rolna', 'agro-wielkopolska.pl'],
  ['SK-0058', 'Sklep Rolniczy "Kłos" s.c.', '6222109876', 'ul. Kaliska 41', '63-400', 'Ostrów Wielkopolski', 'wielkopolskie', 'Sklep rolniczy', 'sklepklos.pl'],
  ['GR-0219', 'Gospodarstwo Rolne Nowicki', '6971876543', 'Bukówiec Górny 7', '64-030', 'Śmigiel', 'wielkopolskie', 'Gospodarstwo rolne', ''],
  ['AG-0044', 'Ferma Drobiu Kurzętnik Sp. z o.o.', '7881122334', 'Wola Książęca 3', '63-210', 'Żerków', 'wielkopolskie', 'Firma rolna', 'fermakurzetnik.pl'],
  ['SP-0012', 'Spółdzielnia Kółek Rolniczych w Środzie', '7861000456', 'ul. Kórnicka 55', '63-000', 'Środa Wielkopolska', 'wielkopolskie', 'Spółdzielnia', 'skrsroda.pl'],
  ['AG-0052', 'Sadownictwo Grójec-Wielkopolska Sp. k.', '5090033441', 'ul. Sadowa 19', '62-065', 'Grodzisk Wielkopolski', 'wielkopolskie', 'Firma rolna', 'sadywlkp.pl'],
]
const EV_POS = ['Właściciel', 'Prezes Zarządu', 'Kierownik produkcji roślinnej', 'Główna księgowa', 'Zaopatrzeniowiec', 'Agronom', 'Współwłaściciel']
const evCo = (c) => row(EV_CO, n(c) % 8)
const evP = (c) => who(c, 'pl')
const evMail = (c) => (evCo(c)[8] ? `${slug(evP(c).first).charAt(0)}.${slug(evP(c).last)}@${evCo(c)[8]}` : evP(c).mail)
const evTel = (c) => { const r = seeded(c, 'evt'); return `${v.pick(r, ['62', '65', '61'])} ${v.digits(r, 3)} ${v.digits(r, 2)} ${v.digits(r, 2)}` }
const SET_EV = { name: 'enova365-osoby-kontaktowe-pl', product: 'enova365 (Kontrahenci i urzędy > Kontrahenci > Osoby kontaktowe > Eksport do Excela, one row per contact person, Polish UI, a farm-supplies distributor near Poznań selling fertilisers, crop protection, seed and feed to farms, agricultural companies and agri shops, Europe/Warsaw)', family: 'crm', language: 'pl', schema: B, cols: [
  ['Kod kontrahenta', (c) => evCo(c)[0], ACCT, opt],
  ['Nazwa kontrahenta', (c) => evCo(c)[1], CO],
  ['NIP', (c) => evCo(c)[2], []],
  ['Imię', (c) => evP(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => evP(c).last, ['person.name.lastName']],
  ['Stanowisko', (c) => (evCo(c)[7] === 'Gospodarstwo rolne' ? row(['Właściciel', 'Współwłaściciel'], n(c) % 2) : row(EV_POS, (n(c) >> 1) % 7)), ['extendedWorkDetails.jobTitle']],
  ['Telefon', (c) => (n(c) % 3 === 0 ? '' : evTel(c)), ['workPhone.number']],
  ['Telefon komórkowy', (c) => plMob(c, 'evm'), ['mobilePhone.number', 'workPhone.number']],
  ['E-mail', (c) => (n(c) % 7 === 4 ? '' : evMail(c)), WE],
  ['Ulica', (c) => evCo(c)[3], [W('street1')]],
  ['Kod pocztowy', (c) => evCo(c)[4], [W('postalCode')]],
  ['Miejscowość', (c) => evCo(c)[5], [W('city')]],
  ['Województwo', (c) => evCo(c)[6], STATE(['workAddress'])],
  ['Kraj', () => 'Polska', [W('country')]],
  ['Grupa kontrahenta', (c) => evCo(c)[7], [], opt],
  ['Opiekun', (c) => row(['Tomasz Przybylski', 'Agnieszka Michalak', 'Rafał Jankowiak'], n(c) % 3), []],
  ['Powierzchnia upraw [ha]', (c) => (evCo(c)[7] === 'Sklep rolniczy' ? '' : String(row([85, 1240, 640, 0, 210, 35, 2100, 48], n(c) % 8))), []],
  ['Zgoda na marketing', (c) => (n(c) % 4 === 2 ? 'Nie' : 'Tak'), OPTIN, opt],
  ['Zgoda na kontakt telefoniczny', (c) => (n(c) % 5 === 3 ? 'Nie' : 'Tak'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/phone'], opt],
  ['Uwagi', (c) => row(['', 'Zamówienia nawozów przed sezonem - luty', '', 'Płatność przelewem 30 dni', '', 'Preferuje kontakt SMS'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. SingleCase contact export (CZ, cs, B)
// a Prague commercial law firm's contacts: client companies' statutory bodies and in-house lawyers, counterparties'
// contacts; one row per contact person
// [company, IČO, domain, street, PSČ, town, country, contact type]
const SC_CO = [
  ['Stavby Morava a.s.', '25512345', 'stavbymorava.cz', 'Heršpická 813/5', '639 00', 'Brno', 'Česká republika', 'Klient'],
  ['Pekárna U Mlýna s.r.o.', '04781234', 'pekarnaumlyna.cz', 'Mlýnská 12', '290 01', 'Poděbrady', 'Česká republika', 'Klient'],
  ['Logistika Kladno s.r.o.', '27123456', 'logistika-kladno.cz', 'Průmyslová 2204', '272 01', 'Kladno', 'Česká republika', 'Klient'],
  ['Nordic Software CZ s.r.o.', '06912345', 'nordicsoftware.cz', 'Karolinská 654/2', '186 00', 'Praha 8', 'Česká republika', 'Klient'],
  ['Realitní fond Vltava SICAV a.s.', '08123456', 'fondvltava.cz', 'Na Příkopě 859/22', '110 00', 'Praha 1', 'Česká republika', 'Klient'],
  ['Tatra Energo s.r.o.', '36712345', 'tatraenergo.sk', 'Mlynské nivy 48', '821 09', 'Bratislava', 'Slovensko', 'Protistrana'],
  ['Advokátní kancelář Kříž & partneři', '71234567', 'akkriz.cz', 'Vodičkova 710/31', '110 00', 'Praha 1', 'Česká republika', 'Advokát protistrany'],
  ['Hotel Zlatá Husa Holding a.s.', '26123456', 'zlatahusa.cz', 'Václavské náměstí 7', '110 00', 'Praha 1', 'Česká republika', 'Klient'],
]
const SC_POS = ['jednatel', 'předseda představenstva', 'finanční ředitelka', 'ředitel', 'head of legal', 'prokurista', 'HR manažerka', 'advokát']
const SC_PRE = ['', 'Ing.', 'Mgr.', '', 'JUDr.', 'Ing.', '', 'Bc.', 'MUDr.']
const SC_POST = ['', '', 'Ph.D.', '', 'MBA', '', '', 'LL.M.']
const scCo = (c) => row(SC_CO, n(c) % 8)
const scP = (c) => who(c, 'cs')
const scTel = (c) => { const r = seeded(c, 'sct'); return scCo(c)[6] === 'Slovensko' ? `+421 2 ${v.digits(r, 4)} ${v.digits(r, 4)}` : scCo(c)[5].startsWith('Praha') || scCo(c)[5] === 'Kladno' ? `+420 2${v.digits(r, 2)} ${v.digits(r, 3)} ${v.digits(r, 3)}` : `+420 5${v.digits(r, 2)} ${v.digits(r, 3)} ${v.digits(r, 3)}` }
const scCreated = (c) => Date.UTC(2017, 4, 1) + ((n(c) * 7919) % (2800 * 86400)) * 1000
const scDs = (c) => { const r = v.rng(hash(`ds${n(c) % 8}`)); return UP(r, 7, 'abcdefghijkmnpqrstuvwxyz23456789') }
const SET_SC = { name: 'singlecase-kontakty-export-cz', product: 'SingleCase (Kontakty > filtr > Export do Excelu, one row per contact person, Czech UI, a Prague commercial law firm (advokátní kancelář) with corporate clients, counterparties and opposing counsel, Europe/Prague)', family: 'crm', language: 'cs', schema: B, cols: [
  ['ID kontaktu', (c) => String(14000 + (n(c) * 37) % 30000), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']],
  ['Titul před', (c) => row(SC_PRE, scP(c).k1 % 9), ['person.name.courtesyTitle'], opt],
  ['Jméno', (c) => scP(c).first, ['person.name.firstName']],
  ['Příjmení', (c) => scP(c).last, ['person.name.lastName']],
  ['Titul za', (c) => row(SC_POST, scP(c).k2 % 8), ['person.name.suffix'], opt],
  ['Společnost', (c) => scCo(c)[0], CO],
  ['IČO', (c) => scCo(c)[1], ACCT, opt],
  ['Funkce', (c) => (scCo(c)[7] === 'Advokát protistrany' ? 'advokát' : row(SC_POS, (n(c) >> 1) % 7)), ['extendedWorkDetails.jobTitle']],
  ['Typ kontaktu', (c) => scCo(c)[7], ['b2b.personType'], opt],
  ['E-mail', (c) => `${v.slug(scP(c).first)}.${v.slug(scP(c).last)}@${scCo(c)[2]}`, WE],
  ['Telefon', (c) => scTel(c), ['workPhone.number']],
  ['Mobil', (c) => (n(c) % 3 === 2 ? '' : scCo(c)[6] === 'Slovensko' ? `+421 9${v.digits(seeded(c, 'skm'), 2)} ${v.digits(seeded(c, 'skm2'), 3)} ${v.digits(seeded(c, 'skm3'), 3)}` : czMob(c, 'scm')), ['mobilePhone.number']],
  ['Ulice', (c) => scCo(c)[3], [W('street1')]],
  ['Město', (c) => scCo(c)[5], [W('city')]],
  ['PSČ', (c) => scCo(c)[4], [W('postalCode')]],
  ['Stát', (c) => scCo(c)[6], [W('country')]],
  ['Datová schránka', (c) => (scCo(c)[6] === 'Slovensko' ? '' : scDs(c)), []],
  ['Odpovědný advokát', (c) => row(['JUDr. Martin Kříž', 'Mgr. Tereza Vaňková', 'Mgr. Ondřej Šťastný'], n(c) % 3), []],
  ['Jazyk komunikace', (c) => (scCo(c)[0].startsWith('Nordic') ? 'angličtina' : scCo(c)[6] === 'Slovensko' ? 'slovenština' : 'čeština'), []],
  ['Vytvořeno', (c) => { const p = cet(scCreated(c)); return `${p.d}. ${p.m}. ${p.y}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Poznámka', (c) => row(['', 'Plná moc uložena ve spisu', '', 'Fakturace měsíčně, paušál', '', 'Komunikovat přes datovou schránku'], n(c) % 6), []],
] }

export const SETS = [SET_HH, SET_PB, SET_GW, SET_MB, SET_EN, SET_RD, SET_EV, SET_SC]
