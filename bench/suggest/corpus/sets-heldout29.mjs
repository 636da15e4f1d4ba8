// Round 29, heldout29: held-out sets added in round 29, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, GEO, UA, BROWSERS, OSES, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { inPhone } from './values8.mjs'
import { pad, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const pick = (xs, n) => xs[n % xs.length]

// OnePageCRM: contacts of a Dublin web agency (Profile > Import and Export Contacts > Export, CSV; Irish contacts,
// Irish times, one column per phone and e-mail type).
const IE_FIRST = ['Aoife', 'Ciarán', 'Niamh', 'Seán', 'Siobhán', 'Darragh', 'Orla', 'Cian', 'Gráinne', 'Eoin']
const IE_LAST = ['Murphy', 'Kelly', 'O\'Sullivan', 'Walsh', 'Byrne', 'Ryan', 'O\'Brien', 'Doyle', 'McCarthy', 'Nolan']
const IE_TOWN = [['Dublin 2', 'Co. Dublin', 'D02 X285', '1'], ['Cork', 'Co. Cork', 'T12 W8NN', '21'], ['Galway', 'Co. Galway', 'H91 E2K3', '91'], ['Limerick', 'Co. Limerick', 'V94 T9PX', '61'], ['Kilkenny', 'Co. Kilkenny', 'R95 A2C6', '56'], ['Sligo', 'Co. Sligo', 'F91 YX39', '71']]
const IE_STREET = ['Baggot Street Lower', 'Grand Parade', 'Eyre Square', 'O\'Connell Street', 'Parliament Street', 'Wine Street', 'Harcourt Road', 'Dock Road']
const IE_CO = [['Harbour Digital Ltd', 'harbourdigital.ie'], ['Kinsale Analytics', 'kinsaleanalytics.com'], ['Burren Foods Ltd', 'burrenfoods.ie'], ['Liffey Logistics', 'liffeylogistics.ie'], ['Corrib Software', 'corribsoftware.com'], ['Shannon Fit-Out Ltd', 'shannonfitout.ie']]
const IE_JOB = ['Managing Director', 'Marketing Manager', 'Head of Operations', 'Financial Controller', 'Office Manager', 'Founder']
const ie = (c) => { const n = +c.id; const first = pick(IE_FIRST, n); const last = pick(IE_LAST, n >> 2); const [town, county, eircode, area] = pick(IE_TOWN, n >> 1); const [co, dom] = pick(IE_CO, n >> 3); return { first, last, town, county, eircode, area, co, dom, street: `${1 + (n % 88)} ${pick(IE_STREET, n >> 4)}`, job: pick(IE_JOB, n >> 5), work: `+353 ${area} ${400 + (n % 500)} ${pad(n % 10000, 4)}`, mobile: `+353 8${pick([3, 5, 6, 7, 9], n)} ${100 + (n % 900)} ${pad((n * 7) % 10000, 4)}`, mail: `${slug(first)}.${slug(last)}@${dom}`, home: `${slug(first)}${slug(last)}${n % 90}@${pick(['gmail.com', 'eircom.net', 'hotmail.com'], n)}` } }
const dublin = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const OP_ST = ['Lead', 'Lead', 'Prospect', 'Customer', 'Customer', 'Trial', 'Inactive', 'Partner']
const OP_SRC = ['Web', 'Referral', 'Advertisement', 'Email', 'Cold Call', 'Trade Show', '']

// EngageBay: contacts of a US marketing agency's CRM (Contacts > Export, CSV; times in US Central, the default
// contact properties plus the social columns).
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const ebTime = (ms) => { const p = central(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const EB_STAGE = ['Subscriber', 'Lead', 'Lead', 'Marketing Qualified Lead', 'Sales Qualified Lead', 'Opportunity', 'Customer', 'Evangelist']
const EB_SUB = ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced']
const ebDomain = (c) => c.workEmail.split('@')[1]

// SendX: a US e-commerce brand's audience (Contacts > Export, CSV; custom fields Phone and Shopify Customer ID).
const SX_ST = ['Subscribed', 'Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced', 'Spam Reported']
const sxSt = (c) => pick(SX_ST, +c.id)
const SX_LISTS = ['Newsletter', 'Newsletter, Customers', 'Customers', 'Newsletter, Giveaway 2024', 'Popup Leads']
const SX_TAGS = ['', 'popup', 'shopify', 'shopify, vip', 'quiz-completed', '']
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const sxTime = (ms) => { const p = eastern(ms); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y}, ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }

// Elastic Email: a UK homeware shop's contacts (Contacts > Export, CSV; the contact fields of Elastic Email's API v4
// in their PascalCase names, then the account's custom fields).
const EE_ST = ['Active', 'Active', 'Engaged', 'Engaged', 'Inactive', 'Unsubscribed', 'Bounced', 'Stale', 'NotConfirmed', 'Abuse']
const eeSt = (c) => pick(EE_ST, +c.id)
const EE_SRC = ['WebForm', 'FileUpload', 'ContactApi', 'ManualInput', 'DeliveryApi']
const eeIso = (ms) => new Date(ms).toISOString().slice(0, 19)
const UK = [['Manchester', 'M4 1HN'], ['Leeds', 'LS1 4AP'], ['Bristol', 'BS1 5TR'], ['Brighton', 'BN1 1AE'], ['Glasgow', 'G2 8LY'], ['Cardiff', 'CF10 1EP'], ['Norwich', 'NR2 1NR']]
const ukMobile = (c) => `07${pick(['4', '5', '7', '8', '9'], +c.id)}${pad(+c.id % 100)} ${100000 + ((+c.id * 13) % 900000)}`

// HESK 3: tickets of a small US hosting company's help desk (Tickets > Export, the Excel XML file HESK writes; its
// header as inc/export_functions.inc.php writes it in the English language file's words, the admin's custom fields
// Phone, Domain and Order number before the closing Ticket URL).
const HK_CAT = ['General', 'Billing', 'Technical support', 'Domains', 'Sales questions']
const HK_PRI = ['Low', 'Medium', 'Medium', 'High', 'Critical']
const HK_ST = ['New', 'Waiting reply', 'Replied', 'In Progress', 'On Hold', 'Resolved', 'Resolved']
const hkSt = (o) => pick(HK_ST, +o.id >> 2)
const hkTrack = (r) => { const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; const s = (n) => Array.from({ length: n }, () => a[v.int(r, 0, a.length - 1)]).join(''); return `${s(3)}-${s(3)}-${s(4)}` }
const hkDate = (ms) => { const p = central(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.000` }
const HK_SUBJ = [['Cannot log in to cPanel', 'Hi, since this morning I get "invalid login" on cPanel although I reset the password twice.'], ['Invoice charged twice', 'My card was charged twice for invoice #20931, please refund one of them.'], ['Domain transfer stuck', 'The transfer of my domain has been pending for 6 days, the auth code was accepted.'], ['Website very slow', 'Pages take 10+ seconds to load since yesterday evening.'], ['Upgrade to VPS?', 'We are outgrowing shared hosting, what would the migration to a VPS involve?']]

// Jitbit Helpdesk: an IT service desk's tickets (Tickets > Export to Excel; a UK managed-service provider, UK times,
// the ticket list's columns and the custom field Asset tag).
const london = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const JB_CAT = ['Hardware', 'Software', 'Network', 'Accounts & Access', 'Printing', 'Email']
const JB_ST = ['New', 'In progress', 'In progress', 'Waiting for customer', 'Closed', 'Closed', 'Closed']
const jbSt = (o) => pick(JB_ST, +o.id)
const JB_PRI = ['Low', 'Normal', 'Normal', 'High', 'Critical']
const JB_TECH = ['Tom Hughes', 'Priya Shah', 'Callum Reid', '']
const JB_CO = ['Ashford Dental Practice', 'Hale & Partners LLP', 'Northgate Estates', 'Brightwell Academy Trust', 'Kestrel Engineering Ltd']
const JB_SUBJ = ['Laptop will not boot after update', 'Outlook keeps asking for password', 'New starter account - Monday', 'Printer on 2nd floor offline', 'VPN disconnects every 10 minutes', 'Shared drive permissions for Finance']

// UVdesk: customers of an Indian electronics store's help desk (Customers > Export, CSV; IST times, Indian mobiles).
const IN_FIRST = [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Vikram', 'Ananya'], ['Arjun', 'Kavya'], ['Rohan', 'Pooja'], ['Karthik', 'Divya']]
const IN_LAST = ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Mehta']
const IN_CITY = ['Bengaluru', 'Mumbai', 'Pune', 'Hyderabad', 'Chennai', 'New Delhi', 'Ahmedabad']
const inn = (c) => { const n = +c.id; const first = pick(IN_FIRST, n)[c.female ? 1 : 0]; const last = pick(IN_LAST, n >> 2); return { first, last, email: `${slug(first)}.${slug(last)}${n % 100}@${pick(['gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com'], n)}`, city: pick(IN_CITY, n >> 1) } }
const ist = (ms) => { const p = shift(ms, 5.5); return ymdhms(p) }
const UV_ORG = ['', '', 'Infosys Ltd', 'Sharma Traders', '', 'Zenith Retail Pvt Ltd']
const UV_SRC = ['website', 'email', 'website', 'facebook', 'twitter', 'app']

// HeyReach: leads of a LinkedIn outreach campaign (Campaigns > Leads > Export CSV; a US SaaS company's sender accounts).
const HR_CO = [['Northwind Labs', 'Computer Software'], ['Bluepeak Health', 'Hospital & Health Care'], ['Cascade Freight', 'Logistics and Supply Chain'], ['Quantum Ledger', 'Financial Services'], ['Atlas Retail Group', 'Retail']]
const HR_POS = ['VP of Sales', 'Head of Revenue Operations', 'Director of Marketing', 'Chief Operating Officer', 'Sales Development Manager', 'Founder & CEO']
const HR_ST = ['Connection sent', 'Connection sent', 'Connected', 'Connected', 'Message sent', 'Replied', 'Not interested', 'Finished']
const hrSt = (c) => pick(HR_ST, +c.id)
const hrIso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const HR_LOC = ['Austin, Texas, United States', 'Greater Chicago Area', 'San Francisco Bay Area', 'New York, New York, United States', 'Denver, Colorado, United States', 'Toronto, Ontario, Canada']

// PhantomBuster: the Sales Navigator Search Export phantom's result CSV (a lead list search; its camelCase result keys).
const PB_CO = [['Helix Biotech', 'Biotechnology Research', 'Boston, Massachusetts, United States', 18342211], ['Ridgeway Capital', 'Investment Management', 'New York, New York, United States', 2290457], ['Sonder Devices', 'Medical Equipment Manufacturing', 'San Diego, California, United States', 77120339], ['Fathom Cloud', 'Software Development', 'Seattle, Washington, United States', 10488215]]
const PB_TITLE = ['Director of Procurement', 'Head of IT', 'VP Finance', 'Operations Manager', 'Chief Technology Officer']
const PB_PAST = [['Accenture', 'Senior Consultant', 1033], ['', '', 0], ['Deloitte', 'Manager', 1038], ['Amazon Web Services (AWS)', 'Solutions Architect', 2382910], ['', '', 0], ['GE HealthCare', 'Sourcing Specialist', 1015]]
const pbVmid = (c) => `ACwAA${(+c.id * 2654435761 >>> 0).toString(36).toUpperCase()}${c.last.slice(0, 3)}${(+c.id).toString(36)}Bq4`
const pbDur = (n) => `${1 + (n % 9)} year${n % 9 ? 's' : ''} ${n % 12} month${n % 12 === 1 ? '' : 's'} in role`

// Optimizely: the Experimentation Events Export's conversion events (its documented fields, flattened to CSV, nested
// arrays as JSON; an online shop's Web Experimentation project).
const OPT_EV = [['add_to_cart', 'custom'], ['purchase', 'custom'], ['checkout_started', 'custom'], ['cta_click', 'click'], ['pricing_page', 'pageview']]
const optEv = (o) => pick(OPT_EV, +o.id)
const optIso = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')

// Inspectlet: a site's recorded sessions (Dashboard > Session Recordings > Export, CSV; US Pacific times).
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const ilTime = (ms) => { const p = pacific(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const GEO_ROWS = [['US', 'California', 'Los Angeles'], ['US', 'New York', 'Brooklyn'], ['GB', 'England', 'London'], ['CA', 'Ontario', 'Toronto'], ['US', 'Texas', 'Houston'], ['AU', 'Victoria', 'Melbourne'], ['DE', 'Bavaria', 'Munich']]
const geo = (i) => pick(GEO_ROWS, i)
const IL_PAGES = ['https://www.trailgear.com/', 'https://www.trailgear.com/tents/2-person', 'https://www.trailgear.com/cart', 'https://www.trailgear.com/checkout', 'https://www.trailgear.com/blog/packing-list']
const ilDur = (r) => { const s = v.int(r, 8, 2400); return `${Math.floor(s / 60)}m ${s % 60}s` }

// Usermaven: raw events of a B2B SaaS product (its event export, one row per event; the tracking library's field names).
const UM_EV = ['pageview', 'pageview', 'pageview', 'signed_up', 'trial_started', 'invited_teammate', 'plan_upgraded']
const umEv = (o) => pick(UM_EV, +o.id)
const UM_PATH = ['/', '/pricing', '/dashboard', '/settings/billing', '/integrations', '/signup']

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'onepagecrm-contacts', product: 'OnePageCRM (Profile > Import and Export Contacts > Export, CSV; a Dublin web agency\'s contacts, Irish times)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => v.hex(r, 24), B2BID],
    ['Title', (c) => (c.female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => ie(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ie(c).last, ['person.name.lastName']],
    ['Job Title', (c) => ie(c).job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => ie(c).co, ['b2b.companyName', 'organizations[0]']],
    ['Status', (c) => pick(OP_ST, +c.id), ['b2b.personStatus'], opt],
    ['Lead Source', (c) => pick(OP_SRC, +c.id >> 1), ['b2b.personSource'], opt],
    ['Owner', (c) => pick(['Fiona Walsh', 'Declan Moore', 'Fiona Walsh'], +c.id), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'web-redesign', 'seo, retainer', 'hot']), []],
    ['Starred', (c) => (+c.id % 6 === 0 ? 'Yes' : 'No'), []],
    ['Work Phone', (c, o, r) => (r() < 0.8 ? ie(c).work : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.6 ? ie(c).mobile : ''), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.08 ? `+353 ${ie(c).area} ${200 + (+c.id % 700)} ${pad(+c.id % 1000, 4)}` : ''), ['homePhone.number']],
    ['Direct Phone', (c, o, r) => (r() < 0.2 ? `+353 ${ie(c).area} ${600 + (+c.id % 300)} ${pad((+c.id * 3) % 10000, 4)}` : ''), ['workPhone.number', 'otherPhone.number'], opt],
    ['Work Email', (c) => ie(c).mail, ['workEmail.address']],
    ['Home Email', (c, o, r) => (r() < 0.15 ? ie(c).home : ''), ['personalEmail.address']],
    ['Other Email', (c, o, r) => (r() < 0.05 ? `accounts@${ie(c).dom}` : ''), [], opt],
    ['Website', (c) => `https://www.${ie(c).dom}`, ['b2b.companyWebsite']],
    ['Address', (c) => ie(c).street, at(['workAddress', ...HOME], 'street1')],
    ['City', (c) => ie(c).town, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => ie(c).county, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip Code', (c) => ie(c).eircode, at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'Ireland', at(['workAddress', ...HOME], 'country')],
    ['Background', (c, o, r) => v.pick(r, ['', '', 'Met at Web Summit', 'Referred by Harbour Digital', 'Wants quote for Shopify build']), []],
    ['Next Action', (c) => pick(['Send proposal', 'Follow up call', 'Book discovery meeting', '', 'Check in after launch'], +c.id), []],
    ['Next Action Date', (c) => (+c.id % 5 === 3 ? '' : dublin(Math.max(c.created, c.updated) + 7 * 86400000).slice(0, 10)), [], opt],
    ['Date Added', (c) => dublin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => dublin(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'engagebay-contacts', product: 'EngageBay (Contacts > Export, CSV; a US marketing agency\'s CRM, US Central times)', family: 'crm', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.75 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Role', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Website', (c, o, r) => (r() < 0.7 ? `https://${ebDomain(c)}` : ''), ['b2b.companyWebsite']],
    ['Address', (c, o, r) => (r() < 0.5 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Owner', (c) => pick(['Megan Price', 'Tyler Brooks', 'Megan Price', 'Ray Alvarez'], +c.id), []],
    ['Score', (c) => String((+c.id * 7) % 120), ['b2b.personScore']],
    ['Lifecycle Stage', (c) => pick(EB_STAGE, +c.id), ['b2b.personStatus'], opt],
    ['Source', (c) => pick(['Web Form', 'Landing Page', 'Import', 'Chat', 'Manual', 'Facebook Lead Ad'], +c.id >> 1), ['b2b.personSource'], opt],
    ['Subscription Status', (c) => pick(EB_SUB, +c.id >> 2), ['workEmail.status', 'personalEmail.status'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'webinar-q2', 'ebook-download', 'demo-request, hot']), []],
    ['Facebook', (c, o, r) => (r() < 0.15 ? `https://www.facebook.com/${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.15 ? `https://twitter.com/${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.45 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Created Date', (c) => ebTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated Date', (c) => ebTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Contacted', (c, o, r) => (r() < 0.6 ? ebTime(Math.max(c.created, c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'sendx-contacts', product: 'SendX (Contacts > Export, CSV; a US e-commerce brand\'s audience with custom fields Phone and Shopify Customer ID)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c, o, r) => (r() < 0.85 ? c.first : ''), ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Company', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Birthday', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Status', (c) => sxSt(c), ['personalEmail.status'], opt],
    ['Lists', (c) => pick(SX_LISTS, +c.id), []],
    ['Tags', (c) => pick(SX_TAGS, +c.id >> 1), []],
    ['Source', (c) => pick(['Popup: Spin to Win', 'Landing Page', 'Import', 'API', 'Inline Form'], +c.id), [], opt],
    ['IP Address', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), []],
    ['Country', (c, o, r) => (r() < 0.7 ? 'United States' : ''), at(HOME, 'country')],
    ['City', (c, o, r) => (r() < 0.5 ? c.city : ''), at(HOME, 'city')],
    ['Phone', (c, o, r) => (r() < 0.3 ? c.mobile.replace(/[^\d+]/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Shopify Customer ID', (c) => (+c.id % 3 === 0 ? '' : String(6100000000000 + +c.id * 11)), ['personID', '_id'], opt],
    ['Created At', (c) => sxTime(c.created), [], opt],
    ['Updated At', (c) => sxTime(Math.max(c.created, c.updated)), [], opt],
    ['Last Opened', (c, o, r) => (sxSt(c) === 'Subscribed' && r() < 0.7 ? sxTime(c.updated) : ''), []],
    ['Last Clicked', (c, o, r) => (sxSt(c) === 'Subscribed' && r() < 0.4 ? sxTime(c.updated) : ''), []],
  ] },
  { name: 'elastic-email-contacts', product: 'Elastic Email (Contacts > Export, CSV; the contact fields of its API v4, then a UK homeware shop\'s custom fields)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email.replace(/@.*/, `@${pick(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'], +c.id)}`), ['personalEmail.address']],
    ['FirstName', (c, o, r) => (r() < 0.8 ? c.first : ''), ['person.name.firstName']],
    ['LastName', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Status', (c) => eeSt(c), ['personalEmail.status'], opt],
    ['Source', (c) => pick(EE_SRC, +c.id >> 1), [], opt],
    ['DateAdded', (c) => eeIso(c.created), [], opt],
    ['DateUpdated', (c) => eeIso(Math.max(c.created, c.updated)), [], opt],
    ['StatusChangeDate', (c) => (['Active', 'NotConfirmed'].includes(eeSt(c)) ? '' : eeIso(Math.max(c.created, c.updated))), [], opt],
    ['ConsentIP', (c, o, r) => (pick(EE_SRC, +c.id >> 1) === 'WebForm' ? v.ip4(r) : ''), []],
    ['ConsentDate', (c) => (pick(EE_SRC, +c.id >> 1) === 'WebForm' ? eeIso(c.created) : ''), [], opt],
    ['ConsentTracking', (c) => pick(['Allow', 'Allow', 'Unknown', 'Deny'], +c.id), [], opt],
    ['TotalSent', (c) => String(+c.id % 140), []],
    ['TotalOpened', (c) => String(Math.floor((+c.id % 140) * 0.35)), []],
    ['TotalClicked', (c) => String(Math.floor((+c.id % 140) * 0.06)), []],
    ['TotalFailed', (c) => (eeSt(c) === 'Bounced' ? '1' : '0'), []],
    ['LastSent', (c) => eeIso(c.updated), []],
    ['LastOpened', (c, o, r) => (r() < 0.6 ? eeIso(c.updated - 3600000) : ''), []],
    ['LastClicked', (c, o, r) => (r() < 0.25 ? eeIso(c.updated - 3000000) : ''), []],
    ['LastIP', (c, o, r) => (r() < 0.5 ? v.ip4(r) : ''), []],
    ['city', (c, o, r) => (r() < 0.5 ? pick(UK, +c.id)[0] : ''), at(HOME, 'city')],
    ['postcode', (c, o, r) => (r() < 0.4 ? pick(UK, +c.id)[1] : ''), at(HOME, 'postalCode')],
    ['mobile', (c, o, r) => (r() < 0.3 ? ukMobile(c) : ''), ['mobilePhone.number']],
    ['birthday', (c, o, r) => (r() < 0.25 ? f.eu(c.birth).slice(0, 5) : ''), ['person.birthDayAndMonth']],
    ['customer_since', (c, o, r) => (r() < 0.4 ? f.eu(c.created) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk
  { name: 'hesk-tickets', product: 'HESK 3 (Tickets > Export, the Excel XML file HESK writes; a US hosting company\'s help desk with custom fields Phone, Domain and Order number)', family: 'support', language: 'en', schema: E, cols: [
    ['#', (c, o) => String(1200 + (+o.id % 8000)), ['_id'], opt],
    ['Tracking ID', (c, o, r) => hkTrack(r), ['_id']],
    ['Date', (c, o) => hkDate(o.at), ['timestamp']],
    ['Updated', (c, o) => hkDate(o.at + (1 + (+o.id % 72)) * 3600000), [], opt],
    ['First reply at', (c, o) => (hkSt(o) === 'New' ? '' : hkDate(o.at + (1 + (+o.id % 9)) * 1800000)), [], opt],
    ['Resolved at', (c, o) => (hkSt(o) === 'Resolved' ? hkDate(o.at + (1 + (+o.id % 72)) * 3600000) : ''), [], opt],
    ['Name', (c) => c.full, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Followers', (c, o) => (+o.id % 7 === 3 ? 'Karen Young' : ''), []],
    ['Category', (c, o) => pick(HK_CAT, +o.id), []],
    ['Priority', (c, o) => pick(HK_PRI, +o.id >> 1), []],
    ['Status', (c, o) => hkSt(o), [], opt],
    ['Subject', (c, o) => pick(HK_SUBJ, +o.id)[0], []],
    ['Message', (c, o) => pick(HK_SUBJ, +o.id)[1], []],
    ['Owner', (c, o) => (hkSt(o) === 'New' ? '' : pick(['Mike Reyes', 'Jenna Kowalski', 'Mike Reyes'], +o.id)), []],
    ['Replies', (c, o) => (hkSt(o) === 'New' ? '0' : String(1 + (+o.id % 6))), []],
    ['Replies (Staff)', (c, o) => (hkSt(o) === 'New' ? '0' : String(1 + (+o.id % 3))), []],
    ['Time worked', (c, o) => `00:${pad(+o.id % 60)}:${pad((+o.id * 7) % 60)}`, []],
    ['Due date', (c, o) => (pick(HK_PRI, +o.id >> 1) === 'Critical' ? hkDate(o.at + 86400000).slice(0, 10) + 'T00:00:00.000' : ''), []],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Domain', (c) => `${slug(c.last)}${pick(['studio', 'plumbing', 'photo', 'bakery'], +c.id)}.com`, []],
    ['Order number', (c, o, r) => (r() < 0.5 ? String(v.int(r, 40000, 99999)) : ''), [OR('purchaseID')], opt],
    ['Ticket URL', (c, o, r) => `https://support.hostwavecloud.com/admin/admin_ticket.php?track=${hkTrack(r)}`, []],
  ] },
  { name: 'jitbit-tickets', product: 'Jitbit Helpdesk (Tickets > Export to Excel; a UK managed-service provider\'s tickets, UK times, custom field Asset tag)', family: 'support', language: 'en', schema: E, cols: [
    ['ID', (c, o) => String(48000 + (+o.id % 9000)), ['_id']],
    ['Subject', (c, o) => pick(JB_SUBJ, +o.id), []],
    ['Category', (c, o) => pick(JB_CAT, +o.id >> 1), []],
    ['Status', (c, o) => jbSt(o), [], opt],
    ['Priority', (c, o) => pick(JB_PRI, +o.id >> 2), []],
    ['Submitted by', (c) => c.full, []],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(pick(JB_CO, +c.id).split(' ')[0])}.co.uk`, ['endUserIDs._experience.emailid.id'], opt],
    ['Company', (c) => pick(JB_CO, +c.id), []],
    ['Phone', (c, o, r) => (r() < 0.35 ? `01${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Assigned to', (c, o) => pick(JB_TECH, +o.id), []],
    ['Date', (c, o) => london(o.at), ['timestamp']],
    ['Last updated', (c, o) => london(o.at + (2 + (+o.id % 50)) * 3600000), [], opt],
    ['Due date', (c, o) => (+o.id % 3 === 0 ? london(o.at + 3 * 86400000) : ''), []],
    ['Resolved', (c, o) => (jbSt(o) === 'Closed' ? london(o.at + (5 + (+o.id % 60)) * 3600000) : ''), [], opt],
    ['Origin', (c, o) => pick(['Email', 'Email', 'Web', 'Phone', 'Technician'], +o.id >> 3), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'm365', 'onboarding', 'urgent, on-site']), []],
    ['Time spent', (c, o) => `${+o.id % 4}h ${pad((+o.id * 5) % 60)}m`, []],
    ['Asset tag', (c, o, r) => (r() < 0.5 ? `AST-${v.int(r, 1000, 9999)}` : ''), []],
  ] },
  { name: 'uvdesk-customers', product: 'UVdesk (Customers > Export, CSV; an Indian electronics store\'s help desk customers, IST times)', family: 'support', language: 'en', schema: P, cols: [
    ['Id', (c) => String(2000 + (+c.id % 30000)), ['_id', 'personID'], opt],
    ['First Name', (c) => inn(c).first, ['person.name.firstName']],
    ['Last Name', (c) => inn(c).last, ['person.name.lastName']],
    ['Email', (c) => inn(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Contact Number', (c, o, r) => (r() < 0.7 ? inPhone(r) : ''), ['mobilePhone.number', 'homePhone.number', 'workPhone.number']],
    ['Organization', (c) => pick(UV_ORG, +c.id), ['organizations[0]']],
    ['City', (c, o, r) => (r() < 0.6 ? inn(c).city : ''), at(HOME, 'city'), opt],
    ['Country', () => 'India', at(HOME, 'country'), opt],
    ['Timezone', () => 'Asia/Kolkata', []],
    ['Status', (c) => (+c.id % 9 === 4 ? 'Disabled' : 'Active'), [], opt],
    ['Email Verified', (c) => (+c.id % 4 === 0 ? 'No' : 'Yes'), [], opt],
    ['Source', (c) => pick(UV_SRC, +c.id), [], opt],
    ['Tickets', (c) => String(1 + (+c.id % 7)), []],
    ['Open Tickets', (c) => String(+c.id % 2), []],
    ['Created At', (c) => ist(c.created), [], opt],
    ['Last Ticket At', (c) => ist(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'heyreach-leads', product: 'HeyReach (Campaigns > Leads > Export CSV; a LinkedIn outreach campaign of a US SaaS company)', family: 'b2b', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Profile URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id).toString(16).slice(0, 6)}`, []],
    ['Headline', (c) => `${pick(HR_POS, +c.id)} at ${pick(HR_CO, +c.id >> 1)[0]} | ${pick(['Scaling GTM teams', 'B2B growth', 'Ex-Oracle', 'Building in public'], +c.id)}`, []],
    ['Position', (c) => pick(HR_POS, +c.id), ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c) => pick(HR_CO, +c.id >> 1)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Industry', (c) => pick(HR_CO, +c.id >> 1)[1], []],
    ['Location', (c) => pick(HR_LOC, +c.id >> 2), [], opt],
    ['Email Address', (c, o, r) => (r() < 0.55 ? `${slug(c.first)}@${slug(pick(HR_CO, +c.id >> 1)[0])}.com` : ''), ['workEmail.address']],
    ['Enriched Email', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Phone', (c, o, r) => (r() < 0.15 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Summary', (c, o, r) => v.pick(r, ['', 'I help revenue teams hit quota with less tooling.', '15 years in supply chain, now leading ops.']), []],
    ['Campaign', () => 'Q3 RevOps leaders - US', []],
    ['LinkedIn Sender', (c) => pick(['Jake Morrison', 'Emily Chen', 'Jake Morrison'], +c.id), []],
    ['Lead Status', (c) => hrSt(c), ['b2b.personStatus'], opt],
    ['Connection Request Sent At', (c) => hrIso(c.created), [], opt],
    ['Connected At', (c) => (['Connection sent'].includes(hrSt(c)) ? '' : hrIso(c.created + 2 * 86400000)), [], opt],
    ['Last Action At', (c) => hrIso(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Replied', (c) => (['Replied', 'Not interested'].includes(hrSt(c)) ? 'true' : 'false'), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'icp-a', 'warm', 'follow-up']), []],
  ] },
  { name: 'phantombuster-salesnav-leads', product: 'PhantomBuster (Sales Navigator Search Export phantom, result CSV of a lead search; its camelCase result keys)', family: 'b2b', language: 'en', schema: B, cols: [
    ['profileUrl', (c, o, r) => `https://www.linkedin.com/sales/lead/${pbVmid(c)},NAME_SEARCH,${v.alnum(r, 4)}`, []],
    ['fullName', (c) => c.full, ['person.name.fullName']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['companyName', (c) => pick(PB_CO, +c.id)[0], ['b2b.companyName', 'organizations[0]']],
    ['title', (c) => pick(PB_TITLE, +c.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['companyId', (c) => String(pick(PB_CO, +c.id)[3]), [], opt],
    ['companyUrl', (c) => `https://www.linkedin.com/sales/company/${pick(PB_CO, +c.id)[3]}`, []],
    ['regularCompanyUrl', (c) => `https://www.linkedin.com/company/${pick(PB_CO, +c.id)[3]}`, []],
    ['summary', (c, o, r) => v.pick(r, ['', 'Procurement leader focused on supplier diversity.', 'Building resilient infrastructure teams.']), []],
    ['titleDescription', (c, o, r) => v.pick(r, ['', 'Own the vendor portfolio across 4 sites.', '']), []],
    ['industry', (c) => pick(PB_CO, +c.id)[1], []],
    ['companyLocation', (c) => pick(PB_CO, +c.id)[2], [], opt],
    ['location', (c) => `${c.city}, ${({ NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' })[c.region] ?? c.region}, United States`, [], opt],
    ['durationInRole', (c) => pbDur(+c.id), []],
    ['durationInCompany', (c) => `${3 + (+c.id % 9)} years ${(+c.id >> 2) % 12} month${(+c.id >> 2) % 12 === 1 ? '' : 's'} in company`, []],
    ['pastExperienceCompanyName', (c) => pick(PB_PAST, +c.id)[0], []],
    ['pastExperienceCompanyUrl', (c) => (pick(PB_PAST, +c.id)[0] ? `https://www.linkedin.com/sales/company/${pick(PB_PAST, +c.id)[2]}` : ''), []],
    ['pastExperienceCompanyTitle', (c) => pick(PB_PAST, +c.id)[1], []],
    ['pastExperienceDate', (c) => (pick(PB_PAST, +c.id)[0] ? `${2010 + (+c.id % 6)} - ${2012 + (+c.id % 6) + (+c.id % 5)}` : ''), []],
    ['pastExperienceDuration', (c) => (pick(PB_PAST, +c.id)[0] ? `${2 + (+c.id % 5)} years` : ''), []],
    ['connectionDegree', (c) => pick(['2nd', '3rd', '2nd', '1st'], +c.id), []],
    ['profileImageUrl', (c, o, r) => (r() < 0.7 ? `https://media.licdn.com/dms/image/v2/${v.alnum(r, 16)}/profile-displayphoto-shrink_800_800/0/${v.int(r, 1600000000, 1720000000)}` : ''), ['extendedWorkDetails.photoUrl'], opt],
    ['sharedConnectionsCount', (c) => String(+c.id % 14), []],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['vmid', (c) => pbVmid(c), B2BID, opt],
    ['linkedInProfileUrl', (c) => `https://www.linkedin.com/in/${pbVmid(c)}`, []],
    ['isPremium', (c) => String(+c.id % 4 === 1), []],
    ['isOpenLink', (c) => String(+c.id % 9 === 2), []],
    ['query', () => 'https://www.linkedin.com/sales/search/people?savedSearchId=1894522731', []],
    ['timestamp', (c) => new Date(c.updated).toISOString(), ['extSourceSystemAudit.createdDate'], opt],
    ['defaultProfileUrl', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id).toString(36)}`, []],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'optimizely-events', product: 'Optimizely (Experimentation Events Export: conversion events in its documented fields, flattened to CSV, nested arrays as JSON; an online shop)', family: 'analytics', language: 'en', schema: E, cols: [
    ['uuid', (c, o, r) => v.uuid(r), ['_id']],
    ['timestamp', (c, o) => optIso(o.at), ['timestamp']],
    ['process_timestamp', (c, o) => optIso(o.at + 1500 + (+o.id % 9000)), [], opt],
    ['visitor_id', (c, o, r) => `oeu${o.at - 86400000 * (+o.id % 40)}r0.${v.int(r, 100000000, 999999999)}`, [], opt],
    ['session_id', (c, o) => String(-(+o.id * 7919) % 2147483647), [], opt],
    ['account_id', () => '8421130032', []],
    ['experiments', (c, o, r) => JSON.stringify([{ campaign_id: '24110940211', experiment_id: '24092210566', variation_id: String(24100000000 + (+o.id % 2)), is_holdback: false }, ...(r() < 0.3 ? [{ campaign_id: '25019977401', experiment_id: '25003112987', variation_id: '25011830017', is_holdback: false }] : [])]), []],
    ['entity_id', (c, o) => String(23950000000 + (+o.id % 5) * 1117), [], opt],
    ['attributes', (c, o, r) => JSON.stringify([{ entity_id: '$opt_user_agent', key: '$opt_user_agent', type: 'custom', value: v.pick(r, ['desktop', 'mobile']) }, { entity_id: '22810150431', key: 'logged_in', type: 'custom', value: String(+o.id % 3 === 0) }]), []],
    ['user_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['user_agent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['referer', (c, o, r) => v.pick(r, ['https://www.google.com/', 'https://shop.example.com/collections/sale', '', 'https://l.instagram.com/']), ['web.webReferrer.URL']],
    ['event_type', (c, o) => optEv(o)[1], ['eventType'], opt],
    ['event_name', (c, o) => optEv(o)[0], ['eventType'], opt],
    ['revenue', (c, o) => (optEv(o)[0] === 'purchase' ? String(Math.round(o.total * 100)) : ''), [OR('priceTotal')], opt],
    ['value', (c, o) => (optEv(o)[0] === 'add_to_cart' ? o.price.toFixed(2) : ''), [], opt],
    ['quantity', (c, o) => (['purchase', 'add_to_cart'].includes(optEv(o)[0]) ? String(o.qty) : ''), [PL('quantity')], opt],
    ['tags', (c, o) => (optEv(o)[0] === 'purchase' ? JSON.stringify({ revenue: Math.round(o.total * 100), order_id: `SO-${o.id}`, currency: 'USD' }) : '{}'), []],
    ['client_engine', (c, o) => (+o.id % 5 === 0 ? 'python-sdk' : 'js'), []],
    ['client_version', (c, o) => (+o.id % 5 === 0 ? '5.0.1' : '0.215.0'), []],
  ] },
  { name: 'inspectlet-sessions', product: 'Inspectlet (Session Recordings > Export, CSV; an outdoor-gear shop\'s recorded sessions, US Pacific times)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Session ID', (c, o, r) => String(v.int(r, 1000000000, 4200000000)), ['_id'], opt],
    ['Date', (c, o) => ilTime(o.at), ['timestamp']],
    ['Duration', (c, o, r) => ilDur(r), ['environment.duration'], opt],
    ['Pageviews', (c, o, r) => String(v.int(r, 1, 22)), []],
    ['Landing Page', (c, o, r) => v.pick(r, IL_PAGES), ['web.webPageDetails.URL'], opt],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.com/', '', 'https://www.reddit.com/r/CampingGear/', 'https://www.facebook.com/']), ['web.webReferrer.URL']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Country', (c, o, r, i) => geo(i)[0], [GEO('countryCode')]],
    ['Region', (c, o, r, i) => geo(i)[1], [GEO('stateProvince')]],
    ['City', (c, o, r, i) => geo(i)[2], [GEO('city')]],
    ['Browser', (c, o, r) => v.pick(r, BROWSERS), ['environment.browserDetails.name']],
    ['Operating System', (c, o, r) => v.pick(r, OSES), ['environment.operatingSystem']],
    ['Device', (c, o, r) => v.pick(r, ['Desktop', 'Mobile', 'Tablet']), ['device.type']],
    ['Resolution', (c, o, r) => v.pick(r, ['1920x1080', '390x844', '1440x900', '820x1180']), [], opt],
    ['Identity', (c, o, r) => (r() < 0.3 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'added-to-cart', 'checkout, coupon-used', 'form-error']), []],
    ['Watched', (c, o, r) => (r() < 0.2 ? 'Yes' : 'No'), []],
    ['Session URL', (c, o, r) => `https://www.inspectlet.com/dashboard/watchsession/${v.int(r, 100000000, 999999999)}/${v.int(r, 1000000000, 4200000000)}`, []],
  ] },
  { name: 'usermaven-events', product: 'Usermaven (raw event export, one row per event; a B2B SaaS app, the tracking library\'s field names)', family: 'analytics', language: 'en', schema: E, cols: [
    ['event_id', (c, o, r) => v.uuid(r), ['_id']],
    ['event_type', (c, o) => umEv(o), ['eventType'], opt],
    ['_timestamp', (c, o) => new Date(o.at).toISOString(), ['timestamp']],
    ['utc_time', (c, o) => new Date(o.at - 400).toISOString(), ['timestamp'], opt],
    ['local_tz_offset', (c, o) => String(pick([240, 300, 0, -60, -330], +o.id)), ['placeContext.localTimezoneOffset'], opt],
    ['user_anonymous_id', (c, o, r) => v.alnum(r, 10).toLowerCase(), [], opt],
    ['user_id', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : `usr_${c.id}`), [], opt],
    ['user_email', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : c.workEmail), ['endUserIDs._experience.emailid.id'], opt],
    ['user_name', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : c.full), []],
    ['company_id', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : `cmp_${(+c.id % 500) + 100}`), []],
    ['company_name', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : c.company), []],
    ['company_plan', (c, o) => (umEv(o) === 'pageview' && +o.id % 2 ? '' : pick(['free', 'starter', 'pro', 'business'], +c.id)), []],
    ['url', (c, o) => `https://app.flowboard.io${pick(UM_PATH, +o.id)}`, ['web.webPageDetails.URL']],
    ['doc_host', () => 'app.flowboard.io', ['web.webPageDetails.server'], opt],
    ['doc_path', (c, o) => pick(UM_PATH, +o.id), ['web.webPageDetails.URL'], opt],
    ['page_title', (c, o) => `${pick(['Home', 'Pricing', 'Dashboard', 'Billing', 'Integrations', 'Sign up'], +o.id)} | Flowboard`, ['web.webPageDetails.name']],
    ['referer', (c, o, r) => v.pick(r, ['', 'https://www.google.com/', 'https://www.g2.com/products/flowboard/reviews', 'https://app.flowboard.io/dashboard']), ['web.webReferrer.URL']],
    ['utm_source', (c, o, r) => v.pick(r, ['', '', 'google', 'linkedin', 'newsletter']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', '', 'cpc', 'social', 'email']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', '', 'brand_us', 'q3_webinar', 'launch_week']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['source_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['user_agent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['parsed_ua_browser', (c, o, r) => v.pick(r, BROWSERS), ['environment.browserDetails.name']],
    ['parsed_ua_os', (c, o, r) => v.pick(r, OSES), ['environment.operatingSystem']],
    ['parsed_ua_device', (c, o, r) => v.pick(r, ['desktop', 'mobile', 'tablet']), ['device.type']],
    ['screen_resolution', (c, o, r) => v.pick(r, ['1920x1080', '2560x1440', '1440x900', '390x844']), [], opt],
    ['vp_size', (c, o, r) => v.pick(r, ['1903x961', '1440x789', '390x664']), [], opt],
    ['user_language', (c, o, r) => v.pick(r, ['en-US', 'en-GB', 'de-DE', 'en-US']), ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['location_country', (c, o, r, i) => geo(i)[0], [GEO('countryCode')]],
    ['location_region', (c, o, r, i) => geo(i)[1], [GEO('stateProvince')]],
    ['location_city', (c, o, r, i) => geo(i)[2], [GEO('city')]],
  ] },
]
