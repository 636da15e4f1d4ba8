// Round 91, heldout91: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Central/Eastern European and Turkish e-commerce, CRM and back-office
// exports: a Czech CRM and help desk, a Slovak invoicing app and company database, a Romanian shop platform, a
// Hungarian fulfilment service and coalition loyalty programme, a Greek CRM, a Turkish SMS/e-mail list and invoicing
// app, a Bulgarian POS/warehouse program and a Croatian card-payment gateway; headers in each product's UI language
// (Webshippy's order sheet is its own English template).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const EMAILID = ['endUserIDs._experience.emailid.id']
const PHONEID = ['endUserIDs._experience.phonenumberid.id']
const REGION = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]

// local times: CET/CEST +1/+2 (cs, sk, hu, hr), EET/EEST +2/+3 (ro, el, bg), TRT +3
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
const cet = (ms) => (summer(ms) ? 2 : 1)
const eet = (ms) => (summer(ms) ? 3 : 2)
const dmyDot = (ms, h) => { const p = shift(ms, h); return `${p.d}.${p.m}.${p.y}` }
const dmyDotPad = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyDotHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDotHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmySlash = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmySlashHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdDot = (ms, h) => { const p = shift(ms, h); return `${p.y}.${pad(p.m)}.${pad(p.d)}.` }
const hm = (ms, h) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// money: decimal comma, thin groups by space (cs, sk), by dot (ro, tr, hr, el), bare (bg)
const dec = (n) => n.toFixed(2).replace('.', ',')
const spaced = (n) => dec(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const dotted = (n) => dec(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// people: first names [male, female], surnames [male, female] where the language inflects them
const GR = { α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o' }
const BG = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: '', ю: 'yu', я: 'ya' }
const slug = (s) => [...s.toLowerCase().replace(/ου/g, 'ou').replace(/ού/g, 'ou')].map((ch) => GR[ch] ?? BG[ch] ?? ch).join('').replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LANG = {
  cs: {
    first: [['Jan', 'Jana'], ['Petr', 'Petra'], ['Tomáš', 'Lucie'], ['Martin', 'Tereza'], ['Jakub', 'Kateřina'], ['Lukáš', 'Veronika']],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková']],
    cities: [['Praha 4', '140 00', 'Hlavní město Praha'], ['Brno', '602 00', 'Jihomoravský kraj'], ['Ostrava', '702 00', 'Moravskoslezský kraj'], ['Plzeň', '301 00', 'Plzeňský kraj'], ['Olomouc', '779 00', 'Olomoucký kraj'], ['Liberec', '460 01', 'Liberecký kraj']],
    street: (r) => `${v.pick(r, ['Vinohradská', 'Národní', 'Masarykova', 'Husova', 'Palackého', 'Nádražní'])} ${v.int(r, 100, 2900)}/${v.int(r, 1, 80)}`,
    mobile: (r) => `+420 ${v.pick(r, ['602', '603', '604', '721', '737', '775'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    phone: (r) => `+420 2${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz'],
    companies: [['Vltava Software s.r.o.', 'vltavasoftware.cz', '27082440'], ['Moravská strojírna a.s.', 'moravskastrojirna.cz', '25312405'], ['Šumava Dřevo s.r.o.', 'sumavadrevo.cz', '06123781'], ['Krkonoše Reality s.r.o.', 'krkonosereality.cz', '04822131'], ['Pražská účetní kancelář s.r.o.', 'praucetni.cz', '28957121']],
    country: 'Česká republika',
  },
  sk: {
    first: [['Peter', 'Zuzana'], ['Martin', 'Katarína'], ['Michal', 'Lucia'], ['Tomáš', 'Jana'], ['Juraj', 'Monika'], ['Marek', 'Veronika']],
    last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Baláž', 'Balážová'], ['Molnár', 'Molnárová'], ['Lukáč', 'Lukáčová'], ['Hudák', 'Hudáková']],
    cities: [['Bratislava', '811 01', 'Bratislavský kraj', 'Bratislava I'], ['Košice', '040 01', 'Košický kraj', 'Košice I'], ['Žilina', '010 01', 'Žilinský kraj', 'Žilina'], ['Nitra', '949 01', 'Nitriansky kraj', 'Nitra'], ['Banská Bystrica', '974 01', 'Banskobystrický kraj', 'Banská Bystrica'], ['Prešov', '080 01', 'Prešovský kraj', 'Prešov']],
    street: (r) => `${v.pick(r, ['Obchodná', 'Hlavná', 'Štúrova', 'Mlynská', 'Námestie SNP', 'Poštová'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `+421 ${v.pick(r, ['902', '905', '908', '911', '915', '948'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    phone: (r) => `+421 2 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk'],
    companies: [['Tatra Stavby s.r.o.', 'tatrastavby.sk', '36721263'], ['Dunaj IT, s.r.o.', 'dunajit.sk', '47251620'], ['Považská Logistika a.s.', 'povazskalogistika.sk', '31634192'], ['Orava Potraviny s.r.o.', 'oravapotraviny.sk', '50412817'], ['Zemplín Agro, s.r.o.', 'zemplinagro.sk', '44128302']],
    country: 'Slovensko',
  },
  ro: {
    first: [['Andrei', 'Maria'], ['Alexandru', 'Elena'], ['Mihai', 'Ioana'], ['Ionuț', 'Andreea'], ['Cristian', 'Alexandra'], ['Bogdan', 'Cristina']],
    last: [['Popescu', 'Popescu'], ['Ionescu', 'Ionescu'], ['Popa', 'Popa'], ['Dumitru', 'Dumitru'], ['Stoica', 'Stoica'], ['Gheorghe', 'Gheorghe'], ['Matei', 'Matei'], ['Radu', 'Radu']],
    cities: [['București', '030167', 'București'], ['Cluj-Napoca', '400001', 'Cluj'], ['Timișoara', '300001', 'Timiș'], ['Iași', '700001', 'Iași'], ['Brașov', '500001', 'Brașov'], ['Constanța', '900001', 'Constanța']],
    street: (r) => `${v.pick(r, ['Str. Mihai Eminescu', 'Bd. Unirii', 'Calea Victoriei', 'Str. Republicii', 'Bd. Revoluției', 'Str. Avram Iancu'])} nr. ${v.int(r, 1, 140)}`,
    mobile: (r) => `07${v.pick(r, ['22', '23', '24', '40', '44', '45', '60', '66'])}${v.int(r, 100000, 999999)}`,
    phone: (r) => `021${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro'],
    companies: [['Carpați Construct SRL', 'carpaticonstruct.ro', 'RO18273645'], ['Dacia Soft SRL', 'daciasoft.ro', 'RO30918271']],
    country: 'România',
  },
  hu: {
    first: [['László', 'Katalin'], ['István', 'Eszter'], ['Gábor', 'Zsófia'], ['Péter', 'Anna'], ['Bence', 'Réka'], ['Attila', 'Krisztina']],
    last: [['Nagy', 'Nagy'], ['Kovács', 'Kovács'], ['Tóth', 'Tóth'], ['Szabó', 'Szabó'], ['Horváth', 'Horváth'], ['Varga', 'Varga'], ['Kiss', 'Kiss'], ['Molnár', 'Molnár']],
    cities: [['Budapest', '1132', 'Budapest'], ['Budapest', '1054', 'Budapest'], ['Debrecen', '4025', 'Hajdú-Bihar'], ['Szeged', '6720', 'Csongrád-Csanád'], ['Pécs', '7621', 'Baranya'], ['Győr', '9021', 'Győr-Moson-Sopron']],
    street: (r) => `${v.pick(r, ['Váci út', 'Andrássy út', 'Rákóczi út', 'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Fő utca'])} ${v.int(r, 1, 140)}.`,
    mobile: (r) => `+36${v.pick(r, ['20', '30', '70'])}${v.int(r, 1000000, 9999999)}`,
    phone: (r) => `+361${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu'],
    companies: [['Duna Informatika Kft.', 'dunainfo.hu', '12345678-2-41']],
    country: 'Magyarország',
  },
  el: {
    first: [['Γιώργος', 'Μαρία'], ['Νίκος', 'Ελένη'], ['Κώστας', 'Κατερίνα'], ['Δημήτρης', 'Σοφία'], ['Γιάννης', 'Αγγελική'], ['Παναγιώτης', 'Δέσποινα']],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Νικολάου', 'Νικολάου'], ['Γεωργίου', 'Γεωργίου'], ['Οικονόμου', 'Οικονόμου'], ['Βασιλείου', 'Βασιλείου'], ['Παπαδάκης', 'Παπαδάκη'], ['Κωνσταντίνου', 'Κωνσταντίνου'], ['Αλεξίου', 'Αλεξίου']],
    cities: [['Αθήνα', '105 57', 'Αττικής'], ['Θεσσαλονίκη', '546 24', 'Θεσσαλονίκης'], ['Πάτρα', '262 21', 'Αχαΐας'], ['Ηράκλειο', '712 02', 'Ηρακλείου'], ['Λάρισα', '412 22', 'Λαρίσης'], ['Βόλος', '382 21', 'Μαγνησίας']],
    street: (r) => `${v.pick(r, ['Ερμού', 'Σταδίου', 'Πανεπιστημίου', 'Τσιμισκή', 'Αγίου Νικολάου', 'Κοραή'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `69${v.pick(r, ['4', '7', '8', '9'])}${v.int(r, 1000000, 9999999)}`,
    phone: (r) => `2${v.pick(r, ['10', '31', '61', '81'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'],
    companies: [['ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ Α.Ε.', 'aigaiotechniki.gr', '094512377'], ['ΟΛΥΜΠΟΣ ΤΡΟΦΙΜΑ Ε.Π.Ε.', 'olymbostrofima.gr', '800412983'], ['ΚΡΗΤΙΚΑ ΕΛΑΙΑ Ι.Κ.Ε.', 'kritikaelaia.gr', '801223456'], ['ΔΕΛΦΟΙ ΣΥΜΒΟΥΛΟΙ Ο.Ε.', 'delfoiconsulting.gr', '998877665'], ['ΙΟΝΙΟ ΛΟΓΙΣΤΙΚΗ Μ.Ι.Κ.Ε.', 'ioniologistiki.gr', '801665432']],
    country: 'Ελλάδα',
  },
  tr: {
    first: [['Mehmet', 'Ayşe'], ['Mustafa', 'Fatma'], ['Ahmet', 'Zeynep'], ['Emre', 'Elif'], ['Burak', 'Merve'], ['Can', 'Büşra']],
    last: [['Yılmaz', 'Yılmaz'], ['Kaya', 'Kaya'], ['Demir', 'Demir'], ['Şahin', 'Şahin'], ['Çelik', 'Çelik'], ['Yıldız', 'Yıldız'], ['Aydın', 'Aydın'], ['Öztürk', 'Öztürk']],
    cities: [['Kadıköy', '34710', 'İstanbul'], ['Çankaya', '06690', 'Ankara'], ['Karşıyaka', '35540', 'İzmir'], ['Nilüfer', '16110', 'Bursa'], ['Muratpaşa', '07100', 'Antalya'], ['Tepebaşı', '26010', 'Eskişehir']],
    street: (r) => `${v.pick(r, ['Bağdat Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah. 1203 Sok.', 'İstiklal Cad.', 'Fevzi Çakmak Mah. Gazi Cad.'])} No: ${v.int(r, 1, 140)}${r() < 0.5 ? ` D: ${v.int(r, 1, 20)}` : ''}`,
    mobile: (r) => `05${v.pick(r, ['32', '33', '35', '42', '44', '55', '05', '06'])}${v.int(r, 1000000, 9999999)}`,
    phone: (r) => `0${v.pick(r, ['212', '216', '312', '232', '224'])} ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mail: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'],
    companies: [['Anadolu Gıda Ltd. Şti.', 'anadolugida.com.tr', '0680412937', 'Kozyatağı'], ['Ege Tekstil San. ve Tic. A.Ş.', 'egetekstil.com.tr', '3250918273', 'Karşıyaka'], ['Boğaziçi Yazılım A.Ş.', 'bogazicisoft.com', '1780234561', 'Beşiktaş'], ['Kapadokya Turizm Ltd. Şti.', 'kapadokyaturizm.com', '5120098812', 'Nevşehir'], ['Marmara Oto Yedek Parça Ltd. Şti.', 'marmaraoto.com.tr', '6110047329', 'Nilüfer']],
    country: 'Türkiye',
  },
  bg: {
    first: [['Георги', 'Мария'], ['Иван', 'Елена'], ['Стефан', 'Десислава'], ['Николай', 'Йорданка'], ['Петър', 'Ива'], ['Христо', 'Галина']],
    last: [['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Петров', 'Петрова'], ['Николов', 'Николова'], ['Стоянов', 'Стоянова']],
    cities: [['София', '1000', 'София-град'], ['Пловдив', '4000', 'Пловдив'], ['Варна', '9000', 'Варна'], ['Бургас', '8000', 'Бургас'], ['Русе', '7000', 'Русе']],
    street: (r) => `${v.pick(r, ['ул. Граф Игнатиев', 'бул. Витоша', 'ул. Шипка', 'бул. Княгиня Мария Луиза', 'ул. Раковски'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `08${v.pick(r, ['7', '8', '9'])}${v.int(r, 1000000, 9999999)}`,
    phone: (r) => `02 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['abv.bg', 'gmail.com', 'mail.bg'],
    companies: [['Балкан Трейд ЕООД', 'balkantrade.bg', '204512873'], ['Родопа Инвест ООД', 'rodopainvest.bg', '131402957']],
    country: 'България',
  },
  hr: {
    first: [['Ivan', 'Ana'], ['Marko', 'Ivana'], ['Luka', 'Petra'], ['Josip', 'Marija'], ['Tomislav', 'Maja'], ['Ante', 'Martina']],
    last: [['Horvat', 'Horvat'], ['Kovačević', 'Kovačević'], ['Babić', 'Babić'], ['Marić', 'Marić'], ['Jurić', 'Jurić'], ['Novak', 'Novak'], ['Knežević', 'Knežević'], ['Vuković', 'Vuković']],
    cities: [['Zagreb', '10000', 'Grad Zagreb'], ['Split', '21000', 'Splitsko-dalmatinska'], ['Rijeka', '51000', 'Primorsko-goranska'], ['Osijek', '31000', 'Osječko-baranjska'], ['Zadar', '23000', 'Zadarska']],
    street: (r) => `${v.pick(r, ['Ilica', 'Vukovarska ulica', 'Savska cesta', 'Ulica kralja Zvonimira', 'Korzo', 'Obala hrvatskog narodnog preporoda'])} ${v.int(r, 1, 200)}`,
    mobile: (r) => `+385 9${v.pick(r, ['1', '2', '5', '8', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    phone: (r) => `+385 1 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'net.hr', 't-com.hr', 'yahoo.com'],
    companies: [['Jadran Tours d.o.o.', 'jadrantours.hr', '12345678901']],
    country: 'Hrvatska',
  },
}
const memo = new Map()
const who = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const d = LANG[lang]
  const r = v.rng(+c.id * 91 + c.first.length * 7 + lang.charCodeAt(0))
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)[female ? 1 : 0]
  const [city, zip, region, district] = v.pick(r, d.cities)
  const co = v.pick(r, d.companies)
  const p = {
    female, first, last, full: `${first} ${last}`, city, zip, region, district, street: d.street(r),
    email: `${slug(first)}.${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`,
    mobile: d.mobile(r), phone: d.phone(r), company: co[0], domain: co[1], companyId: co[2], companyExtra: co[3], country: d.country,
  }
  p.workEmail = `${slug(first)}.${slug(last)}@${co[1]}`
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- per-set tables
const CS_TITLES = ['', '', 'Ing.', 'Mgr.', 'Bc.', 'MUDr.', 'Ing.']
const CS_JOBS = ['jednatel', 'obchodní ředitel', 'vedoucí nákupu', 'účetní', 'projektový manažer', 'marketingová specialistka']
const SK_INVOICE_ITEMS = ['Tvorba webstránky', 'Mesačný servis IT', 'Grafický návrh loga', 'Konzultácia – 2 h', 'Preklad dokumentov']
const RO_GROUPS = ['Clienți fideli', 'Implicit', 'Implicit', 'Revânzători', 'VIP']
const HU_PARTNERS = ['Szentkirályi Bevásárlóközpont', 'Pepco Westend', 'Shell Budaörs', 'Dr.Max Gyógyszertár', 'MOL Bubi', 'Sinsay Árkád']
const GR_JOBS = ['Διευθύνων Σύμβουλος', 'Υπεύθυνος Προμηθειών', 'Λογίστρια', 'Διευθυντής Πωλήσεων', 'Υπεύθυνη Marketing', 'Τεχνικός Υπεύθυνος']
const GR_DEPTS = ['Διοίκηση', 'Προμήθειες', 'Λογιστήριο', 'Πωλήσεις', 'Marketing', 'Τεχνικό Τμήμα']
const GR_DOY = ['Α΄ ΑΘΗΝΩΝ', 'ΦΑΕ ΑΘΗΝΩΝ', 'Δ΄ ΘΕΣΣΑΛΟΝΙΚΗΣ', 'ΠΑΤΡΩΝ', 'ΗΡΑΚΛΕΙΟΥ', 'ΛΑΡΙΣΑΣ']
const TR_DAIRE = ['Kozyatağı', 'Kadıköy', 'Çankaya', 'Karşıyaka', 'Nilüfer', 'Muratpaşa']
// [code, name, barcode, unit, price (лв.), group]
const BG_ITEMS = [
  ['1001', 'Кафе еспресо', '3800123450017', 'бр.', 2.2, 'Топли напитки'],
  ['1004', 'Капучино', '3800123450048', 'бр.', 3.5, 'Топли напитки'],
  ['2010', 'Минерална вода Девин 0,5 л', '3800014100218', 'бр.', 1.6, 'Безалкохолни'],
  ['2022', 'Кока-Кола 0,33 л', '5449000000996', 'бр.', 2.4, 'Безалкохолни'],
  ['3105', 'Баница със сирене', '2000000031052', 'бр.', 2.9, 'Закуски'],
  ['4200', 'Кашкавал Витоша', '3800200400125', 'кг', 18.9, 'Млечни'],
  ['5001', 'Бира Загорка 0,5 л', '3800022700115', 'бр.', 2.8, 'Алкохолни'],
]
// [item, price EUR]
const HR_CARTS = [['Apartman Zadar – 3 noćenja', 264], ['Ulaznica Dioklecijanova palača x2', 36], ['Izlet brodom Brijuni', 78], ['Kajak tura Dubrovnik', 45], ['Vinska kušaonica Pelješac', 55], ['Transfer zračna luka Split', 40]]
// [sku, name, price HUF]
const HU_SKUS = [['VIT-D3-60', 'D3-vitamin 2000 NE 60 db', 3490], ['KOLL-300', 'Kollagén por 300 g', 8990], ['MAG-B6-90', 'Magnézium + B6 90 tabletta', 2790], ['OMG3-120', 'Omega-3 halolaj 120 kapszula', 5490], ['PROT-VAN-1K', 'Fehérjepor vanília 1 kg', 11990]]

export const SETS = [
  // ---------------------------------------------------------------- CRM (Caflou, contacts export, Czech)
  { name: 'caflou-kontakty-cs', product: 'Caflou (Petr Macek & Co.; Kontakty > Export do XLSX/CSV, one row per contact person of a Firma, Czech UI, a Prague accounting office)', family: 'crm', language: 'cs', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 120000, 989999)), B2BID],
    ['Titul', (c, o, r) => v.pick(r, CS_TITLES), ['person.name.courtesyTitle'], opt],
    ['Jméno', (c) => who(c, 'cs').first, ['person.name.firstName']],
    ['Příjmení', (c) => who(c, 'cs').last, ['person.name.lastName']],
    ['Firma', (c) => who(c, 'cs').company, ['b2b.companyName', 'organizations[0]']],
    ['IČ firmy', (c) => who(c, 'cs').companyId, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Pozice', (c, o, r) => v.pick(r, CS_JOBS), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => who(c, 'cs').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => who(c, 'cs').phone, ['workPhone.number']],
    ['Mobil', (c) => who(c, 'cs').mobile, ['mobilePhone.number']],
    ['Ulice', (c) => who(c, 'cs').street, at(['workAddress', 'mailingAddress'], 'street1')],
    ['Město', (c) => who(c, 'cs').city, at(['workAddress', 'mailingAddress'], 'city')],
    ['PSČ', (c) => who(c, 'cs').zip, at(['workAddress', 'mailingAddress'], 'postalCode')],
    ['Země', () => 'Česká republika', at(['workAddress', 'mailingAddress'], 'country')],
    ['Web', (c) => `https://www.${who(c, 'cs').domain}`, ['b2b.companyWebsite']],
    ['Narozeniny', (c) => dmyDot(c.birth, 0), ['person.birthDate']],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'klient', 'klient, mzdy', 'potenciální', 'partner']), []],
    ['Vlastník', (c, o, r) => v.pick(r, ['Petra Malá', 'Jiří Beneš', 'Petra Malá']), []],
    ['Aktivní', (c, o, r) => (r() < 0.9 ? 'Ano' : 'Ne'), [], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Podklady posílá vždy do 10. dne v měsíci', 'Preferuje komunikaci e-mailem']), []],
    ['Vytvořeno', (c) => dmyDotHM(c.created, cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Upraveno', (c, o, r) => dmyDotHM(c.created + v.int(r, 1, 500) * day, 1), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- support desk (SupportBox, ticket export, Czech)
  { name: 'supportbox-tickety-cs', product: 'SupportBox (supportbox.cz; Tickety > Export do CSV, Czech UI, a Czech e-shop with the Shoptet integration)', family: 'support', language: 'cs', schema: E, cols: [
    ['Číslo ticketu', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id']],
    ['Předmět', (c, o, r) => v.pick(r, ['Dotaz k objednávce', 'Reklamace – poškozené zboží', 'Kdy mi přijde zásilka?', 'Vrácení zboží do 14 dnů', 'Změna doručovací adresy']), []],
    ['Stav', (c, o, r) => v.pick(r, ['Nový', 'Čekající', 'Vyřešen', 'Vyřešen', 'Vyřešen']), [], opt],
    ['Složka', (c, o, r) => v.pick(r, ['Nové', 'Moje', 'Přidělené', 'Vyřešené']), []],
    ['Kanál', (c, o, r) => v.pick(r, ['E-mail', 'E-mail', 'Chat', 'Telefon', 'Facebook']), [], opt],
    ['Řešitel', (c, o, r) => v.pick(r, ['', 'Klára Veselá', 'Ondřej Fiala', 'Klára Veselá']), []],
    ['Zákazník', (c) => who(c, 'cs').full, []],
    ['E-mail zákazníka', (c) => who(c, 'cs').email, EMAILID, opt],
    ['Telefon zákazníka', (c, o, r) => (r() < 0.6 ? who(c, 'cs').mobile : ''), PHONEID, opt],
    ['Číslo objednávky', (c, o, r) => (r() < 0.7 ? `2024${pad(v.int(r, 1, 9999), 6)}` : ''), [OR('purchaseID')], opt],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'reklamace', 'doprava', 'VIP', 'vrácení']), []],
    ['Priorita', (c, o, r) => v.pick(r, ['Normální', 'Normální', 'Vysoká', 'Nízká']), []],
    ['Počet zpráv', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Vytvořeno', (c, o) => dmyDotHM(o.at, cet(o.at)), ['timestamp']],
    ['První odpověď', (c, o, r) => dmyDotHM(o.at + v.int(r, 10, 600) * 60000, cet(o.at)), [], opt],
    ['Poslední aktivita', (c, o, r) => dmyDotHM(o.at + v.int(r, 1, 96) * 3600000, cet(o.at)), [], opt],
    ['Vyřešeno', (c, o, r) => (r() < 0.6 ? dmyDotHM(o.at + v.int(r, 2, 120) * 3600000, cet(o.at)) : ''), [], opt],
    ['Hodnocení', (c, o, r) => v.pick(r, ['', '', 'Spokojen', 'Nespokojen']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Billdu, invoice list export, Slovak)
  { name: 'billdu-faktury-sk', product: 'Billdu (Billdu s.r.o., Bratislava; Doklady > Faktúry > Export do Excelu, Slovak UI, a Slovak IT freelancer invoicing companies)', family: 'invoicing', language: 'sk', schema: E, cols: [
    ['Číslo faktúry', (c, o, r, i) => `2024${pad(i + 11, 4)}`, [OR('purchaseID'), '_id']],
    ['Variabilný symbol', (c, o, r, i) => `2024${pad(i + 11, 4)}`, [OR('payments[0].transactionID')], opt],
    ['Objednávka č.', (c, o, r) => (r() < 0.4 ? `OBJ-${v.int(r, 100, 999)}/2024` : ''), [OR('purchaseOrderNumber')], opt],
    ['Dátum vystavenia', (c, o) => dmyDotPad(o.at, cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Dátum dodania', (c, o) => dmyDotPad(o.at, cet(o.at)), [], opt],
    ['Dátum splatnosti', (c, o) => dmyDotPad(o.at + 14 * day, cet(o.at)), []],
    ['Odberateľ', (c) => who(c, 'sk').company, []],
    ['IČO', (c) => who(c, 'sk').companyId, []],
    ['DIČ', (c, o, r) => `20${v.int(r, 10000000, 99999999)}`, []],
    ['IČ DPH', (c, o, r) => (r() < 0.7 ? `SK20${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Ulica', (c) => who(c, 'sk').street, [BILL('street1')]],
    ['Mesto', (c) => who(c, 'sk').city, [BILL('city')]],
    ['PSČ', (c) => who(c, 'sk').zip, [BILL('postalCode')]],
    ['Krajina', () => 'Slovensko', [BILL('country')]],
    ['E-mail', (c) => who(c, 'sk').workEmail, EMAILID, opt],
    ['Položka', (c, o, r) => v.pick(r, SK_INVOICE_ITEMS), [PL('name')], opt],
    ['Suma bez DPH', (c, o) => spaced(o.subtotal * 10), []],
    ['DPH', (c, o) => spaced(o.subtotal * 2), [OR('taxAmount')]],
    ['Suma s DPH', (c, o) => spaced(o.subtotal * 12), [OR('priceTotal')]],
    ['Mena', () => 'EUR', [OR('currencyCode')]],
    ['Stav', (c, o, r) => v.pick(r, ['Uhradená', 'Uhradená', 'Neuhradená', 'Po splatnosti']), [], opt],
    ['Dátum úhrady', (c, o, r) => (r() < 0.6 ? dmyDotPad(o.at + v.int(r, 1, 20) * day, 1) : ''), [], opt],
    ['Spôsob úhrady', (c, o, r) => v.pick(r, ['Bankový prevod', 'Bankový prevod', 'Hotovosť', 'Platobná karta']), [OR('payments[0].paymentType')]],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Ďakujeme za spoluprácu.', 'Nie som platiteľ DPH.']), []],
  ] },

  // ---------------------------------------------------------------- B2B lead list (FinStat, company list export, Slovak)
  { name: 'finstat-zoznam-firiem-sk', product: 'FinStat (FinStat s.r.o., Bratislava; Vyhľadávanie firiem / Moje firmy > Export do Excelu, Slovak UI, a sales team building a prospect list of Slovak companies)', family: 'b2b-leads', language: 'sk', schema: B, cols: [
    ['IČO', (c) => who(c, 'sk').companyId, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Názov', (c) => who(c, 'sk').company, ['b2b.companyName', 'organizations[0]']],
    ['Právna forma', (c, o, r) => v.pick(r, ['Spoločnosť s ručením obmedzeným', 'Spoločnosť s ručením obmedzeným', 'Akciová spoločnosť']), []],
    ['DIČ', (c, o, r) => `20${v.int(r, 10000000, 99999999)}`, []],
    ['IČ DPH', (c, o, r) => `SK20${v.int(r, 10000000, 99999999)}`, []],
    ['Ulica', (c) => who(c, 'sk').street, at(['workAddress'], 'street1')],
    ['Obec', (c) => who(c, 'sk').city, at(['workAddress'], 'city')],
    ['PSČ', (c) => who(c, 'sk').zip, at(['workAddress'], 'postalCode')],
    ['Okres', (c) => who(c, 'sk').district, [], opt],
    ['Kraj', (c) => who(c, 'sk').region, REGION(['workAddress'])],
    ['Dátum vzniku', (c) => dmyDotPad(c.created - 3000 * day, 0), []],
    ['SK NACE', (c, o, r) => v.pick(r, ['62010', '46900', '41200', '49410', '10710']), []],
    ['Odvetvie', (c, o, r) => v.pick(r, ['Počítačové programovanie', 'Nešpecializovaný veľkoobchod', 'Výstavba obytných a neobytných budov', 'Nákladná cestná doprava', 'Výroba chleba a pekárskych výrobkov']), []],
    ['Počet zamestnancov', (c, o, r) => v.pick(r, ['0', '1', '2-4', '5-9', '10-19', '20-24', '50-99']), []],
    ['Tržby 2023', (c, o, r) => String(v.int(r, 80000, 9000000)), []],
    ['Zisk 2023', (c, o, r) => String(v.int(r, -50000, 600000)), []],
    ['Štatutár', (c) => who(c, 'sk').full, ['person.name.fullName']],
    ['Funkcia', (c, o, r) => v.pick(r, ['konateľ', 'konateľ', 'predseda predstavenstva', 'člen predstavenstva']), ['extendedWorkDetails.jobTitle'], opt],
    ['Telefón', (c) => who(c, 'sk').phone, ['workPhone.number']],
    ['E-mail', (c, o, r) => `${v.pick(r, ['info', 'office', 'obchod'])}@${who(c, 'sk').domain}`, ['workEmail.address']],
    ['Web', (c) => `www.${who(c, 'sk').domain}`, ['b2b.companyWebsite']],
    ['Kritická udalosť', (c, o, r) => (r() < 0.1 ? 'Áno' : 'Nie'), []],
    ['Platobný rozkaz', (c, o, r) => (r() < 0.05 ? 'Áno' : 'Nie'), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (ContentSpeed, clients export, Romanian)
  { name: 'contentspeed-clienti-ro', product: 'ContentSpeed (Content Speed SRL, Bucharest; Admin > Clienți > Export clienți, Romanian UI, a Romanian home-decor shop)', family: 'ecommerce-customers', language: 'ro', schema: P, cols: [
    ['ID client', (c) => c.id, ['_id', 'personID']],
    ['Tip client', (c, o, r) => (r() < 0.85 ? 'Persoană fizică' : 'Persoană juridică'), [], opt],
    ['Prenume', (c) => who(c, 'ro').first, ['person.name.firstName']],
    ['Nume', (c) => who(c, 'ro').last, ['person.name.lastName']],
    ['Email', (c) => who(c, 'ro').email, ['personalEmail.address']],
    ['Telefon', (c) => who(c, 'ro').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Sex', (c) => (who(c, 'ro').female ? 'F' : 'M'), ['person.gender']],
    ['Data nașterii', (c, o, r) => (r() < 0.5 ? dmySlash(c.birth, 0) : ''), ['person.birthDate']],
    ['Companie', (c, o, r) => (r() < 0.15 ? who(c, 'ro').company : ''), ['organizations[0]']],
    ['CUI', (c, o, r) => (r() < 0.15 ? who(c, 'ro').companyId : ''), []],
    ['Adresă', (c) => who(c, 'ro').street, at([...HOME, 'billingAddress', 'shippingAddress'], 'street1')],
    ['Oraș', (c) => who(c, 'ro').city, at([...HOME, 'billingAddress', 'shippingAddress'], 'city')],
    ['Județ', (c) => who(c, 'ro').region, REGION([...HOME, 'billingAddress', 'shippingAddress'])],
    ['Cod poștal', (c) => who(c, 'ro').zip, at([...HOME, 'billingAddress', 'shippingAddress'], 'postalCode')],
    ['Țară', () => 'România', at([...HOME, 'billingAddress', 'shippingAddress'], 'country')],
    ['Abonat newsletter', (c) => (c.bool ? 'Da' : 'Nu'), [], opt],
    ['Grup clienți', (c, o, r) => v.pick(r, RO_GROUPS), []],
    ['Data înregistrării', (c) => dmySlashHM(c.created, eet(c.created)), [], opt],
    ['Ultima autentificare', (c) => dmySlashHM(c.updated, eet(c.updated)), [], opt],
    ['Număr comenzi', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Valoare totală comenzi', (c, o, r) => dotted(v.int(r, 0, 900000) / 100), [], opt],
    ['Sursă', (c, o, r) => v.pick(r, ['Website', 'Website', 'Facebook Login', 'Google Login', 'Import']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Webshippy, order import/export sheet, Hungarian service, English template)
  { name: 'webshippy-orders-xlsx-hu', product: 'Webshippy (Webshippy Kft., Budapest fulfilment; the XLSX order sheet of its own template, English snake_case columns, a Hungarian supplement web shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['order_id', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID'), '_id']],
    ['order_name', (c, o, r) => `#WS${v.int(r, 10000, 99999)}`, [OR('purchaseID')], opt],
    ['created_at', (c, o) => dmyDotPad(o.at, cet(o.at)), ['timestamp', OR('createdDate')]],
    ['payment_status', (c, o) => (+o.id % 4 ? 'paid' : 'pending'), [], opt],
    ['paid_at', (c, o) => (+o.id % 4 ? dmyDotPad(o.at, cet(o.at)) : ''), [], opt],
    ['payment_gateway', (c, o, r) => v.pick(r, ['C.O.D.', 'Credit card', 'Transfer', 'C.O.D.']), [OR('payments[0].paymentType')]],
    ['cod_amount', (c, o, r, i) => (r() < 0.5 ? String(row(HU_SKUS, i)[2] * o.qty + 1490) : ''), [OR('payments[0].paymentAmount')], opt],
    ['cod_currency', () => 'HUF', [OR('payments[0].currencyCode'), OR('currencyCode')], opt],
    ['shipping_address_name', (c) => `${who(c, 'hu').last} ${who(c, 'hu').first}`, []],
    ['shipping_address_company', (c, o, r) => (r() < 0.1 ? who(c, 'hu').company : ''), []],
    ['shipping_address_address1', (c) => who(c, 'hu').street, [SHIP('street1')]],
    ['shipping_address_address2', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 8)}. em. ${v.int(r, 1, 12)}.` : ''), [SHIP('street2')]],
    ['shipping_address_city', (c) => who(c, 'hu').city, [SHIP('city')]],
    ['shipping_address_country', () => 'Hungary', [SHIP('country')]],
    ['shipping_address_zip', (c) => who(c, 'hu').zip, [SHIP('postalCode')]],
    ['shipping_address_phone', (c) => who(c, 'hu').mobile.replace('+', ''), PHONEID, opt],
    ['shipping_address_email', (c) => who(c, 'hu').email, EMAILID, opt],
    ['shipping_note', (c, o, r) => v.pick(r, ['', '', 'Kapukód: 12#', 'Hétköznap 16 óra után']), []],
    ['billing_name', (c) => `${who(c, 'hu').last} ${who(c, 'hu').first}`, []],
    ['billing_address1', (c) => who(c, 'hu').street, [BILL('street1')]],
    ['billing_city', (c) => who(c, 'hu').city, [BILL('city')]],
    ['billing_zip', (c) => who(c, 'hu').zip, [BILL('postalCode')]],
    ['billing_country', () => 'Hungary', [BILL('country')]],
    ['billing_tax_number', (c, o, r) => (r() < 0.1 ? `${v.int(r, 10000000, 29999999)}-2-${v.int(r, 10, 44)}` : ''), []],
    ['line_item_sku', (c, o, r, i) => row(HU_SKUS, i)[0], [PL('SKU')]],
    ['line_item_name', (c, o, r, i) => row(HU_SKUS, i)[1], [PL('name')]],
    ['line_item_quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['line_item_price', (c, o, r, i) => String(row(HU_SKUS, i)[2]), [], opt],
    ['shipping_price', (c, o, r) => v.pick(r, ['1490', '1490', '0', '990']), ['commerce.shipping.shippingAmount']],
    ['shipping_method', (c, o, r) => v.pick(r, ['GLS', 'Foxpost', 'Packeta', 'MPL']), ['commerce.shipping.shippingMethod']],
  ] },

  // ---------------------------------------------------------------- loyalty (SuperShop, member list, Hungarian)
  { name: 'supershop-tagok-hu', product: 'SuperShop (SuperShop Magyarország Kft.; partner portal: Tagok / kártyabirtokosok > Exportálás Excelbe, Hungarian UI, a partner chain\'s members of the coalition card)', family: 'loyalty', language: 'hu', schema: P, cols: [
    ['Kártyaszám', (c, o, r) => `9348${v.int(r, 1000, 9999)}${v.int(r, 10000000, 99999999)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number', '_id', 'personID']],
    ['Kártyatípus', (c, o, r) => v.pick(r, ['SuperShop kártya', 'SuperShop kártya', 'Digitális kártya', 'SuperShop Mastercard']), ['loyalty.cardsDetails[0].series', 'loyalty.tier'], opt],
    ['Vezetéknév', (c) => who(c, 'hu').last, ['person.name.lastName']],
    ['Keresztnév', (c) => who(c, 'hu').first, ['person.name.firstName']],
    ['Nem', (c) => (who(c, 'hu').female ? 'Nő' : 'Férfi'), ['person.gender']],
    ['Születési dátum', (c) => ymdDot(c.birth, 0), ['person.birthDate']],
    ['E-mail cím', (c) => who(c, 'hu').email, ['personalEmail.address']],
    ['Mobiltelefonszám', (c) => who(c, 'hu').mobile, ['mobilePhone.number']],
    ['Irányítószám', (c) => who(c, 'hu').zip, at(HOME, 'postalCode')],
    ['Település', (c) => who(c, 'hu').city, at(HOME, 'city')],
    ['Utca, házszám', (c) => who(c, 'hu').street, at(HOME, 'street1')],
    ['Regisztráció dátuma', (c) => ymdDot(c.created, 1), ['loyalty.joinDate']],
    ['Státusz', (c, o, r) => v.pick(r, ['Aktív', 'Aktív', 'Aktív', 'Inaktív', 'Letiltott']), ['loyalty.status']],
    ['Pontegyenleg', (c, o, r) => String(v.int(r, 0, 48000)), ['loyalty.points']],
    ['Összes gyűjtött pont', (c, o, r) => String(v.int(r, 48000, 220000)), ['loyalty.lifetimePoints']],
    ['Beváltott pontok', (c, o, r) => String(v.int(r, 0, 150000)), ['loyalty.pointsRedeemed']],
    ['Lejáró pontok', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.pointsExpiration[0].pointsExpiring']],
    ['Pontlejárat dátuma', (c, o, r) => `${2025 + v.int(r, 0, 1)}.12.31.`, ['loyalty.pointsExpiration[0].pointsExpirationDate']],
    ['Utolsó vásárlás', (c) => ymdDot(c.updated, 1), [], opt],
    ['Utolsó vásárlás helye', (c, o, r) => v.pick(r, HU_PARTNERS), []],
    ['Hírlevél hozzájárulás', (c) => (c.bool ? 'Igen' : 'Nem'), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Prosvasis Go, contacts export, Greek)
  { name: 'prosvasis-go-epafes-el', product: 'Prosvasis Go CRM (Prosvasis, Thessaloniki; Επαφές > Εξαγωγή σε Excel, Greek UI, a Greek food wholesaler\'s trade contacts)', family: 'crm', language: 'el', schema: B, cols: [
    ['Κωδικός', (c, o, r) => `ΕΠ${v.int(r, 10000, 99999)}`, B2BID],
    ['Επώνυμο', (c) => who(c, 'el').last, ['person.name.lastName']],
    ['Όνομα', (c) => who(c, 'el').first, ['person.name.firstName']],
    ['Επωνυμία', (c) => who(c, 'el').company, ['b2b.companyName', 'organizations[0]']],
    ['Θέση', (c, o, r, i) => row(GR_JOBS, i), ['extendedWorkDetails.jobTitle']],
    ['Τμήμα', (c, o, r, i) => row(GR_DEPTS, i), ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => who(c, 'el').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Τηλέφωνο', (c) => who(c, 'el').phone, ['workPhone.number']],
    ['Κινητό', (c) => who(c, 'el').mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? who(c, 'el').phone.replace(/\d{3}$/, String(v.int(r, 100, 999))) : ''), ['faxPhone.number']],
    ['Διεύθυνση', (c) => who(c, 'el').street, at(['workAddress', 'mailingAddress'], 'street1')],
    ['Πόλη', (c) => who(c, 'el').city, at(['workAddress', 'mailingAddress'], 'city')],
    ['Τ.Κ.', (c) => who(c, 'el').zip, at(['workAddress', 'mailingAddress'], 'postalCode')],
    ['Νομός', (c) => who(c, 'el').region, REGION(['workAddress', 'mailingAddress'])],
    ['Χώρα', () => 'Ελλάδα', at(['workAddress', 'mailingAddress'], 'country')],
    ['Α.Φ.Μ.', (c) => who(c, 'el').companyId, []],
    ['Δ.Ο.Υ.', (c, o, r) => v.pick(r, GR_DOY), []],
    ['Website', (c) => `www.${who(c, 'el').domain}`, ['b2b.companyWebsite']],
    ['Πηγή', (c, o, r) => v.pick(r, ['Έκθεση Food Expo', 'Σύσταση', 'Ιστοσελίδα', 'Τηλεφωνική επαφή']), ['b2b.personSource'], opt],
    ['Κατάσταση', (c, o, r) => v.pick(r, ['Ενεργός', 'Ενεργός', 'Ανενεργός', 'Υποψήφιος']), ['b2b.personStatus'], opt],
    ['Υπεύθυνος πωλητής', (c, o, r) => v.pick(r, ['Σταύρος Μαυρίδης', 'Ευαγγελία Τσακίρη']), []],
    ['Ημ/νία δημιουργίας', (c) => dmySlash(c.created, eet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Σχόλια', (c, o, r) => v.pick(r, ['', '', 'Παραγγελίες κάθε Δευτέρα', 'Ζητά τιμοκατάλογο 2025']), []],
  ] },

  // ---------------------------------------------------------------- SMS / e-mail list (Netgsm, phone book export, Turkish)
  { name: 'netgsm-rehber-tr', product: 'Netgsm (Netgsm İletişim; Toplu SMS > Rehber > Excel\'e aktar, Turkish UI, a Turkish cosmetics shop\'s SMS and e-mail campaign list)', family: 'email', language: 'tr', schema: P, cols: [
    ['Numara', (c) => who(c, 'tr').mobile, ['mobilePhone.number']],
    ['Ad', (c) => who(c, 'tr').first, ['person.name.firstName']],
    ['Soyad', (c) => who(c, 'tr').last, ['person.name.lastName']],
    ['Grup', (c, o, r) => v.pick(r, ['Müşteriler', 'Müşteriler', 'Kampanya Ekim', 'VIP Müşteri', 'Bayiler']), []],
    ['E-posta', (c) => who(c, 'tr').email, ['personalEmail.address']],
    ['Doğum Tarihi', (c) => dmyDotPad(c.birth, 0), ['person.birthDate']],
    ['Cinsiyet', (c) => (who(c, 'tr').female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['İl', (c) => who(c, 'tr').region, [...REGION(HOME), ...at(HOME, 'city')]],
    ['İlçe', (c) => who(c, 'tr').city, at(HOME, 'city'), opt],
    ['Adres', (c, o, r) => (r() < 0.5 ? who(c, 'tr').street : ''), at(HOME, 'street1')],
    ['Özel Alan 1', (c, o, r) => v.pick(r, ['', 'Kuru cilt', 'Karma cilt', 'Yağlı cilt']), []],
    ['Özel Alan 2', (c, o, r) => v.pick(r, ['', 'Instagram', 'Mağaza', 'Web']), []],
    ['İYS Durumu', (c) => (c.bool ? 'ONAY' : 'RET'), [], opt],
    ['İYS İzin Tarihi', (c) => dmyDotHMS(c.created, 3), [], opt],
    ['Kara Liste', (c, o, r) => (r() < 0.05 ? 'Evet' : 'Hayır'), [], opt],
    ['Eklenme Tarihi', (c) => dmyDotHMS(c.created, 3), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing (KolayBi, customer list export, Turkish)
  { name: 'kolaybi-musteriler-tr', product: 'KolayBi (KolayBi Yazılım, İstanbul; Müşteriler > Excel\'e Aktar, Turkish UI, a Turkish B2B distributor\'s customer cards)', family: 'invoicing', language: 'tr', schema: B, cols: [
    ['Müşteri Kodu', (c, o, r) => `M${pad(v.int(r, 1, 9999), 5)}`, ['b2b.accountID', 'b2b.accountKey.sourceID', ...B2BID], opt],
    ['Firma Ünvanı', (c) => who(c, 'tr').company, ['b2b.companyName', 'organizations[0]']],
    ['Yetkili Adı', (c) => who(c, 'tr').first, ['person.name.firstName']],
    ['Yetkili Soyadı', (c) => who(c, 'tr').last, ['person.name.lastName']],
    ['Vergi No / TCKN', (c) => who(c, 'tr').companyId, [], opt],
    ['Vergi Dairesi', (c, o, r, i) => row(TR_DAIRE, i), []],
    ['E-posta', (c) => who(c, 'tr').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => who(c, 'tr').phone, ['workPhone.number']],
    ['Cep Telefonu', (c) => who(c, 'tr').mobile, ['mobilePhone.number']],
    ['Adres', (c) => who(c, 'tr').street, at(['workAddress', 'billingAddress', 'mailingAddress'], 'street1')],
    ['İlçe', (c) => who(c, 'tr').city, at(['workAddress', 'billingAddress', 'mailingAddress'], 'city'), opt],
    ['İl', (c) => who(c, 'tr').region, [...REGION(['workAddress', 'billingAddress', 'mailingAddress']), ...at(['workAddress', 'billingAddress', 'mailingAddress'], 'city')]],
    ['Ülke', () => 'Türkiye', at(['workAddress', 'billingAddress', 'mailingAddress'], 'country')],
    ['IBAN', (c, o, r) => `TR${v.int(r, 10, 99)} 0006 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}`, []],
    ['Kategori', (c, o, r) => v.pick(r, ['Bayi', 'Perakende', 'Toptan', 'Kurumsal']), []],
    ['Bakiye', (c, o, r) => dotted(v.int(r, -500000, 9000000) / 100), []],
    ['Döviz', (c, o, r) => v.pick(r, ['TRY', 'TRY', 'TRY', 'USD', 'EUR']), []],
    ['E-Fatura Mükellefi', (c, o, r) => (r() < 0.6 ? 'Evet' : 'Hayır'), []],
    ['Açılış Tarihi', (c) => dmyDotPad(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['Açıklama', (c, o, r) => v.pick(r, ['', '', '30 gün vadeli çalışılır', 'Sevkiyat Salı günleri']), []],
  ] },

  // ---------------------------------------------------------------- POS (Microinvest Склад Pro, sales report export, Bulgarian)
  { name: 'microinvest-prodazhbi-bg', product: 'Microinvest Склад Pro (Microinvest, Sofia; Справки > Продажби > Експорт в Excel, one row per sold item, Bulgarian UI, a Plovdiv café and shop)', family: 'pos', language: 'bg', schema: E, cols: [
    ['Документ №', (c, o, r) => pad(v.int(r, 1, 99999), 10), [OR('purchaseID'), '_id']],
    ['Дата', (c, o) => dmyDotPad(o.at, eet(o.at)), ['timestamp']],
    ['Час', (c, o) => hm(o.at, eet(o.at)), [], opt],
    ['Обект', (c, o, r) => v.pick(r, ['Кафе Главна', 'Магазин Капана', 'Кафе Главна']), ['placeContext.POIinteraction.POIDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['Оператор', (c, o, r) => v.pick(r, ['Администратор', 'Калина', 'Борис']), []],
    ['Партньор', (c, o, r) => v.pick(r, ['Клиент на дребно', 'Клиент на дребно', 'Клиент на дребно', 'Родопа Инвест ООД']), []],
    ['Код', (c, o, r, i) => row(BG_ITEMS, i)[0], [PL('SKU')]],
    ['Стока', (c, o, r, i) => row(BG_ITEMS, i)[1], [PL('name')]],
    ['Баркод', (c, o, r, i) => row(BG_ITEMS, i)[2], [PL('product'), PL('SKU')], opt],
    ['Група', (c, o, r, i) => row(BG_ITEMS, i)[5], [PL('productCategories[0].categoryName')]],
    ['Мярка', (c, o, r, i) => row(BG_ITEMS, i)[3], [PL('unitOfMeasureCode')]],
    ['Количество', (c, o, r, i) => (row(BG_ITEMS, i)[3] === 'кг' ? (v.int(r, 150, 1200) / 1000).toFixed(3) : o.qty.toFixed(3)), [PL('quantity')]],
    ['Ед. цена', (c, o, r, i) => row(BG_ITEMS, i)[4].toFixed(2), []],
    ['Отстъпка %', (c, o, r) => v.pick(r, ['0', '0', '0', '10']), []],
    ['Сума без ДДС', (c, o, r, i) => (row(BG_ITEMS, i)[4] * o.qty / 1.2).toFixed(2), []],
    ['ДДС', (c, o, r, i) => (row(BG_ITEMS, i)[4] * o.qty / 6).toFixed(2), [OR('taxAmount')], opt],
    ['Сума', (c, o, r, i) => (row(BG_ITEMS, i)[4] * o.qty).toFixed(2), [PL('priceTotal')]],
    ['Вид плащане', (c, o, r) => v.pick(r, ['В брой', 'В брой', 'С карта', 'Банков път']), [OR('payments[0].paymentType')]],
    ['Фискален бон №', (c, o, r) => pad(v.int(r, 1, 999999), 7), [OR('purchaseID'), OR('payments[0].transactionID')], opt],
    ['Бележка', (c, o, r) => v.pick(r, ['', '', '', 'за вкъщи']), []],
  ] },

  // ---------------------------------------------------------------- payments (CorvusPay, transaction list export, Croatian)
  { name: 'corvuspay-transakcije-hr', product: 'CorvusPay (Corvus Pay d.o.o., Zagreb; Merchant Center: Transakcije > Izvoz u CSV, Croatian UI, a Zadar tourist-activity booking site)', family: 'payments', language: 'hr', schema: E, cols: [
    ['ID transakcije', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Broj narudžbe', (c, o, r) => `NAR-${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Datum i vrijeme', (c, o) => dmyDotHMS(o.at, cet(o.at)), ['timestamp']],
    ['Opis košarice', (c, o, r, i) => row(HR_CARTS, i)[0], [PL('name')], opt],
    ['Iznos', (c, o, r, i) => dotted(row(HR_CARTS, i)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['Naplaćeno', 'Naplaćeno', 'Autorizirano', 'Poništeno', 'Povrat']), [], opt],
    ['Vrsta kartice', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Maestro', 'Diners', 'American Express']), [OR('payments[0].paymentType')], opt],
    ['Broj kartice', (c, o, r) => `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Broj rata', (c, o, r) => v.pick(r, ['1', '1', '1', '3', '6']), []],
    ['Autorizacijski kod', (c, o, r) => `${v.int(r, 100000, 999999)}`, [OR('payments[0].transactionID')], opt],
    ['Ime vlasnika kartice', (c) => who(c, 'hr').first, []],
    ['Prezime vlasnika kartice', (c) => who(c, 'hr').last, []],
    ['E-mail', (c) => who(c, 'hr').email, EMAILID, opt],
    ['Telefon', (c) => who(c, 'hr').mobile, PHONEID, opt],
    ['Adresa', (c) => who(c, 'hr').street, [BILL('street1')]],
    ['Grad', (c) => who(c, 'hr').city, [BILL('city')]],
    ['Poštanski broj', (c) => who(c, 'hr').zip, [BILL('postalCode')]],
    ['Država', () => 'Hrvatska', [BILL('country')]],
    ['Jezik', (c, o, r) => v.pick(r, ['hr', 'hr', 'en', 'de']), ['environment._dc.language'], opt],
    ['Iznos povrata', (c, o, r) => (r() < 0.1 ? dotted(v.int(r, 20, 100)) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ] },
]
