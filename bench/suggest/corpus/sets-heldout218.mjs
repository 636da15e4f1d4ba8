// Round 79, heldout218: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). The Middle East, Africa and South Asia, headers in the
// language each product's UI uses there: a Turkish e-commerce platform's order export for an İzmir olive-oil and
// natural-soap e-shop (T-Soft) (TR, tr E 1); a Saudi cloud-accounting app's sales-invoice export for a Riyadh office
// furniture and stationery supplier (Qoyod / قيود) (SA, ar E 1); a hotel PMS's reservation list for a beach resort in
// Diani, Kenya (eZee Absolute) (KE, en E 1); a MENA payment gateway's transaction export for a Dubai perfume and oud
// e-shop (PayTabs) (AE, en E 1); a school ERP's student export for a Lahore private school (Fedena) (PK, en P 1); a
// school-life system's student list for a French-curriculum collège-lycée in Casablanca (PRONOTE) (MA, fr P 1); a B2B
// marketplace's buyer-enquiry leads for a Rajkot pump and motor manufacturer (IndiaMART Lead Manager) (IN, en B 1); an
// Israeli ERP's customer-contact export for a Petah Tikva lab and medical consumables distributor (Priority / פריוריטי)
// (IL, he B 1). E 4, P 2, B 2.
// Headers: IndiaMART's upper-case field names (UNIQUE_QUERY_ID, QUERY_TYPE, QUERY_TIME, SENDER_NAME, SENDER_MOBILE,
// SENDER_EMAIL, SUBJECT, SENDER_COMPANY, SENDER_ADDRESS, SENDER_CITY, SENDER_STATE, SENDER_PINCODE, SENDER_COUNTRY_ISO,
// SENDER_MOBILE_ALT, SENDER_PHONE, SENDER_PHONE_ALT, SENDER_EMAIL_ALT, QUERY_PRODUCT_NAME, QUERY_MESSAGE,
// QUERY_MCAT_NAME, CALL_DURATION, RECEIVER_MOBILE) and their value shapes ("+91-98xxxxxxxx", "2024-05-23 15:44:28",
// "IN") are those of its Lead Manager CRM pull API as seen in several public integration sources found with the
// find_string tool (a sample response in a PHP integration, a Zoho field-mapping UI, a Node lead store); the Lead
// Manager's own Excel download may word them differently. eZee Absolute's column vocabulary (Reservation, Reservation
// Date, Arrival, Dept, Room Type, Rate Type, Room, Pax, Guest Name, Nationality, Market Code, Travel Agent, Business
// Source, Company Name, Reservation Type, Booking Status) follows its release note on the Transaction Detail Report
// (release.ezeetechnosys.com/ezee-absolute-transaction-detail-report, found with the search tool); the reservation-list
// selection and the money columns are the writer's knowledge. PayTabs' docs (docs.paytabs.com, Reports > Download
// Report, and the tran_ref / cart_id parameter pages, found with the search tool) confirm dashboard transaction
// reports with configurable fields, the tran_ref and cart_id identifiers and the customer/billing details, but give no
// column list; the column names are the writer's. IdeaSoft's help page on its order screen (ideasoft.com.tr, found
// with the search tool) gave the Turkish order statuses shared by Turkish platforms (Onay bekliyor, Onaylandı, Kargoya
// verildi, Teslim edildi, İptal edildi, İade edildi), used for T-Soft. T-Soft, Qoyod, Fedena, PRONOTE and Priority
// headers are from the writer's knowledge of each product (a short hunt in the docs, pages and code corpora found no
// public column list for them). A subset of each export's columns, in the order the writer knows. Nothing was copied
// from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, local, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
const r2 = (x) => Math.round(x * 100) / 100
const en2 = (x) => thou(x, ',', '.')
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
// Istanbul, Riyadh and Nairobi +3 all year, Dubai +4, Lahore +5, Kolkata +5:30, Casablanca +1, Jerusalem +2 (+3 in the
// northern summer months, an approximation of the Israeli rule)
const trt = (ms) => shift(ms, 3)
const ast = (ms) => shift(ms, 3)
const eat = (ms) => shift(ms, 3)
const gst = (ms) => shift(ms, 4)
const pkt = (ms) => shift(ms, 5)
const ist = (ms) => shift(ms, 5.5)
const mat = (ms) => shift(ms, 1)
const ilt = (ms) => local(ms, 2)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2180b7e3); r(); r(); return r }
// names as [script, latin] where the script differs (Arabic, Hebrew), else plain strings
const LOC = {
  tr: { m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Hakan', 'Murat', 'Oğuz', 'Serkan', 'Can', 'Kerem', 'Yusuf'],
    f: ['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Merve', 'Büşra', 'Esra', 'Gizem', 'Derya', 'Selin', 'Ebru', 'Özlem'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç', 'Kurt', 'Özdemir', 'Erdoğan'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com', 'icloud.com', 'yahoo.com'] },
  sa: { m: [['محمد', 'mohammed'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['خالد', 'khalid'], ['سلطان', 'sultan'], ['فيصل', 'faisal'], ['تركي', 'turki'], ['ناصر', 'nasser'], ['سعود', 'saud'], ['ماجد', 'majed']],
    f: [['نورة', 'noura'], ['سارة', 'sara'], ['ريم', 'reem'], ['هيفاء', 'haifa'], ['منيرة', 'munira'], ['العنود', 'alanoud'], ['لمى', 'lama'], ['أمل', 'amal']],
    last: [['القحطاني', 'alqahtani'], ['العتيبي', 'alotaibi'], ['الدوسري', 'aldosari'], ['الشهري', 'alshehri'], ['الغامدي', 'alghamdi'], ['الحربي', 'alharbi'], ['الزهراني', 'alzahrani'], ['المطيري', 'almutairi'], ['السبيعي', 'alsubaie'], ['العنزي', 'alanazi']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com'] },
  ke: { m: ['Brian', 'Kevin', 'Dennis', 'Otieno', 'Kamau', 'Juma', 'Hassan', 'Collins', 'Peter', 'Abdalla'],
    f: ['Wanjiku', 'Achieng', 'Faith', 'Mercy', 'Zawadi', 'Amina', 'Njeri', 'Grace', 'Mwanaisha', 'Joy'],
    last: ['Mwangi', 'Otieno', 'Kamau', 'Njoroge', 'Omondi', 'Mohamed', 'Wambui', 'Kiprotich', 'Mutua', 'Said', 'Ochieng', 'Chebet'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'] },
  eu: { m: ['Thomas', 'Markus', 'Luca', 'Marco', 'James', 'Oliver', 'Stefan', 'Giuseppe', 'Daniel', 'Jan'],
    f: ['Anna', 'Julia', 'Giulia', 'Sophie', 'Francesca', 'Emma', 'Sabine', 'Chiara', 'Laura', 'Katharina'],
    last: ['Müller', 'Schmidt', 'Rossi', 'Bianchi', 'Smith', 'Wagner', 'Ferrari', 'Brown', 'Fischer', 'Colombo', 'Taylor', 'Weber'],
    mail: ['gmail.com', 'web.de', 'gmx.de', 'libero.it', 'hotmail.co.uk', 'outlook.com'] },
  ae: { m: ['Rahul', 'Ahmed', 'Omar', 'Mohammed', 'Arjun', 'John', 'Faisal', 'Ali', 'Rashid', 'Mark', 'Vikram', 'Hamdan'],
    f: ['Fatima', 'Aisha', 'Priya', 'Mariam', 'Sarah', 'Noura', 'Joanna', 'Hessa', 'Anjali', 'Layla', 'Shaikha', 'Maria'],
    last: ['Al Mansoori', 'Al Hashemi', 'Khan', 'Nair', 'Al Suwaidi', 'Menon', 'Hassan', 'Smith', 'Al Mazrouei', 'Santos', 'Qureshi', 'Haddad', 'Al Ketbi', 'Pillai'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'yahoo.com'] },
  pk: { m: ['Muhammad', 'Ali', 'Hamza', 'Usman', 'Bilal', 'Ahmed', 'Hassan', 'Abdullah', 'Zain', 'Saad', 'Umar', 'Rayyan'],
    f: ['Ayesha', 'Fatima', 'Zainab', 'Maryam', 'Hira', 'Eman', 'Amna', 'Areeba', 'Mahnoor', 'Iqra', 'Hafsa', 'Noor'],
    last: ['Khan', 'Ahmed', 'Malik', 'Butt', 'Chaudhry', 'Sheikh', 'Qureshi', 'Rana', 'Mirza', 'Javed', 'Iqbal', 'Siddiqui', 'Raza', 'Hussain'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'] },
  ma: { m: ['Youssef', 'Amine', 'Mehdi', 'Omar', 'Adam', 'Rayane', 'Hamza', 'Ilyas', 'Anas', 'Karim', 'Nabil', 'Zakaria'],
    f: ['Yasmine', 'Salma', 'Imane', 'Lina', 'Nour', 'Rim', 'Ghita', 'Kenza', 'Sara', 'Hiba', 'Aya', 'Malak'],
    last: ['Benjelloun', 'El Idrissi', 'Alaoui', 'Bennani', 'Tazi', 'Berrada', 'El Amrani', 'Chraibi', 'Fassi Fihri', 'Lahlou', 'Kettani', 'Sqalli', 'Benkirane', 'Ouazzani'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.fr', 'outlook.fr', 'yahoo.fr', 'menara.ma'] },
  in: { m: ['Rajesh', 'Suresh', 'Ketan', 'Amit', 'Hitesh', 'Vijay', 'Ramesh', 'Pradeep', 'Sanjay', 'Mahesh', 'Imran', 'Gurpreet'],
    f: ['Priya', 'Neha', 'Kavita', 'Pooja', 'Anjali', 'Meena', 'Sunita', 'Rekha'],
    last: ['Patel', 'Shah', 'Sharma', 'Reddy', 'Verma', 'Gupta', 'Rao', 'Mehta', 'Nair', 'Singh', 'Joshi', 'Agarwal', 'Desai', 'Iyer', 'Kulkarni', 'Yadav'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'yahoo.com'] },
  il: { m: [['יוסי', 'yossi'], ['אבי', 'avi'], ['דני', 'dani'], ['משה', 'moshe'], ['איתי', 'itay'], ['עומר', 'omer'], ['רון', 'ron'], ['אלון', 'alon'], ['גיא', 'guy'], ['חיים', 'haim']],
    f: [['מיכל', 'michal'], ['רונית', 'ronit'], ['נועה', 'noa'], ['שירה', 'shira'], ['יעל', 'yael'], ['אורית', 'orit'], ['דנה', 'dana'], ['טל', 'tal'], ['ענבל', 'inbal'], ['הדס', 'hadas']],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['גולן', 'golan'], ['אזולאי', 'azulay'], ['דהן', 'dahan'], ['קפלן', 'kaplan']] },
}
const nm = (x) => (Array.isArray(x) ? x[0] : x)
const lat = (x) => (Array.isArray(x) ? x[1] : v.slug(x))
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const f = v.pick(r, female ? L.f : L.m), l = v.pick(r, L.last)
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = L.mail ? `${lat(f)}${sep}${lat(l).replace(/[^a-z]/g, '')}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` : ''
  return { female, first: nm(f), last: nm(l), fl: lat(f), ll: lat(l).replace(/[^a-z]/g, ''), full: `${nm(f)} ${nm(l)}`, mail, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. T-Soft order export (TR, tr, E)
// an İzmir shop selling cold-pressed olive oil, olive-oil soaps and Aegean deli goods on its own T-Soft site; one row per
// order line (most orders have one line)
// [il, ilçe, posta kodu]
const TS_PL = [['İzmir', 'Karşıyaka', '35530'], ['İzmir', 'Bornova', '35040'], ['İstanbul', 'Kadıköy', '34710'], ['İstanbul', 'Beşiktaş', '34353'], ['Ankara', 'Çankaya', '06690'], ['Bursa', 'Nilüfer', '16110'], ['Antalya', 'Muratpaşa', '07160'], ['İstanbul', 'Ataşehir', '34758'], ['Eskişehir', 'Tepebaşı', '26130'], ['Muğla', 'Bodrum', '48400'], ['İzmir', 'Urla', '35430'], ['Kocaeli', 'İzmit', '41100']]
const TS_ST = ['Atatürk Cad.', 'Cumhuriyet Mah. 1203 Sok.', 'Bağdat Cad.', 'İstiklal Mah. Gazi Bulvarı', 'Barbaros Cad.', 'Mimar Sinan Mah. 45. Sok.', 'Kazım Dirik Mah. 372 Sok.', 'Çiçek Sok.']
// [stok kodu, ürün, fiyat TL, KDV %]
const TS_IT = [['ZY-ERK-1L', 'Erken Hasat Soğuk Sıkım Zeytinyağı 1 L', 685, 1], ['ZY-NAT-5L', 'Natürel Sızma Zeytinyağı Teneke 5 L', 2450, 1], ['SBN-DFN-3', 'Defne Yağlı Zeytinyağı Sabunu 3\'lü', 240, 20], ['ZYT-GML-1K', 'Gemlik Siyah Zeytin 1 kg', 395, 1], ['SBN-LAV-1', 'Lavantalı Zeytinyağı Sabunu 150 g', 95, 20], ['KHV-SET-01', 'Ege Kahvaltılık Seti', 890, 1], ['ZY-ERK-500', 'Erken Hasat Zeytinyağı 500 ml', 375, 1], ['TUZ-DFN-250', 'Defne Yapraklı Kaya Tuzu 250 g', 120, 1]]
const TS_PAY = [['Kredi Kartı', 1], ['Kredi Kartı', 3], ['Kredi Kartı', 1], ['Havale/EFT', 1], ['Kapıda Ödeme', 1], ['Kredi Kartı', 6], ['Kredi Kartı', 1]]
const TS_DUR = ['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Onaylandı', 'Teslim Edildi', 'Onay Bekliyor', 'Teslim Edildi', 'İptal Edildi', 'İade Edildi', 'Teslim Edildi']
const TS_KARGO = ['Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo', 'Yurtiçi Kargo', 'Sürat Kargo']
const tsIt = (o) => row(TS_IT, n(o) % 8)
const tsQty = (o) => (tsIt(o)[2] > 1000 ? 1 : 1 + (n(o) >> 2) % 3)
const tsPay = (o) => row(TS_PAY, (n(o) >> 1) % 7)
const tsDur = (o) => row(TS_DUR, n(o) % 10)
const tsSub = (o) => tsIt(o)[2] * tsQty(o)
const tsCoupon = (o) => (n(o) % 6 === 0 ? row(['HOSGELDIN10', 'ZEYTIN15'], n(o) % 2) : '')
const tsDisc = (o) => (tsCoupon(o) === 'HOSGELDIN10' ? r2(tsSub(o) * 0.1) : tsCoupon(o) ? r2(tsSub(o) * 0.15) : 0)
const tsShip = (o) => (tsSub(o) - tsDisc(o) >= 1000 ? 0 : 89.9)
const tsCod = (o) => (tsPay(o)[0] === 'Kapıda Ödeme' ? 45 : 0)
const tsTot = (o) => r2(tsSub(o) - tsDisc(o) + tsShip(o) + tsCod(o))
const tsAt = (o) => biz(Date.UTC(2025, 0, 6), n(o) * 13, 150, 8, 24, 3)
const tsShipped = (o) => ['Teslim Edildi', 'Kargoya Verildi', 'İade Edildi'].includes(tsDur(o))
const trP = (c) => who(c, 'tr')
const tsPl = (c) => row(TS_PL, trP(c).k1 % 12)
const trMob = (c) => { const r = seeded(c, 'trm'); return `05${v.pick(r, ['32', '33', '35', '42', '44', '05', '06', '52', '53', '55'])} ${v.digits(r, 3)} ${v.digits(r, 2)} ${v.digits(r, 2)}` }
const tsAddr = (c) => `${row(TS_ST, trP(c).k2 % 8)} No:${1 + trP(c).k3 % 120}${n(c) % 3 === 0 ? ` D:${1 + n(c) % 12}` : ''}`
const tsCorp = (c) => n(c) % 7 === 0
const trDT = (ms) => { const p = trt(ms); return `${dmy(p, '.')} ${hm(p)}` }
const tl = (x) => thou(x, '.', ',')
const SET_TS = { name: 't-soft-siparis-listesi-tr', product: 'T-Soft (Yönetim Paneli > Siparişler > Sipariş Listesi > Excel\'e Aktar, one row per order line, Turkish UI, an İzmir e-shop selling cold-pressed olive oil, olive-oil soaps and Aegean deli goods, Europe/Istanbul, TRY)', family: 'orders', language: 'tr', schema: E, cols: [
  ['Sipariş No', (c, o) => String(100000 + (n(o) * 37) % 90000), ['_id', OR('purchaseID')]],
  ['Sipariş Tarihi', (c, o) => trDT(tsAt(o)), ['timestamp', OR('createdDate')]],
  ['Sipariş Durumu', (c, o) => tsDur(o), [], opt],
  ['Ödeme Tipi', (c, o) => tsPay(o)[0], [OR('payments[0].paymentType')], opt],
  ['Taksit Sayısı', (c, o) => (tsPay(o)[1] > 1 ? String(tsPay(o)[1]) : 'Tek Çekim'), []],
  ['Üye Adı Soyadı', (c) => trP(c).full, []],
  ['E-Posta', (c) => trP(c).mail, EMAIL_ID],
  ['Cep Telefonu', (c) => trMob(c), PHONE_ID, opt],
  ['Teslimat Adresi', (c) => tsAddr(c), [SHIP('street1')]],
  ['Teslimat İlçe', (c) => tsPl(c)[1], [SHIP('city'), SHIP('region')], opt],
  ['Teslimat İl', (c) => tsPl(c)[0], [SHIP('city'), ...STATE(['commerce.shipping.address'])]],
  ['Teslimat Posta Kodu', (c) => (n(c) % 4 === 0 ? '' : tsPl(c)[2]), [SHIP('postalCode')]],
  ['Fatura Tipi', (c) => (tsCorp(c) ? 'Kurumsal' : 'Bireysel'), []],
  ['Fatura Ünvanı', (c) => (tsCorp(c) ? row(['Ege Butik Otel Ltd. Şti.', 'Kordon Cafe Gıda San. Tic. A.Ş.', 'Yaprak Organik Market'], n(c) % 3) : trP(c).full), []],
  ['Vergi Dairesi', (c) => (tsCorp(c) ? row(['Karşıyaka', 'Kordon', 'Bornova'], n(c) % 3) : ''), []],
  ['TC Kimlik / Vergi No', (c) => (tsCorp(c) ? v.digits(seeded(c, 'vkn'), 10) : n(c) % 2 ? '11111111111' : `${1 + n(c) % 9}${v.digits(seeded(c, 'tck'), 9)}${2 * (n(c) % 5)}`), []],
  ['Fatura Adresi', (c) => tsAddr(c), [BILL('street1')]],
  ['Fatura İl', (c) => tsPl(c)[0], [BILL('city'), ...STATE(['commerce.billing.address'])]],
  ['Stok Kodu', (c, o) => tsIt(o)[0], [PL('SKU')]],
  ['Ürün Adı', (c, o) => tsIt(o)[1], [PL('name')]],
  ['Adet', (c, o) => String(tsQty(o)), [PL('quantity')]],
  ['Birim Fiyat', (c, o) => tl(tsIt(o)[2]), [PL('priceTotal')], opt],
  ['KDV Oranı', (c, o) => `%${tsIt(o)[3]}`, []],
  ['Kupon Kodu', (c, o) => tsCoupon(o), ['commerce.promotionID'], opt],
  ['İndirim Tutarı', (c, o) => tl(tsDisc(o)), [OR('discountAmount')]],
  ['Kargo Ücreti', (c, o) => tl(tsShip(o)), ['commerce.shipping.shippingAmount']],
  ['Kapıda Ödeme Bedeli', (c, o) => tl(tsCod(o)), []],
  ['Genel Toplam', (c, o) => tl(tsTot(o)), [OR('priceTotal')]],
  ['Para Birimi', () => 'TRY', [OR('currencyCode')]],
  ['Kargo Firması', (c, o) => row(TS_KARGO, n(o) % 5), ['commerce.shipping.shippingMethod'], opt],
  ['Kargo Takip No', (c, o) => (tsShipped(o) ? v.digits(v.rng(hash(`tsk${o.id}`)), 12) : ''), ['commerce.shipping.trackingNumber']],
  ['Kargoya Veriliş Tarihi', (c, o) => (tsShipped(o) ? dmy(trt(tsAt(o) + (1 + n(o) % 2) * day), '.') : ''), ['commerce.shipping.shipDate']],
] }

// ---------------------------------------------------------------- 2. Qoyod sales-invoice export (SA, ar, E)
// a Riyadh supplier of office furniture, stationery and printer supplies to companies, schools and walk-in buyers; one
// row per sales invoice, amounts in SAR with 15% VAT
// [customer, is company]
const QY_CO = [['شركة الأفق للمقاولات', true], ['مدارس رواد المستقبل الأهلية', true], ['مؤسسة النخبة للخدمات التجارية', true], ['', false], ['عيادات دار الشفاء', true], ['', false], ['مكتب المحامي سلمان الدوسري', true], ['', false], ['شركة سحاب للتقنية', true]]
const QY_CITY = ['الرياض', 'الرياض', 'الرياض', 'الخرج', 'الدرعية', 'الرياض', 'جدة', 'الدمام', 'الرياض']
const QY_BR = ['المستودع الرئيسي - السلي', 'معرض العليا', 'المستودع الرئيسي - السلي']
const QY_ST = ['مدفوعة', 'مدفوعة', 'مدفوعة جزئياً', 'غير مدفوعة', 'مدفوعة', 'متأخرة', 'مدفوعة', 'مسودة']
const QY_PAY = ['تحويل بنكي', 'مدى', 'نقدي', 'تحويل بنكي', 'بطاقة ائتمانية', 'مدى']
const qyCo = (c) => row(QY_CO, n(c) % 9)
const qyP = (c) => who(c, 'sa')
const qySt = (o) => row(QY_ST, n(o) % 8)
const qySub = (o, c) => (qyCo(c)[1] ? 2400 + (n(o) * 137) % 38000 : 180 + (n(o) * 37) % 2600)
const qyDisc = (o, c) => (qyCo(c)[1] && n(o) % 3 === 0 ? r2(qySub(o, c) * 0.05) : 0)
const qyVat = (o, c) => r2((qySub(o, c) - qyDisc(o, c)) * 0.15)
const qyTot = (o, c) => r2(qySub(o, c) - qyDisc(o, c) + qyVat(o, c))
const qyPaid = (o, c) => (qySt(o) === 'مدفوعة' ? qyTot(o, c) : qySt(o) === 'مدفوعة جزئياً' ? r2(qyTot(o, c) * 0.5) : 0)
const qyAt = (o) => biz(Date.UTC(2025, 0, 5), n(o) * 11, 140, 8, 22, 3)
const saMob = (c) => { const r = seeded(c, 'sam'); return `+9665${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${v.digits(r, 7)}` }
const qyMail = (c) => (qyCo(c)[1] ? `${row(['purchasing', 'accounts', 'info', 'admin'], n(c) % 4)}@${row(['alofuq', 'rawad-schools', 'alnokhba', '', 'darshifa', '', 'aldosari-law', '', 'sahab-tech'], n(c) % 9)}.com.sa` : qyP(c).mail)
const qyVatNo = (c) => (qyCo(c)[1] ? `3${v.digits(v.rng(hash(`qyv${n(c) % 9}`)), 13)}3` : '')
const qyD = (ms) => ymd(ast(ms))
const SET_QY = { name: 'qoyod-fawatir-mabiat-sa', product: 'Qoyod / قيود (المبيعات > فواتير المبيعات > تصدير Excel, one row per sales invoice, Arabic UI, a Riyadh supplier of office furniture, stationery and printer supplies, Asia/Riyadh, SAR)', family: 'invoices', language: 'ar', schema: E, cols: [
  ['رقم الفاتورة', (c, o) => `INV${pad(1000 + (n(o) * 37) % 9000, 5)}`, ['_id', OR('purchaseID')]],
  ['الرقم المرجعي', (c, o) => (qyCo(c)[1] && n(o) % 2 === 0 ? `PO-${2025}${pad((n(o) * 7) % 1000, 3)}` : ''), [OR('purchaseOrderNumber')], opt],
  ['تاريخ الإصدار', (c, o) => qyD(qyAt(o)), ['timestamp', OR('createdDate')]],
  ['تاريخ الاستحقاق', (c, o) => qyD(qyAt(o) + (qyCo(c)[1] ? 30 : 0) * day), []],
  ['العميل', (c) => (qyCo(c)[1] ? qyCo(c)[0] : qyP(c).full), []],
  ['الرقم الضريبي للعميل', (c) => qyVatNo(c), []],
  ['البريد الإلكتروني', (c) => (n(c) % 5 === 3 ? '' : qyMail(c)), EMAIL_ID],
  ['رقم الجوال', (c) => saMob(c), PHONE_ID, opt],
  ['المدينة', (c) => row(QY_CITY, n(c) % 9), [BILL('city')]],
  ['الموقع المخزني', (c, o) => row(QY_BR, n(o) % 3), [], opt],
  ['الحالة', (c, o) => qySt(o), [], opt],
  ['المجموع قبل الخصم', (c, o) => en2(qySub(o, c)), [], opt],
  ['الخصم', (c, o) => en2(qyDisc(o, c)), [OR('discountAmount')]],
  ['الإجمالي غير شامل الضريبة', (c, o) => en2(qySub(o, c) - qyDisc(o, c)), [], opt],
  ['ضريبة القيمة المضافة', (c, o) => en2(qyVat(o, c)), [OR('taxAmount')]],
  ['الإجمالي شامل الضريبة', (c, o) => en2(qyTot(o, c)), [OR('priceTotal')]],
  ['المدفوع', (c, o) => en2(qyPaid(o, c)), [OR('payments[0].paymentAmount')], opt],
  ['المتبقي', (c, o) => en2(qySt(o) === 'مسودة' ? 0 : qyTot(o, c) - qyPaid(o, c)), []],
  ['طريقة الدفع', (c, o) => (qyPaid(o, c) > 0 ? row(QY_PAY, n(o) % 6) : ''), [OR('payments[0].paymentType')], opt],
  ['العملة', () => 'SAR', [OR('currencyCode')]],
  ['حالة الربط مع الزكاة', (c, o) => (qySt(o) === 'مسودة' ? 'غير مرسلة' : qyCo(c)[1] ? 'معتمدة' : 'تم الإبلاغ'), []],
  ['ملاحظات', (c, o) => row(['', 'التوصيل خلال 3 أيام عمل', '', 'شامل التركيب', '', 'عرض سعر رقم 412'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 3. eZee Absolute reservation list (KE, en, E)
// a beach resort in Diani (Kwale County): Kenyan residents, German and Italian package tourists and a few conference
// groups; one row per reservation, amounts in KES incl. 16% VAT and 2% catering levy
// [room type, rate per night KES]
const EZ_RT = [['Standard Garden View', 14500], ['Deluxe Sea View', 21800], ['Deluxe Sea View', 21800], ['Junior Suite', 32500], ['Beach Cottage', 27000], ['Family Room', 26000]]
const EZ_RATE = ['Bed & Breakfast', 'Half Board', 'Full Board', 'All Inclusive', 'Half Board', 'Bed & Breakfast']
const EZ_RATEF = { 'Bed & Breakfast': 1, 'Half Board': 1.25, 'Full Board': 1.45, 'All Inclusive': 1.7 }
// [business source, market code, travel agent]
const EZ_SRC = [['Booking.com', 'Leisure - OTA', ''], ['Direct - Website', 'Leisure - FIT', ''], ['Travel Agent', 'Leisure - Tour Operator', 'Pollman\'s Tours & Safaris'], ['Expedia', 'Leisure - OTA', ''], ['Walk-In', 'Leisure - FIT', ''], ['Travel Agent', 'Leisure - Tour Operator', 'Bonfire Adventures'], ['Corporate', 'Corporate', ''], ['Direct - Phone', 'Leisure - Resident', '']]
const EZ_ST = ['Checked Out', 'Checked Out', 'Confirmed', 'Checked In', 'Checked Out', 'Cancelled', 'Confirmed', 'No Show', 'Checked Out']
const ezRt = (o) => row(EZ_RT, n(o) % 6)
const ezRate = (o) => row(EZ_RATE, (n(o) >> 1) % 6)
const ezSrc = (o) => row(EZ_SRC, (n(o) >> 2) % 8)
const ezSt = (o) => row(EZ_ST, n(o) % 9)
const ezN = (o) => (ezSrc(o)[0] === 'Travel Agent' ? 7 + (n(o) % 2) * 7 : 1 + (n(o) >> 3) % 5)
const ezTot = (o) => Math.round(ezRt(o)[1] * EZ_RATEF[ezRate(o)] * ezN(o) / 50) * 50
const ezTax = (o) => r2(ezTot(o) * 0.18 / 1.18)
const ezDep = (o) => (ezSt(o) === 'No Show' || ezSt(o) === 'Cancelled' ? 0 : ezSt(o) === 'Checked Out' ? ezTot(o) : Math.round(ezTot(o) * 0.3))
const ezAt = (o) => biz(Date.UTC(2025, 0, 2), n(o) * 17, 160, 7, 23, 3)
const ezArr = (o) => { const p = eat(ezAt(o) + (5 + n(o) % 75) * day); return Date.UTC(p.y, p.m - 1, p.d) }
const ezForeign = (c, o) => ezSrc(o)[0] === 'Travel Agent' || (ezSrc(o)[0] !== 'Direct - Phone' && n(c) % 3 === 0)
const ezP = (c, o) => (ezForeign(c, o) ? who(c, 'eu') : who(c, 'ke'))
const ezNat = (c, o) => (ezForeign(c, o) ? row(['German', 'Italian', 'British', 'German', 'Swiss', 'Italian'], ezP(c, o).k1 % 6) : 'Kenyan')
const ezPhone = (c, o) => { const r = seeded(c, 'ezp'); return ezForeign(c, o) ? (ezNat(c, o) === 'Italian' ? `+39 3${v.digits(r, 2)} ${v.digits(r, 7)}` : ezNat(c, o) === 'British' ? `+44 7${v.digits(r, 3)} ${v.digits(r, 6)}` : `+49 1${v.pick(r, ['51', '60', '70', '76'])} ${v.digits(r, 7)}`) : `+254 7${v.pick(r, ['0', '1', '2', '9', '4'])}${v.digits(r, 1)} ${v.digits(r, 3)} ${v.digits(r, 3)}` }
const ezD = (ms) => dmy(shift(ms, 0), '/')
const SET_EZ = { name: 'ezee-absolute-reservation-list-ke', product: 'eZee Absolute (Reports > Front Office > Reservation List > Export to Excel, one row per reservation, English UI, a beach resort in Diani, Kwale County, Kenya, Africa/Nairobi, KES)', family: 'bookings', language: 'en', schema: E, cols: [
  ['Reservation', (c, o) => String(2100 + (n(o) * 37) % 8000), ['_id', OR('purchaseID')]],
  ['Reservation Date', (c, o) => { const p = eat(ezAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Guest Name', (c, o) => `${ezP(c, o).female ? 'Ms.' : 'Mr.'} ${ezP(c, o).full}`, []],
  ['Email', (c, o) => (ezSrc(o)[0] === 'Walk-In' ? '' : ezSrc(o)[0] === 'Booking.com' ? `${ezP(c, o).fl.slice(0, 5)}.${ezP(c, o).ll.slice(0, 4)}.${v.alnum(v.rng(hash(`bk${o.id}`)), 6).toLowerCase()}@guest.booking.com` : ezP(c, o).mail), EMAIL_ID],
  ['Mobile', (c, o) => ezPhone(c, o), PHONE_ID, opt],
  ['Nationality', (c, o) => ezNat(c, o), []],
  ['Arrival', (c, o) => ezD(ezArr(o)), []],
  ['Dept', (c, o) => ezD(ezArr(o) + ezN(o) * day), []],
  ['Nights', (c, o) => String(ezN(o)), [PL('quantity')], opt],
  ['Room Type', (c, o) => ezRt(o)[0], [PL('name'), PL('productCategories[0].categoryName')], opt],
  ['Rate Type', (c, o) => ezRate(o), [], opt],
  ['Room', (c, o) => (['Checked Out', 'Checked In'].includes(ezSt(o)) ? String(row([101, 112, 204, 215, 301, 318], n(o) % 6) + (n(o) % 4)) : ''), []],
  ['Pax', (c, o) => `${ezRt(o)[0] === 'Family Room' ? 2 : 1 + n(o) % 2}/${ezRt(o)[0] === 'Family Room' ? 2 : 0}`, []],
  ['Business Source', (c, o) => ezSrc(o)[0], [], opt],
  ['Market Code', (c, o) => ezSrc(o)[1], [], opt],
  ['Travel Agent', (c, o) => ezSrc(o)[2], []],
  ['Travel Agent Voucher', (c, o) => (ezSrc(o)[2] ? `V${v.digits(v.rng(hash(`ezv${o.id}`)), 6)}` : ezSrc(o)[0] === 'Booking.com' ? v.digits(v.rng(hash(`ezb${o.id}`)), 10) : ''), [OR('purchaseID')], opt],
  ['Company Name', (c, o) => (ezSrc(o)[0] === 'Corporate' ? row(['Safaricom PLC', 'Kenya Ports Authority', 'KCB Group', 'Base Titanium Ltd'], n(o) % 4) : ''), []],
  ['Reservation Type', (c, o) => (ezSt(o) === 'Confirmed' && n(o) % 3 === 0 ? 'Unconfirmed Booking' : 'Confirm Booking'), [], opt],
  ['Booking Status', (c, o) => ezSt(o), [], opt],
  ['Total Amount', (c, o) => en2(ezSt(o) === 'Cancelled' ? 0 : ezTot(o)), [OR('priceTotal')]],
  ['Tax', (c, o) => en2(ezSt(o) === 'Cancelled' ? 0 : ezTax(o)), [OR('taxAmount')]],
  ['Deposit', (c, o) => en2(ezDep(o)), [OR('payments[0].paymentAmount')], opt],
  ['Balance', (c, o) => en2(['Cancelled', 'No Show'].includes(ezSt(o)) ? 0 : ezTot(o) - ezDep(o)), []],
  ['User', (c, o) => row(['Fatma', 'Kevin', 'Reservations', 'Fatma'], n(o) % 4), []],
] }

// ---------------------------------------------------------------- 4. PayTabs transaction export (AE, en, E)
// a Dubai perfume and oud house selling on its WooCommerce shop across the UAE (and a few GCC orders); one row per
// transaction, amounts in AED
// [emirate, city, street]
const PT_PL = [['Dubai', 'Dubai', 'Al Wasl Road, Villa'], ['Dubai', 'Dubai', 'Marina Promenade, Tower 3, Apt'], ['Abu Dhabi', 'Abu Dhabi', 'Khalifa City A, Street 12, Villa'], ['Sharjah', 'Sharjah', 'Al Majaz 2, Building 7, Flat'], ['Dubai', 'Dubai', 'JVC District 12, Building'], ['Abu Dhabi', 'Al Ain', 'Al Jimi, Villa'], ['Ajman', 'Ajman', 'Al Nuaimiya 1, Tower B, Flat'], ['Dubai', 'Dubai', 'Mirdif, 11B Street, Villa'], ['Ras Al Khaimah', 'Ras Al Khaimah', 'Al Nakheel, Building']]
// [description, amount]
const PT_CART = [['Oud Al Layl EDP 100ml', 480], ['Bakhoor Gift Box', 260], ['Musk Tahara Set', 195], ['Royal Dehn Al Oud 3ml', 1250], ['Rose Taifi EDP 50ml', 340], ['Discovery Set - 6 x 10ml', 220], ['Amber Oud Perfume Oil 12ml + Mabkhara', 610], ['Oud Al Layl EDP 100ml + Bakhoor Gift Box', 690]]
const PT_METH = ['Visa', 'MasterCard', 'ApplePay', 'Visa', 'MasterCard', 'ApplePay', 'AmEx']
const PT_RES = [['Authorised', 'Authorised'], ['Authorised', 'Authorised'], ['Authorised', 'Authorised'], ['Declined', 'Insufficient Funds'], ['Authorised', 'Authorised'], ['Declined', 'Do not honour'], ['Authorised', 'Authorised'], ['Authorised', 'Authorised']]
const ptCart = (o) => row(PT_CART, n(o) % 8)
const ptAmt = (o) => ptCart(o)[1] + (ptCart(o)[1] >= 300 ? 0 : 25)
const ptRes = (o) => row(PT_RES, (n(o) >> 1) % 8)
const ptRef = (o) => (n(o) % 11 === 0 && ptRes(o)[0] === 'Authorised')
const ptType = (o) => (ptRef(o) ? 'Refund' : 'Sale')
const ptAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 19, 130, 8, 26, 4)
const ptP = (c) => who(c, 'ae')
const ptPl = (c) => row(PT_PL, ptP(c).k1 % 9)
const aeMob = (c) => { const r = seeded(c, 'aem'); return `+971${v.pick(r, ['50', '52', '54', '55', '56', '58'])}${v.digits(r, 7)}` }
const ptTran = (o) => `SFT${25}${pad(30 + (n(o) % 300), 3)}${v.digits(v.rng(hash(`pt${o.id}`)), 8)}`
const ptMask = (o) => { const m = row(PT_METH, n(o) % 7); const r = v.rng(hash(`ptc${o.id}`)); return m === 'AmEx' ? `3782 82## ##${v.digits(r, 1)} ${v.digits(r, 4)}` : `${m === 'MasterCard' ? '5' + v.pick(r, ['1', '2', '4', '5']) : '4' + v.digits(r, 1)}${v.digits(r, 2)} ${v.digits(r, 2)}## #### ${v.digits(r, 4)}` }
const SET_PT = { name: 'paytabs-transactions-export-ae', product: 'PayTabs (Merchant Dashboard > Transactions > View Transactions > Export (Excel), one row per transaction, English UI, a Dubai perfume and oud house selling through its WooCommerce shop, Asia/Dubai, AED)', family: 'payments', language: 'en', schema: E, cols: [
  ['Transaction Reference', (c, o) => ptTran(o), ['_id', OR('payments[0].transactionID')]],
  ['Transaction Type', (c, o) => ptType(o), [], opt],
  ['Transaction Date', (c, o) => { const p = gst(ptAt(o)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
  ['Cart ID', (c, o) => String(18200 + (n(o) * 13) % 9000), [OR('purchaseID')]],
  ['Cart Description', (c, o) => `Order #${18200 + (n(o) * 13) % 9000} - ${ptCart(o)[0]}`, [PL('name')], opt],
  ['Amount', (c, o) => en2(ptAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Currency', () => 'AED', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Response Status', (c, o) => ptRes(o)[0], [], opt],
  ['Response Message', (c, o) => ptRes(o)[1], []],
  ['Payment Method', (c, o) => row(PT_METH, n(o) % 7), [OR('payments[0].paymentType')], opt],
  ['Card Number', (c, o) => ptMask(o), []],
  ['Customer Name', (c) => ptP(c).full, []],
  ['Customer Email', (c) => ptP(c).mail, EMAIL_ID],
  ['Customer Phone', (c) => aeMob(c), PHONE_ID, opt],
  ['Billing Address', (c) => `${ptPl(c)[2]} ${1 + ptP(c).k2 % 90}`, [BILL('street1')]],
  ['City', (c) => ptPl(c)[1], [BILL('city')]],
  ['State', (c) => ptPl(c)[0], STATE(['commerce.billing.address'])],
  ['Country', () => 'AE', [BILL('countryCode')]],
  ['Customer IP', (c) => { const r = seeded(c, 'ip'); return `${v.pick(r, ['94.200', '2.50', '86.98', '5.195', '91.73'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }, ['environment.ipV4']],
  ['Refunded Amount', (c, o) => en2(ptRef(o) ? ptAmt(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['Integration Type', (c, o) => (n(o) % 9 === 4 ? 'Payment Link' : 'Hosted Payment Page'), []],
] }

// ---------------------------------------------------------------- 5. Fedena student export (PK, en, P)
// a private English-medium school in Lahore (Montessori to O Levels); one row per student
// [area, street]
const FD_PL = [['DHA Phase 5', 'Street 12, Block C'], ['Model Town', 'Block J'], ['Johar Town', 'Block G-1'], ['Gulberg III', 'Main Boulevard'], ['Bahria Town', 'Sector C, Jasmine Block'], ['Wapda Town', 'Block K-2'], ['Cantt', 'Sarwar Road'], ['Valencia Town', 'Block B'], ['Faisal Town', 'Block A']]
const FD_BATCH = ['Montessori - Blue', 'Class 1 - A', 'Class 3 - B', 'Class 5 - A', 'Class 6 - Iqbal', 'Class 7 - Jinnah', 'Class 8 - A', 'O Level I - B', 'O Level II - A', 'O Level III - A']
const fdP = (c) => who(c, 'pk')
const fdB = (c) => (n(c) >> 1) % 10
const fdDob = (c) => Date.UTC(2021 - fdB(c) - (fdB(c) > 0 ? 1 : 0), 0, 1) + ((n(c) * 104729) % 365) * day
const fdAdmY = (c) => 2025 - (n(c) % Math.max(1, Math.min(6, fdB(c) + 1)))
const fdAdm = (c) => Date.UTC(fdAdmY(c), 3, 1) + ((n(c) * 13) % 20) * day
const fdPl = (c) => row(FD_PL, fdP(c).k1 % 9)
const pkMob = (c, k) => { const r = seeded(c, `pkm${k}`); return `03${v.pick(r, ['00', '01', '21', '33', '45', '11', '09', '32'])}-${v.digits(r, 7)}` }
const fdFather = (c) => { const r = seeded(c, 'fdf'); const f = v.pick(r, LOC.pk.m); return `${f === fdP(c).first ? 'Tariq' : f} ${fdP(c).last}` }
const fdD = (ms) => dmy(shift(ms, 0), '-')
const SET_FD = { name: 'fedena-student-details-lahore-pk', product: 'Fedena (Students > Student Details > Advanced Search > Export CSV, one row per student, English UI, a private English-medium school in Lahore from Montessori to O Levels, Asia/Karachi)', family: 'education', language: 'en', schema: P, cols: [
  ['Admission No', (c) => `LGS-${fdAdmY(c)}-${pad((n(c) * 7) % 1000, 4)}`, ID],
  ['Admission Date', (c) => fdD(fdAdm(c)), [], opt],
  ['First Name', (c) => fdP(c).first, ['person.name.firstName']],
  ['Middle Name', (c) => (n(c) % 4 === 0 ? row(['Ahmad', 'Ali', 'Bibi', 'Hassan'], n(c) % 4) : ''), ['person.name.middleName']],
  ['Last Name', (c) => fdP(c).last, ['person.name.lastName']],
  ['Batch', (c) => row(FD_BATCH, fdB(c)), []],
  ['Roll Number', (c) => String(1 + n(c) % 34), []],
  ['Date of Birth', (c) => fdD(fdDob(c)), ['person.birthDate']],
  ['Gender', (c) => (fdP(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Blood Group', (c) => row(['B+', 'O+', 'A+', 'AB+', 'B-', 'O+', 'Unknown'], n(c) % 7), []],
  ['Birth Place', (c) => row(['Lahore', 'Lahore', 'Faisalabad', 'Lahore', 'Gujranwala', 'Dubai'], n(c) % 6), []],
  ['Nationality', (c) => (n(c) % 13 === 0 ? 'British' : 'Pakistani'), ['person.nationality']],
  ['Mother Tongue', (c) => row(['Urdu', 'Punjabi', 'Urdu', 'Pashto', 'Urdu'], n(c) % 5), []],
  ['Religion', (c) => (n(c) % 17 === 0 ? 'Christianity' : 'Islam'), []],
  ['Student Category', (c) => row(['Regular', 'Regular', 'Sibling Discount', 'Regular', 'Staff Child', 'Scholarship'], n(c) % 6), []],
  ['Address Line1', (c) => `House ${1 + fdP(c).k2 % 400}, ${fdPl(c)[1]}`, HOMES('street1')],
  ['Address Line2', (c) => fdPl(c)[0], HOMES('street2'), opt],
  ['City', () => 'Lahore', HOMES('city')],
  ['State', () => 'Punjab', STATE(HOME)],
  ['Pin Code', (c) => row(['54792', '54700', '54782', '54660', '53720', '54770', '54810', '54000', '54700'], fdP(c).k1 % 9), HOMES('postalCode')],
  ['Country', () => 'Pakistan', HOMES('country')],
  ['Phone', (c) => (n(c) % 3 === 0 ? `042-35${v.digits(seeded(c, 'pkl'), 6)}` : ''), ['homePhone.number']],
  ['Mobile', (c) => (fdB(c) >= 7 && n(c) % 2 === 0 ? pkMob(c, 's') : ''), ['mobilePhone.number']],
  ['Email', (c) => (fdB(c) >= 6 ? `${fdP(c).fl}.${fdP(c).ll}${n(c) % 100}@student.lgs-lahore.edu.pk` : ''), ['personalEmail.address']],
  ['Father Name', (c) => fdFather(c), []],
  ['Father Mobile', (c) => pkMob(c, 'f'), []],
  ['Status', (c) => (n(c) % 19 === 0 ? 'Former' : 'Active'), [], opt],
] }

// ---------------------------------------------------------------- 6. PRONOTE student list (MA, fr, P)
// a private French-curriculum collège-lycée in Casablanca (6e to Terminale), with Moroccan and some French pupils; one
// row per pupil
// [quartier, code postal]
const PR_PL = [['Maârif', '20330'], ['Californie', '20150'], ['Anfa', '20050'], ['Racine', '20050'], ['Bourgogne', '20050'], ['Oasis', '20410'], ['Ain Diab', '20180'], ['Gauthier', '20060'], ['Bouskoura - Ville Verte', '27182'], ['Dar Bouazza', '27223']]
const PR_RUE = ['Rue Ibnou Mounir', 'Boulevard d\'Anfa', 'Rue Abou Bakr Ibnou Koutia', 'Boulevard Ghandi', 'Rue Jean Jaurès', 'Résidence Les Jardins, Imm. 4', 'Rue des Pléiades', 'Boulevard Massira Al Khadra']
const PR_CL = ['6ème A', '6ème B', '5ème A', '4ème B', '3ème A', '3ème C', '2nde B', '1ère G2', '1ère G4', 'Tle G1', 'Tle G3']
const prP = (c) => who(c, 'ma')
const prCl = (c) => (n(c) >> 1) % 11
const prDob = (c) => Date.UTC(2014 - [0, 0, 1, 2, 3, 3, 4, 5, 5, 6, 6][prCl(c)], 0, 1) + ((n(c) * 104729) % 365) * day
const prFr = (c) => n(c) % 7 === 0
const prPl = (c) => row(PR_PL, prP(c).k1 % 10)
const maMob = (c, k) => { const r = seeded(c, `mam${k}`); return `06 ${v.digits(r, 2)} ${v.digits(r, 2)} ${v.digits(r, 2)} ${v.digits(r, 2)}`.replace(/^06/, v.pick(r, ['06', '06', '07'])) }
const prMum = (c) => n(c) % 3 === 1
const prResp = (c) => { const r = seeded(c, 'prr'); return `${prP(c).last.toUpperCase()} ${v.pick(r, prMum(c) ? LOC.ma.f : LOC.ma.m)}` }
const prMassar = (c) => `${v.pick(seeded(c, 'msr'), ['J', 'K', 'M', 'G', 'R'])}1${v.digits(seeded(c, 'msr2'), 8)}`
const SET_PR = { name: 'pronote-liste-eleves-casablanca-ma', product: 'PRONOTE (Ressources > Élèves > Liste, toutes colonnes affichées > Exporter vers Excel, one row per pupil, French UI, a private French-curriculum collège-lycée in Casablanca, Africa/Casablanca)', family: 'education', language: 'fr', schema: P, cols: [
  ['Nom', (c) => (prFr(c) ? row(['MARTIN', 'DUBOIS', 'LEFEBVRE', 'GARNIER'], n(c) % 4) : prP(c).last.toUpperCase()), ['person.name.lastName']],
  ['Prénom', (c) => (prFr(c) ? (prP(c).female ? row(['Camille', 'Léa', 'Manon'], n(c) % 3) : row(['Hugo', 'Louis', 'Jules'], n(c) % 3)) : prP(c).first), ['person.name.firstName']],
  ['Sexe', (c) => (prP(c).female ? 'F' : 'M'), ['person.gender']],
  ['Né(e) le', (c) => dmy(shift(prDob(c), 0), '/'), ['person.birthDate']],
  ['Lieu de naissance', (c) => (prFr(c) ? row(['Paris (75)', 'Lyon (69)'], n(c) % 2) : row(['Casablanca', 'Casablanca', 'Rabat', 'Marrakech', 'Montréal (Canada)', 'Casablanca'], n(c) % 6)), []],
  ['Nationalité', (c) => (prFr(c) ? 'Française' : n(c) % 5 === 0 ? 'Marocaine, Française' : 'Marocaine'), ['person.nationality']],
  ['Classe', (c) => row(PR_CL, prCl(c)), []],
  ['Régime', (c) => row(['Demi-pensionnaire', 'Externe', 'Demi-pensionnaire', 'Demi-pensionnaire'], n(c) % 4), []],
  ['Redoublant', (c) => (n(c) % 15 === 0 ? 'Oui' : 'Non'), []],
  ['Date d\'entrée', (c) => dmy(shift(Date.UTC(2025 - Math.min(prCl(c), n(c) % 5), 8, 2), 0), '/'), [], opt],
  ['Identifiant national', (c) => (prFr(c) ? '' : prMassar(c)), ID, opt],
  ['Options', (c) => row(['ANGLAIS LV1, ESPAGNOL LV2, ARABE', 'ANGLAIS LV1, ARABE', 'ANGLAIS LV1, ALLEMAND LV2', 'ANGLAIS LV1, ESPAGNOL LV2', 'ANGLAIS LV1, ARABE, LATIN'], n(c) % 5), []],
  ['Adresse 1', (c) => `${1 + prP(c).k2 % 160}, ${row(PR_RUE, prP(c).k3 % 8)}`, HOMES('street1')],
  ['Adresse 2', (c) => prPl(c)[0], HOMES('street2'), opt],
  ['Code postal', (c) => prPl(c)[1], HOMES('postalCode')],
  ['Ville', (c) => (prPl(c)[0].startsWith('Bouskoura') ? 'Bouskoura' : prPl(c)[0].startsWith('Dar') ? 'Dar Bouazza' : 'Casablanca'), HOMES('city')],
  ['Pays', () => 'MAROC', HOMES('country')],
  ['Tél. portable', (c) => (prCl(c) >= 4 ? maMob(c, 'e') : ''), ['mobilePhone.number']],
  ['E-mail', (c) => (prCl(c) >= 6 ? prP(c).mail : ''), ['personalEmail.address']],
  ['Responsable 1', (c) => `${prMum(c) ? 'Mme' : 'M.'} ${prResp(c)}`, []],
  ['Tél. portable responsable 1', (c) => maMob(c, 'r'), []],
  ['E-mail responsable 1', (c) => `${v.slug(prResp(c).split(' ').slice(-1)[0])}.${prP(c).ll}@${row(['gmail.com', 'menara.ma', 'hotmail.fr'], n(c) % 3)}`, []],
  ['Établissement d\'origine', (c) => (prCl(c) === 0 || n(c) % 4 === 0 ? row(['École Al Jabr', 'Groupe Scolaire Massignon', 'École Jacques Prévert', 'Collège Anatole France'], n(c) % 4) : ''), []],
] }

// ---------------------------------------------------------------- 7. IndiaMART Lead Manager leads (IN, en, B)
// a Rajkot manufacturer of monoblock and submersible pumps and induction motors: buyer enquiries from its catalogue
// (W), bought leads (B), PNS calls (P) and catalogue views (BIZ); one row per enquiry
// [company, domain, address, city, state, pincode, STD code]
const IM_CO = [
  ['Shree Ganesh Agro Industries', '', 'Plot 44, GIDC Estate, Sanand', 'Ahmedabad', 'Gujarat', '382110', '2717'],
  ['Patel Irrigation Works', 'patelirrigation.in', 'Near Bus Stand, Station Road', 'Junagadh', 'Gujarat', '362001', '285'],
  ['Sai Krupa Borewell Services', '', 'Shop 7, Market Yard', 'Nashik', 'Maharashtra', '422003', '253'],
  ['Jain Builders & Developers', 'jainbuilders.co.in', '3rd Floor, Shivalik Complex, SG Highway', 'Ahmedabad', 'Gujarat', '380054', '79'],
  ['Reddy Poultry Farms', '', 'Survey No 112, Shamshabad', 'Hyderabad', 'Telangana', '501218', '40'],
  ['Mehta Textile Processors', 'mehtatextile.com', 'Plot C-21, Pandesara GIDC', 'Surat', 'Gujarat', '394221', '261'],
  ['', '', 'Village Khanpur, Tehsil Kharar', 'Mohali', 'Punjab', '140301', '160'],
  ['Sunrise Hotels Pvt Ltd', 'sunrisehotels.in', 'MG Road', 'Indore', 'Madhya Pradesh', '452001', '731'],
  ['Kaveri Aqua Solutions', 'kaveriaqua.com', '12/3, 2nd Cross, Peenya Industrial Area', 'Bengaluru', 'Karnataka', '560058', '80'],
]
// [product, mcat, message]
const IM_PR = [['0.5 HP Monoblock Pump', 'Monoblock Pumps', 'Quantity : 10 Piece<br>Probable Order Value : Rs. 20,000 to 50,000<br>Probable Requirement Type : Business Use'],
  ['7.5 HP V4 Submersible Pump Set', 'Submersible Pumps', 'Quantity : 2 Piece<br>Usage/Application : Agriculture<br>Probable Requirement Type : Business Use'],
  ['Openwell Submersible Pump 3 HP', 'Openwell Submersible Pump', 'I want to buy Openwell Submersible Pump 3 HP. Kindly send me price and other details.'],
  ['5 HP Three Phase Induction Motor', 'Three Phase Induction Motor', 'Quantity : 5 Piece<br>Voltage : 415 V<br>Probable Order Value : Rs. 1 to 2 Lakh'],
  ['Pressure Booster Pump 1 HP', 'Pressure Booster Pumps', 'Need for 12 storey building, kindly call'],
  ['Self Priming Mud Pump', 'Mud Pumps', 'Quantity : 20 Piece<br>Probable Requirement Type : Business Use<br>Need GST invoice']]
const IM_QT = ['W', 'W', 'B', 'P', 'W', 'BIZ', 'B', 'W']
const imCo = (c) => row(IM_CO, n(c) % 9)
const imPr = (o) => row(IM_PR, n(o) % 6)
const imQt = (o) => row(IM_QT, (n(o) >> 1) % 8)
const imP = (c) => who(c, 'in')
const inMob = (c, k) => { const r = seeded(c, `inm${k}`); return `+91-${v.pick(r, ['98', '97', '99', '94', '90', '88', '70', '63', '81'])}${v.digits(r, 8)}` }
const imAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 23, 100, 8, 22, 5.5)
const imMail = (c) => (imCo(c)[1] ? `${imP(c).fl}${n(c) % 2 ? '.' + imP(c).ll : ''}@${imCo(c)[1]}` : imP(c).mail)
const SET_IM = { name: 'indiamart-lead-manager-enquiries-in', product: 'IndiaMART Lead Manager (Lead Manager > CRM integration: buyer enquiries pulled with the CRM key and saved as CSV with the API field names, one row per enquiry, English, a Rajkot manufacturer of monoblock and submersible pumps and induction motors, Asia/Kolkata)', family: 'b2b', language: 'en', schema: B, cols: [
  ['UNIQUE_QUERY_ID', (c, o) => String(2700000000 + (n(o) * 7919) % 90000000), B2BID, opt],
  ['QUERY_TYPE', (c, o) => imQt(o), ['b2b.personSource'], opt],
  ['QUERY_TIME', (c, o) => { const p = ist(imAt(o)); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['SENDER_NAME', (c) => imP(c).full, ['person.name.fullName']],
  ['SENDER_MOBILE', (c) => inMob(c, 'a'), ['mobilePhone.number', 'workPhone.number']],
  ['SENDER_EMAIL', (c, o) => (imQt(o) === 'P' || n(c) % 4 === 0 ? '' : imMail(c)), WE],
  ['SUBJECT', (c, o) => (imQt(o) === 'P' ? `Call enquiry for ${imPr(o)[0]}` : imQt(o) === 'BIZ' ? `Buyer viewed your catalog: ${imPr(o)[1]}` : `Requirement for ${imPr(o)[0]}`), []],
  ['SENDER_COMPANY', (c) => imCo(c)[0], CO],
  ['SENDER_ADDRESS', (c) => `${imCo(c)[2]}, ${imCo(c)[3]}, ${imCo(c)[4]},         ${imCo(c)[5]}`, [W('street1')], opt],
  ['SENDER_CITY', (c) => imCo(c)[3], [W('city')]],
  ['SENDER_STATE', (c) => imCo(c)[4], STATE(['workAddress'])],
  ['SENDER_PINCODE', (c) => imCo(c)[5], [W('postalCode')]],
  ['SENDER_COUNTRY_ISO', () => 'IN', [W('countryCode')]],
  ['SENDER_MOBILE_ALT', (c) => (n(c) % 3 === 0 ? inMob(c, 'b') : ''), ['mobilePhone.number', 'otherPhone.number'], opt],
  ['SENDER_PHONE', (c) => (imCo(c)[1] ? `+91-${imCo(c)[6]}-${v.digits(seeded(c, 'inl'), 10 - imCo(c)[6].length)}` : ''), ['workPhone.number']],
  ['SENDER_PHONE_ALT', () => '', ['otherPhone.number'], opt],
  ['SENDER_EMAIL_ALT', (c) => (imCo(c)[1] && n(c) % 3 === 1 ? imP(c).mail : ''), ['personalEmail.address', 'workEmail.address'], opt],
  ['QUERY_PRODUCT_NAME', (c, o) => imPr(o)[0], []],
  ['QUERY_MESSAGE', (c, o) => (imQt(o) === 'BIZ' ? '' : `${imQt(o) === 'P' ? '' : `I am interested in buying ${imPr(o)[0]}. `}${imPr(o)[2]}`), []],
  ['QUERY_MCAT_NAME', (c, o) => imPr(o)[1], []],
  ['CALL_DURATION', (c, o) => (imQt(o) === 'P' ? String(20 + (n(o) * 7) % 300) : ''), []],
  ['RECEIVER_MOBILE', (c, o) => (imQt(o) === 'P' ? row(['+91-9824012345', '+91-9909012345'], n(o) % 2) : ''), []],
] }

// ---------------------------------------------------------------- 8. Priority customer-contact export (IL, he, B)
// a Petah Tikva distributor of laboratory and medical consumables: contacts at hospitals, HMO clinics, labs and
// universities; one row per contact person
// [customer no, customer, domain, street, city, postcode, area code]
const PY_CU = [
  ['100234', 'המרכז הרפואי שיבא', 'sheba.health.gov.il', 'דרך שיבא 2', 'רמת גן', '5262000', '03'],
  ['100517', 'כללית - מעבדה אזורית דן', 'clalit.org.il', 'ז\'בוטינסקי 14', 'פתח תקווה', '4925501', '03'],
  ['101102', 'אוניברסיטת תל אביב - הפקולטה למדעי החיים', 'tauex.tau.ac.il', 'חיים לבנון 55', 'תל אביב-יפו', '6997801', '03'],
  ['100890', 'מכבי שירותי בריאות', 'mac.org.il', 'המרד 27', 'תל אביב-יפו', '6812509', '03'],
  ['102045', 'ביולאב בע"מ', 'biolab.co.il', 'הרכבת 12', 'ירושלים', '9346312', '02'],
  ['101560', 'המרכז הרפואי רמב"ם', 'rambam.health.gov.il', 'העלייה השנייה 8', 'חיפה', '3109601', '04'],
  ['102311', 'מעבדות אמ-אל בע"מ', 'amal-labs.co.il', 'המלאכה 6', 'נס ציונה', '7403637', '08'],
  ['100702', 'מכון ויצמן למדע', 'weizmann.ac.il', 'הרצל 234', 'רחובות', '7610001', '08'],
]
// [title (m), title (f), department]
const PY_JOB = [['מנהל מעבדה', 'מנהלת מעבדה', 'מעבדה'], ['אחראי רכש', 'אחראית רכש', 'רכש'], ['ראש צוות טכנאים', 'ראש צוות טכנאיות', 'מעבדה'], ['חשב', 'חשבת', 'כספים'], ['מנהל מחסן', 'מנהלת מחסן', 'לוגיסטיקה'], ['חוקר', 'חוקרת', 'מחקר'], ['אח אחראי', 'אחות אחראית', 'סיעוד']]
const pyCu = (c) => row(PY_CU, n(c) % 8)
const pyP = (c) => who(c, 'il')
const pyJob = (c) => row(PY_JOB, (n(c) >> 1) % 7)
const pyDr = (c) => pyJob(c)[2] === 'מחקר' || n(c) % 9 === 0
const ilMob = (c) => { const r = seeded(c, 'ilm'); return `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.digits(r, 7)}` }
const ilTel = (c) => { const r = seeded(c, 'ilt'); return `${pyCu(c)[6]}-${v.int(r, 5, 9)}${v.digits(r, 6)}` }
const pyOpen = (c) => Date.UTC(2012, 0, 1) + ((n(c) * 7919) % (4700 * 86400)) * 1000
const SET_PY = { name: 'priority-anshei-kesher-il', product: 'Priority / פריוריטי (מכירות > לקוחות > אנשי קשר, form "אנשי קשר" > ייצוא ל-Excel, one row per customer contact, Hebrew UI, a Petah Tikva distributor of laboratory and medical consumables, Asia/Jerusalem)', family: 'b2b', language: 'he', schema: B, cols: [
  ['מס\' איש קשר', (c) => String(5000 + (n(c) * 37) % 40000), B2BID],
  ['מס\' לקוח', (c) => pyCu(c)[0], ACCT, opt],
  ['שם לקוח', (c) => pyCu(c)[1], CO],
  ['תואר', (c) => (pyDr(c) ? (pyJob(c)[2] === 'מחקר' && n(c) % 2 ? 'פרופ\'' : 'ד"ר') : pyP(c).female ? 'גב\'' : 'מר'), ['person.name.courtesyTitle']],
  ['שם פרטי', (c) => pyP(c).first, ['person.name.firstName']],
  ['שם משפחה', (c) => pyP(c).last, ['person.name.lastName']],
  ['תפקיד', (c) => pyJob(c)[pyP(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
  ['מחלקה', (c) => pyJob(c)[2], ['extendedWorkDetails.departments[0]']],
  ['טלפון', (c) => ilTel(c), ['workPhone.number']],
  ['שלוחה', (c) => (n(c) % 3 === 0 ? String(100 + (n(c) * 7) % 800) : ''), ['workPhone.extension']],
  ['טלפון נייד', (c) => (n(c) % 5 === 2 ? '' : ilMob(c)), ['mobilePhone.number']],
  ['פקס', (c) => (n(c) % 4 === 0 ? `${pyCu(c)[6]}-${v.int(seeded(c, 'ilf'), 5, 9)}${v.digits(seeded(c, 'ilf2'), 6)}` : ''), ['faxPhone.number']],
  ['דוא"ל', (c) => `${pyP(c).fl}${n(c) % 2 ? pyP(c).ll.slice(0, 1) : '.' + pyP(c).ll}@${pyCu(c)[2]}`, WE],
  ['כתובת', (c) => pyCu(c)[3], [W('street1')]],
  ['עיר', (c) => pyCu(c)[4], [W('city')]],
  ['מיקוד', (c) => pyCu(c)[5], [W('postalCode')]],
  ['ארץ', () => 'ישראל', [W('country')]],
  ['איש קשר עיקרי', (c) => (n(c) % 4 === 1 ? 'Y' : ''), [], opt],
  ['מקבל דיוור', (c) => (n(c) % 3 === 0 ? '' : 'Y'), OPTIN, opt],
  ['לא פעיל', (c) => (n(c) % 13 === 0 ? 'Y' : ''), [], opt],
  ['סוכן', (c) => row(['אורית שמעוני', 'רונן אלמוג', 'אורית שמעוני', 'נטע ברק'], n(c) % 4), []],
  ['תאריך פתיחה', (c) => { const p = ilt(pyOpen(c)); return `${pad(p.d)}/${pad(p.m)}/${String(p.y).slice(2)}` }, ['extSourceSystemAudit.createdDate'], opt],
] }

export const SETS = [SET_TS, SET_QY, SET_EZ, SET_PT, SET_FD, SET_PR, SET_IM, SET_PY]
