// Round 71, heldout180: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Thai, Vietnamese, Indonesian, Malaysian and Philippine exports, headers
// in the product's UI language: a Thai event-ticketing platform's attendee export for an organiser (Ticketmelon) and
// a Thai cloud accounting program's contact list (PEAK) (th/en 2); a Vietnamese landing-page builder's order list
// (LadiPage, LadiSales orders) and a Vietnamese hotel PMS's guest list (EZCloud) (vi 2); an Indonesian crowdfunding
// platform's donor report for a fundraiser (Kitabisa) (id 1); a Malaysian direct-debit collection platform's
// collection list (Curlec) and a Malaysian cloud accounting program's contact list (Bukku) (en-MY 2); a Philippine
// clinic EMR's patient list (SeriousMD) (en-PH 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product (public searches found no column list for any of the
// eight); PEAK's contact code, contact type, name and 13-digit number columns follow its help pages on the contact
// import, and Curlec's mandate reference, collection amount (RM) and collection date follow its help pages on batch
// collections. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, B2BID } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, shift, hash, group } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = ['homeAddress', 'mailingAddress']
const at = (objs, leaf) => objs.map((o) => `${o}.${leaf}`)
// local clocks: Thailand, Vietnam and Jakarta +7; Malaysia and the Philippines +8 (none keeps summer time)
const ict = (ms) => shift(ms, 7)
const myt = (ms) => shift(ms, 8)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x51ed270b); r(); r(); return r }
const d = (r, k) => Array.from({ length: k }, () => v.int(r, 0, 9)).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const TH = { m: [['สมชาย', 'Somchai'], ['ธนากร', 'Thanakorn'], ['ณัฐพล', 'Nattapon'], ['กิตติพัฒน์', 'Kittipat'], ['วีรยุทธ', 'Weerayut'], ['ปิยะ', 'Piya'], ['อนุชา', 'Anucha']],
  f: [['สุภาวดี', 'Supawadee'], ['ณัฐธิดา', 'Nattida'], ['พิมพ์ชนก', 'Pimchanok'], ['กมลวรรณ', 'Kamonwan'], ['ศิริพร', 'Siriporn'], ['ปวีณา', 'Paweena'], ['ชนิดา', 'Chanida']],
  last: [['ศรีสุข', 'Srisuk'], ['วงศ์สวัสดิ์', 'Wongsawat'], ['แก้วมณี', 'Kaewmanee'], ['ทองดี', 'Thongdee'], ['บุญมา', 'Boonma'], ['จันทร์เพ็ญ', 'Chanpen'], ['สุวรรณรัตน์', 'Suwannarat'], ['พึ่งทอง', 'Puengthong'], ['เจริญสุข', 'Charoensuk']] }
const th = (c) => {
  const r = seeded(c, 'th'), female = r() < 0.5
  const f = v.pick(r, female ? TH.f : TH.m), l = v.pick(r, TH.last)
  return { female, first: f[0], last: l[0], firstEn: f[1], lastEn: l[1], full: `${f[0]} ${l[0]}`,
    email: `${f[1].toLowerCase()}.${l[1].toLowerCase().slice(0, 4)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com'])}`,
    mobile: `0${v.pick(r, ['81', '86', '89', '92', '95', '98', '63', '64'])}${d(r, 7)}`, age: v.int(r, 19, 44) }
}
const VN = { m: [['Văn', 'Hùng'], ['Minh', 'Tuấn'], ['Đức', 'Nam'], ['Quang', 'Khoa'], ['Hữu', 'Long'], ['Tiến', 'Dũng']],
  f: [['Thị', 'Lan'], ['Ngọc', 'Hương'], ['Thu', 'Trang'], ['Thùy', 'Linh'], ['Thanh', 'Mai'], ['Phương', 'Thảo']],
  last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'],
  // [tỉnh/thành phố, quận/huyện, phường/xã, đường]
  places: [['TP. Hồ Chí Minh', 'Quận 3', 'Phường Võ Thị Sáu', 'Nguyễn Đình Chiểu'], ['TP. Hồ Chí Minh', 'Quận Bình Thạnh', 'Phường 25', 'Điện Biên Phủ'], ['TP. Hồ Chí Minh', 'TP. Thủ Đức', 'Phường Thảo Điền', 'Quốc Hương'],
    ['Hà Nội', 'Quận Cầu Giấy', 'Phường Dịch Vọng Hậu', 'Trần Thái Tông'], ['Hà Nội', 'Quận Đống Đa', 'Phường Láng Hạ', 'Láng Hạ'], ['Đà Nẵng', 'Quận Hải Châu', 'Phường Thạch Thang', 'Lê Lợi'], ['Cần Thơ', 'Quận Ninh Kiều', 'Phường Tân An', 'Hai Bà Trưng'], ['Bình Dương', 'TP. Thủ Dầu Một', 'Phường Phú Cường', 'Yersin']] }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z]/g, '')
const vn = (c) => {
  const r = seeded(c, 'vn'), female = r() < 0.5
  const [mid, first] = v.pick(r, female ? VN.f : VN.m), last = v.pick(r, VN.last), pl = v.pick(r, VN.places)
  return { female, first, last, mid, full: `${last} ${mid} ${first}`, email: `${ascii(first)}${ascii(last)}${v.int(r, 80, 2005)}@gmail.com`,
    mobile: `0${v.pick(r, ['90', '91', '93', '97', '98', '32', '35', '38', '70', '77', '86'])}${d(r, 7)}`, prov: pl[0], dist: pl[1], ward: pl[2], street: `${v.int(r, 2, 420)} ${pl[3]}`, no: v.int(r, 1, 99) }
}
const ID_ = { m: ['Budi', 'Agus', 'Rizky', 'Dimas', 'Fajar', 'Andi', 'Yoga', 'Hendra'], f: ['Siti', 'Dewi', 'Putri', 'Rina', 'Ayu', 'Nurul', 'Indah', 'Fitri'],
  last: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Lestari', 'Kurniawan', 'Nugroho', 'Setiawan', 'Rahmawati', 'Siregar', 'Simanjuntak', ''] }
const idn = (c) => {
  const r = seeded(c, 'id'), female = r() < 0.5
  const first = v.pick(r, female ? ID_.f : ID_.m), last = v.pick(r, ID_.last)
  return { female, first, last, full: last ? `${first} ${last}` : first,
    email: `${first.toLowerCase()}${last ? v.pick(r, ['.', '', '_']) + last.toLowerCase() : ''}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'])}`,
    mobile: `08${v.pick(r, ['12', '13', '21', '52', '56', '77', '78', '95', '57'])}${d(r, v.pick(r, [7, 8]))}` }
}
const MY = { names: [['Ahmad Faiz bin Ismail', 'M'], ['Nur Aisyah binti Rahman', 'F'], ['Tan Wei Ming', 'M'], ['Lim Mei Ling', 'F'], ['Suresh a/l Rajan', 'M'], ['Kavitha a/p Subramaniam', 'F'], ['Muhammad Hafiz bin Zainal', 'M'], ['Wong Kar Hoe', 'M'], ['Siti Nurhaliza binti Kamal', 'F'], ['Chong Pei Shan', 'F'], ['Mohd Azlan bin Yusof', 'M'], ['Ng Jia Hui', 'F']],
  // [bandar, negeri, poskod, jalan]
  places: [['Petaling Jaya', 'Selangor', '47301', 'Jalan SS 21/37, Damansara Utama'], ['Kuala Lumpur', 'W.P. Kuala Lumpur', '50450', 'Jalan Ampang'], ['Johor Bahru', 'Johor', '80250', 'Jalan Tebrau'], ['George Town', 'Pulau Pinang', '10200', 'Lebuh Bishop'],
    ['Shah Alam', 'Selangor', '40150', 'Jalan Setia Prima, Setia Alam'], ['Ipoh', 'Perak', '30450', 'Jalan Sultan Idris Shah'], ['Kota Kinabalu', 'Sabah', '88000', 'Jalan Gaya'], ['Cheras', 'W.P. Kuala Lumpur', '56000', 'Jalan Cerdas, Taman Connaught']] }
const my = (c) => {
  const r = seeded(c, 'my'), [full, g] = v.pick(r, MY.names), pl = v.pick(r, MY.places)
  const b = shift(c.birth, 0)
  const nric = `${String(b.y).slice(2)}${pad(b.m)}${pad(b.d)}-${v.pick(r, ['10', '14', '08', '01', '12'])}-${v.int(r, 100, 999)}${v.pick(r, g === 'M' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8])}`
  const slug = full.split(' ')[0].toLowerCase()
  return { full, female: g === 'F', nric, email: `${slug}${v.pick(r, ['.', '_', ''])}${full.split(' ').slice(-1)[0].toLowerCase().replace(/[^a-z]/g, '')}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.my'])}`,
    mobile: `01${v.pick(r, ['2', '3', '6', '7', '9', '1'])}-${d(r, 7)}`, city: pl[0], state: pl[1], pc: pl[2], street: `No. ${v.int(r, 1, 88)}, ${pl[3]}` }
}
const PH = { m: ['Juan Carlo', 'Mark Anthony', 'John Paul', 'Jerome', 'Rafael', 'Christian', 'Jose Miguel', 'Ronald'], f: ['Maria Theresa', 'Kristine', 'Jasmine', 'Angelica', 'Mary Grace', 'Camille', 'Princess', 'Rowena'],
  last: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Flores', 'Navarro', 'Pascual'],
  // [city, province, street, barangay, zip]
  places: [['Quezon City', 'Metro Manila', 'Mapagmahal St.', 'Brgy. Pinyahan', '1100'], ['Makati City', 'Metro Manila', 'Jupiter St.', 'Brgy. Bel-Air', '1209'], ['Pasig City', 'Metro Manila', 'Dr. Sixto Antonio Ave.', 'Brgy. Kapasigan', '1600'],
    ['Cebu City', 'Cebu', 'Gorordo Ave.', 'Brgy. Lahug', '6000'], ['Davao City', 'Davao del Sur', 'J.P. Laurel Ave.', 'Brgy. Bajada', '8000'], ['Antipolo City', 'Rizal', 'Sumulong Hwy.', 'Brgy. Mambugan', '1870'], ['Dasmariñas', 'Cavite', 'Aguinaldo Hwy.', 'Brgy. Salitran', '4114'], ['San Fernando', 'Pampanga', 'MacArthur Hwy.', 'Brgy. Dolores', '2000']] }
const ph = (c) => {
  const r = seeded(c, 'ph'), female = r() < 0.5
  const first = v.pick(r, female ? PH.f : PH.m), last = v.pick(r, PH.last)
  let mid = v.pick(r, PH.last); if (mid === last) mid = 'Lopez'
  const pl = v.pick(r, PH.places)
  return { female, first, last, mid, suffix: !female && r() < 0.12 ? v.pick(r, ['Jr.', 'III']) : '',
    email: r() < 0.2 ? '' : `${first.split(' ')[0].toLowerCase()}${last.toLowerCase().replace(/ /g, '')}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.ph'])}`,
    mobile: `09${v.pick(r, ['17', '18', '19', '27', '55', '66', '77', '98'])}${d(r, 7)}`, city: pl[0], prov: pl[1], street: `${v.int(r, 3, 480)} ${pl[2]}, ${pl[3]}`, zip: pl[4], r1: r(), r2: r() }
}

// ---------------------------------------------------------------- Ticketmelon (Thailand)
const tmEvt = (o) => row([['Wonderfruit Warm-up: Bangkok Night Market Sessions', 'TM-WF24'], ['Trail Run Khao Yai 2025', 'TM-TKY25'], ['Indie Wave Festival Chiang Mai', 'TM-IWF25']], n(o) % 3)
const tmTix = (o) => row([['Early Bird', 1200], ['General Admission', 1500], ['VIP', 3500], ['Regular Pass', 1800], ['Student (ID required)', 900]], (n(o) >> 1) % 5)
const tmDisc = (o) => (n(o) % 7 === 3 ? ['MELON10', 0.1] : n(o) % 11 === 5 ? ['FRIENDS200', 200] : ['', 0])
const tmD = (o) => { const [, p] = tmTix(o), [, k] = tmDisc(o); return k ? (k < 1 ? p * k : k) : 0 }
const tmFee = (o) => Math.round((tmTix(o)[1] - tmD(o)) * 0.05 * 100) / 100
const tmPay = (o) => row(['Credit/Debit Card', 'PromptPay', 'Credit/Debit Card', 'TrueMoney Wallet', 'Rabbit LINE Pay', 'PromptPay'], n(o) % 6)
const tmSt = (o) => (n(o) % 23 === 4 ? 'Refunded' : 'Paid')
const tmT = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${hm(p)}` }
const baht = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- Kitabisa (Indonesia)
const kbCamp = (o) => row(['Bantu Adik Raka Sembuh dari Leukemia', 'Sedekah Air Bersih untuk Warga NTT', 'Bangun Kembali Sekolah Rusak Pasca Gempa Cianjur'], n(o) % 3)
const kbAmt = (o) => row([10000, 25000, 50000, 20000, 100000, 15000, 250000, 30000, 500000, 50000, 75000, 1000000], n(o) % 12)
const kbPay = (o) => row(['GoPay', 'DANA', 'BCA Virtual Account', 'ShopeePay', 'Mandiri Virtual Account', 'OVO', 'QRIS', 'BRI Virtual Account', 'Kartu Kredit'], n(o) % 9)
const kbSt = (o) => (n(o) % 17 === 6 ? 'Kedaluwarsa' : n(o) % 19 === 2 ? 'Menunggu Pembayaran' : 'Sukses')
const rp = (x) => `Rp${group(x, '.')}`
const kbT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hms(p)}` }
const kbMsg = (o) => row(['Semoga lekas sembuh adik Raka, aamiin', '', 'Bismillah, semoga berkah', '', 'Semangat! Semoga cepat terkumpul', 'Titip doa untuk almarhum ayah saya', '', 'Aamiin ya rabbal alamin'], n(o) % 8)

// ---------------------------------------------------------------- Curlec (Malaysia)
const cuPlan = (o) => row([['Monthly Membership - Premium', 199], ['Tuition Fee (Monthly)', 350], ['Takaful Contribution', 128.5], ['Monthly Donation', 50], ['Gym Membership', 149], ['Water Filter Rental', 88]], n(o) % 6)
const cuBank = (o) => row(['Maybank', 'CIMB Bank', 'Public Bank', 'RHB Bank', 'Hong Leong Bank', 'Bank Islam', 'AmBank', 'Bank Rakyat'], (n(o) >> 2) % 8)
const cuSt = (o) => row(['Success', 'Success', 'Success', 'Failed', 'Success', 'Success', 'Pending', 'Success', 'Success', 'Failed'], n(o) % 10)
const cuWhy = (o) => (cuSt(o) === 'Failed' ? row(['Insufficient Funds', 'Account Closed', 'Mandate Cancelled by Payer'], n(o) % 3) : cuSt(o) === 'Pending' ? 'Awaiting bank response' : 'Approved')
const cuT = (ms) => { const p = myt(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${hms(p)}` }
const cuD = (ms) => dmy(myt(ms), '-')

// ---------------------------------------------------------------- LadiPage / LadiSales (Vietnam)
const ldItem = (o) => row([['Serum Vitamin C 30ml', 'SRVC30', 289000], ['Combo 3 hộp trà thảo mộc', 'TTM-CB3', 450000], ['Áo thun cotton basic', 'ATB-TRANG-M', 159000], ['Nồi chiên không dầu 6L', 'NCKD6L', 1290000], ['Khóa học Excel cơ bản', 'KH-EXCEL01', 599000], ['Kem chống nắng SPF50', 'KCN50', 245000]], n(o) % 6)
const ldQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 1 : 0)
const ldShip = (o) => (ldItem(o)[0].startsWith('Khóa học') ? 0 : row([30000, 25000, 0, 35000], n(o) % 4))
const ldDisc = (o) => (n(o) % 5 === 2 ? 50000 : 0)
const ldTot = (o) => ldItem(o)[2] * ldQty(o) + ldShip(o) - ldDisc(o)
const vnd = (x) => group(x, '.')
const ldT = (ms) => { const p = ict(ms); return `${hm(p)} ${dmy(p, '/')}` }

// ---------------------------------------------------------------- EZCloud (Vietnam)
const ezGuest = (c) => (n(c) % 4 === 1 ? row([['Kim Min-jun', 'Hàn Quốc', 'M'], ['Sarah Thompson', 'Úc', 'F'], ['Tanaka Yui', 'Nhật Bản', 'F'], ['Liu Yang', 'Trung Quốc', 'M'], ['David Müller', 'Đức', 'M']], n(c) % 5) : null)

// ---------------------------------------------------------------- PEAK (Thailand)
const TH_CO = [['บริษัท สยามฟู้ดเทรดดิ้ง จำกัด', 'siamfoodtrading.co.th'], ['ห้างหุ้นส่วนจำกัด เชียงใหม่ก่อสร้างวัสดุ', ''], ['บริษัท ไทยแพ็คเกจจิ้ง โซลูชั่น จำกัด', 'thaipackaging.com'], ['บริษัท บางนาโลจิสติกส์ จำกัด', 'bangnalogistics.co.th'], ['บริษัท กรีนเทค เอ็นจิเนียริ่ง จำกัด (มหาชน)', 'greentech.co.th'], ['บริษัท ภูเก็ต ทราเวล เซอร์วิส จำกัด', 'phukettravelservice.com'], ['บริษัท ดีไซน์ สตูดิโอ 89 จำกัด', 'designstudio89.com']]
// [ที่อยู่, แขวง/ตำบล, เขต/อำเภอ, จังหวัด, รหัสไปรษณีย์, โทร]
const TH_ADDR = [['99/12 ถนนสุขุมวิท 71', 'คลองตันเหนือ', 'วัฒนา', 'กรุงเทพมหานคร', '10110', '02'], ['88 หมู่ 4 ถนนบางนา-ตราด กม.5', 'บางแก้ว', 'บางพลี', 'สมุทรปราการ', '10540', '02'], ['215 ถนนช้างคลาน', 'ช้างคลาน', 'เมืองเชียงใหม่', 'เชียงใหม่', '50100', '053'],
  ['1/7 ถนนรัชดาภิเษก', 'ดินแดง', 'ดินแดง', 'กรุงเทพมหานคร', '10400', '02'], ['45/3 ถนนเทพกระษัตรี', 'รัษฎา', 'เมืองภูเก็ต', 'ภูเก็ต', '83000', '076'], ['320 ถนนมิตรภาพ', 'ในเมือง', 'เมืองขอนแก่น', 'ขอนแก่น', '40000', '043'], ['12 ซอยลาดพร้าว 101', 'คลองจั่น', 'บางกะปิ', 'กรุงเทพมหานคร', '10240', '02']]
const pkCo = (c) => (n(c) % 5 === 4 ? null : row(TH_CO, n(c) % 7))
const pkAd = (c) => row(TH_ADDR, (n(c) >> 1) % 7)
const thTel = (c, p) => (p === '02' ? `02-${d(seeded(c, 'tel'), 3)}-${d(seeded(c, 'tel2'), 4)}` : `${p}-${d(seeded(c, 'tel'), 6)}`)
const taxTh = (c, juristic) => `${juristic ? '0105' : v.pick(seeded(c, 'tx0'), ['1', '3'])}${d(seeded(c, 'tx'), juristic ? 9 : 12)}`

// ---------------------------------------------------------------- Bukku (Malaysia)
const MY_CO = [['Syarikat Maju Jaya Sdn. Bhd.', '201801012345 (1274455-A)', 'majujaya.com.my'], ['Kedai Runcit Ah Seng', '', ''], ['Green Leaf Trading Sdn. Bhd.', '201501033221 (1158832-K)', 'greenleaf.my'],
  ['Pustaka Ilmu Enterprise', '202103145678 (003254871-W)', ''], ['Borneo Logistics Sdn. Bhd.', '200901004567 (845210-U)', 'borneologistics.com'], ['Nexus Digital Solutions Sdn. Bhd.', '201901028899 (1337540-P)', 'nexusdigital.my'], ['Restoran Selera Kampung', '202003221100 (002987654-D)', '']]
const bkCo = (c) => row(MY_CO, n(c) % 7)

export const SETS = [
  // ------------------------------------------------------------ Ticketmelon: organiser dashboard > Attendees > Export (one row per ticket)
  { name: 'ticketmelon-attendees', product: 'Ticketmelon', family: 'events', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `TM${String(n(o) * 7919 % 9000000 + 1000000)}`, [OR('purchaseID')]],
    ['Ticket ID', (c, o) => `${tmEvt(o)[1]}-${String(n(o) * 104729 % 900000 + 100000)}`, ['_id']],
    ['Event', (c, o) => tmEvt(o)[0], [], opt],
    ['Ticket Type', (c, o) => tmTix(o)[0], [PL('name')]],
    ['Ticket Price', (c, o) => baht(tmTix(o)[1]), [PL('priceTotal')], opt],
    ['Currency', () => 'THB', [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')]],
    ['Promo Code', (c, o) => tmDisc(o)[0], ['commerce.promotionID']],
    ['Discount', (c, o) => baht(tmD(o)), [OR('discountAmount'), PL('discountAmount')]],
    ['Service Fee', (c, o) => baht(tmFee(o)), []],
    ['Total Paid', (c, o) => baht(tmTix(o)[1] - tmD(o) + tmFee(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Method', (c, o) => tmPay(o), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => tmSt(o), []],
    ['Purchased At', (c, o) => tmT(o.at), ['timestamp', OR('createdDate')]],
    ['Buyer Name', (c) => `${th(c).firstEn} ${th(c).lastEn}`, []],
    ['Buyer Email', (c) => th(c).email, EMAIL_ID],
    ['Buyer Phone', (c) => th(c).mobile, PHONE_ID],
    ['Attendee First Name', (c, o) => (n(o) % 4 === 1 ? th(c).first : th(c).firstEn), []],
    ['Attendee Last Name', (c, o) => (n(o) % 4 === 1 ? th(c).last : th(c).lastEn), []],
    ['Attendee Email', (c, o) => (n(o) % 6 === 2 ? `${th(c).firstEn.toLowerCase()}.friend@gmail.com` : th(c).email), EMAIL_ID, opt],
    ['Gender', (c) => (th(c).female ? 'Female' : 'Male'), []],
    ['Age', (c) => String(th(c).age), []],
    ['Nationality', (c, o) => (n(o) % 9 === 0 ? 'Myanmar' : 'Thai'), []],
    ['T-Shirt Size', (c, o) => (tmEvt(o)[1] === 'TM-TKY25' ? row(['S', 'M', 'L', 'XL'], n(o) % 4) : ''), []],
    ['Checked In', (c, o) => (tmSt(o) === 'Refunded' ? 'No' : n(o) % 3 ? 'Yes' : 'No'), []],
    ['Check-in Time', (c, o) => (tmSt(o) !== 'Refunded' && n(o) % 3 ? tmT(o.at + (12 + n(o) % 30) * 86400000) : ''), [], opt],
  ] },

  // ------------------------------------------------------------ Kitabisa: dasbor penggalang dana > Donatur > Unduh (one row per donation)
  { name: 'kitabisa-donatur', product: 'Kitabisa', family: 'donations', language: 'id', schema: E, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['ID Donasi', (c, o) => `KB${String(n(o) * 48271 % 90000000 + 10000000)}`, ['_id', OR('payments[0].transactionID')]],
    ['Tanggal Donasi', (c, o) => kbT(o.at), ['timestamp']],
    ['Judul Galang Dana', (c, o) => kbCamp(o), [], opt],
    ['Nama Donatur', (c, o) => (n(o) % 6 === 1 ? 'Orang Baik' : idn(c).full), []],
    ['Email', (c) => idn(c).email, EMAIL_ID],
    ['Nomor Handphone', (c, o) => (n(o) % 5 === 3 ? '' : idn(c).mobile), PHONE_ID],
    ['Nominal Donasi', (c, o) => rp(kbAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Donasi Operasional', (c, o) => rp(Math.round(kbAmt(o) * 0.05)), []],
    ['Metode Pembayaran', (c, o) => kbPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => kbSt(o), []],
    ['Anonim', (c, o) => (n(o) % 6 === 1 ? 'Ya' : 'Tidak'), []],
    ['Doa & Dukungan', (c, o) => kbMsg(o), []],
    ['Donasi Rutin', (c, o) => (n(o) % 8 === 5 ? 'Ya' : 'Tidak'), []],
    ['Fundraiser', (c, o) => (n(o) % 4 === 0 ? row(['Rumah Zakat Bandung', 'Andika Prasetyo', 'Komunitas Peduli Anak'], n(o) % 3) : ''), []],
    ['Sumber', (c, o) => row(['Aplikasi Android', 'Web', 'Aplikasi iOS', 'Web', 'Aplikasi Android'], n(o) % 5), [], opt],
    ['utm_source', (c, o) => row(['', 'instagram', 'whatsapp', 'facebook', '', 'tiktok'], n(o) % 6), [], opt],
    ['utm_campaign', (c, o) => row(['', 'ramadan2025', 'share_wa', 'ads_fb_q2', '', ''], n(o) % 6), ['marketing.campaignName'], opt],
  ] },
  // ------------------------------------------------------------ Curlec: merchant dashboard > Collections > Export (one row per direct-debit collection)
  { name: 'curlec-collections', product: 'Curlec', family: 'payments', language: 'en', schema: E, cols: [
    ['Collection ID', (c, o) => `CL${String(n(o) * 7307 % 90000000 + 10000000)}`, ['_id', OR('payments[0].transactionID')]],
    ['Mandate Reference No.', (c) => `MD${String(n(c) * 31 % 9000000 + 1000000)}`, [], opt],
    ['Reference No.', (c, o) => `INV-${cuD(o.at).slice(-4)}${pad(n(o) % 10000, 4)}`, [OR('purchaseID')], opt],
    ['Customer Name', (c) => my(c).full, []],
    ['ID Type', (c, o) => (n(c) % 9 === 4 ? 'Passport No.' : 'NRIC'), []],
    ['ID Number', (c, o) => (n(c) % 9 === 4 ? `A${d(seeded(c, 'pp'), 8)}` : my(c).nric), []],
    ['Email Address', (c) => my(c).email, EMAIL_ID],
    ['Phone Number', (c) => my(c).mobile, PHONE_ID],
    ['Bank Name', (c, o) => cuBank(o), []],
    ['Purpose of Payment', (c, o) => cuPlan(o)[0], [PL('name')], opt],
    ['Frequency', (c, o) => (cuPlan(o)[0].includes('Tuition') ? 'Monthly' : row(['Monthly', 'Monthly', 'Weekly', 'Yearly'], n(o) % 4)), []],
    ['Payment Method', (c, o) => (n(o) % 4 === 3 ? 'Card' : 'FPX Direct Debit'), [OR('payments[0].paymentType')]],
    ['Amount (RM)', (c, o) => cuPlan(o)[1].toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Collection Date', (c, o) => cuD(o.at), ['timestamp']],
    ['Status', (c, o) => cuSt(o), []],
    ['Status Description', (c, o) => cuWhy(o), []],
    ['Batch No.', (c, o) => `B${ymd(myt(o.at), '')}-${pad(n(o) % 7 + 1, 2)}`, []],
    ['Remarks', (c, o) => row(['', '', 'Auto collection', '', 'Retry after failed debit'], n(o) % 5), []],
    ['Created At', (c, o) => cuT(o.at - 3 * 86400000), [OR('createdDate')], opt],
  ] },
  // ------------------------------------------------------------ LadiPage (LadiSales): Đơn hàng > Xuất file (one row per order)
  { name: 'ladipage-don-hang', product: 'LadiPage', family: 'ecommerce-orders', language: 'vi', schema: E, cols: [
    ['Mã đơn hàng', (c, o) => `#${String(10000 + n(o) % 89999)}`, ['_id', OR('purchaseID')]],
    ['Ngày tạo', (c, o) => ldT(o.at), ['timestamp', OR('createdDate')]],
    ['Trạng thái đơn hàng', (c, o) => row(['Mới', 'Đã xác nhận', 'Đang giao', 'Hoàn thành', 'Hoàn thành', 'Đã hủy'], n(o) % 6), []],
    ['Trạng thái thanh toán', (c, o) => (n(o) % 6 === 5 ? 'Chưa thanh toán' : n(o) % 3 === 0 ? 'Đã thanh toán' : 'Chưa thanh toán'), []],
    ['Họ và tên', (c) => vn(c).full, []],
    ['Số điện thoại', (c) => vn(c).mobile, PHONE_ID],
    ['Email', (c, o) => (n(o) % 3 === 1 ? '' : vn(c).email), EMAIL_ID],
    ['Địa chỉ', (c) => vn(c).street, [SHIP('street1')]],
    ['Phường/Xã', (c) => vn(c).ward, [SHIP('street2')], opt],
    ['Quận/Huyện', (c) => vn(c).dist, [SHIP('city'), SHIP('region')], opt],
    ['Tỉnh/Thành phố', (c) => vn(c).prov, [...STATE(['commerce.shipping.address']), SHIP('city')]],
    ['Sản phẩm', (c, o) => ldItem(o)[0], [PL('name')]],
    ['Mã sản phẩm', (c, o) => ldItem(o)[1], [PL('SKU')]],
    ['Số lượng', (c, o) => String(ldQty(o)), [PL('quantity')]],
    ['Đơn giá', (c, o) => vnd(ldItem(o)[2]), [], opt],
    ['Tạm tính', (c, o) => vnd(ldItem(o)[2] * ldQty(o)), [PL('priceTotal')], opt],
    ['Phí vận chuyển', (c, o) => vnd(ldShip(o)), ['commerce.shipping.shippingAmount']],
    ['Mã giảm giá', (c, o) => (ldDisc(o) ? 'GIAM50K' : ''), ['commerce.promotionID']],
    ['Giảm giá', (c, o) => vnd(ldDisc(o)), [OR('discountAmount')]],
    ['Tổng tiền', (c, o) => vnd(ldTot(o)), [OR('priceTotal')]],
    ['Phương thức thanh toán', (c, o) => (n(o) % 3 === 0 ? 'Chuyển khoản ngân hàng' : 'Thanh toán khi nhận hàng (COD)'), [OR('payments[0].paymentType')]],
    ['Đơn vị vận chuyển', (c, o) => (ldShip(o) || !ldItem(o)[0].startsWith('Khóa') ? row(['Giao Hàng Tiết Kiệm', 'Giao Hàng Nhanh', 'Viettel Post', 'J&T Express'], n(o) % 4) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Mã vận đơn', (c, o) => (n(o) % 6 >= 2 && n(o) % 6 <= 4 && !ldItem(o)[0].startsWith('Khóa') ? `S${d(seeded(c, o.id), 8)}.BO${d(seeded(c, o.id + 'x'), 4)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Ghi chú', (c, o) => row(['', 'Giao giờ hành chính', '', 'Gọi trước khi giao', ''], n(o) % 5), []],
    ['Nguồn', (c, o) => row(['Landing page', 'Landing page', 'Facebook', 'Zalo', 'Thêm thủ công'], n(o) % 5), [], opt],
    ['URL', (c, o) => row(['https://serum.shopxinh.vn/', 'https://trathaomoc.ladi.me/combo3', 'https://khoahoc.excelpro.vn/co-ban', 'https://noichien.giadungviet.vn/'], n(o) % 4), ['web.webPageDetails.URL'], opt],
    ['UTM Source', (c, o) => row(['facebook', '', 'google', 'tiktok', 'zalo'], n(o) % 5), [], opt],
    ['UTM Campaign', (c, o) => row(['sale_11_11', '', 'search_brand', 'video_review', ''], n(o) % 5), ['marketing.campaignName'], opt],
  ] },

  // ------------------------------------------------------------ SeriousMD: My Patients > Export (one row per patient)
  { name: 'seriousmd-patients', product: 'SeriousMD', family: 'healthcare', language: 'en', schema: P, cols: [
    ['Patient ID', (c) => String(2400000 + n(c) * 7 % 900000), ID],
    ['Last Name', (c) => ph(c).last, ['person.name.lastName']],
    ['First Name', (c) => ph(c).first, ['person.name.firstName']],
    ['Middle Name', (c) => ph(c).mid, ['person.name.middleName']],
    ['Suffix', (c) => ph(c).suffix, ['person.name.suffix']],
    ['Birthdate', (c) => { const p = shift(c.birth, 0); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }, ['person.birthDate']],
    ['Age', (c) => String(2025 - shift(c.birth, 0).y), []],
    ['Sex', (c) => (ph(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Civil Status', (c) => row(['Single', 'Married', 'Married', 'Single', 'Widowed', 'Separated'], n(c) % 6), ['person.maritalStatus']],
    ['Mobile Number', (c) => ph(c).mobile, ['mobilePhone.number']],
    ['Landline', (c) => (ph(c).r1 < 0.25 ? `(02) 8${d(seeded(c, 'll'), 3)}-${d(seeded(c, 'll2'), 4)}` : ''), ['homePhone.number']],
    ['Email', (c) => ph(c).email, ['personalEmail.address']],
    ['Address', (c) => ph(c).street, at(HOMES, 'street1')],
    ['City/Municipality', (c) => ph(c).city, at(HOMES, 'city')],
    ['Province', (c) => ph(c).prov, STATE(HOMES)],
    ['Zip Code', (c) => ph(c).zip, at(HOMES, 'postalCode')],
    ['Nationality', (c) => (ph(c).r2 < 0.06 ? 'American' : 'Filipino'), ['person.nationality']],
    ['Occupation', (c) => row(['Teacher', 'Call Center Agent', 'Nurse', 'Engineer', 'Housewife', 'Student', 'Retired', 'Business Owner'], n(c) % 8), [], opt],
    ['Company', (c) => (n(c) % 3 === 0 ? row(['Accenture', 'Jollibee Foods Corp.', 'BDO Unibank', 'Concentrix'], n(c) % 4) : ''), ['organizations[0]'], opt],
    ['Blood Type', (c) => row(['O+', 'A+', 'B+', '', 'AB+', 'O+'], n(c) % 6), []],
    ['HMO', (c) => row(['Maxicare', 'Intellicare', '', 'Medicard', 'PhilCare', '', 'Cocolife'], n(c) % 7), []],
    ['HMO Card No.', (c) => (n(c) % 7 === 2 || n(c) % 7 === 5 ? '' : d(seeded(c, 'hmo'), 12)), []],
    ['PhilHealth No.', (c) => `${d(seeded(c, 'phh'), 2)}-${d(seeded(c, 'phh1'), 9)}-${d(seeded(c, 'phh2'), 1)}`, []],
    ['Senior Citizen/PWD No.', (c) => (2025 - shift(c.birth, 0).y >= 60 ? `SC-${d(seeded(c, 'sc'), 6)}` : ''), []],
    ['Emergency Contact Person', (c) => `${row(PH.f, n(c) % 8)} ${ph(c).last}`, []],
    ['Emergency Contact Number', (c) => `09${d(seeded(c, 'em'), 9)}`, []],
    ['Referred By', (c) => row(['', 'Dr. Ramon Tan', '', 'Walk-in', 'Facebook'], n(c) % 5), []],
    ['Date Added', (c) => { const p = myt(c.created); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }, [], opt],
    ['Last Visit', (c) => { const p = myt(c.updated); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }, []],
  ] },
  // ------------------------------------------------------------ EZCloud (ezCloudhotel PMS): Khách hàng > Xuất Excel (one row per guest profile)
  { name: 'ezcloud-khach-hang', product: 'EZCloud', family: 'hospitality', language: 'vi', schema: P, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Mã khách hàng', (c) => `KH${pad(n(c) % 100000, 6)}`, ID],
    ['Họ và tên', (c) => (ezGuest(c) ? ezGuest(c)[0] : vn(c).full), ['person.name.fullName']],
    ['Giới tính', (c) => ((ezGuest(c) ? ezGuest(c)[2] === 'F' : vn(c).female) ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c) => dmy(shift(c.birth, 0), '/'), ['person.birthDate']],
    ['Quốc tịch', (c) => (ezGuest(c) ? ezGuest(c)[1] : 'Việt Nam'), ['person.nationality']],
    ['Loại giấy tờ', (c) => (ezGuest(c) ? 'Hộ chiếu' : 'CCCD'), []],
    ['Số giấy tờ', (c) => (ezGuest(c) ? `${row(['M', 'PA', 'TR', 'E', 'C'], n(c) % 5)}${d(seeded(c, 'pp'), 7)}` : `0${d(seeded(c, 'cccd'), 11)}`), []],
    ['Ngày cấp', (c) => dmy(shift(c.created - 900 * 86400000, 0), '/'), []],
    ['Số điện thoại', (c) => (ezGuest(c) ? '' : vn(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c) => (ezGuest(c) ? `${ascii(ezGuest(c)[0]).slice(0, 10)}@gmail.com` : vn(c).email), ['personalEmail.address']],
    ['Địa chỉ', (c) => (ezGuest(c) ? '' : `${vn(c).street}, ${vn(c).ward}, ${vn(c).dist}`), at(HOMES, 'street1')],
    ['Tỉnh/Thành phố', (c) => (ezGuest(c) ? '' : vn(c).prov), [...STATE(HOMES), ...at(HOMES, 'city')]],
    ['Quốc gia', (c) => (ezGuest(c) ? ezGuest(c)[1] : 'Việt Nam'), at(HOMES, 'country')],
    ['Công ty', (c) => (n(c) % 5 === 2 ? row(['Công ty TNHH Du lịch Sao Việt', 'Công ty CP Công nghệ FPT', 'Ngân hàng TMCP Á Châu'], n(c) % 3) : ''), ['organizations[0]'], opt],
    ['Mã số thuế', (c) => (n(c) % 5 === 2 ? `0${d(seeded(c, 'mst'), 9)}` : ''), [], opt],
    ['Nhóm khách hàng', (c) => row(['Khách lẻ', 'Khách đoàn', 'Khách lẻ', 'OTA', 'Khách công ty'], n(c) % 5), []],
    ['Hạng thành viên', (c) => row(['Thành viên', 'Bạc', 'Vàng', 'Thành viên', 'Kim cương'], n(c) % 5), ['loyalty.tier']],
    ['Điểm tích lũy', (c) => String((n(c) * 37) % 4800), ['loyalty.points']],
    ['Số lần lưu trú', (c) => String(1 + n(c) % 9), []],
    ['Tổng chi tiêu', (c) => vnd(1200000 + (n(c) * 7919) % 48000000), ['loyalty.lifetimePurchases'], opt],
    ['Lần lưu trú gần nhất', (c) => dmy(ict(c.updated), '/'), []],
    ['Ghi chú', (c) => row(['', 'Thích phòng tầng cao', '', 'Dị ứng hải sản', 'Khách VIP - đón sân bay'], n(c) % 5), []],
  ] },

  // ------------------------------------------------------------ PEAK: ผู้ติดต่อ > ดูภาพรวม > Export (one row per contact)
  { name: 'peak-contacts-th', product: 'PEAK', family: 'accounting-contacts', language: 'th', schema: B, cols: [
    ['รหัสผู้ติดต่อ', (c) => `C${pad(n(c) % 100000, 5)}`, B2BID],
    ['ประเภท', (c) => row(['ลูกค้า', 'ลูกค้า', 'ผู้จำหน่าย', 'ลูกค้า/ผู้จำหน่าย'], n(c) % 4), ['b2b.personType'], opt],
    ['ประเภทกิจการ', (c) => (pkCo(c) ? 'นิติบุคคล' : 'บุคคลธรรมดา'), []],
    ['สัญชาติ', () => 'ไทย', []],
    ['เลขทะเบียน 13 หลัก', (c) => taxTh(c, !!pkCo(c)), [], opt],
    ['สำนักงาน/สาขา', (c) => (pkCo(c) ? (n(c) % 6 === 1 ? 'สาขา 00002' : 'สำนักงานใหญ่') : ''), []],
    ['ชื่อกิจการ', (c) => (pkCo(c) ? pkCo(c)[0] : ''), CO],
    ['คำนำหน้า', (c) => (th(c).female ? row(['คุณ', 'นางสาว', 'นาง'], n(c) % 3) : row(['คุณ', 'นาย'], n(c) % 2)), ['person.name.courtesyTitle']],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อผู้ติดต่อ', (c) => (pkCo(c) ? th(c).full : ''), ['person.name.fullName'], opt],
    ['ที่อยู่', (c) => pkAd(c)[0], at(['workAddress', 'homeAddress'], 'street1')],
    ['แขวง/ตำบล', (c) => pkAd(c)[1], at(['workAddress', 'homeAddress'], 'street2'), opt],
    ['เขต/อำเภอ', (c) => pkAd(c)[2], at(['workAddress', 'homeAddress'], 'city')],
    ['จังหวัด', (c) => pkAd(c)[3], STATE(['workAddress', 'homeAddress'])],
    ['ประเทศ', () => 'ไทย', at(['workAddress', 'homeAddress'], 'country')],
    ['รหัสไปรษณีย์', (c) => pkAd(c)[4], at(['workAddress', 'homeAddress'], 'postalCode')],
    ['อีเมล', (c) => (pkCo(c) && pkCo(c)[1] ? `${th(c).firstEn.toLowerCase()}@${pkCo(c)[1]}` : th(c).email), WE],
    ['เบอร์โทรศัพท์', (c) => (pkCo(c) ? thTel(c, pkAd(c)[5]) : ''), ['workPhone.number']],
    ['เบอร์มือถือ', (c) => `${th(c).mobile.slice(0, 3)}-${th(c).mobile.slice(3, 6)}-${th(c).mobile.slice(6)}`, ['mobilePhone.number']],
    ['เว็บไซต์', (c) => (pkCo(c) && pkCo(c)[1] ? `www.${pkCo(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['ธนาคาร', (c) => row(['ธนาคารกสิกรไทย', 'ธนาคารไทยพาณิชย์', '', 'ธนาคารกรุงเทพ', 'ธนาคารกรุงไทย'], n(c) % 5), []],
    ['เลขที่บัญชี', (c) => (n(c) % 5 === 2 ? '' : `${d(seeded(c, 'ba'), 3)}-${d(seeded(c, 'ba1'), 1)}-${d(seeded(c, 'ba2'), 5)}-${d(seeded(c, 'ba3'), 1)}`), []],
    ['เครดิต (วัน)', (c) => row(['30', '0', '15', '30', '60', '45'], n(c) % 6), []],
    ['หมายเหตุ', (c) => row(['', '', 'ส่งใบกำกับภาษีทางอีเมล', '', 'หัก ณ ที่จ่าย 3%'], n(c) % 5), []],
  ] },
  // ------------------------------------------------------------ Bukku: Contacts > Export (one row per contact)
  { name: 'bukku-contacts', product: 'Bukku', family: 'accounting-contacts', language: 'en', schema: B, cols: [
    ['Contact No.', (c) => `CT-${pad(n(c) % 10000, 5)}`, B2BID],
    ['Type', (c) => row(['Customer', 'Customer', 'Supplier', 'Customer, Supplier'], n(c) % 4), ['b2b.personType'], opt],
    ['Legal Name', (c) => bkCo(c)[0], CO],
    ['Other Name', (c) => (n(c) % 3 === 0 ? bkCo(c)[0].replace(/ Sdn\. Bhd\.$/, '') : ''), CO, opt],
    ['Registration No.', (c) => bkCo(c)[1], []],
    ['TIN', (c) => (bkCo(c)[1] ? `C${d(seeded(c, 'tin'), 10)}0` : `IG${d(seeded(c, 'tin'), 10)}0`), [], opt],
    ['SST Registration No.', (c) => (n(c) % 4 === 1 ? `W10-${d(seeded(c, 'sst'), 4)}-${d(seeded(c, 'sst1'), 8)}` : ''), []],
    ['Contact Person', (c) => my(c).full, ['person.name.fullName']],
    ['Email', (c) => (bkCo(c)[2] ? `${my(c).full.split(' ')[0].toLowerCase()}@${bkCo(c)[2]}` : my(c).email), WE],
    ['Phone', (c) => (bkCo(c)[2] ? `03-${d(seeded(c, 'off'), 4)} ${d(seeded(c, 'off1'), 4)}` : ''), ['workPhone.number']],
    ['Mobile', (c) => my(c).mobile, ['mobilePhone.number']],
    ['Website', (c) => (bkCo(c)[2] ? `https://${bkCo(c)[2]}` : ''), ['b2b.companyWebsite']],
    ['Billing Address', (c) => my(c).street, [W('street1')]],
    ['Billing City', (c) => my(c).city, [W('city')]],
    ['Billing Postcode', (c) => my(c).pc, [W('postalCode')]],
    ['Billing State', (c) => my(c).state, STATE(['workAddress'])],
    ['Billing Country', () => 'Malaysia', [W('country')]],
    ['Shipping Address', (c) => (n(c) % 3 === 2 ? `Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung` : ''), [], opt],
    ['Currency', (c) => (n(c) % 11 === 3 ? 'SGD' : 'MYR'), []],
    ['Credit Terms', (c) => row(['Net 30', 'C.O.D.', 'Net 14', 'Net 30', 'Net 60'], n(c) % 5), []],
    ['Price Level', (c) => row(['', 'Wholesale', '', 'Retail'], n(c) % 4), []],
    ['Tags', (c) => row(['', 'Klang Valley', 'Key Account', '', 'Online'], n(c) % 5), []],
    ['Remarks', (c) => row(['', 'Send e-Invoice to finance email', '', 'Payment via DuitNow'], n(c) % 4), []],
    ['Created At', (c) => { const p = myt(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
