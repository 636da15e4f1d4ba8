// Round 80, tune168: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or
// a score. Same format as sets.mjs (sources in ../README.md). Central and Eastern Europe, headers in the language each
// product's UI uses there: a Hungarian webshop engine's order export for a Szeged natural-cosmetics and soap maker
// (UNAS) (HU, hu E 1); a Czech hotel PMS's reservation-list export for a riverside guesthouse in Český Krumlov
// (Previo) (CZ, cs E 1); a Polish payment gateway's transaction-list export for a Poznań online board-game shop
// (Tpay) (PL, pl E 1); a Ukrainian e-commerce platform's order export for a Lviv children's-clothing shop shipping by
// Nova Poshta (Horoshop) (UA, uk E 1); a Croatian travel-agency system's reservation export for a Split agency selling
// excursions, transfers and private accommodation (Lemax) (HR, hr E 1); a Slovenian school-administration system's
// pupil export for a Ljubljana primary school (eAsistent) (SI, sl P 1); a Romanian school e-register's student export
// for a Cluj-Napoca high school (Adservio) (RO, ro P 1); a Bulgarian e-commerce platform's customer export for a
// Plovdiv specialty coffee-and-tea shop (CloudCart) (BG, bg P 1); a Czech company database's lead-list export with
// contact persons for a Brno ERP integrator prospecting South-Moravian manufacturers (Merk) (CZ, cs B 1); a B2B CRM's
// contact export for a Lviv distributor of industrial refrigeration equipment (Creatio) (UA, uk B 1). E 5, P 3, B 2.
// Sources: a short hunt with the search tool found no published export column list for any of the ten. What it did find:
// CloudCart's help centre article "Importing customers via CSV file" (help.cloudcart.com/en/support/solutions/articles/
// 77000166803) and its older KB page (support.cloudcart.com/kb/is-it-possible-to-export-or-import-customers-to-my-store)
// name the customer fields (first name, last name, full name, email, note, accepts marketing, postal code, phone,
// address, customer group); Lemax's support manual (support.lemax.net) gives the seven reservation statuses (Inquiry,
// Option, Confirmed, Canceled, Unrealized, Finished, On hold) and the Finances > Transaction list; Previo's help
// (help.previo.app, written in Czech, English, Polish, Hungarian and Romanian) confirms the Reservation list ("Přehled
// rezervací") and guest database modules and lists guest, company and reservation data as importable; Tpay's support page on the new merchant panel
// (support.tpay.com/pl/merchant/nowy-panel-akceptanta-zawartosc-i-funkcjonalnosci) confirms a Polish/English panel, and
// its API docs (docs-api.tpay.com) give the payer fields (email, name) and transaction description. The exact header
// texts and column order of all ten sets are the writer's knowledge of each product, not copied from any export.
// A realistic subset of each export's columns. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, W, CO, ACCT, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, dec, thou, hash, shift, local } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
const PAYID = 'commerce.order.payments[0].transactionID'
const PAYAMT = 'commerce.order.payments[0].paymentAmount'
const PAYTYPE = 'commerce.order.payments[0].paymentType'
const PAYCUR = 'commerce.order.payments[0].currencyCode'
const d3 = (r) => pad(v.int(r, 0, 999), 3)
const d4 = (r) => pad(v.int(r, 0, 9999), 4)
// Central European time (Warsaw, Prague, Budapest, Ljubljana, Zagreb) +1, Eastern European (Bucharest, Sofia, Kyiv)
// +2, one more April-September (an approximation of the EU summer-time rule)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// an instant k steps after `base` (a UTC midnight) on one of `days` days, at a local hour between h0 and h1, zone `off`
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
// Cyrillic to Latin for e-mail local parts (Ukrainian and Bulgarian national transliteration, simplified)
const TR_UK = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', 'ʼ': '' }
const TR_BG = { ...TR_UK, г: 'g', и: 'i', й: 'y', х: 'h', щ: 'sht', ъ: 'a', ю: 'yu', я: 'ya', ь: 'y' }
// word-initial є, ї, й, ю, я are written ye, yi, y, yu, ya
const INIT = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }
const lat = (s, map) => v.slug([...s.toLowerCase()].map((ch, i) => (i === 0 && INIT[ch] ? INIT[ch] : map[ch] ?? ch)).join(''))

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x16816801); r(); r(); return r }
const LOC = {
  hu: { m: ['Bence', 'Máté', 'Dávid', 'Gábor', 'László', 'Péter', 'Zoltán', 'Tamás', 'Ádám', 'Balázs'],
    f: ['Anna', 'Eszter', 'Katalin', 'Zsófia', 'Réka', 'Nóra', 'Krisztina', 'Dóra', 'Judit', 'Lilla', 'Viktória', 'Andrea'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász'],
    // [irányítószám, város]
    places: [['6720', 'Szeged'], ['6724', 'Szeged'], ['6723', 'Szeged'], ['1051', 'Budapest'], ['1117', 'Budapest'], ['1134', 'Budapest'], ['1036', 'Budapest'], ['2040', 'Budaörs'], ['4025', 'Debrecen'], ['7621', 'Pécs'], ['9021', 'Győr'], ['6000', 'Kecskemét'], ['6800', 'Hódmezővásárhely'], ['8000', 'Székesfehérvár']],
    street: (r) => `${v.pick(r, ['Kossuth Lajos utca', 'Petőfi Sándor utca', 'Rákóczi út', 'Tisza Lajos körút', 'Kálvária sugárút', 'Bartók Béla út', 'Arany János utca', 'Dózsa György út', 'Fő utca', 'Szent István tér', 'Csongrádi sugárút', 'Damjanich utca'])} ${v.int(r, 1, 88)}.${r() < 0.25 ? ` ${v.int(r, 1, 4)}/${v.int(r, 1, 12)}` : ''}`,
    mob: (r) => `+36 ${v.pick(r, ['20', '30', '70', '30'])} ${d3(r)} ${d4(r)}`,
    mail: ['gmail.com', 'gmail.com', 'freemail.hu', 'citromail.hu', 'hotmail.com', 'outlook.hu'] },
  cz: { m: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Pavel', 'Ondřej', 'Jiří', 'David', 'Michal', 'Radek'],
    f: ['Jana', 'Petra', 'Lucie', 'Tereza', 'Kateřina', 'Eva', 'Markéta', 'Veronika', 'Lenka', 'Barbora', 'Hana', 'Michaela'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Marek', 'Marková'], ['Pokorný', 'Pokorná'], ['Král', 'Králová'], ['Šimek', 'Šimková'], ['Zeman', 'Zemanová']],
    places: [['110 00', 'Praha 1'], ['602 00', 'Brno'], ['370 01', 'České Budějovice'], ['301 00', 'Plzeň'], ['779 00', 'Olomouc'], ['702 00', 'Ostrava'], ['460 01', 'Liberec'], ['500 02', 'Hradec Králové']],
    street: (r) => `${v.pick(r, ['Masarykova', 'Husova', 'Palackého', 'Nádražní', 'Školní', 'Komenského', 'Jiráskova', 'Lidická'])} ${v.int(r, 1, 2400)}/${v.int(r, 1, 60)}`,
    mob: (r) => `+420 ${v.pick(r, ['602', '603', '604', '605', '720', '724', '731', '737', '739', '775', '777', '608'])} ${d3(r)} ${d3(r)}`,
    mail: ['seznam.cz', 'seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz'] },
  pl: { m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Kamil', 'Łukasz', 'Mateusz', 'Bartosz', 'Adam'],
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Aleksandra', 'Natalia', 'Monika', 'Karolina', 'Zuzanna', 'Marta', 'Ewa'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Nowicki', 'Nowicka'], ['Pawlak', 'Pawlak']],
    places: [['60-101', 'Poznań'], ['61-144', 'Poznań'], ['60-687', 'Poznań'], ['62-020', 'Swarzędz'], ['62-081', 'Przeźmierowo'], ['00-511', 'Warszawa'], ['02-495', 'Warszawa'], ['30-059', 'Kraków'], ['50-340', 'Wrocław'], ['80-280', 'Gdańsk'], ['90-418', 'Łódź'], ['40-017', 'Katowice'], ['20-093', 'Lublin'], ['85-023', 'Bydgoszcz']],
    street: (r) => `${v.pick(r, ['ul. Głogowska', 'ul. Marszałkowska', 'ul. Długa', 'ul. Mickiewicza', 'ul. Słowackiego', 'os. Bolesława Chrobrego', 'ul. Piotrkowska', 'al. Niepodległości', 'ul. Kościuszki', 'ul. Grunwaldzka', 'ul. Polna', 'ul. Leśna'])} ${v.int(r, 1, 160)}${r() < 0.55 ? `/${v.int(r, 1, 48)}` : ''}`,
    mob: (r) => `${v.pick(r, ['501', '502', '505', '508', '512', '530', '600', '601', '605', '660', '691', '727', '787', '882'])} ${d3(r)} ${d3(r)}`,
    mail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl'] },
  ua: { m: ['Олександр', 'Андрій', 'Дмитро', 'Максим', 'Сергій', 'Іван', 'Богдан', 'Тарас', 'Олег', 'Назар', 'Роман', 'Юрій'],
    f: ['Олена', 'Наталія', 'Ірина', 'Оксана', 'Юлія', 'Марія', 'Катерина', 'Анна', 'Софія', 'Вікторія', 'Христина', 'Галина'],
    last: [['Шевченко', 'Шевченко'], ['Коваленко', 'Коваленко'], ['Бондаренко', 'Бондаренко'], ['Ткаченко', 'Ткаченко'], ['Кравчук', 'Кравчук'], ['Мельник', 'Мельник'], ['Олійник', 'Олійник'], ['Ковальчук', 'Ковальчук'], ['Савчук', 'Савчук'], ['Гнатюк', 'Гнатюк'], ['Стасюк', 'Стасюк'], ['Левицький', 'Левицька'], ['Мороз', 'Мороз'], ['Поліщук', 'Поліщук'], ['Возняк', 'Возняк'], ['Бойко', 'Бойко']],
    // father's name: [his first name, son's patronymic, daughter's patronymic]
    fathers: [['Олександр', 'Олександрович', 'Олександрівна'], ['Іван', 'Іванович', 'Іванівна'], ['Петро', 'Петрович', 'Петрівна'], ['Василь', 'Васильович', 'Василівна'], ['Микола', 'Миколайович', 'Миколаївна'], ['Сергій', 'Сергійович', 'Сергіївна'], ['Володимир', 'Володимирович', 'Володимирівна'], ['Ярослав', 'Ярославович', 'Ярославівна'], ['Богдан', 'Богданович', 'Богданівна'], ['Михайло', 'Михайлович', 'Михайлівна']],
    // [індекс, місто, область]
    places: [['79000', 'Львів', 'Львівська область'], ['79005', 'Львів', 'Львівська область'], ['79040', 'Львів', 'Львівська область'], ['81100', 'Пустомити', 'Львівська область'], ['80300', 'Жовква', 'Львівська область'], ['01001', 'Київ', 'Київська область'], ['02000', 'Київ', 'Київська область'], ['08130', 'Вишневе', 'Київська область'], ['76000', 'Івано-Франківськ', 'Івано-Франківська область'], ['46000', 'Тернопіль', 'Тернопільська область'], ['33000', 'Рівне', 'Рівненська область'], ['43000', 'Луцьк', 'Волинська область'], ['21000', 'Вінниця', 'Вінницька область'], ['65000', 'Одеса', 'Одеська область'], ['61000', 'Харків', 'Харківська область'], ['49000', 'Дніпро', 'Дніпропетровська область']],
    mob: (r) => `+380${v.pick(r, ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'])}${pad(v.int(r, 0, 9999999), 7)}`,
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'ukr.net', 'ukr.net', 'i.ua', 'meta.ua'] },
  si: { m: ['Luka', 'Jakob', 'Nik', 'Žan', 'Filip', 'Tim', 'Mark', 'Gal', 'Jan', 'Vid', 'Maks', 'Lovro'],
    f: ['Zala', 'Eva', 'Ema', 'Lana', 'Ajda', 'Neža', 'Sara', 'Hana', 'Julija', 'Maja', 'Brina', 'Lara'],
    last: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Kralj', 'Božič', 'Zupan', 'Hribar'],
    // [poštna številka, pošta, občina]
    places: [['1000', 'Ljubljana', 'Ljubljana'], ['1000', 'Ljubljana', 'Ljubljana'], ['1000', 'Ljubljana', 'Ljubljana'], ['1231', 'Ljubljana - Črnuče', 'Ljubljana'], ['1210', 'Ljubljana - Šentvid', 'Ljubljana'], ['1260', 'Ljubljana - Polje', 'Ljubljana'], ['1234', 'Mengeš', 'Mengeš'], ['1230', 'Domžale', 'Domžale'], ['1215', 'Medvode', 'Medvode'], ['1218', 'Komenda', 'Komenda']],
    street: (r) => `${v.pick(r, ['Dunajska cesta', 'Linhartova cesta', 'Vojkova cesta', 'Ulica bratov Učakar', 'Topniška ulica', 'Kardeljeva ploščad', 'Črtomirova ulica', 'Stara Ježica', 'Tugomerjeva ulica', 'Baragova ulica', 'Gubčeva ulica', 'Pokopališka ulica'])} ${v.int(r, 1, 140)}${r() < 0.15 ? v.pick(r, ['a', 'b', 'c']) : ''}`,
    mob: (r) => `0${v.pick(r, ['40', '41', '31', '51', '30', '70', '68', '64'])} ${d3(r)} ${d3(r)}`,
    mail: ['gmail.com', 'gmail.com', 'siol.net', 't-2.net', 'amis.net', 'yahoo.com'] },
  ro: { m: ['Andrei', 'Alexandru', 'Ștefan', 'Mihai', 'David', 'Matei', 'Luca', 'Radu', 'Vlad', 'Darius', 'Tudor', 'Bogdan'],
    f: ['Maria', 'Ioana', 'Elena', 'Alexandra', 'Andreea', 'Ana', 'Sara', 'Daria', 'Bianca', 'Teodora', 'Raluca', 'Irina'],
    last: ['Popescu', 'Pop', 'Rusu', 'Moldovan', 'Mureșan', 'Câmpean', 'Crișan', 'Sabău', 'Bogdan', 'Oltean', 'Man', 'Ardelean', 'Suciu', 'Bărbos', 'Toma', 'Lazăr'],
    // [cod poștal, localitate, județ]
    places: [['400001', 'Cluj-Napoca', 'Cluj'], ['400129', 'Cluj-Napoca', 'Cluj'], ['400394', 'Cluj-Napoca', 'Cluj'], ['400604', 'Cluj-Napoca', 'Cluj'], ['400478', 'Cluj-Napoca', 'Cluj'], ['400436', 'Cluj-Napoca', 'Cluj'], ['407280', 'Florești', 'Cluj'], ['407035', 'Apahida', 'Cluj'], ['407055', 'Baciu', 'Cluj'], ['407310', 'Gilău', 'Cluj'], ['405200', 'Dej', 'Cluj'], ['545400', 'Sighișoara', 'Mureș']],
    street: (r) => `${v.pick(r, ['Str. Memorandumului', 'Str. Horea', 'Calea Dorobanților', 'Str. Observatorului', 'Str. Fabricii', 'Bd. 21 Decembrie 1989', 'Str. Moților', 'Calea Florești', 'Str. Donath', 'Str. Primăverii', 'Aleea Detunata', 'Str. Teilor'])} nr. ${v.int(r, 1, 140)}${r() < 0.45 ? `, bl. ${v.pick(r, ['A', 'B', 'C', 'D', 'E'])}${v.int(r, 1, 9)}, ap. ${v.int(r, 1, 60)}` : ''}`,
    mob: (r) => `07${v.pick(r, ['22', '23', '24', '26', '28', '40', '42', '44', '45', '46', '47', '48', '49', '52', '55', '56'])} ${d3(r)} ${d3(r)}`,
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.ro', 'hotmail.com'] },
  bg: { m: ['Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Александър', 'Мартин', 'Христо', 'Стефан', 'Тодор', 'Васил', 'Калоян'],
    f: ['Мария', 'Елена', 'Иванка', 'Десислава', 'Гергана', 'Милена', 'Радостина', 'Виктория', 'Теодора', 'Ивета', 'Надежда', 'Силвия'],
    last: [['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Петров', 'Петрова'], ['Николов', 'Николова'], ['Христов', 'Христова'], ['Стоянов', 'Стоянова'], ['Тодоров', 'Тодорова'], ['Колев', 'Колева'], ['Атанасов', 'Атанасова'], ['Ангелов', 'Ангелова'], ['Костадинов', 'Костадинова']],
    // [пощенски код, град, област]
    places: [['4000', 'Пловдив', 'Пловдив'], ['4002', 'Пловдив', 'Пловдив'], ['4004', 'Пловдив', 'Пловдив'], ['4023', 'Пловдив', 'Пловдив'], ['4003', 'Пловдив', 'Пловдив'], ['1000', 'София', 'София (столица)'], ['1700', 'София', 'София (столица)'], ['1407', 'София', 'София (столица)'], ['9000', 'Варна', 'Варна'], ['8000', 'Бургас', 'Бургас'], ['6000', 'Стара Загора', 'Стара Загора'], ['5000', 'Велико Търново', 'Велико Търново'], ['7000', 'Русе', 'Русе'], ['4400', 'Пазарджик', 'Пазарджик'], ['4230', 'Асеновград', 'Пловдив']],
    street: (r) => (r() < 0.3 ? `ж.к. „${v.pick(r, ['Тракия', 'Смирненски', 'Изгрев', 'Младост', 'Люлин', 'Кършияка'])}“ бл. ${v.int(r, 1, 240)}, вх. ${v.pick(r, ['А', 'Б', 'В', 'Г'])}, ап. ${v.int(r, 1, 80)}` : `${v.pick(r, ['ул. „Гладстон“', 'бул. „Васил Априлов“', 'ул. „Капитан Райчо“', 'бул. „Христо Ботев“', 'ул. „Раковски“', 'бул. „Руски“', 'ул. „Иван Вазов“', 'бул. „Марица“', 'ул. „Цар Симеон“'])} ${v.int(r, 1, 160)}`),
    mob: (r) => `08${v.pick(r, ['7', '8', '9'])}${v.int(r, 0, 9)} ${d3(r)} ${d3(r)}`,
    mail: ['abv.bg', 'abv.bg', 'gmail.com', 'gmail.com', 'mail.bg', 'yahoo.com', 'dir.bg'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m)
  const lp = v.pick(r, L.last), last = Array.isArray(lp) ? lp[female ? 1 : 0] : lp
  const pl = v.pick(r, L.places)
  const sep = v.pick(r, ['.', '.', '', '_'])
  const tr = cc === 'ua' ? TR_UK : TR_BG
  const fl = cc === 'ua' || cc === 'bg' ? lat(first, tr) : v.slug(first), ll = cc === 'ua' || cc === 'bg' ? lat(last, tr) : v.slug(last)
  const fa = L.fathers ? v.pick(r, L.fathers) : null
  return { female, first, last, pl, street: L.street ? L.street(r) : '', mobile: L.mob(r), patronymic: fa ? fa[female ? 2 : 1] : '',
    mail: `${r() < 0.2 ? fl[0] : fl}${sep}${ll}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`, fl, ll,
    birth: Date.UTC(1960, 0, 1) + Math.floor(r() * 42 * 365) * day, k: v.int(r, 0, 99999), k2: v.int(r, 0, 99999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const hu = (c) => who(c, 'hu')
const cz = (c) => who(c, 'cz')
const pl = (c) => who(c, 'pl')
const ua = (c) => who(c, 'ua')
const si = (c) => who(c, 'si')
const ro = (c) => who(c, 'ro')
const bg = (c) => who(c, 'bg')

// ---------------------------------------------------------------- guests and travellers from abroad (hotel, travel agency)
// [code, male first names, female first names, [male, female] last names, phone prefix, local-number shape, mail domains, [postcode, city, street]]
const INTL = {
  CZ: [['Jan', 'Petr', 'Tomáš', 'Martin', 'Jiří'], ['Jana', 'Petra', 'Lucie', 'Tereza', 'Eva'], [['Novák', 'Nováková'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková']], '+420', (r) => `${v.pick(r, ['602', '604', '724', '737', '777'])} ${d3(r)} ${d3(r)}`, ['seznam.cz', 'email.cz', 'gmail.com'], [['140 00', 'Praha 4', 'Budějovická 12'], ['612 00', 'Brno', 'Palackého tř. 88'], ['301 00', 'Plzeň', 'Klatovská 41']]],
  DE: [['Lukas', 'Jonas', 'Stefan', 'Michael', 'Thomas'], ['Anna', 'Lea', 'Sabine', 'Julia', 'Katrin'], [['Müller', 'Müller'], ['Schmidt', 'Schmidt'], ['Weber', 'Weber'], ['Becker', 'Becker'], ['Hoffmann', 'Hoffmann'], ['Wagner', 'Wagner']], '+49', (r) => `${v.pick(r, ['151', '160', '170', '176'])} ${v.int(r, 1000000, 99999999)}`, ['gmx.de', 'web.de', 'gmail.com', 't-online.de'], [['80331', 'München', 'Sendlinger Str. 7'], ['90402', 'Nürnberg', 'Königstraße 30'], ['93047', 'Regensburg', 'Maximilianstraße 14'], ['01067', 'Dresden', 'Wilsdruffer Str. 22']]],
  AT: [['Florian', 'Markus', 'Andreas', 'Christian'], ['Lisa', 'Sarah', 'Katharina', 'Verena'], [['Gruber', 'Gruber'], ['Huber', 'Huber'], ['Bauer', 'Bauer'], ['Wagner', 'Wagner'], ['Pichler', 'Pichler']], '+43', (r) => `${v.pick(r, ['664', '676', '650', '699'])} ${v.int(r, 1000000, 9999999)}`, ['gmx.at', 'aon.at', 'gmail.com'], [['1070', 'Wien', 'Neubaugasse 18'], ['4020', 'Linz', 'Landstraße 40'], ['8010', 'Graz', 'Herrengasse 9']]],
  PL: [['Piotr', 'Tomasz', 'Michał', 'Paweł'], ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka'], [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Zieliński', 'Zielińska']], '+48', (r) => `${v.pick(r, ['501', '600', '691', '787'])} ${d3(r)} ${d3(r)}`, ['wp.pl', 'o2.pl', 'gmail.com', 'onet.pl'], [['30-059', 'Kraków', 'ul. Karmelicka 21'], ['50-340', 'Wrocław', 'ul. Sienkiewicza 9'], ['00-511', 'Warszawa', 'ul. Marszałkowska 84']]],
  SK: [['Peter', 'Martin', 'Juraj', 'Marek'], ['Zuzana', 'Katarína', 'Lucia', 'Jana'], [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová']], '+421', (r) => `${v.pick(r, ['905', '908', '915', '944'])} ${d3(r)} ${d3(r)}`, ['azet.sk', 'gmail.com', 'zoznam.sk'], [['811 01', 'Bratislava', 'Obchodná 33'], ['040 01', 'Košice', 'Hlavná 60']]],
  NL: [['Daan', 'Bram', 'Jeroen', 'Sander'], ['Sanne', 'Femke', 'Lotte', 'Anouk'], [['de Jong', 'de Jong'], ['Jansen', 'Jansen'], ['de Vries', 'de Vries'], ['Bakker', 'Bakker'], ['Visser', 'Visser']], '+31', (r) => `6 ${v.int(r, 10000000, 99999999)}`, ['gmail.com', 'ziggo.nl', 'kpnmail.nl'], [['3511 LN', 'Utrecht', 'Oudegracht 150'], ['1012 AB', 'Amsterdam', 'Damrak 70']]],
  GB: [['James', 'Oliver', 'Daniel', 'Thomas'], ['Emily', 'Sophie', 'Charlotte', 'Hannah'], [['Smith', 'Smith'], ['Jones', 'Jones'], ['Taylor', 'Taylor'], ['Brown', 'Brown'], ['Walker', 'Walker']], '+44', (r) => `7${v.int(r, 100, 999)} ${pad(v.int(r, 0, 999999), 6)}`, ['gmail.com', 'hotmail.co.uk', 'btinternet.com'], [['BS6 5QA', 'Bristol', '12 Cotham Hill'], ['M20 2LN', 'Manchester', '48 Burton Road'], ['EH10 4BF', 'Edinburgh', '7 Morningside Road']]],
  FR: [['Louis', 'Hugo', 'Julien', 'Nicolas'], ['Camille', 'Léa', 'Manon', 'Chloé'], [['Martin', 'Martin'], ['Bernard', 'Bernard'], ['Dubois', 'Dubois'], ['Moreau', 'Moreau']], '+33', (r) => `${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['orange.fr', 'free.fr', 'gmail.com'], [['69002', 'Lyon', '14 rue Mercière'], ['75011', 'Paris', '52 rue Oberkampf']]],
  IT: [['Marco', 'Luca', 'Andrea', 'Matteo'], ['Giulia', 'Chiara', 'Francesca', 'Sara'], [['Rossi', 'Rossi'], ['Russo', 'Russo'], ['Bianchi', 'Bianchi'], ['Romano', 'Romano']], '+39', (r) => `3${v.int(r, 20, 49)} ${v.int(r, 1000000, 9999999)}`, ['libero.it', 'gmail.com', 'virgilio.it'], [['20121', 'Milano', 'Via Dante 12'], ['40121', 'Bologna', 'Via Indipendenza 40']]],
  SI: [['Luka', 'Matej', 'Žiga', 'Rok'], ['Nina', 'Eva', 'Maja', 'Tina'], [['Novak', 'Novak'], ['Horvat', 'Horvat'], ['Krajnc', 'Krajnc'], ['Kovačič', 'Kovačič']], '+386', (r) => `${v.pick(r, ['40', '41', '31', '51'])} ${d3(r)} ${d3(r)}`, ['gmail.com', 'siol.net'], [['1000', 'Ljubljana', 'Slovenska cesta 30'], ['2000', 'Maribor', 'Partizanska cesta 12']]],
  HR: [['Ivan', 'Marko', 'Josip', 'Ante', 'Luka'], ['Ana', 'Ivana', 'Petra', 'Martina', 'Marija'], [['Horvat', 'Horvat'], ['Kovačević', 'Kovačević'], ['Babić', 'Babić'], ['Jurić', 'Jurić'], ['Marić', 'Marić'], ['Knežević', 'Knežević']], '+385', (r) => `${v.pick(r, ['91', '92', '95', '97', '98', '99'])} ${d3(r)} ${d4(r)}`, ['gmail.com', 'net.hr', 't-com.hr'], [['10000', 'Zagreb', 'Ilica 112'], ['51000', 'Rijeka', 'Korzo 18'], ['31000', 'Osijek', 'Europska avenija 7']]],
  US: [['Michael', 'David', 'Ryan', 'Chris'], ['Jessica', 'Ashley', 'Sarah', 'Emily'], [['Johnson', 'Johnson'], ['Miller', 'Miller'], ['Davis', 'Davis'], ['Anderson', 'Anderson']], '+1', (r) => `${v.int(r, 201, 989)} ${v.int(r, 201, 989)} ${d4(r)}`, ['gmail.com', 'yahoo.com', 'outlook.com'], [['60614', 'Chicago', '2150 N Lincoln Ave'], ['98103', 'Seattle', '3601 Fremont Ave N']]],
}
const CNAME = {
  cs: { CZ: 'Česká republika', DE: 'Německo', AT: 'Rakousko', PL: 'Polsko', SK: 'Slovensko', NL: 'Nizozemsko', GB: 'Spojené království', FR: 'Francie', IT: 'Itálie', SI: 'Slovinsko', HR: 'Chorvatsko', US: 'Spojené státy americké' },
  hr: { CZ: 'Češka', DE: 'Njemačka', AT: 'Austrija', PL: 'Poljska', SK: 'Slovačka', NL: 'Nizozemska', GB: 'Ujedinjeno Kraljevstvo', FR: 'Francuska', IT: 'Italija', SI: 'Slovenija', HR: 'Hrvatska', US: 'Sjedinjene Američke Države' },
}
const guestMemo = new Map()
// a traveller from one of `mix` (country codes, repeated for weight)
const guest = (c, mix, salt) => {
  const key = `${salt}|${c.id}|${c.first}|${c.last}`
  if (guestMemo.has(key)) return guestMemo.get(key)
  const r = seeded(c, salt), cc = v.pick(r, mix), [m, f, lasts, pre, num, mails, addrs] = INTL[cc], female = r() < 0.5
  const first = v.pick(r, female ? f : m), last = v.pick(r, lasts)[female ? 1 : 0], adr = v.pick(r, addrs)
  const g = { cc, female, first, last, phone: `${pre} ${num(r)}`, adr,
    mail: `${v.slug(first)}${v.pick(r, ['.', '', '_', '.'])}${v.slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, mails)}` }
  guestMemo.set(key, g)
  return g
}

// ---------------------------------------------------------------- 1. UNAS order export (HU, E)
// a Szeged maker of natural soaps and cosmetics selling through its UNAS webshop; one row per order item, prices gross
// in HUF (27 % VAT included), free delivery over 15 000 Ft
// [cikkszám, termék, bruttó egységár, kategória]
const UN_ITEM = [['LM-SZ-001', 'Levendulás kecsketejes szappan 100 g', 1490, 'Szappanok'], ['LM-SZ-014', 'Aktív szenes arctisztító szappan 90 g', 1690, 'Szappanok'], ['LM-KR-003', 'Csipkebogyós arckrém 50 ml', 4990, 'Arcápolás'],
  ['LM-OL-007', 'Argánolajos hajolaj 30 ml', 3490, 'Hajápolás'], ['LM-TV-002', 'Shea vajas testvaj 200 ml', 3990, 'Testápolás'], ['LM-AJ-010', 'Ajándékcsomag – Levendulakert', 8990, 'Ajándékcsomagok'],
  ['LM-SA-005', 'Szilárd sampon – csalán és rozmaring', 2490, 'Hajápolás'], ['LM-DE-001', 'Natúr dezodorkrém – citromfű 50 g', 2290, 'Testápolás']]
// [szállítási mód, díj]
const UN_SHIP = [['GLS futárszolgálat', 1490], ['Foxpost csomagautomata', 990], ['MPL házhoz szállítás', 1590], ['GLS futárszolgálat', 1490], ['Foxpost csomagautomata', 990], ['Személyes átvétel – Szeged, Kárász utca', 0]]
const UN_PAY = ['Bankkártyás fizetés (Barion)', 'Utánvét', 'Bankkártyás fizetés (Barion)', 'Előre utalás', 'Bankkártyás fizetés (Barion)', 'Utánvét']
const UN_ST = ['Teljesítve', 'Teljesítve', 'Teljesítve', 'Szállítás alatt', 'Feldolgozás alatt', 'Teljesítve', 'Visszamondva', 'Új', 'Teljesítve']
const unI = (o) => row(UN_ITEM, n(o) % 8)
const unQ = (o) => 1 + ((n(o) >> 3) % 5 === 0 ? 2 : (n(o) >> 3) % 3 === 0 ? 1 : 0)
const unSub = (o) => unI(o)[2] * unQ(o)
const unShip = (o) => row(UN_SHIP, (n(o) >> 1) % 6)
const unShipFee = (o) => (unSub(o) >= 15000 ? 0 : unShip(o)[1])
const unPickup = (o) => unShip(o)[1] === 0 && unShip(o)[0].startsWith('Személyes')
const unPay = (o) => (unPickup(o) ? 'Készpénz átvételkor' : row(UN_PAY, (n(o) >> 2) % 6))
const unCoupon = (o) => (n(o) % 7 === 0 ? 'TAVASZ10' : n(o) % 11 === 0 ? 'HIRLEVEL500' : '')
const unDisc = (o) => (unCoupon(o) === 'TAVASZ10' ? Math.round(unSub(o) * 0.1) : unCoupon(o) ? 500 : 0)
const unTotal = (o) => unSub(o) - unDisc(o) + unShipFee(o)
const unSt = (o) => row(UN_ST, (n(o) >> 2) % 9)
const unAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 13, 120, 7, 23, 1)
const unDT = (ms) => { const p = cet(ms); return `${p.y}.${pad(p.m)}.${pad(p.d)} ${hms(p)}` }
const unName = (c) => `${hu(c).last} ${hu(c).first}`
const unCo = (c) => (n(c) % 10 === 0 ? row(['Zöldág Kozmetika Kft.', 'Napfény Szépségszalon Bt.', 'Tisza Wellness Kft.'], n(c) % 3) : '')
const unTrk = (o) => { const r = v.rng(hash(`un${o.id}`)); const s = unShip(o)[0]; return s.startsWith('GLS') ? v.digits(r, 11) : s.startsWith('Foxpost') ? `CLFOX${v.digits(r, 10)}` : s.startsWith('MPL') ? `JJH30A${v.digits(r, 8)}${v.digits(r, 6)}` : '' }
const SET_UN = { name: 'unas-rendelesek-natur-kozmetikum-hu', product: 'UNAS (Rendelések > Rendelések exportálása (CSV), one row per order item, Hungarian admin UI, a Szeged natural soap and cosmetics maker\'s webshop, Europe/Budapest, HUF gross prices)', family: 'ecommerce-orders', language: 'hu', schema: E, cols: [
  ['Rendelés azonosító', (c, o) => `LM-${pad(24000 + (n(o) * 37) % 9000, 5)}`, ['_id', OR('purchaseID')]],
  ['Dátum', (c, o) => unDT(unAt(o)), ['timestamp', OR('createdDate')]],
  ['Állapot', (c, o) => unSt(o), [], opt],
  ['Vevő neve', (c) => unName(c), []],
  ['Vevő e-mail címe', (c) => hu(c).mail, EMAIL_ID],
  ['Vevő telefonszáma', (c) => hu(c).mobile, PHONE_ID],
  ['Számlázási név', (c) => unCo(c) || unName(c), []],
  ['Számlázási ország', () => 'Magyarország', [BILL('country')]],
  ['Számlázási irányítószám', (c) => hu(c).pl[0], [BILL('postalCode')]],
  ['Számlázási város', (c) => hu(c).pl[1], [BILL('city')]],
  ['Számlázási cím', (c) => hu(c).street, [BILL('street1')]],
  ['Adószám', (c) => (unCo(c) ? `${pad(10000000 + (n(c) * 7919) % 89999999, 8)}-2-${row(['06', '13', '41'], n(c) % 3)}` : ''), []],
  ['Szállítási név', (c, o) => (unPickup(o) ? '' : unName(c)), []],
  ['Szállítási ország', (c, o) => (unPickup(o) ? '' : 'Magyarország'), [SHIP('country')]],
  ['Szállítási irányítószám', (c, o) => (unPickup(o) ? '' : hu(c).pl[0]), [SHIP('postalCode')]],
  ['Szállítási város', (c, o) => (unPickup(o) ? '' : hu(c).pl[1]), [SHIP('city')]],
  ['Szállítási cím', (c, o) => (unPickup(o) ? '' : hu(c).street), [SHIP('street1')]],
  ['Szállítási mód', (c, o) => unShip(o)[0], ['commerce.shipping.shippingMethod']],
  ['Fizetési mód', (c, o) => unPay(o), [PAYTYPE]],
  ['Cikkszám', (c, o) => unI(o)[0], [PL('SKU')]],
  ['Termék neve', (c, o) => unI(o)[1], [PL('name')]],
  ['Kategória', (c, o) => unI(o)[3], [PL('productCategories[0].categoryName')], opt],
  ['Mennyiség', (c, o) => String(unQ(o)), [PL('quantity')]],
  ['Egységár (bruttó)', (c, o) => String(unI(o)[2]), [PL('priceTotal')], opt],
  ['Szállítási díj', (c, o) => String(unShipFee(o)), ['commerce.shipping.shippingAmount']],
  ['Kuponkód', (c, o) => unCoupon(o), ['commerce.promotionID'], opt],
  ['Kedvezmény', (c, o) => String(unDisc(o)), [OR('discountAmount')]],
  ['Végösszeg', (c, o) => String(unTotal(o)), [OR('priceTotal')]],
  ['Pénznem', () => 'HUF', [OR('currencyCode')]],
  ['Csomagszám', (c, o) => (['Teljesítve', 'Szállítás alatt'].includes(unSt(o)) ? unTrk(o) : ''), ['commerce.shipping.trackingNumber']],
  ['Megjegyzés', (c, o) => row(['', '', 'Kérem, csengessen kétszer!', '', 'Ajándékba lesz, számlát ne tegyenek a csomagba.', '', '', 'Délután 4 után vagyok otthon.'], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 2. Previo reservation list (CZ, E)
// a 9-room riverside guesthouse in Český Krumlov: Czech, German, Austrian, Dutch and Polish guests; prices in CZK or
// EUR, breakfast by plan
// [typ pokoje, cena za noc v Kč, pokoje]
const PV_ROOM = [['Dvoulůžkový pokoj Standard', 1890, ['1', '2', '3']], ['Dvoulůžkový pokoj s výhledem na řeku', 2490, ['4', '5']], ['Rodinný apartmán', 3490, ['6', '7']], ['Jednolůžkový pokoj', 1390, ['8']], ['Podkrovní studio', 2190, ['9']]]
const PV_SRC = ['Booking.com', 'Booking.com', 'Booking.com', 'Web – rezervační formulář', 'Telefon', 'Expedia', 'E-mail', 'Airbnb', 'Booking.com', 'Slevomat']
const PV_PLAN = ['Flexibilní se snídaní', 'Nevratná se snídaní', 'Flexibilní bez snídaně', 'Flexibilní se snídaní', 'Last minute']
const PV_MIX = ['CZ', 'CZ', 'CZ', 'CZ', 'CZ', 'DE', 'DE', 'DE', 'AT', 'AT', 'NL', 'PL', 'SK', 'GB', 'US']
const pvG = (c) => guest(c, PV_MIX, 'pv')
const pvR = (o) => row(PV_ROOM, [0, 0, 1, 2, 0, 1, 3, 4, 0, 2][n(o) % 10])
const pvN = (o) => 1 + (n(o) >> 2) % 4
const pvSrc = (o) => row(PV_SRC, (n(o) >> 1) % 10)
const pvPlan = (o) => (pvSrc(o) === 'Slevomat' ? 'Pobytový balíček Slevomat' : row(PV_PLAN, (n(o) >> 3) % 5))
const pvEur = (o, c) => pvSrc(o) === 'Booking.com' && pvG(c).cc !== 'CZ' && n(o) % 3 === 0
const pvCzk = (o) => Math.round(pvR(o)[1] * pvN(o) * (pvPlan(o).startsWith('Nevratná') ? 0.9 : pvPlan(o).includes('bez') ? 0.88 : 1))
const pvPrice = (o, c) => (pvEur(o, c) ? Math.round(pvCzk(o) / 25.1) : pvCzk(o))
const pvBooked = (o) => biz(Date.UTC(2025, 0, 6), n(o) * 29, 150, 7, 23, 1)
const pvArr = (o) => { const p = cet(pvBooked(o) + (2 + (n(o) * 7) % 75) * day); return Date.UTC(p.y, p.m - 1, p.d) }
const PV_TODAY = Date.UTC(2025, 5, 20)
const pvSt = (o) => (n(o) % 13 === 0 ? 'Stornovaná' : n(o) % 17 === 0 ? 'Opce' : pvArr(o) + pvN(o) * day <= PV_TODAY ? 'Odjetý' : pvArr(o) <= PV_TODAY ? 'Ubytovaný' : 'Potvrzená')
const pvPaid = (o, c) => (pvSt(o) === 'Stornovaná' || pvSt(o) === 'Opce' ? 0 : pvSt(o) === 'Odjetý' || pvPlan(o).startsWith('Nevratná') || pvSrc(o) === 'Slevomat' ? pvPrice(o, c) : n(o) % 3 === 0 ? Math.round(pvPrice(o, c) * 0.3) : 0)
const pvPay = (o, c) => (pvPaid(o, c) === 0 ? '' : pvSrc(o) === 'Expedia' || (pvSrc(o) === 'Booking.com' && pvPlan(o).startsWith('Nevratná')) ? 'Virtuální karta (OTA)' : pvSrc(o) === 'Slevomat' ? 'Voucher' : row(['Platební karta', 'Hotově', 'Převodem na účet', 'Platební karta'], n(o) % 4))
const csDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const csD = (ms) => dmy(shift(ms, 0))
const pvMoney = (x) => thou(x, ' ', ',')
const SET_PV = { name: 'previo-prehled-rezervaci-penzion-krumlov-cz', product: 'Previo (Přehled rezervací > Export do Excelu, one row per reservation, Czech UI, a nine-room riverside guesthouse in Český Krumlov, Europe/Prague, CZK and EUR)', family: 'booking', language: 'cs', schema: E, cols: [
  ['Číslo rezervace', (c, o) => String(18400000 + (n(o) * 7919) % 900000), ['_id', OR('purchaseID')]],
  ['Stav', (c, o) => pvSt(o), [], opt],
  ['Vytvořeno', (c, o) => csDT(pvBooked(o)), ['timestamp', OR('createdDate')]],
  ['Příjezd', (c, o) => csD(pvArr(o)), []],
  ['Odjezd', (c, o) => csD(pvArr(o) + pvN(o) * day), []],
  ['Nocí', (c, o) => String(pvN(o)), [PL('quantity')], opt],
  ['Typ pokoje', (c, o) => pvR(o)[0], [PL('name')], opt],
  ['Pokoj', (c, o) => row(pvR(o)[2], n(o) >> 4), []],
  ['Dospělí', (c, o) => String(pvR(o)[0].startsWith('Jedno') ? 1 : 2), []],
  ['Děti', (c, o) => String(pvR(o)[0].startsWith('Rodinný') ? 1 + n(o) % 2 : 0), []],
  ['Host', (c) => `${pvG(c).last} ${pvG(c).first}`, []],
  ['E-mail', (c, o) => (pvSrc(o) === 'Booking.com' ? `${v.slug(pvG(c).first)}${v.slug(pvG(c).last).slice(0, 4)}.${pad((n(o) * 31) % 1000, 3)}@guest.booking.com` : pvSrc(o) === 'Telefon' && n(o) % 2 ? '' : pvG(c).mail), EMAIL_ID],
  ['Telefon', (c) => pvG(c).phone, PHONE_ID],
  ['Země', (c) => CNAME.cs[pvG(c).cc], [BILL('country')], opt],
  ['Firma', (c, o) => (n(o) % 15 === 0 ? row(['Jihočeské stavby s.r.o.', 'Siemens AG', 'Krumlov Tours s.r.o.'], n(c) % 3) : ''), []],
  ['Zdroj', (c, o) => pvSrc(o), [], opt],
  ['Číslo rezervace partnera', (c, o) => (pvSrc(o) === 'Booking.com' ? String(4000000000 + (n(o) * 104729) % 900000000) : pvSrc(o) === 'Expedia' ? String(2100000000 + (n(o) * 7717) % 90000000) : pvSrc(o) === 'Airbnb' ? `HM${v.alnum(v.rng(n(o) + 11), 8).toUpperCase()}` : pvSrc(o) === 'Slevomat' ? `SLV-${pad((n(o) * 613) % 1000000, 6)}` : ''), [OR('purchaseID')], opt],
  ['Cenový plán', (c, o) => pvPlan(o), []],
  ['Strava', (c, o) => (pvPlan(o).includes('bez') || pvPlan(o) === 'Last minute' ? 'Bez stravy' : 'Snídaně'), []],
  ['Cena celkem', (c, o) => pvMoney(pvPrice(o, c)), [OR('priceTotal')]],
  ['Měna', (c, o) => (pvEur(o, c) ? 'EUR' : 'CZK'), [OR('currencyCode')]],
  ['Uhrazeno', (c, o) => pvMoney(pvPaid(o, c)), [PAYAMT], opt],
  ['Zbývá uhradit', (c, o) => pvMoney(pvSt(o) === 'Stornovaná' ? 0 : pvPrice(o, c) - pvPaid(o, c)), []],
  ['Forma úhrady', (c, o) => pvPay(o, c), [PAYTYPE]],
  ['Poplatek z pobytu', (c, o) => pvMoney((pvR(o)[0].startsWith('Jedno') ? 1 : 2) * pvN(o) * 50), [], opt],
  ['Datum storna', (c, o) => (pvSt(o) === 'Stornovaná' ? csDT(pvBooked(o) + (3 + n(o) % 20) * day + 3600000 * (n(o) % 7)) : ''), [OR('cancelDate')]],
  ['Poznámka', (c, o) => row(['', '', 'Příjezd kolem 21:00', '', 'Parkování pro 1 auto', '', 'Dětská postýlka', '', 'Bezlepková snídaně'], n(o) % 9), []],
] }

// ---------------------------------------------------------------- 3. Tpay transaction list (PL, E)
// a Poznań online board-game and puzzle shop (WooCommerce) taking BLIK, pay-by-link and card payments through Tpay
const TP_CH = ['BLIK', 'BLIK', 'BLIK', 'mTransfer (mBank)', 'Płacę z iPKO', 'Karta płatnicza', 'Google Pay', 'Pekao24Przelew', 'Przelew z ING', 'Apple Pay', 'Santander', 'BLIK']
const TP_AMT = [89.99, 139.9, 219.0, 64.5, 349.99, 119.0, 179.8, 42.9, 259.0, 99.99]
const tpCh = (o) => row(TP_CH, (n(o) >> 1) % 12)
const tpAmt = (o) => row(TP_AMT, n(o) % 10) + (n(o) % 4 === 0 ? 0 : 14.99)
const tpSt = (o) => row(['Poprawna', 'Poprawna', 'Poprawna', 'Poprawna', 'Oczekująca', 'Poprawna', 'Błędna', 'Poprawna', 'Zwrot częściowy', 'Poprawna', 'Poprawna', 'Zwrot'], (n(o) >> 2) % 12)
const tpPaid = (o) => ['Poprawna', 'Zwrot', 'Zwrot częściowy'].includes(tpSt(o))
const tpRef = (o) => (tpSt(o) === 'Zwrot' ? tpAmt(o) : tpSt(o) === 'Zwrot częściowy' ? row(TP_AMT, (n(o) + 3) % 10) / 2 : 0)
const tpAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 11, 90, 6, 24, 1)
const tpPaidAt = (o) => tpAt(o) + (tpCh(o) === 'BLIK' || tpCh(o).endsWith('Pay') ? 20 + n(o) % 90 : 60 + (n(o) * 7) % 600) * 1000
const plDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }
const tpOrder = (o) => 18000 + (n(o) * 7) % 6000
const tpId = (o) => { const r = v.rng(hash(`tp${o.id}`)); return `TR-${v.alnum(r, 3).toUpperCase()}-${v.alnum(r, 7).toUpperCase()}` }
const plC = (x) => dec(x, ',')
const SET_TP = { name: 'tpay-lista-transakcji-sklep-planszowki-pl', product: 'Tpay (Panel Akceptanta > Transakcje > Eksport do CSV, one row per transaction, Polish UI, a Poznań online board-game shop on WooCommerce, Europe/Warsaw, PLN)', family: 'payments', language: 'pl', schema: E, cols: [
  ['ID transakcji', (c, o) => tpId(o), [PAYID, '_id']],
  ['Data utworzenia', (c, o) => plDT(tpAt(o)), ['timestamp', OR('createdDate')]],
  ['Data zapłaty', (c, o) => (tpPaid(o) ? plDT(tpPaidAt(o)) : ''), ['timestamp'], opt],
  ['Status', (c, o) => tpSt(o), [], opt],
  ['Kwota', (c, o) => plC(tpAmt(o)), [PAYAMT, OR('priceTotal')]],
  ['Kwota zapłacona', (c, o) => plC(tpPaid(o) ? tpAmt(o) : 0), [PAYAMT], opt],
  ['Waluta', () => 'PLN', [PAYCUR, OR('currencyCode')]],
  ['Opis', (c, o) => `Zamówienie nr ${tpOrder(o)} - Planszówkowo.pl`, [], opt],
  ['Dane dodatkowe (CRC)', (c, o) => String(tpOrder(o)), [OR('purchaseID')], opt],
  ['Kanał płatności', (c, o) => tpCh(o), [PAYTYPE]],
  ['Płatnik', (c) => `${pl(c).first} ${pl(c).last}`, []],
  ['E-mail płatnika', (c) => pl(c).mail, EMAIL_ID],
  ['Telefon płatnika', (c, o) => (n(o) % 3 === 0 ? '' : pl(c).mobile.replace(/ /g, '')), PHONE_ID],
  ['Adres', (c) => pl(c).street, [BILL('street1')]],
  ['Kod pocztowy', (c) => pl(c).pl[0], [BILL('postalCode')]],
  ['Miasto', (c) => pl(c).pl[1], [BILL('city')]],
  ['Kraj', () => 'PL', [BILL('countryCode'), BILL('country')]],
  ['Adres IP płatnika', (c, o) => { const r = v.rng(hash(`tpip${c.id}`)); return `${v.pick(r, ['83.24', '89.64', '31.0', '188.146', '46.205', '95.160'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }, ['environment.ipV4']],
  ['Prowizja', (c, o) => plC(tpPaid(o) ? Math.max(0.35, tpAmt(o) * (tpCh(o) === 'Karta płatnicza' || tpCh(o).endsWith('Pay') ? 0.0149 : 0.0119)) : 0), []],
  ['Kwota zwrotu', (c, o) => plC(tpRef(o)), ['commerce.order.refunds[0].refundAmount', OR('refundTotal')]],
  ['Data zwrotu', (c, o) => (tpRef(o) ? plDT(tpPaidAt(o) + (2 + n(o) % 12) * day) : ''), [], opt],
] }

// ---------------------------------------------------------------- 4. Horoshop order export (UA, E)
// a Lviv children's-clothing shop shipping across Ukraine by Nova Poshta and Ukrposhta; one row per order item, UAH
// [артикул, назва, ціна, категорія]
const HS_ITEM = [['KD-BOD-068', 'Боді бавовняне з довгим рукавом, 68 см', 289, 'Боді'], ['KD-KMB-074', 'Комбінезон флісовий «Ведмежа», 74 см', 749, 'Комбінезони'], ['KD-SHT-092', 'Штани трикотажні з начосом, 92 см', 399, 'Штани'],
  ['KD-PLT-110', 'Сукня муслінова «Ромашка», 110 см', 659, 'Сукні'], ['KD-SHP-052', 'Шапка в\'язана з помпоном, 52 см', 349, 'Головні убори'], ['KD-PJM-104', 'Піжама «Зоряне небо», 104 см', 529, 'Піжами'],
  ['KD-KRT-128', 'Куртка демісезонна, 128 см', 1490, 'Верхній одяг'], ['KD-NSK-3P', 'Шкарпетки, набір 3 пари', 189, 'Шкарпетки']]
const HS_DEL = ['Нова Пошта (відділення)', 'Нова Пошта (відділення)', 'Нова Пошта (поштомат)', 'Нова Пошта (кур\'єр)', 'Укрпошта', 'Нова Пошта (відділення)', 'Самовивіз (Львів, вул. Зелена, 14)']
const HS_PAY = ['Накладений платіж', 'Оплата карткою онлайн (LiqPay)', 'Накладений платіж', 'Monobank Pay', 'Оплата на рахунок ФОП', 'Оплата карткою онлайн (LiqPay)']
const HS_ST = ['Виконано', 'Виконано', 'Відправлено', 'Виконано', 'Новий', 'Підтверджено', 'Виконано', 'Скасовано', 'Виконано', 'Повернення']
const hsI = (o) => row(HS_ITEM, n(o) % 8)
const hsQ = (o) => 1 + ((n(o) >> 3) % 4 === 0 ? 1 : 0)
const hsDel = (o) => row(HS_DEL, (n(o) >> 1) % 7)
const hsPickup = (o) => hsDel(o).startsWith('Самовивіз')
const hsPay = (o) => (hsPickup(o) ? 'Оплата при отриманні' : row(HS_PAY, (n(o) >> 2) % 6))
const hsSt = (o) => row(HS_ST, (n(o) >> 2) % 10)
const hsSub = (o) => hsI(o)[2] * hsQ(o)
const hsPromo = (o) => (n(o) % 9 === 0 ? 'MALYUK10' : n(o) % 14 === 0 ? 'VESNA100' : '')
const hsDisc = (o) => (hsPromo(o) === 'MALYUK10' ? Math.round(hsSub(o) * 0.1) : hsPromo(o) ? 100 : 0)
const hsShipFee = (o) => (hsPickup(o) || hsSub(o) >= 1500 ? 0 : hsDel(o) === 'Укрпошта' ? 55 : hsDel(o).includes('кур') ? 120 : 80)
const hsAt = (o) => biz(Date.UTC(2025, 1, 10), n(o) * 19, 110, 7, 24, 2)
const hsDT = (ms) => { const p = eet(ms); return `${dmy(p)} ${hm(p)}` }
const hsBranch = (c, o) => (hsPickup(o) ? '' : hsDel(o).includes('кур') ? `вул. ${row(['Шевченка', 'Городоцька', 'Січових Стрільців', 'Героїв УПА', 'Пасічна', 'Наукова'], n(c) % 6)}, ${1 + n(c) % 90}, кв. ${1 + n(c) % 48}` : hsDel(o) === 'Укрпошта' ? `Відділення ${ua(c).pl[0]}` : hsDel(o).includes('поштомат') ? `Поштомат №${20000 + (n(c) * 7) % 9000}` : `Відділення №${1 + (n(c) * 3) % 120}`)
const hsTtn = (o) => { const r = v.rng(hash(`hs${o.id}`)); return hsDel(o) === 'Укрпошта' ? `0503${v.digits(r, 9)}` : `2045${v.digits(r, 10)}` }
const SET_HS = { name: 'horoshop-zamovlennia-dytiachyi-odiah-lviv-ua', product: 'Horoshop (Замовлення > Експорт замовлень (CSV), one row per order item, Ukrainian admin UI, a Lviv children\'s-clothing shop shipping by Nova Poshta, Europe/Kyiv, UAH)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
  ['Номер замовлення', (c, o) => String(10200 + (n(o) * 13) % 9000), ['_id', OR('purchaseID')]],
  ['Дата створення', (c, o) => hsDT(hsAt(o)), ['timestamp', OR('createdDate')]],
  ['Статус', (c, o) => hsSt(o), [], opt],
  ['Статус оплати', (c, o) => (hsSt(o) === 'Скасовано' ? 'Не оплачено' : hsPay(o).startsWith('Накладений') || hsPay(o) === 'Оплата при отриманні' ? (hsSt(o) === 'Виконано' ? 'Оплачено' : 'Не оплачено') : 'Оплачено'), [], opt],
  ['Прізвище', (c) => ua(c).last, []],
  ['Ім\'я', (c) => ua(c).first, []],
  ['Телефон', (c) => ua(c).mobile, PHONE_ID],
  ['E-mail', (c, o) => (n(o) % 5 === 0 ? '' : ua(c).mail), EMAIL_ID],
  ['Спосіб доставки', (c, o) => hsDel(o), ['commerce.shipping.shippingMethod']],
  ['Область', (c, o) => (hsPickup(o) ? '' : ua(c).pl[2]), STATE(['commerce.shipping.address'])],
  ['Місто', (c, o) => (hsPickup(o) ? 'Львів' : ua(c).pl[1]), [SHIP('city')]],
  ['Відділення / адреса', (c, o) => hsBranch(c, o), [SHIP('street1')], opt],
  ['Спосіб оплати', (c, o) => hsPay(o), [PAYTYPE]],
  ['Артикул', (c, o) => hsI(o)[0], [PL('SKU')]],
  ['Назва товару', (c, o) => hsI(o)[1], [PL('name')]],
  ['Кількість', (c, o) => String(hsQ(o)), [PL('quantity')]],
  ['Ціна', (c, o) => String(hsI(o)[2]), [PL('priceTotal')], opt],
  ['Знижка', (c, o) => String(hsDisc(o)), [OR('discountAmount')]],
  ['Промокод', (c, o) => hsPromo(o), ['commerce.promotionID'], opt],
  ['Вартість доставки', (c, o) => String(hsShipFee(o)), ['commerce.shipping.shippingAmount']],
  ['Сума замовлення', (c, o) => String(hsSub(o) - hsDisc(o) + hsShipFee(o)), [OR('priceTotal')]],
  ['Валюта', () => 'UAH', [OR('currencyCode')]],
  ['ТТН', (c, o) => (['Виконано', 'Відправлено', 'Повернення'].includes(hsSt(o)) && !hsPickup(o) ? hsTtn(o) : ''), ['commerce.shipping.trackingNumber']],
  ['Коментар покупця', (c, o) => row(['', '', 'Передзвоніть, будь ласка, перед відправкою', '', 'Подарункове пакування', '', '', 'Чи можна обміняти розмір?'], n(o) % 8), []],
  ['utm_source', (c, o) => row(['google', 'instagram', '', 'facebook', 'google', '', 'tiktok', 'email'], (n(o) >> 1) % 8), [], opt],
  ['utm_campaign', (c, o) => row(['pmax_kids_spring', 'stories_new_collection', '', 'retarget_cart', 'search_brand', '', 'ugc_pyjamas', 'newsletter_march'], (n(o) >> 1) % 8), ['marketing.campaignName']],
] }

// ---------------------------------------------------------------- 5. Lemax reservation export (HR, E)
// a Split incoming agency selling boat excursions, national-park tours, airport transfers and private apartments to
// foreign tourists; EUR, Croatian UI
// [proizvod, vrsta, odredište, cijena po osobi ili po jedinici, po osobi?]
const LX_PROD = [['Blue Cave & 5 otoka – brzi gliser', 'Izlet', 'Split', 135, true], ['NP Krka – cjelodnevni izlet s ručkom', 'Izlet', 'Šibenik', 89, true], ['Transfer Zračna luka Split – Split centar', 'Transfer', 'Split', 45, false],
  ['Apartman Lavanda A2+2, Hvar', 'Smještaj', 'Hvar', 145, false], ['Ručak na Šolti i Maslinica – polunaručeni brod', 'Izlet', 'Šolta', 110, true], ['Studio apartman Marjan 2+0, Split', 'Smještaj', 'Split', 95, false],
  ['Rafting na Cetini', 'Aktivnost', 'Omiš', 45, true], ['Kuća za odmor Maslina 6+2, Brač', 'Smještaj', 'Bol', 320, false], ['Transfer Split – Makarska', 'Transfer', 'Makarska', 95, false], ['Dubrovnik – cjelodnevni izlet', 'Izlet', 'Dubrovnik', 79, true]]
const LX_CH = ['Web', 'Web', 'GetYourGuide', 'Viator', 'Booking.com', 'Ured – Riva', 'Partner – hotel', 'E-mail', 'Web', 'GetYourGuide']
const LX_MIX = ['DE', 'DE', 'PL', 'PL', 'CZ', 'AT', 'GB', 'GB', 'FR', 'IT', 'NL', 'SI', 'HR', 'US', 'SK']
const lxG = (c) => guest(c, LX_MIX, 'lx')
const lxP = (o) => row(LX_PROD, n(o) % 10)
const lxPax = (o) => (lxP(o)[1] === 'Smještaj' ? 2 + (n(o) >> 3) % 4 : 1 + (n(o) >> 2) % 5)
const lxNights = (o) => (lxP(o)[1] === 'Smještaj' ? 3 + (n(o) >> 4) % 8 : 0)
const lxTotal = (o) => (lxP(o)[4] ? lxP(o)[3] * lxPax(o) : lxP(o)[1] === 'Smještaj' ? lxP(o)[3] * lxNights(o) : lxP(o)[3] * (lxPax(o) > 4 ? 2 : 1))
const lxCh = (o) => row(LX_CH, (n(o) >> 1) % 10)
const lxSt = (o) => row(['Potvrđena', 'Završena', 'Završena', 'Potvrđena', 'Opcija', 'Otkazana', 'Završena', 'Upit', 'Potvrđena', 'Nerealizirana', 'Završena', 'Na čekanju'], (n(o) >> 2) % 12)
const lxPaid = (o) => (['Završena'].includes(lxSt(o)) || (lxSt(o) === 'Potvrđena' && !lxP(o)[1].startsWith('Smje')) || ['GetYourGuide', 'Viator'].includes(lxCh(o)) && !['Upit', 'Otkazana'].includes(lxSt(o)) ? lxTotal(o) : lxSt(o) === 'Potvrđena' ? Math.round(lxTotal(o) * 0.3) : 0)
const lxPay = (o) => (lxPaid(o) === 0 ? '' : ['GetYourGuide', 'Viator', 'Booking.com'].includes(lxCh(o)) ? 'Plaćeno preko partnera' : lxCh(o).startsWith('Ured') ? row(['Gotovina', 'Kartica'], n(o) % 2) : row(['Kartica (CorvusPay)', 'Virman', 'Kartica (CorvusPay)', 'PayPal'], n(o) % 4))
const lxAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 23, 140, 7, 23, 1)
const lxStart = (o) => { const p = cet(lxAt(o) + (1 + (n(o) * 7) % 90) * day); return Date.UTC(p.y, p.m - 1, p.d) }
const hrD = (ms) => `${dmy(shift(ms, 0))}.`
const hrDT = (ms) => { const p = cet(ms); return `${dmy(p)}. ${hm(p)}` }
const eur = (x) => thou(x, '.', ',')
const SET_LX = { name: 'lemax-rezervacije-agencija-split-hr', product: 'Lemax (Rezervacije > Popis rezervacija > Izvoz u Excel, one row per reservation, Croatian UI, a Split incoming agency selling excursions, transfers and private accommodation, Europe/Zagreb, EUR)', family: 'travel', language: 'hr', schema: E, cols: [
  ['Broj rezervacije', (c, o) => `2025-${pad(1000 + (n(o) * 37) % 8000, 5)}`, ['_id', OR('purchaseID')]],
  ['Status', (c, o) => lxSt(o), [], opt],
  ['Datum kreiranja', (c, o) => hrDT(lxAt(o)), ['timestamp', OR('createdDate')]],
  ['Kupac', (c) => `${lxG(c).first} ${lxG(c).last}`, []],
  ['E-mail kupca', (c, o) => (lxCh(o) === 'Viator' ? `S-${v.alnum(v.rng(n(o) + 5), 12).toLowerCase()}@expmessaging.tripadvisor.com` : lxG(c).mail), EMAIL_ID],
  ['Telefon kupca', (c) => lxG(c).phone, PHONE_ID],
  ['Adresa kupca', (c, o) => (['GetYourGuide', 'Viator'].includes(lxCh(o)) ? '' : lxG(c).adr[2]), [BILL('street1')], opt],
  ['Poštanski broj', (c, o) => (['GetYourGuide', 'Viator'].includes(lxCh(o)) ? '' : lxG(c).adr[0]), [BILL('postalCode')], opt],
  ['Grad kupca', (c, o) => (['GetYourGuide', 'Viator'].includes(lxCh(o)) ? '' : lxG(c).adr[1]), [BILL('city')], opt],
  ['Država kupca', (c) => CNAME.hr[lxG(c).cc], [BILL('country')], opt],
  ['Proizvod', (c, o) => lxP(o)[0], [PL('name')]],
  ['Vrsta proizvoda', (c, o) => lxP(o)[1], [PL('productCategories[0].categoryName')], opt],
  ['Odredište', (c, o) => lxP(o)[2], [], opt],
  ['Datum od', (c, o) => hrD(lxStart(o)), []],
  ['Datum do', (c, o) => hrD(lxStart(o) + lxNights(o) * day), []],
  ['Broj osoba', (c, o) => String(lxPax(o)), [PL('quantity')], opt],
  ['Ukupna cijena', (c, o) => eur(lxTotal(o)), [OR('priceTotal')]],
  ['Valuta', () => 'EUR', [OR('currencyCode')]],
  ['Uplaćeno', (c, o) => eur(lxPaid(o)), [PAYAMT], opt],
  ['Preostalo za platiti', (c, o) => eur(['Otkazana', 'Nerealizirana'].includes(lxSt(o)) ? 0 : lxTotal(o) - lxPaid(o)), []],
  ['Način plaćanja', (c, o) => lxPay(o), [PAYTYPE]],
  ['Kanal prodaje', (c, o) => lxCh(o), [], opt],
  ['Promo kod', (c, o) => (lxCh(o) === 'Web' && n(o) % 5 === 0 ? 'EARLY25' : ''), ['commerce.promotionID'], opt],
  ['Djelatnik', (c, o) => row(['Ivana Perić', 'Mate Bilić', 'Antonija Vuković', 'Web korisnik'], n(o) % 4), []],
  ['Datum otkazivanja', (c, o) => (lxSt(o) === 'Otkazana' ? hrDT(lxAt(o) + (2 + n(o) % 30) * day) : ''), [OR('cancelDate')]],
  ['Napomena', (c, o) => row(['', '', 'Hotel pick-up: Hotel Park', '', 'Dijete 6 god.', '', 'Vegetarijanski ručak', '', 'Let FR 8322 slijeće u 14:35'], n(o) % 9), []],
] }

// ---------------------------------------------------------------- 6. eAsistent pupil export (SI, P)
// a primary school in Ljubljana-Bežigrad, grades 1-9 (pupils born 2010-2018); parents' contacts in the same row
// EMŠO: DDMMYYY + 50 (registered in Slovenia) + 000-499 boy / 500-999 girl + a check digit (mod 11)
const emso = (p, female, k) => {
  const base = `${pad(p.d)}${pad(p.m)}${String(p.y).slice(1)}50`
  for (let b = k % 500; ; b = (b + 1) % 500) {
    const s = base + pad((female ? 500 : 0) + b, 3), w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    const m = 11 - [...s].reduce((a, d, i) => a + +d * w[i], 0) % 11
    if (m !== 10) return s + (m === 11 ? 0 : m)
  }
}
const eaGrade = (c) => 1 + n(c) % 9
const eaBirth = (c) => Date.UTC(2024 - 6 - eaGrade(c), 0, 1) + ((n(c) * 7919) % 365) * day
const eaKid = (c) => { const r = seeded(c, 'ea'); const female = r() < 0.5; return { female, first: v.pick(r, female ? LOC.si.f : LOC.si.m) } }
const eaMom = (c) => { const r = seeded(c, 'eam'); return v.pick(r, ['Mojca', 'Petra', 'Nina', 'Tanja', 'Maja', 'Katja', 'Urška', 'Barbara', 'Špela', 'Alenka']) }
const eaDad = (c) => { const r = seeded(c, 'ead'); return v.pick(r, ['Matej', 'Aleš', 'Rok', 'Primož', 'Gregor', 'Andrej', 'Boštjan', 'Uroš', 'Tomaž', 'Jure']) }
const eaNat = (c) => row(['Slovenija', 'Slovenija', 'Slovenija', 'Slovenija', 'Slovenija', 'Slovenija', 'Slovenija', 'Hrvaška', 'Slovenija', 'Bosna in Hercegovina', 'Slovenija', 'Ukrajina'], n(c) % 12)
const slD = (p) => `${p.d}. ${p.m}. ${p.y}`
const siMail = (first, c) => `${v.slug(first)}.${v.slug(si(c).last)}${n(c) % 3 === 0 ? n(c) % 90 + 10 : ''}@${row(LOC.si.mail, n(c) >> 2)}`
const SET_EA = { name: 'easistent-ucenci-os-ljubljana-si', product: 'eAsistent (Učenci > Seznam učencev > Izvoz v Excel, one row per pupil with parents\' contacts, Slovenian UI, a primary school in Ljubljana-Bežigrad)', family: 'education', language: 'sl', schema: P, cols: [
  ['Matična številka', (c) => String(2000 + (n(c) * 7) % 900).padStart(5, '0'), ID],
  ['Priimek', (c) => si(c).last, ['person.name.lastName']],
  ['Ime', (c) => eaKid(c).first, ['person.name.firstName']],
  ['Razred', (c) => `${eaGrade(c)}.${row(['a', 'b', 'c'], n(c) >> 3)}`, []],
  ['Spol', (c) => (eaKid(c).female ? 'Ž' : 'M'), ['person.gender']],
  ['Datum rojstva', (c) => slD(shift(eaBirth(c), 0)), ['person.birthDate']],
  ['Kraj rojstva', (c) => row(['Ljubljana', 'Ljubljana', 'Ljubljana', 'Kranj', 'Ljubljana', 'Zagreb', 'Ljubljana', 'Novo mesto', 'Ljubljana', 'Sarajevo', 'Ljubljana', 'Kijev'], n(c) % 12), []],
  ['EMŠO', (c) => emso(shift(eaBirth(c), 0), eaKid(c).female, n(c) * 7), [], opt],
  ['Državljanstvo', (c) => eaNat(c), ['person.nationality']],
  ['Naslov stalnega prebivališča', (c) => si(c).street, HOMES('street1')],
  ['Poštna številka', (c) => si(c).pl[0], HOMES('postalCode')],
  ['Pošta', (c) => si(c).pl[1], HOMES('city')],
  ['Občina', (c) => si(c).pl[2], HOMES('region'), opt],
  ['E-pošta učenca', (c) => (eaGrade(c) < 4 ? '' : `${v.slug(eaKid(c).first)}.${v.slug(si(c).last)}${n(c) % 10}@os-bezigrad.si`), ['personalEmail.address'], opt],
  ['Domači telefon', (c) => (n(c) % 4 === 0 ? `01 ${pad(500 + n(c) % 400, 3)} ${pad((n(c) * 7) % 100)} ${pad((n(c) * 13) % 100)}` : ''), ['homePhone.number']],
  ['Mati', (c) => `${eaMom(c)} ${si(c).last}`, []],
  ['E-pošta matere', (c) => siMail(eaMom(c), c), []],
  ['Telefon matere', (c) => si(c).mobile, []],
  ['Oče', (c) => (n(c) % 9 === 0 ? '' : `${eaDad(c)} ${si(c).last}`), []],
  ['E-pošta očeta', (c) => (n(c) % 9 === 0 || n(c) % 4 === 1 ? '' : siMail(eaDad(c), c)), []],
  ['Telefon očeta', (c) => (n(c) % 9 === 0 ? '' : `0${row(['41', '31', '40', '51'], n(c) % 4)} ${pad((n(c) * 17) % 1000, 3)} ${pad((n(c) * 29) % 1000, 3)}`), []],
  ['Vpisan od', (c) => slD({ d: 1, m: 9, y: 2024 - eaGrade(c) + 1 }), [], opt],
  ['Prehrana', (c) => row(['malica, kosilo', 'malica', 'malica, kosilo', 'zajtrk, malica, kosilo', 'malica, kosilo, popoldanska malica', 'malica'], n(c) % 6), []],
  ['Podaljšano bivanje', (c) => (eaGrade(c) <= 5 && n(c) % 3 !== 0 ? 'DA' : 'NE'), []],
  ['Vozač', (c) => (['Ljubljana', 'Ljubljana - Črnuče', 'Ljubljana - Šentvid'].includes(si(c).pl[1]) ? 'NE' : 'DA'), []],
] }

// ---------------------------------------------------------------- 7. Adservio student export (RO, P)
// a theoretical high school in Cluj-Napoca, grades IX-XII (students born 2006-2010)
// CNP: 5 boy / 6 girl (born 2000+), YYMMDD, county 12 (Cluj), a serial and a check digit (key 279146358279)
const cnp = (p, female, k) => {
  const s = `${female ? 6 : 5}${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}12${pad(1 + k % 999, 3)}`
  const m = [...s].reduce((a, d, i) => a + +d * +'279146358279'[i], 0) % 11
  return s + (m === 10 ? 1 : m)
}
const AD_CLS = ['a IX-a', 'a X-a', 'a XI-a', 'a XII-a']
const AD_PROF = ['Matematică-informatică', 'Matematică-informatică, intensiv informatică', 'Științe ale naturii', 'Filologie', 'Științe sociale']
const adY = (c) => n(c) % 4
const adBirth = (c) => Date.UTC(2009 - adY(c), 0, 1) + ((n(c) * 7919) % 365) * day
const adKid = (c) => { const r = seeded(c, 'ad'); const female = r() < 0.5; return { female, first: v.pick(r, female ? LOC.ro.f : LOC.ro.m), father: v.pick(r, ['Ioan', 'Vasile', 'Gheorghe', 'Mihai', 'Dan', 'Călin', 'Sorin', 'Adrian', 'Florin', 'Marius']) } }
const adPar = (c) => { const r = seeded(c, 'adp'); const mom = r() < 0.6; return { name: `${ro(c).last} ${mom ? v.pick(r, ['Ana', 'Mihaela', 'Carmen', 'Simona', 'Daniela', 'Cristina', 'Monica']) : adKid(c).father}`, mail: `${mom ? v.pick(r, ['ana', 'mihaela', 'carmen', 'simona', 'daniela']) : v.slug(adKid(c).father)}.${v.slug(ro(c).last)}@${v.pick(r, ['gmail.com', 'yahoo.com', 'yahoo.ro'])}`, tel: LOC.ro.mob(r) } }
const roD = (p) => dmy(p)
const SET_AD = { name: 'adservio-elevi-liceu-cluj-ro', product: 'Adservio (Elevi > Lista elevilor > Exportă (Excel), one row per student with one parent, Romanian UI, a theoretical high school in Cluj-Napoca, Europe/Bucharest)', family: 'education', language: 'ro', schema: P, cols: [
  ['Nr. matricol', (c) => `${1200 + (n(c) * 7) % 2400}/${2021 + (3 - adY(c))}`, ID],
  ['Nume', (c) => ro(c).last, ['person.name.lastName']],
  ['Inițiala tatălui', (c) => `${adKid(c).father[0]}.`, ['person.name.middleName'], opt],
  ['Prenume', (c) => adKid(c).first, ['person.name.firstName']],
  ['CNP', (c) => cnp(shift(adBirth(c), 0), adKid(c).female, n(c) * 13), ['person.taxId'], opt],
  ['Data nașterii', (c) => roD(shift(adBirth(c), 0)), ['person.birthDate']],
  ['Sex', (c) => (adKid(c).female ? 'F' : 'M'), ['person.gender']],
  ['Clasa', (c) => `${AD_CLS[3 - adY(c)]} ${row(['A', 'B', 'C', 'D', 'E'], n(c) >> 2)}`, []],
  ['Profil', (c) => row(AD_PROF, n(c) >> 2), []],
  ['Cetățenie', (c) => (n(c) % 23 === 0 ? 'moldovenească' : 'română'), ['person.nationality']],
  ['Email', (c) => (n(c) % 6 === 0 ? '' : `${v.slug(adKid(c).first)}.${v.slug(ro(c).last)}${n(c) % 3 === 0 ? n(c) % 100 : ''}@${row(['gmail.com', 'gmail.com', 'yahoo.com'], n(c))}`), ['personalEmail.address']],
  ['Telefon', (c) => (n(c) % 5 === 0 ? '' : ro(c).mobile), ['mobilePhone.number']],
  ['Adresa', (c) => ro(c).street, HOMES('street1')],
  ['Localitatea', (c) => ro(c).pl[1], HOMES('city')],
  ['Județul', (c) => ro(c).pl[2], [...STATE(HOME), ...HOMES('region')]],
  ['Cod poștal', (c) => ro(c).pl[0], HOMES('postalCode')],
  ['Părinte / tutore', (c) => adPar(c).name, []],
  ['Email părinte', (c) => adPar(c).mail, []],
  ['Telefon părinte', (c) => adPar(c).tel, []],
  ['Cont activat', (c) => (n(c) % 7 === 0 ? 'Nu' : 'Da'), []],
  ['Data înscrierii', (c) => roD({ d: 1 + (n(c) % 5), m: 9, y: 2021 + (3 - adY(c)) }), [], opt],
  ['Bursă', (c) => row(['-', '-', 'Bursă de merit', '-', 'Bursă socială', '-', '-', 'Bursă de performanță'], n(c) % 8), []],
] }

// ---------------------------------------------------------------- 8. CloudCart customer export (BG, P)
// a Plovdiv specialty coffee roaster and tea shop selling beans, capsules and subscriptions online; BGN
const CC_GRP = ['Клиенти', 'Клиенти', 'Клиенти', 'Абонамент за кафе', 'VIP', 'Клиенти', 'Търговци на едро', 'Клиенти']
const ccGrp = (c) => row(CC_GRP, (n(c) >> 1) % 8)
const ccOrders = (c) => (n(c) % 9 === 0 ? 0 : ccGrp(c) === 'Абонамент за кафе' ? 6 + n(c) % 14 : ccGrp(c) === 'VIP' ? 12 + n(c) % 20 : 1 + n(c) % 7)
const ccSpent = (c) => ccOrders(c) * (ccGrp(c) === 'Търговци на едро' ? 420 : 38 + (n(c) * 7) % 45) + (n(c) % 100) / 100
const ccReg = (c) => biz(Date.UTC(2020, 2, 1), n(c) * 7, 1800, 7, 24, 2)
const ccLast = (c) => ccReg(c) + Math.floor(((Date.UTC(2025, 5, 1) - ccReg(c)) / day) * (0.5 + (n(c) % 50) / 100)) * day
const bgDT = (ms) => { const p = eet(ms); return `${dmy(p)} ${hm(p)}` }
const bgn = (x) => `${thou(x, ' ', ',')} лв.`
const SHIPP = (leaf) => [...HOMES(leaf), `shippingAddress.${leaf}`]
const SET_CC = { name: 'cloudcart-klienti-kafe-plovdiv-bg', product: 'CloudCart (Клиенти > Експорт (CSV), one row per customer account, Bulgarian admin UI, a Plovdiv specialty coffee and tea shop, Europe/Sofia, BGN)', family: 'ecommerce-customers', language: 'bg', schema: P, cols: [
  ['ID', (c) => String(100 + (n(c) * 7) % 9000), ID],
  ['Име', (c) => bg(c).first, ['person.name.firstName']],
  ['Фамилия', (c) => bg(c).last, ['person.name.lastName']],
  ['Имейл', (c) => bg(c).mail, ['personalEmail.address']],
  ['Телефон', (c) => (n(c) % 6 === 0 ? `+359 ${bg(c).mobile.slice(1).replace(/ /g, '')}` : bg(c).mobile), ['mobilePhone.number', 'homePhone.number']],
  ['Група клиенти', (c) => ccGrp(c), [], opt],
  ['Приема маркетинг', (c) => (n(c) % 3 === 0 ? 'Не' : 'Да'), []],
  ['Държава', () => 'България', SHIPP('country')],
  ['Област', (c) => bg(c).pl[2], [...STATE(HOME), 'shippingAddress.stateProvince', 'shippingAddress.state', ...HOMES('region')]],
  ['Град', (c) => bg(c).pl[1], SHIPP('city')],
  ['Пощенски код', (c) => bg(c).pl[0], SHIPP('postalCode')],
  ['Адрес', (c) => bg(c).street, SHIPP('street1')],
  ['Фирма', (c) => (ccGrp(c) === 'Търговци на едро' ? row(['Кафе „Капитан Райчо“ ЕООД', 'Бистро Тепето ООД', 'Офис Сървис Пловдив ЕООД'], n(c) % 3) : ''), ['organizations[0]'], opt],
  ['Рожден ден', (c) => (n(c) % 3 === 0 ? dmy(shift(bg(c).birth, 0)) : ''), ['person.birthDate']],
  ['Брой поръчки', (c) => String(ccOrders(c)), []],
  ['Общо похарчено', (c) => bgn(ccOrders(c) ? ccSpent(c) : 0), ['loyalty.lifetimePurchases'], opt],
  ['Последна поръчка', (c) => (ccOrders(c) ? bgDT(ccLast(c) + 3600000 * (8 + n(c) % 12)) : ''), []],
  ['Дата на регистрация', (c) => bgDT(ccReg(c)), [], opt],
  ['Статус', (c) => (n(c) % 29 === 0 ? 'Блокиран' : 'Активен'), []],
  ['Бележка', (c) => row(['', '', 'Предпочита смилане за еспресо', '', '', 'Доставка само до офис на Еконт', '', 'Фактура на фирма'], n(c) % 8), []],
] }

// ---------------------------------------------------------------- 9. Merk lead list with contact persons (CZ, B)
// a Brno ERP and MES integrator prospecting South-Moravian and Zlín-region manufacturers; one row per contact person
// IČO: seven digits and a mod-11 check digit
const ico = (k) => { const s = pad(k % 10000000, 7); const r = [...s].reduce((a, d, i) => a + +d * (8 - i), 0) % 11; return s + (r === 0 ? 1 : r === 1 ? 0 : 11 - r) }
// [název, právní forma, ulice, obec, PSČ, okres, kraj, web, doména, telefon, CZ-NACE, zaměstnanci, obrat, vznik]
const MK_CO = [['STROJMONT Blansko s.r.o.', 'Společnost s ručením omezeným', 'Svitavská 1124/18', 'Blansko', '678 01', 'Blansko', 'Jihomoravský kraj', 'www.strojmont-blansko.cz', 'strojmont-blansko.cz', '+420 516 412 330', '25620 – Obrábění', '50–99', '100–200 mil. Kč', '12.03.1997'],
  ['Moravské plasty a.s.', 'Akciová společnost', 'Průmyslová 2871/5', 'Břeclav', '690 02', 'Břeclav', 'Jihomoravský kraj', 'www.moravskeplasty.cz', 'moravskeplasty.cz', '+420 519 320 114', '22290 – Výroba ostatních plastových výrobků', '250–499', '500 mil.–1 mld. Kč', '04.01.1993'],
  ['KOVOLIS Hodonín, spol. s r.o.', 'Společnost s ručením omezeným', 'Velkomoravská 3721/12', 'Hodonín', '695 01', 'Hodonín', 'Jihomoravský kraj', 'www.kovolis-hod.cz', 'kovolis-hod.cz', '+420 518 341 250', '24530 – Slévání lehkých kovů', '100–199', '200–500 mil. Kč', '22.06.1995'],
  ['Vinné sklepy Mikulov s.r.o.', 'Společnost s ručením omezeným', 'Republikánská 41', 'Mikulov', '692 01', 'Břeclav', 'Jihomoravský kraj', 'www.vinne-sklepy-mikulov.cz', 'vinne-sklepy-mikulov.cz', '+420 519 510 722', '11020 – Výroba vína z vinných hroznů', '25–49', '50–100 mil. Kč', '15.09.2003'],
  ['ELTECH Brno s.r.o.', 'Společnost s ručením omezeným', 'Vídeňská 546/55', 'Brno', '639 00', 'Brno-město', 'Jihomoravský kraj', 'www.eltech-brno.cz', 'eltech-brno.cz', '+420 543 211 870', '27120 – Výroba elektrických rozvodných zařízení', '100–199', '200–500 mil. Kč', '03.11.1999'],
  ['Zlínské obuvnické závody a.s.', 'Akciová společnost', 'Třída Tomáše Bati 1970', 'Zlín', '760 01', 'Zlín', 'Zlínský kraj', 'www.zoz-zlin.cz', 'zoz-zlin.cz', '+420 577 210 455', '15200 – Výroba obuvi', '200–249', '200–500 mil. Kč', '01.05.1992'],
  ['PRECIZ Kroměříž s.r.o.', 'Společnost s ručením omezeným', 'Hulínská 2286/3', 'Kroměříž', '767 01', 'Kroměříž', 'Zlínský kraj', 'www.preciz-km.cz', 'preciz-km.cz', '+420 573 335 610', '28410 – Výroba kovoobráběcích strojů', '50–99', '100–200 mil. Kč', '27.02.2006'],
  ['Agro Tišnov, družstvo', 'Družstvo', 'Brněnská 1850', 'Tišnov', '666 01', 'Brno-venkov', 'Jihomoravský kraj', 'www.agrotisnov.cz', 'agrotisnov.cz', '+420 549 410 233', '10510 – Zpracování mléka a výroba sýrů', '50–99', '200–500 mil. Kč', '18.12.1991']]
// [funkce (muž), funkce (žena), titul]
const MK_ROLE = [['jednatel', 'jednatelka', 'Ing.'], ['předseda představenstva', 'předsedkyně představenstva', 'Ing.'], ['obchodní ředitel', 'obchodní ředitelka', ''], ['ředitel výroby', 'ředitelka výroby', 'Ing.'],
  ['finanční ředitel', 'finanční ředitelka', 'Ing.'], ['IT manažer', 'IT manažerka', 'Bc.'], ['vedoucí nákupu', 'vedoucí nákupu', ''], ['člen představenstva', 'členka představenstva', 'Mgr.'], ['technický ředitel', 'technická ředitelka', 'Ing. Bc.']]
const mkCo = (c) => row(MK_CO, n(c) % 8)
const mkRole = (c) => { const r = row(MK_ROLE, (n(c) >> 3) % 9); return [r[cz(c).female ? 1 : 0], n(c) % 4 === 0 ? '' : r[2]] }
const mkStat = (c) => /jednatel|představenstva/.test(mkRole(c)[0])
const SET_MK = { name: 'merk-seznam-firem-kontakty-jihomoravsky-cz', product: 'Merk (Seznamy > Export seznamu do CSV s kontaktními osobami, one row per contact person, Czech UI, a Brno ERP and MES integrator prospecting South-Moravian manufacturers, Europe/Prague)', family: 'crm', language: 'cs', schema: B, cols: [
  ['IČO', (c) => ico(2550000 + (n(c) % 8) * 731911), ACCT, opt],
  ['Název firmy', (c) => mkCo(c)[0], CO],
  ['Právní forma', (c) => mkCo(c)[1], []],
  ['Ulice', (c) => mkCo(c)[2], [W('street1')]],
  ['Obec', (c) => mkCo(c)[3], [W('city')]],
  ['PSČ', (c) => mkCo(c)[4], [W('postalCode')]],
  ['Okres', (c) => mkCo(c)[5], [W('region')], opt],
  ['Kraj', (c) => mkCo(c)[6], STATE(['workAddress'])],
  ['Web', (c) => mkCo(c)[7], ['b2b.companyWebsite']],
  ['Telefon firmy', (c) => mkCo(c)[9], ['workPhone.number'], opt],
  ['E-mail firmy', (c) => `info@${mkCo(c)[8]}`, ['workEmail.address'], opt],
  ['Hlavní obor (CZ-NACE)', (c) => mkCo(c)[10], []],
  ['Počet zaměstnanců', (c) => mkCo(c)[11], []],
  ['Obrat', (c) => mkCo(c)[12], []],
  ['Datum vzniku', (c) => mkCo(c)[13], []],
  ['Titul', (c) => mkRole(c)[1], ['person.name.courtesyTitle']],
  ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
  ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
  ['Funkce', (c) => mkRole(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Statutární orgán', (c) => (mkStat(c) ? 'ano' : 'ne'), []],
  ['E-mail', (c) => (n(c) % 5 === 0 ? '' : `${v.slug(cz(c).first)}.${v.slug(cz(c).last)}@${mkCo(c)[8]}`), WE],
  ['Telefon', (c) => (n(c) % 3 === 0 ? '' : cz(c).mobile), ['workPhone.number', 'mobilePhone.number']],
  ['LinkedIn', (c) => (n(c) % 2 ? `https://www.linkedin.com/in/${v.slug(cz(c).first)}-${v.slug(cz(c).last)}-${v.alnum(v.rng(n(c)), 6).toLowerCase()}` : ''), []],
  ['Přidáno do seznamu', (c) => dmy(shift(Date.UTC(2025, 3, 1) + (n(c) % 60) * day, 0)), ['extSourceSystemAudit.createdDate'], opt],
] }

// ---------------------------------------------------------------- 10. Creatio contact export (UA, B)
// a Lviv distributor of industrial refrigeration and cold-room equipment: contacts at food processors, warehouses and
// retail chains across western and central Ukraine
// [контрагент, домен, місто, область, індекс, адреса, код міста]
const CR_CO = [['ТОВ «Галицькі молочні продукти»', 'galmoloko.ua', 'Львів', 'Львівська', '79024', 'вул. Промислова, 27', '32'], ['ПрАТ «Львівхолод»', 'lvivcold.com.ua', 'Львів', 'Львівська', '79040', 'вул. Городоцька, 355', '32'],
  ['ТОВ «Західна логістика»', 'zlog.com.ua', 'Пустомити', 'Львівська', '81100', 'вул. Заводська, 4', '32'], ['ТОВ «Волинь-Агропродукт»', 'volynagro.ua', 'Луцьк', 'Волинська', '43020', 'вул. Рівненська, 76', '332'],
  ['ТОВ «Тернопільський м\'ясокомбінат»', 'tmk.te.ua', 'Тернопіль', 'Тернопільська', '46010', 'вул. Лукіяновича, 8', '352'], ['ТОВ «Рітейл Груп Захід»', 'rgz.ua', 'Київ', 'Київська', '02094', 'вул. Гната Хоткевича, 20', '44'],
  ['ФОП Бойко Роман Іванович', 'gmail.com', 'Івано-Франківськ', 'Івано-Франківська', '76018', 'вул. Галицька, 133', '342'], ['ТОВ «Вінницька птахофабрика Поділля»', 'podillia-ptah.com.ua', 'Вінниця', 'Вінницька', '21034', 'вул. Немирівське шосе, 94', '432']]
// [посада (довідник), повна назва посади, департамент]
const CR_JOB = [['Директор', 'Генеральний директор', 'Керівництво'], ['Головний інженер', 'Головний інженер виробництва', 'Виробництво'], ['Менеджер', 'Менеджер з закупівель', 'Відділ закупівель'], ['Інженер', 'Інженер з холодильного обладнання', 'Служба головного механіка'],
  ['Бухгалтер', 'Головний бухгалтер', 'Бухгалтерія'], ['Керівник відділу', 'Керівник складського комплексу', 'Логістика'], ['Менеджер', 'Менеджер з адміністративно-господарської діяльності', 'Адміністрація']]
const crCo = (c) => row(CR_CO, n(c) % 8)
const crJob = (c) => row(CR_JOB, (n(c) >> 3) % 7)
const crAt = (c) => biz(Date.UTC(2021, 0, 11), n(c) * 7, 1500, 8, 19, 2)
// landlines: +380 + area code + subscriber number, nine digits after +380 in all (Lviv 32 xxx xx xx, Lutsk 332 xx xx xx)
const crTel = (c) => { const a = crCo(c)[6], k = (n(c) * 7919) % 10000000; return a.length === 2 ? `+380 ${a} ${pad(Math.floor(k / 10000) % 1000, 3)} ${pad(Math.floor(k / 100) % 100)} ${pad(k % 100)}` : `+380 ${a} ${pad(Math.floor(k / 10000) % 100)} ${pad(Math.floor(k / 100) % 100)} ${pad(k % 100)}` }
const crDT = (ms) => { const p = eet(ms); return `${dmy(p)} ${hm(p)}` }
const crGuid = (c) => { const r = v.rng(hash(`cr${c.id}`)); return v.uuid(r) }
const crMail = (c) => (crCo(c)[1] === 'gmail.com' ? `${ua(c).fl}.${ua(c).ll}@gmail.com` : `${ua(c).fl[0]}.${ua(c).ll}@${crCo(c)[1]}`)
const SET_CR = { name: 'creatio-kontakty-kholodylne-obladnannia-lviv-ua', product: 'Creatio (Контакти > Дії > Експорт у Excel, one row per contact, Ukrainian UI, a Lviv distributor of industrial refrigeration equipment, Europe/Kyiv)', family: 'crm', language: 'uk', schema: B, cols: [
  ['Id', (c) => crGuid(c), B2BID],
  ['ПІБ', (c) => `${ua(c).last} ${ua(c).first} ${ua(c).patronymic}`, ['person.name.fullName']],
  ['Прізвище', (c) => ua(c).last, ['person.name.lastName']],
  ['Ім\'я', (c) => ua(c).first, ['person.name.firstName']],
  ['По батькові', (c) => ua(c).patronymic, ['person.name.middleName']],
  ['Контрагент', (c) => crCo(c)[0], CO],
  ['Посада', (c) => crJob(c)[0], ['extendedWorkDetails.jobTitle'], opt],
  ['Повна назва посади', (c) => crJob(c)[1], ['extendedWorkDetails.jobTitle']],
  ['Департамент', (c) => crJob(c)[2], ['extendedWorkDetails.departments[0]']],
  ['Тип', (c) => row(['Контактна особа', 'Клієнт', 'Контактна особа', 'Партнер', 'Клієнт', 'Постачальник'], n(c) % 6), ['b2b.personType'], opt],
  ['Робочий телефон', (c) => crTel(c), ['workPhone.number']],
  ['Мобільний телефон', (c) => ua(c).mobile.replace(/^\+380(\d\d)(\d{3})(\d\d)(\d\d)$/, '+380 $1 $2 $3 $4'), ['mobilePhone.number']],
  ['Email', (c) => crMail(c), WE],
  ['Країна', () => 'Україна', [W('country')]],
  ['Область', (c) => crCo(c)[3], STATE(['workAddress'])],
  ['Місто', (c) => crCo(c)[2], [W('city')]],
  ['Адреса', (c) => crCo(c)[5], [W('street1')]],
  ['Індекс', (c) => crCo(c)[4], [W('postalCode')]],
  ['Дата народження', (c) => (n(c) % 3 === 0 ? dmy(shift(ua(c).birth, 0)) : ''), ['person.birthDate']],
  ['Стать', (c) => (ua(c).female ? 'Жіноча' : 'Чоловіча'), ['person.gender']],
  ['Відповідальний', (c) => row(['Гнатюк Андрій', 'Савчук Оксана', 'Левицький Тарас'], n(c) % 3), []],
  ['Джерело', (c) => row(['Виставка «Холодтех»', 'Сайт', 'Рекомендація', 'Вхідний дзвінок', 'Сайт', 'Тендер Prozorro'], (n(c) >> 1) % 6), ['b2b.personSource'], opt],
  ['Не використовувати email', (c) => (n(c) % 11 === 0 ? 'Так' : 'Ні'), OPTIN, opt],
  ['Дата створення', (c) => crDT(crAt(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Дата зміни', (c) => crDT(crAt(c) + (3 + (n(c) * 7) % 400) * day + 3600000 * (n(c) % 3)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
] }

export const SETS = [SET_UN, SET_PV, SET_TP, SET_HS, SET_LX, SET_EA, SET_AD, SET_CC, SET_MK, SET_CR]
