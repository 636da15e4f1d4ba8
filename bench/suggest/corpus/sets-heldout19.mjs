// Round 19 (briefed as round 22), heldout19: held-out sets written apart from the suggester and any tuning, scored once
// at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator
// per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc } from './values9.mjs'
import { loc12 } from './values12.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const dmyHM = (p, sep = '.') => `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y} ${pad(p.H)}:${pad(p.M)}`
const dmyHMS = (p, sep = '.') => `${dmyHM(p, sep)}:${pad(p.S)}`
// the corpus people's first names are alternately male and female; these are the female ones (so that salutation,
// gender and name agree)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia'])
const fem = (c) => FEM.has(c.first)
const comma = (n) => n.toFixed(2).replace('.', ',')
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Kaspi.kz: a Kazakh seller's orders (Kaspi Магазин кабинет продавца > Заказы > Выгрузить в Excel; Russian UI, one row
// per ordered product; Almaty time, tenge without decimals).
const KZ_FIRST = [['Нурлан', 'Айгерим'], ['Ерлан', 'Динара'], ['Асхат', 'Жанар'], ['Данияр', 'Гульнара'], ['Алексей', 'Елена'], ['Тимур', 'Асель'], ['Руслан', 'Мадина']]
const KZ_LAST = [['Ахметов', 'Ахметова'], ['Сулейменов', 'Сулейменова'], ['Жумабеков', 'Жумабекова'], ['Касымов', 'Касымова'], ['Иванов', 'Иванова'], ['Нуркенов', 'Нуркенова'], ['Омаров', 'Омарова']]
const KZ_CITY = [['Алматы', 'ул. Абая', 'мкр. Самал-2'], ['Астана', 'пр. Кабанбай батыра', 'ЖК Северное сияние'], ['Шымкент', 'ул. Толе би', 'мкр. Нурсат'], ['Караганда', 'пр. Бухар-Жырау', ''], ['Алматы', 'ул. Розыбакиева', 'ЖК Orion'], ['Актобе', 'пр. Абилкайыр хана', '']]
const kz = (c) => { const n = +c.id; const fem = n % 2; const [city, street, block] = KZ_CITY[(n >> 1) % KZ_CITY.length]; return { first: KZ_FIRST[n % KZ_FIRST.length][fem], last: KZ_LAST[(n >> 2) % KZ_LAST.length][fem], city, street: `${street}, д. ${10 + (n % 180)}${n % 3 ? `, кв. ${1 + (n % 140)}` : ''}`, block, phone: `+7 (7${['01', '02', '05', '07', '47', '77'][n % 6]}) ${100 + (n % 900)}-${pad(n % 100)}-${pad((n >> 3) % 100)}` } }
const KS_P = [['Смартфон Samsung Galaxy A35 8/256GB голубой', 'Смартфоны', 'SM-A356E-LB', 139990], ['Наушники Apple AirPods Pro 2', 'Наушники', 'MTJV3', 119990], ['Пылесос Dreame V12 Pro', 'Пылесосы', 'VTV41B', 164990], ['Чайник Xiaomi Mi Electric Kettle 2', 'Чайники', 'MJDSH04YM', 12990], ['Кроссовки Nike Air Max 270 42 р.', 'Кроссовки', 'AH8050-002-42', 54990]]
const ksP = (o) => KS_P[+o.id % KS_P.length]
const KS_ST = ['Выдан', 'Выдан', 'Доставлен', 'Передан на доставку', 'Ожидает упаковки', 'Отменён', 'Возврат']
const ksSt = (o) => KS_ST[+o.id % KS_ST.length]
const ksSent = (o) => ['Выдан', 'Доставлен', 'Передан на доставку', 'Возврат'].includes(ksSt(o))
const ksDel = (o) => ['Kaspi Доставка', 'Kaspi Доставка', 'Самовывоз', 'Kaspi Postomat', 'Express'][(+o.id >> 1) % 5]
const almaty = (ms) => dmyHM(shift(ms, 5))

// Tiki: a Vietnamese seller's orders (Tiki Seller Center > Quản lý đơn hàng > Xuất file, Excel; one row per product line).
const VN_LAST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh']
const VN_GIVEN = [['Văn Hùng', 'Thị Lan'], ['Minh Tuấn', 'Ngọc Anh'], ['Quốc Bảo', 'Thu Trang'], ['Đức Anh', 'Thanh Hương'], ['Hoàng Nam', 'Mai Phương'], ['Gia Huy', 'Bảo Ngọc']]
const VN_PLACE = [['Hồ Chí Minh', 'Quận 1', 'Phường Bến Nghé', 'Nguyễn Huệ'], ['Hà Nội', 'Quận Cầu Giấy', 'Phường Dịch Vọng', 'Trần Duy Hưng'], ['Đà Nẵng', 'Quận Hải Châu', 'Phường Thạch Thang', 'Lê Lợi'], ['Hà Nội', 'Quận Ba Đình', 'Phường Kim Mã', 'Kim Mã'], ['Hồ Chí Minh', 'Quận 7', 'Phường Tân Phong', 'Nguyễn Văn Linh'], ['Cần Thơ', 'Quận Ninh Kiều', 'Phường An Hòa', 'Mậu Thân'], ['Hồ Chí Minh', 'Thành phố Thủ Đức', 'Phường Thảo Điền', 'Xuân Thủy']]
const vn = (c) => { const n = +c.id; const [prov, dist, ward, street] = VN_PLACE[(n >> 1) % VN_PLACE.length]; return { full: `${VN_LAST[(n >> 2) % VN_LAST.length]} ${VN_GIVEN[n % VN_GIVEN.length][n % 2]}`, prov, dist, ward, street: `${1 + (n % 320)}${n % 4 === 1 ? `/${1 + (n % 9)}` : ''} ${street}`, phone: `0${['90', '91', '93', '97', '98', '33', '70'][n % 7]}${String(1000000 + (n * 53) % 8999999)}` } }
const TK_P = [['Nồi chiên không dầu Lock&Lock 5.2L EJF357BLK', 'Nhà Cửa - Đời Sống/Dụng cụ nhà bếp', 'LL-EJF357', 1590000], ['Sữa rửa mặt Cetaphil Gentle Skin Cleanser 500ml', 'Làm Đẹp - Sức Khỏe/Chăm sóc da mặt', 'CTP-GSC500', 385000], ['Sách - Nhà Giả Kim (Tái bản)', 'Nhà Sách Tiki/Sách tiếng Việt', 'NS-NGK-2020', 79000], ['Tai nghe Bluetooth Soundpeats Air3 Deluxe', 'Thiết Bị Số - Phụ Kiện Số/Tai nghe', 'SP-AIR3DX', 690000], ['Bình giữ nhiệt Elmich 500ml', 'Nhà Cửa - Đời Sống/Bình giữ nhiệt', 'EL-BGN500', 245000]]
const tkP = (o) => TK_P[+o.id % TK_P.length]
const tkLine = (o) => tkP(o)[3] * o.qty
const tkDisc = (o) => (+o.id % 4 === 1 ? Math.round(tkLine(o) * 0.1 / 1000) * 1000 : 0)
const tkShip = (o) => (tkLine(o) >= 300000 ? 0 : [18000, 22000, 30000][+o.id % 3])
const TK_ST = ['Giao hàng thành công', 'Giao hàng thành công', 'Đang vận chuyển', 'Đang xử lý', 'Chờ xác nhận', 'Đã hủy', 'Đã trả hàng']
const tkSt = (o) => TK_ST[+o.id % TK_ST.length]
const tkSent = (o) => ['Giao hàng thành công', 'Đang vận chuyển', 'Đã trả hàng'].includes(tkSt(o))
const ict = (ms) => dmyHMS(shift(ms, 7), '/')

// Daraz: a Sri Lankan seller's orders (Daraz Seller Center > Orders > Export, CSV; one row per order item, the
// platform's English column names).
const LK_FIRST = [['Kasun', 'Nimali'], ['Chamara', 'Dilani'], ['Nuwan', 'Tharushi'], ['Ruwan', 'Sachini'], ['Dinesh', 'Hiruni'], ['Suresh', 'Priyanka']]
const LK_LAST = ['Perera', 'Fernando', 'Silva', 'Jayasinghe', 'Wickramasinghe', 'Bandara', 'Gunawardena', 'Ratnayake']
// [city, province, district, postcode, area]
const LK_PLACE = [['Colombo 05', 'Western', 'Colombo', '00500', 'Havelock Town'], ['Nugegoda', 'Western', 'Colombo', '10250', 'Nugegoda'], ['Kandy', 'Central', 'Kandy', '20000', 'Peradeniya Road'], ['Galle', 'Southern', 'Galle', '80000', 'Karapitiya'], ['Negombo', 'Western', 'Gampaha', '11500', 'Kochchikade'], ['Kurunegala', 'North Western', 'Kurunegala', '60000', 'Wehera']]
const lk = (c) => { const n = +c.id; const [city, prov, district, zip, area] = LK_PLACE[(n >> 1) % LK_PLACE.length]; const first = LK_FIRST[n % LK_FIRST.length][n % 2]; const last = LK_LAST[(n >> 2) % LK_LAST.length]; return { full: `${first} ${last}`, first, last, city, prov, district, zip, area, street: `No. ${1 + (n % 240)}${n % 5 === 2 ? '/A' : ''}, ${['Galle Road', 'Temple Road', 'Station Road', 'Kandy Road', 'Lake Drive', 'Old Road'][n % 6]}`, phone: `07${[0, 1, 2, 5, 6, 7, 8][n % 7]}${String(1000000 + (n * 71) % 8999999)}`, email: `${slug(first)}${slug(last).slice(0, 4)}${n % 90 + 10}@gmail.com` } }
const DZ_P = [['Redmi Note 13 8GB 256GB', 'Color Family:Midnight Black', 'XM-RN13-256-BK', 69999], ['Nivea Men Deep Impact Face Wash 100ml', '', 'NIV-MDI-100', 1450], ['Philips Electric Kettle HD9306', 'Capacity:1.5L', 'PH-HD9306', 8950], ['Men\'s Cotton Polo T-Shirt', 'Color Family:Navy, Size:L', 'POLO-NV-L', 1890], ['Baseus 20W USB-C Fast Charger', '', 'BS-20W-PD', 3290]]
const dzP = (o) => DZ_P[+o.id % DZ_P.length]
const DZ_ST = ['delivered', 'delivered', 'shipped', 'ready_to_ship', 'pending', 'canceled', 'returned']
const dzSt = (o) => DZ_ST[+o.id % DZ_ST.length]
const dzSent = (o) => ['delivered', 'shipped', 'returned'].includes(dzSt(o))
const colombo = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dzTrack = (o) => `LKDEX${100000000 + +o.id * 8867}`
const dzPay = (o) => ['COD', 'COD', 'MixedCard', 'Daraz Wallet', 'Genie', 'FriMi'][+o.id % 6]
const dzPaid = (o) => +(dzP(o)[3] * (+o.id % 3 === 1 ? 0.9 : 1)).toFixed(2)

// Nexi XPay: an Italian web shop's card payments (XPay Back Office > Reportistica > Ricerca ordini > Esporta Excel; Italian
// UI; Italian date-times, decimal-comma euro).
const NX_ST = ['Contabilizzato', 'Contabilizzato', 'Contabilizzato', 'Autorizzato', 'Negato', 'Annullato', 'Rimborsato']
const nxSt = (o) => NX_ST[+o.id % NX_ST.length]
const nxOk = (o) => nxSt(o) !== 'Negato'
const NX_PAY = [['Carta di credito', 'VISA'], ['Carta di credito', 'MASTERCARD'], ['PayPal', 'PAYPAL'], ['Carta di credito', 'MAESTRO'], ['Apple Pay', 'VISA'], ['Google Pay', 'MASTERCARD'], ['Carta di credito', 'AMEX']]
const nxPay = (o) => NX_PAY[(+o.id >> 1) % NX_PAY.length]
const nxCard = (o) => nxPay(o)[0] !== 'PayPal'
const nxAmt = (o) => +(o.total * 1.1).toFixed(2)
const rome = (ms) => dmyHMS(cet(ms), '/')

// MobilePay: a Danish café's and web shop's MobilePay payments (MobilePay Portal > Transaktioner > Eksportér, Excel; Danish
// UI; the Transaction Reporting API's transaction fields in the portal's Danish words).
const da = (c) => loc(c, 'da')
const MP_TYPE = ['Betaling', 'Betaling', 'Betaling', 'Betaling', 'Betaling', 'Refundering']
const mpType = (o) => MP_TYPE[+o.id % MP_TYPE.length]
const mpAmt = (o) => +(o.total * 7.45 * (+o.id % 3 === 0 ? 0.35 : 1)).toFixed(2)
const mpSigned = (o) => (mpType(o) === 'Refundering' ? -mpAmt(o) : mpAmt(o))
const mpWeb = (o) => +o.id % 3 === 1
const mpFee = (o) => +(mpAmt(o) * 0.0095 + 0.25).toFixed(2)
const cph = (ms) => cet(ms)
const dkDate = (p) => `${pad(p.d)}-${pad(p.m)}-${p.y}`
const hex16 = (o) => (BigInt(+o.id) * 2654435761n + 0x1f2e3d4c5b6an).toString(16).toUpperCase().padStart(16, '0').slice(-16)

// Inxmail Professional: the recipients of a German outdoor shop's newsletter list (Empfänger > Exportieren, CSV; German UI,
// the shop's own recipient columns next to Inxmail's system and list columns).
const IX_SRC = ['Anmeldeformular', 'Anmeldeformular', 'Shop-Checkout', 'Import', 'Gewinnspiel']
const ixUnsub = (c) => +c.id % 9 === 4
const ixBounce = (c) => (+c.id % 13 === 6 ? 'Hardbounce' : +c.id % 11 === 3 ? 'Softbounce' : '')
const deSec = (ms) => dmyHMS(cet(ms))

// Userlike: the contacts of a German insurance broker's chat and messenger support (Kontakte > Exportieren, CSV; German UI).
const UL_CH = ['Website-Chat', 'Website-Chat', 'WhatsApp', 'Website-Chat, WhatsApp', 'Facebook Messenger', 'Telegram']
const ulCh = (c) => UL_CH[+c.id % UL_CH.length]
const ulWa = (c) => ulCh(c).includes('WhatsApp')

// Jivo: clients of a Russian furniture shop's chat (Jivo: Клиенты > Экспорт, CSV; Russian UI, Moscow time).
const ru = (c) => loc12(c, 'ru')
const JV_CH = ['Сайт', 'Сайт', 'Telegram', 'WhatsApp', 'ВКонтакте', 'Авито']
const jvCh = (c) => JV_CH[+c.id % JV_CH.length]
const jvName = (c) => [ru(c).first, `${ru(c).first} ${ru(c).last}`, ru(c).first, `Клиент ${c.id}`][+c.id % 4]
const moscow = (ms) => dmyHM(shift(ms, 3))

// mParticle: raw events of a US sportswear app (an event batch export flattened to one row per event, columns named
// after mParticle's JSON event batch: batch fields, device_info.*, application_info.*, data.*, product_action.*).
const MPT = ['screen_view', 'screen_view', 'custom_event', 'commerce_event', 'custom_event', 'commerce_event', 'session_start']
const mpt = (o) => MPT[+o.id % MPT.length]
const mpCom = (o) => mpt(o) === 'commerce_event'
const mpAct = (o) => (mpCom(o) ? ['purchase', 'add_to_cart', 'view_detail'][(+o.id >> 1) % 3] : '')
const mpBuy = (o) => mpAct(o) === 'purchase'
const MP_SCREEN = ['Home', 'Product Detail', 'Cart', 'Search Results', 'Account']
const MP_EV = [['Search', 'search'], ['Add to Wishlist', 'other'], ['Share Product', 'social'], ['Store Locator Opened', 'navigation']]
const mpEv = (o) => MP_EV[(+o.id >> 2) % MP_EV.length]
const MP_DEV = [['iOS', '17.4.1', 'Apple', 'iPhone15,2', 'T-Mobile'], ['Android', '14', 'samsung', 'SM-S918U', 'Verizon'], ['iOS', '16.7.2', 'Apple', 'iPhone13,3', 'AT&T'], ['Android', '13', 'Google', 'Pixel 7', 'T-Mobile']]
const mpDev = (c) => MP_DEV[+c.id % MP_DEV.length]
const GEO = { 'New York': [40.7128, -74.006], Austin: [30.2672, -97.7431], Seattle: [47.6062, -122.3321], Chicago: [41.8781, -87.6298], Denver: [39.7392, -104.9903], Boston: [42.3601, -71.0589], Portland: [45.5152, -122.6784] }
const geo = (c) => GEO[c.city] ?? [37.7749, -122.4194]
const MP_P = [['MR-RUN-2210-10', 'Men\'s Aero Run Shoe', 'Footwear', 129.99], ['WM-LEG-0412-M', 'Women\'s Studio Legging', 'Apparel', 68.0], ['UX-CAP-0007', 'Trail Cap', 'Accessories', 28.0], ['MR-JKT-3301-L', 'Storm Shell Jacket', 'Outerwear', 189.0]]
const mpP = (o) => MP_P[+o.id % MP_P.length]
const mpTax = (o) => +(mpP(o)[3] * o.qty * 0.08).toFixed(2)
const mpShip = (o) => (mpP(o)[3] * o.qty >= 100 ? 0 : 7.95)

// Como: loyalty members of a US fast-casual restaurant chain (Como Hub: Members > Export, CSV).
const CM_TIER = ['Silver', 'Silver', 'Silver', 'Gold', 'Gold', 'Platinum']
const CM_ST = ['Registered', 'Registered', 'Registered', 'Registered', 'Pending', 'Unsubscribed']
const cmSt = (c) => CM_ST[+c.id % CM_ST.length]
const cmVisits = (c) => (cmSt(c) === 'Pending' ? 0 : 1 + (+c.id % 57))
const usDT = (ms) => { const p = shift(ms, dst(ms) ? -5 : -6); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const usd = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`

// Leadinfo: companies that visited a Dutch software firm's website (Leadinfo: Inbox > Exporteren, CSV; Dutch UI, with
// Leadinfo's company data and, where found, a contact person).
// [name, domain, branche, SBI, size, street, number, postcode, city, province, phone, kvk]
const LI_CO = [['Bakker Installatietechniek B.V.', 'bakkerinstallatie.nl', 'Installatiebedrijven', '43221', '10 - 49', 'Stationsweg', '12', '3811 MB', 'Amersfoort', 'Utrecht', '033 465 2210', '30184422'], ['Van Dijk Transport', 'vandijktransport.nl', 'Goederenvervoer over de weg', '49410', '50 - 99', 'Industrieweg', '7a', '4104 AR', 'Culemborg', 'Gelderland', '0345 512 880', '11062715'], ['Noordzee Accountants', 'noordzee-accountants.nl', 'Accountancy', '69201', '10 - 49', 'Keizersgracht', '214', '1016 DZ', 'Amsterdam', 'Noord-Holland', '020 624 1180', '34267781'], ['Brabant Food Group B.V.', 'brabantfood.nl', 'Groothandel in voedingsmiddelen', '46390', '100 - 199', 'Ekkersrijt', '4101', '5692 DA', 'Son en Breugel', 'Noord-Brabant', '0499 471 300', '17098234'], ['Zorggroep De Linde', 'zorggroepdelinde.nl', 'Verpleeghuizen', '87101', '200 - 499', 'Lindelaan', '2', '7721 BT', 'Dalfsen', 'Overijssel', '0529 433 900', '05082517']]
const li = (c) => LI_CO[+c.id % LI_CO.length]
const liHasContact = (c) => +c.id % 3 !== 0
const LI_JOB = ['Directeur', 'Inkoper', 'Hoofd ICT', 'Operationeel manager', 'Office manager']

// SignalHire: contacts revealed by a US recruiting agency (SignalHire: My Contacts > Export to CSV).
const SH_CO = [['Northwind Logistics', 'northwindlogistics.com', 'Logistics and Supply Chain', '501-1000'], ['Brightpath Health', 'brightpathhealth.org', 'Hospital & Health Care', '1001-5000'], ['Quantive Labs', 'quantivelabs.io', 'Computer Software', '51-200'], ['Cedar & Stone Realty', 'cedarstone.com', 'Real Estate', '11-50']]
const sh = (c) => SH_CO[+c.id % SH_CO.length]
const SH_STATE = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }
const shState = (c) => SH_STATE[c.region] ?? c.region
const shMobileFirst = (c) => +c.id % 3 !== 2
const shEmail2 = (c) => +c.id % 2 === 0
const shPhone2 = (c) => shMobileFirst(c) && +c.id % 10 < 4

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'kaspi-zakazy-ru', product: 'Kaspi.kz (кабинет продавца Kaspi Магазина: Заказы > Выгрузить в Excel; Russian UI, a Kazakh electronics and home seller, one row per ordered product)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['№ заказа', (c, o) => String(500000000 + +o.id * 1117), [OR('purchaseID')]],
    ['Дата поступления заказа', (c, o) => almaty(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => ksSt(o), [], opt],
    ['Название товара в Kaspi Магазине', (c, o) => ksP(o)[0], [PL('name')]],
    ['Категория', (c, o) => ksP(o)[1], [PL('productCategories[0].categoryName')]],
    ['Артикул', (c, o) => ksP(o)[2], [PL('SKU')]],
    ['Код товара Kaspi', (c, o) => String(100000000 + (+o.id % KS_P.length) * 7340211), [PL('product'), PL('SKU')], opt],
    ['Количество', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Цена за единицу, ₸', (c, o) => String(ksP(o)[3]), []],
    ['Сумма, ₸', (c, o) => String(ksP(o)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Способ оплаты', (c, o) => ['Kaspi Gold', 'Kaspi Red', 'Kaspi Кредит', 'Рассрочка 0-0-12', 'Kaspi Gold'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Способ доставки', (c, o) => ksDel(o), ['commerce.shipping.shippingMethod'], opt],
    ['Покупатель', (c) => `${kz(c).first} ${kz(c).last}`, []],
    ['Телефон покупателя', (c) => kz(c).phone, [], opt],
    ['Город доставки', (c) => kz(c).city, [SHIP('city')]],
    ['Адрес доставки', (c, o) => (ksDel(o) === 'Самовывоз' || ksDel(o) === 'Kaspi Postomat' ? '' : kz(c).street), [SHIP('street1')]],
    ['Пункт выдачи', (c, o) => (ksDel(o) === 'Самовывоз' ? 'PP1 Склад на Райымбека' : ksDel(o) === 'Kaspi Postomat' ? `Постамат №${1000 + (+o.id % 800)}` : ''), [], opt],
    ['Склад', () => 'PP1', []],
    ['Дата передачи в доставку', (c, o) => (ksSent(o) && ksDel(o) !== 'Самовывоз' ? almaty(o.at + 20 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Плановая дата доставки', (c, o) => (ksSt(o) === 'Отменён' ? '' : almaty(o.at + 3 * 86400000).slice(0, 10)), [], opt],
    ['Номер накладной', (c, o, r) => (ksSent(o) && ksDel(o) !== 'Самовывоз' ? String(v.int(r, 300000000, 399999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Стоимость доставки, ₸', (c, o) => (ksDel(o) === 'Самовывоз' ? '0' : ksDel(o) === 'Express' ? '2990' : '1099'), ['commerce.shipping.shippingAmount'], opt],
    ['Комиссия, ₸', (c, o) => String(Math.round(ksP(o)[3] * 0.12)), []],
    ['Предзаказ', (c, o) => (+o.id % 11 === 4 ? 'Да' : 'Нет'), []],
    ['Причина отмены', (c, o) => (ksSt(o) === 'Отменён' ? ['Покупатель отказался', 'Нет в наличии', 'Не удалось связаться с покупателем'][+o.id % 3] : ''), [], opt],
  ] },
  { name: 'tiki-don-hang-vi', product: 'Tiki (Tiki Seller Center: Quản lý đơn hàng > Xuất file, Excel; Vietnamese UI, a home and books seller, one row per product line)', family: 'ecommerce-orders', language: 'vi', schema: E, cols: [
    ['Mã đơn hàng', (c, o) => String(700000000 + +o.id * 977), [OR('purchaseID')]],
    ['Ngày đặt hàng', (c, o) => ict(o.at), ['timestamp', OR('createdDate')]],
    ['Trạng thái đơn hàng', (c, o) => tkSt(o), [], opt],
    ['Mã sản phẩm Tiki', (c, o) => String(27000000 + (+o.id % TK_P.length) * 1301779), [PL('product'), PL('SKU')], opt],
    ['SKU người bán', (c, o) => tkP(o)[2], [PL('SKU')]],
    ['Tên sản phẩm', (c, o) => tkP(o)[0], [PL('name')]],
    ['Danh mục', (c, o) => tkP(o)[1], [PL('productCategories[0].categoryPath')]],
    ['Số lượng', (c, o) => String(o.qty), [PL('quantity')]],
    ['Đơn giá', (c, o) => String(tkP(o)[3]), []],
    ['Thành tiền', (c, o) => String(tkLine(o)), [PL('priceTotal')]],
    ['Giảm giá của người bán', (c, o) => String(tkDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
    ['Mã giảm giá', (c, o) => (tkDisc(o) ? 'GIAMGIA10' : ''), ['commerce.promotionID'], opt],
    ['Phí vận chuyển', (c, o) => String(tkShip(o)), ['commerce.shipping.shippingAmount']],
    ['Tổng tiền thanh toán', (c, o) => String(tkLine(o) - tkDisc(o) + tkShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Phương thức thanh toán', (c, o) => ['Thanh toán khi nhận hàng', 'Ví MoMo', 'Thẻ ATM nội địa', 'Thẻ tín dụng/ghi nợ', 'Ví ZaloPay', 'Thanh toán khi nhận hàng'][+o.id % 6], [OR('payments[0].paymentType')]],
    ['Tên người nhận', (c) => vn(c).full, []],
    ['Số điện thoại', (c) => vn(c).phone, [], opt],
    ['Địa chỉ', (c) => vn(c).street, [SHIP('street1')]],
    ['Phường/Xã', (c) => vn(c).ward, [SHIP('street2')], opt],
    ['Quận/Huyện', (c) => vn(c).dist, [SHIP('city')]],
    ['Tỉnh/Thành phố', (c) => vn(c).prov, [SHIP('stateProvince'), SHIP('state'), SHIP('city')]],
    ['Đơn vị vận chuyển', (c, o) => ['TikiNOW Smart Logistics', 'Giao Hàng Nhanh', 'J&T Express', 'Viettel Post'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Mã vận đơn', (c, o, r) => (tkSent(o) ? `TK${v.int(r, 100000000, 999999999)}VN` : ''), ['commerce.shipping.trackingNumber']],
    ['Ngày giao hàng', (c, o) => (tkSt(o) === 'Giao hàng thành công' ? ict(o.at + 2.5 * 86400000) : ''), [], opt],
    ['Phí cố định', (c, o) => String(Math.round(tkLine(o) * 0.05 / 100) * 100), []],
    ['Xuất hóa đơn VAT', (c, o) => (+o.id % 7 === 3 ? 'Có' : 'Không'), []],
    ['Ghi chú của khách', (c, o, r) => v.pick(r, ['', '', '', 'Giao giờ hành chính', 'Gọi trước khi giao']), []],
  ] },
  { name: 'daraz-orders', product: 'Daraz (Seller Center: Orders > Export, CSV; a Sri Lankan seller, one row per order item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Item Id', (c, o) => String(140000000000000 + +o.id * 7919), ['_id'], opt],
    ['Lazada Id', (c, o) => String(100000000 + (+o.id % DZ_P.length) * 13577113), [PL('product'), PL('SKU')], opt],
    ['Seller SKU', (c, o) => dzP(o)[2], [PL('SKU')]],
    ['Lazada SKU', (c, o) => `${100000000 + (+o.id % DZ_P.length) * 13577113}_LK-${200000000 + (+o.id % DZ_P.length) * 71}`, [PL('SKU'), PL('product')], opt],
    ['Created at', (c, o) => colombo(o.at), ['timestamp', OR('createdDate')]],
    ['Updated at', (c, o) => colombo(o.at + (+o.id % 5 + 1) * 86400000), [OR('lastUpdatedDate')], opt],
    ['Order Number', (c, o) => String(185000000000000 + +o.id * 31), [OR('purchaseID')]],
    ['Customer Name', (c) => lk(c).full, []],
    ['Customer Email', (c, o) => (+o.id % 3 === 0 ? lk(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Shipping Name', (c) => lk(c).full, []],
    ['Shipping Address', (c) => lk(c).street, [SHIP('street1')]],
    ['Shipping Address3', (c) => lk(c).prov, [SHIP('stateProvince'), SHIP('state')], opt],
    ['Shipping Address4', (c) => lk(c).district, [SHIP('city')], opt],
    ['Shipping Phone Number', (c) => lk(c).phone, [], opt],
    ['Shipping City', (c) => lk(c).city, [SHIP('city')]],
    ['Shipping Postcode', (c) => lk(c).zip, [SHIP('postalCode')]],
    ['Shipping Country', () => 'Sri Lanka', [SHIP('country')]],
    ['Billing Name', (c) => lk(c).full, []],
    ['Billing Address', (c) => lk(c).street, [BILL('street1')]],
    ['Billing Address3', (c) => lk(c).prov, [BILL('stateProvince'), BILL('state')], opt],
    ['Billing Phone Number', (c) => lk(c).phone, [], opt],
    ['Billing City', (c) => lk(c).city, [BILL('city')]],
    ['Billing Country', () => 'Sri Lanka', [BILL('country')]],
    ['Payment Method', (c, o) => dzPay(o), [OR('payments[0].paymentType')]],
    ['Paid Price', (c, o) => dzPaid(o).toFixed(2), [PL('priceTotal')], opt],
    ['Unit Price', (c, o) => dzP(o)[3].toFixed(2), []],
    ['Shipping Fee', (c, o) => (dzP(o)[3] >= 5000 ? '0.00' : ['250.00', '320.00', '180.00'][+o.id % 3]), ['commerce.shipping.shippingAmount']],
    ['Item Name', (c, o) => dzP(o)[0], [PL('name')]],
    ['Variation', (c, o) => dzP(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Shipping Provider', (c, o) => ['Daraz Express (DEX)', 'Daraz Express (DEX)', 'Koombiyo', 'Domex'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Code', (c, o) => (dzSent(o) ? dzTrack(o) : ''), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o) => (dzSent(o) ? `https://www.daraz.lk/order-tracking/?trackingNumber=${dzTrack(o)}` : ''), ['commerce.shipping.trackingURL']],
    ['Promised shipping time', (c, o) => colombo(o.at + 2 * 86400000), [], opt],
    ['Status', (c, o) => dzSt(o), [], opt],
    ['Refund Amount', (c, o) => (dzSt(o) === 'returned' ? dzPaid(o).toFixed(2) : '0.00'), [PL('refundAmount'), OR('refundTotal')], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'nexi-xpay-transazioni-it', product: 'Nexi XPay (Back Office: Reportistica > Ricerca ordini > Esporta Excel; Italian UI, an Italian web shop\'s card and wallet payments)', family: 'payments', language: 'it', schema: E, cols: [
    ['Codice transazione', (c, o) => `ORD${pad(20000 + (+o.id % 80000), 6)}-${1 + (+o.id % 2)}`, [OR('payments[0].transactionID'), OR('purchaseID')]],
    ['Data', (c, o) => rome(o.at), ['timestamp']],
    ['Stato', (c, o) => nxSt(o), [], opt],
    ['Esito', (c, o) => (nxOk(o) ? 'OK' : 'KO'), [], opt],
    ['Importo', (c, o) => comma(nxAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importo contabilizzato', (c, o) => (['Contabilizzato', 'Rimborsato'].includes(nxSt(o)) ? comma(nxAmt(o)) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Importo rimborsato', (c, o) => (nxSt(o) === 'Rimborsato' ? comma(nxAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Metodo di pagamento', (c, o) => nxPay(o)[0], [OR('payments[0].paymentType')]],
    ['Circuito', (c, o) => nxPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['Numero carta', (c, o, r) => (nxCard(o) ? `${nxPay(o)[1] === 'AMEX' ? '37' : nxPay(o)[1] === 'VISA' ? '4' : '5'}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Scadenza', (c, o, r) => (nxCard(o) ? `${pad(v.int(r, 1, 12))}/${v.int(r, 2025, 2030)}` : ''), []],
    ['Nazionalità carta', (c, o) => (nxCard(o) ? ['ITA', 'ITA', 'ITA', 'DEU', 'FRA', 'CHE'][+o.id % 6] : ''), []],
    ['Codice autorizzazione', (c, o, r) => (nxOk(o) ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Codice esito', (c, o) => (nxOk(o) ? '0' : ['116', '117', '119'][+o.id % 3]), [], opt],
    ['Messaggio', (c, o) => (nxOk(o) ? 'Message OK' : 'Autorizzazione negata'), []],
    ['Tipo transazione', (c, o) => (nxCard(o) ? ['3DS_FULL', '3DS_FULL', 'VBV_FULL', 'NO_3DSECURE'][+o.id % 4] : ''), [], opt],
    ['Canale', (c, o) => ['ECOMMERCE', 'ECOMMERCE', 'ECOMMERCE', 'PAY BY LINK', 'MOTO'][+o.id % 5], [], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Descrizione', (c, o) => `Ordine n. ${20000 + (+o.id % 80000)} - www.bottegadelcaffe.it`, [], opt],
    ['Alias', () => 'ALIAS_WEB_00079114', []],
    ['Data contabilizzazione', (c, o) => (['Contabilizzato', 'Rimborsato'].includes(nxSt(o)) ? rome(o.at + 86400000).slice(0, 10) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (2)
  { name: 'mobilepay-transaktioner-da', product: 'MobilePay (MobilePay Portal: Transaktioner > Eksportér til Excel; Danish UI, a Copenhagen café\'s MobilePay Box and web shop, the Transaction Reporting API\'s fields)', family: 'payments', language: 'da', schema: E, cols: [
    ['Dato', (c, o) => dkDate(cph(o.at)), ['timestamp'], opt],
    ['Tidspunkt', (c, o) => { const p = cph(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Type', (c, o) => mpType(o), [], opt],
    ['Beløb', (c, o) => comma(mpSigned(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'DKK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Gebyr', (c, o) => comma(-mpFee(o)), []],
    ['Navn', (c) => da(c).full, []],
    ['Mobilnummer', (c) => `+45 •• •• ${da(c).mobile.slice(-5)}`, [], opt],
    ['Besked', (c, o, r) => (mpWeb(o) ? '' : v.pick(r, ['', '', 'Tak for kaffen', 'Bord 4', 'Kanelsnegl x2', '🥐'])), []],
    ['Transaktions-ID', (c, o) => hex16(o), [OR('payments[0].transactionID'), '_id']],
    ['Ordre-ID', (c, o) => (mpWeb(o) ? `WEB-${10000 + (+o.id % 90000)}` : ''), [OR('purchaseID')], opt],
    ['Salgssted', (c, o) => (mpWeb(o) ? 'Webshop' : 'Kaffebaren Havnegade'), [], opt],
    ['Salgssted-ID', (c, o) => (mpWeb(o) ? '71245' : '40318'), []],
    ['Overførselsdato', (c, o) => dkDate(cph(o.at + 86400000)), [], opt],
    ['Overførselsreference', (c, o) => `0002${dkDate(cph(o.at + 86400000)).split('-').reverse().join('')}${pad(+o.id % 100000000, 8)}`, []],
    ['Modtagerkonto', () => 'DK50 0040 0440 1162 43', []],
  ] },

  // ---------------------------------------------------------------- email / newsletter
  { name: 'inxmail-empfaenger-de', product: 'Inxmail Professional (Empfänger > Exportieren, CSV; German UI, a German outdoor shop\'s newsletter list)', family: 'email', language: 'de', schema: P, cols: [
    ['ID', (c) => String(100000 + (+c.id % 800000)), ['_id', 'personID'], opt],
    ['E-Mail-Adresse', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (+c.id % 9 === 2 ? 'Dr.' : ''), ['person.name.courtesyTitle', 'person.name.suffix'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (+c.id % 6 === 1 ? c.company : ''), ['organizations[0]']],
    ['Straße', (c, o, r) => (r() < 0.6 ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => (+c.id % 7 === 3 ? 'Österreich' : 'Deutschland'), at(HOME, 'country')],
    ['Geburtsdatum', (c, o, r) => (r() < 0.4 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Kundennummer', (c) => (+c.id % 3 === 0 ? '' : `K${400000 + (+c.id % 90000)}`), ['personID'], opt],
    ['Interessen', (c) => ['Wandern', 'Klettern, Wandern', 'Camping', 'Laufen, Radsport', ''][+c.id % 5], []],
    ['Mailingformat', (c) => (+c.id % 10 === 0 ? 'Text' : 'HTML'), []],
    ['Tracking Permission', (c) => ['erteilt', 'erteilt', 'nicht erteilt', ''][+c.id % 4], [], opt],
    ['Anmeldedatum', (c) => deSec(c.created), [], opt],
    ['Anmeldequelle', (c) => IX_SRC[+c.id % IX_SRC.length], [], opt],
    ['Abmeldedatum', (c) => (ixUnsub(c) ? deSec(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Bounce-Status', (c) => ixBounce(c), ['personalEmail.status', 'personalEmail.statusReason'], opt],
    ['Letzte Öffnung', (c, o, r) => (r() < 0.6 ? deSec(c.updated) : ''), [], opt],
    ['Letzter Klick', (c, o, r) => (r() < 0.35 ? deSec(c.updated + 3600000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk
  { name: 'userlike-kontakte-de', product: 'Userlike (Kontakte > Exportieren, CSV; German UI, a German insurance broker\'s website chat and messengers)', family: 'support', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c) => String(8000000 + (+c.id % 900000) * 3), ['_id', 'personID']],
    ['Anrede', (c, o, r) => (r() < 0.5 ? (fem(c) ? 'Frau' : 'Herr') : ''), ['person.name.courtesyTitle']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['E-Mail', (c, o, r) => (r() < 0.75 ? c.email : ''), ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number', 'workPhone.number', 'mobilePhone.number']],
    ['WhatsApp', (c) => (ulWa(c) ? c.mobile.replace(/\s/g, '') : ''), ['mobilePhone.number'], opt],
    ['Firma', (c) => (+c.id % 4 === 2 ? c.company : ''), ['organizations[0]']],
    ['Position', (c) => (+c.id % 4 === 2 ? c.job : ''), []],
    ['Straße', (c, o, r) => (r() < 0.3 ? c.street : ''), at([...HOME, 'workAddress'], 'street1')],
    ['PLZ', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at([...HOME, 'workAddress'], 'postalCode')],
    ['Stadt', (c) => c.city, at([...HOME, 'workAddress'], 'city')],
    ['Land', () => 'Deutschland', at([...HOME, 'workAddress'], 'country')],
    ['Webseite', (c) => (+c.id % 4 === 2 ? `www.${slug(c.company)}.de` : ''), []],
    ['Sprache', (c) => (+c.id % 8 === 5 ? 'Englisch' : 'Deutsch'), [], opt],
    ['Standort', (c) => `${c.city}, Deutschland`, [], opt],
    ['Browser', (c, o, r) => (ulCh(c).startsWith('Website') ? v.pick(r, ['Chrome 124', 'Safari 17', 'Firefox 125', 'Edge 124']) : ''), []],
    ['Betriebssystem', (c, o, r) => (ulCh(c).startsWith('Website') ? v.pick(r, ['Windows 10', 'macOS', 'iOS 17', 'Android 14']) : ''), []],
    ['Kanäle', (c) => ulCh(c), []],
    ['Anzahl Konversationen', (c) => String(1 + (+c.id % 9)), [], opt],
    ['Durchschnittliche Bewertung', (c) => (+c.id % 3 === 0 ? '' : String(3 + (+c.id % 3))), []],
    ['Tags', (c) => ['Kfz', 'Hausrat', 'Kfz, Schaden', '', 'Berufsunfähigkeit'][+c.id % 5], []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', '', 'Rückruf gewünscht', 'Vertrag läuft 12/2025 aus']), []],
    ['Externe ID', (c) => (+c.id % 3 === 1 ? `VN-${200000 + (+c.id % 700000)}` : ''), ['personID'], opt],
    ['Erstellt am', (c) => deSec(c.created), [], opt],
    ['Zuletzt gesehen', (c) => deSec(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'jivo-klienty-ru', product: 'Jivo (JivoChat: Клиенты > Экспорт, CSV; Russian UI, a Russian furniture shop\'s chat, messengers and Avito)', family: 'support', language: 'ru', schema: P, cols: [
    ['ID', (c) => String(30000000 + (+c.id % 900000) * 7), ['_id', 'personID'], opt],
    ['Имя', (c) => jvName(c), ['person.name.fullName', 'person.name.firstName'], opt],
    ['Телефон', (c, o, r) => (r() < 0.7 ? ru(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.5 ? ru(c).email : ''), ['personalEmail.address']],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Шкаф-купе 2 м, ждёт замер', 'Перезвонить после 18:00', 'Доставка в Подмосковье']), []],
    ['Канал', (c) => jvCh(c), [], opt],
    ['Город', (c) => (jvCh(c) === 'Сайт' ? ru(c).city : ''), at(HOME, 'city'), opt],
    ['Страна', (c) => (jvCh(c) === 'Сайт' ? 'Россия' : ''), at(HOME, 'country'), opt],
    ['Telegram', (c) => (jvCh(c) === 'Telegram' ? `@${slug(ru(c).email.split('@')[0])}` : ''), []],
    ['ВКонтакте', (c) => (jvCh(c) === 'ВКонтакте' ? `https://vk.com/id${100000000 + +c.id}` : ''), []],
    ['Ответственный', (c) => ['Марина', 'Игорь', 'Светлана'][+c.id % 3], []],
    ['Теги', (c) => ['кухни', 'шкафы', 'доставка', '', 'опт'][+c.id % 5], []],
    ['UTM source', (c) => (jvCh(c) === 'Сайт' ? ['yandex', 'google', 'vk', ''][+c.id % 4] : ''), [], opt],
    ['UTM campaign', (c) => (jvCh(c) === 'Сайт' && +c.id % 4 < 2 ? ['kuhni_msk_poisk', 'shkafy_retarget'][+c.id % 2] : ''), [], opt],
    ['Количество диалогов', (c) => String(1 + (+c.id % 7)), [], opt],
    ['Дата создания', (c) => moscow(c.created), [], opt],
    ['Последний диалог', (c) => moscow(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'mparticle-events', product: 'mParticle (raw event batches exported and flattened to one row per event, columns after mParticle\'s JSON event batch; a US sportswear app)', family: 'analytics', language: 'en', schema: E, cols: [
    ['batch_id', (c, o) => String(7300000000000000000n + BigInt(+o.id) * 104729n), [], opt],
    ['mpid', (c) => String(-6000000000000000000n + BigInt(+c.id) * 7919000009n), [], opt],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['user_identities.customer_id', (c) => (+c.id % 3 === 0 ? '' : `C${c.id}`), [], opt],
    ['user_identities.email', (c) => (+c.id % 3 === 0 ? '' : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['device_info.platform', (c) => mpDev(c)[0], ['environment.operatingSystem'], opt],
    ['device_info.os_version', (c) => mpDev(c)[1], ['environment.operatingSystemVersion']],
    ['device_info.device_manufacturer', (c) => mpDev(c)[2], ['device.manufacturer']],
    ['device_info.device_model', (c) => mpDev(c)[3], ['device.model']],
    ['device_info.network_carrier', (c) => mpDev(c)[4], ['environment.carrier']],
    ['device_info.locale_language', (c) => (+c.id % 6 === 1 ? 'es' : 'en'), ['environment._dc.language'], opt],
    ['device_info.device_country', () => 'US', ['placeContext.geo.countryCode'], opt],
    ['application_info.application_name', () => 'Stride', []],
    ['application_info.application_version', (c) => ['5.12.0', '5.12.1', '5.11.4'][+c.id % 3], [], opt],
    ['event_type', (c, o) => mpt(o), ['eventType'], opt],
    ['data.event_id', (c, o) => String(BigInt(+o.id) * 9007199254n + 1234567n), ['_id']],
    ['data.timestamp_unixtime_ms', (c, o) => String(o.at + (+o.id % 1000)), ['timestamp']],
    ['data.session_uuid', (c, o, r) => v.uuid(r).toUpperCase(), [], opt],
    ['data.event_name', (c, o) => (mpt(o) === 'screen_view' ? MP_SCREEN[+o.id % MP_SCREEN.length] : mpt(o) === 'custom_event' ? mpEv(o)[0] : ''), ['web.webInteraction.name', 'eventType', 'web.webPageDetails.name'], opt],
    ['data.custom_event_type', (c, o) => (mpt(o) === 'custom_event' ? mpEv(o)[1] : ''), [], opt],
    ['data.custom_attributes.utm_campaign', (c, o) => (+o.id % 5 === 2 ? ['spring_drop_push', 'member_days_email'][+o.id % 2] : ''), ['marketing.campaignName', 'marketing.trackingCode']],
    ['data.location.latitude', (c) => geo(c)[0].toFixed(4), ['placeContext.geo._schema.latitude']],
    ['data.location.longitude', (c) => geo(c)[1].toFixed(4), ['placeContext.geo._schema.longitude']],
    ['data.product_action.action', (c, o) => mpAct(o), [], opt],
    ['data.product_action.transaction_id', (c, o) => (mpBuy(o) ? `ST-${300000 + (+o.id % 600000)}` : ''), [OR('purchaseID')]],
    ['data.product_action.total_amount', (c, o) => (mpBuy(o) ? (mpP(o)[3] * o.qty + mpTax(o) + mpShip(o)).toFixed(2) : ''), [OR('priceTotal')]],
    ['data.product_action.tax_amount', (c, o) => (mpBuy(o) ? mpTax(o).toFixed(2) : ''), [OR('taxAmount')]],
    ['data.product_action.shipping_amount', (c, o) => (mpBuy(o) ? mpShip(o).toFixed(2) : ''), ['commerce.shipping.shippingAmount']],
    ['data.product_action.products.0.id', (c, o) => (mpCom(o) ? mpP(o)[0] : ''), [PL('SKU')]],
    ['data.product_action.products.0.name', (c, o) => (mpCom(o) ? mpP(o)[1] : ''), [PL('name')]],
    ['data.product_action.products.0.category', (c, o) => (mpCom(o) ? mpP(o)[2] : ''), [PL('productCategories[0].categoryName')]],
    ['data.product_action.products.0.price', (c, o) => (mpCom(o) ? String(mpP(o)[3]) : ''), []],
    ['data.product_action.products.0.quantity', (c, o) => (mpCom(o) ? String(o.qty) : ''), [PL('quantity')]],
    ['data.currency_code', (c, o) => (mpCom(o) ? 'USD' : ''), [OR('currencyCode')]],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'como-members', product: 'Como (Como Hub: Members > Export, CSV; a US fast-casual restaurant chain\'s loyalty club)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(40000000 + (+c.id % 900000) * 11), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.85 ? c.last : ''), ['person.name.lastName']],
    ['Phone Number', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Gender', (c, o, r) => (r() < 0.4 ? (fem(c) ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Birthday', (c, o, r) => (r() < 0.6 ? f.us(c.birth).split('/').map((x) => x.padStart(2, '0')).join('/') : ''), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.1 ? f.us(c.birth + 9000 * 86400000) : ''), []],
    ['Zip Code', (c, o, r) => (r() < 0.7 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Membership Status', (c) => cmSt(c), ['loyalty.status'], opt],
    ['Registration Date', (c) => usDT(c.created), ['loyalty.joinDate']],
    ['Registration Source', (c) => ['App', 'App', 'POS', 'Web Form', 'Import'][+c.id % 5], [], opt],
    ['Registration Location', (c) => ['Downtown Austin', 'South Congress', 'Domain Northside', 'Online'][+c.id % 4], []],
    ['Membership Card Number', (c) => (+c.id % 4 === 0 ? `6071${pad(+c.id % 100000000, 8)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Tier', (c) => CM_TIER[+c.id % CM_TIER.length], ['loyalty.tier']],
    ['Points', (c) => String((cmVisits(c) * 37) % 900), ['loyalty.points']],
    ['Credit Balance', (c) => usd((+c.id % 6) * 2.5), [], opt],
    ['Total Spend', (c) => usd(cmVisits(c) * 14.35), ['loyalty.lifetimePurchases'], opt],
    ['Number of Visits', (c) => String(cmVisits(c)), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => (cmVisits(c) ? usDT(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Allow SMS', (c) => (+c.id % 3 === 1 ? 'No' : 'Yes'), [], opt],
    ['Allow Email', (c) => (cmSt(c) === 'Unsubscribed' ? 'No' : 'Yes'), [], opt],
    ['Tags', (c) => ['', '', 'Staff', 'VIP', 'Catering'][+c.id % 5], []],
    ['Referral Code', (c) => `${slug(c.first).slice(0, 5).toUpperCase()}${+c.id % 1000}`, []],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'leadinfo-bedrijven-nl', product: 'Leadinfo (Inbox > Exporteren, CSV; Dutch UI, companies that visited a Dutch software firm\'s website, with a contact person where Leadinfo found one)', family: 'b2b', language: 'nl', schema: B, cols: [
    ['Leadinfo ID', (c) => String(12000000 + (+c.id % LI_CO.length) * 345671), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Bedrijfsnaam', (c) => li(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Website', (c) => `https://www.${li(c)[1]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => li(c)[2], []],
    ['SBI-code', (c) => li(c)[3], []],
    ['Aantal medewerkers', (c) => li(c)[4], []],
    ['KvK-nummer', (c) => li(c)[11], []],
    ['Straat', (c) => li(c)[5], ['workAddress.street1']],
    ['Huisnummer', (c) => li(c)[6], ['workAddress.street1', 'workAddress.street2'], opt],
    ['Postcode', (c) => li(c)[7], ['workAddress.postalCode']],
    ['Plaats', (c) => li(c)[8], ['workAddress.city']],
    ['Provincie', (c) => li(c)[9], ['workAddress.stateProvince', 'workAddress.state']],
    ['Land', () => 'Nederland', ['workAddress.country']],
    ['Telefoonnummer', (c) => li(c)[10], ['workPhone.number', 'otherPhone.number'], opt],
    ['E-mailadres', (c) => `info@${li(c)[1]}`, ['workEmail.address'], opt],
    ['LinkedIn', (c) => `https://www.linkedin.com/company/${li(c)[1].split('.')[0]}`, []],
    ['Contactpersoon', (c) => (liHasContact(c) ? c.full : ''), ['person.name.fullName']],
    ['Functie', (c) => (liHasContact(c) ? LI_JOB[+c.id % LI_JOB.length] : ''), ['extendedWorkDetails.jobTitle']],
    ['E-mail contactpersoon', (c) => (liHasContact(c) ? `${slug(c.first)}.${slug(c.last)}@${li(c)[1]}` : ''), ['workEmail.address']],
    ['Eerste bezoek', (c) => f.nlTime(Math.min(c.created, c.updated)), ['extSourceSystemAudit.createdDate'], opt],
    ['Laatste bezoek', (c) => f.nlTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Bezoeken', (c) => String(1 + (+c.id % 14)), [], opt],
    ['Paginaweergaven', (c) => String(2 + (+c.id % 14) * 3), []],
    ['Bron', (c) => ['Google / organic', 'Google / cpc', 'LinkedIn', 'Direct', 'Nieuwsbrief'][+c.id % 5], ['b2b.personSource'], opt],
    ['Bezochte pagina\'s', (c) => ['/prijzen, /demo-aanvragen', '/blog/facturatie-automatiseren', '/contact', '/vacatures', '/integraties/exact-online, /prijzen'][+c.id % 5], []],
    ['Tags', (c) => ['Hot lead', '', 'Klant', '', 'Partner'][+c.id % 5], []],
    ['Gevolgd door', (c) => ['Sanne de Vries', '', 'Bram Jansen'][+c.id % 3], []],
  ] },
  { name: 'signalhire-contacts', product: 'SignalHire (My Contacts > Export to CSV; a US recruiting agency\'s revealed candidates and prospects)', family: 'b2b', language: 'en', schema: B, cols: [
    ['UID', (c, o, r) => v.hex(r, 32), B2BID, opt],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Headline', (c) => `${c.job} at ${sh(c)[0]}`, []],
    ['Current Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Current Company', (c) => sh(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Location', (c) => `${c.city}, ${shState(c)}, United States`, [], opt],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => shState(c), [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Country', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Email 1', (c) => `${slug(c.first)}.${slug(c.last)}@${sh(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Email 1 Type', () => 'work', []],
    ['Email 2', (c) => (shEmail2(c) ? c.email : ''), ['personalEmail.address'], opt],
    ['Email 2 Type', (c) => (shEmail2(c) ? 'personal' : ''), []],
    ['Phone 1', (c) => (shMobileFirst(c) ? c.mobile : c.phone), ['mobilePhone.number', 'workPhone.number']],
    ['Phone 1 Type', (c) => (shMobileFirst(c) ? 'mobile' : 'work_phone'), []],
    ['Phone 2', (c) => (shPhone2(c) ? c.phone : ''), ['workPhone.number', 'homePhone.number', 'otherPhone.number'], opt],
    ['Phone 2 Type', (c) => (shPhone2(c) ? 'work_phone' : ''), []],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${c.id.slice(0, 4)}`, []],
    ['Facebook', (c, o, r) => (r() < 0.2 ? `https://www.facebook.com/${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.15 ? `https://twitter.com/${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Skills', (c) => ['Recruiting, Sourcing, ATS', 'Java, AWS, Kubernetes', 'Negotiation, SaaS Sales, Salesforce', 'Financial Modeling, FP&A'][+c.id % 4], []],
    ['Industry', (c) => sh(c)[2], []],
    ['Company Website', (c) => `https://${sh(c)[1]}`, ['b2b.companyWebsite']],
    ['Company Size', (c) => sh(c)[3], []],
    ['Education', (c) => ['University of Texas at Austin', 'Boston University', 'University of Washington', ''][+c.id % 4], []],
    ['Date Added', (c) => f.ymd(c.updated), [], opt],
    ['List', () => 'Q3 Sales Leaders', []],
  ] },
]
