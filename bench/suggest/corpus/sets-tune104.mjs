// Round 104, tune104: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language (US, UK, Australia, India) marketing automation, e-mail and SMS
// tools, support desks, call/lead tracking and CRMs: contacts, subscribers, leads, tickets, calls, messages and
// campaign activity; all English.
import { E, P, B, v, HOME, B2BID, ID, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats (h = hours from UTC)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoMs = (ms) => new Date(ms).toISOString()
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdyTS = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdyPad = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyPadT = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = 10) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const sirp = (ms) => { const p = shift(ms, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} +0000` }
const monDY = (ms, h = 5.5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }
const bday = (ms) => { const p = shift(ms, 0); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const bdayUK = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const min = 60000
const day = 86400000

// phones
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r) => `1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const usDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukIntl = (r) => `447${v.int(r, 400, 999)}${pad(v.int(r, 0, 999999), 6)}`
const ukLand = (r) => `0${v.pick(r, ['113', '161', '121', '117', '131'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const auIntl = (r) => `614${v.int(r, 10, 99)}${v.int(r, 100, 999)}${v.int(r, 100, 999)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const inMobile = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63', '91'])}${v.int(r, 10000000, 99999999)}`

// consumer addresses: [street, city, state, postcode]
const US_ADR = [
  ['4182 Maple Ridge Dr', 'Plano', 'TX', '75024'], ['77 Harbor View Ln', 'Tampa', 'FL', '33606'], ['1290 W Elm St', 'Naperville', 'IL', '60540'],
  ['35 Birchwood Ct', 'Columbus', 'OH', '43215'], ['908 Sunset Blvd', 'Scottsdale', 'AZ', '85251'], ['2211 Pine Hollow Rd', 'Charlotte', 'NC', '28205'],
  ['16 Orchard St', 'Worcester', 'MA', '01609'],
]
const UK_ADR = [
  ['14 Kingsley Road', 'Leeds', 'West Yorkshire', 'LS6 2AB'], ['3 Mill Lane', 'Bristol', 'Bristol', 'BS3 4HT'], ['27 Park Crescent', 'Brighton', 'East Sussex', 'BN2 3HA'],
  ['82 Station Road', 'Reading', 'Berkshire', 'RG1 1LG'], ['9 Victoria Street', 'Nottingham', 'Nottinghamshire', 'NG1 2EW'], ['51 Church Street', 'Sheffield', 'South Yorkshire', 'S1 2GN'],
]
const AU_ADR = [
  ['12 Wattle St', 'Fitzroy', 'VIC', '3065'], ['4/88 Beach Rd', 'Coogee', 'NSW', '2034'], ['27 Jacaranda Ave', 'Paddington', 'QLD', '4064'],
  ['5 Banksia Cres', 'Subiaco', 'WA', '6008'], ['140 King William St', 'Adelaide', 'SA', '5000'], ['9 Sandy Bay Rd', 'Hobart', 'TAS', '7004'],
]
const IN_ADR = [
  ['Flat 302, Sai Residency, Andheri East', 'Mumbai', 'Maharashtra', '400069'], ['14, 5th Cross, Indiranagar', 'Bengaluru', 'Karnataka', '560038'],
  ['B-27, Sector 18', 'Noida', 'Uttar Pradesh', '201301'], ['Plot 9, Jubilee Hills', 'Hyderabad', 'Telangana', '500033'],
  ['22, Anna Nagar West', 'Chennai', 'Tamil Nadu', '600040'], ['C-4, Salt Lake Sector 1', 'Kolkata', 'West Bengal', '700064'],
]
// companies: [name, domain, street, city, state, postcode, country]
const IN_CO = [
  ['Kaveri Infotech Pvt Ltd', 'kaveriinfotech.in', '80 Feet Road, Koramangala', 'Bengaluru', 'Karnataka', '560034'],
  ['Sahyadri Fintech Solutions', 'sahyadrifin.com', 'Baner Road', 'Pune', 'Maharashtra', '411045'],
  ['Deccan CloudWorks', 'deccancloud.io', 'HITEC City', 'Hyderabad', 'Telangana', '500081'],
  ['Marina Bay Retail Pvt Ltd', 'marinabayretail.in', 'Anna Salai', 'Chennai', 'Tamil Nadu', '600002'],
  ['Gurgaon SaaS Labs', 'gsaaslabs.com', 'Cyber City, DLF Phase 2', 'Gurugram', 'Haryana', '122002'],
  ['Aravalli Packaging Industries', 'aravallipack.com', 'MIDC Bhosari', 'Pune', 'Maharashtra', '411026'],
]
const UK_CLIENTS = ['Thamesgate Consulting Ltd', 'Pennine Data Ltd', 'Severn Dental Group', 'Wharfedale Insurance Group', 'Clyde Renewables plc', 'Hallam Accountants LLP']
const IN_FIRST = [['Aarav', 0], ['Priya', 1], ['Rahul', 0], ['Sneha', 1], ['Vikram', 0], ['Ananya', 1], ['Karthik', 0], ['Pooja', 1], ['Siddharth', 0], ['Divya', 1], ['Rohan', 0], ['Meera', 1], ['Amit', 0]]
const IN_LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Deshpande', 'Banerjee', 'Singh', 'Menon', 'Joshi']
const ind = (i) => { const [first, female] = row(IN_FIRST, i); return { first, female, last: row(IN_LAST, i * 3 + 1) } }
const mail = (c, dom) => `${c.first}.${c.last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@' + dom
const nm = (c) => `${c.first} ${c.last}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const PMAIL = ['personalEmail.address']
const MOB = ['mobilePhone.number']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const BMAIL = ['workEmail.address', 'personalEmail.address']
const BPHONE = ['workPhone.number', 'mobilePhone.number']
const W = (leaf) => at(['workAddress'], leaf)

export const SETS = [
  // ---------------------------------------------------------------- CallRail call log
  { name: 'callrail-call-log-export-csv', product: 'CallRail (Calls > Call Log > Export, CSV, English UI, a US home-services (HVAC and plumbing) company tracking calls from Google Ads, Google Business Profile and its website)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Call ID', (c, o, r) => `CAL${v.hex(r, 32)}`, ['_id']],
    ['Company', () => 'Lone Star Comfort Air', []],
    ['Start Time', (c, o) => mdyT(o.at, -6), ['timestamp']],
    ['Name', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, []],
    ['Phone Number', (c, o, r) => usPhone(r), PHONE_ID, opt],
    ['Email', (c, o, r) => (r() < 0.2 ? c.email : ''), EMAIL_ID, opt],
    ['City', (c, o, r, i) => row(US_ADR, i)[1], ['placeContext.geo.city'], opt],
    ['State', (c, o, r, i) => row(US_ADR, i)[2], ['placeContext.geo.stateProvince'], opt],
    ['Country', () => 'US', ['placeContext.geo.countryCode'], opt],
    ['Call Status', (c, o, r) => v.pick(r, ['Answered', 'Answered', 'Answered', 'Missed', 'Voicemail', 'Abandoned']), ['eventType'], opt],
    ['Direction', (c, o, r) => v.pick(r, ['Inbound', 'Inbound', 'Inbound', 'Outbound']), [], opt],
    ['Duration (seconds)', (c, o, r) => String(v.int(r, 0, 900)), [], opt],
    ['First Call', (c, o, r) => v.pick(r, ['true', 'true', 'false']), []],
    ['Tracking Number', (c, o, r) => usPhone(r), []],
    ['Business Number', () => '(469) 555-0142', []],
    ['Tracking Source', (c, o, r) => v.pick(r, ['Google Ads', 'Google My Business', 'Website Pool', 'Yelp']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Google Paid', 'Google Organic', 'Direct', 'Google My Business', 'Yelp']), [], opt],
    ['Medium', (c, o, r) => v.pick(r, ['CPC', 'Organic', 'Direct', 'Referral']), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['DFW - AC Repair - Search', 'DFW - Furnace Install', 'Brand', '']), ['marketing.campaignName']],
    ['Keywords', (c, o, r) => v.pick(r, ['ac repair near me', 'emergency plumber plano', '', 'furnace replacement cost']), [], opt],
    ['Landing Page', (c, o, r) => v.pick(r, ['https://www.lonestarcomfortair.com/ac-repair/', 'https://www.lonestarcomfortair.com/', 'https://www.lonestarcomfortair.com/plumbing/']), ['web.webPageDetails.URL']],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.com/', '', 'https://www.yelp.com/']), ['web.webReferrer.URL']],
    ['Device Type', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Desktop', 'Tablet']), ['device.type'], opt],
    ['GCLID', (c, o, r) => (r() < 0.4 ? `Cj0KCQjw${v.alnum(r, 40)}` : ''), [], opt],
    ['Value', (c, o, r) => (r() < 0.3 ? v.money(r, 89, 7800) : ''), [], opt],
    ['Lead Status', (c, o, r) => v.pick(r, ['Good Lead', 'Good Lead', 'Not a Lead', '']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'booked job', 'price shopper', 'existing customer']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Asked for Saturday appointment', 'Quote sent']), []],
    ['Agent Name', (c, o, r) => v.pick(r, ['Brenda Cox', 'Luis Ortega', 'Kayla Moore', '']), []],
    ['Recording', (c, o, r) => (r() < 0.3 ? '' : `https://app.callrail.com/calls/CAL${v.hex(r, 32)}/recording`), []],
  ] },

  // ---------------------------------------------------------------- WhatConverts leads
  { name: 'whatconverts-leads-export-csv', product: 'WhatConverts (Leads > Export Leads, CSV, English UI, a US personal-injury law firm tracking phone calls, web forms and chats by marketing source)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 90000000, 99999999)), ['_id']],
    ['Lead Type', (c, o, r) => v.pick(r, ['Phone Call', 'Phone Call', 'Web Form', 'Chat', 'Text Message']), ['eventType'], opt],
    ['Lead Status', (c, o, r) => v.pick(r, ['Unique', 'Unique', 'Repeat', 'Duplicate']), [], opt],
    ['Date Created', (c, o) => ymdHMS(o.at, -5), ['timestamp']],
    ['Quotable', (c, o, r) => v.pick(r, ['Yes', 'No', 'Not Set']), []],
    ['Quote Value', (c, o, r) => (r() < 0.3 ? v.money(r, 1500, 25000) : ''), [], opt],
    ['Sales Value', (c, o, r) => (r() < 0.15 ? v.money(r, 5000, 90000) : ''), ['commerce.order.priceTotal'], opt],
    ['Contact Name', (c) => nm(c), []],
    ['Contact Email Address', (c, o, r) => (r() < 0.6 ? c.email : ''), EMAIL_ID, opt],
    ['Contact Phone Number', (c, o, r) => `+1 ${usDash(r)}`, PHONE_ID, opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['google', 'google', 'bing', '(direct)', 'facebook']), [], opt],
    ['Lead Medium', (c, o, r) => v.pick(r, ['cpc', 'organic', '(none)', 'referral']), [], opt],
    ['Lead Campaign', (c, o, r) => v.pick(r, ['Car Accident - Houston', 'Truck Accident', 'Brand', '']), ['marketing.campaignName']],
    ['Lead Keyword', (c, o, r) => v.pick(r, ['car accident lawyer houston', '(not provided)', 'truck wreck attorney', '']), [], opt],
    ['Landing URL', (c, o, r) => v.pick(r, ['https://www.bayoucitylaw.com/car-accidents/', 'https://www.bayoucitylaw.com/', 'https://www.bayoucitylaw.com/free-consultation/']), ['web.webPageDetails.URL']],
    ['Lead URL', (c, o, r) => v.pick(r, ['https://www.bayoucitylaw.com/contact/', 'https://www.bayoucitylaw.com/free-consultation/']), ['web.webPageDetails.URL'], opt],
    ['Referring URL', (c, o, r) => v.pick(r, ['https://www.google.com/', '', 'https://www.bing.com/']), ['web.webReferrer.URL']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['City', (c, o, r) => v.pick(r, ['Houston', 'Pasadena', 'Sugar Land', 'Katy']), ['placeContext.geo.city'], opt],
    ['State', () => 'TX', ['placeContext.geo.stateProvince'], opt],
    ['Country', () => 'US', ['placeContext.geo.countryCode'], opt],
    ['Device Type', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Tablet']), ['device.type'], opt],
    ['Device Make', (c, o, r) => v.pick(r, ['Apple', 'Samsung', 'Google', '']), ['device.manufacturer']],
    ['Operating System', (c, o, r) => v.pick(r, ['iOS 17.4', 'Android 14', 'Windows 10']), ['environment.operatingSystem']],
    ['Browser', (c, o, r) => v.pick(r, ['Safari', 'Chrome', 'Edge']), ['environment.browserDetails.name']],
    ['Tracking Number', (c, o, r) => (r() < 0.5 ? `+1 ${usDash(r)}` : ''), []],
    ['Call Duration', (c, o, r) => (r() < 0.5 ? `${v.int(r, 0, 12)}:${pad(v.int(r, 0, 59))}` : ''), [], opt],
    ['Spam', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Lead Summary', (c, o, r) => v.pick(r, ['Rear-ended on I-45, wants consultation', 'Asked about fees', '']), []],
    ['Account', () => 'Bayou City Injury Law', []],
  ] },

  // ---------------------------------------------------------------- HaloPSA tickets
  { name: 'halopsa-tickets-report-export-uk', product: 'HaloPSA (Reporting > Reports > an "All Tickets" report > Export to CSV, English (UK) UI, a UK managed-service provider logging its clients\' IT support requests)', family: 'support', language: 'en', schema: E, cols: [
    ['Ticket ID', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id'], opt],
    ['Summary', (c, o, r) => v.pick(r, ['Outlook not syncing', 'New starter - laptop setup', 'VPN disconnecting', 'Printer offline 2nd floor', 'Password reset']), []],
    ['Ticket Type', (c, o, r) => v.pick(r, ['Incident', 'Incident', 'Service Request', 'Problem', 'Change Request']), ['eventType'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Closed', 'Closed', 'In Progress', 'New', 'Waiting on User']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['P1 - Critical', 'P2 - High', 'P3 - Medium', 'P3 - Medium', 'P4 - Low']), [], opt],
    ['Category', (c, o, r) => v.pick(r, ['Email>Outlook', 'Hardware>Laptop', 'Network>VPN', 'Accounts>Password']), []],
    ['Client', (c, o, r, i) => row(UK_CLIENTS, i), []],
    ['Site', (c, o, r) => v.pick(r, ['Head Office', 'Leeds Branch', 'Main']), []],
    ['User', (c) => nm(c), []],
    ['User Email', (c, o, r, i) => mail(c, row(['thamesgate.co.uk', 'penninedata.co.uk', 'severndental.co.uk', 'wharfedale-ig.co.uk', 'clyderenewables.com', 'hallamllp.co.uk'], i)), EMAIL_ID, opt],
    ['User Phone', (c, o, r) => (r() < 0.5 ? ukLand(r) : ''), PHONE_ID, opt],
    ['Date Logged', (c, o) => dmyHM(o.at, 0), ['timestamp']],
    ['Date Responded', (c, o, r) => dmyHM(o.at + v.int(r, 5, 90) * min, 0), [], opt],
    ['Date Closed', (c, o, r) => (r() < 0.3 ? '' : dmyHM(o.at + v.int(r, 60, 4000) * min, 0)), [], opt],
    ['Fix By Date', (c, o, r) => dmyHM(o.at + v.int(r, 4, 48) * 60 * min, 0), []],
    ['Agent', (c, o, r) => v.pick(r, ['Tom Hughes', 'Priya Nair', 'Callum Reid', 'Unassigned']), []],
    ['Team', (c, o, r) => v.pick(r, ['1st Line', '2nd Line', 'Projects']), []],
    ['SLA', () => 'Standard Business Hours', []],
    ['Response Target Met', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Resolution Target Met', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No', '']), []],
    ['Time Taken (Hours)', (c, o, r) => (v.int(r, 1, 40) / 4).toFixed(2), []],
    ['Source', (c, o, r) => v.pick(r, ['Email', 'Email', 'Portal', 'Phone', 'Teams']), [], opt],
    ['Impact', (c, o, r) => v.pick(r, ['Single User', 'Department', 'Whole Company']), []],
    ['Urgency', (c, o, r) => v.pick(r, ['Low', 'Medium', 'High']), []],
    ['Contract', (c, o, r) => v.pick(r, ['Managed Service Agreement', 'Pay As You Go', '']), []],
  ] },

  // ---------------------------------------------------------------- Sirportly tickets
  { name: 'sirportly-tickets-export-csv', product: 'Sirportly (Tickets > filter > Export to CSV, English UI, a UK online garden-furniture retailer\'s customer-service desk taking e-mail and web-form enquiries)', family: 'support', language: 'en', schema: E, cols: [
    ['Reference', (c, o, r) => `${v.pick(r, ['HX', 'KQ', 'TB', 'ZP'])}-${v.int(r, 100000, 999999)}`, ['_id'], opt],
    ['Subject', (c, o, r) => v.pick(r, ['Where is my order?', 'Damaged parasol base', 'Return request - rattan sofa', 'Delivery date change', 'Missing screws']), []],
    ['Status', (c, o, r) => v.pick(r, ['Resolved', 'Resolved', 'New', 'Waiting for Customer', 'Closed']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['Normal', 'Normal', 'High', 'Low', 'Urgent']), [], opt],
    ['Department', (c, o, r) => v.pick(r, ['Customer Service', 'Returns', 'Deliveries']), []],
    ['Team', (c, o, r) => v.pick(r, ['Front Line', 'Escalations']), []],
    ['User', (c, o, r) => v.pick(r, ['Emma Walsh', 'Ryan Patel', 'Sophie Clarke', '']), []],
    ['Customer', (c) => nm(c), []],
    ['Customer Email', (c, o, r) => mail(c, v.pick(r, ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'])), EMAIL_ID, opt],
    ['Customer Telephone', (c, o, r) => (r() < 0.4 ? ukMobile(r) : ''), PHONE_ID, opt],
    ['Brand', () => 'Willow & Stone Outdoor', []],
    ['Order Number', (c, o, r) => (r() < 0.7 ? `WS${v.int(r, 200000, 299999)}` : ''), ['commerce.order.purchaseID'], opt],
    ['SLA', (c, o, r) => v.pick(r, ['Standard (24h)', 'Priority (4h)']), []],
    ['Source', (c, o, r) => v.pick(r, ['Email', 'Email', 'Web Form', 'API']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'damaged', 'courier-dpd', 'refund,complaint']), []],
    ['Submitted At', (c, o) => sirp(o.at), ['timestamp']],
    ['Updated At', (c, o, r) => sirp(o.at + v.int(r, 1, 72) * 60 * min), [], opt],
    ['First Response At', (c, o, r) => sirp(o.at + v.int(r, 10, 600) * min), [], opt],
    ['Resolved At', (c, o, r) => (r() < 0.4 ? '' : sirp(o.at + v.int(r, 2, 96) * 60 * min)), [], opt],
    ['Reply Due At', (c, o, r) => sirp(o.at + 24 * 60 * min), []],
    ['Updates', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Satisfaction Rating', (c, o, r) => v.pick(r, ['', '', 'Good', 'Bad']), []],
  ] },

  // ---------------------------------------------------------------- Kylas leads
  { name: 'kylas-crm-leads-export-in', product: 'Kylas (Sales CRM: Leads > list view > Export, CSV, English UI, an Indian B2B packaging-machinery seller whose inside-sales team works IndiaMART and website enquiries)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), B2BID],
    ['Salutation', (c, o, r, i) => (ind(i).female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c, o, r, i) => ind(i).first, FN],
    ['Last Name', (c, o, r, i) => ind(i).last, LN],
    ['Emails', (c, o, r, i) => mail(ind(i), row(IN_CO, i)[1]), BMAIL],
    ['Phone Numbers', (c, o, r) => `+91 ${inMobile(r)}`, BPHONE],
    ['Company Name', (c, o, r, i) => row(IN_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Designation', (c, o, r) => v.pick(r, ['Purchase Manager', 'Director', 'Plant Head', 'Proprietor', 'Operations Manager']), ['extendedWorkDetails.jobTitle']],
    ['Department', (c, o, r) => v.pick(r, ['Purchase', 'Production', 'Management', '']), ['extendedWorkDetails.departments[0]']],
    ['Address', (c, o, r, i) => row(IN_CO, i)[2], W('street1')],
    ['City', (c, o, r, i) => row(IN_CO, i)[3], W('city')],
    ['State', (c, o, r, i) => row(IN_CO, i)[4], [...W('stateProvince'), ...W('state')]],
    ['Zipcode', (c, o, r, i) => row(IN_CO, i)[5], W('postalCode')],
    ['Country', () => 'India', W('country')],
    ['Company Website', (c, o, r, i) => `https://www.${row(IN_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Company Industry', (c, o, r) => v.pick(r, ['Manufacturing', 'FMCG', 'Pharmaceuticals', 'Food & Beverages']), []],
    ['Company Employees', (c, o, r) => v.pick(r, ['1-10', '11-50', '51-200', '201-500']), []],
    ['Company Annual Revenue', (c, o, r) => v.pick(r, ['', '5,00,00,000', '25,00,00,000']), []],
    ['Pipeline', () => 'Default Lead Pipeline', []],
    ['Pipeline Stage', (c, o, r) => v.pick(r, ['Open', 'Contacted', 'Qualified', 'Won', 'Lost']), ['b2b.personStatus'], opt],
    ['Source', (c, o, r) => v.pick(r, ['IndiaMART', 'Website', 'Trade India', 'Google Ads', 'Referral']), ['b2b.personSource'], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['', 'PackTech Expo 2024', 'Google Search - Shrink Wrap']), [], opt],
    ['Requirement Name', (c, o, r) => v.pick(r, ['Shrink wrapping machine', 'Carton sealer', 'Strapping machine', '']), []],
    ['Requirement Budget', (c, o, r) => v.pick(r, ['', '3,50,000', '12,00,000']), []],
    ['Owner', (c, o, r) => v.pick(r, ['Rohit Sharma', 'Neha Kulkarni', 'Arjun Menon']), []],
    ['Created At', (c) => monDY(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated At', (c) => monDY(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Created By', (c, o, r) => v.pick(r, ['IndiaMART Integration', 'Neha Kulkarni', 'Website Form']), []],
    ['Linkedin', (c, o, r, i) => (r() < 0.4 ? `https://www.linkedin.com/in/${ind(i).first.toLowerCase()}-${ind(i).last.toLowerCase()}-${v.int(r, 10, 99)}` : ''), []],
    ['Converted', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), ['b2b.isConverted']],
  ] },

  // ---------------------------------------------------------------- Mailmodo contacts
  { name: 'mailmodo-contacts-export-in', product: 'Mailmodo (Contacts > All Contacts > Export, CSV, English UI, an Indian D2C skincare brand\'s newsletter and abandoned-cart audience)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c, o, r, i) => mail(ind(i + 5), 'gmail.com'), PMAIL],
    ['first_name', (c, o, r, i) => ind(i + 5).first, FN],
    ['last_name', (c, o, r, i) => ind(i + 5).last, LN],
    ['name', (c, o, r, i) => nm(ind(i + 5)), FULL],
    ['gender', (c, o, r, i) => (ind(i + 5).female ? 'Female' : 'Male'), ['person.gender']],
    ['age', (c) => String(2024 - new Date(c.birth).getUTCFullYear()), [], opt],
    ['birthday', (c) => ymd(c.birth), ['person.birthDate']],
    ['phone', (c, o, r) => `+91${inMobile(r)}`, MOB],
    ['address1', (c, o, r, i) => row(IN_ADR, i)[0], H('street1')],
    ['address2', () => '', H('street2')],
    ['city', (c, o, r, i) => row(IN_ADR, i)[1], H('city')],
    ['state', (c, o, r, i) => row(IN_ADR, i)[2], HSTATE],
    ['country', () => 'India', H('country')],
    ['postal_code', (c, o, r, i) => row(IN_ADR, i)[3], H('postalCode')],
    ['designation', (c, o, r) => v.pick(r, ['', 'Student', 'Software Engineer', 'Teacher']), [], opt],
    ['company', (c, o, r) => v.pick(r, ['', '', 'Infosys', 'HDFC Bank']), ['organizations[0]'], opt],
    ['timezone', () => 'Asia/Kolkata', []],
    ['status', (c, o, r) => v.pick(r, ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'bounced']), ['personalEmail.status'], opt],
    ['lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter, Shopify Customers', 'Abandoned Cart']), []],
    ['created_at', (c) => isoMs(c.created), [], opt],
    ['updated_at', (c) => isoMs(c.updated), [], opt],
    ['last_opened_at', (c, o, r) => (r() < 0.3 ? '' : isoMs(c.updated - 3 * day)), [], opt],
    ['last_clicked_at', (c, o, r) => (r() < 0.6 ? '' : isoMs(c.updated - 5 * day)), [], opt],
    ['skin_type', (c, o, r) => v.pick(r, ['oily', 'dry', 'combination', '']), []],
    ['total_orders', (c, o, r) => String(v.int(r, 0, 7)), []],
  ] },

  // ---------------------------------------------------------------- Burst SMS message report
  { name: 'burst-sms-campaign-message-report-au', product: 'Burst SMS, now Kudosity (Reports > SMS campaign > Export message report, CSV, English UI, an Australian physiotherapy clinic group\'s appointment-recall and promotional texts)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Message ID', (c, o, r) => String(v.int(r, 300000000, 399999999)), ['_id']],
    ['Mobile', (c, o, r) => auIntl(r), PHONE_ID, opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r) => (r() < 0.5 ? mail(c, v.pick(r, ['bigpond.com', 'gmail.com', 'outlook.com.au'])) : ''), EMAIL_ID, opt],
    ['List', (c, o, r) => v.pick(r, ['Active Patients', 'Lapsed 6m+', 'Pilates Members']), []],
    ['Caller ID', () => 'MoveWellPhy', []],
    ['Message', (c, o, r) => v.pick(r, ['Hi {first_name}, it\'s been a while! Book your check-up at MoveWell: https://tapth.is/a1B2 Opt-out reply STOP', 'Winter Pilates: 20% off 10-class pass this week. Book: https://tapth.is/x9Yz STOP to opt out']), []],
    ['Campaign', (c, o, r) => v.pick(r, ['Recall - June', 'Winter Pilates Promo']), ['marketing.campaignName']],
    ['Send At', (c, o) => dmyHMS(o.at, 10), ['timestamp']],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'Pending', 'Hard Bounce', 'Soft Bounce']), [], opt],
    ['Delivered At', (c, o, r) => dmyHMS(o.at + v.int(r, 3, 90) * 1000, 10), [], opt],
    ['Parts', (c, o, r) => String(v.int(r, 1, 2)), []],
    ['Cost', (c, o, r) => (v.int(r, 1, 2) * 0.055).toFixed(3), []],
    ['Country', () => 'AU', ['placeContext.geo.countryCode'], opt],
    ['Link Hits', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['Replied', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Reply', (c, o, r) => v.pick(r, ['', '', '', 'Yes please call me', 'STOP']), []],
    ['Opted Out', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), [], opt],
    ['Clinic', (c, o, r) => v.pick(r, ['Fitzroy', 'Coogee', 'Paddington']), []],
  ] },

  // ---------------------------------------------------------------- SMSGlobal contacts
  { name: 'smsglobal-mxt-contacts-export-au', product: 'SMSGlobal (MXT web app: Contacts > select group > Export, CSV, English UI, an Australian real-estate agency\'s buyer and open-home SMS list)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Mobile', (c, o, r) => auIntl(r), MOB],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => (r() < 0.7 ? mail(c, v.pick(r, ['bigpond.com', 'gmail.com', 'icloud.com', 'optusnet.com.au'])) : ''), PMAIL],
    ['Company', (c, o, r) => v.pick(r, ['', '', '', 'Coral Coast Digital Pty Ltd']), ['organizations[0]'], opt],
    ['Address', (c, o, r, i) => row(AU_ADR, i)[0], H('street1')],
    ['City', (c, o, r, i) => row(AU_ADR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(AU_ADR, i)[2], HSTATE],
    ['Postcode', (c, o, r, i) => row(AU_ADR, i)[3], H('postalCode')],
    ['Country', () => 'Australia', H('country')],
    ['Groups', (c, o, r) => v.pick(r, ['Buyers - Inner North', 'Open Home Attendees', 'Buyers - Inner North; Investors', 'Past Vendors']), []],
    ['Date of Birth', (c, o, r) => (r() < 0.6 ? '' : dmy(c.birth)), ['person.birthDate'], opt],
    ['Custom Field 1', (c, o, r) => v.pick(r, ['3 bed house', '2 bed unit', 'Land', '']), []],
    ['Custom Field 2', (c, o, r) => v.pick(r, ['$800k-$1m', '$1m-$1.5m', 'Under $700k', '']), []],
    ['Opted Out', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), ['mobilePhone.status'], opt],
    ['Date Created', (c) => ymdHMS(c.created, 10), [], opt],
    ['Last Modified', (c) => ymdHMS(c.updated, 10), [], opt],
  ] },

  // ---------------------------------------------------------------- FireText contacts
  { name: 'firetext-contacts-export-uk', product: 'FireText (Contacts > Groups > Export contacts, CSV, English (UK) UI, a UK independent gym chain\'s member and class-reminder text list)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Mobile Number', (c, o, r) => ukIntl(r), MOB],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => (r() < 0.8 ? mail(c, v.pick(r, ['gmail.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com'])) : ''), PMAIL],
    ['Date of Birth', (c) => bdayUK(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Address 1', (c, o, r, i) => row(UK_ADR, i)[0], H('street1')],
    ['Town', (c, o, r, i) => row(UK_ADR, i)[1], H('city')],
    ['County', (c, o, r, i) => row(UK_ADR, i)[2], HSTATE],
    ['Postcode', (c, o, r, i) => row(UK_ADR, i)[3], H('postalCode')],
    ['Group', (c, o, r) => v.pick(r, ['Members', 'Members', 'Leads - Free Pass', 'Cancelled Members']), []],
    ['Membership No', (c, o, r) => `GYM${v.int(r, 10000, 99999)}`, ['loyalty.loyaltyID[0]', 'personID'], opt],
    ['Home Club', (c, o, r, i) => row(UK_ADR, i)[1], []],
    ['Membership Type', (c, o, r) => v.pick(r, ['Peak', 'Off-Peak', 'Student', 'Corporate']), [], opt],
    ['Subscribed', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'Yes', 'No']), ['mobilePhone.status'], opt],
    ['Date Added', (c) => dmyHM(c.created, 0), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Import', 'API', 'Keyword: JOIN', 'Web form']), [], opt],
  ] },

  // ---------------------------------------------------------------- Trumpia contacts
  { name: 'trumpia-contacts-export-us', product: 'Trumpia (Contacts > Manage Lists > Export Contacts, CSV, English UI, a US multi-location pizza chain\'s text-club and e-mail subscribers)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 400000000, 499999999)), ID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Mobile Number', (c, o, r) => usDigits(r), MOB],
    ['Landline Number', (c, o, r) => (r() < 0.8 ? '' : usDigits(r)), ['homePhone.number']],
    ['Email Address', (c, o, r) => (r() < 0.6 ? c.email : ''), PMAIL],
    ['Lists', (c, o, r) => v.pick(r, ['Text Club', 'Text Club, Birthday Club', 'Catering']), []],
    ['Subscription Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed']), ['mobilePhone.status'], opt],
    ['Subscribed Via', (c, o, r) => v.pick(r, ['Keyword: PIZZA', 'Web Form', 'Import', 'Tablet Kiosk']), [], opt],
    ['Date Subscribed', (c) => mdyPadT(c.created, -6), [], opt],
    ['Birthday', (c) => bday(c.birth), ['person.birthDate']],
    ['Zip Code', (c, o, r, i) => row(US_ADR, i)[3], H('postalCode')],
    ['Favorite Location', (c, o, r) => v.pick(r, ['Plano - Legacy Dr', 'Frisco - Main St', 'Allen - Watters Rd']), []],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Carrier', (c, o, r) => v.pick(r, ['Verizon Wireless', 'AT&T', 'T-Mobile USA']), []],
    ['Mobile Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Landline', 'Invalid']), [], opt],
    ['Email Status', (c, o, r) => v.pick(r, ['Verified', 'Verified', 'Bounced', '']), ['personalEmail.status'], opt],
    ['Last Updated', (c) => mdyPadT(c.updated, -6), [], opt],
  ] },

  // ---------------------------------------------------------------- LionDesk contacts
  { name: 'liondesk-contacts-export-csv', product: 'LionDesk (Contacts > select all > Export Contacts, CSV, English UI, a US residential real-estate agent\'s buyer, seller and sphere database)', family: 'crm', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, PMAIL],
    ['Secondary Email', (c, o, r) => (r() < 0.8 ? '' : mail(c, 'yahoo.com')), PMAIL, opt],
    ['Mobile Phone', (c, o, r) => usPhone(r), MOB],
    ['Home Phone', (c, o, r) => (r() < 0.7 ? '' : usPhone(r)), ['homePhone.number']],
    ['Office Phone', (c, o, r) => (r() < 0.7 ? '' : usPhone(r)), ['workPhone.number']],
    ['Fax', () => '', ['faxPhone.number']],
    ['Company', (c, o, r) => v.pick(r, ['', '', c.company]), ['organizations[0]'], opt],
    ['Address', (c, o, r, i) => row(US_ADR, i)[0], H('street1')],
    ['City', (c, o, r, i) => row(US_ADR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(US_ADR, i)[2], HSTATE],
    ['Zip', (c, o, r, i) => row(US_ADR, i)[3], H('postalCode')],
    ['Birthday', (c, o, r) => (r() < 0.5 ? '' : bday(c.birth)), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.7 ? '' : bday(c.created)), []],
    ['Spouse First Name', (c, o, r) => v.pick(r, ['', '', 'Megan', 'Chris', 'Danielle']), []],
    ['Source', (c, o, r) => v.pick(r, ['Zillow', 'Realtor.com', 'Open House', 'Sphere', 'Facebook Ads']), [], opt],
    ['Hotness', (c, o, r) => v.pick(r, ['Hot', 'Warm', 'Cold', 'Closed']), []],
    ['Tags', (c, o, r) => v.pick(r, ['buyer', 'seller', 'buyer,first-time', 'past client']), []],
    ['Assigned To', (c, o, r) => v.pick(r, ['Jennifer Alvarez', 'Mark Bishop']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', 'Pre-approved $450k', 'Wants 4bd near good schools', 'Listing in spring']), []],
    ['Created', (c) => mdyPad(c.created, -6), [], opt],
    ['Last Contacted', (c, o, r) => (r() < 0.3 ? '' : mdyPad(c.updated, -6)), [], opt],
  ] },

  // ---------------------------------------------------------------- Delivra campaign activity
  { name: 'delivra-campaign-recipient-activity-export', product: 'Delivra (Reports > Campaign > Recipient Activity > Export, CSV, English UI, a US regional credit union\'s monthly member newsletter and auto-loan promotion)', family: 'email', language: 'en', schema: E, cols: [
    ['Email Address', (c) => c.email, EMAIL_ID],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Member Number', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Campaign Name', (c, o, r) => v.pick(r, ['June Member Newsletter', 'Summer Auto Loan 4.99% APR']), ['marketing.campaignName']],
    ['Mailing ID', (c, o, r) => String(v.int(r, 700000, 799999)), ['marketing.trackingCode'], opt],
    ['Subject Line', (c, o, r) => v.pick(r, ['Your June update from Heartland CU', 'Rates as low as 4.99% APR on your next car']), [], opt],
    ['Sent Date', (c, o) => mdyTS(o.at, -5), ['timestamp']],
    ['Delivered', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'Yes', 'No']), []],
    ['Opened', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Open Count', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['First Open Date', (c, o, r) => (r() < 0.5 ? '' : mdyTS(o.at + v.int(r, 5, 2000) * min, -5)), [], opt],
    ['Clicked', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Click Count', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Last Click Date', (c, o, r) => (r() < 0.7 ? '' : mdyTS(o.at + v.int(r, 10, 3000) * min, -5)), [], opt],
    ['Last Clicked URL', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['https://www.heartlandcu.org/auto-loans', 'https://www.heartlandcu.org/rates'])), ['web.webInteraction.URL'], opt],
    ['Bounce Type', (c, o, r) => v.pick(r, ['', '', '', 'Hard', 'Soft']), [], opt],
    ['Unsubscribed', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), [], opt],
    ['Complaint', () => 'No', []],
    ['Email Client', (c, o, r) => v.pick(r, ['Apple Mail', 'Gmail', 'Outlook 2019', 'iPhone']), [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Tablet', '']), ['device.type'], opt],
    ['List', () => 'All Members', []],
  ] },
]
