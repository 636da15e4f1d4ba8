// Round 76, tune76: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language membership, paywall, subscription, fitness-club and
// insurance-agency exports (US, UK, Ireland, Canada, Australia, India): member, subscriber, policyholder and
// client lists and their transactions.
import { E, P, B, v, PL, OR, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyShort = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoMs = (ms) => new Date(ms).toISOString()
const wpDate = (ms, h = 0) => { const p = shift(ms, h); return `${MONTH[p.m - 1]} ${p.d}, ${p.y}` }
const dMonY = (ms, h = 0) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y}` }
const day = 86400000
const yr = 365 * day
const m2 = (n) => n.toFixed(2)
const usd$ = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhoneDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const inMobile = (r) => `+91 ${v.int(r, 70000, 99999)} ${pad(v.int(r, 0, 99999), 5)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`

// places
const US_ADDR = [
  ['4418 Westview Dr', 'Wichita', 'KS', '67212'], ['912 Maple Ave', 'Des Moines', 'IA', '50309'], ['2730 Hickory Ln', 'Plano', 'TX', '75093'],
  ['58 Orchard St', 'Worcester', 'MA', '01604'], ['1601 N Cedar St', 'Spokane', 'WA', '99205'], ['7304 Brookfield Rd', 'Columbus', 'OH', '43235'],
  ['315 Palmetto Way', 'Tampa', 'FL', '33606'], ['2209 Aspen Ct', 'Fort Collins', 'CO', '80526'], ['846 Laurel Dr', 'Nashville', 'TN', '37211'],
]
const CA_ADDR = [['1450 Rue Peel', 'Montreal', 'QC', 'H3A 1S8'], ['2245 W 4th Ave', 'Vancouver', 'BC', 'V6K 1N9'], ['88 Harbord St', 'Toronto', 'ON', 'M5S 1G5'], ['10130 103 St NW', 'Edmonton', 'AB', 'T5J 3N9'], ['512 Portage Ave', 'Winnipeg', 'MB', 'R3C 0G1']]
const UK_ADDR = [['14 Mill Lane', 'Bristol', 'BS3 4DW', 'GB'], ['7 Grange Road', 'Leeds', 'LS6 2JP', 'GB'], ['22 Castle Street', 'Edinburgh', 'EH2 3AT', 'GB'], ['3 Seafield Avenue', 'Dublin', 'D03 K2P4', 'IE'], ['41 Victoria Road', 'Manchester', 'M14 5FX', 'GB']]
const AU_ADDR = [['12 Brunswick St', 'Fitzroy', 'VIC', '3065'], ['5/48 Crown St', 'Surry Hills', 'NSW', '2010'], ['19 Wickham Tce', 'Brisbane', 'QLD', '4000'], ['7 Hay St', 'Subiaco', 'WA', '6008'], ['33 King William Rd', 'Unley', 'SA', '5061']]
const IN_ADDR = [['Flat 402, Sai Residency, 14th Main', 'Bengaluru', 'Karnataka', '560034'], ['B-17, Sector 62', 'Noida', 'Uttar Pradesh', '201309'], ['12 Park Street', 'Kolkata', 'West Bengal', '700016'], ['Plot 9, Jubilee Hills Road No. 36', 'Hyderabad', 'Telangana', '500033'], ['C-6/21 Vasant Vihar', 'New Delhi', 'Delhi', '110057']]
const CARRIERS = ['Progressive', 'Travelers', 'Safeco', 'Hartford', 'Nationwide', 'Allied', 'MetLife Auto & Home', 'Hanover']
const LOBS = ['Personal Auto', 'Homeowners', 'Umbrella', 'Renters', 'Dwelling Fire', 'Motorcycle']
const AGENTS = ['JLM', 'KRB', 'TDS', 'AMC', 'PJH']
const nm = (c) => `${c.first} ${c.last}`
const lnf = (c) => `${c.last}, ${c.first}`

export const SETS = [
  // ---------------------------------------------------------------- members (Steady, Members > Export as CSV)
  { name: 'steady-members-export-en', product: 'Steady (publisher dashboard: Members > Export as CSV, English UI, a UK/Irish independent podcast selling memberships)', family: 'crm', language: 'en', schema: P, cols: [
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['country', (c, o, r, i) => row(UK_ADDR, i)[3], HOME.map((h) => `${h}.countryCode`)],
    ['street', (c, o, r, i) => row(UK_ADDR, i)[0].replace(/^\d+ /, ''), HOME.map((h) => `${h}.street1`), opt],
    ['street_number', (c, o, r, i) => row(UK_ADDR, i)[0].split(' ')[0], [], opt],
    ['city', (c, o, r, i) => row(UK_ADDR, i)[1], HOME.map((h) => `${h}.city`)],
    ['zip_code', (c, o, r, i) => row(UK_ADDR, i)[2], HOME.map((h) => `${h}.postalCode`)],
    ['state', (c, o, r) => (r() < 0.5 ? '' : v.pick(r, ['England', 'Scotland', 'Co. Dublin', 'Greater Manchester'])), HOME.flatMap((h) => [`${h}.stateProvince`, `${h}.state`, `${h}.region`])],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['plan_name', (c, o, r) => v.pick(r, ['Supporter', 'Supporter', 'Ad-free Feed', 'Patron (annual)']), []],
    ['plan_monthly_amount_cents', (c, o, r) => String(v.pick(r, [300, 500, 500, 1000, 833])), []],
    ['subscription_period', (c, o, r) => v.pick(r, ['monthly', 'monthly', 'annual']), []],
    ['subscription_state', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'in_trial', 'not_renewing', 'cancelled']), [], opt],
    ['subscribed_at', (c) => iso(c.created), [], opt],
    ['cancelled_at', (c, o, r) => (r() < 0.2 ? iso(c.updated) : ''), []],
    ['expires_at', (c, o, r) => (r() < 0.2 ? iso(c.updated + 20 * day) : ''), []],
    ['gifted', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), []],
    ['coupon', (c, o, r) => (r() < 0.15 ? 'LAUNCH50' : ''), []],
  ] },

  // ---------------------------------------------------------------- transactions (LaterPay, merchant backend: Reports > Transactions > Export CSV)
  { name: 'laterpay-transactions-export', product: 'LaterPay (merchant backend: Reports > Transactions > Export CSV, English UI, a US digital magazine selling single articles and time passes)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.hex(r, 24), [OR('payments[0].transactionID'), '_id']],
    ['Date (UTC)', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['Merchant ID', () => 'lp-mrc-7f3a21', []],
    ['Content ID', (c, o, r) => `article-${v.int(r, 10000, 99999)}`, [PL('SKU')], opt],
    ['Content Title', (c, o, r) => v.pick(r, ['The Water Wars of the West', 'Inside the Fentanyl Pipeline', 'Day Pass', '30-Day Time Pass', 'Why Rents Keep Rising']), [PL('name')]],
    ['Item Type', (c, o, r) => v.pick(r, ['single purchase', 'single purchase', 'time pass', 'contribution']), [], opt],
    ['Revenue Model', (c, o, r) => v.pick(r, ['ppu', 'ppu', 'sis']), []],
    ['Price', (c, o, r) => m2(v.pick(r, [0.49, 0.99, 1.99, 4.99])), [OR('priceTotal'), PL('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode'), PL('currencyCode')]],
    ['Merchant Share', (c, o, r) => m2(v.pick(r, [0.4, 0.84, 1.69, 4.24])), []],
    ['Status', (c, o, r) => v.pick(r, ['booked', 'booked', 'paid', 'refunded']), [], opt],
    ['Tab Status', (c, o, r) => v.pick(r, ['open', 'settled', 'settled']), []],
    ['Settled At', (c, o, r) => (r() < 0.6 ? ymdHMS(o.at + v.int(r, 3, 30) * day) : ''), []],
    ['Customer ID', (c, o, r) => `lpu_${v.hex(r, 12)}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Customer Country', (c, o, r) => v.pick(r, ['US', 'US', 'CA', 'GB']), ['placeContext.geo.countryCode'], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'PayPal', 'Amex']), [OR('payments[0].paymentType')]],
    ['URL', (c, o, r) => `https://www.example-magazine.com/${v.int(r, 2021, 2024)}/${v.pick(r, ['water-wars', 'fentanyl-pipeline', 'rents'])}`, ['web.webPageDetails.URL'], opt],
    ['Refund Amount', (c, o, r) => (r() < 0.05 ? '0.99' : '0.00'), [OR('refunds[0].refundAmount'), OR('refundTotal')], opt],
  ] },

  // ---------------------------------------------------------------- users (Zephr, Admin console: Users > Export users)
  { name: 'zephr-users-export', product: 'Zephr (admin console: Users > Export users, CSV, English UI, a UK national news publisher running a registration wall)', family: 'crm', language: 'en', schema: P, cols: [
    ['user_id', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['email_address', (c) => c.email, ['personalEmail.address']],
    ['email_verified', (c, o, r) => (r() < 0.8 ? 'true' : 'false'), [], opt],
    ['created_date', (c) => isoMs(c.created), [], opt],
    ['last_login', (c) => isoMs(c.updated), [], opt],
    ['first-name', (c) => c.first, ['person.name.firstName']],
    ['last-name', (c) => c.last, ['person.name.lastName']],
    ['title', (c) => (c.female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['postcode', (c, o, r, i) => row(UK_ADDR, i)[2], HOME.map((h) => `${h}.postalCode`)],
    ['year-of-birth', (c) => String(new Date(c.birth).getUTCFullYear()), ['person.birthYear']],
    ['gender', (c) => (c.female ? 'female' : 'male'), ['person.gender']],
    ['marketing-consent', (c, o, r) => (r() < 0.45 ? 'true' : 'false'), [], opt],
    ['third-party-consent', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), [], opt],
    ['registration-source', (c, o, r) => v.pick(r, ['article-wall', 'newsletter-signup', 'app', 'checkout']), []],
    ['products', (c, o, r) => v.pick(r, ['', 'digital-plus-monthly', 'digital-plus-annual', 'print-digital-bundle']), []],
    ['foreign_key_salesforce', (c, o, r) => (r() < 0.5 ? `0035J0000${v.alnum(r, 9)}` : ''), [], opt],
    ['sso_identifier', (c, o, r) => (r() < 0.3 ? `google-oauth2|${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), [], opt],
    ['tenant', () => 'dailyherald-prod', []],
  ] },

  // ---------------------------------------------------------------- subscribers (Leaky Paywall Reporting Tool, WP admin: Leaky Paywall > Reporting Tool > Export)
  { name: 'leaky-paywall-subscribers-export', product: 'Leaky Paywall with its Reporting Tool add-on (WordPress admin: Leaky Paywall > Reporting Tool > Export Subscribers, CSV, English UI, an Australian regional magazine)', family: 'crm', language: 'en', schema: P, cols: [
    ['user_id', (c) => c.id, ['_id', 'personID']],
    ['user_login', (c) => `${c.first}${c.last}`.toLowerCase(), [], opt],
    ['user_email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['display_name', (c) => nm(c), ['person.name.fullName']],
    ['level_id', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['level_name', (c, o, r) => v.pick(r, ['Digital Monthly', 'Digital + Print Annual', 'Free Registration', 'Gift - 12 months']), []],
    ['subscriber_id', (c, o, r) => `cus_${v.alnum(r, 14)}`, [], opt],
    ['price', (c, o, r) => m2(v.pick(r, [0, 9.95, 89, 129])), []],
    ['plan', (c, o, r) => v.pick(r, ['', 'plan_monthly_995', 'plan_annual_129']), []],
    ['created', (c) => ymdHMS(c.created, 10), [], opt],
    ['expires', (c, o, r) => (r() < 0.3 ? 'Never' : ymdHMS(c.updated + yr, 10)), []],
    ['payment_gateway', (c, o, r) => v.pick(r, ['stripe', 'stripe', 'paypal_standard', 'manual', 'free_registration']), []],
    ['payment_status', (c, o, r) => v.pick(r, ['active', 'active', 'canceled', 'expired', 'deactivated']), [], opt],
    ['has_access', (c, o, r) => (r() < 0.7 ? 'yes' : 'no'), []],
    ['address', (c, o, r, i) => row(AU_ADDR, i)[0], HOME.map((h) => `${h}.street1`)],
    ['city', (c, o, r, i) => row(AU_ADDR, i)[1], HOME.map((h) => `${h}.city`)],
    ['state', (c, o, r, i) => row(AU_ADDR, i)[2], HOME.flatMap((h) => [`${h}.stateProvince`, `${h}.state`])],
    ['postcode', (c, o, r, i) => row(AU_ADDR, i)[3], HOME.map((h) => `${h}.postalCode`)],
    ['phone', (c, o, r) => (r() < 0.5 ? auMobile(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['is_gift', (c, o, r) => (r() < 0.08 ? '1' : '0'), []],
    ['site', () => 'all', []],
  ] },

  // ---------------------------------------------------------------- members list (Paid Memberships Pro, Memberships > Members > Export to CSV)
  { name: 'pmpro-members-list-csv', product: 'Paid Memberships Pro (WordPress admin: Memberships > Members > Export to CSV, memberslist.csv, English UI, an Indian online yoga studio)', family: 'crm', language: 'en', schema: P, cols: [
    ['id', (c) => c.id, ['_id', 'personID']],
    ['username', (c) => `${c.first.toLowerCase()}${v.int(() => 0.3, 10, 99)}`, [], opt],
    ['firstname', (c) => c.first, ['person.name.firstName']],
    ['lastname', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['billing firstname', (c) => c.first, [], opt],
    ['billing lastname', (c) => c.last, [], opt],
    ['address1', (c, o, r, i) => row(IN_ADDR, i)[0], ['billingAddress.street1']],
    ['address2', () => '', ['billingAddress.street2']],
    ['city', (c, o, r, i) => row(IN_ADDR, i)[1], ['billingAddress.city']],
    ['state', (c, o, r, i) => row(IN_ADDR, i)[2], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['zipcode', (c, o, r, i) => row(IN_ADDR, i)[3], ['billingAddress.postalCode']],
    ['country', () => 'IN', ['billingAddress.countryCode']],
    ['phone', (c, o, r) => inMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['membership', (c, o, r) => v.pick(r, ['Monthly Unlimited', 'Annual Unlimited', 'Beginner Series', 'Free Trial']), []],
    ['initial payment', (c, o, r) => m2(v.pick(r, [0, 999, 1499, 9999])), []],
    ['fee', (c, o, r) => m2(v.pick(r, [0, 999, 9999])), []],
    ['term', (c, o, r) => v.pick(r, ['Month', 'Month', 'Year', '']), []],
    ['discount_code_id', (c, o, r) => (r() < 0.2 ? String(v.int(r, 1, 12)) : ''), []],
    ['discount_code', (c, o, r) => (r() < 0.2 ? v.pick(r, ['DIWALI25', 'NEWYEAR', 'FRIEND10']) : ''), []],
    ['joined', (c) => ymd(c.created, 5.5), [], opt],
    ['startdate', (c) => ymd(c.updated, 5.5), []],
    ['expires', (c, o, r) => (r() < 0.6 ? 'Never' : ymd(c.updated + yr, 5.5)), []],
  ] },

  // ---------------------------------------------------------------- memberships (Restrict Content Pro, Restrict > Tools > Export memberships)
  { name: 'restrict-content-pro-memberships-export', product: 'Restrict Content Pro (WordPress admin: Restrict > Tools > Export > Memberships, CSV, English UI, a Canadian online cooking school)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100, 9999)), [], opt],
    ['User ID', (c) => c.id, ['_id', 'personID']],
    ['User Login', (c) => c.email, [], opt],
    ['User Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Membership Level ID', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Membership Level', (c, o, r) => v.pick(r, ['Home Cook Monthly', 'Home Cook Annual', 'Pro Pastry Track', 'Free Recipes']), []],
    ['Status', (c, o, r) => v.pick(r, ['active', 'active', 'cancelled', 'expired', 'pending']), [], opt],
    ['Initial Amount', (c, o, r) => m2(v.pick(r, [0, 14, 149, 299])), []],
    ['Recurring Amount', (c, o, r) => m2(v.pick(r, [0, 14, 149])), []],
    ['Created Date', (c) => ymdHMS(c.created, -5), [], opt],
    ['Expiration Date', (c, o, r) => (r() < 0.2 ? 'none' : ymdHMS(c.updated + yr, -5)), []],
    ['Auto Renew', (c, o, r) => (r() < 0.7 ? '1' : '0'), []],
    ['Times Billed', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Maximum Renewals', () => '0', []],
    ['Gateway', (c, o, r) => v.pick(r, ['stripe', 'stripe', 'paypal_express', 'manual']), []],
    ['Gateway Customer ID', (c, o, r) => `cus_${v.alnum(r, 14)}`, [], opt],
    ['Gateway Subscription ID', (c, o, r) => (r() < 0.7 ? `sub_${v.alnum(r, 14)}` : ''), []],
    ['Subscription Key', (c, o, r) => v.hex(r, 32), []],
    ['Trial End Date', () => '', []],
    ['Renewed Date', (c, o, r) => (r() < 0.5 ? ymdHMS(c.updated, -5) : ''), []],
    ['Cancellation Date', (c, o, r) => (r() < 0.2 ? ymdHMS(c.updated, -5) : ''), []],
    ['Payment Profile ID', () => '', []],
    ['Customer Since', (c) => ymdHMS(c.created, -5), [], opt],
    ['Country', (c, o, r, i) => (r() < 0.3 ? '' : 'CA'), HOME.map((h) => `${h}.countryCode`), opt],
  ] },

  // ---------------------------------------------------------------- clients (Applied Epic, Reports > Client listing > Export to Excel)
  { name: 'applied-epic-client-listing', product: 'Applied Epic (agency management: Reports > Account Detail - Client Listing, exported to Excel, English UI, a Canadian personal-lines insurance brokerage)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lookup Code', (c) => `${c.last.toUpperCase().slice(0, 4)}${c.first.toUpperCase().slice(0, 2)}-${v.int(() => 0.2, 1, 9)}`, [], opt],
    ['Account Name', (c) => lnf(c), ['person.name.fullName']],
    ['Account Type', () => 'Individual', [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Prospect', 'Inactive']), [], opt],
    ['Primary Contact First Name', (c) => c.first, ['person.name.firstName']],
    ['Primary Contact Last Name', (c) => c.last, ['person.name.lastName']],
    ['Date of Birth', (c) => mdy(c.birth, 0), ['person.birthDate']],
    ['Address Line 1', (c, o, r, i) => row(CA_ADDR, i)[0], HOME.map((h) => `${h}.street1`)],
    ['Address Line 2', (c, o, r) => (r() < 0.2 ? `Unit ${v.int(r, 101, 1804)}` : ''), HOME.map((h) => `${h}.street2`)],
    ['City', (c, o, r, i) => row(CA_ADDR, i)[1], HOME.map((h) => `${h}.city`)],
    ['State/Prov', (c, o, r, i) => row(CA_ADDR, i)[2], HOME.flatMap((h) => [`${h}.stateProvince`, `${h}.state`])],
    ['Zip/Postal Code', (c, o, r, i) => row(CA_ADDR, i)[3], HOME.map((h) => `${h}.postalCode`)],
    ['Country', () => 'CAN', HOME.flatMap((h) => [`${h}.countryCode`, `${h}.country`])],
    ['Residence Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['homePhone.number']],
    ['Mobile Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Business Phone', (c, o, r) => (r() < 0.3 ? usPhone(r) : ''), ['workPhone.number']],
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Account Executive', (c, o, r) => v.pick(r, ['Lisa Tremblay', 'Mark Chen', 'Priya Nair']), []],
    ['Account Manager', (c, o, r) => v.pick(r, ['CSR01', 'CSR04', 'CSR07']), []],
    ['Agency', () => 'Northbridge Insurance Brokers', []],
    ['Branch', (c, o, r) => v.pick(r, ['MTL', 'VAN', 'TOR']), []],
    ['Client Since', (c) => mdy(c.created, 0), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Referral', 'Website', 'Walk-in', 'Bank Partner']), []],
    ['Last Updated', (c) => mdy(c.updated, 0), [], opt],
  ] },

  // ---------------------------------------------------------------- clients (HawkSoft, Reports > Client List > Export to CSV)
  { name: 'hawksoft-client-list-export', product: 'HawkSoft (agency management: Reports > Client List, Export to CSV, English UI, a US independent insurance agency)', family: 'crm', language: 'en', schema: P, cols: [
    ['Client #', (c, o, r) => String(v.int(r, 1000, 29999)), ['_id', 'personID']],
    ['Client Type', (c, o, r) => v.pick(r, ['Personal', 'Personal', 'Personal', 'Commercial']), [], opt],
    ['Name', (c) => lnf(c), ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Initial', (c, o, r) => (r() < 0.4 ? v.pick(r, ['A', 'J', 'M', 'R']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Address', (c, o, r, i) => row(US_ADDR, i)[0], HOME.map((h) => `${h}.street1`)],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], HOME.map((h) => `${h}.city`)],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], HOME.flatMap((h) => [`${h}.stateProvince`, `${h}.state`])],
    ['Zip', (c, o, r, i) => row(US_ADDR, i)[3], HOME.map((h) => `${h}.postalCode`)],
    ['Home Phone', (c, o, r) => (r() < 0.4 ? usPhone(r) : ''), ['homePhone.number']],
    ['Cell Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.2 ? usPhone(r) : ''), ['workPhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['DOB', (c) => mdy(c.birth, 0), ['person.birthDate']],
    ['Marital Status', (c, o, r) => v.pick(r, ['Married', 'Single', 'Divorced', 'Widowed']), ['person.maritalStatus']],
    ['Agent', (c, o, r) => v.pick(r, AGENTS), []],
    ['CSR', (c, o, r) => v.pick(r, AGENTS), []],
    ['Office', (c, o, r) => v.pick(r, ['Main Office', 'North Branch']), []],
    ['Status', (c, o, r) => v.pick(r, ['Customer', 'Customer', 'Prospect', 'Former Customer']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Referral', 'Google', 'Walk-In', 'Realtor']), []],
    ['Client Since', (c) => mdy(c.created, 0), [], opt],
    ['# Policies', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['Total Premium', (c, o, r) => usd$(v.int(r, 600, 9800) + 0.0), []],
  ] },

  // ---------------------------------------------------------------- applicants (EZLynx Management System, Reports > Applicant Report > Export)
  { name: 'ezlynx-applicant-report', product: 'EZLynx Management System (Reports > Applicant Report, Export to CSV, English UI, a US personal-lines agency)', family: 'crm', language: 'en', schema: P, cols: [
    ['Applicant ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Ann', 'James', 'Lee', 'Marie']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'Jr' : ''), ['person.name.suffix']],
    ['Date of Birth', (c) => mdyShort(c.birth, 0), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Marital Status', (c, o, r) => v.pick(r, ['Married', 'Single', 'Divorced']), ['person.maritalStatus']],
    ['Address 1', (c, o, r, i) => row(US_ADDR, i + 3)[0], HOME.map((h) => `${h}.street1`)],
    ['Address 2', (c, o, r) => (r() < 0.15 ? `Apt ${v.int(r, 1, 30)}` : ''), HOME.map((h) => `${h}.street2`)],
    ['City', (c, o, r, i) => row(US_ADDR, i + 3)[1], HOME.map((h) => `${h}.city`)],
    ['State', (c, o, r, i) => row(US_ADDR, i + 3)[2], HOME.flatMap((h) => [`${h}.stateProvince`, `${h}.state`])],
    ['Zip Code', (c, o, r, i) => row(US_ADDR, i + 3)[3], HOME.map((h) => `${h}.postalCode`)],
    ['County', (c, o, r) => v.pick(r, ['Sedgwick', 'Polk', 'Collin', 'Hillsborough']), [], opt],
    ['Home Phone', (c, o, r) => (r() < 0.3 ? usPhoneDash(r) : ''), ['homePhone.number']],
    ['Mobile Phone', (c, o, r) => usPhoneDash(r), ['mobilePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.2 ? usPhoneDash(r) : ''), ['workPhone.number']],
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Occupation', (c, o, r) => v.pick(r, ['Teacher', 'Nurse', 'Retired', 'Engineer', 'Sales']), [], opt],
    ['Applicant Type', (c, o, r) => v.pick(r, ['Client', 'Client', 'Prospect']), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['EverQuote', 'Referral', 'Website Quote', 'Renewal Review']), []],
    ['Assigned To', (c, o, r) => v.pick(r, ['Dana Whitfield', 'Marcus Lee', 'Sara Ortiz']), []],
    ['Location', () => 'Main', []],
    ['Date Created', (c) => mdyT(c.created, -6), [], opt],
    ['Last Modified', (c) => mdyT(c.updated, -6), [], opt],
    ['X-Date', (c, o, r) => (r() < 0.5 ? mdyShort(c.updated + v.int(r, 10, 300) * day, 0) : ''), []],
    ['Tags', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Bundle', 'Hot Lead', 'Umbrella Prospect']) : ''), []],
  ] },

  // ---------------------------------------------------------------- transactions (Vertafore AMS360, Accounting > Transaction Register > Export)
  { name: 'vertafore-ams360-invoice-register', product: 'Vertafore AMS360 (Reports > Accounting > Invoice/Transaction Register, exported to Excel, English UI, a US insurance agency billing policyholders)', family: 'payments', language: 'en', schema: E, cols: [
    ['Invoice #', (c, o, r) => String(v.int(r, 100000, 399999)), [OR('purchaseID'), '_id']],
    ['Invoice Date', (c, o) => mdy(o.at, 0), ['timestamp', OR('createdDate')]],
    ['Customer #', (c, o, r) => String(v.int(r, 1000, 29999)), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Customer Name', (c) => lnf(c), []],
    ['Policy #', (c, o, r) => `${v.pick(r, ['PA', 'HO', 'UMB'])}${v.int(r, 1000000, 9999999)}`, [PL('SKU')], opt],
    ['Line of Business', (c, o, r, i) => row(LOBS, i), [PL('name')], opt],
    ['Company', (c, o, r, i) => row(CARRIERS, i), []],
    ['Trans Type', (c, o, r) => v.pick(r, ['NBS', 'REN', 'REN', 'END', 'CAN']), [], opt],
    ['Effective Date', (c, o) => mdy(o.at + 10 * day, 0), [], opt],
    ['Expiration Date', (c, o) => mdy(o.at + 10 * day + yr, 0), []],
    ['Premium', (c, o, r) => m2(v.int(r, 300, 4500) + 0.5), [OR('priceTotal'), PL('priceTotal')]],
    ['Taxes/Fees', (c, o, r) => m2(v.int(r, 0, 40)), [OR('taxAmount')], opt],
    ['Agency Commission %', (c, o, r) => v.pick(r, ['10.00', '12.50', '15.00']), []],
    ['Agency Commission', (c, o, r) => m2(v.int(r, 30, 600)), []],
    ['Bill Method', (c, o, r) => v.pick(r, ['Direct Bill', 'Direct Bill', 'Agency Bill']), []],
    ['Exec', (c, o, r) => v.pick(r, AGENTS), []],
    ['Rep', (c, o, r) => v.pick(r, AGENTS), []],
    ['Division', () => '01', []],
    ['Branch', (c, o, r) => v.pick(r, ['01', '02']), []],
    ['GL Period', (c, o) => { const p = shift(o.at, 0); return `${pad(p.m)}/${p.y}` }, []],
    ['Balance Due', (c, o, r) => m2(r() < 0.7 ? 0 : v.int(r, 50, 900)), []],
  ] },

  // ---------------------------------------------------------------- contacts (Zywave Broker Briefcase / Client Management, Contacts > Export)
  { name: 'zywave-client-contacts-export', product: 'Zywave (Client Management: Contacts > Export to Excel, English UI, a US employee-benefits broker listing HR contacts at its client companies)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']],
    ['Client Name', (c) => c.company, ['b2b.companyName']],
    ['Client ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c, o, r) => v.pick(r, ['HR Director', 'Benefits Manager', 'CFO', 'Office Manager', 'VP People']), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Ext', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100, 499)) : ''), ['workPhone.extension']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? usPhone(r) : ''), ['mobilePhone.number']],
    ['Address 1', (c, o, r, i) => row(US_ADDR, i + 1)[0], ['workAddress.street1']],
    ['City', (c, o, r, i) => row(US_ADDR, i + 1)[1], ['workAddress.city']],
    ['State', (c, o, r, i) => row(US_ADDR, i + 1)[2], ['workAddress.stateProvince', 'workAddress.state']],
    ['Zip', (c, o, r, i) => row(US_ADDR, i + 1)[3], ['workAddress.postalCode']],
    ['Primary Contact', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), []],
    ['Contact Role', (c, o, r) => v.pick(r, ['Decision Maker', 'Plan Administrator', 'Billing', 'Renewal Contact']), [], opt],
    ['Producer', (c, o, r) => v.pick(r, ['Tom Avery', 'Rachel Kim']), []],
    ['Account Manager', (c, o, r) => v.pick(r, ['Jen Powell', 'Luis Ortega']), []],
    ['Renewal Date', (c, o, r) => mdy(c.updated, 0), []],
    ['Employees', (c, o, r) => String(v.int(r, 12, 850)), [], opt],
    ['Created On', (c) => mdy(c.created, 0), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified On', (c) => mdy(c.updated, 0), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- transactions (ClubReady, Reports > Sales > Transaction Detail > Export)
  { name: 'clubready-transaction-detail', product: 'ClubReady (club management: Reports > Sales > Transaction Detail, Export to CSV, English UI, a US boutique fitness franchise location)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 100000000, 399999999)), [OR('payments[0].transactionID'), OR('purchaseID'), '_id']],
    ['Date', (c, o) => mdyT(o.at, -6), ['timestamp']],
    ['Store', () => 'Plano - Legacy West', []],
    ['Member ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Member Name', (c) => nm(c), []],
    ['Member Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Item', (c, o, r, i) => row(['Unlimited Monthly Membership', '10 Class Pack', 'Drop-In Class', 'Grip Socks', 'Annual Fee', 'Personal Training - 5 Pack'], i), [PL('name')]],
    ['Item Type', (c, o, r, i) => row(['Membership', 'Package', 'Package', 'Retail', 'Fee', 'Package'], i), [PL('productCategories[0].categoryID')], opt],
    ['Qty', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Price', (c, o, r, i) => m2(row([159, 199, 28, 14, 49, 375], i)), []],
    ['Discount', (c, o, r) => m2(r() < 0.8 ? 0 : 20), [OR('discountAmount')], opt],
    ['Tax', (c, o, r, i) => m2(row([0, 0, 0, 1.16, 0, 0], i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => m2(row([159, 199, 28, 15.16, 49, 375], i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card on File', 'Visa', 'Mastercard', 'Cash', 'Amex']), [OR('payments[0].paymentType')]],
    ['Sold By', (c, o, r) => v.pick(r, ['Front Desk', 'Kayla M.', 'Jordan P.', 'Online']), []],
    ['Sale Type', (c, o, r) => v.pick(r, ['POS', 'Recurring Draft', 'Online']), [], opt],
    ['Draft', (c, o, r) => (r() < 0.5 ? 'Y' : 'N'), []],
    ['Refunded', (c, o, r) => (r() < 0.04 ? 'Yes' : 'No'), []],
    ['Notes', () => '', []],
  ] },
]
