// Round 100, tune100: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language payment providers, card terminals, subscription billing,
// payouts and invoicing tools of the US, the UK, Australia, India and Canada: payment, terminal and gateway
// transactions, invoices, customers, clients and payees; all English.
import { E, P, B, v, at, HOME, B2BID, PL, OR, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats (h = the merchant's UTC offset)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const hms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hma = (ms, h = 0) => { const p = shift(ms, h); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }
const mdyHMSa = (ms, h = -6) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdy = (ms, h = -6) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
const dMonY = (ms, h = 5.5) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}` }
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoOff = (ms, h, off) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${off}` }
const day = 86400000
const n2 = (n) => n.toFixed(2)
const th = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
// Indian grouping: 1,23,456.00
const inr = (n) => { const [i, d] = n.toFixed(2).split('.'); const last3 = i.slice(-3), rest = i.slice(0, -3); return `${rest ? rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' : ''}${last3}.${d}` }
// one payment in seven is declined / failed (keeps status and codes together)
const dec = (o) => +o.id % 7 === 3
// a tip on one payment in four (keeps tip and total together)
const tip = (o) => (+o.id % 4 === 1 ? 2 + (+o.id % 5) : 0)
const BRANDS = ['Visa', 'Mastercard', 'Visa', 'Amex', 'Mastercard', 'Visa']

// people and places
const nameOf = (F, L, i) => [F[i % F.length], L[(i * 3 + 1) % L.length]]
const mail = (f, l, r, dom) => `${f}.${l}`.toLowerCase().replace(/[^a-z.]/g, '') + v.int(r, 1, 99) + '@' + v.pick(r, dom)
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper', 'Zara', 'Harrison']
const AU_LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', 'Singh', 'Martin', 'Anderson', 'Papadopoulos']
const AU = [['12 Smith St', 'Fitzroy', 'VIC', '3065'], ['88 George St', 'Sydney', 'NSW', '2000'], ['4/210 Brunswick St', 'Fortitude Valley', 'QLD', '4006'], ['31 King William Rd', 'Unley', 'SA', '5061'], ['7 Hay St', 'Subiaco', 'WA', '6008'], ['150 Elizabeth St', 'Hobart', 'TAS', '7000'], ['22 Ormond Rd', 'Elwood', 'VIC', '3184']]
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auLand = (r) => `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 9000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const UK_FIRST = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Freya', 'Arjun', 'Sophie', 'Callum', 'Niamh']
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Davies', 'Evans', 'Patel', 'Hughes', 'Wright', 'Khan', 'MacDonald']
const UK = [['14 Gloucester Road', '', 'Bristol', 'Bristol', 'BS7 8AA'], ['Flat 3, 27 Hyde Park Road', '', 'Leeds', 'West Yorkshire', 'LS6 1PY'], ['9 Mill Lane', 'Chorlton', 'Manchester', 'Greater Manchester', 'M21 9XY'], ['52 Cowley Road', '', 'Oxford', 'Oxfordshire', 'OX4 1JB'], ['3 Rose Street', '', 'Edinburgh', 'City of Edinburgh', 'EH2 2PR'], ['118 Wandsworth Bridge Road', '', 'London', 'Greater London', 'SW6 2TF']]
const ukMob = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const UK_CO = [
  ['Severn Joinery Ltd', 'severnjoinery.co.uk', 'Unit 4, Avonside Industrial Estate', '', 'Bristol', 'Bristol', 'BS2 0UQ'],
  ['Pennine Print & Design', 'penninepd.co.uk', '21 Wellington Street', '', 'Leeds', 'West Yorkshire', 'LS1 4LT'],
  ['Hartley & Cole Architects', 'hartleycole.com', '5 Quay Street', 'Second Floor', 'Manchester', 'Greater Manchester', 'M3 3JE'],
  ['Thistle Events Ltd', 'thistleevents.co.uk', '40 Thistle Street', '', 'Edinburgh', 'City of Edinburgh', 'EH2 1EN'],
  ['Cotswold Garden Rooms', 'cotswoldgardenrooms.co.uk', 'The Old Forge', 'High Street', 'Chipping Norton', 'Oxfordshire', 'OX7 5AD'],
]
const US_CO = [
  ['Northwind Analytics LLC', 'northwindanalytics.com', '500 Boylston St', 'Suite 1200', 'Boston', 'MA', '02116'],
  ['Cascade Dental Group', 'cascadedental.com', '1201 3rd Ave', '', 'Seattle', 'WA', '98101'],
  ['Lone Star HVAC Services', 'lonestarhvac.com', '4100 Lamar Blvd', '', 'Austin', 'TX', '78756'],
  ['Redwood Yoga Studio', 'redwoodyoga.com', '88 Castro St', '', 'Mountain View', 'CA', '94041'],
  ['Summit Ridge Property Mgmt', 'summitridgepm.com', '1700 Lincoln St', 'Floor 3', 'Denver', 'CO', '80203'],
  ['Harbor Point Software Inc.', 'harborpoint.dev', '100 Pine St', '', 'Atlanta', 'GA', '30303'],
]
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const IN_FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Meera', 'Aditya', 'Pooja']
const IN_LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Kulkarni', 'Das', 'Singh', 'Menon', 'Joshi']
const inMob = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63', '91'])}${v.int(r, 10000000, 99999999)}`
const IN_CO = [
  ['Kaveri Infotech Pvt Ltd', 'Karnataka', '29', 'kaveriinfotech.in'], ['Sahyadri Fintech Solutions LLP', 'Maharashtra', '27', 'sahyadrifin.com'],
  ['Deccan CloudWorks Pvt Ltd', 'Telangana', '36', 'deccancloud.io'], ['Marina Bay Retail Pvt Ltd', 'Tamil Nadu', '33', 'marinabayretail.in'],
  ['Gurgaon SaaS Labs Pvt Ltd', 'Haryana', '06', 'gsaaslabs.com'], ['Hooghly Textiles', 'West Bengal', '19', 'hooghlytextiles.com'],
]
const gstin = (r, st) => `${st}${v.pick(r, ['AAB', 'AAC', 'AAF', 'ABC'])}${v.pick(r, ['C', 'F', 'P'])}${v.int(r, 1000, 9999)}${v.pick(r, ['A', 'K', 'M', 'R'])}1Z${v.int(r, 1, 9)}`
const CA_FIRST = ['Emma', 'Liam', 'Chloé', 'Noah', 'Olivia', 'William', 'Maya', 'Ethan', 'Léa', 'Lucas', 'Harpreet', 'Sophie']
const CA_LAST = ['Tremblay', 'Smith', 'Roy', 'Brown', 'Gagnon', 'Wilson', 'Côté', 'MacDonald', 'Lee', 'Bouchard', 'Gill', 'Martin']
const CA = [['1250 Rue Sainte-Catherine O', 'Apt 804', 'Montréal', 'QC', 'H3G 1P1'], ['55 Bloor St W', '', 'Toronto', 'ON', 'M4W 1A5'], ['1088 Homer St', 'Unit 1502', 'Vancouver', 'BC', 'V6B 2X1'], ['10150 Jasper Ave NW', '', 'Edmonton', 'AB', 'T5J 1W4'], ['1801 Hollis St', '', 'Halifax', 'NS', 'B3J 3N4'], ['350 Sparks St', '', 'Ottawa', 'ON', 'K1R 7S8']]
const caPhone = (r) => `+1${v.pick(r, ['514', '416', '604', '780', '902', '613'])}${v.int(r, 2000000, 9999999)}`

// label shorthands
const TXN = [OR('payments[0].transactionID'), '_id']
const WHEN = ['timestamp', OR('createdDate')]
const TOTAL = [OR('priceTotal'), OR('payments[0].paymentAmount')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const REFUND = [OR('refundTotal'), OR('refunds[0].refundAmount')]
const PAYTYPE = [OR('payments[0].paymentType')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const BADR = (leaf) => at(['billingAddress', ...HOME], leaf)
const BSTATE = [...BADR('stateProvince'), ...BADR('state')]
const WADR = (leaf) => at(['workAddress', ...HOME], leaf)
const WSTATE = [...WADR('stateProvince'), ...WADR('state')]
const CPHONE = ['mobilePhone.number', 'homePhone.number', 'billingAddressPhone.number']

export const SETS = [
  // ---------------------------------------------------------------- payments (Airwallex, Payments > Payment activity > Export)
  { name: 'airwallex-payment-activity-export-au', product: 'Airwallex (web app: Payments > Payment activity > Export, columns chosen in the export dialog, CSV, English UI, a Melbourne specialty-coffee online store taking cards and wallets)', family: 'payments', language: 'en', schema: E, cols: [
    ['Account', () => 'Harbour Lane Coffee Roasters Pty Ltd', []],
    ['Time zone', () => 'UTC+10:00', []],
    ['Payment created time', (c, o) => ymdHMS(o.at, 10), WHEN],
    ['Payment ID', (c, o, r) => `int_hkpd${v.alnum(r, 18).toLowerCase()}`, TXN],
    ['Payment attempt ID', (c, o, r) => `att_hkpd${v.alnum(r, 18).toLowerCase()}`, [OR('payments[0].transactionID')], opt],
    ['Order ID', (c, o) => `HL-${30000 + +o.id}`, [OR('purchaseID')]],
    ['Request ID', (c, o, r) => v.uuid(r), [], opt],
    ['Descriptor', () => 'HARBOUR LANE COFFEE', []],
    ['Payment status', (c, o) => (dec(o) ? 'FAILED' : +o.id % 11 === 5 ? 'REFUNDED' : 'SUCCEEDED'), [], opt],
    ['Payment currency', () => 'AUD', CUR],
    ['Payment amount', (c, o) => n2(o.total * 1.6), TOTAL],
    ['Refunded amount', (c, o) => (+o.id % 11 === 5 ? n2(o.total * 1.6) : '0.00'), REFUND],
    ['Latest payment attempt status', (c, o) => (dec(o) ? 'FAILED' : 'SETTLED'), [], opt],
    ['Authorization response code', (c, o) => (dec(o) ? '51' : '00'), []],
    ['Authorization code description', (c, o) => (dec(o) ? 'Insufficient funds' : 'Approved'), []],
    ['Acquirer reference number', (c, o, r) => String(v.int(r, 1e9, 9e9)) + String(v.int(r, 1e9, 9e9)), []],
    ['Payment method', (c, o, r, i) => row(['card', 'card', 'applepay', 'card', 'googlepay', 'card', 'paypal'], i), PAYTYPE],
    ['Card brand', (c, o, r, i) => (row(['card', 'card', 'applepay', 'card', 'googlepay', 'card', 'paypal'], i) === 'paypal' ? '' : row(BRANDS, i).toLowerCase()), []],
    ['Card issuing country', (c, o, r) => v.pick(r, ['AU', 'AU', 'AU', 'NZ', 'GB']), []],
    ['Customer ID', (c, o, r) => (r() < 0.4 ? '' : `cus_hkpd${v.alnum(r, 18).toLowerCase()}`), [], opt],
    ['Shopper name', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i).join(' '), []],
    ['Shopper email', (c, o, r, i) => mail(...nameOf(AU_FIRST, AU_LAST, i), r, ['gmail.com', 'bigpond.com', 'outlook.com.au']), EMAIL_ID, opt],
    ['Shopper phone number', (c, o, r) => (r() < 0.3 ? '' : `+61${auMob(r).slice(1).replace(/ /g, '')}`), PHONE_ID, opt],
    ['Billing address country', () => 'AU', [BILL('countryCode')]],
    ['Shopper IP address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Metadata', (c, o, r) => v.pick(r, ['', '{"channel":"shopify"}', '{"subscription":"true"}']), []],
  ] },

  // ---------------------------------------------------------------- POS (Zeller, Dashboard > Transactions > Export)
  { name: 'zeller-dashboard-transactions-export', product: 'Zeller (Zeller Dashboard: Transactions > filter > Export CSV, English UI, a Brisbane café with two Zeller Terminals and surcharging on)', family: 'pos', language: 'en', schema: E, cols: [
    ['Date', (c, o) => dmy(o.at, 10), ['timestamp', OR('createdDate')], opt],
    ['Time', (c, o) => hma(o.at, 10), []],
    ['Transaction ID', (c, o, r) => v.uuid(r), TXN],
    ['Type', (c, o) => (+o.id % 11 === 5 ? 'Refund' : 'Purchase'), [], opt],
    ['Status', (c, o) => (dec(o) ? 'Declined' : 'Approved'), [], opt],
    ['Site', (c, o, r, i) => row(['Paddington', 'Paddington', 'Newstead'], i), [], opt],
    ['Device', (c, o, r, i) => row(['Front Counter', 'Front Counter', 'Zeller Terminal 2'], i), []],
    ['Card Type', (c, o, r, i) => row(BRANDS, i), []],
    ['Card Number', (c, o, r) => `•••• ${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Entry Mode', (c, o, r) => v.pick(r, ['Contactless', 'Contactless', 'Contactless', 'Chip', 'Manual']), []],
    ['Amount', (c, o) => n2(o.subtotal), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Surcharge', (c, o) => n2(o.subtotal * 0.014), []],
    ['Tip', (c, o) => n2(tip(o)), []],
    ['Total', (c, o) => n2(o.subtotal * 1.014 + tip(o)), TOTAL],
    ['Fees', (c, o) => n2(o.subtotal * 0.014), []],
    ['Reference', (c, o, r) => (r() < 0.6 ? '' : `Table ${v.int(r, 1, 18)}`), [], opt],
    ['Auth Code', (c, o, r) => (dec(o) ? '' : String(v.int(r, 100000, 999999))), []],
    ['Response Code', (c, o) => (dec(o) ? '51' : '00'), []],
    ['RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), []],
    ['Settlement Date', (c, o) => dmy(o.at + day, 10), [], opt],
    ['Staff', (c, o, r) => v.pick(r, ['Mia', 'Cooper', 'Zara', '']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Invoice2go, Clients > Export)
  { name: 'invoice2go-clients-export-au', product: 'Invoice2go (web: Clients > Export client list, CSV, English UI, an Australian residential electrician invoicing householders; client fields per support.2go.com)', family: 'invoicing', language: 'en', schema: P, cols: [
    ['Client name', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i + 2).join(' '), FULL],
    ['Contact name', (c, o, r, i) => (i % 3 === 0 ? nameOf(AU_FIRST, AU_LAST, i + 5)[0] + ' ' + nameOf(AU_FIRST, AU_LAST, i + 2)[1] : ''), FULL, opt],
    ['Email', (c, o, r, i) => mail(...nameOf(AU_FIRST, AU_LAST, i + 2), r, ['gmail.com', 'bigpond.com', 'hotmail.com', 'icloud.com']), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? '' : auLand(r)), ['homePhone.number', 'billingAddressPhone.number']],
    ['Mobile', (c, o, r) => auMob(r), ['mobilePhone.number']],
    ['Billing address line 1', (c, o, r, i) => row(AU, i)[0], ['billingAddress.street1']],
    ['Billing address line 2', (c, o, r) => (r() < 0.2 ? 'Rear entry via lane' : ''), ['billingAddress.street2']],
    ['City', (c, o, r, i) => row(AU, i)[1], ['billingAddress.city']],
    ['State', (c, o, r, i) => row(AU, i)[2], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Postcode', (c, o, r, i) => row(AU, i)[3], ['billingAddress.postalCode']],
    ['Country', () => 'Australia', ['billingAddress.country']],
    ['Website', (c, o, r) => (r() < 0.85 ? '' : 'www.elwoodcafe.com.au'), []],
    ['Tax no.', (c, o, r) => (r() < 0.8 ? '' : `${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`), ['person.taxId'], opt],
    ['Payment terms', (c, o, r) => v.pick(r, ['7 days', '14 days', 'Due on receipt', '30 days']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Dog in backyard - call before arriving', 'Strata building, key at office', 'Prefers bank transfer']), []],
    ['Total invoiced', (c, o) => th(o.total * 9), []],
    ['Balance due', (c, o, r) => (r() < 0.7 ? '0.00' : th(o.total * 2)), []],
    ['Date created', (c) => dmy(c.created, 10), [], opt],
  ] },

  // ---------------------------------------------------------------- subscriptions (Billsby, Customers > Export)
  { name: 'billsby-customers-export-uk', product: 'Billsby (control panel: Customers > Export customers, CSV, English UI, a UK meal-kit and coffee subscription business)', family: 'payments', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => `CUST${v.alnum(r, 8).toUpperCase()}`, ['_id', 'personID']],
    ['First name', (c, o, r, i) => nameOf(UK_FIRST, UK_LAST, i)[0], FN],
    ['Last name', (c, o, r, i) => nameOf(UK_FIRST, UK_LAST, i)[1], LN],
    ['Email', (c, o, r, i) => mail(...nameOf(UK_FIRST, UK_LAST, i), r, ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com']), ['personalEmail.address']],
    ['Company name', (c, o, r) => (r() < 0.85 ? '' : 'Severn Joinery Ltd'), ['organizations[0]'], opt],
    ['Phone number', (c, o, r) => ukMob(r), CPHONE],
    ['Address line 1', (c, o, r, i) => row(UK, i)[0], BADR('street1')],
    ['Address line 2', (c, o, r, i) => row(UK, i)[1], BADR('street2')],
    ['City', (c, o, r, i) => row(UK, i)[2], BADR('city')],
    ['County', (c, o, r, i) => row(UK, i)[3], BSTATE],
    ['Post code', (c, o, r, i) => row(UK, i)[4], BADR('postalCode')],
    ['Country', () => 'United Kingdom', BADR('country')],
    ['Plan', (c, o, r) => v.pick(r, ['Classic Box - 2 people', 'Classic Box - 4 people', 'Coffee Club', 'Veggie Box - 2 people']), []],
    ['Cycle', (c, o, r) => v.pick(r, ['Weekly', 'Fortnightly', 'Monthly']), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Paused', 'Cancelled', 'Suspended']), [], opt],
    ['Signed up on', (c) => dmy(c.created), [], opt],
    ['Next billing date', (c, o, r) => dmy(Date.UTC(2025, 5, 1) + v.int(r, 0, 30) * day), []],
    ['Monthly recurring revenue', (c, o) => `£${n2(o.total)}`, []],
    ['Lifetime value', (c, o, r) => `£${th(o.total * v.int(r, 2, 30))}`, []],
    ['Card type', (c, o, r, i) => row(BRANDS, i), []],
    ['Card expiry', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 26, 30)}`, []],
    ['Email marketing consent', (c, o, r) => v.pick(r, ['Yes', 'No']), [], opt],
    ['Tax registration number', () => '', []],
  ] },

  // ---------------------------------------------------------------- POS (takepayments, merchant portal: Transactions > Download)
  { name: 'takepayments-portal-transactions-csv', product: 'takepayments (takepayments merchant portal: Transactions > Card transactions > Download CSV, English UI, a Bristol pub and kitchen with three card machines)', family: 'pos', language: 'en', schema: E, cols: [
    ['Transaction Date', (c, o) => dmy(o.at, 1), ['timestamp', OR('createdDate')], opt],
    ['Transaction Time', (c, o) => hms(o.at, 1), []],
    ['Merchant ID', () => '4410238876', []],
    ['Outlet', () => 'The Gloucester Arms', [], opt],
    ['Terminal ID', (c, o, r, i) => row(['27640011', '27640012', '27640013'], i), []],
    ['Transaction Type', (c, o) => (+o.id % 11 === 5 ? 'Refund' : 'Sale'), [], opt],
    ['Card Scheme', (c, o, r, i) => row(['Visa Debit', 'Mastercard', 'Visa Debit', 'American Express', 'Visa Credit', 'Maestro'], i), []],
    ['Card Number', (c, o, r) => `************${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Entry Mode', (c, o, r) => v.pick(r, ['Contactless', 'Contactless', 'Chip & PIN', 'Apple Pay', 'Google Pay']), []],
    ['Sale Amount', (c, o) => `£${n2(o.subtotal)}`, [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Gratuity', (c, o) => `£${n2(tip(o))}`, []],
    ['Cashback', () => '£0.00', []],
    ['Total Amount', (c, o) => `£${n2(o.subtotal + tip(o))}`, TOTAL],
    ['Currency', () => 'GBP', CUR],
    ['Status', (c, o) => (dec(o) ? 'Declined' : 'Authorised'), [], opt],
    ['Auth Code', (c, o, r) => (dec(o) ? '' : String(v.int(r, 100000, 999999))), []],
    ['Transaction Reference', (c, o, r) => `${v.int(r, 1e8, 9e8)}${v.hex(r, 6).toUpperCase()}`, TXN],
    ['Batch Number', (c, o, r) => String(v.int(r, 100, 999)), []],
    ['Settlement Date', (c, o) => dmy(o.at + day, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing (Pandle, Customers > Export)
  { name: 'pandle-customers-export', product: 'Pandle (Customers > Customers list > Export to CSV, English UI, a UK IT-support sole trader\'s business customers)', family: 'invoicing', language: 'en', schema: B, cols: [
    ['Account Code', (c, o, r, i) => `${row(UK_CO, i)[0].slice(0, 3).toUpperCase()}00${1 + (i % 5)}`, [...B2BID, 'b2b.accountID']],
    ['Customer Name', (c, o, r, i) => row(UK_CO, i)[0], CO],
    ['Contact Name', (c, o, r, i) => nameOf(UK_FIRST, UK_LAST, i + 3).join(' '), FULL],
    ['Email', (c, o, r, i) => `${nameOf(UK_FIRST, UK_LAST, i + 3)[0].toLowerCase()}@${row(UK_CO, i)[1]}`, MAIL],
    ['Phone', (c, o, r) => `0${v.pick(r, ['117', '113', '161', '131', '1608'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? '' : ukMob(r)), ['mobilePhone.number']],
    ['Address 1', (c, o, r, i) => row(UK_CO, i)[2], ['workAddress.street1', 'billingAddress.street1']],
    ['Address 2', (c, o, r, i) => row(UK_CO, i)[3], ['workAddress.street2', 'billingAddress.street2']],
    ['Town', (c, o, r, i) => row(UK_CO, i)[4], ['workAddress.city', 'billingAddress.city']],
    ['County', (c, o, r, i) => row(UK_CO, i)[5], ['workAddress.stateProvince', 'workAddress.state', 'billingAddress.stateProvince', 'billingAddress.state']],
    ['Postcode', (c, o, r, i) => row(UK_CO, i)[6], ['workAddress.postalCode', 'billingAddress.postalCode']],
    ['Country', () => 'United Kingdom', ['workAddress.country', 'billingAddress.country']],
    ['VAT Number', (c, o, r) => (r() < 0.4 ? '' : `GB${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}`), [], opt],
    ['Company Number', (c, o, r) => (r() < 0.5 ? '' : pad(v.int(r, 1000000, 14999999), 8)), [], opt],
    ['Website', (c, o, r, i) => `www.${row(UK_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Payment Terms (Days)', (c, o, r) => v.pick(r, ['14', '30', '30', '7']), []],
    ['Default Sales Code', () => '4000 - Sales', []],
    ['Credit Limit', (c, o, r) => v.pick(r, ['0.00', '1000.00', '2500.00']), []],
    ['Balance', (c, o, r) => (r() < 0.6 ? '0.00' : n2(v.int(r, 90, 2400))), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Monthly support contract', 'Send invoices to accounts@ address']), []],
  ] },

  // ---------------------------------------------------------------- subscriptions (ChargeOver, Customers > Export)
  { name: 'chargeover-customers-export-csv', product: 'ChargeOver (Customers > list view > Export to CSV, English UI, a US managed-IT and software subscription business billing small companies)', family: 'payments', language: 'en', schema: B, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 1, 2400)), [...B2BID, 'b2b.accountID']],
    ['Company Name', (c, o, r, i) => row(US_CO, i)[0], CO],
    ['Main Contact', (c) => `${c.first} ${c.last}`, FULL],
    ['Main Contact Email', (c, o, r, i) => `${c.first[0]}${c.last}@${row(US_CO, i)[1]}`.toLowerCase(), MAIL],
    ['Main Contact Phone', (c, o, r) => usPhone(r), ['workPhone.number', 'mobilePhone.number']],
    ['Billing Address', (c, o, r, i) => row(US_CO, i)[2], ['billingAddress.street1']],
    ['Billing Address 2', (c, o, r, i) => row(US_CO, i)[3], ['billingAddress.street2']],
    ['Billing City', (c, o, r, i) => row(US_CO, i)[4], ['billingAddress.city']],
    ['Billing State', (c, o, r, i) => row(US_CO, i)[5], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Billing Postal Code', (c, o, r, i) => row(US_CO, i)[6], ['billingAddress.postalCode']],
    ['Billing Country', () => 'United States', ['billingAddress.country']],
    ['Shipping Address', (c, o, r, i) => (i % 3 ? '' : row(US_CO, i)[2]), ['shippingAddress.street1']],
    ['Shipping City', (c, o, r, i) => (i % 3 ? '' : row(US_CO, i)[4]), ['shippingAddress.city']],
    ['Shipping State', (c, o, r, i) => (i % 3 ? '' : row(US_CO, i)[5]), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping Postal Code', (c, o, r, i) => (i % 3 ? '' : row(US_CO, i)[6]), ['shippingAddress.postalCode']],
    ['External Key', (c, o, r) => (r() < 0.5 ? '' : `QB-${v.int(r, 100, 999)}`), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID', 'b2b.accountKey.sourceID'], opt],
    ['Terms', (c, o, r) => v.pick(r, ['Net 30', 'Net 15', 'Due on Receipt']), []],
    ['Currency', () => 'USD', []],
    ['Class', (c, o, r) => v.pick(r, ['', 'Managed Services', 'Software']), []],
    ['Status', (c, o, r) => v.pick(r, ['Current', 'Current', 'Current', 'Over Due', 'Inactive']), [], opt],
    ['Balance', (c, o, r) => (r() < 0.6 ? '0.00' : n2(v.int(r, 99, 4200))), []],
    ['Total Billed', (c, o) => th(o.total * 40), []],
    ['Total Paid', (c, o) => th(o.total * 38), []],
    ['Date Created', (c) => mdy(c.created), CREATED, opt],
    ['Last Modified', (c) => mdyHMSa(Math.max(c.created, c.updated)), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- payouts (Tipalti, Payees > Export)
  { name: 'tipalti-payees-export', product: 'Tipalti (Tipalti Hub: Payees > Payee list > Export, CSV, English UI, a US influencer-marketing platform paying creators and small agencies)', family: 'payments', language: 'en', schema: B, cols: [
    ['Payee ID', (c, o, r) => `CR-${v.int(r, 10000, 99999)}`, B2BID],
    ['Payee Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Blocked', 'Suspended']), [], opt],
    ['Payable', (c, o, r) => v.pick(r, ['True', 'True', 'False']), []],
    ['Alias', (c) => `${c.first.toLowerCase()}${c.last.toLowerCase()}`, []],
    ['Company Name', (c, o, r, i) => (i % 3 ? '' : row(US_CO, i)[0]), CO, opt],
    ['First Name', (c) => c.first, FN],
    ['Middle Name', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['A.', 'J.', 'Marie', 'Lee'])), ['person.name.middleName']],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, MAIL],
    ['Phone', (c, o, r) => (r() < 0.3 ? '' : usPhone(r)), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Street 1', (c) => c.street, WADR('street1')],
    ['Street 2', (c) => c.street2, WADR('street2')],
    ['City', (c) => c.city, WADR('city')],
    ['State', (c) => c.region, WSTATE],
    ['Zip', (c) => c.postcode, WADR('postalCode')],
    ['Country', () => 'US', WADR('countryCode')],
    ['Payment Method', (c, o, r) => v.pick(r, ['ACH', 'ACH', 'PayPal', 'Check', 'eCheck', 'Wire Transfer']), []],
    ['Payment Currency', () => 'USD', []],
    ['Tax Form Type', (c, o, r, i) => (i % 3 ? 'W-9' : v.pick(r, ['W-9', 'W-8BEN-E'])), []],
    ['Tax Form Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Pending', 'Not Submitted']), []],
    ['Tax Form Entity Name', (c, o, r, i) => (i % 3 ? `${c.first} ${c.last}` : row(US_CO, i)[0]), [], opt],
    ['Tax Form Entity Type', (c, o, r, i) => (i % 3 ? 'Individual/sole proprietor' : 'LLC'), []],
    ['Withholding Rate', (c, o, r) => v.pick(r, ['0%', '0%', '0%', '24%']), []],
    ['Preferred Payer Entity', () => 'Creatorly Inc.', []],
    ['Created Date', (c) => mdy(c.created, -8), CREATED, opt],
  ] },

  // ---------------------------------------------------------------- payments (PaySimple, Payments > Export payment history)
  { name: 'paysimple-payment-history-export', product: 'PaySimple (Payments > Payment history > Export, CSV, fixed columns as its help describes the payment-history export, English UI, a US fitness studio chain collecting card and ACH memberships)', family: 'payments', language: 'en', schema: E, cols: [
    ['Id', (c, o, r) => String(v.int(r, 10000000, 39999999)), TXN],
    ['CustomerId', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Customer_Contact_FirstName', (c) => c.first, []],
    ['Customer_Contact_LastName', (c) => c.last, []],
    ['Customer_Contact_CompanyName', (c, o, r) => (r() < 0.8 ? '' : c.company), []],
    ['ProviderAuthCode', (c, o) => (dec(o) ? 'Insufficient Funds' : 'Approved'), []],
    ['TraceNumber', (c, o, r) => (dec(o) ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['EstimatedSettledDate', (c, o) => `${mdy(o.at + 2 * day)} 12:00:00 AM`, [], opt],
    ['IsDebit', (c, o) => (+o.id % 11 === 5 ? 'True' : 'False'), []],
    ['Amount', (c, o) => n2(o.total * 1.1), TOTAL],
    ['Narration', (c, o, r) => v.pick(r, ['Monthly membership', 'Unlimited class pack', '10-class card', 'Personal training x4']), [], opt],
    ['PONO', (c, o, r) => (r() < 0.8 ? '' : `PO${v.int(r, 1000, 9999)}`), [OR('purchaseOrderNumber')]],
    ['InvoiceNo', (c, o, r) => (r() < 0.5 ? '' : `INV-${v.int(r, 1000, 9999)}`), [OR('purchaseID')]],
    ['PaymentType', (c, o, r) => v.pick(r, ['CC', 'CC', 'CC', 'ACH']), PAYTYPE],
    ['PaymentDate', (c, o) => mdyHMSa(o.at), WHEN],
    ['Status', (c, o) => (dec(o) ? 'Failed' : +o.id % 11 === 5 ? 'Voided' : 'Settled'), [], opt],
    ['ActualSettledDate', (c, o) => (dec(o) ? '' : `${mdy(o.at + 2 * day)} 12:00:00 AM`), [], opt],
    ['ReturnDate', (c, o, r) => (r() < 0.95 ? '' : mdy(o.at + 5 * day)), []],
    ['RecurringScheduleId', (c, o, r) => (r() < 0.3 ? '' : String(v.int(r, 100000, 999999))), []],
  ] },

  // ---------------------------------------------------------------- payments (Easebuzz, Transactions > Download)
  { name: 'easebuzz-transactions-download', product: 'Easebuzz (merchant dashboard: Transactions > Download report, Excel/CSV, columns named as its transaction API fields, English UI, a Pune coaching institute collecting course fees online)', family: 'payments', language: 'en', schema: E, cols: [
    ['txnid', (c, o, r) => `FEE${v.int(r, 100000, 999999)}`, [OR('purchaseID'), OR('payments[0].transactionID'), '_id'], opt],
    ['easepayid', (c, o, r) => `E${v.int(r, 2300000, 2599999)}${v.alnum(r, 5).toUpperCase()}`, TXN],
    ['addedon', (c, o) => ymdHMS(o.at, 5.5), WHEN],
    ['amount', (c, o, r, i) => n2(row([4999, 12500, 2499, 18000, 7500, 999], i)), TOTAL],
    ['net_amount_debit', (c, o, r, i) => n2(row([4999, 12500, 2499, 18000, 7500, 999], i)), [OR('payments[0].paymentAmount')], opt],
    ['status', (c, o) => (dec(o) ? 'failure' : 'success'), [], opt],
    ['unmappedstatus', (c, o) => (dec(o) ? 'failed' : 'captured'), []],
    ['mode', (c, o, r, i) => row(['UPI', 'UPI', 'DC', 'NB', 'CC', 'UPI'], i), PAYTYPE],
    ['bankcode', (c, o, r, i) => row(['UPI', 'UPI', 'VISA', 'HDFC', 'MAST', 'UPI'], i), []],
    ['bank_ref_num', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['firstname', (c, o, r, i) => nameOf(IN_FIRST, IN_LAST, i).join(' '), []],
    ['email', (c, o, r, i) => mail(...nameOf(IN_FIRST, IN_LAST, i), r, ['gmail.com', 'yahoo.co.in', 'rediffmail.com']), EMAIL_ID, opt],
    ['phone', (c, o, r) => inMob(r), PHONE_ID, opt],
    ['productinfo', (c, o, r, i) => row(['JEE Foundation - Term 1', 'NEET Crash Course', 'Test Series 2025', 'JEE Advanced Full Year', 'Olympiad Prep', 'Doubt Clearing Pass'], i), [PL('name')], opt],
    ['udf1', (c, o, r) => `STU${v.int(r, 10000, 99999)}`, []],
    ['udf2', (c, o, r) => v.pick(r, ['Kothrud', 'Hinjewadi', 'Online']), []],
    ['cardnum', (c, o, r, i) => (['DC', 'CC'].includes(row(['UPI', 'UPI', 'DC', 'NB', 'CC', 'UPI'], i)) ? `XXXXXXXXXXXX${pad(v.int(r, 0, 9999), 4)}` : 'NA'), []],
    ['card_type', (c, o, r, i) => ({ DC: 'Debit Card', CC: 'Credit Card' }[row(['UPI', 'UPI', 'DC', 'NB', 'CC', 'UPI'], i)] ?? 'NA'), []],
    ['issuing_bank', (c, o, r, i) => (row(['UPI', 'UPI', 'DC', 'NB', 'CC', 'UPI'], i) === 'UPI' ? 'NA' : v.pick(r, ['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank'])), []],
    ['upi_va', (c, o, r, i) => (row(['UPI', 'UPI', 'DC', 'NB', 'CC', 'UPI'], i) === 'UPI' ? `${nameOf(IN_FIRST, IN_LAST, i)[0].toLowerCase()}${v.int(r, 1, 99)}@${v.pick(r, ['okhdfcbank', 'ybl', 'paytm', 'oksbi'])}` : 'NA'), []],
    ['error_Message', (c, o) => (dec(o) ? 'Transaction declined by bank' : 'NA'), []],
    ['PG_TYPE', (c, o, r, i) => row(['UPI-PG', 'UPI-PG', 'HDFC-PG', 'NB-PG', 'AXIS-PG', 'UPI-PG'], i), []],
    ['settlement_status', (c, o, r) => v.pick(r, ['Settled', 'Settled', 'Pending']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Refrens, Invoices > Download report)
  { name: 'refrens-invoices-report-download', product: 'Refrens (Accounting > Invoices > Download as Excel, English UI, a Bengaluru software agency invoicing Indian businesses with GST)', family: 'invoicing', language: 'en', schema: E, cols: [
    ['Invoice No', (c, o, r, i) => `A${pad(i + 101, 5)}`, [OR('purchaseID'), '_id']],
    ['Invoice Date', (c, o) => dMonY(o.at), ['timestamp', OR('createdDate')], opt],
    ['Due Date', (c, o) => dMonY(o.at + 15 * day), [], opt],
    ['Billed To', (c, o, r, i) => row(IN_CO, i)[0], []],
    ['Client GSTIN', (c, o, r, i) => gstin(r, row(IN_CO, i)[2]), []],
    ['Client Email', (c, o, r, i) => `accounts@${row(IN_CO, i)[3]}`, EMAIL_ID, opt],
    ['Client Phone', (c, o, r) => `+91 ${inMob(r)}`, PHONE_ID, opt],
    ['Place of Supply', (c, o, r, i) => row(IN_CO, i)[1], [BILL('stateProvince'), BILL('state')], opt],
    ['Currency', () => 'INR', [OR('currencyCode')]],
    ['Sub Total', (c, o, r, i) => inr((i % 7 + 1) * 42500), [], opt],
    ['Discount', (c, o, r, i) => inr(i % 4 === 0 ? 2500 : 0), [OR('discountAmount')]],
    ['CGST', (c, o, r, i) => inr(row(IN_CO, i)[1] === 'Karnataka' ? ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 0.09 : 0), [], opt],
    ['SGST', (c, o, r, i) => inr(row(IN_CO, i)[1] === 'Karnataka' ? ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 0.09 : 0), [], opt],
    ['IGST', (c, o, r, i) => inr(row(IN_CO, i)[1] === 'Karnataka' ? 0 : ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 0.18), [], opt],
    ['Total Tax', (c, o, r, i) => inr(((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 0.18), [OR('taxAmount')]],
    ['Total Amount', (c, o, r, i) => inr(((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 1.18), [OR('priceTotal')]],
    ['TDS', (c, o, r, i) => inr(i % 3 === 0 ? ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 0.1 : 0), []],
    ['Amount Received', (c, o, r, i) => inr(i % 5 === 2 ? 0 : ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * (i % 3 === 0 ? 1.08 : 1.18)), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o, r, i) => inr(i % 5 === 2 ? ((i % 7 + 1) * 42500 - (i % 4 === 0 ? 2500 : 0)) * 1.18 : 0), []],
    ['Status', (c, o, r, i) => (i % 5 === 2 ? 'Unpaid' : 'Paid'), [], opt],
    ['Payment Date', (c, o, r, i) => (i % 5 === 2 ? '' : dMonY(o.at + 9 * day)), [], opt],
    ['Created By', (c, o, r) => v.pick(r, ['Ananya Iyer', 'Rohan Kulkarni']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'retainer', 'project', 'AMC']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Milestone 2 of 3', 'Payment via NEFT to HDFC a/c']), []],
  ] },

  // ---------------------------------------------------------------- subscriptions (Rebilly, Customers > Export)
  { name: 'rebilly-customers-export-csv', product: 'Rebilly (Rebilly app: Customers > grid > Export CSV, English UI, a Montréal online language-learning subscription selling to consumers across Canada)', family: 'payments', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => `cus_01H${v.alnum(r, 23).toUpperCase()}`, ['_id', 'personID']],
    ['First name', (c, o, r, i) => nameOf(CA_FIRST, CA_LAST, i)[0], FN],
    ['Last name', (c, o, r, i) => nameOf(CA_FIRST, CA_LAST, i)[1], LN],
    ['Email', (c, o, r, i) => mail(...nameOf(CA_FIRST, CA_LAST, i).map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')), r, ['gmail.com', 'videotron.ca', 'rogers.com', 'outlook.com']), ['personalEmail.address']],
    ['Organization', (c, o, r) => (r() < 0.85 ? '' : 'Université Laval'), ['organizations[0]'], opt],
    ['Phone number', (c, o, r) => (r() < 0.3 ? '' : caPhone(r)), CPHONE],
    ['Address', (c, o, r, i) => row(CA, i)[0], BADR('street1')],
    ['Address 2', (c, o, r, i) => row(CA, i)[1], BADR('street2')],
    ['City', (c, o, r, i) => row(CA, i)[2], BADR('city')],
    ['Region', (c, o, r, i) => row(CA, i)[3], BSTATE],
    ['Postal code', (c, o, r, i) => row(CA, i)[4], BADR('postalCode')],
    ['Country', () => 'CA', BADR('countryCode')],
    ['Created time', (c) => isoZ(c.created), [], opt],
    ['Updated time', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
    ['Revenue', (c, o) => n2(o.total * 7), []],
    ['Payment count', (c, o, r) => String(v.int(r, 1, 36)), []],
    ['Last payment time', (c, o) => isoOff(o.at, -5, '-05:00'), [], opt],
    ['Default payment instrument', (c, o, r, i) => (i % 5 === 4 ? 'PayPal' : `${row(BRANDS, i)} ****${pad(v.int(r, 0, 9999), 4)}`), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'trial-converted', 'annual', 'winback', 'fr-CA']), []],
    ['Lead source', (c, o, r) => v.pick(r, ['google / cpc', 'facebook / paid', 'direct', 'newsletter']), [], opt],
  ] },
]
