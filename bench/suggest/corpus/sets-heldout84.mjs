// Round 84, heldout84: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language loyalty, rewards, gift-card, referral, subscription
// and membership tools, each with headers as its own (English) UI or export writes them: a US research firm's Giftbit
// reward history, a Canadian café chain's Givex gift and loyalty card transactions, a US apparel brand's Talkable
// referrals, a US skincare continuity brand's sticky.io orders, a US juice bar's Flok rewards customers, a UK coffee
// chain's PassKit wallet-pass members, a US yoga creator's MemberSpace members, a US running club's Join It members, a
// US pet-food brand's Subscribe Pro subscriptions, a SaaS newsletter's Outseta people, a US chamber of commerce's
// GrowthZone contacts and a B2B software vendor's Influitive AdvocateHub advocates.
import { E, P, B, v, at, HOME, OR, PL, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// ---------------------------------------------------------------- local helpers
const day = 86400000
const n = (c) => +String(c.id ?? c).replace(/\D/g, '').slice(-6) || 1
const pickN = (xs, k) => xs[Math.abs(k) % xs.length]
// North American daylight time, roughly mid-March to early November
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const pacOff = (ms) => (dst(ms) ? -7 : -8)
const eastOff = (ms) => (dst(ms) ? -4 : -5)
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const pac = (ms) => ymdHMS(ms, pacOff(ms))
const east = (ms) => ymdHMS(ms, eastOff(ms))
const usD = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usDT = (ms, h) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const isoMs = (ms) => new Date(ms).toISOString()
const usd = (x) => `$${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const yesNo = (b) => (b ? 'Yes' : 'No')
const TF = (b) => (b ? 'TRUE' : 'FALSE')
const usMob = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
const e164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}`

// US addresses: [street, city, state, zip]
const US_ADDR = [['418 Alder St', 'Portland', 'OR', '97205'], ['2210 E 6th St', 'Austin', 'TX', '78702'], ['77 Summer St', 'Boston', 'MA', '02110'], ['1535 Pine St', 'Seattle', 'WA', '98101'], ['960 Market Ave N', 'Canton', 'OH', '44702'], ['3301 N Lincoln Ave', 'Chicago', 'IL', '60657'], ['145 W Colfax Ave', 'Denver', 'CO', '80202'], ['812 Peachtree St NE', 'Atlanta', 'GA', '30308'], ['26 Elm Ridge Rd', 'Madison', 'WI', '53703'], ['5120 Sunset Blvd', 'Los Angeles', 'CA', '90027']]
// UK people for PassKit: [forename, surname, female]
const UK_PEOPLE = [['Oliver', 'Hughes', false], ['Amelia', 'Patel', true], ['Harry', 'Evans', false], ['Isla', 'Thompson', true], ['George', 'Wright', false], ['Ava', 'Roberts', true], ['Jack', 'Khan', false], ['Freya', 'Walker', true], ['Noah', 'Edwards', false], ['Poppy', 'Green', true], ['Alfie', 'Morris', false], ['Grace', 'Begum', true]]
const UK_PC = ['M1 4BT', 'LS1 5DL', 'BS1 4ST', 'EH1 1YZ', 'SW9 8LF', 'NE1 6JQ', 'B1 1HQ', 'CF10 1EP', 'L1 8JQ', 'G1 2FF']

// ---------------------------------------------------------------- Giftbit
const GB_BRANDS = ['Amazon.com', 'Visa Virtual Prepaid', 'Starbucks', 'Target', 'Uber Eats', 'Choice (multi-brand)', 'Home Depot', 'DoorDash']
const GB_STATUS = ['CLAIMED', 'CLAIMED', 'SENT', 'CLAIMED', 'UNCLAIMED', 'CANCELLED', 'CLAIMED', 'UNDELIVERABLE', 'EXPIRED']
const GB_ORDERS = [['Q3 Shopper Panel Thank-You', 'PANEL-Q3'], ['Diary Study Incentive - Wave 2', 'DS-W2'], ['In-Home Usage Test Completion', 'IHUT-114'], ['Focus Group Chicago Oct', 'FG-CHI-10']]
const gbAmt = (o) => [5, 10, 10, 25, 25, 50, 75, 100][+o.id % 8]

// ---------------------------------------------------------------- Givex
const GX_TYPES = ['Redemption', 'Redemption', 'Redemption', 'Activation', 'Increment', 'Points Issuance', 'Points Redemption', 'Balance Inquiry', 'Cancellation']
const GX_STORES = [['Queen St W', '1001'], ['Yorkville', '1002'], ['Liberty Village', '1004'], ['Kanata Centrum', '2003'], ['Granville Island', '3001']]
const gxType = (o) => GX_TYPES[+o.id % GX_TYPES.length]
const gxAmt = (o) => { const t = gxType(o); return t === 'Activation' ? [25, 50, 100][+o.id % 3] : t === 'Increment' ? 20 : t.startsWith('Points') || t === 'Balance Inquiry' ? 0 : +(4.5 + (+o.id % 2100) / 100).toFixed(2) }

// ---------------------------------------------------------------- Talkable
const TK_STATUS = ['Approved', 'Approved', 'Approved', 'Pending', 'Flagged', 'Voided', 'Blocked']
const TK_CAMPAIGNS = [['Give $20, Get $20', 'Standalone', 41207], ['Post Purchase Share', 'Post Purchase', 41212], ['Holiday Double Reward', 'Invite', 41530]]
const tkSt = (o) => TK_STATUS[+o.id % TK_STATUS.length]
const tkFriend = (c, o) => `${slug(pickN(['Megan', 'Tyler', 'Hannah', 'Jordan', 'Ashley', 'Kevin', 'Rachel', 'Brandon'], +o.id))}.${slug(pickN(['Nguyen', 'Harris', 'Lopez', 'Carter', 'Reed', 'Price', 'Ward'], +o.id >> 2))}${+o.id % 90}@${pickN(['gmail.com', 'icloud.com', 'yahoo.com', 'hotmail.com'], +o.id >> 1)}`

// ---------------------------------------------------------------- sticky.io
const ST_STATUS = [['2', 'Approved'], ['8', 'Shipped'], ['8', 'Shipped'], ['7', 'Declined'], ['6', 'Void/Refunded'], ['11', 'Pending']]
const ST_PRODUCTS = [['112', 'Radiance Vitamin C Serum 30ml', 39.95], ['113', 'Radiance Serum - 30 Day Trial', 4.95], ['118', 'Hydra Night Cream 50ml', 54.0], ['121', 'Eye Renewal Complex', 44.5]]
const stProd = (o) => ST_PRODUCTS[+o.id % ST_PRODUCTS.length]

// ---------------------------------------------------------------- Flok, PassKit, memberships
const FL_LOC = ['Juice Theory - South Congress', 'Juice Theory - Domain', 'Juice Theory - Mueller']
const PK_TIERS = ['Bean', 'Bean', 'Bean', 'Roast', 'Roast', 'Gold Roast']
const PK_STATUS = ['PASS_INSTALLED', 'PASS_INSTALLED', 'PASS_INSTALLED', 'PASS_ISSUED', 'PASS_UNINSTALLED', 'ENROLLED']
const ukP = (c) => UK_PEOPLE[n(c) % UK_PEOPLE.length]
const MS_PLANS = [['Studio Monthly', '$24.00', 'month'], ['Studio Annual', '$240.00', 'year'], ['Free Library', '$0.00', ''], ['Teacher Training 2025', '$1,200.00', 'one-time']]
const JI_TYPES = [['Individual Runner', 45], ['Family', 80], ['Student', 20], ['Lifetime', 500]]
const SP_PRODUCTS = [['WF-CHK-24', 'Wholesome Farms Chicken & Rice Dry Dog Food 24 lb'], ['WF-SAL-12', 'Wholesome Farms Salmon Recipe Dry Cat Food 12 lb'], ['WF-TRT-DNT', 'Dental Chews 30ct'], ['WF-PUP-15', 'Puppy Formula 15 lb']]
const GZ_TYPES = ['Business Member - Tier 1', 'Business Member - Tier 2', 'Non-Profit Member', 'Individual Member', 'Non-Member']
const GZ_CAT = ['Restaurants', 'Accounting & Tax', 'Real Estate', 'Health & Wellness', 'Construction', 'Financial Services', 'Retail']
const IN_LEVELS = ['Insider', 'Insider', 'Advocate', 'Champion', 'Legend']
const B2B_COS = [['Northwind Logistics', 'northwindlogistics.com', 'Transportation'], ['Brightline Health', 'brightlinehealth.org', 'Healthcare'], ['Cobalt Analytics', 'cobaltanalytics.io', 'Software'], ['Pinecrest Credit Union', 'pinecrestcu.org', 'Financial Services'], ['Harbor & Main Retail', 'harborandmain.com', 'Retail'], ['Summit Field Services', 'summitfs.com', 'Construction']]
const b2bCo = (c) => B2B_COS[n(c) % B2B_COS.length]
const b2bMail = (c) => `${slug(c.first)}.${slug(c.last)}@${b2bCo(c)[1]}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const PHONE = ['mobilePhone.number', 'homePhone.number']
const EMAILID = ['endUserIDs._experience.emailid.id']

export const SETS = [
  // ---------------------------------------------------------------- Giftbit: Reward History > Export (one row per reward)
  { name: 'giftbit-reward-history', product: 'Giftbit (Rewards > Reward History > Export CSV, English UI; a US market-research firm sending survey and panel incentives, one row per reward, Pacific times)', family: 'payments', language: 'en', schema: E, cols: [
    ['Reward ID', (c, o, r) => v.uuid(r).replace(/-/g, '').slice(0, 24), ['_id'], opt],
    ['Order ID', (c, o, r) => v.uuid(r), [OR('purchaseID')]],
    ['Order Name', (c, o) => pickN(GB_ORDERS, +o.id)[0], ['marketing.campaignName'], opt],
    ['Internal ID', (c, o) => `${pickN(GB_ORDERS, +o.id)[1]}-${(+o.id % 40) + 1}`, [OR('purchaseOrderNumber')], opt],
    ['Created Date', (c, o) => pac(o.at), ['timestamp']],
    ['Delivery Date', (c, o) => (pickN(GB_STATUS, +o.id) === 'CANCELLED' ? '' : pac(o.at + 60000 * (1 + (+o.id % 9)))), [], opt],
    ['Recipient Name', (c) => c.full, []],
    ['Recipient Email', (c) => c.email, EMAILID, opt],
    ['Delivery Method', (c, o) => (+o.id % 5 === 0 ? 'Giftbit Link' : 'Email'), [], opt],
    ['Delivery Status', (c, o) => (pickN(GB_STATUS, +o.id) === 'UNDELIVERABLE' ? 'HARD_BOUNCE' : 'DELIVERED'), [], opt],
    ['Status', (c, o) => pickN(GB_STATUS, +o.id), [], opt],
    ['Order State', (c, o) => (+o.id % 3 === 0 ? 'FULLY_RECONCILED' : 'INSTANCES_REDEEMABLE'), [], opt],
    ['Brand', (c, o) => (pickN(GB_STATUS, +o.id) === 'CLAIMED' ? pickN(GB_BRANDS, +o.id >> 1) : ''), [PL('name')], opt],
    ['Value', (c, o) => usd(gbAmt(o)), [OR('priceTotal'), PL('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Fee', (c, o) => (pickN(GB_BRANDS, +o.id >> 1).startsWith('Visa') ? '$2.95' : '$0.00'), []],
    ['Claimed Date', (c, o) => (pickN(GB_STATUS, +o.id) === 'CLAIMED' ? pac(o.at + day * (+o.id % 6) + 3600000) : ''), [], opt],
    ['Claim Before Date', (c, o) => usD(o.at + 90 * day), []],
    ['Resend Count', (c, o) => String(pickN(GB_STATUS, +o.id) === 'UNCLAIMED' ? 1 + (+o.id % 2) : 0), []],
    ['Sent By', (c, o) => pickN(['research-ops@fieldlinepanel.com', 'jmorales@fieldlinepanel.com'], +o.id), []],
    ['Notes', (c, o) => pickN(['', '', '', 'Re-sent after bounce', 'Manual add - late completion'], +o.id >> 1), []],
  ] },

  // ---------------------------------------------------------------- Givex: Transaction History report
  { name: 'givex-card-transaction-history', product: 'Givex (merchant portal: Reports > Transaction History, CSV export, English UI; a Toronto-based café chain\'s gift and loyalty cards, one row per card transaction, Eastern times, CAD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => { const p = shift(o.at, eastOff(o.at)); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, ['timestamp'], opt],
    ['Time', (c, o) => { const p = shift(o.at, eastOff(o.at)); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Transaction Reference', (c, o) => String(48000000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Type', (c, o) => gxType(o), [], opt],
    ['Card Number', (c, o, r) => `603628******${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Card Program', (c, o) => (gxType(o).startsWith('Points') ? 'Bean Rewards' : +o.id % 4 === 0 ? 'eGift Card' : 'Gift Card'), [], opt],
    ['Amount', (c, o) => gxAmt(o).toFixed(2), [OR('payments[0].paymentAmount')]],
    ['Points', (c, o) => (gxType(o) === 'Points Issuance' ? String(10 + (+o.id % 60)) : gxType(o) === 'Points Redemption' ? '-150' : '0'), []],
    ['Card Balance', (c, o) => ((+o.id % 9000) / 100).toFixed(2), []],
    ['Points Balance', (c, o) => String((+o.id * 7) % 1400), []],
    ['Currency', () => 'CAD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Store Name', (c, o, r, i) => row(GX_STORES, i)[0], [], opt],
    ['Store ID', (c, o, r, i) => row(GX_STORES, i)[1], ['commerce.commerceScope.storeCode'], opt],
    ['Terminal ID', (c, o, r, i) => `${row(GX_STORES, i)[1]}-0${1 + (+o.id % 3)}`, []],
    ['Operator', (c, o) => pickN(['CLERK01', 'CLERK02', 'MGR', 'WEB'], +o.id), []],
    ['Channel', (c, o) => (+o.id % 4 === 0 ? 'Online' : 'POS'), [], opt],
    ['Invoice Number', (c, o) => (gxType(o) === 'Balance Inquiry' ? '' : `INV${200000 + (+o.id % 90000)}`), [OR('purchaseID')]],
    ['Authorization Code', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Promo Code', (c, o) => (+o.id % 7 === 0 ? 'BONUS10' : ''), ['commerce.promotionID'], opt],
    ['Customer Name', (c, o) => (gxType(o).startsWith('Points') ? c.full : ''), []],
    ['Customer Email', (c, o) => (gxType(o).startsWith('Points') ? c.email : ''), EMAILID, opt],
    ['Result', (c, o) => (+o.id % 17 === 0 ? 'Declined - Insufficient Funds' : 'Approved'), [], opt],
  ] },

  // ---------------------------------------------------------------- Talkable: Referrals report
  { name: 'talkable-referrals-report', product: 'Talkable (Reports > Referrals, Export to CSV, English UI; a US apparel brand\'s refer-a-friend programme, one row per referral with the friend\'s purchase, UTC times)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Referral ID', (c, o) => String(18800000 + +o.id * 3), ['_id'], opt],
    ['Created At', (c, o) => ymdHMS(o.at, 0) + ' UTC', ['timestamp']],
    ['Status', (c, o) => tkSt(o), [], opt],
    ['Approved At', (c, o) => (tkSt(o) === 'Approved' ? ymdHMS(o.at + 14 * day, 0) + ' UTC' : ''), [], opt],
    ['Campaign ID', (c, o) => String(pickN(TK_CAMPAIGNS, +o.id)[2]), [], opt],
    ['Campaign Name', (c, o) => pickN(TK_CAMPAIGNS, +o.id)[0], ['marketing.campaignName'], opt],
    ['Campaign Type', (c, o) => pickN(TK_CAMPAIGNS, +o.id)[1], [], opt],
    ['Advocate Email', (c) => c.email, EMAILID, opt],
    ['Advocate First Name', (c) => c.first, []],
    ['Advocate Last Name', (c) => c.last, []],
    ['Advocate Origin Order Number', (c) => `W${(n(c) % 900000) + 100000}`, [], opt],
    ['Friend Email', (c, o) => tkFriend(c, o), EMAILID, opt],
    ['Friend First Name', (c, o) => pickN(['Megan', 'Tyler', 'Hannah', 'Jordan', 'Ashley', 'Kevin', 'Rachel', 'Brandon'], +o.id), []],
    ['Friend Order Number', (c, o) => `W${(+o.id % 900000) + 100000}`, [OR('purchaseID')]],
    ['Friend Order Subtotal', (c, o) => (o.subtotal * 1.1).toFixed(2), [OR('priceTotal')], opt],
    ['Coupon Code', (c, o) => `FRIEND20-${v.alnum(() => (+o.id % 26) / 26, 1).toUpperCase()}${(+o.id * 37) % 100000}`, ['commerce.promotionID'], opt],
    ['Friend IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['Advocate Reward Status', (c, o) => ({ Approved: 'Given', Pending: 'Pending', Flagged: 'Pending', Voided: 'Voided', Blocked: 'No reward' })[tkSt(o)], []],
    ['Advocate Reward', (c, o) => (tkSt(o) === 'Approved' ? '$20.00 off coupon' : ''), []],
    ['Friend Reward Status', (c, o) => (tkSt(o) === 'Blocked' ? 'No reward' : 'Given'), []],
    ['Reason', (c, o) => (tkSt(o) === 'Blocked' ? pickN(['Same IP address as Advocate', 'Friend is an existing customer', 'Self-referral'], +o.id) : tkSt(o) === 'Flagged' ? 'Similar shipping address' : ''), []],
  ] },

  // ---------------------------------------------------------------- sticky.io: order search export
  { name: 'sticky-io-orders-export', product: 'sticky.io (formerly Lime Light CRM; Orders > Order Search > Export, CSV with the order fields under their API names, English UI; a US skincare brand selling trial-to-subscription offers, one row per order, Eastern times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['order_id', (c, o) => String(1284000 + +o.id), [OR('purchaseID')]],
    ['time_stamp', (c, o) => east(o.at), ['timestamp']],
    ['order_status', (c, o) => pickN(ST_STATUS, +o.id)[0], [], opt],
    ['customer_id', (c) => String(310000 + n(c) % 90000), [], opt],
    ['first_name', (c) => c.first, []],
    ['last_name', (c) => c.last, []],
    ['email_address', (c) => c.email, EMAILID, opt],
    ['customers_telephone', (c, o, r) => `${v.int(r, 201, 989)}${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['billing_street_address', (c, o, r, i) => row(US_ADDR, i + 3)[0], [BILL('street1')]],
    ['billing_street_address2', (c, o, r) => (r() < 0.2 ? `Apt ${v.int(r, 1, 40)}` : ''), [BILL('street2')]],
    ['billing_city', (c, o, r, i) => row(US_ADDR, i + 3)[1], [BILL('city')]],
    ['billing_state', (c, o, r, i) => row(US_ADDR, i + 3)[2], [BILL('stateProvince'), BILL('state')]],
    ['billing_postcode', (c, o, r, i) => row(US_ADDR, i + 3)[3], [BILL('postalCode')]],
    ['billing_country', () => 'US', [BILL('countryCode')]],
    ['shipping_street_address', (c, o, r, i) => row(US_ADDR, i + (i % 4 === 0 ? 1 : 3))[0], [SHIP('street1')]],
    ['shipping_city', (c, o, r, i) => row(US_ADDR, i + (i % 4 === 0 ? 1 : 3))[1], [SHIP('city')]],
    ['shipping_state', (c, o, r, i) => row(US_ADDR, i + (i % 4 === 0 ? 1 : 3))[2], [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_postcode', (c, o, r, i) => row(US_ADDR, i + (i % 4 === 0 ? 1 : 3))[3], [SHIP('postalCode')]],
    ['shipping_country', () => 'US', [SHIP('countryCode')]],
    ['shipping_method_name', (c, o) => (stProd(o)[2] < 5 ? 'Trial Shipping' : 'USPS First Class'), ['commerce.shipping.shippingMethod']],
    ['main_product_id', (c, o) => stProd(o)[0], [PL('SKU'), PL('product')], opt],
    ['main_product_quantity', (c, o) => String(1 + (+o.id % 5 === 0 ? 1 : 0)), [PL('quantity')]],
    ['order_total', (c, o) => (stProd(o)[2] * (1 + (+o.id % 5 === 0 ? 1 : 0)) + (stProd(o)[2] < 5 ? 0 : 5.95)).toFixed(2), [OR('priceTotal')]],
    ['shipping_amount', (c, o) => (stProd(o)[2] < 5 ? '0.00' : '5.95'), ['commerce.shipping.shippingAmount']],
    ['order_sales_tax_amount', () => '0.00', [OR('taxAmount')], opt],
    ['is_recurring', (c, o) => (stProd(o)[2] < 5 ? '1' : +o.id % 3 ? '1' : '0'), [], opt],
    ['recurring_date', (c, o) => (stProd(o)[2] < 5 || +o.id % 3 ? usD(o.at + (stProd(o)[2] < 5 ? 14 : 30) * day, eastOff(o.at)) : ''), [], opt],
    ['ancestor_id', (c, o) => (stProd(o)[2] < 5 ? '' : String(1284000 + +o.id - 30)), [], opt],
    ['cc_type', (c, o) => pickN(['visa', 'master', 'visa', 'amex', 'discover'], +o.id), [OR('payments[0].paymentType')], opt],
    ['cc_number', (c, o, r) => `${pickN(['4', '5', '4', '3', '6'], +o.id)}***********${pad(v.int(r, 0, 9999), 4)}`, []],
    ['afid', (c, o) => pickN(['FB-ADV', 'GOOG-PMAX', 'AFF-1042', ''], +o.id >> 1), ['marketing.trackingCode'], opt],
    ['ip_address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['tracking_number', (c, o, r) => (pickN(ST_STATUS, +o.id)[1] === 'Shipped' ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['gateway_id', (c, o) => String(3 + (+o.id % 3)), []],
  ] },

  // ---------------------------------------------------------------- Flok: customers export
  { name: 'flok-rewards-customers', product: 'Flok (business dashboard: Customers > Export CSV, English UI; a US juice bar with three locations running a points-and-rewards programme by text and app, one row per customer, Central times)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => `cus_${(n(c) * 7919).toString(36)}`, ID, opt],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Phone', (c, o, r) => usMob(r), PHONE],
    ['Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Birthday', (c) => { const p = shift(c.birth, 0); return `${pad(p.m)}/${pad(p.d)}` }, ['person.birthDayAndMonth']],
    ['Zip Code', (c, o, r, i) => pickN(['78704', '78758', '78723', '78745', '78702'], i + n(c)), H('postalCode')],
    ['Points', (c) => String((n(c) * 3) % 140), ['loyalty.points']],
    ['Lifetime Points', (c) => String(140 + (n(c) * 11) % 2600), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(100 * ((n(c) % 23) + 1)), ['loyalty.pointsRedeemed'], opt],
    ['Rewards Redeemed', (c) => String((n(c) % 23) + 1), [], opt],
    ['Visits', (c) => String(12 + (n(c) % 140)), []],
    ['Total Spent', (c) => usd(110 + (n(c) % 1900) * 0.73), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => usD(Math.max(c.created, c.updated), -6), [], opt],
    ['Member Since', (c) => usD(c.created, -6), ['loyalty.joinDate']],
    ['Signup Location', (c) => pickN(FL_LOC, n(c)), [], opt],
    ['Text Opt-In', (c) => yesNo(n(c) % 6 !== 0), [], opt],
    ['Email Opt-In', (c) => yesNo(n(c) % 3 !== 0), [], opt],
    ['Referred By', (c) => (n(c) % 5 === 0 ? '(512) 555-0143' : ''), []],
    ['Tags', (c) => pickN(['', '', 'VIP', 'Smoothie Club', 'Staff'], n(c) >> 2), []],
  ] },

  // ---------------------------------------------------------------- PassKit: members export
  { name: 'passkit-membership-members', product: 'PassKit (PassKit Membership portal: Members > Export CSV, English UI; a UK coffee chain\'s digital loyalty card in Apple Wallet and Google Wallet, one row per member, UTC ISO times)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => v.alnum(r, 22), ID, opt],
    ['External ID', (c) => `RB${pad(n(c) % 1000000, 7)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Program', () => 'Roast Rewards', ['loyalty.program'], opt],
    ['Tier', (c) => pickN(PK_TIERS, n(c)), ['loyalty.tier']],
    ['Status', (c) => pickN(PK_STATUS, n(c) >> 1), ['loyalty.status'], opt],
    ['Salutation', (c) => (ukP(c)[2] ? pickN(['Ms', 'Mrs', 'Miss', ''], n(c)) : pickN(['Mr', 'Mr', ''], n(c))), ['person.name.courtesyTitle']],
    ['Forename', (c) => ukP(c)[0], FN],
    ['Surname', (c) => ukP(c)[1], LN],
    ['Display Name', (c) => `${ukP(c)[0]} ${ukP(c)[1][0]}.`, ['person.name.fullName'], opt],
    ['Email Address', (c) => `${slug(ukP(c)[0])}.${slug(ukP(c)[1])}${n(c) % 90}@${pickN(['gmail.com', 'outlook.com', 'btinternet.com', 'icloud.com'], n(c))}`, ['personalEmail.address']],
    ['Mobile Number', (c, o, r) => `+447${v.int(r, 400, 999)}${v.int(r, 100000, 999999)}`, ['mobilePhone.number']],
    ['Date of Birth', (c) => (n(c) % 4 === 0 ? '' : v.fmt.ymd(c.birth)), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 5 === 0 ? 'NOT_KNOWN' : ukP(c)[2] ? 'FEMALE' : 'MALE'), ['person.gender']],
    ['Postcode', (c) => pickN(UK_PC, n(c) >> 1), H('postalCode')],
    ['Points', (c) => String((n(c) * 13) % 420), ['loyalty.points']],
    ['Secondary Points', (c) => String(n(c) % 9), [], opt],
    ['Tier Points', (c) => String((n(c) * 17) % 2000), [], opt],
    ['Expiry Date', (c) => (pickN(PK_TIERS, n(c)) === 'Bean' ? '' : isoZ(c.created + 365 * day)), ['loyalty.tierExpiryDate'], opt],
    ['Marketing Opt In', (c) => TF(n(c) % 3 !== 0), [], opt],
    ['Wallet', (c) => pickN(['Apple Wallet', 'Google Wallet', 'Apple Wallet', ''], n(c) >> 2), [], opt],
    ['Created', (c) => isoZ(c.created), ['loyalty.joinDate'], opt],
    ['Updated', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
    ['Pass URL', (c, o, r) => `https://pub1.pskt.io/${v.alnum(r, 22)}`, []],
  ] },

  // ---------------------------------------------------------------- MemberSpace: members export
  { name: 'memberspace-members-export', product: 'MemberSpace (Members > Export members (CSV), English UI; a US online yoga studio selling monthly, annual and one-time plans on its Squarespace site, one row per member plan)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(4100000 + n(c) * 3), ID, opt],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? usMob(r) : ''), PHONE],
    ['Country', (c) => (n(c) % 7 === 0 ? 'Canada' : 'United States'), H('country')],
    ['Plan Name', (c) => pickN(MS_PLANS, n(c))[0], ['loyalty.tier'], opt],
    ['Plan Price', (c) => pickN(MS_PLANS, n(c))[1], []],
    ['Billing Interval', (c) => pickN(MS_PLANS, n(c))[2], []],
    ['Plan Status', (c) => pickN(['Active', 'Active', 'Active', 'Trialing', 'Canceled', 'Past Due'], n(c) >> 1), ['loyalty.status'], opt],
    ['Joined', (c) => usD(c.created, -5), ['loyalty.joinDate'], opt],
    ['Next Billing Date', (c) => (pickN(MS_PLANS, n(c))[2] === 'month' ? usD(c.updated + 20 * day, -5) : pickN(MS_PLANS, n(c))[2] === 'year' ? usD(c.created + 365 * day, -5) : ''), []],
    ['Canceled At', (c) => (pickN(['Active', 'Active', 'Active', 'Trialing', 'Canceled', 'Past Due'], n(c) >> 1) === 'Canceled' ? usD(c.updated, -5) : ''), [], opt],
    ['Last Login', (c) => usDT(Math.max(c.created, c.updated), -5), [], opt],
    ['Total Paid', (c) => usd((n(c) % 30) * 24), ['loyalty.lifetimePurchases'], opt],
    ['Stripe Customer ID', (c, o, r) => (pickN(MS_PLANS, n(c))[1] === '$0.00' ? '' : `cus_${v.alnum(r, 14)}`), [], opt],
    ['Coupon Used', (c) => (n(c) % 6 === 0 ? 'NEWYEAR25' : ''), []],
    ['What is your yoga experience?', (c) => pickN(['Beginner', 'Some experience', 'Regular practice', 'Teacher'], n(c) >> 3), []],
    ['How did you hear about us?', (c) => pickN(['Instagram', 'Friend', 'YouTube', 'Google', 'Podcast'], n(c) >> 2), []],
    ['Notes', (c) => (n(c) % 9 === 0 ? 'Comped month - tech issue' : ''), []],
  ] },

  // ---------------------------------------------------------------- Join It: members export
  { name: 'joinit-members-export', product: 'Join It (Members > View Members > Export, CSV, English UI; a US running club with individual, family, student and lifetime memberships, one row per membership)', family: 'memberships', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => usMob(r), PHONE],
    ['Address', (c, o, r, i) => row(US_ADDR, i)[0], H('street1')],
    ['Address 2', (c) => c.street2, H('street2')],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], HSTATE],
    ['Zip', (c, o, r, i) => row(US_ADDR, i)[3], H('postalCode')],
    ['Country', () => 'United States', H('country')],
    ['Birthday', (c) => usD(c.birth), ['person.birthDate']],
    ['Company', (c) => (n(c) % 3 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Job Title', (c) => (n(c) % 3 === 0 ? c.job : ''), []],
    ['Membership Type', (c) => pickN(JI_TYPES, n(c))[0], ['loyalty.tier']],
    ['Membership ID', (c) => `RC-${1000 + (n(c) % 9000)}`, ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['Status', (c) => pickN(['active', 'active', 'active', 'expired', 'cancelled', 'pending'], n(c) >> 1), ['loyalty.status'], opt],
    ['Join Date', (c) => usD(c.created), ['loyalty.joinDate']],
    ['Expiration Date', (c) => (pickN(JI_TYPES, n(c))[0] === 'Lifetime' ? '' : usD(c.created + 365 * day * (1 + (n(c) % 3)))), ['loyalty.tierExpiryDate'], opt],
    ['Auto Rebilling Date', (c) => (n(c) % 2 && pickN(JI_TYPES, n(c))[0] !== 'Lifetime' ? usD(c.created + 365 * day * (1 + (n(c) % 3))) : ''), []],
    ['Amount Paid', (c) => pickN(JI_TYPES, n(c))[1].toFixed(2), [], opt],
    ['T-Shirt Size', (c) => pickN(['S', 'M', 'L', 'XL', 'M'], n(c) >> 2), []],
    ['Emergency Contact', (c, o, r) => `${pickN(['Pat', 'Sam', 'Alex', 'Jamie'], n(c))} ${c.last} ${usMob(r)}`, []],
    ['Instagram', (c) => (n(c) % 4 === 0 ? `@${slug(c.first)}runs` : ''), []],
    ['Waiver Signed', (c) => yesNo(n(c) % 8 !== 0), []],
    ['Member Notes', (c) => (n(c) % 7 === 0 ? 'Volunteer - water station' : ''), []],
  ] },

  // ---------------------------------------------------------------- Subscribe Pro: subscriptions export
  { name: 'subscribe-pro-subscriptions', product: 'Subscribe Pro (merchant app: Subscriptions > Export to CSV, English UI; a US pet-food brand on Magento with autoship subscriptions, one row per product subscription, Central times)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Subscription ID', (c, o) => String(5200000 + +o.id), [], opt],
    ['Customer ID', (c) => String(880000 + n(c) % 90000), ID, opt],
    ['Platform Customer ID', (c) => String(30000 + n(c) % 60000), ID, opt],
    ['Customer Email', (c) => c.email, ['personalEmail.address']],
    ['Customer First Name', (c) => c.first, FN],
    ['Customer Last Name', (c) => c.last, LN],
    ['Status', (c, o) => pickN(['Active', 'Active', 'Active', 'Paused', 'Cancelled', 'Failed'], +o.id), [], opt],
    ['Product SKU', (c, o) => pickN(SP_PRODUCTS, +o.id)[0], []],
    ['Product Name', (c, o) => pickN(SP_PRODUCTS, +o.id)[1], []],
    ['Qty', (c, o) => String(1 + (+o.id % 3 === 0 ? 1 : 0)), []],
    ['Interval', (c, o) => pickN(['Every 4 Weeks', 'Every 6 Weeks', 'Every 2 Months', 'Every 4 Weeks'], +o.id >> 1), []],
    ['Next Order Date', (c, o) => v.fmt.ymd(o.at + 28 * day), []],
    ['Last Order Date', (c, o) => v.fmt.ymd(o.at), [], opt],
    ['Created', (c) => ymdHMS(c.created, -6), [], opt],
    ['Coupon Code', (c, o) => (+o.id % 4 === 0 ? 'AUTOSHIP5' : ''), []],
    ['Shipping Method', (c, o) => (+o.id % 5 === 0 ? 'flatrate_flatrate' : 'freeshipping_freeshipping'), []],
    ['Shipping First Name', (c) => c.first, [], opt],
    ['Shipping Last Name', (c) => c.last, [], opt],
    ['Shipping Company', (c) => (n(c) % 9 === 0 ? 'Paws & Co Grooming' : ''), []],
    ['Shipping Street 1', (c, o, r, i) => row(US_ADDR, i + 5)[0], ['shippingAddress.street1']],
    ['Shipping Street 2', (c) => c.street2, ['shippingAddress.street2']],
    ['Shipping City', (c, o, r, i) => row(US_ADDR, i + 5)[1], ['shippingAddress.city']],
    ['Shipping Region', (c, o, r, i) => row(US_ADDR, i + 5)[2], ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping Postcode', (c, o, r, i) => row(US_ADDR, i + 5)[3], ['shippingAddress.postalCode']],
    ['Shipping Country', () => 'US', ['shippingAddress.countryCode']],
    ['Shipping Phone', (c, o, r) => e164(r), ['shippingAddressPhone.number']],
    ['Payment Profile ID', (c) => String(700000 + n(c) % 90000), []],
    ['Card Type', (c) => pickN(['visa', 'master', 'american_express', 'discover'], n(c)), []],
    ['Card Last 4', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Magento Store Code', () => 'default', [], opt],
  ] },

  // ---------------------------------------------------------------- Outseta: CRM > People > Export
  { name: 'outseta-people-export', product: 'Outseta (CRM > People > Export, CSV, English UI; a SaaS newsletter-and-community business billing teams, one row per person with the account\'s plan and stage, UTC times)', family: 'crm', language: 'en', schema: B, cols: [
    ['Uid', (c, o, r) => v.alnum(r, 8), B2BID, opt],
    ['Email', (c) => b2bMail(c), MAIL],
    ['First name', (c) => c.first, FN],
    ['Last name', (c) => c.last, LN],
    ['Title', (c) => c.job, TITLE],
    ['Account', (c) => b2bCo(c)[0], CO],
    ['Account Uid', (c, o, r) => v.alnum(r, 8), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Primary contact', (c) => TF(n(c) % 3 === 0), [], opt],
    ['Account stage', (c) => pickN(['Subscribing', 'Subscribing', 'Trialing', 'Cancelling', 'Expired', 'Past due'], n(c) >> 1), [], opt],
    ['Plan', (c) => pickN(['Team Monthly', 'Team Annual', 'Solo Monthly', 'Enterprise'], n(c) >> 2), []],
    ['Phone mobile', (c, o, r) => (r() < 0.5 ? e164(r) : ''), ['mobilePhone.number']],
    ['Phone work', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['workPhone.number']],
    ['Mailing address line 1', (c, o, r, i) => row(US_ADDR, i + 2)[0], ['mailingAddress.street1']],
    ['Mailing address line 2', (c) => c.street2, ['mailingAddress.street2']],
    ['Mailing address city', (c, o, r, i) => row(US_ADDR, i + 2)[1], ['mailingAddress.city']],
    ['Mailing address state', (c, o, r, i) => row(US_ADDR, i + 2)[2], ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Mailing address postal code', (c, o, r, i) => row(US_ADDR, i + 2)[3], ['mailingAddress.postalCode']],
    ['Mailing address country', () => 'United States', ['mailingAddress.country']],
    ['Timezone', (c) => pickN(['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Denver'], n(c)), []],
    ['Language', () => 'en', []],
    ['IP address', (c, o, r) => v.ip4(r), []],
    ['Referer', (c) => pickN(['https://www.google.com/', '', 'https://twitter.com/', 'https://www.linkedin.com/'], n(c) >> 1), []],
    ['Subscribed to lists', (c) => pickN(['Weekly Digest', 'Weekly Digest; Product Updates', '', 'Product Updates'], n(c) >> 3), []],
    ['Last login', (c) => isoZ(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Created', (c) => isoZ(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated', (c) => isoZ(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- GrowthZone: contacts report export
  { name: 'growthzone-contacts-report', product: 'GrowthZone (AMS for chambers and associations: Reports > Contacts > Export to Excel, English UI; a US chamber of commerce\'s individual contacts at member and non-member businesses)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(60000 + n(c) % 40000), B2BID, opt],
    ['Account Number', (c) => `M${1000 + n(c) % 3000}`, [], opt],
    ['Prefix', (c) => (c.female ? pickN(['Ms.', 'Mrs.', 'Dr.', ''], n(c)) : pickN(['Mr.', 'Dr.', ''], n(c))), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Suffix', (c) => (n(c) % 11 === 0 ? 'CPA' : n(c) % 13 === 0 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Title', (c) => c.job, TITLE],
    ['Organization', (c) => b2bCo(c)[0], CO],
    ['Primary Contact', (c) => yesNo(n(c) % 3 === 0), [], opt],
    ['Email', (c) => b2bMail(c), MAIL],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.5 ? usMob(r) : ''), ['mobilePhone.number']],
    ['Address Line 1', (c, o, r, i) => row(US_ADDR, i + 4)[0], W('street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.3 ? `Suite ${v.int(r, 100, 900)}` : ''), W('street2')],
    ['City', (c, o, r, i) => row(US_ADDR, i + 4)[1], W('city')],
    ['State', (c, o, r, i) => row(US_ADDR, i + 4)[2], WSTATE],
    ['Postal Code', (c, o, r, i) => row(US_ADDR, i + 4)[3], W('postalCode')],
    ['Country', () => 'United States', W('country')],
    ['Website', (c) => `https://www.${b2bCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Membership Status', (c) => pickN(['Active', 'Active', 'Active', 'Non-Member', 'Prospective', 'Courtesy', 'Inactive'], n(c) >> 1), [], opt],
    ['Membership Type', (c) => pickN(GZ_TYPES, n(c)), [], opt],
    ['Member Since', (c) => usD(c.created), [], opt],
    ['Renewal Date', (c) => usD(c.created + 365 * day * (1 + (n(c) % 4))), []],
    ['Category', (c) => pickN(GZ_CAT, n(c) >> 2), [], opt],
    ['Rep', (c) => pickN(['Dana Whitfield', 'Marcus Lee', ''], n(c)), []],
    ['Lists/Committees', (c) => pickN(['Ambassadors', 'Young Professionals', '', 'Government Affairs; Newsletter', 'Newsletter'], n(c) >> 3), []],
    ['Created Date', (c) => usD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => usDT(Math.max(c.created, c.updated), -6), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Influitive: AdvocateHub advocates export
  { name: 'influitive-advocates-export', product: 'Influitive (AdvocateHub: Advocates > Export CSV, English UI; a B2B software vendor\'s customer-advocacy hub with points, levels and referral counts, one row per advocate, UTC times)', family: 'loyalty', language: 'en', schema: B, cols: [
    ['ID', (c) => String(2200000 + n(c)), B2BID, opt],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => b2bMail(c), MAIL],
    ['Title', (c) => c.job, TITLE],
    ['Company', (c) => b2bCo(c)[0], CO],
    ['Salesforce ID', (c, o, r) => `0033t00${v.alnum(r, 8)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Industry', (c) => b2bCo(c)[2], []],
    ['Product', (c) => pickN(['Analytics Cloud', 'Field Service', 'Analytics Cloud; Connectors'], n(c) >> 1), []],
    ['Position', (c) => pickN(['Decision Maker', 'End User', 'Admin', 'Influencer'], n(c) >> 2), [], opt],
    ['Type', (c) => (n(c) % 6 === 0 ? 'Nominee' : 'Advocate'), [], opt],
    ['Status', (c) => pickN(['Joined', 'Joined', 'Joined', 'Not Joined', 'Archived'], n(c) >> 1), ['b2b.personStatus'], opt],
    ['Level', (c) => pickN(IN_LEVELS, n(c)), [], opt],
    ['Current Points', (c) => String((n(c) * 37) % 9000), []],
    ['Lifetime Points', (c) => String(9000 + (n(c) * 53) % 60000), []],
    ['Challenges Completed', (c) => String(n(c) % 140), []],
    ['Referrals', (c) => String(n(c) % 6), []],
    ['NPS Score', (c) => (n(c) % 4 === 0 ? '' : String(6 + (n(c) % 5))), []],
    ['Groups', (c) => pickN(['Customer Advisory Board', 'Reference Program', 'Beta Testers; Reference Program', ''], n(c) >> 2), []],
    ['Source', (c) => pickN(['Salesforce', 'CSV Import', 'Invite Link', 'Referral'], n(c) >> 3), ['b2b.personSource'], opt],
    ['City', (c, o, r, i) => row(US_ADDR, i + 6)[1], W('city'), opt],
    ['Country', () => 'United States', W('country'), opt],
    ['Joined At', (c) => isoMs(c.created), [], opt],
    ['Last Sign In', (c) => isoMs(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
]
