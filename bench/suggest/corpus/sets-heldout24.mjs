// Round 24, heldout24: held-out sets added in round 24, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const iso = (ms) => new Date(ms).toISOString()
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const usDT = (p) => `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}`
const usD = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const usd = (n) => `$${n.toFixed(2)}`
const e164 = (s) => s.replace(/[^\d+]/g, '')
const WORKADDR = ['workAddress', ...HOME]
const FEM = ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia']

// Outreach: prospects of a US SaaS sales team (Prospects > select all > Export, CSV); times in UTC, ISO.
const OU_STAGE = ['Cold', 'Cold', 'Approaching', 'Replied', 'Interested', 'Not Interested', 'Unresponsive', 'Bad Contact Info']
const ouStage = (c) => OU_STAGE[+c.id % OU_STAGE.length]
const OU_OWNER = ['Megan Ortiz', 'Tyler Brooks', 'Priya Raman']
const OU_SEQ = ['Q3 Outbound - VP Ops', 'Inbound Demo Follow-up', 'Event: SaaStr 2024', '', '']
const ouOpt = (c) => +c.id % 13 === 4
const ouDomain = (c) => c.workEmail.split('@')[1]

// Instantly: leads of a cold-email campaign (Campaign > Leads > Download CSV; the lead fields of Instantly's API v2 plus
// the uploaded list's custom variables job_title, linkedin, city, state, country, industry, employees).
const IN_ST = ['Active', 'Active', 'Completed', 'Completed', 'Paused', 'Bounced', 'Unsubscribed']
const inSt = (c) => IN_ST[+c.id % IN_ST.length]
const IN_INT = ['', '', '', 'Interested', 'Meeting Booked', 'Not Interested', 'Out of Office', 'Wrong Person', 'Won']
const inInt = (c) => IN_INT[(+c.id >> 1) % IN_INT.length]
const IN_IND = ['Logistics & Supply Chain', 'Computer Software', 'Hospital & Health Care', 'Construction', 'Marketing & Advertising']
const IN_EMP = ['11-50', '51-200', '201-500', '1-10', '501-1000']
const IN_BOX = ['alex@trygrowthlane.com', 'alex.k@growthlane-mail.com', 'a.kim@getgrowthlane.com']
const inOpens = (c) => (inSt(c) === 'Bounced' ? 0 : (+c.id * 7) % 9)

// Nimble: contacts of a US consultancy (Contacts > select all > Export, CSV; Nimble's typed columns such as "email (work)").
const NI_STATUS = ['Not Qualified', 'Qualified', 'Open', 'Contacted', 'Qualified', 'Customer']
const NI_SOURCE = ['LinkedIn', 'Referral', 'Web Form', 'Event', 'Cold Call']
const NI_TAGS = ['', 'prospect', 'prospect, webinar-2024', 'partner', 'vip, customer']
const niDate = (ms) => usD(eastern(ms))

// Oracle Eloqua: contacts of a US industrial manufacturer (a contact segment > Export, CSV, the standard contact
// fields' display names; dates in the user's time zone, US Eastern).
const EQ_RATING = ['A1', 'A2', 'B1', 'B3', 'C2', 'C4', 'D4', 'D1']
const EQ_SRC = ['Trade Show', 'Website', 'Webinar', 'Paid Search', 'Partner Referral', 'Purchased List']
const EQ_IND = ['Manufacturing', 'Energy & Utilities', 'Construction', 'Transportation', 'Food & Beverage']
const EQ_SALES = ['Dana Whitfield', 'Greg Novak', 'Lena Park', '']
const eqDate = (ms) => usDT(eastern(ms))

// Ortto: people of a US skincare brand (CDP > People > Export, CSV; the person fields plus the Shopify merge's fields).
const OR_SRC = ['Shopify', 'Shopify', 'Form: Spring pop-up 15% off', 'CSV import', 'API', 'Form: Quiz results']
const orSrc = (c) => OR_SRC[+c.id % OR_SRC.length]
const orOrders = (c) => (orSrc(c) === 'Shopify' ? 1 + (+c.id % 7) : +c.id % 2)
const orDate = (ms) => { const p = pacific(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }

// Attentive: SMS and email subscribers of a US apparel brand (Subscribers > Export, CSV; US phone numbers in E.164).
const AT_SRC = ['Mobile Pop-up - 15% Off', 'Desktop Pop-up - 15% Off', 'Checkout Opt-in', 'Keyword: STYLE', 'Shopify Import', 'Landing Page: VIP Sale']
const atText = (c) => ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', ''][+c.id % 5]
const atMail = (c) => ['Subscribed', '', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Subscribed'][+c.id % 6]
const atOk = (c) => atText(c) === 'Subscribed' || atMail(c) === 'Subscribed'

// Gameball: players of a Dubai fashion store's loyalty programme (Players > Export, CSV; English dashboard, AED).
const GB_FIRST = [['Ahmed', 'Fatima'], ['Omar', 'Mariam'], ['Khalid', 'Aisha'], ['Yousef', 'Noura'], ['Hassan', 'Layla'], ['Rashid', 'Hessa'], ['Karim', 'Sara']]
const GB_LAST = ['Al Mansoori', 'Al Hashimi', 'Haddad', 'Khan', 'Al Suwaidi', 'Nasser', 'Farouk', 'Al Marzouqi']
const GB_CITY = ['Dubai', 'Dubai', 'Abu Dhabi', 'Sharjah', 'Ajman', 'Al Ain']
const gb = (c) => { const n = +c.id; const first = GB_FIRST[n % GB_FIRST.length][c.female ? 1 : 0]; const last = GB_LAST[(n >> 2) % GB_LAST.length]; return { first, last, full: `${first} ${last}`, city: GB_CITY[(n >> 1) % GB_CITY.length], mobile: `+9715${[0, 2, 4, 5, 6, 8][n % 6]}${String(1000000 + (n * 37) % 8999999).slice(0, 7)}`, email: `${slug(first)}.${slug(last)}${n % 89}@${['gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com'][n % 4]}` } }
const gbEarned = (c) => 150 + (+c.id * 37) % 9000
const gbRedeemed = (c) => (+c.id % 3 === 0 ? 0 : Math.floor(gbEarned(c) * ((+c.id % 5) / 10) / 50) * 50)
const gbExpired = (c) => (+c.id % 7 === 2 ? 200 : 0)
const gbBal = (c) => gbEarned(c) - gbRedeemed(c) - gbExpired(c)
const gbTier = (c) => (gbEarned(c) < 1500 ? 'Bronze' : gbEarned(c) < 4000 ? 'Silver' : gbEarned(c) < 7000 ? 'Gold' : 'Platinum')
const gulf = (ms) => { const p = shift(ms, 4); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }

// Recharge: a US coffee roaster's subscriptions in Recharge's subscription migration CSV (one row per subscription line,
// the columns as a public migration script writes them); dates yyyy-MM-dd.
const RC_P = [['House Blend Whole Bean', '12 oz / Whole Bean', 16.5], ['Single Origin Explorer', '2 Bags / Ground - Drip', 31.0], ['Decaf Swiss Water', '12 oz / Ground - Espresso', 17.0], ['Cold Brew Packs', '4 Pack', 24.0], ['Espresso Roast', '2 lb / Whole Bean', 38.0]]
const rcp = (o) => RC_P[+o.id % RC_P.length]
const rcUnit = (o) => ['week', 'week', 'month', 'day'][+o.id % 4]
const rcFreq = (o) => ({ week: ['2', '4', '1'][+o.id % 3], month: '1', day: '30' })[rcUnit(o)]
const rcGift = (o) => +o.id % 7 === 3 // shipped to someone else
const rcSt = (o) => (+o.id % 9 === 4 ? 'CANCELLED' : 'ACTIVE')
const STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }

// Poshmark: a US reseller's Sales Report (My Closet > Sales Report, CSV; one row per listing sold, amounts with $).
const PM_P = [['Madewell Perfect Vintage Jean 27', 'Women', 'Jeans', 'Straight Leg', 'Madewell', 'Blue', '27', 38], ['Lululemon Define Jacket Nulu Black 6', 'Women', 'Jackets & Coats', 'Athletic Jackets', 'lululemon athletica', 'Black', '6', 72], ['Nike Air Force 1 Low White Mens 10', 'Men', 'Shoes', 'Sneakers', 'Nike', 'White', '10', 65], ['Free People Boho Maxi Dress NWT', 'Women', 'Dresses', 'Maxi', 'Free People', 'Cream', 'S', 54], ['Patagonia Better Sweater Fleece Vest', 'Men', 'Jackets & Coats', 'Vests', 'Patagonia', 'Gray', 'M', 45], ['Coach Vintage Leather Crossbody', 'Women', 'Bags', 'Crossbody Bags', 'Coach', 'Brown', 'OS', 85], ['Carter\'s Baby Sleeper Set 3 Pack', 'Kids', 'Pajamas', 'Pajama Sets', 'Carter\'s', 'Multicolor', '9M', 12]]
const pmp = (o) => PM_P[+o.id % PM_P.length]
const pmPrice = (o) => pmp(o)[7] - (+o.id % 3 === 1 ? 5 : 0)
const pmShipDisc = (o) => (+o.id % 4 === 2 ? 2.5 : 0)
const pmNet = (o) => (pmPrice(o) < 15 ? pmPrice(o) - 2.95 : pmPrice(o) * 0.8) - pmShipDisc(o)
const pmTax = (o) => +(pmPrice(o) * 0.0725).toFixed(2)
const pmUser = (c) => `${slug(c.first)}${slug(c.last).slice(0, 3)}${+c.id % 97}`

// Depop: a US seller's sales export (Selling Hub > Sales > Download CSV; one row per item, $ amounts, 12-hour times).
const DP_P = [['Vintage Harley Davidson tee 90s single stitch', 'Harley Davidson', 'L', 'T-shirts', 34], ['Y2K baby blue cargo pants low rise', 'Other', 'S', 'Trousers', 28], ['Carhartt WIP detroit jacket brown', 'Carhartt', 'M', 'Jackets', 95], ['Levi\'s 501 light wash jeans', 'Levi\'s', 'W30', 'Jeans', 40], ['Doc Martens 1460 black smooth', 'Dr. Martens', 'US 8', 'Boots', 70], ['Crochet halter top handmade', 'Handmade', 'XS', 'Tops', 22]]
const dpp = (o) => DP_P[+o.id % DP_P.length]
const dpShip = (o) => (+o.id % 5 === 0 ? 0 : [5.99, 7.49, 6.5][+o.id % 3])
const dpTax = (o) => +((dpp(o)[4] + dpShip(o)) * 0.08).toFixed(2)
const dpLabel = (o) => +o.id % 4 !== 3 // Depop shipping label (USPS) vs own shipping
const dpRefund = (o) => +o.id % 11 === 6
const dpTime = (p) => `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`

// Discogs: a Hamburg record shop's Marketplace orders (Marketplace > Orders > Export, CSV; English site, EUR, times in the
// site's US Pacific time, one row per item).
const DG_P = [['Kraftwerk - Computerwelt (LP, Album, RE, RM, 180)', 'Near Mint (NM or M-)', 'Near Mint (NM or M-)', 27.99], ['Can - Tago Mago (2xLP, Album, RE)', 'Very Good Plus (VG+)', 'Very Good (VG)', 34.5], ['Neu! - Neu! 75 (LP, Album)', 'Very Good Plus (VG+)', 'Very Good Plus (VG+)', 89.0], ['Tangerine Dream - Phaedra (LP, Album)', 'Very Good (VG)', 'Good Plus (G+)', 18.0], ['Moderat - II (2xLP, Album)', 'Mint (M)', 'Mint (M)', 24.9]]
const dgp = (o) => DG_P[+o.id % DG_P.length]
const DG_ST = ['Shipped', 'Shipped', 'Payment Received', 'Invoice Sent', 'Shipped', 'Cancelled (Non-Paying Buyer)', 'Merged']
const dgSt = (o) => DG_ST[+o.id % DG_ST.length]
const dgShip = (o) => (+o.id % 3 === 0 ? 5.9 : 17.5)
const dgDT = (ms) => { const p = pacific(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const DG_ADDR = ['Tom Becker\nLindenstraße 14\n50674 Köln\nGermany', 'Julie Martin\n12 rue des Martyrs\n75009 Paris\nFrance', 'Sam Carter\n44 Elm Grove\nBrighton BN2 3DA\nUnited Kingdom', 'Marco Rossi\nVia Roma 8\n20121 Milano MI\nItaly', 'Lisa de Vries\nKerkstraat 101\n1017 GD Amsterdam\nNetherlands']

// ReferralCandy: a US pet-supply store's referral purchases (Referrals > Export CSV; one row per referred purchase).
const RF_ST = ['Rewarded', 'Rewarded', 'Pending review', 'Pending review', 'Disqualified', 'Rewarded']
const rfSt = (o) => RF_ST[+o.id % RF_ST.length]
const rfAmt = (o) => +(29 + (+o.id % 90) * 1.35).toFixed(2)
const RF_ADV = [['Karen Mills', 'karen.mills@gmail.com', 'KAREN5R'], ['Josh Patel', 'joshp@yahoo.com', 'JOSH22P'], ['Amanda Lee', 'amanda.lee@outlook.com', 'AMANDAL9'], ['Chris Young', 'cyoung88@gmail.com', 'CHRISY4']]
const rfAdv = (o) => RF_ADV[+o.id % RF_ADV.length]
const rfDT = (ms) => { const p = eastern(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

export const SETS = [
  // ---------------------------------------------------------------- B2B leads
  { name: 'outreach-prospects', product: 'Outreach (Prospects > select all > Export, CSV; a US SaaS sales team\'s prospects)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Prospect ID', (c) => String(100000 + (+c.id % 800000)), B2BID, opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Account', (c) => (+c.id % 6 === 0 ? '' : c.company), ['b2b.companyName', 'organizations[0]'], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email 2', (c, o, r) => (r() < 0.2 ? c.email : ''), ['personalEmail.address'], opt],
    ['Work Phone', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.05 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['homePhone.number']],
    ['Other Phone', (c, o, r) => (r() < 0.08 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['otherPhone.number']],
    ['Stage', (c) => ouStage(c), ['b2b.personStatus'], opt],
    ['Owner', (c) => OU_OWNER[+c.id % OU_OWNER.length], []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'tier-1', 'champion', 'tier-2, intent']), []],
    ['Address Street', (c, o, r) => (r() < 0.3 ? c.street : ''), at(WORKADDR, 'street1'), opt],
    ['Address City', (c) => c.city, at(WORKADDR, 'city')],
    ['Address State', (c) => c.region, [...at(WORKADDR, 'stateProvince'), ...at(WORKADDR, 'state')]],
    ['Address Zip', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(WORKADDR, 'postalCode')],
    ['Address Country', () => 'United States', at(WORKADDR, 'country')],
    ['Time Zone', (c) => ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'][+c.id % 4], []],
    ['LinkedIn URL', (c, o, r) => (r() < 0.8 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}` : ''), []],
    ['Website URL', (c) => `https://www.${ouDomain(c)}`, ['b2b.companyWebsite'], opt],
    ['Source', (c) => ['Outreach Chrome Extension', 'CSV Import', 'Salesforce', 'ZoomInfo', 'Outreach Chrome Extension'][+c.id % 5], ['b2b.personSource'], opt],
    ['Engaged Score', (c) => String((+c.id % 23) * 3), ['b2b.personScore'], opt],
    ['Opted Out', (c) => String(ouOpt(c)), ['b2b.personOptInOut.globalOptout', 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Opted Out At', (c) => (ouOpt(c) ? iso(c.updated) : ''), ['b2b.personOptInOut.optOutDetails.email.optOutDate'], opt],
    ['Active Sequence', (c) => OU_SEQ[+c.id % OU_SEQ.length], []],
    ['Last Contacted At', (c, o, r) => (ouStage(c) === 'Cold' ? '' : iso(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Engaged At', (c) => (['Replied', 'Interested', 'Not Interested'].includes(ouStage(c)) ? iso(Math.max(c.created, c.updated) + 7200000) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created At', (c) => iso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated At', (c) => iso(Math.max(c.created, c.updated) + 86400000), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'instantly-leads', product: 'Instantly (Campaign > Leads > Download CSV; a lead-generation agency\'s cold-email campaign, the API v2 lead fields plus the list\'s custom variables)', family: 'b2b', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => v.uuid(r), B2BID, opt],
    ['email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['company_name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['company_domain', (c) => c.workEmail.split('@')[1], ['b2b.companyWebsite'], opt],
    ['website', (c, o, r) => (r() < 0.7 ? `https://${c.workEmail.split('@')[1]}` : ''), ['b2b.companyWebsite']],
    ['phone', (c, o, r) => (r() < 0.35 ? e164(c.phone) : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['personalization', (c) => [`Saw ${c.company} is hiring 3 SDRs - congrats on the growth.`, 'Loved your post on onboarding metrics last week.', '', `Noticed ${c.company} just opened a Denver office.`][+c.id % 4], []],
    ['job_title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['linkedin', (c, o, r) => (r() < 0.8 ? `linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['city', (c) => c.city, at(WORKADDR, 'city'), opt],
    ['state', (c) => c.region, [...at(WORKADDR, 'stateProvince'), ...at(WORKADDR, 'state')], opt],
    ['country', () => 'United States', at(WORKADDR, 'country'), opt],
    ['industry', (c) => IN_IND[+c.id % IN_IND.length], []],
    ['employees', (c) => IN_EMP[+c.id % IN_EMP.length], []],
    ['campaign_name', () => 'Q2 - Ops Leaders - Logistics', []],
    ['status', (c) => inSt(c), [], opt],
    ['lt_interest_status', (c) => inInt(c), ['b2b.personStatus'], opt],
    ['verification_status', (c) => (inSt(c) === 'Bounced' ? 'invalid' : ['valid', 'valid', 'valid', 'risky', 'catch_all'][+c.id % 5]), ['workEmail.status'], opt],
    ['email_open_count', (c) => String(inOpens(c)), []],
    ['email_reply_count', (c) => (inInt(c) ? '1' : '0'), []],
    ['email_click_count', (c) => String(inOpens(c) > 4 ? 1 : 0), []],
    ['last_contacted_from', (c) => IN_BOX[+c.id % IN_BOX.length], []],
    ['timestamp_created', (c) => iso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['timestamp_last_contact', (c) => (inSt(c) === 'Active' && +c.id % 3 === 0 ? '' : iso(c.created + 3 * 86400000)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['timestamp_last_reply', (c) => (inInt(c) ? iso(c.created + 4 * 86400000 + 5400000) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM
  { name: 'nimble-contacts', product: 'Nimble (Contacts > select all > Export, CSV; a US consultancy\'s people, Nimble\'s typed columns)', family: 'crm', language: 'en', schema: B, cols: [
    ['first name', (c) => c.first, ['person.name.firstName']],
    ['last name', (c) => c.last, ['person.name.lastName']],
    ['title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['email (work)', (c) => c.workEmail, ['workEmail.address']],
    ['email (personal)', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address']],
    ['phone (work)', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number']],
    ['phone (mobile)', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['phone (home)', (c, o, r) => (r() < 0.05 ? `(${v.int(r, 201, 989)}) 555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['homePhone.number']],
    ['address (work) street', (c, o, r) => (r() < 0.6 ? c.street : ''), ['workAddress.street1']],
    ['address (work) city', (c) => c.city, ['workAddress.city']],
    ['address (work) state', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['address (work) zip', (c) => c.postcode, ['workAddress.postalCode']],
    ['address (work) country', () => 'United States', ['workAddress.country']],
    ['URL', (c, o, r) => (r() < 0.6 ? `www.${c.workEmail.split('@')[1]}` : ''), ['b2b.companyWebsite'], opt],
    ['linkedin', (c, o, r) => (r() < 0.7 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['twitter', (c, o, r) => (r() < 0.2 ? `https://twitter.com/${slug(c.first)}_${slug(c.last).slice(0, 5)}` : ''), []],
    ['lead status', (c) => NI_STATUS[+c.id % NI_STATUS.length], ['b2b.personStatus'], opt],
    ['lead source', (c) => NI_SOURCE[+c.id % NI_SOURCE.length], ['b2b.personSource'], opt],
    ['lead type', (c) => ['Hot', 'Warm', 'Cold', ''][+c.id % 4], [], opt],
    ['rating', (c) => String(+c.id % 6), [], opt],
    ['tags', (c) => NI_TAGS[+c.id % NI_TAGS.length], []],
    ['description', (c, o, r) => v.pick(r, ['', '', 'Met at the Chicago CFO roundtable', 'Intro via Greg - budget in Q3']), []],
    ['owner', (c) => ['Jessica Hale', 'Mark Tran'][+c.id % 2], []],
    ['created', (c) => niDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['updated', (c) => niDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['last contacted', (c, o, r) => (r() < 0.7 ? niDate(Math.max(c.created, c.updated) + 86400000) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketing automation
  { name: 'eloqua-contacts', product: 'Oracle Eloqua (Audience > Segments > Export, CSV; a US industrial manufacturer\'s contacts, the standard contact fields\' display names)', family: 'marketing', language: 'en', schema: B, cols: [
    ['Eloqua Contact ID', (c) => `CELQA${String(1000000000 + (+c.id * 7919) % 999999999)}`, B2BID, opt],
    ['Email Address', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Salutation', (c) => (+c.id % 3 === 0 ? '' : FEM.includes(c.first) ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Industry', (c) => EQ_IND[+c.id % EQ_IND.length], []],
    ['Business Phone', (c, o, r) => (r() < 0.8 ? c.phone : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.08 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['faxPhone.number']],
    ['Address 1', (c) => c.street, at(WORKADDR, 'street1')],
    ['Address 2', (c, o, r) => (r() < 0.2 ? `Suite ${v.int(r, 100, 900)}` : ''), at(WORKADDR, 'street2')],
    ['City', (c) => c.city, at(WORKADDR, 'city')],
    ['State or Province', (c) => c.region, [...at(WORKADDR, 'stateProvince'), ...at(WORKADDR, 'state')]],
    ['Zip or Postal Code', (c) => c.postcode, at(WORKADDR, 'postalCode')],
    ['Country', () => 'United States', at(WORKADDR, 'country')],
    ['Email Address Domain', (c) => c.workEmail.split('@')[1], []],
    ['Email Display Name', (c) => c.full, ['person.name.fullName'], opt],
    ['Lead Source - Original', (c) => EQ_SRC[+c.id % EQ_SRC.length], ['b2b.personSource'], opt],
    ['Lead Source - Most Recent', (c) => EQ_SRC[(+c.id >> 1) % EQ_SRC.length], ['b2b.personSource'], opt],
    ['Lead Rating - Combined', (c) => EQ_RATING[+c.id % EQ_RATING.length], [], opt],
    ['Salesperson', (c) => EQ_SALES[+c.id % EQ_SALES.length], []],
    ['SFDC Contact ID', (c, o, r) => (+c.id % 3 === 0 ? '' : `003${v.alnum(r, 15)}`), ['b2b.convertedContactID'], opt],
    ['SFDC Account ID', (c, o, r) => (+c.id % 3 === 0 ? '' : `001${v.alnum(r, 15)}`), ['b2b.accountID'], opt],
    ['Is Bounceback', (c) => (+c.id % 17 === 3 ? 'True' : 'False'), ['workEmail.status', 'personalEmail.status'], opt],
    ['Global Subscribe', (c) => (+c.id % 11 === 5 ? 'False' : 'True'), ['b2b.personOptInOut.globalOptout', 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Date Created', (c) => eqDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Modified', (c) => eqDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'ortto-people', product: 'Ortto (CDP > People > Export, CSV; a US skincare brand\'s people with the Shopify merge\'s fields)', family: 'email', language: 'en', schema: P, cols: [
    ['Person ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['First name', (c, o, r) => (r() < 0.85 ? c.first : ''), ['person.name.firstName']],
    ['Last name', (c, o, r) => (r() < 0.7 ? c.last : ''), ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone number', (c, o, r) => (r() < 0.4 ? e164(c.mobile) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.4 ? (FEM.includes(c.first) ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Language', (c) => (+c.id % 9 === 0 ? 'es' : 'en'), [], opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['Region', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Country', () => 'United States', at(HOME, 'country'), opt],
    ['Postal code', (c, o, r) => (r() < 0.6 ? c.postcode : ''), at(HOME, 'postalCode'), opt],
    ['Organization', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]']],
    ['Job title', (c, o, r) => (r() < 0.1 ? c.job : ''), []],
    ['Email permission', (c) => String(+c.id % 8 !== 3), [], opt],
    ['SMS permission', (c) => String(+c.id % 3 === 1), [], opt],
    ['Source', (c) => orSrc(c), [], opt],
    ['Created', (c) => orDate(c.created), [], opt],
    ['Last seen', (c, o, r) => (r() < 0.7 ? orDate(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Shopify orders count', (c) => String(orOrders(c)), [], opt],
    ['Shopify total spent', (c) => (orOrders(c) * 38.5).toFixed(2), [], opt],
    ['Shopify last order date', (c) => (orOrders(c) ? orDate(c.updated) : ''), [], opt],
    ['Tags', (c) => ['', 'vip', 'quiz-dry-skin', 'wholesale-inquiry', 'quiz-oily-skin, vip'][+c.id % 5], []],
  ] },
  { name: 'attentive-subscribers', product: 'Attentive (Subscribers > Export, CSV; a US apparel brand\'s SMS and email subscribers)', family: 'email', language: 'en', schema: P, cols: [
    ['Subscriber ID', (c) => String(400000000 + (+c.id * 7) % 90000000), ['_id', 'personID'], opt],
    ['Phone Number', (c) => (atText(c) ? e164(c.mobile) : ''), ['mobilePhone.number']],
    ['Email', (c) => (atMail(c) || +c.id % 2 ? c.email : ''), ['personalEmail.address']],
    ['First Name', (c, o, r) => (r() < 0.6 ? c.first : ''), ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.5 ? c.last : ''), ['person.name.lastName']],
    ['Status', (c) => (atOk(c) ? 'Eligible' : 'Ineligible'), [], opt],
    ['Active Since', (c) => usD(eastern(c.created)), [], opt],
    ['Text Marketing', (c) => atText(c), ['mobilePhone.status'], opt],
    ['Text Transactional', (c) => (atText(c) === 'Subscribed' && +c.id % 2 ? 'Subscribed' : ''), [], opt],
    ['Email Marketing', (c) => atMail(c), ['personalEmail.status'], opt],
    ['Sign-up Source', (c) => AT_SRC[+c.id % AT_SRC.length], [], opt],
    ['Zip Code', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode'), opt],
    ['Birthday', (c, o, r) => (r() < 0.25 ? f.mmdd(c.birth) : ''), ['person.birthDayAndMonth']],
    ['Timezone', (c) => ['America/New_York', 'America/Chicago', 'America/Los_Angeles'][+c.id % 3], []],
    ['Total Orders', (c) => String(+c.id % 6), [], opt],
    ['Last Purchase Date', (c) => (+c.id % 6 ? usD(eastern(c.updated)) : ''), [], opt],
    ['Style Preference', (c) => ['', 'Womens', 'Mens', 'Womens, Kids'][+c.id % 4], []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'gameball-players', product: 'Gameball (Players > Export, CSV; English dashboard, a Dubai fashion store\'s loyalty programme in AED)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Player ID', (c) => String(6700000000000 + (+c.id * 7919) % 99999999), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['Display Name', (c) => gb(c).full, ['person.name.fullName'], opt],
    ['First Name', (c) => gb(c).first, ['person.name.firstName']],
    ['Last Name', (c) => gb(c).last, ['person.name.lastName']],
    ['Email', (c) => gb(c).email, ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.75 ? gb(c).mobile : ''), ['mobilePhone.number']],
    ['Gender', (c, o, r) => (r() < 0.5 ? (c.female ? 'F' : 'M') : ''), ['person.gender']],
    ['Date of Birth', (c, o, r) => (r() < 0.35 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Country', () => 'United Arab Emirates', at(HOME, 'country'), opt],
    ['City', (c) => gb(c).city, at(HOME, 'city'), opt],
    ['Join Date', (c) => gulf(c.created), ['loyalty.joinDate']],
    ['VIP Tier', (c) => gbTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(gbBal(c)), ['loyalty.points']],
    ['Points Value (AED)', (c) => (gbBal(c) / 20).toFixed(2), []],
    ['Pending Points', (c) => String(+c.id % 4 === 1 ? 40 + (+c.id % 200) : 0), ['loyalty.promisedPoints'], opt],
    ['Total Earned Points', (c) => String(gbEarned(c)), ['loyalty.lifetimePoints']],
    ['Total Redeemed Points', (c) => String(gbRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Expired Points', (c) => String(gbExpired(c)), ['loyalty.expiredPoints']],
    ['Total Spent (AED)', (c) => (gbEarned(c) * 1.0).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Orders Count', (c) => String(1 + (+c.id % 14)), [], opt],
    ['Referral Code', (c) => `${slug(gb(c).first).toUpperCase()}${(+c.id % 900) + 100}`, []],
    ['Referred By', (c) => (+c.id % 5 === 2 ? `${GB_FIRST[(+c.id + 3) % GB_FIRST.length][0].toUpperCase()}${(+c.id % 700) + 200}` : ''), []],
    ['Tags', (c) => ['', 'abaya-lover', 'vip-event-2024', ''][+c.id % 4], []],
    ['Last Activity', (c) => gulf(Math.max(c.created, c.updated)), [], opt],
    ['Status', (c) => (+c.id % 19 === 4 ? 'Blocked' : 'Active'), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- payments (subscriptions)
  { name: 'recharge-subscriptions', product: 'Recharge (subscription migration CSV, one row per subscription line; a US coffee roaster moving its subscribers)', family: 'payments', language: 'en', schema: E, cols: [
    ['external_product_name', (c, o) => rcp(o)[0], [PL('name')]],
    ['external_variant_name', (c, o) => rcp(o)[1], [PL('selectedOptions[0].value')], opt],
    ['external_product_id', (c, o) => String(7400000000000 + (+o.id % RC_P.length) * 10357), [PL('product'), PL('_id')], opt],
    ['external_variant_id', (c, o) => String(42100000000000 + (+o.id % RC_P.length) * 77213), [PL('SKU'), PL('_id')], opt],
    ['quantity', (c, o) => String(1 + (+o.id % 5 === 1 ? 1 : 0)), [PL('quantity')]],
    ['recurring_price', (c, o) => rcp(o)[2].toFixed(2), []],
    ['charge_interval_unit_type', (c, o) => rcUnit(o), []],
    ['charge_interval_frequency', (c, o) => rcFreq(o), []],
    ['shipping_interval_unit_type', (c, o) => rcUnit(o), []],
    ['shipping_interval_frequency', (c, o) => rcFreq(o), []],
    ['charge_on_day_of_month', (c, o) => (rcUnit(o) === 'month' ? String(1 + (+o.id % 28)) : ''), []],
    ['last_charge_date', (c, o) => (+o.id % 6 === 0 ? f.ymd(Date.UTC(2024, 11, 2) + (+o.id % 30) * 86400000) : ''), ['timestamp'], opt],
    ['next_charge_date', (c, o) => f.ymd(Date.UTC(2025, 0, 6) + (+o.id % 45) * 86400000), []],
    ['customer_stripe_id', (c, o, r) => `cus_${v.alnum(r, 14)}`, [], opt],
    ['customer_created_at', (c) => f.ymd(c.created), [], opt],
    ['shipping_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['shipping_first_name', (c, o) => (rcGift(o) ? 'Linda' : c.first), []],
    ['shipping_last_name', (c, o) => (rcGift(o) ? 'Carver' : c.last), []],
    ['shipping_phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['shipping_address_1', (c, o) => (rcGift(o) ? '2210 Alder Ave' : c.street), [SHIP('street1')]],
    ['shipping_address_2', (c, o) => (rcGift(o) ? '' : c.street2), [SHIP('street2')]],
    ['shipping_city', (c, o) => (rcGift(o) ? 'Spokane' : c.city), [SHIP('city')]],
    ['shipping_province', (c, o) => (rcGift(o) ? 'Washington' : STATES[c.region] ?? c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_zip', (c, o) => (rcGift(o) ? '99203' : c.postcode), [SHIP('postalCode')]],
    ['shipping_country', () => 'United States', [SHIP('country')]],
    ['shipping_company', (c, o, r) => (r() < 0.08 ? c.company : ''), []],
    ['billing_first_name', (c) => c.first, []],
    ['billing_last_name', (c) => c.last, []],
    ['billing_address_1', (c) => c.street, [BILL('street1')]],
    ['billing_address_2', (c) => c.street2, [BILL('street2')]],
    ['billing_city', (c) => c.city, [BILL('city')]],
    ['billing_postalcode', (c) => c.postcode, [BILL('postalCode')]],
    ['billing_province_state', (c) => STATES[c.region] ?? c.region, [BILL('stateProvince'), BILL('state')]],
    ['billing_country', () => 'United States', [BILL('country')]],
    ['billing_phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), [], opt],
    ['status', (c, o) => rcSt(o), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (resale marketplaces)
  { name: 'poshmark-sales', product: 'Poshmark (My Closet > Sales Report, CSV; a US reseller, one row per listing sold)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Listing Date', (c, o) => usD(pacific(o.at - (5 + (+o.id % 60)) * 86400000)), []],
    ['Order Date', (c, o) => usD(pacific(o.at)), ['timestamp', OR('createdDate')]],
    ['SKU', (c, o) => (+o.id % 3 === 0 ? '' : `BIN${1 + (+o.id % 12)}-${pad(+o.id % 97)}`), [PL('SKU')]],
    ['Order Id', (c, o, r) => v.hex(r, 24), [OR('purchaseID')]],
    ['Listing Title', (c, o) => pmp(o)[0], [PL('name')]],
    ['Department', (c, o) => pmp(o)[1], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')], opt],
    ['Category', (c, o) => pmp(o)[2], [PL('productCategories[0].categoryName')]],
    ['Subcategory', (c, o) => pmp(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Brand', (c, o) => pmp(o)[4], []],
    ['Color', (c, o) => pmp(o)[5], [PL('selectedOptions[0].value')], opt],
    ['Size', (c, o) => pmp(o)[6], [PL('selectedOptions[0].value')], opt],
    ['Bundle Order?', (c, o) => (+o.id % 5 === 1 ? 'Yes' : 'No'), []],
    ['Offer Order', (c, o) => (+o.id % 3 === 1 ? 'Yes' : 'No'), []],
    ['NWT', (c, o) => (pmp(o)[0].includes('NWT') ? 'Yes' : 'No'), []],
    ['Cost Price', (c, o) => (+o.id % 2 ? usd(Math.round(pmp(o)[7] * 0.2)) : ''), []],
    ['Order Price', (c, o) => usd(pmPrice(o)), [PL('priceTotal'), OR('priceTotal')]],
    ['Seller Shipping Discount', (c, o) => usd(pmShipDisc(o)), [OR('discountAmount')], opt],
    ['Upgraded Shipping Label Fee', (c, o) => usd(+o.id % 9 === 4 ? 4.5 : 0), []],
    ['Net Earnings', (c, o) => usd(pmNet(o)), []],
    ['Buyer State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')], opt],
    ['Buyer Zip Code', (c) => c.postcode, [SHIP('postalCode')], opt],
    ['Buyer Username', (c) => pmUser(c), []],
    ['Sales Tax (Paid by Buyer)', (c, o) => usd(pmTax(o)), [OR('taxAmount')]],
    ['Sales Tax (Paid by Seller)', () => '$0.00', [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'small stain on cuff - disclosed', 'bought at Goodwill 3/2']), []],
    ['Other Info', () => '', []],
  ] },
  { name: 'depop-sales', product: 'Depop (Selling Hub > Sales > Download CSV; a US vintage seller, one row per item sold)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Date of sale', (c, o) => usD(eastern(o.at)), ['timestamp', OR('createdDate')]],
    ['Time of sale', (c, o) => dpTime(eastern(o.at)), [], opt],
    ['Date of listing', (c, o) => usD(eastern(o.at - (3 + (+o.id % 80)) * 86400000)), []],
    ['Bundle', (c, o) => (+o.id % 6 === 2 ? 'Yes' : 'No'), []],
    ['Bundle - amount of items', (c, o) => (+o.id % 6 === 2 ? '2' : 'N/A'), [PL('quantity')], opt],
    ['Buyer', (c) => `${slug(c.first)}${['.vintage', '_thrifts', '', 'xo'][+c.id % 4]}${+c.id % 90}`, []],
    ['Brand', (c, o) => dpp(o)[1], []],
    ['Description', (c, o) => dpp(o)[0], [PL('name')], opt],
    ['Size', (c, o) => dpp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Item price', (c, o) => usd(dpp(o)[4]), [PL('priceTotal')]],
    ['Buyer shipping cost', (c, o) => usd(dpShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o) => usd(dpp(o)[4] + dpShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['USPS Cost', (c, o) => (dpLabel(o) ? usd(dpShip(o) ? dpShip(o) - 0.5 : 5.49) : 'N/A'), []],
    ['Depop fee', () => '$0.00', []],
    ['Depop Payments fee', (c, o) => usd((dpp(o)[4] + dpShip(o)) * 0.033 + 0.45), []],
    ['Buyer Marketplace Fee', (c, o) => usd(dpp(o)[4] * 0.05), []],
    ['Boosting fee', (c, o) => usd(+o.id % 5 === 1 ? dpp(o)[4] * 0.08 : 0), []],
    ['Payment type', (c, o) => ['Depop Payments', 'Depop Payments', 'PayPal', 'Apple Pay'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Estimated payout date', (c, o) => usD(eastern(o.at + 5 * 86400000)), []],
    ['Payout arrival date', (c, o) => (+o.id % 4 === 0 ? '' : usD(eastern(o.at + 7 * 86400000))), []],
    ['Category', (c, o) => dpp(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Name', (c) => c.full, []],
    ['Address Line 1', (c) => c.street, [SHIP('street1')]],
    ['Address Line 2', (c) => c.street2, [SHIP('street2')]],
    ['City', (c) => c.city, [SHIP('city')]],
    ['State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Post Code', (c) => c.postcode, [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode'), SHIP('country')]],
    ['US Sales tax', (c, o) => usd(dpTax(o)), [OR('taxAmount')]],
    ['Refunded to buyer amount', (c, o) => (dpRefund(o) ? usd(dpp(o)[4] + dpShip(o)) : 'N/A'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Fees refunded to seller', (c, o) => (dpRefund(o) ? usd((dpp(o)[4] + dpShip(o)) * 0.033 + 0.45) : 'N/A'), []],
  ] },
  { name: 'discogs-orders', product: 'Discogs (Marketplace > Orders > Export, CSV; a Hamburg record shop selling in EUR on the English site, one row per item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['order_num', (c, o) => `${2840000 + (+o.id % 90000)}-${1 + (+o.id % 400)}`, [OR('purchaseID')]],
    ['order_date', (c, o) => dgDT(o.at), ['timestamp', OR('createdDate')]],
    ['buyer', (c) => `${slug(c.first)}${slug(c.last).slice(0, 4)}${+c.id % 99}`, []],
    ['status', (c, o) => dgSt(o), [], opt],
    ['item_id', (c, o) => String(3000000000 + (+o.id * 7919) % 90000000), [PL('SKU'), PL('_id'), PL('product')], opt],
    ['release_id', (c, o) => String([1063, 373004, 380416, 1062545, 5134523][+o.id % DG_P.length]), [PL('product'), PL('SKU')], opt],
    ['description', (c, o) => dgp(o)[0], [PL('name')]],
    ['media_condition', (c, o) => dgp(o)[1], []],
    ['sleeve_condition', (c, o) => dgp(o)[2], []],
    ['item_price', (c, o) => dgp(o)[3].toFixed(2), [PL('priceTotal')]],
    ['currency', () => 'EUR', [OR('currencyCode')]],
    ['shipping', (c, o) => dgShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['total', (c, o) => (dgp(o)[3] + dgShip(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['fee', (c, o) => (dgp(o)[3] * 0.09).toFixed(2), []],
    ['payment_method', (c, o) => ['Discogs Payments', 'Discogs Payments', 'PayPal Commerce'][+o.id % 3], [OR('payments[0].paymentType')]],
    ['shipping_method', (c, o) => (dgShip(o) < 10 ? 'Deutsche Post Warenpost' : 'DHL Paket International'), ['commerce.shipping.shippingMethod'], opt],
    ['shipping_address', (c, o) => DG_ADDR[+o.id % DG_ADDR.length], [SHIP('street1')], opt],
    ['buyer_notes', (c, o, r) => v.pick(r, ['', '', '', 'Please ship in a sturdy box, thanks!', 'Combine with my other order please']), []],
    ['last_activity', (c, o) => dgDT(o.at + (1 + (+o.id % 6)) * 86400000), [OR('lastUpdatedDate')], opt],
    ['archived', (c, o) => (dgSt(o) === 'Shipped' && +o.id % 2 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- loyalty (referrals)
  { name: 'referralcandy-referrals', product: 'ReferralCandy (Referrals > Export CSV; a US pet-supply store, one row per referred purchase)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['Date', (c, o) => rfDT(o.at), ['timestamp', OR('createdDate')]],
    ['Advocate Name', (c, o) => rfAdv(o)[0], []],
    ['Advocate Email', (c, o) => rfAdv(o)[1], []],
    ['Referral Code', (c, o) => rfAdv(o)[2], [], opt],
    ['Referred Friend Name', (c) => c.full, []],
    ['Referred Friend Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Order Number', (c, o) => `#${10400 + (+o.id % 9000)}`, [OR('purchaseID')]],
    ['Purchase Amount', (c, o) => rfAmt(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Friend Coupon Code', (c, o) => `RC-${rfAdv(o)[2]}-${(+o.id % 9000) + 1000}`, ['commerce.promotionID'], opt],
    ['Friend Discount', (c, o) => (rfAmt(o) * 0.15).toFixed(2), [OR('discountAmount')], opt],
    ['Advocate Reward', (c, o) => (rfSt(o) === 'Disqualified' ? '' : '$10.00 cash'), []],
    ['Status', (c, o) => rfSt(o), [], opt],
    ['Review Period Ends', (c, o) => rfDT(o.at + 30 * 86400000).slice(0, 10), []],
    ['Disqualification Reason', (c, o) => (rfSt(o) === 'Disqualified' ? ['Self-referral detected', 'Order refunded', 'Friend is not a new customer'][+o.id % 3] : ''), []],
    ['Referral Source', (c, o) => ['Email', 'Facebook', 'Referral link', 'SMS', 'Twitter'][+o.id % 5], [], opt],
    ['Campaign', () => 'Give 15% off, Get $10', []],
  ] },
]
