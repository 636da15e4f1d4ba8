// Round 72, tune142: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Vietnamese, Indonesian, Malaysian and Philippine exports, headers in each
// product's UI language: a Vietnamese bus-ticket marketplace's booking list for a bus operator (VeXeRe), a Vietnamese
// hospital-booking platform's examination-slip list for a private clinic (Medpro), a Vietnamese POS's customer list
// (Suno.vn, a Hanoi fashion shop) and a Vietnamese CRM's contact list (Fastwork CRM, an office-equipment distributor)
// (vi 4); an Indonesian card and QRIS acceptance provider's transaction report (Cashlez, a Jakarta coffee shop), an
// Indonesian social-commerce marketplace's order export for a supplier brand (Evermos, a Bandung Muslim-fashion
// brand), an Indonesian e-mail marketing service's subscriber export (Mailketing, an online cooking class) and an
// Indonesian distribution ERP's customer master template (MAS Software, a Surabaya food distributor's outlets with
// their contact person) (id 4); a Malaysian agent and stockist system's agent list (Ejen2u, a skincare brand) (ms 1);
// a Philippine clinic-queue and appointment app's appointment export (NowServing, a Quezon City paediatric clinic)
// (en-PH 1).
// E 5, P 3, B 2.
// Headers: MAS Software follows its public help page listing the customer import template's columns (the first 18, in
// their order); the other nine are written from the writer's knowledge of each product (no public listing of the
// columns was found in the time available); a subset of each export's columns, in the order the writer knows. Nothing
// was copied from a real export; every value is generated.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, hm12, group, dec, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const SHIPA = ['commerce.shipping.address']
// local clocks: Vietnam and western Indonesia +7, Malaysia and the Philippines +8 (no summer time)
const ict = (ms) => shift(ms, 7)
const myt = (ms) => shift(ms, 8)
// the same instant moved into opening hours [lo, hi] of a UTC+k clock
const inHours = (ms, k, lo = 8, hi = 20) => { const H = shift(ms, k).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x7a3c1420); r(); r(); return r }
const ascii = (s) => s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const dmyHM = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const dmyHMS = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const ymdHMS = (p) => `${ymd(p)} ${hms(p)}`
const vnd = (x) => group(x, '.')
const rp = (x) => group(x, '.')

// ---------------------------------------------------------------- local people, seeded by the row's person
const POOL = {
  vi: { m: ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Khoa', 'Phúc', 'Long', 'Hiếu', 'Quang', 'Bảo'], f: ['Lan', 'Hương', 'Trang', 'Linh', 'Ngân', 'Thảo', 'Vy', 'Hà', 'Mai', 'Yến'],
    mid: { m: ['Văn', 'Minh', 'Đức', 'Quốc', 'Thanh', 'Hoàng'], f: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Bảo', 'Phương'] },
    last: ['Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'] },
  id: { m: ['Budi', 'Agus', 'Rizky', 'Dimas', 'Andi', 'Fajar', 'Hendra', 'Yoga', 'Arif', 'Reza'], f: ['Siti', 'Dewi', 'Putri', 'Ayu', 'Rina', 'Intan', 'Nurul', 'Fitri', 'Anisa', 'Wulan'],
    last: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kurniawan', 'Setiawan', 'Nugroho', 'Siregar', 'Hasibuan', 'Maulana', 'Rahmawati', 'Susanti', 'Ramadhan'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'] },
  ms: { m: ['Ahmad Faiz', 'Muhammad Hafiz', 'Mohd Azlan', 'Amirul Hakim', 'Khairul Anuar', 'Syafiq'], f: ['Nur Aisyah', 'Siti Nurhaliza', 'Nur Farah', 'Aina Sofea', 'Nurul Izzah', 'Fatin Nabila'],
    father: ['Abdullah', 'Ismail', 'Abdul Rahman', 'Hassan', 'Yusof', 'Osman', 'Ibrahim', 'Zakaria'],
    other: [['Tan Wei Ling', true], ['Lim Chee Keong', false], ['Kavitha a/p Murugan', true], ['Wong Mei Yee', true], ['Rajesh a/l Subramaniam', false]],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com'] },
  ph: { m: ['Juan Carlo', 'Mark Anthony', 'John Paul', 'Paolo', 'Miguel', 'Rafael', 'Jericho', 'Joshua'], f: ['Maria Clara', 'Kristine', 'Angelica', 'Patricia', 'Camille', 'Bea', 'Nicole', 'Andrea'],
    last: ['Dela Cruz', 'Santos', 'Reyes', 'Garcia', 'Mendoza', 'Bautista', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Navarro', 'Soriano'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.ph', 'outlook.com'] },
}
// [đường, phường/xã, quận/huyện, tỉnh/thành phố]
const HN = [['12 Phố Huế', 'Phường Hàng Bài', 'Quận Hoàn Kiếm', 'Hà Nội'], ['45 Láng Hạ', 'Phường Láng Hạ', 'Quận Đống Đa', 'Hà Nội'], ['118 Cầu Giấy', 'Phường Quan Hoa', 'Quận Cầu Giấy', 'Hà Nội'], ['27 Nguyễn Chí Thanh', 'Phường Ngọc Khánh', 'Quận Ba Đình', 'Hà Nội'], ['Số 8 ngõ 95 Chùa Bộc', 'Phường Trung Liệt', 'Quận Đống Đa', 'Hà Nội'], ['203 Trần Phú', 'Phường Văn Quán', 'Quận Hà Đông', 'Hà Nội'], ['56 Ngô Gia Tự', 'Phường Đức Giang', 'Quận Long Biên', 'Hà Nội'], ['15 Lý Thái Tổ', 'Phường Đông Ngàn', 'Thị xã Từ Sơn', 'Bắc Ninh']]
// [jalan, kecamatan, kota, provinsi, kode pos]
const IDPL = [['Jl. Dago No. 112', 'Coblong', 'Kota Bandung', 'Jawa Barat', '40135'], ['Jl. Kaliurang KM 5 No. 21', 'Depok', 'Kabupaten Sleman', 'DI Yogyakarta', '55281'], ['Jl. Margonda Raya No. 45', 'Beji', 'Kota Depok', 'Jawa Barat', '16424'], ['Jl. Ahmad Yani No. 78', 'Gayungan', 'Kota Surabaya', 'Jawa Timur', '60234'], ['Perum Griya Asri Blok C3 No. 9', 'Cileungsi', 'Kabupaten Bogor', 'Jawa Barat', '16820'], ['Jl. Sisingamangaraja No. 17', 'Medan Amplas', 'Kota Medan', 'Sumatera Utara', '20148'], ['Jl. Pemuda No. 33', 'Semarang Tengah', 'Kota Semarang', 'Jawa Tengah', '50132'], ['Jl. Veteran No. 5', 'Makassar', 'Kota Makassar', 'Sulawesi Selatan', '90111']]
// [alamat, poskod, bandar, negeri]
const MYPL = [['No. 12, Jalan SS 2/24', '47300', 'Petaling Jaya', 'Selangor'], ['Lot 345, Kampung Padang Jawa', '40200', 'Shah Alam', 'Selangor'], ['No. 8, Jalan Bayan 3, Taman Bayan', '81100', 'Johor Bahru', 'Johor'], ['No. 27, Lorong Kenari 5', '05150', 'Alor Setar', 'Kedah'], ['No. 3A, Jalan Tok Hakim', '15000', 'Kota Bharu', 'Kelantan'], ['No. 61, Jalan Pasar Baru', '08000', 'Sungai Petani', 'Kedah'], ['No. 19, Jalan Teluk Sisek', '25000', 'Kuantan', 'Pahang'], ['No. 44, Persiaran Seksyen 7', '43650', 'Bandar Baru Bangi', 'Selangor']]
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  if (cc === 'ms' && r() < 0.3) {
    const [full, female] = v.pick(r, d.other)
    const tok = full.split(' ')
    return { female, first: tok.slice(-1)[0], last: tok[0], full, email: `${ascii(tok[0])}${ascii(tok.slice(-1)[0])}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`, r }
  }
  const female = r() < 0.55
  const first = v.pick(r, female ? d.f : d.m)
  if (cc === 'vi') {
    const last = v.pick(r, d.last), mid = v.pick(r, d.mid[female ? 'f' : 'm'])
    return { female, first, last, mid, full: `${last} ${mid} ${first}`, email: `${ascii(first)}${ascii(last)}${v.pick(r, ['', '.', ''])}${v.int(r, 80, 2005)}@${v.pick(r, d.mail)}`,
      mobile: `0${v.pick(r, ['90', '91', '93', '96', '97', '98', '33', '35', '38', '70', '77', '86'])}${v.int(r, 1000000, 9999999)}`, r }
  }
  if (cc === 'ms') {
    const father = v.pick(r, d.father)
    return { female, first, last: father, full: `${first} ${female ? 'binti' : 'bin'} ${father}`, email: `${ascii(first.split(' ').slice(-1)[0])}${ascii(father).slice(0, 6)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`, r }
  }
  const last = v.pick(r, d.last)
  const single = cc === 'id' && r() < 0.2
  return { female, first, last: single ? '' : last, full: single ? first : `${first} ${last}`, email: `${ascii(first.split(' ')[0])}${v.pick(r, ['.', '', '_'])}${single ? '' : ascii(last)}${single || r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`, r }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const vi = (c) => who(c, 'vi'), idn = (c) => who(c, 'id'), my = (c) => who(c, 'ms'), ph = (c) => who(c, 'ph')
const idMobile = (c) => `08${row(['12', '13', '21', '22', '52', '57', '77', '78', '95', '96'], n(c))}${pad((n(c) * 7919) % 100000000, 8)}`
const myMobile = (c) => `01${row(['2', '3', '6', '7', '9', '1'], n(c))}-${pad((n(c) * 31) % 1000, 3)} ${pad((n(c) * 7) % 10000, 4)}`
const phMobile = (c) => `09${row(['17', '18', '27', '56', '66', '77', '98', '05'], n(c))} ${pad((n(c) * 13) % 1000, 3)} ${pad((n(c) * 7) % 10000, 4)}`

// ---------------------------------------------------------------- 1. VeXeRe booking list (vi, E)
// [tuyến, loại xe, giá vé, giờ chạy, nơi đi]
const VX_ROUTE = [['Sài Gòn - Đà Lạt', 'Giường nằm 40 chỗ', 320000, '22:00', 'sg'], ['Đà Lạt - Sài Gòn', 'Limousine 34 phòng', 420000, '23:30', 'dl'], ['Sài Gòn - Nha Trang', 'Giường nằm 40 chỗ', 300000, '21:00', 'sg'], ['Nha Trang - Sài Gòn', 'Limousine 34 phòng', 400000, '20:30', 'nt'], ['Sài Gòn - Đà Lạt', 'Limousine 34 phòng', 420000, '08:00', 'sg']]
const VX_PICK = { sg: ['Văn phòng Quận 1 - 272 Đề Thám', 'Bến xe Miền Đông mới', 'Ngã tư Hàng Xanh', 'Văn phòng Quận 5 - 210 Trần Hưng Đạo'], dl: ['Văn phòng Đà Lạt - 01 Tô Hiến Thành', 'Bến xe Liên tỉnh Đà Lạt'], nt: ['Văn phòng Nha Trang - 58 Hùng Vương', 'Bến xe phía Nam Nha Trang'] }
const VX_DROP = { sg: ['Văn phòng Đà Lạt - 01 Tô Hiến Thành', 'Bến xe phía Nam Nha Trang'], dl: ['Văn phòng Quận 1 - 272 Đề Thám', 'Bến xe Miền Đông mới', 'Ngã tư Hàng Xanh'], nt: ['Văn phòng Quận 1 - 272 Đề Thám', 'Bến xe Miền Đông mới'] }
const vxR = (o) => row(VX_ROUTE, n(o))
const vxQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 1 : 0)
const vxPay = (o) => row(['Ví MoMo', 'Thẻ ATM nội địa', 'ZaloPay', 'Thanh toán tại nhà xe', 'Thẻ Visa/Master', 'ShopeePay', 'Ví MoMo'], n(o) >> 1)
const vxSt = (o) => (n(o) % 17 === 3 ? 'Đã hủy' : vxPay(o) === 'Thanh toán tại nhà xe' && n(o) % 3 === 0 ? 'Giữ chỗ' : 'Đã thanh toán')
const vxCode = (o) => (n(o) % 6 === 1 ? ['VXRHE20', 20000] : n(o) % 9 === 4 ? ['XEDEM30', 30000] : ['', 0])
const vxTotal = (o) => vxR(o)[2] * vxQty(o) - vxCode(o)[1]
const vxDep = (o) => o.at + (1 + (n(o) % 20)) * day
const vxSeats = (o) => Array.from({ length: vxQty(o) }, (_, k) => `${n(o) % 2 ? 'A' : 'B'}${pad(1 + ((n(o) >> 2) + k) % 20)}`).join(', ')

// ---------------------------------------------------------------- 2. Medpro examination slips (vi, E)
const MP_SPEC = [['Khám Nội tổng quát', 150000], ['Khám Tai Mũi Họng', 150000], ['Khám Nhi', 180000], ['Khám Da liễu', 200000], ['Khám Sản phụ khoa', 250000], ['Khám Tim mạch', 250000]]
const MP_DOC = ['BS.CKI Nguyễn Văn An', 'ThS.BS Trần Thị Bích Ngọc', 'BS.CKII Lê Quang Huy', 'TS.BS Phạm Minh Tuấn', 'BS.CKI Đỗ Thị Hồng']
const mpSpec = (o) => row(MP_SPEC, n(o))
const mpFee = 11000
const mpAt = (o) => inHours(o.at, 7, 6, 22)
const mpExam = (o) => mpAt(o) + (1 + (n(o) % 9)) * day
const mpSlot = (o) => `${pad(7 + (n(o) % 9))}:${n(o) % 2 ? '30' : '00'} - ${pad(7 + (n(o) % 9) + (n(o) % 2))}:${n(o) % 2 ? '00' : '30'}`
const mpSt = (o) => row(['Đã khám', 'Đã thanh toán', 'Đã khám', 'Đã hủy', 'Đã khám', 'Đã khám', 'Đã thanh toán'], n(o) >> 2)

// ---------------------------------------------------------------- 3. Suno.vn customers (vi, P)
const SN_GROUP = ['Khách lẻ', 'Khách lẻ', 'Thành viên Bạc', 'Thành viên Vàng', 'Khách sỉ']

// ---------------------------------------------------------------- 4. Fastwork CRM contacts (vi, B)
// [công ty, mã khách hàng, tên miền]
const FW_CO = [['Công ty TNHH Thương mại Minh Phát', 'KH00231', 'minhphat.com.vn'], ['Công ty CP Xây dựng Đông Á', 'KH00412', 'dongaconstruction.vn'], ['Công ty TNHH Nhựa Tân Tiến', 'KH00157', 'nhuatantien.vn'], ['Công ty CP Dược phẩm An Bình', 'KH00508', 'anbinhpharma.com'], ['Công ty TNHH Logistics Sao Việt', 'KH00093', 'saovietlogistics.vn'], ['Trường Mầm non Hoa Sen', 'KH00611', 'mamnonhoasen.edu.vn'], ['Công ty CP Thực phẩm Hương Quê', 'KH00377', 'huongquefood.vn']]
const FW_JOB = [['Trưởng phòng Mua hàng', 'Phòng Mua hàng'], ['Giám đốc', 'Ban Giám đốc'], ['Kế toán trưởng', 'Phòng Kế toán'], ['Nhân viên Hành chính', 'Phòng Hành chính - Nhân sự'], ['Phó Giám đốc', 'Ban Giám đốc'], ['Trưởng phòng IT', 'Phòng Công nghệ thông tin']]
const fwCo = (c) => row(FW_CO, n(c) >> 1)
const fwJob = (c) => row(FW_JOB, n(c) >> 3)

// ---------------------------------------------------------------- 5. Cashlez transactions (id, E)
// [metode, jenis kartu, bank penerbit, MDR, BIN]
const CZ_PAY = [['Kartu Debit', 'GPN', 'BCA', 0.01, '603298'], ['Kartu Kredit', 'VISA', 'BCA', 0.02, '455633'], ['QRIS', 'QRIS', '', 0.007, ''], ['Kartu Debit', 'Mastercard', 'Mandiri', 0.01, '537941'], ['Kartu Kredit', 'Mastercard', 'CIMB Niaga', 0.02, '524261'], ['QRIS', 'QRIS', '', 0.007, ''], ['Kartu Kredit', 'JCB', 'BNI', 0.02, '356899']]
const czSenopati = (o) => n(o) % 3 === 0
const czPay = (o) => row(CZ_PAY, n(o))
const czAmt = (o) => 18000 + ((n(o) * 3571) % 430) * 1000
const czAt = (o) => inHours(o.at, 7, 7, 21)
const czSt = (o) => (n(o) % 19 === 0 ? 'Void' : n(o) % 23 === 0 ? 'Gagal' : 'Sukses')

// ---------------------------------------------------------------- 6. Evermos orders (id, E)
// [produk, sku, variasi, harga]
const EV_PROD = [['Gamis Syar\'i Aisyah', 'GMS-AIS', 'Navy, L', 189000], ['Hijab Segi Empat Voal Motif', 'HJB-VL', 'Dusty Pink', 59000], ['Koko Kurta Raihan', 'KK-RHN', 'Putih, XL', 149000], ['Mukena Travel Parasut', 'MKN-TRV', 'Sage', 119000], ['Sarung Tenun Premium', 'SRG-TNP', 'Hijau Botol', 135000], ['Gamis Syar\'i Aisyah', 'GMS-AIS', 'Mocca, M', 189000]]
const evP = (o) => row(EV_PROD, n(o))
const evQty = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0)
const evShip = (o) => row([9000, 12000, 18000, 22000, 9000, 31000], n(o) >> 1)
const evKurir = (o) => row(['J&T Express', 'SiCepat REG', 'JNE REG', 'AnterAja', 'J&T Express', 'Ninja Xpress'], n(o) >> 2)
const evSt = (o) => row(['Selesai', 'Selesai', 'Dikirim', 'Diproses', 'Selesai', 'Dibatalkan', 'Selesai', 'Menunggu Pembayaran'], n(o) >> 1)
const evPl = (c) => row(IDPL, n(c))
const RESELLER = [['Ummu Hanifah', 'RS-208815'], ['Dina Marlina', 'RS-117402'], ['Heru Prasetyo', 'RS-330918'], ['Lilis Suryani', 'RS-091277'], ['Yanti Kusuma', 'RS-254006']]

// ---------------------------------------------------------------- 7. Mailketing subscribers (id, P)
const mkSt = (c) => row(['Aktif', 'Aktif', 'Aktif', 'Berhenti Langganan', 'Aktif', 'Bounce', 'Aktif'], n(c))
const mkIp = (c) => `${row(['114.124', '36.72', '182.253', '103.147', '180.244'], n(c))}.${(n(c) * 7) % 256}.${(n(c) * 13) % 256}`

// ---------------------------------------------------------------- 8. MAS Software customer master (id, B)
// [nama customer, kode wilayah, nama wilayah, alamat]
const MAS_CUST = [['Toko Sumber Rejeki', 'SBY', 'Surabaya', 'Jl. Kapas Krampung No. 88, Surabaya'], ['CV Maju Jaya Abadi', 'SDA', 'Sidoarjo', 'Jl. Raya Gedangan No. 14, Sidoarjo'], ['UD Berkah Sentosa', 'MJK', 'Mojokerto', 'Jl. Majapahit No. 201, Mojokerto'], ['Minimarket Sinar Pagi', 'SBY', 'Surabaya', 'Jl. Rungkut Madya No. 3, Surabaya'], ['PT Pangan Nusa Lestari', 'GSK', 'Gresik', 'Jl. Dr. Wahidin Sudirohusodo No. 45, Gresik'], ['Toko Makmur 88', 'MLG', 'Malang', 'Jl. Gatot Subroto No. 12, Malang'], ['CV Sahabat Niaga', 'SBY', 'Surabaya', 'Jl. Kertajaya Indah No. 21, Surabaya']]
const masC = (c) => row(MAS_CUST, n(c) >> 1)
const MAS_JOB = ['Pemilik', 'Bagian Pembelian', 'Manajer Toko', 'Admin Gudang', 'Direktur', 'Purchasing']
const masNpwp = (c) => { const r = seeded(c, 'npwp'); return `0${v.int(r, 1, 9)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 1, 9)}-${v.int(r, 600, 640)}.000` }
const masIsPt = (c) => /^(PT|CV)/.test(masC(c)[0])

// ---------------------------------------------------------------- 9. Ejen2u agents (ms, P)
const EJ_LVL = ['Dropship', 'Ejen', 'Ejen', 'Stokis', 'Dropship', 'Master Stokis', 'Ejen']
const ejLvl = (c) => row(EJ_LVL, n(c) >> 1)
const ejPl = (c) => row(MYPL, n(c))
const ejIc = (c) => { const p = shift(c.birth, 0); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}-${row(['10', '14', '01', '02', '03', '06', '08'], n(c))}-${pad((n(c) * 37) % 10000, 4)}` }

// ---------------------------------------------------------------- 10. NowServing appointments (en-PH, E)
const NS_TYPE = ['Clinic Visit', 'Clinic Visit', 'Teleconsult', 'Clinic Visit', 'Follow-up']
const NS_REASON = ['Fever and cough', 'Well-baby check-up', 'Vaccination', 'Follow-up check-up', 'Skin rashes', 'Medical certificate for school', 'Loose bowel movement']
const NS_HMO = ['', '', 'Maxicare', 'Intellicare', '', 'Medicard', 'PhilCare']
const nsAt = (o) => inHours(o.at, 8, 9, 16)
const nsSt = (o) => row(['Done', 'Done', 'Confirmed', 'Done', 'Cancelled', 'No Show', 'Done', 'Arrived'], n(o) >> 1)
const nsFee = (o) => (row(NS_TYPE, n(o)) === 'Teleconsult' ? 600 : row(NS_TYPE, n(o)) === 'Follow-up' ? 500 : 800)
const nsBirth = (c) => Date.UTC(2012, 0, 1) + (n(c) % 4200) * day

export const SETS = [
  { name: 'vexere-danh-sach-ve-vi', product: 'VeXeRe (trang quản lý nhà xe: Quản lý vé > Danh sách vé > Xuất Excel, one row per booking, Vietnamese UI, a sleeper and limousine bus operator on the Sài Gòn - Đà Lạt and Sài Gòn - Nha Trang routes, Asia/Ho_Chi_Minh, VND)', family: 'tickets', language: 'vi', schema: E, cols: [
    ['Mã đặt vé', (c, o) => `VXR${String(n(o) * 7919 % 90000000 + 10000000)}`, ['_id', OR('purchaseID')]],
    ['Thời gian đặt', (c, o) => dmyHM(ict(o.at)), ['timestamp']],
    ['Tuyến đường', (c, o) => vxR(o)[0], [PL('name')], opt],
    ['Ngày khởi hành', (c, o) => dmy(ict(vxDep(o)), '/'), []],
    ['Giờ khởi hành', (c, o) => vxR(o)[3], []],
    ['Loại xe', (c, o) => vxR(o)[1], [], opt],
    ['Biển số xe', (c, o) => `51B-${row(['123.45', '208.71', '316.02', '094.88'], n(o) >> 3)}`, []],
    ['Số ghế', (c, o) => vxSeats(o), []],
    ['Số lượng vé', (c, o) => String(vxQty(o)), [PL('quantity')]],
    ['Điểm đón', (c, o) => row(VX_PICK[vxR(o)[4]], n(o) >> 1), []],
    ['Điểm trả', (c, o) => row(VX_DROP[vxR(o)[4]], n(o) >> 2), []],
    ['Tên khách hàng', (c) => vi(c).full, []],
    ['Số điện thoại', (c) => vi(c).mobile, PHONE_ID],
    ['Email', (c) => (n(c) % 4 === 0 ? '' : vi(c).email), EMAIL_ID],
    ['Giá vé', (c, o) => vnd(vxR(o)[2]), [], opt],
    ['Mã khuyến mãi', (c, o) => vxCode(o)[0], ['commerce.promotionID']],
    ['Giảm giá', (c, o) => vnd(vxCode(o)[1]), [OR('discountAmount')]],
    ['Tổng tiền', (c, o) => vnd(vxTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Hình thức thanh toán', (c, o) => vxPay(o), [OR('payments[0].paymentType')]],
    ['Trạng thái', (c, o) => vxSt(o), []],
    ['Nguồn đặt vé', (c, o) => row(['VeXeRe App', 'vexere.com', 'VeXeRe App', 'Đại lý', 'Tổng đài'], n(o) >> 2), [], opt],
    ['Ghi chú', (c, o) => row(['', '', 'Đón dọc đường ở trạm xăng Suối Tiên', '', 'Mang theo xe máy gửi hàng', ''], n(o)), []],
  ] },
  { name: 'medpro-danh-sach-phieu-kham-vi', product: 'Medpro (medpro.vn, trang quản trị cơ sở y tế: Quản lý phiếu khám > Xuất Excel, one row per examination slip booked and paid online, Vietnamese UI, a private general clinic in Ho Chi Minh City, Asia/Ho_Chi_Minh, VND)', family: 'clinic', language: 'vi', schema: E, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Mã phiếu', (c, o) => { const p = ict(mpAt(o)); return `T${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad((n(o) * 37) % 100000, 5)}` }, ['_id', OR('purchaseID')]],
    ['Mã giao dịch', (c, o) => `MP${pad((n(o) * 104729) % 10000000000, 10)}`, [OR('payments[0].transactionID')]],
    ['Ngày đặt', (c, o) => dmyHMS(ict(mpAt(o))), ['timestamp', OR('createdDate')]],
    ['Ngày khám', (c, o) => dmy(ict(mpExam(o)), '/'), [], opt],
    ['Giờ khám', (c, o) => mpSlot(o), []],
    ['Chuyên khoa', (c, o) => mpSpec(o)[0], [PL('name')], opt],
    ['Bác sĩ', (c, o) => row(MP_DOC, n(o) >> 1), []],
    ['Phòng khám', (c, o) => `Phòng ${100 + (n(o) % 12)}`, []],
    ['Mã hồ sơ', (c) => `MP${pad((n(c) * 7) % 100000000, 8)}`, CUST_ID, opt],
    ['Họ tên bệnh nhân', (c) => vi(c).full.toUpperCase(), []],
    ['Ngày sinh', (c) => dmy(shift(c.birth, 0), '/'), []],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), []],
    ['Số điện thoại', (c) => vi(c).mobile, PHONE_ID],
    ['Email', (c) => (n(c) % 3 === 0 ? '' : vi(c).email), EMAIL_ID],
    ['Số thẻ BHYT', (c) => (n(c) % 3 === 1 ? `${row(['DN', 'GD', 'HS', 'HT'], n(c))}479${pad((n(c) * 7919) % 10000000000, 10)}` : ''), []],
    ['Tỉnh/Thành phố', (c) => row(['TP Hồ Chí Minh', 'TP Hồ Chí Minh', 'Bình Dương', 'Đồng Nai', 'TP Hồ Chí Minh', 'Long An'], n(c)), [], opt],
    ['Tiền khám', (c, o) => vnd(mpSpec(o)[1]), [], opt],
    ['Phí tiện ích', () => vnd(mpFee), []],
    ['Tổng tiền', (c, o) => vnd(mpSpec(o)[1] + mpFee), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Phương thức thanh toán', (c, o) => row(['Ví MoMo', 'Thẻ ATM nội địa (Napas)', 'Thẻ quốc tế Visa/Master', 'Ví ZaloPay', 'Chuyển khoản ngân hàng'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Trạng thái', (c, o) => mpSt(o), []],
  ] },
  { name: 'suno-danh-sach-khach-hang-vi', product: 'Suno.vn (phần mềm bán hàng: Khách hàng > Danh sách khách hàng > Xuất Excel, one row per customer, Vietnamese UI, a women\'s fashion shop with two branches in Hanoi)', family: 'pos-customers', language: 'vi', schema: P, cols: [
    ['Mã khách hàng', (c) => `KH${pad(n(c) % 100000, 6)}`, ID],
    ['Tên khách hàng', (c) => vi(c).full, ['person.name.fullName']],
    ['Số điện thoại', (c) => vi(c).mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 5 < 2 ? '' : vi(c).email), ['personalEmail.address']],
    ['Ngày sinh', (c) => (n(c) % 4 === 3 ? '' : dmy(shift(c.birth, 0), '/')), ['person.birthDate']],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Địa chỉ', (c) => row(HN, n(c))[0], at(HOME, 'street1')],
    ['Phường/Xã', (c) => row(HN, n(c))[1], at(HOME, 'street2'), opt],
    ['Quận/Huyện', (c) => row(HN, n(c))[2], at(HOME, 'city'), opt],
    ['Tỉnh/Thành phố', (c) => row(HN, n(c))[3], [...STATE(HOME), ...at(HOME, 'city')]],
    ['Nhóm khách hàng', (c) => row(SN_GROUP, n(c) >> 1), ['loyalty.tier'], opt],
    ['Facebook', (c) => (n(c) % 3 === 0 ? `fb.com/${ascii(vi(c).first)}.${ascii(vi(c).last)}.${n(c) % 1000}` : ''), []],
    ['Điểm tích lũy', (c) => String((n(c) * 37) % 2400), ['loyalty.points']],
    ['Tổng tiền mua', (c) => vnd(((n(c) * 53) % 9000 + 150) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['Số lần mua', (c) => String(1 + (n(c) % 23)), []],
    ['Công nợ', (c) => vnd(n(c) % 11 === 0 ? ((n(c) % 9) + 1) * 50000 : 0), []],
    ['Ngày mua gần nhất', (c) => dmyHM(ict(Math.max(c.updated, c.created + (n(c) % 300) * day))), []],
    ['Chi nhánh', (c) => (n(c) % 3 === 0 ? 'CN Cầu Giấy' : 'CN Phố Huế'), [], opt],
    ['Ngày tạo', (c) => dmy(ict(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Ghi chú', (c) => row(['', '', 'Thích váy size S', '', 'Khách quen, hay mua online', ''], n(c)), []],
  ] },
  { name: 'fastwork-crm-lien-he-vi', product: 'Fastwork CRM (Khách hàng > Liên hệ > Xuất Excel, one row per contact person at a client company, Vietnamese UI, an office-equipment and stationery distributor in Hanoi)', family: 'crm', language: 'vi', schema: B, cols: [
    ['Mã liên hệ', (c) => `LH${pad(n(c) % 100000, 5)}`, B2BID],
    ['Danh xưng', (c) => (vi(c).female ? 'Chị' : 'Anh'), ['person.name.courtesyTitle'], opt],
    ['Họ và tên', (c) => vi(c).full, ['person.name.fullName']],
    ['Chức vụ', (c) => fwJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Phòng ban', (c) => fwJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Khách hàng', (c) => fwCo(c)[0], CO],
    ['Mã khách hàng', (c) => fwCo(c)[1], ACCT],
    ['Di động', (c) => vi(c).mobile, ['mobilePhone.number']],
    ['Điện thoại cơ quan', (c) => `024 ${3700 + (n(c) >> 1) % 300} ${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Email', (c) => `${ascii(vi(c).first)}.${ascii(vi(c).last)}@${fwCo(c)[2]}`, WE],
    ['Ngày sinh', (c) => (n(c) % 3 === 0 ? '' : dmy(shift(c.birth, 0), '/')), ['person.birthDate']],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Địa chỉ', (c) => row(HN, n(c) >> 1)[0] + ', ' + row(HN, n(c) >> 1)[2], [W('street1')]],
    ['Tỉnh/Thành phố', (c) => row(HN, n(c) >> 1)[3], [...STATE(['workAddress']), W('city')]],
    ['Nguồn', (c) => row(['Website', 'Giới thiệu', 'Hội chợ', 'Facebook', 'Gọi điện', 'Website'], n(c)), ['b2b.personSource']],
    ['Tình trạng', (c) => row(['Đang chăm sóc', 'Tiềm năng', 'Đã mua hàng', 'Đang chăm sóc', 'Ngừng liên hệ'], n(c) >> 2), ['b2b.personStatus'], opt],
    ['Người phụ trách', (c) => row(['Nguyễn Thu Hà', 'Trần Đức Minh', 'Lê Phương Anh'], n(c)), []],
    ['Ngày tạo', (c) => dmyHM(ict(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Ngày cập nhật', (c) => dmyHM(ict(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Ghi chú', (c) => row(['', 'Ưu tiên giao buổi sáng', '', 'Báo giá máy photocopy Q3', ''], n(c)), []],
  ] },
  { name: 'cashlez-laporan-transaksi-id', product: 'Cashlez (Merchant Dashboard: Laporan > Transaksi > Unduh Excel, one row per card or QRIS payment on the merchant\'s EDC and phone terminals, Indonesian UI, a coffee shop with two outlets in South Jakarta, Asia/Jakarta, IDR)', family: 'payments', language: 'id', schema: E, cols: [
    ['Tanggal Transaksi', (c, o) => dmyHMS(ict(czAt(o))), ['timestamp']],
    ['ID Transaksi', (c, o) => `CLZ${pad((n(o) * 2654435761) % 10000000000, 10)}`, ['_id', OR('payments[0].transactionID')]],
    ['No. Invoice', (c, o) => `INV/${ymd(ict(czAt(o)), '')}/${pad(n(o) % 10000, 4)}`, [OR('purchaseID')], opt],
    ['Kode Approval', (c, o) => (czPay(o)[0] === 'QRIS' ? '' : pad((n(o) * 7919) % 1000000, 6)), [OR('payments[0].transactionID')], opt],
    ['Metode Pembayaran', (c, o) => czPay(o)[0], [OR('payments[0].paymentType')]],
    ['Jenis Kartu', (c, o) => czPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['Nomor Kartu', (c, o) => (czPay(o)[0] === 'QRIS' ? '' : `${czPay(o)[4]}******${pad((n(o) * 31) % 10000, 4)}`), []],
    ['Bank Penerbit', (c, o) => (czPay(o)[0] === 'QRIS' ? row(['GoPay', 'OVO', 'DANA', 'ShopeePay', 'BCA Mobile'], n(o) >> 1) : czPay(o)[2]), []],
    ['Nominal', (c, o) => rp(czAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['MDR', (c, o) => rp(Math.round(czAmt(o) * czPay(o)[3])), []],
    ['Jumlah Bersih', (c, o) => rp(czAmt(o) - Math.round(czAmt(o) * czPay(o)[3])), []],
    ['Status', (c, o) => czSt(o), []],
    ['Status Settlement', (c, o) => (czSt(o) !== 'Sukses' ? '-' : n(o) % 7 === 0 ? 'Belum Settle' : 'Sudah Settle'), []],
    ['Tanggal Settlement', (c, o) => (czSt(o) !== 'Sukses' || n(o) % 7 === 0 ? '' : dmy(ict(czAt(o) + day), '/')), []],
    ['Nama Outlet', (c, o) => (czSenopati(o) ? 'Kopi Lereng - Senopati' : 'Kopi Lereng - Kemang'), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['TID', (c, o) => `1180${pad(czSenopati(o) ? 2203 : 2201 + (n(o) % 2), 4)}`, []],
    ['MID', () => '000071002384415', []],
    ['Kasir', (c, o) => (czSenopati(o) ? 'yoga.senopati' : row(['andi.kemang', 'rina.kemang'], n(o) >> 1)), []],
    ['Deskripsi', (c, o) => row(['', '', 'Catering rapat kantor', '', 'Biji kopi 250 gr', ''], n(o)), []],
    ['Email Pelanggan', (c) => (n(c) % 3 === 0 ? idn(c).email : ''), EMAIL_ID],
    ['No. HP Pelanggan', (c) => (n(c) % 4 === 1 ? idMobile(c) : ''), PHONE_ID],
  ] },
  { name: 'evermos-ekspor-pesanan-id', product: 'Evermos (portal mitra brand/supplier: Pesanan > Ekspor Pesanan, one row per order placed by a reseller for an end buyer, Indonesian UI, a Bandung Muslim-fashion brand, Asia/Jakarta, IDR)', family: 'marketplace-orders', language: 'id', schema: E, cols: [
    ['No. Pesanan', (c, o) => `EVM${ymd(ict(o.at), '').slice(2)}${pad((n(o) * 7919) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Tanggal Pesanan', (c, o) => ymdHMS(ict(o.at)), ['timestamp']],
    ['Status Pesanan', (c, o) => evSt(o), []],
    ['Nama Produk', (c, o) => evP(o)[0], [PL('name')]],
    ['SKU', (c, o) => `${evP(o)[1]}-${ascii(evP(o)[2]).slice(0, 4).toUpperCase()}`, [PL('SKU')]],
    ['Variasi', (c, o) => evP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Jumlah', (c, o) => String(evQty(o)), [PL('quantity')]],
    ['Harga Satuan', (c, o) => String(evP(o)[3]), [], opt],
    ['Subtotal Produk', (c, o) => String(evP(o)[3] * evQty(o)), [PL('priceTotal')], opt],
    ['Ongkos Kirim', (c, o) => String(evShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total Pembayaran', (c, o) => String(evP(o)[3] * evQty(o) + evShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o) => row(['Transfer Virtual Account BCA', 'COD (Bayar di Tempat)', 'Transfer Virtual Account BRI', 'QRIS', 'COD (Bayar di Tempat)'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Kurir', (c, o) => evKurir(o), ['commerce.shipping.shippingMethod']],
    ['No. Resi', (c, o) => (['Diproses', 'Menunggu Pembayaran', 'Dibatalkan'].includes(evSt(o)) ? '' : `${row(['JP', 'SCP', 'CGK', '10000'], n(o) >> 2)}${pad((n(o) * 104729) % 10000000000, 10)}`), ['commerce.shipping.trackingNumber']],
    ['Nama Penerima', (c) => idn(c).full, []],
    ['No. HP Penerima', (c) => idMobile(c), PHONE_ID, opt],
    ['Alamat Penerima', (c) => evPl(c)[0], [SHIP('street1')]],
    ['Kecamatan', (c) => evPl(c)[1], [SHIP('street2'), SHIP('region')], opt],
    ['Kota/Kabupaten', (c) => evPl(c)[2], [SHIP('city')]],
    ['Provinsi', (c) => evPl(c)[3], STATE(SHIPA)],
    ['Kode Pos', (c) => evPl(c)[4], [SHIP('postalCode')]],
    ['Nama Reseller', (c, o) => row(RESELLER, n(o) >> 1)[0], []],
    ['ID Reseller', (c, o) => row(RESELLER, n(o) >> 1)[1], CUST_ID, opt],
    ['Komisi Reseller', (c, o) => String(Math.round(evP(o)[3] * evQty(o) * 0.1)), []],
  ] },
  { name: 'mailketing-ekspor-subscriber-id', product: 'Mailketing (mailketing.co.id: List > Subscriber > Export CSV, one row per subscriber of a list, Indonesian UI, an online home-baking class\'s newsletter list, Asia/Jakarta)', family: 'newsletter', language: 'id', schema: P, cols: [
    ['ID', (c) => String(100000 + (n(c) * 7) % 900000), ID],
    ['Email', (c) => idn(c).email, ['personalEmail.address']],
    ['Nama Depan', (c) => idn(c).first, ['person.name.firstName']],
    ['Nama Belakang', (c) => idn(c).last, ['person.name.lastName']],
    ['No. WhatsApp', (c) => (n(c) % 4 === 2 ? '' : `62${idMobile(c).slice(1)}`), ['mobilePhone.number']],
    ['Jenis Kelamin', (c) => (n(c) % 5 === 4 ? '' : idn(c).female ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c) => (n(c) % 3 === 0 ? '' : ymd(shift(c.birth, 0))), ['person.birthDate'], opt],
    ['Kota', (c) => row(IDPL, n(c) >> 1)[2].replace(/^(Kota|Kabupaten) /, ''), at(HOME, 'city')],
    ['Provinsi', (c) => row(IDPL, n(c) >> 1)[3], STATE(HOME)],
    ['Pekerjaan', (c) => row(['Ibu Rumah Tangga', 'Karyawan Swasta', 'Wirausaha', 'Mahasiswa', 'PNS', 'Ibu Rumah Tangga'], n(c)), [], opt],
    ['Sumber', (c) => row(['Form Landing Page Kelas Roti', 'Import CSV', 'Form Popup Website', 'Form Landing Page Kelas Roti', 'API'], n(c) >> 1), [], opt],
    ['Status', (c) => mkSt(c), ['personalEmail.status'], opt],
    ['Tanggal Berlangganan', (c) => ymdHMS(ict(c.created)), [], opt],
    ['IP Address', (c) => mkIp(c), []],
    ['Terakhir Dibuka', (c) => (mkSt(c) === 'Aktif' && n(c) % 4 !== 3 ? ymdHMS(ict(Math.max(c.created + (1 + n(c) % 40) * day, c.updated))) : ''), []],
    ['Jumlah Dibuka', (c) => String(mkSt(c) === 'Bounce' ? 0 : (n(c) * 7) % 41), []],
    ['Jumlah Diklik', (c) => String(mkSt(c) === 'Bounce' ? 0 : (n(c) * 3) % 12), []],
  ] },
  { name: 'mas-software-master-customer-id', product: 'MAS Software (Customer > Impor Customer: the customer master Excel template, one row per customer outlet with its contact person, Indonesian UI, a Surabaya food and beverage distributor\'s shops and wholesalers)', family: 'b2b-customers', language: 'id', schema: B, cols: [
    ['Kode Customer', (c) => `${masC(c)[1]}-${pad(n(c) % 10000, 4)}`, [...ACCT, ...B2BID], opt],
    ['Nama Customer', (c) => masC(c)[0], CO],
    ['Kode Wilayah', (c) => masC(c)[1], []],
    ['Nama Wilayah', (c) => masC(c)[2], [W('city')], opt],
    ['Kode Currency', () => 'IDR', []],
    ['Syarat Bayar', (c) => row(['D30', 'D14', 'D0', 'D30', 'D45', 'D7'], n(c)), []],
    ['Batas Kredit', (c) => String(row([5000000, 10000000, 25000000, 0, 50000000, 15000000], n(c) >> 1)), []],
    ['Kode Sales', (c) => row(['SLS01', 'SLS02', 'SLS04', 'SLS07'], n(c) >> 2), []],
    ['Alamat', (c) => masC(c)[3], [W('street1')]],
    ['NPWP', (c) => (masIsPt(c) || n(c) % 3 === 0 ? masNpwp(c) : ''), ACCT, opt],
    ['Pemilik Npwp', (c) => (masIsPt(c) ? masC(c)[0] : n(c) % 3 === 0 ? idn(c).full : ''), CO, opt],
    ['AlamatPajak', (c) => (masIsPt(c) || n(c) % 3 === 0 ? masC(c)[3] : ''), [], opt],
    ['Telepon', (c) => `${({ MLG: '0341-', MJK: '0321-', SDA: '031-', GSK: '031-', SBY: '031-' })[masC(c)[1]]}${masC(c)[1] === 'MLG' || masC(c)[1] === 'MJK' ? pad(300000 + (n(c) * 7919) % 600000, 6) : pad(5300000 + (n(c) * 7919) % 2700000, 7)}`, ['workPhone.number']],
    ['HubunganDengan', (c) => idn(c).full, ['person.name.fullName']],
    ['Jabatan', (c) => row(MAS_JOB, n(c) >> 3), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => (n(c) % 4 === 3 ? '' : idn(c).email), WE],
    ['Type Identitas', (c) => (n(c) % 6 === 5 ? '' : 'NIK'), []],
    ['No Identitas', (c) => (n(c) % 6 === 5 ? '' : `3578${pad((n(c) * 2654435761) % 1000000000000, 12)}`), []],
  ] },
  { name: 'ejen2u-senarai-ejen-ms', product: 'Ejen2u (sistem pengurusan ejen dan stokis: Senarai Ejen > Eksport Excel, one row per registered dropshipper, agent or stockist of a brand, Malay UI, a Malaysian home-grown skincare brand, Asia/Kuala_Lumpur, MYR)', family: 'membership', language: 'ms', schema: P, cols: [
    ['ID Ejen', (c) => `EJ${pad(n(c) % 100000, 5)}`, ID],
    ['Nama Penuh', (c) => my(c).full, ['person.name.fullName']],
    ['No. Kad Pengenalan', (c) => ejIc(c), [], opt],
    ['No. Telefon', (c) => myMobile(c), ['mobilePhone.number']],
    ['Emel', (c) => my(c).email, ['personalEmail.address']],
    ['Jantina', (c) => (my(c).female ? 'Perempuan' : 'Lelaki'), ['person.gender']],
    ['Tarikh Lahir', (c) => dmy(shift(c.birth, 0), '/'), ['person.birthDate']],
    ['Alamat', (c) => ejPl(c)[0], at(HOME, 'street1')],
    ['Poskod', (c) => ejPl(c)[1], at(HOME, 'postalCode')],
    ['Bandar', (c) => ejPl(c)[2], at(HOME, 'city')],
    ['Negeri', (c) => ejPl(c)[3], STATE(HOME)],
    ['Peringkat', (c) => ejLvl(c), ['loyalty.tier'], opt],
    ['Kod Rujukan', (c) => `${ascii(my(c).first).slice(0, 5).toUpperCase()}${pad(n(c) % 100, 2)}`, [], opt],
    ['Penaja', (c) => (ejLvl(c) === 'Master Stokis' ? '-' : row(['Master Stokis Aina (EJ00012)', 'Stokis Hafiz (EJ00104)', 'Stokis Wei Ling (EJ00231)', 'HQ'], n(c) >> 2)), []],
    ['Tarikh Daftar', (c) => dmyHM(myt(c.created)), ['loyalty.joinDate'], opt],
    ['Status', (c) => row(['Aktif', 'Aktif', 'Aktif', 'Tidak Aktif', 'Aktif', 'Digantung'], n(c)), ['loyalty.status'], opt],
    ['Nama Bank', (c) => row(['Maybank', 'CIMB Bank', 'Bank Islam', 'Public Bank', 'RHB Bank', 'Bank Rakyat'], n(c) >> 1), []],
    ['No. Akaun Bank', (c) => `${1 + (n(c) % 9)}${pad((n(c) * 104729) % 100000000000, 11)}`, []],
    ['Jumlah Jualan (RM)', (c) => dec(((n(c) * 389) % 60000) + 120, '.'), ['loyalty.lifetimePurchases'], opt],
    ['Komisen Terkumpul (RM)', (c) => dec((((n(c) * 389) % 60000) + 120) * 0.12, '.'), []],
  ] },
  { name: 'nowserving-appointments-ph', product: 'NowServing (NowServing Pro clinic dashboard: Appointments > Export, one row per patient appointment, English UI as used in the Philippines, a paediatric clinic in Quezon City, Asia/Manila, PHP)', family: 'clinic', language: 'en', schema: E, cols: [
    ['Appointment ID', (c, o) => `NS-${pad((n(o) * 7919) % 10000000, 7)}`, ['_id']],
    ['Appointment Date', (c, o) => { const p = myt(nsAt(o)); return `${row(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], p.m - 1)} ${p.d}, ${p.y}` }, ['timestamp']],
    ['Time', (c, o) => hm12(myt(nsAt(o))), [], opt],
    ['Queue No.', (c, o) => String(1 + (n(o) % 28)), []],
    ['Patient Name', (c) => `${ph(c).last ? ph(c).last.toUpperCase() + ', ' : ''}${ph(c).first}`, []],
    ['Birthdate', (c) => { const p = shift(nsBirth(c), 0); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }, []],
    ['Sex', (c) => (ph(c).female ? 'Female' : 'Male'), []],
    ['Mobile No.', (c) => phMobile(c), PHONE_ID],
    ['Email', (c) => (n(c) % 3 === 0 ? '' : ph(c).email), EMAIL_ID],
    ['Clinic', (c, o) => (n(o) % 4 === 0 ? 'St. Luke\'s Medical Center QC - MAB 1, Room 512' : 'Kids First Pediatric Clinic - Tomas Morato'), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Doctor', () => 'Dr. Maria Teresa Lim-Santos, MD, DPPS', []],
    ['Consultation Type', (c, o) => row(NS_TYPE, n(o)), [], opt],
    ['Reason for Visit', (c, o) => row(NS_REASON, n(o) >> 1), []],
    ['Status', (c, o) => nsSt(o), []],
    ['HMO', (c) => row(NS_HMO, n(c)), []],
    ['Consultation Fee', (c, o) => dec(nsFee(o), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Payment Status', (c, o) => (['Cancelled', 'No Show'].includes(nsSt(o)) ? 'Unpaid' : row(NS_HMO, n(c)) ? 'HMO' : 'Paid'), []],
    ['Payment Method', (c, o) => (['Cancelled', 'No Show'].includes(nsSt(o)) ? '' : row(NS_HMO, n(c)) ? 'HMO' : row(['Cash', 'GCash', 'Maya', 'Credit Card', 'GCash'], n(o) >> 2)), [OR('payments[0].paymentType')]],
    ['Booked Via', (c, o) => row(['NowServing App', 'Secretary', 'NowServing App', 'Walk-in', 'NowServing Website'], n(o) >> 1), [], opt],
    ['Date Booked', (c, o) => { const p = myt(nsAt(o) - (1 + (n(o) % 6)) * day - (n(o) % 300) * 60000); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${hm12(p)}` }, [OR('createdDate')], opt],
  ] },
]
