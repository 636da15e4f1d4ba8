// Round 22, heldout22: held-out sets added in round 22 (the round-24 brief's held-out half), written apart from the
// suggester and any tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the
// product exports it, one value generator per column in the product's formats, the accepted destinations ([] = nothing
// fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
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

// CS-Cart: a Russian shop's orders (Заказы > Экспорт данных, CSV; Russian admin, the Orders export layout).
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
  { name: 'cscart-zakazy-ru', product: 'CS-Cart (панель администратора: Заказы > Экспорт данных, CSV; Russian admin, a Russian shop, the Orders export layout)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['ID заказа', (c, o) => String(100 + (+o.id % 30000)), [OR('purchaseID')]],
    ['E-mail', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['ID пользователя', (c) => String(+c.id % 5000), [], opt],
    ['Итого', (c, o) => String(rub(o) + csShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Подытог', (c, o) => String(rub(o)), [], opt],
    ['Скидка', (c, o) => (o.discount ? '300' : '0'), [OR('discountAmount')]],
    ['Стоимость доставки', (c, o) => String(csShip(o)), ['commerce.shipping.shippingAmount']],
    ['Дата', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => csSt(o), [], opt],
    ['Примечания', (c, o, r) => v.pick(r, ['', '', '', 'Позвонить за час до доставки', 'Домофон не работает']), []],
    ['ID способа оплаты', (c, o) => ['1', '2', '6', '12'][+o.id % 4], [], opt],
    ['IP-адрес', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Имя (плательщик)', (c) => ru(c).first, []],
    ['Фамилия (плательщик)', (c) => ru(c).last, []],
    ['Адрес (плательщик)', (c) => ru(c).street, [BILL('street1')]],
    ['Город (плательщик)', (c) => ru(c).city, [BILL('city')]],
    ['Регион (плательщик)', (c) => ru(c).region, [BILL('stateProvince'), BILL('state')]],
    ['Страна (плательщик)', () => 'RU', [BILL('countryCode'), BILL('country')]],
    ['Индекс (плательщик)', (c) => ru(c).zip, [BILL('postalCode')]],
    ['Имя (получатель)', (c) => ru(c).first, []],
    ['Фамилия (получатель)', (c) => ru(c).last, []],
    ['Адрес (получатель)', (c) => ru(c).street, [SHIP('street1')]],
    ['Город (получатель)', (c) => ru(c).city, [SHIP('city')]],
    ['Регион (получатель)', (c) => ru(c).region, [SHIP('stateProvince'), SHIP('state')]],
    ['Страна (получатель)', () => 'RU', [SHIP('countryCode'), SHIP('country')]],
    ['Индекс (получатель)', (c) => ru(c).zip, [SHIP('postalCode')]],
    ['Телефон', (c) => ru(c).mobile, [], opt],
    ['Компания', (c, o, r) => (r() < 0.1 ? 'ООО «Вектор»' : ''), []],
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
    ['billingAddressStreet', (c) => `${v.int(() => 0.3, 1, 200)} ${['High Street', 'Station Road', 'Church Lane', 'Park Avenue'][+c.id % 4]}`, [BILL('street1')]],
    ['billingAddressCity', (c) => ukCity(c), [BILL('city')]],
    ['billingAddressZipcode', (c) => ukPost(c), [BILL('postalCode')]],
    ['billingAddressCountry', () => 'GB', [BILL('countryCode'), BILL('country')]],
    ['billingAddressPhone', (c) => ukMob(c), [], opt],
    ['shippingAddressFirstname', (c) => c.first, []],
    ['shippingAddressLastname', (c) => c.last, []],
    ['shippingAddressStreet', (c) => `${v.int(() => 0.3, 1, 200)} ${['High Street', 'Station Road', 'Church Lane', 'Park Avenue'][+c.id % 4]}`, [SHIP('street1')]],
    ['shippingAddressCity', (c) => ukCity(c), [SHIP('city')]],
    ['shippingAddressZipcode', (c) => ukPost(c), [SHIP('postalCode')]],
    ['shippingAddressCountry', () => 'GB', [SHIP('countryCode'), SHIP('country')]],
    ['notes', (c, o, r) => v.pick(r, ['', '', '', 'Leave in porch please']), []],
    ['adminNotes', (c, o, r) => v.pick(r, ['', '', '', '', 'Customer called re delivery']), []],
  ] },
]
