// Round 45, tune45: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md).
import { E, P, B, v, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { trMoney } from './values11.mjs'

// local date formats
// "22.05.2024 14:31" (Türkiye, UTC+3)
const trDT = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const trD = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
// "2024-05-22 14:31:07" in a given zone (Riyadh +3, Jakarta +7, Taipei +8, Bangkok +7, Singapore +8, Dubai +4)
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "22/05/2024 14:31" (Vietnam, UTC+7) and "22/05/2024"
const vnDT = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const vnD = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// "May 22, 2024" (Agoda YCS) and "22 May 2024 2:31 PM" (Grab, Careem)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monDY = (ms, h = 0) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
// "05 Mar 2024 02:31 PM" (GrabMerchant's Updated On, as a public reconciliation script parses it)
const grabDT = (ms) => { const p = shift(ms, 8); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dMonYT = (ms, h = 0) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "20 Mei 2024" (Indonesian month names)
const ID_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
const idDate = (ms) => { const p = shift(ms, 7); return `${pad(p.d)} ${ID_MON[p.m - 1]} ${p.y}` }
const day = 86400000
const vnd = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const idr = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/[^a-z]/g, '')

// local people, places and goods the shared generators lack
const TR_NAMES = [['Ayşe', 'Yılmaz'], ['Mehmet', 'Kaya'], ['Zeynep', 'Demir'], ['Mustafa', 'Çelik'], ['Elif', 'Şahin'], ['Emre', 'Yıldız'], ['Fatma', 'Aydın'], ['Burak', 'Öztürk']]
const TR_ADDR = [['Caferağa Mah. Moda Cad. No:45 D:3', 'Kadıköy', 'İstanbul', '34710'], ['Levent Mah. Çarşı Cad. No:12', 'Beşiktaş', 'İstanbul', '34330'], ['Kızılay Mah. Atatürk Blv. No:101 D:8', 'Çankaya', 'Ankara', '06420'], ['Alsancak Mah. Kıbrıs Şehitleri Cad. No:60', 'Konak', 'İzmir', '35220'], ['Ataşehir Mah. Barbaros Blv. No:7 D:15', 'Ataşehir', 'İstanbul', '34758'], ['Nilüfer Mah. FSM Blv. No:22', 'Nilüfer', 'Bursa', '16110']]
const trMobile = (r) => `05${v.pick(r, ['32', '33', '42', '44', '53', '55'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const GETIR_ITEMS = [['Sütaş Süt 1 L', 32.5], ['Eti Karam Bitter 60 g', 24.9], ['Uludağ Gazoz 6x250 ml', 89.9], ['Tadım Kavrulmuş Fındık 150 g', 119.9], ['Pınar Beyaz Peynir 500 g', 149.5], ['Ülker Çikolatalı Gofret', 12.75]]
const SA_NAMES = ['عبدالله العتيبي', 'نوف القحطاني', 'فيصل الشهري', 'هيفاء الدوسري', 'سلطان الحربي', 'منيرة الزهراني', 'تركي المطيري']
const SA_PLACES = [['الرياض', 'حي الملقا'], ['الرياض', 'حي العليا'], ['جدة', 'حي السلامة'], ['الدمام', 'حي الفيصلية'], ['الخبر', 'حي العقربية'], ['مكة المكرمة', 'حي العزيزية']]
const JAHEZ_ITEMS = [['برجر دجاج مشوي', 24], ['وجبة شاورما عربي', 19], ['بيتزا مارغريتا وسط', 35], ['كبسة لحم نفر', 45], ['قهوة سبانش لاتيه', 18]]
const saMobile = (r) => `05${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`
const VN_NAMES = [['Nguyễn Thị', 'Lan', 'Nữ'], ['Trần Văn', 'Hùng', 'Nam'], ['Lê Thị', 'Hương', 'Nữ'], ['Phạm Minh', 'Tuấn', 'Nam'], ['Hoàng Thị', 'Mai', 'Nữ'], ['Vũ Đức', 'Anh', 'Nam'], ['Đặng Thu', 'Trang', 'Nữ']]
const VN_ADDR = [['12 Nguyễn Huệ', 'Phường Bến Nghé', 'Quận 1', 'Hồ Chí Minh'], ['45 Lý Thường Kiệt', 'Phường Trần Hưng Đạo', 'Quận Hoàn Kiếm', 'Hà Nội'], ['88 Trần Phú', 'Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng'], ['210 Cách Mạng Tháng 8', 'Phường 10', 'Quận 3', 'Hồ Chí Minh'], ['5 Ngõ 34 Xuân Thủy', 'Phường Dịch Vọng Hậu', 'Quận Cầu Giấy', 'Hà Nội']]
const vnMobile = (r) => `0${v.pick(r, ['90', '91', '93', '97', '98', '86', '35'])}${v.int(r, 1000000, 9999999)}`
const AGODA_GUESTS = [['KIM MINJI', 'South Korea'], ['TANAKA HIROSHI', 'Japan'], ['JOHN SMITH', 'United Kingdom'], ['NGUYEN VAN NAM', 'Vietnam'], ['LIM WEI LING', 'Singapore'], ['MARIA SCHMIDT', 'Germany'], ['SOMCHAI SRISUK', 'Thailand']]
const AGODA_ROOMS = [['Deluxe Double Room', 2150], ['Superior Twin Room', 1890], ['Family Suite', 3900], ['Deluxe King with Pool View', 2750]]

const ID_NAMES = [['Budi Santoso', 'L'], ['Siti Rahmawati', 'P'], ['Agus Setiawan', 'L'], ['Dewi Lestari', 'P'], ['Rizky Pratama', 'L'], ['Putri Anggraini', 'P'], ['Andi Wijaya', 'L']]
const TVLK_ROOMS = [['Superior Double', 650000], ['Deluxe Twin', 780000], ['Deluxe King Ocean View', 1250000], ['Family Room', 1450000]]
const SAHI_LISTINGS = [['Kadıköy Moda\'da Deniz Manzaralı 3+1 Satılık Daire', 'Satılık Daire', 'İstanbul', 'Kadıköy', 14500000], ['Çankaya Kızılay\'da Eşyalı 1+1 Kiralık', 'Kiralık Daire', 'Ankara', 'Çankaya', 18000], ['Bornova\'da Site İçinde 2+1 Sıfır Daire', 'Satılık Daire', 'İzmir', 'Bornova', 4750000], ['Nilüfer Merkezde Kiralık Dükkan', 'Kiralık İşyeri', 'Bursa', 'Nilüfer', 35000]]
const ARMUT_SERVICES = [['Ev Temizliği', 1800], ['Boya Badana', 12500], ['Evden Eve Nakliyat', 9500], ['Kombi Bakımı', 1500], ['Özel Ders (Matematik)', 900]]
const AE_STAFF = [['Ahmed', 'Al Mansoori', 'Finance'], ['Priya', 'Menon', 'Sales'], ['Omar', 'Haddad', 'Operations'], ['Sarah', 'Collins', 'Marketing'], ['Khalid', 'Al Suwaidi', 'Operations'], ['Fatima', 'Khan', 'HR'], ['Rahul', 'Nair', 'Engineering']]
const AE_COMPANIES = ['Emirates Logistics LLC', 'Gulf Horizon Trading FZE', 'Noor Consulting DMCC']

const TW_TRAVELLERS = [['CHEN YI-JUN', '台灣'], ['LIN CHIH-MING', '台灣'], ['WONG KA MAN', '香港'], ['HUANG YA-TING', '台灣'], ['TAN WEI JIE', '新加坡'], ['CHANG CHIA-HAO', '台灣']]
const KKDAY_PRODUCTS = [['129876', '九份金瓜石一日遊｜台北出發', '中文導覽 含接送', 1280], ['20551', '日月潭環湖觀光巴士一日票', '成人票', 450], ['115430', '墾丁海生館門票', '全票', 650], ['3390', '阿里山日出小火車預約', '單程 標準座', 980]]
const MY_CUSTOMERS = ['Nur A***', 'Muhammad H***', 'Tan S*** L***', 'Siti N***', 'Raj K***', 'Lim W***', 'Aisyah Z***']
const GRAB_STORES = [['Nasi Kandar Pelita - Jalan Ampang', 'MY-GF-120443'], ['Kopi & Roti Bangsar', 'MY-GF-233810']]
const GOFOOD_MENU = [['Nasi Goreng Spesial', 32000], ['Ayam Geprek Sambal Matah', 25000], ['Es Kopi Susu Gula Aren', 22000], ['Mie Ayam Bakso', 27000]]
const KLOOK_ACTIVITIES = [['1230', 'Universal Studios Singapore Ticket', 'Attractions & Shows', 'Singapore', 81], ['5687', 'Tokyo Disneyland Ticket', 'Attractions & Shows', 'Tokyo', 62], ['20198', 'Hong Kong Airport Express Ticket', 'Transport & Travel Services', 'Hong Kong', 14], ['41872', 'Bali Nusa Penida Day Tour', 'Tours & Sightseeing', 'Bali', 48], ['3012', 'Japan Rail Pass (JR Pass)', 'Transport & Travel Services', 'Japan', 340]]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Getir, GetirÇarşı / GetirYemek partner panel, Siparişler > Excel'e aktar, Turkish)
  { name: 'getir-siparisler-tr', product: 'Getir (İşletme paneli: Siparişler > Excel\'e Aktar, GetirÇarşı/GetirYemek, Turkish UI)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o, r) => v.hex(r, 24), [OR('purchaseID'), '_id']],
    ['Onay Kodu', (c, o, r) => v.alnum(r, 4).toUpperCase(), [], opt],
    ['Sipariş Tarihi', (c, o) => trDT(o.at), ['timestamp', OR('createdDate')]],
    ['Teslim Tarihi', (c, o, r) => trDT(o.at + v.int(r, 15, 55) * 60000), [], opt],
    ['Durum', (c, o, r) => v.pick(r, ['Teslim Edildi', 'Teslim Edildi', 'Teslim Edildi', 'İptal Edildi', 'Yolda']), [], opt],
    ['Teslimat Tipi', (c, o, r) => v.pick(r, ['Getir Getirsin', 'Restoran Getirsin', 'Gel Al']), ['commerce.shipping.shippingMethod'], opt],
    ['Şube', (c, o, r) => v.pick(r, ['Kadıköy Moda Şube', 'Beşiktaş Levent Şube', 'Çankaya Şube']), [], opt],
    ['Müşteri', (c, o, r, i) => `${row(TR_NAMES, i)[0]} ${row(TR_NAMES, i)[1][0]}.`, []],
    ['Müşteri Telefonu', (c, o, r) => `0850 ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, [], opt],
    ['İl', (c, o, r, i) => row(TR_ADDR, i)[2], [SHIP('city'), SHIP('stateProvince')]],
    ['İlçe', (c, o, r, i) => row(TR_ADDR, i)[1], [SHIP('city')], opt],
    ['Adres', (c, o, r, i) => row(TR_ADDR, i)[0], [SHIP('street1')]],
    ['Ürünler', (c, o, r, i) => `${o.qty} x ${row(GETIR_ITEMS, i)[0]}`, [PL('name')], opt],
    ['Ürün Adedi', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Sepet Tutarı', (c, o, r, i) => trMoney(row(GETIR_ITEMS, i)[1] * o.qty), [], opt],
    ['İndirim Tutarı', (c, o) => trMoney(o.discount ? 20 : 0), [OR('discountAmount')]],
    ['Getir Kampanya Katkısı', (c, o, r) => trMoney(r() < 0.3 ? 15 : 0), []],
    ['Teslimat Ücreti', (c, o) => trMoney(o.shipping ? 19.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Toplam Tutar', (c, o, r, i) => trMoney(row(GETIR_ITEMS, i)[1] * o.qty - (o.discount ? 20 : 0) + (o.shipping ? 19.99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Ödeme Yöntemi', (c, o, r) => v.pick(r, ['Online Kredi Kartı', 'BKM Express', 'Kapıda Kredi Kartı', 'Kapıda Nakit', 'Yemek Kartı']), [OR('payments[0].paymentType')], opt],
    ['Komisyon Tutarı', (c, o, r, i) => trMoney(row(GETIR_ITEMS, i)[1] * o.qty * 0.25), []],
    ['Hakediş Tutarı', (c, o, r, i) => trMoney(row(GETIR_ITEMS, i)[1] * o.qty * 0.75), []],
    ['Hazırlanma Süresi (dk)', (c, o, r) => String(v.int(r, 4, 25)), []],
    ['İptal Nedeni', (c, o, r) => v.pick(r, ['', '', '', '', 'Müşteri iptal etti', 'Ürün stokta yok']), [], opt],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', 'Zili çalmayın lütfen', 'Kapıya bırakın', 'Poşet istemiyorum']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Jahez, partner portal: الطلبات > تصدير, Arabic UI, Saudi Arabia)
  { name: 'jahez-talabat-ar', product: 'Jahez (بوابة الشركاء: الطلبات > تصدير Excel, Arabic UI, Saudi Arabia)', family: 'ecommerce-orders', language: 'ar', seed: 'jahez-ar', schema: E, cols: [
    ['رقم الطلب', (c, o, r) => String(v.int(r, 180000000, 289999999)), [OR('purchaseID'), '_id']],
    ['تاريخ الطلب', (c, o) => ymdHMS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['وقت التوصيل', (c, o, r) => ymdHMS(o.at + v.int(r, 20, 70) * 60000, 3), [], opt],
    ['اسم الفرع', (c, o, r) => v.pick(r, ['فرع الملقا', 'فرع العليا', 'فرع التحلية']), [], opt],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['تم التوصيل', 'تم التوصيل', 'تم التوصيل', 'ملغي', 'مرفوض']), [], opt],
    ['اسم العميل', (c, o, r, i) => row(SA_NAMES, i), []],
    ['جوال العميل', (c, o, r) => saMobile(r), [], opt],
    ['المدينة', (c, o, r, i) => row(SA_PLACES, i)[0], [SHIP('city')]],
    ['الحي', (c, o, r, i) => row(SA_PLACES, i)[1], [], opt],
    ['نوع الطلب', (c, o, r) => v.pick(r, ['توصيل', 'توصيل', 'استلام من الفرع']), ['commerce.shipping.shippingMethod'], opt],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['مدى', 'Apple Pay', 'بطاقة ائتمانية', 'الدفع عند الاستلام', 'محفظة جاهز']), [OR('payments[0].paymentType')], opt],
    ['الأصناف', (c, o, r, i) => `${row(JAHEZ_ITEMS, i)[0]} × ${o.qty}`, [PL('name')], opt],
    ['عدد الأصناف', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['المبلغ قبل الخصم', (c, o, r, i) => (row(JAHEZ_ITEMS, i)[1] * o.qty).toFixed(2), [], opt],
    ['قيمة الخصم', (c, o) => (o.discount ? 10 : 0).toFixed(2), [OR('discountAmount')]],
    ['كود الخصم', (c, o) => (o.discount ? 'JAHEZ10' : ''), ['commerce.promotionID'], opt],
    ['رسوم التوصيل', (c, o) => (o.shipping ? 9 : 0).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['ضريبة القيمة المضافة', (c, o, r, i) => (row(JAHEZ_ITEMS, i)[1] * o.qty * 0.15).toFixed(2), [OR('taxAmount')]],
    ['إجمالي الطلب', (c, o, r, i) => (row(JAHEZ_ITEMS, i)[1] * o.qty * 1.15 - (o.discount ? 10 : 0) + (o.shipping ? 9 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['العملة', () => 'ر.س', [OR('currencyCode')], opt],
    ['عمولة جاهز', (c, o, r, i) => (row(JAHEZ_ITEMS, i)[1] * o.qty * 0.2).toFixed(2), []],
    ['صافي المستحق', (c, o, r, i) => (row(JAHEZ_ITEMS, i)[1] * o.qty * 0.8).toFixed(2), []],
    ['مدة التحضير (دقيقة)', (c, o, r) => String(v.int(r, 6, 30)), []],
    ['اسم المندوب', (c, o, r) => v.pick(r, ['محمد أنور', 'راشد خان', 'أحمد سعيد', '']), []],
    ['سبب الإلغاء', (c, o, r) => v.pick(r, ['', '', '', 'نفاد الصنف', 'طلب العميل']), [], opt],
    ['تقييم العميل', (c, o, r) => v.pick(r, ['5', '4', '5', '', '3']), []],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'بدون بصل', 'الرجاء عدم طرق الباب']), []],
  ] },

  // ---------------------------------------------------------------- bookings (Agoda YCS extranet: Bookings > Reservations > Export, English)
  { name: 'agoda-ycs-reservations', product: 'Agoda (YCS extranet: Bookings > Reservations > Export to Excel)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o, r) => String(v.int(r, 400000000, 1299999999)), ['_id', OR('purchaseID')]],
    ['Booking Date', (c, o) => monDY(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Confirmed', 'Cancelled', 'Amended']), [], opt],
    ['Guest Name', (c, o, r, i) => row(AGODA_GUESTS, i)[0], []],
    ['Nationality', (c, o, r, i) => row(AGODA_GUESTS, i)[1], []],
    ['Check-in', (c, o) => monDY(o.at + 21 * day, 7), [], opt],
    ['Check-out', (c, o, r, i) => monDY(o.at + (21 + 1 + (i % 4)) * day, 7), [], opt],
    ['Nights', (c, o, r, i) => String(1 + (i % 4)), [], opt],
    ['Room Type', (c, o, r, i) => row(AGODA_ROOMS, i)[0], [PL('name')], opt],
    ['Rooms', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['Adults', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Children', (c, o, r) => String(v.pick(r, [0, 0, 1])), []],
    ['Rate Plan', (c, o, r) => v.pick(r, ['Room Only', 'Breakfast Included', 'Non-refundable Breakfast']), [], opt],
    ['Promotion', (c, o, r) => v.pick(r, ['', '', 'Early Bird 15%', 'Last Minute 10%']), ['commerce.promotionID'], opt],
    ['Payment Model', (c, o, r) => v.pick(r, ['Agoda Collect', 'Agoda Collect', 'Property Collect']), [], opt],
    ['Reference Sell Rate', (c, o, r, i) => (row(AGODA_ROOMS, i)[1] * (1 + (i % 4))).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Net Rate', (c, o, r, i) => (row(AGODA_ROOMS, i)[1] * (1 + (i % 4)) * 0.82).toFixed(2), [], opt],
    ['Commission', (c, o, r, i) => (row(AGODA_ROOMS, i)[1] * (1 + (i % 4)) * 0.18).toFixed(2), []],
    ['Currency', () => 'THB', [OR('currencyCode')]],
    ['Special Requests', (c, o, r) => v.pick(r, ['', '', 'Non-smoking room', 'Late check-in around 23:00', 'High floor']), []],
    ['Booked Via', (c, o, r) => v.pick(r, ['Agoda', 'Agoda', 'Booking.com via Agoda', 'Priceline']), [], opt],
    ['Last Action', (c, o) => monDY(o.at + 2 * day, 7), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Pancake POS, Khách hàng > Xuất Excel, Vietnamese UI)
  { name: 'pancake-khachhang-vi', product: 'Pancake POS (Khách hàng > Danh sách khách hàng > Xuất Excel, Vietnamese UI)', family: 'crm', language: 'vi', schema: P, cols: [
    ['Mã khách hàng', (c, o, r) => `KH${v.int(r, 10000, 99999)}`, ['_id', 'personID']],
    ['Tên khách hàng', (c, o, r, i) => `${row(VN_NAMES, i)[0]} ${row(VN_NAMES, i)[1]}`, ['person.name.fullName']],
    ['Số điện thoại', (c, o, r) => vnMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.5 ? `${slug(row(VN_NAMES, i)[1])}${slug(row(VN_NAMES, i)[0]).slice(0, 6)}${v.int(r, 80, 99)}@gmail.com` : ''), ['personalEmail.address']],
    ['Giới tính', (c, o, r, i) => row(VN_NAMES, i)[2], ['person.gender']],
    ['Ngày sinh', (c, o, r) => (r() < 0.6 ? vnD(c.birth) : ''), ['person.birthDate']],
    ['Địa chỉ', (c, o, r, i) => row(VN_ADDR, i)[0], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Phường/Xã', (c, o, r, i) => row(VN_ADDR, i)[1], at(['homeAddress', 'mailingAddress'], 'street2'), opt],
    ['Quận/Huyện', (c, o, r, i) => row(VN_ADDR, i)[2], at(['homeAddress', 'mailingAddress'], 'city'), opt],
    ['Tỉnh/Thành phố', (c, o, r, i) => row(VN_ADDR, i)[3], [...at(['homeAddress', 'mailingAddress'], 'city'), ...at(['homeAddress', 'mailingAddress'], 'stateProvince')]],
    ['Link Facebook', (c, o, r) => (r() < 0.7 ? `https://facebook.com/${v.int(r, 100000000000000, 100099999999999)}` : ''), []],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['Khách lẻ', 'Khách sỉ', 'Khách VIP', '']), [], opt],
    ['Cấp độ', (c, o, r) => v.pick(r, ['Thành viên', 'Bạc', 'Vàng', 'Kim cương']), ['loyalty.tier'], opt],
    ['Điểm tích lũy', (c, o, r) => String(v.int(r, 0, 2500)), ['loyalty.points']],
    ['Số đơn hàng', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
    ['Đơn hoàn', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Tổng tiền mua', (c, o, r) => vnd(v.int(r, 150, 25000) * 1000), [], opt],
    ['Nợ hiện tại', (c, o, r) => (r() < 0.2 ? vnd(v.int(r, 50, 900) * 1000) : '0'), []],
    ['Thẻ', (c, o, r) => v.pick(r, ['', 'Khách quen', 'Bom hàng', 'Sỉ Hà Nội']), []],
    ['Nguồn', (c, o, r) => v.pick(r, ['Facebook', 'Shopee', 'Tại quầy', 'Website', 'Zalo']), [], opt],
    ['Nhân viên phụ trách', (c, o, r) => v.pick(r, ['Ngọc Ánh', 'Quang Huy', 'Thảo Vy']), []],
    ['Ngày tạo', (c) => vnDT(c.created), [], opt],
    ['Lần mua cuối', (c) => vnDT(Math.max(c.created, c.updated) + 3 * day), [], opt],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Giao giờ hành chính', 'Gọi trước khi giao']), []],
  ] },
  // ---------------------------------------------------------------- marketing leads (sahibinden.com Kurumsal Mağaza / emlak ofisi: Mesajlar ve Talepler > Excel'e Aktar, Turkish)
  { name: 'sahibinden-talepler-tr', product: 'sahibinden.com (Kurumsal Mağaza paneli, emlak ofisi: Müşteri Talepleri > Excel\'e Aktar, Turkish UI)', family: 'marketing', language: 'tr', seed: 'sahibinden-tr', schema: P, cols: [
    ['Talep No', (c, o, r) => String(v.int(r, 70000000, 99999999)), ['_id', 'personID'], opt],
    ['Talep Tarihi', (c) => trDT(c.created), [], opt],
    ['Ad Soyad', (c, o, r, i) => row(TR_NAMES, i + 2).join(' '), ['person.name.fullName']],
    ['Cep Telefonu', (c, o, r) => trMobile(r), ['mobilePhone.number']],
    ['E-posta', (c, o, r, i) => (r() < 0.6 ? `${slug(row(TR_NAMES, i + 2)[0])}.${slug(row(TR_NAMES, i + 2)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'yandex.com'])}` : ''), ['personalEmail.address']],
    ['İlan No', (c, o, r) => String(v.int(r, 1100000000, 1199999999)), []],
    ['İlan Başlığı', (c, o, r, i) => row(SAHI_LISTINGS, i)[0], []],
    ['Kategori', (c, o, r, i) => row(SAHI_LISTINGS, i)[1], []],
    ['İlan Fiyatı', (c, o, r, i) => `${trMoney(row(SAHI_LISTINGS, i)[4]).replace(',00', '')} TL`, []],
    ['İl', (c, o, r, i) => row(SAHI_LISTINGS, i)[2], []],
    ['İlçe', (c, o, r, i) => row(SAHI_LISTINGS, i)[3], []],
    ['Talep Kanalı', (c, o, r) => v.pick(r, ['Mesaj', 'Telefon ile Arama', 'Randevu Talebi', 'WhatsApp']), [], opt],
    ['Mesaj', (c, o, r) => v.pick(r, ['Merhaba, ilan hâlâ güncel mi?', 'Hafta sonu görebilir miyiz?', 'Fiyatta pazarlık payı var mı?', 'Krediye uygun mu?']), []],
    ['Danışman', (c, o, r) => v.pick(r, ['Serkan Arslan', 'Derya Koç', 'Hakan Polat']), []],
    ['Durum', (c, o, r) => v.pick(r, ['Yeni', 'Arandı', 'Randevu Verildi', 'Olumsuz', 'Satışa Döndü']), [], opt],
    ['Son İşlem Tarihi', (c) => trDT(Math.max(c.created, c.updated)), [], opt],
    ['Not', (c, o, r) => v.pick(r, ['', '', 'Akşam 18:00 sonrası aranmak istiyor', 'Yatırım amaçlı bakıyor']), []],
  ] },

  // ---------------------------------------------------------------- marketing leads (Armut, hizmet veren paneli: İş Talepleri > Dışa Aktar, Turkish)
  { name: 'armut-is-talepleri-tr', product: 'Armut (Hizmet veren paneli: İş Talepleri / Tekliflerim > Dışa Aktar, Turkish UI)', family: 'marketing', language: 'tr', seed: 'armut-tr', schema: P, cols: [
    ['Talep ID', (c, o, r) => String(v.int(r, 30000000, 59999999)), ['_id', 'personID'], opt],
    ['Talep Tarihi', (c) => trDT(c.created), [], opt],
    ['Hizmet', (c, o, r, i) => row(ARMUT_SERVICES, i)[0], []],
    ['Müşteri Adı', (c, o, r, i) => row(TR_NAMES, i + 5)[0], ['person.name.firstName']],
    ['Müşteri Soyadı', (c, o, r, i) => row(TR_NAMES, i + 5)[1], ['person.name.lastName']],
    ['Telefon', (c, o, r) => (r() < 0.7 ? `+90 ${trMobile(r).slice(1)}` : ''), ['mobilePhone.number']],
    ['İl', (c, o, r, i) => row(TR_ADDR, i)[2], [...at(['homeAddress', 'mailingAddress'], 'city'), ...at(['homeAddress', 'mailingAddress'], 'stateProvince')], opt],
    ['İlçe', (c, o, r, i) => row(TR_ADDR, i)[1], at(['homeAddress', 'mailingAddress'], 'city'), opt],
    ['Hizmet Tarihi', (c, o, r) => trD(c.created + v.int(r, 2, 20) * day), []],
    ['Talep Detayları', (c, o, r) => v.pick(r, ['3+1, 120 m², haftada 1 kez', 'Tavan dahil, 2 oda', 'Eşyalı, asansör var', '9. sınıf, haftada 2 ders']), []],
    ['Teklif Tutarı (TL)', (c, o, r, i) => trMoney(row(ARMUT_SERVICES, i)[1]), []],
    ['Teklif Tarihi', (c, o, r) => trDT(c.created + v.int(r, 10, 300) * 60000), []],
    ['Teklif Durumu', (c, o, r) => v.pick(r, ['Beklemede', 'Kabul Edildi', 'Reddedildi', 'Müşteri Başkasını Seçti']), [], opt],
    ['Harcanan Kredi', (c, o, r) => String(v.int(r, 2, 12)), []],
    ['Mesaj Sayısı', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Müşteri Puanı', (c, o, r) => v.pick(r, ['', '', '5', '4', '5']), []],
  ] },

  // ---------------------------------------------------------------- B2B / memberships (Careem for Business: Employees > Export, UAE)
  { name: 'careem-business-employees', product: 'Careem for Business (business dashboard: Employees > Export CSV, UAE)', family: 'memberships', language: 'en', schema: B, cols: [
    ['User ID', (c, o, r) => String(v.int(r, 30000000, 69999999)), B2BID],
    ['Employee ID', (c, o, r) => (r() < 0.6 ? `EMP-${v.int(r, 1000, 9999)}` : ''), ['extSourceSystemAudit.externalID'], opt],
    ['First Name', (c, o, r, i) => row(AE_STAFF, i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(AE_STAFF, i)[1], ['person.name.lastName']],
    ['Email', (c, o, r, i) => `${slug(row(AE_STAFF, i)[0])}.${slug(row(AE_STAFF, i)[1])}@${slug(row(AE_COMPANIES, i % 3)).slice(0, 12)}.ae`, ['workEmail.address', 'personalEmail.address']],
    ['Phone Number', (c, o, r) => `+9715${v.pick(r, ['0', '2', '5', '6', '8'])}${v.int(r, 1000000, 9999999)}`, ['mobilePhone.number', 'workPhone.number']],
    ['Company', (c, o, r, i) => row(AE_COMPANIES, i % 3), ['b2b.companyName', 'organizations[0]']],
    ['Group', (c, o, r) => v.pick(r, ['All Employees', 'Sales Team', 'Late Night Rides', 'Management']), [], opt],
    ['Department', (c, o, r, i) => row(AE_STAFF, i)[2], ['extendedWorkDetails.departments[0]']],
    ['Cost Center', (c, o, r) => v.pick(r, ['CC-100', 'CC-210', 'CC-330', '']), []],
    ['Role', (c, o, r) => v.pick(r, ['Employee', 'Employee', 'Employee', 'Admin']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Invited', 'Deactivated']), ['b2b.personStatus'], opt],
    ['Services', (c, o, r) => v.pick(r, ['Ride', 'Ride, Food', 'Ride, Food, Delivery']), []],
    ['Monthly Limit (AED)', (c, o, r) => v.pick(r, ['500.00', '1000.00', '1500.00', 'No limit']), []],
    ['Country', (c, o, r) => v.pick(r, ['United Arab Emirates', 'United Arab Emirates', 'Saudi Arabia']), ['workAddress.country'], opt],
    ['City', (c, o, r) => v.pick(r, ['Dubai', 'Dubai', 'Abu Dhabi', 'Sharjah']), ['workAddress.city'], opt],
    ['Added On', (c) => dMonYT(c.created, 4), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Trip', (c, o, r) => (r() < 0.8 ? dMonYT(Math.max(c.created, c.updated) + v.int(r, 1, 30) * day, 4) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Total Trips', (c, o, r) => String(v.int(r, 0, 180)), []],
    ['Total Spend (AED)', (c, o, r) => (v.int(r, 0, 900000) / 100).toFixed(2), []],
  ] },

  // ---------------------------------------------------------------- bookings (Traveloka TERA extranet: Pemesanan > Daftar Pemesanan > Unduh, Indonesian)
  { name: 'traveloka-pemesanan-id', product: 'Traveloka (TERA, Traveloka Extranet Reservation Access: Pemesanan > Daftar Pemesanan > Unduh Excel, Indonesian UI)', family: 'ecommerce-orders', language: 'id', seed: 'traveloka-id', schema: E, cols: [
    ['No. Pemesanan', (c, o, r) => String(v.int(r, 900000000, 1299999999)), ['_id', OR('purchaseID')]],
    ['No. Itinerary', (c, o, r) => String(v.int(r, 400000000, 899999999)), [OR('purchaseID')], opt],
    ['Tanggal Pemesanan', (c, o) => `${idDate(o.at)} ${pad(shift(o.at, 7).H)}:${pad(shift(o.at, 7).M)}`, ['timestamp', OR('createdDate')]],
    ['Nama Tamu', (c, o, r, i) => row(ID_NAMES, i)[0], []],
    ['Nama Pemesan', (c, o, r, i) => row(ID_NAMES, i + (i % 3 === 0 ? 1 : 0))[0], []],
    ['Tipe Kamar', (c, o, r, i) => row(TVLK_ROOMS, i)[0], [PL('name')], opt],
    ['Rencana Tarif', (c, o, r) => v.pick(r, ['Room Only', 'Termasuk Sarapan', 'Promo Hemat - Tidak Dapat Dikembalikan']), [], opt],
    ['Jumlah Kamar', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['Check-in', (c, o) => idDate(o.at + 14 * day), [], opt],
    ['Check-out', (c, o, r, i) => idDate(o.at + (14 + 1 + (i % 3)) * day), [], opt],
    ['Jumlah Malam', (c, o, r, i) => String(1 + (i % 3)), [], opt],
    ['Dewasa', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Anak', (c, o, r) => String(v.pick(r, [0, 0, 1])), []],
    ['Permintaan Khusus', (c, o, r) => v.pick(r, ['', '', 'Kamar bebas rokok', 'Ranjang besar', 'Check-in terlambat']), []],
    ['Status', (c, o, r) => v.pick(r, ['Terkonfirmasi', 'Terkonfirmasi', 'Terkonfirmasi', 'Dibatalkan']), [], opt],
    ['Jenis Pembayaran', (c, o, r) => v.pick(r, ['Bayar di Traveloka', 'Bayar di Traveloka', 'Bayar di Hotel']), [], opt],
    ['Total Harga Jual', (c, o, r, i) => idr(row(TVLK_ROOMS, i)[1] * (1 + (i % 3)) * 1.21), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Harga Net', (c, o, r, i) => idr(row(TVLK_ROOMS, i)[1] * (1 + (i % 3))), [], opt],
    ['Mata Uang', () => 'IDR', [OR('currencyCode')]],
    ['Konfirmasi Hotel', (c, o, r) => v.pick(r, ['Sudah Dikonfirmasi', 'Belum Dikonfirmasi']), []],
  ] },
  // ---------------------------------------------------------------- bookings (KKday supplier back office SCM: 訂單管理 > 匯出訂單, Traditional Chinese)
  { name: 'kkday-dingdan-zh', product: 'KKday (供應商後台 SCM: 訂單管理 > 匯出訂單 Excel, Traditional Chinese UI, Taiwan)', family: 'ecommerce-orders', language: 'zh', seed: 'kkday-zh', schema: E, cols: [
    ['訂單編號', (c, o) => { const p = shift(o.at, 8); return `${String(p.y).slice(2)}KK${String(+o.id * 7919).padStart(9, '0')}` }, [OR('purchaseID'), '_id']],
    ['訂購日期', (c, o) => ymdHMS(o.at, 8), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o, r) => v.pick(r, ['已確認', '已確認', '待確認', '已取消', '已使用']), [], opt],
    ['商品編號', (c, o, r, i) => row(KKDAY_PRODUCTS, i)[0], [PL('SKU'), PL('_id')], opt],
    ['商品名稱', (c, o, r, i) => row(KKDAY_PRODUCTS, i)[1], [PL('name')]],
    ['方案名稱', (c, o, r, i) => row(KKDAY_PRODUCTS, i)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['使用日期', (c, o) => ymd(o.at + 10 * day, 8), [], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['旅客姓名', (c, o, r, i) => row(TW_TRAVELLERS, i)[0], []],
    ['聯絡人電話', (c, o, r, i) => (row(TW_TRAVELLERS, i)[1] === '台灣' ? `+886-9${v.int(r, 10, 89)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}` : `+${v.pick(r, ['852', '65'])}-${v.int(r, 60000000, 98999999)}`), [], opt],
    ['聯絡人信箱', (c, o, r, i) => `${slug(row(TW_TRAVELLERS, i)[0])}${v.int(r, 10, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com.tw', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['旅客國籍', (c, o, r, i) => row(TW_TRAVELLERS, i)[1], []],
    ['售價', (c, o, r, i) => String(row(KKDAY_PRODUCTS, i)[3]), [], opt],
    ['訂單總額', (c, o, r, i) => String(row(KKDAY_PRODUCTS, i)[3] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['結算金額', (c, o, r, i) => String(Math.round(row(KKDAY_PRODUCTS, i)[3] * o.qty * 0.85)), []],
    ['幣別', () => 'TWD', [OR('currencyCode')]],
    ['憑證編號', (c, o, r) => `KKV${v.int(r, 10000000, 99999999)}`, []],
    ['接送地點', (c, o, r, i) => (i % 4 === 0 ? v.pick(r, ['台北車站東三門', '西門町捷運站6號出口', '']) : ''), []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '素食', '攜帶嬰兒車']), []],
  ] },

  // ---------------------------------------------------------------- payments (Grab, GrabMerchant portal: Transactions report download, Malaysia)
  { name: 'grab-merchant-transactions', product: 'Grab (GrabMerchant portal: Reports > Transactions > Download CSV, GrabFood/GrabPay, Malaysia)', family: 'payments', language: 'en', seed: 'grab-my', schema: E, cols: [
    ['Store Name', (c, o, r, i) => row(GRAB_STORES, i % 2)[0], []],
    ['Updated On', (c, o) => grabDT(o.at + 40 * 60000), ['timestamp', OR('lastUpdatedDate')]],
    ['Category', (c, o, r) => v.pick(r, ['Payment', 'Payment', 'Payment', 'Payment', 'Adjustment', 'Canceled']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Transferred', 'Failed']), [], opt],
    ['Short Order ID', (c, o, r) => `GF-${v.int(r, 100, 999)}`, [], opt],
    ['Long Order ID', (c, o, r) => `A-${v.alnum(r, 12).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Transaction ID', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['Order Type', (c, o, r) => v.pick(r, ['Delivery', 'Delivery', 'Self Pick-up', 'Dine-in']), ['commerce.shipping.shippingMethod'], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['GrabPay Wallet', 'Card', 'Cash', 'PayLater by Grab']), [OR('payments[0].paymentType')]],
    ['Customer Name', (c, o, r, i) => row(MY_CUSTOMERS, i), []],
    ['Amount', (c, o) => (o.subtotal * 1.1).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Promotion', (c, o) => (o.discount ? 3 : 0).toFixed(2), [OR('discountAmount')]],
    ['SST', (c, o) => (o.subtotal * 0.06).toFixed(2), [OR('taxAmount')], opt],
    ['Commission', (c, o) => (o.subtotal * 0.3).toFixed(2), []],
    ['Net Sales', (c, o) => (o.subtotal * 0.8 - (o.discount ? 3 : 0)).toFixed(2), []],
    ['Currency', () => 'MYR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Settlement ID', (c, o, r) => `STL${v.int(r, 10000000, 99999999)}`, []],
    ['Settlement Date', (c, o) => grabDT(o.at + day).slice(0, 11), []],
    ['Cancellation Reason', (c, o, r) => v.pick(r, ['', '', '', 'Item out of stock', 'Customer cancelled']), [], opt],
    ['Store ID', (c, o, r, i) => row(GRAB_STORES, i % 2)[1], [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Gojek GoBiz: Laporan > Transaksi > Unduh, GoFood and GoPay/QRIS, Indonesian)
  { name: 'gobiz-transaksi-id', product: 'Gojek GoBiz (Laporan > Riwayat Transaksi > Unduh laporan, GoFood dan GoPay/QRIS, Indonesian UI)', family: 'payments', language: 'id', seed: 'gobiz-id', schema: E, cols: [
    ['Nama Outlet', () => 'Warung Kopi Nusantara - Tebet', []],
    ['ID Transaksi', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Nomor Pesanan', (c, o, r, i) => (i % 3 === 2 ? '' : `F-${v.int(r, 1000000000, 3999999999)}`), [OR('purchaseID'), '_id']],
    ['Waktu Transaksi', (c, o) => `${ymdHMS(o.at, 7).replace(' ', 'T')}+07:00`, ['timestamp', OR('createdDate')]],
    ['Jenis Transaksi', (c, o, r, i) => (i % 3 === 2 ? 'QRIS' : 'GoFood'), [], opt],
    ['Metode Pembayaran', (c, o, r, i) => (i % 3 === 2 ? v.pick(r, ['GoPay', 'OVO', 'DANA', 'ShopeePay', 'BCA mobile']) : v.pick(r, ['GoPay', 'GoPay Later', 'Tunai', 'Kartu Kredit/Debit'])), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Berhasil', 'Berhasil', 'Berhasil', 'Dibatalkan', 'Dikembalikan']), [], opt],
    ['Nama Pelanggan', (c, o, r, i) => (i % 3 === 2 ? '' : row(ID_NAMES, i)[0].split(' ')[0]), []],
    ['Menu', (c, o, r, i) => (i % 3 === 2 ? '' : `${o.qty}x ${row(GOFOOD_MENU, i)[0]}`), [PL('name')], opt],
    ['Jumlah Item', (c, o, r, i) => (i % 3 === 2 ? '' : String(o.qty)), [PL('quantity')], opt],
    ['Gross Amount', (c, o, r, i) => String(row(GOFOOD_MENU, i)[1] * o.qty), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Promo Ditanggung Merchant', (c, o, r, i) => String(o.discount && i % 3 !== 2 ? 5000 : 0), [OR('discountAmount')]],
    ['Kode Promo', (c, o, r, i) => (o.discount && i % 3 !== 2 ? 'HEMATGOFOOD' : ''), ['commerce.promotionID'], opt],
    ['Komisi', (c, o, r, i) => (i % 3 === 2 ? '0' : String(Math.round(row(GOFOOD_MENU, i)[1] * o.qty * 0.2))), []],
    ['Biaya MDR', (c, o, r, i) => (i % 3 === 2 ? String(Math.round(row(GOFOOD_MENU, i)[1] * o.qty * 0.003)) : '0'), []],
    ['Pendapatan Bersih', (c, o, r, i) => String(Math.round(row(GOFOOD_MENU, i)[1] * o.qty * (i % 3 === 2 ? 0.997 : 0.8))), []],
    ['Nama Driver', (c, o, r, i) => (i % 3 === 2 ? '' : v.pick(r, ['Joko S', 'Heru P', 'Bambang W'])), []],
    ['Catatan', (c, o, r, i) => (i % 3 === 2 ? '' : v.pick(r, ['', '', 'Pedas level 2', 'Tanpa es'])), []],
  ] },

  // ---------------------------------------------------------------- analytics events: affiliate conversions (Klook Affiliate Partner portal: Reports > Booking report > Export)
  { name: 'klook-affiliate-bookings', product: 'Klook (Affiliate Partner portal: Reports > Booking report > Export CSV)', family: 'analytics', language: 'en', seed: 'klook-aff', schema: E, cols: [
    ['Booking Date', (c, o) => ymdHMS(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Booking Reference', (c, o, r) => `${v.alnum(r, 3).toUpperCase()}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Activity ID', (c, o, r, i) => row(KLOOK_ACTIVITIES, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Activity Name', (c, o, r, i) => row(KLOOK_ACTIVITIES, i)[1], [PL('name')]],
    ['Category', (c, o, r, i) => row(KLOOK_ACTIVITIES, i)[2], ['productListItems[0].productCategories[0].categoryName'], opt],
    ['Destination', (c, o, r, i) => row(KLOOK_ACTIVITIES, i)[3], []],
    ['Participation Date', (c, o) => ymd(o.at + 12 * day, 8), [], opt],
    ['Units', (c, o) => String(o.qty), [PL('quantity')]],
    ['Booking Amount', (c, o, r, i) => (row(KLOOK_ACTIVITIES, i)[4] * o.qty).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Commission Rate', (c, o, r, i) => `${[2, 3, 5][i % 3]}%`, []],
    ['Commission', (c, o, r, i) => (row(KLOOK_ACTIVITIES, i)[4] * o.qty * [2, 3, 5][i % 3] / 100).toFixed(2), []],
    ['Status', (c, o, r) => v.pick(r, ['Pending', 'Confirmed', 'Confirmed', 'Cancelled']), [], opt],
    ['AID', () => '24815', [], opt],
    ['Ad ID', (c, o, r) => v.pick(r, ['887541', '887542', '902210']), ['marketing.trackingCode'], opt],
    ['Sub ID', (c, o, r) => v.pick(r, ['', 'blog-japan-guide', 'ig-story-0512', 'newsletter']), ['marketing.trackingCode'], opt],
    ['Widget / Link Name', (c, o, r) => v.pick(r, ['Text link', 'Dynamic widget - Japan', 'Search box banner']), ['marketing.campaignName'], opt],
    ['Platform', (c, o, r) => v.pick(r, ['Desktop', 'Mobile Web', 'App']), [], opt],
    ['User Country', (c, o, r) => v.pick(r, ['Singapore', 'Malaysia', 'Australia', 'United States', 'Philippines']), [GEO('countryCode')], opt],
    ['Referrer URL', (c, o, r) => v.pick(r, ['https://www.wanderblog.example/japan-itinerary', 'https://l.instagram.com/', '']), ['web.webReferrer.URL'], opt],
  ] },
]
