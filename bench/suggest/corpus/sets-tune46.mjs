// Round 46, tune46: tune sets written blind (by a helper that never opened the suggester or a score). Turkish,
// Gulf, Iranian and Israeli products. Same format as sets.mjs (sources in ../README.md).
import { E, P, B, v, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { trMoney } from './values11.mjs'

const day = 86400000
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "22.05.2024 14:31" / "22.05.2024" (Türkiye, UTC+3)
const trDT = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const trD = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
// "2024-05-22 14:31:07" in a zone (Riyadh +3, Dubai +4, Israel +2/+3)
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "22/05/2024" and "22/05/2024 14:31" (Daftra, Israeli products)
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "22 May 2024 14:31" (Mumzworld seller centre, Dubai)
const dMonY = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y} ${pad(p.H)}:${pad(p.M)}` }
// Iranian (Jalali / Solar Hijri) dates, Tehran UTC+3:30: "1403/02/15 14:31"
function jalali(gy, gm, gd) {
  const g = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  const gy2 = gm > 2 ? gy + 1 : gy
  let days = 355666 + 365 * gy + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) + gd + g[gm - 1]
  let jy = -1595 + 33 * Math.floor(days / 12053); days %= 12053
  jy += 4 * Math.floor(days / 1461); days %= 1461
  if (days > 365) { jy += Math.floor((days - 1) / 365); days = (days - 1) % 365 }
  const jm = days < 186 ? 1 + Math.floor(days / 31) : 7 + Math.floor((days - 186) / 30)
  const jd = 1 + (days < 186 ? days % 31 : (days - 186) % 30)
  return [jy, jm, jd]
}
const faD = (ms) => { const p = shift(ms, 3.5); const [y, m, d] = jalali(p.y, p.m, p.d); return `${y}/${pad(m)}/${pad(d)}` }
const faDT = (ms) => { const p = shift(ms, 3.5); const [y, m, d] = jalali(p.y, p.m, p.d); return `${y}/${pad(m)}/${pad(d)} ${pad(p.H)}:${pad(p.M)}` }
const grp = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

// local people, places and goods the shared generators lack
const TR_NAMES = [['Selin', 'Arslan'], ['Murat', 'Koç'], ['Gizem', 'Özdemir'], ['Hakan', 'Aksoy'], ['Merve', 'Polat'], ['Onur', 'Kurt'], ['Büşra', 'Erdoğan']]
const TR_ADDR = [['Bahçelievler Mah. 7. Cad. No:18 D:4', 'Çankaya', 'Ankara', '06490'], ['Suadiye Mah. Bağdat Cad. No:402', 'Kadıköy', 'İstanbul', '34740'], ['Bostanlı Mah. Cemal Gürsel Cad. No:221 D:9', 'Karşıyaka', 'İzmir', '35590'], ['Fevzi Çakmak Mah. Ankara Yolu No:55', 'Osmangazi', 'Bursa', '16140'], ['Meltem Mah. Sakıp Sabancı Blv. No:3', 'Muratpaşa', 'Antalya', '07030'], ['Yeni Mah. Girne Blv. No:77 D:2', 'Seyhan', 'Adana', '01130']]
const trMobile = (r) => `05${v.pick(r, ['30', '32', '35', '42', '44', '53', '54', '55'])}${v.int(r, 1000000, 9999999)}`
const trSlug = (s) => s.toLowerCase().replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/ü/g, 'u').replace(/ö/g, 'o').replace(/ç/g, 'c')
const PTT_ITEMS = [['PTT-ELK-48213', 'Arçelik 3 Programlı Bulaşık Makinesi', 'Beyaz Eşya', 12499], ['PTT-KZM-11502', 'Karaca Hatır Türk Kahve Makinesi', 'Küçük Ev Aletleri', 1899.9], ['PTT-KTP-90417', 'Sabahattin Ali - Kürk Mantolu Madonna', 'Kitap', 64.5], ['PTT-GYM-33028', 'Erkek Pamuklu Polo Yaka Tişört', 'Giyim', 349.99], ['PTT-BBK-70712', 'Prima Bebek Bezi 4 Numara 100 Adet', 'Anne & Bebek', 579]]
const AE_NAMES = [['Mariam', 'Al Hashimi'], ['Aisha', 'Siddiqui'], ['Noura', 'Al Ketbi'], ['Hana', 'Yousef'], ['Reem', 'Al Marzouqi'], ['Sana', 'Qureshi']]
const AE_AREAS = [['Villa 14, Street 27, Al Barsha 2', 'Dubai', 'AE'], ['Apt 1203, Marina Crown, Dubai Marina', 'Dubai', 'AE'], ['Villa 5, Khalifa City A', 'Abu Dhabi', 'AE'], ['Flat 7, Al Majaz 3', 'Sharjah', 'AE'], ['Building 41, Road 2404, Juffair', 'Manama', 'BH'], ['Al Olaya, King Fahd Rd', 'Riyadh', 'SA']]
const MUMZ_ITEMS = [['MW-4410293', 'Philips Avent Natural Feeding Bottle 260ml, 2 pcs', 'Feeding', 89], ['MW-3381027', 'Joie i-Spin 360 Car Seat, Coal', 'Car Seats', 1499], ['MW-5520184', 'Pampers Premium Care Size 3, 120 Diapers', 'Diapers', 139], ['MW-2290451', 'Medela Swing Maxi Double Electric Breast Pump', 'Nursing', 1199], ['MW-6107733', 'Mustela Stelatopia Emollient Cream 200ml', 'Baby Care', 119]]
const SA_NAMES = [['عبدالرحمن', 'السبيعي'], ['ريم', 'العنزي'], ['ماجد', 'الغامدي'], ['لمى', 'الشمري'], ['خالد', 'البقمي'], ['أمل', 'الحارثي'], ['بندر', 'العمري']]
const SA_CITIES = [['الرياض', 'حي النرجس', 'منطقة الرياض', '13327'], ['جدة', 'حي الروضة', 'منطقة مكة المكرمة', '23435'], ['الدمام', 'حي الشاطئ', 'المنطقة الشرقية', '32413'], ['المدينة المنورة', 'حي قباء', 'منطقة المدينة المنورة', '42318'], ['أبها', 'حي المنسك', 'منطقة عسير', '62521']]
const saMobile = (r) => `9665${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`
const DAFTRA_CLIENTS = [['مؤسسة الأفق للتجارة', 'سامي', 'الدوسري', 'sami@alofuq-trading.sa', 'الرياض', 'شارع العليا العام، مبنى 12', '12211', 'SA'], ['شركة النخبة للمقاولات', 'هشام', 'عبدالله', 'h.abdullah@nokhba-co.com', 'جدة', 'طريق الملك عبدالعزيز، برج السلام', '21589', 'SA'], ['مكتب رواد للاستشارات', 'رنا', 'خليل', 'rana@rowad-consult.ae', 'دبي', 'شارع الشيخ زايد، برج 21، مكتب 1504', '00000', 'AE'], ['مصنع الوادي للبلاستيك', 'يوسف', 'المصري', 'yousef@wadiplast.com.eg', 'القاهرة', '15 شارع التسعين، التجمع الخامس', '11835', 'EG'], ['مؤسسة ضياء التقنية', 'فهد', 'القرني', 'fahad@diyaa-tech.sa', 'الدمام', 'طريق الأمير محمد بن فهد', '32241', 'SA']]
const FA_NAMES = [['علی', 'محمدی'], ['زهرا', 'حسینی'], ['رضا', 'کریمی'], ['مریم', 'احمدی'], ['حسین', 'رضایی'], ['فاطمه', 'موسوی'], ['امیر', 'جعفری']]
const FA_CITIES = [['تهران', 'تهران', 'خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۴', '1967913456'], ['اصفهان', 'اصفهان', 'خیابان چهارباغ بالا، کوچه ۱۸، پلاک ۵', '8174673111'], ['شیراز', 'فارس', 'بلوار چمران، کوچه ۲۴، پلاک ۷', '7194815661'], ['مشهد', 'خراسان رضوی', 'بلوار وکیل‌آباد، وکیل‌آباد ۱۲، پلاک ۳۳', '9188741234'], ['تبریز', 'آذربایجان شرقی', 'خیابان امام، کوچه ارک، پلاک ۹', '5153715518']]
const irMobile = (r) => `09${v.pick(r, ['12', '19', '35', '36', '37', '01', '90'])}${v.int(r, 1000000, 9999999)}`
const DK_ITEMS = [['DKP-9876543', 'گوشی موبایل سامسونگ مدل Galaxy A55 ظرفیت 256 گیگابایت', 'موبایل', 189000000], ['DKP-1234987', 'هدفون بی سیم شیائومی مدل Redmi Buds 5', 'لوازم جانبی', 21500000], ['DKP-5567201', 'کتری برقی پارس خزر مدل KT-2000', 'لوازم خانگی', 32900000], ['DKP-3345810', 'کتاب ملت عشق اثر الیف شافاک', 'کتاب', 4800000], ['DKP-7710934', 'کفش ورزشی مردانه اسکیچرز مدل Go Walk', 'مد و پوشاک', 76000000]]
const SNAPP_ITEMS = [['پیتزا مخصوص (متوسط)', 3850000], ['چلوکباب کوبیده دو سیخ', 2900000], ['ساندویچ هات‌داگ ویژه', 1650000], ['سالاد سزار مرغ', 2200000], ['جوجه کباب با استخوان', 3400000]]
const TOROB_PRODUCTS = [['گوشی سامسونگ Galaxy A35 5G ظرفیت 128 گیگابایت', 'موبایل', 158000000], ['لپ تاپ لنوو IdeaPad Slim 3 Core i5', 'لپ تاپ', 389000000], ['ساعت هوشمند شیائومی Redmi Watch 4', 'ساعت هوشمند', 42500000], ['اسپیکر بلوتوثی JBL Flip 6', 'اسپیکر', 61000000]]
const DIVAR_ADS = [['آپارتمان ۸۵ متری سعادت‌آباد، فول امکانات', 'فروش آپارتمان', 'تهران', 'سعادت‌آباد'], ['رهن و اجاره ۱۲۰ متر نیاوران', 'اجاره آپارتمان', 'تهران', 'نیاوران'], ['ویلا باغ ۵۰۰ متری لواسان', 'فروش ویلا', 'لواسان', 'مرکز لواسان'], ['مغازه ۳۰ متری بر خیابان، پونک', 'اجاره مغازه', 'تهران', 'پونک']]
const IL_NAMES = [['נועה', 'כהן'], ['יוסי', 'לוי'], ['מיכל', 'מזרחי'], ['אבי', 'פרץ'], ['שירה', 'ביטון'], ['דניאל', 'אברהם'], ['תמר', 'פרידמן']]
const IL_CITIES = [['תל אביב-יפו', 'רחוב דיזנגוף 120'], ['ירושלים', 'רחוב עמק רפאים 45'], ['חיפה', 'שדרות מוריה 88'], ['ראשון לציון', 'רחוב הרצל 17'], ['באר שבע', 'שדרות רגר 30'], ['רמת גן', 'רחוב ביאליק 9']]
const ilMobile = (r) => `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`
const YAD2_ADS = [['דירת 4 חדרים ברחוב ביאליק', 'למכירה', 2850000], ['דירת גן 5 חדרים עם חצר', 'למכירה', 4150000], ['דירת 3 חדרים משופצת ליד הים', 'להשכרה', 7800], ['פנטהאוז 6 חדרים עם מרפסת שמש', 'למכירה', 6900000]]
const SP_BRANCHES = ['סופר-פארם דיזנגוף סנטר', 'סופר-פארם קניון מלחה', 'סופר-פארם גרנד קניון חיפה', 'סופר-פארם אונליין', 'סופר-פארם עזריאלי']
const SP_ITEMS = [['7290108350121', 'קרם לחות לפנים Life 50 מ"ל', 'טיפוח פנים', 39.9], ['7290016239051', 'ויטמין D3 1000 יב"ל 100 כמוסות', 'תוספי תזונה', 59.9], ['3600523614455', 'לוריאל מסקרה Telescopic', 'איפור', 89.9], ['8001841153743', 'פמפרס אקטיב בייבי מידה 4', 'תינוקות', 74.9], ['7290112969005', 'שמפו Life לשיער יבש 700 מ"ל', 'טיפוח שיער', 24.9]]
const ppAmt = (o) => Math.round(o.price * o.qty * 20) - 0.01
const zpAmt = (o) => Math.round(o.price * o.qty * 40) * 10000
const zpFee = (o) => Math.min(Math.round(zpAmt(o) * 0.01), 40000)
const ZP_DESC = ['خرید اشتراک سه ماهه', 'پرداخت سفارش 48213', 'شارژ کیف پول', 'خرید دوره آموزشی پایتون', 'پرداخت فاکتور 10522']
const PAPARA_DESC = ['Sipariş #48213 ödemesi', 'Abonelik yenileme', 'Kurs kaydı - Temel İngilizce', 'Sipariş #48290 ödemesi', 'Bağış']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (PttAVM, Satıcı Paneli: Siparişler > Excel'e Aktar, Turkish)
  { name: 'pttavm-siparisler-tr', product: 'PttAVM (Satıcı Paneli / Mağaza Yönetimi: Siparişler > Sipariş Listesi > Excel\'e Aktar, .xlsx, Turkish UI; a Turkish seller on the PTT marketplace)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o, r) => String(v.int(r, 20000000, 89999999)), [OR('purchaseID'), '_id']],
    ['Sipariş Tarihi', (c, o) => trDT(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o, r) => v.pick(r, ['Kargoya Verildi', 'Teslim Edildi', 'Teslim Edildi', 'Yeni Sipariş', 'İptal Edildi']), [], opt],
    ['Alıcı Adı Soyadı', (c, o, r, i) => `${row(TR_NAMES, i)[0]} ${row(TR_NAMES, i)[1]}`, []],
    ['Alıcı Telefon', (c, o, r) => trMobile(r), [], opt],
    ['Alıcı E-Posta', (c, o, r, i) => `${trSlug(row(TR_NAMES, i)[0])}.${trSlug(row(TR_NAMES, i)[1])}${v.int(r, 10, 99)}@hotmail.com`, [], opt],
    ['TC Kimlik No', (c, o, r) => (r() < 0.3 ? '11111111111' : ''), []],
    ['Teslimat Adresi', (c, o, r, i) => row(TR_ADDR, i)[0], [SHIP('street1')]],
    ['Teslimat İlçe', (c, o, r, i) => row(TR_ADDR, i)[1], [SHIP('city')], opt],
    ['Teslimat İl', (c, o, r, i) => row(TR_ADDR, i)[2], [SHIP('city'), SHIP('stateProvince')]],
    ['Fatura Adresi', (c, o, r, i) => row(TR_ADDR, i + (r() < 0.2 ? 1 : 0))[0], ['commerce.billing.address.street1']],
    ['Fatura İl', (c, o, r, i) => row(TR_ADDR, i)[2], ['commerce.billing.address.city', 'commerce.billing.address.stateProvince']],
    ['Ürün Kodu', (c, o, r, i) => row(PTT_ITEMS, i)[0], [PL('SKU')]],
    ['Barkod', (c, o, r) => `869${v.int(r, 1000000000, 9999999999)}`, [PL('SKU')], opt],
    ['Ürün Adı', (c, o, r, i) => row(PTT_ITEMS, i)[1], [PL('name')]],
    ['Kategori', (c, o, r, i) => row(PTT_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat (KDV Dahil)', (c, o, r, i) => trMoney(row(PTT_ITEMS, i)[3]), []],
    ['KDV Oranı (%)', (c, o, r, i) => (row(PTT_ITEMS, i)[2] === 'Kitap' ? '0' : '20'), []],
    ['Toplam Tutar', (c, o, r, i) => trMoney(row(PTT_ITEMS, i)[3] * o.qty), [OR('priceTotal'), PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trMoney(o.discount ? 50 : 0), [OR('discountAmount')]],
    ['Komisyon Tutarı', (c, o, r, i) => trMoney(row(PTT_ITEMS, i)[3] * o.qty * 0.12), []],
    ['Kargo Firması', (c, o, r) => v.pick(r, ['PTT Kargo', 'PTT Kargo', 'PTT Kargo (Alıcı Öder)']), ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (r() < 0.8 ? `KP${v.int(r, 100000000, 999999999)}` : ''), [], opt],
    ['Kargoya Veriliş Tarihi', (c, o, r) => (r() < 0.8 ? trD(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Ödeme Tipi', (c, o, r) => v.pick(r, ['Kredi Kartı', 'Kredi Kartı', 'Banka Kartı', 'Havale/EFT', 'PttCell']), [OR('payments[0].paymentType')], opt],
    ['Taksit Sayısı', (c, o, r) => v.pick(r, ['1', '1', '3', '6']), []],
    ['Fatura No', (c, o, r) => (r() < 0.7 ? `PTA2024${pad(v.int(r, 0, 999999999), 9)}` : ''), [], opt],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', '', 'Hediye paketi yapılsın', 'Mesai saatlerinde teslim edin']), []],
  ] },

  // ---------------------------------------------------------------- payments (Papara İşyeri / Papara Business, Hesap Hareketleri > Excel, Turkish)
  { name: 'papara-isyeri-hareketler-tr', product: 'Papara İşyeri (Papara Business merchant panel: Hesap Hareketleri / Ödemeler > Excel olarak indir, .xlsx, Turkish UI; an online course seller taking Papara payments)', family: 'payments', language: 'tr', schema: E, cols: [
    ['İşlem No', (c, o, r) => String(v.int(r, 300000000, 999999999)), ['_id', OR('payments[0].transactionID')]],
    ['İşlem Tarihi', (c, o) => trDT(o.at), ['timestamp']],
    ['İşlem Tipi', (c, o, r) => v.pick(r, ['Ödeme', 'Ödeme', 'Ödeme', 'İade', 'Para Çekme']), ['eventType'], opt],
    ['Açıklama', (c, o, r, i) => row(PAPARA_DESC, i), [], opt],
    ['Referans No', (c, o, r) => `ORD-${v.int(r, 40000, 49999)}`, [OR('purchaseID')]],
    ['Gönderen Adı', (c, o, r, i) => `${row(TR_NAMES, i)[0]} ${row(TR_NAMES, i)[1]}`, []],
    ['Gönderen Papara No', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [], opt],
    ['Tutar', (c, o) => trMoney(ppAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Komisyon', (c, o) => trMoney(ppAmt(o) * 0.025), []],
    ['Net Tutar', (c, o) => trMoney(ppAmt(o) * 0.975), [], opt],
    ['Para Birimi', () => 'TRY', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Bakiye', (c, o, r) => trMoney(v.int(r, 1000, 250000) + 0.5), []],
    ['Durum', (c, o, r) => v.pick(r, ['Başarılı', 'Başarılı', 'Başarılı', 'Beklemede', 'İptal']), [], opt],
    ['Ödeme Kanalı', (c, o, r) => v.pick(r, ['Papara ile Öde', 'Papara Kart', 'QR Ödeme']), [OR('payments[0].paymentType')], opt],
    ['Kart Son 4 Hane', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1000, 9999)) : ''), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Mumzworld Seller Center, Orders > Export, English, UAE)
  { name: 'mumzworld-seller-orders', product: 'Mumzworld (Seller Center: Orders > All Orders > Export CSV, English UI; a baby-care brand selling on Mumzworld in the UAE, Saudi Arabia and GCC)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o, r) => `MW${v.int(r, 100000000, 399999999)}`, [OR('purchaseID'), '_id']],
    ['Order Item ID', (c, o, r) => String(v.int(r, 5000000, 9999999)), [], opt],
    ['Order Date', (c, o) => dMonY(o.at, 4), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Shipped', 'Ready to Ship', 'Cancelled', 'Returned']), [], opt],
    ['Customer Name', (c, o, r, i) => `${row(AE_NAMES, i)[0]} ${row(AE_NAMES, i)[1]}`, []],
    ['Shipping Address', (c, o, r, i) => row(AE_AREAS, i)[0], [SHIP('street1')]],
    ['Shipping City', (c, o, r, i) => row(AE_AREAS, i)[1], [SHIP('city')]],
    ['Shipping Country', (c, o, r, i) => row(AE_AREAS, i)[2], [SHIP('countryCode'), SHIP('country')]],
    ['Seller SKU', (c, o, r, i) => `BB-${row(MUMZ_ITEMS, i)[0].slice(3)}`, [PL('SKU')]],
    ['Mumzworld SKU', (c, o, r, i) => row(MUMZ_ITEMS, i)[0], [PL('SKU')], opt],
    ['Product Name', (c, o, r, i) => row(MUMZ_ITEMS, i)[1], [PL('name')]],
    ['Category', (c, o, r, i) => row(MUMZ_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => row(MUMZ_ITEMS, i)[3].toFixed(2), []],
    ['Item Total', (c, o, r, i) => (row(MUMZ_ITEMS, i)[3] * o.qty).toFixed(2), [PL('priceTotal')]],
    ['Discount', (c, o) => (o.discount ? 15 : 0).toFixed(2), [OR('discountAmount'), PL('discountAmount')], opt],
    ['VAT', (c, o, r, i) => (row(MUMZ_ITEMS, i)[3] * o.qty * 0.05 / 1.05).toFixed(2), [OR('taxAmount')]],
    ['Currency', (c, o, r, i) => (row(AE_AREAS, i)[2] === 'SA' ? 'SAR' : row(AE_AREAS, i)[2] === 'BH' ? 'BHD' : 'AED'), [OR('currencyCode'), PL('currencyCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Cash on Delivery', 'Tabby', 'Apple Pay']), [OR('payments[0].paymentType')], opt],
    ['Commission', (c, o, r, i) => (row(MUMZ_ITEMS, i)[3] * o.qty * 0.18).toFixed(2), []],
    ['Fulfilled By', (c, o, r) => v.pick(r, ['Mumzworld', 'Seller']), [], opt],
    ['AWB Number', (c, o, r) => (r() < 0.8 ? String(v.int(r, 10000000000, 99999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Courier', (c, o, r) => v.pick(r, ['Aramex', 'Mumzworld Express', 'SMSA', '']), ['commerce.shipping.shippingMethod'], opt],
    ['Promised Delivery Date', (c, o, r) => dMonY(o.at + v.int(r, 1, 4) * day, 4).slice(0, 11), [], opt],
    ['Updated At', (c, o, r) => dMonY(o.at + v.int(r, 1, 5) * day, 4), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- customers (Rewaa, العملاء > تصدير, Arabic UI, Saudi Arabia)
  { name: 'rewaa-customers-ar', product: 'Rewaa / رِواء (POS and inventory platform: العملاء > قائمة العملاء > تصدير Excel, Arabic UI; a Saudi retail shop)', family: 'crm', language: 'ar', schema: P, cols: [
    ['رقم العميل', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id', 'personID']],
    ['اسم العميل', (c, o, r, i) => `${row(SA_NAMES, i)[0]} ${row(SA_NAMES, i)[1]}`, ['person.name.fullName']],
    ['رقم الجوال', (c, o, r) => saMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['البريد الإلكتروني', (c, o, r) => (r() < 0.4 ? `${v.pick(r, ['abdulrahman', 'reem', 'majed', 'lama', 'khalid'])}${v.int(r, 10, 999)}@gmail.com` : ''), ['personalEmail.address']],
    ['نوع العميل', (c, o, r) => v.pick(r, ['فرد', 'فرد', 'فرد', 'منشأة']), ['person.type'], opt],
    ['الرقم الضريبي', (c, o, r) => (r() < 0.2 ? `3${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}3` : ''), [], opt],
    ['المدينة', (c, o, r, i) => row(SA_CITIES, i)[0], at(['homeAddress', 'mailingAddress'], 'city')],
    ['الحي', (c, o, r, i) => row(SA_CITIES, i)[1], at(['homeAddress', 'mailingAddress'], 'street2'), opt],
    ['الشارع', (c, o, r) => v.pick(r, ['طريق الملك فهد', 'شارع الأمير سلطان', 'شارع التحلية', '']), at(['homeAddress', 'mailingAddress'], 'street1')],
    ['الرمز البريدي', (c, o, r, i) => row(SA_CITIES, i)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['الدولة', () => 'المملكة العربية السعودية', at(['homeAddress', 'mailingAddress'], 'country')],
    ['عدد الفواتير', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['إجمالي المشتريات', (c, o, r) => (v.int(r, 5000, 900000) / 100).toFixed(2), [], opt],
    ['الرصيد المستحق', (c, o, r) => (r() < 0.2 ? (v.int(r, 1000, 50000) / 100).toFixed(2) : '0.00'), []],
    ['حد الائتمان', (c, o, r) => v.pick(r, ['0.00', '0.00', '1000.00', '5000.00']), []],
    ['نقاط الولاء', (c, o, r) => String(v.int(r, 0, 1500)), ['loyalty.points']],
    ['آخر عملية شراء', (c, o, r) => ymd(Math.max(c.created, c.updated), 3), [], opt],
    ['تاريخ الإضافة', (c) => ymdHMS(c.created, 3), [], opt],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'عميل جملة', 'يفضل التواصل واتساب']), []],
  ] },

  // ---------------------------------------------------------------- B2B clients (Daftra, العملاء > إدارة العملاء > تصدير, Arabic UI)
  { name: 'daftra-clients-ar', product: 'Daftra / دفترة (cloud ERP/invoicing: العملاء > إدارة العملاء > تصدير CSV, Arabic UI; a Saudi B2B supplier whose clients are companies with a contact person)', family: 'b2b', language: 'ar', schema: B, cols: [
    ['رقم العميل', (c, o, r) => pad(v.int(r, 1, 9999), 6), B2BID],
    ['الاسم التجاري', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[0], ['b2b.companyName']],
    ['الاسم الأول', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[1], ['person.name.firstName']],
    ['الاسم الأخير', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[2], ['person.name.lastName']],
    ['البريد الإلكتروني', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[3], ['workEmail.address']],
    ['الهاتف', (c, o, r) => `01${v.int(r, 1, 4)}${v.int(r, 1000000, 9999999)}`, ['workPhone.number']],
    ['الجوال', (c, o, r) => `05${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`, ['mobilePhone.number']],
    ['العنوان', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[5], ['workAddress.street1']],
    ['المدينة', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[4], ['workAddress.city']],
    ['الرمز البريدي', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[6], ['workAddress.postalCode']],
    ['الدولة', (c, o, r, i) => row(DAFTRA_CLIENTS, i)[7], ['workAddress.countryCode', 'workAddress.country']],
    ['الرقم الضريبي', (c, o, r) => `3${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}3`, [], opt],
    ['السجل التجاري', (c, o, r) => `10${v.int(r, 10000000, 99999999)}`, [], opt],
    ['نوع العميل', (c, o, r) => v.pick(r, ['تجاري', 'تجاري', 'فردي']), ['b2b.personType'], opt],
    ['التصنيف', (c, o, r) => v.pick(r, ['موزعين', 'مقاولات', 'عملاء تجزئة', '']), [], opt],
    ['العملة', (c, o, r, i) => ({ SA: 'SAR', AE: 'AED', EG: 'EGP' })[row(DAFTRA_CLIENTS, i)[7]], []],
    ['الرصيد الافتتاحي', (c, o, r) => v.pick(r, ['0.00', '0.00', '2500.00', '12800.50']), []],
    ['الرصيد', (c, o, r) => (v.int(r, 0, 8000000) / 100).toFixed(2), []],
    ['شروط الدفع (أيام)', (c, o, r) => v.pick(r, ['0', '15', '30', '60']), []],
    ['الموظف المسؤول', (c, o, r) => v.pick(r, ['أحمد سالم', 'نورة الفيفي', '']), []],
    ['تاريخ الإنشاء', (c) => dmy(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'يتطلب أمر شراء قبل التوريد', 'التوريد للمستودع الرئيسي فقط']), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Digikala Seller Center, سفارش‌ها > خروجی اکسل, Persian)
  { name: 'digikala-seller-orders-fa', product: 'Digikala / دیجی‌کالا (مرکز فروشندگان: سفارش‌ها > سفارش‌های ارسالی / ارسال توسط دیجی‌کالا > دریافت خروجی اکسل, .xlsx, Persian UI; an electronics and home-goods seller, amounts in Rial)', family: 'ecommerce-orders', language: 'fa', schema: E, cols: [
    ['ردیف', (c, o, r, i) => String(i + 1), []],
    ['کد سفارش', (c, o, r) => String(v.int(r, 200000000, 399999999)), [OR('purchaseID'), '_id']],
    ['کد آیتم سفارش', (c, o, r) => String(v.int(r, 700000000, 999999999)), [], opt],
    ['تاریخ ثبت سفارش', (c, o) => faDT(o.at), ['timestamp', OR('createdDate')], opt],
    ['وضعیت سفارش', (c, o, r) => v.pick(r, ['ارسال شده', 'تحویل شده', 'تحویل شده', 'در انتظار ارسال', 'لغو شده']), [], opt],
    ['کد کالا (DKP)', (c, o, r, i) => row(DK_ITEMS, i)[0], [PL('SKU')]],
    ['کد تنوع (DKPC)', (c, o, r) => `DKPC-${v.int(r, 10000000, 99999999)}`, [PL('SKU')], opt],
    ['کد کالای فروشنده', (c, o, r) => `SL-${v.int(r, 1000, 9999)}`, [PL('SKU')], opt],
    ['عنوان کالا', (c, o, r, i) => row(DK_ITEMS, i)[1], [PL('name')]],
    ['گروه کالایی', (c, o, r, i) => row(DK_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['تعداد', (c, o) => String(o.qty), [PL('quantity')]],
    ['قیمت فروش (ریال)', (c, o, r, i) => grp(row(DK_ITEMS, i)[3]), []],
    ['تخفیف (ریال)', (c, o, r, i) => grp(o.discount ? row(DK_ITEMS, i)[3] * 0.1 : 0), [PL('discountAmount')], opt],
    ['مبلغ نهایی (ریال)', (c, o, r, i) => grp(row(DK_ITEMS, i)[3] * o.qty * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['کمیسیون (ریال)', (c, o, r, i) => grp(row(DK_ITEMS, i)[3] * o.qty * 0.08), []],
    ['شیوه ارسال', (c, o, r) => v.pick(r, ['ارسال توسط دیجی‌کالا', 'ارسال توسط فروشنده', 'ارسال توسط دیجی‌کالا']), ['commerce.shipping.shippingMethod'], opt],
    ['انبار', (c, o, r) => v.pick(r, ['انبار تهران (ملارد)', 'انبار شیراز', 'انبار مشهد', '']), [], opt],
    ['استان مقصد', (c, o, r, i) => row(FA_CITIES, i)[1], [SHIP('stateProvince')]],
    ['شهر مقصد', (c, o, r, i) => row(FA_CITIES, i)[0], [SHIP('city')]],
    ['تاریخ تعهد ارسال', (c, o, r) => faD(o.at + v.int(r, 1, 3) * day), [], opt],
    ['کد مرسوله', (c, o, r) => (r() < 0.8 ? String(v.int(r, 100000000, 999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['وضعیت تسویه', (c, o, r) => v.pick(r, ['تسویه شده', 'در انتظار تسویه']), [], opt],
  ] },

  // ---------------------------------------------------------------- food delivery orders (SnappFood vendor panel "دخل", گزارش سفارش‌ها > خروجی اکسل, Persian)
  { name: 'snappfood-dakhl-sefaresh-fa', product: 'SnappFood / اسنپ‌فود (پنل فروشندگان «دخل»: گزارش‌ها > گزارش سفارش‌ها > دریافت فایل اکسل, Persian UI; a Tehran restaurant, amounts in Toman)', family: 'ecommerce-orders', language: 'fa', schema: E, cols: [
    ['شماره سفارش', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.int(r, 10000, 99999)}`, [OR('purchaseID'), '_id']],
    ['تاریخ', (c, o) => faD(o.at), ['timestamp', OR('createdDate')], opt],
    ['ساعت', (c, o) => { const p = shift(o.at, 3.5); return `${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['نام مشتری', (c, o, r, i) => `${row(FA_NAMES, i)[0]} ${row(FA_NAMES, i)[1]}`, []],
    ['وضعیت', (c, o, r) => v.pick(r, ['تحویل شده', 'تحویل شده', 'تحویل شده', 'لغو شده', 'رد شده']), [], opt],
    ['نوع ارسال', (c, o, r) => v.pick(r, ['ارسال با پیک اسنپ‌فود', 'پیک رستوران', 'تحویل حضوری']), ['commerce.shipping.shippingMethod'], opt],
    ['اقلام سفارش', (c, o, r, i) => `${row(SNAPP_ITEMS, i)[0]} (${o.qty})`, [PL('name')], opt],
    ['تعداد اقلام', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['مبلغ کل (تومان)', (c, o, r, i) => grp(row(SNAPP_ITEMS, i)[1] / 10 * o.qty), [], opt],
    ['تخفیف رستوران', (c, o, r, i) => grp(o.discount ? row(SNAPP_ITEMS, i)[1] / 100 * o.qty : 0), [OR('discountAmount')], opt],
    ['تخفیف اسنپ‌فود', (c, o, r) => grp(r() < 0.3 ? 50000 : 0), []],
    ['کد تخفیف', (c, o) => (o.discount ? 'SF20OFF' : ''), ['commerce.promotionID'], opt],
    ['هزینه ارسال', (c, o) => grp(o.shipping ? 35000 : 0), ['commerce.shipping.shippingAmount']],
    ['هزینه بسته‌بندی', (c, o, r) => grp(v.pick(r, [0, 15000, 20000])), []],
    ['مالیات بر ارزش افزوده', (c, o, r, i) => grp(row(SNAPP_ITEMS, i)[1] / 10 * o.qty * 0.1), [OR('taxAmount')]],
    ['مبلغ پرداختی مشتری', (c, o, r, i) => grp(row(SNAPP_ITEMS, i)[1] / 10 * o.qty * 1.1 + (o.shipping ? 35000 : 0) - (o.discount ? row(SNAPP_ITEMS, i)[1] / 100 * o.qty : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['روش پرداخت', (c, o, r) => v.pick(r, ['آنلاین', 'آنلاین', 'کیف پول اسنپ', 'نقدی']), [OR('payments[0].paymentType')], opt],
    ['کمیسیون اسنپ‌فود', (c, o, r, i) => grp(row(SNAPP_ITEMS, i)[1] / 10 * o.qty * 0.22), []],
    ['سهم رستوران', (c, o, r, i) => grp(row(SNAPP_ITEMS, i)[1] / 10 * o.qty * 0.78), []],
    ['زمان آماده‌سازی (دقیقه)', (c, o, r) => String(v.int(r, 10, 45)), []],
    ['امتیاز مشتری', (c, o, r) => v.pick(r, ['5', '4', '', '5', '3']), []],
    ['توضیحات', (c, o, r) => v.pick(r, ['', '', 'سس اضافه', 'زنگ نزنید، تماس بگیرید']), []],
  ] },

  // ---------------------------------------------------------------- payments (ZarinPal merchant panel, تراکنش‌ها > خروجی اکسل, Persian)
  { name: 'zarinpal-tarakonesh-fa', product: 'ZarinPal / زرین‌پال (پنل پذیرندگان: درگاه پرداخت > تراکنش‌ها > خروجی اکسل, Persian UI; an online course business, amounts in Rial)', family: 'payments', language: 'fa', schema: E, cols: [
    ['شناسه تراکنش', (c, o, r) => `A000000000000000000000000000${v.alnum(r, 8)}`, ['_id', OR('payments[0].transactionID')]],
    ['کد رهگیری', (c, o, r) => (r() < 0.85 ? String(v.int(r, 100000000, 999999999)) : ''), [OR('payments[0].transactionID')], opt],
    ['تاریخ', (c, o) => faDT(o.at), ['timestamp'], opt],
    ['مبلغ (ریال)', (c, o) => grp(zpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['کارمزد (ریال)', (c, o) => grp(zpFee(o)), []],
    ['مبلغ خالص', (c, o) => grp(zpAmt(o) - zpFee(o)), [], opt],
    ['وضعیت', (c, o, r) => v.pick(r, ['موفق', 'موفق', 'موفق', 'ناموفق', 'در انتظار پرداخت', 'برگشت داده شده']), [], opt],
    ['توضیحات', (c, o, r, i) => row(ZP_DESC, i), [], opt],
    ['شماره سفارش', (c, o, r) => (r() < 0.7 ? String(v.int(r, 40000, 49999)) : ''), [OR('purchaseID')]],
    ['نام پرداخت‌کننده', (c, o, r, i) => (r() < 0.5 ? `${row(FA_NAMES, i)[0]} ${row(FA_NAMES, i)[1]}` : ''), []],
    ['موبایل', (c, o, r) => (r() < 0.8 ? irMobile(r) : ''), [], opt],
    ['ایمیل', (c, o, r) => (r() < 0.3 ? `user${v.int(r, 100, 9999)}@gmail.com` : ''), [], opt],
    ['شماره کارت', (c, o, r) => `${v.pick(r, ['603799', '610433', '627412', '589210'])}******${v.int(r, 1000, 9999)}`, []],
    ['بانک صادرکننده', (c, o, r) => v.pick(r, ['ملی', 'ملت', 'اقتصاد نوین', 'سپه']), []],
    ['آی‌پی', (c, o, r) => `${v.pick(r, [5, 37, 91, 185])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['درگاه', () => 'zarinp.al/learnpy', [], opt],
    ['تاریخ تسویه', (c, o, r) => (r() < 0.8 ? faD(o.at + v.int(r, 1, 2) * day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics click log (Torob shop panel, گزارش کلیک‌ها > خروجی اکسل, Persian)
  { name: 'torob-click-report-fa', product: 'Torob / ترب (پنل فروشگاه‌ها: گزارش‌ها > گزارش کلیک‌ها > دانلود اکسل, Persian UI; an online electronics shop paying per click from the price-comparison site)', family: 'analytics', language: 'fa', schema: E, cols: [
    ['شناسه کلیک', (c, o, r) => v.hex(r, 16), ['_id']],
    ['زمان کلیک', (c, o) => faDT(o.at), ['timestamp'], opt],
    ['شناسه محصول در ترب', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}`, [], opt],
    ['شناسه محصول فروشگاه', (c, o, r) => `p-${v.int(r, 1000, 9999)}`, [PL('SKU')]],
    ['نام محصول', (c, o, r, i) => row(TOROB_PRODUCTS, i)[0], [PL('name')]],
    ['دسته‌بندی', (c, o, r, i) => row(TOROB_PRODUCTS, i)[1], [PL('productCategories[0].categoryName')], opt],
    ['قیمت (تومان)', (c, o, r, i) => grp(row(TOROB_PRODUCTS, i)[2] / 10), [], opt],
    ['لینک صفحه محصول', (c, o, r) => `https://digiland-shop.ir/product/p-${v.int(r, 1000, 9999)}`, ['web.webPageDetails.URL']],
    ['صفحه مبدأ', (c, o, r) => v.pick(r, ['صفحه محصول', 'نتایج جستجو', 'پیشنهاد ارزان‌ترین', 'صفحه دسته']), [], opt],
    ['عبارت جستجو', (c, o, r) => v.pick(r, ['', 'گوشی سامسونگ a35', 'لپ تاپ لنوو', 'اسپیکر jbl', '']), [], opt],
    ['شهر کاربر', (c, o, r, i) => row(FA_CITIES, i)[0], [GEO('city')]],
    ['دستگاه', (c, o, r) => v.pick(r, ['موبایل', 'موبایل', 'دسکتاپ', 'تبلت']), ['device.type'], opt],
    ['سیستم عامل', (c, o, r) => v.pick(r, ['Android', 'iOS', 'Windows']), ['environment.operatingSystem'], opt],
    ['هزینه کلیک (تومان)', (c, o, r) => grp(v.pick(r, [1500, 2000, 2500, 3500])), []],
    ['کلیک نامعتبر', (c, o, r) => (r() < 0.1 ? 'بله' : 'خیر'), []],
  ] },

  // ---------------------------------------------------------------- leads (Divar Kenar agency panel, درخواست‌ها > خروجی اکسل, Persian)
  { name: 'divar-kenar-leads-fa', product: 'Divar / دیوار (پنل مشاوران املاک «دیوار کنار»: درخواست‌ها و تماس‌ها > خروجی اکسل, Persian UI; a Tehran real-estate agency listing on Divar)', family: 'crm', language: 'fa', schema: P, cols: [
    ['ردیف', (c, o, r, i) => String(i + 1), []],
    ['شناسه درخواست', (c, o, r) => v.alnum(r, 8), ['_id', 'personID'], opt],
    ['نام', (c, o, r, i) => (r() < 0.8 ? `${row(FA_NAMES, i)[0]} ${row(FA_NAMES, i)[1]}` : ''), ['person.name.fullName']],
    ['شماره تماس', (c, o, r) => irMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['نوع تماس', (c, o, r) => v.pick(r, ['تماس تلفنی', 'چت دیوار', 'چت دیوار', 'درخواست بازدید']), [], opt],
    ['عنوان آگهی', (c, o, r, i) => row(DIVAR_ADS, i)[0], []],
    ['توکن آگهی', (c, o, r) => `wZ${v.alnum(r, 6)}`, []],
    ['دسته‌بندی', (c, o, r, i) => row(DIVAR_ADS, i)[1], []],
    ['شهر', (c, o, r, i) => row(DIVAR_ADS, i)[2], [], opt],
    ['محله', (c, o, r, i) => row(DIVAR_ADS, i)[3], []],
    ['بودجه (تومان)', (c, o, r) => (r() < 0.5 ? grp(v.int(r, 2, 60) * 500000000) : ''), []],
    ['تاریخ درخواست', (c) => faDT(c.created), [], opt],
    ['مشاور مسئول', (c, o, r) => v.pick(r, ['سعید رحیمی', 'نگار صادقی', 'پویا عباسی']), []],
    ['وضعیت پیگیری', (c, o, r) => v.pick(r, ['جدید', 'تماس گرفته شد', 'بازدید انجام شد', 'منصرف شد', 'قرارداد']), [], opt],
    ['آخرین پیگیری', (c) => faD(c.updated), [], opt],
    ['یادداشت', (c, o, r) => v.pick(r, ['', '', 'دنبال واحد با پارکینگ', 'فقط آخر هفته در دسترس']), []],
  ] },

  // ---------------------------------------------------------------- leads (Yad2 agency area, ניהול פניות > ייצוא לאקסל, Hebrew)
  { name: 'yad2-pniyot-he', product: 'Yad2 / יד2 (אזור אישי למתווכים ולעסקים: ניהול פניות / לידים > ייצוא לאקסל, Hebrew UI; an Israeli real-estate brokerage)', family: 'crm', language: 'he', schema: P, cols: [
    ['מס\' פנייה', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['תאריך פנייה', (c) => dmyHM(c.created, 2), [], opt],
    ['שם הפונה', (c, o, r, i) => `${row(IL_NAMES, i)[0]} ${row(IL_NAMES, i)[1]}`, ['person.name.fullName']],
    ['טלפון', (c, o, r) => ilMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['דוא"ל', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['noa', 'yossi', 'michal', 'avi', 'shira'])}${v.int(r, 10, 99)}@gmail.com` : ''), ['personalEmail.address']],
    ['ערוץ פנייה', (c, o, r) => v.pick(r, ['שיחה', 'וואטסאפ', 'טופס השארת פרטים', 'שיחה']), [], opt],
    ['מס\' מודעה', (c, o, r) => v.alnum(r, 8).toLowerCase(), []],
    ['כותרת המודעה', (c, o, r, i) => row(YAD2_ADS, i)[0], []],
    ['סוג עסקה', (c, o, r, i) => row(YAD2_ADS, i)[1], []],
    ['מחיר', (c, o, r, i) => `₪${grp(row(YAD2_ADS, i)[2])}`, []],
    ['עיר', (c, o, r, i) => row(IL_CITIES, i)[0], [], opt],
    ['כתובת הנכס', (c, o, r, i) => row(IL_CITIES, i)[1], []],
    ['הודעת הפונה', (c, o, r) => v.pick(r, ['', 'האם הדירה עדיין רלוונטית?', 'אשמח לתאם ביקור', 'יש חניה?']), []],
    ['סטטוס', (c, o, r) => v.pick(r, ['חדש', 'בטיפול', 'נקבעה פגישה', 'לא רלוונטי']), [], opt],
    ['סוכן מטפל', (c, o, r) => v.pick(r, ['רונית', 'עומר', 'גיל']), []],
    ['הערות', (c, o, r) => v.pick(r, ['', '', 'מחפשים 4 חד\' באזור', 'לחזור אחרי החגים']), []],
  ] },

  // ---------------------------------------------------------------- loyalty members (Super-Pharm LifeStyle club, חברי מועדון > ייצוא, Hebrew)
  { name: 'superpharm-lifestyle-members-he', product: 'Super-Pharm LifeStyle / מועדון LifeStyle של סופר-פארם (club management: חברי מועדון > חיפוש חברים > ייצוא ל-Excel, Hebrew UI; the club\'s members as a CRM team would pull them)', family: 'loyalty', language: 'he', schema: P, cols: [
    ['מספר חבר', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['ת.ז.', (c, o, r) => pad(v.int(r, 10000000, 399999999), 9), [], opt],
    ['שם פרטי', (c, o, r, i) => row(IL_NAMES, i)[0], ['person.name.firstName']],
    ['שם משפחה', (c, o, r, i) => row(IL_NAMES, i)[1], ['person.name.lastName']],
    ['מין', (c, o, r, i) => ((i % IL_NAMES.length) % 2 ? 'זכר' : 'נקבה'), ['person.gender']],
    ['תאריך לידה', (c) => dmy(c.birth, 0), ['person.birthDate']],
    ['טלפון נייד', (c, o, r) => ilMobile(r), ['mobilePhone.number']],
    ['דוא"ל', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['noa.cohen', 'yossil', 'michal.m', 'avi.p', 'shirab'])}${v.int(r, 1, 99)}@walla.co.il` : ''), ['personalEmail.address']],
    ['רחוב', (c, o, r, i) => row(IL_CITIES, i)[1].replace(/ \d+$/, ''), at(['homeAddress', 'mailingAddress'], 'street1')],
    ['מס\' בית', (c, o, r, i) => row(IL_CITIES, i)[1].match(/\d+$/)[0], [], opt],
    ['עיר', (c, o, r, i) => row(IL_CITIES, i)[0], at(['homeAddress', 'mailingAddress'], 'city')],
    ['מיקוד', (c, o, r) => String(v.int(r, 1000000, 9999999)), at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['תאריך הצטרפות', (c) => dmy(c.created, 2), ['loyalty.joinDate']],
    ['סניף הצטרפות', (c, o, r) => v.pick(r, SP_BRANCHES), [], opt],
    ['סטטוס חברות', (c, o, r) => v.pick(r, ['פעיל', 'פעיל', 'פעיל', 'לא פעיל', 'מוקפא']), ['loyalty.status'], opt],
    ['מסלול', (c, o, r) => v.pick(r, ['LifeStyle', 'LifeStyle', 'LifeStyle Premium', 'LifeStyle Baby']), ['loyalty.tier', 'loyalty.program'], opt],
    ['יתרת נקודות', (c, o, r) => String(v.int(r, 0, 4200)), ['loyalty.points']],
    ['נקודות שמומשו', (c, o, r) => String(v.int(r, 0, 9000)), ['loyalty.pointsRedeemed']],
    ['נקודות שיפוגו החודש', (c, o, r) => String(v.pick(r, [0, 0, 0, 120, 350])), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['מס\' כרטיס', (c, o, r) => `6${v.int(r, 100000000, 999999999)}`, ['loyalty.cardsDetails[0].number'], opt],
    ['מאשר דיוור SMS', (c, o, r) => (r() < 0.7 ? 'כן' : 'לא'), [], opt],
    ['מאשר דיוור דוא"ל', (c, o, r) => (r() < 0.6 ? 'כן' : 'לא'), [], opt],
    ['תאריך רכישה אחרונה', (c) => dmy(Math.max(c.created, c.updated), 2), [], opt],
    ['סכום רכישות 12 חודשים (₪)', (c, o, r) => (v.int(r, 0, 800000) / 100).toFixed(2), [], opt],
  ] },
]
