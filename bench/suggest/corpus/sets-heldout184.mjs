// Round 71, heldout184: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Vietnamese, Thai and Indonesian exports, headers in the product's UI
// language: a Vietnamese restaurant POS's invoice list (MISA CukCuk), a Vietnamese restaurant CRM's member list (iPOS
// CRM) and a Vietnamese vtiger-based CRM's lead list (CloudPro CRM) (vi 3); an Indonesian retail POS's sales detail
// report (iReap POS Pro), an Indonesian COD order-management tool's order export (OrderOnline.id) and an Indonesian
// ticketing platform's attendee data for a business seminar (LOKET) (id 3); a Thai payment gateway's transaction
// export (Ksher) (en, Thai merchant 1); a Thai restaurant POS's member list (Ocha) (th 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product (public searches for OrderOnline.id, iReap and Ksher
// found no column list; the others were not searched under the time limit); CloudPro's lead fields follow vtiger's
// Leads module with Vietnamese labels. Nothing was copied from
// a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, B2BID } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, shift, hash, group } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = ['homeAddress', 'mailingAddress']
const at = (objs, leaf) => objs.map((o) => `${o}.${leaf}`)
// local clocks: Vietnam, Thailand and Jakarta (WIB) +7, none keeps summer time
const ict = (ms) => shift(ms, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2545f491); r(); r(); return r }
// an instant moved into opening hours (lo .. lo+span-1, ICT)
const open = (ms, lo = 9, span = 12) => { const H = shift(ms, 7).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const oat = (o) => open(o.at, 10, 12)
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

const vnd = (x) => group(x, '.')
const rp = (x) => group(x, '.')
const dmyhm = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const dmyhms = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hms(p)}` }

// ---------------------------------------------------------------- MISA CukCuk (Vietnam)
const ccMenu = (o) => row([['Lẩu Thái hải sản', 329000], ['Bún chả Hà Nội', 65000], ['Cơm gà Hội An', 75000], ['Set nướng 2 người', 459000], ['Phở bò tái lăn', 70000], ['Gỏi cuốn tôm thịt (4 cuốn)', 55000], ['Bò lúc lắc khoai tây', 185000]], n(o) % 7)
const ccPax = (o) => 1 + (n(o) % 5)
const ccGoods = (o) => ccMenu(o)[1] * (1 + (n(o) % 3)) + 25000 * ccPax(o)
const ccDisc = (o) => (n(o) % 6 === 1 ? Math.round(ccGoods(o) * 0.1 / 1000) * 1000 : 0)
const ccSvc = (o) => (ccMode(o) === 'Ngồi tại bàn' ? Math.round((ccGoods(o) - ccDisc(o)) * 0.05 / 1000) * 1000 : 0)
const ccVat = (o) => Math.round((ccGoods(o) - ccDisc(o) + ccSvc(o)) * 0.08 / 1000) * 1000
const ccTot = (o) => ccGoods(o) - ccDisc(o) + ccSvc(o) + ccVat(o)
const ccMode = (o) => row(['Ngồi tại bàn', 'Ngồi tại bàn', 'Mang về', 'Ngồi tại bàn', 'Giao hàng'], n(o) % 5)
const ccPay = (o) => row(['Tiền mặt', 'Chuyển khoản', 'Thẻ', 'Tiền mặt', 'Ví MoMo', 'VNPAY-QR'], (n(o) >> 1) % 6)
const ccMember = (o) => n(o) % 3 !== 2

// ---------------------------------------------------------------- iReap POS Pro (Indonesia)
const irItem = (o) => row([['8993175531234', 'Indomie Goreng Original 85g', 'Makanan Instan', 'PCS', 3500], ['8999999195649', 'Aqua Botol 600ml', 'Minuman', 'BTL', 4000], ['BRS-5KG', 'Beras Pandan Wangi 5kg', 'Sembako', 'KARUNG', 78000], ['8992761111113', 'Minyak Goreng Bimoli 2L', 'Sembako', 'PCS', 41500], ['GL-1KG', 'Gula Pasir Gulaku 1kg', 'Sembako', 'PCS', 17500], ['8998866200301', 'Sabun Lifebuoy 110g', 'Perawatan Diri', 'PCS', 4500], ['TLR-30', 'Telur Ayam Negeri (1 tray)', 'Sembako', 'TRAY', 56000]], n(o) % 7)
const irQty = (o) => (irItem(o)[3] === 'PCS' || irItem(o)[3] === 'BTL' ? 1 + (n(o) % 6) : 1 + (n(o) % 2))
const irDisc = (o) => (n(o) % 9 === 4 ? 2000 : 0)
const irSub = (o) => irItem(o)[4] * irQty(o) - irDisc(o)
const irTax = (o) => Math.round(irSub(o) * 0.11)

// ---------------------------------------------------------------- Ksher (Thailand)
const ksCh = (o) => row(['PromptPay', 'PromptPay', 'TrueMoney Wallet', 'Alipay', 'WeChat Pay', 'ShopeePay', 'Credit Card', 'PromptPay', 'LINE Pay'], n(o) % 9)
const ksRate = (o) => ({ PromptPay: 0, 'TrueMoney Wallet': 0.015, Alipay: 0.018, 'WeChat Pay': 0.018, ShopeePay: 0.015, 'Credit Card': 0.028, 'LINE Pay': 0.018 })[ksCh(o)]
const ksAmt = (o) => row([120, 285, 59, 1450, 890, 350, 2490, 75, 640, 199, 3200, 45.5], n(o) % 12)
const ksFee = (o) => Math.round(ksAmt(o) * ksRate(o) * 100) / 100
const ksSt = (o) => (n(o) % 17 === 5 ? 'REFUND' : n(o) % 23 === 9 ? 'FAIL' : 'SUCCESS')
const ksStore = (o) => row([['Baan Kanom Thai - Central World', 'T0012003'], ['Baan Kanom Thai - Siam Square', 'T0012001'], ['Baan Kanom Thai - ICONSIAM', 'T0012002'], ['Baan Kanom Thai - Online Shop', '']], 1 + (n(o) % 3))
const baht = (x) => x.toFixed(2)
const ksT = (ms) => { const p = ict(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- OrderOnline.id (Indonesia)
const ooItem = (o) => row([['Madu Hutan Kalimantan 500gr', 'Botol 500gr', 129000], ['Gamis Syari Zahra', 'Navy / L', 189000], ['Serum Wajah Glowing 20ml', 'Paket 2 pcs', 150000], ['Kopi Gayo Arabika 250gr', 'Biji', 85000], ['Sepatu Kets Anak Lampu LED', 'Hitam / 30', 115000], ['Minyak Kayu Putih Asli Buru 100ml', '', 65000]], n(o) % 6)
const ooQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0)
const ooShip = (o) => row([18000, 22000, 0, 35000, 15000, 27000], (n(o) >> 1) % 6)
const ooCod = (o) => n(o) % 3 !== 1
const ooCodFee = (o) => (ooCod(o) ? Math.round((ooItem(o)[2] * ooQty(o) + ooShip(o)) * 0.03 / 100) * 100 : 0)
const ooDisc = (o) => (n(o) % 7 === 2 ? 20000 : 0)
const ooTot = (o) => ooItem(o)[2] * ooQty(o) + ooShip(o) + ooCodFee(o) - ooDisc(o)
const ooSt = (o) => row(['Pending', 'Processing', 'Completed', 'Completed', 'Completed', 'Canceled', 'RTS', 'Completed'], n(o) % 8)
const ID_PL = [['Jawa Barat', 'Kota Bandung', 'Coblong', '40132', 'Jl. Dipatiukur'], ['DKI Jakarta', 'Kota Jakarta Selatan', 'Tebet', '12810', 'Jl. Tebet Raya'], ['Jawa Timur', 'Kota Surabaya', 'Wonokromo', '60243', 'Jl. Raya Darmo'], ['Jawa Tengah', 'Kab. Sukoharjo', 'Kartasura', '57168', 'Jl. Slamet Riyadi'], ['Sumatera Utara', 'Kota Medan', 'Medan Baru', '20153', 'Jl. Setia Budi'], ['Sulawesi Selatan', 'Kota Makassar', 'Panakkukang', '90231', 'Jl. Boulevard'], ['Banten', 'Kota Tangerang Selatan', 'Pamulang', '15417', 'Jl. Siliwangi']]
const idPl = (c) => row(ID_PL, n(c) % 7)

// ---------------------------------------------------------------- Ocha (Thailand), iPOS CRM (Vietnam)
const thD = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ocTier = (c) => row(['Member', 'Member', 'Silver', 'Gold', 'Member', 'Platinum'], n(c) % 6)
const ocBranch = (c) => row(['สาขาอารีย์', 'สาขาทองหล่อ', 'สาขาเซ็นทรัลเวิลด์', 'สาขานิมมานฯ เชียงใหม่'], (n(c) >> 1) % 4)
const ipTier = (c) => row(['Thành viên', 'Bạc', 'Vàng', 'Thành viên', 'Kim cương'], n(c) % 5)
const ipSpend = (c) => 350000 + (n(c) * 7919) % 42000000
const lo = (c) => Math.min(c.created, c.updated), hi = (c) => Math.max(c.created, c.updated)

// ---------------------------------------------------------------- CloudPro CRM (Vietnam)
const VN_CO = [['Công ty TNHH Thép Đại Phát', 'daiphatsteel.vn', 'Sản xuất', '51-200'], ['Công ty CP Logistics Sao Mai', 'saomailogistics.com.vn', 'Vận tải - Kho vận', '201-500'], ['Công ty TNHH Thực phẩm Xanh Việt', 'xanhviet.vn', 'Thực phẩm - Đồ uống', '11-50'], ['Công ty CP Dược phẩm An Khang', 'ankhangpharma.vn', 'Dược phẩm', '201-500'], ['Công ty TNHH Nội thất Mộc Gia', 'mocgia.vn', 'Bán lẻ', '11-50'], ['Trường Quốc tế Hoàng Gia', 'hoanggia.edu.vn', 'Giáo dục', '51-200'], ['Công ty CP Xây dựng Hưng Thịnh Phát', 'htpgroup.vn', 'Xây dựng', '501-1000']]
const cpCo = (c) => row(VN_CO, n(c) % 7)
const cpRole = (c) => row(['Giám đốc', 'Trưởng phòng Kinh doanh', 'Kế toán trưởng', 'Trưởng phòng Mua hàng', 'Trưởng phòng IT', 'Phó Giám đốc', 'Chuyên viên Nhân sự'], (n(c) >> 1) % 7)
const cpPhoneCo = (c) => (vn(c).prov === 'Hà Nội' ? `024 ${d(seeded(c, 'cot'), 4)} ${d(seeded(c, 'cot2'), 4)}` : vn(c).prov === 'Đà Nẵng' ? `0236 ${d(seeded(c, 'cot'), 3)} ${d(seeded(c, 'cot2'), 4)}` : `028 ${d(seeded(c, 'cot'), 4)} ${d(seeded(c, 'cot2'), 4)}`)

// ---------------------------------------------------------------- LOKET (Indonesia)
const ID_CO = [['PT Sinar Niaga Sejahtera', 'Distribusi'], ['PT Bank Mandiri (Persero) Tbk', 'Perbankan'], ['CV Karya Mandiri Teknik', 'Konstruksi'], ['PT Telkom Indonesia', 'Telekomunikasi'], ['PT Kopi Kenangan Indonesia', 'F&B'], ['Universitas Gadjah Mada', 'Pendidikan'], ['PT Astra Graphia Tbk', 'Teknologi'], ['Freelance', '']]
const lkCo = (c) => row(ID_CO, n(c) % 8)
const lkRole = (c) => row(['HR Manager', 'Marketing Manager', 'Staff Keuangan', 'Direktur', 'Business Development', 'IT Specialist', 'Dosen', 'Konsultan'], (n(c) >> 2) % 8)
const lkTix = (c) => row([['Early Bird', 750000], ['Regular', 950000], ['Corporate (min. 3 orang)', 850000], ['Regular', 950000], ['Mahasiswa', 350000]], n(c) % 5)
// bought in the 60 days before the seminar on 14 March 2025
const lkBuy = (c) => Date.UTC(2025, 2, 13, 17) - (1 + n(c) % 60) * 86400000 + (n(c) * 7919 % 46800) * 1000 - 23400000
const lkKota = (c) => row(['Jakarta Selatan', 'Bandung', 'Surabaya', 'Tangerang Selatan', 'Yogyakarta', 'Bekasi', 'Depok', 'Semarang'], (n(c) >> 1) % 8)

export const SETS = [
  // ------------------------------------------------------------ MISA CukCuk: Báo cáo > Danh sách hóa đơn > Xuất khẩu (one row per invoice)
  { name: 'cukcuk-danh-sach-hoa-don-vn', product: 'MISA CukCuk (quản lý nhà hàng: Báo cáo > Danh sách hóa đơn > Xuất khẩu Excel, one row per invoice, Vietnamese UI, a two-branch Vietnamese family restaurant in Hà Nội and Đà Nẵng, Asia/Ho_Chi_Minh, VND)', family: 'restaurant-pos', language: 'vi', schema: E, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Ngày', (c, o) => dmy(ict(oat(o)), '/'), ['timestamp', OR('createdDate')], opt],
    ['Số hóa đơn', (c, o) => `HD${pad(n(o) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Giờ vào', (c, o) => hm(ict(oat(o) - (45 + n(o) % 50) * 60000)), [], opt],
    ['Giờ ra', (c, o) => hm(ict(oat(o))), [], opt],
    ['Chi nhánh', (c, o) => (n(o) % 2 ? 'Nhà hàng Bếp Nhà - Trần Thái Tông' : 'Nhà hàng Bếp Nhà - Bạch Đằng'), ['commerce.commerceScope.storeCode'], opt],
    ['Khu vực', (c, o) => (ccMode(o) === 'Ngồi tại bàn' ? row(['Tầng 1', 'Tầng 2', 'Sân vườn'], n(o) % 3) : ''), []],
    ['Bàn', (c, o) => (ccMode(o) === 'Ngồi tại bàn' ? `Bàn ${1 + n(o) % 24}` : ''), []],
    ['Số khách', (c, o) => String(ccPax(o)), []],
    ['Hình thức phục vụ', (c, o) => ccMode(o), [], opt],
    ['Mã khách hàng', (c, o) => (ccMember(o) ? `KH${pad(n(c) % 100000, 5)}` : ''), CUST_ID],
    ['Tên khách hàng', (c, o) => (ccMember(o) ? vn(c).full : 'Khách lẻ'), []],
    ['Số điện thoại', (c, o) => (ccMember(o) ? vn(c).mobile : ''), PHONE_ID],
    ['Địa chỉ giao hàng', (c, o) => (ccMode(o) === 'Giao hàng' ? `${vn(c).street}, ${vn(c).ward}, ${vn(c).dist}` : ''), [SHIP('street1')]],
    ['Tiền hàng', (c, o) => vnd(ccGoods(o)), [], opt],
    ['Tiền chiết khấu', (c, o) => vnd(ccDisc(o)), [OR('discountAmount')]],
    ['Phí dịch vụ', (c, o) => vnd(ccSvc(o)), []],
    ['Phí giao hàng', (c, o) => vnd(ccMode(o) === 'Giao hàng' ? 20000 : 0), ['commerce.shipping.shippingAmount'], opt],
    ['Tiền thuế GTGT', (c, o) => vnd(ccVat(o)), [OR('taxAmount')]],
    ['Tổng tiền', (c, o) => vnd(ccTot(o) + (ccMode(o) === 'Giao hàng' ? 20000 : 0)), [OR('priceTotal')]],
    ['Hình thức thanh toán', (c, o) => ccPay(o), [OR('payments[0].paymentType')]],
    ['Thu ngân', (c, o) => row(['Nguyễn Thu Hà', 'Lê Văn Tùng', 'Trần Ngọc Ánh'], n(o) % 3), []],
    ['Nhân viên phục vụ', (c, o) => (ccMode(o) === 'Ngồi tại bàn' ? row(['Phạm Minh Đức', 'Vũ Thị Hoa', 'Đỗ Quang Huy', 'Bùi Thanh Tâm'], n(o) % 4) : ''), []],
    ['Trạng thái', (c, o) => (n(o) % 29 === 7 ? 'Đã hủy' : 'Đã thanh toán'), [], opt],
    ['Diễn giải', (c, o) => row(['', '', 'Khách đặt bàn sinh nhật', '', 'Xuất hóa đơn VAT cho công ty'], n(o) % 5), []],
  ] },
  // ------------------------------------------------------------ iReap POS Pro: Laporan > Penjualan > Detail Penjualan > Ekspor Excel (one row per item line)
  { name: 'ireap-laporan-penjualan-detail-id', product: 'iReap POS Pro (backoffice web: Laporan > Penjualan > Detail Penjualan > Ekspor ke Excel, one row per item line of a sale, Indonesian UI, a Surabaya minimarket with two outlets, Asia/Jakarta, IDR with PPN 11%)', family: 'retail-pos', language: 'id', schema: E, cols: [
    ['No. Transaksi', (c, o) => `SO/${ymd(ict(oat(o))).replace(/-/g, '').slice(2)}/${pad(n(o) % 10000, 4)}`, ['_id', OR('purchaseID')]],
    ['Tanggal', (c, o) => { const p = ict(oat(o)); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Outlet', (c, o) => (n(o) % 2 ? 'Toko Berkah Jaya - Rungkut' : 'Toko Berkah Jaya - Gubeng'), ['commerce.commerceScope.storeCode'], opt],
    ['Kasir', (c, o) => row(['Siti Aminah', 'Dimas Prasetyo', 'Rina Wulandari'], n(o) % 3), []],
    ['Pelanggan', (c, o) => (n(o) % 4 === 0 ? idn(c).full : 'Umum'), []],
    ['No. Telp Pelanggan', (c, o) => (n(o) % 4 === 0 ? idn(c).mobile : ''), PHONE_ID],
    ['Kode Barang', (c, o) => irItem(o)[0], [PL('SKU')]],
    ['Nama Barang', (c, o) => irItem(o)[1], [PL('name')]],
    ['Kategori', (c, o) => irItem(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Jumlah', (c, o) => String(irQty(o)), [PL('quantity')]],
    ['Satuan', (c, o) => irItem(o)[3], []],
    ['Harga Satuan', (c, o) => rp(irItem(o)[4]), [], opt],
    ['Diskon', (c, o) => rp(irDisc(o)), [OR('discountAmount')], opt],
    ['Subtotal', (c, o) => rp(irSub(o)), [PL('priceTotal')]],
    ['Pajak', (c, o) => rp(irTax(o)), [OR('taxAmount')], opt],
    ['Total', (c, o) => rp(irSub(o) + irTax(o)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['Metode Pembayaran', (c, o) => row(['Tunai', 'QRIS', 'Tunai', 'Debit BCA', 'Tunai', 'GoPay'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => (n(o) % 31 === 3 ? 'Retur' : 'Lunas'), [], opt],
    ['Catatan', (c, o) => row(['', '', '', 'Titip kembalian', ''], n(o) % 5), []],
  ] },
  // ------------------------------------------------------------ Ksher: merchant portal > Transactions > Export (one row per transaction)
  { name: 'ksher-transactions-export-th', product: 'Ksher (merchant portal: Transactions > Transaction List > Export, one row per payment, English UI of a Thai merchant account, a Bangkok Thai-dessert shop with two mall branches and a LINE online shop, Asia/Bangkok, THB)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Time', (c, o) => ksT(oat(o)), ['timestamp']],
    ['Merchant ID', () => '10002487', []],
    ['Merchant Name', () => 'Baan Kanom Thai Co., Ltd.', []],
    ['Store Name', (c, o) => ksStore(o)[0], ['commerce.commerceScope.storeCode'], opt],
    ['Terminal ID', (c, o) => ksStore(o)[1], []],
    ['Merchant Order No.', (c, o) => `BKT${ymd(ict(oat(o))).replace(/-/g, '')}${pad(n(o) % 10000, 4)}`, [OR('purchaseID'), '_id']],
    ['Ksher Order No.', (c, o) => `9${ymd(ict(oat(o))).replace(/-/g, '')}${d(seeded(c, o.id), 11)}`, ['_id', OR('payments[0].transactionID')]],
    ['Channel Order No.', (c, o) => (ksSt(o) === 'FAIL' ? '' : `${ksCh(o) === 'PromptPay' ? '0' : '4'}${d(seeded(c, o.id + 'ch'), 19)}`), [OR('payments[0].transactionID')], opt],
    ['Payment Channel', (c, o) => ksCh(o), [OR('payments[0].paymentType')]],
    ['Currency', () => 'THB', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Transaction Amount', (c, o) => baht(ksAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Fee', (c, o) => baht(ksFee(o)), []],
    ['Net Amount', (c, o) => baht(ksAmt(o) - ksFee(o)), [], opt],
    ['Status', (c, o) => ksSt(o), [], opt],
    ['Refund Amount', (c, o) => (ksSt(o) === 'REFUND' ? baht(ksAmt(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Refund Time', (c, o) => (ksSt(o) === 'REFUND' ? ksT(oat(o) + 86400000 + (n(o) % 7) * 3600000) : ''), []],
    ['Operator', (c, o) => (ksStore(o)[1] ? row(['cashier01', 'cashier02', 'manager'], n(o) % 3) : 'api'), []],
    ['Remark', (c, o) => (ksStore(o)[1] ? '' : `LINE order #${10000 + n(o) % 9000}`), []],
  ] },
  // ------------------------------------------------------------ OrderOnline.id: Orders > Export (one row per order)
  { name: 'orderonline-export-order-id', product: 'OrderOnline.id (dashboard: Order > Export Order (Excel), one row per order from an order form, Indonesian UI, a Solo-based online seller running Facebook and TikTok ads with COD and bank-transfer checkout and a team of CS agents, Asia/Jakarta, IDR)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['Order ID', (c, o) => String(1200000 + n(o) * 7), ['_id', OR('purchaseID')]],
    ['Tanggal', (c, o) => { const p = ict(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Nama', (c) => idn(c).full, []],
    ['No. HP', (c) => idn(c).mobile, PHONE_ID],
    ['Email', (c, o) => (n(o) % 4 === 1 ? '' : idn(c).email), EMAIL_ID],
    ['Alamat', (c) => `${idPl(c)[4]} No. ${1 + n(c) % 120}`, [SHIP('street1')]],
    ['Kecamatan', (c) => idPl(c)[2], [SHIP('street2'), SHIP('region')], opt],
    ['Kota/Kabupaten', (c) => idPl(c)[1], [SHIP('city')]],
    ['Provinsi', (c) => idPl(c)[0], STATE(['commerce.shipping.address'])],
    ['Kode Pos', (c) => idPl(c)[3], [SHIP('postalCode')]],
    ['Produk', (c, o) => ooItem(o)[0], [PL('name')]],
    ['Variasi', (c, o) => ooItem(o)[1], [], opt],
    ['Qty', (c, o) => String(ooQty(o)), [PL('quantity')]],
    ['Harga Produk', (c, o) => rp(ooItem(o)[2]), [], opt],
    ['Ongkir', (c, o) => rp(ooShip(o)), ['commerce.shipping.shippingAmount']],
    ['Biaya COD', (c, o) => rp(ooCodFee(o)), []],
    ['Diskon', (c, o) => rp(ooDisc(o)), [OR('discountAmount')]],
    ['Total', (c, o) => rp(ooTot(o)), [OR('priceTotal')]],
    ['Metode Pembayaran', (c, o) => (ooCod(o) ? 'COD' : 'Bank Transfer'), [OR('payments[0].paymentType')]],
    ['Ekspedisi', (c, o) => row(['JNE', 'J&T', 'SiCepat', 'AnterAja', 'Ninja Xpress', 'ID Express'], n(o) % 6), ['commerce.shipping.shippingMethod'], opt],
    ['Resi', (c, o) => (['Completed', 'RTS'].includes(ooSt(o)) ? `JP${d(seeded(c, o.id), 10)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o) => ooSt(o), [], opt],
    ['Status Pembayaran', (c, o) => (ooCod(o) ? (ooSt(o) === 'Completed' ? 'Paid' : 'Unpaid') : ooSt(o) === 'Pending' ? 'Unpaid' : 'Paid'), [], opt],
    ['CS', (c, o) => row(['Annisa', 'Rahma', 'Dinda', 'Yusuf'], n(o) % 4), []],
    ['Advertiser', (c, o) => row(['Bima', 'Bima', 'Fikri'], n(o) % 3), []],
    ['UTM Source', (c, o) => row(['facebook', 'tiktok', 'facebook', '', 'google'], n(o) % 5), [], opt],
    ['UTM Campaign', (c, o) => row(['madu_promo_cbo', 'tt_video_testimoni', 'retarget_30d', '', 'search_brand'], n(o) % 5), ['marketing.campaignName'], opt],
    ['Catatan', (c, o) => row(['', 'Tolong dibungkus rapi', '', '', 'Kirim sebelum jam 5 sore'], n(o) % 5), []],
  ] },
  // ------------------------------------------------------------ Ocha: หลังร้าน > สมาชิก > ส่งออก (one row per member)
  { name: 'ocha-samachik-export-th', product: 'Ocha (หลังร้าน / back office: สมาชิก > รายชื่อสมาชิก > ส่งออก Excel, one row per member of the shop\'s points programme, Thai UI, a Bangkok café and bakery chain with a Chiang Mai branch, Asia/Bangkok, THB, Gregorian dates)', family: 'restaurant-loyalty', language: 'th', schema: P, cols: [
    ['รหัสสมาชิก', (c) => `M${pad(n(c) % 1000000, 6)}`, ['loyalty.loyaltyID[0]', ...ID]],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => row(['ฝน', 'บอล', 'แพร', 'เจ', 'มิ้นท์', 'โอ๊ต', 'เบียร์', ''], n(c) % 8), []],
    ['เพศ', (c) => (n(c) % 9 === 4 ? 'ไม่ระบุ' : th(c).female ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c) => (n(c) % 5 === 3 ? '' : thD(c.birth)), ['person.birthDate']],
    ['เบอร์โทรศัพท์', (c) => th(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['อีเมล', (c) => (n(c) % 3 === 1 ? '' : th(c).email), ['personalEmail.address']],
    ['LINE ID', (c) => (n(c) % 4 === 0 ? `${th(c).firstEn.toLowerCase()}${n(c) % 100}` : ''), []],
    ['ระดับสมาชิก', (c) => ocTier(c), ['loyalty.tier']],
    ['แต้มคงเหลือ', (c) => String((n(c) * 37) % 2600), ['loyalty.points']],
    ['แต้มที่ใช้ไป', (c) => String((n(c) * 13) % 1800), ['loyalty.pointsRedeemed']],
    ['ยอดซื้อสะสม', (c) => (((n(c) * 911) % 58000) + 120).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['จำนวนครั้งที่ซื้อ', (c) => String(1 + n(c) % 64), []],
    ['วันที่สมัคร', (c) => thD(lo(c)), ['loyalty.joinDate']],
    ['ซื้อล่าสุด', (c) => thD(hi(c)), []],
    ['สาขาที่สมัคร', (c) => ocBranch(c), [], opt],
    ['หมายเหตุ', (c) => row(['', '', 'แพ้นมวัว ใช้นมโอ๊ต', '', 'ลูกค้าประจำ หวานน้อย'], n(c) % 5), []],
  ] },
  // ------------------------------------------------------------ iPOS CRM: Khách hàng > Danh sách thành viên > Xuất Excel (one row per member)
  { name: 'ipos-crm-thanh-vien-export-vn', product: 'iPOS CRM (iPOS.vn, trang quản trị CRM: Khách hàng > Danh sách thành viên > Xuất Excel, one row per loyalty member, Vietnamese UI, a Hà Nội and TP. Hồ Chí Minh hotpot restaurant brand whose guests join via Zalo OA and at the counter, Asia/Ho_Chi_Minh, VND)', family: 'restaurant-loyalty', language: 'vi', schema: P, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Mã thành viên', (c) => `TV${pad(n(c) % 10000000, 7)}`, ['loyalty.loyaltyID[0]', ...ID]],
    ['Họ tên', (c) => vn(c).full, ['person.name.fullName']],
    ['Số điện thoại', (c) => vn(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c) => (n(c) % 3 === 2 ? '' : vn(c).email), ['personalEmail.address']],
    ['Giới tính', (c) => (n(c) % 11 === 3 ? '' : vn(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c) => (n(c) % 6 === 5 ? '' : dmy(shift(c.birth, 0), '/')), ['person.birthDate']],
    ['Địa chỉ', (c) => (n(c) % 4 === 1 ? '' : `${vn(c).street}, ${vn(c).ward}, ${vn(c).dist}`), at(HOMES, 'street1')],
    ['Tỉnh/Thành phố', (c) => vn(c).prov, [...STATE(HOMES), ...at(HOMES, 'city')]],
    ['Hạng thành viên', (c) => ipTier(c), ['loyalty.tier']],
    ['Điểm hiện tại', (c) => String((n(c) * 29) % 5400), ['loyalty.points']],
    ['Điểm đã sử dụng', (c) => String((n(c) * 11) % 3100), ['loyalty.pointsRedeemed']],
    ['Tổng chi tiêu', (c) => vnd(ipSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Số lần đến', (c) => String(1 + n(c) % 40), []],
    ['Ngày tham gia', (c) => dmy(ict(lo(c)), '/'), ['loyalty.joinDate']],
    ['Lần đến gần nhất', (c) => dmy(ict(hi(c)), '/'), []],
    ['Cửa hàng đăng ký', (c) => row(['Lẩu Nấm Xưa - Trần Duy Hưng', 'Lẩu Nấm Xưa - Phan Xích Long', 'Lẩu Nấm Xưa - Nguyễn Chí Thanh'], n(c) % 3), [], opt],
    ['Nguồn', (c) => row(['Zalo OA', 'Tại quầy', 'Zalo OA', 'Facebook', 'Website đặt bàn'], n(c) % 5), [], opt],
    ['Nhóm khách hàng', (c) => row(['Khách thường', 'Khách thân thiết', 'Khách doanh nghiệp', 'Khách thường'], n(c) % 4), [], opt],
  ] },
  // ------------------------------------------------------------ CloudPro CRM: Khách hàng tiềm năng > Xuất dữ liệu (one row per lead)
  { name: 'cloudpro-khach-hang-tiem-nang-export-vn', product: 'CloudPro CRM (cloudpro.vn, vtiger-based: Khách hàng tiềm năng (Leads) > Xuất dữ liệu, a subset in order of the lead fields, one row per lead, Vietnamese UI, a TP. Hồ Chí Minh vendor of HR and payroll software selling to Vietnamese companies, Asia/Ho_Chi_Minh)', family: 'crm', language: 'vi', schema: B, cols: [
    ['Mã khách hàng tiềm năng', (c) => `LEA${n(c) % 100000}`, B2BID],
    ['Danh xưng', (c) => (vn(c).female ? row(['Chị', 'Bà', 'Ms.'], n(c) % 3) : row(['Anh', 'Ông', 'Mr.'], n(c) % 3)), ['person.name.courtesyTitle']],
    ['Họ', (c) => `${vn(c).last} ${vn(c).mid}`, ['person.name.lastName']],
    ['Tên', (c) => vn(c).first, ['person.name.firstName']],
    ['Công ty', (c) => cpCo(c)[0], CO],
    ['Chức vụ', (c) => cpRole(c), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => `${ascii(vn(c).first)}.${ascii(vn(c).last)}@${cpCo(c)[1]}`, ['workEmail.address']],
    ['Email phụ', (c) => (n(c) % 3 === 0 ? vn(c).email : ''), ['personalEmail.address'], opt],
    ['Di động', (c) => vn(c).mobile, ['mobilePhone.number']],
    ['Điện thoại', (c) => cpPhoneCo(c), ['workPhone.number']],
    ['Website', (c) => `https://${cpCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Nguồn khách hàng tiềm năng', (c) => row(['Website', 'Hội thảo', 'Facebook Ads', 'Giới thiệu', 'Gọi điện', 'Zalo'], n(c) % 6), ['b2b.personSource']],
    ['Tình trạng', (c) => row(['Chưa liên hệ', 'Đã liên hệ', 'Đang chăm sóc', 'Đủ điều kiện', 'Không đủ điều kiện', 'Đã chuyển đổi'], (n(c) >> 1) % 6), ['b2b.personStatus']],
    ['Ngành nghề', (c) => cpCo(c)[2], [], opt],
    ['Số nhân viên', (c) => cpCo(c)[3], [], opt],
    ['Đánh giá', (c) => row(['Nóng', 'Ấm', 'Lạnh', 'Ấm'], n(c) % 4), [], opt],
    ['Địa chỉ', (c) => vn(c).street, [W('street1')]],
    ['Quận/Huyện', (c) => vn(c).dist, [W('city'), W('region')], opt],
    ['Tỉnh/Thành phố', (c) => vn(c).prov, [...STATE(['workAddress']), W('city')]],
    ['Quốc gia', () => 'Việt Nam', [W('country')]],
    ['Giao cho', (c) => row(['Nguyễn Hoàng Phúc', 'Trần Thị Mỹ Duyên', 'Lê Quốc Bảo'], n(c) % 3), [], opt],
    ['Ngày tạo', (c) => dmyhm(lo(c)), ['extSourceSystemAudit.createdDate']],
    ['Ngày sửa', (c) => dmyhm(hi(c)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Mô tả', (c) => row(['', 'Quan tâm module tính lương, khoảng 300 nhân sự', '', 'Hẹn demo tuần sau', 'Đang dùng Excel, muốn chuyển sang phần mềm'], n(c) % 5), []],
  ] },
  // ------------------------------------------------------------ LOKET: dashboard EO > Data Pengunjung > Unduh (one row per ticket holder)
  { name: 'loket-data-pengunjung-export-id', product: 'LOKET (loket.com, dashboard Event Organizer: Event > Data Pengunjung > Unduh Excel, one row per ticket holder with the custom form fields the organiser added, Indonesian UI, a one-day HR and people-analytics seminar at a Jakarta hotel, Asia/Jakarta, IDR)', family: 'events', language: 'id', schema: B, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['Kode Invoice', (c) => `LOKET-${d(seeded(c, 'inv'), 8)}`, [], opt],
    ['Kode Tiket', (c) => `${(n(c) * 2654435761 >>> 0).toString(36).toUpperCase().slice(0, 8)}`, B2BID, opt],
    ['Nama Tiket', (c) => lkTix(c)[0], []],
    ['Harga Tiket', (c) => rp(lkTix(c)[1]), []],
    ['Nama Lengkap', (c) => idn(c).full, ['person.name.fullName']],
    ['Email', (c) => idn(c).email, ['personalEmail.address', 'workEmail.address']],
    ['No. Handphone', (c) => idn(c).mobile, ['mobilePhone.number']],
    ['Jenis Kelamin', (c) => (idn(c).female ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c) => dmy(shift(c.birth, 0), '-'), ['person.birthDate']],
    ['Nama Perusahaan / Instansi', (c) => lkCo(c)[0], CO],
    ['Jabatan', (c) => lkRole(c), ['extendedWorkDetails.jobTitle']],
    ['Bidang Industri', (c) => lkCo(c)[1], [], opt],
    ['Kota Domisili', (c) => lkKota(c), [W('city'), 'homeAddress.city'], opt],
    ['Tanggal Pembelian', (c) => dmyhms(lkBuy(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Metode Pembayaran', (c) => row(['BCA Virtual Account', 'QRIS', 'Mandiri Virtual Account', 'Kartu Kredit', 'OVO'], n(c) % 5), []],
    ['Status Check-in', (c) => (n(c) % 6 === 2 ? 'Belum Check-in' : 'Sudah Check-in'), []],
    ['Waktu Check-in', (c) => (n(c) % 6 === 2 ? '' : `14-03-2025 ${pad(7 + n(c) % 2)}:${pad((n(c) * 7) % 60)}`), []],
    ['Dari mana Anda mengetahui acara ini?', (c) => row(['Instagram', 'LinkedIn', 'Rekan kerja', 'Email', 'Instagram'], n(c) % 5), ['b2b.personSource'], opt],
  ] },
]
