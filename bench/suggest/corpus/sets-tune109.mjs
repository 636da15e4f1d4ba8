// Round 109, tune109: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language SMS, WhatsApp and e-mail sending logs, call tracking, review
// platforms and survey/CSAT tools (US, India, South Africa): call logs, message logs, e-mail logs, reviews, survey
// responses, SMS/WhatsApp contact lists and the customer lists of a CSAT tool and a business-texting inbox.
import { E, P, B, v, B2BID, PL, OR, GEO, opt } from './sets.mjs'
import { pad, shift, row, parts } from './values.mjs'

const day = 86400000
// local times: US Eastern/Pacific with summer time March-October (by month), India +5:30, South Africa +2
const usSummer = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const et = (ms) => shift(ms, usSummer(ms) ? -4 : -5)
const pt = (ms) => shift(ms, usSummer(ms) ? -7 : -8)
const ist = (ms) => shift(ms, 5.5)
const sast = (ms) => shift(ms, 2)
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const usDate = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const usDateTime = (p) => `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}`
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dMonY = (p) => `${pad(p.d)} ${MON[p.m - 1]} ${p.y}`
const iso = (ms) => new Date(ms).toISOString()
const isoS = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const etOff = (ms) => (usSummer(ms) ? '-04:00' : '-05:00')
const usd = (n) => (Math.round(n * 100) / 100).toFixed(2)
const mmss = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

// US numbers from the corpus person: "+1 (512) 555-0199" -> digits
const digits = (s) => s.replace(/\D/g, '')
const e164 = (s) => `+${digits(s)}`
const usPretty = (s) => { const d = digits(s).slice(-10); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const usDash = (s) => { const d = digits(s).slice(-10); return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` }

// Indian people (AiSensy, Zonka), seeded by the row's person id
const IN_FIRST = [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Arjun', 'Ananya'], ['Vikram', 'Kavya'], ['Rohan', 'Divya'], ['Karthik', 'Meera'], ['Siddharth', 'Pooja']]
const IN_LAST = ['Sharma', 'Verma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Patel', 'Menon', 'Rao', 'Kulkarni', 'Das', 'Singh']
const IN_CITY = [['Bengaluru', '560034'], ['Mumbai', '400053'], ['Hyderabad', '500081'], ['Chennai', '600040'], ['Pune', '411014'], ['New Delhi', '110017'], ['Kochi', '682024']]
const memo = new Map()
const ind = (c) => {
  if (memo.has(c.id)) return memo.get(c.id)
  const r = v.rng(+c.id * 131 + 7)
  const female = r() < 0.5
  const first = v.pick(r, IN_FIRST)[female ? 1 : 0], last = v.pick(r, IN_LAST)
  const [city, pin] = v.pick(r, IN_CITY)
  const mob = `${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 100, 999)}${v.int(r, 10000, 99999)}`
  const p = { first, last, female, full: `${first} ${last}`, city, pin, mob,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com'])}` }
  memo.set(c.id, p)
  return p
}
// South African mobiles (Clickatell): 27 + 6x/7x/8x
const zaMob = (c) => { const r = v.rng(+c.id * 71 + 3); return `27${v.pick(r, ['82', '83', '72', '73', '84', '61', '71', '79'])}${v.int(r, 1000000, 9999999)}` }
const ZA_NET = { '82': 'Vodacom', '72': 'Vodacom', '71': 'Vodacom', '79': 'Vodacom', '83': 'MTN', '73': 'MTN', '84': 'Cell C', '61': 'Telkom Mobile' }

// per-row facts that several columns share
const callSec = (o) => 20 + (+o.id * 37) % 760
const nps = (o) => [10, 9, 9, 8, 10, 7, 6, 9, 3, 10, 8][+o.id % 11]
const CK_ST = [['RECEIVED_BY_RECIPIENT', '004', ''], ['RECEIVED_BY_RECIPIENT', '004', ''], ['DELIVERED_TO_GATEWAY', '003', ''], ['READ', '', ''],
  ['RECEIVED_BY_RECIPIENT', '004', ''], ['ERROR_DELIVERING', '005', 'Number unreachable'], ['EXPIRED', '007', 'Message expired before delivery']]

// ---------------------------------------------------------------- catalogues
const CTM_SRC = [['Google Ads', 'google', 'cpc', 'Spring AC Tune-Up'], ['Google Organic', 'google', 'organic', ''], ['Google Business Profile', 'google', 'gbp', ''], ['Direct', '', '', ''],
  ['Facebook Ads', 'facebook', 'paid_social', 'Heat Pump Rebates 2024'], ['Bing Ads', 'bing', 'cpc', 'Emergency Plumbing'], ['Yelp', 'yelp', 'referral', '']]
const CTM_PAGES = ['https://www.peachtreecomfortpros.com/', 'https://www.peachtreecomfortpros.com/ac-repair/', 'https://www.peachtreecomfortpros.com/plumbing/emergency/', 'https://www.peachtreecomfortpros.com/heat-pumps/rebates/', 'https://www.peachtreecomfortpros.com/contact/']
const INV_CAMP = [['Auto Quotes - Paid Search', 'Google Ads', 'Paid Search', 'google', 'cpc', 'auto_quote_brand'], ['Home Insurance - Display', 'Acme Media Partners', 'Display', 'programmatic', 'display', 'home_q2_prospecting'],
  ['Auto Quotes - Paid Search', 'Microsoft Advertising', 'Paid Search', 'bing', 'cpc', 'auto_quote_generic'], ['Renters - Social', 'Meta', 'Paid Social', 'facebook', 'paid_social', 'renters_lookalike'],
  ['Bundle Offers - Affiliate', 'QuoteLab Affiliates', 'Affiliate', 'quotelab', 'affiliate', '']]
const SHOP_PROD = [['SOFA-3S-GRY', 'Halden 3-Seat Sofa, Slate Gray', 1299], ['TBL-OAK-72', 'Marlow Solid Oak Dining Table 72"', 1849], ['CHR-UPH-2PK', 'Ashby Upholstered Dining Chair (Set of 2)', 389],
  ['BED-QN-WAL', 'Everett Queen Platform Bed, Walnut', 1099], ['RUG-8X10-IVY', 'Coastline Wool Rug 8x10, Ivory', 649], ['LMP-FLR-BRS', 'Arc Floor Lamp, Brushed Brass', 229]]
const RT_LOC = [['Bright Smile Dental - Round Rock', 'BSD-014', '2701 Sunrise Rd Ste 120', 'Round Rock', 'TX', '78665'], ['Bright Smile Dental - South Austin', 'BSD-009', '4301 W William Cannon Dr', 'Austin', 'TX', '78749'],
  ['Bright Smile Dental - Cedar Park', 'BSD-021', '1400 Cypress Creek Rd', 'Cedar Park', 'TX', '78613'], ['Bright Smile Dental - San Marcos', 'BSD-027', '900 Bugg Ln', 'San Marcos', 'TX', '78666']]

// ---------------------------------------------------------------- sets
export const SETS = [
  // ---------------------------------------------------------------- call log (CallTrackingMetrics, US)
  { name: 'calltrackingmetrics-call-log-export', product: 'CallTrackingMetrics (Calls > Call Log, Export to CSV; a US heating, cooling and plumbing company in Atlanta, account time zone Eastern)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Call ID', (c, o) => String(2140000000 + +o.id * 977), ['_id']],
    ['Called At', (c, o) => { const p = et(o.at); return `${ymd(p)} ${h12(p)} ${etOff(o.at)}` }, ['timestamp']],
    ['Account', () => 'Peachtree Comfort Pros', []],
    ['Tracking Source', (c, o) => row(CTM_SRC, +o.id)[0], [], opt],
    ['Tracking Number', (c, o) => `+1404555${pad(100 + (+o.id % 7) * 11, 4)}`, []],
    ['Tracking Label', (c, o) => `${row(CTM_SRC, +o.id)[0]} Pool`, []],
    ['Receiving Number', () => '+14045550100', []],
    ['Caller Number', (c) => e164(c.mobile), ['endUserIDs._experience.phonenumberid.id']],
    ['Caller Name', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, []],
    ['Email', (c, o, r) => (r() < 0.3 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['City', (c) => c.city, [GEO('city')]],
    ['State', (c) => c.region, [GEO('stateProvince')]],
    ['Postal Code', (c) => c.postcode, [GEO('postalCode')], opt],
    ['Country', () => 'US', [GEO('countryCode')]],
    ['Direction', (c, o, r) => (r() < 0.85 ? 'inbound' : 'outbound'), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['answered', 'answered', 'answered', 'no answer', 'busy', 'voicemail']), [], opt],
    ['Duration', (c, o) => String(callSec(o) + 9), []],
    ['Talk Time', (c, o) => String(callSec(o)), []],
    ['Ring Time', () => '9', []],
    ['Agent', (c, o, r) => v.pick(r, ['Tasha Greene', 'Marcus Bell', 'Dispatch Queue', '']), []],
    ['Tags', (c, o, r) => v.pick(r, ['new customer', 'service call, booked', 'existing customer', 'spam', '']), []],
    ['Call Score', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['Sale Value', (c, o, r) => (r() < 0.35 ? usd(v.int(r, 89, 1450)) : ''), [OR('priceTotal')], opt],
    ['Converted', (c, o, r) => (r() < 0.35 ? 'Yes' : 'No'), [], opt],
    ['Referrer', (c, o) => (row(CTM_SRC, +o.id)[1] ? `https://www.${row(CTM_SRC, +o.id)[1]}.com/` : ''), ['web.webReferrer.URL']],
    ['Landing Page', (c, o) => row(CTM_PAGES, +o.id), ['web.webPageDetails.URL'], opt],
    ['utm_campaign', (c, o) => row(CTM_SRC, +o.id)[3], ['marketing.campaignName']],
    ['utm_medium', (c, o) => row(CTM_SRC, +o.id)[2], [], opt],
    ['Keyword', (c, o, r) => (row(CTM_SRC, +o.id)[2] === 'cpc' ? v.pick(r, ['ac repair near me', 'emergency plumber atlanta', 'hvac tune up']) : ''), [], opt],
    ['Device Type', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Desktop', 'Tablet']), ['device.type'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Edge']), ['environment.browserDetails.name']],
    ['Audio', (c, o) => `https://app.calltrackingmetrics.com/calls/${2140000000 + +o.id * 977}/recording`, []],
  ] },

  // ---------------------------------------------------------------- call report (Invoca, US)
  { name: 'invoca-calls-report-download', product: 'Invoca (Reports > Calls, Download CSV; a US auto and home insurance advertiser, network time zone Pacific)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Call Start Time', (c, o) => usDateTime(pt(o.at)), ['timestamp']],
    ['Transaction ID', (c, o, r) => `${v.hex(r, 8).toUpperCase()}-${v.hex(r, 8).toUpperCase()}`, ['_id']],
    ['Call Record ID', (c, o, r) => `${v.hex(r, 8).toUpperCase()}-${v.hex(r, 8).toUpperCase()}`, [], opt],
    ['Advertiser Campaign', (c, o) => row(INV_CAMP, +o.id)[0], [], opt],
    ['Publisher', (c, o) => row(INV_CAMP, +o.id)[1], [], opt],
    ['Media Type', (c, o) => row(INV_CAMP, +o.id)[2], [], opt],
    ['Promo Number', (c, o) => `(888) 555-${pad(2100 + (+o.id % 9), 4)}`, []],
    ['Promo Number Description', (c, o) => `${row(INV_CAMP, +o.id)[1]} - Call Extension`, []],
    ['Caller ID', (c) => usPretty(c.mobile), ['endUserIDs._experience.phonenumberid.id']],
    ['Mobile', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Landline', 'VoIP']), [], opt],
    ['City', (c) => c.city, [GEO('city')]],
    ['Region', (c) => c.region, [GEO('stateProvince')]],
    ['Duration', (c, o) => mmss(callSec(o) + 38), []],
    ['Connect Duration', (c, o) => mmss(callSec(o)), []],
    ['IVR Duration', (c, o) => mmss(38), []],
    ['Keypresses', (c, o, r) => v.pick(r, ['1', '1-2', '2', '', '3']), []],
    ['Call Result', (c, o, r) => v.pick(r, ['Connected', 'Connected', 'Connected', 'Missed', 'IVR Hangup', 'Blocked']), [], opt],
    ['Destination Phone Number', () => '(800) 555-0142', []],
    ['Signal Name', (c, o, r) => v.pick(r, ['Quote Started', 'Policy Sold', 'Qualified Call', '']), []],
    ['Signal Value', (c, o, r) => (r() < 0.5 ? 'true' : 'false'), [], opt],
    ['Revenue', (c, o, r) => (r() < 0.25 ? usd(v.int(r, 480, 2600) + 0.5) : '0.00'), [OR('priceTotal')], opt],
    ['utm_source', (c, o) => row(INV_CAMP, +o.id)[3], [], opt],
    ['utm_medium', (c, o) => row(INV_CAMP, +o.id)[4], [], opt],
    ['utm_campaign', (c, o) => row(INV_CAMP, +o.id)[5], ['marketing.campaignName']],
    ['gclid', (c, o, r) => (row(INV_CAMP, +o.id)[3] === 'google' ? `Cj0KCQjw${v.alnum(r, 24)}` : ''), ['marketing.trackingCode'], opt],
    ['Landing Page', (c, o) => `https://www.harborlineinsurance.com/${row(['auto-quote', 'home-insurance', 'renters', 'bundle'], +o.id)}/`, ['web.webPageDetails.URL'], opt],
    ['Recording', (c, o, r) => `https://invoca.net/call_recordings/${v.hex(r, 16)}`, []],
  ] },

  // ---------------------------------------------------------------- e-mail activity (SMTP2GO)
  { name: 'smtp2go-activity-export-csv', product: 'SMTP2GO (Reports > Activity, Export CSV of the sent-email log; a US SaaS app\'s transactional mail, times in UTC)', family: 'email', language: 'en', schema: E, cols: [
    ['Email ID', (c, o, r) => `1s${v.alnum(r, 4)}-${v.alnum(r, 4)}-${v.alnum(r, 2)}`, ['_id']],
    ['Date', (c, o) => { const p = parts(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Sender', () => 'no-reply@notify.tallyfield.io', []],
    ['From', () => 'Tallyfield <no-reply@notify.tallyfield.io>', []],
    ['Recipient', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Subject', (c, o, r) => v.pick(r, ['Your Tallyfield invoice is ready', 'Reset your password', 'Welcome to Tallyfield!', 'Your weekly summary', 'Verify your email address']), []],
    ['Status', (c, o, r) => v.pick(r, ['delivered', 'delivered', 'delivered', 'opened', 'clicked', 'hardbounce', 'softbounce', 'spam', 'unsubscribed']), ['eventType'], opt],
    ['Response', (c, o, r) => v.pick(r, ['250 2.0.0 OK  1716384912 d9443c01a7336-1f2f9c2b8f0si123456ad.104 - gsmtp', '250 2.6.0 <...@smtp2go.com> [InternalId=1443109] Queued mail for delivery', '550 5.1.1 The email account that you tried to reach does not exist']), []],
    ['Host', (c, o, r) => v.pick(r, ['gmail-smtp-in.l.google.com', 'outlook-com.olc.protection.outlook.com', 'mta7.am0.yahoodns.net']), []],
    ['Username', () => 'tallyfield-prod', []],
    ['Email Size', (c, o, r) => String(v.int(r, 8000, 96000)), []],
    ['Opens', (c, o, r) => String(v.int(r, 0, 4)), []],
    ['Clicks', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Last Opened', (c, o, r) => (r() < 0.5 ? (() => { const p = parts(o.at + v.int(r, 60, 86400) * 1000); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Opened User Agent', (c, o, r) => (r() < 0.5 ? v.pick(r, ['Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148']) : ''), ['environment.browserDetails.userAgent'], opt],
    ['Clicked URL', (c, o, r) => (r() < 0.3 ? v.pick(r, ['https://app.tallyfield.io/invoices/', 'https://app.tallyfield.io/reset-password?token=redacted']) : ''), ['web.webInteraction.URL'], opt],
    ['Bounce Reason', (c, o, r) => (r() < 0.08 ? 'The email account that you tried to reach does not exist' : ''), []],
    ['Email Tags', (c, o, r) => v.pick(r, ['billing', 'auth', 'onboarding', 'digest']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-mail logs (Mailtrap)
  { name: 'mailtrap-email-logs-export', product: 'Mailtrap (Email Sending > Email Logs, export of the message list; field names as in its messages API; a US e-commerce brand, transactional and bulk streams)', family: 'email', language: 'en', schema: E, cols: [
    ['message_id', (c, o, r) => v.uuid(r), ['_id']],
    ['status', (c, o, r) => v.pick(r, ['delivered', 'delivered', 'opened', 'clicked', 'bounced', 'soft bounced', 'spam', 'unsubscribed', 'suspended', 'rejected']), ['eventType'], opt],
    ['subject', (c, o, r) => v.pick(r, ['Your order #{{order}} has shipped', 'Order confirmed – thanks, {{name}}!', 'Summer Sale: 25% off sitewide', 'Your cart misses you']).replace('{{order}}', String(1000 + +o.id % 9000)).replace('{{name}}', c.first), []],
    ['from', () => 'orders@mail.fieldandfern.com', []],
    ['to', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['sent_at', (c, o) => iso(o.at), ['timestamp']],
    ['client_ip', (c, o, r) => `34.${v.int(r, 64, 127)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, [], opt],
    ['category', (c, o, r) => v.pick(r, ['Order Confirmation', 'Shipping Update', 'Newsletter', 'Abandoned Cart']), [], opt],
    ['custom_variables', (c, o) => `{"order_id":"${1000 + +o.id % 9000}","customer_tier":"${row(['standard', 'vip'], +o.id)}"}`, []],
    ['sending_stream', (c, o, r) => v.pick(r, ['transactional', 'transactional', 'bulk']), [], opt],
    ['sending_domain_id', () => '418227', []],
    ['template_id', (c, o, r) => (r() < 0.6 ? String(v.int(r, 20100, 20140)) : ''), []],
    ['template_variables', (c) => `{"first_name":"${c.first}"}`, []],
    ['opens_count', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['clicks_count', (c, o, r) => String(v.int(r, 0, 3)), []],
  ] },

  // ---------------------------------------------------------------- SMS / WhatsApp message log (Clickatell, South Africa)
  { name: 'clickatell-message-logs-export', product: 'Clickatell (Portal > Reports > Message Logs, Export CSV; SMS and WhatsApp sends of a South African retailer, account time zone Africa/Johannesburg)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Message ID', (c, o, r) => v.hex(r, 32), ['_id'], opt],
    ['Client Message ID', (c, o) => `ORD-${500000 + +o.id}`, [], opt],
    ['Date', (c, o) => { const p = sast(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Integration', (c, o, r) => v.pick(r, ['Order Notifications (REST)', 'Promotions (REST)']), []],
    ['Channel', (c, o, r) => (r() < 0.7 ? 'SMS' : 'WhatsApp'), [], opt],
    ['Direction', () => 'Outbound', [], opt],
    ['From', (c, o, r) => v.pick(r, ['MRSTYLE', '27600123456', '27600123456']), []],
    ['To', (c) => zaMob(c), ['endUserIDs._experience.phonenumberid.id']],
    ['Country', () => 'ZA', [GEO('countryCode')], opt],
    ['Network', (c) => ZA_NET[zaMob(c).slice(2, 4)] ?? 'Vodacom', ['environment.carrier'], opt],
    ['Content', (c, o) => `Hi ${c.first}, your MrStyle order ORD-${500000 + +o.id} is ready for collection at your store. Reply STOP to opt out.`, []],
    ['Message Parts', (c, o, r) => String(v.int(r, 1, 2)), []],
    ['Status', (c, o) => row(CK_ST, +o.id)[0], [], opt],
    ['Status Code', (c, o) => row(CK_ST, +o.id)[1], []],
    ['Status Updated', (c, o, r) => { const p = sast(o.at + v.int(r, 2, 240) * 1000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Error Description', (c, o) => row(CK_ST, +o.id)[2], []],
    ['Charge', (c, o, r) => (r() < 0.7 ? '0.2700' : '0.3500'), []],
    ['Currency', () => 'ZAR', [], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['Click & Collect Ready', 'Winter Sale 2024', '']), ['marketing.campaignName'], opt],
  ] },

  // ---------------------------------------------------------------- reviews (ReviewTrackers, US)
  { name: 'reviewtrackers-reviews-export', product: 'ReviewTrackers (Reviews > Export, CSV of all reviews across sources; a Texas dental group with four locations)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Location', (c, o) => row(RT_LOC, +o.id)[0], ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Store Code', (c, o) => row(RT_LOC, +o.id)[1], ['commerce.commerceScope.storeCode'], opt],
    ['Address', (c, o) => row(RT_LOC, +o.id)[2], []],
    ['City', (c, o) => row(RT_LOC, +o.id)[3], [GEO('city')], opt],
    ['State', (c, o) => row(RT_LOC, +o.id)[4], [GEO('stateProvince')], opt],
    ['Zip', (c, o) => row(RT_LOC, +o.id)[5], [GEO('postalCode')], opt],
    ['Source', (c, o, r) => v.pick(r, ['Google', 'Google', 'Yelp', 'Facebook', 'Healthgrades']), [], opt],
    ['Published Date', (c, o) => usDate(parts(o.at)), ['timestamp']],
    ['Rating', (c, o, r) => String(v.pick(r, [5, 5, 5, 4, 4, 3, 1])), []],
    ['Author', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Review Content', (c, o, r) => v.pick(r, ['Dr. Patel and the hygienists were wonderful, very gentle cleaning.', 'Waited 40 minutes past my appointment time.', 'Front desk sorted out my insurance quickly. Highly recommend!', '']), []],
    ['Review URL', (c, o, r) => `https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1s${v.alnum(r, 20)}`, ['web.webPageDetails.URL'], opt],
    ['Response Status', (c, o, r) => (r() < 0.7 ? 'Responded' : 'Not Responded'), []],
    ['Response', (c, o, r) => (r() < 0.7 ? `Thank you for the feedback, ${c.first}! We look forward to seeing you again.` : ''), []],
    ['Response Date', (c, o) => usDate(parts(o.at + 2 * day)), [], opt],
    ['Responded By', (c, o, r) => v.pick(r, ['Jessica M.', 'Practice Manager', '']), []],
    ['Sentiment', (c, o, r) => v.pick(r, ['Positive', 'Positive', 'Neutral', 'Negative']), []],
    ['Categories', (c, o, r) => v.pick(r, ['Staff; Cleanliness', 'Wait Time', 'Billing & Insurance', '']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'flag-for-ops', 'testimonial']), []],
    ['Language', () => 'en', ['environment._dc.language'], opt],
  ] },

  // ---------------------------------------------------------------- seller and product reviews (Shopper Approved, US)
  { name: 'shopper-approved-reviews-download', product: 'Shopper Approved (Merchant dashboard: Reviews > Download CSV, site and product reviews with follow-ups; a US online furniture store, Eastern time)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o) => String(91000000 + +o.id * 13), ['_id']],
    ['Order ID', (c, o) => `FF${100000 + +o.id}`, [OR('purchaseID')]],
    ['Review Date', (c, o) => { const p = et(o.at + 3 * day); return `${usDate(p)} ${h12(p)}` }, ['timestamp']],
    ['Order Date', (c, o) => usDate(et(o.at)), [OR('createdDate')], opt],
    ['Name', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Location', (c) => `${c.city}, ${c.region}`, [], opt],
    ['Overall Rating', (c, o, r) => String(v.pick(r, [5, 5, 5, 4, 4, 3, 2])), []],
    ['Would Recommend', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), []],
    ['Comments', (c, o, r) => v.pick(r, ['Checkout was quick and easy.', 'Great selection, delivery window was clear.', 'Took two tries for the promo code to apply.']), []],
    ['Follow Up Date', (c, o) => usDate(et(o.at + 24 * day)), [], opt],
    ['Follow Up Rating', (c, o, r) => (r() < 0.6 ? String(v.pick(r, [5, 5, 4, 3, 1])) : ''), []],
    ['Follow Up Comments', (c, o, r) => (r() < 0.6 ? v.pick(r, ['Sofa arrived on time and looks great.', 'One chair leg was scratched; support replaced it.', 'White-glove delivery team was excellent.']) : ''), []],
    ['Product ID', (c, o) => row(SHOP_PROD, +o.id)[0], [PL('SKU')]],
    ['Product Name', (c, o) => row(SHOP_PROD, +o.id)[1], [PL('name')]],
    ['Product Rating', (c, o, r) => String(v.pick(r, [5, 5, 4, 4, 3])), []],
    ['Product Review', (c, o, r) => v.pick(r, ['Comfortable and sturdy.', 'Color is a bit darker than the photos.', 'Exactly as described.', '']), []],
    ['Verified Purchase', () => 'Yes', []],
    ['Public Reply', (c, o, r) => (r() < 0.2 ? `Thanks ${c.first}, we are glad the replacement arrived quickly!` : ''), []],
    ['Status', (c, o, r) => (r() < 0.95 ? 'Published' : 'Hidden'), [], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- survey responses (Zonka Feedback, India)
  { name: 'zonka-feedback-responses-export', product: 'Zonka Feedback (Responses > Export to Excel; patient-feedback survey of an Indian hospital chain sent by SMS, e-mail and lobby kiosks, times in IST)', family: 'support', language: 'en', schema: E, cols: [
    ['Response ID', (c, o) => `RES${7100000 + +o.id}`, ['_id']],
    ['Survey Name', () => 'OPD Patient Experience', []],
    ['Response Date', (c, o) => { const p = ist(o.at); return `${dMonY(p)} ${h12(p)}` }, ['timestamp']],
    ['Channel', (c, o, r) => v.pick(r, ['SMS', 'Email', 'Kiosk', 'Kiosk', 'Web Link']), [], opt],
    ['Location', (c, o, r) => v.pick(r, ['Sunrise Hospitals - Whitefield', 'Sunrise Hospitals - Jubilee Hills', 'Sunrise Hospitals - Andheri']), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Device', (c, o, r) => v.pick(r, ['Kiosk - OPD Lobby', 'Kiosk - Pharmacy', '']), []],
    ['Contact Name', (c) => ind(c).full, []],
    ['Contact Email', (c, o, r) => (r() < 0.6 ? ind(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Contact Mobile', (c) => `+91${ind(c).mob}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Patient UHID', (c) => `UHID${c.id}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Department', (c, o, r) => v.pick(r, ['Cardiology', 'Orthopaedics', 'General Medicine', 'Paediatrics', 'ENT']), []],
    ['Doctor', (c, o, r) => v.pick(r, ['Dr. Anil Kumar', 'Dr. Shalini Rao', 'Dr. Farhan Qureshi']), []],
    ['How likely are you to recommend Sunrise Hospitals to your friends and family?', (c, o) => String(nps(o)), []],
    ['NPS Type', (c, o) => (nps(o) >= 9 ? 'Promoter' : nps(o) >= 7 ? 'Passive' : 'Detractor'), []],
    ['What is the primary reason for your score?', (c, o, r) => v.pick(r, ['Doctor explained everything clearly', 'Long waiting time at billing', 'Clean and well managed', '']), []],
    ['How would you rate the waiting time?', (c, o, r) => v.pick(r, ['Excellent', 'Good', 'Average', 'Poor']), []],
    ['Sentiment', (c, o, r) => v.pick(r, ['Positive', 'Neutral', 'Negative']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Billing', 'Wait Time', 'Staff Behaviour']), []],
    ['Status', (c, o, r) => v.pick(r, ['Open', 'Resolved', 'Resolved', 'In Progress']), [], opt],
    ['Assigned To', (c, o, r) => v.pick(r, ['Patient Relations', 'Nisha K', '']), []],
    ['Completion Status', (c, o, r) => (r() < 0.9 ? 'Completed' : 'Partially Completed'), [], opt],
    ['Time Taken', (c, o, r) => `${v.int(r, 0, 3)}m ${v.int(r, 5, 59)}s`, []],
    ['Language', (c, o, r) => v.pick(r, ['English', 'English', 'Hindi', 'Kannada']), ['environment._dc.language'], opt],
    ['IP Address', (c, o, r) => `49.${v.int(r, 32, 47)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome Mobile', 'Chrome', 'Safari']), ['environment.browserDetails.name']],
    ['Operating System', (c, o, r) => v.pick(r, ['Android', 'Android', 'iOS', 'Windows']), ['environment.operatingSystem']],
  ] },

  // ---------------------------------------------------------------- WhatsApp contacts (AiSensy, India)
  { name: 'aisensy-contacts-export', product: 'AiSensy (Contacts > Export, CSV of WhatsApp Business API contacts with user attributes; an Indian D2C skincare brand on Shopify, English UI)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Name', (c) => ind(c).full, ['person.name.fullName']],
    ['Phone', (c) => `91${ind(c).mob}`, ['mobilePhone.number']],
    ['Country Code', () => '91', ['mobilePhone.countryCode'], opt],
    ['Email', (c, o, r) => (r() < 0.7 ? ind(c).email : ''), ['personalEmail.address']],
    ['Tags', (c, o, r) => v.pick(r, ['shopify_customer', 'cod_order, shopify_customer', 'abandoned_cart', 'ctwa_lead', '']), []],
    ['Source', (c, o, r) => v.pick(r, ['Shopify', 'Shopify', 'Click to WhatsApp Ads', 'Imported', 'Website Widget']), [], opt],
    ['WhatsApp Opted In', (c) => (c.bool ? 'TRUE' : 'FALSE'), ['mobilePhone.status'], opt],
    ['Incoming', (c, o, r) => (r() < 0.95 ? 'Allowed' : 'Blocked'), [], opt],
    ['Last Active', (c) => { const p = ist(c.updated); return `${dMonY(p)}, ${h12(p)}` }, [], opt],
    ['Created At', (c) => { const p = ist(c.created); return `${dMonY(p)}, ${h12(p)}` }, [], opt],
    ['customer_id', (c) => String(7300000000000 + +c.id), ['_id', 'personID'], opt],
    ['city', (c) => ind(c).city, ['homeAddress.city', 'mailingAddress.city']],
    ['pincode', (c) => ind(c).pin, ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['gender', (c) => (ind(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['birthday', (c) => ymd(parts(c.birth)), ['person.birthDate']],
    ['total_orders', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['total_spent', (c, o, r) => String(v.int(r, 0, 14000)), ['loyalty.lifetimePurchases'], opt],
    ['last_order_id', (c, o) => `#SK${10000 + +o.id % 90000}`, []],
    ['last_order_date', (c, o) => ymd(ist(o.at)), [], opt],
    ['skin_type', (c, o, r) => v.pick(r, ['Oily', 'Dry', 'Combination', 'Sensitive']), []],
  ] },

  // ---------------------------------------------------------------- SMS club contacts (Textedly, US)
  { name: 'textedly-contacts-export', product: 'Textedly (Contacts > Export CSV; the SMS club of a US pizza restaurant group)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Phone Number', (c) => usDash(c.mobile), ['mobilePhone.number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.55 ? c.email : ''), ['personalEmail.address']],
    ['Birthday', (c) => { const p = parts(c.birth); return `${pad(p.m)}/${pad(p.d)}` }, ['person.birthDayAndMonth'], opt],
    ['Anniversary', (c, o, r) => (r() < 0.15 ? `${pad(v.int(r, 1, 12))}/${pad(v.int(r, 1, 28))}` : ''), []],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Zip Code', (c) => c.postcode, ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Groups', (c, o, r) => v.pick(r, ['PIZZA CLUB', 'PIZZA CLUB, Catering', 'Downtown Store', 'PIZZA CLUB, Downtown Store']), []],
    ['Keyword', (c, o, r) => v.pick(r, ['PIZZA', 'PIZZA', 'SLICE', '']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Keyword', 'Keyword', 'Web Sign-Up Form', 'Import', 'Manual']), [], opt],
    ['Status', (c) => (c.bool ? 'Subscribed' : 'Unsubscribed'), ['mobilePhone.status'], opt],
    ['Subscribed Date', (c) => usDate(et(c.created)), [], opt],
    ['Unsubscribed Date', (c) => (c.bool ? '' : usDate(et(c.updated))), [], opt],
    ['Favorite Location', (c, o, r) => v.pick(r, ['Downtown', 'Eastside', 'Airport Blvd']), []],
    ['Messages Received', (c, o, r) => String(v.int(r, 1, 64)), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gluten-free', 'Won March giveaway']), []],
  ] },

  // ---------------------------------------------------------------- CSAT customers (Simplesat, US B2B SaaS)
  { name: 'simplesat-customers-export', product: 'Simplesat (Customers > Export CSV; customers of a US B2B SaaS company\'s support team, synced from Zendesk, with custom attributes)', family: 'support', language: 'en', schema: B, cols: [
    ['ID', (c) => String(4400000 + +c.id), B2BID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['External ID', (c) => String(38000000000 + +c.id), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Source', () => 'Zendesk', [], opt],
    ['Phone', (c, o, r) => (r() < 0.4 ? usPretty(c.phone) : ''), ['workPhone.number']],
    ['Responses', (c, o, r) => String(v.int(r, 1, 23)), []],
    ['CSAT Score', (c, o, r) => `${v.int(r, 60, 100)}%`, []],
    ['Average Rating', (c, o, r) => (3 + r() * 2).toFixed(1), []],
    ['Last Response Date', (c) => isoS(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Last Response Answer', (c, o, r) => v.pick(r, ['Great', 'Great', 'Okay', 'Not Good']), []],
    ['First Seen', (c) => isoS(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['enterprise', 'trial', 'churn-risk', '']), []],
    ['Plan', (c, o, r) => v.pick(r, ['Starter', 'Growth', 'Enterprise']), []],
    ['Account Manager', (c, o, r) => v.pick(r, ['Dana Whitfield', 'Omar Haddad', '']), []],
  ] },

  // ---------------------------------------------------------------- business-texting contacts (Heymarket, US B2B)
  { name: 'heymarket-contacts-export', product: 'Heymarket (Contacts > Export, CSV of the shared texting inbox contacts; a US commercial HVAC contractor texting property managers)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(91000000 + +c.id), B2BID],
    ['Phone', (c) => e164(c.mobile), ['mobilePhone.number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Address', (c) => c.street, ['workAddress.street1']],
    ['City', (c) => c.city, ['workAddress.city']],
    ['State', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Zip', (c) => c.postcode, ['workAddress.postalCode']],
    ['Country', () => 'United States', ['workAddress.country']],
    ['Lists', (c, o, r) => v.pick(r, ['Property Managers', 'Property Managers; Maintenance Contracts', 'Service Reminders']), []],
    ['Tags', (c, o, r) => v.pick(r, ['PM-contract', 'rooftop-units', 'VIP', '']), []],
    ['Opted Out', (c, o, r) => (r() < 0.06 ? 'Yes' : 'No'), [], opt],
    ['Inbox', (c, o, r) => v.pick(r, ['Dispatch', 'Service Agreements', 'Billing']), []],
    ['Owner', (c, o, r) => v.pick(r, ['Kevin Ortiz', 'Renee Walsh', '']), []],
    ['Salesforce ID', (c, o, r) => `003${v.alnum(r, 12)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Created', (c) => usDateTime(et(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Message', (c) => usDateTime(et(c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gate code on file', 'Prefers texts after 3pm']), []],
  ] },
]
