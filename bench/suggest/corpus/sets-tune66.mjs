// Round 66, tune66: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). South-East Asian and Korean shop builders, marketplaces, order hubs and
// multichannel tools: order and customer exports in Korean, Thai, Indonesian, Malay, Vietnamese and English.
import { E, P, v, PL, OR, SHIP, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local times: KST +9, ICT (Thailand, Vietnam, WIB) +7, MYT +8
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHM = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDashHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Thai Buddhist-era date "22/05/2567 14:31"
const thBE = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543} ${pad(p.H)}:${pad(p.M)}` }
const kDot = (ms) => { const p = shift(ms, 9); return `${p.y}.${pad(p.m)}.${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const day = 86400000
// money: won with thousands commas or bare, baht 2 decimals with commas, rupiah dot-grouped, ringgit 2 decimals, dong dot-grouped
const grp = (n, sep) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const won = (n) => grp(n, ',')
const thb = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const idr = (n) => grp(n, '.')
const rm = (n) => n.toFixed(2)
const vnd = (n) => grp(n, '.')

// people and places
const KR = [['김민준', '010-2384-5521', '06236', '서울특별시 강남구 테헤란로 152', '12층'], ['이서연', '010-7712-0934', '04524', '서울특별시 중구 세종대로 110', ''], ['박지호', '010-5521-8843', '48058', '부산광역시 해운대구 센텀중앙로 79', '101동 1203호'], ['최수아', '010-3390-1127', '13487', '경기도 성남시 분당구 판교역로 235', 'H스퀘어 N동'], ['정도윤', '010-9045-6618', '35209', '대전광역시 서구 둔산로 100', ''], ['강하은', '010-4471-2290', '61945', '광주광역시 서구 상무중앙로 84', '302호'], ['윤서준', '010-8812-3307', '21984', '인천광역시 연수구 컨벤시아대로 165', '']]
const krSafe = (r) => `050-${v.int(r, 3000, 7999)}-${pad(v.int(r, 0, 9999), 4)}`
const KR_ITEMS = [['P1002334', '국산 햇 찰현미 4kg', '4kg', 18900], ['P2004411', '무형광 순면 수건 40수 5매', '그레이', 24500], ['P3007720', '제주 감귤 5kg 가정용', '5kg(중과)', 21900], ['P1190045', '스테인리스 밀폐용기 6종 세트', '6종', 32000], ['P4402918', '남성 기모 조거팬츠', '블랙/L', 29800], ['P5513007', '유아 오가닉 바디로션 300ml', '300ml', 15900]]
const TH = [['สมชาย ใจดี', '0812345678', '99/12 ถ.สุขุมวิท แขวงคลองตันเหนือ', 'วัฒนา', 'กรุงเทพมหานคร', '10110'], ['วรรณา ศรีสุข', '0898761234', '45 หมู่ 3 ต.สุเทพ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200'], ['ณัฐพล แก้วมณี', '0654432109', '128/7 ถ.มิตรภาพ ต.ในเมือง', 'เมืองขอนแก่น', 'ขอนแก่น', '40000'], ['พิมพ์ชนก ทองดี', '0923348871', '7/1 ซ.ลาดพร้าว 71 แขวงสะพานสอง', 'วังทองหลาง', 'กรุงเทพมหานคร', '10310'], ['อนุชา บุญมา', '0867712045', '301 ถ.ราษฎร์อุทิศ ต.กะทู้', 'กะทู้', 'ภูเก็ต', '83120'], ['กนกวรรณ สายทอง', '0819903321', '56 ถ.นิมมานเหมินท์ ต.สุเทพ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200']]
const TH_ITEMS = [['SKN-SRM-30', 'เซรั่มวิตามินซี 30ml', 'VitC', 390], ['TSH-OVS-BK-L', 'เสื้อยืดโอเวอร์ไซส์ สีดำ L', 'ดำ/L', 259], ['SNK-DRY-MGO', 'มะม่วงอบแห้ง 500g', '500g', 189], ['CSE-IP15-CLR', 'เคสใส iPhone 15', 'ใส', 149], ['BAG-TOTE-CRM', 'กระเป๋าผ้าแคนวาส สีครีม', 'ครีม', 320]]
const ID = [['Budi Santoso', '081234567890', 'Jl. Kebon Jeruk Raya No. 27', 'Kebon Jeruk', 'Jakarta Barat', 'DKI Jakarta', '11530'], ['Siti Rahmawati', '085712349876', 'Jl. Dago No. 112', 'Coblong', 'Bandung', 'Jawa Barat', '40135'], ['Agus Prasetyo', '082145678123', 'Jl. Raya Darmo No. 45', 'Wonokromo', 'Surabaya', 'Jawa Timur', '60241'], ['Dewi Lestari', '087823456710', 'Perum Griya Asri Blok C3 No. 8', 'Tembalang', 'Semarang', 'Jawa Tengah', '50275'], ['Rizky Ramadhan', '081398765432', 'Jl. Gatot Subroto No. 9', 'Medan Petisah', 'Medan', 'Sumatera Utara', '20112'], ['Nur Aisyah', '089612340987', 'Jl. Malioboro No. 60', 'Gedong Tengen', 'Yogyakarta', 'DI Yogyakarta', '55271']]
const ID_ITEMS = [['HJB-PSM-ALL', 'Hijab Pashmina Ceruty Baby Doll', 'Mocca', 35000], ['KPI-ARB-1KG', 'Kopi Arabika Gayo 1kg', '1kg', 185000], ['SPT-NKE-42', 'Sepatu Sneakers Pria Kanvas', 'Hitam, 42', 149000], ['SKC-TNR-100', 'Toner Niacinamide 100ml', '100ml', 79000], ['TAS-RSL-BRN', 'Tas Selempang Kulit Sintetis', 'Coklat', 125000]]
const MY = [['Nur Aisyah binti Ahmad', '012-345 6789', 'No. 12, Jalan SS 2/24', 'Petaling Jaya', 'Selangor', '47300'], ['Tan Wei Ming', '016-778 2310', '23A, Lorong Maarof', 'Bangsar', 'Kuala Lumpur', '59000'], ['Muhammad Hafiz bin Ismail', '019-221 4456', 'Lot 88, Jalan Sultan Ismail', 'Kuala Terengganu', 'Terengganu', '20200'], ['Lim Mei Ling', '017-556 9021', '7, Jalan Bukit Bintang', 'Kuala Lumpur', 'Wilayah Persekutuan Kuala Lumpur', '55100'], ['Kavitha a/p Raman', '011-2345 8876', '15, Persiaran Gurney', 'George Town', 'Pulau Pinang', '10250'], ['Ahmad Faiz bin Rosli', '013-887 1203', 'No. 4, Jalan Tun Razak', 'Johor Bahru', 'Johor', '80000']]
const MY_ITEMS = [['BJU-KRG-M-BLU', 'Baju Kurung Moden Sulam', 'Biru / M', 129.0], ['KRP-MTT-5', 'Kerepek Ubi Pedas 500g', '500g', 12.9], ['TDG-SPN-SLK', 'Tudung Bawal Satin Silk', 'Dusty Pink', 25.0], ['KMJ-BTK-L', 'Kemeja Batik Lelaki', 'L', 89.0], ['SBN-SRB-3', 'Sabun Susu Kambing (3 biji)', '', 19.9]]
const VN = [['Nguyễn Văn An', '0903123456', '12 Nguyễn Huệ', 'Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh'], ['Trần Thị Bích Ngọc', '0912345678', '45 Hàng Bài', 'Phường Hàng Bài', 'Quận Hoàn Kiếm', 'Hà Nội'], ['Lê Hoàng Minh', '0987654321', '78 Bạch Đằng', 'Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng'], ['Phạm Thu Hà', '0934567812', '210 Lê Văn Sỹ', 'Phường 14', 'Quận 3', 'TP. Hồ Chí Minh'], ['Võ Thanh Tùng', '0978123409', '5 Trần Hưng Đạo', 'Phường Tân An', 'Quận Ninh Kiều', 'Cần Thơ']]
const vnEmail = (i) => ['an.nguyen', 'ngoc.tran', 'minh.le', 'thuha.pham', 'tung.vo'][i % 5] + '@gmail.com'

export const SETS = [
  // ---------------------------------------------------------------- customers (EasyStore, Customers > Export, CSV, English UI, a Malaysian online store)
  { name: 'easystore-customers-export-en', product: 'EasyStore (admin: Customers > Export customers, CSV, English UI, a Malaysian online fashion store; same columns as the customer import template)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Code', (c, o, r) => `C${v.int(r, 100000, 999999)}`, ['_id', 'personID']],
    ['First Name', (c, o, r, i) => row(MY, i)[0].split(' ')[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(MY, i)[0].split(' ').slice(1).join(' '), ['person.name.lastName']],
    ['Email', (c, o, r, i) => `${row(MY, i)[0].split(' ')[0].toLowerCase()}${v.int(r, 1, 99)}@gmail.com`, ['personalEmail.address']],
    ['Phone', (c, o, r, i) => `60${row(MY, i)[1].replace(/\D/g, '').slice(1)}`, ['mobilePhone.number'], opt],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Birthdate', (c, o, r) => (r() < 0.5 ? ymd(c.birth, 0) : ''), ['person.birthDate']],
    ['Accepts Marketing', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Credit Balance', (c, o, r) => rm(r() < 0.8 ? 0 : v.int(r, 5, 50)), []],
    ['Point Balance', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Total Spent', (c, o, r) => rm(v.int(r, 3000, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Total Orders', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Average Order Value', (c, o, r) => rm(v.int(r, 3000, 20000) / 100), []],
    ['Group', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Wholesale', 'Raya 2024']), []],
    ['Company', () => '', [], opt],
    ['Address1', (c, o, r, i) => row(MY, i)[2], [...HOME.map((x) => `${x}.street1`)]],
    ['Address2', () => '', [...HOME.map((x) => `${x}.street2`)]],
    ['City', (c, o, r, i) => row(MY, i)[3], [...HOME.map((x) => `${x}.city`)]],
    ['Zip', (c, o, r, i) => row(MY, i)[5], [...HOME.map((x) => `${x}.postalCode`)]],
    ['Province', (c, o, r, i) => row(MY, i)[4], [...HOME.map((x) => `${x}.stateProvince`), ...HOME.map((x) => `${x}.state`)]],
    ['Country Code', () => 'MY', [...HOME.map((x) => `${x}.countryCode`)]],
    ['Joined At', (c) => ymdHMS(c.created, 8), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Reseller Penang', 'Customer minta pos ke pejabat']), []],
    ['Membership Tier', (c, o, r) => v.pick(r, ['', 'Silver', 'Gold', 'Platinum']), ['loyalty.tier']],
    ['Membership Expiry Date', (c, o, r) => (r() < 0.5 ? ymd(c.updated + 365 * day, 8) : ''), ['loyalty.tierExpiryDate'], opt],
  ] },

  // ---------------------------------------------------------------- orders (SiteGiant, Order > Export, Excel, Malay UI, a Malaysian seller selling on its webstore and marketplaces)
  { name: 'sitegiant-pesanan-export-ms', product: 'SiteGiant (seller centre: Pesanan > Eksport, Excel, Bahasa Melayu UI, a Malaysian multichannel seller: webstore, Shopee, Lazada)', family: 'ecommerce-orders', language: 'ms', schema: E, cols: [
    ['No. Pesanan', (c, o, r) => `SG${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['No. Pesanan Saluran', (c, o, r) => `24${pad(v.int(r, 1, 12))}${v.int(r, 10000, 99999)}${v.alnum(r, 6).toUpperCase()}`, [OR('purchaseID')], opt],
    ['Saluran', (c, o, r) => v.pick(r, ['Webstore', 'Shopee', 'Lazada', 'TikTok Shop']), [], opt],
    ['Tarikh Pesanan', (c, o) => dmyDashHMS(o.at, 8), ['timestamp', OR('createdDate')], opt],
    ['Status Pesanan', (c, o, r) => v.pick(r, ['Selesai', 'Selesai', 'Dihantar', 'Sedang Diproses', 'Dibatalkan']), [], opt],
    ['Status Pembayaran', (c, o, r) => v.pick(r, ['Dibayar', 'Dibayar', 'Belum Dibayar']), [], opt],
    ['Kaedah Pembayaran', (c, o, r) => v.pick(r, ['FPX', 'Kad Kredit/Debit', 'COD', 'ShopeePay']), [OR('payments[0].paymentType')], opt],
    ['Nama Pelanggan', (c, o, r, i) => row(MY, i)[0], []],
    ['E-mel Pelanggan', (c, o, r, i) => `${row(MY, i)[0].split(' ')[0].toLowerCase()}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['No. Telefon', (c, o, r, i) => row(MY, i)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Alamat Penghantaran', (c, o, r, i) => row(MY, i)[2], [SHIP('street1')]],
    ['Bandar', (c, o, r, i) => row(MY, i)[3], [SHIP('city')]],
    ['Poskod', (c, o, r, i) => row(MY, i)[5], [SHIP('postalCode')]],
    ['Negeri', (c, o, r, i) => row(MY, i)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['Negara', () => 'Malaysia', [SHIP('country')]],
    ['SKU', (c, o, r, i) => row(MY_ITEMS, i)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(MY_ITEMS, i)[1], [PL('name')]],
    ['Variasi', (c, o, r, i) => row(MY_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Kuantiti', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Seunit (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i)[3]), [PL('priceTotal')], opt],
    ['Jumlah Kecil (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Kos Penghantaran (RM)', (c, o) => rm(o.shipping ? 8 : 0), ['commerce.shipping.shippingAmount']],
    ['Diskaun (RM)', (c, o) => rm(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Jumlah Keseluruhan (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i)[3] * o.qty + (o.shipping ? 8 : 0) - (o.discount ? 5 : 0)), [OR('priceTotal')]],
    ['Kurier', (c, o, r) => v.pick(r, ['J&T Express', 'Pos Laju', 'Ninja Van', 'DHL eCommerce']), ['commerce.shipping.shippingMethod'], opt],
    ['No. Penjejakan', (c, o, r) => (r() < 0.8 ? `6${v.int(r, 10000000, 99999999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Catatan Pembeli', (c, o, r) => v.pick(r, ['', '', 'Tolong bungkus elok-elok', 'Hantar sebelum Jumaat']), []],
    ['Dikemas kini Pada', (c, o) => dmyDashHMS(o.at + 2 * day, 8), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- orders (Lelong.my, Seller Centre > Orders > Export, Malay UI)
  { name: 'lelong-seller-pesanan-ms', product: 'Lelong.my (Seller Centre: Pesanan Saya > Muat Turun, CSV, Bahasa Melayu UI, a Malaysian marketplace seller)', family: 'ecommerce-orders', language: 'ms', schema: E, cols: [
    ['ID Pesanan', (c, o, r) => `LL${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['Tarikh', (c, o) => dmyHM(o.at, 8), ['timestamp', OR('createdDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Telah Dihantar', 'Selesai', 'Menunggu Penghantaran', 'Dibatalkan']), [], opt],
    ['Nama Pembeli', (c, o, r, i) => row(MY, i + 1)[0], []],
    ['ID Pengguna', (c, o, r, i) => `${row(MY, i + 1)[0].split(' ')[0].toLowerCase()}${v.int(r, 10, 999)}`, [], opt],
    ['Telefon Penerima', (c, o, r, i) => row(MY, i + 1)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Alamat', (c, o, r, i) => `${row(MY, i + 1)[2]}, ${row(MY, i + 1)[5]} ${row(MY, i + 1)[3]}, ${row(MY, i + 1)[4]}`, [SHIP('street1')], opt],
    ['Poskod', (c, o, r, i) => row(MY, i + 1)[5], [SHIP('postalCode')]],
    ['Negeri', (c, o, r, i) => row(MY, i + 1)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['Kod Item', (c, o, r, i) => row(MY_ITEMS, i + 1)[0], [PL('SKU')]],
    ['Tajuk Item', (c, o, r, i) => row(MY_ITEMS, i + 1)[1], [PL('name')]],
    ['Kuantiti', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i + 1)[3]), [PL('priceTotal')], opt],
    ['Caj Pos (RM)', (c, o) => rm(o.shipping ? 6.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Jumlah (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i + 1)[3] * o.qty + (o.shipping ? 6.5 : 0)), [OR('priceTotal')]],
    ['Yuran Transaksi (RM)', (c, o, r, i) => rm(row(MY_ITEMS, i + 1)[3] * o.qty * 0.05), []],
    ['Kaedah Bayaran', (c, o, r) => v.pick(r, ['FPX', 'Kad Kredit', 'Boost', 'Touch n Go eWallet']), [OR('payments[0].paymentType')], opt],
    ['Kurier', (c, o, r) => v.pick(r, ['Pos Laju', 'J&T Express', 'City-Link']), ['commerce.shipping.shippingMethod'], opt],
    ['No. Tracking', (c, o, r) => `ER${v.int(r, 100000000, 999999999)}MY`, ['commerce.shipping.trackingNumber']],
    ['Nota', () => '', []],
  ] },

  // ---------------------------------------------------------------- orders (PlayAuto, 주문관리 > 엑셀 다운로드, Korean)
  { name: 'playauto-order-excel-ko', product: 'PlayAuto (플레이오토 EMP: 주문관리 > 주문 엑셀 다운로드, XLSX, Korean UI, a Korean seller syncing Smart Store, Coupang, 11st and Gmarket)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['묶음번호', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['쇼핑몰', (c, o, r) => v.pick(r, ['스마트스토어', '쿠팡', '11번가', 'G마켓', '옥션']), [], opt],
    ['쇼핑몰 주문번호', (c, o, r) => `${ymd(o.at, 9).replace(/-/g, '')}${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['주문상태', (c, o, r) => v.pick(r, ['신규주문', '출고대기', '배송중', '배송완료', '취소완료']), [], opt],
    ['주문일', (c, o) => ymdHMS(o.at, 9), ['timestamp', OR('createdDate')]],
    ['결제완료일', (c, o) => ymdHMS(o.at + 120000, 9), [], opt],
    ['주문자명', (c, o, r, i) => row(KR, i)[0], []],
    ['주문자 휴대폰번호', (c, o, r, i) => row(KR, i)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['수령자명', (c, o, r, i) => row(KR, i + (r() < 0.2 ? 1 : 0))[0], []],
    ['수령자 휴대폰번호', (c, o, r) => krSafe(r), [], opt],
    ['우편번호', (c, o, r, i) => row(KR, i)[2], [SHIP('postalCode')]],
    ['주소', (c, o, r, i) => `${row(KR, i)[3]} ${row(KR, i)[4]}`.trim(), [SHIP('street1')], opt],
    ['배송메세지', (c, o, r) => v.pick(r, ['', '문 앞에 놓아주세요', '부재시 경비실에 맡겨주세요', '배송 전 연락 바랍니다']), []],
    ['판매자관리코드', (c, o, r, i) => row(KR_ITEMS, i)[0], [PL('SKU')]],
    ['온라인상품명', (c, o, r, i) => row(KR_ITEMS, i)[1], [PL('name')]],
    ['옵션', (c, o, r, i) => row(KR_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['주문수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['금액', (c, o, r, i) => String(row(KR_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['배송비', (c, o) => String(o.shipping ? 3000 : 0), ['commerce.shipping.shippingAmount']],
    ['할인금액', (c, o) => String(o.discount ? 2000 : 0), [OR('discountAmount')], opt],
    ['결제금액', (c, o, r, i) => String(row(KR_ITEMS, i)[3] * o.qty + (o.shipping ? 3000 : 0) - (o.discount ? 2000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', '롯데택배', '한진택배', '우체국택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.8 ? String(v.int(r, 100000000, 999999999)) + v.int(r, 100, 999) : ''), ['commerce.shipping.trackingNumber']],
    ['메모', () => '', []],
  ] },

  // ---------------------------------------------------------------- orders (Sabangnet, 주문관리 > 주문서 확인 > 엑셀 다운로드, Korean)
  { name: 'sabangnet-order-download-ko', product: 'Sabangnet (사방넷: 주문관리 > 주문서확인처리 > 엑셀 다운로드, default order form, XLSX, Korean UI, a Korean brand selling across many open markets)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['사방넷주문번호', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', OR('purchaseID')], opt],
    ['쇼핑몰명', (c, o, r) => v.pick(r, ['쿠팡', '스마트스토어', '11번가', 'SSG', '롯데ON']), [], opt],
    ['주문번호(쇼핑몰)', (c, o, r) => `${v.int(r, 2024000000, 2024999999)}${v.int(r, 1000, 9999)}`, [OR('purchaseID'), '_id']],
    ['수집일자', (c, o) => ymdHMS(o.at + 3600000, 9), [], opt],
    ['주문일자', (c, o) => ymd(o.at, 9), ['timestamp', OR('createdDate')]],
    ['주문자명', (c, o, r, i) => row(KR, i + 1)[0], []],
    ['주문자전화번호', () => '', [], opt],
    ['주문자핸드폰번호', (c, o, r, i) => row(KR, i + 1)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['수취인명', (c, o, r, i) => row(KR, i + 1)[0], []],
    ['수취인핸드폰번호', (c, o, r) => krSafe(r), [], opt],
    ['우편번호', (c, o, r, i) => row(KR, i + 1)[2], [SHIP('postalCode')]],
    ['주소', (c, o, r, i) => `${row(KR, i + 1)[3]} ${row(KR, i + 1)[4]}`.trim(), [SHIP('street1')], opt],
    ['배송메세지', (c, o, r) => v.pick(r, ['', '부재시 문앞', '파손주의']), []],
    ['자체상품코드', (c, o, r, i) => row(KR_ITEMS, i + 1)[0], [PL('SKU')]],
    ['상품명(확정)', (c, o, r, i) => row(KR_ITEMS, i + 1)[1], [PL('name')]],
    ['옵션(확정)', (c, o, r, i) => row(KR_ITEMS, i + 1)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o, r, i) => String(row(KR_ITEMS, i + 1)[3]), [PL('priceTotal')], opt],
    ['결제금액', (c, o, r, i) => String(row(KR_ITEMS, i + 1)[3] * o.qty), [PL('priceTotal'), OR('priceTotal')], opt],
    ['배송비', (c, o) => String(o.shipping ? 3000 : 0), ['commerce.shipping.shippingAmount']],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', '롯데택배', '로젠택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.7 ? String(v.int(r, 500000000, 999999999)) + v.int(r, 100, 999) : ''), ['commerce.shipping.trackingNumber']],
    ['주문상태', (c, o, r) => v.pick(r, ['신규주문', '주문확인', '출고완료', '취소']), [], opt],
  ] },

  // ---------------------------------------------------------------- orders (Wemakeprice partner, 주문/배송관리 > 엑셀다운로드, Korean)
  { name: 'wemakeprice-partner-orders-ko', product: 'Wemakeprice (위메프 파트너센터: 배송관리 > 주문조회 > 엑셀 다운로드, XLSX, Korean UI, a Korean marketplace seller)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o, r) => String(v.int(r, 100000000, 999999999)), [OR('purchaseID'), '_id']],
    ['주문옵션번호', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [PL('_id')], opt],
    ['배송상태', (c, o, r) => v.pick(r, ['배송준비중', '배송중', '배송완료', '신규주문']), [], opt],
    ['결제일시', (c, o) => kDot(o.at), ['timestamp', OR('createdDate')]],
    ['딜번호', (c, o, r) => String(v.int(r, 600000000, 699999999)), [PL('product')], opt],
    ['상품명', (c, o, r, i) => row(KR_ITEMS, i + 2)[1], [PL('name')]],
    ['옵션명', (c, o, r, i) => row(KR_ITEMS, i + 2)[2], [PL('selectedOptions[0].value')], opt],
    ['업체상품코드', (c, o, r, i) => row(KR_ITEMS, i + 2)[0], [PL('SKU')]],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매금액', (c, o, r, i) => won(row(KR_ITEMS, i + 2)[3] * o.qty), [PL('priceTotal')]],
    ['배송비', (c, o) => won(o.shipping ? 2500 : 0), ['commerce.shipping.shippingAmount']],
    ['구매자명', (c, o, r, i) => row(KR, i + 2)[0], []],
    ['구매자 연락처', (c, o, r, i) => row(KR, i + 2)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['받는분', (c, o, r, i) => row(KR, i + 2)[0], []],
    ['받는분 연락처', (c, o, r) => krSafe(r), [], opt],
    ['우편번호', (c, o, r, i) => row(KR, i + 2)[2], [SHIP('postalCode')]],
    ['배송지 주소', (c, o, r, i) => row(KR, i + 2)[3], [SHIP('street1')]],
    ['상세주소', (c, o, r, i) => row(KR, i + 2)[4], [SHIP('street2')]],
    ['배송요청사항', (c, o, r) => v.pick(r, ['', '문앞에 놓아주세요', '경비실']), []],
    ['택배사', (c, o, r) => v.pick(r, ['', 'CJ대한통운', '한진택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000, 999999999)) + v.int(r, 100, 999) : ''), ['commerce.shipping.trackingNumber']],
    ['발송기한', (c, o) => ymd(o.at + 3 * day, 9), [], opt],
  ] },

  // ---------------------------------------------------------------- orders (ZORT, รายการขาย > ส่งออก Excel, Thai)
  { name: 'zort-sales-orders-export-th', product: 'ZORT (zortout.com: รายการขาย > ดูรายการขาย > ส่งออก Excel, Thai UI, a Thai online shop managing stock across Shopee, Lazada, LINE and its own page)', family: 'ecommerce-orders', language: 'th', schema: E, cols: [
    ['เลขที่รายการ', (c, o, r) => `SO-${ymd(o.at, 7).replace(/-/g, '').slice(2)}${pad(v.int(r, 1, 999), 4)}`, [OR('purchaseID'), '_id']],
    ['เลขที่อ้างอิง', (c, o, r) => (r() < 0.6 ? `24${pad(v.int(r, 1, 12))}${v.int(r, 100000, 999999)}${v.alnum(r, 4).toUpperCase()}` : ''), [OR('purchaseID')], opt],
    ['วันที่', (c, o) => dmy(o.at, 7), ['timestamp', OR('createdDate')], opt],
    ['ช่องทางการขาย', (c, o, r) => v.pick(r, ['Shopee', 'Lazada', 'LINE', 'Facebook', 'TikTok']), [], opt],
    ['ชื่อลูกค้า', (c, o, r, i) => row(TH, i)[0], []],
    ['เบอร์โทร', (c, o, r, i) => row(TH, i)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['อีเมล', (c, o, r) => (r() < 0.3 ? `cust${v.int(r, 100, 999)}@hotmail.com` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['ที่อยู่จัดส่ง', (c, o, r, i) => row(TH, i)[2], [SHIP('street1')]],
    ['อำเภอ/เขต', (c, o, r, i) => row(TH, i)[3], [SHIP('city')], opt],
    ['จังหวัด', (c, o, r, i) => row(TH, i)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['รหัสไปรษณีย์', (c, o, r, i) => row(TH, i)[5], [SHIP('postalCode')]],
    ['รหัสสินค้า', (c, o, r, i) => row(TH_ITEMS, i)[0], [PL('SKU')]],
    ['ชื่อสินค้า', (c, o, r, i) => row(TH_ITEMS, i)[1], [PL('name')]],
    ['จำนวน', (c, o) => String(o.qty), [PL('quantity')]],
    ['ราคาต่อหน่วย', (c, o, r, i) => thb(row(TH_ITEMS, i)[3]), [PL('priceTotal')], opt],
    ['ส่วนลด', (c, o) => thb(o.discount ? 20 : 0), [OR('discountAmount')], opt],
    ['ค่าขนส่ง', (c, o) => thb(o.shipping ? 40 : 0), ['commerce.shipping.shippingAmount']],
    ['ยอดรวม', (c, o, r, i) => thb(row(TH_ITEMS, i)[3] * o.qty + (o.shipping ? 40 : 0) - (o.discount ? 20 : 0)), [OR('priceTotal')]],
    ['ภาษีมูลค่าเพิ่ม', (c, o, r, i) => thb((row(TH_ITEMS, i)[3] * o.qty * 7) / 107), [OR('taxAmount')]],
    ['สถานะ', (c, o, r) => v.pick(r, ['สำเร็จ', 'สำเร็จ', 'รอโอน', 'รอส่งสินค้า', 'ยกเลิก']), [], opt],
    ['สถานะการชำระเงิน', (c, o, r) => v.pick(r, ['ชำระแล้ว', 'ชำระแล้ว', 'ยังไม่ชำระ']), [], opt],
    ['ขนส่ง', (c, o, r) => v.pick(r, ['Kerry Express', 'Flash Express', 'J&T Express', 'ไปรษณีย์ไทย EMS']), ['commerce.shipping.shippingMethod'], opt],
    ['เลขพัสดุ', (c, o, r) => (r() < 0.8 ? `TH${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['คลังสินค้า', () => 'คลังหลัก', []],
    ['หมายเหตุ', (c, o, r) => v.pick(r, ['', '', 'แพ็คกันกระแทก', 'ลูกค้าประจำ']), []],
  ] },

  // ---------------------------------------------------------------- orders (Page365, ออเดอร์ > ดาวน์โหลด Excel, Thai)
  { name: 'page365-orders-download-th', product: 'Page365 (ร้านค้า: ออเดอร์ > ดาวน์โหลดไฟล์ Excel, Thai UI, a Thai Facebook/LINE live-commerce shop)', family: 'ecommerce-orders', language: 'th', schema: E, cols: [
    ['เลขออเดอร์', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID'), '_id']],
    ['วันที่สร้าง', (c, o) => thBE(o.at), ['timestamp', OR('createdDate')], opt],
    ['ช่องทาง', (c, o, r) => v.pick(r, ['Facebook', 'LINE', 'Instagram']), [], opt],
    ['ชื่อลูกค้า', (c, o, r, i) => row(TH, i + 2)[0], []],
    ['ชื่อเฟซบุ๊ก', (c, o, r, i) => row(TH, i + 2)[0].split(' ')[0] + ' ' + v.pick(r, ['Jaa', 'Ploy', 'Nong', 'Aom']), []],
    ['เบอร์โทรศัพท์', (c, o, r, i) => row(TH, i + 2)[1].replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3'), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['ที่อยู่', (c, o, r, i) => `${row(TH, i + 2)[2]} อ.${row(TH, i + 2)[3]} จ.${row(TH, i + 2)[4]} ${row(TH, i + 2)[5]}`, [SHIP('street1')], opt],
    ['รายการสินค้า', (c, o, r, i) => `${row(TH_ITEMS, i + 1)[1]} x${o.qty}`, [PL('name')], opt],
    ['จำนวนชิ้น', (c, o) => String(o.qty), [PL('quantity')]],
    ['ราคาสินค้า', (c, o, r, i) => thb(row(TH_ITEMS, i + 1)[3] * o.qty), [PL('priceTotal')], opt],
    ['ค่าส่ง', (c, o) => thb(o.shipping ? 50 : 0), ['commerce.shipping.shippingAmount']],
    ['ส่วนลด', (c, o) => thb(o.discount ? 30 : 0), [OR('discountAmount')]],
    ['ยอดสุทธิ', (c, o, r, i) => thb(row(TH_ITEMS, i + 1)[3] * o.qty + (o.shipping ? 50 : 0) - (o.discount ? 30 : 0)), [OR('priceTotal')]],
    ['ช่องทางชำระเงิน', (c, o, r) => v.pick(r, ['โอนเงิน', 'พร้อมเพย์', 'เก็บเงินปลายทาง', 'บัตรเครดิต']), [OR('payments[0].paymentType')], opt],
    ['สถานะการชำระ', (c, o, r) => v.pick(r, ['ชำระแล้ว', 'รอตรวจสอบ', 'ยังไม่ชำระ']), [], opt],
    ['สถานะจัดส่ง', (c, o, r) => v.pick(r, ['จัดส่งแล้ว', 'รอจัดส่ง', 'ยกเลิก']), [], opt],
    ['เลขพัสดุ', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['SHP', 'TH', 'KER'])}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['แอดมิน', (c, o, r) => v.pick(r, ['แอดมินเอ', 'แอดมินบี', '']), []],
    ['โน้ต', () => '', []],
  ] },

  // ---------------------------------------------------------------- customers (LnwShop, จัดการสมาชิก > Export, Thai)
  { name: 'lnwshop-members-export-th', product: 'LnwShop (หลังร้าน: สมาชิก > ส่งออกข้อมูลสมาชิก, CSV, Thai UI, a Thai web shop built on LnwShop)', family: 'ecommerce-customers', language: 'th', schema: P, cols: [
    ['รหัสสมาชิก', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id', 'personID']],
    ['ชื่อ', (c, o, r, i) => row(TH, i)[0].split(' ')[0], ['person.name.firstName']],
    ['นามสกุล', (c, o, r, i) => row(TH, i)[0].split(' ')[1], ['person.name.lastName']],
    ['อีเมล', (c, o, r, i) => `member${v.int(r, 100, 9999)}@gmail.com`, ['personalEmail.address']],
    ['เบอร์โทรศัพท์', (c, o, r, i) => row(TH, i)[1], ['mobilePhone.number'], opt],
    ['เพศ', (c) => (c.female ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['ที่อยู่', (c, o, r, i) => row(TH, i)[2], [...HOME.map((x) => `${x}.street1`)]],
    ['เขต/อำเภอ', (c, o, r, i) => row(TH, i)[3], [...HOME.map((x) => `${x}.city`)], opt],
    ['จังหวัด', (c, o, r, i) => row(TH, i)[4], [...HOME.map((x) => `${x}.stateProvince`), ...HOME.map((x) => `${x}.state`)]],
    ['รหัสไปรษณีย์', (c, o, r, i) => row(TH, i)[5], [...HOME.map((x) => `${x}.postalCode`)]],
    ['กลุ่มสมาชิก', (c, o, r) => v.pick(r, ['สมาชิกทั่วไป', 'สมาชิก VIP', 'ตัวแทนจำหน่าย']), [], opt],
    ['แต้มสะสม', (c, o, r) => String(v.int(r, 0, 5000)), ['loyalty.points']],
    ['จำนวนการสั่งซื้อ', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['ยอดซื้อสะสม', (c, o, r) => thb(v.int(r, 0, 4000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['รับข่าวสาร', (c) => (c.bool ? 'ใช่' : 'ไม่ใช่'), []],
    ['วันที่สมัคร', (c) => thBE(c.created), [], opt],
    ['เข้าสู่ระบบล่าสุด', (c) => thBE(c.updated), []],
  ] },

  // ---------------------------------------------------------------- orders (Desty Omnichannel, Pesanan > Ekspor, Indonesian)
  { name: 'desty-omni-pesanan-ekspor-id', product: 'Desty Omnichannel (Pesanan > Ekspor Pesanan, XLSX, Indonesian UI, an Indonesian seller managing Tokopedia, Shopee, TikTok Shop and a Desty Store)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['No. Pesanan', (c, o, r) => `INV/${ymd(o.at, 7).replace(/-/g, '')}/MPL/${v.int(r, 1000000000, 3999999999)}`, [OR('purchaseID'), '_id']],
    ['ID Pesanan Desty', (c, o, r) => `DO${v.int(r, 100000000, 999999999)}`, ['_id'], opt],
    ['Channel', (c, o, r) => v.pick(r, ['Tokopedia', 'Shopee', 'TikTok Shop', 'Desty Store']), [], opt],
    ['Nama Toko', () => 'Rumah Hijab Official', []],
    ['Waktu Pesanan Dibuat', (c, o) => ymdHMS(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Waktu Pembayaran', (c, o) => ymdHMS(o.at + 300000, 7), [], opt],
    ['Status Pesanan', (c, o, r) => v.pick(r, ['Selesai', 'Dalam Pengiriman', 'Siap Dikirim', 'Dibatalkan']), [], opt],
    ['Nama Pembeli', (c, o, r, i) => row(ID, i)[0], []],
    ['Nama Penerima', (c, o, r, i) => row(ID, i)[0], []],
    ['No. Telepon Penerima', (c, o, r, i) => row(ID, i)[1].replace(/^0/, '62'), [], opt],
    ['Alamat Pengiriman', (c, o, r, i) => row(ID, i)[2], [SHIP('street1')]],
    ['Kecamatan', (c, o, r, i) => row(ID, i)[3], [SHIP('street2')], opt],
    ['Kota/Kabupaten', (c, o, r, i) => row(ID, i)[4], [SHIP('city')]],
    ['Provinsi', (c, o, r, i) => row(ID, i)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c, o, r, i) => row(ID, i)[6], [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => row(ID_ITEMS, i)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(ID_ITEMS, i)[1], [PL('name')]],
    ['Variasi', (c, o, r, i) => row(ID_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Satuan', (c, o, r, i) => idr(row(ID_ITEMS, i)[3]), [PL('priceTotal')], opt],
    ['Subtotal Produk', (c, o, r, i) => idr(row(ID_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Ongkos Kirim', (c, o) => idr(o.shipping ? 12000 : 0), ['commerce.shipping.shippingAmount']],
    ['Diskon', (c, o) => idr(o.discount ? 10000 : 0), [OR('discountAmount')]],
    ['Total Pembayaran', (c, o, r, i) => idr(row(ID_ITEMS, i)[3] * o.qty + (o.shipping ? 12000 : 0) - (o.discount ? 10000 : 0)), [OR('priceTotal')]],
    ['Metode Pembayaran', (c, o, r) => v.pick(r, ['COD', 'GoPay', 'Transfer Bank BCA', 'ShopeePay', 'OVO']), [OR('payments[0].paymentType')], opt],
    ['Kurir', (c, o, r) => v.pick(r, ['JNE REG', 'J&T Express', 'SiCepat HALU', 'AnterAja']), ['commerce.shipping.shippingMethod'], opt],
    ['No. Resi', (c, o, r) => (r() < 0.8 ? `JP${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Catatan Pembeli', (c, o, r) => v.pick(r, ['', '', 'Warna jangan sampai salah ya kak', 'Packing aman']), []],
  ] },

  // ---------------------------------------------------------------- orders (Forstok, Orders > Export, Indonesian)
  { name: 'forstok-order-export-id', product: 'Forstok (Pesanan > Export Pesanan, CSV, Indonesian UI, an Indonesian brand selling on Tokopedia, Shopee, Lazada, Blibli and Zalora through Forstok)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['Order ID', (c, o, r) => `${v.int(r, 100000000000, 999999999999)}`, [OR('purchaseID'), '_id']],
    ['Channel', (c, o, r) => v.pick(r, ['Tokopedia', 'Shopee', 'Lazada', 'Blibli', 'Zalora']), [], opt],
    ['Tanggal Order', (c, o) => dmyHM(o.at, 7), ['timestamp', OR('createdDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Shipped', 'Ready To Ship', 'Cancelled']), [], opt],
    ['Nama Customer', (c, o, r, i) => row(ID, i + 2)[0], []],
    ['Email Customer', (c, o, r) => (r() < 0.4 ? `buyer${v.int(r, 1000, 9999)}@mail.example.id` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['No HP', (c, o, r, i) => row(ID, i + 2)[1], ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Alamat', (c, o, r, i) => `${row(ID, i + 2)[2]}, ${row(ID, i + 2)[3]}`, [SHIP('street1')]],
    ['Kota', (c, o, r, i) => row(ID, i + 2)[4], [SHIP('city')]],
    ['Provinsi', (c, o, r, i) => row(ID, i + 2)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c, o, r, i) => row(ID, i + 2)[6], [SHIP('postalCode')]],
    ['Master SKU', (c, o, r, i) => row(ID_ITEMS, i + 1)[0], [PL('SKU')]],
    ['Nama Item', (c, o, r, i) => row(ID_ITEMS, i + 1)[1], [PL('name')]],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Jual', (c, o, r, i) => idr(row(ID_ITEMS, i + 1)[3]), [PL('priceTotal')], opt],
    ['Diskon Seller', (c, o) => idr(o.discount ? 15000 : 0), [OR('discountAmount')], opt],
    ['Ongkir', (c, o) => idr(o.shipping ? 9000 : 0), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => idr(row(ID_ITEMS, i + 1)[3] * o.qty + (o.shipping ? 9000 : 0) - (o.discount ? 15000 : 0)), [OR('priceTotal')]],
    ['Biaya Admin', (c, o, r, i) => idr(row(ID_ITEMS, i + 1)[3] * o.qty * 0.04), []],
    ['Kurir', (c, o, r) => v.pick(r, ['JNE', 'J&T', 'SiCepat', 'Ninja Xpress']), ['commerce.shipping.shippingMethod'], opt],
    ['AWB', (c, o, r) => (r() < 0.8 ? `${v.int(r, 1000000000000, 9999999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Gudang', () => 'Gudang Cikarang', []],
    ['Updated At', (c, o) => dmyHM(o.at + day, 7), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- customers (POS365, Khách hàng > Xuất file, Vietnamese)
  { name: 'pos365-khach-hang-xuat-file-vi', product: 'POS365 (Khách hàng > Xuất file, Excel, Vietnamese UI, a Vietnamese shop/café chain using POS365 with online orders)', family: 'ecommerce-customers', language: 'vi', schema: P, cols: [
    ['Mã khách hàng', (c, o, r) => `KH${pad(v.int(r, 1, 99999), 6)}`, ['_id', 'personID']],
    ['Tên khách hàng', (c, o, r, i) => row(VN, i)[0], ['person.name.fullName']],
    ['Điện thoại', (c, o, r, i) => row(VN, i)[1], ['mobilePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? vnEmail(i) : ''), ['personalEmail.address']],
    ['Giới tính', (c) => (c.female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c, o, r) => (r() < 0.6 ? dmy(c.birth, 0) : ''), ['person.birthDate'], opt],
    ['Địa chỉ', (c, o, r, i) => row(VN, i)[2], [...HOME.map((x) => `${x}.street1`)]],
    ['Phường/Xã', (c, o, r, i) => row(VN, i)[3], [...HOME.map((x) => `${x}.street2`)], opt],
    ['Quận/Huyện', (c, o, r, i) => row(VN, i)[4], [...HOME.map((x) => `${x}.city`)], opt],
    ['Tỉnh/Thành phố', (c, o, r, i) => row(VN, i)[5], [...HOME.map((x) => `${x}.stateProvince`), ...HOME.map((x) => `${x}.state`), ...HOME.map((x) => `${x}.city`)]],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['Khách lẻ', 'Khách VIP', 'Khách sỉ']), [], opt],
    ['Mã số thuế', (c, o, r) => (r() < 0.1 ? String(v.int(r, 100000000, 999999999)) + '0' : ''), ['person.taxId'], opt],
    ['Điểm tích lũy', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.points']],
    ['Tổng bán', (c, o, r) => vnd(v.int(r, 50, 30000) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['Nợ hiện tại', (c, o, r) => vnd(r() < 0.85 ? 0 : v.int(r, 50, 2000) * 1000), []],
    ['Lần mua cuối', (c) => dmyHM(c.updated, 7), []],
    ['Ngày tạo', (c) => dmy(c.created, 7), [], opt],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Giao giờ hành chính', 'Khách quen chi nhánh Q1']), []],
  ] },
]
