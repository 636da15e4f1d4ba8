// Round 93, heldout93: a held-out half written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language support desks, live chat, survey, NPS and review tools
// from the US, UK, Ireland, Canada, Australia and India: tickets, chat sessions, survey and NPS responses, reviews and
// contacts; headers in English as each product's UI writes them.
import { E, B, P, v, at, HOME, B2BID, OR, PL, GEO, opt } from './sets.mjs'
import { pad, shift, parts, row } from './values.mjs'

const ID = ['_id', 'personID']
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// time zones: London/Dublin (+0/+1), US Eastern (-5/-4), Sydney (+10/+11), Toronto/Vancouver, India (+5:30)
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
const uk = (ms) => shift(ms, summer(ms) ? 1 : 0)
const et = (ms) => shift(ms, summer(ms) ? -4 : -5)
const syd = (ms) => shift(ms, summer(ms) ? 10 : 11)
const ist = (ms) => parts(ms + 5.5 * 3600000)
const ukDHM = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ukD = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukDHMS = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ampm = (p, s = false) => `${p.H % 12 || 12}:${pad(p.M)}${s ? `:${pad(p.S)}` : ''} ${p.H < 12 ? 'AM' : 'PM'}`
const usD = (ms) => { const p = et(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usT = (ms) => ampm(et(ms), true)
const usDT = (ms) => { const p = et(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${ampm(p, true)}` }
const auD = (ms) => { const p = syd(ms); return `${p.d}/${pad(p.m)}/${p.y}` }
const auDT = (ms) => { const p = syd(ms); return `${p.d}/${pad(p.m)}/${p.y} ${ampm(p).toLowerCase()}` }
const auLong = (ms) => { const p = syd(ms); return `${p.d} ${MON[p.m - 1]} ${p.y}` }
const isoZ = (ms) => new Date(ms).toISOString()
const isoSyd = (ms) => { const o = summer(ms) ? 10 : 11; const p = shift(ms, o); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const istDT = (ms) => { const p = ist(ms); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const caD = (ms) => { const p = et(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const day = 86400000
const lenS = (o) => 60 + (Math.floor(o.at / 1000) % 1440)
const mail = (c, dom) => `${c.first}.${c.last}`.toLowerCase() + '@' + dom
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

// places
const UK = [
  ['14 Deansgate', 'Manchester', 'Greater Manchester', 'M3 2BA'], ['7 Corporation Street', 'Birmingham', 'West Midlands', 'B2 4LP'],
  ['22 Bold Street', 'Liverpool', 'Merseyside', 'L1 4DS'], ['3 Park Row', 'Leeds', 'West Yorkshire', 'LS1 5HD'],
  ['58 Queen Street', 'Glasgow', 'Glasgow City', 'G1 3DN'], ['11 Broad Street', 'Bristol', 'Bristol', 'BS1 2EJ'],
  ['90 Upper Street', 'London', 'Greater London', 'N1 0NP'], ['5 Castle Street', 'Cardiff', 'Cardiff', 'CF10 1BS'],
]
const IE = [
  ['12 Harcourt Street', 'Dublin 2', 'Dublin', 'D02 XH91'], ['4 Oliver Plunkett Street', 'Cork', 'Cork', 'T12 RX62'],
  ['18 Shop Street', 'Galway', 'Galway', 'H91 T2PX'], ['7 O\'Connell Street', 'Limerick', 'Limerick', 'V94 E2K9'],
]
const US = [
  ['1420 Peachtree St NE', 'Atlanta', 'GA', '30309'], ['88 Summer St', 'Boston', 'MA', '02110'], ['2200 Ross Ave', 'Dallas', 'TX', '75201'],
  ['515 N State St', 'Chicago', 'IL', '60654'], ['1001 4th Ave', 'Seattle', 'WA', '98154'], ['350 Fifth Ave', 'New York', 'NY', '10118'],
  ['101 W Broadway', 'San Diego', 'CA', '92101'], ['200 S Orange Ave', 'Orlando', 'FL', '32801'],
]
const AU = [
  ['45 Church St', 'Parramatta', 'NSW', '2150'], ['12 Brunswick St', 'Fitzroy', 'VIC', '3065'], ['8 Gympie Rd', 'Chermside', 'QLD', '4032'],
  ['230 Hay St', 'Subiaco', 'WA', '6008'], ['17 Rundle Mall', 'Adelaide', 'SA', '5000'], ['3 Bay St', 'Bondi Beach', 'NSW', '2026'],
  ['61 Smith St', 'Darwin City', 'NT', '0800'], ['9 Lonsdale St', 'Braddon', 'ACT', '2612'],
]
const CA = [
  ['1250 Granville St', 'Vancouver', 'BC', 'V6Z 1M6'], ['82 Queen St W', 'Toronto', 'ON', 'M5H 2M5'], ['10150 Jasper Ave', 'Edmonton', 'AB', 'T5J 1W4'],
  ['301 Main St', 'Winnipeg', 'MB', 'R3C 4W2'], ['5 Spring Garden Rd', 'Halifax', 'NS', 'B3J 1E9'], ['700 2 St SW', 'Calgary', 'AB', 'T2P 2W1'],
  ['44 Bank St', 'Ottawa', 'ON', 'K1P 5N2'], ['1200 Douglas St', 'Victoria', 'BC', 'V8W 2E3'],
]
const IN = [
  ['Koramangala 5th Block', 'Bengaluru', 'Karnataka', '560095'], ['Andheri East', 'Mumbai', 'Maharashtra', '400069'],
  ['Banjara Hills', 'Hyderabad', 'Telangana', '500034'], ['Anna Nagar', 'Chennai', 'Tamil Nadu', '600040'],
  ['Sector 29', 'Gurugram', 'Haryana', '122001'], ['Salt Lake Sector V', 'Kolkata', 'West Bengal', '700091'],
]
const ukMob = (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`
const ukIntl = (r) => `+447${v.int(r, 400, 999)}${v.int(r, 100000, 999999)}`
const ieMob = (r) => `+353 8${v.pick(r, ['3', '5', '6', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const usPh = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const caPh = (r) => `(${v.pick(r, ['604', '416', '780', '204', '902', '403', '613', '250'])}) ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
const inMob = (r) => `+91 ${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 100, 999)} ${v.int(r, 10000, 99999)}`
const FIRST = ['Oliver', 'Amelia', 'Jack', 'Isla', 'Harry', 'Ava', 'Noah', 'Mia', 'Liam', 'Chloe', 'Ethan', 'Grace', 'Lucas', 'Zoe', 'Aoife', 'Cian']
const LAST = ['Walsh', 'Murphy', 'Patel', 'Nguyen', 'Thompson', 'Wright', 'Kelly', 'Robinson', 'O\'Brien', 'Hughes', 'Campbell', 'Singh', 'Evans', 'Martin']
const IN_FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Meera', 'Karthik', 'Divya']
const IN_LAST = ['Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Rao', 'Kapoor', 'Menon', 'Joshi', 'Das', 'Verma']
const fn = (r, i) => row(FIRST, i * 7 + 3)
const ln = (r, i) => row(LAST, i * 5 + 1)
const inFn = (i) => row(IN_FIRST, i * 7 + 2)
const inLn = (i) => row(IN_LAST, i * 5 + 3)
const em = (f, l, i, doms) => `${f}.${l}`.toLowerCase().replace(/[^a-z.]/g, '') + (i % 3 === 0 ? String(10 + i) : '') + '@' + row(doms, i)
const AGENTS_UK = ['Sophie Turner', 'Callum Reid', 'Priya Shah', 'Tom Bennett', 'Hannah Lowe']
const AGENTS_US = ['Kayla Brooks', 'Marcus Hill', 'Jenna Ortiz', 'Tyler Grant', 'Dana Price']
const IPS = (r) => `${v.int(r, 11, 223)}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`

export const SETS = [
  // ---------------------------------------------------------------- SupportPal (UK), Operator panel > Tickets > Export
  { name: 'supportpal-tickets-export-uk', product: 'SupportPal (operator panel: Tickets > select all > Export to CSV, English UI, a UK web-hosting company\'s help desk)', family: 'support', language: 'en', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id']],
    ['Number', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id'], opt],
    ['Subject', (c, o, r) => v.pick(r, ['Website down after DNS change', 'Cannot access cPanel', 'Invoice query', 'SSL certificate renewal failed', 'Email bouncing back', 'Request to upgrade VPS']), []],
    ['User', (c, o, r, i) => `${fn(r, i)} ${ln(r, i)}`, []],
    ['User Email', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Organisation', (c, o, r) => v.pick(r, ['', '', 'Harbour Design Ltd', 'Fenwick Plumbing', 'Ashdown Dental Practice']), []],
    ['Brand', () => 'Krystal Hosting', []],
    ['Department', (c, o, r) => v.pick(r, ['Technical Support', 'Technical Support', 'Billing', 'Sales', 'Abuse']), []],
    ['Status', (c, o, r) => v.pick(r, ['Open', 'Awaiting Reply', 'In Progress', 'On Hold', 'Closed', 'Closed']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['Low', 'Medium', 'Medium', 'High', 'Urgent']), []],
    ['Assigned', (c, o, r) => (r() < 0.8 ? v.pick(r, AGENTS_UK) : ''), []],
    ['Channel', (c, o, r) => v.pick(r, ['Web', 'Email', 'Email', 'API']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'dns', 'migration, priority-customer', 'refund']), []],
    ['SLA Plan', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Premium 1h']), []],
    ['Created Time', (c, o) => ukDHM(o.at), ['timestamp']],
    ['Updated Time', (c, o, r) => ukDHM(o.at + v.int(r, 1, 72) * 3600000), [], opt],
    ['Last Reply Time', (c, o, r) => ukDHM(o.at + v.int(r, 1, 48) * 3600000), []],
    ['Last Reply By', (c, o, r) => v.pick(r, ['Operator', 'User']), []],
    ['Resolved Time', (c, o, r) => (r() < 0.5 ? ukDHM(o.at + v.int(r, 2, 96) * 3600000) : ''), []],
    ['Due Time', (c, o, r) => ukDHM(o.at + 8 * 3600000), []],
    ['Replies', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Internal Notes', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Custom Field: Domain Name', (c, o, r) => v.pick(r, ['harbourdesign.co.uk', 'fenwickplumbing.co.uk', 'ashdowndental.uk', 'mybakery.co.uk']), [], opt],
    ['Custom Field: Account Number', (c, o, r) => `KH${v.int(r, 100000, 999999)}`, [], opt],
    ['IP Address', (c, o, r) => IPS(r), ['environment.ipV4']],
    ['Locked', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- LiveHelpNow (US), Reports > Chat History > Export
  { name: 'livehelpnow-chat-history-export', product: 'LiveHelpNow (Admin > Reports > Chat history > Export to Excel/CSV, English UI, a US online furniture retailer\'s live chat)', family: 'support', language: 'en', schema: E, cols: [
    ['Chat ID', (c, o, r) => String(v.int(r, 40000000, 49999999)), ['_id']],
    ['Date', (c, o) => usD(o.at), ['timestamp'], opt],
    ['Start Time', (c, o) => usT(o.at), [], opt],
    ['End Time', (c, o) => usT(o.at + lenS(o) * 1000), []],
    ['Duration', (c, o) => dur(lenS(o)), []],
    ['Wait Time', (c, o, r) => dur(v.int(r, 3, 240)), []],
    ['Department', (c, o, r) => v.pick(r, ['Sales', 'Sales', 'Order Status', 'Returns & Exchanges']), []],
    ['Agent', (c, o, r) => v.pick(r, AGENTS_US), []],
    ['Visitor Name', (c) => c.full, []],
    ['Visitor Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Visitor Phone', (c, o, r) => (r() < 0.4 ? usPh(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Question', (c, o, r) => v.pick(r, ['Is the Harlow sofa available in grey?', 'Where is my order?', 'Do you ship to Alaska?', 'How do I return a chair?', 'Can I change my delivery date?']), []],
    ['Order Number', (c, o, r) => (r() < 0.4 ? `W${v.int(r, 100000000, 999999999)}` : ''), [OR('purchaseID')], opt],
    ['Visitor IP', (c, o, r) => IPS(r), ['environment.ipV4']],
    ['Country', () => 'United States', [], opt],
    ['Region', (c, o, r, i) => row(US, i)[2], [GEO('stateProvince')], opt],
    ['City', (c, o, r, i) => row(US, i)[1], [GEO('city')]],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 124', 'Safari 17', 'Edge 124', 'Firefox 125']), ['environment.browserDetails.name'], opt],
    ['Operating System', (c, o, r) => v.pick(r, ['Windows 10', 'iOS 17', 'macOS', 'Android 14']), ['environment.operatingSystem'], opt],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.com/', '', 'https://www.pinterest.com/', 'https://www.bing.com/']), ['web.webReferrer.URL']],
    ['Page URL', (c, o, r) => v.pick(r, ['https://www.oakandlinen.com/sofas/harlow-3-seat', 'https://www.oakandlinen.com/cart', 'https://www.oakandlinen.com/order-status', 'https://www.oakandlinen.com/']), ['web.webPageDetails.URL']],
    ['Chat Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Missed', 'Offline Message']), []],
    ['Rating', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 5)) : ''), []],
    ['Rating Comments', (c, o, r) => v.pick(r, ['', '', 'Very helpful!', 'Took too long to answer']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'delivery', 'returns', 'pre-sale']), []],
  ] },

  // ---------------------------------------------------------------- Click4Assistance (UK), Reports > Chat Sessions > Export
  { name: 'click4assistance-chat-sessions-uk', product: 'Click4Assistance (Reports > Chat Sessions report > Export CSV, English UI, a UK university\'s admissions live chat)', family: 'support', language: 'en', schema: E, cols: [
    ['Session ID', (c, o, r) => String(v.int(r, 9000000, 9999999)), ['_id']],
    ['Start Date/Time', (c, o) => ukDHMS(o.at), ['timestamp']],
    ['End Date/Time', (c, o) => ukDHMS(o.at + lenS(o) * 1000), []],
    ['Queue Time (secs)', (c, o, r) => String(v.int(r, 0, 180)), []],
    ['Chat Length (secs)', (c, o) => String(lenS(o)), []],
    ['Department', (c, o, r) => v.pick(r, ['Undergraduate Admissions', 'Postgraduate Admissions', 'Accommodation', 'International Office']), []],
    ['Operator', (c, o, r) => v.pick(r, AGENTS_UK), []],
    ['Visitor Name', (c, o, r, i) => fn(r, i), []],
    ['Email Address', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['hotmail.co.uk', 'gmail.com', 'icloud.com', 'yahoo.co.uk']), ['endUserIDs._experience.emailid.id'], opt],
    ['Telephone', (c, o, r) => (r() < 0.3 ? ukMob(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Question', (c, o, r) => v.pick(r, ['What are the entry requirements for Nursing?', 'When is the next open day?', 'Can I defer my place?', 'Is accommodation guaranteed for first years?']), []],
    ['Outcome', (c, o, r) => v.pick(r, ['Answered', 'Answered', 'Abandoned in Queue', 'Left Message']), []],
    ['Wrap-up Code', (c, o, r) => v.pick(r, ['Course Enquiry', 'Open Day', 'Clearing', 'Fees & Funding']), []],
    ['Website', () => 'www.northbridge.ac.uk', ['web.webPageDetails.server'], opt],
    ['Page Title', (c, o, r) => v.pick(r, ['Nursing BSc (Hons) | Northbridge University', 'Open Days | Northbridge University', 'Clearing 2024 | Northbridge University']), ['web.webPageDetails.name']],
    ['Page URL', (c, o, r) => v.pick(r, ['https://www.northbridge.ac.uk/courses/nursing-bsc', 'https://www.northbridge.ac.uk/open-days', 'https://www.northbridge.ac.uk/clearing']), ['web.webPageDetails.URL']],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.co.uk/', 'https://www.ucas.com/', '', 'https://www.whatuni.com/']), ['web.webReferrer.URL']],
    ['Search Keywords', (c, o, r) => v.pick(r, ['', '', 'nursing degree manchester', 'clearing places']), []],
    ['Campaign', (c, o, r) => v.pick(r, ['', '', 'clearing-2024-ppc', 'open-day-social']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['IP Address', (c, o, r) => IPS(r), ['environment.ipV4']],
    ['Location', (c, o, r, i) => `${row(UK, i)[1]}, United Kingdom`, [], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Edge', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['Operating System', (c, o, r) => v.pick(r, ['Windows', 'iOS', 'Android', 'Mac OS']), ['environment.operatingSystem']],
    ['Device Type', (c, o, r) => v.pick(r, ['Desktop', 'Mobile', 'Mobile', 'Tablet']), ['device.type'], opt],
    ['Survey Score', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['Transcript Emailed', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- Promoter.io (US), Dashboard > Responses > Export CSV
  { name: 'promoter-io-nps-responses-export', product: 'Promoter.io (Campaign dashboard > Feedback > Export to CSV, English UI, a US B2C meal-kit subscription\'s NPS campaign)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id']],
    ['campaign', (c, o, r) => v.pick(r, ['Quarterly NPS - Subscribers', 'Post-Delivery NPS']), ['marketing.campaignName']],
    ['email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['first_name', (c) => c.first, []],
    ['last_name', (c) => c.last, []],
    ['score', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['score_type', (c, o, r) => v.pick(r, ['promoter', 'promoter', 'passive', 'detractor']), []],
    ['comment', (c, o, r) => v.pick(r, ['', 'Love the recipes', 'Boxes arrive late sometimes', 'Too expensive for two people', 'Great variety, easy to cook']), []],
    ['posted_date', (c, o) => isoZ(o.at), ['timestamp']],
    ['survey_sent_date', (c, o, r) => isoZ(o.at - v.int(r, 1, 5) * day), []],
    ['status', (c, o, r) => v.pick(r, ['open', 'open', 'closed']), []],
    ['tags', (c, o, r) => v.pick(r, ['', 'delivery', 'pricing', 'recipes']), []],
    ['followup_href', (c, o, r) => `https://app.promoter.io/org/${v.int(r, 1000, 9999)}/feedback/${v.int(r, 10000000, 99999999)}`, []],
    ['contact_id', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['plan', (c, o, r) => v.pick(r, ['2 people / 3 meals', '4 people / 3 meals', '2 people / 5 meals']), []],
    ['customer_since', (c) => new Date(c.created).toISOString().slice(0, 10), []],
    ['state', (c, o, r, i) => row(US, i)[2], [GEO('stateProvince')], opt],
    ['orders_count', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['ltv', (c, o, r) => (v.int(r, 6000, 250000) / 100).toFixed(2), []],
  ] },

  // ---------------------------------------------------------------- SoGoSurvey (US), Reports > Raw Data > Export (Excel)
  { name: 'sogosurvey-raw-data-export', product: 'SoGoSurvey (Analyze > Raw data export, Excel, English UI, a US regional credit union\'s member satisfaction survey)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Response ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id']],
    ['Survey Name', () => 'Member Satisfaction Survey 2024', ['marketing.campaignName'], opt],
    ['Response Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Partial']), []],
    ['Start Date', (c, o) => usDT(o.at), ['timestamp'], opt],
    ['End Date', (c, o, r) => usDT(o.at + v.int(r, 90, 900) * 1000), ['timestamp']],
    ['Time Taken (Min)', (c, o, r) => (v.int(r, 15, 150) / 10).toFixed(1), []],
    ['Distribution Method', (c, o, r) => v.pick(r, ['Email Invitation', 'Email Invitation', 'Web Link', 'SMS']), [], opt],
    ['Email ID', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Custom Field 1 (Member Number)', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['Custom Field 2 (Branch)', (c, o, r) => v.pick(r, ['Midtown', 'Buckhead', 'Decatur', 'Online']), []],
    ['IP Address', (c, o, r) => IPS(r), ['environment.ipV4']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Edge', 'Firefox']), ['environment.browserDetails.name']],
    ['Device', (c, o, r) => v.pick(r, ['Desktop', 'Mobile', 'Tablet']), ['device.type'], opt],
    ['Operating System', (c, o, r) => v.pick(r, ['Windows', 'iOS', 'Android', 'Mac OS X']), ['environment.operatingSystem']],
    ['Language', () => 'English', [], opt],
    ['Q1. Overall, how satisfied are you with Peach State Credit Union?', (c, o, r) => v.pick(r, ['Very Satisfied', 'Satisfied', 'Neutral', 'Dissatisfied']), []],
    ['Q2. How likely are you to recommend us to a friend or colleague?', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['Q3. Which products do you use? - Checking', (c, o, r) => (r() < 0.8 ? 'Checking' : ''), []],
    ['Q3. Which products do you use? - Auto Loan', (c, o, r) => (r() < 0.3 ? 'Auto Loan' : ''), []],
    ['Q4. What could we do better?', (c, o, r) => v.pick(r, ['', 'Longer branch hours', 'Better mobile app', 'Nothing, keep it up']), []],
    ['Q5. Age group', (c, o, r) => v.pick(r, ['18-24', '25-34', '35-44', '45-54', '55+']), [], opt],
    ['Q6. ZIP code', (c, o, r, i) => row(US, i)[3], ['placeContext.geo.postalCode'], opt],
  ] },

  // ---------------------------------------------------------------- ProductReview.com.au (AU), Business portal > Reviews > Export
  { name: 'productreview-com-au-reviews-export', product: 'ProductReview.com.au (Business portal > Reviews > Download CSV, English UI, an Australian online mattress brand\'s listing)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Listing', (c, o, r) => v.pick(r, ['Sleepwell Original Mattress', 'Sleepwell Hybrid Mattress', 'Sleepwell']), [PL('name')], opt],
    ['Reviewer Name', (c, o, r, i) => `${fn(r, i)} ${ln(r, i)[0]}.`, []],
    ['Reviewer Email', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['bigpond.com', 'gmail.com', 'outlook.com.au', 'optusnet.com.au']), ['endUserIDs._experience.emailid.id'], opt],
    ['Reviewer Location', (c, o, r, i) => `${row(AU, i)[1]}, ${row(AU, i)[2]}`, [], opt],
    ['Rating', (c, o, r) => String(v.pick(r, [5, 5, 4, 3, 1])), []],
    ['Title', (c, o, r) => v.pick(r, ['Best sleep in years', 'Good but firm', 'Delivery was a nightmare', 'Great value']), []],
    ['Review', (c, o, r) => v.pick(r, ['Arrived in two days and back pain is gone.', 'Took a month to settle but comfy now.', 'Courier left it on the kerb in the rain.']), []],
    ['Date of Experience', (c, o, r) => auLong(o.at - v.int(r, 5, 60) * day), []],
    ['Date Posted', (c, o) => auD(o.at), ['timestamp']],
    ['Verified Purchase', (c, o, r) => (r() < 0.7 ? 'Yes' : 'No'), []],
    ['Order Number', (c, o, r) => (r() < 0.6 ? `SW${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['Purchased From', (c, o, r) => v.pick(r, ['Online', 'Online', 'Showroom', 'Retailer']), []],
    ['Incentivised', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), []],
    ['Status', (c, o, r) => v.pick(r, ['Published', 'Published', 'Under review', 'Removed']), []],
    ['Helpful Votes', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Business Response', (c, o, r) => v.pick(r, ['', '', 'Thanks for the kind words!', 'Sorry to hear this, we have reached out by email.']), []],
    ['Business Response Date', (c, o, r) => (r() < 0.4 ? auD(o.at + v.int(r, 1, 7) * day) : ''), []],
    ['Review URL', (c, o, r) => `https://www.productreview.com.au/listings/sleepwell-mattress/reviews/${v.hex(r, 8)}`, ['web.webPageDetails.URL'], opt],
  ] },

  // ---------------------------------------------------------------- TRUSTist (UK), Dashboard > Reviews > Export
  { name: 'trustist-reviews-export-uk', product: 'TRUSTist (Reviews > Export to CSV, English UI, a UK multi-branch estate agent collecting reviews from vendors, buyers and tenants)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review Date', (c, o) => ukD(o.at), ['timestamp']],
    ['Source', (c, o, r) => v.pick(r, ['TRUSTist', 'TRUSTist', 'Google', 'Facebook']), []],
    ['Rating', (c, o, r) => String(v.pick(r, [5, 5, 5, 4, 2])), []],
    ['Review', (c, o, r) => v.pick(r, ['Sold our house in three weeks, brilliant team.', 'Communication could have been better.', 'Really helpful lettings team.']), []],
    ['Reviewer Name', (c, o, r, i) => `${fn(r, i)} ${ln(r, i)}`, []],
    ['Reviewer Email', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Mobile', (c, o, r) => (r() < 0.6 ? ukIntl(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Reference', (c, o, r) => `PRP-${v.int(r, 10000, 99999)}`, [], opt],
    ['Service', (c, o, r) => v.pick(r, ['Sales', 'Lettings', 'Property Management', 'Valuation']), []],
    ['Location', (c, o, r) => v.pick(r, ['Didsbury', 'Chorlton', 'Sale', 'Altrincham']), [], opt],
    ['Staff Member', (c, o, r) => v.pick(r, AGENTS_UK), []],
    ['Invite Sent', (c, o, r) => ukD(o.at - v.int(r, 1, 10) * day), []],
    ['Invite Method', (c, o, r) => v.pick(r, ['Email', 'SMS', 'Email & SMS']), [], opt],
    ['Published', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), []],
    ['Reply', (c, o, r) => v.pick(r, ['', 'Thank you, it was a pleasure!', '']), []],
    ['Reply Date', (c, o, r) => (r() < 0.4 ? ukD(o.at + day) : ''), []],
    ['Flagged', (c, o, r) => (r() < 0.05 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- Customerly (Ireland), Contacts > People > Export
  { name: 'customerly-people-export', product: 'Customerly (Audience > People > Export CSV, English UI, an Irish SaaS booking tool\'s users and leads)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customerly ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ID],
    ['User ID', (c, o, r) => (r() < 0.7 ? `u_${v.alnum(r, 10)}` : ''), ID, opt],
    ['Type', (c, o, r) => v.pick(r, ['User', 'User', 'Lead']), [], opt],
    ['Name', (c, o, r, i) => `${fn(r, i)} ${ln(r, i)}`, ['person.name.fullName']],
    ['Email', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['gmail.com', 'eircom.net', 'outlook.ie', 'icloud.com']), ['personalEmail.address', 'workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? ieMob(r) : ''), ['mobilePhone.number', 'homePhone.number', 'workPhone.number']],
    ['Company', (c, o, r) => v.pick(r, ['', 'Glow Salon Galway', 'Phoenix Physio', 'Liffey Yoga Studio', 'Corrib Barbers']), ['organizations[0]']],
    ['Company ID', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Job Title', (c, o, r) => v.pick(r, ['', 'Owner', 'Manager', 'Receptionist']), [], opt],
    ['City', (c, o, r, i) => row(IE, i)[1], at(HOME, 'city'), opt],
    ['Country', () => 'Ireland', at(HOME, 'country'), opt],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'ga', 'pl']), [], opt],
    ['Signed Up', (c) => ukDHM(c.created), [], opt],
    ['Last Seen', (c, o, r) => ukDHM(c.created + v.int(r, 1, 300) * day), []],
    ['Last Contacted', (c, o, r) => (r() < 0.5 ? ukDHM(c.created + v.int(r, 1, 200) * day) : ''), []],
    ['Sessions', (c, o, r) => String(v.int(r, 1, 400)), []],
    ['Lead Score', (c, o, r) => String(v.int(r, 0, 100)), []],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox']), []],
    ['OS', (c, o, r) => v.pick(r, ['Mac OS', 'Windows', 'iOS', 'Android']), []],
    ['Unsubscribed', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), ['personalEmail.status'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'trial', 'paying, annual', 'churn-risk']), []],
    ['plan', (c, o, r) => v.pick(r, ['Free', 'Starter', 'Pro', 'Pro']), []],
    ['mrr', (c, o, r) => String(v.pick(r, [0, 19, 49, 49, 99])), []],
  ] },

  // ---------------------------------------------------------------- Gallabox (India), Contacts > Export
  { name: 'gallabox-contacts-export-in', product: 'Gallabox (WhatsApp inbox: Contacts > Export contacts CSV, English UI, a Bengaluru coaching institute\'s WhatsApp leads)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Contact ID', (c, o, r) => v.hex(r, 24), ID],
    ['Name', (c, o, r, i) => `${inFn(i)} ${inLn(i)}`, ['person.name.fullName']],
    ['Phone', (c, o, r) => inMob(r), ['mobilePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? `${inFn(i)}.${inLn(i)}`.toLowerCase() + `${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.co.in', 'rediffmail.com'])}` : ''), ['personalEmail.address']],
    ['WhatsApp Opt-in', (c, o, r) => (r() < 0.85 ? 'true' : 'false'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['JEE 2025', 'NEET Crash Course', 'JEE 2025, Demo Booked', 'Fee Enquiry']), []],
    ['Source', (c, o, r) => v.pick(r, ['Click to WhatsApp Ads', 'Website Widget', 'Import', 'API']), [], opt],
    ['Assignee', (c, o, r) => v.pick(r, ['', 'Neha (Counsellor)', 'Sanjay (Counsellor)']), []],
    ['Lead Stage', (c, o, r) => v.pick(r, ['New', 'Contacted', 'Demo Scheduled', 'Enrolled', 'Lost']), [], opt],
    ['Address', (c, o, r, i) => row(IN, i)[0], at(HOME, 'street1'), opt],
    ['City', (c, o, r, i) => row(IN, i)[1], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(IN, i)[2], at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Pincode', (c, o, r, i) => row(IN, i)[3], at(HOME, 'postalCode')],
    ['Country', () => 'India', at(HOME, 'country'), opt],
    ['Preferred Language', (c, o, r) => v.pick(r, ['English', 'Hindi', 'Kannada', 'Tamil']), [], opt],
    ['Date of Birth', (c, o, r) => { const p = parts(Date.UTC(2005, 0, 1) + v.int(r, 0, 1500) * day); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }, ['person.birthDate'], opt],
    ['Created At', (c) => istDT(c.created), [], opt],
    ['Updated At', (c, o, r) => istDT(c.created + v.int(r, 0, 60) * day), [], opt],
    ['Last Message At', (c, o, r) => istDT(c.created + v.int(r, 0, 90) * day), []],
    ['Unread Messages', (c, o, r) => String(v.int(r, 0, 6)), []],
  ] },

  // ---------------------------------------------------------------- Paperform (AU), Results > Submissions > Download CSV
  { name: 'paperform-submissions-csv-au', product: 'Paperform (form Results > Submissions > Download CSV, English UI, an Australian gym chain\'s free-trial sign-up form with a payment field)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Submission ID', (c, o, r) => v.hex(r, 24), ID],
    ['Submitted At', (c) => isoSyd(c.created), [], opt],
    ['First name', (c, o, r, i) => fn(r, i), ['person.name.firstName']],
    ['Last name', (c, o, r, i) => ln(r, i), ['person.name.lastName']],
    ['Email address', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['bigpond.com', 'gmail.com', 'outlook.com', 'icloud.com']), ['personalEmail.address']],
    ['Mobile number', (c, o, r) => auMob(r), ['mobilePhone.number']],
    ['Date of birth', (c) => auD(c.birth), ['person.birthDate']],
    ['Gender', (c, o, r, i) => ((i * 7 + 3) % 16 % 2 ? 'Female' : 'Male'), ['person.gender']],
    ['Address - Street', (c, o, r, i) => row(AU, i)[0], at(HOME, 'street1')],
    ['Address - Suburb', (c, o, r, i) => row(AU, i)[1], at(HOME, 'city')],
    ['Address - State', (c, o, r, i) => row(AU, i)[2], at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Address - Postcode', (c, o, r, i) => row(AU, i)[3], at(HOME, 'postalCode')],
    ['Address - Country', () => 'Australia', at(HOME, 'country')],
    ['Preferred club', (c, o, r) => v.pick(r, ['Parramatta', 'Fitzroy', 'Chermside', 'Subiaco']), []],
    ['Membership interest', (c, o, r) => v.pick(r, ['Gym only', 'Gym + Classes', 'Classes only']), []],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['Instagram', 'Friend', 'Google', 'Walked past']), [], opt],
    ['Emergency contact name', (c, o, r, i) => `${row(FIRST, i + 4)} ${ln(r, i)}`, []],
    ['Emergency contact phone', (c, o, r) => auMob(r), []],
    ['I agree to receive news and offers', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Coupon', (c, o, r) => (r() < 0.2 ? 'FREEWEEK' : ''), []],
    ['Total', (c, o, r) => (r() < 0.5 ? '$0.00' : '$29.00'), []],
    ['Payment Status', (c, o, r) => v.pick(r, ['paid', 'paid', 'none']), []],
    ['Stripe Charge ID', (c, o, r) => (r() < 0.5 ? `ch_${v.alnum(r, 24)}` : ''), []],
    ['Partial', () => 'false', []],
  ] },

  // ---------------------------------------------------------------- NiceJob (Canada), Customers > Export
  { name: 'nicejob-customers-export-ca', product: 'NiceJob (Customers > Export CSV, English UI, a Canadian HVAC contractor sending review and referral requests)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID],
    ['First Name', (c, o, r, i) => fn(r, i), ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => ln(r, i), ['person.name.lastName']],
    ['Email', (c, o, r, i) => em(fn(r, i), ln(r, i), i, ['shaw.ca', 'gmail.com', 'rogers.com', 'telus.net']), ['personalEmail.address']],
    ['Phone', (c, o, r) => caPh(r), ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c, o, r, i) => row(CA, i)[0], at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(CA, i)[1], at(HOME, 'city')],
    ['Province', (c, o, r, i) => row(CA, i)[2], at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Postal Code', (c, o, r, i) => row(CA, i)[3], at(HOME, 'postalCode')],
    ['Country', () => 'CA', at(HOME, 'countryCode')],
    ['Source', (c, o, r) => v.pick(r, ['Jobber', 'Jobber', 'QuickBooks Online', 'Manual', 'CSV Import']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'furnace', 'AC install', 'maintenance plan']), []],
    ['Date Added', (c) => caD(c.created), [], opt],
    ['Last Job Date', (c, o, r) => caD(c.created + v.int(r, 0, 400) * day), []],
    ['Review Request Status', (c, o, r) => v.pick(r, ['Reviewed', 'Sent', 'Scheduled', 'Opened', 'Clicked']), []],
    ['Review Rating', (c, o, r) => (r() < 0.5 ? String(v.pick(r, [5, 5, 4, 3])) : ''), []],
    ['Review Site', (c, o, r) => v.pick(r, ['', 'Google', 'Facebook', 'HomeStars']), []],
    ['Referrals Sent', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Subscribed', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Language', (c, o, r) => v.pick(r, ['English', 'English', 'French']), [], opt],
  ] },

  // ---------------------------------------------------------------- Client Heartbeat (AU), Contacts > Export
  { name: 'client-heartbeat-contacts-export', product: 'Client Heartbeat (Contacts > Export contacts CSV, English UI, an Australian managed-IT provider surveying its business clients)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 100000, 999999)), B2BID],
    ['First Name', (c, o, r, i) => fn(r, i), ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => ln(r, i), ['person.name.lastName']],
    ['Email', (c, o, r, i) => mail({ first: fn(r, i), last: ln(r, i).replace(/'/g, '') }, row(['harbourlegal.com.au', 'southbankdental.com.au', 'mcleodarchitects.com.au', 'pinnaclefreight.com.au'], i)), ['workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 8000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? auMob(r) : ''), ['mobilePhone.number']],
    ['Job Title', (c, o, r) => v.pick(r, ['Practice Manager', 'Office Manager', 'Director', 'Operations Manager', 'Principal']), ['extendedWorkDetails.jobTitle']],
    ['Company', (c, o, r, i) => row(['Harbour Legal', 'Southbank Dental', 'McLeod Architects', 'Pinnacle Freight'], i), ['b2b.companyName', 'organizations[0]']],
    ['Company ID', (c, o, r, i) => String(2000 + (i % 4)), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Account Manager', (c, o, r) => v.pick(r, ['Ben Carter', 'Lucy Ng', 'Sam Doyle']), []],
    ['Segment', (c, o, r) => v.pick(r, ['Managed Services', 'Project Clients', 'Cloud Only']), []],
    ['Industry', (c, o, r) => v.pick(r, ['Legal', 'Healthcare', 'Architecture', 'Logistics']), []],
    ['Decision Maker', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Unsubscribed']), [], opt],
    ['Last Survey Sent', (c, o, r) => auD(c.created + v.int(r, 0, 300) * day), []],
    ['Last Response', (c, o, r) => (r() < 0.6 ? auD(c.created + v.int(r, 0, 300) * day) : ''), [], opt],
    ['Overall Score', (c, o, r) => (r() < 0.6 ? (v.int(r, 50, 100) / 10).toFixed(1) : ''), []],
    ['Responsiveness', (c, o, r) => (r() < 0.6 ? String(v.int(r, 5, 10)) : ''), []],
    ['Likely to Recommend', (c, o, r) => (r() < 0.6 ? String(v.int(r, 4, 10)) : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'VIP', 'renewal Q3', 'onboarding']), []],
    ['Date Added', (c) => auDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
