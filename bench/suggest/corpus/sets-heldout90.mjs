// Round 90, heldout90: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language marketing exports: an enterprise e-mail tool's click
// extract, a mobile-engagement event stream, three WordPress marketing plugins (CRM, newsletter, marketing automation),
// a WordPress analytics log, a web-push subscriber list, two SMS tools, an on-site popup tool's leads, a B2B marketing
// automation contact list and a small-business CRM; US, Canadian, UK and Australian users.
import { E, P, B, v, HOME, WORK, B2BID, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// local clock times written without offset
const ampm = (H) => `${H % 12 || 12}`
const usDTs = (ms, h) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${ampm(p.H)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const usD = (ms, h) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
const usDTm = (ms, h) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ukD = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukDT = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const monDT = (ms, h) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${ampm(p.H)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const epS = (ms) => String(Math.floor(ms / 1000))
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const n = (c) => +c.id

const EMAILID = ['endUserIDs._experience.emailid.id']
const PHONEID = ['endUserIDs._experience.phonenumberid.id']
const CUST = ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id']
const REGION = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]

// SFMC click rows: [Alias, URL]
const SF_LINKS = [['Hero - Shop Spring Packs', 'https://www.ridgelineoutfitters.com/collections/backpacks?utm_source=sfmc&utm_medium=email&utm_campaign=spring_packs'], ['Nav - Tents', 'https://www.ridgelineoutfitters.com/collections/tents'], ['Product 2 - Trail Runner', 'https://www.ridgelineoutfitters.com/products/trail-runner-gtx'], ['Footer - Store Locator', 'https://www.ridgelineoutfitters.com/stores'], ['Preference Center', 'https://cloud.email.ridgelineoutfitters.com/preferences']]
// [city, region, lat, lng, metro, area code]
const US_GEO = [['Denver', 'Colorado', '39.7392', '-104.9903', '751', '303'], ['Seattle', 'Washington', '47.6062', '-122.3321', '819', '206'], ['Salt Lake City', 'Utah', '40.7608', '-111.8910', '770', '801'], ['Minneapolis', 'Minnesota', '44.9778', '-93.2650', '613', '612'], ['Boise', 'Idaho', '43.6150', '-116.2023', '757', '208'], ['Portland', 'Oregon', '45.5152', '-122.6784', '820', '503']]
// [browser, email client, OS, device]
const SF_ENV = [['Chrome', 'Gmail', 'Android', 'Mobile'], ['Safari', 'Apple Mail', 'iOS', 'Mobile'], ['Chrome', 'Gmail', 'Windows', 'Desktop'], ['Edge', 'Outlook.com', 'Windows', 'Desktop'], ['Safari', 'Apple Mail', 'iPadOS', 'Tablet'], ['Safari', 'Apple Mail', 'Mac OS X', 'Desktop']]

// Pinpoint: [event_type, has campaign, is purchase]
const PP_EV = ['_session.start', '_campaign.send', 'add_to_cart', '_campaign.opened_notification', '_monetization.purchase', '_session.stop', 'restaurant_viewed']
const ppEv = (o) => PP_EV[n(o) % PP_EV.length]
const ppCamp = (o) => ppEv(o).startsWith('_campaign')
const ppBuy = (o) => ppEv(o) === '_monetization.purchase'
// [make, model, platform, version, sdk]
const PP_DEV = [['samsung', 'SM-S911U', 'android', '14', 'aws-amplify-android'], ['Apple', 'iPhone15,2', 'ios', '17.4.1', 'aws-amplify-swift'], ['Google', 'Pixel 8', 'android', '14', 'aws-amplify-android'], ['Apple', 'iPhone14,5', 'ios', '16.7.2', 'aws-amplify-swift'], ['motorola', 'moto g stylus 5G', 'android', '13', 'aws-amplify-android']]
const PP_ITEMS = [['menu-88213', 12.49], ['menu-10452', 8.99], ['menu-55730', 15.25], ['menu-20418', 6.5]]

// Canadian contacts for Groundhogg: [city, province, postal, area code]
const CA = [['Toronto', 'ON', 'M5V 2T6', '416'], ['Mississauga', 'ON', 'L5B 3C2', '905'], ['Ottawa', 'ON', 'K1P 5G4', '613'], ['Calgary', 'AB', 'T2P 1J9', '403'], ['Vancouver', 'BC', 'V6B 1A1', '604'], ['Halifax', 'NS', 'B3J 1S9', '902']]
const CA_CO = [['Northbay Dental Group', 'Office Manager'], ['Maple & Main Realty', 'Broker of Record'], ['Kestrel Landscaping Ltd.', 'Owner'], ['Harbourview Physio', 'Clinic Director'], ['Trillium Custom Cabinets', 'Controller'], ['Beacon Hill Bakery Inc.', 'Co-Owner']]

// UK clients for Jetpack CRM: [street, town, county, post code]
const UK = [['14 Albert Road', 'Stockport', 'Greater Manchester', 'SK4 4EA'], ['27 Moss Lane', 'Altrincham', 'Cheshire', 'WA15 8BL'], ['3 Church Street', 'Macclesfield', 'Cheshire', 'SK11 6LB'], ['102 Wilmslow Road', 'Manchester', 'Greater Manchester', 'M20 2LP'], ['9 Fenton Close', 'Bolton', 'Lancashire', 'BL1 5QW'], ['61 Chester Road', 'Warrington', 'Cheshire', 'WA4 6ER']]

// Slimstat: [resource, content_type, category, author, content_id]
const SS_RES = [['/', 'home', '', '', '0'], ['/2024/04/best-gravel-bikes-under-2000/', 'post', '4,11', 'tomhughes', '1842'], ['/routes/peak-district-loop/', 'page', '', 'tomhughes', '311'], ['/2023/11/winter-tyre-pressure-guide/', 'post', '7', 'ellie', '1620'], ['/category/reviews/', 'category', '4', '', '4'], ['/?s=bikepacking+bags', 'search', '', '', '0']]
// [browser, version, platform, ua, w, h, type]
const SS_UA = [['Chrome', '124', 'win10', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 1920, 1080, 0], ['Safari', '17.4', 'ios', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 390, 844, 2], ['Firefox', '125', 'linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 1366, 768, 0], ['Chrome', '123', 'android', 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36', 412, 915, 2], ['Safari', '17.3', 'macos', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', 1440, 900, 0], ['Googlebot', '2.1', 'unknown', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 0, 0, 1]]
// [country, city, location]
const SS_GEO = [['gb', 'London', '51.5085,-0.1257'], ['gb', 'Sheffield', '53.3811,-1.4701'], ['ie', 'Dublin', '53.3331,-6.2489'], ['gb', 'Bristol', '51.4552,-2.5966'], ['us', 'Boulder', '40.0150,-105.2705'], ['nl', 'Utrecht', '52.0908,5.1222']]

// PushAlert: [browser, version, os, os version, device]
const PA_ENV = [['Chrome', '124.0', 'Windows', '10', 'Desktop'], ['Chrome', '123.0', 'Android', '14', 'Mobile'], ['Safari', '17.4', 'iOS', '17.4', 'Mobile'], ['Edge', '124.0', 'Windows', '11', 'Desktop'], ['Firefox', '125.0', 'Mac OS', '10.15', 'Desktop'], ['Samsung Internet', '24.0', 'Android', '13', 'Tablet']]
// [state, city, time zone]
const PA_GEO = [['Texas', 'Houston', 'America/Chicago'], ['California', 'Sacramento', 'America/Los_Angeles'], ['Ohio', 'Columbus', 'America/New_York'], ['Georgia', 'Atlanta', 'America/New_York'], ['Arizona', 'Phoenix', 'America/Phoenix'], ['Illinois', 'Naperville', 'America/Chicago']]
const PA_PAGES = ['https://www.skilletandsage.com/', 'https://www.skilletandsage.com/recipes/one-pan-lemon-chicken/', 'https://www.skilletandsage.com/recipes/sheet-pan-gnocchi/', 'https://www.skilletandsage.com/collections/30-minute-dinners/']

// Florida SMS list: [first, last, gender]
const FL = [['Grace', 'Whitfield', 'Female'], ['Marcus', 'Delgado', 'Male'], ['Tonya', 'Pierce', 'Female'], ['Samuel', 'Okafor', 'Male'], ['Brenda', 'Castillo', 'Female'], ['Dwayne', 'Harper', 'Male']]
const FL_ZIP = ['32803', '32806', '32789', '32804', '32819', '32835']
const mtaNum = (c) => `407${pad(5550000 + (n(c) % 9999), 7)}`

// CallHub text broadcast rows
const CH_ST = ['Delivered', 'Delivered', 'Delivered', 'Failed', 'Undelivered', 'Delivered', 'Sent']
const chSt = (o) => CH_ST[n(o) % CH_ST.length]
const CH_REPLY = ['', '', 'YES count me in', '', 'STOP', '', 'What time is the rally?']

// Justuno: [promotion, design]
const JU_PROMO = [['Spring Welcome 10% Off', 'Desktop Step 1 - Email'], ['Spring Welcome 10% Off', 'Mobile Step 2 - SMS'], ['Exit Intent - Free Shipping', 'Exit Modal v3'], ['Trail Guide Giveaway', 'Slide-in Form']]
const JU_PAGES = ['https://www.summitthreads.co/', 'https://www.summitthreads.co/collections/womens-fleece', 'https://www.summitthreads.co/products/alpine-quarter-zip', 'https://www.summitthreads.co/pages/size-guide']
const JU_REF = ['https://www.google.com/', '', 'https://www.instagram.com/', 'https://www.facebook.com/', 'https://www.bing.com/']

// SalesFusion / Sugar Market: Georgia insurance broker prospects: [company, title, city, zip, domain]
const SF_B2B = [['Peachtree Logistics LLC', 'Director of Operations', 'Atlanta', '30309', 'peachtreelogistics.com'], ['Savannah Marine Supply', 'CFO', 'Savannah', '31401', 'savannahmarine.com'], ['Chattahoochee Builders', 'Risk Manager', 'Marietta', '30060', 'chattbuilders.com'], ['Augusta Family Dental', 'Practice Administrator', 'Augusta', '30901', 'augustafamilydental.com'], ['Red Clay Brewing Co.', 'Owner', 'Athens', '30601', 'redclaybrewing.com'], ['Macon Fleet Services', 'HR Manager', 'Macon', '31201', 'maconfleet.com']]

export const SETS = [
  // ---------------------------------------------------------------- e-mail (Salesforce Marketing Cloud, Tracking Extract Clicks.csv)
  { name: 'sfmc-tracking-extract-clicks', product: 'Salesforce Marketing Cloud (Email Studio; Automation Studio > Data Extract activity of type Tracking Extract with Extract Clicks, Clicks.csv in the zip, server time CST; a US outdoor-gear retailer\'s newsletters)', family: 'email', language: 'en', schema: E, cols: [
    ['ClientID', () => '7281934', []],
    ['SendID', (c, o) => String(418200 + (n(o) % 40)), [], opt],
    ['SubscriberKey', (c) => `003${c.id}AAQ${pad(n(c) % 97, 2)}`, CUST],
    ['EmailAddress', (c) => c.email, EMAILID],
    ['SubscriberID', (c) => String(90000000 + n(c) * 7), [], opt],
    ['ListID', () => '512', []],
    ['EventDate', (c, o) => usDTs(o.at, -6), ['timestamp']],
    ['EventType', () => 'Click', ['eventType'], opt],
    ['SendURLID', (c, o) => String(3310000 + (n(o) % 5)), []],
    ['URLID', (c, o) => String(18820 + (n(o) % 5)), [], opt],
    ['URL', (c, o) => row(SF_LINKS, n(o))[1], ['web.webInteraction.URL']],
    ['Alias', (c, o) => row(SF_LINKS, n(o))[0], ['web.webInteraction.name']],
    ['BatchID', (c, o) => String(1 + (n(o) % 3)), []],
    ['TriggeredSendExternalKey', () => '', [], opt],
    ['IsUnique', (c, o) => (n(o) % 4 === 1 ? 'False' : 'True'), [], opt],
    ['IpAddress', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Country', () => 'United States', ['placeContext.geo.countryCode'], opt],
    ['Region', (c) => row(US_GEO, n(c))[1], [GEO('stateProvince')], opt],
    ['City', (c) => row(US_GEO, n(c))[0], [GEO('city')]],
    ['Latitude', (c) => row(US_GEO, n(c))[2], ['placeContext.geo._schema.latitude']],
    ['Longitude', (c) => row(US_GEO, n(c))[3], ['placeContext.geo._schema.longitude']],
    ['MetroCode', (c) => row(US_GEO, n(c))[4], ['placeContext.geo.dmaID'], opt],
    ['AreaCode', (c) => row(US_GEO, n(c))[5], []],
    ['Browser', (c, o) => row(SF_ENV, n(o))[0], ['environment.browserDetails.name']],
    ['EmailClient', (c, o) => row(SF_ENV, n(o))[1], [], opt],
    ['OperatingSystem', (c, o) => row(SF_ENV, n(o))[2], ['environment.operatingSystem']],
    ['Device', (c, o) => row(SF_ENV, n(o))[3], ['device.type']],
  ] },

  // ---------------------------------------------------------------- analytics / push (Amazon Pinpoint event stream, flattened)
  { name: 'amazon-pinpoint-event-stream-csv', product: 'Amazon Pinpoint (event stream to Amazon Data Firehose and S3, the JSON records flattened to CSV with dotted column names, one row per event; a US food-delivery app\'s session, custom, monetization and push-campaign events)', family: 'analytics', language: 'en', schema: E, cols: [
    ['event_type', (c, o) => ppEv(o), ['eventType']],
    ['event_timestamp', (c, o) => String(o.at + 417), ['timestamp']],
    ['arrival_timestamp', (c, o) => String(o.at + 1305), [], opt],
    ['event_version', (c, o) => (ppCamp(o) ? '3.1' : '3.0'), []],
    ['application.app_id', () => 'b7e21c94d0a34f5e9c1a6d83f2e07b15', []],
    ['application.package_name', (c, o) => (ppCamp(o) ? '' : 'com.dashbite.app'), []],
    ['application.version_name', (c, o) => (ppCamp(o) ? '' : row(['4.12.0', '4.11.2', '4.12.1'], n(o))), []],
    ['application.sdk.name', (c, o) => (ppCamp(o) ? '' : row(PP_DEV, n(c))[4]), []],
    ['client.client_id', (c, o, r) => v.uuid(r), ['identityMap{}[0].id'], opt],
    ['client.cognito_id', (c, o, r) => `us-east-1:${v.uuid(r)}`, ['identityMap{}[0].id'], opt],
    ['device.locale.code', (c, o) => (ppCamp(o) ? '' : row(['en_US', 'en_US', 'es_US'], n(c))), ['environment._dc.language'], opt],
    ['device.locale.country', (c, o) => (ppCamp(o) ? '' : 'US'), ['placeContext.geo.countryCode'], opt],
    ['device.locale.language', (c, o) => (ppCamp(o) ? '' : row(['en', 'en', 'es'], n(c))), ['environment._dc.language'], opt],
    ['device.make', (c, o) => (ppCamp(o) ? '' : row(PP_DEV, n(c))[0]), ['device.manufacturer']],
    ['device.model', (c, o) => (ppCamp(o) ? '' : row(PP_DEV, n(c))[1]), ['device.model', 'device.modelNumber']],
    ['device.platform.name', (c, o) => (ppCamp(o) ? '' : row(PP_DEV, n(c))[2]), ['environment.operatingSystem']],
    ['device.platform.version', (c, o) => (ppCamp(o) ? '' : row(PP_DEV, n(c))[3]), ['environment.operatingSystemVersion']],
    ['session.session_id', (c, o, r) => (ppCamp(o) ? '' : `${v.hex(r, 8)}-2f1c-4b7d-a0e3-${v.hex(r, 12)}`), [], opt],
    ['session.start_timestamp', (c, o) => (ppCamp(o) ? '' : String(o.at - 95000)), [], opt],
    ['session.stop_timestamp', (c, o) => (ppEv(o) === '_session.stop' ? String(o.at + 417) : ''), [], opt],
    ['attributes.campaign_id', (c, o) => (ppCamp(o) ? '4f8d6097c2e8400fa3081d87511b2c6e' : ''), ['marketing.trackingCode'], opt],
    ['attributes.campaign_activity_id', (c, o) => (ppCamp(o) ? '5473285727f04865bc673e5270a9d4f1' : ''), []],
    ['attributes.treatment_id', (c, o) => (ppCamp(o) ? String(n(o) % 2) : ''), []],
    ['attributes.delivery_type', (c, o) => (ppCamp(o) ? (row(PP_DEV, n(c))[2] === 'ios' ? 'APNS' : 'GCM') : ''), [], opt],
    ['attributes.campaign_send_status', (c, o) => (ppEv(o) === '_campaign.send' ? 'SUCCESS' : ''), [], opt],
    ['attributes._product_id', (c, o) => (ppBuy(o) || ppEv(o) === 'add_to_cart' ? row(PP_ITEMS, n(o))[0] : ''), [PL('SKU')], opt],
    ['attributes._currency', (c, o) => (ppBuy(o) ? 'USD' : ''), [PL('currencyCode'), 'commerce.order.currencyCode'], opt],
    ['metrics._quantity', (c, o) => (ppBuy(o) || ppEv(o) === 'add_to_cart' ? String(o.qty) : ''), [PL('quantity')], opt],
    ['metrics._item_price', (c, o) => (ppBuy(o) ? row(PP_ITEMS, n(o))[1].toFixed(2) : ''), [], opt],
    ['awsAccountId', () => '731904552816', []],
  ] },

  // ---------------------------------------------------------------- marketing automation (FluentCRM, contacts export)
  { name: 'fluentcrm-contacts-export', product: 'FluentCRM (WordPress plugin; Contacts > All Contacts > Export, CSV with the columns ticked in the export dialog; an Austin-based online yoga studio\'s newsletter and class-pass contacts across the US)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['ID', (c) => String(n(c) % 4000 + 12), ['_id', 'personID']],
    ['Name Prefix', (c) => (n(c) % 3 === 0 ? '' : c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => (n(c) % 4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Contact Type', (c) => (n(c) % 3 === 1 ? 'customer' : 'lead'), [], opt],
    ['Status', (c) => ['subscribed', 'subscribed', 'subscribed', 'pending', 'unsubscribed', 'bounced'][n(c) % 6], ['personalEmail.status'], opt],
    ['Address Line 1', (c) => (n(c) % 5 ? c.street : ''), at(HOME, 'street1')],
    ['Address Line 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, REGION(HOME)],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Date Of Birth', (c) => (n(c) % 3 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Timezone', () => 'America/Chicago', []],
    ['IP Address', (c, o, r) => v.ip4(r), [], opt],
    ['Source', (c) => ['FluentForms', 'WooCommerce', 'csv', 'web', 'FluentForms'][n(c) % 5], [], opt],
    ['Lists', (c) => ['Newsletter', 'Newsletter, Class Updates', 'Teacher Training Waitlist'][n(c) % 3], []],
    ['Tags', (c) => ['10-Class Pass', '', 'Intro Offer, Morning Flow', 'Lapsed'][n(c) % 4], []],
    ['Companies', (c) => (n(c) % 7 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Preferred Class', (c) => ['Vinyasa', 'Yin', 'Hot Power', 'Prenatal'][n(c) % 4], []],
    ['Last Activity', (c) => ymdHMS(c.created + (4 + (n(c) % 200)) * day, -5), [], opt],
    ['Created At', (c) => ymdHMS(c.created, -5), [], opt],
    ['Updated At', (c) => ymdHMS(c.created + (4 + (n(c) % 200)) * day + 3600000, -5), [], opt],
  ] },

  // ---------------------------------------------------------------- e-mail (Mailster, subscriber export)
  { name: 'mailster-subscribers-export', product: 'Mailster (WordPress newsletter plugin; Newsletter > Manage Subscribers > Export, CSV with header, date format "timestamp" (the default), two custom fields; a Melbourne craft brewery\'s newsletter)', family: 'email', language: 'en', schema: P, cols: [
    ['ID', (c) => String(n(c) % 9000 + 3), ['_id', 'personID']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Birthday', (c) => (n(c) % 4 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Postcode', (c) => ['3000', '3065', '3121', '3181', '3205', '3011'][n(c) % 6], at(HOME, 'postalCode'), opt],
    ['Statuscode', (c) => String([1, 1, 1, 0, 2, 3][n(c) % 6]), ['personalEmail.status'], opt],
    ['Listnames', (c) => ['Newsletter', 'Newsletter, Beer Club', 'Events'][n(c) % 3], []],
    ['Tagnames', (c) => ['', 'taproom-wifi', 'bought-gift-card', ''][n(c) % 4], []],
    ['Hash', (c, o, r) => v.hex(r, 32), []],
    ['Status', (c) => ['Subscribed', 'Subscribed', 'Subscribed', 'Pending', 'Unsubscribed', 'Hardbounced'][n(c) % 6], ['personalEmail.status'], opt],
    ['Added', (c) => epS(c.created), [], opt],
    ['Updated', (c) => epS(c.created + (2 + (n(c) % 300)) * day), [], opt],
    ['Signup Date', (c) => epS(c.created), [], opt],
    ['Signup IP', (c, o, r) => v.ip4(r), [], opt],
    ['Confirm Date', (c) => (n(c) % 6 === 3 ? '' : epS(c.created + 420000)), [], opt],
    ['Confirm IP', (c, o, r) => (n(c) % 6 === 3 ? '' : v.ip4(r)), [], opt],
    ['Rating', (c) => ['0.25', '0.5', '0.75', '1', '0.5'][n(c) % 5], []],
    ['Geo Location', (c) => ['AU|Melbourne', 'AU|Geelong', 'AU|Ballarat', 'AU|Sydney', 'NZ|Auckland'][n(c) % 5], [], opt],
    ['Coordinates', (c) => ['-37.8140,144.9633', '-38.1471,144.3607', '-37.5622,143.8503', '-33.8688,151.2093', '-36.8485,174.7633'][n(c) % 5], [], opt],
    ['Client', (c) => ['Gmail', 'Apple Mail', 'Outlook 2019', 'Gmail App (Android)'][n(c) % 4], []],
    ['Client Type', (c) => ['webmail', 'desktop', 'desktop', 'mobile'][n(c) % 4], []],
    ['Language', () => 'en', [], opt],
    ['Referer', (c) => ['https://www.northsidebrewing.com.au/', 'https://www.northsidebrewing.com.au/taproom/', 'extern', 'https://www.northsidebrewing.com.au/shop/checkout/'][n(c) % 4], []],
    ['Form', (c) => ['Footer Signup', 'Footer Signup', 'Checkout Opt-in', 'Taproom Tablet'][n(c) % 4], []],
    ['Timeoffset', () => '10', []],
  ] },

  // ---------------------------------------------------------------- CRM / marketing automation (Groundhogg, contacts export, field keys)
  { name: 'groundhogg-contacts-export', product: 'Groundhogg (WordPress CRM and marketing automation; Tools > Export > contacts, CSV with the field keys as column headers; a Toronto bookkeeping firm\'s small-business leads and clients in Canada)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c) => String(n(c) % 5000 + 1), B2BID],
    ['email', (c) => `${slug(c.first)}@${slug(row(CA_CO, n(c))[0])}.ca`, ['workEmail.address', 'personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['optin_status', (c) => ['confirmed', 'confirmed', 'unconfirmed', 'unsubscribed', 'weekly', 'hard bounce'][n(c) % 6], ['workEmail.status', 'personalEmail.status'], opt],
    ['owner_id', (c) => String(1 + (n(c) % 3)), []],
    ['user_id', (c) => (n(c) % 4 === 0 ? String(n(c) % 300 + 2) : '0'), []],
    ['date_created', (c) => ymdHMS(c.created, -4), ['extSourceSystemAudit.createdDate'], opt],
    ['date_optin_status_changed', (c) => ymdHMS(c.created + (n(c) % 90) * day + 600000, -4), [], opt],
    ['primary_phone', (c) => `(${row(CA, n(c))[3]}) 555-${pad(n(c) % 10000, 4)}`, ['workPhone.number']],
    ['primary_phone_extension', (c) => (n(c) % 4 === 2 ? String(100 + (n(c) % 50)) : ''), ['workPhone.extension']],
    ['mobile_phone', (c) => (n(c) % 3 ? `(${row(CA, n(c) + 1)[3]}) 555-${pad((n(c) * 7) % 10000, 4)}` : ''), ['mobilePhone.number']],
    ['company_name', (c) => row(CA_CO, n(c))[0], ['b2b.companyName', 'organizations[0]']],
    ['job_title', (c) => row(CA_CO, n(c))[1], ['extendedWorkDetails.jobTitle']],
    ['company_address', (c) => `${100 + (n(c) % 800)} King St W, ${row(CA, n(c))[0]}, ${row(CA, n(c))[1]} ${row(CA, n(c))[2]}`, ['workAddress.street1'], opt],
    ['street_address_1', (c) => `${100 + (n(c) % 800)} King St W`, at([...WORK, ...HOME], 'street1')],
    ['street_address_2', (c) => (n(c) % 3 === 0 ? `Suite ${200 + (n(c) % 40)}` : ''), at([...WORK, ...HOME], 'street2')],
    ['city', (c) => row(CA, n(c))[0], at([...WORK, ...HOME], 'city')],
    ['postal_zip', (c) => row(CA, n(c))[2], at([...WORK, ...HOME], 'postalCode')],
    ['region', (c) => row(CA, n(c))[1], REGION([...WORK, ...HOME])],
    ['country', () => 'CA', at([...WORK, ...HOME], 'countryCode')],
    ['time_zone', (c) => (row(CA, n(c))[1] === 'BC' ? 'America/Vancouver' : row(CA, n(c))[1] === 'AB' ? 'America/Edmonton' : row(CA, n(c))[1] === 'NS' ? 'America/Halifax' : 'America/Toronto'), []],
    ['ip_address', (c, o, r) => v.ip4(r), [], opt],
    ['lead_source', (c) => ['https://www.google.com/', 'https://www.linkedin.com/', '', 'https://www.bing.com/', 'referral'][n(c) % 5], ['b2b.personSource'], opt],
    ['source_page', (c) => ['https://www.ledgerlinebooks.ca/free-consultation/', 'https://www.ledgerlinebooks.ca/pricing/', 'https://www.ledgerlinebooks.ca/'][n(c) % 3], [], opt],
    ['utm_campaign', (c) => ['', 'tax-season-2024', 'gbp-listing', ''][n(c) % 4], [], opt],
    ['birthday', (c) => (n(c) % 5 === 0 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['gdpr_consent', (c) => (n(c) % 4 === 3 ? '' : 'yes'), [], opt],
    ['terms_agreement', () => 'yes', []],
    ['tags', (c) => ['Lead, Consult Booked', 'Client, Monthly Bookkeeping', 'Lead', 'Client, Year-End Only'][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- web analytics (Slimstat, raw pageview log)
  { name: 'wp-slimstat-stats-table-csv', product: 'Slimstat Analytics (WordPress plugin; the raw pageview log as its wp_slim_stats table holds it, exported to CSV, column names as in the table; a UK cycling blog)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o) => String(280000 + (n(o) % 90000)), ['_id']],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['other_ip', (c, o) => (n(o) % 9 === 0 ? '10.0.0.12' : ''), [], opt],
    ['username', (c, o) => (n(o) % 8 === 0 ? slug(c.first) : ''), [], opt],
    ['email', (c, o) => (n(o) % 8 === 0 ? c.email : ''), EMAILID, opt],
    ['country', (c, o) => row(SS_GEO, n(c))[0], [GEO('countryCode')]],
    ['location', (c, o) => row(SS_GEO, n(c))[2], [], opt],
    ['city', (c, o) => row(SS_GEO, n(c))[1], [GEO('city')]],
    ['referer', (c, o) => ['', 'https://www.google.co.uk/', 'https://www.reddit.com/r/gravelcycling/', 'https://www.stravacycling.example/', ''][n(o) % 5], ['web.webReferrer.URL']],
    ['resource', (c, o) => row(SS_RES, n(o))[0], ['web.webPageDetails.URL']],
    ['searchterms', (c, o) => (n(o) % 6 === 5 ? 'bikepacking bags' : ''), [], opt],
    ['notes', (c, o) => (n(o) % 7 === 0 ? '[user:1]' : ''), []],
    ['visit_id', (c, o) => String(41000 + (n(c) % 9000)), [], opt],
    ['server_latency', (c, o) => String(120 + (n(o) % 400)), []],
    ['page_performance', (c, o) => String(800 + (n(o) % 2400)), []],
    ['browser', (c, o) => row(SS_UA, n(c))[0], ['environment.browserDetails.name']],
    ['browser_version', (c, o) => row(SS_UA, n(c))[1], ['environment.browserDetails.version']],
    ['browser_type', (c, o) => String(row(SS_UA, n(c))[6]), [], opt],
    ['platform', (c, o) => row(SS_UA, n(c))[2], ['environment.operatingSystem']],
    ['language', (c, o) => ['en-gb', 'en-gb', 'en-us', 'nl-nl', 'en-ie'][n(c) % 5], ['environment._dc.language', 'environment.browserDetails.acceptLanguage']],
    ['fingerprint', (c, o, r) => v.hex(r, 32), [], opt],
    ['user_agent', (c, o) => row(SS_UA, n(c))[3], ['environment.browserDetails.userAgent']],
    ['resolution', (c, o) => (row(SS_UA, n(c))[4] ? `${row(SS_UA, n(c))[4]}x${row(SS_UA, n(c))[5]}` : ''), [], opt],
    ['screen_width', (c, o) => String(row(SS_UA, n(c))[4]), ['device.screenWidth']],
    ['screen_height', (c, o) => String(row(SS_UA, n(c))[5]), ['device.screenHeight']],
    ['content_type', (c, o) => row(SS_RES, n(o))[1], [], opt],
    ['category', (c, o) => row(SS_RES, n(o))[2], []],
    ['author', (c, o) => row(SS_RES, n(o))[3], []],
    ['content_id', (c, o) => row(SS_RES, n(o))[4], []],
    ['outbound_resource', (c, o) => (n(o) % 5 === 2 ? 'https://www.amazon.co.uk/dp/B0C1XYZ123?tag=gravelgrit-21' : ''), ['web.webInteraction.URL'], opt],
    ['tz_offset', (c, o) => (row(SS_GEO, n(c))[0] === 'us' ? '-360' : row(SS_GEO, n(c))[0] === 'nl' ? '120' : '60'), ['placeContext.localTimezoneOffset'], opt],
    ['dt_out', (c, o) => (n(o) % 3 ? epS(o.at + 95000) : '0'), [], opt],
    ['dt', (c, o) => epS(o.at), ['timestamp']],
  ] },

  // ---------------------------------------------------------------- push notifications (PushAlert, subscriber export)
  { name: 'pushalert-subscribers-export', product: 'PushAlert (web push; Dashboard > Subscribers > Export as CSV, one row per browser subscription, account time zone US Eastern; a US recipe site\'s push subscribers)', family: 'push', language: 'en', schema: E, cols: [
    ['Subscriber ID', (c) => `${pad(n(c) * 13 % 100000000, 8)}${c.id}`, ['_id', 'identityMap{}[0].id'], opt],
    ['Subscribed On', (c, o) => monDT(o.at, -4), ['timestamp']],
    ['Browser', (c) => row(PA_ENV, n(c))[0], ['environment.browserDetails.name']],
    ['Browser Version', (c) => row(PA_ENV, n(c))[1], ['environment.browserDetails.version']],
    ['OS', (c) => row(PA_ENV, n(c))[2], ['environment.operatingSystem']],
    ['OS Version', (c) => row(PA_ENV, n(c))[3], ['environment.operatingSystemVersion']],
    ['Device', (c) => row(PA_ENV, n(c))[4], ['device.type']],
    ['Country', () => 'United States', ['placeContext.geo.countryCode'], opt],
    ['State', (c) => row(PA_GEO, n(c))[0], [GEO('stateProvince')]],
    ['City', (c) => row(PA_GEO, n(c))[1], [GEO('city')]],
    ['Language', (c) => (n(c) % 7 === 3 ? 'es' : 'en'), ['environment._dc.language']],
    ['Time Zone', (c) => row(PA_GEO, n(c))[2], ['placeContext.ianaTimezone']],
    ['Subscription URL', (c) => row(PA_PAGES, n(c)), ['web.webPageDetails.URL'], opt],
    ['Segments', (c) => ['All Subscribers', 'All Subscribers, Chicken Recipes', 'All Subscribers, Weeknight Dinners'][n(c) % 3], []],
    ['Attributes', (c) => ['', 'diet=vegetarian', 'skill=beginner', ''][n(c) % 4], []],
    ['Status', (c) => (n(c) % 8 === 5 ? 'Unsubscribed' : 'Active'), ['device.isPushOptIn'], opt],
    ['Last Active', (c, o) => monDT(o.at + (1 + (n(c) % 40)) * day, -4), [], opt],
    ['Notifications Clicked', (c) => String(n(c) % 17), [], opt],
  ] },

  // ---------------------------------------------------------------- SMS (Mobile Text Alerts, subscriber export)
  { name: 'mobile-text-alerts-subscribers-export', product: 'Mobile Text Alerts (SMS marketing; Subscribers > Export Subscribers, CSV; an Orlando church\'s text list with a few custom fields)', family: 'sms', language: 'en', schema: P, cols: [
    ['Subscriber ID', (c) => String(48000000 + n(c)), ['_id', 'personID']],
    ['Number', (c) => mtaNum(c), ['mobilePhone.number']],
    ['First Name', (c) => row(FL, n(c))[0], ['person.name.firstName']],
    ['Last Name', (c) => row(FL, n(c))[1], ['person.name.lastName']],
    ['Email', (c) => (n(c) % 3 ? `${slug(row(FL, n(c))[0])}.${slug(row(FL, n(c))[1])}@gmail.com` : ''), ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 2 ? usD(c.birth, 0).replace(/\/\d{4}$/, '') : ''), ['person.birthDayAndMonth'], opt],
    ['Gender', (c) => row(FL, n(c))[2], ['person.gender']],
    ['Zip Code', (c) => row(FL_ZIP, n(c)), at(HOME, 'postalCode')],
    ['Groups', (c) => ['Members', 'Members, Youth Parents', 'Volunteers', 'Prayer Chain'][n(c) % 4], []],
    ['Status', (c) => (n(c) % 9 === 4 ? 'Unsubscribed' : 'Subscribed'), ['mobilePhone.status'], opt],
    ['Opt-In Method', (c) => ['Keyword', 'Web Form', 'Import', 'Keyword'][n(c) % 4], [], opt],
    ['Keyword', (c) => (n(c) % 4 === 0 || n(c) % 4 === 3 ? 'GRACE' : ''), []],
    ['Carrier', (c) => ['Verizon Wireless', 'T-Mobile USA', 'AT&T Wireless', 'Verizon Wireless'][n(c) % 4], []],
    ['Date Added', (c) => usDTm(c.created, -4), [], opt],
    ['Last Message Received', (c) => usDTm(c.created + (5 + (n(c) % 500)) * day, -4), [], opt],
    ['Notes', (c) => ['', '', 'Prefers Spanish', 'Small group leader'][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- SMS campaign activity (CallHub, text broadcast report)
  { name: 'callhub-text-broadcast-report', product: 'CallHub (Text Broadcast campaign > Reports > Export, CSV, one row per message sent; a US housing-advocacy group\'s rally reminder)', family: 'sms', language: 'en', schema: E, cols: [
    ['Contact ID', (c) => String(15000000 + n(c)), CUST, opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Phone Number', (c) => `1${c.mobile.replace(/\D/g, '').slice(1)}`, PHONEID],
    ['Email', (c) => (n(c) % 3 ? c.email : ''), EMAILID, opt],
    ['City', (c) => c.city, [], opt],
    ['State', (c) => c.region, [], opt],
    ['Zipcode', (c) => c.postcode, [], opt],
    ['Campaign Name', () => 'Tenant Rights Rally - Reminder 1', ['marketing.campaignName']],
    ['Sender ID', () => '+15125550187', []],
    ['Message', (c) => `Hi ${c.first}, the Tenant Rights Rally is Sat 10am at City Hall. Reply YES to RSVP. Reply STOP to opt out.`, []],
    ['Status', (c, o) => chSt(o), ['eventType'], opt],
    ['Error', (c, o) => (chSt(o) === 'Failed' ? '30003 Unreachable destination handset' : chSt(o) === 'Undelivered' ? '30007 Carrier violation' : ''), [], opt],
    ['Sent At', (c, o) => ymdHMS(o.at, -5), ['timestamp']],
    ['Delivered At', (c, o) => (chSt(o) === 'Delivered' ? ymdHMS(o.at + 4000, -5) : ''), [], opt],
    ['Segments', () => '1', []],
    ['Credits Used', () => '1.0', []],
    ['Reply', (c, o) => (chSt(o) === 'Delivered' ? row(CH_REPLY, n(c)) : ''), []],
    ['Replied At', (c, o) => (chSt(o) === 'Delivered' && row(CH_REPLY, n(c)) ? ymdHMS(o.at + 600000, -5) : ''), [], opt],
    ['Opted Out', (c, o) => (chSt(o) === 'Delivered' && row(CH_REPLY, n(c)) === 'STOP' ? 'Yes' : 'No'), [], opt],
    ['Tags', (c) => ['', 'volunteer', 'district-4', ''][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- lead capture (Justuno, leads export)
  { name: 'justuno-leads-export', product: 'Justuno (on-site popups; Leads > Export CSV, one row per capture, UTC; a Colorado outdoor-apparel Shopify store\'s welcome and exit popups)', family: 'marketing-automation', language: 'en', schema: E, cols: [
    ['Email', (c) => c.email, EMAILID],
    ['First Name', (c) => (n(c) % 3 ? c.first : ''), []],
    ['Last Name', (c) => (n(c) % 3 === 1 ? c.last : ''), []],
    ['Phone', (c) => (n(c) % 4 === 1 ? c.mobile : ''), PHONEID, opt],
    ['Birthday', (c) => (n(c) % 5 === 2 ? usD(c.birth, 0) : ''), []],
    ['Zip', (c) => (n(c) % 4 === 0 ? c.postcode : ''), [], opt],
    ['Promotion', (c, o) => row(JU_PROMO, n(o))[0], ['marketing.campaignName']],
    ['Design', (c, o) => row(JU_PROMO, n(o))[1], [], opt],
    ['Coupon Code', (c, o, r) => (n(o) % 4 === 3 ? '' : `WELCOME10-${v.alnum(r, 5).toUpperCase()}`), ['commerce.promotionID'], opt],
    ['Date Captured', (c, o) => isoZ(o.at), ['timestamp']],
    ['Page URL', (c, o) => row(JU_PAGES, n(o)), ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => row(JU_REF, n(o)), ['web.webReferrer.URL']],
    ['Device', (c) => ['Desktop', 'Mobile', 'Mobile', 'Tablet'][n(c) % 4], ['device.type']],
    ['Browser', (c) => ['Chrome', 'Safari', 'Safari', 'Chrome'][n(c) % 4], ['environment.browserDetails.name']],
    ['OS', (c) => ['Windows', 'iOS', 'iOS', 'Android'][n(c) % 4], ['environment.operatingSystem']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Country', () => 'US', [GEO('countryCode')]],
    ['Region', (c) => c.region, [GEO('stateProvince')]],
    ['City', (c) => c.city, [GEO('city')]],
    ['Visitor ID', (c, o, r) => `ju_${v.hex(r, 16)}`, ['identityMap{}[0].id'], opt],
    ['Email Consent', () => 'TRUE', [], opt],
    ['SMS Consent', (c) => (n(c) % 4 === 1 ? 'TRUE' : 'FALSE'), [], opt],
    ['Activity', (c) => ['Hiking', 'Skiing', 'Camping', 'Climbing', ''][n(c) % 5], []],
  ] },

  // ---------------------------------------------------------------- B2B lead list (SalesFusion / Sugar Market, contacts export)
  { name: 'salesfusion-contacts-export', product: 'SalesFusion (B2B marketing automation, since 2019 SugarCRM\'s Sugar Market; Contacts > All Contacts > Export to CSV; an Atlanta commercial-insurance broker\'s prospects)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Contact Id', (c) => String(2200000 + n(c)), B2BID],
    ['CRM Id', (c) => (n(c) % 3 ? `00Q5f00000${c.id}AB` : ''), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)[0]}${slug(c.last)}@${row(SF_B2B, n(c))[4]}`, ['workEmail.address']],
    ['Title', (c) => row(SF_B2B, n(c))[1], ['extendedWorkDetails.jobTitle']],
    ['Account Name', (c) => row(SF_B2B, n(c))[0], ['b2b.companyName', 'organizations[0]']],
    ['Phone', (c) => `(404) 555-${pad(n(c) % 10000, 4)}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 1 ? `(678) 555-${pad((n(c) * 3) % 10000, 4)}` : ''), ['mobilePhone.number']],
    ['Address 1', (c) => `${200 + (n(c) % 700)} Peachtree St NE`, at(WORK, 'street1')],
    ['City', (c) => row(SF_B2B, n(c))[2], at(WORK, 'city')],
    ['State', () => 'GA', REGION(WORK)],
    ['Zip', (c) => row(SF_B2B, n(c))[3], at(WORK, 'postalCode')],
    ['Country', () => 'United States', at(WORK, 'country')],
    ['Website', (c) => `www.${row(SF_B2B, n(c))[4]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => ['Transportation', 'Wholesale', 'Construction', 'Healthcare', 'Food & Beverage', 'Transportation'][n(c) % 6], [], opt],
    ['Lead Source', (c) => ['Website', 'Webinar', 'Trade Show', 'Referral', 'Purchased List'][n(c) % 5], ['b2b.personSource'], opt],
    ['Lead Score', (c) => String((n(c) % 21) * 5), ['b2b.personScore']],
    ['Lead Status', (c) => ['New', 'Working', 'MQL', 'Nurture', 'Disqualified'][n(c) % 5], ['b2b.personStatus'], opt],
    ['Owner', (c) => ['Dana Whitaker', 'Luis Romero', 'Kim Patel'][n(c) % 3], []],
    ['Opted Out', (c) => (n(c) % 8 === 3 ? 'True' : 'False'), ['b2b.personOptInOut.globalOptout', 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Bounced', (c) => (n(c) % 11 === 5 ? 'True' : 'False'), ['workEmail.status'], opt],
    ['Last Activity Date', (c) => usD(c.created + (1 + (n(c) % 400)) * day, -4), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created Date', (c) => usD(c.created, -4), ['extSourceSystemAudit.createdDate'], opt],
    ['Policy Renewal Month', (c) => MON[n(c) % 12], []],
  ] },

  // ---------------------------------------------------------------- CRM (Jetpack CRM, contacts export, UK)
  { name: 'jetpack-crm-contacts-export', product: 'Jetpack CRM (formerly Zero BS CRM; WordPress; Contacts > Export > CSV with the chosen fields; a Manchester wedding photographer\'s couples, UK formats)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(n(c) % 900 + 1), ['_id', 'personID']],
    ['Status', (c) => ['Lead', 'Customer', 'Customer', 'Refused', 'Lead'][n(c) % 5], [], opt],
    ['Prefix', (c) => (c.female ? ['Ms', 'Mrs', 'Miss'][n(c) % 3] : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}${n(c) % 90}@${['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com'][n(c) % 4]}`, ['personalEmail.address']],
    ['Address Line 1', (c) => row(UK, n(c))[0], at(HOME, 'street1')],
    ['Address Line 2', (c) => (n(c) % 4 === 0 ? 'Flat 2' : ''), at(HOME, 'street2')],
    ['City', (c) => row(UK, n(c))[1], at(HOME, 'city')],
    ['County', (c) => row(UK, n(c))[2], [...REGION(HOME), ...at(HOME, 'region')], opt],
    ['Post Code', (c) => row(UK, n(c))[3], at(HOME, 'postalCode')],
    ['Country', () => 'United Kingdom', at(HOME, 'country')],
    ['Second Address Line 1', (c) => (n(c) % 3 === 0 ? row(UK, n(c) + 2)[0] : ''), at(['mailingAddress', 'shippingAddress'], 'street1'), opt],
    ['Second City', (c) => (n(c) % 3 === 0 ? row(UK, n(c) + 2)[1] : ''), at(['mailingAddress', 'shippingAddress'], 'city'), opt],
    ['Second Post Code', (c) => (n(c) % 3 === 0 ? row(UK, n(c) + 2)[3] : ''), at(['mailingAddress', 'shippingAddress'], 'postalCode'), opt],
    ['Home Telephone', (c) => (n(c) % 4 === 1 ? `0161 ${pad(496 + (n(c) % 400), 3)} ${pad(n(c) % 10000, 4)}` : ''), ['homePhone.number']],
    ['Work Telephone', (c) => (n(c) % 5 === 2 ? `01625 ${pad(n(c) % 1000000, 6)}` : ''), ['workPhone.number']],
    ['Mobile Telephone', (c) => `07${700 + (n(c) % 299)} ${pad(n(c) % 1000000, 6)}`, ['mobilePhone.number']],
    ['Company', (c) => (n(c) % 6 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Tags', (c) => ['Wedding 2025', 'Engagement Shoot', 'Wedding 2024, Album Ordered', 'Enquiry'][n(c) % 4], []],
    ['Wedding Date', (c) => ukD(c.created + (150 + (n(c) % 400)) * day), []],
    ['Venue', (c) => ['Hazlewood Castle', 'Manchester Hall', 'Colshaw Hall', 'The Rookery Hall'][n(c) % 4], []],
    ['Total Value', (c) => `£${(1450 + (n(c) % 8) * 175).toFixed(2)}`, ['loyalty.lifetimePurchases'], opt],
    ['Assigned To', () => 'Hannah Booth', []],
    ['Date Created', (c) => ukDT(c.created), [], opt],
    ['Last Updated', (c) => ukDT(c.created + (3 + (n(c) % 120)) * day), [], opt],
    ['Last Contacted', (c) => ukD(c.created + (1 + (n(c) % 60)) * day), [], opt],
  ] },
]
