// Round 107, tune107: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language event ticketing, booking/reservation, fitness/membership and
// nonprofit donation tools of the US, the UK, Canada and New Zealand: ticket orders, event registrants, theatre
// customers, class bookings, gym members and prospects, studio transactions, donations, tour purchases and restaurant
// bookings; all English.
import { E, P, B, v, HOME, WORK, B2BID, ID, at, opt, PL, OR, BILL } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats (h = hours from UTC)
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdyNp = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHM = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const hm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}` }
const hmAm = (ms, h = 0) => { const p = shift(ms, h); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const DAY = 86400000
const MIN = 60000

// phones
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const usE164 = (r) => `+1${usDigits(r)}`
const caPhone = (r) => `${v.pick(r, ['416', '647', '437', '905'])}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukIntl = (r) => `+447${v.int(r, 400, 999)}${pad(v.int(r, 0, 999999), 6)}`
const ukLand = (r) => `0${v.pick(r, ['131', '141', '113', '161', '20 7'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const nzMobile = (r) => `0${v.pick(r, ['21', '22', '27'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const nzLand = (r) => `0${v.pick(r, ['9', '4', '3'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}`

// addresses: [street, city, state, zip]
const US_ADR = [
  ['4182 Maple Ridge Dr', 'Plano', 'TX', '75024'], ['77 Harbor View Ln', 'Tampa', 'FL', '33606'], ['1290 W Elm St', 'Naperville', 'IL', '60540'],
  ['35 Birchwood Ct', 'Columbus', 'OH', '43215'], ['908 Sunset Blvd', 'Scottsdale', 'AZ', '85251'], ['2211 Pine Hollow Rd', 'Charlotte', 'NC', '28205'],
  ['16 Orchard St', 'Worcester', 'MA', '01609'], ['520 S 4th St', 'Philadelphia', 'PA', '19147'],
]
const PA_ADR = [
  ['1820 Fitzwater St', 'Philadelphia', 'PA', '19146'], ['412 Haverford Ave', 'Narberth', 'PA', '19072'], ['77 E Lancaster Ave', 'Ardmore', 'PA', '19003'],
  ['2301 Cherry St Apt 5B', 'Philadelphia', 'PA', '19103'], ['15 Kings Hwy E', 'Haddonfield', 'NJ', '08033'], ['309 W State St', 'Media', 'PA', '19063'],
]
const GA_ADR = [
  ['1451 Cascade Ave SW', 'Atlanta', 'GA', '30311'], ['322 Ponce De Leon Pl', 'Decatur', 'GA', '30030'], ['88 Fayetteville Rd', 'Fairburn', 'GA', '30213'],
  ['2750 Old National Pkwy', 'College Park', 'GA', '30349'], ['19 Creekside Ln', 'Stone Mountain', 'GA', '30083'], ['604 Martin Luther King Jr Dr', 'Marietta', 'GA', '30060'],
]
const UK_ADR = [
  ['14 Marchmont Road', 'Edinburgh', 'City of Edinburgh', 'EH9 1HX'], ['3 Mill Lane', 'Bristol', 'Bristol', 'BS3 4HT'], ['27 Park Crescent', 'Brighton', 'East Sussex', 'BN2 3HA'],
  ['82 Station Road', 'Reading', 'Berkshire', 'RG1 1LG'], ['9 Victoria Street', 'Nottingham', 'Nottinghamshire', 'NG1 2EW'], ['51 Church Street', 'Sheffield', 'South Yorkshire', 'S1 2GN'],
]
const NZ_ADR = [
  ['12 Ponsonby Road', 'Ponsonby', 'Auckland', '1011'], ['4/88 Dominion Road', 'Mount Eden', 'Auckland', '1024'], ['27 Cuba Street', 'Te Aro', 'Wellington', '6011'],
  ['5 Riccarton Road', 'Riccarton', 'Christchurch', '8011'], ['140 Victoria Street', 'Hamilton Central', 'Hamilton', '3204'], ['9 Takapuna Beach Rd', 'Takapuna', 'Auckland', '0622'],
]
const CA_ADR = [
  ['88 Queens Quay W Unit 1204', 'Toronto', 'ON', 'M5J 0B8'], ['312 Roncesvalles Ave', 'Toronto', 'ON', 'M6R 2M6'], ['45 Dundas St W', 'Mississauga', 'ON', 'L5B 1H2'],
  ['17 Elm Ave', 'Toronto', 'ON', 'M4W 1M9'], ['2200 Yonge St Unit 810', 'Toronto', 'ON', 'M4S 2C6'], ['9 Main St N', 'Markham', 'ON', 'L3P 1X2'],
]
const COMPANIES = [
  ['Brightline Analytics', 'brightlineanalytics.com'], ['Corvid Security Inc.', 'corvidsec.com'], ['Halden Health Systems', 'haldenhealth.com'],
  ['Meridian Freight Group', 'meridianfreight.com'], ['Northbeam Software', 'northbeam.io'], ['Pallas Capital Partners', 'pallascap.com'], ['Quarry Hill Bank', 'quarryhillbank.com'],
]
const mail = (c, dom) => `${c.first}.${c.last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@' + dom
const pmail = (c, r) => mail(c, v.pick(r, ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com']))
const ukmail = (c, r) => mail(c, v.pick(r, ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk']))
const nzmail = (c, r) => mail(c, v.pick(r, ['gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.co.nz']))
const nm = (c) => `${c.first} ${c.last}`
const money = (n) => n.toFixed(2)
const usd = (n) => `$${n.toFixed(2)}`

// label shorthands
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const PMAIL = ['personalEmail.address']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const WH = (leaf) => at([...WORK, ...HOME], leaf)
const TXN = ['commerce.order.payments[0].transactionID']
const PAYTYPE = ['commerce.order.payments[0].paymentType']

export const SETS = [
  // ---------------------------------------------------------------- Ticketleap order export
  { name: 'ticketleap-orders-download-csv', product: 'Ticketleap (Event > Orders > Download orders, CSV, English UI, a Philadelphia community theatre selling general-admission seats for its spring musical)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o, r) => `TL${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => mdyT(o.at, -5), ['timestamp']],
    ['Event Name', () => 'Into the Woods - Spring Musical', [PL('name')], opt],
    ['Performance Date', (c, o, r) => mdyT(o.at + v.int(r, 3, 40) * DAY, -5), [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Phone', (c, o, r) => (r() < 0.3 ? '' : usPhone(r)), PHONE_ID, opt],
    ['Ticket Type', (c, o, r) => v.pick(r, ['Adult', 'Adult', 'Senior (65+)', 'Student', 'Child (12 & under)']), [PL('name')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticket Price', (c, o, r) => money(v.pick(r, [28, 24, 18, 15])), []],
    ['Service Fees', (c, o) => money(o.qty * 2.5), []],
    ['Discount Code', (c, o) => (o.coupon ? 'OPENINGNIGHT' : ''), ['commerce.promotionID'], opt],
    ['Discount Amount', (c, o) => money(o.discount), [OR('discountAmount')]],
    ['Order Total', (c, o) => money(o.qty * 28 + o.qty * 2.5 - o.discount), [OR('priceTotal')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'Credit Card', 'Cash', 'Comp']), PAYTYPE],
    ['Order Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Complete', 'Refunded', 'Partially Refunded']), [], opt],
    ['Refund Amount', (c, o, r) => (r() < 0.85 ? '0.00' : money(28)), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Billing Address', (c, o, r, i) => row(PA_ADR, i)[0], [BILL('street1')]],
    ['Billing City', (c, o, r, i) => row(PA_ADR, i)[1], [BILL('city')]],
    ['Billing State', (c, o, r, i) => row(PA_ADR, i)[2], [BILL('stateProvince'), BILL('state')]],
    ['Billing Zip', (c, o, r, i) => row(PA_ADR, i)[3], [BILL('postalCode')]],
    ['Billing Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Sales Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Box Office']), [], opt],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
  ] },

  // ---------------------------------------------------------------- Swoogo registrants
  { name: 'swoogo-registrants-report-export', product: 'Swoogo (Event > Registrants > Registrant report > Export to CSV, English UI, a US SaaS company\'s annual customer conference with paid and comped registrations)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Registrant ID', (c, o, r) => String(v.int(r, 40000000, 49999999)), B2BID],
    ['Prefix', (c, o, r) => (r() < 0.6 ? '' : (c.female ? 'Ms.' : 'Mr.')), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => mail(c, row(COMPANIES, i)[1]), ['workEmail.address', 'personalEmail.address']],
    ['Company', (c, o, r, i) => row(COMPANIES, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Work Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.4 ? '' : usPhone(r)), ['mobilePhone.number']],
    ['Address Line 1', (c, o, r, i) => row(US_ADR, i)[0], WH('street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.7 ? '' : `Suite ${v.int(r, 100, 900)}`), WH('street2')],
    ['City', (c, o, r, i) => row(US_ADR, i)[1], WH('city')],
    ['State', (c, o, r, i) => row(US_ADR, i)[2], [...WH('stateProvince'), ...WH('state')]],
    ['Zip/Postal Code', (c, o, r, i) => row(US_ADR, i)[3], WH('postalCode')],
    ['Country', () => 'United States', WH('country')],
    ['Registration Type', (c, o, r) => v.pick(r, ['Customer - Full Conference', 'Partner', 'Speaker', 'Prospect - Day Pass', 'Employee']), [], opt],
    ['Registration Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Confirmed', 'Cancelled', 'Waitlisted', 'Incomplete']), ['b2b.personStatus'], opt],
    ['Registered Date', (c) => mdyNp(c.created, -5), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified Date', (c) => mdyNp(c.updated, -5), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Group ID', (c, o, r) => (r() < 0.7 ? '' : String(v.int(r, 800000, 899999))), []],
    ['Reference #', (c, o, r) => `SUMMIT-${v.alnum(r, 6).toUpperCase()}`, []],
    ['Source', (c, o, r) => v.pick(r, ['Website', 'Website', 'Invitation Email', 'Admin', 'Sales Rep Link']), ['b2b.personSource'], opt],
    ['Discount Code', (c, o, r) => v.pick(r, ['', '', 'EARLYBIRD', 'CUSTOMER200', 'SPEAKERCOMP']), []],
    ['Amount Paid', (c, o, r) => v.pick(r, ['1495.00', '1295.00', '0.00', '495.00']), []],
    ['Badge Name', (c) => c.first, []],
    ['Dietary Requirements', (c, o, r) => v.pick(r, ['None', 'None', 'Vegetarian', 'Gluten free', 'Vegan']), []],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
  ] },

  // ---------------------------------------------------------------- Spektrix customer list
  { name: 'spektrix-customer-list-output-uk', product: 'Spektrix (Insights & Mailings > Customer Lists > Output to Excel, English (UK) UI, an Edinburgh arts venue listing bookers and Friends members)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer Id', (c, o, r) => `I-${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, ID],
    ['Title', (c) => (c.female ? v.pick(() => 0.5, ['Ms', 'Mrs', 'Dr']) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => ukmail(c, r), PMAIL],
    ['Mobile', (c, o, r) => (r() < 0.3 ? '' : ukMobile(r)), ['mobilePhone.number']],
    ['Phone', (c, o, r) => (r() < 0.5 ? '' : ukLand(r)), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.85 ? '' : ukLand(r)), ['workPhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.5 ? '' : dmy(c.birth)), ['person.birthDate'], opt],
    ['Address Line 1', (c, o, r, i) => row(UK_ADR, i)[0], H('street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.75 ? '' : `Flat ${v.int(r, 1, 12)}`), H('street2')],
    ['Town', (c, o, r, i) => row(UK_ADR, i)[1], H('city')],
    ['County', (c, o, r, i) => row(UK_ADR, i)[2], HSTATE],
    ['Postcode', (c, o, r, i) => row(UK_ADR, i)[3], H('postalCode')],
    ['Country', () => 'United Kingdom', H('country')],
    ['Date Created', (c) => dmyHM(c.created), [], opt],
    ['Last Ticket Purchase Date', (c) => dmy(c.updated), [], opt],
    ['Total Ticket Spend', (c, o, r) => `£${v.money(r, 12, 1800)}`, ['loyalty.lifetimePurchases'], opt],
    ['Number of Orders', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Friends Membership', (c, o, r) => v.pick(r, ['', '', 'Friend', 'Best Friend', 'Patron']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Access Register', 'Panto Bookers 2023', 'Student; Under 26', 'Donor']), []],
    ['Email Marketing', (c, o, r) => v.pick(r, ['Opted In', 'Opted In', 'Opted Out', 'Not Asked']), [], opt],
    ['Household', (c, o, r) => (r() < 0.7 ? '' : `The ${c.last} Household`), []],
  ] },

  // ---------------------------------------------------------------- Momence class bookings
  { name: 'momence-class-bookings-report-csv', product: 'Momence (Analytics > Reports > Bookings / attendance report > Download CSV, English UI, a Brooklyn yoga and reformer-pilates studio)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o, r) => String(v.int(r, 90000000, 99999999)), ['_id']],
    ['Booked At', (c, o) => ymdHM(o.at, -5), ['timestamp']],
    ['Class', (c, o, r) => v.pick(r, ['Vinyasa Flow 60', 'Reformer Foundations', 'Hot Power Yoga', 'Reformer Sculpt', 'Yin & Sound Bath']), [PL('name')], opt],
    ['Class Date', (c, o, r) => ymdHM(o.at + v.int(r, 1, 9) * DAY, -5), ['timestamp'], opt],
    ['Teacher', (c, o, r) => v.pick(r, ['Maya R.', 'Jordan Lee', 'Sasha Ortiz', 'Priya N.']), []],
    ['Location', (c, o, r) => v.pick(r, ['Williamsburg', 'Park Slope']), [], opt],
    ['Customer ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), CUST_ID, opt],
    ['Customer Name', (c) => nm(c), []],
    ['Customer Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Customer Phone', (c, o, r) => (r() < 0.3 ? '' : usE164(r)), PHONE_ID, opt],
    ['Status', (c, o, r) => v.pick(r, ['Checked in', 'Checked in', 'Checked in', 'Late cancelled', 'No show', 'Booked']), ['eventType'], opt],
    ['Checked In At', (c, o, r) => (r() < 0.3 ? '' : ymdHM(o.at + 2 * DAY, -5)), [], opt],
    ['Paid With', (c, o, r) => v.pick(r, ['Unlimited Monthly Membership', '10 Class Pack', 'Drop-in', 'ClassPass', 'Intro Week']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Membership', 'Class pack', 'Card', 'Apple Pay', 'ClassPass']), PAYTYPE, opt],
    ['Price Paid', (c, o, r) => money(v.pick(r, [0, 0, 32, 28, 22.5])), [OR('priceTotal')], opt],
    ['Booking Source', (c, o, r) => v.pick(r, ['Momence App', 'Website plugin', 'Front desk', 'ClassPass']), [], opt],
    ['First Visit', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Spot', (c, o, r) => (r() < 0.5 ? '' : `Reformer ${v.int(r, 1, 12)}`), []],
    ['Customer Tags', (c, o, r) => v.pick(r, ['', 'Founding member', 'Teacher training 2024', 'VIP']), []],
  ] },

  // ---------------------------------------------------------------- WellnessLiving client list (rewards)
  { name: 'wellnessliving-client-list-rewards', product: 'WellnessLiving (Reports > Clients > Client list with rewards points, Export to Excel, English UI, a Toronto fitness studio running the WellnessLiving rewards program)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => String(v.int(r, 1000, 99999)), ID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email Address', (c, o, r) => pmail(c, r), PMAIL],
    ['Cell Phone', (c, o, r) => caPhone(r), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.7 ? '' : caPhone(r)), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.85 ? '' : caPhone(r)), ['workPhone.number']],
    ['Date of Birth', (c) => mdy(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Address', (c, o, r, i) => row(CA_ADR, i)[0], H('street1')],
    ['City', (c, o, r, i) => row(CA_ADR, i)[1], H('city')],
    ['Province', (c, o, r, i) => row(CA_ADR, i)[2], HSTATE],
    ['Postal Code', (c, o, r, i) => row(CA_ADR, i)[3], H('postalCode')],
    ['Client Type', (c, o, r) => v.pick(r, ['Member', 'Member', 'Drop-in', 'Prospect']), [], opt],
    ['Member Since', (c) => mdy(c.created), ['loyalty.joinDate'], opt],
    ['Participates in Rewards Program', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), ['loyalty.status'], opt],
    ['Rewards Points', (c, o, r) => String(v.int(r, 0, 4200)), ['loyalty.points']],
    ['All-Time Points', (c, o, r) => String(v.int(r, 4200, 12000)), ['loyalty.lifetimePoints']],
    ['Points Spent on Prizes', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.pointsRedeemed']],
    ['Active Purchase Option', (c, o, r) => v.pick(r, ['Unlimited Monthly (Auto-Renew)', '20 Class Pass', 'Intro 2 Weeks Unlimited', '']), [], opt],
    ['Last Visit', (c) => mdy(c.updated), [], opt],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 400)), []],
    ['Home Location', () => 'Liberty Village', []],
    ['Referred By', (c, o, r) => v.pick(r, ['', '', 'Instagram', 'Friend referral', 'Google']), []],
    ['Account Balance', (c, o, r) => (r() < 0.8 ? '$0.00' : `-$${v.money(r, 10, 180)}`), []],
  ] },

  // ---------------------------------------------------------------- Pike13 transactions
  { name: 'pike13-transactions-report-csv', product: 'Pike13 (Reports > Transactions > Export CSV, English UI, a Denver climbing gym and kids\' swim school selling memberships, passes and retail at the front desk)', family: 'pos', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 30000000, 39999999)), [...TXN, '_id']],
    ['Transaction Date', (c, o) => mdyNp(o.at, -7), ['timestamp']],
    ['Invoice #', (c, o, r) => String(v.int(r, 1000000, 1999999)), [OR('purchaseID')]],
    ['Client', (c) => nm(c), []],
    ['Client ID', (c, o, r) => String(v.int(r, 5000000, 9999999)), CUST_ID, opt],
    ['Client Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Item', (c, o, r) => v.pick(r, ['Adult Monthly Membership', '10 Climb Punch Card', 'Day Pass', 'Learn to Swim - Level 2 (8 wks)', 'Chalk Bag', 'Shoe Rental']), [PL('name')]],
    ['Product Type', (c, o, r) => v.pick(r, ['Membership', 'Pass', 'Pass', 'Course', 'Retail']), [PL('productCategories[0].categoryName')], opt],
    ['Gross Amount', (c, o) => money(o.subtotal), [OR('priceTotal')], opt],
    ['Discount', (c, o) => money(o.discount), [OR('discountAmount')]],
    ['Tax', (c, o) => money(o.tax * 0.3), [OR('taxAmount')]],
    ['Amount', (c, o) => money(o.subtotal - o.discount + o.tax * 0.3), ['commerce.order.payments[0].paymentAmount', OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode'), 'commerce.order.payments[0].currencyCode']],
    ['Payment Method', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Amex', 'Cash', 'ACH', 'Account Credit']), PAYTYPE],
    ['Last 4', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['State', (c, o, r) => v.pick(r, ['settled', 'settled', 'settled', 'pending', 'failed', 'refunded']), [], opt],
    ['Refunded Amount', (c, o, r) => (r() < 0.9 ? '0.00' : money(o.subtotal)), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Autobill', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Business Location', (c, o, r) => v.pick(r, ['RiNo Climbing', 'Englewood Pool']), [], opt],
    ['Staff Member', (c, o, r) => v.pick(r, ['Front Desk', 'Kelsey M.', 'Online']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Prorated first month', 'Birthday party deposit']), []],
  ] },

  // ---------------------------------------------------------------- Givelify donations
  { name: 'givelify-donations-report-download', product: 'Givelify (Givelify Studio > Donations > Download report, CSV, English UI, an Atlanta church receiving app gifts to its Tithes, Offering and Building Fund envelopes)', family: 'payments', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, [...TXN, '_id']],
    ['Receipt Number', (c, o, r) => `GV${v.int(r, 10000000, 99999999)}`, [OR('purchaseID')], opt],
    ['Date', (c, o) => mdyT(o.at, -5), ['timestamp']],
    ['Donor ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), CUST_ID, opt],
    ['Donor Name', (c) => nm(c), []],
    ['Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Phone', (c, o, r) => (r() < 0.4 ? '' : usDash(r)), PHONE_ID, opt],
    ['Address', (c, o, r, i) => row(GA_ADR, i)[0], [BILL('street1')], opt],
    ['City', (c, o, r, i) => row(GA_ADR, i)[1], [BILL('city')], opt],
    ['State', (c, o, r, i) => row(GA_ADR, i)[2], [BILL('stateProvince'), BILL('state')], opt],
    ['Zip', (c, o, r, i) => row(GA_ADR, i)[3], [BILL('postalCode')], opt],
    ['Envelope', (c, o, r) => v.pick(r, ['Tithes', 'Tithes', 'Offering', 'Building Fund', 'Missions']), [PL('name')], opt],
    ['Amount', (c, o, r) => money(v.pick(r, [25, 50, 100, 250, 40, 500])), [OR('priceTotal'), 'commerce.order.payments[0].paymentAmount']],
    ['Fee', (c, o, r) => money(v.int(r, 100, 1500) / 100), []],
    ['Net Amount', (c, o, r) => money(v.int(r, 2400, 48000) / 100), [], opt],
    ['Donor Covered Fee', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Payment Method', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Apple Pay', 'Google Pay', 'Discover']), PAYTYPE],
    ['Recurring', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Memo', (c, o, r) => v.pick(r, ['', '', 'In memory of Mother Ruth', 'Youth ministry']), []],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Refunded']), [], opt],
    ['Deposit Date', (c, o, r) => mdy(o.at + v.int(r, 2, 5) * DAY, -5), [], opt],
    ['Campus', (c, o, r) => v.pick(r, ['Main Campus', 'South Fulton']), []],
  ] },

  // ---------------------------------------------------------------- Fundraise Up donations
  { name: 'fundraiseup-donations-export-csv', product: 'Fundraise Up (Dashboard > Donations > Export, CSV, English UI, a US environmental nonprofit taking one-time and monthly gifts through its checkout and campaign pages)', family: 'payments', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o, r) => `D${v.alnum(r, 7).toUpperCase()}`, ['_id', ...TXN, OR('purchaseID')]],
    ['Date (UTC)', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['Status', (c, o, r) => v.pick(r, ['Succeeded', 'Succeeded', 'Succeeded', 'Refunded', 'Failed']), [], opt],
    ['Amount', (c, o, r) => money(v.pick(r, [25, 50, 100, 35, 250, 1000])), [OR('priceTotal'), 'commerce.order.payments[0].paymentAmount']],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'USD', 'CAD', 'GBP']), [OR('currencyCode'), 'commerce.order.payments[0].currencyCode']],
    ['Amount in USD', (c, o, r) => money(v.int(r, 2500, 100000) / 100), [], opt],
    ['Fees covered', (c, o, r) => (r() < 0.5 ? '0.00' : money(v.int(r, 80, 3200) / 100)), []],
    ['Frequency', (c, o, r) => v.pick(r, ['One-time', 'One-time', 'Monthly', 'Yearly']), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['Year-End Appeal 2024', 'Wildfire Recovery Fund', 'General Donations']), ['marketing.campaignName'], opt],
    ['Designation', (c, o, r) => v.pick(r, ['Where it\'s needed most', 'Reforestation', 'River Cleanup']), [PL('name')], opt],
    ['Supporter ID', (c, o, r) => `S${v.alnum(r, 7).toUpperCase()}`, CUST_ID, opt],
    ['First name', (c) => c.first, []],
    ['Last name', (c) => c.last, []],
    ['Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Phone', (c, o, r) => (r() < 0.6 ? '' : usE164(r)), PHONE_ID, opt],
    ['Employer', (c, o, r) => (r() < 0.7 ? '' : c.company), []],
    ['Address line 1', (c, o, r, i) => row(US_ADR, i)[0], [BILL('street1')]],
    ['City', (c, o, r, i) => row(US_ADR, i)[1], [BILL('city')]],
    ['State', (c, o, r, i) => row(US_ADR, i)[2], [BILL('stateProvince'), BILL('state')]],
    ['Postal code', (c, o, r, i) => row(US_ADR, i)[3], [BILL('postalCode')]],
    ['Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Payment method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Apple Pay', 'PayPal', 'ACH', 'Google Pay']), PAYTYPE],
    ['Card brand', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Amex', '']), []],
    ['UTM source', (c, o, r) => v.pick(r, ['', 'newsletter', 'facebook', 'google']), [], opt],
    ['UTM medium', (c, o, r) => v.pick(r, ['', 'email', 'paid_social', 'cpc']), [], opt],
    ['UTM campaign', (c, o, r) => v.pick(r, ['', 'yea2024', 'wildfire_match', 'giving_tuesday']), ['marketing.campaignName']],
    ['Page URL', (c, o, r) => v.pick(r, ['https://www.clearwatertrust.org/donate', 'https://www.clearwatertrust.org/', 'https://www.clearwatertrust.org/wildfire']), ['web.webPageDetails.URL']],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Tablet']), ['device.type'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Edge', 'Firefox']), ['environment.browserDetails.name']],
    ['Comment', (c, o, r) => v.pick(r, ['', '', 'In honor of my dad', 'Keep up the great work!']), []],
    ['Anonymous', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
  ] },

  // ---------------------------------------------------------------- Xola itemized purchases
  { name: 'xola-itemized-purchase-report-xlsx', product: 'Xola (Reports > Custom Reports > Itemized Purchase > Export to Excel, English UI, a Colorado whitewater-rafting outfitter; one row per purchase line: demographics, add-ons, taxes, fees)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.hex(r, 24), TXN, opt],
    ['Transaction Date', (c, o) => mdy(o.at, -7), ['timestamp'], opt],
    ['Arrival Date', (c, o, r) => mdy(o.at + v.int(r, 5, 60) * DAY, -7), [], opt],
    ['Arrival Time', (c, o, r) => v.pick(r, ['8:30 AM', '10:00 AM', '1:30 PM']), []],
    ['Purchase ID', (c, o, r) => v.hex(r, 24), [OR('purchaseID')]],
    ['Product', (c, o, r) => v.pick(r, ['Browns Canyon Half Day', 'Royal Gorge Full Day', 'Family Float - Bighorn Sheep Canyon']), [PL('name')]],
    ['List Item', (c, o, r) => v.pick(r, ['Adult', 'Adult', 'Youth (10-15)', 'Wetsuit Rental', 'Photo Package']), [PL('name')], opt],
    ['Type', (c, o, r) => v.pick(r, ['Demographic', 'Demographic', 'Add-on', 'Tax', 'Fee']), [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Amount', (c, o) => money(o.lineTotal), [PL('priceTotal')]],
    ['Payment', (c, o) => money(o.lineTotal), ['commerce.order.payments[0].paymentAmount'], opt],
    ['Deferred', (c, o, r) => (r() < 0.5 ? '0.00' : money(o.lineTotal)), []],
    ['Recognized', (c, o, r) => (r() < 0.5 ? '0.00' : money(o.lineTotal)), []],
    ['Payment Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Partial', 'Unpaid']), [], opt],
    ['Customer Name', (c) => nm(c), []],
    ['Customer Email', (c, o, r) => pmail(c, r), EMAIL_ID, opt],
    ['Customer Phone', (c, o, r) => usPhone(r), PHONE_ID, opt],
    ['Source', (c, o, r) => v.pick(r, ['checkout', 'checkout', 'office', 'Viator', 'Expedia']), [], opt],
    ['Code', (c, o) => (o.coupon ? 'SPLASH10' : ''), ['commerce.promotionID'], opt],
    ['Seller', () => 'Arkansas River Adventures', []],
  ] },

  // ---------------------------------------------------------------- ResDiary bookings
  { name: 'resdiary-bookings-export-uk', product: 'ResDiary (bookings CSV in ResDiary\'s import/export column names, English (UK) UI, an Edinburgh restaurant group\'s online and phone table bookings)', family: 'crm', language: 'en', schema: E, cols: [
    ['BookingReference', (c, o, r) => `RD${v.int(r, 10000000, 99999999)}`, ['_id', OR('purchaseID')], opt],
    ['RestaurantName', (c, o, r) => v.pick(r, ['The Bothy Bistro', 'Leith Shore Kitchen']), []],
    ['CustomerId', (c, o, r) => String(v.int(r, 2000000, 8999999)), CUST_ID, opt],
    ['BookingDateTime', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['VisitDate', (c, o, r) => ymd(o.at + v.int(r, 0, 30) * DAY), [], opt],
    ['VisitTime', (c, o, r) => v.pick(r, ['12:30', '13:00', '18:00', '19:30', '20:15']), []],
    ['ServiceName', (c, o, r) => v.pick(r, ['Lunch', 'Dinner', 'Sunday Roast']), []],
    ['PartySize', (c, o, r) => String(v.int(r, 1, 8)), []],
    ['Tables', (c, o, r) => v.pick(r, ['12', '4', '71,72', 'Booth 1', '']), []],
    ['Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Closed', 'Cancelled', 'No Show']), [], opt],
    ['FirstName', (c) => c.first, []],
    ['Surname', (c) => c.last, []],
    ['Email', (c, o, r) => ukmail(c, r), EMAIL_ID, opt],
    ['MobileNumber', (c, o, r) => (r() < 0.5 ? ukMobile(r) : ukIntl(r)), PHONE_ID, opt],
    ['Company', (c, o, r) => (r() < 0.85 ? '' : c.company), []],
    ['Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Phone', 'Walk In', 'Google']), [], opt],
    ['Promotion', (c, o, r) => v.pick(r, ['', '', 'Early Bird 2 Courses', 'Festival Set Menu']), ['commerce.promotionID'], opt],
    ['DepositAmount', (c, o, r) => (r() < 0.7 ? '0.00' : money(10 * v.int(r, 2, 8))), ['commerce.order.payments[0].paymentAmount'], opt],
    ['BookingReasons', (c, o, r) => v.pick(r, ['', '', 'Birthday', 'Anniversary', 'Business']), []],
    ['BookingComments', (c, o, r) => v.pick(r, ['', '', 'Window table please', 'Nut allergy', 'Pram']), []],
    ['ReceiveEmailMarketing', (c, o, r) => v.pick(r, ['True', 'False']), []],
    ['ReceiveSmsMarketing', (c, o, r) => v.pick(r, ['True', 'False', 'False']), []],
    ['BookingDuration', (c, o, r) => v.pick(r, ['90', '120', '150']), []],
  ] },

  // ---------------------------------------------------------------- GymMaster members
  { name: 'gymmaster-members-export-nz', product: 'GymMaster (Reports > Members > Export, CSV, English (NZ) UI, an Auckland 24/7 gym with access tags)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => String(v.int(r, 1000, 29999)), ID],
    ['First Name', (c) => c.first, FN],
    ['Surname', (c) => c.last, LN],
    ['Email', (c, o, r) => nzmail(c, r), PMAIL],
    ['Cellphone', (c, o, r) => nzMobile(r), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.7 ? '' : nzLand(r)), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.85 ? '' : nzLand(r)), ['workPhone.number']],
    ['Date of Birth', (c) => dmy(c.birth), ['person.birthDate'], opt],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Address', (c, o, r, i) => row(NZ_ADR, i)[0], H('street1')],
    ['Suburb', (c, o, r, i) => row(NZ_ADR, i)[1], [...H('street2'), ...H('street3'), ...H('city')], opt],
    ['City', (c, o, r, i) => row(NZ_ADR, i)[2], H('city')],
    ['Postcode', (c, o, r, i) => row(NZ_ADR, i)[3], H('postalCode')],
    ['Country', () => 'New Zealand', H('country')],
    ['Membership', (c, o, r) => v.pick(r, ['24/7 Access - Fortnightly DD', 'Off-Peak', 'Student 24/7', '10 Visit Concession', '']), [], opt],
    ['Membership Start', (c) => dmy(c.created), [], opt],
    ['Membership End', (c, o, r) => (r() < 0.6 ? '' : dmy(c.updated)), [], opt],
    ['Joining Date', (c) => dmy(c.created), ['loyalty.joinDate'], opt],
    ['Tag Number', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Current', 'Current', 'Current', 'Expired', 'Suspended', 'Prospect']), [], opt],
    ['Last Visit', (c) => dmyHM(c.updated, 13), [], opt],
    ['Total Visits', (c, o, r) => String(v.int(r, 0, 600)), []],
    ['Balance', (c, o, r) => (r() < 0.8 ? '0.00' : `-${v.money(r, 10, 120)}`), []],
    ['Source', (c, o, r) => v.pick(r, ['Walk-in', 'Website', 'Facebook', 'Referral', '']), []],
    ['Emergency Contact', (c, o, r) => v.pick(r, ['', 'Aroha (partner)', 'Mum', 'James - brother']), []],
    ['Emergency Phone', (c, o, r) => (r() < 0.4 ? '' : nzMobile(r)), []],
  ] },

  // ---------------------------------------------------------------- Club OS prospects and members
  { name: 'club-os-contacts-export-csv', product: 'Club OS (Reports > Export contacts, CSV, English UI, a US franchise health club using Club OS to follow up leads and members by e-mail, text and calls)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Club OS ID', (c, o, r) => String(v.int(r, 100000000, 199999999)), ID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => pmail(c, r), PMAIL],
    ['Mobile Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.7 ? '' : usPhone(r)), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.85 ? '' : usPhone(r)), ['workPhone.number']],
    ['Address 1', (c, o, r, i) => row(US_ADR, i)[0], H('street1')],
    ['Address 2', (c, o, r) => (r() < 0.75 ? '' : `Apt ${v.int(r, 1, 40)}`), H('street2')],
    ['City', (c, o, r, i) => row(US_ADR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(US_ADR, i)[2], HSTATE],
    ['Zip', (c, o, r, i) => row(US_ADR, i)[3], H('postalCode')],
    ['Birthday', (c, o, r) => (r() < 0.3 ? '' : mdy(c.birth)), ['person.birthDate'], opt],
    ['Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Club', (c, o, r) => v.pick(r, ['Plano - Legacy', 'Frisco North']), []],
    ['Contact Type', (c, o, r) => v.pick(r, ['Lead', 'Lead', 'Member', 'Former Member', 'Trial']), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['Web Lead', 'Walk In', 'Referral', 'Facebook Ad', 'Guest Pass']), [], opt],
    ['Salesperson', (c, o, r) => v.pick(r, ['Tyler Brooks', 'Ashley Kim', 'Unassigned']), []],
    ['Agreement Type', (c, o, r) => v.pick(r, ['', 'Black Card 12 Mo', 'Classic Month to Month', 'PT 8 Pack']), [], opt],
    ['Date Created', (c) => mdy(c.created), [], opt],
    ['Last Contacted', (c) => mdy(c.updated), [], opt],
    ['Next Follow Up', (c, o, r) => (r() < 0.5 ? '' : mdy(c.updated + 3 * DAY)), []],
    ['Email Opt Out', (c, o, r) => v.pick(r, ['N', 'N', 'N', 'Y']), [], opt],
    ['SMS Opt Out', (c, o, r) => v.pick(r, ['N', 'N', 'Y']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'New Year Promo', 'PT Interest', 'Kids Club']), []],
  ] },
]
