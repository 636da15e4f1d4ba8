// Round 113, tune113: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language gift-card, POS, restaurant, booking and event-ticketing tools of
// the UK, Ireland, the US, Canada and the UAE: gift vouchers sold, gift-card redemptions, gift and loyalty cardholders,
// ticket bookings, a promoter's customer list, ticket transactions, restaurant guests and reservations, tour customers,
// private-event leads, POS transactions and event-venue payments; all English.
import { E, P, B, v, HOME, B2BID, ID, opt, PL, OR, SHIP, BILL } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const DAY = 86400000
const MIN = 60000
// local time: summer time April-October (approximate) in the UK, Ireland, the US and Canada; UAE fixed +4
const summer = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const uk = (ms) => shift(ms, summer(ms) ? 1 : 0)
const usz = (ms, std) => shift(ms, summer(ms) ? std + 1 : std)
const gst = (ms) => shift(ms, 4)
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const dmyHM = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}`
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const mdyNp = (p) => `${p.m}/${p.d}/${p.y}`
const hmAm = (p) => `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monDY = (p) => `${MON[p.m - 1]} ${p.d}, ${p.y}`
const dMonY = (p) => `${p.d} ${MON[p.m - 1]} ${p.y}`
const n2 = (n) => n.toFixed(2)
const gbp = (n) => `£${n2(n)}`
const usd = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const later = (c) => Math.max(c.created, c.updated)

// phones
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukLand = (r) => `0${v.pick(r, ['161', '113', '117', '1632', '20 7'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const ieMobile = (r) => `+353 8${v.pick(r, ['3', '5', '6', '7', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const usPhone = (r, ac = v.int(r, 201, 989)) => `(${ac}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDash = (r, ac = v.int(r, 201, 989)) => `${ac}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r, ac = v.int(r, 201, 989)) => `${ac}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const aeMobile = (r) => `+971 5${v.pick(r, ['0', '2', '5', '6'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`

// e-mail of the row's person
const mail = (c, r, doms) => `${slug(c.first)}${v.pick(r, ['.', '', '_'])}${slug(c.last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
const UK_DOM = ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com']
const US_DOM = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net']
const IE_DOM = ['gmail.com', 'hotmail.com', 'eircom.net', 'outlook.ie', 'icloud.com']
const AE_DOM = ['gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'emirates.net.ae']

// addresses [street, town, county/state, postcode]
const UK_ADR = [
  ['14 Rectory Lane', 'Harrogate', 'North Yorkshire', 'HG1 4PQ'], ['3 Churchill Close', 'Knutsford', 'Cheshire', 'WA16 6DX'],
  ['27 Mill Street', 'Ludlow', 'Shropshire', 'SY8 1BE'], ['Flat 5, 88 Clifton Road', 'Bristol', '', 'BS8 1AF'],
  ['9 The Green', 'Stamford', 'Lincolnshire', 'PE9 2DR'], ['112 Otley Road', 'Leeds', 'West Yorkshire', 'LS16 5JX'],
  ['41 Bath Street', 'Cheltenham', 'Gloucestershire', 'GL50 1YA'], ['6 Orchard Way', 'Keswick', 'Cumbria', 'CA12 4DE'],
]
const US_ADR = [
  ['4182 Maple Ridge Dr', 'Plano', 'TX', '75024'], ['77 Harbor View Ln', 'Tampa', 'FL', '33606'], ['1290 W Elm St', 'Naperville', 'IL', '60540'],
  ['35 Birchwood Ct', 'Columbus', 'OH', '43215'], ['908 Sunset Blvd', 'Scottsdale', 'AZ', '85251'], ['2211 Pine Hollow Rd', 'Charlotte', 'NC', '28205'],
  ['16 Orchard St', 'Worcester', 'MA', '01609'], ['520 S 4th St', 'Philadelphia', 'PA', '19147'],
]
const SD_ADR = [
  ['3410 Grim Ave', 'San Diego', 'CA', '92104'], ['1277 Rosecrans St', 'San Diego', 'CA', '92106'], ['88 Coronado Ave', 'Coronado', 'CA', '92118'],
  ['6021 El Cajon Blvd', 'San Diego', 'CA', '92115'], ['402 N Coast Hwy', 'Oceanside', 'CA', '92054'], ['15 Pacific Vista Dr', 'Carlsbad', 'CA', '92008'],
]
const MI_ADR = [
  ['2214 Lake Dr SE', 'Grand Rapids', 'MI', '49506'], ['515 Wealthy St SE', 'Grand Rapids', 'MI', '49503'], ['78 Main St', 'Rockford', 'MI', '49341'],
  ['1830 Burton St SW', 'Wyoming', 'MI', '49509'], ['403 S Division Ave', 'Grand Rapids', 'MI', '49503'], ['9 Washington Ave', 'Grand Haven', 'MI', '49417'],
]
const H = (leaf) => HOME.map((o) => `${o}.${leaf}`)
const HSTATE = [...H('state'), ...H('stateProvince')]
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const PMAIL = ['personalEmail.address']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const PAYTYPE = [OR('payments[0].paymentType')]
const TXN = [OR('payments[0].transactionID')]
const CO = ['b2b.companyName', 'organizations[0]']
const GP_POST = [0, 0, 4.95, 0, 1.95, 0]
// Tripleseat inquirers: [company, e-mail domain]
const TS_CO = [['Northwestern Mutual', 'nm.com'], ['Grant Thornton LLP', 'us.gt.com'], ['', 'gmail.com'], ['Rush University Medical Center', 'rush.edu'], ['Hyatt Hotels Corp', 'hyatt.com'], ['Midwest Dental Partners', 'midwestdental.com'], ['', 'yahoo.com'], ['Kellogg Alumni Club', 'gmail.com']]

export const SETS = [
  // ---------------------------------------------------------------- Giftpro vouchers sold (UK)
  { name: 'giftpro-vouchers-sold-export-uk', product: 'Giftpro (gift voucher platform for UK hotels, spas and restaurants: Reports > Vouchers Sold > Export to CSV, English (UK) UI, a Lake District country-house hotel selling money and experience vouchers online)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Ref', (c, o) => `GP${500000 + +o.id * 3}`, [OR('purchaseID'), '_id']],
    ['Voucher Code', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, []],
    ['Voucher Name', (c, o, r, i) => row(['£100 Money Voucher', 'Afternoon Tea for Two', 'Dinner, Bed & Breakfast for Two', 'Spa Day for Two', '£50 Money Voucher'], i), [PL('name')]],
    ['Voucher Type', (c, o, r, i) => row(['Monetary', 'Experience', 'Experience', 'Experience', 'Monetary'], i), [], opt],
    ['Order Date', (c, o) => dmyHM(uk(o.at)), ['timestamp', OR('createdDate')]],
    ['Purchaser Title', (c) => (c.female ? 'Mrs' : 'Mr'), []],
    ['Purchaser First Name', (c) => c.first, []],
    ['Purchaser Surname', (c) => c.last, []],
    ['Purchaser Email', (c, o, r) => mail(c, r, UK_DOM), EMAIL_ID, opt],
    ['Purchaser Telephone', (c, o, r) => ukMobile(r), PHONE_ID, opt],
    ['Recipient Name', (c, o, r) => `${v.pick(r, ['Margaret', 'David', 'Susan', 'Emma', 'James'])} ${v.pick(r, ['Holt', 'Barker', 'Wainwright', 'Pearson'])}`, []],
    ['Personal Message', (c, o, r) => v.pick(r, ['', 'Happy 60th Mum, love from us all x', 'Happy anniversary!', 'Merry Christmas']), []],
    ['Delivery Method', (c, o, r, i) => row(['E-Voucher', 'E-Voucher', 'Post - Gift Box', 'E-Voucher', 'Post - 1st Class', 'E-Voucher'], i), ['commerce.shipping.shippingMethod'], opt],
    ['Delivery Address 1', (c, o, r, i) => row(UK_ADR, i)[0], [SHIP('street1')]],
    ['Delivery Town', (c, o, r, i) => row(UK_ADR, i)[1], [SHIP('city')]],
    ['Delivery County', (c, o, r, i) => row(UK_ADR, i)[2], [SHIP('state'), SHIP('stateProvince')]],
    ['Delivery Postcode', (c, o, r, i) => row(UK_ADR, i)[3], [SHIP('postalCode')]],
    ['Delivery Country', () => 'United Kingdom', [SHIP('country')]],
    ['Voucher Value', (c, o, r, i) => n2(row([100, 75, 395, 240, 50], i)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Postage', (c, o, r, i) => n2(row(GP_POST, i)), ['commerce.shipping.shippingAmount']],
    ['Discount Code', (c, o) => (o.coupon ? 'SPRING10' : ''), ['commerce.promotionID']],
    ['Discount', (c, o) => (o.coupon ? '10.00' : '0.00'), [OR('discountAmount')]],
    ['Total Paid', (c, o, r, i) => n2(row([100, 75, 395, 240, 50], i) + row(GP_POST, i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card (Stripe)', 'Card (Stripe)', 'PayPal', 'Reception']), PAYTYPE, opt],
    ['Expiry Date', (c, o) => dmy(uk(o.at + 365 * DAY)), []],
    ['Status', (c, o, r) => v.pick(r, ['Live', 'Live', 'Redeemed', 'Part Redeemed', 'Expired', 'Cancelled']), [], opt],
    ['Marketing Opt In', (c, o, r) => (r() < 0.5 ? 'Yes' : 'No'), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Website', 'Website', 'Phone', 'Reception']), [], opt],
  ] },

  // ---------------------------------------------------------------- Yiftee gift card redemptions (US)
  { name: 'yiftee-redemptions-report-us', product: 'Yiftee (eGift and community gift card platform, US: merchant portal > Reports > Redemptions > Download CSV, English UI, a Grand Rapids coffee roaster taking a downtown community gift card and its own eGift cards)', family: 'payments', language: 'en', schema: E, cols: [
    ['Redemption ID', (c, o) => String(8800000 + +o.id * 11), ['_id', ...TXN]],
    ['Redemption Date', (c, o) => `${mdyNp(usz(o.at, -5))} ${hmAm(usz(o.at, -5))}`, ['timestamp']],
    ['Merchant', () => 'Lantern Coffee Roasters', []],
    ['Location', (c, o, r) => v.pick(r, ['Wealthy St', 'Wealthy St', 'Downtown Monroe Center']), [], opt],
    ['Program', (c, o, r) => v.pick(r, ['Lantern eGift', 'Downtown GR Gift Card', 'Downtown GR Gift Card']), [], opt],
    ['Card Number', (c, o, r) => `**** **** **** ${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Gift Code', (c, o, r) => `YF${v.alnum(r, 8).toUpperCase()}`, []],
    ['Original Amount', (c, o, r) => usd(v.pick(r, [25, 50, 20, 100])), []],
    ['Amount Redeemed', (c, o, r) => usd(v.int(r, 400, 2600) / 100), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Remaining Balance', (c, o, r) => usd(v.int(r, 0, 4000) / 100), []],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Redemption Method', (c, o, r) => v.pick(r, ['Card Swipe', 'Card Swipe', 'Merchant App', 'Online Code']), PAYTYPE, opt],
    ['Auth Code', (c, o, r) => pad(v.int(r, 0, 999999), 6), [], opt],
    ['Purchase Date', (c, o) => mdyNp(usz(o.at - 40 * DAY, -5)), []],
    ['Purchaser Name', (c, o, r) => `${v.pick(r, ['Linda', 'Mark', 'Karen', 'Tom'])} ${v.pick(r, ['VanderMolen', 'DeVries', 'Kowalski', 'Baker'])}`, []],
    ['Purchaser Email', (c, o, r) => `${v.pick(r, ['linda', 'mark', 'karen', 'tom'])}.${v.pick(r, ['vdm', 'devries', 'kowalski'])}@${v.pick(r, US_DOM)}`, [], opt],
    ['Recipient Name', (c) => `${c.first} ${c.last}`, []],
    ['Recipient Email', (c, o, r) => mail(c, r, US_DOM), EMAIL_ID, opt],
    ['Recipient Phone', (c, o, r) => (r() < 0.4 ? usDash(r, 616) : ''), PHONE_ID, opt],
    ['Occasion', (c, o, r) => v.pick(r, ['Birthday', 'Thank You', 'Holiday', 'Employee Reward', '']), []],
    ['Redeemed By', (c, o, r) => v.pick(r, ['Barista iPad', 'Front Counter', 'Online']), []],
    ['Payout Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Pending']), []],
    ['Payout Date', (c, o, r) => (r() < 0.2 ? '' : mdyNp(usz(o.at + 7 * DAY, -5))), []],
  ] },

  // ---------------------------------------------------------------- Factor4 gift & loyalty cardholders (US)
  { name: 'factor4-cardholder-export-us', product: 'Factor4 (gift card and loyalty processor, US: Merchant Portal > Cardholders > Export, Excel, English UI, a West Michigan pizza chain with a points program on its gift/loyalty cards)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Card Number', (c, o, r) => `60${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number', ...ID]],
    ['Card Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Inactive', 'Lost/Stolen']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Program', () => 'Uncle Vito\'s Pizza Rewards', ['loyalty.program']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => mail(c, r, US_DOM), PMAIL],
    ['Phone', (c, o, r) => usPhone(r, 616), ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c, o, r, i) => row(MI_ADR, i)[0], H('street1')],
    ['City', (c, o, r, i) => row(MI_ADR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(MI_ADR, i)[2], HSTATE],
    ['Zip', (c, o, r, i) => row(MI_ADR, i)[3], H('postalCode')],
    ['Birthday', (c) => { const p = shift(c.birth, 0); return `${pad(p.m)}/${pad(p.d)}` }, ['person.birthDayAndMonth']],
    ['Enrolled', (c) => mdy(usz(c.created, -5)), ['loyalty.joinDate']],
    ['Enrolled At', (c, o, r) => v.pick(r, ['Plainfield Ave', 'Alpine', 'Rockford', 'Online']), [], opt],
    ['Points Balance', (c, o, r) => String(v.int(r, 0, 1400)), ['loyalty.points']],
    ['Lifetime Points', (c, o, r) => String(v.int(r, 1400, 9000)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c, o, r) => String(v.int(r, 0, 5000)), ['loyalty.pointsRedeemed']],
    ['Rewards Earned', (c, o, r) => String(v.int(r, 0, 12)), [], opt],
    ['Gift Balance', (c, o, r) => n2(r() < 0.6 ? 0 : v.int(r, 100, 5000) / 100), []],
    ['Visits', (c, o, r) => String(v.int(r, 1, 140)), []],
    ['Total Spend', (c, o, r) => n2(v.int(r, 1500, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => mdy(usz(later(c), -5)), [], opt],
    ['Tier', (c, o, r) => v.pick(r, ['Slice', 'Slice', 'Whole Pie', 'Family Size']), ['loyalty.tier']],
    ['Email Opt In', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['Text Opt In', (c, o, r) => (r() < 0.4 ? 'Y' : 'N'), [], opt],
  ] },

  // ---------------------------------------------------------------- TicketSource bookings (UK)
  { name: 'ticketsource-bookings-export-uk', product: 'TicketSource (UK ticketing: Reports > Bookings > Download (CSV), English (UK) UI, a Yorkshire community theatre with a Gift Aid-registered box office; one row per booking line)', family: 'events', language: 'en', schema: E, cols: [
    ['Booking Ref', (c, o) => `${v.alnum(() => (+o.id % 97) / 97, 1).toUpperCase()}${String(40000000 + +o.id * 13)}`, [OR('purchaseID'), '_id']],
    ['Booking Date', (c, o) => dmyHM(uk(o.at)), ['timestamp', OR('createdDate')]],
    ['Event', (c, o, r, i) => row(['Blithe Spirit', 'The Railway Children', 'Aladdin – Panto 2024', 'Abigail\'s Party', 'Jazz in the Foyer'], i), [PL('name')]],
    ['Performance', (c, o, r) => `${dmy(uk(o.at + v.int(r, 3, 60) * DAY))} ${v.pick(r, ['19:30', '19:30', '14:30', '19:00'])}`, [], opt],
    ['Venue', () => 'The Courthouse Theatre, Thirsk', [], opt],
    ['Ticket Type', (c, o, r, i) => row(['Adult', 'Concession', 'Adult', 'Child', 'Family (2+2)', 'Adult'], i), [PL('selectedOptions[0].value')], opt],
    ['Seat', (c, o, r) => (r() < 0.3 ? 'Unreserved' : `${v.pick(r, ['A', 'B', 'C', 'D', 'F', 'H'])}${v.int(r, 1, 18)}`), []],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticket Price', (c, o, r, i) => gbp(row([14, 12, 14, 8, 40, 14], i)), [], opt],
    ['Booking Fee', (c, o) => gbp(0.5 * o.qty), []],
    ['Total', (c, o, r, i) => gbp((row([14, 12, 14, 8, 40, 14], i) + 0.5) * o.qty), [OR('priceTotal')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Card', 'Cash', 'Complimentary']), PAYTYPE, opt],
    ['Sales Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Box Office', 'Telephone']), [], opt],
    ['Promo Code', (c, o) => (o.coupon ? 'FRIENDS24' : ''), ['commerce.promotionID']],
    ['Title', (c) => (c.female ? 'Ms' : 'Mr'), []],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o, r) => mail(c, r, UK_DOM), EMAIL_ID, opt],
    ['Telephone', (c, o, r) => (r() < 0.5 ? ukMobile(r) : ukLand(r)), PHONE_ID, opt],
    ['Address Line 1', (c, o, r, i) => row(UK_ADR, i)[0], [BILL('street1')]],
    ['Town/City', (c, o, r, i) => row(UK_ADR, i)[1], [BILL('city')]],
    ['County', (c, o, r, i) => row(UK_ADR, i)[2], [BILL('state'), BILL('stateProvince')]],
    ['Postcode', (c, o, r, i) => row(UK_ADR, i)[3], [BILL('postalCode')]],
    ['Country', () => 'United Kingdom', [BILL('country')]],
    ['Gift Aid', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Keep Me Informed', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Checked In', (c, o, r) => (r() < 0.6 ? 'Yes' : 'No'), []],
    ['Booking Notes', (c, o, r) => v.pick(r, ['', '', '', 'Wheelchair space required', 'Aisle seat please']), []],
  ] },

  // ---------------------------------------------------------------- Skiddle promoter customer list (UK)
  { name: 'skiddle-promoter-customers-export-uk', product: 'Skiddle (UK event ticketing: Promotion Centre > Customers > Download customer data for marketing (buyers who opted in), CSV, English (UK) UI, a Manchester club-night promoter)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 2000000, 9999999)), ID],
    ['First Name', (c) => c.first, FN],
    ['Surname', (c) => c.last, LN],
    ['Email', (c, o, r) => mail(c, r, UK_DOM), PMAIL],
    ['Mobile', (c, o, r) => (r() < 0.2 ? '' : ukMobile(r)), ['mobilePhone.number']],
    ['Date of Birth', (c) => dmy(shift(c.birth + 25 * 365 * DAY, 0)), ['person.birthDate']],
    ['Age', (c) => String(2024 - shift(c.birth + 25 * 365 * DAY, 0).y), [], opt],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Town', (c, o, r) => v.pick(r, ['Manchester', 'Salford', 'Stockport', 'Bolton', 'Leeds', 'Liverpool']), H('city')],
    ['Postcode', (c, o, r) => `${v.pick(r, ['M1', 'M4', 'M14', 'M20', 'SK4', 'BL1', 'M50'])} ${v.int(r, 1, 9)}${v.pick(r, ['AB', 'DX', 'JL', 'QT', 'HW'])}`, H('postalCode')],
    ['Event', (c, o, r, i) => row(['Hidden Presents: Warehouse Sessions', 'Hidden Presents: NYE 2024', 'Bassline Social @ Gorilla', 'Hidden Presents: Bank Holiday Day Party'], i), [], opt],
    ['Event Date', (c, o, r) => dmy(uk(o.at + v.int(r, 2, 40) * DAY)), [], opt],
    ['Ticket Type', (c, o, r) => v.pick(r, ['Early Bird', 'Tier 1', 'Tier 2', 'Final Release', 'VIP Booth']), []],
    ['Tickets', (c, o) => String(o.qty), []],
    ['Order Date', (c, o) => dmyHM(uk(o.at)), [], opt],
    ['Order Value', (c, o, r) => gbp(v.pick(r, [12.5, 18, 22.5, 30]) * o.qty), [], opt],
    ['Marketing Opt-In', () => 'Yes', [], opt],
    ['Attended', (c, o, r) => (r() < 0.75 ? 'Yes' : 'No'), []],
    ['Events Attended', (c, o, r) => String(v.int(r, 1, 14)), []],
  ] },

  // ---------------------------------------------------------------- Showpass transactions (Canada)
  { name: 'showpass-transactions-export-ca', product: 'Showpass (Canadian ticketing: Dashboard > Transactions > Export CSV, English UI, a Calgary music venue and festival; one row per transaction, CAD, Mountain Time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => `${v.alnum(() => (+o.id % 53) / 53, 2).toUpperCase()}${3100000 + +o.id * 7}`, [...TXN, '_id', OR('purchaseID')]],
    ['Invoice Number', (c, o) => String(9000000 + +o.id * 3), [OR('purchaseID')], opt],
    ['Date', (c, o) => ymdHMS(usz(o.at, -7)), ['timestamp']],
    ['Event', (c, o, r, i) => row(['Cold Creek Folk Fest – Weekend Pass', 'The Dears w/ guests', 'Stampede Saturday Night Social', 'Comedy at the Palace'], i), [PL('name')]],
    ['Event Start', (c, o, r) => ymdHMS(usz(o.at + v.int(r, 5, 90) * DAY, -7)), [], opt],
    ['Items', (c, o, r) => `${o.qty}x ${v.pick(r, ['General Admission', 'GA Standing', 'VIP Balcony', 'Early Bird'])}`, [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Name', (c) => `${c.first} ${c.last}`, []],
    ['Email', (c, o, r) => mail(c, r, ['gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com']), EMAIL_ID, opt],
    ['Phone Number', (c, o, r) => (r() < 0.3 ? '' : `+1${usDigits(r, v.pick(r, [403, 587, 825]))}`), PHONE_ID, opt],
    ['Postal Code', (c, o, r) => `T${v.int(r, 1, 3)}${v.pick(r, ['A', 'E', 'H', 'M', 'R', 'Y'])} ${v.int(r, 0, 9)}${v.pick(r, ['B', 'K', 'N', 'W'])}${v.int(r, 0, 9)}`, [BILL('postalCode')], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'Credit Card', 'Cash', 'Comp', 'Gift Card']), PAYTYPE],
    ['Card Last 4', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Purchase Platform', (c, o, r) => v.pick(r, ['Web', 'Web', 'Mobile App', 'Box Office', 'Facebook']), [], opt],
    ['Sold By', (c, o, r) => v.pick(r, ['', '', '', 'Box Office - Jen', 'Box Office - Tyler']), []],
    ['Discount Code', (c, o) => (o.coupon ? 'PRESALE' : ''), ['commerce.promotionID']],
    ['Discount Amount', (c, o) => n2(o.discount), [OR('discountAmount')]],
    ['Subtotal', (c, o) => n2(o.subtotal), [], opt],
    ['Organizer Fees', (c, o) => n2(2 * o.qty), []],
    ['Organizer Taxes', (c, o) => n2(o.subtotal * 0.05), [OR('taxAmount')]],
    ['Showpass Fees', (c, o) => n2(1.5 + 0.04 * o.subtotal), []],
    ['Payment Processing Fees', (c, o) => n2(0.029 * o.total + 0.3), []],
    ['Total', (c, o) => n2(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Net Sales', (c, o) => n2(o.subtotal - o.discount), [], opt],
    ['Refunded Amount', (c, o, r) => (r() < 0.1 ? n2(o.total) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Currency', () => 'CAD', [OR('currencyCode')]],
    ['Fulfillment Status', (c, o, r) => v.pick(r, ['Fulfilled', 'Fulfilled', 'Unfulfilled', 'Partially Fulfilled']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Paid', 'Refunded', 'Voided']), [], opt],
  ] },

  // ---------------------------------------------------------------- Tablein guests (Ireland)
  { name: 'tablein-guests-export-ie', product: 'Tablein (restaurant reservations and guest book: Guests > Export guests, CSV, English UI, a Dublin city-centre bistro)', family: 'crm', language: 'en', schema: P, cols: [
    ['First name', (c) => c.first, FN],
    ['Last name', (c) => c.last, LN],
    ['Email', (c, o, r) => (r() < 0.15 ? '' : mail(c, r, IE_DOM)), PMAIL],
    ['Phone', (c, o, r) => ieMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.6 ? '' : dmy(shift(c.birth, 0))), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.85 ? '' : dmy(shift(c.created - 2000 * DAY, 0))), []],
    ['Company', (c, o, r) => (r() < 0.85 ? '' : v.pick(r, ['Accenture', 'Google Ireland', 'AIB', 'Arthur Cox'])), ['organizations[0]'], opt],
    ['Language', (c, o, r) => v.pick(r, ['English', 'English', 'English', 'French', 'Spanish']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Regular', 'Regular, Window table', 'Press', 'Staff friend']), []],
    ['Allergies', (c, o, r) => v.pick(r, ['', '', '', 'Coeliac', 'Nut allergy', 'Shellfish']), []],
    ['Guest notes', (c, o, r) => v.pick(r, ['', '', '', 'Likes the corner booth', 'Always orders the Chablis']), []],
    ['Visits', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Cancellations', (c, o, r) => String(r() < 0.7 ? 0 : v.int(r, 1, 3)), []],
    ['No-shows', (c, o, r) => String(r() < 0.85 ? 0 : v.int(r, 1, 2)), []],
    ['First visit', (c) => dmy(uk(c.created)), [], opt],
    ['Last visit', (c) => dmy(uk(later(c))), [], opt],
    ['Total spend', (c, o, r) => `€${n2(v.int(r, 4500, 320000) / 100)}`, ['loyalty.lifetimePurchases'], opt],
    ['Marketing consent', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Widget', 'Widget', 'Google', 'Phone', 'Walk-in', 'Facebook']), [], opt],
    ['Created', (c) => dmyHM(uk(c.created)), [], opt],
  ] },

  // ---------------------------------------------------------------- Eat App reservations (UAE)
  { name: 'eatapp-reservations-export-ae', product: 'Eat App (restaurant table management, Dubai: Reports > Reservations > Export CSV, English UI, a Dubai Marina steakhouse; AED, Gulf time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Reservation ID', (c, o, r) => v.uuid(r), ['_id', OR('purchaseID')]],
    ['Date', (c, o, r) => ymd(gst(o.at + v.int(r, 0, 20) * DAY)), [], opt],
    ['Time', (c, o, r) => v.pick(r, ['19:00', '19:30', '20:00', '20:30', '21:15', '13:00']), [], opt],
    ['Covers', (c, o, r) => String(v.int(r, 2, 8)), [PL('quantity')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Finished', 'Finished', 'Finished', 'Confirmed', 'Canceled', 'No show']), ['eventType'], opt],
    ['Guest', (c) => `${c.first} ${c.last}`, []],
    ['Phone', (c, o, r) => aeMobile(r), PHONE_ID, opt],
    ['Email', (c, o, r) => (r() < 0.3 ? '' : mail(c, r, AE_DOM)), EMAIL_ID, opt],
    ['Tables', (c, o, r) => `T${v.int(r, 1, 40)}${r() < 0.2 ? `, T${v.int(r, 1, 40)}` : ''}`, []],
    ['Room', (c, o, r) => v.pick(r, ['Main Dining', 'Main Dining', 'Terrace', 'Private Dining Room']), []],
    ['Duration', (c, o, r) => `${v.pick(r, [90, 120, 120, 150])} min`, []],
    ['Source', (c, o, r) => v.pick(r, ['Eat App', 'Widget', 'Google', 'Phone', 'Walk-in', 'Concierge']), [], opt],
    ['Reservation Type', (c, o, r) => v.pick(r, ['Online', 'Online', 'In House', 'Walk-In']), [], opt],
    ['Created At', (c, o) => ymdHMS(gst(o.at)), ['timestamp']],
    ['Created By', (c, o, r) => v.pick(r, ['Guest', 'Guest', 'Hostess - Maria', 'Manager - Karim']), []],
    ['Guest Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Regular', 'Birthday', 'Hotel guest']), []],
    ['Reservation Notes', (c, o, r) => v.pick(r, ['', '', 'Anniversary - cake at 21:30', 'High chair needed', 'Window seat requested']), []],
    ['Guest Notes', (c, o, r) => v.pick(r, ['', '', '', 'Medium-rare, no pepper sauce', 'Allergic to nuts']), []],
    ['Deposit', (c, o, r) => (r() < 0.8 ? '0.00' : '200.00'), [OR('payments[0].paymentAmount')], opt],
    ['Spend', (c, o, r) => n2(v.int(r, 300, 4500)), [OR('priceTotal')], opt],
    ['Currency', () => 'AED', [OR('currencyCode')], opt],
    ['Seated At', (c, o, r) => (r() < 0.3 ? '' : v.pick(r, ['19:04', '19:41', '20:12', '20:36'])), []],
    ['Review Rating', (c, o, r) => (r() < 0.7 ? '' : String(v.int(r, 3, 5))), []],
  ] },

  // ---------------------------------------------------------------- Peek Pro customers (US)
  { name: 'peek-pro-customers-export-us', product: 'Peek Pro (tour and activity booking software: Customers > Export, CSV, English UI, a San Diego kayak and sunset-sail operator)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => `c_${v.alnum(r, 10).toLowerCase()}`, ID],
    ['Name', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r) => mail(c, r, US_DOM), PMAIL],
    ['Phone', (c, o, r) => `+1${usDigits(r)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c, o, r, i) => (r() < 0.4 ? '' : row(SD_ADR, i)[0]), H('street1')],
    ['City', (c, o, r, i) => row(SD_ADR, i)[1], H('city')],
    ['State', (c, o, r, i) => row(SD_ADR, i)[2], HSTATE],
    ['Zip Code', (c, o, r, i) => row(SD_ADR, i)[3], H('postalCode')],
    ['Country', () => 'US', H('countryCode').concat(H('country')), opt],
    ['Total Bookings', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Total Guests', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Total Spent', (c, o, r) => usd(v.int(r, 6500, 240000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['First Booking', (c) => mdy(usz(c.created, -8)), [], opt],
    ['Last Booking', (c) => mdy(usz(later(c), -8)), [], opt],
    ['Customer Since', (c) => mdy(usz(c.created, -8)), [], opt],
    ['Accepts Marketing', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['Waivers Signed', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'repeat', 'local', 'groupon', 'military']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Weak swimmer - assign tandem kayak', 'Proposal on sunset sail 6/14']), []],
  ] },

  // ---------------------------------------------------------------- Tripleseat leads (US)
  { name: 'tripleseat-leads-export-us', product: 'Tripleseat (event sales CRM for restaurants, hotels and venues: Leads > Export to CSV, English UI, a Chicago restaurant group taking private-dining and corporate-event inquiries)', family: 'crm', language: 'en', schema: B, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 21000000, 29999999)), B2BID],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Company', (c, o, r, i) => row(TS_CO, i)[0], CO],
    ['Email Address', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(TS_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Phone Number', (c, o, r) => usDash(r, v.pick(r, [312, 773, 847])), ['workPhone.number', 'mobilePhone.number']],
    ['Phone Extension', (c, o, r) => (r() < 0.8 ? '' : String(v.int(r, 100, 4999))), ['workPhone.extension']],
    ['Contact Preference', (c, o, r) => v.pick(r, ['Email', 'Email', 'Phone', 'Text']), [], opt],
    ['Event Description', (c, o, r) => v.pick(r, ['Holiday party', 'Client dinner', 'Rehearsal dinner', 'Team offsite lunch', '50th birthday']), []],
    ['Event Date', (c, o, r) => mdy(usz(c.created + v.int(r, 20, 200) * DAY, -6)), []],
    ['Start Time', (c, o, r) => v.pick(r, ['6:00 PM', '6:30 PM', '7:00 PM', '11:30 AM']), []],
    ['End Time', (c, o, r) => v.pick(r, ['9:00 PM', '10:00 PM', '11:00 PM', '2:00 PM']), []],
    ['Guest Count', (c, o, r) => String(v.int(r, 12, 180)), []],
    ['Event Style', (c, o, r) => v.pick(r, ['Seated Dinner', 'Cocktail Reception', 'Buffet', 'Family Style']), []],
    ['Location', (c, o, r) => v.pick(r, ['Fulton Market', 'River North', 'Evanston']), []],
    ['Budget', (c, o, r) => usd(v.pick(r, [2500, 5000, 8000, 15000])), []],
    ['Referral Source', (c, o, r) => v.pick(r, ['Website', 'Google', 'Repeat Client', 'Eventup', 'Concierge']), ['b2b.personSource'], opt],
    ['Lead Form', (c, o, r) => v.pick(r, ['Private Events Form', 'Website Inquiry', 'Catering Form']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['New', 'Contacted', 'Converted', 'Lost', 'Converted']), ['b2b.personStatus'], opt],
    ['Lost Reason', (c, o, r) => v.pick(r, ['', '', '', 'Budget', 'Date unavailable', 'Chose another venue']), []],
    ['Owner', (c, o, r) => v.pick(r, ['Kelsey Morgan', 'Dan Reilly', 'Unassigned']), []],
    ['Created At', (c) => `${mdy(usz(c.created, -6))} ${hmAm(usz(c.created, -6))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Converted', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), ['b2b.isConverted'], opt],
    ['Converted At', (c, o, r) => (r() < 0.6 ? '' : mdy(usz(c.updated, -6))), ['b2b.convertedDate'], opt],
    ['Additional Information', (c, o, r) => v.pick(r, ['', 'Need AV for slideshow', 'Vegetarian options for 10', 'Looking for a private room with a bar']), []],
  ] },

  // ---------------------------------------------------------------- talech POS transactions (US)
  { name: 'talech-transactions-export-us', product: 'talech (cloud POS, US, now U.S. Bank talech: Back office > Reports > Transactions > Export CSV, English UI, a two-location Austin taqueria with dine-in, takeout and online orders)', family: 'pos', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(50000000 + +o.id * 19), [...TXN, '_id']],
    ['Receipt #', (c, o) => String(1000 + (+o.id % 8999)), [OR('purchaseID')], opt],
    ['Date', (c, o) => mdy(usz(o.at, -6)), ['timestamp']],
    ['Time', (c, o) => hmAm(usz(o.at, -6)), [], opt],
    ['Location', (c, o, r) => v.pick(r, ['Tacos Mi Abuela - East 6th', 'Tacos Mi Abuela - Burnet Rd']), [], opt],
    ['Register', (c, o, r) => v.pick(r, ['iPad 1', 'iPad 2', 'Online']), []],
    ['Employee', (c, o, r) => v.pick(r, ['Maria G.', 'Luis R.', 'Ashley T.', 'Online Ordering']), []],
    ['Order Type', (c, o, r) => v.pick(r, ['Dine In', 'Dine In', 'Take Out', 'Online Pickup', 'Delivery']), [OR('orderType')], opt],
    ['Items', (c, o, r) => v.pick(r, ['2 x Al Pastor Taco, 1 x Horchata', '1 x Brisket Plate', '3 x Breakfast Taco, 2 x Coffee', '1 x Family Pack']), [], opt],
    ['Item Count', (c, o) => String(o.qty + 1), [PL('quantity')], opt],
    ['Customer', (c, o, r) => (r() < 0.5 ? '' : `${c.first} ${c.last}`), []],
    ['Customer Email', (c, o, r) => (r() < 0.6 ? '' : mail(c, r, US_DOM)), EMAIL_ID, opt],
    ['Customer Phone', (c, o, r) => (r() < 0.5 ? '' : usPhone(r, 512)), PHONE_ID, opt],
    ['Gross Sales', (c, o) => n2(o.subtotal), [], opt],
    ['Discounts', (c, o) => n2(o.discount), [OR('discountAmount')]],
    ['Net Sales', (c, o) => n2(o.subtotal - o.discount), [], opt],
    ['Tax', (c, o) => n2((o.subtotal - o.discount) * 0.0825), [OR('taxAmount')]],
    ['Tip', (c, o, r) => n2(r() < 0.4 ? 0 : v.int(r, 100, 900) / 100), []],
    ['Total', (c, o) => n2((o.subtotal - o.discount) * 1.0825), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit', 'Credit', 'Credit', 'Cash', 'Gift Card', 'Split']), PAYTYPE],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Amex', 'Discover', '']), []],
    ['Last 4', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Refund Amount', (c, o, r) => (r() < 0.08 ? n2(v.int(r, 300, 1500) / 100) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Status', (c, o, r) => v.pick(r, ['Closed', 'Closed', 'Closed', 'Refunded', 'Voided']), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'no onions', 'extra salsa verde']), []],
  ] },

  // ---------------------------------------------------------------- Perfect Venue payments (US)
  { name: 'perfect-venue-payments-export-us', product: 'Perfect Venue (event booking and invoicing for restaurants and venues: Reports > Payments > Export CSV, English UI, a Denver brewery taproom renting its mezzanine and patio for private events; one row per payment)', family: 'invoicing', language: 'en', schema: E, cols: [
    ['Payment Date', (c, o) => `${monDY(usz(o.at, -7))} ${hmAm(usz(o.at, -7))}`, ['timestamp']],
    ['Payment ID', (c, o, r) => `pi_${v.alnum(r, 14)}`, [...TXN, '_id']],
    ['Invoice #', (c, o) => `INV-${2000 + (+o.id % 7000)}`, [OR('purchaseID')]],
    ['Event Name', (c, o, r) => v.pick(r, [`${c.last} Rehearsal Dinner`, 'Q4 Team Happy Hour', `${c.first}'s 40th`, 'Holiday Party', 'Beer & Bites Tasting']), [], opt],
    ['Event Date', (c, o, r) => monDY(usz(o.at + v.int(r, 10, 120) * DAY, -7)), [], opt],
    ['Event Type', (c, o, r) => v.pick(r, ['Corporate', 'Birthday', 'Wedding Related', 'Social', 'Nonprofit']), []],
    ['Space', (c, o, r) => v.pick(r, ['Mezzanine', 'Patio', 'Full Buyout', 'Barrel Room']), []],
    ['Guest Count', (c, o, r) => String(v.int(r, 15, 150)), []],
    ['Client Name', (c) => `${c.first} ${c.last}`, []],
    ['Client Email', (c, o, r) => mail(c, r, US_DOM), EMAIL_ID, opt],
    ['Client Phone', (c, o, r) => usPhone(r, v.pick(r, [303, 720])), PHONE_ID, opt],
    ['Company', (c, o, r) => (r() < 0.6 ? '' : v.pick(r, ['Ball Aerospace', 'Pax8', 'Denver Health', 'Guild Education'])), [], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Deposit', 'Deposit', 'Final Payment', 'Partial Payment']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'ACH', 'Check', 'Cash']), PAYTYPE],
    ['Amount', (c, o, r) => usd(v.int(r, 50000, 600000) / 100), [OR('payments[0].paymentAmount')]],
    ['Processing Fee', (c, o, r) => usd(v.int(r, 1500, 17000) / 100), []],
    ['Food & Beverage', (c, o, r) => usd(v.int(r, 80000, 900000) / 100), [], opt],
    ['Room Fee', (c, o, r) => usd(v.pick(r, [0, 250, 500, 1500])), []],
    ['Service Charge', (c, o, r) => usd(v.int(r, 15000, 180000) / 100), []],
    ['Tax', (c, o, r) => usd(v.int(r, 6000, 80000) / 100), [OR('taxAmount')]],
    ['Gratuity', (c, o, r) => usd(r() < 0.5 ? 0 : v.int(r, 5000, 60000) / 100), []],
    ['Invoice Total', (c, o, r) => usd(v.int(r, 100000, 1200000) / 100), [OR('priceTotal')]],
    ['Balance Due', (c, o, r) => usd(r() < 0.5 ? 0 : v.int(r, 10000, 600000) / 100), []],
    ['Event Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Completed', 'Cancelled']), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['Website', 'Google', 'Instagram', 'Repeat', 'Peerspace']), [], opt],
    ['Event Owner', (c, o, r) => v.pick(r, ['Megan Ortiz', 'Chris Alvarado']), []],
  ] },
]
