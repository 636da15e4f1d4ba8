// Round 76, heldout76: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language product / app analytics, ad attribution and affiliate
// tracking, in-app / push messaging and customer-engagement tools: a mobile game's purchase events, an app's install
// attribution log, a self-hosted web analytics' page-view records, a performance marketer's tracked conversions, an
// affiliate network's conversions, an attribution tool's order upload (events, schema E), and the users of a chat SDK,
// a SaaS marketing-automation tool's people, web push subscribers, SMS subscribers, an in-app survey tool's contacts and
// a SaaS customer-messaging tool's users (schema P).
import { E, P, v, at, HOME, PL, OR, SHIP, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

// times: UTC, US Eastern (UTC-4 from March to October, UTC-5 otherwise), London (UTC+1 April-October)
const usOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 3 && m <= 10 ? -4 : -5 }
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoMs = (ms) => new Date(ms).toISOString()
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const isoOff = (ms, h) => { const p = shift(ms, h); const s = h < 0 ? '-' : '+'; return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${s}${pad(Math.abs(h))}:00` }
const usDT = (ms) => { const p = shift(ms, usOff(ms)); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const ukDT = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }

// per-row picks that stay consistent across the columns of one row
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const pc = (c, xs) => xs[n(c) % xs.length]
const po = (o, xs) => xs[n(o) % xs.length]
const tf = (b) => (b ? 'true' : 'false')
const usMob = (r) => `${v.pick(r, ['212', '312', '415', '512', '617', '305', '206'])}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`

// US people (the generated person's name and e-mail, an American city)
const US = [['Austin', 'TX', '78701'], ['Denver', 'CO', '80202'], ['Columbus', 'OH', '43215'], ['Portland', 'OR', '97205'], ['Raleigh', 'NC', '27601'], ['Chicago', 'IL', '60607'], ['Tampa', 'FL', '33602'], ['Boston', 'MA', '02116'], ['Seattle', 'WA', '98101']]
const usCity = (c) => pc(c, US)
const usMail = (c) => `${slug(c.first)}.${slug(c.last)}${n(c) % 90}@${pc(c, ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}`
// devices: [manufacturer, model, os, os version, type, browser, browser version]
const DEV = [
  ['Apple', 'iPhone15,2', 'iOS', '17.4.1', 'phone', 'Mobile Safari', '17.4'],
  ['samsung', 'SM-S918B', 'Android', '14', 'phone', 'Chrome Mobile', '123.0.6312'],
  ['Google', 'Pixel 7', 'Android', '14', 'phone', 'Chrome Mobile', '122.0.6261'],
  ['Apple', 'iPad13,18', 'iOS', '16.7.2', 'tablet', 'Mobile Safari', '16.6'],
  ['Xiaomi', 'Redmi Note 12', 'Android', '13', 'phone', 'Chrome Mobile', '121.0.6167'],
  ['motorola', 'moto g power (2022)', 'Android', '12', 'phone', 'Chrome Mobile', '120.0.6099'],
]
const dev = (o) => po(o, DEV)

// ------------------------------------------------------------------ GameAnalytics
const GA_ITEMS = [['gems', 'gem_pack_small', 199], ['gems', 'gem_pack_large', 999], ['bundle', 'starter_bundle', 499], ['subscription', 'vip_pass_monthly', 799], ['coins', 'coin_chest', 299], ['no_ads', 'remove_ads', 399]]
const GA_GEO = [['US', 'USD', 1], ['GB', 'GBP', 0.79], ['DE', 'EUR', 0.92], ['CA', 'CAD', 1.36], ['AU', 'AUD', 1.52], ['BR', 'BRL', 5.05]]

// ------------------------------------------------------------------ Voluum / Partnerize
const VO_CAMPAIGNS = [['Facebook - US - Keto Gummies - Prelander A', 'Facebook', 'Keto Gummies - US', 'Prelander A (quiz)', 'MaxBounty'], ['TikTok - US - Solar Quote Lead', 'TikTok Ads', 'Solar Quotes - Lead', 'Lander - Savings Calc', 'ClickDealer'], ['Google - US - Home Warranty', 'Google Ads', 'Home Warranty - CPL', 'Direct linking', 'Perform[cb]'], ['Taboola - US - Sweepstakes', 'Taboola', 'Sweeps $750 Cash App', 'Lander - Spin wheel', 'CPAlead']]
const UK_CITY = [['London', 'England'], ['Manchester', 'England'], ['Leeds', 'England'], ['Glasgow', 'Scotland'], ['Bristol', 'England'], ['Cardiff', 'Wales'], ['Birmingham', 'England']]
const PZ_PUBS = [['1100l4821', 'Quidco'], ['1011l2960', 'TopCashback'], ['1101l77', 'VoucherCodes.co.uk'], ['1100l9134', 'Hot UK Deals'], ['1011l5532', 'The Independent - IndyBest']]
const ISP = ['Comcast Cable', 'Charter Communications', 'AT&T Internet', 'Verizon Fios', 'T-Mobile USA', 'Cox Communications']
const CARRIER = ['Verizon', 'T-Mobile', 'AT&T', '']

// ------------------------------------------------------------------ AppMetrica
const AM_TRACKERS = [['Google Ads UAC - iOS US', 'Google Ads', 2], ['Meta Ads - AEO Purchase', 'Meta Ads', 4], ['Unity Ads - Playables', 'Unity Ads', 51], ['TikTok for Business - VO', 'TikTok Ads', 77], ['', '', 0]]

// ------------------------------------------------------------------ Ackee
const ACK_PAGES = ['https://blog.harborlane.dev/', 'https://blog.harborlane.dev/posts/rust-async-traits', 'https://blog.harborlane.dev/posts/self-hosting-postgres', 'https://blog.harborlane.dev/about', 'https://blog.harborlane.dev/posts/nix-flakes-intro']
const ACK_REF = ['https://news.ycombinator.com/', 'https://www.google.com/', '', 'https://lobste.rs/', 'https://www.reddit.com/r/rust/', '']
const ACK_UA = [['Chrome', '123.0.0.0', 'Mac OS', '10.15.7', '', '', 1440, 900, 1440, 789], ['Firefox', '124.0', 'Linux', '', '', '', 1920, 1080, 1903, 969], ['Safari', '17.4', 'iOS', '17.4', 'iPhone', 'Apple', 390, 844, 390, 664], ['Chrome', '122.0.0.0', 'Windows', '10', '', '', 2560, 1440, 2543, 1302], ['Chrome', '123.0.0.0', 'Android', '14', 'Pixel 7', 'Google', 412, 915, 412, 775]]

// ------------------------------------------------------------------ Encharge / Userlist / Refiner
const SAAS_CO = ['Brightwave Labs', 'Northpeak Analytics', 'Cobalt & Finch', 'Loopstack', 'Meridian Health Partners', 'Fieldnote Studio', 'Tallgrass Logistics', 'Quillon']
const SAAS_TITLE = ['Head of Growth', 'Marketing Manager', 'Founder & CEO', 'Product Manager', 'Customer Success Lead', 'Operations Director']
const PPG_UA = [['Chrome', 'Windows', 'desktop'], ['Chrome', 'Android', 'mobile'], ['Safari', 'macOS', 'desktop'], ['Safari', 'iOS', 'mobile'], ['Firefox', 'Windows', 'desktop'], ['Edge', 'Windows', 'desktop'], ['Chrome', 'Android', 'tablet']]
const PLANS = ['Free trial', 'Starter', 'Growth', 'Pro', 'Enterprise']
const saasMail = (c) => `${slug(c.first)}.${slug(c.last)}@${slug(pc(c, SAAS_CO))}.com`
const UK_CO = ['Kettle & Slate Design', 'Northgate Plumbing Ltd', 'Brightside Tutors', 'Marlow Lane Photography', 'Ashby Consulting', 'Fenwick Carpentry']

export const SETS = [
  // ---------------------------------------------------------------- analytics event exports (E)
  { name: 'gameanalytics-payment-events', product: 'GameAnalytics (Pipeline IQ data warehouse: the payment_event table of a casual mobile puzzle game, downloaded as CSV; snake_case columns as the documented schema names them, timestamps UTC)', family: 'analytics', language: 'en', schema: E, cols: [
    ['event_dt', (c, o) => ymd(o.at), ['timestamp'], opt],
    ['event_client_ts', (c, o) => `${ymdHMS(o.at)} UTC`, ['timestamp']],
    ['event_arrival_ts', (c, o) => `${ymdHMS(o.at + (n(o) % 40) * 1000)} UTC`, [], opt],
    ['game_id', () => '184273', []],
    ['user_id', (c, o, r) => (dev(o)[2] === 'iOS' ? v.uuid(r).toUpperCase() : v.uuid(r)), ['device.typeID', 'identityMap{}[0].id'], opt],
    ['player_id', (c, o, r) => v.hex(r, 32), ['identityMap{}[0].id', 'endUserIDs._experience.aacustomid.id'], opt],
    ['session_id', (c, o, r) => v.uuid(r), [], opt],
    ['is_converting', (c, o) => tf(n(o) % 4 === 0), [], opt],
    ['first_paid_date', (c, o) => ymd(o.at - (n(o) % 4 === 0 ? 0 : (n(o) % 200) * 86400000)), [], opt],
    ['currency', (c) => pc(c, GA_GEO)[1], [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')]],
    ['amount', (c, o) => (po(o, GA_ITEMS)[2] * pc(c, GA_GEO)[2]).toFixed(1), [OR('priceTotal'), PL('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['amount_usd', (c, o) => (po(o, GA_ITEMS)[2]).toFixed(1), [OR('priceTotal'), PL('priceTotal')], opt],
    ['cart_type', (c, o) => po(o, ['shop', 'shop', 'end_of_level', 'out_of_moves_popup', 'daily_offer']), [], opt],
    ['item_type', (c, o) => po(o, GA_ITEMS)[0], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryID')], opt],
    ['item_id', (c, o) => po(o, GA_ITEMS)[1], [PL('SKU'), PL('name'), PL('_id')]],
    ['transaction_num', (c, o) => String(1 + (n(o) % 4 === 0 ? 0 : n(o) % 23)), [], opt],
    ['platform', (c, o) => dev(o)[2].toLowerCase(), ['environment.operatingSystem']],
    ['os_version', (c, o) => `${dev(o)[2].toLowerCase()} ${dev(o)[3]}`, ['environment.operatingSystemVersion']],
    ['device', (c, o) => dev(o)[1], ['device.model']],
    ['manufacturer', (c, o) => dev(o)[0], ['device.manufacturer']],
    ['country_code', (c) => pc(c, GA_GEO)[0], [GEO('countryCode')]],
    ['build', (c, o) => po(o, ['2.14.0', '2.14.1', '2.15.0']), [], opt],
    ['sdk_version', (c, o) => (dev(o)[2] === 'iOS' ? 'ios 4.4.5' : 'android 6.6.2'), []],
  ] },
  { name: 'appmetrica-installations-log', product: 'AppMetrica (Logs API: /logs/v1/export/installations.csv with the documented fields; a US meditation app, English field names, times in the app\'s time zone America/New_York)', family: 'analytics', language: 'en', schema: E, cols: [
    ['application_id', () => '4318862', []],
    ['installation_id', (c, o, r) => v.hex(r, 16), ['_id'], opt],
    ['attributed_touch_type', (c, o) => (po(o, AM_TRACKERS)[0] ? po(o, ['click', 'click', 'impression']) : ''), [], opt],
    ['click_datetime', (c, o) => (po(o, AM_TRACKERS)[0] ? ymdHMS(o.at - 3600000 * (1 + n(o) % 30), usOff(o.at)) : ''), [], opt],
    ['click_id', (c, o, r) => (po(o, AM_TRACKERS)[0] ? String(v.int(r, 1e9, 9e9)) + String(v.int(r, 1e8, 9e8)) : ''), [], opt],
    ['click_url_parameters', (c, o) => (po(o, AM_TRACKERS)[0] ? `c=${encodeURIComponent(po(o, AM_TRACKERS)[0])}&adset_id=${23850000000 + n(o)}` : ''), [], opt],
    ['profile_id', (c) => (n(c) % 3 ? `u_${n(c)}` : ''), ['identityMap{}[0].id', 'endUserIDs._experience.aacustomid.id'], opt],
    ['publisher_id', (c, o) => (po(o, AM_TRACKERS)[2] ? String(po(o, AM_TRACKERS)[2]) : '0'), []],
    ['publisher_name', (c, o) => po(o, AM_TRACKERS)[1], [], opt],
    ['tracker_name', (c, o) => po(o, AM_TRACKERS)[0], ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['tracking_id', (c, o) => (po(o, AM_TRACKERS)[0] ? String(1034812736400000000 + n(o) * 1000).slice(0, 19) : '0'), ['marketing.trackingCode'], opt],
    ['install_datetime', (c, o) => ymdHMS(o.at, usOff(o.at)), ['timestamp']],
    ['install_ipv6', (c, o, r) => `::ffff:${v.ip4(r)}`, ['environment.ipV6', 'environment.ipV4']],
    ['install_receive_datetime', (c, o) => ymdHMS(o.at + 2000, usOff(o.at)), [], opt],
    ['install_timestamp', (c, o) => String(Math.floor(o.at / 1000)), ['timestamp'], opt],
    ['is_reattribution', (c, o) => tf(n(o) % 11 === 0), []],
    ['is_reinstallation', (c, o) => tf(n(o) % 7 === 0), []],
    ['match_type', (c, o) => (po(o, AM_TRACKERS)[0] ? po(o, ['identifier', 'identifier', 'fingerprint', 'referrer']) : ''), []],
    ['appmetrica_device_id', (c, o, r) => String(v.int(r, 1e9, 9e9)) + String(v.int(r, 1e9, 9e9)), ['device.typeID', 'identityMap{}[0].id'], opt],
    ['city', (c) => usCity(c)[0], [GEO('city')]],
    ['connection_type', (c, o) => po(o, ['wifi', 'cell', 'wifi']), ['environment.connectionType']],
    ['country_iso_code', () => 'US', [GEO('countryCode')]],
    ['device_locale', (c, o) => po(o, ['en_US', 'en_US', 'es_US', 'en_GB']), ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['device_manufacturer', (c, o) => dev(o)[0], ['device.manufacturer']],
    ['device_model', (c, o) => dev(o)[1], ['device.model']],
    ['device_type', (c, o) => dev(o)[4], ['device.type']],
    ['google_aid', (c, o, r) => (dev(o)[2] === 'Android' ? v.uuid(r) : ''), ['device.typeID'], opt],
    ['ios_ifa', (c, o, r) => (dev(o)[2] === 'iOS' && n(o) % 3 === 0 ? v.uuid(r).toUpperCase() : ''), ['device.typeID'], opt],
    ['ios_ifv', (c, o, r) => (dev(o)[2] === 'iOS' ? v.uuid(r).toUpperCase() : ''), ['device.typeID'], opt],
    ['operator_name', (c, o) => po(o, CARRIER), ['environment.carrier']],
    ['os_name', (c, o) => dev(o)[2].toLowerCase(), ['environment.operatingSystem']],
    ['os_version', (c, o) => dev(o)[3], ['environment.operatingSystemVersion']],
    ['app_package_name', (c, o) => (dev(o)[2] === 'iOS' ? 'com.stillwater.meditate' : 'com.stillwater.meditate.android'), []],
    ['app_version_name', (c, o) => po(o, ['5.2.0', '5.2.1', '5.3.0']), [], opt],
  ] },
  { name: 'ackee-records-export', product: 'Ackee (self-hosted, privacy-friendly web analytics with detailed tracking on: the MongoDB `records` collection exported with mongoexport --type=csv, one row per page view; a developer blog)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.uuid(r), ['_id']],
    ['clientId', (c, o, r) => (n(o) % 4 ? v.hex(r, 64) : ''), [], opt],
    ['domainId', () => '6f1c2d4e-9a8b-4f3e-b2c1-0d9e8f7a6b5c', []],
    ['siteLocation', (c, o) => po(o, ACK_PAGES), ['web.webPageDetails.URL']],
    ['siteReferrer', (c, o) => po(o, ACK_REF), ['web.webReferrer.URL']],
    ['source', (c, o) => po(o, ['', '', 'newsletter', 'mastodon', '']), ['marketing.trackingCode'], opt],
    ['siteLanguage', (c, o) => po(o, ['en', 'en', 'de', 'en', 'fr', 'nl']), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['screenWidth', (c, o) => String(po(o, ACK_UA)[6]), ['device.screenWidth']],
    ['screenHeight', (c, o) => String(po(o, ACK_UA)[7]), ['device.screenHeight']],
    ['screenColorDepth', (c, o) => po(o, ['24', '30', '24']), ['device.colorDepth', 'environment.colorDepth']],
    ['deviceName', (c, o) => po(o, ACK_UA)[4], ['device.model']],
    ['deviceManufacturer', (c, o) => po(o, ACK_UA)[5], ['device.manufacturer']],
    ['osName', (c, o) => po(o, ACK_UA)[2], ['environment.operatingSystem']],
    ['osVersion', (c, o) => po(o, ACK_UA)[3], ['environment.operatingSystemVersion']],
    ['browserName', (c, o) => po(o, ACK_UA)[0], ['environment.browserDetails.name']],
    ['browserVersion', (c, o) => po(o, ACK_UA)[1], ['environment.browserDetails.version']],
    ['browserWidth', (c, o) => String(po(o, ACK_UA)[8]), ['environment.browserDetails.viewportWidth', 'environment.viewportWidth']],
    ['browserHeight', (c, o) => String(po(o, ACK_UA)[9]), ['environment.browserDetails.viewportHeight', 'environment.viewportHeight']],
    ['created', (c, o) => isoMs(o.at), ['timestamp']],
    ['updated', (c, o) => isoMs(o.at + (15 + n(o) % 400) * 1000), [], opt],
  ] },
  // ---------------------------------------------------------------- ad attribution and affiliate tracking (E)
  { name: 'voluum-conversions-report', product: 'Voluum (Reports > Conversions, Export to CSV, English UI; a US media buyer running lead-gen and CPA offers, report time zone America/New_York)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Postback timestamp', (c, o) => ymdHMS(o.at, usOff(o.at)), ['timestamp']],
    ['Visit timestamp', (c, o) => ymdHMS(o.at - (300 + n(o) % 80000) * 1000, usOff(o.at)), [], opt],
    ['Click ID', (c, o, r) => `${v.hex(r, 8)}${v.hex(r, 8)}${v.hex(r, 8)}`.toUpperCase(), [], opt],
    ['External ID', (c, o, r) => (n(o) % 5 ? `fb.1.${Math.floor(o.at / 1000)}.${v.int(r, 1e8, 9e8)}` : ''), [], opt],
    ['Transaction ID', (c, o, r) => `${v.int(r, 100000, 999999)}${v.alnum(r, 6)}`, [OR('purchaseID'), OR('payments[0].transactionID')], opt],
    ['Custom conversion', (c, o) => po(o, ['Lead', 'Lead', 'Sale', 'Upsell', 'Registration']), ['eventType'], opt],
    ['Revenue', (c, o) => po(o, ['24.00', '38.50', '12.00', '45.00', '7.50']), [], opt],
    ['Cost', (c, o) => (n(o) % 3 ? (0.05 + (n(o) % 60) / 100).toFixed(4) : '0.0000'), []],
    ['Campaign', (c, o) => po(o, VO_CAMPAIGNS)[0], ['marketing.campaignName']],
    ['Campaign ID', (c, o, r) => v.uuid(r), ['marketing.trackingCode'], opt],
    ['Traffic source', (c, o) => po(o, VO_CAMPAIGNS)[1], [], opt],
    ['Offer', (c, o) => po(o, VO_CAMPAIGNS)[2], []],
    ['Lander', (c, o) => po(o, VO_CAMPAIGNS)[3], []],
    ['Affiliate network', (c, o) => po(o, VO_CAMPAIGNS)[4], []],
    ['Country', () => 'United States', [GEO('countryCode')], opt],
    ['Region', (c) => usCity(c)[1], [GEO('stateProvince')]],
    ['City', (c) => usCity(c)[0], [GEO('city')]],
    ['ISP', (c, o) => po(o, ISP), ['environment.ISP']],
    ['Mobile carrier', (c, o) => po(o, CARRIER), ['environment.carrier']],
    ['Connection type', (c, o) => po(o, ['Mobile', 'Broadband', 'Broadband', 'Mobile']), ['environment.connectionType']],
    ['Device', (c, o) => (dev(o)[4] === 'phone' ? 'Mobile phone' : 'Tablet'), ['device.type']],
    ['Brand', (c, o) => dev(o)[0], ['device.manufacturer']],
    ['Model', (c, o) => dev(o)[1], ['device.model']],
    ['OS', (c, o) => dev(o)[2], ['environment.operatingSystem']],
    ['OS version', (c, o) => dev(o)[3], ['environment.operatingSystemVersion']],
    ['Browser', (c, o) => dev(o)[5], ['environment.browserDetails.name']],
    ['Browser version', (c, o) => dev(o)[6], ['environment.browserDetails.version']],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Referrer domain', (c, o) => po(o, ['m.facebook.com', 'www.tiktok.com', 'www.google.com', 'trc.taboola.com']), ['web.webReferrer.URL'], opt],
    ['Custom variable 1', (c, o, r) => String(v.int(r, 23850000000, 23859999999)), [], opt],
    ['Custom variable 2', (c, o) => po(o, ['adset_lookalike_1pct', 'adset_broad_f35plus', 'adset_interest_fitness']), [], opt],
  ] },
  { name: 'partnerize-conversions-export', product: 'Partnerize, formerly Performance Horizon (brand account: Conversions report, Export CSV; a UK fashion retailer\'s affiliate programme, snake_case columns as the conversion API names them, times Europe/London, GBP)', family: 'marketing', language: 'en', schema: E, cols: [
    ['conversion_id', (c, o, r) => `111l${v.int(r, 10000000, 99999999)}`, ['_id']],
    ['campaign_id', () => '10l1437', []],
    ['campaign_title', () => 'Harlow & Rowe UK', [], opt],
    ['publisher_id', (c, o) => po(o, PZ_PUBS)[0], []],
    ['publisher_name', (c, o) => po(o, PZ_PUBS)[1], []],
    ['conversion_time', (c, o) => ymdHMS(o.at, ukOff(o.at)), ['timestamp', OR('createdDate')]],
    ['click_time', (c, o) => ymdHMS(o.at - (600 + n(o) % 400000) * 1000, ukOff(o.at)), [], opt],
    ['conversion_reference', (c, o) => `HR${700000 + n(o) % 99999}`, [OR('purchaseID')]],
    ['customer_reference', (c) => (n(c) % 4 ? `C${n(c)}` : ''), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['customer_type', (c, o) => po(o, ['new', 'existing', 'new']), [], opt],
    ['currency', () => 'GBP', [OR('currencyCode')]],
    ['value', (c, o) => (o.subtotal * 0.85).toFixed(2), [OR('priceTotal')]],
    ['commission', (c, o) => (o.subtotal * 0.85 * 0.08).toFixed(2), []],
    ['conversion_status', (c, o) => po(o, ['approved', 'pending', 'pending', 'rejected']), [], opt],
    ['item_count', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['voucher_code', (c, o) => (o.discount ? po(o, ['QUIDCO10', 'TCB15', 'VCUK20']) : ''), ['commerce.promotionID']],
    ['country', () => 'GB', [GEO('countryCode')]],
    ['ref_device', (c, o) => po(o, ['Mobile', 'Desktop', 'Mobile', 'Tablet']), ['device.type']],
    ['ref_traffic_source', (c, o) => po(o, ['Cashback', 'Voucher Code', 'Cashback', 'Voucher Code', 'Content']), [], opt],
    ['ref_partnership_model', () => 'CPA', [], opt],
    ['publisher_reference', (c, o, r) => (n(o) % 3 ? v.alnum(r, 12) : ''), [], opt],
    ['referer', (c, o) => po(o, ['https://www.quidco.com/harlow-and-rowe/', 'https://www.topcashback.co.uk/harlow-rowe/', 'https://www.vouchercodes.co.uk/harlowandrowe.com', '', '']), ['web.webReferrer.URL'], opt],
  ] },
  { name: 'triplewhale-custom-orders', product: 'Triple Whale (Custom Sales Platform order records as a US DTC skincare brand on a custom cart writes them out, flattened to CSV, for the Data-In bulk order upload; field names as Triple Whale\'s order record documents them, ISO times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['shop', () => 'glowtheory.com', []],
    ['order_id', (c, o) => `GT-${100000 + n(o) % 99999}`, [OR('purchaseID'), '_id']],
    ['platform', () => 'custom-msp', [], opt],
    ['platform_account_id', () => 'glowtheory-cart', []],
    ['created_at', (c, o) => isoMs(o.at), ['timestamp', OR('createdDate')]],
    ['updated_at', (c, o) => isoMs(o.at + (n(o) % 72) * 3600000), [OR('lastUpdatedDate')], opt],
    ['currency', () => 'USD', [OR('currencyCode')]],
    ['customer.id', (c) => `cus_${n(c)}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['customer.email', (c) => usMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['customer.phone', (c, o, r) => (n(c) % 3 ? `+1${usMob(r)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['customer.first_name', (c) => c.first, [], opt],
    ['customer.last_name', (c) => c.last, [], opt],
    ['order_revenue', (c, o) => (o.subtotal * 1.0725 + o.shipping - o.discount).toFixed(2), [OR('priceTotal')]],
    ['total_discounts', (c, o) => o.discount.toFixed(2), [OR('discountAmount')]],
    ['taxes', (c, o) => (o.subtotal * 0.0725).toFixed(2), [OR('taxAmount')]],
    ['shipping_price', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['status', (c, o) => po(o, ['completed', 'completed', 'processing', 'completed', 'cancelled']), [], opt],
    ['tags', (c, o) => po(o, ['', 'subscription', 'first_order', 'subscription,vip', '']), [], opt],
    ['discount_codes[0].code', (c, o) => (o.discount ? 'GLOW15' : ''), ['commerce.promotionID']],
    ['discount_codes[0].amount', (c, o) => (o.discount ? o.discount.toFixed(2) : ''), [OR('discountAmount')], opt],
    ['discount_codes[0].type', (c, o) => (o.discount ? 'fixed_amount' : ''), []],
    ['line_items[0].id', (c, o) => `li_${n(o) * 3}`, [], opt],
    ['line_items[0].product_id', (c, o) => String(810 + (n(o) % 4)), [PL('_id'), PL('SKU')], opt],
    ['line_items[0].product_name', (c, o) => po(o, ['Barrier Repair Serum', 'Daily Mineral SPF 40', 'Gentle Gel Cleanser', 'Overnight Retinal Cream']), [PL('name')]],
    ['line_items[0].variant_id', (c, o) => String(44000 + (n(o) % 90) * 13), [PL('SKU')], opt],
    ['line_items[0].variant_name', (c, o) => po(o, ['30 ml', '50 ml', 'Travel size', '100 ml']), [PL('selectedOptions[0].value')], opt],
    ['line_items[0].sku', (c, o) => po(o, ['GT-BRS-30', 'GT-SPF-50', 'GT-GGC-TR', 'GT-ORC-100']), [PL('SKU')]],
    ['line_items[0].price', (c, o) => o.price.toFixed(2), [PL('priceTotal')], opt],
    ['line_items[0].quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['shipping_address.address_1', (c, o, r) => `${v.int(r, 10, 9999)} ${v.pick(r, ['Maple Ave', 'Oak St', 'Lakeview Dr', 'Pine Ridge Rd', 'Main St'])}`, [SHIP('street1')]],
    ['shipping_address.address_2', (c, o, r) => (r() < 0.3 ? `Apt ${v.int(r, 1, 40)}` : ''), [SHIP('street2')]],
    ['shipping_address.city', (c) => usCity(c)[0], [SHIP('city')]],
    ['shipping_address.zip', (c) => usCity(c)[2], [SHIP('postalCode')]],
    ['shipping_address.province_code', (c) => usCity(c)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_address.country_code', () => 'US', [SHIP('countryCode')]],
    ['void', () => 'false', [], opt],
  ] },
  // ---------------------------------------------------------------- users and audiences of messaging / engagement tools (P)
  { name: 'sendbird-users-export', product: 'Sendbird (Chat Platform API data export, data_type users, CSV; a US second-hand marketplace app\'s chat users, with the app\'s metadata keys as columns, Unix-millisecond times)', family: 'marketing', language: 'en', schema: P, cols: [
    ['user_id', (c) => `mkt_${n(c)}`, ['_id', 'personID']],
    ['nickname', (c) => `${c.first} ${c.last[0]}.`, ['person.name.fullName', 'person.name.firstName'], opt],
    ['profile_url', (c) => (n(c) % 3 ? `https://cdn.tradewell.app/avatars/${n(c)}.jpg` : ''), []],
    ['require_auth_for_profile_image', () => 'false', []],
    ['is_active', (c) => tf(n(c) % 13 !== 0), [], opt],
    ['is_online', (c) => tf(n(c) % 5 === 0), []],
    ['last_seen_at', (c) => String(Math.max(c.created, c.updated)), [], opt],
    ['has_ever_logged_in', () => 'true', []],
    ['created_at', (c) => String(Math.floor(c.created / 1000)), [], opt],
    ['phone_number', (c, o, r) => (n(c) % 4 ? `+1${usMob(r)}` : ''), ['mobilePhone.number']],
    ['discovery_keys', (c) => usMail(c), ['personalEmail.address'], opt],
    ['preferred_languages', (c) => pc(c, ['en', 'en', 'es']), [], opt],
    ['locale', (c) => pc(c, ['en-US', 'en-US', 'es-US']), [], opt],
    ['metadata.email', (c) => usMail(c), ['personalEmail.address']],
    ['metadata.city', (c) => usCity(c)[0], at(HOME, 'city')],
    ['metadata.state', (c) => usCity(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['metadata.seller_tier', (c) => pc(c, ['', 'bronze', 'silver', 'gold', '']), [], opt],
  ] },
  { name: 'encharge-people-export', product: 'Encharge (People > select all > Export to CSV, English UI; a B2B SaaS company\'s trial users and customers, field names as Encharge\'s person fields, ISO times)', family: 'marketing', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 40000000, 49999999)), [], opt],
    ['email', (c) => saasMail(c), ['personalEmail.address', 'workEmail.address']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['userId', (c) => `usr_${n(c)}`, ['_id', 'personID']],
    ['phone', (c, o, r) => (n(c) % 3 ? `+1 ${usMob(r).replace(/(\d{3})(\d{3})(\d{4})/, '($1) $2-$3')}` : ''), ['mobilePhone.number', 'workPhone.number', 'homePhone.number']],
    ['company', (c) => pc(c, SAAS_CO), ['organizations[0]']],
    ['title', (c) => pc(c, SAAS_TITLE), []],
    ['website', (c) => `https://${slug(pc(c, SAAS_CO))}.com`, []],
    ['country', () => 'United States', [...at([...HOME, 'workAddress'], 'country')], opt],
    ['city', (c) => usCity(c)[0], at([...HOME, 'workAddress'], 'city'), opt],
    ['timezone', (c) => pc(c, ['America/Chicago', 'America/Denver', 'America/New_York', 'America/Los_Angeles']), [], opt],
    ['ip', (c, o, r) => v.ip4(r), []],
    ['createdAt', (c) => isoMs(c.created), [], opt],
    ['lastActivity', (c) => isoMs(Math.max(c.created, c.updated)), [], opt],
    ['leadScore', (c) => String(n(c) % 120), []],
    ['tags', (c) => pc(c, ['trial', 'trial,onboarding-done', 'customer', 'customer,annual', 'churned']), []],
    ['unsubscribed', (c) => tf(n(c) % 11 === 0), [], opt],
    ['plan', (c) => pc(c, PLANS), []],
  ] },
  { name: 'pushpushgo-subscribers-list', product: 'PushPushGo (Subscribers > list and subscriber details, Export CSV, English UI; a US home-decor web shop\'s web push subscribers)', family: 'marketing', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['Custom ID', (c) => (n(c) % 3 ? `shop-${n(c)}` : ''), ['_id', 'personID']],
    ['Status', (c) => (n(c) % 9 ? 'subscribed' : 'unsubscribed'), [], opt],
    ['Type', (c) => pc(c, ['web', 'web', 'web', 'mobile']), []],
    ['Provider', (c) => pc(c, ['google_vapid', 'google_vapid', 'apple_safari', 'mozilla', 'apns_ios']), []],
    ['Created at', (c) => usDT(c.created), [], opt],
    ['Browser', (c) => pc(c, PPG_UA)[0], []],
    ['Operating system', (c) => pc(c, PPG_UA)[1], []],
    ['Device', (c) => pc(c, PPG_UA)[2], []],
    ['Language', (c) => pc(c, ['en-US', 'en-US', 'es-US']), [], opt],
    ['Country', () => 'United States', at(HOME, 'country'), opt],
    ['City', (c) => usCity(c)[0], at(HOME, 'city'), opt],
    ['IP', (c, o, r) => v.ip4(r), []],
    ['Subscription URL', (c) => pc(c, ['https://www.nestandfern.com/', 'https://www.nestandfern.com/collections/lighting', 'https://www.nestandfern.com/products/linen-throw-pillow']), []],
    ['Labels', (c) => pc(c, ['', 'visited:lighting', 'cart_abandoned', 'customer;vip', 'visited:rugs']), []],
    ['Segments', (c) => pc(c, ['All subscribers', 'All subscribers|Cart abandoners', 'All subscribers|Buyers']), []],
    ['Last session', (c) => usDT(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'vibes-subscription-list-export', product: 'Vibes (Vibes Platform: Audience > Subscription Lists > a list > Export, CSV; a US pizza chain\'s SMS and push subscribers, person fields as the Vibes person API names them)', family: 'marketing', language: 'en', schema: P, cols: [
    ['person_key', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
    ['external_person_id', (c) => (n(c) % 4 ? `LOY${900000 + n(c) % 99999}` : ''), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['mobile_phone', (c, o, r) => `1${usMob(r)}`, ['mobilePhone.number']],
    ['carrier_code', (c) => pc(c, ['104', '383', '31004', '104']), []],
    ['subscription_list_id', () => '7a1f44c0-3e2b-4d58-9b1a-2c6d3e9f0a11', []],
    ['subscription_list_name', () => 'Pizza Deals SMS', []],
    ['subscribed_at', (c) => isoZ(c.created), [], opt],
    ['acquisition_campaign', (c) => pc(c, ['Text PIZZA to 47293', 'Website pop-up', 'In-store QR', 'Checkout opt-in']), [], opt],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => (n(c) % 3 ? usMail(c) : ''), ['personalEmail.address']],
    ['postal_code', (c) => usCity(c)[2], at(HOME, 'postalCode')],
    ['birthday', (c) => ymd(c.birth), ['person.birthDate']],
    ['favorite_store', (c) => `Store #${100 + n(c) % 60}`, [], opt],
    ['created_at', (c) => isoZ(c.created), [], opt],
    ['updated_at', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'refiner-contacts-export', product: 'Refiner (in-app surveys: Contacts > Export, CSV; a B2B SaaS product\'s users, contact fields as Refiner\'s contacts API names them, with the traits sent by the app)', family: 'marketing', language: 'en', schema: P, cols: [
    ['uuid', (c, o, r) => v.uuid(r), [], opt],
    ['remote_id', (c) => String(n(c)), ['_id', 'personID']],
    ['email', (c) => saasMail(c), ['personalEmail.address', 'workEmail.address']],
    ['display_name', (c) => c.full, ['person.name.fullName']],
    ['first_seen_at', (c) => isoZ(c.created), [], opt],
    ['last_seen_at', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
    ['last_form_submission_at', (c) => (n(c) % 3 ? isoZ(Math.max(c.created, c.updated) - 86400000 * (n(c) % 20)) : ''), [], opt],
    ['last_tracking_event_at', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
    ['segments', (c) => pc(c, ['Trial users', 'Trial users; Activated', 'Paying customers', 'Paying customers; Promoters', 'Detractors']), []],
    ['account.remote_id', (c) => `acct_${100 + (n(c) % 8)}`, []],
    ['account.display_name', (c) => pc(c, SAAS_CO), ['organizations[0]']],
    ['attributes.first_name', (c) => c.first, ['person.name.firstName']],
    ['attributes.last_name', (c) => c.last, ['person.name.lastName']],
    ['attributes.role', (c) => pc(c, SAAS_TITLE), []],
    ['attributes.plan', (c) => pc(c, PLANS), []],
    ['attributes.signed_up_at', (c) => ymd(c.created), [], opt],
    ['attributes.country', () => 'United States', [...at([...HOME, 'workAddress'], 'country')], opt],
    ['attributes.nps_score', (c) => (n(c) % 3 ? String(n(c) % 11) : ''), []],
  ] },
  { name: 'userlist-users-export', product: 'Userlist (Users > Export CSV, English UI; a UK SaaS invoicing tool\'s users, the standard user fields with its custom properties and the company they belong to, London times)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Identifier', (c) => `user-${n(c)}`, ['_id', 'personID']],
    ['Email', (c) => `${slug(c.first)}@${slug(pc(c, UK_CO).replace(/ Ltd$/, ''))}.co.uk`, ['personalEmail.address', 'workEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Signed up', (c) => ukDT(c.created), [], opt],
    ['Last seen', (c) => ukDT(Math.max(c.created, c.updated)), [], opt],
    ['Unsubscribed', (c) => (n(c) % 12 === 0 ? 'Yes' : 'No'), [], opt],
    ['Tags', (c) => pc(c, ['', 'beta', 'onboarded', 'onboarded, power-user', 'at-risk']), []],
    ['Segments', (c) => pc(c, ['Trialing', 'Trialing, Not activated', 'Paying', 'Paying, Annual plan']), []],
    ['Company identifier', (c) => `company-${200 + n(c) % 8}`, []],
    ['Company name', (c) => pc(c, UK_CO), ['organizations[0]']],
    ['Role', (c) => pc(c, ['owner', 'admin', 'member', 'accountant']), [], opt],
    ['Plan', (c) => pc(c, ['trial', 'solo', 'team', 'business']), []],
    ['Invoices sent', (c) => String(n(c) % 340), []],
    ['City', (c) => pc(c, UK_CITY)[0], at([...HOME, 'workAddress'], 'city'), opt],
    ['Country', () => 'United Kingdom', at([...HOME, 'workAddress'], 'country'), opt],
  ] },
]
