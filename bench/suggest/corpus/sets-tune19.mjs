// Round 19, tune19: tune sets added in round 19, written blind (see ../README.md). Same format as sets.mjs.
import { P, E, B, v, f, HOME, ID, B2BID, OR, SHIP, PL, opt } from './sets.mjs'
import { loc } from './values10.mjs'
import { loc12 } from './values12.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const row = (rows, i) => rows[i % rows.length]
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const later = (c) => Math.max(c.created, c.updated) + 3600000
const comma = (n) => n.toFixed(2).replace('.', ',')
const isoMs = (ms) => new Date(ms).toISOString()
// "2024-03-05 14:22" (Calendly, Payhip), "March 5, 2024" (Patreon), "05.03.2024" (Booksy), "2024/03/05 14:22:31" (Qoo10, JST)
const ymdhm = (ms) => f.ymdhms(ms).slice(0, 16)
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const longUs = (ms) => { const p = parts(ms); return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}` }
const plDate = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const jst = (ms) => { const p = parts(ms + 9 * 3600000); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => jst(ms).slice(0, 10)
const svTime = (ms) => ymdhm(ms)
const itDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// local people, places and products the shared generators lack
const GHOST_LABELS = ['', '', 'newsletter-2023', 'import-substack', 'podcast, vip', 'early-supporter']
const GHOST_TIERS = ['', '', '', 'Supporter', 'Founding member']
const PATREON_TIERS = [['Supporter', 3], ['Supporter', 3], ['Backstage Pass', 7], ['Producer', 15], ['Executive Producer', 50]]
const CAL_TYPES = [['30 Minute Meeting', 30], ['Intro Call', 15], ['Product Demo', 45], ['Onboarding Session', 60]]
const STREAK_PIPES = [['Sales Pipeline', 'Lead'], ['Sales Pipeline', 'Contacted'], ['Sales Pipeline', 'Demo Scheduled'], ['Hiring', 'Phone Screen'], ['Sales Pipeline', 'Closed Won']]
const PAYHIP_ITEMS = [['Lightroom Presets Vol. 2', 19], ['The Freelance Pricing Guide (ebook)', 12.99], ['Procreate Brush Pack', 8], ['Notion Budget Template', 15], ['Watercolor Course - Beginner', 49]]
const JP_ITEMS = [['【送料無料】国産 無添加 ドライフルーツ ミックス 500g', 'ミックス / 500g', 1980, 'DF-MIX-500'], ['韓国コスメ シカ クリーム 50ml', 'ホワイト', 2450, 'CICA-CR-50'], ['ワイヤレスイヤホン Bluetooth5.3 防水', 'ブラック', 3280, 'WE-BT53-BK'], ['レディース ニット カーディガン 春', 'アイボリー / M', 3990, 'KN-CD-IV-M'], ['ステンレス タンブラー 600ml 保温保冷', 'シルバー', 1650, 'TB-600-SV']]
const PL_SERVICES = ['Strzyżenie damskie', 'Manicure hybrydowy', 'Strzyżenie męskie + broda', 'Koloryzacja', 'Masaż klasyczny 60 min']
const IT_SERVICES = ['Piega', 'Taglio donna', 'Colore + piega', 'Manicure semipermanente', 'Trattamento viso']
const SV_CARS = [['Volvo V60 D4 AWD Momentum', '1012345678'], ['Volkswagen Golf 1.5 TSI', '1012349912'], ['Tesla Model 3 Long Range', '1012377301'], ['Toyota RAV4 Hybrid AWD', '1012401188'], ['Kia Niro EV Advance', '1012299450']]
const SV_NAMES = [['Erik', 'Johansson'], ['Anna', 'Andersson'], ['Lars', 'Karlsson'], ['Maria', 'Nilsson'], ['Johan', 'Eriksson'], ['Karin', 'Larsson'], ['Anders', 'Olsson']]
const svMobile = (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const usPhone = (r) => `+1 ${v.int(r, 201, 989)}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
const tz = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata']

export const SETS = [
  // ---------------------------------------------------------------- email tools (Ghost, Members > Export all members; header seen whole in Ghost's own tests)
  { name: 'ghost-members', product: 'Ghost (Admin: Members > ⚙ > Export all members, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => v.hex(r, 24), ID],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['name', (c, o, r) => (r() < 0.8 ? c.full : ''), ['person.name.fullName']],
    ['note', (c, o, r) => v.pick(r, ['', '', '', 'Met at conference', 'Gifted comp by editor']), []],
    ['subscribed_to_emails', (c, o, r) => (r() < 0.85 ? 'true' : 'false'), [], opt],
    ['complimentary_plan', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), []],
    ['stripe_customer_id', (c, o, r) => (r() < 0.25 ? `cus_${v.alnum(r, 14)}` : ''), [], opt],
    ['created_at', (c) => isoMs(c.created), [], opt],
    ['deleted_at', () => '', []],
    ['labels', (c, o, r) => v.pick(r, GHOST_LABELS), [], opt],
    ['tiers', (c, o, r) => v.pick(r, GHOST_TIERS), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (Patreon, Audience > Relationship manager > Export CSV)
  { name: 'patreon-members', product: 'Patreon (Creator page: Audience > Relationship manager > Export CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Discord', (c, o, r) => (r() < 0.3 ? `${slug(c.first)}_${v.int(r, 10, 999)}` : ''), []],
    ['Patron Status', (c, o, r) => v.pick(r, ['Active patron', 'Active patron', 'Active patron', 'Former patron', 'Declined patron']), [], opt],
    ['Follows You', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Lifetime Amount', (c, o, r, i) => (row(PATREON_TIERS, i)[1] * v.int(r, 1, 30)).toFixed(2), [], opt],
    ['Pledge Amount', (c, o, r, i) => row(PATREON_TIERS, i)[1].toFixed(2), []],
    ['Charge Frequency', (c, o, r) => (r() < 0.9 ? 'monthly' : 'annual'), []],
    ['Tier', (c, o, r, i) => row(PATREON_TIERS, i)[0], [], opt],
    ['Addressee', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.full : ''), [], opt],
    ['Street', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.street : ''), ['shippingAddress.street1', 'homeAddress.street1', 'mailingAddress.street1']],
    ['City', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.city : ''), ['shippingAddress.city', 'homeAddress.city', 'mailingAddress.city']],
    ['State', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.region : ''), ['shippingAddress.stateProvince', 'shippingAddress.state', 'homeAddress.stateProvince', 'homeAddress.state', 'mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Zip', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.postcode : ''), ['shippingAddress.postalCode', 'homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Country', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.countryCode : ''), ['shippingAddress.countryCode', 'homeAddress.countryCode', 'mailingAddress.countryCode'], opt],
    ['Phone', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 && r() < 0.5 ? c.mobile : ''), ['shippingAddressPhone.number', 'mobilePhone.number', 'homePhone.number'], opt],
    ['Patronage Since Date', (c) => longUs(c.created), [], opt],
    ['Last Charge Date', (c) => longUs(later(c)), [], opt],
    ['Last Charge Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Paid', 'Declined', 'Pending']), []],
    ['Additional Details', (c, o, r) => v.pick(r, ['', '', '', 'Please credit me as "Sam"']), []],
    ['User ID', (c, o, r) => String(v.int(r, 1000000, 99999999)), ID],
    ['Last Updated', (c) => isoMs(later(c)), [], opt],
    ['Currency', () => 'USD', []],
    ['Max Posts', () => '', []],
    ['Access Expiration', (c, o, r) => (r() < 0.15 ? longUs(later(c) + 30 * 86400000) : ''), []],
    ['Next Charge Date', (c, o, r) => (r() < 0.8 ? longUs(later(c) + 30 * 86400000) : ''), []],
  ] },

  // ---------------------------------------------------------------- events (Calendly, Meetings/Scheduled events > Export, one row per invitee booking)
  { name: 'calendly-scheduled-events', product: 'Calendly (Meetings > Scheduled events > Export, CSV, one row per invitee)', family: 'events', language: 'en', schema: E, cols: [
    ['Invitee Name', (c) => c.full, []],
    ['Invitee First Name', (c, o, r) => (r() < 0.3 ? c.first : ''), []],
    ['Invitee Last Name', (c, o, r) => (r() < 0.3 ? c.last : ''), []],
    ['Invitee Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Text Reminder Number', (c, o, r) => (r() < 0.25 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Event Type Name', (c, o, r, i) => row(CAL_TYPES, i)[0], [], opt],
    ['Start Date & Time', (c, o) => ymdhm(o.at + 5 * 86400000), ['timestamp'], opt],
    ['End Date & Time', (c, o, r, i) => ymdhm(o.at + 5 * 86400000 + row(CAL_TYPES, i)[1] * 60000), [], opt],
    ['Invitee Time Zone', (c, o, r) => v.pick(r, tz), ['placeContext.ianaTimezone']],
    ['Location', (c, o, r) => v.pick(r, ['Zoom', 'Google Meet', 'Phone call', 'https://zoom.us/j/8123456789']), []],
    ['Event Created Date & Time', (c, o) => ymdhm(o.at), ['timestamp']],
    ['Canceled', (c, o, r) => (r() < 0.12 ? 'true' : 'false'), [], opt],
    ['Cancellation reason', (c, o, r) => (r() < 0.08 ? 'Something came up, will rebook' : ''), []],
    ['Canceled By', () => '', []],
    ['Guest Email(s)', (c, o, r) => (r() < 0.1 ? c.workEmail : ''), []],
    ['User Name', (c, o, r) => v.pick(r, ['Alex Rivera', 'Priya Shah', 'Tom Becker']), []],
    ['User Email', (c, o, r) => v.pick(r, ['alex@tidyhq.io', 'priya@tidyhq.io', 'tom@tidyhq.io']), []],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['', '', '', 'q2-webinar', 'pricing-page']), ['marketing.campaignName', 'marketing.trackingCode']],
    ['UTM Source', (c, o, r) => v.pick(r, ['', '', '', 'linkedin', 'newsletter']), [], opt],
    ['UTM Medium', (c, o, r) => v.pick(r, ['', '', '', 'social', 'email']), [], opt],
    ['UTM Term', () => '', [], opt],
    ['UTM Content', () => '', [], opt],
    ['Salesforce UUID', () => '', []],
    ['Marked as No-Show', (c, o, r) => (r() < 0.05 ? 'Yes' : ''), []],
    ['Question 1', () => 'What would you like to discuss?', []],
    ['Response 1', (c, o, r) => v.pick(r, ['Pricing for a team of 10', 'Migration from our current tool', '', 'API access']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Streak for Gmail, Contacts > Export CSV)
  { name: 'streak-contacts', product: 'Streak (CRM in Gmail: Contacts > Export to CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Given Name', (c) => c.first, ['person.name.firstName']],
    ['Family Name', (c) => c.last, ['person.name.lastName']],
    ['Email Addresses', (c, o, r) => (r() < 0.2 ? `${c.workEmail}, ${c.email}` : c.workEmail), ['workEmail.address', 'personalEmail.address'], opt],
    ['Phone Numbers', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Organization', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Address', (c, o, r) => (r() < 0.3 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), ['workAddress.street1'], opt],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Facebook', () => '', []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Intro via Dana', 'Wants quote by Q3']), []],
    ['Boxes', (c, o, r, i) => `${c.company} - ${row(STREAK_PIPES, i)[0]}`, [], opt],
    ['Pipeline', (c, o, r, i) => row(STREAK_PIPES, i)[0], []],
    ['Stage', (c, o, r, i) => row(STREAK_PIPES, i)[1], ['b2b.personStatus'], opt],
    ['Creation Date', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => f.usTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Key', (c, o, r) => `agxzfm1haWxmb29nYWVyLwsSDE9yZ2FuaXphdGlvbiI${v.alnum(r, 18)}`, B2BID, opt],
  ] },

  // ---------------------------------------------------------------- CRM (Zoho Bigin, Contacts > ⋯ > Export, Zoho field labels)
  { name: 'bigin-contacts', product: 'Bigin by Zoho CRM (Contacts > ⋯ > Export Contacts, CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Record Id', (c, o, r) => `zcrm_${v.int(r, 5000000, 5999999)}000${v.int(r, 10000000, 99999999)}`, B2BID],
    ['Contact Owner', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Mailing Street', (c) => c.street, ['mailingAddress.street1']],
    ['Mailing City', (c) => c.city, ['mailingAddress.city']],
    ['Mailing State', (c) => c.region, ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Mailing Zip', (c) => c.postcode, ['mailingAddress.postalCode']],
    ['Mailing Country', (c) => c.countryEn, ['mailingAddress.country']],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Met at SaaStr', 'Referred by partner']), []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'Hot lead', 'Webinar', 'Hot lead,Webinar']), [], opt],
    ['Email Opt Out', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Created By', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), ['extSourceSystemAudit.createdBy'], opt],
    ['Modified By', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), ['extSourceSystemAudit.lastUpdatedBy'], opt],
    ['Created Time', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified Time', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity Time', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Unsubscribed Mode', (c, o, r) => (r() < 0.08 ? 'Consent form' : ''), [], opt],
    ['Unsubscribed Time', (c, o, r) => (r() < 0.08 ? f.ymdhms(later(c)) : ''), ['b2b.personOptInOut.optOutDetails.email.optOutDate'], opt],
  ] },

]
