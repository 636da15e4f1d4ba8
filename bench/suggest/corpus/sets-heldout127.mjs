// Round 58, heldout127: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from the US, the UK and Australia: a
// marketing-automation tool's contacts (US), a sales-engagement tool's prospects (UK), a customer-success platform's
// client contacts (AU), a product-analytics/event-tracking tool's events (UK), a survey tool's responses (US), a live-chat
// tool's chat sessions (UK), a subscription-billing tool's invoices (US), an affiliate network's transactions (AU), a
// review platform's reviews (UK), a fundraising platform's donations (AU), a website builder's online-store customers
// (US) and a restaurant reservation system's guest list (AU). LogSnag's event fields (project, channel, event,
// description, icon, notify, tags, user_id, timestamp) were seen in its API docs and WhosOn's chat-session columns
// (visitor name, date, waited for, taken by, skills, rating, sentiment, callback) on its support wiki; the rest is
// written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, shift, row, dmy, ymd, mdy, hms, hm, hm12, local, dec } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const us = (ms) => local(ms, -5) // US Eastern
const uk = (ms) => local(ms, 0) // London
const aest = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 9 ? 10 : 11) } // Sydney / Melbourne
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
const WE = ['workEmail.address', 'personalEmail.address']
const GEO = (leaf) => `placeContext.geo.${leaf}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x9e3779b9); r(); r(); return r }
const d = (r, k) => Array.from({ length: k }, () => v.int(r, 0, 9)).join('')
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const FIRST = { m: ['James', 'Oliver', 'Jack', 'Thomas', 'Daniel', 'Matthew', 'Liam', 'Ethan', 'Harry', 'Noah', 'Ryan', 'Lachlan'], f: ['Charlotte', 'Emily', 'Olivia', 'Sophie', 'Chloe', 'Grace', 'Amelia', 'Jessica', 'Hannah', 'Isla', 'Megan', 'Zoe'] }
const LAST = { us: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Wilson', 'Anderson', 'Thompson', 'Martinez', 'Hernandez', 'Moore', 'Jackson'],
  uk: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Evans', 'Wright', 'Walker', 'Hughes', 'Roberts', 'Patel', 'Wood'],
  au: ['Smith', 'Nguyen', 'Kelly', 'Ryan', 'Walsh', 'Murphy', 'Mitchell', 'Campbell', 'Harris', 'Clarke', 'Chen', 'Morgan'] }
// [city/town/suburb, state/county, postcode, area code]
const PLACES = {
  us: [['Columbus', 'OH', '43215', '614', 'N High St'], ['Raleigh', 'NC', '27601', '919', 'Glenwood Ave'], ['Tampa', 'FL', '33602', '813', 'Bayshore Blvd'], ['Minneapolis', 'MN', '55401', '612', 'Hennepin Ave'], ['Sacramento', 'CA', '95814', '916', 'J St'], ['Nashville', 'TN', '37203', '615', 'Broadway'], ['Phoenix', 'AZ', '85004', '602', 'E Camelback Rd'], ['Richmond', 'VA', '23219', '804', 'Monument Ave']],
  uk: [['Manchester', 'Greater Manchester', 'M4 1HN', '0161'], ['Leeds', 'West Yorkshire', 'LS1 4DY', '0113'], ['Bristol', 'Bristol', 'BS1 5TR', '0117'], ['Brighton', 'East Sussex', 'BN1 3FE', '01273'], ['Glasgow', 'Glasgow City', 'G2 4JR', '0141'], ['Nottingham', 'Nottinghamshire', 'NG1 5FS', '0115'], ['Cardiff', 'South Glamorgan', 'CF10 1EP', '029'], ['Reading', 'Berkshire', 'RG1 2HL', '0118']],
  au: [['Fitzroy', 'VIC', '3065', '03'], ['Surry Hills', 'NSW', '2010', '02'], ['New Farm', 'QLD', '4005', '07'], ['Subiaco', 'WA', '6008', '08'], ['Norwood', 'SA', '5067', '08'], ['Brunswick', 'VIC', '3056', '03'], ['Manly', 'NSW', '2095', '02'], ['Glenelg', 'SA', '5045', '08']],
}
const STREETS = {
  us: (r, st) => `${v.int(r, 100, 9899)} ${st}`,
  uk: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Queens Road', 'The Crescent'])}`,
  au: (r) => `${r() < 0.3 ? `${v.int(r, 1, 24)}/` : ''}${v.int(r, 1, 260)} ${v.pick(r, ['Brunswick St', 'Crown St', 'Merthyr Rd', 'Rokeby Rd', 'The Parade', 'Sydney Rd', 'Pittwater Rd', 'Jetty Rd'])}`,
}
const MAIL = { us: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'], uk: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'], au: ['gmail.com', 'bigpond.com', 'outlook.com', 'optusnet.com.au', 'icloud.com'] }
const loc = (c, cc) => keep(`${cc}:${c.id}:${c.first}`, () => {
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? FIRST.f : FIRST.m), last = v.pick(r, LAST[cc])
  const [city, state, zip, area, st] = v.pick(r, PLACES[cc])
  const mobile = cc === 'us' ? `(${area}) ${v.int(r, 201, 989)}-${d(r, 4)}` : cc === 'uk' ? `07${v.pick(r, ['7', '8', '9', '4'])}${d(r, 2)} ${d(r, 6)}` : `04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`
  const intl = cc === 'us' ? `+1${mobile.replace(/\D/g, '')}` : cc === 'uk' ? `+44${mobile.replace(/\D/g, '').slice(1)}` : `+61${mobile.replace(/\D/g, '').slice(1)}`
  const land = cc === 'us' ? `(${area}) ${v.int(r, 201, 989)}-${d(r, 4)}` : cc === 'uk' ? `${area} ${area.length === 4 ? `${d(r, 3)} ${d(r, 4)}` : area.length === 3 ? `${d(r, 4)} ${d(r, 4)}` : d(r, 6)}` : `(${area}) ${d(r, 4)} ${d(r, 4)}`
  return { female, first, last, full: `${first} ${last}`, city, state, zip, area, street: STREETS[cc](r, st), mobile, intl, land,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[cc])}`,
    birth: Date.UTC(1955 + v.int(r, 0, 45), v.int(r, 0, 11), v.int(r, 1, 28)) }
})
const usp = (c) => loc(c, 'us')
const ukp = (c) => loc(c, 'uk')
const aup = (c) => loc(c, 'au')
const ip = (c) => `${[73, 98, 174, 86, 81, 101, 110, 203][+c.id % 8]}.${+c.id % 250}.${(+c.id >> 3) % 250}.${(+c.id >> 5) % 250 + 1}`

// ---------------------------------------------------------------- firms
// B2B firms: [company, domain, industry, employees]
const US_FIRMS = [['Summit Ridge Dental Group', 'summitridgedental.com', 'Health Care', '51-200'], ['Brightwater HVAC Services', 'brightwaterhvac.com', 'Construction', '11-50'], ['Keystone Title & Escrow', 'keystonetitle.com', 'Real Estate', '11-50'], ['Northfield Credit Union', 'northfieldcu.org', 'Financial Services', '201-500'], ['Cedar & Pine Landscaping', 'cedarpinelandscapes.com', 'Consumer Services', '11-50'], ['Lakeshore Physical Therapy', 'lakeshorept.com', 'Health Care', '51-200']]
const UK_FIRMS = [['Harrow & Finch Recruitment', 'harrowfinch.co.uk', 'Staffing & Recruiting'], ['Pennine Logistics Ltd', 'penninelogistics.co.uk', 'Transportation & Logistics'], ['Greyfriars Legal LLP', 'greyfriarslegal.co.uk', 'Legal Services'], ['Tamar Valley Foods Ltd', 'tamarvalleyfoods.co.uk', 'Food Production'], ['Clearline Facilities Management', 'clearlinefm.co.uk', 'Facilities Services'], ['Orbit Print Group', 'orbitprint.co.uk', 'Printing']]
const AU_FIRMS = [['Coastline Physio Group', 'coastlinephysio.com.au', 'Enterprise'], ['Red Gum Constructions Pty Ltd', 'redgumconstructions.com.au', 'Growth'], ['Harbourside Accounting', 'harbourside.com.au', 'Growth'], ['Banksia Aged Care', 'banksiacare.org.au', 'Enterprise'], ['Southern Cross Freight', 'scfreight.com.au', 'Starter'], ['Wattle Early Learning', 'wattlelearning.com.au', 'Growth']]
const usFirm = (c) => row(US_FIRMS, n(c) >> 1)
const ukFirm = (c) => row(UK_FIRMS, n(c) >> 1)
const auFirm = (c) => row(AU_FIRMS, n(c) >> 1)
const JOBS = ['Practice Manager', 'Operations Director', 'Head of Marketing', 'Office Manager', 'Finance Director', 'Managing Director', 'HR Manager', 'IT Manager']
const job = (c) => row(JOBS, n(c) >> 2)

// ---------------------------------------------------------------- catalogues
const REEVOO = [['BX-44821', 'Bosch Serie 6 WGG244A9GB 9kg Washing Machine', 'Washing machines'], ['SM-QE55Q80C', 'Samsung 55" Q80C QLED 4K Smart TV', 'Televisions'], ['DY-V15DET', 'Dyson V15 Detect Absolute Cordless Vacuum', 'Vacuum cleaners'], ['NJ-AF400UK', 'Ninja Foodi MAX Dual Zone Air Fryer AF400UK', 'Air fryers'], ['HP-ENVY6420', 'HP ENVY 6420e All-in-One Printer', 'Printers'], ['LG-GBB72PZ', 'LG GBB72PZVCN Fridge Freezer', 'Fridge freezers']]
const CZ_PLANS = [['Managed IT - Essentials (Monthly)', 349], ['Managed IT - Professional (Monthly)', 749], ['Microsoft 365 Business Standard x 10', 125], ['Cloud Backup 1TB (Monthly)', 59], ['VoIP Seat x 8 (Monthly)', 199.6], ['Managed IT - Professional (Annual)', 8088]]
const CF_AFFS = [['40817', 'OzBargain Deals Network'], ['28833', 'Cashrewards'], ['51204', 'ShopBack Australia'], ['33190', 'Finder.com.au'], ['47762', 'Frugal Feeds'], ['39011', 'Little Gold Pixel (blog)']]
const CF_ITEMS = [[84.95, 'Merino Crew Knit'], [129.0, 'Linen Shirt Dress'], [59.95, 'Organic Cotton Tee 2-Pack'], [219.0, 'Wool Blend Overcoat'], [39.95, 'Bamboo Sock Bundle'], [149.0, 'Relaxed Chino']]
const GN_CAMPAIGNS = ['Winter Appeal 2024', 'General Donation', 'Christmas Hamper Appeal', 'Bushfire Recovery Fund', 'General Donation', 'Tax Time Appeal']
const GD_TAGS = ['', 'wholesale', '', 'vip', '', 'local pickup']
const NBI_TAGS = ['', 'Regular', 'VIP', '', 'Dietary: Coeliac', 'Industry', '', 'Vegetarian']

export const SETS = [
  // ---------------------------------------------------------------- 1. US marketing automation: contacts (B)
  { name: 'vbout-contacts-list-export', product: 'VBOUT (Contacts > Lists > a list > Export contacts (CSV), one row per contact, English UI, a US dental-practice-management consultancy marketing to practice managers)', family: 'marketing-automation', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(58000000 + n(c) * 37), B2BID],
    ['Email', (c) => `${slug(usp(c).first)}.${slug(usp(c).last)}@${usFirm(c)[1]}`, WE],
    ['First Name', (c) => usp(c).first, ['person.name.firstName']],
    ['Last Name', (c) => usp(c).last, ['person.name.lastName']],
    ['Phone', (c) => usp(c).land, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 ? usp(c).mobile : ''), ['mobilePhone.number']],
    ['Company', (c) => usFirm(c)[0], CO],
    ['Job Title', (c) => job(c), ['extendedWorkDetails.jobTitle']],
    ['Website', (c) => `https://www.${usFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Address', (c) => usp(c).street, at(['workAddress', 'mailingAddress'], 'street1')],
    ['City', (c) => usp(c).city, at(['workAddress', 'mailingAddress'], 'city')],
    ['State', (c) => usp(c).state, STATE(['workAddress', 'mailingAddress'])],
    ['Zip Code', (c) => usp(c).zip, at(['workAddress', 'mailingAddress'], 'postalCode')],
    ['Country', () => 'United States', at(['workAddress', 'mailingAddress'], 'country')],
    ['Status', (c) => row(['Active', 'Active', 'Active', 'Unsubscribed', 'Active', 'Bounced'], n(c)), ['b2b.personStatus'], opt],
    ['Lead Score', (c) => String((n(c) * 7) % 120), ['b2b.personScore']],
    ['Lists', () => 'Practice Managers 2024', []],
    ['Tags', (c) => row(['webinar-attendee', '', 'ebook-download;webinar-attendee', 'demo-request', ''], n(c)), []],
    ['Source', (c) => row(['Landing Page', 'Import', 'Form', 'API', 'Landing Page'], n(c)), ['b2b.personSource'], opt],
    ['IP Address', (c) => (n(c) % 4 ? ip(c) : ''), []],
    ['Date Added', (c) => { const p = us(c.created); return `${mdy(p)} ${hm12(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity', (c) => { const p = us(later(c)); return `${mdy(p)} ${hm12(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Email Opens', (c) => String(n(c) % 23), []],
    ['Email Clicks', (c) => String(n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- 2. UK sales engagement: prospects (B)
  { name: 'persistiq-prospects-export', product: 'PersistIQ (Prospects > select all > Export to CSV, one row per prospect, English UI, a Manchester HR-software reseller\'s outbound campaigns)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Id', (c) => `p_${v.rng(n(c))().toString(36).slice(2, 8)}`, B2BID],
    ['First Name', (c) => ukp(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ukp(c).last, ['person.name.lastName']],
    ['Email', (c) => `${slug(ukp(c).first)}${n(c) % 2 ? '.' + slug(ukp(c).last) : slug(ukp(c).last)[0]}@${ukFirm(c)[1]}`, WE],
    ['Company Name', (c) => ukFirm(c)[0], CO],
    ['Title', (c) => job(c), ['extendedWorkDetails.jobTitle']],
    ['Industry', (c) => ukFirm(c)[2], []],
    ['Phone', (c) => (n(c) % 3 ? ukp(c).land : ''), ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 4 === 0 ? ukp(c).mobile : ''), ['mobilePhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(ukp(c).first)}-${slug(ukp(c).last)}-${(n(c) % 900) + 100}`, []],
    ['Twitter', (c) => (n(c) % 5 === 0 ? `@${slug(ukp(c).first)}${slug(ukp(c).last).slice(0, 3)}` : ''), []],
    ['Address', (c) => ukp(c).street, [W('street1')]],
    ['City', (c) => ukp(c).city, [W('city')]],
    ['State', (c) => ukp(c).state, STATE(['workAddress'])],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['Status', (c) => row(['active', 'active', 'replied', 'bounced', 'opted_out', 'finished', 'active'], n(c)), ['b2b.personStatus'], opt],
    ['Campaign', (c) => row(['Q3 Outbound - Practice & Ops Leads', 'HR Directors North West', 'Q3 Outbound - Practice & Ops Leads'], n(c)), [], opt],
    ['Owner', (c) => row(['Ben Ashworth', 'Priya Shah', 'Tom Kershaw'], n(c)), []],
    ['Opted Out', (c) => (n(c) % 7 === 4 ? 'true' : 'false'), ['b2b.isMarketingSuspended', 'b2b.personOptInOut.globalOptout'], opt],
    ['Bounced', (c) => (n(c) % 7 === 3 ? 'true' : 'false'), [], opt],
    ['Last Contacted', (c) => { const p = uk(later(c)); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created At', (c) => { const p = uk(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Snippet 1', (c) => row(['saw you are hiring for two site managers', 'congrats on the new Leeds office', ''], n(c)), []],
  ] },
  // ---------------------------------------------------------------- 3. AU customer success: client contacts (B)
  { name: 'clientsuccess-client-contacts-export', product: 'ClientSuccess (Clients > Contacts view > Export, one row per contact of a client account, English UI, a Melbourne rostering-software company\'s customer-success team)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Client Name', (c) => auFirm(c)[0], CO],
    ['Client ID', (c) => String(1400000 + (n(c) >> 1) % 5000), ['b2b.accountKey.sourceID', 'b2b.accountID']],
    ['Contact ID', (c) => String(9100000 + n(c)), B2BID],
    ['First Name', (c) => aup(c).first, ['person.name.firstName']],
    ['Last Name', (c) => aup(c).last, ['person.name.lastName']],
    ['Title', (c) => job(c), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => `${slug(aup(c).first)}.${slug(aup(c).last)}@${auFirm(c)[1]}`, WE],
    ['Phone', (c) => aup(c).land, ['workPhone.number']],
    ['Mobile', (c) => aup(c).mobile, ['mobilePhone.number']],
    ['Executive Sponsor', (c) => (n(c) % 5 === 0 ? 'Yes' : 'No'), []],
    ['Champion', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
    ['Role', (c) => row(['Admin', 'Billing', 'End User', 'Decision Maker', 'End User'], n(c)), ['b2b.personType'], opt],
    ['Status', (c) => (n(c) % 9 === 0 ? 'Inactive' : 'Active'), ['b2b.personStatus'], opt],
    ['Last NPS Score', (c) => (n(c) % 4 === 0 ? '' : String(n(c) % 11)), []],
    ['Last Login', (c) => { const p = aest(later(c)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Client Segment', (c) => auFirm(c)[2], []],
    ['Success Manager', (c) => row(['Jess Tran', 'Marcus O\'Brien', 'Hayley Fraser'], n(c) >> 1), []],
    ['Street', (c) => aup(c).street, [W('street1')]],
    ['City', (c) => aup(c).city, [W('city')]],
    ['State', (c) => aup(c).state, STATE(['workAddress'])],
    ['Postal Code', (c) => aup(c).zip, [W('postalCode')]],
    ['Country', () => 'Australia', [W('country')]],
    ['Created Date', (c) => dmy(aest(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- 4. UK event tracking: events (E)
  { name: 'logsnag-events-export', product: 'LogSnag (project > Events feed > Export CSV, one row per tracked event, English UI, a London invoicing SaaS tracking sign-ups, payments and feature use; tag columns as its tags)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.alnum(r, 20).toLowerCase(), ['_id']],
    ['project', () => 'ledgerly-app', []],
    ['channel', (c, o) => row(['signups', 'payments', 'features', 'payments', 'onboarding', 'features'], n(o)), [], opt],
    ['event', (c, o) => row(['User Signed Up', 'New Subscription', 'Invoice Sent', 'Payment Failed', 'Bank Feed Connected', 'Export Downloaded'], n(o)), ['eventType', 'web.webInteraction.name'], opt],
    ['description', (c, o) => row([`Email: ${ukp(c).email}`, 'Plan: Pro (annual)', 'Invoice INV-0042 sent to client', 'Card declined: insufficient funds', 'Provider: Starling', 'CSV export of 214 invoices'], n(o)), []],
    ['icon', (c, o) => row(['🎉', '💰', '🧾', '⚠️', '🏦', '📤'], n(o)), []],
    ['notify', (c, o) => (n(o) % 3 === 0 ? 'true' : 'false'), []],
    ['user_id', (c) => `usr_${(n(c) * 7919).toString(36)}`, CUST_ID],
    ['tags.email', (c, o) => (n(o) % 6 === 0 ? ukp(c).email : ''), EMAIL_ID],
    ['tags.plan', (c, o) => row(['free', 'pro', 'pro', 'starter', 'free', 'pro'], n(o) >> 1), [], opt],
    ['tags.cycle', (c, o) => (n(o) % 6 === 1 ? row(['monthly', 'annual'], n(c)) : ''), []],
    ['tags.amount', (c, o) => (n(o) % 6 === 1 ? row(['12.00', '120.00', '29.00'], n(c)) : ''), [OR('priceTotal')], opt],
    ['tags.currency', (c, o) => (n(o) % 6 === 1 ? 'GBP' : ''), [OR('currencyCode')], opt],
    ['tags.source', (c, o) => row(['google', 'direct', 'xero-marketplace', 'capterra', 'direct'], n(o)), ['marketing.trackingCode'], opt],
    ['tags.device', (c, o) => row(['desktop', 'desktop', 'mobile', 'desktop', 'tablet'], n(o) >> 1), ['device.type'], opt],
    ['tags.browser', (c, o) => row(['chrome', 'safari', 'edge', 'firefox', 'chrome'], n(o) >> 2), ['environment.browserDetails.name'], opt],
    ['tags.country', (c, o) => row(['gb', 'gb', 'gb', 'ie', 'gb', 'us'], n(o)), [GEO('countryCode')], opt],
    ['tags.path', (c, o) => row(['/signup', '/billing/upgrade', '/invoices/new', '/billing', '/settings/bank-feeds', '/invoices'], n(o)), ['web.webPageDetails.URL'], opt],
    ['parser', () => 'text', []],
    ['timestamp', (c, o) => String(Math.floor(o.at / 1000)), ['timestamp']],
    ['created_at', (c, o) => new Date(o.at + 1000).toISOString(), [], opt],
  ] },
  // ---------------------------------------------------------------- 5. US survey: responses (P)
  { name: 'crowdsignal-survey-results-csv', product: 'Crowdsignal (formerly Polldaddy; Results > Export > CSV of all responses, one row per respondent, English UI, a Tampa home-builder\'s buyer-interest survey with a contact-details block)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Response ID', (c) => String(410000000 + n(c) * 13), ['_id', 'personID'], opt],
    ['Start Date', (c) => { const p = us(c.created); return `${mdy(p)} ${hms(p)}` }, []],
    ['Completed Date', (c) => { const p = us(c.created + 300000 + (n(c) % 600) * 1000); return `${mdy(p)} ${hms(p)}` }, [], opt],
    ['Status', (c) => (n(c) % 8 === 0 ? 'Partial' : 'Completed'), []],
    ['IP Address', (c) => ip(c), []],
    ['Country', () => 'United States', [...at(HOME, 'country')], opt],
    ['Referrer', (c) => row(['https://www.facebook.com/', 'https://www.baywoodhomes.com/communities', '', 'https://mail.google.com/'], n(c)), []],
    ['Q1. First Name', (c) => usp(c).first, ['person.name.firstName']],
    ['Q1. Last Name', (c) => usp(c).last, ['person.name.lastName']],
    ['Q2. Email Address', (c) => usp(c).email, ['personalEmail.address']],
    ['Q3. Phone Number', (c) => usp(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Q4. Street Address', (c) => usp(c).street, at(HOME, 'street1')],
    ['Q4. City', (c) => usp(c).city, at(HOME, 'city')],
    ['Q4. State', (c) => usp(c).state, STATE(HOME)],
    ['Q4. Zip Code', (c) => usp(c).zip, at(HOME, 'postalCode')],
    ['Q5. Date of Birth', (c) => mdy(v.parts(usp(c).birth)), ['person.birthDate']],
    ['Q6. Gender', (c) => (usp(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Q7. Marital status', (c) => row(['Married', 'Single', 'Married', 'Divorced', 'Prefer not to say'], n(c)), ['person.maritalStatus']],
    ['Q8. How many bedrooms are you looking for?', (c) => row(['3', '4', '4+', '2', '3'], n(c)), []],
    ['Q9. What is your price range?', (c) => row(['$300,000 - $399,999', '$400,000 - $499,999', 'Under $300,000', '$500,000+'], n(c)), []],
    ['Q10. When are you planning to buy?', (c) => row(['Within 3 months', '3-6 months', '6-12 months', 'Just browsing'], n(c)), []],
    ['Q11. Are you currently working with a realtor?', (c) => (n(c) % 3 ? 'No' : 'Yes'), []],
    ['Q12. May we contact you about new communities?', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- 6. UK live chat: chat sessions (E)
  { name: 'whoson-chat-sessions-export', product: 'WhosOn (Parker Software; WhosOn Data portal > Chat Sessions > View As Table > Export CSV, one row per chat, English UI, a Leeds energy-switching broker\'s website chats)', family: 'support', language: 'en', schema: E, cols: [
    ['Chat ID', (c, o) => String(2400000 + n(o) * 3), ['_id']],
    ['Site', () => 'www.switchwise.co.uk', ['environment.domain', 'web.webPageDetails.server'], opt],
    ['Date', (c, o) => { const p = uk(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Visitor Name', (c) => ukp(c).full, []],
    ['Visitor Email', (c, o) => (n(o) % 4 ? ukp(c).email : ''), EMAIL_ID],
    ['Visitor Phone', (c, o) => (n(o) % 3 === 0 ? ukp(c).mobile : ''), PHONE_ID],
    ['Visitor Company', (c, o) => (n(o) % 5 === 0 ? ukFirm(c)[0] : ''), []],
    ['Skills', (c, o) => row(['Home Energy', 'Business Energy', 'Home Energy', 'Billing Queries', 'Home Energy'], n(o)), []],
    ['Waited For', (c, o) => `00:00:${pad(5 + (n(o) % 50))}`, []],
    ['Taken By', (c, o) => (n(o) % 11 === 0 ? '' : row(['Sophie Hall', 'Callum Reid', 'Aisha Begum', 'Mark Dobson'], n(o) >> 1)), []],
    ['Chat Duration', (c, o) => `00:${pad(2 + (n(o) % 19))}:${pad(n(o) % 60)}`, []],
    ['Missed', (c, o) => (n(o) % 11 === 0 ? 'Yes' : 'No'), []],
    ['Rating', (c, o) => (n(o) % 3 === 0 ? '' : String(1 + (n(o) % 5))), []],
    ['Sentiment', (c, o) => row(['Positive', 'Neutral', 'Positive', 'Negative', 'Neutral'], n(o)), []],
    ['Callback', (c, o) => (n(o) % 7 === 0 ? 'Yes' : 'No'), []],
    ['Wrap Up', (c, o) => row(['Quote given', 'Switch completed', 'Referred to email', 'No answer needed', 'Quote given'], n(o)), []],
    ['IP Address', (c) => ip(c), ['environment.ipV4']],
    ['Location', (c) => `${ukp(c).city}, United Kingdom`, [], opt],
    ['Town', (c) => ukp(c).city, [GEO('city')], opt],
    ['Country', () => 'GB', [GEO('countryCode')], opt],
    ['Chat Page', (c, o) => row(['https://www.switchwise.co.uk/compare', 'https://www.switchwise.co.uk/business-energy', 'https://www.switchwise.co.uk/', 'https://www.switchwise.co.uk/help/billing'], n(o)), ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => row(['https://www.google.co.uk/', '', 'https://www.bing.com/', 'https://www.moneysavingexpert.com/'], n(o)), ['web.webReferrer.URL']],
    ['Browser', (c, o) => row(['Chrome 124', 'Safari 17', 'Edge 124', 'Chrome Mobile 124', 'Samsung Internet 24'], n(o) >> 1), ['environment.browserDetails.name'], opt],
    ['Operating System', (c, o) => row(['Windows 10', 'iOS 17.4', 'Windows 11', 'Android 14', 'macOS 14'], n(o) >> 1), ['environment.operatingSystem'], opt],
  ] },
  // ---------------------------------------------------------------- 7. US subscription billing: invoices (E)
  { name: 'chargezoom-invoices-export', product: 'Chargezoom (Invoices > Export, one row per invoice, English UI, a Richmond managed-IT provider billing small-business clients monthly)', family: 'invoicing', language: 'en', schema: E, cols: [
    ['Invoice #', (c, o) => String(10200 + n(o) % 9000), [OR('purchaseID')]],
    ['Invoice Date', (c, o) => mdy(us(o.at)), ['timestamp', OR('createdDate')]],
    ['Due Date', (c, o) => mdy(us(o.at + 30 * day)), []],
    ['Customer ID', (c) => String(3000 + n(c) % 4000), CUST_ID],
    ['Customer', (c) => usFirm(c)[0], []],
    ['Contact', (c) => usp(c).full, []],
    ['Email', (c) => `ap@${usFirm(c)[1]}`, EMAIL_ID],
    ['Phone', (c) => usp(c).land, PHONE_ID, opt],
    ['Subscription', (c, o) => row(CZ_PLANS, n(o))[0], [PL('name')]],
    ['Qty', () => '1', [PL('quantity')], opt],
    ['Subtotal', (c, o) => dec(row(CZ_PLANS, n(o))[1], '.'), [PL('priceTotal')], opt],
    ['Tax', (c, o) => dec(row(CZ_PLANS, n(o))[1] * 0.053, '.'), [OR('taxAmount')]],
    ['Total', (c, o) => dec(row(CZ_PLANS, n(o))[1] * 1.053, '.'), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => (n(o) % 5 === 0 ? '0.00' : dec(row(CZ_PLANS, n(o))[1] * 1.053, '.')), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o) => (n(o) % 5 === 0 ? dec(row(CZ_PLANS, n(o))[1] * 1.053, '.') : '0.00'), []],
    ['Status', (c, o) => (n(o) % 5 === 0 ? (n(o) % 2 ? 'Past Due' : 'Open') : 'Paid'), []],
    ['Payment Method', (c, o) => (n(o) % 5 === 0 ? '' : row(['Visa ending 4242', 'ACH - Checking', 'Mastercard ending 5100', 'ACH - Checking'], n(c))), [OR('payments[0].paymentType')], opt],
    ['Transaction ID', (c, o, r) => (n(o) % 5 === 0 ? '' : String(v.int(r, 60000000000, 69999999999))), [OR('payments[0].transactionID')]],
    ['Paid Date', (c, o) => (n(o) % 5 === 0 ? '' : mdy(us(o.at + 2 * day))), [], opt],
    ['Billing Address', (c) => usp(c).street, [BILL('street1')]],
    ['Billing City', (c) => usp(c).city, [BILL('city')]],
    ['Billing State', (c) => usp(c).state, [BILL('stateProvince'), BILL('state')]],
    ['Billing Zip', (c) => usp(c).zip, [BILL('postalCode')]],
    ['Billing Country', () => 'US', [BILL('countryCode')]],
    ['QuickBooks Synced', (c, o) => (n(o) % 9 === 0 ? 'No' : 'Yes'), []],
  ] },
  // ---------------------------------------------------------------- 8. AU affiliate network: transactions (E)
  { name: 'commission-factory-transactions-export', product: 'Commission Factory (merchant dashboard: Reports > Transactions > Export CSV, one row per tracked sale, English UI, a Melbourne fashion label\'s affiliate programme)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Id', (c, o) => String(71000000 + n(o) * 11), ['_id']],
    ['Date Created', (c, o) => { const p = aest(o.at); return `${dmy(p, '/')} ${hm12(p)}` }, ['timestamp']],
    ['Date Modified', (c, o) => { const p = aest(o.at + 6 * day); return `${dmy(p, '/')} ${hm12(p)}` }, [], opt],
    ['Affiliate Id', (c, o) => row(CF_AFFS, n(o) >> 1)[0], []],
    ['Affiliate Name', (c, o) => row(CF_AFFS, n(o) >> 1)[1], []],
    ['Order Id', (c, o) => `MK${100000 + n(o)}`, [OR('purchaseID')]],
    ['Sale Value', (c, o) => dec(row(CF_ITEMS, n(o))[0] * o.qty, '.'), [OR('priceTotal')]],
    ['Commission', (c, o) => dec(row(CF_ITEMS, n(o))[0] * o.qty * 0.08, '.'), []],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Status', (c, o) => row(['Approved', 'Pending', 'Approved', 'Void', 'Approved'], n(o)), []],
    ['Void Reason', (c, o) => (n(o) % 5 === 3 ? row(['Order returned', 'Duplicate transaction', 'Order cancelled'], n(c)) : ''), [], opt],
    ['Channel', (c, o) => row(['Cashback', 'Deals', 'Cashback', 'Content', 'Comparison'], n(o) >> 1), ['marketing.campaignGroup'], opt],
    ['Coupon Code', (c, o) => (o.discount ? 'CF10' : ''), ['commerce.promotionID']],
    ['Item Count', (c, o) => String(o.qty), [], opt],
    ['Item Name', (c, o) => row(CF_ITEMS, n(o))[1], [PL('name')], opt],
    ['Customer Type', (c, o) => (n(o) % 3 ? 'New' : 'Returning'), []],
    ['Customer IP', (c) => ip(c), ['environment.ipV4']],
    ['Country Code', () => 'AU', [GEO('countryCode')], opt],
    ['Device', (c, o) => row(['Mobile', 'Desktop', 'Mobile', 'Tablet'], n(o)), ['device.type'], opt],
    ['Creative Id', (c, o) => String(12000 + (n(o) % 40)), [], opt],
    ['Click Date', (c, o) => { const p = aest(o.at - (n(o) % 72) * 3600000); return `${dmy(p, '/')} ${hm12(p)}` }, [], opt],
    ['Unique Id', (c, o) => `ORD-${100000 + n(o)}-${n(c) % 1000}`, [], opt],
    ['Referrer', (c, o) => row(['https://www.ozbargain.com.au/deals', '', 'https://www.finder.com.au/', 'https://www.shopback.com.au/'], n(o)), ['web.webReferrer.URL']],
  ] },
  // ---------------------------------------------------------------- 9. UK reviews (E)
  { name: 'reevoo-product-reviews-export', product: 'Reevoo (Reevoo Portal > Reviews > Download reviews (CSV), one row per customer review, English UI, a UK electricals retailer)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Review ID', (c, o) => String(19000000 + n(o) * 7), ['_id']],
    ['Submitted Date', (c, o) => { const p = uk(o.at + 14 * day); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Published Date', (c, o) => dmy(uk(o.at + 16 * day), '/'), [], opt],
    ['Status', (c, o) => row(['Published', 'Published', 'Published', 'Rejected', 'Published', 'Pending moderation'], n(o)), []],
    ['SKU', (c, o) => row(REEVOO, n(o))[0], [PL('SKU')]],
    ['Product Name', (c, o) => row(REEVOO, n(o))[1], [PL('name')]],
    ['Category', (c, o) => row(REEVOO, n(o))[2], [PL('productCategories[0].categoryName')], opt],
    ['Overall Score', (c, o) => String(row([10, 9, 8, 4, 10, 7], n(o))), []],
    ['Value for money', (c, o) => String(row([9, 9, 7, 3, 10, 7], n(o))), []],
    ['Ease of use', (c, o) => String(row([10, 8, 9, 5, 9, 8], n(o))), []],
    ['Good points', (c, o) => row(['Quiet and quick, great programmes', 'Picture is stunning', 'Light and powerful', 'Looks nice', 'Cooks two things at once', 'Plenty of space'], n(o)), []],
    ['Bad points', (c, o) => row(['None so far', 'Remote feels cheap', 'Battery could last longer', 'Stopped working after 3 weeks', 'Takes up counter space', 'A bit noisy'], n(o)), []],
    ['Reviewer Name', (c) => `${ukp(c).first} ${ukp(c).last[0]}.`, []],
    ['Reviewer Location', (c) => ukp(c).city, [], opt],
    ['Age Range', (c) => row(['25-34', '35-44', '45-54', '55-64', '65+'], n(c)), []],
    ['Reviewer Email', (c) => ukp(c).email, EMAIL_ID],
    ['Order Reference', (c, o) => `C${4000000 + n(o)}`, [OR('purchaseID')]],
    ['Purchase Date', (c, o) => dmy(uk(o.at), '/'), [OR('createdDate')], opt],
    ['Purchase Price', (c, o) => dec(row([499, 899, 649.99, 219.99, 129, 799], n(o)), '.'), [PL('priceTotal')], opt],
    ['Verified Purchaser', () => 'Yes', []],
    ['Would Recommend', (c, o) => (row([10, 9, 8, 4, 10, 7], n(o)) >= 6 ? 'Yes' : 'No'), []],
    ['Retailer Response', (c, o) => (n(o) % 6 === 3 ? 'Sorry to hear this - our team will be in touch about a replacement.' : ''), []],
    ['Locale', () => 'en-GB', [], opt],
  ] },
  // ---------------------------------------------------------------- 10. AU fundraising: donations (E)
  { name: 'givenow-donations-export-au', product: 'GiveNow (Our Community; cause dashboard > Donations > Download CSV, one row per donation, English UI, a Brisbane food-relief charity)', family: 'payments', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o) => String(3100000 + n(o) * 3), ['_id', OR('payments[0].transactionID')]],
    ['Date', (c, o) => { const p = aest(o.at); return `${dmy(p, '/')} ${hm12(p)}` }, ['timestamp']],
    ['Campaign', (c, o) => row(GN_CAMPAIGNS, n(o)), ['marketing.campaignName'], opt],
    ['Amount', (c, o) => dec(row([25, 50, 100, 30, 250, 20], n(o)), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Fee', (c, o) => dec(row([25, 50, 100, 30, 250, 20], n(o)) * 0.035, '.'), []],
    ['Net Amount', (c, o) => dec(row([25, 50, 100, 30, 250, 20], n(o)) * 0.965, '.'), [], opt],
    ['Frequency', (c, o) => row(['One-off', 'Monthly', 'One-off', 'One-off', 'Monthly'], n(o)), []],
    ['Payment Method', (c, o) => row(['Visa', 'Mastercard', 'PayPal', 'Visa', 'Amex'], n(o) >> 1), [OR('payments[0].paymentType')], opt],
    ['Title', (c) => (aup(c).female ? row(['Ms', 'Mrs', ''], n(c)) : row(['Mr', '', 'Dr'], n(c))), []],
    ['First Name', (c) => aup(c).first, []],
    ['Last Name', (c) => aup(c).last, []],
    ['Email', (c) => aup(c).email, EMAIL_ID],
    ['Phone', (c, o) => (n(o) % 3 ? aup(c).mobile : ''), PHONE_ID, opt],
    ['Organisation', (c, o) => (n(o) % 7 === 0 ? auFirm(c)[0] : ''), []],
    ['Address', (c) => aup(c).street, [BILL('street1')], opt],
    ['Suburb', (c) => aup(c).city, [BILL('city')], opt],
    ['State', (c) => aup(c).state, [BILL('stateProvince'), BILL('state')], opt],
    ['Postcode', (c) => aup(c).zip, [BILL('postalCode')], opt],
    ['Country', () => 'Australia', [BILL('country')], opt],
    ['Anonymous', (c, o) => (n(o) % 8 === 0 ? 'Yes' : 'No'), []],
    ['Receipt Number', (c, o) => `GN${5100000 + n(o)}`, [], opt],
    ['Dedication', (c, o) => (n(o) % 9 === 0 ? 'In memory of Dad' : ''), []],
    ['Comments', (c, o) => row(['', '', 'Keep up the great work', '', 'Merry Christmas to the volunteers'], n(o)), []],
    ['Opt-in to updates', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- 11. US website builder store: customers (P)
  { name: 'godaddy-online-store-customers-export', product: 'GoDaddy Online Store (Websites + Marketing > Commerce > Customers > Export CSV, one row per customer, English UI, a Nashville candle maker\'s shop)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => `cus_${(n(c) * 104729).toString(36)}`, ['_id', 'personID']],
    ['First Name', (c) => usp(c).first, ['person.name.firstName']],
    ['Last Name', (c) => usp(c).last, ['person.name.lastName']],
    ['Email', (c) => usp(c).email, ['personalEmail.address']],
    ['Phone', (c) => (n(c) % 3 ? usp(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Company', (c) => (n(c) % 6 === 0 ? usFirm(c)[0] : ''), ['organizations[0]'], opt],
    ['Address Line 1', (c) => usp(c).street, [...at(HOME, 'street1'), 'shippingAddress.street1', 'billingAddress.street1']],
    ['Address Line 2', (c) => (n(c) % 4 === 0 ? `Apt ${n(c) % 40 + 1}` : ''), [...at(HOME, 'street2'), 'shippingAddress.street2', 'billingAddress.street2']],
    ['City', (c) => usp(c).city, [...at(HOME, 'city'), 'shippingAddress.city', 'billingAddress.city']],
    ['State', (c) => usp(c).state, [...STATE(HOME), ...STATE(['shippingAddress', 'billingAddress'])]],
    ['Zip Code', (c) => usp(c).zip, [...at(HOME, 'postalCode'), 'shippingAddress.postalCode', 'billingAddress.postalCode']],
    ['Country', () => 'US', [...at(HOME, 'countryCode'), 'shippingAddress.countryCode', 'billingAddress.countryCode']],
    ['Email Marketing', (c) => (c.bool ? 'Subscribed' : 'Not subscribed'), [], opt],
    ['Orders', (c) => String(1 + (n(c) % 9)), []],
    ['Total Spent', (c) => dec(28 + (n(c) % 9) * 31.5, '.'), ['loyalty.lifetimePurchases'], opt],
    ['Last Order Date', (c) => mdy(us(later(c))), [], opt],
    ['Date Created', (c) => mdy(us(c.created)), [], opt],
    ['Birthday', (c) => (n(c) % 3 === 0 ? mdy(v.parts(usp(c).birth)) : ''), ['person.birthDate']],
    ['Tags', (c) => row(GD_TAGS, n(c)), []],
    ['Notes', (c) => row(['', '', 'Prefers unscented', '', 'Gift wrap always'], n(c)), []],
  ] },
  // ---------------------------------------------------------------- 12. AU restaurant reservations: guests (P)
  { name: 'nowbookit-guests-export-au', product: 'NowBookIt (Bookings dashboard > Customers > Export customers CSV, one row per guest, English UI, a Melbourne wine bar and restaurant)', family: 'booking', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(820000 + n(c) % 170000), ['_id', 'personID']],
    ['First Name', (c) => aup(c).first, ['person.name.firstName']],
    ['Last Name', (c) => aup(c).last, ['person.name.lastName']],
    ['Email', (c) => aup(c).email, ['personalEmail.address']],
    ['Mobile', (c) => aup(c).mobile, ['mobilePhone.number']],
    ['Phone', (c) => (n(c) % 5 === 0 ? aup(c).land : ''), ['homePhone.number'], opt],
    ['Company', (c) => (n(c) % 6 === 0 ? auFirm(c)[0] : ''), ['organizations[0]'], opt],
    ['Suburb', (c) => aup(c).city, at(HOME, 'city')],
    ['Postcode', (c) => aup(c).zip, at(HOME, 'postalCode')],
    ['State', (c) => aup(c).state, STATE(HOME)],
    ['Birthday', (c) => (n(c) % 2 ? dmy(v.parts(aup(c).birth), '/') : ''), ['person.birthDate']],
    ['Anniversary', (c) => (n(c) % 7 === 0 ? dmy(v.parts(aup(c).birth + 9000 * day), '/') : ''), []],
    ['Tags', (c) => row(NBI_TAGS, n(c)), []],
    ['Notes', (c) => row(['', 'Likes the window booth', '', 'Allergic to shellfish', '', 'Wine club member'], n(c)), []],
    ['Total Bookings', (c) => String(1 + (n(c) % 14)), []],
    ['Total Covers', (c) => String((1 + (n(c) % 14)) * 2 + (n(c) % 3)), []],
    ['No Shows', (c) => String(n(c) % 9 === 0 ? 1 : 0), []],
    ['Cancellations', (c) => String(n(c) % 4 === 0 ? 1 : 0), []],
    ['First Visit', (c) => dmy(aest(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Last Visit', (c) => dmy(aest(later(c)), '/'), [], opt],
    ['Subscribed to Marketing', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Created Date', (c) => { const p = aest(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
  ] },
]
