// Round 31, heldout31: held-out sets added in round 31 (the round-28 brief), written apart from the suggester and any
// tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it,
// one value generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for
// borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const h12 = (p) => `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const london = (ms) => shift(ms, dst(ms) ? 1 : 0)
const later = (c) => Math.max(c.created, c.updated)
const usd = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const ord = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`

// ClickUp: a US agency's "Leads" list used as a CRM (List > ... > Export > CSV, all columns); one task per contact,
// custom fields exported as "Name (type)"; Date Created in epoch milliseconds next to its text form in the user's zone.
const cuText = (ms) => { const p = eastern(ms); const off = dst(ms) ? '-04:00' : '-05:00'; return `${DAY[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]}, ${MONTH[p.m - 1]} ${ord(p.d)} ${p.y}, ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'am' : 'pm'} ${off}` }
const CU_ST = ['new lead', 'new lead', 'contacted', 'qualified', 'proposal sent', 'won', 'lost']
const CU_ASSIGN = ['[Dana Whitfield]', '[Marcus Reyes]', '[Dana Whitfield, Priya Nair]', '[]']
const CU_SRC = ['Website Form', 'Referral', 'LinkedIn', 'Cold Outreach', 'Event']

// Airtable: the Contacts table of a Sales CRM base (grid view > Download CSV); linked records export as names,
// dates as the fields' US formats, created/modified time fields with times.
const atDate = (ms) => { const p = pacific(ms); return `${p.m}/${p.d}/${p.y}` }
const atTime = (ms) => { const p = pacific(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}${p.H < 12 ? 'am' : 'pm'}` }
const AT_ST = ['Prospect', 'Prospect', 'Contacted', 'Qualified', 'Customer', 'Churned']

// Notion: a CRM database (Contacts) exported as Markdown & CSV (the CSV holds the database properties).
const noDate = (ms) => { const p = eastern(ms); return `${MONTH[p.m - 1]} ${p.d}, ${p.y}` }
const noTime = (ms) => { const p = eastern(ms); return `${MONTH[p.m - 1]} ${p.d}, ${p.y} ${h12(p)}` }
const NO_ST = ['Lead', 'Lead', 'Contacted', 'Meeting booked', 'Negotiation', 'Closed won', 'Closed lost']
const NO_OWNER = ['Olivia Chen', 'Ben Carter', 'Sofia Ramos']

// Mailcoach: subscribers of a UK newsletter's email list (Lists > Subscribers > Export, CSV; the subscriber fields of
// Mailcoach's API: email, first_name, last_name, tags, subscribed_at, unsubscribed_at, plus extra attributes).
const mcTs = (ms) => ymdhms(london(ms))
const MC_TAGS = ['', 'weekly', 'weekly;product-updates', 'webinar-2024', 'customer;weekly']

// Keila: contacts of an open-source newsletter (Contacts > Export CSV; custom data as a JSON column).
const KE_ST = ['active', 'active', 'active', 'active', 'unsubscribed', 'unreachable']
const keIso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

// ManageEngine ServiceDesk Plus: requesters of a US hospital group's IT help desk (Admin > Users > Requesters > Export).
const SDP_DEPT = ['Radiology', 'Nursing', 'Billing', 'Human Resources', 'Pharmacy', 'IT Services']
const SDP_SITE = ['Main Campus', 'North Clinic', 'Lakeside Medical Center']
const sdpMail = (c) => `${slug(c.first)}.${slug(c.last)}@stlukes-health.org`
const sdpTime = (ms) => { const p = central(ms); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }

// SysAid: end users of a manufacturer's service desk (Settings > User Management > End Users > Export to Excel/CSV).
const SA_CO = ['Northline Plastics', 'Northline Plastics', 'Northline Plastics - Ohio Plant', 'Keller Tooling (contractor)']
const SA_DEPT = ['Production', 'Quality', 'Finance', 'Warehouse', 'Engineering', 'Sales']
const saMail = (c) => `${slug(c.first)[0]}${slug(c.last)}@northlineplastics.com`
const saDate = (ms) => { const p = eastern(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }

// Perkville: members of a US fitness studio chain's rewards programme (Business dashboard > Customers > Export CSV).
const PV_LEVEL = ['Member', 'Member', 'Member', 'Silver', 'Gold']
const pvDate = (ms) => { const p = pacific(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const pvPts = (c) => (+c.id % 37) * 25

// Rise.ai: gift cards and store credit of a US Shopify store (Gift cards > Export, CSV).
const RI_SRC = ['Purchased', 'Purchased', 'Store credit', 'Manual', 'Refund to store credit', 'Campaign']
const riSrc = (o) => RI_SRC[+o.id % RI_SRC.length]
const riInit = (o) => [25, 50, 50, 100, 15, 200][+o.id % 6]
const riBal = (o) => +(riInit(o) * [1, 0.5, 0, 1, 0.2, 0.75][(+o.id >> 2) % 6]).toFixed(2)
const riCode = (o) => `${((+o.id * 2654435761) >>> 0).toString(36).toUpperCase().padStart(7, 'Q').slice(0, 7)}${String(+o.id).slice(-4).padStart(4, '0')}`.replace(/(.{4})(.{4})(.{3})/, '$1-$2-$3')
const riIso = (ms) => { const p = eastern(ms); return `${ymdhms(p).replace(' ', 'T')}${dst(ms) ? '-04:00' : '-05:00'}` }

// Appstle: subscription contracts of a US coffee roaster on Shopify (Subscriptions > Export, CSV; one row per contract line).
const AP_ST = ['active', 'active', 'active', 'paused', 'cancelled']
const apSt = (o) => AP_ST[+o.id % AP_ST.length]
const AP_P = [['Single Origin Ethiopia 12oz', 'Whole Bean', 'ETH-12-WB', 18.0], ['House Blend 2lb', 'Ground - Drip', 'HSE-2LB-GD', 34.0], ['Decaf Colombia 12oz', 'Whole Bean', 'DCF-12-WB', 17.5], ['Espresso Roast 5lb', 'Whole Bean', 'ESP-5LB-WB', 72.0]]
const ap = (o) => AP_P[+o.id % AP_P.length]
const AP_FREQ = ['1 week', '2 weeks', '4 weeks', '1 month']
const apIso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

// Statsig: the first-exposures report of one experiment (the first_exposures_report table, as Statsig's export
// delivers it to a warehouse); one row per unit exposed.
const ST_GROUP = ['Control', 'Test', 'Test B']
const ST_DIM = ['{"country":"US","browserName":"Chrome","os":"Mac OS X","locale":"en-US"}', '{"country":"GB","browserName":"Safari","os":"iOS","locale":"en-GB"}', '{"country":"CA","browserName":"Edge","os":"Windows","locale":"en-CA"}', '{"country":"US","browserName":"Chrome Mobile","os":"Android","locale":"en-US"}']
const pstDate = (ms) => { const p = pacific(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }

// Contentsquare: sessions of a US retailer's site (Session Replay > session list > Export, CSV).
const CS_PAGES = [['Home', 'https://www.trailmarkoutfitters.com/'], ['Product page', 'https://www.trailmarkoutfitters.com/p/alpine-down-jacket'], ['Category page', 'https://www.trailmarkoutfitters.com/c/womens-hiking-boots'], ['Search results', 'https://www.trailmarkoutfitters.com/search?q=rain+shell'], ['Cart', 'https://www.trailmarkoutfitters.com/cart']]
const csPage = (o) => CS_PAGES[+o.id % CS_PAGES.length]
const CS_GEO = [['United States', 'New York', 'Brooklyn'], ['United States', 'California', 'San Diego'], ['United States', 'Colorado', 'Denver'], ['Canada', 'Ontario', 'Toronto'], ['United States', 'Texas', 'Austin']]
const csGeo = (c) => CS_GEO[+c.id % CS_GEO.length]
const csDur = (o) => 20 + (+o.id % 900)
const csTime = (ms) => { const p = eastern(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'clickup-leads', product: 'ClickUp (a "Leads" list used as a CRM: List > Export > CSV of the view\'s columns, time-tracking columns hidden; a US agency; custom fields as "Name (type)")', family: 'crm', language: 'en', schema: B, cols: [
    ['Task ID', (c, o, r) => `86${v.alnum(r, 7).toLowerCase()}`, B2BID, opt],
    ['Task Custom ID', (c) => (+c.id % 3 ? `LEAD-${100 + (+c.id % 900)}` : ''), B2BID, opt],
    ['Task Name', (c) => c.full, ['person.name.fullName']],
    ['Task Content', (c, o, r) => v.pick(r, ['', '', 'Asked for a quote on the Q3 retainer', 'Met at the Austin SaaS meetup', 'Follow up after the demo']), []],
    ['Status', (c) => CU_ST[+c.id % CU_ST.length], ['b2b.personStatus'], opt],
    ['Date Created', (c) => String(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Created Text', (c) => cuText(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Due Date', (c) => (+c.id % 2 ? String(later(c) + 7 * 86400000) : ''), []],
    ['Due Date Text', (c) => (+c.id % 2 ? cuText(later(c) + 7 * 86400000) : ''), []],
    ['Start Date', (c) => (+c.id % 4 === 1 ? String(later(c)) : ''), []],
    ['Start Date Text', (c) => (+c.id % 4 === 1 ? cuText(later(c)) : ''), []],
    ['Parent ID', () => '', []],
    ['Attachments', (c) => (+c.id % 6 === 0 ? '[{"title":"proposal-v2.pdf","url":"https://t9014123456.p.clickup-attachments.com/t9014123456/proposal-v2.pdf"}]' : '[]'), []],
    ['Assignees', (c) => CU_ASSIGN[+c.id % CU_ASSIGN.length], []],
    ['Tags', (c, o, r) => v.pick(r, ['[]', '[]', '[hot]', '[webinar,hot]', '[partner]']), []],
    ['Priority', (c) => ['', '1', '2', '3', '4'][+c.id % 5], []],
    ['List Name', () => 'Leads', []],
    ['Folder Name', () => 'Sales', []],
    ['Space Name', () => 'Growth', []],
    ['Checklists', () => '{}', []],
    ['Comments', (c, o, r) => (r() < 0.3 ? `[{"text":"Left voicemail","by":"dana@brightpath.agency","assigned":false,"date":"${cuText(later(c))}","resolved":false}]` : '[]'), []],
    ['Assigned Comments', () => '0', []],
    ['Company (short text)', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title (short text)', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email (email)', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phone (phone)', (c) => c.phone, ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['Website (url)', (c) => `https://www.${c.workEmail.split('@')[1]}`, ['b2b.companyWebsite']],
    ['Lead Source (drop down)', (c) => CU_SRC[+c.id % CU_SRC.length], ['b2b.personSource'], opt],
    ['Deal Value (currency)', (c) => String(1500 + (+c.id % 40) * 250), []],
    ['LinkedIn (url)', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Last Contacted (date)', (c, o, r) => (r() < 0.7 ? String(later(c) + 86400000) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'airtable-contacts', product: 'Airtable (Sales CRM base, Contacts table: grid view > Download CSV; a US software reseller)', family: 'crm', language: 'en', schema: B, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Account', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Status', (c) => AT_ST[+c.id % AT_ST.length], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Opportunities', (c, o, r) => v.pick(r, ['', '', `${c.company} - Renewal 2025`, `${c.company} - 50 seats`]), []],
    ['Interactions', (c, o, r) => v.pick(r, ['', 'Intro call', 'Intro call,Demo', 'Demo,Pricing email']), []],
    ['Last Contact', (c, o, r) => (r() < 0.75 ? atDate(later(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Owner', (c) => ['Hannah Brooks', 'Luis Ortega', 'Kevin Tran'][+c.id % 3], []],
    ['LinkedIn', (c, o, r) => (r() < 0.6 ? `linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Street', (c) => c.street, at(['workAddress', ...HOME], 'street1')],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Decision maker is the CFO', 'Budget frozen until January']), []],
    ['Do Not Email', (c, o, r) => (r() < 0.08 ? 'checked' : ''), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Created', (c) => atTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => atTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'notion-crm-contacts', product: 'Notion (a CRM database of contacts: ... > Export > Markdown & CSV, the database CSV; a US consultancy)', family: 'crm', language: 'en', schema: B, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Role', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Status', (c) => NO_ST[+c.id % NO_ST.length], ['b2b.personStatus'], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Estimated Value', (c) => usd(5000 + (+c.id % 30) * 1250), []],
    ['Priority', (c) => ['High', 'Medium', 'Low'][+c.id % 3], []],
    ['Account Owner', (c) => NO_OWNER[+c.id % NO_OWNER.length], []],
    ['Lead Source', (c) => ['Referral', 'Website', 'Conference', 'Outbound'][+c.id % 4], ['b2b.personSource'], opt],
    ['Last Contact', (c, o, r) => (r() < 0.8 ? noDate(later(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Next Follow-up', (c, o, r) => (r() < 0.5 ? noDate(later(c) + 14 * 86400000) : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Enterprise', 'SMB, Inbound', 'Partner']), []],
    ['Website', (c) => `https://${c.workEmail.split('@')[1]}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}/` : ''), []],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city'), opt],
    ['Meetings', (c, o, r) => v.pick(r, ['', 'Discovery call (https://www.notion.so/Discovery-call-8f3a2c1d9e7b4a6f)', '']), []],
    ['Created time', (c) => noTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Created by', (c) => NO_OWNER[(+c.id >> 1) % NO_OWNER.length], ['extSourceSystemAudit.createdBy'], opt],
    ['Last edited time', (c) => noTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'mailcoach-subscribers', product: 'Mailcoach (Lists > a list > Subscribers > Export, CSV; a UK newsletter, extra attributes company and country)', family: 'email', language: 'en', schema: P, cols: [
    ['uuid', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
    ['email_list_uuid', () => 'a69075c6-ff5c-4b6a-b217-12026cb72e4f', []],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c, o, r) => (r() < 0.85 ? c.first : ''), ['person.name.firstName']],
    ['last_name', (c, o, r) => (r() < 0.7 ? c.last : ''), ['person.name.lastName']],
    ['tags', (c) => MC_TAGS[+c.id % MC_TAGS.length], []],
    ['subscribed_at', (c) => mcTs(c.created), [], opt],
    ['unsubscribed_at', (c) => (+c.id % 9 === 4 ? mcTs(later(c)) : ''), [], opt],
    ['created_at', (c) => mcTs(c.created - 3600000), [], opt],
    ['updated_at', (c) => mcTs(later(c)), [], opt],
    ['company', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]'], opt],
    ['country', (c, o, r) => v.pick(r, ['United Kingdom', 'United Kingdom', 'Ireland', '']), ['homeAddress.country', 'mailingAddress.country'], opt],
    ['job_title', (c, o, r) => (r() < 0.4 ? c.job : ''), [], opt],
    ['city', (c, o, r) => v.pick(r, ['London', 'Manchester', 'Leeds', 'Bristol', 'Dublin', '']), ['homeAddress.city', 'mailingAddress.city'], opt],
    ['source', (c) => ['homepage form', 'blog footer', 'import', 'webinar'][+c.id % 4], [], opt],
  ] },
  { name: 'keila-contacts', product: 'Keila (Contacts > Export CSV; an open-source project\'s newsletter, custom data as one JSON column)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c, o, r) => (r() < 0.8 ? c.first : ''), ['person.name.firstName']],
    ['Last name', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Data', (c, o, r) => (r() < 0.5 ? JSON.stringify({ plan: ['free', 'pro'][+c.id % 2], signup_source: 'docs' }) : '{}'), []],
    ['Status', (c) => KE_ST[+c.id % KE_ST.length], ['personalEmail.status']],
    ['ID', (c, o, r) => `c_${v.alnum(r, 8)}`, ['_id', 'personID'], opt],
    ['Inserted at', (c) => keIso(c.created), [], opt],
    ['Updated at', (c) => keIso(later(c)), [], opt],
    ['External ID', (c, o, r) => (r() < 0.3 ? `gh-${v.int(r, 10000, 999999)}` : ''), [], opt],
    ['Double opt-in at', (c, o, r) => (r() < 0.6 ? keIso(c.created + 600000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk
  { name: 'servicedesk-plus-requesters', product: 'ManageEngine ServiceDesk Plus (Admin > Users > Requesters > Export; a US hospital group\'s IT help desk)', family: 'support', language: 'en', schema: B, cols: [
    ['Name', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Employee ID', (c) => `E${String(10000 + (+c.id % 89999))}`, ['_id', 'personID', 'b2b.personKey.sourceID'], opt],
    ['Description', (c, o, r) => v.pick(r, ['', '', '', 'Night shift', 'Contractor until June']), []],
    ['E-Mail', (c) => sdpMail(c), ['workEmail.address']],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Site', (c) => SDP_SITE[+c.id % SDP_SITE.length], [], opt],
    ['Department', (c) => SDP_DEPT[+c.id % SDP_DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Job title', (c) => ['Registered Nurse', 'Billing Specialist', 'Radiologic Technologist', 'HR Generalist', 'Pharmacist', 'Systems Analyst'][+c.id % 6], ['extendedWorkDetails.jobTitle']],
    ['Reporting To', (c, o, r) => v.pick(r, ['', 'Karen Holt', 'Dr. Samuel Ortiz', 'Michelle Pryor']), [], opt],
    ['VIP User', (c) => (+c.id % 12 === 0 ? 'Yes' : 'No'), []],
    ['Login Name', (c) => `${slug(c.first)[0]}${slug(c.last)}`, [], opt],
    ['Domain', () => 'STLUKES', []],
    ['Cost Per Hour', () => '0.0', []],
    ['Created Time', (c) => sdpTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Login Time', (c, o, r) => (r() < 0.7 ? sdpTime(later(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'sysaid-end-users', product: 'SysAid (Settings > User Management > End Users > Export; a US manufacturer\'s service desk)', family: 'support', language: 'en', schema: B, cols: [
    ['User Name', (c) => `${slug(c.first)[0]}${slug(c.last)}`, [], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Display Name', (c) => `${c.last}, ${c.first}`, ['person.name.fullName']],
    ['Email', (c) => saMail(c), ['workEmail.address']],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Cellular Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company', (c) => SA_CO[+c.id % SA_CO.length], ['b2b.companyName', 'organizations[0]']],
    ['Department', (c) => SA_DEPT[+c.id % SA_DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Location', (c) => ['Akron HQ', 'Ohio Plant - Bldg 2', 'Remote'][+c.id % 3], [], opt],
    ['Manager', (c, o, r) => v.pick(r, ['', 'rdavis', 'mkowalski', 'tjohnson']), ['extendedWorkDetails.reportsToID'], opt],
    ['Car Number', (c, o, r) => (r() < 0.2 ? `OH ${v.alnum(r, 3).toUpperCase()}-${v.int(r, 1000, 9999)}` : ''), []],
    ['Disable', (c) => (+c.id % 15 === 0 ? 'Y' : 'N'), ['isDeleted'], opt],
    ['Enable Login', (c) => (+c.id % 4 === 0 ? 'N' : 'Y'), []],
    ['Windows Domain', () => 'NORTHLINE', []],
    ['Mailing Address', (c) => c.street, at(['workAddress'], 'street1'), opt],
    ['City', (c) => c.city, at(['workAddress'], 'city'), opt],
    ['State', (c) => c.region, [...at(['workAddress'], 'stateProvince'), ...at(['workAddress'], 'state')], opt],
    ['Zip', (c) => c.postcode, at(['workAddress'], 'postalCode'), opt],
    ['Creation Date', (c) => saDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Login', (c, o, r) => (r() < 0.6 ? saDate(later(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'perkville-customers', product: 'Perkville (Business dashboard > Customers > Export CSV; a US fitness studio chain\'s rewards programme)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Perkville ID', (c) => String(4000000 + (+c.id % 900000)), ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.5 ? pvDate(c.birth) : ''), ['person.birthDate']],
    ['Points Balance', (c) => String(pvPts(c)), ['loyalty.points']],
    ['Lifetime Points Earned', (c) => String(pvPts(c) + (+c.id % 23) * 100), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String((+c.id % 23) * 100), ['loyalty.pointsRedeemed']],
    ['Level', (c) => PV_LEVEL[+c.id % PV_LEVEL.length], ['loyalty.tier']],
    ['Home Location', (c) => ['Pasadena', 'Santa Monica', 'Burbank', 'Long Beach'][+c.id % 4], [], opt],
    ['Join Date', (c) => pvDate(c.created), ['loyalty.joinDate']],
    ['Last Activity Date', (c) => pvDate(later(c)), [], opt],
    ['Visits', (c) => String(1 + (+c.id % 140)), ['loyalty.lifetimePurchases'], opt],
    ['Referrals', (c) => String(+c.id % 4), []],
    ['Email Opt In', (c) => (+c.id % 6 === 0 ? 'False' : 'True'), [], opt],
    ['Status', (c) => (+c.id % 17 === 0 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
    ['Zip Code', (c) => c.postcode, ['homeAddress.postalCode', 'mailingAddress.postalCode']],
  ] },

  // ---------------------------------------------------------------- payments (gift cards / store credit)
  { name: 'rise-ai-gift-cards', product: 'Rise.ai (Gift cards > Export, CSV; gift cards and store credit of a US Shopify store)', family: 'payments', language: 'en', schema: E, cols: [
    ['Code', (c, o) => riCode(o), [], opt],
    ['Type', (c, o) => (riSrc(o) === 'Purchased' ? 'Gift card' : 'Store credit'), [], opt],
    ['Source', (c, o) => riSrc(o), [], opt],
    ['Initial Value', (c, o) => riInit(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Balance', (c, o) => riBal(o).toFixed(2), []],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Status', (c, o) => (riBal(o) === 0 ? 'Used' : +o.id % 11 === 3 ? 'Disabled' : 'Active'), [], opt],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Name', (c) => c.full, []],
    ['Recipient Email', (c, o, r) => (riSrc(o) === 'Purchased' && r() < 0.6 ? `${slug(c.first)}.gift${+c.id % 90}@gmail.com` : ''), []],
    ['Recipient Name', (c, o, r) => (riSrc(o) === 'Purchased' && r() < 0.6 ? 'Jamie Collins' : ''), []],
    ['Message', (c, o, r) => (riSrc(o) === 'Purchased' ? v.pick(r, ['Happy birthday!', 'Enjoy!', '']) : ''), []],
    ['Order Number', (c, o) => (riSrc(o) === 'Purchased' ? `#${1001 + (+o.id % 8000)}` : ''), [OR('purchaseID')], opt],
    ['Created At', (c, o) => riIso(o.at), ['timestamp'], opt],
    ['Expires At', (c, o) => (+o.id % 3 === 0 ? riIso(o.at + 365 * 86400000) : ''), []],
    ['Last Used At', (c, o) => (riBal(o) < riInit(o) ? riIso(o.at + 20 * 86400000) : ''), [], opt],
    ['Campaign', (c, o) => (riSrc(o) === 'Campaign' ? 'Black Friday Bonus' : ''), ['marketing.campaignName'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Goodwill credit for late delivery']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (subscriptions)
  { name: 'appstle-subscriptions', product: 'Appstle Subscriptions (Subscriptions > Export, CSV; a US coffee roaster on Shopify, one row per contract line)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Subscription Contract Id', (c, o) => String(8000000000 + (+o.id * 131) % 999999999), ['_id', OR('purchaseID')], opt],
    ['Status', (c, o) => apSt(o), [], opt],
    ['Customer Id', (c) => String(6900000000000 + +c.id), [], opt],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Name', (c) => c.full, []],
    ['Created At', (c, o) => apIso(o.at), ['timestamp', OR('createdDate')]],
    ['Next Billing Date', (c, o) => (apSt(o) === 'active' ? apIso(o.at + 28 * 86400000) : ''), []],
    ['Cancelled On', (c, o) => (apSt(o) === 'cancelled' ? apIso(o.at + 90 * 86400000) : ''), [OR('cancelDate')]],
    ['Billing Frequency', (c, o) => AP_FREQ[+o.id % AP_FREQ.length], []],
    ['Delivery Frequency', (c, o) => AP_FREQ[+o.id % AP_FREQ.length], []],
    ['Product Title', (c, o) => ap(o)[0], [PL('name')]],
    ['Variant Title', (c, o) => ap(o)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o) => ap(o)[2], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Price', (c, o) => ap(o)[3].toFixed(2), [], opt],
    ['Line Total', (c, o) => (ap(o)[3] * o.qty).toFixed(2), [PL('priceTotal')], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Discount Code', (c, o) => (+o.id % 4 === 0 ? 'SUB10' : ''), ['commerce.promotionID']],
    ['Delivery Method', (c, o) => (+o.id % 5 === 0 ? 'Local pickup' : 'Standard Shipping'), ['commerce.shipping.shippingMethod']],
    ['Delivery Price', (c, o) => (ap(o)[3] * o.qty >= 40 ? '0.00' : '5.99'), ['commerce.shipping.shippingAmount']],
    ['Shipping Name', (c) => c.full, []],
    ['Shipping Address1', (c) => c.street, [SHIP('street1')]],
    ['Shipping Address2', (c) => c.street2, [SHIP('street2')]],
    ['Shipping City', (c) => c.city, [SHIP('city')]],
    ['Shipping Province', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping Country', () => 'US', [SHIP('countryCode'), SHIP('country')]],
    ['Shipping Phone', (c, o, r) => (r() < 0.5 ? c.phone : ''), [], opt],
    ['Order Name', (c, o) => `#${3001 + (+o.id % 7000)}`, [OR('purchaseID')], opt],
    ['Payment Method', (c, o) => ['Visa •••• 4242', 'Mastercard •••• 5100', 'Shop Pay', 'American Express •••• 1005'][+o.id % 4], [OR('payments[0].paymentType')], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'statsig-first-exposures', product: 'Statsig (first_exposures_report of an experiment, as Statsig\'s data export delivers it; a US e-commerce app)', family: 'analytics', language: 'en', schema: E, cols: [
    ['company_id', () => '5oVq3cXhY2nTfL8kBdRz1a', []],
    ['name', () => 'checkout_flow_v2', [], opt],
    ['rule', () => 'launchedGroup', []],
    ['experiment_group', (c, o) => ST_GROUP[+o.id % ST_GROUP.length], [], opt],
    ['group_id', (c, o) => ['4HbgLdfqlIeN3sHkyMG1qC', '4HbgLfRzpTAe2VqkDn7WxY', '4HbgLgU9mCkQp3bJxs0eLt'][+o.id % 3], [], opt],
    ['exposure_type', () => 'experiment', [], opt],
    ['unit_type', () => 'userID', []],
    ['unit_id', (c) => `u_${c.id}`, [], opt],
    ['user_id', (c) => `u_${c.id}`, ['identityMap{}[0].id'], opt],
    ['stable_id', (c, o, r) => v.uuid(r), ['endUserIDs._experience.mcid.id'], opt],
    ['first_exposure_utc', (c, o) => new Date(o.at).toISOString().replace('T', ' ').replace('Z', ''), ['timestamp']],
    ['first_exposure_pst_date', (c, o) => pstDate(o.at), [], opt],
    ['as_of_pst_date', (c, o) => pstDate(o.at + 14 * 86400000), []],
    ['percents', () => '50', []],
    ['rollout', () => '100', []],
    ['user_dimensions', (c) => ST_DIM[+c.id % ST_DIM.length], []],
  ] },
  { name: 'contentsquare-sessions', product: 'Contentsquare (Session Replay > session list > Export, CSV; a US outdoor retailer\'s site)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Session ID', (c, o, r) => `${v.int(r, 1, 9)}${v.hex(r, 15)}`, ['_id'], opt],
    ['User ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['Start date', (c, o) => csTime(o.at), ['timestamp']],
    ['Session duration (s)', (c, o) => String(csDur(o)), ['environment.duration'], opt],
    ['Number of pageviews', (c, o) => String(1 + (+o.id % 18)), ['web.webPageDetails.pageViews.value'], opt],
    ['Entry page', (c, o) => csPage(o)[1], ['web.webPageDetails.URL']],
    ['Entry page group', (c, o) => csPage(o)[0], ['web.webPageDetails.siteSection'], opt],
    ['Exit page', (c, o) => CS_PAGES[(+o.id >> 1) % CS_PAGES.length][1], []],
    ['Referrer', (c, o, r) => v.pick(r, ['', 'https://www.google.com/', 'https://www.instagram.com/', 'https://www.bing.com/']), ['web.webReferrer.URL']],
    ['Traffic source', (c, o, r) => v.pick(r, ['Direct', 'Organic search', 'Paid search', 'Social', 'Email']), ['web.webReferrer.type'], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['', '', 'fall_gear_2024', 'newsletter_wk42']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Device', (c, o, r) => v.pick(r, ['Desktop', 'Mobile', 'Mobile', 'Tablet']), ['device.type']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Edge', 'Firefox', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['Operating system', (c, o, r) => v.pick(r, ['Windows', 'iOS', 'Android', 'Mac OS']), ['environment.operatingSystem']],
    ['Screen resolution', (c, o, r) => v.pick(r, ['1920x1080', '390x844', '1440x900', '820x1180']), [], opt],
    ['Country', (c) => csGeo(c)[0], ['placeContext.geo.countryCode'], opt],
    ['Region', (c) => csGeo(c)[1], ['placeContext.geo.stateProvince'], opt],
    ['City', (c) => csGeo(c)[2], ['placeContext.geo.city']],
    ['Transactions', (c, o) => String(+o.id % 7 === 0 ? 1 : 0), [], opt],
    ['Revenue', (c, o) => (+o.id % 7 === 0 ? o.subtotal.toFixed(2) : '0'), [], opt],
    ['Frustration score', (c, o) => String(+o.id % 10), []],
    ['Rage clicks', (c, o) => String(+o.id % 13 === 0 ? 3 : 0), []],
    ['Errors', (c, o) => String(+o.id % 11 === 0 ? 1 : 0), []],
    ['Replay link', (c, o, r) => `https://app.contentsquare.com/#/session-replay?pid=8841&uu=${v.uuid(r)}&recordingType=cs`, [], opt],
  ] },
]
