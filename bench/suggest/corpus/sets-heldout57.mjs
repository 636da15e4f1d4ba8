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
const UA_MAIL = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)']
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
    ['lastModified', (c) => f.iso(Math.max(c.created, c.updated)), [], opt],
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
  { name: 'whatcounts-subscribers-en', product: 'WhatCounts (Subscribers > Export Subscribers, CSV with the standard fields and two custom fields; a US regional newspaper\'s newsletters)', family: 'email', language: 'en', schema: P, cols: [
    ['subscriber_id', (c) => String(n(c) * 3 + 1000000), ['_id', 'personID']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first', (c) => c.first, ['person.name.firstName']],
    ['last', (c) => c.last, ['person.name.lastName']],
    ['company', (c) => (n(c) % 3 === 0 ? c.company : ''), [], opt],
    ['address_1', (c) => c.street, at(HOME, 'street1')],
    ['address_2', (c) => c.street2, at(HOME, 'street2')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, at(HOME, 'stateProvince')],
    ['zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['country', () => 'USA', at(HOME, 'country'), opt],
    ['phone', (c) => (n(c) % 2 === 0 ? usPhone(c) : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['fax', () => '', ['faxPhone.number'], opt],
    ['format', (c) => (n(c) % 8 === 0 ? '1' : '2'), []],
    ['created_date', (c) => etUs(c.created), [], opt],
    ['updated_date', (c) => etUs(c.updated), [], opt],
    ['lists', (c) => ['Morning Headlines', 'Morning Headlines,Sports Extra', 'Obituaries', 'Breaking News'][n(c) % 4], []],
    ['subscriber_type', (c) => ['Print + Digital', 'Digital Only', 'Newsletter Only'][n(c) % 3], [], opt],
    ['account_number', (c) => (n(c) % 3 === 2 ? '' : `CIRC${pad(n(c) % 1000000, 7)}`), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B marketing automation: contact exports (B)
  { name: 'emfluence-contacts-en', product: 'emfluence Marketing Platform (Contacts > Search > Export, CSV; a Kansas City credit union\'s business-banking contacts)', family: 'marketing', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(40000000 + n(c)), B2BID],
    ['Email', (c) => usWork(c), ['workEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Address 1', (c) => c.street, at(ADDR, 'street1')],
    ['Address 2', (c) => c.street2, at(ADDR, 'street2')],
    ['City', (c) => c.city, at(ADDR, 'city')],
    ['State', (c) => c.region, at(ADDR, 'stateProvince')],
    ['Zip', (c) => c.postcode, at(ADDR, 'postalCode')],
    ['Country', () => 'United States', at(ADDR, 'country'), opt],
    ['Phone', (c) => usPhone(c), ['workPhone.number']],
    ['Fax', (c) => (n(c) % 5 === 0 ? usPhone(c).replace(/\d{4}$/, '0199') : ''), ['faxPhone.number']],
    ['Date Added', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Modified', (c) => f.usTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Suppressed', (c) => (n(c) % 11 === 0 ? 'Yes' : 'No'), ['b2b.isMarketingSuspended'], opt],
    ['Groups', (c) => ['Business Banking Newsletter', 'Commercial Lending Prospects', 'Treasury Mgmt Webinar 2024'][n(c) % 3], []],
    ['Custom 1', (c) => ['Member', 'Prospect', 'Member'][n(c) % 3], [], opt],
    ['Notes', (c) => (n(c) % 4 === 0 ? 'Met at chamber breakfast' : ''), []],
  ] },

  { name: 'force24-contacts-en-gb', product: 'Force24 (Contacts > All Contacts > Export, CSV; English (UK) dates; a UK B2B software reseller)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(900000 + n(c)), B2BID],
    ['Email Address', (c) => ukWork(c), ['workEmail.address']],
    ['Title', (c) => ['Mr', 'Mrs', 'Ms', 'Dr', 'Miss'][n(c) % 5], ['person.name.courtesyTitle']],
    ['First Name', (c) => ukFirst(c), ['person.name.firstName']],
    ['Last Name', (c) => ukLast(c), ['person.name.lastName']],
    ['Job Title', (c) => ['Finance Director', 'IT Manager', 'Operations Director', 'Head of Procurement', 'Office Manager'][n(c) % 5], ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c) => ukCoOf(c), ['b2b.companyName', 'organizations[0]']],
    ['Telephone', (c) => ukTel(c), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? '' : ukMob(c)), ['mobilePhone.number']],
    ['Address Line 1', (c, o, r, i) => row(UK_ADDR, i)[0], at(WORK, 'street1')],
    ['Address Line 2', () => '', at(WORK, 'street2')],
    ['Town', (c, o, r, i) => row(UK_ADDR, i)[1], at(WORK, 'city')],
    ['County', (c, o, r, i) => row(UK_ADDR, i)[2], at(WORK, 'stateProvince'), opt],
    ['Postcode', (c, o, r, i) => row(UK_ADDR, i)[3], at(WORK, 'postalCode')],
    ['Country', () => 'United Kingdom', at(WORK, 'country'), opt],
    ['Website', (c) => `www.${slug(ukCoOf(c)).slice(0, 12)}.co.uk`, ['b2b.companyWebsite'], opt],
    ['Lead Score', (c) => String((n(c) * 7) % 180), ['b2b.personScore']],
    ['Email Opt In', (c) => (n(c) % 9 === 0 ? 'False' : 'True'), [], opt],
    ['Unsubscribed', (c) => (n(c) % 9 === 0 ? 'True' : 'False'), [], opt],
    ['Created Date', (c) => ukTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => ukTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity Date', (c) => ukTime(c.updated + 86400000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Data Source', (c) => ['Website Form', 'CRM Sync', 'Event Import', 'Manual'][n(c) % 4], ['b2b.personSource'], opt],
    ['Account Manager', (c) => ['Sam Hughes', 'Priya Shah', 'Unassigned'][n(c) % 3], []],
  ] },

  { name: 'netresults-contacts-en', product: 'Net-Results (Contacts & Accounts > Contacts > My Contacts > Export, CSV; a US industrial-equipment distributor synced with Salesforce)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(5000000 + n(c) * 3), B2BID],
    ['Email Address', (c) => usWork(c), ['workEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Work Phone', (c) => usPhone(c), ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 3 === 0 ? e164(c) : ''), ['mobilePhone.number']],
    ['Street Address', (c) => c.street, at(WORK, 'street1')],
    ['City', (c) => c.city, at(WORK, 'city')],
    ['State', (c) => c.region, at(WORK, 'stateProvince')],
    ['Zip Code', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Country', () => 'US', at(WORK, 'countryCode')],
    ['Lead Score', (c) => String((n(c) * 11) % 250), ['b2b.personScore']],
    ['Lead Stage', (c) => ['Inquiry', 'MQL', 'SAL', 'SQL', 'Customer'][n(c) % 5], ['b2b.personStatus'], opt],
    ['Lead Source', (c) => ['Web Form', 'Trade Show', 'Paid Search', 'Referral'][n(c) % 4], ['b2b.personSource'], opt],
    ['Do Not Email', (c) => (n(c) % 10 === 0 ? '1' : '0'), ['b2b.isMarketingSuspended'], opt],
    ['Email Bounced', (c) => (n(c) % 13 === 0 ? '1' : '0'), [], opt],
    ['CRM ID', (c) => `003${(n(c) * 7919).toString(36).toUpperCase().padStart(12, '0')}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['CRM Owner', (c) => ['Rick Alvarez', 'Dana Kim', 'Mark Olsen'][n(c) % 3], []],
    ['Created', (c) => etYmd(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => etYmd(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Visit', (c) => (n(c) % 4 === 0 ? '' : etYmd(c.updated - 3600000)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- consumer email, UK
  { name: 'adestra-contacts-en-gb', product: 'Adestra / Upland Adestra (Contacts > Core table > Export, CSV; the table\'s column names; a UK garden-centre chain)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c) => String(n(c) + 2000000), ['_id', 'personID']],
    ['email', (c) => ukPersonal(c), ['personalEmail.address']],
    ['title', (c) => ['Mr', 'Mrs', 'Ms', 'Miss', ''][n(c) % 5], ['person.name.courtesyTitle']],
    ['first_name', (c) => ukFirst(c), ['person.name.firstName']],
    ['surname', (c) => ukLast(c), ['person.name.lastName']],
    ['address_1', (c, o, r, i) => row(UK_ADDR, i)[0], at(HOME, 'street1')],
    ['town', (c, o, r, i) => row(UK_ADDR, i)[1], at(HOME, 'city')],
    ['county', (c, o, r, i) => row(UK_ADDR, i)[2], at(HOME, 'stateProvince'), opt],
    ['postcode', (c, o, r, i) => row(UK_ADDR, i)[3], at(HOME, 'postalCode')],
    ['mobile', (c) => (n(c) % 4 === 0 ? '' : ukMob(c)), ['mobilePhone.number']],
    ['dob', (c) => ukDate(c.birth), ['person.birthDate'], opt],
    ['gender', (c) => (c.female ? 'F' : 'M'), ['person.gender'], opt],
    ['loyalty_card_number', (c) => `6338${pad((n(c) * 7919) % 1000000000000, 12)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['loyalty_points', (c) => String((n(c) * 3) % 2400), ['loyalty.adjustedPoints', 'loyalty.lifetimePoints'], opt],
    ['preferred_store', (c) => ['Harrogate', 'Knutsford', 'Cheltenham', 'Reigate'][n(c) % 4], []],
    ['email_opt_in', (c) => (n(c) % 8 === 0 ? '0' : '1'), [], opt],
    ['sms_opt_in', (c) => (n(c) % 4 === 0 ? '0' : '1'), [], opt],
    ['created', (c) => f.ymdhms(c.created), [], opt],
    ['modified', (c) => f.ymdhms(c.updated), [], opt],
    ['source', (c) => ['Till sign-up', 'Website', 'Competition', 'Wi-Fi'][n(c) % 4], [], opt],
  ] },

  // ---------------------------------------------------------------- email activity / event exports (E)
  { name: 'responsys-ced-clicked-en', product: 'Oracle Responsys (Data > Connect > Export Feed Data: Contact Event Data, the Clicked file, CSV; a US home-goods retailer)', family: 'email', language: 'en', schema: E, cols: [
    ['EVENT_TYPE_ID', () => '4', ['eventType'], opt],
    ['ACCOUNT_ID', () => '28413', []],
    ['LIST_ID', () => '1062145', []],
    ['RIID', (c) => String(8700000000 + n(c) * 37), [], opt],
    ['CUSTOMER_ID', (c) => (n(c) % 5 === 0 ? '' : `HG${c.id}`), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['EVENT_CAPTURED_DT', (c) => rsDT(c.updated), ['timestamp']],
    ['EVENT_STORED_DT', (c) => rsDT(c.updated + 41000), [], opt],
    ['CAMPAIGN_ID', (c) => String(3140000 + n(c) % 7), ['marketing.trackingCode'], opt],
    ['EXTERNAL_CAMPAIGN_ID', (c) => ['SPR24_SALE_01', 'WK18_NEWARR', 'SPR24_SALE_02'][n(c) % 3], ['marketing.trackingCode'], opt],
    ['LAUNCH_ID', (c) => String(99800000 + n(c) % 13), [], opt],
    ['EMAIL_FORMAT', (c) => (n(c) % 10 === 0 ? 'T' : 'H'), []],
    ['OFFER_NAME', (c) => RS_OFFER[n(c) % RS_OFFER.length][0], ['web.webInteraction.name'], opt],
    ['OFFER_NUMBER', (c) => String(1 + n(c) % RS_OFFER.length), [], opt],
    ['OFFER_CATEGORY', (c) => RS_OFFER[n(c) % RS_OFFER.length][1], [], opt],
    ['OFFER_URL', (c) => RS_OFFER[n(c) % RS_OFFER.length][2], ['web.webInteraction.URL']],
    ['EMAIL', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['EMAIL_ISP', (c) => ISP[n(c) % ISP.length], [], opt],
    ['USER_AGENT_STRING', (c) => UA_MAIL[n(c) % UA_MAIL.length], ['environment.browserDetails.userAgent']],
    ['OPERATING_SYSTEM', (c) => ['iOS', 'Android', 'Windows', 'Mac OS X'][n(c) % 4], ['environment.operatingSystem']],
    ['BROWSER', (c) => ['Safari', 'Chrome', 'Edge', 'Safari'][n(c) % 4], ['environment.browserDetails.name']],
    ['BROWSER_TYPE', (c) => ['Mobile Browser', 'Mobile Browser', 'Browser', 'Email Client'][n(c) % 4], [], opt],
    ['DEVICE_TYPE', (c) => ['Mobile', 'Mobile', 'Desktop', 'Desktop'][n(c) % 4], ['device.type'], opt],
  ] },

  { name: 'cheetah-digital-email-events-en', product: 'Cheetah Digital / Marigold Engage (Reports > Event Data Export, CSV, opens, clicks, bounces and unsubscribes together; a US hotel group)', family: 'email', language: 'en', schema: E, cols: [
    ['Event ID', (c) => String(77000000000 + n(c) * 13), ['_id'], opt],
    ['Event Type', (c) => chEv(c), ['eventType'], opt],
    ['Event Date', (c) => etUs(c.updated), ['timestamp']],
    ['Email Address', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Key', (c) => `LOY${pad(n(c), 9)}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Mailing ID', (c) => CH_MAIL[n(c) % 3][0], ['marketing.trackingCode'], opt],
    ['Mailing Name', (c) => CH_MAIL[n(c) % 3][1], ['marketing.campaignName']],
    ['Subject Line', (c) => CH_MAIL[n(c) % 3][2], []],
    ['Send Date', (c) => etUs(c.updated - 86400000 * 2), [], opt],
    ['Link Name', (c) => (chEv(c) === 'Click' ? ['Book Now', 'View Offer', 'Hero Image'][n(c) % 3] : ''), ['web.webInteraction.name'], opt],
    ['Link URL', (c) => (chEv(c) === 'Click' ? 'https://www.example-hotels.com/offers/spring?cmp=em' : ''), ['web.webInteraction.URL']],
    ['Bounce Type', (c) => (chEv(c) === 'Bounce' ? ['Hard', 'Soft'][n(c) % 2] : ''), [], opt],
    ['Bounce Reason', (c) => (chEv(c) === 'Bounce' ? '550 5.1.1 User unknown' : ''), []],
    ['IP Address', (c) => `${24 + n(c) % 200}.${n(c) % 255}.${(n(c) >> 2) % 255}.${1 + n(c) % 250}`, ['environment.ipV4']],
    ['User Agent', (c) => (chEv(c) === 'Sent' ? '' : ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36'][n(c) % 2]), ['environment.browserDetails.userAgent']],
    ['Device Type', (c) => (chEv(c) === 'Sent' ? '' : ['Mobile', 'Desktop'][n(c) % 2]), ['device.type'], opt],
    ['List Name', () => 'Rewards Members US', []],
    ['Segment', (c) => ['Gold', 'Platinum', 'Member'][n(c) % 3], [], opt],
  ] },

  { name: 'clickdimensions-email-events-en', product: 'ClickDimensions (Dynamics 365: Marketing > Email Events > a view > Export to Excel, with the hidden "(Do Not Modify)" columns; a US insurance broker)', family: 'email', language: 'en', schema: E, cols: [
    ['(Do Not Modify) Email Event', (c) => `${(n(c) * 2654435761).toString(16).padStart(8, '0').slice(0, 8)}-5c1e-ef11-840a-000d3a${pad(n(c), 6)}`, ['_id'], opt],
    ['(Do Not Modify) Row Checksum', (c) => `u${(n(c) * 48271).toString(36)}Vq9x+KpZ==`, []],
    ['(Do Not Modify) Modified On', (c) => f.iso(c.updated + 60000).replace('Z', ''), [], opt],
    ['Created On', (c) => f.usTime(c.updated), ['timestamp']],
    ['Type', (c) => ckEv(c), ['eventType'], opt],
    ['Email Address', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Contact', (c) => (n(c) % 3 === 0 ? '' : c.full), []],
    ['Lead', (c) => (n(c) % 3 === 0 ? c.full : ''), []],
    ['Email Send', (c) => ['Q2 Renewal Reminder', 'Homeowners Newsletter May', 'Auto Quote Follow-up'][n(c) % 3], ['marketing.campaignName'], opt],
    ['Subject', (c) => ['Your policy renews soon', 'Spring home safety tips', 'Your auto quote is ready'][n(c) % 3], []],
    ['URL', (c) => (ckEv(c) === 'Click' ? 'https://www.example-insure.com/renew?utm_medium=email' : ''), ['web.webInteraction.URL']],
    ['IP Address', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? `${66 + n(c) % 100}.${n(c) % 255}.${(n(c) >> 3) % 255}.${1 + n(c) % 250}` : ''), ['environment.ipV4']],
    ['City', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? c.city : ''), ['placeContext.geo.city'], opt],
    ['State/Province', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? c.region : ''), ['placeContext.geo.stateProvince'], opt],
    ['Country', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? 'United States' : ''), [], opt],
    ['Device', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? ['Mobile', 'Desktop', 'Tablet'][n(c) % 3] : ''), ['device.type'], opt],
    ['Operating System', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? ['iOS', 'Windows 10', 'Android'][n(c) % 3] : ''), ['environment.operatingSystem']],
    ['Browser', (c) => (ckEv(c) === 'Open' || ckEv(c) === 'Click' ? ['Apple Mail', 'Outlook', 'Chrome'][n(c) % 3] : ''), ['environment.browserDetails.name'], opt],
    ['Bounce Reason', (c) => (ckEv(c) === 'Bounce' ? 'Mailbox full' : ''), []],
    ['Owner', () => 'ClickDimensions Service', []],
  ] },
]
