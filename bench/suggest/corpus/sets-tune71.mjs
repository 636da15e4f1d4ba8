// Round 71, tune71: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English B2B sales-intelligence, intent-data and event/webinar attendee exports
// (people at companies) from US, UK, Indian and Australian businesses.
import { E, B, v, at, HOME, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// US "05/22/2024", "5/22/2024 2:31 PM"; UK/IN/AU "22/05/2024 14:31"; ISO forms; "22-May-2024"
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const dMonYHM = (ms, h = 5.5) => { const p = shift(ms, h); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const monDYT = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const day = 86400000
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhoneE = (r) => `+1 ${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const ukPhone = (r) => `+44 20 ${v.int(r, 3000, 8999)} ${pad(v.int(r, 0, 9999), 4)}`
const ukMob = (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`
const inMob = (r) => `+91 ${v.int(r, 70000, 99999)} ${v.int(r, 10000, 99999)}`
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auPhone = (r) => `+61 2 ${v.int(r, 8000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const li = (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${pad(c.id.length * 7, 2)}${c.id.slice(0, 4)}`
const mail = (c, co) => `${slug(c.first)}.${slug(c.last)}@${co[1]}`

// companies: [name, domain, industry, employees, revenue, street, city, state, zip, country, countryCode]
const US_CO = [
  ['Northwind Logistics Inc.', 'northwindlogistics.com', 'Transportation & Logistics', '1,001-5,000', '$500M-$1B', '400 W Madison St', 'Chicago', 'IL', '60606', 'United States', 'US'],
  ['Bluepeak Software', 'bluepeak.io', 'Computer Software', '201-500', '$50M-$100M', '1 Market St', 'San Francisco', 'CA', '94105', 'United States', 'US'],
  ['Harborview Health System', 'harborviewhealth.org', 'Hospitals & Health Care', '10,001+', '$1B-$5B', '325 9th Ave', 'Seattle', 'WA', '98104', 'United States', 'US'],
  ['Cardinal Federal Credit Union', 'cardinalfcu.org', 'Banking', '501-1,000', '$100M-$250M', '2200 Ross Ave', 'Dallas', 'TX', '75201', 'United States', 'US'],
  ['Summit Ridge Manufacturing', 'summitridgemfg.com', 'Industrial Machinery', '1,001-5,000', '$250M-$500M', '100 Technology Dr', 'Pittsburgh', 'PA', '15219', 'United States', 'US'],
  ['Ironclad Security Group', 'ironcladsec.com', 'Computer & Network Security', '51-200', '$10M-$50M', '1775 Tysons Blvd', 'McLean', 'VA', '22102', 'United States', 'US'],
  ['Lakeshore Insurance Co.', 'lakeshoreins.com', 'Insurance', '5,001-10,000', '$1B-$5B', '200 E Randolph St', 'Chicago', 'IL', '60601', 'United States', 'US'],
]
const UK_CO = [
  ['Thameside Analytics Ltd', 'thamesideanalytics.co.uk', 'IT Services', '51-200', 'London', 'EC2A 4NE'],
  ['Pennine Energy plc', 'pennine-energy.com', 'Utilities', '1,001-5,000', 'Leeds', 'LS1 4DY'],
  ['Albion Retail Group', 'albionretail.co.uk', 'Retail', '5,001-10,000', 'Manchester', 'M2 3AW'],
  ['Clyde Fintech Ltd', 'clydefintech.com', 'Financial Services', '201-500', 'Glasgow', 'G2 1QX'],
  ['Severn Pharma Ltd', 'severnpharma.co.uk', 'Pharmaceuticals', '501-1,000', 'Bristol', 'BS1 6BX'],
]
const IN_CO = [
  ['Infosphere Technologies Pvt Ltd', 'infospheretech.in', 'Bengaluru', 'Karnataka', '560103'],
  ['Sahyadri Auto Components Ltd', 'sahyadriauto.com', 'Pune', 'Maharashtra', '411057'],
  ['Deccan Cloud Services Pvt Ltd', 'deccancloud.in', 'Hyderabad', 'Telangana', '500081'],
  ['Gangotri FinServ Ltd', 'gangotrifinserv.com', 'Mumbai', 'Maharashtra', '400051'],
  ['Coromandel Pharma Pvt Ltd', 'coromandelpharma.in', 'Chennai', 'Tamil Nadu', '600032'],
]
const AU_CO = [
  ['Southern Cross Mining Pty Ltd', 'sxmining.com.au', 'Perth', 'WA', '6000'],
  ['Harbour Bridge Software Pty Ltd', 'harbourbridgesw.com.au', 'Sydney', 'NSW', '2000'],
  ['Yarra Valley Health', 'yarrahealth.org.au', 'Melbourne', 'VIC', '3000'],
  ['Coral Coast Logistics', 'coralcoastlogistics.com.au', 'Brisbane', 'QLD', '4000'],
]
const US_CO_i = (i) => row(US_CO, i)
const SENIORITY = ['C-Level', 'VP-Level', 'Director', 'Manager', 'Non-Manager']
const DEPTS = ['IT', 'Engineering', 'Marketing', 'Sales', 'Finance', 'Operations', 'Human Resources']
const IT_TITLES = ['Director of IT Infrastructure', 'VP, Information Security', 'Cloud Architect', 'IT Manager', 'Chief Information Officer', 'Network Engineer', 'Head of Data Platforms']
const MKT_TITLES = ['Marketing Manager', 'Director of Demand Generation', 'Head of Events', 'VP Marketing', 'Field Marketing Specialist', 'Content Marketing Lead']
const nm = (c) => `${c.first} ${c.last}`
const ddur = (r) => String(v.int(r, 0, 95))

export const SETS = [
  // ---------------------------------------------------------------- TechTarget Priority Engine prospects
  { name: 'techtarget-priority-engine-prospects-export', product: 'TechTarget Priority Engine (Accounts > Prospects tab > Export to CSV, English UI, a US network-security vendor working its intent-ranked accounts)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Prospect Rank', (c, o, r) => v.pick(r, ['5', '4', '4', '3', '2', '1']), ['b2b.personScore'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c, o, r, i) => row(IT_TITLES, i + 2), ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c, o, r) => v.pick(r, ['IT Management', 'Security', 'Networking', 'Data Management']), ['extendedWorkDetails.departments[0]'], opt],
    ['Job Level', (c, o, r) => v.pick(r, SENIORITY), []],
    ['Email', (c, o, r, i) => mail(c, US_CO_i(i)), ['workEmail.address']],
    ['Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Company Name', (c, o, r, i) => US_CO_i(i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Domain', (c, o, r, i) => US_CO_i(i)[1], ['b2b.companyWebsite']],
    ['Industry', (c, o, r, i) => US_CO_i(i)[2], []],
    ['Company Size', (c, o, r, i) => US_CO_i(i)[3], []],
    ['Address', (c, o, r, i) => US_CO_i(i)[5], ['workAddress.street1']],
    ['City', (c, o, r, i) => US_CO_i(i)[6], ['workAddress.city']],
    ['State', (c, o, r, i) => US_CO_i(i)[7], ['workAddress.stateProvince', 'workAddress.state']],
    ['Zip', (c, o, r, i) => US_CO_i(i)[8], ['workAddress.postalCode']],
    ['Country', (c, o, r, i) => US_CO_i(i)[9], ['workAddress.country']],
    ['Prospect Type', (c, o, r) => v.pick(r, ['TechTarget Lead', 'Active Prospect', 'Active Prospect', 'Third-Party Contact']), ['b2b.personType'], opt],
    ['Most Recent Activity Date', (c) => mdy(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Activity Topics', (c, o, r) => v.pick(r, ['Zero Trust; SASE', 'Cloud Security', 'Endpoint Detection and Response; XDR', 'Network Access Control']), []],
    ['Entry Point', (c, o, r) => v.pick(r, ['Evaluating Vendors', 'Researching Solutions', 'Vendor Comparison']), []],
    ['Account Rank', (c, o, r) => v.pick(r, ['5', '4', '3']), [], opt],
    ['Exported To', (c, o, r) => v.pick(r, ['', 'Salesforce', 'Salesforce']), []],
  ] },

  // ---------------------------------------------------------------- SalesIntel contacts
  { name: 'salesintel-contacts-csv-export', product: 'SalesIntel (Search > People > select > Export > CSV, English UI, a US managed-IT provider building a prospect list)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c, o, r, i) => row(IT_TITLES, i), ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c, o, r) => v.pick(r, SENIORITY), []],
    ['Job Department', (c, o, r) => v.pick(r, DEPTS), ['extendedWorkDetails.departments[0]']],
    ['Work Email', (c, o, r, i) => mail(c, US_CO_i(i + 1)), ['workEmail.address']],
    ['Personal Email', (c) => (c.bool ? c.email : ''), ['personalEmail.address']],
    ['Direct Dial', (c, o, r) => usPhoneE(r), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.6 ? usPhoneE(r) : ''), ['mobilePhone.number']],
    ['Company HQ Phone', (c, o, r) => usPhoneE(r), [], opt],
    ['Accuracy Tier', (c, o, r) => v.pick(r, ['Human Verified', 'Human Verified', 'Email Verified', 'Machine Verified']), []],
    ['Contact LinkedIn URL', (c) => li(c), [], opt],
    ['Company ID', (c, o, r, i) => String(100000 + (i % 7) * 1373), ['b2b.accountID'], opt],
    ['Company Name', (c, o, r, i) => US_CO_i(i + 1)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Domain', (c, o, r, i) => US_CO_i(i + 1)[1], ['b2b.companyWebsite']],
    ['Company Industry', (c, o, r, i) => US_CO_i(i + 1)[2], []],
    ['Company Employee Range', (c, o, r, i) => US_CO_i(i + 1)[3], []],
    ['Company Revenue Range', (c, o, r, i) => US_CO_i(i + 1)[4], []],
    ['Contact Street', (c, o, r, i) => US_CO_i(i + 1)[5], ['workAddress.street1']],
    ['Contact City', (c, o, r, i) => US_CO_i(i + 1)[6], ['workAddress.city']],
    ['Contact State', (c, o, r, i) => US_CO_i(i + 1)[7], ['workAddress.stateProvince', 'workAddress.state']],
    ['Contact Zip', (c, o, r, i) => US_CO_i(i + 1)[8], ['workAddress.postalCode']],
    ['Contact Country', (c, o, r, i) => US_CO_i(i + 1)[10], ['workAddress.countryCode']],
    ['Source', () => 'SalesIntel', ['b2b.personSource'], opt],
    ['Secondary Source', (c, o, r) => v.pick(r, ['Search Export', 'Research on Demand', 'Search Export']), [], opt],
    ['Last Verified Date', (c) => mdy(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- InsideView contacts
  { name: 'insideview-apex-contacts-export', product: 'InsideView Apex (Build a List > Contacts > Export > CSV, English UI, a UK payroll-software firm targeting finance leaders)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact Id', (c, o, r) => String(v.int(r, 10000000, 99999999)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['J.', 'A.', 'Marie']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c, o, r) => v.pick(r, ['Finance Director', 'Chief Financial Officer', 'Head of Payroll', 'Financial Controller', 'HR Director']), ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c, o, r) => v.pick(r, ['Finance', 'Finance', 'Human Resources']), ['extendedWorkDetails.departments[0]'], opt],
    ['Job Level', (c, o, r) => v.pick(r, ['C Level', 'Director', 'Manager']), []],
    ['Email', (c, o, r, i) => mail(c, row(UK_CO, i)), ['workEmail.address']],
    ['Email Confidence', (c, o, r) => v.pick(r, ['A', 'A', 'B', 'C']), [], opt],
    ['Phone', (c, o, r) => ukPhone(r), ['workPhone.number']],
    ['Company Id', (c, o, r, i) => String(2000000 + (i % 5) * 911), ['b2b.accountID'], opt],
    ['Company Name', (c, o, r, i) => row(UK_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Website', (c, o, r, i) => `www.${row(UK_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c, o, r, i) => row(UK_CO, i)[2], []],
    ['Employees', (c, o, r, i) => row(UK_CO, i)[3], []],
    ['Revenue (in 000s GBP)', (c, o, r) => String(v.int(r, 5000, 900000)), []],
    ['City', (c, o, r, i) => row(UK_CO, i)[4], ['workAddress.city']],
    ['Postal Code', (c, o, r, i) => row(UK_CO, i)[5], ['workAddress.postalCode']],
    ['Country', () => 'United Kingdom', ['workAddress.country']],
    ['LinkedIn Profile', (c) => li(c), [], opt],
    ['Last Updated', (c) => dmy(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- RainFocus attendees
  { name: 'rainfocus-attendee-report-export', product: 'RainFocus (Reports > Attendee > Run Report > Export CSV, English UI, a US enterprise-software company\'s annual user conference)', family: 'events', language: 'en', schema: B, cols: [
    ['Attendee ID', (c, o, r) => `${v.int(r, 1600000000000, 1699999999999)}001${v.alnum(r, 4)}`, B2BID],
    ['Attendee Type', (c, o, r) => v.pick(r, ['Customer', 'Customer', 'Prospect', 'Partner', 'Employee', 'Speaker']), ['b2b.personType'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Badge Name', (c) => c.first, [], opt],
    ['Email', (c, o, r, i) => mail(c, US_CO_i(i + 2)), ['workEmail.address', 'personalEmail.address']],
    ['Company', (c, o, r, i) => US_CO_i(i + 2)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c, o, r, i) => row(IT_TITLES, i + 4), ['extendedWorkDetails.jobTitle']],
    ['Job Role', (c, o, r) => v.pick(r, ['Architect', 'Developer', 'IT Leadership', 'Administrator', 'Business Leader']), [], opt],
    ['Mobile Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Address Line 1', (c, o, r, i) => US_CO_i(i + 2)[5], at(['workAddress', ...HOME], 'street1')],
    ['City', (c, o, r, i) => US_CO_i(i + 2)[6], at(['workAddress', ...HOME], 'city')],
    ['State/Province', (c, o, r, i) => US_CO_i(i + 2)[7], [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Postal Code', (c, o, r, i) => US_CO_i(i + 2)[8], at(['workAddress', ...HOME], 'postalCode')],
    ['Country', (c, o, r, i) => US_CO_i(i + 2)[9], at(['workAddress', ...HOME], 'country')],
    ['Registration Status', (c, o, r) => v.pick(r, ['Registered', 'Registered', 'Cancelled', 'Pending']), ['b2b.personStatus'], opt],
    ['Package', (c, o, r) => v.pick(r, ['Full Conference Pass', 'Full Conference Pass', 'Expo Pass', 'Customer Comp Pass']), []],
    ['Registration Code', (c, o, r) => v.pick(r, ['', '', 'EARLYBIRD', 'CUSTVIP']), []],
    ['Amount Paid', (c, o, r) => v.pick(r, ['1,695.00', '1,295.00', '0.00', '495.00']), []],
    ['Registration Date', (c) => mdyT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => mdyT(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Dietary Restrictions', (c, o, r) => v.pick(r, ['None', 'None', 'Vegetarian', 'Gluten Free']), []],
    ['Opt-In: Marketing Email', (c, o, r) => v.pick(r, ['true', 'false']), [], opt],
  ] },

  // ---------------------------------------------------------------- Swapcard people
  { name: 'swapcard-studio-people-export', product: 'Swapcard (Studio > Content > People > Export > CSV, English UI, a UK fintech trade show run in hybrid format)', family: 'events', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => `UGVvcGxlXz${v.alnum(r, 10)}`, B2BID],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, row(UK_CO, i + 3)), ['workEmail.address', 'personalEmail.address']],
    ['Job title', (c, o, r) => v.pick(r, ['Head of Payments', 'Product Manager', 'Chief Risk Officer', 'Partnerships Lead', 'Compliance Analyst']), ['extendedWorkDetails.jobTitle']],
    ['Organization', (c, o, r, i) => row(UK_CO, i + 3)[0], ['b2b.companyName', 'organizations[0]']],
    ['Biography', (c, o, r) => v.pick(r, ['', '', '15 years in retail banking and payments.', 'Building open-banking products.']), []],
    ['Phone number', (c, o, r) => (r() < 0.5 ? ukMob(r) : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Mobile phone', (c, o, r) => (r() < 0.4 ? ukMob(r) : ''), ['mobilePhone.number']],
    ['Landline phone', (c, o, r) => (r() < 0.3 ? ukPhone(r) : ''), ['workPhone.number']],
    ['Website', (c, o, r, i) => (r() < 0.5 ? `https://www.${row(UK_CO, i + 3)[1]}` : ''), ['b2b.companyWebsite'], opt],
    ['LinkedIn', (c, o, r) => (r() < 0.6 ? li(c) : ''), [], opt],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `https://twitter.com/${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), [], opt],
    ['Groups', (c, o, r) => v.pick(r, ['Attendees', 'Attendees', 'Speakers', 'Exhibitors', 'Attendees, VIP']), []],
    ['Source', (c, o, r) => v.pick(r, ['Registration', 'Excel Import', 'Eventbrite', 'Organizer']), ['b2b.personSource'], opt],
    ['Registration status', (c, o, r) => v.pick(r, ['Registered', 'Registered', 'Invited', 'Unregistered']), ['b2b.personStatus'], opt],
    ['Has account', (c, o, r) => v.pick(r, ['TRUE', 'TRUE', 'FALSE']), []],
    ['Created at', (c) => iso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated at', (c) => iso(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Country', () => 'United Kingdom', at(['workAddress', ...HOME], 'country'), opt],
    ['Industry', (c, o, r, i) => row(UK_CO, i + 3)[2], []],
  ] },

  // ---------------------------------------------------------------- Airmeet registrants (India)
  { name: 'airmeet-registrations-report-export', product: 'Airmeet (Event dashboard > Analytics > Registrations > Download report, XLSX, English UI, an Indian SaaS company\'s virtual partner summit)', family: 'events', language: 'en', schema: B, cols: [
    ['Name', (c) => nm(c), ['person.name.fullName']],
    ['Email', (c, o, r, i) => mail(c, row(IN_CO, i)), ['workEmail.address', 'personalEmail.address']],
    ['Designation', (c, o, r) => v.pick(r, ['Senior Software Engineer', 'Product Manager', 'Head - IT', 'Business Analyst', 'AVP Technology', 'CTO']), ['extendedWorkDetails.jobTitle']],
    ['Organisation', (c, o, r, i) => row(IN_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['City', (c, o, r, i) => row(IN_CO, i)[2], at(['workAddress', ...HOME], 'city')],
    ['Country', () => 'India', at(['workAddress', ...HOME], 'country')],
    ['Phone Number', (c, o, r) => inMob(r), ['mobilePhone.number']],
    ['Registration Time', (c) => dMonYHM(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ticket Name', (c, o, r) => v.pick(r, ['General Access', 'General Access', 'Partner Pass']), []],
    ['UTM Source', (c, o, r) => v.pick(r, ['linkedin', 'email', '', 'partner']), [], opt],
    ['UTM Medium', (c, o, r) => v.pick(r, ['social', 'newsletter', '', 'referral']), [], opt],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['partner_summit_2024', 'partner_summit_2024', '']), [], opt],
    ['Attended', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Time Spent (mins)', (c, o, r) => ddur(r), []],
    ['Booth Visits', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Sessions Attended', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['LinkedIn Profile URL', (c, o, r) => (r() < 0.5 ? li(c) : ''), [], opt],
    ['Consent to share details with sponsors', (c, o, r) => v.pick(r, ['Yes', 'No']), [], opt],
  ] },

  // ---------------------------------------------------------------- Hubilo attendees (India)
  { name: 'hubilo-people-attendees-export', product: 'Hubilo (Event > People > Attendees > Export, XLSX, English UI, a Mumbai-based BFSI conference organiser)', family: 'events', language: 'en', schema: B, cols: [
    ['User Id', (c, o, r) => String(v.int(r, 4000000, 4999999)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, row(IN_CO, i + 3)), ['workEmail.address', 'personalEmail.address']],
    ['Phone Code', () => '+91', ['mobilePhone.countryCode'], opt],
    ['Phone', (c, o, r) => `${v.int(r, 70000, 99999)}${v.int(r, 10000, 99999)}`, ['mobilePhone.number']],
    ['Designation', (c, o, r) => v.pick(r, ['Vice President', 'Chief Risk Officer', 'Manager - Digital Banking', 'Relationship Manager', 'Head of Compliance']), ['extendedWorkDetails.jobTitle']],
    ['Organisation', (c, o, r, i) => row(IN_CO, i + 3)[0], ['b2b.companyName', 'organizations[0]']],
    ['Industry', () => 'Banking & Financial Services', []],
    ['City', (c, o, r, i) => row(IN_CO, i + 3)[2], at(['workAddress', ...HOME], 'city')],
    ['State', (c, o, r, i) => row(IN_CO, i + 3)[3], [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Country', () => 'India', at(['workAddress', ...HOME], 'country')],
    ['Group', (c, o, r) => v.pick(r, ['Attendee', 'Attendee', 'Speaker', 'Sponsor', 'Booth Member']), []],
    ['Registration Type', (c, o, r) => v.pick(r, ['Ticket', 'Invite', 'Bulk Upload']), ['b2b.personSource'], opt],
    ['Ticket Name', (c, o, r) => v.pick(r, ['Delegate Pass', 'Delegate Pass', 'Complimentary', 'VIP']), []],
    ['Amount Paid (INR)', (c, o, r) => v.pick(r, ['11,800.00', '0.00', '23,600.00']), []],
    ['Is Logged In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Last Login', (c) => dmyHM(c.updated, 5.5), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created At', (c) => dmyHM(c.created, 5.5), ['extSourceSystemAudit.createdDate'], opt],
    ['Website', (c, o, r, i) => `https://${row(IN_CO, i + 3)[1]}`, ['b2b.companyWebsite'], opt],
    ['LinkedIn Url', (c, o, r) => (r() < 0.5 ? li(c) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- vFairs registrations (Australia)
  { name: 'vfairs-registrations-report-export', product: 'vFairs (Backend > Reports > Registrations > Export to Excel, English UI, an Australian university\'s virtual industry careers and partnerships expo)', family: 'events', language: 'en', schema: B, cols: [
    ['User ID', (c, o, r) => String(v.int(r, 900000, 999999)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, row(AU_CO, i)), ['workEmail.address', 'personalEmail.address']],
    ['Company Name', (c, o, r, i) => row(AU_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c, o, r) => v.pick(r, ['Graduate Recruitment Lead', 'Talent Acquisition Partner', 'HR Business Partner', 'Engineering Manager']), ['extendedWorkDetails.jobTitle']],
    ['Mobile Number', (c, o, r) => auMob(r), ['mobilePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.5 ? auPhone(r) : ''), ['workPhone.number']],
    ['City', (c, o, r, i) => row(AU_CO, i)[2], at(['workAddress', ...HOME], 'city')],
    ['State', (c, o, r, i) => row(AU_CO, i)[3], [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Postcode', (c, o, r, i) => row(AU_CO, i)[4], at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'Australia', at(['workAddress', ...HOME], 'country')],
    ['User Type', (c, o, r) => v.pick(r, ['Visitor', 'Visitor', 'Exhibitor', 'Speaker']), ['b2b.personType'], opt],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['LinkedIn', 'Email', 'Colleague', 'University website']), [], opt],
    ['Registration Date', (c) => dmyHM(c.created, 10), ['extSourceSystemAudit.createdDate'], opt],
    ['Approved', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'Pending']), [], opt],
    ['Logged In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['First Login', (c, o, r) => (r() < 0.7 ? dmyHM(c.created + 9 * day, 10) : ''), [], opt],
    ['Last Login', (c, o, r) => (r() < 0.7 ? dmyHM(c.updated, 10) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['I agree to the Privacy Policy', () => 'Yes', [], opt],
  ] },

  // ---------------------------------------------------------------- BigMarker attendee engagement (event rows)
  { name: 'bigmarker-webinar-attendees-export', product: 'BigMarker (Manage Webinar > Analytics > Attendees > Export CSV, English UI, a US HR-tech vendor\'s monthly product webinar; one row per attendee session)', family: 'events', language: 'en', schema: E, cols: [
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r, i) => mail(c, US_CO_i(i + 3)), ['endUserIDs._experience.emailid.id']],
    ['Company', (c, o, r, i) => US_CO_i(i + 3)[0], []],
    ['Job Title', (c, o, r, i) => row(MKT_TITLES, i), []],
    ['Webinar Title', (c, o, r) => v.pick(r, ['Modern Onboarding in 30 Minutes', 'Q3 Product Release Walkthrough']), ['marketing.campaignName'], opt],
    ['Entered At', (c, o) => monDYT(o.at), ['timestamp']],
    ['Exited At', (c, o, r) => monDYT(o.at + v.int(r, 5, 58) * 60000), [], opt],
    ['Time in Room (minutes)', (c, o, r) => ddur(r), []],
    ['Engagement Score', (c, o, r) => String(v.int(r, 0, 100)), [], opt],
    ['Chats', (c, o, r) => String(v.int(r, 0, 4)), []],
    ['Questions Asked', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Polls Answered', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Handouts Downloaded', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Attended Live', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), [], opt],
    ['Watched Recording', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Desktop', 'Desktop', 'Mobile']), ['environment.type'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Edge', 'Safari', 'Firefox']), ['environment.browserDetails.name']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Location', (c, o, r, i) => `${US_CO_i(i + 3)[6]}, ${US_CO_i(i + 3)[7]}`, [], opt],
    ['Referral Source', (c, o, r) => v.pick(r, ['email', 'linkedin', 'website', '']), ['marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- Goldcast registrants
  { name: 'goldcast-event-registrants-export', product: 'Goldcast (Event > Registrants > Export CSV, English UI, a US data-platform company\'s virtual field-marketing roadshow)', family: 'events', language: 'en', schema: B, cols: [
    ['Registrant ID', (c, o, r) => v.uuid(r), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, US_CO_i(i + 4)), ['workEmail.address', 'personalEmail.address']],
    ['Company', (c, o, r, i) => US_CO_i(i + 4)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c, o, r, i) => row(IT_TITLES, i + 1), ['extendedWorkDetails.jobTitle']],
    ['Country', (c, o, r, i) => US_CO_i(i + 4)[9], at(['workAddress', ...HOME], 'country')],
    ['State', (c, o, r, i) => US_CO_i(i + 4)[7], [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Registration Date', (c) => iso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ticket Type', (c, o, r) => v.pick(r, ['General', 'General', 'Customer']), []],
    ['Registration Source', (c, o, r) => v.pick(r, ['Registration Page', 'Marketo', 'Invite', 'Imported']), ['b2b.personSource'], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['linkedin', 'newsletter', '', 'g2']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['paid_social', 'email', '', 'cpc']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['fy25_roadshow', 'fy25_roadshow', '']), [], opt],
    ['Attended', (c, o, r) => v.pick(r, ['TRUE', 'FALSE']), []],
    ['Attended On Demand', (c, o, r) => v.pick(r, ['FALSE', 'FALSE', 'TRUE']), []],
    ['Total Watch Time (mins)', (c, o, r) => ddur(r), []],
    ['Engagement Score', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore'], opt],
    ['Last Updated', (c) => iso(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- EventMobi attendees (Australia)
  { name: 'eventmobi-people-attendees-export', product: 'EventMobi (Experience Manager > People > Export, XLSX, English UI, an Australian industry association\'s national conference)', family: 'events', language: 'en', schema: B, cols: [
    ['External ID', (c, o, r) => `REG-${v.int(r, 10000, 99999)}`, B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, row(AU_CO, i + 1)), ['workEmail.address', 'personalEmail.address']],
    ['Title', (c, o, r) => v.pick(r, ['Operations Manager', 'General Manager', 'Director', 'Project Engineer', 'CEO']), ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c, o, r, i) => row(AU_CO, i + 1)[0], ['b2b.companyName', 'organizations[0]']],
    ['About', (c, o, r) => v.pick(r, ['', '', 'Keen to meet suppliers in fleet telematics.']), []],
    ['Location', (c, o, r, i) => `${row(AU_CO, i + 1)[2]}, ${row(AU_CO, i + 1)[3]}`, [], opt],
    ['Phone', (c, o, r) => auMob(r), ['mobilePhone.number', 'workPhone.number']],
    ['Website', (c, o, r, i) => `www.${row(AU_CO, i + 1)[1]}`, ['b2b.companyWebsite'], opt],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? li(c) : ''), [], opt],
    ['Groups', (c, o, r) => v.pick(r, ['Delegates', 'Delegates', 'Speakers', 'Sponsors', 'Delegates;Members']), []],
    ['Is Hidden', () => 'No', [], opt],
    ['Invitation Sent', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Has Logged In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Last Login Date', (c, o, r) => (r() < 0.6 ? ymdHMS(c.updated, 10) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created', (c) => ymdHMS(c.created, 10), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated', (c) => ymdHMS(c.updated, 10), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Accelevents attendees
  { name: 'accelevents-attendees-export', product: 'Accelevents (Event Admin > Registration > Attendees > Export Attendee Data, CSV, English UI, a US cybersecurity association\'s hybrid summit)', family: 'events', language: 'en', schema: B, cols: [
    ['Order Number', (c, o, r) => String(v.int(r, 300000, 399999)), [], opt],
    ['Ticket Number', (c, o, r) => String(v.int(r, 1000000, 1999999)), ['_id', 'personID'], opt],
    ['Ticket Type', (c, o, r) => v.pick(r, ['In-Person All Access', 'Virtual Pass', 'Virtual Pass', 'Member In-Person']), []],
    ['Ticket Price', (c, o, r) => v.pick(r, ['$799.00', '$0.00', '$649.00']), []],
    ['Order Date', (c) => mdyT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Buyer First Name', (c, o, r) => (r() < 0.8 ? c.first : v.pick(r, ['Dana', 'Chris'])), [], opt],
    ['Buyer Last Name', (c, o, r) => (r() < 0.8 ? c.last : v.pick(r, ['Ortiz', 'Nguyen'])), [], opt],
    ['Buyer Email', (c, o, r, i) => mail(c, US_CO_i(i + 5)), [], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail(c, US_CO_i(i + 5)), ['workEmail.address', 'personalEmail.address']],
    ['Cell Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Organization', (c, o, r, i) => US_CO_i(i + 5)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c, o, r, i) => row(IT_TITLES, i + 3), ['extendedWorkDetails.jobTitle']],
    ['Billing Address 1', (c, o, r, i) => US_CO_i(i + 5)[5], ['billingAddress.street1']],
    ['Billing City', (c, o, r, i) => US_CO_i(i + 5)[6], ['billingAddress.city']],
    ['Billing State', (c, o, r, i) => US_CO_i(i + 5)[7], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Billing Zip Code', (c, o, r, i) => US_CO_i(i + 5)[8], ['billingAddress.postalCode']],
    ['Billing Country', (c, o, r, i) => US_CO_i(i + 5)[10], ['billingAddress.countryCode']],
    ['Discount Code', (c, o, r) => v.pick(r, ['', '', 'MEMBER20']), []],
    ['Ticket Status', (c, o, r) => v.pick(r, ['Booked', 'Booked', 'Refunded', 'Canceled']), [], opt],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Check In Time', (c, o, r) => (r() < 0.5 ? mdyT(c.updated) : ''), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Complimentary', 'Invoice']), []],
  ] },
]
