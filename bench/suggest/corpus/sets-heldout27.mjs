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

// MoEngage: users of an Indian cosmetics D2C brand (Segments > All Users > Export, CSV of the chosen user attributes,
// in the dashboard's names: "Email (Standard)", "Mobile Number (Standard)", ...; IST times; custom attribute Loyalty Tier).
const IN_FIRST = [['Rahul', 'Priya'], ['Arjun', 'Ananya'], ['Vikram', 'Sneha'], ['Rohan', 'Kavya'], ['Aditya', 'Pooja'], ['Karthik', 'Neha'], ['Siddharth', 'Divya']]
const IN_LAST = ['Sharma', 'Iyer', 'Reddy', 'Patel', 'Nair', 'Gupta', 'Mehta', 'Kulkarni', 'Singh', 'Banerjee']
const IN_CITY = [['Mumbai', 'Maharashtra'], ['Bengaluru', 'Karnataka'], ['New Delhi', 'Delhi'], ['Pune', 'Maharashtra'], ['Hyderabad', 'Telangana'], ['Chennai', 'Tamil Nadu'], ['Kolkata', 'West Bengal']]
const ind = (c) => { const k = n(c); const first = IN_FIRST[k % 7][c.female ? 1 : 0], last = IN_LAST[(k >> 2) % 10]; const [city, state] = IN_CITY[(k >> 1) % 7]; return { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${k % 97}@${['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'][k % 5]}`, mobile: `91${[98, 99, 97, 88, 70, 63][k % 6]}${String(10000000 + (k * 7919) % 89999999)}`, city, state } }
const ist = (ms) => ymdhms(shift(ms, 5.5))
const MO_TIER = ['Glow', 'Glow', 'Glow', 'Radiant', 'Radiant', 'Luminous']
const moInstalled = (c) => n(c) % 5 !== 0
const moLtv = (c) => (n(c) % 7) * 849

// WebEngage: users of a Dubai fashion retailer (Users > Export, CSV; the SDK's system attributes by their keys, we_*,
// plus the project's custom attributes nationality, tier and preferred_store).
const AE_FIRST = [['Omar', 'Fatima'], ['Ahmed', 'Mariam'], ['Rashid', 'Aisha'], ['Daniel', 'Sarah'], ['Arjun', 'Priya'], ['Khalid', 'Noura'], ['Mark', 'Anna']]
const AE_LAST = ['Al Mansoori', 'Al Hashimi', 'Khan', 'Haddad', 'Fernandes', 'Al Suwaidi', 'Pillai', 'Mitchell', 'Saleh']
const AE_NAT = ['Emirati', 'Emirati', 'Indian', 'Lebanese', 'British', 'Filipino', 'Egyptian', 'Pakistani']
const AE_CITY = ['Dubai', 'Dubai', 'Abu Dhabi', 'Sharjah', 'Dubai', 'Ajman']
const ae = (c) => { const k = n(c); const first = AE_FIRST[k % 7][c.female ? 1 : 0], last = AE_LAST[(k >> 2) % 9]; return { first, last, email: `${slug(first)}.${slug(last)}${k % 89}@${['gmail.com', 'hotmail.com', 'yahoo.com', 'icloud.com'][k % 4]}`, phone: `+9715${[0, 2, 4, 5, 6, 8][k % 6]}${String(1000000 + (k * 4931) % 8999999)}`, city: AE_CITY[k % 6], nat: AE_NAT[(k >> 1) % 8] } }
const WE_TIER = ['Classic', 'Classic', 'Silver', 'Gold', 'Platinum']

// GoTo Webinar: the attendee report of a US SaaS vendor's product webinar (Reports > Attendee report, CSV; the
// attendee section with the registration form's standard questions; Eastern times with the zone).
const gtLocal = (ms) => { const p = eastern(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'} ${dst(ms) ? 'EDT' : 'EST'}` }
const gtAtt = (c) => n(c) % 10 < 6
const gtStart = (c) => c.updated - (c.updated % 86400000) + 18 * 3600000
const GT_IND = ['Computer Software', 'Financial Services', 'Healthcare', 'Manufacturing', 'Education', 'Retail']
const GT_EMP = ['1-20', '21-50', '101-250', '501-1,000', '1,001-5,000', 'More than 10,000']
const GT_TF = ['Within a month', '1-3 months', '4-6 months', 'More than 6 months', 'No timeframe', '']
const GT_ROLE = ['Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved', '']

// Cvent: the attendee list report of a US association's annual conference (Reports > Attendee List > Export, CSV;
// work address block, Eastern times).
const CV_TYPE = ['Attendee', 'Attendee', 'Attendee', 'Speaker', 'Exhibitor', 'Sponsor']
const CV_ST = ['Accepted', 'Accepted', 'Accepted', 'Accepted', 'Cancelled', 'Waitlisted']
const cvSt = (c) => CV_ST[n(c) % CV_ST.length]
const CV_ADM = [['Full Conference - Member', 695], ['Full Conference - Non-Member', 895], ['One Day Pass', 325], ['Exhibitor Badge', 0], ['Speaker Comp', 0]]
const cvAdm = (c) => (CV_TYPE[n(c) % 6] === 'Speaker' ? CV_ADM[4] : CV_TYPE[n(c) % 6] === 'Exhibitor' || CV_TYPE[n(c) % 6] === 'Sponsor' ? CV_ADM[3] : CV_ADM[n(c) % 3])
const cvTime = (ms) => { const p = eastern(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }

// Friendbuy: the Rewards report of a US mattress brand's referral programme (Referral and Sharing > Rewards > Export,
// CSV; one row per advocate reward, with the referred friend's order that triggered it; Pacific times).
const FB_ST = ['Approved', 'Approved', 'Approved', 'Pending', 'Rejected', 'Approved']
const fbSt = (o) => FB_ST[+o.id % FB_ST.length]
const FB_REASON = { Approved: 'All criteria met', Pending: 'Awaiting 30-day return window', Rejected: 'Self-referral: same IP address' }
const fbTime = (ms) => { const p = pacific(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const fbOrder = (o) => +(649 + (+o.id % 5) * 250 + (+o.id % 3) * 99).toFixed(2)
const fbFriend = (c) => { const k = n(c); const first = ['Megan', 'Tyler', 'Ashley', 'Brandon', 'Lauren', 'Kevin'][k % 6], last = ['Hughes', 'Ramirez', 'Foster', 'Nguyen', 'Bennett', 'Cole'][(k >> 1) % 6]; return `${slug(first)}.${slug(last)}${k % 71}@${['gmail.com', 'icloud.com', 'yahoo.com'][k % 3]}` }

// Extole: participants of a US fintech app's refer-a-friend programme (Extole console: Reports > Participants, CSV;
// snake_case person fields plus share and reward counters).
const EX_PROG = ['Refer a Friend - Checking', 'Refer a Friend - Checking', 'Refer a Friend - Credit Card']
const exShares = (c) => (n(c) % 4 === 0 ? 0 : n(c) % 11)
const exConv = (c) => Math.floor(exShares(c) / 3)

// Ontraport: contacts of a US online fitness coaching business (Contacts > Export, CSV; the standard contact fields
// with UTM tracking fields; dates in the account's Pacific zone).
const opDate = (ms) => { const p = pacific(ms); return `${pad(p.m)}-${pad(p.d)}-${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const OP_OWNER = ['Coach Kayla', 'Coach Kayla', 'Marcus Webb', 'Admin']
const OP_STAGE = ['Lead', 'Lead', 'Trial', 'Client', 'Client', 'Past Client']
const OP_UTM = [['facebook', 'paid_social', 'summer_shred_2024'], ['google', 'cpc', 'online_coaching_brand'], ['', '', ''], ['instagram', 'organic', 'bio_link'], ['newsletter', 'email', 'black_friday']]
const opUtm = (c) => OP_UTM[n(c) % OP_UTM.length]
const opSpent = (c) => (['Client', 'Past Client'].includes(OP_STAGE[n(c) % 6]) ? (n(c) % 9 + 1) * 149 : 0)

// HoneyBook: clients of an Austin wedding photographer (Clients > Export, CSV; one row per contact with its latest
// project; Central dates).
const HB_TYPE = ['Wedding', 'Wedding', 'Engagement', 'Elopement', 'Family Session', 'Brand Session']
const hbType = (c) => HB_TYPE[n(c) % HB_TYPE.length]
const HB_STAGE = ['Inquiry', 'Follow up', 'Proposal sent', 'Retainer paid', 'Planning', 'Completed', 'Archived']
const hbStage = (c) => HB_STAGE[(n(c) >> 1) % HB_STAGE.length]
const hbValue = (c) => ({ Wedding: 4800, Engagement: 650, Elopement: 2200, 'Family Session': 450, 'Brand Session': 1200 }[hbType(c)])
const hbPaid = (c) => (['Retainer paid', 'Planning'].includes(hbStage(c)) ? hbValue(c) * 0.3 : hbStage(c) === 'Completed' ? hbValue(c) : 0)
const hbDate = (ms) => { const p = central(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const money = (x) => `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

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
    ['Customer ID', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
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
    ['Phone', (c, o) => (+o.id % 3 === 0 ? '' : uk(c).mobile), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address line 1', (c) => uk(c).street, [BILL('street1')]],
    ['Address line 2', (c, o, r) => (r() < 0.2 ? `Flat ${v.int(r, 1, 24)}` : ''), [BILL('street2')]],
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
  // ---------------------------------------------------------------- email / engagement tools
  { name: 'moengage-users', product: 'MoEngage (Segments > All Users > Export, CSV of chosen user attributes in the dashboard\'s names; an Indian cosmetics brand, IST, custom attribute Loyalty Tier)', family: 'email', language: 'en', schema: P, cols: [
    ['ID', (c) => `CUST${100000 + (n(c) % 900000)}`, ['_id', 'personID']],
    ['Name', (c) => ind(c).full, ['person.name.fullName']],
    ['First Name', (c) => ind(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ind(c).last, ['person.name.lastName']],
    ['Email (Standard)', (c) => ind(c).email, ['personalEmail.address']],
    ['Mobile Number (Standard)', (c, o, r) => (r() < 0.85 ? ind(c).mobile : ''), ['mobilePhone.number']],
    ['Gender', (c) => (n(c) % 9 === 0 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['First Seen', (c) => ist(c.created), [], opt],
    ['Last Seen', (c) => ist(Math.max(c.created, c.updated)), [], opt],
    ['No. of Sessions', (c) => String(1 + (n(c) % 140)), []],
    ['No. of conversions', (c) => String(n(c) % 7), [], opt],
    ['LTV', (c) => String(moLtv(c)), ['loyalty.lifetimePurchases'], opt],
    ['Last Known City', (c) => ind(c).city, at(HOME, 'city'), opt],
    ['Last Known State', (c) => ind(c).state, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Last Known Country', () => 'India', at(HOME, 'country'), opt],
    ['Install Status', (c) => (moInstalled(c) ? 'true' : 'false'), [], opt],
    ['Uninstall Time', (c) => (moInstalled(c) ? '' : ist(c.updated + 86400000)), []],
    ['Unsubscribe', (c) => (n(c) % 8 === 3 ? 'true' : 'false'), [], opt],
    ['Hard Bounce', (c) => (n(c) % 19 === 5 ? 'true' : 'false'), [], opt],
    ['Spam', () => 'false', [], opt],
    ['Publisher Name', (c) => ['Organic', 'Google Ads', 'Meta', 'Organic', 'Affiliate - Cashkaro'][n(c) % 5], []],
    ['Campaign Name', (c) => ['', 'UAC_Install_IN_Q2', 'Meta_Lookalike_Women_25-40', '', 'CK_Cashback_10'][n(c) % 5], []],
    ['Loyalty Tier', (c) => MO_TIER[n(c) % MO_TIER.length], ['loyalty.tier'], opt],
  ] },
  { name: 'webengage-users', product: 'WebEngage (Users > Export, CSV; the SDK\'s system attributes by key plus custom attributes nationality, tier and preferred_store; a Dubai fashion retailer)', family: 'email', language: 'en', schema: P, cols: [
    ['user_id', (c) => `AE${700000 + (n(c) % 300000)}`, ['_id', 'personID']],
    ['we_first_name', (c) => ae(c).first, ['person.name.firstName']],
    ['we_last_name', (c) => ae(c).last, ['person.name.lastName']],
    ['we_email', (c) => ae(c).email, ['personalEmail.address']],
    ['we_phone', (c, o, r) => (r() < 0.8 ? ae(c).phone : ''), ['mobilePhone.number']],
    ['we_gender', (c) => (c.female ? 'female' : 'male'), ['person.gender']],
    ['we_birth_date', (c, o, r) => (r() < 0.35 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['we_company', (c, o, r) => (r() < 0.1 ? ['Emirates NBD', 'Majid Al Futtaim', 'DP World'][n(c) % 3] : ''), ['organizations[0]'], opt],
    ['we_email_opt_in', (c) => String(n(c) % 6 !== 1), [], opt],
    ['we_sms_opt_in', (c) => String(n(c) % 4 !== 2), [], opt],
    ['we_whatsapp_opt_in', (c) => String(n(c) % 3 === 0), [], opt],
    ['we_hashed_email', (c, o, r) => v.hex(r, 64), []],
    ['city', (c) => ae(c).city, at(HOME, 'city'), opt],
    ['country', () => 'United Arab Emirates', at(HOME, 'country'), opt],
    ['first_seen', (c) => iso(c.created), [], opt],
    ['last_seen', (c) => iso(Math.max(c.created, c.updated)), [], opt],
    ['total_sessions', (c) => String(1 + (n(c) % 87)), []],
    ['nationality', (c) => ae(c).nat, ['person.nationality'], opt],
    ['tier', (c) => WE_TIER[n(c) % WE_TIER.length], ['loyalty.tier'], opt],
    ['preferred_store', (c) => ['Dubai Mall', 'Mall of the Emirates', 'Yas Mall', 'Online'][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'gotowebinar-attendees', product: 'GoTo Webinar (Reports > Attendee report, CSV; a US SaaS vendor\'s product webinar, the attendee section with the registration form\'s standard questions, Eastern times)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Attended', (c) => (gtAtt(c) ? 'Yes' : 'No'), [], opt],
    ['Interest Rating', (c) => (gtAtt(c) ? String(40 + (n(c) % 61)) : ''), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email Address', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Registration Date', (c) => gtLocal(gtStart(c) - (1 + (n(c) % 20)) * 86400000 - 7200000), ['extSourceSystemAudit.createdDate'], opt],
    ['Join Time', (c) => (gtAtt(c) ? gtLocal(gtStart(c) + (n(c) % 9) * 60000) : ''), [], opt],
    ['Leave Time', (c) => (gtAtt(c) ? gtLocal(gtStart(c) + (20 + (n(c) % 40)) * 60000) : ''), [], opt],
    ['Time in Session', (c) => (gtAtt(c) ? `${20 + (n(c) % 40) - (n(c) % 9)} minutes` : ''), []],
    ['Unsubscribed', (c) => (n(c) % 17 === 3 ? 'Yes' : 'No'), [], opt],
    ['Address', (c, o, r) => (r() < 0.3 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => STATES[c.region] ?? c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip Code', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Organization', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Industry', (c) => GT_IND[n(c) % GT_IND.length], []],
    ['Number of Employees', (c) => GT_EMP[(n(c) >> 1) % GT_EMP.length], []],
    ['Purchasing Time Frame', (c) => GT_TF[n(c) % GT_TF.length], []],
    ['Role in Purchase Process', (c) => GT_ROLE[(n(c) >> 2) % GT_ROLE.length], []],
    ['Questions & Comments', (c, o, r) => v.pick(r, ['', '', '', 'Will the recording be shared?', 'Does this integrate with Salesforce?']), []],
    ['Source', (c) => ['', 'linkedin', 'newsletter', 'website', 'partner-acme'][n(c) % 5], ['b2b.personSource'], opt],
  ] },
  { name: 'cvent-attendees', product: 'Cvent (Event > Reports > Attendee List > Export, CSV; a US professional association\'s annual conference, work address block, Eastern times)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Prefix', (c) => (n(c) % 5 === 0 ? 'Dr.' : c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Nickname', (c) => (n(c) % 4 === 0 ? ({ Robert: 'Bob', Jennifer: 'Jen', Michael: 'Mike', Elizabeth: 'Liz', Patricia: 'Pat', Christopher: 'Chris' }[c.first] ?? c.first) : c.first), [], opt],
    ['Email Address', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Work Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Work Address 1', (c) => c.street, ['workAddress.street1']],
    ['Work Address 2', (c) => c.street2, ['workAddress.street2']],
    ['Work City', (c) => c.city, ['workAddress.city']],
    ['Work State/Prov.', (c) => STATES[c.region] ?? c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Work Zip/Postal Code', (c) => c.postcode, ['workAddress.postalCode']],
    ['Work Country', () => 'United States', ['workAddress.country']],
    ['Registration Type', (c) => CV_TYPE[n(c) % CV_TYPE.length], [], opt],
    ['Registration Status', (c) => cvSt(c), [], opt],
    ['Registration Date', (c) => cvTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified Date', (c) => cvTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Confirmation Number', (c, o, r) => v.alnum(r, 11).toUpperCase(), [], opt],
    ['Admission Item', (c) => cvAdm(c)[0], []],
    ['Amount Paid', (c) => (cvSt(c) === 'Cancelled' ? '0.00' : cvAdm(c)[1].toFixed(2)), []],
    ['Checked In', (c) => (cvSt(c) === 'Accepted' && n(c) % 3 !== 0 ? 'Yes' : 'No'), [], opt],
    ['Reference ID', (c) => (n(c) % 4 === 1 ? '' : `M${200000 + (n(c) % 80000)}`), B2BID, opt],
    ['Source ID', (c) => ['', 'EMAIL-0412', 'LINKEDIN', 'MEMBER-PORTAL', ''][n(c) % 5], ['b2b.personSource'], opt],
    ['Dietary Restrictions', (c) => ['None', 'Vegetarian', 'None', 'Gluten-free', 'Vegan', 'None'][n(c) % 6], []],
    ['Emergency Contact Phone', (c, o, r) => (r() < 0.4 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- loyalty / referral
  { name: 'friendbuy-rewards', product: 'Friendbuy (Referral and Sharing > Rewards > Export, CSV; a US mattress brand\'s referral programme, one row per advocate reward with the friend\'s triggering order, Pacific times)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['Date', (c, o) => fbTime(o.at + 3600000), ['timestamp']],
    ['Status', (c, o) => fbSt(o), [], opt],
    ['Referrer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Referrer Customer ID', (c) => String(5100000 + (n(c) % 400000)), [], opt],
    ['Referrer IP Address', (c, o, r) => v.ip4(r), [], opt],
    ['Campaign', (c, o) => ['Give $100, Get $100', 'Give $100, Get $100', 'Holiday Double Rewards'][+o.id % 3], ['marketing.campaignName'], opt],
    ['Widget', (c, o) => ['Post-Purchase Overlay', 'Account Page', 'Email Share', 'Ribbon'][+o.id % 4], []],
    ['Reward Amount', (c, o) => (fbSt(o) === 'Rejected' ? '0.00' : '100.00'), []],
    ['Reason', (c, o) => FB_REASON[fbSt(o)], []],
    ['Reward Email Status', (c, o) => (fbSt(o) === 'Approved' ? ['Delivered', 'Opened', 'Delivered'][+o.id % 3] : 'Not sent'), []],
    ['Friend Email', (c) => fbFriend(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Friend Customer ID', (c, o) => String(5500000 + (+o.id % 400000)), [], opt],
    ['Friend IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['Coupon Code', (c, o) => `FRIEND-${v.alnum(() => (+o.id % 61) / 61, 1).toUpperCase()}${(+o.id * 7) % 10000}`, ['commerce.promotionID'], opt],
    ['Order ID', (c, o) => `#${14000 + (+o.id % 80000)}`, [OR('purchaseID')]],
    ['Order Amount', (c, o) => fbOrder(o).toFixed(2), [OR('priceTotal')], opt],
    ['Currency', () => 'USD', [OR('currencyCode')], opt],
  ] },
  { name: 'extole-participants', product: 'Extole (console: Reports > Participants, CSV; a US fintech app\'s refer-a-friend programme, snake_case person fields with share and reward counters)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['person_id', (c) => String(7200000000000000000n + BigInt(n(c)) * 7919n), ['_id', 'personID'], opt],
    ['partner_user_id', (c) => `usr_${n(c).toString(36)}${(n(c) * 31) % 997}`, ['_id', 'personID'], opt],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['profile_picture_url', (c, o, r) => (r() < 0.2 ? `https://cdn.example-bank.com/avatars/${n(c)}.jpg` : ''), []],
    ['locale', (c) => ['en_US', 'en_US', 'en_US', 'es_US'][n(c) % 4], [], opt],
    ['blocked', (c) => String(n(c) % 29 === 3), [], opt],
    ['program_label', (c) => EX_PROG[n(c) % EX_PROG.length], ['loyalty.program'], opt],
    ['advocate_code', (c) => `${slug(c.first).toUpperCase()}${(n(c) % 900) + 100}`, []],
    ['share_link', (c) => `https://refer.example-bank.com/${slug(c.first)}${(n(c) % 900) + 100}`, []],
    ['shares', (c) => String(exShares(c)), []],
    ['share_channels', (c) => (exShares(c) ? ['SMS', 'EMAIL', 'SMS,FACEBOOK', 'LINK'][n(c) % 4] : ''), []],
    ['friends_clicked', (c) => String(exShares(c) ? exShares(c) + (n(c) % 5) : 0), []],
    ['friends_converted', (c) => String(exConv(c)), []],
    ['rewards_earned', (c) => String(exConv(c)), [], opt],
    ['reward_value_earned', (c) => (exConv(c) * 50).toFixed(2), []],
    ['last_share_date', (c) => (exShares(c) ? iso(c.updated) : ''), [], opt],
    ['source', (c) => ['app_menu', 'post_deposit_prompt', 'email', 'app_menu'][n(c) % 4], [], opt],
    ['created_date', (c) => iso(c.created), [], opt],
    ['updated_date', (c) => iso(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing
  { name: 'ontraport-contacts', product: 'Ontraport (Contacts > Export, CSV; a US online fitness coaching business, the standard contact fields with UTM tracking fields, Pacific dates)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(1000 + (n(c) % 60000)), B2BID, opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['Title', (c, o, r) => (r() < 0.2 ? c.job : ''), ['extendedWorkDetails.jobTitle']],
    ['Company', (c, o, r) => (r() < 0.2 ? c.company : ''), ['b2b.companyName', 'organizations[0]']],
    ['Address', (c, o, r) => (r() < 0.5 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['Address 2', (c) => c.street2, at(['workAddress', ...HOME], 'street2')],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip Code', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'US', [...at(['workAddress', ...HOME], 'countryCode'), ...at(['workAddress', ...HOME], 'country')]],
    ['SMS Number', (c, o, r) => (r() < 0.6 ? `+1${usPhone(c, 2).replace(/\D/g, '')}` : ''), ['mobilePhone.number']],
    ['Office Phone', (c, o, r) => (r() < 0.15 ? usPhone(c) : ''), ['workPhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.1 ? usPhone(c, 4) : ''), ['homePhone.number']],
    ['Fax', () => '', ['faxPhone.number']],
    ['Website', (c, o, r) => (r() < 0.1 ? `https://www.${slug(c.first)}${slug(c.last)}.com` : ''), ['b2b.companyWebsite'], opt],
    ['Birthday', (c, o, r) => (r() < 0.3 ? `${pad(parts(c.birth).m)}-${pad(parts(c.birth).d)}-${parts(c.birth).y}` : ''), ['person.birthDate']],
    ['Date Added', (c) => opDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Modified', (c) => opDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity', (c) => opDate(Math.max(c.created, c.updated) + 7200000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Contact Owner', (c) => OP_OWNER[n(c) % OP_OWNER.length], []],
    ['Sales Stage', (c) => OP_STAGE[n(c) % OP_STAGE.length], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Lead Source', (c) => ['Facebook Ad', 'Google', 'Referral', 'Instagram', 'Podcast'][n(c) % 5], ['b2b.personSource'], opt],
    ['UTM Source', (c) => opUtm(c)[0], [], opt],
    ['UTM Medium', (c) => opUtm(c)[1], [], opt],
    ['UTM Campaign', (c) => opUtm(c)[2], [], opt],
    ['Referring Page', (c) => (opUtm(c)[0] ? `https://kaylafitcoaching.com/${['apply', 'free-guide', 'program'][n(c) % 3]}` : ''), []],
    ['Bulk Email Status', (c) => ['Single Opt-in', 'Double Opt-in', 'Double Opt-in', 'Unsubscribed', 'Hard Bounce'][n(c) % 5], [], opt],
    ['Bulk SMS Status', (c) => ['Opted-in', 'Unconfirmed', 'Opted-out'][n(c) % 3], [], opt],
    ['Spent', (c) => opSpent(c).toFixed(2), [], opt],
    ['Score', (c) => String(n(c) % 100), ['b2b.personScore'], opt],
    ['Tags', (c) => ['', 'Lead Magnet: Meal Plan', 'Client*Active', 'Webinar Registrant', 'Client*Alumni'][n(c) % 5], []],
  ] },
  { name: 'honeybook-clients', product: 'HoneyBook (Clients > Export, CSV; an Austin wedding photographer\'s contacts with their latest project, Central dates)', family: 'crm', language: 'en', schema: P, cols: [
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.75 ? usPhone(c, 1) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Company', (c) => (['Brand Session'].includes(hbType(c)) ? c.company : ''), ['organizations[0]'], opt],
    ['Address', (c, o, r) => (r() < 0.35 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), [], opt],
    ['Lead Source', (c) => ['Instagram', 'The Knot', 'Referral', 'Google', 'Venue referral', 'Wedding Wire'][n(c) % 6], [], opt],
    ['Project Name', (c) => `${c.first} & ${['Jordan', 'Alex', 'Sam', 'Taylor', 'Chris'][n(c) % 5]} ${hbType(c)}`, []],
    ['Project Type', (c) => hbType(c), []],
    ['Project Date', (c) => hbDate(c.updated + 120 * 86400000), []],
    ['Project Location', (c) => ['Chapel Dulcinea', 'Laguna Gloria', 'Barr Mansion', 'Zilker Park', 'TBD'][n(c) % 5], []],
    ['Pipeline Stage', (c) => hbStage(c), [], opt],
    ['Total Project Value', (c) => money(hbValue(c)), [], opt],
    ['Paid to Date', (c) => money(hbPaid(c)), [], opt],
    ['Client Since', (c) => hbDate(c.created), [], opt],
    ['Last Activity', (c) => hbDate(Math.max(c.created, c.updated)), [], opt],
    ['Instagram', (c, o, r) => (r() < 0.3 ? `@${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Partner Name', (c) => (['Wedding', 'Engagement', 'Elopement'].includes(hbType(c)) ? `${['Jordan', 'Alex', 'Sam', 'Taylor', 'Chris'][n(c) % 5]} ${['Reyes', 'Park', 'Morgan', 'Lee'][n(c) % 4]}` : ''), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Wants golden hour portraits', 'Second shooter requested']), []],
  ] },
]
