// Round 38, tune38: 12 tune sets written blind (before any round-38 tuning) by a helper that never opened the suggester,
// a scorer or a held-out set. Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const EMAIL_EV = ['endUserIDs._experience.emailid.id']
const PHONE_EV = ['endUserIDs._experience.phonenumberid.id']
const PAY_ID = [OR('payments[0].transactionID'), '_id']
const AMT = [OR('priceTotal'), OR('payments[0].paymentAmount')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const DAY = 86400000

// local formats: ISO without milliseconds, US m/d/yyyy h:mm:ss AM, German dd.MM.yyyy HH:mm:ss, French dd/MM/yyyy HH:mm
const isoNoMs = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const usSec = (ms) => { const p = parts(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const deSec = (ms) => { const p = parts(ms + 3600000); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deComma = (n) => n.toFixed(2).replace('.', ',')
const frMoney = (n) => `${n.toFixed(2).replace('.', ',')} €`
const usPhoneDigits = (c) => c.phone.replace(/\D/g, '')
const e164 = (c) => `+1${c.mobile.replace(/\D/g, '').slice(1)}`
const mdy = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const ageDe = (ms) => { const h = Math.floor(ms / 3600000) % 200; return h < 24 ? `${h} h ${ms % 60} m` : `${Math.floor(h / 24)} d ${h % 24} h` }

const US_CO = ['Brightline Analytics', 'Northwind Health', 'Cobalt Logistics', 'Juniper Labs', 'Pinecrest Software', 'Harbor Freightworks']
const PLANS = ['Free', 'Starter', 'Growth', 'Enterprise']
const DE_ITEMS = [['HD-48213', 'Akku-Bohrschrauber 18V inkl. 2 Akkus', 89.9], ['HD-10377', 'Gartenschlauch 25 m mit Brause', 24.95], ['HD-77120', 'LED Deckenleuchte dimmbar 40 W', 39.99], ['HD-55019', 'Kinder-Fahrradhelm Gr. S', 19.5], ['HD-30841', 'Kaffeevollautomat Edelstahl', 349]]
const CW_LOTS = [['Montre Seiko 5 Automatic - Homme - 1985', 'Montres'], ['Lot de 12 bouteilles - Bordeaux Saint-Émilion Grand Cru 2015', 'Vins'], ['Tintin - Le Sceptre d\'Ottokar - C1 - Édition 1947', 'Bandes dessinées'], ['Lampe champignon vintage en laiton - années 70', 'Design'], ['Pièce de 20 francs or Napoléon III 1866', 'Monnaies']]
const KS_REWARDS = [['Early Bird - Core Box', 49], ['Core Box', 59], ['Deluxe Edition', 99], ['All-In Collector Pledge', 149], ['Digital PDF', 15]]

export const SETS = [
  // ---------------------------------------------------------------- email tool (Campaigner, Contacts > Export contacts, CSV)
  { name: 'campaigner-contacts', product: 'Campaigner (Contacts > Export, standard contact fields plus custom fields, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 1200000000, 1299999999)), ID],
    ['Contact Unique Identifier', (c) => c.email, ['personalEmail.address'], opt],
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['homePhone.number', 'mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.1 ? c.phone : ''), ['faxPhone.number']],
    ['Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'HardBounce', 'Pending']), ['personalEmail.status'], opt],
    ['Email Format', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'Both', 'Text']), []],
    ['Is Test Contact', (c, o, r) => v.pick(r, ['False', 'False', 'False', 'True']), []],
    ['Date Created (UTC)', (c) => usSec(c.created), [], opt],
    ['Date Modified (UTC)', (c) => usSec(c.updated), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Import', 'Signup Form', 'API', 'Manual']), [], opt],
    ['Lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter;Customers', 'Webinar Registrants']), []],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['Birthday', (c) => mdy(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Last Open Date', (c, o, r) => (r() < 0.7 ? usSec(c.updated - 3 * DAY) : ''), [], opt],
    ['Last Click Date', (c, o, r) => (r() < 0.4 ? usSec(c.updated - 5 * DAY) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- email tool (Emma, Audience > Members > Export members, CSV)
  { name: 'emma-members', product: 'Emma (Audience > Members > Export, default member fields, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Member ID', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), ID],
    ['Member status', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'opt-out', 'error']), ['personalEmail.status'], opt],
    ['Member since', (c) => f.ymdhms(c.created), [], opt],
    ['Last modified', (c) => f.ymdhms(c.updated), [], opt],
    ['Opt-out date', (c, o, r) => (r() < 0.15 ? f.ymdhms(c.updated) : ''), [], opt],
    ['Opt-out source', (c, o, r) => (r() < 0.15 ? v.pick(r, ['user', 'admin', 'complaint']) : ''), [], opt],
    ['Groups', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter, VIP', 'Event attendees 2024']), []],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address 1', (c) => c.street, at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['Birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Signup form', (c, o, r) => v.pick(r, ['', 'Website footer', 'Spring promo popup']), []],
    ['Member type', (c, o, r) => v.pick(r, ['html', 'html', 'text']), []],
  ] },

  // ---------------------------------------------------------------- SMS tool (SMSBump / Yotpo SMS & Email, Subscribers > Export, CSV)
  { name: 'smsbump-subscribers', product: 'SMSBump (Yotpo SMS, Audience > Subscribers > Export CSV, Shopify store)', family: 'email', language: 'en', schema: P, cols: [
    ['Phone', (c) => e164(c), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Country', () => 'US', at(HOME, 'countryCode'), opt],
    ['Status', (c, o, r) => v.pick(r, ['subscribed', 'subscribed', 'subscribed', 'unsubscribed']), ['mobilePhone.status'], opt],
    ['Subscribed At', (c) => f.ymdhms(c.created), [], opt],
    ['Unsubscribed At', (c, o, r) => (r() < 0.2 ? f.ymdhms(c.updated) : ''), [], opt],
    ['Opt-in Source', (c, o, r) => v.pick(r, ['Popup Form', 'Checkout', 'Keyword: VIP', 'Import']), [], opt],
    ['Shopify Customer ID', (c, o, r) => (r() < 0.7 ? String(v.int(r, 6000000000000, 6999999999999)) : ''), ['personID'], opt],
    ['Orders Count', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Total Spent', (c, o, r) => v.money(r, 0, 900), []],
    ['Last Order At', (c, o, r) => (r() < 0.6 ? f.ymdhms(c.updated) : ''), [], opt],
    ['Birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'winback', 'vip,repeat']), []],
    ['Timezone', (c, o, r) => v.pick(r, ['America/New_York', 'America/Chicago', 'America/Los_Angeles']), []],
    ['Last Clicked At', (c, o, r) => (r() < 0.4 ? f.ymdhms(c.updated - 2 * DAY) : ''), [], opt],
    ['Messages Received', (c, o, r) => String(v.int(r, 0, 80)), []],
  ] },

  // ---------------------------------------------------------------- personal CRM (Monica, contacts as its API lists them, flattened to CSV)
  { name: 'monica-contacts', product: 'Monica personal CRM (contacts, the API contact fields flattened to one CSV row per contact)', family: 'crm', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 1, 4000)), ID],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['nickname', (c, o, r) => (r() < 0.3 ? c.first.slice(0, 3) : ''), [], opt],
    ['complete_name', (c) => c.full, ['person.name.fullName']],
    ['gender', (c) => (c.female ? 'Woman' : 'Man'), ['person.gender']],
    ['is_starred', (c, o, r) => v.pick(r, ['false', 'false', 'true']), []],
    ['is_partial', () => 'false', []],
    ['is_dead', (c, o, r) => v.pick(r, ['false', 'false', 'false', 'false', 'true']), []],
    ['description', (c, o, r) => v.pick(r, ['', 'College roommate', 'Met at the climbing gym']), []],
    ['birthdate', (c) => isoNoMs(c.birth), ['person.birthDate']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['address_street', (c) => c.street, at(HOME, 'street1')],
    ['address_city', (c) => c.city, at(HOME, 'city')],
    ['address_province', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['address_postal_code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['address_country', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['job', (c, o, r) => (r() < 0.6 ? c.job : ''), [], opt],
    ['company', (c, o, r) => (r() < 0.6 ? c.company : ''), ['organizations[0]'], opt],
    ['how_you_met', (c, o, r) => v.pick(r, ['', 'Through work', 'Friend of Sarah']), []],
    ['first_met_date', (c, o, r) => (r() < 0.4 ? isoNoMs(c.created - 400 * DAY) : ''), [], opt],
    ['food_preferences', (c, o, r) => v.pick(r, ['', '', 'Vegetarian', 'No nuts']), []],
    ['last_called', (c, o, r) => (r() < 0.5 ? isoNoMs(c.updated) : ''), [], opt],
    ['last_activity_together', (c, o, r) => (r() < 0.5 ? isoNoMs(c.updated - 9 * DAY) : ''), [], opt],
    ['stay_in_touch_frequency', (c, o, r) => v.pick(r, ['', '7', '30', '90']), []],
    ['created_at', (c) => isoNoMs(c.created), [], opt],
    ['updated_at', (c) => isoNoMs(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships / donor CRM (DonorPerfect, donor export with its DP field names)
  { name: 'donorperfect-donors', product: 'DonorPerfect (Reports > Export, donor main-screen fields under their DP field names, CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['donor_id', (c, o, r) => String(v.int(r, 100, 48000)), ID],
    ['title', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['middle_name', (c, o, r) => (r() < 0.3 ? v.pick(r, ['A', 'J', 'M']) : ''), ['person.name.middleName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['suffix', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Jr.', 'III']) : ''), ['person.name.suffix']],
    ['salutation', (c) => `Dear ${c.first}`, [], opt],
    ['prof_title', (c, o, r) => (r() < 0.2 ? 'Dr.' : ''), [], opt],
    ['opt_line', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['address', (c) => c.street, at(HOME, 'street1')],
    ['address2', (c) => c.street2, at(HOME, 'street2')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['country', () => 'US', at(HOME, 'countryCode')],
    ['address_type', (c, o, r) => v.pick(r, ['HOME', 'HOME', 'BUSINESS']), [], opt],
    ['home_phone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['homePhone.number']],
    ['business_phone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['workPhone.number']],
    ['fax_phone', (c, o, r) => (r() < 0.05 ? c.phone : ''), ['faxPhone.number']],
    ['mobile_phone', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['org_rec', (c, o, r) => v.pick(r, ['N', 'N', 'N', 'Y']), [], opt],
    ['donor_type', (c, o, r) => v.pick(r, ['IN', 'IN', 'CO', 'FD']), ['person.type'], opt],
    ['nomail', (c, o, r) => v.pick(r, ['N', 'N', 'N', 'Y']), [], opt],
    ['nomail_reason', (c, o, r) => v.pick(r, ['', '', '', 'DE', 'RQ']), [], opt],
    ['narrative', (c, o, r) => v.pick(r, ['', '', 'Board member 2019-2022', 'Prefers phone calls']), []],
    ['created_date', (c) => mdy(c.created), [], opt],
    ['modified_date', (c) => mdy(c.updated), [], opt],
    ['gifts', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['gift_total', (c, o, r) => v.money(r, 0, 25000), []],
    ['last_contrib_amt', (c, o, r) => v.money(r, 10, 1000), []],
    ['max_amt', (c, o, r) => v.money(r, 25, 5000), []],
    ['yrs_donated', (c, o, r) => String(v.int(r, 1, 15)), []],
  ] },

  // ---------------------------------------------------------------- product adoption (Chameleon, user profiles: Segment > Export CSV, its profile fields)
  { name: 'chameleon-user-profiles', product: 'Chameleon (user profiles of a Segment, Export to CSV; Chameleon\'s profile fields plus the app\'s own properties)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => v.hex(r, 24), [], opt],
    ['uid', (c) => `usr_${c.id}`, B2BID],
    ['email', (c, o, r, i) => `${ascii(c.first)}.${ascii(c.last)}@${ascii(row(US_CO, i))}.com`, ['workEmail.address', 'personalEmail.address']],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['role', (c, o, r) => v.pick(r, ['admin', 'member', 'member', 'billing']), [], opt],
    ['plan', (c, o, r) => v.pick(r, PLANS), []],
    ['company.uid', (c, o, r, i) => `acc_${1000 + (i % 6)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['company.name', (c, o, r, i) => row(US_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['created_at', (c) => isoNoMs(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['updated_at', (c) => isoNoMs(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['last_seen_at', (c) => isoNoMs(c.updated + DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['last_seen_session_count', (c, o, r) => String(v.int(r, 1, 600)), []],
    ['browser_n', (c, o, r) => v.pick(r, ['chrome', 'safari', 'firefox', 'edge']), [], opt],
    ['browser_k', (c, o, r) => v.pick(r, ['desktop', 'desktop', 'mobile']), [], opt],
    ['browser_x', (c, o, r) => v.pick(r, ['1440', '1920', '1280', '390']), []],
    ['browser_l', (c, o, r) => v.pick(r, ['en-US', 'en-US', 'en-GB', 'de-DE']), [], opt],
    ['browser_tz', (c, o, r) => v.pick(r, ['-5', '-8', '0', '1']), []],
    ['percent', (c, o, r) => (r() * 100).toFixed(0), []],
    ['signed_up_at', (c) => isoNoMs(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['job_title', (c, o, r) => (r() < 0.7 ? c.job : ''), ['extendedWorkDetails.jobTitle']],
    ['onboarding_completed', (c) => String(c.bool), []],
    ['tours_seen', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['last_tour_completed_at', (c, o, r) => (r() < 0.5 ? isoNoMs(c.updated) : ''), [], opt],
  ] },
]
