// Round 118, tune118: tune sets written blind (by a helper that never opened the suggester, its tests, the scorer or a
// score). Same format as sets.mjs (sources in ../README.md). English (US, UK, Australian) and German exports: a US
// shop platform's order export, a UK card gateway's transaction download, a WordPress event plugin's registrations
// report, an Australian subscription-billing transaction report, an Australian POS customer list with loyalty points,
// an Australian real-estate CRM's contacts, a US contact-database export, a German cloud POS's receipt lines, a German
// congress-registration booking list, a German e-mail marketing recipient list, and two German B2B lead exports
// (website-visitor identification, manufacturer-to-dealer lead distribution). Headers follow the product's own export
// where it was found publicly (Event Espresso's registrations report code); the rest are written from the writer's
// knowledge of each product (Trust Payments' columns are its documented STPP field names).
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const month = (ms) => new Date(ms).getUTCMonth() + 1
const dst = (ms) => month(ms) >= 4 && month(ms) <= 10
// local times written without offset
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const ukt = (ms) => shift(ms, dst(ms) ? 1 : 0)
const bne = (ms) => shift(ms, 10)
const syd = (ms) => shift(ms, month(ms) >= 4 && month(ms) <= 9 ? 10 : 11)
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const utc = (ms) => v.parts(ms)

const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const h12 = (p) => `${p.H % 12 || 12}:${pad(p.M)}`
const ampm = (p) => (p.H < 12 ? 'AM' : 'PM')
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const money = (n) => (Math.round(n * 100) / 100).toFixed(2)
const thou = (n, t = ',', d = '.') => { const [a, b] = money(n).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const de = (n) => thou(n, '.', ',')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const PAY = (leaf) => `commerce.order.payments[0].${leaf}`
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- US helpers
const usPhone = (s) => { const d = s.replace(/\D/g, '').slice(-10); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const US_STATE = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }

// ---------------------------------------------------------------- UK and Australian people, seeded by the row's person
const UK = { first: [['Oliver', 'Amelia'], ['Harry', 'Isla'], ['George', 'Poppy'], ['Jack', 'Freya'], ['Alfie', 'Grace'], ['Callum', 'Niamh']],
  last: ['Hughes', 'Evans', 'Patel', 'Walsh', 'Thompson', 'Wright', 'Robinson', 'Khan', 'Murphy', 'Edwards'],
  places: [['Manchester', 'Greater Manchester', 'M20 2RN'], ['Stockport', 'Greater Manchester', 'SK4 3DY'], ['Leeds', 'West Yorkshire', 'LS6 1AN'], ['Sheffield', 'South Yorkshire', 'S10 2HL'], ['York', 'North Yorkshire', 'YO31 7EP'], ['Bolton', 'Greater Manchester', 'BL1 4QR'], ['Chester', 'Cheshire', 'CH2 3AF']],
  streets: ['Church Lane', 'Station Road', 'Wilmslow Road', 'Victoria Street', 'Moorland Avenue', 'Grange Road', 'Mill Lane'],
  mail: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'] }
const AU = { first: [['Jack', 'Charlotte'], ['Liam', 'Olivia'], ['Noah', 'Mia'], ['Lachlan', 'Chloe'], ['Cooper', 'Ruby'], ['Hamish', 'Matilda']],
  last: ['Nguyen', 'Smith', 'Kelly', "O'Brien", 'Campbell', 'Murray', 'Ryan', 'Tran', 'Stewart', 'Fraser'],
  qld: [['Paddington', 'QLD', '4064'], ['New Farm', 'QLD', '4005'], ['West End', 'QLD', '4101'], ['Bulimba', 'QLD', '4171'], ['Chermside', 'QLD', '4032'], ['Indooroopilly', 'QLD', '4068'], ['Southport', 'QLD', '4215']],
  nsw: [['Bondi', 'NSW', '2026'], ['Mosman', 'NSW', '2088'], ['Randwick', 'NSW', '2031'], ['Marrickville', 'NSW', '2204'], ['Chatswood', 'NSW', '2067'], ['Parramatta', 'NSW', '2150'], ['Manly', 'NSW', '2095']],
  streets: ['Latrobe Terrace', 'Oxford Street', 'Given Terrace', 'Beaconsfield Street', 'Military Road', 'Bay Street', 'Victoria Road'],
  mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'optusnet.com.au'] }
const memo = new Map()
const local = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng([...`${cc}|${c.id}|${c.first}|${c.last}`].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 2166136261))
  for (let i = 0; i < 4; i++) r()
  const d = cc === 'uk' ? UK : AU
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, region, postcode] = v.pick(r, cc === 'uk' ? d.places : cc === 'qld' ? d.qld : d.nsw)
  const p = { first, last, female, city, region, postcode,
    premise: r() < 0.2 ? `Flat ${v.int(r, 1, 12)}` : String(v.int(r, 1, 180)), street: v.pick(r, d.streets),
    unit: r() < 0.25 ? `Unit ${v.int(r, 1, 30)}` : '',
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`,
    mobile: cc === 'uk' ? `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}` : `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    phone: cc === 'uk' ? `0161 ${v.int(r, 200, 999)} ${v.int(r, 1000, 9999)}` : cc === 'qld' ? `(07) 3${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : `(02) 9${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- German helpers
const deMobile = (c) => c.mobile.replace('+49 ', '0')
const dePhone = (c) => c.phone.replace('+49 ', '0').replace(' ', '/')
const DE_CO = [['Rheinfeld Hotelbetriebs GmbH', 'rheinfeld-hotels.de'], ['Gasthaus Zur Linde GbR', 'gasthaus-linde.de'], ['Brauhaus Lindner KG', 'brauhaus-lindner.de'], ['Mensa- und Catering-Service Weber GmbH', 'catering-weber.de'], ['Hofmann Systemgastronomie GmbH', 'hofmann-gastro.de'], ['Seehotel Alpenblick GmbH & Co. KG', 'seehotel-alpenblick.de']]
const DE_IND = [['Präzisionstechnik Maier GmbH', 'maier-praezision.de', 'Metallverarbeitung'], ['Kunststoffwerk Eberle GmbH & Co. KG', 'eberle-kunststoff.de', 'Kunststoffverarbeitung'], ['Hansa Logistik AG', 'hansa-logistik.de', 'Logistik'], ['Vogt Antriebstechnik GmbH', 'vogt-antriebe.de', 'Maschinenbau'], ['Elektro Brandt GmbH', 'elektro-brandt.de', 'Elektrotechnik'], ['Schuster Maschinenbau GmbH', 'schuster-maschinenbau.de', 'Maschinenbau']]
const deco = (c, list) => row(list, +c.id)
// the generic row person's gender flag is independent of its first name; German sets take it from the name
const FEM_DE = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine'])
const fem = (c) => FEM_DE.has(c.first)

// ---------------------------------------------------------------- catalogues
// AmeriCommerce: a Texas cast-iron cookware store [ItemNumber, ItemName, price]
const US_ITEMS = [['LSC-SK10', 'Cast Iron Skillet 10"', 39.95], ['LSC-DO6Q', 'Enameled Dutch Oven 6 Qt', 89.0], ['LSC-GRD20', 'Reversible Griddle 20"', 64.5], ['LSC-SCRB', 'Chainmail Scrubber', 14.99], ['LSC-SEAS8', 'Seasoning Oil 8 oz', 11.5], ['LSC-CAMP12', 'Camp Dutch Oven 12"', 119.0]]
// Event Espresso: a Portland cooking school [event (id), ticket, price]
const EE_EVENTS = [['Knife Skills 101 (412)', 'General Admission', 65], ['Fresh Pasta Night (418)', 'General Admission', 85], ['Date Night: Spanish Tapas (421)', 'Couple (2 seats)', 170], ['Kids Summer Baking Camp (430)', 'Full Week', 295], ['Sourdough Fundamentals (433)', 'General Admission', 75]]
// Ezypay: a Sydney gym franchise's membership plans [plan, frequency, amount incl. GST]
const GYM = [['12 Month Membership - Fortnightly', 'Fortnightly', 32.9], ['No Lock-in Membership - Fortnightly', 'Fortnightly', 39.9], ['Student Membership - Weekly', 'Weekly', 14.95], ['24/7 Premium - Monthly', 'Monthly', 79.0]]
// Paymash: a Hamburg concept store [Artikelnummer, Artikel, Warengruppe, Preis]
const DE_ITEMS = [['1001', 'Kerze Sojawachs Feige', 'Wohnen', 24.9], ['1017', 'Leinen-Geschirrtuch 2er', 'Küche', 19.5], ['2040', 'Notizbuch A5 Punktraster', 'Papeterie', 14.9], ['2113', 'Grußkarte Moin', 'Papeterie', 3.5], ['3005', 'Keramikbecher Nordsee', 'Küche', 18.0], ['4100', 'Gutschein 25 €', 'Gutscheine', 25.0]]
// Converia: a society's annual congress in Leipzig [Artikel, Kategorie, Preis brutto]
const CONGRESS = [['Kongressticket (3 Tage)', 'Mitglied', 390], ['Kongressticket (3 Tage)', 'Nichtmitglied', 520], ['Tagesticket Donnerstag', 'Nichtmitglied', 220], ['Kongressticket (3 Tage)', 'Studierende', 120], ['Gesellschaftsabend', 'Begleitperson', 75]]

export const SETS = [
  // ---------------------------------------------------------------- E: US shop platform order export
  { name: 'americommerce-orders-export', product: 'AmeriCommerce (Cart.com storefront; Orders > Export to CSV, one row per order item, a San Antonio cast-iron cookware store, US Central time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['OrderID', (c, o) => String(100000 + +o.id), [OR('purchaseID'), '_id']],
    ['OrderDate', (c, o) => { const p = central(o.at); return `${p.m}/${p.d}/${p.y} ${h12(p)}:${pad(p.S)} ${ampm(p)}` }, ['timestamp', OR('createdDate')]],
    ['OrderStatus', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'New', 'Processing', 'Cancelled', 'Shipped']), []],
    ['CustomerID', (c) => String(20000 + (+c.id % 60000)), CUST_ID, opt],
    ['CustomerEmail', (c) => c.email, EMAIL_ID, opt],
    ['BillingFirstName', (c) => c.first, []],
    ['BillingLastName', (c) => c.last, []],
    ['BillingAddress1', (c) => c.street, [BILL('street1')]],
    ['BillingCity', (c) => c.city, [BILL('city')]],
    ['BillingState', (c) => c.region, STATE(['commerce.billing.address'])],
    ['BillingZip', (c) => c.postcode, [BILL('postalCode')]],
    ['BillingCountry', () => 'US', [BILL('countryCode')]],
    ['BillingPhone', (c) => usPhone(c.phone), PHONE_ID, opt],
    ['ShippingFirstName', (c, o) => (+o.id % 7 === 0 ? 'Linda' : c.first), []],
    ['ShippingLastName', (c, o) => (+o.id % 7 === 0 ? 'Garza' : c.last), []],
    ['ShippingAddress1', (c, o) => (+o.id % 7 === 0 ? '4102 Broadway St' : c.street), [SHIP('street1')]],
    ['ShippingAddress2', (c) => c.street2, [SHIP('street2')]],
    ['ShippingCity', (c, o) => (+o.id % 7 === 0 ? 'San Antonio' : c.city), [SHIP('city')]],
    ['ShippingState', (c, o) => (+o.id % 7 === 0 ? 'TX' : c.region), STATE(['commerce.shipping.address'])],
    ['ShippingZip', (c, o) => (+o.id % 7 === 0 ? '78209' : c.postcode), [SHIP('postalCode')]],
    ['ShippingCountry', () => 'US', [SHIP('countryCode')]],
    ['ShippingMethod', (c, o) => row(['UPS Ground', 'USPS Priority Mail', 'FedEx 2Day', 'Free Shipping (orders over $99)'], +o.id), ['commerce.shipping.shippingMethod']],
    ['ItemNumber', (c, o, r, i) => row(US_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['ItemName', (c, o, r, i) => row(US_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Price', (c, o, r, i) => money(row(US_ITEMS, i + +o.id)[2]), [], opt],
    ['ExtendedPrice', (c, o, r, i) => money(row(US_ITEMS, i + +o.id)[2] * o.qty), [PL('priceTotal')]],
    ['DiscountTotal', (c, o) => (o.discount ? '10.00' : '0.00'), [OR('discountAmount')], opt],
    ['ShippingTotal', (c, o) => (+o.id % 4 === 3 ? '0.00' : row(['9.95', '12.40', '18.75'], +o.id)), ['commerce.shipping.shippingAmount']],
    ['TaxTotal', (c, o, r, i) => money((row(US_ITEMS, i + +o.id)[2] * o.qty - (o.discount ? 10 : 0)) * 0.0825), [OR('taxAmount')]],
    ['GrandTotal', (c, o, r, i) => { const net = row(US_ITEMS, i + +o.id)[2] * o.qty - (o.discount ? 10 : 0); return money(net * 1.0825 + (+o.id % 4 === 3 ? 0 : +row(['9.95', '12.40', '18.75'], +o.id))) }, [OR('priceTotal')]],
    ['PaymentMethod', (c, o) => row(['Visa', 'MasterCard', 'PayPal', 'American Express', 'Discover', 'Visa'], +o.id >> 1), [PAY('paymentType')]],
    ['TrackingNumbers', (c, o, r) => (+o.id % 5 === 1 ? '' : `1Z${v.alnum(r, 6).toUpperCase()}03${v.int(r, 10000000, 99999999)}`), ['commerce.shipping.trackingNumber']],
    ['SourceGroup', (c, o) => row(['Google Shopping', 'Email', 'Direct', 'Facebook', 'Organic Search'], +o.id), [], opt],
    ['IPAddress', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- E: UK card gateway transactions
  { name: 'trust-payments-myst-transactions', product: 'Trust Payments (formerly Secure Trading; MyST portal > Transaction search > Download CSV with STPP field names, a Manchester bike-parts web shop, UK local time)', family: 'payments', language: 'en', schema: E, cols: [
    ['transactionreference', (c, o) => `${56 + (+o.id % 3)}-9-${1800000 + +o.id * 37}`, [PAY('transactionID'), '_id']],
    ['transactionstartedtimestamp', (c, o) => { const p = ukt(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['requesttypedescription', (c, o) => (+o.id % 13 === 0 ? 'REFUND' : 'AUTH'), [], opt],
    ['accounttypedescription', (c, o) => (+o.id % 9 === 0 ? 'MOTO' : 'ECOM'), []],
    ['sitereference', () => 'northernspokes75431', []],
    ['orderreference', (c, o) => `NS${String(40000 + +o.id)}`, [OR('purchaseID')]],
    ['paymenttypedescription', (c, o) => row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'MAESTRO', 'PAYPAL'], +o.id >> 1), [PAY('paymentType')]],
    ['maskedpan', (c, o, r) => (row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'MAESTRO', 'PAYPAL'], +o.id >> 1) === 'PAYPAL' ? '' : `${row(['411111', '542315', '465858', '374245', '675940', ''], +o.id >> 1)}######${v.int(r, 1000, 9999)}`), []],
    ['mainamount', (c, o) => money(o.total * 0.86), [PAY('paymentAmount'), OR('priceTotal')]],
    ['baseamount', (c, o) => String(Math.round(o.total * 86)), [PAY('paymentAmount'), OR('priceTotal')], opt],
    ['currencyiso3a', (c, o) => (+o.id % 11 === 0 ? 'EUR' : 'GBP'), [PAY('currencyCode'), OR('currencyCode')]],
    ['settlestatus', (c, o) => (+o.id % 17 === 0 ? '3' : row(['100', '100', '0', '1'], +o.id)), []],
    ['errorcode', (c, o) => (+o.id % 17 === 0 ? '70000' : '0'), []],
    ['authcode', (c, o, r) => (+o.id % 17 === 0 ? '' : v.alnum(r, 6).toUpperCase()), [], opt],
    ['securityresponsepostcode', (c, o) => row(['2', '2', '4', '1', '2'], +o.id), []],
    ['securityresponsesecuritycode', (c, o) => row(['2', '2', '2', '4', '0'], +o.id >> 1), []],
    ['billingprefixname', (c) => (local(c, 'uk').female ? v.pick(v.rng(+c.id), ['Mrs', 'Ms', 'Miss']) : 'Mr'), []],
    ['billingfirstname', (c) => local(c, 'uk').first, []],
    ['billinglastname', (c) => local(c, 'uk').last, []],
    ['billingpremise', (c) => local(c, 'uk').premise, [BILL('street1'), BILL('street2')], opt],
    ['billingstreet', (c) => local(c, 'uk').street, [BILL('street1')]],
    ['billingtown', (c) => local(c, 'uk').city, [BILL('city')]],
    ['billingcounty', (c) => local(c, 'uk').region, STATE(['commerce.billing.address']), opt],
    ['billingpostcode', (c) => local(c, 'uk').postcode, [BILL('postalCode')]],
    ['billingcountryiso2a', () => 'GB', [BILL('countryCode')]],
    ['billingemail', (c) => local(c, 'uk').email, EMAIL_ID, opt],
    ['billingtelephone', (c) => local(c, 'uk').mobile, PHONE_ID, opt],
    ['customerpremise', (c, o) => (+o.id % 6 === 0 ? 'Unit 4' : local(c, 'uk').premise), [SHIP('street1'), SHIP('street2')], opt],
    ['customerstreet', (c, o) => (+o.id % 6 === 0 ? 'Pepper Road Industrial Estate' : local(c, 'uk').street), [SHIP('street1')]],
    ['customertown', (c, o) => (+o.id % 6 === 0 ? 'Stockport' : local(c, 'uk').city), [SHIP('city')]],
    ['customerpostcode', (c, o) => (+o.id % 6 === 0 ? 'SK7 5BW' : local(c, 'uk').postcode), [SHIP('postalCode')]],
    ['customercountryiso2a', () => 'GB', [SHIP('countryCode')]],
    ['customerip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- E: WordPress event plugin registrations report
  { name: 'event-espresso-registrations-report', product: 'Event Espresso 4 (WordPress; Registrations > Filter by event > Export Registrations CSV, one row per registration, a Portland cooking school, dates in the site\'s "F j, Y g:i a" format, Pacific time)', family: 'events', language: 'en', schema: E, cols: [
    ['Registration ID[REG_ID]', (c, o) => String(5200 + +o.id % 4000), ['_id']],
    ['Event', (c, o) => row(EE_EVENTS, +o.id)[0], [PL('name')], opt],
    ['First Name[ATT_fname]', (c) => c.first, []],
    ['Last Name[ATT_lname]', (c) => c.last, []],
    ['Email Address[ATT_email]', (c) => c.email, EMAIL_ID, opt],
    ['Address Part 1[ATT_address]', (c, o) => (+o.id % 5 === 2 ? '' : c.street), [BILL('street1')], opt],
    ['Address Part 2[ATT_address2]', (c) => c.street2, [BILL('street2')], opt],
    ['City[ATT_city]', (c, o) => (+o.id % 5 === 2 ? '' : c.city), [BILL('city')], opt],
    ['State[STA_ID]', (c, o) => (+o.id % 5 === 2 ? '' : US_STATE[c.region] ?? c.region), STATE(['commerce.billing.address']), opt],
    ['Country[CNT_ISO]', (c, o) => (+o.id % 5 === 2 ? '' : 'US'), [BILL('countryCode')], opt],
    ['ZIP/Postal Code[ATT_zip]', (c, o) => (+o.id % 5 === 2 ? '' : c.postcode), [BILL('postalCode')], opt],
    ['Phone[ATT_phone]', (c) => usPhone(c.mobile), PHONE_ID, opt],
    ['Transaction ID[TXN_ID]', (c, o) => String(3100 + +o.id % 3000), [OR('purchaseID')]],
    ['Attendee ID[ATT_ID]', (c) => String(880 + +c.id % 9000), CUST_ID, opt],
    ['Time registration occurred[REG_date]', (c, o) => { const p = pacific(o.at); return `${MONTHS[p.m - 1]} ${p.d}, ${p.y} ${h12(p)} ${ampm(p).toLowerCase()}` }, ['timestamp']],
    ['Unique Code for this registration[REG_code]', (c, o, r) => `${1 + (+o.id % 2) * (+o.id % 3 === 0 ? 1 : 0)}-${v.hex(r, 10)}`, [], opt],
    ['Count of this registration in the group registration[REG_count]', (c, o) => String(1 + (+o.id % 2) * (+o.id % 3 === 0 ? 1 : 0)), []],
    ["Registration's share of the transaction total[REG_final_price]", (c, o) => money(row(EE_EVENTS, +o.id)[2]), [PL('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Registration Status', (c, o) => row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id), []],
    ['Transaction Status', (c, o) => (row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id) === 'Approved' ? 'Complete' : 'Incomplete'), []],
    ['Transaction Amount Due', (c, o) => (+o.id % 2 && +o.id % 3 === 0 ? '0.00' : money(row(EE_EVENTS, +o.id)[2] * (+o.id % 3 === 0 ? 2 : 1))), [OR('priceTotal')], opt],
    ['Amount Paid', (c, o) => (+o.id % 2 && +o.id % 3 === 0 ? '0.00' : row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id) === 'Approved' ? money(row(EE_EVENTS, +o.id)[2] * (+o.id % 3 === 0 ? 2 : 1)) : '0.00'), [PAY('paymentAmount')], opt],
    ['Payment Date(s)', (c, o) => (row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id) === 'Approved' && !(+o.id % 2 && +o.id % 3 === 0) ? (() => { const p = pacific(o.at + 40000); return `${MONTHS[p.m - 1]} ${p.d}, ${p.y} ${h12(p)} ${ampm(p).toLowerCase()}` })() : ''), [], opt],
    ['Payment Method(s)', (c, o) => (row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id) === 'Approved' && !(+o.id % 2 && +o.id % 3 === 0) ? row(['Credit Card', 'Credit Card', 'PayPal Express', 'Invoice'], +o.id >> 1) : ''), [PAY('paymentType')]],
    ['Gateway Transaction ID(s)', (c, o, r) => (row(['Approved', 'Approved', 'Pending Payment', 'Approved', 'Cancelled', 'Approved', 'Not Approved'], +o.id) === 'Approved' && !(+o.id % 2 && +o.id % 3 === 0) ? `ch_3${v.alnum(r, 23)}` : ''), [PAY('transactionID')]],
    ['Ticket Name', (c, o) => row(EE_EVENTS, +o.id)[1], [PL('name')]],
    ['Datetimes of Ticket', (c, o) => { const p = pacific(o.at + 12 * day); return `${MONTHS[p.m - 1]} ${p.d}, ${p.y} 6:00 pm` }, [], opt],
    ['How did you hear about us?', (c, o) => row(['Instagram', 'Friend / word of mouth', 'Google', 'Newsletter', ''], +o.id >> 1), []],
    ['Dietary restrictions or allergies', (c, o) => row(['', 'Vegetarian', '', 'Tree nuts', 'Gluten-free', ''], +o.id), []],
  ] },
  // ---------------------------------------------------------------- E: Australian recurring-billing transactions
  { name: 'ezypay-transactions-report', product: 'Ezypay (Sydney subscription billing and direct debit; Merchant portal > Reports > Transactions > Export CSV, one row per collection attempt, a Sydney gym franchise\'s fortnightly memberships, Sydney time)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}`.toUpperCase(), [PAY('transactionID'), '_id']],
    ['Transaction Date', (c, o) => { const p = syd(o.at); return `${dmy(p)} ${h12(p)}:${pad(p.S)} ${ampm(p)}` }, ['timestamp']],
    ['Invoice Number', (c, o) => `INV-${pad(+o.id * 13 % 10000000, 7)}`, [OR('purchaseID')]],
    ['Customer Reference', (c) => `M${pad(+c.id % 100000, 6)}`, CUST_ID, opt],
    ['Customer Name', (c) => `${local(c, 'nsw').first} ${local(c, 'nsw').last}`, []],
    ['Email', (c) => local(c, 'nsw').email, EMAIL_ID, opt],
    ['Mobile', (c) => local(c, 'nsw').mobile, PHONE_ID, opt],
    ['Merchant', (c, o) => row(['Harbour Fit Surry Hills', 'Harbour Fit Randwick', 'Harbour Fit Chatswood'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Plan', (c, o) => row(GYM, +o.id)[0], [PL('name')], opt],
    ['Billing Frequency', (c, o) => row(GYM, +o.id)[1], []],
    ['Amount', (c, o) => `$${money(row(GYM, +o.id)[2])}`, [PAY('paymentAmount'), OR('priceTotal')]],
    ['GST', (c, o) => `$${money(row(GYM, +o.id)[2] / 11)}`, [OR('taxAmount')]],
    ['Surcharge', (c, o) => (row(['Bank Account', 'Visa', 'Mastercard', 'Bank Account'], +o.id >> 1) === 'Bank Account' ? '$0.00' : `$${money(row(GYM, +o.id)[2] * 0.0125)}`), []],
    ['Currency', () => 'AUD', [PAY('currencyCode'), OR('currencyCode')]],
    ['Payment Method', (c, o) => row(['Bank Account', 'Visa', 'Mastercard', 'Bank Account'], +o.id >> 1), [PAY('paymentType')]],
    ['Account', (c, o, r) => (row(['Bank Account', 'Visa', 'Mastercard', 'Bank Account'], +o.id >> 1) === 'Bank Account' ? `${v.pick(r, ['062', '032', '082', '012'])}-${v.int(r, 100, 999)} XXXX${v.int(r, 100, 999)}` : `XXXX-XXXX-XXXX-${v.int(r, 1000, 9999)}`), []],
    ['Status', (c, o) => row(['Successful', 'Successful', 'Successful', 'Failed', 'Successful', 'Dishonoured', 'Refunded'], +o.id), []],
    ['Failure Reason', (c, o) => ({ Failed: 'Insufficient Funds', Dishonoured: 'Refer to Customer' })[row(['Successful', 'Successful', 'Successful', 'Failed', 'Successful', 'Dishonoured', 'Refunded'], +o.id)] ?? '', []],
    ['Retry Count', (c, o) => (row(['Successful', 'Successful', 'Successful', 'Failed', 'Successful', 'Dishonoured', 'Refunded'], +o.id) === 'Failed' ? '1' : '0'), []],
    ['Settlement Date', (c, o) => (row(['Successful', 'Successful', 'Successful', 'Failed', 'Successful', 'Dishonoured', 'Refunded'], +o.id) === 'Successful' ? dmy(syd(o.at + 3 * day)) : ''), [], opt],
    ['Transaction Fee', (c, o) => (row(['Bank Account', 'Visa', 'Mastercard', 'Bank Account'], +o.id >> 1) === 'Bank Account' ? '$0.88' : '$0.55'), []],
  ] },
  // ---------------------------------------------------------------- P: Australian POS customers with loyalty points
  { name: 'idealpos-customer-list-export', product: 'Idealpos (Australian hospitality and retail POS; Back Office > Customers > Customer List > Export to CSV, a Brisbane cafe and bottle-shop group\'s loyalty members, dd/MM/yyyy)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer Code', (c) => String(10000 + (+c.id % 80000)), ID],
    ['Title', (c) => (local(c, 'qld').female ? v.pick(v.rng(+c.id + 3), ['Ms', 'Mrs', 'Miss']) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => local(c, 'qld').first, ['person.name.firstName']],
    ['Surname', (c) => local(c, 'qld').last, ['person.name.lastName']],
    ['Address 1', (c) => `${local(c, 'qld').unit ? local(c, 'qld').unit + '/' : ''}${local(c, 'qld').premise.replace('Flat ', '')} ${local(c, 'qld').street}`, at(HOME, 'street1')],
    ['Address 2', () => '', at(HOME, 'street2')],
    ['Suburb', (c) => local(c, 'qld').city, at(HOME, 'city')],
    ['State', (c) => local(c, 'qld').region, STATE(HOME)],
    ['Postcode', (c) => local(c, 'qld').postcode, at(HOME, 'postalCode')],
    ['Phone', (c, o) => (+o.id % 4 === 0 ? local(c, 'qld').phone : ''), ['homePhone.number']],
    ['Mobile', (c) => local(c, 'qld').mobile, ['mobilePhone.number']],
    ['Email', (c, o) => (+o.id % 6 === 5 ? '' : local(c, 'qld').email), ['personalEmail.address']],
    ['Date of Birth', (c, o) => (+o.id % 3 === 2 ? '' : dmy(utc(c.birth))), ['person.birthDate']],
    ['Gender', (c) => (local(c, 'qld').female ? 'Female' : 'Male'), ['person.gender']],
    ['Customer Type', (c, o) => row(['Member', 'Member', 'VIP Member', 'Member', 'Staff'], +o.id), ['loyalty.tier'], opt],
    ['Card Number', (c) => `6009${pad(+c.id * 7 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Points Balance', (c, o) => String(+o.id % 900), ['loyalty.points']],
    ['Points Redeemed', (c, o) => String((+o.id % 7) * 250), ['loyalty.pointsRedeemed']],
    ['Total Spend', (c, o) => `$${thou(40 + (+o.id % 300) * 9.35)}`, ['loyalty.lifetimePurchases'], opt],
    ['Visits', (c, o) => String(2 + (+o.id % 140)), []],
    ['Date Joined', (c) => dmy(bne(c.created)), ['loyalty.joinDate'], opt],
    ['Last Visit', (c) => dmy(bne(Math.max(c.created, c.updated))), [], opt],
    ['Receive Emails', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['Receive SMS', (c, o) => (+o.id % 3 === 0 ? 'Y' : 'N'), [], opt],
    ['Price Level', (c, o) => (row(['Member', 'Member', 'VIP Member', 'Member', 'Staff'], +o.id) === 'Staff' ? '3' : '1'), []],
    ['Account Balance', (c, o) => (+o.id % 9 === 0 ? '-42.50' : '0.00'), []],
  ] },
  // ---------------------------------------------------------------- P: Australian real-estate CRM contacts
  { name: 'rex-crm-contacts-export', product: 'Rex (Rex Software, Sydney real-estate CRM; Contacts > select all > Export to CSV, a Sydney eastern-suburbs agency\'s buyers, vendors and landlords)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(3400000 + +c.id), ID],
    ['Type', (c, o) => (+o.id % 15 === 0 ? 'Company' : 'Person'), [], opt],
    ['Title', (c) => (local(c, 'nsw').female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => local(c, 'nsw').first, ['person.name.firstName']],
    ['Last Name', (c) => local(c, 'nsw').last, ['person.name.lastName']],
    ['Email', (c) => local(c, 'nsw').email, ['personalEmail.address']],
    ['Mobile', (c) => local(c, 'nsw').mobile, ['mobilePhone.number']],
    ['Home Phone', (c, o) => (+o.id % 3 === 0 ? local(c, 'nsw').phone : ''), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (+o.id % 4 === 1 ? `(02) 8${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Company', (c, o) => (+o.id % 15 === 0 ? `${local(c, 'nsw').last} Family Trust` : ''), ['organizations[0]'], opt],
    ['Address', (c) => `${local(c, 'nsw').unit ? local(c, 'nsw').unit.replace('Unit ', '') + '/' : ''}${local(c, 'nsw').premise.replace('Flat ', '')} ${local(c, 'nsw').street}`, at(HOME, 'street1')],
    ['Suburb', (c) => local(c, 'nsw').city, at(HOME, 'city')],
    ['State', (c) => local(c, 'nsw').region, STATE(HOME)],
    ['Postcode', (c) => local(c, 'nsw').postcode, at(HOME, 'postalCode')],
    ['Country', () => 'Australia', at(HOME, 'country'), opt],
    ['Classifications', (c, o) => row(['Buyer', 'Vendor', 'Buyer; Investor', 'Landlord', 'Tenant', 'Past Vendor'], +o.id), []],
    ['Tags', (c, o) => row(['', 'Hot buyer', 'Downsizer', '', 'Open home 14/09', 'Appraisal booked'], +o.id >> 1), []],
    ['Source', (c, o) => row(['realestate.com.au enquiry', 'Domain enquiry', 'Open home', 'Referral', 'Website'], +o.id), []],
    ['Account User', (c, o) => row(['Sophie Tran', 'Matt Ryan', 'Olivia Kelly'], +o.id >> 1), []],
    ['Subscriptions', (c, o) => row(['Newsletter; Sold Alerts', 'Newsletter', '', 'Just Listed Alerts'], +o.id), [], opt],
    ['Date Created', (c) => { const p = syd(c.created); return `${dmy(p)} ${h12(p)} ${ampm(p).toLowerCase()}` }, [], opt],
    ['Last Contacted', (c, o) => (+o.id % 4 === 3 ? '' : dmy(syd(Math.max(c.created, c.updated)))), [], opt],
  ] },
  // ---------------------------------------------------------------- B: US contact database export
  { name: 'adapt-io-contacts-export', product: 'Adapt.io (B2B contact database; Prospector > Saved contacts > Export CSV, a US HR-software vendor\'s prospect list)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Level', (c, o) => row(['Director', 'VP', 'Manager', 'C-Level', 'Head'], +o.id), []],
    ['Department', (c, o) => row(['Human Resources', 'Operations', 'Finance', 'Human Resources', 'Executive'], +o.id >> 1), ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Email Status', (c, o) => row(['Valid', 'Valid', 'Accept All', 'Valid', 'Unknown'], +o.id), ['workEmail.status'], opt],
    ['Direct Dial', (c, o) => (+o.id % 3 === 0 ? '' : usPhone(c.phone)), ['workPhone.number']],
    ['Mobile Phone', (c, o) => (+o.id % 4 === 1 ? usPhone(c.mobile) : ''), ['mobilePhone.number']],
    ['Company Name', (c) => c.company, CO],
    ['Website', (c) => `www.${slug(c.company).slice(0, 12)}.com`, ['b2b.companyWebsite']],
    ['Company Phone', (c, o, r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number'], opt],
    ['Industry', (c, o) => row(['Hospital & Health Care', 'Retail', 'Logistics and Supply Chain', 'Construction', 'Financial Services'], +o.id), []],
    ['Employee Range', (c, o) => row(['201-500', '501-1000', '51-200', '1001-5000'], +o.id >> 1), []],
    ['Revenue Range', (c, o) => row(['$50M - $100M', '$10M - $50M', '$100M - $250M', '$1B+'], +o.id >> 2), []],
    ['City', (c) => c.city, [W('city')]],
    ['State', (c) => US_STATE[c.region] ?? c.region, STATE(['workAddress'])],
    ['Country', () => 'United States', [W('country')]],
    ['LinkedIn Profile', (c, o, r) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 8)}`, []],
    ['Company LinkedIn', (c) => `https://www.linkedin.com/company/${slug(c.company)}`, []],
    ['List', () => 'Q3 - HR Leaders 500-5000 emp', []],
    ['Last Verified', (c) => ymd(utc(c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- E: German cloud POS receipt lines
  { name: 'paymash-belege-export-de', product: 'Paymash (cloud POS; Verkäufe > Belege > Export als CSV, one row per receipt line, German UI, a Hamburg concept store with two branches, CET/CEST)', family: 'pos', language: 'de', schema: E, cols: [
    ['Belegnummer', (c, o) => `R${cet(o.at).y}-${pad(+o.id % 100000, 6)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => dmy(cet(o.at), '.'), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => hms(cet(o.at)), [], opt],
    ['Filiale', (c, o) => (+o.id % 3 ? 'Hamburg Schanze' : 'Hamburg Ottensen'), ['commerce.commerceScope.storeCode'], opt],
    ['Kasse', (c, o) => `Kasse ${1 + (+o.id % 2)}`, []],
    ['Mitarbeiter', (c, o) => row(['Jana K.', 'Timo R.', 'Merle S.'], +o.id), []],
    ['Kundennummer', (c, o) => (+o.id % 4 === 0 ? `K-${1000 + (+c.id % 5000)}` : ''), CUST_ID, opt],
    ['Kunde', (c, o) => (+o.id % 4 === 0 ? `${c.first} ${c.last}` : ''), []],
    ['Artikelnummer', (c, o, r, i) => row(DE_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => row(DE_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => row(DE_ITEMS, i + +o.id)[2], []],
    ['Menge', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => de(row(DE_ITEMS, i + +o.id)[3]), [], opt],
    ['Rabatt', (c, o, r, i) => (o.discount ? de(row(DE_ITEMS, i + +o.id)[3] * 0.1) : '0,00'), [OR('discountAmount')], opt],
    ['Gesamtpreis', (c, o, r, i) => de(row(DE_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['MwSt.-Satz', (c, o, r, i) => (row(DE_ITEMS, i + +o.id)[2] === 'Gutscheine' ? '0 %' : '19 %'), []],
    ['MwSt.-Betrag', (c, o, r, i) => (row(DE_ITEMS, i + +o.id)[2] === 'Gutscheine' ? '0,00' : de(row(DE_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (o.discount ? 0.9 : 1) * 19 / 119)), [OR('taxAmount')], opt],
    ['Belegsumme', (c, o, r, i) => de(row(DE_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (o.discount ? 0.9 : 1) + (+o.id % 3 === 0 ? 18.0 : 0)), [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => row(['EC-Karte', 'Bar', 'Kreditkarte', 'EC-Karte', 'Apple Pay', 'Gutschein'], +o.id), [PAY('paymentType')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Trinkgeld', () => '0,00', []],
    ['Storniert', (c, o) => (+o.id % 19 === 0 ? 'Ja' : 'Nein'), []],
    ['TSE-Transaktionsnummer', (c, o) => String(48000 + +o.id), []],
    ['Digitaler Beleg an', (c, o) => (+o.id % 5 === 1 ? c.email : ''), EMAIL_ID, opt],
  ] },
  // ---------------------------------------------------------------- E: German congress registration bookings
  { name: 'converia-buchungsliste-export-de', product: 'Converia (Lombego Systems; Teilnehmende > Buchungsliste > Export als Excel, one row per booked item, German UI, a medical society\'s annual congress in Leipzig, CET/CEST)', family: 'events', language: 'de', schema: E, cols: [
    ['Buchungsnummer', (c, o) => `B-${10000 + (+o.id % 9000)}`, [OR('purchaseID')]],
    ['Buchungsdatum', (c, o) => { const p = cet(o.at); return `${dmy(p, '.')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Personen-ID', (c) => String(200000 + +c.id % 90000), CUST_ID, opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), []],
    ['Titel', (c, o) => row(['Dr. med.', '', 'Prof. Dr.', 'Dr.', ''], +o.id), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Institution', (c, o) => row(['Universitätsklinikum Leipzig', 'Charité – Universitätsmedizin Berlin', 'Praxis am Markt', 'Klinikum rechts der Isar', 'Helios Klinikum Erfurt'], +o.id >> 1), []],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'Deutschland', [BILL('country')]],
    ['E-Mail', (c) => c.email, EMAIL_ID, opt],
    ['Telefon', (c, o) => (+o.id % 3 === 0 ? '' : dePhone(c)), PHONE_ID, opt],
    ['Teilnehmendenkategorie', (c, o) => row(CONGRESS, +o.id)[1], []],
    ['Artikel', (c, o) => row(CONGRESS, +o.id)[0], [PL('name')]],
    ['Menge', () => '1', [PL('quantity')]],
    ['Preis brutto', (c, o) => de(row(CONGRESS, +o.id)[2]), [PL('priceTotal')]],
    ['enthaltene MwSt.', (c, o) => de(row(CONGRESS, +o.id)[2] * 19 / 119), [OR('taxAmount')]],
    ['Gesamtsumme Buchung', (c, o) => de(row(CONGRESS, +o.id)[2] + (+o.id % 4 === 0 ? 75 : 0)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => row(['Rechnung', 'Kreditkarte', 'PayPal', 'Rechnung', 'Kreditkarte'], +o.id >> 1), [PAY('paymentType')]],
    ['Zahlungsstatus', (c, o) => row(['bezahlt', 'bezahlt', 'offen', 'bezahlt', 'erstattet'], +o.id), []],
    ['Rechnungsnummer', (c, o) => `DGX-2024-${pad(+o.id % 10000, 5)}`, [], opt],
    ['Gutscheincode', (c, o) => (+o.id % 8 === 0 ? 'REFERENT24' : ''), []],
    ['Buchungsstatus', (c, o) => (row(['bezahlt', 'bezahlt', 'offen', 'bezahlt', 'erstattet'], +o.id) === 'erstattet' ? 'storniert' : 'gebucht'), []],
    ['Eingecheckt', (c, o) => (+o.id % 3 ? 'ja' : 'nein'), []],
  ] },
  // ---------------------------------------------------------------- P: German e-mail marketing recipients
  { name: 'sendcockpit-empfaenger-export-de', product: 'sendcockpit (German e-mail marketing software; Empfänger > Empfängerliste > Exportieren (CSV, Semikolon), German UI, a Freiburg outdoor shop\'s newsletter recipients with custom fields)', family: 'marketing-automation', language: 'de', schema: P, cols: [
    ['ID', (c) => String(18000 + (+c.id % 70000)), ID],
    ['E-Mail-Adresse', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o) => (+o.id % 11 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c, o) => (+o.id % 7 === 0 ? '' : c.last), ['person.name.lastName']],
    ['Geburtsdatum', (c, o) => (+o.id % 3 === 0 ? dmy(utc(c.birth), '.') : ''), ['person.birthDate']],
    ['Straße', (c, o) => (+o.id % 4 === 1 ? '' : c.street), at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country'), opt],
    ['Mobilnummer', (c, o) => (+o.id % 3 === 2 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['Status', (c, o) => row(['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'aktiv', 'Bounce'], +o.id), ['personalEmail.status'], opt],
    ['Anmeldedatum', (c) => { const p = cet(c.created); return `${dmy(p, '.')} ${hms(p)}` }, [], opt],
    ['DOI-Bestätigung', (c) => { const p = cet(c.created + 600000); return `${dmy(p, '.')} ${hms(p)}` }, [], opt],
    ['Anmelde-IP', (c, o, r) => v.ip4(r), []],
    ['Quelle', (c, o) => row(['Anmeldeformular Website', 'Shop-Checkout', 'Import Kundenkarte', 'Gewinnspiel'], +o.id), []],
    ['Gruppen', (c, o) => row(['Newsletter', 'Newsletter, Bergsport', 'Newsletter, Laufen', 'Kundenkarte'], +o.id >> 1), []],
    ['Kundennummer', (c, o) => (+o.id % 4 === 2 ? `KD-${40000 + (+c.id % 9000)}` : ''), ID, opt],
    ['Letzte Öffnung', (c, o) => (row(['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'aktiv', 'Bounce'], +o.id) === 'Bounce' ? '' : dmy(cet(Math.max(c.created, c.updated)), '.')), [], opt],
    ['Öffnungsrate', (c, o) => `${(+o.id % 60)} %`, []],
  ] },
  // ---------------------------------------------------------------- B: German website-visitor identification
  { name: 'leadrebel-firmenbesucher-export-de', product: 'LeadRebel (B2B website-visitor identification; Besucher > Firmen > Export CSV with the suggested contact person, German UI, a Stuttgart industrial-software vendor\'s visitors)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Firma', (c) => deco(c, DE_IND)[0], CO],
    ['Website', (c) => `www.${deco(c, DE_IND)[1]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => deco(c, DE_IND)[2], []],
    ['Mitarbeiteranzahl', (c, o) => row(['50-199', '200-499', '10-49', '500-999'], +o.id), []],
    ['Umsatzklasse', (c, o) => row(['10-50 Mio. €', '50-100 Mio. €', '2-10 Mio. €'], +o.id >> 1), []],
    ['Straße', (c) => c.street, [W('street1')]],
    ['PLZ', (c) => c.postcode, [W('postalCode')]],
    ['Ort', (c) => c.city, [W('city')]],
    ['Bundesland', (c) => c.region, STATE(['workAddress'])],
    ['Land', () => 'Deutschland', [W('country')]],
    ['Telefon', (c) => dePhone(c), ['workPhone.number'], opt],
    ['E-Mail (Firma)', (c) => `info@${deco(c, DE_IND)[1]}`, ['workEmail.address'], opt],
    ['Ansprechpartner', (c, o) => (+o.id % 5 === 0 ? '' : `${c.first} ${c.last}`), ['person.name.fullName']],
    ['Position', (c, o) => (+o.id % 5 === 0 ? '' : row(fem(c) ? ['Leiterin Produktion', 'Geschäftsführerin', 'Einkaufsleiterin', 'IT-Leiterin'] : ['Leiter Produktion', 'Geschäftsführer', 'Einkaufsleiter', 'IT-Leiter'], +o.id >> 1)), ['extendedWorkDetails.jobTitle']],
    ['E-Mail Ansprechpartner', (c, o) => (+o.id % 5 === 0 || +o.id % 3 === 0 ? '' : `${slug(c.first)}.${slug(c.last)}@${deco(c, DE_IND)[1]}`), ['workEmail.address']],
    ['LinkedIn', (c, o) => (+o.id % 5 === 0 ? '' : `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}`), []],
    ['Erster Besuch', (c) => { const p = cet(Math.min(c.created, c.updated)); return `${dmy(p, '.')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Letzter Besuch', (c) => { const p = cet(Math.max(c.created, c.updated)); return `${dmy(p, '.')} ${hm(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Anzahl Besuche', (c, o) => String(1 + (+o.id % 12)), []],
    ['Seitenaufrufe', (c, o) => String(2 + (+o.id % 40)), []],
    ['Besuchte Seiten', (c, o) => row(['/preise, /demo-anfragen', '/produkte/mes-software', '/karriere', '/referenzen, /preise, /kontakt'], +o.id), []],
    ['Quelle', (c, o) => row(['Google (organisch)', 'Direkt', 'LinkedIn', 'Google Ads'], +o.id >> 1), ['b2b.personSource'], opt],
    ['Lead-Score', (c, o) => String(10 + (+o.id % 90)), ['b2b.personScore'], opt],
    ['Status', (c, o) => row(['Neu', 'Qualifiziert', 'An CRM übergeben', 'Neu', 'Kein Interesse'], +o.id), ['b2b.personStatus'], opt],
    ['Notiz', (c, o) => row(['', 'Bestandskunde?', '', 'Messekontakt LogiMAT'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- B: German manufacturer-to-dealer lead distribution
  { name: 'leadtributor-leads-export-de', product: 'Leadtributor (lead distribution from manufacturer to channel partners; Leads > Export als Excel, German UI, a commercial-kitchen equipment maker passing gastronomy leads to its dealers)', family: 'crm', language: 'de', schema: B, cols: [
    ['Lead-ID', (c, o) => `L-${240000 + +o.id}`, B2BID],
    ['Erstellt am', (c) => { const p = cet(c.created); return `${dmy(p, '.')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Status', (c, o) => row(['Neu', 'Angenommen', 'In Bearbeitung', 'Gewonnen', 'Verloren', 'Angenommen'], +o.id), ['b2b.personStatus'], opt],
    ['Quelle', (c, o) => row(['Website-Formular', 'Messe INTERGASTRA', 'Telefon', 'Händleranfrage', 'Website-Formular'], +o.id >> 1), ['b2b.personSource'], opt],
    ['Kampagne', (c, o) => row(['Kombidämpfer Aktion Q2', '', 'INTERGASTRA 2024', ''], +o.id), []],
    ['Produktinteresse', (c, o) => row(['Kombidämpfer', 'Spülmaschine Haubenmodell', 'Induktionsherd', 'Kühlzelle'], +o.id), []],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o) => (+o.id % 9 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c, o) => row(fem(c) ? ['Küchenchefin', 'Geschäftsführerin', 'Einkauf', 'Betriebsleiterin', 'Inhaberin'] : ['Küchenchef', 'Geschäftsführer', 'Einkauf', 'Betriebsleiter', 'Inhaber'], +o.id), ['extendedWorkDetails.jobTitle']],
    ['Firma', (c) => deco(c, DE_CO)[0], CO],
    ['Straße', (c) => c.street, [W('street1')]],
    ['PLZ', (c) => c.postcode, [W('postalCode')]],
    ['Ort', (c) => c.city, [W('city')]],
    ['Land', () => 'DE', [W('countryCode')]],
    ['Telefon', (c) => dePhone(c), ['workPhone.number']],
    ['Mobil', (c, o) => (+o.id % 3 === 0 ? '' : deMobile(c)), ['mobilePhone.number']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${deco(c, DE_CO)[1]}`, WE],
    ['Partner', (c, o) => row(['Gastro-Technik Nord GmbH', 'Küchenprofi Süd GmbH', 'Großküchen Service West KG'], +o.id >> 1), []],
    ['Partnernummer', (c, o) => `P-${row(['1042', '1187', '1203'], +o.id >> 1)}`, []],
    ['Zugewiesen am', (c) => dmy(cet(c.created + day), '.'), [], opt],
    ['Angenommen am', (c, o) => (+o.id % 6 === 0 ? '' : dmy(cet(c.created + 2 * day), '.')), [], opt],
    ['Potenzial (EUR)', (c, o) => de(4500 + (+o.id % 40) * 850), []],
    ['Verlustgrund', (c, o) => (row(['Neu', 'Angenommen', 'In Bearbeitung', 'Gewonnen', 'Verloren', 'Angenommen'], +o.id) === 'Verloren' ? 'Preis zu hoch' : ''), []],
    ['Einwilligung Werbung', (c) => (c.bool ? 'Ja' : 'Nein'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Bemerkung', (c, o) => row(['', 'Rückruf erwünscht ab 14 Uhr', 'Neubau Hotelküche 2025', ''], +o.id), []],
  ] },
]
