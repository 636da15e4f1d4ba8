// Round 92, tune92: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language customer support, survey, NPS, feedback-board and community
// tools (US, UK, Canada, Australia, India): survey and NPS responses, CSAT ratings, feedback posts, social-care
// conversations and community member lists, each with the respondent's, customer's or member's own fields.
import { E, P, B, v, UA, B2BID, ID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// "2024-05-22 14:31:07" local, ISO with Z, epoch seconds
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoMs = (ms) => new Date(ms).toISOString()
const epoch = (ms) => String(Math.floor(ms / 1000))
// UK / AU / IN "22/05/2024 14:31" and "22/05/2024"
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "22 May 2024, 14:31" (Vanilla, en-AU)
const dMonY = (ms, h = 10) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y}, ${pad(p.H)}:${pad(p.M)}` }
// "May 22, 2024" (Canny)
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }

// phones
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const ukMobile = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const inMobile = (r) => `+91 ${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 100, 999)} ${v.int(r, 10000, 99999)}`

// people and places
const mail = (c, dom) => `${c.first}.${c.last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@' + dom
const AU = [['Sydney', 'NSW', '2000'], ['Melbourne', 'VIC', '3000'], ['Brisbane', 'QLD', '4000'], ['Perth', 'WA', '6000'], ['Adelaide', 'SA', '5000'], ['Gold Coast', 'QLD', '4217'], ['Newcastle', 'NSW', '2300'], ['Hobart', 'TAS', '7000']]
const UK = [['London', 'England', 'EC1V 9HX'], ['Manchester', 'England', 'M1 4BT'], ['Leeds', 'England', 'LS1 5AB'], ['Glasgow', 'Scotland', 'G2 1DU'], ['Bristol', 'England', 'BS1 6QF'], ['Cardiff', 'Wales', 'CF10 1EP'], ['Birmingham', 'England', 'B2 4QA'], ['Edinburgh', 'Scotland', 'EH2 2ER']]
const US = [['Austin', 'TX', '78701', 'US'], ['Denver', 'CO', '80202', 'US'], ['Chicago', 'IL', '60607', 'US'], ['Seattle', 'WA', '98101', 'US'], ['Toronto', 'ON', 'M5V 2T6', 'CA'], ['Boston', 'MA', '02110', 'US'], ['Atlanta', 'GA', '30303', 'US'], ['Vancouver', 'BC', 'V6B 1A1', 'CA']]
const IN = [['Bengaluru', 'Karnataka', '560001'], ['Mumbai', 'Maharashtra', '400001'], ['Chennai', 'Tamil Nadu', '600002'], ['Hyderabad', 'Telangana', '500081'], ['New Delhi', 'Delhi', '110001'], ['Pune', 'Maharashtra', '411001'], ['Kolkata', 'West Bengal', '700001'], ['Ahmedabad', 'Gujarat', '380009']]
const CA = [['Toronto', 'Ontario', 'M5V 2T6'], ['Vancouver', 'British Columbia', 'V6B 1A1'], ['Montreal', 'Quebec', 'H2Y 1C6'], ['Calgary', 'Alberta', 'T2P 1J9'], ['Ottawa', 'Ontario', 'K1P 5J2'], ['Halifax', 'Nova Scotia', 'B3J 1S9']]
const INNAMES = [['Priya', 'Sharma'], ['Arjun', 'Nair'], ['Ananya', 'Iyer'], ['Rohan', 'Mehta'], ['Sneha', 'Reddy'], ['Vikram', 'Patel'], ['Kavya', 'Menon'], ['Aditya', 'Gupta'], ['Meera', 'Pillai'], ['Karthik', 'Rao']]
const B2BCOS = [['Northwind Analytics', 'northwind.io'], ['Bluefin Payroll', 'bluefinpayroll.com'], ['Cedar Health Software', 'cedarhealth.co'], ['Lumen Logistics', 'lumenlogistics.com'], ['Harbor & Finch', 'harborfinch.com'], ['Quillstack', 'quillstack.app'], ['Brightpath Learning', 'brightpath.ca'], ['Tandem Field Services', 'tandemfs.com']]
const JOBS = ['Head of Customer Success', 'Operations Manager', 'VP Engineering', 'Product Manager', 'Office Manager', 'CTO', 'Support Lead', 'Founder & CEO', 'HR Director', 'Finance Manager']
const NPS = [10, 9, 10, 8, 9, 7, 10, 6, 9, 3, 8, 0]
const nps = (r) => v.pick(r, NPS)
const npsI = (i) => NPS[i % NPS.length]
const npsLabel = (s) => (s >= 9 ? 'promoter' : s >= 7 ? 'passive' : 'detractor')
const NPS_COMMENTS = ['', '', 'Installer was on time and tidy.', 'App keeps logging me out.', 'Great support team, quick to reply', 'Too expensive for what it is', 'Love the new dashboard!', 'Billing was confusing this month']

export const SETS = [
  // ---------------------------------------------------------------- NPS responses (AskNicely, Responses > Export > CSV)
  { name: 'asknicely-responses-export-csv-au', product: 'AskNicely (Responses > Export > CSV of all responses, English UI, an Australian solar and battery installer surveying customers after installation and service visits)', family: 'marketing', language: 'en', schema: E, cols: [
    ['response_id', (c, o, r) => String(v.int(r, 3000000, 9999999)), ['_id']],
    ['person_id', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['name', (c) => `${c.first} ${c.last}`, []],
    ['email', (c, o, r) => mail(c, v.pick(r, ['bigpond.com', 'gmail.com', 'outlook.com'])), ['endUserIDs._experience.emailid.id'], opt],
    ['answer', (c, o, r, i) => String(npsI(i)), []],
    ['answerlabel', (c, o, r, i) => npsLabel(npsI(i)), []],
    ['comment', (c, o, r) => v.pick(r, NPS_COMMENTS), []],
    ['note', (c, o, r) => v.pick(r, ['', '', '', 'Called back, fixed inverter setting']), []],
    ['status', (c, o, r) => v.pick(r, ['', '', 'closed', 'open']), [], opt],
    ['dontcontact', (c, o, r) => (r() < 0.05 ? '1' : '0'), [], opt],
    ['sent', (c, o) => epoch(o.at - 2 * day), [], opt],
    ['opened', (c, o) => epoch(o.at - day), [], opt],
    ['responded', (c, o) => epoch(o.at), ['timestamp']],
    ['lastemailed', (c, o) => epoch(o.at - 2 * day), [], opt],
    ['segment', (c, o, r) => v.pick(r, ['Residential', 'Residential', 'Commercial']), []],
    ['published', (c, o, r) => (r() < 0.2 ? '1' : '0'), [], opt],
    ['deliverymethod', (c, o, r) => v.pick(r, ['email', 'email', 'sms']), [], opt],
    ['survey', () => 'Post Installation NPS', []],
    ['theme', (c, o, r) => v.pick(r, ['', 'Installer', 'Communication', 'Price', 'Product']), []],
    ['mobile_c', (c, o, r) => auMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['state_c', (c, o, r, i) => row(AU, i)[1], ['placeContext.geo.stateProvince'], opt],
    ['installer_c', (c, o, r) => v.pick(r, ['Sam K.', 'Jordan P.', 'Mitch L.', 'Aisha R.']), []],
    ['job_number_c', (c, o, r) => `J-${v.int(r, 20000, 49999)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- NPS audience (Retently, Audience > Export customers)
  { name: 'retently-audience-customers-export-csv', product: 'Retently (Audience > select all > Export to CSV, English UI, a Canadian B2B HR-software company surveying its customers\' users)', family: 'marketing', language: 'en', schema: B, cols: [
    ['Email', (c, o, r, i) => mail(c, row(B2BCOS, i)[1]), ['workEmail.address', 'personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Company', (c, o, r, i) => row(B2BCOS, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Job title', (c, o, r) => v.pick(r, JOBS), ['extendedWorkDetails.jobTitle']],
    ['Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['workPhone.number'], opt],
    ['City', (c, o, r, i) => row(CA, i)[0], ['workAddress.city'], opt],
    ['State', (c, o, r, i) => row(CA, i)[1], ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Country', () => 'Canada', ['workAddress.country'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'admin', 'admin, onboarding', 'enterprise', 'trial']), []],
    ['Last score', (c, o, r) => String(nps(r)), []],
    ['Last response date', (c, o) => ymdHMS(o.at, -5), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['', '', '', 'Unsubscribed', 'Bounced', 'At Risk']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['CSV', 'HubSpot', 'Intercom', 'Manual']), ['b2b.personSource'], opt],
    ['Plan', (c, o, r) => v.pick(r, ['Starter', 'Growth', 'Enterprise']), []],
    ['MRR', (c, o, r) => String(v.int(r, 99, 4900)), []],
    ['Signup date', (c) => ymdHMS(c.created, -5).slice(0, 10), [], opt],
    ['Created date', (c) => ymdHMS(c.created, -5), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- feedback posts (Canny, Board > Export posts)
  { name: 'canny-board-posts-export-csv', product: 'Canny (Admin > Feedback board > Export to CSV, English UI, a US project-management SaaS collecting feature requests from its users)', family: 'support', language: 'en', schema: E, cols: [
    ['Post ID', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Title', (c, o, r) => v.pick(r, ['Dark mode', 'Gantt chart export to PDF', 'Recurring tasks', 'Slack notifications per project', 'Bulk edit due dates', 'SSO with Okta']), []],
    ['Details', (c, o, r) => v.pick(r, ['', 'Would love this for our agency clients', 'Needed for our security review', 'Our team asks for this weekly']), []],
    ['Board', (c, o, r) => v.pick(r, ['Feature Requests', 'Feature Requests', 'Integrations', 'Mobile App']), []],
    ['Category', (c, o, r) => v.pick(r, ['', 'Reporting', 'Tasks', 'Notifications']), []],
    ['Status', (c, o, r) => v.pick(r, ['open', 'under review', 'planned', 'in progress', 'complete', 'closed']), [], opt],
    ['Owner', (c, o, r) => v.pick(r, ['', 'Dana Whitfield', 'Marcus Cole']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'enterprise', 'quick win', 'enterprise, security']), []],
    ['Votes', (c, o, r) => String(v.int(r, 1, 480)), []],
    ['Score', (c, o, r) => String(v.int(r, 1, 9000)), []],
    ['Comments', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Author Name', (c) => `${c.first} ${c.last}`, []],
    ['Author Email', (c, o, r, i) => mail(c, row(B2BCOS, i)[1]), ['endUserIDs._experience.emailid.id'], opt],
    ['Company', (c, o, r, i) => row(B2BCOS, i)[0], []],
    ['Company MRR', (c, o, r) => (r() < 0.6 ? String(v.int(r, 50, 8000)) : ''), []],
    ['Created', (c, o) => monDY(o.at), ['timestamp']],
    ['ETA', (c, o, r) => (r() < 0.3 ? `${MON[v.int(r, 0, 11)]} 2025` : ''), []],
    ['Post URL', (c, o, r) => `https://feedback.taskloom.com/feature-requests/p/${v.alnum(r, 8).toLowerCase()}`, ['web.webPageDetails.URL'], opt],
  ] },

  // ---------------------------------------------------------------- feedback users (UserVoice, Admin > Users > Export)
  { name: 'uservoice-users-export-csv', product: 'UserVoice (Admin Console > Users > Export users (CSV), English UI, a US fintech platform whose business customers submit and vote on ideas)', family: 'support', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), B2BID],
    ['Name', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Email', (c, o, r, i) => mail(c, row(B2BCOS, i)[1]), ['workEmail.address', 'personalEmail.address']],
    ['Title', (c, o, r) => v.pick(r, JOBS), ['extendedWorkDetails.jobTitle']],
    ['Guid', (c, o, r) => (r() < 0.7 ? `usr_${v.alnum(r, 12)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['Account', (c, o, r, i) => row(B2BCOS, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Account ID', (c, o, r) => `acct-${v.int(r, 1000, 9999)}`, ['b2b.accountID'], opt],
    ['Account MRR', (c, o, r) => String(v.int(r, 200, 25000)), []],
    ['Account Plan', (c, o, r) => v.pick(r, ['Core', 'Plus', 'Enterprise']), []],
    ['Supported Suggestions', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Created Suggestions', (c, o, r) => String(v.int(r, 0, 8)), []],
    ['Comments', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['Admin', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), [], opt],
    ['Blocked', (c, o, r) => (r() < 0.02 ? 'true' : 'false'), ['b2b.isBlocked'], opt],
    ['Created At', (c) => iso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated At', (c) => iso(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Seen At', (c, o) => iso(o.at), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- community members (Discourse, Admin > Users > Export)
  { name: 'discourse-admin-user-list-export-csv', product: 'Discourse (Admin > Users > Send me the user list as CSV (user_list export), English UI, a UK consumer-electronics brand\'s customer community forum)', family: 'memberships', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 2, 90000)), ID],
    ['name', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['username', (c, o, r) => `${c.first.toLowerCase()}${v.int(r, 1, 999)}`, []],
    ['email', (c) => mail(c, 'btinternet.com'), ['personalEmail.address']],
    ['title', (c, o, r) => v.pick(r, ['', '', '', 'Community Champion', 'Beta Tester']), []],
    ['created_at', (c) => isoMs(c.created), [], opt],
    ['last_seen_at', (c, o) => isoMs(o.at), [], opt],
    ['last_posted_at', (c, o, r) => (r() < 0.6 ? isoMs(o.at - v.int(r, 1, 30) * day) : ''), [], opt],
    ['last_emailed_at', (c, o) => isoMs(o.at - 3 * day), [], opt],
    ['trust_level', (c, o, r) => String(v.pick(r, [0, 1, 1, 2, 2, 3, 4])), []],
    ['approved', (c, o, r) => (r() < 0.95 ? 'true' : 'false'), [], opt],
    ['suspended_at', (c, o, r) => (r() < 0.03 ? isoMs(o.at) : ''), [], opt],
    ['suspended_till', () => '', [], opt],
    ['silenced_till', () => '', [], opt],
    ['active', (c, o, r) => (r() < 0.97 ? 'true' : 'false'), [], opt],
    ['admin', () => 'false', []],
    ['moderator', (c, o, r) => (r() < 0.03 ? 'true' : 'false'), []],
    ['ip_address', (c, o, r) => v.ip4(r), [], opt],
    ['staged', () => 'false', []],
    ['secondary_emails', (c, o, r) => (r() < 0.1 ? mail(c, 'gmail.com') : ''), [], opt],
    ['topics_entered', (c, o, r) => String(v.int(r, 0, 900)), []],
    ['posts_read_count', (c, o, r) => String(v.int(r, 0, 6000)), []],
    ['time_read', (c, o, r) => String(v.int(r, 0, 400000)), []],
    ['topic_count', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['post_count', (c, o, r) => String(v.int(r, 0, 500)), []],
    ['likes_given', (c, o, r) => String(v.int(r, 0, 300)), []],
    ['likes_received', (c, o, r) => String(v.int(r, 0, 400)), []],
    ['location', (c, o, r, i) => (r() < 0.5 ? row(UK, i)[0] : ''), ['homeAddress.city', 'mailingAddress.city'], opt],
    ['website', (c, o, r) => (r() < 0.1 ? `https://${c.last.toLowerCase()}.me` : ''), []],
    ['views', (c, o, r) => String(v.int(r, 0, 3000)), []],
    ['group_names', (c, o, r) => v.pick(r, ['', '', 'beta_testers', 'trust_level_0;trust_level_1']), []],
  ] },

  // ---------------------------------------------------------------- social care conversations (Khoros Care, Analytics > Conversation export)
  { name: 'khoros-care-conversations-export-uk', product: 'Khoros Care (Analytics > Reports > Conversation Export, CSV, English UI, a UK train operator answering customers on X, Facebook, WhatsApp and web chat)', family: 'support', language: 'en', schema: E, cols: [
    ['Conversation ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id']],
    ['Conversation Display ID', (c, o, r) => `C-${v.int(r, 100000, 999999)}`, [], opt],
    ['Network', (c, o, r) => v.pick(r, ['Twitter', 'Facebook', 'WhatsApp', 'Messaging', 'Instagram']), [], opt],
    ['Author Name', (c) => `${c.first} ${c.last}`, []],
    ['Author Handle', (c, o, r) => `@${c.first.toLowerCase()}_${v.int(r, 10, 99)}`, []],
    ['Author Email', (c, o, r) => (r() < 0.3 ? mail(c, 'hotmail.co.uk') : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Author Phone', (c, o, r) => (r() < 0.3 ? ukMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Created Date', (c, o) => dmyHM(o.at, 1), ['timestamp']],
    ['First Assigned Date', (c, o, r) => dmyHM(o.at + v.int(r, 1, 30) * 60000, 1), [], opt],
    ['Closed Date', (c, o, r) => dmyHM(o.at + v.int(r, 30, 600) * 60000, 1), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Resolved', 'Resolved', 'Open', 'Pending']), [], opt],
    ['Queue', (c, o, r) => v.pick(r, ['Delays & Disruption', 'Refunds', 'Tickets & Fares', 'Lost Property']), []],
    ['Assigned Agent', (c, o, r) => v.pick(r, ['Chloe B', 'Rhys T', 'Amara N', 'Liam W']), []],
    ['Team', (c, o, r) => v.pick(r, ['Social Care Day', 'Social Care Night']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'delay repay', 'refund;complaint', 'praise']), []],
    ['Sentiment', (c, o, r) => v.pick(r, ['Negative', 'Neutral', 'Positive']), []],
    ['Priority', (c, o, r) => v.pick(r, ['1', '2', '3', '4', '5']), [], opt],
    ['Inbound Messages', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Outbound Messages', (c, o, r) => String(v.int(r, 1, 8)), []],
    ['First Response Time (min)', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Handle Time (sec)', (c, o, r) => String(v.int(r, 60, 2400)), []],
    ['Disposition', (c, o, r) => v.pick(r, ['Answered', 'No Response Needed', 'Escalated']), [], opt],
    ['CSAT', (c, o, r) => (r() < 0.3 ? String(v.int(r, 1, 5)) : ''), []],
  ] },

  // ---------------------------------------------------------------- survey responses (Alchemer, Results > Exports > CSV/Excel)
  { name: 'alchemer-survey-responses-export-csv', product: 'Alchemer, formerly SurveyGizmo (Results > Exports > CSV/Excel raw data export, English UI, a US credit union\'s member satisfaction survey sent by email campaign)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Response ID', (c, o, r) => String(v.int(r, 1, 8000)), ['_id']],
    ['Time Started', (c, o, r) => ymdHMS(o.at - v.int(r, 2, 15) * 60000, -5), [], opt],
    ['Date Submitted', (c, o) => ymdHMS(o.at, -5), ['timestamp']],
    ['Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Complete', 'Partial', 'Disqualified']), [], opt],
    ['Contact ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Legacy Comments', () => '', []],
    ['Comments', () => '', []],
    ['Language', (c, o, r) => v.pick(r, ['English', 'English', 'Spanish']), ['environment._dc.language'], opt],
    ['Referer', (c, o, r) => v.pick(r, ['', 'https://www.example-cu.org/members', 'android-app://com.google.android.gm/']), ['web.webReferrer.URL']],
    ['SessionID', (c, o, r) => `${Math.floor(o.at / 1000)}_${v.hex(r, 13)}`, [], opt],
    ['User Agent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['Tags', () => '', []],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Longitude', (c, o, r) => (-(v.int(r, 7500, 12200) / 100)).toFixed(6), [], opt],
    ['Latitude', (c, o, r) => (v.int(r, 2600, 4800) / 100).toFixed(6), [], opt],
    ['Country', () => 'United States', [], opt],
    ['City', (c, o, r, i) => row(US, i)[0], ['placeContext.geo.city'], opt],
    ['State/Region', (c, o, r, i) => row(US, i)[1], ['placeContext.geo.stateProvince'], opt],
    ['Postal', (c, o, r, i) => row(US, i)[2], ['placeContext.geo.postalCode'], opt],
    ['Email:Email Address', (c) => mail(c, 'yahoo.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Member Number', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['How likely are you to recommend Lakeshore Credit Union to a friend or colleague?', (c, o, r) => String(nps(r)), []],
    ['Which branch do you usually visit?', (c, o, r) => v.pick(r, ['Main Street', 'Riverside', 'Online only', 'Northgate']), []],
    ['Overall, how satisfied are you with your most recent visit?', (c, o, r) => v.pick(r, ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied']), []],
    ['Is there anything else you would like to tell us?', (c, o, r) => v.pick(r, ['', '', 'Loan process was quick', 'ATM out of cash twice']), []],
  ] },

  // ---------------------------------------------------------------- in-app NPS responses (SatisMeter, Responses > Export CSV)
  { name: 'satismeter-responses-export-csv', product: 'SatisMeter (Responses > Export > CSV, English UI, a Canadian scheduling SaaS running an in-app NPS survey for signed-in users)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Id', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Date', (c, o) => isoMs(o.at), ['timestamp']],
    ['Rating', (c, o, r, i) => String(npsI(i)), []],
    ['Category', (c, o, r, i) => npsLabel(npsI(i)), []],
    ['Feedback', (c, o, r) => v.pick(r, NPS_COMMENTS), []],
    ['Campaign', () => 'In-app NPS', []],
    ['Channel', (c, o, r) => v.pick(r, ['In-app', 'In-app', 'Email', 'Mobile']), [], opt],
    ['User ID', (c, o, r) => String(v.int(r, 10000, 99999)), [], opt],
    ['Name', (c) => `${c.first} ${c.last}`, []],
    ['Email', (c, o, r, i) => mail(c, row(B2BCOS, i)[1]), ['endUserIDs._experience.emailid.id'], opt],
    ['Plan', (c, o, r) => v.pick(r, ['Basic', 'Pro', 'Team']), []],
    ['Signed Up', (c) => isoMs(c.created), [], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox', 'Edge']), ['environment.browserDetails.name']],
    ['OS', (c, o, r) => v.pick(r, ['Mac OS', 'Windows', 'iOS', 'Android']), ['environment.operatingSystem']],
    ['Device', (c, o, r) => v.pick(r, ['desktop', 'desktop', 'mobile', 'tablet']), ['device.type'], opt],
    ['Country', (c, o, r) => v.pick(r, ['CA', 'CA', 'US', 'GB']), ['placeContext.geo.countryCode']],
    ['Language', () => 'en', ['environment._dc.language'], opt],
    ['Url', (c, o, r) => v.pick(r, ['https://app.bookwell.ca/calendar', 'https://app.bookwell.ca/clients', 'https://app.bookwell.ca/settings/billing']), ['web.webPageDetails.URL']],
    ['Tags', (c, o, r) => v.pick(r, ['', 'pricing', 'bug', 'feature request']), []],
  ] },

  // ---------------------------------------------------------------- website survey responses (Survicate, Analyze > Export > CSV)
  { name: 'survicate-survey-responses-export-in', product: 'Survicate (survey Analyze tab > Export > CSV/XLSX, English UI, an Indian online test-prep company running a website exit survey and a post-purchase email survey)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Response ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id']],
    ['Date & Time (UTC)', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['Respondent ID', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), [], opt],
    ['Visitor ID', (c, o, r) => v.uuid(r), [], opt],
    ['First name', (c, o, r, i) => (i % 3 ? row(INNAMES, i)[0] : ''), []],
    ['Last name', (c, o, r, i) => (i % 3 ? row(INNAMES, i)[1] : ''), []],
    ['Email', (c, o, r, i) => (i % 3 ? `${row(INNAMES, i)[0]}.${row(INNAMES, i)[1]}${v.int(r, 1, 99)}@gmail.com`.toLowerCase() : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.3 ? inMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Survey', (c, o, r) => v.pick(r, ['Exit intent - pricing page', 'Post purchase CSAT']), []],
    ['Channel', (c, o, r) => v.pick(r, ['Website', 'Website', 'Email']), [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Desktop', 'Tablet']), ['device.type'], opt],
    ['Operating system', (c, o, r) => v.pick(r, ['Android', 'Android', 'iOS', 'Windows']), ['environment.operatingSystem']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Chrome', 'Safari', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['Country', () => 'India', [], opt],
    ['City', (c, o, r, i) => row(IN, i)[0], ['placeContext.geo.city'], opt],
    ['URL', (c, o, r) => v.pick(r, ['https://www.prepwise.in/pricing', 'https://www.prepwise.in/courses/cat-2025', 'https://www.prepwise.in/checkout']), ['web.webPageDetails.URL']],
    ['Course purchased', (c, o, r) => v.pick(r, ['', 'CAT 2025 Complete', 'GATE CSE Live', 'UPSC Prelims Test Series']), []],
    ['Q1: What stopped you from buying today?', (c, o, r) => v.pick(r, ['Price is too high', 'Just browsing', 'Need EMI option', 'Comparing with other courses', '']), []],
    ['Q2: How satisfied are you with your purchase experience?', (c, o, r) => v.pick(r, ['5', '4', '4', '3', '1', '']), []],
    ['Q3: Anything we could do better?', (c, o, r) => v.pick(r, ['', '', 'UPI payment failed once', 'Add Hindi medium videos']), []],
  ] },

  // ---------------------------------------------------------------- CSAT ratings (Nicereply, Reports > Ratings > Export)
  { name: 'nicereply-ratings-export-csv-uk', product: 'Nicereply (Ratings > Export to CSV, English UI, a UK online furniture retailer collecting CSAT on its Zendesk support tickets)', family: 'support', language: 'en', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id']],
    ['Date', (c, o) => dmyHM(o.at, 1), ['timestamp']],
    ['Survey', () => 'Support CSAT', []],
    ['Score', (c, o, r) => String(v.pick(r, [5, 5, 5, 4, 4, 3, 2, 1])), []],
    ['Scale', () => '1-5', []],
    ['Comment', (c, o, r) => v.pick(r, ['', '', 'Sorted my missing bolts quickly', 'Still waiting for the refund', 'Lovely, helpful agent']), []],
    ['Agent', (c, o, r) => v.pick(r, ['Hannah Moss', 'Tom Baxter', 'Priya Kaur', 'Owen Jenkins']), []],
    ['Agent email', (c, o, r) => v.pick(r, ['hannah@oakandloft.co.uk', 'tom@oakandloft.co.uk']), []],
    ['Team', (c, o, r) => v.pick(r, ['Customer Care', 'Deliveries']), []],
    ['Customer name', (c) => `${c.first} ${c.last}`, []],
    ['Customer email', (c) => mail(c, 'outlook.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Ticket ID', (c, o, r) => String(v.int(r, 100000, 499999)), [], opt],
    ['Ticket subject', (c, o, r) => v.pick(r, ['Where is my order?', 'Damaged sofa leg', 'Change delivery date', 'Refund request']), []],
    ['Ticket URL', (c, o, r) => `https://oakandloft.zendesk.com/agent/tickets/${v.int(r, 100000, 499999)}`, []],
    ['Integration', () => 'Zendesk', []],
    ['Source', (c, o, r) => v.pick(r, ['Email', 'Email', 'Chat', 'Web widget']), [], opt],
    ['Language', () => 'en', ['environment._dc.language'], opt],
    ['Follow-up', (c, o, r) => v.pick(r, ['', '', 'Contacted', 'Resolved']), [], opt],
  ] },

  // ---------------------------------------------------------------- survey responses (SurveySparrow, Results > Responses > Export)
  { name: 'surveysparrow-responses-export-in', product: 'SurveySparrow (Survey > Results > Responses > Export as CSV, English UI, an Indian private bank\'s branch-visit feedback survey sent by SMS and WhatsApp)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Response ID', (c, o, r) => String(v.int(r, 40000000, 99999999)), ['_id']],
    ['Contact Name', (c, o, r, i) => `${row(INNAMES, i)[0]} ${row(INNAMES, i)[1]}`, []],
    ['Contact Email', (c, o, r, i) => (r() < 0.5 ? `${row(INNAMES, i)[0]}.${row(INNAMES, i)[1]}@yahoo.co.in`.toLowerCase() : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Contact Mobile', (c, o, r) => inMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Started At', (c, o, r) => dmyHM(o.at - v.int(r, 1, 9) * 60000, 5.5), [], opt],
    ['Completed At', (c, o) => dmyHM(o.at, 5.5), ['timestamp']],
    ['Time Taken', (c, o, r) => `${v.int(r, 0, 6)}m ${v.int(r, 0, 59)}s`, []],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Partial']), [], opt],
    ['Channel', (c, o, r) => v.pick(r, ['SMS', 'WhatsApp', 'Email', 'Web Link']), [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Desktop']), ['device.type'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['OS', (c, o, r) => v.pick(r, ['Android', 'Android', 'iOS', 'Windows']), ['environment.operatingSystem']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Location', (c, o, r, i) => `${row(IN, i)[0]}, ${row(IN, i)[1]}, India`, [], opt],
    ['Language', () => 'English', ['environment._dc.language'], opt],
    ['Branch Code', (c, o, r) => `BR${v.int(r, 1000, 1999)}`, []],
    ['Customer ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['How likely are you to recommend us to your friends and family?', (c, o, r) => String(nps(r)), []],
    ['How would you rate the staff at the branch?', (c, o, r) => v.pick(r, ['5', '4', '4', '3', '2']), []],
    ['Tell us what we can improve', (c, o, r) => v.pick(r, ['', '', 'Long queue at the cash counter', 'Passbook printer not working']), []],
    ['Tags', () => '', []],
  ] },

  // ---------------------------------------------------------------- community members (Higher Logic Vanilla, Moderation > Users > Manage Users > Export)
  { name: 'vanilla-forums-manage-users-export-au', product: 'Higher Logic Vanilla, Vanilla Forums (Dashboard > Moderation > Users > Manage Users > Export, CSV, English UI (en-AU dates), an Australian telco\'s customer help community)', family: 'memberships', language: 'en', schema: P, cols: [
    ['User ID', (c, o, r) => String(v.int(r, 1, 250000)), ID],
    ['Username', (c, o, r) => `${c.first}${c.last[0]}${v.int(r, 1, 99)}`, []],
    ['Email', (c) => mail(c, 'optusnet.com.au'), ['personalEmail.address']],
    ['Roles', (c, o, r) => v.pick(r, ['Member', 'Member', 'Member', 'Moderator', 'Applicant']), []],
    ['Rank', (c, o, r) => v.pick(r, ['Newbie', 'Regular', 'Rising Star', 'Community Guru']), []],
    ['Points', (c, o, r) => String(v.int(r, 0, 12000)), []],
    ['Discussions', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Comments', (c, o, r) => String(v.int(r, 0, 900)), []],
    ['First Visit', (c) => dMonY(c.created), [], opt],
    ['Last Visit', (c, o) => dMonY(o.at), [], opt],
    ['Registered', (c) => dMonY(c.created), [], opt],
    ['Registration IP', (c, o, r) => v.ip4(r), [], opt],
    ['Last IP', (c, o, r) => v.ip4(r), [], opt],
    ['Email Confirmed', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), ['personalEmail.status'], opt],
    ['Banned', (c, o, r) => (r() < 0.02 ? 'Yes' : 'No'), [], opt],
    ['Location', (c, o, r, i) => (r() < 0.5 ? `${row(AU, i)[0]}, ${row(AU, i)[1]}` : ''), [], opt],
    ['Date of Birth', (c) => dmy(c.birth), ['person.birthDate'], opt],
    ['Customer Number', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1000000000, 9999999999)) : ''), [], opt],
    ['Mobile', (c, o, r) => (r() < 0.3 ? auMobile(r) : ''), ['mobilePhone.number']],
  ] },
]
