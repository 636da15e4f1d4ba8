// Round 57, heldout57: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. English-language
// marketing automation, customer engagement and email platforms (US and UK businesses).
import { E, B, P, v, f, at, HOME, B2BID, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift, row } from './values.mjs'

const n = (c) => +c.id
const WORK = ['workAddress']
const ADDR = [...HOME, ...WORK]
const digits = (s) => s.replace(/\D/g, '')
const usPhone = (c) => { const d = digits(c.mobile).slice(-10); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const e164 = (c) => `+1${digits(c.mobile).slice(-10)}`
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const uk = (ms) => shift(ms, dst(ms) ? 1 : 0)
const ukDate = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukTime = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const etUs = (ms) => { const p = et(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const etYmd = (ms) => { const p = et(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const UK_ADDR = [['14 Albion Street', 'Leeds', 'West Yorkshire', 'LS1 6HX'], ['Flat 3, 27 Marlborough Road', 'Bristol', 'Avon', 'BS6 5NP'], ['8 Kings Parade', 'Cambridge', 'Cambridgeshire', 'CB2 1SJ'], ['112 Deansgate', 'Manchester', 'Greater Manchester', 'M3 2QJ'], ['5 Castle Terrace', 'Edinburgh', 'Midlothian', 'EH1 2DP'], ['41 Bold Street', 'Liverpool', 'Merseyside', 'L1 4EU'], ['73 Upper Street', 'London', 'Greater London', 'N1 0NY']]
const UK_FIRST = ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Jack', 'Sophie', 'Charlie', 'Grace', 'Thomas', 'Eleanor']
const UK_LAST = ['Hughes', 'Patel', 'Wright', 'Evans', 'Thompson', 'Khan', 'Robinson', 'Walsh', 'Turner', 'Murphy', 'Cooper', 'Ward']
const ukFirst = (c) => UK_FIRST[n(c) % UK_FIRST.length]
const ukLast = (c) => UK_LAST[(n(c) >> 3) % UK_LAST.length]
const ukMob = (c) => `07${pad(n(c) % 1000, 3)} ${pad((n(c) * 7) % 1000000, 6)}`
const ukTel = (c) => `0${pad(113 + n(c) % 80, 3)} ${pad((n(c) * 13) % 10000000, 7).slice(0, 3)} ${pad((n(c) * 13) % 10000, 4)}`
const ukCo = ['Harrow & Finch Ltd', 'Northgate Logistics', 'Brightwell Software Ltd', 'Castlegate Surveyors LLP', 'Meridian Facilities Group', 'Oakridge Accountants']
const ukCoOf = (c) => ukCo[n(c) % ukCo.length]
const ukWork = (c) => `${slug(ukFirst(c))}.${slug(ukLast(c))}@${slug(ukCoOf(c)).slice(0, 12)}.co.uk`
const ukPersonal = (c) => `${slug(ukFirst(c))}${slug(ukLast(c))}${n(c) % 90}@${['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'][n(c) % 4]}`
const usWork = (c) => `${slug(c.first)}.${slug(c.last)}@${slug(c.company).slice(0, 12)}.com`
const ISP = ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'comcast.net', 'icloud.com']

// Cordial: contacts of a US outdoor-apparel retailer (Audience > Contacts > Export contacts, CSV; API-style attribute keys).
const CD_TIER = ['', '', 'Trailblazer', 'Summit', 'Basecamp']
// Oracle Responsys: Contact Event Data "Clicked" file of a US home-goods retailer (Data > Connect > Export Feed Data, CSV).
const RS_OFFER = [['hero_shop_now', 'Hero', 'https://www.example-home.com/sale?utm_source=responsys'], ['nav_bedding', 'Navigation', 'https://www.example-home.com/bedding'], ['footer_unsubscribe', 'Footer', 'https://www.example-home.com/prefs'], ['product_grid_2', 'Product', 'https://www.example-home.com/p/linen-duvet-set']]
const rsDT = (ms) => { const p = parts(ms); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Cheetah Digital (Marigold Engage): email event export of a US hotel group (Reports > Event Data Export, CSV).
const CH_EV = ['Open', 'Click', 'Click', 'Sent', 'Bounce', 'Unsubscribe']
const chEv = (c) => CH_EV[n(c) % CH_EV.length]
const CH_MAIL = [['48213', 'Spring Getaways 2024', 'Your spring escape starts here'], ['48377', 'Loyalty Statement April', 'Your points statement is ready'], ['48502', 'Weekend Flash Sale', '48 hours only: 25% off weekends']]
// Blueshift: customer attributes export of a US meal-kit subscription (Customers > Customer Search > Export, CSV).
const BS_PLAN = ['2 servings x 3 meals', '4 servings x 3 meals', '2 servings x 4 meals', '']
// Optimove: customer export of a US beauty retailer (Customers > Customer Snapshot > Export, CSV).
const OM_STAGE = ['New', 'Active', 'Active', 'Churned', 'Reactivated', 'Dormant']
// Bronto (Oracle Bronto Marketing Platform): contacts of a US specialty-foods shop (Contacts > Manage > Export, CSV with all fields).
const BR_ST = ['active', 'active', 'active', 'onboarding', 'unsub', 'bounce', 'transactional']
// WhatCounts: subscribers of a US regional newspaper's newsletters (Subscribers > Export, CSV with the standard fields).
// emfluence Marketing Platform: contacts of a Kansas City credit union's business-banking team (Contacts > Search > Export, CSV).
// Force24: contacts of a UK B2B software reseller (Contacts > Export, CSV; English (UK) dates).
// Adestra (Upland Adestra): a UK garden-centre chain's contact table (Contacts > Tables > Export, CSV).
// Net-Results: contacts of a US industrial-equipment distributor (Contacts > Export, CSV).
// ClickDimensions: email events in Dynamics 365 (Marketing > Email Events > Export to Excel; a US insurance broker).
const CK_EV = ['Open', 'Click', 'Delivered', 'Open', 'Click', 'Bounce', 'Unsubscribe']
const ckEv = (c) => CK_EV[n(c) % CK_EV.length]

export const SETS = [
  // ---------------------------------------------------------------- email / engagement platforms: contact exports (P)
  { name: 'cordial-contacts-en', product: 'Cordial (Audience > Contacts > Export contacts, CSV; the account\'s attribute keys as column names; a US outdoor-apparel retailer)', family: 'email', language: 'en', schema: P, cols: [
    ['cID', (c) => `5f${(n(c) * 2654435761).toString(16).padStart(22, '0').slice(0, 22)}`, ['_id', 'personID']],
    ['channels.email.address', (c) => c.email, ['personalEmail.address']],
    ['channels.email.subscribeStatus', (c) => ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'none'][n(c) % 5], [], opt],
    ['channels.email.subscribedAt', (c) => f.iso(c.created), [], opt],
    ['channels.email.unsubscribedAt', (c) => (n(c) % 5 === 3 ? f.iso(c.updated) : ''), [], opt],
    ['channels.sms.address', (c) => (n(c) % 3 === 0 ? '' : e164(c)), ['mobilePhone.number']],
    ['channels.sms.subscribeStatus', (c) => (n(c) % 3 === 0 ? 'none' : 'subscribed'), [], opt],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['street_address', (c) => c.street, at(HOME, 'street1')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, at(HOME, 'stateProvince')],
    ['postal_code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['country', () => 'US', at(HOME, 'countryCode')],
    ['loyalty_tier', (c) => CD_TIER[n(c) % CD_TIER.length], ['loyalty.tier'], opt],
    ['lists', (c) => ['newsletter', 'newsletter|vip', 'newsletter|hiking', ''][n(c) % 4], []],
    ['lastOpen', (c) => f.iso(c.updated), [], opt],
    ['lastClick', (c) => (n(c) % 4 === 0 ? '' : f.iso(c.updated - 86400000 * 3)), [], opt],
    ['createdAt', (c) => f.iso(c.created), [], opt],
    ['lastModified', (c) => f.iso(c.updated), [], opt],
  ] },

  { name: 'blueshift-customers-en', product: 'Blueshift (Customers > Customer Search > Export customers, CSV; standard and custom attributes; a US meal-kit subscription)', family: 'marketing', language: 'en', schema: P, cols: [
    ['customer_id', (c) => `MK${c.id}`, ['_id', 'personID']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['firstname', (c) => c.first, ['person.name.firstName']],
    ['lastname', (c) => c.last, ['person.name.lastName']],
    ['phone_number', (c) => (n(c) % 4 === 0 ? '' : e164(c)), ['mobilePhone.number']],
    ['gender', (c) => (c.female ? 'female' : 'male'), ['person.gender']],
    ['joined_at', (c) => f.iso(c.created), [], opt],
    ['unsubscribed', (c) => (n(c) % 7 === 0 ? 'true' : 'false'), [], opt],
    ['unsubscribed_sms', (c) => (n(c) % 4 === 0 ? 'true' : 'false'), [], opt],
    ['unsubscribed_push', () => 'false', [], opt],
    ['timezone', () => 'America/Chicago', [], opt],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, at(HOME, 'stateProvince')],
    ['zip_code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['country', () => 'US', at(HOME, 'countryCode')],
    ['plan_name', (c) => BS_PLAN[n(c) % BS_PLAN.length], []],
    ['subscription_status', (c) => ['active', 'active', 'paused', 'cancelled'][n(c) % 4], [], opt],
    ['total_orders', (c) => String(n(c) % 40), [], opt],
    ['lifetime_revenue', (c) => ((n(c) % 40) * 67.93).toFixed(2), [], opt],
    ['last_order_date', (c) => f.ymd(c.updated), [], opt],
    ['blueshift_uuid', (c) => `${(n(c) * 48271).toString(16).padStart(8, '0')}-1a2b-4c3d-9e8f-${pad(n(c), 12)}`, [], opt],
  ] },

  { name: 'optimove-customers-en', product: 'Optimove (Customers > Customer Snapshot > Export, CSV; the customer attributes a US beauty retailer sends daily)', family: 'marketing', language: 'en', schema: P, cols: [
    ['CustomerID', (c) => c.id, ['_id', 'personID']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['MobilePhone', (c) => usPhone(c), ['mobilePhone.number']],
    ['Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender'], opt],
    ['DateOfBirth', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Country', () => 'United States', at(HOME, 'country'), opt],
    ['State', (c) => c.region, at(HOME, 'stateProvince')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['ZipCode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['RegistrationDate', (c) => f.ymd(c.created), [], opt],
    ['LifecycleStage', (c) => OM_STAGE[n(c) % OM_STAGE.length], [], opt],
    ['LastOrderDate', (c) => f.ymd(c.updated), [], opt],
    ['TotalOrders', (c) => String(1 + n(c) % 25), [], opt],
    ['TotalSpend', (c) => ((1 + n(c) % 25) * 42.5).toFixed(2), [], opt],
    ['Currency', () => 'USD', [], opt],
    ['LoyaltyTier', (c) => ['Insider', 'VIB', 'Rouge', ''][n(c) % 4], ['loyalty.tier']],
    ['LoyaltyPoints', (c) => String((n(c) * 17) % 5000), ['loyalty.adjustedPoints', 'loyalty.lifetimePoints'], opt],
    ['OptInEmail', (c) => (n(c) % 6 === 0 ? '0' : '1'), [], opt],
    ['OptInSMS', (c) => (n(c) % 3 === 0 ? '1' : '0'), [], opt],
    ['Language', () => 'en', [], opt],
  ] },

  { name: 'bronto-contacts-en', product: 'Bronto / Oracle Bronto Marketing Platform (Contacts > Manage > Export, CSV with every field; a US specialty-foods shop)', family: 'email', language: 'en', schema: P, cols: [
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Mobile Number', (c) => (n(c) % 3 === 0 ? digits(e164(c)) : ''), ['mobilePhone.number']],
    ['Status', (c) => BR_ST[n(c) % BR_ST.length], [], opt],
    ['Message Preference', (c) => (n(c) % 9 === 0 ? 'text' : 'html'), []],
    ['Source', (c) => ['import', 'webform', 'api', 'manual'][n(c) % 4], [], opt],
    ['Custom Source', (c) => ['Checkout opt-in', 'Holiday popup 2023', '', 'Trade show list'][n(c) % 4], []],
    ['Created', (c) => etUs(c.created), [], opt],
    ['Modified', (c) => etUs(c.updated), [], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Address 1', (c) => c.street, at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, at(HOME, 'stateProvince')],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Birthday', (c) => f.us(c.birth), ['person.birthDate'], opt],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Customer ID', (c) => `SF-${c.id}`, ['_id', 'personID']],
    ['Lists', (c) => ['Newsletter', 'Newsletter; Cheese Club', 'Wholesale', ''][n(c) % 4], []],
    ['Last Delivered', (c) => etUs(c.updated), [], opt],
    ['Last Opened', (c) => (n(c) % 5 === 0 ? '' : etUs(c.updated - 86400000)), [], opt],
    ['Last Clicked', (c) => (n(c) % 3 === 0 ? '' : etUs(c.updated - 172800000)), [], opt],
    ['Total Orders', (c) => String(n(c) % 12), [], opt],
  ] },
]
