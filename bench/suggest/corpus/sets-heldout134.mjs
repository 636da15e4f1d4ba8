// Round 59, heldout134: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from US and Canadian products: a real-user-
// monitoring tool's RUM events (Datadog), a card/ACH gateway's transaction report (BluePay), a video-subscription
// platform's transactions (Vimeo OTT), a food marketplace's merchant order lines (Goldbelly), a home-cleaning booking
// tool's bookings (Launch27), a QR-ordering POS's tabs (GoTab), an SMS marketing tool's contacts (Textmunication), a
// donor CRM's constituent accounts (eTapestry), a Canadian donation platform's supporters (Givecloud), a website-visitor
// identification tool's people (Warmly), a content-syndication vendor's delivered leads (Madison Logic) and a B2B data
// platform's audience export (Leadspace) (en 12; E 6, P 3, B 3). Vimeo OTT's transaction columns id … promotion_code
// were seen in its help centre's "What's included in your Transactions CSV" table; the rest is written from the
// writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, mdy, hms, hm12, local, thou } from './values.mjs'
import { slug, hash, digits } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const cents = (x) => String(Math.round(x * 100))
const money = (x) => `$${thou(x, ',', '.')}`
// local clocks (standard offset; local() adds the summer hour)
const et = (ms) => local(ms, -5)
const ct = (ms) => local(ms, -6)
const mt = (ms) => local(ms, -7)
const pt = (ms) => local(ms, -8)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone std hours from UTC
const open = (ms, std, lo = 8, span = 13) => { const H = local(ms, std).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const usDT = (p) => `${mdy(p)} ${hm12(p)}`
const isoZ = (ms) => new Date(ms).toISOString()
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const WE = ['workEmail.address', 'personalEmail.address']
const GEO = (leaf) => `placeContext.geo.${leaf}`
const SHIP_STATE = STATE(['commerce.shipping.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const FIRST = { f: ['Emily', 'Jessica', 'Ashley', 'Sarah', 'Megan', 'Lauren', 'Rachel', 'Hannah', 'Olivia', 'Madison', 'Priya', 'Maria', 'Chloé', 'Jasmine', 'Kayla', 'Nicole'],
  m: ['Michael', 'Christopher', 'Matthew', 'Joshua', 'Andrew', 'Tyler', 'Brandon', 'Kevin', 'Ryan', 'Jason', 'Justin', 'Carlos', 'Daniel', 'Marcus', 'Connor', 'Arjun'] }
const LAST = { us: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Wilson', 'Anderson', 'Thompson', 'Martinez', 'Nguyen', 'Kowalski', 'Murphy', 'Patel', 'Brooks', 'Schmidt', 'Reyes', 'Coleman', 'Olson'],
  ca: ['Smith', 'Tremblay', 'MacDonald', 'Wilson', 'Campbell', 'Lee', 'Wong', 'Singh', 'Gill', 'Chen', 'Fraser', 'Stewart', 'Friesen', 'Klassen', 'Dueck', 'Kowalchuk', 'Leblanc', 'Morrison'] }
// [city, state/province code, state/province name, zip or FSA list, area codes, streets, country]
const PLACES = {
  chi: [['Naperville', 'IL', 'Illinois', ['60540', '60563', '60565'], ['630', '331'], ['Washington St', 'Ogden Ave', 'Jefferson Ave', 'Naper Blvd']],
    ['Wheaton', 'IL', 'Illinois', ['60187', '60189'], ['630'], ['Roosevelt Rd', 'Main St', 'Naperville Rd']],
    ['Aurora', 'IL', 'Illinois', ['60504', '60506'], ['630', '331'], ['Galena Blvd', 'Eola Rd', 'Montgomery Rd']],
    ['Downers Grove', 'IL', 'Illinois', ['60515', '60516'], ['630'], ['Main St', 'Maple Ave', 'Fairview Ave']],
    ['Lisle', 'IL', 'Illinois', ['60532'], ['630'], ['Maple Ave', 'Ogden Ave', 'Main St']],
    ['Bolingbrook', 'IL', 'Illinois', ['60440', '60490'], ['630', '331'], ['Boughton Rd', 'Briarcliff Rd', 'Lily Cache Ln']]],
  den: [['Denver', 'CO', 'Colorado', ['80205', '80211', '80218', '80209'], ['303', '720'], ['Larimer St', 'Tennyson St', 'E Colfax Ave', 'S Pearl St']],
    ['Lakewood', 'CO', 'Colorado', ['80226', '80214'], ['303', '720'], ['W Alameda Ave', 'Wadsworth Blvd']],
    ['Aurora', 'CO', 'Colorado', ['80012', '80014'], ['303', '720'], ['S Havana St', 'E Iliff Ave']],
    ['Arvada', 'CO', 'Colorado', ['80002', '80003'], ['303', '720'], ['Olde Wadsworth Blvd', 'Ralston Rd']],
    ['Boulder', 'CO', 'Colorado', ['80302', '80304'], ['303', '720'], ['Pearl St', 'Broadway', 'Folsom St']]],
  socal: [['Irvine', 'CA', 'California', ['92618', '92620', '92612'], ['949'], ['Jeffrey Rd', 'Culver Dr', 'Alton Pkwy']],
    ['Costa Mesa', 'CA', 'California', ['92627', '92626'], ['949', '714'], ['Newport Blvd', 'W 19th St', 'Harbor Blvd']],
    ['Newport Beach', 'CA', 'California', ['92660', '92663'], ['949'], ['Westcliff Dr', 'Balboa Blvd', 'E Coast Hwy']],
    ['Huntington Beach', 'CA', 'California', ['92648', '92647'], ['714', '657'], ['Main St', 'Beach Blvd', 'Goldenwest St']],
    ['Tustin', 'CA', 'California', ['92780'], ['714', '657'], ['El Camino Real', 'Red Hill Ave']],
    ['Long Beach', 'CA', 'California', ['90803', '90814'], ['562'], ['E 2nd St', 'Redondo Ave', 'E Broadway']]],
  oh: [['Columbus', 'OH', 'Ohio', ['43215', '43201', '43214', '43209'], ['614', '380'], ['N High St', 'E Main St', 'Neil Ave', 'Parsons Ave']],
    ['Westerville', 'OH', 'Ohio', ['43081', '43082'], ['614'], ['S State St', 'Schrock Rd']],
    ['Dublin', 'OH', 'Ohio', ['43017', '43016'], ['614'], ['Post Rd', 'Frantz Rd', 'Avery Rd']],
    ['Worthington', 'OH', 'Ohio', ['43085'], ['614'], ['High St', 'Granville Rd']],
    ['Grove City', 'OH', 'Ohio', ['43123'], ['614'], ['Broadway', 'Stringtown Rd']],
    ['Hilliard', 'OH', 'Ohio', ['43026'], ['614'], ['Cemetery Rd', 'Main St']]],
  usa: [['Austin', 'TX', 'Texas', ['78704', '78745'], ['512', '737'], ['S Lamar Blvd', 'Barton Springs Rd']],
    ['Brooklyn', 'NY', 'New York', ['11215', '11238'], ['718', '347'], ['7th Ave', 'Vanderbilt Ave']],
    ['Scottsdale', 'AZ', 'Arizona', ['85251', '85257'], ['480'], ['N Scottsdale Rd', 'E Camelback Rd']],
    ['Nashville', 'TN', 'Tennessee', ['37203', '37212'], ['615', '629'], ['Belmont Blvd', 'Division St']],
    ['Seattle', 'WA', 'Washington', ['98103', '98115'], ['206'], ['N 45th St', 'Stone Way N']],
    ['Atlanta', 'GA', 'Georgia', ['30306', '30309'], ['404', '470'], ['N Highland Ave', 'Peachtree St NE']],
    ['Charlotte', 'NC', 'North Carolina', ['28203', '28205'], ['704', '980'], ['Park Rd', 'Central Ave']],
    ['Minneapolis', 'MN', 'Minnesota', ['55408', '55405'], ['612'], ['Lyndale Ave S', 'Hennepin Ave']],
    ['Tampa', 'FL', 'Florida', ['33606', '33629'], ['813'], ['Bayshore Blvd', 'S MacDill Ave']],
    ['Boston', 'MA', 'Massachusetts', ['02116', '02130'], ['617', '857'], ['Boylston St', 'Centre St']],
    ['San Diego', 'CA', 'California', ['92103', '92107'], ['619', '858'], ['University Ave', 'Voltaire St']],
    ['Portland', 'OR', 'Oregon', ['97214', '97202'], ['503', '971'], ['SE Hawthorne Blvd', 'SE Milwaukie Ave']]],
  tor: [['Toronto', 'ON', 'Ontario', ['M4C', 'M4E', 'M4K', 'M6H', 'M6K', 'M4L'], ['416', '647', '437'], ['Danforth Ave', 'Queen St E', 'Broadview Ave', 'Dundas St W', 'Roncesvalles Ave', 'Kingston Rd']],
    ['North York', 'ON', 'Ontario', ['M2N', 'M3B', 'M5M'], ['416', '647'], ['Yonge St', 'Sheppard Ave E', 'Avenue Rd']],
    ['Etobicoke', 'ON', 'Ontario', ['M8V', 'M9A', 'M8X'], ['416', '647'], ['Lake Shore Blvd W', 'Bloor St W', 'The Kingsway']]],
  wpg: [['Winnipeg', 'MB', 'Manitoba', ['R3C', 'R3L', 'R2M', 'R3M', 'R2G', 'R3T'], ['204', '431'], ['Portage Ave', 'Corydon Ave', 'Osborne St', 'Henderson Hwy', 'St Mary\'s Rd', 'Pembina Hwy']],
    ['Steinbach', 'MB', 'Manitoba', ['R5G'], ['204'], ['Main St', 'Loewen Blvd']],
    ['Selkirk', 'MB', 'Manitoba', ['R1A'], ['204'], ['Manitoba Ave', 'Main St']]],
  can: [['Vancouver', 'BC', 'British Columbia', ['V6K', 'V5L', 'V5T'], ['604', '778'], ['W 4th Ave', 'Commercial Dr', 'Main St']],
    ['Toronto', 'ON', 'Ontario', ['M4C', 'M6K', 'M5R'], ['416', '647'], ['Danforth Ave', 'Queen St W', 'Avenue Rd']],
    ['Calgary', 'AB', 'Alberta', ['T2S', 'T3A'], ['403', '587'], ['17 Ave SW', '4 St SW']],
    ['Victoria', 'BC', 'British Columbia', ['V8V', 'V8R'], ['250', '778'], ['Cook St', 'Fort St']],
    ['Ottawa', 'ON', 'Ontario', ['K1S', 'K2P'], ['613', '343'], ['Bank St', 'Elgin St']]],
}
const LET = 'ABCEGHJKLMNPRSTVWXYZ'
const MAIL = { us: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com', 'hotmail.com', 'comcast.net'], ca: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'shaw.ca', 'mts.net', 'yahoo.ca', 'icloud.com'] }
const mk = (c, key) => {
  const r = seeded(c, key)
  const ca = ['tor', 'wpg', 'can'].includes(key)
  const female = r() < 0.55
  const first = v.pick(r, female ? FIRST.f : FIRST.m), last = v.pick(r, LAST[ca ? 'ca' : 'us'])
  const [city, st, stName, codes, areas, streets] = v.pick(r, PLACES[key])
  const code = v.pick(r, codes)
  const zip = ca ? `${code} ${v.int(r, 1, 9)}${LET[v.int(r, 0, LET.length - 1)]}${v.int(r, 0, 9)}` : code
  const area = v.pick(r, areas)
  const ex = `${v.int(r, 201, 989)}`, ln = digits(r, 4)
  return {
    female, first, last, full: `${first} ${last}`, city, st, stName, zip, country: ca ? 'CA' : 'US', countryName: ca ? 'Canada' : 'United States',
    street: `${v.int(r, 12, 9890)} ${v.pick(r, streets)}`, unit: v.pick(r, ['', '', '', `Apt ${v.int(r, 1, 30)}`, `Unit ${v.int(r, 101, 1804)}`, '']),
    area, ex, ln, phone: `(${area}) ${ex}-${ln}`, dash: `${area}-${ex}-${ln}`, ten: `${area}${ex}${ln}`, e164: `+1${area}${ex}${ln}`,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[ca ? 'ca' : 'us'])}`,
    birth: Date.UTC(1952 + v.int(r, 0, 50), v.int(r, 0, 11), v.int(r, 1, 28)),
  }
}
const who = (c, key) => keep(`${key}:${c.id}:${c.first}:${c.last}`, () => mk(c, key))

// ---------------------------------------------------------------- firms (fictional)
// [company, domain, industry, employees, revenue, street, city, state/prov, zip/postal, country, area code]
const SC_FIRMS = [
  ['Midwest Cold Storage LLC', 'midwestcoldstorage.com', 'Warehousing', '201-500', '$50M - $100M', '4100 W 76th St', 'Chicago', 'IL', '60652', 'United States', '773'],
  ['Palmetto Building Supply', 'palmettobuilding.com', 'Building Materials', '501-1,000', '$100M - $250M', '2250 Commerce Dr', 'Columbia', 'SC', '29205', 'United States', '803'],
  ['Granite Peak Foods Inc.', 'granitepeakfoods.com', 'Food & Beverages', '1,001-5,000', '$250M - $500M', '800 N Industrial Pkwy', 'Ogden', 'UT', '84404', 'United States', '801'],
  ['Tidewater Marine Parts Co.', 'tidewatermarine.com', 'Wholesale', '51-200', '$10M - $50M', '1520 Bainbridge Blvd', 'Chesapeake', 'VA', '23324', 'United States', '757'],
  ['Lone Star Packaging Group', 'lonestarpkg.com', 'Packaging & Containers', '201-500', '$50M - $100M', '3900 Irving Blvd', 'Dallas', 'TX', '75247', 'United States', '214'],
  ['Keystone Auto Components', 'keystoneautocomp.com', 'Automotive', '1,001-5,000', '$250M - $500M', '600 Industrial Park Rd', 'Hazleton', 'PA', '18202', 'United States', '570'],
  ['Cascade Outdoor Gear Co.', 'cascadeoutdoorgear.com', 'Retail', '501-1,000', '$100M - $250M', '4400 NE Columbia Blvd', 'Portland', 'OR', '97218', 'United States', '503'],
]
const ML_FIRMS = [
  ['Great Lakes Community Credit Union', 'glccu.org', 'Banking', '501-1,000', '$100M - $500M', '2111 Waukegan Rd', 'Bannockburn', 'IL', '60015', 'USA', '847'],
  ['Maple Leaf Home Health Services', 'mapleleafhomehealth.ca', 'Hospital & Health Care', '1,000-4,999', '$100M - $500M', '1 Yonge St, Suite 1801', 'Toronto', 'ON', 'M5E 1E5', 'Canada', '416'],
  ['Prairie Mutual Insurance Co.', 'prairiemutual.com', 'Insurance', '201-500', '$50M - $100M', '700 Locust St', 'Des Moines', 'IA', '50309', 'USA', '515'],
  ['Fraser River Logistics Inc.', 'fraserriverlogistics.ca', 'Transportation/Trucking/Railroad', '201-500', '$50M - $100M', '13511 Vulcan Way', 'Richmond', 'BC', 'V6V 1K4', 'Canada', '604'],
  ['Blue Ridge Orthopaedic Associates', 'blueridgeortho.com', 'Medical Practice', '201-500', '$10M - $50M', '1605 Lake Boone Trl', 'Raleigh', 'NC', '27608', 'USA', '919'],
  ['Hudson Precision Machining', 'hudsonprecision.com', 'Machinery', '51-200', '$10M - $50M', '95 Old Post Rd', 'Kingston', 'NY', '12401', 'USA', '845'],
  ['Red River Valley School Division', 'rrvsd.ca', 'Primary/Secondary Education', '1,000-4,999', '$100M - $500M', '233 Hespeler Ave', 'Winnipeg', 'MB', 'R2L 0L6', 'Canada', '204'],
]
const WM_FIRMS = [
  ['Harborview Senior Living', 'harborviewseniorliving.com', 'Hospital & Health Care', '501-1000', '$50M-$100M', 'Quincy', 'MA', 'United States'],
  ['Brightline Staffing Partners', 'brightlinestaffing.com', 'Staffing & Recruiting', '201-500', '$25M-$50M', 'Providence', 'RI', 'United States'],
  ['Summit Peak Hospitality Group', 'summitpeakhospitality.com', 'Hospitality', '1001-5000', '$100M-$250M', 'Denver', 'CO', 'United States'],
  ['Northwind Credit Union', 'northwindcu.org', 'Financial Services', '201-500', '$25M-$50M', 'Manchester', 'NH', 'United States'],
  ['Great Plains Veterinary Partners', 'greatplainsvet.com', 'Veterinary', '501-1000', '$50M-$100M', 'Omaha', 'NE', 'United States'],
  ['Coastal Carolina Dental Group', 'coastalcarolinadental.com', 'Medical Practice', '201-500', '$25M-$50M', 'Wilmington', 'NC', 'United States'],
  ['Lakeshore Manufacturing Co.', 'lakeshoremfg.com', 'Industrial Machinery', '501-1000', '$100M-$250M', 'Sheboygan', 'WI', 'United States'],
]
const scFirm = (c) => row(SC_FIRMS, n(c) >> 1)
const mlFirm = (c) => row(ML_FIRMS, n(c) >> 1)
const wmFirm = (c) => row(WM_FIRMS, n(c) >> 1)
const b2bPerson = (c, key) => who(c, key)
const emailAt = (p, dom, style) => `${style === 1 ? `${slug(p.first)[0]}${slug(p.last)}` : style === 2 ? slug(p.first) : `${slug(p.first)}.${slug(p.last)}`}@${dom}`

// ---------------------------------------------------------------- 1. Datadog RUM events (E, analytics)
const ddType = (o) => (n(o) % 10 < 6 ? 'view' : n(o) % 10 < 9 ? 'action' : 'error')
const DD_VIEWS = [['/', 'https://www.supperbox.com/'], ['/menu/:week', 'https://www.supperbox.com/menu/2024-w20'], ['/recipes/:slug', 'https://www.supperbox.com/recipes/chipotle-chicken-tacos'], ['/account/deliveries', 'https://www.supperbox.com/account/deliveries'], ['/checkout', 'https://www.supperbox.com/checkout'], ['/plans', 'https://www.supperbox.com/plans']]
const DD_ACTIONS = [['click', 'Add to box'], ['click', 'Skip this week'], ['click', 'Continue to payment'], ['custom', 'promo_code_applied'], ['click', 'Choose meals'], ['tap', 'Swap recipe']]
const DD_DEV = [
  ['Desktop', '', '', 'Chrome', '124.0.0', 'Windows', '10', 1536, 730], ['Mobile', 'Apple', 'iPhone', 'Mobile Safari', '17.4', 'iOS', '17.4.1', 390, 664],
  ['Desktop', 'Apple', 'Mac', 'Safari', '17.4', 'Mac OS X', '10.15.7', 1440, 789], ['Mobile', 'Samsung', 'Galaxy S23', 'Chrome Mobile', '124.0.6367', 'Android', '14', 360, 668],
  ['Tablet', 'Apple', 'iPad', 'Mobile Safari', '17.3', 'iOS', '17.3.1', 820, 1040], ['Desktop', '', '', 'Edge', '124.0.2478', 'Windows', '10', 1920, 945],
  ['Mobile', 'Google', 'Pixel 8', 'Chrome Mobile', '123.0.6312', 'Android', '14', 412, 755],
]
const ddDev = (c) => row(DD_DEV, n(c) >> 1)
const ddUsr = (c) => n(c) % 5 !== 0
const ddAt = (o) => Date.UTC(2024, 4, 6, 4) + (o.at % (7 * day)) // the explorer's last-7-days window
const ddGeo = (c) => (n(c) % 7 === 0 ? who(c, 'can') : who(c, n(c) % 3 ? 'chi' : 'usa'))

// ---------------------------------------------------------------- 2. BluePay transactions (E, payments)
const BP_SVC = [['Weekly Mowing - April', 169.0], ['Spring Cleanup', 285.0], ['Snow Removal Seasonal Contract - Installment 2 of 4', 325.0], ['Core Aeration & Overseeding', 210.0], ['Fertilization Program - Round 3', 79.0], ['Mulch Installation (6 yds)', 462.5]]
const bpAch = (o) => n(o) % 4 === 3
const bpType = (o) => (n(o) % 10 === 0 ? 'REFUND' : n(o) % 10 === 5 && !bpAch(o) ? 'AUTH' : 'SALE')
const bpDeclined = (o) => !bpAch(o) && n(o) % 10 === 7
const bpRebill = (o) => n(o) % 5 === 2
const bpCard = (o) => (bpAch(o) ? '' : row(['VISA', 'MC', 'VISA', 'AMEX', 'DISC', 'MC'], n(o) >> 2))
const bpAt = (o) => open(o.at, -6, 7, 14)

// ---------------------------------------------------------------- 3. Vimeo OTT transactions (E, subscriptions)
// [product_id, product_name (blank for the subscription), purchase_type, amount USD, plan]
const OTT = [[30211, '', 'subscription', 14.99, 'monthly'], [30211, '', 'subscription', 149.99, 'yearly'], [31877, 'Yoga for Back Pain: 21-Day Series', 'purchase', 39.0, ''], [30211, '', 'subscription', 14.99, 'monthly'], [32040, 'Prenatal Pilates Masterclass', 'rental', 6.99, ''], [30211, '', 'subscription', 14.99, 'monthly']]
const ott = (o) => row(OTT, n(o))
const ottCa = (c) => n(c) % 3 === 0
const ottViewer = (c) => (ottCa(c) ? who(c, 'can') : who(c, 'usa'))
const ottTax = (c, o) => (ottCa(c) ? ott(o)[3] * 0.05 : 0)
const ottFee = (o) => (ott(o)[2] === 'subscription' ? (ott(o)[4] === 'yearly' ? 12 : 1) : ott(o)[3] * 0.1)
const FX = 1.36
const ottPromo = (o) => ott(o)[2] === 'subscription' && n(o) % 7 === 1
const ottCoupon = (o) => ott(o)[2] !== 'subscription' && n(o) % 4 === 2
const ottPlatform = (o) => row(['web', 'web', 'ios', 'web', 'roku', 'android', 'web', 'tvos'], n(o) >> 1)

// ---------------------------------------------------------------- 4. Goldbelly order lines (E, marketplace)
const GB_ITEMS = [['LDD-4PK-CHS', 'Deep Dish Pizza - 4 Pack', 'Cheese', 109.0], ['LDD-4PK-SAU', 'Deep Dish Pizza - 4 Pack', 'Sausage', 119.0], ['LDD-2PK-MIX', 'Deep Dish Pizza - 2 Pack', 'Pepperoni & Spinach', 79.0], ['LDD-6PK-VAR', 'Deep Dish Variety Pack - 6 Pizzas', "Chef's Choice", 169.0], ['LDD-ITB-8', 'Italian Beef Sandwich Kit for 8', 'Hot Giardiniera', 99.0], ['LDD-TIR-TRY', 'Tiramisu Tray', 'Serves 8', 59.0]]
const gbItem = (o) => row(GB_ITEMS, n(o))
const gbQty = (o) => (o.qty > 2 ? 1 : o.qty)
const gbStatus = (o) => row(['Delivered', 'Shipped', 'Delivered', 'Pending', 'Delivered', 'Canceled', 'Shipped', 'Delivered'], n(o))
const gbShipM = (o) => (gbItem(o)[0] === 'LDD-TIR-TRY' || n(o) % 3 === 0 ? 'Overnight' : '2-Day')
const gbShipAt = (o) => o.at + (2 + (n(o) % 5)) * day
const gbGift = (c, o) => n(o) % 3 !== 1
const gbTo = (c, o) => (gbGift(c, o) ? who({ id: String(n(c) + 7), first: c.last, last: c.first }, 'usa') : who(c, 'usa'))

// ---------------------------------------------------------------- 5. Launch27 bookings (E, booking)
const L27_SVC = [['Standard Cleaning', 0], ['Deep Cleaning', 90], ['Move In/Move Out Cleaning', 140], ['Standard Cleaning', 0]]
const L27_SIZE = [['1 Bedroom, 1 Bathroom', 129], ['2 Bedrooms, 1 Bathroom', 149], ['2 Bedrooms, 2 Bathrooms', 169], ['3 Bedrooms, 2 Bathrooms', 199], ['4 Bedrooms, 3 Bathrooms', 249]]
const L27_EXTRA = [[], ['Inside Fridge'], ['Inside Oven', 'Inside Fridge'], [], ['Interior Windows'], ['Laundry (1 load)'], []]
const L27_EXTRA_P = { 'Inside Fridge': 35, 'Inside Oven': 35, 'Interior Windows': 40, 'Laundry (1 load)': 25 }
const l27Svc = (o) => row(L27_SVC, n(o))
const l27Freq = (o) => (l27Svc(o)[0] === 'Standard Cleaning' ? row(['Every Other Week', 'Weekly', 'One Time', 'Monthly', 'Every Other Week'], n(o) >> 2) : 'One Time')
const FREQ_OFF = { Weekly: 0.15, 'Every Other Week': 0.1, Monthly: 0.05, 'One Time': 0 }
const l27Size = (c) => row(L27_SIZE, n(c))
const l27Extras = (o) => row(L27_EXTRA, n(o) >> 1)
const l27Sub = (c, o) => l27Size(c)[1] + l27Svc(o)[1] + l27Extras(o).reduce((s, x) => s + L27_EXTRA_P[x], 0)
const l27Code = (o) => (n(o) % 6 === 1 ? 'SPRING20' : '')
const l27Disc = (c, o) => l27Sub(c, o) * FREQ_OFF[l27Freq(o)] + (l27Code(o) ? 20 : 0)
const l27Tax = (c, o) => (l27Sub(c, o) - l27Disc(c, o)) * 0.13
const l27Tip = (o) => (n(o) % 4 === 0 ? row([10, 15, 20], n(o) >> 2) : 0)
const l27Status = (o) => row(['Completed', 'Active', 'Completed', 'Completed', 'Cancelled', 'Active', 'Completed'], n(o))
const l27At = (o) => open(o.at, -5, 7, 15)
const l27Service = (o) => { const p = et(l27At(o) + (3 + (n(o) % 12)) * day); return p }

// ---------------------------------------------------------------- 6. GoTab tabs (E, pos)
const gtGuests = (o) => row([2, 1, 4, 2, 3, 6, 2, 1], n(o))
const gtSource = (o) => row(['QR Code', 'QR Code', 'Server', 'QR Code', 'Online Pickup', 'Server', 'QR Code', 'Bar'], n(o) >> 1)
const gtSub = (o) => Math.round((gtGuests(o) * 21.5 + (n(o) % 9) * 3.25) * 100) / 100
const gtDisc = (o) => (n(o) % 7 === 3 ? Math.round(gtSub(o) * 0.2 * 100) / 100 : 0)
const gtSvc = (o) => (gtGuests(o) >= 6 ? (gtSub(o) - gtDisc(o)) * 0.18 : 0)
const gtTax = (o) => (gtSub(o) - gtDisc(o)) * 0.0881
const gtTip = (o) => (gtSource(o) === 'Online Pickup' || gtGuests(o) >= 6 ? 0 : (gtSub(o) - gtDisc(o)) * row([0.2, 0.18, 0.22, 0.2, 0.15], n(o) >> 2))
const gtTotal = (o) => gtSub(o) - gtDisc(o) + gtSvc(o) + gtTax(o) + gtTip(o)
const gtPay = (o) => { const p = row(['Visa', 'Apple Pay', 'Mastercard', 'Visa', 'Amex', 'Google Pay', 'Cash', 'Visa'], n(o) >> 2); return p === 'Cash' && gtSource(o) !== 'Server' && gtSource(o) !== 'Bar' ? 'Visa' : p }
const gtZone = (o) => (gtSource(o) === 'Online Pickup' ? 'Takeout' : gtSource(o) === 'Bar' ? 'Taproom' : row(['Patio', 'Taproom', 'Beer Hall', 'Patio'], n(o)))
const gtVoid = (o) => n(o) % 17 === 5
const gtRefund = (o) => (!gtVoid(o) && n(o) % 11 === 4 ? 9 : 0)
const gtAt = (o) => open(o.at, -7, 11, 11)

// ---------------------------------------------------------------- 7-9. people
const tmStudio = (c) => row(['Irvine - Spectrum', 'Costa Mesa', 'Newport Beach', 'Huntington Beach'], n(c) >> 1)
const tmOut = (c) => n(c) % 9 === 4
const etFormat = (c) => (n(c) % 6 === 2 ? 'Family' : 'Individual')
const etGifts = (c) => 1 + (n(c) % 23)
const etLast = (c) => row([25, 50, 100, 35, 250, 20, 500, 75], n(c) >> 1)
const etMax = (c) => (etGifts(c) === 1 ? etLast(c) : etLast(c) * (1 + (n(c) % 3)))
const etTotal = (c) => (etGifts(c) === 1 ? etLast(c) : etMax(c) + etLast(c) * (etGifts(c) - 1))
const etSpouse = (c) => who({ id: String(n(c) + 1), first: 'x', last: 'y' }, 'oh').first
const etTitle = (c) => (n(c) % 4 === 1 || etFormat(c) === 'Family' ? '' : who(c, 'oh').female ? row(['Ms.', 'Mrs.', 'Dr.'], n(c)) : row(['Mr.', 'Mr.', 'Dr.'], n(c)))
const etCounty = (c) => (who(c, 'oh').zip === '43082' ? 'Delaware' : 'Franklin')
const gcType = (c) => (n(c) % 9 === 5 ? 'Organization' : 'Individual')
const GC_ORGS = ['Red River Co-op', 'Assiniboine Dental Centre', 'Prairie Sky Credit Union', 'Exchange District Rotary Club']
const gcLife = (c) => [35, 120, 480, 60, 1250, 25, 300, 2400][n(c) % 8] * (1 + (n(c) % 3))

export const SETS = [
  // ---------------------------------------------------------------- 1. US product analytics: RUM events (E)
  { name: 'datadog-rum-explorer-events-export', product: 'Datadog Real User Monitoring (RUM Explorer: query @type:(view OR action OR error) in list view with facet columns added > Download as CSV, one row per RUM event, the facet paths as column names, a Chicago meal-kit company\'s web app with US and Canadian customers)', family: 'analytics', language: 'en', schema: E, cols: [
    ['date', (c, o) => isoZ(ddAt(o)), ['timestamp']],
    ['service', () => 'supperbox-web', []],
    ['env', () => 'prod', []],
    ['version', (c, o) => (ddAt(o) < Date.UTC(2024, 4, 9, 14) ? '2024.18.0' : '2024.18.1'), []],
    ['@type', (c, o) => ddType(o), ['eventType'], opt],
    ['@session.id', (c) => v.uuid(v.rng(n(c) * 7 + 3)), []],
    ['@view.name', (c, o) => row(DD_VIEWS, n(o) >> 1)[0], ['web.webPageDetails.name']],
    ['@view.url', (c, o) => row(DD_VIEWS, n(o) >> 1)[1], ['web.webPageDetails.URL']],
    ['@view.referrer', (c, o) => row(['https://www.google.com/', '', 'https://www.supperbox.com/', 'https://l.instagram.com/', 'https://www.supperbox.com/menu/2024-w20'], n(o)), ['web.webReferrer.URL']],
    ['@view.loading_time', (c, o) => (ddType(o) === 'view' ? String((800 + (n(o) * 37) % 2600) * 1000000) : ''), []],
    ['@view.time_spent', (c, o) => (ddType(o) === 'view' ? String((4 + (n(o) * 13) % 240) * 1000000000) : ''), [], opt],
    ['@action.type', (c, o) => (ddType(o) === 'action' ? row(DD_ACTIONS, n(o))[0] : ''), ['web.webInteraction.type'], opt],
    ['@action.target.name', (c, o) => (ddType(o) === 'action' ? row(DD_ACTIONS, n(o))[1] : ''), ['web.webInteraction.name']],
    ['@error.message', (c, o) => (ddType(o) === 'error' ? row(['TypeError: Cannot read properties of undefined (reading \'price\')', 'Script error.', 'Failed to fetch'], n(o) >> 1) : ''), []],
    ['@usr.id', (c) => (ddUsr(c) ? `u_${(n(c) * 7919).toString(36)}` : ''), CUST_ID],
    ['@usr.email', (c) => (ddUsr(c) ? ddGeo(c).email : ''), EMAIL_ID],
    ['@usr.name', (c) => (ddUsr(c) ? ddGeo(c).full : ''), []],
    ['@usr.plan', (c) => (ddUsr(c) ? row(['2 people · 3 meals', '4 people · 4 meals', '2 people · 4 meals', 'paused'], n(c) >> 2) : ''), []],
    ['@geo.country_iso_code', (c) => ddGeo(c).country, [GEO('countryCode')]],
    ['@geo.country_subdivision', (c) => ddGeo(c).stName, [GEO('stateProvince')]],
    ['@geo.city', (c) => ddGeo(c).city, [GEO('city')]],
    ['@device.type', (c) => ddDev(c)[0], ['device.type']],
    ['@device.brand', (c) => ddDev(c)[1], ['device.manufacturer']],
    ['@device.model', (c) => ddDev(c)[2], ['device.model']],
    ['@browser.name', (c) => ddDev(c)[3], ['environment.browserDetails.name']],
    ['@browser.version', (c) => ddDev(c)[4], ['environment.browserDetails.version']],
    ['@os.name', (c) => ddDev(c)[5], ['environment.operatingSystem']],
    ['@os.version', (c) => ddDev(c)[6], ['environment.operatingSystemVersion']],
    ['@display.viewport.width', (c) => String(ddDev(c)[7]), ['environment.browserDetails.viewportWidth', 'environment.viewportWidth']],
    ['@display.viewport.height', (c) => String(ddDev(c)[8]), ['environment.browserDetails.viewportHeight', 'environment.viewportHeight']],
  ] },
  // ---------------------------------------------------------------- 2. US payment gateway: transactions (E)
  { name: 'bluepay-transaction-report-export', product: 'BluePay Gateway (BluePay Manager > Reporting > Transaction Search > Export, the bpdailyreport2 column names, one row per gateway transaction, a Naperville, IL lawn-care and snow-removal company charging homeowners\' cards and checking accounts; times US Central)', family: 'payments', language: 'en', schema: E, cols: [
    ['id', (c, o) => String(100700000000 + n(o) * 4093), ['_id', OR('payments[0].transactionID')]],
    ['payment_type', (c, o) => (bpAch(o) ? 'ACH' : 'CREDIT'), [OR('payments[0].paymentType')]],
    ['trans_type', (c, o) => bpType(o), []],
    ['amount', (c, o) => two(row(BP_SVC, n(c))[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['card_type', (c, o) => bpCard(o), [OR('payments[0].paymentType')], opt],
    ['payment_account', (c, o) => (bpAch(o) ? `C:xxxxx${pad((n(c) * 31) % 10000, 4)}` : `xxxxxxxxxxxx${pad((n(c) * 17) % 10000, 4)}`), []],
    ['card_expire', (c, o) => (bpAch(o) ? '' : `${pad(1 + (n(c) % 12))}${26 + (n(c) % 4)}`), []],
    ['order_id', (c, o) => `SVC-${pad(24000 + (n(o) % 9000), 5)}`, [OR('purchaseID')]],
    ['invoice_id', (c, o) => (bpRebill(o) ? '' : String(5100 + (n(o) % 4000))), [OR('purchaseID')], opt],
    ['custom_id', (c) => `C-${1000 + (n(c) % 3000)}`, CUST_ID, opt],
    ['custom_id2', (c, o) => row(['Customer Portal', 'Office', 'Customer Portal', 'Crew Tablet'], n(o) >> 1), []],
    ['master_id', (c, o) => (bpType(o) === 'REFUND' ? String(100700000000 + (n(o) - 3) * 4093) : ''), [], opt],
    ['status', (c, o) => (bpDeclined(o) ? '0' : '1'), []],
    ['message', (c, o) => (bpDeclined(o) ? 'DECLINED' : bpType(o) === 'REFUND' ? 'Approved Refund' : bpType(o) === 'AUTH' ? 'Approved Auth' : 'Approved Sale'), []],
    ['origin', (c, o) => (bpRebill(o) ? 'REBILL' : row(['bp10emu', 'BPMGR', 'bp20post'], n(o) >> 1)), []],
    ['issue_date', (c, o) => { const p = ct(bpAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['settle_date', (c, o) => (bpDeclined(o) || bpType(o) === 'AUTH' ? '' : ymd(ct(bpAt(o) + day))), [], opt],
    ['rebilling_id', (c, o) => (bpRebill(o) ? String(100100000000 + (n(c) * 53) % 900000) : ''), []],
    ['name1', (c) => who(c, 'chi').first, []],
    ['name2', (c) => who(c, 'chi').last, []],
    ['company_name', (c) => (n(c) % 8 === 0 ? 'Fox Valley Townhome Assn' : ''), []],
    ['addr1', (c) => who(c, 'chi').street, [BILL('street1')]],
    ['addr2', (c) => who(c, 'chi').unit, [BILL('street2')]],
    ['city', (c) => who(c, 'chi').city, [BILL('city')]],
    ['state', (c) => who(c, 'chi').st, [BILL('stateProvince'), BILL('state')]],
    ['zip', (c) => who(c, 'chi').zip, [BILL('postalCode')]],
    ['country', () => 'USA', [BILL('country')], opt],
    ['phone', (c) => who(c, 'chi').ten, PHONE_ID, opt],
    ['email', (c) => who(c, 'chi').email, EMAIL_ID],
    ['auth_code', (c, o, r) => (bpDeclined(o) || bpAch(o) ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['avs_result', (c, o) => (bpAch(o) ? '' : row(['Y', 'Z', 'Y', 'A', 'N'], n(c))), []],
    ['cvv2_result', (c, o) => (bpAch(o) || bpRebill(o) ? '' : row(['M', 'M', 'N', 'P'], n(c))), []],
    ['memo', (c) => row(BP_SVC, n(c))[0], [], opt],
  ] },
  // ---------------------------------------------------------------- 3. US/CA video subscriptions: transactions (E)
  { name: 'vimeo-ott-transactions-csv', product: 'Vimeo OTT (Customers > Export transactions CSV, one row per purchase, rental or subscription charge, a Vancouver online yoga and pilates channel selling a monthly/yearly subscription plus series and rentals; prices in USD, transacted_* in the viewer\'s currency, created_at in UTC)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['id', (c, o) => String(4410000 + n(o) * 13), ['_id', OR('payments[0].transactionID')]],
    ['product_id', (c, o) => String(ott(o)[0]), [PL('_id'), PL('SKU')], opt],
    ['product_name', (c, o) => ott(o)[1], [PL('name')]],
    ['purchase_type', (c, o) => ott(o)[2], [], opt],
    ['site_id', () => '22870', []],
    ['site_title', () => 'Kits Flow Studio On Demand', []],
    ['amount', (c, o) => two(ott(o)[3]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['amount_cents', (c, o) => cents(ott(o)[3]), [], opt],
    ['amount_currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['tax_amount', (c, o) => two(ottTax(c, o)), [OR('taxAmount')]],
    ['tax_amount_cents', (c, o) => cents(ottTax(c, o)), [], opt],
    ['vhx_fee', (c, o) => two(ottFee(o)), []],
    ['vhx_fee_cents', (c, o) => cents(ottFee(o)), []],
    ['transacted_amount', (c, o) => two(ott(o)[3] * (ottCa(c) ? FX : 1)), [], opt],
    ['transacted_amount_cents', (c, o) => cents(ott(o)[3] * (ottCa(c) ? FX : 1)), []],
    ['transacted_vhx_fee', (c, o) => two(ottFee(o) * (ottCa(c) ? FX : 1)), []],
    ['transacted_vhx_fee_cents', (c, o) => cents(ottFee(o) * (ottCa(c) ? FX : 1)), []],
    ['units', (c, o) => (ott(o)[2] === 'subscription' && n(o) % 3 ? '2' : '1'), [], opt],
    ['gift_emails', (c, o) => (ott(o)[2] === 'purchase' && n(o) % 2 ? `${slug(ottViewer(c).first)}.gift@gmail.com` : ''), []],
    ['coupon_code_id', (c, o) => (ottCoupon(o) ? '30689' : ''), [], opt],
    ['promotion_id', (c, o) => (ottPromo(o) ? '7938' : ''), [], opt],
    ['promotion_code', (c, o) => (ottPromo(o) ? 'NEWYEARFLOW' : ottCoupon(o) ? 'BACKCARE10' : ''), ['commerce.promotionID']],
    ['customer_id', (c) => String(61000000 + (n(c) * 97) % 9000000), CUST_ID],
    ['email', (c) => ottViewer(c).email, EMAIL_ID],
    ['platform', (c, o) => ottPlatform(o), [], opt],
    ['transacted_currency', (c) => (ottCa(c) ? 'CAD' : 'USD'), [], opt],
    ['postal_code', (c, o) => (ottPlatform(o) === 'web' ? ottViewer(c).zip : ''), [BILL('postalCode')], opt],
    ['created_at', (c, o) => { const p = v.parts(o.at); return `${ymd(p)} ${hms(p)} UTC` }, ['timestamp', OR('createdDate')]],
  ] },
  // ---------------------------------------------------------------- 4. US food marketplace: merchant order lines (E)
  { name: 'goldbelly-merchant-orders-export', product: 'Goldbelly (Merchant Portal > Orders > Export CSV, one row per order line with the ship-to recipient, a Chicago deep-dish pizzeria shipping frozen pizzas and kits nationwide; order dates US Eastern)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(5200000 + n(o) * 7), [OR('purchaseID')]],
    ['Order Date', (c, o) => usDT(et(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => gbStatus(o), []],
    ['Ship Date', (c, o) => (gbStatus(o) === 'Canceled' ? '' : mdy(et(gbShipAt(o)))), ['commerce.shipping.shipDate']],
    ['Delivery Date', (c, o) => (gbStatus(o) === 'Canceled' ? '' : mdy(et(gbShipAt(o) + (gbShipM(o) === 'Overnight' ? 1 : 2) * day))), [], opt],
    ['SKU', (c, o) => gbItem(o)[0], [PL('SKU')]],
    ['Product', (c, o) => gbItem(o)[1], [PL('name')]],
    ['Variant', (c, o) => gbItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(gbQty(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => two(gbItem(o)[3]), [], opt],
    ['Line Total', (c, o) => two(gbItem(o)[3] * gbQty(o)), [PL('priceTotal')]],
    ['Merchant Payout', (c, o) => two(gbStatus(o) === 'Canceled' ? 0 : gbItem(o)[3] * gbQty(o) * 0.72), []],
    ['Recipient Name', (c, o) => gbTo(c, o).full, []],
    ['Recipient Company', (c, o) => (n(o) % 9 === 2 ? 'Brightline Staffing Partners' : ''), []],
    ['Address 1', (c, o) => gbTo(c, o).street, [SHIP('street1')]],
    ['Address 2', (c, o) => gbTo(c, o).unit, [SHIP('street2')]],
    ['City', (c, o) => gbTo(c, o).city, [SHIP('city')]],
    ['State', (c, o) => gbTo(c, o).st, SHIP_STATE],
    ['Zip', (c, o) => gbTo(c, o).zip, [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Recipient Phone', (c, o) => gbTo(c, o).phone, [], opt],
    ['Gift', (c, o) => (gbGift(c, o) ? 'Yes' : 'No'), []],
    ['Gift Message', (c, o) => (gbGift(c, o) ? row(['Happy birthday! A taste of home from Chicago.', 'Congrats on the new house!', 'Thinking of you - enjoy!', 'Merry Christmas from the Millers'], n(o) >> 1) : ''), []],
    ['Gift From', (c, o) => (gbGift(c, o) ? who(c, 'usa').full : ''), []],
    ['Shipping Method', (c, o) => gbShipM(o), ['commerce.shipping.shippingMethod']],
    ['Carrier', (c, o) => (['Shipped', 'Delivered'].includes(gbStatus(o)) ? (n(o) % 2 ? 'UPS' : 'FedEx') : ''), []],
    ['Tracking Number', (c, o, r) => (['Shipped', 'Delivered'].includes(gbStatus(o)) ? (n(o) % 2 ? `1Z${v.alnum(r, 6).toUpperCase()}${digits(r, 10)}` : digits(r, 12)) : ''), ['commerce.shipping.trackingNumber']],
    ['Special Instructions', (c, o) => row(['', '', 'Leave at back door', '', 'Deliver by Friday for party'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- 5. Toronto home cleaning: bookings (E)
  { name: 'launch27-bookings-export-ca', product: 'Launch27 (Bookings > Active Bookings > date range > Export CSV, one row per booking, a Toronto home-cleaning company with one-time and recurring maid service; CAD with 13% HST, times Eastern)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(88000 + n(o) % 12000), ['_id', OR('purchaseID')]],
    ['Created At', (c, o) => usDT(et(l27At(o))), ['timestamp', OR('createdDate')]],
    ['Service Date', (c, o) => mdy(l27Service(o)), [], opt],
    ['Service Time', (c, o) => row(['8:00 AM', '9:00 AM', '10:30 AM', '1:00 PM', '2:30 PM'], n(o) >> 1), []],
    ['Customer ID', (c) => String(5000 + n(c) % 4000), CUST_ID, opt],
    ['First Name', (c) => who(c, 'tor').first, []],
    ['Last Name', (c) => who(c, 'tor').last, []],
    ['Email', (c) => who(c, 'tor').email, EMAIL_ID],
    ['Phone', (c) => who(c, 'tor').phone, PHONE_ID, opt],
    ['Address', (c) => who(c, 'tor').street, [SHIP('street1')], opt],
    ['Apt/Suite', (c) => who(c, 'tor').unit, [SHIP('street2')], opt],
    ['City', (c) => who(c, 'tor').city, [SHIP('city'), GEO('city')]],
    ['Province', (c) => who(c, 'tor').st, [...SHIP_STATE, GEO('stateProvince')], opt],
    ['Postal Code', (c) => who(c, 'tor').zip, [SHIP('postalCode'), GEO('postalCode')]],
    ['Service', (c, o) => l27Svc(o)[0], [PL('name')]],
    ['Pricing Parameters', (c) => l27Size(c)[0], [PL('selectedOptions[0].value')], opt],
    ['Extras', (c, o) => l27Extras(o).join(', '), []],
    ['Frequency', (c, o) => l27Freq(o), []],
    ['Team', (c, o) => (l27Status(o) === 'Cancelled' ? '' : row(['Team Maria & Luz', 'Team Olena', 'Team Grace & Joy', 'Team Maria & Luz'], n(o) >> 1)), []],
    ['Sub Total', (c, o) => two(l27Sub(c, o)), [], opt],
    ['Discount Code', (c, o) => l27Code(o), ['commerce.promotionID']],
    ['Discount', (c, o) => two(l27Disc(c, o)), [OR('discountAmount')]],
    ['Tax', (c, o) => two(l27Tax(c, o)), [OR('taxAmount')]],
    ['Tip', (c, o) => two(l27Tip(o)), []],
    ['Final Amount', (c, o) => two(l27Sub(c, o) - l27Disc(c, o) + l27Tax(c, o) + l27Tip(o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Credit Card', 'Credit Card', 'Credit Card', 'E-Transfer', 'Cash'], n(c)), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => l27Status(o), []],
    ['Customer Notes', (c, o) => row(['', 'Key under the mat', '', 'Please use unscented products', '', 'Cat is friendly - keep door closed'], n(o)), []],
    ['Staff Notes', (c, o) => row(['', '', 'Parking in laneway', 'Buzzer 1402', ''], n(o) >> 1), []],
  ] },
  // ---------------------------------------------------------------- 6. Denver QR-ordering POS: tabs (E)
  { name: 'gotab-tabs-sales-export', product: 'GoTab (Manager > Reports > Sales > Tabs > Export CSV, one row per tab, a Denver brewery taproom and kitchen where guests order by QR code or through a server; 8.81% Denver sales tax, times Mountain)', family: 'pos', language: 'en', schema: E, cols: [
    ['Tab ID', (c, o, r) => `${v.alnum(r, 6).toUpperCase()}`, ['_id', OR('purchaseID')]],
    ['Tab Name', (c, o) => (gtSource(o) === 'Server' ? `Table ${1 + (n(o) % 24)}` : who(c, 'den').first), []],
    ['Opened', (c, o) => usDT(mt(gtAt(o))), ['timestamp', OR('createdDate')]],
    ['Closed', (c, o) => usDT(mt(gtAt(o) + (35 + (n(o) % 90)) * 60000)), [], opt],
    ['Location', () => 'River North Taproom', ['commerce.commerceScope.storeCode'], opt],
    ['Zone', (c, o) => gtZone(o), []],
    ['Spot', (c, o) => (gtZone(o) === 'Takeout' ? 'Pickup Window' : gtSource(o) === 'Bar' ? `Bar Seat ${1 + (n(o) % 14)}` : `${({ Patio: 'P', Taproom: 'T', 'Beer Hall': 'H' })[gtZone(o)]}${1 + (n(o) % 24)}`), []],
    ['Order Source', (c, o) => gtSource(o), []],
    ['Server', (c, o) => (['Server', 'Bar'].includes(gtSource(o)) ? row(['Kayla M.', 'Diego R.', 'Sam T.'], n(o)) : ''), []],
    ['Guests', (c, o) => String(gtGuests(o)), []],
    ['Guest Name', (c) => who(c, 'den').full, []],
    ['Guest Phone', (c) => who(c, 'den').phone, PHONE_ID],
    ['Guest Email', (c, o) => (n(o) % 3 ? who(c, 'den').email : ''), EMAIL_ID],
    ['Items', (c, o) => String(gtGuests(o) * 2 + (n(o) % 3)), []],
    ['Subtotal', (c, o) => two(gtSub(o)), [], opt],
    ['Discounts', (c, o) => two(gtDisc(o)), [OR('discountAmount')]],
    ['Service Charge', (c, o) => two(gtSvc(o)), []],
    ['Tax', (c, o) => two(gtTax(o)), [OR('taxAmount')]],
    ['Tip', (c, o) => two(gtTip(o)), []],
    ['Total', (c, o) => two(gtTotal(o)), [OR('priceTotal')]],
    ['Refunds', (c, o) => two(gtRefund(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Payment Method', (c, o) => gtPay(o), [OR('payments[0].paymentType')]],
    ['Card Last 4', (c, o) => (gtPay(o) === 'Cash' ? '' : pad((n(c) * 29) % 10000, 4)), []],
    ['Status', (c, o) => (gtVoid(o) ? 'Voided' : 'Closed'), []],
  ] },
  // ---------------------------------------------------------------- 7. SoCal SMS marketing: contacts (P)
  { name: 'textmunication-contacts-export', product: 'Textmunication (SMS marketing; Contacts > select all > Export contacts (CSV), one row per contact, a Southern California boutique-fitness studio chain\'s text club joined by keyword, web form and MINDBODY sync; times Pacific)', family: 'sms', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(7300000 + n(c) * 3), ['_id', 'personID']],
    ['Phone Number', (c) => who(c, 'socal').ten, ['mobilePhone.number']],
    ['First Name', (c) => who(c, 'socal').first, ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 6 === 0 ? '' : who(c, 'socal').last), ['person.name.lastName']],
    ['Email', (c) => (n(c) % 4 === 0 ? '' : who(c, 'socal').email), ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 3 === 0 ? '' : (() => { const p = v.parts(who(c, 'socal').birth); return `${pad(p.m)}/${pad(p.d)}` })()), ['person.birthDayAndMonth']],
    ['Gender', (c) => (n(c) % 5 === 0 ? '' : who(c, 'socal').female ? 'Female' : 'Male'), ['person.gender']],
    ['Zip Code', (c) => who(c, 'socal').zip, at(HOME, 'postalCode')],
    ['Groups', (c) => row(['All Members', 'All Members;Intro Offer', 'Leads', 'All Members;Hot Yoga', 'Leads;Intro Offer'], n(c)), []],
    ['Location', (c) => tmStudio(c), []],
    ['Keyword', (c) => row(['SWEAT', '', 'FIRSTCLASS', 'SWEAT', ''], n(c)), []],
    ['Opt-In Source', (c) => row(['Keyword', 'MINDBODY Sync', 'Web Form', 'Keyword', 'Import', 'Tablet Sign-Up'], n(c)), []],
    ['Opt-In Date', (c) => usDT(pt(open(c.created, -8, 7, 15))), [], opt],
    ['Status', (c) => (tmOut(c) ? 'Opted Out' : 'Subscribed'), []],
    ['Opt-Out Date', (c) => (tmOut(c) ? usDT(pt(open(later(c), -8, 7, 15))) : ''), []],
    ['Carrier', (c) => row(['Verizon Wireless', 'T-Mobile', 'AT&T Wireless', 'Verizon Wireless', 'Cricket'], n(c) >> 1), []],
    ['Client ID (MINDBODY)', (c) => (n(c) % 3 ? String(100000 + (n(c) % 90000)) : ''), [], opt],
    ['Membership', (c) => row(['Unlimited Monthly', '10-Class Pack', 'Intro 2 Weeks', 'Unlimited Monthly', '', 'Drop-In'], n(c) >> 1), []],
    ['Last Visit', (c) => mdy(pt(later(c))), []],
    ['Messages Received', (c) => String(3 + (n(c) % 60)), []],
  ] },
  // ---------------------------------------------------------------- 8. Ohio donor CRM: constituent accounts (P)
  { name: 'etapestry-accounts-query-export', product: 'eTapestry (Blackbaud; Queries > a constituent query > Export with Account, Persona and giving-summary fields plus user-defined fields, one row per account, a Columbus, Ohio animal-rescue nonprofit\'s donors)', family: 'crm', language: 'en', schema: P, cols: [
    ['Account Number', (c) => String(1000 + (n(c) % 9000)), ['_id', 'personID']],
    ['Account Name', (c) => (etFormat(c) === 'Family' ? `${who(c, 'oh').first} and ${etSpouse(c)} ${who(c, 'oh').last}` : who(c, 'oh').full), ['person.name.fullName'], opt],
    ['Name Format', (c) => etFormat(c), [], opt],
    ['Sort Name', (c) => `${who(c, 'oh').last}, ${who(c, 'oh').first}`, [], opt],
    ['Title', (c) => etTitle(c), ['person.name.courtesyTitle']],
    ['First Name', (c) => who(c, 'oh').first, ['person.name.firstName']],
    ['Last Name', (c) => who(c, 'oh').last, ['person.name.lastName']],
    ['Address Lines', (c) => who(c, 'oh').street + (who(c, 'oh').unit ? `\n${who(c, 'oh').unit}` : ''), at(HOME, 'street1')],
    ['City', (c) => who(c, 'oh').city, at(HOME, 'city')],
    ['State', (c) => who(c, 'oh').st, STATE(HOME)],
    ['Postal Code', (c) => who(c, 'oh').zip, at(HOME, 'postalCode')],
    ['County', (c) => etCounty(c), at(HOME, 'region'), opt],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Email', (c) => (n(c) % 5 === 0 ? '' : who(c, 'oh').email), ['personalEmail.address']],
    ['Phone - Voice', (c) => (n(c) % 3 === 0 ? who(c, 'oh').phone : ''), ['homePhone.number']],
    ['Phone - Mobile', (c) => (n(c) % 3 ? who(c, 'oh').phone : ''), ['mobilePhone.number']],
    ['Short Salutation', (c) => (etFormat(c) === 'Family' ? `${who(c, 'oh').first} and ${etSpouse(c)}` : who(c, 'oh').first), []],
    ['Long Salutation', (c) => (etFormat(c) === 'Family' ? `The ${who(c, 'oh').last} Family` : `${etTitle(c) || (who(c, 'oh').female ? 'Ms.' : 'Mr.')} ${who(c, 'oh').last}`), []],
    ['Envelope Salutation', (c) => (etFormat(c) === 'Family' ? `${who(c, 'oh').first} and ${etSpouse(c)} ${who(c, 'oh').last}` : who(c, 'oh').full), []],
    ['Birth Date', (c) => (n(c) % 4 === 0 ? mdy(v.parts(who(c, 'oh').birth)) : ''), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 4 === 2 ? '' : who(c, 'oh').female ? 'Female' : 'Male'), ['person.gender']],
    ['Constituent Type', (c) => row(['Donor', 'Donor;Volunteer', 'Donor;Adopter', 'Foster;Donor', 'Donor'], n(c)), [], opt],
    ['Communication Preference', (c) => row(['Email', 'Mail', 'Email', 'No Solicitations', 'Email'], n(c) >> 1), []],
    ['Account Created Date', (c) => mdy(et(c.created)), [], opt],
    ['First Gift Date', (c) => mdy(et(c.created + 2 * day)), []],
    ['Last Gift Date', (c) => mdy(et(etGifts(c) === 1 ? c.created + 2 * day : later(c))), []],
    ['Last Gift Amount', (c) => money(etLast(c)), []],
    ['Largest Gift Amount', (c) => money(etMax(c)), []],
    ['Number of Gifts', (c) => String(etGifts(c)), []],
    ['Total Received', (c) => money(etTotal(c)), [], opt],
  ] },
  // ---------------------------------------------------------------- 9. Winnipeg donation platform: supporters (P)
  { name: 'givecloud-supporters-export-ca', product: 'Givecloud (Supporters > filter > Export (CSV), one row per supporter, a Winnipeg food-bank and community-kitchen charity; CAD totals, Canadian billing addresses, the DonorPerfect sync ID)', family: 'crm', language: 'en', schema: P, cols: [
    ['Supporter ID', (c) => String(20400 + (n(c) % 30000)), ['_id', 'personID']],
    ['Supporter Type', (c) => gcType(c), ['person.type'], opt],
    ['Title', (c) => (n(c) % 3 === 0 ? '' : who(c, 'wpg').female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => who(c, 'wpg').first, ['person.name.firstName']],
    ['Last Name', (c) => who(c, 'wpg').last, ['person.name.lastName']],
    ['Organization Name', (c) => (gcType(c) === 'Organization' ? row(GC_ORGS, n(c)) : ''), ['organizations[0]'], opt],
    ['Email', (c) => who(c, 'wpg').email, ['personalEmail.address']],
    ['Email Opt-In', (c) => (n(c) % 4 ? 'Yes' : 'No'), [], opt],
    ['Phone', (c) => (n(c) % 3 ? who(c, 'wpg').phone : ''), ['homePhone.number', 'mobilePhone.number']],
    ['Billing Address 1', (c) => who(c, 'wpg').street, ['billingAddress.street1', ...at(HOME, 'street1')]],
    ['Billing Address 2', (c) => who(c, 'wpg').unit, ['billingAddress.street2', ...at(HOME, 'street2')]],
    ['Billing City', (c) => who(c, 'wpg').city, ['billingAddress.city', ...at(HOME, 'city')]],
    ['Billing Province/State', (c) => who(c, 'wpg').st, [...STATE(['billingAddress']), ...STATE(HOME)]],
    ['Billing Postal/ZIP Code', (c) => who(c, 'wpg').zip, ['billingAddress.postalCode', ...at(HOME, 'postalCode')]],
    ['Billing Country', () => 'CA', ['billingAddress.countryCode', ...at(HOME, 'countryCode')]],
    ['Lifetime Giving', (c) => two(gcLife(c)), [], opt],
    ['Number of Contributions', (c) => String(1 + (n(c) % 14)), []],
    ['First Contribution', (c) => ymd(local(c.created, -6)), []],
    ['Last Contribution', (c) => ymd(local(later(c), -6)), []],
    ['Active Recurring Plans', (c) => String(n(c) % 4 === 0 ? 1 : 0), []],
    ['Monthly Recurring Amount', (c) => (n(c) % 4 === 0 ? two(row([20, 25, 50, 10], n(c) >> 2)) : ''), []],
    ['Referral Source', (c) => row(['Facebook', 'Friend or family', 'Winnipeg Free Press', 'Google', '', 'Event'], n(c)), []],
    ['Receipt Preference', (c) => (n(c) % 5 === 0 ? 'Mail' : 'Email'), []],
    ['DonorPerfect Donor ID', (c) => (n(c) % 3 ? String(31000 + (n(c) % 20000)) : ''), [], opt],
    ['Created', (c) => { const p = local(c.created, -6); return `${ymd(p)} ${hms(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- 10. US visitor identification: people (B)
  { name: 'warmly-people-export', product: 'Warmly (Warm Leads > People tab > Export CSV, one row per identified website visitor with person and company enrichment, a Boston HR-and-scheduling software company\'s site traffic; times UTC)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Visitor ID', (c) => `v_${(n(c) * 104729).toString(36)}`, B2BID],
    ['First Name', (c) => b2bPerson(c, 'usa').first, ['person.name.firstName']],
    ['Last Name', (c) => b2bPerson(c, 'usa').last, ['person.name.lastName']],
    ['Email', (c) => emailAt(b2bPerson(c, 'usa'), wmFirm(c)[1], n(c) % 3), WE],
    ['Title', (c) => row(['Director of Human Resources', 'VP of Operations', 'HR Generalist', 'Chief People Officer', 'Payroll Manager', 'Regional Operations Manager'], n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => row(['Director', 'VP', 'Individual Contributor', 'C-Suite', 'Manager', 'Manager'], n(c) >> 2), [], opt],
    ['Department', (c) => row(['Human Resources', 'Operations', 'Human Resources', 'Human Resources', 'Finance', 'Operations'], n(c) >> 2), ['extendedWorkDetails.departments[0]']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(b2bPerson(c, 'usa').first)}-${slug(b2bPerson(c, 'usa').last)}-${(n(c) % 900) + 100}`, []],
    ['Phone', (c) => (n(c) % 3 === 0 ? b2bPerson(c, 'usa').dash : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Company Name', (c) => wmFirm(c)[0], CO],
    ['Company Domain', (c) => wmFirm(c)[1], ['b2b.companyWebsite']],
    ['Industry', (c) => wmFirm(c)[2], []],
    ['Employee Count', (c) => wmFirm(c)[3], []],
    ['Estimated Revenue', (c) => wmFirm(c)[4], []],
    ['Company City', (c) => wmFirm(c)[5], [W('city')], opt],
    ['Company State', (c) => wmFirm(c)[6], STATE(['workAddress']), opt],
    ['Company Country', (c) => wmFirm(c)[7], [W('country')], opt],
    ['Intent Score', (c) => String(20 + (n(c) * 7) % 80), ['b2b.personScore'], opt],
    ['ICP Fit', (c) => row(['Tier 1', 'Tier 2', 'Tier 1', 'Not a fit', 'Tier 2'], n(c) >> 1), []],
    ['Source', (c) => row(['Organic Search', 'Paid Search', 'LinkedIn Ads', 'Direct', 'G2', 'Email'], n(c)), ['b2b.personSource'], opt],
    ['First Seen', (c) => isoZ(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Seen', (c) => isoZ(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Sessions', (c) => String(1 + (n(c) % 12)), []],
    ['Page Views', (c) => String(2 + (n(c) % 12) * 3), []],
    ['Top Pages', (c) => row(['/pricing, /features/scheduling', '/demo', '/blog/shift-swapping, /pricing', '/integrations/adp', '/pricing'], n(c)), []],
    ['CRM Status', (c) => row(['Not in CRM', 'Contact in HubSpot', 'Not in CRM', 'Open Deal'], n(c) >> 1), []],
    ['Account Owner', (c) => row(['Megan Doyle', 'Chris Pellegrini', ''], n(c) >> 1), []],
  ] },
  // ---------------------------------------------------------------- 11. US/CA content syndication: delivered leads (B)
  { name: 'madison-logic-leads-export', product: 'Madison Logic (ML Platform > Campaigns > Leads > Download CSV, one row per content-syndication lead delivered to a Toronto-based cybersecurity vendor, US and Canadian prospects with the campaign\'s custom qualifying questions)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Lead ID', (c) => String(91000000 + n(c) * 11), B2BID],
    ['Campaign ID', (c) => row(['ML-24-11873', 'ML-24-11874'], n(c) >> 3), []],
    ['Campaign Name', (c) => row(['Q2 Ransomware Readiness CS - NA', 'Q2 Zero Trust Buyer\'s Guide CS - NA'], n(c) >> 3), [], opt],
    ['Asset Title', (c) => row(['2024 Ransomware Readiness Checklist', 'The Zero Trust Buyer\'s Guide for Mid-Market IT'], n(c) >> 3), []],
    ['Lead Date', (c) => mdy(et(Date.UTC(2024, 3, 2, 14) + (c.created % (88 * day)))), ['extSourceSystemAudit.createdDate'], opt],
    ['First Name', (c) => b2bPerson(c, mlFirm(c)[9] === 'Canada' ? 'can' : 'usa').first, ['person.name.firstName']],
    ['Last Name', (c) => b2bPerson(c, mlFirm(c)[9] === 'Canada' ? 'can' : 'usa').last, ['person.name.lastName']],
    ['Email', (c) => emailAt(b2bPerson(c, mlFirm(c)[9] === 'Canada' ? 'can' : 'usa'), mlFirm(c)[1], n(c) % 2), WE],
    ['Phone', (c) => `${mlFirm(c)[10]}-${pad(200 + (n(c) * 7) % 700, 3)}-${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Job Title', (c) => row(['IT Director', 'Information Security Manager', 'Network Administrator', 'CIO', 'Systems Engineer', 'Director of IT Infrastructure'], n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => row(['Director', 'Manager', 'Staff', 'C-Level', 'Staff', 'Director'], n(c) >> 2), [], opt],
    ['Job Function', (c) => row(['IT', 'IT Security', 'IT', 'IT', 'Engineering', 'IT'], n(c) >> 2), ['extendedWorkDetails.departments[0]'], opt],
    ['Company Name', (c) => mlFirm(c)[0], CO],
    ['Company Domain', (c) => mlFirm(c)[1], ['b2b.companyWebsite']],
    ['Address 1', (c) => mlFirm(c)[5], [W('street1')]],
    ['City', (c) => mlFirm(c)[6], [W('city')]],
    ['State/Province', (c) => mlFirm(c)[7], STATE(['workAddress'])],
    ['Zip/Postal Code', (c) => mlFirm(c)[8], [W('postalCode')]],
    ['Country', (c) => mlFirm(c)[9], [W('country')]],
    ['Industry', (c) => mlFirm(c)[2], []],
    ['Company Size', (c) => mlFirm(c)[3], []],
    ['Company Revenue', (c) => mlFirm(c)[4], []],
    ['Q1: What is your timeline for evaluating a new security solution?', (c) => row(['0-3 months', '3-6 months', '6-12 months', 'No current plans'], n(c)), []],
    ['Q2: How many endpoints does your organization manage?', (c) => row(['250-999', '1,000-4,999', '100-249', '5,000+'], n(c) >> 1), []],
    ['Consent to Contact', () => 'Yes', [], opt],
    ['Lead Status', (c) => row(['Accepted', 'Accepted', 'Accepted', 'Rejected - Duplicate', 'Accepted', 'Pending Review'], n(c)), ['b2b.personStatus'], opt],
    ['Lead Source', () => 'Madison Logic', ['b2b.personSource'], opt],
  ] },
  // ---------------------------------------------------------------- 12. US B2B data platform: audience contacts (B)
  { name: 'leadspace-audience-contacts-export', product: 'Leadspace (Leadspace Studio > Audiences > an ICP audience > Export to CSV, one row per contact with firmographics, fit and intent scores and the CRM match, a Raleigh supply-chain software company\'s target list of operations and logistics leaders)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Leadspace Person ID', (c) => `LSP-${(n(c) * 2654435761 >>> 0).toString(16).toUpperCase()}`, B2BID],
    ['Leadspace Company ID', (c) => `LSC-${pad((SC_FIRMS.indexOf(scFirm(c)) + 1) * 48271, 7)}`, ACCT],
    ['First Name', (c) => b2bPerson(c, 'usa').first, ['person.name.firstName']],
    ['Last Name', (c) => b2bPerson(c, 'usa').last, ['person.name.lastName']],
    ['Email', (c) => emailAt(b2bPerson(c, 'usa'), scFirm(c)[1], n(c) % 3), WE],
    ['Email Status', (c) => row(['Valid', 'Valid', 'Accept All', 'Valid', 'Unknown'], n(c)), []],
    ['Direct Phone', (c) => (n(c) % 3 ? `+1 ${scFirm(c)[10]}-${pad(200 + (n(c) * 7) % 700, 3)}-${pad((n(c) * 13) % 10000, 4)}` : ''), ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 4 === 0 ? `+1 ${b2bPerson(c, 'usa').dash}` : ''), ['mobilePhone.number']],
    ['Job Title', (c) => row(['VP of Supply Chain', 'Director of Logistics', 'Warehouse Operations Manager', 'Director of Procurement', 'COO', 'Transportation Manager'], n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => row(['VP', 'Director', 'Manager', 'Director', 'C-Level', 'Manager'], n(c) >> 2), [], opt],
    ['Job Function', (c) => row(['Operations', 'Operations', 'Operations', 'Purchasing', 'Executive', 'Operations'], n(c) >> 2), ['extendedWorkDetails.departments[0]'], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(b2bPerson(c, 'usa').first)}${slug(b2bPerson(c, 'usa').last)}`, []],
    ['Company Name', (c) => scFirm(c)[0], CO],
    ['Company Website', (c) => `www.${scFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Company Industry', (c) => scFirm(c)[2], []],
    ['Company Employees', (c) => scFirm(c)[3], []],
    ['Company Revenue', (c) => scFirm(c)[4], []],
    ['Company Street', (c) => scFirm(c)[5], [W('street1')]],
    ['Company City', (c) => scFirm(c)[6], [W('city')]],
    ['Company State', (c) => scFirm(c)[7], STATE(['workAddress'])],
    ['Company Zip', (c) => scFirm(c)[8], [W('postalCode')]],
    ['Company Country', (c) => scFirm(c)[9], [W('country')]],
    ['Fit Score', (c) => String(40 + (n(c) * 3) % 60), ['b2b.personScore'], opt],
    ['Intent Score', (c) => String((n(c) * 11) % 100), ['b2b.personScore'], opt],
    ['Intent Topics', (c) => row(['Warehouse Management Systems; Demand Planning', 'Transportation Management', 'Inventory Optimization', '', 'Supplier Risk; Procurement Software'], n(c)), []],
    ['Technologies', (c) => row(['SAP ERP; Salesforce', 'Oracle NetSuite; Microsoft Dynamics 365', 'Manhattan WMS; SAP ERP', 'Epicor; HubSpot'], n(c) >> 1), []],
    ['CRM ID', (c, o, r) => (n(c) % 3 === 0 ? `00Q${v.alnum(r, 12)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['Last Updated', (c) => ymd(v.parts(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
