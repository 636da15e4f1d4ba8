// Round 57, heldout126: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Central/Eastern European, Nordic, Turkish, Greek, Russian and
// Ukrainian exports, each in its product's UI language: a Polish payment operator's payments (pl), a Romanian
// multi-courier platform's shipments (ro), a Hungarian online invoicing tool's invoice list (hu), a Danish clinic
// booking system's bookings (da), a Turkish shop platform's order lines (tr), a Greek courier's vouchers (el), a Finnish
// e-mail tool's subscribers (fi), a Russian loyalty platform's members (ru), a Swedish marketing hub's recipients (sv),
// an Outlook CRM's contacts (cs), a Ukrainian company-data service's firm list (uk) and a Romanian business-information
// service's prospect list (ro). CashBill's payment fields (personalData, paymentChannel, additionalData), LianaMailer's
// subscriber lists and exports, Carma's OriginalID and Maxma's bonus and level model were seen in public code and help
// pages; the rest is written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group, parts, rng } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const cet = (ms) => local(ms, 1) // Poland, Czechia, Hungary, Denmark, Sweden
const eet = (ms) => local(ms, 2) // Romania, Finland, Greece, Ukraine
const trt = (ms) => shift(ms, 3) // Turkey
const msk = (ms) => shift(ms, 3) // Moscow / Kazan
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
// office hours (09:00-20:59 local) for things people key in at work
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + ((9 + (H % 12)) - H) * 3600000 }
const n = (x) => +x.id
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// murmur3's finaliser, so that neighbouring seeds start far apart
const mix = (h) => { h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); return (h ^ (h >>> 16)) >>> 0 }
const ascii = (s) => s.toLowerCase().replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const d = (r, k) => Array.from({ length: k }, () => v.int(r, 0, 9)).join('')
// per country: male and female first names ([native, latin] where the script is not Latin), surnames [male, female(, latin)],
// places [city, postcode, region], a street maker, a mobile maker and mail domains
const LOC = {
  pl: { m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz'], f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Małgorzata'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur']],
    places: [['Warszawa', '02-495', 'mazowieckie'], ['Kraków', '31-042', 'małopolskie'], ['Wrocław', '50-304', 'dolnośląskie'], ['Poznań', '61-758', 'wielkopolskie'], ['Gdańsk', '80-831', 'pomorskie'], ['Gdynia', '81-366', 'pomorskie'], ['Łódź', '90-418', 'łódzkie'], ['Lublin', '20-079', 'lubelskie'], ['Katowice', '40-098', 'śląskie'], ['Sopot', '81-759', 'pomorskie']],
    street: (r) => [`ul. ${v.pick(r, ['Długa', 'Kościuszki', 'Mickiewicza', 'Słowackiego', 'Grunwaldzka', 'Piłsudskiego', 'Polna', 'Ogrodowa'])}`, String(v.int(r, 1, 140)), r() < 0.55 ? String(v.int(r, 1, 60)) : ''],
    mobile: (r) => `${v.pick(r, ['5', '6', '7', '8'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${d(r, 3)} ${d(r, 3)}`, mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'] },
  ro: { m: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Florin', 'Cristian', 'Bogdan', 'Răzvan'], f: ['Elena', 'Ioana', 'Andreea', 'Maria', 'Cristina', 'Alexandra', 'Raluca', 'Mihaela'],
    last: [['Popescu', 'Popescu'], ['Ionescu', 'Ionescu'], ['Popa', 'Popa'], ['Stan', 'Stan'], ['Dumitru', 'Dumitru'], ['Stoica', 'Stoica'], ['Munteanu', 'Munteanu'], ['Constantin', 'Constantin'], ['Georgescu', 'Georgescu'], ['Marin', 'Marin']],
    places: [['București', '030167', 'București'], ['Cluj-Napoca', '400394', 'Cluj'], ['Iași', '700028', 'Iași'], ['Timișoara', '300011', 'Timiș'], ['Constanța', '900178', 'Constanța'], ['Brașov', '500030', 'Brașov'], ['Craiova', '200585', 'Dolj'], ['Oradea', '410087', 'Bihor'], ['Sibiu', '550182', 'Sibiu'], ['Florești', '407280', 'Cluj']],
    street: (r) => [`${v.pick(r, ['Str. Mihai Eminescu', 'Bd. Unirii', 'Str. Avram Iancu', 'Calea Dorobanților', 'Str. Republicii', 'Str. Observatorului', 'Bd. 21 Decembrie 1989'])} nr. ${v.int(r, 1, 120)}`, r() < 0.5 ? `bl. ${v.pick(r, ['A', 'B', 'C', 'M'])}${v.int(r, 1, 9)}, sc. ${v.int(r, 1, 3)}, ap. ${v.int(r, 1, 48)}` : ''],
    mobile: (r) => `07${v.pick(r, ['2', '4', '5', '6', '7', '8'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`, mail: ['gmail.com', 'yahoo.com', 'yahoo.ro', 'gmail.com', 'outlook.com'] },
  hu: { m: ['László', 'István', 'Gábor', 'Zoltán', 'Péter', 'Tamás', 'Attila', 'Balázs'], f: ['Katalin', 'Erzsébet', 'Anikó', 'Zsófia', 'Eszter', 'Krisztina', 'Réka', 'Judit'],
    last: [['Nagy', 'Nagy'], ['Kovács', 'Kovács'], ['Tóth', 'Tóth'], ['Szabó', 'Szabó'], ['Horváth', 'Horváth'], ['Varga', 'Varga'], ['Kiss', 'Kiss'], ['Molnár', 'Molnár'], ['Németh', 'Németh'], ['Farkas', 'Farkas']],
    places: [['Szeged', '6720', 'Csongrád-Csanád'], ['Szeged', '6724', 'Csongrád-Csanád'], ['Hódmezővásárhely', '6800', 'Csongrád-Csanád'], ['Makó', '6900', 'Csongrád-Csanád'], ['Kecskemét', '6000', 'Bács-Kiskun'], ['Budapest', '1137', 'Budapest'], ['Szentes', '6600', 'Csongrád-Csanád'], ['Kiskunfélegyháza', '6100', 'Bács-Kiskun']],
    street: (r) => [`${v.pick(r, ['Petőfi Sándor utca', 'Kossuth Lajos sugárút', 'Tisza Lajos körút', 'Rákóczi út', 'Dugonics tér', 'Szent István tér', 'Kálvária sugárút'])} ${v.int(r, 1, 90)}.${r() < 0.4 ? ` ${v.int(r, 1, 4)}/${v.int(r, 1, 12)}` : ''}`],
    mobile: (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${d(r, 3)} ${d(r, 4)}`, mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu'] },
  da: { m: ['Mads', 'Rasmus', 'Frederik', 'Jesper', 'Søren', 'Mikkel', 'Anders', 'Kasper'], f: ['Mette', 'Camilla', 'Louise', 'Sofie', 'Line', 'Anne', 'Maja', 'Pernille'],
    last: [['Jensen', 'Jensen'], ['Nielsen', 'Nielsen'], ['Hansen', 'Hansen'], ['Pedersen', 'Pedersen'], ['Andersen', 'Andersen'], ['Christensen', 'Christensen'], ['Larsen', 'Larsen'], ['Sørensen', 'Sørensen'], ['Rasmussen', 'Rasmussen'], ['Madsen', 'Madsen']],
    places: [['Aarhus C', '8000', 'Region Midtjylland'], ['Aarhus N', '8200', 'Region Midtjylland'], ['Risskov', '8240', 'Region Midtjylland'], ['Viby J', '8260', 'Region Midtjylland'], ['Højbjerg', '8270', 'Region Midtjylland'], ['Skanderborg', '8660', 'Region Midtjylland']],
    street: (r) => [`${v.pick(r, ['Vestergade', 'Nørrebrogade', 'Jægergårdsgade', 'Randersvej', 'Silkeborgvej', 'Frederiks Allé', 'Skovvejen'])} ${v.int(r, 1, 180)}${r() < 0.4 ? `, ${v.int(r, 1, 4)}. ${v.pick(r, ['tv', 'th', 'mf'])}` : ''}`],
    mobile: (r) => `${v.pick(r, ['2', '3', '4', '5', '6'])}${d(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, mail: ['gmail.com', 'hotmail.com', 'live.dk', 'outlook.dk', 'mail.dk', 'icloud.com'] },
  tr: { m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Murat', 'Can', 'Oğuz'], f: ['Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Merve', 'Esra', 'Büşra', 'Gül'],
    last: [['Yılmaz', 'Yılmaz'], ['Kaya', 'Kaya'], ['Demir', 'Demir'], ['Şahin', 'Şahin'], ['Çelik', 'Çelik'], ['Yıldız', 'Yıldız'], ['Yıldırım', 'Yıldırım'], ['Öztürk', 'Öztürk'], ['Aydın', 'Aydın'], ['Arslan', 'Arslan']],
    places: [['Kadıköy', '34710', 'İstanbul', 'Caferağa Mah. Moda Cad.'], ['Beşiktaş', '34353', 'İstanbul', 'Sinanpaşa Mah. Ihlamurdere Cad.'], ['Çankaya', '06690', 'Ankara', 'Kavaklıdere Mah. Tunalı Hilmi Cad.'], ['Karşıyaka', '35540', 'İzmir', 'Bostanlı Mah. Cemal Gürsel Cad.'], ['Nilüfer', '16110', 'Bursa', 'Fethiye Mah. Ahmet Taner Kışlalı Cad.'], ['Muratpaşa', '07100', 'Antalya', 'Şirinyalı Mah. Lara Cad.'], ['Tepebaşı', '26130', 'Eskişehir', 'Hoşnudiye Mah. İsmet İnönü Cad.'], ['Bornova', '35040', 'İzmir', 'Kazımdirik Mah. 372. Sok.']],
    street: (r) => [`No:${v.int(r, 1, 140)}${r() < 0.7 ? ` D:${v.int(r, 1, 24)}` : ''}`],
    mobile: (r) => `05${v.pick(r, ['32', '33', '35', '36', '42', '44', '05', '55'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, mail: ['gmail.com', 'hotmail.com', 'gmail.com', 'yandex.com.tr', 'outlook.com'] },
  el: { m: [['Γιώργος', 'giorgos'], ['Δημήτρης', 'dimitris'], ['Κώστας', 'kostas'], ['Νίκος', 'nikos'], ['Γιάννης', 'giannis'], ['Παναγιώτης', 'panagiotis']], f: [['Μαρία', 'maria'], ['Ελένη', 'eleni'], ['Κατερίνα', 'katerina'], ['Βασιλική', 'vasiliki'], ['Σοφία', 'sofia'], ['Δέσποινα', 'despoina']],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos', 'papadopoulou'], ['Νικολάου', 'Νικολάου', 'nikolaou', 'nikolaou'], ['Γεωργίου', 'Γεωργίου', 'georgiou', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou', 'oikonomou'], ['Παπαδάκης', 'Παπαδάκη', 'papadakis', 'papadaki'], ['Βασιλείου', 'Βασιλείου', 'vasileiou', 'vasileiou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis', 'karagianni'], ['Μακρής', 'Μακρή', 'makris', 'makri'], ['Κωνσταντίνου', 'Κωνσταντίνου', 'konstantinou', 'konstantinou'], ['Αθανασίου', 'Αθανασίου', 'athanasiou', 'athanasiou']],
    places: [['ΑΘΗΝΑ', '11521', 'ΑΤΤΙΚΗΣ'], ['ΘΕΣΣΑΛΟΝΙΚΗ', '54624', 'ΘΕΣΣΑΛΟΝΙΚΗΣ'], ['ΠΑΤΡΑ', '26221', 'ΑΧΑΪΑΣ'], ['ΗΡΑΚΛΕΙΟ', '71202', 'ΗΡΑΚΛΕΙΟΥ'], ['ΛΑΡΙΣΑ', '41222', 'ΛΑΡΙΣΗΣ'], ['ΠΕΙΡΑΙΑΣ', '18535', 'ΑΤΤΙΚΗΣ'], ['ΒΟΛΟΣ', '38221', 'ΜΑΓΝΗΣΙΑΣ'], ['ΙΩΑΝΝΙΝΑ', '45221', 'ΙΩΑΝΝΙΝΩΝ'], ['ΚΑΛΑΜΑΡΙΑ', '55133', 'ΘΕΣΣΑΛΟΝΙΚΗΣ'], ['ΧΑΛΑΝΔΡΙ', '15231', 'ΑΤΤΙΚΗΣ']],
    street: (r) => [`${v.pick(r, ['ΕΡΜΟΥ', 'ΕΓΝΑΤΙΑΣ', 'ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ', 'ΛΕΩΦ. ΚΗΦΙΣΙΑΣ', 'ΤΣΙΜΙΣΚΗ', 'ΠΑΠΑΝΑΣΤΑΣΙΟΥ', 'ΚΟΡΙΝΘΟΥ', 'ΜΑΙΖΩΝΟΣ'])} ${v.int(r, 1, 220)}`],
    mobile: (r) => `69${v.pick(r, ['3', '4', '5', '7', '8', '9'])}${d(r, 7)}`, mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'gmail.com'] },
  fi: { m: ['Mikko', 'Juha', 'Jari', 'Antti', 'Timo', 'Ville', 'Janne', 'Tuomas'], f: ['Anna', 'Laura', 'Johanna', 'Minna', 'Sanna', 'Tiina', 'Emilia', 'Heidi'],
    last: [['Korhonen', 'Korhonen'], ['Virtanen', 'Virtanen'], ['Mäkinen', 'Mäkinen'], ['Nieminen', 'Nieminen'], ['Mäkelä', 'Mäkelä'], ['Hämäläinen', 'Hämäläinen'], ['Laine', 'Laine'], ['Heikkinen', 'Heikkinen'], ['Koskinen', 'Koskinen'], ['Järvinen', 'Järvinen']],
    places: [['Tampere', '33100', 'Pirkanmaa'], ['Tampere', '33540', 'Pirkanmaa'], ['Nokia', '37100', 'Pirkanmaa'], ['Helsinki', '00530', 'Uusimaa'], ['Espoo', '02100', 'Uusimaa'], ['Jyväskylä', '40100', 'Keski-Suomi'], ['Turku', '20100', 'Varsinais-Suomi'], ['Oulu', '90100', 'Pohjois-Pohjanmaa'], ['Ylöjärvi', '33470', 'Pirkanmaa'], ['Kangasala', '36200', 'Pirkanmaa']],
    street: (r) => [`${v.pick(r, ['Hämeenkatu', 'Satakunnankatu', 'Pyynikintie', 'Kalevantie', 'Hervannan valtaväylä', 'Mannerheimintie', 'Kauppakatu'])} ${v.int(r, 1, 60)}${r() < 0.6 ? ` ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 40)}` : ''}`],
    mobile: (r) => `${v.pick(r, ['040', '050', '044', '045', '041'])} ${d(r, 3)} ${d(r, 4)}`, mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'luukku.com', 'elisanet.fi', 'gmail.com'] },
  ru: { m: [['Александр', 'aleksandr'], ['Дмитрий', 'dmitriy'], ['Андрей', 'andrey'], ['Сергей', 'sergey'], ['Алексей', 'aleksey'], ['Иван', 'ivan'], ['Руслан', 'ruslan'], ['Тимур', 'timur']],
    f: [['Елена', 'elena'], ['Ольга', 'olga'], ['Анна', 'anna'], ['Наталья', 'natalya'], ['Мария', 'maria'], ['Гульнара', 'gulnara'], ['Алсу', 'alsu'], ['Екатерина', 'ekaterina']],
    last: [['Иванов', 'Иванова', 'ivanov'], ['Смирнов', 'Смирнова', 'smirnov'], ['Сафин', 'Сафина', 'safin'], ['Хабибуллин', 'Хабибуллина', 'khabibullin'], ['Соколов', 'Соколова', 'sokolov'], ['Гарипов', 'Гарипова', 'garipov'], ['Козлов', 'Козлова', 'kozlov'], ['Новиков', 'Новикова', 'novikov'], ['Валиев', 'Валиева', 'valiev'], ['Морозов', 'Морозова', 'morozov']],
    patr: [['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Рустамович', 'Рустамовна'], ['Игоревич', 'Игоревна'], ['Ильдарович', 'Ильдаровна'], ['Викторович', 'Викторовна']],
    places: [['Казань', '420111', 'Республика Татарстан'], ['Казань', '420061', 'Республика Татарстан'], ['Казань', '420097', 'Республика Татарстан'], ['Набережные Челны', '423812', 'Республика Татарстан'], ['Зеленодольск', '422540', 'Республика Татарстан'], ['Иннополис', '420500', 'Республика Татарстан']],
    street: () => [''], mobile: (r) => `+7 (9${d(r, 2)}) ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`, mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'mail.ru'] },
  sv: { m: ['Erik', 'Lars', 'Johan', 'Anders', 'Karl', 'Oskar', 'Magnus', 'Fredrik'], f: ['Anna', 'Maria', 'Eva', 'Karin', 'Emma', 'Sara', 'Linnea', 'Ida'],
    last: [['Andersson', 'Andersson'], ['Johansson', 'Johansson'], ['Karlsson', 'Karlsson'], ['Nilsson', 'Nilsson'], ['Eriksson', 'Eriksson'], ['Larsson', 'Larsson'], ['Olsson', 'Olsson'], ['Persson', 'Persson'], ['Svensson', 'Svensson'], ['Gustafsson', 'Gustafsson']],
    places: [['Göteborg', '411 05', 'Västra Götalands län'], ['Göteborg', '414 63', 'Västra Götalands län'], ['Mölndal', '431 30', 'Västra Götalands län'], ['Kungsbacka', '434 30', 'Hallands län'], ['Partille', '433 38', 'Västra Götalands län'], ['Borås', '503 32', 'Västra Götalands län'], ['Kungälv', '442 30', 'Västra Götalands län'], ['Stockholm', '118 25', 'Stockholms län']],
    street: (r) => [`${v.pick(r, ['Linnégatan', 'Vasagatan', 'Kungsgatan', 'Storgatan', 'Övre Husargatan', 'Mölndalsvägen', 'Södra vägen'])} ${v.int(r, 1, 80)}${r() < 0.25 ? ` ${v.pick(r, ['A', 'B'])}` : ''}`],
    mobile: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'live.se', 'icloud.com'] },
  cs: { m: ['Jan', 'Petr', 'Martin', 'Tomáš', 'Jiří', 'Pavel', 'Lukáš', 'Michal'], f: ['Jana', 'Petra', 'Lucie', 'Kateřina', 'Martina', 'Eva', 'Veronika', 'Hana'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová']],
    places: [], street: () => [''], mobile: (r) => `+420 ${v.pick(r, ['602', '603', '604', '605', '606', '607', '608', '720', '721', '723', '724', '728', '731', '732', '733', '736', '737', '739', '774', '775', '776', '777'])} ${d(r, 3)} ${d(r, 3)}`, mail: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz'] },
  uk: { m: ['Олександр', 'Андрій', 'Сергій', 'Володимир', 'Дмитро', 'Юрій', 'Віктор'], f: ['Олена', 'Наталія', 'Тетяна', 'Ірина', 'Оксана', 'Людмила', 'Світлана'],
    last: [['Шевченко', 'Шевченко'], ['Коваленко', 'Коваленко'], ['Бондаренко', 'Бондаренко'], ['Ткаченко', 'Ткаченко'], ['Кравченко', 'Кравченко'], ['Олійник', 'Олійник'], ['Мельник', 'Мельник'], ['Шевчук', 'Шевчук'], ['Поліщук', 'Поліщук'], ['Марченко', 'Марченко']],
    patr: [['Олександрович', 'Олександрівна'], ['Вікторович', 'Вікторівна'], ['Іванович', 'Іванівна'], ['Миколайович', 'Миколаївна'], ['Петрович', 'Петрівна'], ['Васильович', 'Василівна']],
    places: [], street: () => [''], mobile: (r) => `+380${v.pick(r, ['50', '67', '68', '97', '63', '93'])}${d(r, 7)}`, mail: ['ukr.net', 'gmail.com', 'i.ua', 'meta.ua'] },
}
const memo = new Map()
const who = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(mix(hash(k))); r(); r()
  const L = LOC[cc], female = r() < 0.5
  const fn = v.pick(r, female ? L.f : L.m), ln = v.pick(r, L.last)
  const first = Array.isArray(fn) ? fn[0] : fn, last = female ? ln[1] : ln[0]
  const fLat = Array.isArray(fn) ? fn[1] : ascii(fn), lLat = ln[2] ? (female ? ln[3] ?? `${ln[2]}a` : ln[2]) : ascii(last)
  const pl = L.places.length ? v.pick(r, L.places) : ['', '', '']
  const p = { female, first, last, full: cc === 'hu' ? `${last} ${first}` : `${first} ${last}`, fLat, lLat, city: pl[0], zip: pl[1], region: pl[2], extra: pl[3] ?? '',
    street: L.street(r), mobile: L.mobile(r), patr: L.patr ? v.pick(r, L.patr)[female ? 1 : 0] : '' }
  const sep = v.pick(r, ['.', '', '_', '.'])
  p.email = `${r() < 0.3 ? fLat[0] : fLat}${sep}${lLat}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`
  memo.set(k, p)
  return p
}
// Greek capitals are written without accents
const grUp = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()
const money = (o, k) => Math.round(o.total * k * 100) / 100

// ---------------------------------------------------------------- catalogues, statuses and firms
// CashBill: [status, ok]
const CB_STATUS = [['Pozytywnie zakończona', 1], ['Pozytywnie zakończona', 1], ['Pozytywnie zakończona', 1], ['Negatywnie zakończona', 0], ['Pozytywnie zakończona', 1], ['Przerwana', 0], ['Pozytywnie zakończona', 1], ['Przekroczony czas', 0]]
const cbSt = (o) => row(CB_STATUS, n(o) % 8)
const CB_CHANNEL = ['BLIK', 'BLIK', 'mTransfer (mBank)', 'Płacę z iPKO', 'Karta płatnicza', 'Pekao24 Przelew', 'Google Pay', 'Przelew z ING', 'Apple Pay']
const cbAmt = (o) => money(o, 4.3)
// Innoship: [courier, service]
const INNO_SVC = [['Sameday', 'Standard 24H'], ['Sameday', 'Locker NextDay (easybox)'], ['FAN Courier', 'Standard'], ['Cargus', 'Standard'], ['DPD', 'Classic'], ['FAN Courier', 'FANbox'], ['Sameday', 'Standard 24H']]
const INNO_ST = ['Livrat', 'Livrat', 'În tranzit', 'Livrat', 'În livrare', 'Returnat la expeditor', 'Livrat', 'AWB generat']
const inSt = (o) => row(INNO_ST, n(o) % 8)
const inSvc = (o) => row(INNO_SVC, n(o) % 7)
// InnVoice: a Szeged bicycle shop's invoices: [prefix, type]
const INV_TYPE = ['Számla', 'Számla', 'Számla', 'Számla', 'Sztornó számla', 'Számla', 'Előlegszámla', 'Számla']
const invType = (o) => row(INV_TYPE, n(o) % 8)
const huf = (o) => Math.round(o.total * 395 / 10) * 10 * (invType(o) === 'Sztornó számla' ? -1 : 1)
const HU_FIRMS = [['Tisza-Bringa Kft.', '24871236-2-06'], ['Szegedi Futárszolgálat Bt.', '22418906-2-06'], ['Dél-Alföldi Sport Egyesület', '18459821-1-06']]
const huBiz = (c) => (n(c) % 6 === 1 ? row(HU_FIRMS, n(c) % 3) : null)
// Planway: an Aarhus physio and massage clinic: [ydelse, minutes, price]
const PW_SVC = [['Fysioterapi - første konsultation', 60, 650], ['Fysioterapi - opfølgning', 45, 495], ['Sportsmassage 60 min', 60, 575], ['Sportsmassage 30 min', 30, 350], ['Akupunktur', 30, 395], ['Genoptræning på hold (klippekort)', 60, 0]]
const pwSvc = (o) => row(PW_SVC, n(o) % 6)
const PW_ST = ['Gennemført', 'Gennemført', 'Bekræftet', 'Gennemført', 'Aflyst', 'Gennemført', 'Udeblevet', 'Bekræftet']
const pwSt = (o) => row(PW_ST, n(o) % 8)
const pwAt = (o) => inHours(o.at, 2)
const pwStart = (o) => o.at + ((n(o) % 20) + 1) * day
const pwSlot = (o) => row(['08:00', '09:15', '10:30', '12:00', '13:45', '15:00', '16:30', '18:00'], n(o) % 8)
// Faprika: an Izmir Turkish-coffee and delight e-shop: [ürün kodu, ürün adı, varyant, birim fiyat, KDV %]
const KAHVE = [['TK-250-ORT', 'Türk Kahvesi', '250 gr / Orta Kavrulmuş', 189.9, 1], ['TK-500-KOY', 'Türk Kahvesi', '500 gr / Koyu Kavrulmuş', 349.9, 1], ['MN-250', 'Menengiç Kahvesi', '250 gr', 169.9, 1], ['LK-GUL-1000', 'Güllü Lokum', '1 kg Kutu', 429.0, 1], ['LK-FST-500', 'Çifte Kavrulmuş Fıstıklı Lokum', '500 gr', 389.0, 1], ['CZ-BKR-4', 'Bakır Cezve', '4 Fincanlık', 649.0, 20], ['FN-PRS-6', 'Porselen Kahve Fincanı Takımı', '6 Kişilik', 899.0, 20], ['DB-HRK-250', 'Dibek Kahvesi', '250 gr', 179.9, 1]]
const kahve = (o, i) => row(KAHVE, n(o) + i)
const FP_ST = ['Teslim Edildi', 'Kargoya Verildi', 'Teslim Edildi', 'Hazırlanıyor', 'Teslim Edildi', 'İptal Edildi', 'Yeni Sipariş', 'Teslim Edildi']
const fpSt = (o) => row(FP_ST, n(o) % 8)
const fpPay = (o) => row(['Kredi Kartı', 'Kredi Kartı', 'Havale/EFT', 'Kapıda Ödeme (Nakit)', 'Kredi Kartı', 'Kapıda Ödeme (Kredi Kartı)'], n(o) % 6)
const fpLine = (o, i) => Math.round(kahve(o, i)[3] * o.qty * 100) / 100
const fpShip = (o, i) => (fpLine(o, i) >= 750 ? 0 : 69.9)
const fpDisc = (o, i) => (o.discount ? Math.round(fpLine(o, i) * 0.1 * 100) / 100 : 0)
const fpCargo = (o) => row(['Yurtiçi Kargo', 'Aras Kargo', 'Yurtiçi Kargo', 'MNG Kargo', 'Sürat Kargo'], n(o) % 5)
// Speedex: a Thessaloniki olive-oil and deli e-shop's vouchers
const SPX_ST = ['ΠΑΡΑΔΟΘΗΚΕ', 'ΠΑΡΑΔΟΘΗΚΕ', 'ΣΕ ΔΙΑΚΙΝΗΣΗ', 'ΠΑΡΑΔΟΘΗΚΕ', 'ΠΡΟΣ ΠΑΡΑΔΟΣΗ', 'ΕΠΙΣΤΡΟΦΗ ΣΤΟΝ ΑΠΟΣΤΟΛΕΑ', 'ΠΑΡΑΔΟΘΗΚΕ', 'ΑΝΑΜΟΝΗ ΠΑΡΑΛΑΒΗΣ']
const spSt = (o) => row(SPX_ST, n(o) % 8)
const spCod = (o) => n(o) % 3 === 0
const spAt = (o) => inHours(o.at, 2)
// LianaMailer: a Tampere outdoor-gear shop's newsletter list
const LM_INT = ['retkeily', 'kalastus', 'hiihto', 'retkeily, vaellus', 'pyöräily', 'metsästys', 'melonta', 'retkeily, hiihto']
const lmSt = (c) => row(['aktiivinen', 'aktiivinen', 'aktiivinen', 'estetty', 'aktiivinen', 'palautunut', 'aktiivinen'], n(c) % 7)
// Maxma: a Kazan coffee-and-bakery chain's loyalty members
const MX_LEVEL = [['Базовый', 0], ['Базовый', 0], ['Серебряный', 1], ['Базовый', 0], ['Золотой', 2], ['Серебряный', 1]]
const mxLvl = (c) => row(MX_LEVEL, n(c) % 6)
const mxSpent = (c) => (n(c) % 97 + 3) * 310 * (1 + mxLvl(c)[1] * 2)
const mxEarned = (c) => Math.round(mxSpent(c) * (0.03 + mxLvl(c)[1] * 0.02))
const mxUsed = (c) => Math.round(mxEarned(c) * (n(c) % 5) / 6)
// Carma: a Gothenburg interior-design store chain's club members
const crSt = (c) => row(['Aktiv', 'Aktiv', 'Aktiv', 'Avregistrerad', 'Aktiv', 'Studsad', 'Aktiv'], n(c) % 7)
const crLevel = (c) => row(['Medlem', 'Medlem', 'Silver', 'Medlem', 'Guld'], n(c) % 5)
// eWay-CRM: a Brno industrial-fastener distributor's customers: [společnost, IČ, ulice, město, PSČ, kraj, web, telefon]
const CZ_FIRMS = [['Hranické strojírny a.s.', '25861247', 'Tovární 1182', 'Hranice', '753 01', 'Olomoucký kraj', 'hranicke-strojirny.cz', '+420 581 60'], ['ELKOM Brno s.r.o.', '46347534', 'Vídeňská 546/55', 'Brno', '639 00', 'Jihomoravský kraj', 'elkombrno.cz', '+420 543 21'], ['TechnoPlast CZ s.r.o.', '27120023', 'Průmyslová 1472', 'Zlín', '760 01', 'Zlínský kraj', 'technoplast.cz', '+420 577 43'], ['Stavebniny Dufek s.r.o.', '26912881', 'Pražská 812', 'Jihlava', '586 01', 'Kraj Vysočina', 'stavebninydufek.cz', '+420 567 30'], ['Kovovýroba Kolín spol. s r.o.', '48587028', 'Ovčárecká 314', 'Kolín', '280 02', 'Středočeský kraj', 'kovokolin.cz', '+420 321 72'], ['MONTÁŽE OSTRAVA s.r.o.', '28617169', 'Místecká 258', 'Ostrava', '703 00', 'Moravskoslezský kraj', 'montaze-ostrava.cz', '+420 596 11'], ['Agrotechnika Znojmo a.s.', '60711825', 'Dobšická 3425/20', 'Znojmo', '669 02', 'Jihomoravský kraj', 'agrotechnika-zn.cz', '+420 515 22']]
const czFirm = (c) => row(CZ_FIRMS, n(c) % 7)
const CZ_JOBS = [['nákupčí', 'Nákup'], ['vedoucí nákupu', 'Nákup'], ['jednatel', ''], ['technolog', 'Výroba'], ['mistr údržby', 'Údržba'], ['referentka zásobování', 'Logistika'], ['ředitel výroby', 'Výroba'], ['účetní', 'Ekonomické oddělení']]
const czJob = (c) => row(CZ_JOBS, (n(c) >> 3) % 8)
const czPre = (c) => row(['Ing.', '', '', 'Bc.', '', 'Ing.', 'Mgr.', ''], (n(c) >> 2) % 8)
// Opendatabot: Ukrainian food producers: [повна назва, скорочена, форма, КВЕД, назва КВЕД, область, населений пункт, адреса, індекс, код, сайт, посада]
const UA_FIRMS = [
  ['ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "ПОЛТАВСЬКИЙ МОЛОЧНИЙ ДВІР"', 'ТОВ "ПОЛТАВСЬКИЙ МОЛОЧНИЙ ДВІР"', 'Товариство з обмеженою відповідальністю', '10.51', 'Перероблення молока, виробництво масла та сиру', 'Полтавська обл.', 'м. Полтава', 'вул. Зіньківська, буд. 6', '36009', '532', 'moldvir.com.ua', 'Директор'],
  ['ПРИВАТНЕ ПІДПРИЄМСТВО "ХЛІБНИЙ ДІМ КРИВБАС"', 'ПП "ХЛІБНИЙ ДІМ КРИВБАС"', 'Приватне підприємство', '10.71', 'Виробництво хліба та хлібобулочних виробів; виробництво борошняних кондитерських виробів, тортів і тістечок нетривалого зберігання', 'Дніпропетровська обл.', 'м. Кривий Ріг', 'вул. Недєліна, буд. 42', '50071', '56', 'khlibdim.com.ua', 'Директор'],
  ['ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "ВІННИЦЬКА КОНДИТЕРСЬКА ФАБРИКА СМАК"', 'ТОВ "ВКФ СМАК"', 'Товариство з обмеженою відповідальністю', '10.82', 'Виробництво какао, шоколаду та цукрових кондитерських виробів', 'Вінницька обл.', 'м. Вінниця', 'вул. Максимовича, буд. 28', '21036', '432', 'smak-vkf.com.ua', 'Генеральний директор'],
  ['ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "ЗАКАРПАТСЬКІ СОКИ"', 'ТОВ "ЗАКАРПАТСЬКІ СОКИ"', 'Товариство з обмеженою відповідальністю', '10.32', 'Виробництво фруктових і овочевих соків', 'Закарпатська обл.', 'м. Мукачево', 'вул. Берегівська, буд. 87', '89600', '3131', 'zaksoky.ua', 'Директор'],
  ['ФЕРМЕРСЬКЕ ГОСПОДАРСТВО "ЗЕЛЕНА ДОЛИНА-ЧЕРКАСИ"', 'ФГ "ЗЕЛЕНА ДОЛИНА-ЧЕРКАСИ"', 'Фермерське господарство', '01.13', 'Вирощування овочів і баштанних культур, коренеплодів і бульбоплодів', 'Черкаська обл.', 'с. Руська Поляна', 'вул. Шевченка, буд. 15', '19832', '472', '', 'Голова фермерського господарства'],
  ['ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "ЛЬВІВСЬКА М\'ЯСНА КОМПАНІЯ"', 'ТОВ "ЛМК"', 'Товариство з обмеженою відповідальністю', '10.13', 'Виробництво м\'ясних продуктів', 'Львівська обл.', 'м. Львів', 'вул. Городоцька, буд. 174', '79022', '32', 'lmk.lviv.ua', 'Директор'],
  ['ПРИВАТНЕ АКЦІОНЕРНЕ ТОВАРИСТВО "ДНІПРОВСЬКИЙ ОЛІЙНИЙ ЗАВОД"', 'ПрАТ "ДОЗ"', 'Приватне акціонерне товариство', '10.41', 'Виробництво олії та тваринних жирів', 'Дніпропетровська обл.', 'м. Дніпро', 'вул. Байкальська, буд. 11', '49033', '56', 'doz.dp.ua', 'Голова правління']]
const uaFirm = (c) => row(UA_FIRMS, n(c) % 7)
const uaCode = (c) => pad(30000000 + n(c) * 4243 % 14000000, 8)
const uaOwner = (c) => { const p = who(c, 'uk'); return `${p.last} ${p.first} ${p.patr}` }
// KeysFin: Banat and Transylvania firms for an HR-software vendor: [denumire, CUI, reg. com., CAEN, descriere, județ, localitate, adresă, cod poștal, prefix, domeniu]
const RO_FIRMS = [['AGROMEC BANAT SRL', '14587230', 'J35/1284/2002', '4661', 'Comerț cu ridicata al mașinilor agricole, echipamentelor și furniturilor', 'Timiș', 'Timișoara', 'Calea Șagului nr. 148', '300517', '0256', 'agromecbanat.ro'], ['TRANS EXPRES ARDEAL SRL', '21904455', 'J12/2870/2007', '4941', 'Transporturi rutiere de mărfuri', 'Cluj', 'Cluj-Napoca', 'Str. Oașului nr. 94', '400647', '0264', 'transexpresardeal.ro'], ['CLINICA DENTARĂ SMILE ART SRL', '33610718', 'J22/2215/2014', '8623', 'Activități de asistență stomatologică', 'Iași', 'Iași', 'Bd. Independenței nr. 21', '700102', '0232', 'smileart.ro'], ['PANIFICAȚIA MOLDOVA SA', '2046310', 'J04/95/1991', '1071', 'Fabricarea pâinii; fabricarea prăjiturilor și a produselor proaspete de patiserie', 'Bacău', 'Bacău', 'Str. Milcov nr. 3', '600252', '0234', 'panificatiamoldova.ro'], ['NORD SOFT SOLUTIONS SRL', '38125574', 'J24/1020/2017', '6201', 'Activități de realizare a soft-ului la comandă (software orientat client)', 'Maramureș', 'Baia Mare', 'Bd. București nr. 38', '430013', '0262', 'nordsoft.ro'], ['CONSTRUCT INVEST OLTENIA SRL', '17452906', 'J16/1432/2005', '4120', 'Lucrări de construcții a clădirilor rezidențiale și nerezidențiale', 'Dolj', 'Craiova', 'Str. Caracal nr. 116', '200720', '0251', 'ciolt.ro'], ['HOTEL CETATE ALBA SRL', '29015382', 'J01/711/2011', '5510', 'Hoteluri și alte facilități de cazare similare', 'Alba', 'Alba Iulia', 'Str. Mihai Viteazul nr. 4', '510010', '0258', 'hotelcetatealba.ro']]
const roFirm = (c) => row(RO_FIRMS, n(c) % 7)
const roTitle = (c) => row(['Administrator', 'Director General', 'Director Resurse Umane', 'Administrator', 'Director Economic', 'Manager HR'], (n(c) >> 2) % 6)
const roEmp = (c) => row([38, 124, 21, 260, 45, 87, 33], n(c) % 7) + (n(c) >> 3) % 9

export const SETS = [
  // ---------------------------------------------------------------- Poland: payment operator's payments
  { name: 'cashbill-lista-platnosci-pl', product: 'CashBill (CashBill S.A., Katowice; Panel klienta > Płatności > Lista płatności > Eksportuj do CSV, one row per payment, Polish UI, a Gdańsk board-game e-shop)', family: 'payments', language: 'pl', schema: E, cols: [
    ['ID płatności', (c, o, r) => `${v.alnum(r, 10).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Data utworzenia', (c, o) => { const p = cet(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Data zmiany statusu', (c, o) => { const p = cet(o.at + (cbSt(o)[1] ? 40 + n(o) % 200 : 1800) * 1000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Punkt płatności', () => 'planszomania.pl', []],
    ['Tytuł', (c, o) => `Zamówienie nr ${20000 + n(o) % 9000}`, []],
    ['Opis', (c, o) => `Planszomania.pl - zamówienie ${20000 + n(o) % 9000}`, []],
    ['Dane dodatkowe', (c, o) => String(20000 + n(o) % 9000), [OR('purchaseID')], opt],
    ['Kanał płatności', (c, o) => (cbSt(o)[0] === 'Przekroczony czas' ? '' : row(CB_CHANNEL, n(o) % 9)), [OR('payments[0].paymentType')]],
    ['Kwota', (c, o) => dec(cbAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o) => cbSt(o)[0], []],
    ['Imię', (c) => who(c, 'pl').first, []],
    ['Nazwisko', (c) => who(c, 'pl').last, []],
    ['E-mail', (c) => who(c, 'pl').email, EMAIL_ID],
    ['Kraj', (c) => (n(c) % 4 ? 'PL' : ''), [BILL('countryCode')], opt],
    ['Miasto', (c) => (n(c) % 4 ? who(c, 'pl').city : ''), [BILL('city')]],
    ['Kod pocztowy', (c) => (n(c) % 4 ? who(c, 'pl').zip : ''), [BILL('postalCode')]],
    ['Ulica', (c) => (n(c) % 4 ? who(c, 'pl').street[0] : ''), [BILL('street1')]],
    ['Nr domu', (c) => (n(c) % 4 ? who(c, 'pl').street[1] : ''), [], opt],
    ['Nr lokalu', (c) => (n(c) % 4 ? who(c, 'pl').street[2] : ''), [BILL('street2')], opt],
    ['Adres IP', (c, o, r) => `${v.pick(r, ['83.24', '89.64', '178.42', '31.0', '46.205', '195.136'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4'], opt],
    ['Prowizja', (c, o) => (cbSt(o)[1] ? dec(Math.max(0.39, cbAmt(o) * 0.0119)) : '0,00'), []],
    ['Kwota do wypłaty', (c, o) => (cbSt(o)[1] ? dec(cbAmt(o) - Math.max(0.39, cbAmt(o) * 0.0119)) : '0,00'), []],
  ] },
  // ---------------------------------------------------------------- Romania: multi-courier platform's shipments
  { name: 'innoship-expedieri-export-ro', product: 'Innoship (Innoship SRL, București; multi-courier platform: Expedieri > Filtrare > Export Excel, one row per AWB, Romanian UI, a Cluj-Napoca natural-cosmetics e-shop shipping with Sameday, FAN Courier, Cargus and DPD)', family: 'shipments', language: 'ro', schema: E, cols: [
    ['ID Innoship', (c, o) => String(48000000 + n(o) * 37 % 9000000), ['_id'], opt],
    ['Referință comandă', (c, o) => `NAT${31000 + n(o) % 8000}`, [OR('purchaseID')]],
    ['Curier', (c, o) => inSvc(o)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Serviciu', (c, o) => inSvc(o)[1], ['commerce.shipping.shippingMethod']],
    ['AWB', (c, o, r) => (inSvc(o)[0] === 'Sameday' ? `1ONB${v.int(r, 10000000, 99999999)}${v.int(r, 1, 9)}` : inSvc(o)[0] === 'FAN Courier' ? `2${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}` : inSvc(o)[0] === 'DPD' ? `8${v.int(r, 100000000, 999999999)}${v.int(r, 10, 99)}` : String(v.int(r, 1000000000, 1999999999))), ['commerce.shipping.trackingNumber']],
    ['Data creare', (c, o) => { const p = eet(inHours(o.at, 2)); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Data ridicare', (c, o) => (inSt(o) === 'AWB generat' ? '' : dmy(eet(inHours(o.at, 2) + day))), ['commerce.shipping.shipDate'], opt],
    ['Status', (c, o) => inSt(o), []],
    ['Data ultimului status', (c, o) => { const p = eet(inHours(o.at, 2) + (inSt(o) === 'AWB generat' ? 0 : inSt(o).startsWith('Returnat') ? 6 : 2) * day + 3 * 3600000); return `${dmy(p)} ${hm(p)}` }, [], opt],
    ['Destinatar', (c) => who(c, 'ro').full, []],
    ['Telefon destinatar', (c) => who(c, 'ro').mobile.replace(/ /g, ''), PHONE_ID, opt],
    ['Email destinatar', (c) => who(c, 'ro').email, EMAIL_ID, opt],
    ['Țară', () => 'RO', [SHIP('countryCode')]],
    ['Județ', (c) => who(c, 'ro').region, STATE(['commerce.shipping.address'])],
    ['Localitate', (c) => who(c, 'ro').city, [SHIP('city')]],
    ['Adresă', (c) => who(c, 'ro').street.filter(Boolean).join(', '), [SHIP('street1')]],
    ['Cod poștal', (c) => who(c, 'ro').zip, [SHIP('postalCode')]],
    ['Punct de livrare', (c, o) => (inSvc(o)[1].includes('easybox') ? `easybox ${row(['Kaufland Mărăști', 'Lidl Mănăștur', 'OMV Calea Turzii', 'Profi Zorilor'], n(c) % 4)}` : inSvc(o)[1] === 'FANbox' ? `FANbox ${row(['Iulius Mall', 'Auchan Iris', 'Mega Image Gheorgheni'], n(c) % 3)}` : ''), [], opt],
    ['Nr. colete', (c, o) => String(o.qty > 3 ? 2 : 1), []],
    ['Greutate (kg)', (c, o) => dec(0.4 + o.qty * 0.35), []],
    ['Conținut', () => 'Cosmetice naturale', []],
    ['Ramburs (RON)', (c, o) => (n(o) % 3 === 0 ? dec(money(o, 5)) : '0,00'), [], opt],
    ['Cost transport (RON)', (c, o) => dec(row([14.9, 12.5, 16.2, 15.4, 17.8, 11.9, 14.9], n(o) % 7)), ['commerce.shipping.shippingAmount'], opt],
    ['Monedă', () => 'RON', ['commerce.shipping.currencyCode'], opt],
    ['Locație expeditor', () => 'Depozit Florești', []],
    ['Observații', (c, o, r) => v.pick(r, ['', '', '', 'Sunați înainte de livrare', 'Fragil', 'Livrare după ora 17']), []],
  ] },
  // ---------------------------------------------------------------- Hungary: online invoicing tool's invoice list
  { name: 'innvoice-szamlalista-hu', product: 'InnVoice (Innvoice Kft.; online számlázó: Számlák > Kimenő számlák > Exportálás Excelbe, one row per invoice, Hungarian UI, a Szeged bicycle shop and workshop invoicing counter and webshop sales)', family: 'invoicing', language: 'hu', schema: E, cols: [
    ['Számlaszám', (c, o) => `${invType(o) === 'Előlegszámla' ? 'ELO' : invType(o) === 'Sztornó számla' ? 'STR' : 'BRG'}-${cet(o.at).y}-${pad(n(o) % 10000, 5)}`, [OR('purchaseID')]],
    ['Számla típusa', (c, o) => invType(o), []],
    ['Kiállítás dátuma', (c, o) => `${ymd(cet(o.at), '.')}.`, ['timestamp']],
    ['Teljesítés dátuma', (c, o) => `${ymd(cet(o.at - (n(o) % 3) * day), '.')}.`, [], opt],
    ['Fizetési határidő', (c, o) => `${ymd(cet(o.at + (n(o) % 6 === 2 ? 8 : 0) * day), '.')}.`, []],
    ['Fizetési mód', (c, o) => row(['Bankkártya', 'Készpénz', 'Átutalás', 'Bankkártya', 'Utánvét', 'SZÉP kártya'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Vevő neve', (c) => (huBiz(c) ? huBiz(c)[0] : who(c, 'hu').full), []],
    ['Vevő adószáma', (c) => (huBiz(c) ? huBiz(c)[1] : ''), []],
    ['Vevő ország', () => 'Magyarország', [BILL('country')]],
    ['Vevő irányítószám', (c) => who(c, 'hu').zip, [BILL('postalCode')]],
    ['Vevő település', (c) => who(c, 'hu').city, [BILL('city')]],
    ['Vevő cím', (c) => who(c, 'hu').street[0], [BILL('street1')]],
    ['Vevő e-mail', (c) => (n(c) % 5 ? who(c, 'hu').email : ''), EMAIL_ID, opt],
    ['Vevő telefonszám', (c) => (n(c) % 3 ? who(c, 'hu').mobile : ''), PHONE_ID, opt],
    ['Pénznem', () => 'HUF', [OR('currencyCode')]],
    ['Árfolyam', () => '1', []],
    ['Nettó összeg', (c, o) => String(Math.round(huf(o) / 1.27)), [], opt],
    ['ÁFA összeg', (c, o) => String(huf(o) - Math.round(huf(o) / 1.27)), [OR('taxAmount')]],
    ['Bruttó összeg', (c, o) => String(huf(o)), [OR('priceTotal')]],
    ['Fizetve', (c, o) => (n(o) % 6 === 2 && n(o) % 4 ? 'Nem' : 'Igen'), []],
    ['Fizetés dátuma', (c, o) => (n(o) % 6 === 2 && n(o) % 4 ? '' : `${ymd(cet(o.at + (n(o) % 6 === 2 ? 5 : 0) * day), '.')}.`), [], opt],
    ['Webshop rendelésszám', (c, o) => (n(o) % 6 === 4 || n(o) % 6 === 2 ? `#${14000 + n(o) % 5000}` : ''), [OR('purchaseID')], opt],
    ['NAV státusz', (c, o) => row(['Befogadott', 'Befogadott', 'Befogadott', 'Befogadott figyelmeztetéssel', 'Befogadott', 'Feldolgozás alatt'], n(o) % 6), []],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', '', 'Szerviz munkalap: 2024/118', 'Garanciális javítás', 'Előleg kerékpár rendeléshez']), []],
  ] },
  // ---------------------------------------------------------------- Denmark: clinic booking system's bookings
  { name: 'planway-bookinger-eksport-da', product: 'Planway (Planway ApS; Kalender > Bookinger > Eksportér til Excel, one row per booking, Danish UI, an Aarhus physiotherapy and massage clinic with two departments)', family: 'booking', language: 'da', schema: E, cols: [
    ['Booking-ID', (c, o) => String(3100000 + n(o) * 13 % 800000), ['_id', OR('purchaseID')]],
    ['Oprettet', (c, o) => { const p = cet(pwAt(o)); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Dato', (c, o) => dmy(cet(pwStart(o)), '-'), [], opt],
    ['Starttid', (c, o) => pwSlot(o), []],
    ['Sluttid', (c, o) => { const [h, m] = pwSlot(o).split(':').map(Number); const t = h * 60 + m + pwSvc(o)[1]; return `${pad(Math.floor(t / 60))}:${pad(t % 60)}` }, []],
    ['Varighed (min.)', (c, o) => String(pwSvc(o)[1]), []],
    ['Ydelse', (c, o) => pwSvc(o)[0], [PL('name')]],
    ['Medarbejder', (c, o) => row(['Jonas Holm (fysioterapeut)', 'Sara Kjær (fysioterapeut)', 'Lise Brandt (massør)', 'Jonas Holm (fysioterapeut)'], n(o) % 4), []],
    ['Afdeling', (c, o) => (n(o) % 3 ? 'Aarhus C' : 'Risskov'), []],
    ['Kundenr.', (c) => String(1000 + n(c) % 9000), CUST_ID, opt],
    ['Kunde', (c) => who(c, 'da').full, []],
    ['E-mail', (c) => who(c, 'da').email, EMAIL_ID],
    ['Telefon', (c) => who(c, 'da').mobile, PHONE_ID, opt],
    ['Pris', (c, o) => dec(pwSvc(o)[2]), [OR('priceTotal')]],
    ['Rabatkode', (c, o) => (n(o) % 9 === 3 ? 'NYKUNDE100' : ''), ['commerce.promotionID'], opt],
    ['Betalt', (c, o) => (pwSt(o) === 'Gennemført' || n(o) % 2 ? 'Ja' : 'Nej'), []],
    ['Betalingsmetode', (c, o) => (pwSvc(o)[2] === 0 ? 'Klippekort' : pwSt(o) === 'Aflyst' ? '' : row(['MobilePay', 'Dankort', 'MobilePay', 'Faktura', 'Sygeforsikring danmark', 'Kontant'], n(o) % 6)), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => pwSt(o), []],
    ['Booket via', (c, o) => row(['Online booking', 'Online booking', 'Telefon', 'Manuelt i kalenderen', 'Online booking'], n(o) % 5), [], opt],
    ['Aflyst den', (c, o) => (pwSt(o) === 'Aflyst' ? (() => { const p = cet(pwStart(o) - day - 5 * 3600000); return `${dmy(p, '-')} ${hm(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Henvisning fra læge', (c, o) => (pwSvc(o)[0].startsWith('Fysio') && n(o) % 2 ? 'Ja' : 'Nej'), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Knæ efter menisk-operation', 'Ønsker samme behandler', 'Ryg og nakke']), []],
  ] },
  // ---------------------------------------------------------------- Turkey: shop platform's order lines
  { name: 'faprika-siparis-listesi-tr', product: 'Faprika (Faprika e-ticaret altyapısı; Yönetim Paneli > Siparişler > Sipariş Listesi > Excel\'e Aktar, one row per order line, Turkish UI, an Izmir Turkish-coffee, delight and copperware e-shop)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(100000 + n(o) * 7 % 900000), [OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => { const p = trt(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => fpSt(o), []],
    ['Ödeme Tipi', (c, o) => fpPay(o), [OR('payments[0].paymentType')]],
    ['Ödeme Durumu', (c, o) => (fpPay(o).startsWith('Kapıda') ? (fpSt(o) === 'Teslim Edildi' ? 'Ödendi' : 'Kapıda Tahsil Edilecek') : fpPay(o) === 'Havale/EFT' && fpSt(o) === 'Yeni Sipariş' ? 'Ödeme Bekleniyor' : 'Ödendi'), []],
    ['Üye No', (c) => (c.bool ? String(5000 + n(c) % 40000) : 'Misafir'), CUST_ID, opt],
    ['Müşteri Adı Soyadı', (c) => who(c, 'tr').full, []],
    ['E-posta', (c) => who(c, 'tr').email, EMAIL_ID],
    ['Telefon', (c) => who(c, 'tr').mobile, PHONE_ID, opt],
    ['Ürün Kodu', (c, o, r, i) => kahve(o, i)[0], [PL('SKU')]],
    ['Ürün Adı', (c, o, r, i) => kahve(o, i)[1], [PL('name')]],
    ['Varyant', (c, o, r, i) => kahve(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o, r, i) => thou(kahve(o, i)[3]), [], opt],
    ['KDV Oranı', (c, o, r, i) => `%${kahve(o, i)[4]}`, []],
    ['Satır Toplamı', (c, o, r, i) => thou(fpLine(o, i)), [PL('priceTotal')]],
    ['Kargo Ücreti', (c, o, r, i) => thou(fpShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['İndirim Tutarı', (c, o, r, i) => thou(fpDisc(o, i)), [OR('discountAmount')]],
    ['Kupon Kodu', (c, o) => (o.discount ? 'HOSGELDIN10' : ''), ['commerce.promotionID'], opt],
    ['Genel Toplam', (c, o, r, i) => thou(fpLine(o, i) + fpShip(o, i) - fpDisc(o, i) + (fpPay(o).startsWith('Kapıda') ? 29.9 : 0)), [OR('priceTotal')]],
    ['Teslimat Adı Soyadı', (c, o) => (n(o) % 5 === 0 ? 'Hatice Korkmaz' : who(c, 'tr').full), []],
    ['Teslimat İl', (c) => who(c, 'tr').region, [...STATE(['commerce.shipping.address']), SHIP('city')]],
    ['Teslimat İlçe', (c) => who(c, 'tr').city, [SHIP('city')], opt],
    ['Teslimat Adresi', (c) => `${who(c, 'tr').extra} ${who(c, 'tr').street[0]}`, [SHIP('street1')]],
    ['Kargo Firması', (c, o) => fpCargo(o), ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (['Kargoya Verildi', 'Teslim Edildi'].includes(fpSt(o)) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Fatura Tipi', (c) => (n(c) % 7 === 3 ? 'Kurumsal' : 'Bireysel'), []],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', '', 'Hediye paketi yapılsın lütfen', 'Kapıcıya bırakılabilir', 'Fatura şirket adına']), []],
  ] },
  // ---------------------------------------------------------------- Greece: courier's vouchers
  { name: 'speedex-apostoles-excel-el', product: 'Speedex (Speedex Α.Ε. Courier; e-Speedex εταιρικοί πελάτες > Οι αποστολές μου > Εξαγωγή σε Excel, one row per voucher, Greek UI, a Thessaloniki olive-oil and deli e-shop)', family: 'shipments', language: 'el', schema: E, cols: [
    ['Αριθμός Αποστολής', (c, o) => `7002${pad(n(o) * 2713 % 100000000, 8)}`, ['commerce.shipping.trackingNumber']],
    ['Ημ/νία Δημιουργίας', (c, o) => { const p = eet(spAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Ημ/νία Παραλαβής', (c, o) => (spSt(o) === 'ΑΝΑΜΟΝΗ ΠΑΡΑΛΑΒΗΣ' ? '' : dmy(eet(spAt(o) + day), '/')), ['commerce.shipping.shipDate'], opt],
    ['Κατάσταση', (c, o) => spSt(o), []],
    ['Ημ/νία Παράδοσης', (c, o) => (spSt(o) === 'ΠΑΡΑΔΟΘΗΚΕ' ? (() => { const p = eet(spAt(o) + 2 * day + 2 * 3600000); return `${dmy(p, '/')} ${hm(p)}` })() : ''), [], opt],
    ['Παρέλαβε', (c, o) => (spSt(o) === 'ΠΑΡΑΔΟΘΗΚΕ' ? (n(o) % 4 === 1 ? 'ΘΥΡΩΡΟΣ' : grUp(who(c, 'el').last)) : ''), []],
    ['Παραλήπτης', (c) => grUp(`${who(c, 'el').last} ${who(c, 'el').first}`), []],
    ['Διεύθυνση', (c) => who(c, 'el').street[0], [SHIP('street1')]],
    ['Πόλη', (c) => who(c, 'el').city, [SHIP('city')]],
    ['Τ.Κ.', (c) => who(c, 'el').zip, [SHIP('postalCode')]],
    ['Νομός', (c) => who(c, 'el').region, STATE(['commerce.shipping.address'])],
    ['Τηλέφωνο', (c) => who(c, 'el').mobile, PHONE_ID, opt],
    ['Email', (c) => (n(c) % 3 ? who(c, 'el').email : ''), EMAIL_ID, opt],
    ['Σχετικό Παραστατικό', (c, o) => `#${18000 + n(o) % 6000}`, [OR('purchaseID')], opt],
    ['Υπηρεσία', (c, o) => row(['Κανονική', 'Κανονική', 'Παράδοση σε Speedex Point', 'Κανονική', 'Παράδοση Σάββατο'], n(o) % 5), ['commerce.shipping.shippingMethod']],
    ['Τεμάχια', (c, o) => String(o.qty > 2 ? 2 : 1), []],
    ['Βάρος (kg)', (c, o) => dec(1.2 + o.qty * 1.1), []],
    ['Αντικαταβολή (€)', (c, o) => (spCod(o) ? dec(o.total) : ''), [], opt],
    ['Τρόπος Πληρωμής Αντικαταβολής', (c, o) => (spCod(o) ? row(['Μετρητά', 'Κάρτα (POS)'], n(o) % 2) : ''), []],
    ['Χρέωση Αποστολής (€)', (c, o) => dec(row([3.1, 3.1, 2.6, 3.1, 6.5], n(o) % 5) + (spCod(o) ? 1.5 : 0)), ['commerce.shipping.shippingAmount'], opt],
    ['Κέντρο Κόστους', () => 'ESHOP', []],
    ['Παρατηρήσεις', (c, o, r) => v.pick(r, ['', '', '', 'ΕΥΘΡΑΥΣΤΟ - ΛΑΔΙ', 'ΤΗΛΕΦΩΝΟ ΠΡΙΝ ΤΗΝ ΠΑΡΑΔΟΣΗ', 'ΟΧΙ ΠΡΙΝ ΤΙΣ 14:00']), []],
  ] },
  // ---------------------------------------------------------------- Finland: e-mail tool's subscribers
  { name: 'lianamailer-tilaajat-vienti-fi', product: 'LianaMailer (Liana Technologies; Tilaajat > postituslista > Viennit > Lataa Excel, one row per subscriber with the list\'s imported properties, Finnish UI, a Tampere outdoor-gear shop\'s newsletter list)', family: 'email', language: 'fi', schema: P, cols: [
    ['email', (c) => who(c, 'fi').email, ['personalEmail.address']],
    ['etunimi', (c) => who(c, 'fi').first, ['person.name.firstName']],
    ['sukunimi', (c) => who(c, 'fi').last, ['person.name.lastName']],
    ['asiakasnumero', (c) => (c.bool ? String(200000 + n(c) % 600000) : ''), ['_id', 'personID'], opt],
    ['matkapuhelin', (c) => (n(c) % 3 ? who(c, 'fi').mobile : ''), ['mobilePhone.number']],
    ['katuosoite', (c) => (n(c) % 4 ? who(c, 'fi').street[0] : ''), at(HOME, 'street1')],
    ['postinumero', (c) => who(c, 'fi').zip, at(HOME, 'postalCode')],
    ['postitoimipaikka', (c) => who(c, 'fi').city, at(HOME, 'city')],
    ['maa', () => 'Suomi', at(HOME, 'country')],
    ['syntymävuosi', (c) => (n(c) % 5 ? String(parts(c.birth).y) : ''), ['person.birthYear']],
    ['sukupuoli', (c) => (n(c) % 6 === 0 ? '' : who(c, 'fi').female ? 'nainen' : 'mies'), ['person.gender']],
    ['kieli', (c) => row(['fi', 'fi', 'fi', 'sv', 'fi', 'en'], n(c) % 6), [], opt],
    ['kanta-asiakas', (c) => (c.bool ? 'kyllä' : 'ei'), []],
    ['kiinnostukset', (c) => row(LM_INT, n(c) % 8), []],
    ['myymälä', (c) => row(['Tampere keskusta', 'Lielahti', 'verkkokauppa', 'Tampere keskusta', 'verkkokauppa'], n(c) % 5), []],
    ['lähde', (c) => row(['verkkokaupan tilaus', 'tilauslomake', 'kassa', 'arvonta: Retkimessut', 'verkkokaupan tilaus'], n(c) % 5), []],
    ['lisätty', (c) => { const p = eet(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['tilattu verkosta', (c) => (n(c) % 5 === 1 ? (() => { const p = eet(c.created); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['tila', (c) => lmSt(c), ['personalEmail.status'], opt],
    ['estetty', (c) => (lmSt(c) === 'estetty' ? ymd(eet(later(c))) : ''), [], opt],
    ['listat', (c) => (c.bool ? 'Uutiskirje; Kanta-asiakkaat' : 'Uutiskirje'), []],
    ['viimeisin avaus', (c) => (lmSt(c) === 'aktiivinen' && n(c) % 4 ? ymd(eet(later(c))) : ''), []],
  ] },
  // ---------------------------------------------------------------- Russia: loyalty platform's members
  { name: 'maxma-klienty-eksport-ru', product: 'Maxma (ООО «Максма»; личный кабинет > Клиенты > Экспорт, one row per loyalty-programme member, Russian UI, a Kazan chain of coffee shops and bakeries)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['ID клиента', (c) => String(7000000 + n(c) * 11 % 2000000), ['_id', 'personID']],
    ['Телефон', (c) => who(c, 'ru').mobile, ['mobilePhone.number']],
    ['Фамилия', (c) => who(c, 'ru').last, ['person.name.lastName']],
    ['Имя', (c) => who(c, 'ru').first, ['person.name.firstName']],
    ['Отчество', (c) => (n(c) % 3 ? who(c, 'ru').patr : ''), ['person.name.middleName']],
    ['Пол', (c) => (n(c) % 5 === 0 ? '' : who(c, 'ru').female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c) => (n(c) % 4 ? dmy(parts(c.birth)) : ''), ['person.birthDate']],
    ['Email', (c) => (n(c) % 3 === 1 ? '' : who(c, 'ru').email), ['personalEmail.address']],
    ['Город', (c) => who(c, 'ru').city, at(HOME, 'city'), opt],
    ['Номер карты', (c) => `2${pad(n(c) * 7919 % 100000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Уровень', (c) => mxLvl(c)[0], ['loyalty.tier']],
    ['Бонусы', (c) => String(mxEarned(c) - mxUsed(c)), ['loyalty.points']],
    ['Неактивные бонусы', (c) => String(n(c) % 4 ? 0 : Math.round(mxSpent(c) * 0.004)), ['loyalty.promisedPoints'], opt],
    ['Начислено бонусов всего', (c) => String(mxEarned(c)), ['loyalty.lifetimePoints']],
    ['Списано бонусов всего', (c) => String(mxUsed(c)), ['loyalty.pointsRedeemed']],
    ['Сумма покупок', (c) => String(mxSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Количество покупок', (c) => String(Math.max(1, Math.round(mxSpent(c) / 410))), []],
    ['Средний чек', (c) => String(Math.round(mxSpent(c) / Math.max(1, Math.round(mxSpent(c) / 410)))), []],
    ['Дата регистрации', (c) => { const p = msk(c.created); return `${dmy(p)} ${hm(p)}` }, ['loyalty.joinDate'], opt],
    ['Дата последней покупки', (c) => dmy(msk(later(c))), [], opt],
    ['Точка регистрации', (c) => row(['Кофейня на Баумана', 'Пекарня Кремлёвская', 'Кофейня ТЦ «Кольцо»', 'Пекарня на Чистопольской', 'Сайт'], n(c) % 5), []],
    ['Источник', (c) => row(['Касса', 'Telegram-бот', 'Касса', 'Wallet-карта', 'Сайт'], n(c) % 5), []],
    ['Согласие на рассылку', (c) => (c.bool ? 'Да' : 'Нет'), [], opt],
    ['Пригласил', (c) => (n(c) % 7 === 2 ? `+7 (9${pad(n(c) % 100)}) ${pad(n(c) % 1000, 3)}-${pad(n(c) % 97)}-${pad(n(c) % 89)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Sweden: marketing hub's recipients
  { name: 'carma-mottagare-export-sv', product: 'Carma (Carma Marketing Hub, Stockholm; Mottagare > Mottagarlista > Exportera, one row per recipient with the list\'s imported properties, Swedish UI, a Gothenburg interior-design store chain\'s customer club)', family: 'email', language: 'sv', schema: P, cols: [
    ['OriginalID', (c) => `KK${pad(n(c) * 13 % 1000000, 7)}`, ['_id', 'personID']],
    ['E-post', (c) => who(c, 'sv').email, ['personalEmail.address']],
    ['Mobilnummer', (c) => (n(c) % 4 ? `46${who(c, 'sv').mobile.slice(1).replace(/[- ]/g, '')}` : ''), ['mobilePhone.number']],
    ['Förnamn', (c) => who(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c) => who(c, 'sv').last, ['person.name.lastName']],
    ['Kön', (c) => (n(c) % 6 === 0 ? '' : who(c, 'sv').female ? 'K' : 'M'), ['person.gender']],
    ['Födelsedatum', (c) => (n(c) % 5 ? ymd(parts(c.birth)) : ''), ['person.birthDate']],
    ['Gatuadress', (c) => who(c, 'sv').street[0], at(HOME, 'street1')],
    ['Postnummer', (c) => who(c, 'sv').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => who(c, 'sv').city, at(HOME, 'city')],
    ['Land', () => 'SE', at(HOME, 'countryCode')],
    ['Medlemsnummer', (c) => String(5400000 + n(c) * 7 % 500000), ['loyalty.loyaltyID[0]'], opt],
    ['Medlemsnivå', (c) => crLevel(c), ['loyalty.tier']],
    ['Bonuspoäng', (c) => String((n(c) % 83) * 25), ['loyalty.points']],
    ['Favoritbutik', (c) => row(['Nordstan', 'Backaplan', 'Mölndal Galleria', 'Webbshop', 'Kungsbacka'], n(c) % 5), []],
    ['Senaste köp', (c) => ymd(cet(later(c))), [], opt],
    ['Köpbelopp totalt', (c) => String((n(c) % 140 + 2) * 95), ['loyalty.lifetimePurchases'], opt],
    ['Antal köp', (c) => String(n(c) % 14 + 1), []],
    ['E-poststatus', (c) => crSt(c), ['personalEmail.status'], opt],
    ['SMS-status', (c) => (n(c) % 4 ? (n(c) % 9 === 2 ? 'Avregistrerad' : 'Aktiv') : ''), ['mobilePhone.status'], opt],
    ['Avregistrerad datum', (c) => (crSt(c) === 'Avregistrerad' ? ymd(cet(later(c) + 9 * day)) : ''), [], opt],
    ['Källa', (c) => row(['Kassa', 'Webbshop', 'Kassa', 'Tävling Instagram', 'Webbshop'], n(c) % 5), []],
    ['Skapad', (c) => { const p = cet(c.created); return `${ymd(p)} ${hm(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Czechia: Outlook CRM's contacts
  { name: 'eway-crm-kontakty-export-cs', product: 'eWay-CRM (eWay System s.r.o., Praha; Outlook add-in and eWay-CRM Online: Kontakty > Export do Excelu, one row per contact person, Czech UI, a Brno industrial-fastener distributor\'s customer contacts)', family: 'crm', language: 'cs', schema: B, cols: [
    ['Titul před', (c) => czPre(c), ['person.name.courtesyTitle'], opt],
    ['Jméno', (c) => who(c, 'cs').first, ['person.name.firstName']],
    ['Příjmení', (c) => who(c, 'cs').last, ['person.name.lastName']],
    ['Titul za', (c) => ((n(c) >> 2) % 8 === 6 ? 'Ph.D.' : (n(c) >> 2) % 8 === 0 ? 'MBA' : ''), ['person.name.suffix'], opt],
    ['Společnost', (c) => czFirm(c)[0], CO],
    ['IČ', (c) => czFirm(c)[1], ACC, opt],
    ['Funkce', (c) => czJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Oddělení', (c) => czJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${ascii(who(c, 'cs').last)}${n(c) % 2 ? '' : '.' + ascii(who(c, 'cs').first)}@${czFirm(c)[6]}`, WE],
    ['E-mail 2', (c) => (n(c) % 5 === 2 ? who(c, 'cs').email : ''), ['personalEmail.address'], opt],
    ['Telefon do zaměstnání', (c, o, r) => `${czFirm(c)[7]}${v.int(r, 1, 9)} ${v.int(r, 100, 999)}`, ['workPhone.number']],
    ['Mobil', (c) => who(c, 'cs').mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (n(c) % 4 === 1 ? `${czFirm(c)[7]}${v.int(r, 1, 9)} ${v.int(r, 100, 999)}` : ''), ['faxPhone.number']],
    ['Ulice', (c) => czFirm(c)[2], [W('street1')]],
    ['Město', (c) => czFirm(c)[3], [W('city')]],
    ['PSČ', (c) => czFirm(c)[4], [W('postalCode')]],
    ['Kraj', (c) => czFirm(c)[5], STATE(['workAddress'])],
    ['Stát', () => 'Česká republika', [W('country')]],
    ['Web', (c) => `www.${czFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['Typ', (c) => row(['Zákazník', 'Zákazník', 'Potenciální zákazník', 'Zákazník', 'Dodavatel'], n(c) % 5), ['b2b.personType'], opt],
    ['Kategorie', (c) => row(['A - klíčový', 'B', 'C', 'B', 'A - klíčový', 'C'], n(c) % 6), []],
    ['Zdroj', (c) => row(['MSV Brno 2023', 'Webový formulář', 'Doporučení', 'Telefonát', 'Amper 2024'], n(c) % 5), ['b2b.personSource'], opt],
    ['Vlastník', (c) => row(['Radek Sýkora', 'Ivana Pokorná', 'Radek Sýkora', 'Milan Doležal'], n(c) % 4), []],
    ['Nezasílat hromadné e-maily', (c) => (n(c) % 6 === 3 ? 'Ano' : 'Ne'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Datum narození', (c) => (n(c) % 4 === 0 ? dmy(parts(c.birth)) : ''), ['person.birthDate'], opt],
    ['Vytvořeno', (c) => { const p = cet(c.created); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Změněno', (c) => { const p = cet(later(c)); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'Odebírá nerezové spojovací materiály DIN 933', 'Preferuje objednávky e-mailem', 'Rámcová smlouva do 12/2025']), []],
  ] },
  // ---------------------------------------------------------------- Ukraine: company-data service's firm list
  { name: 'opendatabot-kompanii-vyvantazhennia-uk', product: 'Opendatabot (ТОВ «Опендатабот», Київ; Пошук компаній > Фільтри > Вивантажити в Excel, one row per company with its head, Ukrainian UI, a Dnipro food-packaging maker\'s prospect list of food producers)', family: 'b2b-leads', language: 'uk', schema: B, cols: [
    ['Код ЄДРПОУ', (c) => uaCode(c), ACC, opt],
    ['Повна назва', (c) => uaFirm(c)[0], CO],
    ['Скорочена назва', (c) => uaFirm(c)[1], CO, opt],
    ['Організаційно-правова форма', (c) => uaFirm(c)[2], []],
    ['Стан', (c) => (n(c) % 11 === 5 ? 'в стані припинення' : 'зареєстровано'), []],
    ['Дата реєстрації', (c) => dmy(parts(Date.UTC(1996 + n(c) % 26, n(c) % 12, 1 + n(c) % 28))), []],
    ['Основний КВЕД', (c) => uaFirm(c)[3], []],
    ['Назва основного КВЕД', (c) => uaFirm(c)[4], []],
    ['Керівник', (c) => uaOwner(c), ['person.name.fullName']],
    ['Посада керівника', (c) => uaFirm(c)[11], ['extendedWorkDetails.jobTitle']],
    ['Область', (c) => uaFirm(c)[5], STATE(['workAddress'])],
    ['Населений пункт', (c) => uaFirm(c)[6], [W('city')]],
    ['Адреса', (c) => uaFirm(c)[7], [W('street1')]],
    ['Індекс', (c) => uaFirm(c)[8], [W('postalCode')]],
    ['Телефон', (c) => `+380${uaFirm(c)[9]}${pad(n(c) * 37 % 10 ** (9 - uaFirm(c)[9].length), 9 - uaFirm(c)[9].length)}`, ['workPhone.number']],
    ['Email', (c) => (uaFirm(c)[10] ? `${row(['office', 'info', 'sales', 'zakupivli'], n(c) % 4)}@${uaFirm(c)[10]}` : `${who(c, 'uk').email}`), WE],
    ['Сайт', (c) => (uaFirm(c)[10] ? `https://${uaFirm(c)[10]}` : ''), ['b2b.companyWebsite']],
    ['Статутний капітал, грн', (c) => group(row([50000, 1000, 2400000, 120000, 0, 500000, 18600000], n(c) % 7), ' '), []],
    ['Кількість працівників', (c) => String(row([46, 12, 210, 74, 6, 131, 388], n(c) % 7) + n(c) % 9), []],
    ['Виручка за 2023 рік, грн', (c) => group(row([61.4, 8.9, 412.7, 95.2, 3.1, 287.5, 1540.3], n(c) % 7) * 1e6 + n(c) * 131 % 100000, ' '), []],
    ['Платник ПДВ', (c) => (n(c) % 7 === 4 ? 'Ні' : 'Так'), []],
    ['Податковий борг', (c) => (n(c) % 9 === 2 ? group(n(c) * 17 % 400000, ' ') : 'Немає'), []],
    ['Засновники', (c) => (uaFirm(c)[2].startsWith('Приватне акц') ? 'Акціонери (понад 20)' : `${uaOwner(c)}; ${row(['Мельник Тетяна Іванівна', 'ТОВ "АГРОІНВЕСТ-ГРУП"', 'Коваль Петро Миколайович'], n(c) % 3)}`), []],
    ['Кінцевий бенефіціарний власник', (c) => uaOwner(c), [], opt],
  ] },
  // ---------------------------------------------------------------- Romania: business-information service's prospect list
  { name: 'keysfin-lista-firme-export-ro', product: 'KeysFin (KeysFin SRL, București; Prospectare > Listă firme > Export Excel, one row per company with one contact person, Romanian UI, a Timișoara HR and payroll-software vendor\'s lead list)', family: 'b2b-leads', language: 'ro', schema: B, cols: [
    ['CUI', (c) => roFirm(c)[1], ACC, opt],
    ['Denumire', (c) => roFirm(c)[0], CO],
    ['Nr. Reg. Com.', (c) => roFirm(c)[2], [], opt],
    ['Stare', (c) => (n(c) % 13 === 4 ? 'Inactivă fiscal' : 'Funcțiune'), []],
    ['Data înființării', (c) => dmy(parts(Date.UTC(+roFirm(c)[2].split('/')[2], n(c) % 12, 1 + n(c) % 27))), []],
    ['Cod CAEN', (c) => roFirm(c)[3], []],
    ['Descriere CAEN', (c) => roFirm(c)[4], []],
    ['Județ', (c) => roFirm(c)[5], STATE(['workAddress'])],
    ['Localitate', (c) => roFirm(c)[6], [W('city')]],
    ['Adresă', (c) => roFirm(c)[7], [W('street1')]],
    ['Cod poștal', (c) => roFirm(c)[8], [W('postalCode')]],
    ['Telefon', (c) => `${roFirm(c)[9]}${pad(n(c) * 29 % 1000000, 6)}`, ['workPhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? `${roFirm(c)[9]}${pad(n(c) * 31 % 1000000, 6)}` : ''), ['faxPhone.number']],
    ['Email', (c) => (n(c) % 2 ? `${ascii(who(c, 'ro').first)}.${ascii(who(c, 'ro').last)}@${roFirm(c)[10]}` : `office@${roFirm(c)[10]}`), WE],
    ['Website', (c) => `www.${roFirm(c)[10]}`, ['b2b.companyWebsite']],
    ['Persoană de contact', (c) => who(c, 'ro').full, ['person.name.fullName']],
    ['Funcție', (c) => roTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Telefon mobil contact', (c) => (n(c) % 3 === 1 ? who(c, 'ro').mobile : ''), ['mobilePhone.number']],
    ['Cifra de afaceri 2023 (RON)', (c) => group(roEmp(c) * 212000 + n(c) * 97 % 100000, '.'), []],
    ['Profit net 2023 (RON)', (c) => (n(c) % 8 === 3 ? '-' : '') + group(roEmp(c) * 14300 + n(c) * 53 % 10000, '.'), []],
    ['Număr mediu angajați', (c) => String(roEmp(c)), []],
    ['Plătitor TVA', (c) => (n(c) % 9 === 6 ? 'Nu' : 'Da'), []],
    ['Scor de risc', (c) => row(['Scăzut', 'Scăzut', 'Mediu', 'Scăzut', 'Ridicat', 'Mediu'], n(c) % 6), []],
  ] },
]
