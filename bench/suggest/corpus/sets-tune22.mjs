// Round 22, tune22: tune sets written blind in round 22 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// Local formats: Cairo (+02:00) and Riyadh (+03:00) wall-clock times, Johannesburg (+02:00), Portugal's dd-mm-yyyy,
// Walmart's M/D/YYYY, Medusa's ISO with milliseconds
const wall = (ms, h) => { const p = parts(ms + h * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoMs = (ms) => new Date(ms).toISOString()
const isoOff = (ms, h) => { const p = parts(ms + h * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.000+0${h}:00` }
const ptDate = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const ptDateTime = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const esDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[v.int(r, 0, 15)]).join('')
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`
const ulid = (r) => Array.from({ length: 26 }, () => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[v.int(r, 0, 31)]).join('')

// South African people and places (PayFast)
const ZA = [['Thabo', 'Nkosi'], ['Lerato', 'Mokoena'], ['Pieter', 'van der Merwe'], ['Ayanda', 'Dlamini'], ['Chantelle', 'Botha'], ['Sipho', 'Ndlovu'], ['Naledi', 'Khumalo'], ['Ruan', 'Pretorius']]
const ZA_ITEMS = [['Monthly Box Subscription', 349], ['Rooibos Gift Hamper', 489.5], ['Yoga Class Pack (10)', 950], ['Biltong 1kg', 420], ['Donation', 250], ['Workshop Ticket', 1200]]
// Egyptian people and places (Paymob)
const EG = [['أحمد', 'عبد الرحمن', 'ahmed.abdelrahman'], ['منى', 'السيد', 'mona.elsayed'], ['محمود', 'حسن', 'mahmoud.hassan'], ['ياسمين', 'فؤاد', 'yasmin.fouad'], ['عمرو', 'مصطفى', 'amr.mostafa'], ['نورهان', 'إبراهيم', 'nourhan.ibrahim'], ['كريم', 'عادل', 'karim.adel']]
const EG_CITY = ['القاهرة', 'الجيزة', 'الإسكندرية', 'المنصورة', 'طنطا']
const egPhone = (r) => `+20${v.pick(r, ['10', '11', '12', '15'])}${v.int(r, 10000000, 99999999)}`
// Gulf people (Moyasar)
const SA = [['محمد', 'العتيبي'], ['نورة', 'القحطاني'], ['عبدالله', 'الشهري'], ['سارة', 'الدوسري'], ['خالد', 'المطيري'], ['ريم', 'الزهراني'], ['فهد', 'الحربي']]
// Portuguese (Portugal) people and places (E-goi; the shared generator's 'pt' is Brazil)
const PT = [['João', 'Ferreira'], ['Inês', 'Carvalho'], ['Tiago', 'Rodrigues'], ['Beatriz', 'Sousa'], ['Rui', 'Pereira'], ['Mariana', 'Costa'], ['Duarte', 'Martins'], ['Catarina', 'Gonçalves']]
const PT_PLACE = [['Rua Augusta 112', '1100-053', 'Lisboa', 'Lisboa'], ['Avenida da Boavista 1837', '4100-133', 'Porto', 'Porto'], ['Rua Ferreira Borges 45', '3000-180', 'Coimbra', 'Coimbra'], ['Avenida 25 de Abril 210', '2750-512', 'Cascais', 'Lisboa'], ['Rua do Souto 77', '4700-329', 'Braga', 'Braga']]
const ptMail = (p) => `${p[0]}.${p[1]}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '') + '@' + ['sapo.pt', 'gmail.com', 'hotmail.com', 'outlook.pt'][p[1].length % 4]
// US marketplace goods (Walmart, Spree, Medusa)
const WM = [['WM-TBL-0091', '841234100917', 'Mainstays 4-Shelf Bookcase, Espresso', 'Furniture', 39.97], ['WM-KIT-2210', '841234122100', 'Ninja 12-Cup Programmable Coffee Maker', 'Home', 79.0], ['WM-TOY-5567', '841234155672', 'LEGO Classic Creative Brick Box 10696', 'Toys', 34.99], ['WM-OUT-0448', '841234104489', 'Ozark Trail 4-Person Dome Tent', 'Sports & Outdoors', 59.88]]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Spree Commerce 5, Admin > Orders > Export, one row per line item)
  { name: 'spree-orders', product: 'Spree Commerce (5.x admin, Orders > Export CSV, one row per line item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Number', (c, o, r) => `R${v.int(r, 100000000, 999999999)}`, [OR('purchaseID')]],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Status', (c, o, r) => v.pick(r, ['complete', 'complete', 'canceled', 'returned']), [], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Subtotal', (c, o) => o.subtotal.toFixed(2), [], opt],
    ['Shipping', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Taxes', (c, o) => o.tax.toFixed(2), [OR('taxAmount')]],
    ['Taxes included', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['Discount', (c, o) => (-o.discount).toFixed(2), [OR('discountAmount')]],
    ['Discount Code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Total', (c, o) => o.total.toFixed(2), [OR('priceTotal')]],
    ['Shipping method', (c, o, r) => v.pick(r, ['UPS Ground', 'UPS Two Day', 'USPS Priority Mail']), ['commerce.shipping.shippingMethod']],
    ['Payment Type Used', (c, o, r) => v.pick(r, ['Credit Card', 'Store Credit', 'PayPal']), [OR('payments[0].paymentType')], opt],
    ['Item Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item SKU', (c, o) => o.sku, [PL('SKU')]],
    ['Item Name', (c, o) => o.name, [PL('name')]],
    ['Item Price', (c, o) => o.price.toFixed(2), []],
    ['Item Total Price', (c, o) => o.lineTotal.toFixed(2), [PL('priceTotal')]],
    ['Category lvl0', (c, o) => o.category, [PL('productCategories[0].categoryName')], opt],
    ['Billing Name', (c) => c.full, []],
    ['Billing Address 1', (c) => c.street, [BILL('street1')]],
    ['Billing City', (c) => c.city, [BILL('city')]],
    ['Billing Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Billing State', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Billing Country', (c) => c.countryCode, [BILL('countryCode')]],
    ['Shipping Name', (c) => c.full, []],
    ['Shipping Address 1', (c) => c.street, [SHIP('street1')]],
    ['Shipping Address 2', (c) => c.street2, [SHIP('street2')]],
    ['Shipping City', (c) => c.city, [SHIP('city')]],
    ['Shipping Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Country', (c) => c.countryCode, [SHIP('countryCode')]],
    ['Placed at', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Shipped at', (c, o, r) => (r() < 0.8 ? f.ymdhms(o.at + 2 * 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Cancelled at', (c, o, r) => (r() < 0.1 ? f.ymdhms(o.at + 86400000) : ''), [OR('cancelDate')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Walmart Marketplace, Seller Center > Order Management > Download)
  { name: 'walmart-marketplace-orders', product: 'Walmart Marketplace (Seller Center, Order Management > Download orders)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['PO#', (c, o, r) => String(v.int(r, 108000000000000, 109999999999999)), [OR('purchaseOrderNumber'), OR('purchaseID'), '_id'], opt],
    ['Order#', (c, o, r) => String(v.int(r, 200011000000000, 200019999999999)), [OR('purchaseID')]],
    ['Order Date', (c, o) => f.us(o.at), ['timestamp', OR('createdDate')]],
    ['Ship By', (c, o) => f.us(o.at + 2 * 86400000), [], opt],
    ['Delivery Date', (c, o) => f.us(o.at + 5 * 86400000), [], opt],
    ['Customer Name', (c) => c.full, []],
    ['Customer Shipping Address', (c) => `${c.street}, ${c.city}, ${c.region} ${c.postcode}`, [], opt],
    ['Customer Phone Number', (c) => c.phone.replace(/\D/g, '').slice(1), []],
    ['Ship to Address 1', (c) => c.street, [SHIP('street1')]],
    ['Ship to Address 2', (c) => c.street2, [SHIP('street2')]],
    ['City', (c) => c.city, [SHIP('city')]],
    ['State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Segment', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Walmart+']), []],
    ['Line#', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['UPC', (c, o, r, i) => row(WM, i)[1], [PL('SKU')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Acknowledged', 'Shipped', 'Delivered', 'Cancelled']), [], opt],
    ['Item Description', (c, o, r, i) => row(WM, i)[2], [PL('name')]],
    ['Shipping Method', (c, o, r) => v.pick(r, ['Standard', 'Expedited', 'Value']), ['commerce.shipping.shippingMethod']],
    ['Shipping Tier', (c, o, r) => v.pick(r, ['Standard', 'Two-day', 'Three-day']), [], opt],
    ['Shipping SLA', (c, o, r) => String(v.pick(r, [2, 3, 5])), []],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['SKU', (c, o, r, i) => row(WM, i)[0], [PL('SKU')]],
    ['Item Cost', (c, o, r, i) => (row(WM, i)[4] * o.qty).toFixed(2), [PL('priceTotal')], opt],
    ['Shipping Cost', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Tax', (c, o, r, i) => (row(WM, i)[4] * o.qty * 0.0825).toFixed(2), [OR('taxAmount')], opt],
    ['Carrier', (c, o, r) => v.pick(r, ['UPS', 'FedEx', 'USPS']), []],
    ['Tracking Number', (c, o, r) => `1Z${v.alnum(r, 16).toUpperCase()}`, ['commerce.shipping.trackingNumber'], opt],
    ['Tracking Url', (c, o, r) => `https://www.walmart.com/tracking?tracking_id=1Z${v.int(r, 100000, 999999)}`, ['commerce.shipping.trackingURL']],
    ['Seller Order NO', (c, o) => `SO-${o.id}`, [OR('purchaseID')], opt],
    ['Fulfillment Entity', () => 'Seller Fulfilled', []],
    ['Replacement Order', () => 'N', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Medusa, Admin > Orders > Export)
  { name: 'medusa-orders', product: 'Medusa (admin, Orders > Export, order-export batch job)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order_ID', (c, o, r) => `order_${ulid(r)}`, ['_id', OR('purchaseID')], opt],
    ['Display_ID', (c, o, r) => String(v.int(r, 1, 9999)), [OR('purchaseID')]],
    ['Order status', (c, o, r) => v.pick(r, ['pending', 'completed', 'canceled', 'archived']), [], opt],
    ['Date', (c, o) => isoMs(o.at), ['timestamp', OR('createdDate')]],
    ['Customer First name', (c) => c.first, []],
    ['Customer Last name', (c) => c.last, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer ID', (c, o, r) => `cus_${ulid(r)}`, [], opt],
    ['Shipping Address 1', (c) => c.street, [SHIP('street1')]],
    ['Shipping Address 2', (c) => c.street2, [SHIP('street2')]],
    ['Shipping Country Code', (c) => c.countryCode.toLowerCase(), [SHIP('countryCode')]],
    ['Shipping City', (c) => c.city, [SHIP('city')]],
    ['Shipping Postal Code', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping Region ID', (c, o, r) => `reg_${ulid(r)}`, []],
    ['Fulfillment Status', (c, o, r) => v.pick(r, ['not_fulfilled', 'fulfilled', 'shipped', 'partially_shipped']), [], opt],
    ['Payment Status', (c, o, r) => v.pick(r, ['captured', 'awaiting', 'refunded']), [], opt],
    ['Subtotal', (c, o) => String(Math.round(o.subtotal * 100)), [], opt],
    ['Shipping Total', (c, o) => String(Math.round(o.shipping * 100)), ['commerce.shipping.shippingAmount']],
    ['Discount Total', (c, o) => String(Math.round(o.discount * 100)), [OR('discountAmount')]],
    ['Gift Card Total', () => '0', []],
    ['Refunded Total', (c, o, r) => (r() < 0.1 ? String(Math.round(o.total * 100)) : '0'), [OR('refundTotal')], opt],
    ['Tax Total', (c, o) => String(Math.round(o.tax * 100)), [OR('taxAmount')]],
    ['Total', (c, o) => String(Math.round(o.total * 100)), [OR('priceTotal')]],
    ['Currency Code', (c, o, r) => v.pick(r, ['eur', 'usd']), [OR('currencyCode')]],
  ] },

  // ---------------------------------------------------------------- payments (PayFast, Dashboard > Transactions > Download CSV, South Africa)
  { name: 'payfast-transactions', product: 'PayFast (merchant dashboard, Transaction history > Download CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => wall(o.at, 2), ['timestamp', OR('createdDate')]],
    ['Type', (c, o, r) => v.pick(r, ['FUNDS_RECEIVED', 'FUNDS_RECEIVED', 'FUNDS_RECEIVED', 'REFUND', 'PAYOUT']), [], opt],
    ['Sign', (c, o, r) => v.pick(r, ['CREDIT', 'CREDIT', 'DEBIT']), []],
    ['Party', (c, o, r, i) => row(ZA, i).join(' '), []],
    ['Name', (c, o, r, i) => row(ZA_ITEMS, i)[0], [PL('name')], opt],
    ['Description', (c, o, r, i) => `Order #${1000 + i} - ${row(ZA_ITEMS, i)[0]}`, []],
    ['Currency', () => 'ZAR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Funding Type', (c, o, r) => v.pick(r, ['CC', 'EFT', 'INSTANT_EFT', 'MOBICRED', 'SCODE']), [OR('payments[0].paymentType')], opt],
    ['Gross', (c, o, r, i) => row(ZA_ITEMS, i)[1].toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Fee', (c, o, r, i) => (-(row(ZA_ITEMS, i)[1] * 0.035 + 2)).toFixed(2), []],
    ['Net', (c, o, r, i) => (row(ZA_ITEMS, i)[1] * 0.965 - 2).toFixed(2), []],
    ['Balance', (c, o, r) => v.money(r, 500, 40000), []],
    ['M Payment ID', (c, o, r, i) => String(1000 + i), [OR('purchaseID')]],
    ['PF Payment ID', (c, o, r) => String(v.int(r, 1100000, 2999999)), [OR('payments[0].transactionID'), '_id']],
    ['Email Address', (c, o, r, i) => `${row(ZA, i)[0].toLowerCase()}.${row(ZA, i)[1].toLowerCase().replace(/\s/g, '')}@${v.pick(r, ['gmail.com', 'mweb.co.za', 'webmail.co.za'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Custom_str1', (c, o, r) => v.pick(r, ['', 'web', 'wa-bot']), []],
    ['Custom_int1', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 500)) : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (Paymob, Accept dashboard > Transactions > Export, Arabic UI, Egypt)
  { name: 'paymob-transactions-ar', product: 'Paymob (Accept dashboard, Transactions > Export, Arabic UI)', family: 'payments', language: 'ar', seed: 'paymob-ar', schema: E, cols: [
    ['رقم المعاملة', (c, o, r) => String(v.int(r, 150000000, 259999999)), [OR('payments[0].transactionID'), '_id']],
    ['رقم الطلب', (c, o, r) => String(v.int(r, 180000000, 289999999)), ['_id', OR('purchaseID')], opt],
    ['رقم طلب التاجر', (c, o, r, i) => `INV-${24000 + i}`, [OR('purchaseID')]],
    ['تاريخ الإنشاء', (c, o) => wall(o.at, 2), ['timestamp', OR('createdDate')]],
    ['المبلغ', (c, o, r) => v.money(r, 150, 9000), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['العملة', () => 'EGP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['الحالة', (c, o, r) => v.pick(r, ['ناجحة', 'ناجحة', 'مرفوضة', 'معلقة', 'مستردة']), [], opt],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['بطاقة', 'محفظة إلكترونية', 'فوري', 'ValU', 'أمان']), [OR('payments[0].paymentType')], opt],
    ['نوع البطاقة', (c, o, r) => v.pick(r, ['Visa', 'MasterCard', 'Meeza', '']), []],
    ['آخر 4 أرقام', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['اسم العميل', (c, o, r, i) => `${row(EG, i)[0]} ${row(EG, i)[1]}`, []],
    ['البريد الإلكتروني', (c, o, r, i) => `${row(EG, i)[2]}@${v.pick(r, ['gmail.com', 'yahoo.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['رقم الهاتف', (c, o, r) => egPhone(r), []],
    ['المدينة', (c, o, r, i) => row(EG_CITY, i), [BILL('city')], opt],
    ['الدولة', () => 'EG', [BILL('countryCode')], opt],
    ['المبلغ المسترد', (c, o, r) => (r() < 0.15 ? v.money(r, 50, 900) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['الرسوم', (c, o, r) => v.money(r, 3, 150), []],
    ['رقم التكامل', (c, o, r) => String(v.int(r, 4000000, 4999999)), []],
    ['اسم التكامل', (c, o, r) => v.pick(r, ['Online Card', 'Mobile Wallet', 'Kiosk']), [], opt],
    ['رمز الاستجابة', (c, o, r) => v.pick(r, ['APPROVED', 'APPROVED', 'DECLINED']), []],
    ['رسالة البنك', (c, o, r) => v.pick(r, ['Approved', 'Approved', 'Insufficient Funds', 'Do not honour']), []],
    ['رقم مرجع RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID')], opt],
  ] },

  // ---------------------------------------------------------------- payments (Moyasar, Dashboard > Payments > Export, Arabic UI, Saudi Arabia)
  { name: 'moyasar-payments-ar', product: 'Moyasar (merchant dashboard, Payments > Export CSV, Arabic UI)', family: 'payments', language: 'ar', seed: 'moyasar-ar', schema: E, cols: [
    ['المعرف', (c, o, r) => uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['الحالة', (c, o, r) => v.pick(r, ['paid', 'paid', 'paid', 'failed', 'refunded', 'authorized']), [], opt],
    ['المبلغ', (c, o, r) => v.money(r, 20, 3000), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['العملة', () => 'SAR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['الرسوم', (c, o, r) => v.money(r, 1, 60), []],
    ['المبلغ المسترد', (c, o, r) => (r() < 0.12 ? v.money(r, 20, 500) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['تاريخ الاسترداد', (c, o, r) => (r() < 0.12 ? wall(o.at + 3 * 86400000, 3) : ''), [], opt],
    ['الوصف', (c, o, r, i) => `طلب رقم ${5100 + i}`, []],
    ['رقم الفاتورة', (c, o, r) => (r() < 0.3 ? uuid(r) : ''), [OR('purchaseID')], opt],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['creditcard', 'applepay', 'stcpay', 'samsungpay']), [OR('payments[0].paymentType')], opt],
    ['نوع البطاقة', (c, o, r) => v.pick(r, ['mada', 'visa', 'mastercard', 'amex']), []],
    ['اسم حامل البطاقة', (c, o, r, i) => `${row(SA, i)[0]} ${row(SA, i)[1]}`, []],
    ['رقم البطاقة', (c, o, r) => `4201-32XX-XXXX-${v.int(r, 1000, 9999)}`, []],
    ['رسالة العملية', (c, o, r) => v.pick(r, ['APPROVED', 'APPROVED', 'INSUFFICIENT_FUNDS', '3-D Secure transaction attempt failed']), []],
    ['الرقم المرجعي', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID')], opt],
    ['عنوان IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['رقم الطلب (metadata)', (c, o, r, i) => String(5100 + i), [OR('purchaseID')]],
    ['تاريخ الإنشاء', (c, o) => isoOff(o.at, 3), ['timestamp', OR('createdDate')]],
    ['تاريخ التحديث', (c, o) => isoOff(o.at + 600000, 3), [OR('lastUpdatedDate')], opt],
  ] },
]
