// Round 80, heldout80: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language (US, UK, Australian and Indian) CRMs and B2B sales
// tools, each with headers as its own UI writes them: a professional-services CRM's invoices, a US power dialer's
// call history, an Indian cloud telephony call log, a field-sales app's door-knock activities, a door-to-door sales
// app's homeowner leads, an Australian real-estate CRM's contacts, an Indian real-estate CRM's leads, an Indian B2B
// prospect finder's list, an Indian B2B contact database's export, a UK CRM's accounts and contacts, an Indian
// cold-outreach tool's prospects and a US small-business CRM's contacts.
import { E, P, B, v, at, HOME, WORK, B2BID, ID, OR, GEO, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// ---------------------------------------------------------------- local times and formats
const day = 86400000
// US Pacific (PST -8, PDT -7 March-October, approximated by month), UK (GMT, BST April-October), India (IST +5:30),
// Sydney (AEST +10, AEDT +11 October-March)
const ptOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 3 && m <= 10 ? -7 : -8 }
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const auOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 9 ? 10 : 11 }
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const usDT = (ms) => { const p = shift(ms, ptOff(ms)); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${h12(p)}` }
const usD = (ms) => { const p = shift(ms, ptOff(ms)); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usDshort = (ms) => { const p = shift(ms, -6); return `${p.m}/${p.d}/${p.y}` }
const usDTshort = (ms) => { const p = shift(ms, -6); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoLocal = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ukD = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukDT = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const auD = (ms) => { const p = shift(ms, auOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const auDT = (ms) => { const p = shift(ms, auOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }
const istD = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const istT = (ms) => { const p = shift(ms, 5.5); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const istDT12 = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${h12(p)}` }
const istMon = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][p.m - 1]} ${p.y}, ${h12(p)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const usd = (n) => n.toFixed(2)
// Indian grouping: 12,34,567.00
const inr = (n) => { const [i, d] = n.toFixed(2).split('.'); const head = i.slice(0, -3), tail = i.slice(-3); return `${head ? head.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' : ''}${tail}.${d}` }
const yesNo = (b) => (b ? 'Yes' : 'No')
const TF = (b) => (b ? 'TRUE' : 'FALSE')

// ---------------------------------------------------------------- people, made up here, seeded per row's person
const memo = new Map()
const mk = (tag, c, fn) => {
  const k = `${tag}:${c.id}:${c.first}`
  if (!memo.has(k)) memo.set(k, fn(v.rng(+c.id * 131 + c.first.length * 7 + tag.length * 17)))
  return memo.get(k)
}
// India: [city, state, PIN prefix, STD code]
const IN_CITIES = [['Mumbai', 'Maharashtra', '400', '22'], ['Pune', 'Maharashtra', '411', '20'], ['Bengaluru', 'Karnataka', '560', '80'], ['Hyderabad', 'Telangana', '500', '40'], ['Chennai', 'Tamil Nadu', '600', '44'], ['New Delhi', 'Delhi', '110', '11'], ['Gurugram', 'Haryana', '122', '124'], ['Ahmedabad', 'Gujarat', '380', '79'], ['Kolkata', 'West Bengal', '700', '33'], ['Noida', 'Uttar Pradesh', '201', '120']]
const IN_FIRST = [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Vikram', 'Ananya'], ['Rohan', 'Pooja'], ['Arjun', 'Kavya'], ['Sandeep', 'Neha'], ['Karthik', 'Divya'], ['Aditya', 'Meera']]
const IN_LAST = ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Deshmukh', 'Mehta', 'Kulkarni', 'Banerjee', 'Singh', 'Rao']
const IN_COS = ['Infobeans Technologies Pvt Ltd', 'Zeta Fintech Pvt Ltd', 'Nimbus Logistics Pvt Ltd', 'Kaveri Pharma Ltd', 'Sahyadri Software Solutions', 'Trident Analytics Pvt Ltd', 'Mahindra Agri Solutions Ltd', 'Orion Edutech Pvt Ltd']
const IN_JOBS = ['Head of Marketing', 'VP - Sales', 'Chief Technology Officer', 'Senior Manager - Procurement', 'HR Business Partner', 'Director - IT Infrastructure', 'Founder & CEO', 'Assistant General Manager - Finance']
const IN_DEPTS = ['Marketing', 'Sales', 'Engineering', 'Procurement', 'Human Resources', 'IT', 'Management', 'Finance']
const india = (c) => mk('in', c, (r) => {
  const female = r() < 0.5
  const first = v.pick(r, IN_FIRST)[female ? 1 : 0], last = v.pick(r, IN_LAST)
  const [city, state, pin, std] = v.pick(r, IN_CITIES)
  const k = v.int(r, 0, IN_COS.length - 1)
  const company = IN_COS[k]
  const domain = `${slug(company.split(' ')[0])}.${v.pick(r, ['com', 'in', 'co.in'])}`
  return {
    first, last, female, city, state, pin: `${pin}${pad(v.int(r, 1, 99), 3)}`, std,
    mobile: `+91 ${v.pick(r, ['98', '99', '97', '90', '88', '70', '63'])}${v.int(r, 100, 999)} ${v.int(r, 10000, 99999)}`,
    landline: `+91 ${std} ${v.int(r, 2000, 6999)} ${v.int(r, 1000, 9999)}`,
    email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'])}`,
    company, domain, workEmail: `${slug(first)}.${slug(last)}@${domain}`, job: IN_JOBS[k], dept: IN_DEPTS[k],
    street: `${v.int(r, 1, 240)}, ${v.pick(r, ['MG Road', 'Linking Road', 'Residency Road', 'Anna Salai', 'Park Street', 'SG Highway', 'Baner Road', 'Sector 18'])}`,
  }
})
// UK: [town, county, postcode]
const UK_TOWNS = [['London', 'Greater London', 'EC1V 9LT'], ['Manchester', 'Greater Manchester', 'M1 3BN'], ['Birmingham', 'West Midlands', 'B3 2HJ'], ['Leeds', 'West Yorkshire', 'LS1 4DY'], ['Bristol', 'Avon', 'BS1 6HY'], ['Reading', 'Berkshire', 'RG1 3EU'], ['Cambridge', 'Cambridgeshire', 'CB2 1RX'], ['Glasgow', 'Lanarkshire', 'G2 6TS']]
// UK landlines by town: "020 7946 0123" (London, 3+4 after the area code) or "0161 834 5678" (4-digit area codes)
const UK_AREA = { London: ['020 7', 3], Manchester: ['0161 8', 2], Birmingham: ['0121 4', 2], Leeds: ['0113 2', 2], Bristol: ['0117 9', 2], Reading: ['0118 9', 2], Cambridge: ['01223 3', 4], Glasgow: ['0141 2', 2] }
const ukLand = (r, town) => { const [a, n] = UK_AREA[town]; return n === 4 ? `${a}${v.int(r, 10000, 99999)}` : `${a}${v.int(r, 10 ** (n - 1), 10 ** n - 1)} ${pad(v.int(r, 0, 9999), 4)}` }
const UK_FIRST = [['Oliver', 'Emma'], ['Harry', 'Sophie'], ['George', 'Charlotte'], ['James', 'Hannah'], ['Thomas', 'Lucy'], ['William', 'Amelia']]
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Hughes', 'Wright', 'Patel', 'Walker']
const UK_COS = ['Thames Valley Engineering Ltd', 'Northpoint Logistics Ltd', 'Harlow & Reed LLP', 'Brightwater Software Ltd', 'Castlegate Facilities plc', 'Pennine Print Solutions Ltd']
const UK_JOBS = ['Operations Director', 'Head of Procurement', 'Finance Manager', 'IT Manager', 'Managing Director', 'Marketing Executive']
const UK_DEPTS = ['Operations', 'Procurement', 'Finance', 'IT', 'Management', 'Marketing']
const uk = (c) => mk('uk', c, (r) => {
  const female = r() < 0.5
  const first = v.pick(r, UK_FIRST)[female ? 1 : 0], last = v.pick(r, UK_LAST)
  const [town, county, postcode] = v.pick(r, UK_TOWNS)
  const k = v.int(r, 0, UK_COS.length - 1)
  const company = UK_COS[k]
  const domain = `${slug(company.split(' ')[0])}.co.uk`
  return {
    first, last, female, town, county, postcode, company, domain, job: UK_JOBS[k], dept: UK_DEPTS[k],
    title: female ? v.pick(r, ['Mrs', 'Ms', 'Miss']) : v.pick(r, ['Mr', 'Mr', 'Dr']),
    workEmail: `${slug(first)}.${slug(last)}@${domain}`,
    address1: `Unit ${v.int(r, 1, 30)}`, address2: `${v.int(r, 1, 120)} ${v.pick(r, ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Kings Road'])}`,
    switchboard: ukLand(r, town), ddi: ukLand(r, town),
    mobile: `07${v.int(r, 700, 999)} ${v.int(r, 100000, 999999)}`,
  }
})
// Australia: [suburb, state, postcode, area code]
const AU_SUBURBS = [['Bondi', 'NSW', '2026', '02'], ['Paddington', 'NSW', '2021', '02'], ['Chatswood', 'NSW', '2067', '02'], ['Richmond', 'VIC', '3121', '03'], ['Brunswick', 'VIC', '3056', '03'], ['New Farm', 'QLD', '4005', '07'], ['Subiaco', 'WA', '6008', '08'], ['Norwood', 'SA', '5067', '08']]
const AU_FIRST = [['Jack', 'Charlotte'], ['Oliver', 'Amelia'], ['Noah', 'Isla'], ['Thomas', 'Mia'], ['Lachlan', 'Grace'], ['Cooper', 'Matilda']]
const AU_LAST = ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Ryan', 'Walker', 'Harris', 'Murphy']
const aus = (c) => mk('au', c, (r) => {
  const female = r() < 0.5
  const first = v.pick(r, AU_FIRST)[female ? 1 : 0], last = v.pick(r, AU_LAST)
  const [suburb, state, postcode, area] = v.pick(r, AU_SUBURBS)
  const street = `${r() < 0.3 ? `${v.int(r, 1, 12)}/` : ''}${v.int(r, 1, 180)} ${v.pick(r, ['Ocean St', 'Glenmore Rd', 'Victoria Ave', 'Swan St', 'Sydney Rd', 'Brunswick St', 'Rokeby Rd', 'The Parade'])}`
  return {
    first, last, female, suburb, state, postcode, street, title: female ? v.pick(r, ['Mrs', 'Ms']) : 'Mr',
    mobile: `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    home: `(${area}) ${v.int(r, 9000, 9999)} ${v.int(r, 1000, 9999)}`, work: `(${area}) ${v.int(r, 8000, 8999)} ${v.int(r, 1000, 9999)}`,
    email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, ['bigpond.com', 'gmail.com', 'outlook.com.au', 'optusnet.com.au'])}`,
    postBox: r() < 0.35 ? `PO Box ${v.int(r, 10, 999)}` : '',
  }
})
const upd = (c) => Math.max(c.created, c.updated)
const usPhone = (r) => `(${v.int(r, 201, 989)}) 555-${pad(v.int(r, 0, 9999), 4)}`
const us164 = (r) => `+1${v.int(r, 201, 989)}555${pad(v.int(r, 0, 9999), 4)}`
const US_REPS = ['Tyler Jensen', 'Brooke Sorensen', 'Austin Larsen', 'Kayla Christensen', 'Logan Hansen']
const US_CITIES = [['Provo', 'UT', '84604', 40.2338, -111.6585], ['Mesa', 'AZ', '85201', 33.4152, -111.8315], ['Plano', 'TX', '75024', 33.0198, -96.6989], ['Boise', 'ID', '83702', 43.615, -116.2023], ['Henderson', 'NV', '89052', 36.0395, -114.9817], ['Round Rock', 'TX', '78664', 30.5083, -97.6789]]
const IN_AGENTS = ['Sunil Yadav', 'Ritika Joshi', 'Manoj Pillai', 'Farah Khan', 'Deepak Chauhan']

export const SETS = [
  // ---------------------------------------------------------------- Accelo: invoices list export (Invoices > Export)
  { name: 'accelo-invoices-export', product: 'Accelo (Invoices list, Export to CSV; a US agency\'s client work billing)', family: 'invoicing', language: 'en', schema: E, cols: [
    ['Invoice ID', (c, o, r) => String(v.int(r, 1200, 9800)), ['_id', OR('purchaseID')], opt],
    ['Invoice #', (c, o, r) => `INV-${v.int(r, 10000, 19999)}`, [OR('purchaseID'), '_id']],
    ['Title', (c, o, r) => v.pick(r, ['Website retainer - March', 'SEO campaign phase 2', 'Brand refresh workshop', 'Monthly support hours', 'Paid social management']), []],
    ['Against', (c, o, r) => v.pick(r, ['Project: Website Rebuild', 'Retainer: Support Hours', 'Project: Brand Refresh', 'Sale: Discovery Sprint']), []],
    ['Company', (c) => c.company, []],
    ['Contact', (c) => c.full, []],
    ['Contact Email', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['Date Raised', (c, o) => usD(o.at), ['timestamp', OR('createdDate')]],
    ['Date Due', (c, o) => usD(o.at + 30 * day), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Outstanding', 'Overdue', 'Draft']), [], opt],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Amount', (c, o) => usd(o.subtotal * 12), [], opt],
    ['Tax', (c, o) => usd(o.subtotal * 12 * 0.0825), [OR('taxAmount')]],
    ['Total', (c, o) => usd(o.subtotal * 12 * 1.0825), [OR('priceTotal')]],
    ['Outstanding', (c, o, r) => (r() < 0.6 ? '0.00' : usd(o.subtotal * 12 * 1.0825)), []],
    ['Paid', (c, o, r) => (r() < 0.6 ? usd(o.subtotal * 12 * 1.0825) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Date Paid', (c, o, r) => (r() < 0.6 ? usD(o.at + v.int(r, 3, 40) * day) : ''), [], opt],
    ['Owner', (c, o, r, i) => row(US_REPS, i), []],
    ['Purchase Order', (c, o, r) => (r() < 0.4 ? `PO-${v.int(r, 4000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Net 30', 'Includes out-of-scope hours']), []],
    ['Date Modified', (c, o) => usD(o.at + 2 * day), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- Kixie: call history (Dashboard > History > CSV)
  { name: 'kixie-call-history-csv', product: 'Kixie (PowerCall dashboard, History tab, CSV download; a US inside-sales team)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Call ID', (c, o, r) => String(v.int(r, 300000000, 399999999)), ['_id'], opt],
    ['Date', (c, o) => usDT(o.at), ['timestamp']],
    ['Type', (c, o, r) => v.pick(r, ['outgoing', 'outgoing', 'incoming', 'outgoing sms']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['answered', 'answered', 'missed', 'voicemail']), [], opt],
    ['Disposition', (c, o, r) => v.pick(r, ['Connected - Interested', 'Left Voicemail', 'No Answer', 'Meeting Booked', 'Not Interested', 'Wrong Number']), []],
    ['Agent', (c, o, r, i) => row(US_REPS, i), []],
    ['Agent Email', (c, o, r, i) => `${row(US_REPS, i).split(' ')[0].toLowerCase()}@rocketleads.io`, []],
    ['Internal Caller ID', (c, o, r) => us164(r), []],
    ['External Caller ID', (c, o, r) => us164(r), ['endUserIDs._experience.phonenumberid.id']],
    ['Contact Name', (c) => c.full, []],
    ['Company', (c) => c.company, []],
    ['Duration', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Power List', (c, o, r) => v.pick(r, ['', 'Q3 Webinar No-Shows', 'Inbound Demo Requests', 'Closed Lost 90d']), [], opt],
    ['Queue', (c, o, r) => v.pick(r, ['', '', 'Sales Ring Group']), []],
    ['Recording', (c, o, r) => (r() < 0.6 ? `https://calls.kixie.com/recordings/${v.hex(r, 24)}.mp3` : ''), []],
    ['CRM Link', (c, o, r) => `https://app.hubspot.com/contacts/${v.int(r, 2000000, 9999999)}/contact/${v.int(r, 100000, 999999)}`, []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Asked to call back Tuesday', 'Gatekeeper, try direct line']), []],
  ] },

  // ---------------------------------------------------------------- Knowlarity: call logs (SuperReceptionist > Call Logs > Download)
  { name: 'knowlarity-call-logs-download', product: 'Knowlarity (SuperReceptionist cloud telephony, Call Logs report download; an Indian edtech sales desk)', family: 'analytics', language: 'en', schema: E, cols: [
    ['UUID', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Date', (c, o) => istD(o.at), ['timestamp']],
    ['Time', (c, o) => istT(o.at), [], opt],
    ['Customer Number', (c) => india(c).mobile.replace(/\s/g, ''), ['endUserIDs._experience.phonenumberid.id']],
    ['Knowlarity Number', () => '+918047105555', []],
    ['Call Type', (c, o, r) => v.pick(r, ['Incoming', 'Incoming', 'Outgoing', 'Click2Call']), [], opt],
    ['Call Status', (c, o, r) => v.pick(r, ['Connected', 'Connected', 'Missed', 'Voicemail', 'Not Answered']), [], opt],
    ['Agent Name', (c, o, r, i) => row(IN_AGENTS, i), []],
    ['Agent Number', (c, o, r) => `+91${v.int(r, 7000000000, 9999999999)}`, []],
    ['Department', (c, o, r) => v.pick(r, ['Admissions', 'Sales', 'Support', 'Counselling']), []],
    ['IVR Option', (c, o, r) => v.pick(r, ['1', '2', '3', '']), []],
    ['Call Duration', (c, o, r) => `${pad(0)}:${pad(v.int(r, 0, 14))}:${pad(v.int(r, 0, 59))}`, []],
    ['Circle', (c) => india(c).state, [GEO('stateProvince')], opt],
    ['Operator', (c, o, r) => v.pick(r, ['Jio', 'Airtel', 'Vodafone Idea', 'BSNL']), ['environment.carrier'], opt],
    ['Recording URL', (c, o, r) => (r() < 0.7 ? `https://sr.knowlarity.com/vr/fetchsound/?callid=${v.uuid(r)}` : ''), []],
    ['Hangup By', (c, o, r) => v.pick(r, ['Customer', 'Agent', 'System']), []],
    ['Call Tag', (c, o, r) => v.pick(r, ['', 'Fee enquiry', 'Demo scheduled', 'Callback requested']), []],
  ] },

  // ---------------------------------------------------------------- SPOTIO: activities report export (Reports > Activities > Export)
  { name: 'spotio-activities-export', product: 'SPOTIO (field sales app, Activities report export; a US solar and roofing door-to-door team)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Activity ID', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['Activity Type', (c, o, r) => v.pick(r, ['Door Knock', 'Door Knock', 'Appointment', 'Follow-Up Visit', 'Phone Call']), ['eventType'], opt],
    ['Result', (c, o, r) => v.pick(r, ['Not Home', 'Not Interested', 'Come Back Later', 'Appointment Set', 'Sold']), [], opt],
    ['Date', (c, o) => usDshort(o.at), ['timestamp']],
    ['Time', (c, o) => { const p = shift(o.at, -6); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }, [], opt],
    ['User', (c, o, r, i) => row(US_REPS, i), []],
    ['Team', (c, o, r) => v.pick(r, ['Utah North', 'Phoenix East', 'DFW']), []],
    ['Territory', (c, o, r) => v.pick(r, ['Provo 84604 A', 'Mesa Grid 7', 'Plano West']), []],
    ['Contact Name', (c) => c.full, []],
    ['Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c, o, r) => (r() < 0.4 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Address', (c, o, r) => `${v.int(r, 100, 9999)} ${v.pick(r, ['N 300 W', 'E Center St', 'Willow Creek Dr', 'S Main St', 'Canyon Ridge Ln'])}`, []],
    ['City', (c, o, r, i) => row(US_CITIES, i)[0], [GEO('city')], opt],
    ['State', (c, o, r, i) => row(US_CITIES, i)[1], [GEO('stateProvince')], opt],
    ['Zip', (c, o, r, i) => row(US_CITIES, i)[2], [GEO('postalCode')], opt],
    ['Latitude', (c, o, r, i) => (row(US_CITIES, i)[3] + (r() - 0.5) / 50).toFixed(6), [GEO('_schema.latitude')]],
    ['Longitude', (c, o, r, i) => (row(US_CITIES, i)[4] + (r() - 0.5) / 50).toFixed(6), [GEO('_schema.longitude')]],
    ['Pipeline Stage', (c, o, r) => v.pick(r, ['Lead', 'Appointment', 'Proposal', 'Closed Won', 'Closed Lost']), []],
    ['Lead Source', (c, o, r) => v.pick(r, ['Door Knocking', 'Referral', 'Storm Map']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Dog in yard', 'HOA requires approval', 'Spouse decides']), []],
  ] },

  // ---------------------------------------------------------------- SalesRabbit: leads export (Leads > Export)
  { name: 'salesrabbit-leads-export', product: 'SalesRabbit (Leads, Export to CSV; a US pest-control door-to-door sales org)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 40000000, 59999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Business Name', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Phone Primary', (c, o, r) => usPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Phone Alternate', (c, o, r) => (r() < 0.3 ? usPhone(r) : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Street 1', (c, o, r) => `${v.int(r, 100, 9999)} ${v.pick(r, ['N 300 W', 'E Center St', 'Willow Creek Dr', 'S Main St', 'Canyon Ridge Ln'])}`, at(HOME, 'street1')],
    ['Street 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(US_CITIES, i)[0], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(US_CITIES, i)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c, o, r, i) => row(US_CITIES, i)[2], at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Latitude', (c, o, r, i) => (row(US_CITIES, i)[3] + (r() - 0.5) / 50).toFixed(7), at(HOME, '_schema.latitude')],
    ['Longitude', (c, o, r, i) => (row(US_CITIES, i)[4] + (r() - 0.5) / 50).toFixed(7), at(HOME, '_schema.longitude')],
    ['Status', (c, o, r) => v.pick(r, ['Not Home', 'Not Interested', 'Go Back', 'Appointment', 'Sold', 'New']), []],
    ['Owner', (c, o, r, i) => row(US_REPS, i), []],
    ['Area', (c, o, r) => v.pick(r, ['Provo - Grandview', 'Mesa - Dobson Ranch', 'Plano - Willow Bend']), []],
    ['Date Created', (c) => usDTshort(c.created), [], opt],
    ['Date Modified', (c) => usDTshort(upd(c)), [], opt],
    ['Status Modified', (c) => usDTshort(upd(c)), []],
    ['Appointment', (c, o, r) => (r() < 0.3 ? usDTshort(upd(c) + 3 * day) : ''), []],
    ['Lead Source', (c, o, r) => v.pick(r, ['Door Knock', 'Referral', 'Self-Gen', 'Customer Upload']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Has ants in kitchen', 'Renter - talk to landlord', 'Wants quarterly plan']), []],
  ] },

  // ---------------------------------------------------------------- Agentbox: contact.csv (data export)
  { name: 'agentbox-contact-csv', product: 'Agentbox (Australian real-estate CRM, system data export contact.csv; a Sydney agency)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 1000000, 4999999)), ID],
    ['Title', (c) => aus(c).title, ['person.name.courtesyTitle']],
    ['First Name', (c) => aus(c).first, ['person.name.firstName']],
    ['Last Name', (c) => aus(c).last, ['person.name.lastName']],
    ['Salutation', (c) => aus(c).first, [], opt],
    ['Legal Name', (c) => `${aus(c).first} ${aus(c).last}`, ['person.name.fullName'], opt],
    ['Company', (c, o, r) => (r() < 0.15 ? `${aus(c).last} Family Trust` : ''), ['organizations[0]'], opt],
    ['Email', (c) => aus(c).email, ['personalEmail.address']],
    ['Mobile', (c) => aus(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.4 ? aus(c).home : ''), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.3 ? aus(c).work : ''), ['workPhone.number']],
    ['Street Address', (c) => aus(c).street, ['homeAddress.street1']],
    ['Street Suburb', (c) => aus(c).suburb, ['homeAddress.city']],
    ['Street State', (c) => aus(c).state, ['homeAddress.stateProvince', 'homeAddress.state']],
    ['Street Postcode', (c) => aus(c).postcode, ['homeAddress.postalCode']],
    ['Postal Address', (c) => aus(c).postBox || aus(c).street, ['mailingAddress.street1']],
    ['Postal Suburb', (c) => aus(c).suburb, ['mailingAddress.city']],
    ['Postal State', (c) => aus(c).state, ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Postal Postcode', (c) => aus(c).postcode, ['mailingAddress.postalCode']],
    ['Contact Source', (c, o, r) => v.pick(r, ['realestate.com.au', 'Domain', 'Open Home', 'Referral', 'Signboard']), []],
    ['Contact Class', (c, o, r) => v.pick(r, ['Buyer', 'Vendor', 'Tenant', 'Landlord', 'Buyer, Investor']), []],
    ['Primary Owner', (c, o, r) => v.pick(r, ['Sam Whitfield', 'Jess Doyle', 'Marco Rossi']), []],
    ['Comments', (c, o, r) => v.pick(r, ['', '', 'Looking to downsize in 12 months', 'Pre-approved to $1.4m']), []],
    ['Email Marketing', (c, o, r) => yesNo(r() < 0.7), []],
    ['SMS Marketing', (c, o, r) => yesNo(r() < 0.5), []],
    ['Letter Campaigns', (c, o, r) => yesNo(r() < 0.3), []],
    ['Do Not Contact', (c, o, r) => yesNo(r() < 0.05), []],
    ['Archived', (c, o, r) => yesNo(r() < 0.1), []],
    ['Date Created', (c) => auDT(c.created), [], opt],
    ['Last Modified', (c) => auDT(upd(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- Sell.Do: leads export (Leads > Export)
  { name: 'sell-do-leads-export', product: 'Sell.Do (Indian real-estate CRM, Leads export; a Pune developer\'s pre-sales team)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 100000, 999999)), ID],
    ['Salutation', (c) => (india(c).female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => india(c).first, ['person.name.firstName']],
    ['Last Name', (c) => india(c).last, ['person.name.lastName']],
    ['Email', (c) => india(c).email, ['personalEmail.address']],
    ['Phone', (c) => india(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Alternate Phone', (c, o, r) => (r() < 0.25 ? india(c).landline : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['City', (c) => india(c).city, at(HOME, 'city')],
    ['State', (c) => india(c).state, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Country', () => 'India', at(HOME, 'country')],
    ['Project', (c, o, r) => v.pick(r, ['Skyline Heights Phase 2', 'Green Meadows', 'Riverside Residences']), []],
    ['Stage', (c, o, r) => v.pick(r, ['Incoming', 'Prospect', 'Opportunity', 'Unqualified', 'Booked']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Hot', 'Warm', 'Cold', '']), []],
    ['Sales', (c, o, r, i) => row(IN_AGENTS, i), []],
    ['Campaign', (c, o, r) => v.pick(r, ['Diwali Offer 2024', 'Google Search - 2BHK Baner', '99acres Listing', 'Housing.com']), []],
    ['Source', (c, o, r) => v.pick(r, ['Google Ads', 'Facebook', '99acres', 'Walk-in', 'Channel Partner']), [], opt],
    ['Sub Source', (c, o, r) => v.pick(r, ['Lead Form', 'Landing Page', 'Site Visit', '']), []],
    ['Budget', (c, o, r) => `₹ ${inr(v.int(r, 45, 180) * 100000)}`, []],
    ['Property Type', (c, o, r) => v.pick(r, ['1 BHK', '2 BHK', '3 BHK', 'Villa']), []],
    ['Received On', (c) => istDT12(c.created), [], opt],
    ['Last Activity On', (c) => istDT12(upd(c)), [], opt],
    ['Next Follow Up', (c, o, r) => (r() < 0.5 ? istDT12(upd(c) + 2 * day) : ''), []],
    ['Lost Reason', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Budget mismatch', 'Location mismatch', 'Not answering calls']) : ''), []],
  ] },

  // ---------------------------------------------------------------- AeroLeads: prospects export (Prospects > Export CSV)
  { name: 'aeroleads-prospects-csv', product: 'AeroLeads (B2B prospect finder, saved prospects exported to CSV; an Indian IT-services outbound team)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Name', (c) => `${india(c).first} ${india(c).last}`, ['person.name.fullName']],
    ['First Name', (c) => india(c).first, ['person.name.firstName']],
    ['Last Name', (c) => india(c).last, ['person.name.lastName']],
    ['Designation', (c) => india(c).job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => india(c).company, ['b2b.companyName', 'organizations[0]']],
    ['Company Website', (c) => `https://www.${india(c).domain}`, ['b2b.companyWebsite']],
    ['Email', (c) => india(c).workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email Status', (c, o, r) => v.pick(r, ['Verified', 'Verified', 'Catch-all', 'Guessed']), ['workEmail.status'], opt],
    ['Personal Email', (c, o, r) => (r() < 0.3 ? india(c).email : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? india(c).mobile : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Location', (c) => `${india(c).city}, ${india(c).state}, India`, [], opt],
    ['City', (c) => india(c).city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => india(c).state, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Country', () => 'India', at([...WORK, ...HOME], 'country')],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(india(c).first)}-${slug(india(c).last)}-${v.hex(v.rng(+c.id), 6)}`, []],
    ['Industry', (c, o, r) => v.pick(r, ['Information Technology & Services', 'Pharmaceuticals', 'Logistics & Supply Chain', 'E-Learning', 'Financial Services']), []],
    ['Company Size', (c, o, r) => v.pick(r, ['11-50', '51-200', '201-500', '1001-5000']), []],
    ['Source', (c, o, r) => v.pick(r, ['LinkedIn', 'Google Search', 'Company Search']), ['b2b.personSource'], opt],
    ['List', (c, o, r) => v.pick(r, ['CTOs Pune Q2', 'BFSI Decision Makers', 'Default']), []],
    ['Added On', (c) => istD(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- Clodura.AI: contacts export (Search > Export)
  { name: 'clodura-contacts-export', product: 'Clodura.AI (Indian B2B contact database and prospecting, contact search export)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => india(c).first, ['person.name.firstName']],
    ['Last Name', (c) => india(c).last, ['person.name.lastName']],
    ['Designation', (c) => india(c).job, ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c, o, r) => v.pick(r, ['CXO', 'VP', 'Director', 'Manager', 'Senior Manager']), [], opt],
    ['Department', (c) => india(c).dept, ['extendedWorkDetails.departments[0]']],
    ['Company Name', (c) => india(c).company, ['b2b.companyName', 'organizations[0]']],
    ['Company Domain', (c) => india(c).domain, ['b2b.companyWebsite'], opt],
    ['Official Email', (c) => india(c).workEmail, ['workEmail.address']],
    ['Email Status', (c, o, r) => v.pick(r, ['Verified', 'Verified', 'Accept All', 'Unverified']), ['workEmail.status'], opt],
    ['Direct Dial', (c, o, r) => (r() < 0.4 ? india(c).landline : ''), ['workPhone.number']],
    ['Mobile Number', (c, o, r) => (r() < 0.5 ? india(c).mobile : ''), ['mobilePhone.number']],
    ['Contact LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(india(c).first)}${slug(india(c).last)}`, []],
    ['Contact City', (c) => india(c).city, at([...WORK, ...HOME], 'city'), opt],
    ['Contact State', (c) => india(c).state, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['Contact Country', () => 'India', at([...WORK, ...HOME], 'country'), opt],
    ['Company Address', (c) => india(c).street, at([...WORK, 'mailingAddress'], 'street1'), opt],
    ['Company City', (c) => india(c).city, at([...WORK, 'mailingAddress'], 'city'), opt],
    ['Company Postal Code', (c) => india(c).pin, at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Company Country', () => 'India', at([...WORK, 'mailingAddress'], 'country'), opt],
    ['Company Phone', (c) => india(c).landline.replace(/ \d{4} \d{4}$/, ' 6600 0000'), ['workPhone.number'], opt],
    ['Industry', (c, o, r) => v.pick(r, ['IT Services', 'Pharmaceuticals', 'Logistics', 'Education', 'Banking']), []],
    ['Employee Size', (c, o, r) => v.pick(r, ['51 - 200', '201 - 500', '501 - 1000', '1001 - 5000']), []],
    ['Revenue', (c, o, r) => v.pick(r, ['$10M - $50M', '$50M - $100M', '$1M - $10M']), []],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${slug(india(c).company.split(' ')[0])}`, []],
  ] },

  // ---------------------------------------------------------------- Gold-Vision: account & contact export (Data > Export, "Account Contact Full")
  { name: 'gold-vision-account-contacts', product: 'Gold-Vision (UK CRM, account and contact list export; a Reading B2B distributor)', family: 'crm', language: 'en', schema: B, cols: [
    ['Account Reference', (c, o, r) => `ACC${v.int(r, 10000, 99999)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Account Name', (c) => uk(c).company, ['b2b.companyName', 'organizations[0]']],
    ['Account Type', (c, o, r) => v.pick(r, ['Customer', 'Prospect', 'Partner', 'Supplier']), [], opt],
    ['Address 1', (c) => uk(c).address1, at([...WORK, 'mailingAddress'], 'street1')],
    ['Address 2', (c) => uk(c).address2, at([...WORK, 'mailingAddress'], 'street2')],
    ['Town', (c) => uk(c).town, at([...WORK, 'mailingAddress'], 'city')],
    ['County', (c) => uk(c).county, [...at([...WORK, 'mailingAddress'], 'stateProvince'), ...at([...WORK, 'mailingAddress'], 'state')], opt],
    ['Postcode', (c) => uk(c).postcode, at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Country', () => 'United Kingdom', at([...WORK, 'mailingAddress'], 'country')],
    ['Account Telephone', (c) => uk(c).switchboard, ['workPhone.number'], opt],
    ['Website', (c) => `www.${uk(c).domain}`, ['b2b.companyWebsite']],
    ['Contact ID', (c, o, r) => String(v.int(r, 100000, 999999)), B2BID],
    ['Title', (c) => uk(c).title, ['person.name.courtesyTitle']],
    ['First Name', (c) => uk(c).first, ['person.name.firstName']],
    ['Last Name', (c) => uk(c).last, ['person.name.lastName']],
    ['Job Title', (c) => uk(c).job, ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => uk(c).dept, ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => uk(c).workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Direct Dial', (c) => uk(c).ddi, ['workPhone.number']],
    ['Mobile', (c) => uk(c).mobile, ['mobilePhone.number']],
    ['Email Opt Out', (c, o, r) => TF(r() < 0.1), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Account Manager', (c, o, r) => v.pick(r, ['Claire Simmons', 'Rob Ashworth', 'Nadia Hussain']), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Inactive', 'Left Company']), ['b2b.personStatus'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Web Enquiry', 'Trade Show', 'Referral', 'Cold Call', 'LinkedIn']), ['b2b.personSource'], opt],
    ['Created On', (c) => ukD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => ukDT(upd(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- SmartReach.io: prospects export (Prospects > Download CSV)
  { name: 'smartreach-prospects-download', product: 'SmartReach.io (Indian cold-email and sales-engagement tool, Prospects CSV download)', family: 'email', language: 'en', schema: B, cols: [
    ['email', (c) => india(c).workEmail, ['workEmail.address', 'personalEmail.address']],
    ['first_name', (c) => india(c).first, ['person.name.firstName']],
    ['last_name', (c) => india(c).last, ['person.name.lastName']],
    ['company', (c) => india(c).company, ['b2b.companyName', 'organizations[0]']],
    ['job_title', (c) => india(c).job, ['extendedWorkDetails.jobTitle']],
    ['phone', (c, o, r) => (r() < 0.5 ? india(c).mobile.replace(/\s/g, '') : ''), ['workPhone.number', 'mobilePhone.number']],
    ['linkedin_url', (c) => `https://www.linkedin.com/in/${slug(india(c).first)}-${slug(india(c).last)}`, []],
    ['city', (c) => india(c).city, at([...WORK, ...HOME], 'city')],
    ['state', (c) => india(c).state, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['country', () => 'India', at([...WORK, ...HOME], 'country')],
    ['timezone', () => 'Asia/Kolkata', []],
    ['list', (c, o, r) => v.pick(r, ['SaaS CFOs - Mumbai', 'Webinar Registrants Aug', 'Pharma Procurement']), []],
    ['prospect_category', (c, o, r) => v.pick(r, ['Not Categorized', 'Interested', 'Not Interested', 'Out Of Office', 'Meeting Booked']), ['b2b.personStatus'], opt],
    ['owner_email', (c, o, r) => v.pick(r, ['ravi@growthpod.in', 'neha@growthpod.in']), []],
    ['campaign_name', (c, o, r) => v.pick(r, ['Q3 CFO Outreach', 'Webinar Follow-up', '']), []],
    ['total_opens', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['total_clicks', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['replied', (c, o, r) => TF(r() < 0.15), []],
    ['bounced', (c, o, r) => TF(r() < 0.05), []],
    ['unsubscribed', (c, o, r) => TF(r() < 0.05), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['last_contacted_at', (c) => isoZ(upd(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['created_at', (c) => isoZ(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- SalesNexus: contacts export (Contacts > Export)
  { name: 'salesnexus-contacts-export', product: 'SalesNexus (US small-business CRM and e-mail marketing, contact export; a Houston HVAC distributor)', family: 'crm', language: 'en', schema: B, cols: [
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Contact', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Phone Ext', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100, 499)) : ''), ['workPhone.extension']],
    ['Mobile Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.2 ? usPhone(r) : ''), ['faxPhone.number']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Address 1', (c) => c.street, at([...WORK, 'mailingAddress'], 'street1')],
    ['Address 2', (c) => c.street2, at([...WORK, 'mailingAddress'], 'street2')],
    ['City', (c) => c.city, at([...WORK, 'mailingAddress'], 'city')],
    ['State', (c) => c.region, [...at([...WORK, 'mailingAddress'], 'stateProvince'), ...at([...WORK, 'mailingAddress'], 'state')]],
    ['Zip', (c) => c.postcode, at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Country', () => 'USA', at([...WORK, 'mailingAddress'], 'country')],
    ['Web Site', (c) => `www.${slug(c.company).slice(0, 12)}.com`, ['b2b.companyWebsite']],
    ['ID/Status', (c, o, r) => v.pick(r, ['Prospect', 'Customer', 'Hot Lead', 'Vendor']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Record Manager', (c, o, r) => v.pick(r, ['Craig Mitchell', 'Dana Lopez', 'Admin']), []],
    ['Referred By', (c, o, r) => v.pick(r, ['Web Form', 'Trade Show', 'Google', 'Existing Customer']), ['b2b.personSource'], opt],
    ['Create Date', (c) => usDshort(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Edit Date', (c) => usDshort(upd(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Attempt', (c) => usDshort(upd(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Last Results', (c, o, r) => v.pick(r, ['Left message', 'Sent quote', 'No answer', 'Meeting set']), []],
    ['Last Meeting', (c, o, r) => (r() < 0.4 ? usDshort(upd(c) - 5 * day) : ''), []],
    ['Email Opt Out', (c, o, r) => yesNo(r() < 0.08), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Groups', (c, o, r) => v.pick(r, ['Newsletter', 'Contractors', 'Newsletter;Dealers', '']), []],
  ] },
]
