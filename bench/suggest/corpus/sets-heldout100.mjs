// Round 100, heldout100: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Asia-Pacific products in their UI languages (ja, zh, ko, th, vi, id,
// ms, en): a Japanese booking tool's reservation list and a Japanese SFA's contacts, a Chinese QR-payment POS's
// transactions, a Chinese restaurant chain's membership, a Chinese WeCom-era sales CRM, a Taiwanese shop builder's
// members, a Hong Kong WhatsApp CRM's contacts, a Korean KakaoTalk/SMS sender's message log, a Thai CRM's leads, a
// Vietnamese on-demand delivery app's orders, an Indonesian e-mail tool's subscribers and a Malaysian agent/dropship
// order system's orders.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// local time written without offset: JST/KST +9, China/Taiwan/HK/Malaysia +8, Thailand/Vietnam/Jakarta +7
const tz = (ms, h) => shift(ms, h)
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const bd = (c) => v.parts(c.birth)
const upd = (c) => c.created + ((+c.id % 400) + 1) * day + (+c.id % 86400) * 1000
const grp = (n, t = ',') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
const dec2 = (n) => (Math.round(n * 100) / 100).toFixed(2)

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people, seeded by the row's person
const JA = {
  last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato']],
  male: [['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健一', 'ケンイチ', 'kenichi'], ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki']],
  female: [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['さくら', 'サクラ', 'sakura'], ['恵', 'メグミ', 'megumi'], ['由美', 'ユミ', 'yumi']],
  mail: ['gmail.com', 'docomo.ne.jp', 'icloud.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'softbank.ne.jp'],
}
const ZH = {
  last: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'],
  male: ['伟', '磊', '浩然', '子轩', '建国', '俊杰', '宇航'],
  female: ['芳', '娜', '静', '婷', '雨桐', '欣怡', '晓燕'],
}
const TW = {
  last: ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊'],
  male: ['冠宇', '家豪', '志明', '承恩', '柏翰'],
  female: ['怡君', '雅婷', '淑芬', '詠晴', '佩珊'],
  // [縣市, 鄉鎮市區, 郵遞區號, 路段]
  places: [['台北市', '大安區', '106', '忠孝東路四段'], ['新北市', '板橋區', '220', '文化路一段'], ['台中市', '西屯區', '407', '文心路二段'], ['高雄市', '前鎮區', '806', '中山二路'], ['台南市', '東區', '701', '東門路二段'], ['桃園市', '中壢區', '320', '中正路']],
}
const KO = {
  last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
  first: ['민준', '서연', '지훈', '지우', '현우', '수빈', '도윤', '하은'],
}
const TH = {
  male: ['สมชาย', 'ณัฐพล', 'ธนากร', 'วีรยุทธ', 'กิตติพงษ์'],
  female: ['สุดารัตน์', 'พิมพ์ชนก', 'กมลวรรณ', 'อรอุมา', 'ศิริพร'],
  nick: ['บอส', 'แนน', 'ต้น', 'ปุ๋ย', 'เอ็ม', 'ฝน', 'กอล์ฟ', 'มิ้นท์'],
  last: ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'ทองดี', 'บุญมา', 'จันทร์เพ็ญ', 'สุวรรณรัตน์', 'พรหมมา'],
  latin: ['somchai', 'nattapon', 'thanakorn', 'weerayut', 'kittipong', 'sudarat', 'pimchanok', 'kamonwan', 'onuma', 'siriporn'],
}
const VI = {
  names: [['Nguyễn Văn An', false], ['Trần Thị Bích Ngọc', true], ['Lê Hoàng Nam', false], ['Phạm Thu Trang', true], ['Hoàng Minh Đức', false], ['Vũ Thị Mai', true], ['Đặng Quốc Huy', false], ['Bùi Ngọc Lan', true], ['Đỗ Thanh Tùng', false], ['Ngô Thị Hồng Nhung', true]],
}
const ID = {
  names: [['Budi', 'Santoso', false], ['Siti', 'Rahmawati', true], ['Agus', 'Prasetyo', false], ['Dewi', 'Lestari', true], ['Rizky', 'Ramadhan', false], ['Putri', 'Ayu Wulandari', true], ['Andi', 'Wijaya', false], ['Rina', 'Kartika', true], ['Hendra', 'Gunawan', false], ['Nurul', 'Hidayah', true]],
  places: [['Jakarta Selatan', 'DKI Jakarta'], ['Bandung', 'Jawa Barat'], ['Surabaya', 'Jawa Timur'], ['Yogyakarta', 'DI Yogyakarta'], ['Medan', 'Sumatera Utara'], ['Semarang', 'Jawa Tengah'], ['Tangerang Selatan', 'Banten'], ['Denpasar', 'Bali']],
  mail: ['gmail.com', 'yahoo.co.id', 'gmail.com', 'hotmail.com'],
}
const MS = {
  names: [['Ahmad Faizal bin Ismail', 'faizal', false], ['Nur Aisyah binti Rahman', 'aisyah', true], ['Muhammad Hafiz bin Zainal', 'hafiz', false], ['Siti Aminah binti Yusof', 'aminah', true], ['Tan Wei Ling', 'weiling.tan', true], ['Lim Chee Keong', 'cheekeong', false], ['Kavitha a/p Subramaniam', 'kavitha', true], ['Mohd Azlan bin Hassan', 'azlan', false], ['Nurul Izzati binti Omar', 'izzati', true], ['Wan Ahmad Syafiq bin Wan Ali', 'syafiq', false]],
  // [bandar, poskod, negeri, jalan]
  places: [['Shah Alam', '40150', 'Selangor', 'Jalan Plumbum'], ['Petaling Jaya', '47301', 'Selangor', 'Jalan SS 2/24'], ['Kota Bharu', '15150', 'Kelantan', 'Jalan Sultan Yahya Petra'], ['Johor Bahru', '81200', 'Johor', 'Jalan Harmonium'], ['George Town', '10460', 'Pulau Pinang', 'Lorong Abu Siti'], ['Ipoh', '31400', 'Perak', 'Jalan Tasek'], ['Kuala Terengganu', '20300', 'Terengganu', 'Jalan Sultan Omar'], ['Alor Setar', '05150', 'Kedah', 'Jalan Langgar']],
}
const HK = {
  names: [['Karen', 'Wong', true], ['Kelvin', 'Chan', false], ['Winnie', 'Cheung', true], ['Jacky', 'Lee', false], ['Mandy', 'Lau', true], ['Ivan', 'Ng', false], ['Cherry', 'Ho', true], ['Raymond', 'Leung', false], ['Fiona', 'Tsang', true], ['Ken', 'Yip', false]],
}
const memo = new Map()
const loc = (c) => {
  if (memo.has(c.id + c.first)) return memo.get(c.id + c.first)
  const r = v.rng(+c.id * 37 + c.last.length * 13 + 5)
  const female = r() < 0.5
  const ja = v.pick(r, JA.last), jf = v.pick(r, female ? JA.female : JA.male)
  const twPlace = v.pick(r, TW.places)
  const vi = v.pick(r, VI.names), idn = v.pick(r, ID.names), ms = v.pick(r, MS.names), hk = v.pick(r, HK.names)
  const msPlace = v.pick(r, MS.places), idPlace = v.pick(r, ID.places)
  const p = {
    female,
    ja: { last: ja[0], lastKana: ja[1], first: jf[0], firstKana: jf[1], slug: `${jf[2]}.${ja[2]}`,
      mobile: `${v.pick(r, ['090', '080', '070'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` },
    zh: { last: v.pick(r, ZH.last), first: v.pick(r, female ? ZH.female : ZH.male),
      mobile: `1${v.pick(r, ['38', '39', '35', '58', '86', '88', '77', '52'])}${v.int(r, 10000000, 99999999)}`, qq: String(v.int(r, 100000000, 2999999999)) },
    tw: { last: v.pick(r, TW.last), first: v.pick(r, female ? TW.female : TW.male), city: twPlace[0], district: twPlace[1], zip: twPlace[2],
      street: `${twPlace[3]}${v.int(r, 1, 320)}號${r() < 0.5 ? `${v.int(r, 2, 12)}樓` : ''}`,
      mobile: `09${v.int(r, 10, 88)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}` },
    ko: { last: v.pick(r, KO.last), first: v.pick(r, KO.first), mobile: `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}` },
    th: { first: v.pick(r, female ? TH.female : TH.male), last: v.pick(r, TH.last), nick: v.pick(r, TH.nick), latin: v.pick(r, TH.latin),
      mobile: `0${v.pick(r, ['81', '86', '89', '92', '95', '61', '63'])}-${v.int(r, 100, 999)}-${v.int(r, 1000, 9999)}` },
    vi: { full: vi[0], mobile: `0${v.pick(r, ['90', '91', '93', '97', '98', '32', '35', '86', '88'])}${v.int(r, 1000000, 9999999)}` },
    id: { first: idn[0], last: idn[1], female: idn[2], city: idPlace[0], prov: idPlace[1],
      email: `${idn[0].toLowerCase()}${v.pick(r, ['.', '', '_'])}${idn[1].split(' ')[0].toLowerCase()}${r() < 0.5 ? v.int(r, 80, 99) : ''}@${v.pick(r, ID.mail)}`,
      mobile: `08${v.pick(r, ['11', '12', '13', '21', '52', '56', '77', '78', '95'])}${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}` },
    ms: { full: ms[0], slug: ms[1], female: ms[2], city: msPlace[0], poskod: msPlace[1], negeri: msPlace[2],
      street: `No. ${v.int(r, 1, 88)}, ${msPlace[3]}${r() < 0.4 ? `, Taman ${v.pick(r, ['Sri Muda', 'Melawati', 'Desa', 'Bukit Indah'])}` : ''}`,
      mobile: `01${v.pick(r, ['2', '3', '6', '7', '9', '1'])}-${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` },
    hk: { first: hk[0], last: hk[1], female: hk[2], wa: `852${v.pick(r, ['9', '6', '5'])}${v.int(r, 1000000, 9999999)}` },
  }
  p.ja.email = `${p.ja.slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, JA.mail)}`
  p.zh.email = r() < 0.5 ? `${p.zh.qq}@qq.com` : `${p.zh.mobile.slice(3)}@163.com`
  p.tw.email = `${v.pick(r, ['tea', 'amy', 'kevin', 'sunny', 'jessie', 'leo'])}${v.int(r, 10, 9999)}@${v.pick(r, ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'gmail.com'])}`
  p.hk.email = `${p.hk.first.toLowerCase()}${v.pick(r, ['.', '', '_'])}${p.hk.last.toLowerCase()}${r() < 0.5 ? v.int(r, 80, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.com.hk', 'outlook.com', 'netvigator.com'])}`
  p.ms.email = `${p.ms.slug}${v.int(r, 80, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com', 'hotmail.com'])}`
  memo.set(c.id + c.first, p)
  return p
}

// ---------------------------------------------------------------- catalogues and companies
// Airリザーブ: a Nagoya relaxation salon: [メニュー, 料金, 分]
const MENUS = [['ボディケア60分', 6600, 60], ['ボディケア90分', 9350, 90], ['足つぼ40分', 4400, 40], ['ヘッドスパ45分', 5500, 45], ['アロマオイル90分', 11000, 90], ['【初回限定】全身ほぐし70分', 5980, 70]]
const STAFF = ['指名なし', '山口', '木村', '森', '指名なし']
// Knowledge Suite: Japanese client companies: [会社名, カナ, ドメイン, 都道府県, 住所1, 郵便番号, 代表電話]
const JA_CO = [['株式会社中部精機', 'チュウブセイキ', 'chubu-seiki.co.jp', '愛知県', '名古屋市中村区名駅4-5-28', '450-0002', '052-581-3301'], ['東邦ロジスティクス株式会社', 'トウホウロジスティクス', 'toho-logi.jp', '東京都', '港区芝浦3-4-1', '108-0023', '03-5441-2210'], ['株式会社さくらフーズ', 'サクラフーズ', 'sakura-foods.co.jp', '大阪府', '大阪市淀川区西中島5-11-8', '532-0011', '06-6305-7720'], ['北陸メディカル株式会社', 'ホクリクメディカル', 'hokuriku-med.jp', '石川県', '金沢市広岡3-1-1', '920-0031', '076-222-9015'], ['株式会社ミライ建設', 'ミライケンセツ', 'mirai-kensetsu.co.jp', '福岡県', '福岡市博多区博多駅前2-19-24', '812-0011', '092-433-6180'], ['九州テクノサービス株式会社', 'キュウシュウテクノサービス', 'kyushu-techno.co.jp', '熊本県', '熊本市中央区水前寺1-9-6', '862-0950', '096-385-4412']]
const JA_DEPT = [['総務部', '部長'], ['情報システム部', '課長'], ['営業本部', '本部長'], ['経営企画室', '室長'], ['購買部', '係長'], ['製造部 生産管理課', '主任'], ['代表取締役', '代表取締役社長']]
// 收钱吧: a Chengdu tea and snack shop: [商品, 单价]
const CD_ITEMS = [['招牌奶茶(大杯)', 16], ['杨枝甘露', 22], ['柠檬茶', 12], ['芋泥波波', 19], ['双人套餐', 45], ['蛋挞(4只)', 18]]
// EC SCRM: Chinese client companies: [公司, 省份, 城市, 地址, 网址, 行业]
const CN_CO = [['深圳市华科智能设备有限公司', '广东省', '深圳市', '南山区科技园科苑路15号', 'www.huakezn.com'], ['杭州云帆网络科技有限公司', '浙江省', '杭州市', '西湖区文三路259号昌地火炬大厦', 'www.yunfan-tech.cn'], ['上海瑞丰国际贸易有限公司', '上海市', '上海市', '浦东新区张杨路500号', 'www.ruifeng-trade.com'], ['成都天府教育咨询有限公司', '四川省', '成都市', '高新区天府大道中段1388号', 'www.tfedu.com.cn'], ['苏州恒通精密机械有限公司', '江苏省', '苏州市', '工业园区星湖街328号', 'www.htjm.cn'], ['北京博远医疗器械有限公司', '北京市', '北京市', '朝阳区酒仙桥路10号', 'www.boyuanmed.com']]
const CN_JOB = [['采购经理', '采购部'], ['总经理', '总经办'], ['IT主管', '信息部'], ['市场总监', '市场部'], ['行政主管', '行政部'], ['销售总监', '销售部']]
// Thai B2B: [บริษัท, โดเมน, จังหวัด, เขต/อำเภอ, ที่อยู่, รหัสไปรษณีย์, โทร]
const TH_CO = [['บริษัท สยามฟู้ดโปรดักส์ จำกัด', 'siamfoodproducts.co.th', 'กรุงเทพมหานคร', 'เขตบางนา', '99/12 ถนนบางนา-ตราด', '10260', '02-398-4411'], ['บริษัท ไทยพัฒนาโลจิสติกส์ จำกัด', 'thaipattanalogistics.com', 'สมุทรปราการ', 'อำเภอบางพลี', '88 หมู่ 5 ถนนเทพารักษ์', '10540', '02-312-7788'], ['บริษัท เชียงใหม่ดิจิทัล จำกัด', 'cmdigital.co.th', 'เชียงใหม่', 'อำเภอเมืองเชียงใหม่', '215 ถนนห้วยแก้ว', '50200', '053-226-190'], ['บริษัท อีสเทิร์นซีบอร์ดพลาสติก จำกัด (มหาชน)', 'espplastic.com', 'ชลบุรี', 'อำเภอศรีราชา', '300/8 นิคมอุตสาหกรรมแหลมฉบัง', '20230', '038-490-155'], ['บริษัท กรีนเทค เอ็นเนอร์ยี่ จำกัด', 'greentech-energy.co.th', 'กรุงเทพมหานคร', 'เขตห้วยขวาง', '1 อาคารจีทาวเวอร์ ถนนพระราม 9', '10310', '02-026-3300']]
const TH_JOB = [['ผู้จัดการฝ่ายจัดซื้อ', 'จัดซื้อ'], ['กรรมการผู้จัดการ', 'บริหาร'], ['ผู้จัดการฝ่ายไอที', 'ไอที'], ['หัวหน้าฝ่ายการตลาด', 'การตลาด'], ['ผู้จัดการฝ่ายบุคคล', 'ทรัพยากรบุคคล']]
// Bizapp: a Kota Bharu frozen-food HQ: [SKU, produk, harga RM]
const FROZEN = [['KRP-001', 'Keropok Lekor Kelantan 1kg', 15], ['NGT-500', 'Nugget Ayam Homemade 500g', 12.9], ['SMB-010', 'Samosa Daging (10 pcs)', 9.5], ['PAU-KC6', 'Pau Kacang Merah (6 biji)', 8], ['RDG-PK', 'Rendang Tok Perak 500g', 28], ['SPR-20', 'Spring Roll Sayur (20 pcs)', 11.5]]
// Ahamove: a Saigon bakery's deliveries: [shop address]
const PICKUP = '123 Nguyễn Trãi, Phường Bến Thành, Quận 1, Hồ Chí Minh'
const VI_ADDR = ['45 Lê Văn Sỹ, Phường 13, Quận 3, Hồ Chí Minh', '212 Nguyễn Văn Linh, Phường Tân Phong, Quận 7, Hồ Chí Minh', '18A Điện Biên Phủ, Phường 17, Bình Thạnh, Hồ Chí Minh', '77 Hoàng Văn Thụ, Phường 15, Phú Nhuận, Hồ Chí Minh', '9 Cộng Hòa, Phường 4, Tân Bình, Hồ Chí Minh', '301 Võ Văn Ngân, Phường Linh Chiểu, Thủ Đức, Hồ Chí Minh']

export const SETS = [
  // ---------------------------------------------------------------- booking (Japan)
  { name: 'airreserve-yoyaku-ichiran-csv-ja', product: 'Airリザーブ / AirRESERVE (Recruit; 予約一覧 > CSVダウンロード, one row per reservation, Japanese UI, a Nagoya relaxation salon taking web and phone bookings, JST, JPY)', family: 'booking', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o) => `R${pad(+o.id * 7919 % 100000000, 8)}`, [OR('purchaseID'), '_id']],
    ['予約ステータス', (c, o) => row(['予約確定', '予約確定', '来店済み', '来店済み', 'キャンセル', '無断キャンセル'], +o.id % 6), [], opt],
    ['予約経路', (c, o) => row(['ネット予約', 'ネット予約', '電話', 'ホットペッパービューティー', '店頭'], +o.id % 5), [], opt],
    ['来店日', (c, o) => ymd(tz(o.at + (3 + +o.id % 20) * day, 9), '/'), [], opt],
    ['開始時刻', (c, o) => `${pad(10 + +o.id % 10)}:${+o.id % 2 ? '30' : '00'}`, []],
    ['終了時刻', (c, o, r, i) => { const m = (10 + +o.id % 10) * 60 + (+o.id % 2 ? 30 : 0) + row(MENUS, i + +o.id)[2]; return `${pad(Math.floor(m / 60))}:${pad(m % 60)}` }, []],
    ['メニュー', (c, o, r, i) => row(MENUS, i + +o.id)[0], [PL('name')]],
    ['担当スタッフ', (c, o) => row(STAFF, +o.id % 5), []],
    ['人数', () => '1', []],
    ['お客様名', (c) => `${loc(c).ja.last} ${loc(c).ja.first}`, []],
    ['お客様名（フリガナ）', (c) => `${loc(c).ja.lastKana} ${loc(c).ja.firstKana}`, []],
    ['電話番号', (c) => loc(c).ja.mobile, PHONE_ID, opt],
    ['メールアドレス', (c, o) => (row(['ネット予約', 'ネット予約', '電話', 'ホットペッパービューティー', '店頭'], +o.id % 5) === '電話' ? '' : loc(c).ja.email), EMAIL_ID, opt],
    ['来店回数', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['料金（税込）', (c, o, r, i) => grp(row(MENUS, i + +o.id)[1]), [OR('priceTotal')]],
    ['クーポン', (c, o, r, i) => (row(MENUS, i + +o.id)[0].startsWith('【初回') ? '初回限定クーポン' : ''), ['commerce.promotionID'], opt],
    ['事前決済', (c, o) => (+o.id % 4 === 0 ? '済み' : ''), [], opt],
    ['ご要望・ご質問', (c, o, r) => v.pick(r, ['', '', '', '肩こりがひどいです', '強めでお願いします', '妊娠中です（安定期）']), []],
    ['お店からのメモ', (c, o, r) => v.pick(r, ['', '', '', '腰痛持ち', '前回ヘッドスパ追加']), []],
    ['予約受付日時', (c, o) => `${ymd(tz(o.at, 9), '/')} ${hm(tz(o.at, 9))}`, ['timestamp', OR('createdDate')]],
    ['最終更新日時', (c, o) => `${ymd(tz(o.at + 3600000 * (1 + +o.id % 30), 9), '/')} ${hm(tz(o.at + 3600000 * (1 + +o.id % 30), 9))}`, [OR('lastUpdatedDate')], opt],
    ['キャンセル日時', (c, o) => (+o.id % 6 === 4 ? `${ymd(tz(o.at + day, 9), '/')} ${hm(tz(o.at + day, 9))}` : ''), [OR('cancelDate')], opt],
  ] },
  // ---------------------------------------------------------------- CRM / SFA (Japan)
  { name: 'knowledge-suite-tantosha-csv-ja', product: 'Knowledge Suite (ナレッジスイート株式会社 SFA/CRM: 顧客管理 > 担当者 > CSV出力, Japanese UI, a Nagoya industrial-IT reseller\'s client contacts, one row per 担当者)', family: 'crm', language: 'ja', schema: B, cols: [
    ['担当者ID', (c) => String(200000 + +c.id % 700000), B2BID],
    ['顧客ID', (c) => String(5000 + +c.id % 6), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['会社名', (c) => row(JA_CO, +c.id % 6)[0], CO],
    ['会社名（カナ）', (c) => row(JA_CO, +c.id % 6)[1], []],
    ['部署', (c) => row(JA_DEPT, +c.id % 7)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => row(JA_DEPT, +c.id % 7)[1], ['extendedWorkDetails.jobTitle']],
    ['姓', (c) => loc(c).ja.last, ['person.name.lastName']],
    ['名', (c) => loc(c).ja.first, ['person.name.firstName']],
    ['姓（カナ）', (c) => loc(c).ja.lastKana, []],
    ['名（カナ）', (c) => loc(c).ja.firstKana, []],
    ['メールアドレス', (c) => `${loc(c).ja.slug.split('.')[1]}@${row(JA_CO, +c.id % 6)[2]}`, WE],
    ['電話番号', (c) => row(JA_CO, +c.id % 6)[6], ['workPhone.number']],
    ['携帯電話番号', (c, o, r) => (r() < 0.6 ? loc(c).ja.mobile : ''), ['mobilePhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.5 ? row(JA_CO, +c.id % 6)[6].replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['郵便番号', (c) => row(JA_CO, +c.id % 6)[5], [W('postalCode')]],
    ['都道府県', (c) => row(JA_CO, +c.id % 6)[3], STATE(['workAddress'])],
    ['住所', (c) => row(JA_CO, +c.id % 6)[4], [W('street1')]],
    ['建物名', (c, o, r) => (r() < 0.5 ? v.pick(r, ['ミッドランドスクエア12F', '芝浦ビル5階', '新大阪第2ビル3F']) : ''), [W('street2')]],
    ['URL', (c) => `https://www.${row(JA_CO, +c.id % 6)[2]}/`, ['b2b.companyWebsite']],
    ['担当営業', (c, o, r) => v.pick(r, ['営業1課 村田', '営業2課 西川', '営業1課 大野']), []],
    ['キーマン', (c) => (+c.id % 7 >= 5 ? '○' : ''), []],
    ['名刺交換日', (c) => ymd(tz(c.created - 30 * day, 9), '/'), [], opt],
    ['情報源', (c, o, r) => v.pick(r, ['展示会', 'Webお問い合わせ', '紹介', 'セミナー', 'テレアポ']), ['b2b.personSource'], opt],
    ['メール配信', (c) => (c.bool ? '配信する' : '配信しない'), [], opt],
    ['登録日時', (c) => `${ymd(tz(c.created, 9), '/')} ${hm(tz(c.created, 9))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => `${ymd(tz(upd(c), 9), '/')} ${hm(tz(upd(c), 9))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', '次回訪問は4月予定', 'リプレース検討中', '決裁者は社長']), []],
  ] },
  // ---------------------------------------------------------------- POS payments (China)
  { name: 'shouqianba-jiaoyi-mingxi-zh', product: '收钱吧 Shouqianba (商户后台 > 交易 > 交易明细 > 导出, Excel, Simplified Chinese UI, a Chengdu milk-tea and snack shop with two stores taking WeChat Pay, Alipay and UnionPay QR on 收钱吧 terminals, Beijing time, CNY)', family: 'pos', language: 'zh', schema: E, cols: [
    ['交易日期', (c, o) => ymd(tz(o.at, 8)), ['timestamp'], opt],
    ['交易时间', (c, o) => hms(tz(o.at, 8)), ['timestamp'], opt],
    ['商户名称', () => '成都茶小满餐饮管理有限公司', []],
    ['门店名称', (c, o) => (+o.id % 3 ? '茶小满(春熙路店)' : '茶小满(玉林店)'), STORE, opt],
    ['门店号', (c, o) => (+o.id % 3 ? '21590034' : '21590035'), STORE, opt],
    ['终端号', (c, o) => `${+o.id % 3 ? '1001' : '1002'}${pad(+o.id % 3, 2)}`, []],
    ['收银员', (c, o) => row(['店长', '收银01', '收银02'], +o.id % 3), []],
    ['交易类型', (c, o) => (+o.id % 13 === 0 ? '退款' : '收款'), [], opt],
    ['支付方式', (c, o) => row(['微信', '支付宝', '微信', '云闪付', '微信', '支付宝'], +o.id % 6), [OR('payments[0].paymentType')]],
    ['收钱吧订单号', (c, o) => `7895${pad(+o.id * 104729 % 1000000000, 10)}`, ['_id', OR('payments[0].transactionID')]],
    ['商户订单号', (c, o) => (+o.id % 4 === 0 ? '' : `CXM${ymd(tz(o.at, 8), '')}${pad(+o.id % 10000, 4)}`), [OR('purchaseID')]],
    ['支付通道订单号', (c, o) => `${row(['42000', '20240', '42000', '10026', '42000', '20240'], +o.id % 6)}${pad(+o.id * 7919 % 1000000000, 13)}`, [OR('payments[0].transactionID')], opt],
    ['商品', (c, o, r, i) => row(CD_ITEMS, i + +o.id)[0], [PL('name')], opt],
    ['交易金额', (c, o, r, i) => dec2(row(CD_ITEMS, i + +o.id)[1] * Math.min(o.qty, 2)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['优惠金额', (c, o) => dec2(o.discount ? 3 : 0), [OR('discountAmount')], opt],
    ['实收金额', (c, o, r, i) => dec2(row(CD_ITEMS, i + +o.id)[1] * Math.min(o.qty, 2) - (o.discount ? 3 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['手续费', (c, o, r, i) => dec2((row(CD_ITEMS, i + +o.id)[1] * Math.min(o.qty, 2) - (o.discount ? 3 : 0)) * 0.0038), []],
    ['结算金额', (c, o, r, i) => dec2((row(CD_ITEMS, i + +o.id)[1] * Math.min(o.qty, 2) - (o.discount ? 3 : 0)) * 0.9962), []],
    ['退款金额', (c, o, r, i) => (+o.id % 13 === 0 ? dec2(row(CD_ITEMS, i + +o.id)[1] * Math.min(o.qty, 2)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['交易状态', (c, o) => (+o.id % 17 === 0 ? '失败' : '成功'), [], opt],
    ['付款人', (c, o) => (row(['微信', '支付宝', '微信', '云闪付', '微信', '支付宝'], +o.id % 6) === '支付宝' ? `${loc(c).zh.mobile.slice(0, 3)}****${loc(c).zh.mobile.slice(7)}` : `o${v.alnum(v.rng(+o.id), 5)}***`), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '少冰', '外卖自提']), []],
  ] },
  // ---------------------------------------------------------------- loyalty (China)
  { name: 'keruyun-huiyuan-liebiao-zh', product: '客如云 Keruyun (餐饮 SaaS 后台: 会员 > 会员列表 > 导出, Excel, Simplified Chinese UI, a Chengdu hotpot chain\'s stored-value and points members)', family: 'loyalty', language: 'zh', schema: P, cols: [
    ['会员ID', (c) => String(88000000 + +c.id * 3), ['_id', 'personID']],
    ['会员卡号', (c) => `8${pad(+c.id * 7 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['姓名', (c) => `${loc(c).zh.last}${loc(c).zh.first}`, ['person.name.fullName']],
    ['性别', (c) => (loc(c).female ? '女' : '男'), ['person.gender']],
    ['手机号', (c) => loc(c).zh.mobile, ['mobilePhone.number']],
    ['生日', (c, o, r) => (r() < 0.8 ? ymd(bd(c)) : ''), ['person.birthDate']],
    ['会员等级', (c) => row(['普通会员', '银卡会员', '金卡会员', '普通会员', '钻石会员'], +c.id % 5), ['loyalty.tier']],
    ['储值余额', (c, o, r) => dec2(r() < 0.5 ? v.int(r, 0, 200000) / 100 : 0), []],
    ['累计储值', (c, o, r) => dec2(v.int(r, 0, 10) * 500), []],
    ['积分余额', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.points']],
    ['累计积分', (c, o, r) => String(v.int(r, 6000, 30000)), ['loyalty.lifetimePoints']],
    ['已用积分', (c, o, r) => String(v.int(r, 0, 20000)), ['loyalty.pointsRedeemed']],
    ['消费次数', (c, o, r) => String(v.int(r, 1, 80)), []],
    ['累计消费金额', (c, o, r) => dec2(v.int(r, 10000, 3000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['最近消费时间', (c) => `${ymd(tz(upd(c), 8))} ${hms(tz(upd(c), 8))}`, [], opt],
    ['开卡门店', (c, o, r) => v.pick(r, ['小龙坎老火锅(春熙路店)', '小龙坎老火锅(宽窄巷子店)', '小龙坎老火锅(环球中心店)', '微信会员中心']), []],
    ['开卡时间', (c) => `${ymd(tz(c.created, 8))} ${hms(tz(c.created, 8))}`, ['loyalty.joinDate']],
    ['会员来源', (c, o, r) => v.pick(r, ['微信公众号', '门店收银', '微信小程序', '美团', '导入']), [], opt],
    ['状态', (c, o, r) => (r() < 0.93 ? '正常' : '冻结'), ['loyalty.status'], opt],
    ['标签', (c, o, r) => v.pick(r, ['', '', '高频', '生日月', '高频,大桌']), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '不吃香菜', '常订包间']), []],
  ] },
  // ---------------------------------------------------------------- CRM (China)
  { name: 'ec-scrm-kehu-daochu-zh', product: 'EC SCRM (六度人和 EC: 客户 > 客户列表 > 导出客户, Excel, Simplified Chinese UI, a Shenzhen industrial-software vendor\'s sales team, one row per contact)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户编号', (c) => String(310000000 + +c.id * 11), B2BID],
    ['姓名', (c) => `${loc(c).zh.last}${loc(c).zh.first}`, ['person.name.fullName']],
    ['性别', (c) => (loc(c).female ? '女' : '男'), ['person.gender']],
    ['手机', (c) => loc(c).zh.mobile, ['mobilePhone.number']],
    ['电话', (c, o, r) => (r() < 0.5 ? `0${v.pick(r, ['755', '571', '21', '28', '512', '10'])}-${v.int(r, 20000000, 89999999)}` : ''), ['workPhone.number']],
    ['邮箱', (c, o, r) => (r() < 0.7 ? loc(c).zh.email : ''), WE],
    ['QQ', (c, o, r) => (r() < 0.4 ? loc(c).zh.qq : ''), []],
    ['微信', (c, o, r) => (r() < 0.7 ? `wxid_${v.alnum(r, 10).toLowerCase()}` : ''), []],
    ['公司名称', (c) => row(CN_CO, +c.id % 6)[0], CO],
    ['职位', (c) => row(CN_JOB, +c.id % 6)[0], ['extendedWorkDetails.jobTitle']],
    ['部门', (c) => row(CN_JOB, +c.id % 6)[1], ['extendedWorkDetails.departments[0]']],
    ['省份', (c) => row(CN_CO, +c.id % 6)[1], STATE(['workAddress'])],
    ['城市', (c) => row(CN_CO, +c.id % 6)[2], [W('city')]],
    ['详细地址', (c) => row(CN_CO, +c.id % 6)[3], [W('street1')]],
    ['公司网址', (c) => row(CN_CO, +c.id % 6)[4], ['b2b.companyWebsite']],
    ['客户来源', (c, o, r) => v.pick(r, ['百度推广', '展会', '官网留言', '老客户转介绍', '400电话']), ['b2b.personSource'], opt],
    ['客户阶段', (c, o, r) => v.pick(r, ['初步沟通', '需求确认', '方案报价', '成交', '流失']), ['b2b.personStatus'], opt],
    ['标签', (c, o, r) => v.pick(r, ['', '重点客户', 'A类', '招投标', 'A类,重点客户']), []],
    ['跟进人', (c, o, r) => v.pick(r, ['张晓明', '刘倩', '销售二部-王磊']), []],
    ['跟进次数', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['最后跟进时间', (c) => `${ymd(tz(upd(c), 8))} ${hm(tz(upd(c), 8))}`, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['创建时间', (c) => `${ymd(tz(c.created, 8))} ${hm(tz(c.created, 8))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '下季度有预算', '需要上门演示', '竞品在跟']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce customers (Taiwan)
  { name: 'meepshop-huiyuan-daochu-zh-tw', product: 'Meepshop (商店後台: 會員 > 會員列表 > 匯出會員, Excel, Traditional Chinese UI, a Taichung tea-leaf shop\'s online members)', family: 'ecommerce-customers', language: 'zh', schema: P, cols: [
    ['會員編號', (c) => `M${pad(+c.id * 13 % 10000000, 7)}`, ['_id', 'personID']],
    ['姓名', (c) => `${loc(c).tw.last}${loc(c).tw.first}`, ['person.name.fullName']],
    ['Email', (c) => loc(c).tw.email, ['personalEmail.address']],
    ['手機', (c) => loc(c).tw.mobile, ['mobilePhone.number']],
    ['市話', (c, o, r) => (r() < 0.2 ? `(0${v.pick(r, ['2', '4', '7'])})${v.int(r, 2000, 2999)}-${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['性別', (c) => (loc(c).female ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.75 ? ymd(bd(c), '/') : ''), ['person.birthDate']],
    ['郵遞區號', (c) => loc(c).tw.zip, at(HOME, 'postalCode')],
    ['縣市', (c) => loc(c).tw.city, [...STATE(HOME), ...at(HOME, 'city')]],
    ['鄉鎮市區', (c) => loc(c).tw.district, [...at(HOME, 'city'), ...at(HOME, 'street2')], opt],
    ['地址', (c) => loc(c).tw.street, at(HOME, 'street1')],
    ['會員等級', (c) => row(['一般會員', '一般會員', 'VIP會員', '茶友會員'], +c.id % 4), ['loyalty.tier'], opt],
    ['購物金', (c, o, r) => String(r() < 0.4 ? v.int(r, 1, 30) * 10 : 0), []],
    ['點數', (c, o, r) => String(v.int(r, 0, 1200)), ['loyalty.points'], opt],
    ['累積消費金額', (c, o, r) => grp(v.int(r, 0, 60000)), ['loyalty.lifetimePurchases'], opt],
    ['訂單數', (c, o, r) => String(v.int(r, 0, 24)), []],
    ['註冊方式', (c, o, r) => v.pick(r, ['Email', 'LINE', 'Facebook', 'Google', 'LINE']), [], opt],
    ['訂閱電子報', (c) => (c.bool ? '是' : '否'), [], opt],
    ['註冊時間', (c) => `${ymd(tz(c.created, 8), '/')} ${hms(tz(c.created, 8))}`, [], opt],
    ['最後登入時間', (c) => `${ymd(tz(upd(c), 8), '/')} ${hms(tz(upd(c), 8))}`, [], opt],
    ['推薦人', (c, o, r) => (r() < 0.1 ? `M${pad(v.int(r, 1, 9999999), 7)}` : ''), []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '', '批發客戶', '公司團購聯絡人']), []],
  ] },
  // ---------------------------------------------------------------- WhatsApp CRM (Hong Kong)
  { name: 'sleekflow-contacts-export-hk', product: 'SleekFlow (Contacts > Select all > Export, CSV, English UI, a Hong Kong medical-aesthetics clinic\'s WhatsApp, Instagram and web-chat contacts, times in HKT)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['Id', (c) => v.uuid(v.rng(+c.id * 5 + 3)), ['_id', 'personID']],
    ['First Name', (c) => loc(c).hk.first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c).hk.last, ['person.name.lastName']],
    ['PhoneNumber', (c) => loc(c).hk.wa, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.55 ? loc(c).hk.email : ''), ['personalEmail.address']],
    ['Contact Owner', (c, o, r) => v.pick(r, ['Nurse Joyce', 'Reception TST', 'Reception Central', '']), []],
    ['Labels', (c, o, r) => v.pick(r, ['HIFU', 'Botox;VIP', 'Facial', 'New Lead', 'Laser;Facial', '']), []],
    ['Lists', (c, o, r) => v.pick(r, ['Promo Sep', 'Existing Clients', 'Promo Sep;Existing Clients', '']), []],
    ['Lead Stage', (c, o, r) => v.pick(r, ['Prospect', 'Consultation Booked', 'Customer', 'Prospect', 'Lost']), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['WhatsApp', 'Instagram', 'Facebook Lead Ad', 'Website Chat', 'Walk-in']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['', 'High', 'Medium', 'Low']), []],
    ['Country', (c, o, r) => (r() < 0.9 ? 'Hong Kong' : 'Macau'), at(HOME, 'country'), opt],
    ['Subscriber', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Company Name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['HSBC', 'Cathay Pacific', 'Swire Properties']) : ''), ['organizations[0]'], opt],
    ['Job Title', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Manager', 'Flight Attendant', 'Analyst']) : ''), []],
    ['Last Channel', (c, o, r) => v.pick(r, ['whatsappcloudapi', 'instagram', 'web', 'whatsappcloudapi', 'facebook']), [], opt],
    ['Last Contact', (c) => `${ymd(tz(upd(c), 8))} ${hm(tz(upd(c), 8))}`, [], opt],
    ['Last Contact From Customers', (c) => `${ymd(tz(upd(c) - 3600000, 8))} ${hm(tz(upd(c) - 3600000, 8))}`, [], opt],
    ['Conversation Status', (c, o, r) => v.pick(r, ['Open', 'Closed', 'Closed', 'Pending']), []],
    ['Created At', (c) => `${ymd(tz(c.created, 8))} ${hm(tz(c.created, 8))}`, [], opt],
    ['Birthday', (c, o, r) => (r() < 0.3 ? ymd(bd(c)) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.6 ? (loc(c).hk.female ? 'Female' : 'Male') : ''), ['person.gender']],
  ] },
  // ---------------------------------------------------------------- messaging (Korea)
  { name: 'solapi-balsong-naeyeok-ko', product: 'SOLAPI (솔라피 콘솔: 메시지 > 발송 내역 > 엑셀(CSV) 다운로드, one row per message, Korean UI, an online bakery\'s 카카오 알림톡 order notices with SMS/LMS fallback and ad SMS, KST)', family: 'sms', language: 'ko', schema: E, cols: [
    ['메시지 ID', (c, o) => `M4V${ymd(tz(o.at, 9), '')}${hms(tz(o.at, 9)).replace(/:/g, '')}${v.alnum(v.rng(+o.id * 3 + 1), 10).toUpperCase()}`, ['_id']],
    ['그룹 ID', (c, o) => `G4V${ymd(tz(o.at, 9), '')}${v.alnum(v.rng(+o.id % 7 + 1), 12).toUpperCase()}`, [], opt],
    ['타입', (c, o) => row(['ATA', 'ATA', 'ATA', 'SMS', 'LMS', 'ATA'], +o.id % 6), []],
    ['대체발송', (c, o) => (row(['ATA', 'ATA', 'ATA', 'SMS', 'LMS', 'ATA'], +o.id % 6) !== 'ATA' && +o.id % 2 ? 'Y' : 'N'), [], opt],
    ['수신번호', (c) => loc(c).ko.mobile.replace(/-/g, ''), PHONE_ID],
    ['발신번호', () => '0212345678', []],
    ['카카오 채널 ID', (c, o) => (row(['ATA', 'ATA', 'ATA', 'SMS', 'LMS', 'ATA'], +o.id % 6) === 'ATA' ? 'KA01PF2305121403271234aBcDeFgH' : ''), []],
    ['템플릿 ID', (c, o) => (row(['ATA', 'ATA', 'ATA', 'SMS', 'LMS', 'ATA'], +o.id % 6) === 'ATA' ? row(['KA01TP230512_order', 'KA01TP230512_ship', 'KA01TP230512_pickup'], +o.id % 3) : ''), [], opt],
    ['제목', (c, o) => (row(['ATA', 'ATA', 'ATA', 'SMS', 'LMS', 'ATA'], +o.id % 6) === 'LMS' ? '[빵굽는마을] 주말 한정 세일' : ''), []],
    ['내용', (c, o) => row([`[빵굽는마을] ${loc(c).ko.last}${loc(c).ko.first}님, 주문이 접수되었습니다. 주문번호: BK${pad(+o.id, 6)}`, `[빵굽는마을] 주문하신 상품이 발송되었습니다. CJ대한통운 송장번호 ${pad(+o.id * 31, 12)}`, '[빵굽는마을] 픽업 준비가 완료되었습니다. 매장에서 수령해 주세요.', '(광고)[빵굽는마을] 식빵 1+1! 무료수신거부 080-123-4567', '(광고)[빵굽는마을] 이번 주말 전 품목 20% 할인. 쿠폰코드 WEEKEND20 무료거부 080-123-4567', `[빵굽는마을] ${loc(c).ko.last}${loc(c).ko.first}님, 주문이 접수되었습니다. 주문번호: BK${pad(+o.id, 6)}`], +o.id % 6), []],
    ['상태코드', (c, o, r) => v.pick(r, ['4000', '4000', '4000', '4000', '3059', '3104']), []],
    ['상태메시지', (c, o, r) => v.pick(r, ['수신완료', '수신완료', '수신완료', '수신완료', '카카오톡 미사용자', '전송실패(무선망)']), [], opt],
    ['통신사', (c, o, r) => v.pick(r, ['SKT', 'KT', 'LGU+', 'SKT', '']), ['environment.carrier'], opt],
    ['국가', () => '82', []],
    ['접수일시', (c, o) => `${ymd(tz(o.at - 2000, 9))} ${hms(tz(o.at - 2000, 9))}`, ['timestamp'], opt],
    ['발송일시', (c, o) => `${ymd(tz(o.at, 9))} ${hms(tz(o.at, 9))}`, ['timestamp']],
    ['완료일시', (c, o, r) => `${ymd(tz(o.at + 4000, 9))} ${hms(tz(o.at + 4000, 9))}`, [], opt],
    ['차감금액', (c, o) => row(['13', '13', '13', '20', '50', '13'], +o.id % 6), []],
    ['주문번호', (c, o) => (+o.id % 6 === 3 || +o.id % 6 === 4 ? '' : `BK${pad(+o.id, 6)}`), [OR('purchaseID')], opt],
    ['캠페인', (c, o) => (+o.id % 6 === 3 || +o.id % 6 === 4 ? '주말 세일 문자' : ''), ['marketing.campaignName'], opt],
  ] },
  // ---------------------------------------------------------------- B2B leads (Thailand)
  { name: 'wisible-leads-export-th', product: 'Wisible (Thai sales CRM: ลีด > ส่งออก Excel, Thai UI, a Bangkok packaging supplier\'s B2B leads from trade fairs, LINE OA and its website)', family: 'b2b-leads', language: 'th', schema: B, cols: [
    ['รหัสลีด', (c) => `LD-${pad(+c.id * 3 % 1000000, 6)}`, B2BID],
    ['ชื่อ', (c) => loc(c).th.first, ['person.name.firstName']],
    ['นามสกุล', (c) => loc(c).th.last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => loc(c).th.nick, []],
    ['บริษัท', (c) => row(TH_CO, +c.id % 5)[0], CO],
    ['ตำแหน่ง', (c) => row(TH_JOB, +c.id % 5)[0], ['extendedWorkDetails.jobTitle']],
    ['แผนก', (c) => row(TH_JOB, +c.id % 5)[1], ['extendedWorkDetails.departments[0]']],
    ['อีเมล', (c) => `${loc(c).th.latin}@${row(TH_CO, +c.id % 5)[1]}`, WE],
    ['เบอร์โทรศัพท์', (c) => row(TH_CO, +c.id % 5)[6], ['workPhone.number']],
    ['เบอร์มือถือ', (c) => loc(c).th.mobile, ['mobilePhone.number']],
    ['LINE ID', (c, o, r) => (r() < 0.7 ? `${loc(c).th.latin}${v.int(r, 1, 99)}` : ''), []],
    ['ที่อยู่', (c) => row(TH_CO, +c.id % 5)[4], [W('street1')]],
    ['เขต/อำเภอ', (c) => row(TH_CO, +c.id % 5)[3], [W('city'), W('street2')], opt],
    ['จังหวัด', (c) => row(TH_CO, +c.id % 5)[2], [...STATE(['workAddress']), W('city')]],
    ['รหัสไปรษณีย์', (c) => row(TH_CO, +c.id % 5)[5], [W('postalCode')]],
    ['เว็บไซต์', (c) => `www.${row(TH_CO, +c.id % 5)[1]}`, ['b2b.companyWebsite']],
    ['แหล่งที่มา', (c, o, r) => v.pick(r, ['งาน ProPak Asia', 'LINE OA', 'เว็บไซต์', 'Facebook', 'แนะนำ']), ['b2b.personSource'], opt],
    ['สถานะ', (c, o, r) => v.pick(r, ['ใหม่', 'ติดต่อแล้ว', 'นัดหมายแล้ว', 'เสนอราคา', 'ไม่สนใจ']), ['b2b.personStatus'], opt],
    ['มูลค่าที่คาดการณ์ (บาท)', (c, o, r) => `${grp(v.int(r, 2, 150) * 10000)}.00`, []],
    ['ผู้รับผิดชอบ', (c, o, r) => v.pick(r, ['คุณอารีย์', 'คุณธีรพงษ์', 'ทีมขาย 2']), []],
    ['แท็ก', (c, o, r) => v.pick(r, ['', 'อาหาร', 'ส่งออก', 'อาหาร, ส่งออก']), []],
    ['วันที่สร้าง', (c) => `${dmy(tz(c.created, 7))} ${hm(tz(c.created, 7))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['กิจกรรมล่าสุด', (c) => `${dmy(tz(upd(c), 7))} ${hm(tz(upd(c), 7))}`, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['หมายเหตุ', (c, o, r) => v.pick(r, ['', '', '', 'ขอใบเสนอราคากล่องลูกฟูก 5,000 ใบ', 'นัดเข้าพบหลังสงกรานต์']), []],
  ] },
  // ---------------------------------------------------------------- delivery (Vietnam)
  { name: 'ahamove-lich-su-don-hang-vi', product: 'Ahamove (web app doanh nghiệp: Lịch sử đơn hàng > Xuất Excel, one row per delivery order, Vietnamese UI, a Saigon bakery\'s same-day deliveries, ICT, VND)', family: 'delivery', language: 'vi', schema: E, cols: [
    ['Mã đơn hàng', (c, o) => v.alnum(v.rng(+o.id * 7 + 2), 6).toUpperCase(), ['_id']],
    ['Mã tham chiếu', (c, o) => (+o.id % 4 === 0 ? '' : `BNM${pad(+o.id % 100000, 5)}`), [OR('purchaseID')]],
    ['Thời gian tạo', (c, o) => `${dmy(tz(o.at, 7))} ${hm(tz(o.at, 7))}`, ['timestamp', OR('createdDate')]],
    ['Thời gian hoàn thành', (c, o) => (+o.id % 9 === 0 ? '' : `${dmy(tz(o.at + (35 + +o.id % 60) * 60000, 7))} ${hm(tz(o.at + (35 + +o.id % 60) * 60000, 7))}`), ['commerce.shipping.shipDate'], opt],
    ['Dịch vụ', (c, o) => row(['SGN-BIKE', 'SGN-BIKE', 'SGN-EXPRESS', 'SGN-POOL', 'SGN-SAMEDAY'], +o.id % 5), ['commerce.shipping.shippingMethod']],
    ['Tên dịch vụ', (c, o) => row(['Siêu Tốc', 'Siêu Tốc', 'Siêu Tốc - Đơn hàng nhẹ', 'Siêu Rẻ', 'Trong Ngày'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Trạng thái', (c, o) => (+o.id % 9 === 0 ? 'Đã hủy' : 'Hoàn thành'), [], opt],
    ['Điểm lấy hàng', () => PICKUP, []],
    ['Điểm giao hàng', (c, o) => row(VI_ADDR, +o.id % 6), [SHIP('street1')]],
    ['Tên người nhận', (c) => loc(c).vi.full, []],
    ['SĐT người nhận', (c) => loc(c).vi.mobile, PHONE_ID, opt],
    ['Khoảng cách (km)', (c, o) => (2 + (+o.id % 130) / 10).toFixed(1), []],
    ['Phí dịch vụ', (c, o) => grp(16000 + (+o.id % 130) * 500, '.'), ['commerce.shipping.shippingAmount']],
    ['Tiền thu hộ (COD)', (c, o) => (+o.id % 3 === 0 ? '0' : grp(85000 + (+o.id % 20) * 15000, '.')), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Phí thu hộ', (c, o) => (+o.id % 3 === 0 ? '0' : '0'), []],
    ['Mã khuyến mãi', (c, o) => (+o.id % 5 === 1 ? 'AHASHOP10' : ''), ['commerce.promotionID'], opt],
    ['Giảm giá', (c, o) => (+o.id % 5 === 1 ? '10.000' : '0'), [], opt],
    ['Tổng tiền', (c, o) => grp(16000 + (+o.id % 130) * 500 - (+o.id % 5 === 1 ? 10000 : 0), '.'), [], opt],
    ['Hình thức thanh toán', (c, o) => row(['Ví AhaMove', 'Tiền mặt', 'Ví AhaMove', 'Ví AhaMove'], +o.id % 4), [OR('payments[0].paymentType')], opt],
    ['Tài xế', (c, o) => row(['Trần Văn Tài', 'Lê Minh Phúc', 'Nguyễn Hữu Lộc', 'Phan Thanh Sơn'], +o.id % 4), []],
    ['SĐT tài xế', (c, o) => row(['0909112233', '0938445566', '0977889900', '0903667788'], +o.id % 4), []],
    ['Biển số xe', (c, o) => row(['59X2-123.45', '59T1-678.90', '51F-246.80', '59H1-135.79'], +o.id % 4), []],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Bánh kem, cầm thẳng tay', 'Gọi trước khi giao', 'Giao giờ hành chính']), []],
  ] },
  // ---------------------------------------------------------------- e-mail (Indonesia)
  { name: 'kirim-email-subscriber-ekspor-id', product: 'Kirim.Email (Subscriber > List > Ekspor CSV, Indonesian UI, a Bandung Muslim-fashion brand\'s newsletter list)', family: 'email', language: 'id', schema: P, cols: [
    ['ID Subscriber', (c) => String(9100000 + +c.id * 7), ['_id', 'personID']],
    ['Email', (c) => loc(c).id.email, ['personalEmail.address']],
    ['Nama Depan', (c) => loc(c).id.first, ['person.name.firstName']],
    ['Nama Belakang', (c) => loc(c).id.last, ['person.name.lastName']],
    ['No. HP', (c, o, r) => (r() < 0.7 ? loc(c).id.mobile : ''), ['mobilePhone.number']],
    ['Jenis Kelamin', (c, o, r) => (r() < 0.8 ? (loc(c).id.female ? 'Perempuan' : 'Laki-laki') : ''), ['person.gender']],
    ['Tanggal Lahir', (c, o, r) => (r() < 0.5 ? dmy(bd(c), '-') : ''), ['person.birthDate']],
    ['Kota', (c) => loc(c).id.city, at(HOME, 'city')],
    ['Provinsi', (c) => loc(c).id.prov, STATE(HOME)],
    ['Status', (c, o, r) => v.pick(r, ['Aktif', 'Aktif', 'Aktif', 'Berhenti Berlangganan', 'Bounce']), ['personalEmail.status'], opt],
    ['List', () => 'Pelanggan Hijab Nara', []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'pembeli', 'reseller', 'pembeli, promo ramadan', 'webinar']), []],
    ['Sumber', (c, o, r) => v.pick(r, ['Formulir Website', 'Impor CSV', 'Landing Page', 'API']), [], opt],
    ['Tanggal Bergabung', (c) => `${ymd(tz(c.created, 7))} ${hms(tz(c.created, 7))}`, [], opt],
    ['Terakhir Dibuka', (c, o, r) => (r() < 0.6 ? `${ymd(tz(upd(c), 7))} ${hms(tz(upd(c), 7))}` : ''), [], opt],
    ['Terakhir Diklik', (c, o, r) => (r() < 0.3 ? `${ymd(tz(upd(c), 7))} ${hms(tz(upd(c), 7))}` : ''), [], opt],
    ['Jumlah Dibuka', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Jumlah Diklik', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Alamat IP', (c, o, r) => `${v.pick(r, ['36.', '114.', '180.', '103.'])}${v.int(r, 64, 250)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, [], opt],
  ] },
  // ---------------------------------------------------------------- orders (Malaysia)
  { name: 'bizapp-senarai-order-ms', product: 'Bizapp (sistem pengurusan HQ, stokis dan agen: Order > Senarai Order > Eksport Excel, one row per order line, Malay UI, a Kota Bharu frozen-food HQ selling through agents, WhatsApp and its Bizapp web store, MYT, RM)', family: 'ecommerce-orders', language: 'ms', schema: E, cols: [
    ['No. Order', (c, o) => `BZ${pad(+o.id * 37 % 10000000, 7)}`, [OR('purchaseID'), '_id']],
    ['Tarikh Order', (c, o) => `${dmy(tz(o.at, 8))} ${hm(tz(o.at, 8))}`, ['timestamp', OR('createdDate')]],
    ['Agen / Stokis', (c, o) => row(['HQ', 'Stokis Kuantan - Kak Ros', 'Agen KL - Mira', 'HQ', 'Agen JB - Hafiz'], +o.id % 5), []],
    ['Nama Pelanggan', (c) => loc(c).ms.full, []],
    ['No. Telefon', (c) => loc(c).ms.mobile, PHONE_ID, opt],
    ['Emel', (c, o, r) => (r() < 0.5 ? loc(c).ms.email : ''), EMAIL_ID, opt],
    ['Alamat', (c) => loc(c).ms.street, [SHIP('street1')]],
    ['Poskod', (c) => loc(c).ms.poskod, [SHIP('postalCode')]],
    ['Bandar', (c) => loc(c).ms.city, [SHIP('city')]],
    ['Negeri', (c) => loc(c).ms.negeri, STATE(['commerce.shipping.address'])],
    ['SKU', (c, o, r, i) => row(FROZEN, i + +o.id)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(FROZEN, i + +o.id)[1], [PL('name')]],
    ['Kuantiti', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Seunit (RM)', (c, o, r, i) => dec2(row(FROZEN, i + +o.id)[2]), [], opt],
    ['Jumlah (RM)', (c, o, r, i) => dec2(row(FROZEN, i + +o.id)[2] * o.qty), [PL('priceTotal')]],
    ['Kos Penghantaran (RM)', (c, o) => dec2(row([8, 10, 0, 12, 8], +o.id % 5)), ['commerce.shipping.shippingAmount']],
    ['Diskaun (RM)', (c, o) => dec2(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Jumlah Keseluruhan (RM)', (c, o, r, i) => dec2(row(FROZEN, i + +o.id)[2] * o.qty + row([8, 10, 0, 12, 8], +o.id % 5) - (o.discount ? 5 : 0)), [OR('priceTotal')]],
    ['Kaedah Bayaran', (c, o) => row(['FPX Online Banking', 'Pindahan Bank', 'COD', 'FPX Online Banking', 'Kad Kredit/Debit'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Status Bayaran', (c, o) => (row(['FPX Online Banking', 'Pindahan Bank', 'COD', 'FPX Online Banking', 'Kad Kredit/Debit'], +o.id % 5) === 'COD' ? 'Belum Bayar' : 'Sudah Bayar'), [], opt],
    ['Status Order', (c, o, r) => v.pick(r, ['Selesai', 'Selesai', 'Dalam Penghantaran', 'Sedang Diproses', 'Dibatalkan']), [], opt],
    ['Kurier', (c, o) => row(['J&T Express', 'Pos Laju', 'Ninja Van', 'J&T Express', 'DHL eCommerce'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['No. Tracking', (c, o) => row([`63${pad(+o.id * 7919 % 10000000000, 10)}`, `ER${pad(+o.id * 31 % 1000000000, 9)}MY`, `NVMY${pad(+o.id * 97 % 100000000, 8)}`, `63${pad(+o.id * 131 % 10000000000, 10)}`, `MYHBZ${pad(+o.id * 13 % 100000000, 8)}`], +o.id % 5), ['commerce.shipping.trackingNumber']],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', '', 'Bungkus elok-elok, barang beku', 'Hantar sebelum Jumaat']), []],
  ] },
]
