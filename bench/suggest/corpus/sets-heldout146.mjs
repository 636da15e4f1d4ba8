// Round 62, heldout146: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Exports from Turkey, Greece, Israel, the Gulf and Egypt, Iran,
// Russia/Ukraine, and Nigeria, headers in the product's UI language: a Turkish marketplace's seller order lines
// (Pazarama, tr), a Greek ticketing platform's ticket sales (more.com, el), an Israeli card gateway's transactions
// (Pelecard, he), a Saudi shipping aggregator's shipments (Torod, ar), an Iranian marketplace booth's order lines
// (Basalam, fa), a Nigerian payment platform's collections (Remita, en), an Israeli e-mail/SMS marketing tool's
// contacts (Smoove, he), a Russian loyalty platform's members (Loymax, ru), a Turkish SMS provider's phonebook
// (İletimerkezi, tr), an Iranian CRM's people (Didar, fa), an Egyptian event platform's attendees (Eventtus, en) and
// a Ukrainian company-data service's company list (YouControl, uk) (tr 2, he 2, fa 2, en 2, el 1, ar 1, ru 1, uk 1;
// E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, group, thou, dec, hash, local } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
// local clocks: Turkey, Saudi Arabia and Moscow/Kazan +3 all year, Iran +3:30 (no summer time since 2022), Nigeria +1,
// Greece, Israel, Ukraine and Egypt +2 with summer time
const trt = (ms) => shift(ms, 3)
const ast = (ms) => shift(ms, 3)
const msk = (ms) => shift(ms, 3)
const irst = (ms) => shift(ms, 3.5)
const wat = (ms) => shift(ms, 1)
const eet = (ms) => local(ms, 2)
const bd = (ms) => v.parts(ms)
const dotT = (p) => `${dmy(p, '.')} ${hm(p)}`
const slashT = (p) => `${dmy(p, '/')} ${hm(p)}`
const slashS = (p) => `${dmy(p, '/')} ${hms(p)}`
const dashM = (p) => `${ymd(p)} ${hm(p)}`
// Turkish lira and Greek euro amounts: "1.249,90", "18,00"
const tl = (x) => thou(x, '.', ',')
const eur = (x) => dec(x, ',')
const ngn = (x) => thou(x, ',', '.')
const toman = (x) => group(x)

// ---------------------------------------------------------------- Jalali (Solar Hijri) calendar for the Iranian exports
const jalali = (p) => {
  const gdm = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  const gy2 = p.m > 2 ? p.y + 1 : p.y
  let days = 355666 + 365 * p.y + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) + p.d + gdm[p.m - 1]
  let jy = -1595 + 33 * Math.floor(days / 12053)
  days %= 12053
  jy += 4 * Math.floor(days / 1461)
  days %= 1461
  if (days > 365) { jy += Math.floor((days - 1) / 365); days = (days - 1) % 365 }
  const jm = days < 186 ? 1 + Math.floor(days / 31) : 7 + Math.floor((days - 186) / 30)
  const jd = days < 186 ? 1 + (days % 31) : 1 + ((days - 186) % 30)
  return { ...p, y: jy, m: jm, d: jd }
}
const jDate = (p) => ymd(jalali(p), '/')
const jTime = (p) => `${jDate(p)} ${hm(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const TR = {
  male: [['Mehmet', 'mehmet'], ['Emre', 'emre'], ['Burak', 'burak'], ['Mustafa', 'mustafa'], ['Oğuz', 'oguz'], ['Serkan', 'serkan'], ['Kerem', 'kerem'], ['Hakan', 'hakan'], ['Murat', 'murat']],
  female: [['Ayşe', 'ayse'], ['Elif', 'elif'], ['Zeynep', 'zeynep'], ['Büşra', 'busra'], ['Gizem', 'gizem'], ['Merve', 'merve'], ['Esra', 'esra'], ['Selin', 'selin'], ['Fatma', 'fatma']],
  last: [['Yılmaz', 'yilmaz'], ['Kaya', 'kaya'], ['Demir', 'demir'], ['Şahin', 'sahin'], ['Çelik', 'celik'], ['Yıldız', 'yildiz'], ['Aydın', 'aydin'], ['Öztürk', 'ozturk'], ['Arslan', 'arslan'], ['Doğan', 'dogan'], ['Kılıç', 'kilic'], ['Koç', 'koc']],
  // [il, ilçe, posta kodu, mahalle + cadde]
  places: [['İstanbul', 'Kadıköy', '34710', 'Caferağa Mah. Moda Cad.'], ['İstanbul', 'Ümraniye', '34764', 'Atakent Mah. Alemdağ Cad.'], ['Ankara', 'Çankaya', '06690', 'Kavaklıdere Mah. Tunalı Hilmi Cad.'], ['İzmir', 'Karşıyaka', '35540', 'Bostanlı Mah. Cemal Gürsel Cad.'], ['Bursa', 'Nilüfer', '16140', 'Beşevler Mah. Nilüfer Cad.'], ['Antalya', 'Muratpaşa', '07100', 'Şirinyalı Mah. Lara Cad.'], ['Konya', 'Selçuklu', '42060', 'Feritpaşa Mah. Ankara Cad.'], ['Kocaeli', 'İzmit', '41200', 'Yahya Kaptan Mah. Ankara Cad.'], ['Eskişehir', 'Tepebaşı', '26130', 'Hoşnudiye Mah. İsmet İnönü Cad.'], ['Gaziantep', 'Şahinbey', '27090', 'Gazimuhtarpaşa Mah. Atatürk Bulv.']],
  bursa: [['Bursa', 'Nilüfer', '16110', 'Fethiye Mah. Mudanya Cad.'], ['Bursa', 'Osmangazi', '16050', 'Çekirge Mah. Çekirge Cad.'], ['Bursa', 'Yıldırım', '16320', 'Beyazıt Mah. Ankara Yolu Cad.'], ['Bursa', 'Mudanya', '16940', 'Güzelyalı Mah. Sahil Cad.'], ['Bursa', 'İnegöl', '16400', 'Cuma Mah. Kozluca Cad.'], ['Bursa', 'Gemlik', '16600', 'Hamidiye Mah. İstiklal Cad.'], ['Bursa', 'Nilüfer', '16120', 'Görükle Mah. Üniversite Cad.']],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com', 'icloud.com'],
  gsm: ['530', '532', '533', '535', '537', '542', '543', '544', '505', '506', '507', '552', '555'],
}
const EL = {
  male: [['Γιώργος', 'giorgos'], ['Νίκος', 'nikos'], ['Κωνσταντίνος', 'konstantinos'], ['Δημήτρης', 'dimitris'], ['Γιάννης', 'giannis'], ['Αλέξανδρος', 'alexandros'], ['Θανάσης', 'thanasis']],
  female: [['Μαρία', 'maria'], ['Ελένη', 'eleni'], ['Κατερίνα', 'katerina'], ['Δέσποινα', 'despoina'], ['Σοφία', 'sofia'], ['Αγγελική', 'aggeliki'], ['Βασιλική', 'vasiliki']],
  // [αρσενικό, θηλυκό, latin m, latin f]
  last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos', 'papadopoulou'], ['Γεωργίου', 'Γεωργίου', 'georgiou', 'georgiou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou', 'oikonomou'], ['Παπαδάκης', 'Παπαδάκη', 'papadakis', 'papadaki'], ['Βασιλείου', 'Βασιλείου', 'vasileiou', 'vasileiou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis', 'karagianni'], ['Αθανασίου', 'Αθανασίου', 'athanasiou', 'athanasiou'], ['Μακρής', 'Μακρή', 'makris', 'makri'], ['Τσολάκης', 'Τσολάκη', 'tsolakis', 'tsolaki']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'],
}
const HE = {
  male: [['יוסי', 'yossi'], ['אבי', 'avi'], ['דניאל', 'daniel'], ['עומר', 'omer'], ['איתי', 'itay'], ['רועי', 'roi'], ['אלון', 'alon']],
  female: [['נועה', 'noa'], ['מיכל', 'michal'], ['שירה', 'shira'], ['יעל', 'yael'], ['טל', 'tal'], ['מאיה', 'maya'], ['הילה', 'hila']],
  last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['אזולאי', 'azulay'], ['גולן', 'golan']],
  // [עיר, מיקוד, רחוב]
  places: [['תל אביב-יפו', '6423906', 'דיזנגוף'], ['חיפה', '3303110', 'שדרות מוריה'], ['רמת גן', '5252211', 'ביאליק'], ['הרצליה', '4640512', 'סוקולוב'], ['גבעתיים', '5330407', 'כצנלסון'], ['ראשון לציון', '7526911', 'רוטשילד'], ['פתח תקווה', '4951235', "ז'בוטינסקי"], ['קריית ביאליק', '2700019', 'שדרות ירושלים'], ['נתניה', '4220112', 'הרצל']],
  mail: ['gmail.com', 'gmail.com', 'walla.co.il', 'hotmail.com', '012.net.il', 'yahoo.com'],
}
const AR = {
  male: [['محمد', 'mohammed'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['خالد', 'khalid'], ['سلطان', 'sultan'], ['فيصل', 'faisal']],
  female: [['نورة', 'noura'], ['سارة', 'sara'], ['ريم', 'reem'], ['هيفاء', 'haifa'], ['لمى', 'lama'], ['العنود', 'alanoud']],
  last: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الغامدي', 'alghamdi'], ['الشهري', 'alshehri'], ['الدوسري', 'aldossari'], ['الحربي', 'alharbi'], ['الزهراني', 'alzahrani'], ['المطيري', 'almutairi']],
  // [المدينة, الأحياء, أول رقم الرمز البريدي, المنطقة بالحروف]
  places: [['الرياض', ['النرجس', 'الملقا', 'العليا', 'الياسمين', 'السويدي'], '1', 'R'], ['الرياض', ['الربوة', 'قرطبة', 'حطين'], '1', 'R'], ['جدة', ['الروضة', 'الحمراء', 'النعيم', 'السلامة'], '2', 'J'], ['الدمام', ['الفيصلية', 'الشاطئ', 'الجلوية'], '3', 'D'], ['الخبر', ['العقربية', 'الثقبة', 'الحزام الذهبي'], '3', 'D'], ['مكة المكرمة', ['العزيزية', 'الشوقية'], '2', 'M'], ['المدينة المنورة', ['قباء', 'العوالي'], '4', 'M'], ['بريدة', ['الصفراء', 'الريان'], '5', 'Q'], ['أبها', ['المنسك', 'الموظفين'], '6', 'A']],
  streets: ['طريق الملك فهد', 'شارع الأمير محمد بن عبدالعزيز', 'شارع التحلية', 'طريق الملك عبدالعزيز', 'شارع الستين', 'طريق أنس بن مالك', 'شارع عثمان بن عفان'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com'],
}
const FA = {
  male: [['علی', 'ali'], ['محمدرضا', 'mohammadreza'], ['حسین', 'hossein'], ['امیر', 'amir'], ['مهدی', 'mahdi'], ['سعید', 'saeed'], ['رضا', 'reza']],
  female: [['زهرا', 'zahra'], ['فاطمه', 'fatemeh'], ['مریم', 'maryam'], ['سارا', 'sara'], ['نگار', 'negar'], ['الهام', 'elham'], ['شیما', 'shima']],
  last: [['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['احمدی', 'ahmadi'], ['رضایی', 'rezaei'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['نوری', 'nouri']],
  // [استان, شهر, خیابان, پیش‌شماره کد پستی, پیش‌شماره تلفن ثابت]
  places: [['تهران', 'تهران', 'خیابان ولیعصر، کوچه توانیر', '19', '021'], ['تهران', 'تهران', 'بلوار میرداماد، خیابان رازان', '15', '021'], ['اصفهان', 'اصفهان', 'خیابان چهارباغ بالا، کوچه ۱۲', '81', '031'], ['فارس', 'شیراز', 'بلوار چمران، کوچه ۲۴', '71', '071'], ['خراسان رضوی', 'مشهد', 'بلوار وکیل‌آباد، وکیل‌آباد ۱۵', '91', '051'], ['آذربایجان شرقی', 'تبریز', 'خیابان امام خمینی، کوچه ارک', '51', '041'], ['البرز', 'کرج', 'بلوار جمهوری، خیابان ۱۷', '31', '026'], ['گیلان', 'رشت', 'خیابان سعدی، کوچه ۸', '41', '013'], ['خوزستان', 'اهواز', 'کیانپارس، خیابان ۱۲ غربی', '61', '061']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'chmail.ir'],
  gsm: ['912', '919', '935', '936', '937', '938', '901', '902', '930', '990', '991'],
}
const RU = {
  male: [['Алексей', 'aleksey'], ['Дмитрий', 'dmitry'], ['Сергей', 'sergey'], ['Андрей', 'andrey'], ['Тимур', 'timur'], ['Артём', 'artem'], ['Ильдар', 'ildar']],
  female: [['Анна', 'anna'], ['Екатерина', 'ekaterina'], ['Алина', 'alina'], ['Гульнара', 'gulnara'], ['Ольга', 'olga'], ['Мария', 'maria'], ['Дарья', 'darya']],
  pat: [['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Ринатович', 'Ринатовна'], ['Игоревич', 'Игоревна'], ['Владимирович', 'Владимировна'], ['Рустамович', 'Рустамовна']],
  last: [['Иванов', 'Иванова', 'ivanov'], ['Смирнов', 'Смирнова', 'smirnov'], ['Галиев', 'Галиева', 'galiev'], ['Хабибуллин', 'Хабибуллина', 'khabibullin'], ['Кузнецов', 'Кузнецова', 'kuznetsov'], ['Петров', 'Петрова', 'petrov'], ['Сафин', 'Сафина', 'safin'], ['Морозов', 'Морозова', 'morozov'], ['Волков', 'Волкова', 'volkov']],
  cities: ['Казань', 'Казань', 'Казань', 'Зеленодольск', 'Набережные Челны', 'Иннополис', 'Казань'],
  mail: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'yandex.ru'],
}
const NG = {
  male: ['Chinedu', 'Oluwaseun', 'Emeka', 'Ibrahim', 'Tunde', 'Babajide', 'Uchenna', 'Musa'],
  female: ['Chiamaka', 'Aisha', 'Funmilayo', 'Ngozi', 'Folake', 'Adaeze', 'Zainab', 'Blessing'],
  last: ['Okafor', 'Adeyemi', 'Bello', 'Okonkwo', 'Balogun', 'Eze', 'Abubakar', 'Olawale', 'Nwosu', 'Adebayo', 'Ogunleye', 'Ibekwe'],
  gsm: ['0803', '0806', '0813', '0816', '0703', '0706', '0805', '0807', '0815', '0802', '0808', '0812', '0809', '0817', '0909', '0908'],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'yahoo.co.uk'],
}
const EG = {
  male: ['Ahmed', 'Mohamed', 'Omar', 'Karim', 'Youssef', 'Mostafa', 'Amr', 'Hossam'],
  female: ['Mariam', 'Nour', 'Salma', 'Yasmin', 'Hana', 'Farida', 'Dina', 'Rana'],
  last: ['Hassan', 'Mahmoud', 'El-Sayed', 'Abdelrahman', 'Fawzy', 'Ibrahim', 'Khalil', 'Mansour', 'Saleh', 'Gaber'],
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = r() < 0.5
  const sep = v.pick(r, ['.', '', '_'])
  const num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  if (cc === 'tr') {
    const f = v.pick(r, female ? TR.female : TR.male), l = v.pick(r, TR.last)
    const pl = v.pick(r, salt === 'bursa' ? TR.bursa : TR.places)
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, il: pl[0], ilce: pl[1], zip: pl[2],
      street: `${pl[3]} No:${v.int(r, 1, 140)}${r() < 0.7 ? ` D:${v.int(r, 1, 24)}` : ''}`,
      gsm: `${v.pick(r, TR.gsm)}${v.int(r, 100, 999)}${v.int(r, 1000, 9999)}`,
      email: `${f[1]}${sep}${l[1]}${num}@${v.pick(r, TR.mail)}` }
  }
  if (cc === 'el') {
    const f = v.pick(r, female ? EL.female : EL.male), l = v.pick(r, EL.last)
    return { female, first: f[0], last: female ? l[1] : l[0], full: `${female ? l[1] : l[0]} ${f[0]}`,
      mobile: `69${v.pick(r, ['4', '7', '8', '9', '3', '5'])}${v.int(r, 1000000, 9999999)}`,
      email: `${f[1]}${sep}${female ? l[3] : l[2]}${num}@${v.pick(r, EL.mail)}` }
  }
  if (cc === 'he') {
    const f = v.pick(r, female ? HE.female : HE.male), l = v.pick(r, HE.last), pl = v.pick(r, HE.places)
    const id8 = String(v.int(r, 10000000, 39999999))
    const sum = [...id8].reduce((s, d, i) => { const x = +d * (i % 2 ? 2 : 1); return s + (x > 9 ? x - 9 : x) }, 0)
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, city: pl[0], zip: pl[1], street: `${pl[2]} ${v.int(r, 1, 180)}`,
      mobile: `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`, tz: `${id8}${(10 - (sum % 10)) % 10}`,
      email: `${f[1]}${sep}${l[1]}${num}@${v.pick(r, HE.mail)}` }
  }
  if (cc === 'ar') {
    const f = v.pick(r, female ? AR.female : AR.male), l = v.pick(r, AR.last), pl = v.pick(r, AR.places)
    const L = 'ABDFGHKMNRSTWY'
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, city: pl[0], district: v.pick(r, pl[1]),
      street: `${v.int(r, 2000, 9999)} ${v.pick(r, AR.streets)}`, zip: `${pl[2]}${v.int(r, 1000, 4999)}`,
      short: `${pl[3]}${L[v.int(r, 0, 13)]}${L[v.int(r, 0, 13)]}${L[v.int(r, 0, 13)]}${v.int(r, 1000, 9999)}`,
      mobile: `05${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${v.int(r, 1000000, 9999999)}`,
      email: `${f[1]}${sep}${l[1]}${num}@${v.pick(r, AR.mail)}` }
  }
  if (cc === 'fa') {
    const f = v.pick(r, female ? FA.female : FA.male), l = v.pick(r, FA.last), pl = v.pick(r, FA.places)
    const nine = String(v.int(r, 1, 699999999)).padStart(9, '0')
    const s = [...nine].reduce((a, d, i) => a + +d * (10 - i), 0) % 11
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, prov: pl[0], city: pl[1],
      street: `${pl[2]}، پلاک ${v.int(r, 1, 120)}${r() < 0.6 ? `، واحد ${v.int(r, 1, 18)}` : ''}`,
      zip: `${pl[3]}${v.int(r, 10000000, 99999999)}`, area: pl[4],
      mobile: `0${v.pick(r, FA.gsm)}${v.int(r, 1000000, 9999999)}`, melli: `${nine}${s < 2 ? s : 11 - s}`,
      email: `${f[1]}${sep}${l[1]}${num}@${v.pick(r, FA.mail)}` }
  }
  if (cc === 'ru') {
    const f = v.pick(r, female ? RU.female : RU.male), l = v.pick(r, RU.last), pt = v.pick(r, RU.pat)
    return { female, first: f[0], last: female ? l[1] : l[0], middle: female ? pt[1] : pt[0], city: v.pick(r, RU.cities),
      mobile: `+7 (9${v.int(r, 0, 9)}${v.int(r, 0, 9)}) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`,
      email: `${f[1]}${sep}${l[2]}${female ? 'a' : ''}${num}@${v.pick(r, RU.mail)}` }
  }
  if (cc === 'ng') {
    const f = v.pick(r, female ? NG.female : NG.male), l = v.pick(r, NG.last)
    return { female, first: f, last: l, full: `${f} ${l}`, mobile: `${v.pick(r, NG.gsm)}${v.int(r, 1000000, 9999999)}`,
      email: `${f.toLowerCase()}${sep}${l.toLowerCase()}${num}@${v.pick(r, NG.mail)}` }
  }
  const f = v.pick(r, female ? EG.female : EG.male), l = v.pick(r, EG.last)
  return { female, first: f, last: l, full: `${f} ${l}`,
    mobile: `+20 1${v.pick(r, ['0', '1', '2', '5'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const tr = (c) => who(c, 'tr')
const el = (c) => who(c, 'el')
const he = (c) => who(c, 'he')
const ar = (c) => who(c, 'ar')
const fa = (c) => who(c, 'fa')
const ru = (c) => who(c, 'ru')
const ng = (c) => who(c, 'ng')
const eg = (c) => who(c, 'eg')
const trGsm = (g) => `0${g.slice(0, 3)} ${g.slice(3, 6)} ${g.slice(6, 8)} ${g.slice(8)}`

// ---------------------------------------------------------------- 1. Pazarama seller order lines (tr, E)
// a Denizli towel and bathrobe maker: [barkod, stok kodu, ürün adı, varyant, kategori, satış fiyatı, komisyon %]
const PZ_ITEMS = [['8683214500125', 'DNZ-HVL-5090-BYZ', 'Pamuklu Jakarlı El Havlusu 50x90', 'Renk: Beyaz', 'Ev Tekstili > Banyo > Havlu', 189.9, 15], ['8683214500231', 'DNZ-HVL-70140-ANT', 'Pamuklu Banyo Havlusu 70x140', 'Renk: Antrasit', 'Ev Tekstili > Banyo > Havlu', 329.9, 15], ['8683214500347', 'DNZ-BRN-KDF-L', 'Kadın Kadife Şal Yaka Bornoz', 'Beden: L / Renk: Pudra', 'Ev Tekstili > Banyo > Bornoz', 899, 17], ['8683214500453', 'DNZ-PST-4LU', "Hamam Peştamalı 4'lü Set", 'Renk: Karışık', 'Ev Tekstili > Banyo > Peştamal', 549.9, 15], ['8683214500569', 'DNZ-NVR-CFT-LVN', 'Çift Kişilik Ranforce Nevresim Takımı', 'Desen: Lavanta', 'Ev Tekstili > Yatak Odası > Nevresim Takımı', 1249, 17], ['8683214500675', 'DNZ-MTF-6LI', "Pamuklu Mutfak Havlusu 6'lı", 'Renk: Ekru', 'Ev Tekstili > Mutfak Tekstili', 219.9, 15]]
const pzItem = (o, i) => row(PZ_ITEMS, i + n(o))
const pzSt = (o) => row(['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Yeni Sipariş', 'Teslim Edildi', 'İptal Edildi', 'İade Edildi', 'Hazırlanıyor'], n(o) % 8)
const pzShipped = (o) => ['Teslim Edildi', 'Kargoya Verildi', 'İade Edildi'].includes(pzSt(o))
const pzAt = (o) => open(o.at, 3, 8, 15)
const pzSub = (o, i) => pzItem(o, i)[5] * o.qty
const pzDisc = (o, i) => (o.discount ? Math.round(pzSub(o, i) * 0.1 * 100) / 100 : 0)
const pzNet = (o, i) => pzSub(o, i) - pzDisc(o, i)
const pzCarrier = (o) => row(['Yurtiçi Kargo', 'Aras Kargo', 'PTT Kargo', 'Sürat Kargo'], n(o) % 4)
const pzTo = (c, o) => (n(o) % 6 === 1 ? who(c, 'tr', 'to') : tr(c))
const pzCorp = (o) => n(o) % 7 === 3
// ---------------------------------------------------------------- 2. more.com ticket sales (el, E)
// a Thessaloniki theatre company's summer tour: [παράσταση, χώρος, πόλη]
const MC_SHOWS = [['Λυσιστράτη του Αριστοφάνη', 'Θέατρο Δάσους', 'Θεσσαλονίκη'], ['Λυσιστράτη του Αριστοφάνη', 'Ανοιχτό Θέατρο Καλαμαριάς «Μελίνα Μερκούρη»', 'Καλαμαριά'], ['Όρνιθες του Αριστοφάνη', 'Θέατρο Γης', 'Θεσσαλονίκη'], ['Όρνιθες του Αριστοφάνη', 'Θέατρο Βράχων «Άννα Συνοδινού»', 'Βύρωνας'], ['Λυσιστράτη του Αριστοφάνη', 'Ρωμαϊκό Ωδείο Πάτρας', 'Πάτρα'], ['Όρνιθες του Αριστοφάνη', 'Κηποθέατρο Λάρισας «Μίκης Θεοδωράκης»', 'Λάρισα']]
const mcShow = (o) => row(MC_SHOWS, n(o) % 6)
// [κατηγορία, ζώνη, τιμή]
const MC_TIX = [['Κανονικό', 'Ζώνη Α', 22], ['Κανονικό', 'Ζώνη Β', 17], ['Φοιτητικό', 'Ζώνη Β', 12], ['Κανονικό', 'Ζώνη Α', 22], ['Ανέργων', 'Ζώνη Β', 10], ['Παιδικό (έως 12)', 'Ζώνη Β', 10], ['Κανονικό', 'Διακεκριμένη Ζώνη', 28], ['ΑμεΑ', 'Ζώνη Α', 10]]
const mcTix = (o, i) => row(MC_TIX, n(o) + i)
const mcShowAt = (o) => Date.UTC(2024, 5 + (n(o) % 4), 1 + (n(o) % 28), 18, n(o) % 3 === 0 ? 30 : 0)
const mcAt = (o) => mcShowAt(o) - ((n(o) % 40) + 1) * day - (n(o) % 50000) * 1000
const mcFee = (o, i) => (mcTix(o, i)[2] >= 20 ? 1.5 : 1)
const mcChan = (o) => row(['Online', 'Online', 'Online', 'Τηλεφωνικό Κέντρο', 'Ταμείο Χώρου', 'Online', 'Σημείο Πώλησης Public'], n(o) % 7)
const mcSt = (o) => row(['Έγκυρο', 'Έγκυρο', 'Έγκυρο', 'Ακυρωμένο', 'Έγκυρο', 'Έγκυρο', 'Επιστροφή χρημάτων'], n(o) % 7)
const mcPromo = (o) => (o.discount ? row(['LYSI10', 'ORNITHES24', 'FILOS15'], n(o) % 3) : '')
// ---------------------------------------------------------------- 3. Pelecard transactions (he, E)
// a Haifa online pharmacy-cosmetics shop
const PC_BRAND = [['ויזה', 'כאל', 'כאל'], ['מאסטרקארד', 'מקס', 'מקס'], ['ישראכרט', 'ישראכרט', 'ישראכרט'], ['ויזה', 'מקס', 'לאומי קארד'], ['אמריקן אקספרס', 'ישראכרט', 'ישראכרט'], ['מאסטרקארד', 'ישראכרט', 'כאל'], ['דיינרס', 'דיינרס', 'דיינרס']]
const pcBrand = (o) => row(PC_BRAND, n(o) % 7)
const pcKind = (o) => row(['רגילה', 'רגילה', 'תשלומים', 'רגילה', 'זיכוי', 'רגילה', 'תשלומים', 'קרדיט'], n(o) % 8)
const pcSt = (o) => row(['מאושרת', 'מאושרת', 'מאושרת', 'נדחתה', 'מאושרת', 'מאושרת', 'מבוטלת', 'מאושרת', 'מאושרת'], n(o) % 9)
const pcAmt = (o) => Math.round((o.total * 3.9 + 29.9) * 10) / 10
const pcPays = (o) => (pcKind(o) === 'תשלומים' ? 2 + (n(o) % 5) : pcKind(o) === 'קרדיט' ? 12 : 1)
const pcAt = (o) => open(o.at, 2, 7, 17)
// ---------------------------------------------------------------- 4. Torod shipments (ar, E)
// a Riyadh perfume and oud e-shop
const TD_CARRIER = ['سمسا', 'أرامكس', 'ناقل إكسبريس', 'سبل - البريد السعودي', 'ريدبوكس', 'جي آند تي إكسبريس']
const tdCarrier = (o) => row(TD_CARRIER, n(o) % 6)
const tdAwb = (o, r) => {
  const cr = tdCarrier(o)
  if (cr === 'سمسا') return `2${v.digits(r, 11)}`
  if (cr === 'أرامكس') return `4${v.digits(r, 10)}`
  if (cr === 'ناقل إكسبريس') return `3${v.digits(r, 7)}`
  if (cr.startsWith('سبل')) return `SA${v.digits(r, 9)}SA`
  if (cr === 'ريدبوكس') return `RB${v.digits(r, 10)}`
  return `JTS${v.digits(r, 12)}`
}
const tdSt = (o) => row(['تم التسليم', 'تم التسليم', 'قيد التوصيل', 'تم الشحن', 'تم التسليم', 'مرتجع', 'بانتظار الاستلام من المستودع', 'ملغاة', 'تم التسليم'], n(o) % 9)
const tdShipped = (o) => !['بانتظار الاستلام من المستودع', 'ملغاة'].includes(tdSt(o))
const tdCod = (o) => n(o) % 3 === 0
const tdValue = (o) => Math.round(o.total * 4.2 + 95)
const tdAt = (o) => open(o.at, 3, 9, 13)
const tdKg = (o) => 0.5 * (1 + ((n(o) >> 3) % 6))
const tdPcs = (o) => 1 + (n(o) % 3 === 2 ? 1 : 0)
// ---------------------------------------------------------------- 5. Basalam booth order lines (fa, E)
// an Isfahan handicraft booth: [شناسه محصول, نام محصول, تنوع, قیمت (تومان)]
const BS_ITEMS = [['4812277', 'رومیزی قلمکار اصفهان طرح ترنج ۱۰۰×۱۰۰', 'رنگ: لاکی', 980000], ['4812391', 'بشقاب میناکاری دیواری قطر ۲۰', 'رنگ: فیروزه‌ای', 1450000], ['4813050', 'شکلات‌خوری مس و پرداز', '', 2350000], ['4813577', 'سفره قلمکار ۶ نفره', 'رنگ: سورمه‌ای', 1650000], ['4814102', 'قندان خاتم‌کاری', '', 1890000], ['4814990', 'کاشی هفت‌رنگ تابلویی ۲۰×۲۰', 'طرح: گل و مرغ', 720000]]
const bsItem = (o, i) => row(BS_ITEMS, i + n(o))
const bsSt = (o) => row(['تحویل شده', 'تحویل شده', 'ارسال شده', 'در انتظار ارسال', 'تحویل شده', 'لغو شده', 'مرجوعی', 'تحویل شده'], n(o) % 8)
const bsSent = (o) => ['تحویل شده', 'ارسال شده', 'مرجوعی'].includes(bsSt(o))
const bsWay = (c, o) => (fa(c).city === 'اصفهان' && n(o) % 2 ? 'پیک باسلام (درون‌شهری)' : row(['پست پیشتاز', 'پست پیشتاز', 'تیپاکس', 'پست پیشتاز', 'پست سفارشی'], n(o) % 5))
const bsShip = (c, o) => (bsWay(c, o) === 'تیپاکس' ? 145000 : bsWay(c, o).startsWith('پیک') ? 60000 : bsWay(c, o) === 'پست سفارشی' ? 65000 : 85000)
const bsSub = (o, i) => bsItem(o, i)[3] * o.qty
const bsDisc = (o, i) => (o.discount ? Math.round(bsSub(o, i) * 0.08 / 1000) * 1000 : 0)
const bsAt = (o) => open(o.at, 3.5, 8, 16)
const bsTrack = (c, o, r) => (bsWay(c, o).startsWith('پست') ? `${v.int(r, 1, 9)}${v.digits(r, 23)}` : bsWay(c, o) === 'تیپاکس' ? `${v.int(r, 100, 999)}${v.digits(r, 15)}` : '')
// ---------------------------------------------------------------- 6. Remita collections (en, E)
// a Lekki private secondary school collecting fees: [service type, amount NGN]
const RM_SVC = [['JSS1 First Term School Fees', 685000], ['SS2 First Term School Fees', 745000], ['School Bus Service (Lekki-Ajah Route)', 120000], ['PTA Levy', 25000], ['Uniform and Textbooks', 98500], ['Boarding Fee (Term)', 410000], ['Excursion - Olumo Rock', 35000]]
const rmSvc = (o) => row(RM_SVC, n(o) % 7)
const rmChan = (o) => row(['Card', 'Bank Transfer', 'Internet Banking', 'Bank Branch', 'USSD', 'Card', 'Bank Transfer'], n(o) % 7)
const rmBank = (o) => (rmChan(o) === 'Card' ? '' : row(['Guaranty Trust Bank', 'Access Bank', 'Zenith Bank', 'First Bank of Nigeria', 'United Bank for Africa', 'Stanbic IBTC Bank', 'Wema Bank'], n(o) % 7))
const rmSt = (o) => row(['Successful', 'Successful', 'Successful', 'Pending', 'Successful', 'Failed', 'Successful'], n(o) % 7)
const rmCode = (o) => ({ Successful: '00', Pending: '021', Failed: '02' })[rmSt(o)]
const rmFee = (o) => (rmChan(o) === 'Card' ? Math.min(2000, Math.round(rmSvc(o)[1] * 0.015)) : rmChan(o) === 'Bank Branch' ? 160 : 107.5)
const rmRrr = (o) => { const s = String(260000000000 + ((n(o) * 7919) % 99999999999)).padStart(12, '0'); return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}` }
const rmGen = (o) => open(o.at, 1, 7, 14)
const rmPaid = (o) => rmGen(o) + ((n(o) % 5) * day) + (n(o) % 7200) * 1000
const rmPupil = (c) => who(c, 'ng', 'child')
// ---------------------------------------------------------------- 7. Smoove contacts (he, P)
// a Tel Aviv chain of pilates studios
const smLists = (c) => row(['מנויים פעילים', 'מנויים פעילים; ניוזלטר', 'ליד - שיעור ניסיון', 'ניוזלטר', 'מנויים לשעבר; ניוזלטר', 'ליד - שיעור ניסיון; ניוזלטר'], n(c) % 6)
const smSt = (c) => row(['פעיל', 'פעיל', 'פעיל', 'הסיר את עצמו', 'פעיל', 'כתובת שגויה (Bounce)', 'פעיל'], n(c) % 7)
const smBranch = (c) => row(['פלורנטין', 'רמת אביב', 'הצפון הישן', 'גבעתיים', 'פלורנטין', 'הרצליה פיתוח'], n(c) % 6)
const smPlan = (c) => row(['2 שיעורים בשבוע', 'כרטיסיית 10', 'ללא הגבלה', 'שיעור ניסיון', '1 שיעור בשבוע'], n(c) % 5)
const smJoin = (c) => open(c.created, 2, 7, 16)
const smUpd = (c) => open(later(c), 2, 7, 16)
// ---------------------------------------------------------------- 8. Loymax members (ru, P)
// a Kazan chain of bakery-cafés
const lmTier = (c) => row(['Базовый', 'Базовый', 'Серебряный', 'Базовый', 'Золотой', 'Серебряный'], n(c) % 6)
const lmEarned = (c) => (n(c) * 37) % 9000 + 150
const lmSpent = (c) => Math.floor(lmEarned(c) * ((n(c) % 7) / 10))
const lmBal = (c) => lmEarned(c) - lmSpent(c)
const lmShop = (c) => row(['Пекарня на Баумана, 44', 'ТЦ «Кольцо», Петербургская, 1', 'Пекарня на Чистопольской, 20', 'Пекарня в Иннополисе, Университетская, 7', 'ТРК «Мега», пр. Победы, 141', 'Мобильное приложение'], n(c) % 6)
const lmCard = (c) => `299${pad((n(c) * 104729) % 10000000000, 10)}`
const lmSt = (c) => row(['Активна', 'Активна', 'Активна', 'Заблокирована', 'Активна', 'Выдана, не активирована'], n(c) % 6)
// ---------------------------------------------------------------- 9. İletimerkezi phonebook (tr, P)
// a Bursa tyre and car-service shop
const bu = (c) => who(c, 'tr', 'bursa')
const IM_CARS = [['16 ABC 123', 'Fiat Egea 1.3 Multijet', '205/55 R16'], ['16 KL 4821', 'Renault Clio 1.0 TCe', '195/55 R16'], ['34 FT 907', 'Toyota Corolla 1.8 Hybrid', '205/55 R16'], ['16 AVB 52', 'Volkswagen Passat 1.5 TSI', '215/55 R17'], ['16 MR 3310', 'Hyundai i20 1.4 MPI', '185/65 R15'], ['16 S 7744', 'Ford Transit Custom', '215/65 R16C']]
const imCar = (c) => row(IM_CARS, n(c) % 6)
const imGroup = (c) => row(['Lastik Oteli', 'Periyodik Bakım', 'Lastik Oteli, Kış Lastiği Kampanyası', 'Filo Müşterileri', 'Periyodik Bakım, Kış Lastiği Kampanyası'], n(c) % 5)
const imIys = (c, k) => row(k === 'sms' ? ['ONAY', 'ONAY', 'RET', 'ONAY', '', 'ONAY'] : k === 'ara' ? ['ONAY', 'RET', '', 'ONAY', 'RET', ''] : ['ONAY', '', 'RET', 'ONAY', '', ''], n(c) % 6)
// ---------------------------------------------------------------- 10. Didar CRM people (fa, B)
// a Tehran industrial-automation distributor's customers: [سازمان, domain, صنعت, استان, شهر, آدرس, کد پستی, تلفن]
const DD_FIRMS = [['شرکت فولاد سپاهان نوین', 'sepahansteel-novin.ir', 'فولاد و فلزات', 'اصفهان', 'مبارکه', 'شهرک صنعتی مبارکه، خیابان ۵', '8481', '031-52'], ['صنایع غذایی آذر مهر', 'azarmehrfood.com', 'صنایع غذایی', 'آذربایجان شرقی', 'تبریز', 'جاده تبریز-آذرشهر، کیلومتر ۱۲', '5158', '041-34'], ['شرکت داروسازی پارس ژن', 'parsgenpharma.ir', 'دارویی', 'البرز', 'کرج', 'شهرک صنعتی بهارستان، خیابان سوم', '3197', '026-36'], ['کاشی و سرامیک کویر یزد', 'kavirceramic.com', 'کاشی و سرامیک', 'یزد', 'اردکان', 'جاده اردکان-نائین، منطقه صنعتی', '8951', '035-32'], ['شرکت پتروشیمی خلیج نیلگون', 'nilgoonpetro.ir', 'پتروشیمی', 'خوزستان', 'ماهشهر', 'منطقه ویژه اقتصادی پتروشیمی، سایت ۲', '6351', '061-52'], ['شرکت نساجی البرز بافت', 'alborzbaft.ir', 'نساجی', 'قزوین', 'قزوین', 'شهرک صنعتی البرز، خیابان فارابی', '3418', '028-32'], ['شرکت مهندسی کنترل آریا', 'ariacontrol.co', 'پیمانکاری صنعتی', 'تهران', 'تهران', 'خیابان شریعتی، بالاتر از پل صدر', '1939', '021-22']]
const ddFirm = (c) => row(DD_FIRMS, n(c) >> 1)
const DD_ROLE = [['مدیر فنی', 'مهندس'], ['کارشناس خرید', ''], ['مدیر کارخانه', 'مهندس'], ['سرپرست برق و ابزار دقیق', 'مهندس'], ['مدیرعامل', 'دکتر'], ['کارشناس نگهداری و تعمیرات', 'مهندس'], ['مدیر بازرگانی', '']]
const ddRole = (c) => row(DD_ROLE, n(c) % 7)
const ddTitle = (c) => (ddRole(c)[1] || (fa(c).female ? 'خانم' : 'آقای'))
const ddSt = (c) => row(['مشتری', 'سرنخ', 'مشتری', 'فرصت فروش', 'مشتری غیرفعال', 'سرنخ'], n(c) % 6)
const ddSrc = (c) => row(['نمایشگاه بین‌المللی صنعت تهران', 'وب‌سایت', 'معرفی مشتری', 'تماس ورودی', 'لینکدین', 'نمایشگاه بین‌المللی صنعت تهران'], n(c) % 6)
// ---------------------------------------------------------------- 11. Eventtus attendees (en, B)
// a Cairo fintech conference: [company, domain, industry, size]
const ET_FIRMS = [['Nile Pay S.A.E.', 'nilepay.com.eg', 'Fintech', '51-200'], ['Banque du Delta', 'banquedudelta.com', 'Banking', '1001-5000'], ['Horus Capital Partners', 'horuscap.com', 'Venture Capital', '11-50'], ['Sinai Takaful Insurance', 'sinaitakaful.com', 'Insurance', '201-500'], ['Zamalek Analytics', 'zamalekanalytics.io', 'Software', '11-50'], ['Alexandria Commercial Bank', 'acb-eg.com', 'Banking', '5001-10000'], ['Tahrir Software House', 'tahrirsoft.com', 'IT Services', '51-200']]
const etFirm = (c) => row(ET_FIRMS, n(c) >> 1)
const ET_ROLE = ['Head of Digital Banking', 'Product Manager', 'CTO', 'Compliance Officer', 'Founder & CEO', 'Senior Software Engineer', 'Investment Associate', 'Head of Payments']
const etRole = (c) => row(ET_ROLE, n(c) % 8)
const ET_TIX = [['Standard Pass', 3500], ['Early Bird', 2200], ['VIP Pass', 9500], ['Startup Pass', 1500], ['Standard Pass', 3500], ['Speaker', 0], ['Student', 600]]
const etTix = (c) => row(ET_TIX, n(c) % 7)
const etSt = (c) => row(['Approved', 'Approved', 'Approved', 'Pending', 'Approved', 'Declined'], n(c) % 6)
const etIn = (c) => etSt(c) === 'Approved' && n(c) % 4 !== 1
const ET_DAY = Date.UTC(2024, 10, 19, 7, 0)
const etMail = (c) => (n(c) % 4 === 2 ? `${eg(c).first.toLowerCase()}.${eg(c).last.toLowerCase().replace('-', '')}${n(c) % 90}@gmail.com` : `${eg(c).first[0].toLowerCase()}.${eg(c).last.toLowerCase().replace('-', '')}@${etFirm(c)[1]}`)
// ---------------------------------------------------------------- 12. YouControl company list (uk, B)
// a Lviv packaging maker's list of western-Ukraine food producers
const YC_ADJ = [['Галицька', 'galytska'], ['Карпатська', 'karpatska'], ['Волинська', 'volynska'], ['Подільська', 'podilska'], ['Золота', 'zolota'], ['Зелена', 'zelena'], ['Стара', 'stara'], ['Добра', 'dobra']]
const YC_NOUN = [['Пекарня', 'pekarnia', '10.71 Виробництво хліба та хлібобулочних виробів; виробництво борошняних кондитерських виробів, тортів і тістечок нетривалого зберігання'], ['Молочарня', 'molocharnia', '10.51 Перероблення молока, виробництво масла та сиру'], ['Кондитерська фабрика', 'konditerska', '10.82 Виробництво какао, шоколаду та цукрових кондитерських виробів'], ['Ферма', 'ferma', '01.47 Розведення свійської птиці'], ['Олійниця', 'oliinytsia', '10.41 Виробництво олії та тваринних жирів'], ['Сироварня', 'syrovarnia', '10.51 Перероблення молока, виробництво масла та сиру'], ['Медоварня', 'medovarnia', '10.89 Виробництво інших харчових продуктів, н. в. і. у.']]
// [область, населений пункт, індекс, вулиця, код міста]
const YC_PLACES = [['Львівська обл.', 'м. Львів', '79', 'вул. Городоцька', '32'], ['Львівська обл.', 'м. Стрий', '82', 'вул. Болехівська', '3245'], ['Волинська обл.', 'м. Луцьк', '43', 'просп. Волі', '332'], ['Тернопільська обл.', 'м. Тернопіль', '46', 'вул. Микулинецька', '352'], ['Івано-Франківська обл.', 'м. Івано-Франківськ', '76', 'вул. Максимовича', '342'], ['Закарпатська обл.', 'м. Мукачево', '89', 'вул. Берегівська', '3131'], ['Рівненська обл.', 'м. Рівне', '33', 'вул. Курчатова', '362'], ['Хмельницька обл.', 'м. Хмельницький', '29', 'вул. Проскурівська', '382']]
const UK_LAST = ['Коваленко', 'Бондаренко', 'Ткачук', 'Мельник', 'Шевчук', 'Кравець', 'Гнатюк', 'Савчук', 'Дмитрук', 'Іваницький']
const UK_M = [['Олег', 'Іванович'], ['Андрій', 'Петрович'], ['Василь', 'Михайлович'], ['Тарас', 'Богданович'], ['Ігор', 'Степанович']]
const UK_F = [['Оксана', 'Ярославівна'], ['Наталія', 'Василівна'], ['Ірина', 'Романівна'], ['Галина', 'Миколаївна']]
const yc = (c, i) => {
  const k = `yc:${i}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = seeded(c, 'yc')
  const adj = YC_ADJ[(i * 3) % 8], noun = YC_NOUN[(i * 5 + 1) % 7], pl = v.pick(r, YC_PLACES)
  const form = noun[1] === 'ferma' ? 'ФГ' : v.pick(r, ['ТОВ', 'ТОВ', 'ПП', 'ТОВ', 'ПрАТ', 'ТОВ'])
  const female = r() < 0.3
  const last = v.pick(r, UK_LAST), fn = v.pick(r, female ? UK_F : UK_M)
  const lname = female && last.endsWith('ький') ? last.replace(/ький$/, 'ька') : last
  const zip = `${pl[2]}${pad(v.int(r, 0, 999), 3)}`.slice(0, 5)
  const local7 = String(v.int(r, 2000000, 2999999)).slice(0, 9 - pl[4].length)
  const x = {
    name: `${form} «${form === 'ФГ' ? adj[0].toUpperCase() + ' ' + noun[0].toUpperCase() : adj[0] + ' ' + noun[0].toLowerCase()}»`,
    edrpou: String(v.int(r, 30000000, 45999999)), kved: noun[2], obl: pl[0], city: pl[1], zip, street: `${pl[3]}, буд. ${v.int(r, 1, 240)}`,
    phone: `+380 ${pl[4]} ${local7}`, domain: `${adj[1]}-${noun[1]}.com.ua`, head: `${lname} ${fn[0]} ${fn[1]}`,
    role: v.pick(r, ['Директор', 'Директор', 'Генеральний директор', 'Директор', 'Керівник']), staff: v.int(r, 8, 420),
    rev: v.int(r, 3500, 480000), cap: v.pick(r, [1000, 50000, 100000, 500000, 1200000, 10000]), reg: Date.UTC(1996, 0, 1) + v.int(r, 0, 9800) * day,
    vat: r() < 0.75, ipn: `${v.int(r, 30000000, 45999999)}${v.int(r, 1000, 2699)}`, risk: v.pick(r, ['Низький', 'Низький', 'Середній', 'Низький', 'Високий']),
    debt: r() < 0.15, email: '', site: r() < 0.7,
  }
  x.email = r() < 0.2 ? '' : `${v.pick(r, ['office', 'info', 'sales', 'zakupivli'])}@${x.domain}`
  if (form === 'ПрАТ') x.role = 'Голова правління'
  if (form === 'ФГ') x.role = 'Голова фермерського господарства'
  memo.set(k, x)
  return x
}

export const SETS = [
  // ---------------------------------------------------------------- Turkey: marketplace seller order lines
  { name: 'pazarama-satici-siparisler-tr', product: "Pazarama (Satıcı Paneli > Siparişler > Excel'e Aktar, one row per order line, Turkish UI, a Denizli towel and bathrobe maker selling on the marketplace, TRT UTC+3, TRY)", family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(240000000 + n(o) * 37), [OR('purchaseID')]],
    ['Paket No', (c, o, r, i) => String(8800000 + n(o) * 3 + (i % 2)), [], opt],
    ['Sipariş Tarihi', (c, o) => dotT(trt(pzAt(o))), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => pzSt(o), []],
    ['Müşteri Adı Soyadı', (c) => tr(c).full, []],
    ['Alıcı Adı Soyadı', (c, o) => pzTo(c, o).full, []],
    ['Alıcı Telefon', (c, o) => pzTo(c, o).gsm, PHONE_ID, opt],
    ['Teslimat Adresi', (c, o) => pzTo(c, o).street, [SHIP('street1')]],
    ['Teslimat İlçe', (c, o) => pzTo(c, o).ilce, [SHIP('region'), SHIP('city')], opt],
    ['Teslimat İl', (c, o) => pzTo(c, o).il, [SHIP('city'), ...STATE(['commerce.shipping.address'])]],
    ['Fatura Adresi', (c) => tr(c).street, [BILL('street1')]],
    ['Fatura İlçe', (c) => tr(c).ilce, [BILL('region'), BILL('city')], opt],
    ['Fatura İl', (c) => tr(c).il, [BILL('city'), ...STATE(['commerce.billing.address'])]],
    ['Kurumsal Fatura', (c, o) => (pzCorp(o) ? 'Evet' : 'Hayır'), []],
    ['Vergi Dairesi', (c, o) => (pzCorp(o) ? row(['Kadıköy', 'Çankaya', 'Karşıyaka', 'Nilüfer'], n(c) % 4) : ''), []],
    ['Vergi / TC Kimlik No', (c, o, r) => (pzCorp(o) ? v.digits(r, 10) : ''), []],
    ['Barkod', (c, o, r, i) => pzItem(o, i)[0], [PL('SKU'), PL('product')], opt],
    ['Stok Kodu', (c, o, r, i) => pzItem(o, i)[1], [PL('SKU')]],
    ['Ürün Adı', (c, o, r, i) => pzItem(o, i)[2], [PL('name')]],
    ['Varyant', (c, o, r, i) => pzItem(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Kategori', (c, o, r, i) => pzItem(o, i)[4], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')]],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o, r, i) => tl(pzItem(o, i)[5]), [], opt],
    ['İndirim Tutarı', (c, o, r, i) => tl(pzDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['Satış Tutarı', (c, o, r, i) => tl(pzNet(o, i)), [PL('priceTotal')]],
    ['Komisyon Oranı', (c, o, r, i) => `%${pzItem(o, i)[6]}`, []],
    ['Komisyon Tutarı', (c, o, r, i) => tl(pzNet(o, i) * pzItem(o, i)[6] / 100), []],
    ['Hizmet Bedeli', () => tl(8.49), []],
    ['Kargo Firması', (c, o) => pzCarrier(o), ['commerce.shipping.shippingMethod']],
    ['Kargo Takip No', (c, o, r) => (pzShipped(o) ? (pzCarrier(o) === 'PTT Kargo' ? `KP${v.digits(r, 11)}` : v.digits(r, pzCarrier(o) === 'Aras Kargo' ? 10 : 12)) : ''), ['commerce.shipping.trackingNumber']],
    ['Kargoya Veriliş Tarihi', (c, o) => (pzShipped(o) ? dotT(trt(pzAt(o) + day + 4 * 3600000)) : ''), ['commerce.shipping.shipDate']],
    ['Teslim Tarihi', (c, o) => (['Teslim Edildi', 'İade Edildi'].includes(pzSt(o)) ? dotT(trt(pzAt(o) + 3 * day + 7 * 3600000)) : ''), [], opt],
    ['Fatura Durumu', (c, o) => (pzSt(o) === 'Yeni Sipariş' || pzSt(o) === 'Hazırlanıyor' ? 'Fatura Bekleniyor' : 'Fatura Yüklendi'), []],
  ] },
  // ---------------------------------------------------------------- Greece: ticketing platform ticket sales
  { name: 'more-com-poliseis-eisitirion-el', product: 'more.com (Διαχείριση Διοργανωτή > Αναφορές > Πωλήσεις Εισιτηρίων > Εξαγωγή σε Excel, one row per ticket, Greek UI, a Thessaloniki theatre company on a summer tour of open-air theatres, EET/EEST, EUR)', family: 'events', language: 'el', schema: E, cols: [
    ['Κωδικός Κράτησης', (c, o) => `M${String(5300000 + n(o) * 13).slice(0, 7)}`, [OR('purchaseID')]],
    ['Barcode Εισιτηρίου', (c, o, r) => v.digits(r, 14), ['_id'], opt],
    ['Ημ/νία Αγοράς', (c, o) => slashT(eet(mcAt(o))), ['timestamp', OR('createdDate')]],
    ['Παράσταση', (c, o) => mcShow(o)[0], [PL('name')]],
    ['Χώρος', (c, o) => mcShow(o)[1], ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Πόλη', (c, o) => mcShow(o)[2], [], opt],
    ['Ημ/νία Παράστασης', (c, o) => dmy(eet(mcShowAt(o)), '/'), [], opt],
    ['Ώρα', (c, o) => hm(eet(mcShowAt(o))), []],
    ['Κατηγορία Εισιτηρίου', (c, o, r, i) => mcTix(o, i)[0], [PL('selectedOptions[0].value')], opt],
    ['Ζώνη', (c, o, r, i) => mcTix(o, i)[1], [PL('selectedOptions[0].value')], opt],
    ['Σειρά', (c, o, r, i) => (mcShow(o)[1].startsWith('Θέατρο') ? String.fromCharCode(0x391 + ((n(o) + i) % 12)) : String(1 + ((n(o) + i) % 22))), []],
    ['Θέση', (c, o, r, i) => String(1 + ((n(o) * 7 + i) % 40)), []],
    ['Τιμή (€)', (c, o, r, i) => eur(mcTix(o, i)[2]), [PL('priceTotal')]],
    ['Χρέωση Υπηρεσίας (€)', (c, o, r, i) => eur(mcFee(o, i)), []],
    ['Σύνολο (€)', (c, o, r, i) => eur(mcTix(o, i)[2] + mcFee(o, i)), [OR('priceTotal')], opt],
    ['Κωδικός Προσφοράς', (c, o) => mcPromo(o), ['commerce.promotionID']],
    ['Τρόπος Πληρωμής', (c, o) => (mcChan(o) === 'Ταμείο Χώρου' ? 'Μετρητά' : row(['Κάρτα', 'Κάρτα', 'PayPal', 'Apple Pay', 'IRIS', 'Google Pay'], n(o) % 6)), [OR('payments[0].paymentType')]],
    ['Κανάλι Πώλησης', (c, o) => mcChan(o), []],
    ['Ονοματεπώνυμο', (c) => el(c).full, []],
    ['Email', (c, o) => (mcChan(o) === 'Ταμείο Χώρου' ? '' : el(c).email), EMAIL_ID],
    ['Κινητό', (c) => el(c).mobile, PHONE_ID, opt],
    ['Κατάσταση', (c, o) => mcSt(o), []],
    ['Σκαναρίστηκε', (c, o) => (mcSt(o) === 'Έγκυρο' && n(o) % 5 !== 2 ? 'Ναι' : 'Όχι'), []],
    ['Αποδοχή Newsletter', (c) => (c.bool ? 'Ναι' : 'Όχι'), []],
  ] },
  // ---------------------------------------------------------------- Israel: card gateway transactions
  { name: 'pelecard-doch-iskaot-he', product: 'Pelecard / פלאקארד (ממשק ניהול > דוחות > דוח עסקאות > ייצוא לאקסל, one row per card transaction, Hebrew UI, a Haifa online pharmacy-and-cosmetics shop charging through its site checkout, Israel time, ILS)', family: 'payments', language: 'he', schema: E, cols: [
    ['מספר עסקה', (c, o) => String(1870000000 + n(o) * 409), [OR('payments[0].transactionID')]],
    ['תאריך עסקה', (c, o) => slashS(eet(pcAt(o))), ['timestamp']],
    ['מספר מסוף', () => '0962210', []],
    ['סוג עסקה', (c, o) => pcKind(o), [], opt],
    ['סכום', (c, o) => (pcKind(o) === 'זיכוי' ? '-' : '') + pcAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['מטבע', (c, o) => (n(o) % 11 === 5 ? 'דולר' : 'ש"ח'), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['מספר תשלומים', (c, o) => String(pcPays(o)), []],
    ['תשלום ראשון', (c, o) => (pcPays(o) > 1 ? (pcAmt(o) - Math.floor(pcAmt(o) / pcPays(o)) * (pcPays(o) - 1)).toFixed(2) : ''), []],
    ['תשלום קבוע', (c, o) => (pcPays(o) > 1 ? Math.floor(pcAmt(o) / pcPays(o)).toFixed(2) : ''), []],
    ['מותג', (c, o) => pcBrand(o)[0], [OR('payments[0].paymentType')], opt],
    ['חברה סולקת', (c, o) => pcBrand(o)[1], []],
    ['מנפיק', (c, o) => pcBrand(o)[2], []],
    ['4 ספרות אחרונות', (c, o) => pad((n(o) * 97) % 10000, 4), []],
    ['תוקף', (c, o) => `${pad(1 + (n(o) % 12))}/${26 + (n(o) % 4)}`, []],
    ['מספר אישור', (c, o, r) => (pcSt(o) === 'נדחתה' ? '' : pad(v.int(r, 0, 9999999), 7)), []],
    ['סטטוס', (c, o) => pcSt(o), []],
    ['קוד תשובה', (c, o) => (pcSt(o) === 'נדחתה' ? row(['033', '006', '004'], n(o) % 3) : '000'), []],
    ['שם בעל הכרטיס', (c) => he(c).full, []],
    ['ת.ז. בעל הכרטיס', (c) => he(c).tz, []],
    ['טלפון', (c) => he(c).mobile, PHONE_ID, opt],
    ['דוא"ל', (c) => he(c).email, EMAIL_ID],
    ['מספר הזמנה', (c, o) => `HP${40000 + n(o)}`, [OR('purchaseID')]],
    ['תיאור', (c, o) => `הזמנה מהאתר - ${row(['קוסמטיקה', 'תוספי תזונה', 'טיפוח שיער', 'מוצרי תינוקות', 'בשמים'], n(o) % 5)}`, [], opt],
    ['אופן ביצוע', (c, o) => (n(o) % 6 === 3 ? 'טלפוני' : 'אינטרנט'), []],
    ['מספר חשבונית', (c, o) => (pcSt(o) === 'מאושרת' ? String(31000 + n(o) % 9000) : ''), []],
  ] },
  // ---------------------------------------------------------------- Saudi Arabia: shipping aggregator shipments
  { name: 'torod-alshohnat-ar', product: 'Torod / طرود (لوحة التحكم > الشحنات > تصدير Excel, one row per shipment, Arabic UI, a Riyadh perfume and oud e-shop booking several carriers through the aggregator, AST UTC+3, SAR)', family: 'delivery', language: 'ar', schema: E, cols: [
    ['رقم الشحنة', (c, o) => `TRD${String(9100000 + n(o) * 7)}`, ['_id'], opt],
    ['رقم الطلب', (c, o) => String(200000 + n(o)), [OR('purchaseID')]],
    ['تاريخ الإنشاء', (c, o) => dashM(ast(tdAt(o))), ['timestamp']],
    ['شركة الشحن', (c, o) => tdCarrier(o), ['commerce.shipping.shippingMethod']],
    ['رقم التتبع', (c, o, r) => tdAwb(o, r), ['commerce.shipping.trackingNumber']],
    ['حالة الشحنة', (c, o) => tdSt(o), []],
    ['المستودع', (c, o) => (n(o) % 4 === 1 ? 'مستودع جدة - الخمرة' : 'المستودع الرئيسي - الرياض السلي'), []],
    ['اسم المستلم', (c) => ar(c).full, []],
    ['جوال المستلم', (c) => ar(c).mobile, PHONE_ID, opt],
    ['البريد الإلكتروني', (c) => (n(c) % 5 === 2 ? '' : ar(c).email), EMAIL_ID],
    ['الدولة', () => 'المملكة العربية السعودية', [SHIP('country')]],
    ['المدينة', (c) => ar(c).city, [SHIP('city')]],
    ['الحي', (c) => ar(c).district, [SHIP('region'), SHIP('street2')], opt],
    ['العنوان', (c) => ar(c).street, [SHIP('street1')]],
    ['العنوان الوطني المختصر', (c) => ar(c).short, [], opt],
    ['الرمز البريدي', (c) => ar(c).zip, [SHIP('postalCode')]],
    ['الوزن (كجم)', (c, o) => tdKg(o).toFixed(1), []],
    ['عدد القطع', (c, o) => String(tdPcs(o)), []],
    ['وصف المحتوى', (c, o) => row(['عطور', 'دهن عود', 'بخور ومعمول', 'عطور وهدايا'], n(o) % 4), [], opt],
    ['قيمة الطلب', (c, o) => tdValue(o).toFixed(2), [OR('priceTotal')]],
    ['طريقة الدفع', (c, o) => (tdCod(o) ? 'الدفع عند الاستلام' : 'مدفوع مسبقاً'), [OR('payments[0].paymentType')]],
    ['مبلغ التحصيل', (c, o) => (tdCod(o) ? tdValue(o).toFixed(2) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['تكلفة الشحن', (c, o) => ((tdCarrier(o).startsWith('سبل') ? 17 : 21) + 2 * (tdKg(o) > 1 ? Math.ceil(tdKg(o) - 1) : 0)).toFixed(2), ['commerce.shipping.shippingAmount'], opt],
    ['رسوم الدفع عند الاستلام', (c, o) => (tdCod(o) ? '10.00' : '0.00'), []],
    ['تاريخ الشحن', (c, o) => (tdShipped(o) ? ymd(ast(tdAt(o) + day)) : ''), ['commerce.shipping.shipDate']],
    ['تاريخ التسليم', (c, o) => (['تم التسليم', 'مرتجع'].includes(tdSt(o)) ? ymd(ast(tdAt(o) + (2 + (n(o) % 3)) * day)) : ''), [], opt],
    ['ملاحظات', (c, o) => row(['', '', 'الاتصال قبل التوصيل', '', 'هدية - بدون فاتورة داخل الطرد', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Iran: marketplace booth order lines
  { name: 'basalam-sefareshha-fa', product: 'باسلام / Basalam (پنل غرفه‌دار > سفارش‌ها > دریافت خروجی اکسل, one row per ordered item, Persian UI, an Isfahan handicraft booth selling qalamkar and minakari, Iran time UTC+3:30, Jalali dates, amounts in toman)', family: 'ecommerce-orders', language: 'fa', schema: E, cols: [
    ['شماره سفارش', (c, o) => String(18400000 + n(o) * 29), [OR('purchaseID')]],
    ['کد مرسوله', (c, o) => String(31200000 + n(o) * 31), [], opt],
    ['تاریخ ثبت', (c, o) => jTime(irst(bsAt(o))), ['timestamp', OR('createdDate')]],
    ['وضعیت', (c, o) => bsSt(o), []],
    ['نام خریدار', (c) => fa(c).full, []],
    ['موبایل خریدار', (c) => fa(c).mobile, PHONE_ID, opt],
    ['استان', (c) => fa(c).prov, STATE(['commerce.shipping.address'])],
    ['شهر', (c) => fa(c).city, [SHIP('city')]],
    ['آدرس', (c) => fa(c).street, [SHIP('street1')]],
    ['کد پستی', (c) => fa(c).zip, [SHIP('postalCode')]],
    ['شناسه محصول', (c, o, r, i) => bsItem(o, i)[0], [PL('SKU'), PL('product')]],
    ['نام محصول', (c, o, r, i) => bsItem(o, i)[1], [PL('name')]],
    ['تنوع', (c, o, r, i) => bsItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['تعداد', (c, o) => String(o.qty), [PL('quantity')]],
    ['قیمت واحد (تومان)', (c, o, r, i) => toman(bsItem(o, i)[3]), [], opt],
    ['تخفیف (تومان)', (c, o, r, i) => toman(bsDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['مبلغ کل (تومان)', (c, o, r, i) => toman(bsSub(o, i) - bsDisc(o, i)), [PL('priceTotal')]],
    ['هزینه ارسال (تومان)', (c, o) => toman(bsShip(c, o)), ['commerce.shipping.shippingAmount']],
    ['روش ارسال', (c, o) => bsWay(c, o), ['commerce.shipping.shippingMethod']],
    ['کد رهگیری مرسوله', (c, o, r) => (bsSent(o) ? bsTrack(c, o, r) : ''), ['commerce.shipping.trackingNumber']],
    ['تاریخ ارسال', (c, o) => (bsSent(o) ? jDate(irst(bsAt(o) + 2 * day)) : ''), ['commerce.shipping.shipDate']],
    ['کارمزد باسلام (تومان)', (c, o, r, i) => toman(Math.round((bsSub(o, i) - bsDisc(o, i)) * 0.05 / 1000) * 1000), []],
    ['مبلغ قابل تسویه (تومان)', (c, o, r, i) => toman(Math.round((bsSub(o, i) - bsDisc(o, i)) * 0.95 / 1000) * 1000 + bsShip(c, o)), []],
    ['توضیحات خریدار', (c, o) => row(['', '', 'لطفا بسته‌بندی کادویی شود', '', 'قبل از ارسال تماس بگیرید', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Nigeria: payment platform collections
  { name: 'remita-transaction-history-ng', product: 'Remita (SystemSpecs; Remita dashboard > Reports > Transaction History > Download CSV, one row per payment reference (RRR), English UI, a Lekki private secondary school collecting fees from parents, WAT UTC+1, NGN)', family: 'payments', language: 'en', schema: E, cols: [
    ['S/N', (c, o, r, i) => String(i + 1), []],
    ['RRR', (c, o) => rmRrr(o), [OR('payments[0].transactionID'), OR('purchaseID')], opt],
    ['Order ID', (c, o) => `LHC-${24}${pad(n(o) % 100000, 5)}`, [OR('purchaseID')]],
    ['Date Generated', (c, o) => slashS(wat(rmGen(o))), [OR('createdDate')], opt],
    ['Payment Date', (c, o) => (rmSt(o) === 'Successful' ? slashS(wat(rmPaid(o))) : ''), ['timestamp']],
    ['Payer Name', (c) => ng(c).full, []],
    ['Payer Email', (c) => ng(c).email, EMAIL_ID],
    ['Payer Phone', (c) => ng(c).mobile, PHONE_ID, opt],
    ['Service Type', (c, o) => rmSvc(o)[0], [PL('name')]],
    ['Description', (c, o) => `${rmPupil(c).first} ${ng(c).last} - ${row(['JSS1A', 'JSS2B', 'JSS3A', 'SS1 Science', 'SS2 Arts', 'SS3 Commercial'], n(c) % 6)}`, [], opt],
    ['Amount', (c, o) => ngn(rmSvc(o)[1]), [OR('priceTotal'), PL('priceTotal')]],
    ['Charges', (c, o) => ngn(rmFee(o)), []],
    ['Amount Paid', (c, o) => (rmSt(o) === 'Successful' ? ngn(rmSvc(o)[1] + rmFee(o)) : '0.00'), [OR('payments[0].paymentAmount')]],
    ['Currency', () => 'NGN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Payment Channel', (c, o) => rmChan(o), [OR('payments[0].paymentType')]],
    ['Bank', (c, o) => rmBank(o), []],
    ['Branch', (c, o) => (rmChan(o) === 'Bank Branch' ? row(['Admiralty Way, Lekki', 'Ajah', 'Adeola Odeku, V/I', 'Allen Avenue, Ikeja'], n(o) % 4) : ''), []],
    ['Payment Reference', (c, o, r) => (rmSt(o) === 'Successful' ? (rmChan(o) === 'Card' ? `RMT${v.digits(r, 12)}` : `${v.alnum(r, 4).toUpperCase()}${v.digits(r, 10)}`) : ''), [OR('payments[0].transactionID')], opt],
    ['Status', (c, o) => rmSt(o), []],
    ['Status Code', (c, o) => rmCode(o), []],
    ['Beneficiary Account', () => '0123456789 - LEKKI HEIGHTS COLLEGE LTD', []],
  ] },
  // ---------------------------------------------------------------- Israel: e-mail and SMS marketing contacts
  { name: 'smoove-anshei-kesher-he', product: 'Smoove / סמוב (אנשי קשר > כל אנשי הקשר > ייצוא אנשי קשר לאקסל, one row per contact, Hebrew UI, a Tel Aviv chain of pilates studios sending newsletters and SMS, Israel time)', family: 'email-marketing', language: 'he', schema: P, cols: [
    ['מזהה', (c) => String(48000000 + n(c) * 3), ['_id', 'personID'], opt],
    ['אימייל', (c) => he(c).email, ['personalEmail.address']],
    ['שם פרטי', (c) => he(c).first, ['person.name.firstName']],
    ['שם משפחה', (c) => he(c).last, ['person.name.lastName']],
    ['טלפון נייד', (c) => he(c).mobile, ['mobilePhone.number']],
    ['טלפון', (c) => (n(c) % 5 === 1 ? `03-${5000000 + ((n(c) * 7919) % 2000000)}` : ''), ['homePhone.number']],
    ['כתובת', (c) => (n(c) % 3 ? he(c).street : ''), at(HOME, 'street1')],
    ['עיר', (c) => he(c).city, at(HOME, 'city')],
    ['מיקוד', (c) => (n(c) % 3 ? he(c).zip : ''), at(HOME, 'postalCode')],
    ['תאריך לידה', (c) => (n(c) % 4 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['מין', (c) => (he(c).female ? 'נקבה' : 'זכר'), ['person.gender']],
    ['חברה', (c) => (n(c) % 6 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['רשימות', (c) => smLists(c), []],
    ['סטטוס', (c) => smSt(c), ['personalEmail.status'], opt],
    ['מאשר דיוור', (c) => (smSt(c) === 'פעיל' ? 'כן' : 'לא'), [], opt],
    ['מאשר SMS', (c) => (c.bool ? 'כן' : 'לא'), [], opt],
    ['מקור הצטרפות', (c) => row(['טופס הרשמה באתר', 'ייבוא מקובץ', 'דף נחיתה - שיעור ניסיון', 'הוספה ידנית', 'טופס פייסבוק'], n(c) % 5), []],
    ['תאריך הצטרפות', (c) => slashT(eet(smJoin(c))), [], opt],
    ['תאריך עדכון', (c) => slashT(eet(smUpd(c))), [], opt],
    ['סניף', (c) => smBranch(c), []],
    ['סוג מנוי', (c) => smPlan(c), []],
    ['פתיחה אחרונה', (c) => (smSt(c) === 'פעיל' ? slashT(eet(smUpd(c) + 2 * day)) : ''), []],
    ['הקלקה אחרונה', (c) => (smSt(c) === 'פעיל' && n(c) % 2 ? slashT(eet(smUpd(c) + 2 * day + 300000)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Russia: loyalty platform members
  { name: 'loymax-klienty-ru', product: 'Loymax (Loymax Loyalty, административная панель: Клиенты > Поиск клиентов > Экспорт в Excel, one row per loyalty member, Russian UI, a Kazan chain of bakery-cafés with a card and app bonus programme, MSK UTC+3, bonuses in roubles)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['ID клиента', (c) => String(1200000 + n(c) * 7), ['_id', 'personID']],
    ['Номер карты', (c) => lmCard(c), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Тип карты', (c) => (lmShop(c) === 'Мобильное приложение' || n(c) % 3 === 0 ? 'Виртуальная' : 'Пластиковая'), ['loyalty.cardsDetails[0].series'], opt],
    ['Статус карты', (c) => lmSt(c), [], opt],
    ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Отчество', (c) => ru(c).middle, ['person.name.middleName']],
    ['Пол', (c) => (ru(c).female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c) => dmy(bd(c.birth), '.'), ['person.birthDate']],
    ['Телефон', (c) => ru(c).mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 4 === 3 ? '' : ru(c).email), ['personalEmail.address']],
    ['Город', (c) => ru(c).city, at(HOME, 'city')],
    ['Уровень', (c) => lmTier(c), ['loyalty.tier']],
    ['Баланс', (c) => String(lmBal(c)), ['loyalty.points']],
    ['Ожидает активации', (c) => String((n(c) * 3) % 120), ['loyalty.promisedPoints'], opt],
    ['Начислено всего', (c) => String(lmEarned(c)), ['loyalty.lifetimePoints']],
    ['Списано всего', (c) => String(lmSpent(c)), ['loyalty.pointsRedeemed']],
    ['Сумма покупок', (c) => thou(lmEarned(c) * 20, ' ', ','), ['loyalty.lifetimePurchases']],
    ['Количество покупок', (c) => String(Math.floor(lmEarned(c) / 45) + 1), []],
    ['Дата регистрации', (c) => dotT(msk(open(c.created, 3, 8, 14))), ['loyalty.joinDate']],
    ['Место регистрации', (c) => lmShop(c), [], opt],
    ['Дата последней покупки', (c) => dotT(msk(open(later(c), 3, 8, 14))), [], opt],
    ['Согласие на SMS', (c) => (c.bool ? 'Да' : 'Нет'), []],
    ['Согласие на Email', (c) => (c.bool && n(c) % 4 !== 3 ? 'Да' : 'Нет'), []],
    ['Согласие на Push', (c) => (lmShop(c) === 'Мобильное приложение' || n(c) % 2 ? 'Да' : 'Нет'), []],
  ] },
  // ---------------------------------------------------------------- Turkey: SMS provider phonebook
  { name: 'iletimerkezi-rehber-kisiler-tr', product: "İletimerkezi (Rehber > Gruplar > Kişileri Dışa Aktar (Excel), one row per phonebook contact, Turkish UI, a Bursa tyre and car-service shop texting service reminders and campaigns with İYS consent, TRT)", family: 'sms-marketing', language: 'tr', schema: P, cols: [
    ['Ad', (c) => bu(c).first, ['person.name.firstName']],
    ['Soyad', (c) => bu(c).last, ['person.name.lastName']],
    ['Cep Telefonu', (c) => bu(c).gsm, ['mobilePhone.number']],
    ['E-posta', (c) => (n(c) % 3 === 1 ? '' : bu(c).email), ['personalEmail.address']],
    ['Grup', (c) => imGroup(c), []],
    ['Doğum Tarihi', (c) => (n(c) % 4 === 2 ? '' : dmy(bd(c.birth), '.')), ['person.birthDate']],
    ['Cinsiyet', (c) => (bu(c).female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['Şehir', (c) => bu(c).il, [...at(HOME, 'city'), ...STATE(HOME)], opt],
    ['İlçe', (c) => bu(c).ilce, [...at(HOME, 'region'), ...at(HOME, 'city')], opt],
    ['Adres', (c) => (n(c) % 2 ? bu(c).street : ''), at(HOME, 'street1')],
    ['Plaka', (c) => imCar(c)[0], []],
    ['Araç', (c) => imCar(c)[1], []],
    ['Lastik Ebadı', (c) => imCar(c)[2], []],
    ['Son Servis Tarihi', (c) => dmy(trt(later(c)), '.'), []],
    ['İYS SMS İzni', (c) => imIys(c, 'sms'), [], opt],
    ['İYS Arama İzni', (c) => imIys(c, 'ara'), [], opt],
    ['İYS E-posta İzni', (c) => imIys(c, 'eposta'), [], opt],
    ['İzin Kaynağı', (c) => (imIys(c, 'sms') ? row(['HS_FIZIKSEL_ORTAM', 'HS_ISLAK_IMZA', 'HS_WEB', 'HS_FIZIKSEL_ORTAM'], n(c) % 4) : ''), []],
    ['İzin Tarihi', (c) => (imIys(c, 'sms') ? dotT(trt(open(c.created, 3, 9, 10))) : ''), []],
    ['Eklenme Tarihi', (c) => dotT(trt(open(c.created, 3, 9, 10) + 600000)), [], opt],
  ] },
  // ---------------------------------------------------------------- Iran: CRM people
  { name: 'didar-crm-ashkhas-fa', product: 'دیدار / Didar CRM (اشخاص > انتخاب همه > خروجی اکسل, one row per contact person, Persian UI, a Tehran industrial-automation distributor (PLCs, drives, instrumentation) selling to factories, Jalali dates)', family: 'crm', language: 'fa', schema: B, cols: [
    ['کد', (c) => String(10400 + n(c) % 90000), B2BID],
    ['پیشوند', (c) => ddTitle(c), ['person.name.courtesyTitle']],
    ['نام', (c) => fa(c).first, ['person.name.firstName']],
    ['نام خانوادگی', (c) => fa(c).last, ['person.name.lastName']],
    ['سمت', (c) => ddRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['سازمان', (c) => ddFirm(c)[0], CO],
    ['موبایل', (c) => fa(c).mobile, ['mobilePhone.number']],
    ['تلفن', (c) => `${ddFirm(c)[7]}${pad((n(c) * 131) % 1000000, 6)}`, ['workPhone.number']],
    ['داخلی', (c) => (n(c) % 3 === 0 ? '' : String(100 + (n(c) % 400))), ['workPhone.extension']],
    ['ایمیل', (c) => (n(c) % 5 === 4 ? fa(c).email : `${fa(c).email.split('@')[0].replace(/[._]/g, '.')}@${ddFirm(c)[1]}`), ['workEmail.address', 'personalEmail.address']],
    ['استان', (c) => ddFirm(c)[3], STATE(['workAddress'])],
    ['شهر', (c) => ddFirm(c)[4], [W('city')]],
    ['آدرس', (c) => ddFirm(c)[5], [W('street1')]],
    ['کد پستی', (c) => `${ddFirm(c)[6]}${pad((n(c) * 7) % 1000000, 6)}`, [W('postalCode')]],
    ['وب‌سایت', (c) => `www.${ddFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['صنعت', (c) => ddFirm(c)[2], []],
    ['کد ملی', (c) => (n(c) % 3 === 1 ? fa(c).melli : ''), ['person.taxId'], opt],
    ['تاریخ تولد', (c) => (n(c) % 3 === 2 ? jDate(bd(c.birth)) : ''), ['person.birthDate']],
    ['وضعیت', (c) => ddSt(c), ['b2b.personStatus'], opt],
    ['منبع آشنایی', (c) => ddSrc(c), ['b2b.personSource']],
    ['مسئول', (c) => row(['مهندس کاظمی', 'خانم توکلی', 'مهندس رستمی'], n(c) % 3), []],
    ['برچسب‌ها', (c) => row(['زیمنس', 'اینورتر، دلتا', '', 'ابزار دقیق', 'زیمنس، قرارداد سالانه'], n(c) % 5), []],
    ['تاریخ ایجاد', (c) => jTime(irst(open(c.created, 3.5, 8, 11))), ['extSourceSystemAudit.createdDate'], opt],
    ['آخرین فعالیت', (c) => jTime(irst(open(later(c), 3.5, 8, 11))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['توضیحات', (c) => row(['', 'پیش‌فاکتور ارسال شد', '', 'درخواست بازدید فنی', 'منتظر بودجه سال بعد'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Egypt: event platform attendees
  { name: 'eventtus-attendees-eg', product: 'Eventtus (event dashboard > Attendees > Export attendees (Excel), one row per registered attendee, English UI, a Cairo fintech and digital-banking conference at a New Cairo venue, Cairo time, EGP)', family: 'events', language: 'en', schema: B, cols: [
    ['Attendee ID', (c) => String(3310000 + n(c) * 3), B2BID],
    ['First Name', (c) => eg(c).first, ['person.name.firstName']],
    ['Last Name', (c) => eg(c).last, ['person.name.lastName']],
    ['Email', (c) => etMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Phone Number', (c) => eg(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Gender', (c) => (eg(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Company', (c) => etFirm(c)[0], CO],
    ['Job Title', (c) => etRole(c), ['extendedWorkDetails.jobTitle']],
    ['Industry', (c) => etFirm(c)[2], []],
    ['Company Size', (c) => etFirm(c)[3], []],
    ['Country', (c) => (n(c) % 9 === 4 ? 'Saudi Arabia' : 'Egypt'), [W('country'), 'homeAddress.country', 'mailingAddress.country']],
    ['City', (c) => (n(c) % 9 === 4 ? 'Riyadh' : row(['Cairo', 'Giza', 'Alexandria', 'Cairo', 'New Cairo'], n(c) % 5)), [W('city'), 'homeAddress.city', 'mailingAddress.city']],
    ['LinkedIn Profile', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${eg(c).first.toLowerCase()}-${eg(c).last.toLowerCase()}-${(n(c) % 900) + 100}` : ''), []],
    ['Ticket Type', (c) => etTix(c)[0], []],
    ['Ticket Price (EGP)', (c) => String(etTix(c)[1]), []],
    ['Order ID', (c) => `EVT-${58000 + (n(c) % 4000)}`, []],
    ['Registration Date', (c) => { const p = eet(open(ET_DAY - ((n(c) % 60) + 1) * day - (n(c) % 40000) * 1000, 2, 8, 15)); return `${ymd(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Status', (c) => etSt(c), []],
    ['Checked In', (c) => (etIn(c) ? 'Yes' : 'No'), []],
    ['Check-in Time', (c) => (etIn(c) ? `${ymd(eet(ET_DAY))} ${hm(eet(ET_DAY + (n(c) % 150) * 60000))}` : ''), []],
    ['How did you hear about us?', (c) => row(['LinkedIn', 'Colleague', 'Email invitation', 'Facebook', 'Other'], n(c) % 5), ['b2b.personSource'], opt],
    ['Interests', (c) => row(['Open Banking; Payments', 'Regulation & Compliance', 'Embedded Finance', 'Digital Lending; BNPL', 'AI in Banking'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Ukraine: company-data service list
  { name: 'youcontrol-spysok-kompanii-uk', product: 'YouControl (Мої списки > список компаній > Експорт в Excel, one row per company with its head, Ukrainian UI, a Lviv food-packaging manufacturer\'s sales team building a list of western-Ukraine food producers)', family: 'b2b-lists', language: 'uk', schema: B, cols: [
    ['Назва', (c, o, r, i) => yc(c, i).name, CO],
    ['Код ЄДРПОУ', (c, o, r, i) => yc(c, i).edrpou, ACCT, opt],
    ['Стан', () => 'зареєстровано', []],
    ['Дата реєстрації', (c, o, r, i) => dmy(bd(yc(c, i).reg), '.'), []],
    ['Керівник', (c, o, r, i) => yc(c, i).head, ['person.name.fullName']],
    ['Посада керівника', (c, o, r, i) => yc(c, i).role, ['extendedWorkDetails.jobTitle']],
    ['Основний вид діяльності (КВЕД)', (c, o, r, i) => yc(c, i).kved, []],
    ['Місцезнаходження', (c, o, r, i) => `${yc(c, i).zip}, ${yc(c, i).obl}, ${yc(c, i).city}, ${yc(c, i).street}`, [W('street1')], opt],
    ['Область', (c, o, r, i) => yc(c, i).obl, STATE(['workAddress'])],
    ['Населений пункт', (c, o, r, i) => yc(c, i).city, [W('city')]],
    ['Телефон', (c, o, r, i) => yc(c, i).phone, ['workPhone.number']],
    ['Email', (c, o, r, i) => yc(c, i).email, ['workEmail.address']],
    ['Веб-сайт', (c, o, r, i) => (yc(c, i).site ? yc(c, i).domain : ''), ['b2b.companyWebsite']],
    ['Кількість працівників', (c, o, r, i) => String(yc(c, i).staff), []],
    ['Виручка за 2023 р., тис. грн', (c, o, r, i) => group(yc(c, i).rev, ' '), []],
    ['Статутний капітал, грн', (c, o, r, i) => thou(yc(c, i).cap, ' ', ','), []],
    ['Платник ПДВ', (c, o, r, i) => (yc(c, i).vat ? 'Так' : 'Ні'), []],
    ['ІПН', (c, o, r, i) => (yc(c, i).vat ? yc(c, i).ipn : ''), []],
    ['Податковий борг', (c, o, r, i) => (yc(c, i).debt ? 'Так' : 'Ні'), []],
    ['Рівень ризику', (c, o, r, i) => yc(c, i).risk, []],
  ] },
]
