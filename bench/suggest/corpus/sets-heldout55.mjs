// Round 55, heldout55: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: web
// analytics people, in-app and live-chat support desks, chat transcripts with visitor fields, feedback widgets, NPS
// survey responses and messenger-bot audiences.
import { E, P, v, at, HOME, GEO, opt, UA } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift, parts } from './values.mjs'

const pick = (xs, n) => xs[Math.abs(n) % xs.length]
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const digits = (s) => s.replace(/\D/g, '')
const e164 = (c) => `+1${digits(c.mobile).slice(-10)}`
const isoMs = (ms) => new Date(ms).toISOString()
const ny = (ms) => shift(ms, dst(ms) ? -4 : -5)
const usDateTime = (ms) => { const p = ny(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const usDate = (ms) => { const p = ny(ms); return `${p.m}/${p.d}/${p.y}` }
const usTime = (ms) => { const p = ny(ms); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const ymdhms = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const berlin = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const berlinDate = (ms) => berlin(ms).slice(0, 10)
const berlinTime = (ms) => berlin(ms).slice(11)
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const ip = (n) => `${73 + (n % 120)}.${(n * 7) % 256}.${(n * 13) % 256}.${1 + (n % 250)}`
const chatSecs = (o) => 90 + (+o.id % 1500)
const waitSecs = (o) => 5 + (+o.id % 110)
const US_GEO = [['Austin', 'Texas', 'TX', '30.2672', '-97.7431'], ['Denver', 'Colorado', 'CO', '39.7392', '-104.9903'], ['Columbus', 'Ohio', 'OH', '39.9612', '-82.9988'], ['Portland', 'Oregon', 'OR', '45.5152', '-122.6784'], ['Tampa', 'Florida', 'FL', '27.9506', '-82.4572'], ['Toronto', 'Ontario', 'ON', '43.6532', '-79.3832']]
const usGeo = (o) => pick(US_GEO, +o.id >> 1)
const usCountry = (o) => (usGeo(o)[2] === 'ON' ? ['Canada', 'CA'] : ['United States', 'US'])
const BROWSER = [['Chrome', '120.0.6099.129'], ['Safari', '17.2'], ['Firefox', '121.0'], ['Edge', '120.0.2210.91'], ['Chrome', '119.0.6045.199']]
const OS = [['Windows', '10'], ['Mac OS X', '10.15.7'], ['iOS', '17.2'], ['Android', '14'], ['Windows', '11']]
const br = (o) => pick(BROWSER, +o.id)
const os = (o) => pick(OS, +o.id >> 2)
const site = 'https://www.brightlinehome.com'
const PAGES = ['/', '/pricing', '/products/smart-thermostat', '/support/installation', '/checkout', '/account/orders']
const page = (o) => `${site}${pick(PAGES, +o.id)}`
const REF = ['https://www.google.com/', '', 'https://www.bing.com/', 'https://www.facebook.com/', '', 'https://duckduckgo.com/']
const ref = (o) => pick(REF, +o.id >> 3)
const AGENTS = ['Maria Lopez', 'Jason Reed', 'Priya Natarajan', 'Tom Becker']
const agent = (o) => pick(AGENTS, +o.id >> 1)

// GoSquared People CRM (People > All people > Export CSV; a UK SaaS's identified users, the identify API's property names).
const GS_IND = ['Marketing', 'Retail', 'Software', 'Education', 'Hospitality']
const GS_SIZE = ['1-10', '11-50', '51-200', '201-500']
const GS_POS = ['Founder', 'Head of Growth', 'Marketing Manager', 'Developer', 'Operations Lead']
// Helpshift: in-app issues of a mobile game studio (Dashboard > Issues > Export as CSV).
const HS_STATE = ['Resolved', 'Resolved', 'Rejected', 'Pending Reason', 'In Progress', 'New']
const hsState = (o) => pick(HS_STATE, +o.id)
const HS_TAGS = ['billing', 'bug, crash', 'account-recovery', '', 'purchase-missing', 'feedback']
const DEV = [['iPhone15,3', 'ios', '17.1.2'], ['SM-S911B', 'android', '14'], ['Pixel 7', 'android', '13'], ['iPad13,18', 'ios', '16.6'], ['iPhone14,5', 'ios', '17.2']]
const dev = (o) => pick(DEV, +o.id >> 1)
const LANG = ['en', 'en', 'es', 'fr', 'de', 'pt']
// Comm100 Live Chat: a US insurance broker's chats (Reports > Chats > Chat History > Export, CSV).
const CM_DEPT = ['Sales', 'Claims', 'Policy Service', 'Billing']
const CM_CAT = ['Quote request', 'Claim status', 'Change of address', 'Payment issue', '']
// Pure Chat: a US home-goods store's chat transcripts (Transcripts > Export, CSV).
const PC_Q = ['Do you ship to Canada?', 'Where is my order?', 'Is the thermostat compatible with Nest wiring?', 'Can I change my delivery date?', 'Do you price match?']
// LiveZilla: chat archive of a German bicycle shop (LiveZilla Client > Archiv > Chats > Exportieren, CSV; German UI).
const LZ_GRP = ['Verkauf', 'Werkstatt', 'Support']
const LZ_OP = ['Jana Vogel', 'Florian Braun', 'Sven Krüger']
const LZ_CITY = [['Berlin', 'Deutschland'], ['Hamburg', 'Deutschland'], ['München', 'Deutschland'], ['Wien', 'Österreich'], ['Zürich', 'Schweiz']]
const LZ_BR = ['Chrome 120.0', 'Firefox 121.0', 'Safari 17.2', 'Edge 120.0']
const LZ_OS = ['Windows 10', 'Mac OS X', 'iOS', 'Android', 'Linux']
// Chaport: visitors of a Latvian-run English-language online language school (Visitors > Export to CSV).
const CP_UTM = ['google', '', 'facebook', 'newsletter', '', 'instagram']
// Delighted: NPS responses of a US meal-kit company (Dashboard > Export > Responses CSV, web and email surveys).
const npsComment = ['Love the recipes, deliveries sometimes late.', '', 'Too expensive for two people.', 'Great quality ingredients!', '', 'Packaging waste is a lot.']
const dlScore = (o) => (+o.id * 7) % 11
const DL_SRC = ['Email', 'Email', 'Web', 'SMS']
// Wootric (InMoment): NPS responses of a B2C fitness app (Responses > Export CSV, the API's dotted field names).
const WT_PLAN = ['free', 'premium', 'premium', 'family']
// Usersnap: feedback items of a US bank's web app beta (Project > List > Export, CSV).
const US_STATE = ['Open', 'In Progress', 'Done', 'Open', 'Closed']
const US_LBL = ['bug', 'ux', 'bug, login', '', 'feature-request', 'copy']
const US_TITLE = ['Transfer button not working', 'Balance chart empty', 'Typo on statements page', 'Cannot upload check image', 'Dark mode please']
const screen = (o) => pick(['1920x1080', '1440x900', '390x844', '2560x1440', '1366x768'], +o.id)
// respond.io: WhatsApp/Messenger contacts of a Singapore-based travel agency (Contacts > Export contacts, CSV).
const RI_LIFE = ['New Lead', 'Hot Lead', 'Customer', 'Payment', '']
const RI_CH = ['WhatsApp', 'WhatsApp, Facebook Messenger', 'Instagram', 'Telegram', 'Website Chat']
// ManyChat: subscribers of a US boutique fitness studio's Instagram/Messenger bot (Contacts > Export to CSV).
const MC_TAGS = ['trial-class', 'member, yoga', '', 'lead', 'pilates, member']

export const SETS = [
  // ---------------------------------------------------------------- analytics people
  { name: 'gosquared-people-en', product: 'GoSquared People CRM (People > All people > Export CSV; a UK SaaS\'s identified users, the identify API\'s property names, last-seen location and device)', family: 'analytics', language: 'en', schema: P, cols: [
    ['id', (c) => `user_${c.id}`, ['_id', 'personID']],
    ['email', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['username', (c) => `${slug(c.first)}${c.id.slice(-3)}`, [], opt],
    ['phone', (c, o, r) => (r() < 0.4 ? `+44 7${c.id.slice(0, 3)} ${c.id}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['description', (c, o, r) => (r() < 0.2 ? 'Signed up via webinar' : ''), []],
    ['avatar', (c, o, r) => (r() < 0.3 ? `https://www.gravatar.com/avatar/${v.hex(r, 32)}` : ''), []],
    ['created_at', (c) => isoMs(c.created), [], opt],
    ['company_name', (c) => c.company, ['organizations[0]']],
    ['company_position', (c) => pick(GS_POS, +c.id), []],
    ['company_industry', (c) => pick(GS_IND, +c.id >> 1), []],
    ['company_size', (c) => pick(GS_SIZE, +c.id >> 2), []],
    ['first_seen', (c) => isoMs(c.created), [], opt],
    ['last_seen', (c) => isoMs(Math.max(c.created, c.updated)), [], opt],
    ['total_visits', (c) => String(1 + (+c.id % 140)), []],
    ['last_location.country', (c) => c.countryCode, at(HOME, 'country'), opt],
    ['last_location.city', (c) => c.city, at(HOME, 'city'), opt],
    ['last_device.browser', (c) => pick(['Chrome', 'Safari', 'Firefox'], +c.id), []],
    ['last_device.os', (c) => pick(['Mac OS', 'Windows', 'iOS'], +c.id >> 1), []],
    ['tags', (c) => pick(['trial', 'paying', '', 'churned', 'paying, enterprise'], +c.id), []],
    ['custom.plan', (c) => pick(['Starter', 'Growth', 'Free'], +c.id), [], opt],
  ] },
  // ---------------------------------------------------------------- support desks, in-app
  { name: 'helpshift-issues-en', product: 'Helpshift (Dashboard > Issues > Export as CSV; a mobile game studio\'s in-app support issues with the device, app and player fields)', family: 'support', language: 'en', schema: E, cols: [
    ['Issue ID', (c, o) => String(40000 + (+o.id % 50000)), ['_id']],
    ['Publish ID', (c, o) => String(1000 + (+o.id % 9000)), [], opt],
    ['Created At', (c, o) => ymdhms(o.at), ['timestamp']],
    ['Title', (c, o) => pick(PC_Q, +o.id), []],
    ['State', (c, o) => hsState(o), [], opt],
    ['Assignee', (c, o) => (hsState(o) === 'New' ? '' : agent(o)), []],
    ['Queue', (c, o) => pick(['Billing', 'Tech', 'General'], +o.id), []],
    ['Tags', (c, o) => pick(HS_TAGS, +o.id), []],
    ['Platform', (c, o) => dev(o)[1], ['environment.operatingSystem'], opt],
    ['OS Version', (c, o) => dev(o)[2], ['environment.operatingSystemVersion']],
    ['Device Model', (c, o) => dev(o)[0], ['device.model']],
    ['App Version', (c, o) => `4.${+o.id % 12}.${+o.id % 5}`, [], opt],
    ['SDK Version', (c, o) => `10.${+o.id % 3}.0`, []],
    ['Language', (c, o) => pick(LANG, +o.id), ['environment._dc.language'], opt],
    ['Country', (c, o) => usCountry(o)[1], [GEO('countryCode')], opt],
    ['Name', (c) => c.first, []],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['User ID', (c) => `plr_${c.id}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Messages Count', (c, o) => String(2 + (+o.id % 14)), []],
    ['First Response Time (mins)', (c, o) => String(3 + (+o.id % 240)), []],
    ['Resolution Time (mins)', (c, o) => (hsState(o) === 'Resolved' ? String(30 + (+o.id % 2000)) : ''), []],
    ['CSAT Rating', (c, o) => (hsState(o) === 'Resolved' ? String(1 + (+o.id % 5)) : ''), []],
    ['Last Updated At', (c, o) => ymdhms(o.at + (1 + (+o.id % 48)) * 3600000), [], opt],
  ] },
  // ---------------------------------------------------------------- live chat transcripts
  { name: 'snapengage-chats-en', product: 'SnapEngage (Analytics > Logs > Export chat logs, CSV; a US home-goods retailer\'s website chats, one row per chat with the visitor\'s browser and geo-IP fields)', family: 'support', language: 'en', schema: E, cols: [
    ['Case ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Chat Start Date', (c, o) => usDateTime(o.at), ['timestamp']],
    ['Chat End Date', (c, o) => usDateTime(o.at + chatSecs(o) * 1000), [], opt],
    ['Chat Duration', (c, o) => String(chatSecs(o)), []],
    ['Chat Wait Time', (c, o) => String(waitSecs(o)), []],
    ['Chat Agent Alias', (c, o) => agent(o).split(' ')[0], []],
    ['Chat Agent IM ID', (c, o) => `${slug(agent(o).split(' ')[0])}@brightlinehome.com`, []],
    ['Chat Ended By', (c, o) => pick(['visitor', 'agent', 'idled out'], +o.id), []],
    ['Chat Responded', (c, o) => (+o.id % 9 === 0 ? 'false' : 'true'), []],
    ['Visitor Name', (c) => c.full, []],
    ['Visitor Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Contact Phone', (c, o, r) => (r() < 0.3 ? e164(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Description', (c, o) => pick(PC_Q, +o.id), []],
    ['Entry URL', (c, o) => `${site}/`, [], opt],
    ['Page URL', (c, o) => page(o), ['web.webPageDetails.URL']],
    ['Referrer URL', (c, o) => ref(o), ['web.webReferrer.URL']],
    ['IP Address', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['ISP', (c, o) => pick(['Comcast Cable', 'AT&T Internet', 'Spectrum', 'Verizon Fios', 'Rogers'], +o.id >> 1), ['environment.ISP']],
    ['City', (c, o) => usGeo(o)[0], [GEO('city')]],
    ['Country', (c, o) => usCountry(o)[0], [], opt],
    ['Country Code', (c, o) => usCountry(o)[1], [GEO('countryCode')]],
    ['Latitude', (c, o) => usGeo(o)[3], [GEO('_schema.latitude')]],
    ['Longitude', (c, o) => usGeo(o)[4], [GEO('_schema.longitude')]],
    ['Browser', (c, o) => `${br(o)[0]} ${br(o)[1]}`, ['environment.browserDetails.name'], opt],
    ['Browser Abbreviated', (c, o) => br(o)[0], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => os(o)[0], ['environment.operatingSystem']],
    ['Languages', (c, o) => pick(['en-US,en;q=0.9', 'en-US', 'es-US,es;q=0.9,en;q=0.8', 'en-CA,en;q=0.9,fr;q=0.8'], +o.id), ['environment.browserDetails.acceptLanguage']],
    ['Widget ID', () => '5e1f0a3c-8d42-4b7e-9c16-2f7d30a1b9e4', []],
    ['Link to case', (c, o) => `https://secure.snapengage.com/viewcase?c=${o.id}`, []],
  ] },
  { name: 'comm100-chat-history-en', product: 'Comm100 Live Chat (Reports > Chats > Chat History > Export, CSV; a US insurance broker\'s chats with pre-chat form fields and the visitor\'s navigation)', family: 'support', language: 'en', schema: E, cols: [
    ['Chat ID', (c, o) => String(9000000 + (+o.id * 37) % 999999), ['_id']],
    ['Start Time', (c, o) => usDateTime(o.at), ['timestamp']],
    ['End Time', (c, o) => usDateTime(o.at + chatSecs(o) * 1000), [], opt],
    ['Duration', (c, o) => hms(chatSecs(o)), []],
    ['Wait Time', (c, o) => hms(waitSecs(o)), []],
    ['Department', (c, o) => pick(CM_DEPT, +o.id), []],
    ['Agents', (c, o) => (+o.id % 7 === 0 ? `${agent(o)}, ${pick(AGENTS, +o.id + 1)}` : agent(o)), []],
    ['Name', (c) => c.full, []],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Company', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Product/Service', (c, o) => pick(['Auto', 'Home', 'Renters', 'Life', 'Umbrella'], +o.id), [], opt],
    ['Category', (c, o) => pick(CM_CAT, +o.id >> 1), []],
    ['Rating', (c, o) => (+o.id % 3 === 0 ? String(1 + (+o.id % 5)) : ''), []],
    ['Rating Comment', (c, o) => (+o.id % 6 === 0 ? 'Very helpful, thanks!' : ''), []],
    ['IP', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['Location', (c, o) => `${usGeo(o)[0]}, ${usGeo(o)[1]}, ${usCountry(o)[0]}`, [], opt],
    ['Chat Requested Page', (c, o) => page(o), ['web.webPageDetails.URL']],
    ['Chat Requested Page Title', (c, o) => pick(['Get a Quote | Keystone Insurance', 'File a Claim', 'Home', 'Contact Us'], +o.id), ['web.webPageDetails.name']],
    ['Landing Page', () => `${site}/`, [], opt],
    ['Referrer URL', (c, o) => ref(o), ['web.webReferrer.URL']],
    ['Search Engine', (c, o) => (ref(o).includes('google') ? 'Google' : ref(o).includes('bing') ? 'Bing' : ''), [], opt],
    ['Search Keywords', (c, o) => (ref(o).includes('google') ? 'cheap car insurance quote' : ''), [], opt],
    ['Browser', (c, o) => `${br(o)[0]} ${br(o)[1].split('.')[0]}`, ['environment.browserDetails.name'], opt],
    ['Operating System', (c, o) => `${os(o)[0]} ${os(o)[1]}`, ['environment.operatingSystem'], opt],
    ['Visitor Segment', (c, o) => pick(['Returning visitor', 'New visitor', 'Quote abandoners'], +o.id), []],
    ['Visits', (c, o) => String(1 + (+o.id % 9)), []],
  ] },
  { name: 'purechat-transcripts-en', product: 'Pure Chat (Transcripts > Export, CSV; a US home-goods store\'s website chat transcripts, one row per chat)', family: 'support', language: 'en', schema: E, cols: [
    ['Chat Id', (c, o) => String(21000000 + (+o.id * 41) % 999999), ['_id']],
    ['Visitor Name', (c) => c.first, []],
    ['Visitor Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Visitor Phone Number', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Visitor Company', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Visitor Question', (c, o) => pick(PC_Q, +o.id), []],
    ['Chat Date', (c, o) => usDate(o.at), ['timestamp'], opt],
    ['Chat Start Time', (c, o) => usTime(o.at), [], opt],
    ['Chat End Time', (c, o) => usTime(o.at + chatSecs(o) * 1000), [], opt],
    ['Chat Duration', (c, o) => `${Math.floor(chatSecs(o) / 60)}m ${chatSecs(o) % 60}s`, []],
    ['Operators', (c, o) => agent(o), []],
    ['Widget', () => 'Brightline Website', []],
    ['Rating', (c, o) => pick(['Thumbs Up', '', 'Thumbs Down', ''], +o.id), []],
    ['Tags', (c, o) => pick(['shipping', '', 'returns', 'pre-sale'], +o.id >> 1), []],
    ['Page', (c, o) => page(o), ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => ref(o), ['web.webReferrer.URL']],
    ['IP Address', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['City', (c, o) => usGeo(o)[0], [GEO('city')]],
    ['State', (c, o) => usGeo(o)[2], [GEO('stateProvince')]],
    ['Country', (c, o) => usCountry(o)[0], [], opt],
    ['Browser', (c, o) => br(o)[0], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => os(o)[0], ['environment.operatingSystem']],
    ['Transcript', (c, o) => `[${usTime(o.at)}] ${c.first}: ${pick(PC_Q, +o.id)} [${usTime(o.at + 60000)}] ${agent(o).split(' ')[0]}: Happy to help!`, []],
  ] },
  { name: 'livezilla-chats-de', product: 'LiveZilla (LiveZilla Client: Archiv > Chats > Exportieren, CSV; German UI, the chat archive of a German bicycle shop with the visitor\'s form and browser fields)', family: 'support', language: 'de', schema: E, cols: [
    ['Chat-ID', (c, o) => String(11000 + (+o.id % 80000)), ['_id']],
    ['Besucher-ID', (c, o, r) => v.hex(r, 10), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Datum', (c, o) => berlinDate(o.at), ['timestamp'], opt],
    ['Beginn', (c, o) => berlinTime(o.at), [], opt],
    ['Ende', (c, o) => berlinTime(o.at + chatSecs(o) * 1000), [], opt],
    ['Dauer', (c, o) => hms(chatSecs(o)), []],
    ['Wartezeit', (c, o) => hms(waitSecs(o)), []],
    ['Operator', (c, o) => pick(LZ_OP, +o.id), []],
    ['Gruppe', (c, o) => pick(LZ_GRP, +o.id >> 1), []],
    ['Name', (c) => c.full, []],
    ['E-Mail', (c, o, r) => (r() < 0.7 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Firma', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Telefon', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Frage', (c, o) => pick(['Ist das E-Bike noch lieferbar?', 'Wann ist meine Reparatur fertig?', 'Haben Sie den Helm in Größe L?', 'Kann ich per Rechnung zahlen?'], +o.id), []],
    ['IP-Adresse', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['Host', (c, o) => `p${digits(ip(+o.id)).slice(0, 8)}.dip0.t-ipconnect.de`, []],
    ['Stadt', (c, o) => pick(LZ_CITY, +o.id)[0], [GEO('city')]],
    ['Land', (c, o) => pick(LZ_CITY, +o.id)[1], [], opt],
    ['Sprache', (c, o) => pick(['DE', 'DE', 'EN', 'DE'], +o.id), ['environment._dc.language'], opt],
    ['Browser', (c, o) => pick(LZ_BR, +o.id), ['environment.browserDetails.name'], opt],
    ['Betriebssystem', (c, o) => pick(LZ_OS, +o.id >> 1), ['environment.operatingSystem']],
    ['Seite', (c, o) => `https://www.radhaus-sued.de${pick(['/', '/e-bikes', '/werkstatt', '/zubehoer/helme'], +o.id)}`, ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => pick(['https://www.google.de/', '', 'https://www.ecosia.org/'], +o.id >> 2), ['web.webReferrer.URL']],
    ['Bewertung', (c, o) => (+o.id % 4 === 0 ? `${1 + (+o.id % 5)}/5` : ''), []],
    ['Ticket-ID', (c, o) => (+o.id % 5 === 0 ? `LZ${String(+o.id).padStart(6, '0')}` : ''), []],
  ] },
  { name: 'chaport-visitors-en', product: 'Chaport (Visitors > Export to CSV; an online language school\'s chat visitors with the fields collected by the chat bot and the last visit\'s details)', family: 'support', language: 'en', schema: P, cols: [
    ['Visitor ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Notes', (c, o, r) => (r() < 0.2 ? 'Interested in B2 Spanish evening group' : ''), []],
    ['Country', (c) => c.countryName, at(HOME, 'country'), opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['Language', (c) => pick(['en', 'es', 'de', 'lv', 'ru'], +c.id), [], opt],
    ['Timezone', (c) => pick(['Europe/Riga', 'Europe/London', 'America/New_York', 'Europe/Berlin'], +c.id), [], opt],
    ['Browser', (c) => pick(['Chrome 120', 'Safari 17', 'Firefox 121'], +c.id), []],
    ['OS', (c) => pick(['Windows 10', 'macOS 14', 'iOS 17', 'Android 14'], +c.id >> 1), []],
    ['IP', (c) => ip(+c.id), [], opt],
    ['First visit', (c) => ymdhms(c.created), [], opt],
    ['Last visit', (c) => ymdhms(Math.max(c.created, c.updated)), [], opt],
    ['Visits', (c) => String(1 + (+c.id % 30)), []],
    ['Chats', (c) => String(+c.id % 6), []],
    ['Assigned operator', (c) => pick(['Ilze', 'Mark', ''], +c.id), []],
    ['UTM source', (c) => pick(CP_UTM, +c.id), [], opt],
    ['Course level', (c) => pick(['A1', 'A2', 'B1', 'B2', ''], +c.id >> 2), []],
  ] },
  // ---------------------------------------------------------------- feedback and NPS surveys
  { name: 'delighted-responses-en', product: 'Delighted (Dashboard > Export > Responses, CSV; a US meal-kit company\'s NPS survey responses by email and web, with person properties and the Delighted web properties)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Response ID', (c, o) => String(300000000 + (+o.id * 97) % 99999999), ['_id']],
    ['Score', (c, o) => String(dlScore(o)), []],
    ['Comment', (c, o) => pick(npsComment, +o.id), []],
    ['Response timestamp', (c, o) => ymdhms(o.at), ['timestamp']],
    ['Updated timestamp', (c, o) => ymdhms(o.at + (+o.id % 5) * 86400000), [], opt],
    ['Survey type', () => 'nps', []],
    ['Name', (c) => c.full, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone number', (c, o, r) => (r() < 0.2 ? e164(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Person ID', (c) => String(80000000 + +c.id), [], opt],
    ['Tags', (c, o) => pick(['delivery', '', 'price', 'quality', ''], +o.id), []],
    ['Notes', (c, o) => (+o.id % 8 === 0 ? 'Followed up with credit' : ''), []],
    ['Permalink', (c, o) => `https://delighted.com/r/${o.id}`, []],
    ['Customer ID', (c) => `cus_${c.id}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Plan', (c) => pick(['2 people, 3 meals', '4 people, 4 meals', '2 people, 2 meals'], +c.id), []],
    ['Delighted Source', (c, o) => pick(DL_SRC, +o.id), [], opt],
    ['Delighted Device Type', (c, o) => pick(['Desktop', 'Mobile', 'Tablet'], +o.id >> 1), ['device.type']],
    ['Delighted Browser', (c, o) => br(o)[0], ['environment.browserDetails.name']],
    ['Delighted Operating System', (c, o) => os(o)[0], ['environment.operatingSystem']],
    ['Delighted Country', (c, o) => usCountry(o)[1], [GEO('countryCode')], opt],
    ['Delighted Page URL', (c, o) => (pick(DL_SRC, +o.id) === 'Web' ? page(o) : ''), ['web.webPageDetails.URL']],
    ['Delighted Referrer URL', (c, o) => (pick(DL_SRC, +o.id) === 'Web' ? ref(o) : ''), ['web.webReferrer.URL']],
  ] },
  { name: 'wootric-responses-en', product: 'Wootric by InMoment (Responses > Export CSV; a fitness app\'s in-app and web NPS responses, the API\'s dotted end_user fields)', family: 'marketing', language: 'en', schema: E, cols: [
    ['id', (c, o) => String(90000000 + (+o.id * 13) % 9999999), ['_id']],
    ['score', (c, o) => String(dlScore(o)), []],
    ['text', (c, o) => pick(['Workouts are great', '', 'App crashes on Android', 'Too many notifications', ''], +o.id), []],
    ['created_at', (c, o) => isoMs(o.at), ['timestamp']],
    ['updated_at', (c, o) => isoMs(o.at + 3600000), [], opt],
    ['completed', (c, o) => (+o.id % 10 === 0 ? 'false' : 'true'), []],
    ['excluded_from_calculations', () => 'false', []],
    ['ip_address', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['origin_url', (c, o) => `https://app.pulsefit.io${pick(['/dashboard', '/workouts', '/settings/billing'], +o.id)}`, ['web.webPageDetails.URL']],
    ['survey_type', () => 'NPS', []],
    ['channel', (c, o) => pick(['web', 'mobile', 'email'], +o.id), [], opt],
    ['tags', (c, o) => pick(['', 'PRICE', 'BUGS', 'CONTENT'], +o.id), []],
    ['end_user.id', (c) => String(5000000 + +c.id), [], opt],
    ['end_user.email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['end_user.external_id', (c) => `usr_${c.id}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['end_user.phone_number', (c, o, r) => (r() < 0.15 ? e164(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['end_user.created_at', (c) => isoMs(c.created), [], opt],
    ['end_user.properties.plan', (c) => pick(WT_PLAN, +c.id), []],
    ['end_user.properties.country', (c, o) => usCountry(o)[1], [GEO('countryCode')], opt],
    ['end_user.properties.language', (c, o) => pick(['en', 'en', 'es'], +o.id), ['environment._dc.language'], opt],
  ] },
  { name: 'usersnap-feedback-en', product: 'Usersnap (Project > List > Export, CSV; the feedback widget of a US bank\'s web-app beta, the visitor\'s browser and screen with each item)', family: 'support', language: 'en', schema: E, cols: [
    ['Feedback ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Feedback Number', (c, o) => String(1000 + (+o.id % 9000)), [], opt],
    ['Created', (c, o) => isoMs(o.at), ['timestamp']],
    ['State', (c, o) => pick(US_STATE, +o.id), [], opt],
    ['Priority', (c, o) => pick(['Low', 'Medium', 'High', ''], +o.id >> 1), []],
    ['Assignee', (c, o) => pick(['', 'dev.team@nsbank.com', 'qa@nsbank.com'], +o.id), []],
    ['Labels', (c, o) => pick(US_LBL, +o.id), []],
    ['Title', (c, o) => pick(US_TITLE, +o.id), []],
    ['Comment', (c, o) => pick(['Clicked twice, nothing happened.', 'Chart shows no data for last month.', '', 'Spelling of statement'], +o.id), []],
    ['Rating', (c, o) => (+o.id % 3 === 0 ? String(1 + (+o.id % 5)) : ''), []],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['URL', (c, o) => `https://beta.nsbank.com${pick(['/accounts', '/transfers/new', '/statements', '/deposit'], +o.id)}`, ['web.webPageDetails.URL']],
    ['Browser', (c, o) => br(o)[0], ['environment.browserDetails.name']],
    ['Browser Version', (c, o) => br(o)[1], ['environment.browserDetails.version']],
    ['Operating System', (c, o) => `${os(o)[0]} ${os(o)[1]}`, ['environment.operatingSystem'], opt],
    ['Screen Size', (c, o) => screen(o), [], opt],
    ['Browser Size', (c, o) => pick(['1903x969', '1440x789', '390x664', '1280x720'], +o.id), [], opt],
    ['User Agent', (c, o) => pick(UA, +o.id), ['environment.browserDetails.userAgent']],
    ['IP Address', (c, o) => ip(+o.id), ['environment.ipV4']],
    ['Location', (c, o) => `${usGeo(o)[0]}, ${usCountry(o)[0]}`, [], opt],
    ['Link', (c, o, r) => `https://app.usersnap.com/l/feedback/${v.uuid(r)}`, []],
    ['Screenshot URL', (c, o, r) => `https://resources.usersnap.com/image/${v.hex(r, 32)}.png`, []],
    ['Custom Data', (c) => `{"customerId":"${c.id}","segment":"${pick(['retail', 'premier'], +c.id)}"}`, []],
  ] },
  // ---------------------------------------------------------------- messaging audiences
  { name: 'respondio-contacts-en', product: 'respond.io (Contacts > Export contacts, CSV; a Singapore travel agency\'s WhatsApp, Messenger and Instagram contacts with lifecycle stage and assignee)', family: 'support', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(100000000 + +c.id * 3), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.7 ? c.last : ''), ['person.name.lastName']],
    ['Phone Number', (c) => `+65${8000 + (+c.id % 1999)}${String(+c.id % 10000).padStart(4, '0')}`, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['Language', (c) => pick(['en', 'zh', 'ms', 'en'], +c.id), [], opt],
    ['Profile Pic', (c, o, r) => (r() < 0.5 ? `https://cdn.respond.io/contacts/${v.hex(r, 16)}.jpg` : ''), []],
    ['Country Code', () => 'SG', at(HOME, 'country'), opt],
    ['Status', (c) => pick(['Open', 'Closed', 'Closed'], +c.id), []],
    ['Lifecycle', (c) => pick(RI_LIFE, +c.id), [], opt],
    ['Assignee', (c) => pick(['Wei Ling Tan', 'Farah Aziz', '', 'Daniel Ong'], +c.id >> 1), []],
    ['Tags', (c) => pick(['bali-package', 'japan-2025, vip', '', 'honeymoon'], +c.id), []],
    ['Channels', (c) => pick(RI_CH, +c.id), []],
    ['Created At', (c) => isoMs(c.created), [], opt],
    ['Last Interaction Time', (c) => isoMs(Math.max(c.created, c.updated)), [], opt],
    ['Last Incoming Message Time', (c) => isoMs(Math.max(c.created, c.updated) - (+c.id % 50) * 60000), [], opt],
    ['Travel Date', (c) => (+c.id % 3 === 0 ? v.fmt.ymd(c.updated + 40 * 86400000) : ''), []],
  ] },
  { name: 'manychat-subscribers-en', product: 'ManyChat (Contacts > select all > Export, CSV; a US boutique fitness studio\'s Instagram and Messenger bot audience with custom fields)', family: 'marketing', language: 'en', schema: P, cols: [
    ['ID', (c) => String(6000000000000000 + +c.id * 101), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Gender', (c) => (+c.id % 4 === 0 ? '' : c.female ? 'female' : 'male'), ['person.gender'], opt],
    ['Locale', (c) => pick(['en_US', 'en_US', 'es_LA', 'en_GB'], +c.id), [], opt],
    ['Language', (c) => pick(['English', 'English', 'Spanish'], +c.id), [], opt],
    ['Timezone', (c) => pick(['-5', '-6', '-8', '-7'], +c.id), [], opt],
    ['Profile Pic', (c, o, r) => `https://manybot-thumbnails.s3.amazonaws.com/ig/${v.hex(r, 20)}.jpg`, []],
    ['Instagram Username', (c) => `${slug(c.first)}.${slug(c.last)}fit`, [], opt],
    ['Email', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? e164(c) : ''), ['mobilePhone.number']],
    ['Subscribed', (c) => usDateTime(c.created), [], opt],
    ['Last Interaction', (c) => usDateTime(Math.max(c.created, c.updated)), [], opt],
    ['Last Seen', (c) => usDateTime(c.updated), [], opt],
    ['Opted-in Through Email', (c) => (+c.id % 3 === 0 ? 'Yes' : 'No'), [], opt],
    ['Opted-in Through SMS', (c) => (+c.id % 5 === 0 ? 'Yes' : 'No'), [], opt],
    ['Tags', (c) => pick(MC_TAGS, +c.id), []],
    ['Live Chat URL', (c) => `https://app.manychat.com/fb123456/chat/${c.id}`, []],
    ['Favorite Class', (c) => pick(['Yoga', 'Spin', 'Pilates', 'HIIT', ''], +c.id), []],
    ['Birthday', (c, o, r) => (r() < 0.3 ? v.fmt.us(c.birth) : ''), ['person.birthDate']],
  ] },
]
