// Round 81, heldout226: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Exports of products used in the Middle East, Africa and
// South Asia, headers in the language each product's UI uses there: a food-delivery platform's partner order history
// for a three-branch Kuwait City shawarma and grill restaurant (talabat Partner Hub) (KW, ar E 1); an Israeli payment
// gateway's transactions report for a Ra'anana online natural-cosmetics shop (Cardcom) (IL, he E 1); a Turkish
// marketplace's seller order export for a Kadıköy board-game and puzzle shop (idefix) (TR, tr E 1); a Moroccan pharmacy
// system's sales-lines export for a Casablanca pharmacy (Sobrus Pharma) (MA, fr E 1); a digital-ledger (udhaar khata)
// app's customer report for a Lucknow kirana and dairy store (OkCredit) (IN, hi P 1); an Iranian job board's applicant
// export for a Tehran fintech start-up's job ads (جابینجا / Jobinja) (IR, fa P 1); a Saudi HR and payroll system's
// employee export for a Riyadh specialty-coffee and bakery chain (جسر / Jisr) (SA, ar B 1); a pharma-trade ERP's
// ledger (party) list for a Jaipur pharmaceutical distributor's chemist customers (Marg ERP 9+) (IN, en B 1).
// E 4, P 2, B 2. Sectors: food delivery, fintech (2), marketplace, pharmacy (2), recruiting and HR (2).
// Sources: a short hunt with the search tool (pages, docs and code corpora) found no public column list for any of the
// eight exports. It found Marg's own help pages (care.margcompusoft.com, "How to Create New Ledger in Marg ERP Software"
// and "What is the process of Drug and Food License in Marg Software"), which name the ledger fields Ledger Name,
// Station, Account Group and the drug/food licence numbers the Marg columns below use; and open-source Cardcom API
// client code (CardOwnerName, CardOwnerId, CardOwnerPhone, CardOwnerEmail, ReturnValue, ISOCoinId 1=ILS) matching the
// Cardcom columns for the card owner's name, ID number, phone, e-mail and the merchant's order number (ReturnValue).
// Everything else (the exact header wording, the columns and their order, for all eight sets) is written from the
// writer's knowledge of each product and of how businesses in each country write such data. A realistic subset of each
// export's columns. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, shift, local, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const BRANCH = ['commerce.commerceScope.storeCode', 'placeContext.POIinteraction.POIDetail.name']
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')
// Kuwait, Riyadh, Istanbul +3; Tel Aviv +2 (+3 in summer); Casablanca +1; Lucknow +5:30; Tehran +3:30 (no DST since 2022)
const ast = (ms) => shift(ms, 3)
const ist = (ms) => local(ms, 2)
const mar = (ms) => shift(ms, 1)
const inT = (ms) => shift(ms, 5.5)
const irt = (ms) => shift(ms, 3.5)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
// Kuwaiti dinar: three decimals; Turkish lira and Moroccan dirham: grouped thousands, decimal comma
const kwd = (x) => (Math.round(x * 1000) / 1000).toFixed(3)
const tl = (x) => thou(x, '.', ',')
const dh = (x) => thou(x, ' ', ',')
// Indian digit grouping without paise: 124999 -> 1,24,999
const inr = (x) => { const a = String(Math.round(x)), h = a.slice(-3), t = a.slice(0, -3); return `${t ? t.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' : ''}${h}` }
const inrDec = (x) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); return `${inr(+a)}.${b}` }
// Persian digits for the Jalali dates and ranges Jobinja writes
const fa = (s) => String(s).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d])
// Gregorian -> Jalali (Solar Hijri)
const g2j = (p) => {
  const gdm = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  const gy2 = p.m > 2 ? p.y + 1 : p.y
  let days = 355666 + 365 * p.y + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) + p.d + gdm[p.m - 1]
  let y = -1595 + 33 * Math.floor(days / 12053); days %= 12053
  y += 4 * Math.floor(days / 1461); days %= 1461
  if (days > 365) { y += Math.floor((days - 1) / 365); days = (days - 1) % 365 }
  const m = days < 186 ? 1 + Math.floor(days / 31) : 7 + Math.floor((days - 186) / 30)
  const d = 1 + (days < 186 ? days % 31 : (days - 186) % 30)
  return { y, m, d }
}

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2260a1c3); r(); r(); return r }
// names as [native script, Latin spelling for e-mail addresses]
const LOC = {
  il: { m: [['יוסי', 'yossi'], ['אבי', 'avi'], ['דניאל', 'daniel'], ['איתי', 'itay'], ['עומר', 'omer'], ['אורי', 'uri'], ['משה', 'moshe'], ['רועי', 'roy'], ['אלון', 'alon'], ['נועם', 'noam']],
    f: [['מיכל', 'michal'], ['נועה', 'noa'], ['שירה', 'shira'], ['רונית', 'ronit'], ['תמר', 'tamar'], ['יעל', 'yael'], ['מאיה', 'maya'], ['הילה', 'hila'], ['ליאת', 'liat'], ['עדי', 'adi'], ['ענבל', 'inbal'], ['שני', 'shani']],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['דהן', 'dahan'], ['אזולאי', 'azulay'], ['גבאי', 'gabay'], ['רוזנברג', 'rosenberg'], ['חדד', 'hadad'], ['בן דוד', 'bendavid']],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'walla.co.il', 'hotmail.com', 'yahoo.com', 'outlook.co.il'] },
  ir: { m: [['علی', 'ali'], ['محمد', 'mohammad'], ['رضا', 'reza'], ['حسین', 'hossein'], ['مهدی', 'mahdi'], ['امیر', 'amir'], ['سینا', 'sina'], ['پویا', 'pouya'], ['آرش', 'arash'], ['میلاد', 'milad']],
    f: [['سارا', 'sara'], ['مریم', 'maryam'], ['زهرا', 'zahra'], ['فاطمه', 'fatemeh'], ['نگار', 'negar'], ['الهام', 'elham'], ['نازنین', 'nazanin'], ['مهسا', 'mahsa'], ['پریسا', 'parisa'], ['شیما', 'shima']],
    last: [['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['رضایی', 'rezaei'], ['احمدی', 'ahmadi'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['رحیمی', 'rahimi'], ['نوری', 'nouri'], ['قاسمی', 'ghasemi'], ['طاهری', 'taheri'], ['کاظمی', 'kazemi'], ['شریفی', 'sharifi']],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'chmail.ir'] },
  sa: { m: [['محمد', 'mohammed'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['خالد', 'khalid'], ['عبدالرحمن', 'abdulrahman'], ['فيصل', 'faisal'], ['ناصر', 'nasser'], ['تركي', 'turki'], ['سلطان', 'sultan'], ['ماجد', 'majed']],
    f: [['سارة', 'sarah'], ['نورة', 'noura'], ['ريم', 'reem'], ['هيفاء', 'haifa'], ['لمى', 'lama'], ['العنود', 'alanoud'], ['شهد', 'shahad'], ['أمل', 'amal'], ['رهف', 'rahaf'], ['منيرة', 'munira']],
    last: [['القحطاني', 'alqahtani'], ['العتيبي', 'alotaibi'], ['الشمري', 'alshammari'], ['الدوسري', 'aldossari'], ['الغامدي', 'alghamdi'], ['الزهراني', 'alzahrani'], ['الحربي', 'alharbi'], ['المطيري', 'almutairi'], ['العنزي', 'alanazi'], ['السبيعي', 'alsubaie'], ['الشهري', 'alshehri'], ['العمري', 'alomari']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com'] },
  tr: { m: [['Mehmet'], ['Mustafa'], ['Ahmet'], ['Emre'], ['Burak'], ['Can'], ['Murat'], ['Oğuzhan'], ['Kerem'], ['Yusuf']],
    f: [['Ayşe'], ['Zeynep'], ['Elif'], ['Fatma'], ['Merve'], ['Büşra'], ['Selin'], ['Ece'], ['Gizem'], ['Esra']],
    last: [['Yılmaz'], ['Kaya'], ['Demir'], ['Şahin'], ['Çelik'], ['Yıldız'], ['Yıldırım'], ['Öztürk'], ['Aydın'], ['Özdemir'], ['Arslan'], ['Doğan'], ['Kılıç'], ['Aslan']] },
  ma: { m: [['Youssef'], ['Mohamed'], ['Amine'], ['Hamza'], ['Karim'], ['Mehdi'], ['Rachid'], ['Omar'], ['Anas'], ['Said']],
    f: [['Fatima Zahra'], ['Khadija'], ['Salma'], ['Imane'], ['Nadia'], ['Hajar'], ['Meryem'], ['Zineb'], ['Latifa'], ['Soukaina']],
    last: [['El Amrani'], ['Benali'], ['Alaoui'], ['Bennani'], ['El Idrissi'], ['Tazi'], ['Chraibi'], ['Berrada'], ['Ouazzani'], ['El Fassi'], ['Lahlou'], ['Naciri'], ['Zouhair'], ['Bouzid']] },
  in: { m: [['रमेश', 'ramesh'], ['सुरेश', 'suresh'], ['राजेश', 'rajesh'], ['अमित', 'amit'], ['विकास', 'vikas'], ['संजय', 'sanjay'], ['मनोज', 'manoj'], ['अनिल', 'anil'], ['राहुल', 'rahul'], ['दीपक', 'deepak'], ['आरिफ़', 'arif'], ['प्रदीप', 'pradeep']],
    f: [['सुनीता', 'sunita'], ['पूजा', 'pooja'], ['नेहा', 'neha'], ['रीना', 'reena'], ['अंजलि', 'anjali'], ['कविता', 'kavita'], ['प्रीति', 'preeti'], ['ममता', 'mamta'], ['शबनम', 'shabnam'], ['सीमा', 'seema']],
    last: [['गुप्ता', 'gupta'], ['वर्मा', 'verma'], ['श्रीवास्तव', 'srivastava'], ['मिश्रा', 'mishra'], ['यादव', 'yadav'], ['शुक्ला', 'shukla'], ['सिंह', 'singh'], ['तिवारी', 'tiwari'], ['पांडेय', 'pandey'], ['अग्रवाल', 'agarwal'], ['खान', 'khan'], ['निगम', 'nigam'], ['दीक्षित', 'dixit'], ['कुमार', 'kumar']],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com'] },
  jp: { m: [['Rajesh'], ['Sunil'], ['Mahendra'], ['Ramesh'], ['Vikram'], ['Pankaj'], ['Ashok'], ['Naresh'], ['Manish'], ['Girdhari Lal']],
    f: [['Sunita'], ['Meena'], ['Anita'], ['Priyanka'], ['Kavita'], ['Rekha']],
    last: [['Sharma'], ['Gupta'], ['Agarwal'], ['Jain'], ['Khandelwal'], ['Saini'], ['Meena'], ['Choudhary'], ['Rathore'], ['Goyal'], ['Maheshwari'], ['Soni']] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const fn = v.pick(r, female ? L.f : L.m), ln = v.pick(r, L.last)
  const sep = v.pick(r, ['.', '', '_', '.'])
  const lat = (x) => x[1] ?? v.slug(x[0])
  const mail = L.mail ? `${lat(fn)}${sep}${lat(ln)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` : ''
  return { female, first: fn[0], last: ln[0], firstLat: lat(fn), lastLat: lat(ln), full: `${fn[0]} ${ln[0]}`, mail, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. talabat Partner Hub order history (KW, ar, E)
// a Kuwait City shawarma and grill restaurant with three branches; delivery by talabat riders or its own drivers, some
// pickups; talabat does not pass the customer's name or phone to the restaurant in this report, only the area
const TB_ITEM = [['شاورما دجاج عربي', 1.25], ['صحن مشاوي مشكل', 4.75], ['وجبة شاورما لحم', 2.5], ['فتوش', 1], ['كباب حلبي', 3.25], ['بطاطا مقلية', 0.75], ['ساندويش فلافل', 0.6], ['شيش طاووق', 3], ['حمص بيروتي', 1.1], ['لبن عيران', 0.35]]
const TB_BR = ['مشاوي الديرة - السالمية', 'مشاوي الديرة - الفروانية', 'مشاوي الديرة - جابر الأحمد']
const TB_AREA = [['السالمية', 'الرميثية', 'بيان', 'الجابرية', 'حولي', 'مشرف', 'سلوى', 'الشعب'], ['الفروانية', 'خيطان', 'العارضية', 'الرابية', 'جليب الشيوخ', 'الأندلس', 'العمرية', 'الرحاب'], ['جابر الأحمد', 'الصليبيخات', 'الدوحة', 'القيروان', 'النهضة', 'الجهراء', 'سعد العبدالله', 'غرناطة']]
const tbLines = (o) => { const k = n(o), a = [[1 + (k % 3 === 0 ? 1 : 0), row(TB_ITEM, k % 5)]]; if (k % 2) a.push([1, row(TB_ITEM, 5 + (k >> 1) % 5)]); if (k % 5 === 0) a.push([2, row(TB_ITEM, 8 + (k >> 2) % 2)]); return a }
const tbBr = (o) => (n(o) >> 3) % 3
const tbType = (o) => row(['توصيل طلبات', 'توصيل طلبات', 'توصيل طلبات', 'توصيل المطعم', 'توصيل طلبات', 'استلام من المطعم'], n(o) % 6)
const tbSt = (o) => (n(o) % 14 === 0 ? 'ملغي' : tbType(o) === 'استلام من المطعم' ? 'تم الاستلام' : 'تم التوصيل')
const tbSub = (o) => tbLines(o).reduce((s, [q, it]) => s + q * it[1], 0)
const tbDisc = (o) => ((n(o) >> 2) % 4 === 0 ? Math.round(tbSub(o) * 0.2 * 1000) / 1000 : 0)
const tbVou = (o) => ((n(o) >> 1) % 7 === 3 ? 0.5 : 0)
const tbFee = (o) => (tbType(o) === 'استلام من المطعم' ? 0 : tbType(o) === 'توصيل المطعم' ? 0.5 : row([0.5, 0.75, 0.25], n(o) % 3))
const tbTot = (o) => tbSub(o) - tbDisc(o) - tbVou(o) + tbFee(o)
const tbComm = (o) => Math.round((tbSub(o) - tbDisc(o)) * (tbType(o) === 'توصيل طلبات' ? 0.22 : 0.12) * 1000) / 1000
const tbAt = (o) => biz(Date.UTC(2025, 0, 4), n(o) * 13, 150, 11, 24, 3)
const SET_TB = { name: 'talabat-partner-hub-order-history-kw', product: 'talabat Partner Hub (الطلبات > سجل الطلبات > تنزيل التقرير (Excel), one row per order, Arabic UI, a Kuwait City shawarma and grill restaurant with three branches delivering through talabat riders and its own drivers, Asia/Kuwait, KWD)', family: 'orders', language: 'ar', schema: E, cols: [
  ['رقم الطلب', (c, o) => String(700000000 + (n(o) * 7919) % 290000000), ['_id', OR('purchaseID')]],
  ['تاريخ الطلب', (c, o) => dmyhm(ast(tbAt(o))), ['timestamp', OR('createdDate')]],
  ['الفرع', (c, o) => row(TB_BR, tbBr(o)), BRANCH, opt],
  ['حالة الطلب', (c, o) => tbSt(o), [], opt],
  ['نوع التوصيل', (c, o) => tbType(o), ['commerce.shipping.shippingMethod'], opt],
  ['منطقة التوصيل', (c, o) => (tbType(o) === 'استلام من المطعم' ? '' : row(TB_AREA[tbBr(o)], (n(o) * 7) % 8)), [SHIP('city'), SHIP('region')]],
  ['طريقة الدفع', (c, o) => row(['كي نت', 'بطاقة ائتمان', 'كي نت', 'نقداً عند الاستلام', 'Apple Pay', 'كي نت'], (n(o) >> 1) % 6), [OR('payments[0].paymentType')]],
  ['المنتجات', (c, o) => tbLines(o).map(([q, it]) => `${q}x ${it[0]}`).join('، '), [PL('name')], opt],
  ['عدد المنتجات', (c, o) => String(tbLines(o).reduce((s, [q]) => s + q, 0)), [PL('quantity')], opt],
  ['المجموع الفرعي', (c, o) => kwd(tbSub(o)), [], opt],
  ['خصم المطعم', (c, o) => kwd(tbDisc(o)), [OR('discountAmount')]],
  ['خصم مموّل من طلبات', (c, o) => kwd(tbVou(o)), [OR('discountAmount')], opt],
  ['رسوم التوصيل', (c, o) => kwd(tbFee(o)), ['commerce.shipping.shippingAmount']],
  ['إجمالي الطلب', (c, o) => kwd(tbTot(o)), [OR('priceTotal')]],
  ['العملة', () => 'KWD', [OR('currencyCode')]],
  ['عمولة طلبات', (c, o) => (tbSt(o) === 'ملغي' ? kwd(0) : kwd(tbComm(o))), []],
  ['صافي المستحق للمطعم', (c, o) => (tbSt(o) === 'ملغي' ? kwd(0) : kwd(tbSub(o) - tbDisc(o) - tbComm(o))), []],
  ['وقت القبول', (c, o) => hm(ast(tbAt(o) + (40 + n(o) % 140) * 1000)), []],
  ['مدة التحضير (دقيقة)', (c, o) => String(12 + n(o) % 14), []],
  ['سبب الإلغاء', (c, o) => (tbSt(o) === 'ملغي' ? row(['الصنف غير متوفر', 'طلب العميل', 'المطعم مشغول جداً'], n(o) % 3) : ''), []],
  ['تقييم العميل', (c, o) => (tbSt(o) === 'ملغي' || n(o) % 3 === 1 ? '' : String(row([5, 5, 4, 5, 3, 4], n(o) % 6))), []],
  ['ملاحظات العميل', (c, o) => row(['', 'بدون بصل', '', 'صوص ثوم زيادة', '', 'الرجاء عدم الاتصال، اترك الطلب عند الباب', '', 'بدون مخلل'], (n(o) >> 2) % 8), []],
] }

// ---------------------------------------------------------------- 2. Cardcom transactions report (IL, he, E)
// an online natural-cosmetics shop in Ra'anana: WooCommerce checkout through Cardcom's payment page, phone orders on the
// virtual terminal, a few refunds; each transaction issues a Cardcom document (tax invoice-receipt or credit invoice)
const CC_ITEM = [['סרום פנים ויטמין C 30 מ"ל', 189], ['קרם לחות עם חומצה היאלורונית', 159], ['סבון שמן זית טבעי - מארז 3', 69], ['שמן ארגן אורגני 50 מ"ל', 129], ['מסכת חימר מינרלים מים המלח', 99], ['ערכת טיפוח מתנה', 349], ['קרם ידיים שיאה וקלנדולה', 59], ['תחליב גוף לבנדר 250 מ"ל', 89]]
const ccIt = (o) => row(CC_ITEM, n(o) % 8)
const ccQty = (o) => (n(o) % 5 === 0 ? 2 : 1)
const ccShip = (o) => (ccIt(o)[1] * ccQty(o) >= 250 ? 0 : 29)
const ccAmt = (o) => ccIt(o)[1] * ccQty(o) + ccShip(o)
const ccSrc = (o) => row(['WooCommerce', 'WooCommerce', 'דף סליקה', 'WooCommerce', 'מסוף וירטואלי', 'WooCommerce'], (n(o) >> 1) % 6)
const ccRefund = (o) => n(o) % 17 === 0
const ccKind = (o) => (ccRefund(o) ? 'זיכוי' : ccAmt(o) >= 300 && n(o) % 2 ? 'תשלומים' : 'חיוב רגיל')
const ccBrand = (o) => row(['ויזה', 'מאסטרקארד', 'ישראכרט', 'ויזה', 'אמריקן אקספרס', 'מאסטרקארד', 'דיינרס', 'ויזה'], (n(o) >> 2) % 8)
const ccAt = (o) => biz(Date.UTC(2025, 1, 2), n(o) * 11, 120, 7, 24, 2)
const ilMob = (c) => { const r = seeded(c, 'ilm'); return `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.digits(r, 7)}` }
// a 9-digit Israeli ID number with its check digit
const tz = (c) => { const r = seeded(c, 'tz'), d = Array.from({ length: 8 }, () => v.int(r, 0, 9)); d[0] = v.int(r, 0, 3); const s = d.reduce((a, x, i) => { const y = x * (i % 2 ? 2 : 1); return a + (y > 9 ? y - 9 : y) }, 0); return d.join('') + String((10 - s % 10) % 10) }
const SET_CC = { name: 'cardcom-doch-iskaot-il', product: 'Cardcom (דוחות > דוח עסקאות > ייצוא לאקסל, one row per card transaction, Hebrew UI, an online natural-cosmetics shop in Ra\'anana selling through WooCommerce and by phone, Asia/Jerusalem, ILS)', family: 'payments', language: 'he', schema: E, cols: [
  ['מספר עסקה', (c, o) => String(41000000 + (n(o) * 7919) % 8000000), ['_id', OR('payments[0].transactionID')]],
  ['תאריך עסקה', (c, o) => { const p = ist(ccAt(o)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
  ['סטטוס', (c, o) => (n(o) % 23 === 0 ? 'בוטלה' : 'מאושרת'), [], opt],
  ['סוג עסקה', (c, o) => ccKind(o), [], opt],
  ['שם בעל הכרטיס', (c) => who(c, 'il').full, []],
  ['ת.ז. בעל הכרטיס', (c) => tz(c), []],
  ['טלפון', (c) => ilMob(c), PHONE_ID],
  ['דוא"ל', (c, o) => (ccSrc(o) === 'מסוף וירטואלי' && n(c) % 2 ? '' : who(c, 'il').mail), EMAIL_ID],
  ['4 ספרות אחרונות', (c) => pad(who(c, 'il').k1 % 10000, 4), []],
  ['תוקף', (c) => `${pad(1 + who(c, 'il').k2 % 12)}/${27 + who(c, 'il').k3 % 5}`, []],
  ['מותג', (c, o) => ccBrand(o), [OR('payments[0].paymentType')], opt],
  ['חברה סולקת', (c, o) => row(['ישראכרט', 'כאל', 'מקס', 'ישראכרט'], (n(o) >> 3) % 4), []],
  ['סכום', (c, o) => `${ccRefund(o) ? '-' : ''}${ccAmt(o).toFixed(2)}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['מטבע', () => 'ש"ח', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['מספר תשלומים', (c, o) => (ccKind(o) === 'תשלומים' ? String(row([3, 2, 4, 3], n(o) % 4)) : '1'), []],
  ['מספר אישור', (c, o) => pad((n(o) * 104729) % 10000000, 7), [], opt],
  ['מספר מסוף', () => '1528764', []],
  ['מקור העסקה', (c, o) => ccSrc(o), [], opt],
  ['מספר הזמנה', (c, o) => (ccSrc(o) === 'WooCommerce' ? String(10200 + (n(o) * 37) % 4000) : ''), [OR('purchaseID')]],
  ['מספר מסמך', (c, o) => String((ccRefund(o) ? 20100 : 30500) + (n(o) * 13) % 3000), [OR('purchaseID')], opt],
  ['סוג מסמך', (c, o) => (ccRefund(o) ? 'חשבונית זיכוי' : 'חשבונית מס קבלה'), []],
  ['תיאור', (c, o) => `${ccIt(o)[0]}${ccQty(o) > 1 ? ' x2' : ''}`, [PL('name')], opt],
  ['הערות', (c, o) => row(['', '', 'משלוח עד הבית', '', 'איסוף עצמי מרעננה', ''], (n(o) >> 1) % 6), []],
] }

// ---------------------------------------------------------------- 3. idefix seller order export (TR, tr, E)
// a board-game, puzzle and hobby shop in Kadıköy selling on idefix's marketplace; one row per package line (almost
// every package holds one product); prices incl. 20 % KDV
// [il, ilçe, mahalle]
const ID_PL = [['İstanbul', 'Kadıköy', 'Caferağa Mah.'], ['İstanbul', 'Üsküdar', 'Acıbadem Mah.'], ['Ankara', 'Çankaya', 'Bahçelievler Mah.'], ['İzmir', 'Karşıyaka', 'Bostanlı Mah.'], ['Bursa', 'Nilüfer', 'Beşevler Mah.'], ['Antalya', 'Muratpaşa', 'Lara Mah.'], ['Kocaeli', 'İzmit', 'Yahya Kaptan Mah.'], ['Eskişehir', 'Tepebaşı', 'Batıkent Mah.'], ['Adana', 'Seyhan', 'Reşatbey Mah.'], ['Konya', 'Selçuklu', 'Bosna Hersek Mah.'], ['İstanbul', 'Beşiktaş', 'Levent Mah.'], ['Gaziantep', 'Şehitkamil', 'İbrahimli Mah.']]
const ID_ST = ['Atatürk Cad.', 'Cumhuriyet Cad.', 'Gül Sok.', 'Menekşe Sok.', 'İnönü Cad.', 'Bağdat Cad.', 'Çınar Sok.', 'Lale Sok.', 'Fatih Sultan Mehmet Bulv.', 'Zambak Sok.']
// [stok kodu, barkod, ürün adı, marka, kategori, fiyat]
const ID_ITEM = [
  ['KTN-01', '4002051693602', 'Catan Temel Oyun (Türkçe)', 'Kosmos', 'Kutu Oyunları', 1249.9],
  ['RVB-1000-17', '4005556171545', 'Ravensburger 1000 Parça Puzzle İstanbul Boğazı', 'Ravensburger', 'Yapboz', 449.9],
  ['TKE-12', '8697411230128', 'Tabu Kelime Oyunu', 'Hasbro Gaming', 'Kutu Oyunları', 599],
  ['AKR-24', '8690590107240', 'Akrilik Boya Seti 24 Renk', 'Südor', 'Hobi ve Sanat Malzemeleri', 329.5],
  ['DXT-ODY', '3558380077725', 'Dixit Odyssey', 'Libellud', 'Kutu Oyunları', 1499],
  ['SCR-TR', '8690013000013', 'Scrabble Orijinal Türkçe', 'Mattel Games', 'Kutu Oyunları', 899.9],
  ['PZL-500-K', '8680000123456', 'Kapadokya Balonları 500 Parça Puzzle', 'Art Puzzle', 'Yapboz', 229.9],
  ['MKT-FIG', '8694111000099', 'Maket Boyama Figür Seti', 'Artdeco', 'Hobi ve Sanat Malzemeleri', 189],
]
const idIt = (o) => row(ID_ITEM, n(o) % 8)
const idQty = (o) => (n(o) % 9 === 0 ? 2 : 1)
const idDisc = (o) => ((n(o) >> 2) % 5 === 0 ? Math.round(idIt(o)[5] * idQty(o) * 0.1 * 100) / 100 : 0)
const idSale = (o) => idIt(o)[5] * idQty(o) - idDisc(o)
const idSt = (o) => row(['Teslim Edildi', 'Teslim Edildi', 'Kargoda', 'Teslim Edildi', 'Hazırlanıyor', 'Teslim Edildi', 'İptal Edildi', 'Teslim Edildi', 'İade Edildi', 'Teslim Edildi'], n(o) % 10)
const idShipped = (o) => !['Hazırlanıyor', 'İptal Edildi'].includes(idSt(o))
const idAt = (o) => biz(Date.UTC(2025, 2, 1), n(o) * 19, 110, 8, 24, 3)
const idShipAt = (o) => idAt(o) + (20 + n(o) % 30) * 3600000
const idPl = (c) => row(ID_PL, who(c, 'tr').k1 % 12)
const idAdr = (c) => `${idPl(c)[2]} ${row(ID_ST, who(c, 'tr').k2 % 10)} No:${1 + who(c, 'tr').k3 % 140}${n(c) % 3 ? ` D:${1 + n(c) % 18}` : ''} ${idPl(c)[1]}/${idPl(c)[0]}`
const trD = (ms) => { const p = ast(ms); return `${dmy(p, '.')} ${hm(p)}` }
const SET_ID = { name: 'idefix-satici-siparisler-tr', product: 'idefix (Satıcı Paneli > Siparişler > Siparişleri Excel\'e Aktar, one row per package line, Turkish UI, a Kadıköy board-game, puzzle and hobby shop selling on the idefix marketplace, Europe/Istanbul, TRY incl. KDV)', family: 'marketplace-orders', language: 'tr', schema: E, cols: [
  ['Sipariş No', (c, o) => String(2400000000 + (n(o) * 7919) % 90000000), ['_id', OR('purchaseID')]],
  ['Paket No', (c, o) => String(61000000 + (n(o) * 131) % 9000000), [], opt],
  ['Sipariş Tarihi', (c, o) => trD(idAt(o)), ['timestamp', OR('createdDate')]],
  ['Sipariş Durumu', (c, o) => idSt(o), [], opt],
  ['Alıcı', (c) => who(c, 'tr').full, []],
  ['Teslimat Adresi', (c) => idAdr(c), [SHIP('street1')]],
  ['İlçe', (c) => idPl(c)[1], [SHIP('region'), SHIP('city')], opt],
  ['İl', (c) => idPl(c)[0], [SHIP('city'), ...STATE(['commerce.shipping.address'])]],
  ['Fatura Adresi', (c) => (n(c) % 6 === 0 ? `Kozyatağı Mah. Değirmen Sok. No:18 Kat:4 Kadıköy/İstanbul` : idAdr(c)), [BILL('street1')]],
  ['Fatura Tipi', (c) => (n(c) % 6 === 0 ? 'Kurumsal' : 'Bireysel'), []],
  ['Barkod', (c, o) => idIt(o)[1], [PL('SKU')], opt],
  ['Stok Kodu', (c, o) => idIt(o)[0], [PL('SKU')]],
  ['Ürün Adı', (c, o) => idIt(o)[2], [PL('name')]],
  ['Marka', (c, o) => idIt(o)[3], []],
  ['Kategori', (c, o) => idIt(o)[4], [PL('productCategories[0].categoryName')]],
  ['Adet', (c, o) => String(idQty(o)), [PL('quantity')]],
  ['Birim Fiyat', (c, o) => tl(idIt(o)[5]), [PL('priceTotal')], opt],
  ['İndirim Tutarı', (c, o) => tl(idDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
  ['Satış Tutarı', (c, o) => tl(idSale(o)), [PL('priceTotal'), OR('priceTotal')]],
  ['KDV Oranı', () => '%20', []],
  ['Komisyon Oranı', (c, o) => (idIt(o)[4] === 'Kutu Oyunları' ? '%17' : '%19'), []],
  ['Komisyon Tutarı', (c, o) => tl(Math.round(idSale(o) * (idIt(o)[4] === 'Kutu Oyunları' ? 0.17 : 0.19) * 100) / 100), []],
  ['Kargo Firması', (c, o) => row(['Yurtiçi Kargo', 'Aras Kargo', 'Yurtiçi Kargo', 'MNG Kargo', 'PTT Kargo'], (n(o) >> 1) % 5), ['commerce.shipping.shippingMethod']],
  ['Kargo Takip No', (c, o) => (idShipped(o) ? String(7300000000 + (n(o) * 104729) % 600000000) : ''), ['commerce.shipping.trackingNumber']],
  ['Kargoya Verilme Tarihi', (c, o) => (idShipped(o) ? trD(idShipAt(o)) : ''), ['commerce.shipping.shipDate']],
  ['Teslim Tarihi', (c, o) => (['Teslim Edildi', 'İade Edildi'].includes(idSt(o)) ? trD(idShipAt(o) + (1 + n(o) % 3) * day) : ''), [], opt],
] }

// ---------------------------------------------------------------- 4. Sobrus Pharma sales-lines export (MA, fr, E)
// a neighbourhood pharmacy (officine) in Casablanca-Maârif with a parapharmacy corner; counter sales, credit sales to
// regular customers and insured sales (tiers payant); one row per sale line; prices are the regulated PPV, in dirhams
// [code barre, produit, famille, laboratoire, PPV, taux TVA]
const SB_ITEM = [
  ['6118000011234', 'DOLIPRANE 1000MG CP B/8', 'Médicament', 'Sanofi', 15.6, 7],
  ['6118000045678', 'AUGMENTIN 1G/125MG SACHET B/12', 'Médicament', 'GSK', 96.5, 7],
  ['6118000078901', 'GLUCOPHAGE 850MG CP B/30', 'Médicament', 'Merck', 31.2, 7],
  ['3337875597197', 'LA ROCHE-POSAY ANTHELIOS SPF50+ 50ML', 'Parapharmacie', 'La Roche-Posay', 219, 20],
  ['3282770100808', 'BIODERMA SENSIBIO H2O 250ML', 'Parapharmacie', 'Bioderma', 149, 20],
  ['6118000102345', 'SPASFON 80MG CP B/30', 'Médicament', 'Teva', 28.4, 7],
  ['4015630982066', 'TENSIOMÈTRE POIGNET OMRON RS2', 'Dispositif médical', 'Omron', 459, 20],
  ['3401560089214', 'AVÈNE CICALFATE+ CRÈME 40ML', 'Parapharmacie', 'Avène', 118, 20],
  ['6118000135689', 'AMLOR 5MG GÉLULE B/30', 'Médicament', 'Pfizer', 74.8, 7],
]
const sbIt = (o) => row(SB_ITEM, n(o) % 9)
const sbQty = (o) => (sbIt(o)[2] === 'Médicament' ? 1 + (n(o) % 3 === 0 ? 1 : 0) : 1)
const sbType = (o) => (sbIt(o)[2] === 'Médicament' && n(o) % 4 === 1 ? 'Tiers payant' : n(o) % 7 === 2 ? 'Crédit' : 'Comptant')
const sbDisc = (o) => (sbIt(o)[2] === 'Parapharmacie' && (n(o) >> 1) % 3 === 0 ? Math.round(sbIt(o)[4] * 0.1 * 100) / 100 : 0)
const sbLine = (o) => sbIt(o)[4] * sbQty(o) - sbDisc(o)
// the sale's other lines, a fixed amount per sale
const sbTot = (o) => sbLine(o) + row([0, 0, 15.6, 0, 42.3, 0, 28.4, 0], (n(o) >> 2) % 8)
const sbPaid = (o) => (sbType(o) === 'Crédit' ? 0 : sbType(o) === 'Tiers payant' ? Math.round(sbTot(o) * 0.3 * 100) / 100 : sbTot(o))
const sbAt = (o) => biz(Date.UTC(2025, 3, 1), n(o) * 7, 90, 9, 22, 1)
const sbClient = (c, o) => (sbType(o) === 'Comptant' && n(c) % 3 ? 'Client comptoir' : who(c, 'ma').full)
const maMob = (c) => { const r = seeded(c, 'mam'); return `0${v.pick(r, ['6', '6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
const SET_SB = { name: 'sobrus-pharma-ventes-lignes-ma', product: 'Sobrus Pharma (Ventes > Historique des ventes > Exporter (Excel), détail par ligne, one row per sale line, French UI, a neighbourhood pharmacy with a parapharmacy corner in Casablanca-Maârif, Africa/Casablanca, MAD)', family: 'pos', language: 'fr', schema: E, cols: [
  ['N° vente', (c, o) => `V-${2025}-${pad(10000 + (n(o) * 37) % 80000, 6)}`, ['_id', OR('purchaseID')]],
  ['Date', (c, o) => dmyhm(mar(sbAt(o))), ['timestamp', OR('createdDate')]],
  ['Client', (c, o) => sbClient(c, o), []],
  ['Téléphone client', (c, o) => (sbClient(c, o) === 'Client comptoir' ? '' : maMob(c)), PHONE_ID, opt],
  ['Type de vente', (c, o) => sbType(o), [], opt],
  ['Organisme', (c, o) => (sbType(o) === 'Tiers payant' ? row(['CNOPS', 'CNSS (AMO)', 'CNOPS', 'Mutuelle FAR'], n(c) % 4) : ''), []],
  ['Code barre', (c, o) => sbIt(o)[0], [PL('SKU')]],
  ['Produit', (c, o) => sbIt(o)[1], [PL('name')]],
  ['Famille', (c, o) => sbIt(o)[2], [PL('productCategories[0].categoryName')]],
  ['Laboratoire', (c, o) => sbIt(o)[3], []],
  ['Quantité', (c, o) => String(sbQty(o)), [PL('quantity')]],
  ['PPV', (c, o) => dh(sbIt(o)[4]), [PL('priceTotal')], opt],
  ['Remise', (c, o) => dh(sbDisc(o)), [PL('discountAmount')]],
  ['Taux TVA', (c, o) => `${sbIt(o)[5]} %`, []],
  ['Total ligne TTC', (c, o) => dh(sbLine(o)), [PL('priceTotal')]],
  ['Total vente TTC', (c, o) => dh(sbTot(o)), [OR('priceTotal')]],
  ['Montant encaissé', (c, o) => dh(sbPaid(o)), [OR('payments[0].paymentAmount')]],
  ['Reste à payer', (c, o) => dh(sbTot(o) - sbPaid(o)), []],
  ['Mode de paiement', (c, o) => (sbType(o) === 'Crédit' ? 'Crédit' : row(['Espèces', 'Espèces', 'Carte bancaire', 'Espèces', 'Chèque'], (n(o) >> 1) % 5)), [OR('payments[0].paymentType')]],
  ['Vendeur', (c, o) => row(['Dr. Naima Alaoui', 'Hicham (préparateur)', 'Sara (préparatrice)'], (n(o) >> 3) % 3), []],
  ['N° ordonnance', (c, o) => (sbIt(o)[2] === 'Médicament' && n(o) % 2 ? `ORD-${pad((n(o) * 13) % 100000, 5)}` : ''), []],
  ['Médecin prescripteur', (c, o) => (sbIt(o)[2] === 'Médicament' && n(o) % 2 ? row(['Dr. Karim Bennis', 'Dr. Leila Tazi', 'Dr. Omar Sqalli', 'Dr. Houda Kettani'], n(o) % 4) : ''), []],
  ['Statut', (c, o) => (n(o) % 19 === 0 ? 'Annulée' : 'Validée'), [], opt],
] }

// ---------------------------------------------------------------- 5. OkCredit customer report (IN, hi, P)
// a kirana and dairy store in Indira Nagar, Lucknow, keeping its udhaar (credit) book for regular households and a few
// small businesses in OkCredit; one row per customer; amounts in rupees
const OK_ADR = ['मकान नं. {n}, सेक्टर 14, इंदिरा नगर', '{n}/2, सेक्टर 11, इंदिरा नगर', 'ए-{n}, तकरोही', 'मकान नं. {n}, चिनहट', '{n}, फैज़ाबाद रोड, मटियारी', 'बी-{n}, सेक्टर 19, इंदिरा नगर', '{n}, मुंशी पुलिया', 'सी-{n}, निशातगंज']
const OK_PIN = ['226016', '226016', '226028', '226028', '226028', '226016', '226016', '226006']
const okP = (c) => who(c, 'in')
const okBiz = (c) => n(c) % 9 === 0
const okName = (c) => (okBiz(c) ? row(['शर्मा टी स्टॉल', 'गुप्ता टिफ़िन सर्विस', 'न्यू बाला जी ढाबा'], n(c) % 3) : n(c) % 5 === 1 ? `${okP(c).first} जी` : okP(c).full)
const okMob = (c) => { const r = seeded(c, 'okm'); return `${v.pick(r, ['98', '97', '99', '94', '88', '70', '63', '83'])}${v.digits(r, 8)}` }
const okGiven = (c) => 1500 + (okP(c).k1 % 60) * 250 + (okBiz(c) ? 20000 : 0)
const okDue = (c) => (n(c) % 4 === 0 ? 0 : Math.round(okGiven(c) * row([0.1, 0.25, 0.4, 0.15, 0.6], n(c) % 5) / 10) * 10)
const okAdded = (c) => Date.UTC(2021, 6, 1) + ((n(c) * 7919) % (1200 * 86400)) * 1000
const okLast = (c) => Date.UTC(2025, 2, 1) + ((n(c) * 131) % (100 * 86400)) * 1000
const GSTIN_ST = (st, pan, r) => `${st}${pan}${v.int(r, 1, 3)}Z${UP(r, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`
const pan = (r, kind) => `${UP(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${kind}${UP(r, 1, 'ABCDEFGHJKLMNPRSTUVWY')}${v.digits(r, 4)}${UP(r, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`
const SET_OK = { name: 'okcredit-grahak-report-in', product: 'OkCredit (ग्राहक > रिपोर्ट डाउनलोड करें > ग्राहक सूची (Excel), one row per customer, Hindi UI, a kirana and dairy store in Indira Nagar, Lucknow keeping its udhaar khata for households and small businesses, Asia/Kolkata, INR)', family: 'ledger', language: 'hi', schema: P, cols: [
  ['ग्राहक का नाम', (c) => okName(c), ['person.name.fullName']],
  ['मोबाइल नंबर', (c) => okMob(c), ['mobilePhone.number']],
  ['ईमेल', (c) => (okBiz(c) ? `${row(['sharmateastall', 'guptatiffin', 'newbalajidhaba'], n(c) % 3)}@gmail.com` : n(c) % 4 === 2 ? okP(c).mail : ''), ['personalEmail.address']],
  ['पता', (c) => row(OK_ADR, okP(c).k2 % 8).replace('{n}', String(1 + okP(c).k3 % 480)), HOMES('street1')],
  ['शहर', () => 'लखनऊ', HOMES('city')],
  ['पिन कोड', (c) => row(OK_PIN, okP(c).k2 % 8), HOMES('postalCode')],
  ['राज्य', () => 'उत्तर प्रदेश', STATE(HOME)],
  ['GSTIN', (c) => (okBiz(c) ? GSTIN_ST('09', pan(seeded(c, 'pan'), 'P'), seeded(c, 'gst')) : ''), ['person.taxId'], opt],
  ['कुल उधार (₹)', (c) => inr(okGiven(c)), []],
  ['कुल जमा (₹)', (c) => inr(okGiven(c) - okDue(c)), []],
  ['बकाया राशि (₹)', (c) => inr(okDue(c)), []],
  ['लेन-देन की संख्या', (c) => String(6 + okP(c).k1 % 140), []],
  ['आखिरी लेन-देन', (c) => dmy(inT(okLast(c)), '/'), [], opt],
  ['आखिरी भुगतान की तारीख', (c) => dmy(inT(okLast(c) - (n(c) % 20) * day), '/'), []],
  ['भुगतान की नियत तारीख', (c) => (okDue(c) ? dmy(inT(okLast(c) + 15 * day), '/') : ''), []],
  ['रिमाइंडर', (c) => (okDue(c) && n(c) % 3 ? 'चालू' : 'बंद'), []],
  ['ग्राहक जोड़ने की तारीख', (c) => dmy(inT(okAdded(c)), '/'), [], opt],
  ['खाता स्थिति', (c) => (n(c) % 13 === 0 ? 'ब्लॉक' : 'सक्रिय'), [], opt],
] }

// ---------------------------------------------------------------- 6. Jobinja applicant export (IR, fa, P)
// a Tehran fintech start-up's job ads on Jobinja (back-end developer, product designer, customer support, accountant);
// one row per application; Jalali dates and ranges with Persian digits as Jobinja writes them
// [province, city]
const JB_PL = [['تهران', 'تهران'], ['تهران', 'تهران'], ['تهران', 'تهران'], ['البرز', 'کرج'], ['اصفهان', 'اصفهان'], ['فارس', 'شیراز'], ['خراسان رضوی', 'مشهد'], ['آذربایجان شرقی', 'تبریز'], ['گیلان', 'رشت'], ['تهران', 'شهریار'], ['قم', 'قم'], ['مازندران', 'ساری']]
// [ad title, field, last title]
const JB_AD = [['برنامه‌نویس ارشد Back-End (Golang)', 'مهندسی کامپیوتر', 'برنامه‌نویس Back-End'], ['طراح محصول (UI/UX)', 'گرافیک', 'طراح رابط کاربری'], ['کارشناس پشتیبانی مشتریان', 'مدیریت بازرگانی', 'کارشناس پشتیبانی'], ['کارشناس حسابداری', 'حسابداری', 'حسابدار'], ['برنامه‌نویس Front-End (React)', 'مهندسی نرم‌افزار', 'برنامه‌نویس Front-End']]
const JB_UNI = ['دانشگاه تهران', 'دانشگاه صنعتی شریف', 'دانشگاه آزاد اسلامی واحد تهران جنوب', 'دانشگاه علم و صنعت ایران', 'دانشگاه شهید بهشتی', 'دانشگاه پیام نور', 'دانشگاه فردوسی مشهد', 'دانشگاه اصفهان']
const JB_CO = ['اسنپ', 'دیجی‌کالا', 'کافه‌بازار', 'تپسی', 'شرکت داده‌پردازی ایران', 'بانک پاسارگاد', 'آسان‌پرداخت', 'فریلنسر']
const jbP = (c) => who(c, 'ir')
const jbAd = (c) => row(JB_AD, (n(c) >> 1) % 5)
const jbPl = (c) => row(JB_PL, jbP(c).k1 % 12)
const jbAge = (c) => 22 + jbP(c).k2 % 16
const jbExp = (c) => Math.max(0, jbAge(c) - 23 - jbP(c).k3 % 3)
const jbApplied = (c) => Date.UTC(2025, 0, 10) + ((n(c) * 7919) % (150 * 86400)) * 1000
const jbMob = (c) => { const r = seeded(c, 'irm'); return `09${v.pick(r, ['12', '19', '35', '36', '01', '02', '10', '22'])}${v.digits(r, 7)}` }
const jbSal = (c) => row(['۱۵ تا ۲۰ میلیون تومان', '۲۰ تا ۲۵ میلیون تومان', '۲۵ تا ۳۰ میلیون تومان', '۳۰ تا ۴۰ میلیون تومان', '۴۰ تا ۵۰ میلیون تومان', 'توافقی'], Math.min(5, Math.floor(jbExp(c) / 2) + (n(c) % 2)))
const SET_JB = { name: 'jobinja-motaghazian-excel-ir', product: 'جابینجا / Jobinja (پنل کارفرما > آگهی‌ها > درخواست‌ها > دریافت خروجی اکسل, one row per application, Persian UI, a Tehran fintech start-up hiring developers, designers, support and accounting staff, Asia/Tehran, Jalali dates)', family: 'recruiting', language: 'fa', schema: P, cols: [
  ['نام و نام خانوادگی', (c) => jbP(c).full, ['person.name.fullName']],
  ['ایمیل', (c) => jbP(c).mail, ['personalEmail.address']],
  ['شماره موبایل', (c) => jbMob(c), ['mobilePhone.number']],
  ['جنسیت', (c) => (jbP(c).female ? 'زن' : 'مرد'), ['person.gender']],
  ['سال تولد', (c) => fa(g2j(irt(jbApplied(c) - jbAge(c) * 365.25 * day)).y), ['person.birthYear']],
  ['وضعیت تأهل', (c) => (jbAge(c) > 29 && n(c) % 3 ? 'متأهل' : 'مجرد'), ['person.maritalStatus']],
  ['وضعیت خدمت سربازی', (c) => (jbP(c).female ? '' : row(['پایان خدمت', 'معافیت دائم', 'پایان خدمت', 'معافیت تحصیلی'], n(c) % 4)), []],
  ['استان محل سکونت', (c) => jbPl(c)[0], STATE(HOME)],
  ['شهر محل سکونت', (c) => jbPl(c)[1], HOMES('city')],
  ['آخرین مقطع تحصیلی', (c) => row(['کارشناسی', 'کارشناسی ارشد', 'کارشناسی', 'کاردانی', 'کارشناسی ارشد', 'دکترا'], jbP(c).k2 % 6), []],
  ['رشته تحصیلی', (c) => jbAd(c)[1], []],
  ['دانشگاه', (c) => row(JB_UNI, jbP(c).k3 % 8), []],
  ['سابقه کار', (c) => (jbExp(c) === 0 ? 'بدون سابقه' : jbExp(c) < 3 ? 'کمتر از ۳ سال' : jbExp(c) < 6 ? '۳ تا ۶ سال' : 'بیش از ۶ سال'), []],
  ['آخرین عنوان شغلی', (c) => (jbExp(c) ? jbAd(c)[2] : ''), []],
  ['آخرین شرکت', (c) => (jbExp(c) ? row(JB_CO, jbP(c).k1 % 8) : ''), ['organizations[0]'], opt],
  ['حقوق درخواستی', (c) => jbSal(c), []],
  ['عنوان آگهی', (c) => jbAd(c)[0], []],
  ['تاریخ ارسال درخواست', (c) => { const j = g2j(irt(jbApplied(c))); return fa(`${j.y}/${pad(j.m)}/${pad(j.d)}`) }, [], opt],
  ['وضعیت درخواست', (c) => row(['بررسی نشده', 'در انتظار تعیین وضعیت', 'تأیید برای مصاحبه', 'رد شده', 'بررسی نشده', 'استخدام شده', 'رد شده'], n(c) % 7), []],
  ['لینک رزومه', (c) => `https://jobinja.ir/user/resume/${(n(c) * 104729) % 9000000 + 1000000}`, []],
] }

// ---------------------------------------------------------------- 7. Jisr employee export (SA, ar, B)
// a Riyadh specialty-coffee and bakery chain with branches in Riyadh, Jeddah and Khobar (two legal entities); Saudi
// and expatriate staff; one row per employee
const JS_NAT = [['سعودي', 'sa'], ['سعودي', 'sa'], ['سعودي', 'sa'], ['مصري', 'x'], ['فلبيني', 'x'], ['سعودي', 'sa'], ['هندي', 'x'], ['سوداني', 'x'], ['سعودي', 'sa'], ['أردني', 'x']]
// expatriate names as [Arabic script, Latin]
const JS_EXP = { 'مصري': [['أحمد حسن', 'ahmed.hassan'], ['محمود عبدالعزيز', 'mahmoud.abdelaziz'], ['منى السيد', 'mona.elsayed']], 'فلبيني': [['جوزيف سانتوس', 'joseph.santos'], ['ماريا ريس', 'maria.reyes'], ['مارك دي لا كروز', 'mark.delacruz']], 'هندي': [['محمد عرفان', 'mohammed.irfan'], ['سانجاي ناير', 'sanjay.nair'], ['ريشاب مينون', 'rishab.menon']], 'سوداني': [['عثمان إبراهيم', 'osman.ibrahim'], ['الطيب محمد', 'altayeb.mohammed']], 'أردني': [['ليث العبادي', 'laith.alabbadi'], ['دانة الخطيب', 'dana.alkhatib']] }
// [department, titles]
const JS_DEP = [['العمليات', ['باريستا', 'باريستا أول', 'مشرف فرع', 'مدير فرع']], ['المخبز', ['خباز', 'رئيس خبازين', 'مساعد مخبز']], ['المالية', ['محاسب', 'مدير مالي']], ['الموارد البشرية', ['أخصائي موارد بشرية', 'مسؤول علاقات حكومية']], ['التسويق', ['أخصائي تسويق رقمي', 'مصمم جرافيك']], ['سلسلة الإمداد', ['أمين مستودع', 'منسق مشتريات']]]
const JS_BR = [['فرع حي الملقا', 'الرياض'], ['فرع طريق الأمير محمد بن سلمان', 'الرياض'], ['المحمصة المركزية - السلي', 'الرياض'], ['المكتب الرئيسي - العليا', 'الرياض'], ['فرع حي الشاطئ', 'جدة'], ['فرع الكورنيش', 'الخبر']]
const jsNat = (c) => row(JS_NAT, n(c) % 10)
const jsP = (c) => { const s = who(c, 'sa'); if (jsNat(c)[1] === 'sa') return { full: s.full, female: s.female, lat: `${s.firstLat}.${s.lastLat}`, en: `${s.firstLat[0].toUpperCase()}${s.firstLat.slice(1)} ${s.lastLat.replace(/^al/, 'Al-').replace(/-(.)/, (m, x) => '-' + x.toUpperCase())}` }; const e = row(JS_EXP[jsNat(c)[0]], s.k1 % 3 % JS_EXP[jsNat(c)[0]].length); return { full: e[0], female: /^(منى|ماريا|دانة)/.test(e[0]), lat: e[1], en: e[1].split('.').map((x) => x[0].toUpperCase() + x.slice(1)).join(' ') } }
const jsDep = (c) => row(JS_DEP, [0, 0, 0, 1, 0, 1, 2, 3, 4, 5, 0, 1][n(c) % 12])
const jsBr = (c) => (['العمليات', 'المخبز'].includes(jsDep(c)[0]) ? row(JS_BR, [0, 1, 4, 5, 0, 1][(n(c) >> 1) % 6]) : jsDep(c)[0] === 'سلسلة الإمداد' ? JS_BR[2] : JS_BR[3])
const jsEntity = (c) => (jsBr(c)[1] === 'الرياض' ? 'شركة نواة للقهوة المختصة' : 'شركة نواة للمخبوزات التجارية')
const jsJoin = (c) => Date.UTC(2019, 2, 1) + ((n(c) * 7919) % (2100 * 86400)) * 1000
const jsBirth = (c) => Date.UTC(1975, 0, 1) + ((n(c) * 104729) % (27 * 365 * 86400)) * 1000
const saMob = (c) => { const r = seeded(c, 'sam'); return `05${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${v.digits(r, 7)}` }
const jsSal = (c) => row([4500, 5200, 6500, 9000, 4000, 7500, 12000, 8500, 9500, 6000], n(c) % 10)
const iban = (c) => { const r = seeded(c, 'iban'); return `SA${v.digits(r, 2)}${v.pick(r, ['80', '10', '45', '20', '05'])}00${v.digits(r, 18)}` }
const SET_JS = { name: 'jisr-tasdir-almuwazafin-sa', product: 'جسر / Jisr (الموظفين > تصدير > تصدير بيانات الموظفين (Excel), one row per employee, Arabic UI, a Riyadh specialty-coffee roaster and bakery chain with branches in Riyadh, Jeddah and Khobar, two legal entities, Asia/Riyadh, SAR)', family: 'hr', language: 'ar', schema: B, cols: [
  ['الرقم الوظيفي', (c) => String(1000 + (n(c) * 37) % 900), B2BID],
  ['الاسم الكامل', (c) => jsP(c).full, ['person.name.fullName']],
  ['الاسم باللغة الإنجليزية', (c) => jsP(c).en, ['person.name.fullName'], opt],
  ['الجنسية', (c) => jsNat(c)[0], ['person.nationality']],
  ['رقم الهوية / الإقامة', (c) => { const r = seeded(c, 'iqama'); return `${jsNat(c)[1] === 'sa' ? 1 : 2}${v.digits(r, 9)}` }, []],
  ['الجنس', (c) => (jsP(c).female ? 'أنثى' : 'ذكر'), ['person.gender']],
  ['تاريخ الميلاد', (c) => ymd(shift(jsBirth(c), 0)), ['person.birthDate']],
  ['الحالة الاجتماعية', (c) => row(['أعزب', 'متزوج', 'متزوج', 'أعزب', 'متزوج'], n(c) % 5), ['person.maritalStatus']],
  ['رقم الجوال', (c) => saMob(c), ['mobilePhone.number']],
  ['البريد الإلكتروني للعمل', (c) => `${jsP(c).lat}@nawah.sa`, ['workEmail.address']],
  ['البريد الإلكتروني الشخصي', (c) => (n(c) % 3 === 0 ? '' : `${jsP(c).lat.replace('.', n(c) % 2 ? '' : '_')}${n(c) % 90}@${row(LOC.sa.mail, n(c) % 5)}`), ['personalEmail.address']],
  ['المنشأة', (c) => jsEntity(c), CO],
  ['القسم', (c) => jsDep(c)[0], ['extendedWorkDetails.departments[0]']],
  ['المسمى الوظيفي', (c) => row(jsDep(c)[1], (n(c) >> 2) % jsDep(c)[1].length), ['extendedWorkDetails.jobTitle']],
  ['المدير المباشر', (c) => (jsDep(c)[0] === 'العمليات' ? row(['فيصل الدوسري', 'ريم الغامدي'], n(c) % 2) : row(['عبدالله القحطاني', 'نورة العتيبي', 'خالد الشمري'], n(c) % 3)), [], opt],
  ['الموقع', (c) => jsBr(c)[0], [], opt],
  ['المدينة', (c) => jsBr(c)[1], [W('city')]],
  ['تاريخ الانضمام', (c) => ymd(ast(jsJoin(c))), [], opt],
  ['نوع العقد', (c) => (jsNat(c)[1] === 'sa' && n(c) % 2 ? 'غير محدد المدة' : 'محدد المدة'), []],
  ['حالة الموظف', (c) => (n(c) % 11 === 0 ? 'منتهي الخدمة' : n(c) % 7 === 0 ? 'في إجازة' : 'نشط'), [], opt],
  ['الراتب الأساسي', (c) => thou(jsSal(c), ',', '.'), []],
  ['البنك', (c) => row(['مصرف الراجحي', 'البنك الأهلي السعودي', 'بنك الرياض', 'مصرف الإنماء', 'البنك السعودي الأول'], n(c) % 5), []],
  ['رقم الآيبان', (c) => iban(c), []],
  ['رقم الاشتراك في التأمينات', (c) => String(400000000 + (n(c) * 7919) % 99999999), []],
] }

// ---------------------------------------------------------------- 8. Marg ERP 9+ ledger list (IN, en, B)
// a Jaipur pharmaceutical distributor (stockist) whose Sundry Debtors are chemists, medical stores and small hospitals
// across Jaipur district; each ledger carries a contact person, GSTIN and the drug licence numbers Marg checks at billing
// [station, area, pin]
const MG_PL = [['JAIPUR', 'MALVIYA NAGAR', '302017'], ['JAIPUR', 'MANSAROVAR', '302020'], ['JAIPUR', 'VAISHALI NAGAR', '302021'], ['JAIPUR', 'RAJA PARK', '302004'], ['JAIPUR', 'JHOTWARA', '302012'], ['SANGANER', 'SANGANER', '302029'], ['CHOMU', 'CHOMU', '303702'], ['DAUSA', 'DAUSA', '303303'], ['BASSI', 'BASSI', '303301'], ['KOTPUTLI', 'KOTPUTLI', '303108'], ['JAIPUR', 'C-SCHEME', '302001'], ['JAIPUR', 'PRATAP NAGAR', '302033']]
const MG_NAME = ['SHREE SHYAM MEDICAL STORE', 'GUPTA MEDICOS', 'JAIN PHARMACY', 'NEW RAJASTHAN MEDICAL HALL', 'BALAJI MEDICAL & GENERAL STORE', 'SAINI CHEMISTS', 'AROGYA MEDICALS', 'KRISHNA DRUG HOUSE', 'JEEVAN RAKSHA PHARMACY', 'SHIVAM HOSPITAL PHARMACY', 'MAHAVEER MEDICOSE', 'LIFE CARE CHEMIST']
const MG_ST = ['SHOP NO. {n}, MAIN MARKET', '{n}, GOPALPURA BYPASS', 'PLOT NO. {n}, SECTOR 3', 'G-{n}, NEAR CITY HOSPITAL', '{n}, STATION ROAD', 'SHOP NO. {n}, SHOPPING CENTRE', '{n}, TONK ROAD', 'OPP. GOVT. HOSPITAL, SHOP NO. {n}']
const mgP = (c) => who(c, 'jp')
// a ledger: one of 12 shop names in one of 12 stations
const mgIdx = (c) => mgP(c).k1 % 144
const mgPl = (c) => row(MG_PL, Math.floor(mgIdx(c) / 12))
const mgReg = (c) => mgIdx(c) % 8 !== 5
const mgPan = (c) => pan(v.rng(hash(`mgpan${mgIdx(c)}`)), row(['P', 'F', 'P', 'F', 'P', 'F'], mgIdx(c) % 6))
const mgGst = (c) => (mgReg(c) ? GSTIN_ST('08', mgPan(c), v.rng(hash(`mggst${mgIdx(c)}`))) : '')
const inMob = (c) => { const r = seeded(c, 'mgm'); return `${v.pick(r, ['98', '94', '99', '97', '70', '82', '63'])}${v.digits(r, 8)}` }
const SET_MG = { name: 'marg-erp-ledger-list-sundry-debtors-in', product: 'Marg ERP 9+ (Masters > Ledger Master > List of Ledgers > Sundry Debtors > Export to Excel, one row per party ledger, English UI, a Jaipur pharmaceutical distributor supplying chemists, medical stores and hospital pharmacies across Jaipur district, Asia/Kolkata, INR)', family: 'b2b', language: 'en', schema: B, cols: [
  ['Code', (c) => String(1001 + mgIdx(c) * 37), ACCT],
  ['Ledger Name', (c) => row(MG_NAME, mgIdx(c) % 12), CO],
  ['Contact Person', (c) => `${mgP(c).first} ${mgP(c).last}`, ['person.name.fullName']],
  ['Address 1', (c) => row(MG_ST, mgIdx(c) % 8).replace('{n}', String(2 + (mgIdx(c) * 17) % 90)), [W('street1')]],
  ['Address 2', (c) => mgPl(c)[1], [W('street2'), W('region')], opt],
  ['Station', (c) => mgPl(c)[0], [W('city')]],
  ['Pin Code', (c) => mgPl(c)[2], [W('postalCode')]],
  ['State', () => 'RAJASTHAN', STATE(['workAddress'])],
  ['Phone (O)', (c) => (n(c) % 3 === 0 ? `0141-${v.int(seeded(c, 'mgo'), 2200000, 2799999)}` : ''), ['workPhone.number']],
  ['Mobile', (c) => inMob(c), ['mobilePhone.number', 'workPhone.number']],
  ['E-Mail', (c) => (n(c) % 4 === 3 ? '' : `${v.slug(row(MG_NAME, mgIdx(c) % 12)).slice(0, 14)}${n(c) % 2 ? 'jpr' : ''}@${row(['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com'], mgIdx(c) % 4)}`), WE],
  ['GSTIN', (c) => mgGst(c), []],
  ['PAN No.', (c) => mgPan(c), []],
  ['D.L. No. 1', (c) => `20B/JPR/${2014 + mgIdx(c) % 10}/${pad(1000 + (mgIdx(c) * 131) % 8000, 4)}`, []],
  ['D.L. No. 2', (c) => `21B/JPR/${2014 + mgIdx(c) % 10}/${pad(1001 + (mgIdx(c) * 131) % 8000, 4)}`, []],
  ['Food Lic. No.', (c) => (n(c) % 3 === 1 ? `1222${v.digits(seeded(c, 'fssai'), 10)}` : ''), []],
  ['Dealer Type', (c) => (mgReg(c) ? (mgIdx(c) % 5 === 0 ? 'Composition' : 'Regular') : 'Unregistered'), []],
  ['Area', (c) => mgPl(c)[1], [], opt],
  ['Salesman', (c) => row(['MUKESH SHARMA', 'DINESH SAINI', 'RAKESH MEENA'], mgIdx(c) % 3), []],
  ['Route', (c) => row(['CITY-1', 'CITY-2', 'CITY-3', 'CITY-1', 'CITY-2', 'AJMER RD', 'SIKAR RD', 'AGRA RD', 'AGRA RD', 'DELHI RD', 'CITY-3', 'CITY-2'], Math.floor(mgIdx(c) / 12)), []],
  ['Credit Limit', (c) => inrDec(row([50000, 100000, 150000, 75000, 200000, 25000], mgIdx(c) % 6)), []],
  ['Credit Days', (c) => String(row([15, 21, 30, 30, 45, 7], mgIdx(c) % 6)), []],
  ['Opening Balance', (c) => `${inrDec(((n(c) * 7919) % 18000000) / 100)} ${n(c) % 9 === 4 ? 'Cr' : 'Dr'}`, []],
] }

export const SETS = [SET_TB, SET_CC, SET_ID, SET_SB, SET_OK, SET_JB, SET_JS, SET_MG]
