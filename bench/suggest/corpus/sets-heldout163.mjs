// Round 67, heldout163: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). US and Canadian English exports (en 12): a Westerville (Ohio) football
// boosters' spirit-wear fundraiser orders (Bonfire), a Waterloo (Ontario) fleet-maintenance SaaS's website actions
// (HockeyStack), a Minneapolis property manager's ACH rent transfers (Dwolla), a Stowe (Vermont) inn's reservations
// (ThinkReservations), an Edmonton (Alberta) pizzeria chain's order lines (SpeedLine), a Tampa (Florida) home-security
// company's support calls (Five9), an Ottawa realtor's contacts (IXACT Contact), a Halifax (Nova Scotia) bakery's
// newsletter subscribers (Campayn), a Toronto café group's stamp-card members (Stampt), a Nashville clinical-software
// vendor's hospital-executive list (Definitive Healthcare), a Washington (DC) govtech vendor's agency-official list
// (Leadership Connect) and a Milwaukee automation distributor's trade-show leads verified by Kickbox. E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, UA, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, GEO } from './sets.mjs'
import { pad, row, shift, ymd, hms, hm, mdy, hm12, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const cash = (x) => `$${Number(two(x)).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
// North American clocks, summer time approximated by months 4-10
const dst = (ms) => [4, 5, 6, 7, 8, 9, 10].includes(v.parts(ms).m)
const east = (ms) => shift(ms, dst(ms) ? -4 : -5)
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const mountain = (ms) => shift(ms, dst(ms) ? -6 : -7)
const atlantic = (ms) => shift(ms, dst(ms) ? -3 : -4)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock
const during = (ms, clock, lo = 9, span = 10) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const since = (c, k = 500) => c.created - ((n(c) % k) + 30) * day
const usDT = (p) => `${p.m}/${p.d}/${p.y} ${hm12(p)}`
const usD = (p) => `${p.m}/${p.d}/${p.y}`
const isoS = (p) => `${ymd(p)} ${hms(p)}`
const secs = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x16316316); r(); r(); return r }
const NAMES = {
  male: ['Kyle', 'Brandon', 'Zachary', 'Austin', 'Derek', 'Logan', 'Caleb', 'Terrence', 'Andre', 'Kevin', 'Travis', 'Eric', 'Dustin', 'Nathan', 'Carlos', 'Jordan', 'Shane', 'Trevor', 'Brian', 'Mason'],
  female: ['Ashley', 'Brittany', 'Madison', 'Kayla', 'Haley', 'Megan', 'Lindsey', 'Alexis', 'Jessica', 'Tiana', 'Rachel', 'Morgan', 'Amber', 'Brianna', 'Daniela', 'Kelsey', 'Amanda', 'Heather', 'Crystal', 'Courtney'],
  last: ['Anderson', 'Ramirez', 'Miller', 'Davis', 'Gonzalez', 'Thompson', 'Robinson', 'Lewis', 'Hernandez', 'Kim', 'Walker', 'Hall', 'Allen', 'King', 'Wright', 'Schmidt', 'Green', 'Baker', 'Olson', 'Nelson', 'Carter', 'Mitchell', 'Foster', 'Turner', 'Parker', 'Nguyen', 'Shah', 'O\'Brien', 'Brooks', 'Jenkins'],
  caM: ['Liam', 'Ethan', 'Noah', 'Owen', 'Alexandre', 'Connor', 'Carter', 'Brady', 'Rohan', 'Kevin', 'Declan', 'Gavin', 'Jaskaran', 'Tristan', 'Marc-André', 'Cole'],
  caF: ['Emma', 'Sophie', 'Avery', 'Olivia', 'Maya', 'Brooke', 'Jenna', 'Ananya', 'Mei', 'Geneviève', 'Kaitlyn', 'Shannon', 'Simran', 'Leah', 'Meaghan', 'Isabelle'],
  caL: ['Tremblay', 'MacDonald', 'Campbell', 'Wong', 'Sandhu', 'Leblanc', 'MacLeod', 'Chen', 'Côté', 'Fraser', 'MacKinnon', 'Gagnon', 'Mercer', 'Gill', 'Kaur', 'Morrison', 'Nowak', 'Boudreau'],
}
// [city, state/province, ZIP/postal code, area code], street names, mail domains
const POOLS = {
  oh: { places: [['Westerville', 'OH', '43081', '614'], ['Westerville', 'OH', '43082', '614'], ['Columbus', 'OH', '43229', '614'], ['Galena', 'OH', '43021', '740'], ['Lewis Center', 'OH', '43035', '740'], ['Gahanna', 'OH', '43230', '614'], ['New Albany', 'OH', '43054', '614'], ['Indianapolis', 'IN', '46220', '317']],
    streets: ['S State St', 'Schrock Rd', 'Africa Rd', 'Cleveland Ave', 'Polaris Pkwy', 'Hoff Rd', 'County Line Rd', 'Maxtown Rd', 'Sunbury Rd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'att.net', 'wowway.com'] },
  mn: { places: [['Minneapolis', 'MN', '55408', '612'], ['Minneapolis', 'MN', '55414', '612'], ['Minneapolis', 'MN', '55403', '612'], ['St Paul', 'MN', '55105', '651'], ['Richfield', 'MN', '55423', '612'], ['St Louis Park', 'MN', '55416', '952']],
    streets: ['Lyndale Ave S', 'Hennepin Ave', 'University Ave SE', 'Grand Ave', 'Nicollet Ave', 'Lake St W'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'umn.edu', 'hotmail.com', 'comcast.net'] },
  ne: { places: [['Boston', 'MA', '02130', '617'], ['Brooklyn', 'NY', '11215', '718'], ['Hartford', 'CT', '06105', '860'], ['Montclair', 'NJ', '07042', '973'], ['Burlington', 'VT', '05401', '802'], ['Portsmouth', 'NH', '03801', '603'], ['Philadelphia', 'PA', '19103', '215'], ['Montréal', 'QC', 'H2V 1V7', '514'], ['Albany', 'NY', '12208', '518']],
    streets: ['Centre St', '7th Ave', 'Farmington Ave', 'Valley Rd', 'Church St', 'Market St', 'Spruce St', 'Avenue Laurier O', 'Madison Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'comcast.net', 'verizon.net', 'optonline.net', 'me.com'] },
  ab: { places: [['Edmonton', 'AB', 'T6E 2A4', '780'], ['Edmonton', 'AB', 'T5K 0L9', '780'], ['Edmonton', 'AB', 'T6R 3B5', '587'], ['Edmonton', 'AB', 'T5T 1K8', '780'], ['Edmonton', 'AB', 'T6H 4M6', '780'], ['Sherwood Park', 'AB', 'T8A 3H9', '780'], ['St. Albert', 'AB', 'T8N 1M3', '780']],
    streets: ['Whyte Ave NW', '109 St NW', 'Jasper Ave', 'Terwillegar Dr NW', '87 Ave NW', 'Wye Rd', 'St Albert Trail', 'Calgary Trail NW', '99 St NW'], mail: ['gmail.com', 'gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'icloud.com'] },
  fl: { places: [['Tampa', 'FL', '33606', '813'], ['Tampa', 'FL', '33647', '813'], ['Brandon', 'FL', '33511', '813'], ['St. Petersburg', 'FL', '33704', '727'], ['Clearwater', 'FL', '33755', '727'], ['Wesley Chapel', 'FL', '33544', '813'], ['Riverview', 'FL', '33569', '813'], ['Lakeland', 'FL', '33803', '863']],
    streets: ['Bayshore Blvd', 'Bruce B Downs Blvd', 'Lithia Pinecrest Rd', '4th St N', 'Gulf to Bay Blvd', 'Dale Mabry Hwy', 'Big Bend Rd', 'S Florida Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'aol.com', 'icloud.com', 'hotmail.com', 'tampabay.rr.com', 'outlook.com'] },
  on: { places: [['Ottawa', 'ON', 'K1S 3W7', '613'], ['Ottawa', 'ON', 'K2A 1Y1', '613'], ['Ottawa', 'ON', 'K1Y 2B8', '613'], ['Kanata', 'ON', 'K2K 2X3', '613'], ['Orléans', 'ON', 'K1C 7J2', '613'], ['Nepean', 'ON', 'K2G 5T9', '343'], ['Barrhaven', 'ON', 'K2J 4S3', '613'], ['Gatineau', 'QC', 'J9H 5E1', '819']],
    streets: ['Bank St', 'Carling Ave', 'Wellington St W', 'Hazeldean Rd', 'St. Joseph Blvd', 'Woodroffe Ave', 'Strandherd Dr', 'Main St', 'Rue Principale'], mail: ['gmail.com', 'gmail.com', 'rogers.com', 'bell.net', 'hotmail.com', 'outlook.com', 'sympatico.ca', 'icloud.com'] },
  ns: { places: [['Halifax', 'NS', 'B3H 1Y6', '902'], ['Halifax', 'NS', 'B3K 4W4', '902'], ['Dartmouth', 'NS', 'B2Y 2M7', '902'], ['Bedford', 'NS', 'B4A 1E8', '902'], ['Lower Sackville', 'NS', 'B4C 2S8', '782'], ['Timberlea', 'NS', 'B3T 1A3', '902'], ['Wolfville', 'NS', 'B4P 1A1', '902']],
    streets: ['Spring Garden Rd', 'Agricola St', 'Portland St', 'Bedford Hwy', 'Sackville Dr', 'St Margarets Bay Rd', 'Main St', 'Quinpool Rd'], mail: ['gmail.com', 'gmail.com', 'eastlink.ca', 'hotmail.com', 'outlook.com', 'bellaliant.net', 'icloud.com'] },
  to: { places: [['Toronto', 'ON', 'M6J 1E3', '416'], ['Toronto', 'ON', 'M4M 2G4', '647'], ['Toronto', 'ON', 'M5T 1L2', '416'], ['Toronto', 'ON', 'M6R 2L5', '437'], ['Toronto', 'ON', 'M4E 1G3', '416'], ['Mississauga', 'ON', 'L5B 2C9', '905'], ['Toronto', 'ON', 'M6H 2X9', '647']],
    streets: ['Queen St W', 'Queen St E', 'Spadina Ave', 'Roncesvalles Ave', 'Kingston Rd', 'Hurontario St', 'Dundas St W', 'Ossington Ave'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'yahoo.ca', 'rogers.com', 'utoronto.ca'] },
}
const CA_POOLS = ['ab', 'on', 'ns', 'to']
const mk = (c, pool, salt) => {
  const r = seeded(c, `${pool}:${salt}`), P0 = POOLS[pool]
  const female = c.female, ca = CA_POOLS.includes(pool)
  const first = v.pick(r, ca ? (female ? NAMES.caF : NAMES.caM) : (female ? NAMES.female : NAMES.male))
  const last = v.pick(r, ca ? NAMES.caL : NAMES.last)
  const k = v.int(r, 0, P0.places.length - 1), pl = P0.places[k]
  const sep = v.pick(r, ['.', '', '_', '.']), num = r() < 0.45 ? String(v.int(r, 1, 99)) : ''
  return { female, first, last, full: `${first} ${last}`, city: pl[0], region: pl[1], post: pl[2], area: pl[3],
    country: /^[A-Z]\d[A-Z] /.test(pl[2]) ? 'CA' : 'US',
    street: `${v.int(r, 10, ca ? 12900 : 9800)} ${P0.streets[k % P0.streets.length]}`, unit: r() < 0.25 ? v.pick(r, ['Apt 4', 'Unit 12', '#305', 'Suite 210', 'Apt 2B']) : '',
    mob: `${pl[3]}${v.int(r, 201, 989)}${pad(v.int(r, 0, 9999), 4)}`, home: `${pl[3]}${v.int(r, 201, 989)}${pad(v.int(r, 0, 9999), 4)}`,
    email: `${v.slug(first)}${sep}${v.slug(last)}${num}@${v.pick(r, P0.mail)}`, birth: c.birth, y: v.int(r, 1955, 2003) }
}
const who = (c, pool, salt = '') => { const k = `${pool}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, pool, salt)); return memo.get(k) }
const paren = (m) => `(${m.slice(0, 3)}) ${m.slice(3, 6)}-${m.slice(6)}`
const dash = (m) => `${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`
const dots = (m) => `${m.slice(0, 3)}.${m.slice(3, 6)}.${m.slice(6)}`
const plus1 = (m) => `+1${m}`
const uuidOf = (x, salt) => v.uuid(v.rng(hash(`${x}:${salt}`)))

// ---------------------------------------------------------------- 1. Bonfire orders (E)
// Westerville North football boosters' spirit wear: [product, style, base price, colours]
const BF_ITEMS = [['Warriors Football 2024 Tee', 'Premium Unisex Tee', 22, ['Navy', 'Athletic Heather', 'White']], ['Warriors Football 2024 Tee', 'Unisex Long Sleeve Tee', 28, ['Navy', 'Dark Grey Heather']], ['Warriors Football Hoodie', 'Premium Pullover Hoodie', 42, ['Navy', 'Sport Grey']], ['Football Mom Crewneck', 'Unisex Crewneck Sweatshirt', 36, ['Heather Dust', 'Navy']], ['Warriors Football 2024 Tee', 'Women\'s Relaxed Tee', 24, ['Navy', 'Heather Ice Blue']], ['Warriors Sideline Quarter-Zip', 'Adult Quarter-Zip Pullover', 48, ['Navy']]]
const BF_SIZES = ['S', 'M', 'L', 'XL', '2XL', 'Youth M', 'Youth L', 'M', 'L']
const bfItem = (o, i) => row(BF_ITEMS, n(o) + i)
const bfSize = (o, i) => row(BF_SIZES, n(o) * 3 + i)
const bfUp = (o, i) => bfItem(o, i)[2] + (bfSize(o, i) === '2XL' ? 2 : 0)
const bfSub = (o, i) => bfUp(o, i) * o.qty
const bfGroup = (o) => n(o) % 3 === 0
const bfShip = (o) => (bfGroup(o) ? 0 : o.qty > 1 ? 8.99 : 5.99)
const bfTax = (c, o, i) => (bfGroup(o) ? bfSub(o, i) * 0.075 : (bfWho(c).region === 'OH' ? (bfSub(o, i) + bfShip(o)) * 0.075 : (bfSub(o, i) + bfShip(o)) * 0.07))
const bfDonation = (o) => (n(o) % 5 === 1 ? 10 : n(o) % 7 === 2 ? 25 : 0)
const bfWho = (c) => who(c, 'oh')
const bfSt = (o) => (bfGroup(o) ? row(['Awaiting Campaign End', 'In Production', 'Delivered to Organizer'], n(o) % 3) : row(['Shipped', 'Shipped', 'In Production', 'Awaiting Campaign End', 'Shipped', 'Refunded'], n(o) % 6))
const bfShipped = (o) => bfSt(o) === 'Shipped'
// ---------------------------------------------------------------- 2. HockeyStack actions (E)
// a Waterloo (Ontario) fleet-maintenance SaaS: [type, name, path, title]
const HS_ACT = [['pageview', 'Page View', '/', 'Fleetwise | Fleet Maintenance Software'], ['pageview', 'Page View', '/pricing', 'Pricing | Fleetwise'], ['form_submit', 'Demo Request Form', '/demo', 'Book a Demo | Fleetwise'], ['click', 'Clicked "Start free trial"', '/pricing', 'Pricing | Fleetwise'], ['pageview', 'Page View', '/blog/dot-inspection-checklist', 'DOT Inspection Checklist (2024) | Fleetwise Blog'], ['identify', 'Identified', '/app/signup', 'Create your account | Fleetwise'], ['pageview', 'Page View', '/integrations/samsara', 'Samsara Integration | Fleetwise'], ['video_play', 'Played "Product tour (3 min)"', '/product', 'Product | Fleetwise']]
const hsAct = (o, i) => row(HS_ACT, n(o) + i)
const HS_SRC = [['google', 'organic', '', 'Organic Search'], ['google', 'cpc', 'search_brand_na', 'Paid Search'], ['linkedin', 'paid_social', 'li_fleet_mgrs_q2', 'Paid Social'], ['', '', '', 'Direct'], ['g2', 'referral', '', 'Review Sites'], ['newsletter', 'email', 'mar_webinar_invite', 'Email']]
const hsSrc = (o) => row(HS_SRC, n(o) % 6)
const HS_COS = [['Northland Transit Services', 'northlandtransit.com'], ['Prairie Haul Logistics', 'prairiehaul.ca'], ['', ''], ['City of Kitchener', 'kitchener.ca'], ['Blue Ridge Waste Solutions', 'blueridgewaste.com'], ['', ''], ['Summit Utility Contractors', 'summituc.com']]
const hsCo = (c) => row(HS_COS, n(c) % 7)
const HS_GEO = [['US', 'Texas', 'Dallas'], ['CA', 'Ontario', 'Kitchener'], ['US', 'Ohio', 'Columbus'], ['CA', 'Alberta', 'Calgary'], ['US', 'North Carolina', 'Charlotte'], ['US', 'Georgia', 'Atlanta'], ['CA', 'British Columbia', 'Surrey']]
const hsGeo = (c) => row(HS_GEO, n(c) % 7)
const hsKnown = (c, o, i) => n(c) % 3 !== 0 || hsAct(o, i)[0] === 'identify'
// ---------------------------------------------------------------- 3. Dwolla transfers (E)
// a Minneapolis property manager collecting rent: [building, rent]
const DW_UNITS = [['Lyn-Lake Lofts', 1425], ['Lyn-Lake Lofts', 1650], ['Como Ave Flats', 1195], ['Grand Ave Court', 1340], ['Como Ave Flats', 975], ['Loring Park Place', 1875]]
const dwUnit = (c) => row(DW_UNITS, n(c) % 6)
const dwSt = (o) => row(['processed', 'processed', 'processed', 'pending', 'processed', 'failed', 'processed', 'cancelled'], n(o) % 8)
const dwLate = (o) => n(o) % 5 === 3
const dwAmt = (c, o) => dwUnit(c)[1] + (dwLate(o) ? 75 : 0)
const dwAt = (o) => during(o.at, central, 6, 16)
const dwWho = (c) => who(c, 'mn')
const DW_BANKS = ['Wells Fargo', 'U.S. Bank', 'Bremer Bank', 'Chase', 'Affinity Plus FCU', 'TCF Bank']
const dwClear = (o) => row(['standard', 'standard', 'next-available', 'standard', 'same-day'], n(o) % 5)
// ---------------------------------------------------------------- 4. ThinkReservations reservations (E)
// a Stowe (Vermont) inn: [room, room type, nightly rate]
const TR_ROOMS = [['Room 3 - Mansfield', 'King Room with Fireplace', 289], ['Room 7 - Sterling', 'Queen Room', 219], ['Room 11 - Smugglers Notch Suite', 'King Suite with Jacuzzi', 395], ['Room 2 - Little River', 'Queen Room', 209], ['Carriage House Loft', 'Two-Bedroom Loft', 469], ['Room 9 - Trapp', 'King Room with Fireplace', 299]]
const trRoom = (o) => row(TR_ROOMS, n(o) % 6)
const trSt = (o) => row(['Confirmed', 'Checked Out', 'Confirmed', 'Cancelled', 'Checked Out', 'In House', 'Confirmed'], n(o) % 7)
const trSrc = (o) => row(['Website', 'Booking.com', 'Phone', 'Expedia', 'Website', 'Airbnb', 'Walk-In'], n(o) % 7)
const trArr = (o) => o.at + ((n(o) % 120) + 3) * day
const trNights = (o) => 1 + (n(o) % 4)
const trPlan = (o) => row(['Best Available Rate', 'Bed & Breakfast', 'Ski & Stay Package', 'Advance Purchase (Non-Refundable)', 'Best Available Rate'], n(o) % 5)
const trRent = (o) => trRoom(o)[2] * trNights(o)
const trAddon = (o) => (trPlan(o) === 'Ski & Stay Package' ? 178 : n(o) % 4 === 1 ? 65 : 0)
const trTax = (o) => (trRent(o) + trAddon(o)) * 0.1
const trTotal = (o) => trRent(o) + trAddon(o) + trTax(o)
const trPaid = (o) => (trSt(o) === 'Checked Out' || trPlan(o).startsWith('Advance') ? trTotal(o) : trSt(o) === 'Cancelled' ? 0 : trRoom(o)[2])
const trWho = (c) => who(c, 'ne')
// ---------------------------------------------------------------- 5. SpeedLine order lines (E)
// an Edmonton pizzeria chain: [item code, description, size, price]
const SL_ITEMS = [['PZ-PEP', 'Pepperoni Pizza', 'Large', 21.99], ['PZ-HAW', 'Hawaiian Pizza', 'Medium', 18.49], ['PZ-DON', 'Donair Pizza', 'X-Large', 27.99], ['WG-1LB', 'Chicken Wings 1 lb', 'Honey Garlic', 14.99], ['GB-REG', 'Garlic Fingers', 'Regular', 9.49], ['PZ-BYO', 'Build Your Own Pizza', 'Large', 19.99], ['PP-2L', 'Pepsi 2L', '', 4.29]]
const slItem = (o, i) => row(SL_ITEMS, n(o) + i)
const SL_MODS = ['Extra Cheese; Well Done', '', 'Add Jalapeños', '', 'Donair Sauce on Side', 'Gluten-Free Crust (+$3.00)', '']
const slType = (o) => row(['Delivery', 'Pickup', 'Delivery', 'Delivery', 'Dine In', 'Pickup'], n(o) % 6)
const slSrc = (o) => (slType(o) === 'Dine In' ? 'Walk-In' : row(['Phone', 'Online', 'Online', 'Phone', 'SkipTheDishes'], n(o) % 5))
const slDel = (o) => slType(o) === 'Delivery'
const slLine = (o, i) => slItem(o, i)[3] * o.qty
const slDisc = (o, i) => (n(o) % 4 === 2 && slItem(o, i)[0].startsWith('PZ') ? slLine(o, i) * 0.2 : 0)
const slDelFee = (o) => (slDel(o) ? 4.99 : 0)
const slGst = (o, i) => (slLine(o, i) - slDisc(o, i) + slDelFee(o)) * 0.05
const slTip = (o) => (slDel(o) && n(o) % 2 ? 5 : 0)
const slTotal = (o, i) => slLine(o, i) - slDisc(o, i) + slDelFee(o) + slGst(o, i) + slTip(o)
const slAt = (o) => during(o.at, mountain, 11, 12)
const slWho = (c) => who(c, 'ab')
const SL_STORES = ['101 - Whyte Ave', '102 - Terwillegar', '104 - St. Albert']
// ---------------------------------------------------------------- 6. Five9 call log (E)
const F9_TYPE = ['Inbound', 'Inbound', 'Queue Callback', 'Inbound', 'Outbound', 'Inbound', 'Manual', 'Inbound']
const f9Type = (o) => row(F9_TYPE, n(o) % 8)
const f9Disp = (o) => row(['Resolved - Troubleshooting', 'Alarm Permit Question', 'Abandon', 'Service Appointment Set', 'Billing - Payment Taken', 'Cancellation - Retained', 'Resolved - Troubleshooting', 'Transferred to Monitoring', 'Voicemail'], n(o) % 9)
const f9Ab = (o) => f9Disp(o) === 'Abandon'
const f9At = (o) => during(o.at, east, 8, 12)
const f9Wait = (o) => (f9Type(o) === 'Inbound' ? 8 + (n(o) * 13) % 380 : 0)
const f9Talk = (o) => (f9Ab(o) ? 0 : 75 + (n(o) * 31) % 1300)
const f9Hold = (o) => (!f9Ab(o) && n(o) % 3 === 0 ? 20 + n(o) % 240 : 0)
const f9Acw = (o) => (f9Ab(o) ? 0 : 15 + n(o) % 120)
const F9_AGENTS = [['tmorales@guardianpointsecurity.com', 'Tanya Morales'], ['djackson@guardianpointsecurity.com', 'DeAndre Jackson'], ['kpetrov@guardianpointsecurity.com', 'Katie Petrov'], ['lbrooks@guardianpointsecurity.com', 'Luis Brooks'], ['snguyen@guardianpointsecurity.com', 'Steven Nguyen']]
const f9Agent = (o) => row(F9_AGENTS, n(o) % 5)
const f9Skill = (o) => row(['Customer Care', 'Tech Support', 'Billing', 'Tech Support', 'Customer Care', 'Retention'], n(o) % 6)
const f9Who = (c) => who(c, 'fl')
const f9Known = (c) => n(c) % 4 !== 1
// ---------------------------------------------------------------- 7. IXACT Contact contacts (P)
const ixType = (c) => row(['Past Client', 'Prospect - Buyer', 'Sphere of Influence', 'Prospect - Seller', 'Past Client', 'Referral Partner', 'Friends & Family'], n(c) % 7)
const ixWho = (c) => who(c, 'on')
const ixSpouse = (c) => (n(c) % 3 === 0 ? who(c, 'on', 'sp') : null)
// ---------------------------------------------------------------- 8. Campayn subscribers (P)
const cpSt = (c) => row(['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Subscribed', 'Bounced', 'Subscribed'], n(c) % 7)
const cpWho = (c) => who(c, 'ns')
// ---------------------------------------------------------------- 9. Stampt members (P)
const stWho = (c) => who(c, 'to')
const stVisits = (c) => 1 + (n(c) * 7) % 58
const stEarned = (c) => stVisits(c) + (n(c) % 4 === 0 ? 2 : 0)
const stRedeemed = (c) => Math.floor(stEarned(c) / 9)
const STORES = ['Ossington', 'Leslieville', 'Roncesvalles', 'Kensington Market']
// ---------------------------------------------------------------- 10. Definitive Healthcare executives (B)
// [hospital, Definitive ID, street, city, state, zip, county, network, beds, NPR ($M), main phone, domain, firm type]
const DH_HOSP = [['Saint Thomas Midtown Hospital', '2965', '2000 Church St', 'Nashville', 'TN', '37236', 'Davidson', 'Ascension Saint Thomas', 541, 812.4, '6152845555', 'ascension.org', 'Short Term Acute Care Hospital'], ['Baptist Memorial Hospital - Memphis', '3340', '6019 Walnut Grove Rd', 'Memphis', 'TN', '38120', 'Shelby', 'Baptist Memorial Health Care', 706, 1103.9, '9012268000', 'baptistonline.org', 'Short Term Acute Care Hospital'], ['Norton Children\'s Hospital', '3791', '231 E Chestnut St', 'Louisville', 'KY', '40202', 'Jefferson', 'Norton Healthcare', 300, 611.2, '5026296000', 'nortonhealthcare.org', 'Childrens Hospital'], ['Huntsville Hospital', '1187', '101 Sivley Rd SW', 'Huntsville', 'AL', '35801', 'Madison', 'Huntsville Hospital Health System', 881, 1288.7, '2562651000', 'huntsvillehospital.org', 'Short Term Acute Care Hospital'], ['Erlanger Baroness Hospital', '3302', '975 E 3rd St', 'Chattanooga', 'TN', '37403', 'Hamilton', 'Erlanger Health System', 587, 977.5, '4237787000', 'erlanger.org', 'Short Term Acute Care Hospital'], ['Encompass Health Rehabilitation Hospital of Franklin', '548211', '1000 Physicians Way', 'Franklin', 'TN', '37067', 'Williamson', 'Encompass Health', 40, 31.6, '6153401800', 'encompasshealth.com', 'Rehabilitation Hospital']]
const dhHosp = (c) => row(DH_HOSP, n(c) >> 1)
// [title, standardized title, position level, department]
const DH_ROLE = [['Chief Nursing Officer', 'Chief Nursing Officer', 'C-Level', 'Nursing'], ['VP, Information Technology', 'Vice President of Information Technology', 'VP', 'Information Technology'], ['Director of Pharmacy Services', 'Pharmacy Director', 'Director', 'Pharmacy'], ['Chief Medical Information Officer', 'Chief Medical Information Officer', 'C-Level', 'Information Technology'], ['Manager, Revenue Cycle', 'Revenue Cycle Manager', 'Manager', 'Finance'], ['Director, Perioperative Services', 'Surgery Director', 'Director', 'Surgery'], ['Clinical Informatics Manager', 'Clinical Informatics Manager', 'Manager', 'Information Technology']]
const dhRole = (c) => row(DH_ROLE, n(c) % 7)
const dhCred = (c) => row(['', 'MSN, RN, NE-BC', 'PharmD, MBA', 'MD', '', 'DNP, RN', 'MBA, CHFP'], n(c) % 7)
const dhWho = (c) => who(c, 'oh', 'dh')
// ---------------------------------------------------------------- 11. Leadership Connect people (B)
// [organization, org ID, sector, office, street, suite, city, state, zip, domain, main line]
const LC_ORGS = [['U.S. Department of Veterans Affairs', '101872', 'Federal Executive', 'Office of Information and Technology', '810 Vermont Ave NW', '', 'Washington', 'DC', '20420', 'va.gov', '2024615555'], ['Maryland Department of Information Technology', '340215', 'State Government', 'Office of the Secretary', '100 Community Pl', '', 'Crownsville', 'MD', '21032', 'maryland.gov', '4106972000'], ['U.S. Department of Agriculture', '100431', 'Federal Executive', 'Office of the Chief Information Officer', '1400 Independence Ave SW', 'Rm 414-W', 'Washington', 'DC', '20250', 'usda.gov', '2027205865'], ['Commonwealth of Virginia - VITA', '338906', 'State Government', 'Enterprise Services', '7325 Beaufont Springs Dr', '', 'Richmond', 'VA', '23225', 'vita.virginia.gov', '8044163100'], ['U.S. Senate Committee on Homeland Security and Governmental Affairs', '205511', 'Congress', 'Majority Staff', '340 Dirksen Senate Office Bldg', '', 'Washington', 'DC', '20510', 'hsgac.senate.gov', '2022242627'], ['Fairfax County Government', '412088', 'Local Government', 'Department of Information Technology', '12000 Government Center Pkwy', 'Suite 522', 'Fairfax', 'VA', '22035', 'fairfaxcounty.gov', '7033243000']]
const lcOrg = (c) => row(LC_ORGS, n(c) >> 1)
const LC_ROLE = [['Chief Information Officer', ''], ['Deputy Chief Information Officer', ''], ['Director, Enterprise Architecture', ''], ['Chief Information Security Officer', 'Dr.'], ['Professional Staff Member', ''], ['Branch Chief, Cloud Services', ''], ['Senior Procurement Analyst', '']]
const lcRole = (c) => row(LC_ROLE, n(c) % 7)
const lcWho = (c) => who(c, 'ne', 'lc')
const lcAsst = (c) => (n(c) % 3 === 0 ? who(c, 'ne', 'asst') : null)
// ---------------------------------------------------------------- 12. Kickbox-verified lead list (B)
// Milwaukee automation distributor's show leads: [company, domain, street, city, state, zip, main line]
const KB_COS = [['Badger Meter Inc', 'badgermeter.com', '4545 W Brown Deer Rd', 'Milwaukee', 'WI', '53223', '4143550400'], ['Rexnord Industries', 'rexnord.com', '3001 W Canal St', 'Milwaukee', 'WI', '53208', '4146435000'], ['Kohler Co.', 'kohler.com', '444 Highland Dr', 'Kohler', 'WI', '53044', '9204574441'], ['Generac Power Systems', 'generac.com', 'S45W29290 Hwy 59', 'Waukesha', 'WI', '53189', '2625445600'], ['Brady Corporation', 'bradyid.com', '6555 W Good Hope Rd', 'Milwaukee', 'WI', '53223', '4143586600'], ['Oshkosh Corporation', 'oshkoshcorp.com', '1917 Four Wheel Dr', 'Oshkosh', 'WI', '54902', '9205359200'], ['Briggs Machining LLC', 'briggsmachining.com', '2100 S 43rd St', 'West Allis', 'WI', '53219', '4145550187']]
const kbCo = (c) => row(KB_COS, n(c) >> 1)
const kbTitle = (c) => row(['Maintenance Manager', 'Controls Engineer', 'Plant Manager', 'Purchasing Agent', 'Automation Engineer', 'Director of Operations', 'Electrical Technician'], n(c) % 7)
const kbWho = (c) => who(c, 'oh', 'kb')
const kbFree = (c) => n(c) % 6 === 4
const kbRes = (c) => row(['deliverable', 'deliverable', 'risky', 'deliverable', 'undeliverable', 'deliverable', 'unknown', 'deliverable'], n(c) % 8)
const kbReason = (c) => ({ deliverable: 'accepted_email', risky: 'low_deliverability', undeliverable: 'rejected_email', unknown: 'timeout' })[kbRes(c)]
const kbMail = (c) => (kbFree(c) ? kbWho(c).email : `${kbWho(c).first[0]}${v.slug(kbWho(c).last)}@${kbCo(c)[1]}`.toLowerCase())

export const SETS = [
  // ---------------------------------------------------------------- US: fundraiser spirit-wear orders
  { name: 'bonfire-campaign-orders-export-us', product: 'Bonfire (Dashboard > Campaigns > campaign > Orders > Export CSV, one row per item ordered, US English UI, a Westerville (Ohio) high-school football boosters\' spirit-wear fundraiser with home shipping or group delivery to the organizer, Eastern time, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(21000000 + (n(o) * 173) % 900000), [OR('purchaseID')]],
    ['Order Date', (c, o) => usDT(east(during(o.at, east, 7, 16))), ['timestamp', OR('createdDate')]],
    ['Campaign', () => 'Westerville North Warriors Football Spirit Wear 2024', [], opt],
    ['Campaign URL', () => 'https://www.bonfire.com/wnhs-football-spirit-wear-2024/', [], opt],
    ['Product', (c, o, r, i) => bfItem(o, i)[0], [PL('name')]],
    ['Style', (c, o, r, i) => bfItem(o, i)[1], [PL('name'), PL('selectedOptions[0].value')], opt],
    ['Color', (c, o, r, i) => row(bfItem(o, i)[3], n(o) + i), [PL('selectedOptions[0].value')], opt],
    ['Size', (c, o, r, i) => bfSize(o, i), [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => two(bfUp(o, i)), [], opt],
    ['Item Total', (c, o, r, i) => two(bfSub(o, i)), [PL('priceTotal')]],
    ['Donation', (c, o) => two(bfDonation(o)), []],
    ['Shipping', (c, o) => two(bfShip(o)), ['commerce.shipping.shippingAmount']],
    ['Tax', (c, o, r, i) => two(bfTax(c, o, i)), [OR('taxAmount')]],
    ['Order Total', (c, o, r, i) => two(bfSub(o, i) + bfShip(o) + bfTax(c, o, i) + bfDonation(o)), [OR('priceTotal')]],
    ['Buyer First Name', (c) => bfWho(c).first, []],
    ['Buyer Last Name', (c) => bfWho(c).last, []],
    ['Buyer Email', (c) => bfWho(c).email, EMAIL_ID],
    ['Shipping Method', (c, o) => (bfGroup(o) ? 'Group Order - Ship to Organizer' : 'Standard Shipping'), ['commerce.shipping.shippingMethod']],
    ['Ship To Name', (c, o) => (bfGroup(o) ? '' : bfWho(c).full), []],
    ['Ship To Address 1', (c, o) => (bfGroup(o) ? '' : bfWho(c).street), [SHIP('street1')]],
    ['Ship To Address 2', (c, o) => (bfGroup(o) ? '' : bfWho(c).unit), [SHIP('street2')]],
    ['Ship To City', (c, o) => (bfGroup(o) ? '' : bfWho(c).city), [SHIP('city')]],
    ['Ship To State', (c, o) => (bfGroup(o) ? '' : bfWho(c).region), STATE(['commerce.shipping.address'])],
    ['Ship To Zip', (c, o) => (bfGroup(o) ? '' : bfWho(c).post), [SHIP('postalCode')]],
    ['Ship To Country', (c, o) => (bfGroup(o) ? '' : 'US'), [SHIP('countryCode'), SHIP('country')]],
    ['Order Status', (c, o) => bfSt(o), [], opt],
    ['Tracking Number', (c, o) => (bfShipped(o) ? `9400${v.int(v.rng(n(o) + 9), 1e9, 9e9)}${v.int(v.rng(n(o) + 10), 1e8, 9e8)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Player Name / Number (optional)', (c, o) => row(['', 'Jaylen #22', '', 'Cooper #7', 'Eli #54', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Canada: B2B website actions
  { name: 'hockeystack-actions-export-ca', product: 'HockeyStack (Analytics > Actions / raw events > Export CSV, one row per tracked action of a visitor, English UI, a Waterloo (Ontario) fleet-maintenance SaaS selling to US and Canadian fleets, UTC timestamps)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Action ID', (c, o, r, i) => uuidOf(`${o.id}:${i}`, 'hs'), ['_id']],
    ['Timestamp', (c, o, r, i) => isoS(v.parts(o.at + i * 47000)), ['timestamp']],
    ['Action Type', (c, o, r, i) => hsAct(o, i)[0], ['eventType'], opt],
    ['Action Name', (c, o, r, i) => hsAct(o, i)[1], ['web.webInteraction.name'], opt],
    ['Page URL', (c, o, r, i) => `https://www.fleetwise.io${hsAct(o, i)[2]}${hsSrc(o)[2] ? `?utm_source=${hsSrc(o)[0]}&utm_medium=${hsSrc(o)[1]}&utm_campaign=${hsSrc(o)[2]}` : ''}`, ['web.webPageDetails.URL']],
    ['Page Title', (c, o, r, i) => hsAct(o, i)[3], ['web.webPageDetails.name']],
    ['Referrer', (c, o) => row(['https://www.google.com/', 'https://www.google.com/', 'https://www.linkedin.com/', '', 'https://www.g2.com/', ''], n(o) % 6), ['web.webReferrer.URL']],
    ['Session ID', (c, o) => v.hex(v.rng(n(o) * 5 + 1), 16), [], opt],
    ['User ID', (c) => `hs_${v.hex(seeded(c, 'hsu'), 20)}`, ['identityMap{}[0].id'], opt],
    ['Email', (c, o, r, i) => (hsKnown(c, o, i) && hsCo(c)[1] ? `${v.slug(who(c, 'oh', 'hs').first)}.${v.slug(who(c, 'oh', 'hs').last)}@${hsCo(c)[1]}` : ''), EMAIL_ID],
    ['Company Name', (c) => hsCo(c)[0], []],
    ['Company Domain', (c) => hsCo(c)[1], []],
    ['Channel', (c, o) => hsSrc(o)[3], [], opt],
    ['UTM Source', (c, o) => hsSrc(o)[0], [], opt],
    ['UTM Medium', (c, o) => hsSrc(o)[1], [], opt],
    ['UTM Campaign', (c, o) => hsSrc(o)[2], ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Country', (c) => hsGeo(c)[0], [GEO('countryCode')]],
    ['Region', (c) => hsGeo(c)[1], [GEO('stateProvince')]],
    ['City', (c) => hsGeo(c)[2], [GEO('city')]],
    ['Device', (c, o) => row(['Desktop', 'Desktop', 'Mobile', 'Desktop', 'Tablet'], n(o) % 5), ['device.type']],
    ['Browser', (c, o) => row(['Chrome', 'Chrome', 'Safari', 'Edge', 'Firefox'], n(o) % 5), ['environment.browserDetails.name']],
    ['OS', (c, o) => row(['Windows', 'Mac OS', 'iOS', 'Windows', 'Android'], n(o) % 5), ['environment.operatingSystem']],
    ['Time on Page (s)', (c, o, r, i) => String((n(o) * 7 + i * 13) % 240), [], opt],
    ['Is Customer', (c) => (n(c) % 9 === 2 ? 'true' : 'false'), []],
  ] },
  // ---------------------------------------------------------------- US: ACH rent transfers
  { name: 'dwolla-transfers-export-us', product: 'Dwolla (Dashboard > Transfers > Export CSV, one row per transfer, US English UI, a Minneapolis property manager collecting tenant rent by ACH bank transfer through its resident portal, UTC timestamps, USD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transfer ID', (c, o) => uuidOf(o.id, 'dw'), [OR('payments[0].transactionID'), '_id']],
    ['Created', (c, o) => new Date(dwAt(o)).toISOString(), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => dwSt(o), []],
    ['Amount', (c, o) => two(dwAmt(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Transfer Type', () => 'ACH', [OR('payments[0].paymentType')], opt],
    ['Clearing', (c, o) => dwClear(o), [], opt],
    ['Source Customer ID', (c) => uuidOf(c.id, 'dwc'), [...CUST_ID, 'identityMap{}[0].id'], opt],
    ['Source Name', (c) => dwWho(c).full, []],
    ['Source Email', (c) => dwWho(c).email, EMAIL_ID],
    ['Source Customer Type', (c) => (n(c) % 4 ? 'Personal verified' : 'Receive-only'), []],
    ['Source Funding Source', (c) => `${row(DW_BANKS, n(c) % 6)} - Checking ****${pad((n(c) * 13) % 10000, 4)}`, [], opt],
    ['Destination Name', () => 'Northstar Residential Management LLC', []],
    ['Destination Funding Source', () => 'Bremer Bank - Operating ****0417', []],
    ['Correlation ID', (c, o) => `RENT-${v.parts(dwAt(o)).y}${pad(v.parts(dwAt(o)).m)}-${dwUnit(c)[0].split(' ')[0].toUpperCase()}-${100 + (n(c) % 40)}`, [OR('purchaseOrderNumber'), OR('purchaseID')], opt],
    ['Metadata: unit', (c) => `${dwUnit(c)[0]} #${100 + (n(c) % 40)}`, []],
    ['Metadata: late_fee', (c, o) => (dwLate(o) ? '75.00' : ''), []],
    ['Fee', (c, o) => two(dwClear(o) === 'same-day' ? 1.5 : 0.5), []],
    ['Individual ACH ID', (c, o) => (dwSt(o) === 'processed' ? `IDX${v.alnum(v.rng(n(o) + 3), 7).toUpperCase()}` : ''), [], opt],
    ['Failure Reason', (c, o) => (dwSt(o) === 'failed' ? row(['R01 - Insufficient Funds', 'R03 - No Account/Unable to Locate Account', 'R08 - Payment Stopped'], n(o) % 3) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- US: country-inn reservations
  { name: 'thinkreservations-reservations-export-us', product: 'ThinkReservations (Reports > Reservations > Export to CSV, one row per reservation, US English UI, an eleven-room inn in Stowe (Vermont) selling rooms direct and on OTAs, Eastern time, USD)', family: 'booking', language: 'en', schema: E, cols: [
    ['Confirmation #', (c, o) => String(180000 + (n(o) * 37) % 70000), [OR('purchaseID'), '_id']],
    ['Status', (c, o) => trSt(o), []],
    ['Booked On', (c, o) => usDT(east(o.at)), ['timestamp', OR('createdDate')]],
    ['Arrival', (c, o) => usD(east(trArr(o))), [], opt],
    ['Departure', (c, o) => usD(east(trArr(o) + trNights(o) * day)), [], opt],
    ['Nights', (c, o) => String(trNights(o)), [PL('quantity')], opt],
    ['Room', (c, o) => trRoom(o)[0], [PL('name')], opt],
    ['Room Type', (c, o) => trRoom(o)[1], [PL('name'), PL('productCategories[0].categoryName')], opt],
    ['Rate Plan', (c, o) => trPlan(o), [], opt],
    ['Adults', (c, o) => String(1 + (n(o) % 3 ? 1 : 0) + (trRoom(o)[1].startsWith('Two') ? 2 : 0)), []],
    ['Children', (c, o) => String(trRoom(o)[1].startsWith('Two') ? n(o) % 3 : 0), []],
    ['Guest First Name', (c) => trWho(c).first, []],
    ['Guest Last Name', (c) => trWho(c).last, []],
    ['Email', (c, o) => (trSrc(o) === 'Expedia' ? `${v.hex(v.rng(n(o)), 10)}@m.expediapartnercentral.com` : trSrc(o) === 'Booking.com' ? `${v.slug(trWho(c).first)}.${v.slug(trWho(c).last).slice(0, 6)}.${v.int(v.rng(n(o)), 100, 999)}@guest.booking.com` : trWho(c).email), EMAIL_ID],
    ['Phone', (c) => paren(trWho(c).mob), PHONE_ID, opt],
    ['Address', (c) => trWho(c).street, [BILL('street1')]],
    ['City', (c) => trWho(c).city, [BILL('city')]],
    ['State', (c) => trWho(c).region, STATE(['commerce.billing.address'])],
    ['Zip', (c) => trWho(c).post, [BILL('postalCode')]],
    ['Country', (c) => (trWho(c).country === 'CA' ? 'Canada' : 'United States'), [BILL('country')]],
    ['Source', (c, o) => trSrc(o), [], opt],
    ['Promo Code', (c, o) => (n(o) % 6 === 4 ? 'FALLFOLIAGE15' : ''), ['commerce.promotionID']],
    ['Room Charges', (c, o) => two(trRent(o)), [PL('priceTotal')], opt],
    ['Add-Ons', (c, o) => two(trAddon(o)), []],
    ['Taxes', (c, o) => two(trTax(o)), [OR('taxAmount')]],
    ['Total', (c, o) => two(trTotal(o)), [OR('priceTotal')]],
    ['Paid', (c, o) => two(trPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance', (c, o) => two(trSt(o) === 'Cancelled' ? 0 : trTotal(o) - trPaid(o)), []],
    ['Notes', (c, o) => row(['', 'Celebrating anniversary', '', 'Late arrival ~10pm', 'Allergic to feathers', '', 'Dog-friendly room requested'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Canada: pizzeria POS order lines
  { name: 'speedline-order-detail-export-ca', product: 'SpeedLine (SpeedLine POS back office: Reports > Sales > Order Detail > Export CSV, one row per order line, Canadian English UI, an Edmonton (Alberta) three-store pizzeria chain taking phone, online, SkipTheDishes and walk-in orders, Mountain time, CAD with 5% GST)', family: 'pos', language: 'en', schema: E, cols: [
    ['Store', (c, o) => row(SL_STORES, n(o) % 3), ['commerce.commerceScope.storeCode'], opt],
    ['Order #', (c, o) => String(10000 + (n(o) * 29) % 90000), [OR('purchaseID')]],
    ['Business Date', (c, o) => ymd(mountain(slAt(o))), [], opt],
    ['Order Time', (c, o) => `${ymd(mountain(slAt(o)))} ${hm(mountain(slAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Order Type', (c, o) => slType(o), [OR('orderType'), 'commerce.shipping.shippingMethod'], opt],
    ['Order Source', (c, o) => slSrc(o), ['commerce.cart.cartSource'], opt],
    ['Phone', (c, o) => (slType(o) === 'Dine In' ? '' : paren(slWho(c).mob)), PHONE_ID, opt],
    ['Customer Name', (c, o) => (slType(o) === 'Dine In' ? '' : slWho(c).full), []],
    ['Customer Email', (c, o) => (slSrc(o) === 'Online' ? slWho(c).email : ''), EMAIL_ID],
    ['Address', (c, o) => (slDel(o) ? slWho(c).street : ''), [SHIP('street1')]],
    ['Unit/Suite', (c, o) => (slDel(o) ? slWho(c).unit : ''), [SHIP('street2')]],
    ['City', (c, o) => (slDel(o) ? slWho(c).city : ''), [SHIP('city')]],
    ['Postal Code', (c, o) => (slDel(o) ? slWho(c).post : ''), [SHIP('postalCode')]],
    ['Item Code', (c, o, r, i) => slItem(o, i)[0], [PL('SKU')]],
    ['Item Description', (c, o, r, i) => slItem(o, i)[1], [PL('name')]],
    ['Size', (c, o, r, i) => slItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Modifiers', (c, o, r, i) => (slItem(o, i)[0].startsWith('PZ') ? row(SL_MODS, n(o) + i) : ''), [PL('selectedOptions[0].value')], opt],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Amount', (c, o, r, i) => two(slLine(o, i)), [PL('priceTotal')]],
    ['Discount', (c, o, r, i) => two(slDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Coupon', (c, o, r, i) => (slDisc(o, i) ? 'TUESDAY20' : ''), ['commerce.promotionID']],
    ['Delivery Charge', (c, o) => two(slDelFee(o)), ['commerce.shipping.shippingAmount']],
    ['GST', (c, o, r, i) => two(slGst(o, i)), [OR('taxAmount')]],
    ['Tip', (c, o) => two(slTip(o)), []],
    ['Order Total', (c, o, r, i) => two(slTotal(o, i)), [OR('priceTotal')]],
    ['Tender', (c, o) => (slSrc(o) === 'SkipTheDishes' ? 'Skip Prepaid' : slSrc(o) === 'Online' ? 'Online - Credit' : row(['Cash', 'Debit', 'Visa', 'Mastercard', 'Debit'], n(o) % 5)), [OR('payments[0].paymentType')]],
    ['Driver', (c, o) => (slDel(o) ? row(['Harj S.', 'Mike D.', 'Tyson R.'], n(o) % 3) : ''), []],
    ['Employee', (c, o) => row(['Brenda K.', 'Josh L.', 'Amrit P.', 'Kayla M.'], n(o) % 4), []],
    ['Promised Time', (c, o) => (slType(o) === 'Dine In' ? '' : hm(mountain(slAt(o) + (slDel(o) ? 45 : 20) * 60000))), [], opt],
  ] },
  // ---------------------------------------------------------------- US: contact-centre call log
  { name: 'five9-call-log-report-us', product: 'Five9 (Reports > Call Log report > Export CSV, one row per call, US English UI, a Tampa (Florida) home-security and alarm-monitoring company\'s customer care and tech-support queues with CRM contact fields, Eastern time)', family: 'support', language: 'en', schema: E, cols: [
    ['CALL ID', (c, o) => String(300000000000000 + n(o) * 1000003), ['_id']],
    ['TIMESTAMP', (c, o) => { const p = east(f9At(o)); return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]}, ${pad(p.d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][p.m - 1]} ${p.y} ${hms(p)}` }, ['timestamp']],
    ['DATE', (c, o) => ymd(east(f9At(o)), '/'), [], opt],
    ['TIME', (c, o) => hms(east(f9At(o))), [], opt],
    ['CAMPAIGN', (c, o) => (f9Type(o) === 'Outbound' || f9Type(o) === 'Manual' ? 'Outbound - Service Follow Up' : 'Inbound Main Line'), [], opt],
    ['CALL TYPE', (c, o) => f9Type(o), [], opt],
    ['SKILL', (c, o) => f9Skill(o), [], opt],
    ['AGENT', (c, o) => (f9Ab(o) ? '' : f9Agent(o)[0]), []],
    ['AGENT NAME', (c, o) => (f9Ab(o) ? '' : f9Agent(o)[1]), []],
    ['DISPOSITION', (c, o) => f9Disp(o), []],
    ['ANI', (c) => f9Who(c).mob, PHONE_ID, opt],
    ['DNIS', () => '8135550190', []],
    ['CUSTOMER NAME', (c) => (f9Known(c) ? f9Who(c).full : ''), []],
    ['email', (c) => (f9Known(c) && n(c) % 3 ? f9Who(c).email : ''), EMAIL_ID],
    ['Account Number', (c) => (f9Known(c) ? `GP${pad((n(c) * 17) % 1000000, 6)}` : ''), CUST_ID, opt],
    ['zip', (c) => (f9Known(c) ? f9Who(c).post : ''), [GEO('postalCode')], opt],
    ['HANDLE TIME', (c, o) => secs(f9Talk(o) + f9Hold(o) + f9Acw(o)), [], opt],
    ['TALK TIME', (c, o) => secs(f9Talk(o)), []],
    ['HOLD TIME', (c, o) => secs(f9Hold(o)), []],
    ['QUEUE WAIT TIME', (c, o) => secs(f9Wait(o)), []],
    ['AFTER CALL WORK TIME', (c, o) => secs(f9Acw(o)), []],
    ['ABANDONED', (c, o) => (f9Ab(o) ? '1' : '0'), []],
    ['TRANSFERS', (c, o) => (f9Disp(o).startsWith('Transferred') ? '1' : '0'), []],
    ['RECORDINGS', (c, o) => (f9Ab(o) ? '0' : '1'), []],
    ['SESSION ID', (c, o) => v.hex(v.rng(n(o) * 11 + 2), 32).toUpperCase(), [], opt],
  ] },
  // ---------------------------------------------------------------- Canada: realtor CRM contacts
  { name: 'ixact-contact-contacts-export-ca', product: 'IXACT Contact (Contacts > select all > Export Contacts > CSV, one row per contact, Canadian English UI, an Ottawa (Ontario) residential realtor\'s past clients, prospects and sphere)', family: 'crm', language: 'en', schema: P, cols: [
    ['Salutation', (c) => (n(c) % 4 === 0 ? '' : c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => ixWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ixWho(c).last, ['person.name.lastName']],
    ['Spouse/Partner First Name', (c) => (ixSpouse(c) ? ixSpouse(c).first : ''), []],
    ['Spouse/Partner Last Name', (c) => (ixSpouse(c) ? (n(c) % 2 ? ixWho(c).last : ixSpouse(c).last) : ''), []],
    ['Company', (c) => (n(c) % 5 === 2 ? row(['Shopify', 'Canada Revenue Agency', 'The Ottawa Hospital', 'Nokia', 'Carleton University'], n(c) % 5) : ''), ['organizations[0]'], opt],
    ['Email', (c) => ixWho(c).email, ['personalEmail.address']],
    ['Email 2', (c) => (n(c) % 4 === 1 ? `${v.slug(ixWho(c).first)}.${v.slug(ixWho(c).last)}@${row(['canada.ca', 'ottawahospital.on.ca', 'nokia.com'], n(c) % 3)}` : ''), ['workEmail.address'], opt],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? dash(ixWho(c).home) : ''), ['homePhone.number']],
    ['Mobile Phone', (c) => dash(ixWho(c).mob), ['mobilePhone.number']],
    ['Business Phone', (c) => (n(c) % 5 === 2 ? `613-555-${pad((n(c) * 7) % 10000, 4)}` : ''), ['workPhone.number']],
    ['Street Address', (c) => ixWho(c).street, at(HOME, 'street1')],
    ['Unit', (c) => ixWho(c).unit, at(HOME, 'street2')],
    ['City', (c) => ixWho(c).city, at(HOME, 'city')],
    ['Province', (c) => ixWho(c).region, STATE(HOME)],
    ['Postal Code', (c) => ixWho(c).post, at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Birthday', (c) => (n(c) % 3 === 1 ? '' : v.fmt.ymd(c.birth)), ['person.birthDate']],
    ['Home Anniversary', (c) => (ixType(c) === 'Past Client' ? v.fmt.ymd(since(c, 2000)) : ''), []],
    ['Contact Type', (c) => ixType(c), [], opt],
    ['Groups', (c) => row(['Newsletter', 'Newsletter; Client Events', '', 'Newsletter; Market Reports - Kanata', 'Holiday Cards'], n(c) % 5), []],
    ['Source', (c) => row(['Referral', 'Open House', 'Website', 'Sphere', 'Realtor.ca', 'Past Client'], n(c) % 6), [], opt],
    ['Do Not Email', (c) => (n(c) % 11 === 3 ? 'Yes' : 'No'), [], opt],
    ['Date Added', (c) => v.fmt.ymd(c.created), [], opt],
    ['Notes', (c) => row(['', 'Downsizing in 2025', '', 'Kids at Glebe Collegiate', 'Looking in Westboro under $900K', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Canada: newsletter subscribers
  { name: 'campayn-subscribers-export-ca', product: 'Campayn (Contacts > list > Export Contacts, CSV one row per contact with custom fields, English UI, a Halifax (Nova Scotia) bakery-café\'s newsletter and birthday-treat list)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => cpWho(c).email, ['personalEmail.address']],
    ['First Name', (c) => cpWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 5 === 3 ? '' : cpWho(c).last), ['person.name.lastName']],
    ['Company', (c) => (n(c) % 7 === 2 ? 'Nova Scotia Health' : ''), ['organizations[0]'], opt],
    ['Phone', (c) => (n(c) % 3 ? dash(cpWho(c).mob) : ''), ['mobilePhone.number', 'homePhone.number'], opt],
    ['Address', (c) => (n(c) % 4 ? cpWho(c).street : ''), at(HOME, 'street1')],
    ['City', (c) => cpWho(c).city, at(HOME, 'city')],
    ['Province/State', (c) => cpWho(c).region, STATE(HOME)],
    ['Postal Code', (c) => (n(c) % 4 ? cpWho(c).post : ''), at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Birthday', (c) => { const p = v.parts(c.birth); return `${pad(p.m)}/${pad(p.d)}` }, ['person.birthDayAndMonth']],
    ['Favourite Treat', (c) => row(['Oatcakes', 'Blueberry grunt', 'Sourdough', 'Cinnamon buns', 'Gluten-free brownies'], n(c) % 5), []],
    ['Status', (c) => cpSt(c), [], opt],
    ['Date Added', (c) => isoS(v.parts(c.created)), [], opt],
    ['Signup Source', (c) => row(['Website signup form', 'In-store iPad', 'Import', 'Facebook signup form'], n(c) % 4), [], opt],
    ['Lists', (c) => row(['Newsletter', 'Newsletter, Birthday Club', 'Wholesale Customers', 'Newsletter'], n(c) % 4), []],
    ['Last Opened', (c) => (cpSt(c) === 'Bounced' ? '' : isoS(v.parts(c.updated))), [], opt],
    ['IP Address', (c, o, r) => (n(c) % 4 === 2 ? '' : v.ip4(r)), [], opt],
  ] },
  // ---------------------------------------------------------------- Canada: café stamp-card members
  { name: 'stampt-members-export-ca', product: 'Stampt (merchant dashboard: Customers > Export CSV, one row per stamp-card member, Canadian English UI, a Toronto café group with four locations running a buy-nine-get-one coffee card, Eastern time)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(880000 + (n(c) * 13) % 100000), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['First Name', (c) => stWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => stWho(c).last, ['person.name.lastName']],
    ['Email', (c) => stWho(c).email, ['personalEmail.address']],
    ['Phone', (c) => (n(c) % 3 === 2 ? '' : plus1(stWho(c).mob)), ['mobilePhone.number']],
    ['Birthday', (c) => (n(c) % 4 === 1 ? '' : v.fmt.mmdd(c.birth)), ['person.birthDayAndMonth']],
    ['Gender', (c) => (n(c) % 5 === 4 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Postal Code', (c) => stWho(c).post.slice(0, 3), at(HOME, 'postalCode'), opt],
    ['Program', () => 'Coffee Card - Buy 9, get the 10th free', ['loyalty.program']],
    ['Member Since', (c) => usD(east(since(c, 700))), ['loyalty.joinDate']],
    ['Home Location', (c) => row(STORES, n(c) % 4), [], opt],
    ['Total Visits', (c) => String(stVisits(c)), []],
    ['Stamps Earned', (c) => String(stEarned(c)), ['loyalty.lifetimePoints']],
    ['Current Stamps', (c) => String(stEarned(c) - stRedeemed(c) * 9), ['loyalty.points']],
    ['Stamps Redeemed', (c) => String(stRedeemed(c) * 9), ['loyalty.pointsRedeemed']],
    ['Rewards Redeemed', (c) => String(stRedeemed(c)), [], opt],
    ['Last Visit', (c) => usDT(east(during(since(c, 700) + stVisits(c) * 9 * day, east, 7, 12))), [], opt],
    ['Last Visit Location', (c) => row(STORES, (n(c) + 1) % 4), [], opt],
    ['Email Opt-In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: hospital-executive list
  { name: 'definitive-healthcare-executives-export-us', product: 'Definitive Healthcare (HospitalView > Executives list > Export to Excel/CSV, one row per executive of a hospital, US English UI, a Nashville clinical-software vendor prospecting nursing, pharmacy and IT leaders at Southeast hospitals)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Executive ID', (c) => String(1200000 + (n(c) * 29) % 800000), B2BID],
    ['Definitive ID', (c) => dhHosp(c)[1], ACCT],
    ['Hospital Name', (c) => dhHosp(c)[0], CO],
    ['Firm Type', (c) => dhHosp(c)[12], [], opt],
    ['First Name', (c) => dhWho(c).first, ['person.name.firstName']],
    ['Middle Name', (c) => (n(c) % 3 === 0 ? row(['A.', 'Lynn', 'J.', 'Marie'], n(c) % 4) : ''), ['person.name.middleName']],
    ['Last Name', (c) => dhWho(c).last, ['person.name.lastName']],
    ['Credentials', (c) => dhCred(c), ['person.name.suffix'], opt],
    ['Title', (c) => dhRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Standardized Title', (c) => dhRole(c)[1], ['extendedWorkDetails.jobTitle'], opt],
    ['Position Level', (c) => dhRole(c)[2], [], opt],
    ['Department', (c) => dhRole(c)[3], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${v.slug(dhWho(c).first)}.${v.slug(dhWho(c).last)}@${dhHosp(c)[11]}`, ['workEmail.address']],
    ['Direct Phone', (c) => (n(c) % 3 === 1 ? '' : dash(`${dhHosp(c)[10].slice(0, 6)}${pad((n(c) * 37) % 10000, 4)}`)), ['workPhone.number']],
    ['Hospital Phone', (c) => dash(dhHosp(c)[10]), ['workPhone.number'], opt],
    ['Address', (c) => dhHosp(c)[2], [W('street1')]],
    ['City', (c) => dhHosp(c)[3], [W('city')]],
    ['State', (c) => dhHosp(c)[4], STATE(['workAddress'])],
    ['Zip Code', (c) => dhHosp(c)[5], [W('postalCode')]],
    ['County', (c) => dhHosp(c)[6], [], opt],
    ['Website', (c) => `https://www.${dhHosp(c)[11]}`, ['b2b.companyWebsite']],
    ['Network Name', (c) => dhHosp(c)[7], [], opt],
    ['Number of Staffed Beds', (c) => String(dhHosp(c)[8]), []],
    ['Net Patient Revenue ($M)', (c) => dhHosp(c)[9].toFixed(1), []],
    ['LinkedIn Profile', (c) => (n(c) % 4 === 2 ? '' : `https://www.linkedin.com/in/${v.slug(dhWho(c).first)}-${v.slug(dhWho(c).last)}-${v.hex(seeded(c, 'li'), 6)}`), [], opt],
    ['Last Updated', (c) => usD(v.parts(c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- US: government-official list
  { name: 'leadership-connect-people-export-us', product: 'Leadership Connect (Search > People results > Export > CSV, one row per person in a position, US English UI, a Washington (DC) govtech cloud vendor prospecting federal, state and county IT officials and congressional staff)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Person ID', (c) => `P${String(4100000 + (n(c) * 43) % 900000)}`, B2BID],
    ['Prefix', (c) => lcRole(c)[1] || (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => lcWho(c).first, ['person.name.firstName']],
    ['Middle Name', (c) => (n(c) % 4 === 0 ? 'R.' : ''), ['person.name.middleName']],
    ['Last Name', (c) => lcWho(c).last, ['person.name.lastName']],
    ['Suffix', (c) => (!c.female && n(c) % 9 === 4 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Title', (c) => lcRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Organization', (c) => lcOrg(c)[0], CO],
    ['Organization ID', (c) => lcOrg(c)[1], ACCT, opt],
    ['Sector', (c) => lcOrg(c)[2], [], opt],
    ['Office', (c) => lcOrg(c)[3], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${v.slug(lcWho(c).first)}.${v.slug(lcWho(c).last)}@${lcOrg(c)[9]}`, ['workEmail.address']],
    ['Phone', (c) => paren(`${lcOrg(c)[10].slice(0, 6)}${pad((n(c) * 31) % 10000, 4)}`), ['workPhone.number']],
    ['Fax', (c) => (n(c) % 3 === 2 ? paren(`${lcOrg(c)[10].slice(0, 6)}${pad((n(c) * 17) % 10000, 4)}`) : ''), ['faxPhone.number']],
    ['Address 1', (c) => lcOrg(c)[4], [W('street1')]],
    ['Address 2', (c) => lcOrg(c)[5], [W('street2')]],
    ['City', (c) => lcOrg(c)[6], [W('city')]],
    ['State', (c) => lcOrg(c)[7], STATE(['workAddress'])],
    ['Zip', (c) => lcOrg(c)[8], [W('postalCode')]],
    ['Country', () => 'United States', [W('country')]],
    ['Organization Website', (c) => `https://www.${lcOrg(c)[9]}`, ['b2b.companyWebsite']],
    ['Assistant Name', (c) => (lcAsst(c) ? lcAsst(c).full : ''), ['extendedWorkDetails.assistantDetails.name.fullName']],
    ['Assistant Phone', (c) => (lcAsst(c) ? paren(`${lcOrg(c)[10].slice(0, 6)}${pad((n(c) * 53) % 10000, 4)}`) : ''), ['extendedWorkDetails.assistantDetails.phone.number']],
    ['Reports To', (c) => (n(c) % 7 === 0 ? '' : `${who(c, 'ne', 'boss').full}, ${row(['Secretary', 'Chief Information Officer', 'Staff Director', 'Director'], n(c) % 4)}`), ['extendedWorkDetails.reportsToID'], opt],
    ['Last Verified', (c) => usD(v.parts(c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- US: trade-show leads with e-mail verification
  { name: 'kickbox-verified-lead-list-us', product: 'Kickbox (Verify > list > Download Results > all results CSV: the uploaded list\'s columns followed by the kickbox_ columns, US English UI, a Milwaukee (Wisconsin) industrial-automation distributor\'s trade-show booth leads checked before a nurture campaign)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => kbWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => kbWho(c).last, ['person.name.lastName']],
    ['Email', (c) => kbMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Company', (c) => kbCo(c)[0], CO],
    ['Job Title', (c) => kbTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => dots(`${kbCo(c)[6].slice(0, 6)}${pad((n(c) * 41) % 10000, 4)}`), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? dots(`${row(['414', '262', '920'], n(c) % 3)}${kbWho(c).mob.slice(3)}`) : ''), ['mobilePhone.number']],
    ['Address', (c) => kbCo(c)[2], [W('street1')]],
    ['City', (c) => kbCo(c)[3], [W('city')]],
    ['State', (c) => kbCo(c)[4], STATE(['workAddress'])],
    ['Zip', (c) => kbCo(c)[5], [W('postalCode')]],
    ['Website', (c) => `www.${kbCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Lead Source', () => 'FABTECH 2024 - Booth 4521', ['b2b.personSource'], opt],
    ['Scan Date', (c) => usD(v.parts(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Interest', (c) => row(['PLC retrofit', 'Cobots', 'VFDs', 'Machine guarding', 'Vision systems'], n(c) % 5), []],
    ['kickbox_result', (c) => kbRes(c), ['workEmail.status'], opt],
    ['kickbox_reason', (c) => kbReason(c), ['workEmail.statusReason'], opt],
    ['kickbox_role', (c) => (n(c) % 10 === 7 ? 'true' : 'false'), []],
    ['kickbox_free', (c) => (kbFree(c) ? 'true' : 'false'), []],
    ['kickbox_disposable', () => 'false', []],
    ['kickbox_accept_all', (c) => (kbRes(c) === 'risky' ? 'true' : 'false'), []],
    ['kickbox_did_you_mean', () => '', [], opt],
    ['kickbox_sendex', (c) => ({ deliverable: 0.87, risky: 0.42, undeliverable: 0.04, unknown: 0.5 })[kbRes(c)].toFixed(3), [], opt],
  ] },
]
