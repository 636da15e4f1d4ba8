// Round 74, tune144: blind tune sets written by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Eastern European and Balkan exports, headers in the product's UI language: a
// Russian e-commerce platform's order export (AdvantShop) (ru E 1); a Russian loyalty service's customer list
// (БонусПлюс) (ru P 1); a Russian CRM's contact export (Аспро.Cloud) (ru B 1); a Ukrainian order CRM for landing-page
// sellers (LP-CRM) (uk E 1); a Ukrainian online-booking service's client export for a beauty studio (EasyWeek) (uk P 1);
// a Romanian marketplace's order export for a seller (Vendigo.ro) (ro E 1); a Romanian beauty-booking app's client
// list (MERO Pro) (ro P 1); a Bulgarian ERP/CRM's counterparty export (PRIM.IO) (bg B 1); a Serbian courier's shipment
// list (City Express) (sr E 1); a Greek courier's voucher list for an e-shop (Courier Center) (el E 1). E 5, P 3, B 2.
// Headers: Vendigo.ro from its help page's list of the order export's contents (support.vendigo.ro, "Exportul
// comenzilor"), PRIM.IO from its documented counterparty import/export columns (docs.prim.io, "Импорт на
// контрагенти"); the other 8 from the writer's knowledge of each product (a short source hunt found no public column
// list); a subset of each export's columns, in the order the writer knows. Nothing was copied from a real export;
// every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, hms, hm, dmy, local, shift, hash, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const WE = ['workEmail.address', 'personalEmail.address']
// Moscow UTC+3 and Yekaterinburg UTC+5 without summer time; Kyiv, Bucharest, Sofia and Athens UTC+2 with summer time;
// Belgrade UTC+1 with summer time
const ekb = (ms) => shift(ms, 5)
const msk = (ms) => shift(ms, 3)
const eet = (ms) => local(ms, 2)
const cet = (ms) => local(ms, 1)
const dmyhm = (p, s = '.') => `${dmy(p, s)} ${hm(p)}`
const dmyhms = (p, s = '.') => `${dmy(p, s)} ${hms(p)}`
const rub = (x) => dec(x, ',')
const sp = (x) => thou(x, ' ', ',')
const dotc = (x) => thou(x, '.', ',')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const RU = {
  m: [['Алексей', 'aleksey'], ['Дмитрий', 'dmitriy'], ['Сергей', 'sergey'], ['Андрей', 'andrey'], ['Михаил', 'mikhail'], ['Иван', 'ivan'], ['Артём', 'artem'], ['Николай', 'nikolay']],
  f: [['Екатерина', 'ekaterina'], ['Анна', 'anna'], ['Ольга', 'olga'], ['Наталья', 'natalya'], ['Мария', 'maria'], ['Татьяна', 'tatyana'], ['Юлия', 'yulia'], ['Ирина', 'irina']],
  last: [['Иванов', 'Иванова', 'ivanov'], ['Смирнов', 'Смирнова', 'smirnov'], ['Кузнецов', 'Кузнецова', 'kuznetsov'], ['Попов', 'Попова', 'popov'], ['Соколов', 'Соколова', 'sokolov'], ['Лебедев', 'Лебедева', 'lebedev'], ['Новиков', 'Новикова', 'novikov'], ['Морозов', 'Морозова', 'morozov'], ['Волков', 'Волкова', 'volkov'], ['Зайцев', 'Зайцева', 'zaytsev']],
  pm: ['Александрович', 'Сергеевич', 'Владимирович', 'Игоревич', 'Андреевич', 'Викторович'],
  pf: ['Александровна', 'Сергеевна', 'Владимировна', 'Игоревна', 'Андреевна', 'Викторовна'],
  // [индекс, регион, город]
  places: [['620075', 'Свердловская обл.', 'Екатеринбург'], ['620137', 'Свердловская обл.', 'Екатеринбург'], ['101000', 'Москва', 'Москва'], ['190000', 'Санкт-Петербург', 'Санкт-Петербург'], ['420111', 'Республика Татарстан', 'Казань'], ['630099', 'Новосибирская обл.', 'Новосибирск'], ['603005', 'Нижегородская обл.', 'Нижний Новгород'], ['350000', 'Краснодарский край', 'Краснодар'], ['454091', 'Челябинская обл.', 'Челябинск'], ['614000', 'Пермский край', 'Пермь']],
  streets: ['ул. Ленина', 'ул. Малышева', 'пр-т Мира', 'ул. Гагарина', 'ул. Советская', 'ул. Садовая', 'ул. Пушкина', 'ул. 8 Марта'],
  mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'yandex.ru', 'list.ru'],
}
const UK = {
  m: [['Олександр', 'oleksandr'], ['Андрій', 'andrii'], ['Дмитро', 'dmytro'], ['Максим', 'maksym'], ['Сергій', 'serhii'], ['Богдан', 'bohdan'], ['Тарас', 'taras'], ['Іван', 'ivan']],
  f: [['Олена', 'olena'], ['Наталія', 'nataliia'], ['Ірина', 'iryna'], ['Оксана', 'oksana'], ['Юлія', 'yuliia'], ['Анастасія', 'anastasiia'], ['Марія', 'mariia'], ['Тетяна', 'tetiana']],
  last: [['Шевченко', 'shevchenko'], ['Коваленко', 'kovalenko'], ['Бондаренко', 'bondarenko'], ['Ткаченко', 'tkachenko'], ['Мельник', 'melnyk'], ['Кравчук', 'kravchuk'], ['Олійник', 'oliinyk'], ['Ковальчук', 'kovalchuk'], ['Лисенко', 'lysenko'], ['Савчук', 'savchuk'], ['Гнатюк', 'hnatiuk'], ['Павлюк', 'pavliuk']],
  pm: ['Олександрович', 'Іванович', 'Петрович', 'Васильович', 'Миколайович'],
  pf: ['Олександрівна', 'Іванівна', 'Петрівна', 'Василівна', 'Миколаївна'],
  // [місто, область, вулиці відділень Нової Пошти]
  places: [['Київ', 'Київська', 'вул. Пирогівський шлях'], ['Львів', 'Львівська', 'вул. Городоцька'], ['Одеса', 'Одеська', 'вул. Балківська'], ['Дніпро', 'Дніпропетровська', 'просп. Слобожанський'], ['Вінниця', 'Вінницька', 'вул. Келецька'], ['Житомир', 'Житомирська', 'вул. Київська'], ['Полтава', 'Полтавська', 'вул. Соборності'], ['Івано-Франківськ', 'Івано-Франківська', 'вул. Галицька'], ['Черкаси', 'Черкаська', 'бул. Шевченка'], ['Рівне', 'Рівненська', 'вул. Соборна']],
  mail: ['gmail.com', 'gmail.com', 'ukr.net', 'i.ua', 'gmail.com', 'meta.ua'],
}
const RO = {
  m: [['Andrei', 'andrei'], ['Mihai', 'mihai'], ['Alexandru', 'alexandru'], ['Ionuț', 'ionut'], ['Bogdan', 'bogdan'], ['Florin', 'florin'], ['Cristian', 'cristian'], ['Vlad', 'vlad']],
  f: [['Ioana', 'ioana'], ['Elena', 'elena'], ['Maria', 'maria'], ['Andreea', 'andreea'], ['Alexandra', 'alexandra'], ['Cristina', 'cristina'], ['Mihaela', 'mihaela'], ['Ana-Maria', 'anamaria']],
  last: [['Popescu', 'popescu'], ['Ionescu', 'ionescu'], ['Popa', 'popa'], ['Pop', 'pop'], ['Stan', 'stan'], ['Dumitru', 'dumitru'], ['Constantin', 'constantin'], ['Munteanu', 'munteanu'], ['Stoica', 'stoica'], ['Moldovan', 'moldovan'], ['Rus', 'rus'], ['Lazăr', 'lazar']],
  // [oraș, județ, cod poștal]
  places: [['Cluj-Napoca', 'Cluj', '400001'], ['București', 'Sector 3', '030167'], ['București', 'Sector 6', '060011'], ['Iași', 'Iași', '700259'], ['Timișoara', 'Timiș', '300011'], ['Brașov', 'Brașov', '500030'], ['Constanța', 'Constanța', '900178'], ['Oradea', 'Bihor', '410087'], ['Sibiu', 'Sibiu', '550182'], ['Florești', 'Cluj', '407280']],
  streets: ['Str. Memorandumului', 'Bd. 21 Decembrie 1989', 'Str. Republicii', 'Calea Dorobanților', 'Str. Avram Iancu', 'Bd. Iuliu Maniu', 'Str. Mihai Eminescu', 'Str. Teilor'],
  mail: ['gmail.com', 'yahoo.com', 'gmail.com', 'yahoo.ro', 'icloud.com'],
}
const SR = {
  m: [['Marko', 'marko'], ['Nikola', 'nikola'], ['Stefan', 'stefan'], ['Miloš', 'milos'], ['Nemanja', 'nemanja'], ['Aleksandar', 'aleksandar'], ['Dušan', 'dusan'], ['Vladimir', 'vladimir']],
  f: [['Jelena', 'jelena'], ['Milica', 'milica'], ['Ana', 'ana'], ['Marija', 'marija'], ['Jovana', 'jovana'], ['Ivana', 'ivana'], ['Tijana', 'tijana'], ['Dragana', 'dragana']],
  last: [['Jovanović', 'jovanovic'], ['Petrović', 'petrovic'], ['Nikolić', 'nikolic'], ['Marković', 'markovic'], ['Đorđević', 'djordjevic'], ['Stojanović', 'stojanovic'], ['Ilić', 'ilic'], ['Stanković', 'stankovic'], ['Pavlović', 'pavlovic'], ['Milošević', 'milosevic']],
  // [mesto, poštanski broj]
  places: [['Beograd', '11000'], ['Novi Beograd', '11070'], ['Beograd-Zvezdara', '11050'], ['Novi Sad', '21000'], ['Niš', '18000'], ['Kragujevac', '34000'], ['Subotica', '24000'], ['Čačak', '32000'], ['Zrenjanin', '23000'], ['Pančevo', '26000']],
  streets: ['Bulevar oslobođenja', 'Kneza Miloša', 'Cara Dušana', 'Njegoševa', 'Vojvode Stepe', 'Nemanjina', 'Jurija Gagarina', 'Maksima Gorkog'],
}
const EL = {
  m: [['Γιώργος', 'giorgos'], ['Δημήτρης', 'dimitris'], ['Νίκος', 'nikos'], ['Κώστας', 'kostas'], ['Γιάννης', 'giannis'], ['Παναγιώτης', 'panagiotis'], ['Χρήστος', 'christos'], ['Αλέξανδρος', 'alexandros']],
  f: [['Μαρία', 'maria'], ['Ελένη', 'eleni'], ['Κατερίνα', 'katerina'], ['Βασιλική', 'vasiliki'], ['Σοφία', 'sofia'], ['Δέσποινα', 'despoina'], ['Αγγελική', 'aggeliki'], ['Χριστίνα', 'christina']],
  last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos'], ['Νικολάου', 'Νικολάου', 'nikolaou'], ['Γεωργίου', 'Γεωργίου', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou'], ['Παπαδάκης', 'Παπαδάκη', 'papadakis'], ['Βασιλείου', 'Βασιλείου', 'vasileiou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis'], ['Αθανασίου', 'Αθανασίου', 'athanasiou'], ['Μακρής', 'Μακρή', 'makris'], ['Δημητρίου', 'Δημητρίου', 'dimitriou']],
  // [πόλη, Τ.Κ., νομός, υπεραστικός κωδικός]
  places: [['Θεσσαλονίκη', '546 22', 'Θεσσαλονίκης', '2310'], ['Καλαμαριά', '551 33', 'Θεσσαλονίκης', '2310'], ['Αθήνα', '104 34', 'Αττικής', '210'], ['Περιστέρι', '121 33', 'Αττικής', '210'], ['Πάτρα', '262 21', 'Αχαΐας', '2610'], ['Ηράκλειο', '712 02', 'Ηρακλείου', '2810'], ['Λάρισα', '412 22', 'Λάρισας', '2410'], ['Βόλος', '382 21', 'Μαγνησίας', '2421'], ['Ιωάννινα', '454 44', 'Ιωαννίνων', '2651'], ['Σέρρες', '621 22', 'Σερρών', '2321']],
  streets: ['Εγνατίας', 'Τσιμισκή', 'Πατησίων', 'Αγίου Δημητρίου', 'Κορίνθου', 'Ερμού', 'Παπαναστασίου', 'Καραολή και Δημητρίου'],
  mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'gmail.com', 'otenet.gr'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  const sep = v.pick(r, ['.', '', '_'])
  const num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  if (cc === 'ru') {
    const g = v.pick(r, female ? RU.f : RU.m), l = v.pick(r, RU.last), pl = v.pick(r, RU.places)
    const mob = `9${v.int(r, 10, 99)}${v.int(r, 100, 999)}${pad(v.int(r, 0, 99))}${pad(v.int(r, 0, 99))}`
    return { female, first: g[0], last: female ? l[1] : l[0], patr: v.pick(r, female ? RU.pf : RU.pm), zip: pl[0], region: pl[1], city: pl[2],
      street: `${v.pick(r, RU.streets)}, д. ${v.int(r, 1, 140)}${r() < 0.7 ? `, кв. ${v.int(r, 1, 260)}` : ''}`, mob,
      mail: `${g[1]}${sep}${l[2]}${female ? 'a' : ''}${num}@${v.pick(r, RU.mail)}`, birth: Date.UTC(1966, 0, 1) + Math.floor(r() * 38 * 365) * day }
  }
  if (cc === 'uk') {
    const g = v.pick(r, female ? UK.f : UK.m), l = v.pick(r, UK.last), pl = v.pick(r, UK.places)
    const mob = `${v.pick(r, ['67', '68', '50', '66', '63', '93', '97', '98', '73'])}${v.int(r, 100, 999)}${pad(v.int(r, 0, 99))}${pad(v.int(r, 0, 99))}`
    return { female, first: g[0], last: l[0], patr: v.pick(r, female ? UK.pf : UK.pm), city: pl[0], obl: pl[1], npStreet: pl[2], mob,
      mail: `${g[1]}${sep}${l[1]}${num}@${v.pick(r, UK.mail)}`, birth: Date.UTC(1970, 0, 1) + Math.floor(r() * 35 * 365) * day }
  }
  if (cc === 'ro') {
    const g = v.pick(r, female ? RO.f : RO.m), l = v.pick(r, RO.last), pl = v.pick(r, RO.places)
    const mob = `7${v.int(r, 20, 89)}${v.int(r, 100, 999)}${v.int(r, 100, 999)}`
    return { female, first: g[0], last: l[0], city: pl[0], county: pl[1], zip: pl[2],
      street: `${v.pick(r, RO.streets)} nr. ${v.int(r, 1, 120)}${r() < 0.45 ? `, bl. ${v.pick(r, ['A2', 'C4', 'M11', '17', 'B'])}, sc. ${v.int(r, 1, 3)}, ap. ${v.int(r, 1, 60)}` : ''}`, mob,
      mail: `${g[1]}${sep}${l[1]}${num}@${v.pick(r, RO.mail)}`, birth: Date.UTC(1972, 0, 1) + Math.floor(r() * 33 * 365) * day }
  }
  if (cc === 'sr') {
    const g = v.pick(r, female ? SR.f : SR.m), l = v.pick(r, SR.last), pl = v.pick(r, SR.places)
    return { female, first: g[0], last: l[0], city: pl[0], zip: pl[1], street: `${v.pick(r, SR.streets)} ${v.int(r, 1, 160)}${r() < 0.4 ? `/${v.int(r, 1, 40)}` : ''}`,
      mob: `06${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '9'])}${v.int(r, 1000000, 9999999)}`,
      mail: `${g[1]}${sep}${l[1]}${num}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'eunet.rs'])}` }
  }
  // el
  const g = v.pick(r, female ? EL.f : EL.m), l = v.pick(r, EL.last), pl = v.pick(r, EL.places)
  return { female, first: g[0], last: female ? l[1] : l[0], city: pl[0], zip: pl[1], nomos: pl[2], land: `${pl[3]}${v.int(r, 10 ** (9 - pl[3].length), 10 ** (10 - pl[3].length) - 1)}`,
    street: `${v.pick(r, EL.streets)} ${v.int(r, 1, 180)}`, mob: `69${v.pick(r, ['4', '7', '8', '9', '3'])}${v.int(r, 1000000, 9999999)}`,
    mail: `${g[1]}${sep}${l[2]}${num}@${v.pick(r, EL.mail)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ru = (c) => who(c, 'ru')
const uk = (c) => who(c, 'uk')
const ro = (c) => who(c, 'ro')
const sr = (c) => who(c, 'sr')
const el = (c) => who(c, 'el')
const ruMob = (m) => `+7 ${m.slice(0, 3)} ${m.slice(3, 6)}-${m.slice(6, 8)}-${m.slice(8)}`
const ukMob = (m) => `+380 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`
const roMob = (m) => `0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
const at = (o, from, days) => from + ((n(o) * 7919) % (days * 86400)) * 1000

// ---------------------------------------------------------------- 1. AdvantShop order export (ru, E)
// a Yekaterinburg loose-leaf tea shop shipping across Russia with СДЭК and Почта России
const AS_ITEM = [['TEA-0107', 'Да Хун Пао, 100 г', 1290], ['TEA-0212', 'Те Гуань Инь, 100 г', 890], ['TEA-0330', 'Шу Пуэр «Гунтин», блин 357 г', 2450], ['ACC-0051', 'Гайвань фарфоровая 150 мл', 1150], ['TEA-0415', 'Сенча Premium, 100 г', 760], ['SET-0009', 'Подарочный набор «Три улуна»', 2990]]
const AS_SHIP = [['СДЭК: до пункта выдачи', 290], ['Почта России', 350], ['Курьер по Екатеринбургу', 300], ['Самовывоз из магазина', 0], ['СДЭК: курьером', 490]]
const asItem = (o) => row(AS_ITEM, n(o) % 6)
const asQty = (o) => (asItem(o)[2] > 2000 ? 1 : o.qty)
const asSub = (o) => asItem(o)[2] * asQty(o)
const asDisc = (o) => (n(o) % 7 === 0 ? Math.round(asSub(o) * 0.1) : 0)
const asShip = (o) => { const s = row(AS_SHIP, (n(o) >> 1) % 5); return [s[0], asSub(o) >= 3000 ? 0 : s[1]] }
const asPay = (o) => (asShip(o)[0].startsWith('Самовывоз') && n(o) % 2 ? 'Наличными или картой при получении' : row(['Банковской картой онлайн', 'СБП', 'Банковской картой онлайн', 'ЮMoney', 'СБП'], n(o) % 5))
const asSt = (o) => row(['Новый', 'В обработке', 'Отправлен', 'Доставлен', 'Доставлен', 'Доставлен', 'Отменён'], n(o) % 7)
const asTotal = (o) => asSub(o) - asDisc(o) + asShip(o)[1]
const asLocal = (c, o) => (asShip(o)[0].includes('Екатеринбург') || asShip(o)[0].startsWith('Самовывоз'))
const asAddr = (c, o) => (asLocal(c, o) ? ['620137', 'Свердловская обл.', 'Екатеринбург', ru(c).street] : [ru(c).zip, ru(c).region, ru(c).city, ru(c).street])
const asTrack = (o) => { const s = asShip(o)[0]; if (['Новый', 'В обработке', 'Отменён'].includes(asSt(o)) || !/СДЭК|Почта/.test(s)) return ''; return s.startsWith('СДЭК') ? String(1500000000 + (n(o) * 7919) % 99999999) : `620${pad((n(o) * 104729) % 100000, 5)}${pad((n(o) * 31) % 1000000, 6)}` }
const SET_AS = { name: 'advantshop-eksport-zakazov-ru', product: 'AdvantShop (панель администрирования: Заказы > Экспорт заказов (CSV), one row per order, Russian UI, a Yekaterinburg loose-leaf tea shop, Asia/Yekaterinburg, RUB)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
  ['Номер заказа', (c, o) => String(10000 + (n(o) * 37) % 90000), ['_id', OR('purchaseID')]],
  ['Дата заказа', (c, o) => dmyhm(ekb(at(o, Date.UTC(2025, 0, 10), 320))), ['timestamp', OR('createdDate')]],
  ['Статус', (c, o) => asSt(o), [], opt],
  ['Оплачен', (c, o) => (asSt(o) === 'Отменён' || (asPay(o).startsWith('Наличными') && asSt(o) !== 'Доставлен') ? 'Нет' : 'Да'), []],
  ['Покупатель', (c) => `${ru(c).last} ${ru(c).first}`, []],
  ['Email', (c) => ru(c).mail, EMAIL_ID],
  ['Телефон', (c) => ruMob(ru(c).mob), PHONE_ID],
  ['Товары', (c, o) => `${asItem(o)[1]} (арт. ${asItem(o)[0]}) x ${asQty(o)}`, [PL('name')], opt],
  ['Количество товаров', (c, o) => String(asQty(o)), [PL('quantity')], opt],
  ['Сумма товаров', (c, o) => rub(asSub(o)), [PL('priceTotal')], opt],
  ['Скидка', (c, o) => rub(asDisc(o)), [OR('discountAmount')]],
  ['Купон', (c, o) => (asDisc(o) ? 'CHAI10' : ''), ['commerce.promotionID']],
  ['Стоимость доставки', (c, o) => rub(asShip(o)[1]), ['commerce.shipping.shippingAmount']],
  ['Итого', (c, o) => rub(asTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Валюта', () => 'RUB', [OR('currencyCode')]],
  ['Способ доставки', (c, o) => asShip(o)[0], ['commerce.shipping.shippingMethod']],
  ['Способ оплаты', (c, o) => asPay(o), [OR('payments[0].paymentType')]],
  ['Страна', () => 'Россия', [SHIP('country')]],
  ['Регион', (c, o) => asAddr(c, o)[1], STATE(['commerce.shipping.address'])],
  ['Город', (c, o) => asAddr(c, o)[2], [SHIP('city')]],
  ['Индекс', (c, o) => asAddr(c, o)[0], [SHIP('postalCode')]],
  ['Адрес', (c, o) => (asShip(o)[0].startsWith('Самовывоз') ? '' : asAddr(c, o)[3]), [SHIP('street1')]],
  ['Трек-номер', (c, o) => asTrack(o), ['commerce.shipping.trackingNumber']],
  ['Комментарий покупателя', (c, o) => row(['', '', 'Позвоните за час до доставки', '', 'Упакуйте, пожалуйста, как подарок', ''], n(o) % 6), []],
  ['Источник заказа', (c, o) => row(['Корзина', 'Корзина', 'Покупка в один клик', 'Мобильная версия', 'Телефон'], n(o) % 5), [], opt],
  ['Менеджер', (c, o) => row(['Анастасия Белова', 'Кирилл Орлов', ''], n(o) % 3), []],
] }

// ---------------------------------------------------------------- 2. БонусПлюс customer list (ru, P)
// a Kazan chain of four specialty-coffee shops with a cashback programme; the phone number is the customer's key
const BP_TIER = [['Базовый', 3], ['Базовый', 3], ['Серебряный', 5], ['Базовый', 3], ['Золотой', 7]]
const bpTier = (c) => row(BP_TIER, n(c) % 5)
const bpSpent = (c) => 350 + (n(c) * 7919) % 48000 + (bpTier(c)[1] - 3) * 9000
const bpEarned = (c) => Math.round(bpSpent(c) * bpTier(c)[1]) / 100
const bpRedeemed = (c) => Math.floor(bpEarned(c) * ((n(c) % 4) / 5))
const bpExpired = (c) => (n(c) % 6 === 0 ? Math.round(bpEarned(c) * 0.1) : 0)
const bpJoin = (c) => Date.UTC(2021, 3, 1) + (n(c) * 131) % (1300 * 86400) * 1000
const SET_BP = { name: 'bonusplus-klienty-eksport-ru', product: 'БонусПлюс (личный кабинет: Клиенты > Список клиентов > Экспорт в Excel, one row per programme member, Russian UI, a Kazan chain of four coffee shops with cashback cards)', family: 'loyalty', language: 'ru', schema: P, cols: [
  ['Телефон', (c) => `7${ru(c).mob}`, ['mobilePhone.number']],
  ['Фамилия', (c) => (n(c) % 5 === 0 ? '' : ru(c).last), ['person.name.lastName']],
  ['Имя', (c) => ru(c).first, ['person.name.firstName']],
  ['Отчество', (c) => (n(c) % 3 === 0 ? ru(c).patr : ''), ['person.name.middleName']],
  ['Пол', (c) => (n(c) % 7 === 0 ? '' : ru(c).female ? 'Женский' : 'Мужской'), ['person.gender']],
  ['Дата рождения', (c) => (n(c) % 4 === 0 ? '' : dmy(shift(ru(c).birth, 0))), ['person.birthDate']],
  ['Email', (c) => (n(c) % 3 === 1 ? ru(c).mail : ''), ['personalEmail.address']],
  ['Номер карты', (c) => (n(c) % 5 === 2 ? '' : `2700${pad((n(c) * 7919) % 1000000000, 9)}`), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
  ['Дисконтная группа', (c) => `${bpTier(c)[0]} ${bpTier(c)[1]}%`, ['loyalty.tier']],
  ['Баланс', (c) => rub(bpEarned(c) - bpRedeemed(c) - bpExpired(c)), ['loyalty.points']],
  ['Начислено', (c) => rub(bpEarned(c)), ['loyalty.lifetimePoints'], opt],
  ['Списано', (c) => rub(bpRedeemed(c)), ['loyalty.pointsRedeemed']],
  ['Сгорело', (c) => rub(bpExpired(c)), ['loyalty.expiredPoints'], opt],
  ['Сумма покупок', (c) => rub(bpSpent(c)), ['loyalty.lifetimePurchases'], opt],
  ['Количество покупок', (c) => String(1 + Math.floor(bpSpent(c) / 410)), [], opt],
  ['Дата регистрации', (c) => dmyhm(msk(bpJoin(c))), ['loyalty.joinDate']],
  ['Магазин регистрации', (c) => row(['Кофейня на Баумана', 'Кофейня на Пушкина', 'Кофейня в ТЦ «Кольцо»', 'Кофейня на Чистопольской', 'Мобильное приложение'], n(c) % 5), [], opt],
  ['Дата последней покупки', (c) => dmy(msk(bpJoin(c) + (30 + (n(c) % 500)) * day)), []],
  ['Согласие на рассылку', (c) => (n(c) % 4 === 3 ? 'Нет' : 'Да'), [], opt],
  ['Комментарий', (c) => row(['', '', 'Любит альтернативное молоко', '', 'Корпоративный клиент'], n(c) % 5), []],
] }

// ---------------------------------------------------------------- 3. Аспро.Cloud contact export (ru, B)
// a Moscow IT-outsourcing and 1C-integration company's CRM: contact persons at its client and prospect companies
const AC_CO = [['ООО «ТехноСтрой-М»', 'tehnostroy-m.ru', 'Москва', '495'], ['АО «Волгатрубмаш»', 'volgatrubmash.ru', 'Волгоград', '8442'], ['ООО «Северный логистический центр»', 'sevlogcenter.ru', 'Санкт-Петербург', '812'], ['ООО «Агрохолдинг Кубань-Юг»', 'kuban-ug.ru', 'Краснодар', '861'], ['ООО «Медицина Плюс»', 'medplus-clinic.ru', 'Москва', '499'], ['ООО «Ритейл Групп Урал»', 'rgural.ru', 'Екатеринбург', '343'], ['АО «ТрансКомСервис»', 'tkservice.ru', 'Москва', '495']]
const AC_JOB = [['Генеральный директор', ''], ['ИТ-директор', 'ИТ-отдел'], ['Руководитель отдела закупок', 'Отдел закупок'], ['Системный администратор', 'ИТ-отдел'], ['Главный бухгалтер', 'Бухгалтерия'], ['Финансовый директор', 'Финансовая служба'], ['Менеджер по закупкам', 'Отдел закупок']]
const acCo = (c) => row(AC_CO, n(c) % 7)
const acJob = (c) => row(AC_JOB, (n(c) >> 1) % 7)
const acTel = (c) => { const a = acCo(c)[3]; const k = 10 - a.length; const d = String(10 ** (k - 1) * 2 + (n(c) * 7919) % (10 ** (k - 1) * 7)); return `+7 (${a}) ${d.slice(0, k - 4)}-${d.slice(k - 4, k - 2)}-${d.slice(k - 2)}` }
const acAt = (c) => Date.UTC(2022, 1, 1) + (n(c) * 7919) % (1000 * 86400) * 1000
const SET_AC = { name: 'aspro-cloud-kontakty-ru', product: 'Аспро.Cloud (CRM > Контакты > Действия > Экспорт в Excel, one row per contact person, Russian UI, a Moscow IT-outsourcing and 1C-integration firm\'s clients and prospects, Europe/Moscow)', family: 'crm', language: 'ru', schema: B, cols: [
  ['ID', (c) => String(1200 + (n(c) * 13) % 8800), B2BID],
  ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
  ['Имя', (c) => ru(c).first, ['person.name.firstName']],
  ['Отчество', (c) => ru(c).patr, ['person.name.middleName']],
  ['Компания', (c) => acCo(c)[0], CO],
  ['Должность', (c) => acJob(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Отдел', (c) => acJob(c)[1], ['extendedWorkDetails.departments[0]']],
  ['Рабочий телефон', (c) => acTel(c), ['workPhone.number']],
  ['Мобильный телефон', (c) => (n(c) % 3 === 0 ? '' : ruMob(ru(c).mob)), ['mobilePhone.number']],
  ['E-mail', (c) => `${ru(c).mail.split('@')[0].replace(/\d+$/, '').replace(/[_]/, '.')}@${acCo(c)[1]}`, WE],
  ['Telegram', (c) => (n(c) % 4 === 0 ? `@${ru(c).mail.split('@')[0].replace(/\d+$/, '')}` : ''), []],
  ['Дата рождения', (c) => (n(c) % 3 === 1 ? dmy(shift(ru(c).birth, 0)) : ''), ['person.birthDate']],
  ['Город', (c) => acCo(c)[2], [W('city'), 'homeAddress.city'], opt],
  ['Сайт', (c) => `https://${acCo(c)[1]}`, ['b2b.companyWebsite'], opt],
  ['Тип', (c) => row(['Клиент', 'Потенциальный клиент', 'Клиент', 'Партнёр', 'Потенциальный клиент'], n(c) % 5), ['b2b.personType'], opt],
  ['Источник', (c) => row(['Сайт', 'Рекомендация', 'Выставка «Softool»', 'Холодный звонок', 'Входящий звонок'], (n(c) >> 2) % 5), ['b2b.personSource'], opt],
  ['Ответственный', (c) => row(['Григорьев Павел', 'Сорокина Ксения', 'Тимофеев Денис'], n(c) % 3), []],
  ['Теги', (c) => row(['1С:УНФ', 'ИТ-аутсорсинг', '', 'тендер, 1С:ERP', ''], n(c) % 5), []],
  ['Дата создания', (c) => dmyhm(msk(acAt(c))), ['extSourceSystemAudit.createdDate']],
  ['Дата изменения', (c) => dmyhm(msk(acAt(c) + (3 + n(c) % 200) * day)), ['extSourceSystemAudit.lastUpdatedDate']],
  ['Описание', (c) => row(['', 'ЛПР по ИТ-бюджету', '', 'Просил КП на сопровождение 1С', ''], n(c) % 5), []],
] }

// ---------------------------------------------------------------- 4. LP-CRM order export (uk, E)
// a Kyiv dropshipping seller of kitchen gadgets running landing pages on Facebook/Instagram/TikTok traffic; cash on
// delivery through Нова Пошта
const LP_ITEM = [['Овочерізка Nicer Dicer Plus', 'ND-PLUS', 549, 'nicerdicer-ua.com.ua'], ['Набір ножів Kitchen Pro, 6 шт.', 'KN-6', 899, 'kitchenpro.shop-ua.com.ua'], ['Електрична кавомолка Sokany', 'CM-SK', 459, 'kavomolka.com.ua'], ['Термос з ручкою, 1 л', 'TH-1L', 389, 'termos-top.com.ua'], ['Набір силіконових форм, 12 шт.', 'SF-12', 299, 'formy-bake.com.ua']]
const lpItem = (o) => row(LP_ITEM, n(o) % 5)
const lpQty = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0)
const lpSum = (o) => lpItem(o)[2] * lpQty(o)
const lpSt = (o) => row(['Новий', 'Прийнято', 'Відправлено', 'Виконано', 'Виконано', 'Відмова', 'Повернення', 'Виконано'], n(o) % 8)
const lpCard = (o) => n(o) % 3 === 0
const lpUp = (o) => n(o) % 6 === 0
const lpAt = (o) => at(o, Date.UTC(2025, 1, 1), 240)
const lpSrc = (o) => row(['facebook', 'instagram', 'tiktok', 'facebook', 'google', ''], (n(o) >> 1) % 6)
const SET_LP = { name: 'lp-crm-zamovlennia-eksport-ua', product: 'LP-CRM (Замовлення > фільтр за датою > Експорт в Excel, one row per order, Ukrainian UI, a Kyiv dropshipping seller of kitchen gadgets from landing pages, Europe/Kyiv, UAH)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
  ['ID', (c, o) => String(48000 + (n(o) * 37) % 50000), ['_id', OR('purchaseID')]],
  ['Дата створення', (c, o) => dmyhms(eet(lpAt(o))), ['timestamp', OR('createdDate')]],
  ['Статус', (c, o) => lpSt(o), [], opt],
  ['ПІБ', (c) => `${uk(c).last} ${uk(c).first}${n(c) % 4 === 0 ? ` ${uk(c).patr}` : ''}`, []],
  ['Телефон', (c) => `380${uk(c).mob}`, PHONE_ID],
  ['Email', (c) => (n(c) % 6 === 0 ? uk(c).mail : ''), EMAIL_ID],
  ['Товар', (c, o) => (lpUp(o) ? `${lpItem(o)[0]}; Точилка для ножів` : lpItem(o)[0]), [PL('name')]],
  ['Артикул', (c, o) => (lpUp(o) ? `${lpItem(o)[1]}; SH-01` : lpItem(o)[1]), [PL('SKU')]],
  ['Кількість', (c, o) => String(lpQty(o)), [PL('quantity')]],
  ['Ціна', (c, o) => String(lpItem(o)[2]), [], opt],
  ['Сума', (c, o) => String(lpSum(o) + (lpUp(o) ? 149 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Передоплата', (c, o) => String(lpCard(o) ? lpSum(o) + (lpUp(o) ? 149 : 0) : n(o) % 4 === 1 ? 100 : 0), [OR('payments[0].paymentAmount')], opt],
  ['Спосіб оплати', (c, o) => (lpCard(o) ? 'Передоплата на картку' : 'Накладений платіж'), [OR('payments[0].paymentType')]],
  ['Служба доставки', (c, o) => (n(o) % 7 === 3 ? 'Укрпошта' : 'Нова Пошта'), ['commerce.shipping.shippingMethod']],
  ['Місто', (c) => uk(c).city, [SHIP('city')]],
  ['Відділення', (c, o) => (n(o) % 7 === 3 ? `Відділення Укрпошти, індекс ${pad(10000 + (n(c) * 13) % 80000, 5)}` : `Відділення №${1 + (n(c) % 48)} (до 30 кг): ${uk(c).npStreet}, ${1 + (n(c) % 120)}`), [SHIP('street1')], opt],
  ['ТТН', (c, o) => (['Новий', 'Прийнято', 'Відмова'].includes(lpSt(o)) ? '' : n(o) % 7 === 3 ? `05${pad((n(o) * 7919) % 100000000000, 11)}` : `2045${pad((n(o) * 104729) % 10000000000, 10)}`), ['commerce.shipping.trackingNumber']],
  ['Коментар', (c, o) => row(['', 'Передзвонити після 18:00', '', 'Клієнт просить відправку в понеділок', ''], n(o) % 5), []],
  ['utm_source', (c, o) => lpSrc(o), ['marketing.trackingCode'], opt],
  ['utm_medium', (c, o) => (lpSrc(o) ? (lpSrc(o) === 'google' ? 'cpc' : 'paid_social') : ''), [], opt],
  ['utm_campaign', (c, o) => (lpSrc(o) ? `${lpItem(o)[1].toLowerCase()}_${row(['broad', 'lal1', 'retarget'], n(o) % 3)}` : ''), ['marketing.campaignName']],
  ['IP', (c, o) => v.ip4(v.rng(n(o) * 31 + 7)), ['environment.ipV4']],
  ['Сайт', (c, o) => `https://${lpItem(o)[3]}/`, ['web.webPageDetails.URL'], opt],
  ['Менеджер', (c, o) => row(['Вікторія', 'Денис', 'Юлія'], n(o) % 3), []],
] }

// ---------------------------------------------------------------- 5. EasyWeek client export (uk, P)
// a Lviv brow-and-lash studio with three masters; clients book online or through Instagram
const ewVisits = (c) => (n(c) % 9 === 0 ? 0 : 1 + (n(c) * 7) % 23)
const ewFirst = (c) => Date.UTC(2022, 8, 1) + (n(c) * 131) % (900 * 86400) * 1000
const SET_EW = { name: 'easyweek-kliienty-eksport-ua', product: 'EasyWeek (Клієнти > Експорт у CSV, one row per client, Ukrainian UI, a Lviv brow-and-lash studio with three masters, Europe/Kyiv, UAH)', family: 'beauty-booking', language: 'uk', schema: P, cols: [
  ["Ім'я", (c) => uk(c).first, ['person.name.firstName']],
  ['Прізвище', (c) => (n(c) % 4 === 0 ? '' : uk(c).last), ['person.name.lastName']],
  ['Телефон', (c) => ukMob(uk(c).mob), ['mobilePhone.number']],
  ['Email', (c) => (n(c) % 3 === 0 ? '' : uk(c).mail), ['personalEmail.address']],
  ['Дата народження', (c) => (n(c) % 5 < 2 ? '' : dmy(shift(uk(c).birth, 0))), ['person.birthDate']],
  ['Стать', (c) => (n(c) % 6 === 0 ? '' : uk(c).female ? 'Жіноча' : 'Чоловіча'), ['person.gender']],
  ['Дата створення', (c) => dmyhm(eet(ewFirst(c) - 2 * day)), [], opt],
  ['Кількість записів', (c) => String(ewVisits(c) + (n(c) % 4)), []],
  ['Скасовані', (c) => String(n(c) % 4), []],
  ['Неявки', (c) => String(n(c) % 11 === 0 ? 1 : 0), []],
  ['Перший візит', (c) => (ewVisits(c) ? dmy(eet(ewFirst(c))) : ''), []],
  ['Останній візит', (c) => (ewVisits(c) ? dmy(eet(ewFirst(c) + ewVisits(c) * 28 * day)) : ''), []],
  ['Сума оплат', (c) => sp(ewVisits(c) * row([650, 850, 1200, 450], n(c) % 4)), ['loyalty.lifetimePurchases'], opt],
  ['Знижка, %', (c) => String(n(c) % 8 === 0 ? 10 : 0), []],
  ['Джерело', (c) => row(['Онлайн-запис', 'Instagram', 'Адміністратор', 'Онлайн-запис', 'Google Maps'], n(c) % 5), [], opt],
  ['Мітки', (c) => row(['', 'VIP', '', 'Алергія на клей', 'Постійна'], (n(c) >> 1) % 5), [], opt],
  ['Згода на розсилку', (c) => (n(c) % 5 === 4 ? 'Ні' : 'Так'), [], opt],
  ['Примітка', (c) => row(['', 'Ламінування брів кожні 6 тижнів', '', 'Записується лише до Олі', ''], n(c) % 5), []],
] }

// ---------------------------------------------------------------- 6. Vendigo.ro order export (ro, E)
// a Cluj home-textiles shop selling on Vendigo and through its own Vendigo-hosted site; one row per product line
const VD_ITEM = [['Lenjerie de pat bumbac satinat 2 persoane, gri', 'LJ-SAT-2P-GR', 189.9], ['Pilotă din puf de gâscă 200x220', 'PL-PUF-200', 449], ['Set 6 prosoape bumbac 500 g/m²', 'PR-SET6', 119.9], ['Cuvertură matlasată 220x240, bej', 'CV-MAT-220', 229], ['Husă de pernă 50x70, set 2 buc.', 'HP-5070-2', 39.9]]
const vdItem = (o) => row(VD_ITEM, n(o) % 5)
const vdQty = (o) => (vdItem(o)[2] < 50 ? 2 + (n(o) % 2) : o.qty > 2 ? 1 : o.qty)
const vdSub = (o) => Math.round(vdItem(o)[2] * vdQty(o) * 100) / 100
const vdDisc = (o) => (n(o) % 6 === 0 ? 15 : 0)
const vdSt = (o) => row(['Nouă', 'Acceptată', 'Expediată', 'Finalizată', 'Finalizată', 'Anulată', 'Finalizată'], n(o) % 7)
const SET_VD = { name: 'vendigo-export-comenzi-ro', product: 'Vendigo.ro (cabinetul companiei: Comenzi și mesaje > Lista de comenzi și mesaje > Export > fișier Excel, one row per ordered product, Romanian UI, a Cluj home-textiles shop, Europe/Bucharest, RON)', family: 'marketplace-orders', language: 'ro', schema: E, cols: [
  ['Nr. comandă', (c, o) => String(312000000 + (n(o) * 7919) % 9000000), ['_id', OR('purchaseID')]],
  ['Data comenzii', (c, o) => dmyhm(eet(at(o, Date.UTC(2025, 2, 1), 230))), ['timestamp', OR('createdDate')]],
  ['Nume client', (c) => `${ro(c).first} ${ro(c).last}`, []],
  ['Companie', (c) => (n(c) % 9 === 0 ? row(['Decor Nord SRL', 'Pensiunea Casa Bunicii SRL', 'Apartamente Central Cluj SRL'], n(c) % 3) : ''), [], opt],
  ['Modalitate de livrare', (c, o) => row(['Curier FAN Courier', 'Sameday easybox', 'Curier Cargus', 'Curier FAN Courier', 'Ridicare personală'], (n(o) >> 1) % 5), ['commerce.shipping.shippingMethod']],
  ['Metodă de plată', (c, o) => row(['Ramburs', 'Card online', 'Ramburs', 'Transfer bancar', 'Ramburs'], n(o) % 5), [OR('payments[0].paymentType')]],
  ['Status', (c, o) => vdSt(o), [], opt],
  ['Sursa comenzii', (c, o) => row(['Vendigo.ro', 'Vendigo.ro', 'Site-ul companiei', 'Vendigo.ro', 'Aplicația mobilă Vendigo'], n(o) % 5), [], opt],
  ['Motivul anulării', (c, o) => (vdSt(o) === 'Anulată' ? row(['Clientul a renunțat la comandă', 'Produsul nu este în stoc', 'Date de contact incorecte'], n(o) % 3) : ''), [], opt],
  ['Comentariu anulare', (c, o) => (vdSt(o) === 'Anulată' && n(o) % 2 ? 'Clientul a comandat din alt magazin' : ''), []],
  ['Telefon', (c) => roMob(ro(c).mob), PHONE_ID],
  ['E-mail', (c) => ro(c).mail, EMAIL_ID],
  ['Adresa', (c) => `${ro(c).street}, ${ro(c).city}, ${ro(c).county.startsWith('Sector') ? ro(c).county : `jud. ${ro(c).county}`}, ${ro(c).zip}`, [SHIP('street1')], opt],
  ['Denumire produs', (c, o) => vdItem(o)[0], [PL('name')]],
  ['Cod produs', (c, o) => vdItem(o)[1], [PL('SKU')]],
  ['Cantitate', (c, o) => String(vdQty(o)), [PL('quantity')]],
  ['Etichete', (c, o) => row(['', 'Top vânzări', '', 'Reducere', ''], n(o) % 5), []],
  ['Cod promoțional', (c, o) => (vdDisc(o) ? 'TOAMNA15' : ''), ['commerce.promotionID']],
  ['Reducere cod promoțional', (c, o) => (vdDisc(o) ? dec(vdDisc(o)) : ''), [OR('discountAmount')]],
  ['Preț', (c, o) => dec(vdItem(o)[2]), [], opt],
  ['Cost', (c, o) => dec(vdSub(o)), [OR('priceTotal'), PL('priceTotal')], opt],
  ['Suma cu reducere', (c, o) => dec(vdSub(o) - vdDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
] }

// ---------------------------------------------------------------- 7. MERO Pro client list (ro, P)
// a Bucharest hair salon on the MERO marketplace; clients come from the app or are added at the desk
const meVisits = (c) => (n(c) % 8 === 0 ? 0 : 1 + (n(c) * 5) % 19)
const meAdded = (c) => Date.UTC(2023, 0, 15) + (n(c) * 131) % (700 * 86400) * 1000
const SET_ME = { name: 'mero-pro-clienti-export-ro', product: 'MERO Pro (pro.mero.ro: Clienți > Exportă clienții, one row per client, Romanian UI, a Bucharest hair salon booked through the MERO app, Europe/Bucharest, RON)', family: 'beauty-booking', language: 'ro', schema: P, cols: [
  ['Prenume', (c) => ro(c).first, ['person.name.firstName']],
  ['Nume', (c) => (n(c) % 5 === 0 ? '' : ro(c).last), ['person.name.lastName']],
  ['Telefon', (c) => `+40${ro(c).mob}`, ['mobilePhone.number']],
  ['Email', (c) => (n(c) % 4 === 0 ? '' : ro(c).mail), ['personalEmail.address']],
  ['Data nașterii', (c) => (n(c) % 3 === 0 ? dmy(shift(ro(c).birth, 0)) : ''), ['person.birthDate']],
  ['Gen', (c) => (n(c) % 6 === 0 ? '' : ro(c).female ? 'Feminin' : 'Masculin'), ['person.gender']],
  ['Data adăugării', (c) => dmy(eet(meAdded(c))), [], opt],
  ['Sursa', (c) => row(['Aplicația MERO', 'Adăugat manual', 'Aplicația MERO', 'Import', 'Profil MERO (web)'], n(c) % 5), [], opt],
  ['Programări', (c) => String(meVisits(c)), []],
  ['Programări anulate', (c) => String(n(c) % 3), []],
  ['Neprezentări', (c) => String(n(c) % 10 === 0 ? 1 : 0), []],
  ['Ultima programare', (c) => (meVisits(c) ? dmyhm(eet(meAdded(c) + meVisits(c) * 35 * day + 10 * 3600000)) : ''), []],
  ['Total încasat', (c) => `${dotc(meVisits(c) * row([120, 250, 380, 180], n(c) % 4))} lei`, ['loyalty.lifetimePurchases'], opt],
  ['Client favorit', (c) => (n(c) % 7 === 0 ? 'Da' : 'Nu'), [], opt],
  ['Blocat', (c) => (n(c) % 23 === 0 ? 'Da' : 'Nu'), []],
  ['Acord marketing', (c) => (n(c) % 3 === 2 ? 'Nu' : 'Da'), [], opt],
  ['Observații', (c) => row(['', 'Vopsea 7.1 + oxidant 6%', '', 'Preferă programări dimineața', ''], n(c) % 5), []],
] }

// ---------------------------------------------------------------- 8. PRIM.IO counterparty export (bg, B)
// a Plovdiv wholesaler of bakery ingredients: its customer counterparties (bakeries, pastry shops), the legal
// representative (МОЛ) being the person
const PR_KIND = [['Пекарна', 'pekarna'], ['Фурна', 'furna'], ['Сладкарница', 'sladkarnica'], ['Хлебозавод', 'hlebozavod'], ['Кафе-сладкарница', 'kafe'], ['Пекарна-закусвалня', 'zakusvalnya']]
const PR_NAME = [['Златен клас', 'zlatenklas'], ['Родопи', 'rodopi'], ['Мечо', 'mecho'], ['Братя Тодорови', 'bratyatodorovi'], ['Добруджа', 'dobrudzha'], ['Житен дом', 'zhitendom'], ['Тракия', 'trakia'], ['Марица', 'maritsa'], ['Хляб и мед', 'hlyabimed'], ['Балкан', 'balkan'], ['Сладко', 'sladko'], ['Класик', 'klasik']]
// [област, населено място, квартал, улица, номер, блок, етаж, пощенски код, код]
const PR_PLACE = [
  ['Пловдив', 'Пловдив', 'Кършияка', 'ул. „Васил Левски“', '112', '', '', '4003', '032'],
  ['Пловдив', 'Пловдив', 'Тракия', '', '', '157', '3', '4023', '032'],
  ['Пловдив', 'Асеновград', 'Център', 'ул. „Цар Иван Асен II“', '14', '', '', '4230', '0331'],
  ['Смолян', 'Смолян', 'Устово', 'ул. „Наталия“', '27', '', '', '4700', '0301'],
  ['София (столица)', 'София', 'Младост 1', '', '', '32', '1', '1784', '02'],
  ['Стара Загора', 'Стара Загора', 'Железник', 'бул. „Патриарх Евтимий“', '56', '', '', '6000', '042'],
  ['Варна', 'Варна', 'Левски', 'ул. „Студентска“', '8', '', '', '9010', '052'],
  ['Хасково', 'Хасково', 'Орфей', 'ул. „Отец Паисий“', '41', '', '', '6300', '038'],
  ['Пазарджик', 'Пазарджик', 'Център', 'ул. „Есперанто“', '5', '', '', '4400', '034'],
]
const BG_M = [['Георги', 'Иванов'], ['Димитър', 'Петров'], ['Николай', 'Стоянов'], ['Христо', 'Тодоров'], ['Калоян', 'Николов'], ['Стоян', 'Петков']]
const BG_F = [['Мария', 'Георгиева'], ['Десислава', 'Димитрова'], ['Гергана', 'Христова'], ['Силвия', 'Петкова'], ['Цветелина', 'Иванова'], ['Радостина', 'Ангелова']]
const prMemo = new Map()
const prCo = (c) => {
  if (prMemo.has(c.id)) return prMemo.get(c.id)
  const r = seeded(c, 'bg'), k = v.pick(r, PR_KIND), nm = v.pick(r, PR_NAME), pl = v.pick(r, PR_PLACE), female = r() < 0.5, mol = v.pick(r, female ? BG_F : BG_M)
  const et = r() < 0.15, legal = et ? '' : v.pick(r, ['ЕООД', 'ЕООД', 'ООД', 'АД'])
  const name = et ? `ЕТ „${k[0]} ${nm[0]} – ${mol[0]} ${mol[1]}“` : `${k[0]} ${nm[0]} ${legal}`
  const site = r() < 0.6 ? `${nm[1]}${r() < 0.5 ? '' : `-${k[1]}`}.bg` : ''
  const dig = 9 - pl[8].length
  const co = { name, alias: `${k[0]} ${nm[0]}`, pl, mol: `${mol[0]} ${mol[1]}`, site, et,
    eik: `${v.pick(r, ['115', '160', '131', '203', '120', '112', '204'])}${pad(v.int(r, 0, 999999), 6)}`,
    tel: `${pl[8]} ${v.int(r, 2 * 10 ** (dig - 1), 10 ** dig - 1)}`, mob: `+359 8${v.pick(r, ['7', '8', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: site ? `${v.pick(r, ['office', 'poruchki', 'info'])}@${site}` : `${k[1]}.${nm[1]}@${v.pick(r, ['abv.bg', 'mail.bg', 'gmail.com'])}`,
    retail: r() < 0.15, created: Date.UTC(2020, 5, 1) + Math.floor(r() * 1500) * day }
  prMemo.set(c.id, co)
  return co
}
const SET_PR = { name: 'prim-io-kontragenti-eksport-bg', product: 'PRIM.IO (CRM > Контрагенти > Клиенти > Експорт, selected parameters as columns, one row per counterparty, Bulgarian UI, a Plovdiv wholesaler of bakery ingredients and its customer bakeries, Europe/Sofia)', family: 'b2b-accounts', language: 'bg', schema: B, cols: [
  ['Тип контрагент', (c) => (prCo(c).retail ? 'Клиент на дребно' : 'Клиент на едро'), [], opt],
  ['Име', (c) => prCo(c).name, CO],
  ['Псевдоним', (c) => prCo(c).alias, [], opt],
  ['Вид лице', () => 'Юридическо лице', [], opt],
  ['ЕИК', (c) => prCo(c).eik, ACCT, opt],
  ['ДДС номер', (c) => (prCo(c).et ? '' : `BG${prCo(c).eik}`), ACCT, opt],
  ['МОЛ', (c) => prCo(c).mol, ['person.name.fullName']],
  ['Държава', () => 'България', [W('country')]],
  ['Област', (c) => prCo(c).pl[0], STATE(['workAddress'])],
  ['Населено място', (c) => prCo(c).pl[1], [W('city')]],
  ['Квартал', (c) => prCo(c).pl[2], [], opt],
  ['Улица', (c) => prCo(c).pl[3], [W('street1')], opt],
  ['Номер', (c) => prCo(c).pl[4], []],
  ['Блок', (c) => prCo(c).pl[5], [W('street2')], opt],
  ['Етаж', (c) => prCo(c).pl[6], []],
  ['Пощенски код', (c) => prCo(c).pl[7], [W('postalCode')]],
  ['Адрес', (c) => { const k = prCo(c).pl; return `${k[1]}, ${k[3] ? `${k[3]} ${k[4]}` : `ж.к. ${k[2]}, бл. ${k[5]}, ет. ${k[6]}`}` }, [W('street1')]],
  ['Телефон', (c) => (n(c) % 3 === 0 ? prCo(c).mob : prCo(c).tel), ['workPhone.number', 'mobilePhone.number']],
  ['Имейл', (c) => prCo(c).mail, WE],
  ['Уебсайт', (c) => (prCo(c).site ? `www.${prCo(c).site}` : ''), ['b2b.companyWebsite']],
  ['Търговец', (c) => row(['Петко Ангелов', 'Ралица Маринова'], n(c) % 2), []],
  ['Статус', (c) => (n(c) % 11 === 0 ? 'Неактивен' : 'Активен'), [], opt],
  ['Кредитен лимит', (c) => dec(row([5000, 10000, 2500, 20000], n(c) % 4), '.'), []],
  ['Дата на създаване', (c) => dmy(eet(prCo(c).created)), ['extSourceSystemAudit.createdDate'], opt],
] }

// ---------------------------------------------------------------- 9. City Express shipment list (sr, E)
// a Novi Sad online cosmetics shop sending cash-on-delivery parcels across Serbia
const ceSt = (o) => row(['Kreirana', 'Preuzeta od pošiljaoca', 'U dostavi', 'Isporučena', 'Isporučena', 'Isporučena', 'Vraćena pošiljaocu', 'Isporučena'], n(o) % 8)
const ceCod = (o) => (n(o) % 5 === 0 ? 0 : 1290 + (n(o) * 37) % 52 * 100)
const ceAt = (o) => at(o, Date.UTC(2025, 3, 1), 200)
const ceSvc = (o) => (n(o) % 6 === 0 ? 'Ekspres (do 11h)' : 'Danas za sutra')
const SET_CE = { name: 'city-express-posiljke-izvoz-rs', product: 'City Express (web aplikacija za klijente: Pošiljke > Pregled pošiljaka > Izvoz u Excel, one row per shipment, Serbian (Latin) UI, a Novi Sad online cosmetics shop sending COD parcels, Europe/Belgrade, RSD)', family: 'delivery', language: 'sr', schema: E, cols: [
  ['Broj pošiljke', (c, o) => `${pad(20250000000 + (n(o) * 7919) % 999999, 11)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Referentni broj', (c, o) => `NS-${4100 + (n(o) % 5000)}`, [OR('purchaseID')]],
  ['Datum kreiranja', (c, o) => `${dmy(cet(ceAt(o)))}. ${hm(cet(ceAt(o)))}`, ['timestamp']],
  ['Datum preuzimanja', (c, o) => (ceSt(o) === 'Kreirana' ? '' : `${dmy(cet(ceAt(o) + day))}.`), ['commerce.shipping.shipDate']],
  ['Usluga', (c, o) => ceSvc(o), ['commerce.shipping.shippingMethod'], opt],
  ['Primalac', (c) => `${sr(c).first} ${sr(c).last}`, []],
  ['Adresa primaoca', (c) => sr(c).street, [SHIP('street1')]],
  ['Mesto', (c) => sr(c).city, [SHIP('city')]],
  ['Poštanski broj', (c) => sr(c).zip, [SHIP('postalCode')]],
  ['Telefon primaoca', (c) => sr(c).mob, PHONE_ID],
  ['Broj paketa', (c, o) => String(n(o) % 9 === 0 ? 2 : 1), []],
  ['Masa (kg)', (c, o) => dec(0.3 + (n(o) % 12) / 10, ','), []],
  ['Otkupnina', (c, o) => dotc(ceCod(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
  ['Vrednost pošiljke', (c, o) => dotc(ceCod(o) || 1290 + (n(o) * 37) % 52 * 100), [], opt],
  ['Plaća troškove', (c, o) => (ceCod(o) ? 'Primalac' : 'Pošiljalac'), []],
  ['Cena dostave', (c, o) => dotc(ceSvc(o).startsWith('Ekspres') ? 590 : 390), ['commerce.shipping.shippingAmount'], opt],
  ['Status', (c, o) => ceSt(o), [], opt],
  ['Datum isporuke', (c, o) => (['Isporučena'].includes(ceSt(o)) ? `${dmy(cet(ceAt(o) + 2 * day))}. ${9 + (n(o) % 9)}:${pad((n(o) * 7) % 60)}` : ''), []],
  ['Napomena', (c, o) => row(['', 'Lomljivo', '', 'Pozvati pre dostave', '', 'Ostaviti kod komšije na 2. spratu'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 10. Courier Center voucher list (el, E)
// a Thessaloniki online shoe shop; vouchers created from its e-shop, most paid cash on delivery
const ccSt = (o) => row(['Καταχωρημένη', 'Σε διακίνηση', 'Παραδόθηκε', 'Παραδόθηκε', 'Παραδόθηκε', 'Επιστροφή στον αποστολέα', 'Παραδόθηκε', 'Ακυρωμένη'], n(o) % 8)
const ccCod = (o) => (n(o) % 4 === 0 ? 0 : 29.9 + (n(o) * 7) % 9 * 10)
const ccAt = (o) => at(o, Date.UTC(2025, 1, 3), 260)
const ccSvc = (o) => row(['Κανονική', 'Κανονική', 'Επόμενη Εργάσιμη', 'Κανονική', 'Αυθημερόν (Θεσσαλονίκη)'], n(o) % 5)
const ccDel = (o) => ccAt(o) + (ccSvc(o).startsWith('Αυθ') ? 0.3 : 1.6) * day
const SET_CC = { name: 'courier-center-apostoles-export-gr', product: 'Courier Center (e-Courier για επαγγελματίες: Αποστολές > Αναζήτηση > Εξαγωγή σε Excel, one row per voucher, Greek UI, a Thessaloniki online shoe shop, Europe/Athens, EUR)', family: 'delivery', language: 'el', schema: E, cols: [
  ['Αρ. Αποστολής', (c, o) => `${pad(7012000000 + (n(o) * 7919) % 999999, 10)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Ημ/νία Δημιουργίας', (c, o) => dmyhm(eet(ccAt(o)), '/'), ['timestamp']],
  ['Αρ. Παραγγελίας', (c, o) => `#${21000 + (n(o) % 9000)}`, [OR('purchaseID')]],
  ['Παραλήπτης', (c) => `${el(c).last} ${el(c).first}`, []],
  ['Διεύθυνση', (c) => el(c).street, [SHIP('street1')]],
  ['Πόλη', (c) => el(c).city, [SHIP('city')]],
  ['Τ.Κ.', (c) => el(c).zip, [SHIP('postalCode')]],
  ['Νομός', (c) => el(c).nomos, STATE(['commerce.shipping.address']), opt],
  ['Τηλέφωνο', (c) => (n(c) % 3 === 0 ? el(c).land : ''), PHONE_ID, opt],
  ['Κινητό', (c) => el(c).mob, PHONE_ID],
  ['Email', (c) => (n(c) % 5 === 0 ? '' : el(c).mail), EMAIL_ID],
  ['Τεμάχια', (c, o) => String(n(o) % 10 === 0 ? 2 : 1), []],
  ['Βάρος (kg)', (c, o) => dec(0.8 + (n(o) % 9) / 5), []],
  ['Υπηρεσία', (c, o) => ccSvc(o), ['commerce.shipping.shippingMethod'], opt],
  ['Αντικαταβολή', (c, o) => dec(ccCod(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
  ['Τρόπος Είσπραξης', (c, o) => (ccCod(o) ? (n(o) % 3 === 0 ? 'Κάρτα (POS)' : 'Μετρητά') : ''), [OR('payments[0].paymentType')], opt],
  ['Χρέωση Αποστολής', (c, o) => dec(ccSvc(o).startsWith('Αυθ') ? 4.5 : ccCod(o) ? 3.9 : 3.2), ['commerce.shipping.shippingAmount'], opt],
  ['Κατάσταση', (c, o) => ccSt(o), [], opt],
  ['Ημ/νία Παράδοσης', (c, o) => (ccSt(o) === 'Παραδόθηκε' ? dmyhm(eet(ccDel(o)), '/') : ''), []],
  ['Παρελήφθη από', (c, o) => (ccSt(o) === 'Παραδόθηκε' ? (n(o) % 4 === 1 ? 'ΣΥΖΥΓΟΣ' : el(c).last.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()) : ''), []],
  ['Παρατηρήσεις', (c, o) => row(['', 'Να τηλεφωνήσει πριν', '', 'Κουδούνι 3ος όροφος', '', 'Μετά τις 15:00'], n(o) % 6), []],
] }

export const SETS = [SET_AS, SET_BP, SET_AC, SET_LP, SET_EW, SET_VD, SET_ME, SET_PR, SET_CE, SET_CC]
