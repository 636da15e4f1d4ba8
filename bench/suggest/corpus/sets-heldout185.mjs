// heldout185: held-out sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). British, Australian and Indian English exports, headers as each product writes
// them: a London independent promoter's ticket sales report (WeGotTickets), a Bengaluru D2C brand's order export
// (Shopaccino), a Melbourne junior soccer club's participants report (PlayHQ) and a Sydney electrical contractor's invoices
// (simPRO) (E 4); a Yorkshire rugby club's member list (Pitchero) and a London tennis club's members (ClubSpark)
// (P 2); a Pune interior-design studio's lead export (Privyr) and an Indian bank's SME lead list (CRMNEXT) (B 2).
// Headers: documented from the product for 1 set (PlayHQ's help centre lists the Participants report columns; a
// subset in order); written from the writer's knowledge of the product for 7. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, OR, PL, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, W } from './sets.mjs'
import { pad, row, hash, local, shift } from './values.mjs'

const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ID = ['_id', 'personID']
// local clocks: UK 0 (+1 in summer), India +5:30 (no summer time)
const uk = (ms) => local(ms, 0)
const ist = (ms) => v.parts(ms + 5.5 * 3600000)
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2545f491); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const POOL = {
  uk: { m: ['Oliver', 'Jack', 'Harry', 'George', 'Callum', 'Liam', 'Tom', 'Ryan', 'Adam', 'Kieran'], f: ['Sophie', 'Chloe', 'Emily', 'Jessica', 'Hannah', 'Amy', 'Lauren', 'Bethany', 'Megan', 'Zara'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Khan', 'Patel', 'Clarke', 'Harrison', 'Atkinson'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'live.co.uk'] },
  in: { m: ['Rahul', 'Arjun', 'Vikram', 'Karthik', 'Rohan', 'Aditya', 'Siddharth', 'Nikhil', 'Pranav', 'Abhishek'], f: ['Priya', 'Ananya', 'Sneha', 'Divya', 'Kavya', 'Pooja', 'Neha', 'Shruti', 'Meera', 'Aishwarya'],
    last: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Kulkarni', 'Rao', 'Menon', 'Joshi', 'Deshpande', 'Gupta', 'Shetty', 'Patil', 'Agarwal', 'Verma'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com', 'hotmail.com'] },
}
// London postcodes for a promoter's buyers: [outward code, town]
const LDN = [['E8', 'London'], ['N16', 'London'], ['SE15', 'London'], ['E2', 'London'], ['SW9', 'London'], ['N4', 'London'], ['BN1', 'Brighton'], ['CR0', 'Croydon'], ['E17', 'London'], ['NW5', 'London']]
// Indian shipping places: [city, state, PIN prefix, street]
const INP = [['Bengaluru', 'Karnataka', '5600', '12th Main Road, Indiranagar'], ['Bengaluru', 'Karnataka', '5601', '80 Feet Road, Koramangala 4th Block'], ['Mumbai', 'Maharashtra', '4000', 'Linking Road, Bandra West'], ['Pune', 'Maharashtra', '4110', 'Baner Road, Baner'],
  ['Chennai', 'Tamil Nadu', '6000', 'TTK Road, Alwarpet'], ['Hyderabad', 'Telangana', '5000', 'Road No. 36, Jubilee Hills'], ['New Delhi', 'Delhi', '1100', 'Lajpat Nagar II'], ['Gurugram', 'Haryana', '1220', 'Sector 56, Golf Course Road'], ['Kochi', 'Kerala', '6820', 'Panampilly Nagar'], ['Kolkata', 'West Bengal', '7000', 'Southern Avenue, Ballygunge']]
// Yorkshire towns for the rugby club: [town, county, postcode area]
const YKS = [['Harrogate', 'North Yorkshire', 'HG1'], ['Knaresborough', 'North Yorkshire', 'HG5'], ['Leeds', 'West Yorkshire', 'LS17'], ['Wetherby', 'West Yorkshire', 'LS22'], ['Ripon', 'North Yorkshire', 'HG4'], ['Otley', 'West Yorkshire', 'LS21']]
const UKST = ['High Street', 'Station Road', 'Church Lane', 'Victoria Avenue', 'Park View', 'Mill Lane', 'Kings Road', 'Oakdale Drive']
const L = 'ABDEFGHJLNPQRSTUWXYZ'
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const email = `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  const ukMob = `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
  const inMob = `${v.pick(r, ['98', '99', '97', '96', '90', '88', '70', '63'])}${pad(v.int(r, 0, 99999999), 8)}`
  const inc = `${v.int(r, 1, 9)}${L[v.int(r, 0, 19)]}${L[v.int(r, 0, 19)]}`
  return { female, first, last, full: `${first} ${last}`, email, ukMob, inMob, inc, r1: r(), r2: r(), no: v.int(r, 1, 240) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. WeGotTickets sales report (en-GB, E)
const gb = (c) => who(c, 'uk')
// a London promoter's listings: [event, venue, ticket type, face value GBP]; booking fee 10% rounded
const WGT = [['Rosie Arden + support', 'The Lexington, London', 'General Admission', 12], ['Comedy at the Cellar: New Material Night', 'The Camden Head, London', 'Standard', 8], ['Late Night Jazz Sessions', 'Servant Jazz Quarters, London', 'Advance', 10],
  ['Rosie Arden + support', 'The Lexington, London', 'Early Bird', 9], ['Folk Club Christmas Special', 'The Harrison, London', 'Standard', 14], ['Brighton Zine Fair', 'The Old Market, Hove', 'Entry', 5], ['Comedy at the Cellar: New Material Night', 'The Camden Head, London', 'Concession', 6]]
const wgt = (o) => row(WGT, n(o) % 7)
const wgtQ = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0)
const wgtFee = (o) => Math.round(wgt(o)[3] * 10) / 100
const wgtPc = (c) => { const g = gb(c), p = row(LDN, n(c) % 10); return [`${p[0]} ${g.inc}`, p[1]] }
// ---------------------------------------------------------------- 2. Shopaccino orders (en-IN, E)
const ind = (c) => who(c, 'in')
// a Bengaluru D2C home-fragrance brand: [product, SKU, category, MRP INR]; GST 18% included in price
const SHP = [['Sandalwood & Vetiver Soy Candle 200g', 'CND-SV-200', 'Candles', 899], ['Monsoon Petrichor Reed Diffuser 100ml', 'RDF-MP-100', 'Diffusers', 1199], ['Jasmine Night Incense Sticks (Pack of 40)', 'INC-JN-40', 'Incense', 349],
  ['Filter Coffee Scented Candle 150g', 'CND-FC-150', 'Candles', 749], ['Gift Box - Trio of Mini Candles', 'GFT-TRIO-01', 'Gift Sets', 1499], ['Lemongrass Room Spray 250ml', 'RSP-LG-250', 'Room Sprays', 549]]
const shp = (o) => row(SHP, n(o) % 6)
const shpQ = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0)
const shpDisc = (o) => (n(o) % 5 === 0 ? Math.round(shp(o)[3] * shpQ(o) * 0.1) : 0)
const shpShip = (o) => (shp(o)[3] * shpQ(o) >= 999 ? 0 : 79)
const shpTot = (o) => shp(o)[3] * shpQ(o) - shpDisc(o) + shpShip(o)
const shpPay = (o) => row(['Razorpay', 'Cash on Delivery', 'Razorpay', 'Razorpay', 'Cash on Delivery', 'PhonePe'], (n(o) >> 1) % 6)
const shpSt = (o) => row(['Delivered', 'Delivered', 'Shipped', 'Delivered', 'Cancelled', 'Processing', 'Delivered', 'Returned'], (n(o) >> 2) % 8)
const shpPl = (c) => row(INP, n(c) % 10)
const shpPin = (c) => `${shpPl(c)[2]}${pad(n(c) % 100, 2)}`
// ---------------------------------------------------------------- 3. Pitchero members (en-GB, P)
const pcDob = (c) => Date.UTC(1962, 0, 1) + (n(c) % 19000) * 86400000
const pcMem = (c) => { const y = new Date(pcDob(c)).getUTCFullYear(); return y >= 2008 ? 'Junior Player' : y >= 1990 ? row(['Senior Player', 'Senior Player', 'Social Member'], n(c) % 3) : row(['Vice President', 'Social Member', 'Veteran Player'], n(c) % 3) }
const pcPl = (c) => row(YKS, n(c) % 6)
// ---------------------------------------------------------------- 4. Privyr leads (en-IN, B)
const PVS = ['Facebook Lead Ads', 'Facebook Lead Ads', 'Instagram', 'Website Form', 'IndiaMART', 'Manual', 'WhatsApp', 'Facebook Lead Ads']
const PVC = [['Sunrise Developers', 'Director'], ['', ''], ['Kulkarni & Associates', 'Partner'], ['', ''], ['Baner Hospitality LLP', 'Operations Head'], ['Infosys', 'Senior Engineer'], ['', ''], ['Zenith Clinics', 'Founder']]
const pvc = (c) => row(PVC, n(c) % 8)

// ---------------------------------------------------------------- Australian people and places
const AUM = ['Jack', 'Lachlan', 'Cooper', 'Mitchell', 'Hamish', 'Josh', 'Riley', 'Nathan', 'Ben', 'Tom']
const AUF = ['Chloe', 'Jess', 'Isla', 'Matilda', 'Ella', 'Georgia', 'Sarah', 'Olivia', 'Bec', 'Mia']
const AUL = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Kelly', 'Ryan', 'Murphy', 'Taylor', 'Anderson', 'Campbell', 'Singh', 'O\'Brien', 'Mitchell', 'Wilson']
// [suburb, state, postcode, street, area code]
const AUP = [['Brunswick', 'VIC', '3056', 'Sydney Road', '03'], ['Coburg', 'VIC', '3058', 'Bell Street', '03'], ['Essendon', 'VIC', '3040', 'Buckley Street', '03'], ['Preston', 'VIC', '3072', 'Gilbert Road', '03'],
  ['Newtown', 'NSW', '2042', 'King Street', '02'], ['Marrickville', 'NSW', '2204', 'Illawarra Road', '02'], ['Paddington', 'QLD', '4064', 'Latrobe Terrace', '07'], ['Subiaco', 'WA', '6008', 'Rokeby Road', '08']]
const au = (c) => { const k = `au|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) { const r = seeded(c, 'au'); const female = r() < 0.5; const first = v.pick(r, female ? AUF : AUM), last = v.pick(r, AUL)
  memo.set(k, { female, first, last, email: `${ascii(first)}${v.pick(r, ['.', '', ''])}${ascii(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'bigpond.com', 'icloud.com', 'optusnet.com.au'])}`,
    mob: `04${v.int(r, 0, 99).toString().padStart(2, '0')} ${pad(v.int(r, 0, 999), 3)} ${pad(v.int(r, 0, 999), 3)}`, no: v.int(r, 1, 240), pl: v.pick(r, AUP) }) } return memo.get(k) }
const aest = (ms) => shift(ms, 10)
// ---------------------------------------------------------------- 5. PlayHQ registrations (en-AU, E)
// a Melbourne junior football (soccer) club: [product, fee AUD]
const PHQ = [['Junior Player (U8-U11)', 245], ['Junior Player (U12-U17)', 295], ['Senior Player', 385], ['Junior Player (U8-U11)', 245], ['MiniRoos Kick-Off', 120], ['Coach / Team Official', 0], ['Junior Player (U12-U17)', 295]]
const phq = (o) => row(PHQ, n(o) % 7)
const phqDisc = (o) => (phq(o)[1] && n(o) % 4 === 0 ? 100 : 0)
const phqDob = (o, c) => { const p = phq(o)[0]; const Y = v.parts(o.at).y, y = p.includes('U8') ? Y - 9 : p.includes('Kick') ? Y - 6 : p.includes('U12') ? Y - 14 : 1985 + (n(c) % 15); return Date.UTC(y, n(c) % 12, 1 + (n(c) % 28)) }
// ---------------------------------------------------------------- 6. simPRO invoices (en-AU, E)
// a Sydney electrical contractor's customers: [customer, contact email domain, site suburb]
const SIMC = [['Inner West Dental Pty Ltd', 'iwdental.com.au', 'Leichhardt'], ['Harbourside Strata Management', 'harboursidestrata.com.au', 'Balmain'], ['Chen Family Trust', '', 'Ashfield'], ['Newtown Social Club', 'newtownsocial.com.au', 'Newtown'],
  ['Eastgate Childcare Centre', 'eastgatecc.com.au', 'Marrickville'], ['M & J Nguyen', '', 'Dulwich Hill'], ['Parramatta Road Motors Pty Ltd', 'prmotors.com.au', 'Annandale']]
const simc = (c) => row(SIMC, n(c) % 7)
const SIMJ = [['Switchboard upgrade incl. RCDs', 1680], ['Install 6x LED downlights', 540], ['Fault finding - tripping RCD', 264], ['Annual test & tag (42 items)', 378], ['EV charger installation', 1950], ['Emergency lighting test', 420]]
const simj = (o) => row(SIMJ, n(o) % 6)
const simSt = (o) => row(['Paid', 'Paid', 'Unpaid', 'Paid', 'Overdue', 'Part Paid'], (n(o) >> 1) % 6)
const simTot = (o) => simj(o)[1] * 1.1
const simPaid = (o) => (simSt(o) === 'Paid' ? simTot(o) : simSt(o) === 'Part Paid' ? simTot(o) / 2 : 0)
// ---------------------------------------------------------------- 7. ClubSpark members (en-GB, P)
const CSP = ['Adult Full', 'Adult Full', 'Junior', 'Family (lead member)', 'Off-Peak', 'Student', 'Senior (65+)']
const csDob = (c) => Date.UTC(1955, 0, 1) + (n(c) % 20000) * 86400000
const CSP_T = [['Wimbledon', 'Greater London', 'SW19'], ['Surbiton', 'Surrey', 'KT6'], ['Kingston upon Thames', 'Surrey', 'KT2'], ['New Malden', 'Surrey', 'KT3'], ['Raynes Park', 'Greater London', 'SW20']]
const cst = (c) => row(CSP_T, n(c) % 5)
// ---------------------------------------------------------------- 8. CRMNEXT leads (en-IN, B)
const CNX = [['Sai Precision Components Pvt Ltd', 'Managing Director', 'Pune', 'Maharashtra', '411026'], ['Shree Balaji Traders', 'Proprietor', 'Nagpur', 'Maharashtra', '440008'], ['Coastal Agro Exports LLP', 'Finance Manager', 'Kochi', 'Kerala', '682016'],
  ['Vardhman Textiles Works', 'Accounts Head', 'Ludhiana', 'Punjab', '141003'], ['Greenfield Pharma Distributors', 'Director', 'Hyderabad', 'Telangana', '500032'], ['Anand Auto Spares', 'Partner', 'Coimbatore', 'Tamil Nadu', '641018']]
const cnx = (c) => row(CNX, n(c) % 6)
const CNXP = ['Current Account - Business', 'Working Capital Loan', 'POS Terminal', 'Business Credit Card', 'Term Loan - MSME', 'Trade Finance']

export const SETS = [
  { name: 'wegottickets-sales-report-uk', product: 'WeGotTickets (promoter account > Sales > Download sales report (CSV), one row per order, a London independent gig and comedy promoter)', family: 'ticketing-orders', language: 'en', schema: E, cols: [
    ['Order Ref', (c, o) => `WGT${pad(n(o) * 37 % 1000000, 7)}`, ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = uk(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Event', (c, o) => wgt(o)[0], [PL('name')], opt],
    ['Venue', (c, o) => wgt(o)[1], []],
    ['Event Date', (c, o) => dmy(uk(o.at + 20 * 86400000)), []],
    ['Ticket Type', (c, o) => wgt(o)[2], [PL('productCategories[0].categoryName'), PL('name')], opt],
    ['Quantity', (c, o) => String(wgtQ(o)), [PL('quantity')]],
    ['Face Value', (c, o) => two(wgt(o)[3]), [], opt],
    ['Booking Fee', (c, o) => two(wgtFee(o) * wgtQ(o)), []],
    ['Total Paid', (c, o) => two((wgt(o)[3] + wgtFee(o)) * wgtQ(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Title', (c) => (gb(c).female ? row(['Ms', 'Miss', 'Mrs'], n(c) % 3) : 'Mr'), []],
    ['First Name', (c) => gb(c).first, []],
    ['Surname', (c) => gb(c).last, []],
    ['Email', (c) => gb(c).email, EMAIL_ID],
    ['Telephone', (c) => (n(c) % 4 === 0 ? '' : gb(c).ukMob), PHONE_ID],
    ['Postcode', (c) => wgtPc(c)[0], [BILL('postalCode')], opt],
    ['Town', (c) => wgtPc(c)[1], [BILL('city')], opt],
    ['Country', () => 'United Kingdom', [BILL('country')], opt],
    ['Delivery', (c, o) => (n(o) % 6 === 0 ? 'Collect at door' : 'E-ticket'), [], opt],
    ['Mailing List', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
    ['Status', (c, o) => (n(o) % 17 === 0 ? 'Refunded' : 'Complete'), [], opt],
  ] },
  { name: 'shopaccino-orders-export-in', product: 'Shopaccino (Admin > Orders > Export Orders (Excel), one row per order line, a Bengaluru D2C home-fragrance brand)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order No', (c, o) => `SH${10000 + n(o)}`, ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = ist(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Customer Name', (c) => ind(c).full, []],
    ['Email', (c) => ind(c).email, EMAIL_ID],
    ['Mobile No', (c) => ind(c).inMob, PHONE_ID],
    ['Shipping Address', (c) => `${10 + (n(c) % 600)}, ${shpPl(c)[3]}`, [SHIP('street1')]],
    ['Shipping City', (c) => shpPl(c)[0], [SHIP('city')]],
    ['Shipping State', (c) => shpPl(c)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Pincode', (c) => shpPin(c), [SHIP('postalCode')]],
    ['Shipping Country', () => 'India', [SHIP('country')]],
    ['Product Name', (c, o) => shp(o)[0], [PL('name')]],
    ['SKU', (c, o) => shp(o)[1], [PL('SKU')]],
    ['Category', (c, o) => shp(o)[2], [PL('productCategories[0].categoryName')]],
    ['Quantity', (c, o) => String(shpQ(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => two(shp(o)[3]), [], opt],
    ['Sub Total', (c, o) => two(shp(o)[3] * shpQ(o)), [PL('priceTotal')], opt],
    ['Discount', (c, o) => two(shpDisc(o)), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => (shpDisc(o) ? 'DIWALI10' : ''), ['commerce.promotionID'], opt],
    ['Shipping Charges', (c, o) => two(shpShip(o)), ['commerce.shipping.shippingAmount']],
    ['GST Amount', (c, o) => two((shpTot(o) - shpShip(o)) * 18 / 118), [OR('taxAmount')]],
    ['Grand Total', (c, o) => two(shpTot(o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => shpPay(o), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => (shpPay(o) === 'Cash on Delivery' && shpSt(o) !== 'Delivered' ? 'Pending' : 'Paid'), [], opt],
    ['Transaction ID', (c, o, r) => (shpPay(o) === 'Cash on Delivery' ? '' : `pay_${v.alnum(r, 14)}`), [OR('payments[0].transactionID')]],
    ['Order Status', (c, o) => shpSt(o), [], opt],
    ['Courier', (c, o) => (shpSt(o) === 'Processing' || shpSt(o) === 'Cancelled' ? '' : row(['Delhivery', 'Blue Dart', 'Xpressbees', 'Ecom Express'], n(o) % 4)), ['commerce.shipping.shippingMethod'], opt],
    ['AWB No', (c, o) => (shpSt(o) === 'Processing' || shpSt(o) === 'Cancelled' ? '' : String(1490000000000 + n(o) * 977)), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'pitchero-members-export-uk', product: 'Pitchero (Club admin > Members > Export members (CSV), one row per member, a Harrogate-area rugby union club)', family: 'sports-club-members', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(4100000 + n(c)), ID],
    ['First name', (c) => gb(c).first, ['person.name.firstName']],
    ['Last name', (c) => gb(c).last, ['person.name.lastName']],
    ['Email', (c) => gb(c).email, ['personalEmail.address']],
    ['Mobile', (c) => gb(c).ukMob, ['mobilePhone.number']],
    ['Date of birth', (c) => dmy(v.parts(pcDob(c))), ['person.birthDate']],
    ['Gender', (c) => (gb(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Address line 1', (c) => `${gb(c).no} ${row(UKST, n(c) % 8)}`, at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Address line 2', (c) => (n(c) % 5 === 0 ? 'Killinghall' : ''), at(['homeAddress', 'mailingAddress'], 'street2')],
    ['Town', (c) => pcPl(c)[0], at(['homeAddress', 'mailingAddress'], 'city')],
    ['County', (c) => pcPl(c)[1], [...at(['homeAddress', 'mailingAddress'], 'stateProvince'), ...at(['homeAddress', 'mailingAddress'], 'state')]],
    ['Postcode', (c) => `${pcPl(c)[2]} ${gb(c).inc}`, at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Country', () => 'United Kingdom', at(['homeAddress', 'mailingAddress'], 'country')],
    ['Membership type', (c) => pcMem(c), ['loyalty.tier', 'loyalty.program'], opt],
    ['Membership status', (c) => row(['Active', 'Active', 'Active', 'Expired', 'Pending payment'], n(c) % 5), ['loyalty.status'], opt],
    ['Membership expiry', (c) => `31/08/${2025 + (n(c) % 5 === 3 ? -1 : 1)}`, ['loyalty.tierExpiryDate'], opt],
    ['Team', (c) => (pcMem(c) === 'Junior Player' ? 'U16 Boys' : pcMem(c).includes('Player') ? row(['1st XV', '2nd XV', 'Colts', 'Vets'], n(c) % 4) : ''), []],
    ['Emergency contact name', (c) => `${row(['Helen', 'David', 'Claire', 'Mark'], n(c) % 4)} ${gb(c).last}`, []],
    ['Emergency contact number', (c) => `07${700 + (n(c) % 299)} ${pad((n(c) * 31) % 1000000, 6)}`, []],
    ['Medical information', (c) => row(['', '', 'Asthma - carries inhaler', '', 'Nut allergy'], n(c) % 5), []],
    ['Joined', (c) => dmy(v.parts(c.created)), ['loyalty.joinDate'], opt],
    ['Marketing consent', (c) => (gb(c).r1 < 0.6 ? 'Yes' : 'No'), [], opt],
  ] },
  { name: 'privyr-leads-export-in', product: 'Privyr (Clients > Export clients (CSV), one row per lead, a Pune interior-design studio capturing Facebook and Instagram lead ads)', family: 'lead-crm', language: 'en', schema: B, cols: [
    ['Name', (c) => ind(c).full, ['person.name.fullName']],
    ['Phone', (c) => `+91 ${ind(c).inMob}`, ['mobilePhone.number', 'workPhone.number']],
    ['Email', (c) => ind(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Company', (c) => pvc(c)[0], CO],
    ['Job Title', (c) => pvc(c)[1], ['extendedWorkDetails.jobTitle']],
    ['City', (c) => row(['Pune', 'Pune', 'Pimpri-Chinchwad', 'Pune', 'Mumbai'], n(c) % 5), [W('city')], opt],
    ['Source', (c) => row(PVS, n(c) % 8), ['b2b.personSource']],
    ['Campaign', (c) => (row(PVS, n(c) % 8).startsWith('Facebook') ? row(['2BHK Interiors Pune - Nov', 'Modular Kitchen Offer'], n(c) % 2) : ''), [], opt],
    ['Stage', (c) => row(['New Lead', 'Contacted', 'Site Visit Scheduled', 'Quotation Sent', 'Won', 'Lost'], n(c) % 6), ['b2b.personStatus']],
    ['Notes', (c) => row(['', 'Wants 3BHK full interiors, budget 8-10L', 'Call after 6pm', '', 'Only kitchen + wardrobes'], n(c) % 5), []],
    ['Date Added', (c) => { const p = ist(c.created); return `${p.d} ${MON[p.m - 1]} ${p.y}, ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity', (c) => { const p = ist(c.updated); return `${p.d} ${MON[p.m - 1]} ${p.y}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Assigned To', (c) => row(['Sneha (Owner)', 'Rohit Design', 'Sneha (Owner)'], n(c) % 3), []],
    ['Budget', (c) => row(['5-8 Lakhs', '8-12 Lakhs', 'Above 12 Lakhs', ''], n(c) % 4), []],
    ['Property Type', (c) => row(['2BHK', '3BHK', 'Villa', 'Office'], n(c) % 4), []],
  ] },
  { name: 'playhq-participants-report-au', product: 'PlayHQ (Reports > Competitions > Participants report > Generated Reports > Download (CSV), one row per registration, a Melbourne junior soccer club, English (Australia); a subset of the documented columns, in order)', family: 'sports-registrations', language: 'en', schema: E, cols: [
    ['Registration Timestamp', (c, o) => { const p = aest(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['First Name', (c) => au(c).first, []],
    ['Last Name', (c) => au(c).last, []],
    ['Profile ID', (c, o, r) => v.uuid(r), CUST_ID, opt],
    ['Date of Birth', (c, o) => dmy(v.parts(phqDob(o, c))), []],
    ['Gender', (c) => (au(c).female ? 'Female' : 'Male'), []],
    ['Age Group', (c, o) => (phq(o)[0].includes('U8') ? 'U9' : phq(o)[0].includes('Kick') ? 'U6' : phq(o)[0].includes('U12') ? 'U14' : 'Senior'), []],
    ['Role', (c, o) => (phq(o)[0].includes('Coach') ? 'Coach' : 'Player'), []],
    ['Team', (c, o) => (phq(o)[0].includes('Kick') ? '' : row(['Lions', 'Tigers', 'Falcons'], n(o) % 3)), []],
    ['Grade', (c, o) => (phq(o)[0].includes('Senior') ? 'State League 4 North-West' : row(['Division 1', 'Division 2', 'Division 3'], n(o) % 3)), []],
    ['New to Club', (c) => (n(c) % 4 === 0 ? 'Yes' : 'No'), []],
    ['Source', (c, o) => (n(o) % 9 === 0 ? 'Admin' : 'Online'), [], opt],
    ['Status', (c, o) => (n(o) % 13 === 0 ? 'Cancelled' : 'Active'), [], opt],
    ['Cancellation Reason', (c, o) => (n(o) % 13 === 0 ? 'Participant withdrew' : ''), [], opt],
    ['Club', () => 'Brunswick Juventus Junior FC', []],
    ['Competition', (c, o) => (phq(o)[0].includes('Senior') ? 'Football Victoria Senior Men' : 'FV Junior Leagues'), [PL('name')], opt],
    ['Season', (c, o) => `${aest(o.at).y} Season`, []],
    ['Order Number', (c, o) => `ORD-${pad(n(o) * 113 % 10000000, 7)}`, ['_id', OR('purchaseID')]],
    ['Opted-in to Marketing', (c) => (au(c).female ? 'Yes' : 'No'), [], opt],
    ['Account Holder', (c) => `${row(['Kate', 'Dan', 'Leah', 'Matt'], n(c) % 4)} ${au(c).last}`, []],
    ['Account Holder Mobile', (c) => au(c).mob, PHONE_ID],
    ['Account Holder Email', (c) => au(c).email, EMAIL_ID],
    ['Participant Address', (c) => `${au(c).no} ${au(c).pl[3]}`, [BILL('street1')], opt],
    ['Participant Suburb/Town', (c) => au(c).pl[0], [BILL('city')], opt],
    ['Participant Postcode', (c) => au(c).pl[2], [BILL('postalCode')], opt],
    ['Participant State/Province/Region', (c) => au(c).pl[1], [BILL('stateProvince'), BILL('state')], opt],
    ['Participant Country', () => 'Australia', [BILL('country')], opt],
  ] },
  { name: 'simpro-invoices-export-au', product: 'simPRO (Reports > Customer Invoices > Export to CSV, one row per invoice, a Sydney inner-west electrical contractor, English (Australia))', family: 'field-service-invoices', language: 'en', schema: E, cols: [
    ['Invoice No.', (c, o) => String(18000 + n(o) % 9000), ['_id', OR('purchaseID')]],
    ['Date Issued', (c, o) => dmy(aest(o.at)), ['timestamp']],
    ['Due Date', (c, o) => dmy(aest(o.at + 14 * 86400000)), []],
    ['Customer', (c) => simc(c)[0], []],
    ['Customer ID', (c) => String(300 + n(c) % 700), CUST_ID],
    ['Customer Email', (c) => (simc(c)[1] ? `accounts@${simc(c)[1]}` : au(c).email), EMAIL_ID],
    ['Site', (c) => `${au(c).no} ${row(['Parramatta Road', 'Marion Street', 'Darling Street', 'Norton Street'], n(c) % 4)}, ${simc(c)[2]} NSW`, [], opt],
    ['Job No.', (c, o) => String(9000 + (n(o) * 3) % 5000), [], opt],
    ['Order No.', (c, o) => (n(o) % 3 === 0 ? `PO-${4400 + n(o) % 500}` : ''), [OR('purchaseOrderNumber')]],
    ['Description', (c, o) => simj(o)[0], [PL('name')], opt],
    ['Salesperson', (c, o) => row(['Dave Kelly', 'Steph Ryan', 'Office'], n(o) % 3), []],
    ['Subtotal (ex GST)', (c, o) => two(simj(o)[1]), [], opt],
    ['GST', (c, o) => two(simj(o)[1] * 0.1), [OR('taxAmount')]],
    ['Total (inc GST)', (c, o) => two(simTot(o)), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => two(simPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance', (c, o) => two(simTot(o) - simPaid(o)), []],
    ['Status', (c, o) => simSt(o), [], opt],
    ['Payment Terms', () => '14 Days', []],
  ] },
  { name: 'clubspark-members-export-uk', product: 'ClubSpark (Venue admin > Membership > Members > Export (CSV), one row per member, a south-west London lawn tennis club)', family: 'sports-club-members', language: 'en', schema: P, cols: [
    ['First name', (c) => gb(c).first, ['person.name.firstName']],
    ['Last name', (c) => gb(c).last, ['person.name.lastName']],
    ['Gender', (c) => (gb(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of birth', (c) => dmy(v.parts(csDob(c))), ['person.birthDate']],
    ['Email address', (c) => gb(c).email, ['personalEmail.address']],
    ['Mobile number', (c) => gb(c).ukMob, ['mobilePhone.number']],
    ['Home phone', (c) => (n(c) % 3 === 0 ? `020 8${pad(n(c) * 7 % 1000, 3)} ${pad(n(c) * 13 % 10000, 4)}` : ''), ['homePhone.number']],
    ['Address 1', (c) => `${gb(c).no} ${row(UKST, n(c) % 8)}`, at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Address 2', () => '', at(['homeAddress', 'mailingAddress'], 'street2')],
    ['Town/City', (c) => cst(c)[0], at(['homeAddress', 'mailingAddress'], 'city')],
    ['County', (c) => cst(c)[1], [...at(['homeAddress', 'mailingAddress'], 'stateProvince'), ...at(['homeAddress', 'mailingAddress'], 'state')]],
    ['Postcode', (c) => `${cst(c)[2]} ${gb(c).inc}`, at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['British Tennis number', (c) => String(70000000 + n(c) * 17), ['loyalty.loyaltyID[0]'], opt],
    ['Membership package', (c) => row(CSP, n(c) % 7), ['loyalty.tier', 'loyalty.program'], opt],
    ['Membership status', (c) => row(['Active', 'Active', 'Active', 'Lapsed', 'Awaiting payment'], n(c) % 5), ['loyalty.status'], opt],
    ['Start date', (c) => `01/04/${2025 - (n(c) % 5 === 3 ? 1 : 0)}`, [], opt],
    ['Expiry date', (c) => `31/03/${2026 - (n(c) % 5 === 3 ? 1 : 0)}`, ['loyalty.tierExpiryDate'], opt],
    ['Member since', (c) => dmy(v.parts(c.created)), ['loyalty.joinDate'], opt],
    ['Amount paid', (c) => two(row([420, 420, 95, 780, 260, 150, 290], n(c) % 7)), [], opt],
    ['Photo consent', (c) => (gb(c).r2 < 0.7 ? 'Yes' : 'No'), []],
    ['Email opt-in', (c) => (gb(c).r1 < 0.6 ? 'Yes' : 'No'), [], opt],
  ] },
  { name: 'crmnext-leads-export-in', product: 'CRMNEXT (Leads > List view > Export to Excel, one row per lead, a private bank\'s SME banking team)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Lead ID', (c) => `LD${2400000 + n(c)}`, ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']],
    ['Salutation', (c) => (ind(c).female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => ind(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ind(c).last, ['person.name.lastName']],
    ['Company Name', (c) => cnx(c)[0], CO],
    ['Designation', (c) => cnx(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Mobile', (c) => ind(c).inMob, ['mobilePhone.number']],
    ['Office Phone', (c) => (n(c) % 2 ? `020-${pad(24000000 + n(c) * 3, 8)}` : ''), ['workPhone.number']],
    ['Email', (c) => ind(c).email, ['workEmail.address', 'personalEmail.address']],
    ['Address', (c) => `Plot ${ind(c).no}, ${row(['MIDC Bhosari', 'Industrial Estate', 'Main Road', 'Sector 5'], n(c) % 4)}`, [W('street1')]],
    ['City', (c) => cnx(c)[2], [W('city')]],
    ['State', (c) => cnx(c)[3], [W('stateProvince'), W('state')]],
    ['Pincode', (c) => cnx(c)[4], [W('postalCode')]],
    ['Country', () => 'India', [W('country')]],
    ['Product', (c) => row(CNXP, n(c) % 6), []],
    ['Lead Source', (c) => row(['Branch Walk-in', 'Website', 'Referral', 'Tele-calling', 'DSA'], n(c) % 5), ['b2b.personSource']],
    ['Lead Status', (c) => row(['Open', 'Contacted', 'Qualified', 'Converted', 'Lost'], n(c) % 5), ['b2b.personStatus']],
    ['Annual Turnover (INR)', (c) => String((n(c) % 40 + 2) * 2500000), []],
    ['Created On', (c) => { const p = ist(c.created); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Owner', (c) => row(['RM - Pune Camp', 'RM - Baner', 'Tele Sales Team'], n(c) % 3), []],
    ['Branch', (c) => `${cnx(c)[2]} Main`, []],
  ] },
]
