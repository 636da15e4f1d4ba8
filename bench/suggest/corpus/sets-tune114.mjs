// Round 114, tune114: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Asian-language CRMs, loyalty programs, POS and shops (Japanese, Korean, Chinese,
// Indonesian, Thai, Vietnamese, Malay): order exports, POS sales, member and customer lists, a chat-support history, a
// B2B lead list, sales invoices and payment-gateway transactions; headers in the product's UI language.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12 } from './values12.mjs'
import { loc11 } from './values11.mjs'

const day = 86400000
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
// local times: JST/KST +9, China/Taiwan/Malaysia +8, Indonesia (WIB)/Thailand/Vietnam +7
const jst = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
const ict = (ms) => shift(ms, 7)
const bd = (ms) => v.parts(ms)
// amounts
const thou = (n, sep = ',') => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const dec2 = (n) => (Math.round(n * 100) / 100).toFixed(2)
const thb = (n) => thou(dec2(n).split('.')[0]) + '.' + dec2(n).split('.')[1]

const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']

// ---------------------------------------------------------------- local people, seeded by the row's person
const LOC = {
  zh: {
    first: [['伟', '芳'], ['强', '娜'], ['磊', '敏'], ['军', '静'], ['洋', '丽'], ['杰', '婷'], ['浩然', '欣怡']],
    last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu']],
    places: [['广东省', '深圳市', '南山区', '科技园路'], ['上海市', '上海市', '浦东新区', '张杨路'], ['北京市', '北京市', '朝阳区', '建国路'], ['浙江省', '杭州市', '西湖区', '文三路'], ['四川省', '成都市', '武侯区', '人民南路'], ['江苏省', '南京市', '鼓楼区', '中山北路']],
    mail: ['qq.com', '163.com', '126.com', 'qq.com'],
  },
  tw: {
    first: [['家豪', '怡君'], ['志明', '淑芬'], ['俊傑', '雅婷'], ['建宏', '佩珊'], ['冠宇', '欣怡'], ['承翰', '詩涵']],
    last: [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai']],
    // [縣市, 區, 郵遞區號, 街道, 區碼]
    places: [['臺北市', '信義區', '110', '忠孝東路五段', '02'], ['臺北市', '大安區', '106', '敦化南路二段', '02'], ['新北市', '板橋區', '220', '文化路一段', '02'], ['臺中市', '西屯區', '407', '臺灣大道三段', '04'], ['高雄市', '前鎮區', '806', '中山二路', '07'], ['桃園市', '桃園區', '330', '中正路', '03']],
  },
  th: {
    first: [['สมชาย', 'Somchai', 'ต้น'], ['ธนากร', 'Thanakorn', 'บอส'], ['ณัฐพล', 'Nattapon', 'เจมส์'], ['วีรยุทธ', 'Weerayut', 'เอก']],
    firstF: [['สุภาพร', 'Supaporn', 'แพร'], ['ศิริพร', 'Siriporn', 'มิ้นท์'], ['กมลชนก', 'Kamonchanok', 'ฝน'], ['พิมพ์ชนก', 'Pimchanok', 'ปิ่น']],
    last: [['ใจดี', 'jaidee'], ['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แสงทอง', 'saengthong'], ['บุญมา', 'boonma'], ['รัตนพันธ์', 'rattanapan']],
    // [จังหวัด, อำเภอ/เขต, ตำบล/แขวง, รหัสไปรษณีย์]
    places: [['กรุงเทพมหานคร', 'เขตจตุจักร', 'แขวงลาดยาว', '10900'], ['กรุงเทพมหานคร', 'เขตบางกะปิ', 'แขวงหัวหมาก', '10240'], ['นนทบุรี', 'อำเภอเมืองนนทบุรี', 'ตำบลบางกระสอ', '11000'], ['เชียงใหม่', 'อำเภอเมืองเชียงใหม่', 'ตำบลสุเทพ', '50200'], ['ขอนแก่น', 'อำเภอเมืองขอนแก่น', 'ตำบลในเมือง', '40000'], ['ชลบุรี', 'อำเภอบางละมุง', 'ตำบลหนองปรือ', '20150']],
    street: ['ถนนพหลโยธิน', 'ซอยลาดพร้าว 71', 'ถนนรามคำแหง', 'หมู่ 4', 'ถนนนิมมานเหมินท์', 'ซอยสุขุมวิท 101'],
  },
  vi: {
    first: [['Minh', 'Linh'], ['Hùng', 'Lan'], ['Tuấn', 'Hương'], ['Dũng', 'Trang'], ['Nam', 'Thảo'], ['Quang', 'Ngọc']],
    middle: [['Văn', 'Thị'], ['Đức', 'Thu'], ['Quốc', 'Ngọc'], ['Minh', 'Thanh']],
    last: [['Nguyễn', 'nguyen'], ['Trần', 'tran'], ['Lê', 'le'], ['Phạm', 'pham'], ['Hoàng', 'hoang'], ['Vũ', 'vu'], ['Đặng', 'dang'], ['Bùi', 'bui']],
    // [Tỉnh/Thành phố, Quận/Huyện, Phường/Xã]
    places: [['Hà Nội', 'Quận Cầu Giấy', 'Phường Dịch Vọng'], ['Hà Nội', 'Quận Đống Đa', 'Phường Láng Hạ'], ['TP Hồ Chí Minh', 'Quận 1', 'Phường Bến Nghé'], ['TP Hồ Chí Minh', 'Quận Bình Thạnh', 'Phường 25'], ['Đà Nẵng', 'Quận Hải Châu', 'Phường Thạch Thang'], ['Hải Phòng', 'Quận Lê Chân', 'Phường An Biên']],
    street: ['Trần Duy Hưng', 'Nguyễn Trãi', 'Lê Lợi', 'Điện Biên Phủ', 'Hai Bà Trưng', 'Cầu Giấy'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'],
  },
  ms: {
    // [male, female] first names and surnames (or fathers' names) of one community
    groups: [[[['Muhammad Faiz', 'Nur Aisyah'], ['Ahmad Hakimi', 'Siti Nurhaliza'], ['Mohd Azlan', 'Nurul Izzah'], ['Amirul', 'Farah']], ['Abdullah', 'Ismail', 'Hassan', 'Rahman', 'Yusof']],
      [[['Wei Jie', 'Mei Ling'], ['Jun Hao', 'Xin Yi'], ['Kah Wai', 'Hui Min']], ['Tan', 'Lim', 'Wong', 'Lee', 'Ng']],
      [[['Arjun', 'Priya'], ['Ganesh', 'Kavitha']], ['Subramaniam', 'Muthu', 'Raj']]],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'],
  },
  id: {
    // [kota, provinsi, kode pos]
    places: [['Jakarta Selatan', 'DKI Jakarta', '12190'], ['Jakarta Barat', 'DKI Jakarta', '11470'], ['Bandung', 'Jawa Barat', '40115'], ['Surabaya', 'Jawa Timur', '60271'], ['Semarang', 'Jawa Tengah', '50241'], ['Medan', 'Sumatera Utara', '20112'], ['Tangerang', 'Banten', '15111']],
    street: ['Jl. Jend. Sudirman Kav. 52', 'Jl. Gatot Subroto No. 38', 'Jl. Asia Afrika No. 8', 'Jl. Basuki Rahmat No. 16', 'Jl. Pemuda No. 120', 'Jl. Imam Bonjol No. 7', 'Ruko Golden Boulevard Blok C No. 12'],
    companies: [['PT Sinar Abadi Nusantara', 'sinarabadi.co.id'], ['PT Mitra Logistik Indonesia', 'mitralogistik.id'], ['CV Karya Mandiri', 'karyamandiri.com'], ['PT Teknologi Cipta Digital', 'tcdigital.co.id'], ['PT Bumi Pangan Sejahtera', 'bumipangan.com'], ['PT Kreasi Media Utama', 'kreasimedia.co.id']],
  },
}
const JA_ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const memo = new Map()
const loc = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 137 + c.last.length * 29 + lang.charCodeAt(0))
  const d = LOC[lang]
  const female = r() < 0.5
  let p
  if (lang === 'zh') {
    const first = v.pick(r, d.first)[female ? 1 : 0], [last, py] = v.pick(r, d.last)
    const [prov, city, dist, road] = v.pick(r, d.places)
    p = { first, last, full: `${last}${first}`, female, prov, city, dist,
      address: `${prov === city ? '' : prov}${city}${dist}${road}${v.int(r, 1, 999)}号${r() < 0.6 ? `${v.int(r, 1, 30)}栋${v.int(r, 1, 32)}0${v.int(r, 1, 6)}室` : ''}`,
      mobile: `1${v.pick(r, ['38', '39', '58', '86', '88', '36', '77'])}${v.int(r, 10000000, 99999999)}`,
      email: r() < 0.6 ? `${v.int(r, 100000000, 2999999999)}@qq.com` : `${py}${v.pick(r, ['xiaoyu', 'hao', 'jing', 'lei', 'ming'])}${v.int(r, 80, 99)}@${v.pick(r, d.mail)}`,
      qq: String(v.int(r, 100000000, 2999999999)) }
  } else if (lang === 'tw') {
    const first = v.pick(r, d.first)[female ? 1 : 0], [last, roma] = v.pick(r, d.last)
    const [city, dist, zip, road, area] = v.pick(r, d.places)
    p = { first, last, full: `${last}${first}`, female, city, dist, zip, roma,
      street: `${dist}${road}${v.int(r, 1, 300)}號${r() < 0.6 ? `${v.int(r, 2, 25)}樓` : ''}`,
      tel: `(${area})${area === '02' ? `${v.int(r, 2000, 2999)}-${v.int(r, 1000, 9999)}` : `${v.int(r, 200, 799)}-${v.int(r, 1000, 9999)}`}`,
      mobile: `09${v.int(r, 10, 89)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}`, ext: String(v.int(r, 100, 899)), line: `${roma}${v.int(r, 10, 999)}` }
  } else if (lang === 'th') {
    const [first, roma, nick] = v.pick(r, female ? d.firstF : d.first), [last, lroma] = v.pick(r, d.last)
    const [prov, amphoe, tambon, zip] = v.pick(r, d.places)
    p = { first, last, full: `${first} ${last}`, nick, female, prov, amphoe, tambon, zip,
      street: `${v.int(r, 1, 399)}/${v.int(r, 1, 99)} ${v.pick(r, d.street)}`,
      mobile: `0${v.pick(r, ['8', '9', '6'])}${v.int(r, 10000000, 99999999)}`,
      email: `${roma.toLowerCase()}.${lroma.slice(0, 4)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.co.th'])}`,
      lineId: `U${v.hex(r, 32)}` }
  } else if (lang === 'vi') {
    const first = v.pick(r, d.first)[female ? 1 : 0], middle = v.pick(r, d.middle)[female ? 1 : 0], [last, lroma] = v.pick(r, d.last)
    const [prov, dist, ward] = v.pick(r, d.places)
    const slugVi = (s) => s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
    p = { first, middle, last, full: `${last} ${middle} ${first}`, female, prov, dist, ward,
      street: `Số ${v.int(r, 1, 250)}${r() < 0.3 ? `/${v.int(r, 2, 40)}` : ''} ${v.pick(r, d.street)}`,
      mobile: `0${v.pick(r, ['912', '983', '868', '977', '903', '356', '704'])}${v.int(r, 100000, 999999)}`,
      email: `${slugVi(first)}${slugVi(middle)[0]}${lroma}${v.int(r, 80, 99)}@${v.pick(r, d.mail)}` }
  } else if (lang === 'ms') {
    const g = +c.id % 5 < 3 ? 0 : +c.id % 5 === 3 ? 1 : 2, [firsts, lasts] = d.groups[g]
    const first = v.pick(r, firsts)[female ? 1 : 0], sur = v.pick(r, lasts)
    const last = g === 0 ? `${female ? 'binti' : 'bin'} ${sur}` : g === 2 ? `${female ? 'a/p' : 'a/l'} ${sur}` : sur
    p = { first, last, full: g === 1 ? `${last} ${first}` : `${first} ${last}`, female,
      mobile: `01${v.pick(r, ['2', '3', '6', '7', '9', '1'])}${v.pick(r, ['', '-'])}${v.int(r, 1000000, 9999999)}`,
      email: `${first.toLowerCase().replace(/[^a-z]/g, '')}${v.int(r, 80, 99)}@${v.pick(r, d.mail)}` }
  } else {
    const b = loc11(c, 'id'), [city, prov, zip] = v.pick(r, d.places), [co, dom] = v.pick(r, d.companies)
    p = { ...b, city, prov, zip, street: v.pick(r, d.street), company: co, domain: dom,
      workEmail: `${b.first.toLowerCase()}.${b.last.toLowerCase()}@${dom}`,
      hp: `08${v.int(r, 11, 99)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      office: `(021) ${v.int(r, 5000, 7999)}-${v.int(r, 1000, 9999)}` }
  }
  memo.set(k, p)
  return p
}
const ja = (c) => {
  const p = loc12(c, 'ja')
  return { ...p, email: `${JA_ROMA[p.last]}.${v.int(() => (+c.id % 97) / 97, 1, 99)}${v.pick(() => (+c.id % 13) / 13, ['', 'k', 'm', 'y'])}@${v.pick(() => (+c.id % 7) / 7, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'outlook.jp', 'softbank.ne.jp'])}` }
}
const ko = (c) => loc12(c, 'ko')

// ---------------------------------------------------------------- catalogues
// aishipR tea shop: [商品コード, 商品名, 価格 (税込), オプション]
const JA_TEA = [['SC-001', '静岡深蒸し煎茶 100g', 1620, ''], ['MC-010', '宇治抹茶 濃茶用 30g缶', 3240, ''], ['HJ-020', 'ほうじ茶ティーバッグ 20袋', 1080, ''], ['GY-005', '玉露 八女 50g', 2700, ''], ['SET-101', '季節のお茶 3種セット', 4320, 'のし:御祝'], ['KY-300', '常滑焼 急須 紅', 5940, 'ギフト包装:あり']]
// payhere café in Seoul: [상품명, 옵션, 가격]
const KO_CAFE = [['아메리카노', 'ICE / 샷 추가', 4500], ['카페라떼', 'HOT', 5000], ['바닐라라떼', 'ICE', 5500], ['딸기 스무디', '', 6500], ['크로플', '아이스크림 추가', 6000], ['치즈케이크', '', 6800], ['콜드브루', 'ICE / 디카페인', 5500]]
// Paper.id: [SKU, Nama Produk, Satuan, Harga]
const ID_ITEMS = [['JSA-001', 'Jasa Instalasi Jaringan LAN', 'Paket', 4500000], ['LIC-365', 'Lisensi Microsoft 365 Business (1 tahun)', 'User', 1850000], ['PRT-220', 'Kertas A4 80gsm', 'Rim', 52000], ['SRV-010', 'Jasa Maintenance Server', 'Bulan', 3000000], ['CBL-305', 'Kabel UTP Cat6 305m', 'Roll', 2350000], ['KNS-001', 'Konsultasi IT', 'Jam', 750000]]
// Shipnity clothing shop on Facebook / LINE: [SKU, ชื่อสินค้า, ราคา]
const TH_ITEMS = [['DR-012-M', 'เดรสลายดอก สีครีม ไซส์ M', 590], ['TS-001-L', 'เสื้อยืด Oversize สีดำ L', 290], ['PT-045-S', 'กางเกงขายาวผ้าลินิน S', 450], ['BG-007', 'กระเป๋าผ้าแคนวาส', 350], ['SK-020-M', 'กระโปรงพลีท สีกรม M', 490], ['SH-033-XL', 'เสื้อเชิ้ตแขนยาว สีขาว XL', 390]]
// toyyibPay bills: [Kategori, Nama Bil, Amaun]
const MY_BILLS = [['Yuran Kelas Mengaji', 'Yuran Bulanan Mac', 80], ['Tempahan Kek', 'Kek Coklat Moist 2kg', 150], ['Pendaftaran Larian Amal', 'Kategori 10KM', 65], ['Yuran Tuisyen', 'Tuisyen SPM Matematik', 120], ['Sumbangan Surau', 'Tabung Pembinaan', 50], ['Kedai Tudung Online', 'Tudung Bawal Premium x2', 78]]

const TW_CO = [['宏達數位股份有限公司', 'hongda-digital.com.tw'], ['台灣精密工業股份有限公司', 'twprecision.com.tw'], ['永信會計師事務所', 'yongxin-cpa.tw'], ['晨光設計有限公司', 'morningdesign.tw'], ['大同物流股份有限公司', 'datong-logistics.com.tw'], ['森林餐飲管理顧問有限公司', 'forest-fnb.com.tw']]
const twCo = (c) => row(TW_CO, +c.id % 7)
// last change after creation
const upd = (c) => c.created + ((+c.id % 400) + 1) * day + (+c.id % 86400) * 1000
const jaPay = (o) => row(['クレジットカード決済', 'クレジットカード決済', '代金引換', 'Amazon Pay', '銀行振込', 'PayPay'], +o.id)

export const SETS = [
  // ---------------------------------------------------------------- Japan
  { name: 'aishipr-juchu-nextengine-ja', product: 'aishipR (aiship; システム管理 > 各データのエクスポート > ネクストエンジン形式(汎用) CSV, Shift-JIS, one row per order line, Japanese UI, a Shizuoka tea shop)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['店舗伝票番号', (c, o) => String(100000 + +o.id), [OR('purchaseID')]],
    ['受注日', (c, o) => `${ymd(jst(o.at), '/')} ${hms(jst(o.at))}`, ['timestamp', OR('createdDate')]],
    ['受注郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['受注住所1', (c) => `${ja(c).pref}${ja(c).city}`, [BILL('city'), ...STATE(['commerce.billing.address'])], opt],
    ['受注住所2', (c) => ja(c).town, [BILL('street1')]],
    ['受注名', (c) => `${ja(c).last} ${ja(c).first}`, []],
    ['受注名カナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['受注電話番号', (c) => ja(c).mobile.join('-'), PHONE_ID, opt],
    ['受注メールアドレス', (c) => ja(c).email, EMAIL_ID, opt],
    ['発送郵便番号', (c, o, r) => (+o.id % 4 === 0 ? '460-0008' : ja(c).zip), [SHIP('postalCode')]],
    ['発送先住所1', (c, o) => (+o.id % 4 === 0 ? '愛知県名古屋市中区' : `${ja(c).pref}${ja(c).city}`), [SHIP('city'), ...STATE(['commerce.shipping.address'])], opt],
    ['発送先住所2', (c, o) => (+o.id % 4 === 0 ? '栄3-15-2 メゾン栄303' : ja(c).town), [SHIP('street1')]],
    ['発送先名', (c, o) => (+o.id % 4 === 0 ? '山本 陽子' : `${ja(c).last} ${ja(c).first}`), []],
    ['発送先カナ', (c, o) => (+o.id % 4 === 0 ? 'ヤマモト ヨウコ' : `${ja(c).lastKana} ${ja(c).firstKana}`), []],
    ['発送電話番号', (c, o) => (+o.id % 4 === 0 ? '052-261-4417' : ja(c).mobile.join('-')), []],
    ['支払方法', (c, o) => jaPay(o), [OR('payments[0].paymentType')]],
    ['発送方法', (c, o) => row(['ヤマト運輸', 'ヤマト運輸', '佐川急便', 'ゆうパケット'], +o.id), ['commerce.shipping.shippingMethod']],
    ['商品計', (c, o, r, i) => String(row(JA_TEA, i + +o.id)[2] * o.qty), [], opt],
    ['税金', () => '0', [OR('taxAmount')], opt],
    ['発送料', (c, o) => (o.shipping ? '660' : '0'), ['commerce.shipping.shippingAmount']],
    ['手数料', (c, o) => (jaPay(o) === '代金引換' ? '330' : '0'), []],
    ['ポイント', (c, o) => (o.discount ? '500' : '0'), [OR('discountAmount')], opt],
    ['その他費用', () => '0', []],
    ['合計金額', (c, o, r, i) => String(row(JA_TEA, i + +o.id)[2] * o.qty + (o.shipping ? 660 : 0) + (jaPay(o) === '代金引換' ? 330 : 0) - (o.discount ? 500 : 0)), [OR('priceTotal')]],
    ['ギフトフラグ', (c, o, r, i) => (row(JA_TEA, i + +o.id)[3] ? '1' : '0'), []],
    ['時間帯指定', (c, o, r) => v.pick(r, ['', '', '午前中', '14時～16時', '18時～20時']), []],
    ['日付指定', (c, o, r) => (r() < 0.3 ? ymd(jst(o.at + 4 * day), '/') : ''), [], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', '熨斗の名入れ: 佐藤', '不在時は宅配ボックスへ']), []],
    ['商品名', (c, o, r, i) => row(JA_TEA, i + +o.id)[1], [PL('name')]],
    ['商品コード', (c, o, r, i) => row(JA_TEA, i + +o.id)[0], [PL('SKU')]],
    ['商品価格', (c, o, r, i) => String(row(JA_TEA, i + +o.id)[2]), [], opt],
    ['受注数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品オプション', (c, o, r, i) => row(JA_TEA, i + +o.id)[3], [PL('selectedOptions[0].value')], opt],
    ['顧客区分', (c, o, r) => v.pick(r, ['会員', '会員', 'ゲスト']), []],
    ['顧客コード', (c, o, r) => (r() < 0.7 ? String(20000 + +c.id % 9000) : ''), CUST_ID, opt],
  ] },
  { name: 'betrend-kaiin-ichiran-ja', product: 'betrend (ビートレンド スマートCRM: 会員管理 > 会員検索 > CSVダウンロード, Japanese UI, a cosmetics chain\'s point-card members)', family: 'loyalty', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => String(300000 + +c.id % 600000), ['_id', 'personID']],
    ['カード番号', (c) => `2801${pad(+c.id * 7 % 100000000, 8)}${+c.id % 10}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['セイ', (c) => ja(c).lastKana, [], opt],
    ['メイ', (c) => ja(c).firstKana, [], opt],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => ymd(bd(c.birth), '/'), ['person.birthDate']],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => ja(c).pref, STATE(HOME)],
    ['市区町村', (c) => ja(c).city, at(HOME, 'city')],
    ['番地', (c) => ja(c).town.split(' ')[0], at(HOME, 'street1')],
    ['建物名', (c) => ja(c).town.split(' ')[1] ?? '', at(HOME, 'street2')],
    ['電話番号', (c, o, r) => (r() < 0.3 ? ja(c).tel.join('-') : ''), ['homePhone.number']],
    ['携帯電話番号', (c) => ja(c).mobile.join('-'), ['mobilePhone.number']],
    ['PCメールアドレス', (c) => ja(c).email, ['personalEmail.address']],
    ['携帯メールアドレス', (c, o, r) => (r() < 0.25 ? `${JA_ROMA[ja(c).last]}-${v.int(r, 10, 99)}@docomo.ne.jp` : ''), ['personalEmail.address'], opt],
    ['PCメール配信', (c) => (c.bool ? '配信する' : '配信しない'), [], opt],
    ['携帯メール配信', (c, o, r) => (r() < 0.5 ? '配信する' : '配信しない'), [], opt],
    ['会員ランク', (c, o, r) => v.pick(r, ['レギュラー', 'レギュラー', 'シルバー', 'ゴールド', 'プラチナ']), ['loyalty.tier']],
    ['現在ポイント', (c, o, r) => String(v.int(r, 0, 4800)), ['loyalty.points']],
    ['累計ポイント', (c, o, r) => String(v.int(r, 5000, 30000)), ['loyalty.lifetimePoints']],
    ['ポイント有効期限', (c) => ymd(jst(upd(c) + 365 * day), '/'), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['入会日', (c) => ymd(jst(c.created), '/'), ['loyalty.joinDate']],
    ['入会店舗', (c, o, r) => v.pick(r, ['渋谷店', '新宿ルミネ店', '横浜ジョイナス店', 'オンラインストア', '梅田店']), []],
    ['最終来店日', (c) => ymd(jst(upd(c)), '/'), [], opt],
    ['来店回数', (c, o, r) => String(v.int(r, 1, 80)), [], opt],
    ['累計購入金額', (c, o, r) => String(v.int(r, 30, 900) * 100), ['loyalty.lifetimePurchases'], opt],
    ['LINE連携', (c, o, r) => (r() < 0.55 ? '連携済' : '未連携'), []],
    ['会員ステータス', (c, o, r) => (r() < 0.93 ? '有効' : '退会'), ['loyalty.status'], opt],
    ['最終更新日時', (c) => `${ymd(jst(upd(c)), '/')} ${hms(jst(upd(c)))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Korea
  { name: 'payhere-jumun-naeyeok-ko', product: 'Payhere (페이히어 POS 사장님 웹: 매출 > 주문 내역 > 엑셀 다운로드, one row per ordered item, Korean UI, a Seongsu-dong café)', family: 'pos', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${ymd(jst(o.at), '')}-${pad(+o.id % 1000, 4)}`, [OR('purchaseID'), '_id']],
    ['결제일시', (c, o) => `${ymd(jst(o.at))} ${hms(jst(o.at))}`, ['timestamp', OR('createdDate')]],
    ['매장명', () => '카페 성수로 본점', ['commerce.commerceScope.storeCode'], opt],
    ['주문유형', (c, o, r) => v.pick(r, ['매장', '매장', '포장', '배달']), [], opt],
    ['테이블', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['상품명', (c, o, r, i) => row(KO_CAFE, i + +o.id)[0], [PL('name')]],
    ['옵션', (c, o, r, i) => row(KO_CAFE, i + +o.id)[1], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매금액', (c, o, r, i) => thou(row(KO_CAFE, i + +o.id)[2] * o.qty), [PL('priceTotal')]],
    ['할인금액', (c, o) => thou(o.discount ? 1000 : 0), [OR('discountAmount'), PL('discountAmount')]],
    ['결제금액', (c, o, r, i) => thou(row(KO_CAFE, i + +o.id)[2] * o.qty - (o.discount ? 1000 : 0)), [OR('priceTotal')]],
    ['공급가액', (c, o, r, i) => thou(Math.round((row(KO_CAFE, i + +o.id)[2] * o.qty - (o.discount ? 1000 : 0)) / 1.1)), [], opt],
    ['부가세', (c, o, r, i) => { const t = row(KO_CAFE, i + +o.id)[2] * o.qty - (o.discount ? 1000 : 0); return thou(t - Math.round(t / 1.1)) }, [OR('taxAmount')]],
    ['결제수단', (c, o) => row(['신용카드', '신용카드', '신용카드', '간편결제', '현금', '계좌이체'], +o.id), [OR('payments[0].paymentType')]],
    ['카드사', (c, o, r) => (row(['신용카드', '신용카드', '신용카드', '간편결제', '현금', '계좌이체'], +o.id) === '신용카드' ? v.pick(r, ['신한카드', 'KB국민카드', '삼성카드', '현대카드', '비씨카드']) : ''), [], opt],
    ['승인번호', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID')]],
    ['할부', (c, o) => (row(['신용카드', '신용카드', '신용카드', '간편결제', '현금', '계좌이체'], +o.id) === '신용카드' ? '일시불' : ''), []],
    ['결제상태', (c, o, r) => (r() < 0.05 ? '결제취소' : '결제완료'), [], opt],
    ['취소일시', (c, o, r) => (r() < 0.05 ? `${ymd(jst(o.at + 600000))} ${hms(jst(o.at + 600000))}` : ''), [OR('cancelDate')], opt],
    ['고객명', (c, o, r) => (r() < 0.3 ? ko(c).full : ''), []],
    ['고객 연락처', (c, o, r) => (r() < 0.3 ? ko(c).mobile : ''), PHONE_ID, opt],
    ['적립 포인트', (c, o, r) => (r() < 0.3 ? String(v.int(r, 40, 300)) : '0'), [], opt],
    ['사용 포인트', () => '0', [], opt],
    ['포스', (c, o, r) => v.pick(r, ['POS 1', 'POS 1', '키오스크']), []],
    ['담당 직원', (c, o, r) => v.pick(r, ['김민지', '박서준', '점장']), []],
    ['주문 메모', (c, o, r) => v.pick(r, ['', '', '', '얼음 적게', '시럽 빼주세요']), []],
  ] },
  { name: 'happytalk-sangdam-naeyeok-ko', product: 'Happytalk (해피톡 상담관리: Reporting > 상담 내역 > 엑셀 다운로드, one row per chat room, Korean UI, an online furniture shop\'s chat desk on 웹채팅, 카카오톡 and 네이버톡톡)', family: 'support', language: 'ko', schema: E, cols: [
    ['방번호', (c, o) => String(5100000 + +o.id * 13 % 900000), ['_id'], opt],
    ['상담 신청일시', (c, o) => `${ymd(jst(o.at))} ${hms(jst(o.at))}`, ['timestamp']],
    ['상담 시작일시', (c, o) => `${ymd(jst(o.at + 95000))} ${hms(jst(o.at + 95000))}`, [], opt],
    ['상담 종료일시', (c, o) => `${ymd(jst(o.at + 780000))} ${hms(jst(o.at + 780000))}`, [], opt],
    ['채널', (c, o) => row(['카카오톡', '카카오톡', '해피톡', '네이버톡톡'], +o.id), [], opt],
    ['고객식별번호', (c) => `furnist_${ko(c).memberId}`, CUST_ID, opt],
    ['고객 ID', (c) => ko(c).memberId, CUST_ID, opt],
    ['고객명', (c) => ko(c).full, []],
    ['휴대폰번호', (c, o, r) => (r() < 0.6 ? ko(c).mobile : ''), PHONE_ID, opt],
    ['이메일', (c, o, r) => (r() < 0.4 ? ko(c).email : ''), EMAIL_ID, opt],
    ['상담원', (c, o, r) => v.pick(r, ['이수진', '정하늘', '최유나', '로봇-furnist']), []],
    ['상담 그룹', (c, o, r) => v.pick(r, ['주문/배송', '교환/반품', '제품문의']), []],
    ['상담 분류(대)', (c, o, r) => v.pick(r, ['배송', '교환/반품', '상품', '결제']), []],
    ['상담 분류(중)', (c, o, r) => v.pick(r, ['배송 지연', '설치 일정', '파손', '사이즈 문의', '환불 확인']), []],
    ['종료 구분', (c, o, r) => v.pick(r, ['상담원 종료', '고객 종료', '자동 종료']), [], opt],
    ['대기 시간', (c, o, r) => `00:0${v.int(r, 0, 9)}:${pad(v.int(r, 0, 59))}`, []],
    ['상담 시간', (c, o, r) => `00:${pad(v.int(r, 2, 40))}:${pad(v.int(r, 0, 59))}`, []],
    ['첫 응답 시간', (c, o, r) => `00:00:${pad(v.int(r, 5, 59))}`, []],
    ['고객 메시지 수', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['상담원 메시지 수', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['만족도', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['주문번호', (c, o, r) => (r() < 0.5 ? `${ymd(jst(o.at - 5 * day), '')}${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['유입 URL', (c, o, r) => v.pick(r, ['https://furnist.co.kr/product/detail.html?product_no=1284', 'https://furnist.co.kr/myshop/order/list.html', 'https://furnist.co.kr/']), ['web.webPageDetails.URL'], opt],
    ['상담 메모', (c, o, r) => v.pick(r, ['', '', '설치기사 재방문 요청', '반품 접수 완료', '배송 조회 안내']), []],
    ['총 상담이력건', (c, o, r) => String(v.int(r, 1, 9)), []],
  ] },
  // ---------------------------------------------------------------- China / Taiwan
  { name: 'pospal-huiyuan-ziliao-zh', product: 'Pospal (银豹收银系统 云后台: 会员 > 会员资料 > 导出, Excel, Simplified Chinese UI, a Shenzhen bakery chain\'s stored-value and points members)', family: 'pos', language: 'zh', schema: P, cols: [
    ['会员号', (c) => loc(c, 'zh').mobile, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number', '_id', 'personID']],
    ['姓名', (c) => loc(c, 'zh').full, ['person.name.fullName']],
    ['会员等级', (c, o, r) => v.pick(r, ['普通会员', '普通会员', '银卡会员', '金卡会员', '钻石会员']), ['loyalty.tier']],
    ['折扣(%)', (c, o, r) => v.pick(r, ['100', '100', '95', '90', '88']), []],
    ['余额', (c, o, r) => dec2(r() < 0.5 ? 0 : v.int(r, 50, 1500)), [], opt],
    ['积分', (c, o, r) => dec2(v.int(r, 0, 6000)), ['loyalty.points']],
    ['手机号', (c) => loc(c, 'zh').mobile, ['mobilePhone.number']],
    ['生日', (c, o, r) => (r() < 0.7 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['性别', (c) => (loc(c, 'zh').female ? '女' : '男'), ['person.gender']],
    ['QQ', (c, o, r) => (r() < 0.2 ? loc(c, 'zh').qq : ''), []],
    ['邮箱', (c, o, r) => (r() < 0.4 ? loc(c, 'zh').email : ''), ['personalEmail.address']],
    ['地址', (c, o, r) => (r() < 0.5 ? loc(c, 'zh').address : ''), at(HOME, 'street1'), opt],
    ['开卡日期', (c) => `${ymd(cst(c.created))} ${hms(cst(c.created))}`, ['loyalty.joinDate']],
    ['有效期', (c, o, r) => (r() < 0.8 ? '永久有效' : ymd(cst(c.created + 730 * day))), [], opt],
    ['状态', (c, o, r) => (r() < 0.95 ? '正常' : '禁用'), ['loyalty.status'], opt],
    ['允许赊账', () => '否', []],
    ['开卡门店', (c, o, r) => v.pick(r, ['南山海岸城店', '福田CBD店', '宝安壹方城店', '线上小程序']), []],
    ['导购员', (c, o, r) => v.pick(r, ['', '小林', '阿芳', '店长']), []],
    ['累计消费', (c, o, r) => dec2(v.int(r, 20, 8000) + v.int(r, 0, 99) / 100), ['loyalty.lifetimePurchases'], opt],
    ['消费次数', (c, o, r) => String(v.int(r, 1, 120)), [], opt],
    ['最近消费时间', (c) => `${ymd(cst(upd(c)))} ${hms(cst(upd(c)))}`, [], opt],
    ['推荐人', (c, o, r) => (r() < 0.1 ? `13${v.int(r, 800000000, 999999999)}` : ''), []],
    ['微信会员', (c, o, r) => (r() < 0.7 ? '是' : '否'), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '不吃坚果', '企业团购客户']), []],
  ] },
  { name: 'ragic-crm-lianluoren-zh', product: 'Ragic (Ragic 客戶關係管理 範本: 聯絡人 表單 > 工具 > 匯出 Excel, Traditional Chinese UI, a Taipei office-equipment reseller\'s business contacts)', family: 'crm', language: 'zh', schema: B, cols: [
    ['聯絡人編號', (c) => `CT-${pad(+c.id % 100000, 5)}`, B2BID],
    ['姓名', (c) => loc(c, 'tw').full, ['person.name.fullName']],
    ['客戶名稱', (c) => twCo(c)[0], CO],
    ['客戶編號', (c, o, r) => `C-${pad(v.int(r, 1, 4000), 5)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['統一編號', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['職稱', (c, o, r) => v.pick(r, ['總經理', '採購經理', '行政專員', 'IT 主管', '財務長', '業務副理']), ['extendedWorkDetails.jobTitle']],
    ['部門', (c, o, r) => v.pick(r, ['管理部', '採購部', '資訊部', '財務部', '業務部']), ['extendedWorkDetails.departments[0]']],
    ['公司電話', (c) => loc(c, 'tw').tel, ['workPhone.number']],
    ['分機', (c, o, r) => (r() < 0.6 ? loc(c, 'tw').ext : ''), ['workPhone.extension'], opt],
    ['手機', (c) => loc(c, 'tw').mobile, ['mobilePhone.number']],
    ['電子郵件', (c) => `${loc(c, 'tw').line.replace(/\d+$/, '')}.${(+c.id % 89) + 10}@${twCo(c)[1]}`, ['workEmail.address']],
    ['郵遞區號', (c) => loc(c, 'tw').zip, [W('postalCode')]],
    ['縣市', (c) => loc(c, 'tw').city, [W('city'), W('state'), W('stateProvince')]],
    ['地址', (c) => loc(c, 'tw').street, [W('street1')]],
    ['國家', () => '台灣', [W('country')]],
    ['網站', (c, o, r) => (r() < 0.7 ? `https://www.${twCo(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['LINE ID', (c, o, r) => (r() < 0.5 ? loc(c, 'tw').line : ''), []],
    ['負責業務', (c, o, r) => v.pick(r, ['王小明', '林雅琪', '陳冠廷']), []],
    ['客戶等級', (c, o, r) => v.pick(r, ['A', 'B', 'B', 'C']), []],
    ['聯絡人狀態', (c, o, r) => v.pick(r, ['有效', '有效', '有效', '已離職']), ['b2b.personStatus'], opt],
    ['來源', (c, o, r) => v.pick(r, ['展覽', '官網詢價', '客戶介紹', '電話開發']), ['b2b.personSource'], opt],
    ['建立日期', (c) => ymd(cst(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['最後修改日期', (c) => `${ymd(cst(upd(c)), '/')} ${hm(cst(upd(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['建立者', (c, o, r) => v.pick(r, ['王小明', '林雅琪', '系統管理員']), ['extSourceSystemAudit.createdBy'], opt],
    ['備註', (c, o, r) => v.pick(r, ['', '', '每年三月換約', '偏好 LINE 聯繫', '需開立三聯式發票']), []],
  ] },
  // ---------------------------------------------------------------- Indonesia
  { name: 'paperid-invoice-penjualan-id', product: 'Paper.id (Penjualan > Invoice > Ekspor Excel, one row per invoice line, Indonesian UI, a Jakarta IT-services firm invoicing companies)', family: 'invoicing', language: 'id', schema: E, cols: [
    ['No. Invoice', (c, o) => `INV/${ict(o.at).y}/${pad(ict(o.at).m)}/${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['Tanggal Invoice', (c, o) => dmy(ict(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Jatuh Tempo', (c, o) => dmy(ict(o.at + 30 * day)), [], opt],
    ['No. Referensi', (c, o, r) => (r() < 0.5 ? `PO-${v.int(r, 10000, 99999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Kode Mitra', (c) => `CUS-${pad(+c.id % 10000, 4)}`, CUST_ID, opt],
    ['Nama Mitra', (c) => loc(c, 'id').company, []],
    ['Email Mitra', (c) => `finance@${loc(c, 'id').domain}`, EMAIL_ID, opt],
    ['No. Telepon Mitra', (c) => loc(c, 'id').office, PHONE_ID, opt],
    ['Alamat Penagihan', (c) => `${loc(c, 'id').street}, ${loc(c, 'id').city}, ${loc(c, 'id').prov} ${loc(c, 'id').zip}`, [BILL('street1')], opt],
    ['Kode Produk', (c, o, r, i) => row(ID_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(ID_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Kuantitas', (c, o) => String(o.qty), [PL('quantity')]],
    ['Satuan', (c, o, r, i) => row(ID_ITEMS, i + +o.id)[2], [PL('unitOfMeasureCode')], opt],
    ['Harga Satuan', (c, o, r, i) => String(row(ID_ITEMS, i + +o.id)[3]), [], opt],
    ['Diskon', (c, o, r, i) => String(o.discount ? Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * 0.05) : 0), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Subtotal', (c, o, r, i) => String(Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * (o.discount ? 0.95 : 1))), [PL('priceTotal')], opt],
    ['PPN', (c, o, r, i) => String(Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * (o.discount ? 0.95 : 1) * 0.11)), [OR('taxAmount')]],
    ['PPh 23', (c, o, r, i) => (row(ID_ITEMS, i + +o.id)[0].startsWith('JSA') || row(ID_ITEMS, i + +o.id)[0].startsWith('SRV') ? String(Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * 0.02)) : '0'), []],
    ['Total', (c, o, r, i) => String(Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * (o.discount ? 0.95 : 1) * 1.11)), [OR('priceTotal')]],
    ['Mata Uang', () => 'IDR', [OR('currencyCode')]],
    ['Status', (c, o) => row(['Lunas', 'Lunas', 'Belum Dibayar', 'Dibayar Sebagian', 'Jatuh Tempo', 'Lunas'], +o.id), [], opt],
    ['Sudah Dibayar', (c, o, r, i) => { const t = Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * (o.discount ? 0.95 : 1) * 1.11); return String({ Lunas: t, 'Dibayar Sebagian': Math.round(t / 2) }[row(['Lunas', 'Lunas', 'Belum Dibayar', 'Dibayar Sebagian', 'Jatuh Tempo', 'Lunas'], +o.id)] ?? 0) }, [OR('payments[0].paymentAmount')], opt],
    ['Sisa Tagihan', (c, o, r, i) => { const t = Math.round(row(ID_ITEMS, i + +o.id)[3] * o.qty * (o.discount ? 0.95 : 1) * 1.11); const s = row(['Lunas', 'Lunas', 'Belum Dibayar', 'Dibayar Sebagian', 'Jatuh Tempo', 'Lunas'], +o.id); return String(s === 'Lunas' ? 0 : s === 'Dibayar Sebagian' ? t - Math.round(t / 2) : t) }, []],
    ['Metode Pembayaran', (c, o) => (row(['Lunas', 'Lunas', 'Belum Dibayar', 'Dibayar Sebagian', 'Jatuh Tempo', 'Lunas'], +o.id) === 'Lunas' ? row(['Transfer Bank', 'Virtual Account BCA', 'Transfer Bank', 'Kartu Kredit'], +o.id) : ''), [OR('payments[0].paymentType')], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Pembayaran ke rekening BCA 5270-123-456', 'Termin 1 dari 2']), []],
    ['Dibuat Oleh', (c, o, r) => v.pick(r, ['Rina (Finance)', 'Admin', 'Dimas']), []],
  ] },
  { name: 'barantum-leads-ekspor-id', product: 'Barantum CRM (Sales > Leads > Ekspor Excel, Indonesian UI, a Surabaya packaging supplier\'s B2B leads)', family: 'b2b-leads', language: 'id', schema: B, cols: [
    ['ID Lead', (c) => `LD-${pad(+c.id % 100000, 6)}`, B2BID],
    ['Sapaan', (c) => (loc(c, 'id').female ? 'Ibu' : 'Bapak'), ['person.name.courtesyTitle'], opt],
    ['Nama Depan', (c) => loc(c, 'id').first, ['person.name.firstName']],
    ['Nama Belakang', (c) => loc(c, 'id').last, ['person.name.lastName']],
    ['Nama Perusahaan', (c) => loc(c, 'id').company, CO],
    ['Jabatan', (c, o, r) => v.pick(r, ['Purchasing Manager', 'Direktur', 'Staf Pengadaan', 'Kepala Gudang', 'Owner', 'Marketing Manager']), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => loc(c, 'id').workEmail, ['workEmail.address']],
    ['No. Handphone', (c) => loc(c, 'id').hp, ['mobilePhone.number']],
    ['No. Telepon Kantor', (c) => loc(c, 'id').office, ['workPhone.number']],
    ['WhatsApp', (c, o, r) => (r() < 0.7 ? loc(c, 'id').mobile : ''), ['mobilePhone.number'], opt],
    ['Website', (c) => `www.${loc(c, 'id').domain}`, ['b2b.companyWebsite']],
    ['Alamat', (c) => loc(c, 'id').street, [W('street1')]],
    ['Kota', (c) => loc(c, 'id').city, [W('city')]],
    ['Provinsi', (c) => loc(c, 'id').prov, [W('state'), W('stateProvince')]],
    ['Kode Pos', (c) => loc(c, 'id').zip, [W('postalCode')]],
    ['Negara', () => 'Indonesia', [W('country')]],
    ['Industri', (c, o, r) => v.pick(r, ['Makanan & Minuman', 'Kosmetik', 'Farmasi', 'E-commerce', 'Logistik']), []],
    ['Jumlah Karyawan', (c, o, r) => v.pick(r, ['1-10', '11-50', '51-200', '201-500']), []],
    ['Sumber Lead', (c, o, r) => v.pick(r, ['Website', 'Pameran', 'Referensi', 'Iklan Google', 'Instagram']), ['b2b.personSource'], opt],
    ['Status Lead', (c, o, r) => v.pick(r, ['Baru', 'Dihubungi', 'Qualified', 'Tidak Tertarik']), ['b2b.personStatus'], opt],
    ['Rating', (c, o, r) => v.pick(r, ['Hot', 'Warm', 'Cold']), []],
    ['Pemilik Lead', (c, o, r) => v.pick(r, ['Andi Saputra', 'Maya Kusuma', 'Rizal Hidayat']), []],
    ['Tanggal Dibuat', (c) => `${ymd(ict(c.created))} ${hms(ict(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Terakhir Diubah', (c) => `${ymd(ict(upd(c)))} ${hms(ict(upd(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Deskripsi', (c, o, r) => v.pick(r, ['', 'Butuh box corrugated 5.000 pcs/bulan', 'Minta sampel standing pouch', 'Follow up setelah Lebaran']), []],
  ] },
  // ---------------------------------------------------------------- Thailand
  { name: 'shipnity-order-export-th', product: 'Shipnity (ออเดอร์ > ดาวน์โหลด Excel, one row per order line, Thai UI, a Bangkok clothing shop selling on Facebook, LINE OA, Shopee and TikTok Shop)', family: 'ecommerce-orders', language: 'th', schema: E, cols: [
    ['เลขที่ออเดอร์', (c, o) => `SN${+o.id % 9000 + 1000}`, [OR('purchaseID')]],
    ['วันที่สั่งซื้อ', (c, o) => `${dmy(ict(o.at))} ${hm(ict(o.at))}`, ['timestamp', OR('createdDate')], opt],
    ['ช่องทางการขาย', (c, o) => row(['Facebook', 'LINE', 'Shopee', 'TikTok Shop', 'Facebook Live'], +o.id), [], opt],
    ['ชื่อลูกค้า', (c) => loc(c, 'th').full, []],
    ['เบอร์โทร', (c) => loc(c, 'th').mobile, PHONE_ID, opt],
    ['อีเมล', (c, o, r) => (r() < 0.3 ? loc(c, 'th').email : ''), EMAIL_ID, opt],
    ['ที่อยู่', (c) => loc(c, 'th').street, [SHIP('street1')]],
    ['ตำบล/แขวง', (c) => loc(c, 'th').tambon, [SHIP('street2'), SHIP('street3')], opt],
    ['อำเภอ/เขต', (c) => loc(c, 'th').amphoe, [SHIP('city')]],
    ['จังหวัด', (c) => loc(c, 'th').prov, STATE(['commerce.shipping.address'])],
    ['รหัสไปรษณีย์', (c) => loc(c, 'th').zip, [SHIP('postalCode')]],
    ['รหัสสินค้า', (c, o, r, i) => row(TH_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['ชื่อสินค้า', (c, o, r, i) => row(TH_ITEMS, i + +o.id)[1], [PL('name')]],
    ['จำนวน', (c, o) => String(o.qty), [PL('quantity')]],
    ['ราคาต่อชิ้น', (c, o, r, i) => thb(row(TH_ITEMS, i + +o.id)[2]), [], opt],
    ['ส่วนลด', (c, o) => thb(o.discount ? 50 : 0), [OR('discountAmount')]],
    ['ค่าส่ง', (c, o) => thb(o.shipping ? 40 : 0), ['commerce.shipping.shippingAmount']],
    ['ยอดรวม', (c, o, r, i) => thb(row(TH_ITEMS, i + +o.id)[2] * o.qty + (o.shipping ? 40 : 0) - (o.discount ? 50 : 0)), [OR('priceTotal')]],
    ['ช่องทางการชำระเงิน', (c, o) => row(['โอนเงิน', 'โอนเงิน', 'เก็บเงินปลายทาง (COD)', 'บัตรเครดิต', 'พร้อมเพย์'], +o.id), [OR('payments[0].paymentType')]],
    ['สถานะการชำระเงิน', (c, o) => (row(['โอนเงิน', 'โอนเงิน', 'เก็บเงินปลายทาง (COD)', 'บัตรเครดิต', 'พร้อมเพย์'], +o.id).startsWith('เก็บ') ? 'รอเก็บเงินปลายทาง' : 'ชำระแล้ว'), [], opt],
    ['วันที่โอน', (c, o) => `${dmy(ict(o.at + 1800000))} ${hm(ict(o.at + 1800000))}`, [], opt],
    ['ขนส่ง', (c, o) => row(['Flash Express', 'Kerry Express', 'ไปรษณีย์ไทย EMS', 'J&T Express'], +o.id), ['commerce.shipping.shippingMethod']],
    ['เลขพัสดุ', (c, o, r) => (r() < 0.8 ? `TH${v.int(r, 1000000000, 9999999999)}${v.pick(r, ['A', 'B', 'F'])}` : ''), ['commerce.shipping.trackingNumber']],
    ['สถานะออเดอร์', (c, o, r) => v.pick(r, ['รอแพ็ค', 'ส่งแล้ว', 'ส่งแล้ว', 'ส่งแล้ว', 'ยกเลิก']), [], opt],
    ['แท็ก', (c, o, r) => v.pick(r, ['', '', 'ลูกค้าประจำ', 'VIP', 'ไลฟ์สด']), []],
    ['หมายเหตุ', (c, o, r) => v.pick(r, ['', '', '', 'ฝากไว้ที่ป้อม รปภ.', 'ห่อของขวัญ']), []],
    ['ผู้สร้างออเดอร์', (c, o, r) => v.pick(r, ['แอดมินแพร', 'แอดมินบอส', 'ระบบ']), []],
  ] },
  { name: 'hatohub-smachik-th', product: 'Hato Hub (Hato Hub CRM & Loyalty, LINE OA membership: สมาชิก > รายชื่อสมาชิก > ส่งออก CSV, Thai UI, a Chiang Mai coffee chain\'s point members)', family: 'loyalty', language: 'th', schema: P, cols: [
    ['รหัสสมาชิก', (c) => `HM${pad(+c.id % 1000000, 7)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['ชื่อ', (c) => loc(c, 'th').first, ['person.name.firstName']],
    ['นามสกุล', (c) => loc(c, 'th').last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => loc(c, 'th').nick, []],
    ['เพศ', (c) => (loc(c, 'th').female ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c) => dmy(bd(c.birth)), ['person.birthDate'], opt],
    ['เบอร์โทรศัพท์', (c) => loc(c, 'th').mobile, ['mobilePhone.number']],
    ['อีเมล', (c, o, r) => (r() < 0.5 ? loc(c, 'th').email : ''), ['personalEmail.address']],
    ['LINE User ID', (c) => loc(c, 'th').lineId, [], opt],
    ['ชื่อที่แสดงใน LINE', (c) => `${loc(c, 'th').nick} ☕`, []],
    ['ระดับสมาชิก', (c, o, r) => v.pick(r, ['Silver', 'Silver', 'Gold', 'Platinum']), ['loyalty.tier']],
    ['คะแนนคงเหลือ', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['คะแนนสะสมทั้งหมด', (c, o, r) => String(v.int(r, 900, 5000)), ['loyalty.lifetimePoints']],
    ['คะแนนที่ใช้ไป', (c, o, r) => String(v.int(r, 0, 4000)), ['loyalty.pointsRedeemed']],
    ['คะแนนที่หมดอายุ', (c, o, r) => String(r() < 0.7 ? 0 : v.int(r, 10, 300)), ['loyalty.expiredPoints'], opt],
    ['ยอดซื้อสะสม (บาท)', (c, o, r) => thb(v.int(r, 300, 40000)), ['loyalty.lifetimePurchases'], opt],
    ['จำนวนครั้งที่ซื้อ', (c, o, r) => String(v.int(r, 1, 150)), [], opt],
    ['สาขาที่สมัคร', (c, o, r) => v.pick(r, ['สาขานิมมาน', 'สาขาเซ็นทรัลเฟสติวัล', 'สาขาสันติธรรม', 'ออนไลน์']), []],
    ['วันที่สมัครสมาชิก', (c) => `${dmy(ict(c.created))} ${hm(ict(c.created))}`, ['loyalty.joinDate'], opt],
    ['ซื้อล่าสุด', (c) => `${dmy(ict(upd(c)))} ${hm(ict(upd(c)))}`, [], opt],
    ['จังหวัด', (c) => loc(c, 'th').prov, STATE(HOME)],
    ['รหัสไปรษณีย์', (c) => loc(c, 'th').zip, at(HOME, 'postalCode')],
    ['ยินยอมรับข่าวสาร', (c) => (c.bool ? 'ยินยอม' : 'ไม่ยินยอม'), [], opt],
    ['แท็ก', (c, o, r) => v.pick(r, ['', '', 'สายหวาน', 'นักศึกษา', 'ชอบกาแฟดริป']), []],
    ['สถานะ', (c, o, r) => (r() < 0.95 ? 'ใช้งาน' : 'ระงับ'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- Vietnam
  { name: 'bizfly-crm-khach-hang-vi', product: 'Bizfly CRM (VCCorp; Khách hàng > Danh sách khách hàng > Xuất Excel, Vietnamese UI, a Hanoi cosmetics retailer selling online and in two stores)', family: 'crm', language: 'vi', schema: P, cols: [
    ['Mã khách hàng', (c) => `KH${pad(+c.id % 1000000, 6)}`, ['_id', 'personID']],
    ['Tên khách hàng', (c) => loc(c, 'vi').full, ['person.name.fullName']],
    ['Số điện thoại', (c) => loc(c, 'vi').mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? loc(c, 'vi').email : ''), ['personalEmail.address']],
    ['Giới tính', (c) => (loc(c, 'vi').female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth)) : ''), ['person.birthDate'], opt],
    ['Địa chỉ', (c) => loc(c, 'vi').street, at(HOME, 'street1')],
    ['Phường/Xã', (c) => loc(c, 'vi').ward, at(HOME, 'street2'), opt],
    ['Quận/Huyện', (c) => loc(c, 'vi').dist, [...at(HOME, 'city'), ...at(HOME, 'street2')], opt],
    ['Tỉnh/Thành phố', (c) => loc(c, 'vi').prov, [...at(HOME, 'city'), ...STATE(HOME)]],
    ['Công ty', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Công ty TNHH Hoa Sen', 'Công ty CP Minh Long', 'Spa Thảo Mộc Xanh']) : ''), ['organizations[0]'], opt],
    ['Nguồn khách hàng', (c, o, r) => v.pick(r, ['Facebook', 'Website', 'Zalo', 'Cửa hàng', 'Giới thiệu']), [], opt],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['Khách lẻ', 'Khách lẻ', 'Khách VIP', 'Đại lý']), []],
    ['Mối quan hệ', (c, o, r) => v.pick(r, ['Khách hàng mới', 'Tiềm năng', 'Đã mua hàng', 'Khách quen']), [], opt],
    ['Nhân viên phụ trách', (c, o, r) => v.pick(r, ['Nguyễn Thu Trang', 'Lê Minh Quang', 'Phạm Ngọc Lan']), []],
    ['Zalo', (c, o, r) => (r() < 0.5 ? loc(c, 'vi').mobile : ''), ['mobilePhone.number'], opt],
    ['Facebook', (c, o, r) => (r() < 0.4 ? `https://facebook.com/${v.int(r, 100000000000000, 100099999999999)}` : ''), []],
    ['Tổng số đơn hàng', (c, o, r) => String(v.int(r, 0, 30)), [], opt],
    ['Tổng chi tiêu', (c, o, r) => thou(v.int(r, 0, 2500) * 10000, '.'), [], opt],
    ['Ngày tạo', (c) => `${dmy(ict(c.created))} ${hm(ict(c.created))}`, [], opt],
    ['Ngày cập nhật', (c) => `${dmy(ict(upd(c)))} ${hm(ict(upd(c)))}`, [], opt],
    ['Thẻ', (c, o, r) => v.pick(r, ['', '', 'da dầu', 'mua sỉ', 'livestream']), []],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', '', 'Gọi sau 18h', 'Dị ứng cồn']), []],
  ] },
  // ---------------------------------------------------------------- Malaysia
  { name: 'toyyibpay-laporan-transaksi-ms', product: 'toyyibPay (Dashboard: Laporan > Transaksi > Muat Turun Excel, Malay UI, small Malaysian sellers and classes collecting by FPX, card and DuitNow QR bills)', family: 'payments', language: 'ms', schema: E, cols: [
    ['Bil.', (c, o, r, i) => String(i + 1), []],
    ['Kod Bil', (c, o, r) => v.alnum(r, 8).toLowerCase(), [OR('purchaseID')], opt],
    ['Nama Bil', (c, o, r, i) => row(MY_BILLS, i + +o.id)[1], [PL('name')], opt],
    ['Kategori', (c, o, r, i) => row(MY_BILLS, i + +o.id)[0], []],
    ['No. Invois', (c, o) => `TP${cst(o.at).y}${pad(cst(o.at).m)}${pad(cst(o.at).d)}${pad(+o.id * 37 % 1000000, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['No. Rujukan', (c, o, r) => (r() < 0.6 ? `ORD${v.int(r, 10000, 99999)}` : ''), [OR('purchaseID')], opt],
    ['Nama Pembayar', (c) => loc(c, 'ms').full, []],
    ['E-mel Pembayar', (c) => loc(c, 'ms').email, EMAIL_ID],
    ['No. Telefon Pembayar', (c) => loc(c, 'ms').mobile, PHONE_ID, opt],
    ['Amaun (RM)', (c, o, r, i) => dec2(row(MY_BILLS, i + +o.id)[2]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Caj Transaksi (RM)', (c, o) => (row(['FPX', 'FPX', 'FPX', 'Kad Kredit/Debit', 'DuitNow QR'], +o.id) === 'Kad Kredit/Debit' ? '1.50' : '1.00'), []],
    ['Kaedah Bayaran', (c, o) => row(['FPX', 'FPX', 'FPX', 'Kad Kredit/Debit', 'DuitNow QR'], +o.id), [OR('payments[0].paymentType')]],
    ['Bank', (c, o, r) => (row(['FPX', 'FPX', 'FPX', 'Kad Kredit/Debit', 'DuitNow QR'], +o.id) === 'FPX' ? v.pick(r, ['Maybank2U', 'CIMB Clicks', 'Bank Islam', 'RHB Now', 'Public Bank']) : ''), []],
    ['ID Transaksi FPX', (c, o, r) => (row(['FPX', 'FPX', 'FPX', 'Kad Kredit/Debit', 'DuitNow QR'], +o.id) === 'FPX' ? `${ymd(cst(o.at), '').slice(2)}${v.int(r, 1000000000, 9999999999)}` : ''), [OR('payments[0].transactionID')], opt],
    ['Status Bayaran', (c, o, r) => v.pick(r, ['Berjaya', 'Berjaya', 'Berjaya', 'Berjaya', 'Tidak Berjaya', 'Belum Selesai']), [], opt],
    ['Tarikh Bayaran', (c, o) => `${dmy(cst(o.at), '-')} ${hms(cst(o.at))}`, ['timestamp']],
    ['Tarikh Bil Dicipta', (c, o) => `${dmy(cst(o.at - 3 * day), '-')} ${hms(cst(o.at - 3 * day))}`, [OR('createdDate')], opt],
    ['Tarikh Penyelesaian', (c, o) => dmy(cst(o.at + 2 * day), '-'), [], opt],
    ['Keterangan', (c, o, r) => v.pick(r, ['', 'Terima kasih', 'Bayaran penuh', 'Deposit 50%']), []],
  ] },
]
