// Round 114, heldout114: held-out sets written apart by a helper that never opened the suggester, its tests, the
// scorer or a score. Same format as sets.mjs (sources in ../README.md). Polish, Czech, Slovak, Hungarian, Romanian,
// Serbian, Bulgarian, Russian, Ukrainian, Turkish and Greek tools: a courier broker's shipments, a shop platform's
// order lines, an online invoicing service's issued invoices, a card-acquirer gateway's transactions, an SMS gateway's
// send history, a software cash register's receipts (E); a café POS's customers with loyalty cards, a restaurant POS's
// delivery customers, an SMS/Viber platform's contacts (P); two company databases' firm lists with their statutory
// representative and a CRM's contact persons (B). Headers in the product's UI language (pl, cs, sk, hu, ro, sr, bg,
// ru, uk, tr, el). Vocabulary taken, where found, from the product's public API or pages (Apaczka's API v2 order and
// address fields, SMS Aero's message object, BORICA's gateway response fields, Albertina's field list, Flowii's
// partner register); the column labels themselves are the writer's knowledge of each product's UI.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
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
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const ints = (n, t = ' ') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
const k = (o, m, mod) => (+o.id * m) % mod

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const ACC = ['b2b.accountKey.sourceID', 'b2b.accountID']
const CARD = ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female, (latin male, latin female)]; last: [male, female, latin slug]; places: [city, postcode, region, (district)]
const LOC = {
  pl: { first: [['Piotr', 'Agnieszka'], ['Krzysztof', 'Magdalena'], ['Tomasz', 'Joanna'], ['Paweł', 'Katarzyna'], ['Marcin', 'Monika'], ['Michał', 'Justyna'], ['Kamil', 'Paulina']],
    last: [['Nowak', 'Nowak', 'nowak'], ['Wiśniewski', 'Wiśniewska', 'wisniewski'], ['Wójcik', 'Wójcik', 'wojcik'], ['Kamiński', 'Kamińska', 'kaminski'], ['Lewandowski', 'Lewandowska', 'lewandowski'], ['Grabowski', 'Grabowska', 'grabowski'], ['Pawlak', 'Pawlak', 'pawlak'], ['Michalski', 'Michalska', 'michalski']],
    places: [['Warszawa', '02-495', 'mazowieckie'], ['Kraków', '31-154', 'małopolskie'], ['Wrocław', '50-365', 'dolnośląskie'], ['Gdynia', '81-366', 'pomorskie'], ['Poznań', '61-809', 'wielkopolskie'], ['Bydgoszcz', '85-027', 'kujawsko-pomorskie'], ['Opole', '45-064', 'opolskie'], ['Kielce', '25-305', 'świętokrzyskie'], ['Olsztyn', '10-516', 'warmińsko-mazurskie']],
    street: (r) => `ul. ${v.pick(r, ['Marszałkowska', 'Długa', 'Kościuszki', 'Mickiewicza', 'Polna', 'Ogrodowa', 'Armii Krajowej', 'Wojska Polskiego'])} ${v.int(r, 1, 180)}${r() < 0.45 ? '/' + v.int(r, 1, 48) : ''}`,
    mobile: (r) => `${v.pick(r, ['501', '502', '509', '600', '604', '665', '691', '723', '784', '798', '882'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'op.pl'] },
  cs: { first: [['Jan', 'Jana'], ['Petr', 'Lucie'], ['Martin', 'Tereza'], ['Tomáš', 'Eva'], ['Jiří', 'Petra'], ['Lukáš', 'Kateřina']],
    last: [['Novák', 'Nováková', 'novak'], ['Dvořák', 'Dvořáková', 'dvorak'], ['Procházka', 'Procházková', 'prochazka'], ['Kučera', 'Kučerová', 'kucera'], ['Svoboda', 'Svobodová', 'svoboda'], ['Černý', 'Černá', 'cerny'], ['Zeman', 'Zemanová', 'zeman']],
    places: [['Brno', '602 00', 'Jihomoravský kraj', 'Brno-město'], ['Brno', '618 00', 'Jihomoravský kraj', 'Brno-město'], ['Blansko', '678 01', 'Jihomoravský kraj', 'Blansko'], ['Vyškov', '682 01', 'Jihomoravský kraj', 'Vyškov'], ['Znojmo', '669 02', 'Jihomoravský kraj', 'Znojmo'], ['Jihlava', '586 01', 'Kraj Vysočina', 'Jihlava'], ['Zlín', '760 01', 'Zlínský kraj', 'Zlín'], ['Hodonín', '695 01', 'Jihomoravský kraj', 'Hodonín']],
    street: (r) => v.pick(r, ['Hybešova', 'Cejl', 'Vídeňská', 'Průmyslová', 'Masarykova', 'Okružní', 'Tovární', 'Dukelská']),
    mobile: (r) => `${v.pick(r, ['602', '603', '605', '724', '731', '736', '777', '606'])}${v.int(r, 100000, 999999)}`,
    mail: ['seznam.cz', 'email.cz', 'gmail.com'] },
  sk: { first: [['Peter', 'Zuzana'], ['Marek', 'Lenka'], ['Michal', 'Katarína'], ['Juraj', 'Jana'], ['Tomáš', 'Mária'], ['Martin', 'Veronika']],
    last: [['Horváth', 'Horváthová', 'horvath'], ['Varga', 'Vargová', 'varga'], ['Tóth', 'Tóthová', 'toth'], ['Nagy', 'Nagyová', 'nagy'], ['Baláž', 'Balážová', 'balaz'], ['Kováč', 'Kováčová', 'kovac'], ['Polák', 'Poláková', 'polak']],
    places: [['Trnava', '917 01', 'Trnavský kraj'], ['Hlohovec', '920 01', 'Trnavský kraj'], ['Piešťany', '921 01', 'Trnavský kraj'], ['Nitra', '949 01', 'Nitriansky kraj'], ['Senec', '903 01', 'Bratislavský kraj'], ['Bratislava', '821 09', 'Bratislavský kraj'], ['Galanta', '924 01', 'Trnavský kraj']],
    street: (r) => `${v.pick(r, ['Priemyselná', 'Bratislavská', 'Hlavná', 'Štúrova', 'Zavarská', 'Coburgova', 'Mlynská'])} ${v.int(r, 1, 90)}`,
    mobile: (r) => `9${v.pick(r, ['03', '04', '05', '08', '11', '15', '17', '44', '49'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'azet.sk', 'centrum.sk'] },
  hu: { first: [['László', 'Katalin'], ['István', 'Erzsébet'], ['Zoltán', 'Krisztina'], ['Gábor', 'Anita'], ['Attila', 'Eszter'], ['Péter', 'Zsófia']],
    last: [['Kovács', 'Kovács', 'kovacs'], ['Szabó', 'Szabó', 'szabo'], ['Tóth', 'Tóth', 'toth'], ['Kiss', 'Kiss', 'kiss'], ['Horváth', 'Horváth', 'horvath'], ['Lakatos', 'Lakatos', 'lakatos'], ['Juhász', 'Juhász', 'juhasz'], ['Németh', 'Németh', 'nemeth']],
    places: [['Szeged', '6720', 'Csongrád-Csanád'], ['Szeged', '6724', 'Csongrád-Csanád'], ['Hódmezővásárhely', '6800', 'Csongrád-Csanád'], ['Makó', '6900', 'Csongrád-Csanád'], ['Szentes', '6600', 'Csongrád-Csanád'], ['Kiskunfélegyháza', '6100', 'Bács-Kiskun'], ['Mórahalom', '6782', 'Csongrád-Csanád']],
    street: (r) => `${v.pick(r, ['Kossuth Lajos sugárút', 'Tisza Lajos körút', 'Petőfi Sándor utca', 'Bajcsy-Zsilinszky utca', 'Rákóczi utca', 'Szent István tér'])} ${v.int(r, 1, 120)}.`,
    mobile: (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu'] },
  ro: { first: [['Andrei', 'Ioana'], ['Alexandru', 'Maria'], ['Mihai', 'Andreea'], ['Ionuț', 'Alexandra'], ['Cristian', 'Elena'], ['Ovidiu', 'Roxana']],
    last: [['Popescu', 'Popescu', 'popescu'], ['Pop', 'Pop', 'pop'], ['Moldovan', 'Moldovan', 'moldovan'], ['Mureșan', 'Mureșan', 'muresan'], ['Rus', 'Rus', 'rus'], ['Sabău', 'Sabău', 'sabau'], ['Câmpean', 'Câmpean', 'campean']],
    places: [['Cluj-Napoca', '400114', 'Cluj'], ['Cluj-Napoca', '400394', 'Cluj'], ['Florești', '407280', 'Cluj'], ['Turda', '401012', 'Cluj'], ['Baia Mare', '430311', 'Maramureș'], ['Oradea', '410087', 'Bihor'], ['Bistrița', '420062', 'Bistrița-Năsăud']],
    street: (r) => `${v.pick(r, ['Str. Memorandumului', 'Calea Mănăștur', 'Str. Horea', 'Bd. 21 Decembrie 1989', 'Str. Observatorului', 'Calea Florești'])} nr. ${v.int(r, 1, 140)}${r() < 0.4 ? `, ap. ${v.int(r, 1, 60)}` : ''}`,
    mobile: (r) => `07${v.pick(r, ['22', '23', '40', '44', '45', '52', '55', '66', '72', '88'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro'] },
  sr: { first: [['Nikola', 'Jelena'], ['Marko', 'Milica'], ['Stefan', 'Ana'], ['Nemanja', 'Ivana'], ['Dragan', 'Snežana'], ['Miloš', 'Tamara']],
    last: [['Jovanović', 'Jovanović', 'jovanovic'], ['Petrović', 'Petrović', 'petrovic'], ['Nikolić', 'Nikolić', 'nikolic'], ['Đorđević', 'Đorđević', 'djordjevic'], ['Stojanović', 'Stojanović', 'stojanovic'], ['Ilić', 'Ilić', 'ilic'], ['Marković', 'Marković', 'markovic']],
    places: [['Novi Sad', '21000', 'Južnobački okrug', 'Novi Sad', '021'], ['Subotica', '24000', 'Severnobački okrug', 'Subotica', '024'], ['Zrenjanin', '23000', 'Srednjebanatski okrug', 'Zrenjanin', '023'], ['Sombor', '25000', 'Zapadnobački okrug', 'Sombor', '025'], ['Pančevo', '26000', 'Južnobanatski okrug', 'Pančevo', '013'], ['Sremska Mitrovica', '22000', 'Sremski okrug', 'Sremska Mitrovica', '022'], ['Bačka Palanka', '21400', 'Južnobački okrug', 'Bačka Palanka', '021']],
    street: (r) => { const st = v.pick(r, ['Bulevar oslobođenja', 'Industrijska zona bb', 'Temerinski put', 'Kralja Petra I', 'Segedinski put', 'Rumenački put']); const n = v.int(r, 1, 140); return st.endsWith('bb') ? st : `${st} ${n}` },
    mobile: (r) => `+381 6${v.pick(r, ['0', '1', '2', '3', '4', '5', '6'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'eunet.rs', 'yahoo.com'] },
  bg: { first: [['Иван', 'Мария', 'ivan', 'maria'], ['Георги', 'Елена', 'georgi', 'elena'], ['Димитър', 'Десислава', 'dimitar', 'desi'], ['Николай', 'Радост', 'nikolay', 'radost'], ['Христо', 'Гергана', 'hristo', 'gergana']],
    last: [['Петров', 'Петрова', 'petrov'], ['Иванов', 'Иванова', 'ivanov'], ['Стоянов', 'Стоянова', 'stoyanov'], ['Колев', 'Колева', 'kolev'], ['Атанасов', 'Атанасова', 'atanasov'], ['Тодоров', 'Тодорова', 'todorov']],
    places: [['Пловдив', '4000', 'Пловдив'], ['София', '1000', 'София-град'], ['Варна', '9000', 'Варна'], ['Бургас', '8000', 'Бургас'], ['Стара Загора', '6000', 'Стара Загора']],
    street: (r) => `ул. ${v.pick(r, ['Главна', 'Иван Вазов', 'Васил Левски'])} ${v.int(r, 1, 90)}`,
    mobile: (r) => `08${v.pick(r, ['7', '8', '9'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['abv.bg', 'gmail.com', 'mail.bg', 'dir.bg'] },
  ru: { first: [['Алексей', 'Анна'], ['Дмитрий', 'Екатерина'], ['Сергей', 'Ольга'], ['Андрей', 'Наталья'], ['Максим', 'Татьяна'], ['Игорь', 'Юлия']],
    last: [['Смирнов', 'Смирнова', 'smirnov'], ['Кузнецов', 'Кузнецова', 'kuznetsov'], ['Соколов', 'Соколова', 'sokolov'], ['Волков', 'Волкова', 'volkov'], ['Лебедев', 'Лебедева', 'lebedev'], ['Морозов', 'Морозова', 'morozov']],
    places: [['Нижний Новгород', '603000', 'Нижегородская область'], ['Дзержинск', '606000', 'Нижегородская область'], ['Кстово', '607650', 'Нижегородская область'], ['Бор', '606440', 'Нижегородская область'], ['Владимир', '600000', 'Владимирская область']],
    street: (r) => `ул. ${v.pick(r, ['Большая Покровская', 'Родионова', 'Белинского'])}, д. ${v.int(r, 1, 90)}`,
    mobile: (r) => `79${v.pick(r, ['02', '10', '20', '30', '50', '51', '52', '53', '63', '96'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'] },
  uk: { first: [['Андрій', 'Наталія'], ['Олександр', 'Юлія'], ['Максим', 'Ірина'], ['Назар', 'Христина'], ['Остап', 'Соломія']],
    last: [['Шевчук', 'Шевчук', 'shevchuk'], ['Коваль', 'Коваль', 'koval'], ['Мельник', 'Мельник', 'melnyk'], ['Гнатюк', 'Гнатюк', 'hnatiuk'], ['Федорів', 'Федорів', 'fedoriv'], ['Ткачук', 'Ткачук', 'tkachuk']],
    places: [['Львів', '79000', 'Львівська']],
    street: (r) => `вул. ${v.pick(r, ['Городоцька', 'Шевченка', 'Личаківська'])}, ${v.int(r, 1, 200)}`,
    mobile: (r) => `380${v.pick(r, ['67', '68', '97', '98', '50', '66', '63', '93', '73'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'ukr.net', 'i.ua'] },
  tr: { first: [['Hüseyin', 'Emine'], ['Murat', 'Hatice'], ['Ömer', 'Esra'], ['Serkan', 'Gizem'], ['Oğuz', 'Sevgi'], ['Kemal', 'Derya']],
    last: [['Arslan', 'Arslan', 'arslan'], ['Doğan', 'Doğan', 'dogan'], ['Kılıç', 'Kılıç', 'kilic'], ['Aslan', 'Aslan', 'aslan'], ['Çetin', 'Çetin', 'cetin'], ['Koç', 'Koç', 'koc'], ['Kurt', 'Kurt', 'kurt']],
    places: [['Çankaya', '06690', 'Ankara', 'Ayrancı Mah.'], ['Çankaya', '06420', 'Ankara', 'Kızılay Mah.'], ['Yenimahalle', '06370', 'Ankara', 'Batıkent'], ['Keçiören', '06280', 'Ankara', 'Etlik Mah.'], ['Etimesgut', '06790', 'Ankara', 'Eryaman'], ['Mamak', '06620', 'Ankara', 'Kayaş']],
    street: (r) => `${v.pick(r, ['Atatürk Bulvarı', 'Ziya Gökalp Cad.', 'Tunalı Hilmi Cad.', '1453. Sok.', 'Anadolu Bulvarı', 'Kardelen Sok.'])} No:${v.int(r, 1, 120)}${r() < 0.7 ? ' D:' + v.int(r, 1, 24) : ''}`,
    mobile: (r) => `05${v.pick(r, ['30', '32', '33', '35', '42', '43', '44', '52', '53', '55'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'] },
  el: { first: [['Γιώργος', 'Μαρία', 'giorgos', 'maria'], ['Νίκος', 'Ελένη', 'nikos', 'eleni'], ['Δημήτρης', 'Σοφία', 'dimitris', 'sofia'], ['Κώστας', 'Γεωργία', 'kostas', 'georgia'], ['Θανάσης', 'Βασιλική', 'thanasis', 'vicky'], ['Στέλιος', 'Χριστίνα', 'stelios', 'christina']],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos', 'papadopoulou'], ['Γεωργίου', 'Γεωργίου', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou'], ['Βασιλείου', 'Βασιλείου', 'vasileiou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis', 'karagianni'], ['Τσολάκης', 'Τσολάκη', 'tsolakis', 'tsolaki']],
    places: [['Θεσσαλονίκη', '546 22', 'Θεσσαλονίκης'], ['Καλαμαριά', '551 33', 'Θεσσαλονίκης'], ['Εύοσμος', '562 24', 'Θεσσαλονίκης'], ['Πυλαία', '555 35', 'Θεσσαλονίκης'], ['Θέρμη', '570 01', 'Θεσσαλονίκης'], ['Κατερίνη', '601 00', 'Πιερίας']],
    street: (r) => `${v.pick(r, ['Εγνατίας', 'Τσιμισκή', 'Μητροπόλεως', 'Δελφών', 'Κασσάνδρου', 'Βασ. Όλγας'])} ${v.int(r, 1, 180)}`,
    mobile: (r) => `3069${v.pick(r, ['44', '45', '46', '47', '48', '72', '73', '74', '77', '84', '85'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'] },
}
// firms of the B2B sets: [name, domain]
const CO_LOC = {
  cs: [['Moravia Papír s.r.o.', 'moraviapapir.cz'], ['KOVO Blansko a.s.', 'kovoblansko.cz'], ['Stavebniny Horák s.r.o.', 'stavebninyhorak.cz'], ['Vinařství U Kapličky s.r.o.', 'ukaplicky.cz'], ['AUTOSERVIS Pokorný s.r.o.', 'autoservis-pokorny.cz'], ['Zdravotnické potřeby Zlín s.r.o.', 'zdravpotreby.cz'], ['Elektro Kučera s.r.o.', 'elektrokucera.cz'], ['Pekárna Vyškov, spol. s r.o.', 'pekarnavyskov.cz']],
  sk: [['Hydrotech Trnava s.r.o.', 'hydrotech.sk'], ['AGRO Hlohovec, a.s.', 'agrohlohovec.sk'], ['Kúpele Piešťany Servis s.r.o.', 'kupeleservis.sk'], ['Nitrianska mliekareň, s.r.o.', 'nmliekaren.sk'], ['PLASTIKA SENEC spol. s r.o.', 'plastikasenec.sk'], ['Logistika Galanta s.r.o.', 'logistikagalanta.sk']],
  sr: [['PANON AMBALAŽA DOO NOVI SAD', 'panonambalaza.rs'], ['VOJVODINA AGRAR DOO ZRENJANIN', 'vojvodinaagrar.rs'], ['DUNAV PLAST DOO BAČKA PALANKA', 'dunavplast.rs'], ['MLEKARA BANAT DOO PANČEVO', 'mlekarabanat.rs'], ['FRUTIKA DOO SOMBOR', 'frutika.rs'], ['DRVOTEH DOO SUBOTICA', 'drvoteh.rs'], ['SREM-TRANS DOO SREMSKA MITROVICA', 'sremtrans.rs']],
}
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/đ/g, 'dj').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const key = `${cc}:${c.id}:${c.first}`
  if (memo.has(key)) return memo.get(key)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0]
  const slug = /^[\p{Script=Latin}\s-]+$/u.test(last) ? slugify(last) : female && lr[3] ? lr[3] : female && (cc === 'ru' || cc === 'bg') ? `${lr[2]}a` : lr[2]
  const fslug = fr.length > 2 ? fr[female ? 3 : 2] : slugify(first)
  let [city, zip, region, district, area] = v.pick(r, d.places)
  const [company, domain] = CO_LOC[cc] ? v.pick(r, CO_LOC[cc]) : ['', '']
  if (cc === 'sr') [city, zip, region, district, area] = d.places.find((pl) => company.includes(pl[0].toUpperCase()))
  const p = { first, last, female, slug, fslug, city, zip, region, district: district ?? '', area: area ?? '', company, domain,
    full: `${first} ${last}`, street: d.street(r), mobile: d.mobile(r),
    email: `${fslug}${v.pick(r, ['.', '', '_'])}${slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${fslug[0]}.${slug}@${domain}` : p.email
  memo.set(key, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Shopgold: a Gdańsk amber-jewellery shop: [kod, nazwa, cena brutto zł, wariant]
const PL_ITEMS = [['BR-KOL-014', 'Kolczyki srebrne z bursztynem koniakowym', 149.0, 'srebro 925'], ['BR-NAS-102', 'Naszyjnik bursztynowy bałtycki mleczny 45 cm', 229.0, '45 cm'], ['BR-PIE-033', 'Pierścionek z bursztynem zielonym', 189.0, 'rozmiar 15'], ['BR-BRA-207', 'Bransoletka z bursztynu dla dzieci', 79.0, '14 cm'], ['BR-ZAW-019', 'Zawieszka serce z bursztynem wiśniowym', 119.0, ''], ['BR-SZK-001', 'Szkatułka na biżuterię z inkluzją', 349.0, '']]
// Vchasno.Kasa: a Lviv bakery-café: [позиція, ціна грн]
const UA_ITEMS = [['Круасан з маслом', 58], ['Капучино 300 мл', 72], ['Хліб житній на заквасці', 64], ['Сирник львівський, 100 г', 89], ['Лате на вівсяному', 86], ['Штрудель яблучний', 79]]

const ST = (o) => +o.id % 5
const AP_CARRIER = [['INPOST', 'InPost Paczkomaty 24/7'], ['DPD', 'DPD Classic'], ['DHL', 'DHL Parcel Polska'], ['POCZTA', 'Pocztex Kurier'], ['UPS', 'UPS Standard']]
const SG_DELIVERY = [['InPost Paczkomat 24/7', 13.99], ['Kurier DPD', 17.99], ['Kurier DPD - pobranie', 22.99], ['Odbiór osobisty - Gdańsk, ul. Mariacka', 0], ['Poczta Polska - list polecony', 11.5]]
const sgShip = (o) => row(SG_DELIVERY, +o.id % 5)
const sgItem = (o, i) => row(PL_ITEMS, i + +o.id)
const sgQty = (o) => (o.qty > 2 ? 1 : o.qty)
const sgTotal = (o, i) => sgItem(o, i)[2] * sgQty(o) + sgShip(o)[1] - (o.discount ? 20 : 0)
const HU_LINES = [['Kerékpár szerviz - nagy átvizsgálás', 18990], ['Shimano Deore hátsó váltó', 24900], ['Gyerek kerékpár 20" Csepel', 64990], ['Belső gumi 28" + szerelés', 4590], ['Elektromos kerékpár akkumulátor bevizsgálás', 9900], ['Kerékpár zár U-lakat', 12490]]
const huLine = (o, i) => row(HU_LINES, i * 5 + (+o.id >> 2))
const huGross = (o, i) => huLine(o, i)[1] * (o.qty > 2 ? 1 : o.qty)
const BG_AMT = (o) => Math.round(o.total * 1.95 * 100) / 100
const uaLines = (o) => 1 + (+o.id % 4)
const uaTotal = (o, i) => { let s = 0; for (let j = 0; j < uaLines(o); j++) s += row(UA_ITEMS, i + +o.id + j * 2)[1]; return s }
const uaDisc = (o, i) => (o.discount ? Math.round(uaTotal(o, i) * 0.1 * 100) / 100 : 0)

export const SETS = [
  // ---------------------------------------------------------------- Poland: courier broker
  { name: 'apaczka-zamowienia-eksport-pl', product: 'Apaczka.pl (courier broker; Panel > Zamówienia > Eksportuj do CSV, one row per shipment order, Polish UI, a Poznań natural-cosmetics e-shop sending by InPost, DPD, DHL, Pocztex and UPS)', family: 'delivery', language: 'pl', schema: E, cols: [
    ['ID zamówienia', (c, o) => String(5200000 + k(o, 61, 700000)), ['_id'], opt],
    ['Data utworzenia', (c, o) => `${ymd(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Przewoźnik', (c, o) => AP_CARRIER[ST(o)][0], ['commerce.shipping.shippingMethod']],
    ['Usługa', (c, o) => AP_CARRIER[ST(o)][1], ['commerce.shipping.shippingMethod'], opt],
    ['Numer listu przewozowego', (c, o) => [`6${pad(k(o, 7919, 1e9), 9)}${pad(k(o, 13, 1e8), 8)}${pad(k(o, 31, 1e6), 6)}`, `0000${pad(k(o, 3571, 1e10), 10)}U`, `JJD00003${pad(k(o, 977, 1e9), 9)}`, `PX${pad(k(o, 263, 1e10), 10)}`, `1Z4F83E668${pad(k(o, 71, 1e8), 8)}`][ST(o)], ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Doręczona', 'Doręczona', 'Doręczona', 'W doręczeniu', 'Nadana', 'Oczekuje na odbiór przez kuriera', 'Anulowana']), []],
    ['Nadawca - nazwa', () => 'Zielnik Natury Sp. z o.o.', []],
    ['Odbiorca - nazwa', (c) => loc(c, 'pl').full, []],
    ['Odbiorca - osoba kontaktowa', (c, o, r) => (r() < 0.3 ? loc(c, 'pl').full : ''), []],
    ['Odbiorca - adres (linia 1)', (c) => loc(c, 'pl').street, [SHIP('street1')]],
    ['Odbiorca - adres (linia 2)', (c, o, r) => (r() < 0.15 ? v.pick(r, ['klatka B', 'lok. usługowy', 'III piętro']) : ''), [SHIP('street2')], opt],
    ['Odbiorca - kod pocztowy', (c) => loc(c, 'pl').zip, [SHIP('postalCode')]],
    ['Odbiorca - miejscowość', (c) => loc(c, 'pl').city, [SHIP('city')]],
    ['Odbiorca - kraj', () => 'PL', [SHIP('countryCode')]],
    ['Odbiorca - telefon', (c) => loc(c, 'pl').mobile, PHONE_ID, opt],
    ['Odbiorca - e-mail', (c) => loc(c, 'pl').email, EMAIL_ID, opt],
    ['Punkt odbioru', (c, o) => (ST(o) === 0 ? `${slugify(loc(c, 'pl').city).slice(0, 3).toUpperCase()}${pad(k(o, 7, 300), 2)}M` : ''), [], opt],
    ['Liczba paczek', (c, o) => (+o.id % 11 === 0 ? '2' : '1'), []],
    ['Waga [kg]', (c, o) => dec(0.4 + (+o.id % 60) / 10), []],
    ['Wymiary [cm]', (c, o) => row(['20x15x10', '30x20x15', '38x64x8', '40x30x20'], +o.id), []],
    ['Zawartość', (c, o) => row(['Kosmetyki', 'Kosmetyki naturalne', 'Mydła i olejki', 'Zestaw prezentowy'], +o.id), [PL('name')], opt],
    ['Wartość ubezpieczenia [zł]', (c, o) => dec(o.subtotal * 4.3), [], opt],
    ['Pobranie [zł]', (c, o) => (ST(o) === 1 && +o.id % 3 === 0 ? dec(o.total * 4.3) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Cena netto [zł]', (c, o) => dec([10.98, 13.41, 14.62, 12.19, 18.69][ST(o)]), [], opt],
    ['Cena brutto [zł]', (c, o) => dec([13.5, 16.49, 17.98, 14.99, 22.99][ST(o)]), ['commerce.shipping.shippingAmount'], opt],
    ['Referencja', (c, o) => `ZN/${bd(o.at).y}/${pad(k(o, 1, 10000), 4)}`, [OR('purchaseID')]],
    ['Data nadania', (c, o, r) => (r() < 0.9 ? ymd(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Data doręczenia', (c, o, r) => (r() < 0.7 ? ymd(cet(o.at + 2 * day)) : ''), [], opt],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Proszę dzwonić przed doręczeniem', 'Zostawić u sąsiada pod 4']), []],
  ] },
  // ---------------------------------------------------------------- Poland: shop platform order lines
  { name: 'shopgold-zamowienia-pozycje-pl', product: 'Shopgold (sklep internetowy; Panel > Zamówienia > Eksport zamówień do CSV, one row per ordered product, Polish UI, a Gdańsk amber-jewellery shop)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Nr zamówienia', (c, o) => String(10000 + k(o, 1, 8000)), [OR('purchaseID')]],
    ['Data złożenia', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status zamówienia', (c, o, r) => v.pick(r, ['Nowe', 'W realizacji', 'Wysłane', 'Zrealizowane', 'Zrealizowane', 'Anulowane']), []],
    ['Status płatności', (c, o, r) => (r() < 0.85 ? 'Opłacone' : 'Nieopłacone'), [], opt],
    ['Forma płatności', (c, o) => (sgShip(o)[0].includes('pobranie') ? 'Za pobraniem' : row(['Przelewy24', 'BLIK', 'Przelew tradycyjny', 'PayPal'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Forma dostawy', (c, o) => sgShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => dec(sgShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['ID klienta', (c) => (c.bool ? String(2000 + +c.id % 7000) : '0'), CUST_ID, opt],
    ['Imię', (c) => loc(c, 'pl').first, []],
    ['Nazwisko', (c) => loc(c, 'pl').last, []],
    ['E-mail', (c) => loc(c, 'pl').email, EMAIL_ID, opt],
    ['Telefon', (c) => `+48 ${loc(c, 'pl').mobile.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}`, PHONE_ID, opt],
    ['Firma', (c, o, r) => (r() < 0.1 ? `${loc(c, 'pl').last} Consulting` : ''), []],
    ['NIP', (c, o, r) => (r() < 0.1 ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}` : ''), []],
    ['Ulica (faktura)', (c) => loc(c, 'pl').street, [BILL('street1')]],
    ['Kod pocztowy (faktura)', (c) => loc(c, 'pl').zip, [BILL('postalCode')]],
    ['Miejscowość (faktura)', (c) => loc(c, 'pl').city, [BILL('city')]],
    ['Ulica (dostawa)', (c, o) => (sgShip(o)[1] === 0 ? '' : loc(c, 'pl').street), [SHIP('street1')]],
    ['Kod pocztowy (dostawa)', (c, o) => (sgShip(o)[1] === 0 ? '' : loc(c, 'pl').zip), [SHIP('postalCode')]],
    ['Miejscowość (dostawa)', (c, o) => (sgShip(o)[1] === 0 ? '' : loc(c, 'pl').city), [SHIP('city')]],
    ['Kraj (dostawa)', (c, o) => (sgShip(o)[1] === 0 ? '' : 'Polska'), [SHIP('country')]],
    ['Kod produktu', (c, o, r, i) => sgItem(o, i)[0], [PL('SKU')]],
    ['Nazwa produktu', (c, o, r, i) => sgItem(o, i)[1], [PL('name')]],
    ['Wariant', (c, o, r, i) => sgItem(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Ilość', (c, o) => String(sgQty(o)), [PL('quantity')]],
    ['Cena jedn. brutto', (c, o, r, i) => dec(sgItem(o, i)[2]), [], opt],
    ['Stawka VAT', () => '23%', []],
    ['Wartość brutto', (c, o, r, i) => dec(sgItem(o, i)[2] * sgQty(o)), [PL('priceTotal')]],
    ['Kod rabatowy', (c, o) => (o.discount ? 'BURSZTYN20' : ''), ['commerce.promotionID'], opt],
    ['Rabat', (c, o) => (o.discount ? '20,00' : '0,00'), [OR('discountAmount')], opt],
    ['Wartość zamówienia', (c, o, r, i) => dec(sgTotal(o, i)), [OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Uwagi klienta', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o zapakowanie na prezent', 'Faktura na firmę']), []],
  ] },
  // ---------------------------------------------------------------- Czechia: company database (B2B)
  { name: 'albertina-vyber-firem-export-cs', product: 'Albertina (Dun & Bradstreet Czech Republic firm database; Výběr firem > Export do Excelu, one row per firm and statutory-body member, Czech UI, a Brno office-supplies wholesaler\'s prospect list in South Moravia, Vysočina and Zlín)', family: 'b2b-leads', language: 'cs', schema: B, cols: [
    ['IČO', (c, o, r) => pad(v.int(r, 1000000, 29999999), 8), ACC, opt],
    ['Obchodní firma', (c) => loc(c, 'cs').company, CO],
    ['Právní forma', (c) => (/a\.s\./.test(loc(c, 'cs').company) ? 'Akciová společnost' : /^Ing\./.test(loc(c, 'cs').company) ? 'Fyzická osoba podnikající dle živnostenského zákona' : 'Společnost s ručením omezeným'), []],
    ['Datum vzniku', (c, o, r) => dmy({ d: v.int(r, 1, 28), m: v.int(r, 1, 12), y: v.int(r, 1991, 2019) }), []],
    ['Ulice', (c) => loc(c, 'cs').street, [W('street1')]],
    ['Číslo popisné', (c, o, r) => String(v.int(r, 100, 2800)), [], opt],
    ['Číslo orientační', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1, 60)) : ''), [], opt],
    ['Obec', (c) => loc(c, 'cs').city, [W('city')]],
    ['PSČ', (c) => loc(c, 'cs').zip, [W('postalCode')]],
    ['Okres', (c) => loc(c, 'cs').district, [], opt],
    ['Kraj', (c) => loc(c, 'cs').region, STATE(['workAddress'])],
    ['CZ-NACE', (c, o, r) => v.pick(r, ['46690 Velkoobchod s ostatními stroji a zařízením', '41200 Výstavba bytových a nebytových budov', '11020 Výroba vína z vinných hroznů', '45200 Opravy a údržba motorových vozidel', '10710 Výroba pekařských a cukrářských výrobků', '71120 Inženýrské činnosti a související technické poradenství']), []],
    ['Institucionální sektor', () => 'Nefinanční podniky soukromé národní', []],
    ['Počet zaměstnanců', (c, o, r) => v.pick(r, ['1 - 5 zaměstnanců', '6 - 9 zaměstnanců', '10 - 19 zaměstnanců', '25 - 49 zaměstnanců', '50 - 99 zaměstnanců']), []],
    ['Obrat', (c, o, r) => v.pick(r, ['do 1 mil. Kč', '10 - 30 mil. Kč', '30 - 60 mil. Kč', '100 - 200 mil. Kč']), []],
    ['Statutární orgán - titul', (c, o, r) => v.pick(r, ['', '', 'Ing.', 'Mgr.', 'Ing.', 'Bc.']), ['person.name.courtesyTitle'], opt],
    ['Statutární orgán - jméno', (c) => loc(c, 'cs').first, ['person.name.firstName']],
    ['Statutární orgán - příjmení', (c) => loc(c, 'cs').last, ['person.name.lastName']],
    ['Statutární orgán - funkce', (c) => { const p = loc(c, 'cs'); return /a\.s\./.test(p.company) ? (p.female ? 'předsedkyně představenstva' : 'předseda představenstva') : /^Ing\./.test(p.company) ? 'podnikatel' : p.female ? 'jednatelka' : 'jednatel' }, ['extendedWorkDetails.jobTitle']],
    ['Telefon', (c, o, r) => (r() < 0.75 ? `+420 5${v.int(r, 10, 79)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.4 ? `+420 ${loc(c, 'cs').mobile.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}` : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['E-mail', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['info', 'obchod', 'kancelar'])}@${loc(c, 'cs').domain}` : ''), WE],
    ['WWW', (c, o, r) => (r() < 0.75 ? `www.${loc(c, 'cs').domain}` : ''), ['b2b.companyWebsite']],
    ['DIČ', (c, o, r) => (r() < 0.8 ? `CZ${pad(v.int(r, 1000000, 29999999), 8)}` : ''), []],
    ['Datum aktualizace', (c) => dmy(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Slovakia: CRM contact persons (B2B)
  { name: 'flowii-kontaktne-osoby-sk', product: 'FLOWii (Slovak cloud CRM and business system; Partneri > Kontaktné osoby > Export do Excelu, one row per contact person of a partner firm, Slovak UI, a Trnava industrial-cleaning company\'s clients and prospects)', family: 'crm', language: 'sk', schema: B, cols: [
    ['ID', (c) => String(40000 + +c.id % 50000), B2BID],
    ['Titul pred menom', (c, o, r) => v.pick(r, ['', '', '', 'Ing.', 'Mgr.', 'Bc.']), ['person.name.courtesyTitle'], opt],
    ['Meno', (c) => loc(c, 'sk').first, ['person.name.firstName']],
    ['Priezvisko', (c) => loc(c, 'sk').last, ['person.name.lastName']],
    ['Titul za menom', (c, o, r) => (r() < 0.08 ? 'PhD.' : ''), ['person.name.suffix'], opt],
    ['Pozícia', (c, o, r) => v.pick(r, ['konateľ', 'vedúci prevádzky', 'referent nákupu', 'facility manažér', 'vedúca ekonomického oddelenia', 'technik BOZP']), ['extendedWorkDetails.jobTitle']],
    ['Oddelenie', (c, o, r) => v.pick(r, ['Vedenie', 'Prevádzka', 'Nákup', 'Ekonomické oddelenie', '']), ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => loc(c, 'sk').workEmail, WE],
    ['Telefón', (c, o, r) => (r() < 0.5 ? `+421 33 ${v.int(r, 500, 799)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Mobil', (c) => `+421 ${loc(c, 'sk').mobile.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}`, ['mobilePhone.number']],
    ['Partner', (c) => loc(c, 'sk').company, CO],
    ['IČO partnera', (c, o, r) => String(v.int(r, 30000000, 54999999)), ACC, opt],
    ['Ulica', (c) => loc(c, 'sk').street, [W('street1')]],
    ['Mesto', (c) => loc(c, 'sk').city, [W('city')]],
    ['PSČ', (c) => loc(c, 'sk').zip, [W('postalCode')]],
    ['Štát', () => 'Slovensko', [W('country')]],
    ['Typ partnera', (c, o, r) => v.pick(r, ['Odberateľ', 'Odberateľ', 'Potenciálny zákazník', 'Dodávateľ']), [], opt],
    ['Hlavný kontakt', (c, o, r) => (r() < 0.6 ? 'Áno' : 'Nie'), []],
    ['Zodpovedný', (c, o, r) => v.pick(r, ['Marek Tóth', 'Zuzana Kováčová', 'Peter Baláž']), []],
    ['Súhlas GDPR', (c, o, r) => (r() < 0.8 ? 'Áno' : 'Nie'), [], opt],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'zmluva 2024', 'VIP', 'tepovanie', 'ponuka odoslaná']), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'Volať dopoludnia', 'Fakturácia cez centrálu v Bratislave']), []],
    ['Vytvorené', (c) => { const p = cet(c.created); return `${p.d}.${p.m}.${p.y} ${p.H}:${pad(p.M)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Posledná aktivita', (c) => dmy(cet(later(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- Hungary: online invoicing
  { name: 'kulcs-szamla-kiallitott-szamlak-hu', product: 'Kulcs-Számla (Kulcs-Soft online invoicing; Számlák > Kiállított számlák > Exportálás Excelbe, one row per invoice, Hungarian UI, a Szeged bicycle shop and service invoicing private customers and firms)', family: 'invoicing', language: 'hu', schema: E, cols: [
    ['Számlaszám', (c, o) => `KSZ-${bd(o.at).y}-${pad(k(o, 1, 9000) + 1, 5)}`, [OR('purchaseID'), '_id']],
    ['Bizonylat típusa', (c, o) => (+o.id % 23 === 0 ? 'Sztornó számla' : +o.id % 17 === 0 ? 'Előlegszámla' : 'Számla'), []],
    ['Kiállítás dátuma', (c, o) => `${ymd(cet(o.at), '.')}.`, ['timestamp', OR('createdDate')]],
    ['Teljesítés dátuma', (c, o) => `${ymd(cet(o.at), '.')}.`, [], opt],
    ['Fizetési határidő', (c, o) => `${ymd(cet(o.at + (+o.id % 3 === 0 ? 8 : 0) * day), '.')}.`, [], opt],
    ['Fizetési mód', (c, o) => (+o.id % 3 === 0 ? 'Átutalás' : row(['Készpénz', 'Bankkártya', 'Bankkártya', 'SZÉP kártya'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Vevő neve', (c, o) => (+o.id % 3 === 0 ? `${loc(c, 'hu').last} ${v.pick(() => (+o.id % 7) / 7, ['és Társa Kft.', 'Bt.', 'Kft.'])}` : `${loc(c, 'hu').last} ${loc(c, 'hu').first}`), []],
    ['Vevő adószáma', (c, o, r) => (+o.id % 3 === 0 ? `${v.int(r, 10000000, 29999999)}-2-06` : ''), []],
    ['Vevő irányítószám', (c) => loc(c, 'hu').zip, [BILL('postalCode')]],
    ['Vevő település', (c) => loc(c, 'hu').city, [BILL('city')]],
    ['Vevő címe', (c) => loc(c, 'hu').street, [BILL('street1')]],
    ['Vevő országa', () => 'Magyarország', [BILL('country')]],
    ['Vevő e-mail címe', (c, o, r) => (r() < 0.75 ? loc(c, 'hu').email : ''), EMAIL_ID, opt],
    ['Tételek', (c, o, r, i) => huLine(o, i)[0], [PL('name')], opt],
    ['Nettó összeg', (c, o, r, i) => ints(huGross(o, i) / 1.27), [], opt],
    ['ÁFA összeg', (c, o, r, i) => ints(huGross(o, i) - Math.round(huGross(o, i) / 1.27)), [OR('taxAmount')]],
    ['Bruttó összeg', (c, o, r, i) => ints(huGross(o, i)), [OR('priceTotal')]],
    ['Pénznem', () => 'HUF', [OR('currencyCode')]],
    ['Fizetve', (c, o, r) => (+o.id % 3 === 0 ? v.pick(r, ['Igen', 'Nem', 'Igen']) : 'Igen'), []],
    ['Kiegyenlítés dátuma', (c, o, r) => (r() < 0.85 ? `${ymd(cet(o.at + (+o.id % 3 === 0 ? 6 : 0) * day), '.')}.` : ''), [], opt],
    ['Rendelésszám', (c, o) => (+o.id % 3 === 0 ? `MR-${pad(k(o, 3, 1000), 4)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['NAV beküldés állapota', (c, o, r) => v.pick(r, ['Befogadva', 'Befogadva', 'Befogadva', 'Figyelmeztetéssel befogadva', 'Feldolgozás alatt']), []],
    ['Számlatömb', () => 'KSZ', []],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', '', 'Garanciális javítás', 'A munkalap száma: ML-214']), []],
  ] },
  // ---------------------------------------------------------------- Romania: café POS customers with loyalty
  { name: 'ebriza-clienti-export-ro', product: 'Ebriza (cloud POS for HoReCa and retail; Administrare > Clienți > Export Excel, one row per customer with loyalty card, points and discount, Romanian UI, a Cluj-Napoca coffee-roaster café chain)', family: 'loyalty', language: 'ro', schema: P, cols: [
    ['ID', (c) => String(1000 + +c.id % 60000), ['_id', 'personID']],
    ['Nume', (c) => loc(c, 'ro').last, ['person.name.lastName']],
    ['Prenume', (c) => loc(c, 'ro').first, ['person.name.firstName']],
    ['Telefon', (c) => loc(c, 'ro').mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? loc(c, 'ro').email : ''), ['personalEmail.address']],
    ['Data nașterii', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Sex', (c) => (loc(c, 'ro').female ? 'F' : 'M'), ['person.gender']],
    ['Adresă', (c, o, r) => (r() < 0.5 ? loc(c, 'ro').street : ''), at(HOME, 'street1')],
    ['Oraș', (c) => loc(c, 'ro').city, at(HOME, 'city')],
    ['Județ', (c) => loc(c, 'ro').region, STATE(HOME)],
    ['Cod poștal', (c, o, r) => (r() < 0.5 ? loc(c, 'ro').zip : ''), at(HOME, 'postalCode')],
    ['Țară', () => 'România', at(HOME, 'country')],
    ['Companie', (c, o, r) => (r() < 0.12 ? `${loc(c, 'ro').last} Consult SRL` : ''), ['organizations[0]'], opt],
    ['CUI', (c, o, r) => (r() < 0.12 ? `RO${v.int(r, 10000000, 49999999)}` : ''), []],
    ['Card fidelitate', (c) => `EBR${pad(+c.id * 37 % 10000000, 7)}`, CARD],
    ['Grup', (c, o, r) => v.pick(r, ['Clienți fideli', 'Clienți fideli', 'Gold', 'Angajați', 'Parteneri']), ['loyalty.tier'], opt],
    ['Discount (%)', (c, o, r) => v.pick(r, ['0', '5', '5', '10', '50']), []],
    ['Puncte', (c, o, r) => String(v.int(r, 0, 650)), ['loyalty.points']],
    ['Puncte acumulate', (c, o, r) => String(v.int(r, 650, 4200)), ['loyalty.lifetimePoints']],
    ['Puncte folosite', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.pointsRedeemed']],
    ['Total cumpărături (RON)', (c, o, r) => thou(v.int(r, 3000, 650000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Nr. bonuri', (c, o, r) => String(v.int(r, 1, 240)), []],
    ['Ultima vizită', (c) => `${dmy(eet(later(c)))} ${hm(eet(later(c)))}`, [], opt],
    ['Data înregistrării', (c) => dmy(eet(c.created)), ['loyalty.joinDate'], opt],
    ['Acord marketing', (c) => (c.bool ? 'Da' : 'Nu'), [], opt],
    ['Observații', (c, o, r) => v.pick(r, ['', '', '', 'Preferă lapte de ovăz', 'Comenzi pentru birou']), []],
  ] },
  // ---------------------------------------------------------------- Serbia: company database (B2B)
  { name: 'companywall-pretraga-firmi-sr', product: 'CompanyWall Business (CompanyWall d.o.o., Belgrade company database; Pretraga firmi > Izvezi u Excel, one row per firm and legal representative, Serbian Latin UI, a Novi Sad packaging distributor\'s prospect list in Vojvodina)', family: 'b2b-leads', language: 'sr', schema: B, cols: [
    ['Naziv', (c) => loc(c, 'sr').company, CO],
    ['Skraćeni naziv', (c) => loc(c, 'sr').company.replace(/ (DOO|PR) .*$/, ''), CO, opt],
    ['Matični broj', (c, o, r) => pad(v.int(r, 6000000, 21999999), 8), ACC, opt],
    ['PIB', (c, o, r) => String(v.int(r, 100000000, 114999999)), []],
    ['Pravna forma', (c) => (/ PR /.test(loc(c, 'sr').company) ? 'Preduzetnik' : 'Društvo sa ograničenom odgovornošću'), []],
    ['Status', (c, o, r) => (r() < 0.92 ? 'Aktivan' : 'U likvidaciji'), []],
    ['Datum osnivanja', (c, o, r) => `${dmy({ d: v.int(r, 1, 28), m: v.int(r, 1, 12), y: v.int(r, 1992, 2021) })}.`, []],
    ['Adresa', (c) => loc(c, 'sr').street, [W('street1')]],
    ['Poštanski broj', (c) => loc(c, 'sr').zip, [W('postalCode')]],
    ['Mesto', (c) => loc(c, 'sr').city, [W('city')]],
    ['Opština', (c) => loc(c, 'sr').district, [], opt],
    ['Okrug', (c) => loc(c, 'sr').region, STATE(['workAddress']), opt],
    ['Šifra delatnosti', (c, o, r) => v.pick(r, ['2222', '4637', '0111', '1051', '1032', '1623', '4941']), []],
    ['Naziv delatnosti', (c, o, r) => v.pick(r, ['Proizvodnja ambalaže od plastike', 'Trgovina na veliko kafom, čajevima, kakaom i začinima', 'Gajenje žita (osim pirinča), leguminoza i uljarica', 'Prerada mleka i proizvodnja sireva', 'Proizvodnja sokova od voća i povrća', 'Proizvodnja ostale građevinske stolarije i elemenata', 'Drumski prevoz tereta']), []],
    ['Zastupnik', (c) => loc(c, 'sr').full, ['person.name.fullName']],
    ['Funkcija', (c) => (/ PR /.test(loc(c, 'sr').company) ? 'Preduzetnik' : 'Direktor'), ['extendedWorkDetails.jobTitle']],
    ['Telefon', (c, o, r) => (r() < 0.8 ? `${loc(c, 'sr').area}/${v.int(r, 400, 699)}-${v.int(r, 100, 999)}` : ''), ['workPhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['office', 'info', 'prodaja'])}@${loc(c, 'sr').domain}` : ''), WE],
    ['Web sajt', (c, o, r) => (r() < 0.6 ? `www.${loc(c, 'sr').domain}` : ''), ['b2b.companyWebsite']],
    ['Broj zaposlenih', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['Poslovni prihodi (RSD)', (c, o, r) => ints(v.int(r, 2000, 900000) * 1000, '.'), []],
    ['Neto rezultat (RSD)', (c, o, r) => `${r() < 0.15 ? '-' : ''}${ints(v.int(r, 100, 60000) * 1000, '.')}`, []],
    ['CompanyWall rejting', (c, o, r) => v.pick(r, ['A', 'B', 'B', 'C', 'D']), []],
    ['Blokada', (c, o, r) => (r() < 0.93 ? 'Ne' : 'Da'), []],
    ['Tekući račun', (c, o, r) => `${v.pick(r, ['160', '170', '205', '265', '325', '340'])}-${v.int(r, 10000, 9999999)}-${pad(v.int(r, 1, 99))}`, []],
  ] },
  // ---------------------------------------------------------------- Bulgaria: card-acquirer gateway
  { name: 'borica-transakcii-eksport-bg', product: 'BORICA e-Commerce Payment Gateway (BORICA AD, Sofia; merchant portal Справки > Транзакции > Експорт в Excel, one row per card transaction, Bulgarian UI with the gateway\'s field codes, a Plovdiv online bookshop)', family: 'payments', language: 'bg', schema: E, cols: [
    ['Дата и час', (c, o) => `${dmy(eet(o.at))} ${hms(eet(o.at))}`, ['timestamp']],
    ['Терминал (TERMINAL)', () => 'V1800417', []],
    ['Търговец (MERCHANT)', () => '1600003214', []],
    ['Поръчка (ORDER)', (c, o) => pad(k(o, 1, 999999), 6), [OR('purchaseID')]],
    ['Описание (DESC)', (c, o) => `Поръчка ${pad(k(o, 1, 999999), 6)} от knizharnica-plovdiv.bg`, []],
    ['Тип транзакция (TRTYPE)', (c, o) => (+o.id % 19 === 0 ? '24 - Сторно' : +o.id % 13 === 0 ? '12 - Предавторизация' : '1 - Продажба'), [], opt],
    ['Сума (AMOUNT)', (c, o) => BG_AMT(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валута (CURRENCY)', () => 'BGN', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Статус', (c, o) => (+o.id % 9 === 0 ? 'Отказана' : +o.id % 19 === 0 ? 'Сторнирана' : 'Успешна'), []],
    ['Код на отговор (RC)', (c, o) => (+o.id % 9 === 0 ? row(['05', '51', '-17', '54'], +o.id) : '00'), []],
    ['ACTION', (c, o) => (+o.id % 9 === 0 ? '2' : '0'), []],
    ['Код за авторизация (APPROVAL)', (c, o, r) => (+o.id % 9 === 0 ? '' : `${v.alnum(r, 6).toUpperCase()}`), [], opt],
    ['RRN', (c, o, r) => `${String(bd(o.at).y).slice(3)}${pad(v.int(r, 1, 366), 3)}${pad(v.int(r, 0, 99999999), 8)}`, [], opt],
    ['INT_REF', (c, o, r) => v.hex(r, 16).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Карта', (c, o, r) => `${v.pick(r, ['4002', '5168', '4761', '5573'])}XXXXXXXX${v.int(r, 1000, 9999)}`, []],
    ['Картова схема', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Visa', 'Maestro']), [], opt],
    ['ECI', (c, o, r) => v.pick(r, ['05', '02', '05', '06']), []],
    ['3DS (PARES_STATUS)', (c, o, r) => v.pick(r, ['Y', 'Y', 'Y', 'A', 'N']), []],
    ['Имейл (EMAIL)', (c, o, r) => { const p = loc(c, 'bg'); return r() < 0.9 ? p.email : '' }, EMAIL_ID, opt],
    ['Държава на картата', (c, o) => (+o.id % 11 === 0 ? row(['GR', 'RO', 'DE'], +o.id) : 'BG'), [BILL('countryCode')], opt],
    ['Дата на сетълмент', (c, o, r) => (+o.id % 9 === 0 ? '' : dmy(eet(o.at + (r() < 0.6 ? 1 : 3) * day))), [], opt],
    ['Такса', (c, o) => (+o.id % 9 === 0 ? '0.00' : (BG_AMT(o) * 0.011 + 0.05).toFixed(2)), []],
    ['Нетна сума', (c, o) => (+o.id % 9 === 0 ? '0.00' : (BG_AMT(o) * 0.989 - 0.05).toFixed(2)), []],
  ] },
  // ---------------------------------------------------------------- Russia: SMS gateway history
  { name: 'smsaero-istoriya-otpravok-ru', product: 'SMS Aero (smsaero.ru SMS gateway; Личный кабинет > Статистика > История отправки > Экспорт, one row per message, Russian UI, a Nizhny Novgorod dental clinic\'s appointment reminders and a promotion)', family: 'sms', language: 'ru', schema: E, cols: [
    ['ID', (c, o) => String(780000000 + k(o, 977, 90000000)), ['_id']],
    ['Дата создания', (c, o) => `${dmy(msk(o.at))} ${hms(msk(o.at))}`, ['timestamp'], opt],
    ['Дата отправки', (c, o) => `${dmy(msk(o.at + 3000))} ${hms(msk(o.at + 3000))}`, ['timestamp']],
    ['Номер', (c) => loc(c, 'ru').mobile, PHONE_ID],
    ['Имя', (c, o, r) => (r() < 0.5 ? `${loc(c, 'ru').first} ${loc(c, 'ru').last}` : ''), []],
    ['Подпись', (c, o) => (+o.id % 4 === 0 ? 'SMS Aero' : 'DentLine'), []],
    ['Текст', (c, o) => (+o.id % 3 ? `Напоминаем о приёме ${dmy(msk(o.at + day))} в ${pad(9 + (+o.id % 10))}:${+o.id % 2 ? '00' : '30'}. Стоматология ДентЛайн, ул. Родионова, 23. Тел. 8(831)412-33-10` : 'Скидка 15% на профгигиену до конца месяца! Запись: dentline-nn.ru. Отказ: STOP'), []],
    ['Канал', (c, o) => (+o.id % 3 ? 'SERVICE' : 'DIRECT'), []],
    ['Рассылка', (c, o) => (+o.id % 3 ? '' : 'Профгигиена -15%'), ['marketing.campaignName'], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Доставлено', 'Доставлено', 'Доставлено', 'Не доставлено', 'Отправлено', 'Модерация']), []],
    ['Расширенный статус', (c, o, r) => v.pick(r, ['delivery', 'delivery', 'transmitted', 'undelivered', 'moderation']), []],
    ['Частей', (c, o) => (+o.id % 3 ? '2' : '1'), []],
    ['Стоимость, руб.', (c, o) => (+o.id % 3 ? '9,78' : '4,89'), []],
    ['Оператор', (c, o, r) => v.pick(r, ['МТС', 'МегаФон', 'Билайн', 'Т2']), ['environment.carrier'], opt],
    ['Регион', (c) => loc(c, 'ru').region, [], opt],
    ['Группа', (c, o, r) => v.pick(r, ['Пациенты', 'Пациенты', 'Детское отделение', '']), []],
    ['Источник', (c, o) => (+o.id % 3 ? 'API' : 'Личный кабинет'), []],
    ['Дата доставки', (c, o, r) => (r() < 0.8 ? `${dmy(msk(o.at + 9000))} ${hms(msk(o.at + 9000))}` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Ukraine: software cash register receipts
  { name: 'vchasno-kasa-cheky-uk', product: 'Вчасно.Каса (Vchasno software cash register, ПРРО; Звіти > Чеки > Експорт в Excel, one row per fiscal receipt, Ukrainian UI, a Lviv bakery-café chain)', family: 'pos', language: 'uk', schema: E, cols: [
    ['Фіскальний номер', (c, o) => String(2300000000 + k(o, 6131, 90000000)), ['_id', OR('purchaseID')]],
    ['Локальний номер', (c, o) => String(1 + k(o, 7, 900)), [], opt],
    ['Дата', (c, o) => `${dmy(eet(o.at))} ${hms(eet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Тип', (c, o) => (+o.id % 21 === 0 ? 'Повернення' : 'Продаж'), [], opt],
    ['Торгова точка', (c, o) => row(['Пекарня на Городоцькій', 'Кав\'ярня пл. Ринок', 'Пекарня Сихів'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['ФН ПРРО', (c, o) => row(['4000215487', '4000215488', '4000301122'], +o.id), []],
    ['Зміна', (c, o) => String(100 + k(o, 3, 250)), []],
    ['Касир', (c, o) => row(['Соломія Федорів', 'Назар Гнатюк', 'Христина Мельник'], +o.id >> 1), []],
    ['Кількість товарів', (c, o) => String(uaLines(o)), []],
    ['Товари', (c, o, r, i) => Array.from({ length: uaLines(o) }, (_, j) => row(UA_ITEMS, i + +o.id + j * 2)[0]).join('; '), [PL('name')], opt],
    ['Сума без знижки', (c, o, r, i) => dec(uaTotal(o, i)), [], opt],
    ['Знижка', (c, o, r, i) => dec(uaDisc(o, i)), [OR('discountAmount')], opt],
    ['Сума', (c, o, r, i) => dec(uaTotal(o, i) - uaDisc(o, i)), [OR('priceTotal')]],
    ['ПДВ 20%', (c, o, r, i) => dec((uaTotal(o, i) - uaDisc(o, i)) / 6), [OR('taxAmount')]],
    ['Форма оплати', (c, o) => row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id), [OR('payments[0].paymentType')]],
    ['Готівка', (c, o, r, i) => (row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id) === 'Готівка' ? dec(uaTotal(o, i) - uaDisc(o, i)) : row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id) === 'Змішана' ? '50,00' : '0,00'), [], opt],
    ['Картка', (c, o, r, i) => { const f = row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id); return f === 'Картка' ? dec(uaTotal(o, i) - uaDisc(o, i)) : f === 'Змішана' ? dec(uaTotal(o, i) - uaDisc(o, i) - 50) : '0,00' }, [], opt],
    ['Решта', (c, o) => (row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id) === 'Готівка' ? dec((+o.id % 7) * 3.5) : '0,00'), []],
    ['RRN', (c, o, r) => (row(['Картка', 'Готівка', 'Картка', 'Картка', 'Змішана'], +o.id) === 'Готівка' ? '' : String(v.int(r, 100000000000, 999999999999))), []],
    ['Email покупця', (c, o, r) => (r() < 0.2 ? loc(c, 'uk').email : ''), EMAIL_ID, opt],
    ['Телефон покупця', (c, o, r) => (r() < 0.25 ? `+${loc(c, 'uk').mobile}` : ''), PHONE_ID, opt],
    ['Статус', (c, o, r) => (r() < 0.93 ? 'Фіскалізовано' : 'Офлайн, очікує відправки'), []],
  ] },
  // ---------------------------------------------------------------- Turkey: restaurant POS delivery customers
  { name: 'adisyo-musteri-listesi-tr', product: 'Adisyo (cloud restaurant POS; Müşteriler > Müşteri Listesi > Excel\'e Aktar, one row per delivery and house-account customer, Turkish UI, an Ankara kebab and pide restaurant taking phone and online orders)', family: 'pos', language: 'tr', schema: P, cols: [
    ['Müşteri Kodu', (c) => `M${pad(+c.id % 100000, 5)}`, ['_id', 'personID']],
    ['Adı', (c) => loc(c, 'tr').first, ['person.name.firstName']],
    ['Soyadı', (c) => loc(c, 'tr').last, ['person.name.lastName']],
    ['Cep Telefonu', (c) => `${loc(c, 'tr').mobile.slice(0, 4)} ${loc(c, 'tr').mobile.slice(4, 7)} ${loc(c, 'tr').mobile.slice(7, 9)} ${loc(c, 'tr').mobile.slice(9)}`, ['mobilePhone.number']],
    ['Sabit Telefon', (c, o, r) => (r() < 0.2 ? `0312 ${v.int(r, 200, 499)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['homePhone.number'], opt],
    ['E-posta', (c, o, r) => (r() < 0.45 ? loc(c, 'tr').email : ''), ['personalEmail.address']],
    ['Doğum Tarihi', (c, o, r) => (r() < 0.3 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Adres Başlığı', (c, o, r) => v.pick(r, ['Ev', 'Ev', 'İş', 'Annemler']), [], opt],
    ['Mahalle / Semt', (c) => loc(c, 'tr').district, [...at(HOME, 'street3'), 'shippingAddress.street3'], opt],
    ['Adres', (c) => loc(c, 'tr').street, [...at(HOME, 'street1'), 'shippingAddress.street1']],
    ['İlçe', (c) => loc(c, 'tr').city, [...at(HOME, 'city'), 'shippingAddress.city'], opt],
    ['İl', (c) => loc(c, 'tr').region, [...STATE(HOME), ...at(HOME, 'city'), 'shippingAddress.stateProvince', 'shippingAddress.state'], opt],
    ['Adres Tarifi', (c, o, r) => v.pick(r, ['', '', 'Eczanenin üstü', 'Site B blok, zil çalışmıyor', 'Okulun karşısı']), []],
    ['Müşteri Grubu', (c, o, r) => v.pick(r, ['Paket Servis', 'Paket Servis', 'Cari Müşteri', 'Personel', 'VIP']), [], opt],
    ['İndirim Oranı (%)', (c, o, r) => v.pick(r, ['0', '0', '0', '10', '15']), []],
    ['Cari Bakiye', (c, o, r) => (r() < 0.25 ? thou(v.int(r, 15000, 480000) / 100) : '0,00'), []],
    ['Açık Hesap Limiti', (c, o, r) => (r() < 0.25 ? thou(v.pick(r, [1000, 2500, 5000])) : ''), []],
    ['Sipariş Sayısı', (c, o, r) => String(v.int(r, 1, 140)), []],
    ['Toplam Harcama', (c, o, r) => thou(v.int(r, 25000, 4800000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Puan Bakiyesi', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points'], opt],
    ['Son Sipariş Tarihi', (c) => `${dmy(trt(later(c)))} ${hm(trt(later(c)))}`, [], opt],
    ['Firma Ünvanı', (c, o, r) => (r() < 0.1 ? `${loc(c, 'tr').last} Mühendislik Ltd. Şti.` : ''), ['organizations[0]'], opt],
    ['Vergi Dairesi', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Çankaya', 'Kavaklıdere', 'Ostim']) : ''), []],
    ['Vergi No / TCKN', (c, o, r) => (r() < 0.15 ? `${v.int(r, 1, 9)}${v.int(r, 1000000000, 9999999999)}` : ''), ['person.taxId'], opt],
    ['SMS İzni', (c) => (c.bool ? 'Evet' : 'Hayır'), [], opt],
    ['Kayıt Tarihi', (c) => dmy(trt(c.created)), [], opt],
    ['Not', (c, o, r) => v.pick(r, ['', '', '', 'Acısız istiyor', 'Kapıda kartla ödeme']), []],
  ] },
  // ---------------------------------------------------------------- Greece: SMS and Viber platform contacts
  { name: 'yuboto-omni-epafes-el', product: 'Yuboto Omni (Yuboto, Athens; Επαφές > Λίστες επαφών > Εξαγωγή CSV, one row per contact, Greek UI, a Thessaloniki gym chain\'s SMS and Viber audience with custom member fields)', family: 'sms', language: 'el', schema: P, cols: [
    ['Κινητό', (c) => loc(c, 'el').mobile, ['mobilePhone.number']],
    ['Όνομα', (c) => loc(c, 'el').first, ['person.name.firstName']],
    ['Επώνυμο', (c) => loc(c, 'el').last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.7 ? loc(c, 'el').email : ''), ['personalEmail.address']],
    ['Φύλο', (c) => (loc(c, 'el').female ? 'Γυναίκα' : 'Άνδρας'), ['person.gender']],
    ['Ημερομηνία γέννησης', (c, o, r) => (r() < 0.65 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Ονομαστική εορτή', (c) => row(['23/04', '06/12', '26/10', '21/05', '15/08', '18/01'], +c.id), []],
    ['Σταθερό', (c, o, r) => (r() < 0.15 ? `2310 ${v.int(r, 200000, 999999)}` : ''), ['homePhone.number']],
    ['Διεύθυνση', (c, o, r) => (r() < 0.5 ? loc(c, 'el').street : ''), at(HOME, 'street1')],
    ['Πόλη', (c) => loc(c, 'el').city, at(HOME, 'city')],
    ['Τ.Κ.', (c, o, r) => (r() < 0.5 ? loc(c, 'el').zip : ''), at(HOME, 'postalCode')],
    ['Νομός', (c) => loc(c, 'el').region, STATE(HOME), opt],
    ['Λίστα', (c, o, r) => v.pick(r, ['Μέλη Καλαμαριά', 'Μέλη Κέντρο', 'Πρώην μέλη', 'Δοκιμαστική προπόνηση']), []],
    ['Κανάλι', (c, o, r) => v.pick(r, ['SMS', 'Viber', 'Viber', 'SMS']), [], opt],
    ['Αριθμός μέλους', (c, o, r) => (r() < 0.8 ? `FT${pad(+c.id % 100000, 5)}` : ''), ['loyalty.loyaltyID[0]', 'personID'], opt],
    ['Πακέτο συνδρομής', (c, o, r) => v.pick(r, ['Ετήσιο', 'Εξάμηνο', 'Μηνιαίο', 'Μηνιαίο', 'Φοιτητικό']), [], opt],
    ['Λήξη συνδρομής', (c) => dmy(eet(later(c)), '/'), [], opt],
    ['Συγκατάθεση SMS', (c) => (c.bool ? 'Ναι' : 'Όχι'), [], opt],
    ['Συγκατάθεση Viber', (c, o, r) => (r() < 0.6 ? 'Ναι' : 'Όχι'), [], opt],
    ['Κατάσταση', (c, o, r) => (r() < 0.88 ? 'Ενεργή' : 'Opt-out'), ['mobilePhone.status'], opt],
    ['Ημερομηνία δημιουργίας', (c) => `${dmy(eet(c.created), '/')} ${hm(eet(c.created))}`, [], opt],
    ['Τελευταία ενημέρωση', (c) => `${dmy(eet(later(c)), '/')} ${hm(eet(later(c)))}`, [], opt],
  ] },
]
