// Round 18, tune18: tune sets added in round 18, written blind (see ../README.md). Same format as sets.mjs.
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const later = (c) => Math.max(c.created, c.updated) + 3600000
const comma = (n) => n.toFixed(2).replace('.', ',')
// dd/MM/yyyy HH:mm:ss (PayPlug's French portal), dd-MM-yyyy HH:mm (Bukalapak), yyyy-MM-dd HH:mm:ss with T and ms (Twenty)
const frTime = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const idTime = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoMs = (ms) => new Date(ms).toISOString()
const goat = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const dots = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// local people, places and products the shared generators lack
const ZA_PRODUCTS = [['TSIN 72345121', 'PP-KET-17', 'Russell Hobbs 1.7L Cordless Kettle', 449], ['TSIN 70811344', 'SN-AIR-BLK', 'Sony WH-CH520 Wireless Headphones', 999], ['TSIN 74455102', 'LG-BAG-20', 'Volkano 20L Laptop Backpack', 379], ['TSIN 71190876', 'CF-BEAN-1K', 'Bean There Coffee Beans 1kg', 329], ['TSIN 73310988', 'TY-LEGO-CL', 'LEGO Classic Creative Box', 599]]
const ZA_NAMES = ['Thabo Mokoena', 'Lerato Dlamini', 'Pieter van der Merwe', 'Ayanda Nkosi', 'Chantelle Botha', 'Sipho Ndlovu', 'Nadia Pillay']
const ES_ITEMS = [['Bicicleta de montaña Rockrider ST 100', 'Deporte y ocio', 180], ['iPhone 12 64GB negro', 'Móviles y telefonía', 320], ['Chaqueta vaquera Zara talla M', 'Moda y accesorios', 18], ['Silla de escritorio IKEA Markus', 'Hogar y jardín', 75], ['Nintendo Switch + 2 juegos', 'Consolas y videojuegos', 210], ['Lote libros Harry Potter', 'Cine, libros y música', 35]]
const ES_USERS = ['lucia_g', 'mateo84', 'sofiaperez', 'javi.mtz', 'carmen_sev', 'diegoBCN', 'martina.v']
const KR_NAMES = ['김민준', '이서연', '박지훈', '최수빈', '정예린', '강도윤', '윤하은', '임재현']
const KR_ADDR = [['06236', '서울특별시 강남구 테헤란로 152 (역삼동) 12층'], ['13529', '경기도 성남시 분당구 판교역로 235 에이치스퀘어 N동'], ['48058', '부산광역시 해운대구 센텀중앙로 97 1203호'], ['34126', '대전광역시 유성구 대학로 99 2동 301호'], ['61475', '광주광역시 동구 금남로 245 5층']]
const KR_PRODUCTS = [['곰곰 국산 햇 현미 4kg', '4kg, 1개', 15900, 'GG-RICE-4K'], ['탐사 물티슈 캡형 100매', '100매, 10개', 12490, 'TS-WIPE-10'], ['삼다수 2L', '2L, 12개', 11520, 'SDS-2L-12'], ['로지텍 무선 마우스 M331', '블랙, 1개', 24900, 'LG-M331-BK'], ['코멧 여성용 니트 가디건', '아이보리, FREE', 29800, 'CM-KNIT-IV']]
const ID_NAMES = ['Budi Santoso', 'Siti Rahmawati', 'Agus Setiawan', 'Dewi Lestari', 'Rizky Pratama', 'Putri Anggraini', 'Andi Wijaya']
const ID_ADDR = [['Jl. Kebon Jeruk Raya No. 27', 'Kebon Jeruk', 'Kota Jakarta Barat', 'DKI Jakarta', '11530'], ['Jl. Dago No. 112', 'Coblong', 'Kota Bandung', 'Jawa Barat', '40135'], ['Jl. Raya Darmo No. 45', 'Wonokromo', 'Kota Surabaya', 'Jawa Timur', '60241'], ['Perum Griya Asri Blok C3 No. 8', 'Tembalang', 'Kota Semarang', 'Jawa Tengah', '50275'], ['Jl. Gatot Subroto No. 9', 'Medan Petisah', 'Kota Medan', 'Sumatera Utara', '20112']]
const ID_PRODUCTS = [['BL-KOPI-250', 'Kopi Bubuk Arabika Gayo 250gr', 85000], ['BL-CASE-A54', 'Casing HP Samsung A54 Silikon', 25000], ['BL-KAOS-L', 'Kaos Polos Cotton Combed 30s - Hitam L', 45000], ['BL-TUMB-500', 'Tumbler Stainless 500ml', 65000], ['BL-SEPATU-42', 'Sepatu Sneakers Pria Casual 42', 189000]]
const TWOCO_PRODUCTS = [['PHOTOPRO-1Y', 'PhotoPro Studio - 1 Year License', 79], ['BACKUPX-3PC', 'BackupX Home (3 PCs)', 39.95], ['VPNGUARD-M', 'VPNGuard Monthly', 9.99], ['CODEPAD-LT', 'CodePad Editor Lifetime', 129]]
const AU_PLACES = [['2000', 'Sydney CBD'], ['3000', 'Melbourne CBD'], ['4000', 'Brisbane City'], ['2026', 'Bondi'], ['3121', 'Richmond'], ['6000', 'Perth CBD']]
const GOAT_PAGES = [['/', 'Home – Tidy Notes'], ['/blog/markdown-tables', 'Markdown tables without tears – Tidy Notes'], ['/docs/install', 'Install – Tidy Notes'], ['/pricing', 'Pricing – Tidy Notes'], ['download-click', ''], ['/blog/sync-conflicts', 'Resolving sync conflicts – Tidy Notes']]
const GOAT_REFS = [['', ''], ['', ''], ['www.google.com', 'h'], ['news.ycombinator.com', 'h'], ['Google', 'g'], ['duckduckgo.com', 'h'], ['github.com/tidynotes/tidy', 'h']]
const krPhone = (r) => `010-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`
const krSafe = (r) => `050${v.int(r, 2, 8)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`
const idPhone = (r) => `08${v.pick(r, ['12', '13', '21', '57', '77'])}${v.int(r, 10000000, 99999999)}`
const PP_STATUS = ['Payé', 'Payé', 'Payé', 'Échoué', 'Payé', 'Remboursé', 'Payé', 'Abandonné']
const PP_METHOD = [['Carte bancaire', 'CB'], ['Carte bancaire', 'Visa'], ['Carte bancaire', 'Mastercard'], ['Oney 3x', ''], ['Apple Pay', 'Visa'], ['Bancontact', 'Bancontact'], ['Carte bancaire', 'CB']]
const stamps = (c) => 10 + (+c.id % 390)
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Takealot Seller Portal, Sales > Sales report CSV, one row per order item)
  { name: 'takealot-seller-sales', product: 'Takealot (Seller Portal: Sales > Download sales report, CSV)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Date', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Sale Status', (c, o, r) => v.pick(r, ['Shipped to Customer', 'Shipped to Customer', 'Accepted', 'Returned', 'Cancelled by Customer']), [], opt],
    ['Order ID', (c, o, r) => String(v.int(r, 120000000, 149999999)), [OR('purchaseID')]],
    ['Order Item ID', (c, o, r) => String(v.int(r, 300000000, 399999999)), ['_id'], opt],
    ['Offer ID', (c, o, r) => String(v.int(r, 90000000, 99999999)), [], opt],
    ['TSIN', (c, o, r, i) => row(ZA_PRODUCTS, i)[0].slice(5), [PL('SKU')], opt],
    ['SKU', (c, o, r, i) => row(ZA_PRODUCTS, i)[1], [PL('SKU')]],
    ['Product Title', (c, o, r, i) => row(ZA_PRODUCTS, i)[2], [PL('name')]],
    ['Qty', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['Selling Price', (c, o, r, i) => row(ZA_PRODUCTS, i)[3].toFixed(2), []],
    ['Gross Sales', (c, o, r, i) => (row(ZA_PRODUCTS, i)[3] * Math.min(o.qty, 2)).toFixed(2), [PL('priceTotal')], opt],
    ['Success Fee', (c, o, r, i) => (row(ZA_PRODUCTS, i)[3] * Math.min(o.qty, 2) * 0.12).toFixed(2), []],
    ['Fulfillment Fee', (c, o, r) => v.pick(r, ['30.00', '45.00', '63.00']), []],
    ['Courier Collection Fee', () => '0.00', []],
    ['Auto IBT Fee', (c, o, r) => v.pick(r, ['0.00', '0.00', '12.00']), []],
    ['Total Fee', (c, o, r, i) => (row(ZA_PRODUCTS, i)[3] * Math.min(o.qty, 2) * 0.12 + 45).toFixed(2), []],
    ['Net Sales Amount', (c, o, r, i) => (row(ZA_PRODUCTS, i)[3] * Math.min(o.qty, 2) * 0.88 - 45).toFixed(2), [], opt],
    ['DC', (c, o, r) => v.pick(r, ['JHB', 'CPT', 'DBN']), []],
    ['Customer', (c, o, r, i) => row(ZA_NAMES, i), []],
    ['Promotion', (c, o, r) => v.pick(r, ['', '', '', 'Black Friday', 'Blue Dot Sale']), ['commerce.promotionID'], opt],
    ['Shipment ID', (c, o, r) => (r() < 0.8 ? String(v.int(r, 10000000, 19999999)) : ''), [], opt],
    ['PO Number', (c, o, r) => (r() < 0.8 ? String(v.int(r, 2000000, 2999999)) : ''), []],
    ['Shipment State', (c, o, r) => v.pick(r, ['Received', 'Received', 'In Transit', 'Draft']), []],
    ['Date Shipped to Customer', (c, o, r) => (r() < 0.8 ? f.ymdhms(o.at + 2 * 86400000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Wallapop, Ventas con envío: historial de ventas exportado, Spanish)
  { name: 'wallapop-ventas-es', product: 'Wallapop (Wallapop PRO: Ventas > Exportar historial de ventas con envío, Spanish)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['ID de la transacción', (c, o, r) => v.uuid(r), [OR('purchaseID'), '_id']],
    ['Fecha de venta', (c, o) => f.euTime(o.at), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o, r) => v.pick(r, ['Finalizada', 'Finalizada', 'Finalizada', 'En tránsito', 'Cancelada', 'En disputa']), [], opt],
    ['Artículo', (c, o, r, i) => row(ES_ITEMS, i)[0], [PL('name')]],
    ['ID del artículo', (c, o, r) => v.alnum(r, 10).toLowerCase(), [PL('SKU')], opt],
    ['Categoría', (c, o, r, i) => row(ES_ITEMS, i)[1], [], opt],
    ['Precio', (c, o, r, i) => comma(row(ES_ITEMS, i)[2]), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Gastos de envío', (c, o, r) => v.pick(r, ['2,95', '3,65', '4,25', '0,00']), ['commerce.shipping.shippingAmount']],
    ['Comisión Wallapop', (c, o, r, i) => comma(row(ES_ITEMS, i)[2] * 0.1), [], opt],
    ['Importe recibido', (c, o, r, i) => comma(row(ES_ITEMS, i)[2] * 0.9), [], opt],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Comprador', (c, o, r, i) => row(ES_USERS, i), []],
    ['Método de envío', (c, o, r) => v.pick(r, ['Correos - Punto de recogida', 'Correos - A domicilio', 'SEUR', 'InPost Locker']), ['commerce.shipping.shippingMethod']],
    ['Código de seguimiento', (c, o, r) => (r() < 0.8 ? `PQ${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}F` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Ciudad de entrega', (c) => c.city, [SHIP('city')]],
    ['Código postal de entrega', (c) => c.postcode, [SHIP('postalCode')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')], opt],
    ['Fecha de entrega', (c, o, r) => (r() < 0.7 ? f.eu(o.at + 3 * 86400000) : ''), [], opt],
    ['Valoración', (c, o, r) => v.pick(r, ['', '5', '5', '4']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Coupang WING, 배송관리 > 발주서 엑셀 다운로드, Korean, one row per item)
  { name: 'coupang-balju-ko', product: 'Coupang WING (배송관리 > 주문/배송 목록 엑셀 다운로드, DeliveryList, Korean)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['묶음배송번호', (c, o, r) => String(v.int(r, 100000000, 999999999) * 100 + v.int(r, 10, 99)), [], opt],
    ['주문번호', (c, o, r) => String(v.int(r, 10000000, 99999999) * 100000 + v.int(r, 10000, 99999)), [OR('purchaseID')]],
    ['택배사', (c, o, r) => v.pick(r, ['CJ 대한통운', 'CJ 대한통운', '롯데택배', '한진택배', '우체국택배']), ['commerce.shipping.shippingMethod'], opt],
    ['운송장번호', (c, o, r) => (r() < 0.75 ? String(v.int(r, 100000, 999999) * 1000000 + v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['분리배송 Y/N', (c, o, r) => (r() < 0.1 ? 'Y' : 'N'), []],
    ['주문시 출고예정일', (c, o) => f.ymd(o.at + 86400000), [], opt],
    ['주문일', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['등록상품명', (c, o, r, i) => row(KR_PRODUCTS, i)[0], [PL('name')]],
    ['등록옵션명', (c, o, r, i) => row(KR_PRODUCTS, i)[1], ['productListItems[0].selectedOptions[0].value'], opt],
    ['노출상품명(옵션명)', (c, o, r, i) => `${row(KR_PRODUCTS, i)[0]}, ${row(KR_PRODUCTS, i)[1]}`, [PL('name')], opt],
    ['노출상품ID', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), [], opt],
    ['옵션ID', (c, o, r) => String(v.int(r, 10000000000, 99999999999)), [PL('SKU')], opt],
    ['업체상품코드', (c, o, r, i) => row(KR_PRODUCTS, i)[3], [PL('SKU')]],
    ['결제액', (c, o, r, i) => String(row(KR_PRODUCTS, i)[2] * Math.min(o.qty, 3)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['배송비구분', (c, o, r) => v.pick(r, ['무료', '무료', '유료', '조건부무료']), []],
    ['배송비', (c, o, r) => v.pick(r, ['0', '0', '3000', '2500']), ['commerce.shipping.shippingAmount']],
    ['도서산간 추가배송비', (c, o, r) => (r() < 0.1 ? '3000' : '0'), [], opt],
    ['구매수(수량)', (c, o) => String(Math.min(o.qty, 3)), [PL('quantity')]],
    ['옵션판매가(판매단가)', (c, o, r, i) => String(row(KR_PRODUCTS, i)[2]), []],
    ['구매자', (c, o, r, i) => row(KR_NAMES, i), []],
    ['구매자전화번호', (c, o, r) => krSafe(r), [], opt],
    ['수취인이름', (c, o, r, i) => row(KR_NAMES, i + 2), []],
    ['수취인전화번호', (c, o, r) => (r() < 0.7 ? krSafe(r) : krPhone(r)), [], opt],
    ['우편번호', (c, o, r, i) => row(KR_ADDR, i)[0], [SHIP('postalCode')]],
    ['수취인 주소', (c, o, r, i) => row(KR_ADDR, i)[1], [SHIP('street1')], opt],
    ['배송메세지', (c, o, r) => v.pick(r, ['', '문 앞에 놓아주세요', '부재시 경비실에 맡겨주세요', '배송 전 연락 바랍니다']), []],
    ['결제위치', (c, o, r) => v.pick(r, ['iOS앱', '안드로이드앱', 'PC웹', '모바일웹']), [], opt],
    ['출고일', (c, o, r) => (r() < 0.8 ? f.ymd(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['배송완료일', (c, o, r) => (r() < 0.6 ? f.ymdhms(o.at + 2 * 86400000) : ''), [], opt],
    ['구매확정일자', (c, o, r) => (r() < 0.5 ? f.ymdhms(o.at + 9 * 86400000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Bukalapak, Mitra/Pelapak: Transaksi > Penjualan > Download laporan, Indonesian)
  { name: 'bukalapak-penjualan-id', product: 'Bukalapak (Seller Center: Transaksi > Penjualan > Unduh Excel, Indonesian)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['No. Transaksi', (c, o, r) => `BL${String(v.int(r, 22, 25))}${v.alnum(r, 8).toUpperCase()}INV`, [OR('purchaseID'), '_id']],
    ['Tanggal Transaksi', (c, o) => idTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Dana Diterima', 'Dana Diterima', 'Dikirim', 'Diproses', 'Dibatalkan']), [], opt],
    ['Nama Barang', (c, o, r, i) => row(ID_PRODUCTS, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(ID_PRODUCTS, i)[0], [PL('SKU')]],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Satuan', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2]), []],
    ['Subtotal Barang', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2] * o.qty), [PL('priceTotal')], opt],
    ['Ongkos Kirim', (c, o, r) => v.pick(r, ['9000', '12000', '18000', '0']), ['commerce.shipping.shippingAmount']],
    ['Biaya Asuransi', (c, o, r) => (r() < 0.3 ? '1500' : '0'), []],
    ['Potongan Voucher', (c, o, r) => (r() < 0.25 ? '10000' : '0'), [OR('discountAmount')], opt],
    ['Total Pembayaran', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2] * o.qty + 12000), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o, r) => v.pick(r, ['BukaDompet', 'Transfer Bank BCA', 'Virtual Account BNI', 'Alfamart', 'DANA']), [OR('payments[0].paymentType')], opt],
    ['Nama Pembeli', (c, o, r, i) => row(ID_NAMES, i), []],
    ['Username Pembeli', (c, o, r, i) => slug(row(ID_NAMES, i)) + v.int(r, 1, 99), []],
    ['Nama Penerima', (c, o, r, i) => row(ID_NAMES, i + 1), []],
    ['No. HP Penerima', (c, o, r) => idPhone(r), [], opt],
    ['Alamat Pengiriman', (c, o, r, i) => row(ID_ADDR, i)[0], [SHIP('street1')]],
    ['Kecamatan', (c, o, r, i) => row(ID_ADDR, i)[1], [], opt],
    ['Kota/Kabupaten', (c, o, r, i) => row(ID_ADDR, i)[2], [SHIP('city')]],
    ['Provinsi', (c, o, r, i) => row(ID_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c, o, r, i) => row(ID_ADDR, i)[4], [SHIP('postalCode')]],
    ['Kurir', (c, o, r) => v.pick(r, ['JNE REG', 'J&T Express', 'SiCepat REG', 'AnterAja', 'GoSend Instant']), ['commerce.shipping.shippingMethod']],
    ['No. Resi', (c, o, r) => (r() < 0.75 ? `JP${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Catatan Pembeli', (c, o, r) => v.pick(r, ['', '', 'Warna hitam ya gan', 'Tolong packing aman']), []],
    ['Dropshipper', (c, o, r) => (r() < 0.15 ? 'Toko Berkah Jaya' : ''), []],
  ] },

  // ---------------------------------------------------------------- payments / digital sales (2Checkout, now Verifone: Orders search > Export, API order field names)
  { name: '2checkout-orders', product: '2Checkout / Verifone (Merchant Control Panel: Orders > Order search > Export CSV; columns named as the API order fields)', family: 'payments', language: 'en', schema: E, cols: [
    ['RefNo', (c, o, r) => String(v.int(r, 200000000, 299999999)), [OR('purchaseID'), '_id', OR('payments[0].transactionID')]],
    ['ExternalReference', (c, o, r) => (r() < 0.6 ? `WEB-${v.int(r, 10000, 99999)}` : ''), [OR('purchaseID')], opt],
    ['OrderDate', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['FinishDate', (c, o, r) => (r() < 0.85 ? f.ymdhms(o.at + 120000) : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['COMPLETE', 'COMPLETE', 'COMPLETE', 'AUTHRECEIVED', 'REFUND', 'CANCELED']), [], opt],
    ['ApproveStatus', (c, o, r) => v.pick(r, ['OK', 'OK', 'OK', 'WAITING', 'FRAUD']), [], opt],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'EUR', 'GBP']), [OR('currencyCode')]],
    ['PaymentMethod', (c, o, r) => v.pick(r, ['CC', 'CC', 'CC', 'PAYPAL', 'WIRE']), [OR('payments[0].paymentType')], opt],
    ['ProductCode', (c, o, r, i) => row(TWOCO_PRODUCTS, i)[0], [PL('SKU')]],
    ['ProductName', (c, o, r, i) => row(TWOCO_PRODUCTS, i)[1], [PL('name')]],
    ['Quantity', (c, o, r) => (r() < 0.85 ? '1' : '2'), [PL('quantity')]],
    ['NetPrice', (c, o, r, i) => row(TWOCO_PRODUCTS, i)[2].toFixed(2), [], opt],
    ['VAT', (c, o, r, i) => (row(TWOCO_PRODUCTS, i)[2] * 0.2).toFixed(2), [OR('taxAmount')]],
    ['Discount', (c, o, r) => (r() < 0.2 ? '5.00' : '0.00'), [OR('discountAmount')]],
    ['GrossPrice', (c, o, r, i) => (row(TWOCO_PRODUCTS, i)[2] * 1.2).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['PromotionCode', (c, o, r) => (r() < 0.2 ? v.pick(r, ['BF2024', 'SAVE5']) : ''), ['commerce.promotionID'], opt],
    ['AffiliateCode', (c, o, r) => (r() < 0.15 ? v.alnum(r, 6).toUpperCase() : ''), [], opt],
    ['FirstName', (c) => c.first, []],
    ['LastName', (c) => c.last, []],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), [], opt],
    ['Address1', (c) => c.street, [BILL('street1')]],
    ['City', (c) => c.city, [BILL('city')]],
    ['State', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['CountryCode', () => 'us', [BILL('countryCode'), BILL('country')], opt],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'de', 'fr']), [], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
  ] },

  // ---------------------------------------------------------------- payments (PayPlug, portail: Paiements > Exporter, French)
  { name: 'payplug-paiements-fr', product: 'PayPlug (portail marchand: Paiements > Exporter en CSV, French)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID du paiement', (c, o, r) => `pay_${v.alnum(r, 22)}`, [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => frTime(o.at), ['timestamp', OR('createdDate')]],
    ['Montant', (c, o) => comma(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut', (c, o, r, i) => row(PP_STATUS, i), [], opt],
    ['Montant remboursé', (c, o, r, i) => (row(PP_STATUS, i) === 'Remboursé' ? comma(o.total) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Moyen de paiement', (c, o, r, i) => row(PP_METHOD, i)[0], [OR('payments[0].paymentType')], opt],
    ['Marque de la carte', (c, o, r, i) => row(PP_METHOD, i)[1], [], opt],
    ['Derniers chiffres', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ["Date d'expiration", (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 2025, 2030)}`, []],
    ['Pays de la carte', (c, o, r) => v.pick(r, ['FR', 'FR', 'FR', 'BE']), [], opt],
    ['3-D Secure', (c, o, r) => (r() < 0.8 ? 'Oui' : 'Non'), []],
    ['Référence', (c, o) => `CMD-${o.id}`, [OR('purchaseID')], opt],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), [], opt],
    ['Adresse', (c) => c.street, [BILL('street1')]],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville', (c) => c.city, [BILL('city')]],
    ['Pays', () => 'FR', [BILL('countryCode'), BILL('country')], opt],
    ["Code d'échec", (c, o, r) => (r() < 0.1 ? v.pick(r, ['insufficient_funds', 'card_declined', '3ds_declined']) : ''), []],
    ['Mode', () => 'LIVE', []],
    ['Métadonnées', (c, o, r) => v.pick(r, ['', '{"customer_id": "' + c.id + '"}']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Salesflare, Contacts > select all > Export to CSV)
  { name: 'salesflare-contacts', product: 'Salesflare (Contacts > Export to CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), B2BID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Prefix', (c, o, r) => (r() < 0.3 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Middle name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['J.', 'Anne', 'Lee']) : ''), ['person.name.middleName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Role', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Organisation', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Work phone number', (c) => c.phone, ['workPhone.number']],
    ['Mobile phone number', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Home phone number', (c, o, r) => (r() < 0.1 ? c.phone : ''), ['homePhone.number']],
    ['Fax number', (c, o, r) => (r() < 0.05 ? c.phone : ''), ['faxPhone.number'], opt],
    ['Street', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State/Region', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Zip', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Birth date', (c, o, r) => (r() < 0.2 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Tags', (c, o, r) => v.pick(r, ['', 'decision maker', 'champion, webinar']), []],
    ['Owner', (c, o, r) => v.pick(r, ['Jeroen Corthout', 'Lieven Janssen', 'Anna Claes']), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `https://twitter.com/${slug(c.first)}_${slug(c.last)}` : ''), []],
    ['Created on', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last modified on', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last interaction', (c) => f.ymd(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Archived', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Twenty, People > Options > Export, view columns, composite fields split "Field / Subfield")
  { name: 'twenty-people', product: 'Twenty (open-source CRM: People view > Options > Export as CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Id', (c, o, r) => v.uuid(r), B2BID],
    ['Name / First Name', (c) => c.first, ['person.name.firstName']],
    ['Name / Last Name', (c) => c.last, ['person.name.lastName']],
    ['Emails / Primary Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Emails / Additional Emails', (c, o, r) => (r() < 0.2 ? `["${c.email}"]` : '[]'), [], opt],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Phones / Primary Phone Number', (c, o, r) => `${v.int(r, 201, 989)}555${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number', 'mobilePhone.number'], opt],
    ['Phones / Primary Phone Country Code', () => 'US', [], opt],
    ['Phones / Primary Phone Calling Code', () => '+1', [], opt],
    ['Phones / Additional Phones', () => '[]', [], opt],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Linkedin / Link URL', (c, o, r) => (r() < 0.6 ? `linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Linkedin / Link Label', () => '', []],
    ['X / Link URL', (c, o, r) => (r() < 0.15 ? `x.com/${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Avatar Url', (c, o, r) => (r() < 0.3 ? `https://twenty-files.example.com/person-picture/${v.uuid(r)}.png` : ''), ['extendedWorkDetails.photoUrl'], opt],
    ['Created by / Source', (c, o, r) => v.pick(r, ['MANUAL', 'IMPORT', 'EMAIL', 'API']), ['b2b.personSource'], opt],
    ['Created by / Name', (c, o, r) => v.pick(r, ['Tim Apple', 'Phil Schiller', 'Import']), [], opt],
    ['Creation date', (c) => isoMs(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last update', (c) => isoMs(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- support desk (HelpCrunch, Contacts > Export to CSV)
  { name: 'helpcrunch-customers', product: 'HelpCrunch (Contacts > select > Export to CSV)', family: 'support', language: 'en', schema: P, cols: [
    ['HelpCrunch ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID],
    ['User ID', (c, o, r) => (r() < 0.7 ? `usr_${v.int(r, 10000, 99999)}` : ''), ID, opt],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Company', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]'], opt],
    ['Status', (c, o, r) => v.pick(r, ['lead', 'customer', 'customer', 'visitor']), [], opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['Country', (c) => c.countryEn, at(HOME, 'country'), opt],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'de', 'es']), [], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 120', 'Safari 17', 'Firefox 121']), []],
    ['Platform', (c, o, r) => v.pick(r, ['Windows', 'Mac OS', 'iOS', 'Android']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'trial', 'vip, billing']), []],
    ['Sessions', (c, o, r) => String(v.int(r, 1, 140)), []],
    ['Chats', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Unsubscribed', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), [], opt],
    ['First seen', (c) => f.ymdhms(c.created), [], opt],
    ['Last seen', (c) => f.ymdhms(later(c)), [], opt],
    ['Plan', (c, o, r) => v.pick(r, ['', 'Basic', 'Pro', 'Unlimited']), []],
    ['Revenue', (c, o, r) => (r() < 0.5 ? v.money(r, 0, 900) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools (SendFox, Contacts > Export; the API contact fields)
  { name: 'sendfox-contacts', product: 'SendFox (Contacts > Export CSV; columns as the API contact object)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c, o, r) => (r() < 0.7 ? c.last : ''), ['person.name.lastName']],
    ['ip_address', (c, o, r) => (r() < 0.7 ? v.ip4(r) : ''), [], opt],
    ['unsubscribed_at', (c, o, r) => (r() < 0.1 ? f.ymdhms(later(c)) : ''), [], opt],
    ['bounced_at', (c, o, r) => (r() < 0.05 ? f.ymdhms(later(c)) : ''), [], opt],
    ['invalid_at', () => '', [], opt],
    ['confirmed_at', (c, o, r) => (r() < 0.8 ? f.ymdhms(c.created + 600000) : ''), [], opt],
    ['created_at', (c) => f.ymdhms(c.created), [], opt],
    ['lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter; Podcast', 'Free guide']), []],
  ] },

  // ---------------------------------------------------------------- analytics events (GoatCounter, Settings > Export > CSV, one row per pageview; header seen whole)
  { name: 'goatcounter-export', product: 'GoatCounter (Settings > Export, hits CSV, export format version 2)', family: 'analytics', language: 'en', schema: E, cols: [
    ['2Path', (c, o, r, i) => row(GOAT_PAGES, i)[0], ['web.webPageDetails.URL', 'web.webPageDetails.name', 'web.webInteraction.name'], opt],
    ['Title', (c, o, r, i) => row(GOAT_PAGES, i)[1], ['web.webPageDetails.name']],
    ['Event', (c, o, r, i) => (row(GOAT_PAGES, i)[0].startsWith('/') ? 'false' : 'true'), [], opt],
    ['UserAgent', (c, o, r) => v.pick(r, ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0']), ['environment.browserDetails.userAgent']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 120', 'Safari 17.2', 'Firefox 121', 'Edge 120']), ['environment.browserDetails.name'], opt],
    ['System', (c, o, r) => v.pick(r, ['Windows 10', 'iOS 17.2', 'Linux', 'macOS 14.2', 'Android 14']), ['environment.operatingSystem'], opt],
    ['Session', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['Bot', (c, o, r) => (r() < 0.05 ? '151' : '0'), []],
    ['Referrer', (c, o, r, i) => row(GOAT_REFS, i)[0], ['web.webReferrer.URL'], opt],
    ['Referrer scheme', (c, o, r, i) => row(GOAT_REFS, i)[1], []],
    ['Screen size', (c, o, r) => v.pick(r, ['1920,1080,1', '1440,900,2', '390,844,3', '2560,1440,1']), [], opt],
    ['Location', (c, o, r) => v.pick(r, ['US-CA', 'NL-NH', 'DE', 'GB-ENG', 'IN-KA', '']), [GEO('countryCode')], opt],
    ['FirstVisit', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), [], opt],
    ['Date', (c, o) => goat(o.at), ['timestamp']],
  ] },

  // ---------------------------------------------------------------- loyalty (Stamp Me, merchant dashboard: Customers > Export, Australia)
  { name: 'stampme-members', product: 'Stamp Me (merchant dashboard: Customers > Export CSV, Australian merchant)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), [...ID, 'loyalty.loyaltyID[0]']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email.replace(/@.*/, '@' + v.pick(r, ['gmail.com', 'bigpond.com', 'outlook.com.au'])) : ''), ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? auMobile(r) : ''), ['mobilePhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.5 ? f.eu(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.3 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Postcode', (c, o, r, i) => row(AU_PLACES, i)[0], at(HOME, 'postalCode')],
    ['Store', (c, o, r, i) => row(AU_PLACES, i)[1], [], opt],
    ['Card', (c, o, r) => v.pick(r, ['Coffee Card (9 + 1 free)', 'Smoothie Card', 'Lunch Club']), [], opt],
    ['Current Stamps', (c) => String(stamps(c) % 10), ['loyalty.points']],
    ['Total Stamps', (c) => String(stamps(c)), ['loyalty.lifetimePoints']],
    ['Rewards Earned', (c) => String(Math.floor(stamps(c) / 10)), [], opt],
    ['Rewards Redeemed', (c) => String(Math.max(0, Math.floor(stamps(c) / 10) - (+c.id % 2))), [], opt],
    ['Visits', (c) => String(stamps(c) - (+c.id % 7)), ['loyalty.lifetimePurchases'], opt],
    ['Joined', (c) => f.eu(c.created), ['loyalty.joinDate']],
    ['Last Visit', (c) => f.eu(later(c)), [], opt],
    ['Marketing Opt In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Referred By', (c, o, r) => (r() < 0.1 ? `${v.first(r, 'en')} ${v.last(r, 'en')}` : ''), []],
  ] },
]
