// Round 75, tune149: blind tune sets written by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Middle East and Africa exports, headers in each product's
// UI language: a Kuwaiti payment gateway's invoice list for an Instagram abaya boutique (MyFatoorah / ماي فاتورة)
// (ar E 1); a Saudi clinic-management platform's patient list for a Riyadh dental clinic (Clinicy / كلينيسي) (ar P 1);
// an Israeli e-mail and SMS marketing platform's contact export for a pilates-studio chain (Pulseem / פולסים) (he P 1);
// a Turkish cargo company's shipment list for an online home-textile shop (Sendeo) (tr E 1); an Iranian CRM's people
// export for an Isfahan packaging-machinery maker (Payam Gostar / پیام گستر) (fa B 1); a South African registration
// platform's entry list for a trail-running weekend (Ticketwiz) (en-ZA E 1); a Nigerian ticketing platform's guest
// list for a Lagos SME-finance summit (tix.africa) (en-NG B 1); a Kenyan bus-booking platform's operator booking export
// (BuuPass) (en-KE E 1); an Egyptian payment gateway's transaction export for a Cairo training academy (Kashier)
// (en-EG E 1); a Moroccan doctor-booking platform's patient list for a Casablanca dermatology practice (DabaDoc)
// (fr-MA P 1). E 5, P 3, B 2.
// Headers: written from the writer's knowledge of each product for all 10 sets (a short search of docs and pages
// found no public column list for any of them); a subset of each export's columns, in the order the writer knows.
// Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, local, group, thou, hash } from './values.mjs'
import { slug } from './values10.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// an instant spread over `days` days from `start`, fixed by the row's person or order
const when = (x, days, start) => start + ((n(x) * 7919) % (days * 86400)) * 1000
// local clocks: Kuwait, Riyadh, Istanbul and Nairobi +3 all year; Iran +3:30 (no summer time since 2022); South Africa
// +2; Nigeria +1; Morocco +1 (outside Ramadan); Israel and Egypt +2 with summer time
const ast = (ms) => shift(ms, 3)
const irst = (ms) => shift(ms, 3.5)
const sast = (ms) => shift(ms, 2)
const wat = (ms) => shift(ms, 1)
const mar = (ms) => shift(ms, 1)
const ist = (ms) => local(ms, 2)
const bd = (ms) => v.parts(ms)
// the instant moved, same local day, into the hours from..from+span-1 of a zone `off` hours from UTC
const inHours = (ms, off, from, span) => { const h = shift(ms, off).H; return ms + (from + (h % span) - h) * 3600000 }
// Luhn check digit appended to a digit string (Saudi national ID / iqama, South African ID number)
const luhn = (s) => { const t = [...s].reverse().reduce((a, ch, i) => { let d = +ch; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9 } return a + d }, 0); return `${s}${(10 - (t % 10)) % 10}` }
const up = (r, k) => Array.from({ length: k }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[v.int(r, 0, 31)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x27d4eb2f); r(); r(); return r }
const KW = {
  f: [['نورة', 'noura'], ['فاطمة', 'fatma'], ['مريم', 'mariam'], ['دانة', 'dana'], ['شيخة', 'shaikha'], ['حصة', 'hessa'], ['لولوة', 'lulwa'], ['أسماء', 'asmaa'], ['سارة', 'sara'], ['ريم', 'reem']],
  m: [['محمد', 'mohammad'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['يوسف', 'yousef'], ['خالد', 'khaled'], ['بدر', 'bader']],
  last: [['العنزي', 'alenezi'], ['المطيري', 'almutairi'], ['الرشيدي', 'alrashidi'], ['العجمي', 'alajmi'], ['الكندري', 'alkandari'], ['الشمري', 'alshammari'], ['الهاجري', 'alhajri'], ['العتيبي', 'alotaibi'], ['الفيلكاوي', 'alfailakawi'], ['البناي', 'albannai']],
}
const SA = {
  m: [['محمد', 'Mohammed'], ['عبدالرحمن', 'Abdulrahman'], ['سلطان', 'Sultan'], ['تركي', 'Turki'], ['فيصل', 'Faisal'], ['نواف', 'Nawaf'], ['سعود', 'Saud'], ['ماجد', 'Majed']],
  f: [['نوف', 'Nouf'], ['العنود', 'Alanoud'], ['هيفاء', 'Haifa'], ['ريما', 'Rima'], ['لمى', 'Lama'], ['جواهر', 'Jawaher'], ['منيرة', 'Munira'], ['أمل', 'Amal']],
  father: [['عبدالله', 'Abdullah'], ['سعد', 'Saad'], ['ناصر', 'Nasser'], ['إبراهيم', 'Ibrahim'], ['حمد', 'Hamad'], ['صالح', 'Saleh'], ['عبدالعزيز', 'Abdulaziz'], ['علي', 'Ali']],
  last: [['القحطاني', 'Alqahtani'], ['الدوسري', 'Aldosari'], ['الغامدي', 'Alghamdi'], ['الزهراني', 'Alzahrani'], ['الشهري', 'Alshehri'], ['العتيبي', 'Alotaibi'], ['الحربي', 'Alharbi'], ['السبيعي', 'Alsubaie'], ['التميمي', 'Altamimi'], ['المالكي', 'Almalki']],
  hood: ['النرجس', 'الملقا', 'الياسمين', 'العليا', 'الروضة', 'حطين', 'الصحافة', 'قرطبة', 'العقيق'],
  nat: ['سعودي', 'سعودي', 'سعودي', 'سعودي', 'سعودي', 'سعودي', 'مصري', 'أردني', 'سوداني', 'يمني'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com', 'yahoo.com'],
}
const HE = {
  f: [['נועה', 'noa'], ['מיכל', 'michal'], ['שירה', 'shira'], ['יעל', 'yael'], ['תמר', 'tamar'], ['מאיה', 'maya'], ['רוני', 'roni'], ['ליאת', 'liat'], ['דנה', 'dana'], ['הילה', 'hila'], ['אורית', 'orit'], ['קרן', 'keren']],
  m: [['אורי', 'uri'], ['איתי', 'itay'], ['יונתן', 'yonatan'], ['עומר', 'omer'], ['דניאל', 'daniel'], ['גיא', 'guy'], ['אמיר', 'amir']],
  last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['אזולאי', 'azulay'], ['שפירא', 'shapira'], ['גולן', 'golan'], ['ברק', 'barak'], ['רוזן', 'rosen']],
  // [עיר, רחוב, תחילת מיקוד, קידומת]
  places: [['תל אביב-יפו', 'דיזנגוף', '64', '03'], ['תל אביב-יפו', 'אבן גבירול', '62', '03'], ['תל אביב-יפו', 'שלמה המלך', '64', '03'], ['רמת גן', 'ביאליק', '52', '03'], ['גבעתיים', 'כצנלסון', '53', '03'], ['הרצליה', 'סוקולוב', '46', '09'], ['חולון', 'סוקולוב', '58', '03']],
  mail: ['gmail.com', 'gmail.com', 'walla.co.il', 'hotmail.com', 'yahoo.com', 'icloud.com'],
}
const TR = {
  f: ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Fatma', 'Esra', 'Büşra', 'Derya', 'Gizem', 'Selin'],
  m: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Murat', 'Hakan', 'Oğuz', 'Serkan'],
  last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Koç'],
  // [il, ilçe, mahalle ve cadde]
  places: [['İstanbul', 'Kadıköy', 'Caferağa Mah. Moda Cad.'], ['İstanbul', 'Üsküdar', 'Altunizade Mah. Kuşbakışı Cad.'], ['İstanbul', 'Beylikdüzü', 'Adnan Kahveci Mah. Yavuz Sultan Selim Cad.'], ['Ankara', 'Çankaya', 'Kızılay Mah. Atatürk Blv.'], ['İzmir', 'Karşıyaka', 'Bostanlı Mah. Cemal Gürsel Cad.'], ['Bursa', 'Nilüfer', 'Beşevler Mah. Akçağlayan Cad.'], ['Antalya', 'Muratpaşa', 'Fener Mah. Tekelioğlu Cad.'], ['Kocaeli', 'İzmit', 'Yenişehir Mah. Ömer Türkçakal Blv.'], ['Eskişehir', 'Tepebaşı', 'Hoşnudiye Mah. İsmet İnönü Cad.'], ['Gaziantep', 'Şehitkamil', 'İncilipınar Mah. Muammer Aksoy Blv.']],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
}
const FA = {
  m: [['علی', 'ali'], ['محمدرضا', 'mohammadreza'], ['حسین', 'hossein'], ['مهدی', 'mahdi'], ['امیر', 'amir'], ['سعید', 'saeed'], ['رضا', 'reza'], ['مجید', 'majid']],
  f: [['زهرا', 'zahra'], ['مریم', 'maryam'], ['فاطمه', 'fatemeh'], ['نرگس', 'narges'], ['سمیرا', 'samira'], ['الهام', 'elham']],
  last: [['احمدی', 'ahmadi'], ['حسینی', 'hosseini'], ['رضایی', 'rezaei'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['نوروزی', 'norouzi'], ['قاسمی', 'ghasemi'], ['اصفهانی', 'esfahani'], ['شریفی', 'sharifi']],
}
const ZA = {
  f: ['Lerato', 'Naledi', 'Zanele', 'Michelle', 'Ayesha', 'Liezl', 'Megan', 'Anele', 'Thandi', 'Carla'],
  m: ['Thabo', 'Sipho', 'Johan', 'Pieter', 'Ruan', 'Kagiso', 'Bongani', 'Tshepo', 'Wian', 'Craig'],
  last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Naidoo', 'Mokoena', 'Khumalo', 'Pillay', 'du Plessis', 'Smith', 'Jacobs', 'Ndlovu', 'le Roux', 'Petersen'],
  prov: ['Western Cape', 'Western Cape', 'Western Cape', 'Gauteng', 'Western Cape', 'KwaZulu-Natal', 'Eastern Cape', 'Western Cape'],
  mail: ['gmail.com', 'gmail.com', 'icloud.com', 'outlook.com', 'mweb.co.za', 'telkomsa.net'],
}
const NG = {
  f: ['Adaeze', 'Funmilayo', 'Aisha', 'Ngozi', 'Yetunde', 'Chiamaka', 'Halima', 'Temitope'],
  m: ['Chinedu', 'Oluwaseun', 'Ibrahim', 'Emeka', 'Tunde', 'Kelechi', 'Abubakar', 'Segun', 'Ifeanyi'],
  last: ['Okafor', 'Nwosu', 'Adeyemi', 'Bakare', 'Musa', 'Bello', 'Eze', 'Obi', 'Ogunleye', 'Nnamdi', 'Adebayo', 'Sani', 'Okonkwo', 'Balogun', 'Ibekwe', 'Lawal'],
}
const KE = {
  f: ['Faith', 'Mercy', 'Purity', 'Wanjiru', 'Achieng', 'Cynthia', 'Naliaka', 'Wambui', 'Esther'],
  m: ['Brian', 'Kevin', 'Dennis', 'Collins', 'Ian', 'Otieno', 'Kiprono', 'Peter', 'Samuel'],
  last: ['Kamau', 'Otieno', 'Wanjiku', 'Mutua', 'Ochieng', 'Kiprop', 'Njoroge', 'Mwangi', 'Odhiambo', 'Chebet', 'Wekesa', 'Kariuki'],
}
const EG = {
  f: ['Nour', 'Mariam', 'Salma', 'Yasmin', 'Habiba', 'Aya', 'Hana', 'Farida'],
  m: ['Mohamed', 'Ahmed', 'Mahmoud', 'Omar', 'Youssef', 'Mostafa', 'Karim', 'Ziad'],
  last: ['Hassan', 'Ibrahim', 'Abdelrahman', 'El-Sayed', 'Farouk', 'Mansour', 'Soliman', 'Khalil', 'Gaber', 'Fawzy', 'Naguib', 'Shawky'],
}
const MA = {
  f: ['Salma', 'Imane', 'Kawtar', 'Fatima-Zahra', 'Meryem', 'Houda', 'Nadia', 'Sanae', 'Ghita', 'Loubna'],
  m: ['Youssef', 'Mehdi', 'Amine', 'Hamza', 'Karim', 'Omar', 'Anas', 'Reda'],
  last: ['El Amrani', 'Benjelloun', 'Alaoui', 'Bennani', 'Tazi', 'El Idrissi', 'Berrada', 'Chraibi', 'Lahlou', 'Ouazzani', 'Bouzidi', 'Sqalli'],
  // [rue, quartier, code postal]
  streets: [['Rue Ibnou Mounir', 'Maârif', '20330'], ['Boulevard Zerktouni', 'Maârif', '20330'], ['Rue Normandie', 'Maârif', '20330'], ["Boulevard d'Anfa", 'Racine', '20050'], ['Rue Ali Abderrazak', 'Bourgogne', '20050'], ['Boulevard Ghandi', 'Oasis', '20410'], ['Rue Soumaya', 'Palmier', '20340'], ['Boulevard de la Corniche', 'Aïn Diab', '20180'], ['Rue Ibn Batouta', 'Gauthier', '20060']],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.fr', 'yahoo.fr', 'menara.ma'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc)
  if (cc === 'kw') {
    const female = r() < 0.85, f = v.pick(r, female ? KW.f : KW.m), l = v.pick(r, KW.last)
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, cc: r() < 0.9 ? '+965' : v.pick(r, ['+966', '+971', '+973']),
      mobile: `${v.pick(r, ['5', '6', '9', '9', '6'])}${pad(v.int(r, 0, 9999999), 7)}`,
      mail: `${f[1]}${v.pick(r, ['.', '_', ''])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'icloud.com', 'outlook.com'])}` }
  }
  if (cc === 'sa') {
    const female = r() < 0.55, f = v.pick(r, female ? SA.f : SA.m), fa = v.pick(r, SA.father), l = v.pick(r, SA.last), nat = v.pick(r, SA.nat)
    const birth = Date.UTC(1960, 0, 1) + Math.floor(r() * 55 * 365) * day
    return { female, first: f[0], father: fa[0], last: l[0], en: `${f[1]} ${fa[1]} ${l[1]}`, nat,
      natId: luhn(`${nat === 'سعودي' ? 1 : 2}${pad(v.int(r, 0, 99999999), 8)}`), birth, hood: v.pick(r, SA.hood),
      mobile: `05${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${pad(v.int(r, 0, 9999999), 7)}`,
      mail: `${f[1].toLowerCase()}${v.pick(r, ['.', '_', ''])}${l[1].toLowerCase().replace(/^al/, '')}${r() < 0.6 ? v.int(r, 1, 999) : ''}@${v.pick(r, SA.mail)}` }
  }
  if (cc === 'he') {
    const female = r() < 0.78, f = v.pick(r, female ? HE.f : HE.m), l = v.pick(r, HE.last), pl = v.pick(r, HE.places)
    return { female, first: f[0], last: l[0], city: pl[0], street: `${pl[1]} ${v.int(r, 2, 180)}`, zip: `${pl[2]}${pad(v.int(r, 10000, 99999), 5)}`,
      tel: `${pl[3]}-${v.int(r, 5000000, 7999999)}`, mobile: `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 2000000, 9999999)}`,
      mail: `${f[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, HE.mail)}`,
      birth: Date.UTC(1968, 0, 1) + Math.floor(r() * 38 * 365) * day }
  }
  if (cc === 'tr') {
    const female = r() < 0.8, f = v.pick(r, female ? TR.f : TR.m), l = v.pick(r, TR.last), pl = v.pick(r, TR.places)
    const m = `5${v.pick(r, ['30', '32', '33', '35', '36', '42', '44', '05', '07', '52', '55'])}${pad(v.int(r, 0, 9999999), 7)}`
    return { female, first: f, last: l, full: `${f} ${l}`, il: pl[0], ilce: pl[1],
      addr: `${pl[2]} No:${v.int(r, 1, 220)}${r() < 0.7 ? ` D:${v.int(r, 1, 24)}` : ''}`,
      mobile: `0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6, 8)} ${m.slice(8)}`,
      mail: `${slug(f)}${v.pick(r, ['.', '', '_'])}${slug(l)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, TR.mail)}` }
  }
  if (cc === 'fa') {
    const female = r() < 0.3, f = v.pick(r, female ? FA.f : FA.m), l = v.pick(r, FA.last)
    return { female, first: f[0], last: l[0], fr: f[1], lr: l[1], mobile: `09${v.pick(r, ['12', '13', '15', '19', '35', '36', '01', '03'])}${pad(v.int(r, 0, 9999999), 7)}` }
  }
  if (cc === 'za') {
    const female = r() < 0.45, f = v.pick(r, female ? ZA.f : ZA.m), l = v.pick(r, ZA.last)
    const birth = Date.UTC(1966, 0, 1) + Math.floor(r() * 40 * 365) * day, p = bd(birth)
    const cell = `0${v.pick(r, ['82', '83', '84', '72', '73', '76', '79', '61', '60', '71'])}${pad(v.int(r, 0, 9999999), 7)}`
    return { female, first: f, last: l, birth, prov: v.pick(r, ZA.prov),
      idNo: luhn(`${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(female ? v.int(r, 0, 4999) : v.int(r, 5000, 9999), 4)}${r() < 0.95 ? '0' : '1'}8`),
      cell: `${cell.slice(0, 3)} ${cell.slice(3, 6)} ${cell.slice(6)}`,
      mail: `${slug(f)}${v.pick(r, ['.', '', '_'])}${slug(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ZA.mail)}` }
  }
  if (cc === 'ng') {
    const female = r() < 0.45, f = v.pick(r, female ? NG.f : NG.m), l = v.pick(r, NG.last)
    const m = `${v.pick(r, ['803', '806', '813', '816', '703', '706', '810', '903', '905', '802', '808', '701'])}${pad(v.int(r, 0, 9999999), 7)}`
    return { female, first: f, last: l, mobile: `+234 ${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, fr: slug(f), lr: slug(l) }
  }
  if (cc === 'ke') {
    const female = r() < 0.5, f = v.pick(r, female ? KE.f : KE.m), l = v.pick(r, KE.last)
    return { female, first: f, last: l, idNo: String(v.int(r, 20000000, 39999999)),
      mobile: `07${v.pick(r, ['01', '02', '10', '11', '12', '13', '20', '22', '24', '27', '33', '40', '45', '57', '90', '96'])}${pad(v.int(r, 0, 999999), 6)}`,
      mail: `${slug(f)}${v.pick(r, ['.', '', ''])}${slug(l)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'])}` }
  }
  if (cc === 'eg') {
    const female = r() < 0.5, f = v.pick(r, female ? EG.f : EG.m), l = v.pick(r, EG.last)
    return { female, first: f, last: l, mobile: `+20${v.pick(r, ['10', '11', '12', '15'])}${pad(v.int(r, 0, 99999999), 8)}`,
      mail: `${slug(f)}${v.pick(r, ['.', '', '_'])}${slug(l)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'])}` }
  }
  // ma
  const female = r() < 0.6, f = v.pick(r, female ? MA.f : MA.m), l = v.pick(r, MA.last), st = v.pick(r, MA.streets)
  return { female, first: f, last: l, st, no: v.int(r, 1, 260),
    cin: `${v.pick(r, ['BE', 'BK', 'BH', 'BJ', 'BB', 'BL', 'A', 'AB'])}${v.int(r, 100000, 999999)}`,
    mobile: `0${v.pick(r, ['6', '6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    fixe: `05 22 ${pad(v.int(r, 20, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: `${slug(f)}${v.pick(r, ['.', '', '_'])}${slug(l)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, MA.mail)}`,
    birth: Date.UTC(1958, 0, 1) + Math.floor(r() * 50 * 365) * day }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const kw = (c) => who(c, 'kw')
const sa = (c) => who(c, 'sa')
const he = (c) => who(c, 'he')
const tr = (c) => who(c, 'tr')
const fa = (c) => who(c, 'fa')
const za = (c) => who(c, 'za')
const ng = (c) => who(c, 'ng')
const ke = (c) => who(c, 'ke')
const eg = (c) => who(c, 'eg')
const ma = (c) => who(c, 'ma')

// ---------------------------------------------------------------- 1. MyFatoorah invoice list (ar-KW, E)
// an abaya and perfume boutique in Kuwait City selling through Instagram and WhatsApp with payment links
const MF_ITEM = [['عباية كريب سوداء مطرزة - مقاس 56', 38.5], ['عباية لينن بيج مع حزام', 45], ['دهن عود كمبودي 3 تولة', 62], ['طقم عباية وشيلة - قماش ندى', 27.75], ['عطر مسك الطهارة 50 مل', 14], ['عباية مخمل شتوية', 85], ['بخور معمول فاخر 100 غ', 18.5], ['عباية كلوش سوداء - مقاس 54', 33.25], ['جلابية قطن مطرزة', 52.5]]
const mfItem = (o) => row(MF_ITEM, n(o) % 9)
const mfQty = (o) => (n(o) % 7 === 0 ? 2 : 1)
const mfAmt = (o) => mfItem(o)[1] * mfQty(o) + (n(o) % 5 === 0 ? 2 : 0)
const mfSt = (o) => row(['مدفوعة', 'مدفوعة', 'غير مدفوعة', 'مدفوعة', 'منتهية الصلاحية', 'مدفوعة', 'مدفوعة', 'ملغاة', 'مدفوعة'], (n(o) >> 1) % 9)
const mfPaid = (o) => mfSt(o) === 'مدفوعة'
const mfPay = (o) => (mfPaid(o) ? row(['كي نت', 'كي نت', 'Apple Pay', 'فيزا / ماستر', 'كي نت', 'Apple Pay', 'كي نت'], n(o) % 7) : '')
const mfFee = (o) => (!mfPaid(o) ? 0 : mfPay(o) === 'كي نت' ? 0.25 : Math.round(mfAmt(o) * 0.025 * 1000) / 1000)
const mfAt = (o) => inHours(when(o, 200, Date.UTC(2025, 2, 1)), 3, 10, 13)
const mfPaidAt = (o) => mfAt(o) + (4 + (n(o) % 900)) * 60000
const kwd = (x) => x.toFixed(3)
const kwT = (ms) => { const p = ast(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_MF = { name: 'myfatoorah-qaimat-alfawatir-kw', product: 'MyFatoorah / ماي فاتورة (بوابة التاجر: الفواتير > قائمة الفواتير > تصدير إلى Excel, one row per invoice / payment link, Arabic UI, a Kuwait City abaya and perfume boutique selling through Instagram and WhatsApp, Asia/Kuwait UTC+3, KWD with three decimals)', family: 'payments', language: 'ar', schema: E, cols: [
  ['رقم الفاتورة', (c, o) => String(4100000 + ((n(o) * 7919) % 900000)), ['_id', OR('purchaseID')]],
  ['الرقم المرجعي', (c, o) => (n(o) % 3 === 0 ? '' : `IG-${1200 + (n(o) % 800)}`), [OR('purchaseOrderNumber'), OR('purchaseID')], opt],
  ['تاريخ الإنشاء', (c, o) => kwT(mfAt(o)), ['timestamp', OR('createdDate')]],
  ['تاريخ انتهاء الصلاحية', (c, o) => kwT(mfAt(o) + 3 * day), []],
  ['اسم العميل', (c) => kw(c).full, []],
  ['رمز الدولة', (c) => kw(c).cc, []],
  ['رقم الجوال', (c) => kw(c).mobile, PHONE_ID, opt],
  ['البريد الإلكتروني', (c, o) => (n(o) % 3 === 1 ? kw(c).mail : ''), EMAIL_ID],
  ['قيمة الفاتورة', (c, o) => kwd(mfAmt(o)), [OR('priceTotal')]],
  ['العملة', () => 'KWD', [OR('currencyCode')]],
  ['حالة الفاتورة', (c, o) => mfSt(o), [], opt],
  ['طريقة الدفع', (c, o) => mfPay(o), [OR('payments[0].paymentType')]],
  ['تاريخ الدفع', (c, o) => (mfPaid(o) ? kwT(mfPaidAt(o)) : ''), ['timestamp'], opt],
  ['رقم عملية الدفع', (c, o) => (mfPaid(o) ? `0708${pad((n(o) * 104729) % 1e9, 9)}${pad(n(c) % 10000, 4)}` : ''), [OR('payments[0].transactionID')]],
  ['المبلغ المدفوع', (c, o) => kwd(mfPaid(o) ? mfAmt(o) : 0), [OR('payments[0].paymentAmount')]],
  ['رسوم الخدمة', (c, o) => kwd(mfFee(o)), []],
  ['صافي المبلغ', (c, o) => kwd(mfPaid(o) ? mfAmt(o) - mfFee(o) : 0), []],
  ['طريقة الإرسال', (c, o) => row(['رابط', 'واتساب', 'رابط', 'رسالة نصية', 'بريد إلكتروني'], n(o) % 5), [], opt],
  ['الوصف', (c, o) => `${mfItem(o)[0]}${mfQty(o) > 1 ? ' × 2' : ''}${n(o) % 5 === 0 ? ' + توصيل' : ''}`, [PL('name')], opt],
  ['أنشئت بواسطة', (c, o) => row(['dana@layaliabaya.com', 'sales@layaliabaya.com', 'dana@layaliabaya.com'], n(o) % 3), []],
] }

// ---------------------------------------------------------------- 2. Clinicy patient list (ar-SA, P)
// a two-branch dental clinic in north Riyadh; cash and insured patients
const CL_INS = [['بوبا العربية', 'VIP'], ['التعاونية', 'A'], ['نقدي', ''], ['ميدغلف', 'B'], ['تكافل الراجحي', 'C'], ['نقدي', ''], ['بوبا العربية', 'B']]
const clIns = (c) => row(CL_INS, n(c) % 7)
const clReg = (c) => inHours(Math.min(c.created, Date.UTC(2025, 5, 1)), 3, 9, 13)
const clLast = (c) => clReg(c) + ((n(c) % 300) + 3) * day
const clVisits = (c) => 1 + (n(c) % 9)
const riyT = (ms) => { const p = ast(ms); return `${dmy(p, '/')} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'ص' : 'م'}` }
const SET_CL = { name: 'clinicy-sijil-almardaa-sa', product: 'Clinicy / كلينيسي (نظام إدارة العيادات: المرضى > قائمة المرضى > تصدير Excel, one row per patient file, Arabic UI, a two-branch dental clinic in north Riyadh, Asia/Riyadh UTC+3, SAR)', family: 'clinic', language: 'ar', schema: P, cols: [
  ['رقم الملف', (c) => String(10000 + (n(c) * 13) % 89000), ID],
  ['الاسم الأول', (c) => sa(c).first, ['person.name.firstName']],
  ['اسم الأب', (c) => sa(c).father, ['person.name.middleName'], opt],
  ['اسم العائلة', (c) => sa(c).last, ['person.name.lastName']],
  ['الاسم بالإنجليزية', (c) => (n(c) % 4 === 0 ? '' : sa(c).en), ['person.name.fullName'], opt],
  ['الجنس', (c) => (sa(c).female ? 'أنثى' : 'ذكر'), ['person.gender']],
  ['تاريخ الميلاد', (c) => dmy(bd(sa(c).birth), '/'), ['person.birthDate']],
  ['الجنسية', (c) => sa(c).nat, ['person.nationality']],
  ['نوع الهوية', (c) => (sa(c).nat === 'سعودي' ? 'هوية وطنية' : 'إقامة'), []],
  ['رقم الهوية', (c) => sa(c).natId, ['person.taxId'], opt],
  ['رقم الجوال', (c) => sa(c).mobile, ['mobilePhone.number']],
  ['البريد الإلكتروني', (c) => (n(c) % 3 === 0 ? '' : sa(c).mail), ['personalEmail.address']],
  ['المدينة', () => 'الرياض', HOMES('city')],
  ['الحي', (c) => sa(c).hood, [...HOMES('street2'), ...HOMES('street3')], opt],
  ['شركة التأمين', (c) => clIns(c)[0], []],
  ['رقم بطاقة التأمين', (c) => (clIns(c)[0] === 'نقدي' ? '' : String(30000000 + (n(c) * 7919) % 60000000)), []],
  ['فئة التأمين', (c) => clIns(c)[1], []],
  ['الفرع', (c) => (n(c) % 3 === 0 ? 'فرع الملقا' : 'فرع النرجس'), [], opt],
  ['الطبيب المعالج', (c) => row(['د. أحمد الشهري - تقويم الأسنان', 'د. ريم العتيبي - أسنان الأطفال', 'د. خالد الزهراني - زراعة الأسنان', 'د. هند المالكي - طب الأسنان العام'], n(c) % 4), []],
  ['تاريخ التسجيل', (c) => riyT(clReg(c)), [], opt],
  ['آخر زيارة', (c) => dmy(ast(clLast(c)), '/'), []],
  ['عدد الزيارات', (c) => String(clVisits(c)), []],
  ['الرصيد المستحق', (c) => (n(c) % 5 === 0 ? thou(150 * (1 + (n(c) % 4)), ',', '.') : '0.00'), []],
  ['الموافقة على الرسائل التسويقية', (c) => (c.bool ? 'نعم' : 'لا'), [], opt],
  ['ملاحظات', (c) => row(['', 'حساسية من البنسلين', '', 'مريض سكري - يحتاج متابعة', 'يفضل المواعيد المسائية', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 3. Pulseem contact export (he-IL, P)
// a chain of three pilates studios in Tel Aviv and Ramat Gan: members, trial-class leads and newsletter sign-ups
const PU_SRC = ['טופס הרשמה באתר', 'ייבוא מקובץ', 'דף נחיתה - שיעור ניסיון', 'API', 'ייבוא מקובץ']
const puMail = (c) => row(['פעיל', 'פעיל', 'פעיל', 'הוסר', 'פעיל', 'חסום (Bounce)', 'פעיל'], n(c) % 7)
const puSms = (c) => (n(c) % 9 === 4 ? 'הוסר' : 'פעיל')
const ilT = (ms) => { const p = ist(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_PU = { name: 'pulseem-yetzu-anshei-kesher-il', product: 'Pulseem / פולסים (אנשי קשר > כל אנשי הקשר > ייצוא לאקסל, one row per contact, Hebrew UI, a Tel Aviv and Ramat Gan chain of three pilates studios\' newsletter and SMS list, Asia/Jerusalem with summer time)', family: 'email', language: 'he', schema: P, cols: [
  ['אימייל', (c) => he(c).mail, ['personalEmail.address']],
  ['שם פרטי', (c) => he(c).first, ['person.name.firstName']],
  ['שם משפחה', (c) => he(c).last, ['person.name.lastName']],
  ['טלפון נייד', (c) => he(c).mobile, ['mobilePhone.number']],
  ['טלפון', (c) => (n(c) % 4 === 0 ? he(c).tel : ''), ['homePhone.number']],
  ['מין', (c) => (n(c) % 5 === 0 ? '' : he(c).female ? 'נקבה' : 'זכר'), ['person.gender']],
  ['תאריך לידה', (c) => (n(c) % 3 === 0 ? '' : dmy(bd(he(c).birth), '/')), ['person.birthDate']],
  ['כתובת', (c) => (n(c) % 2 === 0 ? he(c).street : ''), HOMES('street1')],
  ['עיר', (c) => he(c).city, HOMES('city')],
  ['מיקוד', (c) => (n(c) % 2 === 0 ? he(c).zip : ''), HOMES('postalCode')],
  ['חברה', (c) => (n(c) % 6 === 0 ? row(['Wix', 'בנק הפועלים', 'משרד עו"ד גולדפרב', 'Check Point'], n(c) % 4) : ''), ['organizations[0]'], opt],
  ['קבוצות', (c) => row(['מנויות פעילות, ניוזלטר', 'ניוזלטר', 'לידים - שיעור ניסיון', 'מנויות פעילות', 'לקוחות עבר, ניוזלטר'], n(c) % 5), [], opt],
  ['סטטוס אימייל', (c) => puMail(c), ['personalEmail.status'], opt],
  ['סטטוס SMS', (c) => puSms(c), ['mobilePhone.status'], opt],
  ['מקור', (c) => row(PU_SRC, n(c) % 5), [], opt],
  ['תאריך הצטרפות', (c) => ilT(Math.min(c.created, c.updated)), [], opt],
  ['תאריך עדכון', (c) => ilT(Math.max(c.created, c.updated)), [], opt],
  ['סטודיו', (c) => row(['דיזנגוף', 'רמת החייל', 'רמת גן - הבורסה'], n(c) % 3), []],
  ['סוג מנוי', (c) => row(['מנוי חודשי 2 בשבוע', 'כרטיסייה 10 כניסות', '', 'מנוי חודשי חופשי', ''], n(c) % 5), [], opt],
  ['פתיחה אחרונה', (c) => (puMail(c) === 'פעיל' && n(c) % 4 !== 0 ? ilT(Math.max(c.created, c.updated) + 20 * day) : ''), []],
] }

// ---------------------------------------------------------------- 4. Sendeo shipment list (tr, E)
// an Istanbul online home-textile shop; about half the orders are cash or card on delivery
const SD_ITEM = [['Pike Takımı Çift Kişilik - Gri', 649.9, 3], ['Nevresim Takımı Ranforce Tek Kişilik', 549.9, 2], ['Bornoz Seti 4 Parça', 1249.9, 5], ['Havlu Seti 6\'lı - Antrasit', 429.9, 2], ['Müslin Örtü 3 Katlı', 899.9, 3], ['Nevresim Takımı Saten Çift Kişilik', 1149.9, 3]]
const sdItem = (o) => row(SD_ITEM, n(o) % 6)
const sdCod = (o) => row(['', 'Kapıda Nakit', '', 'Kapıda Kredi Kartı', 'Kapıda Nakit', ''], (n(o) >> 1) % 6)
const sdFee = (o) => (sdItem(o)[2] <= 2 ? 54.9 : sdItem(o)[2] <= 3 ? 64.9 : 79.9) + (sdCod(o) ? 19.9 : 0)
const sdSt = (o) => row(['Teslim Edildi', 'Teslim Edildi', 'Dağıtımda', 'Teslim Edildi', 'Transfer Merkezinde', 'Teslim Edildi', 'Teslim Edilemedi - Alıcı Adreste Yok', 'Teslim Edildi', 'İade Sürecinde'], n(o) % 9)
const sdAt = (o) => inHours(when(o, 240, Date.UTC(2025, 0, 10)), 3, 9, 11)
const sdOut = (o) => inHours(sdAt(o) + day, 3, 10, 8)
const trT = (ms) => { const p = ast(ms); return `${dmy(p, '.')} ${hm(p)}` }
const tl = (x) => thou(x, '.', ',')
const SET_SD = { name: 'sendeo-gonderi-listesi-tr', product: 'Sendeo (Müşteri Paneli: Gönderilerim > Gönderi Listesi > Excel\'e Aktar, one row per shipment, Turkish UI, an Istanbul online home-textile shop with cash and card on delivery, Europe/Istanbul UTC+3, TRY)', family: 'shipments', language: 'tr', schema: E, cols: [
  ['Takip No', (c, o) => `70${pad((n(o) * 104729 + n(c)) % 1e11, 11)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Sipariş No', (c, o) => `PT${100000 + (n(o) * 13) % 90000}`, [OR('purchaseID')]],
  ['Oluşturma Tarihi', (c, o) => trT(sdAt(o)), ['timestamp', OR('createdDate')]],
  ['Kargoya Veriliş Tarihi', (c, o) => trT(sdOut(o)), ['commerce.shipping.shipDate']],
  ['Alıcı Adı Soyadı', (c) => tr(c).full, []],
  ['Alıcı Telefon', (c) => tr(c).mobile, PHONE_ID, opt],
  ['Alıcı E-posta', (c, o) => (n(o) % 3 === 0 ? '' : tr(c).mail), EMAIL_ID],
  ['Alıcı Adresi', (c) => tr(c).addr, [SHIP('street1')]],
  ['İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state'), SHIP('city')]],
  ['İlçe', (c) => tr(c).ilce, [SHIP('city')]],
  ['İçerik', (c, o) => sdItem(o)[0], [PL('name')], opt],
  ['Parça Adedi', (c, o) => (sdItem(o)[2] >= 5 ? '2' : '1'), []],
  ['Desi', (c, o) => String(sdItem(o)[2]), []],
  ['Ödeme Tipi', () => 'Gönderici Ödemeli', [], opt],
  ['Tahsilat Tipi', (c, o) => sdCod(o), [OR('payments[0].paymentType')], opt],
  ['Tahsilat Tutarı', (c, o) => (sdCod(o) ? tl(sdItem(o)[1]) : '0,00'), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
  ['Kargo Ücreti', (c, o) => tl(sdFee(o)), ['commerce.shipping.shippingAmount']],
  ['Durum', (c, o) => sdSt(o), [], opt],
  ['Teslim Tarihi', (c, o) => (sdSt(o) === 'Teslim Edildi' ? trT(inHours(sdOut(o) + (1 + (n(o) % 3)) * day, 3, 9, 11)) : ''), []],
  ['Teslim Alan', (c, o) => (sdSt(o) !== 'Teslim Edildi' ? '' : n(o) % 4 === 0 ? 'Kapıcı' : tr(c).full.toLocaleUpperCase('tr')), []],
  ['Çıkış Şubesi', () => 'İstanbul Bağcılar Şube', []],
] }

// ---------------------------------------------------------------- 5. Payam Gostar people export (fa, B)
// an Isfahan packaging-machinery maker (filling, cartoning, blister lines) selling to food and pharma factories
// Solar Hijri date of Gregorian calendar parts, from each year's Nowruz (dates from March 2022 on)
const NOWRUZ = [[1401, Date.UTC(2022, 2, 21)], [1402, Date.UTC(2023, 2, 21)], [1403, Date.UTC(2024, 2, 20)], [1404, Date.UTC(2025, 2, 21)], [1405, Date.UTC(2026, 2, 21)]]
const solar = (p) => {
  const t = Date.UTC(p.y, p.m - 1, p.d)
  let [jy, t0] = NOWRUZ[0]
  for (const [y, s] of NOWRUZ) if (s <= t) { jy = y; t0 = s }
  const k = Math.round((t - t0) / day)
  return { ...p, y: jy, m: k < 186 ? 1 + Math.floor(k / 31) : 7 + Math.floor((k - 186) / 30), d: k < 186 ? 1 + (k % 31) : 1 + ((k - 186) % 30) }
}
const shT = (ms) => { const p = solar(irst(ms)); return `${ymd(p, '/')} ${hm(p)}` }
// [سازمان, دامنه, صنعت, استان, شهر, آدرس, پیش‌شماره کد پستی, پیش‌شماره تلفن]
const PG_FIRM = [
  ['صنایع غذایی نوبر سپاهان', 'nobarsepahan.com', 'صنایع غذایی', 'اصفهان', 'اصفهان', 'شهرک صنعتی جی، خیابان چهارم، پلاک ۱۸', '81', '031'],
  ['داروسازی آرین طب البرز', 'ariantebpharma.ir', 'داروسازی', 'البرز', 'کرج', 'شهرک صنعتی سیمین‌دشت، بلوار اصلی، پلاک ۷', '31', '026'],
  ['کشت و صنعت زرین‌دشت فارس', 'zarindasht.co', 'فرآوری محصولات کشاورزی', 'فارس', 'شیراز', 'شهرک صنعتی بزرگ شیراز، خیابان ۱۱۰، پلاک ۳۲', '71', '071'],
  ['لبنیات سپیدار خراسان', 'sepidardairy.ir', 'لبنیات', 'خراسان رضوی', 'مشهد', 'شهرک صنعتی توس، فاز دو، تلاش ۱۴', '91', '051'],
  ['شکلات‌سازی آیلار', 'aylarchoco.com', 'شیرینی و شکلات', 'آذربایجان شرقی', 'تبریز', 'شهرک صنعتی شهید سلیمی، خیابان پنجم، پلاک ۱۱', '51', '041'],
  ['بهداشتی آرایشی نیلوفر آبی', 'niloofarabi.com', 'بهداشتی و آرایشی', 'تهران', 'تهران', 'شهرک صنعتی عباس‌آباد، خیابان نسترن، پلاک ۲۴', '33', '021'],
  ['چای باغ‌سبز لاهیجان', 'baghsabztea.ir', 'چای و دمنوش', 'گیلان', 'لاهیجان', 'بلوار امام رضا، شهرک صنعتی لاهیجان، قطعه ۹', '44', '013'],
]
const PG_ROLE = [['مدیر عامل', 'مدیریت'], ['مدیر تولید', 'تولید'], ['کارشناس خرید', 'بازرگانی'], ['مدیر فنی', 'فنی و مهندسی'], ['سرپرست بسته‌بندی', 'تولید'], ['مدیر بازرگانی', 'بازرگانی'], ['کارشناس کنترل کیفیت', 'کنترل کیفیت']]
const pgFirm = (c) => row(PG_FIRM, n(c) % 7)
const pgRole = (c) => row(PG_ROLE, (n(c) >> 1) % 7)
const pgTitle = (c) => (n(c) % 4 === 0 ? 'مهندس' : n(c) % 9 === 1 ? 'دکتر' : fa(c).female ? 'خانم' : 'آقای')
const pgMade = (c) => inHours(when(c, 900, Date.UTC(2023, 3, 1)), 3.5, 8, 10)
const SET_PG = { name: 'payamgostar-ashkhas-khoruji-ir', product: 'پیام گستر / Payam Gostar CRM (مشتریان > اشخاص > خروجی اکسل, one row per contact person, Persian UI, an Isfahan packaging-machinery maker (filling, cartoning and blister lines) selling to food and pharma factories, Iran time UTC+3:30, Solar Hijri dates)', family: 'crm', language: 'fa', schema: B, cols: [
  ['کد مشتری', (c) => `P-${pad(1200 + (n(c) % 8800), 5)}`, B2BID],
  ['پیشوند', (c) => pgTitle(c), ['person.name.courtesyTitle']],
  ['نام', (c) => fa(c).first, ['person.name.firstName']],
  ['نام خانوادگی', (c) => fa(c).last, ['person.name.lastName']],
  ['جنسیت', (c) => (fa(c).female ? 'زن' : 'مرد'), ['person.gender']],
  ['سازمان', (c) => pgFirm(c)[0], CO],
  ['سمت', (c) => pgRole(c)[0], ['extendedWorkDetails.jobTitle']],
  ['واحد', (c) => pgRole(c)[1], ['extendedWorkDetails.departments[0]']],
  ['تلفن همراه', (c) => fa(c).mobile, ['mobilePhone.number']],
  ['تلفن محل کار', (c) => `${pgFirm(c)[7]}-${3 + (n(c) % 6)}${pad((n(c) * 131) % 10000000, 7)}`, ['workPhone.number']],
  ['ایمیل', (c) => (n(c) % 5 === 4 ? `${fa(c).fr}.${fa(c).lr}@gmail.com` : `${fa(c).fr[0]}.${fa(c).lr}@${pgFirm(c)[1]}`), WE],
  ['استان', (c) => pgFirm(c)[3], STATE(['workAddress'])],
  ['شهر', (c) => pgFirm(c)[4], [W('city')]],
  ['آدرس', (c) => pgFirm(c)[5], [W('street1')]],
  ['کد پستی', (c) => `${pgFirm(c)[6]}${pad((n(c) * 7919) % 100000000, 8)}`, [W('postalCode')]],
  ['وب سایت', (c) => `www.${pgFirm(c)[1]}`, ['b2b.companyWebsite']],
  ['صنعت', (c) => pgFirm(c)[2], []],
  ['شناسه ملی سازمان', (c) => `10${pad(((n(c) % 7) * 15485863) % 1000000000, 9)}`, ACCT, opt],
  ['منبع', (c) => row(['نمایشگاه ایران‌فارما', 'وب‌سایت', 'معرفی مشتری', 'تماس ورودی', 'نمایشگاه ماشین‌آلات بسته‌بندی'], n(c) % 5), ['b2b.personSource']],
  ['وضعیت', (c) => row(['سرنخ', 'مشتری بالقوه', 'مشتری', 'مشتری بالقوه', 'غیرفعال'], (n(c) >> 2) % 5), ['b2b.personStatus'], opt],
  ['امتیاز', (c) => String((n(c) * 7) % 101), ['b2b.personScore'], opt],
  ['کارشناس فروش', (c) => row(['مهندس صالحی', 'خانم نیک‌نام', 'مهندس تهرانی'], n(c) % 3), []],
  ['تاریخ ایجاد', (c) => shT(pgMade(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['آخرین ویرایش', (c) => shT(pgMade(c) + ((n(c) % 120) + 1) * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ['دریافت خبرنامه', (c) => (c.bool ? 'بله' : 'خیر'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

// ---------------------------------------------------------------- 6. Ticketwiz entry list (en-ZA, E)
// a trail-running weekend in the Stellenbosch winelands: 5, 10, 21 and 42 km; one row per entry (ticket)
const TW_TK = [['21km Trail Run', 450], ['10km Trail Run', 320], ['42km Trail Marathon', 650], ['5km Fun Run', 120], ['10km Trail Run', 320], ['21km Trail Run', 450]]
const twTk = (o) => row(TW_TK, n(o) % 6)
const twLic = (c, o) => (twTk(o)[1] === 120 ? '' : n(c) % 3 === 0 ? `WPA ${pad((n(c) * 37) % 10000, 4)}` : 'Temporary licence')
const twTemp = (c, o) => (twLic(c, o) === 'Temporary licence' ? (twTk(o)[1] >= 450 ? 50 : 40) : 0)
const twDisc = (o) => (n(o) % 8 === 0 ? 50 : 0)
const twPaid = (c, o) => twTk(o)[1] + twTemp(c, o) - twDisc(o)
const twSt = (o) => (n(o) % 17 === 0 ? 'Refunded' : n(o) % 13 === 0 ? 'Pending' : 'Paid')
const twAt = (o) => when(o, 120, Date.UTC(2025, 4, 15))
const zaT = (ms) => { const p = sast(ms); return `${ymd(p, '/')} ${hm(p)}` }
const rand = (x) => `R${thou(x, ' ', '.')}`
const SET_TW = { name: 'ticketwiz-entries-export-za', product: 'Ticketwiz (My Events > event > Reports > Attendee details > Export to Excel, one row per entry (ticket), South African English UI, a trail-running weekend in the Stellenbosch winelands, Africa/Johannesburg UTC+2, ZAR)', family: 'events', language: 'en', schema: E, cols: [
  ['Booking ref', (c, o) => `TW${52000 + (n(o) * 7) % 40000}`, [OR('purchaseID')]],
  ['Ticket no', (c, o) => `TW${52000 + (n(o) * 7) % 40000}-${1 + (n(c) % 2)}`, ['_id']],
  ['Booking date', (c, o) => zaT(twAt(o)), ['timestamp', OR('createdDate')]],
  ['Ticket', (c, o) => twTk(o)[0], [PL('name')]],
  ['Ticket price', (c, o) => rand(twTk(o)[1]), [PL('priceTotal')], opt],
  ['Temp licence', (c, o) => rand(twTemp(c, o)), []],
  ['Discount code', (c, o) => (twDisc(o) ? 'CLUBRUN50' : ''), ['commerce.promotionID']],
  ['Amount paid', (c, o) => rand(twSt(o) === 'Pending' ? 0 : twPaid(c, o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Payment method', (c, o) => (twSt(o) === 'Pending' ? 'EFT' : row(['Card', 'Instant EFT', 'Card', 'SnapScan', 'Card'], n(o) % 5)), [OR('payments[0].paymentType')]],
  ['Payment status', (c, o) => twSt(o), [], opt],
  ['First name', (c) => za(c).first, []],
  ['Surname', (c) => za(c).last, []],
  ['ID / Passport number', (c) => (n(c) % 11 === 0 ? `A${pad((n(c) * 7) % 100000000, 8)}` : za(c).idNo), []],
  ['Date of birth', (c) => ymd(bd(za(c).birth), '/'), []],
  ['Gender', (c) => (za(c).female ? 'Female' : 'Male'), []],
  ['Email', (c) => za(c).mail, EMAIL_ID],
  ['Cellphone', (c) => za(c).cell, PHONE_ID, opt],
  ['Province', (c) => za(c).prov, [BILL('stateProvince'), BILL('state')], opt],
  ['Club', (c) => row(['None', 'Stellenbosch Athletic Club', 'Run/Walk for Life', 'None', 'Celtic Harriers', 'Trail Lovers CT'], n(c) % 6), []],
  ['ASA licence no', (c, o) => twLic(c, o), []],
  ['T-shirt size', (c, o) => (twTk(o)[1] === 120 ? '' : row(['S', 'M', 'L', 'M', 'XL', 'XS'], n(c) % 6)), [], opt],
  ['Emergency contact name', (c) => `${row(['Sarah', 'Andile', 'Marius', 'Priya', 'Lindiwe'], n(c) % 5)} ${za(c).last}`, []],
  ['Emergency contact number', (c) => `0${row(['82', '72', '83', '61'], n(c) % 4)} ${pad((n(c) * 13) % 1000, 3)} ${pad((n(c) * 17) % 10000, 4)}`, []],
  ['Medical aid', (c) => row(['Discovery Health', 'None', 'Bonitas', 'Momentum Health', 'Discovery Health', 'Fedhealth'], n(c) % 6), []],
  ['Race number', (c, o) => (twSt(o) === 'Paid' ? String(1000 * (1 + (n(o) % 4)) + (n(c) % 900)) : ''), []],
  ['Checked in', (c, o) => (twSt(o) === 'Paid' && n(o) % 5 !== 0 ? 'Yes' : 'No'), []],
] }

// ---------------------------------------------------------------- 7. tix.africa guest list (en-NG, B)
// a one-day SME-finance and fintech summit on Victoria Island, Lagos; registration questions asked of every guest
const TX_CO = [['Moniepoint Inc.', 'moniepoint.com', 'Fintech', 'Lagos'], ['Sterling Bank Plc', 'sterling.ng', 'Banking', 'Lagos'], ['Adire Lounge Ltd', 'adirelounge.com', 'Fashion & Retail', 'Ogun'], ['Greenfield Agro Processing Ltd', 'greenfieldagro.ng', 'Agriculture', 'Oyo'], ['Bluechip Logistics Ltd', 'bluechiplogistics.ng', 'Logistics', 'Lagos'], ['Lagos State Employment Trust Fund', 'lsetf.ng', 'Government', 'Lagos'], ['Kuda Microfinance Bank', 'kuda.com', 'Banking', 'Lagos'], ['Zeta Foods & Beverages Ltd', '', 'FMCG', 'FCT'], ['PwC Nigeria', 'pwc.com', 'Professional Services', 'Lagos']]
const TX_TK = [['Regular', 25000], ['Early Bird', 15000], ['VIP', 75000], ['Regular', 25000], ['Sponsor Pass', 0], ['Early Bird', 15000]]
const txCo = (c) => row(TX_CO, n(c) % 9)
const txTk = (c) => row(TX_TK, (n(c) >> 1) % 6)
const txAt = (c) => when(c, 75, Date.UTC(2025, 6, 1))
const txSt = (c) => (n(c) % 19 === 0 ? 'Refunded' : 'Completed')
const ngT = (ms) => { const p = wat(ms); return `${ymd(p)} ${hm(p)}` }
const SET_TX = { name: 'tix-africa-guest-list-export-ng', product: 'tix.africa (Organizer dashboard > Events > event > Guests > Export CSV, one row per guest (ticket holder) with the registration questions, Nigerian English UI, a one-day SME-finance and fintech summit on Victoria Island, Lagos, Africa/Lagos UTC+1, NGN)', family: 'events', language: 'en', schema: B, cols: [
  ['Ticket ID', (c) => `TIX-${up(seeded(c, 'tk'), 8)}`, B2BID],
  ['Order ID', (c) => String(880000 + (n(c) * 13) % 110000), []],
  ['Name', (c) => `${ng(c).first} ${ng(c).last}`, ['person.name.fullName']],
  ['Email', (c) => (txCo(c)[1] && n(c) % 4 !== 0 ? `${ng(c).fr}.${ng(c).lr}@${txCo(c)[1]}` : `${ng(c).fr}${ng(c).lr}${n(c) % 90}@${row(['gmail.com', 'yahoo.com'], n(c) % 2)}`), WE],
  ['Phone Number', (c) => ng(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['Ticket Type', (c) => txTk(c)[0], [], opt],
  ['Price', (c) => (txTk(c)[1] ? `₦${group(txTk(c)[1])}` : 'Free'), []],
  ['Purchased On', (c) => ngT(txAt(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Order Status', (c) => txSt(c), [], opt],
  ['Checked In', (c) => (txSt(c) === 'Completed' && n(c) % 4 !== 0 ? 'Yes' : 'No'), []],
  ['Company / Organisation', (c) => txCo(c)[0], CO],
  ['Job Title', (c) => row(['Founder & CEO', 'Head of SME Banking', 'Finance Manager', 'Product Manager', 'Chief Operating Officer', 'Business Development Lead', 'Managing Director'], n(c) % 7), ['extendedWorkDetails.jobTitle']],
  ['Industry', (c) => txCo(c)[2], []],
  ['Company Size', (c) => row(['1-10', '11-50', '51-200', '201-500', '500+'], n(c) % 5), []],
  ['State', (c) => txCo(c)[3], [...STATE(['workAddress']), ...STATE(['homeAddress'])], opt],
  ['Gender', (c) => (ng(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['LinkedIn Profile', (c) => (n(c) % 3 === 0 ? '' : `https://www.linkedin.com/in/${ng(c).fr}-${ng(c).lr}-${v.hex(seeded(c, 'li'), 6)}`), []],
  ['How did you hear about this event?', (c) => row(['LinkedIn', 'Twitter (X)', 'Friend / Colleague', 'Email newsletter', 'Instagram', 'WhatsApp group'], n(c) % 6), ['b2b.personSource'], opt],
  ['Promo Code', (c) => (txTk(c)[0] === 'Regular' && n(c) % 5 === 0 ? 'LSETF20' : ''), []],
  ['I agree to be contacted by event partners', (c) => (c.bool ? 'Yes' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

// ---------------------------------------------------------------- 8. BuuPass booking export (en-KE, E)
// a coach operator on the Nairobi–Mombasa, Nairobi–Kisumu and Nairobi–Eldoret routes; one row per seat booking
const BP_ROUTE = [['Nairobi - Mombasa', 1600, 2500, '21:30', 'Nairobi - Accra Road Office', 'Mombasa - Mwembe Tayari'], ['Mombasa - Nairobi', 1600, 2500, '08:00', 'Mombasa - Mwembe Tayari', 'Nairobi - Accra Road Office'], ['Nairobi - Kisumu', 1500, 2200, '21:00', 'Nairobi - Accra Road Office', 'Kisumu - Oginga Odinga Street'], ['Kisumu - Nairobi', 1500, 2200, '08:30', 'Kisumu - Oginga Odinga Street', 'Nairobi - Accra Road Office'], ['Nairobi - Eldoret', 1300, 1800, '22:00', 'Nairobi - Accra Road Office', 'Eldoret - Uganda Road']]
const bpRoute = (o) => row(BP_ROUTE, n(o) % 5)
const bpVip = (o) => n(o) % 4 === 0
const bpFare = (o) => (bpVip(o) ? bpRoute(o)[2] : bpRoute(o)[1])
const bpDisc = (o) => (n(o) % 10 === 0 ? 200 : 0)
const bpPay = (o) => row(['M-Pesa', 'M-Pesa', 'M-Pesa', 'Card', 'M-Pesa', 'Airtel Money'], n(o) % 6)
const bpSt = (o) => row(['Confirmed', 'Travelled', 'Travelled', 'Confirmed', 'Cancelled', 'Travelled', 'Rescheduled'], (n(o) >> 1) % 7)
const bpAt = (o) => when(o, 150, Date.UTC(2025, 4, 1))
const bpTravel = (o) => bpAt(o) + (1 + (n(o) % 20)) * day
const keT = (ms) => { const p = ast(ms); return `${dmy(p, '/')} ${hm(p)}` }
const kes = (x) => thou(x, ',', '.')
const SET_BP = { name: 'buupass-operator-bookings-ke', product: 'BuuPass (operator portal: Bookings > Manifest & bookings > Export, one row per seat booking, Kenyan English UI, a coach operator on the Nairobi–Mombasa, Nairobi–Kisumu and Nairobi–Eldoret routes, Africa/Nairobi UTC+3, KES)', family: 'bookings', language: 'en', schema: E, cols: [
  ['Booking Ref', (c, o) => `BP${up(v.rng(n(o) * 31 + 7), 7)}`, ['_id', OR('purchaseID')]],
  ['Booked On', (c, o) => keT(bpAt(o)), ['timestamp', OR('createdDate')]],
  ['Channel', (c, o) => row(['Web', 'Android App', 'USSD', 'Agent', 'Android App', 'iOS App'], n(o) % 6), [], opt],
  ['Route', (c, o) => bpRoute(o)[0], [PL('name')], opt],
  ['Travel Date', (c, o) => dmy(ast(bpTravel(o)), '/'), []],
  ['Departure Time', (c, o) => bpRoute(o)[3], []],
  ['Bus Reg No', (c, o) => row(['KDA 512X', 'KCY 908T', 'KDE 221L', 'KDB 733Q'], n(o) % 4), []],
  ['Seat No', (c, o) => String(1 + (n(o) * 7) % 49), []],
  ['Seat Class', (c, o) => (bpVip(o) ? 'VIP' : 'Normal'), [PL('selectedOptions[0].value')], opt],
  ['Passenger Name', (c) => `${ke(c).first} ${ke(c).last}`, []],
  ['ID/Passport No', (c) => ke(c).idNo, []],
  ['Phone Number', (c) => ke(c).mobile, PHONE_ID, opt],
  ['Email', (c, o) => (n(o) % 3 === 0 ? '' : ke(c).mail), EMAIL_ID],
  ['Boarding Point', (c, o) => bpRoute(o)[4], [], opt],
  ['Drop-off Point', (c, o) => bpRoute(o)[5], []],
  ['Fare (KES)', (c, o) => kes(bpFare(o)), [PL('priceTotal')], opt],
  ['Discount (KES)', (c, o) => kes(bpDisc(o)), [OR('discountAmount')]],
  ['Amount Paid (KES)', (c, o) => kes(bpFare(o) - bpDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Payment Method', (c, o) => bpPay(o), [OR('payments[0].paymentType')]],
  ['Payment Ref', (c, o) => (bpPay(o) === 'Card' ? `CH_${v.hex(v.rng(n(o) + 3), 12)}` : `T${'HIJK'[n(o) % 4]}${up(v.rng(n(o) * 17 + 1), 8)}`), [OR('payments[0].transactionID')]],
  ['Status', (c, o) => bpSt(o), [], opt],
  ['Cancelled On', (c, o) => (bpSt(o) === 'Cancelled' ? keT(bpAt(o) + day) : ''), [OR('cancelDate')]],
] }

// ---------------------------------------------------------------- 9. Kashier transaction export (en-EG, E)
// a Cairo training academy selling IELTS, coding and marketing courses online; cards, wallets and instalments
const KS_ITEM = [['IELTS Preparation - 8 weeks (Evening)', 4500], ['Full-Stack Web Development Bootcamp', 18000], ['Python for Data Analysis', 6500], ['Digital Marketing Diploma', 9000], ['Kids Coding (Scratch) - Level 1', 2200], ['IELTS Mock Test', 900]]
const ksItem = (o) => row(KS_ITEM, n(o) % 6)
const ksMeth = (o) => row(['Card', 'Card', 'Wallet', 'ValU', 'Card', 'Meeza', 'Souhoola', 'Card'], (n(o) >> 1) % 8)
const ksSt = (o) => row(['SUCCESS', 'SUCCESS', 'FAILED', 'SUCCESS', 'SUCCESS', 'REFUNDED', 'SUCCESS', 'PENDING', 'SUCCESS'], n(o) % 9)
const ksOk = (o) => ['SUCCESS', 'REFUNDED'].includes(ksSt(o))
const ksFee = (o) => (ksOk(o) ? Math.round((ksItem(o)[1] * 0.0275 + 3) * 100) / 100 : 0)
const ksAt = (o) => when(o, 220, Date.UTC(2025, 1, 1))
const egT = (ms) => { const p = local(ms, 2); return `${ymd(p)} ${hms(p)}` }
const egp = (x) => thou(x, ',', '.')
const SET_KS = { name: 'kashier-transactions-export-eg', product: 'Kashier (merchant dashboard: Payments > Transactions > Export CSV, one row per payment attempt, English UI, a Cairo training academy selling IELTS, coding and marketing courses, Africa/Cairo with summer time, EGP)', family: 'payments', language: 'en', schema: E, cols: [
  ['Transaction ID', (c, o) => `TX-${2500000000 + (n(o) * 104729) % 99999999}`, [OR('payments[0].transactionID'), '_id']],
  ['Order ID', (c, o) => `CSA-${58000 + (n(o) * 13) % 9000}`, [OR('purchaseID')]],
  ['Date', (c, o) => egT(ksAt(o)), ['timestamp']],
  ['Amount', (c, o) => egp(ksItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Currency', () => 'EGP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Status', (c, o) => ksSt(o), [], opt],
  ['Payment Method', (c, o) => ksMeth(o), [OR('payments[0].paymentType')]],
  ['Card Brand', (c, o) => (['Card', 'Meeza'].includes(ksMeth(o)) ? (ksMeth(o) === 'Meeza' ? 'Meeza' : row(['Visa', 'Mastercard'], n(o) % 2)) : ''), [], opt],
  ['Masked Card', (c, o) => (['Card', 'Meeza'].includes(ksMeth(o)) ? `${ksMeth(o) === 'Meeza' ? '507803' : n(o) % 2 ? '512345' : '422610'}******${pad((n(o) * 37) % 10000, 4)}` : ''), []],
  ['Card Holder Name', (c, o) => (['Card', 'Meeza'].includes(ksMeth(o)) ? `${eg(c).first} ${eg(c).last}`.toUpperCase() : ''), []],
  ['Customer Name', (c) => `${eg(c).first} ${eg(c).last}`, []],
  ['Customer Email', (c) => eg(c).mail, EMAIL_ID],
  ['Customer Phone', (c) => eg(c).mobile, PHONE_ID, opt],
  ['Description', (c, o) => ksItem(o)[0], [PL('name')], opt],
  ['Channel', (c, o) => row(['Payment Page', 'Payment Link', 'Payment Page', 'Invoice'], n(o) % 4), [], opt],
  ['Installment Plan', (c, o) => (['ValU', 'Souhoola'].includes(ksMeth(o)) ? row(['6 months', '9 months', '12 months'], n(o) % 3) : ''), []],
  ['Fees', (c, o) => egp(ksFee(o)), []],
  ['Net Amount', (c, o) => egp(ksOk(o) ? ksItem(o)[1] - ksFee(o) : 0), []],
  ['Refunded Amount', (c, o) => egp(ksSt(o) === 'REFUNDED' ? ksItem(o)[1] : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['Response Message', (c, o) => ({ SUCCESS: 'Approved', REFUNDED: 'Approved', PENDING: 'Awaiting customer action', FAILED: row(['Insufficient Funds', 'Do Not Honor', '3DS authentication failed'], n(o) % 3) })[ksSt(o)], []],
  ['Settlement Status', (c, o) => (ksOk(o) ? (n(o) % 3 === 0 ? 'Pending' : 'Settled') : ''), []],
] }

// ---------------------------------------------------------------- 10. DabaDoc patient list (fr-MA, P)
// a dermatology practice in Maârif, Casablanca: patients booked online through DabaDoc or registered at the desk
const DB_COVER = ['CNSS (AMO)', 'CNOPS', 'Sans couverture', 'Saham Assurance', 'CNSS (AMO)', 'AXA Assurance Maroc', 'Wafa Assurance']
const dbCover = (c) => row(DB_COVER, n(c) % 7)
const dbMade = (c) => Math.min(c.created, Date.UTC(2025, 6, 1))
// an appointment slot: the day of ms (UTC), 09:00-17:30 Casablanca time on the half hour
const slot = (ms, k) => Math.floor(ms / day) * day + (8 + (k % 9)) * 3600000 + (k % 2) * 1800000
const dbLast = (c) => slot(dbMade(c) + ((n(c) % 200) + 1) * day, n(c) >> 1)
const dbMissed = (c) => (n(c) % 6 === 0 ? 1 + (n(c) % 2) : 0)
const maT = (ms) => { const p = mar(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_DB = { name: 'dabadoc-liste-patients-ma', product: 'DabaDoc (DabaDoc Pro: Patients > Liste des patients > Exporter (Excel), one row per patient, French (Morocco) UI, a dermatology practice in Maârif, Casablanca, Africa/Casablanca UTC+1)', family: 'clinic', language: 'fr', schema: P, cols: [
  ['N° dossier', (c) => `D${pad((n(c) * 7) % 100000, 5)}`, ID],
  ['Civilité', (c) => (ma(c).female ? (n(c) % 3 === 0 ? 'Mlle' : 'Mme') : 'M.'), ['person.name.courtesyTitle']],
  ['Nom', (c) => ma(c).last.toUpperCase(), ['person.name.lastName']],
  ['Prénom', (c) => ma(c).first, ['person.name.firstName']],
  ['Sexe', (c) => (ma(c).female ? 'Femme' : 'Homme'), ['person.gender']],
  ['Date de naissance', (c) => dmy(bd(ma(c).birth), '/'), ['person.birthDate']],
  ['CIN', (c) => (n(c) % 5 === 0 ? '' : ma(c).cin), ['person.taxId'], opt],
  ['Téléphone portable', (c) => ma(c).mobile, ['mobilePhone.number']],
  ['Téléphone fixe', (c) => (n(c) % 4 === 0 ? ma(c).fixe : ''), ['homePhone.number']],
  ['E-mail', (c) => (n(c) % 4 === 1 ? '' : ma(c).mail), ['personalEmail.address']],
  ['Adresse', (c) => `${ma(c).no}, ${ma(c).st[0]}, ${ma(c).st[1]}`, HOMES('street1')],
  ['Ville', () => 'Casablanca', HOMES('city')],
  ['Code postal', (c) => (n(c) % 9 === 0 ? '' : ma(c).st[2]), HOMES('postalCode')],
  ['Couverture médicale', (c) => dbCover(c), []],
  ["N° d'immatriculation", (c) => (dbCover(c) === 'Sans couverture' ? '' : String(100000000 + (n(c) * 7919) % 900000000)), []],
  ['Médecin', (c) => (n(c) % 3 === 0 ? 'Dr Leila Bensouda' : 'Dr Nabil Kettani'), []],
  ['Source', (c) => row(['DabaDoc (en ligne)', 'Cabinet', 'DabaDoc (en ligne)', 'Téléphone'], n(c) % 4), [], opt],
  ['Date de création', (c) => maT(dbMade(c)), [], opt],
  ['Dernier rendez-vous', (c) => maT(dbLast(c)), []],
  ['Prochain rendez-vous', (c) => (n(c) % 3 === 0 ? maT(slot(Date.UTC(2025, 9, 20) + (n(c) % 40) * day, n(c) >> 2)) : ''), []],
  ['Nombre de rendez-vous', (c) => String(1 + (n(c) % 11)), []],
  ['Rendez-vous non honorés', (c) => String(dbMissed(c)), []],
  ['Remarques', (c) => row(['', 'Allergie à la pénicilline', '', 'Suivi acné - isotrétinoïne', 'Préfère les RDV le samedi', ''], n(c) % 6), []],
] }

export const SETS = [SET_MF, SET_CL, SET_PU, SET_SD, SET_PG, SET_TW, SET_TX, SET_BP, SET_KS, SET_DB]
