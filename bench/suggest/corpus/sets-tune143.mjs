// Round 74, tune143: blind tune sets written by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Exports from Israel, Turkey, Iran, Saudi Arabia, Egypt and
// India, headers in the product's UI language: an Israeli restaurant POS's order report (Tabit) and an Israeli
// ticketing platform's order export (Tickchak) (he E 2); a Turkish restaurant POS's ticket list (SambaPOS) (tr E 1);
// an Iranian doctor-booking service's appointment list for a clinic (Paziresh24 پذیرش۲۴) (fa E 1); a Saudi ticketing
// platform's organizer booking export (webook.com) (ar E 1); an Egyptian clinic-booking service's patient list
// (Vezeeta فيزيتا) (ar P 1); an Israeli small-business client manager's client list in its Hebrew UI (vcita) (he P 1);
// an Indian restaurant-ordering and CRM platform's customer export (DotPe) (Indian English P 1); a Turkish CRM's
// prospect list (AKINSOFT CRM) (tr B 1); an Indian calling CRM's lead export for a B2B software seller (NeoDove)
// (Indian English B 1). E 5, P 3, B 2.
// Headers: written from the writer's knowledge of each product for all 10 sets (a short source hunt found no public
// column list for any of them); a subset of each export's columns, in the order the writer knows. Nothing was copied
// from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, local, group, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Israel UTC+2 (+3 in summer), Egypt UTC+2 (+3 in summer since 2023), Turkey and Saudi Arabia UTC+3, Iran UTC+3:30
// (no summer time since 2022), India UTC+5:30
const ist = (ms) => local(ms, 2)
const cai = (ms) => local(ms, 2)
const trt = (ms) => shift(ms, 3)
const ast = (ms) => shift(ms, 3)
const irt = (ms) => shift(ms, 3.5)
const ind = (ms) => shift(ms, 5.5)
const ils = (x) => thou(x, ',', '.')
const tl = (x) => thou(x, '.', ',')
// Indian grouping: 1,23,456.00
const inr = (x) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); const h = a.slice(-3), t = a.slice(0, -3); return `${t ? t.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' : ''}${h}.${b}` }
// Gregorian → Jalali (Solar Hijri) calendar
const g2j = (gy, gm, gd) => {
  const gdm = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  let jy = gy <= 1600 ? 0 : 979; gy -= gy <= 1600 ? 621 : 1600
  const gy2 = gm > 2 ? gy + 1 : gy
  let days = 365 * gy + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) - 80 + gd + gdm[gm - 1]
  jy += 33 * Math.floor(days / 12053); days %= 12053
  jy += 4 * Math.floor(days / 1461); days %= 1461
  if (days > 365) { jy += Math.floor((days - 1) / 365); days = (days - 1) % 365 }
  const jm = days < 186 ? 1 + Math.floor(days / 31) : 7 + Math.floor((days - 186) / 30)
  const jd = 1 + (days < 186 ? days % 31 : (days - 186) % 30)
  return { y: jy, m: jm, d: jd }
}
const jal = (p) => { const j = g2j(p.y, p.m, p.d); return `${j.y}/${pad(j.m)}/${pad(j.d)}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const POOLS = {
  he: {
    m: [['יוסי', 'yossi'], ['אבי', 'avi'], ['איתי', 'itai'], ['עומר', 'omer'], ['דניאל', 'daniel'], ['נועם', 'noam'], ['רון', 'ron'], ['אורי', 'ori']],
    f: [['מיכל', 'michal'], ['נועה', 'noa'], ['שירה', 'shira'], ['יעל', 'yael'], ['תמר', 'tamar'], ['רותם', 'rotem'], ['מאיה', 'maya'], ['הילה', 'hila']],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['אזולאי', 'azulay'], ['גולדברג', 'goldberg'], ['חדד', 'hadad'], ['בן דוד', 'bendavid']],
    mail: ['gmail.com', 'gmail.com', 'walla.co.il', 'hotmail.com', 'yahoo.com', 'gmail.com', '012.net.il'],
  },
  tr: {
    m: [['Mehmet', 'mehmet'], ['Mustafa', 'mustafa'], ['Ahmet', 'ahmet'], ['Emre', 'emre'], ['Burak', 'burak'], ['Can', 'can'], ['Murat', 'murat'], ['Oğuz', 'oguz']],
    f: [['Ayşe', 'ayse'], ['Elif', 'elif'], ['Zeynep', 'zeynep'], ['Fatma', 'fatma'], ['Merve', 'merve'], ['Selin', 'selin'], ['Ebru', 'ebru'], ['Derya', 'derya']],
    last: [['Yılmaz', 'yilmaz'], ['Kaya', 'kaya'], ['Demir', 'demir'], ['Şahin', 'sahin'], ['Çelik', 'celik'], ['Yıldız', 'yildiz'], ['Aydın', 'aydin'], ['Öztürk', 'ozturk'], ['Arslan', 'arslan'], ['Doğan', 'dogan'], ['Koç', 'koc'], ['Kurt', 'kurt']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com', 'icloud.com'],
  },
  sa: {
    m: [['محمد', 'mohammed'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['خالد', 'khalid'], ['سلطان', 'sultan'], ['عبدالعزيز', 'abdulaziz'], ['ناصر', 'nasser'], ['تركي', 'turki']],
    f: [['نورة', 'noura'], ['سارة', 'sara'], ['ريم', 'reem'], ['لمى', 'lama'], ['هيفاء', 'haifa'], ['أمل', 'amal'], ['شهد', 'shahad'], ['جواهر', 'jawaher']],
    last: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الشمري', 'alshammari'], ['الدوسري', 'aldossary'], ['الغامدي', 'alghamdi'], ['الحربي', 'alharbi'], ['الزهراني', 'alzahrani'], ['المطيري', 'almutairi']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com', 'yahoo.com'],
  },
  eg: {
    m: [['أحمد', 'ahmed'], ['محمود', 'mahmoud'], ['مصطفى', 'mostafa'], ['عمرو', 'amr'], ['كريم', 'karim'], ['يوسف', 'youssef'], ['حسام', 'hossam'], ['طارق', 'tarek']],
    f: [['منى', 'mona'], ['ياسمين', 'yasmin'], ['هبة', 'heba'], ['نورهان', 'nourhan'], ['دينا', 'dina'], ['سلمى', 'salma'], ['مروة', 'marwa'], ['رانيا', 'rania']],
    last: [['السيد', 'elsayed'], ['عبدالرحمن', 'abdelrahman'], ['حسن', 'hassan'], ['إبراهيم', 'ibrahim'], ['فؤاد', 'fouad'], ['الشريف', 'elsherif'], ['منصور', 'mansour'], ['عادل', 'adel']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'],
  },
  fa: {
    m: [['علی', 'ali'], ['محمد', 'mohammad'], ['رضا', 'reza'], ['امیر', 'amir'], ['مهدی', 'mehdi'], ['حسین', 'hossein'], ['سعید', 'saeed'], ['آرش', 'arash']],
    f: [['زهرا', 'zahra'], ['فاطمه', 'fatemeh'], ['مریم', 'maryam'], ['سارا', 'sara'], ['نرگس', 'narges'], ['الهام', 'elham'], ['نازنین', 'nazanin'], ['پریسا', 'parisa']],
    last: [['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['رضایی', 'rezaei'], ['احمدی', 'ahmadi'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['نوری', 'nouri']],
    mail: ['gmail.com', 'yahoo.com', 'chmail.ir'],
  },
  in: {
    m: [['Rahul', 'rahul'], ['Arjun', 'arjun'], ['Vikram', 'vikram'], ['Karthik', 'karthik'], ['Rohan', 'rohan'], ['Aditya', 'aditya'], ['Siddharth', 'siddharth'], ['Pranav', 'pranav']],
    f: [['Priya', 'priya'], ['Ananya', 'ananya'], ['Sneha', 'sneha'], ['Kavya', 'kavya'], ['Divya', 'divya'], ['Pooja', 'pooja'], ['Neha', 'neha'], ['Shruti', 'shruti']],
    last: [['Sharma', 'sharma'], ['Iyer', 'iyer'], ['Reddy', 'reddy'], ['Nair', 'nair'], ['Gupta', 'gupta'], ['Patel', 'patel'], ['Rao', 'rao'], ['Menon', 'menon'], ['Kulkarni', 'kulkarni'], ['Shetty', 'shetty'], ['Joshi', 'joshi'], ['Agarwal', 'agarwal']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
  },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), P0 = POOLS[cc], female = r() < 0.5
  const f = v.pick(r, female ? P0.f : P0.m), l = v.pick(r, P0.last)
  const sep = v.pick(r, ['.', '', '_']), num = r() < 0.55 ? v.int(r, 1, 99) : ''
  const p = { female, first: f[0], last: l[0], fr: f[1], lr: l[1], mail: `${f[1]}${sep}${l[1]}${num}@${v.pick(r, P0.mail)}`, birth: Date.UTC(1966, 0, 1) + Math.floor(r() * 38 * 365) * day, r8: v.int(r, 1000000, 9999999), r9: v.int(r, 10000000, 99999999) }
  if (cc === 'he') p.mobile = `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${p.r8}`
  if (cc === 'tr') p.mobile = `05${v.pick(r, ['32', '33', '42', '44', '05', '55', '36'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
  if (cc === 'sa') p.mobile = `9665${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${p.r8}`
  if (cc === 'eg') p.mobile = `01${v.pick(r, ['0', '1', '2', '5'])}${p.r9}`
  if (cc === 'fa') p.mobile = `09${v.pick(r, ['12', '19', '35', '36', '01', '21'])}${p.r8}`
  if (cc === 'in') p.mobile = `${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 10000000, 99999999)}`
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const he = (c) => who(c, 'he')
const tr = (c) => who(c, 'tr')
const sa = (c) => who(c, 'sa')
const eg = (c) => who(c, 'eg')
const fa = (c) => who(c, 'fa')
const ini = (c) => who(c, 'in')
// Israeli ID (teudat zehut): 8 digits and a Luhn-style check digit
const tz = (c) => { const b = pad(n(c) * 97 % 100000000, 8); let s = 0; for (let k = 0; k < 8; k++) { let d = +b[k] * (k % 2 ? 2 : 1); if (d > 9) d -= 9; s += d } return b + String((10 - s % 10) % 10) }
// Iranian national code: 9 digits and a mod-11 check digit
const melli = (c) => { const b = pad(v.int(seeded(c, 'melli'), 1000000, 999999999), 9); let s = 0; for (let k = 0; k < 9; k++) s += +b[k] * (10 - k); const m = s % 11; return b + String(m < 2 ? m : 11 - m) }

// ---------------------------------------------------------------- 1. Tabit order report (he, E)
// a Tel Aviv bistro with dine-in, take-away and delivery; one row per closed order (check)
const TB_SRC = ['קופה', 'קופה', 'Tabit Order', 'Wolt', 'קופה', '10ביס', 'קופה', 'Tabit Order']
const TB_WAITER = ['שני', 'עידו', 'ליאור', 'גל', 'אלון', 'מאיה ק.']
const tbSrc = (o) => row(TB_SRC, n(o) % 8)
const tbKind = (o) => (tbSrc(o) === 'קופה' ? (n(o) % 5 === 0 ? 'טייק אווי' : 'ישיבה') : tbSrc(o) === 'Tabit Order' && n(o) % 2 === 0 ? 'טייק אווי' : 'משלוח')
const tbPax = (o) => (tbKind(o) === 'ישיבה' ? 1 + (n(o) % 5) : 1)
const tbGross = (o) => Math.round((86 + (n(o) * 37) % 140) * tbPax(o) + (n(o) % 3) * 14)
const tbDisc = (o) => (n(o) % 7 === 0 ? Math.round(tbGross(o) * 0.1) : 0)
const tbTotal = (o) => tbGross(o) - tbDisc(o)
const tbTip = (o) => (tbKind(o) === 'ישיבה' && n(o) % 4 !== 0 ? Math.round(tbTotal(o) * 0.12) : 0)
const tbPay = (o) => (tbSrc(o) === '10ביס' ? '10ביס' : tbSrc(o) === 'Wolt' ? 'Wolt' : row(['אשראי', 'אשראי', 'מזומן', 'סיבוס', 'Bit', 'אשראי'], n(o) % 6))
const tbAt = (o) => Date.UTC(2025, 4, 1) + ((n(o) * 7919) % (150 * 86400)) * 1000
const tbOpen = (o) => { const t = tbAt(o); return t - (t % day) + (9 + (n(o) % 13)) * 3600000 + ((n(o) * 17) % 60) * 60000 }
const tbSt = (o) => (n(o) % 29 === 0 ? 'מבוטלת' : 'סגורה')
const TB_ADDR = [['רחוב דיזנגוף', 'תל אביב-יפו'], ['שדרות רוטשילד', 'תל אביב-יפו'], ['רחוב אבן גבירול', 'תל אביב-יפו'], ['רחוב ביאליק', 'רמת גן'], ['רחוב הרצל', 'גבעתיים'], ['רחוב שלמה המלך', 'תל אביב-יפו']]
const tbAd = (c) => row(TB_ADDR, n(c) % 6)
const dlv = (o) => tbKind(o) === 'משלוח'
const SET_TB = { name: 'tabit-doch-hazmanot-il', product: 'Tabit (Tabit Office: דוחות > הזמנות > ייצוא לאקסל, one row per closed order, Hebrew UI, a Tel Aviv bistro with dine-in, take-away and delivery, Asia/Jerusalem, ILS)', family: 'pos', language: 'he', schema: E, cols: [
  ['מספר הזמנה', (c, o) => String(200000 + (n(o) * 131) % 700000), ['_id', OR('purchaseID')]],
  ['תאריך עסקי', (c, o) => dmy(ist(tbOpen(o)), '/'), [], opt],
  ['זמן פתיחה', (c, o) => `${dmy(ist(tbOpen(o)), '/')} ${hm(ist(tbOpen(o)))}`, ['timestamp', OR('createdDate')]],
  ['זמן סגירה', (c, o) => `${dmy(ist(tbOpen(o) + (35 + n(o) % 80) * 60000), '/')} ${hm(ist(tbOpen(o) + (35 + n(o) % 80) * 60000))}`, [], opt],
  ['סניף', () => 'דיזנגוף', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['סוג הזמנה', (c, o) => tbKind(o), [OR('orderType')], opt],
  ['מקור הזמנה', (c, o) => tbSrc(o), [], opt],
  ['שולחן', (c, o) => (tbKind(o) === 'ישיבה' ? String(1 + (n(o) % 24)) : ''), []],
  ['מלצר', (c, o) => (tbKind(o) === 'ישיבה' ? row(TB_WAITER, n(o) % 6) : ''), []],
  ['סועדים', (c, o) => String(tbPax(o)), []],
  ['סכום לפני הנחה', (c, o) => ils(tbGross(o)), [], opt],
  ['הנחות', (c, o) => ils(tbDisc(o)), [OR('discountAmount')]],
  ['מע"מ', (c, o) => ils(tbTotal(o) * 18 / 118), [OR('taxAmount')]],
  ['טיפ', (c, o) => ils(tbTip(o)), []],
  ['סה"כ', (c, o) => ils(tbTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['אמצעי תשלום', (c, o) => tbPay(o), [OR('payments[0].paymentType')]],
  ['מספר קבלה', (c, o) => (tbSt(o) === 'מבוטלת' ? '' : String(40000 + (n(o) * 7) % 50000)), []],
  ['שם לקוח', (c, o) => (tbKind(o) === 'ישיבה' ? '' : `${he(c).first} ${he(c).last}`), []],
  ['טלפון לקוח', (c, o) => (tbKind(o) === 'ישיבה' ? '' : he(c).mobile), PHONE_ID],
  ['כתובת', (c, o) => (dlv(o) ? `${tbAd(c)[0]} ${1 + (n(c) % 140)}${n(c) % 3 === 0 ? `, דירה ${2 + (n(c) % 30)}` : ''}` : ''), [SHIP('street1')]],
  ['עיר', (c, o) => (dlv(o) ? tbAd(c)[1] : ''), [SHIP('city')]],
  ['סטטוס', (c, o) => tbSt(o), [], opt],
  ['הערות', (c, o) => row(['', '', 'בלי בצל', '', 'לדפוק חזק בדלת', 'אלרגיה לאגוזים', ''], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 2. Tickchak order export (he, E)
// a stand-up comedy series at three clubs; one row per order
const TC_EV = [['ערב סטנדאפ עם שחר חסון', '18/09/2025 21:30', 'צוותא, תל אביב'], ['ערב סטנדאפ עם שחר חסון', '02/10/2025 21:30', 'היכל התרבות, ראשון לציון'], ['מופע סטנדאפ - חדש!', '16/10/2025 22:00', 'הבית של הסטנדאפ, חיפה']]
const TC_TK = [['כרטיס רגיל', 149], ['כרטיס רגיל', 149], ['שורות קדמיות', 199], ['סטודנט/חייל', 119], ['כרטיס רגיל', 149]]
const tcEv = (o) => row(TC_EV, n(o) % 3)
const tcTk = (o) => row(TC_TK, (n(o) >> 1) % 5)
const tcQty = (o) => 1 + (n(o) % 4 === 0 ? 0 : 1) + (n(o) % 9 === 0 ? 2 : 0)
const tcFee = (o) => 6 * tcQty(o)
const tcDisc = (o) => (n(o) % 8 === 0 ? 20 * tcQty(o) : 0)
const tcTotal = (o) => tcTk(o)[1] * tcQty(o) + tcFee(o) - tcDisc(o)
const tcSt = (o) => (n(o) % 21 === 0 ? 'בוטלה' : 'שולמה')
const tcAt = (o) => Date.UTC(2025, 6, 15) + ((n(o) * 7919) % (80 * 86400)) * 1000
const tcCity = (c) => row(['תל אביב-יפו', 'ראשון לציון', 'חולון', 'חיפה', 'רמת גן', 'קריית מוצקין', 'הרצליה', 'נתניה'], n(c) % 8)
const SET_TC = { name: 'tickchak-rechishot-il', product: 'Tickchak טיקצ\'אק (ממשק מפיק: אירועים > הזמנות > ייצוא לאקסל, one row per order, Hebrew UI, a stand-up comedy series at three clubs, Asia/Jerusalem, ILS)', family: 'ticketing', language: 'he', schema: E, cols: [
  ['מס\' הזמנה', (c, o) => String(1500000 + (n(o) * 37) % 400000), ['_id', OR('purchaseID')]],
  ['תאריך הזמנה', (c, o) => `${dmy(ist(tcAt(o)), '/')} ${hms(ist(tcAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['שם האירוע', (c, o) => tcEv(o)[0], [], opt],
  ['מועד האירוע', (c, o) => tcEv(o)[1], []],
  ['מקום האירוע', (c, o) => tcEv(o)[2], [], opt],
  ['סוג כרטיס', (c, o) => tcTk(o)[0], [PL('name')], opt],
  ['כמות', (c, o) => String(tcQty(o)), [PL('quantity')]],
  ['מחיר כרטיס', (c, o) => String(tcTk(o)[1]), [], opt],
  ['דמי טיפול', (c, o) => String(tcFee(o)), []],
  ['קוד קופון', (c, o) => (tcDisc(o) ? 'CHAVER20' : ''), ['commerce.promotionID']],
  ['הנחה', (c, o) => String(tcDisc(o)), [OR('discountAmount')]],
  ['סה"כ שולם', (c, o) => String(tcTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['אמצעי תשלום', (c, o) => row(['כרטיס אשראי', 'כרטיס אשראי', 'Bit', 'Apple Pay', 'כרטיס אשראי', 'Google Pay'], n(o) % 6), [OR('payments[0].paymentType')]],
  ['מס\' תשלומים', (c, o) => String(tcTotal(o) > 300 && n(o) % 3 === 0 ? 2 : 1), []],
  ['שם פרטי', (c) => he(c).first, []],
  ['שם משפחה', (c) => he(c).last, []],
  ['טלפון', (c) => he(c).mobile, PHONE_ID],
  ['אימייל', (c) => he(c).mail, EMAIL_ID],
  ['ת.ז.', (c) => (n(c) % 4 === 0 ? '' : tz(c)), []],
  ['עיר', (c) => tcCity(c), [BILL('city')], opt],
  ['מאשר/ת קבלת דיוור', (c) => (c.bool ? 'כן' : 'לא'), []],
  ['סטטוס', (c, o) => tcSt(o), [], opt],
  ['תאריך ביטול', (c, o) => (tcSt(o) === 'בוטלה' ? `${dmy(ist(tcAt(o) + 3 * day), '/')} ${hms(ist(tcAt(o) + 3 * day))}` : ''), [OR('cancelDate')]],
  ['ברקודים', (c, o) => Array.from({ length: tcQty(o) }, (_, k) => String(7290000000000 + ((n(o) * 7 + k) * 104729) % 9999999999)).join(' ; '), []],
] }

// ---------------------------------------------------------------- 3. SambaPOS ticket list (tr, E)
// an ocakbaşı kebab restaurant in Kadıköy with a delivery counter; one row per adisyon (ticket)
const SP_DEP = ['Restoran', 'Restoran', 'Paket Servis', 'Restoran', 'Gel Al', 'Paket Servis']
const spDep = (o) => row(SP_DEP, n(o) % 6)
const spPax = (o) => (spDep(o) === 'Restoran' ? 1 + (n(o) % 6) : 1)
const spSub = (o) => (420 + (n(o) * 53) % 600) * spPax(o) + (n(o) % 4) * 90
const spIkram = (o) => (n(o) % 9 === 0 ? 120 : 0)
const spDisc = (o) => (n(o) % 10 === 0 ? Math.round(spSub(o) * 0.1) : 0)
const spServ = (o) => (spDep(o) === 'Restoran' ? Math.round(spSub(o) * 0.05) : 0)
const spTot = (o) => spSub(o) - spIkram(o) - spDisc(o) + spServ(o)
const spPay = (o) => row(['Kredi Kartı', 'Nakit', 'Kredi Kartı', 'Multinet', 'Sodexo', 'Kredi Kartı', 'Ticket Restaurant'], n(o) % 7)
const spAt = (o) => { const t = Date.UTC(2025, 2, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000; return t - (t % day) + (8 + (n(o) % 13)) * 3600000 + ((n(o) * 13) % 60) * 60000 }
const spSt = (o) => (n(o) % 31 === 0 ? 'İptal' : 'Ödendi')
const SP_ADR = ['Caferağa Mah. Moda Cad. No:', 'Osmanağa Mah. Söğütlüçeşme Cad. No:', 'Rasimpaşa Mah. Rıhtım Cad. No:', 'Fenerbahçe Mah. Bağdat Cad. No:', 'Koşuyolu Mah. Mahmut Baler Sok. No:']
const SET_SP = { name: 'sambapos-adisyon-listesi-tr', product: 'SambaPOS (Yönetim > Raporlar > Adisyonlar > Excel\'e Aktar, one row per ticket (adisyon), Turkish UI, a Kadıköy kebab restaurant with a delivery counter, Europe/Istanbul, TRY)', family: 'pos', language: 'tr', schema: E, cols: [
  ['Adisyon No', (c, o) => String(10000 + (n(o) * 7) % 90000), ['_id', OR('purchaseID')]],
  ['Tarih', (c, o) => `${dmy(trt(spAt(o)))} ${hm(trt(spAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['Kapanış Tarihi', (c, o) => `${dmy(trt(spAt(o) + (25 + n(o) % 70) * 60000))} ${hm(trt(spAt(o) + (25 + n(o) % 70) * 60000))}`, [], opt],
  ['Departman', (c, o) => spDep(o), [OR('orderType')], opt],
  ['Masa', (c, o) => (spDep(o) === 'Restoran' ? `${row(['Salon', 'Bahçe', 'Teras'], n(o) % 3)} ${1 + (n(o) % 16)}` : ''), []],
  ['Garson', (c, o) => (spDep(o) === 'Restoran' ? row(['Hüseyin', 'Kemal', 'Serkan', 'Gökhan'], n(o) % 4) : ''), []],
  ['Kişi Sayısı', (c, o) => String(spPax(o)), []],
  ['Müşteri Adı', (c, o) => (spDep(o) === 'Restoran' ? '' : `${tr(c).first} ${tr(c).last}`), []],
  ['Telefon', (c, o) => (spDep(o) === 'Restoran' ? '' : tr(c).mobile), PHONE_ID],
  ['Adres', (c, o) => (spDep(o) === 'Paket Servis' ? `${row(SP_ADR, n(c) % 5)}${1 + (n(c) % 120)} D:${1 + (n(c) % 12)} Kadıköy/İstanbul` : ''), [SHIP('street1')]],
  ['Ara Toplam', (c, o) => tl(spSub(o)), [], opt],
  ['İkram', (c, o) => tl(spIkram(o)), []],
  ['İndirim', (c, o) => tl(spDisc(o)), [OR('discountAmount')]],
  ['Servis Ücreti', (c, o) => tl(spServ(o)), []],
  ['KDV', (c, o) => tl(spTot(o) * 10 / 110), [OR('taxAmount')]],
  ['Toplam', (c, o) => tl(spTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Ödeme Tipi', (c, o) => (spSt(o) === 'İptal' ? '' : spPay(o)), [OR('payments[0].paymentType')]],
  ['Durum', (c, o) => spSt(o), [], opt],
  ['Adisyon Notu', (c, o) => row(['', '', 'Acısız olsun', '', 'Zili çalmayın', 'Soğan ayrı', ''], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 4. Paziresh24 appointment list (fa, E)
// a three-doctor dermatology and beauty clinic in Tehran; one row per booked appointment
const PZ_DR = [['دکتر سمیرا کاظمی', 'متخصص پوست، مو و زیبایی'], ['دکتر بهزاد نیکنام', 'متخصص پوست، مو و زیبایی'], ['دکتر لیلا افشار', 'فلوشیپ لیزر و جوانسازی']]
const PZ_INS = ['آزاد', 'تامین اجتماعی', 'آزاد', 'بیمه سلامت', 'آتیه سازان حافظ', 'آزاد', 'نیروهای مسلح']
const pzDr = (o) => row(PZ_DR, n(o) % 3)
const pzKind = (o) => row(['حضوری', 'حضوری', 'مشاوره تلفنی', 'حضوری', 'مشاوره متنی'], n(o) % 5)
const pzFee = (o) => (pzKind(o) === 'حضوری' ? 350000 : pzKind(o) === 'مشاوره تلفنی' ? 280000 : 180000)
const pzSt = (o) => row(['ویزیت شده', 'ویزیت شده', 'در انتظار', 'لغو شده', 'ویزیت شده', 'مراجعه نکرده', 'در انتظار'], n(o) % 7)
const pzAt = (o) => Date.UTC(2025, 3, 1) + ((n(o) * 7919) % (160 * 86400)) * 1000
const pzVisit = (o) => { const t = pzAt(o) + (1 + (n(o) % 12)) * day; return t - (t % day) + (12 + (n(o) % 7)) * 3600000 - 3.5 * 3600000 + ((n(o) % 4) * 15) * 60000 }
const SET_PZ = { name: 'paziresh24-nobat-ha-ir', product: 'پذیرش۲۴ Paziresh24 (پنل پزشک/مرکز: نوبت‌ها > لیست نوبت‌ها > خروجی اکسل, one row per booked appointment, Persian UI, a three-doctor dermatology clinic in Tehran, Asia/Tehran, IRT toman amounts)', family: 'clinic', language: 'fa', schema: E, cols: [
  ['کد پیگیری', (c, o) => String(80000000 + (n(o) * 104729) % 19999999), ['_id', OR('purchaseID')]],
  ['تاریخ ثبت', (c, o) => `${jal(irt(pzAt(o)))} ${hm(irt(pzAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['تاریخ نوبت', (c, o) => jal(irt(pzVisit(o))), []],
  ['ساعت نوبت', (c, o) => hm(irt(pzVisit(o))), []],
  ['نام', (c) => fa(c).first, []],
  ['نام خانوادگی', (c) => fa(c).last, []],
  ['کد ملی', (c) => melli(c), []],
  ['شماره موبایل', (c) => fa(c).mobile, PHONE_ID],
  ['جنسیت', (c) => (fa(c).female ? 'زن' : 'مرد'), []],
  ['نام پزشک', (c, o) => pzDr(o)[0], [], opt],
  ['تخصص', (c, o) => pzDr(o)[1], []],
  ['نوع نوبت', (c, o) => pzKind(o), [], opt],
  ['مرکز درمانی', () => 'کلینیک پوست و مو آرتا - سعادت آباد', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['بیمه', (c, o) => (pzKind(o) === 'حضوری' ? row(PZ_INS, n(o) % 7) : ''), []],
  ['مبلغ پرداختی (تومان)', (c, o) => (pzSt(o) === 'لغو شده' && n(o) % 2 ? '0' : group(pzFee(o))), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['کد رهگیری پرداخت', (c, o) => String(600000000000 + (n(o) * 7919) % 99999999999), [OR('payments[0].transactionID')]],
  ['وضعیت نوبت', (c, o) => pzSt(o), [], opt],
  ['تاریخ لغو', (c, o) => (pzSt(o) === 'لغو شده' ? `${jal(irt(pzAt(o) + day))} ${hm(irt(pzAt(o) + day))}` : ''), [OR('cancelDate')]],
  ['توضیحات بیمار', (c, o) => row(['', 'ریزش مو', '', 'جوش صورت', 'مشاوره لیزر', '', 'پیگیری درمان قبلی'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 5. webook.com booking export (ar, E)
// a promoter's Arabic comedy night series in Riyadh; one row per booking
const WB_EV = [['ليلة الكوميديا العربية', '2025-11-06 21:00'], ['ليلة الكوميديا العربية', '2025-11-13 21:00'], ['ليلة الكوميديا العربية - عرض خاص', '2025-11-20 22:00']]
const WB_ZN = [['فضي', 150], ['ذهبي', 250], ['فضي', 150], ['VIP', 450], ['ذهبي', 250]]
const wbZn = (o) => row(WB_ZN, (n(o) >> 1) % 5)
const wbQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0)
const wbDisc = (o) => (n(o) % 9 === 0 ? Math.round(wbZn(o)[1] * wbQty(o) * 0.15) : 0)
const wbNet = (o) => wbZn(o)[1] * wbQty(o) - wbDisc(o)
const wbVat = (o) => wbNet(o) * 0.15
const wbSt = (o) => (n(o) % 23 === 0 ? 'مسترد' : n(o) % 17 === 0 ? 'ملغي' : 'مؤكد')
const wbAt = (o) => Date.UTC(2025, 8, 20) + ((n(o) * 7919) % (45 * 86400)) * 1000
const sar = (x) => thou(x, ',', '.')
const SET_WB = { name: 'webook-hujuzat-sa', product: 'webook.com (لوحة المنظم: الفعاليات > الحجوزات > تصدير Excel, one row per booking, Arabic UI, a promoter\'s comedy-night series in Riyadh, Asia/Riyadh, SAR)', family: 'ticketing', language: 'ar', schema: E, cols: [
  ['رقم الحجز', (c, o) => `WB${pad((n(o) * 104729) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
  ['تاريخ الحجز', (c, o) => `${ymd(ast(wbAt(o)))} ${hm(ast(wbAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['اسم الفعالية', (c, o) => row(WB_EV, n(o) % 3)[0], [], opt],
  ['تاريخ الفعالية', (c, o) => row(WB_EV, n(o) % 3)[1], []],
  ['فئة التذكرة', (c, o) => wbZn(o)[0], [PL('name')], opt],
  ['عدد التذاكر', (c, o) => String(wbQty(o)), [PL('quantity')]],
  ['سعر التذكرة', (c, o) => sar(wbZn(o)[1]), [], opt],
  ['رمز الخصم', (c, o) => (wbDisc(o) ? 'COMEDY15' : ''), ['commerce.promotionID']],
  ['الخصم', (c, o) => sar(wbDisc(o)), [OR('discountAmount')]],
  ['ضريبة القيمة المضافة', (c, o) => sar(wbVat(o)), [OR('taxAmount')]],
  ['المبلغ الإجمالي', (c, o) => sar(wbNet(o) + wbVat(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['العملة', () => 'SAR', [OR('currencyCode')]],
  ['طريقة الدفع', (c, o) => row(['مدى', 'Apple Pay', 'مدى', 'فيزا / ماستركارد', 'تابي', 'تمارا', 'Apple Pay'], n(o) % 7), [OR('payments[0].paymentType')]],
  ['حالة الحجز', (c, o) => wbSt(o), [], opt],
  ['الاسم', (c) => `${sa(c).first} ${sa(c).last}`, []],
  ['رقم الجوال', (c) => `+${sa(c).mobile}`, PHONE_ID],
  ['البريد الإلكتروني', (c) => sa(c).mail, EMAIL_ID],
  ['الجنسية', (c) => row(['سعودي', 'سعودي', 'سعودي', 'مصري', 'سعودي', 'أردني', 'سعودي', 'كويتي'], n(c) % 8), []],
  ['الجنس', (c) => (sa(c).female ? 'أنثى' : 'ذكر'), []],
  ['حالة الدخول', (c, o) => (wbSt(o) !== 'مؤكد' ? '' : n(o) % 5 === 0 ? 'لم يتم الدخول' : 'تم الدخول'), []],
] }

// ---------------------------------------------------------------- 6. Vezeeta patient list (ar, P)
// a paediatrics and family clinic in Nasr City, Cairo, booked through Vezeeta and by phone
const VZ_AREA = [['القاهرة', 'مدينة نصر', 'شارع عباس العقاد'], ['القاهرة', 'مصر الجديدة', 'شارع الحجاز'], ['القاهرة', 'التجمع الخامس', 'شارع التسعين الشمالي'], ['الجيزة', 'الدقي', 'شارع التحرير'], ['القاهرة', 'مدينة نصر', 'شارع مكرم عبيد'], ['القليوبية', 'العبور', 'الحي الأول']]
const vzAr = (c) => row(VZ_AREA, n(c) % 6)
const vzIns = (c) => row(['', '', 'أكسا', 'ميدنت', '', 'جلوب ميد', 'مصر للتأمين', ''], n(c) % 8)
// the patient is the family's child: child's name + father's name + family name; the parent who booked is the contact
const vzKid = (c) => { const r = seeded(c, 'vzkid'), female = r() < 0.5, pool = POOLS.eg[female ? 'f' : 'm']; let first = v.pick(r, pool)[0]; if (first === eg(c).first) first = pool[(pool.findIndex((x) => x[0] === first) + 1) % pool.length][0]; const father = eg(c).female ? v.pick(r, POOLS.eg.m.filter((x) => x[0] !== first))[0] : eg(c).first; return { female, first, father, birth: Date.UTC(2011, 0, 1) + Math.floor(r() * 14 * 365) * day } }
const vzBirth = (c) => ymd(shift(vzKid(c).birth, 0))
const vzFirst = (c) => Math.max(Math.min(c.created, c.updated), vzKid(c).birth + 40 * day)
const vzLast = (c) => Math.max(Math.max(c.created, c.updated), vzFirst(c) + (n(c) % 200) * day)
const SET_VZ = { name: 'vezeeta-qaimat-almarda-eg', product: 'Vezeeta فيزيتا (برنامج إدارة العيادة: المرضى > قائمة المرضى > تصدير Excel, one row per patient file, Arabic UI, a paediatrics clinic in Nasr City, Cairo, Africa/Cairo, EGP)', family: 'clinic', language: 'ar', schema: P, cols: [
  ['رقم الملف', (c) => String(1000 + (n(c) * 7) % 9000), ID],
  ['اسم المريض', (c) => `${vzKid(c).first} ${vzKid(c).father} ${eg(c).last}`, ['person.name.fullName']],
  ['النوع', (c) => (vzKid(c).female ? 'أنثى' : 'ذكر'), ['person.gender']],
  ['تاريخ الميلاد', (c) => vzBirth(c), ['person.birthDate']],
  ['السن', (c) => `${2025 - shift(vzKid(c).birth, 0).y} سنة`, []],
  ['رقم الموبايل', (c) => eg(c).mobile, ['mobilePhone.number']],
  ['رقم موبايل آخر', (c) => (n(c) % 3 === 0 ? `01${row(['0', '1', '2', '5'], n(c) % 4)}${pad((n(c) * 7919) % 100000000, 8)}` : ''), ['homePhone.number'], opt],
  ['البريد الإلكتروني', (c) => (n(c) % 3 === 1 ? '' : eg(c).mail), ['personalEmail.address']],
  ['اسم ولي الأمر', (c) => `${eg(c).first} ${eg(c).last}`, []],
  ['المحافظة', (c) => vzAr(c)[0], STATE(['homeAddress', 'mailingAddress'])],
  ['المنطقة', (c) => vzAr(c)[1], HOMES('city'), opt],
  ['العنوان', (c) => `${1 + (n(c) % 90)} ${vzAr(c)[2]}`, HOMES('street1')],
  ['شركة التأمين', (c) => vzIns(c), []],
  ['رقم كارت التأمين', (c) => (vzIns(c) ? String(100000000 + (n(c) * 104729) % 899999999) : ''), []],
  ['تاريخ التسجيل', (c) => ymd(cai(vzFirst(c))), [], opt],
  ['آخر زيارة', (c) => ymd(cai(vzLast(c))), []],
  ['عدد الزيارات', (c) => String(1 + (n(c) % 14)), []],
  ['مصدر الحجز', (c) => row(['فيزيتا', 'فيزيتا', 'تليفون', 'حضور مباشر', 'فيزيتا'], n(c) % 5), [], opt],
  ['ملاحظات', (c) => row(['', 'حساسية من البنسلين', '', 'ربو شعبي', '', 'متابعة تطعيمات'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 7. vcita client list (he, P)
// a pilates studio in Ra'anana managing clients, bookings and payments in vcita's Hebrew UI
const VC_CITY = [['רעננה', 'רחוב אחוזה', '43000'], ['כפר סבא', 'רחוב ויצמן', '44100'], ['הוד השרון', 'רחוב דרך רמתיים', '45200'], ['הרצליה', 'רחוב סוקולוב', '46100'], ['רעננה', 'רחוב העבודה', '43000']]
const vcCity = (c) => row(VC_CITY, n(c) % 5)
const vcSt = (c) => row(['לקוח פעיל', 'לקוח פעיל', 'ליד', 'לקוח לא פעיל', 'לקוח פעיל', 'ליד'], n(c) % 6)
const SET_VC = { name: 'vcita-reshimat-lakochot-il', product: 'vcita (לקוחות > בחירת הכל > ייצוא, one row per client, Hebrew UI, a pilates studio in Ra\'anana)', family: 'crm', language: 'he', schema: P, cols: [
  ['מזהה לקוח', (c) => v.hex(seeded(c, 'vcid'), 16), ID],
  ['שם פרטי', (c) => he(c).first, ['person.name.firstName']],
  ['שם משפחה', (c) => he(c).last, ['person.name.lastName']],
  ['אימייל', (c) => he(c).mail, ['personalEmail.address']],
  ['טלפון נייד', (c) => he(c).mobile, ['mobilePhone.number']],
  ['כתובת', (c) => `${vcCity(c)[1]} ${1 + (n(c) % 80)}`, HOMES('street1')],
  ['עיר', (c) => vcCity(c)[0], HOMES('city')],
  ['מיקוד', (c) => (n(c) % 4 === 0 ? '' : `${vcCity(c)[2].slice(0, 3)}${pad((n(c) * 7) % 10000, 4)}`), HOMES('postalCode')],
  ['תאריך לידה', (c) => (n(c) % 3 === 0 ? '' : dmy(shift(he(c).birth, 0), '/')), ['person.birthDate']],
  ['סטטוס', (c) => vcSt(c), [], opt],
  ['תגיות', (c) => row(['מנוי חודשי', 'כרטיסיה 10', '', 'שיעור ניסיון', 'מנוי חודשי, פרטי'], n(c) % 5), []],
  ['מקור', (c) => row(['אתר', 'אינסטגרם', 'המלצה', 'ייבוא', 'אתר'], n(c) % 5), [], opt],
  ['תאריך יצירה', (c) => dmy(ist(Math.min(c.created, c.updated)), '/'), [], opt],
  ['פגישה אחרונה', (c) => (vcSt(c) === 'ליד' ? '' : `${dmy(ist(Math.max(c.created, c.updated)), '/')} ${hm(ist(Math.max(c.created, c.updated)))}`), []],
  ['פגישה הבאה', (c) => (vcSt(c) === 'לקוח פעיל' && n(c) % 2 === 0 ? `${dmy(ist(Date.UTC(2025, 9, 1) + (n(c) % 20) * day + (7 + n(c) % 12) * 3600000), '/')} ${hm(ist(Date.UTC(2025, 9, 1) + (n(c) % 20) * day + (7 + n(c) % 12) * 3600000))}` : ''), []],
  ['סה"כ שולם', (c) => (vcSt(c) === 'ליד' ? '0.00' : ils(480 * (1 + (n(c) % 9)))), [], opt],
  ['יתרה לתשלום', (c) => (n(c) % 7 === 0 ? ils(120) : '0.00'), []],
  ['הערות', (c) => row(['', 'בעיות גב תחתון', '', 'בהריון - שבוע 20', '', 'מעדיפה בקרים'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. DotPe customer export (Indian English, P)
// a four-outlet café chain in Bengaluru taking QR and online orders through DotPe
const DP_LOC = [['Indiranagar', '560038'], ['Koramangala', '560034'], ['HSR Layout', '560102'], ['Jayanagar', '560041'], ['Whitefield', '560066'], ['Malleshwaram', '560003']]
const dpLoc = (c) => row(DP_LOC, n(c) % 6)
const dpOrders = (c) => 1 + (n(c) * 7) % 38
const dpSpend = (c) => dpOrders(c) * (240 + (n(c) * 13) % 520)
const dpSeg = (c) => (dpOrders(c) === 1 ? 'New' : dpOrders(c) > 20 ? 'Loyal' : n(c) % 5 === 0 ? 'At Risk' : 'Repeat')
const dpD = (p) => dmy(p, '-')
const SET_DP = { name: 'dotpe-customer-list-in', product: 'DotPe (Merchant Dashboard: Customers > All Customers > Download CSV, one row per customer, English UI, a four-outlet café chain in Bengaluru, Asia/Kolkata, INR)', family: 'loyalty', language: 'en', schema: P, cols: [
  ['Customer Name', (c) => `${ini(c).first} ${ini(c).last}`, ['person.name.fullName']],
  ['Mobile No.', (c) => ini(c).mobile, ['mobilePhone.number']],
  ['Email ID', (c) => (n(c) % 3 === 0 ? '' : ini(c).mail), ['personalEmail.address']],
  ['Gender', (c) => (n(c) % 4 === 0 ? '' : ini(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Date of Birth', (c) => (n(c) % 3 === 1 ? '' : dpD(shift(ini(c).birth, 0))), ['person.birthDate']],
  ['Anniversary', (c) => (n(c) % 5 === 0 && ini(c).birth < Date.UTC(1998, 0, 1) ? dpD(shift(ini(c).birth + (24 + n(c) % 4) * 365 * day, 0)) : ''), []],
  ['First Order Date', (c) => dpD(ind(Math.min(c.created, c.updated))), [], opt],
  ['Last Order Date', (c) => dpD(ind(Math.max(c.created, c.updated))), []],
  ['Total Orders', (c) => String(dpOrders(c)), [], opt],
  ['Total Spend (₹)', (c) => inr(dpSpend(c)), [], opt],
  ['Avg. Order Value (₹)', (c) => inr(dpSpend(c) / dpOrders(c)), []],
  ['Loyalty Points', (c) => String(Math.floor(dpSpend(c) / 100) - (n(c) % 4 === 0 ? Math.floor(dpSpend(c) / 400) : 0)), ['loyalty.points']],
  ['Points Redeemed', (c) => String(n(c) % 4 === 0 ? Math.floor(dpSpend(c) / 400) : 0), ['loyalty.pointsRedeemed']],
  ['Customer Segment', (c) => dpSeg(c), [], opt],
  ['Favourite Outlet', (c) => row(['Third Wave Indiranagar', 'Koramangala 5th Block', 'HSR 27th Main', 'Jayanagar 4th Block'], n(c) % 4), [], opt],
  ['Locality', (c) => dpLoc(c)[0], [], opt],
  ['City', () => 'Bengaluru', HOMES('city')],
  ['Pincode', (c) => dpLoc(c)[1], HOMES('postalCode')],
  ['WhatsApp Opt-in', (c) => (c.bool ? 'Yes' : 'No'), []],
] }

// ---------------------------------------------------------------- 9. AKINSOFT CRM prospect list (tr, B)
// an industrial-kitchen equipment maker's prospects: hotels, restaurants and caterers across Turkey
const AK_CO = [
  ['Ege Mutfak Gıda San. ve Tic. Ltd. Şti.', 'egemutfak.com.tr', 'İzmir', 'Bornova', '35040', 'Kazımdirik Mah. 372/2 Sok. No:14', '0232', 'Bornova', 'Yiyecek - İçecek'],
  ['Anka Otelcilik Turizm A.Ş.', 'ankahotels.com', 'Antalya', 'Muratpaşa', '07100', 'Lara Cad. No:211', '0242', 'Antalya Kurumlar', 'Turizm - Otelcilik'],
  ['Bereket Catering Hizmetleri Ltd. Şti.', 'bereketcatering.com', 'Kocaeli', 'Gebze', '41400', 'Güzeller OSB Mah. İnönü Cad. No:32', '0262', 'Gebze', 'Toplu Yemek'],
  ['Lezzet Durağı Restoran İşletmeciliği A.Ş.', 'lezzetduragi.com.tr', 'İstanbul', 'Ataşehir', '34750', 'Barbaros Mah. Begonya Sok. No:3', '0216', 'Kozyatağı', 'Restoran Zinciri'],
  ['Kapadokya Butik Otel İnşaat Tur. Ltd. Şti.', 'kapadokyabutik.com', 'Nevşehir', 'Ürgüp', '50400', 'İstiklal Cad. No:45', '0384', 'Ürgüp', 'Turizm - Otelcilik'],
  ['Başkent Hastane Yemek Hizm. Ltd. Şti.', '', 'Ankara', 'Çankaya', '06520', 'Mustafa Kemal Mah. 2120. Cad. No:8', '0312', 'Çankaya', 'Toplu Yemek'],
]
const akCo = (c) => row(AK_CO, n(c) % 6)
const akTel = (c) => `${akCo(c)[6]} ${v.int(seeded(c, 'akt'), 300, 699)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const akMail = (c) => (akCo(c)[1] ? `${tr(c).fr}.${tr(c).lr}@${akCo(c)[1]}` : tr(c).mail)
const akSt = (c) => row(['Yeni', 'Görüşülüyor', 'Teklif Verildi', 'Görüşülüyor', 'Olumsuz', 'Müşteriye Dönüştü'], n(c) % 6)
const SET_AK = { name: 'akinsoft-crm-potansiyel-musteriler-tr', product: 'AKINSOFT CRM (Potansiyel Müşteriler > Liste > Excel\'e Aktar, one row per prospect contact, Turkish UI, an industrial-kitchen equipment maker\'s prospects across Turkey)', family: 'crm', language: 'tr', schema: B, cols: [
  ['Kodu', (c) => `PM-${pad(n(c) % 100000, 5)}`, B2BID],
  ['Firma Adı', (c) => akCo(c)[0], CO],
  ['Yetkili Adı', (c) => tr(c).first, ['person.name.firstName']],
  ['Yetkili Soyadı', (c) => tr(c).last, ['person.name.lastName']],
  ['Görevi', (c) => row(['Satın Alma Müdürü', 'Genel Müdür', 'Mutfak Şefi', 'İşletme Müdürü', 'Satın Alma Uzmanı', 'Yönetim Kurulu Üyesi'], n(c) % 6), ['extendedWorkDetails.jobTitle']],
  ['Departman', (c) => row(['Satın Alma', 'Yönetim', 'Mutfak', 'Operasyon', 'Satın Alma', 'Yönetim'], n(c) % 6), ['extendedWorkDetails.departments[0]']],
  ['Telefon', (c) => akTel(c), ['workPhone.number']],
  ['Cep Telefonu', (c) => (n(c) % 4 === 0 ? '' : tr(c).mobile), ['mobilePhone.number']],
  ['E-Posta', (c) => akMail(c), WE],
  ['Web Adresi', (c) => (akCo(c)[1] ? `www.${akCo(c)[1]}` : ''), ['b2b.companyWebsite']],
  ['Adres', (c) => akCo(c)[5], [W('street1')]],
  ['İlçe', (c) => akCo(c)[3], [], opt],
  ['İl', (c) => akCo(c)[2], [W('city'), ...STATE(['workAddress'])]],
  ['Posta Kodu', (c) => akCo(c)[4], [W('postalCode')]],
  ['Ülke', () => 'Türkiye', [W('country')]],
  ['Vergi Dairesi', (c) => akCo(c)[7], []],
  ['Vergi No', (c) => pad((n(c) * 104729) % 10000000000, 10), ACCT, opt],
  ['Sektör', (c) => akCo(c)[8], []],
  ['Kaynak', (c) => row(['Fuar - Host İstanbul', 'Web Sitesi', 'Referans', 'Soğuk Arama', 'Fuar - Host İstanbul', 'Bayi'], (n(c) >> 1) % 6), ['b2b.personSource']],
  ['Durumu', (c) => akSt(c), ['b2b.personStatus'], opt],
  ['Müşteri Temsilcisi', (c) => row(['Hakan Erdem', 'Seda Korkmaz', 'Volkan Aksoy'], n(c) % 3), []],
  ['Kayıt Tarihi', (c) => dmy(trt(Math.min(c.created, c.updated))), ['extSourceSystemAudit.createdDate']],
  ['Son Görüşme Tarihi', (c) => (akSt(c) === 'Yeni' ? '' : dmy(trt(Math.max(c.created, c.updated)))), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['Açıklama', (c) => row(['', 'Yeni şube açılışı için kombi fırın talebi', '', 'Bulaşık makinesi yenileme', 'Fiyat yüksek bulundu', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 10. NeoDove lead export (Indian English, B)
// a Pune GST-billing software company's inside-sales team calling SME owners
const ND_CO = [['Shree Ganesh Traders', 'Pune', 'Maharashtra'], ['Balaji Hardware & Sanitary', 'Nashik', 'Maharashtra'], ['Sai Krupa Enterprises', 'Hubballi', 'Karnataka'], ['Annapurna Sweets', 'Indore', 'Madhya Pradesh'], ['Om Sai Medical Stores', 'Nagpur', 'Maharashtra'], ['Vishwas Auto Parts', 'Surat', 'Gujarat'], ['Lakshmi Textiles', 'Coimbatore', 'Tamil Nadu']]
const ndCo = (c) => row(ND_CO, n(c) % 7)
const ndStage = (c) => row(['New', 'Interested', 'Follow Up', 'Not Interested', 'Demo Scheduled', 'Converted', 'Follow Up'], n(c) % 7)
const ndAt = (c) => Math.min(c.created, c.updated)
const ndDt = (ms) => { const p = ind(ms); return `${dmy(p, '-')} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const SET_ND = { name: 'neodove-leads-export-in', product: 'NeoDove (Leads > filter > Export Leads, one row per lead, English UI, a Pune billing-software company\'s inside-sales team calling SME owners, Asia/Kolkata, INR)', family: 'crm', language: 'en', schema: B, cols: [
  ['Lead ID', (c) => String(3100000 + (n(c) * 13) % 900000), B2BID],
  ['Name', (c) => `${ini(c).first} ${ini(c).last}`, ['person.name.fullName']],
  ['Mobile Number', (c) => `+91 ${ini(c).mobile}`, ['mobilePhone.number']],
  ['Alternate Number', (c) => (n(c) % 3 === 0 ? `0${row(['20', '253', '836', '731'], n(c) % 4)}-${2400000 + (n(c) * 7) % 600000}` : ''), ['workPhone.number'], opt],
  ['Email', (c) => (n(c) % 4 === 0 ? '' : ini(c).mail), WE],
  ['Company Name', (c) => ndCo(c)[0], CO],
  ['Designation', (c) => row(['Proprietor', 'Owner', 'Partner', 'Accountant', 'Manager', 'Director'], n(c) % 6), ['extendedWorkDetails.jobTitle']],
  ['City', (c) => ndCo(c)[1], [W('city')]],
  ['State', (c) => ndCo(c)[2], STATE(['workAddress'])],
  ['Lead Source', (c) => row(['IndiaMART', 'Website', 'Facebook Ads', 'JustDial', 'IndiaMART', 'Referral'], (n(c) >> 1) % 6), ['b2b.personSource']],
  ['Campaign', (c) => row(['GST Diwali Offer', '', 'FB Lead Form - Billing', '', 'IndiaMART Buy Leads', ''], (n(c) >> 1) % 6), [], opt],
  ['Assigned To', (c) => row(['Aniket Pawar', 'Sonal Deshmukh', 'Imran Shaikh', 'Tejas More'], n(c) % 4), []],
  ['Stage', (c) => ndStage(c), ['b2b.personStatus'], opt],
  ['Disposition', (c) => row(['', 'Call Back Later', 'Busy', 'Not Reachable', 'Demo Done', 'Payment Done', 'Switched Off'], n(c) % 7), [], opt],
  ['Last Call Date', (c) => (ndStage(c) === 'New' ? '' : ndDt(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['Next Follow Up', (c) => (['Follow Up', 'Demo Scheduled', 'Interested'].includes(ndStage(c)) ? ndDt(Math.max(c.created, c.updated) + (2 + n(c) % 6) * day) : ''), []],
  ['Created On', (c) => ndDt(ndAt(c)), ['extSourceSystemAudit.createdDate']],
  ['Deal Value', (c) => (['Converted', 'Demo Scheduled', 'Interested'].includes(ndStage(c)) ? inr(row([5999, 9999, 14999, 24999], n(c) % 4)) : ''), []],
  ['Remarks', (c) => row(['', 'Using Tally, wants mobile billing', '', 'Asked for Hindi demo', 'Price too high', 'Has 3 outlets'], n(c) % 6), []],
] }

export const SETS = [SET_TB, SET_TC, SET_SP, SET_PZ, SET_WB, SET_VZ, SET_VC, SET_DP, SET_AK, SET_ND]
