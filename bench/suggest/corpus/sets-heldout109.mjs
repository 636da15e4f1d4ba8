// Round 109, heldout109: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Asian and Middle Eastern tools in their UI language: a Japanese card
// and carrier-billing gateway's payment slips, a Japanese app point card's members, a Japanese company-database list,
// a Hong Kong social-messaging CDP's customers (LINE, WhatsApp, Facebook, Instagram), a Chinese no-code CRM's
// contacts, a Korean restaurant-booking tool's reservations, a Korean SMS service's address book, an Indonesian
// shipping aggregator's shipments, a Thai restaurant POS's bills, a Vietnamese SMS gateway's send history, an Israeli
// payment-page service's transactions and a Saudi accounting service's contacts (ja, zh, ko, id, th, vi, he, ar).
// Public sources found are named per set in ../README.md; the rest is written from the writer's knowledge.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const jst = (ms) => shift(ms, 9)
const hkt = (ms) => shift(ms, 8)
const kst = (ms) => shift(ms, 9)
const wib = (ms) => shift(ms, 7)
const ict = (ms) => shift(ms, 7)
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
const isr = (ms) => shift(ms, summer(ms) ? 3 : 2)
const ast = (ms) => shift(ms, 3)
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const thou = (n, dec = 2) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(dec).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${b ? '.' + b : ''}` }
const jaTel = (c, r) => { const a = loc(c, 'ja').place[4]; return a.length === 2 ? `${a}-${v.int(r, 3000, 6999)}-${v.int(r, 1000, 9999)}` : `${a}-${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}` }
// a shop's local time of day on the event's date (opening hours), for POS bills and appointment reminders
const open = (p, id, from, span) => ({ ...p, H: from + (id % span), M: (id * 7) % 60, S: (id * 13) % 60 })
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const pts = (c) => { const held = (+c.id * 7) % 1800; return [held, held + 300 + (+c.id * 13) % 7000] }
const PAY = (leaf) => `commerce.order.payments[0].${leaf}`

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [[male, slug], [female, slug]]; last: [name, slug]; places: [city, postcode, region]
const LOC = {
  ja: { first: [[['翔太', 'shota'], ['美咲', 'misaki']], [['健太', 'kenta'], ['陽子', 'yoko']], [['大輔', 'daisuke'], ['真由美', 'mayumi']], [['拓也', 'takuya'], ['彩香', 'ayaka']], [['誠', 'makoto'], ['恵子', 'keiko']], [['悠斗', 'yuto'], ['さくら', 'sakura']]],
    last: [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['渡辺', 'watanabe'], ['伊藤', 'ito'], ['中村', 'nakamura'], ['小林', 'kobayashi']],
    kana: { sato: 'サトウ', suzuki: 'スズキ', takahashi: 'タカハシ', tanaka: 'タナカ', watanabe: 'ワタナベ', ito: 'イトウ', nakamura: 'ナカムラ', kobayashi: 'コバヤシ' },
    places: [['静岡市葵区', '420-0852', '静岡県', '紺屋町', '054'], ['渋谷区', '150-0001', '東京都', '神宮前', '03'], ['横浜市中区', '231-0023', '神奈川県', '山下町', '045'], ['名古屋市中区', '460-0008', '愛知県', '栄', '052'], ['大阪市北区', '530-0001', '大阪府', '梅田', '06'], ['福岡市中央区', '810-0001', '福岡県', '天神', '092'], ['札幌市中央区', '060-0042', '北海道', '大通西', '011'], ['浜松市中央区', '430-0933', '静岡県', '鍛冶町', '053']],
    street: (r, pl) => `${pl[3]}${v.int(r, 1, 5)}-${v.int(r, 1, 20)}-${v.int(r, 1, 30)}${r() < 0.4 ? ` ${v.pick(r, ['サンライズ', 'グランメゾン', 'パークハイツ'])}${v.int(r, 1, 9)}0${v.int(r, 1, 9)}` : ''}`,
    mobile: (r) => `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com'] },
  hk: { first: [[['Kelvin', 'kelvin'], ['Karen', 'karen']], [['Ivan', 'ivan'], ['Winnie', 'winnie']], [['Jason', 'jason'], ['Cherry', 'cherry']], [['Marco', 'marco'], ['Yoyo', 'yoyo']], [['Terence', 'terence'], ['Cecilia', 'cecilia']]],
    last: [['黃', 'wong'], ['陳', 'chan'], ['李', 'lee'], ['張', 'cheung'], ['梁', 'leung'], ['何', 'ho'], ['林', 'lam']],
    given: ['嘉欣', '志明', '詠詩', '家豪', '美玲', '俊傑', '凱琳'],
    places: [['銅鑼灣', '', '香港島'], ['中環', '', '香港島'], ['旺角', '', '九龍'], ['觀塘', '', '九龍'], ['沙田', '', '新界'], ['荃灣', '', '新界']],
    street: (r) => v.pick(r, ['軒尼詩道', '彌敦道', '皇后大道中']),
    mobile: (r) => `852${v.pick(r, ['5', '6', '9'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'yahoo.com.hk', 'hotmail.com', 'netvigator.com'] },
  cn: { first: [[['伟', 'wei'], ['静', 'jing']], [['强', 'qiang'], ['丽娟', 'lijuan']], [['志刚', 'zhigang'], ['晓燕', 'xiaoyan']], [['浩然', 'haoran'], ['雪', 'xue']], [['建国', 'jianguo'], ['婷婷', 'tingting']]],
    last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['周', 'zhou']],
    places: [['深圳市', '518057', '广东省', '南山区', '科苑南路', '0755'], ['广州市', '510623', '广东省', '天河区', '天河路', '020'], ['杭州市', '310012', '浙江省', '西湖区', '文三路', '0571'], ['苏州市', '215021', '江苏省', '工业园区', '星湖街', '0512'], ['上海市', '201203', '上海市', '浦东新区', '张江路', '021'], ['成都市', '610041', '四川省', '武侯区', '天府大道中段', '028']],
    street: (r, pl) => `${pl[4]}${v.int(r, 1, 900)}号${r() < 0.5 ? v.pick(r, ['A座', 'B栋', '3楼']) + v.int(r, 101, 1808) : ''}`,
    mobile: (r) => `1${v.pick(r, ['38', '39', '58', '86', '35', '77', '88'])}${v.int(r, 10000000, 99999999)}`,
    mail: ['qq.com', '163.com', '126.com', 'foxmail.com'] },
  ko: { first: [[['민준', 'minjun'], ['서연', 'seoyeon']], [['지훈', 'jihoon'], ['지은', 'jieun']], [['현우', 'hyunwoo'], ['수빈', 'subin']], [['도윤', 'doyoon'], ['하은', 'haeun']], [['성민', 'sungmin'], ['유진', 'yujin']]],
    last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['윤', 'yoon'], ['한', 'han']],
    places: [['서울특별시 강남구', '06164', '서울특별시', '테헤란로'], ['서울특별시 마포구', '04066', '서울특별시', '와우산로'], ['성남시 분당구', '13529', '경기도', '판교역로'], ['부산광역시 해운대구', '48094', '부산광역시', '해운대해변로'], ['수원시 영통구', '16514', '경기도', '광교중앙로'], ['대구광역시 수성구', '42020', '대구광역시', '동대구로']],
    street: (r, pl) => `${pl[3]} ${v.int(r, 10, 420)}${r() < 0.5 ? `, ${v.int(r, 101, 1204)}호` : ''}`,
    mobile: (r) => `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}`,
    mail: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com'] },
  id: { first: [[['Budi', 'budi'], ['Siti', 'siti']], [['Agus', 'agus'], ['Dewi', 'dewi']], [['Rizky', 'rizky'], ['Nurul', 'nurul']], [['Andi', 'andi'], ['Putri', 'putri']], [['Fajar', 'fajar'], ['Ayu', 'ayu']]],
    last: [['Santoso', 'santoso'], ['Wijaya', 'wijaya'], ['Lestari', 'lestari'], ['Saputra', 'saputra'], ['Hidayat', 'hidayat'], ['Nugroho', 'nugroho'], ['Rahmawati', 'rahmawati']],
    places: [['Jakarta Selatan', '12120', 'DKI Jakarta', 'Kebayoran Baru'], ['Bandung', '40115', 'Jawa Barat', 'Coblong'], ['Surabaya', '60271', 'Jawa Timur', 'Tegalsari'], ['Kota Bekasi', '17141', 'Jawa Barat', 'Bekasi Selatan'], ['Medan', '20152', 'Sumatera Utara', 'Medan Baru'], ['Sleman', '55281', 'DI Yogyakarta', 'Depok'], ['Makassar', '90111', 'Sulawesi Selatan', 'Ujung Pandang']],
    street: (r) => `${v.pick(r, ['Jl. Melawai Raya', 'Jl. Dago', 'Jl. Raya Darmo', 'Jl. Ahmad Yani', 'Jl. Gatot Subroto', 'Jl. Kaliurang KM 5'])} No. ${v.int(r, 1, 180)}${r() < 0.4 ? `, RT ${pad(v.int(r, 1, 12), 3)}/RW ${pad(v.int(r, 1, 9), 3)}` : ''}`,
    mobile: (r) => `08${v.pick(r, ['12', '13', '21', '22', '52', '56', '77', '95'])}${v.int(r, 10000000, 99999999)}`,
    mail: ['gmail.com', 'yahoo.co.id', 'gmail.com'] },
  th: { first: [[['สมชาย', 'somchai'], ['สุภาพร', 'supaporn']], [['ณัฐพล', 'nattapon'], ['พิมพ์ชนก', 'pimchanok']], [['ธนากร', 'thanakorn'], ['กัญญา', 'kanya']], [['วีระ', 'weera'], ['อรอุมา', 'onuma']]],
    last: [['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แสงทอง', 'saengthong'], ['บุญมา', 'boonma'], ['จันทร์เพ็ญ', 'chanpen']],
    places: [['กรุงเทพมหานคร', '10110', 'กรุงเทพมหานคร']],
    street: (r) => `${v.int(r, 1, 199)} ซอยสุขุมวิท ${v.int(r, 11, 71)}`,
    mobile: (r) => `0${v.pick(r, ['81', '82', '86', '89', '92', '95', '98'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com'] },
  vi: { first: [[['Minh', 'minh'], ['Lan', 'lan']], [['Tuấn', 'tuan'], ['Hương', 'huong']], [['Hoàng', 'hoang'], ['Thảo', 'thao']], [['Quang', 'quang'], ['Ngọc Anh', 'ngocanh']], [['Đức', 'duc'], ['Trang', 'trang']]],
    last: [['Nguyễn', 'nguyen'], ['Trần', 'tran'], ['Lê', 'le'], ['Phạm', 'pham'], ['Hoàng', 'hoang'], ['Võ', 'vo'], ['Đặng', 'dang']],
    mid: [['Văn', 'Thị'], ['Đức', 'Ngọc'], ['Minh', 'Thu']],
    places: [['TP. Hồ Chí Minh', '700000', 'TP. Hồ Chí Minh']],
    street: () => '',
    mobile: (r) => `84${v.pick(r, ['90', '93', '98', '97', '91', '88', '70', '33'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com'] },
  he: { first: [[['יוסי', 'yossi'], ['מיכל', 'michal']], [['אבי', 'avi'], ['נועה', 'noa']], [['דניאל', 'daniel'], ['שירה', 'shira']], [['איתי', 'itay'], ['תמר', 'tamar']], [['עומר', 'omer'], ['יעל', 'yael']]],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman']],
    places: [['תל אביב-יפו', '6423902', 'מחוז תל אביב']],
    street: (r) => `${v.pick(r, ['דיזנגוף', 'אבן גבירול', 'רוטשילד'])} ${v.int(r, 1, 200)}`,
    mobile: (r) => `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'walla.co.il', 'gmail.com', 'hotmail.com'] },
  ar: { first: [[['محمد', 'mohammed'], ['نورة', 'noura']], [['عبدالله', 'abdullah'], ['سارة', 'sara']], [['فهد', 'fahad'], ['ريم', 'reem']], [['خالد', 'khalid'], ['هيفاء', 'haifa']], [['سلطان', 'sultan'], ['لمى', 'lama']]],
    last: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الشمري', 'alshammari'], ['الدوسري', 'aldosari'], ['الغامدي', 'alghamdi'], ['الحربي', 'alharbi'], ['الزهراني', 'alzahrani']],
    places: [['الرياض', '12214', 'منطقة الرياض', 'حي العليا'], ['جدة', '23435', 'منطقة مكة المكرمة', 'حي الروضة'], ['الدمام', '32241', 'المنطقة الشرقية', 'حي الفيصلية'], ['الرياض', '13316', 'منطقة الرياض', 'حي الملقا'], ['الخبر', '34428', 'المنطقة الشرقية', 'حي العقربية']],
    street: (r) => v.pick(r, ['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير محمد بن عبدالعزيز', 'شارع الظهران', 'طريق أنس بن مالك']),
    mobile: (r) => `+966 5${v.pick(r, ['0', '3', '4', '5', '6'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.sa'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const [first, fslug] = v.pick(r, d.first)[female ? 1 : 0]
  const [last, lslug] = v.pick(r, d.last)
  const place = v.pick(r, d.places)
  const [city, zip, region, district] = place
  const east = ['ja', 'cn', 'ko'].includes(cc)
  const p = { first, last, female, fslug, lslug, city, zip, region, district,
    full: cc === 'ja' ? `${last} ${first}` : east ? `${last}${first}` : `${first} ${last}`,
    street: d.street(r, place), mobile: d.mobile(r), place,
    email: `${fslug}${v.pick(r, ['.', '_', ''])}${lslug}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  if (cc === 'ja') p.kana = d.kana[lslug]
  if (cc === 'hk') { p.given = v.pick(r, d.given); p.chinese = `${last}${p.given}`; p.full = `${first} ${lslug[0].toUpperCase()}${lslug.slice(1)}` }
  if (cc === 'vi') { p.mid = v.pick(r, d.mid)[female ? 1 : 0]; p.full = `${last} ${p.mid} ${first}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// SBPS: a Shizuoka tea shop's web store and subscriptions: [商品ID, 商品名, 税込価格]
const TEA = [['TEA-FK-100', '深蒸し掛川茶 100g', 1620], ['TEA-GY-80', '玉露 八女 80g', 3240], ['SUB-MONTH-M', '定期便 月替わり煎茶セット M', 3980], ['TEA-HJ-200', 'ほうじ茶 徳用 200g', 1080], ['GFT-BOX-3', '静岡茶ギフト 3本箱', 5400], ['TEA-MC-40', '抹茶 薄茶用 40g', 2160]]
// CatchTable: a Seoul omakase and a Busan grill: [코스, 1인 예약금]
const KO_COURSE = [['디너 오마카세', 50000], ['런치 오마카세', 30000], ['한우 코스 A', 20000], ['런치 오마카세', 30000], ['디너 오마카세 (주류 페어링)', 50000], ['좌석 예약만', 0]]
// Biteship: a Bandung modest-fashion shop: [barang, nilai Rp, berat g]
const ID_ITEMS = [['Gamis Katun Rayon Motif Bunga', 189000, 450], ['Hijab Segi Empat Voal', 65000, 150], ['Tunik Linen Lengan Panjang', 149000, 350], ['Khimar Syari Jersey', 99000, 250], ['Set Mukena Travel', 210000, 600]]
// FoodStory: a Bangkok Thai-Isan restaurant on Sukhumvit: base bill amounts before VAT and service
const TH_CH = [['ทานที่ร้าน', 'เงินสด'], ['ทานที่ร้าน', 'พร้อมเพย์'], ['กลับบ้าน', 'พร้อมเพย์'], ['LINE MAN', 'LINE MAN'], ['ทานที่ร้าน', 'บัตรเครดิต'], ['Grab', 'GrabFood']]
// Meshulam (Grow): a Tel Aviv yoga studio's payment pages: [page, amount ₪]
const HE_ITEMS = [['כרטיסייה 10 שיעורים', 650], ['מנוי חודשי ללא הגבלה', 420], ['שיעור ניסיון', 50], ['סדנת יוגה ונשימה - שישי', 180], ['כרטיסייה 5 שיעורים', 350]]

export const SETS = [
  // ---------------------------------------------------------------- Japan: payment gateway slips
  { name: 'sbps-denpyo-kensaku-csv-ja', product: 'SBペイメントサービス / SB Payment Service (SoftBank; 決済管理ツール > 伝票検索 > CSV出力, one row per payment slip, Japanese UI, a Shizuoka tea shop\'s web store and monthly subscription)', family: 'payments', language: 'ja', schema: E, cols: [
    ['マーチャントID', () => '30142', []],
    ['サービスID', () => '001', []],
    ['トラッキングID', (c, o) => `3${pad(+o.id * 7919 % 1e13, 13)}`, [PAY('transactionID'), '_id']],
    ['購入ID', (c, o) => `ST${ymd(jst(o.at), '')}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['顧客ID', (c) => `cus${pad(+c.id % 1000000, 7)}`, CUST_ID, opt],
    ['決済手段', (c, o) => row(['クレジットカード決済', 'クレジットカード決済', 'PayPay(オンライン決済)', 'ソフトバンクまとめて支払い', 'd払い', 'クレジットカード決済', 'コンビニ決済', 'auかんたん決済'], +o.id % 8), [PAY('paymentType')]],
    ['商品ID', (c, o, r, i) => row(TEA, i + +o.id)[0], [PL('SKU')], opt],
    ['商品名', (c, o, r, i) => row(TEA, i + +o.id)[1], [PL('name')], opt],
    ['金額', (c, o, r, i) => String(row(TEA, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty) + (o.shipping ? 550 : 0)), [PAY('paymentAmount'), OR('priceTotal')]],
    ['受注日時', (c, o) => `${ymd(jst(o.at), '/')} ${hms(jst(o.at))}`, ['timestamp', OR('createdDate')]],
    ['請求ステータス', (c, o, r) => v.pick(r, ['売上', '売上', '売上', '与信', '取消', '返金', 'エラー']), []],
    ['入金ステータス', (c, o, r) => v.pick(r, ['入金済', '入金済', '未入金', '与信済']), []],
    ['売上日', (c, o, r) => (r() < 0.75 ? ymd(jst(o.at + v.int(r, 0, 3) * day), '/') : ''), [], opt],
    ['取消・返金日', (c, o, r) => (r() < 0.1 ? ymd(jst(o.at + v.int(r, 2, 12) * day), '/') : ''), [], opt],
    ['返金額', (c, o, r) => (r() < 0.1 ? String(v.pick(r, [550, 1080, 1620])) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['継続課金区分', (c, o, r, i) => (row(TEA, i + +o.id)[0].startsWith('SUB') ? '継続' : '都度'), [], opt],
    ['カードブランド', (c, o, r) => (+o.id % 8 < 2 || +o.id % 8 === 5 ? v.pick(r, ['VISA', 'MASTER', 'JCB', 'AMEX', 'DINERS']) : ''), [], opt],
    ['支払区分', (c, o, r) => (+o.id % 8 < 2 || +o.id % 8 === 5 ? v.pick(r, ['一括', '一括', '一括', '分割', 'リボ']) : ''), []],
    ['分割回数', (c, o, r) => (+o.id % 8 < 2 && r() < 0.2 ? v.pick(r, ['3', '6', '10']) : ''), []],
    ['承認番号', (c, o, r) => (+o.id % 8 < 2 || +o.id % 8 === 5 ? pad(v.int(r, 0, 9999999), 7) : ''), [], opt],
    ['3Dセキュア認証結果', (c, o, r) => (+o.id % 8 < 2 || +o.id % 8 === 5 ? v.pick(r, ['認証成功', '認証成功', '認証対象外']) : ''), []],
    ['請求先氏名', (c, o) => (+o.id % 8 === 6 ? loc(c, 'ja').full : ''), []],
    ['請求先電話番号', (c, o) => (+o.id % 8 === 6 ? loc(c, 'ja').mobile.replace(/-/g, '') : ''), PHONE_ID, opt],
    ['請求先メールアドレス', (c, o) => (+o.id % 8 === 6 ? loc(c, 'ja').email : ''), EMAIL_ID, opt],
    ['自由欄1', (c, o, r) => v.pick(r, ['', '', 'LP_autumn', 'rakuten_ad']), [], opt],
    ['エラーコード', (c, o, r) => (r() < 0.07 ? v.pick(r, ['10142', 'B0311', '10501']) : ''), []],
  ] },
  // ---------------------------------------------------------------- Japan: app point card members
  { name: 'toypo-kaiin-ichiran-csv-ja', product: 'toypo (トイポ; 店舗アプリ・LINEミニアプリの会員証/ポイントカード: 管理画面 > 顧客管理 > 会員一覧 > CSVダウンロード, one row per member, Japanese UI, a three-shop Yokohama bakery)', family: 'loyalty', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => String(8000000 + +c.id), ['_id', 'personID']],
    ['会員証番号', (c) => `2700${pad(+c.id * 37 % 1e9, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['ニックネーム', (c, o, r) => (r() < 0.5 ? loc(c, 'ja').fslug : ''), []],
    ['姓', (c) => loc(c, 'ja').last, ['person.name.lastName']],
    ['名', (c) => loc(c, 'ja').first, ['person.name.firstName']],
    ['セイ', (c) => loc(c, 'ja').kana, []],
    ['性別', (c, o, r) => (r() < 0.08 ? '未回答' : loc(c, 'ja').female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c, o, r) => (r() < 0.8 ? ymd(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['電話番号', (c, o, r) => (r() < 0.7 ? loc(c, 'ja').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c, o, r) => (r() < 0.6 ? loc(c, 'ja').email : ''), ['personalEmail.address']],
    ['郵便番号', (c, o, r) => (r() < 0.5 ? loc(c, 'ja').zip : ''), at(HOME, 'postalCode')],
    ['都道府県', (c, o, r) => loc(c, 'ja').region, STATE(HOME)],
    ['ランク', (c, o, r) => v.pick(r, ['レギュラー', 'レギュラー', 'シルバー', 'ゴールド', 'プラチナ']), ['loyalty.tier']],
    ['保有ポイント', (c) => String(pts(c)[0]), ['loyalty.points']],
    ['累計獲得ポイント', (c) => String(pts(c)[1]), ['loyalty.lifetimePoints']],
    ['利用済ポイント', (c) => String(pts(c)[1] - pts(c)[0]), ['loyalty.pointsRedeemed']],
    ['スタンプ数', (c, o, r) => String(v.int(r, 0, 19)), [], opt],
    ['来店回数', (c, o, r) => String(v.int(r, 1, 140)), []],
    ['最終来店日', (c) => ymd(jst(later(c)), '/'), [], opt],
    ['登録店舗', (c, o, r) => v.pick(r, ['元町本店', '関内店', '港北ニュータウン店', 'オンライン']), []],
    ['会員登録日時', (c) => `${ymd(jst(c.created), '/')} ${hm(jst(c.created))}`, ['loyalty.joinDate']],
    ['LINE連携', (c, o, r) => (r() < 0.65 ? '連携済み' : '未連携'), []],
    ['プッシュ通知', (c, o, r) => (r() < 0.55 ? '許可' : '不許可'), [], opt],
    ['ステータス', (c, o, r) => (r() < 0.94 ? '有効' : '退会'), ['loyalty.status'], opt],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '', '食パン予約常連', 'アレルギー:くるみ']), []],
  ] },
  // ---------------------------------------------------------------- Japan: company database list (B2B)
  { name: 'musubu-kigyo-list-csv-ja', product: 'Musubu (ムスブ, Baseconnect; 企業リスト > 保存リスト > CSVダウンロード, one row per company with its representative, Japanese UI, an Osaka logistics-software vendor\'s list of food manufacturers)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['会社名', (c, o) => row(['株式会社丸和フーズ', '東洋製菓株式会社', '有限会社みどり農産', '株式会社さくら食品工業', '関西ミート株式会社', '株式会社北浜醸造'], +c.id % 6), CO],
    ['法人番号', (c) => `${v.int(v.rng(+c.id), 1, 9)}${pad(+c.id * 104729 % 1e12, 12)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['郵便番号', (c) => loc(c, 'ja').zip, [W('postalCode')]],
    ['都道府県', (c) => loc(c, 'ja').region, STATE(['workAddress'])],
    ['住所', (c) => `${loc(c, 'ja').city}${loc(c, 'ja').street.split(' ')[0]}`, [W('street1')]],
    ['電話番号', (c, o, r) => jaTel(c, r), ['workPhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.6 ? jaTel(c, r) : ''), ['faxPhone.number'], opt],
    ['代表者名', (c) => loc(c, 'ja').full, ['person.name.fullName']],
    ['代表者役職', (c, o, r) => v.pick(r, ['代表取締役', '代表取締役社長', '代表取締役会長', '取締役社長']), ['extendedWorkDetails.jobTitle']],
    ['URL', (c) => `https://www.${row(['maruwa-foods', 'toyo-seika', 'midori-nousan', 'sakura-foods', 'kansai-meat', 'kitahama-jozo'], +c.id % 6)}.co.jp/`, ['b2b.companyWebsite']],
    ['問い合わせフォームURL', (c, o, r) => (r() < 0.5 ? `https://www.${row(['maruwa-foods', 'toyo-seika', 'midori-nousan', 'sakura-foods', 'kansai-meat', 'kitahama-jozo'], +c.id % 6)}.co.jp/contact/` : ''), []],
    ['業界', (c, o, r) => v.pick(r, ['食品メーカー', '食品メーカー', '飲料・酒類メーカー', '食肉加工']), []],
    ['業界(詳細)', (c, o, r) => v.pick(r, ['菓子・パン', '冷凍食品', '調味料', '日本酒・焼酎', 'ハム・ソーセージ']), []],
    ['設立年月', (c, o, r) => `${v.int(r, 1948, 2015)}年${v.int(r, 1, 12)}月`, []],
    ['資本金', (c, o, r) => `${thou(v.int(r, 10, 980) * 100, 0)}万円`, []],
    ['従業員数', (c, o, r) => `${v.int(r, 8, 1200)}名`, []],
    ['売上高', (c, o, r) => (r() < 0.6 ? `${thou(v.int(r, 2, 400) * 1000, 0)}万円` : ''), []],
    ['上場区分', (c, o, r) => (r() < 0.9 ? '未上場' : '東証スタンダード'), []],
    ['事業内容', (c, o, r) => v.pick(r, ['和洋菓子の製造・販売', '業務用冷凍食品の製造', '地酒の製造および卸売', '食肉の加工および販売']), []],
    ['営業ステータス', (c, o, r) => v.pick(r, ['未アプローチ', '未アプローチ', 'アプローチ済', '商談化', 'NG']), ['b2b.personStatus'], opt],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '展示会で名刺交換済', '物流倉庫を新設予定']), []],
  ] },
  // ---------------------------------------------------------------- Hong Kong: social-messaging CDP customers
  { name: 'omnichat-kehu-export-zh-hk', product: 'Omnichat (Hong Kong; 社群客戶資料平台 > 顧客管理 > 匯出 CSV, one row per omni-customer with the LINE, Facebook, Instagram and WhatsApp identities bound to it, Traditional Chinese UI, a Hong Kong skincare retailer)', family: 'marketing-automation', language: 'zh', schema: P, cols: [
    ['顧客ID', (c) => `oc_${v.hex(v.rng(+c.id * 3), 20)}`, ['_id', 'personID']],
    ['名稱', (c, o) => (+o.id % 3 ? loc(c, 'hk').full : loc(c, 'hk').chinese), ['person.name.fullName'], opt],
    ['電話', (c, o, r) => (r() < 0.75 ? loc(c, 'hk').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? loc(c, 'hk').email : ''), ['personalEmail.address']],
    ['會員編號', (c, o, r) => (r() < 0.55 ? `GL${pad(+c.id % 1000000, 7)}` : ''), ['personID', 'loyalty.loyaltyID[0]'], opt],
    ['性別', (c, o, r) => (r() < 0.15 ? '' : loc(c, 'hk').female ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.5 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['地區', (c) => loc(c, 'hk').region, [...STATE(HOME), ...at(HOME, 'region')], opt],
    ['LINE - UID', (c, o, r) => (r() < 0.3 ? `U${v.hex(r, 32)}` : ''), ['identityMap{}[0].id'], opt],
    ['LINE - 顯示名稱', (c, o, r) => (r() < 0.3 ? loc(c, 'hk').fslug : ''), []],
    ['Facebook - PSID', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1e15, 9e15)) : ''), ['identityMap{}[0].id'], opt],
    ['Instagram - IGSID', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1e16, 9e16)) : ''), ['identityMap{}[0].id'], opt],
    ['WhatsApp - 電話號碼', (c, o, r) => (r() < 0.6 ? loc(c, 'hk').mobile : ''), ['mobilePhone.number'], opt],
    ['綁定渠道', (c, o) => row(['WhatsApp', 'Facebook, WhatsApp', 'Instagram', 'Facebook, Instagram, WhatsApp', 'LINE', '網站'], +o.id % 6), []],
    ['標籤', (c, o, r) => v.pick(r, ['', '新客', 'VIP, 敏感肌', '查詢-防曬', '已購買-精華', 'VIP']), []],
    ['member_tier', (c, o, r) => v.pick(r, ['', 'Silver', 'Gold', 'Silver', 'Platinum']), ['loyalty.tier'], opt],
    ['member_points', (c, o, r) => (r() < 0.55 ? String(v.int(r, 0, 6800)) : ''), ['loyalty.points'], opt],
    ['preferred_store', (c, o, r) => v.pick(r, ['', '銅鑼灣時代廣場店', '旺角朗豪坊店', '沙田新城市廣場店', '網店']), []],
    ['訂閱狀態', (c, o, r) => (r() < 0.9 ? '已訂閱' : '已取消訂閱'), [], opt],
    ['負責團隊成員', (c, o, r) => v.pick(r, ['', 'Amy (CS)', 'Jacky (OMO)', 'Store - CWB']), []],
    ['最後互動時間', (c) => { const p = hkt(later(c)); return `${ymd(p)} ${hm(p)}` }, [], opt],
    ['建立時間', (c) => { const p = hkt(c.created); return `${ymd(p)} ${hm(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- China: no-code CRM contacts (B2B)
  { name: 'jiandaoyun-crm-lianxiren-daochu-zh', product: '简道云 Jiandaoyun (帆软; CRM 客户管理 应用: 联系人 表单 > 数据管理 > 导出 Excel, one row per contact person, Simplified Chinese UI, a Shenzhen industrial-sensor maker\'s customer contacts)', family: 'crm', language: 'zh', schema: B, cols: [
    ['联系人编号', (c) => `LXR${pad(+c.id % 100000, 6)}`, B2BID],
    ['联系人姓名', (c) => loc(c, 'cn').full, ['person.name.fullName']],
    ['所属客户', (c) => row(['深圳市华拓自动化设备有限公司', '杭州恒达智能科技有限公司', '苏州捷晟精密机械有限公司', '广州安科电气股份有限公司', '上海浦实检测技术有限公司', '成都锐川电子科技有限公司'], +c.id % 6), CO],
    ['客户编号', (c) => `KH${pad(+c.id % 6 + 2021001, 7)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['性别', (c) => (loc(c, 'cn').female ? '女' : '男'), ['person.gender']],
    ['部门', (c, o, r) => v.pick(r, ['采购部', '技术部', '设备部', '总经办', '质量部']), ['extendedWorkDetails.departments[0]']],
    ['职务', (c, o, r) => v.pick(r, ['采购经理', '技术总监', '设备主管', '总经理', '工程师']), ['extendedWorkDetails.jobTitle']],
    ['决策关系', (c, o, r) => v.pick(r, ['决策人', '影响人', '使用人', '采购执行']), [], opt],
    ['手机', (c) => loc(c, 'cn').mobile, ['mobilePhone.number']],
    ['办公电话', (c, o, r) => (r() < 0.6 ? `${loc(c, 'cn').place[5]}-${v.int(r, 20000000, 89999999)}` : ''), ['workPhone.number']],
    ['邮箱', (c, o, r) => (r() < 0.8 ? `${loc(c, 'cn').lslug}${loc(c, 'cn').fslug}@${row(['huatuo-auto.com', 'hengda-tech.cn', 'jiesheng-pm.com', 'anke-elec.com', 'pushi-test.com', 'ruichuan-e.cn'], +c.id % 6)}` : ''), WE],
    ['微信', (c, o, r) => (r() < 0.7 ? `${loc(c, 'cn').lslug}_${loc(c, 'cn').fslug}${v.int(r, 80, 99)}` : ''), []],
    ['生日', (c, o, r) => (r() < 0.3 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['省份', (c) => loc(c, 'cn').region, STATE(['workAddress'])],
    ['城市', (c) => loc(c, 'cn').city, [W('city')]],
    ['区县', (c) => loc(c, 'cn').district, [W('region'), W('street2')], opt],
    ['详细地址', (c) => loc(c, 'cn').street, [W('street1')]],
    ['联系人来源', (c, o, r) => v.pick(r, ['展会', '官网咨询', '老客户介绍', '1688', '电话开发']), ['b2b.personSource'], opt],
    ['负责人', (c, o, r) => v.pick(r, ['周经理', '销售-刘洋', '陈静']), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '年底有扩产计划', '只接受含税报价']), []],
    ['提交人', (c, o, r) => v.pick(r, ['周经理', '销售-刘洋', '陈静']), []],
    ['提交时间', (c) => { const p = hkt(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['更新时间', (c) => { const p = hkt(later(c)); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Korea: restaurant reservations
  { name: 'catchtable-yeyak-naeyeok-ko', product: '캐치테이블 포 비즈니스 / CATCH TABLE for Business (예약 관리 > 예약 내역 > 엑셀 다운로드, one row per reservation, Korean UI, a Seoul Gangnam omakase restaurant)', family: 'booking', language: 'ko', schema: E, cols: [
    ['예약번호', (c, o) => `CT${ymd(kst(o.at), '')}${pad(+o.id % 10000, 4)}`, ['_id', OR('purchaseID')]],
    ['예약일시', (c, o) => `${ymd(kst(o.at), '.')} ${hm(kst(o.at))}`, ['timestamp', OR('createdDate')]],
    ['방문일', (c, o) => `${ymd(kst(o.at + ((+o.id % 20) + 1) * day), '.')}`, [], opt],
    ['방문시간', (c, o) => row(['12:00', '12:30', '18:00', '18:30', '20:30'], +o.id % 5), [], opt],
    ['예약자명', (c) => loc(c, 'ko').full, []],
    ['연락처', (c) => loc(c, 'ko').mobile, PHONE_ID, opt],
    ['인원', (c, o) => `${o.qty + 1}명`, []],
    ['코스', (c, o) => row(KO_COURSE, +o.id)[0], [PL('name')], opt],
    ['좌석', (c, o) => row(['카운터석', '카운터석', '룸 (4인)', '룸 (6인)', '카운터석'], +o.id % 5), [], opt],
    ['예약상태', (c, o, r) => v.pick(r, ['방문완료', '방문완료', '방문완료', '예약확정', '예약취소', '노쇼']), []],
    ['예약경로', (c, o) => row(['캐치테이블 앱', '캐치테이블 앱', '전화', '네이버 예약 연동', '워크인'], +o.id % 5), [], opt],
    ['방문목적', (c, o, r) => v.pick(r, ['', '', '생일', '기념일', '비즈니스', '데이트']), []],
    ['요청사항', (c, o, r) => v.pick(r, ['', '', '', '갑각류 알레르기', '창가 자리 부탁드려요', '레터링 케이크 지참']), []],
    ['예약금', (c, o) => thou(row(KO_COURSE, +o.id)[1] * (o.qty + 1), 0), [PAY('paymentAmount')], opt],
    ['결제수단', (c, o) => (row(KO_COURSE, +o.id)[1] ? row(['카드', '카카오페이', '네이버페이', '토스페이'], +o.id % 4) : ''), [PAY('paymentType')], opt],
    ['환불금액', (c, o, r) => (r() < 0.12 ? thou(row(KO_COURSE, +o.id)[1] * (o.qty + 1), 0) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['방문횟수', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['고객태그', (c, o, r) => v.pick(r, ['', '단골', 'VIP', '와인 선호', '']), []],
    ['고객메모', (c, o, r) => v.pick(r, ['', '', '', '대표님 지인', '지난 방문 시 늦게 도착']), []],
    ['처리자', (c, o, r) => v.pick(r, ['자동확정', '매니저 김', '자동확정']), []],
  ] },
  // ---------------------------------------------------------------- Korea: SMS address book
  { name: 'ppurio-juso-rok-download-ko', product: '뿌리오 / Ppurio (다우기술; 주소록 > 주소록 관리 > 엑셀 다운로드, one row per contact, Korean UI, a Suwon pilates studio\'s member texting list)', family: 'sms', language: 'ko', schema: P, cols: [
    ['그룹명', (c, o, r) => v.pick(r, ['정회원', '정회원', '체험회원', '만료회원', '직원']), []],
    ['이름', (c) => loc(c, 'ko').full, ['person.name.fullName']],
    ['휴대폰번호', (c) => loc(c, 'ko').mobile, ['mobilePhone.number']],
    ['전화번호', (c, o, r) => (r() < 0.12 ? `031-${v.int(r, 200, 899)}-${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['이메일', (c, o, r) => (r() < 0.45 ? loc(c, 'ko').email : ''), ['personalEmail.address']],
    ['성별', (c) => (loc(c, 'ko').female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c, o, r) => (r() < 0.6 ? ymd(bd(c.birth), '').slice(2) : ''), ['person.birthDate'], opt],
    ['우편번호', (c, o, r) => (r() < 0.4 ? loc(c, 'ko').zip : ''), at(HOME, 'postalCode')],
    ['주소', (c, o, r) => (r() < 0.4 ? `${loc(c, 'ko').city} ${loc(c, 'ko').street}` : ''), at(HOME, 'street1')],
    ['회원번호', (c) => `P${pad(+c.id % 10000, 5)}`, ['_id', 'personID'], opt],
    ['기타1', (c, o, r) => v.pick(r, ['주2회 그룹', '1:1 PT', '주3회 그룹', '']), []],
    ['기타2', (c) => `${ymd(kst(later(c)), '.')} 만료`, []],
    ['기타3', (c, o, r) => (r() < 0.3 ? `잔여 ${v.int(r, 1, 20)}회` : ''), []],
    ['메모', (c, o, r) => v.pick(r, ['', '', '', '허리 디스크 주의', '오전 문자 선호']), []],
    ['광고수신동의', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['수신거부', (c, o, r) => (r() < 0.06 ? 'Y' : 'N'), [], opt],
    ['등록일', (c) => `${ymd(kst(c.created))} ${hms(kst(c.created))}`, [], opt],
    ['수정일', (c) => `${ymd(kst(later(c)))} ${hms(kst(later(c)))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Indonesia: shipping aggregator
  { name: 'biteship-ekspor-pesanan-id', product: 'Biteship (shipping aggregator; Dashboard > Pesanan > Ekspor, Excel, one row per shipment, Indonesian UI, a Bandung modest-fashion shop shipping by JNE, SiCepat, J&T, AnterAja and GoSend)', family: 'delivery', language: 'id', schema: E, cols: [
    ['ID Pesanan', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['Tanggal Dibuat', (c, o) => `${dmy(wib(o.at))} ${hm(wib(o.at))}`, ['timestamp']],
    ['No. Referensi', (c, o) => `INV/${ymd(wib(o.at), '')}/MPL/${v.int(() => (+o.id % 97) / 97, 1000000000, 9999999999)}`, [OR('purchaseID')]],
    ['Kurir', (c, o) => row(['JNE', 'SiCepat', 'J&T Express', 'AnterAja', 'GoSend', 'JNE'], +o.id % 6), ['commerce.shipping.shippingMethod']],
    ['Layanan', (c, o) => row(['REG', 'REG', 'EZ', 'Reguler', 'Instant', 'YES'], +o.id % 6), ['commerce.shipping.shippingMethod'], opt],
    ['No. Resi', (c, o, r) => (r() < 0.9 ? row([`JB${v.int(r, 1e9, 9e9)}`, `00${v.int(r, 1e9, 9e9)}`, `JX${v.int(r, 1e9, 9e9)}`, `1000${v.int(r, 1e8, 9e8)}`, `GK-11-${v.int(r, 1e6, 9e6)}`, `JB${v.int(r, 1e9, 9e9)}`], +o.id % 6) : ''), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Terkirim', 'Terkirim', 'Dalam Pengiriman', 'Dijemput', 'Menunggu Penjemputan', 'Dibatalkan', 'Dikembalikan']), []],
    ['Nama Pengirim', () => 'Humaira Hijab Official', []],
    ['Telepon Pengirim', () => '081322450918', []],
    ['Nama Penerima', (c) => loc(c, 'id').full, []],
    ['Telepon Penerima', (c) => loc(c, 'id').mobile, PHONE_ID, opt],
    ['Email Penerima', (c, o, r) => (r() < 0.4 ? loc(c, 'id').email : ''), EMAIL_ID, opt],
    ['Alamat Penerima', (c) => loc(c, 'id').street, [SHIP('street1')]],
    ['Area Tujuan', (c) => `${loc(c, 'id').district}, ${loc(c, 'id').city}, ${loc(c, 'id').region}. ${loc(c, 'id').zip}`, [], opt],
    ['Kode Pos Tujuan', (c) => loc(c, 'id').zip, [SHIP('postalCode')]],
    ['Nama Barang', (c, o, r, i) => row(ID_ITEMS, i + +o.id)[0], [PL('name')], opt],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Nilai Barang', (c, o, r, i) => `Rp${thou(row(ID_ITEMS, i + +o.id)[1] * o.qty, 0).replace(/,/g, '.')}`, [], opt],
    ['Berat (gram)', (c, o, r, i) => String(row(ID_ITEMS, i + +o.id)[2] * o.qty), []],
    ['Ongkos Kirim', (c, o) => `Rp${row(['11.000', '9.000', '18.000', '10.000', '23.500', '11.000'], +o.id % 6)}`, ['commerce.shipping.shippingAmount'], opt],
    ['Asuransi', (c, o, r) => (r() < 0.3 ? `Rp${thou(v.int(r, 2, 8) * 500, 0).replace(/,/g, '.')}` : 'Rp0'), []],
    ['COD', (c, o) => (+o.id % 4 === 0 ? 'Ya' : 'Tidak'), [], opt],
    ['Nilai COD', (c, o, r, i) => (+o.id % 4 === 0 ? `Rp${thou(row(ID_ITEMS, i + +o.id)[1] * o.qty + 11000, 0).replace(/,/g, '.')}` : 'Rp0'), [PAY('paymentAmount')], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', '', 'Titip satpam', 'Rumah pagar hitam']), []],
  ] },
  // ---------------------------------------------------------------- Thailand: restaurant POS bills
  { name: 'foodstory-pos-bill-history-th', product: 'FoodStory POS (FoodStory Owner back office: รายงาน > ประวัติบิล > ส่งออก Excel, one row per bill, Thai UI with Buddhist-era dates, a Bangkok Thai-Isan restaurant on Sukhumvit with delivery apps)', family: 'pos', language: 'th', schema: E, cols: [
    ['เลขที่บิล', (c, o) => `B${ymd(ict(o.at), '').slice(2)}-${pad(+o.id % 1000, 4)}`, [OR('purchaseID'), '_id']],
    ['วันที่', (c, o) => { const p = ict(o.at); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }, ['timestamp'], opt],
    ['เวลา', (c, o) => hm(open(ict(o.at), +o.id, 11, 11)), [], opt],
    ['สาขา', (c, o) => row(['สุขุมวิท 38', 'สุขุมวิท 38', 'อารีย์'], +o.id % 3), ['commerce.commerceScope.storeCode'], opt],
    ['ประเภทออร์เดอร์', (c, o) => row(TH_CH, +o.id)[0], [], opt],
    ['โต๊ะ', (c, o) => (row(TH_CH, +o.id)[0] === 'ทานที่ร้าน' ? `T${v.int(() => (+o.id % 17) / 17, 1, 18)}` : '-'), []],
    ['จำนวนลูกค้า', (c, o) => (row(TH_CH, +o.id)[0] === 'ทานที่ร้าน' ? String(o.qty + 1) : '1'), []],
    ['จำนวนรายการ', (c, o) => String(o.qty * 2 + 1), []],
    ['ยอดขาย', (c, o) => thou(o.subtotal * 18), [], opt],
    ['ส่วนลด', (c, o) => (o.discount ? thou(50) : '0.00'), [OR('discountAmount')]],
    ['ค่าบริการ', (c, o) => (row(TH_CH, +o.id)[0] === 'ทานที่ร้าน' ? thou((o.subtotal * 18 - (o.discount ? 50 : 0)) * 0.1) : '0.00'), []],
    ['ภาษีมูลค่าเพิ่ม', (c, o) => thou((o.subtotal * 18 - (o.discount ? 50 : 0)) * (row(TH_CH, +o.id)[0] === 'ทานที่ร้าน' ? 1.1 : 1) * 0.07), [OR('taxAmount')]],
    ['ยอดสุทธิ', (c, o) => thou((o.subtotal * 18 - (o.discount ? 50 : 0)) * (row(TH_CH, +o.id)[0] === 'ทานที่ร้าน' ? 1.1 : 1) * 1.07), [OR('priceTotal')]],
    ['ช่องทางชำระเงิน', (c, o) => row(TH_CH, +o.id)[1], [PAY('paymentType')]],
    ['สถานะบิล', (c, o, r) => (r() < 0.93 ? 'ชำระแล้ว' : 'ยกเลิก'), []],
    ['พนักงาน', (c, o, r) => v.pick(r, ['แคชเชียร์ 1', 'น้องฝน', 'พี่ต้น']), []],
    ['สมาชิก', (c, o) => (+o.id % 3 === 0 ? `${loc(c, 'th').first} ${loc(c, 'th').last}` : ''), []],
    ['เบอร์โทรสมาชิก', (c, o) => (+o.id % 3 === 0 ? loc(c, 'th').mobile : ''), PHONE_ID, opt],
    ['คะแนนที่ได้รับ', (c, o) => (+o.id % 3 === 0 ? String(Math.floor(o.subtotal * 18 / 25)) : '0'), []],
    ['เลขที่ใบกำกับภาษี', (c, o, r) => (r() < 0.15 ? `INV${ymd(ict(o.at), '').slice(2, 6)}${pad(v.int(r, 1, 999), 4)}` : ''), [], opt],
    ['หมายเหตุ', (c, o, r) => v.pick(r, ['', '', '', 'ไม่เผ็ด', 'แยกน้ำจิ้ม']), []],
  ] },
  // ---------------------------------------------------------------- Vietnam: SMS gateway send history
  { name: 'speedsms-lich-su-gui-tin-vi', product: 'SpeedSMS (speedsms.vn; Lịch sử gửi tin > Xuất Excel, one row per message, Vietnamese UI, a Ho Chi Minh City spa chain\'s appointment reminders and brandname promotions)', family: 'sms', language: 'vi', schema: E, cols: [
    ['Mã tin nhắn', (c, o) => String(580000000 + +o.id * 61), ['_id']],
    ['Thời gian gửi', (c, o) => `${dmy(ict(o.at))} ${hms(open(ict(o.at), +o.id, 8, 12))}`, ['timestamp']],
    ['Số điện thoại', (c) => loc(c, 'vi').mobile, PHONE_ID],
    ['Tên khách hàng', (c, o, r) => (r() < 0.6 ? loc(c, 'vi').full : ''), []],
    ['Nhà mạng', (c) => ({ 90: 'Mobifone', 93: 'Mobifone', 70: 'Mobifone', 98: 'Viettel', 97: 'Viettel', 33: 'Viettel', 91: 'Vinaphone', 88: 'Vinaphone' })[loc(c, 'vi').mobile.slice(2, 4)], ['environment.carrier'], opt],
    ['Brandname', (c, o) => (+o.id % 3 === 0 ? 'Notify' : 'HOA MAI SPA'), []],
    ['Loại tin', (c, o) => (+o.id % 3 === 0 ? 'Tin nhắn CSKH (đầu số cố định)' : +o.id % 3 === 1 ? 'Brandname CSKH' : 'Brandname Quảng cáo'), []],
    ['Nội dung', (c, o) => (+o.id % 3 === 2 ? 'HOA MAI SPA: Giam 30% goi cham soc da mat den 30/11. Dat lich: 0283 822 1188. Tu choi QC soan TC gui 6020' : `HOA MAI SPA xac nhan lich hen cua Quy khach luc ${hm(open(ict(o.at), +o.id + 3, 9, 10))} ngay ${dmy(ict(o.at + day))} tai CN Quan 3. Hotline 0283 822 1188`), []],
    ['Số tin', (c, o) => (+o.id % 3 === 2 ? '1' : '2'), []],
    ['Chi phí (VNĐ)', (c, o) => (+o.id % 3 === 2 ? '750' : +o.id % 3 === 0 ? '700' : '1.300'), []],
    ['Trạng thái', (c, o, r) => v.pick(r, ['Thành công', 'Thành công', 'Thành công', 'Thất bại', 'Đang chờ báo cáo']), []],
    ['Thời gian nhận báo cáo', (c, o, r) => { const p = open(ict(o.at), +o.id, 8, 12); return r() < 0.85 ? `${dmy(p)} ${pad(p.H)}:${pad(p.M)}:${pad(Math.min(p.S + 9, 59))}` : '' }, [], opt],
    ['Mã lỗi', (c, o, r) => (r() < 0.1 ? v.pick(r, ['7', '8', '13']) : ''), []],
    ['Chiến dịch', (c, o) => (+o.id % 3 === 2 ? 'KM cham soc da T11' : ''), ['marketing.campaignName'], opt],
    ['Nhóm danh bạ', (c, o, r) => v.pick(r, ['Khách quen Q3', 'Khách mới', 'Khách quen Q7', '']), []],
    ['Nguồn gửi', (c, o) => (+o.id % 3 === 2 ? 'Web' : 'API'), []],
    ['Mã khách hàng', (c, o, r) => (r() < 0.6 ? `KH${pad(+c.id % 100000, 5)}` : ''), CUST_ID, opt],
    ['Tài khoản', (c, o, r) => v.pick(r, ['hoamaispa', 'hoamaispa.q7']), []],
  ] },
  // ---------------------------------------------------------------- Israel: payment-page transactions
  { name: 'meshulam-grow-doch-iskaot-he', product: 'Meshulam (משולם, now Grow; מערכת ניהול: דוחות > דוח עסקאות > ייצוא לאקסל, one row per transaction, Hebrew UI, a Tel Aviv yoga studio selling class cards on payment pages)', family: 'payments', language: 'he', schema: E, cols: [
    ['מספר עסקה', (c, o) => String(9100000 + +o.id * 37), [PAY('transactionID'), '_id']],
    ['תאריך עסקה', (c, o) => `${dmy(isr(o.at))} ${hm(isr(o.at))}`, ['timestamp']],
    ['שם דף התשלום', (c, o, r, i) => row(HE_ITEMS, i + +o.id)[0], [PL('name')], opt],
    ['סכום', (c, o, r, i) => thou(row(HE_ITEMS, i + +o.id)[1]), [PAY('paymentAmount'), OR('priceTotal')]],
    ['מטבע', () => '₪', [PAY('currencyCode'), OR('currencyCode')], opt],
    ['אמצעי תשלום', (c, o) => row(['כרטיס אשראי', 'ביט', 'כרטיס אשראי', 'Apple Pay', 'Google Pay', 'כרטיס אשראי'], +o.id % 6), [PAY('paymentType')]],
    ['מספר תשלומים', (c, o, r, i) => (row(HE_ITEMS, i + +o.id)[1] > 400 && +o.id % 2 ? String(v.int(() => (+o.id % 5) / 5, 2, 3)) : '1'), []],
    ['סטטוס', (c, o, r) => v.pick(r, ['שולם', 'שולם', 'שולם', 'שולם', 'בוטל', 'זוכה']), []],
    ['שם הלקוח', (c) => loc(c, 'he').full, []],
    ['טלפון', (c) => loc(c, 'he').mobile, PHONE_ID, opt],
    ['דוא"ל', (c, o, r) => (r() < 0.9 ? loc(c, 'he').email : ''), EMAIL_ID, opt],
    ['ת.ז.', (c, o, r) => (r() < 0.5 ? String(v.int(r, 10000000, 349999999)).padStart(9, '0') : ''), []],
    ['סוג כרטיס', (c, o, r) => ([0, 2, 5].includes(+o.id % 6) ? v.pick(r, ['ויזה', 'מאסטרקארד', 'ישראכרט', 'אמריקן אקספרס']) : ''), [], opt],
    ['4 ספרות אחרונות', (c, o, r) => ([0, 2, 3, 4, 5].includes(+o.id % 6) ? String(v.int(r, 1000, 9999)) : ''), []],
    ['מספר אישור', (c, o, r) => ([0, 2, 5].includes(+o.id % 6) ? pad(v.int(r, 0, 9999999), 7) : ''), [], opt],
    ['מספר קבלה', (c, o, r) => `${v.int(r, 20001, 24999)}`, [], opt],
    ['עמלה', (c, o, r, i) => thou(row(HE_ITEMS, i + +o.id)[1] * 0.018 + 0.9), []],
    ['הערות', (c, o, r) => v.pick(r, ['', '', '', 'לחדש אוטומטית', 'מתנה לחברה']), []],
    ['שדה נוסף: איך הגעת אלינו?', (c, o, r) => v.pick(r, ['אינסטגרם', 'חבר/ה המליצו', 'גוגל', '']), []],
  ] },
  // ---------------------------------------------------------------- Saudi Arabia: accounting contacts (B2B)
  { name: 'wafeq-jihat-al-ittisal-ar', product: 'Wafeq (وافق; جهات الاتصال > تصدير إلى Excel, one row per customer or supplier with its contact person, Arabic UI, a Riyadh office-furniture supplier invoicing companies under ZATCA e-invoicing)', family: 'invoicing', language: 'ar', schema: B, cols: [
    ['الرمز', (c) => `C-${pad(+c.id % 10000, 4)}`, [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['اسم الجهة', (c) => row(['شركة الأفق للتجارة', 'مؤسسة نخبة البناء للمقاولات', 'شركة رواد التقنية المحدودة', 'مجموعة السهم الذهبي', 'شركة بيت الخبرة للاستشارات', 'مستوصف الرعاية الطبي'], +c.id % 6), CO],
    ['الاسم بالإنجليزية', (c) => row(['Al Ofoq Trading Co.', 'Nukhbat Al Binaa Contracting Est.', 'Ruwad Technology Co. Ltd', 'Golden Arrow Group', 'Bait Al Khebra Consulting', 'Al Ri\'aya Medical Clinic'], +c.id % 6), CO, opt],
    ['نوع العلاقة', (c, o, r) => v.pick(r, ['عميل', 'عميل', 'عميل', 'مورد', 'عميل ومورد']), []],
    ['الرقم الضريبي', (c, o, r) => (r() < 0.85 ? `3${v.int(r, 1000000, 9999999)}${v.int(r, 100000, 999999)}3` : ''), []],
    ['رقم السجل التجاري', (c, o, r) => `10${v.int(r, 10000000, 99999999)}`, []],
    ['اسم الشخص المسؤول', (c) => loc(c, 'ar').full, ['person.name.fullName']],
    ['البريد الإلكتروني', (c) => `${loc(c, 'ar').fslug}@${row(['alofoq.sa', 'nukhbah.com.sa', 'ruwadtech.sa', 'goldenarrow.sa', 'baitalkhebra.com', 'alriaya-clinic.sa'], +c.id % 6)}`, WE],
    ['رقم الجوال', (c) => loc(c, 'ar').mobile, ['mobilePhone.number', 'workPhone.number']],
    ['الدولة', () => 'المملكة العربية السعودية', [W('country')]],
    ['المدينة', (c) => loc(c, 'ar').city, [W('city')]],
    ['الحي', (c) => loc(c, 'ar').district, [W('street2'), W('region')], opt],
    ['اسم الشارع', (c) => loc(c, 'ar').street, [W('street1')]],
    ['رقم المبنى', (c, o, r) => String(v.int(r, 2000, 9999)), [W('street1'), W('street2')], opt],
    ['الرمز البريدي', (c) => loc(c, 'ar').zip, [W('postalCode')]],
    ['الرقم الإضافي', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['العملة', () => 'SAR', []],
    ['شروط الدفع', (c, o, r) => v.pick(r, ['نقدي', '15 يوم', '30 يوم', '60 يوم']), []],
    ['الرصيد المستحق', (c, o, r) => (r() < 0.6 ? thou(v.int(r, 500, 90000)) : '0.00'), []],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'إرسال الفاتورة للمحاسبة', 'عقد توريد سنوي']), []],
    ['تاريخ الإنشاء', (c) => dmy(ast(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
