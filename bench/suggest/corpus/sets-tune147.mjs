// Round 75, tune147: blind tune-half sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). East and Southeast Asian exports, headers in the
// product's UI language: a Japanese leisure-booking marketplace's reservation list for an activity operator
// (アソビュー!, an Ishigaki SUP and night-tour operator) (ja E 1); a Japanese e-commerce CRM's customer list
// (うちでのこづち, a D2C skincare brand) (ja P 1); a Korean handmade marketplace's order list for an artist (아이디어스
// idus, a Seongsu-dong leather studio) (ko E 1); a Korean event platform's attendee list for a developer conference
// (Festa!) (ko B 1); a mainland Chinese survey service's answer export used as a B2B summit's registration form (问卷星
// wjx) (zh-CN B 1); a Taiwanese restaurant-booking platform's reservation list (EZTABLE, a Taipei steakhouse) (zh-TW E
// 1); a Vietnamese commerce platform's customer list (GoSELL, a Ho Chi Minh City fashion shop) (vi P 1); a Thai cloud
// POS's member list (POSPOS, a Chiang Mai coffee roaster's cafés) (th P 1); an Indonesian order-management tool's order
// export for a COD seller (Scalev, a Central Java herbal-honey brand) (id E 1); a Philippine ticketing platform's order
// export for an organizer (Ticket2Me, an OPM band's Manila concert) (en-PH E 1).
// E 5, P 3, B 2.
// Headers: written from the writer's knowledge of each product for all 10 sets (a short search of docs and pages found
// no public column list for any of them); a subset of each export's columns, in the order the writer knows. Nothing
// was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, ymd, dmy, mdy, hms, hm, hm12, shift, hash, group, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = ['homeAddress', 'mailingAddress']
const H = (leaf) => HOMES.map((o) => `${o}.${leaf}`)
const PAYAMT = OR('payments[0].paymentAmount')
// local clocks, none with summer time: Japan and Korea +9; China, Taiwan and the Philippines +8; Thailand, Vietnam and
// western Indonesia (WIB) +7
const jst = (ms) => shift(ms, 9)
const kst = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
const ict = (ms) => shift(ms, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x3c6ef372); r(); r(); return r }
const d = (r, k) => Array.from({ length: k }, () => v.int(r, 0, 9)).join('')
const sl = (p) => `${ymd(p, '/')} ${hms(p)}`
const slm = (p) => `${ymd(p, '/')} ${hm(p)}`
const dash = (p) => `${ymd(p)} ${hms(p)}`
const dashm = (p) => `${ymd(p)} ${hm(p)}`
const com = (x) => group(x, ',')
const dot = (x) => group(x, '.')
const memo = new Map()
const once = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }

// ---------------------------------------------------------------- local people, seeded by the row's person
const JA = {
  m: [['健太', 'ケンタ', 'kenta'], ['亮', 'リョウ', 'ryo'], ['悠斗', 'ユウト', 'yuto'], ['直樹', 'ナオキ', 'naoki'], ['隆之', 'タカユキ', 'takayuki'], ['大樹', 'ダイキ', 'daiki'], ['浩二', 'コウジ', 'koji'], ['駿', 'シュン', 'shun']],
  f: [['美咲', 'ミサキ', 'misaki'], ['香織', 'カオリ', 'kaori'], ['由佳', 'ユカ', 'yuka'], ['優子', 'ユウコ', 'yuko'], ['奈々', 'ナナ', 'nana'], ['麻衣', 'マイ', 'mai'], ['さくら', 'サクラ', 'sakura'], ['恵', 'メグミ', 'megumi'], ['智子', 'トモコ', 'tomoko'], ['遥', 'ハルカ', 'haruka']],
  last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda']],
  // [郵便番号, 都道府県, 市区町村, 番地]
  places: [['150-0011', '東京都', '渋谷区東', '2-17-10'], ['135-0061', '東京都', '江東区豊洲', '5-6-36'], ['180-0004', '東京都', '武蔵野市吉祥寺本町', '1-11-5'], ['220-0012', '神奈川県', '横浜市西区みなとみらい', '3-7-1'], ['212-0014', '神奈川県', '川崎市幸区大宮町', '1-5'],
    ['530-0012', '大阪府', '大阪市北区芝田', '1-4-8'], ['604-8005', '京都府', '京都市中京区恵比須町', '534-40'], ['460-0008', '愛知県', '名古屋市中区栄', '3-15-27'], ['812-0011', '福岡県', '福岡市博多区博多駅前', '2-1-1'], ['980-0021', '宮城県', '仙台市青葉区中央', '1-10-1'], ['730-0011', '広島県', '広島市中区基町', '6-27'], ['272-0034', '千葉県', '市川市市川', '1-4-10']],
  bld: ['', '', 'パークハウス602', '', 'グランドメゾン1203', 'ハイツ青葉201', '', 'プラウド305', ''],
  mail: ['gmail.com', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'hotmail.co.jp'],
}
const ja = (c) => once(`ja|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'ja'), female = r() < 0.62
  const f = v.pick(r, female ? JA.f : JA.m), l = v.pick(r, JA.last), pl = v.pick(r, JA.places)
  return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], fr: f[2], lr: l[2], full: `${l[0]} ${f[0]}`,
    zip: pl[0], pref: pl[1], city: pl[2], ban: pl[3], bld: v.pick(r, JA.bld),
    mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${d(r, 4)}`,
    mail: `${f[2]}${v.pick(r, ['.', '_', '', '-'])}${l[2]}${r() < 0.55 ? v.int(r, 1, 99) : ''}@${v.pick(r, JA.mail)}`,
    birth: Date.UTC(1962, 0, 1) + Math.floor(r() * 40 * 365) * day }
})

const KO = {
  last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jeong'], ['강', 'kang'], ['조', 'jo'], ['윤', 'yun'], ['장', 'jang'], ['임', 'lim'], ['송', 'song'], ['홍', 'hong']],
  m: [['재현', 'jaehyun'], ['승민', 'seungmin'], ['동현', 'donghyun'], ['영훈', 'younghoon'], ['정우', 'jungwoo'], ['상우', 'sangwoo'], ['우진', 'woojin'], ['건우', 'gunwoo']],
  f: [['수진', 'sujin'], ['혜원', 'hyewon'], ['은지', 'eunji'], ['다은', 'daeun'], ['소연', 'soyeon'], ['지현', 'jihyun'], ['나연', 'nayeon'], ['채원', 'chaewon']],
  // [도로명 주소, 우편번호]
  places: [['서울특별시 강남구 테헤란로 427', '06159'], ['서울특별시 관악구 관악로 158', '08787'], ['서울특별시 노원구 동일로 1405', '01694'], ['서울특별시 은평구 통일로 855', '03397'], ['경기도 수원시 영통구 광교중앙로 140', '16508'],
    ['경기도 화성시 동탄대로 537', '18469'], ['경기도 부천시 길주로 210', '14548'], ['대전광역시 유성구 대학로 99', '34134'], ['대구광역시 수성구 달구벌대로 2435', '42020'], ['광주광역시 서구 상무중앙로 61', '61945'], ['부산광역시 수영구 광안해변로 219', '48303']],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'],
}
const ko = (c) => once(`ko|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'ko'), female = r() < 0.5
  const l = v.pick(r, KO.last), f = v.pick(r, female ? KO.f : KO.m), pl = v.pick(r, KO.places)
  return { female, last: l[0], first: f[0], full: `${l[0]}${f[0]}`, lf: f[1], ll: l[1],
    mail: `${f[1]}${v.pick(r, ['', '.', '_'])}${l[1]}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, KO.mail)}`,
    mobile: `010-${v.int(r, 2000, 9999)}-${d(r, 4)}`, addr: pl[0], zip: pl[1],
    apt: r() < 0.65 ? `${v.int(r, 101, 115)}동 ${v.int(r, 2, 28)}${pad(v.int(r, 1, 4))}호` : `${v.int(r, 2, 5)}층` }
})

const CN = {
  last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['黄', 'huang'], ['林', 'lin'], ['吴', 'wu'], ['郑', 'zheng'], ['何', 'he'], ['罗', 'luo'], ['梁', 'liang']],
  given: [['嘉豪', 'jiahao'], ['晓敏', 'xiaomin'], ['志伟', 'zhiwei'], ['丽娟', 'lijuan'], ['俊杰', 'junjie'], ['婷婷', 'tingting'], ['建华', 'jianhua'], ['雪梅', 'xuemei'], ['浩', 'hao'], ['静', 'jing'], ['文斌', 'wenbin'], ['思琪', 'siqi']],
}
const cn = (c) => once(`cn|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'cn'), l = v.pick(r, CN.last), g = v.pick(r, CN.given)
  return { full: `${l[0]}${g[0]}`, py: `${g[1]}.${l[1]}`, pyl: `${l[1]}${g[1]}`, mob: `1${v.pick(r, ['38', '39', '35', '36', '58', '59', '86', '88', '77', '80'])}${d(r, 8)}`, qq: `${v.int(r, 1, 9)}${d(r, v.int(r, 7, 9))}` }
})

const TW = {
  last: [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['謝', 'hsieh']],
  m: [['冠廷', 'kuanting'], ['品睿', 'pinjui'], ['彥廷', 'yenting'], ['宇軒', 'yuhsuan'], ['志豪', 'chihhao'], ['明哲', 'mingche']],
  f: [['詩婷', 'shihting'], ['雅雯', 'yawen'], ['佩君', 'peichun'], ['心怡', 'hsinyi'], ['思妤', 'ssuyu'], ['宜庭', 'yiting']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'icloud.com', 'outlook.com'],
}
const tw = (c) => once(`tw|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'tw'), female = r() < 0.55, l = v.pick(r, TW.last), g = v.pick(r, female ? TW.f : TW.m)
  return { female, last: l[0], first: g[0], full: `${l[0]}${g[0]}`, mobile: `09${v.int(r, 10, 88)}${d(r, 6)}`,
    mail: `${g[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, TW.mail)}` }
})

const VI = {
  last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
  m: [['Minh', 'Tuấn'], ['Quốc', 'Bảo'], ['Hoàng', 'Long'], ['Thanh', 'Tùng'], ['Đức', 'Anh'], ['Văn', 'Hậu']],
  f: [['Thị', 'Lan'], ['Ngọc', 'Anh'], ['Thu', 'Trang'], ['Minh', 'Thư'], ['Bảo', 'Ngọc'], ['Thanh', 'Hương'], ['Khánh', 'Linh'], ['Mỹ', 'Duyên'], ['Thảo', 'Vy'], ['Hồng', 'Nhung']],
  // [số nhà và đường, phường, quận/huyện, tỉnh/thành phố]
  places: [['128 Nguyễn Trãi', 'Phường Bến Thành', 'Quận 1', 'Hồ Chí Minh'], ['45/12 Lê Văn Sỹ', 'Phường 13', 'Quận 3', 'Hồ Chí Minh'], ['302 Cách Mạng Tháng Tám', 'Phường 10', 'Quận 3', 'Hồ Chí Minh'],
    ['17 Phan Xích Long', 'Phường 2', 'Quận Phú Nhuận', 'Hồ Chí Minh'], ['88 Nguyễn Thị Thập', 'Phường Tân Phú', 'Quận 7', 'Hồ Chí Minh'], ['210 Quang Trung', 'Phường 10', 'Quận Gò Vấp', 'Hồ Chí Minh'],
    ['5 Lý Thường Kiệt', 'Phường Dĩ An', 'Thành phố Dĩ An', 'Bình Dương'], ['62 Võ Thị Sáu', 'Phường Thống Nhất', 'Thành phố Biên Hòa', 'Đồng Nai'], ['14 Trần Phú', 'Phường Điện Biên', 'Quận Ba Đình', 'Hà Nội'], ['33 Nguyễn Văn Linh', 'Phường Nam Dương', 'Quận Hải Châu', 'Đà Nẵng']],
  mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
  mob: ['090', '093', '089', '091', '094', '097', '098', '086', '032', '035', '070', '077', '079', '083'],
}
const vi = (c) => once(`vi|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'vi'), female = r() < 0.72, l = v.pick(r, VI.last), g = v.pick(r, female ? VI.f : VI.m), pl = v.pick(r, VI.places)
  const full = `${l} ${g[0]} ${g[1]}`
  return { female, full, given: g[1], mobile: `${v.pick(r, VI.mob)}${d(r, 7)}`, street: pl[0], ward: pl[1], dist: pl[2], prov: pl[3],
    mail: `${v.slug(g[1].replace(/đ/g, 'd').replace(/Đ/g, 'D'))}${v.pick(r, ['.', '', '_'])}${v.slug(l.replace(/Đ/g, 'D'))}${r() < 0.7 ? v.int(r, 85, 99) : ''}@${v.pick(r, VI.mail)}`,
    birth: Date.UTC(1978, 0, 1) + Math.floor(r() * 26 * 365) * day }
})

const TH = {
  m: [['ณัฐพล', 'Nattapon'], ['กิตติพงษ์', 'Kittipong'], ['ธนากร', 'Thanakorn'], ['วีรยุทธ', 'Weerayut'], ['พงศกร', 'Pongsakorn'], ['ชยพล', 'Chayapon']],
  f: [['สุภาวดี', 'Supawadee'], ['ปิยะนุช', 'Piyanuch'], ['ณัฐธิดา', 'Nattida'], ['ศิริพร', 'Siriporn'], ['กมลชนก', 'Kamonchanok'], ['พิมพ์ชนก', 'Pimchanok'], ['อารีรัตน์', 'Areerat']],
  last: [['แก้วมณี', 'Kaewmanee'], ['สุวรรณรัตน์', 'Suwannarat'], ['บุญมา', 'Boonma'], ['จันทร์แก้ว', 'Chankaew'], ['ศรีสุข', 'Srisuk'], ['ใจดี', 'Jaidee'], ['วงศ์ใหญ่', 'Wongyai'], ['ทองดี', 'Thongdee'], ['อินต๊ะ', 'Inta'], ['คำปัน', 'Kampan']],
  nick: ['มิ้นท์', 'ปอ', 'เจน', 'ต่าย', 'บอส', 'ฝน', 'แบงค์', 'น้ำ', 'พลอย', 'โอ๊ต', 'ตาล', 'เฟิร์น'],
  // [ที่อยู่, ตำบล/แขวง, อำเภอ/เขต, จังหวัด, รหัสไปรษณีย์]: customers of the Chiang Mai cafés, a few from Lamphun and Bangkok
  places: [['12/3 ถนนนิมมานเหมินท์ ซอย 13', 'สุเทพ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200'], ['88 หมู่ 2 ถนนเชียงใหม่-ลำปาง', 'ฟ้าฮ่าม', 'เมืองเชียงใหม่', 'เชียงใหม่', '50000'],
    ['199/45 หมู่บ้านกาญจน์กนก 6', 'หนองจ๊อม', 'สันทราย', 'เชียงใหม่', '50210'], ['7 ถนนราชดำเนิน', 'ศรีภูมิ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200'], ['55/1 หมู่ 4', 'แม่เหียะ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50100'],
    ['301 หมู่ 9 ถนนสมโภชเชียงใหม่ 700 ปี', 'หนองผึ้ง', 'สารภี', 'เชียงใหม่', '50140'], ['26 ถนนอินทยงยศ', 'ในเมือง', 'เมืองลำพูน', 'ลำพูน', '51000'], ['41/8 ซอยอารีย์ 4', 'สามเสนใน', 'พญาไท', 'กรุงเทพมหานคร', '10400']],
}
const th = (c) => once(`th|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'th'), female = r() < 0.58, f = v.pick(r, female ? TH.f : TH.m), l = v.pick(r, TH.last), pl = v.pick(r, TH.places)
  const id12 = `${v.int(r, 1, 3)}${d(r, 11)}`
  const chk = (11 - ([...id12].reduce((a, x, i) => a + +x * (13 - i), 0) % 11)) % 10
  return { female, full: `${f[0]} ${l[0]}`, nick: v.pick(r, TH.nick), street: pl[0], sub: pl[1], dist: pl[2], prov: pl[3], zip: pl[4], cid: `${id12}${chk}`,
    mobile: `0${v.pick(r, ['81', '83', '86', '89', '91', '92', '95', '96', '98', '62', '64'])}${d(r, 7)}`,
    mail: `${f[1].toLowerCase()}${v.pick(r, ['.', '_', ''])}${l[1].toLowerCase().slice(0, 4)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com'])}`,
    birth: Date.UTC(1970, 0, 1) + Math.floor(r() * 34 * 365) * day }
})

const ID_ = {
  f: ['Siti Rahmawati', 'Dewi Lestari', 'Nur Aini', 'Fitri Handayani', 'Sri Wahyuni', 'Rina Marlina', 'Ratna Sari', 'Yuliana', 'Endang Susilowati', 'Ika Puspitasari'],
  m: ['Budi Santoso', 'Agus Setiawan', 'Rizky Pratama', 'Eko Prasetyo', 'Ahmad Fauzi', 'Dedi Kurniawan', 'Hendra Gunawan', 'Joko Susanto', 'Slamet Riyadi'],
  // [alamat, kecamatan, kota/kabupaten, provinsi, kode pos]
  places: [['Jl. Melati No. 12 RT 03/RW 05', 'Banyumanik', 'Kota Semarang', 'Jawa Tengah', '50263'], ['Perum Griya Asri Blok C-7', 'Kartasura', 'Kab. Sukoharjo', 'Jawa Tengah', '57168'],
    ['Jl. Kaliurang Km 7 Gg. Nakula No. 4', 'Ngaglik', 'Kab. Sleman', 'DI Yogyakarta', '55581'], ['Dusun Krajan RT 01/RW 02', 'Wonosari', 'Kab. Gunungkidul', 'DI Yogyakarta', '55851'],
    ['Jl. Raya Bogor No. 88', 'Cibinong', 'Kab. Bogor', 'Jawa Barat', '16911'], ['Jl. Cempaka Putih Tengah II No. 21', 'Cempaka Putih', 'Kota Jakarta Pusat', 'DKI Jakarta', '10510'],
    ['Jl. Ahmad Yani No. 140', 'Gayungan', 'Kota Surabaya', 'Jawa Timur', '60235'], ['Desa Sumberejo RT 04/RW 01', 'Pakis', 'Kab. Malang', 'Jawa Timur', '65154'],
    ['Jl. Sisingamangaraja No. 56', 'Medan Amplas', 'Kota Medan', 'Sumatera Utara', '20148'], ['Jl. Pangeran Antasari No. 9', 'Banjarmasin Tengah', 'Kota Banjarmasin', 'Kalimantan Selatan', '70233']],
}
const idn = (c) => once(`id|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'id'), female = r() < 0.6, name = v.pick(r, female ? ID_.f : ID_.m), pl = v.pick(r, ID_.places)
  return { female, name, street: pl[0], kec: pl[1], kota: pl[2], prov: pl[3], zip: pl[4],
    wa: `628${v.pick(r, ['12', '13', '21', '22', '52', '57', '77', '78', '95', '96', '38'])}${d(r, v.int(r, 7, 8))}`,
    mail: `${v.slug(name.split(' ')[0])}${v.pick(r, ['', '.', '_'])}${v.slug(name.split(' ').slice(-1)[0])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.id', 'gmail.com'])}` }
})

const PH = {
  f: ['Kristine', 'Angelica', 'Maria Cristina', 'Patricia', 'Bea', 'Nicole', 'Jasmine', 'Camille', 'Trisha', 'Erika'],
  m: ['John Paul', 'Mark Anthony', 'Jerome', 'Carlo', 'Miguel', 'Joshua', 'Paolo', 'Kenneth', 'Rafael'],
  last: ['Dela Cruz', 'Santos', 'Reyes', 'Garcia', 'Mendoza', 'Bautista', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Gonzales', 'Navarro', 'De Leon', 'Soriano'],
  cities: ['Quezon City', 'Quezon City', 'Makati', 'Pasig', 'Manila', 'Taguig', 'Parañaque', 'Mandaluyong', 'Antipolo', 'Cebu City', 'Las Piñas', 'Caloocan'],
  mob: ['917', '918', '919', '920', '927', '945', '956', '966', '977', '995', '998'],
  mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.ph', 'outlook.com'],
}
const ph = (c) => once(`ph|${c.id}|${c.first}|${c.last}`, () => {
  const r = seeded(c, 'ph'), female = r() < 0.55, f = v.pick(r, female ? PH.f : PH.m), l = v.pick(r, PH.last)
  const fs = v.slug(f), ls = v.slug(l)
  return { female, first: f, last: l, city: v.pick(r, PH.cities), mob: `${v.pick(r, PH.mob)}${d(r, 7)}`,
    mail: r() < 0.4 ? `${f.split(' ').map((w) => w[0].toLowerCase()).join('')}${ls}${v.int(r, 1, 99)}@${v.pick(r, PH.mail)}` : `${fs}${v.pick(r, ['.', '_', ''])}${ls}${r() < 0.5 ? v.int(r, 90, 99) : ''}@${v.pick(r, PH.mail)}` }
})

// ---------------------------------------------------------------- 1. アソビュー! reservation list (ja, E)
// an Ishigaki Island SUP, canoe and night-tour operator; one row per booking made through asoview!
// [プラン名, プランID, 大人料金, 子供料金, 開始時間, 集合場所]
const AV_PLAN = [
  ['【石垣島・半日】マングローブSUP／カヌー 吹通川探検ツアー（午前）', 'pln0000418733', 6500, 5000, '09:00', '吹通川 ヒルギ公園駐車場'],
  ['【石垣島・1日】川平湾シュノーケリング＆SUP（島ランチ付）', 'pln0000421190', 12800, 9800, '09:30', '川平公園 駐車場'],
  ['【石垣島・夕方】サンセットSUP 写真データ無料', 'pln0000433508', 5500, 4500, '17:30', '真栄里ビーチ 駐車場'],
  ['【石垣島・夜】星空フォトツアー 天の川撮影（ホテル送迎付）', 'pln0000450021', 4800, 3000, '20:00', 'ホテル送迎'],
]
const avPlan = (o) => row(AV_PLAN, n(o) % 4)
const avAdults = (o) => 1 + ((n(o) >> 2) % 4 === 0 ? 0 : 1) + (n(o) % 9 === 0 ? 2 : 0)
const avKids = (o) => (avPlan(o)[0].includes('サンセット') ? 0 : (n(o) >> 1) % 5 === 0 ? 1 + (n(o) % 2) : 0)
const avGross = (o) => avAdults(o) * avPlan(o)[2] + avKids(o) * avPlan(o)[3]
const avCoupon = (o) => (n(o) % 8 === 0 ? 1000 : n(o) % 13 === 0 ? 500 : 0)
const avPoints = (o) => (n(o) % 6 === 1 ? 100 * (1 + (n(o) % 15)) : 0)
const avNet = (o) => avGross(o) - avCoupon(o) - avPoints(o)
const avSt = (o) => row(['予約確定', '参加済み', '参加済み', 'キャンセル', '参加済み', '予約確定', '参加済み', '催行中止（荒天）'], (n(o) >> 1) % 8)
const avPay = (o) => row(['事前決済（クレジットカード）', '事前決済（クレジットカード）', '現地払い', '事前決済（PayPay）', '事前決済（Amazon Pay）', '事前決済（クレジットカード）'], n(o) % 6)
const avAt = (o) => Date.UTC(2025, 5, 1) + ((n(o) * 7919) % (80 * 86400)) * 1000
const avDay = (o) => avAt(o) + (2 + (n(o) % 38)) * day
const avHotel = (o) => row(['ANAインターコンチネンタル石垣リゾート', 'フサキビーチリゾート ホテル＆ヴィラズ', 'ホテルミヤヒラ', '', '石垣港 周辺のゲストハウス', 'グランヴィリオリゾート石垣島'], n(o) % 6)
const SET_AV = { name: 'asoview-yoyaku-ichiran-csv-jp', product: 'アソビュー! (事業者管理画面: 予約管理 > 予約一覧 > CSVダウンロード, one row per booking, Japanese UI, an Ishigaki Island SUP, canoe and stargazing-tour operator, Asia/Tokyo, JPY)', family: 'activity-bookings', language: 'ja', schema: E, cols: [
  ['予約番号', (c, o) => String(2500000000 + (n(o) * 104729) % 99999999), ['_id', OR('purchaseID')]],
  ['予約受付日時', (c, o) => slm(jst(avAt(o))), ['timestamp', OR('createdDate')]],
  ['予約ステータス', (c, o) => avSt(o), [], opt],
  ['プランID', (c, o) => avPlan(o)[1], [PL('SKU')]],
  ['プラン名', (c, o) => avPlan(o)[0], [PL('name')]],
  ['参加日', (c, o) => ymd(jst(avDay(o)), '/'), []],
  ['開始時間', (c, o) => avPlan(o)[4], []],
  ['集合場所', (c, o) => avPlan(o)[5], ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['大人', (c, o) => String(avAdults(o)), []],
  ['子供', (c, o) => String(avKids(o)), []],
  ['合計人数', (c, o) => String(avAdults(o) + avKids(o)), [PL('quantity')], opt],
  ['料金合計', (c, o) => String(avGross(o)), [PL('priceTotal'), OR('priceTotal')], opt],
  ['クーポン割引', (c, o) => String(avCoupon(o)), [OR('discountAmount')]],
  ['ポイント利用', (c, o) => String(avPoints(o)), [], opt],
  ['お支払い金額', (c, o) => String(avNet(o)), [OR('priceTotal'), PAYAMT]],
  ['支払方法', (c, o) => avPay(o), [OR('payments[0].paymentType')]],
  ['代表者氏名', (c) => ja(c).full, []],
  ['代表者氏名（カナ）', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
  ['メールアドレス', (c) => ja(c).mail, EMAIL_ID],
  ['電話番号', (c) => ja(c).mobile, PHONE_ID, opt],
  ['宿泊先', (c, o) => (avPlan(o)[5] === 'ホテル送迎' ? avHotel(o) || 'ホテルミヤヒラ' : avHotel(o)), []],
  ['質問：泳ぎに自信はありますか？', (c, o) => (avPlan(o)[0].includes('星空') ? '' : row(['はい', '少しなら泳げる', 'いいえ', 'はい'], n(c) % 4)), []],
  ['備考', (c, o) => row(['', '', '子供は6歳です', '', 'カメラを持参します', '到着が10分ほど遅れるかもしれません', ''], n(o) % 7), []],
  ['キャンセル日時', (c, o) => (avSt(o).startsWith('キャンセル') || avSt(o).startsWith('催行中止') ? slm(jst(avDay(o) - (avSt(o).startsWith('催行中止') ? 0.6 : 3) * day)) : ''), [OR('cancelDate')]],
] }

// ---------------------------------------------------------------- 2. うちでのこづち customer list (ja, P)
// a D2C skincare brand selling serum and cleansing balm on subscription; one row per customer
const KZ_RANK = ['レギュラー', 'レギュラー', 'ブロンズ', 'シルバー', 'ゴールド', 'プラチナ']
const KZ_FIRST = ['薬用美白美容液 30mL（初回限定）', 'クレンジングバーム 90g', '薬用美白美容液 30mL 定期コース', 'トライアルセット 7日分', 'オールインワンジェル 80g']
const kzOrders = (c) => 1 + (n(c) * 7) % 14
const kzSpent = (c) => kzOrders(c) * row([3980, 4620, 5280, 2980, 6160], n(c) % 5) + (n(c) % 3) * 1100
const kzFirst = (c) => Math.min(c.created, c.updated)
const kzLast = (c) => (kzOrders(c) === 1 ? kzFirst(c) : Math.max(c.created, c.updated))
const kzSub = (c) => row(['定期継続中', '定期なし', '定期解約', '定期継続中', '定期なし', '定期休止中'], n(c) % 6)
const kzAge = (c) => 2025 - jst(ja(c).birth).y - (jst(ja(c).birth).m > 9 ? 1 : 0)
const SET_KZ = { name: 'uchideno-kozuchi-kokyaku-list-jp', product: 'うちでのこづち (顧客管理 > 顧客検索 > 検索結果をCSVダウンロード, one row per customer synced from the brand\'s cart, Japanese UI, a D2C skincare brand with subscription courses)', family: 'ecommerce-customers', language: 'ja', schema: P, cols: [
  ['顧客ID', (c) => String(100000 + (n(c) * 37) % 900000), ID],
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => ja(c).first, ['person.name.firstName']],
  ['セイ', (c) => ja(c).lastKana, []],
  ['メイ', (c) => ja(c).firstKana, []],
  ['性別', (c) => (n(c) % 9 === 4 ? '不明' : ja(c).female ? '女性' : '男性'), ['person.gender']],
  ['生年月日', (c) => (n(c) % 5 === 3 ? '' : ymd(jst(ja(c).birth), '/')), ['person.birthDate']],
  ['年齢', (c) => (n(c) % 5 === 3 ? '' : String(kzAge(c))), [], opt],
  ['郵便番号', (c) => ja(c).zip, H('postalCode')],
  ['都道府県', (c) => ja(c).pref, STATE(HOMES)],
  ['市区町村', (c) => ja(c).city, H('city')],
  ['番地', (c) => ja(c).ban, H('street1')],
  ['建物名', (c) => ja(c).bld, H('street2')],
  ['電話番号', (c) => ja(c).mobile, ['mobilePhone.number', 'homePhone.number']],
  ['メールアドレス', (c) => ja(c).mail, ['personalEmail.address']],
  ['メルマガ受信', (c) => (c.bool ? '受信する' : '受信しない'), [], opt],
  ['会員ランク', (c) => row(KZ_RANK, Math.min(5, Math.floor(kzOrders(c) / 2.5))), ['loyalty.tier']],
  ['保有ポイント', (c) => String(Math.round(kzSpent(c) * 0.03) % 2400), ['loyalty.points']],
  ['購入回数', (c) => String(kzOrders(c)), ['loyalty.lifetimePurchases'], opt],
  ['累計購入金額', (c) => String(kzSpent(c)), ['loyalty.lifetimePurchases'], opt],
  ['初回購入日', (c) => ymd(jst(kzFirst(c)), '/'), ['loyalty.joinDate'], opt],
  ['最終購入日', (c) => ymd(jst(kzLast(c)), '/'), []],
  ['初回購入商品', (c) => row(KZ_FIRST, n(c) % 5), [], opt],
  ['定期ステータス', (c) => kzSub(c), [], opt],
  ['顧客ステージ', (c) => (kzOrders(c) === 1 ? '新規' : kzOrders(c) < 4 ? 'リピート' : kzOrders(c) < 9 ? '優良' : 'ロイヤル'), [], opt],
  ['LINE連携', (c) => (n(c) % 3 === 0 ? '連携済み' : '未連携'), []],
] }

// ---------------------------------------------------------------- 3. 아이디어스 order list (ko, E)
// a Seongsu-dong leather studio selling hand-stitched wallets with free engraving; one row per order line
// [작품명, 작품 금액, 옵션 목록, 옵션 추가금]
const ID_ITEM = [
  ['[각인무료] 베지터블 가죽 카드지갑', 32000, ['색상: 브라운 / 각인: 원함', '색상: 블랙 / 각인: 원치 않음', '색상: 탄 / 각인: 원함'], 0],
  ['손바느질 소가죽 반지갑 (선물포장 가능)', 68000, ['색상: 다크브라운 / 포장: 선물포장 (+3,000원)', '색상: 네이비 / 포장: 기본포장'], 3000],
  ['미니멀 가죽 키링 (이니셜 각인)', 15000, ['색상: 레드 / 이니셜: 직접 입력', '색상: 올리브 / 이니셜: 직접 입력'], 0],
  ['가죽 에어팟 프로 케이스', 29000, ['색상: 브라운 / 모델: 에어팟 프로 2세대', '색상: 블랙 / 모델: 에어팟 3세대'], 0],
  ['커플 가죽 팔찌 세트 (2개입)', 42000, ['사이즈: S+M / 색상: 브라운', '사이즈: M+L / 색상: 블랙'], 0],
]
const idItem = (o) => row(ID_ITEM, n(o) % 5)
const idOpt = (o) => row(idItem(o)[2], n(o) >> 3)
const idOptAdd = (o) => (idOpt(o).includes('+3,000') ? 3000 : 0)
const idQty = (o) => 1 + (n(o) % 7 === 0 ? 1 : 0)
const idSub = (o) => (idItem(o)[1] + idOptAdd(o)) * idQty(o)
const idShip = (o) => (idSub(o) >= 50000 ? 0 : 3500)
const idCoupon = (o) => (n(o) % 6 === 0 ? 2000 : 0)
const idSt = (o) => row(['결제완료', '배송준비중', '배송중', '배송완료', '구매확정', '구매확정', '취소완료'], (n(o) >> 1) % 7)
const idShipped = (o) => ['배송중', '배송완료', '구매확정'].includes(idSt(o))
const idAt = (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (60 * 86400)) * 1000
const idGift = (c, o) => n(o) % 5 === 2
const idRecv = (c, o) => (idGift(c, o) ? ko({ ...c, id: String(n(c) + 7) }) : ko(c))
const SET_ID = { name: 'idus-jumun-naeyeok-excel-kr', product: '아이디어스 idus (작가님 페이지: 주문 관리 > 주문 내역 > 엑셀 다운로드, one row per ordered item, Korean UI, a Seongsu-dong hand-stitched leather studio, Asia/Seoul, KRW)', family: 'marketplace-orders', language: 'ko', schema: E, cols: [
  ['주문번호', (c, o) => `${ymd(kst(idAt(o)), '')}${pad((n(o) * 7919) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
  ['주문일시', (c, o) => dash(kst(idAt(o))), ['timestamp', OR('createdDate')]],
  ['주문상태', (c, o) => idSt(o), [], opt],
  ['작품명', (c, o) => idItem(o)[0], [PL('name')]],
  ['옵션', (c, o) => idOpt(o), [PL('selectedOptions[0].value')], opt],
  ['수량', (c, o) => String(idQty(o)), [PL('quantity')]],
  ['작품 금액', (c, o) => com(idItem(o)[1]), [], opt],
  ['옵션 금액', (c, o) => com(idOptAdd(o)), []],
  ['배송비', (c, o) => com(idShip(o)), ['commerce.shipping.shippingAmount']],
  ['작가 쿠폰 할인', (c, o) => com(idCoupon(o)), [OR('discountAmount')], opt],
  ['결제 금액', (c, o) => com(idSub(o) + idShip(o) - idCoupon(o)), [OR('priceTotal'), PAYAMT]],
  ['결제 수단', (c, o) => row(['신용카드', '카카오페이', '네이버페이', '신용카드', '토스페이', '무통장입금'], n(o) % 6), [OR('payments[0].paymentType')]],
  ['주문자', (c) => ko(c).full, []],
  ['주문자 연락처', (c) => ko(c).mobile, PHONE_ID, opt],
  ['받는 분', (c, o) => idRecv(c, o).full, []],
  ['받는 분 연락처', (c, o) => idRecv(c, o).mobile, [], opt],
  ['우편번호', (c, o) => idRecv(c, o).zip, [SHIP('postalCode')]],
  ['배송지 주소', (c, o) => `${idRecv(c, o).addr} ${idRecv(c, o).apt}`, [SHIP('street1')]],
  ['배송 요청사항', (c, o) => row(['문 앞에 놓아주세요', '', '경비실에 맡겨주세요', '배송 전 연락 바랍니다', '', '선물이에요, 가격표 빼주세요'], n(o) % 6), []],
  ['택배사', (c, o) => (idShipped(o) ? row(['CJ대한통운', 'CJ대한통운', '우체국택배', '롯데택배'], n(o) % 4) : ''), ['commerce.shipping.shippingMethod'], opt],
  ['송장번호', (c, o) => (idShipped(o) ? String(500000000000 + (n(o) * 104729) % 99999999999) : ''), ['commerce.shipping.trackingNumber']],
  ['발송일', (c, o) => (idShipped(o) ? ymd(kst(idAt(o) + (2 + n(o) % 3) * day)) : ''), ['commerce.shipping.shipDate']],
] }

// ---------------------------------------------------------------- 4. Festa! attendee list (ko, B)
// a one-day data-engineering conference in Seoul with registration questions for company, team and role
const FS_CO = [['주식회사 누리커머스', 'nuricommerce.co.kr'], ['(주)한빛모빌리티', 'hanbitmobility.com'], ['라온데이터 주식회사', 'raondata.io'], ['(주)스텔라핀테크', 'stellafin.co.kr'], ['주식회사 그린로지스', 'greenlogis.kr'], ['(주)메디플랫', 'mediplat.co.kr'], ['주식회사 오름게임즈', 'oreumgames.com'], ['프리랜서', '']]
const FS_TK = [['얼리버드', 55000], ['일반', 77000], ['일반', 77000], ['학생', 33000], ['스폰서 초청', 0]]
const fsCo = (c) => row(FS_CO, n(c) % 8)
const fsTk = (c) => row(FS_TK, (n(c) >> 1) % 5)
const fsSt = (c) => (n(c) % 19 === 0 ? '환불 완료' : n(c) % 23 === 0 ? '취소' : '참가 확정')
const fsAt = (c) => Date.UTC(2025, 7, 4) + ((n(c) * 7919) % (40 * 86400)) * 1000
const SET_FS = { name: 'festa-chamgaja-mokrok-kr', product: 'Festa! (호스트 관리: 이벤트 > 참가자 관리 > 참가자 목록 엑셀 다운로드, one row per ticket holder, Korean UI, a one-day data-engineering conference in Seoul)', family: 'event-registration', language: 'ko', schema: B, cols: [
  ['신청 번호', (c) => String(3100000 + (n(c) * 13) % 800000), B2BID],
  ['티켓', (c) => fsTk(c)[0], [], opt],
  ['티켓 가격', (c) => com(fsTk(c)[1]), []],
  ['신청일시', (c) => dashm(kst(fsAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['상태', (c) => fsSt(c), [], opt],
  ['이름', (c) => ko(c).full, ['person.name.fullName']],
  ['이메일', (c) => (fsCo(c)[1] && n(c) % 3 !== 0 ? `${ko(c).lf}.${ko(c).ll}@${fsCo(c)[1]}` : ko(c).mail), WE],
  ['연락처', (c) => ko(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['결제 수단', (c) => (fsTk(c)[1] ? row(['신용카드', '카카오페이', '계좌이체', '신용카드'], n(c) % 4) : ''), []],
  ['회사명', (c) => fsCo(c)[0], CO],
  ['부서/팀', (c) => (fsCo(c)[1] ? row(['데이터플랫폼팀', '데이터엔지니어링팀', '인프라실', '플랫폼개발본부', 'AI연구소', '데이터분석팀'], n(c) % 6) : ''), ['extendedWorkDetails.departments[0]']],
  ['직무', (c) => row(['데이터 엔지니어', '백엔드 개발자', '데이터 분석가', 'ML 엔지니어', 'DevOps/SRE', 'PM/PO'], (n(c) >> 2) % 6), ['extendedWorkDetails.jobTitle'], opt],
  ['직책', (c) => row(['팀원', '팀원', '파트리드', '팀장', '', 'CTO'], (n(c) >> 3) % 6), ['extendedWorkDetails.jobTitle']],
  ['연차', (c) => row(['1년 미만', '1~3년', '3~5년', '5~10년', '10년 이상'], n(c) % 5), []],
  ['이 행사를 어떻게 알게 되셨나요?', (c) => row(['지인 추천', '링크드인', 'Festa 추천', '뉴스레터', '페이스북 그룹'], n(c) % 5), ['b2b.personSource'], opt],
  ['마케팅 정보 수신 동의', (c) => (c.bool ? '동의' : '미동의'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ['체크인', (c) => (fsSt(c) !== '참가 확정' ? '' : n(c) % 6 === 0 ? 'X' : 'O'), []],
  ['체크인 시간', (c) => (fsSt(c) === '참가 확정' && n(c) % 6 !== 0 ? `2025-09-20 ${pad(9 + (n(c) % 3))}:${pad((n(c) * 7) % 60)}` : ''), []],
] }

// ---------------------------------------------------------------- 5. 问卷星 answer export (zh-CN, B)
// a Shenzhen cross-border e-commerce logistics summit uses a wjx form as its registration; one row per submission,
// downloaded "按选项文本"
// [公司名称, 所在地区, 企业类型, 员工人数, 域名, IP 属地]
const WJ_CO = [
  ['深圳市跨越通供应链管理有限公司', '广东省-深圳市-宝安区', '物流服务商/货代', '100-499人', 'kuayuetong.com', '广东-深圳'],
  ['广州优品出海电子商务有限公司', '广东省-广州市-番禺区', '跨境电商卖家', '50-99人', 'youpinchuhai.cn', '广东-广州'],
  ['东莞市鑫达包装制品有限公司', '广东省-东莞市-长安镇', '工厂/品牌方', '100-499人', '', '广东-东莞'],
  ['深圳市海纳云仓科技有限公司', '广东省-深圳市-龙华区', '海外仓', '20-49人', 'hainayuncang.com', '广东-深圳'],
  ['佛山市顺德区美居家具有限公司', '广东省-佛山市-顺德区', '工厂/品牌方', '500人以上', 'meiju-furniture.com', '广东-佛山'],
  ['厦门鹭通国际货运代理有限公司', '福建省-厦门市-湖里区', '物流服务商/货代', '50-99人', 'lutongfreight.com', '福建-厦门'],
  ['杭州星澜网络科技有限公司', '浙江省-杭州市-滨江区', '跨境电商卖家', '20-49人', 'xinglan-tech.com', '浙江-杭州'],
]
const wjCo = (c) => row(WJ_CO, n(c) % 7)
const wjAt = (c) => Date.UTC(2025, 7, 10) + ((n(c) * 7919) % (30 * 86400)) * 1000
const wjT = (p) => `${p.y}/${p.m}/${p.d} ${p.H}:${pad(p.M)}:${pad(p.S)}`
const WJ_TOPIC = ['海外仓', '头程物流', '跨境支付与收款', '平台合规', 'TikTok Shop', '独立站']
const SET_WJ = { name: 'wjx-dajuan-shuju-daochu-cn', product: '问卷星 wjx (我的问卷 > 分析&下载 > 查看下载答卷 > 下载答卷数据 > 按选项文本下载, one row per submitted answer sheet, Simplified Chinese UI, a Shenzhen cross-border e-commerce logistics summit\'s registration form)', family: 'survey', language: 'zh', schema: B, cols: [
  ['序号', (c, o, r, i) => String(i + 1), []],
  ['提交答卷时间', (c) => wjT(cst(wjAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['所用时间', (c) => `${45 + (n(c) * 7) % 400}秒`, []],
  ['来源', (c) => row(['微信', '手机提交', '链接', '微信', '微信'], n(c) % 5), [], opt],
  ['来源详情', () => 'N/A', []],
  ['来自IP', (c) => `${row(['113.116', '183.14', '120.229', '14.153', '27.38', '112.97'], n(c) % 6)}.${(n(c) * 7) % 256}.${(n(c) * 13) % 256}(${wjCo(c)[5]})`, []],
  ['1、您的姓名', (c) => cn(c).full, ['person.name.fullName']],
  ['2、手机号码', (c) => cn(c).mob, ['mobilePhone.number', 'workPhone.number']],
  ['3、电子邮箱', (c) => (wjCo(c)[4] && n(c) % 3 !== 0 ? `${cn(c).py}@${wjCo(c)[4]}` : n(c) % 2 ? `${cn(c).qq}@qq.com` : `${cn(c).pyl}${n(c) % 100}@163.com`), WE],
  ['4、公司名称', (c) => wjCo(c)[0], CO],
  ['5、所在部门', (c) => row(['物流部', '运营部', '供应链中心', '总经办', '销售部', '海外事业部'], n(c) % 6), ['extendedWorkDetails.departments[0]']],
  ['6、职位', (c) => row(['物流经理', '运营总监', '总经理', '采购主管', '销售经理', '创始人'], (n(c) >> 1) % 6), ['extendedWorkDetails.jobTitle']],
  ['7、公司所在地区', (c) => wjCo(c)[1], [...STATE(['workAddress']), W('city')], opt],
  ['8、企业类型', (c) => wjCo(c)[2], []],
  ['9、员工人数', (c) => wjCo(c)[3], []],
  ['10、您关注的议题', (c) => [0, 1, 2, 3, 4, 5].filter((k) => ((n(c) >> k) & 1) === 1).map((k) => WJ_TOPIC[k]).join('┋') || WJ_TOPIC[n(c) % 6], []],
  ['11、是否参加晚宴', (c) => (n(c) % 3 === 0 ? '否' : '是'), []],
  ['12、您是从哪里得知本次峰会的', (c) => row(['朋友推荐', '微信公众号', '行业协会通知', '抖音/视频号', '往届参会'], n(c) % 5), ['b2b.personSource'], opt],
] }

// ---------------------------------------------------------------- 6. EZTABLE reservation list (zh-TW, E)
// a Xinyi-district steakhouse taking bookings and prepaid set menus through EZTABLE; one row per reservation
// [方案名稱, 預付單價 (每人)]
const EZ_PLAN = [['', 0], ['', 0], ['【EZTABLE 獨家】平日晚餐 熟成肋眼雙人套餐', 3980], ['', 0], ['【線上預付】週末早午餐 85折', 1188], ['', 0], ['【EZTABLE 獨家】慶生方案 送生日蛋糕', 2680]]
const ezPlan = (o) => row(EZ_PLAN, (n(o) >> 1) % 7)
const ezPax = (o) => (ezPlan(o)[0].includes('雙人') ? 2 : 2 + (n(o) % 5))
const ezKids = (o) => (ezPax(o) >= 4 && n(o) % 3 === 0 ? 1 : 0)
const ezSt = (o) => row(['已確認', '已完成', '已完成', '已取消', '已完成', '未出席', '已完成', '已確認'], n(o) % 8)
const ezAt = (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (70 * 86400)) * 1000
const ezDine = (o) => cst(ezAt(o) + (1 + (n(o) % 20)) * day)
const ezSlot = (o) => (ezPlan(o)[0].includes('早午餐') ? row(['10:30', '11:00', '12:30'], n(o) % 3) : row(['17:30', '18:00', '18:30', '19:30', '20:00', '12:00'], n(o) % 6))
const SET_EZ = { name: 'eztable-dingwei-jilu-huichu-tw', product: 'EZTABLE 簡單桌 (餐廳管理後台: 訂位管理 > 訂位紀錄 > 匯出 Excel, one row per reservation, Traditional Chinese (Taiwan) UI, a Xinyi-district steakhouse in Taipei, Asia/Taipei, TWD)', family: 'reservations', language: 'zh', schema: E, cols: [
  ['訂位代號', (c, o) => `EZ${pad((n(o) * 104729) % 100000000, 8)}`, ['_id', OR('purchaseID')]],
  ['建立時間', (c, o) => slm(cst(ezAt(o))), ['timestamp', OR('createdDate')]],
  ['分店', () => '信義店', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['用餐日期', (c, o) => ymd(ezDine(o), '/'), []],
  ['用餐時段', (c, o) => ezSlot(o), []],
  ['大人', (c, o) => String(ezPax(o) - ezKids(o)), []],
  ['小孩', (c, o) => String(ezKids(o)), []],
  ['訂位人姓名', (c) => tw(c).full, []],
  ['稱謂', (c) => (tw(c).female ? '小姐' : '先生'), []],
  ['手機號碼', (c) => tw(c).mobile, PHONE_ID, opt],
  ['Email', (c, o) => (n(o) % 6 === 5 ? '' : tw(c).mail), EMAIL_ID],
  ['訂位狀態', (c, o) => ezSt(o), [], opt],
  ['訂位來源', (c, o) => row(['EZTABLE', 'EZTABLE App', 'Google 訂位', '餐廳官網', 'EZTABLE', '電話'], n(o) % 6), [], opt],
  ['方案名稱', (c, o) => ezPlan(o)[0], [PL('name'), 'commerce.promotionID'], opt],
  ['預付金額', (c, o) => (ezPlan(o)[1] ? `NT$${com(ezPlan(o)[0].includes('雙人') ? ezPlan(o)[1] : ezPlan(o)[1] * ezPax(o))}` : ''), [PAYAMT, OR('priceTotal')], opt],
  ['核銷序號', (c, o) => (ezPlan(o)[1] ? String(10000000 + (n(o) * 7919) % 89999999) : ''), []],
  ['用餐目的', (c, o) => (ezPlan(o)[0].includes('慶生') ? '慶生' : row(['', '約會', '商務聚餐', '家庭聚餐', '朋友聚餐', '', '紀念日'], n(o) % 7)), []],
  ['特殊需求', (c, o) => (ezKids(o) ? '需要兒童椅' : row(['', '', '有長輩，希望安排靠近出口', '一位不吃牛，需要改海鮮主餐', '', '希望靠窗'], n(o) % 6)), []],
  ['桌號', (c, o) => (ezSt(o) === '已完成' ? `${row(['A', 'B', 'VIP'], n(o) % 3)}${1 + (n(o) % 9)}` : ''), []],
  ['取消時間', (c, o) => (ezSt(o) === '已取消' ? slm(cst(ezAt(o) + day)) : ''), [OR('cancelDate')]],
] }

// ---------------------------------------------------------------- 7. GoSELL customer list (vi, P)
// a women's fashion shop in Ho Chi Minh City selling in store, on its GoSELL website and on Shopee; one row per customer
const GS_TIER = ['Thành viên', 'Thành viên', 'Bạc', 'Vàng', 'Kim cương']
const gsOrders = (c) => 1 + (n(c) * 11) % 17
const gsSpent = (c) => gsOrders(c) * row([389, 459, 529, 615, 720], n(c) % 5) * 1000
const gsDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_GS = { name: 'gosell-danh-sach-khach-hang-vn', product: 'GoSELL (trang quản trị: Khách hàng > Danh sách khách hàng > Xuất Excel, one row per customer, Vietnamese UI, a Ho Chi Minh City women\'s fashion shop with a web store and Shopee channel, VND)', family: 'ecommerce-customers', language: 'vi', schema: P, cols: [
  ['Mã khách hàng', (c) => `KH${pad((n(c) * 7) % 100000, 6)}`, ID],
  ['Tên khách hàng', (c) => vi(c).full, ['person.name.fullName']],
  ['Số điện thoại', (c) => vi(c).mobile, ['mobilePhone.number']],
  ['Email', (c) => (n(c) % 4 === 1 ? '' : vi(c).mail), ['personalEmail.address']],
  ['Giới tính', (c) => (n(c) % 11 === 3 ? '' : vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
  ['Ngày sinh', (c) => (n(c) % 3 === 2 ? '' : dmy(ict(vi(c).birth), '/')), ['person.birthDate']],
  ['Địa chỉ', (c) => vi(c).street, H('street1')],
  ['Phường/Xã', (c) => vi(c).ward, [], opt],
  ['Quận/Huyện', (c) => vi(c).dist, [], opt],
  ['Tỉnh/Thành phố', (c) => vi(c).prov, [...STATE(HOMES), ...H('city')]],
  ['Nhóm khách hàng', (c) => row(['Khách lẻ', 'Khách lẻ', 'Khách sỉ', 'Khách lẻ', 'CTV'], n(c) % 5), [], opt],
  ['Hạng thành viên', (c) => row(GS_TIER, Math.min(4, Math.floor(gsOrders(c) / 4))), ['loyalty.tier']],
  ['Điểm tích lũy', (c) => dot(Math.floor(gsSpent(c) / 10000) % 3000), ['loyalty.points']],
  ['Tổng chi tiêu', (c) => dot(gsSpent(c)), ['loyalty.lifetimePurchases'], opt],
  ['Số đơn hàng', (c) => String(gsOrders(c)), ['loyalty.lifetimePurchases'], opt],
  ['Ngày mua gần nhất', (c) => gsDT(Math.max(c.created, c.updated)), []],
  ['Nguồn khách hàng', (c) => row(['Website', 'Facebook', 'Shopee', 'Tại cửa hàng', 'Zalo', 'Instagram'], n(c) % 6), [], opt],
  ['Ngày tạo', (c) => gsDT(Math.min(c.created, c.updated)), ['loyalty.joinDate'], opt],
  ['Mã số thuế', (c) => (n(c) % 9 === 0 ? `03${pad((n(c) * 7919) % 100000000, 8)}` : ''), ['person.taxId'], opt],
  ['Ghi chú', (c) => row(['', '', 'Thích form rộng, size M', '', 'Hay đặt qua Zalo', 'Giao giờ hành chính'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. POSPOS member list (th, P)
// a Chiang Mai coffee roaster's three cafés; one row per member, Buddhist-era dates
const beD = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }
const beDT = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543} ${hm(p)}` }
const ppVisits = (c) => 1 + (n(c) * 13) % 60
const ppSpent = (c) => ppVisits(c) * row([85, 120, 145, 190, 235], n(c) % 5)
const SET_PP = { name: 'pospos-raichue-samachik-th', product: 'POSPOS (หลังร้าน: สมาชิก > รายชื่อสมาชิก > ส่งออก Excel, one row per member, Thai UI with Buddhist-era dates, a Chiang Mai coffee roaster\'s three cafés, THB)', family: 'pos-customers', language: 'th', schema: P, cols: [
  ['รหัสสมาชิก', (c) => `M${pad((n(c) * 7) % 100000, 6)}`, ['loyalty.loyaltyID[0]', ...ID]],
  ['ชื่อ-นามสกุล', (c) => th(c).full, ['person.name.fullName']],
  ['ชื่อเล่น', (c) => (n(c) % 4 === 3 ? '' : th(c).nick), []],
  ['เบอร์โทรศัพท์', (c) => th(c).mobile, ['mobilePhone.number']],
  ['อีเมล', (c) => (n(c) % 3 === 1 ? '' : th(c).mail), ['personalEmail.address']],
  ['วันเกิด', (c) => (n(c) % 5 === 4 ? '' : beD(th(c).birth)), ['person.birthDate']],
  ['เพศ', (c) => (n(c) % 8 === 6 ? 'ไม่ระบุ' : th(c).female ? 'หญิง' : 'ชาย'), ['person.gender']],
  ['ที่อยู่', (c) => (n(c) % 3 === 2 ? '' : th(c).street), H('street1'), opt],
  ['ตำบล/แขวง', (c) => (n(c) % 3 === 2 ? '' : th(c).sub), [], opt],
  ['อำเภอ/เขต', (c) => (n(c) % 3 === 2 ? '' : th(c).dist), H('city'), opt],
  ['จังหวัด', (c) => (n(c) % 3 === 2 ? '' : th(c).prov), STATE(HOMES)],
  ['รหัสไปรษณีย์', (c) => (n(c) % 3 === 2 ? '' : th(c).zip), H('postalCode')],
  ['เลขประจำตัวผู้เสียภาษี', (c) => (n(c) % 7 === 0 ? th(c).cid : ''), ['person.taxId'], opt],
  ['ระดับสมาชิก', (c) => row(['ทั่วไป', 'ทั่วไป', 'Silver', 'Gold', 'Platinum'], Math.min(4, Math.floor(ppVisits(c) / 13))), ['loyalty.tier']],
  ['แต้มคงเหลือ', (c) => String(Math.floor(ppSpent(c) / 25) % 180), ['loyalty.points']],
  ['ยอดซื้อสะสม', (c) => thou(ppSpent(c), ',', '.'), ['loyalty.lifetimePurchases'], opt],
  ['จำนวนครั้งที่ซื้อ', (c) => String(ppVisits(c)), ['loyalty.lifetimePurchases'], opt],
  ['ซื้อล่าสุด', (c) => beDT(Math.max(c.created, c.updated)), []],
  ['วันที่สมัคร', (c) => beDT(Math.min(c.created, c.updated)), ['loyalty.joinDate']],
  ['สาขาที่สมัคร', (c) => row(['สาขานิมมาน', 'สาขาสันติธรรม', 'สาขาเซ็นทรัลเฟสติวัล'], n(c) % 3), [], opt],
  ['หมายเหตุ', (c) => row(['', '', 'หวานน้อย', '', 'แพ้นมวัว ใช้นมโอ๊ต', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 9. Scalev order export (id, E)
// a Central Java herbal-honey brand selling by WhatsApp closing with COD; one row per order
// [produk, SKU, harga]
const SC_ITEM = [['Madu Hutan Borneo 500 ml', 'MHB-500', 125000], ['Madu Hitam Pahit Temulawak 350 gr', 'MHP-350', 98000], ['Paket Hemat 3 Botol Madu Hutan', 'PKT-MHB3', 330000], ['Sari Kurma Rempah 330 gr', 'SKR-330', 65000], ['Madu Anak Rasa Jeruk 250 ml', 'MAJ-250', 79000]]
const SC_VAR = ['', '', 'Botol kaca', 'Botol plastik', '']
const scItem = (o) => row(SC_ITEM, n(o) % 5)
const scQty = (o) => (scItem(o)[1].startsWith('PKT') ? 1 : 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0))
const scPay = (o) => row(['COD', 'COD', 'Transfer Bank BCA', 'COD', 'QRIS', 'Transfer Bank BRI', 'COD'], n(o) % 7)
const scCod = (o) => scPay(o) === 'COD'
const scOngkir = (o) => row([12000, 18000, 24000, 9000, 31000], (n(o) >> 1) % 5)
const scFee = (o) => (scCod(o) ? Math.round((scItem(o)[2] * scQty(o) + scOngkir(o)) * 0.03 / 100) * 100 : 0)
const scDisc = (o) => (n(o) % 5 === 0 ? 10000 : 0)
const scTotal = (o) => scItem(o)[2] * scQty(o) + scOngkir(o) + scFee(o) - scDisc(o)
const scSt = (o) => row(['Selesai', 'Dikirim', 'Selesai', 'Dikonfirmasi', 'Pending', 'Selesai', 'Dibatalkan', 'Retur'], (n(o) >> 2) % 8)
const scKurir = (o) => row(['J&T Express', 'JNE REG', 'SiCepat REG', 'J&T Express', 'Ninja Xpress', 'ID Express'], n(o) % 6)
const scSent = (o) => ['Selesai', 'Dikirim', 'Retur'].includes(scSt(o))
const scResi = (o) => { const k = String(100000000000 + (n(o) * 104729) % 899999999999); const m = scKurir(o); return m.startsWith('J&T') ? `JP${k.slice(0, 10)}` : m.startsWith('JNE') ? `CGK${k.slice(0, 12)}` : m.startsWith('SiCepat') ? `00${k.slice(0, 10)}` : m.startsWith('Ninja') ? `NLIDAP${k.slice(0, 8)}` : `IDS${k.slice(0, 11)}` }
const scSrc = (o) => row(['facebook', 'tiktok', 'facebook', 'google', ''], n(o) % 5)
const scAt = (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (65 * 86400)) * 1000
const scDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_SC = { name: 'scalev-ekspor-pesanan-id', product: 'Scalev (dasbor: Pesanan > Semua Pesanan > Ekspor CSV, one row per order, Indonesian UI, a Central Java herbal-honey brand selling through landing pages and WhatsApp closing with COD, Asia/Jakarta, IDR)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
  ['ID Pesanan', (c, o) => `${ymd(ict(scAt(o)), '').slice(2)}${pad((n(o) * 7919) % 100000, 5)}`, ['_id', OR('purchaseID')]],
  ['Tanggal Dibuat', (c, o) => scDT(scAt(o)), ['timestamp', OR('createdDate')]],
  ['Status', (c, o) => scSt(o), [], opt],
  ['Nama Pelanggan', (c) => idn(c).name, []],
  ['No. WhatsApp', (c) => idn(c).wa, PHONE_ID],
  ['Email', (c) => (n(c) % 4 === 0 ? idn(c).mail : ''), EMAIL_ID],
  ['Alamat', (c) => idn(c).street, [SHIP('street1')]],
  ['Kecamatan', (c) => idn(c).kec, [], opt],
  ['Kota/Kabupaten', (c) => idn(c).kota, [SHIP('city')]],
  ['Provinsi', (c) => idn(c).prov, [SHIP('stateProvince'), SHIP('state')]],
  ['Kode Pos', (c) => idn(c).zip, [SHIP('postalCode')]],
  ['Produk', (c, o) => scItem(o)[0], [PL('name')]],
  ['Varian', (c, o) => (scItem(o)[1].startsWith('MHB') ? row(SC_VAR, n(o) >> 1) : ''), [PL('selectedOptions[0].value')], opt],
  ['SKU', (c, o) => scItem(o)[1], [PL('SKU')]],
  ['Jumlah', (c, o) => String(scQty(o)), [PL('quantity')]],
  ['Harga Satuan', (c, o) => dot(scItem(o)[2]), [], opt],
  ['Ongkos Kirim', (c, o) => dot(scOngkir(o)), ['commerce.shipping.shippingAmount']],
  ['Biaya COD', (c, o) => dot(scFee(o)), []],
  ['Diskon', (c, o) => dot(scDisc(o)), [OR('discountAmount')]],
  ['Total Bayar', (c, o) => dot(scTotal(o)), [OR('priceTotal'), PAYAMT]],
  ['Metode Pembayaran', (c, o) => scPay(o), [OR('payments[0].paymentType')]],
  ['Kurir', (c, o) => scKurir(o), ['commerce.shipping.shippingMethod']],
  ['No. Resi', (c, o) => (scSent(o) ? scResi(o) : ''), ['commerce.shipping.trackingNumber']],
  ['CS', (c, o) => row(['Rina', 'Dewi', 'Fajar', 'Lina'], n(o) % 4), []],
  ['Advertiser', (c, o) => row(['Andi', 'Bagus', 'Andi'], n(o) % 3), []],
  ['UTM Source', (c, o) => scSrc(o), ['marketing.trackingCode'], opt],
  ['UTM Campaign', (c, o) => ({ facebook: n(o) % 2 ? 'madu-agustus-cbo' : 'retarget-wa-juli', tiktok: 'tiktok-kurma-lp2', google: 'search-madu-hutan', '': '' })[scSrc(o)], ['marketing.campaignName'], opt],
  ['Catatan', (c, o) => row(['', 'Kirim sebelum Jumat ya kak', '', 'Titip di warung depan', '', 'Jangan dibanting, botol kaca'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 10. Ticket2Me order export (en-PH, E)
// an OPM band's one-night concert at a Cubao theater; one row per order
const T2_TK = [['VIP (with Meet & Greet)', 4500], ['Orchestra Center', 3200], ['Orchestra Side', 2500], ['Loge', 1800], ['Balcony', 1200], ['Orchestra Center', 3200]]
const t2Tk = (o) => row(T2_TK, (n(o) >> 1) % 6)
const t2Qty = (o) => (t2Tk(o)[1] === 4500 ? 1 : 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0))
const t2Fee = (o) => Math.round(t2Tk(o)[1] * 0.05) * t2Qty(o)
const t2Disc = (o) => (n(o) % 7 === 0 ? Math.round(t2Tk(o)[1] * t2Qty(o) * 0.1) : 0)
const t2Total = (o) => t2Tk(o)[1] * t2Qty(o) + t2Fee(o) - t2Disc(o)
const t2Pay = (o) => row(['GCash', 'Credit/Debit Card', 'Maya', 'GCash', 'BPI Online', '7-Eleven CLiQQ'], n(o) % 6)
const t2St = (o) => (n(o) % 17 === 0 ? 'Refunded' : t2Pay(o) === '7-Eleven CLiQQ' && n(o) % 4 === 0 ? 'Pending' : 'Paid')
const t2At = (o) => Date.UTC(2025, 6, 7) + ((n(o) * 7919) % (75 * 86400)) * 1000
const peso = (x) => thou(x, ',', '.')
const SET_T2 = { name: 'ticket2me-orders-export-ph', product: 'Ticket2Me (Organizer Dashboard: Events > Orders > Export to CSV, one row per ticket order, English UI (Philippines), an OPM band\'s one-night concert at a Cubao theater, Asia/Manila, PHP)', family: 'ticketing-orders', language: 'en', schema: E, cols: [
  ['Order No.', (c, o) => `T2M${pad((n(o) * 104729) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
  ['Order Date', (c, o) => { const p = cst(t2At(o)); return `${mdy(p)} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
  ['Event Name', () => 'Tala at Tahanan: The Homecoming Concert', [], opt],
  ['Ticket Type', (c, o) => t2Tk(o)[0], [PL('name')], opt],
  ['Quantity', (c, o) => String(t2Qty(o)), [PL('quantity')]],
  ['Unit Price', (c, o) => peso(t2Tk(o)[1]), [], opt],
  ['Convenience Fee', (c, o) => peso(t2Fee(o)), []],
  ['Discount', (c, o) => peso(t2Disc(o)), [OR('discountAmount')]],
  ['Promo Code', (c, o) => (t2Disc(o) ? 'TALA10' : ''), ['commerce.promotionID']],
  ['Total Amount', (c, o) => peso(t2Total(o)), [OR('priceTotal'), PAYAMT]],
  ['Currency', () => 'PHP', [OR('currencyCode')]],
  ['Payment Method', (c, o) => t2Pay(o), [OR('payments[0].paymentType')]],
  ['Payment Reference No.', (c, o) => (t2St(o) === 'Pending' ? '' : t2Pay(o) === 'GCash' ? String(9000000000000 + (n(o) * 7919) % 999999999999) : `PR${pad((n(o) * 104723) % 1000000000, 9)}`), [OR('payments[0].transactionID')]],
  ['Payment Status', (c, o) => t2St(o), [], opt],
  ['First Name', (c) => ph(c).first, []],
  ['Last Name', (c) => ph(c).last, []],
  ['Email Address', (c) => ph(c).mail, EMAIL_ID],
  ['Mobile Number', (c) => `+63 ${ph(c).mob.slice(0, 3)} ${ph(c).mob.slice(3, 6)} ${ph(c).mob.slice(6)}`, PHONE_ID, opt],
  ['City', (c) => ph(c).city, [BILL('city')], opt],
  ['Ticket Code(s)', (c, o) => Array.from({ length: t2Qty(o) }, (_, k) => `TL${v.alnum(v.rng(n(o) * 7 + k + 1), 8).toUpperCase()}`).join('; '), []],
  ['Checked In', (c, o) => (t2St(o) !== 'Paid' ? '' : n(o) % 5 === 0 ? 'No' : 'Yes'), []],
] }

export const SETS = [SET_AV, SET_KZ, SET_ID, SET_FS, SET_WJ, SET_EZ, SET_GS, SET_PP, SET_SC, SET_T2]
