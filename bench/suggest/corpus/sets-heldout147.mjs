// Round 63, heldout147: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). US English exports (en 12): a Napa winery's tasting reservations
// (CellarPass), a Texas church's giving transactions (Pushpay), a Portland coffee-subscription box's recurring orders
// on BigCommerce (Rebillia), a Hudson Valley vintage-furniture dealer's marketplace orders (Chairish), a B2B SaaS
// start-up's product-analytics events (June), a Scottsdale med spa's invoice lines (Aesthetic Record), a Chevrolet
// dealer's CRM customers (Elead CRM), a Tampa real-estate team's website leads (Real Geeks), an Ohio animal
// hospital's client list (AVImark), a customer-success team's contacts (Catalyst), a private-equity firm's people
// search (PitchBook) and a Denver HR-software company's customer-academy learners (Skilljar). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, mdy, hm12, local, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const usd = (x) => `$${(Math.round(x * 100) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
// US clocks, all with summer time (Arizona without)
const pt = (ms) => local(ms, -8)
const ct = (ms) => local(ms, -6)
const et = (ms) => local(ms, -5)
const az = (ms) => local(ms, -7, false)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock
const biz = (ms, clock, lo = 9, span = 10) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 4) * day + (n(c) % 60000) * 1000
const md = (p) => `${p.m}/${p.d}/${p.y}`
const mdyhm = (p) => `${mdy(p)} ${hm12(p)}`
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

// ---------------------------------------------------------------- local US people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5a17c0de); r(); r(); return r }
const US = {
  male: ['James', 'Michael', 'David', 'Christopher', 'Brian', 'Jason', 'Matthew', 'Kevin', 'Ryan', 'Tyler', 'Marcus', 'Luis', 'Andrew', 'Jose', 'Brandon'],
  female: ['Jennifer', 'Jessica', 'Ashley', 'Amanda', 'Sarah', 'Lauren', 'Megan', 'Stephanie', 'Nicole', 'Brittany', 'Maria', 'Rachel', 'Kimberly', 'Emily', 'Danielle'],
  last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Thompson', 'Nguyen', 'Robinson', 'Walker', 'Hernandez', 'Collins', 'Murphy', 'Patel', 'Reyes', 'Foster'],
  middle: ['A', 'J', 'L', 'M', 'R', 'E', 'K', '', '', ''],
  streets: ['Oak St', 'Maple Ave', 'Main St', 'Park Blvd', 'Cedar Ln', 'Lakeview Dr', 'Willow Way', 'Highland Ave', 'Elm St', 'Washington St', 'Ridgecrest Dr', 'Sunset Rd', 'Magnolia Ct', 'Church St', 'Pine Hollow Rd'],
  mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'aol.com', 'comcast.net'],
  // regional pools: [city, state, zip, area code]
  napa: [['Napa', 'CA', '94558', '707'], ['San Francisco', 'CA', '94110', '415'], ['Oakland', 'CA', '94611', '510'], ['Sacramento', 'CA', '95819', '916'], ['Los Angeles', 'CA', '90027', '323'], ['Walnut Creek', 'CA', '94596', '925'], ['Austin', 'TX', '78704', '512'], ['Seattle', 'WA', '98115', '206'], ['Chicago', 'IL', '60614', '773'], ['Scottsdale', 'AZ', '85254', '480']],
  dfw: [['Frisco', 'TX', '75034', '469'], ['Plano', 'TX', '75024', '972'], ['McKinney', 'TX', '75070', '214'], ['Allen', 'TX', '75013', '972'], ['The Colony', 'TX', '75056', '469'], ['Little Elm', 'TX', '75068', '940'], ['Prosper', 'TX', '75078', '469']],
  nation: [['Portland', 'OR', '97214', '503'], ['Brooklyn', 'NY', '11215', '718'], ['Denver', 'CO', '80206', '720'], ['Atlanta', 'GA', '30307', '404'], ['Minneapolis', 'MN', '55408', '612'], ['Austin', 'TX', '78702', '512'], ['Raleigh', 'NC', '27608', '919'], ['San Diego', 'CA', '92104', '619'], ['Boston', 'MA', '02130', '617'], ['Madison', 'WI', '53703', '608'], ['Columbus', 'OH', '43215', '614'], ['Nashville', 'TN', '37206', '615']],
  az: [['Scottsdale', 'AZ', '85251', '480'], ['Scottsdale', 'AZ', '85260', '480'], ['Phoenix', 'AZ', '85018', '602'], ['Paradise Valley', 'AZ', '85253', '480'], ['Tempe', 'AZ', '85284', '480'], ['Fountain Hills', 'AZ', '85268', '480']],
  il: [['Naperville', 'IL', '60540', '630'], ['Aurora', 'IL', '60504', '630'], ['Plainfield', 'IL', '60585', '815'], ['Oswego', 'IL', '60543', '630'], ['Bolingbrook', 'IL', '60440', '630'], ['Joliet', 'IL', '60431', '815'], ['Lisle', 'IL', '60532', '630']],
  fl: [['Tampa', 'FL', '33611', '813'], ['Tampa', 'FL', '33647', '813'], ['Brandon', 'FL', '33511', '813'], ['Riverview', 'FL', '33578', '813'], ['Wesley Chapel', 'FL', '33545', '813'], ['St. Petersburg', 'FL', '33704', '727'], ['Clearwater', 'FL', '33765', '727']],
  oh: [['Dublin', 'OH', '43017', '614'], ['Hilliard', 'OH', '43026', '614'], ['Upper Arlington', 'OH', '43221', '614'], ['Worthington', 'OH', '43085', '614'], ['Powell', 'OH', '43065', '614'], ['Plain City', 'OH', '43064', '614']],
}
const mkUS = (c, pool, salt) => {
  const r = seeded(c, `${pool}:${salt}`)
  const female = c.female
  const f = v.pick(r, female ? US.female : US.male), l = v.pick(r, US.last), pl = v.pick(r, US[pool])
  const sep = v.pick(r, ['.', '', '_', ''])
  const num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  const line = () => `${pl[3]}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
  return { female, first: f, last: l, mi: v.pick(r, US.middle), full: `${f} ${l}`, city: pl[0], state: pl[1], zip: pl[2], area: pl[3],
    street: `${v.int(r, 100, 24999)} ${v.pick(r, US.streets)}`, street2: r() < 0.25 ? v.pick(r, [`Apt ${v.int(r, 1, 40)}`, `Unit ${v.int(r, 100, 450)}`, `#${v.int(r, 2, 30)}`]) : '',
    mobile: line(), home: line(), email: `${f.toLowerCase()}${sep}${l.toLowerCase()}${num}@${v.pick(r, US.mail)}` }
}
const us = (c, pool, salt = '') => { const k = `${pool}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mkUS(c, pool, salt)); return memo.get(k) }
const paren = (p) => `(${p.slice(0, 3)}) ${p.slice(4)}`
const digits = (p) => p.replace(/\D/g, '')
// business people: [company, domain, city, state, zip, street, main phone, industry, employees]
const FIRMS = [
  ['Brightline Logistics', 'brightlinelogistics.com', 'Columbus', 'OH', '43215', '250 W Nationwide Blvd, Suite 400', '614-555-0190', 'Transportation & Logistics', '201-500'],
  ['Harborview Health Partners', 'harborviewhealth.org', 'Seattle', 'WA', '98104', '1100 4th Ave', '206-555-0134', 'Hospitals & Health Care', '1,001-5,000'],
  ['Copperleaf Software', 'copperleafsoftware.io', 'Austin', 'TX', '78701', '500 W 2nd St, Floor 19', '512-555-0177', 'Software', '51-200'],
  ['Meridian Credit Union', 'meridiancu.org', 'Grand Rapids', 'MI', '49503', '40 Pearl St NW', '616-555-0112', 'Banking', '501-1,000'],
  ['Summit Ridge Manufacturing', 'summitridgemfg.com', 'Greenville', 'SC', '29601', '75 Beattie Pl', '864-555-0148', 'Industrial Machinery', '201-500'],
  ['Northwind Retail Group', 'northwindretail.com', 'Minneapolis', 'MN', '55402', '80 S 8th St', '612-555-0165', 'Retail', '1,001-5,000'],
  ['Pinecrest Property Management', 'pinecrestpm.com', 'Charlotte', 'NC', '28202', '201 S Tryon St', '704-555-0121', 'Real Estate', '51-200'],
  ['Atlas Field Services', 'atlasfieldservices.com', 'Houston', 'TX', '77002', '1000 Louisiana St, Suite 2300', '713-555-0183', 'Oil & Energy', '501-1,000'],
]
const fi = (c) => (n(c) >> 1) % FIRMS.length
const firm = (c) => FIRMS[fi(c)]
const firmId = (c, pre, salt) => `${pre}${v.alnum(v.rng(hash(`${salt}:${firm(c)[1]}`)), 15)}`
const ROLES = [['Director of Operations', 'Operations'], ['VP of People', 'Human Resources'], ['IT Manager', 'Information Technology'], ['Senior HR Generalist', 'Human Resources'], ['Chief Financial Officer', 'Finance'], ['Payroll Specialist', 'Finance'], ['Customer Success Manager', 'Customer Success'], ['Head of Procurement', 'Purchasing']]
const role = (c) => row(ROLES, n(c) % 8)
const biz1 = (c) => us(c, 'nation', 'biz')
const wmail = (c, style = 0) => { const p = biz1(c); const d = firm(c)[1]; return style === 1 ? `${p.first[0]}${p.last}@${d}`.toLowerCase() : `${p.first}.${p.last}@${d}`.toLowerCase() }
const sfid = (c, pre, salt) => `${pre}${v.alnum(seeded(c, salt), 15)}`

// ---------------------------------------------------------------- 1. CellarPass reservations (E)
// a Napa Valley winery's tasting experiences: [experience, fee per person, location]
const CP_EXP = [['Estate Tasting', 65, 'Tasting Room'], ['Reserve Cellar Tour & Tasting', 95, 'Barrel Cave'], ['Wine & Cheese Pairing', 85, 'Terrace'], ['Vineyard Hike & Picnic', 125, 'Hillside Vineyard'], ['Library Wine Seated Tasting', 150, 'Library Room']]
const cpExp = (o) => row(CP_EXP, n(o))
const cpVisit = (o) => biz(o.at + 12 * day, pt, 10, 7)
const cpBooked = (o) => cpVisit(o) - ((n(o) % 40) + 1) * day - (n(o) % 720) * 60000
const cpSt = (o) => row(['Completed', 'Completed', 'Confirmed', 'Completed', 'Cancelled', 'No Show', 'Completed', 'Confirmed'], n(o) % 8)
const cpGuests = (o) => 1 + o.qty
const cpClub = (c) => n(c) % 4 === 1
const cpFee = (c, o) => cpExp(o)[1] * cpGuests(o) * (cpClub(c) ? 0 : 1)
const cpDisc = (c, o) => (o.discount && !cpClub(c) ? Math.round(cpFee(c, o) * 0.15) : 0)
const cpTotal = (c, o) => cpFee(c, o) - cpDisc(c, o)
const cpPaid = (c, o) => (['Cancelled'].includes(cpSt(o)) ? 0 : cpTotal(c, o))
// ---------------------------------------------------------------- 2. Pushpay giving (E)
const PP_FUND = ['General Fund', 'General Fund', 'Building Fund - Phase 2', 'Missions', 'General Fund', 'Benevolence', 'Student Ministry Camp']
const ppFund = (o) => row(PP_FUND, n(o) % 7)
const ppAmt = (o) => row([25, 50, 100, 150, 200, 250, 500, 75, 1000, 40], n(o) % 10) * (o.qty > 3 ? 2 : 1)
const ppPay = (o) => row(['Visa', 'ACH', 'Mastercard', 'ACH', 'Amex', 'Discover', 'Apple Pay', 'ACH'], n(o) % 8)
const ppFee = (o) => (ppPay(o) === 'ACH' ? Math.min(ppAmt(o) * 0.01 + 0.3, 5) : ppAmt(o) * 0.029 + 0.3)
const ppCovered = (o) => n(o) % 3 === 0
const ppGross = (o) => ppAmt(o) + (ppCovered(o) ? ppFee(o) : 0)
const ppAt = (o) => biz(o.at, ct, 7, 14)
const ppCampus = (o) => row(['Frisco Campus', 'Frisco Campus', 'McKinney Campus', 'Online'], n(o) % 4)
// ---------------------------------------------------------------- 3. Rebillia subscription orders (E)
// a Portland roaster's coffee subscription on BigCommerce: [plan, product, SKU, price]
const RB_PLAN = [['Roaster\'s Choice', 'Roaster\'s Choice Single Origin - 12 oz Whole Bean', 'RC-12-WB', 18.5], ['Roaster\'s Choice', 'Roaster\'s Choice Single Origin - 12 oz Ground', 'RC-12-GR', 18.5], ['Espresso Lover', 'Hawthorne Espresso Blend - 2 lb Bag', 'HEB-2LB', 34], ['Decaf Club', 'Swiss Water Decaf Colombia - 12 oz', 'DCF-12-WB', 19.5], ['Explorer Box', 'Explorer Box - 3 x 4 oz Sampler', 'EXP-3X4', 27]]
const rbPlan = (o) => row(RB_PLAN, n(o) % 5)
const rbFreq = (o) => row(['Every 2 weeks', 'Every 4 weeks', 'Every 4 weeks', 'Every month', 'Every 3 weeks'], n(o) % 5)
const rbSub = (o) => rbPlan(o)[3] * Math.min(o.qty, 2)
const rbShip = (o) => (rbSub(o) >= 35 ? 0 : 5.95)
const rbDisc = (o) => (o.discount ? Math.round(rbSub(o) * 0.1 * 100) / 100 : 0)
const rbTax = (c, o) => (['WA', 'CO', 'GA', 'MN', 'TX', 'NC', 'CA', 'MA', 'WI', 'OH', 'TN', 'NY'].includes(us(c, 'nation').state) && rbPlan(o)[0] === 'Explorer Box' ? (rbSub(o) - rbDisc(o)) * 0.07 : 0)
const rbTotal = (c, o) => rbSub(o) + rbShip(o) - rbDisc(o) + rbTax(c, o)
const rbSt = (o) => row(['Paid', 'Paid', 'Paid', 'Failed', 'Paid', 'Refunded', 'Paid'], n(o) % 7)
const rbAt = (o) => biz(o.at, pt, 5, 4)
// ---------------------------------------------------------------- 4. Chairish seller orders (E)
// a Hudson Valley vintage dealer: [title, category, list price, shipping method]
const CH_ITEMS = [['Mid-Century Walnut Credenza by Lane', 'Credenzas & Sideboards', 2450, 'White Glove'], ['Pair of Brass Hollywood Regency Table Lamps', 'Table Lamps', 895, 'Parcel'], ['Vintage Moroccan Beni Ourain Rug 6\'x9\'', 'Rugs', 1650, 'Parcel'], ['1970s Milo Baughman Style Chrome Lounge Chair', 'Lounge Chairs', 1275, 'White Glove'], ['Antique French Gilt Mirror', 'Mirrors', 1800, 'White Glove'], ['Abstract Oil Painting, Signed, 1962', 'Paintings', 650, 'Parcel'], ['Set of 6 Cane Back Dining Chairs', 'Dining Chairs', 2100, 'White Glove']]
const chItem = (o) => row(CH_ITEMS, n(o) % 7)
const chOffer = (o) => n(o) % 3 === 1
const chSale = (o) => Math.round(chItem(o)[2] * (chOffer(o) ? 0.85 : 1))
const chShipFee = (o) => (chItem(o)[3] === 'White Glove' ? 249 + (n(o) % 4) * 50 : 35 + (n(o) % 3) * 15)
const chTrade = (o) => n(o) % 4 === 2
const chComm = (o) => chSale(o) * (chTrade(o) ? 0.3 : 0.2)
const chSt = (o) => row(['Delivered', 'Shipped', 'Delivered', 'Awaiting Shipment', 'Delivered', 'Cancelled', 'Delivered'], n(o) % 7)
const chShipped = (o) => ['Delivered', 'Shipped'].includes(chSt(o))
const chAt = (o) => biz(o.at, et, 8, 14)
// ---------------------------------------------------------------- 5. June events (E)
const JU_EVENTS = [['Signed In', '/login'], ['Report Created', '/reports/new'], ['Dashboard Viewed', '/dashboards'], ['Invite Sent', '/settings/team'], ['Integration Connected', '/settings/integrations'], ['Export Downloaded', '/reports'], ['Plan Upgraded', '/billing'], ['Page Viewed', '/home']]
const juEv = (c, o) => row(JU_EVENTS, n(o) + n(c))
const juAnon = (c, o) => (n(o) % 6 === 5)
const juBrowser = (o) => row([['Chrome', '120.0.6099.129', 'Mac OS', 'Desktop'], ['Chrome', '121.0.6167.85', 'Windows', 'Desktop'], ['Safari', '17.2', 'Mac OS', 'Desktop'], ['Edge', '120.0.2210.91', 'Windows', 'Desktop'], ['Mobile Safari', '17.1', 'iOS', 'Mobile'], ['Firefox', '121.0', 'Windows', 'Desktop']], n(o) % 6)
const juPlace = (c) => row([['United States', 'New York', 'New York'], ['United States', 'California', 'San Francisco'], ['United States', 'Texas', 'Austin'], ['Canada', 'Ontario', 'Toronto'], ['United Kingdom', 'England', 'London'], ['United States', 'Illinois', 'Chicago']], n(c) % 6)
const juRef = (o) => row(['', '', 'https://www.google.com/', '', 'https://app.slack.com/', 'https://mail.google.com/', ''], n(o) % 7)
// ---------------------------------------------------------------- 6. Aesthetic Record invoices (E)
// a Scottsdale med spa: [item, category, type, price, units]
const AR_ITEMS = [['Botox Cosmetic', 'Neurotoxins', 'Service', 14, 'units'], ['Juvederm Ultra XC', 'Dermal Fillers', 'Service', 725, 'syringe'], ['HydraFacial Signature', 'Facials', 'Service', 199, ''], ['Dysport', 'Neurotoxins', 'Service', 5, 'units'], ['SkinMedica TNS Advanced+ Serum', 'Retail - Skincare', 'Product', 295, ''], ['Morpheus8 Full Face', 'Microneedling', 'Service', 1200, ''], ['IPL Photofacial', 'Laser', 'Service', 375, '']]
const arItem = (o, i) => row(AR_ITEMS, n(o) + i)
const arUnits = (o, i) => (arItem(o, i)[4] === 'units' ? (arItem(o, i)[0] === 'Dysport' ? 40 + (n(o) % 5) * 10 : 20 + (n(o) % 5) * 8) : arItem(o, i)[4] === 'syringe' ? Math.min(o.qty, 2) : 1)
const arSub = (o, i) => arItem(o, i)[3] * arUnits(o, i)
const arDisc = (o, i) => (o.discount ? Math.round(arSub(o, i) * 0.1) : 0)
const arTax = (o, i) => (arItem(o, i)[2] === 'Product' ? (arSub(o, i) - arDisc(o, i)) * 0.0805 : 0)
const arTotal = (o, i) => arSub(o, i) - arDisc(o, i) + arTax(o, i)
const arAt = (o) => biz(o.at, az, 9, 9)
const arProv = (o) => row(['Kelsey Moore, NP', 'Dr. Alan Brooks, MD', 'Brianna Ortiz, RN', 'Kelsey Moore, NP', 'Tara Nguyen, LE'], n(o) % 5)
// ---------------------------------------------------------------- 7. Elead CRM customers (P)
const EL_VEH = [['2022', 'Chevrolet', 'Equinox', 'LT'], ['2019', 'Chevrolet', 'Silverado 1500', 'LTZ'], ['2021', 'GMC', 'Terrain', 'SLE'], ['2018', 'Honda', 'CR-V', 'EX-L'], ['2023', 'Chevrolet', 'Tahoe', 'Premier'], ['2017', 'Ford', 'F-150', 'XLT'], ['2020', 'Chevrolet', 'Traverse', 'RS'], ['2024', 'Chevrolet', 'Trax', '1RS']]
const elVeh = (c) => row(EL_VEH, n(c) % 8)
const vin = (c) => { const r = seeded(c, 'vin'); const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; return `${row(['1GNAX', '1GCUY', '3GKAL', '2HKRW', '1GNSK', '1FTEW', '1GNER', 'KL77L'], n(c) % 8)}${Array.from({ length: 12 }, () => A[v.int(r, 0, A.length - 1)]).join('')}` }
const elType = (c) => row(['Sales', 'Service', 'Sales', 'Service', 'Sales', 'Service'], n(c) % 6)
const elSrc = (c) => row(['Dealer Website', 'Walk-In', 'Cars.com', 'CarGurus', 'Service Drive', 'Phone Up', 'AutoTrader', 'Facebook Marketplace'], n(c) % 8)
// ---------------------------------------------------------------- 8. Real Geeks leads (P)
const rgType = (c) => row(['Buyer', 'Buyer', 'Seller', 'Buyer', 'Buyer & Seller'], n(c) % 5)
const rgSrc = (c) => row(['Real Geeks Website', 'Facebook Lead Ads', 'Google PPC', 'Zillow', 'Real Geeks Website', 'Home Valuation Page', 'Open House'], n(c) % 7)
const rgSt = (c) => row(['New', 'Attempted Contact', 'Nurture', 'Active Buyer', 'Appointment Set', 'Closed', 'Not Interested'], n(c) % 7)
const rgMin = (c) => 250000 + (n(c) % 12) * 25000
// ---------------------------------------------------------------- 9. AVImark clients (P)
const avBal = (c) => (n(c) % 5 === 2 ? (n(c) % 311) + 0.45 : 0)
const avDr = (c) => row(['DJM', 'KLS', 'RPT', 'DJM', 'AMW'], n(c) % 5)
// ---------------------------------------------------------------- 10. Catalyst contacts (B)
const caRole = (c) => row(['Champion', 'Decision Maker', 'End User', 'Executive Sponsor', 'Admin', 'End User'], n(c) % 6)
const caHealth = (c) => row(['Healthy', 'Healthy', 'At Risk', 'Neutral', 'Healthy', 'Critical', 'Healthy', 'Neutral'], fi(c))
const caCsm = (c) => row(['Dana Whitfield', 'Marcus Lee', 'Priya Raman'], fi(c))
// ---------------------------------------------------------------- 11. PitchBook people (B)
const pbId = (c) => `${(n(c) * 37) % 300000 + 50000}-${pad(n(c) % 100)}`
const pbCoId = (c) => `${(hash(firm(c)[0]) % 400000) + 10000}-${pad(hash(firm(c)[1]) % 100)}`
// ---------------------------------------------------------------- 12. Skilljar learners (B)
const skDone = (c) => (n(c) * 7) % 9
const skReg = (c) => skDone(c) + (n(c) % 4)

export const SETS = [
  // ---------------------------------------------------------------- winery tasting reservations
  { name: 'cellarpass-reservations-export-us', product: 'CellarPass (CellarPass; Admin Panel: Reservations > Reservation Search > Export to Excel, one row per booking, US English UI, a Napa Valley family winery\'s tasting-room and vineyard experiences, Pacific time, USD)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking Code', (c, o) => `${v.alnum(seeded(c, `cp${o.id}`), 6).toUpperCase()}`, [OR('purchaseID'), '_id'], opt],
    ['Event Date', (c, o) => mdy(pt(cpVisit(o))), [], opt],
    ['Event Time', (c, o) => hm12(pt(cpVisit(o))), []],
    ['Experience', (c, o) => cpExp(o)[0], [PL('name')]],
    ['Location', (c, o) => cpExp(o)[2], [], opt],
    ['Status', (c, o) => cpSt(o), []],
    ['Guest First Name', (c) => us(c, 'napa').first, []],
    ['Guest Last Name', (c) => us(c, 'napa').last, []],
    ['Email', (c) => us(c, 'napa').email, EMAIL_ID],
    ['Phone', (c) => paren(us(c, 'napa').mobile), PHONE_ID, opt],
    ['Zip Code', (c) => us(c, 'napa').zip, [BILL('postalCode')], opt],
    ['Guests', (c, o) => String(cpGuests(o)), [PL('quantity')], opt],
    ['Fee Per Person', (c, o) => two(cpExp(o)[1]), [], opt],
    ['Club Member', (c) => (cpClub(c) ? 'Yes' : 'No'), []],
    ['Club Level', (c) => (cpClub(c) ? row(['Estate Club', 'Reserve Club', 'Cellar Club'], n(c) % 3) : ''), [], opt],
    ['Discount Code', (c, o) => (cpDisc(c, o) ? row(['HARVEST15', 'LOCALS15', 'CONCIERGE15'], n(o) % 3) : ''), ['commerce.promotionID']],
    ['Discount Amount', (c, o) => two(cpDisc(c, o)), [OR('discountAmount')]],
    ['Total Fee', (c, o) => two(cpTotal(c, o)), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => two(cpPaid(c, o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o) => two(0), []],
    ['Payment Type', (c, o) => (cpTotal(c, o) ? row(['Visa', 'Mastercard', 'American Express', 'Visa', 'Discover'], n(o) % 5) : 'Comp'), [OR('payments[0].paymentType')]],
    ['Booked Date', (c, o) => `${mdy(pt(cpBooked(o)))} ${hm12(pt(cpBooked(o)))}`, ['timestamp', OR('createdDate')]],
    ['Booked By', (c, o) => (n(o) % 4 === 0 ? row(['Jenna H.', 'Carlos M.'], n(o) % 2) : 'Guest'), []],
    ['Referral Source', (c, o) => row(['Website', 'CellarPass.com', 'Concierge - Meadowood', 'Google', 'Website', 'Repeat Guest', 'Yelp'], n(o) % 7), [], opt],
    ['Occasion', (c, o) => row(['', 'Birthday', '', 'Anniversary', '', 'Bachelorette', ''], n(o) % 7), []],
    ['Guest Notes', (c, o) => row(['', '', 'One guest is pregnant - non-alcoholic option please', '', 'Celebrating 10 years!', 'Need wheelchair access'], n(o) % 6), []],
    ['Internal Notes', (c, o) => row(['', 'VIP - allocation list', '', '', 'Bought 2 cases last visit'], n(o) % 5), []],
    ['Checked In', (c, o) => (cpSt(o) === 'Completed' ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- church giving transactions
  { name: 'pushpay-giving-transactions-us', product: 'Pushpay (Pushpay; Admin Dashboard: Giving > Transactions > Export CSV, one row per gift, US English UI, a multi-campus church in Frisco, Texas, Central time, USD)', family: 'donations', language: 'en', schema: E, cols: [
    ['Date', (c, o) => `${md(ct(ppAt(o)))} ${hm12(ct(ppAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Payment ID', (c, o) => `${v.alnum(seeded(c, `pp${o.id}`), 22)}`, ['_id', OR('payments[0].transactionID')]],
    ['Status', (c, o) => (n(o) % 11 === 4 ? 'Refunded' : n(o) % 13 === 6 ? 'Failed' : 'Success'), []],
    ['Amount', (c, o) => two(ppGross(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Fees Covered', (c, o) => (ppCovered(o) ? 'Yes' : 'No'), []],
    ['Processing Fee', (c, o) => two(ppFee(o)), []],
    ['Net Amount', (c, o) => two(ppGross(o) - ppFee(o)), [], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Fund', (c, o) => ppFund(o), [PL('name')], opt],
    ['Fund Code', (c, o) => ({ 'General Fund': '4000', 'Building Fund - Phase 2': '4200', Missions: '4300', Benevolence: '4400', 'Student Ministry Camp': '4510' })[ppFund(o)], [PL('SKU')], opt],
    ['Listing', (c, o) => ppCampus(o), ['commerce.commerceScope.storeCode'], opt],
    ['Payment Method', (c, o) => (ppPay(o) === 'ACH' ? 'ACH' : 'Card'), [OR('payments[0].paymentType')]],
    ['Card Type', (c, o) => (ppPay(o) === 'ACH' ? '' : ppPay(o)), [OR('payments[0].paymentType')], opt],
    ['Last 4', (c, o) => pad((n(o) * 73) % 10000, 4), []],
    ['Recurring', (c, o) => (n(o) % 3 === 1 ? 'Yes' : 'No'), []],
    ['Frequency', (c, o) => (n(o) % 3 === 1 ? row(['Weekly', 'Fortnightly', 'Monthly', 'First and Fifteenth'], n(o) % 4) : 'One Time'), []],
    ['Source', (c, o) => row(['App', 'Web', 'Text', 'App', 'Kiosk', 'Web'], n(o) % 6), [], opt],
    ['Giver ID', (c) => `${(n(c) * 7919) % 90000000 + 10000000}`, [...CUST_ID], opt],
    ['First Name', (c) => us(c, 'dfw').first, []],
    ['Last Name', (c) => us(c, 'dfw').last, []],
    ['Email', (c) => us(c, 'dfw').email, EMAIL_ID],
    ['Mobile Number', (c) => `+1${digits(us(c, 'dfw').mobile)}`, PHONE_ID, opt],
    ['Address', (c) => us(c, 'dfw').street, [BILL('street1')]],
    ['City', (c) => us(c, 'dfw').city, [BILL('city')]],
    ['State', (c) => us(c, 'dfw').state, STATE(['commerce.billing.address'])],
    ['Zip', (c) => us(c, 'dfw').zip, [BILL('postalCode')]],
    ['Memo', (c, o) => row(['', '', 'In memory of Dad', '', 'Youth trip - Caleb', '', 'Thank you!'], n(o) % 7), []],
    ['Batch', (c, o) => `${ymd(ct(ppAt(o)), '')} Online`, []],
    ['Deposit Date', (c, o) => md(ct(ppAt(o) + 2 * day)), [], opt],
  ] },
  // ---------------------------------------------------------------- coffee subscription box recurring orders
  { name: 'rebillia-subscription-orders-us', product: 'Rebillia (Rebillia; Rebillia app for BigCommerce: Orders > Export CSV, one row per recurring subscription order, US English UI, a Portland, Oregon coffee roaster\'s subscription box shipped nationwide, Pacific time, USD)', family: 'subscription', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(30000 + (n(o) * 13) % 60000), ['_id'], opt],
    ['BigCommerce Order ID', (c, o) => String(104000 + n(o) % 9000), [OR('purchaseID')]],
    ['Subscription ID', (c) => String(8000 + (n(c) * 7) % 9000), [], opt],
    ['Order Date', (c, o) => `${ymd(pt(rbAt(o)))} ${hms(pt(rbAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => rbSt(o), []],
    ['Customer ID', (c) => String(1200 + (n(c) * 31) % 8800), CUST_ID, opt],
    ['Customer First Name', (c) => us(c, 'nation').first, []],
    ['Customer Last Name', (c) => us(c, 'nation').last, []],
    ['Customer Email', (c) => us(c, 'nation').email, EMAIL_ID],
    ['Plan Name', (c, o) => rbPlan(o)[0], [], opt],
    ['Product Name', (c, o) => rbPlan(o)[1], [PL('name')]],
    ['SKU', (c, o) => rbPlan(o)[2], [PL('SKU')]],
    ['Quantity', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['Billing Frequency', (c, o) => rbFreq(o), []],
    ['Charge Number', (c, o) => String(1 + (n(o) % 23)), [], opt],
    ['Subtotal', (c, o) => two(rbSub(o)), [PL('priceTotal')], opt],
    ['Shipping Total', (c, o) => two(rbShip(o)), ['commerce.shipping.shippingAmount']],
    ['Discount Total', (c, o) => two(rbDisc(o)), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => (rbDisc(o) ? 'SUBSCRIBE10' : ''), ['commerce.promotionID']],
    ['Tax Total', (c, o) => two(rbTax(c, o)), [OR('taxAmount')]],
    ['Grand Total', (c, o) => two(rbTotal(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Payment Gateway', (c, o) => (n(o) % 4 === 3 ? 'Braintree' : 'Stripe'), [], opt],
    ['Payment Method', (c, o) => row(['Visa •••• 4242', 'Mastercard •••• 5454', 'Amex •••• 0005', 'Visa •••• 1881'], n(c) % 4), [OR('payments[0].paymentType')], opt],
    ['Transaction ID', (c, o) => (rbSt(o) === 'Failed' ? '' : `ch_${v.alnum(seeded(c, `rb${o.id}`), 24)}`), [OR('payments[0].transactionID')]],
    ['Shipping Method', (c, o) => (rbShip(o) ? 'USPS Ground Advantage' : 'Free Shipping'), ['commerce.shipping.shippingMethod']],
    ['Shipping Address 1', (c) => us(c, 'nation').street, [SHIP('street1')]],
    ['Shipping Address 2', (c) => us(c, 'nation').street2, [SHIP('street2')]],
    ['Shipping City', (c) => us(c, 'nation').city, [SHIP('city')]],
    ['Shipping State', (c) => us(c, 'nation').state, STATE(['commerce.shipping.address'])],
    ['Shipping Zip', (c) => us(c, 'nation').zip, [SHIP('postalCode')]],
    ['Shipping Country', () => 'US', [SHIP('countryCode')]],
    ['Next Billing Date', (c, o) => ymd(pt(rbAt(o) + 28 * day)), [], opt],
  ] },
  // ---------------------------------------------------------------- vintage furniture marketplace orders
  { name: 'chairish-seller-orders-us', product: 'Chairish (Chairish Inc.; Seller Dashboard: Orders > Download CSV, one row per sold listing, US English UI, a Hudson Valley vintage and mid-century furniture dealer, Eastern time, USD)', family: 'marketplace', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `${2400000 + (n(o) * 37) % 600000}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => `${mdy(et(chAt(o)))} ${hm12(et(chAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => chSt(o), []],
    ['Listing ID', (c, o) => String(31000000 + (n(o) * 7919) % 9000000), [PL('_id'), PL('SKU')], opt],
    ['Seller SKU', (c, o) => `HV-${pad(n(o) % 1000, 4)}`, [PL('SKU')]],
    ['Listing Title', (c, o) => chItem(o)[0], [PL('name')]],
    ['Category', (c, o) => chItem(o)[1], [PL('productCategories[0].categoryName')]],
    ['Quantity', () => '1', [PL('quantity')]],
    ['List Price', (c, o) => two(chItem(o)[2]), [], opt],
    ['Sale Price', (c, o) => two(chSale(o)), [PL('priceTotal')]],
    ['Accepted Offer', (c, o) => (chOffer(o) ? 'Yes' : 'No'), []],
    ['Buyer Type', (c, o) => (chTrade(o) ? 'Trade' : 'Consumer'), [], opt],
    ['Shipping Method', (c, o) => chItem(o)[3], ['commerce.shipping.shippingMethod']],
    ['Shipping Charged', (c, o) => two(chShipFee(o)), ['commerce.shipping.shippingAmount']],
    ['Sales Tax Collected', (c, o) => two(chSale(o) * (n(o) % 3 ? 0.08875 : 0.0625)), [OR('taxAmount')], opt],
    ['Commission Rate', (c, o) => (chTrade(o) ? '30%' : '20%'), []],
    ['Commission', (c, o) => two(chComm(o)), []],
    ['Payout Amount', (c, o) => two(chSt(o) === 'Cancelled' ? 0 : chSale(o) - chComm(o) + (chItem(o)[3] === 'Parcel' ? chShipFee(o) : 0)), [], opt],
    ['Payout Status', (c, o) => (chSt(o) === 'Delivered' ? 'Paid' : chSt(o) === 'Cancelled' ? 'N/A' : 'Pending'), []],
    ['Ship To Name', (c) => us(c, 'nation', 'ship').full, []],
    ['Ship To City', (c) => us(c, 'nation', 'ship').city, [SHIP('city')]],
    ['Ship To State', (c) => us(c, 'nation', 'ship').state, STATE(['commerce.shipping.address'])],
    ['Ship To Zip', (c) => us(c, 'nation', 'ship').zip, [SHIP('postalCode')]],
    ['Carrier', (c, o) => (!chShipped(o) ? '' : chItem(o)[3] === 'White Glove' ? 'Chairish Freight' : row(['UPS', 'FedEx'], n(o) % 2)), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o) => (!chShipped(o) || chItem(o)[3] === 'White Glove' ? '' : `1Z${v.alnum(seeded(c, `ch${o.id}`), 16).toUpperCase()}`), ['commerce.shipping.trackingNumber']],
    ['Ship By Date', (c, o) => mdy(et(chAt(o) + 5 * day)), []],
    ['Delivered Date', (c, o) => (chSt(o) === 'Delivered' ? mdy(et(chAt(o) + (9 + n(o) % 12) * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- product analytics events
  { name: 'june-events-export-us', product: 'June (June.so; Events > Event details > Export CSV, one row per tracked event sent through Segment, US English UI, a New York B2B reporting-software start-up\'s web app, UTC timestamps)', family: 'analytics', language: 'en', schema: E, cols: [
    ['event', (c, o) => juEv(c, o)[0], ['eventType', 'web.webInteraction.name'], opt],
    ['timestamp', (c, o) => iso(o.at), ['timestamp']],
    ['message_id', (c, o) => v.uuid(seeded(c, `ju${o.id}`)), ['_id']],
    ['user_id', (c, o) => (juAnon(c, o) ? '' : `usr_${v.alnum(seeded(c, 'ju'), 14)}`), [...CUST_ID], opt],
    ['anonymous_id', (c) => v.uuid(seeded(c, 'juanon')), ['endUserIDs._experience.mcid.id', 'endUserIDs._experience.aaid.id'], opt],
    ['email', (c, o) => (juAnon(c, o) ? '' : wmail(c)), EMAIL_ID],
    ['name', (c, o) => (juAnon(c, o) ? '' : biz1(c).full), []],
    ['group_id', (c) => firmId(c, 'org_', 'jug').slice(0, 14), [], opt],
    ['company_name', (c) => firm(c)[0], [], opt],
    ['plan', (c) => row(['Free', 'Starter', 'Growth', 'Growth', 'Enterprise', 'Starter', 'Growth', 'Enterprise'], fi(c)), []],
    ['page_url', (c, o) => `https://app.reportloop.com${juEv(c, o)[1]}`, ['web.webPageDetails.URL']],
    ['page_path', (c, o) => juEv(c, o)[1], [], opt],
    ['page_title', (c, o) => `${({ '/login': 'Log in', '/reports/new': 'New report', '/dashboards': 'Dashboards', '/settings/team': 'Team settings', '/settings/integrations': 'Integrations', '/reports': 'Reports', '/billing': 'Billing', '/home': 'Home' })[juEv(c, o)[1]]} | Reportloop`, ['web.webPageDetails.name'], opt],
    ['referrer', (c, o) => juRef(o), ['web.webReferrer.URL']],
    ['browser', (c, o) => juBrowser(o)[0], ['environment.browserDetails.name']],
    ['browser_version', (c, o) => juBrowser(o)[1], ['environment.browserDetails.version']],
    ['os', (c, o) => juBrowser(o)[2], ['environment.operatingSystem']],
    ['device_type', (c, o) => juBrowser(o)[3], ['device.type'], opt],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['country', (c) => juPlace(c)[0], [], opt],
    ['region', (c) => juPlace(c)[1], ['placeContext.geo.stateProvince'], opt],
    ['city', (c) => juPlace(c)[2], ['placeContext.geo.city']],
    ['locale', (c) => (juPlace(c)[0] === 'United Kingdom' ? 'en-GB' : juPlace(c)[0] === 'Canada' ? 'en-CA' : 'en-US'), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['library', (c, o) => (juEv(c, o)[0] === 'Plan Upgraded' ? 'analytics-node' : 'analytics.js'), []],
    ['utm_source', (c, o) => (juRef(o).includes('google') ? 'google' : ''), [], opt],
    ['utm_campaign', (c, o) => (juRef(o).includes('google') ? 'brand-search-q1' : ''), ['marketing.campaignName'], opt],
    ['properties', (c, o) => (juEv(c, o)[0] === 'Report Created' ? '{"template":"Weekly KPIs","widgets":6}' : juEv(c, o)[0] === 'Integration Connected' ? '{"integration":"HubSpot"}' : '{}'), []],
  ] },
  // ---------------------------------------------------------------- med spa invoice lines
  { name: 'aesthetic-record-sales-invoices-us', product: 'Aesthetic Record (Aesthetic Record EMR; Sales > Invoices > Export, one row per invoice item, US English UI, a Scottsdale, Arizona med spa with injectables, lasers and retail skincare, Arizona time, USD)', family: 'healthcare', language: 'en', schema: E, cols: [
    ['Invoice #', (c, o) => `AR${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Invoice Date', (c, o) => `${mdy(az(arAt(o)))} ${hm12(az(arAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Clinic', (c, o) => (n(o) % 3 ? 'Glow Aesthetics - Old Town' : 'Glow Aesthetics - Kierland'), ['commerce.commerceScope.storeCode'], opt],
    ['Patient ID', (c) => String(100000 + (n(c) * 13) % 900000), CUST_ID, opt],
    ['Patient Name', (c) => us(c, 'az').full, []],
    ['Patient Email', (c) => us(c, 'az').email, EMAIL_ID],
    ['Patient Phone', (c) => paren(us(c, 'az').mobile), PHONE_ID, opt],
    ['Provider', (c, o) => arProv(o), []],
    ['Item Name', (c, o, r, i) => arItem(o, i)[0], [PL('name')]],
    ['Category', (c, o, r, i) => arItem(o, i)[1], [PL('productCategories[0].categoryName')]],
    ['Item Type', (c, o, r, i) => arItem(o, i)[2], [], opt],
    ['Units', (c, o, r, i) => String(arUnits(o, i)), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => two(arItem(o, i)[3]), [], opt],
    ['Item Total', (c, o, r, i) => two(arSub(o, i)), [PL('priceTotal')], opt],
    ['Discount', (c, o, r, i) => two(arDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['Discount Name', (c, o) => (o.discount ? row(['Membership 10%', 'Botox Happy Hour', 'VIP Event'], n(o) % 3) : ''), ['commerce.promotionID'], opt],
    ['Tax', (c, o, r, i) => two(arTax(o, i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => two(arTotal(o, i)), [OR('priceTotal')]],
    ['Payment Mode', (c, o) => row(['Credit Card', 'Credit Card', 'Cherry Financing', 'Cash', 'Gift Card', 'CareCredit'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Aspire Rewards', (c, o, r, i) => (arItem(o, i)[0] === 'Botox Cosmetic' && n(o) % 2 ? '20.00' : '0.00'), [], opt],
    ['Alle Points', (c, o, r, i) => (['Botox Cosmetic', 'Juvederm Ultra XC'].includes(arItem(o, i)[0]) ? String(Math.round(arSub(o, i) / 10) * 10) : '0'), []],
    ['Membership', (c) => (n(c) % 3 === 0 ? 'Glow Club' : ''), [], opt],
    ['Status', (c, o) => (n(o) % 9 === 4 ? 'Refunded' : 'Paid'), []],
    ['Refund Amount', (c, o, r, i) => two(n(o) % 9 === 4 ? arTotal(o, i) : 0), [OR('refundTotal'), PL('refundAmount')], opt],
    ['Created By', (c, o) => row(['Front Desk - Ashley', 'Kelsey Moore', 'Front Desk - Jordan'], n(o) % 3), []],
  ] },
  // ---------------------------------------------------------------- auto dealer CRM customers
  { name: 'elead-crm-customer-export-us', product: 'Elead CRM (CDK Global; Customers > Customer Search > Export, one row per sales or service customer, US English UI, a Chevrolet dealership in Naperville, Illinois)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(40000000 + (n(c) * 7919) % 9000000), ['_id', 'personID']],
    ['First Name', (c) => us(c, 'il').first, ['person.name.firstName']],
    ['Middle Name', (c) => us(c, 'il').mi, ['person.name.middleName']],
    ['Last Name', (c) => us(c, 'il').last, ['person.name.lastName']],
    ['Address 1', (c) => us(c, 'il').street, at(HOME, 'street1')],
    ['Address 2', (c) => us(c, 'il').street2, at(HOME, 'street2')],
    ['City', (c) => us(c, 'il').city, at(HOME, 'city')],
    ['State', (c) => us(c, 'il').state, STATE(HOME)],
    ['Zip', (c) => us(c, 'il').zip, at(HOME, 'postalCode')],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? paren(us(c, 'il').home) : ''), ['homePhone.number']],
    ['Cell Phone', (c) => paren(us(c, 'il').mobile), ['mobilePhone.number']],
    ['Work Phone', (c) => (n(c) % 5 === 2 ? `${paren(`630-${v.int(seeded(c, 'wp'), 200, 989)}-${pad(v.int(seeded(c, 'wp2'), 0, 9999), 4)}`)}` : ''), ['workPhone.number']],
    ['Email', (c) => us(c, 'il').email, ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 4 === 1 ? '' : mdy(v.parts(c.birth))), ['person.birthDate']],
    ['Do Not Call', (c) => (n(c) % 7 === 3 ? 'Y' : 'N'), [], opt],
    ['Do Not Email', (c) => (n(c) % 9 === 4 ? 'Y' : 'N'), [], opt],
    ['Do Not Text', (c) => (n(c) % 6 === 5 ? 'Y' : 'N'), [], opt],
    ['Customer Type', (c) => elType(c), [], opt],
    ['Lead Source', (c) => elSrc(c), [], opt],
    ['Salesperson', (c) => (elType(c) === 'Sales' ? row(['Mike Kowalski', 'Tina Alvarez', 'Derrick Johnson'], n(c) % 3) : ''), []],
    ['BDC Rep', (c) => row(['Sam Patel', 'Nicole Ruiz', ''], n(c) % 3), []],
    ['Vehicle Year', (c) => elVeh(c)[0], []],
    ['Vehicle Make', (c) => elVeh(c)[1], []],
    ['Vehicle Model', (c) => elVeh(c)[2], []],
    ['Vehicle Trim', (c) => elVeh(c)[3], []],
    ['VIN', (c) => vin(c), []],
    ['Mileage', (c) => group(12000 + (n(c) * 37) % 90000), []],
    ['Last Service Date', (c) => (elType(c) === 'Service' ? mdy(ct(later(c, 200))) : ''), [], opt],
    ['Date Created', (c) => mdy(ct(c.created)), [], opt],
    ['Last Activity Date', (c) => mdy(ct(later(c))), [], opt],
  ] },
  // ---------------------------------------------------------------- real-estate website leads
  { name: 'real-geeks-lead-manager-export-us', product: 'Real Geeks (Real Geeks / Lead Manager: Leads > select all > Export CSV, one row per website or ad lead, US English UI, a Tampa Bay real-estate team\'s IDX website and Facebook ads)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c) => String(9000000 + (n(c) * 131) % 900000), ['_id', 'personID'], opt],
    ['First Name', (c) => us(c, 'fl').first, ['person.name.firstName']],
    ['Last Name', (c) => us(c, 'fl').last, ['person.name.lastName']],
    ['Email', (c) => us(c, 'fl').email, ['personalEmail.address']],
    ['Phone', (c) => us(c, 'fl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Secondary Phone', (c) => (n(c) % 6 === 1 ? us(c, 'fl', 'spouse').mobile : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['Address', (c) => (rgType(c) === 'Buyer' && n(c) % 2 ? '' : us(c, 'fl').street), at(HOME, 'street1')],
    ['City', (c) => (rgType(c) === 'Buyer' && n(c) % 2 ? '' : us(c, 'fl').city), at(HOME, 'city')],
    ['State', (c) => (rgType(c) === 'Buyer' && n(c) % 2 ? '' : 'FL'), STATE(HOME)],
    ['Zip', (c) => (rgType(c) === 'Buyer' && n(c) % 2 ? '' : us(c, 'fl').zip), at(HOME, 'postalCode')],
    ['Lead Type', (c) => rgType(c), []],
    ['Source', (c) => rgSrc(c), [], opt],
    ['Status', (c) => rgSt(c), []],
    ['Assigned Agent', (c) => row(['Lisa Moreno', 'Tom Becker', 'Andre Watkins', 'Unassigned'], n(c) % 4), []],
    ['Tags', (c) => row(['', 'South Tampa', 'First-time buyer', 'VA loan', 'Relocating, Pool', 'Investor'], n(c) % 6), []],
    ['Price Min', (c) => (rgType(c) === 'Seller' ? '' : String(rgMin(c))), []],
    ['Price Max', (c) => (rgType(c) === 'Seller' ? '' : String(rgMin(c) + 150000)), []],
    ['Beds', (c) => (rgType(c) === 'Seller' ? '' : `${2 + n(c) % 3}+`), []],
    ['Baths', (c) => (rgType(c) === 'Seller' ? '' : `${1 + n(c) % 3}+`), []],
    ['Timeframe', (c) => row(['0-3 months', '3-6 months', '6-12 months', '12+ months', 'Just looking'], n(c) % 5), []],
    ['Pre-Approved', (c) => (rgType(c) === 'Seller' ? '' : c.bool ? 'Yes' : 'No'), []],
    ['Property Views', (c) => String((n(c) * 7) % 140), []],
    ['Favorites', (c) => String((n(c) * 3) % 12), []],
    ['Saved Searches', (c) => String(n(c) % 4), []],
    ['Last Visit', (c) => `${mdy(et(later(c, 90)))} ${hm12(et(later(c, 90)))}`, [], opt],
    ['Date Created', (c) => `${mdy(et(c.created))} ${hm12(et(c.created))}`, [], opt],
    ['Email Opt Out', (c) => (n(c) % 8 === 5 ? 'true' : 'false'), [], opt],
    ['Notes', (c) => row(['', 'Wants to be near Bayshore, has 2 dogs', '', 'Left VM 3/4', 'Selling condo in Brandon first'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- animal hospital client list
  { name: 'avimark-client-list-us', product: 'AVImark (Covetrus; Work With > Clients, Client List report exported to CSV, one row per client (pet owner), US English UI, a small-animal hospital in Dublin, Ohio)', family: 'healthcare', language: 'en', schema: P, cols: [
    ['Client ID', (c) => String(1000 + (n(c) * 17) % 29000), ['_id', 'personID']],
    ['Last Name', (c) => us(c, 'oh').last, ['person.name.lastName']],
    ['First Name', (c) => us(c, 'oh').first, ['person.name.firstName']],
    ['Title', (c) => (us(c, 'oh').female ? row(['Mrs.', 'Ms.', ''], n(c) % 3) : row(['Mr.', ''], n(c) % 2)), ['person.name.courtesyTitle']],
    ['Address', (c) => us(c, 'oh').street, at(HOME, 'street1')],
    ['Address 2', (c) => us(c, 'oh').street2, at(HOME, 'street2')],
    ['City', (c) => us(c, 'oh').city, at(HOME, 'city')],
    ['State', (c) => us(c, 'oh').state, STATE(HOME)],
    ['Zip', (c) => us(c, 'oh').zip, at(HOME, 'postalCode')],
    ['Phone 1', (c) => paren(us(c, 'oh').mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Phone 1 Type', (c) => (n(c) % 4 === 0 ? 'Home' : 'Cell'), []],
    ['Phone 2', (c) => (n(c) % 3 === 1 ? paren(us(c, 'oh', 'p2').mobile) : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['E-Mail', (c) => (n(c) % 7 === 2 ? '' : us(c, 'oh').email), ['personalEmail.address']],
    ['Doctor', (c) => avDr(c), []],
    ['Client Class', (c) => row(['Regular', 'Regular', 'Employee', 'Breeder', 'Regular', 'Rescue'], n(c) % 6), []],
    ['Reminder Method', (c) => row(['Email', 'Text', 'Email & Text', 'Postcard'], n(c) % 4), [], opt],
    ['Patients', (c) => String(1 + n(c) % 4), []],
    ['Balance', (c) => two(avBal(c)), []],
    ['Last Visit', (c) => mdy(et(later(c, 300))), [], opt],
    ['Added', (c) => mdy(et(c.created)), [], opt],
    ['Referred By', (c) => row(['Google', 'Friend/Family', 'Drive By', 'Nextdoor', '', 'Yelp'], n(c) % 6), [], opt],
    ['Alert', (c) => row(['', '', 'Requires cash payment', '', 'Dog aggressive at vet - muzzle'], n(c) % 5), []],
    ['Suspend Reminders', (c) => (n(c) % 10 === 7 ? 'Y' : 'N'), [], opt],
    ['Inactive', (c) => (n(c) % 12 === 5 ? 'Y' : 'N'), []],
  ] },
  // ---------------------------------------------------------------- customer-success contacts
  { name: 'catalyst-contacts-export-us', product: 'Catalyst (Catalyst Software; Contacts > Export to CSV, one row per customer contact synced from Salesforce and product usage, US English UI, the customer-success team of a US workforce-management SaaS company)', family: 'b2b-cs', language: 'en', schema: B, cols: [
    ['Name', (c) => biz1(c).full, ['person.name.fullName']],
    ['Email', (c) => wmail(c), ['workEmail.address']],
    ['Title', (c) => role(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => role(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Phone', (c) => `${firm(c)[6]}`, ['workPhone.number']],
    ['Account Name', (c) => firm(c)[0], CO],
    ['Account Domain', (c) => firm(c)[1], ['b2b.companyWebsite']],
    ['Contact Role', (c) => caRole(c), ['b2b.personType'], opt],
    ['Primary Contact', (c) => (n(c) % 4 === 0 ? 'true' : 'false'), []],
    ['Location', (c) => `${firm(c)[2]}, ${firm(c)[3]}`, [], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${biz1(c).first.toLowerCase()}-${biz1(c).last.toLowerCase()}-${v.alnum(seeded(c, 'li'), 6).toLowerCase()}`, []],
    ['Account Health', (c) => caHealth(c), []],
    ['Account ARR', (c) => group(18000 + ((fi(c) * 7) % 40) * 4500), []],
    ['Renewal Date', (c) => mdy(et(Date.UTC(2025, (fi(c) * 5) % 12, 1))), []],
    ['CSM', (c) => caCsm(c), []],
    ['Last Seen In App', (c) => (n(c) % 5 === 3 ? '' : ymd(et(later(c, 60)))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Last Contacted', (c) => ymd(et(later(c, 120))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Sentiment', (c) => row(['Positive', 'Neutral', 'Positive', 'Negative', ''], n(c) % 5), []],
    ['NPS Score', (c) => (n(c) % 3 === 2 ? '' : String(n(c) % 11)), [], opt],
    ['Unsubscribed', (c) => (n(c) % 9 === 4 ? 'true' : 'false'), ['b2b.personOptInOut.globalOptout'], opt],
    ['Salesforce Contact ID', (c) => sfid(c, '0033h', 'ct'), B2BID],
    ['Salesforce Account ID', (c) => firmId(c, '0013h', 'acc'), ACCT],
    ['Created At', (c) => `${ymd(et(c.created))} ${hms(et(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- B2B data provider people search
  { name: 'pitchbook-people-search-export-us', product: 'PitchBook (Morningstar; Search > People > Download to Excel, one row per person profile, US English UI, a Chicago lower-middle-market private-equity firm sourcing executives at portfolio targets)', family: 'b2b-data', language: 'en', schema: B, cols: [
    ['Person ID', (c) => pbId(c), B2BID],
    ['Full Name', (c) => biz1(c).full, ['person.name.fullName']],
    ['First Name', (c) => biz1(c).first, ['person.name.firstName']],
    ['Last Name', (c) => biz1(c).last, ['person.name.lastName']],
    ['Primary Position', (c) => row(['Chief Executive Officer', 'Chief Financial Officer', 'Founder & President', 'Chief Operating Officer', 'Vice President, Finance', 'Board Member'], n(c) % 6), ['extendedWorkDetails.jobTitle']],
    ['Primary Company', (c) => firm(c)[0], CO],
    ['Primary Company ID', (c) => pbCoId(c), ACCT],
    ['Primary Company Website', (c) => `www.${firm(c)[1]}`, ['b2b.companyWebsite']],
    ['Email', (c) => (n(c) % 5 === 3 ? '' : wmail(c, n(c) % 2)), ['workEmail.address']],
    ['Phone', (c) => (n(c) % 3 === 1 ? '' : `+1 (${firm(c)[6].slice(0, 3)}) ${firm(c)[6].slice(4)}`), ['workPhone.number']],
    ['Person City', (c) => firm(c)[2], [W('city')]],
    ['Person State/Province', (c) => firm(c)[3], STATE(['workAddress'])],
    ['Person Country', () => 'United States', [W('country')]],
    ['Primary Industry Sector', (c) => ['Business Products and Services (B2B)', 'Healthcare', 'Information Technology', 'Financial Services', 'Business Products and Services (B2B)', 'Consumer Products and Services (B2C)', 'Business Products and Services (B2B)', 'Energy'][fi(c)], []],
    ['Primary Industry Code', (c) => firm(c)[7], [], opt],
    ['Company Employees', (c) => firm(c)[8], []],
    ['Company Ownership Status', (c) => row(['Privately Held (backing)', 'Privately Held (no backing)', 'Privately Held (backing)', 'Acquired/Merged'], fi(c)), []],
    ['Board Seats', (c) => String(n(c) % 4), []],
    ['Education', (c) => row(['MBA, Northwestern University Kellogg School of Management', 'BS, Ohio State University', 'BA, University of Michigan; JD, Georgetown University', 'BS, Texas A&M University', ''], n(c) % 5), []],
    ['Biography', (c) => `${biz1(c).full} serves as ${row(['Chief Executive Officer', 'Chief Financial Officer', 'Founder & President', 'Chief Operating Officer', 'Vice President, Finance', 'Board Member'], n(c) % 6)} at ${firm(c)[0]}.`, []],
    ['LinkedIn Profile URL', (c) => `https://www.linkedin.com/in/${biz1(c).first.toLowerCase()}${biz1(c).last.toLowerCase()}`, []],
    ['Prior Company', (c) => row(['Deloitte', 'General Electric', 'Oracle', 'Baxter International', 'McKinsey & Company', 'Accenture'], n(c) % 6), []],
    ['Last Updated Date', (c) => mdy(ct(later(c, 200))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- customer-education learners
  { name: 'skilljar-users-export-us', product: 'Skilljar (Skilljar; Dashboard > Users > Export Users CSV with sign-up fields, one row per learner, US English UI, the customer academy of a Denver HR and payroll software company training its customers\' admins)', family: 'education', language: 'en', schema: B, cols: [
    ['User ID', (c) => v.alnum(seeded(c, 'sk'), 12).toLowerCase(), B2BID, opt],
    ['Email', (c) => wmail(c, n(c) % 2), ['workEmail.address']],
    ['First Name', (c) => biz1(c).first, ['person.name.firstName']],
    ['Last Name', (c) => biz1(c).last, ['person.name.lastName']],
    ['Company', (c) => firm(c)[0], CO],
    ['Job Title', (c) => role(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c) => role(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['State', (c) => firm(c)[3], STATE(['workAddress']), opt],
    ['Country', () => 'United States', [W('country')], opt],
    ['Customer Account ID', (c) => firmId(c, '0015e', 'skacc'), ACCT, opt],
    ['Domain', () => 'academy.payrollpeak.com', []],
    ['Groups', (c) => row(['Customers', 'Customers; Admin Certification', 'Customers', 'Partners', 'Customers; Payroll Track'], n(c) % 5), [], opt],
    ['Sign Up Date', (c) => `${ymd(local(c.created, -7))} ${hms(local(c.created, -7))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Active Date', (c) => `${ymd(local(later(c, 90), -7))} ${hms(local(later(c, 90), -7))}`, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Courses Registered', (c) => String(skReg(c)), []],
    ['Courses Completed', (c) => String(skDone(c)), []],
    ['Learning Paths Completed', (c) => String(Math.floor(skDone(c) / 4)), []],
    ['Certificates Earned', (c) => String(Math.floor(skDone(c) / 3)), []],
    ['Time Spent (minutes)', (c) => String(skReg(c) * 24 + (n(c) % 37)), []],
    ['Marketing Opt In', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['SSO User', (c) => (n(c) % 3 === 0 ? 'TRUE' : 'FALSE'), []],
  ] },
]
