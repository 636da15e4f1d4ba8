// Round 64, heldout154: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Exports from Asia, the Middle East, Africa and Latin America, headers in
// the product's UI language: a Kenyan marketplace's seller order lines (Kilimall, English), an Indonesian cashier app's
// sales lines (Kasir Pintar, Indonesian), a Ghanaian payment platform's transactions (Hubtel, English), a Turkish
// ticketing platform's organiser sales report (Biletix, Turkish), a Chilean clinic-booking system's appointments
// (Reservo, Spanish), a Saudi store builder's order lines (Matjrah / متجرة, Arabic), an Israeli e-mail and SMS
// marketing tool's contacts (Rav Messer / רב מסר, Hebrew), an Indian retail CRM's customers (Xeno, Indian English), a
// Vietnamese loyalty app's merchant members (Taptap, Vietnamese), a Chinese B2B marketplace's buyer inquiries
// (Made-in-China.com 中国制造网, Simplified Chinese), a Russian help desk's users (HelpDeskEddy, Russian) and a Thai event
// platform's conference attendees (Eventpop, Thai) (E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
// local clocks
const eat = (ms) => shift(ms, 3) // Kenya, Saudi Arabia, Turkey, Moscow (no summer time)
const wib = (ms) => shift(ms, 7) // Jakarta, Ho Chi Minh City, Bangkok
const ist = (ms) => shift(ms, 5.5)
const cst = (ms) => shift(ms, 8)
const isr = (ms) => shift(ms, v.summer(ms) ? 3 : 2)
const chl = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 8 ? -4 : -3) }
const dashT = (p) => `${ymd(p)} ${hms(p)}`
const dashM = (p) => `${ymd(p)} ${hm(p)}`
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const L = {
  ke: { male: ['Brian', 'Kevin', 'Dennis', 'Collins', 'Otieno', 'Kipchoge', 'Mwangi'], female: ['Faith', 'Mercy', 'Wanjiru', 'Akinyi', 'Cynthia', 'Njeri', 'Purity'], last: ['Kamau', 'Ochieng', 'Wanjiku', 'Mutua', 'Kiprotich', 'Njoroge', 'Odhiambo', 'Chebet', 'Kariuki', 'Wafula'],
    places: [['Nairobi', 'Westlands', '00800'], ['Nairobi', 'Embakasi', '00501'], ['Kiambu', 'Ruiru', '00232'], ['Mombasa', 'Nyali', '80118'], ['Kisumu', 'Milimani', '40100'], ['Nakuru', 'Nakuru Town', '20100'], ['Machakos', 'Athi River', '00204']],
    streets: ['Ngong Road', 'Waiyaki Way', 'Thika Road', 'Moi Avenue', 'Kenyatta Avenue', 'Oginga Odinga St'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'] },
  gh: { male: ['Kwame', 'Kofi', 'Yaw', 'Kwabena', 'Emmanuel', 'Nii', 'Kojo'], female: ['Akosua', 'Ama', 'Abena', 'Efua', 'Adwoa', 'Esi', 'Naa'], last: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Appiah', 'Quaye', 'Tetteh', 'Addo'], mail: ['gmail.com', 'yahoo.com', 'gmail.com', 'outlook.com'] },
  id: { male: ['Budi', 'Agus', 'Rizky', 'Dimas', 'Hendra', 'Fajar', 'Eko'], female: ['Siti', 'Dewi', 'Putri', 'Rina', 'Ayu', 'Fitri', 'Indah'], last: ['Santoso', 'Wijaya', 'Saputra', 'Lestari', 'Hidayat', 'Pratama', 'Nugroho', 'Kurniawan', 'Rahmawati', 'Setiawan'], mail: ['gmail.com', 'yahoo.co.id', 'gmail.com'] },
  tr: { male: ['Mehmet', 'Emre', 'Burak', 'Can', 'Oğuz', 'Mustafa', 'Serkan'], female: ['Elif', 'Zeynep', 'Ayşe', 'Selin', 'Büşra', 'Merve', 'Deniz'], last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan'],
    places: [['İstanbul', 'Kadıköy'], ['İstanbul', 'Beşiktaş'], ['İstanbul', 'Ataşehir'], ['Ankara', 'Çankaya'], ['İzmir', 'Karşıyaka'], ['Bursa', 'Nilüfer'], ['Kocaeli', 'İzmit']], mail: ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'] },
  cl: { male: ['Matías', 'Benjamín', 'Felipe', 'Sebastián', 'Cristóbal', 'Tomás', 'Rodrigo'], female: ['Catalina', 'Javiera', 'Constanza', 'Fernanda', 'Francisca', 'Valentina', 'Camila'], last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales'], mail: ['gmail.com', 'hotmail.com', 'gmail.com', 'yahoo.es'] },
  sa: { male: [['محمد', 'mohammed'], ['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['خالد', 'khalid'], ['سلطان', 'sultan'], ['تركي', 'turki']], female: [['نورة', 'noura'], ['سارة', 'sara'], ['ريم', 'reem'], ['هيفاء', 'haifa'], ['لمى', 'lama'], ['العنود', 'alanoud']], last: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الغامدي', 'alghamdi'], ['الشهري', 'alshehri'], ['الدوسري', 'aldosari'], ['الحربي', 'alharbi'], ['الزهراني', 'alzahrani']],
    places: [['الرياض', 'حي النرجس', '13327'], ['الرياض', 'حي الملقا', '13521'], ['جدة', 'حي الروضة', '23432'], ['جدة', 'حي الصفا', '23452'], ['الدمام', 'حي الفيصلية', '32272'], ['مكة المكرمة', 'حي العزيزية', '24243'], ['الخبر', 'حي العليا', '34447']], mail: ['gmail.com', 'hotmail.com', 'outlook.sa', 'icloud.com'] },
  he: { male: [['יוסי', 'yossi'], ['איתי', 'itai'], ['אמיר', 'amir'], ['רועי', 'roy'], ['דניאל', 'daniel'], ['עומר', 'omer']], female: [['נועה', 'noa'], ['מיכל', 'michal'], ['שירה', 'shira'], ['יעל', 'yael'], ['תמר', 'tamar'], ['הילה', 'hila']], last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman']],
    places: [['תל אביב-יפו', 'דיזנגוף', '6433222'], ['רמת גן', 'ביאליק', '5245115'], ['חיפה', 'שדרות מוריה', '3457305'], ['ירושלים', 'עמק רפאים', '9310227'], ['באר שבע', 'רגר', '8448907'], ['ראשון לציון', 'הרצל', '7524811'], ['פתח תקווה', 'רוטשילד', '4934401']], mail: ['gmail.com', 'walla.co.il', 'gmail.com', 'hotmail.com', 'bezeqint.net'] },
  in: { male: ['Rahul', 'Amit', 'Vikram', 'Arjun', 'Rohan', 'Sandeep', 'Karthik'], female: ['Priya', 'Sneha', 'Ananya', 'Pooja', 'Divya', 'Kavya', 'Neha'], last: ['Sharma', 'Patel', 'Reddy', 'Iyer', 'Gupta', 'Nair', 'Singh', 'Mehta', 'Joshi', 'Menon'],
    places: [['Bengaluru', 'Karnataka', '560034'], ['Mumbai', 'Maharashtra', '400053'], ['Pune', 'Maharashtra', '411014'], ['Hyderabad', 'Telangana', '500081'], ['Chennai', 'Tamil Nadu', '600040'], ['New Delhi', 'Delhi', '110017'], ['Ahmedabad', 'Gujarat', '380015']], mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'] },
  vi: { male: [['Minh', 'minh'], ['Tuấn', 'tuan'], ['Hoàng', 'hoang'], ['Đức', 'duc'], ['Quang', 'quang'], ['Nam', 'nam']], female: [['Linh', 'linh'], ['Trang', 'trang'], ['Ngọc', 'ngoc'], ['Thảo', 'thao'], ['Hương', 'huong'], ['Mai', 'mai']], last: [['Nguyễn', 'nguyen'], ['Trần', 'tran'], ['Lê', 'le'], ['Phạm', 'pham'], ['Hoàng', 'hoang'], ['Võ', 'vo'], ['Đặng', 'dang']],
    mid: { m: ['Văn', 'Minh', 'Đức', 'Quốc'], f: ['Thị', 'Ngọc', 'Thu', 'Thanh'] }, mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com'] },
  zh: { male: [['志强', 'Zhiqiang'], ['建华', 'Jianhua'], ['伟', 'Wei'], ['海涛', 'Haitao']], female: [['丽娜', 'Lina'], ['晓敏', 'Xiaomin'], ['静', 'Jing']], last: [['王', 'Wang'], ['李', 'Li'], ['陈', 'Chen'], ['周', 'Zhou']] },
  ru: { male: [['Алексей', 'Aleksey', 'Сергеевич'], ['Дмитрий', 'Dmitriy', 'Андреевич'], ['Игорь', 'Igor', 'Викторович'], ['Максим', 'Maksim', 'Олегович'], ['Павел', 'Pavel', 'Николаевич']], female: [['Екатерина', 'Ekaterina', 'Игоревна'], ['Анна', 'Anna', 'Дмитриевна'], ['Ольга', 'Olga', 'Владимировна'], ['Мария', 'Mariya', 'Алексеевна'], ['Наталья', 'Natalya', 'Сергеевна']],
    last: [['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Волков', 'volkov'], ['Соколов', 'sokolov'], ['Морозов', 'morozov'], ['Лебедев', 'lebedev']] },
  th: { male: [['สมชาย', 'Somchai'], ['ธนกร', 'Thanakorn'], ['ณัฐพล', 'Nattaphon'], ['กิตติพงษ์', 'Kittipong'], ['วีระ', 'Weera']], female: [['สุภาพร', 'Supaporn'], ['ปิยะนุช', 'Piyanuch'], ['ณัฐธิดา', 'Natthida'], ['พิมพ์ชนก', 'Pimchanok'], ['กนกวรรณ', 'Kanokwan']],
    last: [['สุขสวัสดิ์', 'Suksawat'], ['ศรีสุข', 'Srisuk'], ['วงศ์ใหญ่', 'Wongyai'], ['แก้วมณี', 'Kaewmanee'], ['จันทร์เพ็ญ', 'Chanpen'], ['ทองดี', 'Thongdee'], ['บุญมา', 'Boonma']], nick: ['ต้น', 'แนน', 'บอม', 'ปุ้ย', 'เจ', 'มิ้นท์', 'เบียร์'] },
}
const lat = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[^a-z]/g, '')
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = r() < 0.5
  const T = L[cc]
  const f = v.pick(r, female ? T.female : T.male), l = v.pick(r, T.last)
  const fl = Array.isArray(f) ? f : [f, lat(f)], ll = Array.isArray(l) ? l : [l, lat(l)]
  const p = { female, first: fl[0], last: ll[0], full: `${fl[0]} ${ll[0]}`, latinFirst: fl[1], latinLast: ll[1], r1: v.int(r, 1, 999), r2: v.int(r, 0, 9999) }
  const em = (doms) => `${lat(fl[1])}${v.pick(r, ['.', '', '_'])}${lat(ll[1])}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
  if (cc === 'ke') { const pl = v.pick(r, T.places); return { ...p, county: pl[0], town: pl[1], zip: pl[2], street: `${v.pick(r, T.streets)}, ${v.pick(r, ['Apt', 'House', 'Hse'])} ${v.int(r, 1, 60)}`, mobile: `07${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`, email: em(T.mail) } }
  if (cc === 'gh') return { ...p, mobile: `233${v.pick(r, ['24', '54', '55', '20', '50', '27', '26'])}${v.int(r, 1000000, 9999999)}`, email: em(T.mail) }
  if (cc === 'id') return { ...p, mobile: `08${v.pick(r, ['12', '13', '21', '52', '57', '77', '95'])}${v.int(r, 10000000, 99999999)}`, email: em(T.mail) }
  if (cc === 'tr') { const pl = v.pick(r, T.places); return { ...p, il: pl[0], ilce: pl[1], mobile: `05${v.pick(r, ['32', '33', '42', '44', '53', '55', '05', '06'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, email: em(T.mail) } }
  if (cc === 'cl') {
    const l2 = v.pick(r, T.last), body = v.int(r, 8000000, 24999999)
    let s = 0, m = 2; for (const d of String(body).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 }
    const dv = 11 - (s % 11), dvs = dv === 11 ? '0' : dv === 10 ? 'K' : String(dv)
    return { ...p, last2: l2, rut: `${group(body, '.')}-${dvs}`, mobile: `+56 9 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, email: em(T.mail) }
  }
  if (cc === 'sa') { const pl = v.pick(r, T.places); return { ...p, city: pl[0], dist: pl[1], zip: pl[2], street: `${v.pick(r, ['شارع الأمير سلطان', 'طريق الملك عبدالعزيز', 'شارع التحلية', 'شارع الستين', 'طريق أنس بن مالك'])}، مبنى ${v.int(r, 1000, 9999)}`, mobile: `05${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${v.int(r, 1000000, 9999999)}`, email: em(T.mail) } }
  if (cc === 'he') { const pl = v.pick(r, T.places); return { ...p, city: pl[0], street: `${pl[1]} ${v.int(r, 1, 140)}`, zip: pl[2], mobile: `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`, email: em(T.mail) } }
  if (cc === 'in') { const pl = v.pick(r, T.places); return { ...p, city: pl[0], state: pl[1], zip: pl[2], mobile: `${v.pick(r, ['98', '97', '99', '88', '70', '63', '81'])}${v.int(r, 10000000, 99999999)}`, email: em(T.mail) } }
  if (cc === 'vi') { const mid = v.pick(r, female ? T.mid.f : T.mid.m); return { ...p, full: `${ll[0]} ${mid} ${fl[0]}`, mobile: `0${v.pick(r, ['90', '93', '98', '97', '86', '35', '70', '77', '88', '91'])}${v.int(r, 1000000, 9999999)}`, email: em(T.mail) } }
  if (cc === 'zh') return { ...p, full: `${ll[0]}${fl[0]}`, en: `${fl[1]} ${ll[1]}` }
  if (cc === 'ru') return { ...p, patr: fl[2], last: female ? `${ll[0]}а` : ll[0], full: `${female ? `${ll[0]}а` : ll[0]} ${fl[0]} ${fl[2]}`, mobile: `+7 9${v.int(r, 10, 99)} ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}` }
  return { ...p, nick: v.pick(r, T.nick), mobile: `0${v.pick(r, ['8', '9', '6'])}${v.int(r, 10000000, 99999999)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }

// ---------------------------------------------------------------- 1. Kilimall seller order lines (en-KE, E)
// a Nairobi small-kitchen-appliance seller: [Seller SKU, product name, variation, price KSh]
const KM_ITEMS = [['BLND-1.5L-SL', 'Silver Crest 2 in 1 Blender 1.5L', 'Black', 2499], ['KTL-2L-SS', 'Electric Kettle 2L Stainless Steel', 'Silver', 1350], ['AF-4.5L-DG', 'Digital Air Fryer 4.5L', 'Black', 6999], ['RC-1.8L-WH', 'Rice Cooker 1.8L with Steamer', 'White', 2850], ['SDW-2S', 'Sandwich Maker 2 Slice', 'Red', 1199], ['GAS-2B-GL', 'Glass Top 2 Burner Gas Cooker', 'Black', 4299]]
const kmItem = (o, i) => row(KM_ITEMS, i + n(o))
const kmAt = (o) => open(o.at, 3, 7, 16)
const kmSt = (o) => row(['Delivered', 'Delivered', 'Shipped', 'Pending', 'Delivered', 'Cancelled', 'Ready to ship'], n(o) % 7)
const kmPickup = (o) => n(o) % 3 !== 0
const kmFee = (o) => (kmPickup(o) ? 99 : 299)
const kmVoucher = (o) => (o.discount ? 200 : 0)
const kmPay = (o) => row(['M-Pesa', 'Lipa Later', 'M-Pesa', 'Cash on Delivery', 'Card (Visa/Mastercard)', 'M-Pesa', 'Airtel Money'], n(o) % 7)
const kmTo = (c) => who(c, 'ke')
const KM_STATIONS = ['Kilimall Pick Up Station - Westlands (Sarit Centre)', 'Kilimall Pick Up Station - CBD (Moi Avenue)', 'Kilimall Pick Up Station - Ruiru (Kamakis)', 'Kilimall Pick Up Station - Nyali', 'Kilimall Pick Up Station - Kisumu (Mega Plaza)']
// ---------------------------------------------------------------- 2. Kasir Pintar sales lines (id, E)
// a Bandung coffee shop with two outlets: [kode, nama, kategori, varian, harga Rp]
const KP_ITEMS = [['KP-001', 'Es Kopi Susu Gula Aren', 'Kopi', 'Regular', 22000], ['KP-002', 'Americano', 'Kopi', 'Ice', 20000], ['KP-010', 'Matcha Latte', 'Non Kopi', 'Large', 28000], ['KP-021', 'Croissant Cokelat', 'Pastry', '', 25000], ['KP-030', 'Nasi Goreng Kampung', 'Makanan', 'Pedas', 32000], ['KP-011', 'Teh Tarik', 'Non Kopi', 'Hot', 18000]]
const kpItem = (o, i) => row(KP_ITEMS, i + n(o))
const kpAt = (o) => open(o.at, 7, 8, 14)
const kpSub = (o, i) => kpItem(o, i)[4] * o.qty
const kpDisc = (o, i) => (o.discount ? Math.round(kpSub(o, i) * 0.1 / 100) * 100 : 0)
const kpTax = (o, i) => Math.round((kpSub(o, i) - kpDisc(o, i)) * 0.1)
const kpTot = (o, i) => kpSub(o, i) - kpDisc(o, i) + kpTax(o, i)
const kpPay = (o) => row(['Tunai', 'QRIS', 'QRIS', 'GoPay', 'OVO', 'Debit BCA', 'ShopeePay'], n(o) % 7)
const kpPaid = (o, i) => (kpPay(o) === 'Tunai' ? Math.ceil(kpTot(o, i) / 50000) * 50000 : kpTot(o, i))
const kpMember = (o) => n(o) % 3 !== 1
// ---------------------------------------------------------------- 3. Hubtel transactions (en-GH, E)
// an Accra online pharmacy taking mobile money: [description, amount GHS]
const HB_ITEMS = [['Order #A{n} - Paracetamol 500mg x2, Vitamin C', 48.5], ['Order #A{n} - Blood pressure monitor', 385], ['Order #A{n} - Baby formula 400g x3', 276], ['Order #A{n} - Malaria test kit', 35], ['Order #A{n} - Prescription refill', 152.75]]
const hbItem = (o) => row(HB_ITEMS, n(o) % 5)
const hbChan = (o) => row(['mtn-gh', 'vodafone-gh', 'mtn-gh', 'tigo-gh', 'visa', 'mtn-gh', 'mastercard'], n(o) % 7)
const HB_CHAN = { 'mtn-gh': 'MTN Mobile Money', 'vodafone-gh': 'Telecel Cash', 'tigo-gh': 'AirtelTigo Money', visa: 'Visa', mastercard: 'Mastercard' }
const hbSt = (o) => row(['Success', 'Success', 'Success', 'Failed', 'Success', 'Pending', 'Success'], n(o) % 7)
const hbFee = (o) => Math.round(hbItem(o)[1] * (['visa', 'mastercard'].includes(hbChan(o)) ? 0.0195 : 0.01) * 100) / 100
const hbAt = (o) => open(o.at, 0, 7, 15)
// ---------------------------------------------------------------- 4. Biletix organiser sales report (tr, E)
// an Istanbul concert promoter: [etkinlik kodu, etkinlik, mekan, şehir, kategori, fiyat TL]
const BX_EV = [['KPE24', 'Kalben - Akustik Konser', 'Zorlu PSM Turkcell Sahnesi', 'İstanbul', 'Kategori 1', 1250], ['KPE24', 'Kalben - Akustik Konser', 'Zorlu PSM Turkcell Sahnesi', 'İstanbul', 'Kategori 2', 900], ['MNR31', 'Mor ve Ötesi', 'Volkswagen Arena', 'İstanbul', 'Ayakta', 750], ['MNR32', 'Mor ve Ötesi', 'IF Performance Hall Ankara', 'Ankara', 'Ayakta', 650], ['CJZ08', 'Caz Gecesi: Kerem Görsev Trio', 'Nardis Jazz Club', 'İstanbul', 'Masa', 1500]]
const bxEv = (o) => row(BX_EV, n(o) % 5)
const bxAt = (o) => open(o.at, 3, 8, 16)
const bxShow = (o) => Date.UTC(2024, 10, 8 + (n(o) % 5) * 7, 17, 30)
const bxType = (o) => row(['Tam', 'Tam', 'Öğrenci', 'Tam', 'Davetiye', 'Tam'], n(o) % 6)
const bxPrice = (o) => (bxType(o) === 'Davetiye' ? 0 : bxType(o) === 'Öğrenci' ? Math.round(bxEv(o)[5] * 0.6) : bxEv(o)[5])
const bxFee = (o) => (bxPrice(o) ? Math.round(bxPrice(o) * 0.1) : 0)
const bxCh = (o) => row(['İnternet', 'Mobil Uygulama', 'İnternet', 'Çağrı Merkezi', 'Gişe', 'İnternet'], n(o) % 6)
const tl = (x) => v.thou(x)
// ---------------------------------------------------------------- 5. Reservo appointments (es-CL, E)
// a Providencia physiotherapy and dental clinic: [servicio, profesional, valor CLP]
const RS_SV = [['Sesión de kinesiología', 'Klgo. Ignacio Fuentes', 25000], ['Evaluación kinesiológica', 'Klga. Daniela Orellana', 30000], ['Limpieza dental', 'Dra. Paula Vergara', 35000], ['Control de ortodoncia', 'Dr. Andrés Pizarro', 28000], ['Masaje descontracturante', 'Klga. Daniela Orellana', 32000]]
const rsSv = (o) => row(RS_SV, n(o) % 5)
const rsSt = (o) => row(['Asiste', 'Confirmado', 'Asiste', 'No asiste', 'Anulado', 'No confirmado', 'Asiste'], n(o) % 7)
const rsVisit = (o) => open(o.at + ((n(o) % 14) + 1) * day, -3, 9, 10)
const rsStart = (o) => { const p = chl(rsVisit(o)); return { ...p, M: p.M < 30 ? 0 : 30, S: 0 } }
const rsEnd = (o) => { const s = rsStart(o); const mins = s.H * 60 + s.M + 45; return { ...s, H: Math.floor(mins / 60), M: mins % 60 } }
const rsPaid = (o) => (rsSt(o) === 'Asiste' ? rsSv(o)[2] : n(o) % 4 === 0 ? 10000 : 0)
const clp = (x) => `$${group(x, '.')}`
// ---------------------------------------------------------------- 6. Matjrah order lines (ar, E)
// a Riyadh perfume and oud shop: [SKU, اسم المنتج, الخيار, السعر ر.س]
const MJ_ITEMS = [['OUD-CAM-12', 'دهن عود كمبودي', '12 مل', 450], ['BKH-MWT-50', 'بخور معطر فاخر', '50 جرام', 120], ['PRF-ROSE-100', 'عطر ورد الطائف', '100 مل', 295], ['MBK-BRS', 'مبخرة نحاسية', 'ذهبي', 185], ['GFT-SET-3', 'طقم هدايا العود', 'علبة خشبية', 620]]
const mjItem = (o, i) => row(MJ_ITEMS, i + n(o))
const mjAt = (o) => open(o.at, 3, 9, 15)
const mjSt = (o) => row(['تم التوصيل', 'تم الشحن', 'قيد التجهيز', 'تم التوصيل', 'جديد', 'ملغي', 'تم التوصيل'], n(o) % 7)
const mjSub = (o, i) => mjItem(o, i)[3] * o.qty
const mjDisc = (o, i) => (o.discount ? Math.round(mjSub(o, i) * 0.15) : 0)
const mjShip = (o, i) => (mjSub(o, i) >= 500 ? 0 : 25)
const mjVat = (o, i) => Math.round((mjSub(o, i) - mjDisc(o, i) + mjShip(o, i)) * 15 / 115 * 100) / 100
const mjPay = (o) => row(['مدى', 'Apple Pay', 'بطاقة ائتمانية', 'الدفع عند الاستلام', 'تمارا', 'تابي', 'مدى'], n(o) % 7)
const mjCarrier = (o) => row(['سمسا', 'أرامكس', 'سمسا', 'البريد السعودي (سبل)', 'ريدبوكس'], n(o) % 5)
const mjShipped = (o) => ['تم الشحن', 'تم التوصيل'].includes(mjSt(o))
const sar = (x) => x.toFixed(2)
// ---------------------------------------------------------------- 7. Rav Messer contacts (he, P)
const rmSt = (c) => row(['פעיל', 'פעיל', 'פעיל', 'הוסר', 'פעיל', 'שגוי (חוזר)', 'פעיל'], n(c) % 7)
const rmLists = (c) => row(['לקוחות', 'לקוחות;ניוזלטר', 'ניוזלטר', 'לידים מהאתר', 'לקוחות;מועדון VIP'], n(c) % 5)
// ---------------------------------------------------------------- 8. Xeno customers (en-IN, P)
const XN_STORES = ['Koramangala', 'Indiranagar', 'Phoenix Marketcity Pune', 'Andheri West', 'Banjara Hills', 'T. Nagar', 'Online Store']
const xnVisits = (c) => 1 + (n(c) * 7) % 23
const xnSpend = (c) => xnVisits(c) * (1200 + (n(c) * 37) % 2400)
const xnTier = (c) => (xnSpend(c) > 40000 ? 'Platinum' : xnSpend(c) > 15000 ? 'Gold' : 'Silver')
const inr = (x) => String(x).replace(/(\d)(?=(\d\d)+\d$)/g, '$1,')
// ---------------------------------------------------------------- 9. Taptap members (vi, P)
const TT_TIER = ['Thành viên', 'Bạc', 'Vàng', 'Thành viên', 'Kim cương']
const ttPts = (c) => (n(c) * 37) % 4200
const ttUsed = (c) => (n(c) * 53) % 3000
// ---------------------------------------------------------------- 10. Made-in-China.com inquiries (zh, B)
// foreign buyers writing to a Ningbo LED-lighting maker: [company, country (zh), country code, city, domain, phone prefix, name locale]
const MC_BUYERS = [['Brightline Electrical Supplies Ltd', '英国', 'GB', 'Manchester', 'brightline-elec.co.uk', '+44 161 ', 'en'], ['Iluminación Andina S.A.C.', '秘鲁', 'PE', 'Lima', 'iluminacionandina.pe', '+51 1 ', 'es'], ['Al Noor Lighting Trading LLC', '阿联酋', 'AE', 'Dubai', 'alnoorlighting.ae', '+971 4 ', 'ar'], ['Volt Projekt GmbH', '德国', 'DE', 'Köln', 'voltprojekt.de', '+49 221 ', 'de'], ['Lumina Distribuidora Ltda', '巴西', 'BR', 'Curitiba', 'luminadistribuidora.com.br', '+55 41 ', 'pt'], ['Sunrise Electricals Pvt. Ltd.', '印度', 'IN', 'Ahmedabad', 'sunriseelectricals.in', '+91 79 ', 'in']]
const mcBuyer = (c) => row(MC_BUYERS, n(c) >> 1)
const mcName = (c) => { const b = mcBuyer(c); if (b[6] === 'ar') return who(c, 'sa'); if (b[6] === 'in') return who(c, 'in'); const r = seeded(c, `mc:${b[6]}`); return { first: v.first(r, b[6]), last: v.last(r, b[6]) } }
const mcLatin = (c) => (mcBuyer(c)[6] === 'ar' ? { first: mcName(c).latinFirst.replace(/^./, (x) => x.toUpperCase()), last: mcName(c).latinLast.replace(/^al/, 'Al-').replace(/-(.)/, (m, x) => `-${x.toUpperCase()}`) } : { first: mcName(c).first, last: mcName(c).last })
const MC_PRODUCTS = ['LED Panel Light 600x600 40W', 'LED High Bay Light 150W UFO', 'Solar Street Light 100W All in One', 'LED Tube T8 1200mm 18W', 'LED Flood Light 200W IP65']
const MC_ROLE = ['Purchasing Manager', 'Owner', 'Procurement Officer', 'Project Engineer', 'General Manager', 'Import Manager']
// ---------------------------------------------------------------- 11. HelpDeskEddy users (ru, B)
// clients of a Yekaterinburg 1C-integration company's support desk: [организация, ИНН, домен, город, телефон]
const HE_ORGS = [['ООО «УралСтройКомплект»', '6671234567', 'uralsk.ru', 'Екатеринбург', '+7 343 3'], ['АО «Сибирский Хлеб»', '5402345678', 'sibhleb.ru', 'Новосибирск', '+7 383 2'], ['ООО «ТехноЛогистик»', '7704456789', 'technologistic.ru', 'Москва', '+7 495 6'], ['ИП Гаврилов А. В.', '667101234590', 'gavrilov-opt.ru', 'Екатеринбург', '+7 343 2'], ['ООО «Медицинский центр Здоровье+»', '6658567890', 'zdorovie-plus.ru', 'Екатеринбург', '+7 343 3'], ['ПАО «Пермские моторы-сервис»', '5904678901', 'pm-service.ru', 'Пермь', '+7 342 2']]
const heOrg = (c) => row(HE_ORGS, n(c) >> 1)
const HE_ROLE = ['Главный бухгалтер', 'ИТ-специалист', 'Бухгалтер', 'Директор', 'Менеджер по закупкам', 'Кладовщик']
const ruMail = (c) => `${lat(who(c, 'ru').latinFirst)[0]}.${who(c, 'ru').latinLast}${who(c, 'ru').female ? 'a' : ''}@${heOrg(c)[2]}`
// ---------------------------------------------------------------- 12. Eventpop attendees (th, B)
// a Bangkok cloud and data conference: [บริษัท, domain, อุตสาหกรรม]
const EP_FIRMS = [['บริษัท ไทยดิจิทัลโซลูชั่น จำกัด', 'thaidigital.co.th', 'เทคโนโลยีสารสนเทศ'], ['ธนาคารสยามพาณิชย์ไทย จำกัด (มหาชน)', 'siamthaibank.com', 'การเงินและการธนาคาร'], ['บริษัท เจริญโภคภัณฑ์อาหารสด จำกัด', 'cpfresh.co.th', 'อาหารและเครื่องดื่ม'], ['บริษัท สยามโลจิสติกส์ เอ็กซ์เพรส จำกัด', 'siamlogex.com', 'โลจิสติกส์'], ['โรงพยาบาลกรุงเทพคริสเตียนแคร์', 'bkkcare-hospital.com', 'สุขภาพและการแพทย์'], ['บริษัท อีสท์ ริเทล กรุ๊ป จำกัด (มหาชน)', 'eastretail.co.th', 'ค้าปลีก']]
const epFirm = (c) => row(EP_FIRMS, n(c) >> 1)
const EP_ROLE = ['Data Engineer', 'IT Manager', 'หัวหน้าฝ่ายไอที', 'Head of Data & Analytics', 'Software Developer', 'CTO', 'นักวิเคราะห์ระบบ']
const epTicket = (c) => row([['Early Bird', 1900], ['General Admission', 2900], ['General Admission', 2900], ['Student', 500], ['VIP (Workshop + Networking Dinner)', 6500], ['Speaker / Invitation', 0]], n(c) % 6)
const epIn = (c) => n(c) % 4 !== 1
const EP_DAY = Date.UTC(2024, 10, 20, 1, 30)
const th = (c) => who(c, 'th')

export const SETS = [
  // ---------------------------------------------------------------- Kenya: marketplace seller order lines
  { name: 'kilimall-seller-orders-export-ke', product: 'Kilimall (Kilimall Seller Center: Orders > Order Management > Export, one row per ordered item, English UI, a Nairobi small-kitchen-appliance seller delivering to pick-up stations and homes, EAT, KES)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order No.', (c, o) => `KE${ymd(eat(kmAt(o)), '').slice(2)}${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Order Item ID', (c, o, r, i) => String(41000000 + (n(o) * 13 + i) % 9000000), [PL('_id')], opt],
    ['Order Date', (c, o) => dashT(eat(kmAt(o))), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => kmSt(o), []],
    ['Seller SKU', (c, o, r, i) => kmItem(o, i)[0], [PL('SKU')]],
    ['Kilimall SKU', (c, o, r, i) => String(10060000 + ((i + n(o)) % 6) * 4133), [PL('_id'), PL('SKU')], opt],
    ['Product Name', (c, o, r, i) => kmItem(o, i)[1], [PL('name')]],
    ['Variation', (c, o, r, i) => `Color:${kmItem(o, i)[2]}`, [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => kmItem(o, i)[3].toFixed(2), [], opt],
    ['Item Total', (c, o, r, i) => (kmItem(o, i)[3] * o.qty).toFixed(2), [PL('priceTotal')]],
    ['Shipping Fee', (c, o) => kmFee(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Voucher Discount', (c, o) => kmVoucher(o).toFixed(2), [OR('discountAmount')]],
    ['Order Amount', (c, o, r, i) => (kmItem(o, i)[3] * o.qty + kmFee(o) - kmVoucher(o)).toFixed(2), [OR('priceTotal')]],
    ['Currency', () => 'KES', [OR('currencyCode')]],
    ['Commission', (c, o, r, i) => (kmItem(o, i)[3] * o.qty * 0.1).toFixed(2), []],
    ['Payment Method', (c, o) => kmPay(o), [OR('payments[0].paymentType')]],
    ['Customer Name', (c) => kmTo(c).full, []],
    ['Customer Phone', (c) => kmTo(c).mobile, PHONE_ID, opt],
    ['Delivery Type', (c, o) => (kmPickup(o) ? 'Pick Up Station' : 'Home Delivery'), ['commerce.shipping.shippingMethod']],
    ['Pick Up Station', (c, o) => (kmPickup(o) ? row(KM_STATIONS, n(c)) : ''), [], opt],
    ['County', (c) => kmTo(c).county, STATE(['commerce.shipping.address'])],
    ['Town/Area', (c) => kmTo(c).town, [SHIP('city')]],
    ['Delivery Address', (c, o) => (kmPickup(o) ? '' : kmTo(c).street), [SHIP('street1')]],
    ['Tracking No.', (c, o) => (['Delivered', 'Shipped'].includes(kmSt(o)) ? `KLM${pad((n(o) * 104729) % 1000000000, 9)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Shipped Time', (c, o) => (['Delivered', 'Shipped'].includes(kmSt(o)) ? dashT(eat(kmAt(o) + day + 3600000)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Delivered Time', (c, o) => (kmSt(o) === 'Delivered' ? dashT(eat(kmAt(o) + 3 * day + 7200000)) : ''), [], opt],
    ['Cancel Reason', (c, o) => (kmSt(o) === 'Cancelled' ? row(['Customer changed mind', 'Out of stock', 'Payment timeout'], n(o) % 3) : ''), []],
    ['Seller Remark', (c, o) => row(['', '', 'Call before delivery', '', 'Fragile - glass top'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Indonesia: cashier app sales lines
  { name: 'kasir-pintar-laporan-penjualan-id', product: 'Kasir Pintar (Dashboard Kasir Pintar: Laporan > Penjualan > Detail Transaksi > Export Excel, one row per item of a receipt, Indonesian UI, a Bandung coffee shop with two outlets, WIB, IDR)', family: 'pos', language: 'id', schema: E, cols: [
    ['No', (c, o, r, i) => String(1 + (n(o) + i) % 500), []],
    ['Tanggal', (c, o) => { const p = wib(kpAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['No. Transaksi', (c, o) => `TRX${ymd(wib(kpAt(o)), '').slice(2)}${pad(n(o) % 10000, 4)}`, [OR('purchaseID')]],
    ['Outlet', (c, o) => (n(o) % 2 ? 'Kopi Teras - Dago' : 'Kopi Teras - Buah Batu'), STORE, opt],
    ['Kasir', (c, o) => row(['Rina', 'Dimas', 'Owner'], n(o) % 3), []],
    ['Pelanggan', (c, o) => (kpMember(o) ? who(c, 'id').full : 'Umum'), []],
    ['No. HP Pelanggan', (c, o) => (kpMember(o) ? who(c, 'id').mobile : ''), PHONE_ID, opt],
    ['Kode Produk', (c, o, r, i) => kpItem(o, i)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => kpItem(o, i)[1], [PL('name')]],
    ['Kategori', (c, o, r, i) => kpItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Varian', (c, o, r, i) => kpItem(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Satuan', (c, o, r, i) => (kpItem(o, i)[2] === 'Makanan' ? 'Porsi' : 'Pcs'), [PL('unitOfMeasureCode')], opt],
    ['Harga Satuan', (c, o, r, i) => String(kpItem(o, i)[4]), [], opt],
    ['Subtotal', (c, o, r, i) => String(kpSub(o, i)), [PL('priceTotal')]],
    ['Diskon', (c, o, r, i) => String(kpDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['Pajak (PB1 10%)', (c, o, r, i) => String(kpTax(o, i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => String(kpTot(o, i)), [OR('priceTotal')]],
    ['Metode Pembayaran', (c, o) => kpPay(o), [OR('payments[0].paymentType')]],
    ['Dibayar', (c, o, r, i) => String(kpPaid(o, i)), [OR('payments[0].paymentAmount')], opt],
    ['Kembalian', (c, o, r, i) => String(kpPaid(o, i) - kpTot(o, i)), []],
    ['Tipe Order', (c, o) => row(['Dine In', 'Take Away', 'Dine In', 'GoFood', 'GrabFood'], n(o) % 5), [OR('orderType')], opt],
    ['Status', (c, o) => row(['Lunas', 'Lunas', 'Lunas', 'Refund', 'Lunas', 'Batal'], n(o) % 6), []],
    ['Catatan', (c, o) => row(['', '', 'less sugar', '', 'es dipisah', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Ghana: payment platform transactions
  { name: 'hubtel-merchant-transactions-gh', product: 'Hubtel (Hubtel merchant dashboard: Sales > Transactions > Export CSV, one row per collection, English UI, an Accra online pharmacy collecting by mobile money and card, GMT, GHS)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Id', (c, o) => v.hex(seeded(c, `hb${o.id}`), 32), [OR('payments[0].transactionID'), '_id']],
    ['Client Reference', (c, o) => `A${20000 + n(o)}`, [OR('purchaseID')], opt],
    ['Date', (c, o) => dashT(shift(hbAt(o), 0)), ['timestamp', OR('createdDate')]],
    ['Transaction Type', (c, o) => (['visa', 'mastercard'].includes(hbChan(o)) ? 'Online Checkout' : n(o) % 3 ? 'Online Checkout' : 'Receive Money'), [], opt],
    ['Channel', (c, o) => hbChan(o), [OR('payments[0].paymentType')]],
    ['Payment Method', (c, o) => HB_CHAN[hbChan(o)], [OR('payments[0].paymentType')]],
    ['Customer Name', (c) => who(c, 'gh').full, []],
    ['Customer Mobile Number', (c, o) => (['visa', 'mastercard'].includes(hbChan(o)) && n(o) % 2 ? '' : who(c, 'gh').mobile), PHONE_ID, opt],
    ['Customer Email', (c) => (n(c) % 3 === 0 ? '' : who(c, 'gh').email), EMAIL_ID],
    ['Description', (c, o) => hbItem(o)[0].replace('{n}', String(20000 + n(o))), [], opt],
    ['Amount', (c, o) => hbItem(o)[1].toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Charges', (c, o) => hbFee(o).toFixed(2), []],
    ['Amount After Charges', (c, o) => (hbItem(o)[1] - hbFee(o)).toFixed(2), [], opt],
    ['Currency', () => 'GHS', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => hbSt(o), []],
    ['External Transaction Id', (c, o) => (['visa', 'mastercard'].includes(hbChan(o)) ? String(400000000000 + (n(o) * 7919) % 99999999999) : String(50000000000 + (n(o) * 104729) % 9999999999)), [OR('payments[0].transactionID')], opt],
    ['Card Number', (c, o) => (hbChan(o) === 'visa' ? `4${v.int(v.rng(n(o)), 10000, 99999)}******${pad(n(o) % 10000, 4)}` : hbChan(o) === 'mastercard' ? `5${v.int(v.rng(n(o)), 10000, 99999)}******${pad(n(o) % 10000, 4)}` : ''), []],
    ['Sales Channel', (c, o) => (n(o) % 4 === 0 ? 'Hubtel POS - East Legon' : 'Online Store'), [], opt],
    ['Settled', (c, o) => (hbSt(o) === 'Success' && n(o) % 5 ? 'Yes' : 'No'), []],
    ['Note', (c, o) => (hbSt(o) === 'Failed' ? row(['Insufficient funds', 'Transaction declined by customer', 'Timeout'], n(o) % 3) : ''), []],
  ] },
  // ---------------------------------------------------------------- Turkey: ticketing organiser sales report
  { name: 'biletix-organizator-satis-raporu-tr', product: 'Biletix (Biletix organizatör paneli: Raporlar > Satış Detay Raporu > Excel\'e Aktar, one row per ticket transaction line, Turkish UI, an Istanbul concert promoter, TRT, TRY)', family: 'ticketing', language: 'tr', schema: E, cols: [
    ['Etkinlik Kodu', (c, o) => bxEv(o)[0], [PL('SKU')], opt],
    ['Etkinlik Adı', (c, o) => bxEv(o)[1], [PL('name')]],
    ['Mekan', (c, o) => bxEv(o)[2], [], opt],
    ['Şehir', (c, o) => bxEv(o)[3], [], opt],
    ['Performans Tarihi', (c, o) => { const p = eat(bxShow(o)); return `${dmy(p)} ${hm(p)}` }, [], opt],
    ['İşlem No', (c, o) => String(900000000 + (n(o) * 7919) % 99999999), [OR('purchaseID')]],
    ['İşlem Tarihi', (c, o) => { const p = eat(bxAt(o)); return `${dmy(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Satış Kanalı', (c, o) => bxCh(o), [], opt],
    ['Kategori', (c, o) => bxEv(o)[4], [PL('productCategories[0].categoryName'), PL('selectedOptions[0].value')], opt],
    ['Blok', (c, o) => (bxEv(o)[4].startsWith('Kategori') ? row(['A', 'B', 'C', 'D'], n(o) % 4) : ''), []],
    ['Sıra', (c, o) => (bxEv(o)[4].startsWith('Kategori') ? String(1 + n(o) % 24) : ''), []],
    ['Koltuk', (c, o) => (bxEv(o)[4].startsWith('Kategori') ? String(1 + (n(o) * 7) % 30) : ''), []],
    ['Bilet Tipi', (c, o) => bxType(o), [PL('selectedOptions[0].value')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => tl(bxPrice(o)), [], opt],
    ['Hizmet Bedeli', (c, o) => tl(bxFee(o) * o.qty), []],
    ['Toplam Tutar', (c, o) => tl((bxPrice(o) + bxFee(o)) * o.qty), [OR('priceTotal'), PL('priceTotal')]],
    ['Ödeme Tipi', (c, o) => (bxType(o) === 'Davetiye' ? 'Ücretsiz' : bxCh(o) === 'Gişe' ? row(['Nakit', 'Kredi Kartı'], n(o) % 2) : 'Kredi Kartı'), [OR('payments[0].paymentType')]],
    ['Kart Programı', (c, o) => (bxType(o) === 'Davetiye' ? '' : row(['Bonus', 'World', 'Maximum', 'Axess', 'Paraf', 'CardFinans'], n(o) % 6)), [], opt],
    ['Taksit', (c, o) => (bxType(o) === 'Davetiye' ? '' : String(row([1, 1, 3, 1, 6, 2], n(o) % 6))), []],
    ['Teslimat Şekli', (c, o) => row(['E-Bilet', 'Mobil Bilet', 'E-Bilet', 'Gişeden Teslim'], n(o) % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Müşteri Adı Soyadı', (c) => who(c, 'tr').full, []],
    ['E-posta', (c, o) => (bxCh(o) === 'Gişe' ? '' : who(c, 'tr').email), EMAIL_ID],
    ['Cep Telefonu', (c) => who(c, 'tr').mobile, PHONE_ID, opt],
    ['İl', (c) => who(c, 'tr').il, [BILL('city'), ...STATE(['commerce.billing.address'])], opt],
    ['İlçe', (c) => who(c, 'tr').ilce, [], opt],
    ['Ticari İleti İzni', (c) => (n(c) % 3 ? 'Evet' : 'Hayır'), []],
    ['Durum', (c, o) => row(['Satış', 'Satış', 'Satış', 'İade', 'Satış', 'Satış', 'İptal'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Chile: clinic booking appointments
  { name: 'reservo-agenda-exportar-citas-cl', product: 'Reservo (Reservo.cl: Agenda > Reportes > Citas > Exportar a Excel, one row per appointment, Chilean Spanish UI, a Providencia physiotherapy and dental clinic booked online and by phone, Chile time, CLP)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID Cita', (c, o) => String(38000000 + (n(o) * 211) % 1000000), ['_id', OR('purchaseID')], opt],
    ['Fecha creación', (c, o) => { const p = chl(o.at); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Fecha cita', (c, o) => dmy(rsStart(o), '-'), [], opt],
    ['Hora inicio', (c, o) => hm(rsStart(o)), []],
    ['Hora término', (c, o) => hm(rsEnd(o)), []],
    ['Estado', (c, o) => rsSt(o), []],
    ['Sucursal', (c, o) => (n(o) % 3 ? 'Providencia - Av. Nueva Providencia 2155' : 'Las Condes - Apoquindo 4700'), STORE, opt],
    ['Profesional', (c, o) => rsSv(o)[1], []],
    ['Servicio', (c, o) => rsSv(o)[0], [PL('name')]],
    ['RUT paciente', (c) => who(c, 'cl').rut, CUST_ID, opt],
    ['Nombre', (c) => who(c, 'cl').first, []],
    ['Apellido paterno', (c) => who(c, 'cl').last, []],
    ['Apellido materno', (c) => who(c, 'cl').last2, []],
    ['Email', (c) => who(c, 'cl').email, EMAIL_ID],
    ['Teléfono', (c) => who(c, 'cl').mobile, PHONE_ID, opt],
    ['Previsión', (c) => row(['Fonasa', 'Isapre Colmena', 'Isapre Banmédica', 'Fonasa', 'Particular', 'Isapre Cruz Blanca'], n(c) % 6), []],
    ['Origen', (c, o) => row(['Agenda online', 'Agenda online', 'Recepción', 'Teléfono', 'Agenda online'], n(o) % 5), [], opt],
    ['Valor', (c, o) => clp(rsSv(o)[2]), [OR('priceTotal'), PL('priceTotal')]],
    ['Pagado', (c, o) => clp(rsPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Medio de pago', (c, o) => (rsPaid(o) ? row(['Débito', 'Crédito', 'Transferencia', 'Efectivo', 'Webpay'], n(o) % 5) : ''), [OR('payments[0].paymentType')]],
    ['N° boleta', (c, o) => (rsSt(o) === 'Asiste' ? String(150000 + (n(o) * 7) % 50000) : ''), [], opt],
    ['Confirmado por', (c, o) => (rsSt(o) === 'No confirmado' ? '' : row(['WhatsApp', 'Email', 'SMS', 'Recepción'], n(o) % 4)), []],
    ['Comentario', (c, o) => row(['', '', 'Trae orden médica', '', 'Primera vez', 'Reagendada'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Saudi Arabia: store builder order lines
  { name: 'matjrah-tasdir-al-talabat-ar', product: 'Matjrah / متجرة (لوحة تحكم المتجر: الطلبات > تصدير الطلبات Excel, one row per ordered product, Arabic UI, a Riyadh perfume and oud shop shipping across the Kingdom, AST, SAR VAT-inclusive)', family: 'ecommerce-orders', language: 'ar', schema: E, cols: [
    ['رقم الطلب', (c, o) => String(100000 + n(o)), [OR('purchaseID')]],
    ['تاريخ الطلب', (c, o) => dashM(eat(mjAt(o))), ['timestamp', OR('createdDate')]],
    ['حالة الطلب', (c, o) => mjSt(o), []],
    ['اسم العميل', (c) => who(c, 'sa').full, []],
    ['رقم الجوال', (c) => who(c, 'sa').mobile, PHONE_ID, opt],
    ['البريد الإلكتروني', (c) => (n(c) % 4 === 3 ? '' : who(c, 'sa').email), EMAIL_ID],
    ['الدولة', () => 'السعودية', [SHIP('country')]],
    ['المدينة', (c) => who(c, 'sa').city, [SHIP('city')]],
    ['الحي', (c) => who(c, 'sa').dist, [SHIP('street2')], opt],
    ['العنوان', (c) => who(c, 'sa').street, [SHIP('street1')]],
    ['الرمز البريدي', (c) => who(c, 'sa').zip, [SHIP('postalCode')]],
    ['رمز المنتج (SKU)', (c, o, r, i) => mjItem(o, i)[0], [PL('SKU')]],
    ['اسم المنتج', (c, o, r, i) => mjItem(o, i)[1], [PL('name')]],
    ['الخيارات', (c, o, r, i) => mjItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['الكمية', (c, o) => String(o.qty), [PL('quantity')]],
    ['سعر الوحدة', (c, o, r, i) => sar(mjItem(o, i)[3]), [], opt],
    ['المجموع الفرعي', (c, o, r, i) => sar(mjSub(o, i)), [PL('priceTotal')]],
    ['كود الخصم', (c, o) => (o.discount ? 'OUD15' : ''), ['commerce.promotionID'], opt],
    ['قيمة الخصم', (c, o, r, i) => sar(mjDisc(o, i)), [OR('discountAmount')]],
    ['تكلفة الشحن', (c, o, r, i) => sar(mjShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['ضريبة القيمة المضافة', (c, o, r, i) => sar(mjVat(o, i)), [OR('taxAmount')]],
    ['الإجمالي', (c, o, r, i) => sar(mjSub(o, i) - mjDisc(o, i) + mjShip(o, i)), [OR('priceTotal')]],
    ['العملة', () => 'SAR', [OR('currencyCode')]],
    ['طريقة الدفع', (c, o) => mjPay(o), [OR('payments[0].paymentType')]],
    ['حالة الدفع', (c, o) => (mjPay(o) === 'الدفع عند الاستلام' && mjSt(o) !== 'تم التوصيل' ? 'غير مدفوع' : mjSt(o) === 'ملغي' ? 'مسترجع' : 'مدفوع'), []],
    ['شركة الشحن', (c, o) => mjCarrier(o), ['commerce.shipping.shippingMethod'], opt],
    ['رقم التتبع', (c, o) => (mjShipped(o) ? String(290000000000 + (n(o) * 104729) % 9999999999) : ''), ['commerce.shipping.trackingNumber']],
    ['ملاحظات العميل', (c, o) => row(['', '', 'تغليف هدية لو سمحتم', '', 'الاتصال قبل التوصيل'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Israel: e-mail and SMS marketing contacts
  { name: 'rav-messer-anshei-kesher-he', product: 'Rav Messer / רב מסר (אנשי קשר > כל אנשי הקשר > ייצוא לאקסל, one row per contact, Hebrew UI, a Tel Aviv home-textiles shop\'s newsletter and SMS lists)', family: 'email', language: 'he', schema: P, cols: [
    ['שם פרטי', (c) => who(c, 'he').first, ['person.name.firstName']],
    ['שם משפחה', (c) => who(c, 'he').last, ['person.name.lastName']],
    ['דוא"ל', (c) => who(c, 'he').email, ['personalEmail.address']],
    ['טלפון נייד', (c) => (n(c) % 5 === 2 ? '' : who(c, 'he').mobile), ['mobilePhone.number']],
    ['עיר', (c) => (n(c) % 3 === 1 ? '' : who(c, 'he').city), at(HOME, 'city')],
    ['כתובת', (c) => (n(c) % 3 === 1 ? '' : who(c, 'he').street), at(HOME, 'street1')],
    ['מיקוד', (c) => (n(c) % 3 === 1 ? '' : who(c, 'he').zip), at(HOME, 'postalCode')],
    ['תאריך לידה', (c) => (n(c) % 4 === 0 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['מין', (c) => (n(c) % 4 === 0 ? '' : who(c, 'he').female ? 'נקבה' : 'זכר'), ['person.gender']],
    ['מספר לקוח', (c) => (n(c) % 3 === 2 ? '' : String(10000 + (n(c) * 7) % 90000)), ['personID', '_id'], opt],
    ['תאריך הצטרפות', (c) => { const p = isr(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['מקור הצטרפות', (c) => row(['טופס הרשמה באתר', 'ייבוא מקובץ', 'קופה בחנות', 'טופס פייסבוק', 'טופס הרשמה באתר'], n(c) % 5), [], opt],
    ['סטטוס', (c) => rmSt(c), ['personalEmail.status'], opt],
    ['מאשר דיוור', (c) => (rmSt(c) === 'הוסר' ? 'לא' : 'כן'), []],
    ['מאשר SMS', (c) => (n(c) % 5 === 2 || n(c) % 4 === 3 ? 'לא' : 'כן'), []],
    ['רשימות', (c) => rmLists(c), []],
    ['פתיחה אחרונה', (c) => (n(c) % 3 === 0 ? '' : dmy(isr(later(c)), '/')), [], opt],
    ['הקלקה אחרונה', (c) => (n(c) % 2 ? '' : dmy(isr(later(c) + day), '/')), [], opt],
    ['עודכן לאחרונה', (c) => dmy(isr(later(c) + 5 * day), '/'), [], opt],
    ['הערות', (c) => row(['', '', 'לקוחה קבועה', '', 'ביקש רק SMS'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- India: retail CRM customers
  { name: 'xeno-customer-list-export-in', product: 'Xeno (Xeno dashboard: Customers > Customer List > Download CSV, one row per customer with loyalty and RFM attributes, Indian English UI, a Bengaluru-based ethnic-wear retail chain with 6 stores and a web shop, IST, INR)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => `XC${pad((n(c) * 7919) % 10000000, 7)}`, ['personID', '_id'], opt],
    ['Customer Name', (c) => who(c, 'in').full, ['person.name.fullName']],
    ['Mobile', (c) => who(c, 'in').mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 === 2 ? '' : who(c, 'in').email), ['personalEmail.address']],
    ['Gender', (c) => (n(c) % 7 === 6 ? '' : who(c, 'in').female ? 'F' : 'M'), ['person.gender']],
    ['Date of Birth', (c) => (n(c) % 3 === 0 ? '' : dmy(bd(c.birth), '-')), ['person.birthDate']],
    ['Anniversary', (c) => (n(c) % 4 === 1 ? dmy(bd(c.birth + (9000 + n(c) % 3000) * day), '-') : ''), []],
    ['City', (c) => who(c, 'in').city, at(HOME, 'city')],
    ['State', (c) => who(c, 'in').state, STATE(HOME)],
    ['Pincode', (c) => who(c, 'in').zip, at(HOME, 'postalCode')],
    ['Home Store', (c) => row(XN_STORES, n(c)), []],
    ['First Purchase Date', (c) => dmy(ist(c.created), '-'), ['loyalty.joinDate'], opt],
    ['Last Purchase Date', (c) => dmy(ist(later(c)), '-'), [], opt],
    ['Total Visits', (c) => String(xnVisits(c)), []],
    ['Total Spend', (c) => inr(xnSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Avg Bill Value', (c) => inr(Math.round(xnSpend(c) / xnVisits(c))), []],
    ['Loyalty Tier', (c) => xnTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String((n(c) * 37) % 3800), ['loyalty.points']],
    ['Points Redeemed', (c) => String((n(c) * 53) % 2400), ['loyalty.pointsRedeemed']],
    ['RFM Segment', (c) => row(['Champions', 'Loyal', 'At Risk', 'New', 'Hibernating', 'Potential Loyalist'], n(c) % 6), []],
    ['SMS Opt-out', (c) => (n(c) % 9 === 4 ? 'TRUE' : 'FALSE'), []],
    ['WhatsApp Opt-in', (c) => (n(c) % 3 ? 'TRUE' : 'FALSE'), []],
    ['Created On', (c) => { const p = ist(c.created); return `${dmy(p, '-')} ${hms(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Vietnam: loyalty app merchant members
  { name: 'taptap-thanh-vien-xuat-excel-vi', product: 'Taptap (Taptap Business / merchant portal: Thành viên > Danh sách thành viên > Xuất Excel, one row per member, Vietnamese UI, a Ho Chi Minh City bubble-tea chain\'s point programme)', family: 'loyalty', language: 'vi', schema: P, cols: [
    ['STT', (c) => String(1 + n(c) % 900), []],
    ['Mã thành viên', (c) => `TT${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.loyaltyID[0]', 'personID', '_id'], opt],
    ['Họ và tên', (c) => who(c, 'vi').full, ['person.name.fullName']],
    ['Số điện thoại', (c) => who(c, 'vi').mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 === 1 ? '' : who(c, 'vi').email), ['personalEmail.address']],
    ['Giới tính', (c) => (n(c) % 6 === 5 ? 'Khác' : who(c, 'vi').female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c) => (n(c) % 4 === 2 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Ngày tham gia', (c) => { const p = wib(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Cửa hàng đăng ký', (c) => row(['Chi nhánh Quận 1 - Lê Lợi', 'Chi nhánh Quận 3 - Võ Văn Tần', 'Chi nhánh Bình Thạnh', 'Chi nhánh Thủ Đức - Vincom'], n(c) % 4), [], opt],
    ['Hạng thành viên', (c) => row(TT_TIER, n(c) % 5), ['loyalty.tier']],
    ['Điểm hiện tại', (c) => String(ttPts(c)), ['loyalty.points']],
    ['Tổng điểm tích lũy', (c) => String(ttPts(c) + ttUsed(c)), ['loyalty.lifetimePoints']],
    ['Điểm đã dùng', (c) => String(ttUsed(c)), ['loyalty.pointsRedeemed']],
    ['Số lần giao dịch', (c) => String(1 + (n(c) * 7) % 60), []],
    ['Tổng chi tiêu (VNĐ)', (c) => group(((n(c) * 59) % 900 + 20) * 5000, '.'), ['loyalty.lifetimePurchases'], opt],
    ['Giao dịch gần nhất', (c) => dmy(wib(later(c)), '/'), [], opt],
    ['Voucher đã đổi', (c) => String((n(c) * 3) % 7), []],
    ['Nguồn', (c) => row(['Ứng dụng Taptap', 'Quét QR tại quầy', 'Zalo Mini App', 'Ứng dụng Taptap'], n(c) % 4), [], opt],
    ['Trạng thái', (c) => (n(c) % 11 === 3 ? 'Đã khóa' : 'Hoạt động'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- China: B2B marketplace buyer inquiries
  { name: 'made-in-china-xunpan-daochu-zh', product: 'Made-in-China.com / 中国制造网 (供应商后台 Made-in-China 会员: 询盘管理 > 收件箱 > 导出询盘, one row per buyer inquiry, Simplified Chinese UI, a Ningbo LED-lighting manufacturer answering foreign importers)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
    ['询盘编号', (c) => `IQ${pad((n(c) * 7919) % 1000000000, 9)}`, [], opt],
    ['询盘时间', (c) => dashT(cst(later(c))), [], opt],
    ['询盘主题', (c) => `Inquiry about ${row(MC_PRODUCTS, n(c))}`, []],
    ['询价产品', (c) => row(MC_PRODUCTS, n(c)), []],
    ['采购数量', (c) => `${row([500, 1000, 200, 3000, 100], n(c) % 5)} Pieces`, []],
    ['买家姓名', (c) => `${mcLatin(c).first} ${mcLatin(c).last}`, ['person.name.fullName']],
    ['名', (c) => mcLatin(c).first, ['person.name.firstName']],
    ['姓', (c) => mcLatin(c).last, ['person.name.lastName']],
    ['公司名称', (c) => mcBuyer(c)[0], CO],
    ['职位', (c) => row(MC_ROLE, n(c)), ['extendedWorkDetails.jobTitle']],
    ['邮箱', (c) => `${lat(mcLatin(c).first)}${n(c) % 2 ? '.' : ''}${lat(mcLatin(c).last).slice(0, 8)}@${mcBuyer(c)[4]}`, WE],
    ['电话', (c) => `${mcBuyer(c)[5]}${v.int(v.rng(n(c)), 1000000, 9999999)}`, ['workPhone.number']],
    ['手机', (c) => (n(c) % 3 === 0 ? '' : mcBuyer(c)[2] === 'AE' ? `+971 5${v.int(v.rng(n(c) + 1), 0, 9)} ${v.int(v.rng(n(c) + 2), 1000000, 9999999)}` : mcBuyer(c)[2] === 'IN' ? `+91 ${who(c, 'in').mobile}` : `+${{ GB: '44 7700', PE: '51 987', DE: '49 171', BR: '55 41 9' }[mcBuyer(c)[2]]} ${v.int(v.rng(n(c) + 3), 100000, 999999)}`), ['mobilePhone.number'], opt],
    ['国家/地区', (c) => mcBuyer(c)[1], [W('country')]],
    ['城市', (c) => mcBuyer(c)[3], [W('city')]],
    ['公司网址', (c) => `www.${mcBuyer(c)[4]}`, ['b2b.companyWebsite']],
    ['买家类型', (c) => row(['进口商', '批发商', '工程商', '零售商', '贸易公司'], n(c) % 5), [], opt],
    ['询盘来源', (c) => row(['产品页面', '供应商主页', '采购需求(RFQ)', '移动端App', '产品页面'], n(c) % 5), ['b2b.personSource'], opt],
    ['跟进状态', (c) => row(['未回复', '已回复', '已回复', '已报价', '已成交', '无效询盘'], n(c) % 6), ['b2b.personStatus'], opt],
    ['负责业务员', (c) => row(['Amy Chen', 'Kevin Zhou', 'Linda Wang'], n(c) % 3), []],
    ['星级', (c) => String(1 + n(c) % 5), [], opt],
    ['备注', (c) => row(['', '要求CE/RoHS证书', '', '样品已寄出', '价格敏感'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Russia: help-desk users
  { name: 'helpdeskeddy-polzovateli-eksport-ru', product: 'HelpDeskEddy (Пользователи > Клиенты > Экспорт в Excel, one row per client user with their organisation, Russian UI, a Yekaterinburg 1C-integration company\'s support desk)', family: 'support', language: 'ru', schema: B, cols: [
    ['ID', (c) => String(2000 + (n(c) * 7) % 40000), B2BID, opt],
    ['ФИО', (c) => who(c, 'ru').full, ['person.name.fullName']],
    ['Email', (c) => ruMail(c), WE],
    ['Телефон', (c) => `${heOrg(c)[4]}${v.int(v.rng(n(c)), 10, 99)}-${pad(n(c) % 100)}-${pad((n(c) >> 2) % 100)}`, ['workPhone.number']],
    ['Мобильный телефон', (c) => (n(c) % 3 === 0 ? '' : who(c, 'ru').mobile), ['mobilePhone.number'], opt],
    ['Организация', (c) => heOrg(c)[0], CO],
    ['ИНН организации', (c) => heOrg(c)[1], ACCT, opt],
    ['Должность', (c) => row(HE_ROLE, n(c)), ['extendedWorkDetails.jobTitle']],
    ['Город', (c) => heOrg(c)[3], [W('city')]],
    ['Группа', (c) => row(['Клиенты на абонементе', 'Разовые клиенты', 'Клиенты на абонементе', 'VIP'], n(c) % 4), [], opt],
    ['Статус', (c) => (n(c) % 9 === 5 ? 'Заблокирован' : 'Активен'), ['b2b.isBlocked'], opt],
    ['Язык', () => 'Русский', []],
    ['Часовой пояс', (c) => (heOrg(c)[3] === 'Москва' ? 'Europe/Moscow' : heOrg(c)[3] === 'Новосибирск' ? 'Asia/Novosibirsk' : heOrg(c)[3] === 'Пермь' ? 'Asia/Yekaterinburg' : 'Asia/Yekaterinburg'), [], opt],
    ['Дата регистрации', (c) => { const p = shift(c.created, 5); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Последний визит', (c) => { const p = shift(later(c), 5); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Количество заявок', (c) => String((n(c) * 7) % 85), []],
    ['Ответственный', (c) => row(['Иванов Сергей', 'Техподдержка 1 линия', 'Петрова Алина'], n(c) % 3), []],
    ['Примечание', (c) => row(['', 'Работает в 1С:Бухгалтерия 3.0', '', 'Доступ по AnyDesk', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Thailand: conference attendees
  { name: 'eventpop-attendee-list-th', product: 'Eventpop (Eventpop Organizer: อีเวนต์ > ผู้เข้าร่วม > ดาวน์โหลด Excel, one row per ticket holder with the registration-form answers, Thai UI, a Bangkok cloud and data conference, ICT, THB)', family: 'events', language: 'th', schema: B, cols: [
    ['หมายเลขคำสั่งซื้อ', (c) => `EP${pad((n(c) * 104729) % 100000000, 8)}`, [], opt],
    ['หมายเลขบัตร', (c) => `T${v.hex(seeded(c, 'ep'), 10).toUpperCase()}`, B2BID, opt],
    ['ประเภทบัตร', (c) => epTicket(c)[0], []],
    ['ราคาบัตร (บาท)', (c) => epTicket(c)[1].toFixed(2), []],
    ['วันที่ซื้อ', (c) => { const p = wib(EP_DAY - ((n(c) % 50) + 2) * day + (n(c) % 36000) * 1000); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => th(c).nick, []],
    ['อีเมล', (c) => `${th(c).latinFirst.toLowerCase()}.${th(c).latinLast.toLowerCase().slice(0, 3)}@${epFirm(c)[1]}`, WE],
    ['เบอร์โทรศัพท์', (c) => th(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['บริษัท / องค์กร', (c) => epFirm(c)[0], CO],
    ['ตำแหน่ง', (c) => row(EP_ROLE, n(c)), ['extendedWorkDetails.jobTitle']],
    ['แผนก', (c) => row(['ฝ่ายเทคโนโลยีสารสนเทศ', 'Data Platform', 'ฝ่ายพัฒนาระบบ', 'Digital Transformation', ''], n(c) % 5), ['extendedWorkDetails.departments[0]']],
    ['อุตสาหกรรม', (c) => epFirm(c)[2], []],
    ['ขนาดองค์กร', (c) => row(['1-50 คน', '51-200 คน', '201-1,000 คน', 'มากกว่า 1,000 คน'], n(c) % 4), [], opt],
    ['ทราบข่าวจากช่องทางใด', (c) => row(['Facebook', 'LinkedIn', 'เพื่อนแนะนำ', 'อีเมลจากผู้จัดงาน', 'Eventpop'], n(c) % 5), ['b2b.personSource'], opt],
    ['ยินยอมรับข่าวสารจากผู้สนับสนุน', (c) => (n(c) % 3 ? 'ใช่' : 'ไม่ใช่'), []],
    ['เช็คอิน', (c) => (epIn(c) ? 'เช็คอินแล้ว' : 'ยังไม่เช็คอิน'), []],
    ['เวลาเช็คอิน', (c) => (epIn(c) ? hm(wib(EP_DAY + (n(c) % 120) * 60000)) : ''), [], opt],
    ['ต้องการใบกำกับภาษี', (c) => (epTicket(c)[1] && n(c) % 2 ? 'ต้องการ' : 'ไม่ต้องการ'), []],
    ['เลขประจำตัวผู้เสียภาษี', (c) => (epTicket(c)[1] && n(c) % 2 ? `0105${pad((n(c) * 7919) % 1000000000, 9)}` : ''), ACCT, opt],
  ] },
]
