// Round 88, tune88: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). SMS, voice and call-centre platforms of the US, UK, Europe and India: message
// detail records, SMS history and delivery reports, call logs and contact/phonebook exports; en and de.
import { E, P, B, v, GEO, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoMs = (ms) => new Date(ms).toISOString()
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const deT = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const day = 86400000

// phones: E.164 with and without '+', US/UK/DE/IN/EE
const us164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const usPretty = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const uk447 = (r) => `447${v.int(r, 100, 999)}${v.int(r, 100000, 999999)}`
const de49 = (r) => `49${v.pick(r, ['151', '160', '170', '176', '1520'])}${v.int(r, 1000000, 9999999)}`
const in91 = (r) => `91${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 10000000, 99999999)}`
const ee372 = (r) => `+372${v.int(r, 5000000, 5999999)}`
const au61 = (r) => `61${v.pick(r, ['4'])}${v.int(r, 10000000, 99999999)}`

const US_CARRIERS = ['T-Mobile USA', 'Verizon Wireless', 'AT&T Wireless', 'US Cellular']
const IN_OPERATORS = ['Airtel', 'Jio', 'Vodafone Idea', 'BSNL']
const UK_NETS = ['EE', 'O2', 'Vodafone UK', 'Three']
const AGENTS = [['Maya Thompson', 'maya.thompson@brightdesk.io', 101], ['Luis Ortega', 'luis.ortega@brightdesk.io', 102], ['Priya Nair', 'priya.nair@brightdesk.io', 103], ['Owen Fletcher', 'owen.fletcher@brightdesk.io', 104]]
const TEAMS = ['Support', 'Sales', 'Billing', 'Onboarding']
const nm = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- Telnyx: messaging detail records (Mission Control > Reporting > Detail Records, CSV)
  { name: 'telnyx-messaging-detail-records-csv', product: 'Telnyx (Mission Control portal: Reporting > Detail Records > Messaging > Export CSV, English UI, a US appointment-reminder SaaS sending SMS/MMS through a messaging profile)', family: 'events', language: 'en', schema: E, cols: [
    ['uuid', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['record_type', () => 'message_detail_record', []],
    ['created_at', (c, o) => iso(o.at), ['timestamp']],
    ['sent_at', (c, o) => iso(o.at + 2000), ['timestamp'], opt],
    ['completed_at', (c, o, r) => (r() < 0.9 ? iso(o.at + 9000) : ''), [], opt],
    ['updated_at', (c, o) => iso(o.at + 9000), [], opt],
    ['direction', (c, o, r) => v.pick(r, ['outbound', 'outbound', 'outbound', 'inbound']), [], opt],
    ['message_type', (c, o, r) => v.pick(r, ['SMS', 'SMS', 'MMS']), [], opt],
    ['cli', () => '+18445550137', []],
    ['cld', (c, o, r) => us164(r), ['endUserIDs._experience.phonenumberid.id']],
    ['status', (c, o, r) => v.pick(r, ['delivered', 'delivered', 'delivered', 'sent', 'delivery_failed']), [], opt],
    ['delivery_status', (c, o, r) => v.pick(r, ['success: webhook succeeded', 'success: webhook succeeded', 'failed: webhook timeout']), []],
    ['errors', (c, o, r) => (r() < 0.1 ? '40001' : ''), []],
    ['parts', (c, o, r) => String(v.int(r, 1, 3)), [], opt],
    ['carrier', (c, o, r) => v.pick(r, US_CARRIERS), ['environment.carrier'], opt],
    ['country_code', () => 'US', [GEO('countryCode')], opt],
    ['source_country_code', () => 'US', []],
    ['mcc', () => '310', []],
    ['mnc', (c, o, r) => v.pick(r, ['260', '004', '410']), []],
    ['on_net', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['profile_id', () => '40017a2b-5e1c-4c8e-9d3a-7b1f0c2e6a91', []],
    ['profile_name', () => 'Reminders Production', []],
    ['tags', (c, o, r) => v.pick(r, ['', 'reminder', 'reminder,24h', 'confirm']), []],
    ['rate', () => '0.0040', []],
    ['carrier_fee', (c, o, r) => v.pick(r, ['0.0030', '0.0025', '0.0000']), []],
    ['cost', (c, o, r) => (0.004 * v.int(r, 1, 3)).toFixed(4), []],
    ['currency', () => 'USD', []],
  ] },

  // ---------------------------------------------------------------- ClickSend: SMS history download (Dashboard > Reporting > History > Download)
  { name: 'clicksend-sms-history-download', product: 'ClickSend (dashboard: Messages > History > SMS > Download CSV, English UI, an Australian/UK trades business sending job updates by SMS)', family: 'marketing', language: 'en', schema: E, cols: [
    ['message_id', (c, o, r) => v.uuid(r).toUpperCase(), ['_id'], opt],
    ['date', (c, o) => String(Math.floor(o.at / 1000)), ['timestamp']],
    ['date_added', (c, o) => String(Math.floor((o.at - 5000) / 1000)), [], opt],
    ['status_code', (c, o, r) => v.pick(r, ['201', '201', '201', '301']), []],
    ['status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'Undelivered']), [], opt],
    ['status_text', (c, o, r) => v.pick(r, ['Success: Message received on handset.', 'Success: Message received on handset.', 'Error: Delivery failed.']), [], opt],
    ['error_code', (c, o, r) => (r() < 0.1 ? 'UNDELIV' : ''), []],
    ['error_text', (c, o, r) => (r() < 0.1 ? 'Handset switched off' : ''), []],
    ['to', (c, o, r) => `+${au61(r)}`, ['endUserIDs._experience.phonenumberid.id']],
    ['from', () => 'SparkyPro', []],
    ['body', (c) => `Hi ${c.first}, your electrician is on the way and will arrive in approx 30 mins. Reply STOP to opt out`, []],
    ['direction', () => 'out', [], opt],
    ['message_parts', (c, o, r) => String(v.int(r, 1, 2)), [], opt],
    ['message_price', (c, o, r) => (0.077 * v.int(r, 1, 2)).toFixed(4), []],
    ['country', () => 'AU', [GEO('countryCode')], opt],
    ['carrier', (c, o, r) => v.pick(r, ['Telstra', 'Optus', 'Vodafone AU']), ['environment.carrier'], opt],
    ['schedule', () => '', []],
    ['custom_string', (c, o, r) => `JOB-${v.int(r, 20000, 29999)}`, []],
    ['list_id', () => '', []],
    ['contact_id', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000, 199999999)) : ''), [], opt],
    ['contact_first_name', (c, o, r) => c.first, [], opt],
    ['contact_last_name', (c, o, r) => c.last, [], opt],
    ['subaccount_id', () => '48213', []],
    ['_api_username', () => 'office@sparkypro.com.au', []],
  ] },

  // ---------------------------------------------------------------- Aircall: calls export (Dashboard > Analytics > Call history > Export)
  { name: 'aircall-call-history-export', product: 'Aircall (Dashboard: Activity feed / Call history > Export CSV, English UI, a US SaaS company\'s support and sales phone team)', family: 'support', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => String(v.int(r, 1500000000, 1999999999)), ['_id'], opt],
    ['direction', (c, o, r) => v.pick(r, ['inbound', 'inbound', 'outbound']), [], opt],
    ['status', (c, o, r) => v.pick(r, ['answered', 'answered', 'missed', 'voicemail', 'abandoned']), [], opt],
    ['missed_call_reason', (c, o, r) => (r() < 0.2 ? v.pick(r, ['out_of_opening_hours', 'no_available_agent', 'agents_did_not_answer', 'short_abandoned']) : ''), []],
    ['started_at', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['answered_at', (c, o, r) => (r() < 0.75 ? ymdHMS(o.at + 12000) : ''), [], opt],
    ['ended_at', (c, o, r) => ymdHMS(o.at + v.int(r, 60, 900) * 1000), [], opt],
    ['duration (total)', (c, o, r) => String(v.int(r, 20, 900)), []],
    ['duration (in call)', (c, o, r) => String(v.int(r, 0, 880)), []],
    ['raw_digits', (c, o, r) => us164(r), ['endUserIDs._experience.phonenumberid.id']],
    ['contact', (c, o, r) => (r() < 0.6 ? nm(c) : ''), []],
    ['user', (c, o, r, i) => row(AGENTS, i)[0], []],
    ['user_email', (c, o, r, i) => row(AGENTS, i)[1], []],
    ['number_name', (c, o, r, i) => `${row(TEAMS, i)} US`, []],
    ['number_digits', () => '+1 415-555-0199', []],
    ['number_country', () => 'US', []],
    ['team', (c, o, r, i) => row(TEAMS, i), []],
    ['tags', (c, o, r) => v.pick(r, ['', 'billing question', 'demo request', 'bug report;priority']), []],
    ['comments', (c, o, r) => v.pick(r, ['', '', 'Customer asked for callback tomorrow', 'Escalated to tier 2']), []],
    ['recording', (c, o, r) => (r() < 0.6 ? `https://assets.aircall.io/calls/${v.int(r, 1500000000, 1999999999)}/recording` : ''), []],
    ['voicemail', () => '', []],
    ['transferred_to', () => '', []],
    ['hangup_cause', (c, o, r) => v.pick(r, ['agent_hangup', 'contact_hangup', '']), []],
    ['cost', (c, o, r) => (r() * 0.4).toFixed(3), []],
    ['link', (c, o, r) => `https://dashboard.aircall.io/calls/${v.int(r, 1500000000, 1999999999)}`, []],
  ] },

  // ---------------------------------------------------------------- Textmagic: contacts export (Contacts > Export)
  { name: 'textmagic-contacts-export', product: 'Textmagic (web app: Contacts > All contacts > Export > CSV, English UI, a UK dental practice\'s patient SMS list)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Phone', (c, o, r) => uk447(r), ['mobilePhone.number']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Company', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Country', () => 'GB', at(HOME, 'countryCode'), opt],
    ['Lists', (c, o, r) => v.pick(r, ['Patients', 'Patients; Hygiene recall', 'Patients; Whitening offer']), []],
    ['Type', () => 'Mobile', [], opt],
    ['Blocked', (c, o, r) => (r() < 0.05 ? 'Yes' : 'No'), [], opt],
    ['Unsubscribed', (c, o, r) => (r() < 0.07 ? 'Yes' : 'No'), [], opt],
    ['Date of birth', (c, o, r) => (r() < 0.7 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Patient ID', (c) => `P${c.id}`, ['_id', 'personID'], opt],
    ['Last visit', (c) => dmy(c.updated), []],
    ['Practitioner', (c, o, r) => v.pick(r, ['Dr Shah', 'Dr Morgan', 'Dr Ellis']), []],
    ['Created', (c) => dmyHM(c.created), [], opt],
    ['Updated', (c) => dmyHM(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Kaleyra: SMS tabular MT report (Reports > SMS > Tabular > Download)
  { name: 'kaleyra-sms-tabular-mt-report', product: 'Kaleyra (Kaleyra.io: Reports > SMS > Tabular report, MT, Download CSV, English UI, an Indian NBFC sending transactional and OTP SMS under DLT)', family: 'marketing', language: 'en', schema: E, cols: [
    ['DIRECTION', () => 'MT', [], opt],
    ['COUNTRY_NAME', () => 'India', [], opt],
    ['NETWORK_NAME', (c, o, r) => v.pick(r, ['Bharti Airtel Ltd.', 'Reliance Jio Infocomm Ltd.', 'Vodafone Idea Ltd.', 'BSNL']), ['environment.carrier'], opt],
    ['SENDER', () => 'FINKRT', []],
    ['MOBILE', (c, o, r) => in91(r), ['endUserIDs._experience.phonenumberid.id']],
    ['SOURCE', (c, o, r) => v.pick(r, ['API', 'API', 'API', 'campaign']), []],
    ['STATUS', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'Not Delivered', 'Expired']), [], opt],
    ['STATUS_TRACE', (c, o, r) => v.pick(r, ['Delivrd', 'Delivrd', 'Delivrd', 'UNDELIV', 'DND-ERR', 'NET-ERR']), [], opt],
    ['REFUNDED', (c, o, r) => (r() < 0.05 ? '1' : '0'), []],
    ['CREATED', (c, o) => { const p = shift(o.at, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}:${pad(o.at % 1000, 3)}Z` }, ['timestamp']],
    ['SMS_LENGTH', (c, o, r) => String(v.int(r, 60, 160)), []],
    ['BILLING_UNIT', (c, o, r) => String(v.int(r, 1, 2)), []],
    ['MESSAGE_ID', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}:1`, ['_id'], opt],
    ['CATEGORY', (c, o, r) => v.pick(r, ['TXN', 'TXN', 'OTP']), [], opt],
    ['CAMPAIGN_NAME', (c, o, r) => (r() < 0.3 ? 'EMI due reminder' : ''), ['marketing.campaignName'], opt],
    ['MESSAGE', (c, o, r) => `Dear Customer, EMI of Rs.${v.int(r, 1200, 9800)} for loan a/c XX${v.int(r, 1000, 9999)} is due on ${dmy(o.at + 5 * day, 5.5)}. -Finkart`, []],
    ['DLT_ENTITY_ID', () => '1201159140000012345', []],
    ['DLT_TEMPLATE_ID', (c, o, r) => `1207${v.int(r, 100000000, 999999999)}${v.int(r, 100000, 999999)}`, []],
    ['REF_ID', (c, o, r) => (r() < 0.5 ? `LN${v.int(r, 100000, 999999)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- MSG91: SMS logs / delivery report export
  { name: 'msg91-sms-logs-export', product: 'MSG91 (panel: SMS > Reports > Logs > Export, CSV, English UI, an Indian D2C food brand sending order and promo SMS)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Request ID', (c, o, r) => `${v.hex(r, 24)}`, [], opt],
    ['Date', (c, o) => ymd(o.at, 5.5), ['timestamp'], opt],
    ['Time', (c, o) => ymdHMS(o.at, 5.5).slice(11), [], opt],
    ['Mobile No.', (c, o, r) => in91(r), ['endUserIDs._experience.phonenumberid.id']],
    ['Sender ID', () => 'CHAIPT', []],
    ['Route', (c, o, r) => v.pick(r, ['Transactional', 'Transactional', 'Promotional']), [], opt],
    ['Flow / Template', (c, o, r) => v.pick(r, ['order_confirmed', 'order_dispatched', 'weekend_offer']), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['', '', 'Weekend Chai Fest']), ['marketing.campaignName'], opt],
    ['Message', (c, o, r) => `Hi ${c.first}, your order #CP${v.int(r, 100000, 999999)} is confirmed. Track: https://chaip.in/t/${v.alnum(r, 6)}`, []],
    ['Credit', (c, o, r) => String(v.int(r, 1, 2)), []],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'Failed', 'Rejected', 'NDNC']), [], opt],
    ['Failure Reason', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Absent subscriber', 'DND registered', 'Invalid number']) : ''), []],
    ['Delivery Time', (c, o, r) => (r() < 0.85 ? ymdHMS(o.at + 3000, 5.5) : ''), [], opt],
    ['Operator', (c, o, r) => v.pick(r, IN_OPERATORS), ['environment.carrier'], opt],
    ['Circle', (c, o, r) => v.pick(r, ['Karnataka', 'Delhi NCR', 'Maharashtra', 'West Bengal']), [GEO('stateProvince')], opt],
    ['Country', () => 'India', [], opt],
    ['User', () => 'ops@chaipoint.example', []],
  ] },

  // ---------------------------------------------------------------- Textlocal: contacts export (Contacts > group > Export)
  { name: 'textlocal-contacts-group-export', product: 'Textlocal (Messenger: Contacts > group > Export contacts, CSV, English UI, a UK gym\'s member SMS group)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Number', (c, o, r) => uk447(r), ['mobilePhone.number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Custom1', (c, o, r) => v.pick(r, ['Off-peak', 'Anytime', 'Student', 'Corporate']), []],
    ['Custom2', (c) => `M${c.id}`, [], opt],
    ['Custom3', (c, o, r) => (r() < 0.5 ? dmy(c.created) : ''), []],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Date of Birth', (c, o, r) => (r() < 0.6 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Group', () => 'Members - Leeds', []],
    ['Opted Out', (c, o, r) => (r() < 0.06 ? 'Yes' : 'No'), [], opt],
    ['Date Added', (c) => dmyHM(c.created), [], opt],
    ['Postcode', (c, o, r) => v.pick(r, ['LS1 4AP', 'LS6 2QS', 'LS8 1DF', 'LS11 5AE']), at(HOME, 'postalCode')],
  ] },

  // ---------------------------------------------------------------- seven.io: SMS journal (Journal > Ausgehend > CSV-Export, German UI)
  { name: 'seven-io-sms-journal-ausgehend-de', product: 'seven.io, formerly sms77 (Dashboard: Journal > Ausgehende SMS > Export CSV, German UI, a German Hausarztpraxis sending appointment reminders)', family: 'marketing', language: 'de', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 77000000000, 77999999999)), ['_id'], opt],
    ['Datum', (c, o) => deT(o.at, 1), ['timestamp']],
    ['Absender', () => 'PraxisMayr', []],
    ['Empfänger', (c, o, r) => de49(r), ['endUserIDs._experience.phonenumberid.id']],
    ['Text', (c, o) => `Erinnerung: Ihr Termin am ${deT(o.at + 2 * day, 1).slice(0, 10)} um 09:30 Uhr. Absage bitte telefonisch. Praxis Dr. Mayr`, []],
    ['Typ', (c, o, r) => v.pick(r, ['SMS', 'SMS', 'Flash-SMS']), [], opt],
    ['Teile', (c, o, r) => String(v.int(r, 1, 2)), [], opt],
    ['Preis', (c, o, r) => `${(0.075 * v.int(r, 1, 2)).toFixed(3).replace('.', ',')} €`, []],
    ['Status', (c, o, r) => v.pick(r, ['DELIVERED', 'DELIVERED', 'DELIVERED', 'NOTDELIVERED', 'TRANSMITTED']), [], opt],
    ['Statuszeit', (c, o, r) => (r() < 0.9 ? deT(o.at + 6000, 1) : ''), [], opt],
    ['Netz', (c, o, r) => v.pick(r, ['Telekom', 'Vodafone', 'O2 (Telefónica)']), ['environment.carrier'], opt],
    ['Label', (c, o, r) => v.pick(r, ['', 'termin', 'termin']), []],
    ['Fremd-ID', (c, o, r) => (r() < 0.5 ? `T-${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['Quelle', (c, o, r) => v.pick(r, ['API', 'Web']), []],
    ['Verzögert', () => '', []],
  ] },

  // ---------------------------------------------------------------- Messente: phonebook contacts export
  { name: 'messente-phonebook-contacts-export', product: 'Messente (dashboard: Phonebook > Contacts > Export CSV, English UI, an Estonian e-shop\'s SMS marketing contacts)', family: 'marketing', language: 'en', schema: P, cols: [
    ['phoneNumber', (c, o, r) => ee372(r), ['mobilePhone.number']],
    ['email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['company', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['title', (c, o, r) => (r() < 0.3 ? (c.female ? 'Ms' : 'Mr') : ''), ['person.name.courtesyTitle'], opt],
    ['custom', (c, o, r) => v.pick(r, ['', 'VIP', 'loyalty']), []],
    ['custom2', (c, o, r) => (r() < 0.5 ? `EE${v.int(r, 10000, 99999)}` : ''), []],
    ['custom3', () => '', []],
    ['custom4', () => '', []],
    ['scheduledDeletionDate', (c, o, r) => (r() < 0.05 ? ymd(c.updated + 30 * day) : ''), []],
    ['groups', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter;Black Friday 2024', 'Customers']), []],
  ] },

  // ---------------------------------------------------------------- RingCentral: call log export (Admin Portal > Analytics/Call Log > Export)
  { name: 'ringcentral-company-call-log-csv', product: 'RingCentral (Admin Portal: Reports > Call Log > Company call log > Download CSV, detailed, English UI, a US property management firm)', family: 'support', language: 'en', schema: E, cols: [
    ['Type', (c, o, r) => v.pick(r, ['Voice', 'Voice', 'Voice', 'Fax']), [], opt],
    ['Phone Number', (c, o, r) => usPretty(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Name', (c, o, r) => (r() < 0.4 ? `${c.last.toUpperCase()} ${c.first.toUpperCase()}` : 'WIRELESS CALLER'), []],
    ['Date', (c, o) => `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(o.at - 5 * 3600000).getUTCDay()]} ${mdy(o.at)}`, ['timestamp'], opt],
    ['Time', (c, o) => mdyT(o.at).split(' ').slice(1).join(' '), [], opt],
    ['Action', (c, o, r) => v.pick(r, ['Phone Call', 'VoIP Call', 'Incoming Fax']), []],
    ['Action Result', (c, o, r) => v.pick(r, ['Accepted', 'Accepted', 'Call connected', 'Missed', 'Voicemail', 'Hang Up']), [], opt],
    ['Result Description', () => '', []],
    ['Call Length', (c, o, r) => hms(v.int(r, 5, 1800)), []],
    ['Handled Time', (c, o, r) => hms(v.int(r, 0, 1700)), []],
    ['Direction', (c, o, r) => v.pick(r, ['Incoming', 'Incoming', 'Outgoing']), [], opt],
    ['From', (c, o, r) => usPretty(r), [], opt],
    ['From Name', (c, o, r) => (r() < 0.5 ? nm(c) : ''), []],
    ['To', () => '(312) 555-0148', []],
    ['To Name', (c, o, r, i) => `${row(['Leasing Office', 'Maintenance', 'Accounts'], i)}`, []],
    ['Extension', (c, o, r, i) => String(row(AGENTS, i)[2]), []],
    ['Forwarded To', () => '', []],
    ['Department', (c, o, r, i) => row(['Leasing', 'Maintenance', 'Accounting'], i), []],
    ['Site', () => 'Main Site', []],
    ['Recording', (c, o, r) => (r() < 0.3 ? 'Automatic' : ''), []],
    ['Session Id', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 10000, 99999)), ['_id'], opt],
  ] },

  // ---------------------------------------------------------------- Dialpad: call history (Admin > Analytics > Export > Calls)
  { name: 'dialpad-call-records-export', product: 'Dialpad (Dialpad Analytics: Export > Records > Calls, CSV, English UI, a US insurance agency\'s office line and sales team)', family: 'support', language: 'en', schema: E, cols: [
    ['call_id', (c, o, r) => String(v.int(r, 4500000000000000, 6999999999999999)), ['_id'], opt],
    ['date_started', (c, o) => ymdHMS(o.at, -5), ['timestamp']],
    ['date_rang', (c, o) => ymdHMS(o.at + 1000, -5), [], opt],
    ['date_connected', (c, o, r) => (r() < 0.7 ? ymdHMS(o.at + 9000, -5) : ''), [], opt],
    ['date_ended', (c, o, r) => ymdHMS(o.at + v.int(r, 30, 1200) * 1000, -5), [], opt],
    ['direction', (c, o, r) => v.pick(r, ['inbound', 'outbound']), [], opt],
    ['external_number', (c, o, r) => us164(r), ['endUserIDs._experience.phonenumberid.id']],
    ['internal_number', () => '+16175550122', []],
    ['contact_name', (c, o, r) => (r() < 0.6 ? nm(c) : ''), []],
    ['contact_email', (c, o, r) => (r() < 0.3 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['target_name', (c, o, r, i) => row(AGENTS, i)[0], []],
    ['target_email', (c, o, r, i) => row(AGENTS, i)[1], []],
    ['target_type', (c, o, r) => v.pick(r, ['user', 'user', 'callcenter', 'office']), []],
    ['categories', (c, o, r) => v.pick(r, ['answered', 'missed', 'voicemail', 'answered,transferred', 'abandoned']), [], opt],
    ['talk_duration', (c, o, r) => (v.int(r, 0, 1200) / 60).toFixed(2), []],
    ['total_duration', (c, o, r) => (v.int(r, 20, 1300) / 60).toFixed(2), []],
    ['hold_time', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['was_recorded', (c, o, r) => (r() < 0.4 ? 'True' : 'False'), []],
    ['transcription_text', () => '', []],
    ['mos_score', (c, o, r) => (3.8 + r() * 0.6).toFixed(2), []],
    ['timezone', () => 'US/Eastern', [], opt],
  ] },

  // ---------------------------------------------------------------- CloudTalk: contacts export (Contacts > Export)
  { name: 'cloudtalk-contacts-export', product: 'CloudTalk (web app: Contacts > List > select all > Export, CSV with the import template\'s lower-case column names, English UI, a Czech/European B2B software reseller\'s sales calling base)', family: 'b2b', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => String(v.int(r, 200000000, 299999999)), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['name', (c) => nm(c), ['person.name.fullName']],
    ['title', (c, o, r) => (r() < 0.6 ? c.job : ''), ['extendedWorkDetails.jobTitle']],
    ['company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['industry', (c, o, r) => v.pick(r, ['Manufacturing', 'Logistics', 'Retail', 'IT Services', '']), []],
    ['website', (c) => `https://www.${c.company.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12)}.com`, ['b2b.companyWebsite']],
    ['phone', (c, o, r) => `+420${v.int(r, 600000000, 799999999)}`, ['workPhone.number', 'mobilePhone.number']],
    ['phone_2', (c, o, r) => (r() < 0.25 ? `+4202${v.int(r, 10000000, 99999999)}` : ''), ['workPhone.number'], opt],
    ['email', (c) => c.workEmail, ['workEmail.address']],
    ['address', (c, o, r) => v.pick(r, ['Vinohradská 12', 'Karlova 44', 'Náměstí Míru 3', 'Husova 8']), ['workAddress.street1']],
    ['city', (c, o, r) => v.pick(r, ['Praha', 'Brno', 'Ostrava', 'Plzeň']), ['workAddress.city']],
    ['zip', (c, o, r) => `${v.int(r, 100, 799)} ${pad(v.int(r, 0, 99))}`, ['workAddress.postalCode']],
    ['state', () => '', ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['country_code', () => 'CZ', ['workAddress.countryCode']],
    ['tags', (c, o, r) => v.pick(r, ['', 'hot lead', 'partner', 'renewal Q3']), []],
    ['owner', (c, o, r, i) => row(AGENTS, i)[0], []],
    ['created_at', (c) => ymdHMS(c.created, 1), ['extSourceSystemAudit.createdDate'], opt],
    ['last_call_at', (c, o, r) => (r() < 0.7 ? ymdHMS(c.updated, 1) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['note', (c, o, r) => v.pick(r, ['', '', 'Call back after budget approval', 'Prefers email']), []],
  ] },
]
