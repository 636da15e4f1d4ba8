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
]
const usPhoneDashless = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
