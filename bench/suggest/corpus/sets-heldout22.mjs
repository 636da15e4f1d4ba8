// Round 22, heldout22: held-out sets added in round 22 (the round-24 brief's held-out half), written apart from the
// suggester and any tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the
// product exports it, one value generator per column in the product's formats, the accepted destinations ([] = nothing
// fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, UA, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc12 } from './values12.mjs'
import { pad, parts, shift } from './values.mjs'

const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const utc = (ms) => ymdhms(parts(ms))
const iso = (ms) => new Date(ms).toISOString()
const usDt = (ms, off) => { const p = shift(ms, off); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const eastern = (ms) => (dst(ms) ? -4 : -5)
const comma = (n) => n.toFixed(2).replace('.', ',')

// Zen Cart: a US store's orders (the Orders Export add-on's order-level CSV, fields named after the orders table).
const ZC_ST = ['Delivered', 'Delivered', 'Processing', 'Pending', 'Update']
const zcSt = (o) => ZC_ST[+o.id % ZC_ST.length]
const zcShip = (o) => (o.subtotal >= 99 ? 0 : [5.99, 9.99, 14.5][+o.id % 3])
const zcTax = (o) => +(o.subtotal * 0.07).toFixed(2)
const zcTotal = (o) => +(o.subtotal + zcShip(o) + zcTax(o) - o.discount).toFixed(2)

// osCommerce: a German shop's orders (Bestellungen exported with an export contribution, German admin, one row per order).
const berlin = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deDt = (ms) => { const p = berlin(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const OC_ST = ['Versendet', 'Versendet', 'In Bearbeitung', 'Offen', 'Storniert']
const ocSt = (o) => OC_ST[+o.id % OC_ST.length]
const ocShip = (o) => (o.subtotal >= 50 ? 0 : 4.9)
const ocGross = (o) => +(o.subtotal + ocShip(o)).toFixed(2)

// CS-Cart: a Russian shop's orders (Администрирование > Экспорт данных > Заказы, CSV; the export schema's English field names,
// which the Russian admin does not translate; PHP-serialized Taxes and Coupons as the exporter writes them).
const ru = (c) => loc12(c, 'ru')
const msk = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const CS_ST = ['P', 'C', 'C', 'O', 'F', 'I', 'B']
const csSt = (o) => CS_ST[+o.id % CS_ST.length]
const rub = (o) => Math.round(o.subtotal * 98)
const csShip = (o) => (rub(o) >= 5000 ? 0 : [350, 490, 290][+o.id % 3])

// X-Cart 5: a UK store's orders (Store setup > Export > Orders, CSV; one row per line item, the order fields repeated).
const london = (ms) => shift(ms, dst(ms) ? 1 : 0)
const XC_PAY = ['Paid', 'Paid', 'Paid', 'Awaiting payment', 'Refunded', 'Declined']
const XC_SHIP = ['Shipped', 'Delivered', 'Processing', 'New', 'Returned', 'Will not deliver']
const xcPay = (o) => XC_PAY[+o.id % XC_PAY.length]
const xcShip = (o) => XC_SHIP[+o.id % XC_SHIP.length]
const xcShipCost = (o) => (o.subtotal >= 60 ? 0 : 3.95)
const xcVat = (o) => +((o.subtotal + xcShipCost(o)) / 6).toFixed(2)
const ukPost = (c) => ['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'LS1 4AP', 'EH1 1YZ', 'BS1 5TR'][+c.id % 6]
const ukCity = (c) => ['London', 'Manchester', 'Birmingham', 'Leeds', 'Edinburgh', 'Bristol'][+c.id % 6]
const ukMob = (c) => `07${700 + (+c.id % 299)} ${100000 + (+c.id * 7) % 899999}`

// ThriveCart: a US course creator's transactions (Transactions > Export, CSV; one row per charge, rebill or refund).
const TC_P = [['Launch Lab (course)', 497], ['Launch Lab - 3 payments', 179], ['Launch Lab VIP', 997], ['Template Vault (bump)', 27], ['Coaching Call (upsell)', 147]]
const tcp = (o) => TC_P[+o.id % TC_P.length]
const TC_TYPE = ['charge', 'charge', 'rebill', 'charge', 'refund', 'rebill']
const tcType = (o) => TC_TYPE[+o.id % TC_TYPE.length]
const tcAff = (o) => (+o.id % 4 === 1 ? ['jess_creates', 'marketingwithmo', 'the_copy_club'][+o.id % 3] : '')

// SamCart: a US coach's orders (Orders > Export, CSV; one row per order).
const SC_P = [['The 90-Day Offer Blueprint', 297], ['Offer Blueprint + Swipe File', 344], ['Mastermind Monthly', 99], ['Quick Start Workbook', 19]]
const scp = (o) => SC_P[+o.id % SC_P.length]
const scBump = (o) => (+o.id % 3 === 0 ? 27 : 0)
const scDisc = (o) => (+o.id % 5 === 2 ? +(scp(o)[1] * 0.2).toFixed(2) : 0)
const scTax = (o) => (+o.id % 4 === 0 ? +((scp(o)[1] + scBump(o) - scDisc(o)) * 0.0625).toFixed(2) : 0)
const scTotal = (o) => +(scp(o)[1] + scBump(o) - scDisc(o) + scTax(o)).toFixed(2)
const SC_ST = ['Paid', 'Paid', 'Paid', 'Refunded', 'Failed', 'Partially Refunded']
const scSt = (o) => SC_ST[+o.id % SC_ST.length]

// Sellix: a digital goods shop's orders (Orders > Export, CSV; the order fields of Sellix's API, times as Unix seconds).
const SX_P = [['Spotify Premium 12 Months Key', 14.99], ['Minecraft Java Edition Code', 19.5], ['Discord Nitro Gift 1 Month', 7.99], ['VPN Lifetime License', 24.0]]
const sxp = (o) => SX_P[+o.id % SX_P.length]
const SX_GW = ['STRIPE', 'BITCOIN', 'LITECOIN', 'PAYPAL', 'ETHEREUM', 'STRIPE']
const sxGw = (o) => SX_GW[+o.id % SX_GW.length]
const SX_ST = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'PENDING', 'VOIDED', 'PARTIAL', 'REFUNDED']
const sxSt = (o) => SX_ST[+o.id % SX_ST.length]
const sxTotal = (o) => +(sxp(o)[1] * o.qty).toFixed(2)
const sxCrypto = (o) => ({ BITCOIN: 0.0000155, LITECOIN: 0.0121, ETHEREUM: 0.00029 })[sxGw(o)]

// ClickFunnels 2.0: a US coach's contacts (Contacts > Export, CSV; the workspace's contact fields with two custom attributes).
const cfTime = (ms) => usDt(ms, eastern(ms))
const CF_TAG = ['lead-magnet', 'lead-magnet, webinar-registrant', 'customer', 'webinar-registrant', 'customer, vip', '']

// Kartra: a B2B agency's leads (My Leads > Export, CSV; Kartra's lead fields with the company and position fields filled).
const KA_LIST = ['Agency Prospects', 'Webinar: Scale to 7 Figures', 'Agency Prospects, Case Study Download', 'Newsletter']
const KA_TAG = ['warm', 'booked-call', 'no-show', 'client', '']
const kaDate = (ms) => utc(ms)

// Systeme.io: a French coach's contacts (Contacts > Exporter, CSV; French UI, with the fields the opt-in forms collect).
const paris = (ms) => shift(ms, dst(ms) ? 2 : 1)
const frDt = (ms) => { const p = paris(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const SY_TAG = ['Lead magnet - Guide gratuit', 'Client - Formation Yoga', 'Webinaire juin', 'Lead magnet - Guide gratuit, Client - Formation Yoga', '']
const frMob = (c) => `+33 6 ${pad(+c.id % 100)} ${pad((+c.id >> 2) % 100)} ${pad((+c.id >> 4) % 100)} ${pad((+c.id >> 6) % 100)}`

// LearnWorlds: a Spanish academy's users (Usuarios > Exportar, CSV; Spanish admin, with signup-form fields).
const madrid = (ms) => shift(ms, dst(ms) ? 2 : 1)
const esDt = (ms) => { const p = madrid(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const LW_ROLE = ['Alumno', 'Alumno', 'Alumno', 'Alumno', 'Instructor', 'Administrador']
const LW_TAG = ['curso-excel', 'curso-excel, newsletter', 'suscripcion-anual', 'b2b-empresa', '']
const esMob = (c) => `+34 6${pad(+c.id % 100)} ${pad((+c.id >> 3) % 100)} ${pad((+c.id >> 5) % 100)} ${(+c.id) % 10}`

// Circle: a professional community's members (Audience > Members > Export CSV; with profile fields Location, Headline and Company).
const CI_TAG = ['Founding member', 'Pro plan', 'Pro plan, Ambassador', 'Free', 'Annual plan']
const CI_SPACES = ['Welcome, General, Wins', 'Welcome, General, Resources, Office Hours', 'Welcome, General', 'Welcome, General, Wins, Jobs']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'zencart-orders', product: 'Zen Cart (admin: Orders Export add-on, order-level CSV; a US store, fields named after the orders table)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['orders_id', (c, o) => String(10000 + (+o.id % 80000)), [OR('purchaseID')]],
    ['customers_id', (c) => String(100 + (+c.id % 9000)), [], opt],
    ['customers_name', (c) => c.full, []],
    ['customers_company', (c, o, r) => (r() < 0.12 ? c.company : ''), []],
    ['customers_telephone', (c) => c.phone, [], opt],
    ['customers_email_address', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['date_purchased', (c, o) => utc(o.at), ['timestamp', OR('createdDate')]],
    ['orders_status', (c, o) => zcSt(o), [], opt],
    ['last_modified', (c, o) => utc(o.at + 30 * 3600000), [], opt],
    ['payment_method', (c, o) => ['Credit Card', 'PayPal', 'Square', 'Check/Money Order'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['payment_module_code', (c, o) => ['authorizenet_aim', 'paypalwpp', 'square_webPay', 'moneyorder'][+o.id % 4], [], opt],
    ['shipping_method', (c, o) => ['UPS Ground', 'USPS Priority Mail', 'Free Shipping'][+o.id % 3], ['commerce.shipping.shippingMethod']],
    ['shipping_module_code', (c, o) => ['ups', 'usps', 'freeshipper'][+o.id % 3], [], opt],
    ['coupon_code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['billing_name', (c) => c.full, []],
    ['billing_street_address', (c) => c.street, [BILL('street1')]],
    ['billing_suburb', (c) => c.street2, [BILL('street2')]],
    ['billing_city', (c) => c.city, [BILL('city')]],
    ['billing_postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['billing_state', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['billing_country', () => 'United States', [BILL('country')]],
    ['delivery_name', (c) => c.full, []],
    ['delivery_street_address', (c) => c.street, [SHIP('street1')]],
    ['delivery_suburb', (c) => c.street2, [SHIP('street2')]],
    ['delivery_city', (c) => c.city, [SHIP('city')]],
    ['delivery_postcode', (c) => c.postcode, [SHIP('postalCode')]],
    ['delivery_state', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['delivery_country', () => 'United States', [SHIP('country')]],
    ['order_tax', (c, o) => zcTax(o).toFixed(4), [OR('taxAmount')]],
    ['order_total', (c, o) => zcTotal(o).toFixed(4), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['currency', () => 'USD', [OR('currencyCode')]],
    ['currency_value', () => '1.000000', []],
    ['ip_address', (c, o, r) => `${v.ip4(r)} - ${v.ip4(r)}`, [], opt],
  ] },
  { name: 'oscommerce-bestellungen-de', product: 'osCommerce (Administration: Bestellungen, exported with an order-export contribution, CSV; German admin, a German shop, one row per order)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => String(5000 + (+o.id % 40000)), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDt(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => ocSt(o), [], opt],
    ['Kunden-Nr.', (c) => String(1000 + (+c.id % 20000)), [], opt],
    ['Kunde', (c) => c.full, []],
    ['Firma', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['E-Mail-Adresse', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefonnummer', (c) => c.phone, [], opt],
    ['Rechnungsanschrift Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsanschrift PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsanschrift Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsanschrift Land', () => 'Deutschland', [BILL('country')]],
    ['Lieferanschrift Name', (c) => c.full, []],
    ['Lieferanschrift Straße', (c) => c.street, [SHIP('street1')]],
    ['Lieferanschrift PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferanschrift Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferanschrift Land', () => 'Deutschland', [SHIP('country')]],
    ['Zahlungsweise', (c, o) => ['Vorkasse', 'PayPal', 'Rechnung', 'Nachnahme'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Versandart', (c, o) => ['DHL Paket', 'Hermes', 'Versandkostenfrei'][+o.id % 3], ['commerce.shipping.shippingMethod']],
    ['Zwischensumme', (c, o) => comma(o.subtotal), [], opt],
    ['Versandkosten', (c, o) => comma(ocShip(o)), ['commerce.shipping.shippingAmount']],
    ['inkl. MwSt. 19%', (c, o) => comma(ocGross(o) * 19 / 119), [OR('taxAmount')]],
    ['Summe', (c, o) => comma(ocGross(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Artikel', (c, o) => `${o.qty} x ${o.name}`, [PL('name')], opt],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Bitte beim Nachbarn abgeben', 'Geschenk, bitte ohne Rechnung']), []],
    ['Letzte Änderung', (c, o) => deDt(o.at + 26 * 3600000), [], opt],
  ] },
  { name: 'cscart-orders-ru', product: 'CS-Cart (Администрирование > Экспорт данных > Заказы, CSV; a Russian shop, the export schema\'s English field names, which the admin\'s language does not translate)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Order ID', (c, o) => String(100 + (+o.id % 30000)), [OR('purchaseID')]],
    ['E-mail', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['User ID', (c) => String(+c.id % 5000), [], opt],
    ['Total', (c, o) => String(rub(o) + csShip(o) - (o.discount ? 300 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Subtotal', (c, o) => String(rub(o)), [], opt],
    ['Discount', (c, o) => (o.discount ? '300' : '0'), [OR('discountAmount')]],
    ['Payment surcharge', () => '0', []],
    ['Shipping cost', (c, o) => String(csShip(o)), ['commerce.shipping.shippingAmount']],
    ['Date', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => csSt(o), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Позвонить за час до доставки', 'Домофон не работает']), []],
    ['Payment ID', (c, o) => ['1', '2', '6', '12'][+o.id % 4], [], opt],
    ['IP address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Details', (c, o, r) => v.pick(r, ['', '', '', 'Клиент просил упаковать как подарок']), []],
    ['Taxes', (c, o) => `a:1:{i:6;a:3:{s:10:"rate_value";s:6:"20.000";s:11:"description";s:8:"НДС 20%";s:12:"tax_subtotal";d:${Math.round(rub(o) / 6)};}}`, [], opt],
    ['Coupons', (c, o) => (o.discount ? 'a:1:{s:7:"vesna24";a:0:{}}' : ''), ['commerce.promotionID'], opt],
    ['Invoice ID', (c, o) => (['C', 'P'].includes(csSt(o)) ? String(2000 + (+o.id % 9000)) : ''), [], opt],
    ['First name', (c) => ru(c).first, []],
    ['Last name', (c) => ru(c).last, []],
    ['Company', (c, o, r) => (r() < 0.1 ? 'ООО «Вектор»' : ''), []],
    ['Phone', (c) => ru(c).mobile, [], opt],
    ['Language', () => 'ru', [], opt],
    ['Billing: first name', (c) => ru(c).first, []],
    ['Billing: last name', (c) => ru(c).last, []],
    ['Billing: address', (c) => ru(c).street, [BILL('street1')]],
    ['Billing: address (line 2)', () => '', [BILL('street2')]],
    ['Billing: city', (c) => ru(c).city, [BILL('city')]],
    ['Billing: state', (c) => ru(c).region, [BILL('stateProvince'), BILL('state')]],
    ['Billing: country', () => 'RU', [BILL('countryCode'), BILL('country')]],
    ['Billing: zipcode', (c) => ru(c).zip, [BILL('postalCode')]],
    ['Shipping: first name', (c) => ru(c).first, []],
    ['Shipping: last name', (c) => ru(c).last, []],
    ['Shipping: address', (c) => ru(c).street, [SHIP('street1')]],
    ['Shipping: address (line 2)', () => '', [SHIP('street2')]],
    ['Shipping: city', (c) => ru(c).city, [SHIP('city')]],
    ['Shipping: state', (c) => ru(c).region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping: country', () => 'RU', [SHIP('countryCode'), SHIP('country')]],
    ['Shipping: zipcode', (c) => ru(c).zip, [SHIP('postalCode')]],
  ] },
  { name: 'xcart-orders', product: 'X-Cart 5 (Store setup > Export > Orders, CSV; a UK store, one row per line item with the order fields repeated)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['orderNumber', (c, o) => String(1000 + (+o.id % 9000)), [OR('purchaseID')]],
    ['customer', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['itemSKU', (c, o) => o.sku, [PL('SKU')]],
    ['itemName', (c, o) => o.name, [PL('name')]],
    ['itemPrice', (c, o) => o.price.toFixed(2), [], opt],
    ['itemQuantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['itemSubtotal', (c, o) => o.lineTotal.toFixed(2), [PL('priceTotal')]],
    ['subtotal', (c, o) => o.subtotal.toFixed(2), [], opt],
    ['SHIPPING', (c, o) => xcShipCost(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['TAX', (c, o) => xcVat(o).toFixed(2), [OR('taxAmount')]],
    ['DISCOUNT', (c, o) => (o.discount ? '-5.00' : '0.00'), [OR('discountAmount')]],
    ['total', (c, o) => (o.subtotal + xcShipCost(o) - o.discount).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['currency', () => 'GBP', [OR('currencyCode')]],
    ['shippingMethod', (c, o) => ['Royal Mail 2nd Class', 'Royal Mail Tracked 24', 'DPD Next Day'][+o.id % 3], ['commerce.shipping.shippingMethod']],
    ['paymentMethod', (c, o) => ['Stripe', 'PayPal', 'Stripe', 'Bank transfer'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['paymentStatus', (c, o) => xcPay(o), [], opt],
    ['shippingStatus', (c, o) => xcShip(o), [], opt],
    ['trackingNumber', (c, o, r) => (['Shipped', 'Delivered', 'Returned'].includes(xcShip(o)) ? `JD0${v.int(r, 10000000, 99999999)}GB` : ''), ['commerce.shipping.trackingNumber']],
    ['date', (c, o) => { const p = london(o.at); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }, ['timestamp', OR('createdDate')]],
    ['billingAddressFirstname', (c) => c.first, []],
    ['billingAddressLastname', (c) => c.last, []],
    ['billingAddressStreet', (c) => `${1 + (+c.id % 199)} ${['High Street', 'Station Road', 'Church Lane', 'Park Avenue'][+c.id % 4]}`, [BILL('street1')]],
    ['billingAddressCity', (c) => ukCity(c), [BILL('city')]],
    ['billingAddressZipcode', (c) => ukPost(c), [BILL('postalCode')]],
    ['billingAddressCountry', () => 'GB', [BILL('countryCode'), BILL('country')]],
    ['billingAddressPhone', (c) => ukMob(c), [], opt],
    ['shippingAddressFirstname', (c) => c.first, []],
    ['shippingAddressLastname', (c) => c.last, []],
    ['shippingAddressStreet', (c) => `${1 + (+c.id % 199)} ${['High Street', 'Station Road', 'Church Lane', 'Park Avenue'][+c.id % 4]}`, [SHIP('street1')]],
    ['shippingAddressCity', (c) => ukCity(c), [SHIP('city')]],
    ['shippingAddressZipcode', (c) => ukPost(c), [SHIP('postalCode')]],
    ['shippingAddressCountry', () => 'GB', [SHIP('countryCode'), SHIP('country')]],
    ['notes', (c, o, r) => v.pick(r, ['', '', '', 'Leave in porch please']), []],
    ['adminNotes', (c, o, r) => v.pick(r, ['', '', '', '', 'Customer called re delivery']), []],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'thrivecart-transactions', product: 'ThriveCart (Transactions > Export, CSV; a US course creator, one row per charge, rebill or refund)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => utc(o.at), ['timestamp']],
    ['Transaction ID', (c, o, r) => `ch_3${v.alnum(r, 23)}`, [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o) => String(4000000 + +o.id * 3), [OR('purchaseID')]],
    ['Type', (c, o) => tcType(o), [], opt],
    ['Product', (c, o) => tcp(o)[0], [PL('name')]],
    ['Product ID', (c, o) => String(10 + (+o.id % TC_P.length)), [PL('SKU')], opt],
    ['Customer name', (c) => c.full, []],
    ['Customer email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer country', (c) => (+c.id % 5 === 0 ? 'CA' : 'US'), [BILL('countryCode')], opt],
    ['Amount', (c, o) => `${tcType(o) === 'refund' ? '-' : ''}${tcp(o)[1].toFixed(2)}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Tax', () => '0.00', [OR('taxAmount')]],
    ['Coupon', (c, o) => (+o.id % 6 === 1 ? 'EARLYBIRD' : ''), ['commerce.promotionID'], opt],
    ['Payment processor', (c, o) => ['Stripe', 'Stripe', 'PayPal'][+o.id % 3], [OR('payments[0].paymentType')], opt],
    ['Payment plan', (c, o) => (tcp(o)[0].includes('3 payments') ? '3 x $179.00 / month' : 'One-time'), [], opt],
    ['Affiliate', (c, o) => tcAff(o), [], opt],
    ['Affiliate commission', (c, o) => (tcAff(o) ? (tcp(o)[1] * 0.3).toFixed(2) : ''), []],
    ['Funnel', (c, o) => (tcp(o)[0].includes('bump') || tcp(o)[0].includes('upsell') ? 'Launch Lab checkout (bump/upsell)' : 'Launch Lab checkout'), []],
    ['utm_source', (c, o) => ['', 'facebook', 'youtube', 'email', ''][+o.id % 5], [], opt],
    ['utm_campaign', (c, o) => ['', 'spring-launch', 'evergreen', 'spring-launch', ''][+o.id % 5], ['marketing.campaignName', 'marketing.trackingCode']],
    ['IP address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  { name: 'samcart-orders', product: 'SamCart (Orders > Export, CSV; a US coach selling digital products, one row per order)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(8100000 + +o.id), [OR('purchaseID')]],
    ['Order Date', (c, o) => usDt(o.at, eastern(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => scSt(o), [], opt],
    ['Customer First Name', (c) => c.first, []],
    ['Customer Last Name', (c) => c.last, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), [], opt],
    ['Product Name', (c, o) => scp(o)[0], [PL('name')]],
    ['Product ID', (c, o) => String(40210 + (+o.id % SC_P.length)), [PL('SKU')], opt],
    ['Product Price', (c, o) => scp(o)[1].toFixed(2), [PL('priceTotal')], opt],
    ['Order Bump', (c, o) => (scBump(o) ? 'Done-For-You Email Swipes' : ''), []],
    ['Order Bump Price', (c, o) => (scBump(o) ? scBump(o).toFixed(2) : ''), []],
    ['Coupon Code', (c, o) => (scDisc(o) ? 'SAVE20' : ''), ['commerce.promotionID']],
    ['Discount', (c, o) => scDisc(o).toFixed(2), [OR('discountAmount')]],
    ['Tax', (c, o) => scTax(o).toFixed(2), [OR('taxAmount')]],
    ['Total', (c, o) => scTotal(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Refunded Amount', (c, o) => (scSt(o) === 'Refunded' ? scTotal(o).toFixed(2) : scSt(o) === 'Partially Refunded' ? (scTotal(o) / 2).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Processor', (c, o) => ['Stripe', 'Stripe', 'PayPal', 'Stripe'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Card Type', (c, o) => ['Visa', 'Mastercard', '', 'American Express'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Card Last 4', (c, o, r) => (+o.id % 4 === 2 ? '' : String(v.int(r, 1000, 9999))), []],
    ['Processor Transaction ID', (c, o, r) => (+o.id % 4 === 2 ? `${v.alnum(r, 17).toUpperCase()}` : `ch_3${v.alnum(r, 23)}`), [OR('payments[0].transactionID')]],
    ['Billing Address', (c) => c.street, [BILL('street1')]],
    ['Billing City', (c) => c.city, [BILL('city')]],
    ['Billing State', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Billing Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Billing Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Affiliate', (c, o) => (+o.id % 5 === 3 ? 'partner@coachcollective.com' : ''), [], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  { name: 'sellix-orders', product: 'Sellix (dashboard: Orders > Export, CSV; a digital goods shop, the order fields of Sellix\'s API)', family: 'payments', language: 'en', schema: E, cols: [
    ['uniqid', (c, o, r) => `${v.hex(r, 6)}-${v.hex(r, 10)}-${v.hex(r, 6)}`, [OR('purchaseID'), '_id']],
    ['type', (c, o) => (+o.id % 9 === 0 ? 'SHOPPING_CART' : 'PRODUCT'), [], opt],
    ['gateway', (c, o) => sxGw(o), [OR('payments[0].paymentType')]],
    ['total', (c, o) => sxTotal(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['total_display', (c, o) => sxTotal(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['crypto_exchange_rate', (c, o) => (sxCrypto(o) ? String(sxCrypto(o)) : '0'), []],
    ['crypto_amount', (c, o) => (sxCrypto(o) ? (sxTotal(o) * sxCrypto(o)).toFixed(8) : '0'), [], opt],
    ['crypto_received', (c, o) => (sxCrypto(o) && sxSt(o) === 'COMPLETED' ? (sxTotal(o) * sxCrypto(o)).toFixed(8) : '0'), []],
    ['crypto_address', (c, o, r) => (sxGw(o) === 'BITCOIN' ? `bc1q${v.alnum(r, 38).toLowerCase()}` : ''), []],
    ['customer_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['product_id', (c, o, r) => v.hex(r, 13), [PL('SKU')], opt],
    ['product_title', (c, o) => sxp(o)[0], [PL('name')]],
    ['quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['coupon_id', (c, o, r) => (+o.id % 7 === 2 ? v.hex(r, 13) : ''), [], opt],
    ['discount', (c, o) => (+o.id % 7 === 2 ? '10' : '0'), [], opt],
    ['status', (c, o) => sxSt(o), [], opt],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['country', (c) => ['US', 'DE', 'GB', 'FR', 'BR', 'CA'][+c.id % 6], [GEO('countryCode')], opt],
    ['is_vpn_or_proxy', (c, o) => String(+o.id % 8 === 5), []],
    ['user_agent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['paypal_email', (c, o) => (sxGw(o) === 'PAYPAL' ? c.email : ''), [], opt],
    ['stripe_id', (c, o, r) => (sxGw(o) === 'STRIPE' ? `pi_3${v.alnum(r, 23)}` : ''), [OR('payments[0].transactionID')]],
    ['affiliate_revenue', (c, o) => (+o.id % 6 === 4 ? (sxTotal(o) * 0.1).toFixed(2) : '0'), []],
    ['created_at', (c, o) => f.epochS(o.at), ['timestamp', OR('createdDate')]],
    ['updated_at', (c, o) => f.epochS(o.at + 600000), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- CRM
  { name: 'clickfunnels-contacts', product: 'ClickFunnels 2.0 (Contacts > Export, CSV; a US coach\'s workspace with custom attributes Business Type and Revenue Range)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(900000000 + +c.id * 11), ['_id', 'personID'], opt],
    ['Public ID', (c, o, r) => v.alnum(r, 6).toLowerCase(), [], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c, o, r) => (r() < 0.9 ? c.first : ''), ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Phone Number', (c, o, r) => (r() < 0.45 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Time Zone', (c) => ['America/New_York', 'America/Chicago', 'America/Los_Angeles'][+c.id % 3], [], opt],
    ['Tags', (c) => CF_TAG[+c.id % CF_TAG.length], []],
    ['Unsubscribed At', (c) => (+c.id % 11 === 4 ? cfTime(c.updated) : ''), [], opt],
    ['Last Notification Email Sent At', (c, o, r) => (r() < 0.7 ? cfTime(c.updated) : ''), [], opt],
    ['Fingerprint', (c, o, r) => v.hex(r, 32), []],
    ['UUID', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
    ['Business Type', (c) => ['Coach', 'Consultant', 'Agency', 'E-commerce', ''][+c.id % 5], []],
    ['Revenue Range', (c) => ['$0-$10k', '$10k-$50k', '$50k-$250k', ''][+c.id % 4], []],
    ['Instagram', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Website URL', (c, o, r) => (r() < 0.2 ? `https://${slug(c.last)}coaching.com` : ''), [], opt],
    ['City', (c, o, r) => (r() < 0.3 ? c.city : ''), at(HOME, 'city')],
    ['State', (c, o, r) => (r() < 0.3 ? c.region : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Country', (c, o, r) => (r() < 0.3 ? 'United States' : ''), at(HOME, 'country')],
    ['Created At', (c) => cfTime(c.created), [], opt],
    ['Updated At', (c) => cfTime(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'kartra-leads', product: 'Kartra (My Leads > Export, CSV; a B2B marketing agency\'s leads in the API\'s lead-field names, company and position filled)', family: 'b2b', language: 'en', schema: B, cols: [
    ['id', (c) => String(120000000 + +c.id * 7), B2BID, opt],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['middle_name', () => '', ['person.name.middleName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['last_name2', () => '', [], opt],
    ['email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['phone_country_code', (c) => (+c.id % 3 === 0 ? '' : '1'), [], opt],
    ['phone', (c) => (+c.id % 3 === 0 ? '' : c.phone.replace(/^\+1\s*/, '')), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['website', (c, o, r) => (r() < 0.6 ? `https://www.${c.workEmail.split('@')[1]}` : ''), ['b2b.companyWebsite']],
    ['address', (c, o, r) => (r() < 0.5 ? c.street : ''), at(['workAddress', ...HOME], 'street1'), opt],
    ['city', (c) => c.city, at(['workAddress', ...HOME], 'city'), opt],
    ['state', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')], opt],
    ['zip', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode'), opt],
    ['country', () => 'US', at(['workAddress', ...HOME], 'countryCode'), opt],
    ['ip', (c, o, r) => v.ip4(r), []],
    ['source', (c) => ['Opt-in form', 'Checkout', 'Import', 'API', 'Calendar booking'][+c.id % 5], ['b2b.personSource'], opt],
    ['lead_score', (c) => String((+c.id % 17) * 5), ['b2b.personScore']],
    ['lists', (c) => KA_LIST[+c.id % KA_LIST.length], []],
    ['tags', (c) => KA_TAG[+c.id % KA_TAG.length], []],
    ['linkedin', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['facebook', (c, o, r) => (r() < 0.1 ? `https://facebook.com/${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['twitter', () => '', []],
    ['date_joined', (c) => kaDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['last_activity', (c) => kaDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['gdpr_lead_status', (c) => (+c.id % 4 === 0 ? 'Yes' : 'N/A'), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'systeme-contacts-fr', product: 'Systeme.io (Contacts > Exporter, CSV; French UI, a French yoga coach\'s contacts with the opt-in forms\' fields)', family: 'email', language: 'fr', schema: P, cols: [
    ['ID', (c) => String(300000000 + +c.id * 13), ['_id', 'personID'], opt],
    ['Adresse e-mail', (c) => c.email, ['personalEmail.address']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Numéro de téléphone', (c, o, r) => (r() < 0.35 ? frMob(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Adresse', (c, o, r) => (r() < 0.2 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c, o, r) => (r() < 0.25 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c, o, r) => (r() < 0.3 ? c.city : ''), at(HOME, 'city')],
    ['Pays', (c) => (+c.id % 6 === 0 ? 'BE' : 'FR'), at(HOME, 'countryCode')],
    ['Entreprise', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Site web', () => '', []],
    ['Tags', (c) => SY_TAG[+c.id % SY_TAG.length], []],
    ['Source', (c) => ['Page de capture - Guide', 'Tunnel Formation Yoga', 'Import', 'Webinaire'][+c.id % 4], [], opt],
    ['Désabonné', (c) => (+c.id % 9 === 2 ? 'Oui' : 'Non'), [], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), []],
    ['Langue', () => 'fr', [], opt],
    ['Date d\'inscription', (c) => frDt(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships
  { name: 'learnworlds-usuarios-es', product: 'LearnWorlds (Usuarios > Exportar, CSV; Spanish admin, a Spanish online academy with signup-form fields)', family: 'memberships', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['Nombre de usuario', (c) => `${slug(c.first)}${slug(c.last).slice(0, 4)}`, [], opt],
    ['Correo electrónico', (c) => c.email, ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Rol', (c) => LW_ROLE[+c.id % LW_ROLE.length], [], opt],
    ['Etiquetas', (c) => LW_TAG[+c.id % LW_TAG.length], []],
    ['Teléfono', (c, o, r) => (r() < 0.5 ? esMob(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.3 ? f.eu(c.birth) : ''), ['person.birthDate']],
    ['País', () => 'España', at(HOME, 'country')],
    ['Ciudad', (c) => c.city, at(HOME, 'city')],
    ['Empresa', (c, o, r) => (r() < 0.25 ? c.company : ''), ['organizations[0]'], opt],
    ['Puesto', (c, o, r) => (r() < 0.25 ? c.job : ''), [], opt],
    ['Acepta marketing', (c) => (+c.id % 3 === 0 ? 'No' : 'Sí'), [], opt],
    ['Fecha de registro', (c) => esDt(c.created), [], opt],
    ['Último acceso', (c) => esDt(Math.max(c.created, c.updated)), [], opt],
    ['Cursos inscritos', (c) => String(1 + (+c.id % 5)), []],
    ['Cursos completados', (c) => String(+c.id % 3), []],
    ['Ingresos totales (€)', (c) => comma((+c.id % 6) * 49), [], opt],
    ['Dirección IP', (c, o, r) => v.ip4(r), []],
    ['UTM Source', (c) => ['google', 'instagram', '', 'newsletter'][+c.id % 4], []],
    ['UTM Campaign', (c) => ['', 'excel-otono', '', 'black-friday'][+c.id % 4], []],
  ] },
  { name: 'circle-members', product: 'Circle (Audience > Members > Export CSV; a professional community with profile fields Location, Headline and Company)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(20000000 + +c.id * 3), ['_id', 'personID'], opt],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Headline', (c) => `${c.job} at ${c.company}`, []],
    ['Company', (c) => c.company, ['organizations[0]'], opt],
    ['Location', (c) => `${c.city}, ${c.region}`, [], opt],
    ['Bio', (c, o, r) => v.pick(r, ['', '', 'Product designer turned founder.', 'Helping B2B teams ship faster.']), []],
    ['LinkedIn URL', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Website URL', (c, o, r) => (r() < 0.2 ? `https://${slug(c.first)}${slug(c.last)}.com` : ''), [], opt],
    ['Member tags', (c) => CI_TAG[+c.id % CI_TAG.length], []],
    ['Spaces', (c) => CI_SPACES[+c.id % CI_SPACES.length], []],
    ['Role', (c) => (+c.id % 25 === 0 ? 'Moderator' : 'Member'), [], opt],
    ['Status', (c) => (+c.id % 10 === 0 ? 'Deactivated' : 'Active'), [], opt],
    ['Invitation status', (c) => (+c.id % 8 === 0 ? 'Pending' : 'Accepted'), []],
    ['Joined at', (c) => iso(c.created), [], opt],
    ['Last seen at', (c) => iso(Math.max(c.created, c.updated)), [], opt],
    ['Posts count', (c) => String(+c.id % 40), []],
    ['Comments count', (c) => String(+c.id % 130), []],
    ['Email notifications', (c) => (+c.id % 4 === 0 ? 'Off' : 'On'), [], opt],
  ] },
]
