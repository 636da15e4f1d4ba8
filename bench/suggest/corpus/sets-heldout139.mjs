// Round 61, heldout139: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from US and Canadian products: a subscription
// billing tool's invoice lines (Zoho Billing, a Vancouver clinic-software company), a cloud dental practice-management
// system's appointment list (Curve Dental, a Calgary family dental clinic), a home-service booking tool's bookings
// (BookingKoala, an Ottawa house-cleaning company), a restaurant website platform's online orders (BentoBox, a Brooklyn
// pizzeria), a shipping manager's order grid (ShipWorks, a St. Louis barbecue-sauce seller), an event-analytics API's
// extraction of page views (Keen, a Toronto home-fitness streaming service), a wellness practice-management tool's
// clients (Practice Better, a Toronto dietitian practice), a donor database's people (Donor Tools, a Spokane animal
// rescue), an SMS marketing tool's contacts (Call Loop, a Tampa gym), a help desk's issue list (Issuetrak, a Richmond
// managed-IT provider), an intent-data vendor's delivered leads (Intentsify) and a website-visitor identification
// tool's identified contacts (Visual Visitor, a Charlotte commercial roofer) (en 12; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, ymd, mdy, hms, hm12, local, thou } from './values.mjs'
import { slug, hash, digits } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const r2 = (x) => Math.round(x * 100) / 100
const money = (x) => `$${thou(x, ',', '.')}`
// local clocks (standard offset; local() adds the summer hour)
const et = (ms) => local(ms, -5)
const ct = (ms) => local(ms, -6)
const mt = (ms) => local(ms, -7)
const pt = (ms) => local(ms, -8)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone std hours from UTC
const open = (ms, std, lo = 8, span = 13) => { const H = local(ms, std).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const usDT = (p) => `${mdy(p)} ${hm12(p)}`
const mdyN = (p) => `${p.m}/${p.d}/${p.y}`
const isoMs = (ms) => new Date(ms).toISOString()
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const WE = ['workEmail.address', 'personalEmail.address']
const GEO = (leaf) => `placeContext.geo.${leaf}`
const STORE = ['commerce.commerceScope.storeCode']
const SHIP_STATE = STATE(['commerce.shipping.address'])
const BILL_STATE = STATE(['commerce.billing.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x3c6ef372); r(); r(); return r }
const FIRST = { f: ['Emma', 'Sophie', 'Hannah', 'Avery', 'Brooke', 'Jessica', 'Megan', 'Natalie', 'Amanda', 'Rebecca', 'Simran', 'Chloe', 'Leah', 'Kaitlyn', 'Grace', 'Mei'],
  m: ['Liam', 'Ethan', 'Noah', 'Tyler', 'Justin', 'Ryan', 'Brandon', 'Dylan', 'Jordan', 'Matthew', 'Harpreet', 'Connor', 'Owen', 'Marcus', 'Andre', 'Kevin'] }
const LAST = { us: ['Anderson', 'Thompson', 'Martinez', 'Robinson', 'Hernandez', 'Nguyen', 'Bennett', 'Sullivan', 'Peterson', 'Foster', 'Gonzalez', 'Hughes', 'Russell', 'Kim', 'Washington', 'Schultz', 'Price', 'Dawson'],
  ca: ['MacDonald', 'Tremblay', 'Campbell', 'Gill', 'Sandhu', 'Fraser', 'Wong', 'Chen', 'Nguyen', 'Friesen', 'Martin', 'Roy', 'Anderson', 'Patel', 'MacKenzie', 'Gagnon', 'Brar', 'Thompson'] }
// [city, state/province code, state/province name, zips or FSAs, area codes, streets]
const PLACES = {
  yyc: [['Calgary', 'AB', 'Alberta', ['T2S', 'T3E', 'T2T', 'T3H', 'T2Z', 'T3K'], ['403', '587', '825'], ['17 Ave SW', 'Elbow Dr SW', 'Richmond Rd SW', 'Aspen Hills Dr SW', 'McKenzie Towne Ave SE', 'Panorama Hills Blvd NW']],
    ['Airdrie', 'AB', 'Alberta', ['T4B', 'T4A'], ['403', '587'], ['Main St SW', 'Kingsview Blvd SE']],
    ['Cochrane', 'AB', 'Alberta', ['T4C'], ['403', '587'], ['Sunset Dr', 'Fireside Pkwy']],
    ['Chestermere', 'AB', 'Alberta', ['T1X'], ['403', '587'], ['Chestermere Blvd', 'Rainbow Falls Dr']]],
  ott: [['Ottawa', 'ON', 'Ontario', ['K1S', 'K2P', 'K1Y', 'K1H', 'K2A'], ['613', '343'], ['Bank St', 'Fifth Ave', 'Holland Ave', 'Alta Vista Dr', 'Richmond Rd']],
    ['Kanata', 'ON', 'Ontario', ['K2K', 'K2M', 'K2T'], ['613', '343'], ['Hazeldean Rd', 'Terry Fox Dr', 'Klondike Rd']],
    ['Orléans', 'ON', 'Ontario', ['K1C', 'K4A', 'K1E'], ['613', '343'], ['Innes Rd', 'St Joseph Blvd', 'Tenth Line Rd']],
    ['Nepean', 'ON', 'Ontario', ['K2G', 'K2J', 'K2H'], ['613', '343'], ['Merivale Rd', 'Strandherd Dr', 'Greenbank Rd']]],
  tor: [['Toronto', 'ON', 'Ontario', ['M4C', 'M4K', 'M6H', 'M5R', 'M4S', 'M6P'], ['416', '647', '437'], ['Danforth Ave', 'Broadview Ave', 'Dovercourt Rd', 'Spadina Rd', 'Yonge St', 'Roncesvalles Ave']],
    ['Mississauga', 'ON', 'Ontario', ['L5B', 'L5M', 'L4Z'], ['905', '289', '365'], ['Burnhamthorpe Rd W', 'Eglinton Ave W', 'Hurontario St']],
    ['Oakville', 'ON', 'Ontario', ['L6J', 'L6H', 'L6M'], ['905', '289'], ['Lakeshore Rd E', 'Trafalgar Rd', 'Dundas St W']],
    ['Markham', 'ON', 'Ontario', ['L3R', 'L6C', 'L3P'], ['905', '289'], ['Highway 7 E', 'Main St Unionville', 'Bur Oak Ave']],
    ['Vaughan', 'ON', 'Ontario', ['L4L', 'L6A', 'L4J'], ['905', '289'], ['Rutherford Rd', 'Major Mackenzie Dr W', 'Bathurst St']]],
  bk: [['Brooklyn', 'NY', 'New York', ['11215', '11217', '11238', '11211', '11201', '11231'], ['718', '347', '917', '929'], ['7th Ave', 'Atlantic Ave', 'Vanderbilt Ave', 'Bedford Ave', 'Henry St', 'Court St', 'Prospect Park W', 'Union St']]],
  spo: [['Spokane', 'WA', 'Washington', ['99203', '99205', '99208', '99223', '99207'], ['509'], ['S Grand Blvd', 'W Northwest Blvd', 'N Division St', 'E 29th Ave', 'W Indian Trail Rd']],
    ['Spokane Valley', 'WA', 'Washington', ['99216', '99206', '99037'], ['509'], ['E Sprague Ave', 'N Pines Rd', 'S Sullivan Rd']],
    ['Liberty Lake', 'WA', 'Washington', ['99019'], ['509'], ['E Appleway Ave', 'N Molter Rd']],
    ['Cheney', 'WA', 'Washington', ['99004'], ['509'], ['1st St', 'Betz Rd']],
    ['Coeur d\'Alene', 'ID', 'Idaho', ['83814', '83815'], ['208'], ['E Sherman Ave', 'N Government Way']]],
  tpa: [['Tampa', 'FL', 'Florida', ['33606', '33609', '33611', '33629', '33603'], ['813', '656'], ['S MacDill Ave', 'W Swann Ave', 'S Dale Mabry Hwy', 'W Bay to Bay Blvd', 'N Florida Ave']],
    ['Brandon', 'FL', 'Florida', ['33511', '33510'], ['813', '656'], ['W Brandon Blvd', 'Bryan Rd']],
    ['Riverview', 'FL', 'Florida', ['33578', '33569'], ['813'], ['Boyette Rd', 'Big Bend Rd']],
    ['Lutz', 'FL', 'Florida', ['33558', '33549'], ['813'], ['N Dale Mabry Hwy', 'Sunset Ln']]],
  usa: [['Austin', 'TX', 'Texas', ['78704', '78745'], ['512', '737'], ['S Lamar Blvd', 'Manchaca Rd']],
    ['Kansas City', 'MO', 'Missouri', ['64111', '64113'], ['816'], ['Main St', 'Wornall Rd']],
    ['Denver', 'CO', 'Colorado', ['80211', '80206'], ['303', '720'], ['Tennyson St', 'E 6th Ave']],
    ['Nashville', 'TN', 'Tennessee', ['37212', '37206'], ['615', '629'], ['Belmont Blvd', 'Gallatin Ave']],
    ['Columbus', 'OH', 'Ohio', ['43201', '43214'], ['614', '380'], ['N High St', 'Olentangy River Rd']],
    ['Raleigh', 'NC', 'North Carolina', ['27608', '27609'], ['919', '984'], ['Fairview Rd', 'Six Forks Rd']],
    ['Phoenix', 'AZ', 'Arizona', ['85016', '85018'], ['602', '480'], ['E Camelback Rd', 'N 40th St']],
    ['Minneapolis', 'MN', 'Minnesota', ['55408', '55419'], ['612'], ['Lyndale Ave S', 'Penn Ave S']],
    ['Louisville', 'KY', 'Kentucky', ['40205', '40207'], ['502'], ['Bardstown Rd', 'Frankfort Ave']],
    ['Tulsa', 'OK', 'Oklahoma', ['74114', '74105'], ['918'], ['S Peoria Ave', 'E 41st St']],
    ['Chesterfield', 'MO', 'Missouri', ['63017'], ['636'], ['Clarkson Rd', 'Olive Blvd']],
    ['Sacramento', 'CA', 'California', ['95818', '95819'], ['916', '279'], ['Freeport Blvd', 'J St']]],
}
const CA_KEYS = ['yyc', 'ott', 'tor']
const LET = 'ABCEGHJKLMNPRSTVWXYZ'
const MAIL = { us: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'aol.com', 'comcast.net'], ca: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'shaw.ca', 'telus.net', 'rogers.com', 'yahoo.ca', 'icloud.com', 'bell.net'] }
const mk = (c, key) => {
  const r = seeded(c, key)
  const ca = CA_KEYS.includes(key)
  const female = r() < 0.55
  const first = v.pick(r, female ? FIRST.f : FIRST.m), last = v.pick(r, LAST[ca ? 'ca' : 'us'])
  const [city, st, stName, codes, areas, streets] = v.pick(r, PLACES[key])
  const code = v.pick(r, codes)
  const zip = ca ? `${code} ${v.int(r, 1, 9)}${LET[v.int(r, 0, LET.length - 1)]}${v.int(r, 0, 9)}` : code
  const area = v.pick(r, areas), ex = `${v.int(r, 201, 989)}`, ln = digits(r, 4)
  const area2 = v.pick(r, areas), ex2 = `${v.int(r, 201, 989)}`, ln2 = digits(r, 4)
  return {
    female, first, last, full: `${first} ${last}`, city, st, stName, zip, country: ca ? 'CA' : 'US', countryName: ca ? 'Canada' : 'United States',
    street: `${v.int(r, 12, 9890)} ${v.pick(r, streets)}`, unit: v.pick(r, ['', '', '', `Apt ${v.int(r, 1, 30)}`, `Unit ${v.int(r, 101, 1804)}`, '', `#${v.int(r, 2, 12)}`]),
    area, phone: `(${area}) ${ex}-${ln}`, dash: `${area}-${ex}-${ln}`, ten: `${area}${ex}${ln}`, e164: `+1${area}${ex}${ln}`,
    home: `(${area2}) ${ex2}-${ln2}`, homeDash: `${area2}-${ex2}-${ln2}`,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[ca ? 'ca' : 'us'])}`,
    birth: Date.UTC(1950 + v.int(r, 0, 52), v.int(r, 0, 11), v.int(r, 1, 28)),
    kid: Date.UTC(2008 + v.int(r, 0, 14), v.int(r, 0, 11), v.int(r, 1, 28)),
  }
}
const who = (c, key) => keep(`${key}:${c.id}:${c.first}:${c.last}`, () => mk(c, key))

// ---------------------------------------------------------------- 1. Zoho Billing invoice lines (E)
// clinics across Canada buying a Vancouver practice-software subscription: [customer, prov, prov name, city, postal, street, area, tax name, tax %]
const ZB_CUST = [
  ['Kitsilano Physiotherapy & Sports Clinic', 'BC', 'British Columbia', 'Vancouver', 'V6K 2G9', '2149 W 4th Ave', '604', 'GST + PST (BC)', 12],
  ['Riverbend Chiropractic Ltd.', 'AB', 'Alberta', 'Edmonton', 'T6R 2V3', '575 Riverbend Sq NW', '780', 'GST', 5],
  ['Glebe Family Massage Therapy', 'ON', 'Ontario', 'Ottawa', 'K1S 2Z1', '787 Bank St', '613', 'HST (ON)', 13],
  ['Spring Garden Foot & Ankle Clinic', 'NS', 'Nova Scotia', 'Halifax', 'B3H 1Y6', '5991 Spring Garden Rd', '902', 'HST (NS)', 15],
  ['Clinique Physio Plateau inc.', 'QC', 'Quebec', 'Montréal', 'H2J 2L1', '4200 Rue Saint-Denis', '514', 'GST + QST', 14.975],
  ['Okanagan Wellness Collective', 'BC', 'British Columbia', 'Kelowna', 'V1Y 6H2', '1634 Harvey Ave', '250', 'GST + PST (BC)', 12],
  ['Osborne Village Acupuncture', 'MB', 'Manitoba', 'Winnipeg', 'R3L 1Y6', '101 Osborne St', '204', 'GST + RST (MB)', 12],
  ['Lakeshore Speech & Language Therapy', 'ON', 'Ontario', 'Mississauga', 'L5G 1H9', '120 Lakeshore Rd E', '905', 'HST (ON)', 13],
  ['Bridgeland Counselling Group', 'AB', 'Alberta', 'Calgary', 'T2E 0K2', '920 1 Ave NE', '403', 'GST', 5],
]
// [plan code, item name, description, price]
const ZB_PLAN = [['CLN-SOLO-M', 'Solo Practitioner - Monthly', 'Online booking, charting and invoicing for 1 practitioner', 59], ['CLN-TEAM-M', 'Team - Monthly', 'Up to 5 practitioners, shared calendar', 149],
  ['CLN-TEAM-A', 'Team - Annual', 'Up to 5 practitioners, billed yearly (2 months free)', 1490], ['ADD-SMS-1K', 'SMS Reminders Add-on', '1,000 SMS appointment reminders per month', 25],
  ['CLN-MULTI-M', 'Multi-location - Monthly', 'Unlimited practitioners, 2+ locations', 349], ['SVC-ONBOARD', 'Guided Onboarding (one-time)', 'Data migration and two live training sessions', 299]]
const zbCust = (c) => row(ZB_CUST, n(c) % ZB_CUST.length)
const zbPlan = (o) => row(ZB_PLAN, n(o) % ZB_PLAN.length)
const zbQty = (o) => (zbPlan(o)[0] === 'ADD-SMS-1K' ? o.qty : 1)
const zbGross = (o) => zbPlan(o)[3] * zbQty(o)
const zbDisc = (o) => (o.discount && zbPlan(o)[0] !== 'SVC-ONBOARD' ? r2(zbGross(o) * 0.2) : 0)
const zbSub = (o) => r2(zbGross(o) - zbDisc(o))
const zbTax = (c, o) => r2(zbSub(o) * zbCust(c)[8] / 100)
const zbTotal = (c, o) => r2(zbSub(o) + zbTax(c, o))
const zbSt = (o) => row(['Paid', 'Paid', 'Overdue', 'Sent', 'Paid', 'PartiallyPaid', 'Void', 'Paid'], n(o) % 8)
const zbBal = (c, o) => ({ Paid: 0, Void: 0, PartiallyPaid: r2(zbTotal(c, o) / 2) }[zbSt(o)] ?? zbTotal(c, o))
const zbNet = (o) => zbPlan(o)[0].endsWith('-A') || zbPlan(o)[0] === 'SVC-ONBOARD'
const zbAt = (o) => o.at
const zbWho = (c) => who(c, 'tor')
// ---------------------------------------------------------------- 2. Curve Dental appointments (E)
// [appt type, procedure codes, scheduled production, minutes, hygiene?]
const CD_TYPE = [['Recall Exam & Cleaning', '01202, 11112, 12101', 285.4, 60, true], ['New Patient Exam', '01103, 02144, 11111', 342.1, 60, false], ['Restorative - Filling', '23312', 246.8, 45, false],
  ['Crown Prep', '27211, 27301', 1356.0, 90, false], ['Emergency Exam', '01205, 02111', 121.6, 30, false], ['Perio Maintenance', '11113, 43421', 311.5, 60, true], ['Child Recall', '01202, 11111, 12111', 189.9, 45, true]]
const cdType = (o) => row(CD_TYPE, n(o) % CD_TYPE.length)
const cdProv = (o) => (cdType(o)[4] ? row(['Jenna Klassen, RDH', 'Maria Santos, RDH'], n(o) % 2) : row(['Dr. Amrit Gill', 'Dr. Kelsey Fraser'], n(o) % 2))
const cdSt = (o) => row(['Completed', 'Completed', 'Confirmed', 'Scheduled', 'Cancelled', 'Broken', 'Completed', 'Checked In'], n(o) % 8)
const cdAt = (o) => { const ms = open(o.at, -7, 8, 9); return ms - (ms % 900000) }
const cdEnd = (o) => cdAt(o) + cdType(o)[3] * 60000
const cdWho = (c) => who(c, 'yyc')
const cdKid = (o) => cdType(o)[0] === 'Child Recall'
// ---------------------------------------------------------------- 3. BookingKoala bookings (E)
// [service, base price, per extra bedroom, per extra bathroom]
const BK_SVC = [['Standard Cleaning', 129, 25, 20], ['Deep Cleaning', 229, 40, 35], ['Move In/Move Out Cleaning', 279, 45, 40], ['Standard Cleaning', 129, 25, 20], ['Post-Renovation Cleaning', 349, 55, 45]]
const bkSvc = (o) => row(BK_SVC, n(o) % BK_SVC.length)
const bkFreq = (o) => (bkSvc(o)[0] === 'Standard Cleaning' ? row(['Bi-Weekly', 'Weekly', 'Monthly', 'One-Time', 'Bi-Weekly'], n(o) % 5) : 'One-Time')
const bkFreqPct = { Weekly: 0.15, 'Bi-Weekly': 0.1, Monthly: 0.05, 'One-Time': 0 }
const bkBed = (o) => 1 + (n(o) % 4)
const bkBath = (o) => 1 + (n(o) % 3)
const BK_EXTRA = [['', 0], ['Inside Fridge', 35], ['Inside Oven', 35], ['', 0], ['Inside Cabinets, Interior Windows', 85], ['Laundry (wash & fold)', 30]]
const bkExtra = (o) => row(BK_EXTRA, (n(o) >> 1) % BK_EXTRA.length)
const bkBase = (o) => bkSvc(o)[1] + bkSvc(o)[2] * (bkBed(o) - 1) + bkSvc(o)[3] * (bkBath(o) - 1) + bkExtra(o)[1]
const bkCoupon = (o) => (o.discount ? 'SPRING25' : '')
const bkDisc = (o) => r2(bkBase(o) * bkFreqPct[bkFreq(o)] + (o.discount ? 25 : 0))
const bkHst = (o) => r2((bkBase(o) - bkDisc(o)) * 0.13)
const bkSt = (o) => row(['Completed', 'Completed', 'Upcoming', 'Cancelled', 'Completed', 'Unassigned', 'Completed'], n(o) % 7)
const bkTip = (o) => (bkSt(o) === 'Completed' && n(o) % 3 !== 1 ? row([15, 20, 25, 30, 10], n(o) % 5) : 0)
const bkFinal = (o) => r2(bkBase(o) - bkDisc(o) + bkHst(o) + bkTip(o))
const bkBooked = (o) => o.at
const bkSvcAt = (o) => open(o.at + ((n(o) % 12) + 2) * day, -5, 8, 6)
const bkWho = (c) => who(c, 'ott')
// ---------------------------------------------------------------- 4. BentoBox online orders (E)
const BB_MENU = [['Rigatoni alla Vodka', 24], ['Margherita Pie (14")', 21], ['Garlic Knots (6)', 9], ['Chicken Parm Hero', 17], ['Little Gem Caesar', 14], ['Cannoli (2)', 10], ['Burrata & Heirloom Tomato', 18], ['Sausage & Broccoli Rabe Pie (14")', 26]]
const bbLines = (o) => { const k = 1 + (n(o) % 3); return Array.from({ length: k }, (_, j) => [row(BB_MENU, n(o) + j * 3), j === 0 ? o.qty : 1]) }
const bbSub = (o) => bbLines(o).reduce((s, [it, q]) => s + it[1] * q, 0)
const bbDelivery = (o) => n(o) % 5 < 2
const bbDisc = (o) => (o.discount ? r2(bbSub(o) * 0.1) : 0)
const bbTax = (o) => r2((bbSub(o) - bbDisc(o)) * 0.08875)
const bbDelFee = (o) => (bbDelivery(o) ? 4.99 : 0)
const bbSvcFee = (o) => (bbDelivery(o) ? 2 : 0)
const bbTip = (o) => r2(bbSub(o) * row([0.15, 0.18, 0.2, 0, 0.22], n(o) % 5))
const bbTotal = (o) => r2(bbSub(o) - bbDisc(o) + bbTax(o) + bbDelFee(o) + bbSvcFee(o) + bbTip(o))
const bbSt = (o) => row(['Completed', 'Completed', 'Completed', 'Refunded', 'Completed', 'Canceled', 'Completed'], n(o) % 7)
const bbAt = (o) => open(o.at, -5, 11, 11)
const bbWho = (c) => who(c, 'bk')
// ---------------------------------------------------------------- 5. ShipWorks order items (E)
// [sku, name, price, weight lb]
const SW_ITEMS = [['BBQ-ORIG-18', 'Original St. Louis BBQ Sauce 18oz', 9.99, 1.6], ['BBQ-HOT-18', 'Hot & Smoky BBQ Sauce 18oz', 9.99, 1.6], ['RUB-PORK-12', 'Memphis-Style Pork Rub 12oz', 11.49, 0.9],
  ['RUB-BRSK-12', 'Texas Brisket Rub 12oz', 11.49, 0.9], ['GIFT-TRIO', 'Pitmaster Gift Trio (2 sauces + 1 rub)', 34.99, 4.3], ['GLV-BLK-L', 'Heat-Resistant BBQ Gloves - Large', 19.99, 0.6]]
const swItem = (o, i) => row(SW_ITEMS, n(o) + i)
const swStore = (o) => row(['Shopify - gatewaysmokehouse.com', 'Amazon.com', 'Shopify - gatewaysmokehouse.com', 'eBay', 'Shopify - gatewaysmokehouse.com'], n(o) % 5)
const swAmz = (o) => swStore(o) === 'Amazon.com'
const swShipped = (o) => n(o) % 6 !== 2 && n(o) % 6 !== 5
const swSub = (o, i) => r2(swItem(o, i)[2] * o.qty)
const swShipChg = (o, i) => (swAmz(o) ? 0 : swSub(o, i) >= 49 ? 0 : 7.95)
const swBill = (c) => who(c, 'usa')
const swTo = (c, o) => (swGift(o) ? swGiftee(c) : swBill(c))
const swTax = (c, o, i) => (swAmz(o) ? r2(swSub(o, i) * 0.0825) : swBill(c).st === 'MO' ? r2(swSub(o, i) * 0.09679) : 0)
const swSvc = (o) => row(['USPS Ground Advantage', 'USPS Priority Mail', 'UPS Ground', 'USPS Ground Advantage', 'FedEx Home Delivery'], n(o) % 5)
const swAt = (o) => open(o.at, -6, 0, 24)
const swGift = (o) => n(o) % 7 === 3
const swGiftee = (c) => keep(`swto:${c.id}:${c.first}:${c.last}`, () => mk({ ...c, id: `${c.id}g` }, 'usa'))
// ---------------------------------------------------------------- 6. Keen page views (E)
// [city, province/state, country, country code, postal, continent, lon, lat]
const KN_GEO = [['Toronto', 'Ontario', 'Canada', 'CA', 'M5V', 'North America', -79.3957, 43.6426], ['Mississauga', 'Ontario', 'Canada', 'CA', 'L5B', 'North America', -79.6441, 43.589],
  ['Ottawa', 'Ontario', 'Canada', 'CA', 'K1P', 'North America', -75.6972, 45.4215], ['Vancouver', 'British Columbia', 'Canada', 'CA', 'V6B', 'North America', -123.1207, 49.2827],
  ['Calgary', 'Alberta', 'Canada', 'CA', 'T2P', 'North America', -114.0719, 51.0447], ['Montreal', 'Quebec', 'Canada', 'CA', 'H3B', 'North America', -73.5673, 45.5017],
  ['Halifax', 'Nova Scotia', 'Canada', 'CA', 'B3H', 'North America', -63.5752, 44.6488], ['Buffalo', 'New York', 'United States', 'US', '14202', 'North America', -78.8784, 42.8864],
  ['Seattle', 'Washington', 'United States', 'US', '98101', 'North America', -122.3321, 47.6062]]
const knGeo = (o) => row(KN_GEO, n(o) % KN_GEO.length)
const KN_PAGES = [['/classes', 'All Classes | FitLoop'], ['/classes/hiit-30-express', 'HIIT 30 Express with Dani | FitLoop'], ['/pricing', 'Plans & Pricing | FitLoop'], ['/', 'FitLoop – Live & On-Demand Workouts'],
  ['/programs/6-week-strength', '6-Week Strength Builder | FitLoop'], ['/account/billing', 'Billing | FitLoop'], ['/classes/yoga-flow-45', 'Yoga Flow 45 with Priya | FitLoop']]
const knPage = (o) => row(KN_PAGES, (n(o) >> 2) % KN_PAGES.length)
// [referrer url, medium, source]
const KN_REF = [['https://www.google.com/', 'SEARCH', 'Google'], ['', '', ''], ['https://www.instagram.com/', 'SOCIAL', 'Instagram'], ['https://fitloop.ca/classes', 'INTERNAL', ''], ['https://www.bing.com/', 'SEARCH', 'Bing'], ['https://l.facebook.com/', 'SOCIAL', 'Facebook'], ['', '', '']]
const knRef = (o) => row(KN_REF, n(o) % KN_REF.length)
// [user agent, browser, major, os, os major, device]
const KN_UA = [['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'Mobile Safari', '17', 'iOS', '17', 'iPhone'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36', 'Chrome', '123', 'Windows', '10', 'Other'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', 'Safari', '17', 'Mac OS X', '10', 'Mac'],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36', 'Chrome Mobile', '122', 'Android', '14', 'Pixel 7'],
  ['Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1', 'Mobile Safari', '16', 'iOS', '16', 'iPad'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92', 'Edge', '122', 'Windows', '10', 'Other']]
const knUa = (o) => row(KN_UA, (n(o) >> 1) % KN_UA.length)
const knIn = (o) => n(o) % 3 !== 0
const knUtm = (o) => (knRef(o)[1] === 'SOCIAL' ? ['spring_challenge_2024', 'paid_social', knRef(o)[2].toLowerCase()] : n(o) % 9 === 4 ? ['newsletter_apr', 'email', 'klaviyo'] : ['', '', ''])
const knWho = (c) => who(c, 'tor')
// ---------------------------------------------------------------- 7. Practice Better clients (P)
const pbWho = (c) => who(c, 'tor')
const NICK = { Matthew: 'Matt', Jessica: 'Jess', Rebecca: 'Becca', Kaitlyn: 'Katie', Amanda: 'Mandy', Harpreet: 'Harp', Brandon: 'Bran', Natalie: 'Nat', Andre: 'Dre', Megan: 'Meg' }
const pbSt = (c) => row(['Active', 'Active', 'Inactive', 'Active', 'Prospect', 'Active', 'Archived'], n(c) % 7)
// ---------------------------------------------------------------- 8. Donor Tools people (P)
const dtWho = (c) => who(c, 'spo')
const dtCount = (c) => (n(c) % 9 === 4 ? 0 : 1 + (n(c) * 7) % 23)
const dtGift = (c) => row([25, 50, 100, 35, 250, 20, 75, 500, 40], n(c) % 9)
const dtTotal = (c) => dtCount(c) * dtGift(c) + (n(c) % 4 === 1 ? 150 : 0)
const dtFirst = (c) => c.created - ((n(c) % 5) * 400 * day)
const dtLast = (c) => Math.min(later(c), Date.UTC(2025, 2, 28))
const dtOrg = (c) => (n(c) % 11 === 6)
// ---------------------------------------------------------------- 9. Call Loop contacts (P)
const clWho = (c) => who(c, 'tpa')
const clSt = (c) => (n(c) % 8 === 5 ? 'Unsubscribed' : 'Subscribed')
const clLast = (c) => Date.UTC(2025, 2, 3) + (n(c) % 20) * day + 13 * 3600000 + (n(c) % 50) * 60000
const clCarrier = (c) => row(['Verizon Wireless', 'T-Mobile USA', 'AT&T Wireless', 'Verizon Wireless', 'Metro by T-Mobile', 'Cricket Wireless', 'T-Mobile USA'], n(c) % 7)
// ---------------------------------------------------------------- 10. Issuetrak issues (B)
// client organizations of a Richmond MSP: [organization, domain, locations, street, city, state, zip, area]
const IT_ORG = [['Harwood & Pryor, PLLC', 'harwoodpryor.com', ['Main Office - Downtown', 'Glen Allen Office'], '901 E Byrd St Ste 1100', 'Richmond', 'VA', '23219', '804'],
  ['James River Pediatrics', 'jamesriverpeds.com', ['Midlothian Clinic', 'Short Pump Clinic'], '13700 Hull Street Rd', 'Midlothian', 'VA', '23112', '804'],
  ['County of Goochland - Treasurer', 'goochlandva.us', ['Administration Building'], '1800 Sandy Hook Rd', 'Goochland', 'VA', '23063', '804'],
  ['Tidewater Mechanical Contractors', 'tidewatermech.com', ['Chesapeake HQ', 'Shop / Warehouse'], '1225 Executive Blvd', 'Chesapeake', 'VA', '23320', '757'],
  ['Fan District Credit Union', 'fandistrictcu.org', ['Main Branch', 'Carytown Branch', 'Operations Center'], '2401 W Main St', 'Richmond', 'VA', '23220', '804'],
  ['Piedmont Title & Escrow', 'piedmonttitle.com', ['Charlottesville Office'], '400 Preston Ave', 'Charlottesville', 'VA', '22903', '434']]
const itOrg = (c) => row(IT_ORG, n(c) % IT_ORG.length)
const IT_DEPT = [['Accounting', 'Staff Accountant'], ['Front Office', 'Office Manager'], ['Administration', 'Executive Assistant'], ['Operations', 'Operations Manager'], ['Member Services', 'Member Service Representative'], ['Billing', 'Billing Specialist'], ['Legal', 'Paralegal'], ['IT', 'IT Coordinator']]
const itDept = (c) => row(IT_DEPT, (n(c) >> 1) % IT_DEPT.length)
const IT_ISSUE = [['Outlook keeps asking for password', 'Email', 'Outlook / Exchange Online'], ['Printer on 2nd floor not printing', 'Hardware', 'Printer / Copier'], ['New hire setup - laptop and accounts', 'User Administration', 'New User'],
  ['VPN will not connect from home', 'Network', 'Remote Access'], ['Cannot open shared drive (S:)', 'Network', 'File Shares'], ['Suspicious email received - please review', 'Security', 'Phishing Report'], ['QuickBooks running very slow', 'Software', 'Line of Business App'], ['Monitor flickering', 'Hardware', 'Peripherals']]
const itIssue = (o) => row(IT_ISSUE, n(o) % IT_ISSUE.length)
const itSt = (o) => row(['Closed', 'Closed', 'Open', 'Closed', 'Waiting on Customer', 'Open', 'Closed'], n(o) % 7)
const itAt = (o) => open(o.at, -5, 7, 11)
const itWho = (c) => keep(`it:${c.id}:${c.first}:${c.last}`, () => mk(c, 'usa'))
const itMail = (c) => `${slug(itWho(c).first)[0]}${slug(itWho(c).last)}@${itOrg(c)[1]}`
// ---------------------------------------------------------------- 11. Intentsify leads (B)
// [company, domain, industry, employees, revenue, street, city, state/prov code, zip, country, area]
const IN_FIRMS = [
  ['Great Lakes Health Partners', 'greatlakeshp.org', 'Hospitals & Health Care', '5,000 - 9,999', '$1B - $5B', '2500 Lakeshore Dr', 'Cleveland', 'OH', '44114', 'United States', '216'],
  ['Northwind Logistics Inc.', 'northwindlogistics.com', 'Transportation & Logistics', '1,000 - 4,999', '$500M - $1B', '1400 Commerce Pkwy', 'Memphis', 'TN', '38118', 'United States', '901'],
  ['Cascadia Credit Union', 'cascadiacu.org', 'Financial Services', '500 - 999', '$100M - $500M', '700 5th Ave', 'Seattle', 'WA', '98104', 'United States', '206'],
  ['Prairie Sky Energy Ltd.', 'prairiesky.ca', 'Oil & Energy', '1,000 - 4,999', '$1B - $5B', '333 7 Ave SW', 'Calgary', 'AB', 'T2P 2Z1', 'Canada', '403'],
  ['Bluewater Manufacturing Co.', 'bluewatermfg.com', 'Industrial Machinery', '500 - 999', '$100M - $500M', '4100 Eastport Blvd', 'Grand Rapids', 'MI', '49512', 'United States', '616'],
  ['Laurentian Insurance Group', 'laurentianins.ca', 'Insurance', '1,000 - 4,999', '$500M - $1B', '181 Bay St', 'Toronto', 'ON', 'M5J 2T3', 'Canada', '416'],
  ['Summit County Schools', 'summitschools.k12.us', 'Education', '1,000 - 4,999', '$100M - $500M', '325 Main St', 'Frisco', 'CO', '80443', 'United States', '970'],
  ['Keystone Retail Brands', 'keystoneretail.com', 'Retail', '5,000 - 9,999', '$1B - $5B', '1700 Market St', 'Philadelphia', 'PA', '19103', 'United States', '215']]
const inFirm = (c) => row(IN_FIRMS, n(c) % IN_FIRMS.length)
const IN_ROLE = [['CISO', 'C-Level', 'Information Security'], ['Director of IT Security', 'Director', 'Information Technology'], ['IT Manager', 'Manager', 'Information Technology'],
  ['VP, Infrastructure & Operations', 'VP', 'Information Technology'], ['Security Architect', 'Individual Contributor', 'Information Security'], ['Network Engineer', 'Individual Contributor', 'Engineering'], ['Chief Information Officer', 'C-Level', 'Information Technology']]
const inRole = (c) => row(IN_ROLE, (n(c) >> 1) % IN_ROLE.length)
const IN_TOPIC = ['Zero Trust Network Access; SASE', 'Endpoint Detection & Response; Ransomware', 'Cloud Security Posture Management', 'SASE; Secure Web Gateway; Firewall-as-a-Service', 'Identity & Access Management; Zero Trust', 'Ransomware; Backup & Recovery']
const inPerson = (c) => keep(`in:${c.id}:${c.first}:${c.last}`, () => mk(c, inFirm(c)[9] === 'Canada' ? 'tor' : 'usa'))
const inDeliv = (c) => Date.UTC(2024, 3, 8) + (n(c) % 30) * day
// ---------------------------------------------------------------- 12. Visual Visitor identified contacts (B)
// prospects of a Charlotte commercial roofer: [company, domain, industry, employees, revenue, street, city, state, zip, area]
const VV_FIRMS = [
  ['Queen City Property Management', 'qcpropertymgmt.com', 'Real Estate', '51-200', '$10M-$25M', '2100 South Blvd', 'Charlotte', 'NC', '28203', '704'],
  ['Carolina Cold Storage LLC', 'carolinacoldstorage.com', 'Warehousing', '201-500', '$50M-$100M', '4700 Statesville Rd', 'Charlotte', 'NC', '28269', '704'],
  ['Piedmont Community Church', 'piedmontcc.org', 'Religious Institutions', '11-50', '$1M-$5M', '800 Providence Rd', 'Matthews', 'NC', '28105', '704'],
  ['Rock Hill School District Three', 'rock-hill.k12.sc.us', 'Education', '1,001-5,000', '$100M-$250M', '660 N Anderson Rd', 'Rock Hill', 'SC', '29731', '803'],
  ['Lake Norman Medical Offices', 'lknmedoffices.com', 'Hospital & Health Care', '51-200', '$10M-$25M', '170 Medical Park Rd', 'Mooresville', 'NC', '28117', '704'],
  ['Gastonia Industrial Supply', 'gastoniaindustrial.com', 'Wholesale', '11-50', '$5M-$10M', '1250 Industrial Pike Rd', 'Gastonia', 'NC', '28052', '704'],
  ['Ballantyne Hotel Group', 'ballantynehg.com', 'Hospitality', '201-500', '$25M-$50M', '10000 Ballantyne Commons Pkwy', 'Charlotte', 'NC', '28277', '980']]
const vvFirm = (c) => row(VV_FIRMS, n(c) % VV_FIRMS.length)
const VV_ROLE = [['Facilities Manager', 'Facilities'], ['Property Manager', 'Real Estate'], ['Director of Operations', 'Operations'], ['Maintenance Supervisor', 'Facilities'], ['Owner', 'Executive'], ['Purchasing Manager', 'Purchasing'], ['Chief Financial Officer', 'Finance']]
const vvRole = (c) => row(VV_ROLE, (n(c) >> 1) % VV_ROLE.length)
const vvWho = (c) => keep(`vv:${c.id}:${c.first}:${c.last}`, () => mk(c, 'usa'))
const vvFirst = (c) => Date.UTC(2024, 1, 1) + (n(c) % 50) * day + (n(c) % 36000) * 1000 + 13 * 3600000
const vvVisits = (c) => 1 + (n(c) % 4)
const vvLast = (c) => vvFirst(c) + (vvVisits(c) - 1) * (6 * day + (n(c) % 5) * 3600000)
const VV_PAGES = ['/commercial-roof-replacement, /tpo-roofing', '/roof-inspection', '/', '/emergency-roof-repair, /contact', '/metal-roofing, /projects, /about', '/roof-coatings']

export const SETS = [
  // ---------------------------------------------------------------- Canada: subscription billing invoice lines
  { name: 'zoho-billing-invoices-export-ca', product: 'Zoho Billing (Zoho Corporation; Invoices > ⋯ > Export Invoices, CSV, one row per invoice line item, English UI with Canadian tax settings, a Vancouver practice-management SaaS company billing clinics across Canada, CAD)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['Invoice Date', (c, o) => ymd(pt(zbAt(o))), ['timestamp', OR('createdDate')]],
    ['Invoice ID', (c, o) => `4189602000000${pad((n(o) * 7919) % 1000000, 6)}`, ['_id', OR('purchaseID')], opt],
    ['Invoice Number', (c, o) => `INV-${pad(n(o) % 1000000, 6)}`, [OR('purchaseID'), '_id']],
    ['Invoice Status', (c, o) => zbSt(o), []],
    ['Customer ID', (c) => `4189602000000${pad((n(c) * 104729) % 1000000, 6)}`, CUST_ID, opt],
    ['Customer Name', (c) => zbCust(c)[0], []],
    ['Subscription ID', (c, o) => (zbPlan(o)[0] === 'SVC-ONBOARD' ? '' : `4189602000001${pad((n(c) * 31 + n(o) % 7) % 1000000, 6)}`), [], opt],
    ['Due Date', (c, o) => ymd(pt(zbAt(o) + (zbNet(o) ? 30 : 0) * day)), []],
    ['Currency Code', () => 'CAD', [OR('currencyCode'), PL('currencyCode')]],
    ['Exchange Rate', () => '1.00', []],
    ['SubTotal', (c, o) => two(zbSub(o)), [], opt],
    ['Total', (c, o) => two(zbTotal(c, o)), [OR('priceTotal')]],
    ['Balance', (c, o) => two(zbBal(c, o)), []],
    ['Payment Terms Label', (c, o) => (zbNet(o) ? 'Net 30' : 'Due on Receipt'), []],
    ['Coupon Code', (c, o) => (zbDisc(o) ? 'LAUNCH20' : ''), ['commerce.promotionID']],
    ['Item Name', (c, o) => zbPlan(o)[1], [PL('name')]],
    ['Item Desc', (c, o) => zbPlan(o)[2], [], opt],
    ['Plan Code', (c, o) => zbPlan(o)[0], [PL('SKU')]],
    ['Quantity', (c, o) => two(zbQty(o)), [PL('quantity')]],
    ['Item Price', (c, o) => two(zbPlan(o)[3]), [], opt],
    ['Discount Amount', (c, o) => two(zbDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
    ['Item Tax', (c) => zbCust(c)[7], []],
    ['Item Tax %', (c) => String(zbCust(c)[8]), []],
    ['Item Tax Amount', (c, o) => two(zbTax(c, o)), [OR('taxAmount')], opt],
    ['Item Total', (c, o) => two(zbSub(o)), [PL('priceTotal')]],
    ['Billing Attention', (c) => zbWho(c).full, []],
    ['Billing Address', (c) => zbCust(c)[5], [BILL('street1')]],
    ['Billing City', (c) => zbCust(c)[3], [BILL('city')]],
    ['Billing State', (c) => zbCust(c)[2], BILL_STATE],
    ['Billing Country', () => 'Canada', [BILL('country')]],
    ['Billing Code', (c) => zbCust(c)[4], [BILL('postalCode')]],
    ['Billing Phone', (c) => `${zbCust(c)[6]}-${String(200 + (n(c) % 700))}-${pad((n(c) * 37) % 10000, 4)}`, PHONE_ID, opt],
    ['Sales person', (c, o) => row(['', 'Nadia Chen', '', 'Ravi Dhaliwal'], n(o) % 4), []],
    ['Notes', (c, o) => row(['Thanks for choosing ClinicFlow!', '', 'Thanks for choosing ClinicFlow!', 'Prorated for mid-cycle upgrade'], n(o) % 4), []],
  ] },
  // ---------------------------------------------------------------- Canada: dental appointments
  { name: 'curve-dental-appointment-list-ab', product: 'Curve Dental (Curve Hero; Reports > Appointments > Appointment List, Export to CSV, one row per booked appointment, English UI, a Calgary family dental clinic, Mountain Time, CAD)', family: 'booking', language: 'en', schema: E, cols: [
    ['Appt Date', (c, o) => ymd(mt(cdAt(o))), ['timestamp']],
    ['Start Time', (c, o) => hm12(mt(cdAt(o))), [], opt],
    ['End Time', (c, o) => hm12(mt(cdEnd(o))), []],
    ['Length (min)', (c, o) => String(cdType(o)[3]), []],
    ['Patient', (c) => `${cdWho(c).last}, ${cdWho(c).first}`, []],
    ['Chart #', (c) => String(10000 + (n(c) * 7) % 89999), CUST_ID, opt],
    ['Birthdate', (c, o) => ymd(v.parts(cdKid(o) ? cdWho(c).kid : cdWho(c).birth)), []],
    ['Provider', (c, o) => cdProv(o), []],
    ['Operatory', (c, o) => `${cdType(o)[4] ? 'HYG' : 'OP'} ${1 + (n(o) % 3)}`, []],
    ['Appt Type', (c, o) => cdType(o)[0], [PL('name')], opt],
    ['Procedures', (c, o) => cdType(o)[1], [PL('SKU')], opt],
    ['Status', (c, o) => cdSt(o), []],
    ['Confirmation', (c, o) => (['Cancelled', 'Broken'].includes(cdSt(o)) ? '' : row(['Confirmed (SMS)', 'Confirmed (Email)', 'Unconfirmed', 'Left Message', 'Confirmed (SMS)'], n(o) % 5)), []],
    ['Scheduled Production', (c, o) => two(cdType(o)[2]), [OR('priceTotal')], opt],
    ['Primary Insurance', (c) => row(['Alberta Blue Cross', 'Sun Life Financial', 'Manulife', 'Canada Life', 'Green Shield Canada', '', 'Canadian Dental Care Plan (CDCP)', 'Desjardins Insurance'], n(c) % 8), []],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? cdWho(c).home : ''), PHONE_ID, opt],
    ['Cell Phone', (c) => cdWho(c).phone, PHONE_ID, opt],
    ['Email', (c) => (n(c) % 7 === 2 ? '' : cdWho(c).email), EMAIL_ID],
    ['Booked On', (c, o) => ymd(mt(cdAt(o) - ((n(o) % 60) + 1) * day)), [OR('createdDate')], opt],
    ['Booked By', (c, o) => row(['Online Booking', 'Tanya (Front Desk)', 'Recall Scheduler', 'Brittany (Front Desk)', 'Online Booking'], n(o) % 5), []],
    ['New Patient', (c, o) => (cdType(o)[0] === 'New Patient Exam' ? 'Yes' : 'No'), []],
    ['Next Recall Due', (c, o) => (cdType(o)[4] ? ymd(mt(cdAt(o) + 182 * day)) : ''), []],
    ['Appt Note', (c, o) => row(['', 'Pre-med required', '', 'Prefers morning appts', 'Nitrous', '', 'Pt anxious - extra time'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Canada: field-service (cleaning) bookings
  { name: 'bookingkoala-bookings-export-on', product: 'BookingKoala (Bookings > All Bookings > Export, CSV, one row per booking incl. recurring visits, English UI, an Ottawa house-cleaning company, Eastern Time, CAD with 13% HST)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(20000 + (n(o) * 13) % 80000), ['_id', OR('purchaseID')]],
    ['Booked On', (c, o) => usDT(et(bkBooked(o))), ['timestamp', OR('createdDate')]],
    ['Service Date', (c, o) => mdy(et(bkSvcAt(o))), ['timestamp'], opt],
    ['Arrival Window', (c, o) => { const p = et(bkSvcAt(o)); return `${hm12({ ...p, M: 0 })} - ${hm12({ ...p, H: p.H + 1, M: 0 })}` }, []],
    ['First Name', (c) => bkWho(c).first, []],
    ['Last Name', (c) => bkWho(c).last, []],
    ['Email', (c) => bkWho(c).email, EMAIL_ID],
    ['Phone', (c) => bkWho(c).phone, PHONE_ID, opt],
    ['Address', (c) => bkWho(c).street, [SHIP('street1')], opt],
    ['Apt/Suite', (c) => bkWho(c).unit, [SHIP('street2')], opt],
    ['City', (c) => bkWho(c).city, [SHIP('city')], opt],
    ['State', (c) => bkWho(c).st, SHIP_STATE, opt],
    ['Zip Code', (c) => bkWho(c).zip, [SHIP('postalCode')], opt],
    ['Industry', () => 'Home Cleaning', []],
    ['Service', (c, o) => bkSvc(o)[0], [PL('name')], opt],
    ['Frequency', (c, o) => bkFreq(o), []],
    ['Bedrooms', (c, o) => String(bkBed(o)), []],
    ['Bathrooms', (c, o) => String(bkBath(o)), []],
    ['Extras', (c, o) => bkExtra(o)[0], []],
    ['Provider/Team', (c, o) => (bkSt(o) === 'Unassigned' ? '' : row(['Team Rideau', 'Team Glebe', 'Alicia M.', 'Team Kanata'], n(o) % 4)), []],
    ['Service Total', (c, o) => two(bkBase(o)), [], opt],
    ['Coupon Code', (c, o) => bkCoupon(o), ['commerce.promotionID']],
    ['Discount', (c, o) => two(bkDisc(o)), [OR('discountAmount')]],
    ['Sales Tax', (c, o) => two(bkHst(o)), [OR('taxAmount')]],
    ['Tip', (c, o) => two(bkTip(o)), []],
    ['Final Amount', (c, o) => two(bkFinal(o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Credit Card', 'Credit Card', 'Cash/Cheque', 'Credit Card', 'E-Transfer'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Booking Status', (c, o) => bkSt(o), []],
    ['Source', (c, o) => row(['Website', 'Admin', 'Customer Portal', 'Website'], n(o) % 4), [], opt],
    ['Key Info', (c, o) => row(['Someone will be home', 'Lockbox code 4417', 'Key under mat', 'Someone will be home', 'Garage code on file'], n(o) % 5), []],
    ['Customer Note', (c, o) => row(['', 'We have a friendly dog', '', 'Please use unscented products', ''], n(o) % 5), []],
    ['Private Note', (c, o) => row(['', '', 'Charge card after visit', 'VIP - referred 3 clients'], n(o) % 4), []],
  ] },
  // ---------------------------------------------------------------- US: restaurant online orders
  { name: 'bentobox-online-orders-export-ny', product: 'BentoBox (Fiserv; Online Ordering > Orders > Export CSV, one row per takeout or delivery order, English UI, a Park Slope Brooklyn pizzeria, Eastern Time, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(3100000 + (n(o) * 97) % 900000), [OR('purchaseID'), '_id']],
    ['Location', () => 'Fifth Ave Slice Co. - Park Slope', STORE, opt],
    ['Placed At', (c, o) => usDT(et(bbAt(o))), ['timestamp', OR('createdDate')]],
    ['Fulfillment', (c, o) => (bbDelivery(o) ? 'Delivery' : 'Pickup'), ['commerce.shipping.shippingMethod'], opt],
    ['Scheduled For', (c, o) => (n(o) % 4 === 3 ? usDT(et(bbAt(o) + 5400000)) : 'ASAP'), [], opt],
    ['Customer Name', (c) => bbWho(c).full, []],
    ['Customer Email', (c) => bbWho(c).email, EMAIL_ID],
    ['Customer Phone', (c) => bbWho(c).phone, PHONE_ID, opt],
    ['Delivery Address', (c, o) => (bbDelivery(o) ? `${bbWho(c).street}${bbWho(c).unit ? ' ' + bbWho(c).unit : ''}, Brooklyn, NY ${bbWho(c).zip}` : ''), [SHIP('street1')], opt],
    ['Items', (c, o) => bbLines(o).map(([it, q]) => `${q}x ${it[0]}`).join('; '), []],
    ['Item Count', (c, o) => String(bbLines(o).reduce((s, [, q]) => s + q, 0)), [], opt],
    ['Subtotal', (c, o) => two(bbSub(o)), [], opt],
    ['Promo Code', (c, o) => (o.discount ? 'SLICE10' : ''), ['commerce.promotionID']],
    ['Discount', (c, o) => two(bbDisc(o)), [OR('discountAmount')]],
    ['Tax', (c, o) => two(bbTax(o)), [OR('taxAmount')]],
    ['Delivery Fee', (c, o) => two(bbDelFee(o)), ['commerce.shipping.shippingAmount']],
    ['Service Fee', (c, o) => two(bbSvcFee(o)), []],
    ['Tip', (c, o) => two(bbTip(o)), []],
    ['Total', (c, o) => two(bbTotal(o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Visa', 'Apple Pay', 'Mastercard', 'Amex', 'Google Pay', 'Visa'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => bbSt(o), []],
    ['Refund Amount', (c, o) => two(bbSt(o) === 'Refunded' ? bbTotal(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Delivery Provider', (c, o) => (bbDelivery(o) ? row(['DoorDash Drive', 'In-House'], n(o) % 2) : ''), [], opt],
    ['Special Instructions', (c, o) => row(['', 'Extra crispy please', '', 'Buzzer broken, call on arrival', 'No utensils', ''], n(o) % 6), []],
    ['Marketing Opt-In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: shipping manager order items
  { name: 'shipworks-orders-grid-export-mo', product: 'ShipWorks (Orders grid > Export > CSV with the order-item columns, one row per order item, English desktop UI, a St. Louis barbecue-sauce and rub maker selling on Shopify, Amazon and eBay, Central Time, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => (swAmz(o) ? `11${n(o) % 4}-${pad((n(o) * 7919) % 10000000, 7)}-${pad((n(o) * 104729) % 10000000, 7)}` : swStore(o) === 'eBay' ? `0${n(o) % 9}-${pad((n(o) * 31) % 100000, 5)}-${pad((n(o) * 17) % 100000, 5)}` : String(1000 + (n(o) % 9000))), [OR('purchaseID')]],
    ['Order Date', (c, o) => `${mdyN(ct(swAt(o)))} ${hm12(ct(swAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Store', (c, o) => swStore(o), STORE, opt],
    ['Online Status', (c, o) => (swAmz(o) ? (swShipped(o) ? 'Shipped' : 'Unshipped') : swShipped(o) ? 'Fulfilled' : 'Unfulfilled'), [], opt],
    ['Local Status', (c, o) => (swShipped(o) ? 'Shipped' : n(o) % 6 === 2 ? 'Awaiting Shipment' : 'On Hold'), []],
    ['Requested Shipping', (c, o) => (swAmz(o) ? row(['Standard', 'Expedited'], n(o) % 2) : row(['Standard Shipping', 'USPS Priority Mail', 'Free Shipping'], n(o) % 3)), ['commerce.shipping.shippingMethod']],
    ['Bill: First Name', (c, o) => swBill(c).first, []],
    ['Bill: Last Name', (c, o) => swBill(c).last, []],
    ['Bill: Street 1', (c, o) => (swAmz(o) ? '' : swBill(c).street), [BILL('street1')]],
    ['Bill: City', (c, o) => (swAmz(o) ? '' : swBill(c).city), [BILL('city')]],
    ['Bill: State', (c, o) => (swAmz(o) ? '' : swBill(c).st), BILL_STATE],
    ['Bill: Postal Code', (c, o) => (swAmz(o) ? '' : swBill(c).zip), [BILL('postalCode')]],
    ['Bill: Country', (c, o) => (swAmz(o) ? '' : 'US'), [BILL('countryCode')]],
    ['Bill: Email', (c, o) => (swAmz(o) ? `${v.hex(seeded(c, 'amz'), 15)}@marketplace.amazon.com` : swBill(c).email), EMAIL_ID],
    ['Bill: Phone', (c, o) => (swAmz(o) ? '' : swBill(c).phone), PHONE_ID, opt],
    ['Ship: First Name', (c, o) => swTo(c, o).first, []],
    ['Ship: Last Name', (c, o) => swTo(c, o).last, []],
    ['Ship: Street 1', (c, o) => swTo(c, o).street, [SHIP('street1')]],
    ['Ship: Street 2', (c, o) => swTo(c, o).unit, [SHIP('street2')]],
    ['Ship: City', (c, o) => swTo(c, o).city, [SHIP('city')]],
    ['Ship: State', (c, o) => swTo(c, o).st, SHIP_STATE],
    ['Ship: Postal Code', (c, o) => swTo(c, o).zip, [SHIP('postalCode')]],
    ['Ship: Country', () => 'US', [SHIP('countryCode')]],
    ['Ship: Phone', (c, o) => (swAmz(o) && n(o) % 2 ? '' : swTo(c, o).phone), [], opt],
    ['Item: SKU', (c, o, r, i) => swItem(o, i)[0], [PL('SKU')]],
    ['Item: Name', (c, o, r, i) => swItem(o, i)[1], [PL('name')]],
    ['Item: Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item: Unit Price', (c, o, r, i) => two(swItem(o, i)[2]), [], opt],
    ['Item: Weight', (c, o, r, i) => two(swItem(o, i)[3] * o.qty), []],
    ['Order Total', (c, o, r, i) => two(swSub(o, i) + swShipChg(o, i) + swTax(c, o, i)), [OR('priceTotal')]],
    ['Shipment: Service', (c, o) => (swShipped(o) ? swSvc(o) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Shipment: Ship Date', (c, o) => (swShipped(o) ? mdyN(ct(swAt(o) + (1 + n(o) % 2) * day)) : ''), ['commerce.shipping.shipDate']],
    ['Shipment: Tracking #', (c, o) => (!swShipped(o) ? '' : swSvc(o).startsWith('USPS') ? `9400${pad((n(o) * 7919) % 1e9, 9)}${pad((n(o) * 104729) % 1e9, 9)}` : swSvc(o).startsWith('UPS') ? `1Z4A${pad((n(o) * 37) % 1000, 3)}E0${pad((n(o) * 7919) % 1e8, 8)}` : `7${pad((n(o) * 104729) % 1e11, 11)}`), ['commerce.shipping.trackingNumber']],
    ['Shipment: Cost', (c, o) => (swShipped(o) ? two(5.4 + (n(o) % 9) * 1.15) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Canada: event-analytics extraction
  { name: 'keen-extraction-pageviews-csv', product: 'Keen (Keen.io; Explorer > Extraction of the "pageviews" event collection, CSV with flattened property paths, one row per page-view event incl. the IP-to-geo, user-agent and referrer add-on outputs, English UI, a Toronto live-and-on-demand fitness streaming service)', family: 'analytics', language: 'en', schema: E, cols: [
    ['ip_address', (c, o) => `${row(['99.228', '174.112', '142.198', '24.114', '70.52', '184.147'], n(o) % 6)}.${n(o) % 250}.${(n(c) % 253) + 1}`, ['environment.ipV4']],
    ['ip_geo_info.city', (c, o) => knGeo(o)[0], [GEO('city')]],
    ['ip_geo_info.continent', (c, o) => knGeo(o)[5], []],
    ['ip_geo_info.coordinates', (c, o) => `[${knGeo(o)[6]}, ${knGeo(o)[7]}]`, [], opt],
    ['ip_geo_info.country', (c, o) => knGeo(o)[2], [GEO('countryCode')], opt],
    ['ip_geo_info.country_code', (c, o) => knGeo(o)[3], [GEO('countryCode')]],
    ['ip_geo_info.postal_code', (c, o) => knGeo(o)[4], [GEO('postalCode')]],
    ['ip_geo_info.province', (c, o) => knGeo(o)[1], [GEO('stateProvince')]],
    ['keen.created_at', (c, o) => isoMs(o.at + 1200 + (n(o) % 900)), [], opt],
    ['keen.id', (c, o) => v.hex(seeded(c, `kid${o.id}`), 24), ['_id']],
    ['keen.timestamp', (c, o) => isoMs(o.at + (n(o) % 1000)), ['timestamp']],
    ['page.title', (c, o) => knPage(o)[1], ['web.webPageDetails.name']],
    ['page.url', (c, o) => `https://fitloop.ca${knPage(o)[0]}${knUtm(o)[0] ? `?utm_source=${knUtm(o)[2]}&utm_medium=${knUtm(o)[1]}&utm_campaign=${knUtm(o)[0]}` : ''}`, ['web.webPageDetails.URL']],
    ['parsed_page_url.domain', () => 'fitloop.ca', ['web.webPageDetails.server'], opt],
    ['parsed_page_url.path', (c, o) => knPage(o)[0], [], opt],
    ['referrer.url', (c, o) => knRef(o)[0], ['web.webReferrer.URL']],
    ['referrer_info.medium', (c, o) => knRef(o)[1], ['web.webReferrer.type'], opt],
    ['referrer_info.source', (c, o) => knRef(o)[2], [], opt],
    ['tech.browser.family', (c, o) => knUa(o)[1], ['environment.browserDetails.name']],
    ['tech.browser.major', (c, o) => knUa(o)[2], ['environment.browserDetails.version'], opt],
    ['tech.device.family', (c, o) => knUa(o)[5], ['device.model'], opt],
    ['tech.os.family', (c, o) => knUa(o)[3], ['environment.operatingSystem']],
    ['tech.os.major', (c, o) => knUa(o)[4], ['environment.operatingSystemVersion'], opt],
    ['user.email', (c) => (knIn({ id: c.id }) ? knWho(c).email : ''), EMAIL_ID],
    ['user.id', (c) => (knIn({ id: c.id }) ? `usr_${v.hex(seeded(c, 'kusr'), 12)}` : ''), CUST_ID],
    ['user.plan', (c) => (knIn({ id: c.id }) ? row(['monthly', 'annual', 'trial', 'monthly'], n(c) % 4) : ''), []],
    ['user_agent', (c, o) => knUa(o)[0], ['environment.browserDetails.userAgent']],
    ['utm.campaign', (c, o) => knUtm(o)[0], ['marketing.campaignName']],
    ['utm.medium', (c, o) => knUtm(o)[1], [], opt],
    ['utm.source', (c, o) => knUtm(o)[2], [], opt],
    ['visitor.id', (c) => v.uuid(seeded(c, 'kvis')), ['endUserIDs._experience.mcid.id', 'identityMap{}[0].id'], opt],
  ] },
  // ---------------------------------------------------------------- Canada: wellness practice clients
  { name: 'practice-better-clients-export-on', product: 'Practice Better (Clients > Client List > Export, CSV, one row per client record, English UI, a Toronto registered-dietitian and nutrition-coaching practice)', family: 'crm', language: 'en', schema: P, cols: [
    ['First Name', (c) => pbWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => pbWho(c).last, ['person.name.lastName']],
    ['Preferred Name', (c) => (n(c) % 3 === 1 ? NICK[pbWho(c).first] ?? '' : ''), [], opt],
    ['Email', (c) => pbWho(c).email, ['personalEmail.address']],
    ['Phone', (c) => pbWho(c).phone, ['mobilePhone.number', 'homePhone.number']],
    ['Date of Birth', (c) => (n(c) % 5 === 2 ? '' : ymd(v.parts(pbWho(c).birth))), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 9 === 4 ? 'Non-binary' : pbWho(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Address', (c) => (n(c) % 4 === 3 ? '' : `${pbWho(c).street}${pbWho(c).unit ? ', ' + pbWho(c).unit : ''}`), at(HOME, 'street1')],
    ['City', (c) => (n(c) % 4 === 3 ? '' : pbWho(c).city), at(HOME, 'city')],
    ['State / Province', (c) => (n(c) % 4 === 3 ? '' : pbWho(c).stName), STATE(HOME)],
    ['Zip / Postal Code', (c) => (n(c) % 4 === 3 ? '' : pbWho(c).zip), at(HOME, 'postalCode')],
    ['Country', (c) => (n(c) % 4 === 3 ? '' : 'Canada'), at(HOME, 'country')],
    ['Time Zone', () => 'America/Toronto', []],
    ['Status', (c) => pbSt(c), [], opt],
    ['Practitioner', (c) => row(['Hannah Brooks, RD', 'Amrita Sidhu, RD', 'Hannah Brooks, RD', 'Colleen O\'Neil, RHN'], n(c) % 4), []],
    ['Tags', (c) => row(['IBS; Low FODMAP', 'Prenatal', '', 'Sports Nutrition', 'Diabetes Type 2; Insurance', 'PCOS'], n(c) % 6), []],
    ['Referral Source', (c) => row(['Google', 'Physician referral', 'Instagram', 'Friend/Family', '', 'Employee benefits provider'], n(c) % 6), [], opt],
    ['Client Since', (c) => ymd(v.parts(c.created)), [], opt],
    ['Last Session', (c) => (pbSt(c) === 'Prospect' ? '' : ymd(v.parts(later(c)))), [], opt],
    ['Upcoming Session', (c) => (pbSt(c) === 'Active' && n(c) % 2 ? ymd(v.parts(later(c) + 21 * day)) : ''), []],
    ['Portal Access', (c) => (pbSt(c) === 'Prospect' ? 'Invited' : n(c) % 5 === 0 ? 'Not invited' : 'Active'), []],
    ['Insurance Provider', (c) => row(['', 'Sun Life', 'Manulife', '', 'Canada Life', 'Green Shield'], n(c) % 6), []],
    ['Emergency Contact', (c) => (n(c) % 3 === 0 ? `${who(c, 'ott').first} ${pbWho(c).last} - ${who(c, 'ott').dash}` : ''), []],
  ] },
  // ---------------------------------------------------------------- US: donor database people
  { name: 'donor-tools-people-export-wa', product: 'Donor Tools (People > Export > CSV with giving summary, one row per donor record, English UI, a Spokane dog-and-cat rescue, USD)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(1400000 + (n(c) * 13) % 600000), ['_id', 'personID']],
    ['Name', (c) => (dtOrg(c) ? `${dtWho(c).last} Family Foundation` : `${dtWho(c).first} ${dtWho(c).last}`), ['person.name.fullName'], opt],
    ['First Name', (c) => (dtOrg(c) ? '' : dtWho(c).first), ['person.name.firstName']],
    ['Last Name', (c) => (dtOrg(c) ? '' : dtWho(c).last), ['person.name.lastName']],
    ['Spouse', (c) => (n(c) % 4 === 1 ? row(['Mark', 'Jennifer', 'Chris', 'Laura'], n(c) % 3) : ''), []],
    ['Organization', (c) => (dtOrg(c) ? `${dtWho(c).last} Family Foundation` : n(c) % 7 === 2 ? 'Avista Utilities' : ''), ['organizations[0]'], opt],
    ['Email Address', (c) => dtWho(c).email, ['personalEmail.address']],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? dtWho(c).home : ''), ['homePhone.number']],
    ['Mobile Phone', (c) => (n(c) % 3 === 1 ? '' : dtWho(c).phone), ['mobilePhone.number']],
    ['Street Address', (c) => dtWho(c).street, at(HOME, 'street1')],
    ['Street Address 2', (c) => dtWho(c).unit, at(HOME, 'street2')],
    ['City', (c) => dtWho(c).city, at(HOME, 'city')],
    ['State', (c) => dtWho(c).st, STATE(HOME)],
    ['Postal Code', (c) => dtWho(c).zip, at(HOME, 'postalCode')],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Tags', (c) => row(['Monthly Donor', 'Foster Family', 'Gala 2023', '', 'Volunteer; Monthly Donor', 'Major Donor', 'Adopter'], n(c) % 7), []],
    ['Number of Donations', (c) => String(dtCount(c)), []],
    ['Total Donations', (c) => two(dtTotal(c)), [], opt],
    ['Largest Donation', (c) => two(dtCount(c) ? Math.max(dtGift(c), n(c) % 4 === 1 ? 150 : 0) : 0), []],
    ['First Donation Date', (c) => (dtCount(c) ? mdy(v.parts(dtFirst(c))) : ''), []],
    ['Last Donation Date', (c) => (dtCount(c) ? mdy(v.parts(dtLast(c))) : ''), []],
    ['Last Donation Amount', (c) => (dtCount(c) ? two(dtGift(c)) : ''), []],
    ['Do Not Mail', (c) => (n(c) % 10 === 7 ? 'Yes' : 'No'), [], opt],
    ['Created', (c) => mdy(v.parts(dtFirst(c) - 3 * day)), [], opt],
  ] },
  // ---------------------------------------------------------------- US: SMS marketing contacts
  { name: 'call-loop-contacts-export-fl', product: 'Call Loop (Contacts > Export Contacts, CSV, one row per subscriber with custom fields, English UI, a Tampa boutique gym texting class reminders and promos)', family: 'sms', language: 'en', schema: P, cols: [
    ['Phone Number', (c) => clWho(c).ten, ['mobilePhone.number']],
    ['First Name', (c) => clWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 5 === 3 ? '' : clWho(c).last), ['person.name.lastName']],
    ['Email', (c) => (n(c) % 4 === 2 ? '' : clWho(c).email), ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 3 === 1 ? '' : mdy(v.parts(clWho(c).birth))), ['person.birthDate']],
    ['Zip Code', (c) => (n(c) % 3 === 2 ? '' : clWho(c).zip), at(HOME, 'postalCode')],
    ['Member ID', (c) => (n(c) % 4 === 0 ? '' : `SHF-${pad((n(c) * 7) % 10000, 4)}`), ['loyalty.loyaltyID[0]', 'personID'], opt],
    ['Groups', (c) => row(['All Members', 'All Members, 6AM Crew', 'Free Trial Leads', 'All Members, Spin', 'Former Members', 'All Members'], n(c) % 6), []],
    ['Keyword', (c) => row(['SWEAT', '', 'TRIAL', 'SWEAT', '', 'SPIN'], n(c) % 6), []],
    ['Subscribed Via', (c) => row(['Keyword', 'Import', 'Web Form', 'Keyword', 'API', 'Keyword'], n(c) % 6), [], opt],
    ['Status', (c) => clSt(c), [], opt],
    ['Date Added', (c) => `${ymd(et(c.created))} ${hms(et(c.created))}`, [], opt],
    ['Unsubscribed Date', (c) => (clSt(c) === 'Unsubscribed' ? `${ymd(et(later(c)))} ${hms(et(later(c)))}` : ''), [], opt],
    ['Carrier', (c) => clCarrier(c), []],
    ['Line Type', (c) => (n(c) % 17 === 5 ? 'landline' : 'mobile'), []],
    ['Last Message Sent', (c) => (clSt(c) === 'Unsubscribed' ? `${ymd(et(later(c)))} ${hms(et(later(c)))}` : `${ymd(et(clLast(c)))} ${hms(et(clLast(c)))}`), []],
    ['Messages Received', (c) => String(3 + (n(c) * 7) % 140), []],
    ['Notes', (c) => row(['', '', 'Prefers evening classes', '', 'Referred by Jess', 'Paused membership'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: help desk issues with submitter details
  { name: 'issuetrak-issue-list-export-va', product: 'Issuetrak (Issues > Search Issues > Export to CSV with submitter columns, one row per issue, English UI, a Richmond managed-IT provider supporting law, medical, municipal and credit-union clients, Eastern Time)', family: 'support', language: 'en', schema: B, cols: [
    ['Issue #', (c, o) => String(48000 + (n(o) * 7) % 9000), [], opt],
    ['Subject', (c, o) => itIssue(o)[0], []],
    ['Issue Type', (c, o) => itIssue(o)[1], []],
    ['SubType', (c, o) => itIssue(o)[2], []],
    ['Priority', (c, o) => row(['Normal', 'High', 'Normal', 'Low', 'Critical', 'Normal'], n(o) % 6), []],
    ['Status', (c, o) => itSt(o), []],
    ['Submitted By', (c) => `${slug(itWho(c).first)[0]}${slug(itWho(c).last)}`, [...B2BID], opt],
    ['Submitter Name', (c) => `${itWho(c).first} ${itWho(c).last}`, ['person.name.fullName']],
    ['Submitter Email', (c) => itMail(c), WE],
    ['Submitter Phone', (c) => `(${itOrg(c)[7]}) ${String(200 + n(c) % 700)}-${pad((n(c) * 37) % 10000, 4)}${n(c) % 3 === 0 ? ` x${100 + n(c) % 300}` : ''}`, ['workPhone.number']],
    ['Organization', (c) => itOrg(c)[0], CO],
    ['Department', (c) => itDept(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Location', (c) => row(itOrg(c)[2], n(c)), [], opt],
    ['Submitted Date', (c, o) => `${mdyN(et(itAt(o)))} ${hm12(et(itAt(o)), true)}`, [], opt],
    ['Entered By', (c, o) => (n(o) % 3 === 0 ? 'Email Import' : n(o) % 3 === 1 ? `${slug(itWho(c).first)[0]}${slug(itWho(c).last)}` : 'kmorales'), []],
    ['Assigned To', (c, o) => (itSt(o) === 'Open' && n(o) % 2 ? '' : row(['Kevin Morales', 'Tasha Reid', 'Brian Cho', 'Service Desk Tier 2'], n(o) % 4)), []],
    ['Class', (c) => row(['Managed Services', 'Billable', 'Managed Services', 'Project'], n(c) % 4), []],
    ['Target Date', (c, o) => mdyN(et(itAt(o) + (1 + n(o) % 3) * day)), []],
    ['Closed Date', (c, o) => (itSt(o) === 'Closed' ? `${mdyN(et(itAt(o) + (n(o) % 30) * 3600000))} ${hm12(et(itAt(o) + (n(o) % 30) * 3600000), true)}` : ''), []],
    ['Time Spent (hrs)', (c, o) => (itSt(o) === 'Closed' ? two(0.25 * (1 + n(o) % 8)) : ''), []],
    ['Resolution', (c, o) => (itSt(o) === 'Closed' ? row(['Reset credentials and re-added account in Outlook profile', 'Cleared print queue and updated driver', 'Remote session - issue resolved', 'User confirmed working'], n(o) % 4) : ''), []],
  ] },
  // ---------------------------------------------------------------- US/Canada: intent-data lead delivery
  { name: 'intentsify-lead-delivery-csv', product: 'Intentsify (Intent-driven demand generation; Campaigns > Leads > Download CSV, one row per delivered lead with the account\'s intent topics, English UI, a Boston zero-trust security vendor\'s North American campaign)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Lead ID', (c) => `INT-${pad((n(c) * 7919) % 10000000, 7)}`, B2BID, opt],
    ['Campaign Name', () => 'ZT-NA-Q2-2024 Zero Trust Buyer\'s Guide', [], opt],
    ['Delivery Date', (c) => ymd(v.parts(inDeliv(c))), ['extSourceSystemAudit.createdDate'], opt],
    ['First Name', (c) => inPerson(c).first, ['person.name.firstName']],
    ['Last Name', (c) => inPerson(c).last, ['person.name.lastName']],
    ['Email', (c) => `${slug(inPerson(c).first)}.${slug(inPerson(c).last)}@${inFirm(c)[1]}`, WE],
    ['Phone', (c) => `${inFirm(c)[10]}-${String(200 + n(c) % 700)}-${pad((n(c) * 37) % 10000, 4)}`, ['workPhone.number']],
    ['Job Title', (c) => inRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => inRole(c)[1], [], opt],
    ['Job Function', (c) => inRole(c)[2], ['extendedWorkDetails.departments[0]'], opt],
    ['Company Name', (c) => inFirm(c)[0], CO],
    ['Company Domain', (c) => inFirm(c)[1], ['b2b.companyWebsite']],
    ['Industry', (c) => inFirm(c)[2], []],
    ['Employee Size', (c) => inFirm(c)[3], []],
    ['Revenue', (c) => inFirm(c)[4], []],
    ['Address', (c) => inFirm(c)[5], [W('street1')]],
    ['City', (c) => inFirm(c)[6], [W('city')]],
    ['State/Province', (c) => inFirm(c)[7], STATE(['workAddress'])],
    ['Zip/Postal Code', (c) => inFirm(c)[8], [W('postalCode')]],
    ['Country', (c) => inFirm(c)[9], [W('country')]],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(inPerson(c).first)}-${slug(inPerson(c).last)}-${v.hex(seeded(c, 'li'), 6)}`, []],
    ['Asset Title', (c) => row(['The Zero Trust Buyer\'s Guide 2024', 'Gartner Market Guide for ZTNA (reprint)', 'Ransomware Readiness Checklist'], n(c) % 3), []],
    ['Intent Topics', (c) => row(IN_TOPIC, (n(c) >> 2) % IN_TOPIC.length), []],
    ['Intent Stage', (c) => row(['Consideration', 'Decision', 'Awareness', 'Consideration'], n(c) % 4), [], opt],
    ['Lead Source', () => 'Intentsify Content Syndication', ['b2b.personSource'], opt],
    ['Opt-In', (c) => (n(c) % 9 === 3 ? 'No' : 'Yes'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: website-visitor identification contacts
  { name: 'visual-visitor-identified-contacts-nc', product: 'Visual Visitor (Website Visitors > Identified Contacts > Export CSV, one row per identified person with visit activity, English UI, a Charlotte commercial-roofing contractor)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => vvWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => vvWho(c).last, ['person.name.lastName']],
    ['Title', (c) => vvRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => vvRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Company', (c) => vvFirm(c)[0], CO],
    ['Company Website', (c) => `www.${vvFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Business Email', (c) => (n(c) % 5 === 4 ? '' : `${slug(vvWho(c).first)}.${slug(vvWho(c).last)}@${vvFirm(c)[1]}`), ['workEmail.address']],
    ['Personal Email', (c) => (n(c) % 3 === 0 ? vvWho(c).email : ''), ['personalEmail.address']],
    ['Business Phone', (c) => `(${vvFirm(c)[9]}) ${String(200 + n(c) % 700)}-${pad((n(c) * 37) % 10000, 4)}`, ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 4 === 1 ? vvWho(c).phone : ''), ['mobilePhone.number']],
    ['Address', (c) => vvFirm(c)[5], [W('street1')]],
    ['City', (c) => vvFirm(c)[6], [W('city')]],
    ['State', (c) => vvFirm(c)[7], STATE(['workAddress'])],
    ['Zip', (c) => vvFirm(c)[8], [W('postalCode')]],
    ['LinkedIn Profile', (c) => `linkedin.com/in/${slug(vvWho(c).first)}${slug(vvWho(c).last)}`, []],
    ['Industry', (c) => vvFirm(c)[2], []],
    ['Employees', (c) => vvFirm(c)[3], []],
    ['Revenue', (c) => vvFirm(c)[4], []],
    ['First Visit', (c) => usDT(et(vvFirst(c))), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Visit', (c) => usDT(et(vvLast(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Total Visits', (c) => String(vvVisits(c)), []],
    ['Page Views', (c) => String(vvVisits(c) + (n(c) * 7) % 17), []],
    ['Pages Visited', (c) => row(VV_PAGES, n(c) % VV_PAGES.length), []],
    ['Referrer', (c) => row(['google.com', '(direct)', 'bing.com', 'facebook.com', 'google.com', 'linkedin.com'], n(c) % 6), []],
    ['Lead Score', (c) => String(20 + (n(c) * 13) % 80), ['b2b.personScore'], opt],
  ] },
]
