// Round 74, heldout198: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports of US, Canadian and UK SaaS products, headers
// as each product's (English) UI or export writes them: a US payment-facilitation platform's payments export (Finix)
// (US, E); a UK subscription-commerce platform's order export for a magazine publisher (Limio) (UK, E); a US
// affiliate-tracking platform's conversion report (HasOffers by TUNE) (US, E); a US appointment-scheduling service's
// appointment report (TimeTap) (US, E); a US B2C marketing-automation platform's customer export (Zaius) (US, P); a
// Canadian massage-therapy clinic software's client list (ClinicSense) (CA, P); a US live-webinar platform's registrant
// export (Crowdcast) (US, B); a UK company-intelligence database's company-and-contact list export (Global Database)
// (UK, B). E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (a short source hunt in the docs and
// pages corpora found no public column list for any of them); a subset of each export's columns, in the order the
// writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, GEO, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm12, mdy, dmy, local, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// US Eastern -5, Central -6, Mountain -7, Pacific -8; UK 0; all with summer time (values.local's April-September)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const usd = (x) => `$${group(Math.floor(x))}.${money(x).slice(-2)}`
const gbp = (x) => `£${group(Math.floor(x))}.${money(x).slice(-2)}`
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.(\d\d)\dZ$/, '.$1Z')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const FIRST = {
  m: ['Tyler', 'Brandon', 'Marcus', 'Kevin', 'Jordan', 'Luis', 'Ethan', 'Andre', 'Nathan', 'Ryan', 'Derek', 'Caleb'],
  f: ['Ashley', 'Brianna', 'Megan', 'Jasmine', 'Lauren', 'Kayla', 'Rachel', 'Alicia', 'Hannah', 'Tiffany', 'Monica', 'Erin'],
}
const LAST = ['Anderson', 'Thompson', 'Ramirez', 'Nguyen', 'Patel', 'Robinson', 'Hughes', 'Foster', 'Sullivan', 'Brooks', 'Coleman', 'Reyes', 'Bennett', 'Kowalski', 'Murphy', 'Washington']
const UK = {
  m: ['Oliver', 'Harry', 'George', 'Jack', 'Callum', 'Rhys', 'Alfie', 'Owen', 'Jamie', 'Lewis'],
  f: ['Amelia', 'Sophie', 'Charlotte', 'Chloe', 'Ellie', 'Niamh', 'Bethany', 'Hollie', 'Gemma', 'Zara'],
  last: ['Barker', 'Whitfield', 'Hargreaves', 'Ahmed', 'Davies', 'Pritchard', 'Singh', 'Holloway', 'Marsh', 'Fletcher', 'Okafor', 'Lloyd'],
}
const CA = {
  m: ['Liam', 'Connor', 'Owen', 'Mathieu', 'Jason', 'Arjun', 'Wyatt', 'Cole'],
  f: ['Emma', 'Avery', 'Chloé', 'Madison', 'Priya', 'Brooke', 'Kaitlyn', 'Jenna'],
  last: ['MacDonald', 'Tremblay', 'Campbell', 'Wong', 'Gill', 'Fraser', 'Leblanc', 'Chen', 'Thiessen', 'Sandhu', 'Morrison', 'Kowalchuk'],
}
// [city, state, zip, area codes]
const US_PLACES = [['Columbus', 'OH', '43215', ['614', '380']], ['Denver', 'CO', '80205', ['303', '720']], ['Austin', 'TX', '78704', ['512', '737']], ['Raleigh', 'NC', '27603', ['919', '984']], ['Minneapolis', 'MN', '55408', ['612', '952']], ['Tampa', 'FL', '33606', ['813', '656']], ['Portland', 'OR', '97214', ['503', '971']], ['Pittsburgh', 'PA', '15213', ['412', '878']], ['Burlington', 'VT', '05401', ['802', '802']], ['Sacramento', 'CA', '95816', ['916', '279']]]
const US_ST = ['Maple Ave', 'N High St', 'Walnut St', 'Lakeview Dr', 'E 14th Ave', 'Willow Creek Rd', 'Pine Ridge Ct', 'S Congress Ave', 'Elmwood Ave', 'Harbor Blvd']
const US_MAIL = ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'comcast.net']
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  if (cc === 'us') {
    const f = v.pick(r, female ? FIRST.f : FIRST.m), l = v.pick(r, LAST), pl = v.pick(r, US_PLACES)
    const ph = () => `${v.pick(r, pl[3])}${v.int(r, 201, 989)}${pad(v.int(r, 0, 9999), 4)}`
    return { female, first: f, last: l, full: `${f} ${l}`, city: pl[0], state: pl[1], zip: pl[2],
      street: `${v.int(r, 12, 9870)} ${v.pick(r, US_ST)}`, apt: r() < 0.25 ? `Apt ${v.int(r, 1, 32)}${v.pick(r, ['', 'B', ''])}` : '',
      mobile: ph(), home: r() < 0.4 ? ph() : '',
      mail: `${f.toLowerCase()}${v.pick(r, ['.', '', '_'])}${l.toLowerCase()}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, US_MAIL)}`,
      birth: Date.UTC(1962, 0, 1) + Math.floor(r() * 42 * 365) * day, r }
  }
  if (cc === 'uk') {
    const f = v.pick(r, female ? UK.f : UK.m), l = v.pick(r, UK.last)
    return { female, first: f, last: l, full: `${f} ${l}`,
      mobile: `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`,
      mail: `${f.toLowerCase()}${v.pick(r, ['.', '', '_'])}${l.toLowerCase()}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'sky.com'])}`, r }
  }
  const f = v.pick(r, female ? CA.f : CA.m), l = v.pick(r, CA.last)
  return { female, first: f, last: l, full: `${f} ${l}`, birth: Date.UTC(1958, 0, 1) + Math.floor(r() * 48 * 365) * day,
    mail: `${f.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}${v.pick(r, ['.', '', ''])}${l.toLowerCase()}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'icloud.com'])}`, r }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const us = (c) => who(c, 'us')
const uk = (c) => who(c, 'uk')
const ca = (c) => who(c, 'ca')
const usPh = (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`
const ukFull = (c, k = 0) => { const p = seeded({ ...c, id: String(n(c) + k) }, 'ukp'); return `${v.pick(p, UK.f.concat(UK.m))} ${v.pick(p, UK.last)}` }

// ---------------------------------------------------------------- 1. Finix payments export (US, E)
// a youth-soccer registration platform that runs its clubs' card and ACH payments through Finix; one row per payment
// (transfer); Finix writes its own IDs, API enum values in capitals and UTC timestamps
const FX_CLUB = [['Riverside FC Youth Academy', 'MUa8Qz2kVt7rGm4LpXc9WnE1'], ['Front Range Rapids SC', 'MUd3Hs6yBw1KqN8eTz5RoP2j'], ['Lakeshore United', 'MUf7Jp4cXm9VsA2uLb6GtY3h'], ['Capital City Strikers', 'MUk2Nw8rEq5ZdC7xHv1MsB9t']]
const FX_FEE = [['Spring Rec League Registration', 145], ['Competitive Team Dues (Installment 1 of 3)', 420], ['Summer Skills Camp', 189], ['Tournament Fee', 65], ['Uniform Kit', 92.5]]
const fxClub = (o) => row(FX_CLUB, n(o) % 4)
const fxFee = (o) => row(FX_FEE, (n(o) >> 2) % 5)
const fxAmt = (o) => fxFee(o)[1] * (n(o) % 7 === 0 ? 2 : 1)
const fxBank = (o) => n(o) % 6 === 5
const fxState = (o) => (n(o) % 13 === 0 ? 'FAILED' : fxBank(o) && n(o) % 4 === 1 ? 'PENDING' : 'SUCCEEDED')
const fxAt = (o) => Date.UTC(2025, 1, 10) + ((n(o) * 7919) % (120 * 86400)) * 1000 + (n(o) % 997)
const fxId = (pfx, o, salt) => `${pfx}${v.alnum(v.rng(hash(`${o.id}|${salt}`)), 22)}`
const fxBrand = (o) => row(['VISA', 'MASTERCARD', 'VISA', 'AMERICAN_EXPRESS', 'DISCOVER', 'VISA'], n(o) % 6)
const SET_FX = { name: 'finix-payments-export-us', product: 'Finix (Dashboard > Payments > Export CSV, one row per payment (transfer), a youth-soccer registration platform processing for its clubs, UTC timestamps, USD)', family: 'payments', language: 'en', schema: E, cols: [
  ['ID', (c, o) => fxId('TR', o, 'tr'), ['_id', OR('payments[0].transactionID')]],
  ['Created At', (c, o) => isoZ(fxAt(o)), ['timestamp']],
  ['Updated At', (c, o) => isoZ(fxAt(o) + (fxBank(o) ? 2 * day : 1830)), [OR('lastUpdatedDate')], opt],
  ['Amount', (c, o) => money(fxAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['State', (c, o) => fxState(o), [], opt],
  ['Type', () => 'DEBIT', [], opt],
  ['Fee', (c, o) => money(fxBank(o) ? Math.min(5, fxAmt(o) * 0.008) : fxAmt(o) * 0.029 + 0.3), []],
  ['Merchant', (c, o) => fxClub(o)[1], [], opt],
  ['Merchant Name', (c, o) => fxClub(o)[0], [], opt],
  ['Statement Descriptor', (c, o) => `FNX*${fxClub(o)[0].toUpperCase().replace(/[^A-Z ]/g, '').slice(0, 17).trim()}`, []],
  ['Payment Instrument', (c, o) => fxId('PI', o, 'pi'), [], opt],
  ['Instrument Type', (c, o) => (fxBank(o) ? 'BANK_ACCOUNT' : 'PAYMENT_CARD'), [OR('payments[0].paymentType')]],
  ['Card Brand', (c, o) => (fxBank(o) ? '' : fxBrand(o)), [OR('payments[0].paymentType')], opt],
  ['Masked Account Number', (c, o) => (fxBank(o) ? `XXXXX${pad((n(o) * 37) % 10000, 4)}` : `${fxBrand(o) === 'AMERICAN_EXPRESS' ? '3' : fxBrand(o) === 'MASTERCARD' ? '5' : fxBrand(o) === 'DISCOVER' ? '6' : '4'}XXXXXXXXXXX${pad((n(o) * 53) % 10000, 4)}`), []],
  ['Buyer Name', (c) => us(c).full, []],
  ['Buyer Email', (c) => us(c).mail, EMAIL_ID],
  ['Buyer Phone', (c) => (n(c) % 4 === 0 ? '' : us(c).mobile), PHONE_ID],
  ['Billing Postal Code', (c) => us(c).zip, [BILL('postalCode')]],
  ['Billing Country', () => 'USA', [BILL('country'), BILL('countryCode')], opt],
  ['Tags', (c, o) => `registration_id: REG-${pad((n(o) * 31) % 100000, 5)}; program: ${fxFee(o)[0].split(' (')[0]}`, [], opt],
  ['Trace ID', (c, o) => (fxBank(o) ? `${pad((n(o) * 7717) % 100000000, 8)}${pad(n(o) % 10000000, 7)}` : v.uuid(v.rng(n(o) * 3 + 1))), [OR('payments[0].transactionID')], opt],
  ['Failure Code', (c, o) => (fxState(o) === 'FAILED' ? row(['GENERIC_DECLINE', 'INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'INVALID_CVV'], n(o) % 4) : ''), []],
  ['Failure Message', (c, o) => (fxState(o) === 'FAILED' ? row(['The card was declined for an unknown reason.', 'The card has insufficient funds to complete the purchase.', 'The card has expired.', 'The CVV entered is incorrect.'], n(o) % 4) : ''), []],
  ['Ready To Settle At', (c, o) => (fxState(o) === 'SUCCEEDED' ? isoZ(fxAt(o) + day) : ''), []],
] }

// ---------------------------------------------------------------- 2. Limio order export (UK, E)
// a London weekly current-affairs magazine selling print and digital subscriptions through Limio on top of Zuora;
// one row per order (new subscription, offer change or cancellation)
const LM_OFFER = [['Digital Monthly', 'DIG-M-STD', 'Digital', 9.99, 'Monthly'], ['Print + Digital Quarterly', 'PD-Q-STD', 'Print + Digital', 49.0, 'Quarterly'], ['12 issues for £12', 'PD-INTRO-12', 'Print + Digital', 12.0, 'Quarterly'], ['Digital Annual', 'DIG-A-STD', 'Digital', 99.0, 'Annual'], ['Student Digital Annual', 'DIG-A-STU', 'Digital', 49.5, 'Annual'], ['Print Annual (Gift)', 'PR-A-GIFT', 'Print', 169.0, 'Annual']]
const LM_TOWN = [['London', 'Greater London', 'SW11 5RL'], ['Bristol', 'Bristol', 'BS6 7HN'], ['Leeds', 'West Yorkshire', 'LS6 2AX'], ['Edinburgh', 'City of Edinburgh', 'EH9 1PR'], ['Bath', 'Somerset', 'BA2 4DP'], ['Cambridge', 'Cambridgeshire', 'CB1 3HA'], ['Cardiff', 'South Glamorgan', 'CF24 4QL'], ['Harrogate', 'North Yorkshire', 'HG1 2RS']]
const LM_ROAD = ['Cedar Road', 'Victoria Street', 'Elm Grove', 'Kingsway', 'Albert Terrace', 'Church Lane', 'Marlborough Road', 'The Crescent']
const lmOffer = (o) => row(LM_OFFER, n(o) % 6)
const lmType = (o) => row(['new', 'new', 'change_offer', 'new', 'cancel', 'new', 'renew'], n(o) % 7)
const lmAt = (o) => Date.UTC(2025, 0, 8) + ((n(o) * 7919) % (210 * 86400)) * 1000
const lmUk = (p) => `${dmy(p, '/')} ${pad(p.H)}:${pad(p.M)}`
const lmPrint = (o) => lmOffer(o)[2] !== 'Digital'
const lmTown = (c) => row(LM_TOWN, n(c) % 8)
const lmPromo = (o) => (lmOffer(o)[1] === 'PD-INTRO-12' ? 'INTRO12' : n(o) % 9 === 0 ? 'SPRING25' : '')
const lmPrice = (o) => (lmType(o) === 'cancel' ? 0 : lmPromo(o) === 'SPRING25' ? lmOffer(o)[3] * 0.75 : lmOffer(o)[3])
const SET_LM = { name: 'limio-orders-export-uk', product: 'Limio (Limio Commerce: Orders > Export, one row per order, a London weekly magazine\'s print and digital subscriptions on Zuora, Europe/London, GBP)', family: 'subscriptions', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => `ord-${v.alnum(v.rng(hash(`lm${o.id}`)), 20).toLowerCase()}`, ['_id', OR('purchaseID')]],
  ['Order Date', (c, o) => lmUk(local(lmAt(o), 0)), ['timestamp', OR('createdDate')]],
  ['Order Type', (c, o) => lmType(o), [], opt],
  ['Status', (c, o) => (n(o) % 17 === 0 ? 'failed' : n(o) % 11 === 0 ? 'submitted' : 'complete'), [], opt],
  ['Customer ID', (c) => `cust-${v.alnum(seeded(c, 'lmc'), 16).toLowerCase()}`, CUST_ID, opt],
  ['Email', (c) => uk(c).mail, EMAIL_ID],
  ['First Name', (c) => uk(c).first, []],
  ['Last Name', (c) => uk(c).last, []],
  ['Offer Name', (c, o) => lmOffer(o)[0], [PL('name')]],
  ['Offer Code', (c, o) => lmOffer(o)[1], [PL('SKU')]],
  ['Product', (c, o) => lmOffer(o)[2], [PL('productCategories[0].categoryName'), PL('name')], opt],
  ['Billing Frequency', (c, o) => lmOffer(o)[4], [], opt],
  ['Price', (c, o) => gbp(lmPrice(o)), [OR('priceTotal'), OR('payments[0].paymentAmount'), PL('priceTotal')]],
  ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Payment Method', (c, o) => (lmType(o) === 'cancel' ? '' : row(['Card', 'Direct Debit', 'Card', 'PayPal', 'Direct Debit'], n(o) % 5)), [OR('payments[0].paymentType')]],
  ['Promo Code', (c, o) => lmPromo(o), ['commerce.promotionID']],
  ['Subscription Number', (c, o) => (lmType(o) === 'new' && n(o) % 17 === 0 ? '' : `A-S${pad((n(c) * 37) % 100000000, 8)}`), [], opt],
  ['Zuora Account Number', (c) => `A${pad((n(c) * 13) % 100000000, 8)}`, CUST_ID, opt],
  ['Delivery Address Line 1', (c, o) => (lmPrint(o) ? `${1 + (n(c) % 140)} ${row(LM_ROAD, n(c) % 8)}` : ''), [SHIP('street1')]],
  ['Delivery Address Line 2', (c, o) => (lmPrint(o) && n(c) % 3 === 0 ? `Flat ${1 + (n(c) % 12)}` : ''), [SHIP('street2')]],
  ['Delivery Town/City', (c, o) => (lmPrint(o) ? lmTown(c)[0] : ''), [SHIP('city')]],
  ['Delivery County', (c, o) => (lmPrint(o) ? lmTown(c)[1] : ''), [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
  ['Delivery Postcode', (c, o) => (lmPrint(o) ? lmTown(c)[2] : ''), [SHIP('postalCode')]],
  ['Delivery Country', (c, o) => (lmPrint(o) ? 'United Kingdom' : ''), [SHIP('country')]],
  ['Billing Postcode', (c) => lmTown(c)[2], [BILL('postalCode')]],
  ['Start Date', (c, o) => dmy(local(lmAt(o) + (lmPrint(o) ? 4 * day : 0), 0), '/'), [], opt],
  ['UTM Source', (c, o) => row(['google', 'newsletter', '', 'facebook', 'paywall', ''], n(o) % 6), ['marketing.trackingCode'], opt],
  ['UTM Campaign', (c, o) => row(['brand_search_uk', 'weekly_briefing', '', 'spring_sale_2025', 'article_meter', ''], n(o) % 6), ['marketing.campaignName']],
  ['Marketing Opt-in', (c) => (c.bool ? 'true' : 'false'), []],
] }

// ---------------------------------------------------------------- 3. HasOffers conversion report (US, E)
// a Seattle performance network's CPA offers for a personal-finance advertiser (credit-score app and a high-yield
// savings account); network time zone America/Los_Angeles; one row per conversion
const HO_OFFER = [[112, 'ScoreWise - Free Credit Score (US) - CPL', 'Account Created', 8, 12, 0], [112, 'ScoreWise - Free Credit Score (US) - CPL', 'Credit Report Pulled', 4, 6, 0], [148, 'Harborline HYSA - Funded Account (US)', 'Funded Account', 110, 150, 1], [148, 'Harborline HYSA - Funded Account (US)', 'Application Submitted', 15, 22, 0], [163, 'ScoreWise Premium - Trial Start', 'Trial Start', 25, 35, 29.99]]
const HO_AFF = [[1043, 'CouponCrane Media'], [1187, 'FinanceBuzz Partners LLC'], [1209, 'Thrifty Dad Blog'], [1322, 'AppLift Rewards'], [1405, 'Northbeam Social']]
const hoOffer = (o) => row(HO_OFFER, n(o) % 5)
const hoAff = (o) => row(HO_AFF, (n(o) >> 1) % 5)
const hoAt = (o) => Date.UTC(2025, 4, 1) + ((n(o) * 7919) % (75 * 86400)) * 1000
const hoStatus = (o) => row(['approved', 'approved', 'pending', 'approved', 'rejected', 'approved'], n(o) % 6)
const hoPst = (ms) => local(ms, -8)
const hoDt = (p) => `${ymd(p)} ${hms(p)}`
const hoSale = (o) => { const s = hoOffer(o)[5]; return s === 1 ? 500 + (n(o) * 37) % 9500 : s }
const hoUa = (o) => row([
  ['Mobile Safari', 'iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1'],
  ['Chrome', 'Android', 'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'],
  ['Chrome', 'Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'],
  ['Safari', 'Mac OS X', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15'],
  ['Chrome', 'iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1'],
], n(o) % 5)
const hoIp = (o, k) => `${row([73, 98, 24, 174, 108, 71], (n(o) + k) % 6)}.${(n(o) * 7 + k) % 256}.${(n(o) * 13) % 256}.${1 + (n(o) * 3 + k * 5) % 253}`
const HO_REG = [['CA', 'Los Angeles'], ['TX', 'Houston'], ['FL', 'Orlando'], ['NY', 'Brooklyn'], ['IL', 'Chicago'], ['GA', 'Atlanta'], ['WA', 'Tacoma'], ['OH', 'Dayton']]
const SET_HO = { name: 'hasoffers-conversion-report-us', product: 'HasOffers by TUNE (Reports > Conversion Report > Export CSV, one row per conversion, a Seattle performance network\'s personal-finance CPA offers, America/Los_Angeles, USD)', family: 'analytics', language: 'en', schema: E, cols: [
  ['Conversion ID', (c, o) => String(4810000 + (n(o) * 131) % 900000), ['_id']],
  ['Date/Time', (c, o) => hoDt(hoPst(hoAt(o))), ['timestamp']],
  ['Click Date/Time', (c, o) => hoDt(hoPst(hoAt(o) - (60 + (n(o) * 97) % 86000) * 1000)), [], opt],
  ['Offer ID', (c, o) => String(hoOffer(o)[0]), [], opt],
  ['Offer', (c, o) => hoOffer(o)[1], ['marketing.campaignName'], opt],
  ['Goal', (c, o) => hoOffer(o)[2], [], opt],
  ['Affiliate ID', (c, o) => String(hoAff(o)[0]), [], opt],
  ['Affiliate', (c, o) => hoAff(o)[1], [], opt],
  ['Status', (c, o) => hoStatus(o), [], opt],
  ['Payout', (c, o) => usd(hoOffer(o)[3]), []],
  ['Revenue', (c, o) => usd(hoOffer(o)[4]), [], opt],
  ['Sale Amount', (c, o) => (hoSale(o) ? usd(hoSale(o)) : '$0.00'), [OR('priceTotal')], opt],
  ['Currency', () => 'USD', [OR('currencyCode')], opt],
  ['Transaction ID', (c, o) => `102${v.hex(v.rng(hash(`ho${o.id}`)), 27)}`, [], opt],
  ['Advertiser Sub ID', (c, o) => (n(o) % 5 === 3 ? '' : `u_${pad((n(c) * 7919) % 10000000, 7)}`), [CUST_ID[0], OR('purchaseID')], opt],
  ['Affiliate Sub ID 1', (c, o) => row(['fb_lookalike_ca', 'email_0514', '', 'tiktok_v3', 'sidebar', ''], n(o) % 6), ['marketing.trackingCode'], opt],
  ['Affiliate Sub ID 2', (c, o) => (n(o) % 3 === 0 ? v.alnum(v.rng(n(o) + 9), 12) : ''), []],
  ['Source', (c, o) => row(['organic', 'facebook', 'email', 'tiktok', 'native', ''], n(o) % 6), ['marketing.trackingCode'], opt],
  ['Conversion IP', (c, o) => hoIp(o, 0), ['environment.ipV4']],
  ['Session IP', (c, o) => (n(o) % 4 === 0 ? hoIp(o, 1) : hoIp(o, 0)), ['environment.ipV4'], opt],
  ['Country', () => 'US', [GEO('countryCode')]],
  ['Region', (c, o) => row(HO_REG, (n(o) * 3) % 8)[0], [GEO('stateProvince')]],
  ['City', (c, o) => row(HO_REG, (n(o) * 3) % 8)[1], [GEO('city')]],
  ['Browser', (c, o) => hoUa(o)[0], ['environment.browserDetails.name']],
  ['Platform', (c, o) => hoUa(o)[1], ['environment.operatingSystem']],
  ['User Agent', (c, o) => hoUa(o)[2], ['environment.browserDetails.userAgent']],
  ['Referer', (c, o) => row(['https://www.thriftydad.com/best-free-credit-score-apps/', 'https://l.facebook.com/', '', 'https://www.tiktok.com/', 'https://couponcrane.com/finance'], n(o) % 5), ['web.webReferrer.URL']],
] }

// ---------------------------------------------------------------- 4. TimeTap appointment report (US, E)
// a Columbus, Ohio university's career-services office: advising sessions, mock interviews, headshot days; one row per
// appointment; US date and 12-hour time in America/New_York
const TT_SVC = [['Career Advising (30 min)', 30, 0], ['Resume Review', 30, 0], ['Mock Interview', 60, 0], ['LinkedIn Headshot Session', 15, 10], ['Graduate School Planning', 45, 0], ['Alumni Career Coaching', 60, 40]]
const TT_STAFF = ['Dana Whitaker', 'Marcus Ellison', 'Priya Raman', 'Jill Kowalski', 'Terrence Boyd']
const TT_LOC = ['Younkin Success Center, Room 210', 'Virtual (Zoom)', 'Younkin Success Center, Room 214', 'Virtual (Zoom)', 'Thompson Library Studio B']
const ttSvc = (o) => row(TT_SVC, n(o) % 6)
const ttAt = (o) => Date.UTC(2025, 1, 3) + ((n(o) * 7919) % (100 * 86400)) * 1000
const ttStart = (o) => { const d = ttAt(o) + (2 + (n(o) % 12)) * day; return Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth(), new Date(d).getUTCDate(), 9 + (n(o) % 8), (n(o) % 2) * 30) }
const ttEt = (ms) => local(ms, -5)
const ttSt = (o) => row(['Completed', 'Completed', 'No Show', 'Cancelled', 'Completed', 'Open', 'Completed', 'Pending'], n(o) % 8)
const ttFee = (o) => ttSvc(o)[2]
const SET_TT = { name: 'timetap-appointment-report-us', product: 'TimeTap (Reports > Appointment Report > Export to CSV, one row per appointment, a Columbus, Ohio university career-services office, America/New_York, USD)', family: 'bookings', language: 'en', schema: E, cols: [
  ['Appointment ID', (c, o) => String(180000000 + (n(o) * 7919) % 9000000), ['_id', OR('purchaseID')]],
  ['Date', (c, o) => mdy(ttEt(ttStart(o) + 5 * 3600000)), []],
  ['Start Time', (c, o) => hm12(ttEt(ttStart(o) + 5 * 3600000)), []],
  ['End Time', (c, o) => hm12(ttEt(ttStart(o) + 5 * 3600000 + ttSvc(o)[1] * 60000)), []],
  ['Status', (c, o) => ttSt(o), ['eventType'], opt],
  ['Service', (c, o) => ttSvc(o)[0], [PL('name')], opt],
  ['Staff', (c, o) => row(TT_STAFF, (n(o) >> 1) % 5), []],
  ['Location', (c, o) => row(TT_LOC, n(o) % 5), ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Client ID', (c) => String(52000000 + (n(c) * 13) % 900000), CUST_ID, opt],
  ['Client First Name', (c) => us(c).first, []],
  ['Client Last Name', (c) => us(c).last, []],
  ['Client Email', (c) => (n(c) % 3 === 0 ? `${us(c).last.toLowerCase()}.${1 + (n(c) % 900)}@buckeyemail.osu.edu` : us(c).mail), EMAIL_ID],
  ['Client Cell Phone', (c) => (n(c) % 5 === 0 ? '' : usPh(us(c).mobile)), PHONE_ID],
  ['Client Home Phone', (c) => (us(c).home ? usPh(us(c).home) : ''), PHONE_ID, opt],
  ['Student ID', (c) => (n(c) % 7 === 0 ? '' : `5${pad((n(c) * 7919) % 100000000, 8)}`), CUST_ID, opt],
  ['Class Standing', (c) => row(['Senior', 'Junior', 'Graduate Student', 'Sophomore', 'Alumni', 'Senior'], n(c) % 6), []],
  ['Price', (c, o) => money(ttFee(o)), [PL('priceTotal'), OR('priceTotal')], opt],
  ['Amount Paid', (c, o) => money(ttFee(o) && ['Completed', 'Open'].includes(ttSt(o)) ? ttFee(o) : 0), [OR('payments[0].paymentAmount')], opt],
  ['Created Date', (c, o) => `${mdy(ttEt(ttAt(o)))} ${hm12(ttEt(ttAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['Created By', (c, o) => (n(o) % 4 === 0 ? row(TT_STAFF, (n(o) >> 1) % 5) : 'Client'), []],
  ['Cancel Date', (c, o) => (ttSt(o) === 'Cancelled' ? `${mdy(ttEt(ttAt(o) + day))} ${hm12(ttEt(ttAt(o) + day))}` : ''), [OR('cancelDate')]],
  ['Cancel Reason', (c, o) => (ttSt(o) === 'Cancelled' ? row(['Schedule conflict', 'Class conflict', 'No longer needed', 'Feeling unwell'], n(o) % 4) : ''), []],
  ['Appointment Notes', (c, o) => row(['', 'Bring a printed copy of your resume.', '', 'Applying for summer internships in supply chain', 'Wants to practice behavioral questions', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 5. Zaius customer export (US, P)
// a Vermont outdoor-apparel DTC brand's customer profiles in Zaius (Optimizely Data Platform's forerunner); field
// names are Zaius's snake_case field keys; one row per customer
const zsAt = (c) => Math.min(c.created, c.updated)
const SET_ZS = { name: 'zaius-customers-export-us', product: 'Zaius (Customers > Export, one row per customer profile, field keys as column names, a Vermont outdoor-apparel DTC brand, UTC epoch timestamps)', family: 'email', language: 'en', schema: P, cols: [
  ['zaius_id', (c) => v.uuid(seeded(c, 'zs')), ID, opt],
  ['customer_id', (c) => String(6100000 + (n(c) * 7) % 900000), ID],
  ['email', (c) => us(c).mail, ['personalEmail.address']],
  ['first_name', (c) => us(c).first, ['person.name.firstName']],
  ['last_name', (c) => us(c).last, ['person.name.lastName']],
  ['name', (c) => us(c).full, ['person.name.fullName']],
  ['phone', (c) => (n(c) % 3 === 0 ? '' : `+1${us(c).mobile}`), ['mobilePhone.number', 'homePhone.number']],
  ['gender', (c) => (n(c) % 4 === 0 ? '' : us(c).female ? 'F' : 'M'), ['person.gender']],
  ['dob_year', (c) => (n(c) % 3 === 1 ? '' : String(new Date(us(c).birth).getUTCFullYear())), ['person.birthYear']],
  ['dob_month', (c) => (n(c) % 3 === 1 ? '' : String(new Date(us(c).birth).getUTCMonth() + 1)), [], opt],
  ['dob_day', (c) => (n(c) % 3 === 1 ? '' : String(new Date(us(c).birth).getUTCDate())), [], opt],
  ['street1', (c) => us(c).street, HOMES('street1')],
  ['street2', (c) => us(c).apt, HOMES('street2')],
  ['city', (c) => us(c).city, HOMES('city')],
  ['state', (c) => us(c).state, STATE(['homeAddress', 'mailingAddress'])],
  ['zip', (c) => us(c).zip, HOMES('postalCode')],
  ['country', () => 'US', [...HOMES('countryCode'), ...HOMES('country')]],
  ['timezone', (c) => row(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/New_York'], n(c) % 5), [], opt],
  ['ts', (c) => String(Math.floor(zsAt(c) / 1000)), [], opt],
  ['last_modified_at', (c) => String(Math.floor(Math.max(c.created, c.updated) / 1000)), [], opt],
  ['email_consent', (c) => (n(c) % 9 === 0 ? 'false' : 'true'), ['personalEmail.status'], opt],
  ['sms_consent', (c) => (n(c) % 3 === 0 ? 'true' : 'false'), ['mobilePhone.status'], opt],
  ['loyalty_tier', (c) => row(['Trailblazer', '', 'Summit', '', 'Basecamp'], n(c) % 5), ['loyalty.tier']],
  ['loyalty_points', (c) => (row(['Trailblazer', '', 'Summit', '', 'Basecamp'], n(c) % 5) ? String((n(c) * 17) % 4200) : ''), ['loyalty.points']],
  ['first_order_ts', (c) => (n(c) % 6 === 5 ? '' : String(Math.floor(zsAt(c) / 1000) + 3600 * (1 + n(c) % 200))), [], opt],
  ['order_count', (c) => String(n(c) % 6 === 5 ? 0 : 1 + (n(c) % 9)), []],
  ['total_revenue', (c) => (n(c) % 6 === 5 ? '0' : money((1 + (n(c) % 9)) * (48 + (n(c) % 130)))), [], opt],
  ['acquisition_source', (c) => row(['google / cpc', 'instagram / paid_social', 'direct / none', 'klaviyo_migration', 'facebook / paid_social', 'referral / rei.com'], n(c) % 6), [], opt],
] }

// ---------------------------------------------------------------- 6. ClinicSense client list (CA, P)
// a Calgary registered-massage-therapy clinic's client list; Alberta phone numbers and postal codes, ISO dates
const CS_PLACE = [['Calgary', 'AB', 'T2S 0K1', '403'], ['Calgary', 'AB', 'T3A 5R8', '403'], ['Calgary', 'AB', 'T2R 1E3', '587'], ['Airdrie', 'AB', 'T4B 3N9', '403'], ['Cochrane', 'AB', 'T4C 1A5', '403'], ['Okotoks', 'AB', 'T1S 2B6', '587'], ['Chestermere', 'AB', 'T1X 1L4', '825']]
const CS_ST = ['17 Ave SW', 'Elbow Dr SW', 'Edgemont Blvd NW', 'Main St N', 'Bow Valley Trail', 'Crystal Shores Dr', 'Kensington Rd NW', 'Macleod Trail SE']
const csPl = (c) => row(CS_PLACE, n(c) % 7)
const csPh = (c, k) => { const r = seeded(c, `csph${k}`); return `(${csPl(c)[3]}) ${v.int(r, 201, 989)}-${pad(v.int(r, 0, 9999), 4)}` }
const csVisits = (c) => (n(c) % 8 === 0 ? 0 : 1 + (n(c) * 7) % 38)
const csFirst = (c) => Date.UTC(2019, 2, 1) + ((n(c) * 7919) % (5 * 365)) * day
const csIso = (ms) => ymd(local(ms, -7))
const SET_CS = { name: 'clinicsense-client-list-ca', product: 'ClinicSense (Clients > Export Client List, one row per client, a Calgary registered-massage-therapy clinic, America/Edmonton, CAD)', family: 'bookings', language: 'en', schema: P, cols: [
  ['Client ID', (c) => String(2300000 + (n(c) * 11) % 700000), ID],
  ['First Name', (c) => ca(c).first, ['person.name.firstName']],
  ['Last Name', (c) => ca(c).last, ['person.name.lastName']],
  ['Preferred Name', (c) => (n(c) % 6 === 0 ? ca(c).first.slice(0, 3) : ''), [], opt],
  ['Email', (c) => (n(c) % 11 === 0 ? '' : ca(c).mail), ['personalEmail.address']],
  ['Mobile Phone', (c) => csPh(c, 0), ['mobilePhone.number']],
  ['Home Phone', (c) => (n(c) % 4 === 0 ? csPh(c, 1) : ''), ['homePhone.number']],
  ['Work Phone', (c) => (n(c) % 5 === 0 ? `${csPh(c, 2)} ext. ${100 + n(c) % 400}` : ''), ['workPhone.number']],
  ['Date of Birth', (c) => (n(c) % 9 === 0 ? '' : ymd(shift(ca(c).birth, 0))), ['person.birthDate']],
  ['Gender', (c) => (n(c) % 13 === 0 ? 'Prefer not to say' : ca(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Address', (c) => `${10 + (n(c) * 7) % 2900} ${row(CS_ST, n(c) % 8)}`, HOMES('street1')],
  ['Address 2', (c) => (n(c) % 4 === 1 ? `Unit ${100 + n(c) % 30}` : ''), HOMES('street2')],
  ['City', (c) => csPl(c)[0], HOMES('city')],
  ['Province', (c) => csPl(c)[1], STATE(['homeAddress', 'mailingAddress'])],
  ['Postal Code', (c) => csPl(c)[2], HOMES('postalCode')],
  ['Country', () => 'Canada', HOMES('country')],
  ['Occupation', (c) => row(['Teacher', 'Registered Nurse', 'Oil & Gas Engineer', '', 'Retired', 'Electrician', 'Accountant'], n(c) % 7), [], opt],
  ['Employer', (c) => row(['Calgary Board of Education', 'Alberta Health Services', 'Cenovus Energy', '', '', 'Self-employed', ''], n(c) % 7), ['organizations[0]'], opt],
  ['Referred By', (c) => row(['Google', 'Friend / Family', 'Physiotherapist', '', 'Instagram', 'Walk-in'], n(c) % 6), [], opt],
  ['Emergency Contact Name', (c) => (n(c) % 3 === 0 ? '' : `${ca({ ...c, id: String(n(c) + 5) }).first} ${ca(c).last}`), []],
  ['Emergency Contact Phone', (c) => (n(c) % 3 === 0 ? '' : csPh(c, 3)), []],
  ['Insurance Provider', (c) => row(['Alberta Blue Cross', 'Sun Life', 'Canada Life', '', 'Manulife', 'Green Shield Canada'], n(c) % 6), []],
  ['Email Reminders', (c) => (n(c) % 11 === 0 ? 'No' : 'Yes'), [], opt],
  ['Text Reminders', (c) => (n(c) % 3 === 2 ? 'No' : 'Yes'), [], opt],
  ['Email Marketing', (c) => (c.bool ? 'Yes' : 'No'), ['personalEmail.status'], opt],
  ['First Visit', (c) => (csVisits(c) ? csIso(csFirst(c)) : ''), [], opt],
  ['Last Visit', (c) => (csVisits(c) ? csIso(csFirst(c) + Math.min(csVisits(c) * 35, 2000) * day) : ''), []],
  ['Total Visits', (c) => String(csVisits(c)), []],
  ['Client Since', (c) => csIso(csFirst(c) - (n(c) % 5) * day), ['loyalty.joinDate'], opt],
] }

// ---------------------------------------------------------------- 7. Crowdcast registrant export (US, B)
// a Chicago payroll-and-HR SaaS company's webinar "2025 Multi-State Payroll Compliance Update"; registration form with
// custom business questions; one row per registrant; UTC timestamps as Crowdcast writes them
const CC_CO = [['Lakeshore Dental Partners', 'HR Manager', '51-200', 'lakeshoredental.com'], ['Midwest Cold Storage Inc.', 'Payroll Specialist', '201-500', 'midwestcold.com'], ['Brightpath Home Health', 'Director of People Operations', '501-1000', 'brightpathhh.org'], ['Keystone Fabrication LLC', 'Controller', '51-200', 'keystonefab.com'], ['Summit Ridge Property Mgmt', 'Office Manager', '11-50', 'summitridgepm.com'], ['Tandem Logistics Group', 'VP, Human Resources', '1001-5000', 'tandemlogistics.com'], ['Greenleaf Montessori Schools', 'HR Generalist', '51-200', 'greenleafmontessori.org'], ['Cobalt Brewing Co.', 'Operations Manager', '11-50', 'cobaltbrewing.com']]
const ccCo = (c) => row(CC_CO, n(c) % 8)
const ccDom = (c) => ccCo(c)[3]
const ccReg = (c) => Date.UTC(2025, 4, 2) + ((n(c) * 7919) % (34 * 86400)) * 1000
const ccLive = (c) => n(c) % 5 < 3
const ccReplay = (c) => !ccLive(c) && n(c) % 5 === 3
const SET_CC = { name: 'crowdcast-registrants-export-us', product: 'Crowdcast (Event > Registrants > Export CSV, one row per registrant, a Chicago payroll SaaS company\'s compliance webinar, UTC)', family: 'events', language: 'en', schema: B, cols: [
  ['Name', (c) => us(c).full, ['person.name.fullName']],
  ['Email', (c) => (n(c) % 4 === 0 ? us(c).mail : `${us(c).first[0].toLowerCase()}${us(c).last.toLowerCase()}@${ccDom(c)}`), WE],
  ['Registered At', (c) => `${ymd(shift(ccReg(c), 0))} ${hms(shift(ccReg(c), 0))} UTC`, ['extSourceSystemAudit.createdDate'], opt],
  ['Attended Live', (c) => (ccLive(c) ? 'Yes' : 'No'), []],
  ['Watched Replay', (c) => (ccReplay(c) ? 'Yes' : 'No'), []],
  ['Minutes Watched', (c) => String(ccLive(c) ? 12 + (n(c) * 7) % 50 : ccReplay(c) ? 5 + (n(c) % 40) : 0), []],
  ['Chat Messages', (c) => String(ccLive(c) ? (n(c) * 3) % 6 : 0), []],
  ['Questions Asked', (c) => String(ccLive(c) ? (n(c) % 7 === 0 ? 2 : n(c) % 3 === 0 ? 1 : 0) : 0), []],
  ['Referrer', (c) => row(['https://www.linkedin.com/', '', 'https://mail.google.com/', 'https://www.google.com/', ''], n(c) % 5), [], opt],
  ['UTM Source', (c) => row(['linkedin', 'newsletter', '', 'partner_shrm', 'google'], n(c) % 5), [], opt],
  ['UTM Campaign', (c) => row(['payroll_compliance_q2', 'payroll_compliance_q2', '', 'shrm_chapter_promo', 'payroll_compliance_q2'], n(c) % 5), [], opt],
  ['Company', (c) => ccCo(c)[0], CO],
  ['Job Title', (c) => ccCo(c)[1], ['extendedWorkDetails.jobTitle']],
  ['Company Size', (c) => ccCo(c)[2], []],
  ['Phone Number', (c) => (n(c) % 3 === 0 ? '' : usPh(us(c).mobile)), ['workPhone.number', 'mobilePhone.number']],
  ['State', (c) => us(c).state, STATE(['workAddress']), opt],
  ['How many states do you run payroll in?', (c) => row(['1', '2-5', '6-10', '2-5', '11+'], n(c) % 5), []],
  ['Are you a current customer?', (c) => (n(c) % 4 === 1 ? 'Yes' : 'No'), [], opt],
  ['I agree to receive emails about future webinars and product news', (c) => (c.bool ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

// ---------------------------------------------------------------- 8. Global Database company + contact export (UK, B)
// a Manchester managed-security provider's prospect list: North-West England manufacturers and logistics firms, one
// row per contact with the company's Companies House data alongside
const GD_CO = [
  ['Pennine Precision Engineering Ltd', '04418826', 'Private limited company', '25620', 'Machining', '£8,400,000', '64', 'penninepe.co.uk', ['Unit 4 Moss Lane Industrial Estate', 'Oldham', 'Greater Manchester', 'OL9 7HQ'], '0161'],
  ['Ribble Valley Foods Limited', '07192035', 'Private limited company', '10890', 'Manufacture of other food products n.e.c.', '£21,750,000', '182', 'ribblevalleyfoods.co.uk', ['Clitheroe Road', 'Whalley', 'Lancashire', 'BB7 9RA'], '01254'],
  ['Mersey Freight Solutions Ltd', '09874410', 'Private limited company', '49410', 'Freight transport by road', '£14,100,000', '121', 'merseyfreight.com', ['Regent Road', 'Bootle', 'Merseyside', 'L20 8DF'], '0151'],
  ['Castlefield Packaging Group PLC', '02263517', 'Public limited company', '17211', 'Manufacture of corrugated paper and paperboard', '£46,300,000', '410', 'castlefieldpackaging.com', ['Trafford Park Road', 'Manchester', 'Greater Manchester', 'M17 1HG'], '0161'],
  ['Wyre Marine Coatings Limited', '11530862', 'Private limited company', '20301', 'Manufacture of paints, varnishes and similar coatings', '£3,900,000', '27', 'wyremarine.co.uk', ['Fleetwood Road North', 'Thornton-Cleveleys', 'Lancashire', 'FY5 4JZ'], '01253'],
  ['Cheshire Valve & Controls Ltd', '05577310', 'Private limited company', '28140', 'Manufacture of taps and valves', '£11,200,000', '88', 'cheshirevalve.co.uk', ['Road Five, Winsford Industrial Estate', 'Winsford', 'Cheshire', 'CW7 3QP'], '01606'],
]
const GD_ROLE = [['Managing Director', 'Director', 'Management'], ['IT Manager', 'Manager', 'IT'], ['Finance Director', 'Director', 'Finance'], ['Head of IT & Infrastructure', 'Head', 'IT'], ['Operations Director', 'Director', 'Operations'], ['Systems Administrator', 'Staff', 'IT'], ['Chief Financial Officer', 'C-Level', 'Finance']]
const gdCo = (c) => row(GD_CO, n(c) % 6)
const gdRole = (c) => row(GD_ROLE, (n(c) >> 1) % 7)
// incorporation dates in line with the Companies House number ranges
const GD_INC = [Date.UTC(2002, 4, 14), Date.UTC(2010, 2, 3), Date.UTC(2015, 11, 9), Date.UTC(1988, 5, 21), Date.UTC(2018, 7, 28), Date.UTC(2005, 9, 11)]
const gdInc = (c) => row(GD_INC, n(c) % 6)
const gdTel = (c, k) => { const a = gdCo(c)[9]; return a.length === 4 ? `${a} ${400 + (n(c) * 7 + k) % 599} ${pad((n(c) * 13 + k * 71) % 10000, 4)}` : `${a} ${200000 + (n(c) * 7 + k * 31) % 799999}` }
const SET_GD = { name: 'global-database-contacts-export-uk', product: 'Global Database (Prospecting > Search > Export to CSV, one row per contact with company data, a Manchester managed-security provider\'s North-West England prospect list, GBP)', family: 'b2b-leads', language: 'en', schema: B, cols: [
  ['Company Name', (c) => gdCo(c)[0], CO],
  ['Company Number', (c) => gdCo(c)[1], ACCT, opt],
  ['Company Status', () => 'Active', []],
  ['Company Type', (c) => gdCo(c)[2], []],
  ['Incorporation Date', (c) => dmy(shift(gdInc(c), 0), '/'), []],
  ['SIC Code', (c) => gdCo(c)[3], []],
  ['SIC Description', (c) => gdCo(c)[4], []],
  ['Turnover', (c) => gdCo(c)[5], []],
  ['Employees', (c) => gdCo(c)[6], []],
  ['Website', (c) => `www.${gdCo(c)[7]}`, ['b2b.companyWebsite']],
  ['Company Telephone', (c) => gdTel(c, 0), ['workPhone.number'], opt],
  ['Address Line 1', (c) => gdCo(c)[8][0], [W('street1')]],
  ['Town', (c) => gdCo(c)[8][1], [W('city')]],
  ['County', (c) => gdCo(c)[8][2], [...STATE(['workAddress']), W('region')], opt],
  ['Postcode', (c) => gdCo(c)[8][3], [W('postalCode')]],
  ['Country', () => 'United Kingdom', [W('country')]],
  ['Contact First Name', (c) => uk(c).first, ['person.name.firstName']],
  ['Contact Last Name', (c) => uk(c).last, ['person.name.lastName']],
  ['Job Title', (c) => gdRole(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Seniority', (c) => gdRole(c)[1], []],
  ['Department', (c) => gdRole(c)[2], ['extendedWorkDetails.departments[0]']],
  ['Contact Email', (c) => `${uk(c).first.toLowerCase()}${n(c) % 2 ? '.' : ''}${(n(c) % 2 ? uk(c).last : uk(c).last[0]).toLowerCase()}@${gdCo(c)[7]}`, WE],
  ['Email Status', (c) => row(['Verified', 'Verified', 'Catch-all', 'Verified', 'Unverified'], n(c) % 5), ['workEmail.status'], opt],
  ['Direct Dial', (c) => (n(c) % 3 === 0 ? '' : gdTel(c, 1 + (n(c) % 5))), ['workPhone.number']],
  ['Mobile', (c) => (n(c) % 4 === 0 ? uk(c).mobile : ''), ['mobilePhone.number']],
  ['LinkedIn Profile', (c) => (n(c) % 5 === 2 ? '' : `https://www.linkedin.com/in/${uk(c).first.toLowerCase()}-${uk(c).last.toLowerCase()}-${v.alnum(seeded(c, 'li'), 6).toLowerCase()}`), []],
  ['Director', (c) => (['Director', 'C-Level'].includes(gdRole(c)[1]) ? 'Yes' : 'No'), [], opt],
  ['Last Updated', (c) => dmy(shift(Date.UTC(2025, 3, 1) + (n(c) % 90) * day, 0), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
] }

export const SETS = [SET_FX, SET_LM, SET_HO, SET_TT, SET_ZS, SET_CS, SET_CC, SET_GD]
