// Round 117, tune117: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language event, attribution, CDP, ad-conversion, lead-list and
// sales-engagement exports: an MMP in-app-event raw export, an ad tracker's conversion log, a CDP raw event export, a
// DSP conversion-journey report, a dialer call log, a sequence e-mail activity log, visitor-identification and
// contact-finder lead lists, an ad-platform lead-form download and a CDP profile export.
import { E, P, B, v, UA, HOME, B2BID, PL, OR, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const ist = (ms) => shift(ms, 5.5)
const et = (ms) => shift(ms, -5)
const pt = (ms) => shift(ms, -8)
const utc = (ms) => v.parts(ms)
const isoMs = (ms, r) => `${new Date(ms).toISOString().slice(0, 19)}.${pad(v.int(r, 0, 999), 3)}Z`
const dom = (c) => `${slug(c.company).slice(0, 12)}.com`

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const CO = ['b2b.companyName', 'organizations[0]']
const W = (leaf) => `workAddress.${leaf}`
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]

// ---------------------------------------------------------------- India (Trackier MMP, a Bengaluru grocery app)
const IN_CITIES = [['Bengaluru', 'Karnataka'], ['Mumbai', 'Maharashtra'], ['New Delhi', 'Delhi'], ['Hyderabad', 'Telangana'], ['Pune', 'Maharashtra'], ['Chennai', 'Tamil Nadu'], ['Kolkata', 'West Bengal']]
const IN_DEV = [['android', 'Samsung', 'SM-A546E', '14'], ['android', 'Xiaomi', 'Redmi Note 12', '13'], ['android', 'OnePlus', 'CPH2491', '14'], ['ios', 'Apple', 'iPhone14,5', '17.4.1'], ['android', 'vivo', 'V2250', '13'], ['android', 'realme', 'RMX3630', '13']]
const IN_EVENTS = [['install', ''], ['af_add_to_cart', ''], ['purchase', 'p'], ['registration', ''], ['purchase', 'p'], ['app_open', '']]
const IN_MEDIA = [['Google Ads', 'UAC_Install_Blr_Q1', 'AdGroup_Grocery_Hindi'], ['Meta Ads', 'FB_Purchase_Retarget', 'LAL_3pct_Buyers'], ['organic', '', ''], ['InMobi', 'InMobi_CPI_South', 'Native_320x50'], ['Glance', 'Glance_Lockscreen_Feb', 'Story_Card_v2']]
const tkDev = (o) => row(IN_DEV, +o.id)
const tkEv = (o) => row(IN_EVENTS, +o.id >> 1)
const tkMed = (o) => row(IN_MEDIA, +o.id >> 2)
const INR = (n) => (n * 83).toFixed(2)

// ---------------------------------------------------------------- US ad-tracker / DSP traffic
const US_GEO = [['US', 'New York', 'New York', '10001'], ['US', 'Texas', 'Austin', '78701'], ['US', 'California', 'Los Angeles', '90012'], ['US', 'Florida', 'Miami', '33130'], ['US', 'Illinois', 'Chicago', '60601'], ['US', 'Georgia', 'Atlanta', '30303'], ['CA', 'Ontario', 'Toronto', 'M5V']]
const ugeo = (o) => row(US_GEO, +o.id >> 1)
const ISPS = ['Comcast Cable', 'Charter Communications', 'Verizon Wireless', 'T-Mobile USA', 'AT&T Services', 'Rogers Communications']
const RT_TRAFFIC = [['Facebook', 'FB | Collagen | US | Broad', 'fb'], ['TikTok', 'TT | Collagen | Spark Ads', 'tt'], ['Google Ads', 'GA | Brand Search', 'g'], ['Taboola', 'TB | Advertorial Gut Health', 'tb']]
const rtTr = (o) => row(RT_TRAFFIC, +o.id >> 2)
const UA_DEV = [['Mobile', 'iOS', '17.4', 'Safari', '17.4'], ['Mobile', 'Android', '14', 'Chrome Mobile', '123.0'], ['Desktop', 'Windows', '10', 'Chrome', '123.0'], ['Desktop', 'Mac OS X', '10.15', 'Safari', '17.3'], ['Tablet', 'iPadOS', '17.3', 'Safari', '17.3']]
const uad = (o) => row(UA_DEV, +o.id >> 3)

// ---------------------------------------------------------------- UK people (Zeotap CDP export of a fashion retailer)
const UK_FIRST = [['Oliver', 'Amelia'], ['George', 'Isla'], ['Harry', 'Ava'], ['Jack', 'Emily'], ['Charlie', 'Sophie'], ['Thomas', 'Grace'], ['Callum', 'Chloe']]
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Hughes', 'Patel', 'Walsh', 'Roberts']
const UK_PLACES = [['London', 'Greater London', 'SW1A 1AA'], ['Manchester', 'Greater Manchester', 'M1 1AE'], ['Leeds', 'West Yorkshire', 'LS1 4DY'], ['Bristol', 'Bristol', 'BS1 5TR'], ['Glasgow', 'Glasgow City', 'G2 1DY'], ['Cardiff', 'Cardiff', 'CF10 1EP'], ['Birmingham', 'West Midlands', 'B1 1BB']]
const UK_STREETS = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Avenue', 'Queens Road']
const ukMemo = new Map()
const uk = (c) => {
  if (ukMemo.has(c.id + c.first)) return ukMemo.get(c.id + c.first)
  const r = v.rng(+c.id * 31 + c.last.length * 7 + 11)
  const female = r() < 0.5
  const first = v.pick(r, UK_FIRST)[female ? 1 : 0], last = v.pick(r, UK_LAST)
  const [city, county, postcode] = v.pick(r, UK_PLACES)
  const p = { first, last, female, city, county, postcode,
    street: `${v.int(r, 1, 180)} ${v.pick(r, UK_STREETS)}`, flat: r() < 0.25 ? `Flat ${v.int(r, 1, 24)}` : '',
    mobile: `+44 7${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`,
    email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'])}` }
  ukMemo.set(c.id + c.first, p)
  return p
}

// ---------------------------------------------------------------- sales reps and sequences (US SaaS sellers)
const REPS = [['Jordan Reyes', 'jordan.reyes@fieldloop.io'], ['Priya Nair', 'priya.nair@fieldloop.io'], ['Marcus Bell', 'marcus.bell@fieldloop.io'], ['Hannah Cole', 'hannah.cole@fieldloop.io']]
const rep = (o) => row(REPS, +o.id >> 1)
const SEQS = ['Q2 Ops Leaders - Cold', 'Inbound Demo No-Show', 'Webinar Follow-up: Field Service', 'Closed Lost Re-engage']
const DISPOS = [['Connected - Meeting Booked', 'yes', true], ['Connected - Not Interested', 'no', true], ['No Answer', 'no', false], ['Left Voicemail', 'no', false], ['Gatekeeper', 'no', true], ['Wrong Number', 'no', false], ['Connected - Follow Up', 'no', true]]
const dispo = (o) => row(DISPOS, +o.id >> 2)
const SENIORITY = ['Director', 'VP', 'Manager', 'C-Suite', 'Senior']
const DEPTS = ['Operations', 'Sales', 'Information Technology', 'Finance', 'Marketing']
const INDUSTRIES = ['Computer Software', 'Logistics & Supply Chain', 'Construction', 'Hospital & Health Care', 'Financial Services', 'Retail']
const SIZES = ['11-50', '51-200', '201-500', '501-1000', '1001-5000']
const REVS = ['$1M - $10M', '$10M - $50M', '$50M - $100M', '$100M - $500M']
const US_STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }

export const SETS = [
  // ---------------------------------------------------------------- E: mobile attribution raw in-app events
  { name: 'trackier-mmp-raw-inapp-events', product: 'Trackier MMP (Apptrove; Raw Data > In-App Events > Export CSV, English UI, a Bengaluru quick-commerce grocery app, IST)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Event Time', (c, o) => { const p = ist(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Event Name', (c, o) => tkEv(o)[0], ['eventType'], opt],
    ['Event Value', (c, o) => (tkEv(o)[1] ? `{"af_order_id":"ORD${o.id}","af_content_id":"${o.sku}"}` : ''), [], opt],
    ['Revenue', (c, o) => (tkEv(o)[1] ? INR(o.total) : '0'), [OR('priceTotal')], opt],
    ['Currency', (c, o) => (tkEv(o)[1] ? 'INR' : ''), [OR('currencyCode')], opt],
    ['Install Time', (c, o) => { const p = ist(o.at - (+o.id % 9) * 86400000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Click Time', (c, o) => (tkMed(o)[0] === 'organic' ? '' : (() => { const p = ist(o.at - (+o.id % 9) * 86400000 - 420000); return `${ymd(p)} ${hms(p)}` })()), [], opt],
    ['Attributed Touch Type', (c, o) => (tkMed(o)[0] === 'organic' ? '' : +o.id % 3 ? 'click' : 'impression'), [], opt],
    ['Partner', (c, o) => tkMed(o)[0], [], opt],
    ['Campaign', (c, o) => tkMed(o)[1], ['marketing.campaignName']],
    ['Campaign ID', (c, o, r) => (tkMed(o)[1] ? String(v.int(r, 20000000000, 21999999999)) : ''), ['marketing.trackingCode'], opt],
    ['Ad Set', (c, o) => tkMed(o)[2], ['marketing.campaignGroup'], opt],
    ['Click ID', (c, o, r) => (tkMed(o)[0] === 'organic' ? '' : v.hex(r, 24)), [], opt],
    ['Customer User ID', (c) => (c.bool ? `CU${c.id}` : ''), CUST_ID, opt],
    ['Trackier Device ID', (c, o, r) => v.uuid(r), ['device.typeID', 'identityMap{}[0].id'], opt],
    ['GAID', (c, o, r) => (tkDev(o)[0] === 'android' ? v.uuid(r) : ''), ['device.typeID'], opt],
    ['IDFA', (c, o, r) => (tkDev(o)[0] === 'ios' && +o.id % 4 === 0 ? v.uuid(r).toUpperCase() : ''), ['device.typeID'], opt],
    ['Platform', (c, o) => tkDev(o)[0], ['environment.operatingSystem'], opt],
    ['OS Version', (c, o) => tkDev(o)[3], ['environment.operatingSystemVersion']],
    ['App Version', (c, o) => ['4.18.0', '4.18.2', '4.19.0'][+o.id % 3], [], opt],
    ['SDK Version', () => '1.5.63', []],
    ['Device Brand', (c, o) => tkDev(o)[1], ['device.manufacturer']],
    ['Device Model', (c, o) => tkDev(o)[2], ['device.model']],
    ['Country', () => 'IN', [GEO('countryCode')]],
    ['City', (c, o) => row(IN_CITIES, +o.id)[0], [GEO('city')]],
    ['Region', (c, o) => row(IN_CITIES, +o.id)[1], [GEO('stateProvince')]],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Carrier', (c, o) => row(['Jio', 'Airtel', 'Vi', '', 'Jio'], +o.id), ['environment.carrier']],
    ['Language', () => 'en-IN', ['environment._dc.language'], opt],
    ['Is Retargeting', (c, o) => (tkMed(o)[1].includes('Retarget') ? 'true' : 'false'), []],
  ] },
  // ---------------------------------------------------------------- E: ad-tracker conversion log
  { name: 'redtrack-conversions-log', product: 'RedTrack (Conversions > Export CSV, English UI, a US direct-to-consumer supplement brand, account time zone America/New_York)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Date', (c, o) => { const p = et(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Click ID', (c, o, r) => v.hex(r, 24), [], opt],
    ['Conversion ID', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['Type', (c, o) => (+o.id % 4 ? 'Purchase' : 'InitiateCheckout'), ['eventType'], opt],
    ['Status', (c, o) => (+o.id % 17 ? 'APPROVED' : 'DECLINED'), [], opt],
    ['Payout', (c, o) => (+o.id % 4 ? o.total.toFixed(2) : '0.00'), [OR('priceTotal')], opt],
    ['Currency', () => 'USD', [OR('currencyCode')], opt],
    ['Order ID', (c, o) => (+o.id % 4 ? `#${1000 + (+o.id % 9000)}` : ''), [OR('purchaseID')], opt],
    ['Campaign', (c, o) => rtTr(o)[1], ['marketing.campaignName']],
    ['Offer', (c, o) => row(['Collagen Peptides 30ct', 'Gut Health Bundle', 'Collagen Subscribe & Save'], +o.id), [PL('name')], opt],
    ['Offer Source', () => 'Shopify', []],
    ['Traffic Channel', (c, o) => rtTr(o)[0], [], opt],
    ['Country', (c, o) => ugeo(o)[0], [GEO('countryCode')]],
    ['Region', (c, o) => ugeo(o)[1], [GEO('stateProvince')]],
    ['City', (c, o) => ugeo(o)[2], [GEO('city')]],
    ['ISP', (c, o) => row(ISPS, +o.id), ['environment.ISP']],
    ['Device', (c, o) => uad(o)[0], ['device.type'], opt],
    ['OS', (c, o) => uad(o)[1], ['environment.operatingSystem']],
    ['OS Version', (c, o) => uad(o)[2], ['environment.operatingSystemVersion']],
    ['Browser', (c, o) => uad(o)[3], ['environment.browserDetails.name']],
    ['Browser Version', (c, o) => uad(o)[4], ['environment.browserDetails.version']],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Sub1', (c, o, r) => (rtTr(o)[2] === 'fb' ? String(v.int(r, 120200000000000, 120209999999999)) : ''), [], opt],
    ['Sub2', (c, o) => row(['ad_set_broad_25_54', 'spark_ugc_03', '', 'adv_gut_v2'], +o.id >> 2), [], opt],
    ['Sub3', (c, o, r) => (rtTr(o)[2] === 'g' ? `Cj0KCQjw${v.alnum(r, 26)}` : ''), ['marketing.trackingCode'], opt],
    ['Referrer', (c, o) => row(['https://m.facebook.com/', 'https://www.tiktok.com/', 'https://www.google.com/', ''], +o.id >> 2), ['web.webReferrer.URL']],
    ['Landing', () => 'https://try.purecollagenco.com/lp/collagen-30', ['web.webPageDetails.URL'], opt],
  ] },
  // ---------------------------------------------------------------- E: CDP raw event export
  { name: 'metarouter-raw-events-export', product: 'MetaRouter (raw event stream landed to the warehouse and exported as CSV with flattened analytics.js keys, a US outdoor-gear retailer)', family: 'analytics', language: 'en', schema: E, cols: [
    ['messageId', (c, o, r) => `ajs-next-${v.hex(r, 32)}`, ['_id']],
    ['type', (c, o) => row(['track', 'page', 'track', 'identify'], +o.id), [], opt],
    ['event', (c, o) => row(['Order Completed', '', 'Product Added', ''], +o.id), ['eventType'], opt],
    ['anonymousId', (c, o, r) => v.uuid(r), ['identityMap{}[0].id'], opt],
    ['userId', (c, o) => (+o.id % 3 ? `usr_${c.id}` : ''), CUST_ID, opt],
    ['timestamp', (c, o, r) => isoMs(o.at, r), ['timestamp']],
    ['sentAt', (c, o, r) => isoMs(o.at + 150, r), [], opt],
    ['receivedAt', (c, o, r) => isoMs(o.at + 900, r), [], opt],
    ['writeKey', () => 'mr_wk_8f3c2a1e', []],
    ['context.ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['context.userAgent', (c, o) => row(UA, +o.id), ['environment.browserDetails.userAgent']],
    ['context.locale', () => 'en-US', ['environment._dc.language'], opt],
    ['context.page.url', (c, o) => row(['https://www.ridgelineoutfitters.com/checkout/thank-you', 'https://www.ridgelineoutfitters.com/c/tents', 'https://www.ridgelineoutfitters.com/p/alpine-2-tent', 'https://www.ridgelineoutfitters.com/account'], +o.id), ['web.webPageDetails.URL']],
    ['context.page.title', (c, o) => row(['Thank You | Ridgeline', 'Tents | Ridgeline', 'Alpine 2 Tent | Ridgeline', 'My Account | Ridgeline'], +o.id), ['web.webPageDetails.name']],
    ['context.page.referrer', (c, o) => row(['https://www.google.com/', '', 'https://www.instagram.com/'], +o.id >> 1), ['web.webReferrer.URL']],
    ['context.campaign.source', (c, o) => row(['google', '', 'instagram', 'klaviyo'], +o.id >> 1), [], opt],
    ['context.campaign.medium', (c, o) => row(['cpc', '', 'social', 'email'], +o.id >> 1), [], opt],
    ['context.campaign.name', (c, o) => row(['spring_camp_sale', '', 'ugc_tents', 'welcome_flow'], +o.id >> 1), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['context.library.name', () => 'analytics.js', []],
    ['context.library.version', () => 'next-1.66.0', []],
    ['properties.order_id', (c, o) => (+o.id % 4 === 0 ? `RO-${o.id}` : ''), [OR('purchaseID')]],
    ['properties.revenue', (c, o) => (+o.id % 4 === 0 ? o.subtotal.toFixed(2) : ''), [OR('priceTotal')], opt],
    ['properties.tax', (c, o) => (+o.id % 4 === 0 ? o.tax.toFixed(2) : ''), [OR('taxAmount')]],
    ['properties.currency', (c, o) => (+o.id % 4 === 0 || +o.id % 4 === 2 ? 'USD' : ''), [OR('currencyCode')], opt],
    ['properties.sku', (c, o) => (+o.id % 4 === 2 ? o.sku : ''), [PL('SKU')]],
    ['properties.name', (c, o) => (+o.id % 4 === 2 ? o.name : ''), [PL('name')]],
    ['properties.price', (c, o) => (+o.id % 4 === 2 ? o.price.toFixed(2) : ''), [], opt],
    ['properties.quantity', (c, o) => (+o.id % 4 === 2 ? String(o.qty) : ''), [PL('quantity')]],
    ['traits.email', (c, o) => (+o.id % 4 === 3 ? c.email : ''), EMAIL_ID, opt],
  ] },
  // ---------------------------------------------------------------- E: DSP conversion journey
  { name: 'stackadapt-conversion-journey-report', product: 'StackAdapt (Reports > Conversion Journey > Download CSV, English UI, a US furniture e-tailer\'s programmatic campaigns, times in UTC)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Conversion Date', (c, o) => ymd(utc(o.at)), ['timestamp'], opt],
    ['Conversion Time (UTC)', (c, o) => hms(utc(o.at)), [], opt],
    ['Conversion Tracker', (c, o) => (+o.id % 3 ? 'Purchase - Thank You Page' : 'Add to Cart'), [], opt],
    ['Conversion Tracker ID', (c, o) => (+o.id % 3 ? '88214' : '88215'), [], opt],
    ['Attribution Type', (c, o) => (+o.id % 5 < 2 ? 'Click-Through' : 'View-Through'), [], opt],
    ['Campaign Group', () => 'Spring Living Room 2024', ['marketing.campaignGroup'], opt],
    ['Campaign', (c, o) => row(['Native - Prospecting - Sofas', 'Display - Retargeting 30D', 'CTV - Awareness - Northeast', 'Video - Prospecting - Lookalike'], +o.id >> 1), ['marketing.campaignName']],
    ['Campaign ID', (c, o) => String(1400000 + (+o.id >> 1) % 4 * 17), ['marketing.trackingCode'], opt],
    ['Line Item', (c, o) => row(['Sofas | Contextual', 'Site Visitors 30D', 'CTV NE DMA', 'LAL Purchasers 2%'], +o.id >> 1), [], opt],
    ['Ad', (c, o) => row(['Cloud Sofa 1200x627', 'Spring Sale 300x250', 'Brand Spot :15', 'UGC Living Room :30'], +o.id >> 1), [], opt],
    ['Ad ID', (c, o, r) => String(v.int(r, 5000000, 5999999)), [], opt],
    ['Channel', (c, o) => row(['Native', 'Display', 'CTV', 'Video'], +o.id >> 1), [], opt],
    ['Domain', (c, o) => row(['weather.com', 'apartmenttherapy.com', 'Roku', 'nytimes.com', 'people.com'], +o.id), [], opt],
    ['Device Type', (c, o) => row(['Mobile', 'Desktop', 'Connected TV', 'Tablet'], +o.id >> 3), ['device.type'], opt],
    ['Browser', (c, o) => uad(o)[3], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => uad(o)[1], ['environment.operatingSystem']],
    ['Country', (c, o) => (ugeo(o)[0] === 'CA' ? 'Canada' : 'United States'), [GEO('countryCode')], opt],
    ['Region', (c, o) => ugeo(o)[1], [GEO('stateProvince')]],
    ['City', (c, o) => ugeo(o)[2], [GEO('city')]],
    ['Postal Code', (c, o) => ugeo(o)[3], [GEO('postalCode')]],
    ['Impression Time (UTC)', (c, o) => { const p = utc(o.at - (+o.id % 72) * 3600000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Click Time (UTC)', (c, o) => (+o.id % 5 < 2 ? (() => { const p = utc(o.at - (+o.id % 72) * 3600000 + 4000); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Time to Conversion (Hours)', (c, o) => String(+o.id % 72), []],
    ['Revenue', (c, o) => (+o.id % 3 ? (o.total * 9).toFixed(2) : '0.00'), [OR('priceTotal')], opt],
    ['Order ID', (c, o) => (+o.id % 3 ? `100${o.id}` : ''), [OR('purchaseID')]],
    ['IP Address', (c, o, r) => `${v.ip4(r).split('.').slice(0, 3).join('.')}.0`, ['environment.ipV4'], opt],
  ] },
  // ---------------------------------------------------------------- E: dialer call log
  { name: 'nooks-call-activity-export', product: 'Nooks (AI parallel dialer: Analytics > Calls > Export CSV, English UI, a US field-service software SDR team)', family: 'crm', language: 'en', schema: E, cols: [
    ['Call ID', (c, o, r) => `call_${v.alnum(r, 20)}`, ['_id']],
    ['Call Started At', (c, o, r) => isoMs(o.at, r), ['timestamp']],
    ['Call Ended At', (c, o, r) => isoMs(o.at + (dispo(o)[2] ? 60000 + (+o.id % 400) * 1000 : 25000), r), [], opt],
    ['Rep Name', (c, o) => rep(o)[0], []],
    ['Rep Email', (c, o) => rep(o)[1], [], opt],
    ['Prospect Name', (c) => c.full, []],
    ['Prospect Title', (c) => c.job, []],
    ['Company', (c) => c.company, []],
    ['Prospect Email', (c) => c.workEmail, EMAIL_ID, opt],
    ['Phone Number Dialed', (c, o) => (+o.id % 2 ? c.mobile : c.phone), PHONE_ID, opt],
    ['Phone Type', (c, o) => (+o.id % 2 ? 'Mobile' : 'Direct'), []],
    ['From Number', (c, o, r) => `+1 512-555-${pad(v.int(r, 100, 9999), 4)}`, []],
    ['Direction', (c, o) => (+o.id % 11 ? 'Outbound' : 'Inbound'), [], opt],
    ['Disposition', (c, o) => dispo(o)[0], [], opt],
    ['Connected', (c, o) => (dispo(o)[2] ? 'TRUE' : 'FALSE'), []],
    ['Meeting Booked', (c, o) => (dispo(o)[1] === 'yes' ? 'TRUE' : 'FALSE'), []],
    ['Duration (sec)', (c, o) => String(dispo(o)[2] ? 60 + (+o.id % 400) : 25), ['environment.duration'], opt],
    ['Talk Time (sec)', (c, o) => String(dispo(o)[2] ? 45 + (+o.id % 380) : 0), [], opt],
    ['Dialing Session', (c, o) => `${rep(o)[0].split(' ')[0]}'s Power Hour - ${mdy(et(o.at))}`, [], opt],
    ['Sequence', (c, o) => row(SEQS, +o.id), ['marketing.campaignName'], opt],
    ['Salesforce ID', (c, o, r) => `00Q${v.alnum(r, 15)}`, [], opt],
    ['Recording URL', (c, o, r) => (dispo(o)[2] ? `https://app.nooks.in/recordings/${v.hex(r, 24)}` : ''), []],
    ['AI Summary', (c, o) => (dispo(o)[2] ? row(['Using spreadsheets for dispatch; asked for pricing.', 'Not the right person, referred to VP Ops.', 'Interested, wants a demo next Tuesday.'], +o.id) : ''), []],
    ['Notes', (c, o) => row(['', '', 'Call back after Q2 budget', 'Asked to remove from list'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- E: sequence email activity
  { name: 'outplay-sequence-email-activity', product: 'Outplay (Reports > Email Activity > Export, English UI, a US SaaS outbound team; times in the account time zone, US Pacific)', family: 'email', language: 'en', schema: E, cols: [
    ['Activity Id', (c, o, r) => String(v.int(r, 480000000, 489999999)), ['_id']],
    ['Sent On', (c, o) => { const p = pt(o.at); return `${mdy(p)} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }, ['timestamp']],
    ['Prospect Email', (c) => c.workEmail, EMAIL_ID, opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Company', (c) => c.company, []],
    ['Designation', (c) => c.job, []],
    ['Sequence Name', (c, o) => row(SEQS, +o.id), ['marketing.campaignName'], opt],
    ['Step Number', (c, o) => String(1 + (+o.id % 5)), [], opt],
    ['Step Type', (c, o) => (+o.id % 5 === 2 ? 'Manual Email' : 'Auto Email'), [], opt],
    ['Subject', (c, o) => row([`Dispatch chaos at ${c.company}?`, 're: Dispatch chaos', `Quick question, ${c.first}`, 'Worth a look?'], +o.id), [], opt],
    ['Template Name', (c, o) => row(['Ops Pain v3', 'Bump 1', 'Case Study - HVAC', 'Breakup'], +o.id), [], opt],
    ['From Mailbox', (c, o) => rep(o)[1], [], opt],
    ['Owner', (c, o) => rep(o)[0], []],
    ['Status', (c, o) => row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id), [], opt],
    ['Opened', (c, o) => (['Opened', 'Replied', 'Clicked'].includes(row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id)) ? 'Yes' : 'No'), []],
    ['Open Count', (c, o) => String(['Opened', 'Replied', 'Clicked'].includes(row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id)) ? 1 + (+o.id % 4) : 0), [], opt],
    ['First Opened On', (c, o) => (['Opened', 'Replied', 'Clicked'].includes(row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id)) ? (() => { const p = pt(o.at + 5400000); return `${mdy(p)} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` })() : ''), [], opt],
    ['Clicked', (c, o) => (row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id) === 'Clicked' ? 'Yes' : 'No'), []],
    ['Replied', (c, o) => (row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id) === 'Replied' ? 'Yes' : 'No'), []],
    ['Reply Sentiment', (c, o) => (row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id) === 'Replied' ? row(['Interested', 'Not Interested', 'Out of Office'], +o.id >> 3) : ''), []],
    ['Bounced', (c, o) => (row(['Delivered', 'Opened', 'Replied', 'Bounced', 'Opened', 'Clicked'], +o.id) === 'Bounced' ? 'Yes' : 'No'), []],
    ['Unsubscribed', (c, o) => (+o.id % 23 === 0 ? 'Yes' : 'No'), []],
    ['Prospect Id', (c) => String(2000000 + +c.id), CUST_ID, opt],
  ] },
  // ---------------------------------------------------------------- B: visitor identification
  { name: 'rb2b-identified-visitors-csv', product: 'RB2B (Profiles > Export CSV of identified website visitors, a US B2B logistics-software site)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['LinkedInUrl', (c, o, r) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.alnum(r, 8).toLowerCase()}`, []],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['CompanyName', (c) => c.company, CO],
    ['AllTimePageViews', (c, o) => String(1 + (+o.id % 37)), []],
    ['WorkEmail', (c, o) => (+o.id % 4 ? c.workEmail : ''), ['workEmail.address']],
    ['Website', (c) => `https://${dom(c)}`, ['b2b.companyWebsite']],
    ['Industry', (c, o) => row(INDUSTRIES, +o.id), []],
    ['EmployeeCount', (c, o) => row(SIZES, +o.id >> 1), []],
    ['EstimateRevenue', (c, o) => row(REVS, +o.id >> 2), []],
    ['City', (c) => c.city, [W('city')]],
    ['State', (c) => US_STATES[c.region] ?? c.region, STATE(['workAddress'])],
    ['Zipcode', (c) => c.postcode, [W('postalCode')]],
    ['LastSeenAt', (c, o, r) => isoMs(Math.max(o.at, c.created), r), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['FirstSeenAt', (c, o) => new Date(Math.min(o.at, c.created)).toISOString(), ['extSourceSystemAudit.createdDate'], opt],
    ['NewProfile', (c, o) => (+o.id % 3 ? 'false' : 'true'), []],
    ['MostRecentReferrer', (c, o) => row(['https://www.google.com/', '', 'https://www.linkedin.com/', 'https://www.g2.com/'], +o.id), []],
    ['RecentPageCount', (c, o) => String(1 + (+o.id % 6)), []],
    ['RecentPageUrls', (c, o) => row(['https://www.routewisehq.com/pricing', 'https://www.routewisehq.com/pricing, https://www.routewisehq.com/demo', 'https://www.routewisehq.com/blog/last-mile-costs'], +o.id), []],
    ['Tags', (c, o) => row(['Hot Pages', '', 'ICP, Hot Pages', ''], +o.id), []],
    ['FilterMatches', (c, o) => row(['ICP - Logistics', '', 'ICP - Logistics'], +o.id), []],
    ['ProfileType', (c, o) => (+o.id % 5 ? 'Person' : 'Company'), ['b2b.personType'], opt],
  ] },
  // ---------------------------------------------------------------- B: contact-finder export
  { name: 'swordfish-ai-contacts-export', product: 'Swordfish AI (Lists > Export to CSV, English UI, a US staffing agency\'s prospect list)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, CO],
    ['Company Website', (c) => dom(c), ['b2b.companyWebsite']],
    ['Industry', (c, o) => row(INDUSTRIES, +o.id), []],
    ['Company Size', (c, o) => row(SIZES, +o.id), []],
    ['Location', (c) => `${c.city}, ${c.region}, United States`, [], opt],
    ['City', (c) => c.city, at(['workAddress', 'homeAddress'], 'city'), opt],
    ['State', (c) => c.region, STATE(['workAddress', 'homeAddress']), opt],
    ['Country', () => 'United States', at(['workAddress', 'homeAddress'], 'country'), opt],
    ['Work Email', (c, o) => (+o.id % 5 ? c.workEmail : ''), ['workEmail.address']],
    ['Work Email Status', (c, o) => (+o.id % 5 ? row(['Valid', 'Valid', 'Catch-all'], +o.id) : ''), ['workEmail.status'], opt],
    ['Personal Email 1', (c, o) => (+o.id % 3 ? c.email : ''), ['personalEmail.address']],
    ['Personal Email 2', (c, o, r) => (+o.id % 7 === 0 ? `${slug(c.first)}${v.int(r, 70, 99)}@icloud.com` : ''), ['personalEmail.address'], opt],
    ['Mobile Phone 1', (c) => c.mobile, ['mobilePhone.number']],
    ['Mobile Phone 2', (c, o, r) => (+o.id % 6 === 0 ? `+1 (${v.int(r, 201, 989)}) 555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['otherPhone.number', 'mobilePhone.number'], opt],
    ['Landline', (c, o) => (+o.id % 2 ? c.phone : ''), ['workPhone.number', 'homePhone.number'], opt],
    ['Phone Accuracy', (c, o) => row(['High', 'Medium', 'High'], +o.id), []],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}`, []],
    ['Facebook URL', (c, o) => (+o.id % 4 ? '' : `https://www.facebook.com/${slug(c.first)}.${slug(c.last)}`), []],
    ['List Name', () => 'Q2 Warehouse Ops Managers - TX', []],
    ['Date Added', (c) => mdy(utc(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- B: sales-engagement lead list
  { name: 'amplemarket-leads-export', product: 'Amplemarket (Leads > Export CSV, snake_case headers, a US SaaS outbound team)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => v.uuid(r), B2BID],
    ['email', (c) => c.workEmail, ['workEmail.address']],
    ['email_status', (c, o) => row(['valid', 'valid', 'risky', 'unknown'], +o.id), ['workEmail.status'], opt],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['seniority', (c, o) => row(SENIORITY, +o.id), []],
    ['department', (c, o) => row(DEPTS, +o.id >> 1), ['extendedWorkDetails.departments[0]']],
    ['linkedin_url', (c, o, r) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}`, []],
    ['phone_number', (c, o) => (+o.id % 3 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['company_name', (c) => c.company, CO],
    ['company_domain', (c) => dom(c), ['b2b.companyWebsite']],
    ['company_linkedin_url', (c) => `https://www.linkedin.com/company/${slug(c.company)}`, []],
    ['company_industry', (c, o) => row(INDUSTRIES, +o.id), []],
    ['company_size', (c, o) => row(SIZES, +o.id >> 2), []],
    ['location', (c) => `${c.city}, ${US_STATES[c.region] ?? c.region}, United States`, [], opt],
    ['city', (c) => c.city, [W('city')]],
    ['state', (c) => US_STATES[c.region] ?? c.region, STATE(['workAddress'])],
    ['country', () => 'United States', [W('country')]],
    ['sequence', (c, o) => (+o.id % 3 ? row(SEQS, +o.id) : ''), [], opt],
    ['sequence_status', (c, o) => (+o.id % 3 ? row(['active', 'finished', 'replied', 'bounced', 'paused'], +o.id) : ''), ['b2b.personStatus'], opt],
    ['owner', (c, o) => rep(o)[1], []],
    ['created_at', (c) => new Date(c.created).toISOString(), ['extSourceSystemAudit.createdDate'], opt],
    ['last_contacted_at', (c, o) => (+o.id % 3 ? new Date(c.updated).toISOString() : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['unsubscribed', (c, o) => (+o.id % 19 === 0 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
  ] },
  // ---------------------------------------------------------------- P: ad-platform lead form
  { name: 'quora-ads-lead-gen-form-leads', product: 'Quora Ads (Ads Manager > Lead Gen Forms > Download leads CSV, English UI, a US online tutoring company; times in UTC)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 10000000000, 99999999999)), ['_id', 'personID']],
    ['Submitted Time', (c) => { const p = utc(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Account Name', () => 'BrightPath Tutoring', []],
    ['Campaign Name', (c, o) => row(['SAT Prep - Parents - Lead Gen', 'AP Calculus Tutoring - Topics', 'Free Trial Session - Interests'], +o.id), [], opt],
    ['Campaign ID', (c, o) => String(7400000 + (+o.id % 3) * 13), []],
    ['Ad Set Name', (c, o) => row(['Topic: SAT', 'Question Targeting: Calculus', 'Audience: Site Visitors'], +o.id), []],
    ['Ad Set ID', (c, o) => String(81200000 + (+o.id % 3) * 7), []],
    ['Ad Name', (c, o) => row(['Image Ad v2 - 200pts', 'Text Ad - Free Session', 'Image Ad - Parents'], +o.id >> 1), []],
    ['Ad ID', (c, o, r) => String(v.int(r, 90000000, 99999999)), []],
    ['Form Name', () => 'Free Session Request 2024', []],
    ['Form ID', () => '33871', []],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone Number', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, STATE(HOME)],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'US', [...at(HOME, 'countryCode'), ...at(HOME, 'country')], opt],
    ["What grade is your student in?", (c, o) => row(['10th Grade', '11th Grade', '12th Grade', '9th Grade'], +o.id), []],
    ['Preferred contact time', (c, o) => row(['Evenings', 'Weekends', 'Afternoons'], +o.id >> 1), []],
    ['Privacy Policy Consent', () => 'Yes', [], opt],
  ] },
  // ---------------------------------------------------------------- P: CDP profile export
  { name: 'zeotap-cdp-unified-profiles-export', product: 'Zeotap CDP (Audience > Export unified profiles to CSV, English UI, a UK fashion retailer, dates dd/MM/yyyy)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Zeotap ID', (c, o, r) => `zi_${v.hex(r, 32)}`, ['identityMap{}[0].id'], opt],
    ['Customer ID', (c) => `UKC${pad(+c.id, 8)}`, ['_id', 'personID']],
    ['Loyalty ID', (c, o) => (+o.id % 3 ? `LY${c.id}${+c.id % 7}` : ''), ['loyalty.loyaltyID[0]']],
    ['Title', (c) => (uk(c).female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => uk(c).first, ['person.name.firstName']],
    ['Last Name', (c) => uk(c).last, ['person.name.lastName']],
    ['Gender', (c) => (uk(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => dmy(utc(c.birth)), ['person.birthDate']],
    ['Email', (c) => uk(c).email, ['personalEmail.address']],
    ['Email SHA256', (c, o, r) => v.hex(r, 64), [], opt],
    ['Mobile Number', (c) => uk(c).mobile, ['mobilePhone.number']],
    ['Address Line 1', (c) => uk(c).street, at(HOME, 'street1')],
    ['Address Line 2', (c) => uk(c).flat, at(HOME, 'street2')],
    ['Town/City', (c) => uk(c).city, at(HOME, 'city')],
    ['County', (c) => uk(c).county, STATE(HOME), opt],
    ['Postcode', (c) => uk(c).postcode, at(HOME, 'postalCode')],
    ['Country', () => 'GB', at(HOME, 'countryCode')],
    ['Email Marketing Consent', (c) => (c.bool ? 'Opted In' : 'Opted Out'), [], opt],
    ['SMS Marketing Consent', (c, o) => (+o.id % 3 ? 'Opted Out' : 'Opted In'), [], opt],
    ['Preferred Store', (c, o) => row(['Oxford Street', 'Manchester Arndale', 'Online', 'Leeds Trinity'], +o.id), []],
    ['Loyalty Tier', (c, o) => row(['Bronze', 'Silver', 'Gold', 'Bronze'], +o.id >> 1), ['loyalty.tier']],
    ['Total Orders', (c, o) => String(1 + (+o.id % 25)), []],
    ['Lifetime Value (GBP)', (c, o) => ((1 + (+o.id % 25)) * 46.3).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Last Purchase Date', (c) => dmy(utc(c.updated)), [], opt],
    ['Churn Propensity Score', (c, o) => (0.01 * (+o.id % 100)).toFixed(2), []],
    ['Profile Created', (c) => dmy(utc(c.created)), [], opt],
  ] },
  // ---------------------------------------------------------------- P: consumer visitor identification
  { name: 'customers-ai-xray-visitors-export', product: 'Customers.ai (Website Visitor ID / X-Ray pixel: Contacts > Export CSV, a US direct-to-consumer mattress brand)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Email Verified', (c, o) => (+o.id % 4 ? 'true' : 'false'), [], opt],
    ['Phone', (c, o) => (+o.id % 3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, STATE(HOME)],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Age Range', (c, o) => row(['25-34', '35-44', '45-54', '55-64'], +o.id), [], opt],
    ['Household Income', (c, o) => row(['$75K-$99K', '$100K-$149K', '$50K-$74K', '$150K+'], +o.id >> 1), []],
    ['Homeowner', (c, o) => (+o.id % 3 ? 'Y' : 'N'), []],
    ['Married', (c, o) => (+o.id % 2 ? 'Y' : 'N'), ['person.maritalStatus'], opt],
    ['Children', (c, o) => (+o.id % 5 < 2 ? 'Y' : 'N'), []],
    ['Landing Page', (c, o) => row(['https://www.dreamloftsleep.com/products/hybrid-queen', 'https://www.dreamloftsleep.com/', 'https://www.dreamloftsleep.com/pages/100-night-trial'], +o.id), []],
    ['Referrer', (c, o) => row(['https://www.google.com/', 'https://l.facebook.com/', '', 'https://www.pinterest.com/'], +o.id), []],
    ['UTM Source', (c, o) => row(['google', 'facebook', '', 'pinterest'], +o.id), []],
    ['UTM Campaign', (c, o) => row(['pmax_mattress', 'spring_sale_retarget', '', 'pins_bedroom'], +o.id), []],
    ['Pages Viewed', (c, o) => String(1 + (+o.id % 14)), []],
    ['First Visit', (c) => { const p = et(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Last Visit', (c) => { const p = et(c.updated); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Intent Score', (c, o) => row(['High', 'Medium', 'Low'], +o.id), []],
    ['Status', (c, o) => row(['Synced to Klaviyo', 'New', 'Synced to Klaviyo'], +o.id), []],
  ] },
]
