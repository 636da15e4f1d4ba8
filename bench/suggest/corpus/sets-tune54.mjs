// Round 54, tune54: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language US SaaS: customer success, sales calls, reviews, subscriptions,
// subscription analytics, shipping and returns.
import { E, P, B, v, B2BID, OR, SHIP, PL, GEO, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// US date formats (exports in the account's US time zone, Eastern = UTC-4/-5, here -5)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "2024-05-22T14:31:07.000Z"
const isoMs = (ms) => new Date(ms).toISOString()
// "2024-05-22T14:31:07Z"
const isoS = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
// "2024-05-22 14:31:07 UTC" (Baremetrics, Trustpilot's UTC columns without the zone)
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "5/22/2024 2:31 PM" and "5/22/2024"
const usDT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const usD = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y}` }
// "05/22/2024 14:31"
const usDT24 = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "May 22, 2024 2:31 PM" and "May 22, 2024"
const monDYT = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const day = 86400000
const usd = (n) => n.toFixed(2)
const usdSign = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const oid = (r) => v.hex(r, 24)
const digits = (s) => s.replace(/\D/g, '')
// US numbers as the tools write them: "+15855550882", "(585) 555-0882"
const e164 = (s) => `+${digits(s).slice(0, 11)}`
const paren = (s) => { const d = digits(s).slice(1, 11); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }

// local goods, places and people the shared generators lack
const SUBS_PRODUCTS = [['Whole Bean Coffee - House Blend', '12 oz / Whole Bean', 'CF-HB-12WB', 16.5], ['Whole Bean Coffee - Decaf', '12 oz / Ground', 'CF-DC-12GR', 17.5], ['Daily Greens Powder', '30 servings', 'DG-30', 44.0], ['Dog Dental Chews', 'Medium / 30 ct', 'DDC-M-30', 29.95], ['Unscented Body Wash Refill', '32 fl oz', 'BW-UN-32', 21.0]]
const INTERVALS = ['Every 1 month', 'Every 2 months', 'Every 4 weeks', 'Every 3 months', 'Every 2 weeks']
const US_ADDR = [['412 Maple Ave', 'Apt 3B', 'Columbus', 'OH', '43215'], ['1870 Sunset Blvd', '', 'Los Angeles', 'CA', '90026'], ['77 Harbor St', 'Unit 12', 'Portland', 'ME', '04101'], ['2301 N Lamar Blvd', '', 'Austin', 'TX', '78705'], ['950 Peachtree St NE', 'Apt 1104', 'Atlanta', 'GA', '30309'], ['36 Elmwood Dr', '', 'Naperville', 'IL', '60540'], ['1419 Pine St', '', 'Seattle', 'WA', '98101']]
const NARVAR_ITEMS = [['RN2-BLK', 'Runner 2 - Black'], ['TRL5-GRN', 'Trail 5 - Moss'], ['LOAF-TAN', 'City Loafer - Tan'], ['SNDL-NVY', 'Slide Sandal - Navy'], ['BOOT-BRN', 'Chelsea Boot - Brown']]
const SHOP_ITEMS = [['HOOD-GRY-L', 'Everyday Hoodie - Heather Gray / L', 58.0, 1.4], ['MUG-14-BLK', 'Camp Mug 14 oz - Black', 24.0, 0.9], ['CAP-OLV', 'Waxed Canvas Cap - Olive', 32.0, 0.4], ['TEE-WHT-M', 'Organic Tee - White / M', 28.0, 0.5], ['BTL-750-SS', 'Insulated Bottle 750 ml', 36.0, 1.1], ['SOCK-3PK', 'Merino Crew Socks 3-Pack', 30.0, 0.3]]
const SAAS_CUSTOMERS = [['Brightpath Analytics', 'Growth', 299], ['Northwind Dental Group', 'Starter', 99], ['Lumen Studio', 'Pro Annual', 1990], ['Harbor & Finch', 'Growth', 299], ['Copperleaf Labs', 'Enterprise', 1450], ['Tidewater Realty', 'Starter', 99]]
const RETURN_REASONS = [['Too small', 'Exchange'], ['Too large', 'Exchange'], ['Changed my mind', 'Refund'], ['Arrived damaged', 'Refund'], ['Not as described', 'Store Credit'], ['Ordered wrong item', 'Refund']]
const LOCATIONS = ['Bright Smiles Dental - Round Rock', 'Bright Smiles Dental - Cedar Park', 'Bright Smiles Dental - South Austin']
const PODIUM_LOCATIONS = ['Summit Auto Service - Lehi', 'Summit Auto Service - Orem', 'Summit Auto Service - Draper']
const CALL_ACCOUNTS = [['Globex Corporation', 'Globex - Platform Expansion', 'Negotiation', 84000], ['Initech', 'Initech - New Business', 'Discovery', 36000], ['Umbrella Health', 'Umbrella - Renewal FY25', 'Proposal', 120000], ['Stark Logistics', 'Stark Logistics - Pilot', 'Qualification', 18000], ['Wayne Retail Group', 'Wayne Retail - Upsell', 'Closed Won', 52000]]
const REPS = [['Dana Whitfield', 'dana.whitfield@acmesoftware.com', 'Mid-Market AE'], ['Chris Ortega', 'chris.ortega@acmesoftware.com', 'Enterprise AE'], ['Priya Raman', 'priya.raman@acmesoftware.com', 'SDR Team']]
const REVIEW_TEXTS = [['Great quality, fast shipping', 'Ordered on Monday and it arrived Wednesday. The fabric is thicker than I expected.', 5], ['Runs a bit small', 'Love the color but had to exchange for a size up. Exchange was easy.', 4], ['Customer service saved the day', 'My package was lost and they reshipped right away.', 5], ['Not worth the price', 'Started pilling after two washes.', 2], ['Okay', 'Does the job, nothing special.', 3]]
const BV_PRODUCTS = [['SKU-100482', 'Hydrating Face Cream 1.7 oz', 'Lumière Skin', 'Skincare > Moisturizers'], ['SKU-208815', 'Cordless Stick Vacuum V8', 'HomeCore', 'Home > Floor Care'], ['SKU-311907', 'Trail Running Shoe - Men\'s', 'Ridgeline', 'Shoes > Running'], ['SKU-402266', 'Stainless Steel Cookware Set 10-Piece', 'ChefLine', 'Kitchen > Cookware']]

export const SETS = [
  // ---------------------------------------------------------------- customer success (Planhat: End Users > table view > Export to Excel)
  { name: 'planhat-end-users', product: 'Planhat (Customer Platform: End Users data table > Export to Excel; a B2B SaaS vendor\'s contacts at its customer companies)', family: 'crm', language: 'en', schema: B, cols: [
    ['Id', (c, o, r) => oid(r), B2BID],
    ['External Id', (c, o, r) => (r() < 0.7 ? `usr_${v.int(r, 10000, 99999)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['Source Id', (c, o, r) => (r() < 0.8 ? `003${v.alnum(r, 15)}` : ''), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Company Id', (c, o, r) => oid(r), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Featured', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['Primary', (c, o, r, i) => (i % 4 === 0 ? 'true' : 'false'), []],
    ['Archived', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'champion', 'decision maker', 'champion, exec sponsor', 'billing contact']), []],
    ['Relevance', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['NPS', (c, o, r) => (r() < 0.5 ? String(v.int(r, 0, 10)) : ''), []],
    ['NPS Date', (c, o, r) => (r() < 0.5 ? isoMs(c.updated - v.int(r, 1, 90) * day) : ''), []],
    ['Beats', (c, o, r) => String(v.int(r, 0, 240)), []],
    ['Experience', (c, o, r) => (v.int(r, -20, 80) / 10).toFixed(1), []],
    ['Last Touch', (c, o, r) => isoMs(Math.max(c.created, c.updated) + v.int(r, 1, 40) * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Last Active', (c, o, r) => (r() < 0.8 ? isoMs(Math.max(c.created, c.updated) + v.int(r, 1, 20) * day) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created At', (c) => isoMs(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated At', (c) => isoMs(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- sales calls (Chorus by ZoomInfo: Meetings > filtered list > Export CSV)
  { name: 'chorus-meetings-export', product: 'Chorus by ZoomInfo (Meetings: filtered meeting list > Export to CSV; a software vendor\'s recorded sales calls)', family: 'events', language: 'en', schema: E, cols: [
    ['Meeting ID', (c, o, r) => v.hex(r, 32).toUpperCase(), ['_id']],
    ['Meeting Subject', (c, o, r, i) => `${row(CALL_ACCOUNTS, i)[0]} <> Acme Software | ${v.pick(r, ['Discovery', 'Demo', 'Pricing Review', 'Weekly Sync'])}`, []],
    ['Date', (c, o) => usDT(o.at), ['timestamp']],
    ['Duration (min)', (c, o, r) => String(v.int(r, 8, 62)), []],
    ['Meeting Type', (c, o, r) => v.pick(r, ['Meeting', 'Meeting', 'Dialer Call']), [], opt],
    ['Recording Source', (c, o, r) => v.pick(r, ['Zoom', 'Microsoft Teams', 'Google Meet', 'Outreach Dialer']), [], opt],
    ['Owner', (c, o, r, i) => row(REPS, i)[0], []],
    ['Owner Email', (c, o, r, i) => row(REPS, i)[1], []],
    ['Team', (c, o, r, i) => row(REPS, i)[2], []],
    ['Account', (c, o, r, i) => row(CALL_ACCOUNTS, i)[0], []],
    ['Opportunity', (c, o, r, i) => row(CALL_ACCOUNTS, i)[1], []],
    ['Opportunity ID', (c, o, r) => `006${v.alnum(r, 15)}`, []],
    ['Opportunity Stage', (c, o, r, i) => row(CALL_ACCOUNTS, i)[2], []],
    ['Opportunity Amount', (c, o, r, i) => usdSign(row(CALL_ACCOUNTS, i)[3]), []],
    ['Close Date', (c, o, r) => usD(o.at + v.int(r, 10, 90) * day), []],
    ['Internal Participants', (c, o, r, i) => `${row(REPS, i)[0]}${r() < 0.4 ? '; Sam Carter' : ''}`, []],
    ['External Participants', (c, o, r) => `${c.full}${r() < 0.5 ? `; ${v.pick(r, ['Alex Kim', 'Jordan Blake', 'Taylor Ruiz'])}` : ''}`, []],
    ['Talk Ratio', (c, o, r) => `${v.int(r, 28, 71)}%`, []],
    ['Longest Monologue (sec)', (c, o, r) => String(v.int(r, 20, 240)), []],
    ['Patience (sec)', (c, o, r) => (v.int(r, 3, 25) / 10).toFixed(1), []],
    ['Questions Asked', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Trackers', (c, o, r) => v.pick(r, ['Pricing; Competitors', 'Next Steps', '', 'Budget; Timeline; Pricing', 'Security Review']), []],
    ['Next Steps', (c, o, r) => v.pick(r, ['Send proposal by Friday', 'Schedule technical deep dive', '', 'Loop in procurement']), []],
    ['Language', () => 'English', ['environment._dc.language'], opt],
    ['Meeting URL', (c, o, r) => `https://chorus.ai/meeting/${v.hex(r, 32).toUpperCase()}`, []],
  ] },

  // ---------------------------------------------------------------- reviews (Trustpilot Business: Reviews > Service reviews > Download reviews as CSV)
  { name: 'trustpilot-service-reviews', product: 'Trustpilot (Trustpilot Business: Reviews > Service reviews > Download CSV; a US online apparel store\'s reviews)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o, r) => oid(r), ['_id']],
    ['Review Created (UTC)', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['Review Consumer User ID', (c, o, r) => oid(r), [], opt],
    ['Review Title', (c, o, r, i) => row(REVIEW_TEXTS, i)[0], []],
    ['Review Content', (c, o, r, i) => row(REVIEW_TEXTS, i)[1], []],
    ['Review Stars', (c, o, r, i) => String(row(REVIEW_TEXTS, i)[2]), []],
    ['Source Of Review', (c, o, r) => v.pick(r, ['AFSv2', 'InvitationApi', 'Organic', 'BasicLink']), [], opt],
    ['Review Language', () => 'en', ['environment._dc.language'], opt],
    ['Domain URL', () => 'www.northtrailsupply.com', []],
    ['Business Unit ID', () => '5f1c2a9be3d47b0001a8c4e2', []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'shipping', 'sizing', 'customer-service']), []],
    ['Company Reply Date (UTC)', (c, o, r) => (r() < 0.5 ? ymdHMS(o.at + v.int(r, 1, 72) * 3600000) : ''), [], opt],
    ['Reply Content', (c, o, r) => v.pick(r, ['', 'Thanks so much for the kind words!', 'Sorry to hear this, our team has reached out by email.']), []],
    ['Consumer Name', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Consumer Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Reference Id', (c, o, r) => (r() < 0.8 ? `NTS${v.int(r, 100000, 199999)}` : ''), [OR('purchaseID')], opt],
    ['Location Name', () => '', []],
    ['Country Code', (c, o, r) => v.pick(r, ['US', 'US', 'US', 'CA']), [GEO('countryCode')], opt],
    ['Verified', (c, o, r) => (r() < 0.8 ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- reviews (Bazaarvoice Portal: Ratings & Reviews > Reviews > Export)
  { name: 'bazaarvoice-reviews-export', product: 'Bazaarvoice (Bazaarvoice Portal: Ratings & Reviews > Reviews list > Export CSV; a US retailer\'s product reviews)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o, r) => String(v.int(r, 180000000, 389999999)), ['_id']],
    ['Product ID', (c, o, r, i) => row(BV_PRODUCTS, i)[0], [PL('SKU'), PL('_id')]],
    ['Product Name', (c, o, r, i) => row(BV_PRODUCTS, i)[1], [PL('name')]],
    ['Brand Name', (c, o, r, i) => row(BV_PRODUCTS, i)[2], []],
    ['Category Path', (c, o, r, i) => row(BV_PRODUCTS, i)[3], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Submission Date', (c, o) => usDT24(o.at), ['timestamp']],
    ['Last Modified Date', (c, o, r) => usDT24(o.at + v.int(r, 1, 96) * 3600000), [], opt],
    ['Moderation Status', (c, o, r) => v.pick(r, ['Approved', 'Approved', 'Approved', 'Rejected', 'Pending']), [], opt],
    ['Rating', (c, o, r) => String(v.pick(r, [5, 5, 4, 3, 1])), []],
    ['Review Title', (c, o, r) => v.pick(r, ['Works as advertised', 'My new favorite', 'Disappointed', 'Good value']), []],
    ['Review Text', (c, o, r) => v.pick(r, ['I have used it every day for a month and it still looks new.', 'Stopped working after two weeks.', 'Exactly what I needed, would buy again.']), []],
    ['Is Recommended', (c, o, r) => v.pick(r, ['True', 'True', 'False', '']), []],
    ['User Nickname', (c, o, r) => `${c.first.toLowerCase()}${v.int(r, 10, 99)}`, []],
    ['User Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['User Location', (c, o, r, i) => `${row(US_ADDR, i)[2]}, ${row(US_ADDR, i)[3]}`, []],
    ['Locale', () => 'en_US', ['environment._dc.language'], opt],
    ['Campaign ID', (c, o, r) => v.pick(r, ['BV_PIE_EMAIL', 'BV_RATING_SUMMARY', 'BV_REVIEW_DISPLAY', 'SAMPLING_Q2']), ['marketing.trackingCode', 'marketing.campaignName'], opt],
    ['Verified Purchaser', (c, o, r) => (r() < 0.7 ? 'True' : 'False'), []],
    ['Incentivized Review', (c, o, r) => (r() < 0.15 ? 'True' : 'False'), []],
    ['Syndicated', (c, o, r) => (r() < 0.2 ? 'True' : 'False'), []],
    ['Helpful Votes', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Not Helpful Votes', (c, o, r) => String(v.int(r, 0, 8)), []],
    ['Photo Count', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Client Response', (c, o, r) => v.pick(r, ['', '', 'Thank you for your feedback!']), []],
  ] },

  // ---------------------------------------------------------------- reputation / contacts (Birdeye: Contacts > Download contacts)
  { name: 'birdeye-contacts', product: 'Birdeye (Contacts > Download contacts as Excel/CSV; a multi-location dental practice\'s patients)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Customer Name', (c) => c.full, ['person.name.fullName']],
    ['Email ID', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Phone Number', (c) => paren(c.mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Customer ID', (c, o, r) => (r() < 0.6 ? `PT${v.int(r, 10000, 99999)}` : ''), ['_id', 'personID'], opt],
    ['Location', (c, o, r, i) => row(LOCATIONS, i), []],
    ['Assisted By', (c, o, r) => v.pick(r, ['Dr. Hannah Cole', 'Dr. Ravi Shah', 'Front Desk', '']), []],
    ['Contact Source', (c, o, r) => v.pick(r, ['Integration', 'Bulk Import', 'Check-in', 'API']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'hygiene', 'new patient', 'ortho, vip']), []],
    ['Date Added', (c) => usD(c.created), [], opt],
    ['Last Activity', (c, o, r) => usD(Math.max(c.created, c.updated) + v.int(r, 1, 60) * day), [], opt],
    ['Last Activity Type', (c, o, r) => v.pick(r, ['Review request sent', 'Review received', 'Text message', 'Survey completed']), []],
    ['Review Requests Sent', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Reviews Left', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Email Opt Out', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), [], opt],
    ['Text Opt Out', (c, o, r) => (r() < 0.15 ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- messaging / contacts (Podium: Contacts > Export)
  { name: 'podium-contacts-export', product: 'Podium (Contacts: contact list > Export CSV; an auto-service chain\'s customers)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Phone', (c) => e164(c.mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['personalEmail.address']],
    ['Location', (c, o, r, i) => row(PODIUM_LOCATIONS, i), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Fleet', 'Oil Change Club', 'Tires']), []],
    ['Channel', (c, o, r) => v.pick(r, ['SMS', 'SMS', 'Webchat', 'Google Business Messages']), [], opt],
    ['Assigned To', (c, o, r) => v.pick(r, ['', 'Tanner B.', 'Kelsey M.']), []],
    ['Created At', (c) => monDYT(c.created, -6), [], opt],
    ['Last Interaction', (c, o, r) => monDYT(Math.max(c.created, c.updated) + v.int(r, 1, 45) * day, -6), [], opt],
    ['Review Invite Sent', (c, o, r) => (r() < 0.6 ? 'Yes' : 'No'), []],
    ['Review Left', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Total Payments', (c, o, r) => usdSign(v.int(r, 0, 240000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Opted Out', (c, o, r) => (r() < 0.08 ? 'TRUE' : 'FALSE'), [], opt],
    ['Contact ID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
  ] },

  // ---------------------------------------------------------------- subscription analytics (Baremetrics: Customers > Export CSV)
  { name: 'baremetrics-customers', product: 'Baremetrics (Customers: customer list with a segment > Export CSV; a B2B SaaS company\'s Stripe subscribers)', family: 'payments', language: 'en', schema: P, cols: [
    ['OID', (c, o, r) => `cus_${v.alnum(r, 14)}`, ['_id', 'personID']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['personalEmail.address', 'workEmail.address']],
    ['Company', (c, o, r, i) => row(SAAS_CUSTOMERS, i)[0], ['organizations[0]']],
    ['Current Plan(s)', (c, o, r, i) => row(SAAS_CUSTOMERS, i)[1], []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Trialing', 'Cancelled', 'Past Due']), [], opt],
    ['MRR', (c, o, r, i) => usd(row(SAAS_CUSTOMERS, i)[1] === 'Pro Annual' ? row(SAAS_CUSTOMERS, i)[2] / 12 : row(SAAS_CUSTOMERS, i)[2]), []],
    ['LTV', (c, o, r, i) => usd(row(SAAS_CUSTOMERS, i)[2] * v.int(r, 1, 30)), ['loyalty.lifetimePurchases'], opt],
    ['Customer Since', (c) => ymdHMS(c.created), [], opt],
    ['Trial Start', (c, o, r) => (r() < 0.5 ? ymd(c.created - 14 * day) : ''), []],
    ['Last Payment', (c, o, r) => ymd(Math.max(c.created, c.updated) + v.int(r, 1, 30) * day), [], opt],
    ['Canceled At', (c, o, r) => (r() < 0.15 ? ymd(c.updated + 40 * day) : ''), []],
    ['Cancellation Reason', (c, o, r) => v.pick(r, ['', '', '', 'Too expensive', 'Switched to a competitor', 'Missing features']), []],
    ['Country', (c, o, r) => v.pick(r, ['US', 'US', 'US', 'CA', 'GB']), ['billingAddress.countryCode', ...at(HOME, 'countryCode')], opt],
    ['Source', () => 'Stripe', [], opt],
    ['Plan Quantity', (c, o, r) => String(v.pick(r, [1, 1, 1, 5, 12])), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Upsell candidate', 'Asked about SSO']), []],
  ] },

  // ---------------------------------------------------------------- subscriptions (Bold Subscriptions: Subscriptions > Export subscriptions CSV, Shopify store)
  { name: 'bold-subscriptions-export', product: 'Bold Subscriptions (Bold Subscriptions app admin: Subscriptions > Export CSV, one row per subscription line; a Shopify coffee and wellness store)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['subscription_id', (c, o, r) => String(v.int(r, 4000000, 9999999)), ['_id']],
    ['customer_id', (c, o, r) => String(v.int(r, 200000000, 899999999)), [], opt],
    ['platform_customer_id', (c, o, r) => String(v.int(r, 6e12, 7e12)), [], opt],
    ['email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['first_name', (c) => c.first, []],
    ['last_name', (c) => c.last, []],
    ['subscription_status', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'paused', 'cancelled']), [], opt],
    ['created_at', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['next_order_datetime', (c, o, r) => ymdHMS(o.at + v.int(r, 5, 60) * day), []],
    ['last_order_datetime', (c, o, r) => ymdHMS(o.at + v.int(r, 0, 4) * day), [], opt],
    ['interval_text', (c, o, r) => v.pick(r, INTERVALS), []],
    ['product_title', (c, o, r, i) => row(SUBS_PRODUCTS, i)[0], [PL('name')]],
    ['variant_title', (c, o, r, i) => row(SUBS_PRODUCTS, i)[1], [PL('selectedOptions[0].value')], opt],
    ['sku', (c, o, r, i) => row(SUBS_PRODUCTS, i)[2], [PL('SKU')]],
    ['quantity', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['price', (c, o, r, i) => usd(row(SUBS_PRODUCTS, i)[3] * 0.9), []],
    ['discount_percentage', () => '10', []],
    ['shipping_address1', (c, o, r, i) => row(US_ADDR, i)[0], [SHIP('street1')]],
    ['shipping_address2', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('street2')]],
    ['shipping_city', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('city')]],
    ['shipping_province_code', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_zip', (c, o, r, i) => row(US_ADDR, i)[4], [SHIP('postalCode')]],
    ['shipping_country_code', () => 'US', [SHIP('countryCode')]],
    ['shipping_method', (c, o, r) => v.pick(r, ['Standard Shipping', 'Free Subscriber Shipping', 'Expedited']), ['commerce.shipping.shippingMethod']],
    ['shipping_price', (c, o) => usd(o.shipping ? 5.99 : 0), ['commerce.shipping.shippingAmount']],
    ['currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['orders_processed', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['cancel_reason', (c, o, r) => v.pick(r, ['', '', '', 'Too much product', 'Moving', 'Price']), []],
    ['payment_method', (c, o, r) => `${v.pick(r, ['Visa', 'Mastercard', 'Amex'])} ending in ${v.int(r, 1000, 9999)}`, [OR('payments[0].paymentType')], opt],
  ] },

  // ---------------------------------------------------------------- shipping (ShipStation: Orders > Export Orders, custom export layout)
  { name: 'shipstation-orders-export', product: 'ShipStation (Orders > Export > Export Orders CSV with the default columns, one row per item; a US apparel and gear store)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order - Number', (c, o, r) => String(v.int(r, 10001, 49999)), [OR('purchaseID'), '_id']],
    ['Date - Order Date', (c, o) => usDT(o.at), ['timestamp', OR('createdDate')]],
    ['Date - Paid Date', (c, o, r) => usDT(o.at + v.int(r, 0, 10) * 60000), [], opt],
    ['Order - Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Awaiting Shipment', 'On Hold', 'Cancelled']), [], opt],
    ['Store - Name', (c, o, r) => v.pick(r, ['North Trail Shopify', 'North Trail Amazon']), [], opt],
    ['Item - SKU', (c, o, r, i) => row(SHOP_ITEMS, i)[0], [PL('SKU')]],
    ['Item - Name', (c, o, r, i) => row(SHOP_ITEMS, i)[1], [PL('name')]],
    ['Item - Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item - Price', (c, o, r, i) => usd(row(SHOP_ITEMS, i)[2]), []],
    ['Customer - Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Ship To - Name', (c) => c.full, []],
    ['Ship To - Company', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Ship To - Address 1', (c, o, r, i) => row(US_ADDR, i)[0], [SHIP('street1')]],
    ['Ship To - Address 2', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('street2')]],
    ['Ship To - City', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('city')]],
    ['Ship To - State', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To - Postal Code', (c, o, r, i) => row(US_ADDR, i)[4], [SHIP('postalCode')]],
    ['Ship To - Country', () => 'US', [SHIP('countryCode')]],
    ['Ship To - Phone', (c, o, r) => (r() < 0.7 ? paren(c.phone) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Amount - Order Shipping', (c, o) => usd(o.shipping ? 7.95 : 0), ['commerce.shipping.shippingAmount']],
    ['Amount - Order Tax', (c, o, r, i) => usd(row(SHOP_ITEMS, i)[2] * o.qty * 0.0725), [OR('taxAmount')]],
    ['Amount - Order Total', (c, o, r, i) => usd(row(SHOP_ITEMS, i)[2] * o.qty * 1.0725 + (o.shipping ? 7.95 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Carrier - Service Selected', (c, o, r) => v.pick(r, ['USPS Ground Advantage', 'USPS Priority Mail', 'UPS® Ground', 'FedEx Home Delivery®']), ['commerce.shipping.shippingMethod']],
    ['Shipment - Tracking Number', (c, o, r) => (r() < 0.8 ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Date - Shipped Date', (c, o, r) => usD(o.at + v.int(r, 1, 3) * day), ['commerce.shipping.shipDate'], opt],
    ['Shipment - Cost', (c, o, r) => usd(v.int(r, 450, 1890) / 100), []],
    ['Order - Weight', (c, o, r, i) => `${(row(SHOP_ITEMS, i)[3] * o.qty).toFixed(1)} lb`, []],
    ['Notes - From Buyer', (c, o, r) => v.pick(r, ['', '', '', 'Please leave at side door', 'Gift - no receipt']), []],
    ['Notes - Internal', (c, o, r) => v.pick(r, ['', '', 'Address verified', 'Reship - lost in transit']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Gift', 'Wholesale']), []],
  ] },

  // ---------------------------------------------------------------- shipment tracking (AfterShip Tracking: Shipments > Export CSV)
  { name: 'aftership-shipments-export', product: 'AfterShip (AfterShip Tracking: Shipments > Export > CSV sent by email; a US home-goods store\'s tracked parcels)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Tracking number', (c, o, r, i) => (i % 4 === 3 ? String(v.int(r, 270000000000, 799999999999)) : `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`), ['commerce.shipping.trackingNumber']],
    ['Order number', (c, o) => o.number, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => String(v.int(r, 5e12, 6e12)), [OR('purchaseID'), '_id'], opt],
    ['Shipment title', (c, o) => o.number, [], opt],
    ['Carrier', (c, o, r, i) => (i % 4 === 3 ? 'FedEx' : 'USPS'), ['commerce.shipping.shippingMethod'], opt],
    ['Service', (c, o, r, i) => (i % 4 === 3 ? v.pick(r, ['FedEx Ground', 'FedEx Home Delivery']) : v.pick(r, ['USPS Ground Advantage', 'Priority Mail'])), ['commerce.shipping.shippingMethod']],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'In Transit', 'Out For Delivery', 'Exception', 'Info Received']), [], opt],
    ['Sub-status', (c, o, r) => v.pick(r, ['Delivered_001', 'InTransit_002', 'OutForDelivery_001', 'Exception_004']), []],
    ['Latest event', (c, o, r) => v.pick(r, ['Delivered, In/At Mailbox', 'Arrived at USPS Regional Facility', 'Out for Delivery', 'Delivery attempted - No access']), []],
    ['Latest event time', (c, o, r) => monDYT(o.at + v.int(r, 2, 6) * day), [], opt],
    ['Origin', () => 'United States', []],
    ['Destination', () => 'United States', [SHIP('country')], opt],
    ['Destination city', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('city')]],
    ['Destination state', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Destination postal code', (c, o, r, i) => row(US_ADDR, i)[4], [SHIP('postalCode')]],
    ['Customer name', (c) => c.full, []],
    ['Email', (c, o, r) => (r() < 0.9 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.4 ? e164(c.mobile) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Shipped date', (c, o) => monDY(o.at), ['commerce.shipping.shipDate'], opt],
    ['Delivered date', (c, o, r) => (r() < 0.6 ? monDY(o.at + v.int(r, 2, 6) * day) : ''), [], opt],
    ['Transit time', (c, o, r) => String(v.int(r, 1, 8)), []],
    ['Estimated delivery date', (c, o, r) => monDY(o.at + v.int(r, 3, 7) * day), [], opt],
    ['On-time status', (c, o, r) => v.pick(r, ['On time', 'On time', 'Late', 'Early', '']), []],
    ['Store', () => 'Hearth & Hollow (Shopify)', [], opt],
    ['Created at', (c, o) => monDYT(o.at), ['timestamp'], opt],
  ] },

  // ---------------------------------------------------------------- returns (Narvar Return & Exchange: Hub > Returns > Export)
  { name: 'narvar-returns-export', product: 'Narvar (Narvar Return & Exchange, Hub: Returns > Export to CSV, one row per returned item; a US footwear retailer)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['RMA Number', (c, o, r) => `RMA${v.int(r, 1000000, 9999999)}`, [OR('returns.returnID'), '_id']],
    ['Order Number', (c, o, r) => `W${v.int(r, 10000000, 99999999)}`, [OR('returns.purchaseID'), OR('purchaseID')]],
    ['Return Created Date', (c, o) => usDT(o.at + 9 * day), ['timestamp']],
    ['Order Date', (c, o) => usD(o.at), [OR('createdDate')], opt],
    ['Customer Name', (c) => c.full, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Item SKU', (c, o, r, i) => `${row(NARVAR_ITEMS, i)[0]}-${['8', '9', '9.5', '10', '11', '10.5'][i % 6]}`, [PL('SKU')]],
    ['Item Name', (c, o, r, i) => `${row(NARVAR_ITEMS, i)[1]} / ${['8', '9', '9.5', '10', '11', '10.5'][i % 6]}`, [PL('name')]],
    ['Return Quantity', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('returnItem.returnQuantityRequested'), PL('quantity')]],
    ['Return Reason', (c, o, r, i) => row(RETURN_REASONS, i)[0], [PL('returnItem.returnReason')]],
    ['Customer Comments', (c, o, r) => v.pick(r, ['', '', 'Box was crushed', 'Need a half size up']), []],
    ['Resolution', (c, o, r, i) => row(RETURN_REASONS, i)[1], [PL('returnItem.returnResolution')]],
    ['Return Method', (c, o, r) => v.pick(r, ['Mail - Prepaid Label', 'Mail - Prepaid Label', 'Drop off - Happy Returns', 'Return to Store']), [], opt],
    ['Return Status', (c, o, r) => v.pick(r, ['Initiated', 'In Transit', 'Delivered to Retailer', 'Refunded', 'Cancelled']), [OR('returns.returnStatus'), PL('returnItem.returnStatus')]],
    ['Item Condition', (c, o, r) => v.pick(r, ['', 'New', 'Worn', 'Damaged']), [PL('returnItem.returnItemCondition')], opt],
    ['Carrier', (c, o, r, i) => (i % 2 ? 'USPS' : 'UPS'), [], opt],
    ['Return Tracking Number', (c, o, r, i) => (i % 2 === 0 ? `1Z${v.alnum(r, 16).toUpperCase()}` : `9202${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`), ['commerce.shipping.trackingNumber'], opt],
    ['Label Cost', (c, o, r) => usd(v.int(r, 695, 1150) / 100), []],
    ['Return Fee', (c, o, r) => usd(r() < 0.5 ? 5.95 : 0), []],
    ['Refund Amount', (c, o, r) => usd(v.int(r, 4900, 16000) / 100), [PL('refundAmount'), OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('refunds[0].currencyCode')], opt],
    ['Received Date', (c, o, r) => (r() < 0.6 ? usD(o.at + v.int(r, 14, 24) * day) : ''), [], opt],
    ['Store Location', (c, o, r) => v.pick(r, ['', '', 'SoHo NYC #104', 'Union Square SF #211']), []],
  ] },

  // ---------------------------------------------------------------- shipping labels (EasyPost Dashboard: Reports > Shipment report > Download CSV)
  { name: 'easypost-shipment-report', product: 'EasyPost (Dashboard: Reports > Create Report > Shipment > CSV with the chosen columns; a US e-commerce brand\'s labels)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => `shp_${v.hex(r, 32)}`, ['_id']],
    ['created_at', (c, o) => isoS(o.at), ['timestamp']],
    ['updated_at', (c, o, r) => isoS(o.at + v.int(r, 1, 120) * 3600000), [], opt],
    ['tracking_code', (c, o, r) => `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`, ['commerce.shipping.trackingNumber']],
    ['status', (c, o, r) => v.pick(r, ['delivered', 'delivered', 'in_transit', 'pre_transit', 'return_to_sender']), [], opt],
    ['carrier', () => 'USPS', ['commerce.shipping.shippingMethod'], opt],
    ['service', (c, o, r) => v.pick(r, ['GroundAdvantage', 'Priority', 'Express']), ['commerce.shipping.shippingMethod']],
    ['rate', (c, o, r) => usd(v.int(r, 420, 2890) / 100), [], opt],
    ['postage_label_created_at', (c, o) => isoS(o.at), ['commerce.shipping.shipDate'], opt],
    ['reference', (c, o, r) => (r() < 0.8 ? `ORD-${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['to_name', (c) => c.full, []],
    ['to_company', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['to_street1', (c, o, r, i) => row(US_ADDR, i)[0], [SHIP('street1')]],
    ['to_street2', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('street2')]],
    ['to_city', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('city')]],
    ['to_state', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['to_zip', (c, o, r, i) => row(US_ADDR, i)[4], [SHIP('postalCode')]],
    ['to_country', () => 'US', [SHIP('countryCode')]],
    ['to_phone', (c, o, r) => (r() < 0.7 ? digits(c.phone).slice(1) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['to_email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['weight', (c, o, r) => (v.int(r, 40, 640) / 10).toFixed(1), []],
    ['length', (c, o, r) => String(v.pick(r, [6, 9, 12, 14])), []],
    ['width', (c, o, r) => String(v.pick(r, [4, 6, 10])), []],
    ['height', (c, o, r) => String(v.pick(r, [2, 4, 6])), []],
    ['insured_value', (c, o, r) => (r() < 0.2 ? usd(v.int(r, 50, 400)) : ''), []],
    ['is_return', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), []],
    ['refund_status', (c, o, r) => v.pick(r, ['', '', '', 'submitted', 'refunded']), []],
    ['label_fee', () => '0.00', []],
    ['postage_fee', (c, o, r) => usd(v.int(r, 420, 2890) / 100), []],
    ['insurance_fee', (c, o, r) => (r() < 0.2 ? usd(v.int(r, 50, 400) / 100) : '0.00'), []],
  ] },
]
