// Round 99, tune99: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Event, webinar, conference and trade-show exports of US, UK, Indian and
// Australian organisers and exhibitors: guest lists, registrants, badge-scanned leads, speakers, session check-ins,
// ticket bookings and webinar attendance; all English.
import { E, B, v, HOME, B2BID, PL, OR, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmyT = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dMonY = (ms, h = 5.5) => { const p = shift(ms, h); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const monDYT = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const day = 86400000

// phones
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usE164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukIntl = (r) => `+44 7${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const inMobile = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 10000000, 99999999)}`
const inMobile91 = (r) => `+91 ${inMobile(r)}`

// companies: [name, domain, street, city, state, postcode, country, countryCode, website]
const US_CO = [
  ['Northwind Analytics', 'northwindanalytics.com', '500 Boylston St', 'Boston', 'MA', '02116', 'United States', 'US'],
  ['Cascade Logistics Inc.', 'cascadelogistics.com', '1201 3rd Ave', 'Seattle', 'WA', '98101', 'United States', 'US'],
  ['BrightPath Health', 'brightpathhealth.org', '233 S Wacker Dr', 'Chicago', 'IL', '60606', 'United States', 'US'],
  ['Lumen Payments', 'lumenpay.io', '600 Congress Ave', 'Austin', 'TX', '78701', 'United States', 'US'],
  ['Redwood Manufacturing Co.', 'redwoodmfg.com', '1 Market St', 'San Francisco', 'CA', '94105', 'United States', 'US'],
  ['Summit Ridge Capital', 'summitridgecap.com', '1700 Lincoln St', 'Denver', 'CO', '80203', 'United States', 'US'],
  ['Harbor Point Software', 'harborpoint.dev', '100 Pine St', 'Atlanta', 'GA', '30303', 'United States', 'US'],
]
const UK_CO = [
  ['Thamesgate Consulting Ltd', 'thamesgate.co.uk', '20 Bishopsgate', 'London', 'Greater London', 'EC2N 4AG', 'United Kingdom', 'GB'],
  ['Pennine Data Ltd', 'penninedata.co.uk', '1 Piccadilly Gardens', 'Manchester', 'Greater Manchester', 'M1 1RG', 'United Kingdom', 'GB'],
  ['Clyde Renewables plc', 'clyderenewables.com', '110 St Vincent St', 'Glasgow', 'Glasgow City', 'G2 5ER', 'United Kingdom', 'GB'],
  ['Severn Health Tech', 'severnhealth.tech', '3 Temple Quay', 'Bristol', 'Bristol', 'BS1 6DZ', 'United Kingdom', 'GB'],
  ['Wharfedale Insurance Group', 'wharfedale-ig.co.uk', '6 Park Row', 'Leeds', 'West Yorkshire', 'LS1 5HD', 'United Kingdom', 'GB'],
]
const IN_CO = [
  ['Kaveri Infotech Pvt Ltd', 'kaveriinfotech.in', '80 Feet Road, Koramangala', 'Bengaluru', 'Karnataka', '560034', 'India', 'IN'],
  ['Sahyadri Fintech Solutions', 'sahyadrifin.com', 'Baner Road', 'Pune', 'Maharashtra', '411045', 'India', 'IN'],
  ['Deccan CloudWorks', 'deccancloud.io', 'HITEC City', 'Hyderabad', 'Telangana', '500081', 'India', 'IN'],
  ['Marina Bay Retail Pvt Ltd', 'marinabayretail.in', 'Anna Salai', 'Chennai', 'Tamil Nadu', '600002', 'India', 'IN'],
  ['Gurgaon SaaS Labs', 'gsaaslabs.com', 'Cyber City, DLF Phase 2', 'Gurugram', 'Haryana', '122002', 'India', 'IN'],
]
const AU_CO = [
  ['Coral Coast Digital Pty Ltd', 'coralcoast.com.au', '123 Eagle St', 'Brisbane', 'QLD', '4000', 'Australia', 'AU'],
  ['Yarra Valley Software', 'yarravalleysw.com.au', '88 Collins St', 'Melbourne', 'VIC', '3000', 'Australia', 'AU'],
  ['Harbourside Advisory', 'harbourside.com.au', '1 Macquarie Pl', 'Sydney', 'NSW', '2000', 'Australia', 'AU'],
  ['Swan River Mining Services', 'swanrivermining.com.au', '240 St Georges Tce', 'Perth', 'WA', '6000', 'Australia', 'AU'],
  ['Torrens Health Group', 'torrenshealth.com.au', '25 Grenfell St', 'Adelaide', 'SA', '5000', 'Australia', 'AU'],
]
const TITLES = ['Marketing Manager', 'VP of Sales', 'Director of IT', 'Head of Partnerships', 'Software Engineer', 'Procurement Lead', 'CFO', 'Operations Manager', 'Customer Success Manager', 'Data Analyst']
const work = (c, co) => `${c.first}.${c.last}@${co[1]}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '')
const nm = (c) => `${c.first} ${c.last}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const PHONE = ['workPhone.number', 'mobilePhone.number']
const MOB = ['mobilePhone.number']
const ADR = (leaf) => at(['workAddress', ...HOME], leaf)
const STATE = [...ADR('stateProvince'), ...ADR('state')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']

export const SETS = [
  // ---------------------------------------------------------------- Splash guest list
  { name: 'splash-guest-list-export-csv', product: 'Splash (event > Guest List > Export, CSV, English UI, a US fintech company\'s customer dinner and happy-hour series)', family: 'events', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => work(c, row(US_CO, i)), MAIL],
    ['Status', (c, o, r) => v.pick(r, ['Attending', 'Attending', 'Checked In', 'Not Attending', 'Waitlist', 'Awaiting Reply', 'Added']), [], opt],
    ['Company', (c, o, r, i) => row(US_CO, i)[0], CO],
    ['Title', (c, o, r, i) => row(TITLES, i + 1), TITLE],
    ['Phone', (c, o, r) => (r() < 0.4 ? '' : usPhone(r)), PHONE],
    ['Plus One', (c, o, r) => v.pick(r, ['', '', 'Yes']), []],
    ['Lists', (c, o, r) => v.pick(r, ['', 'VIP', 'Customers', 'Prospects, VIP', 'Sales Invites']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'customer', 'prospect', 'exec', 'partner']), []],
    ['Ticket Type', (c, o, r) => v.pick(r, ['General Admission', 'General Admission', 'VIP Reception']), []],
    ['RSVP Date', (c) => mdyT(c.created), CREATED, opt],
    ['Checked In Date', (c, o, r) => (r() < 0.5 ? '' : mdyT(c.created + 20 * day)), []],
    ['Invited By', (c, o, r) => v.pick(r, ['Jordan Reyes', 'Priya Shah', 'Alex Kim', '']), []],
    ['Source', (c, o, r) => v.pick(r, ['Event Page', 'Email Invite', 'Imported', 'Manual Add']), [], opt],
    ['Dietary Restrictions', (c, o, r) => v.pick(r, ['', '', 'Vegetarian', 'Gluten-free', 'Nut allergy']), []],
    ['Salesforce Contact ID', (c, o, r) => `003${v.alnum(r, 15)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Guest ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, B2BID],
  ] },

  // ---------------------------------------------------------------- Boomset attendees
  { name: 'boomset-attendee-list-export', product: 'Boomset (event dashboard: Attendees > Export > Excel/CSV, English UI, a US healthcare association\'s annual conference with on-site badge printing)', family: 'events', language: 'en', schema: B, cols: [
    ['Attendee ID', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, B2BID],
    ['Order ID', (c, o, r) => `${v.int(r, 1000000, 9999999)}`, []],
    ['Prefix', (c) => (c.female ? 'Dr.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Suffix', (c, o, r) => v.pick(r, ['', '', '', 'MD', 'PhD', 'RN']), ['person.name.suffix']],
    ['Email', (c, o, r, i) => work(c, row(US_CO, i + 2)), MAIL],
    ['Company', (c, o, r, i) => row(US_CO, i + 2)[0], CO],
    ['Job Title', (c, o, r, i) => row(TITLES, i + 3), TITLE],
    ['Cell Phone', (c, o, r) => usPhone(r), MOB],
    ['Work Phone', (c, o, r) => (r() < 0.5 ? '' : usPhone(r)), ['workPhone.number']],
    ['Address', (c, o, r, i) => row(US_CO, i + 2)[2], ADR('street1')],
    ['City', (c, o, r, i) => row(US_CO, i + 2)[3], ADR('city')],
    ['State', (c, o, r, i) => row(US_CO, i + 2)[4], STATE],
    ['Zip Code', (c, o, r, i) => row(US_CO, i + 2)[5], ADR('postalCode')],
    ['Country', (c, o, r, i) => row(US_CO, i + 2)[6], ADR('country')],
    ['Ticket', (c, o, r) => v.pick(r, ['Member - Full Conference', 'Non-Member - Full Conference', 'One Day Pass', 'Exhibitor Staff']), []],
    ['Ticket Price', (c, o, r) => v.pick(r, ['795.00', '995.00', '350.00', '0.00']), []],
    ['Registration Date', (c) => ymdHMS(c.created, -5), CREATED, opt],
    ['Checked In', (c, o, r) => v.pick(r, ['TRUE', 'FALSE']), []],
    ['Check-In Time', (c, o, r) => (r() < 0.5 ? '' : ymdHMS(c.created + 30 * day, -5)), []],
    ['Website', (c, o, r, i) => (r() < 0.5 ? '' : `www.${row(US_CO, i + 2)[1]}`), ['b2b.companyWebsite']],
    ['Barcode', (c, o, r) => `${v.int(r, 100000000000, 999999999999)}`, []],
    ['Badge Printed', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Attendee Type', (c, o, r) => v.pick(r, ['Attendee', 'Attendee', 'Speaker', 'Exhibitor', 'Staff']), ['b2b.personType'], opt],
    ['Last Updated', (c) => ymdHMS(c.updated, -5), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- iCapture leads
  { name: 'icapture-leads-export-csv', product: 'iCapture (web portal: Event > Leads > Export CSV, English UI, a US industrial-equipment exhibitor scanning badges and filling a lead form at a trade show)', family: 'events', language: 'en', schema: B, cols: [
    ['Lead ID', (c, o, r) => `${v.int(r, 5000000, 5999999)}`, B2BID],
    ['Event', () => 'FABTECH 2024', []],
    ['Captured By', (c, o, r) => v.pick(r, ['mike.turner@redwoodmfg.com', 'sara.lopez@redwoodmfg.com', 'dan.ortiz@redwoodmfg.com']), []],
    ['Capture Date', (c) => mdyT(c.created, -6), CREATED, opt],
    ['Capture Method', (c, o, r) => v.pick(r, ['Badge Scan', 'Badge Scan', 'Business Card', 'Manual Entry', 'Kiosk']), []],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => work(c, row(US_CO, i + 4)), MAIL],
    ['Company', (c, o, r, i) => row(US_CO, i + 4)[0], CO],
    ['Title', (c, o, r, i) => row(TITLES, i + 5), TITLE],
    ['Phone', (c, o, r) => usPhone(r), PHONE],
    ['Address 1', (c, o, r, i) => row(US_CO, i + 4)[2], ADR('street1')],
    ['City', (c, o, r, i) => row(US_CO, i + 4)[3], ADR('city')],
    ['State', (c, o, r, i) => row(US_CO, i + 4)[4], STATE],
    ['Zip', (c, o, r, i) => row(US_CO, i + 4)[5], ADR('postalCode')],
    ['Country', (c, o, r, i) => row(US_CO, i + 4)[7], ADR('countryCode')],
    ['Lead Rating', (c, o, r) => v.pick(r, ['Hot', 'Warm', 'Cold']), [], opt],
    ['Products of Interest', (c, o, r) => v.pick(r, ['Laser Cutters', 'Press Brakes', 'Laser Cutters; Automation', 'Welding Cells']), []],
    ['Purchase Timeframe', (c, o, r) => v.pick(r, ['0-3 months', '3-6 months', '6-12 months', 'No plans']), []],
    ['Follow Up', (c, o, r) => v.pick(r, ['Send quote', 'Schedule demo', 'Send literature', '']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', 'Met at booth, wants pricing', 'Replacing 2 older machines']), []],
    ['Business Card Image', (c, o, r) => (r() < 0.7 ? '' : `https://media.icapture.com/cards/${v.alnum(r, 12)}.jpg`), []],
    ['Synced to CRM', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
  ] },

  // ---------------------------------------------------------------- Validar leads
  { name: 'validar-lead-retrieval-export', product: 'Validar (CDS Leads / Validar portal: My Leads > Download Leads, Excel, English UI, a US cybersecurity exhibitor at a trade show whose registration ran through Validar)', family: 'events', language: 'en', schema: B, cols: [
    ['Badge ID', (c, o, r) => `${v.int(r, 100000, 999999)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Scan Date/Time', (c) => mdyT(c.created, -8), CREATED, opt],
    ['Device', (c, o, r) => v.pick(r, ['iPhone - Booth 1', 'iPhone - Booth 2', 'Android Rental 17']), []],
    ['Salutation', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Title', (c, o, r, i) => row(TITLES, i + 2), TITLE],
    ['Company', (c, o, r, i) => row(US_CO, i + 1)[0], CO],
    ['Address 1', (c, o, r, i) => row(US_CO, i + 1)[2], ADR('street1')],
    ['Address 2', (c, o, r) => (r() < 0.3 ? `Suite ${v.int(r, 100, 900)}` : ''), ADR('street2')],
    ['City', (c, o, r, i) => row(US_CO, i + 1)[3], ADR('city')],
    ['State', (c, o, r, i) => row(US_CO, i + 1)[4], STATE],
    ['Zip Code', (c, o, r, i) => row(US_CO, i + 1)[5], ADR('postalCode')],
    ['Country', (c, o, r, i) => row(US_CO, i + 1)[6], ADR('country')],
    ['Phone', (c, o, r) => usPhone(r), PHONE],
    ['Ext', (c, o, r) => (r() < 0.7 ? '' : `${v.int(r, 100, 999)}`), ['workPhone.extension']],
    ['Email', (c, o, r, i) => work(c, row(US_CO, i + 1)), MAIL],
    ['Registration Type', (c, o, r) => v.pick(r, ['Full Conference', 'Expo Only', 'Press', 'Exhibitor']), [], opt],
    ['Job Function', (c, o, r) => v.pick(r, ['IT / Security', 'Executive Management', 'Engineering', 'Purchasing']), [], opt],
    ['Company Size', (c, o, r) => v.pick(r, ['1-49', '50-249', '250-999', '1,000-4,999', '5,000+']), [], opt],
    ['Qualifier: Timeframe', (c, o, r) => v.pick(r, ['Immediate', '3-6 Months', '6-12 Months', 'Just Researching']), []],
    ['Qualifier: Budget', (c, o, r) => v.pick(r, ['Yes', 'No', 'Unknown']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Interested in SOC2 module', 'Wants follow up after show']), []],
  ] },

  // ---------------------------------------------------------------- Grip participants
  { name: 'grip-event-participants-export', product: 'Grip (event dashboard: Participants > Export to CSV, English UI, a UK insurance-technology trade show with AI meeting matchmaking)', family: 'events', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, B2BID],
    ['external_id', (c, o, r) => `REG-${v.int(r, 10000, 99999)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['first_name', (c) => c.first, FN],
    ['last_name', (c) => c.last, LN],
    ['email', (c, o, r, i) => work(c, row(UK_CO, i)), MAIL],
    ['company_name', (c, o, r, i) => row(UK_CO, i)[0], CO],
    ['job_title', (c, o, r, i) => row(TITLES, i + 2), TITLE],
    ['headline', (c, o, r, i) => `${row(TITLES, i + 2)} at ${row(UK_CO, i)[0]}`, []],
    ['summary', (c, o, r) => v.pick(r, ['', 'Looking for claims automation partners.', 'Interested in embedded insurance.']), []],
    ['location', (c, o, r, i) => `${row(UK_CO, i)[3]}, ${row(UK_CO, i)[6]}`, []],
    ['phone_number', (c, o, r) => (r() < 0.5 ? '' : ukIntl(r)), PHONE],
    ['linkedin_url', (c, o, r) => (r() < 0.4 ? '' : `https://www.linkedin.com/in/${c.first.toLowerCase()}-${c.last.toLowerCase()}-${v.alnum(r, 4)}`), []],
    ['website', (c, o, r, i) => `https://www.${row(UK_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['registration_type', (c, o, r) => v.pick(r, ['Delegate', 'Delegate', 'Exhibitor', 'Speaker', 'Investor']), ['b2b.personType'], opt],
    ['interests', (c, o, r) => v.pick(r, ['Claims; AI', 'Underwriting', 'Embedded Insurance; Distribution', 'Cyber']), []],
    ['meetings_accepted', (c, o, r) => `${v.int(r, 0, 12)}`, []],
    ['meetings_requested', (c, o, r) => `${v.int(r, 0, 20)}`, []],
    ['has_logged_in', (c, o, r) => v.pick(r, ['true', 'false']), []],
    ['last_active_at', (c) => iso(c.updated), [], opt],
    ['created_at', (c) => iso(c.created), CREATED, opt],
    ['updated_at', (c) => iso(c.updated), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- Webex Events session check-ins
  { name: 'webex-events-session-checkins-export', product: 'Webex Events (formerly Socio; Event > Reports > Session Check-ins > Download CSV, English UI, a US software vendor\'s hybrid partner summit)', family: 'events', language: 'en', schema: E, cols: [
    ['Check-in ID', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ['_id']],
    ['Session Name', (c, o, r) => v.pick(r, ['Opening Keynote', 'Partner Roadmap 2025', 'Hands-on Lab: APIs', 'Closing Panel']), []],
    ['Session ID', (c, o, r) => `${v.int(r, 100000, 999999)}`, []],
    ['Track', (c, o, r) => v.pick(r, ['Main Stage', 'Technical', 'Sales & Marketing']), []],
    ['Session Start', (c, o) => mdyT(o.at - 3600000, -5), []],
    ['Session End', (c, o) => mdyT(o.at + 1800000, -5), []],
    ['Attendee ID', (c, o, r) => `${v.int(r, 1000000, 9999999)}`, [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r, i) => work(c, row(US_CO, i + 3)), EMAIL_ID, opt],
    ['Company', (c, o, r, i) => row(US_CO, i + 3)[0], []],
    ['Ticket', (c, o, r) => v.pick(r, ['In-Person Pass', 'Virtual Pass']), []],
    ['Check-in Time', (c, o) => mdyT(o.at, -5), ['timestamp']],
    ['Check-in Method', (c, o, r) => v.pick(r, ['QR Code', 'Manual', 'Self Check-in', 'Virtual Join']), []],
    ['Checked In By', (c, o, r) => v.pick(r, ['Kiosk 2', 'Emma Walsh', 'Self', '']), []],
    ['Watch Time (minutes)', (c, o, r) => `${v.int(r, 0, 55)}`, [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Web', 'iOS', 'Android']), [], opt],
  ] },

  // ---------------------------------------------------------------- Sched attendees
  { name: 'sched-people-attendees-export-csv', product: 'Sched (event Control Panel: Settings > Importing & Exporting > Export Attendees, CSV, English UI, an Australian tech community conference)', family: 'events', language: 'en', schema: B, cols: [
    ['Username', (c, o, r) => `${c.first.toLowerCase()}${c.last.toLowerCase().slice(0, 1)}${v.int(r, 1, 99)}`, [], opt],
    ['Name', (c) => nm(c), FULL],
    ['Email', (c, o, r, i) => work(c, row(AU_CO, i)), MAIL],
    ['Company', (c, o, r, i) => row(AU_CO, i)[0], CO],
    ['Position', (c, o, r, i) => row(TITLES, i + 6), TITLE],
    ['Location', (c, o, r, i) => `${row(AU_CO, i)[3]}, ${row(AU_CO, i)[4]}`, []],
    ['About', (c, o, r) => v.pick(r, ['', '', 'Cloud engineer, coffee snob.', 'Building data platforms in the public sector.']), []],
    ['URL', (c, o, r, i) => (r() < 0.6 ? '' : `https://${row(AU_CO, i)[1]}`), ['b2b.companyWebsite'], opt],
    ['Role', (c, o, r) => v.pick(r, ['Attendee', 'Attendee', 'Attendee', 'Speaker', 'Volunteer']), ['b2b.personType'], opt],
    ['Ticket Type', (c, o, r) => v.pick(r, ['Early Bird', 'Standard', 'Student', 'Sponsor Pass']), []],
    ['Sessions Added', (c, o, r) => `${v.int(r, 0, 14)}`, []],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Joined', (c) => ymdHMS(c.created, 10), CREATED, opt],
    ['Last Login', (c, o, r) => (r() < 0.2 ? '' : ymdHMS(c.updated, 10)), [], opt],
    ['Privacy', (c, o, r) => v.pick(r, ['Public', 'Public', 'Private']), []],
    ['Mobile', (c, o, r) => (r() < 0.5 ? '' : auMobile(r)), MOB],
  ] },

  // ---------------------------------------------------------------- Sessionize speakers
  { name: 'sessionize-speakers-export-xlsx', product: 'Sessionize (event: Export > Speakers > Excel, English UI, a UK developer conference\'s call for papers and accepted speakers)', family: 'events', language: 'en', schema: B, cols: [
    ['Speaker Id', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, B2BID],
    ['FirstName', (c) => c.first, FN],
    ['LastName', (c) => c.last, LN],
    ['Email', (c, o, r, i) => (r() < 0.5 ? c.email : work(c, row(UK_CO, i + 1))), MAIL],
    ['TagLine', (c, o, r, i) => `${row(TITLES, i + 4)} at ${row(UK_CO, i + 1)[0]}`, []],
    ['Bio', (c, o, r) => v.pick(r, ['Developer advocate and .NET enthusiast.', 'Ten years of building payments systems.', 'Speaks about accessibility and design systems.']), []],
    ['Company', (c, o, r, i) => row(UK_CO, i + 1)[0], CO],
    ['Job Title', (c, o, r, i) => row(TITLES, i + 4), TITLE],
    ['Phone Number', (c, o, r) => ukMobile(r), PHONE],
    ['Country', (c, o, r, i) => row(UK_CO, i + 1)[6], ADR('country'), opt],
    ['Twitter', (c, o, r) => (r() < 0.5 ? '' : `https://twitter.com/${c.first.toLowerCase()}dev`), []],
    ['LinkedIn', (c, o, r) => (r() < 0.3 ? '' : `https://www.linkedin.com/in/${c.first.toLowerCase()}${c.last.toLowerCase()}`), []],
    ['Blog', (c, o, r) => (r() < 0.6 ? '' : `https://${c.last.toLowerCase()}.dev`), []],
    ['Profile Picture', (c, o, r) => `https://sessionize.com/image/${v.hex(r, 4)}-400o400o2-${v.alnum(r, 20)}.jpg`, []],
    ['Sessions', (c, o, r) => v.pick(r, ['Minimal APIs in Practice', 'Designing for Failure', 'Accessible by Default; Testing in Prod']), []],
    ['Session Status', (c, o, r) => v.pick(r, ['Accepted', 'Accepted', 'Declined', 'Waitlisted']), []],
    ['Travel Assistance', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Is Top Speaker', (c, o, r) => v.pick(r, ['False', 'False', 'True']), []],
    ['Date Submitted', (c) => dmyT(c.created, 0), CREATED, opt],
  ] },

  // ---------------------------------------------------------------- PheedLoop attendees
  { name: 'pheedloop-attendees-export-csv', product: 'PheedLoop (Event Dashboard: Attendees > Attendees > Export, CSV, English UI, an Australian mining and resources conference and expo)', family: 'events', language: 'en', schema: B, cols: [
    ['Attendee Code', (c, o, r) => `ATT${v.alnum(r, 8).toUpperCase()}`, B2BID],
    ['Title', (c) => (c.female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => work(c, row(AU_CO, i + 3)), MAIL],
    ['Organization', (c, o, r, i) => row(AU_CO, i + 3)[0], CO],
    ['Job Title', (c, o, r, i) => row(TITLES, i + 7), TITLE],
    ['Phone', (c, o, r) => auMobile(r), PHONE],
    ['City', (c, o, r, i) => row(AU_CO, i + 3)[3], ADR('city')],
    ['Province/State', (c, o, r, i) => row(AU_CO, i + 3)[4], STATE],
    ['Country', (c, o, r, i) => row(AU_CO, i + 3)[6], ADR('country')],
    ['Ticket', (c, o, r) => v.pick(r, ['Delegate - 3 Day', 'Delegate - 1 Day', 'Expo Visitor', 'Exhibitor Staff']), []],
    ['Order Code', (c, o, r) => `ORD${v.alnum(r, 8).toUpperCase()}`, []],
    ['Amount Paid', (c, o, r) => v.pick(r, ['1,450.00', '620.00', '0.00', '0.00']), []],
    ['Groups', (c, o, r) => v.pick(r, ['', 'VIP', 'Government', 'Media']), []],
    ['Checked In', (c, o, r) => v.pick(r, ['True', 'False']), []],
    ['Check In Time', (c, o, r) => (r() < 0.5 ? '' : dmyT(c.created + 40 * day, 8)), []],
    ['Registration Date', (c) => dmyT(c.created, 10), CREATED, opt],
    ['Dietary Requirements', (c, o, r) => v.pick(r, ['', '', 'Vegetarian', 'Halal', 'Coeliac']), []],
    ['Accessibility Requirements', (c, o, r) => v.pick(r, ['', '', '', 'Wheelchair access']), []],
    ['Email Opt In', (c, o, r) => v.pick(r, ['True', 'False']), [], opt],
  ] },

  // ---------------------------------------------------------------- KonfHub attendees
  { name: 'konfhub-attendee-details-export', product: 'KonfHub (event dashboard: Attendees > Download Attendee Details, Excel, English UI, an Indian cloud-native developer summit in Bengaluru)', family: 'events', language: 'en', schema: B, cols: [
    ['Booking ID', (c, o, r) => `${v.alnum(r, 10).toUpperCase()}`, []],
    ['Ticket Number', (c, o, r) => `KH${v.int(r, 10000000, 99999999)}`, B2BID, opt],
    ['Name', (c) => nm(c), FULL],
    ['Email Address', (c, o, r, i) => (r() < 0.5 ? c.email : work(c, row(IN_CO, i))), MAIL],
    ['Phone Number', (c, o, r) => inMobile91(r), PHONE],
    ['Organisation', (c, o, r, i) => row(IN_CO, i)[0], CO],
    ['Designation', (c, o, r, i) => row(TITLES, i + 4), TITLE],
    ['City', (c, o, r, i) => row(IN_CO, i)[3], ADR('city')],
    ['State', (c, o, r, i) => row(IN_CO, i)[4], STATE],
    ['Ticket Name', (c, o, r) => v.pick(r, ['Early Bird Pass', 'Regular Pass', 'Student Pass', 'Workshop + Conference']), []],
    ['Ticket Price', (c, o, r) => v.pick(r, ['999', '1499', '299', '3499']), []],
    ['Coupon Code', (c, o, r) => v.pick(r, ['', '', 'COMMUNITY20', 'SPEAKERFRIEND']), []],
    ['Amount Paid (INR)', (c, o, r) => v.pick(r, ['1178.82', '1768.82', '352.82', '0.00']), []],
    ['Payment Status', (c, o, r) => v.pick(r, ['Success', 'Success', 'Free']), []],
    ['GSTIN', (c, o, r) => (r() < 0.8 ? '' : `29${v.alnum(r, 10).toUpperCase()}1Z${v.int(r, 1, 9)}`), []],
    ['Registered On', (c) => dMonY(c.created), CREATED, opt],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['T-Shirt Size', (c, o, r) => v.pick(r, ['S', 'M', 'L', 'XL']), []],
    ['LinkedIn Profile', (c, o, r) => (r() < 0.4 ? '' : `linkedin.com/in/${c.first.toLowerCase()}-${c.last.toLowerCase()}`), []],
    ['Years of Experience', (c, o, r) => v.pick(r, ['0-2', '3-5', '6-10', '10+']), []],
  ] },

  // ---------------------------------------------------------------- Townscript bookings
  { name: 'townscript-attendee-bookings-report', product: 'Townscript (organiser dashboard: event > Attendees > Download Report, Excel, English UI, an Indian stand-up comedy and workshop organiser in Pune selling tickets to individuals)', family: 'events', language: 'en', schema: E, cols: [
    ['Booking Id', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['Booking Date', (c, o) => dMonY(o.at), ['timestamp', OR('createdDate')]],
    ['Ticket Name', (c, o, r) => v.pick(r, ['Silver', 'Gold', 'Early Bird', 'Couple Entry']), [PL('name')]],
    ['Ticket Quantity', (c, o, r) => `${v.int(r, 1, 4)}`, [PL('quantity')]],
    ['Ticket Price', (c, o, r) => v.pick(r, ['499.00', '799.00', '349.00', '1199.00']), [], opt],
    ['Discount Code', (c, o, r) => v.pick(r, ['', '', 'FLAT100', 'EARLY20']), [], opt],
    ['Discount Amount', (c, o, r) => v.pick(r, ['0.00', '0.00', '100.00']), [OR('discountAmount')]],
    ['Convenience Fee', (c, o, r) => `${v.int(r, 10, 60)}.00`, []],
    ['Total Amount Paid', (c, o) => (o.total * 40).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'INR', [OR('currencyCode')]],
    ['Payment Mode', (c, o, r) => v.pick(r, ['UPI', 'UPI', 'Credit Card', 'Debit Card', 'Net Banking', 'Wallet']), [OR('payments[0].paymentType')]],
    ['Transaction Id', (c, o, r) => `pay_${v.alnum(r, 14)}`, [OR('payments[0].transactionID')]],
    ['Booking Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Cancelled', 'Refunded']), [], opt],
    ['Attendee Name', (c) => nm(c), []],
    ['Attendee Email', (c) => c.email, EMAIL_ID, opt],
    ['Attendee Phone', (c, o, r) => inMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['City', (c, o, r) => v.pick(r, ['Pune', 'Mumbai', 'Pune', 'Nashik']), []],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Check-in Time', (c, o, r) => (r() < 0.5 ? '' : dMonY(o.at + 5 * day)), []],
  ] },

  // ---------------------------------------------------------------- Zuddl webinar attendance
  { name: 'zuddl-webinar-attendee-report', product: 'Zuddl (webinar: Analytics > Attendees > Export CSV, English UI, an Indian B2B SaaS company\'s product-launch webinar for US and Indian prospects)', family: 'events', language: 'en', schema: E, cols: [
    ['Registration ID', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, ['_id'], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r, i) => work(c, row(i % 2 ? IN_CO : US_CO, i)), EMAIL_ID, opt],
    ['Company', (c, o, r, i) => row(i % 2 ? IN_CO : US_CO, i)[0], []],
    ['Designation', (c, o, r, i) => row(TITLES, i), []],
    ['Phone', (c, o, r, i) => (i % 2 ? inMobile91(r) : usE164(r)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Country', (c, o, r, i) => row(i % 2 ? IN_CO : US_CO, i)[6], [], opt],
    ['Registered At', (c, o) => iso(o.at - 6 * day), [], opt],
    ['Attended', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['First Joined At', (c, o) => iso(o.at), ['timestamp']],
    ['Last Left At', (c, o, r) => iso(o.at + v.int(r, 300, 3600) * 1000), []],
    ['Time Spent', (c, o, r) => hms(v.int(r, 120, 3600)), [], opt],
    ['Attendance %', (c, o, r) => `${v.int(r, 5, 100)}%`, []],
    ['Polls Answered', (c, o, r) => `${v.int(r, 0, 4)}`, []],
    ['Questions Asked', (c, o, r) => `${v.int(r, 0, 3)}`, []],
    ['Chat Messages', (c, o, r) => `${v.int(r, 0, 9)}`, []],
    ['Device', (c, o, r) => v.pick(r, ['Desktop', 'Desktop', 'Mobile']), ['device.type']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Edge', 'Safari', 'Firefox']), ['environment.browserDetails.name']],
    ['UTM Source', (c, o, r) => v.pick(r, ['linkedin', 'email', 'google', '']), [], opt],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['launch-q3', 'launch-q3', 'partner-newsletter', '']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },
]
