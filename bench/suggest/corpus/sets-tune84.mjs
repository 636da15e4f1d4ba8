// Round 84, tune84: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Restaurant, hospitality, ordering and guest-CRM exports of the US, UK, Ireland,
// Canada and Australia: guest lists, customer lists and order exports, all English.
import { E, P, v, PL, OR, opt, HOME, at } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const day = 86400000
// US "05/22/2024", "5/22/2024 2:31 PM"; UK/IE/AU "22/05/2024", "22/05/2024 14:31"; ISO forms
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyT = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const hm12 = (ms, h = -5) => { const p = shift(ms, h); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const money = (n) => n.toFixed(2)
const usd$ = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const eur = (n) => `€${n.toFixed(2)}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usE164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auE164 = (r) => `+614${v.int(r, 10000000, 99999999)}`
const ukMob = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const ieE164 = (r) => `+3538${v.pick(r, [3, 5, 6, 7])}${v.int(r, 1000000, 9999999)}`
const mail = (c) => c.email
const usPhoneDashless = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const nm = (c) => `${c.first} ${c.last}`
const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[v.int(r, 0, 15)]).join('')
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`

const US_ADDR = [['2150 N Halsted St', 'Chicago', 'IL', '60614'], ['480 Valencia St', 'San Francisco', 'CA', '94103'], ['1201 S Lamar Blvd', 'Austin', 'TX', '78704'], ['77 Bedford Ave', 'Brooklyn', 'NY', '11211'], ['3400 Fremont Ave N', 'Seattle', 'WA', '98103'], ['915 Division St', 'Nashville', 'TN', '37203']]
const CA_ADDR = [['1280 Queen St W', 'Toronto', 'ON', 'M6K 1L4'], ['2450 Main St', 'Vancouver', 'BC', 'V5T 3E2'], ['4120 Rue Saint-Denis', 'Montréal', 'QC', 'H2W 2M5'], ['10140 104 St NW', 'Edmonton', 'AB', 'T5J 0Z9'], ['1595 Barrington St', 'Halifax', 'NS', 'B3J 1Z7']]
const AU_ADDR = [['12 Smith St', 'Fitzroy', 'VIC', '3065'], ['88 Crown St', 'Surry Hills', 'NSW', '2010'], ['5 James St', 'Fortitude Valley', 'QLD', '4006'], ['140 Rundle St', 'Kent Town', 'SA', '5067'], ['31 Beaufort St', 'Perth', 'WA', '6000']]
const UK_ADDR = [['14 Kingsland Rd', 'London', 'E2 8DA'], ['3 Deansgate', 'Manchester', 'M3 2BW'], ['27 Park St', 'Bristol', 'BS1 5NH'], ['9 Rose St', 'Edinburgh', 'EH2 2PR'], ['62 Bold St', 'Liverpool', 'L1 4EA']]
const IE_ADDR = [['21 Camden St Lower', 'Dublin 2', 'Co. Dublin', 'D02 XE80'], ['4 Oliver Plunkett St', 'Cork', 'Co. Cork', 'T12 V2F5'], ['15 Shop St', 'Galway', 'Co. Galway', 'H91 X2Y4'], ['8 O\'Connell St', 'Limerick', 'Co. Limerick', 'V94 K7P3']]
const US_VENUES = ['Marlowe - West Loop', 'Bar Tartine', 'Juniper Kitchen', 'Olive & Ash', 'The Copper Pot']
const AU_VENUES = ['Hanoi Hannah Windsor', 'Little Pearl Bar', 'Bluebird Cafe Fitzroy', 'Saltwater Kitchen']
const DISHES = [['Margherita Pizza', 'Pizza', 18.0], ['Chicken Pad Thai', 'Noodles', 16.5], ['Double Smash Burger', 'Burgers', 15.0], ['Caesar Salad', 'Salads', 12.0], ['Fish Tacos (2)', 'Tacos', 13.5], ['Spicy Tuna Roll', 'Sushi', 9.5]]
const AU_DISHES = [['Flat White', 'Coffee', 5.2], ['Smashed Avo on Sourdough', 'Breakfast', 21.0], ['Chicken Schnitzel', 'Mains', 27.0], ['Barramundi & Chips', 'Mains', 32.0], ['Pint of Pale Ale', 'Beer', 12.5]]
const IE_DISHES = [['Spice Box Curry', 'Mains', 14.5], ['Chicken Fillet Roll', 'Rolls', 7.95], ['Large Pepperoni', 'Pizza', 16.0], ['Garlic Cheese Chips', 'Sides', 5.5], ['Can of Coke', 'Drinks', 2.2]]
const SERVERS = ['Jess M.', 'Carlos R.', 'Priya S.', 'Tom B.', 'Aisha K.']

export const SETS = [
  // ---------------------------------------------------------------- Tock guest list (US restaurant group)
  { name: 'tock-guest-list-export', product: 'Tock (Tock Dashboard: Guests > Export CSV, English UI, a US fine-dining restaurant group)', family: 'crm', language: 'en', schema: P, cols: [
    ['Guest ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Nickname', (c, o, r) => (r() < 0.15 ? c.first.slice(0, 3) : ''), [], opt],
    ['Email', mail, ['personalEmail.address']],
    ['Phone', (c, o, r) => usE164(r), ['mobilePhone.number', 'homePhone.number']],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Job Title', (c, o, r) => (r() < 0.2 ? c.job : ''), [], opt],
    ['Birthday', (c, o, r) => (r() < 0.5 ? mdy(c.birth) : ''), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.2 ? mdy(c.created - 2000 * day) : ''), []],
    ['Address', (c, o, r, i) => row(US_ADDR, i)[0], at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c, o, r, i) => row(US_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Tags', (c, o, r) => v.pick(r, ['', 'VIP', 'Regular', 'Industry', 'VIP, Wine Club']), []],
    ['Dietary Restrictions', (c, o, r) => v.pick(r, ['', '', 'Shellfish allergy', 'Vegetarian', 'Gluten free']), []],
    ['Guest Notes', (c, o, r) => v.pick(r, ['', '', 'Prefers booth', 'Celebrating anniversary in May']), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 30)), [], opt],
    ['Total Spend', (c, o, r) => money(v.int(r, 9000, 450000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['First Visit', (c) => mdy(c.created), [], opt],
    ['Last Visit', (c) => mdy(c.updated), [], opt],
    ['Marketing Opt-In', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['Created At', (c) => mdyT(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- Yelp Guest Manager guests
  { name: 'yelp-guest-manager-guests-csv', product: 'Yelp Guest Manager (Guests > Export guest list CSV, English UI, a US casual-dining restaurant using waitlist and reservations)', family: 'crm', language: 'en', schema: P, cols: [
    ['Name', nm, ['person.name.fullName']],
    ['Phone Number', (c, o, r) => usPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Birthday', (c, o, r) => (r() < 0.3 ? monDY(c.birth).replace(/, \d{4}$/, '') : ''), ['person.birthDayAndMonth'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Regular', 'Allergy']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'High chair', 'Patio only']), []],
    ['Visits', (c, o, r) => String(v.int(r, 1, 18)), [], opt],
    ['No Shows', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Cancellations', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['Waitlist Visits', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['Reservation Visits', (c, o, r) => String(v.int(r, 0, 8)), []],
    ['Last Visit Date', (c) => mdy(c.updated), [], opt],
    ['First Visit Date', (c) => mdy(c.created), [], opt],
    ['Average Party Size', (c, o, r) => (v.int(r, 15, 60) / 10).toFixed(1), []],
    ['SMS Marketing Opt In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- TouchBistro customers (Canada)
  { name: 'touchbistro-customers-export', product: 'TouchBistro (TouchBistro Cloud: Customers > Customer List > Export CSV, English UI, a Toronto restaurant with loyalty)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => uuid(r), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', mail, ['personalEmail.address']],
    ['Phone Number', (c, o, r) => usPhoneDashless(r), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Address Line 1', (c, o, r, i) => row(CA_ADDR, i)[0], at(HOME, 'street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.25 ? `Unit ${v.int(r, 100, 2400)}` : ''), at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(CA_ADDR, i)[1], at(HOME, 'city')],
    ['Province', (c, o, r, i) => row(CA_ADDR, i)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal Code', (c, o, r, i) => row(CA_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Company Name', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Loyalty Member', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Loyalty Points Balance', (c, o, r) => String(v.int(r, 0, 3200)), ['loyalty.points']],
    ['Lifetime Points Earned', (c, o, r) => String(v.int(r, 3200, 9000)), ['loyalty.lifetimePoints']],
    ['Gift Card Balance', (c, o, r) => (r() < 0.2 ? money(v.int(r, 500, 10000) / 100) : '0.00'), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['Total Spent', (c, o, r) => money(v.int(r, 2000, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => ymd(c.updated, -5), [], opt],
    ['Email Marketing Consent', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Nut allergy', 'Regular - table 12']), []],
    ['Date Created', (c) => ymdHMS(c.created, -5), [], opt],
  ] },

  // ---------------------------------------------------------------- Upserve checks export (US)
  { name: 'upserve-checks-export', product: 'Upserve (Upserve HQ: Reports > Checks > Export CSV, English UI, a US neighborhood restaurant)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Check ID', (c, o, r) => uuid(r), ['_id', OR('purchaseID')]],
    ['Check Number', (c, o, r) => String(v.int(r, 1, 480)), [OR('purchaseID')], opt],
    ['Date', (c, o) => mdy(o.at), ['timestamp'], opt],
    ['Open Time', (c, o) => hm12(o.at), [], opt],
    ['Close Time', (c, o) => hm12(o.at + 3600000), []],
    ['Server', (c, o, r, i) => row(SERVERS, i), []],
    ['Table', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Guest Count', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Revenue Center', (c, o, r) => v.pick(r, ['Dining Room', 'Bar', 'Patio', 'Takeout']), [], opt],
    ['Item Name', (c, o, r, i) => row(DISHES, i)[0], [PL('name')]],
    ['Category', (c, o, r, i) => row(DISHES, i)[1], [PL('productCategories[0].categoryName')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => money(row(DISHES, i)[2]), [PL('priceTotal')], opt],
    ['Sales', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty), [PL('priceTotal')], opt],
    ['Discounts', (c, o) => money(o.discount), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty * 0.0875), [OR('taxAmount')]],
    ['Tip', (c, o, r) => money(v.int(r, 0, 2500) / 100), []],
    ['Total', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty * 1.0875 - o.discount), [OR('priceTotal')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Amex', 'Cash', 'Gift Card']), [OR('payments[0].paymentType')]],
    ['Card Last 4', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Voided', (c, o, r) => (r() < 0.05 ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Bopple orders (Australia)
  { name: 'bopple-orders-export-au', product: 'Bopple (Bopple Manager: Reports > Orders > Export CSV, English UI, a Melbourne cafe taking order-ahead and table orders)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Code', (c, o, r) => v.alnum(r, 4).toUpperCase(), [OR('purchaseID')]],
    ['Order ID', (c, o, r) => hex(r, 20), ['_id', OR('purchaseID')], opt],
    ['Venue', (c, o, r, i) => row(AU_VENUES, i), [], opt],
    ['Order Date', (c, o) => dmy(o.at, 10), ['timestamp'], opt],
    ['Order Time', (c, o) => dmyT(o.at, 10).slice(11), []],
    ['Pickup Time', (c, o) => dmyT(o.at + 900000, 10).slice(11), []],
    ['Order Type', (c, o, r) => v.pick(r, ['Pickup', 'Table Service', 'Delivery']), [OR('orderType')], opt],
    ['Table Number', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 30)) : ''), []],
    ['Customer Name', nm, []],
    ['Customer Email', mail, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => auMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Items', (c, o, r, i) => `${o.qty} x ${row(AU_DISHES, i)[0]}`, [PL('name')], opt],
    ['Subtotal', (c, o, r, i) => money(row(AU_DISHES, i)[2] * o.qty), []],
    ['Promo Code', (c, o, r) => (r() < 0.15 ? 'WELCOME10' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r) => money(r() < 0.15 ? 2 : 0), [OR('discountAmount')]],
    ['Surcharge', (c, o, r) => money(r() < 0.2 ? 1.5 : 0), []],
    ['Total (inc. GST)', (c, o, r, i) => money(row(AU_DISHES, i)[2] * o.qty), [OR('priceTotal')]],
    ['GST', (c, o, r, i) => money(row(AU_DISHES, i)[2] * o.qty / 11), [OR('taxAmount')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Apple Pay', 'Google Pay']), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Refunded', 'Rejected']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Oat milk please', 'Extra hot']), []],
  ] },

  // ---------------------------------------------------------------- me&u orders (Australia)
  { name: 'meandu-venue-orders-export', product: 'me&u (venue dashboard: Reports > Orders > Download CSV, English UI, an Australian pub with order-at-table)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => uuid(r), ['_id', OR('purchaseID')]],
    ['Order Number', (c, o, r) => String(v.int(r, 100, 999)), [OR('purchaseID')], opt],
    ['Created At', (c, o) => `${ymd(o.at, 10)} ${dmyT(o.at, 10).slice(11)}`, ['timestamp', OR('createdDate')]],
    ['Venue Name', (c, o, r, i) => row(AU_VENUES, i + 1), [], opt],
    ['Table', (c, o, r) => `Table ${v.int(r, 1, 45)}`, []],
    ['Tab ID', (c, o, r) => (r() < 0.3 ? `TAB-${v.int(r, 10000, 99999)}` : ''), []],
    ['Guest Name', (c) => c.first, []],
    ['Guest Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Guest Mobile', (c, o, r) => (r() < 0.5 ? auE164(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Item', (c, o, r, i) => row(AU_DISHES, i)[0], [PL('name')]],
    ['Menu Category', (c, o, r, i) => row(AU_DISHES, i)[1], [PL('productCategories[0].categoryName')]],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Total', (c, o, r, i) => money(row(AU_DISHES, i)[2] * o.qty), [PL('priceTotal')]],
    ['Order Subtotal', (c, o, r, i) => money(row(AU_DISHES, i)[2] * o.qty + 12), []],
    ['Tip', (c, o, r) => money(r() < 0.3 ? v.int(r, 2, 10) : 0), []],
    ['Card Surcharge', (c, o, r, i) => money((row(AU_DISHES, i)[2] * o.qty + 12) * 0.015), []],
    ['Order Total', (c, o, r, i) => money((row(AU_DISHES, i)[2] * o.qty + 12) * 1.015), [OR('priceTotal')]],
    ['GST Included', (c, o, r, i) => money((row(AU_DISHES, i)[2] * o.qty + 12) / 11), [OR('taxAmount')]],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Payment Status', (c, o, r) => v.pick(r, ['PAID', 'PAID', 'REFUNDED', 'PARTIALLY_REFUNDED']), [], opt],
    ['Marketing Opt In', (c) => (c.bool ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- Mr Yum customers (Australia)
  { name: 'mryum-reward-customer-list', product: 'Mr Yum (Reward: Customers > Download customer list CSV, English UI, an Australian restaurant running the Mr Yum loyalty program)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => uuid(r), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['Email', mail, ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? auE164(r) : ''), ['mobilePhone.number']],
    ['Postcode', (c, o, r, i) => (r() < 0.5 ? row(AU_ADDR, i)[3] : ''), at(HOME, 'postalCode'), opt],
    ['Date of Birth', (c, o, r) => (r() < 0.3 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Loyalty Member', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Points Balance', (c, o, r) => String(v.int(r, 0, 60) * 100), ['loyalty.points']],
    ['Points Redeemed', (c, o, r) => String(v.int(r, 0, 20) * 100), ['loyalty.pointsRedeemed']],
    ['Total Orders', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
    ['Total Spend', (c, o, r) => money(v.int(r, 1500, 180000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Average Order Value', (c, o, r) => money(v.int(r, 1500, 9000) / 100), []],
    ['First Order Date', (c) => dmy(c.created, 10), [], opt],
    ['Last Order Date', (c) => dmy(c.updated, 10), [], opt],
    ['Favourite Venue', (c, o, r, i) => row(AU_VENUES, i), []],
    ['Email Opt In', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['SMS Opt In', (c, o, r) => (r() < 0.4 ? 'TRUE' : 'FALSE'), [], opt],
    ['Joined', (c) => dmyT(c.created, 10), ['loyalty.joinDate'], opt],
  ] },

  // ---------------------------------------------------------------- Wisely guest list (US)
  { name: 'wisely-guest-profiles-export', product: 'Wisely (Olo Guest Data Platform formerly Wisely: Guests > Segment > Export CSV, English UI, a US fast-casual chain)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Guest ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email Address', mail, ['personalEmail.address']],
    ['Phone Number', (c, o, r) => usPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? mdy(c.birth) : ''), ['person.birthDate']],
    ['Zip Code', (c, o, r, i) => row(US_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Home Location', (c, o, r, i) => row(US_VENUES, i), []],
    ['Segment', (c, o, r) => v.pick(r, ['Loyal', 'At Risk', 'New', 'Lapsed', 'High Value']), [], opt],
    ['Visit Count', (c, o, r) => String(v.int(r, 1, 70)), [], opt],
    ['Lifetime Spend', (c, o, r) => usd$(v.int(r, 1200, 300000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Avg Check', (c, o, r) => usd$(v.int(r, 900, 6000) / 100), []],
    ['Last Visit', (c) => mdy(c.updated), [], opt],
    ['Days Since Last Visit', (c, o, r) => String(v.int(r, 1, 400)), []],
    ['Channels', (c, o, r) => v.pick(r, ['Online Ordering', 'In-Store', 'Online Ordering, Reservations', 'Waitlist']), []],
    ['Email Subscribed', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Subscribed', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Olo', 'OpenTable', 'Wi-Fi', 'POS']), [], opt],
    ['Created Date', (c) => mdy(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- Preoday customers (UK)
  { name: 'preoday-customers-export-uk', product: 'Preoday (Preoday Hub: Customers > Export customers CSV, English UI, a UK pub group with click & collect and order-at-table)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer Id', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', mail, ['personalEmail.address']],
    ['Phone', (c, o, r) => ukMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Address line 1', (c, o, r, i) => (r() < 0.6 ? row(UK_ADDR, i)[0] : ''), at(HOME, 'street1')],
    ['Address line 2', () => '', at(HOME, 'street2')],
    ['Town/City', (c, o, r, i) => row(UK_ADDR, i)[1], at(HOME, 'city')],
    ['Postcode', (c, o, r, i) => row(UK_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Date of birth', (c, o, r) => (r() < 0.3 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Registered', (c) => dmyT(c.created), [], opt],
    ['Last login', (c) => dmyT(c.updated), [], opt],
    ['Number of orders', (c, o, r) => String(v.int(r, 0, 35)), [], opt],
    ['Total spent', (c, o, r) => `£${(v.int(r, 0, 90000) / 100).toFixed(2)}`, ['loyalty.lifetimePurchases'], opt],
    ['Loyalty points', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['Marketing emails', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Marketing SMS', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), [], opt],
    ['Guest checkout', (c, o, r) => (r() < 0.2 ? 'Yes' : 'No'), []],
    ['Venue', (c, o, r) => v.pick(r, ['The Crown, Islington', 'The Red Lion, Didsbury', 'The Ship Inn, Bristol']), []],
  ] },

  // ---------------------------------------------------------------- Flipdish orders (Ireland)
  { name: 'flipdish-orders-export-ie', product: 'Flipdish (Flipdish Portal: Orders > Export CSV, English UI, an Irish takeaway ordering through its own branded app and website)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 400000000, 799999999)), ['_id', OR('purchaseID')]],
    ['Store', () => 'Spice Box Camden Street', []],
    ['Placed Time', (c, o) => dmyT(o.at, 0), ['timestamp', OR('createdDate')]],
    ['Requested For', (c, o) => dmyT(o.at + 2700000, 0), []],
    ['Delivery Type', (c, o, r) => v.pick(r, ['Delivery', 'Collection', 'Delivery']), [OR('orderType'), 'commerce.shipping.shippingMethod'], opt],
    ['Order State', (c, o, r) => v.pick(r, ['Accepted', 'Accepted', 'Rejected', 'Refunded', 'Dispatched']), [], opt],
    ['App Type', (c, o, r) => v.pick(r, ['Ios', 'Android', 'Web', 'Kiosk']), ['device.type'], opt],
    ['Customer Name', nm, []],
    ['Customer Email', mail, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone Number', (c, o, r) => ieE164(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Delivery Address', (c, o, r, i) => `${row(IE_ADDR, i)[0]}, ${row(IE_ADDR, i)[1]}`, ['commerce.shipping.address.street1'], opt],
    ['Eircode', (c, o, r, i) => row(IE_ADDR, i)[3], ['commerce.shipping.address.postalCode']],
    ['Items', (c, o, r, i) => `${o.qty}x ${row(IE_DISHES, i)[0]}`, [PL('name')], opt],
    ['Food Amount', (c, o, r, i) => money(row(IE_DISHES, i)[2] * o.qty), []],
    ['Delivery Fee', (c, o) => money(o.shipping ? 3.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Service Charge', () => '0.50', []],
    ['Tip', (c, o, r) => money(r() < 0.3 ? v.int(r, 1, 5) : 0), []],
    ['Voucher Code', (c, o, r) => (r() < 0.15 ? 'APP10' : ''), ['commerce.promotionID'], opt],
    ['Voucher Amount', (c, o, r) => money(r() < 0.15 ? 2 : 0), [OR('discountAmount')]],
    ['Total Amount', (c, o, r, i) => money(row(IE_DISHES, i)[2] * o.qty + (o.shipping ? 3.5 : 0) + 0.5), [OR('priceTotal')]],
    ['Currency', () => 'EUR', [OR('currencyCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card', 'Cash', 'ApplePay', 'GooglePay']), [OR('payments[0].paymentType')]],
    ['Processing Fee', (c, o, r, i) => money((row(IE_DISHES, i)[2] * o.qty) * 0.02), []],
    ['Chef Note', (c, o, r) => v.pick(r, ['', '', 'No onions', 'Extra spicy']), []],
  ] },

  // ---------------------------------------------------------------- ChowNow orders (US)
  { name: 'chownow-order-history-csv', product: 'ChowNow (ChowNow Dashboard: Reports > Order History > Export CSV, English UI, a US independent restaurant taking direct online orders)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 20000000, 39999999)), ['_id', OR('purchaseID')]],
    ['Location', (c, o, r, i) => row(US_VENUES, i), [], opt],
    ['Order Date', (c, o) => mdyT(o.at, -8), ['timestamp', OR('createdDate')]],
    ['Requested Time', (c, o) => mdyT(o.at + 1800000, -8), []],
    ['Fulfillment', (c, o, r) => v.pick(r, ['Pickup', 'Delivery', 'Curbside']), [OR('orderType')], opt],
    ['Order Source', (c, o, r) => v.pick(r, ['Website', 'iOS App', 'Android App', 'Google', 'Instagram']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Canceled']), [], opt],
    ['Customer First Name', (c) => c.first, []],
    ['Customer Last Name', (c) => c.last, []],
    ['Customer Email', mail, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => usPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['New Customer', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Delivery Address', (c, o, r, i) => row(US_ADDR, i)[0], ['commerce.shipping.address.street1']],
    ['Delivery City', (c, o, r, i) => row(US_ADDR, i)[1], ['commerce.shipping.address.city']],
    ['Delivery State', (c, o, r, i) => row(US_ADDR, i)[2], ['commerce.shipping.address.stateProvince', 'commerce.shipping.address.state']],
    ['Delivery Zip', (c, o, r, i) => row(US_ADDR, i)[3], ['commerce.shipping.address.postalCode']],
    ['Subtotal', (c, o, r, i) => usd$(row(DISHES, i)[2] * o.qty), []],
    ['Discount', (c, o) => usd$(o.discount), [OR('discountAmount')]],
    ['Promo Code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Sales Tax', (c, o, r, i) => usd$(row(DISHES, i)[2] * o.qty * 0.095), [OR('taxAmount')]],
    ['Delivery Fee', (c, o) => usd$(o.shipping ? 5.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Tip', (c, o, r) => usd$(v.int(r, 0, 1200) / 100), []],
    ['Total', (c, o, r, i) => usd$(row(DISHES, i)[2] * o.qty * 1.095 + (o.shipping ? 5.99 : 0) - o.discount), [OR('priceTotal')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card', 'Apple Pay', 'Google Pay']), [OR('payments[0].paymentType')]],
    ['Special Instructions', (c, o, r) => v.pick(r, ['', '', 'Utensils please', 'Ring bell']), []],
  ] },

  // ---------------------------------------------------------------- Olo order details (US)
  { name: 'olo-order-details-report', product: 'Olo (Olo Dashboard: Reports > Order Details > Download CSV, English UI, a US multi-unit restaurant brand)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 1000000000, 2999999999)), ['_id', OR('purchaseID')]],
    ['Store Number', (c, o, r) => String(v.int(r, 101, 480)), []],
    ['Store Name', (c, o, r, i) => row(US_VENUES, i), [], opt],
    ['Time Placed', (c, o) => mdyT(o.at, -6), ['timestamp', OR('createdDate')]],
    ['Time Wanted', (c, o) => mdyT(o.at + 1200000, -6), []],
    ['Time Ready', (c, o) => mdyT(o.at + 1080000, -6), []],
    ['Handoff', (c, o, r) => v.pick(r, ['Pickup', 'Curbside', 'Dispatch', 'Dine-In']), [OR('orderType')], opt],
    ['Ordering Source', (c, o, r) => v.pick(r, ['Web', 'iOS App', 'Android App', 'DoorDash', 'Uber Eats']), [], opt],
    ['Guest Type', (c, o, r) => v.pick(r, ['Registered', 'Guest']), []],
    ['Customer ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', mail, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => usPhoneDashless(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Product', (c, o, r, i) => row(DISHES, i)[0], [PL('name')]],
    ['Category', (c, o, r, i) => row(DISHES, i)[1], [PL('productCategories[0].categoryName')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Product Total', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty), [PL('priceTotal')]],
    ['Subtotal', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty), []],
    ['Discount', (c, o) => money(o.discount), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Tax', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty * 0.08), [OR('taxAmount')]],
    ['Tip', (c, o, r) => money(v.int(r, 0, 800) / 100), []],
    ['Delivery Charge', (c, o) => money(o.shipping ? 4.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => money(row(DISHES, i)[2] * o.qty * 1.08 + (o.shipping ? 4.99 : 0) - o.discount), [OR('priceTotal')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card', 'Apple Pay', 'Gift Card', 'Pay In Store']), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Canceled']), [], opt],
  ] },
]
