// Round 57, tune123: tune sets written blind by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). English-language exports from the US and Canada: a DTC
// supplement brand's orders with auto-orders (UltraCart, Idaho), a garage-door company's jobs (Workiz, Arizona), a
// pizzeria's online orders (Menufy, Illinois), a coffee roaster's card transactions with settlement batches
// (CardPointe, Colorado), a SaaS vendor's support tickets (Mojo Helpdesk, Minnesota), a security vendor's webinar
// registrants (BrightTALK, Texas), an animal rescue's donors (CanadaHelps DMS, Ontario), a golf club's members
// (Chronogolf / Lightspeed Golf, Ontario), a café chain's loyalty members (Ackroo, Nova Scotia), a car dealership's
// leads (Activix CRM, Ontario), a B2B directory's contact list (Scott's Directories, Canada) and a trade association's
// mailing-list members (Lyris ListManager, Illinois). Headers: UltraCart's from its REST API order model's field names,
// Workiz's from its job import guide and API, Mojo Helpdesk's from its public API field list; the rest are written
// from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, mdy, hms, hm, hm12, summer, group, thou } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const usd = (x) => (Math.round(x * 100) / 100).toFixed(2)
const dollars = (x) => `$${thou(x, ',', '.')}`
const GEO = (leaf) => `placeContext.geo.${leaf}`

// local wall-clock: std offset plus one hour in the northern summer where the zone keeps DST (Arizona does not)
const off = (ms, std, dst = true) => std + (dst && summer(ms) ? 1 : 0)
const loc = (ms, std, dst = true) => shift(ms, off(ms, std, dst))
// the same instant moved into business hours [lo, hi] local, for things people do while a shop or office is open
const open = (ms, std, dst = true, lo = 9, hi = 20) => { const h = loc(ms, std, dst).H; return ms + (h < lo ? lo - h : h > hi ? hi - h : 0) * 3600000 }
const usDT = (p) => `${mdy(p)} ${hm12(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x9e3779b9); r(); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }

// Canada: names and [city, province, postal code, area code, streets] per province
const CA_FIRST = [['Liam', 'Olivia'], ['Noah', 'Emma'], ['Ethan', 'Charlotte'], ['Lucas', 'Amelia'], ['Owen', 'Hannah'], ['Mathieu', 'Julie'], ['Arjun', 'Priya'], ['Wei', 'Mei'], ['Connor', 'Sarah'], ['Daniel', 'Maria'], ['Ryan', 'Jessica'], ['Gurpreet', 'Simran']]
const CA_LAST = ['MacDonald', 'Tremblay', 'Smith', 'Brown', 'Wilson', 'Campbell', 'Singh', 'Nguyen', 'Chen', 'Roy', 'Fraser', 'MacLeod', 'Patel', 'Gagnon', 'Anderson', 'Kowalski', 'Thompson', 'Gill']
const CA_PLACES = {
  ON: [['Guelph', 'N1H 3T9', '519'], ['Kitchener', 'N2H 2X7', '519'], ['Cambridge', 'N1R 5S6', '519'], ['Toronto', 'M4E 2V5', '416'], ['Mississauga', 'L5B 3C2', '905'], ['Hamilton', 'L8P 4R5', '905'], ['Oakville', 'L6J 2X1', '905'], ['Barrie', 'L4M 3B5', '705'], ['Orillia', 'L3V 3J2', '705'], ['Burlington', 'L7R 2G4', '905']],
  NS: [['Halifax', 'B3H 2Y9', '902'], ['Halifax', 'B3K 3B1', '902'], ['Dartmouth', 'B2Y 4K6', '902'], ['Bedford', 'B4A 1E5', '902'], ['Truro', 'B2N 3J9', '902'], ['Antigonish', 'B2G 2L4', '902'], ['Wolfville', 'B4P 1A3', '902'], ['Lower Sackville', 'B4C 2S6', '902']],
  BC: [['Vancouver', 'V6K 2G4', '604'], ['Vancouver', 'V5L 3X1', '604'], ['Burnaby', 'V5H 2E9', '604'], ['North Vancouver', 'V7M 2G3', '604'], ['Richmond', 'V6X 1Z3', '604'], ['Victoria', 'V8V 3K3', '250']],
}
const CA_STREETS = {
  ON: ['Woolwich St', 'Gordon St', 'King St W', 'Queen St E', 'Lakeshore Rd E', 'Main St N', 'Dundas St W', 'Yonge St', 'Eramosa Rd', 'Victoria Rd S'],
  NS: ['Spring Garden Rd', 'Barrington St', 'Quinpool Rd', 'Portland St', 'Main St', 'Prince St', 'Bedford Hwy', 'Robie St'],
  BC: ['Commercial Dr', 'W 4th Ave', 'Kingsway', 'Lonsdale Ave', 'No. 3 Rd', 'Fort St', 'Main St', 'E Hastings St'],
}
const MAIL_CA = ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'rogers.com', 'sympatico.ca', 'icloud.com', 'eastlink.ca', 'shaw.ca']
const ca = (c, prov) => keep(`ca${prov}:${c.id}:${c.first}`, () => {
  const r = seeded(c, 11 + prov.length + prov.charCodeAt(0))
  const female = r() < 0.55
  const first = v.pick(r, CA_FIRST)[female ? 1 : 0], last = v.pick(r, CA_LAST)
  const [city, postal, area] = v.pick(r, CA_PLACES[prov])
  const line = `${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
  return { female, first, last, full: `${first} ${last}`, city, prov, postal, area,
    street: `${v.int(r, 3, 1480)} ${v.pick(r, CA_STREETS[prov])}`, unit: r() < 0.25 ? `Unit ${v.int(r, 101, 1805)}` : '',
    phone: `(${area}) ${line}`, mobile: `(${area}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL_CA)}`,
    birth: v.birth(r) }
})

// US: Phoenix-area service addresses and Chicago delivery addresses: [street, city, zip]
const AZ = [['4821 E Indian School Rd', 'Phoenix', '85018'], ['1130 W Rio Salado Pkwy', 'Tempe', '85281'], ['7742 E Camelback Rd', 'Scottsdale', '85251'], ['2215 S Lindsay Rd', 'Gilbert', '85295'], ['915 N Dobson Rd', 'Mesa', '85201'], ['3308 W Thunderbird Rd', 'Phoenix', '85053'], ['5670 W Bell Rd', 'Glendale', '85308'], ['1822 E Ray Rd', 'Chandler', '85225'], ['16215 N 40th St', 'Phoenix', '85032']]
const AZ_AREA = ['480', '602', '623', '480', '602']
const CHI = [['2417 N Clark St', 'Chicago', '60614'], ['3150 N Sheffield Ave', 'Chicago', '60657'], ['1642 W Division St', 'Chicago', '60622'], ['2825 N Milwaukee Ave', 'Chicago', '60618'], ['1018 W Armitage Ave', 'Chicago', '60614'], ['3518 N Southport Ave', 'Chicago', '60657'], ['1709 Chicago Ave', 'Evanston', '60201'], ['2240 W Belmont Ave', 'Chicago', '60618']]
const usPhone = (c, areas, salt) => { const r = seeded(c, salt); return `(${v.pick(r, areas)}) ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}` }

// ---------------------------------------------------------------- UltraCart: a Boise DTC supplement brand
const UC_ITEMS = [['GRN-30', 'Daily Greens Powder - 30 Servings', 49.95], ['COL-PEP-20', 'Collagen Peptides Unflavored 20 oz', 39.0], ['MAG-GLY-120', 'Magnesium Glycinate 120 Capsules', 24.95], ['OMG3-90', 'Omega-3 Fish Oil 90 Softgels', 29.95], ['SLP-GUM-60', 'Sleep Support Gummies 60 ct', 27.5], ['WPI-VAN-2', 'Grass-Fed Whey Isolate Vanilla 2 lb', 54.95], ['ELX-LEM-30', 'Electrolyte Drink Mix Lemon 30 ct', 32.0]]
const ucItem = (o) => row(UC_ITEMS, n(o))
const ucAuto = (o) => n(o) % 3 !== 0 // a monthly auto-order rebill
const ucTaxRate = { NY: 0.08875, TX: 0.0825, WA: 0.101, IL: 0.1025, CO: 0.0881, MA: 0.0625, OR: 0 }
const ucSum = (c, o) => {
  const [, , price] = ucItem(o)
  const qty = n(o) % 4 === 0 ? 2 : 1
  const sub = price * qty
  const disc = ucAuto(o) ? Math.round(sub * 15) / 100 : o.discount ? Math.round(sub * 10) / 100 : 0
  const ship = sub - disc >= 75 ? 0 : 6.95
  const tax = Math.round((sub - disc) * (ucTaxRate[c.region] ?? 0) * 100) / 100
  return { qty, sub, disc, ship, tax, total: sub - disc + ship + tax }
}
const ucStage = (o) => row(['Completed Order', 'Completed Order', 'Shipping Department', 'Completed Order', 'Accounts Receivable', 'Completed Order', 'Rejected'], n(o) >> 1)
const ucCreated = (o) => open(o.at, -7, true, 6, 23)

// ---------------------------------------------------------------- Workiz: a Phoenix garage-door and gate company
const WZ_TYPES = [['Spring Replacement', 285], ['Opener Repair', 189], ['Opener Installation', 645], ['Door Off Track', 225], ['Tune-Up & Safety Inspection', 89], ['New Door Estimate', 0], ['Gate Motor Repair', 340]]
const WZ_TECHS = ['Marco Villanueva', 'Dustin Reyes', 'Alan Whitfield', 'Marco Villanueva, Jesse Ortega', 'Jesse Ortega']
const wzType = (o) => row(WZ_TYPES, n(o))
const wzStatus = (o) => row(['Done', 'Done', 'Scheduled', 'Done', 'In progress', 'Canceled', 'Done', 'Submitted', 'Pending'], n(o) >> 1)
const wzAddr = (c) => row(AZ, n(c))
const wzMoney = (o) => {
  const [, base] = wzType(o)
  const parts = base === 0 ? 0 : row([0, 48, 126, 0, 212], n(o) >> 2)
  const sub = base + parts
  const disc = n(o) % 6 === 0 && sub ? 25 : 0
  const tax = Math.round(parts * 0.086 * 100) / 100
  const tip = wzStatus(o) === 'Done' && n(o) % 4 === 1 ? 20 : 0
  const total = sub - disc + tax
  return { sub, disc, tax, tip, total, due: wzStatus(o) === 'Done' ? 0 : total }
}
const wzStart = (o) => { const ms = o.at + 2 * day; const p = loc(ms, -7, false); return ms + ((8 + (p.H % 9)) - p.H) * 3600000 - p.M * 60000 }

// ---------------------------------------------------------------- Menufy: a Lincoln Park pizzeria
const MF_MENU = [['Large Pepperoni', 21.99], ['Medium Sausage & Giardiniera', 19.49], ['Large Tavern-Style Cheese', 18.99], ['Chicago Deep Dish (Large)', 32.5], ['Garlic Knots (6)', 6.99], ['Italian Beef Sandwich', 12.99], ['Caesar Salad', 9.49], ['2-Liter Soda', 3.99]]
const mfLines = (o) => { const a = row(MF_MENU, n(o)), b = row(MF_MENU, (n(o) >> 2) + 4); return n(o) % 3 === 0 ? [[1, a]] : [[1 + (n(o) % 5 === 0 ? 1 : 0), a], [1, b]] }
const mfType = (o) => row(['Delivery', 'Pickup', 'Delivery', 'Pickup', 'Curbside', 'Delivery'], n(o) >> 1)
const mfSum = (o) => {
  const sub = mfLines(o).reduce((s, [q, [, p]]) => s + q * p, 0)
  const disc = o.discount ? Math.round(sub * 10) / 100 : 0
  const tax = Math.round((sub - disc) * 0.1175 * 100) / 100
  const fee = mfType(o) === 'Delivery' ? 3.99 : 0
  const conv = 1.5
  const tip = Math.round((sub * row([0.15, 0.18, 0.2, 0, 0.1], n(o) >> 3)) * 100) / 100
  return { sub, disc, tax, fee, conv, tip, total: sub - disc + tax + fee + conv + tip }
}
const mfStatus = (o) => row(['Completed', 'Completed', 'Completed', 'Completed', 'Cancelled', 'Completed', 'Refunded'], n(o) >> 2)
const mfAt = (o) => open(o.at, -6, true, 11, 21)

// ---------------------------------------------------------------- CardPointe: a Denver coffee roaster and café
const CP_CARDS = ['Visa', 'Mastercard', 'Visa', 'Amex', 'Discover', 'Mastercard', 'Visa']
const cpType = (o) => row(['Sale', 'Sale', 'Sale', 'Sale', 'Refund', 'Sale', 'Authorization', 'Sale', 'Void'], n(o) >> 1)
const cpSource = (o) => row(['Bolt Terminal', 'Bolt Terminal', 'Hosted Payment Page', 'Bolt Terminal', 'Virtual Terminal', 'Recurring Billing', 'Hosted Payment Page'], n(o))
const cpAmt = (o) => { const base = cpSource(o) === 'Bolt Terminal' ? 4.5 + (n(o) % 23) * 1.35 : cpSource(o) === 'Recurring Billing' ? 42 : 24 + (n(o) % 9) * 11.5; return Math.round(base * 100) / 100 }
const cpOk = (o) => n(o) % 11 !== 5
const cpStatus = (o) => (!cpOk(o) ? 'Declined' : cpType(o) === 'Void' ? 'Voided' : 'Approved')
const cpAt = (o) => open(o.at, -7, true, 6, 19)
const cpFee = (o) => Math.round(cpAmt(o) * (cpSource(o) === 'Bolt Terminal' ? 2.6 : 2.9)) / 100 + (cpSource(o) === 'Bolt Terminal' ? 0.1 : 0.3)
const cpOnline = (o) => cpSource(o) !== 'Bolt Terminal'

// ---------------------------------------------------------------- Mojo Helpdesk: a Minneapolis dental-scheduling SaaS vendor
const MJ_TITLES = ['Reminder texts not sending to patients', 'Cannot log in after password reset', 'Sync with Dentrix stopped overnight', 'How do I add a new hygienist column?', 'Online booking page shows wrong hours', 'Invoice question - duplicate charge', 'Request: export of appointment history', 'Two-way texting shows old messages', 'Insurance verification stuck on pending']
const MJ_CLINICS = [['Lakeside Family Dental', 'lakesidefamilydental.com'], ['North Loop Orthodontics', 'northlooportho.com'], ['Prairie Smiles Pediatric Dentistry', 'prairiesmiles.com'], ['Bright Creek Dental Group', 'brightcreekdental.com'], ['Edina Dental Arts', 'edinadentalarts.com'], ['Riverbend Oral Surgery', 'riverbendoms.com']]
const mjStatus = (o) => row(['Closed', 'Solved', 'Solved', 'In progress', 'New', 'Closed', 'On hold', 'Solved'], n(o) >> 1)
const mjAt = (o) => open(o.at, -6, true, 7, 18)

// ---------------------------------------------------------------- BrightTALK: an Austin cybersecurity vendor's channel
const BT_COS = [['Northwind Logistics', 'northwindlogistics.com', '1,001-5,000', 'Transportation & Logistics'], ['Summit Federal Credit Union', 'summitfcu.org', '501-1,000', 'Financial Services'], ['Brightline Insurance Group', 'brightlineins.com', '1,001-5,000', 'Insurance'], ['Cascade Regional Bank', 'cascaderegional.com', '201-500', 'Banking'], ['Pioneer Valley Health', 'pvhealth.org', '5,001-10,000', 'Healthcare'], ['Redstone Manufacturing', 'redstonemfg.com', '501-1,000', 'Manufacturing'], ['Atlas Retail Group', 'atlasretail.com', '10,001+', 'Retail'], ['Hollis & Grant LLP', 'hollisgrant.com', '201-500', 'Legal Services'], ['Maple Leaf Analytics', 'mapleleafanalytics.ca', '51-200', 'Software']]
const BT_JOBS = [['Chief Information Security Officer', 'C-Level', 'Information Security'], ['IT Director', 'Director', 'Information Technology'], ['Security Analyst', 'Individual Contributor', 'Information Security'], ['Network Engineer', 'Individual Contributor', 'Information Technology'], ['VP, Infrastructure', 'VP', 'Information Technology'], ['SOC Manager', 'Manager', 'Information Security'], ['Systems Administrator', 'Individual Contributor', 'Information Technology'], ['Compliance Manager', 'Manager', 'Risk & Compliance']]
const BT_WEBCASTS = [['612984', 'Ransomware in 2024: What Your Backups Won\'t Tell You'], ['618230', 'Zero Trust for Mid-Size Banks: A Practical Roadmap'], ['621077', 'Cutting MTTR with AI-Assisted Triage in the SOC']]
const BT_GEO = [['United States', 'Texas', '+1 512'], ['United States', 'Illinois', '+1 312'], ['United States', 'Massachusetts', '+1 617'], ['Canada', 'Ontario', '+1 416'], ['United States', 'California', '+1 415'], ['United States', 'Georgia', '+1 404'], ['Canada', 'British Columbia', '+1 604'], ['United States', 'Washington', '+1 206']]
const btCo = (c) => row(BT_COS, n(c) >> 1)
const btWebcast = (o) => row(BT_WEBCASTS, n(o))
const btLive = (c, o) => (n(o) + n(c)) % 5 < 2

// ---------------------------------------------------------------- CanadaHelps DMS: a Guelph animal rescue
const chTotals = (c) => { const k = n(c); const gifts = 1 + (k % 9); const avg = row([25, 50, 35, 100, 20, 250, 75], k >> 2); return { gifts, total: gifts * avg, last: avg, first: c.created, latest: gifts === 1 ? c.created : Math.min(c.created + ((k % 700) + 30) * day, Date.UTC(2025, 8, 30)) } }

// ---------------------------------------------------------------- Chronogolf: a semi-private club near Barrie, Ontario
const CG_TYPES = [['Full Playing', 'Member'], ['Intermediate (19-35)', 'Member'], ['Weekday Playing', 'Member'], ['Junior', 'Member'], ['Senior (65+)', 'Member'], ['Social', 'Member'], ['Public', 'Public']]
const cgType = (c) => row(CG_TYPES, n(c) >> 1)

// ---------------------------------------------------------------- Ackroo: a Halifax café and bakery chain's Perks Club
const AK_STORES = ['Spring Garden Rd', 'Quinpool Rd', 'Dartmouth Crossing', 'Bedford Commons', 'Halifax Shopping Centre', 'Online']
const akTier = (c) => row(['Bronze', 'Bronze', 'Silver', 'Bronze', 'Gold', 'Silver'], n(c) >> 1)
const akPts = (c) => { const k = n(c); const life = 150 + (k % 4200); const red = Math.floor(life * row([0, 0.3, 0.55, 0.7], k >> 3) / 100) * 100; return { life, red, bal: life - red } }

// ---------------------------------------------------------------- Activix CRM: a Barrie, Ontario Toyota dealership
const AX_PROVIDERS = [['Web', 'AutoTrader.ca'], ['Web', 'Dealer website'], ['Phone', 'Phone-up'], ['Walk-in', 'Showroom'], ['Web', 'Toyota.ca'], ['Web', 'Kijiji Autos'], ['SMS', 'Dealer website'], ['Web', 'CarGurus'], ['Renewal', 'Equity mining']]
const AX_WANTED = ['2025 Toyota RAV4 Hybrid XLE', '2024 Toyota Corolla LE', '2025 Toyota Tacoma TRD Off-Road', '2023 Toyota Highlander XLE (used)', '2025 Toyota Camry SE', '2021 Honda CR-V EX (used)', '2025 Toyota Sienna XSE', '2025 Toyota Tundra SR5']
const AX_TRADE = ['', '2016 Honda Civic LX', '2018 Toyota RAV4 LE', '', '2015 Ford Escape SE', '2019 Hyundai Elantra Preferred', '', '2017 Toyota Tacoma SR5']
const AX_BIZ = [['', ''], ['', ''], ['', ''], ['Simcoe Landscaping Ltd.', 'simcoelandscaping.ca'], ['', ''], ['Georgian Bay Plumbing Inc.', 'gbplumbing.ca'], ['', ''], ['Barrie Home Care Services', 'barriehomecare.ca']]
const axStatus = (o) => row(['Attempted', 'Reached', 'Appointment', 'Sold', 'Lost', 'Reached', 'Appointment', 'Delivered', 'Lost'], n(o) >> 1)
const axSold = (o) => ['Sold', 'Delivered'].includes(axStatus(o))

// ---------------------------------------------------------------- Scott's Directories: a packaging supplier's prospect list
const SC_FIRMS = [['Northern Tool & Die Ltd.', 'Concord', 'ON', 'L4K 4M2', '905', 'northerntooldie.com', '332118', 'Crown and Closure Manufacturing and Metal Stamping', '50-99', '$10M-$25M', '1978', 'Head Office'], ['Les Aliments Boréal Inc.', 'Laval', 'QC', 'H7L 4S3', '450', 'alimentsboreal.ca', '311990', 'All Other Food Manufacturing', '100-249', '$25M-$50M', '1991', 'Head Office'], ['Prairie Harvest Foods Ltd.', 'Saskatoon', 'SK', 'S7K 6A2', '306', 'prairieharvestfoods.ca', '311224', 'Oilseed Processing', '20-49', '$5M-$10M', '2004', 'Head Office'], ['Coastal Brewing Co.', 'Burnaby', 'BC', 'V5J 5J8', '604', 'coastalbrewing.ca', '312120', 'Breweries', '50-99', '$10M-$25M', '2012', 'Head Office'], ['Maritime Seafood Processors Ltd.', 'Yarmouth', 'NS', 'B5A 4A8', '902', 'maritimeseafood.ca', '311710', 'Seafood Product Preparation and Packaging', '250-499', '$50M-$100M', '1969', 'Branch'], ['Alberta Pet Nutrition Inc.', 'Edmonton', 'AB', 'T6E 5V2', '780', 'abpetnutrition.com', '311111', 'Dog and Cat Food Manufacturing', '100-249', '$25M-$50M', '1998', 'Head Office'], ['Precision Plastics Moulding Inc.', 'Mississauga', 'ON', 'L5T 2H7', '905', 'precisionplasticsmoulding.com', '326198', 'All Other Plastic Product Manufacturing', '50-99', '$10M-$25M', '1985', 'Head Office']]
const SC_STREETS = ['8100 Keele St', '2200 Boul. Industriel', '3331 Millar Ave', '7250 Winston St', '12 Water St', '4620 99 St NW', '6525 Kestrel Rd']
const SC_TITLES = [['Purchasing Manager', 'Mr.'], ['President', 'Mr.'], ['Plant Manager', 'Ms.'], ['Director of Operations', 'Ms.'], ['Buyer', 'Mr.'], ['Vice-President, Supply Chain', 'Ms.'], ['Controller', 'Mr.']]
const scFirm = (c) => row(SC_FIRMS, n(c))
const scStreet = (c) => row(SC_STREETS, n(c))

// ---------------------------------------------------------------- Lyris ListManager: a Chicago healthcare-facilities association
const LY_ORGS = [['Northshore Medical Center', 'northshoremc.org', 'Evanston', 'IL', '60201'], ['Riverside Health System', 'riversidehs.org', 'Joliet', 'IL', '60435'], ['St. Agnes Regional Hospital', 'stagnesregional.org', 'Milwaukee', 'WI', '53215'], ['Prairie View Senior Living', 'prairieviewsl.com', 'Naperville', 'IL', '60540'], ['Hoosier Valley Health', 'hvhealth.org', 'Lafayette', 'IN', '47905'], ['Jacobs Facility Services', 'jacobsfs.com', 'Chicago', 'IL', '60607'], ['Lakeshore Children\'s Hospital', 'lakeshorechildrens.org', 'Chicago', 'IL', '60611']]
const LY_TITLES = ['Director of Facilities', 'Plant Operations Manager', 'Chief Engineer', 'Environmental Services Manager', 'VP, Support Services', 'Biomedical Engineering Supervisor', 'Energy Manager']
const lyOrg = (c) => row(LY_ORGS, n(c) >> 1)
const lyType = (c) => row(['normal', 'normal', 'normal', 'unsub', 'normal', 'held', 'normal', 'normal', 'unsub'], n(c) >> 2)
const lyDT = (ms) => { const p = loc(ms, -6); return `${ymd(p)} ${hms(p)}.000` }

export const SETS = [
  // ---------------------------------------------------------------- US: DTC subscription orders
  { name: 'ultracart-orders-csv-export', product: 'UltraCart (Operations > Order Management > Orders > Export, CSV one row per order, English UI, a Boise, Idaho DTC supplement brand whose orders are mostly monthly auto-order rebills)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `BVTL-${pad(2000000 + n(o) * 7, 10)}`, ['_id', OR('purchaseID')]],
    ['Creation Date', (c, o) => usDT(loc(ucCreated(o), -7)), ['timestamp', OR('createdDate')]],
    ['Payment Date', (c, o) => (ucStage(o) === 'Accounts Receivable' || ucStage(o) === 'Rejected' ? '' : usDT(loc(ucCreated(o) + 60000, -7))), [], opt],
    ['Shipping Date', (c, o) => (ucStage(o) === 'Completed Order' ? mdy(loc(ucCreated(o) + (1 + n(o) % 2) * day, -7)) : ''), ['commerce.shipping.shipDate']],
    ['Current Stage', (c, o) => ucStage(o), []],
    ['Auto Order Code', (c, o) => (ucAuto(o) ? `AO-${pad(n(c) % 100000, 6)}` : ''), [], opt],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Bill To First Name', (c) => c.first, []],
    ['Bill To Last Name', (c) => c.last, []],
    ['Bill To Address 1', (c) => c.street, [BILL('street1')]],
    ['Bill To Address 2', (c) => c.street2, [BILL('street2')]],
    ['Bill To City', (c) => c.city, [BILL('city')]],
    ['Bill To State', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Bill To Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Bill To Country', () => 'US', [BILL('countryCode')]],
    ['Bill To Day Phone', (c) => c.phone.replace('+1 ', ''), PHONE_ID, opt],
    ['Ship To First Name', (c, o) => (n(o) % 9 === 4 ? 'Karen' : c.first), []],
    ['Ship To Address 1', (c) => c.street, [SHIP('street1')]],
    ['Ship To City', (c) => c.city, [SHIP('city')]],
    ['Ship To State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping Method', (c, o) => (ucSum(c, o).ship ? 'USPS: Ground Advantage' : row(['USPS: Priority Mail', 'UPS: Ground', 'FedEx: Home Delivery'], n(o))), ['commerce.shipping.shippingMethod']],
    ['Item ID 1', (c, o) => ucItem(o)[0], [PL('SKU')]],
    ['Item Description 1', (c, o) => ucItem(o)[1], [PL('name')]],
    ['Quantity 1', (c, o) => String(ucSum(c, o).qty), [PL('quantity')]],
    ['Subtotal', (c, o) => usd(ucSum(c, o).sub), [], opt],
    ['Subtotal Discount', (c, o) => usd(ucSum(c, o).disc), [OR('discountAmount')]],
    ['Coupon Codes', (c, o) => (!ucAuto(o) && o.discount ? 'WELCOME10' : ''), ['commerce.promotionID'], opt],
    ['Shipping/Handling Total', (c, o) => usd(ucSum(c, o).ship), ['commerce.shipping.shippingAmount']],
    ['Tax', (c, o) => usd(ucSum(c, o).tax), [OR('taxAmount')]],
    ['Total', (c, o) => usd(ucSum(c, o).total), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Credit Card', 'Credit Card', 'PayPal', 'Credit Card', 'Amazon'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Tracking Numbers', (c, o, r) => (ucStage(o) === 'Completed Order' ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Customer IP', (c, o, r) => (ucAuto(o) ? '' : v.ip4(r)), ['environment.ipV4'], opt],
  ] },

  // ---------------------------------------------------------------- US: field-service jobs
  { name: 'workiz-jobs-list-export', product: 'Workiz (Jobs > list view > Export, CSV one row per job, English UI, a Phoenix, Arizona garage-door and gate repair company)', family: 'booking', language: 'en', schema: E, cols: [
    ['Job #', (c, o) => String(3100 + (n(o) % 6000)), ['_id', OR('purchaseID')]],
    ['Created', (c, o) => usDT(loc(open(o.at, -7, false, 7, 19), -7, false)), ['timestamp', OR('createdDate')]],
    ['Scheduled', (c, o) => (wzStatus(o) === 'Submitted' ? '' : usDT(loc(wzStart(o), -7, false))), [], opt],
    ['End', (c, o) => (wzStatus(o) === 'Submitted' ? '' : usDT(loc(wzStart(o) + 2 * 3600000, -7, false))), []],
    ['Job Type', (c, o) => wzType(o)[0], [PL('name')], opt],
    ['Status', (c, o) => wzStatus(o), []],
    ['Sub Status', (c, o) => (wzStatus(o) === 'Done' ? row(['Paid', 'Paid', 'Invoice sent'], n(o)) : wzStatus(o) === 'In progress' ? 'Waiting for parts' : ''), []],
    ['Client', (c) => c.full, []],
    ['Company', (c, o) => (n(c) % 7 === 0 ? 'Desert Ridge HOA' : ''), []],
    ['Phone', (c) => usPhone(c, AZ_AREA, 3), PHONE_ID, opt],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Address', (c) => wzAddr(c)[0], [SHIP('street1')], opt],
    ['City', (c) => wzAddr(c)[1], [SHIP('city'), GEO('city')]],
    ['State', () => 'AZ', [SHIP('stateProvince'), SHIP('state'), GEO('stateProvince')]],
    ['Zip code', (c) => wzAddr(c)[2], [SHIP('postalCode'), GEO('postalCode')]],
    ['Tech', (c, o) => row(WZ_TECHS, n(o) >> 1), []],
    ['Ad Source', (c, o) => row(['Google LSA', 'Google', 'Yelp', 'Angi', 'Referral', 'Thumbtack', 'Repeat customer'], n(o) >> 2), [], opt],
    ['Job Description', (c, o) => row(['Broken torsion spring, door stuck closed', 'Opener hums but door does not move', 'Replace 1/2 HP chain drive with belt drive + 2 remotes', 'Cable snapped on left side', 'Annual tune-up', 'Quote for 16x7 insulated steel door', 'Swing gate motor not responding'], n(o)), []],
    ['Subtotal', (c, o) => usd(wzMoney(o).sub), [], opt],
    ['Discount', (c, o) => usd(wzMoney(o).disc), [OR('discountAmount')]],
    ['Tax', (c, o) => usd(wzMoney(o).tax), [OR('taxAmount')]],
    ['Tip', (c, o) => usd(wzMoney(o).tip), []],
    ['Total', (c, o) => usd(wzMoney(o).total), [OR('priceTotal')]],
    ['Amount Due', (c, o) => usd(wzMoney(o).due), []],
    ['Payment Method', (c, o) => (wzStatus(o) === 'Done' ? row(['Credit card', 'Credit card', 'Check', 'Cash', 'Financing'], n(o) >> 3) : ''), [OR('payments[0].paymentType')]],
    ['Tags', (c, o) => row(['', 'warranty', '', 'VIP', 'callback'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- US: restaurant online ordering
  { name: 'menufy-orders-report-export', product: 'Menufy (restaurant dashboard > Reports > Orders > Export to CSV, one row per order, English UI, a Lincoln Park, Chicago pizzeria)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => String(48200000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => usDT(loc(mfAt(o), -6)), ['timestamp', OR('createdDate')]],
    ['Requested Time', (c, o) => (n(o) % 4 === 0 ? usDT(loc(mfAt(o) + 2 * 3600000, -6)) : 'ASAP'), [], opt],
    ['Order Type', (c, o) => mfType(o), ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o) => mfStatus(o), []],
    ['Customer Name', (c) => c.full, []],
    ['Customer Phone', (c) => usPhone(c, ['312', '773', '872', '847'], 5), PHONE_ID, opt],
    ['Customer Email', (c) => c.email, EMAIL_ID],
    ['Delivery Address', (c, o) => (mfType(o) === 'Delivery' ? row(CHI, n(c))[0] : ''), [SHIP('street1')]],
    ['Apt/Suite', (c, o) => (mfType(o) === 'Delivery' && n(c) % 3 === 0 ? `Apt ${v.int(seeded(c, 9), 1, 4)}${'ABCDF'[n(c) % 5]}` : ''), [SHIP('street2')]],
    ['Delivery City', (c, o) => (mfType(o) === 'Delivery' ? row(CHI, n(c))[1] : ''), [SHIP('city')]],
    ['Delivery State', (c, o) => (mfType(o) === 'Delivery' ? 'IL' : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['Delivery Zip', (c, o) => (mfType(o) === 'Delivery' ? row(CHI, n(c))[2] : ''), [SHIP('postalCode')]],
    ['Items', (c, o) => mfLines(o).map(([q, [name]]) => `${q} x ${name}`).join('; '), [PL('name')], opt],
    ['Subtotal', (c, o) => dollars(mfSum(o).sub), [], opt],
    ['Discount', (c, o) => dollars(mfSum(o).disc), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => (o.discount ? 'SLICE10' : ''), ['commerce.promotionID'], opt],
    ['Sales Tax', (c, o) => dollars(mfSum(o).tax), [OR('taxAmount')]],
    ['Delivery Fee', (c, o) => dollars(mfSum(o).fee), ['commerce.shipping.shippingAmount']],
    ['Convenience Fee', (c, o) => dollars(mfSum(o).conv), []],
    ['Tip', (c, o) => dollars(mfSum(o).tip), []],
    ['Total', (c, o) => dollars(mfSum(o).total), [OR('priceTotal')]],
    ['Payment Type', (c, o) => row(['Credit Card', 'Credit Card', 'Apple Pay', 'Cash', 'Google Pay', 'Credit Card'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Refund Amount', (c, o) => (mfStatus(o) === 'Refunded' ? dollars(mfSum(o).total) : '$0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Order Source', (c, o) => row(['Website', 'Menufy App', 'Google', 'Website', 'Facebook'], n(o) >> 2), [], opt],
    ['First Time Customer', (c, o) => (n(c) % 4 === 0 ? 'Yes' : 'No'), []],
    ['Special Instructions', (c, o) => row(['', '', 'Well done please', 'Leave at door, ring bell', '', 'Extra napkins'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- US: card transactions with settlement
  { name: 'cardpointe-transactions-report', product: 'CardPointe (CardConnect / Fiserv; Reporting > Transactions > Export CSV, one row per card transaction with its settlement batch, English UI, a Denver, Colorado coffee roaster with a café, web shop and coffee subscriptions)', family: 'payments', language: 'en', schema: E, cols: [
    ['Retref', (c, o) => `${pad((n(o) * 7) % 1000, 3)}${pad(100000000 + n(o) * 4721, 9)}`, ['_id', OR('payments[0].transactionID')]],
    ['Transaction Date', (c, o) => { const p = loc(cpAt(o), -7); return `${mdy(p)} ${hm12(p, true)}` }, ['timestamp']],
    ['Type', (c, o) => cpType(o), [], opt],
    ['Status', (c, o) => cpStatus(o), []],
    ['Response Text', (c, o) => (cpOk(o) ? 'Approval' : row(['Insufficient funds', 'Do not honor', 'Expired card'], n(o) >> 3)), []],
    ['Amount', (c, o) => usd(cpType(o) === 'Refund' ? -cpAmt(o) : cpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tip Amount', (c, o) => usd(cpSource(o) === 'Bolt Terminal' && n(o) % 3 ? Math.round(cpAmt(o) * 15) / 100 : 0), []],
    ['Tax Amount', (c, o) => usd(Math.round(cpAmt(o) / 1.0881 * 0.0881 * 100) / 100), [OR('taxAmount')], opt],
    ['Currency', () => 'USD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Card Type', (c, o) => row(CP_CARDS, n(o) >> 1), [OR('payments[0].paymentType')], opt],
    ['Last 4', (c, o) => pad((n(o) * 7919) % 10000, 4), []],
    ['Expiration', (c, o) => `${pad(1 + (n(o) % 12))}${26 + (n(o) % 4)}`, []],
    ['Cardholder Name', (c) => c.full.toUpperCase(), []],
    ['Entry Mode', (c, o) => (cpOnline(o) ? (cpSource(o) === 'Virtual Terminal' ? 'Keyed' : 'E-Commerce') : row(['Contactless', 'Contactless', 'EMV Chip', 'Contactless', 'Swiped'], n(o) >> 2)), []],
    ['Auth Code', (c, o, r) => (cpOk(o) ? `${pad(v.int(r, 0, 999999), 6)}` : ''), []],
    ['Order ID', (c, o) => (cpSource(o) === 'Hosted Payment Page' ? `RR-${20400 + (n(o) % 9000)}` : ''), [OR('purchaseID')]],
    ['Profile ID', (c, o) => (cpSource(o) === 'Recurring Billing' ? String(10000000000000 + (n(c) * 7919) % 90000000000000).slice(0, 14) : ''), CUST_ID, opt],
    ['Email', (c, o) => (cpOnline(o) ? c.email : ''), EMAIL_ID],
    ['Phone', (c, o) => (cpOnline(o) && n(o) % 2 ? usPhone(c, ['303', '720', '970'], 19) : ''), PHONE_ID, opt],
    ['Billing Zip', (c, o) => (cpOnline(o) ? row(['80205', '80206', '80218', '80211', '80302', '80120'], n(c)) : ''), [BILL('postalCode')]],
    ['Merchant ID', () => '496160873888', []],
    ['Source', (c, o) => cpSource(o), []],
    ['User', (c, o) => (cpSource(o) === 'Virtual Terminal' ? row(['maya.r', 'devon.k'], n(o)) : cpSource(o) === 'Bolt Terminal' ? 'Front Counter' : 'API'), []],
    ['Batch ID', (c, o) => String(1800 + Math.floor(n(o) / 400)), []],
    ['Settlement Date', (c, o) => (cpStatus(o) === 'Approved' && cpType(o) !== 'Authorization' ? mdy(loc(cpAt(o) + day, -7)) : ''), [], opt],
    ['Fees', (c, o) => usd(cpFee(o)), []],
    ['Net Amount', (c, o) => usd(cpAmt(o) - cpFee(o)), []],
  ] },

  // ---------------------------------------------------------------- US: helpdesk tickets
  { name: 'mojo-helpdesk-tickets-csv', product: 'Mojo Helpdesk (Tickets > select view > Export to CSV, one row per ticket, English UI, a Minneapolis, Minnesota dental-scheduling SaaS vendor\'s customer support desk)', family: 'support', language: 'en', schema: E, cols: [
    ['Ticket ID', (c, o) => String(81200000 + n(o) * 11), ['_id']],
    ['Title', (c, o) => row(MJ_TITLES, n(o)), []],
    ['Status', (c, o) => mjStatus(o), []],
    ['Priority', (c, o) => row(['Normal', 'Normal', 'High', 'Low', 'Urgent', 'Normal'], n(o) >> 2), []],
    ['Type', (c, o) => row(['Problem', 'Question', 'Incident', 'Question', 'Feature request', 'Problem'], n(o) >> 1), []],
    ['Queue', (c, o) => row(['Tier 1 Support', 'Tier 1 Support', 'Integrations', 'Billing', 'Tier 2 Support'], n(o) >> 3), []],
    ['Requester', (c) => c.full, []],
    ['Requester Email', (c) => `${c.first[0]}${c.last}`.toLowerCase() + '@' + row(MJ_CLINICS, n(c))[1], EMAIL_ID],
    ['Requester Phone', (c) => (n(c) % 3 ? usPhone(c, ['612', '651', '952', '763'], 7) : ''), PHONE_ID, opt],
    ['Requester User ID', (c) => String(4400000 + (n(c) % 600000)), CUST_ID, opt],
    ['Company', (c) => row(MJ_CLINICS, n(c))[0], []],
    ['Assigned To', (c, o) => (mjStatus(o) === 'New' ? '' : row(['Kayla Nguyen', 'Brandon Olson', 'Tessa Lindqvist', 'Marcus Hill'], n(o) >> 1)), []],
    ['Created On', (c, o) => usDT(loc(mjAt(o), -6)), ['timestamp']],
    ['Updated On', (c, o) => usDT(loc(mjAt(o) + ((n(o) % 50) + 1) * 3600000, -6)), [], opt],
    ['Solved On', (c, o) => (['Solved', 'Closed'].includes(mjStatus(o)) ? usDT(loc(mjAt(o) + ((n(o) % 50) + 1) * 3600000, -6)) : ''), []],
    ['Due On', (c, o) => (n(o) % 4 === 0 ? mdy(loc(mjAt(o) + 2 * day, -6)) : ''), []],
    ['Source', (c, o) => row(['Email', 'Web form', 'Email', 'Phone', 'Chat widget'], n(o) >> 2), [], opt],
    ['Rating', (c, o) => (['Solved', 'Closed'].includes(mjStatus(o)) ? row(['', 'Good', '', 'Good', 'Bad'], n(o) >> 3) : ''), []],
    ['Tags', (c, o) => row(['sms', 'login', 'dentrix, sync', '', 'booking-page', 'billing'], n(o)), []],
    ['Product Module', (c, o) => row(['Patient Reminders', 'Account & Login', 'PMS Integration', 'Scheduler', 'Online Booking', 'Billing'], n(o)), []],
    ['Time Spent (hrs)', (c, o) => (mjStatus(o) === 'New' ? '0.00' : usd(((n(o) % 12) + 1) * 0.25)), []],
  ] },

  // ---------------------------------------------------------------- US: webinar registrants
  { name: 'brighttalk-webcast-registrations', product: 'BrightTALK (Channel > Content > webcast > Audience > Download registrations, CSV one row per registrant, English UI, an Austin, Texas cybersecurity vendor\'s channel)', family: 'events', language: 'en', schema: E, cols: [
    ['Webcast ID', (c, o) => btWebcast(o)[0], [], opt],
    ['Webcast Title', (c, o) => btWebcast(o)[1], ['marketing.campaignName'], opt],
    ['User ID', (c) => String(18000000 + (n(c) % 900000) * 7), CUST_ID, opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => `${c.first}.${c.last}`.toLowerCase() + '@' + btCo(c)[1], EMAIL_ID],
    ['Phone', (c) => (n(c) % 4 ? `${row(BT_GEO, n(c))[2]} ${v.int(seeded(c, 13), 200, 989)} ${pad(v.int(seeded(c, 14), 0, 9999), 4)}` : ''), PHONE_ID, opt],
    ['Job Title', (c) => row(BT_JOBS, n(c) >> 2)[0], []],
    ['Job Level', (c) => row(BT_JOBS, n(c) >> 2)[1], []],
    ['Job Function', (c) => row(BT_JOBS, n(c) >> 2)[2], []],
    ['Company Name', (c) => btCo(c)[0], []],
    ['Company Size', (c) => btCo(c)[2], []],
    ['Industry', (c) => btCo(c)[3], []],
    ['Country', (c) => row(BT_GEO, n(c))[0], [], opt],
    ['State/Province', (c) => row(BT_GEO, n(c))[1], [GEO('stateProvince')], opt],
    ['Registration Date', (c, o) => { const p = v.parts(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Registration Source', (c, o) => row(['Channel page', 'Email', 'BrightTALK search', 'Embed', 'LinkedIn', 'Recommended'], n(o) >> 1), [], opt],
    ['Viewed Live', (c, o) => (btLive(c, o) ? 'Yes' : 'No'), []],
    ['Viewed On-Demand', (c, o) => (!btLive(c, o) && n(o) % 3 === 0 ? 'Yes' : 'No'), []],
    ['Total Viewing Time (Minutes)', (c, o) => (btLive(c, o) ? String(12 + (n(o) % 47)) : n(o) % 3 === 0 ? String(3 + (n(o) % 30)) : '0'), []],
    ['Questions Asked', (c, o) => (btLive(c, o) && n(o) % 4 === 0 ? '1' : '0'), []],
    ['Rating', (c, o) => (btLive(c, o) ? row(['5', '4', '', '5', '3'], n(o) >> 2) : ''), []],
    ['UTM Source', (c, o) => row(['', 'linkedin', 'newsletter', '', 'partner'], n(o) >> 3), [], opt],
    ['UTM Campaign', (c, o) => row(['', 'q3-ransomware-webinar', 'zt-banking-series', '', 'soc-ai-launch'], n(o) >> 3), ['marketing.trackingCode', 'marketing.campaignName'], opt],
    ['Referral URL', (c, o) => row(['https://www.brighttalk.com/channel/19876/', 'https://www.linkedin.com/', '', 'https://www.example-security.com/resources/webinars', 'https://www.brighttalk.com/search/?q=zero%20trust'], n(o) >> 1), ['web.webReferrer.URL']],
  ] },

  // ---------------------------------------------------------------- Canada: nonprofit donors
  { name: 'canadahelps-dms-donors-export', product: 'CanadaHelps Donor Management System (DMS > Donors > Export donors, CSV one row per donor, English UI, a Guelph, Ontario animal rescue charity)', family: 'crm', language: 'en', schema: P, cols: [
    ['Donor ID', (c) => String(1200000 + (n(c) % 800000)), ['_id', 'personID']],
    ['Donor Type', (c) => (n(c) % 11 === 0 ? 'Organization' : 'Individual'), [], opt],
    ['Title', (c) => (n(c) % 6 === 0 ? 'Dr.' : ca(c, 'ON').female ? row(['Ms.', 'Mrs.', 'Ms.'], n(c)) : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => ca(c, 'ON').first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'ON').last, ['person.name.lastName']],
    ['Organization Name', (c) => (n(c) % 11 === 0 ? row(['Royal City Vet Clinic', 'Speedvale Pet Supplies Ltd.', 'Guelph Rotary Club'], n(c)) : ''), ['organizations[0]']],
    ['Email', (c) => ca(c, 'ON').email, ['personalEmail.address']],
    ['Phone', (c) => (n(c) % 3 ? ca(c, 'ON').phone : ''), ['homePhone.number']],
    ['Mobile Phone', (c) => (n(c) % 2 ? ca(c, 'ON').mobile : ''), ['mobilePhone.number']],
    ['Address Line 1', (c) => ca(c, 'ON').street, at(HOME, 'street1')],
    ['Address Line 2', (c) => ca(c, 'ON').unit, at(HOME, 'street2')],
    ['City', (c) => ca(c, 'ON').city, at(HOME, 'city')],
    ['Province', () => 'ON', STATE(HOME)],
    ['Postal Code', (c) => ca(c, 'ON').postal, at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Preferred Language', (c) => (n(c) % 13 === 0 ? 'French' : 'English'), [], opt],
    ['Date of Birth', (c) => (n(c) % 4 === 0 ? ymd(v.parts(ca(c, 'ON').birth)) : ''), ['person.birthDate']],
    ['Email Opt-In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Monthly Donor', (c) => (n(c) % 5 === 0 ? 'Yes' : 'No'), []],
    ['Number of Donations', (c) => String(chTotals(c).gifts), []],
    ['Total Donated', (c) => usd(chTotals(c).total), [], opt],
    ['First Donation Date', (c) => ymd(v.parts(chTotals(c).first)), [], opt],
    ['Last Donation Date', (c) => ymd(v.parts(chTotals(c).latest)), []],
    ['Last Donation Amount', (c) => usd(chTotals(c).last), []],
    ['Tags', (c) => row(['', 'Gala 2023', 'Foster family', '', 'Volunteer', 'Third-party event'], n(c) >> 1), []],
    ['Date Added', (c) => ymd(v.parts(c.created)), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: golf club members
  { name: 'chronogolf-members-export', product: 'Chronogolf / Lightspeed Golf (club admin > Customers > Members > Export, CSV one row per customer, English UI, a semi-private golf club near Barrie, Ontario)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(5400000 + (n(c) % 900000)), ['_id', 'personID']],
    ['Member Number', (c) => (cgType(c)[1] === 'Member' ? `${pad(n(c) % 1000, 4)}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['First Name', (c) => ca(c, 'ON').first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'ON').last, ['person.name.lastName']],
    ['Email', (c) => ca(c, 'ON').email, ['personalEmail.address']],
    ['Phone', (c) => (n(c) % 3 === 0 ? ca(c, 'ON').phone : ''), ['homePhone.number']],
    ['Mobile', (c) => ca(c, 'ON').mobile, ['mobilePhone.number']],
    ['Gender', (c) => (ca(c, 'ON').female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => ymd(v.parts(ca(c, 'ON').birth)), ['person.birthDate']],
    ['Address', (c) => ca(c, 'ON').street, at(HOME, 'street1')],
    ['City', (c) => ca(c, 'ON').city, at(HOME, 'city')],
    ['Province/State', () => 'Ontario', STATE(HOME)],
    ['Postal Code', (c) => ca(c, 'ON').postal, at(HOME, 'postalCode')],
    ['Country', () => 'CA', at(HOME, 'countryCode')],
    ['Affiliation', (c) => cgType(c)[1], [], opt],
    ['Membership Type', (c) => (cgType(c)[1] === 'Member' ? cgType(c)[0] : ''), ['loyalty.tier'], opt],
    ['Member Since', (c) => (cgType(c)[1] === 'Member' ? ymd(v.parts(c.created)) : ''), ['loyalty.joinDate'], opt],
    ['Membership Expiry', (c) => (cgType(c)[1] === 'Member' ? `${2025 + (n(c) % 2)}-10-31` : ''), ['loyalty.tierExpiryDate'], opt],
    ['Handicap Index', (c) => (n(c) % 5 === 0 ? '' : (((n(c) % 280) / 10) + 2).toFixed(1)), []],
    ['Golf Canada Number', (c) => (n(c) % 5 === 0 ? '' : String(2100000 + (n(c) % 400000))), []],
    ['Account Balance', (c) => usd(n(c) % 4 === 0 ? -((n(c) % 300) + 12.5) : 0), []],
    ['Rounds Played', (c) => String(n(c) % 61), []],
    ['Accepts Marketing', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Created At', (c) => { const p = v.parts(c.created); return `${ymd(p)} ${hms(p)} UTC` }, [], opt],
    ['Notes', (c) => row(['', '', 'Cart-path-only exemption (knee)', 'Prefers early tee times', '', 'Board member'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Canada: loyalty members
  { name: 'ackroo-loyalty-members-export', product: 'Ackroo (AckrooMKTG merchant portal > Members > Export, CSV one row per loyalty member, English UI, a Halifax, Nova Scotia café and bakery chain\'s Perks Club)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(300000 + (n(c) % 700000)), ['_id', 'personID']],
    ['Card Number', (c) => `6037 9914 ${pad(n(c) % 10000, 4)} ${pad((n(c) * 31) % 10000, 4)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Program', () => 'Perks Club', ['loyalty.program']],
    ['First Name', (c) => ca(c, 'NS').first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'NS').last, ['person.name.lastName']],
    ['Email', (c) => ca(c, 'NS').email, ['personalEmail.address']],
    ['Mobile', (c) => (n(c) % 4 ? ca(c, 'NS').mobile : ''), ['mobilePhone.number']],
    ['Birthday', (c) => { const p = v.parts(ca(c, 'NS').birth); return n(c) % 3 ? `${pad(p.m)}-${pad(p.d)}` : '' }, ['person.birthDayAndMonth']],
    ['Gender', (c) => (n(c) % 3 === 0 ? '' : ca(c, 'NS').female ? 'F' : 'M'), ['person.gender']],
    ['Address', (c) => (n(c) % 2 ? ca(c, 'NS').street : ''), at(HOME, 'street1')],
    ['City', (c) => ca(c, 'NS').city, at(HOME, 'city')],
    ['Province', () => 'NS', STATE(HOME)],
    ['Postal Code', (c) => ca(c, 'NS').postal, at(HOME, 'postalCode')],
    ['Enrollment Date', (c) => { const p = loc(open(c.created, -4, true, 7, 20), -4); return `${ymd(p)} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Enrollment Location', (c) => row(AK_STORES, n(c)), []],
    ['Status', (c) => (n(c) % 9 === 0 ? 'Inactive' : 'Active'), ['loyalty.status']],
    ['Tier', (c) => akTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(akPts(c).bal), ['loyalty.points']],
    ['Lifetime Points Earned', (c) => String(akPts(c).life), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(akPts(c).red), ['loyalty.pointsRedeemed']],
    ['Gift Card Balance', (c) => usd(n(c) % 5 === 0 ? (n(c) % 50) + 5 : 0), []],
    ['Total Visits', (c) => String(1 + (n(c) % 140)), []],
    ['Total Spend', (c) => usd((1 + (n(c) % 140)) * 8.4), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => ymd(loc(Math.max(c.updated, c.created + ((n(c) % 300) + 2) * day), -4)), [], opt],
    ['Last Visit Location', (c) => row(AK_STORES, n(c) >> 1), []],
    ['Email Opt-In', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['SMS Opt-In', (c) => (n(c) % 3 === 0 ? 'Y' : 'N'), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: car dealership CRM leads
  { name: 'activix-crm-leads-export', product: 'Activix CRM (Lead List > Export, CSV one row per lead, English UI, a Barrie, Ontario Toyota dealership; some leads are small-business fleet buyers)', family: 'crm', language: 'en', schema: B, cols: [
    ['Lead ID', (c, o) => String(31000000 + n(o) * 17), B2BID],
    ['Created At', (c, o) => { const p = loc(open(o.at, -5, true, 8, 21), -5); return `${ymd(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Lead Type', (c, o) => row(AX_PROVIDERS, n(o))[0], [], opt],
    ['Source', (c, o) => row(AX_PROVIDERS, n(o))[1], ['b2b.personSource'], opt],
    ['Division', (c, o) => (row(AX_WANTED, n(o) >> 1).includes('(used)') ? 'Used' : 'New'), []],
    ['Status', (c, o) => axStatus(o), ['b2b.personStatus'], opt],
    ['Associate', (c, o) => row(['Kevin Boyd', 'Nadia Haddad', 'Tyler McKay', 'Chris Lalonde'], n(o) >> 2), []],
    ['BDC Agent', (c, o) => row(['Amanda Stewart', '', 'Jordan Pike'], n(o) >> 1), []],
    ['First Name', (c) => ca(c, 'ON').first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'ON').last, ['person.name.lastName']],
    ['Business Name', (c) => row(AX_BIZ, n(c))[0], CO],
    ['Email (Home)', (c) => ca(c, 'ON').email, ['personalEmail.address']],
    ['Email (Work)', (c) => (row(AX_BIZ, n(c))[1] ? `${slug(ca(c, 'ON').first)}@${row(AX_BIZ, n(c))[1]}` : ''), ['workEmail.address']],
    ['Phone (Home)', (c) => (n(c) % 3 === 0 ? ca(c, 'ON').phone : ''), ['homePhone.number']],
    ['Phone (Mobile)', (c) => ca(c, 'ON').mobile, ['mobilePhone.number']],
    ['Phone (Work)', (c) => (row(AX_BIZ, n(c))[1] ? `(705) 72${n(c) % 10}-${pad(n(c) % 10000, 4)}` : ''), ['workPhone.number']],
    ['Address', (c) => ca(c, 'ON').street, at(HOME, 'street1')],
    ['City', (c) => ca(c, 'ON').city, at(HOME, 'city')],
    ['Province', () => 'ON', STATE(HOME)],
    ['Postal Code', (c) => ca(c, 'ON').postal, at(HOME, 'postalCode')],
    ['Language', (c) => (n(c) % 12 === 0 ? 'FR' : 'EN'), [], opt],
    ['Date of Birth', (c) => (n(c) % 4 === 0 ? ymd(v.parts(ca(c, 'ON').birth)) : ''), ['person.birthDate']],
    ['Wanted Vehicle', (c, o) => row(AX_WANTED, n(o) >> 1), []],
    ['Exchange Vehicle', (c, o) => row(AX_TRADE, n(o)), []],
    ['Appointment Date', (c, o) => (['Appointment', 'Sold', 'Delivered'].includes(axStatus(o)) ? ymd(loc(o.at + 3 * day, -5)) : ''), []],
    ['Sale Date', (c, o) => (axSold(o) ? ymd(loc(o.at + 6 * day, -5)) : ''), ['b2b.convertedDate'], opt],
    ['Lost Reason', (c, o) => (axStatus(o) === 'Lost' ? row(['Bought elsewhere', 'Price', 'No response', 'Financing declined'], n(o) >> 3) : ''), []],
  ] },

  // ---------------------------------------------------------------- Canada: B2B directory contact list
  { name: 'scotts-directories-contacts-export', product: 'Scott\'s Directories (ScottsInfo > search results > Export contacts, CSV one row per executive contact at a listed business, English UI, a Mississauga packaging supplier\'s prospect list of Canadian manufacturers)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Scott\'s ID', (c) => String(10400000 + (n(c) % 7) * 31337), ACCT, opt],
    ['Company Name', (c) => scFirm(c)[0], CO],
    ['Address', (c) => scStreet(c), [W('street1')]],
    ['City', (c) => scFirm(c)[1], [W('city')]],
    ['Province', (c) => scFirm(c)[2], STATE(['workAddress'])],
    ['Postal Code', (c) => scFirm(c)[3], [W('postalCode')]],
    ['Country', () => 'Canada', [W('country')]],
    ['Telephone', (c) => `(${scFirm(c)[4]}) ${300 + (n(c) % 7) * 41}-${pad(1000 + (n(c) % 7) * 1117, 4)}`, ['workPhone.number']],
    ['Toll Free', (c) => (n(c) % 7 < 4 ? `(800) ${400 + (n(c) % 7) * 53}-${pad(2000 + (n(c) % 7) * 311, 4)}` : ''), ['otherPhone.number'], opt],
    ['Fax', (c) => (n(c) % 7 < 5 ? `(${scFirm(c)[4]}) ${300 + (n(c) % 7) * 41}-${pad(1001 + (n(c) % 7) * 1117, 4)}` : ''), ['faxPhone.number']],
    ['Website', (c) => `www.${scFirm(c)[5]}`, ['b2b.companyWebsite']],
    ['General Email', (c) => `info@${scFirm(c)[5]}`, [], opt],
    ['Prefix', (c) => row(SC_TITLES, n(c) >> 1)[1], ['person.name.courtesyTitle']],
    ['First Name', (c) => { const k = ca(c, 'ON'); return row(SC_TITLES, n(c) >> 1)[1] === 'Ms.' ? v.pick(seeded(c, 21), ['Julie', 'Sarah', 'Karen', 'Nathalie', 'Priya', 'Heather']) : k.female ? v.pick(seeded(c, 22), ['Marc', 'David', 'Rob', 'Steve', 'Raj', 'Pierre']) : k.first }, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'ON').last, ['person.name.lastName']],
    ['Title', (c) => row(SC_TITLES, n(c) >> 1)[0], ['extendedWorkDetails.jobTitle']],
    ['Contact Email', (c) => (n(c) % 5 === 0 ? '' : `${slug(ca(c, 'ON').last)}@${scFirm(c)[5]}`), ['workEmail.address']],
    ['Direct Line', (c) => (n(c) % 3 === 0 ? `(${scFirm(c)[4]}) ${300 + (n(c) % 7) * 41}-${pad(1000 + (n(c) % 7) * 1117, 4)} ext. ${200 + (n(c) % 90)}` : ''), ['workPhone.number'], opt],
    ['Primary NAICS', (c) => scFirm(c)[6], []],
    ['NAICS Description', (c) => scFirm(c)[7], []],
    ['Employee Size', (c) => scFirm(c)[8], []],
    ['Sales Volume', (c) => scFirm(c)[9], []],
    ['Year Established', (c) => scFirm(c)[10], []],
    ['Location Type', (c) => scFirm(c)[11], []],
    ['Language', (c) => (scFirm(c)[2] === 'QC' ? 'French' : 'English'), [], opt],
  ] },

  // ---------------------------------------------------------------- US: email list members
  { name: 'lyris-listmanager-members-export', product: 'Lyris ListManager (Members > Utilities > Export members, CSV with the members table\'s own column names plus the list\'s demographic fields, one row per list member, English UI, a Chicago healthcare-facilities trade association\'s weekly newsletter list)', family: 'email', language: 'en', schema: B, cols: [
    ['MemberID_', (c) => String(2900000 + (n(c) % 500000)), B2BID],
    ['EmailAddr_', (c) => `${c.first[0]}${c.last}`.toLowerCase() + '@' + lyOrg(c)[1], ['workEmail.address', 'personalEmail.address']],
    ['FullName_', (c) => c.full, ['person.name.fullName']],
    ['List_', () => 'facilities-weekly', []],
    ['MemberType_', (c) => lyType(c), [], opt],
    ['SubType_', (c) => row(['mail', 'mail', 'mail', 'digest', 'mail', 'nomail'], n(c) >> 1), []],
    ['DateJoined_', (c) => lyDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['DateUnsub_', (c) => (lyType(c) === 'unsub' ? lyDT(c.updated) : ''), ['b2b.personOptInOut.optOutDetails.email.optOutDate'], opt],
    ['DateHeld_', (c) => (lyType(c) === 'held' ? lyDT(c.updated) : ''), []],
    ['NumBounces_', (c) => String(lyType(c) === 'held' ? 5 : n(c) % 3 === 0 ? 1 : 0), []],
    ['DateBounce_', (c) => (lyType(c) === 'held' || n(c) % 3 === 0 ? lyDT(c.updated) : ''), []],
    ['Domain_', (c) => lyOrg(c)[1], [], opt],
    ['UserNameLC_', (c) => `${c.first[0]}${c.last}`.toLowerCase(), []],
    ['MailFormat_', (c) => row(['H', 'H', 'M', 'T'], n(c)), []],
    ['Comment_', (c) => row(['', '', 'Added at 2023 annual conference', '', 'Requested by phone'], n(c) >> 1), []],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Company', (c) => lyOrg(c)[0], CO],
    ['Title', (c) => row(LY_TITLES, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => usPhone(c, ['312', '630', '847', '414', '765'], 17), ['workPhone.number']],
    ['City', (c) => lyOrg(c)[2], [W('city')]],
    ['State', (c) => lyOrg(c)[3], STATE(['workAddress'])],
    ['Zip', (c) => lyOrg(c)[4], [W('postalCode')]],
    ['MemberLevel', (c) => row(['Institutional', 'Individual', 'Corporate Partner', 'Institutional', 'Student'], n(c) >> 1), [], opt],
  ] },
]
