// Round 122, tune122: tune sets written blind by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Asian and Middle-Eastern exports in their UI language: a
// WordPress shop plugin's order-item list (ja), a company database's list (ja), a card/wallet gateway's transaction
// records (zh-Hant, Taiwan), a company-search service's firm list (zh-Hans), a KakaoTalk AlimTalk/FriendTalk sender's
// send results (ko), a beauty-salon booking app's customer list with points (ko), a shipping aggregator's shipment
// history (id), a POS's customer list with member points (id), a payment gateway's transactions (th), a CRM's contacts
// (vi), an SMS/e-mail marketing platform's contacts (he) and an SMS web service's outbox report (fa). Headers: Welcart's
// order-item CSV from its own code and Japanese translation file; the others from the writer's knowledge of each
// product, its API field names or help pages (see the "Round 122 tune" paragraph).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const jst = (ms) => shift(ms, 9) // Japan and Korea
const kst = (ms) => shift(ms, 9)
const cst8 = (ms) => shift(ms, 8) // Taiwan and mainland China
const wib = (ms) => shift(ms, 7) // Jakarta / Surabaya
const ict = (ms) => shift(ms, 7) // Bangkok / Ho Chi Minh City
const isr = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 10 ? 3 : 2) }
const irt = (ms) => { const d = new Date(ms); const m = d.getUTCMonth() + 1; return shift(ms, d.getUTCFullYear() < 2022 && m >= 4 && m <= 9 ? 4.5 : 3.5) }
const thou = (n, t = ',') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
const dec2 = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
const n = (x) => +x.id

// Gregorian -> Jalali (Solar Hijri) calendar
const jalali = (p) => {
  const gdm = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  const gy = p.y - 1600
  const gy2 = p.m > 2 ? gy + 1 : gy
  let days = 365 * gy + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) - 80 + p.d + gdm[p.m - 1]
  let jy = 979 + 33 * Math.floor(days / 12053); days %= 12053
  jy += 4 * Math.floor(days / 1461); days %= 1461
  if (days > 365) { jy += Math.floor((days - 1) / 365); days = (days - 1) % 365 }
  const jm = days < 186 ? 1 + Math.floor(days / 31) : 7 + Math.floor((days - 186) / 30)
  const jd = 1 + (days < 186 ? days % 31 : (days - 186) % 30)
  return { y: jy, m: jm, d: jd }
}
const faDigits = (s) => String(s).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d])

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const CO = ['b2b.companyName', 'organizations[0]']
const W = (leaf) => `workAddress.${leaf}`
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const ACCT = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x9e3779b9); r(); r(); r(); return r }
// the same instant moved to office hours (09:00-20:59 local) for things people send or key in at work
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + ((9 + (H % 12)) - H) * 3600000 }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }

// Japan: [kanji, kana, slug]
const JA_LAST = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['吉田', 'ヨシダ', 'yoshida']]
const JA_FIRST = [[['大輔', 'ダイスケ', 'daisuke'], ['美咲', 'ミサキ', 'misaki']], [['翔太', 'ショウタ', 'shota'], ['陽子', 'ヨウコ', 'yoko']], [['健一', 'ケンイチ', 'kenichi'], ['由美', 'ユミ', 'yumi']], [['拓也', 'タクヤ', 'takuya'], ['彩花', 'アヤカ', 'ayaka']], [['誠', 'マコト', 'makoto'], ['真由美', 'マユミ', 'mayumi']], [['浩二', 'コウジ', 'koji'], ['恵子', 'ケイコ', 'keiko']]]
// [pref, city, banchi, zip, area code]
const JA_PLACES = [['東京都', '世田谷区', '北沢2-14-7', '155-0031', '03'], ['大阪府', '大阪市北区', '梅田1-3-1', '530-0001', '06'], ['愛知県', '名古屋市中区', '栄3-5-12', '460-0008', '052'], ['福岡県', '福岡市中央区', '天神2-8-38', '810-0001', '092'], ['北海道', '札幌市中央区', '南一条西4-5', '060-0061', '011'], ['石川県', '金沢市', '香林坊1-1-1', '920-0981', '076'], ['神奈川県', '横浜市港北区', '新横浜2-6-13', '222-0033', '045'], ['京都府', '京都市中京区', '烏丸通三条上る場之町601', '604-8166', '075'], ['宮城県', '仙台市青葉区', '一番町3-7-1', '980-0811', '022']]
const JA_BLDG = ['', '', '', 'グランドメゾン北沢 203', 'ライオンズマンション 1105号室', 'コーポ桜 2F', 'パークハウス 502']
const ja = (c, salt = 0) => keep(`ja${salt}:${c.id}:${c.first}`, () => {
  const r = seeded(c, 11 + salt)
  const female = r() < 0.55
  const [lk, lkana, ls] = v.pick(r, JA_LAST)
  const [fk, fkana, fs] = v.pick(r, JA_FIRST)[female ? 1 : 0]
  const [pref, city, banchi, zip, area] = v.pick(r, JA_PLACES)
  return { female, last: lk, first: fk, full: `${lk} ${fk}`, kana: `${lkana} ${fkana}`, pref, city, banchi, zip, area,
    bldg: v.pick(r, JA_BLDG), mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
    email: `${fs}${v.pick(r, ['.', '_', ''])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp'])}` }
})

// Taiwan: names, [city, district, zip, street]
const TW_LAST = [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang']]
const TW_FIRST = [[['家豪', 'chiahao'], ['怡君', 'yichun']], [['志明', 'chihming'], ['雅婷', 'yating']], [['宗翰', 'tsunghan'], ['佩珊', 'peishan']], [['冠宇', 'kuanyu'], ['淑芬', 'shufen']], [['承恩', 'chengen'], ['詩涵', 'shihhan']]]
const TW_PLACES = [['台北市', '大安區', '106', '忠孝東路四段181號5樓'], ['新北市', '板橋區', '220', '文化路一段266號'], ['台中市', '西屯區', '407', '台灣大道三段99號12樓'], ['高雄市', '苓雅區', '802', '四維三路6號'], ['桃園市', '中壢區', '320', '中央西路二段30號'], ['台南市', '東區', '701', '長榮路一段235號'], ['新竹市', '東區', '300', '光復路二段101號']]
const tw = (c) => keep(`tw:${c.id}:${c.first}`, () => {
  const r = seeded(c, 23)
  const female = r() < 0.6
  const [l, ls] = v.pick(r, TW_LAST), [f, fs] = v.pick(r, TW_FIRST)[female ? 1 : 0]
  const [city, dist, zip, street] = v.pick(r, TW_PLACES)
  return { female, full: `${l}${f}`, zip, address: `${city}${dist}${street}`, city,
    mobile: `+8869${v.int(r, 10, 89)}${v.int(r, 100000, 999999)}`,
    email: `${fs}${v.pick(r, ['.', '_', ''])}${ls}${r() < 0.5 ? v.int(r, 80, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'icloud.com'])}`,
    natId: `${v.pick(r, ['A', 'B', 'F', 'H', 'E', 'D'])}${female ? 2 : 1}${v.int(r, 10000000, 99999999)}` }
})

// Korea: names, Busan-area addresses
const KO_LAST = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임']
const KO_FIRST = [['민준', '지영'], ['서준', '민지'], ['현우', '서연'], ['지훈', '수빈'], ['도윤', '예은'], ['성민', '하은'], ['재현', '유진']]
const KO_ADDR = ['부산광역시 해운대구 우동 1408 센텀파크 102동 1503호', '부산광역시 수영구 광안해변로 219', '부산광역시 부산진구 중앙대로 672', '부산광역시 남구 용호로 95 LG메트로시티 121동', '부산광역시 동래구 온천장로 107', '경상남도 양산시 물금읍 범어로 48', '부산광역시 연제구 과정로 276']
const ko = (c) => keep(`ko:${c.id}:${c.first}`, () => {
  const r = seeded(c, 37)
  const female = r() < 0.75
  const full = `${v.pick(r, KO_LAST)}${v.pick(r, KO_FIRST)[female ? 1 : 0]}`
  const mid = v.int(r, 1000, 9999), end = v.int(r, 1000, 9999)
  return { female, full, mobile: `010-${mid}-${end}`, bare: `010${mid}${end}`, intl: `8210${mid}${end}`,
    addr: v.pick(r, KO_ADDR), email: `${v.pick(r, ['jiyoung', 'minji', 'seoyeon', 'subin', 'hyunwoo', 'sjkim', 'yejin'])}${v.int(r, 80, 99)}@${v.pick(r, ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com'])}` }
})

// Indonesia: names, [kecamatan, kota/kabupaten, provinsi, kode pos]
const ID_NAMES = [[['Agus', 'Santoso'], ['Dewi', 'Lestari']], [['Budi', 'Hartono'], ['Rina', 'Wulandari']], [['Fajar', 'Nugroho'], ['Siti', 'Rahmawati']], [['Rizky', 'Pratama'], ['Putri', 'Ayu Larasati']], [['Sutrisno', ''], ['Indah', 'Permatasari']], [['Andi', 'Wijaya'], ['Nur', 'Aisyah']], [['Hendra', 'Gunawan'], ['Maya', 'Kusuma']]]
const ID_SBY = [['Gubeng', 'Surabaya', 'Jawa Timur', '60281'], ['Wonokromo', 'Surabaya', 'Jawa Timur', '60243'], ['Sukolilo', 'Surabaya', 'Jawa Timur', '60111'], ['Waru', 'Sidoarjo', 'Jawa Timur', '61256'], ['Lowokwaru', 'Malang', 'Jawa Timur', '65141'], ['Genteng', 'Surabaya', 'Jawa Timur', '60275'], ['Rungkut', 'Surabaya', 'Jawa Timur', '60293']]
const ID_DEST = [['Kebayoran Baru', 'Kota Jakarta Selatan', 'DKI Jakarta', '12130'], ['Coblong', 'Kota Bandung', 'Jawa Barat', '40132'], ['Tembalang', 'Kota Semarang', 'Jawa Tengah', '50275'], ['Denpasar Selatan', 'Kota Denpasar', 'Bali', '80222'], ['Medan Baru', 'Kota Medan', 'Sumatera Utara', '20153'], ['Rappocini', 'Kota Makassar', 'Sulawesi Selatan', '90222'], ['Depok', 'Kabupaten Sleman', 'DI Yogyakarta', '55281'], ['Cibodas', 'Kota Tangerang', 'Banten', '15138'], ['Sukarami', 'Kota Palembang', 'Sumatera Selatan', '30151']]
const ID_STREETS = ['Jl. Dharmahusada Indah Utara No. 12', 'Jl. Raya Darmo Permai III No. 5', 'Perum Pondok Jati Blok AJ-7', 'Jl. Kaliurang Km 5,6 Gg. Pandega Marta No. 3', 'Jl. Wolter Monginsidi No. 88', 'Komplek Griya Asri Blok C2 No. 14', 'Jl. Sultan Agung No. 27 RT 03/RW 05']
const idn = (c, places) => keep(`id${places.length}:${c.id}:${c.first}`, () => {
  const r = seeded(c, 41 + places.length)
  const female = r() < 0.55
  const [first, last] = v.pick(r, ID_NAMES)[female ? 1 : 0]
  const [kec, kota, prov, zip] = v.pick(r, places)
  const mob = `08${v.pick(r, ['12', '13', '21', '52', '56', '57', '77', '95'])}${v.int(r, 10000000, 99999999)}`
  return { female, first, last, full: last ? `${first} ${last}` : first, kec, kota, prov, zip, street: v.pick(r, ID_STREETS), mobile: mob,
    email: `${first.toLowerCase()}${last ? '.' + last.toLowerCase().split(' ')[0] : ''}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.id', 'ymail.com'])}` }
})

// Thailand (a Chiang Mai cooking school: Thai and foreign guests)
const TH_GUESTS = [['สมชาย ใจดี', 'somchai.j', '08'], ['ศิริพร วงศ์สวัสดิ์', 'siriporn.w', '08'], ['ณัฐวุฒิ ศรีสุข', 'nattawut.s', '09'], ['พิมพ์ชนก แก้วมณี', 'pimchanok.k', '06'], ['Emma Wilson', 'emma.wilson', '+44'], ['Lukas Becker', 'lukas.becker', '+49'], ['Yuki Tanaka', 'yuki.tanaka', '+81'], ['Chloé Martin', 'chloe.martin', '+33'], ['Daniel Kim', 'daniel.kim', '+1']]
const th = (c) => keep(`th:${c.id}:${c.first}`, () => {
  const r = seeded(c, 53)
  const [name, slug, pre] = v.pick(r, TH_GUESTS)
  const phone = pre === '08' || pre === '09' || pre === '06' ? `${pre}${v.int(r, 10000000, 99999999)}`
    : pre === '+44' ? `+447${v.int(r, 100000000, 999999999)}` : pre === '+49' ? `+49151${v.int(r, 10000000, 99999999)}`
      : pre === '+81' ? `+8190${v.int(r, 10000000, 99999999)}` : pre === '+33' ? `+336${v.int(r, 10000000, 99999999)}` : `+1${v.int(r, 201, 989)}555${v.int(r, 1000, 9999)}`
  return { name, phone, email: `${slug}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'])}`, thai: pre.length === 2 }
})

// Vietnam: B2B contacts of a Ho Chi Minh City industrial-equipment distributor
const VI_HO = [['Nguyễn Văn', false], ['Trần Thị', true], ['Lê Hoàng', false], ['Phạm Thị Thu', true], ['Võ Minh', false], ['Đặng Thị', true], ['Huỳnh Quốc', false], ['Bùi Ngọc', true]]
const VI_TEN = [['Tuấn', 'Hương'], ['Dũng', 'Lan'], ['Khoa', 'Thảo'], ['Hùng', 'Ngọc'], ['Phúc', 'Trang'], ['Long', 'Vy']]
const VI_CO = [['Công ty TNHH Cơ khí Hưng Thịnh', 'hungthinhmech.vn'], ['Công ty CP Thực phẩm Sài Gòn Xanh', 'saigonxanhfood.com.vn'], ['Công ty TNHH Bao bì Tân Phú', 'baobitanphu.vn'], ['Công ty CP Nhựa Bình Minh Phát', 'binhminhphat.com'], ['Công ty TNHH Điện lạnh Đại Việt', 'dienlanhdaiviet.vn'], ['Công ty TNHH May mặc Phương Nam', 'phuongnamgarment.vn']]
const VI_PLACES = [['123 Nguyễn Thị Minh Khai', 'Phường Võ Thị Sáu', 'Quận 3', 'TP. Hồ Chí Minh', '028'], ['45 Lê Duẩn', 'Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh', '028'], ['Lô C3, KCN Tân Bình', 'Phường Tây Thạnh', 'Quận Tân Phú', 'TP. Hồ Chí Minh', '028'], ['12 Đại lộ Bình Dương', 'Phường Phú Hòa', 'TP. Thủ Dầu Một', 'Bình Dương', '0274'], ['Đường số 5, KCN Biên Hòa 2', 'Phường An Bình', 'TP. Biên Hòa', 'Đồng Nai', '0251'], ['88 Láng Hạ', 'Phường Láng Hạ', 'Quận Đống Đa', 'Hà Nội', '024']]
const VI_JOBS = [['Trưởng phòng Mua hàng', 'Phòng Mua hàng'], ['Giám đốc', 'Ban Giám đốc'], ['Kỹ sư bảo trì', 'Phòng Kỹ thuật'], ['Kế toán trưởng', 'Phòng Kế toán'], ['Nhân viên mua hàng', 'Phòng Mua hàng'], ['Quản đốc xưởng', 'Phòng Sản xuất']]
const viSlug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z]/g, '')
const vi = (c) => keep(`vi:${c.id}:${c.first}`, () => {
  const r = seeded(c, 61)
  const [ho, female] = v.pick(r, VI_HO)
  const ten = v.pick(r, VI_TEN)[female ? 1 : 0]
  const [company, domain] = v.pick(r, VI_CO)
  const [street, ward, dist, prov, area] = v.pick(r, VI_PLACES)
  const [job, dept] = v.pick(r, VI_JOBS)
  const given = viSlug(ten), fam = viSlug(ho.split(' ')[0])
  return { female, ho, ten, company, domain, street, ward, dist, prov, area, job, dept,
    mobile: `0${v.pick(r, ['903', '908', '912', '938', '977', '986', '345', '707'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    work: area.length === 3 ? `${area} ${v.int(r, 3800, 3999)} ${v.int(r, 1000, 9999)}` : `${area} ${v.int(r, 3800, 3899)} ${v.int(r, 100, 999)}`,
    workEmail: `${given}.${fam}@${domain}`, email: `${given}${fam}${v.int(r, 80, 99)}@gmail.com` }
})

// Israel: names, [city, street, zip]
const HE_FIRST = [[['יוסי', 'yossi'], ['מיכל', 'michal']], [['אבי', 'avi'], ['נועה', 'noa']], [['דניאל', 'daniel'], ['שירה', 'shira']], [['איתי', 'itay'], ['יעל', 'yael']], [['רון', 'ron'], ['טל', 'tal']], [['עומר', 'omer'], ['מאיה', 'maya']]]
const HE_LAST = [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['אזולאי', 'azulay']]
const HE_PLACES = [['חיפה', 'שדרות מוריה 42', '3457713'], ['תל אביב-יפו', 'דיזנגוף 150', '6346108'], ['ירושלים', 'יפו 97', '9434022'], ['ראשון לציון', 'רוטשילד 23', '7526610'], ['באר שבע', 'רגר 12', '8424112'], ['קריית ביאליק', 'ירושלים 8', '2704708'], ['נתניה', 'הרצל 33', '4240410']]
const he = (c) => keep(`he:${c.id}:${c.first}`, () => {
  const r = seeded(c, 71)
  const female = r() < 0.8
  const [f, fs] = v.pick(r, HE_FIRST)[female ? 1 : 0], [l, ls] = v.pick(r, HE_LAST)
  const [city, street, zip] = v.pick(r, HE_PLACES)
  return { female, first: f, last: l, city, street, zip, mobile: `05${v.pick(r, ['0', '2', '3', '4', '8'])}${v.int(r, 1000000, 9999999)}`,
    email: `${fs}${v.pick(r, ['.', '_', ''])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'walla.co.il', 'gmail.com', 'hotmail.com'])}`,
    tz: `${v.int(r, 20000000, 34999999)}${v.int(r, 0, 9)}` }
})

// ---------------------------------------------------------------- catalogues
// Welcart: a Kanazawa crafts shop: [商品コード, 商品名, SKUコード, SKU表示名, 単価 (税込)]
const JA_ITEMS = [['KT-1032', '九谷焼 豆皿 五枚組', '01', '赤絵', 4400], ['KT-1032', '九谷焼 豆皿 五枚組', '02', '青手', 4950], ['HK-0210', '金箔 あぶらとり紙', 'S', '20枚入', 660], ['WJ-5501', '輪島塗 夫婦箸セット', 'A', '桐箱入', 8800], ['KG-3300', '加賀棒茶 ティーバッグ', '30P', '30袋入', 1296], ['KT-2040', '九谷焼 マグカップ', 'L', 'ペア', 7700], ['HK-0450', '金箔入り 日本酒グラス', '1', '', 3850]]
const jaItem = (o) => row(JA_ITEMS, n(o))
const jaQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0)
const jaSum = (o) => { const [, , , , p] = jaItem(o); const items = p * jaQty(o); const ship = items >= 11000 ? 0 : 880; const pts = n(o) % 4 === 1 ? 100 * (1 + n(o) % 5) : 0; const disc = n(o) % 7 === 0 ? 500 : 0; const cod = jaPay(o) === '代金引換' ? 330 : 0; return { items, ship, pts, disc, cod, total: items + ship + cod - pts - disc } }
const jaPay = (o) => row(['クレジットカード決済', 'クレジットカード決済', '代金引換', '銀行振込（前払い）', 'Amazon Pay', 'コンビニ払い'], n(o) >> 1)
const jaStatus = (o) => row(['発送済み', '発送済み', '新規受付', '発送済み', '取り寄せ中', 'キャンセル'], n(o) >> 2)

// SalesNow: Japanese landlines by the firm's area code (Osaka 06-xxxx-xxxx, Higashi-Osaka 072-xxx-xxxx, Hikone 0749-xx-xxxx)
const jaTel = (c, r) => { const a = row(['06', '06', '072', '052', '0749', '078', '0743'], +c.id); return a.length === 2 ? `${a}-${v.int(r, 4000, 6999)}-${v.int(r, 1000, 9999)}` : a.length === 3 ? `${a}-${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}` : `${a}-${v.int(r, 20, 99)}-${v.int(r, 1000, 9999)}` }

// TapPay: a Taipei tea-drink brand's online store and app
const TP_PAY = [['信用卡', 'VISA'], ['信用卡', 'MasterCard'], ['LINE Pay', ''], ['Apple Pay', 'VISA'], ['信用卡', 'JCB'], ['Google Pay', 'MasterCard'], ['Samsung Pay', 'VISA']]
const TP_ITEMS = [['經典珍珠奶茶 x 6 冷凍禮盒', 780], ['茶葉蛋糕禮盒', 560], ['烏龍茶包 50入', 450], ['隨行杯 + 飲品兌換券 10 張', 1280], ['會員儲值 1000 元', 1000], ['中秋禮盒 (月餅 + 冷泡茶)', 1680]]
const tpPay = (o) => row(TP_PAY, n(o) >> 1)
const tpItem = (o) => row(TP_ITEMS, n(o))
const tpStatus = (o) => row(['交易成功', '交易成功', '交易成功', '已退款', '交易成功', '部分退款', '授權失敗'], n(o) >> 2)

// Qichacha: firms in the Yangtze delta and Guangdong: [province, city, district, street, area code]
const CN_PLACES = [['江苏省', '苏州市', '吴中区', '越溪街道吴中大道1368号', '0512', '320506', 'sz', 'Suzhou'], ['浙江省', '宁波市', '北仑区', '新碶街道明州路355号', '0574', '330206', 'nb', 'Ningbo'], ['广东省', '东莞市', '长安镇', '霄边社区振安中路188号', '0769', '441900', 'dg', 'Dongguan'], ['江苏省', '无锡市', '新吴区', '鸿山街道锡梅路15号', '0510', '320214', 'wx', 'Wuxi'], ['上海市', '上海市', '松江区', '九亭镇涞寅路1299号', '021', '310117', 'sh', 'Shanghai'], ['广东省', '佛山市', '顺德区', '北滘镇工业大道33号', '0757', '440606', 'fs', 'Foshan'], ['浙江省', '台州市', '黄岩区', '江口街道德俭路60号', '0576', '331003', 'tz', 'Taizhou']]
const CN_FIRMS = [['精密模具', '模具制造', 'C3525', 'Precision Mould', '模具制造；模具销售；五金产品制造'], ['塑胶制品', '塑料制品业', 'C2929', 'Plastic Products', '塑料制品制造；塑料制品销售；橡胶制品销售'], ['食品机械', '食品、酒、饮料及茶生产专用设备制造', 'C3531', 'Food Machinery', '食品、酒、饮料及茶生产专用设备制造；机械设备销售；技术服务'], ['包装科技', '包装装潢及其他印刷', 'C2319', 'Packaging Technology', '包装装潢印刷品印刷；纸制品制造；包装材料及制品销售'], ['五金电器', '金属制日用品制造', 'C3389', 'Hardware & Electrical', '五金产品制造；家用电器零配件销售；金属制品销售'], ['新材料科技', '其他合成材料制造', 'C2659', 'New Material Technology', '新材料技术研发；合成材料制造（不含危险化学品）；化工产品销售（不含许可类化工产品）']]
const CN_WORDS = ['恒达', '鑫盛', '华锐', '宏图', '永康', '博瑞', '天禾', '金辉']
const CN_REPS = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周国平', '吴丽华']
const cnFirm = (c) => keep(`cn:${c.id}:${c.first}`, () => {
  const r = seeded(c, 83)
  const [prov, city, dist, street, area, region, abbr, cityEn] = v.pick(r, CN_PLACES)
  const [kind, industry, code, kindEn, scope] = v.pick(r, CN_FIRMS)
  const word = v.pick(r, CN_WORDS)
  const short = city.replace(/市$/, '')
  const pinyin = { 恒达: 'hengda', 鑫盛: 'xinsheng', 华锐: 'huarui', 宏图: 'hongtu', 永康: 'yongkang', 博瑞: 'borui', 天禾: 'tianhe', 金辉: 'jinhui' }[word]
  const ucs = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const body = r() < 0.6 ? `${v.pick(r, ['MA1', 'MA2', 'MA4'])}${Array.from({ length: 6 }, () => ucs[v.int(r, 0, 30)]).join('')}` : `${v.int(r, 55000000, 79999999)}${v.int(r, 0, 9)}`
  return { prov, city, dist, street, area, industry, code, scope, name: `${short}${word}${kind}有限公司`, domain: `${abbr}${pinyin}.com`,
    en: `${cityEn} ${pinyin[0].toUpperCase()}${pinyin.slice(1)} ${kindEn} Co., Ltd.`,
    rep: v.pick(r, CN_REPS), uscc: `91${region}${body}${ucs[v.int(r, 0, 30)]}`,
    founded: `${v.int(r, 2001, 2021)}-${pad(v.int(r, 1, 12))}-${pad(v.int(r, 1, 28))}`, capital: v.pick(r, [50, 100, 200, 500, 1000, 3000]),
    staff: v.int(r, 0, 260), landline: `${area}-${v.int(r, 5000, 8999)}${v.int(r, 1000, 9999)}`, mobile: `1${v.pick(r, ['38', '39', '58', '86', '37', '89'])}${v.int(r, 10000000, 99999999)}` }
})

// Bizm: a Seoul dermatology clinic's AlimTalk reminders and FriendTalk promotions
const BZ_TPL = [['알림톡', 'resv_confirm_v2', '예약 확정 안내', '[한빛피부과] #{이름}님, #{날짜} #{시간} 예약이 확정되었습니다.'], ['알림톡', 'resv_remind_d1', '예약 전날 리마인드', '[한빛피부과] 내일 #{시간} 진료 예약이 있습니다. 변경은 02-545-0000'], ['알림톡', 'visit_thanks', '내원 감사 안내', '[한빛피부과] 오늘 내원해 주셔서 감사합니다. 시술 후 주의사항을 확인해 주세요.'], ['친구톡', '', '', '(광고) [한빛피부과] 5월 가정의 달 리프팅 20% 할인! 수신거부: 홈 > 채널차단']]
const bzAt = (o) => inHours(o.at, 9)
const bzTpl = (o) => row(BZ_TPL, n(o) >> 1)
const bzRes = (o) => row([['성공', '0000', ''], ['성공', '0000', ''], ['실패', 'K105', '메시지를 전송할 수 없음(카카오톡 미사용자)'], ['성공', '0000', ''], ['실패', 'E104', '유효하지 않은 사용자 전화번호'], ['성공', '0000', '']], n(o) >> 2)

// Gongbiz: a Busan nail-and-lash salon
const GB_STAFF = ['원장 이수진', '김하늘 실장', '박소희 디자이너', '최유나 디자이너']

// KiriminAja: a Yogyakarta batik shop shipping to buyers nationwide
const KA_EXP = [['JNE', 'REG'], ['J&T', 'EZ'], ['SiCepat', 'HALU'], ['Anteraja', 'Reguler'], ['ID Express', 'STD'], ['JNE', 'YES'], ['Ninja Xpress', 'Standard']]
const KA_ITEMS = [['Kemeja Batik Parang Pria', 185000, 400], ['Kain Batik Tulis Sogan 2m', 650000, 500], ['Daster Batik Cap', 89000, 300], ['Outer Batik Kawung Wanita', 159000, 350], ['Masker Kain Batik (isi 5)', 45000, 150]]
const kaExp = (o) => row(KA_EXP, n(o) >> 1)
const kaItem = (o) => row(KA_ITEMS, n(o))
const kaStatus = (o) => row(['Terkirim', 'Terkirim', 'Dalam Pengiriman', 'Terkirim', 'Menunggu Pickup', 'Retur', 'Dibatalkan'], n(o) >> 2)
const rp = (x) => `Rp${thou(x, '.')}`

// GB Prime Pay: a Chiang Mai Thai cooking school
const GBP_PAY = ['บัตรเครดิต', 'บัตรเครดิต', 'QR Cash (พร้อมเพย์)', 'บัตรเครดิต', 'TrueMoney Wallet', 'Rabbit LINE Pay', 'ผ่อนชำระ']
const GBP_CLASS = [['คลาสทำอาหารไทย ครึ่งวันเช้า', 1200], ['คลาสทำอาหารไทย เต็มวัน + ตลาด', 1800], ['คลาสทำอาหารไทย ครึ่งวันเย็น', 1100], ['คลาสส่วนตัว (Private class)', 3500]]
const gbpPay = (o) => row(GBP_PAY, n(o) >> 1)
const gbpAmt = (o) => row(GBP_CLASS, n(o))[1] * (1 + (n(o) % 3))
const be = (p) => ({ ...p, y: p.y + 543 })

// Kavenegar: a Shiraz online bookshop's order and delivery SMS plus one bulk campaign
const KV_MSG = [['سفارش شما با شماره ORDER ثبت شد. کتابسرای پارسه', 'وب سرویس', ''], ['سفارش ORDER ارسال شد. کد رهگیری پست: TRACK', 'وب سرویس', ''], ['کد تایید شما: CODE', 'Verify Lookup', ''], ['تخفیف ۲۰٪ نمایشگاه کتاب تا پایان هفته. parse-book.ir لغو۱۱', 'ارسال گروهی', 'جشنواره نمایشگاه کتاب']]
const kvMsg = (o) => row(KV_MSG, n(o) >> 1)
const kvAt = (o) => (kvMsg(o)[1] === 'Verify Lookup' ? o.at : inHours(o.at, 3.5))
const kvTo = (c, o) => { const r = v.rng(hash(`kv:${o.id}:${c.id}`)); r(); return `09${v.pick(r, ['12', '13', '17', '19', '35', '36', '39', '01', '02', '21', '22'])}${v.int(r, 1000000, 9999999)}` }
const kvOp = (num) => (/^09(0|3)/.test(num) ? 'ایرانسل' : /^092/.test(num) ? 'رایتل' : 'همراه اول')
const jdt = (ms) => { const p = irt(ms), j = jalali(p); return `${j.y}/${pad(j.m)}/${pad(j.d)} ${hms(p)}` }
const kvStat = (o) => row([['رسیده به گیرنده', '10'], ['رسیده به گیرنده', '10'], ['نرسیده به گیرنده', '11'], ['رسیده به گیرنده', '10'], ['ارسال شده به مخابرات', '4'], ['مسدود شده (لیست سیاه)', '14']], n(o) >> 2)

export const SETS = [
  // ---------------------------------------------------------------- Japan: WordPress shop plugin, order items
  { name: 'welcart-shohin-list-csv-ja', product: 'Welcart e-Commerce (WordPress plugin; 受注リスト > 商品リスト出力 (CSV), one row per cart item with its order, Japanese UI, a Kanazawa Kutani-ware and gold-leaf crafts shop, tax-inclusive prices)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['ID', (c, o) => String(1000 + n(o) % 9000), [OR('purchaseID')], opt],
    ['注文番号', (c, o) => `KG${pad(1000 + n(o) % 9000, 7)}`, [OR('purchaseID')]],
    ['注文日時', (c, o) => `${ymd(jst(o.at))} ${hms(jst(o.at))}`, ['timestamp', OR('createdDate')]],
    ['会員No', (c) => (+c.id % 10 < 3 ? '' : String(1 + +c.id % 4800)), CUST_ID, opt],
    ['Eメール', (c) => ja(c).email, EMAIL_ID, opt],
    ['氏名', (c) => ja(c).full, []],
    ['フリガナ', (c) => ja(c).kana, [], opt],
    ['郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['市区郡町村', (c) => ja(c).city, [BILL('city')]],
    ['番地', (c) => ja(c).banchi, [BILL('street1')]],
    ['ビル名', (c) => ja(c).bldg, [BILL('street2')]],
    ['電話番号', (c) => ja(c).mobile, PHONE_ID, opt],
    ['配送先氏名', (c, o) => (n(o) % 4 === 0 ? ja(c, 1).full : ja(c).full), []],
    ['配送先郵便番号', (c, o) => (n(o) % 4 === 0 ? ja(c, 1) : ja(c)).zip, [SHIP('postalCode')]],
    ['配送先都道府県', (c, o) => (n(o) % 4 === 0 ? ja(c, 1) : ja(c)).pref, [SHIP('stateProvince'), SHIP('state')]],
    ['配送先市町村', (c, o) => (n(o) % 4 === 0 ? ja(c, 1) : ja(c)).city, [SHIP('city')]],
    ['配送先番地', (c, o) => (n(o) % 4 === 0 ? ja(c, 1) : ja(c)).banchi, [SHIP('street1')]],
    ['支払方法', (c, o) => jaPay(o), [OR('payments[0].paymentType')]],
    ['決済ID', (c, o, r) => (['クレジットカード決済', 'Amazon Pay', 'コンビニ払い'].includes(jaPay(o)) ? (jaPay(o) === 'Amazon Pay' ? `S${v.int(r, 10, 99)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : `${ymd(jst(o.at), '')}${v.int(r, 100000000, 999999999)}`) : ''), [OR('payments[0].transactionID')]],
    ['配送方法', (c, o) => (jaItem(o)[0] === 'HK-0210' ? 'メール便（ポスト投函）' : '宅配便'), ['commerce.shipping.shippingMethod']],
    ['配送希望日', (c, o) => (n(o) % 3 === 0 ? ymd(jst(o.at + 4 * day)) : '指定なし'), [], opt],
    ['ステータス', (c, o) => jaStatus(o), [], opt],
    ['送り状番号', (c, o) => (jaStatus(o) === '発送済み' ? `${v.int(() => (n(o) % 97) / 97, 2000, 4999)}-${pad(n(o) * 37 % 10000, 4)}-${pad(n(o) * 91 % 10000, 4)}` : ''), ['commerce.shipping.trackingNumber']],
    ['総合計金額', (c, o) => String(jaSum(o).total), [OR('priceTotal')]],
    ['使用ポイント', (c, o) => String(jaSum(o).pts), [], opt],
    ['値引き', (c, o) => String(-jaSum(o).disc), [OR('discountAmount')]],
    ['送料', (c, o) => String(jaSum(o).ship), ['commerce.shipping.shippingAmount']],
    ['内消費税', (c, o) => String(Math.floor(jaSum(o).total * 10 / 110)), [OR('taxAmount')]],
    ['商品コード', (c, o) => jaItem(o)[0], [PL('SKU')]],
    ['SKUコード', (c, o) => jaItem(o)[2], [PL('SKU')], opt],
    ['商品名', (c, o) => jaItem(o)[1], [PL('name')]],
    ['SKU表示名', (c, o) => jaItem(o)[3], [PL('selectedOptions[0].value')], opt],
    ['数量', (c, o) => String(jaQty(o)), [PL('quantity')]],
    ['単価', (c, o) => String(jaItem(o)[4]), [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: company database list
  { name: 'salesnow-kigyo-list-csv-ja', product: 'SalesNow (SalesNow DB; 企業検索 > リスト > CSVダウンロード, one row per company with its representative, Japanese UI, an Osaka industrial-cleaning contractor\'s prospect list of Kansai and Tokai manufacturers)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['SalesNow企業ID', (c) => String(3000000 + +c.id * 7 % 900000), ACCT, opt],
    ['企業名', (c, o) => `${row(['株式会社', '', '', '株式会社'], n(o))}${row(['大和精工', '関西化成', '三協金属工業', '東海プレス', '浪速ケミカル', '近畿パッケージ', '中部フーズ'], +c.id)}${row(['', '株式会社', '株式会社', ''], n(o))}`, CO],
    ['法人番号', (c, o, r) => `${v.int(r, 1, 9)}${v.int(r, 100000000000, 999999999999)}`, ACCT, opt],
    ['郵便番号', (c) => row(['577-0065', '532-0003', '579-8036', '461-0005', '522-0041', '650-0044', '639-1032'], +c.id), [W('postalCode')]],
    ['都道府県', (c) => row(['大阪府', '大阪府', '大阪府', '愛知県', '滋賀県', '兵庫県', '奈良県'], +c.id), [W('stateProvince'), W('state')]],
    ['市区町村', (c) => row(['東大阪市', '大阪市淀川区', '東大阪市', '名古屋市東区', '彦根市', '神戸市中央区', '大和郡山市'], +c.id), [W('city')]],
    ['町名・番地', (c) => row(['高井田中3-1-20', '宮原4-1-14', '鷹殿町18-3', '東桜1-13-3', '平田町670', '東川崎町1-7-4', '池沢町172'], +c.id), [W('street1')]],
    ['代表電話番号', (c, o, r) => jaTel(c, r), ['workPhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.6 ? jaTel(c, r) : ''), ['faxPhone.number'], opt],
    ['代表者名', (c) => ja(c, 2).full, ['person.name.fullName']],
    ['代表者役職', (c, o) => row(['代表取締役', '代表取締役社長', '代表取締役', '代表取締役会長'], n(o)), ['extendedWorkDetails.jobTitle']],
    ['企業URL', (c, o) => `https://www.${row(['daiwa-seiko', 'kansai-kasei', 'sankyo-kinzoku', 'tokai-press', 'naniwa-chem', 'kinki-pkg', 'chubu-foods'], +c.id)}.co.jp/`, ['b2b.companyWebsite']],
    ['問い合わせフォームURL', (c, o) => (n(o) % 3 ? `https://www.${row(['daiwa-seiko', 'kansai-kasei', 'sankyo-kinzoku', 'tokai-press', 'naniwa-chem', 'kinki-pkg', 'chubu-foods'], +c.id)}.co.jp/contact/` : ''), []],
    ['業界（大分類）', (c) => row(['製造業', '製造業', '製造業', '製造業', '製造業', '製造業', '食品'], +c.id), []],
    ['業界（小分類）', (c) => row(['精密機器', '化学', '金属製品', '自動車部品', '化学', '包装・容器', '食品加工'], +c.id), []],
    ['設立年月', (c, o, r) => `${v.int(r, 1948, 2015)}年${v.int(r, 1, 12)}月`, []],
    ['資本金', (c, o, r) => v.pick(r, ['1,000万円', '3,000万円', '5,000万円', '9,800万円', '1億円', '4億8,000万円']), []],
    ['従業員数', (c, o, r) => `${v.int(r, 12, 850)}人`, []],
    ['従業員数増減率（1年）', (c, o, r) => `${r() < 0.7 ? '+' : '-'}${(r() * 12).toFixed(1)}%`, []],
    ['売上高', (c, o, r) => (r() < 0.6 ? `${v.int(r, 3, 280)}億円` : ''), []],
    ['上場区分', (c, o) => (n(o) % 9 === 0 ? '東証スタンダード' : '非上場'), []],
    ['事業内容', (c) => row(['精密部品の切削加工', '合成樹脂原料の製造販売', '板金・プレス加工', '自動車用プレス部品の製造', '工業用薬品の製造', '段ボール・紙器の製造', '業務用冷凍食品の製造'], +c.id), []],
    ['求人掲載数', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['最終更新日', (c) => ymd(jst(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Taiwan: card and wallet gateway transaction records
  { name: 'tappay-portal-jiaoyi-jilu-zh', product: 'TapPay (Taiwan payment gateway; TapPay Portal > 交易紀錄 > 匯出, one row per transaction, Traditional Chinese UI, a Taipei tea-drink brand\'s online store and app)', family: 'payments', language: 'zh', schema: E, cols: [
    ['交易時間', (c, o) => `${ymd(cst8(o.at), '/')} ${hms(cst8(o.at))}`, ['timestamp']],
    ['交易編號', (c, o, r) => `D${ymd(cst8(o.at), '')}${v.alnum(r, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['訂單編號', (c, o) => `TH${ymd(cst8(o.at), '')}${pad(n(o) % 10000, 4)}`, [OR('purchaseID')]],
    ['銀行交易編號', (c, o, r) => `TP${ymd(cst8(o.at), '')}${v.alnum(r, 6).toUpperCase()}`, [OR('payments[0].transactionID')], opt],
    ['授權碼', (c, o, r) => (tpStatus(o) === '授權失敗' ? '' : String(v.int(r, 100000, 999999))), []],
    ['商店代號', (c, o) => (tpPay(o)[0] === 'LINE Pay' ? 'tinghao_LINEPAY' : 'tinghao_CTBC'), [], opt],
    ['付款方式', (c, o) => tpPay(o)[0], [OR('payments[0].paymentType')]],
    ['卡別', (c, o) => tpPay(o)[1], [], opt],
    ['卡號', (c, o, r) => (tpPay(o)[1] ? `${v.pick(r, ['424242', '531892', '356812', '405634'])}******${v.int(r, 1000, 9999)}` : ''), []],
    ['幣別', () => 'TWD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['原始金額', (c, o) => String(tpItem(o)[1]), [OR('priceTotal')], opt],
    ['交易金額', (c, o) => String(tpStatus(o) === '已退款' || tpStatus(o) === '授權失敗' ? 0 : tpStatus(o) === '部分退款' ? tpItem(o)[1] - 260 : tpItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['退款金額', (c, o) => String(tpStatus(o) === '已退款' ? tpItem(o)[1] : tpStatus(o) === '部分退款' ? 260 : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['交易狀態', (c, o) => tpStatus(o), [], opt],
    ['請款狀態', (c, o) => (tpStatus(o) === '授權失敗' ? '' : '已請款'), []],
    ['請款時間', (c, o) => (tpStatus(o) === '授權失敗' ? '' : `${ymd(cst8(o.at + day), '/')} 04:00:00`), [], opt],
    ['銀行回應碼', (c, o) => (tpStatus(o) === '授權失敗' ? '05' : '00'), []],
    ['持卡人姓名', (c) => tw(c).full, []],
    ['持卡人電話', (c) => tw(c).mobile, PHONE_ID, opt],
    ['持卡人Email', (c) => tw(c).email, EMAIL_ID, opt],
    ['郵遞區號', (c, o) => (n(o) % 3 ? tw(c).zip : ''), [BILL('postalCode')], opt],
    ['地址', (c, o) => (n(o) % 3 ? tw(c).address : ''), [BILL('street1')], opt],
    ['身分證字號', (c, o) => (n(o) % 5 === 0 ? tw(c).natId : ''), []],
    ['交易明細', (c, o) => tpItem(o)[0], [PL('name')], opt],
    ['3D 驗證', (c, o) => (tpPay(o)[0] === '信用卡' ? '是' : '否'), []],
  ] },
  // ---------------------------------------------------------------- mainland China: company-search export
  { name: 'qichacha-qiye-daochu-zh', product: '企查查 Qichacha (企业查询 > 高级搜索 > 导出数据 Excel, one row per firm with its legal representative, Simplified Chinese UI, a Suzhou industrial-packaging supplier\'s list of manufacturers in Jiangsu, Zhejiang, Shanghai and Guangdong)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
    ['企业名称', (c) => cnFirm(c).name, CO],
    ['登记状态', (c, o) => (n(o) % 11 === 0 ? '注销' : row(['存续', '在业'], n(o))), []],
    ['法定代表人', (c) => cnFirm(c).rep, ['person.name.fullName']],
    ['注册资本', (c) => `${cnFirm(c).capital}万元人民币`, []],
    ['成立日期', (c) => cnFirm(c).founded, []],
    ['统一社会信用代码', (c) => cnFirm(c).uscc, ACCT, opt],
    ['企业类型', (c, o) => row(['有限责任公司(自然人投资或控股)', '有限责任公司(自然人独资)', '其他有限责任公司', '有限责任公司(台港澳法人独资)'], n(o)), []],
    ['所属省份', (c) => cnFirm(c).prov, [W('stateProvince'), W('state')]],
    ['所属城市', (c) => cnFirm(c).city, [W('city')]],
    ['所属区县', (c) => cnFirm(c).dist, [W('region'), W('street2')], opt],
    ['电话', (c, o) => (n(o) % 2 ? cnFirm(c).landline : cnFirm(c).mobile), ['workPhone.number']],
    ['更多电话', (c, o) => (n(o) % 3 === 0 ? `${cnFirm(c).mobile};${cnFirm(c).area}-${5000 + n(o) % 4000}${pad(n(o) % 10000, 4)}` : '-'), ['otherPhone.number'], opt],
    ['邮箱', (c, o) => (n(o) % 4 === 0 ? '-' : n(o) % 4 === 1 ? `${100000000 + n(o) * 7919 % 900000000}@qq.com` : `sales@${cnFirm(c).domain}`), ['workEmail.address']],
    ['更多邮箱', (c, o) => (n(o) % 5 === 0 ? `info@${cnFirm(c).domain}` : '-'), [], opt],
    ['网址', (c, o) => (n(o) % 3 === 2 ? '-' : `www.${cnFirm(c).domain}`), ['b2b.companyWebsite']],
    ['企业地址', (c) => `${cnFirm(c).prov === '上海市' ? '' : cnFirm(c).prov}${cnFirm(c).city}${cnFirm(c).dist}${cnFirm(c).street}`, [W('street1')]],
    ['所属行业', (c) => cnFirm(c).industry, []],
    ['国标行业代码', (c) => cnFirm(c).code, []],
    ['参保人数', (c) => String(cnFirm(c).staff), []],
    ['曾用名', (c, o) => (n(o) % 6 === 0 ? cnFirm(c).name.replace('有限公司', '厂') : '-'), []],
    ['英文名', (c, o) => (n(o) % 3 === 0 ? cnFirm(c).en : '-'), CO, opt],
    ['经营范围', (c) => `一般项目：${cnFirm(c).scope}；货物进出口（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）`, []],
  ] },
  // ---------------------------------------------------------------- Korea: KakaoTalk AlimTalk / FriendTalk send results
  { name: 'bizm-balsong-gyeolgwa-ko', product: '비즈엠 Bizm (bizmsg.kr; 발송결과 조회 > 엑셀 다운로드, one row per message, Korean UI, a Seoul Gangnam dermatology clinic\'s KakaoTalk AlimTalk reminders with SMS fallback and a FriendTalk promotion)', family: 'sms', language: 'ko', schema: E, cols: [
    ['발송일시', (c, o) => `${ymd(kst(bzAt(o)))} ${hms(kst(bzAt(o)))}`, ['timestamp']],
    ['요청일시', (c, o) => `${ymd(kst(bzAt(o) - 3000))} ${hms(kst(bzAt(o) - 3000))}`, [], opt],
    ['메시지키', (c, o, r) => `${ymd(kst(bzAt(o)), '')}${v.alnum(r, 12).toUpperCase()}`, ['_id']],
    ['수신번호', (c) => ko(c).intl, PHONE_ID],
    ['발신프로필', () => '@한빛피부과', [], opt],
    ['메시지유형', (c, o) => bzTpl(o)[0], [], opt],
    ['템플릿코드', (c, o) => bzTpl(o)[1], [], opt],
    ['템플릿명', (c, o) => bzTpl(o)[2], [], opt],
    ['메시지내용', (c, o) => bzTpl(o)[3].replace('#{이름}', ko(c).full).replace('#{날짜}', `${bd(o.at + 2 * day).m}/${bd(o.at + 2 * day).d}`).replace(/#\{시간\}/g, `${10 + n(o) % 8}:${n(o) % 2 ? '30' : '00'}`), []],
    ['버튼', (c, o) => (bzTpl(o)[0] === '친구톡' ? '이벤트 보기(WL)' : bzTpl(o)[1] === 'resv_confirm_v2' ? '예약 변경하기(WL)' : ''), []],
    ['결과', (c, o) => bzRes(o)[0], [], opt],
    ['결과코드', (c, o) => bzRes(o)[1], []],
    ['결과메시지', (c, o) => bzRes(o)[2], []],
    ['대체발송여부', (c, o) => (bzRes(o)[0] === '실패' && bzTpl(o)[0] === '알림톡' ? 'Y' : 'N'), []],
    ['대체발송유형', (c, o) => (bzRes(o)[0] === '실패' && bzTpl(o)[0] === '알림톡' ? (bzTpl(o)[3].length > 45 ? 'LMS' : 'SMS') : ''), []],
    ['대체발송결과', (c, o) => (bzRes(o)[0] === '실패' && bzTpl(o)[0] === '알림톡' ? (bzRes(o)[1] === 'E104' ? '실패' : '성공') : ''), []],
    ['대체발신번호', (c, o) => (bzRes(o)[0] === '실패' && bzTpl(o)[0] === '알림톡' ? '025450000' : ''), []],
    ['통신사', (c, o) => (bzRes(o)[0] === '실패' && bzTpl(o)[0] === '알림톡' ? row(['SKT', 'KT', 'LGU+'], +c.id) : ''), ['environment.carrier'], opt],
    ['캠페인명', (c, o) => (bzTpl(o)[0] === '친구톡' ? '5월 리프팅 프로모션' : ''), ['marketing.campaignName'], opt],
    ['과금금액', (c, o) => (bzRes(o)[0] === '성공' ? (bzTpl(o)[0] === '친구톡' ? '15.0' : '7.5') : bzTpl(o)[0] === '알림톡' && bzRes(o)[1] !== 'E104' ? (bzTpl(o)[3].length > 45 ? '27.0' : '9.0') : '0'), [], opt],
    ['사용자ID', () => 'hanbitderma', []],
  ] },
  // ---------------------------------------------------------------- Korea: beauty-salon booking app, customer list
  { name: 'gongbiz-gogaek-mokrok-ko', product: '공비서 Gongbiz (beauty-shop booking and sales app; 고객관리 > 고객 목록 > 엑셀 다운로드, one row per customer with points and prepaid balances, Korean UI, a Busan Haeundae nail-and-lash salon)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['고객번호', (c) => String(1000 + +c.id % 9000), ['_id', 'personID']],
    ['고객명', (c) => ko(c).full, ['person.name.fullName']],
    ['연락처', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생일', (c, o) => (n(o) % 3 === 0 ? '' : ymd(bd(c.birth))), ['person.birthDate']],
    ['양력/음력', (c, o) => (n(o) % 3 === 0 ? '' : n(o) % 7 === 1 ? '음력' : '양력'), []],
    ['고객등급', (c, o) => row(['일반', 'VIP', '일반', '골드', '일반'], n(o)), ['loyalty.tier']],
    ['담당자', (c, o) => row(GB_STAFF, n(o) >> 1), []],
    ['포인트', (c, o, r) => thou(v.int(r, 0, 60) * 100), ['loyalty.points']],
    ['정액권 잔액', (c, o, r) => (n(o) % 3 === 1 ? thou(v.int(r, 1, 40) * 10000) : '0'), []],
    ['회원권', (c, o) => (n(o) % 4 === 2 ? `젤네일 10회권 (잔여 ${n(o) % 10}회)` : ''), []],
    ['방문횟수', (c, o) => String(1 + n(o) % 37), []],
    ['총 결제금액', (c, o) => thou((1 + n(o) % 37) * 55000), ['loyalty.lifetimePurchases'], opt],
    ['최근 방문일', (c) => ymd(kst(later(c))), [], opt],
    ['등록일', (c) => ymd(kst(c.created)), ['loyalty.joinDate'], opt],
    ['유입경로', (c, o) => row(['네이버 예약', '지인 소개', '인스타그램', '워크인', '카카오톡 채널'], n(o)), []],
    ['문자 수신동의', (c) => (c.bool ? '동의' : '거부'), [], opt],
    ['이메일', (c, o) => (n(o) % 4 === 0 ? ko(c).email : ''), ['personalEmail.address']],
    ['주소', (c, o) => (n(o) % 3 === 1 ? ko(c).addr : ''), at(HOME, 'street1')],
    ['노쇼', (c, o) => String(n(o) % 9 === 0 ? 1 : 0), []],
    ['미수금', (c, o) => (n(o) % 13 === 0 ? '15,000' : '0'), []],
    ['메모', (c) => row(['', '', '속눈썹 C컬 선호', '젤 알레르기 있음', '', '주차 필요', ''], +c.id), []],
  ] },
  // ---------------------------------------------------------------- Indonesia: shipping aggregator, shipment history
  { name: 'kiriminaja-riwayat-pengiriman-id', product: 'KiriminAja (shipping aggregator; Riwayat Pengiriman > Export Excel, one row per package, Indonesian UI, a Yogyakarta batik shop shipping with JNE, J&T, SiCepat, Anteraja, ID Express and Ninja, some COD)', family: 'delivery', language: 'id', schema: E, cols: [
    ['Tanggal Dibuat', (c, o) => `${dmy(wib(inHours(o.at, 7)))} ${hm(wib(inHours(o.at, 7)))}`, ['timestamp']],
    ['ID Order', (c, o) => `OID-${pad(n(o) * 7919 % 10000000000, 10)}`, ['_id'], opt],
    ['No. Referensi', (c, o) => (n(o) % 3 === 0 ? '' : n(o) % 3 === 1 ? `INV/${ymd(wib(o.at), '')}/MPL/${3000000000 + n(o) * 131 % 999999999}` : `SHP-${v.alnum(() => (n(o) % 89) / 89, 1)}${pad(n(o), 6)}`), [OR('purchaseID')], opt],
    ['Ekspedisi', (c, o) => kaExp(o)[0], ['commerce.shipping.shippingMethod']],
    ['Layanan', (c, o) => kaExp(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['No. Resi', (c, o) => (kaStatus(o) === 'Dibatalkan' || kaStatus(o) === 'Menunggu Pickup' ? '' : row([`CM${pad(n(o) * 97 % 1e10, 10)}`, `JX${pad(n(o) * 53 % 1e10, 10)}`, `0042${pad(n(o) * 71 % 1e8, 8)}`, `1100${pad(n(o) * 29 % 1e8, 8)}`, `IDE${pad(n(o) * 43 % 1e9, 9)}`, `CM${pad(n(o) * 61 % 1e10, 10)}`, `NLIDAP${pad(n(o) * 13 % 1e8, 8)}`], n(o) >> 1)), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o) => kaStatus(o), [], opt],
    ['Nama Pengirim', () => 'Batik Sekar Jagad Jogja', []],
    ['No. HP Pengirim', () => '081227345610', []],
    ['Nama Penerima', (c) => idn(c, ID_DEST).full, []],
    ['No. HP Penerima', (c) => idn(c, ID_DEST).mobile, PHONE_ID, opt],
    ['Alamat Penerima', (c) => idn(c, ID_DEST).street, [SHIP('street1')]],
    ['Kecamatan', (c) => idn(c, ID_DEST).kec, [SHIP('street3'), SHIP('region')], opt],
    ['Kota/Kabupaten', (c) => idn(c, ID_DEST).kota, [SHIP('city')]],
    ['Provinsi', (c) => idn(c, ID_DEST).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c) => idn(c, ID_DEST).zip, [SHIP('postalCode')]],
    ['Isi Paket', (c, o) => kaItem(o)[0], [PL('name')], opt],
    ['Berat (gram)', (c, o) => String(kaItem(o)[2] * (1 + n(o) % 2)), []],
    ['Nilai Barang', (c, o) => rp(kaItem(o)[1] * (1 + n(o) % 2)), [], opt],
    ['Ongkir', (c, o) => rp(row([11000, 18000, 24000, 9000, 31000, 15000, 22000], n(o) >> 1)), ['commerce.shipping.shippingAmount'], opt],
    ['Diskon Ongkir', (c, o) => rp(n(o) % 4 === 0 ? 2000 : 0), [], opt],
    ['COD', (c, o) => (n(o) % 3 === 0 ? 'Ya' : 'Tidak'), []],
    ['Nilai COD', (c, o) => (n(o) % 3 === 0 ? rp(kaItem(o)[1] * (1 + n(o) % 2) + row([11000, 18000, 24000, 9000, 31000, 15000, 22000], n(o) >> 1)) : rp(0)), [OR('payments[0].paymentAmount')], opt],
    ['Biaya COD', (c, o) => (n(o) % 3 === 0 ? rp(Math.round(kaItem(o)[1] * (1 + n(o) % 2) * 0.03)) : rp(0)), []],
    ['Asuransi', (c, o) => (kaItem(o)[1] > 500000 ? rp(Math.round(kaItem(o)[1] * 0.002)) : rp(0)), []],
    ['Jadwal Pickup', (c, o) => (kaStatus(o) === 'Dibatalkan' ? '' : `${dmy(wib(o.at + day))} 13:00`), ['commerce.shipping.shipDate'], opt],
    ['Tanggal Terkirim', (c, o) => (kaStatus(o) === 'Terkirim' ? `${dmy(wib(o.at + 3 * day))} ${hm(wib(o.at + 3 * day + 5400000))}` : ''), [], opt],
    ['Catatan', (c, o) => row(['', '', 'Titip satpam', 'Hubungi sebelum antar', '', 'Jangan dibanting'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- Indonesia: POS customers with member points
  { name: 'iseller-daftar-pelanggan-id', product: 'iSeller (POS and online store; Pelanggan > Ekspor, one row per customer with member card and points, Indonesian UI, a Surabaya specialty-coffee chain)', family: 'loyalty', language: 'id', schema: P, cols: [
    ['Kode Pelanggan', (c) => `CUST-${pad(+c.id % 100000, 5)}`, ['_id', 'personID']],
    ['Nama Depan', (c) => idn(c, ID_SBY).first, ['person.name.firstName']],
    ['Nama Belakang', (c) => idn(c, ID_SBY).last, ['person.name.lastName']],
    ['Email', (c, o) => (n(o) % 5 === 0 ? '' : idn(c, ID_SBY).email), ['personalEmail.address']],
    ['No. Handphone', (c) => `+62${idn(c, ID_SBY).mobile.slice(1)}`, ['mobilePhone.number']],
    ['Jenis Kelamin', (c) => (idn(c, ID_SBY).female ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c, o) => (n(o) % 4 === 0 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Alamat', (c, o) => (n(o) % 3 === 0 ? '' : idn(c, ID_SBY).street), at(HOME, 'street1')],
    ['Kecamatan', (c, o) => (n(o) % 3 === 0 ? '' : idn(c, ID_SBY).kec), [...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Kota', (c) => idn(c, ID_SBY).kota, at(HOME, 'city')],
    ['Provinsi', (c) => idn(c, ID_SBY).prov, STATE(HOME)],
    ['Kode Pos', (c, o) => (n(o) % 3 === 0 ? '' : idn(c, ID_SBY).zip), at(HOME, 'postalCode')],
    ['Negara', () => 'Indonesia', at(HOME, 'country')],
    ['Grup Pelanggan', (c, o) => row(['Member Silver', 'Member Gold', 'Umum', 'Member Silver', 'Member Platinum'], n(o)), ['loyalty.tier'], opt],
    ['No. Kartu Member', (c, o) => (row(['Member Silver', 'Member Gold', 'Umum', 'Member Silver', 'Member Platinum'], n(o)) === 'Umum' ? '' : `8899${pad(+c.id * 17 % 100000000, 8)}`), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Poin', (c, o, r) => (row(['Member Silver', 'Member Gold', 'Umum', 'Member Silver', 'Member Platinum'], n(o)) === 'Umum' ? '0' : String(v.int(r, 0, 1800))), ['loyalty.points']],
    ['Total Pesanan', (c, o) => String(1 + n(o) % 64), []],
    ['Total Belanja', (c, o) => `Rp ${thou((1 + n(o) % 64) * 47500, '.')}`, ['loyalty.lifetimePurchases'], opt],
    ['Pesanan Terakhir', (c, o) => `#SBY${pad(n(o) * 13 % 100000, 5)}`, []],
    ['Tanggal Pesanan Terakhir', (c) => `${dmy(wib(later(c)))} ${hm(wib(later(c)))}`, [], opt],
    ['Tanggal Terdaftar', (c) => `${dmy(wib(c.created))} ${hm(wib(c.created))}`, ['loyalty.joinDate'], opt],
    ['Outlet Terdaftar', (c, o) => row(['Kopi Tuju Darmo', 'Kopi Tuju Galaxy Mall', 'Kopi Tuju Pakuwon', 'Online Store'], n(o) >> 1), []],
    ['Terima Email Promosi', (c) => (c.bool ? 'Ya' : 'Tidak'), [], opt],
    ['NPWP', (c, o, r) => (n(o) % 9 === 0 ? `${v.int(r, 10, 99)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 1, 9)}-${v.int(r, 600, 699)}.000` : ''), ['person.taxId'], opt],
    ['Catatan', (c) => row(['', '', 'Oat milk, less sugar', '', 'Karyawan - diskon 20%', '', 'Alergi kacang'], +c.id), []],
  ] },
  // ---------------------------------------------------------------- Thailand: payment gateway transactions
  { name: 'gbprimepay-raikan-thurakam-th', product: 'GB Prime Pay (Thai payment gateway; Merchant Portal > รายการธุรกรรม > ส่งออก Excel, one row per payment, Thai UI, a Chiang Mai cooking school taking class bookings from Thai and foreign guests, Buddhist-era dates)', family: 'payments', language: 'th', schema: E, cols: [
    ['วันที่', (c, o) => dmy(be(ict(o.at))), ['timestamp'], opt],
    ['เวลา', (c, o) => hms(ict(o.at)), []],
    ['เลขที่อ้างอิง GBP', (c, o) => `gbp${3000000000 + n(o) * 7919 % 999999999}`, [OR('payments[0].transactionID'), '_id']],
    ['เลขที่อ้างอิง', (c, o) => `CMC${ymd(ict(o.at), '').slice(2)}${pad(n(o) % 1000, 3)}`, [OR('purchaseID')]],
    ['ช่องทางการชำระเงิน', (c, o) => gbpPay(o), [OR('payments[0].paymentType')]],
    ['จำนวนเงิน', (c, o) => dec2(gbpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['สกุลเงิน', () => 'THB', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['ค่าธรรมเนียม', (c, o) => dec2(gbpAmt(o) * (gbpPay(o) === 'QR Cash (พร้อมเพย์)' ? 0.01 : 0.0365)), []],
    ['ภาษีมูลค่าเพิ่ม', (c, o) => dec2(gbpAmt(o) * (gbpPay(o) === 'QR Cash (พร้อมเพย์)' ? 0.01 : 0.0365) * 0.07), [], opt],
    ['ยอดสุทธิ', (c, o) => dec2(gbpAmt(o) * (1 - (gbpPay(o) === 'QR Cash (พร้อมเพย์)' ? 0.01 : 0.0365) * 1.07)), []],
    ['สถานะ', (c, o) => row(['สำเร็จ', 'สำเร็จ', 'สำเร็จ', 'ไม่สำเร็จ', 'สำเร็จ', 'คืนเงินแล้ว'], n(o) >> 2), [], opt],
    ['รหัสผลลัพธ์', (c, o) => (row(['สำเร็จ', 'สำเร็จ', 'สำเร็จ', 'ไม่สำเร็จ', 'สำเร็จ', 'คืนเงินแล้ว'], n(o) >> 2) === 'ไม่สำเร็จ' ? '54' : '00'), []],
    ['ชื่อลูกค้า', (c) => th(c).name, []],
    ['อีเมลลูกค้า', (c) => th(c).email, EMAIL_ID, opt],
    ['เบอร์โทรศัพท์ลูกค้า', (c) => th(c).phone, PHONE_ID, opt],
    ['รายละเอียด', (c, o) => `${row(GBP_CLASS, n(o))[0]} x${1 + (n(o) % 3)}`, [PL('name')], opt],
    ['หมายเลขบัตร', (c, o, r) => (['บัตรเครดิต', 'ผ่อนชำระ'].includes(gbpPay(o)) ? `${v.pick(r, ['455633', '524146', '356999', '411111'])}XXXXXX${v.int(r, 1000, 9999)}` : ''), []],
    ['ธนาคารผู้ออกบัตร', (c, o) => (['บัตรเครดิต', 'ผ่อนชำระ'].includes(gbpPay(o)) ? (th(c).thai ? row(['KASIKORNBANK', 'SIAM COMMERCIAL BANK', 'BANGKOK BANK', 'KRUNGSRI'], n(o)) : row(['BARCLAYS BANK PLC', 'DEUTSCHE BANK AG', 'MUFG BANK', 'CHASE BANK USA'], n(o))) : ''), []],
    ['รหัสอนุมัติ', (c, o, r) => (['บัตรเครดิต', 'ผ่อนชำระ'].includes(gbpPay(o)) ? String(v.int(r, 100000, 999999)) : ''), []],
    ['จำนวนงวด', (c, o) => (gbpPay(o) === 'ผ่อนชำระ' ? row(['3', '4', '6'], n(o)) : ''), []],
    ['วันที่โอนเงิน', (c, o) => dmy(be(ict(o.at + 2 * day))), [], opt],
    ['หมายเหตุ', (c, o) => row(['', 'Vegetarian', '', 'Hotel pickup: Nimman', 'แพ้กุ้ง'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- Vietnam: CRM contacts
  { name: 'cloudgo-crm-nguoi-lien-he-vi', product: 'CloudGO CRM (Người liên hệ > Xuất Excel, one row per contact with its company, Vietnamese UI, a Ho Chi Minh City industrial compressor and pump distributor)', family: 'crm', language: 'vi', schema: B, cols: [
    ['Mã người liên hệ', (c) => `CON${pad(+c.id % 100000, 5)}`, B2BID],
    ['Danh xưng', (c) => (vi(c).female ? 'Chị' : 'Anh'), ['person.name.courtesyTitle']],
    ['Họ', (c) => vi(c).ho, ['person.name.lastName']],
    ['Tên', (c) => vi(c).ten, ['person.name.firstName']],
    ['Công ty', (c) => vi(c).company, CO],
    ['Chức danh', (c) => vi(c).job, ['extendedWorkDetails.jobTitle']],
    ['Phòng ban', (c) => vi(c).dept, ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => vi(c).workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email khác', (c, o) => (n(o) % 3 === 0 ? vi(c).email : ''), ['personalEmail.address'], opt],
    ['Di động', (c) => vi(c).mobile, ['mobilePhone.number']],
    ['Điện thoại cơ quan', (c, o) => (n(o) % 4 === 1 ? '' : vi(c).work), ['workPhone.number']],
    ['Ngày sinh', (c, o) => (n(o) % 3 === 2 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Nguồn', (c, o) => row(['Website', 'Hội chợ triển lãm', 'Giới thiệu', 'Zalo OA', 'Gọi điện'], n(o)), ['b2b.personSource'], opt],
    ['Địa chỉ', (c) => vi(c).street, [W('street1')]],
    ['Phường/Xã', (c) => vi(c).ward, [W('street2')], opt],
    ['Quận/Huyện', (c) => vi(c).dist, [W('city'), W('region'), W('street3')], opt],
    ['Tỉnh/Thành phố', (c) => vi(c).prov, [W('stateProvince'), W('state'), W('city')]],
    ['Quốc gia', () => 'Việt Nam', [W('country')]],
    ['Zalo', (c, o) => (n(o) % 2 ? vi(c).mobile.replace(/ /g, '') : ''), [], opt],
    ['Không gửi email', (c, o) => (n(o) % 11 === 0 ? 'Có' : 'Không'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Không gọi điện', (c, o) => (n(o) % 13 === 0 ? 'Có' : 'Không'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/phone'], opt],
    ['Giao cho', (c, o) => row(['Nguyễn Thanh Tâm', 'Lê Thị Mỹ Duyên', 'Phòng Kinh doanh'], n(o)), []],
    ['Thời gian tạo', (c) => `${dmy(ict(inHours(c.created, 7)), '-')} ${hm(ict(inHours(c.created, 7)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Thời gian sửa', (c) => `${dmy(ict(inHours(later(c), 7)), '-')} ${hm(ict(inHours(later(c), 7)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Mô tả', (c, o) => row(['', 'Quan tâm máy nén khí trục vít 37kW', '', 'Đã gửi báo giá BG-0523', 'Khách cũ, bảo trì định kỳ'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- Israel: SMS and e-mail marketing contacts
  { name: 'inforu-anshei-kesher-he', product: 'InforU (InforUMobile; אנשי קשר > ייצוא לאקסל, one row per contact, Hebrew UI, a Haifa-based women\'s fashion chain\'s club members for SMS and e-mail campaigns)', family: 'marketing-automation', language: 'he', schema: P, cols: [
    ['טלפון נייד', (c) => he(c).mobile, ['mobilePhone.number']],
    ['דוא"ל', (c, o) => (n(o) % 5 === 0 ? '' : he(c).email), ['personalEmail.address']],
    ['שם פרטי', (c) => he(c).first, ['person.name.firstName']],
    ['שם משפחה', (c) => he(c).last, ['person.name.lastName']],
    ['מין', (c) => (he(c).female ? 'נקבה' : 'זכר'), ['person.gender']],
    ['תאריך לידה', (c, o) => (n(o) % 4 === 0 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['עיר', (c) => he(c).city, at(HOME, 'city')],
    ['כתובת', (c, o) => (n(o) % 3 === 0 ? '' : he(c).street), at(HOME, 'street1')],
    ['מיקוד', (c, o) => (n(o) % 3 === 0 ? '' : he(c).zip), at(HOME, 'postalCode')],
    ['טלפון נוסף', (c, o, r) => (n(o) % 6 === 0 ? `0${v.pick(r, ['4', '3', '2', '8', '9'])}-${v.int(r, 6000000, 9999999)}` : ''), ['homePhone.number'], opt],
    ['ת.ז.', (c, o) => (n(o) % 3 === 1 ? he(c).tz : ''), ['person.taxId'], opt],
    ['מספר חבר מועדון', (c) => `7${pad(+c.id * 13 % 1000000, 6)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['סניף', (c, o) => row(['גרנד קניון חיפה', 'קניון עזריאלי תל אביב', 'קריון', 'אתר האינטרנט', 'מלחה ירושלים'], n(o)), []],
    ['קבוצות', (c, o) => row(['חברות מועדון', 'חברות מועדון; ניוזלטר', 'ניוזלטר', 'חברות מועדון; VIP'], n(o)), []],
    ['סטטוס SMS', (c, o) => (n(o) % 9 === 0 ? 'הוסר מרשימת תפוצה' : 'פעיל'), [], opt],
    ['סטטוס דוא"ל', (c, o) => (n(o) % 5 === 0 ? '' : n(o) % 7 === 0 ? 'חוזר (Bounce)' : n(o) % 8 === 0 ? 'הוסר מרשימת תפוצה' : 'פעיל'), ['personalEmail.status'], opt],
    ['מקור', (c, o) => row(['קופה', 'טופס באתר', 'ייבוא מקובץ', 'API', 'דף נחיתה'], n(o) >> 1), []],
    ['תאריך הצטרפות', (c) => `${dmy(isr(c.created))} ${hm(isr(c.created))}`, [], opt],
    ['תאריך עדכון אחרון', (c) => `${dmy(isr(later(c)))} ${hm(isr(later(c)))}`, [], opt],
    ['שפה', () => 'עברית', [], opt],
  ] },
  // ---------------------------------------------------------------- Iran: SMS web service outbox report
  { name: 'kavenegar-gozaresh-ersal-fa', product: 'Kavenegar (کاوه نگار; پنل > گزارش ارسال > خروجی اکسل, one row per SMS, Persian UI, a Shiraz online bookshop\'s order, shipping and verification SMS plus one bulk campaign, Solar Hijri dates)', family: 'sms', language: 'fa', schema: E, cols: [
    ['شناسه پیام', (c, o) => String(800000000 + n(o) * 7919 % 99999999), ['_id']],
    ['تاریخ ارسال', (c, o) => jdt(kvAt(o)), ['timestamp']],
    ['تاریخ ثبت', (c, o) => jdt(kvAt(o) - 2000), [], opt],
    ['فرستنده', (c, o) => (kvMsg(o)[1] === 'Verify Lookup' ? '10008663' : '2000660110'), [], opt],
    ['گیرنده', (c, o) => kvTo(c, o), PHONE_ID],
    ['متن پیام', (c, o) => kvMsg(o)[0].replace('ORDER', String(55000 + n(o) % 9000)).replace('TRACK', `${v.int(() => (n(o) % 83) / 83, 10000000, 99999999)}${pad(n(o) % 10000, 4)}`).replace('CODE', faDigits(v.int(() => (n(o) % 71) / 71, 10000, 99999))), []],
    ['وضعیت', (c, o) => kvStat(o)[0], [], opt],
    ['کد وضعیت', (c, o) => kvStat(o)[1], []],
    ['نوع ارسال', (c, o) => kvMsg(o)[1], [], opt],
    ['عنوان ارسال گروهی', (c, o) => kvMsg(o)[2], ['marketing.campaignName'], opt],
    ['الگو', (c, o) => (kvMsg(o)[1] === 'Verify Lookup' ? 'parse-verify' : ''), [], opt],
    ['اپراتور', (c, o) => kvOp(kvTo(c, o)), ['environment.carrier'], opt],
    ['تعداد بخش', (c, o) => (kvMsg(o)[0].length > 70 ? '2' : '1'), []],
    ['تعداد کاراکتر', (c, o) => String(kvMsg(o)[0].length), []],
    ['هزینه (ریال)', (c, o) => thou((kvMsg(o)[0].length > 70 ? 2 : 1) * (kvMsg(o)[1] === 'ارسال گروهی' ? 1180 : 1320)), [], opt],
    ['شناسه محلی', (c, o) => (kvMsg(o)[1] === 'وب سرویس' ? `ORD-${55000 + n(o) % 9000}` : ''), [OR('purchaseID')], opt],
    ['تاریخ تحویل', (c, o) => (kvStat(o)[1] === '10' ? jdt(kvAt(o) + 9000) : ''), [], opt],
    ['نام مخاطب', (c, o) => (kvMsg(o)[1] === 'ارسال گروهی' ? row(['مریم احمدی', 'علی رضایی', 'زهرا محمدی', 'حسین کریمی'], +c.id) : ''), []],
  ] },
]
