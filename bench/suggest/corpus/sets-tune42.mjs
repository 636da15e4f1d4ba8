// Round 42, tune42: tune sets written blind in round 42 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'
import { loc, czk } from './values10.mjs'
import { loc11 } from './values11.mjs'

// local times: Hanoi/Jakarta (+7), Jerusalem (+2), Athens (+2), Budapest/Prague/Warsaw (+1), Riyadh (+3)
const at7 = (ms) => parts(ms + 7 * 3600000)
const vnTime = (ms) => { const p = at7(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const vnDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const wib = (ms) => { const p = at7(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const wibIso = (ms) => { const p = at7(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ilDate = (ms) => { const p = parts(ms + 2 * 3600000); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ilTime = (ms) => { const p = parts(ms + 2 * 3600000); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const grDate = (ms) => { const p = parts(ms + 2 * 3600000); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const huTime = (ms) => { const p = parts(ms + 3600000); return `${p.y}.${pad(p.m)}.${pad(p.d)}. ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const czTime = (ms) => { const p = parts(ms + 3600000); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const plTime = (ms) => { const p = parts(ms + 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ksaDate = (ms) => { const p = parts(ms + 3 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ksaTime = (ms) => { const p = parts(ms + 3 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
// money: "150.000" (đồng, dot thousands), "12 990" (forint, space thousands)
const dots = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const spaces = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const vnd = (o) => Math.round(o.total * 27) * 1000
const idr = (o) => Math.round(o.total * 17) * 1000

// Vietnamese people, places, companies
const VI_PEOPLE = [['Nguyễn Văn An', 'nguyenvanan'], ['Trần Thị Bích Ngọc', 'ngoc.tran'], ['Lê Hoàng Nam', 'lehoangnam'], ['Phạm Thu Hà', 'thuha.pham'], ['Hoàng Minh Tuấn', 'tuan.hm'], ['Vũ Thị Lan', 'vulan'], ['Đặng Quốc Bảo', 'baodq'], ['Bùi Thanh Hương', 'huongbui']]
const VI_PLACES = [['12 Nguyễn Huệ, Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh'], ['45 Trần Duy Hưng, Phường Trung Hòa', 'Quận Cầu Giấy', 'Hà Nội'], ['88 Lê Duẩn', 'Quận Hải Châu', 'Đà Nẵng'], ['27 Lạch Tray', 'Quận Ngô Quyền', 'Hải Phòng'], ['156 Đường 30/4', 'Quận Ninh Kiều', 'Cần Thơ'], ['9 Phan Xích Long, Phường 2', 'Quận Phú Nhuận', 'TP. Hồ Chí Minh']]
const VI_CO = [['Công ty TNHH Thương mại Minh Phát', 'minhphat.vn'], ['Công ty Cổ phần Công nghệ Sao Việt', 'saoviet.com.vn'], ['Công ty TNHH Xây dựng Hoàng Long', 'hoanglongxd.vn'], ['Công ty CP Thực phẩm An Khang', 'ankhangfood.vn'], ['Công ty TNHH Logistics Đông Á', 'dongalogistics.com'], ['Công ty TNHH Nội thất Gỗ Việt', 'goviet.vn']]
const VI_JOBS = ['Giám đốc', 'Trưởng phòng kinh doanh', 'Kế toán trưởng', 'Nhân viên mua hàng', 'Trưởng phòng marketing']
const VI_STORES = ['The Coffee House - Nguyễn Huệ', 'Bánh mì Hòa Mã', 'Shop Thời Trang Linh', 'Nhà sách Phương Nam']
const viMobile = (r) => `0${v.pick(r, ['90', '91', '93', '96', '98', '70', '88'])}${v.int(r, 1000000, 9999999)}`
// Indonesian places [street, kecamatan, kota, provinsi, kode pos], products
const ID_ADDR = [['Jl. Kemang Raya No. 15', 'Mampang Prapatan', 'Kota Jakarta Selatan', 'DKI Jakarta', '12730'], ['Jl. Ir. H. Juanda No. 88', 'Coblong', 'Kota Bandung', 'Jawa Barat', '40132'], ['Jl. Tunjungan No. 21', 'Genteng', 'Kota Surabaya', 'Jawa Timur', '60275'], ['Perum Bumi Serpong Damai Blok G2 No. 5', 'Serpong', 'Kota Tangerang Selatan', 'Banten', '15310'], ['Jl. Pandanaran No. 40', 'Semarang Tengah', 'Kota Semarang', 'Jawa Tengah', '50134'], ['Jl. Teuku Umar No. 77', 'Denpasar Barat', 'Kota Denpasar', 'Bali', '80113']]
const ID_PRODUCTS = [['KMJ-BTK-M-01', 'Kemeja Batik Pria Lengan Panjang - M', 189000], ['HJB-VOAL-02', 'Hijab Voal Motif Segi Empat', 65000], ['SND-KLT-40', 'Sandal Kulit Wanita - 40', 149000], ['TAS-RJT-BRN', 'Tas Rajut Handmade Coklat', 215000]]
const ID_STORES = ['Batik Sekar Official', 'Sekar Store', 'Sekar Batik ID']

// Saudi people for Foodics [full name, e-mail local part, female?], Israeli and Greek people, places, companies
const SA_PEOPLE = [['محمد العتيبي', 'mohammed.alotaibi', 0], ['نورة القحطاني', 'noura.q', 1], ['عبدالله الشهري', 'a.alshehri', 0], ['سارة الدوسري', 'sara.aldosari', 1], ['خالد المطيري', 'khalid.m', 0], ['ريم الغامدي', 'reem.alghamdi', 1], ['فهد الحربي', 'fahad.harbi', 0]]
const SA_BRANCHES = ['فرع العليا', 'فرع الملقا', 'فرع التحلية - جدة', 'فرع الخبر']
const HE_PEOPLE = [['יוסי', 'כהן', 'yossi.cohen'], ['מיכל', 'לוי', 'michal.levi'], ['אבי', 'מזרחי', 'avi.mizrahi'], ['נועה', 'פרץ', 'noa.peretz'], ['דניאל', 'ביטון', 'daniel.biton'], ['שירה', 'אברהם', 'shira.avraham'], ['עומר', 'פרידמן', 'omer.f']]
const HE_CITY = [['רחוב דיזנגוף 50', 'תל אביב-יפו', '6433222', '03'], ['רחוב יפו 97', 'ירושלים', '9434201', '02'], ['שדרות הנשיא 120', 'חיפה', '3463208', '04'], ['רחוב הרצל 35', 'ראשון לציון', '7526801', '03'], ['שדרות רגר 18', 'באר שבע', '8424106', '08']]
const HE_CO = [['סטודיו אור בע"מ', 'studio-or.co.il'], ['כהן את לוי הנדסה בע"מ', 'cl-eng.co.il'], ['מאפיית השכונה', 'hashchuna.co.il'], ['טכנולוגיות גליל בע"מ', 'galiltech.com'], ['ברק ושות\' משרד עורכי דין', 'barak-law.co.il'], ['גרין פוינט שיווק בע"מ', 'greenpoint.co.il']]
const HE_ITEMS = ['מנוי חודשי', 'סדנת קרמיקה', 'הזמנה מהאתר', 'תשלום עבור שירותי ייעוץ', 'כרטיס כניסה']
const ilMobile = (r) => `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`
const GR_PEOPLE = [['Γιώργος', 'Παπαδόπουλος', 'g.papadopoulos'], ['Μαρία', 'Νικολάου', 'maria.nikolaou'], ['Δημήτρης', 'Κωνσταντίνου', 'd.konstantinou'], ['Ελένη', 'Γεωργίου', 'eleni.georgiou'], ['Νίκος', 'Ιωάννου', 'n.ioannou'], ['Κατερίνα', 'Παππά', 'k.pappa']]
const GR_CITY = [['Ερμού 25', 'Αθήνα', '10563', '210'], ['Τσιμισκή 43', 'Θεσσαλονίκη', '54623', '2310'], ['Μαιζώνος 112', 'Πάτρα', '26221', '2610'], ['Λεωφ. Ικάρου 8', 'Ηράκλειο', '71307', '2810'], ['Κύπρου 57', 'Λάρισα', '41222', '2410']]
const GR_CO = [['Παπαδόπουλος Α.Ε.', 'papadopoulos-ae.gr'], ['Ελαιώνας Ι.Κ.Ε.', 'elaionas.gr'], ['Τεχνική Βορείου Ελλάδος Ο.Ε.', 'techniki-voreiou.gr'], ['Κρήτη Τρόφιμα Α.Ε.', 'kritifoods.gr'], ['Digital Hellas Μ.Ι.Κ.Ε.', 'digitalhellas.gr']]
const GR_JOBS = ['Λογιστής', 'Πολιτικός Μηχανικός', 'Εμπόριο ειδών ένδυσης', 'Δικηγόρος', 'Παροχή υπηρεσιών πληροφορικής']
const GR_DOY = ["Α' Αθηνών", 'Ιωνίας Θεσσαλονίκης', "Α' Πατρών", 'Ηρακλείου', "Α' Λάρισας"]

// Polish, Czech and Hungarian products [sku, ean, name, gross price]
const PL_PRODUCTS = [['KUB-350-BI', '5901234123457', 'Kubek ceramiczny 350 ml biały', 29.99], ['BLZ-KAP-SZ-L', '5907798012345', 'Bluza z kapturem szara L', 139.0], ['BUT-BIEG-42', '5903345678901', 'Buty do biegania 42 czerwone', 249.99], ['LAMP-LED-01', '5900111222333', 'Lampka biurkowa LED czarna', 89.9]]
const CZ_PRODUCTS = [['CAJ-ZEL-100', 'Zelený čaj Sencha 100 g', 189], ['HRN-KER-03', 'Keramický hrnek modrý 300 ml', 249], ['SVC-SOJ-LV', 'Sójová svíčka levandule', 329], ['PRK-LNE-01', 'Lněné prostírání 2 ks', 459]]
const huEur = (o) => +o.id % 4 === 0
const huAmt = (o, k = 1) => (huEur(o) ? (o.total * k).toFixed(2).replace('.', ',') : spaces(o.total * 390 * k))
const HU_ITEMS = ['Bérlet - havi', 'Online rendelés', 'Kávé 1 kg szemes', 'Jegy - koncert', 'Futárszolgálat díja']
const HU_SHOPS = ['Kávépörkölő Kft. webshop', 'Jegy.hu partner', 'Balaton Trade webáruház']
const MAJOO_OUTLETS = ['Kopi Senja - Kemang', 'Kopi Senja - Dago', 'Kopi Senja - Tunjungan']

export const SETS = [
  // ---------------------------------------------------------------- payments (MoMo Business, Lịch sử giao dịch > Xuất Excel, Vietnamese)
  { name: 'momo-giao-dich-vi', product: 'MoMo Business (M4B portal, Lịch sử giao dịch > Xuất file, Vietnamese UI)', family: 'payments', language: 'vi', schema: E, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Mã giao dịch', (c, o, r) => String(v.int(r, 3000000000, 4299999999)), [OR('payments[0].transactionID'), '_id']],
    ['Mã đơn hàng', (c, o) => `DH${o.id}${pad(+o.id % 97)}`, [OR('purchaseID')]],
    ['Mã yêu cầu', (c, o, r) => v.uuid(r), [], opt],
    ['Thời gian tạo', (c, o) => vnTime(o.at), ['timestamp', OR('createdDate')]],
    ['Thời gian hoàn thành', (c, o) => vnTime(o.at + 9000), [], opt],
    ['Loại giao dịch', (c, o, r) => v.pick(r, ['Thanh toán', 'Thanh toán', 'Thanh toán', 'Hoàn tiền']), [], opt],
    ['Trạng thái', (c, o, r) => v.pick(r, ['Thành công', 'Thành công', 'Thành công', 'Thất bại', 'Đang xử lý']), [], opt],
    ['Hình thức thanh toán', (c, o, r) => v.pick(r, ['Ví MoMo', 'Ví MoMo', 'Thẻ ATM nội địa', 'Thẻ Visa/Master/JCB', 'Ví Trả Sau']), [OR('payments[0].paymentType')]],
    ['Kênh thanh toán', (c, o, r) => v.pick(r, ['QR Code', 'App-in-App', 'Website', 'Mini App']), [], opt],
    ['Số tiền (VND)', (c, o) => dots(vnd(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Phí giao dịch', (c, o) => dots(Math.round(vnd(o) * 0.011)), []],
    ['Số tiền thực nhận', (c, o) => dots(vnd(o) - Math.round(vnd(o) * 0.011)), []],
    ['Số tiền hoàn', (c, o, r) => (r() < 0.1 ? dots(v.int(r, 2, 40) * 10000) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Mã giao dịch hoàn tiền', (c, o, r) => (r() < 0.1 ? String(v.int(r, 3000000000, 4299999999)) : ''), [OR('refunds[0].transactionID')], opt],
    ['Đơn vị tiền tệ', () => 'VND', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Nội dung thanh toán', (c, o) => `Thanh toan don hang DH${o.id}`, [], opt],
    ['Tên khách hàng', (c, o, r, i) => row(VI_PEOPLE, i)[0], []],
    ['Số điện thoại', (c, o, r) => `09${v.int(r, 0, 9)}****${v.int(r, 100, 999)}`, []],
    ['Cửa hàng', (c, o, r, i) => row(VI_STORES, i), []],
    ['Mã cửa hàng', (c, o, r, i) => `MOMO${pad(i % 4 + 1, 3)}`, []],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Khách yêu cầu hoàn tiền', 'Đối soát T+1']), []],
  ] },

  // ---------------------------------------------------------------- B2B leads (Getfly CRM, Khách hàng filtered to prospects > Xuất Excel, Vietnamese)
  { name: 'getfly-khach-hang-vi', product: 'Getfly CRM (Khách hàng, filtered to Mối quan hệ = Tiềm năng / Đang chăm sóc > Xuất Excel, Vietnamese UI)', family: 'b2b-leads', language: 'vi', schema: B, cols: [
    ['Mã khách hàng', (c, o, r, i) => `KH${pad(1200 + i * 7, 6)}`, B2BID],
    ['Tên khách hàng', (c, o, r, i) => row(VI_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Người liên hệ', (c, o, r, i) => row(VI_PEOPLE, i)[0], ['person.name.fullName']],
    ['Chức vụ', (c, o, r, i) => row(VI_JOBS, i), ['extendedWorkDetails.jobTitle']],
    ['Giới tính', (c, o, r, i) => (/Thị|Hương|Hà/.test(row(VI_PEOPLE, i)[0]) ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c, o, r) => (r() < 0.5 ? vnDate(c.birth) : ''), ['person.birthDate']],
    ['Điện thoại', (c, o, r) => viMobile(r), ['mobilePhone.number', 'workPhone.number']],
    ['Email', (c, o, r, i) => `${row(VI_PEOPLE, i)[1]}@${r() < 0.3 ? 'gmail.com' : row(VI_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Địa chỉ', (c, o, r, i) => row(VI_PLACES, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Quận/Huyện', (c, o, r, i) => row(VI_PLACES, i)[1], [], opt],
    ['Tỉnh/Thành phố', (c, o, r, i) => row(VI_PLACES, i)[2], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state'), ...at([...WORK, ...HOME], 'city')]],
    ['Quốc gia', () => 'Việt Nam', at([...WORK, ...HOME], 'country')],
    ['Website', (c, o, r, i) => `https://${row(VI_CO, i)[1]}`, ['b2b.companyWebsite'], opt],
    ['Mã số thuế', (c, o, r) => String(v.int(r, 100000000, 399999999)) + '0', [], opt],
    ['Loại khách hàng', (c, o, r) => v.pick(r, ['Doanh nghiệp', 'Doanh nghiệp', 'Cá nhân']), [], opt],
    ['Mối quan hệ', (c, o, r) => v.pick(r, ['Tiềm năng', 'Tiềm năng', 'Đang chăm sóc', 'Đã báo giá']), ['b2b.personStatus'], opt],
    ['Nguồn khách hàng', (c, o, r) => v.pick(r, ['Website', 'Facebook', 'Giới thiệu', 'Hội chợ', 'Zalo']), ['b2b.personSource'], opt],
    ['Ngành nghề', (c, o, r) => v.pick(r, ['Xây dựng', 'Thương mại', 'Thực phẩm', 'Vận tải']), []],
    ['Người phụ trách', (c, o, r) => v.pick(r, ['Trần Minh Đức', 'Ngô Thị Mai', 'Phạm Văn Long']), []],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['Khách hàng miền Nam', 'Khách hàng miền Bắc', 'Đại lý']), []],
    ['Ngày tạo', (c) => vnTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ngày liên hệ gần nhất', (c) => vnTime(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Mô tả', (c, o, r) => v.pick(r, ['', 'Quan tâm gói Premium', 'Hẹn gọi lại tuần sau']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Jubelio Omnichannel, Penjualan > Pesanan > Ekspor, Indonesian)
  { name: 'jubelio-pesanan-id', product: 'Jubelio Omnichannel (Penjualan > Pesanan > Ekspor ke Excel, Indonesian UI)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['No. Pesanan', (c, o) => `SO-${pad(+o.id, 9)}`, [OR('purchaseID'), '_id']],
    ['No. Ref', (c, o, r) => `${v.int(r, 230101, 241231)}${v.alnum(r, 6).toUpperCase()}`, [OR('purchaseID')], opt],
    ['Tanggal', (c, o) => wib(o.at), ['timestamp', OR('createdDate')]],
    ['Channel', (c, o, r) => v.pick(r, ['Shopee', 'Tokopedia', 'Lazada', 'TikTok Shop', 'Website']), [], opt],
    ['Nama Toko', (c, o, r, i) => row(ID_STORES, i), []],
    ['Status', (c, o, r) => v.pick(r, ['Selesai', 'Selesai', 'Dikirim', 'Siap Dikirim', 'Dibatalkan']), [], opt],
    ['Nama Pelanggan', (c) => loc11(c, 'id').full, []],
    ['No. Telp', (c) => loc11(c, 'id').mobile, [], opt],
    ['Email', (c, o, r) => (r() < 0.5 ? loc11(c, 'id').email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Nama Penerima', (c) => loc11(c, 'id').full, []],
    ['Alamat Pengiriman', (c, o, r, i) => row(ID_ADDR, i)[0], [SHIP('street1')]],
    ['Kecamatan', (c, o, r, i) => row(ID_ADDR, i)[1], [], opt],
    ['Kota', (c, o, r, i) => row(ID_ADDR, i)[2], [SHIP('city')]],
    ['Provinsi', (c, o, r, i) => row(ID_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c, o, r, i) => row(ID_ADDR, i)[4], [SHIP('postalCode')]],
    ['Kurir', (c, o, r) => v.pick(r, ['J&T Express', 'JNE REG', 'SiCepat REG', 'AnterAja', 'GoSend Instant']), ['commerce.shipping.shippingMethod'], opt],
    ['No. Resi', (c, o, r) => `${v.pick(r, ['JP', 'JX', '0021'])}${v.int(r, 1000000000, 9999999999)}`, ['commerce.shipping.trackingNumber']],
    ['SKU', (c, o, r, i) => row(ID_PRODUCTS, i)[0], [PL('SKU')]],
    ['Nama Barang', (c, o, r, i) => row(ID_PRODUCTS, i)[1], [PL('name')]],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2]), [], opt],
    ['Diskon', (c, o) => (o.discount ? '10000' : '0'), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Ongkos Kirim', (c, o, r) => v.pick(r, ['0', '9000', '12000', '18000']), ['commerce.shipping.shippingAmount']],
    ['Asuransi', (c, o, r) => v.pick(r, ['0', '0', '1500']), []],
    ['Biaya Layanan', (c, o, r) => v.pick(r, ['0', '1000', '2500']), []],
    ['Total', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2] * o.qty - (o.discount ? 10000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o, r) => v.pick(r, ['COD', 'ShopeePay', 'Transfer Bank', 'GoPay', 'Kartu Kredit']), [OR('payments[0].paymentType')], opt],
    ['Gudang', () => 'Gudang Utama Jakarta', []],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Tolong dibungkus rapi', 'Kirim sebelum jam 5']), []],
  ] },

  // ---------------------------------------------------------------- support desk (Mekari Qontak Omnichannel, Kontak > Ekspor, Indonesian)
  { name: 'qontak-kontak-id', product: 'Mekari Qontak (Omnichannel inbox, Kontak > Ekspor CSV, Indonesian UI)', family: 'support', language: 'id', schema: P, cols: [
    ['ID Kontak', (c, o, r) => v.uuid(r), ID],
    ['Nama', (c) => loc11(c, 'id').full, ['person.name.fullName']],
    ['Nomor Telepon', (c) => loc11(c, 'id').mobile.slice(1), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? loc11(c, 'id').email : ''), ['personalEmail.address']],
    ['Jenis Kelamin', (c) => (loc11(c, 'id').female ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c, o, r) => (r() < 0.4 ? vnDate(c.birth) : ''), ['person.birthDate']],
    ['Perusahaan', (c, o, r) => (r() < 0.3 ? v.pick(r, ['PT Sinar Jaya Abadi', 'CV Maju Bersama', 'PT Nusantara Digital']) : ''), ['organizations[0]']],
    ['Alamat', (c, o, r, i) => row(ID_ADDR, i)[0], at(HOME, 'street1'), opt],
    ['Kota', (c, o, r, i) => row(ID_ADDR, i)[2], at(HOME, 'city'), opt],
    ['Kanal', (c, o, r) => v.pick(r, ['WhatsApp', 'WhatsApp', 'Instagram', 'Live Chat', 'Email', 'Facebook Messenger']), []],
    ['Akun Kanal', () => '6281180001234', []],
    ['Label', (c, o, r) => v.pick(r, ['', 'VIP', 'komplain', 'reseller, prospek']), []],
    ['Agen', (c, o, r) => v.pick(r, ['Rina CS', 'Dimas CS', 'Tim Support']), []],
    ['Divisi', (c, o, r) => v.pick(r, ['Customer Service', 'Sales', 'Billing']), []],
    ['Jumlah Percakapan', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Percakapan Terakhir', (c) => wibIso(c.updated), [], opt],
    ['Tanggal Dibuat', (c) => wibIso(c.created), [], opt],
    ['Opt-in WhatsApp', (c) => (c.bool ? 'Ya' : 'Tidak'), [], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Pelanggan lama', 'Minta dihubungi via email']), []],
  ] },
  // ---------------------------------------------------------------- loyalty (Foodics Console, العملاء > تصدير, Arabic UI, Saudi Arabia)
  { name: 'foodics-customers-ar', product: 'Foodics (Console, العملاء > تصدير, Arabic UI, Saudi restaurant group with Foodics loyalty)', family: 'loyalty', language: 'ar', seed: 'foodics-ar', schema: P, cols: [
    ['الاسم', (c, o, r, i) => row(SA_PEOPLE, i)[0], ['person.name.fullName']],
    ['رمز الاتصال', () => '966', ['mobilePhone.countryCode'], opt],
    ['رقم الجوال', (c, o, r) => `5${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`, ['mobilePhone.number', 'homePhone.number']],
    ['البريد الإلكتروني', (c, o, r, i) => (r() < 0.6 ? `${row(SA_PEOPLE, i)[1]}@${v.pick(r, ['gmail.com', 'hotmail.com', 'outlook.sa'])}` : ''), ['personalEmail.address']],
    ['الجنس', (c, o, r, i) => (row(SA_PEOPLE, i)[2] ? 'أنثى' : 'ذكر'), ['person.gender']],
    ['تاريخ الميلاد', (c, o, r) => (r() < 0.5 ? ksaDate(c.birth) : ''), ['person.birthDate']],
    ['الملاحظات', (c, o, r) => v.pick(r, ['', '', 'بدون بصل', 'يفضل الجلسات الخارجية']), []],
    ['محظور', (c, o, r) => (r() < 0.05 ? 'نعم' : 'لا'), []],
    ['الحساب الآجل مفعل', (c, o, r) => (r() < 0.1 ? 'نعم' : 'لا'), []],
    ['حد الحساب الآجل', (c, o, r) => (r() < 0.1 ? '500.00' : ''), []],
    ['الولاء مفعل', (c) => (c.bool ? 'نعم' : 'لا'), [], opt],
    ['رصيد الولاء', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['عدد الطلبات', (c, o, r) => String(v.int(r, 1, 90)), ['loyalty.lifetimePurchases'], opt],
    ['إجمالي المبيعات', (c, o, r) => v.money(r, 35, 9000), [], opt],
    ['الفرع المفضل', (c, o, r, i) => row(SA_BRANCHES, i), []],
    ['أول طلب', (c) => ksaTime(Math.min(c.created, c.updated)), ['loyalty.joinDate'], opt],
    ['آخر طلب', (c) => ksaTime(Math.max(c.created, c.updated)), [], opt],
    ['تاريخ الإنشاء', (c) => ksaTime(Math.min(c.created, c.updated) - 86400000), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Tranzila, דוחות > דוח עסקאות > ייצוא לאקסל, Hebrew)
  { name: 'tranzila-iskaot-he', product: 'Tranzila (my.tranzila.com, דוח עסקאות > ייצוא לאקסל, Hebrew UI)', family: 'payments', language: 'he', schema: E, cols: [
    ['מספר עסקה', (c, o, r, i) => String(5000 + i * 3 + v.int(r, 0, 2)), [OR('payments[0].transactionID'), '_id']],
    ['מסוף', () => 'shoptlv', []],
    ['תאריך', (c, o) => ilDate(o.at), ['timestamp', OR('createdDate')]],
    ['שעה', (c, o) => ilTime(o.at), [], opt],
    ['סכום', (c, o) => (o.total * 3.9).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['מטבע', (c, o, r) => v.pick(r, ['ILS', 'ILS', 'ILS', 'USD']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['4 ספרות', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['תוקף', (c, o, r) => `${pad(v.int(r, 1, 12))}${v.int(r, 26, 31)}`, []],
    ['מותג', (c, o, r) => v.pick(r, ['ויזה', 'מאסטרקארד', 'ישראכרט', 'אמריקן אקספרס', 'דיינרס']), []],
    ['סולק', (c, o, r) => v.pick(r, ['כאל', 'מקס', 'ישראכרט']), []],
    ['סוג אשראי', (c, o, r) => v.pick(r, ['רגיל', 'רגיל', 'תשלומים', 'קרדיט']), [], opt],
    ['מספר תשלומים', (c, o, r) => v.pick(r, ['1', '1', '3', '6']), []],
    ['סוג עסקה', (c, o, r) => v.pick(r, ['חיוב', 'חיוב', 'חיוב', 'זיכוי']), [], opt],
    ['מספר אישור', (c, o, r) => pad(v.int(r, 0, 9999999), 7), []],
    ['קוד תשובה', (c, o, r) => v.pick(r, ['000', '000', '000', '004', '033']), [], opt],
    ['אסמכתא', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['שם', (c, o, r, i) => `${row(HE_PEOPLE, i)[0]} ${row(HE_PEOPLE, i)[1]}`, []],
    ['ת.ז.', (c, o, r) => String(v.int(r, 10000000, 399999999)).padStart(9, '0'), []],
    ['טלפון', (c, o, r) => ilMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['דוא"ל', (c, o, r, i) => `${row(HE_PEOPLE, i)[2]}@${v.pick(r, ['gmail.com', 'walla.co.il', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['תיאור', (c, o, r, i) => row(HE_ITEMS, i), [PL('name')], opt],
    ['הערות', (c, o, r) => v.pick(r, ['', '', 'הזמנה טלפונית', 'ללקוח קבוע']), []],
  ] },

  // ---------------------------------------------------------------- invoicing CRM (Green Invoice / Morning, לקוחות > ייצוא לאקסל, Hebrew)
  { name: 'greeninvoice-lakochot-he', product: 'Green Invoice (חשבונית ירוקה, now Morning: לקוחות > ייצוא לאקסל, Hebrew UI)', family: 'crm', language: 'he', schema: B, cols: [
    ['שם הלקוח', (c, o, r, i) => row(HE_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['ח.פ / ע.מ', (c, o, r) => `51${v.int(r, 1000000, 9999999)}`, ['person.taxId'], opt],
    ['איש קשר', (c, o, r, i) => `${row(HE_PEOPLE, i)[0]} ${row(HE_PEOPLE, i)[1]}`, ['person.name.fullName']],
    ['מחלקה', (c, o, r) => v.pick(r, ['', 'הנהלת חשבונות', 'רכש', 'שיווק']), ['extendedWorkDetails.departments[0]'], opt],
    ['אימייל', (c, o, r, i) => `${row(HE_PEOPLE, i)[2]}@${row(HE_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['טלפון', (c, o, r, i) => `${row(HE_CITY, i)[3]}-${v.int(r, 5000000, 9999999)}`, ['workPhone.number']],
    ['נייד', (c, o, r) => ilMobile(r), ['mobilePhone.number']],
    ['פקס', (c, o, r, i) => (r() < 0.2 ? `${row(HE_CITY, i)[3]}-${v.int(r, 5000000, 9999999)}` : ''), ['faxPhone.number'], opt],
    ['כתובת', (c, o, r, i) => row(HE_CITY, i)[0], at([...WORK, ...HOME], 'street1')],
    ['עיר', (c, o, r, i) => row(HE_CITY, i)[1], at([...WORK, ...HOME], 'city')],
    ['מיקוד', (c, o, r, i) => row(HE_CITY, i)[2], at([...WORK, ...HOME], 'postalCode')],
    ['מדינה', () => 'ישראל', at([...WORK, ...HOME], 'country')],
    ['מפתח הנהלת חשבונות', (c, o, r, i) => String(30000 + i * 11), []],
    ['תנאי תשלום', (c, o, r) => v.pick(r, ['שוטף', 'שוטף + 30', 'שוטף + 60', 'מיידי']), []],
    ['קטגוריה', (c, o, r) => v.pick(r, ['', 'לקוחות עסקיים', 'ריטייל']), []],
    ['בנק', (c, o, r) => v.pick(r, ['', 'לאומי (10)', 'הפועלים (12)', 'דיסקונט (11)']), []],
    ['הערות', (c, o, r) => v.pick(r, ['', '', 'לשלוח חשבונית במייל בלבד']), []],
    ['פעיל', (c, o, r) => (r() < 0.9 ? 'כן' : 'לא'), [], opt],
    ['סה"כ הכנסות', (c, o, r) => v.money(r, 500, 120000), []],
    ['תאריך יצירה', (c) => ilDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- invoicing CRM (Elorus, Επαφές > Εξαγωγή, Greek UI)
  { name: 'elorus-epafes-el', product: 'Elorus (Επαφές > Εξαγωγή σε CSV, Greek UI)', family: 'crm', language: 'el', schema: B, cols: [
    ['Κωδικός', (c, o, r, i) => (r() < 0.5 ? `ΠΕΛ-${pad(40 + i, 4)}` : ''), B2BID, opt],
    ['Όνομα', (c, o, r, i) => row(GR_PEOPLE, i)[0], ['person.name.firstName']],
    ['Επώνυμο', (c, o, r, i) => row(GR_PEOPLE, i)[1], ['person.name.lastName']],
    ['Επωνυμία', (c, o, r, i) => row(GR_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Επάγγελμα', (c, o, r, i) => row(GR_JOBS, i), ['extendedWorkDetails.jobTitle'], opt],
    ['ΑΦΜ', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['person.taxId'], opt],
    ['ΔΟΥ', (c, o, r, i) => row(GR_DOY, i), []],
    ['Email', (c, o, r, i) => `${row(GR_PEOPLE, i)[2]}@${row(GR_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Τηλέφωνο', (c, o, r, i) => `${row(GR_CITY, i)[3]} ${String(v.int(r, 1000000, 9999999)).slice(0, 10 - row(GR_CITY, i)[3].length)}`, ['workPhone.number']],
    ['Κινητό', (c, o, r) => `69${v.int(r, 30, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['mobilePhone.number']],
    ['Διεύθυνση', (c, o, r, i) => row(GR_CITY, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Πόλη', (c, o, r, i) => row(GR_CITY, i)[1], at([...WORK, ...HOME], 'city')],
    ['Τ.Κ.', (c, o, r, i) => row(GR_CITY, i)[2], at([...WORK, ...HOME], 'postalCode')],
    ['Χώρα', () => 'Ελλάδα', at([...WORK, ...HOME], 'country')],
    ['Πελάτης', (c, o, r) => (r() < 0.85 ? 'Ναι' : 'Όχι'), [], opt],
    ['Προμηθευτής', (c, o, r) => (r() < 0.2 ? 'Ναι' : 'Όχι'), []],
    ['Ενεργή', (c, o, r) => (r() < 0.9 ? 'Ναι' : 'Όχι'), [], opt],
    ['Νόμισμα', () => 'EUR', []],
    ['Γλώσσα', (c, o, r) => v.pick(r, ['Ελληνικά', 'Ελληνικά', 'Αγγλικά']), []],
    ['Ετικέτες', (c, o, r) => v.pick(r, ['', 'χονδρική', 'VIP, λιανική']), []],
    ['Υπόλοιπο', (c, o, r) => v.money(r, 0, 4000).replace('.', ','), []],
    ['Δημιουργήθηκε', (c) => grDate(Math.min(c.created, c.updated)), ['extSourceSystemAudit.createdDate'], opt],
    ['Τροποποιήθηκε', (c) => grDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (BaseLinker, Zamówienia > Eksport zamówień do pliku, Polish)
  { name: 'baselinker-zamowienia-pl', product: 'BaseLinker (Zamówienia > Eksport do pliku CSV, one row per product line, Polish UI)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['ID zamówienia', (c, o) => String(40000000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['Źródło', (c, o, r) => v.pick(r, ['allegro', 'allegro', 'shop', 'amazon', 'erli']), [], opt],
    ['Nr zamówienia w źródle', (c, o, r) => (r() < 0.6 ? v.uuid(r) : String(v.int(r, 10000, 99999))), [OR('purchaseID')], opt],
    ['Data złożenia', (c, o) => plTime(o.at), ['timestamp', OR('createdDate')]],
    ['Data potwierdzenia', (c, o) => plTime(o.at + 420000), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Nowe zamówienia', 'Do wysłania', 'Wysłane', 'Wysłane', 'Anulowane']), [], opt],
    ['Login kupującego', (c) => `${loc(c, 'pl').first.toLowerCase().replace(/[^a-z]/g, '')}_${c.id.slice(0, 3)}`, [], opt],
    ['E-mail', (c, o, r) => `${v.alnum(r, 10).toLowerCase()}+${v.alnum(r, 6).toLowerCase()}@allegromail.pl`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => loc(c, 'pl').mobile, [], opt],
    ['Dostawa - imię i nazwisko', (c) => loc(c, 'pl').full, []],
    ['Dostawa - firma', (c, o, r) => (r() < 0.15 ? loc(c, 'pl').company : ''), [], opt],
    ['Dostawa - adres', (c) => loc(c, 'pl').street, [SHIP('street1')]],
    ['Dostawa - kod pocztowy', (c) => loc(c, 'pl').zip, [SHIP('postalCode')]],
    ['Dostawa - miasto', (c) => loc(c, 'pl').city, [SHIP('city')]],
    ['Dostawa - kraj', () => 'PL', [SHIP('countryCode')]],
    ['Punkt odbioru', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['WAW', 'KRA', 'POZ', 'GDA'])}${pad(v.int(r, 1, 300), 2)}M` : ''), [], opt],
    ['Faktura - imię i nazwisko', (c, o, r) => (r() < 0.3 ? loc(c, 'pl').full : ''), []],
    ['Faktura - firma', (c, o, r) => (r() < 0.2 ? loc(c, 'pl').company : ''), [], opt],
    ['Faktura - NIP', (c, o, r) => (r() < 0.2 ? String(v.int(r, 1000000000, 9999999999)) : ''), [], opt],
    ['Faktura - adres', (c) => loc(c, 'pl').street, [BILL('street1')]],
    ['Faktura - kod pocztowy', (c) => loc(c, 'pl').zip, [BILL('postalCode')]],
    ['Faktura - miasto', (c) => loc(c, 'pl').city, [BILL('city')]],
    ['Sposób dostawy', (c, o, r) => v.pick(r, ['Allegro Paczkomaty InPost', 'InPost Kurier', 'DPD Kurier', 'Orlen Paczka', 'Odbiór osobisty']), ['commerce.shipping.shippingMethod'], opt],
    ['Koszt dostawy', (c, o, r) => v.pick(r, ['0.00', '9.99', '12.99', '15.00']), ['commerce.shipping.shippingAmount']],
    ['Numer przesyłki', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Sposób płatności', (c, o, r) => v.pick(r, ['Przelewy24', 'PayU', 'BLIK', 'Za pobraniem', 'Allegro Pay']), [OR('payments[0].paymentType')]],
    ['Wpłacono', (c, o, r, i) => (row(PL_PRODUCTS, i)[3] * o.qty).toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Nazwa produktu', (c, o, r, i) => row(PL_PRODUCTS, i)[2], [PL('name')]],
    ['SKU', (c, o, r, i) => row(PL_PRODUCTS, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(PL_PRODUCTS, i)[1], [], opt],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena brutto', (c, o, r, i) => row(PL_PRODUCTS, i)[3].toFixed(2), [], opt],
    ['Stawka VAT', () => '23', []],
    ['Komentarz kupującego', (c, o, r) => v.pick(r, ['', '', 'Proszę o fakturę', 'Dzwonić przed dostawą']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Upgates, Objednávky > Export objednávek, Czech)
  { name: 'upgates-objednavky-cs', product: 'Upgates (Objednávky > Export objednávek do CSV, one row per item, Czech UI)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['Číslo objednávky', (c, o) => `2024${pad(+o.id, 5)}`, [OR('purchaseID'), '_id']],
    ['Datum vytvoření', (c, o) => czTime(o.at), ['timestamp', OR('createdDate')]],
    ['Stav', (c, o, r) => v.pick(r, ['Přijatá', 'Vyřizuje se', 'Odeslaná', 'Odeslaná', 'Stornovaná']), [], opt],
    ['Zaplaceno', (c, o, r) => (r() < 0.8 ? 'Ano' : 'Ne'), [], opt],
    ['Měna', () => 'CZK', [OR('currencyCode')]],
    ['Jazyk', () => 'cs', []],
    ['E-mail', (c) => loc(c, 'cs').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => loc(c, 'cs').phone, [], opt],
    ['Jméno (fakturační)', (c) => loc(c, 'cs').first, []],
    ['Příjmení (fakturační)', (c) => loc(c, 'cs').last, []],
    ['Firma (fakturační)', (c, o, r) => (r() < 0.2 ? loc(c, 'cs').company : ''), [], opt],
    ['IČ', (c, o, r) => (r() < 0.2 ? loc(c, 'cs').ico : ''), []],
    ['DIČ', (c, o, r) => (r() < 0.15 ? `CZ${loc(c, 'cs').ico}` : ''), []],
    ['Ulice (fakturační)', (c) => `${loc(c, 'cs').street} ${loc(c, 'cs').house}`, [BILL('street1')]],
    ['Město (fakturační)', (c) => loc(c, 'cs').city, [BILL('city')]],
    ['PSČ (fakturační)', (c) => loc(c, 'cs').zip, [BILL('postalCode')]],
    ['Stát (fakturační)', () => 'Česká republika', [BILL('country')]],
    ['Jméno (dodací)', (c) => loc(c, 'cs').first, []],
    ['Příjmení (dodací)', (c) => loc(c, 'cs').last, []],
    ['Ulice (dodací)', (c) => `${loc(c, 'cs').street} ${loc(c, 'cs').house}`, [SHIP('street1')]],
    ['Město (dodací)', (c) => loc(c, 'cs').city, [SHIP('city')]],
    ['PSČ (dodací)', (c) => loc(c, 'cs').zip, [SHIP('postalCode')]],
    ['Stát (dodací)', () => 'Česká republika', [SHIP('country')]],
    ['Doprava', (c, o, r) => v.pick(r, ['Zásilkovna - výdejní místo', 'PPL', 'Česká pošta - Balík Do ruky', 'Osobní odběr']), ['commerce.shipping.shippingMethod'], opt],
    ['Cena dopravy', (c, o, r) => v.pick(r, ['0,00', '79,00', '99,00', '129,00']), ['commerce.shipping.shippingAmount']],
    ['Platba', (c, o, r) => v.pick(r, ['Platební karta (Comgate)', 'Bankovní převod', 'Dobírka', 'Apple Pay']), [OR('payments[0].paymentType')]],
    ['Cena platby', (c, o, r) => v.pick(r, ['0,00', '0,00', '39,00']), []],
    ['Kód produktu', (c, o, r, i) => row(CZ_PRODUCTS, i)[0], [PL('SKU')]],
    ['Název produktu', (c, o, r, i) => row(CZ_PRODUCTS, i)[1], [PL('name')]],
    ['Množství', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena za kus s DPH', (c, o, r, i) => czk(row(CZ_PRODUCTS, i)[2]), [], opt],
    ['Sazba DPH', () => '21', []],
    ['Celková cena objednávky s DPH', (c, o, r, i) => czk(row(CZ_PRODUCTS, i)[2] * o.qty + 79), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Poznámka zákazníka', (c, o, r) => v.pick(r, ['', '', 'Prosím nezvonit, dítě spí', 'Dárkové balení']), []],
  ] },

  // ---------------------------------------------------------------- payments (Barion, Tranzakciók > Exportálás, Hungarian)
  { name: 'barion-tranzakciok-hu', product: 'Barion (Barion Wallet, shop Tranzakciók > Exportálás CSV, Hungarian UI)', family: 'payments', language: 'hu', schema: E, cols: [
    ['Tranzakció azonosító', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['Fizetés azonosító', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id'], opt],
    ['Fizetési kérelem azonosító', (c, o) => `PR-${o.id}`, [OR('purchaseID')], opt],
    ['Rendelésszám', (c, o) => `W${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Létrehozva', (c, o) => huTime(o.at), ['timestamp', OR('createdDate')]],
    ['Teljesítve', (c, o) => huTime(o.at + 64000), [], opt],
    ['Típus', (c, o, r) => v.pick(r, ['Kártyás fizetés', 'Kártyás fizetés', 'Barion egyenleg', 'Visszatérítés']), [], opt],
    ['Állapot', (c, o, r) => v.pick(r, ['Sikeres', 'Sikeres', 'Sikeres', 'Elutasítva', 'Lejárt']), [], opt],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Bankkártya', 'Bankkártya', 'Apple Pay', 'Google Pay', 'Barion egyenleg']), [OR('payments[0].paymentType')]],
    ['Összeg', (c, o) => huAmt(o), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Pénznem', (c, o) => (huEur(o) ? 'EUR' : 'HUF'), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Barion díj', (c, o) => huAmt(o, 0.009), []],
    ['Visszatérített összeg', (c, o, r) => (r() < 0.1 ? spaces(v.int(r, 1, 20) * 990) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Fizető e-mail címe', (c) => loc11(c, 'hu').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Fizető telefonszáma', (c, o, r) => (r() < 0.4 ? loc11(c, 'hu').mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Kártyabirtokos neve', (c) => `${loc11(c, 'hu').last.toUpperCase()} ${loc11(c, 'hu').first.toUpperCase()}`, []],
    ['Kártyaszám', (c, o, r) => `${+o.id % 2 ? '4' : '5'}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Kártya típusa', (c, o) => (+o.id % 2 ? 'Visa' : 'MasterCard'), []],
    ['Bolt', (c, o, r, i) => row(HU_SHOPS, i), []],
    ['Termék', (c, o, r, i) => row(HU_ITEMS, i), [PL('name')], opt],
    ['Közlemény', (c, o) => `Rendelés W${pad(+o.id, 6)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (majoo, CRM > Pelanggan > Ekspor, Indonesian)
  { name: 'majoo-pelanggan-id', product: 'majoo (CRM > Daftar Pelanggan > Ekspor, Indonesian UI, café chain with loyalty points)', family: 'loyalty', language: 'id', seed: 'majoo-id', schema: P, cols: [
    ['Kode Pelanggan', (c, o, r, i) => `CUST-${pad(1000 + i * 13, 6)}`, ID],
    ['Nama Pelanggan', (c) => loc11(c, 'id').full, ['person.name.fullName']],
    ['No. HP', (c) => `0${loc11(c, 'id').mobile.slice(3)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.5 ? loc11(c, 'id').email : ''), ['personalEmail.address']],
    ['Jenis Kelamin', (c) => (loc11(c, 'id').female ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c, o, r) => (r() < 0.6 ? vnDate(c.birth) : ''), ['person.birthDate']],
    ['Alamat', (c, o, r, i) => (r() < 0.6 ? row(ID_ADDR, i)[0] : ''), at(HOME, 'street1')],
    ['Kota', (c, o, r, i) => row(ID_ADDR, i)[2], at(HOME, 'city')],
    ['Provinsi', (c, o, r, i) => row(ID_ADDR, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Kode Pos', (c, o, r, i) => row(ID_ADDR, i)[4], at(HOME, 'postalCode')],
    ['Grup Pelanggan', (c, o, r) => v.pick(r, ['Umum', 'Member Silver', 'Member Gold', 'Karyawan']), ['loyalty.tier'], opt],
    ['Poin', (c, o, r) => String(v.int(r, 0, 850)), ['loyalty.points']],
    ['Deposit', (c, o, r) => (r() < 0.1 ? String(v.int(r, 5, 50) * 10000) : '0'), []],
    ['Jumlah Transaksi', (c, o, r) => String(v.int(r, 1, 140)), ['loyalty.lifetimePurchases'], opt],
    ['Total Belanja', (c, o, r) => String(v.int(r, 3, 900) * 5000), [], opt],
    ['Transaksi Terakhir', (c) => wib(Math.max(c.created, c.updated)), [], opt],
    ['Outlet Terdaftar', (c, o, r, i) => row(MAJOO_OUTLETS, i), []],
    ['Tanggal Bergabung', (c) => vnDate(Math.min(c.created, c.updated)), ['loyalty.joinDate'], opt],
    ['Status', (c, o, r) => (r() < 0.9 ? 'Aktif' : 'Tidak Aktif'), [], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Less sugar', 'Alergi susu sapi']), []],
  ] },
]
