// Round 62, heldout145: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Asian exports, each in its product's UI language: an Indian grocery
// marketplace's seller order lines (JioMart Seller Central), a Singapore restaurant online-ordering platform's order
// lines (Oddle Eats) and an Indian retail loyalty platform's member report (Easyrewardz) (en 3); an Indonesian payment
// gateway's transactions (Duitku, id 1); a Vietnamese payment gateway's transactions (Payoo) and a Vietnamese
// work-suite CRM's contacts (1Office) (vi 2); a Thai chat-commerce inbox's LINE OA contacts (Zaapi) and a Thai event
// platform's attendees (Zipevent) (th 2); a Japanese food-delivery marketplace's shop orders (出前館) and a Japanese
// business-card app's cards (SmartVisca) (ja 2); a Korean small-business app's point-loyalty regulars (캐시노트 포인트,
// ko 1); a Taiwanese marketplace's shop order lines (PChome 商店街, zh Traditional 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks, none with summer time: India +5:30, Indonesia (WIB), Vietnam and Thailand +7, Singapore and Taiwan +8,
// Japan and Korea +9
const ist = (ms) => shift(ms, 5.5)
const ict = (ms) => shift(ms, 7)
const sgt = (ms) => shift(ms, 8)
const jst = (ms) => shift(ms, 9)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const biz = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 4) * day + (n(c) % 60000) * 1000
const bd = (ms) => v.parts(ms)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dMy = (p) => `${pad(p.d)}-${MON[p.m - 1]}-${p.y}`
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
// Indian digit grouping: 124500.5 → 1,24,500.50
const lakh = (x) => { const [a, b] = two(x).split('.'); const h = a.slice(-3), t = a.slice(0, -3); return `${t ? t.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' : ''}${h}.${b}` }
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
const LINE_UID = ['identityMap{}[0].id']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const PEOPLE = {
  in: {
    male: ['Rahul', 'Amit', 'Vikram', 'Arjun', 'Rohan', 'Siddharth', 'Karan', 'Aditya'], female: ['Priya', 'Ananya', 'Neha', 'Sneha', 'Kavya', 'Pooja', 'Divya', 'Meera'],
    last: ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Kulkarni', 'Banerjee', 'Singh', 'Joshi', 'Menon'],
    // [city, state, pincode, address line]
    places: [['Mumbai', 'Maharashtra', '400053', 'B-704, Sunshine Heights, Lokhandwala Complex, Andheri West'], ['Pune', 'Maharashtra', '411038', 'Flat 12, Shreeji Apartments, Karve Road, Kothrud'], ['Bengaluru', 'Karnataka', '560034', '#45, 5th Cross, Koramangala 4th Block'], ['Chennai', 'Tamil Nadu', '600040', 'Plot 18, 2nd Avenue, Anna Nagar'], ['Hyderabad', 'Telangana', '500081', 'H.No. 2-48/221, Madhapur'], ['New Delhi', 'Delhi', '110017', 'C-12, Malviya Nagar'], ['Kolkata', 'West Bengal', '700029', '14/2 Hindustan Park, Gariahat'], ['Ahmedabad', 'Gujarat', '380015', '302, Shivalik Residency, Satellite'], ['Jaipur', 'Rajasthan', '302017', '56, Malviya Nagar Sector 3'], ['Gurugram', 'Haryana', '122002', 'Tower 5, 1102, DLF Phase 4']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
  },
  id: {
    male: ['Budi', 'Agus', 'Rizky', 'Dimas', 'Fajar', 'Andi', 'Yoga'], female: ['Siti', 'Dewi', 'Putri', 'Rina', 'Ayu', 'Nurul', 'Intan'],
    last: ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Kusuma', 'Lestari', 'Nugroho', 'Setiawan', 'Rahmawati'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.co.id'],
  },
  vi: {
    // [họ, ascii]
    last: [['Nguyễn', 'nguyen'], ['Trần', 'tran'], ['Lê', 'le'], ['Phạm', 'pham'], ['Hoàng', 'hoang'], ['Vũ', 'vu'], ['Đặng', 'dang'], ['Bùi', 'bui'], ['Đỗ', 'do']],
    male: [['Văn Hùng', 'hung'], ['Đức Nam', 'nam'], ['Minh Tuấn', 'tuan'], ['Quốc Dũng', 'dung'], ['Anh Khoa', 'khoa'], ['Hoàng Long', 'long']],
    female: [['Thị Lan', 'lan'], ['Thu Hương', 'huong'], ['Thùy Trang', 'trang'], ['Ngọc Linh', 'linh'], ['Thanh Mai', 'mai'], ['Phương Thảo', 'thao']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com.vn', 'gmail.com', 'outlook.com'],
  },
  th: {
    male: [['สมชาย', 'somchai'], ['ธนากร', 'thanakorn'], ['ณัฐพล', 'nattapon'], ['วีระพงษ์', 'weerapong'], ['ภาณุ', 'panu'], ['กิตติศักดิ์', 'kittisak']],
    female: [['สุภาพร', 'supaporn'], ['กนกวรรณ', 'kanokwan'], ['ปิยะนุช', 'piyanuch'], ['ณัฐธิดา', 'nattida'], ['พิมพ์ชนก', 'pimchanok'], ['อรอุมา', 'onuma']],
    last: [['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แก้วมณี', 'kaewmanee'], ['ทองดี', 'thongdee'], ['จันทร์เพ็ญ', 'chanpen'], ['สุขเจริญ', 'sukcharoen'], ['พรหมมา', 'prommar']],
    nick: ['แนน', 'บีม', 'ฝน', 'ต้น', 'มิ้นท์', 'เบียร์', 'แพร', 'โอ๊ต'],
    // [ที่อยู่, แขวง/ตำบล, เขต/อำเภอ, จังหวัด, รหัสไปรษณีย์]
    places: [['99/12 ซอยสุขุมวิท 71', 'พระโขนงเหนือ', 'วัฒนา', 'กรุงเทพมหานคร', '10110'], ['45/7 หมู่ 3 ถนนติวานนท์', 'บางกระสอ', 'เมืองนนทบุรี', 'นนทบุรี', '11000'], ['128 ถนนนิมมานเหมินท์', 'สุเทพ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200'], ['88/321 หมู่บ้านพฤกษา ถนนลำลูกกา', 'ลาดสวาย', 'ลำลูกกา', 'ปทุมธานี', '12150'], ['17 ถนนมิตรภาพ', 'ในเมือง', 'เมืองขอนแก่น', 'ขอนแก่น', '40000'], ['302 ซอยลาดพร้าว 101', 'คลองจั่น', 'บางกะปิ', 'กรุงเทพมหานคร', '10240'], ['56/9 ถนนเทพกระษัตรี', 'รัษฎา', 'เมืองภูเก็ต', 'ภูเก็ต', '83000']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.co.th'],
  },
  sg: {
    names: [['Wei Ling', 'Tan'], ['Jun Jie', 'Lim'], ['Hui Min', 'Ng'], ['Marcus', 'Goh'], ['Nur Aisyah', 'Rahman'], ['Muhammad Hafiz', 'Ismail'], ['Priya', 'Raman'], ['Rachel', 'Chua'], ['Daniel', 'Teo'], ['Siew Lan', 'Koh'], ['Benjamin', 'Ong'], ['Farah', 'Aziz']],
    // [street, unit, postal code]
    places: [['Blk 512 Bishan Street 13', '#08-214', '570512'], ['Blk 302 Tampines Street 32', '#05-88', '520302'], ['21 Tanjong Pagar Road', '#03-01', '088444'], ['Blk 118 Jurong East Street 13', '#11-407', '600118'], ['8 Marine Parade Road', '#12-05', '449269'], ['Blk 681 Punggol Drive', '#14-332', '820681'], ['35 Holland Grove Road', '', '278806'], ['Blk 23 Toa Payoh Lorong 7', '#02-61', '310023']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.sg', 'singnet.com.sg', 'icloud.com'],
  },
  ja: {
    male: [['大輔', 'ダイスケ', 'daisuke'], ['翔太', 'ショウタ', 'shota'], ['誠', 'マコト', 'makoto'], ['拓也', 'タクヤ', 'takuya'], ['和也', 'カズヤ', 'kazuya'], ['修', 'オサム', 'osamu']],
    female: [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['真由美', 'マユミ', 'mayumi'], ['彩', 'アヤ', 'aya'], ['千尋', 'チヒロ', 'chihiro'], ['裕子', 'ユウコ', 'yuko']],
    last: [['佐藤', 'サトウ', 'sato'], ['高橋', 'タカハシ', 'takahashi'], ['渡辺', 'ワタナベ', 'watanabe'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山口', 'ヤマグチ', 'yamaguchi'], ['藤田', 'フジタ', 'fujita']],
    // 世田谷 delivery area: [郵便番号, 住所, 建物]
    places: [['154-0024', '東京都世田谷区三軒茶屋2-14-7', ''], ['154-0004', '東京都世田谷区太子堂4-5-12', 'パークハイム太子堂302'], ['156-0052', '東京都世田谷区経堂1-22-3', ''], ['154-0017', '東京都世田谷区世田谷3-8-19', 'グランフォレスト世田谷205'], ['156-0051', '東京都世田谷区宮坂2-19-1', 'メゾン宮坂101'], ['154-0002', '東京都世田谷区下馬5-33-8', ''], ['156-0043', '東京都世田谷区松原6-4-11', 'ライオンズ明大前704']],
    mail: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp'],
  },
  ko: {
    last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '한'],
    male: ['민준', '서준', '도윤', '성민', '현우', '지훈'], female: ['서연', '지우', '하은', '수빈', '민지', '유진'],
  },
  tw: {
    last: [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang']],
    male: [['志明', 'chihming'], ['家豪', 'chiahao'], ['柏翰', 'pohan'], ['承恩', 'chengen'], ['哲瑋', 'chewei']],
    female: [['淑芬', 'shufen'], ['雅婷', 'yating'], ['怡君', 'yichun'], ['欣妤', 'hsinyu'], ['佩珊', 'peishan']],
    // [縣市, 區, 郵遞區號, 路段]
    places: [['臺南市', '東區', '701', '東門路二段'], ['臺南市', '永康區', '710', '中華路'], ['臺北市', '大安區', '106', '復興南路一段'], ['新北市', '板橋區', '220', '文化路一段'], ['桃園市', '中壢區', '320', '中央西路二段'], ['臺中市', '西屯區', '407', '福星路'], ['高雄市', '三民區', '807', '建工路']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'pchome.com.tw'],
  },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = c.female
  const P = PEOPLE[cc]
  const sep = () => v.pick(r, ['.', '', '_'])
  const nn = () => (r() < 0.55 ? String(v.int(r, 1, 99)) : '')
  if (cc === 'in') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last), pl = v.pick(r, P.places)
    const ten = `${v.pick(r, ['98', '99', '97', '96', '93', '90', '88', '80', '70', '63'])}${v.int(r, 10000000, 99999999)}`
    return { female, first: f, last: l, full: `${f} ${l}`, city: pl[0], state: pl[1], pin: pl[2], street: pl[3], mobile: ten,
      email: `${f.toLowerCase()}${sep()}${l.toLowerCase()}${nn()}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'id') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last)
    return { female, first: f, last: l, full: `${f} ${l}`, mobile: `08${v.pick(r, ['12', '13', '21', '52', '56', '57', '77', '78', '95', '96'])}${v.int(r, 1000000, 99999999)}`,
      email: `${f.toLowerCase()}${sep()}${l.toLowerCase()}${nn()}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'vi') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last)
    return { female, first: f[0].split(' ').pop(), last: l[0], full: `${l[0]} ${f[0]}`, mobile: `0${v.pick(r, ['90', '91', '93', '96', '97', '98', '86', '88', '35', '39', '77', '70'])}${v.int(r, 1000000, 9999999)}`,
      email: `${f[1]}${l[1]}${r() < 0.6 ? v.int(r, 85, 99) : ''}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'th') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last), pl = v.pick(r, P.places)
    return { female, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, nick: v.pick(r, P.nick), latinFirst: f[1], latinLast: l[1],
      street: pl[0], sub: pl[1], district: pl[2], province: pl[3], zip: pl[4],
      mobile: `0${v.pick(r, ['81', '82', '86', '89', '61', '62', '63', '64', '91', '95', '98'])}${v.int(r, 1000000, 9999999)}`,
      email: `${f[1]}${sep()}${l[1].slice(0, 4)}${nn()}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'sg') {
    const nm = v.pick(r, P.names), pl = v.pick(r, P.places)
    return { female, first: nm[0], last: nm[1], full: `${nm[0]} ${nm[1]}`, street: pl[0], unit: pl[1], zip: pl[2],
      mobile: `${v.pick(r, ['8', '9'])}${v.int(r, 1000000, 9999999)}`,
      email: `${nm[0].toLowerCase().replace(/ /g, '')}${sep()}${nm[1].toLowerCase()}${nn()}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'ja') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last), pl = v.pick(r, P.places)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, latinFirst: f[2], latinLast: l[2],
      zip: pl[0], addr: pl[1], bldg: pl[2], mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      email: `${f[2]}${sep()}${l[2]}${nn()}@${v.pick(r, P.mail)}` }
  }
  if (cc === 'ko') {
    const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last)
    return { female, first: f, last: l, full: `${l}${f}`, mobile: `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}` }
  }
  const f = v.pick(r, female ? P.female : P.male), l = v.pick(r, P.last), pl = v.pick(r, P.places)
  return { female, first: f[0], last: l[0], full: `${l[0]}${f[0]}`, county: pl[0], dist: pl[1], zip3: pl[2], zip: `${pl[2]}${pad(v.int(r, 1, 99))}`,
    street: `${pl[3]}${v.int(r, 1, 320)}號${r() < 0.5 ? `${v.int(r, 2, 15)}樓` : ''}`, mobile: `09${v.int(r, 10, 89)}${v.int(r, 100000, 999999)}`,
    email: `${f[1]}${sep()}${l[1]}${nn()}@${v.pick(r, P.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const inP = (c) => who(c, 'in')
const idP = (c) => who(c, 'id')
const viP = (c) => who(c, 'vi')
const thP = (c) => who(c, 'th')
const sgP = (c) => who(c, 'sg')
const jaP = (c) => who(c, 'ja')
const koP = (c) => who(c, 'ko')
const twP = (c) => who(c, 'tw')

// ---------------------------------------------------------------- 1. JioMart Seller Central order lines (en, E)
// a Jaipur block-print home-textiles seller: [SKU, EAN, title, vertical, MRP, selling price, HSN, GST %]
const JM_ITEMS = [['JBP-BS-KS-101', '8905123401015', 'Jaipuri Block Print 100% Cotton King Size Bedsheet with 2 Pillow Covers - Indigo', 'Bedsheets', 2499, 1149, '6302', 12], ['JBP-DOH-SGL-07', '8905123401077', 'Hand Block Printed Cotton Dohar Single Bed - Mustard Floral', 'Dohars & Quilts', 1899, 899, '6304', 5], ['JBP-CC-5-22', '8905123401220', 'Cotton Cushion Covers Set of 5 (16x16 inch) - Sanganeri Print', 'Cushion Covers', 999, 449, '6304', 5], ['JBP-TR-6S-03', '8905123401039', 'Block Print Table Runner for 6 Seater Dining - Red Bagru', 'Table Linen', 799, 379, '6304', 5], ['JBP-CUR-7F-11', '8905123401114', 'Cotton Door Curtains 7 ft Set of 2 - Green Paisley', 'Curtains', 1599, 749, '6303', 12], ['JBP-QLT-DB-02', '8905123401022', 'Jaipuri Razai Double Bed Cotton Quilt - Pink Buta', 'Dohars & Quilts', 3999, 1999, '6304', 12]]
const jmItem = (o, i) => row(JM_ITEMS, i + n(o))
const jmAt = (o) => biz(o.at, 5.5, 8, 15)
const jmSt = (o) => row(['Delivered', 'Delivered', 'Shipped', 'Delivered', 'Cancelled', 'Ready to Ship', 'Delivered', 'RTO Delivered'], n(o) % 8)
const jmShipped = (o) => !['Cancelled', 'Ready to Ship'].includes(jmSt(o))
const jmSub = (o, i) => jmItem(o, i)[5] * o.qty
const jmFee = (o, i) => (jmSub(o, i) < 499 ? 49 : 0)
const jmGst = (o, i) => jmSub(o, i) * jmItem(o, i)[7] / (100 + jmItem(o, i)[7])
const jmCourier = (o) => row(['Grasshopper', 'Xpressbees', 'Delhivery', 'Shadowfax', 'Ecom Express'], n(o) % 5)
const jmTo = (c) => inP(c)
// the Indian financial year (April to March) of the order, as invoice series use it: 24-25
const jmFy = (o) => { const p = ist(jmAt(o)); const y = p.m >= 4 ? p.y : p.y - 1; return `${String(y).slice(2)}-${String(y + 1).slice(2)}` }
// ---------------------------------------------------------------- 2. Oddle Eats order lines (en, E)
// a Singapore Peranakan restaurant's delivery and festive menu: [item, category, price incl. GST]
const OD_ITEMS = [['Ayam Buah Keluak', 'Signature Mains', 28.8], ['Babi Pongteh', 'Signature Mains', 24.8], ['Nyonya Chap Chye', 'Vegetables', 16.8], ['Kueh Pie Tee (10 pcs)', 'Small Plates', 18.0], ['Festive Bundle for 4 pax', 'Festive Bundles', 168.0], ['Chendol', 'Desserts', 6.8], ['Sambal Sotong', 'Signature Mains', 26.8]]
const odItem = (o, i) => row(OD_ITEMS, i + n(o))
const odType = (o) => (n(o) % 3 === 1 ? 'Self Pick-up' : 'Delivery')
const odAt = (o) => biz(o.at, 8, 11, 10)
// placed 45 minutes to 3 hours before the slot, up to two days ahead for festive pre-orders
const odPlaced = (o) => odAt(o) - (45 + (n(o) * 7) % 135) * 60000 - (n(o) % 3) * day
const odSub = (o, i) => odItem(o, i)[2] * o.qty
const odFee = (o, i) => (odType(o) === 'Delivery' ? (odSub(o, i) >= 150 ? 0 : 12) : 0)
const odDisc = (o, i) => (o.discount ? Math.round(odSub(o, i) * 0.1 * 100) / 100 : 0)
const odTotal = (o, i) => odSub(o, i) + odFee(o, i) - odDisc(o, i)
const odMod = (o, i) => (odItem(o, i)[1] === 'Signature Mains' ? row(['Add steamed rice (+$1.50)', '', 'Less spicy', ''], n(o) % 4) : '')
// ---------------------------------------------------------------- 3. Easyrewardz member report (en, P)
const ezTier = (c) => row(['Silver', 'Silver', 'Gold', 'Silver', 'Platinum', 'Gold'], n(c) % 6)
const ezLife = (c) => 500 + (n(c) * 37) % 24000
const ezUsed = (c) => (n(c) % 3 === 0 ? 0 : Math.floor(ezLife(c) * 0.4 / 100) * 100)
const ezExp = (c) => (n(c) % 5 === 2 ? 250 : 0)
const ezSpend = (c) => ezLife(c) * 20 + (n(c) % 97) * 13
const EZ_STORES = [['MUM-AND-014', 'Andheri West - Infiniti Mall'], ['BLR-KOR-022', 'Koramangala - Forum Mall'], ['DEL-SAK-007', 'Saket - Select Citywalk'], ['PUN-KOT-031', 'Kothrud - City Pride'], ['HYD-MAD-018', 'Madhapur - Inorbit Mall'], ['ECOM-001', 'Online Store']]
// ---------------------------------------------------------------- 4. Duitku transactions (id, E)
// a Yogyakarta batik web shop on WooCommerce: [metode pembayaran, kode]
const DK_PAY = [['BCA Virtual Account', 'BC'], ['QRIS', 'SP'], ['Mandiri Virtual Account', 'M2'], ['OVO', 'OV'], ['ShopeePay Apps', 'SA'], ['Indomaret', 'IR'], ['Credit Card', 'VC'], ['BRIVA', 'BR']]
const dkPay = (o) => row(DK_PAY, n(o) % 8)
const DK_ITEMS = [['Kemeja Batik Pria Parang Lengan Panjang', 289000], ['Kain Batik Tulis Sogan 2m', 650000], ['Dress Batik Kawung Wanita', 325000], ['Outer Batik Cap Truntum', 215000], ['Selendang Batik Sutra', 180000]]
const dkItem = (o) => row(DK_ITEMS, n(o) % 5)
const dkAmt = (o) => dkItem(o)[1] * Math.min(o.qty, 2) + 18000
const dkFee = (o) => { const k = dkPay(o)[1]; return k === 'VC' ? Math.round(dkAmt(o) * 0.029) + 2000 : k === 'SP' ? Math.round(dkAmt(o) * 0.007) : ['OV', 'SA'].includes(k) ? Math.round(dkAmt(o) * 0.0167) : k === 'IR' ? 5000 : 4000 }
const dkSt = (o) => row(['SUCCESS', 'SUCCESS', 'SUCCESS', 'EXPIRED', 'SUCCESS', 'PENDING', 'FAILED', 'SUCCESS'], n(o) % 8)
const dkAt = (o) => biz(o.at, 7, 7, 16)
// ---------------------------------------------------------------- 5. Payoo transactions (vi, E)
// a Ho Chi Minh City home-appliance web shop: [mô tả, số tiền]
const PY_ITEMS = [['Máy lọc không khí Sharp FP-J40E-W', 4290000], ['Nồi chiên không dầu Philips HD9252 4.1L', 2190000], ['Robot hút bụi Xiaomi Vacuum S10', 5490000], ['Máy lọc nước RO Karofi KAQ-U05', 6890000], ['Quạt điều hòa Kangaroo KG50F79', 3150000], ['Bếp từ đôi Bosch PPI82560MS', 15990000]]
const pyItem = (o) => row(PY_ITEMS, n(o) % 6)
const PY_PAY = ['Thẻ ATM nội địa (NAPAS)', 'Thẻ quốc tế (Visa/Master/JCB)', 'QR Code (VietQR)', 'Trả góp 0% qua thẻ tín dụng', 'Ví điện tử', 'Thanh toán tại cửa hàng tiện lợi']
const pyPay = (o) => row(PY_PAY, n(o) % 6)
const pyBank = (o) => row(['Vietcombank', 'Techcombank', 'BIDV', 'VPBank', 'MB Bank', 'ACB', 'Sacombank'], n(o) % 7)
const pySt = (o) => row(['Thành công', 'Thành công', 'Thành công', 'Chờ thanh toán', 'Thành công', 'Đã hủy', 'Đã hoàn tiền'], n(o) % 7)
const pyAt = (o) => biz(o.at, 7, 8, 15)
const pyFee = (o) => (pySt(o) === 'Thành công' || pySt(o) === 'Đã hoàn tiền' ? Math.round(pyItem(o)[1] * (pyPay(o).startsWith('Thẻ quốc tế') || pyPay(o).startsWith('Trả góp') ? 0.025 : 0.011)) + 1100 : 0)
const vnd = (x) => group(x, '.')
// ---------------------------------------------------------------- 6. 1Office CRM contacts (vi, B)
// [khách hàng, mã số thuế, tỉnh/thành phố, địa chỉ, domain]
const OF_FIRMS = [['Công ty TNHH Cơ khí Chính xác Thăng Long', '0101234567', 'Hà Nội', 'Lô B4, KCN Thăng Long, Huyện Đông Anh', 'thanglongprecision.vn'], ['Công ty CP Nhựa Bình Minh Bắc', '0105678912', 'Hà Nội', 'Số 18 Phạm Hùng, Quận Nam Từ Liêm', 'binhminhbac.com.vn'], ['Công ty TNHH Dệt may Phú Thịnh', '0801122334', 'Hải Dương', 'KCN Đại An, TP Hải Dương', 'phuthinhtextile.vn'], ['Công ty CP Thực phẩm Hồng Hà', '2300456789', 'Bắc Ninh', 'KCN Quế Võ, TX Quế Võ', 'honghafood.vn'], ['Công ty TNHH Bao bì Việt Hưng', '0201987654', 'Hải Phòng', 'Số 25 Lê Hồng Phong, Quận Ngô Quyền', 'viethungpack.com'], ['Công ty CP Gạch men Vĩnh Phúc', '2500334455', 'Vĩnh Phúc', 'KCN Khai Quang, TP Vĩnh Yên', 'gachvinhphuc.com.vn']]
const ofFirm = (c) => row(OF_FIRMS, n(c) >> 1)
const OF_ROLE = [['Phòng Kỹ thuật', 'Trưởng phòng Kỹ thuật'], ['Phòng Mua hàng', 'Nhân viên mua hàng'], ['Ban Giám đốc', 'Phó Giám đốc'], ['Xưởng sản xuất', 'Quản đốc'], ['Phòng Bảo trì', 'Kỹ sư cơ điện'], ['Phòng Mua hàng', 'Trưởng phòng Mua hàng']]
const ofRole = (c) => row(OF_ROLE, n(c) % 6)
const ofStaff = (c) => row(['Trần Quang Huy', 'Lê Thu Hà', 'Nguyễn Đức Anh'], n(c) % 3)
// ---------------------------------------------------------------- 7. Zaapi contacts (th, P)
const zpChan = (c) => row(['LINE', 'LINE', 'Facebook', 'LINE', 'Instagram'], n(c) % 5)
const zpKnown = (c) => n(c) % 4 !== 3
// ---------------------------------------------------------------- 8. Zipevent attendees (th, B)
// [บริษัท, domain, ประเภทธุรกิจ, เลขประจำตัวผู้เสียภาษี, จังหวัด, ที่อยู่]
const ZE_FIRMS = [['บริษัท สยามโลจิสติกส์ เอ็กซ์เพรส จำกัด', 'siamlogex.co.th', 'ขนส่งและโลจิสติกส์', '0105558123456', 'สมุทรปราการ', '99/9 หมู่ 5 ถนนบางนา-ตราด กม.19 ตำบลบางโฉลง อำเภอบางพลี'], ['บริษัท ไทยฟู้ดส์ ดิสทริบิวชั่น จำกัด (มหาชน)', 'thaifoodsdist.com', 'อาหารและเครื่องดื่ม', '0107561000789', 'กรุงเทพมหานคร', '1 อาคารเอ็มไพร์ ชั้น 30 ถนนสาทรใต้ แขวงยานนาวา เขตสาทร'], ['บริษัท อีสเทิร์น ออโต้พาร์ท จำกัด', 'easternautoparts.co.th', 'ชิ้นส่วนยานยนต์', '0215560004321', 'ชลบุรี', '700/45 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี ตำบลดอนหัวฬ่อ อำเภอเมืองชลบุรี'], ['บริษัท เซ็นทรัล รีเทล ซัพพลาย จำกัด', 'crsupply.co.th', 'ค้าปลีก', '0105549012345', 'กรุงเทพมหานคร', '22 ซอยสุขุมวิท 42 แขวงพระโขนง เขตคลองเตย'], ['บริษัท นครหลวง คลังสินค้า จำกัด', 'nakhonluangwh.com', 'คลังสินค้า', '0145559001122', 'พระนครศรีอยุธยา', '55 หมู่ 2 นิคมอุตสาหกรรมโรจนะ ตำบลคานหาม อำเภออุทัย']]
const zeFirm = (c) => row(ZE_FIRMS, n(c) >> 1)
const ZE_ROLE = [['ฝ่ายซัพพลายเชน', 'ผู้จัดการฝ่ายซัพพลายเชน'], ['ฝ่ายไอที', 'IT Manager'], ['ฝ่ายปฏิบัติการ', 'หัวหน้าคลังสินค้า'], ['ฝ่ายจัดซื้อ', 'เจ้าหน้าที่จัดซื้ออาวุโส'], ['ผู้บริหาร', 'กรรมการผู้จัดการ'], ['ฝ่ายขนส่ง', 'Fleet Manager']]
const zeRole = (c) => row(ZE_ROLE, n(c) % 6)
const zeTicket = (c) => row([['Early Bird', 1500], ['บัตรทั่วไป', 2500], ['บัตรทั่วไป', 2500], ['VIP + Workshop', 5900], ['Exhibitor Pass', 0]], n(c) % 5)
const zeIn = (c) => n(c) % 4 !== 1
const ZE_DAY = Date.UTC(2024, 8, 18, 1, 30)
const zeReg = (c) => biz(ZE_DAY - (3 + n(c) % 45) * day - (n(c) * 7001) % 40000000, 7, 8, 15)
// ---------------------------------------------------------------- 9. 出前館 orders (ja, E)
// a Setagaya sushi shop with two stores: [商品, 税込価格]
const DM_ITEMS = [['特上にぎり（1人前）', 3480], ['上にぎり（1人前）', 2380], ['海鮮ちらし', 2180], ['鉄火巻き', 1280], ['茶碗蒸し', 380], ['お吸い物', 250], ['盛り合わせ 桶（3人前）', 6980]]
const dmLines = (o) => [row(DM_ITEMS, n(o)), row(DM_ITEMS, n(o) + 3)].slice(0, 1 + (n(o) % 2))
const dmSub = (o) => dmLines(o).reduce((s, [, p], k) => s + p * (k ? 1 : o.qty), 0)
const dmMode = (o) => (n(o) % 3 === 0 ? 'テイクアウト' : 'デリバリー')
const dmKind = (o) => (dmMode(o) === 'テイクアウト' ? '' : n(o) % 2 ? '自店配達' : '配達代行')
const dmFee = (o) => (dmMode(o) === 'テイクアウト' ? 0 : dmSub(o) >= 3000 ? 0 : 330)
const dmCoupon = (o) => (o.discount ? 500 : 0)
const dmPoint = (c, o) => (c.bool && n(o) % 4 === 1 ? 100 : 0)
const dmSt = (o) => row(['配達完了', '配達完了', '受付済み', '配達完了', 'キャンセル', '配達完了', '受取済み'], n(o) % 7)
const dmAt = (o) => biz(o.at, 9, 11, 11)
const dmPay = (o) => row(['クレジットカード', 'PayPay', '現金', 'クレジットカード', 'LINE Pay', 'd払い', 'Amazon Pay'], n(o) % 7)
// ---------------------------------------------------------------- 10. SmartVisca cards (ja, B)
// [会社名, domain, 郵便番号, 都道府県, 市区郡, 町名・番地, 建物, 代表電話]
const SV_FIRMS = [['株式会社北斗精機', 'hokuto-seiki.co.jp', '578-0921', '大阪府', '東大阪市', '水走3-4-18', '', '072-961-'], ['丸一工業株式会社', 'maruichi-kogyo.co.jp', '485-0074', '愛知県', '小牧市', '新小木2-31', '', '0568-73-'], ['東洋パッケージング株式会社', 'toyo-pkg.jp', '103-0023', '東京都', '中央区', '日本橋本町3-7-2', 'MFPR日本橋本町ビル8F', '03-6262-'], ['株式会社サンエイ化成', 'sanei-kasei.co.jp', '700-0907', '岡山県', '岡山市北区', '下石井2-1-3', '岡山第一生命ビル5F', '086-234-'], ['ひかり食品工業株式会社', 'hikari-foods.co.jp', '811-2304', '福岡県', '糟屋郡粕屋町', '大字仲原2845', '', '092-939-'], ['株式会社テクノ北陸', 'techno-hokuriku.jp', '920-8203', '石川県', '金沢市', '鞍月2-1', 'いしかわ次世代産業創造支援センター3F', '076-267-']]
const svFirm = (c) => row(SV_FIRMS, n(c) >> 1)
const SV_ROLE = [['製造部 生産技術課', '課長'], ['購買部', '主任'], ['', '常務取締役'], ['品質保証部', '部長'], ['設備保全課', '係長'], ['経営企画室', '室長']]
const svRole = (c) => row(SV_ROLE, n(c) % 6)
const svMet = (c) => ymd(jst(Date.UTC(2024, 0, 10) + ((n(c) * 7) % 300) * day), '/')
const sfid = (c, pre, salt) => `${pre}${v.alnum(seeded(c, salt), 15)}`
// ---------------------------------------------------------------- 11. 캐시노트 포인트 regulars (ko, P)
const cnVisits = (c) => 1 + (n(c) * 7) % 64
const cnEarned = (c) => cnVisits(c) * (180 + (n(c) % 5) * 45)
const cnUsed = (c) => (cnVisits(c) > 10 ? Math.floor(cnEarned(c) * 0.5 / 1000) * 1000 : 0)
const cnTier = (c) => (cnVisits(c) >= 30 ? 'VIP' : cnVisits(c) >= 10 ? '단골' : cnVisits(c) >= 2 ? '재방문' : '신규')
const cnConsent = (c) => n(c) % 5 !== 2
const dotted = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}`
// ---------------------------------------------------------------- 12. PChome 商店街 order lines (zh, E)
// a Tainan dried-fruit and tea shop: [商品編號, 商品名稱, 規格, 單價]
const PC_ITEMS = [['A001', '台南愛文芒果乾 200g', '無糖', 350], ['A004', '古早味鳳梨乾 300g', '原味', 280], ['T010', '阿里山高山烏龍茶 150g', '真空包', 680], ['G020', '台南伴手禮綜合禮盒', '六入', 1280], ['A007', '無花果乾 250g', '單包', 320], ['T015', '東方美人茶 茶包 20入', '盒裝', 450]]
const pcItem = (o, i) => row(PC_ITEMS, i + n(o))
const pcShip = (o) => row(['宅配', '7-11取貨', '全家取貨', '宅配', '7-11取貨', '郵局'], n(o) % 6)
const pcHome = (o) => ['宅配', '郵局'].includes(pcShip(o))
const pcFee = (o, i) => (pcItem(o, i)[3] * o.qty >= 1000 ? 0 : pcHome(o) ? 120 : 60)
const pcCoupon = (o) => (o.discount ? 100 : 0)
const pcSt = (o) => row(['已出貨', '已完成', '待出貨', '已完成', '已取消', '已完成', '退貨處理中'], n(o) % 7)
const pcPay = (o) => (pcHome(o) ? row(['信用卡一次付清', 'ATM虛擬帳號', 'Pi 拍錢包', 'LINE Pay', '貨到付款'], n(o) % 5) : row(['超商取貨付款', '信用卡一次付清', '超商取貨付款', 'Pi 拍錢包'], n(o) % 4))
const pcAt = (o) => biz(o.at, 8, 8, 16)
const pcTo = (c, o) => (n(o) % 4 === 0 ? who(c, 'tw', 'to') : twP(c))
const pcShipped = (o) => ['已出貨', '已完成', '退貨處理中'].includes(pcSt(o))

export const SETS = [
  // ---------------------------------------------------------------- India: grocery marketplace seller order lines
  { name: 'jiomart-seller-orders-report-in', product: 'JioMart Seller Central (Reliance Retail; Orders > Download Report, CSV one row per order line/shipment, English UI, a Jaipur hand-block-print home-textiles seller, IST, INR incl. GST)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `${ymd(ist(jmAt(o)), '').slice(2)}${pad((n(o) * 104729) % 10000000000, 10)}`, [OR('purchaseID')]],
    ['Order Item ID', (c, o, r, i) => `${pad((n(o) * 7919 + i) % 1000000000, 9)}01`, ['_id'], opt],
    ['Order Date', (c, o) => `${ymd(ist(jmAt(o)))} ${hms(ist(jmAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => jmSt(o), []],
    ['Seller SKU', (c, o, r, i) => jmItem(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => jmItem(o, i)[1], [PL('_id'), PL('SKU')], opt],
    ['Product Title', (c, o, r, i) => jmItem(o, i)[2], [PL('name')]],
    ['Vertical', (c, o, r, i) => jmItem(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['MRP', (c, o, r, i) => two(jmItem(o, i)[4]), [], opt],
    ['Selling Price', (c, o, r, i) => two(jmItem(o, i)[5]), [], opt],
    ['Shipping Charges', (c, o, r, i) => two(jmFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['Total Amount', (c, o, r, i) => two(jmSub(o, i) + jmFee(o, i)), [PL('priceTotal'), OR('priceTotal')]],
    ['Payment Mode', (c, o) => (n(o) % 3 === 0 ? 'COD' : 'Prepaid'), [OR('payments[0].paymentType')]],
    ['HSN Code', (c, o, r, i) => jmItem(o, i)[6], []],
    ['GST Rate (%)', (c, o, r, i) => String(jmItem(o, i)[7]), []],
    ['GST Amount', (c, o, r, i) => two(jmGst(o, i)), [OR('taxAmount')], opt],
    ['TCS Amount', (c, o, r, i) => two((jmSub(o, i) - jmGst(o, i)) * 0.005), []],
    ['Customer Name', (c) => jmTo(c).full, []],
    ['Shipping City', (c) => jmTo(c).city, [SHIP('city')]],
    ['Shipping State', (c) => jmTo(c).state, STATE(['commerce.shipping.address'])],
    ['Shipping Pincode', (c) => jmTo(c).pin, [SHIP('postalCode')]],
    ['Courier Partner', (c, o) => (jmShipped(o) ? jmCourier(o) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['AWB Number', (c, o) => (jmShipped(o) ? String(14000000000000 + (n(o) * 1299709) % 999999999999) : ''), ['commerce.shipping.trackingNumber']],
    ['Invoice Number', (c, o) => (jmShipped(o) ? `JBP/${jmFy(o)}/${pad(n(o) % 10000, 5)}` : ''), [], opt],
    ['Dispatch By Date', (c, o) => ymd(ist(jmAt(o) + 2 * day)), []],
    ['Shipped Date', (c, o) => (jmShipped(o) ? ymd(ist(jmAt(o) + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Delivered Date', (c, o) => (['Delivered'].includes(jmSt(o)) ? ymd(ist(jmAt(o) + (4 + n(o) % 4) * day)) : ''), [], opt],
    ['Cancellation Reason', (c, o) => (jmSt(o) === 'Cancelled' ? row(['Customer cancelled', 'Seller cancelled - out of stock'], n(o) % 2) : jmSt(o) === 'RTO Delivered' ? 'Customer not available' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Singapore: restaurant online ordering order lines
  { name: 'oddle-eats-orders-export-sg', product: 'Oddle Eats (Oddle; merchant dashboard: Orders > Export CSV, one row per ordered item, English UI, a Singapore Peranakan restaurant selling delivery, pick-up and festive bundles on its own Oddle web shop, SGT, SGD incl. 9% GST)', family: 'food-delivery', language: 'en', schema: E, cols: [
    ['Order No.', (c, o) => `OD-${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Order Placed At', (c, o) => `${dmy(sgt(odPlaced(o)), '/')} ${hm(sgt(odPlaced(o)))}`, ['timestamp', OR('createdDate')]],
    ['Outlet', (c, o) => (n(o) % 2 ? 'Katong' : 'Tanjong Pagar'), STORE, opt],
    ['Fulfilment Type', (c, o) => odType(o), ['commerce.shipping.shippingMethod', OR('orderType')], opt],
    ['Fulfilment Date', (c, o) => dmy(sgt(odAt(o)), '/'), [], opt],
    ['Fulfilment Time Slot', (c, o) => { const h = sgt(odAt(o)).H; return `${pad(h)}:00 - ${pad(h + 1)}:00` }, []],
    ['Order Status', (c, o) => row(['Completed', 'Completed', 'Accepted', 'Completed', 'Cancelled', 'Completed'], n(o) % 6), []],
    ['Payment Status', (c, o) => (n(o) % 6 === 4 ? 'Refunded' : 'Paid'), []],
    ['Payment Method', (c, o) => row(['Visa', 'PayNow', 'Mastercard', 'Apple Pay', 'GrabPay', 'Google Pay'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Customer Name', (c) => sgP(c).full, []],
    ['Customer Email', (c) => sgP(c).email, EMAIL_ID],
    ['Customer Phone', (c) => `+65 ${sgP(c).mobile.slice(0, 4)} ${sgP(c).mobile.slice(4)}`, PHONE_ID, opt],
    ['Delivery Address', (c, o) => (odType(o) === 'Delivery' ? sgP(c).street : ''), [SHIP('street1')]],
    ['Unit No.', (c, o) => (odType(o) === 'Delivery' ? sgP(c).unit : ''), [SHIP('street2')]],
    ['Postal Code', (c, o) => (odType(o) === 'Delivery' ? sgP(c).zip : ''), [SHIP('postalCode')]],
    ['Item Name', (c, o, r, i) => odItem(o, i)[0], [PL('name')]],
    ['Item Category', (c, o, r, i) => odItem(o, i)[1], [PL('productCategories[0].categoryName')]],
    ['Modifiers', (c, o, r, i) => odMod(o, i), [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => two(odItem(o, i)[2]), [], opt],
    ['Item Total', (c, o, r, i) => two(odSub(o, i)), [PL('priceTotal')]],
    ['Promo Code', (c, o) => (o.discount ? row(['CNY10', 'WELCOME10', 'KATONG10'], n(o) % 3) : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => two(odDisc(o, i)), [OR('discountAmount')]],
    ['Delivery Fee', (c, o, r, i) => two(odFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['GST (incl.)', (c, o, r, i) => two(odTotal(o, i) * 9 / 109), [OR('taxAmount')], opt],
    ['Order Total', (c, o, r, i) => two(odTotal(o, i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Special Instructions', (c, o) => row(['', '', 'No cutlery please', '', 'Call upon arrival', 'Leave at door'], n(o) % 6), []],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- India: retail loyalty members
  { name: 'easyrewardz-member-report-in', product: 'Easyrewardz (Loyalty+ admin: Reports > Member Report > Download, one row per enrolled member keyed by mobile number, English UI, a Mumbai-based ethnic-wear retail chain\'s loyalty programme, IST, INR)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Mobile No', (c) => inP(c).mobile, ['mobilePhone.number', '_id', 'personID']],
    ['Member ID', (c) => `ER${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Card Number', (c) => (n(c) % 3 === 0 ? `7000${pad((n(c) * 104729) % 1000000000000, 12)}` : ''), ['loyalty.cardsDetails[0].number'], opt],
    ['First Name', (c) => inP(c).first, ['person.name.firstName']],
    ['Last Name', (c) => inP(c).last, ['person.name.lastName']],
    ['Email ID', (c) => (n(c) % 4 === 3 ? '' : inP(c).email), ['personalEmail.address']],
    ['Gender', (c) => (inP(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => (n(c) % 5 === 1 ? '' : dMy(bd(c.birth))), ['person.birthDate']],
    ['Anniversary Date', (c) => (n(c) % 3 === 2 ? dMy(bd(c.birth + (9000 + n(c) % 2000) * day)) : ''), []],
    ['Address', (c) => (n(c) % 4 === 0 ? '' : inP(c).street), at(HOME, 'street1')],
    ['City', (c) => inP(c).city, at(HOME, 'city')],
    ['State', (c) => inP(c).state, STATE(HOME)],
    ['Pincode', (c) => (n(c) % 4 === 0 ? '' : inP(c).pin), at(HOME, 'postalCode')],
    ['Enrolled Store Code', (c) => row(EZ_STORES, n(c))[0], [], opt],
    ['Enrolled Store Name', (c) => row(EZ_STORES, n(c))[1], []],
    ['Enrollment Date', (c) => dMy(ist(c.created)), ['loyalty.joinDate']],
    ['Enrollment Channel', (c) => (row(EZ_STORES, n(c))[0] === 'ECOM-001' ? 'Website' : row(['POS', 'POS', 'Mobile App', 'POS'], n(c) % 4)), [], opt],
    ['Tier', (c) => ezTier(c), ['loyalty.tier']],
    ['Tier Expiry Date', (c) => dMy(ist(later(c) + 365 * day)), ['loyalty.tierExpiryDate'], opt],
    ['Available Points', (c) => String(ezLife(c) - ezUsed(c) - ezExp(c)), ['loyalty.points']],
    ['Lifetime Points Earned', (c) => String(ezLife(c)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(ezUsed(c)), ['loyalty.pointsRedeemed']],
    ['Points Expired', (c) => String(ezExp(c)), ['loyalty.expiredPoints']],
    ['Total Spend', (c) => lakh(ezSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['No. of Transactions', (c) => String(Math.max(1, Math.round(ezSpend(c) / (4200 + (n(c) % 7) * 900)))), []],
    ['Last Transaction Date', (c) => dMy(ist(later(c))), [], opt],
    ['SMS Opt-in', (c) => (n(c) % 7 === 3 ? 'N' : 'Y'), [], opt],
    ['Email Opt-in', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['WhatsApp Opt-in', (c) => (n(c) % 3 ? 'Y' : 'N'), [], opt],
  ] },
  // ---------------------------------------------------------------- Indonesia: payment gateway transactions
  { name: 'duitku-laporan-transaksi-id', product: 'Duitku (dashboard merchant: Transaksi > Riwayat Transaksi > Export Excel, one row per payment request, Indonesian UI, a Yogyakarta batik web shop on WooCommerce, WIB, IDR)', family: 'payments', language: 'id', schema: E, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['Tanggal Transaksi', (c, o) => `${ymd(ict(dkAt(o)))} ${hms(ict(dkAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Kode Merchant', () => 'D7431', []],
    ['Nama Proyek', () => 'Batik Sekar Jagad Online', [], opt],
    ['Merchant Order Id', (c, o) => `WC-${31000 + n(o) % 9000}`, [OR('purchaseID')]],
    ['Reference', (c, o, r) => `D7431${ymd(ict(dkAt(o)), '').slice(2, 6)}${v.alnum(r, 12).toUpperCase()}`, ['_id', OR('payments[0].transactionID')]],
    ['Metode Pembayaran', (c, o) => dkPay(o)[0], [OR('payments[0].paymentType')]],
    ['Kode Pembayaran', (c, o) => (dkPay(o)[0].includes('Virtual Account') || dkPay(o)[1] === 'BR' ? `${row(['70012', '89508', '88810', '12881'], n(o) % 4)}${pad((n(o) * 7919) % 100000000000, 11)}` : dkPay(o)[1] === 'IR' ? `DKI${pad((n(o) * 31) % 10000000, 7)}` : ''), [], opt],
    ['Detail Produk', (c, o) => `${dkItem(o)[0]} x${Math.min(o.qty, 2)}`, [PL('name')], opt],
    ['Jumlah', (c, o) => group(dkAmt(o), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Biaya Admin', (c, o) => group(dkSt(o) === 'SUCCESS' ? dkFee(o) : 0, '.'), []],
    ['Status', (c, o) => dkSt(o), []],
    ['Tanggal Pembayaran', (c, o) => (dkSt(o) === 'SUCCESS' ? `${ymd(ict(dkAt(o) + (3 + n(o) % 50) * 60000))} ${hms(ict(dkAt(o) + (3 + n(o) % 50) * 60000))}` : ''), [], opt],
    ['Tanggal Kedaluwarsa', (c, o) => `${ymd(ict(dkAt(o) + day))} ${hms(ict(dkAt(o) + day))}`, []],
    ['Nama Pelanggan', (c) => idP(c).full, []],
    ['Email Pelanggan', (c) => idP(c).email, EMAIL_ID],
    ['No. HP Pelanggan', (c) => idP(c).mobile, PHONE_ID, opt],
    ['Status Settlement', (c, o) => (dkSt(o) !== 'SUCCESS' ? '-' : n(o) % 5 === 0 ? 'Belum Settle' : 'Sudah Settle'), []],
    ['Tanggal Settlement', (c, o) => (dkSt(o) === 'SUCCESS' && n(o) % 5 ? ymd(ict(dkAt(o) + 2 * day)) : ''), []],
    ['Callback', (c, o) => (dkSt(o) === 'PENDING' ? 'Belum Terkirim' : 'Berhasil'), []],
  ] },
  // ---------------------------------------------------------------- Vietnam: payment gateway transactions
  { name: 'payoo-giao-dich-xuat-excel-vi', product: 'Payoo (Payoo Business / cổng merchant: Quản lý giao dịch > Tra cứu giao dịch > Xuất Excel, one row per payment, Vietnamese UI, a Ho Chi Minh City home-appliance web shop selling with 0% instalments, ICT, VND)', family: 'payments', language: 'vi', schema: E, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Ngày tạo', (c, o) => `${dmy(ict(pyAt(o)), '/')} ${hms(ict(pyAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Mã đơn hàng', (c, o) => `DH${ymd(ict(pyAt(o)), '').slice(2)}${pad(n(o) % 10000, 5)}`, [OR('purchaseID')]],
    ['Mã giao dịch Payoo', (c, o) => String(900000000000 + (n(o) * 104729) % 99999999999), ['_id', OR('payments[0].transactionID')]],
    ['Mô tả đơn hàng', (c, o) => `Thanh toán đơn hàng: ${pyItem(o)[0]}`, [PL('name')], opt],
    ['Tên khách hàng', (c) => viP(c).full, []],
    ['Email', (c) => viP(c).email, EMAIL_ID],
    ['Số điện thoại', (c) => viP(c).mobile, PHONE_ID, opt],
    ['Phương thức thanh toán', (c, o) => pyPay(o), [OR('payments[0].paymentType')]],
    ['Ngân hàng', (c, o) => (pyPay(o).startsWith('Ví') ? row(['Ví Payoo', 'MoMo', 'ZaloPay'], n(o) % 3) : pyPay(o).includes('cửa hàng') ? row(['Circle K', 'FamilyMart', 'Bách Hóa Xanh'], n(o) % 3) : pyBank(o)), [], opt],
    ['Số thẻ', (c, o) => (pyPay(o).startsWith('Thẻ') || pyPay(o).startsWith('Trả góp') ? `${pyPay(o).startsWith('Thẻ ATM') ? '970436' : '411111'}******${pad((n(o) * 37) % 10000, 4)}` : ''), []],
    ['Kỳ hạn trả góp', (c, o) => (pyPay(o).startsWith('Trả góp') ? row(['6 tháng', '12 tháng', '3 tháng'], n(o) % 3) : ''), []],
    ['Số tiền (VND)', (c, o) => vnd(pyItem(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Phí giao dịch', (c, o) => vnd(pyFee(o)), []],
    ['Số tiền thực nhận', (c, o) => vnd(pySt(o) === 'Thành công' ? pyItem(o)[1] - pyFee(o) : 0), [], opt],
    ['Trạng thái', (c, o) => pySt(o), []],
    ['Ngày thanh toán', (c, o) => (['Thành công', 'Đã hoàn tiền'].includes(pySt(o)) ? `${dmy(ict(pyAt(o) + 90000), '/')} ${hms(ict(pyAt(o) + 90000))}` : ''), [], opt],
    ['Số tiền hoàn', (c, o) => vnd(pySt(o) === 'Đã hoàn tiền' ? pyItem(o)[1] : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Ngày hoàn tiền', (c, o) => (pySt(o) === 'Đã hoàn tiền' ? dmy(ict(pyAt(o) + (3 + n(o) % 5) * day), '/') : ''), [], opt],
    ['Ngày đối soát', (c, o) => (pySt(o) === 'Thành công' ? dmy(ict(pyAt(o) + 2 * day), '/') : ''), []],
    ['Mã cửa hàng', () => 'SHOP_DIENMAYNHAXANH', [], opt],
  ] },
  // ---------------------------------------------------------------- Vietnam: CRM contacts
  { name: '1office-crm-lien-he-vi', product: '1Office (1OFFICE CRM: Khách hàng > Liên hệ > Xuất Excel, one row per contact person at a customer company, Vietnamese UI, a Hanoi air-compressor and industrial-equipment distributor)', family: 'crm', language: 'vi', schema: B, cols: [
    ['Mã liên hệ', (c) => `LH${pad((n(c) * 13) % 100000, 5)}`, B2BID],
    ['Danh xưng', (c) => (viP(c).female ? 'Chị' : 'Anh'), ['person.name.courtesyTitle']],
    ['Họ và tên', (c) => viP(c).full, ['person.name.fullName']],
    ['Giới tính', (c) => (viP(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c) => (n(c) % 3 === 0 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Khách hàng', (c) => ofFirm(c)[0], CO],
    ['Mã số thuế', (c) => ofFirm(c)[1], ACCT, opt],
    ['Phòng ban', (c) => ofRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Chức vụ', (c) => ofRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Di động', (c) => viP(c).mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 4 === 1 ? viP(c).email : `${viP(c).email.split('@')[0].replace(/\d+$/, '')}@${ofFirm(c)[4]}`), WE],
    ['Zalo', (c) => (n(c) % 3 === 1 ? viP(c).mobile : ''), [], opt],
    ['Địa chỉ', (c) => ofFirm(c)[3], [W('street1')]],
    ['Tỉnh/Thành phố', (c) => ofFirm(c)[2], [...STATE(['workAddress']), W('city')]],
    ['Nguồn', (c) => row(['Website', 'Hội chợ Vietnam Expo', 'Giới thiệu', 'Facebook Ads', 'Gọi điện'], n(c) % 5), ['b2b.personSource'], opt],
    ['Tình trạng', (c) => row(['Đang chăm sóc', 'Tiềm năng', 'Đã mua hàng', 'Ngừng liên hệ'], n(c) % 4), ['b2b.personStatus'], opt],
    ['Người phụ trách', (c) => ofStaff(c), []],
    ['Ngày tạo', (c) => `${dmy(ict(biz(c.created, 7, 8, 10)), '/')} ${hm(ict(biz(c.created, 7, 8, 10)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Người tạo', (c) => ofStaff(c), ['extSourceSystemAudit.createdBy'], opt],
    ['Tương tác gần nhất', (c) => dmy(ict(later(c)), '/'), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Ghi chú', (c) => row(['', 'Quan tâm máy nén khí trục vít 37kW', '', 'Hẹn khảo sát xưởng tháng sau', 'Đã gửi báo giá'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Thailand: chat-commerce contacts
  { name: 'zaapi-contacts-export-th', product: 'Zaapi (chat commerce inbox for LINE OA, Facebook and Instagram: ลูกค้า > ส่งออก CSV, one row per contact with the fields the admins filled in, Thai UI, a Bangkok skincare brand selling through its LINE Official Account)', family: 'marketing', language: 'th', schema: P, cols: [
    ['รหัสลูกค้า', (c) => v.hex(seeded(c, 'zp'), 24), ['_id', 'personID'], opt],
    ['ช่องทาง', (c) => zpChan(c), []],
    ['ไอดีช่องทาง', (c) => (zpChan(c) === 'LINE' ? `U${v.hex(seeded(c, 'zpu'), 32)}` : String(5000000000000000 + (n(c) * 7919) % 999999999999)), [...LINE_UID, '_id', 'personID'], opt],
    ['ชื่อที่แสดง', (c) => row([thP(c).nick, `${thP(c).nick} ✨`, thP(c).latinFirst[0].toUpperCase() + thP(c).latinFirst.slice(1), thP(c).first], n(c) % 4), []],
    ['ชื่อ', (c) => (zpKnown(c) ? thP(c).first : ''), ['person.name.firstName']],
    ['นามสกุล', (c) => (zpKnown(c) ? thP(c).last : ''), ['person.name.lastName']],
    ['เบอร์โทรศัพท์', (c) => (zpKnown(c) ? thP(c).mobile : ''), ['mobilePhone.number']],
    ['อีเมล', (c) => (zpKnown(c) && n(c) % 3 ? thP(c).email : ''), ['personalEmail.address']],
    ['เพศ', (c) => (zpKnown(c) ? (thP(c).female ? 'หญิง' : 'ชาย') : ''), ['person.gender']],
    ['วันเกิด', (c) => (zpKnown(c) && n(c) % 2 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['ที่อยู่', (c) => (zpKnown(c) ? thP(c).street : ''), [...at(HOME, 'street1'), 'shippingAddress.street1']],
    ['แขวง/ตำบล', (c) => (zpKnown(c) ? thP(c).sub : ''), [...at(HOME, 'street2'), 'shippingAddress.street2'], opt],
    ['เขต/อำเภอ', (c) => (zpKnown(c) ? thP(c).district : ''), [...at(HOME, 'city'), 'shippingAddress.city']],
    ['จังหวัด', (c) => (zpKnown(c) ? thP(c).province : ''), [...STATE(HOME), ...STATE(['shippingAddress'])]],
    ['รหัสไปรษณีย์', (c) => (zpKnown(c) ? thP(c).zip : ''), [...at(HOME, 'postalCode'), 'shippingAddress.postalCode']],
    ['แท็ก', (c) => row(['ลูกค้าใหม่', 'VIP, ผิวแพ้ง่าย', '', 'สั่งซ้ำ', 'รอโอน', 'สนใจเซรั่ม'], n(c) % 6), []],
    ['โน้ต', (c) => row(['', '', 'ขอใบกำกับภาษี', '', 'ส่ง Kerry เท่านั้น'], n(c) % 5), []],
    ['ผู้ดูแล', (c) => row(['แอดมินเมย์', 'แอดมินจูน', '-'], n(c) % 3), []],
    ['ยอดซื้อรวม', (c) => (zpKnown(c) ? two(((n(c) * 53) % 60) * 290) : '0.00'), ['loyalty.lifetimePurchases'], opt],
    ['จำนวนออเดอร์', (c) => (zpKnown(c) ? String((n(c) * 53) % 60 > 0 ? 1 + n(c) % 9 : 0) : '0'), []],
    ['วันที่เพิ่ม', (c) => `${dmy(ict(c.created), '/')} ${hm(ict(c.created))}`, [], opt],
    ['แชทล่าสุด', (c) => `${dmy(ict(later(c)), '/')} ${hm(ict(later(c)))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Thailand: event attendees
  { name: 'zipevent-attendee-list-th', product: 'Zipevent (ระบบผู้จัดงาน: จัดการผู้เข้าร่วม > รายชื่อผู้เข้าร่วม > ดาวน์โหลด Excel, one row per ticket with the registration form answers, Thai UI, a Bangkok supply-chain technology conference at BITEC)', family: 'events', language: 'th', schema: B, cols: [
    ['ลำดับ', (c, o, r, i) => String(i + 1), []],
    ['หมายเลขคำสั่งซื้อ', (c) => `ZE${pad((n(c) * 104729) % 100000000, 8)}`, [], opt],
    ['รหัสบัตร', (c) => `T${pad((n(c) * 7919) % 10000000, 7)}`, B2BID, opt],
    ['ประเภทบัตร', (c) => zeTicket(c)[0], [], opt],
    ['ราคาบัตร (บาท)', (c) => group(zeTicket(c)[1]), []],
    ['คำนำหน้า', (c) => (thP(c).female ? row(['นางสาว', 'นาง'], n(c) % 2) : 'นาย'), ['person.name.courtesyTitle']],
    ['ชื่อ', (c) => thP(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => thP(c).last, ['person.name.lastName']],
    ['อีเมล', (c) => (n(c) % 4 === 3 ? thP(c).email : `${thP(c).latinFirst}.${thP(c).latinLast.slice(0, 1)}@${zeFirm(c)[1]}`), WE],
    ['เบอร์โทรศัพท์', (c) => thP(c).mobile.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3'), ['mobilePhone.number']],
    ['ชื่อบริษัท/องค์กร', (c) => zeFirm(c)[0], CO],
    ['แผนก', (c) => zeRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['ตำแหน่ง', (c) => zeRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['ประเภทธุรกิจ', (c) => zeFirm(c)[2], []],
    ['จังหวัด', (c) => zeFirm(c)[4], STATE(['workAddress']), opt],
    ['เลขประจำตัวผู้เสียภาษี', (c) => (zeTicket(c)[1] ? zeFirm(c)[3] : ''), ACCT, opt],
    ['ที่อยู่สำหรับออกใบกำกับภาษี', (c) => (zeTicket(c)[1] ? `${zeFirm(c)[5]} จังหวัด${zeFirm(c)[4]}` : ''), [W('street1')], opt],
    ['วันที่ลงทะเบียน', (c) => `${dmy(ict(zeReg(c)), '/')} ${hm(ict(zeReg(c)))}`, [], opt],
    ['สถานะการชำระเงิน', (c) => (!zeTicket(c)[1] ? 'ไม่มีค่าใช้จ่าย' : n(c) % 9 === 4 ? 'รอชำระเงิน' : 'ชำระแล้ว'), []],
    ['เช็คอิน', (c) => (zeIn(c) ? 'เช็คอินแล้ว' : 'ยังไม่เช็คอิน'), []],
    ['เวลาเช็คอิน', (c) => (zeIn(c) ? `${dmy(ict(ZE_DAY + (n(c) % 150) * 60000), '/')} ${hm(ict(ZE_DAY + (n(c) % 150) * 60000))}` : ''), [], opt],
    ['ท่านรู้จักงานนี้จากช่องทางใด', (c) => row(['Facebook', 'อีเมลเชิญ', 'LinkedIn', 'เพื่อนแนะนำ', 'เว็บไซต์ Zipevent'], n(c) % 5), ['b2b.personSource'], opt],
    ['ยินยอมรับข่าวสารจากผู้จัดงาน', (c) => (c.bool ? 'ยินยอม' : 'ไม่ยินยอม'), [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: food-delivery marketplace shop orders
  { name: 'demaecan-kameiten-chumon-rireki-ja', product: '出前館 / Demae-can (加盟店管理画面: 注文履歴 > CSVダウンロード, one row per order, Japanese UI, a Setagaya sushi shop with two stores doing its own delivery and Demae-can courier delivery, JST, JPY tax-inclusive)', family: 'food-delivery', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => `${ymd(jst(dmAt(o)), '').slice(2)}${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['注文日時', (c, o) => `${ymd(jst(dmAt(o) - 40 * 60000), '/')} ${hms(jst(dmAt(o) - 40 * 60000))}`, ['timestamp', OR('createdDate')]],
    ['お届け希望日時', (c, o) => `${ymd(jst(dmAt(o)), '/')} ${hm(jst(dmAt(o)))}`, [], opt],
    ['店舗ID', (c, o) => (n(o) % 2 ? '2031457' : '2031458'), STORE, opt],
    ['店舗名', (c, o) => (n(o) % 2 ? 'すし処 まさ 三軒茶屋店' : 'すし処 まさ 経堂店'), STORE, opt],
    ['注文ステータス', (c, o) => (dmSt(o) === '配達完了' && dmMode(o) === 'テイクアウト' ? '受取済み' : dmSt(o) === '受取済み' && dmMode(o) === 'デリバリー' ? '配達完了' : dmSt(o)), []],
    ['受取方法', (c, o) => dmMode(o), [OR('orderType'), 'commerce.shipping.shippingMethod'], opt],
    ['配達区分', (c, o) => dmKind(o), ['commerce.shipping.shippingMethod'], opt],
    ['商品明細', (c, o) => dmLines(o).map(([nm], k) => `${nm}×${k ? 1 : o.qty}`).join('、'), [PL('name')], opt],
    ['商品点数', (c, o) => String(o.qty + dmLines(o).length - 1), [PL('quantity')], opt],
    ['商品小計', (c, o) => String(dmSub(o)), [], opt],
    ['配達料', (c, o) => String(dmFee(o)), ['commerce.shipping.shippingAmount']],
    ['クーポン割引額', (c, o) => String(dmCoupon(o)), [OR('discountAmount')]],
    ['ポイント利用額', (c, o) => String(dmPoint(c, o)), [], opt],
    ['お支払い金額', (c, o) => String(dmSub(o) + dmFee(o) - dmCoupon(o) - dmPoint(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['支払方法', (c, o) => dmPay(o), [OR('payments[0].paymentType')]],
    ['サービス利用料', (c, o) => String(Math.round(dmSub(o) * (dmKind(o) === '配達代行' ? 0.35 : 0.1))), []],
    ['お客様名', (c) => jaP(c).full, []],
    ['電話番号', (c) => jaP(c).mobile, PHONE_ID, opt],
    ['郵便番号', (c, o) => (dmMode(o) === 'デリバリー' ? jaP(c).zip : ''), [SHIP('postalCode')]],
    ['お届け先住所', (c, o) => (dmMode(o) === 'デリバリー' ? jaP(c).addr : ''), [SHIP('street1')]],
    ['建物名・部屋番号', (c, o) => (dmMode(o) === 'デリバリー' ? jaP(c).bldg : ''), [SHIP('street2')]],
    ['置き配', (c, o) => (dmMode(o) === 'デリバリー' && n(o) % 4 === 1 ? '希望する' : '希望しない'), []],
    ['ご要望', (c, o) => row(['', 'わさび抜きでお願いします', '', '子ども用に1つさび抜き', 'インターホンを押さないでください', ''], n(o) % 6), []],
    ['初回注文', (c, o) => (n(o) % 5 === 0 ? '○' : ''), [], opt],
    ['キャンセル日時', (c, o) => (dmSt(o) === 'キャンセル' ? `${ymd(jst(dmAt(o) - 30 * 60000), '/')} ${hms(jst(dmAt(o) - 30 * 60000))}` : ''), [OR('cancelDate')], opt],
    ['キャンセル理由', (c, o) => (dmSt(o) === 'キャンセル' ? row(['お客様都合', '店舗都合（品切れ）'], n(o) % 2) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: business cards
  { name: 'smartvisca-meishi-export-ja', product: 'SmartVisca (サンブリッジ; Salesforce上の名刺管理: 名刺 > レポート > エクスポート, one row per scanned card, Japanese UI, an Osaka packaging-machinery maker\'s sales department)', family: 'b2b-cards', language: 'ja', schema: B, cols: [
    ['名刺ID', (c) => sfid(c, 'a0V5j', 'svid'), B2BID, opt],
    ['氏名', (c) => jaP(c).full, ['person.name.fullName']],
    ['姓', (c) => jaP(c).last, ['person.name.lastName']],
    ['名', (c) => jaP(c).first, ['person.name.firstName']],
    ['姓(カナ)', (c) => jaP(c).lastKana, []],
    ['名(カナ)', (c) => jaP(c).firstKana, []],
    ['会社名', (c) => svFirm(c)[0], CO],
    ['部署名', (c) => svRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => svRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['郵便番号', (c) => svFirm(c)[2], [W('postalCode')]],
    ['都道府県', (c) => svFirm(c)[3], STATE(['workAddress'])],
    ['市区郡', (c) => svFirm(c)[4], [W('city')]],
    ['町名・番地', (c) => svFirm(c)[5], [W('street1')]],
    ['建物名', (c) => svFirm(c)[6], [W('street2')]],
    ['電話番号', (c) => `${svFirm(c)[7]}${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['FAX', (c) => (n(c) % 3 === 2 ? '' : `${svFirm(c)[7]}${pad((n(c) * 13 + 1) % 10000, 4)}`), ['faxPhone.number']],
    ['携帯電話', (c) => (n(c) % 2 ? jaP(c).mobile : ''), ['mobilePhone.number']],
    ['メールアドレス', (c) => `${jaP(c).latinLast}${n(c) % 2 ? '.' : '-'}${jaP(c).latinFirst.slice(0, n(c) % 3 ? 99 : 1)}@${svFirm(c)[1]}`, WE],
    ['URL', (c) => `https://www.${svFirm(c)[1]}/`, ['b2b.companyWebsite']],
    ['名刺交換日', (c) => svMet(c), [], opt],
    ['名刺交換場所', (c) => row(['JAPAN PACK 2023', '訪問', '国際食品工業展 FOOMA JAPAN', '訪問', 'ものづくりワールド大阪'], n(c) % 5), ['b2b.personSource'], opt],
    ['所有者', (c) => row(['山本 健一', '石井 恵', '岡田 悠'], n(c) % 3), []],
    ['取引先', (c) => (n(c) % 4 === 3 ? '' : sfid(c, '0015j', 'acc')), ACCT, opt],
    ['最新の名刺', (c) => (n(c) % 5 === 1 ? '0' : '1'), []],
    ['メモ', (c) => row(['', '', '新ライン導入を検討中', '', '来期予算取り中、3月に再訪'], n(c) % 5), []],
    ['作成日', (c) => `${svMet(c)} ${hm(jst(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['最終更新日', (c) => ymd(jst(Date.UTC(2024, 10, 1) + (n(c) % 40) * day), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Korea: point-loyalty regulars
  { name: 'cashnote-point-dangol-gogaek-ko', product: '캐시노트 포인트 / Cashnote Point (한국신용데이터; 캐시노트 사장님 웹: 단골 관리 > 고객 목록 > 엑셀 다운로드, one row per customer who earned points on the counter tablet, Korean UI, a Daegu bakery café)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['고객명', (c) => (n(c) % 3 === 0 ? koP(c).full : ''), ['person.name.fullName']],
    ['전화번호', (c) => koP(c).mobile, ['mobilePhone.number', '_id', 'personID']],
    ['고객 등급', (c) => cnTier(c), ['loyalty.tier']],
    ['보유 포인트', (c) => group(cnEarned(c) - cnUsed(c)), ['loyalty.points']],
    ['누적 적립 포인트', (c) => group(cnEarned(c)), ['loyalty.lifetimePoints']],
    ['누적 사용 포인트', (c) => group(cnUsed(c)), ['loyalty.pointsRedeemed']],
    ['소멸 예정 포인트', (c) => group(n(c) % 4 === 1 ? Math.min(cnEarned(c) - cnUsed(c), 500) : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['방문 횟수', (c) => String(cnVisits(c)), []],
    ['누적 결제 금액', (c) => group(cnVisits(c) * (6500 + (n(c) % 9) * 1100)), ['loyalty.lifetimePurchases'], opt],
    ['첫 방문일', (c) => dotted(jst(c.created)), ['loyalty.joinDate'], opt],
    ['최근 방문일', (c) => dotted(jst(later(c, 200))), [], opt],
    ['생일', (c) => (n(c) % 4 === 2 ? '' : `${pad(bd(c.birth).m)}-${pad(bd(c.birth).d)}`), ['person.birthDayAndMonth']],
    ['성별', (c) => (n(c) % 4 === 2 ? '' : koP(c).female ? '여성' : '남성'), ['person.gender']],
    ['연령대', (c) => (n(c) % 4 === 2 ? '' : `${Math.floor((2024 - bd(c.birth).y) / 10) * 10}대`), [], opt],
    ['마케팅 수신 동의', (c) => (cnConsent(c) ? '동의' : '미동의'), [], opt],
    ['수신 동의일', (c) => (cnConsent(c) ? dotted(jst(c.created)) : ''), [], opt],
    ['적립 경로', (c) => row(['포인트 태블릿', '포인트 태블릿', '카카오톡 알림톡', '네이버 주문'], n(c) % 4), [], opt],
    ['메모', (c) => row(['', '', '소금빵 단골', '', '케이크 예약 고객', '아이스 아메리카노 샷 추가'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Taiwan: marketplace shop order lines
  { name: 'pchome-shangdianjie-dingdan-zh', product: 'PChome 商店街 (商店街 店長後台: 訂單管理 > 訂單查詢 > 匯出訂單 CSV, one row per ordered item, Traditional Chinese UI, a Tainan dried-fruit and tea shop shipping by home delivery and convenience-store pickup, Taiwan time, TWD)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o) => `${ymd(shift(pcAt(o), 8), '')}${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['訂購時間', (c, o) => `${ymd(shift(pcAt(o), 8), '/')} ${hms(shift(pcAt(o), 8))}`, ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o) => pcSt(o), []],
    ['會員帳號', (c) => twP(c).email, [...CUST_ID, ...EMAIL_ID], opt],
    ['訂購人姓名', (c) => twP(c).full, []],
    ['訂購人手機', (c) => twP(c).mobile, PHONE_ID, opt],
    ['訂購人Email', (c) => twP(c).email, EMAIL_ID],
    ['商品編號', (c, o, r, i) => pcItem(o, i)[0], [PL('SKU')]],
    ['商品名稱', (c, o, r, i) => pcItem(o, i)[1], [PL('name')]],
    ['規格', (c, o, r, i) => pcItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['單價', (c, o, r, i) => String(pcItem(o, i)[3]), [], opt],
    ['小計', (c, o, r, i) => String(pcItem(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['運費', (c, o, r, i) => String(pcFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['折價券', (c, o) => String(pcCoupon(o)), [OR('discountAmount')]],
    ['訂單總金額', (c, o, r, i) => String(pcItem(o, i)[3] * o.qty + pcFee(o, i) - pcCoupon(o)), [OR('priceTotal')]],
    ['付款方式', (c, o) => pcPay(o), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o) => (pcSt(o) === '已取消' ? '已退款' : pcPay(o).includes('取貨付款') || pcPay(o) === '貨到付款' ? '未付款' : '已付款'), []],
    ['配送方式', (c, o) => pcShip(o), ['commerce.shipping.shippingMethod']],
    ['收件人姓名', (c, o) => pcTo(c, o).full, []],
    ['收件人手機', (c, o) => pcTo(c, o).mobile, [], opt],
    ['郵遞區號', (c, o) => (pcHome(o) ? pcTo(c, o).zip3 : ''), [SHIP('postalCode')]],
    ['收件地址', (c, o) => (pcHome(o) ? `${pcTo(c, o).county}${pcTo(c, o).dist}${pcTo(c, o).street}` : ''), [SHIP('street1')]],
    ['取貨門市', (c, o) => (pcHome(o) ? '' : pcShip(o) === '7-11取貨' ? `統一超商 ${row(['成大門市', '東寧門市', '裕農門市', '崇學門市'], n(c))}` : `全家便利商店 ${row(['台南東門店', '永康中華店', '台南裕農店'], n(c))}`), [], opt],
    ['發票類型', (c, o) => row(['電子發票（會員載具）', '手機條碼載具', '三聯式發票', '電子發票（會員載具）', '捐贈發票'], n(o) % 5), []],
    ['統一編號', (c, o) => (n(o) % 5 === 2 ? String(24500000 + (n(o) * 131) % 99999) : ''), [], opt],
    ['出貨日期', (c, o) => (pcShipped(o) ? ymd(shift(pcAt(o) + (1 + n(o) % 2) * day, 8), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['物流編號', (c, o) => (!pcShipped(o) ? '' : pcHome(o) ? `${6000 + n(o) % 900}${pad((n(o) * 104729) % 100000000, 8)}` : `${pad((n(o) * 7307) % 100000000000, 11)}`), ['commerce.shipping.trackingNumber']],
    ['買家留言', (c, o) => row(['', '', '送禮用，請勿放價格單', '', '請週末送達', ''], n(o) % 6), []],
  ] },
]
