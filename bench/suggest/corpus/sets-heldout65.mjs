// Round 65, heldout65: held-out sets written apart (by a helper briefed as the round-65 held-out writer, which never
// opened the suggester or a score). Same format as sets.mjs (sources in ../README.md). English-language support desks,
// small-business CRMs, B2B lead/contact databases and e-mail tools of US, UK, Canadian, Australian and Indian users:
// tickets, contacts, customers, leads, visiting businesses, subscribers and e-mail delivery logs; all English.
import { E, P, B, v, HOME, ID, B2BID, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats (local times written without their offset)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const dmyA = (ms, h = 10) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${h12(p)}` }
const mdyShortT = (ms, h = -6) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${String(p.y).slice(2)} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyNP = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
const mdyNPT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dMonY = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y} ${h12(p)}` }
const dmyHM = (ms, h = 5.5) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyT = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const day = 86400000

// phones
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const caPhone = (r) => `(${v.pick(r, ['416', '647', '905', '613', '604', '403'])}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auLand = (r) => `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 8000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const ukLand = (r) => `+44 ${v.pick(r, ['20', '161', '113', '117', '131'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const ukMobile = (r) => `+44 7${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const inMobile = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63', '81'])}${v.int(r, 10000000, 99999999)}`

// people and places made up locally
const AU = [['Olivia', 'Nguyen', 'F'], ['Jack', 'Thompson', 'M'], ['Charlotte', 'Kelly', 'F'], ['Liam', 'O\'Brien', 'M'], ['Mia', 'Patel', 'F'], ['Noah', 'Harris', 'M'], ['Chloe', 'Wright', 'F'], ['Lachlan', 'Murphy', 'M']]
const AU_CO = [['Coral Coast Dental', 'coralcoastdental.com.au'], ['Brisbane Freight Co', 'bnefreight.com.au'], ['Harbourside Accounting', 'harbourside.com.au'], ['Yarra Legal', 'yarralegal.com.au'], ['Swan Valley Wines', 'swanvalleywines.com.au'], ['Torrens Physio', 'torrensphysio.com.au']]
const UK = [['Oliver', 'Hughes'], ['Amelia', 'Clarke'], ['Harry', 'Patel'], ['Isla', 'Wood'], ['George', 'Evans'], ['Ava', 'Khan'], ['Freddie', 'Turner'], ['Grace', 'Robinson']]
const UK_CO = [
  ['Thamesgate Consulting Ltd', 'thamesgate.co.uk', '20 Bishopsgate', 'London', 'EC2N 4AG'],
  ['Pennine Data Ltd', 'penninedata.co.uk', '1 Piccadilly Gardens', 'Manchester', 'M1 1RG'],
  ['Severn Health Tech', 'severnhealth.tech', '3 Temple Quay', 'Bristol', 'BS1 6DZ'],
  ['Wharfedale Insurance Group', 'wharfedale-ig.co.uk', '6 Park Row', 'Leeds', 'LS1 5HD'],
  ['Forth Bridge Logistics', 'forthbridgelogistics.co.uk', '12 Lochside Ave', 'Edinburgh', 'EH12 9DJ'],
]
const CA = [
  ['Maple Leaf Renovations', '220 King St W', 'Toronto', 'ON', 'M5H 1K4'],
  ['Rideau HVAC Services', '45 Bank St', 'Ottawa', 'ON', 'K1P 5N2'],
  ['Lakeshore Landscaping Inc.', '1800 Lakeshore Rd W', 'Mississauga', 'ON', 'L5J 1J7'],
  ['Pacific Rim Plumbing Ltd.', '900 Howe St', 'Vancouver', 'BC', 'V6Z 2M4'],
  ['Bow River Electric', '333 7 Ave SW', 'Calgary', 'AB', 'T2P 2Z1'],
  ['Hamilton Roofing Co.', '1 James St N', 'Hamilton', 'ON', 'L8R 2K3'],
]
const IN = [['Rahul', 'Sharma'], ['Priya', 'Iyer'], ['Amit', 'Verma'], ['Sneha', 'Kulkarni'], ['Vikram', 'Reddy'], ['Ananya', 'Nair'], ['Arjun', 'Mehta'], ['Kavya', 'Rao'], ['Rohan', 'Gupta'], ['Pooja', 'Singh']]
const IN_CITY = [['Pune', 'Maharashtra', '411045'], ['Bengaluru', 'Karnataka', '560034'], ['Hyderabad', 'Telangana', '500081'], ['Chennai', 'Tamil Nadu', '600002'], ['Gurugram', 'Haryana', '122002'], ['Ahmedabad', 'Gujarat', '380015']]
const US_CO = [
  ['Northwind Analytics', 'northwindanalytics.com', '500 Boylston St', 'Boston', 'MA', '02116', 'Software', '51-200', '$10M - $50M'],
  ['Cascade Logistics Inc.', 'cascadelogistics.com', '1201 3rd Ave', 'Seattle', 'WA', '98101', 'Transportation/Trucking/Railroad', '201-500', '$50M - $100M'],
  ['BrightPath Health', 'brightpathhealth.org', '233 S Wacker Dr', 'Chicago', 'IL', '60606', 'Hospital & Health Care', '1001-5000', '$100M - $500M'],
  ['Lumen Payments', 'lumenpay.io', '600 Congress Ave', 'Austin', 'TX', '78701', 'Financial Services', '11-50', '$1M - $10M'],
  ['Redwood Manufacturing Co.', 'redwoodmfg.com', '1 Market St', 'San Francisco', 'CA', '94105', 'Machinery', '501-1000', '$100M - $500M'],
  ['Harbor Point Software', 'harborpoint.dev', '100 Pine St', 'Atlanta', 'GA', '30303', 'Computer Software', '51-200', '$10M - $50M'],
]
const TITLES = ['Marketing Manager', 'VP of Sales', 'Director of IT', 'Head of Partnerships', 'Operations Manager', 'CFO', 'Office Manager', 'Owner', 'Customer Success Manager', 'Procurement Lead']
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const workMail = (f, l, dom) => `${slug(f)}.${slug(l)}@${dom}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const PHONE = ['workPhone.number', 'mobilePhone.number']
const WADR = (leaf) => at(['workAddress', ...HOME], leaf)
const WSTATE = [...WADR('stateProvince'), ...WADR('state')]
const HADR = (leaf) => at(HOME, leaf)
const HSTATE = [...HADR('stateProvince'), ...HADR('state')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const OPT_MAIL = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
const SRC = ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']

export const SETS = [
  // ---------------------------------------------------------------- Vision Helpdesk tickets
  { name: 'vision-helpdesk-incidents-export', product: 'Vision Helpdesk (staff portal: Incidents > Inbox > select all > Export to CSV, English UI, an Australian managed-IT-services provider supporting small offices)', family: 'support', language: 'en', schema: E, cols: [
    ['Incident ID', (c, o, r) => `#${v.int(r, 10000, 99999)}`, ['_id'], opt],
    ['Mask ID', (c, o, r) => `${v.pick(r, ['MSP', 'HLP'])}-${v.int(r, 100, 999)}-${v.int(r, 10000, 99999)}`, ['_id'], opt],
    ['Subject', (c, o, r) => v.pick(r, ['Outlook keeps asking for password', 'Printer offline in reception', 'New starter laptop setup', 'VPN not connecting from home', 'Xero login MFA reset']), []],
    ['Department', (c, o, r) => v.pick(r, ['Service Desk', 'Service Desk', 'Projects', 'Onboarding']), []],
    ['Status', (c, o, r) => v.pick(r, ['Open', 'Awaiting Client', 'On Hold', 'Closed', 'Closed']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['Low', 'Medium', 'Medium', 'High', 'Emergency']), []],
    ['Type', (c, o, r) => v.pick(r, ['Incident', 'Service Request', 'Problem']), [], opt],
    ['Channel', (c, o, r) => v.pick(r, ['Email', 'Email', 'Client Portal', 'Phone', 'Live Chat']), [], opt],
    ['Client Name', (c, o, r, i) => `${row(AU, i)[0]} ${row(AU, i)[1]}`, []],
    ['Client Email', (c, o, r, i) => workMail(row(AU, i)[0], row(AU, i)[1], row(AU_CO, i)[1]), EMAIL_ID, opt],
    ['Client Phone', (c, o, r) => (r() < 0.4 ? '' : v.pick(r, [auMobile(r), auLand(r)])), PHONE_ID, opt],
    ['Organization', (c, o, r, i) => row(AU_CO, i)[0], []],
    ['Owner', (c, o, r) => v.pick(r, ['Ben Carter', 'Sophie Lee', 'Unassigned', 'Tom Walsh']), []],
    ['Created Date', (c, o) => dmyA(o.at), ['timestamp']],
    ['Last Updated', (c, o, r) => dmyA(o.at + v.int(r, 1, 72) * 3600000), [], opt],
    ['Due Date', (c, o, r) => (r() < 0.3 ? '' : dmyA(o.at + 2 * day)), []],
    ['Resolved Date', (c, o, r) => (r() < 0.4 ? '' : dmyA(o.at + v.int(r, 2, 96) * 3600000)), [], opt],
    ['SLA Plan', (c, o, r) => v.pick(r, ['Gold 4h', 'Standard 8h', 'Standard 8h']), []],
    ['SLA Breached', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Replies', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Time Spent', (c, o, r) => `${pad(v.int(r, 0, 4))}:${pad(v.pick(r, [0, 15, 30, 45]))}`, []],
    ['Flag', (c, o, r) => v.pick(r, ['', '', 'Red', 'Blue']), []],
    ['Labels', (c, o, r) => v.pick(r, ['', 'M365', 'Hardware', 'M365, Urgent']), []],
    ['Customer Satisfaction', (c, o, r) => v.pick(r, ['', '', 'Excellent', 'Good', 'Poor']), []],
  ] },

  // ---------------------------------------------------------------- SolarWinds Web Help Desk tickets
  { name: 'solarwinds-web-help-desk-tickets-csv', product: 'SolarWinds Web Help Desk (Tickets > Search Tickets > results > Export (CSV), English UI, a US school district IT department, Central time)', family: 'support', language: 'en', schema: E, cols: [
    ['No.', (c, o, r) => String(v.int(r, 40000, 89999)), ['_id'], opt],
    ['Date', (c, o) => mdyShortT(o.at), ['timestamp']],
    ['Subject', (c, o, r) => v.pick(r, ['Chromebook cart not charging', 'Projector bulb Room 214', 'Password reset - PowerSchool', 'Smartboard calibration', 'New teacher account']), []],
    ['Request Detail', (c, o, r) => v.pick(r, ['Cart B in library, 6 units not charging.', 'Bulb flickers then turns off.', 'Locked out after 3 attempts.', 'Pen is offset by about an inch.']), []],
    ['Request Type', (c, o, r) => v.pick(r, ['Hardware > Chromebook', 'Hardware > Projector', 'Accounts > Password Reset', 'Classroom Tech > Smartboard', 'Accounts > New User']), []],
    ['Status', (c, o, r) => v.pick(r, ['Open', 'Pending', 'Resolved', 'Closed', 'Closed']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['Low', 'Medium', 'Medium', 'High', 'Urgent']), []],
    ['Client', (c) => `${c.last}, ${c.first}`, []],
    ['Client Email', (c) => `${slug(c.first)[0]}${slug(c.last)}@lakeviewisd.org`, EMAIL_ID, opt],
    ['Client Phone', (c, o, r) => (r() < 0.5 ? '' : `${usDash(r)} x${v.int(r, 1000, 4999)}`), [], opt],
    ['Location', (c, o, r) => v.pick(r, ['Lakeview High School', 'Cedar Ridge Middle', 'Pine Elementary', 'District Office']), []],
    ['Room', (c, o, r) => v.pick(r, ['214', 'Library', 'Gym', '108', 'Front Office']), []],
    ['Department', (c, o, r) => v.pick(r, ['Science', 'English', 'Administration', 'Special Education']), []],
    ['Assigned Tech', (c, o, r) => v.pick(r, ['Rick Hansen', 'Maria Delgado', 'Tyler Brooks', '']), []],
    ['Tech Group', (c, o, r) => v.pick(r, ['Campus Techs', 'Network Team', 'Accounts']), []],
    ['Asset No.', (c, o, r) => (r() < 0.5 ? '' : `LISD-${v.int(r, 10000, 99999)}`), []],
    ['Due Date', (c, o) => mdyShortT(o.at + 3 * day), []],
    ['Date Closed', (c, o, r) => (r() < 0.4 ? '' : mdyShortT(o.at + v.int(r, 1, 120) * 3600000)), [], opt],
    ['Last Updated', (c, o, r) => mdyShortT(o.at + v.int(r, 1, 120) * 3600000), [], opt],
    ['Time Spent (hrs)', (c, o, r) => (v.int(r, 0, 12) * 0.25).toFixed(2), []],
    ['Alert Level', (c, o, r) => v.pick(r, ['', '', '1', '2', '3']), []],
  ] },

  // ---------------------------------------------------------------- BoldDesk contacts
  { name: 'bolddesk-contacts-export-csv', product: 'BoldDesk (agent portal: Contacts > All Contacts > Export > CSV, English UI, a UK B2B software company\'s customer support)', family: 'support', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 1000, 99999)), B2BID],
    ['Name', (c, o, r, i) => `${row(UK, i)[0]} ${row(UK, i)[1]}`, FULL],
    ['Email', (c, o, r, i) => workMail(row(UK, i)[0], row(UK, i)[1], row(UK_CO, i)[1]), MAIL],
    ['Secondary Emails', (c, o, r, i) => (r() < 0.8 ? '' : `${slug(row(UK, i)[0])}${v.int(r, 1, 99)}@gmail.com`), ['personalEmail.address'], opt],
    ['Phone', (c, o, r) => (r() < 0.3 ? '' : ukLand(r)), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? '' : ukMobile(r)), ['mobilePhone.number']],
    ['Contact Groups', (c, o, r, i) => row(UK_CO, i)[0], CO],
    ['Job Title', (c, o, r, i) => row(TITLES, i), TITLE],
    ['External Reference ID', (c, o, r) => (r() < 0.5 ? '' : `CUS-${v.int(r, 10000, 99999)}`), SRC, opt],
    ['Time Zone', () => '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', []],
    ['Language', () => 'English - United Kingdom', [], opt],
    ['Address', (c, o, r, i) => `${row(UK_CO, i)[2]}, ${row(UK_CO, i)[3]} ${row(UK_CO, i)[4]}`, [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'enterprise', 'trial']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Prefers email over phone', 'Billing contact']), []],
    ['Is Verified', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Blocked']), [], opt],
    ['Total Tickets', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Last Activity On', (c) => dmyT(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created On', (c) => dmyT(c.created), CREATED],
    ['Last Modified On', (c) => dmyT(c.updated), UPDATED],
  ] },

  // ---------------------------------------------------------------- Salesboom contacts
  { name: 'salesboom-contacts-export-csv', product: 'Salesboom (Contacts tab > list view > Export Contacts (CSV), English UI with Salesforce-like field labels, an Ontario renovation and HVAC contractor selling to property managers)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => `CT${v.int(r, 1000000, 9999999)}`, B2BID],
    ['Salutation', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Account Name', (c, o, r, i) => row(CA, i)[0], CO],
    ['Title', (c, o, r, i) => row(TITLES, i + 4), TITLE],
    ['Department', (c, o, r) => v.pick(r, ['Facilities', 'Property Management', 'Operations', 'Purchasing', '']), ['extendedWorkDetails.departments[0]']],
    ['Email', (c, o, r, i) => workMail(c.first, c.last, `${slug(row(CA, i)[0]).slice(0, 14)}.ca`), MAIL],
    ['Phone', (c, o, r) => caPhone(r), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? '' : caPhone(r)), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.85 ? '' : caPhone(r)), ['faxPhone.number']],
    ['Mailing Street', (c, o, r, i) => row(CA, i)[1], at(['mailingAddress', 'workAddress'], 'street1')],
    ['Mailing City', (c, o, r, i) => row(CA, i)[2], at(['mailingAddress', 'workAddress'], 'city')],
    ['Mailing State/Province', (c, o, r, i) => row(CA, i)[3], [...at(['mailingAddress', 'workAddress'], 'stateProvince'), ...at(['mailingAddress', 'workAddress'], 'state')]],
    ['Mailing Zip/Postal Code', (c, o, r, i) => row(CA, i)[4], at(['mailingAddress', 'workAddress'], 'postalCode')],
    ['Mailing Country', () => 'Canada', at(['mailingAddress', 'workAddress'], 'country')],
    ['Lead Source', (c, o, r) => v.pick(r, ['Web', 'Referral', 'HomeStars', 'Trade Show', '']), ['b2b.personSource'], opt],
    ['Contact Owner', (c, o, r) => v.pick(r, ['Dave Morrison', 'Anita Kaur', 'Greg Pelletier']), []],
    ['Email Opt Out', (c) => (c.bool ? '0' : '1'), OPT_MAIL, opt],
    ['Do Not Call', (c, o, r) => v.pick(r, ['0', '0', '0', '1']), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/phone'], opt],
    ['Birthdate', (c, o, r) => (r() < 0.8 ? '' : mdy(c.birth, 0)), ['person.birthDate']],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Manages 4 buildings in Etobicoke', 'Annual furnace maintenance contract']), []],
    ['Created Date', (c) => mdyNPT(c.created), CREATED],
    ['Last Modified Date', (c) => mdyNPT(c.updated), UPDATED],
  ] },

  // ---------------------------------------------------------------- TeleCRM leads
  { name: 'telecrm-leads-export-xlsx', product: 'TeleCRM (web dashboard: Leads > filter > Export leads, Excel, English UI, an Indian coaching institute\'s admissions calling team)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c, o, r) => `${v.hex(r, 24)}`, ID],
    ['Name', (c, o, r, i) => `${row(IN, i)[0]} ${row(IN, i)[1]}`, ['person.name.fullName']],
    ['Phone', (c, o, r) => `+91${inMobile(r)}`, ['mobilePhone.number']],
    ['Alternate Phone', (c, o, r) => (r() < 0.7 ? '' : `+91${inMobile(r)}`), ['homePhone.number'], opt],
    ['Email', (c, o, r, i) => (r() < 0.3 ? '' : `${slug(row(IN, i)[0])}.${slug(row(IN, i)[1])}${v.int(r, 1, 99)}@gmail.com`), ['personalEmail.address']],
    ['City', (c, o, r, i) => row(IN_CITY, i)[0], HADR('city')],
    ['State', (c, o, r, i) => row(IN_CITY, i)[1], HSTATE],
    ['Course Interested', (c, o, r) => v.pick(r, ['JEE Main + Advanced', 'NEET UG', 'CA Foundation', 'UPSC Prelims']), []],
    ['Lead Source', (c, o, r) => v.pick(r, ['Facebook Ads', 'Google Ads', 'Website Form', 'Walk-in', 'IndiaMART', 'JustDial']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Fresh', 'Interested', 'Call Back', 'Not Interested', 'Admission Done', 'Not Connected']), [], opt],
    ['Assignee', (c, o, r) => v.pick(r, ['Neha (Counsellor)', 'Suresh', 'Ritika', 'Unassigned']), []],
    ['Last Call Status', (c, o, r) => v.pick(r, ['Connected', 'Not Answered', 'Busy', 'Switched Off']), []],
    ['Total Calls', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Next Followup', (c, o, r) => (r() < 0.4 ? '' : dmyHM(c.updated + 2 * day)), []],
    ['Remarks', (c, o, r) => v.pick(r, ['', 'Will visit centre on Sunday', 'Asked for fee structure on WhatsApp', 'Parent to decide']), []],
    ['Campaign', (c, o, r) => v.pick(r, ['NEET 2025 Lead Gen', 'JEE Crash Course', '']), []],
    ['WhatsApp Opt-in', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Created On', (c) => dmyHM(c.created), [], opt],
    ['Last Modified', (c) => dmyHM(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Hatchbuck contacts
  { name: 'hatchbuck-contacts-export', product: 'Hatchbuck (Contacts > Search > Export Contacts (CSV), English UI, a US commercial insurance agency using its small-business CRM and e-mail automation)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => v.alnum(r, 22), B2BID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => workMail(c.first, c.last, row(US_CO, i)[1]), MAIL],
    ['Email 2', (c) => (c.bool ? '' : c.email), ['personalEmail.address'], opt],
    ['Company', (c, o, r, i) => row(US_CO, i)[0], CO],
    ['Title', (c, o, r, i) => row(TITLES, i + 3), TITLE],
    ['Work Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.4 ? '' : usPhone(r)), ['mobilePhone.number']],
    ['Work Street', (c, o, r, i) => row(US_CO, i)[2], ['workAddress.street1']],
    ['Work City', (c, o, r, i) => row(US_CO, i)[3], ['workAddress.city']],
    ['Work State', (c, o, r, i) => row(US_CO, i)[4], [...at(['workAddress'], 'stateProvince'), ...at(['workAddress'], 'state')]],
    ['Work Zip', (c, o, r, i) => row(US_CO, i)[5], ['workAddress.postalCode']],
    ['Work Country', () => 'United States', ['workAddress.country']],
    ['Website', (c, o, r, i) => `http://www.${row(US_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Status', (c, o, r) => v.pick(r, ['Lead', 'Prospect', 'Customer', 'Customer', 'Lost']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Website', 'Referral', 'Trade Show', 'Purchased List', '']), ['b2b.personSource'], opt],
    ['Sales Rep', (c, o, r) => v.pick(r, ['Karen Miles', 'Josh Fuller', 'Unassigned']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Workers Comp', 'General Liability; Renewal Q3', 'Webinar Attendee']), []],
    ['Score', (c, o, r) => String(v.int(r, 0, 140)), ['b2b.personScore'], opt],
    ['Email Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced']), OPT_MAIL, opt],
    ['Time Zone', () => 'Central Standard Time', []],
    ['Date Added', (c) => mdyNP(c.created, -6), CREATED],
    ['Last Activity', (c) => mdyNP(c.updated, -6), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- Datanyze contacts
  { name: 'datanyze-prospects-export-csv', product: 'Datanyze (Chrome extension / web app: My Prospects > select > Export CSV, English UI, a US sales team building prospect lists)', family: 'b2b', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Title', (c, o, r, i) => row(TITLES, i + 1), TITLE],
    ['Company Name', (c, o, r, i) => row(US_CO, i)[0], CO],
    ['Company Domain', (c, o, r, i) => row(US_CO, i)[1], ['b2b.companyWebsite']],
    ['Email', (c, o, r, i) => workMail(c.first, c.last, row(US_CO, i)[1]), ['workEmail.address']],
    ['Personal Email', (c, o, r) => (r() < 0.6 ? '' : `${slug(c.first)}${slug(c.last)}${v.int(r, 1, 99)}@gmail.com`), ['personalEmail.address']],
    ['Direct Dial', (c, o, r) => (r() < 0.4 ? '' : usPhone(r)), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.5 ? '' : usPhone(r)), ['mobilePhone.number']],
    ['Company Phone', (c, o, r) => usPhone(r), [], opt],
    ['LinkedIn URL', (c, o, r) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}`, []],
    ['Seniority', (c, o, r) => v.pick(r, ['Manager', 'Director', 'VP', 'C-Level', 'Staff']), [], opt],
    ['Department', (c, o, r) => v.pick(r, ['Sales', 'Marketing', 'Information Technology', 'Finance', 'Operations']), ['extendedWorkDetails.departments[0]']],
    ['Person City', (c) => c.city, WADR('city'), opt],
    ['Person State', (c) => c.region, WSTATE, opt],
    ['Person Country', () => 'United States', WADR('country'), opt],
    ['Company City', (c, o, r, i) => row(US_CO, i)[3], ['workAddress.city']],
    ['Company State', (c, o, r, i) => row(US_CO, i)[4], ['workAddress.stateProvince', 'workAddress.state']],
    ['Company Country', () => 'United States', ['workAddress.country']],
    ['Industry', (c, o, r, i) => row(US_CO, i)[6], []],
    ['Employees', (c, o, r, i) => row(US_CO, i)[7], []],
    ['Revenue', (c, o, r, i) => row(US_CO, i)[8], []],
    ['Technologies', (c, o, r) => v.pick(r, ['Salesforce; HubSpot', 'Marketo; Zendesk', 'Google Analytics; Shopify', 'AWS; Okta']), []],
  ] },

  // ---------------------------------------------------------------- Salesgenie business leads
  { name: 'salesgenie-business-leads-download', product: 'Salesgenie (Data Axle; Search > Businesses > Save list > Download, Excel/CSV with contact details, English UI, a US commercial cleaning franchise prospecting local businesses)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Company Name', (c, o, r, i) => row(['ACME DENTAL GROUP', 'RIVERSIDE AUTO BODY', 'SUMMIT FAMILY MEDICINE', 'LAKESIDE TITLE CO', 'BLUE OAK CPA PLLC', 'METRO PET HOSPITAL'], i), CO],
    ['Executive First Name', (c) => c.first.toUpperCase(), FN],
    ['Executive Last Name', (c) => c.last.toUpperCase(), LN],
    ['Executive Title', (c, o, r) => v.pick(r, ['OWNER', 'PRESIDENT', 'OFFICE MANAGER', 'MANAGER', 'PRINCIPAL']), TITLE],
    ['Executive Gender', (c) => (c.female ? 'FEMALE' : 'MALE'), ['person.gender'], opt],
    ['Address', (c) => c.street.toUpperCase(), WADR('street1')],
    ['City', (c) => c.city.toUpperCase(), WADR('city')],
    ['State', (c) => c.region, WSTATE],
    ['ZIP Code', (c) => c.postcode, WADR('postalCode')],
    ['ZIP+4', (c, o, r) => pad(v.int(r, 1, 9999), 4), []],
    ['County', (c, o, r) => v.pick(r, ['KING', 'TRAVIS', 'COOK', 'DENVER', 'SUFFOLK']), []],
    ['Phone Number', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Fax Number', (c, o, r) => (r() < 0.7 ? '' : usPhone(r)), ['faxPhone.number']],
    ['Email Address', (c, o, r, i) => (r() < 0.4 ? '' : `info@${slug(row(['acmedental', 'riversideautobody', 'summitfm', 'lakesidetitle', 'blueoakcpa', 'metropethospital'], i))}.com`), ['workEmail.address'], opt],
    ['Website', (c, o, r, i) => (r() < 0.3 ? '' : `WWW.${row(['ACMEDENTAL', 'RIVERSIDEAUTOBODY', 'SUMMITFM', 'LAKESIDETITLE', 'BLUEOAKCPA', 'METROPETHOSPITAL'], i)}.COM`), ['b2b.companyWebsite']],
    ['Primary SIC Code', (c, o, r, i) => row(['802101', '753201', '801101', '654101', '872101', '074201'], i), []],
    ['Primary SIC Description', (c, o, r, i) => row(['DENTISTS', 'AUTOMOBILE BODY-REPAIRING & PAINTING', 'PHYSICIANS & SURGEONS', 'TITLE COMPANIES', 'ACCOUNTANTS', 'VETERINARIANS'], i), []],
    ['Primary NAICS Code', (c, o, r, i) => row(['62121001', '81112101', '62111101', '54119101', '54121101', '54194001'], i), []],
    ['Location Employee Size Actual', (c, o, r) => String(v.int(r, 3, 85)), []],
    ['Location Sales Volume Actual', (c, o, r) => `$${v.int(r, 400, 9000).toLocaleString('en-US')},000`, []],
    ['Year Established', (c, o, r) => String(v.int(r, 1968, 2020)), []],
    ['Square Footage', (c, o, r) => v.pick(r, ['1 - 2,499', '2,500 - 9,999', '10,000 - 39,999']), []],
    ['Latitude', (c, o, r) => (30 + r() * 15).toFixed(6), [], opt],
    ['Longitude', (c, o, r) => (-122 + r() * 50).toFixed(6), [], opt],
    ['Record ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), SRC],
  ] },

  // ---------------------------------------------------------------- Lead Forensics visits
  { name: 'lead-forensics-visits-export', product: 'Lead Forensics (Lead Forensics Portal: Businesses > visit list > Export to CSV, English UI, a UK IT-recruitment firm identifying businesses visiting its website)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Visit Date', (c, o) => dmyT(o.at, 0), ['timestamp']],
    ['Business Name', (c, o, r, i) => row(UK_CO, i)[0], []],
    ['Business Website', (c, o, r, i) => `www.${row(UK_CO, i)[1]}`, []],
    ['Business Telephone', (c, o, r) => ukLand(r), []],
    ['Address', (c, o, r, i) => row(UK_CO, i)[2], []],
    ['Town', (c, o, r, i) => row(UK_CO, i)[3], ['placeContext.geo.city'], opt],
    ['Postcode', (c, o, r, i) => row(UK_CO, i)[4], ['placeContext.geo.postalCode'], opt],
    ['Country', () => 'United Kingdom', [], opt],
    ['Industry', (c, o, r) => v.pick(r, ['Financial Services', 'Healthcare', 'Logistics', 'Insurance', 'IT Services']), []],
    ['Employees', (c, o, r) => v.pick(r, ['11-50', '51-200', '201-500', '501-1000']), []],
    ['Pages Viewed', (c, o, r) => String(v.int(r, 1, 14)), ['web.webPageDetails.pageViews.value'], opt],
    ['Visit Duration', (c, o, r) => `00:${pad(v.int(r, 0, 25))}:${pad(v.int(r, 0, 59))}`, []],
    ['Entry Page', (c, o, r) => v.pick(r, ['https://www.talentbridge.co.uk/', 'https://www.talentbridge.co.uk/hire-developers', 'https://www.talentbridge.co.uk/contract-it-staff', 'https://www.talentbridge.co.uk/case-studies']), ['web.webPageDetails.URL'], opt],
    ['Referrer', (c, o, r) => v.pick(r, ['Google (organic)', 'Direct', 'LinkedIn', 'Google (paid)', 'Bing (organic)']), ['web.webReferrer.type', 'web.webReferrer.URL'], opt],
    ['Keywords', (c, o, r) => v.pick(r, ['', '', 'it contractors manchester', 'hire devops engineer uk']), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Trigger Report', (c, o, r) => v.pick(r, ['', 'Pricing page visitors', 'Returning businesses']), []],
    ['Assigned To', (c, o, r) => v.pick(r, ['Sam Ellis', 'Priya Nair', '']), []],
    ['Lead Forensics ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
  ] },

  // ---------------------------------------------------------------- Mad Mimi audience
  { name: 'mad-mimi-audience-export-csv', product: 'Mad Mimi (Audience > All Contacts / a list > Export (CSV), English UI, a US independent bookshop\'s newsletter)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['address', (c) => (c.bool ? c.street : ''), HADR('street1')],
    ['city', (c) => c.city, HADR('city')],
    ['state', (c) => c.region, HSTATE],
    ['zip', (c) => c.postcode, HADR('postalCode')],
    ['country', () => 'United States', HADR('country')],
    ['phone', (c, o, r) => (r() < 0.6 ? '' : usDash(r)), ['mobilePhone.number', 'homePhone.number'], opt],
    ['company', (c, o, r) => (r() < 0.8 ? '' : c.company), ['organizations[0]'], opt],
    ['title', () => '', [], opt],
    ['favorite_genre', (c, o, r) => v.pick(r, ['Mystery', 'Sci-Fi', 'Literary Fiction', 'Kids', '']), []],
    ['lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter, Book Club', 'Events', 'Newsletter, Events']), []],
    ['created_at', (c) => ymdHMS(c.created, -5), [], opt],
    ['confirmed', (c) => (c.bool ? 'true' : 'false'), []],
    ['suppressed', (c, o, r) => v.pick(r, ['false', 'false', 'false', 'true']), []],
  ] },

  // ---------------------------------------------------------------- Robly subscribers
  { name: 'robly-contacts-export', product: 'Robly (Contacts > Manage Contacts > Export, CSV, English UI, a US yoga studio\'s member newsletter)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c, o, r) => (r() < 0.5 ? '' : usPhone(r)), ['mobilePhone.number', 'homePhone.number'], opt],
    ['Birthday', (c) => (c.bool ? mdy(c.birth, 0) : ''), ['person.birthDate']],
    ['Zip Code', (c) => c.postcode, HADR('postalCode')],
    ['City', (c) => c.city, HADR('city')],
    ['State', (c) => c.region, HSTATE],
    ['Member Type', (c, o, r) => v.pick(r, ['Unlimited', '10-Class Pack', 'Drop-in', 'Intro Month']), []],
    ['Lists', (c, o, r) => v.pick(r, ['Members', 'Members; Workshops', 'Leads', 'Teacher Training']), []],
    ['Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Signup Form', 'Import', 'Mindbody Sync', 'Facebook Lead Ad']), [], opt],
    ['Date Added', (c) => mdyNPT(c.created), [], opt],
    ['Last Opened', (c, o, r) => (r() < 0.3 ? '' : mdyNPT(c.updated)), []],
    ['Last Clicked', (c, o, r) => (r() < 0.6 ? '' : mdyNPT(c.updated)), []],
    ['Engagement', (c, o, r) => v.pick(r, ['High', 'Medium', 'Low']), []],
  ] },

  // ---------------------------------------------------------------- Pepipost email logs
  { name: 'pepipost-email-logs-download', product: 'Pepipost (Netcore Email API; dashboard: Reports > Logs > Download CSV, English UI, an Indian online brokerage\'s transactional e-mail, IST)', family: 'email', language: 'en', schema: E, cols: [
    ['TRANSID', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 100000, 999999)), ['_id'], opt],
    ['RCPTID', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['EMAIL', (c, o, r, i) => `${slug(row(IN, i)[0])}.${slug(row(IN, i)[1])}${v.int(r, 1, 99)}@gmail.com`, EMAIL_ID],
    ['FROMADDRESS', () => 'alerts@tradeswift.in', []],
    ['SUBJECT', (c, o, r) => v.pick(r, ['Your contract note for today', 'OTP for login', 'Funds added to your account', 'Monthly account statement']), []],
    ['EVENT', (c, o, r) => v.pick(r, ['sent', 'sent', 'open', 'click', 'bounce', 'dropped', 'unsubscribe', 'spam']), ['eventType'], opt],
    ['TIMESTAMP', (c, o) => ymdHMS(o.at, 5.5), ['timestamp']],
    ['RESPONSE', (c, o, r) => v.pick(r, ['250 2.0.0 OK', '250 2.0.0 OK', '550 5.1.1 The email account that you tried to reach does not exist', '']), []],
    ['BOUNCE_TYPE', (c, o, r) => v.pick(r, ['', '', '', 'HARDBOUNCE', 'SOFTBOUNCE']), []],
    ['TAGS', (c, o, r) => v.pick(r, ['contract_note', 'otp', 'funds', 'statement']), [], opt],
    ['X-APIHEADER', (c, o, r) => `CLNT${v.int(r, 100000, 999999)}`, [], opt],
    ['URL', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['https://www.tradeswift.in/login', 'https://www.tradeswift.in/statements'])), ['web.webInteraction.URL'], opt],
    ['IPADDRESS', (c, o, r) => (r() < 0.5 ? '' : v.ip4(r)), ['environment.ipV4']],
    ['USERAGENT', (c, o, r) => (r() < 0.5 ? '' : v.pick(r, ['Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'])), ['environment.browserDetails.userAgent']],
    ['MSIZE', (c, o, r) => String(v.int(r, 4000, 90000)), []],
    ['DEVICE', (c, o, r) => v.pick(r, ['', 'Mobile', 'Desktop']), ['device.type'], opt],
  ] },
]
