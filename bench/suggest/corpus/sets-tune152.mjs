// Round 76, tune152: blind tune-half sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Central and Eastern European products in their local
// languages, headers in the product's UI language: a Czech donation platform's export of received gifts for an animal
// shelter (Darujme.cz) (cs E 1); a Croatian property-management system's reservation list for a Split apartment house
// (Rentlio) (hr E 1); a Romanian ticketing platform's organiser order export for a Bucharest club-concert series
// (iaBilet) (ro E 1); a Ukrainian ticketing platform's organiser order export for a Kyiv concert hall (Karabas.com)
// (uk E 1); a Polish hotel PMS's reservation-details report for a Zakopane hotel (KWHotel) (pl E 1); a Bulgarian-made
// hotel PMS's guest-profile export for a Bansko ski hotel (Clock PMS+) (bg P 1); a Czech booking system's customer list
// for a Bratislava massage and physiotherapy studio (Reenio) (sk P 1); a Hungarian fundraising platform's supporter list
// for a children's-hospital foundation (Adjukössze) (hu P 1); a Polish event-app platform's event-user export for a
// Warsaw logistics conference (Meeting Application) (pl B 1); a Czech applicant-tracking system's candidate export for a
// Prague software house (Recruitis) (cs B 1). E 5, P 3, B 2.
// Headers: KWHotel's column names follow its knowledge-base report descriptions (Szczegóły rezerwacji, Lista przyjazdów,
// Rezerwacje usunięte); Clock PMS+'s follow its documented guest-profile fields (translated as its Bulgarian UI shows
// them); Darujme's follow the pledge/transaction/donor fields of its public API; Recruitis's follow its documented
// candidate data types; Meeting Application's follow its help-centre description of the event-user list; the rest
// (Rentlio, iaBilet, Karabas, Reenio, Adjukössze) are written from the writer's knowledge of each product. A subset of
// each export's columns, in the order the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, dmy, ymd, hm, shift, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
const com = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
/** 1 234,50 with a (narrow) space between thousands, as Czech, Slovak, Polish, Hungarian and Ukrainian write it. */
const sp = (x, dec = true) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); const g = a.replace(/\B(?=(\d{3})+(?!\d))/g, ' '); return dec ? `${g},${b}` : g }

// ---------------------------------------------------------------- time zones (2025 EU summer time: 30 March to 26 October)
const ymdOf = (ms) => { const d = new Date(ms); return [d.getUTCMonth() + 1, d.getUTCDate()] }
const euDst = (ms) => { const [m, d] = ymdOf(ms); return (m > 3 && m < 10) || (m === 3 && d >= 30) || (m === 10 && d < 26) }
const cet = (ms) => shift(ms, 1 + (euDst(ms) ? 1 : 0)) // Prague, Bratislava, Warsaw, Budapest, Zagreb
const eet = (ms) => shift(ms, 2 + (euDst(ms) ? 1 : 0)) // Bucharest, Sofia, Kyiv

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(Math.imul(hash(`${salt}|${c.id}|${c.first}|${c.last}`), 0x9e3779b1) ^ 0x5bd1e995); for (let k = 0; k < 6; k++) r(); return r }
const CYR = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ъ: 'a', "'": '' }
const BGLAT = { ...CYR, и: 'i', й: 'y', х: 'h', щ: 'sht', ъ: 'a', ю: 'yu', я: 'ya', ж: 'zh', ц: 'ts' }
const slug = (s, map) => (map ? [...s.toLowerCase()].map((ch) => map[ch] ?? ch).join('') : s).toLowerCase().replace(/ł/g, 'l').replace(/ő/g, 'o').replace(/ű/g, 'u').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const PEOPLE = {
  CZ: {
    m: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Ondřej', 'David', 'Michal', 'Pavel', 'Vojtěch', 'Jiří'],
    f: ['Tereza', 'Lucie', 'Kateřina', 'Eva', 'Hana', 'Petra', 'Veronika', 'Barbora', 'Klára', 'Markéta', 'Adéla', 'Jana'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Marek', 'Marková'], ['Pokorný', 'Pokorná'], ['Král', 'Králová'], ['Zeman', 'Zemanová'], ['Růžička', 'Růžičková']],
    places: [['Brno', '602 00'], ['Brno', '612 00'], ['Brno', '615 00'], ['Brno', '625 00'], ['Praha 3', '130 00'], ['Olomouc', '779 00'], ['Blansko', '678 01'], ['Kuřim', '664 34'], ['Zlín', '760 01'], ['Jihlava', '586 01'], ['Šlapanice', '664 51'], ['Ostrava', '702 00']],
    streets: ['Kounicova', 'Lidická', 'Cejl', 'Údolní', 'Masarykova', 'Husova', 'Palackého', 'Jiráskova', 'Nádražní', 'Zahradní', 'Vídeňská', 'Botanická'],
    mail: ['seznam.cz', 'seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz', 'gmail.com', 'volny.cz'],
  },
  SK: {
    m: ['Peter', 'Martin', 'Michal', 'Tomáš', 'Marek', 'Juraj', 'Lukáš', 'Matej', 'Ján', 'Róbert', 'Filip', 'Roman'],
    f: ['Zuzana', 'Jana', 'Katarína', 'Lucia', 'Veronika', 'Simona', 'Monika', 'Andrea', 'Michaela', 'Petra', 'Barbora', 'Ivana'],
    last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Nagy', 'Nagyová'], ['Baláž', 'Balážová'], ['Molnár', 'Molnárová'], ['Lukáč', 'Lukáčová'], ['Hudák', 'Hudáková'], ['Kollár', 'Kollárová'], ['Novák', 'Nováková'], ['Polák', 'Poláková'], ['Šimko', 'Šimková'], ['Krajčír', 'Krajčírová']],
    places: [['Bratislava', '811 01'], ['Bratislava', '821 08'], ['Bratislava', '831 04'], ['Bratislava', '851 01'], ['Bratislava', '841 04'], ['Bratislava', '821 09'], ['Pezinok', '902 01'], ['Senec', '903 01'], ['Trnava', '917 01'], ['Stupava', '900 31'], ['Chorvátsky Grob', '900 25'], ['Malacky', '901 01']],
    streets: ['Obchodná', 'Grösslingová', 'Miletičova', 'Šancová', 'Račianska', 'Karadžičova', 'Tomášikova', 'Bajkalská', 'Hlavná', 'Dlhá', 'Panónska cesta', 'Staré Grunty'],
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'gmail.com', 'zoznam.sk', 'post.sk', 'outlook.com'],
  },
  PL: {
    m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Kamil', 'Łukasz', 'Adam', 'Bartosz', 'Grzegorz'],
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Natalia', 'Karolina', 'Ewa', 'Marta', 'Justyna'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Jankowski', 'Jankowska']],
    places: [['Kraków', '31-'], ['Warszawa', '02-'], ['Katowice', '40-'], ['Łódź', '90-'], ['Wrocław', '50-'], ['Poznań', '60-'], ['Gdańsk', '80-'], ['Kraków', '30-'], ['Warszawa', '00-'], ['Rzeszów', '35-'], ['Lublin', '20-'], ['Bielsko-Biała', '43-']],
    mail: ['gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'op.pl'],
  },
  HU: {
    m: ['László', 'Gábor', 'Zoltán', 'Péter', 'Balázs', 'Tamás', 'Attila', 'Dániel', 'Ádám', 'Bence', 'Gergely', 'István'],
    f: ['Anna', 'Katalin', 'Eszter', 'Zsófia', 'Réka', 'Krisztina', 'Andrea', 'Judit', 'Nóra', 'Dóra', 'Ágnes', 'Petra'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros'],
    places: [['1126', 'Budapest'], ['1052', 'Budapest'], ['1138', 'Budapest'], ['1114', 'Budapest'], ['1039', 'Budapest'], ['1148', 'Budapest'], ['2040', 'Budaörs'], ['2000', 'Szentendre'], ['2030', 'Érd'], ['4025', 'Debrecen'], ['6720', 'Szeged'], ['9021', 'Győr'], ['7621', 'Pécs'], ['2100', 'Gödöllő']],
    streets: ['Böszörményi út', 'Váci út', 'Bartók Béla út', 'Petőfi Sándor utca', 'Kossuth Lajos utca', 'Fő utca', 'Rákóczi út', 'Dózsa György út', 'Szent István körút', 'Ady Endre utca', 'Bécsi út', 'Hunyadi János utca'],
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu', 'outlook.hu', 'yahoo.com'],
  },
  RO: {
    m: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Cristian', 'Bogdan', 'Vlad', 'Răzvan', 'Ștefan', 'Gabriel', 'Radu', 'Florin'],
    f: ['Ioana', 'Maria', 'Andreea', 'Elena', 'Alexandra', 'Cristina', 'Diana', 'Raluca', 'Bianca', 'Alina', 'Irina', 'Oana'],
    last: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu', 'Munteanu', 'Constantin', 'Marin', 'Dinu', 'Tudor', 'Niculescu'],
    places: ['București', 'București', 'București', 'Ilfov', 'Cluj-Napoca', 'Ploiești', 'Brașov', 'Constanța', 'Iași', 'Timișoara', 'Pitești', 'București'],
    mail: ['gmail.com', 'yahoo.com', 'gmail.com', 'yahoo.ro', 'icloud.com', 'gmail.com', 'outlook.com'],
  },
  BG: {
    m: ['Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Александър', 'Мартин', 'Васил'],
    f: ['Мария', 'Елена', 'Иванка', 'Десислава', 'Петя', 'Гергана', 'Силвия', 'Невена', 'Радостина', 'Виктория'],
    last: [['Петров', 'Петрова'], ['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Николов', 'Николова'], ['Стоянов', 'Стоянова'], ['Тодоров', 'Тодорова'], ['Колев', 'Колева'], ['Христов', 'Христова'], ['Атанасов', 'Атанасова']],
    // [град, пощенски код, област, улица]
    places: [['София', '1000', 'София-град', 'ул. „Граф Игнатиев“'], ['София', '1404', 'София-град', 'бул. „България“'], ['София', '1700', 'София-град', 'ул. „Академик Борис Стефанов“'], ['Пловдив', '4000', 'Пловдив', 'ул. „Княз Александър I“'], ['Варна', '9000', 'Варна', 'бул. „Сливница“'], ['Бургас', '8000', 'Бургас', 'ул. „Александровска“'], ['Благоевград', '2700', 'Благоевград', 'ул. „Тодор Александров“'], ['Русе', '7000', 'Русе', 'ул. „Александровска“'], ['Банско', '2770', 'Благоевград', 'ул. „Пирин“'], ['Стара Загора', '6000', 'Стара Загора', 'бул. „Цар Симеон Велики“']],
    mail: ['abv.bg', 'gmail.com', 'abv.bg', 'mail.bg', 'yahoo.com', 'gmail.com'],
  },
  UA: {
    m: ['Олександр', 'Андрій', 'Дмитро', 'Максим', 'Сергій', 'Іван', 'Богдан', 'Тарас', 'Володимир', 'Артем'],
    f: ['Олена', 'Анна', 'Марія', 'Юлія', 'Катерина', 'Ірина', 'Оксана', 'Софія', 'Наталія', 'Дарина'],
    last: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравчук', 'Мельник', 'Олійник', 'Поліщук', 'Бойко', 'Литвиненко', 'Савчук', 'Гаврилюк', 'Руденко', 'Мороз'],
    // father's names for the patronymic: [-ович, -івна/-ївна]
    fathers: [['Іванович', 'Іванівна'], ['Петрович', 'Петрівна'], ['Миколайович', 'Миколаївна'], ['Олександрович', 'Олександрівна'], ['Васильович', 'Василівна'], ['Сергійович', 'Сергіївна'], ['Вікторович', 'Вікторівна'], ['Андрійович', 'Андріївна']],
    places: ['Київ', 'Київ', 'Київ', 'Київ', 'Бровари', 'Ірпінь', 'Буча', 'Вишгород', 'Бориспіль', 'Київ', 'Біла Церква', 'Житомир'],
    mail: ['gmail.com', 'ukr.net', 'gmail.com', 'i.ua', 'meta.ua', 'gmail.com', 'icloud.com'],
  },
}
const memo = new Map()
function mk (c, cc) {
  const L = PEOPLE[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m)
  const lastRaw = v.pick(r, L.last), last = Array.isArray(lastRaw) ? lastRaw[female ? 1 : 0] : lastRaw
  const map = cc === 'UA' ? CYR : cc === 'BG' ? BGLAT : null
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = `${slug(first, map)}${sep}${slug(last, map)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`
  const p = { female, first, last, mail, birth: Date.UTC(1962, 0, 1) + Math.floor(r() * 40 * 365) * day, hn: v.int(r, 1, 140), k: v.int(r, 0, 9999) }
  if (cc === 'CZ') { const pl = v.pick(r, L.places); return { ...p, city: pl[0], psc: pl[1], street: `${v.pick(r, L.streets)} ${v.int(r, 100, 2999)}/${v.int(r, 1, 60)}`, mobile: `+420 ${v.pick(r, ['602', '603', '604', '605', '608', '721', '724', '731', '736', '739', '773', '777'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` } }
  if (cc === 'SK') { const pl = v.pick(r, L.places); return { ...p, city: pl[0], psc: pl[1], street: `${v.pick(r, L.streets)} ${v.int(r, 1, 120)}`, mobile: `+421 ${v.pick(r, ['903', '905', '907', '908', '910', '911', '915', '917', '944', '948', '949'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` } }
  if (cc === 'PL') { const pl = v.pick(r, L.places); return { ...p, city: pl[0], kod: `${pl[1]}${pad(v.int(r, 1, 999), 3)}`, mobile: `${v.pick(r, ['501', '502', '505', '509', '512', '517', '601', '602', '604', '608', '661', '691', '698', '721', '784', '795'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` } }
  if (cc === 'HU') { const pl = v.pick(r, L.places); return { ...p, irsz: pl[0], city: pl[1], street: `${v.pick(r, L.streets)} ${v.int(r, 1, 120)}.${r() < 0.4 ? ` ${v.int(r, 1, 6)}/${v.int(r, 1, 12)}.` : ''}`, mobile: `+36 ${v.pick(r, ['20', '30', '70', '30'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}` } }
  if (cc === 'RO') return { ...p, city: v.pick(r, L.places), mobile: `07${v.pick(r, ['22', '23', '24', '26', '28', '40', '41', '44', '45', '46', '49', '51', '55', '60', '62', '66'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  if (cc === 'BG') { const pl = v.pick(r, L.places), fam = v.pick(r, L.last); return { ...p, middle: fam[female ? 1 : 0], city: pl[0], pk: pl[1], oblast: pl[2], street: `${pl[3]} № ${v.int(r, 1, 140)}${r() < 0.35 ? `, ет. ${v.int(r, 1, 8)}, ап. ${v.int(r, 1, 40)}` : ''}`, mobile: `+359 ${v.pick(r, ['87', '88', '89', '98', '88'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}` } }
  const fa = v.pick(r, L.fathers)
  return { ...p, patronymic: fa[female ? 1 : 0], city: v.pick(r, L.places), mobile: `+380 ${v.pick(r, ['50', '63', '66', '67', '68', '73', '93', '95', '97', '98'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const cz = (c) => who(c, 'CZ')
const sk = (c) => who(c, 'SK')
const pl = (c) => who(c, 'PL')
const hu = (c) => who(c, 'HU')
const ro = (c) => who(c, 'RO')
const bg = (c) => who(c, 'BG')
const ua = (c) => who(c, 'UA')

// ---------------------------------------------------------------- 1. Darujme.cz gifts export (cs, E)
// a Brno animal shelter's three fundraising projects; one row per received gift (a transaction of a pledge)
const DJ_PROJ = ['Nový výběh pro psy v Řečkovicích', 'Veterinární péče pro naše kočky', 'Provoz útulku – pravidelná podpora', 'Nový výběh pro psy v Řečkovicích', 'Provoz útulku – pravidelná podpora']
const DJ_CALL = ['', 'Vánoční sbírka 2025', '', 'Výzva: zima v kotcích', '']
const djRec = (o) => n(o) % 3 === 0
const djAmt = (o) => (djRec(o) ? row([150, 200, 300, 500, 250], n(o) % 5) : row([500, 1000, 300, 2000, 200, 5000, 1500, 700], (n(o) >> 1) % 8))
const djPay = (o) => (djRec(o) ? 'Platební karta' : row(['Platební karta', 'Bankovní převod', 'Platební karta', 'Apple Pay', 'Google Pay', 'Bankovní převod', 'Platební tlačítko banky'], n(o) % 7))
const djSt = (o) => (n(o) % 17 === 0 ? 'Vráceno' : 'Přijato')
const djAt = (o) => Date.UTC(2025, 0, 2) + ((n(o) * 7919) % (320 * 86400)) * 1000
const djPledged = (o) => (djRec(o) ? Date.UTC(2023, 4, 1) + ((n(o) * 104729) % (600 * 86400)) * 1000 : djAt(o) - ((n(o) * 37) % 3600) * 1000)
const djTime = (ms) => { const p = cet(ms); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }
const SET_DJ = { name: 'darujme-dary-export-cz', product: 'Darujme.cz (Česko; administrace organizace > Dary > Exportovat (CSV), one row per received gift, Czech UI, a Brno animal shelter\'s fundraising projects with one-off and monthly gifts, Europe/Prague, CZK)', family: 'donations', language: 'cs', schema: E, cols: [
  ['ID transakce', (c, o) => String(4200000 + (n(o) * 7717) % 800000), ['_id', OR('payments[0].transactionID')]],
  ['ID příslibu', (c, o) => String(1900000 + (n(o) * 131) % 400000), [OR('purchaseID')], opt],
  ['Variabilní symbol', (c, o) => String(20250000 + (n(o) * 13) % 9999), [], opt],
  ['Datum přijetí', (c, o) => djTime(djAt(o)), ['timestamp']],
  ['Datum příslibu', (c, o) => djTime(djPledged(o)), [OR('createdDate'), 'timestamp'], opt],
  ['Projekt', (c, o) => row(DJ_PROJ, (n(o) >> 2) % 5), [PL('name')], opt],
  ['Výzva', (c, o) => row(DJ_CALL, n(o) % 5), ['marketing.campaignName'], opt],
  ['Typ daru', (c, o) => (djRec(o) ? 'pravidelný (měsíční)' : 'jednorázový'), []],
  ['Přislíbená částka', (c, o) => com(djAmt(o)), [OR('priceTotal')], opt],
  ['Přijatá částka', (c, o) => com(djAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Měna', () => 'CZK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Platební metoda', (c, o) => djPay(o), [OR('payments[0].paymentType')]],
  ['Stav', (c, o) => djSt(o), [], opt],
  ['Jméno', (c) => cz(c).first, []],
  ['Příjmení', (c) => cz(c).last, []],
  ['E-mail', (c) => cz(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 4 === 0 ? '' : cz(c).mobile), PHONE_ID, opt],
  ['Ulice', (c) => (n(c) % 5 === 1 ? '' : cz(c).street), [BILL('street1')]],
  ['Obec', (c) => (n(c) % 5 === 1 ? '' : cz(c).city), [BILL('city')]],
  ['PSČ', (c) => (n(c) % 5 === 1 ? '' : cz(c).psc), [BILL('postalCode')]],
  ['Země', (c) => (n(c) % 5 === 1 ? '' : 'Česká republika'), [BILL('country')]],
  ['Chci potvrzení o daru', (c, o) => (n(c) % 5 === 1 ? 'ne' : djAmt(o) >= 1000 || djRec(o) ? 'ano' : row(['ano', 'ne'], n(o) % 2)), []],
  ['Souhlas se zasíláním novinek', (c) => (c.bool ? 'ano' : 'ne'), [], opt],
  ['Vzkaz', (c, o) => row(['', '', 'Pro Bertíka ❤', '', 'Držím palce s výběhem!', '', 'Na granule a deky'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 2. Rentlio reservation list (hr, E)
// a family-run apartment house with eight units in Split; guests from across Europe, most via Booking.com
const RL_UNIT = [['Studio S1 (2)', 68], ['Apartman A2 (2+1)', 95], ['Apartman A3 (2+2)', 118], ['Apartman A4 s terasom (4+2)', 165], ['Studio S5 (2)', 72], ['Apartman A6 s pogledom na more (2+2)', 135]]
const RL_CH = ['Booking.com', 'Booking.com', 'Airbnb', 'Direktno', 'Booking.com', 'Expedia', 'Web (booking engine)', 'Booking.com']
// [imena, prezimena, država, telefon (# = znamenka), e-mail domain]
const RL_C = [[['Thomas', 'Markus', 'Stefan', 'Jonas'], ['Schneider', 'Weber', 'Fischer', 'Becker', 'Hoffmann'], 'Njemačka', '+49 17# #######', 'gmx.de'], [['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz'], ['Nowak', 'Kaczmarek', 'Wójcik', 'Mazur'], 'Poljska', '+48 5## ### ###', 'wp.pl'], [['Lukas', 'Katharina', 'Florian', 'Sarah'], ['Gruber', 'Huber', 'Pichler', 'Steiner'], 'Austrija', '+43 664 #######', 'gmx.at'], [['Ana', 'Ivan', 'Marija', 'Luka'], ['Horvat', 'Kovačević', 'Babić', 'Marić'], 'Hrvatska', '+385 9# ### ####', 'gmail.com'], [['Emma', 'James', 'Sophie', 'Oliver'], ['Wilson', 'Taylor', 'Evans', 'Hughes'], 'Ujedinjeno Kraljevstvo', '+44 7### ######', 'gmail.com'], [['Petra', 'Lucie', 'Tereza', 'Klára'], ['Dvořáková', 'Svobodová', 'Černá', 'Nováková'], 'Češka', '+420 7## ### ###', 'seznam.cz'], [['Luca', 'Giulia', 'Marco', 'Chiara'], ['Rossi', 'Bianchi', 'Romano', 'Colombo'], 'Italija', '+39 3## ### ####', 'libero.it'], [['Matej', 'Nina', 'Luka', 'Eva'], ['Kranjc', 'Novak', 'Horvat', 'Zupančič'], 'Slovenija', '+386 41 ### ###', 'gmail.com'], [['Julie', 'Thomas', 'Camille', 'Nicolas'], ['Martin', 'Bernard', 'Dubois', 'Laurent'], 'Francuska', '+33 6 ## ## ## ##', 'orange.fr'], [['Sanne', 'Daan', 'Lotte', 'Bram'], ['de Vries', 'Jansen', 'Bakker', 'Visser'], 'Nizozemska', '+31 6 ########', 'ziggo.nl'], [['Marko', 'Ivana', 'Josip', 'Petra'], ['Jurić', 'Knežević', 'Perić', 'Vuković'], 'Hrvatska', '+385 98 ### ####', 'net.hr'], [['Anna', 'Lena', 'Julia', 'Laura'], ['Wagner', 'Schmid', 'Wolf', 'Keller'], 'Njemačka', '+49 15# ########', 'web.de']]
const rlMemo = new Map()
const rlG = (c) => { if (!rlMemo.has(c.id)) { const C = row(RL_C, n(c) % 12), r = seeded(c, 'rl'); rlMemo.set(c.id, [v.pick(r, C[0]), v.pick(r, C[1]), C[2], C[3].replace(/#/g, () => String(v.int(r, 0, 9))), C[4]]) } return rlMemo.get(c.id) }
const rlCh = (o) => row(RL_CH, n(o) % 8)
const rlUnit = (o) => row(RL_UNIT, (n(o) >> 1) % 6)
const rlArr = (o) => Date.UTC(2025, 4, 17) + ((n(o) * 7) % 130) * day
const rlNights = (o) => 3 + (n(o) % 6) + (n(o) % 7 === 0 ? 4 : 0)
const rlAdults = (o) => Math.min(2 + (n(o) % 3 === 0 ? 1 : 0), 4)
const rlKids = (o) => (rlUnit(o)[0].includes('+2') && n(o) % 2 ? 1 + (n(o) % 2) : 0)
const rlTotal = (o) => rlUnit(o)[1] * rlNights(o) * (rlArr(o) > Date.UTC(2025, 6, 1) && rlArr(o) < Date.UTC(2025, 7, 25) ? 1.25 : 1)
const rlSt = (o) => (n(o) % 13 === 0 ? 'Otkazana' : rlArr(o) + rlNights(o) * day < Date.UTC(2025, 7, 1) ? 'Odjavljena' : 'Potvrđena')
const rlCreated = (o) => rlArr(o) - (20 + (n(o) * 17) % 160) * day + ((n(o) * 7919) % 86400) * 1000
const hrDate = (p) => `${dmy(p)}.`
const rlMail = (c, o) => { const g = rlG(c); const ch = rlCh(o); const base = `${slug(g[0])[0]}${slug(g[1])}`; return ch === 'Booking.com' ? `${base}.${pad(n(o) % 1000, 3)}${n(c) % 1000}@guest.booking.com` : ch === 'Expedia' ? `${pad(n(o) * 7 % 100000, 5)}${n(c) % 1000}@m.expediapartnercentral.com` : `${slug(g[0])}.${slug(g[1])}@${g[4]}` }
const SET_RL = { name: 'rentlio-rezervacije-export-hr', product: 'Rentlio (Hrvatska; Rezervacije > Popis rezervacija > Izvoz (Excel), one row per reservation, Croatian UI, a family-run house of eight holiday apartments in Split, Europe/Zagreb, EUR)', family: 'hospitality', language: 'hr', schema: E, cols: [
  ['ID rezervacije', (c, o) => String(5100000 + (n(o) * 7717) % 900000), ['_id', OR('purchaseID')]],
  ['Broj rezervacije kanala', (c, o) => (rlCh(o) === 'Booking.com' ? String(4000000000 + (n(o) * 104729) % 999999999) : rlCh(o) === 'Airbnb' ? `HM${v.alnum(seeded(c, `rl${o.id}`), 8).toUpperCase()}` : rlCh(o) === 'Expedia' ? String(2200000000 + (n(o) * 7919) % 99999999) : ''), [OR('purchaseOrderNumber')], opt],
  ['Kanal prodaje', (c, o) => rlCh(o), [], opt],
  ['Status', (c, o) => rlSt(o), [], opt],
  ['Datum kreiranja', (c, o) => { const p = cet(rlCreated(o)); return `${hrDate(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Dolazak', (c, o) => hrDate(shift(rlArr(o), 0)), [], opt],
  ['Odlazak', (c, o) => hrDate(shift(rlArr(o) + rlNights(o) * day, 0)), []],
  ['Broj noćenja', (c, o) => String(rlNights(o)), [PL('quantity')], opt],
  ['Smještajna jedinica', (c, o) => rlUnit(o)[0], [PL('name')], opt],
  ['Odrasli', (c, o) => String(rlAdults(o)), []],
  ['Djeca', (c, o) => String(rlKids(o)), []],
  ['Gost', (c) => `${rlG(c)[0]} ${rlG(c)[1]}`, []],
  ['E-mail', (c, o) => rlMail(c, o), EMAIL_ID],
  ['Telefon', (c) => rlG(c)[3], PHONE_ID, opt],
  ['Država', (c) => rlG(c)[2], [BILL('country')], opt],
  ['Ukupna cijena', (c, o) => com(rlTotal(o)), [OR('priceTotal')]],
  ['Valuta', () => 'EUR', [OR('currencyCode')]],
  ['Plaćeno', (c, o) => com(rlSt(o) === 'Otkazana' ? 0 : rlSt(o) === 'Odjavljena' || rlCh(o) === 'Expedia' ? rlTotal(o) : Math.round(rlTotal(o) * 0.3)), [OR('payments[0].paymentAmount')], opt],
  ['Preostalo za platiti', (c, o) => com(rlSt(o) === 'Otkazana' || rlSt(o) === 'Odjavljena' || rlCh(o) === 'Expedia' ? 0 : rlTotal(o) - Math.round(rlTotal(o) * 0.3)), []],
  ['Provizija kanala', (c, o) => com(rlCh(o) === 'Booking.com' ? rlTotal(o) * 0.15 : rlCh(o) === 'Expedia' ? rlTotal(o) * 0.18 : rlCh(o) === 'Airbnb' ? rlTotal(o) * 0.03 : 0), []],
  ['Boravišna pristojba', (c, o) => com(rlAdults(o) * rlNights(o) * 2.65), [OR('taxAmount')], opt],
  ['Način plaćanja', (c, o) => (rlCh(o) === 'Expedia' ? 'Virtualna kartica' : rlCh(o) === 'Airbnb' ? 'Airbnb isplata' : row(['Kreditna kartica', 'Gotovina', 'Bankovna transakcija', 'Kreditna kartica'], n(o) % 4)), [OR('payments[0].paymentType')]],
  ['Datum otkazivanja', (c, o) => (rlSt(o) === 'Otkazana' ? hrDate(cet(rlCreated(o) + 9 * day)) : ''), [OR('cancelDate')]],
  ['Napomena', (c, o) => row(['', 'Dolazak oko 22h', '', 'Parking za 1 auto', 'Dječji krevetić', '', 'Late check-in, ključ u sefu'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 3. iaBilet organiser order export (ro, E)
// a Bucharest indie club's autumn concert series; one row per order
const IB_EV = [['Subcarpați – Lansare album', '18.10.2025 20:00', 'Quantic Club, București'], ['Vița de Vie – 30 de ani', '25.10.2025 20:30', 'Arenele Romane, București'], ['Byron – Acustic', '08.11.2025 20:00', 'Quantic Club, București'], ['Robin and the Backstabbers', '15.11.2025 21:00', 'Control Club, București']]
const IB_TK = [['Early Bird', 69], ['Acces General', 89], ['Acces General', 89], ['VIP (acces backstage)', 199], ['Acces General – la intrare', 110], ['Acces General', 89]]
const ibEv = (o) => row(IB_EV, (n(o) >> 2) % 4)
const ibTk = (o) => row(IB_TK, n(o) % 6)
const ibQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0)
const ibFee = (o) => Math.round(ibTk(o)[1] * 0.05 * 100) / 100
const ibDisc = (o) => (n(o) % 9 === 0 ? Math.round(ibTk(o)[1] * ibQty(o) * 0.1 * 100) / 100 : 0)
const ibTotal = (o) => (ibTk(o)[1] + ibFee(o)) * ibQty(o) - ibDisc(o)
const ibSt = (o) => (n(o) % 19 === 0 ? 'Returnată' : n(o) % 23 === 0 ? 'Anulată' : 'Plătită')
const ibAt = (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (100 * 86400)) * 1000
const ibPay = (o) => row(['Card online', 'Card online', 'Card online', 'PayPal', 'Numerar (punct de vânzare)', 'Card online', 'Card online (rate)'], n(o) % 7)
const SET_IB = { name: 'iabilet-comenzi-export-ro', product: 'iaBilet (România; cont organizator > Rapoarte > Comenzi > Export Excel, one row per order, Romanian UI, a Bucharest music promoter\'s autumn club-concert series, Europe/Bucharest, RON)', family: 'ticketing', language: 'ro', schema: E, cols: [
  ['ID comandă', (c, o) => String(17000000 + (n(o) * 7717) % 2900000), ['_id', OR('purchaseID')]],
  ['Data comenzii', (c, o) => { const p = eet(ibAt(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Eveniment', (c, o) => ibEv(o)[0], [], opt],
  ['Data eveniment', (c, o) => ibEv(o)[1], []],
  ['Locație', (c, o) => ibEv(o)[2], []],
  ['Categorie bilet', (c, o) => ibTk(o)[0], [PL('name')], opt],
  ['Nr. bilete', (c, o) => String(ibQty(o)), [PL('quantity')]],
  ['Preț unitar', (c, o) => com(ibTk(o)[1]), [], opt],
  ['Taxă procesare', (c, o) => com(ibFee(o) * ibQty(o)), []],
  ['Cod voucher', (c, o) => (ibDisc(o) ? row(['QUANTIC10', 'STUDENT10', 'FANCLUB10'], n(o) % 3) : ''), ['commerce.promotionID']],
  ['Reducere', (c, o) => com(ibDisc(o)), [OR('discountAmount')]],
  ['Valoare totală', (c, o) => com(ibTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Monedă', () => 'RON', [OR('currencyCode')]],
  ['Metodă de plată', (c, o) => ibPay(o), [OR('payments[0].paymentType')]],
  ['Stare', (c, o) => ibSt(o), [], opt],
  ['Nume', (c) => ro(c).last, []],
  ['Prenume', (c) => ro(c).first, []],
  ['Email', (c) => ro(c).mail, EMAIL_ID],
  ['Telefon', (c) => ro(c).mobile, PHONE_ID, opt],
  ['Oraș', (c) => ro(c).city, [BILL('city')], opt],
  ['Canal vânzare', (c, o) => (ibPay(o).startsWith('Numerar') ? 'Punct de vânzare' : row(['iabilet.ro', 'Aplicație mobilă', 'iabilet.ro'], n(o) % 3)), [], opt],
  ['Coduri bilete', (c, o) => Array.from({ length: ibQty(o) }, (_, k) => `IB${String(51000000000 + ((n(o) * 7 + k) * 104729) % 8999999999)}`).join(', '), []],
  ['Acord newsletter organizator', (c) => (c.bool ? 'Da' : 'Nu'), [], opt],
] }

// ---------------------------------------------------------------- 4. Karabas.com organiser order export (uk, E)
// a Kyiv concert hall's autumn programme; one row per order, seated tickets
const KB_EV = [['Джамала. Концерт з оркестром', '12.10.2025 19:00'], ['Антитіла. Акустика', '26.10.2025 19:00'], ['Stand-up: Великий благодійний вечір', '07.11.2025 19:30'], ['Бумбокс. Тур 2025', '22.11.2025 19:00']]
const KB_SEC = [['Партер', 1450], ['Амфітеатр', 1150], ['Балкон', 850], ['Партер, VIP', 2600], ['Балкон', 850], ['Амфітеатр', 1150]]
const kbEv = (o) => row(KB_EV, (n(o) >> 2) % 4)
const kbSec = (o) => row(KB_SEC, n(o) % 6)
const kbQty = (o) => 1 + (n(o) % 2 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 1 : 0)
const kbDisc = (o) => (n(o) % 8 === 0 ? Math.round(kbSec(o)[1] * kbQty(o) * 0.1) : 0)
const kbTotal = (o) => kbSec(o)[1] * kbQty(o) - kbDisc(o)
const kbSt = (o) => (n(o) % 17 === 0 ? 'Повернено' : n(o) % 29 === 0 ? 'Скасовано' : 'Оплачено')
const kbAt = (o) => Date.UTC(2025, 6, 20) + ((n(o) * 7919) % (110 * 86400)) * 1000
const kbFull = (c) => `${ua(c).last} ${ua(c).first} ${ua(c).patronymic}`
const kbRow = (o) => 1 + (n(o) * 7) % 24
const SET_KB = { name: 'karabas-zamovlennia-export-ua', product: 'Karabas.com (Україна; кабінет організатора > Звіти > Замовлення > Експорт в Excel, one row per order, Ukrainian UI, a Kyiv concert hall\'s autumn programme with seated tickets, Europe/Kyiv, UAH)', family: 'ticketing', language: 'uk', schema: E, cols: [
  ['№ замовлення', (c, o) => String(90000000 + (n(o) * 7717) % 9000000), ['_id', OR('purchaseID')]],
  ['Дата створення', (c, o) => { const p = eet(kbAt(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Дата оплати', (c, o) => (kbSt(o) === 'Скасовано' ? '' : (() => { const p = eet(kbAt(o) + ((n(o) * 13) % 600) * 1000); return `${dmy(p)} ${hm(p)}` })()), [], opt],
  ['Подія', (c, o) => kbEv(o)[0], [], opt],
  ['Дата події', (c, o) => kbEv(o)[1], []],
  ['Сектор', (c, o) => kbSec(o)[0], [], opt],
  ['Ряд', (c, o) => String(kbRow(o)), []],
  ['Місця', (c, o) => Array.from({ length: kbQty(o) }, (_, k) => String(3 + ((n(o) * 3) % 20) + k)).join(', '), []],
  ['Кількість квитків', (c, o) => String(kbQty(o)), [PL('quantity')]],
  ['Ціна квитка, грн', (c, o) => sp(kbSec(o)[1]), [], opt],
  ['Промокод', (c, o) => (kbDisc(o) ? row(['ОСІНЬ10', 'KARABAS10', 'DRUZI10'], n(o) % 3) : ''), ['commerce.promotionID']],
  ['Знижка, грн', (c, o) => sp(kbDisc(o)), [OR('discountAmount')]],
  ['Сума, грн', (c, o) => sp(kbTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Спосіб оплати', (c, o) => row(['Банківська картка', 'Apple Pay', 'Google Pay', 'Банківська картка', 'Приват24', 'Банківська картка'], n(o) % 6), [OR('payments[0].paymentType')]],
  ['Статус', (c, o) => kbSt(o), [], opt],
  ['ПІБ покупця', (c) => kbFull(c), []],
  ['Email', (c) => ua(c).mail, EMAIL_ID],
  ['Телефон', (c) => ua(c).mobile, PHONE_ID, opt],
  ['Місто', (c) => ua(c).city, [BILL('city')], opt],
  ['Джерело (utm_source)', (c, o) => row(['', 'instagram', 'facebook', '', 'google', 'telegram', ''], n(o) % 7), ['marketing.trackingCode'], opt],
  ['Сума повернення, грн', (c, o) => (kbSt(o) === 'Повернено' ? sp(kbTotal(o)) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
] }

// ---------------------------------------------------------------- 5. KWHotel reservation-details report (pl, E)
// a 40-room mountain hotel in Zakopane; one row per reservation
const KW_ROOM = [['Pokój 2-os. Standard', 340, '1'], ['Pokój 2-os. Deluxe z widokiem na Giewont', 460, '2'], ['Apartament rodzinny (2+2)', 620, '3'], ['Pokój 2-os. Standard', 340, '1'], ['Pokój 3-os.', 450, '1'], ['Studio z aneksem', 420, '2']]
const KW_SRC = ['Booking.com', 'Telefon', 'Strona WWW', 'Booking.com', 'E-mail', 'Travelist', 'Booking.com', 'Bon Turystyczny / osobiście']
const kwRoom = (o) => row(KW_ROOM, n(o) % 6)
const kwSrc = (o) => row(KW_SRC, (n(o) >> 1) % 8)
const kwArr = (o) => Date.UTC(2025, 11, 1) + ((n(o) * 11) % 120) * day
const kwNights = (o) => 2 + (n(o) % 5)
const kwPers = (o) => (kwRoom(o)[0].includes('rodzinny') ? 4 : kwRoom(o)[0].includes('3-os') ? 3 : 2)
const kwPlan = (o) => row(['BB – ze śniadaniem', 'HB – śniadanie i obiadokolacja', 'BB – ze śniadaniem', 'RO – sam pokój'], n(o) % 4)
const kwPrice = (o) => (kwRoom(o)[1] + (kwPlan(o).startsWith('HB') ? 90 * kwPers(o) : kwPlan(o).startsWith('RO') ? -40 : 0)) * kwNights(o)
const kwDisc = (o) => (n(o) % 7 === 0 ? Math.round(kwPrice(o) * 0.1) : 0)
const kwSt = (o) => row(['Potwierdzona', 'Potwierdzona', 'Niepotwierdzona', 'Potwierdzona', 'Zaliczka wpłacona', 'Potwierdzona'], n(o) % 6)
const kwPaid = (o) => (kwSrc(o) === 'Travelist' ? kwPrice(o) - kwDisc(o) : kwSt(o) === 'Niepotwierdzona' ? 0 : Math.round((kwPrice(o) - kwDisc(o)) * 0.3))
const kwCreated = (o) => kwArr(o) - (10 + (n(o) * 13) % 120) * day + ((n(o) * 7919) % 86400) * 1000
const SET_KW = { name: 'kwhotel-szczegoly-rezerwacji-pl', product: 'KWHotel (Polska; Raporty > Szczegóły rezerwacji > Eksport do Excela, one row per reservation, Polish UI, a 40-room mountain hotel in Zakopane for the 2025/26 winter season, Europe/Warsaw, PLN)', family: 'hospitality', language: 'pl', schema: E, cols: [
  ['ID rezerwacji', (c, o) => String(18000 + (n(o) * 37) % 9000), ['_id', OR('purchaseID')]],
  ['ID z portalu', (c, o) => (kwSrc(o) === 'Booking.com' ? String(5200000000 + (n(o) * 104729) % 99999999) : kwSrc(o) === 'Travelist' ? `TRV-${(n(o) * 17) % 900000 + 100000}` : ''), [OR('purchaseOrderNumber')], opt],
  ['Data utworzenia', (c, o) => { const p = cet(kwCreated(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Data od', (c, o) => ymd(shift(kwArr(o), 0)), [], opt],
  ['Data do', (c, o) => ymd(shift(kwArr(o) + kwNights(o) * day, 0)), []],
  ['Liczba nocy', (c, o) => String(kwNights(o)), [PL('quantity')], opt],
  ['Symbol pokoju', (c, o) => `${kwRoom(o)[2]}${pad(1 + (n(o) * 7) % 14)}`, []],
  ['Grupa', (c, o) => kwRoom(o)[0], [PL('name')], opt],
  ['Plan cenowy', (c, o) => kwPlan(o), [], opt],
  ['Osób', (c, o) => String(kwPers(o)), []],
  ['Imię i nazwisko', (c) => `${pl(c).first} ${pl(c).last}`, []],
  ['Telefon', (c) => pl(c).mobile, PHONE_ID, opt],
  ['E-mail', (c) => pl(c).mail, EMAIL_ID],
  ['Źródło rezerwacji', (c, o) => kwSrc(o), [], opt],
  ['Status rezerwacji', (c, o) => kwSt(o), [], opt],
  ['Cena', (c, o) => sp(kwPrice(o) - kwDisc(o)), [OR('priceTotal')]],
  ['Rabat', (c, o) => sp(kwDisc(o)), [OR('discountAmount')]],
  ['Wpłacono', (c, o) => sp(kwPaid(o)), [OR('payments[0].paymentAmount')], opt],
  ['Pozostało do zapłaty', (c, o) => sp(kwPrice(o) - kwDisc(o) - kwPaid(o)), []],
  ['Opłata miejscowa', (c, o) => sp(kwPers(o) * kwNights(o) * 3.5), [OR('taxAmount')], opt],
  ['Forma płatności', (c, o) => (kwSrc(o) === 'Travelist' ? 'Przedpłata portal' : row(['Przelew', 'Karta', 'Gotówka', 'Karta', 'BLIK'], n(o) % 5)), [OR('payments[0].paymentType')]],
  ['Gwarancja kartą', (c, o) => (kwSrc(o) === 'Booking.com' ? 'Tak' : 'Nie'), []],
  ['Uwagi', (c, o) => row(['', 'Przyjazd ok. 21:00', '', 'Łóżeczko dla dziecka', 'Miejsce parkingowe', '', 'Rocznica ślubu – szampan w pokoju'], n(o) % 7), []],
  ['Użytkownik', (c, o) => (kwSrc(o) === 'Booking.com' || kwSrc(o) === 'Strona WWW' ? 'Channel Manager' : row(['recepcja1', 'recepcja2', 'k.gasienica'], n(o) % 3)), []],
] }

// ---------------------------------------------------------------- 6. Clock PMS+ guest profiles (bg, P)
// a ski hotel in Bansko; Bulgarian guests and some from Romania, Greece, the UK and Israel
// foreign guests: [first, last, country code, city, zip, phone prefix, mail domain, language, female]
const CK_FOREIGN = [['Andrei', 'Popescu', 'RO', 'București', '010011', '+40 722', 'yahoo.com', 'Română', false], ['Nikos', 'Papadopoulos', 'GR', 'Thessaloniki', '54623', '+30 694', 'gmail.com', 'Ελληνικά', false], ['James', 'Walker', 'GB', 'Manchester', 'M20 6RB', '+44 7712', 'hotmail.co.uk', 'English', false], ['Yael', 'Cohen', 'IL', 'Tel Aviv', '6343208', '+972 52', 'gmail.com', 'English', true], ['Elena', 'Ionescu', 'RO', 'Cluj-Napoca', '400001', '+40 745', 'gmail.com', 'Română', true],
  ['Maria', 'Georgiou', 'GR', 'Athina', '11528', '+30 697', 'yahoo.gr', 'Ελληνικά', true], ['Cristian', 'Dumitrescu', 'RO', 'Brașov', '500030', '+40 733', 'gmail.com', 'Română', false], ['Sophie', 'Turner', 'GB', 'Leeds', 'LS6 3HN', '+44 7890', 'gmail.com', 'English', true], ['Avi', 'Levi', 'IL', 'Haifa', '3303120', '+972 54', 'walla.co.il', 'English', false], ['Dimitris', 'Nikolaou', 'GR', 'Serres', '62122', '+30 698', 'gmail.com', 'Ελληνικά', false]]
const ckPhone = (c) => { const f = ckF(c), a = pad(bg(c).k % 1000, 3); return f[2] === 'GB' ? `${f[5]} ${a}${pad(n(c) % 1000, 3)}` : f[2] === 'RO' ? `${f[5]} ${a} ${pad(n(c) % 1000, 3)}` : `${f[5]} ${a} ${pad(n(c) % 10000, 4)}` }
const ckFem = (c) => (ckF(c) ? ckF(c)[8] : bg(c).female)
const ckF = (c) => (n(c) % 3 === 2 ? row(CK_FOREIGN, Math.floor(n(c) / 3) % 10) : null)
const ckLevel = (c) => row(['', '', 'Редовен гост', '', 'VIP', '', '', 'Редовен гост', '', 'Черен списък', '', ''], n(c) % 12)
const SET_CK = { name: 'clock-pms-profili-gosti-bg', product: 'Clock PMS+ (България; Други > Профили на гости > Експорт (CSV), one row per guest profile, Bulgarian UI, a 90-room ski hotel in Bansko whose profiles are shared with its sister spa hotel, Europe/Sofia)', family: 'hospitality', language: 'bg', schema: P, cols: [
  ['ID', (c) => String(8800000 + (n(c) * 29) % 999999), ID],
  ['Обръщение', (c) => (ckF(c) ? (ckFem(c) ? 'Ms' : 'Mr') : ckFem(c) ? 'г-жа' : 'г-н'), ['person.name.courtesyTitle']],
  ['Име', (c) => (ckF(c) ? ckF(c)[0] : bg(c).first), ['person.name.firstName']],
  ['Презиме', (c) => (ckF(c) ? '' : n(c) % 4 === 1 ? '' : bg(c).middle), ['person.name.middleName']],
  ['Фамилия', (c) => (ckF(c) ? ckF(c)[1] : bg(c).last), ['person.name.lastName']],
  ['Имейл', (c) => (ckF(c) ? `${slug(ckF(c)[0])}.${slug(ckF(c)[1])}@${ckF(c)[6]}` : bg(c).mail), ['personalEmail.address']],
  ['Съгласие за маркетингови имейли', (c) => (c.bool ? 'Да' : 'Не'), [], opt],
  ['Телефон', (c) => (ckF(c) ? ckPhone(c) : bg(c).mobile), ['mobilePhone.number', 'homePhone.number']],
  ['Държава', (c) => (ckF(c) ? ckF(c)[2] : 'BG'), HOMES('countryCode')],
  ['Област', (c) => (ckF(c) ? '' : bg(c).oblast), [...STATE(['homeAddress', 'mailingAddress']), 'homeAddress.region', 'mailingAddress.region'], opt],
  ['Град', (c) => (ckF(c) ? ckF(c)[3] : bg(c).city), HOMES('city')],
  ['Адрес', (c) => (ckF(c) ? '' : n(c) % 5 === 0 ? '' : bg(c).street), HOMES('street1')],
  ['Пощенски код', (c) => (ckF(c) ? ckF(c)[4] : n(c) % 5 === 0 ? '' : bg(c).pk), HOMES('postalCode')],
  ['Дата на раждане', (c) => (n(c) % 6 === 3 ? '' : dmy(shift(bg(c).birth, 0))), ['person.birthDate']],
  ['Пол', (c) => (ckFem(c) ? 'Жена' : 'Мъж'), ['person.gender']],
  ['Националност', (c) => (ckF(c) ? ({ RO: 'Румъния', GR: 'Гърция', GB: 'Обединено кралство', IL: 'Израел' })[ckF(c)[2]] : 'България'), ['person.nationality']],
  ['Тип документ', (c) => (ckF(c) ? 'Паспорт' : row(['Лична карта', 'Лична карта', 'Паспорт'], n(c) % 3)), []],
  ['Номер на документ', (c) => (ckF(c) ? `${ckF(c)[2]}${(n(c) * 7919) % 9000000 + 1000000}` : String(640000000 + (n(c) * 104729) % 99999999)), []],
  ['Фирма', (c) => row(['', '', '', 'Софтуерна компания „Кодекс“ ООД', '', '', 'Евроком Кабел АД', ''], n(c) % 8), ['organizations[0]'], opt],
  ['Език', (c) => (ckF(c) ? ckF(c)[7] : 'Български'), []],
  ['Ниво', (c) => ckLevel(c), ['loyalty.tier'], opt],
  ['Бележки', (c) => row(['', 'Алергия към ядки', '', 'Предпочита стая на висок етаж', '', 'Ски гардероб № 14', ''], n(c) % 7), []],
  ['Брой престои', (c) => String(1 + (n(c) % 4 === 0 ? 3 + (n(c) % 6) : n(c) % 3)), []],
  ['Създаден на', (c) => { const p = eet(Date.UTC(2021, 11, 1) + ((n(c) * 7919) % (1400 * 86400)) * 1000); return `${dmy(p)} ${hm(p)}` }, []],
] }

// ---------------------------------------------------------------- 7. Reenio customer list (sk, P)
// a massage and physiotherapy studio in Bratislava with online booking, passes and prepaid credit
const rnSince = (c) => Date.UTC(2021, 2, 1) + ((n(c) * 7919) % (1650 * 86400)) * 1000
const rnCount = (c) => 1 + (n(c) * 7) % 46
const SET_RN = { name: 'reenio-zakaznici-export-sk', product: 'Reenio (Slovensko; administrácia > Zákazníci > Exportovať (XLSX), one row per customer, Slovak UI, a Bratislava massage and physiotherapy studio with online booking, passes and prepaid credit, Europe/Bratislava)', family: 'booking', language: 'sk', schema: P, cols: [
  ['ID', (c) => String(2400000 + (n(c) * 13) % 600000), ID],
  ['Meno', (c) => sk(c).first, ['person.name.firstName']],
  ['Priezvisko', (c) => sk(c).last, ['person.name.lastName']],
  ['E-mail', (c) => sk(c).mail, ['personalEmail.address']],
  ['Telefón', (c) => sk(c).mobile, ['mobilePhone.number']],
  ['Ulica', (c) => (n(c) % 3 === 0 ? '' : sk(c).street), HOMES('street1')],
  ['Mesto', (c) => (n(c) % 3 === 0 ? '' : sk(c).city), HOMES('city')],
  ['PSČ', (c) => (n(c) % 3 === 0 ? '' : sk(c).psc), HOMES('postalCode')],
  ['Štát', (c) => (n(c) % 3 === 0 ? '' : 'Slovensko'), HOMES('country')],
  ['Dátum narodenia', (c) => (n(c) % 4 === 1 ? '' : (() => { const p = shift(sk(c).birth, 0); return `${p.d}. ${p.m}. ${p.y}` })()), ['person.birthDate']],
  ['Pohlavie', (c) => (n(c) % 4 === 1 ? '' : sk(c).female ? 'žena' : 'muž'), ['person.gender']],
  ['Firma', (c) => row(['', '', '', '', 'Slovnaft, a.s.', '', '', 'ESET, spol. s r.o.', '', ''], n(c) % 10), ['organizations[0]'], opt],
  ['IČO', (c) => row(['', '', '', '', '31322832', '', '', '31333532', '', ''], n(c) % 10), []],
  ['Skupiny', (c) => row(['', 'Stáli klienti', 'Poukážka', '', 'Firemní klienti', '', 'Stáli klienti; Permanentka', 'Firemní klienti'], n(c) % 8), []],
  ['Poznámka', (c) => row(['', 'Problémy s krčnou chrbticou', '', 'Preferuje Mgr. Kováčovú', '', 'Tehotná – len jemná masáž', ''], n(c) % 7), []],
  ['Počet rezervácií', (c) => String(rnCount(c)), []],
  ['Posledná rezervácia', (c) => { const p = cet(Date.UTC(2025, 8, 29) - ((n(c) * 3) % 200) * day + 9 * 3600000); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }, []],
  ['Kredit (€)', (c) => com(n(c) % 6 === 0 ? 20 + (n(c) % 5) * 10 : 0), []],
  ['Permanentky', (c) => (n(c) % 8 === 6 ? `10× masáž 60 min (zostáva ${1 + (n(c) % 9)})` : ''), [], opt],
  ['Súhlas so zasielaním noviniek', (c) => (c.bool ? 'Áno' : 'Nie'), [], opt],
  ['Registrovaný účet', (c) => (n(c) % 3 === 1 ? 'Nie' : 'Áno'), []],
  ['Vytvorený', (c) => { const p = cet(rnSince(c)); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }, ['loyalty.joinDate'], opt],
] }

// ---------------------------------------------------------------- 8. Adjukössze supporter list (hu, P)
// a Budapest children's-hospital foundation's supporters across its campaigns; one row per supporter
const ajCount = (c) => 1 + (n(c) % 5 === 0 ? 5 + (n(c) % 9) : n(c) % 3)
const ajTotal = (c) => ajCount(c) * row([5000, 10000, 3000, 20000, 2000, 15000, 50000], n(c) % 7)
const ajFirst = (c) => Date.UTC(2022, 0, 10) + ((n(c) * 7919) % (1200 * 86400)) * 1000
const huDate = (ms) => { const p = cet(ms); return `${p.y}. ${pad(p.m)}. ${pad(p.d)}.` }
const SET_AJ = { name: 'adjukossze-tamogatok-export-hu', product: 'Adjukössze (Magyarország; szervezeti fiók > Támogatók > Exportálás (XLSX), one row per supporter, Hungarian UI, a Budapest children\'s-hospital foundation with campaigns and peer-to-peer fundraisers, Europe/Budapest, HUF)', family: 'donations', language: 'hu', schema: P, cols: [
  ['Támogató azonosító', (c) => String(300000 + (n(c) * 17) % 600000), ID],
  ['Vezetéknév', (c) => hu(c).last, ['person.name.lastName']],
  ['Keresztnév', (c) => hu(c).first, ['person.name.firstName']],
  ['E-mail cím', (c) => hu(c).mail, ['personalEmail.address']],
  ['Telefonszám', (c) => (n(c) % 3 === 0 ? '' : hu(c).mobile), ['mobilePhone.number']],
  ['Irányítószám', (c) => (n(c) % 4 === 2 ? '' : hu(c).irsz), HOMES('postalCode')],
  ['Település', (c) => (n(c) % 4 === 2 ? '' : hu(c).city), HOMES('city')],
  ['Cím', (c) => (n(c) % 4 === 2 ? '' : hu(c).street), HOMES('street1')],
  ['Ország', (c) => (n(c) % 4 === 2 ? '' : 'Magyarország'), HOMES('country')],
  ['Születési dátum', (c) => (n(c) % 5 === 1 ? '' : huDate(hu(c).birth)), ['person.birthDate']],
  ['Adóazonosító jel', (c) => (n(c) % 3 === 1 ? String(8000000000 + (n(c) * 104729) % 999999999) : ''), ['person.taxId']],
  ['Cégnév', (c) => row(['', '', '', '', '', 'Morgan Stanley Magyarország Kft.', '', '', 'Zwack Unicum Nyrt.', ''], n(c) % 10), ['organizations[0]'], opt],
  ['Első adomány', (c) => huDate(ajFirst(c)), [], opt],
  ['Utolsó adomány', (c) => huDate(Math.max(ajFirst(c), Date.UTC(2025, 8, 28) - ((n(c) * 13) % 400) * day)), []],
  ['Adományok száma', (c) => String(ajCount(c)), []],
  ['Összes adomány (Ft)', (c) => `${group(ajTotal(c), ' ')} Ft`, ['loyalty.lifetimePurchases'], opt],
  ['Rendszeres támogató', (c) => (n(c) % 5 === 0 ? 'Igen' : 'Nem'), []],
  ['Kampány', (c) => row(['Új intenzív osztály 2025', 'Mikulásfutás 2024 – Kata csapata', 'Általános támogatás', 'Új intenzív osztály 2025', 'Szülői szállás felújítása'], n(c) % 5), [], opt],
  ['Hírlevél', (c) => (c.bool ? 'Igen' : 'Nem'), [], opt],
  ['Igazolást kér', (c) => (n(c) % 3 === 1 ? 'Igen' : 'Nem'), []],
  ['Névtelen', (c) => (n(c) % 9 === 4 ? 'Igen' : 'Nem'), []],
] }

// ---------------------------------------------------------------- 9. Meeting Application event users (pl, B)
// a two-day logistics and e-commerce fulfilment conference in Warsaw: attendees, speakers, exhibitors, partners
const MA_CO = [['InPost S.A.', 'inpost.pl', 'Kraków', '6793108059'], ['Rohlig SUUS Logistics S.A.', 'suus.com', 'Warszawa', '5272646470'], ['Ekspert Logistyki Sp. z o.o.', 'ekspertlogistyki.pl', 'Poznań', '7822891234'], ['Modivo S.A.', 'modivo.com', 'Zielona Góra', '9291865429'], ['Raben Logistics Polska Sp. z o.o.', 'raben-group.com', 'Gądki', '7771003155'], ['Furgonetka Sp. z o.o.', 'furgonetka.pl', 'Warszawa', '5213684412'], ['Apator Rector Sp. z o.o.', 'rector.pl', 'Zielona Góra', '9291019011'], ['Hortex Holding S.A.', 'hortex.pl', 'Warszawa', '5260309188']]
const MA_POS = ['Kierownik magazynu', 'Dyrektor ds. logistyki', 'Head of E-commerce Operations', 'Specjalista ds. zakupów', 'Prezes Zarządu', 'Key Account Manager', 'Supply Chain Analyst', 'Kierownik ds. transportu']
const maCo = (c) => row(MA_CO, n(c) % 8)
const maGroup = (c) => row(['Uczestnik', 'Uczestnik', 'Prelegent', 'Uczestnik', 'Wystawca', 'Uczestnik', 'Partner', 'Uczestnik'], (n(c) >> 2) % 8)
const maTicket = (c) => (maGroup(c) === 'Uczestnik' ? row(['Bilet Standard', 'Bilet Standard', 'Bilet VIP (z kolacją)', 'Early Bird'], n(c) % 4) : maGroup(c) === 'Wystawca' ? 'Bilet wystawcy' : 'Zaproszenie')
const maMail = (c) => `${slug(pl(c).first)}.${slug(pl(c).last)}@${maCo(c)[1]}`
const SET_MA = { name: 'meeting-application-uczestnicy-pl', product: 'Meeting Application (Polska; panel organizatora > Użytkownicy wydarzenia > Eksport (CSV), one row per event user, Polish UI, a two-day logistics and e-commerce fulfilment conference in Warsaw with its event app, Europe/Warsaw)', family: 'events', language: 'pl', schema: B, cols: [
  ['ID', (c) => String(710000 + (n(c) * 31) % 280000), B2BID],
  ['Imię', (c) => pl(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
  ['E-mail', (c) => (n(c) % 9 === 4 ? pl(c).mail : maMail(c)), ['workEmail.address', 'personalEmail.address']],
  ['Telefon', (c) => (n(c) % 4 === 3 ? '' : `+48 ${pl(c).mobile}`), ['mobilePhone.number', 'workPhone.number']],
  ['Firma', (c) => maCo(c)[0], CO],
  ['Stanowisko', (c) => (maGroup(c) === 'Wystawca' ? 'Key Account Manager' : row(MA_POS, (n(c) >> 1) % 8)), ['extendedWorkDetails.jobTitle']],
  ['Miasto', (c) => maCo(c)[2], [W('city')], opt],
  ['NIP firmy', (c) => (maTicket(c) === 'Zaproszenie' ? '' : maCo(c)[3]), [], opt],
  ['Grupa użytkowników', (c) => maGroup(c), ['b2b.personType'], opt],
  ['Typ biletu', (c) => maTicket(c), [], opt],
  ['Status', (c) => row(['Aktywny', 'Aktywny', 'Zaproszony', 'Aktywny', 'Aktywny', 'Nieaktywny'], n(c) % 6), [], opt],
  ['Data rejestracji', (c) => { const p = cet(Date.UTC(2025, 5, 2) + ((n(c) * 7919) % (120 * 86400)) * 1000); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Zgoda na przetwarzanie danych', () => 'Tak', []],
  ['Zgoda marketingowa', (c) => (c.bool ? 'Tak' : 'Nie'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ['Zgoda na udostępnienie danych partnerom', (c) => (n(c) % 3 === 0 ? 'Nie' : 'Tak'), [], opt],
  ['LinkedIn', (c) => (n(c) % 3 === 1 ? '' : `https://www.linkedin.com/in/${slug(pl(c).first)}-${slug(pl(c).last)}-${v.hex(seeded(c, 'li'), 5)}`), []],
  ['Obszar zainteresowań', (c) => row(['Magazyn i fulfillment', 'Ostatnia mila', 'Automatyzacja', 'Zwroty w e-commerce', 'Transport międzynarodowy'], n(c) % 5), []],
  ['Check-in', (c) => (n(c) % 5 === 2 ? 'Nie' : 'Tak'), []],
  ['Ostatnie logowanie w aplikacji', (c) => (n(c) % 4 === 0 ? '' : (() => { const p = cet(Date.UTC(2025, 9, 14, 7) + ((n(c) * 7919) % (36 * 3600)) * 1000); return `${dmy(p)} ${hm(p)}` })()), ['extSourceSystemAudit.lastActivityDate'], opt],
] }

// ---------------------------------------------------------------- 10. Recruitis candidate export (cs, B)
// a Prague software house hiring developers and testers; one row per candidate's response to a position
const RC_POS = ['Senior Java Developer', 'QA Engineer (manuální i automatizované testy)', 'Frontend Developer (React)', 'DevOps Engineer', 'Product Owner', 'Junior Java Developer']
const RC_EMP = [['Komerční banka, a.s.', 'Java Developer'], ['Avast Software s.r.o.', 'QA Specialist'], ['', ''], ['Seznam.cz, a.s.', 'Frontend vývojář'], ['Česká spořitelna, a.s.', 'Senior Developer'], ['Freelancer', 'Full-stack vývojář'], ['Kiwi.com s.r.o.', 'DevOps Engineer'], ['', 'student ČVUT FIT']]
const rcEmp = (c) => row(RC_EMP, n(c) % 8)
const rcSt = (c) => row(['Nový', 'Telefonický screening', 'Technický pohovor', 'Zamítnut', 'Nabídka', 'Nový', 'Zamítnut', 'Přijat', 'Osobní pohovor'], n(c) % 9)
const rcAt = (c) => Date.UTC(2025, 5, 1) + ((n(c) * 7919) % (115 * 86400)) * 1000
const rcSrc = (c) => row(['Jobs.cz', 'LinkedIn', 'StartupJobs', 'Kariérní stránky', 'Doporučení zaměstnance', 'Jobs.cz', 'Prace.cz', 'LinkedIn (aktivní oslovení)'], (n(c) >> 1) % 8)
const SET_RC = { name: 'recruitis-kandidati-export-cz', product: 'Recruitis (Česko; Kandidáti > Export do XLSX, one row per candidate\'s response to a position, Czech UI, a Prague software house hiring developers and testers, Europe/Prague, CZK)', family: 'recruiting', language: 'cs', schema: B, cols: [
  ['ID kandidáta', (c) => String(5600000 + (n(c) * 23) % 900000), B2BID],
  ['Jméno a příjmení', (c) => `${cz(c).first} ${cz(c).last}`, ['person.name.fullName']],
  ['E-mail', (c) => cz(c).mail, ['personalEmail.address']],
  ['Telefon', (c) => (n(c) % 6 === 5 ? '' : cz(c).mobile), ['mobilePhone.number']],
  ['LinkedIn', (c) => (n(c) % 3 === 0 ? '' : `https://www.linkedin.com/in/${slug(cz(c).first)}-${slug(cz(c).last)}-${v.hex(seeded(c, 'rli'), 6)}`), []],
  ['Pohlaví', (c) => (n(c) % 7 === 3 ? '' : cz(c).female ? 'žena' : 'muž'), ['person.gender']],
  ['Město', (c) => (n(c) % 5 === 2 ? 'Praha' : cz(c).city), ['homeAddress.city', 'mailingAddress.city'], opt],
  ['Současný zaměstnavatel', (c) => rcEmp(c)[0], CO, opt],
  ['Současná pozice', (c) => rcEmp(c)[1], ['extendedWorkDetails.jobTitle'], opt],
  ['Pozice', (c) => row(RC_POS, (n(c) >> 2) % 6), []],
  ['Stav', (c) => rcSt(c), [], opt],
  ['Zdroj kandidáta', (c) => rcSrc(c), ['b2b.personSource'], opt],
  ['Datum reakce', (c) => { const p = cet(rcAt(c)); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Hodnocení', (c) => (rcSt(c) === 'Nový' ? '' : String(1 + (n(c) * 7) % 5)), ['b2b.personScore'], opt],
  ['Štítky', (c) => row(['', 'Java; Spring', 'talent pool', '', 'React; TypeScript', 'nevhodný – plat', 'Kubernetes; AWS', ''], n(c) % 8), []],
  ['Očekávaná mzda', (c) => (n(c) % 4 === 2 ? '' : `${sp(row([55000, 70000, 85000, 95000, 110000, 45000], n(c) % 6), false)} Kč`), []],
  ['Nástup možný od', (c) => (n(c) % 3 === 0 ? 'ihned' : `${row(['1. 10. 2025', '1. 11. 2025', 'po výpovědní lhůtě (2 měsíce)', '1. 12. 2025'], n(c) % 4)}`), []],
  ['Souhlas GDPR platný do', (c) => { const p = shift(rcAt(c) + 3 * 365 * day, 0); return `${p.d}. ${p.m}. ${p.y}` }, [], opt],
  ['Recruiter', (c) => row(['Lenka Šťastná', 'Tomáš Bartoš', 'Lenka Šťastná'], n(c) % 3), []],
  ['Poznámka', (c) => row(['', 'Volat až po 17. hodině', '', 'Chce hybridní režim 3/2', '', 'Doporučila Jana z QA'], n(c) % 6), []],
] }

export const SETS = [SET_DJ, SET_RL, SET_IB, SET_KB, SET_KW, SET_CK, SET_RN, SET_AJ, SET_MA, SET_RC]
