// Round 27, heldout27: held-out sets added in round 27 (the round-25 brief's held-out half), written apart from the
// suggester and any tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the
// product exports it, one value generator per column in the product's formats, the accepted destinations ([] =
// nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const h12 = (p) => `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const n = (c) => +c.id
const usPhone = (c, k = 0) => `(${[212, 512, 206, 312, 303, 617, 503][(n(c) + k) % 7]}) 555-${pad((n(c) * (k + 3)) % 10000, 4)}`

// Freshservice: requesters of a US company's IT service desk (Admin > User Management > Requesters > Export, CSV; the
// default requester fields plus the admin's custom fields Employee ID and Cost Center). Times in US Central.
const FS_DEP = ['Finance', 'Human Resources', 'Sales', 'Engineering', 'Customer Success', 'Facilities', 'Marketing']
const fsDep = (c) => FS_DEP[n(c) % FS_DEP.length]
const FS_LOC = ['Chicago HQ', 'Chicago HQ', 'Austin Office', 'Remote - US', 'Denver Warehouse']
const FS_CO = 'northwind-logistics.com'
const fsMail = (c) => `${slug(c.first)}.${slug(c.last)}@${FS_CO}`
const fsTime = (ms) => { const p = central(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${h12(p)}` }

// Richpanel: customers of a US apparel brand's Shopify-connected help desk (Customers > Export, CSV); times UTC ISO.
const RP_TAGS = ['', 'vip', 'returning', 'wholesale inquiry', 'chargeback risk', '']
const rpOrders = (c) => n(c) % 9
const iso = (ms) => new Date(ms).toISOString()

// Kochava: raw install export of a US food-delivery app (Analytics > Data > Raw data export: installs, CSV; UTC; the
// columns the writer kept, snake_case as Kochava's raw install records name them).
const KO_NET = [['Google Ads - Android', '5614', 'android'], ['Meta - iOS', '5789', 'ios'], ['Apple Search Ads', '7112', 'ios'], ['TikTok for Business - Android', '8261', 'android'], ['unattributed', '', '']]
const koNet = (o) => KO_NET[+o.id % KO_NET.length]
const koUnattr = (o) => koNet(o)[0] === 'unattributed'
const KO_CAMP = [['ko_7hzq1', 'US_Install_Broad_Q3'], ['ko_2mxa9', 'US_Retarget_Lapsed_30d'], ['ko_5pcw4', 'Brand_Search_Exact'], ['ko_9rty0', 'Summer_Free_Delivery']]
const koCamp = (o) => KO_CAMP[(+o.id >> 1) % KO_CAMP.length]
const KO_DEV = { ios: [['iPhone14,5', 'iOS', '17.4.1'], ['iPhone15,2', 'iOS', '17.2'], ['iPhone12,1', 'iOS', '16.7.5']], android: [['SM-S918U', 'Android', '14'], ['Pixel 7', 'Android', '14'], ['moto g power (2022)', 'Android', '12']] }
const koPlat = (o) => koNet(o)[2] || (+o.id % 2 ? 'ios' : 'android')
const koDev = (o) => KO_DEV[koPlat(o)][+o.id % 3]
const koUa = (o) => (koPlat(o) === 'ios' ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${koDev(o)[2].replace(/\./g, '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148` : `Mozilla/5.0 (Linux; Android ${koDev(o)[2]}; ${koDev(o)[0]}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36`)
const KO_GEO = [['US', 'CA', 'Los Angeles'], ['US', 'TX', 'Houston'], ['US', 'NY', 'Brooklyn'], ['US', 'IL', 'Chicago'], ['US', 'FL', 'Miami'], ['US', 'WA', 'Seattle']]
const koGeo = (c) => KO_GEO[n(c) % KO_GEO.length]
const utc = (ms) => ymdhms(parts(ms))

// Ticket Tailor: orders of a London comedy club's box office (Orders > Export orders, CSV; one row per order, UK
// dates, GBP, the buyer's address asked at checkout, one custom checkout question).
const UK_FIRST = [['Oliver', 'Amelia'], ['Harry', 'Isla'], ['George', 'Ava'], ['Jack', 'Sophie'], ['Thomas', 'Grace'], ['Callum', 'Freya']]
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Patel', 'Hughes', 'Wright', 'Walker', 'Robinson']
const UK_TOWN = [['London', 'SE1 7PB', 'Greater London'], ['London', 'N1 9GU', 'Greater London'], ['Brighton', 'BN1 1AE', 'East Sussex'], ['Croydon', 'CR0 1LH', 'Greater London'], ['Reading', 'RG1 1JX', 'Berkshire'], ['Guildford', 'GU1 3AJ', 'Surrey']]
const UK_STREET = ['Lower Marsh', 'Upper Street', 'Church Road', 'Station Road', 'Queens Road', 'Victoria Street', 'High Street']
const uk = (c) => { const k = n(c); const first = UK_FIRST[k % 6][c.female ? 1 : 0], last = UK_LAST[(k >> 2) % 10]; const [town, postcode, county] = UK_TOWN[(k >> 1) % 6]; return { first, last, email: `${slug(first)}.${slug(last)}${k % 90}@${['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com'][k % 4]}`, mobile: `07${700 + (k % 299)} ${String(100000 + (k * 37) % 899999)}`, street: `${1 + (k % 180)} ${UK_STREET[k % 7]}`, town, postcode, county } }
const london = (ms) => shift(ms, dst(ms) ? 1 : 0)
const ukDate = (ms) => { const p = london(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const TT_EV = [['Late Night Laughs: Saturday Headliners', 'Standard', 16.5], ['Late Night Laughs: Saturday Headliners', 'Front row', 22], ['New Act Night', 'General admission', 7.5], ['Improv Jam', 'General admission', 10], ['Christmas Comedy Gala', 'Table for 4', 88]]
const ttEv = (o) => TT_EV[+o.id % TT_EV.length]
const ttQty = (o) => (ttEv(o)[1] === 'Table for 4' ? 1 : o.qty)
const ttSub = (o) => +(ttEv(o)[2] * ttQty(o)).toFixed(2)
const ttFee = (o) => +(ttQty(o) * (ttEv(o)[2] >= 20 ? 1.5 : 0.95)).toFixed(2)
const ttDisc = (o) => (+o.id % 6 === 2 ? +(ttSub(o) * 0.2).toFixed(2) : 0)
const ttTotal = (o) => +(ttSub(o) + ttFee(o) - ttDisc(o)).toFixed(2)
const ttSt = (o) => ['Completed', 'Completed', 'Completed', 'Completed', 'Refunded', 'Cancelled'][+o.id % 6]
const ttEvDate = (o) => { const p = london(o.at + (3 + (+o.id % 40)) * 86400000); return `${pad(p.d)}/${pad(p.m)}/${p.y} 20:00` }

export const SETS = [
  // ---------------------------------------------------------------- support
  { name: 'freshservice-requesters', product: 'Freshservice (Admin > User Management > Requesters > Export, CSV; a US logistics company\'s IT service desk, custom fields Employee ID and Cost Center)', family: 'support', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c) => c.job, []],
    ['Primary Email', (c) => fsMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Secondary Emails', (c, o, r) => (r() < 0.15 ? c.email : ''), ['personalEmail.address'], opt],
    ['Work Phone', (c, o, r) => (r() < 0.7 ? `${usPhone(c)}${r() < 0.3 ? ` x${v.int(r, 100, 499)}` : ''}` : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.5 ? usPhone(c, 1) : ''), ['mobilePhone.number']],
    ['Department', (c) => fsDep(c), []],
    ['Reporting Manager', (c) => ['dana.whitfield@northwind-logistics.com', 'marcus.ortiz@northwind-logistics.com', '', 'priya.raman@northwind-logistics.com'][n(c) % 4], []],
    ['Location', (c) => FS_LOC[n(c) % FS_LOC.length], [], opt],
    ['Time Zone', (c) => ['Central Time (US & Canada)', 'Central Time (US & Canada)', 'Mountain Time (US & Canada)', 'Eastern Time (US & Canada)'][n(c) % 4], []],
    ['Language', () => 'English', []],
    ['Address', (c, o, r) => (r() < 0.25 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), [], opt],
    ['Background Information', (c, o, r) => v.pick(r, ['', '', '', 'Needs VPN token replaced yearly', 'Exec assistant to the CFO']), []],
    ['Can see all tickets from this department', (c) => (n(c) % 7 === 0 ? 'true' : 'false'), []],
    ['Employee ID', (c) => `E${10000 + (n(c) % 9000)}`, ['personID', '_id'], opt],
    ['Cost Center', (c) => `CC-${[110, 120, 310, 420, 510, 610, 710][n(c) % 7]}`, []],
    ['VIP User', (c) => (n(c) % 11 === 0 ? 'true' : 'false'), []],
    ['Active', (c) => (n(c) % 13 === 4 ? 'false' : 'true'), [], opt],
    ['Created At', (c) => fsTime(c.created), [], opt],
    ['Updated At', (c) => fsTime(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'richpanel-customers', product: 'Richpanel (Customers > Export, CSV; a US apparel brand\'s help desk connected to its Shopify store)', family: 'support', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => v.uuid(r), [], opt],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.55 ? `+1${usPhone(c).replace(/\D/g, '')}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Shopify Customer ID', (c) => String(6900000000000 + n(c) * 7), ['personID', '_id'], opt],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Total Orders', (c) => String(rpOrders(c)), []],
    ['Total Spent', (c) => (rpOrders(c) * 58.4).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Last Order Date', (c) => (rpOrders(c) ? iso(c.updated) : ''), [], opt],
    ['Tags', (c) => RP_TAGS[n(c) % RP_TAGS.length], []],
    ['Conversations', (c) => String(1 + (n(c) % 6)), []],
    ['Open Conversations', (c) => String(n(c) % 4 === 0 ? 1 : 0), []],
    ['Last Contacted', (c) => iso(c.updated + 3600000), [], opt],
    ['Channels', (c) => ['email', 'email, chat', 'instagram', 'chat', 'email, sms'][n(c) % 5], []],
    ['Instagram Handle', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Accepts Marketing', (c) => (n(c) % 3 === 0 ? 'false' : 'true'), [], opt],
    ['Created At', (c) => iso(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'kochava-installs', product: 'Kochava (raw data export: installs, CSV; a US food-delivery app, UTC, snake_case columns as Kochava\'s raw install records name them)', family: 'analytics', language: 'en', schema: E, cols: [
    ['install_date_adjusted', (c, o) => utc(o.at), ['timestamp']],
    ['install_click_date_adjusted', (c, o) => (koUnattr(o) ? '' : utc(o.at - (120 + (+o.id % 7000)) * 1000)), [], opt],
    ['attribution_network', (c, o) => koNet(o)[1], [], opt],
    ['attribution_network_name', (c, o) => koNet(o)[0], [], opt],
    ['attribution_campaign', (c, o) => (koUnattr(o) ? '' : koCamp(o)[0]), ['marketing.trackingCode'], opt],
    ['attribution_campaign_name', (c, o) => (koUnattr(o) ? '' : koCamp(o)[1]), ['marketing.campaignName', 'marketing.trackingCode']],
    ['attribution_tracker', (c, o, r) => (koUnattr(o) ? '' : `ko${v.hex(r, 10)}`), [], opt],
    ['attribution_tracker_name', (c, o) => (koUnattr(o) ? '' : `${koNet(o)[0]} - ${koCamp(o)[1]}`), [], opt],
    ['attribution_site', (c, o) => (koUnattr(o) ? '' : ['youtube.com', 'instagram_feed', 'com.tiktok.app', 'search', 'gmail'][+o.id % 5]), []],
    ['attribution_creative', (c, o) => (koUnattr(o) ? '' : ['free_delivery_15s', 'burger_carousel_v2', 'static_promo_b'][+o.id % 3]), []],
    ['install_matched_on', (c, o) => (koUnattr(o) ? '' : koPlat(o) === 'ios' ? 'skadnetwork' : 'adid'), []],
    ['install_matched_by', (c, o) => (koUnattr(o) ? '' : ['device_id', 'reconciled', 'fingerprint'][+o.id % 3]), []],
    ['install_kochava_device_id', (c) => `KA${String(n(c) * 7919).padEnd(13, '4')}t${n(c) % 97}`, [], opt],
    ['install_devices_ids_idfa', (c, o, r) => (koPlat(o) === 'ios' && +o.id % 3 === 0 ? v.uuid(r).toUpperCase() : ''), [], opt],
    ['install_devices_ids_idfv', (c, o, r) => (koPlat(o) === 'ios' ? v.uuid(r).toUpperCase() : ''), [], opt],
    ['install_devices_ids_adid', (c, o, r) => (koPlat(o) === 'android' ? v.uuid(r) : ''), [], opt],
    ['install_device_version', (c, o) => koDev(o).join('-'), ['device.model'], opt],
    ['install_device_ua', (c, o) => koUa(o), ['environment.browserDetails.userAgent']],
    ['install_devices_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['installgeo_country_code', (c) => koGeo(c)[0], [GEO('countryCode')]],
    ['installgeo_region', (c) => koGeo(c)[1], [GEO('stateProvince')], opt],
    ['installgeo_city', (c) => koGeo(c)[2], [GEO('city')]],
    ['install_app_version', (c, o) => ['4.18.0', '4.18.2', '4.19.0'][+o.id % 3], [], opt],
    ['identity_link', (c, o) => (+o.id % 3 === 0 ? '' : `{"user_id":"u${n(c)}"}`), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'tickettailor-orders', product: 'Ticket Tailor (Orders > Export orders, CSV; a London comedy club\'s box office, one row per order, GBP, a custom checkout question)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `or_${2100000 + (+o.id % 900000)}`, [OR('purchaseID')]],
    ['Order date', (c, o) => ukDate(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => ttSt(o), [], opt],
    ['Event', (c, o) => ttEv(o)[0], [PL('name')], opt],
    ['Event date', (c, o) => ttEvDate(o), []],
    ['Ticket types', (c, o) => `${ttQty(o)} x ${ttEv(o)[1]}`, [PL('name')], opt],
    ['Number of tickets', (c, o) => String(ttEv(o)[1] === 'Table for 4' ? 4 : ttQty(o)), [PL('quantity')], opt],
    ['First name', (c) => uk(c).first, []],
    ['Last name', (c) => uk(c).last, []],
    ['Email', (c) => uk(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o) => (+o.id % 3 === 0 ? '' : uk(c).mobile), [], opt],
    ['Address line 1', (c) => uk(c).street, [BILL('street1')]],
    ['Address line 2', () => '', [BILL('street2')]],
    ['Town/City', (c) => uk(c).town, [BILL('city')]],
    ['County', (c) => uk(c).county, [BILL('stateProvince'), BILL('state')], opt],
    ['Postcode', (c) => uk(c).postcode, [BILL('postalCode')]],
    ['Country', () => 'United Kingdom', [BILL('country')]],
    ['Subtotal', (c, o) => ttSub(o).toFixed(2), [], opt],
    ['Booking fees', (c, o) => ttFee(o).toFixed(2), []],
    ['Discount code', (c, o) => (ttDisc(o) ? 'LAUGH20' : ''), ['commerce.promotionID'], opt],
    ['Discount amount', (c, o) => ttDisc(o).toFixed(2), [OR('discountAmount')]],
    ['Total', (c, o) => ttTotal(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Payment method', (c, o) => ['Stripe', 'Stripe', 'PayPal', 'Box office - cash', 'Stripe'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Transaction ID', (c, o, r) => (+o.id % 5 === 3 ? '' : `ch_3${v.alnum(r, 23)}`), [OR('payments[0].transactionID')], opt],
    ['Opted in to marketing', (c) => (n(c) % 3 === 0 ? 'No' : 'Yes'), []],
    ['How did you hear about us?', (c) => ['Instagram', 'Friend', 'Time Out', 'Walked past', ''][n(c) % 5], []],
  ] },
]
