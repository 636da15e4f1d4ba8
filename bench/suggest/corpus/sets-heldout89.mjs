// Round 89, heldout89: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language order, payment and billing exports of US, UK,
// Canadian and Australian merchants: a direct-response order CRM and its funnel cousin's customer list, a subscription
// checkout's subscription list, hosted-cart and print-on-demand order exports, card-gateway search results and
// transaction reports (with refunds), a buy-now-pay-later seller portal and an invoicing tool's client list; all English.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local times (offsets by month only: good enough for generated rows)
const usOff = (ms, std) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? std + 1 : std }
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const day = 86400000
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}`
// Konnektive and Checkout Champ: "2024-05-14 10:31:07" in the account's zone (Arizona, no DST)
const azT = (ms) => ymdHMS(shift(ms, -7))
const ccT = (ms) => { const p = shift(ms, usOff(ms, -5)); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${h12(p)}` }
// PayKickstart "May 14, 2024" / "May 14, 2024 10:31 am" (Central)
const pkD = (ms) => { const p = shift(ms, usOff(ms, -6)); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const pkT = (ms) => { const p = shift(ms, usOff(ms, -6)); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }
// CyberSource exported search results "Dec 01 2006 06:26:15 PM" (Pacific, the account's zone)
const cyT = (ms) => { const p = shift(ms, usOff(ms, -8)); return `${MON[p.m - 1]} ${pad(p.d)} ${p.y} ${h12(p)}` }
// Foxy datafeed "2024-05-14 10:31:07" in the store's zone (Eastern)
const fxT = (ms) => ymdHMS(shift(ms, usOff(ms, -5)))
// Shoprocket, Judopay (UK) "14/05/2024 10:31", "14/05/2024 10:31:07"
const ukDT = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ukDTS = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Nuvei Control Panel "2024-05-14 10:31:07" in GMT
const nvT = (ms) => ymdHMS(shift(ms, 0))
// Printify ISO with Z
const isoS = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
// humm (Brisbane, no DST) "14/05/2024" and "10:31 AM"
const bneD = (ms) => { const p = shift(ms, 10); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const bneT = (ms) => { const p = shift(ms, 10); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// PayJunction "05/14/2024 10:31:07 AM" (Mountain)
const pjT = (ms) => { const p = shift(ms, usOff(ms, -7)); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${h12(p)}` }
// Hiveage "2024-05-14"
const hvD = (ms) => ymd(shift(ms, usOff(ms, -5)))
const n2 = (n) => n.toFixed(2)
const money = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

// people and places
const mail = (f, l, r, dom) => `${slug(f)}.${slug(l)}${v.int(r, 1, 99)}@${v.pick(r, dom)}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const UK_FIRST = ['Oliver', 'Amelia', 'George', 'Freya', 'Harry', 'Poppy', 'Thomas', 'Isla', 'Arjun', 'Sophie', 'Callum', 'Niamh']
const UK_LAST = ['Hughes', 'Patel', 'Wright', 'Evans', 'Thompson', 'Robinson', 'Khan', 'Lewis', 'Walker', 'Edwards', 'Green', 'Hall']
const UK_ADDR = [['14 Mill Lane', '', 'Harrogate', 'North Yorkshire', 'HG1 2QT'], ['Flat 3', '22 Victoria Road', 'Brighton', 'East Sussex', 'BN1 3FS'], ['7 Church Street', '', 'Ludlow', 'Shropshire', 'SY8 1AP'], ['58 Queen Street', '', 'Cardiff', 'South Glamorgan', 'CF10 2GP'], ['The Old Forge', 'High Street', 'Chipping Norton', 'Oxfordshire', 'OX7 5AD'], ['112 Byres Road', '', 'Glasgow', 'Lanarkshire', 'G12 8TB'], ['9 Elm Grove', '', 'Bath', 'Somerset', 'BA1 7AZ']]
const ukMob = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukMob44 = (r) => `+447${v.int(r, 400, 999)}${pad(v.int(r, 0, 999999), 6)}`
const UK_DOM = ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk']
const CA_FIRST = ['Émilie', 'Liam', 'Chloé', 'Noah', 'Olivia', 'William', 'Léa', 'Ethan', 'Maya', 'Félix', 'Charlotte', 'Lucas']
const CA_LAST = ['Tremblay', 'Gagnon', 'MacDonald', 'Roy', 'Brown', 'Côté', 'Wilson', 'Bouchard', 'Lee', 'Pelletier', 'Martin', 'Singh']
const CA_ADDR = [['1250 Rue Sainte-Catherine O', 'Montréal', 'QC', 'H3G 1P1'], ['88 Queen St W', 'Toronto', 'ON', 'M5H 2N2'], ['2150 W 4th Ave', 'Vancouver', 'BC', 'V6K 1N7'], ['410 8 Ave SW', 'Calgary', 'AB', 'T2P 1E3'], ['56 Sparks St', 'Ottawa', 'ON', 'K1P 5A9'], ['1505 Barrington St', 'Halifax', 'NS', 'B3J 3K5'], ['775 Rue Saint-Joseph E', 'Québec', 'QC', 'G1K 3C7']]
const caPhone = (r) => `${v.pick(r, ['514', '416', '604', '403', '613', '902', '418'])}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const CA_DOM = ['gmail.com', 'videotron.ca', 'rogers.com', 'hotmail.com', 'sympatico.ca']
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper', 'Zara', 'Harrison']
const AU_LAST = ['Nguyen', 'Smith', 'Kelly', 'Wilson', 'Papadopoulos', 'Singh', 'Taylor', 'O\'Brien', 'Tran', 'Anderson', 'Martin', 'Brown']
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const AU_DOM = ['gmail.com', 'bigpond.com', 'outlook.com.au', 'icloud.com']
const US_DOM = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com']
const nm = (F, L, i) => [row(F, i), row(L, i * 5 + 3)]

// goods
const SERUM = [['GLW-TRIAL', 'Glow Renew Serum - Trial', 4.95], ['GLW-30', 'Glow Renew Serum 30ml', 89.95], ['EYE-15', 'Firming Eye Cream 15ml', 64.95], ['GLW-DUO', 'Serum + Eye Cream Duo', 139.9]]
const COURSES = [['Podcast Launch Lab', 'Monthly', 47.0], ['Podcast Launch Lab', 'Annual', 397.0], ['Creator Studio Membership', 'Monthly', 29.0], ['Audio Editing Pro', '3 Payments', 99.0]]
const MAPLE = [['MS-AMB-500', 'Amber Rich Maple Syrup 500ml', 18.5], ['MS-DRK-1L', 'Dark Robust Maple Syrup 1L', 29.0], ['MC-CAND-12', 'Maple Sugar Candy (12 pc)', 12.0], ['GB-SUGAR', 'Sugarhouse Gift Box', 54.0], ['MS-BRB-375', 'Bourbon Barrel Aged Syrup 375ml', 24.0]]
const POTS = [['Speckled Stoneware Mug', 'Oat', 'MUG-SPK-OAT', 26.0], ['Hand-thrown Bud Vase', 'Sea Green', 'VAS-BUD-SGR', 34.0], ['Ribbed Planter 14cm', 'Chalk', 'PLN-RIB-14', 42.0], ['Pasta Bowl (set of 2)', 'Ink Blue', 'BWL-PST-INK', 58.0], ['Gift Card', '£25', 'GIFT-25', 25.0]]
const POD = [['Retro Trail Map Tee', 'Bella+Canvas 3001 / Heather Forest / M', '1742093851_18100', 'Monster Digital', 11.69], ['Mount Hood Sunset Hoodie', 'Gildan 18500 / Navy / L', '2280115533_32911', 'SwiftPOD', 22.41], ['Forest Ranger Mug 11oz', 'White / 11oz', '9981200417_65216', 'Printify Choice', 6.35], ['PNW Wildflowers Poster', '18″ x 24″ / Matte', '6620984410_43148', 'Sensaria', 12.2], ['Bigfoot Crossing Sticker', '4″ × 4″ / Kiss-Cut', '3109876621_45750', 'Stickerapp', 2.14]]
const FURN = [['Coastal 3 Seater Sofa', 2499.0], ['Oak Dining Table 180cm', 1890.0], ['Queen Bed Frame - Linen', 1249.0], ['Rattan Armchair', 649.0], ['Outdoor Lounge Setting 5pc', 3299.0]]

// label shorthands
const WHEN = ['timestamp', OR('createdDate')]
const TOTAL = [OR('priceTotal'), OR('payments[0].paymentAmount')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const PAYTYPE = [OR('payments[0].paymentType')]
const TXN = [OR('payments[0].transactionID')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const PMAIL = ['personalEmail.address']
const PPHONE = ['mobilePhone.number', 'homePhone.number']
const PH = (leaf) => at(HOME, leaf)
const PB = (leaf) => [`billingAddress.${leaf}`]
const PS = (leaf) => [`shippingAddress.${leaf}`]
const ST = (f) => [...f('stateProvince'), ...f('state')]
const BST = (f) => [f('stateProvince'), f('state')]
const CO = ['b2b.companyName', 'organizations[0]']
const MAIL = ['workEmail.address', 'personalEmail.address']
const WADR = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const REFUND = [OR('refundTotal'), OR('refunds[0].refundAmount')]

// per-row order facts
const kn = (o, i) => { const p = row(SERUM, i + (+o.id % 4)); const trial = p[0] === 'GLW-TRIAL'; const ship = trial ? 0 : 6.95; const tax = i % 3 === 0 ? +(p[2] * 0.086).toFixed(2) : 0; const disc = !trial && o.discount ? 10 : 0; return { p, trial, ship, tax, disc, total: +(p[2] + ship + tax - disc).toFixed(2) } }
const KN_STATUS = ['COMPLETE', 'COMPLETE', 'COMPLETE', 'DECLINED', 'COMPLETE', 'REFUNDED', 'CANCELLED', 'COMPLETE']
const pk = (i) => row(COURSES, i)
const PK_STATUS = ['Active', 'Active', 'Trialing', 'Active', 'Cancelled', 'Past Due', 'Active', 'Completed']
const fx = (o, i) => { const p = row(MAPLE, i + (+o.id % 5)); const q = o.qty; const sub = +(p[2] * q).toFixed(2); const ship = sub >= 75 ? 0 : 8.95; const tax = i % 4 === 1 ? +(sub * 0.06).toFixed(2) : 0; const disc = o.discount ? +(sub * 0.1).toFixed(2) : 0; return { p, q, sub, ship, tax, disc, total: +(sub + ship + tax - disc).toFixed(2) } }
const sr = (o, i) => { const p = row(POTS, i + (+o.id % 5)); const q = p[2] === 'GIFT-25' ? 1 : Math.min(o.qty, 2); const sub = +(p[3] * q).toFixed(2); const ship = p[2] === 'GIFT-25' ? 0 : sub >= 60 ? 0 : 4.95; const disc = o.discount ? 5 : 0; const total = +(sub + ship - disc).toFixed(2); return { p, q, sub, ship, disc, total, vat: +(total / 6).toFixed(2) } }
const pf = (o, i) => { const p = row(POD, i + (+o.id % 5)); const q = p[0].includes('Sticker') ? o.qty : 1; const prod = +(p[4] * q).toFixed(2); const ship = p[0].includes('Sticker') ? 2.99 : p[0].includes('Hoodie') ? 8.49 : 4.75; const tax = i % 3 === 2 ? +((prod + ship) * 0.0725).toFixed(2) : 0; return { p, q, prod, ship, tax, total: +(prod + ship + tax).toFixed(2) } }
const JD_TYPE = ['Payment', 'Payment', 'Payment', 'Refund', 'Payment', 'PreAuth', 'Payment', 'Payment']
const jdAmt = (o) => +(12 + ((+o.id * 29) % 230) + 0.5).toFixed(2)
const NV_TYPE = ['Sale', 'Sale', 'Sale', 'Credit', 'Sale', 'Auth', 'Settle', 'Sale', 'Void']
const nvAmt = (o) => +(20 + ((+o.id * 41) % 480) + 0.99).toFixed(2)
const hm = (o, i) => { const f = row(FURN, i + (+o.id % 5)); const big = f[1] > 2000; const dep = big ? +(f[1] * 0.1).toFixed(2) : 0; const t = row(['Purchase', 'Purchase', 'Purchase', 'Refund', 'Purchase', 'Cancellation'], i); const fee = +(f[1] * (big ? 0.055 : 0.04)).toFixed(2); return { f, big, dep, t, fee, settle: +(f[1] - fee).toFixed(2) } }
const pj = (o, i) => { const base = +(35 + ((+o.id * 17) % 900) + 0.0).toFixed(2); const tax = i % 3 === 0 ? 0 : +(base * 0.0881).toFixed(2); const tip = 0; const act = i % 6 === 4 ? 'REFUND' : 'CHARGE'; return { base, tax, tip, act, total: +(base + tax + tip).toFixed(2) } }
const CLIENTS = [['Brightline Dental Partners', 'brightlinedental.com', '500 Boylston St', 'Suite 1100', 'Boston', 'MA', '02116'], ['Cascade Freight Systems', 'cascadefreight.io', '1201 3rd Ave', '', 'Seattle', 'WA', '98101'], ['Lumen Learning Labs', 'lumenlearninglabs.com', '600 Congress Ave', 'Floor 14', 'Austin', 'TX', '78701'], ['Redwood Property Group', 'redwoodpg.com', '1 Market St', '', 'San Francisco', 'CA', '94105'], ['Summit Ridge Veterinary', 'summitridgevet.com', '1700 Lincoln St', '', 'Denver', 'CO', '80203'], ['Harbor Point Logistics', 'harborpointlogistics.com', '100 Peachtree St NW', 'Suite 400', 'Atlanta', 'GA', '30303'], ['Maple & Main Bakery', 'mapleandmainbakery.com', '27 Main St', '', 'Burlington', 'VT', '05401']]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Konnektive CRM, US)
  { name: 'konnektive-crm-order-search-export', product: 'Konnektive CRM (Customer Service > Order Search > Export, CSV with the Order Query API\'s field names, one row per order; a Scottsdale, Arizona skincare brand selling a $4.95 trial that rolls into continuity, Arizona time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['orderId', (c, o) => `${(+o.id * 7919 % 0xffffff).toString(16).toUpperCase().padStart(6, '0')}${(+o.id % 9000 + 1000)}`, [OR('purchaseID'), '_id']],
    ['clientOrderId', (c, o, r, i) => (i % 4 === 2 ? `SHP-${20000 + +o.id % 9000}` : ''), [OR('purchaseID')], opt],
    ['dateCreated', (c, o) => azT(o.at), WHEN],
    ['orderStatus', (c, o, r, i) => row(KN_STATUS, i), [], opt],
    ['orderType', (c, o, r, i) => (kn(o, i).trial ? 'NEW_SALE' : row(['RECURRING', 'NEW_SALE', 'RECURRING'], i)), [OR('orderType')], opt],
    ['campaignName', (c, o, r, i) => row(['Glow Renew - Trial FB', 'Glow Renew - Trial FB', 'Glow Renew - Straight Sale', 'Eye Cream Upsell Funnel'], i), [], opt],
    ['customerId', (c) => String(300000 + +c.id % 90000), [], opt],
    ['firstName', (c) => c.first, []],
    ['lastName', (c) => c.last, []],
    ['emailAddress', (c) => c.email, EMAIL_ID, opt],
    ['phoneNumber', (c, o, r) => usDigits(r), PHONE_ID, opt],
    ['address1', (c) => c.street, [BILL('street1')]],
    ['address2', (c) => c.street2, [BILL('street2')]],
    ['city', (c) => c.city, [BILL('city')]],
    ['state', (c) => c.region, BST(BILL)],
    ['postalCode', (c) => c.postcode, [BILL('postalCode')]],
    ['country', () => 'US', [BILL('countryCode')]],
    ['shipAddress1', (c, o, r, i) => (i % 5 === 3 ? '8320 E Hartford Dr' : c.street), [SHIP('street1')]],
    ['shipCity', (c, o, r, i) => (i % 5 === 3 ? 'Scottsdale' : c.city), [SHIP('city')]],
    ['shipState', (c, o, r, i) => (i % 5 === 3 ? 'AZ' : c.region), BST(SHIP)],
    ['shipPostalCode', (c, o, r, i) => (i % 5 === 3 ? '85255' : c.postcode), [SHIP('postalCode')]],
    ['shipCountry', () => 'US', [SHIP('countryCode')]],
    ['ipAddress', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['productSku', (c, o, r, i) => kn(o, i).p[0], [PL('SKU')]],
    ['productName', (c, o, r, i) => kn(o, i).p[1], [PL('name')]],
    ['price', (c, o, r, i) => n2(kn(o, i).p[2]), [PL('priceTotal')], opt],
    ['shipping', (c, o, r, i) => n2(kn(o, i).ship), ['commerce.shipping.shippingAmount']],
    ['salesTax', (c, o, r, i) => n2(kn(o, i).tax), [OR('taxAmount')]],
    ['couponCode', (c, o, r, i) => (kn(o, i).disc ? 'GLOW10' : ''), ['commerce.promotionID'], opt],
    ['totalAmount', (c, o, r, i) => n2(kn(o, i).total), TOTAL],
    ['currencyCode', () => 'USD', CUR],
    ['paySource', (c, o, r, i) => (i % 6 === 5 ? 'PAYPAL' : 'CREDITCARD'), PAYTYPE, opt],
    ['cardType', (c, o, r, i) => (i % 6 === 5 ? '' : row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'DISCOVER'], i)), PAYTYPE, opt],
    ['merchantTxnId', (c, o, r, i) => (row(KN_STATUS, i) === 'DECLINED' ? '' : `${v.int(r, 40000000000, 69999999999)}`), TXN],
    ['affId', (c, o, r, i) => row(['FB001', 'FB001', 'NTV14', '', 'GGL02'], i), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Checkout Champ, US)
  { name: 'checkout-champ-customer-search-export', product: 'Checkout Champ (CRM > Customers > Customer Search > Export CSV, UI column labels; a Tampa, Florida supplements brand selling through sales funnels and upsell pages, Eastern time)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(1200000 + +c.id % 800000), ID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email Address', (c) => c.email, PMAIL],
    ['Phone Number', (c, o, r) => usPhone(r), PPHONE],
    ['Address 1', (c) => c.street, [...PB('street1'), ...PH('street1')]],
    ['Address 2', (c) => c.street2, [...PB('street2'), ...PH('street2')]],
    ['City', (c) => c.city, [...PB('city'), ...PH('city')]],
    ['State', (c) => c.region, [...ST(PB), ...ST(PH)]],
    ['Zip', (c) => c.postcode, [...PB('postalCode'), ...PH('postalCode')]],
    ['Country', () => 'US', [...PB('countryCode'), ...PH('countryCode')]],
    ['Ship First Name', (c) => c.first, FN, opt],
    ['Ship Last Name', (c) => c.last, LN, opt],
    ['Ship Address 1', (c, o, r, i) => (i % 4 === 1 ? '4202 W Boy Scout Blvd' : c.street), PS('street1')],
    ['Ship Address 2', (c, o, r, i) => (i % 4 === 1 ? 'Suite 300' : c.street2), PS('street2')],
    ['Ship City', (c, o, r, i) => (i % 4 === 1 ? 'Tampa' : c.city), PS('city')],
    ['Ship State', (c, o, r, i) => (i % 4 === 1 ? 'FL' : c.region), ST(PS)],
    ['Ship Zip', (c, o, r, i) => (i % 4 === 1 ? '33607' : c.postcode), PS('postalCode')],
    ['Ship Country', () => 'US', PS('countryCode')],
    ['Date Created', (c) => ccT(c.created), [], opt],
    ['Last Modified', (c) => ccT(Math.max(c.created, c.updated)), [], opt],
    ['Campaign', (c, o, r, i) => row(['Keto Burn - 3 Bottle Offer', 'Collagen Boost - Subscribe', 'Keto Burn - 3 Bottle Offer', 'Sleep Gummies - Trial'], i), [], opt],
    ['Customer Type', (c, o, r, i) => row(['Customer', 'Customer', 'Lead', 'Customer', 'Partial'], i), [], opt],
    ['IP Address', (c, o, r) => v.ip4(r), []],
    ['Total Orders', (c, o, r, i) => (row(['Customer', 'Customer', 'Lead', 'Customer', 'Partial'], i) === 'Customer' ? String(v.int(r, 1, 14)) : '0'), []],
    ['Lifetime Value', (c, o, r, i) => (row(['Customer', 'Customer', 'Lead', 'Customer', 'Partial'], i) === 'Customer' ? money(v.int(r, 39, 1900) + 0.85) : '0.00'), ['loyalty.lifetimePurchases'], opt],
    ['Email Opt In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Opt In', (c, o, r, i) => (i % 3 === 0 ? 'Yes' : 'No'), [], opt],
    ['Blacklisted', (c, o, r, i) => (i % 11 === 7 ? 'Yes' : 'No'), []],
    ['Notes', (c, o, r, i) => row(['', '', 'Called re: shipping delay', '', 'Requested no more calls'], i), []],
  ] },

  // ---------------------------------------------------------------- subscriptions (PayKickstart, US)
  { name: 'paykickstart-subscriptions-export', product: 'PayKickstart (Subscriptions > Export to CSV, one row per subscription; an Austin, Texas podcasting educator selling course memberships and payment plans through Stripe and PayPal, Central time)', family: 'subscriptions', language: 'en', schema: P, cols: [
    ['Subscription ID', (c, o, r) => `${v.int(r, 1100000, 1999999)}`, [], opt],
    ['Status', (c, o, r, i) => row(PK_STATUS, i), [], opt],
    ['Customer ID', (c) => String(5400000 + +c.id % 500000), ID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, PMAIL],
    ['Phone', (c, o, r, i) => (i % 3 === 1 ? '' : usPhone(r)), PPHONE],
    ['Campaign', () => 'Podcast Academy', []],
    ['Product', (c, o, r, i) => pk(i)[0], []],
    ['Pricing Plan', (c, o, r, i) => pk(i)[1], []],
    ['Amount', (c, o, r, i) => n2(pk(i)[2]), []],
    ['Currency', () => 'USD', []],
    ['Trial Days', (c, o, r, i) => (row(PK_STATUS, i) === 'Trialing' ? '14' : '0'), []],
    ['Rebills Completed', (c, o, r, i) => String(v.int(r, 0, 11)), []],
    ['Rebills Remaining', (c, o, r, i) => (pk(i)[1] === '3 Payments' ? String(v.int(r, 0, 2)) : 'Unlimited'), []],
    ['Start Date', (c) => pkD(c.created), [], opt],
    ['Next Billing Date', (c, o, r, i) => (['Cancelled', 'Completed'].includes(row(PK_STATUS, i)) ? '' : pkD(Date.UTC(2025, 0, 3) + (i * 5 % 28) * day)), [], opt],
    ['Cancelled At', (c, o, r, i) => (row(PK_STATUS, i) === 'Cancelled' ? pkT(c.created + 95 * day) : ''), [], opt],
    ['Payment Gateway', (c, o, r, i) => (i % 5 === 3 ? 'PayPal' : 'Stripe'), [], opt],
    ['Gateway Subscription ID', (c, o, r, i) => (i % 5 === 3 ? `I-${v.alnum(r, 12).toUpperCase()}` : `sub_${v.alnum(r, 24)}`), []],
    ['Affiliate', (c, o, r, i) => row(['', '', 'Jenna Morales', '', 'PodGrowth Collective'], i), [], opt],
    ['Coupon', (c, o) => (o.discount ? 'LAUNCH20' : ''), [], opt],
    ['Billing Address', (c) => [c.street, c.street2].filter(Boolean).join(', '), PB('street1')],
    ['Billing City', (c) => c.city, PB('city')],
    ['Billing State', (c) => c.region, ST(PB)],
    ['Billing Zip', (c) => c.postcode, PB('postalCode')],
    ['Billing Country', () => 'United States', PB('country')],
  ] },

  // ---------------------------------------------------------------- payments (CyberSource, US)
  { name: 'cybersource-exported-search-results', product: 'CyberSource (Business Center: Transaction Management > Transaction Search > Export, CSV "Exported Search Results" with the billing and decision columns added; a Sacramento outdoor-gear retailer\'s web store, Pacific time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => 'sierratrailgear', []],
    ['Date and Time', (c, o) => cyT(o.at), ['timestamp']],
    ['Request ID', (c, o, r) => `${v.int(r, 7000000000, 7299999999)}${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, [...TXN, '_id']],
    ['Merchant Reference Number', (c, o) => `STG${200000 + +o.id}`, [OR('purchaseID')]],
    ['Last Name', (c) => c.last.toUpperCase(), []],
    ['First Name', (c) => c.first.toUpperCase(), []],
    ['Email Address', (c) => c.email, EMAIL_ID, opt],
    ['Amount', (c, o) => n2(o.total * 1.1), TOTAL],
    ['Currency', () => 'USD', CUR],
    ['Account Suffix', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Applications', (c, o, r, i) => row(['Credit Card Authorization (Accept),Credit Card Settlement (Accept)', 'Credit Card Authorization (Accept),Decision Manager (Accept)', 'Credit Card Authorization (Reject)', 'Credit Card Credit (Accept)', 'Credit Card Authorization (Accept),Credit Card Settlement (Accept)', 'Decision Manager (Review)'], i), [], opt],
    ['Card Type', (c, o, r, i) => row(['Visa', 'Mastercard', 'Visa', 'American Express', 'Discover'], i), PAYTYPE, opt],
    ['Bill To City', (c) => c.city, [BILL('city')]],
    ['Bill To State', (c) => c.region, BST(BILL)],
    ['Bill To Postal Code', (c) => c.postcode, [BILL('postalCode')]],
    ['Bill To Country', () => 'US', [BILL('countryCode')]],
    ['Customer IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Reason Code', (c, o, r, i) => row(['100', '100', '203', '100', '100', '480'], i), []],
    ['Decision', (c, o, r, i) => row(['ACCEPT', 'ACCEPT', 'REJECT', 'ACCEPT', 'ACCEPT', 'REVIEW'], i), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Foxy.io, US)
  { name: 'foxy-transactions-export-csv', product: 'Foxy.io, formerly FoxyCart (admin: Transactions > Export, CSV with the transaction datafeed\'s field names, one row per transaction item; a Vermont maple-syrup sugarhouse\'s hosted cart on a Webflow site, Eastern time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['transaction_id', (c, o) => String(3480000000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['transaction_date', (c, o) => fxT(o.at), WHEN],
    ['customer_id', (c) => String(74000000 + +c.id), [], opt],
    ['customer_first_name', (c) => c.first, []],
    ['customer_last_name', (c) => c.last, []],
    ['customer_company', (c, o, r, i) => (i % 7 === 5 ? 'Green Mountain Inn' : ''), []],
    ['customer_email', (c) => c.email, EMAIL_ID, opt],
    ['customer_address1', (c) => c.street, [BILL('street1')]],
    ['customer_address2', (c) => c.street2, [BILL('street2')]],
    ['customer_city', (c) => c.city, [BILL('city')]],
    ['customer_state', (c) => c.region, BST(BILL)],
    ['customer_postal_code', (c) => c.postcode, [BILL('postalCode')]],
    ['customer_country', () => 'US', [BILL('countryCode')]],
    ['customer_phone', (c, o, r, i) => (i % 3 === 2 ? '' : usPhone(r)), PHONE_ID, opt],
    ['customer_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['shipping_first_name', (c) => c.first, []],
    ['shipping_last_name', (c) => c.last, []],
    ['shipping_address1', (c, o, r, i) => (i % 4 === 3 ? '41 Elm St' : c.street), [SHIP('street1')]],
    ['shipping_city', (c, o, r, i) => (i % 4 === 3 ? 'Montpelier' : c.city), [SHIP('city')]],
    ['shipping_state', (c, o, r, i) => (i % 4 === 3 ? 'VT' : c.region), BST(SHIP)],
    ['shipping_postal_code', (c, o, r, i) => (i % 4 === 3 ? '05602' : c.postcode), [SHIP('postalCode')]],
    ['shipping_country', () => 'US', [SHIP('countryCode')]],
    ['shipto_shipping_service_description', (c, o, r, i) => (fx(o, i).ship ? row(['USPS Priority Mail', 'UPS Ground'], i) : 'Free Shipping'), ['commerce.shipping.shippingMethod']],
    ['product_name', (c, o, r, i) => fx(o, i).p[1], [PL('name')]],
    ['product_code', (c, o, r, i) => fx(o, i).p[0], [PL('SKU')]],
    ['product_price', (c, o, r, i) => n2(fx(o, i).p[2]), [], opt],
    ['product_quantity', (c, o, r, i) => String(fx(o, i).q), [PL('quantity')]],
    ['discount_code', (c, o) => (o.discount ? 'SUGARSEASON' : ''), ['commerce.promotionID'], opt],
    ['discount_total', (c, o, r, i) => n2(-fx(o, i).disc), [OR('discountAmount')]],
    ['shipping_total', (c, o, r, i) => n2(fx(o, i).ship), ['commerce.shipping.shippingAmount']],
    ['tax_total', (c, o, r, i) => n2(fx(o, i).tax), [OR('taxAmount')]],
    ['order_total', (c, o, r, i) => n2(fx(o, i).total), TOTAL],
    ['currency_code', () => 'USD', CUR],
    ['payment_gateway_type', (c, o, r, i) => (i % 5 === 2 ? 'paypal_ec' : 'stripe_connect'), PAYTYPE, opt],
    ['processor_response', (c, o, r, i) => (i % 5 === 2 ? `PayPal Transaction ID: ${v.alnum(r, 17).toUpperCase()}` : `Stripe Transaction ID: ch_${v.alnum(r, 24)}`), TXN, opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Shoprocket, UK)
  { name: 'shoprocket-orders-export-uk', product: 'Shoprocket (dashboard: Orders > Export, CSV, one row per order line; a Brighton ceramics studio\'s embedded shop on its own website, prices inc VAT, UK time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `SR-${(+o.id * 48271 % 2147483647).toString(36).toUpperCase().slice(0, 7)}`, [OR('purchaseID'), '_id'], opt],
    ['Order Number', (c, o) => String(1000 + +o.id % 4000), [OR('purchaseID')]],
    ['Order Date', (c, o) => ukDT(o.at), WHEN],
    ['Order Status', (c, o, r, i) => row(['Completed', 'Completed', 'Processing', 'Completed', 'Refunded', 'Cancelled'], i), [], opt],
    ['Payment Status', (c, o, r, i) => row(['Paid', 'Paid', 'Paid', 'Paid', 'Refunded', 'Unpaid'], i), [], opt],
    ['Fulfilment Status', (c, o, r, i) => row(['Fulfilled', 'Fulfilled', 'Unfulfilled', 'Fulfilled', 'Fulfilled', 'Unfulfilled'], i), [], opt],
    ['Customer Name', (c, o, r, i) => nm(UK_FIRST, UK_LAST, i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(...nm(UK_FIRST, UK_LAST, i), r, UK_DOM), EMAIL_ID, opt],
    ['Customer Phone', (c, o, r) => ukMob(r), PHONE_ID, opt],
    ['Billing Address Line 1', (c, o, r, i) => row(UK_ADDR, i)[0], [BILL('street1')]],
    ['Billing Address Line 2', (c, o, r, i) => row(UK_ADDR, i)[1], [BILL('street2')]],
    ['Billing City', (c, o, r, i) => row(UK_ADDR, i)[2], [BILL('city')]],
    ['Billing County', (c, o, r, i) => row(UK_ADDR, i)[3], BST(BILL)],
    ['Billing Postcode', (c, o, r, i) => row(UK_ADDR, i)[4], [BILL('postalCode')]],
    ['Billing Country', () => 'United Kingdom', [BILL('country')]],
    ['Shipping Address Line 1', (c, o, r, i) => row(UK_ADDR, i + (i % 5 === 2 ? 3 : 0))[0], [SHIP('street1')]],
    ['Shipping Address Line 2', (c, o, r, i) => row(UK_ADDR, i + (i % 5 === 2 ? 3 : 0))[1], [SHIP('street2')]],
    ['Shipping City', (c, o, r, i) => row(UK_ADDR, i + (i % 5 === 2 ? 3 : 0))[2], [SHIP('city')]],
    ['Shipping County', (c, o, r, i) => row(UK_ADDR, i + (i % 5 === 2 ? 3 : 0))[3], BST(SHIP)],
    ['Shipping Postcode', (c, o, r, i) => row(UK_ADDR, i + (i % 5 === 2 ? 3 : 0))[4], [SHIP('postalCode')]],
    ['Shipping Country', () => 'United Kingdom', [SHIP('country')]],
    ['Product Name', (c, o, r, i) => sr(o, i).p[0], [PL('name')]],
    ['Variant', (c, o, r, i) => sr(o, i).p[1], [], opt],
    ['SKU', (c, o, r, i) => sr(o, i).p[2], [PL('SKU')]],
    ['Quantity', (c, o, r, i) => String(sr(o, i).q), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => `£${n2(sr(o, i).p[3])}`, [], opt],
    ['Subtotal', (c, o, r, i) => `£${n2(sr(o, i).sub)}`, [], opt],
    ['Shipping', (c, o, r, i) => `£${n2(sr(o, i).ship)}`, ['commerce.shipping.shippingAmount']],
    ['Discount', (c, o, r, i) => `£${n2(sr(o, i).disc)}`, [OR('discountAmount')]],
    ['Discount Code', (c, o) => (o.discount ? 'STUDIO5' : ''), ['commerce.promotionID'], opt],
    ['VAT', (c, o, r, i) => `£${n2(sr(o, i).vat)}`, [OR('taxAmount')]],
    ['Total', (c, o, r, i) => `£${n2(sr(o, i).total)}`, TOTAL],
    ['Currency', () => 'GBP', CUR],
    ['Payment Method', (c, o, r, i) => row(['Stripe', 'Stripe', 'PayPal', 'Apple Pay', 'Stripe'], i), PAYTYPE, opt],
    ['Shipping Method', (c, o, r, i) => (sr(o, i).ship ? 'Royal Mail Tracked 48' : row(['Free UK Delivery', 'Email Delivery'], i)), ['commerce.shipping.shippingMethod']],
  ] },

  // ---------------------------------------------------------------- payments (Judopay, UK)
  { name: 'judopay-portal-transactions-export', product: 'Judopay (Judopay Portal: Transactions > Export, CSV; a Manchester takeaway-ordering app\'s card and Apple Pay payments, refunds and pre-auths, UK time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Receipt ID', (c, o) => String(1080000000 + +o.id * 37), [...TXN, '_id']],
    ['Original Receipt ID', (c, o, r, i) => (row(JD_TYPE, i) === 'Refund' ? String(1080000000 + +o.id * 37 - 5230) : ''), [], opt],
    ['Type', (c, o, r, i) => row(JD_TYPE, i), [], opt],
    ['Result', (c, o, r, i) => (i % 9 === 7 ? 'Declined' : 'Success'), [], opt],
    ['Message', (c, o, r, i) => (i % 9 === 7 ? 'Card declined: Do not honour' : 'AuthCode: ' + v.int(r, 100000, 999999)), []],
    ['Date', (c, o) => ukDTS(o.at), ['timestamp']],
    ['Your Payment Reference', (c, o) => `ORD-${5000000 + +o.id}`, [OR('purchaseID')]],
    ['Your Consumer Reference', (c) => `cust_${200000 + +c.id % 700000}`, [], opt],
    ['Amount', (c, o, r, i) => n2(jdAmt(o)), [...TOTAL, ...REFUND]],
    ['Net Amount', (c, o, r, i) => n2(row(JD_TYPE, i) === 'Refund' ? 0 : jdAmt(o)), [], opt],
    ['Currency', () => 'GBP', CUR],
    ['Card Type', (c, o, r, i) => row(['Visa Debit', 'Mastercard', 'Visa Debit', 'Mastercard Debit', 'Visa', 'American Express'], i), PAYTYPE, opt],
    ['Card Last Four', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Card Expiry', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 25, 30)}`, []],
    ['Card Holder Name', (c, o, r, i) => nm(UK_FIRST, UK_LAST, i).join(' ').toUpperCase(), []],
    ['Wallet', (c, o, r, i) => row(['', 'Apple Pay', '', 'Google Pay', ''], i), PAYTYPE, opt],
    ['Judo ID', () => '100915867', []],
    ['Merchant Name', () => 'Northern Bites Ltd', []],
    ['Appears On Statement As', () => 'APL*NORTHERNBITES', []],
    ['3D Secure Result', (c, o, r, i) => row(['Authenticated', 'Frictionless', 'Authenticated', 'Not Enrolled', 'Frictionless'], i), []],
    ['Risk Score', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Email Address', (c, o, r, i) => mail(...nm(UK_FIRST, UK_LAST, i), r, UK_DOM), EMAIL_ID, opt],
    ['Mobile Number', (c, o, r) => ukMob44(r), PHONE_ID, opt],
    ['Billing Postcode', (c, o, r, i) => row(UK_ADDR, i)[4], [BILL('postalCode')]],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- payments (Nuvei, Canada)
  { name: 'nuvei-control-panel-transactions-report', product: 'Nuvei, formerly SafeCharge (Control Panel: Reports > Transactions > Export to CSV, English UI; a Toronto online sporting-goods retailer\'s card, Interac and PayPal payments in Canadian dollars, times in GMT)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(7110000000000000000n + BigInt(+o.id) * 7919n), [...TXN, '_id']],
    ['Date', (c, o) => nvT(o.at), ['timestamp']],
    ['Transaction Type', (c, o, r, i) => row(NV_TYPE, i), [], opt],
    ['Transaction Result', (c, o, r, i) => (i % 8 === 6 ? 'Declined' : 'Approved'), [], opt],
    ['Reason', (c, o, r, i) => (i % 8 === 6 ? 'Insufficient Funds' : ''), []],
    ['Amount', (c, o) => n2(nvAmt(o)), TOTAL],
    ['Currency', () => 'CAD', CUR],
    ['Payment Method', (c, o, r, i) => row(['Credit Card', 'Credit Card', 'Interac Online', 'Credit Card', 'PayPal', 'Apple Pay'], i), PAYTYPE, opt],
    ['Card Type', (c, o, r, i) => (['Interac Online', 'PayPal'].includes(row(['Credit Card', 'Credit Card', 'Interac Online', 'Credit Card', 'PayPal', 'Apple Pay'], i)) ? '' : row(['Visa', 'MasterCard', 'Visa', 'Amex'], i)), PAYTYPE, opt],
    ['BIN', (c, o, r) => String(v.int(r, 400000, 559999)), []],
    ['Last 4 Digits', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Auth Code', (c, o, r, i) => (i % 8 === 6 ? '' : pad(v.int(r, 0, 999999), 6)), []],
    ['Client Unique ID', (c, o) => `TSG-${880000 + +o.id}`, [OR('purchaseID')]],
    ['User Token ID', (c) => `tsg_${c.id}`, [], opt],
    ['Related Transaction ID', (c, o, r, i) => (['Credit', 'Settle', 'Void'].includes(row(NV_TYPE, i)) ? String(7110000000000000000n + BigInt(+o.id) * 7919n - 311n) : ''), [], opt],
    ['First Name', (c, o, r, i) => nm(CA_FIRST, CA_LAST, i)[0], []],
    ['Last Name', (c, o, r, i) => nm(CA_FIRST, CA_LAST, i)[1], []],
    ['Email', (c, o, r, i) => mail(...nm(CA_FIRST, CA_LAST, i), r, CA_DOM), EMAIL_ID, opt],
    ['Phone', (c, o, r) => caPhone(r), PHONE_ID, opt],
    ['Address', (c, o, r, i) => row(CA_ADDR, i)[0], [BILL('street1')]],
    ['City', (c, o, r, i) => row(CA_ADDR, i)[1], [BILL('city')]],
    ['State', (c, o, r, i) => row(CA_ADDR, i)[2], BST(BILL)],
    ['Zip', (c, o, r, i) => row(CA_ADDR, i)[3], [BILL('postalCode')]],
    ['Country', () => 'Canada', [BILL('country')]],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Site Name', () => 'TrueNorthSport.ca', []],
    ['3D Secure', (c, o, r, i) => row(['Yes', 'Yes', 'No', 'Yes', 'No', 'Yes'], i), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Printify, US)
  { name: 'printify-orders-export-csv', product: 'Printify (My Orders > Export, CSV, one row per line item; a Portland, Oregon outdoors-apparel store on Etsy and Shopify whose orders Printify prints and ships; costs are what the merchant pays Printify; UTC times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => v.hex(r, 24), ['_id', OR('purchaseID')], opt],
    ['External ID', (c, o, r, i) => (i % 3 === 1 ? String(v.int(r, 3100000000, 3399999999)) : `#${1000 + +o.id % 8000}`), [OR('purchaseID')]],
    ['Store', (c, o, r, i) => (i % 3 === 1 ? 'Etsy - CascadeTrailCo' : 'Shopify - Cascade Trail Co'), []],
    ['Created At', (c, o) => isoS(o.at), WHEN],
    ['Status', (c, o, r, i) => row(['Fulfilled', 'In production', 'Shipped', 'Fulfilled', 'On hold', 'Canceled'], i), [], opt],
    ['Customer Name', (c) => c.full, []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Phone', (c, o, r, i) => (i % 3 === 1 ? '' : usDigits(r)), PHONE_ID, opt],
    ['Address 1', (c) => c.street, [SHIP('street1')]],
    ['Address 2', (c) => c.street2, [SHIP('street2')]],
    ['City', (c) => c.city, [SHIP('city')]],
    ['Region', (c) => c.region, BST(SHIP)],
    ['Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Product', (c, o, r, i) => pf(o, i).p[0], [PL('name')]],
    ['Variant', (c, o, r, i) => pf(o, i).p[1], [], opt],
    ['SKU', (c, o, r, i) => pf(o, i).p[2], [PL('SKU')]],
    ['Quantity', (c, o, r, i) => String(pf(o, i).q), [PL('quantity')]],
    ['Print Provider', (c, o, r, i) => pf(o, i).p[3], []],
    ['Production Cost', (c, o, r, i) => n2(pf(o, i).prod), [], opt],
    ['Shipping Cost', (c, o, r, i) => n2(pf(o, i).ship), ['commerce.shipping.shippingAmount'], opt],
    ['Tax', (c, o, r, i) => n2(pf(o, i).tax), [OR('taxAmount')], opt],
    ['Total Cost', (c, o, r, i) => n2(pf(o, i).total), [OR('priceTotal')], opt],
    ['Shipping Method', (c, o, r, i) => (i % 6 === 4 ? 'Express' : 'Standard'), ['commerce.shipping.shippingMethod']],
    ['Carrier', (c, o, r, i) => row(['USPS', 'USPS', 'UPS', 'USPS', '', ''], i), [], opt],
    ['Tracking Number', (c, o, r, i) => (['Fulfilled', 'Shipped'].includes(row(['Fulfilled', 'In production', 'Shipped', 'Fulfilled', 'On hold', 'Canceled'], i)) ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o, r, i) => (['Fulfilled', 'Shipped'].includes(row(['Fulfilled', 'In production', 'Shipped', 'Fulfilled', 'On hold', 'Canceled'], i)) ? 'https://tools.usps.com/go/TrackConfirmAction' : ''), ['commerce.shipping.trackingURL']],
  ] },

  // ---------------------------------------------------------------- payments, buy now pay later (humm, Australia)
  { name: 'humm-seller-portal-transactions-au', product: 'humm, formerly Oxipay (Seller Portal: Transactions > Export, CSV; a Brisbane furniture retailer\'s in-store and online humm purchases, refunds and cancellations, Brisbane time, prices inc GST)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Date', (c, o) => bneD(o.at), ['timestamp'], opt],
    ['Transaction Time', (c, o) => bneT(o.at), [], opt],
    ['Store Name', (c, o, r, i) => (i % 3 === 2 ? 'Coastal Living Furniture - Online' : 'Coastal Living Furniture - Fortitude Valley'), []],
    ['Store ID', (c, o, r, i) => (i % 3 === 2 ? '30299185' : '30299112'), []],
    ['Channel', (c, o, r, i) => (i % 3 === 2 ? 'Online' : 'In-store'), [], opt],
    ['Transaction Type', (c, o, r, i) => hm(o, i).t, [], opt],
    ['Status', (c, o, r, i) => row(['Approved', 'Completed', 'Approved', 'Refunded', 'Approved', 'Cancelled'], i), [], opt],
    ['Purchase ID', (c, o) => `P${40000000 + +o.id * 13}`, [...TXN, '_id']],
    ['Merchant Reference', (c, o) => `INV-${60000 + +o.id % 30000}`, [OR('purchaseID')]],
    ['Customer Name', (c, o, r, i) => nm(AU_FIRST, AU_LAST, i).join(' '), []],
    ['Customer Mobile', (c, o, r) => auMob(r), PHONE_ID, opt],
    ['Customer Email', (c, o, r, i) => mail(...nm(AU_FIRST, AU_LAST, i), r, AU_DOM), EMAIL_ID, opt],
    ['Product', (c, o, r, i) => (hm(o, i).big ? 'Big Things' : 'Little Things'), [], opt],
    ['Plan', (c, o, r, i) => (hm(o, i).big ? '12 monthly payments' : '5 fortnightly payments'), []],
    ['Purchase Amount', (c, o, r, i) => n2(hm(o, i).f[1]), TOTAL],
    ['Deposit', (c, o, r, i) => n2(hm(o, i).dep), [], opt],
    ['Refund Amount', (c, o, r, i) => (hm(o, i).t === 'Refund' ? n2(hm(o, i).f[1]) : '0.00'), REFUND],
    ['Merchant Fee (inc GST)', (c, o, r, i) => n2(hm(o, i).fee), []],
    ['Settlement Amount', (c, o, r, i) => (hm(o, i).t === 'Purchase' ? n2(hm(o, i).settle) : '0.00'), [], opt],
    ['Settlement Date', (c, o, r, i) => (hm(o, i).t === 'Purchase' ? bneD(o.at + 2 * day) : ''), [], opt],
    ['Operator', (c, o, r, i) => (i % 3 === 2 ? '' : row(['Sam K', 'Priya D', 'Tom W'], i)), []],
  ] },

  // ---------------------------------------------------------------- payments (PayJunction, US)
  { name: 'payjunction-transactions-export', product: 'PayJunction (Transactions > Search > Export CSV; a Boulder, Colorado dental practice taking card-present and card-not-present payments and refunds on Smart Terminals, Mountain time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(38000000 + +o.id * 11), [...TXN, '_id']],
    ['Created', (c, o) => pjT(o.at), ['timestamp']],
    ['Action', (c, o, r, i) => pj(o, i).act, [], opt],
    ['Status', (c, o, r, i) => row(['CAPTURE', 'CAPTURE', 'CAPTURE', 'HOLD', 'CAPTURE', 'VOID', 'DECLINED'], i), [], opt],
    ['Approval Code', (c, o, r, i) => (i % 7 === 6 ? '' : `${v.int(r, 10000, 99999)}${v.pick(r, ['A', 'B', 'C', 'Z'])}`), []],
    ['Response Message', (c, o, r, i) => (i % 7 === 6 ? 'Declined' : 'Approved'), []],
    ['Amount Base', (c, o, r, i) => n2(pj(o, i).base), [], opt],
    ['Amount Tax', (c, o, r, i) => n2(pj(o, i).tax), [OR('taxAmount')]],
    ['Amount Shipping', () => '0.00', ['commerce.shipping.shippingAmount'], opt],
    ['Amount Tip', () => '0.00', []],
    ['Amount Total', (c, o, r, i) => n2(pj(o, i).total), TOTAL],
    ['Invoice Number', (c, o) => `PT-${o.id}`, [OR('purchaseID')]],
    ['Purchase Order Number', (c, o, r, i) => (i % 5 === 2 ? `PO${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Billing First Name', (c) => c.first, []],
    ['Billing Last Name', (c) => c.last, []],
    ['Billing Company', (c, o, r, i) => (i % 8 === 3 ? 'Flatirons Climbing Club' : ''), []],
    ['Billing Address', (c) => c.street, [BILL('street1')]],
    ['Billing City', (c) => c.city, [BILL('city')]],
    ['Billing State', (c) => c.region, BST(BILL)],
    ['Billing Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Billing Country', () => 'USA', [BILL('country')]],
    ['Billing Email', (c, o, r, i) => (i % 3 === 1 ? '' : c.email), EMAIL_ID, opt],
    ['Billing Phone', (c, o, r) => usPhone(r), PHONE_ID, opt],
    ['Card Type', (c, o, r, i) => row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'DISCOVER', 'VISA', 'MASTERCARD'], i), PAYTYPE, opt],
    ['Last Four', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Entry Mode', (c, o, r, i) => row(['CHIP', 'CONTACTLESS', 'KEYED', 'CHIP', 'CONTACTLESS', 'VAULT'], i), []],
    ['Terminal', (c, o, r, i) => row(['Front Desk Smart Terminal', 'Checkout Smart Terminal', 'Virtual Terminal', 'Front Desk Smart Terminal'], i), [], opt],
    ['Settlement Batch', (c, o) => String(11200 + (+o.id % 300)), []],
    ['Note', (c, o, r, i) => row(['', 'Crown - 2nd visit', '', 'Payment plan installment', '', 'Hygiene visit'], i), []],
  ] },

  // ---------------------------------------------------------------- invoicing, clients (Hiveage, US)
  { name: 'hiveage-connections-export', product: 'Hiveage (invoicing and recurring billing: Connections > Export, CSV, one row per client with its primary contact; a Burlington, Vermont web-design studio billing retainers and hosting to US businesses)', family: 'invoicing', language: 'en', schema: B, cols: [
    ['Name', (c, o, r, i) => row(CLIENTS, i)[0], CO],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => `${slug(c.first)}@${row(CLIENTS, i)[1]}`, MAIL],
    ['Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Mobile', (c, o, r, i) => (i % 3 === 0 ? usPhone(r) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r, i) => (i % 6 === 1 ? usPhone(r) : ''), ['faxPhone.number']],
    ['Website', (c, o, r, i) => `https://www.${row(CLIENTS, i)[1]}`, ['b2b.companyWebsite']],
    ['Street Address 1', (c, o, r, i) => row(CLIENTS, i)[2], WADR('street1')],
    ['Street Address 2', (c, o, r, i) => row(CLIENTS, i)[3], WADR('street2')],
    ['City', (c, o, r, i) => row(CLIENTS, i)[4], WADR('city')],
    ['State', (c, o, r, i) => row(CLIENTS, i)[5], [...WADR('stateProvince'), ...WADR('state')]],
    ['Zip', (c, o, r, i) => row(CLIENTS, i)[6], WADR('postalCode')],
    ['Country', () => 'United States', WADR('country')],
    ['Business Number', (c, o, r, i) => (i % 4 === 2 ? `${v.int(r, 10, 99)}-${v.int(r, 1000000, 9999999)}` : ''), [], opt],
    ['Currency', () => 'USD', []],
    ['Language', () => 'English', [], opt],
    ['Payment Terms', (c, o, r, i) => row(['Net 30', 'Net 15', 'Due on receipt', 'Net 30'], i), []],
    ['Notes', (c, o, r, i) => row(['', 'Monthly retainer, invoice on the 1st', '', 'Hosting renews in March', 'Send invoices to accounts payable'], i), []],
    ['Total Billed', (c, o, r) => money(v.int(r, 800, 48000) + 0.0), [], opt],
    ['Outstanding', (c, o, r, i) => (i % 3 === 1 ? money(v.int(r, 250, 4800)) : '0.00'), []],
    ['Created', (c) => hvD(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
