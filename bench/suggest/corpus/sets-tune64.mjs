// Round 64, tune64: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). US, Canadian and UK non-profit, fundraising and membership CRMs: donor, gift,
// member and event-registration exports, all English.
import { E, P, B, v, HOME, B2BID, OR, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "05/22/2024", "5/22/2024" and "5/22/2024 2:31 PM" (US Eastern -5)
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyS = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "22/05/2024" and "22/05/2024 14:31" (UK)
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyT = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "2024-05-22 14:31:07", "2024-05-22", ISO Z
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
// "May 22, 2024"
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const day = 86400000
const n2 = (n) => n.toFixed(2)
const usd$ = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const gbp = (n) => `£${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhoneDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `07${v.int(r, 100, 999)} ${pad(v.int(r, 0, 999999), 6)}`

// places, funds and campaigns
const US_ADDR = [
  ['1420 Pearl St', 'Boulder', 'CO', '80302', 'US', 'United States'], ['88 Elm St', 'Burlington', 'VT', '05401', 'US', 'United States'],
  ['2301 Guadalupe St', 'Austin', 'TX', '78705', 'US', 'United States'], ['415 Oak Avenue', 'Evanston', 'IL', '60201', 'US', 'United States'],
  ['19 Maple Ridge Rd', 'Asheville', 'NC', '28804', 'US', 'United States'], ['4110 SE Hawthorne Blvd', 'Portland', 'OR', '97214', 'US', 'United States'],
  ['77 Chestnut St', 'Philadelphia', 'PA', '19106', 'US', 'United States'], ['212 King St', 'Charleston', 'SC', '29401', 'US', 'United States'],
  ['57 Newbury St', 'Boston', 'MA', '02116', 'US', 'United States'], ['930 W 5th St', 'Saint Paul', 'MN', '55102', 'US', 'United States'],
]
const CA_ADDR = [
  ['760 Queen St W', 'Toronto', 'ON', 'M6J 1E9', 'CA', 'Canada'], ['3155 W Broadway', 'Vancouver', 'BC', 'V6K 2H2', 'CA', 'Canada'],
  ['4520 Rue Saint-Denis', 'Montréal', 'QC', 'H2J 2L3', 'CA', 'Canada'], ['10220 104 Ave NW', 'Edmonton', 'AB', 'T5J 0H6', 'CA', 'Canada'],
  ['155 Spring Garden Rd', 'Halifax', 'NS', 'B3J 1Y6', 'CA', 'Canada'], ['288 Bank St', 'Ottawa', 'ON', 'K2P 1X6', 'CA', 'Canada'],
  ['615 Osborne St', 'Winnipeg', 'MB', 'R3L 2B4', 'CA', 'Canada'],
]
const UK_ADDR = [
  ['14 Mill Lane', 'Bristol', 'Avon', 'BS3 4DP', 'GB', 'United Kingdom'], ['Flat 3, 27 Hope Street', 'Liverpool', 'Merseyside', 'L1 9BQ', 'GB', 'United Kingdom'],
  ['8 Church Road', 'Harrogate', 'North Yorkshire', 'HG1 2AB', 'GB', 'United Kingdom'], ['112 Gloucester Road', 'Cheltenham', 'Gloucestershire', 'GL51 8NR', 'GB', 'United Kingdom'],
  ['5 Queens Terrace', 'Edinburgh', '', 'EH4 1QH', 'GB', 'United Kingdom'], ['41 Station Road', 'Cambridge', 'Cambridgeshire', 'CB1 2JH', 'GB', 'United Kingdom'],
  ['Rose Cottage, The Green', 'Lewes', 'East Sussex', 'BN7 2NT', 'GB', 'United Kingdom'],
]
const FUNDS = ['General Operating', 'Annual Fund', 'Scholarship Fund', 'Capital Campaign', 'Food Pantry', 'Youth Programs', 'Animal Care']
const CAMPAIGNS = ['Year-End Appeal 2024', 'Giving Tuesday 2024', 'Spring Gala 2025', 'Annual Fund FY25', 'Back to School Drive']
const APPEALS = ['December Letter', 'GivingTuesday Email', 'Gala Paddle Raise', 'Website', 'Board Ask', 'Spring Newsletter']
const STAFF = ['Megan Ortiz', 'David Kim', 'Rachel Adams', 'Tom Becker']
const UK_STAFF = ['Sophie Turner', 'James Patel', 'Hannah Lewis']
const EVENTS = [['Spring Gala 2025', 150], ['5K Fun Run', 35], ['Volunteer Orientation', 0], ['Donor Appreciation Brunch', 0], ['Golf Classic', 250]]
const MEM_LEVELS = [['Individual', 50], ['Family', 85], ['Student', 25], ['Sustaining', 150], ['Lifetime', 1000]]
const nm = (c) => `${c.first} ${c.last}`
const tf = (r, p = 0.5) => (r() < p ? 'True' : 'False')

export const SETS = [
  // ---------------------------------------------------------------- donor CRM (Neon CRM: Accounts > Search > Export, CSV)
  { name: 'neon-crm-accounts-export', product: 'Neon CRM (Neon One; Accounts > Account Search > Export Results, CSV, English UI, a US non-profit\'s individual donor accounts)', family: 'crm', language: 'en', schema: P, cols: [
    ['Account ID', (c, o, r) => String(v.int(r, 1000, 48000)), ['_id', 'personID']],
    ['Account Type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Individual', 'Company']), [], opt],
    ['Prefix', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['A.', 'J.', 'Lee']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Preferred Name', (c, o, r) => (r() < 0.2 ? c.first.slice(0, 4) : ''), [], opt],
    ['Email 1', (c) => c.email, ['personalEmail.address']],
    ['Phone 1 Full Number (F)', (c, o, r) => usPhone(r), ['homePhone.number', 'mobilePhone.number']],
    ['Phone 1 Type', (c, o, r) => v.pick(r, ['Home', 'Mobile', 'Mobile']), [], opt],
    ['Address Line 1', (c, o, r, i) => row(US_ADDR, i)[0], at(HOME, 'street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.25 ? `Apt ${v.int(r, 1, 40)}` : ''), at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], at(HOME, 'city')],
    ['State/Province', (c, o, r, i) => row(US_ADDR, i)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c, o, r, i) => row(US_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Country', (c, o, r, i) => row(US_ADDR, i)[5], [...at(HOME, 'country'), ...at(HOME, 'countryCode')]],
    ['Address Type', () => 'Home', [], opt],
    ['DOB', (c, o, r) => (r() < 0.3 ? mdy(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Company Name', (c, o, r) => (r() < 0.3 ? c.company : ''), [], opt],
    ['Account Created Date', (c) => mdy(c.created), [], opt],
    ['Account Last Modified Date', (c) => mdy(Math.max(c.created, c.updated)), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Online Donation Form', 'Event Registration', 'Import', 'Manual Entry']), [], opt],
    ['First Donation Date', (c, o, r) => mdy(c.created + v.int(r, 0, 30) * day), [], opt],
    ['Last Donation Date', (c) => mdy(Math.max(c.created, c.updated) + 2 * day), [], opt],
    ['Last Donation Amount', (c, o, r) => usd$(v.pick(r, [25, 50, 100, 250, 500])), [], opt],
    ['Donation Amount (All Time)', (c, o, r) => usd$(v.int(r, 25, 12000)), [], opt],
    ['Membership Level', (c, o, r, i) => (r() < 0.5 ? row(MEM_LEVELS, i)[0] : ''), [], opt],
    ['Do Not Contact', (c, o, r) => (r() < 0.05 ? 'Yes' : 'No'), []],
    ['Email Opt-Out', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), [], opt],
    ['Household Name', (c) => `The ${c.last} Household`, []],
  ] },

  // ---------------------------------------------------------------- gifts (Blackbaud Raiser's Edge NXT: Gifts > Lists > Export)
  { name: 'raisers-edge-nxt-gift-list-export', product: 'Blackbaud Raiser\'s Edge NXT (web view: Lists > Gifts > a gift list > Export to CSV, English UI, a US non-profit\'s development office)', family: 'payments', language: 'en', schema: E, cols: [
    ['Gift ID', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('payments[0].transactionID'), '_id']],
    ['Gift date', (c, o) => mdy(o.at), ['timestamp', OR('createdDate')]],
    ['Gift type', (c, o, r) => v.pick(r, ['One-time gift', 'One-time gift', 'Recurring gift payment', 'Pledge payment', 'Stock/Property']), [], opt],
    ['Gift subtype', (c, o, r) => v.pick(r, ['', '', 'Memorial', 'Tribute', 'Matching']), []],
    ['Gift amount', (c, o, r) => usd$(v.pick(r, [25, 50, 100, 250, 500, 1000, 2500])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Receipt amount', (c, o, r) => usd$(v.pick(r, [25, 50, 100, 250])), [], opt],
    ['Payment method', (c, o, r) => v.pick(r, ['Credit card', 'Check', 'Check', 'Cash', 'Direct debit', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Check number', (c, o, r) => (r() < 0.3 ? String(v.int(r, 1001, 9999)) : ''), [], opt],
    ['Fund', (c, o, r) => v.pick(r, FUNDS), []],
    ['Campaign', (c, o, r) => v.pick(r, CAMPAIGNS), ['marketing.campaignName'], opt],
    ['Appeal', (c, o, r) => v.pick(r, APPEALS), [], opt],
    ['Package', (c, o, r) => v.pick(r, ['', 'Reply Card A', 'Email 1', 'Email 2']), []],
    ['Lookup ID', (c, o, r) => String(v.int(r, 100000, 299999)), [], opt],
    ['Constituent name', (c) => nm(c), []],
    ['Constituent type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Organization']), []],
    ['Preferred address', (c, o, r, i) => `${row(US_ADDR, i)[0]}, ${row(US_ADDR, i)[1]}, ${row(US_ADDR, i)[2]} ${row(US_ADDR, i)[3]}`, [BILL('street1')], opt],
    ['Email address', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone number', (c, o, r) => (r() < 0.7 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Acknowledgement status', (c, o, r) => v.pick(r, ['Acknowledged', 'Acknowledged', 'Needs acknowledgement', 'Do not acknowledge']), []],
    ['Acknowledgement date', (c, o, r) => (r() < 0.7 ? mdy(o.at + v.int(r, 2, 10) * day) : ''), [], opt],
    ['Receipt status', (c, o, r) => v.pick(r, ['Receipted', 'Needs receipt', 'Do not receipt']), []],
    ['Gift Aid eligible', () => 'No', []],
    ['Anonymous', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), []],
    ['Soft credit recipient', (c, o, r) => (r() < 0.15 ? 'Lopez Family Foundation' : ''), []],
    ['Batch number', (c, o, r) => `2024-${pad(v.int(r, 1, 320), 4)}`, [], opt],
    ['Posted status', (c, o, r) => v.pick(r, ['Posted', 'Posted', 'Not posted', 'Do not post']), [], opt],
    ['Post date', (c, o, r) => mdy(o.at + v.int(r, 1, 20) * day), [], opt],
    ['Reference', (c, o, r) => v.pick(r, ['', '', 'In memory of Harold Brooks', 'Year-end online']), []],
    ['Date added', (c, o) => mdy(o.at + day), [], opt],
    ['Added by', (c, o, r) => v.pick(r, STAFF), []],
  ] },

  // ---------------------------------------------------------------- payments (Zeffy: Payments > Export, Excel; a Canadian charity)
  { name: 'zeffy-payments-export', product: 'Zeffy (Payments > Export, Excel/CSV, English UI, a Canadian charity taking donations, tickets and memberships)', family: 'payments', language: 'en', seed: 'zeffy-ca', schema: E, cols: [
    ['Payment Date', (c, o) => ymdHMS(o.at, -5), ['timestamp', OR('createdDate')]],
    ['Payment ID', (c, o, r) => v.alnum(r, 8).toLowerCase(), [], opt],
    ['Form Title', (c, o, r) => v.pick(r, ['Annual Campaign 2024', 'Winter Gala Tickets', 'Membership 2025', 'Monthly Donors Circle']), ['marketing.campaignName'], opt],
    ['Type', (c, o, r) => v.pick(r, ['donation', 'donation', 'ticket', 'membership']), [], opt],
    ['Rate Title', (c, o, r) => v.pick(r, ['', '', 'General Admission', 'Family Membership']), [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.5 ? usPhoneDash(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Company Name', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Address', (c, o, r, i) => row(CA_ADDR, i)[0], [BILL('street1')], opt],
    ['City', (c, o, r, i) => row(CA_ADDR, i)[1], [BILL('city')], opt],
    ['Region', (c, o, r, i) => row(CA_ADDR, i)[2], [BILL('stateProvince'), BILL('state')], opt],
    ['Postal Code', (c, o, r, i) => row(CA_ADDR, i)[3], [BILL('postalCode')], opt],
    ['Country', (c, o, r, i) => row(CA_ADDR, i)[4], [BILL('countryCode'), BILL('country')], opt],
    ['Language', (c, o, r) => v.pick(r, ['EN', 'EN', 'FR']), []],
    ['Amount', (c, o, r) => n2(v.pick(r, [20, 25, 50, 100, 150, 250])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Eligible Amount', (c, o, r) => n2(v.pick(r, [0, 20, 50, 100])), [], opt],
    ['Tip Amount', (c, o, r) => n2(v.pick(r, [0, 2.5, 5, 7.5])), []],
    ['Payment Method', (c, o, r) => v.pick(r, ['card', 'card', 'applePayOrGooglePay', 'pad', 'cheque', 'cash']), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o, r) => v.pick(r, ['Succeeded', 'Succeeded', 'Refunded', 'Pending']), [], opt],
    ['Recurrence', (c, o, r) => v.pick(r, ['One time', 'One time', 'Monthly']), []],
    ['Receipt Number', (c, o, r) => (r() < 0.7 ? `2024-${pad(v.int(r, 1, 4800), 5)}` : ''), [], opt],
    ['Receipt URL', (c, o, r) => `https://www.zeffy.com/receipt/${v.alnum(r, 12).toLowerCase()}`, []],
    ['Annotation', (c, o, r) => v.pick(r, ['', '', 'In honour of Margaret', 'Matched by employer']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Keep up the great work!', 'For the food bank']), []],
  ] },

  // ---------------------------------------------------------------- donor CRM (Kindful by Bloomerang: Contacts > Query > Export)
  { name: 'kindful-contacts-query-export', product: 'Kindful (now part of Bloomerang; Contacts > Query > Export CSV, English UI, a US non-profit\'s donors)', family: 'crm', language: 'en', schema: P, cols: [
    ['Id', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['External Id', (c, o, r) => (r() < 0.4 ? `DP-${v.int(r, 1000, 9999)}` : ''), [], opt],
    ['Contact Type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Organization']), [], opt],
    ['Title', (c) => (c.female ? 'Mrs.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', () => '', ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Organization', (c, o, r) => (r() < 0.2 ? c.company : ''), [], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Alternate Email', (c, o, r) => (r() < 0.15 ? c.workEmail : ''), ['workEmail.address'], opt],
    ['Primary Phone', (c, o, r) => usPhone(r), ['homePhone.number', 'mobilePhone.number']],
    ['Alternate Phone', (c, o, r) => (r() < 0.2 ? usPhone(r) : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Addr1', (c, o, r, i) => row(US_ADDR, i)[0], at(HOME, 'street1')],
    ['Addr2', (c, o, r) => (r() < 0.2 ? `Unit ${v.int(r, 1, 12)}` : ''), at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal', (c, o, r, i) => row(US_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Country', (c, o, r, i) => row(US_ADDR, i)[4], [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Date Of Birth', (c, o, r) => (r() < 0.2 ? mdyS(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.6 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Groups', (c, o, r) => v.pick(r, ['', 'Board', 'Volunteers', 'Monthly Donors; Newsletter']), []],
    ['Donor Type', (c, o, r) => v.pick(r, ['Donor', 'Major Donor', 'Lapsed', 'Prospect']), [], opt],
    ['First Transaction Date', (c) => mdyS(c.created), [], opt],
    ['Last Transaction Date', (c) => mdyS(Math.max(c.created, c.updated)), [], opt],
    ['Last Transaction Amount', (c, o, r) => n2(v.pick(r, [25, 50, 100, 250])), [], opt],
    ['Lifetime Giving', (c, o, r) => n2(v.int(r, 25, 15000)), [], opt],
    ['Email Opt Out', (c, o, r) => tf(r, 0.1), [], opt],
    ['Do Not Mail', (c, o, r) => tf(r, 0.05), []],
    ['Deceased', (c, o, r) => tf(r, 0.01), []],
    ['Created At', (c) => mdyT(c.created), [], opt],
    ['Updated At', (c) => mdyT(Math.max(c.created, c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- donations (Funraise: Transactions > Export, CSV)
  { name: 'funraise-transactions-export', product: 'Funraise (Transactions > filter > Export CSV, English UI, a US non-profit\'s online and offline donations)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 2000000, 9999999)), [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => mdyT(o.at), ['timestamp', OR('createdDate')]],
    ['Supporter ID', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.4 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address', (c, o, r, i) => row(US_ADDR, i)[0], [BILL('street1')], opt],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], [BILL('city')], opt],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], [BILL('stateProvince'), BILL('state')], opt],
    ['Postal Code', (c, o, r, i) => row(US_ADDR, i)[3], [BILL('postalCode')], opt],
    ['Country', (c, o, r, i) => row(US_ADDR, i)[5], [BILL('country'), BILL('countryCode')], opt],
    ['Amount', (c, o, r) => n2(v.pick(r, [10, 25, 50, 100, 250, 1000])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Fee', (c, o, r) => n2(v.int(r, 30, 900) / 100), []],
    ['Donor Covered Fees', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), []],
    ['Net Amount', (c, o, r) => n2(v.int(r, 900, 98000) / 100), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'ACH', 'PayPal', 'Apple Pay', 'Check']), [OR('payments[0].paymentType')]],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Amex', '']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Complete', 'Refunded', 'Failed']), [], opt],
    ['Recurring', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), []],
    ['Frequency', (c, o, r) => v.pick(r, ['', '', 'Monthly', 'Annually']), []],
    ['Form Name', (c, o, r) => v.pick(r, ['Main Donation Form', 'Year End Giving', 'Gala Auction Checkout']), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, CAMPAIGNS), ['marketing.campaignName'], opt],
    ['Allocation', (c, o, r) => v.pick(r, FUNDS), []],
    ['Dedication', (c, o, r) => v.pick(r, ['', '', 'In memory of Grandpa Joe', 'In honor of Ms. Carter']), []],
    ['Anonymous', (c, o, r) => (r() < 0.08 ? 'true' : 'false'), []],
    ['Source URL', (c, o, r) => v.pick(r, ['https://give.example.org/yearend', 'https://give.example.org/donate', '']), ['web.webPageDetails.URL'], opt],
    ['UTM Source', (c, o, r) => v.pick(r, ['', 'facebook', 'newsletter', 'google']), ['marketing.trackingCode'], opt],
    ['Memo', (c, o, r) => v.pick(r, ['', '', 'Matching gift eligible', 'Gift from DAF']), []],
  ] },

  // ---------------------------------------------------------------- association members (MemberClicks Atlas: Profiles > Advanced Search > Export)
  { name: 'memberclicks-profiles-export', product: 'MemberClicks (Atlas/Oasis admin: Profiles > Advanced Search > Export to Excel, English UI, a US professional association\'s members at their firms)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Profile ID', (c, o, r) => String(v.int(r, 1000000, 1999999)), B2BID],
    ['Member Type', (c, o, r) => v.pick(r, ['Individual Member', 'Organization Member', 'Student Member', 'Retired Member']), ['b2b.personType'], opt],
    ['Member Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Lapsed', 'Pending']), ['b2b.personStatus'], opt],
    ['Prefix', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Initial', (c, o, r) => (r() < 0.3 ? v.pick(r, ['A', 'M', 'R', 'T']) : ''), ['person.name.middleName'], opt],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'III' : ''), ['person.name.suffix']],
    ['Credentials', (c, o, r) => v.pick(r, ['', 'CAE', 'CPA', 'PE', 'MBA']), []],
    ['Organization', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, [], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Work Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Cell Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['mobilePhone.number']],
    ['Address 1 | Line 1', (c, o, r, i) => row(US_ADDR, i + 2)[0], at(['workAddress'], 'street1')],
    ['Address 1 | Line 2', (c, o, r) => (r() < 0.4 ? `Suite ${v.int(r, 100, 900)}` : ''), at(['workAddress'], 'street2')],
    ['Address 1 | City', (c, o, r, i) => row(US_ADDR, i + 2)[1], at(['workAddress'], 'city')],
    ['Address 1 | State', (c, o, r, i) => row(US_ADDR, i + 2)[2], [...at(['workAddress'], 'stateProvince'), ...at(['workAddress'], 'state')]],
    ['Address 1 | Zip', (c, o, r, i) => row(US_ADDR, i + 2)[3], at(['workAddress'], 'postalCode')],
    ['Address 1 | Country', (c, o, r, i) => row(US_ADDR, i + 2)[5], [...at(['workAddress'], 'country'), ...at(['workAddress'], 'countryCode')]],
    ['Website', (c) => `https://www.${c.company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`, ['b2b.companyWebsite'], opt],
    ['Chapter', (c, o, r) => v.pick(r, ['Central', 'Northeast', 'Southeast', 'West']), []],
    ['Member Since', (c) => mdy(c.created), [], opt],
    ['Expiration Date', (c) => mdy(c.created + 365 * day), [], opt],
    ['Last Renewal Date', (c, o, r) => (r() < 0.7 ? mdy(c.updated) : ''), [], opt],
    ['Committees', (c, o, r) => v.pick(r, ['', '', 'Education Committee', 'Government Affairs; Membership']), []],
    ['Username', (c) => c.workEmail, [], opt],
    ['Date Created', (c) => mdy(c.created), [], opt],
    ['Last Modified', (c) => mdyT(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- gifts (Virtuous CRM: Gifts > Query > Export)
  { name: 'virtuous-gifts-query-export', product: 'Virtuous CRM (Gifts > Query > Export, CSV, English UI, a US faith-based non-profit\'s gifts)', family: 'payments', language: 'en', schema: E, cols: [
    ['Gift Id', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('payments[0].transactionID'), '_id']],
    ['Contact Id', (c, o, r) => String(v.int(r, 10000, 999999)), [], opt],
    ['Contact Name', (c) => `${c.first} & Pat ${c.last}`, []],
    ['Contact Type', (c, o, r) => v.pick(r, ['Household', 'Household', 'Foundation', 'Organization']), []],
    ['Primary Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Primary Phone', (c, o, r) => (r() < 0.6 ? usPhoneDash(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address1', (c, o, r, i) => row(US_ADDR, i + 4)[0], [BILL('street1')], opt],
    ['City', (c, o, r, i) => row(US_ADDR, i + 4)[1], [BILL('city')], opt],
    ['State', (c, o, r, i) => row(US_ADDR, i + 4)[2], [BILL('stateProvince'), BILL('state')], opt],
    ['Postal', (c, o, r, i) => row(US_ADDR, i + 4)[3], [BILL('postalCode')], opt],
    ['Gift Date', (c, o) => mdyS(o.at), ['timestamp', OR('createdDate')]],
    ['Amount', (c, o, r) => usd$(v.pick(r, [25, 40, 100, 250, 500, 5000])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Gift Type', (c, o, r) => v.pick(r, ['Credit', 'Check', 'Cash', 'EFT', 'Stock', 'Non-Cash']), [OR('payments[0].paymentType')]],
    ['Check Number', (c, o, r) => (r() < 0.25 ? String(v.int(r, 100, 9999)) : ''), [], opt],
    ['Transaction Source', (c, o, r) => v.pick(r, ['Virtuous Giving', 'Manual', 'Classy Import', 'Bank Lockbox']), [], opt],
    ['Transaction Id', (c, o, r) => (r() < 0.6 ? `ch_${v.alnum(r, 24)}` : ''), [OR('payments[0].transactionID')], opt],
    ['Batch', (c, o, r) => `Batch ${v.int(r, 100, 999)}`, [], opt],
    ['Segment', (c, o, r) => v.pick(r, ['YE24-EM1', 'YE24-DM', 'GT24-SOC', 'SPR25-NEWS']), ['marketing.trackingCode'], opt],
    ['Communication', (c, o, r) => v.pick(r, ['Year End 2024 Email', 'Year End 2024 Direct Mail', 'Giving Tuesday Social']), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, CAMPAIGNS), ['marketing.campaignName'], opt],
    ['Project', (c, o, r) => v.pick(r, ['Clean Water - Kenya', 'Where Most Needed', 'Orphan Care', 'Disaster Relief']), []],
    ['Project Code', (c, o, r) => v.pick(r, ['CW-KEN', 'WMN', 'ORPH', 'DR-24']), [], opt],
    ['Receipt Date', (c, o, r) => (r() < 0.8 ? mdyS(o.at + v.int(r, 1, 6) * day) : ''), [], opt],
    ['Is Tax Deductible', (c, o, r) => (r() < 0.95 ? 'True' : 'False'), []],
    ['Is Private', (c, o, r) => (r() < 0.05 ? 'True' : 'False'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Matching gift from employer', 'Tribute: in memory of Rev. Allen']), []],
    ['Created Date', (c, o) => mdyT(o.at + day), [], opt],
    ['Created By', (c, o, r) => v.pick(r, STAFF), []],
  ] },

  // ---------------------------------------------------------------- donor CRM (Keela: Contacts > select > Export, CSV; Canadian charity)
  { name: 'keela-contacts-export', product: 'Keela (Contacts > select all > Export contacts, CSV, English UI, a Canadian registered charity\'s supporters)', family: 'crm', language: 'en', seed: 'keela-ca', schema: P, cols: [
    ['Origin ID', (c, o, r) => v.alnum(r, 17), ['_id', 'personID'], opt],
    ['Contact Type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Individual', 'Company']), [], opt],
    ['Salutation', (c, o, r) => v.pick(r, ['Mr.', 'Ms.', 'Mrs.', 'Dr.', '']), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.15 ? 'Marie' : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Nickname', (c, o, r) => (r() < 0.15 ? c.first.slice(0, 3) : ''), [], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Email Subscription Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Unsubscribed', 'Not Subscribed']), [], opt],
    ['Mobile Phone', (c, o, r) => (r() < 0.7 ? usPhoneDash(r) : ''), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.3 ? usPhoneDash(r) : ''), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.15 ? usPhoneDash(r) : ''), ['workPhone.number']],
    ['Street Address', (c, o, r, i) => row(CA_ADDR, i)[0], at(HOME, 'street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.2 ? `Unit ${v.int(r, 100, 2400)}` : ''), at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(CA_ADDR, i)[1], at(HOME, 'city')],
    ['Province/State', (c, o, r, i) => row(CA_ADDR, i)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal/Zip Code', (c, o, r, i) => row(CA_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Country', (c, o, r, i) => row(CA_ADDR, i)[5], [...at(HOME, 'country'), ...at(HOME, 'countryCode')]],
    ['Birthdate', (c, o, r) => (r() < 0.2 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.5 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Preferred Language', (c, o, r) => v.pick(r, ['English', 'English', 'French']), [], opt],
    ['Company Name', (c, o, r) => (r() < 0.2 ? c.company : ''), [], opt],
    ['Job Title', (c, o, r) => (r() < 0.2 ? c.job : ''), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Volunteer', 'Monthly Donor', 'Board, Major Donor']), []],
    ['Deceased', (c, o, r) => (r() < 0.01 ? 'Yes' : 'No'), []],
    ['Total Donated', (c, o, r) => n2(v.int(r, 0, 9000)), [], opt],
    ['Last Donation Date', (c, o, r) => (r() < 0.8 ? ymd(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Date Created', (c) => ymd(c.created), [], opt],
    ['Last Updated', (c) => ymd(Math.max(c.created, c.updated)), [], opt],
  ] },
]
