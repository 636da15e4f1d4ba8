// Round 111, heldout111: held-out sets written apart by a helper that never opened the suggester, its tests, the
// scorer or a score. Same format as sets.mjs (sources in ../README.md). Russian, Ukrainian, Czech, Slovak, Hungarian,
// Romanian, Bulgarian, Turkish, Greek and Slovenian tools: a restaurant POS's guest list with bonus balances, a company
// register's firm list, a card gateway's payments, a multi-carrier shipping API's parcel overview, an accounting
// package's address book, an online invoicing service's issued invoices, an SMS gateway's sent messages, a company
// database's selection export, a web-shop platform's orders, a retail ERP's customer cards with points, a courier's
// vouchers and an e-mail marketing tool's subscribers. Headers in the product's UI language (ru, uk, cs, sk, hu, ro,
// bg, tr, el, sl). Vocabulary taken, where found, from the product's public API or help pages (Fondy's final response
// fields, Balíkobot's API parameters, SeeMe's gateway parameters, ListaFirme's API field list, Quick Resto's CRM help);
// the column labels themselves are the writer's knowledge of each product's UI.
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// local wall-clock times written without offset: CET/CEST, EET/EEST, Moscow and Istanbul (+3 all year)
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const msk = (ms) => shift(ms, 3)
const trt = (ms) => shift(ms, 3)
const bd = (ms) => v.parts(ms)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
const num = (o, k) => +o.id * k
const grUp = (s) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [male, female, latin slug]; places: [city, postcode, region]
const LOC = {
  ru: { first: [['Алексей', 'Екатерина'], ['Дмитрий', 'Анна'], ['Сергей', 'Ольга'], ['Андрей', 'Марина'], ['Игорь', 'Юлия'], ['Роман', 'Светлана']],
    middle: [['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Викторович', 'Викторовна'], ['Николаевич', 'Николаевна'], ['Олегович', 'Олеговна']],
    last: [['Смирнов', 'Смирнова', 'smirnov'], ['Кузнецов', 'Кузнецова', 'kuznetsov'], ['Волков', 'Волкова', 'volkov'], ['Соколов', 'Соколова', 'sokolov'], ['Лебедев', 'Лебедева', 'lebedev'], ['Хабибуллин', 'Хабибуллина', 'khabibullin'], ['Гарипов', 'Гарипова', 'garipov']],
    places: [['Казань', '420111', 'Республика Татарстан'], ['Казань', '420061', 'Республика Татарстан'], ['Набережные Челны', '423800', 'Республика Татарстан'], ['Екатеринбург', '620014', 'Свердловская область'], ['Нижний Тагил', '622001', 'Свердловская область'], ['Челябинск', '454091', 'Челябинская область'], ['Пермь', '614000', 'Пермский край']],
    street: (r) => `ул. ${v.pick(r, ['Баумана', 'Пушкина', 'Малышева', 'Ленина', 'Гагарина', 'Чистопольская', 'Карла Маркса'])}, д. ${v.int(r, 1, 120)}${r() < 0.6 ? `, кв. ${v.int(r, 1, 240)}` : ''}`,
    mobile: (r) => `+7 (9${v.int(r, 0, 9)}${v.int(r, 0, 9)}) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`,
    mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'] },
  uk: { first: [['Олександр', 'Ірина'], ['Андрій', 'Наталія'], ['Юрій', 'Тетяна'], ['Остап', 'Соломія'], ['Назар', 'Христина']],
    last: [['Коваль', 'Коваль', 'koval'], ['Мельник', 'Мельник', 'melnyk'], ['Гнатюк', 'Гнатюк', 'hnatiuk'], ['Ткачук', 'Ткачук', 'tkachuk'], ['Стасюк', 'Стасюк', 'stasiuk'], ['Бондаренко', 'Бондаренко', 'bondarenko']],
    places: [['Львів', '79000', 'Львівська'], ['Київ', '01001', 'Київ'], ['Івано-Франківськ', '76018', 'Івано-Франківська'], ['Тернопіль', '46001', 'Тернопільська'], ['Луцьк', '43000', 'Волинська']],
    street: (r) => `вул. ${v.pick(r, ['Городоцька', 'Зелена', 'Франка', 'Личаківська', 'Хрещатик'])}, ${v.int(r, 1, 180)}`,
    mobile: (r) => `380${v.pick(r, ['67', '97', '50', '63', '93', '98'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'ukr.net', 'i.ua', 'gmail.com'] },
  cs: { first: [['Tomáš', 'Lucie'], ['Jakub', 'Tereza'], ['Martin', 'Eva'], ['Lukáš', 'Kateřina'], ['Petr', 'Jana'], ['Radek', 'Zuzana']],
    last: [['Dvořák', 'Dvořáková', 'dvorak'], ['Černý', 'Černá', 'cerny'], ['Procházka', 'Procházková', 'prochazka'], ['Kučera', 'Kučerová', 'kucera'], ['Zeman', 'Zemanová', 'zeman'], ['Kolář', 'Kolářová', 'kolar'], ['Navrátil', 'Navrátilová', 'navratil']],
    places: [['Olomouc', '779 00', 'Olomoucký kraj'], ['Praha 4', '140 00', 'Hlavní město Praha'], ['Ostrava', '702 00', 'Moravskoslezský kraj'], ['Zlín', '760 01', 'Zlínský kraj'], ['Plzeň', '301 00', 'Plzeňský kraj'], ['Liberec', '460 01', 'Liberecký kraj'], ['Přerov', '750 02', 'Olomoucký kraj']],
    street: (r) => `${v.pick(r, ['Masarykova', 'Třída Svobody', 'Palackého', 'Husova', 'Komenského', 'U Stadionu'])} ${v.int(r, 100, 1900)}/${v.int(r, 1, 60)}`,
    mobile: (r) => `+420 ${v.pick(r, ['602', '605', '721', '731', '777', '603'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz'] },
  sk: { first: [['Marek', 'Zuzana'], ['Peter', 'Lenka'], ['Tomáš', 'Katarína'], ['Michal', 'Jana'], ['Juraj', 'Veronika']],
    last: [['Hudák', 'Hudáková', 'hudak'], ['Baláž', 'Balážová', 'balaz'], ['Varga', 'Vargová', 'varga'], ['Kováč', 'Kováčová', 'kovac'], ['Polák', 'Poláková', 'polak'], ['Gajdoš', 'Gajdošová', 'gajdos']],
    places: [['Žilina', '010 01', 'Žilinský kraj'], ['Martin', '036 01', 'Žilinský kraj'], ['Považská Bystrica', '017 01', 'Trenčiansky kraj'], ['Ružomberok', '034 01', 'Žilinský kraj'], ['Nitra', '949 01', 'Nitriansky kraj'], ['Košice', '040 01', 'Košický kraj']],
    street: (r) => `${v.pick(r, ['Národná', 'Hurbanova', 'Vysokoškolákov', 'Štúrova', 'Kragujevská', 'Jána Milca'])} ${v.int(r, 1, 80)}`,
    mobile: (r) => `09${v.pick(r, ['05', '08', '11', '17', '44', '49'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk'] },
  hu: { first: [['László', 'Katalin'], ['Zoltán', 'Eszter'], ['Gábor', 'Anita'], ['Péter', 'Zsófia'], ['Attila', 'Krisztina']],
    last: [['Nagy', 'Nagy', 'nagy'], ['Kovács', 'Kovács', 'kovacs'], ['Tóth', 'Tóth', 'toth'], ['Szabó', 'Szabó', 'szabo'], ['Horváth', 'Horváth', 'horvath'], ['Kiss', 'Kiss', 'kiss']],
    places: [['Debrecen', '4025', 'Hajdú-Bihar'], ['Hajdúszoboszló', '4200', 'Hajdú-Bihar'], ['Nyíregyháza', '4400', 'Szabolcs-Szatmár-Bereg'], ['Debrecen', '4032', 'Hajdú-Bihar']],
    street: (r) => `${v.pick(r, ['Piac utca', 'Kossuth utca', 'Egyetem sugárút', 'Füredi út'])} ${v.int(r, 1, 90)}.`,
    mobile: (r) => `36${v.pick(r, ['20', '30', '70'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu'] },
  ro: { first: [['Ionuț', 'Andreea'], ['Cosmin', 'Alexandra'], ['Marius', 'Roxana'], ['Sorin', 'Ioana'], ['Cătălin', 'Simona']],
    last: [['Popescu', 'Popescu', 'popescu'], ['Ionescu', 'Ionescu', 'ionescu'], ['Constantinescu', 'Constantinescu', 'constantinescu'], ['Mureșan', 'Mureșan', 'muresan'], ['Lungu', 'Lungu', 'lungu'], ['Crișan', 'Crișan', 'crisan']],
    places: [['Timișoara', '300011', 'Timiș'], ['Arad', '310130', 'Arad'], ['Lugoj', '305500', 'Timiș'], ['Reșița', '320067', 'Caraș-Severin'], ['Deva', '330025', 'Hunedoara'], ['Cluj-Napoca', '400114', 'Cluj']],
    street: (r) => `${v.pick(r, ['Str. Gheorghe Lazăr', 'Bd. Revoluției din 1989', 'Calea Aradului', 'Str. Mihai Viteazu', 'Calea Șagului'])} nr. ${v.int(r, 1, 150)}`,
    mobile: (r) => `07${v.pick(r, ['22', '23', '44', '45', '55', '66', '72'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro'] },
  bg: { first: [['Георги', 'Мария'], ['Иван', 'Елена'], ['Димитър', 'Десислава'], ['Николай', 'Гергана'], ['Стоян', 'Петя']],
    last: [['Георгиев', 'Георгиева', 'georgiev'], ['Петров', 'Петрова', 'petrov'], ['Христов', 'Христова', 'hristov'], ['Тодоров', 'Тодорова', 'todorov'], ['Стоянов', 'Стоянова', 'stoyanov'], ['Илиев', 'Илиева', 'iliev']],
    places: [['гр. Пловдив', '4000', 'Пловдив'], ['гр. София', '1000', 'София-град'], ['гр. Варна', '9000', 'Варна'], ['гр. Бургас', '8000', 'Бургас'], ['гр. Стара Загора', '6000', 'Стара Загора'], ['гр. Асеновград', '4230', 'Пловдив']],
    street: (r) => (r() < 0.4 ? `ж.к. ${v.pick(r, ['Тракия', 'Младост 1', 'Възраждане', 'Изгрев'])} бл. ${v.int(r, 1, 240)}, вх. ${v.pick(r, ['А', 'Б', 'В'])}, ап. ${v.int(r, 1, 60)}` : `ул. „${v.pick(r, ['Иван Вазов', 'Христо Ботев', 'Васил Левски', 'Цар Симеон', 'Гладстон'])}“ № ${v.int(r, 1, 90)}`),
    mobile: (r) => `08${v.pick(r, ['87', '88', '89', '98', '99', '78'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['abv.bg', 'gmail.com', 'mail.bg', 'dir.bg'] },
  tr: { first: [['Hakan', 'Selin'], ['Murat', 'Ebru'], ['Oğuz', 'Gizem'], ['Serkan', 'Deniz'], ['Kerem', 'Tuğba'], ['Onur', 'Esra']],
    last: [['Arslan', 'Arslan', 'arslan'], ['Doğan', 'Doğan', 'dogan'], ['Koç', 'Koç', 'koc'], ['Kurt', 'Kurt', 'kurt'], ['Özdemir', 'Özdemir', 'ozdemir'], ['Erdoğan', 'Erdoğan', 'erdogan'], ['Aksoy', 'Aksoy', 'aksoy']],
    places: [['Konak', '35250', 'İzmir'], ['Bornova', '35040', 'İzmir'], ['Karşıyaka', '35530', 'İzmir'], ['Buca', '35390', 'İzmir'], ['Merkezefendi', '20010', 'Denizli'], ['Yunusemre', '45030', 'Manisa']],
    street: (r) => `${v.pick(r, ['Kıbrıs Şehitleri Cad.', 'Mustafa Kemal Sahil Bulvarı', 'Ankara Cad.', 'Talatpaşa Bulvarı', 'Şehitler Cad.'])} No:${v.int(r, 1, 220)} D:${v.int(r, 1, 20)}`,
    mobile: (r) => `05${v.pick(r, ['32', '33', '42', '43', '05', '55'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'] },
  el: { first: [['Γιώργος', 'Μαρία', 'giorgos', 'maria'], ['Δημήτρης', 'Ελένη', 'dimitris', 'eleni'], ['Νίκος', 'Σοφία', 'nikos', 'sofia'], ['Κώστας', 'Γεωργία', 'kostas', 'georgia'], ['Θανάσης', 'Χριστίνα', 'thanasis', 'christina']],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos'], ['Γεωργίου', 'Γεωργίου', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou'], ['Βασιλείου', 'Βασιλείου', 'vasileiou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis'], ['Ιωαννίδης', 'Ιωαννίδου', 'ioannidis']],
    places: [['Αθήνα', '11253', 'Αττικής'], ['Μαρούσι', '15124', 'Αττικής'], ['Θεσσαλονίκη', '54622', 'Θεσσαλονίκης'], ['Λάρισα', '41222', 'Λαρίσης'], ['Πάτρα', '26221', 'Αχαΐας'], ['Ηράκλειο', '71202', 'Ηρακλείου'], ['Καλαμαριά', '55132', 'Θεσσαλονίκης']],
    street: (r) => `${v.pick(r, ['Εγνατίας', 'Πατησίων', 'Κηφισίας', 'Μητροπόλεως', 'Αγίου Δημητρίου', 'Κορίνθου'])} ${v.int(r, 1, 220)}`,
    mobile: (r) => `69${v.pick(r, ['4', '7', '8', '9'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'] },
  sl: { first: [['Matej', 'Nina'], ['Luka', 'Maja'], ['Andrej', 'Eva'], ['Primož', 'Špela'], ['Marko', 'Barbara']],
    last: [['Novak', 'Novak', 'novak'], ['Horvat', 'Horvat', 'horvat'], ['Krajnc', 'Krajnc', 'krajnc'], ['Zupančič', 'Zupančič', 'zupancic'], ['Potočnik', 'Potočnik', 'potocnik'], ['Kovačič', 'Kovačič', 'kovacic']],
    places: [['Maribor', '2000', 'Podravska'], ['Ptuj', '2250', 'Podravska'], ['Celje', '3000', 'Savinjska'], ['Ljubljana', '1000', 'Osrednjeslovenska'], ['Slovenska Bistrica', '2310', 'Podravska'], ['Lenart v Slovenskih goricah', '2230', 'Podravska']],
    street: (r) => `${v.pick(r, ['Partizanska cesta', 'Slovenska ulica', 'Gosposka ulica', 'Ulica heroja Šaraha', 'Tržaška cesta'])} ${v.int(r, 1, 120)}${r() < 0.2 ? 'a' : ''}`,
    mobile: (r) => `+386 ${v.pick(r, ['41', '31', '40', '51', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'siol.net', 't-2.net', 'amis.net'] },
}
const CO_LOC = {
  ru: [['ООО «Уралпромснаб»', 'uralpromsnab.ru'], ['ООО «Техноресурс»', 'tehnoresurs-ek.ru'], ['АО «Исетский молочный завод»', 'isetmoloko.ru'], ['ООО «ПК Гранит»', 'pkgranit.ru'], ['ООО «СтройМаркет-Урал»', 'stroymarket-ural.ru'], ['ООО «Агрохолдинг Сысерть»', 'agrosysert.ru']],
  cs: [['Stavebniny Hanák s.r.o.', 'stavebniny-hanak.cz'], ['Moravia Build a.s.', 'moraviabuild.cz'], ['Truhlářství Kolář s.r.o.', 'truhlarstvi-kolar.cz'], ['Zelenka Stavby s.r.o.', 'zelenkastavby.cz'], ['Beskyd Montáže s.r.o.', 'beskydmontaze.cz'], ['Jan Novotný - zednictví', 'zednictvi-novotny.cz']],
  ro: [['Birotim Serv SRL', 'birotimserv.ro'], ['Banat Logistic SRL', 'banatlogistic.ro'], ['Euro Construct Vest SA', 'euroconstructvest.ro'], ['Medica Plus Clinic SRL', 'medicaplus.ro'], ['Softvision Data SRL', 'softvisiondata.ro'], ['Agro Lugoj Prod SRL', 'agrolugoj.ro']],
}
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 211 + c.first.length * 23 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0], slug = lr[2]
  const middle = d.middle ? v.pick(r, d.middle)[female ? 1 : 0] : ''
  const fslug = cc === 'el' ? fr[female ? 3 : 2] : /^[a-z]/i.test(slugify(first)) ? slugify(first) : slug.slice(0, 3)
  const [city, zip, region] = v.pick(r, d.places)
  const [company, domain] = CO_LOC[cc] ? v.pick(r, CO_LOC[cc]) : ['', '']
  const p = { first, last, middle, female, slug, city, zip, region, company, domain,
    full: middle ? `${last} ${first} ${middle}` : `${first} ${last}`,
    street: d.street(r), mobile: d.mobile(r),
    email: `${['ru', 'uk', 'bg'].includes(cc) ? slug + v.pick(r, ['.', '_', '']) + v.int(r, 80, 99) : fslug + v.pick(r, ['.', '', '_']) + slug + (r() < 0.4 ? v.int(r, 1, 99) : '')}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${fslug && /^[a-z]+$/.test(fslug) ? fslug[0] + '.' : ''}${slug}@${domain}` : p.email
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Shopiko: a Plovdiv natural-cosmetics shop: [код, продукт, вариант, цена лв.]
const BG_ITEMS = [['RZ-001', 'Розова вода 100% натурална', '200 мл', 9.9], ['SP-014', 'Натурален сапун с козе мляко', 'Лавандула', 6.5], ['KR-220', 'Крем за лице с розово масло', '50 мл', 24.9], ['MS-031', 'Масло от шипка студено пресовано', '30 мл', 18.9], ['BL-105', 'Балсам за устни с пчелен восък', 'Мед', 5.4], ['NB-300', 'Подаръчен комплект „Долината на розите“', 'Голям', 49.0]]
// iKros: a Žilina IT-support firm's services: [položka, základ EUR]
const SK_SERV = [['Paušálny servis IT - mesačne', 180], ['Inštalácia a konfigurácia siete', 420], ['Licencia Microsoft 365 Business Standard (12 mes.)', 138], ['Servisný zásah u zákazníka', 65], ['Zálohovanie dát - NAS Synology DS224+', 389]]
// Rusprofile: region code of INN/OGRN and the city's dialling code, by city
const RU_REG = { 'Казань': ['16', '843'], 'Набережные Челны': ['16', '8552'], 'Екатеринбург': ['66', '343'], 'Нижний Тагил': ['66', '3435'], 'Челябинск': ['74', '351'], 'Пермь': ['59', '342'] }
// ListaFirme: county -> [Registrul Comerțului code, landline prefix]; CAEN codes with their names
const RO_JUD = { 'Timiș': ['35', '0256'], 'Arad': ['02', '0257'], 'Caraș-Severin': ['11', '0255'], 'Hunedoara': ['20', '0254'], 'Cluj': ['12', '0264'] }
const RO_CAEN = [['6201', 'Activități de realizare a soft-ului la comandă'], ['4941', 'Transporturi rutiere de mărfuri'], ['4120', 'Lucrări de construcții a clădirilor rezidențiale și nerezidențiale'], ['8622', 'Activități de asistență medicală specializată'], ['6920', 'Activități de contabilitate și audit financiar'], ['4665', 'Comerț cu ridicata al mobilei de birou']]
const ruLand = (code, r) => `+7 (${code}) ${code.length > 3 ? pad(v.int(r, 20, 79)) : v.int(r, 200, 399)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`
const roYear = (c) => 1995 + +c.id % 28
const FONDY_STATUS = ['approved', 'approved', 'approved', 'approved', 'declined', 'reversed', 'expired']
const fst = (o) => row(FONDY_STATUS, num(o, 7) % 7)

export const SETS = [
  // ---------------------------------------------------------------- Russia: restaurant POS guests with bonuses (P)
  { name: 'quickresto-klienty-vygruzka-ru', product: 'Quick Resto (cloud restaurant POS; Бэк-офис > CRM > Клиенты > Выгрузка в XLS/CSV, one row per guest with bonus account and loyalty card, Russian UI, a Kazan coffee-shop chain)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['ID', (c) => String(10000 + +c.id % 80000), ID],
    ['Фамилия', (c) => loc(c, 'ru').last, ['person.name.lastName']],
    ['Имя', (c) => loc(c, 'ru').first, ['person.name.firstName']],
    ['Отчество', (c, o, r) => (r() < 0.7 ? loc(c, 'ru').middle : ''), ['person.name.middleName']],
    ['Пол', (c) => (loc(c, 'ru').female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c, o, r) => (r() < 0.65 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Телефон', (c) => loc(c, 'ru').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.45 ? loc(c, 'ru').email : ''), ['personalEmail.address']],
    ['Адрес доставки', (c, o, r) => (r() < 0.3 ? `г. ${loc(c, 'ru').city}, ${loc(c, 'ru').street}` : ''), ['shippingAddress.street1', ...at(HOME, 'street1')], opt],
    ['Группа клиентов', (c) => row(['Гости', 'Гости', 'Гости', 'Постоянные 5%', 'Постоянные 5%', 'VIP 10%', 'Сотрудники'], +c.id % 7), ['loyalty.tier'], opt],
    ['Идентификатор', (c) => `2700${pad(+c.id * 37 % 1000000000, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Тип идентификатора', (c) => row(['Карта', 'Карта', 'Телефон', 'Приложение'], +c.id % 4), []],
    ['Бонусный счёт', () => 'Кэшбэк 5%', ['loyalty.program'], opt],
    ['Баланс бонусов', (c, o, r) => dec(v.int(r, 0, 380000) / 100), ['loyalty.points']],
    ['Сумма накоплений', (c, o, r) => dec(v.int(r, 30000, 12000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Количество заказов', (c, o, r) => String(v.int(r, 1, 160)), []],
    ['Средний чек', (c, o, r) => dec(v.int(r, 18000, 95000) / 100), []],
    ['Скидка, %', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Дата регистрации', (c) => `${dmy(msk(c.created))} ${hm(msk(c.created))}`, ['loyalty.joinDate'], opt],
    ['Последний визит', (c) => `${dmy(msk(later(c)))} ${hm(msk(later(c)))}`, [], opt],
    ['Заведение', (c, o, r) => v.pick(r, ['Кофейня на Баумана', 'Кофейня в Кольце', 'Кофейня Кремлёвская', 'Доставка']), []],
    ['Согласие на рассылку', (c) => (c.bool ? 'Да' : 'Нет'), [], opt],
    ['Заблокирован', (c, o, r) => (r() < 0.05 ? 'Да' : 'Нет'), ['loyalty.status'], opt],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', '', 'Без сахара, овсяное молоко', 'Постоянный гость с утра']), []],
  ] },
  // ---------------------------------------------------------------- Russia: company register list (B)
  { name: 'rusprofile-spisok-kompaniy-ru', product: 'Rusprofile (rusprofile.ru company register; Расширенный поиск > Выгрузить в Excel, one row per firm with its director, Russian UI, a Yekaterinburg industrial-packaging supplier\'s prospect list)', family: 'b2b-leads', language: 'ru', schema: B, cols: [
    ['Наименование', (c) => loc(c, 'ru').company, CO],
    ['Полное наименование', (c) => loc(c, 'ru').company.replace(/^ООО/, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ').replace(/^АО/, 'АКЦИОНЕРНОЕ ОБЩЕСТВО').replace(/[«»]/g, '"').toUpperCase(), CO, opt],
    ['ИНН', (c, o, r) => `${RU_REG[loc(c, 'ru').city][0]}${v.int(r, 10000000, 99999999)}`, []],
    ['КПП', (c, o, r) => `${RU_REG[loc(c, 'ru').city][0]}${v.pick(r, ['58', '70', '85', '79'])}01001`, []],
    ['ОГРН', (c, o, r) => `1${v.int(r, 10, 23)}${RU_REG[loc(c, 'ru').city][0]}${v.int(r, 1000000, 9999999)}${v.int(r, 0, 9)}`, []],
    ['Дата регистрации', (c, o, r) => dmy(bd(Date.UTC(v.int(r, 2002, 2021), v.int(r, 0, 11), v.int(r, 1, 28)))), []],
    ['Статус', (c, o, r) => (r() < 0.92 ? 'Действующая' : 'В процессе ликвидации'), []],
    ['Регион', (c) => loc(c, 'ru').region, STATE(['workAddress'])],
    ['Адрес', (c) => `${loc(c, 'ru').zip}, ${loc(c, 'ru').region}, г. ${loc(c, 'ru').city}, ${loc(c, 'ru').street.replace(/кв\./, 'офис')}`, [W('street1')], opt],
    ['Основной вид деятельности', (c, o, r) => v.pick(r, ['10.51 Производство молока и молочной продукции', '46.73 Торговля оптовая лесоматериалами, строительными материалами', '25.11 Производство строительных металлических конструкций', '22.22 Производство изделий из пластмасс для упаковывания товаров', '01.41 Разведение молочного крупного рогатого скота']), []],
    ['Руководитель', (c) => loc(c, 'ru').full, ['person.name.fullName']],
    ['Должность руководителя', (c, o, r) => v.pick(r, ['Генеральный директор', 'Генеральный директор', 'Директор', 'Управляющий']), ['extendedWorkDetails.jobTitle']],
    ['ИНН руководителя', (c, o, r) => `${RU_REG[loc(c, 'ru').city][0]}${v.int(r, 1000000000, 9999999999)}`, ['person.taxId'], opt],
    ['Уставный капитал, руб.', (c, o, r) => v.pick(r, ['10 000', '10 000', '100 000', '500 000', '12 500 000']), []],
    ['Выручка, тыс. руб.', (c, o, r) => String(v.int(r, 4000, 2400000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '), []],
    ['Чистая прибыль, тыс. руб.', (c, o, r) => String(v.int(r, -8000, 90000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '), []],
    ['Среднесписочная численность', (c, o, r) => String(v.int(r, 3, 420)), []],
    ['Реестр МСП', (c, o, r) => v.pick(r, ['Микропредприятие', 'Малое предприятие', 'Среднее предприятие', '']), []],
    ['Телефон', (c, o, r) => (r() < 0.75 ? ruLand(RU_REG[loc(c, 'ru').city][1], r) : ''), ['workPhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? `info@${loc(c, 'ru').domain}` : ''), WE],
    ['Сайт', (c, o, r) => (r() < 0.55 ? loc(c, 'ru').domain : ''), ['b2b.companyWebsite']],
  ] },
  // ---------------------------------------------------------------- Ukraine: card gateway payments (E)
  { name: 'fondy-platezhi-eksport-uk', product: 'Fondy (card payment gateway; Кабінет мерчанта > Звіти > Платежі > Експорт CSV, one row per payment, Ukrainian UI, a Lviv online bookshop)', family: 'payments', language: 'uk', schema: E, cols: [
    ['ID платежу', (c, o) => String(480000000 + num(o, 373) % 90000000), [OR('payments[0].transactionID'), '_id']],
    ['ID замовлення', (c, o) => `knyhy_${20000 + +o.id % 60000}`, [OR('purchaseID')]],
    ['Дата створення', (c, o) => `${dmy(eet(o.at))} ${hms(eet(o.at))}`, ['timestamp']],
    ['Статус', (c, o) => fst(o), []],
    ['Тип транзакції', (c, o) => (fst(o) === 'reversed' ? 'reverse' : 'purchase'), [], opt],
    ['Сума', (c, o) => (o.total * 38).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валюта', () => 'UAH', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Спосіб оплати', (c, o) => row(['Картка', 'Картка', 'Apple Pay', 'Google Pay', 'Приват24', 'Картка'], num(o, 3) % 6), [OR('payments[0].paymentType')]],
    ['Маска картки', (c, o, r) => `${v.pick(r, ['414962', '516875', '535145', '440588'])}XXXXXX${v.int(r, 1000, 9999)}`, []],
    ['Тип картки', (c, o, r) => v.pick(r, ['VISA', 'MasterCard', 'VISA']), [], opt],
    ['Банк-емітент', (c, o, r) => v.pick(r, ['ПриватБанк', 'monobank | Universal Bank', 'Ощадбанк', 'ПУМБ', 'Райффайзен Банк']), []],
    ['Країна картки', (c, o) => (+o.id % 11 === 0 ? 'PL' : 'UA'), [BILL('countryCode')], opt],
    ['Email платника', (c) => loc(c, 'uk').email, EMAIL_ID, opt],
    ['Телефон платника', (c, o, r) => (r() < 0.7 ? loc(c, 'uk').mobile : ''), PHONE_ID, opt],
    ['RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Код авторизації', (c, o, r) => (fst(o) === 'declined' || fst(o) === 'expired' ? '' : String(v.int(r, 100000, 999999))), [], opt],
    ['Код відповіді', (c, o) => (fst(o) === 'declined' ? '1013' : fst(o) === 'expired' ? '1014' : '0'), []],
    ['Опис відповіді', (c, o) => (fst(o) === 'declined' ? 'Insufficient funds' : fst(o) === 'expired' ? 'Order expired' : 'Approved'), []],
    ['Сума повернення', (c, o) => (fst(o) === 'reversed' ? (o.total * 38).toFixed(2) : '0.00'), [OR('refundTotal')], opt],
    ['Комісія', (c, o) => (fst(o) === 'approved' ? (o.total * 38 * 0.022).toFixed(2) : '0.00'), []],
    ['Сума до зарахування', (c, o) => (fst(o) === 'approved' ? (o.total * 38 * 0.978).toFixed(2) : '0.00'), []],
    ['Дата зарахування', (c, o) => (fst(o) === 'approved' ? dmy(eet(o.at + 2 * day)) : ''), [], opt],
    ['Призначення платежу', (c, o) => `Оплата замовлення №${20000 + +o.id % 60000} на knyhy-lviv.com.ua`, []],
    ['Дані мерчанта', (c, o) => `{"cart_id":"${v.hex(v.rng(+o.id * 97), 8)}","delivery":"${row(['nova_poshta', 'ukrposhta', 'pickup'], +o.id % 3)}"}`, []],
    ['IP клієнта', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- Czechia: multi-carrier parcel overview (E)
  { name: 'balikobot-prehled-zasilek-cs', product: 'Balíkobot (multi-carrier shipping API and web app; Zásilky > Přehled zásilek > Export CSV, one row per parcel, Czech UI, an Olomouc pet-supplies e-shop shipping by Zásilkovna, PPL, DPD, Česká pošta and GLS)', family: 'delivery', language: 'cs', schema: E, cols: [
    ['ID zásilky', (c, o) => String(3100000 + num(o, 53) % 900000), ['_id'], opt],
    ['EID', (c, o) => `OBJ${bd(o.at).y}${pad(+o.id % 100000, 5)}-1`, [], opt],
    ['Číslo objednávky', (c, o) => `${bd(o.at).y}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['Dopravce', (c, o) => row(['Zásilkovna', 'PPL', 'DPD', 'Česká pošta', 'GLS'], +o.id % 5), ['commerce.shipping.shippingMethod']],
    ['Služba', (c, o) => row(['Výdejní místo Z-BOX', 'PPL Parcel CZ Private', 'DPD Private', 'Balík Do ruky', 'GLS Business Parcel'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Číslo zásilky u dopravce', (c, o) => row([`Z ${v.int(() => (+o.id % 89) / 89, 100, 999)} ${v.int(() => (+o.id % 83) / 83, 1000, 9999)} ${v.int(() => (+o.id % 79) / 79, 100, 999)}`, `4${pad(num(o, 7919) % 1000000000, 10)}`, `1365${pad(num(o, 131) % 100000000, 10)}`, `DR${pad(num(o, 17) % 100000000, 9)}U`, `${pad(num(o, 97) % 10000000000, 11)}`], +o.id % 5), ['commerce.shipping.trackingNumber']],
    ['Sledování', (c, o) => `https://tracking.balikobot.cz/${v.hex(v.rng(+o.id * 101), 12)}`, ['commerce.shipping.trackingURL'], opt],
    ['Datum vytvoření', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Datum předání dopravci', (c, o, r) => (r() < 0.9 ? dmy(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Stav', (c, o, r) => v.pick(r, ['Doručeno', 'Doručeno', 'Doručeno', 'Na cestě', 'Připraveno k vyzvednutí', 'Vráceno odesílateli']), []],
    ['Jméno příjemce', (c) => loc(c, 'cs').full, []],
    ['Firma příjemce', (c, o, r) => (r() < 0.08 ? `Chovatelská stanice ${loc(c, 'cs').last}` : ''), []],
    ['Ulice', (c) => loc(c, 'cs').street, [SHIP('street1')]],
    ['Město', (c) => loc(c, 'cs').city, [SHIP('city')]],
    ['PSČ', (c) => loc(c, 'cs').zip.replace(' ', ''), [SHIP('postalCode')]],
    ['Země', (c, o) => (+o.id % 13 === 0 ? 'SK' : 'CZ'), [SHIP('countryCode')]],
    ['E-mail příjemce', (c) => loc(c, 'cs').email, EMAIL_ID, opt],
    ['Telefon příjemce', (c) => loc(c, 'cs').mobile.replace(/ /g, ''), PHONE_ID, opt],
    ['Výdejní místo', (c, o) => (+o.id % 5 === 0 ? `${v.int(() => (+o.id % 71) / 71, 1000, 29999)} Z-BOX ${loc(c, 'cs').city}` : ''), [], opt],
    ['Dobírka', (c, o) => (+o.id % 3 === 0 ? thou(o.total * 25, ' ') : ''), [OR('payments[0].paymentAmount')], opt],
    ['Měna dobírky', (c, o) => (+o.id % 3 === 0 ? 'CZK' : ''), [OR('payments[0].currencyCode')], opt],
    ['Variabilní symbol', (c, o) => `${bd(o.at).y}${pad(+o.id % 100000, 5)}`, []],
    ['Udaná cena', (c, o) => thou(o.total * 25, ' '), [], opt],
    ['Hmotnost (kg)', (c, o, r) => dec(v.int(r, 40, 1800) / 100), []],
    ['Obsah', (c, o) => row(['Krmivo pro psy', 'Granule pro kočky', 'Stelivo', 'Hračky pro psy', 'Akvaristika'], +o.id % 5), [PL('name')], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'Volat před doručením', 'Nechat u sousedů']), []],
    ['Štítek', (c, o) => `https://pdf.balikobot.cz/${v.hex(v.rng(+o.id * 61), 16)}`, []],
  ] },
  // ---------------------------------------------------------------- Czechia: accounting address book (B)
  { name: 'money-s3-adresar-export-cs', product: 'Money S3 (Solitea accounting; Adresář > Seznam > Export do CSV, one row per business partner with its contact person, Czech UI, a Zlín wholesaler of building materials)', family: 'invoicing', language: 'cs', schema: B, cols: [
    ['Kód', (c) => `A${pad(+c.id % 10000, 4)}`, [...B2BID, 'b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Název', (c) => loc(c, 'cs').company, CO],
    ['Jméno', (c) => loc(c, 'cs').full, ['person.name.fullName']],
    ['Funkce', (c, o, r) => v.pick(r, ['jednatel', 'nákupčí', 'stavbyvedoucí', 'majitel', 'účetní']), ['extendedWorkDetails.jobTitle']],
    ['Ulice', (c) => loc(c, 'cs').street, [W('street1')]],
    ['Obec', (c) => loc(c, 'cs').city, [W('city')]],
    ['PSČ', (c) => loc(c, 'cs').zip, [W('postalCode')]],
    ['Stát', () => 'Česká republika', [W('country')]],
    ['IČ', (c, o, r) => String(v.int(r, 10000000, 29999999)), []],
    ['DIČ', (c, o, r) => (r() < 0.8 ? `CZ${v.int(r, 10000000, 29999999)}` : ''), []],
    ['Telefon', (c, o, r) => (r() < 0.7 ? `+420 ${v.pick(r, ['577', '585', '596', '377'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['workPhone.number']],
    ['Mobil', (c) => loc(c, 'cs').mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.1 ? `+420 577 ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['faxPhone.number'], opt],
    ['E-mail', (c) => loc(c, 'cs').workEmail, WE],
    ['WWW', (c, o, r) => (r() < 0.7 ? `www.${loc(c, 'cs').domain}` : ''), ['b2b.companyWebsite']],
    ['Skupina', (c, o, r) => v.pick(r, ['Odběratelé - VO', 'Odběratelé - MO', 'Stavební firmy', 'Dodavatelé']), []],
    ['Odběratel', () => 'Ano', []],
    ['Dodavatel', (c, o, r) => (r() < 0.15 ? 'Ano' : 'Ne'), []],
    ['Splatnost', (c, o, r) => v.pick(r, ['14', '14', '30', '7']), []],
    ['Cenová hladina', (c, o, r) => v.pick(r, ['Základní', 'VO 1', 'VO 2']), []],
    ['Sleva %', (c, o, r) => v.pick(r, ['0', '3', '5', '8']), []],
    ['Číslo účtu', (c, o, r) => `${v.int(r, 100000000, 9999999999)}/${v.pick(r, ['0100', '0300', '0800', '2010', '0600'])}`, []],
    ['Poznámka', (c) => row(['', '', '', '', '', 'Dodávky na stavbu, avízo 1 den předem', '', 'Pouze platba předem'], +c.id % 8), []],
    ['Datum pořízení', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Slovakia: online invoicing (E)
  { name: 'ikros-vydane-faktury-sk', product: 'iKROS (KROS a.s. online invoicing; Faktúry > Vydané faktúry > Export do Excelu, one row per invoice, Slovak UI, a Žilina IT-support firm invoicing companies and households)', family: 'invoicing', language: 'sk', schema: E, cols: [
    ['Číslo faktúry', (c, o) => `${bd(o.at).y}${pad(+o.id % 1000 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Variabilný symbol', (c, o) => `${bd(o.at).y}${pad(+o.id % 1000 + 1, 4)}`, [], opt],
    ['Dátum vystavenia', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Dátum dodania', (c, o) => dmy(cet(o.at - (+o.id % 4) * day)), [], opt],
    ['Dátum splatnosti', (c, o) => dmy(cet(o.at + 14 * day)), [], opt],
    ['Odberateľ', (c, o) => (+o.id % 4 === 0 ? loc(c, 'sk').full : `${loc(c, 'sk').last} ${row(['s.r.o.', 'a.s.', 's.r.o.'], +o.id % 3)}`), []],
    ['IČO', (c, o, r) => (+o.id % 4 === 0 ? '' : String(v.int(r, 30000000, 56999999))), []],
    ['DIČ', (c, o, r) => (+o.id % 4 === 0 ? '' : String(v.int(r, 2020000000, 2129999999))), []],
    ['IČ DPH', (c, o, r) => (+o.id % 4 === 0 || r() < 0.3 ? '' : `SK${v.int(r, 2020000000, 2129999999)}`), []],
    ['Ulica', (c) => loc(c, 'sk').street, [BILL('street1')]],
    ['Mesto', (c) => loc(c, 'sk').city, [BILL('city')]],
    ['PSČ', (c) => loc(c, 'sk').zip, [BILL('postalCode')]],
    ['Štát', () => 'Slovensko', [BILL('country')]],
    ['E-mail', (c) => loc(c, 'sk').email, EMAIL_ID, opt],
    ['Telefón', (c, o, r) => (r() < 0.6 ? loc(c, 'sk').mobile : ''), PHONE_ID, opt],
    ['Popis', (c, o, r, i) => row(SK_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Základ DPH 20 %', (c, o, r, i) => thou(row(SK_SERV, i + +o.id)[1], ' '), [], opt],
    ['DPH 20 %', (c, o, r, i) => thou(row(SK_SERV, i + +o.id)[1] * 0.2, ' '), [OR('taxAmount')]],
    ['Suma celkom', (c, o, r, i) => thou(row(SK_SERV, i + +o.id)[1] * 1.2, ' '), [OR('priceTotal')]],
    ['Mena', () => 'EUR', [OR('currencyCode')]],
    ['Forma úhrady', (c, o) => row(['Prevodom', 'Prevodom', 'Hotovosť', 'Platobná karta', 'Prevodom'], +o.id % 5), [OR('payments[0].paymentType')], opt],
    ['Uhradené', (c, o, r, i) => (+o.id % 5 === 3 ? '0,00' : thou(row(SK_SERV, i + +o.id)[1] * 1.2, ' ')), [OR('payments[0].paymentAmount')], opt],
    ['Dátum úhrady', (c, o) => (+o.id % 5 === 3 ? '' : dmy(cet(o.at + (+o.id % 12) * day))), [], opt],
    ['Stav', (c, o) => (+o.id % 5 === 3 ? 'Po splatnosti' : 'Uhradená'), []],
    ['Číslo objednávky', (c, o, r) => (r() < 0.3 ? `OBJ-${v.int(r, 100, 999)}/${bd(o.at).y}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Vystavil', (c, o, r) => v.pick(r, ['Marek Hudák', 'Ing. Lenka Polák']), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Fakturujeme Vám za služby podľa zmluvy č. 4/2022', 'Nie sme platiteľmi DPH podľa § 4']), []],
  ] },
  // ---------------------------------------------------------------- Hungary: SMS gateway sent messages (E)
  { name: 'seeme-kikuldott-uzenetek-hu', product: 'SeeMe (seeme.hu SMS gateway; Kiküldött üzenetek > Exportálás CSV-be, one row per SMS, Hungarian UI, a Debrecen dental clinic\'s appointment reminders and a promotion)', family: 'sms', language: 'hu', schema: E, cols: [
    ['Azonosító', (c, o) => String(91000000 + num(o, 211) % 9000000), ['_id']],
    ['Küldés ideje', (c, o) => { const p = cet(o.at); return `${p.y}.${pad(p.m)}.${pad(p.d)}. ${hms(p)}` }, ['timestamp']],
    ['Telefonszám', (c) => loc(c, 'hu').mobile, PHONE_ID],
    ['Feladó', (c, o) => (+o.id % 3 === 0 ? '36709998877' : 'DentalDeb'), []],
    ['Üzenet', (c, o) => (+o.id % 3 ? `Kedves Paciensunk! Emlekeztetjuk, idopontja: ${(() => { const p = cet(o.at + 2 * day); return `${pad(p.m)}.${pad(p.d)}. ${row(['08:30', '10:00', '11:40', '14:15', '16:45', '18:20'], +o.id % 6)}` })()}. Lemondas: 52/555-010. DentalDeb` : 'Fogfeherites -20% majus vegeig! Idopont: dentaldeb.hu Leiratkozas: STOP a 06709998877-re'), []],
    ['Karakterek száma', (c, o) => (+o.id % 3 ? '112' : '104'), []],
    ['SMS darabszám', () => '1', []],
    ['Hivatkozás', (c, o) => (+o.id % 3 ? `P-${10000 + +c.id % 9000}` : ''), CUST_ID, opt],
    ['Kampány', (c, o) => (+o.id % 3 ? 'Időpont emlékeztető' : 'Fogfehérítés tavasz'), ['marketing.campaignName'], opt],
    ['Státusz', (c, o, r) => v.pick(r, ['Kézbesítve', 'Kézbesítve', 'Kézbesítve', 'Elküldve', 'Sikertelen', 'Ütemezve']), []],
    ['Kézbesítés ideje', (c, o, r) => (r() < 0.8 ? (() => { const p = cet(o.at + 9000); return `${p.y}.${pad(p.m)}.${pad(p.d)}. ${hms(p)}` })() : ''), [], opt],
    ['Hálózat', (c) => ({ 20: 'Yettel', 30: 'Telekom', 70: 'One Hungary' })[loc(c, 'hu').mobile.slice(2, 4)], ['environment.carrier'], opt],
    ['Ország', () => 'HU', [], opt],
    ['Költség (Ft)', () => '18,50', []],
    ['Küldés módja', (c, o) => (+o.id % 3 ? 'API' : 'Csoportos küldés'), []],
    ['Felhasználó', (c, o, r) => v.pick(r, ['recepcio', 'dr.nagy']), []],
    ['Címzett neve', (c, o, r) => (r() < 0.6 ? `${loc(c, 'hu').last} ${loc(c, 'hu').first}` : ''), []],
    ['Callback URL', (c, o) => (+o.id % 3 ? 'https://rendelo.dentaldeb.hu/sms/callback' : ''), []],
  ] },
  // ---------------------------------------------------------------- Romania: company database selection (B)
  { name: 'listafirme-selectie-export-ro', product: 'ListaFirme (listafirme.ro company database; Selecții firme > Export Excel, one row per firm with its administrator, Romanian UI, a Timișoara office-furniture supplier\'s prospect list)', family: 'b2b-leads', language: 'ro', schema: B, cols: [
    ['Denumire', (c) => loc(c, 'ro').company.toUpperCase(), CO],
    ['CUI', (c, o, r) => String(v.int(r, 1000000, 49999999)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Nr. Reg. Com.', (c, o, r) => `J${RO_JUD[loc(c, 'ro').region][0]}/${v.int(r, 100, 4999)}/${roYear(c)}`, []],
    ['Stare', (c, o, r) => (r() < 0.93 ? 'funcțiune' : 'suspendare temporară activitate'), []],
    ['Forma juridică', (c) => (/SA$/.test(loc(c, 'ro').company) ? 'SA' : 'SRL'), []],
    ['Data înființării', (c) => dmy(bd(Date.UTC(roYear(c), +c.id % 12, 1 + +c.id % 28))), []],
    ['CAEN', (c) => RO_CAEN[+c.id % RO_CAEN.length][0], []],
    ['Activitate', (c) => RO_CAEN[+c.id % RO_CAEN.length][1], []],
    ['Județ', (c) => loc(c, 'ro').region, STATE(['workAddress'])],
    ['Localitate', (c) => loc(c, 'ro').city, [W('city')]],
    ['Adresă', (c) => loc(c, 'ro').street, [W('street1')]],
    ['Cod poștal', (c) => loc(c, 'ro').zip, [W('postalCode')]],
    ['Telefon', (c, o, r) => (r() < 0.75 ? `${RO_JUD[loc(c, 'ro').region][1]} ${v.int(r, 200, 499)} ${v.int(r, 100, 999)}` : ''), ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? `${RO_JUD[loc(c, 'ro').region][1]} ${v.int(r, 200, 499)} ${v.int(r, 100, 999)}` : ''), ['faxPhone.number'], opt],
    ['Mobil', (c, o, r) => (r() < 0.4 ? loc(c, 'ro').mobile : ''), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.65 ? `office@${loc(c, 'ro').domain}` : ''), WE],
    ['Web', (c, o, r) => (r() < 0.5 ? `www.${loc(c, 'ro').domain}` : ''), ['b2b.companyWebsite']],
    ['Administrator', (c) => `${loc(c, 'ro').last.toUpperCase()} ${loc(c, 'ro').first.toUpperCase()}`, ['person.name.fullName']],
    ['Cifra de afaceri (lei)', (c, o, r) => String(v.int(r, 80000, 45000000)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), []],
    ['Profit net (lei)', (c, o, r) => String(v.int(r, -50000, 3000000)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), []],
    ['Număr angajați', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['An bilanț', () => '2023', []],
  ] },
  // ---------------------------------------------------------------- Bulgaria: web-shop orders (E)
  { name: 'shopiko-poruchki-eksport-bg', product: 'Shopiko (Bulgarian web-shop platform; Поръчки > Експорт в Excel, one row per ordered product, Bulgarian UI, a Plovdiv natural-cosmetics shop shipping by Econt and Speedy)', family: 'ecommerce-orders', language: 'bg', schema: E, cols: [
    ['№ на поръчка', (c, o) => String(10000 + +o.id % 9000), [OR('purchaseID')]],
    ['Дата', (c, o) => `${dmy(eet(o.at))} ${hm(eet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Статус', (c, o, r) => v.pick(r, ['Нова', 'Обработва се', 'Изпратена', 'Доставена', 'Доставена', 'Отказана']), []],
    ['Клиент', (c) => loc(c, 'bg').full, []],
    ['Имейл', (c) => loc(c, 'bg').email, EMAIL_ID, opt],
    ['Телефон', (c) => loc(c, 'bg').mobile, PHONE_ID, opt],
    ['Начин на доставка', (c, o) => row(['До офис на Еконт', 'До адрес с Еконт', 'До офис на Speedy', 'До автомат на Speedy'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Куриер', (c, o) => (+o.id % 4 < 2 ? 'Еконт' : 'Speedy'), ['commerce.shipping.shippingMethod'], opt],
    ['Офис / автомат', (c, o) => (+o.id % 4 === 1 ? '' : `${loc(c, 'bg').city.replace('гр. ', '')} ${row(['Център', 'Тракия', 'Кючук Париж', 'Мол Марково тепе'], +o.id % 4)}`), [], opt],
    ['Населено място', (c) => loc(c, 'bg').city, [SHIP('city')]],
    ['Пощенски код', (c) => loc(c, 'bg').zip, [SHIP('postalCode')]],
    ['Адрес', (c, o) => (+o.id % 4 === 1 ? loc(c, 'bg').street : ''), [SHIP('street1')]],
    ['Област', (c) => loc(c, 'bg').region, STATE(['commerce.shipping.address']), opt],
    ['Код на продукта', (c, o, r, i) => row(BG_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Продукт', (c, o, r, i) => row(BG_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Вариант', (c, o, r, i) => row(BG_ITEMS, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Единична цена', (c, o, r, i) => dec(row(BG_ITEMS, i + +o.id)[3]), [], opt],
    ['Общо за реда', (c, o, r, i) => dec(row(BG_ITEMS, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['Доставка', (c, o) => (o.shipping ? '5,90' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Отстъпка', (c, o) => (o.discount ? '5,00' : '0,00'), [OR('discountAmount')], opt],
    ['Код за отстъпка', (c, o) => (o.discount ? 'ROZA10' : ''), ['commerce.promotionID'], opt],
    ['Общо', (c, o, r, i) => dec(row(BG_ITEMS, i + +o.id)[3] * o.qty + (o.shipping ? 5.9 : 0) - (o.discount ? 5 : 0)), [OR('priceTotal')]],
    ['Валута', () => 'BGN', [OR('currencyCode')]],
    ['Начин на плащане', (c, o) => row(['Наложен платеж', 'Наложен платеж', 'С карта', 'Банков превод'], +o.id % 4), [OR('payments[0].paymentType')]],
    ['Товарителница', (c, o, r) => (r() < 0.8 ? (+o.id % 4 < 2 ? `105${v.int(r, 1000000, 9999999)}` : `6${v.int(r, 1000000000, 9999999999)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['Фактура', (c, o, r) => (r() < 0.15 ? 'Да' : 'Не'), []],
    ['Бележка', (c, o, r) => v.pick(r, ['', '', '', 'Моля, обадете се преди доставка', 'Подарък - без цени']), []],
  ] },
  // ---------------------------------------------------------------- Turkey: retail ERP customer cards with points (P)
  { name: 'nebim-v3-perakende-musteri-listesi-tr', product: 'Nebim V3 (retail ERP and store POS; Perakende Müşteriler > Liste > Excel\'e Aktar, one row per retail customer with loyalty card and points, Turkish UI, an İzmir shoe-store chain)', family: 'loyalty', language: 'tr', schema: P, cols: [
    ['Müşteri Kodu', (c) => `M${pad(+c.id % 1000000, 7)}`, ID],
    ['Adı', (c) => loc(c, 'tr').first, ['person.name.firstName']],
    ['Soyadı', (c) => loc(c, 'tr').last, ['person.name.lastName']],
    ['Cinsiyet', (c) => (loc(c, 'tr').female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['Doğum Tarihi', (c, o, r) => (r() < 0.7 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['T.C. Kimlik No', (c, o, r) => (r() < 0.35 ? `${v.int(r, 1, 9)}${v.int(r, 1000000000, 9999999999)}` : ''), ['person.taxId'], opt],
    ['Cep Telefonu', (c) => loc(c, 'tr').mobile, ['mobilePhone.number']],
    ['Ev Telefonu', (c, o, r) => (r() < 0.15 ? `0232 ${v.int(r, 200, 499)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['homePhone.number']],
    ['E-Posta', (c, o, r) => (r() < 0.7 ? loc(c, 'tr').email : ''), ['personalEmail.address']],
    ['Adres', (c, o, r) => (r() < 0.6 ? loc(c, 'tr').street : ''), at(HOME, 'street1')],
    ['İlçe', (c) => loc(c, 'tr').city, at(HOME, 'city'), opt],
    ['İl', (c) => loc(c, 'tr').region, [...STATE(HOME), ...at(HOME, 'city')], opt],
    ['Posta Kodu', (c, o, r) => (r() < 0.5 ? loc(c, 'tr').zip : ''), at(HOME, 'postalCode')],
    ['Ülke', () => 'Türkiye', at(HOME, 'country')],
    ['Kart No', (c) => `9${pad(+c.id * 41 % 10000000000, 11)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Kart Tipi', (c, o, r) => v.pick(r, ['Standart', 'Standart', 'Gold', 'Platinum']), ['loyalty.tier'], opt],
    ['Puan Bakiyesi', (c, o, r) => thou(v.int(r, 0, 250000) / 100), ['loyalty.points']],
    ['Kazanılan Toplam Puan', (c, o, r) => thou(v.int(r, 250000, 900000) / 100), ['loyalty.lifetimePoints']],
    ['Kullanılan Puan', (c, o, r) => thou(v.int(r, 0, 600000) / 100), ['loyalty.pointsRedeemed']],
    ['Toplam Alışveriş Tutarı', (c, o, r) => thou(v.int(r, 150000, 8500000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Kayıt Mağazası', (c, o, r) => v.pick(r, ['Alsancak Mağaza', 'Optimum AVM', 'Forum Bornova', 'Agora AVM', 'Web']), []],
    ['Kayıt Tarihi', (c) => dmy(trt(c.created)), ['loyalty.joinDate'], opt],
    ['Son Alışveriş Tarihi', (c) => dmy(trt(later(c))), [], opt],
    ['SMS İzni', (c) => (c.bool ? 'Evet' : 'Hayır'), [], opt],
    ['E-Posta İzni', (c, o, r) => (r() < 0.5 ? 'Evet' : 'Hayır'), [], opt],
    ['Arama İzni', (c, o, r) => (r() < 0.3 ? 'Evet' : 'Hayır'), [], opt],
    ['KVKK Onayı', () => 'Evet', [], opt],
    ['Pasif', (c, o, r) => (r() < 0.05 ? 'Evet' : 'Hayır'), []],
  ] },
  // ---------------------------------------------------------------- Greece: courier vouchers (E)
  { name: 'geniki-taxydromiki-apostoles-el', product: 'Γενική Ταχυδρομική (Geniki Taxydromiki courier; e-Voucher web app > Αποστολές > Εξαγωγή σε Excel, one row per voucher, Greek UI, a Thessaloniki olive-oil and delicatessen e-shop)', family: 'delivery', language: 'el', schema: E, cols: [
    ['Αριθμός Voucher', (c, o) => String(4900000000 + num(o, 7717) % 99999999), ['commerce.shipping.trackingNumber', '_id']],
    ['Ημ/νία Δημιουργίας', (c, o) => `${dmy(eet(o.at), '/')} ${hm(eet(o.at))}`, ['timestamp']],
    ['Ημ/νία Παραλαβής', (c, o, r) => (r() < 0.9 ? dmy(eet(o.at + day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['Κατάσταση', (c, o, r) => v.pick(r, ['ΠΑΡΑΔΟΘΗΚΕ', 'ΠΑΡΑΔΟΘΗΚΕ', 'ΠΑΡΑΔΟΘΗΚΕ', 'ΣΕ ΜΕΤΑΦΟΡΑ', 'ΑΝΑΜΟΝΗ ΠΑΡΑΛΑΒΗΣ', 'ΕΠΙΣΤΡΟΦΗ ΣΤΟΝ ΑΠΟΣΤΟΛΕΑ']), []],
    ['Παραλήπτης', (c) => grUp(`${loc(c, 'el').last} ${loc(c, 'el').first}`), []],
    ['Διεύθυνση', (c) => loc(c, 'el').street, [SHIP('street1')]],
    ['Πόλη', (c) => loc(c, 'el').city, [SHIP('city')]],
    ['Τ.Κ.', (c) => loc(c, 'el').zip, [SHIP('postalCode')]],
    ['Νομός', (c) => loc(c, 'el').region, STATE(['commerce.shipping.address']), opt],
    ['Χώρα', () => 'GR', [SHIP('countryCode')]],
    ['Τηλέφωνο', (c) => loc(c, 'el').mobile, PHONE_ID, opt],
    ['Email Παραλήπτη', (c, o, r) => (r() < 0.7 ? loc(c, 'el').email : ''), EMAIL_ID, opt],
    ['Υπηρεσία', (c, o) => row(['Κανονική', 'Αντικαταβολή', 'Παράδοση σε Σημείο (Smart Point)', 'Αντικαταβολή'], +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Τεμάχια', (c, o) => (o.qty > 3 ? '2' : '1'), []],
    ['Βάρος (kg)', (c, o, r) => dec(v.int(r, 50, 1400) / 100), []],
    ['Αντικαταβολή', (c, o) => (+o.id % 2 ? dec(o.total * 1.1) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Κόστος Αποστολής', (c, o) => (+o.id % 4 === 2 ? '2,90' : '3,90'), ['commerce.shipping.shippingAmount'], opt],
    ['Αρ. Παραγγελίας', (c, o) => `#${30000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Περιεχόμενο', (c, o) => row(['Ελαιόλαδο', 'Ελιές Καλαμών', 'Μέλι θυμαρίσιο', 'Δώρο - καλάθι delicatessen'], +o.id % 4), [PL('name')], opt],
    ['Σχόλια', (c, o, r) => v.pick(r, ['', '', '', 'Εύθραυστο - γυάλινα', 'Τηλεφωνήστε πριν την παράδοση']), []],
    ['Ημ/νία Παράδοσης', (c, o, r) => (r() < 0.75 ? `${dmy(eet(o.at + 2 * day), '/')} ${hm(eet(o.at + 2 * day + 4000000))}` : ''), [], opt],
    ['Παρέλαβε', (c, o, r) => (r() < 0.7 ? grUp(loc(c, 'el').last) : ''), []],
  ] },
  // ---------------------------------------------------------------- Slovenia: e-mail marketing subscribers (P)
  { name: 'squalomail-narocniki-izvoz-sl', product: 'Squalomail (Slovenian e-mail marketing; Seznami > Naročniki > Izvozi v CSV, one row per subscriber, Slovenian UI, a Maribor wine shop\'s newsletter)', family: 'email', language: 'sl', schema: P, cols: [
    ['E-pošta', (c) => loc(c, 'sl').email, ['personalEmail.address']],
    ['Ime', (c) => loc(c, 'sl').first, ['person.name.firstName']],
    ['Priimek', (c) => loc(c, 'sl').last, ['person.name.lastName']],
    ['Spol', (c, o, r) => (r() < 0.8 ? (loc(c, 'sl').female ? 'Ženski' : 'Moški') : ''), ['person.gender']],
    ['Datum rojstva', (c, o, r) => (r() < 0.5 ? (() => { const p = bd(c.birth); return `${p.d}. ${p.m}. ${p.y}` })() : ''), ['person.birthDate']],
    ['Telefon', (c, o, r) => (r() < 0.5 ? loc(c, 'sl').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Naslov', (c, o, r) => (r() < 0.6 ? loc(c, 'sl').street : ''), at(HOME, 'street1')],
    ['Poštna številka', (c) => loc(c, 'sl').zip, at(HOME, 'postalCode')],
    ['Kraj', (c) => loc(c, 'sl').city, at(HOME, 'city')],
    ['Država', () => 'Slovenija', at(HOME, 'country')],
    ['Podjetje', (c, o, r) => (r() < 0.12 ? `Gostilna ${loc(c, 'sl').last}` : ''), ['organizations[0]'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aktiven', 'Aktiven', 'Aktiven', 'Odjavljen', 'Neveljaven']), ['personalEmail.status'], opt],
    ['Razlog odjave', (c, o, r) => v.pick(r, ['', '', '', 'Prepogosta sporočila', 'Trdi odboj']), ['personalEmail.statusReason'], opt],
    ['Seznam', () => 'Novice Vinoteke Maribor', []],
    ['Oznake', (c, o, r) => v.pick(r, ['', 'kupec', 'kupec, rdeča vina', 'degustacija 2023', '']), []],
    ['Vir', (c, o, r) => v.pick(r, ['Obrazec na spletni strani', 'Uvoz', 'WooCommerce', 'API']), []],
    ['Datum prijave', (c) => { const p = cet(c.created); return `${p.d}. ${p.m}. ${p.y} ${hm(p)}` }, [], opt],
    ['IP ob prijavi', (c, o, r) => v.ip4(r), []],
    ['Potrjena prijava', (c) => (c.bool ? 'Da' : 'Ne'), [], opt],
    ['Soglasje GDPR', () => 'Da', [], opt],
    ['Zadnja aktivnost', (c) => { const p = cet(later(c)); return `${p.d}. ${p.m}. ${p.y}` }, [], opt],
    ['Ocena naročnika', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Številka kartice zvestobe', (c, o, r) => (r() < 0.35 ? `VM${v.int(r, 100000, 999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Jezik', () => 'sl', [], opt],
  ] },
]
