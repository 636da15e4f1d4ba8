// Round 65, heldout155: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). US and Canadian English exports (en 12): a Columbus (Ohio) game store's
// marketplace shipping export (TCGplayer), a Vancouver gastropub's POS item sales (Squirrel Systems), a Nashville
// physical-therapy clinic's embedded-payments transactions (Payrix), a Denver music venue's ticket orders (Tixr), a
// Victoria (BC) whale-watching operator's bookings (Rezgo), an Austin hot-sauce subscription brand's attributed orders
// (Wicked Reports), a Vancouver Island conservation nonprofit's supporters (NationBuilder), a Charlotte fast-casual
// chain's loyalty guests (Incentivio), a Nashville singer's SMS fan club members (Community), a Montréal payroll
// startup's prospect list (Voila Norbert), a Tampa managed-service provider's client contacts (ConnectWise PSA) and a
// Chicago private-equity firm's relationship contacts (DealCloud). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, shift, ymd, hms, hm, mdy, hm12, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
// North American clocks, summer time approximated by months 4-10
const dst = (ms) => [4, 5, 6, 7, 8, 9, 10].includes(v.parts(ms).m)
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const ct = (ms) => shift(ms, dst(ms) ? -5 : -6)
const mt = (ms) => shift(ms, dst(ms) ? -6 : -7)
const pt = (ms) => shift(ms, dst(ms) ? -7 : -8)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock
const open = (ms, clock, lo = 9, span = 10) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 4) * day + (n(c) % 60000) * 1000
const usT = (p) => `${mdy(p)} ${hm12(p)}`
const isoT = (p) => `${ymd(p)} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x15515515); r(); r(); return r }
const NAMES = {
  male: ['Tyler', 'Brandon', 'Jacob', 'Austin', 'Kyle', 'Logan', 'Caleb', 'Marcus', 'Andre', 'Kevin', 'Jason', 'Eric', 'Dylan', 'Nathan', 'Carlos', 'Jordan', 'Ryan', 'Evan'],
  female: ['Ashley', 'Brittany', 'Madison', 'Kayla', 'Hailey', 'Megan', 'Lauren', 'Alexis', 'Taylor', 'Jasmine', 'Rachel', 'Morgan', 'Natalie', 'Brianna', 'Sofia', 'Kelsey', 'Amanda', 'Paige'],
  last: ['Johnson', 'Rodriguez', 'Miller', 'Davis', 'Garcia', 'Thompson', 'Robinson', 'Lewis', 'Hernandez', 'Lee', 'Walker', 'Hall', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Carter', 'Mitchell', 'Perez', 'Turner', 'Phillips', 'Nguyen', 'Patel', 'Kim'],
  caM: ['Liam', 'Ethan', 'Noah', 'Owen', 'Mathieu', 'Connor', 'Hunter', 'Brayden', 'Raj', 'Wei', 'Declan', 'Jonah'],
  caF: ['Emma', 'Chloé', 'Avery', 'Olivia', 'Maya', 'Brooke', 'Jenna', 'Priya', 'Mei', 'Camille', 'Kaitlyn', 'Shannon'],
  caL: ['Tremblay', 'MacDonald', 'Campbell', 'Wong', 'Singh', 'Leblanc', 'Stewart', 'Chen', 'Roy', 'Fraser', 'McKenzie', 'Gagnon', 'Anderson', 'Thomson', 'Sandhu', 'Morrison'],
}
// [city, state/province, ZIP/postal code, area code], street names, mail domains
const POOLS = {
  us: { places: [['Columbus', 'OH', '43215', '614'], ['Phoenix', 'AZ', '85016', '602'], ['Sacramento', 'CA', '95816', '916'], ['Orlando', 'FL', '32803', '407'], ['Raleigh', 'NC', '27609', '919'], ['Minneapolis', 'MN', '55408', '612'], ['Spokane', 'WA', '99201', '509'], ['Albany', 'NY', '12203', '518'], ['Plano', 'TX', '75024', '972'], ['Lexington', 'KY', '40502', '859'], ['Tucson', 'AZ', '85719', '520'], ['Pittsburgh', 'PA', '15213', '412']],
    streets: ['Oak St', 'Maple Ave', 'N High St', 'Elm Dr', 'Lakeview Rd', 'Cedar Ln', 'Washington Blvd', 'Pine Ridge Ct', 'Main St', '3rd Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'] },
  tn: { places: [['Nashville', 'TN', '37206', '615'], ['Nashville', 'TN', '37212', '615'], ['Franklin', 'TN', '37064', '615'], ['Brentwood', 'TN', '37027', '615'], ['Murfreesboro', 'TN', '37130', '629'], ['Hendersonville', 'TN', '37075', '615'], ['Knoxville', 'TN', '37919', '865'], ['Louisville', 'KY', '40204', '502'], ['Atlanta', 'GA', '30306', '404'], ['Birmingham', 'AL', '35209', '205']],
    streets: ['Gallatin Ave', 'Belmont Blvd', 'Charlotte Pike', 'Franklin Pike', 'Nolensville Pike', 'Woodland St', 'Hillsboro Rd', 'Main St'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'vanderbilt.edu'] },
  co: { places: [['Denver', 'CO', '80205', '720'], ['Denver', 'CO', '80218', '303'], ['Aurora', 'CO', '80012', '303'], ['Lakewood', 'CO', '80226', '720'], ['Boulder', 'CO', '80302', '303'], ['Fort Collins', 'CO', '80521', '970'], ['Colorado Springs', 'CO', '80903', '719'], ['Englewood', 'CO', '80113', '303'], ['Cheyenne', 'WY', '82001', '307']],
    streets: ['Colfax Ave', 'Larimer St', 'S Broadway', 'Tennyson St', 'Federal Blvd', 'Pearl St', 'Santa Fe Dr', 'E 17th Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'colorado.edu', 'hotmail.com'] },
  nc: { places: [['Charlotte', 'NC', '28203', '704'], ['Charlotte', 'NC', '28205', '980'], ['Matthews', 'NC', '28105', '704'], ['Huntersville', 'NC', '28078', '704'], ['Concord', 'NC', '28025', '704'], ['Gastonia', 'NC', '28054', '704'], ['Rock Hill', 'SC', '29730', '803'], ['Fort Mill', 'SC', '29715', '803']],
    streets: ['South Blvd', 'Central Ave', 'Providence Rd', 'Park Rd', 'Selwyn Ave', 'N Tryon St', 'Monroe Rd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'charter.net'] },
  tx: { places: [['Austin', 'TX', '78704', '512'], ['Houston', 'TX', '77006', '713'], ['Denver', 'CO', '80211', '303'], ['Brooklyn', 'NY', '11215', '718'], ['San Diego', 'CA', '92104', '619'], ['Chicago', 'IL', '60614', '312'], ['Portland', 'OR', '97214', '503'], ['Tampa', 'FL', '33606', '813'], ['Kansas City', 'MO', '64111', '816'], ['Richmond', 'VA', '23220', '804']],
    streets: ['S Congress Ave', 'Westheimer Rd', 'Hawthorne Blvd', 'Sunset Dr', 'Elm St', 'Park Ave', 'Grand Ave', 'Magnolia St'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'me.com'] },
  bc: { places: [['Victoria', 'BC', 'V8V 3K5', '250'], ['Vancouver', 'BC', 'V6K 2G2', '604'], ['Nanaimo', 'BC', 'V9R 5J4', '250'], ['Courtenay', 'BC', 'V9N 2L6', '250'], ['Duncan', 'BC', 'V9L 1N9', '250'], ['Comox', 'BC', 'V9M 2N3', '250'], ['Parksville', 'BC', 'V9P 1T5', '250'], ['Calgary', 'AB', 'T2S 0K1', '403'], ['Seattle', 'WA', '98103', '206'], ['Burnaby', 'BC', 'V5H 2E6', '604']],
    streets: ['Fort St', 'Cook St', 'W 4th Ave', 'Commercial Dr', 'Cliffe Ave', 'Dallas Rd', 'Oak Bay Ave', 'Main St', 'Craigflower Rd', 'Island Hwy'], mail: ['gmail.com', 'gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'icloud.com'] },
}
const mk = (c, pool, salt) => {
  const r = seeded(c, `${pool}:${salt}`), P0 = POOLS[pool]
  const female = c.female, ca = pool === 'bc'
  const first = v.pick(r, ca ? (female ? NAMES.caF : NAMES.caM) : (female ? NAMES.female : NAMES.male))
  const last = v.pick(r, ca ? NAMES.caL : NAMES.last)
  const pl = v.pick(r, P0.places)
  const sep = v.pick(r, ['.', '', '_', '.']), num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  const mob = `${pl[3]}${v.int(r, 201, 989)}${pad(v.int(r, 0, 9999), 4)}`
  return { female, first, last, full: `${first} ${last}`, city: pl[0], region: pl[1], post: pl[2], area: pl[3],
    street: `${v.int(r, 1, ca ? 3900 : 9800)} ${v.pick(r, P0.streets)}`, street2: r() < 0.22 ? v.pick(r, ['Apt 4', 'Unit 12', 'Apt 2B', 'Suite 210', '#305']) : '',
    mob, email: `${v.slug(first)}${sep}${v.slug(last)}${num}@${v.pick(r, P0.mail)}`, k: v.int(r, 0, 9999) }
}
const who = (c, pool, salt = '') => { const k = `${pool}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, pool, salt)); return memo.get(k) }
const paren = (m) => `(${m.slice(0, 3)}) ${m.slice(3, 6)}-${m.slice(6)}`
const dash = (m) => `${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`
const e164 = (m) => `+1${m}`
const ctry = (region) => (['BC', 'AB', 'ON', 'QC'].includes(region) ? 'Canada' : 'United States')

// ---------------------------------------------------------------- 1. TCGplayer shipping export (E)
// a Columbus (Ohio) game store selling singles: [items, product value USD, weight oz]
const tcVal = (o) => [4.37, 12.9, 0.99, 38.5, 7.25, 124.99, 2.16, 19.75, 56.4][n(o) % 9]
const tcItems = (o) => [3, 5, 1, 2, 7, 1, 2, 4, 3][n(o) % 9]
const tcMethod = (o) => (tcVal(o) >= 50 ? 'Standard (7-10 days)' : n(o) % 7 === 3 ? 'Expedited (1-5 days)' : 'Standard (7-10 days)')
const tcFee = (o) => (tcMethod(o).startsWith('Expedited') ? 7.99 : tcVal(o) >= 5 ? 0 : 1.31)
const tcTracked = (o) => tcVal(o) >= 20 || tcMethod(o).startsWith('Expedited')
const tcId = (o) => { const r = v.rng(n(o) * 7 + 11); return `${v.hex(r, 8)}-${v.hex(r, 6)}-${v.hex(r, 5)}`.toUpperCase() }
// ---------------------------------------------------------------- 2. Squirrel Systems item sales detail (E)
// a Vancouver (Kitsilano) gastropub: [item #, item, major group, family group, price CAD]
const SQ_ITEMS = [['4012', 'Fish & Chips (2pc)', 'Food', 'Mains', 23], ['4020', 'Kits Burger', 'Food', 'Mains', 21.5], ['3105', 'Crispy Brussels Sprouts', 'Food', 'Shareables', 14], ['6001', '33 Acres of Life Pint', 'Beer', 'Draft Beer', 8.75], ['6014', 'Four Winds IPA Sleeve', 'Beer', 'Draft Beer', 7.5], ['7102', 'Caesar (1oz)', 'Liquor', 'Cocktails', 11], ['7210', 'BC Pinot Gris 6oz', 'Wine', 'White Wine', 12.5], ['8001', 'Nanaimo Bar', 'Food', 'Desserts', 9]]
const sqItem = (o) => row(SQ_ITEMS, n(o) % 8)
const sqQty = (o) => (sqItem(o)[2] === 'Beer' ? 1 + (n(o) % 3) : 1)
const sqGross = (o) => sqItem(o)[4] * sqQty(o)
const sqHappy = (o) => sqItem(o)[2] !== 'Food' && n(o) % 4 === 1
const sqDisc = (o) => (sqHappy(o) ? Math.round(sqGross(o) * 0.25 * 100) / 100 : n(o) % 11 === 5 ? sqGross(o) : 0)
const sqNet = (o) => sqGross(o) - sqDisc(o)
const sqAt = (o) => open(o.at, pt, 11, 12)
const sqRc = (o) => row(['Dining Room', 'Bar', 'Patio', 'Dining Room', 'Take Out', 'Bar'], n(o) % 6)
const sqMod = (o) => (sqItem(o)[0] === '4012' ? row(['', 'Sub Yam Fries', 'Extra Tartar', ''], n(o) % 4) : sqItem(o)[0] === '4020' ? row(['Add Bacon', 'No Onion', 'Sub Caesar Salad', 'Med-Well'], n(o) % 4) : sqItem(o)[0] === '7102' ? 'Double; Spicy Rim' : '')
// ---------------------------------------------------------------- 3. Payrix transactions (E)
// a Nashville physical-therapy clinic: [description, amount USD]
const PX_SVC = [['PT visit copay', 40], ['PT visit copay', 30], ['Initial evaluation - self pay', 185], ['Dry needling add-on', 45], ['Balance due statement', 126.52], ['Home exercise kit', 34.99], ['Massage therapy 60 min', 95]]
const pxSvc = (o) => row(PX_SVC, n(o) % 7)
const pxType = (o) => row(['Sale', 'Sale', 'Sale', 'Refund', 'Sale', 'eCheck Sale', 'Sale', 'Auth'], n(o) % 8)
const pxOk = (o) => n(o) % 10 !== 7
const pxSt = (o) => (!pxOk(o) ? 'Denied' : pxType(o) === 'Auth' ? 'Approved' : n(o) % 3 === 0 ? 'Captured' : 'Settled')
const pxMethod = (o) => (pxType(o) === 'eCheck Sale' ? 'Checking' : row(['Visa', 'Mastercard', 'Visa', 'American Express', 'Discover', 'Visa'], n(o) % 6))
const pxAt = (o) => open(o.at, ct, 7, 12)
const pxAmt = (o) => pxSvc(o)[1]
const pxFee = (o) => (pxType(o) === 'eCheck Sale' ? 0.75 : Math.round((pxAmt(o) * 0.029 + 0.3) * 100) / 100)
const pxId = (o, kind) => `t1_${kind}_${v.hex(v.rng(n(o) * 3 + kind.length), 23)}`
// ---------------------------------------------------------------- 4. Tixr orders (E)
// a Denver independent music venue: [event, event date, tier, face value USD]
const TX_SHOWS = [['Neon Canyon w/ The Haymakers', '2024-09-13'], ['DJ Solstice: Late Night Set', '2024-10-04'], ['Ramona Vale - Wildflower Tour', '2024-11-08'], ['Halloween Disco Inferno', '2024-10-31'], ['The Gulch Revival (Two Nights)', '2024-12-06']]
const TX_TIERS = [['GA Advance', 25], ['GA Tier 2', 30], ['GA Day of Show', 35], ['Balcony Reserved', 45], ['VIP Meet & Greet', 120]]
const txShow = (o) => row(TX_SHOWS, n(o) % 5)
const txTier = (o) => row(TX_TIERS, (n(o) >> 2) % 5)
const txQty = (o) => (txTier(o)[0].startsWith('VIP') ? 1 : 1 + (n(o) % 4))
const txFace = (o) => txTier(o)[1] * txQty(o)
const txFee = (o) => Math.round((txTier(o)[1] * 0.14 + 2.5) * txQty(o) * 100) / 100
const txDisc = (o) => (o.discount ? 5 * txQty(o) : 0)
const txTax = (o) => Math.round((txFace(o) - txDisc(o)) * 0.0481 * 100) / 100
const txTotal = (o) => txFace(o) - txDisc(o) + txFee(o) + txTax(o)
const txAt = (o) => o.at
const txSt = (o) => row(['Completed', 'Completed', 'Completed', 'Refunded', 'Completed', 'Completed', 'Partially Refunded'], n(o) % 7)
// ---------------------------------------------------------------- 5. Rezgo bookings (E)
// a Victoria (BC) whale-watching operator: [item, option, item uid, adult CAD, child CAD]
const RZ_TOURS = [['Zodiac Whale Watching Adventure', '3 Hour - 9:00 AM Departure', '184203', 159, 119], ['Zodiac Whale Watching Adventure', '3 Hour - 1:30 PM Departure', '184204', 159, 119], ['Covered Vessel Whale Watching', '3.5 Hour - 10:00 AM Departure', '184210', 149, 99], ['Sunset Harbour Cruise', '2 Hour - 7:00 PM Departure', '190115', 89, 59], ['Private Charter - Covered Vessel', 'Half Day (up to 12 guests)', '201877', 1650, 0]]
const rzTour = (o) => row(RZ_TOURS, n(o) % 5)
const rzPriv = (o) => rzTour(o)[4] === 0
const rzAd = (o) => (rzPriv(o) ? 1 : 1 + (n(o) % 4))
const rzCh = (o) => (rzPriv(o) ? 0 : n(o) % 3)
const rzSub = (o) => rzTour(o)[3] * rzAd(o) + rzTour(o)[4] * rzCh(o)
const rzDisc = (o) => (o.discount ? Math.round(rzSub(o) * 0.1 * 100) / 100 : 0)
const rzTax = (o) => Math.round((rzSub(o) - rzDisc(o)) * 0.05 * 100) / 100
const rzTotal = (o) => rzSub(o) - rzDisc(o) + rzTax(o)
const rzSt = (o) => row(['Confirmed', 'Confirmed', 'Confirmed', 'Cancelled', 'Pending', 'Confirmed'], n(o) % 6)
const rzSrc = (o) => row(['Website', 'Website', 'Point of Sale', 'Viator', 'Website', 'Expedia', 'Phone'], n(o) % 7)
const rzPaid = (o) => (rzSt(o) === 'Cancelled' ? 0 : rzSt(o) === 'Pending' || rzSrc(o) === 'Phone' ? Math.round(rzTotal(o) * 0.25 * 100) / 100 : rzTotal(o))
const rzTourAt = (o) => { const p = v.parts(o.at); return Date.UTC(p.y, 4 + (n(o) % 5), 1 + (n(o) % 28), 16) }
const rzBooked = (o) => open(rzTourAt(o) - (2 + (n(o) * 13) % 90) * day - (n(o) % 40000) * 1000, pt, 7, 15)
// ---------------------------------------------------------------- 6. Wicked Reports attributed orders (E)
// an Austin hot-sauce subscription brand: [source, medium, campaign, ad/content]
const WR_SRC = [['facebook', 'paid', 'PROS - Broad - Hot Sauce Club', 'UGC Video - Ghost Pepper Challenge'], ['google', 'cpc', 'Brand Search', 'hot sauce subscription'], ['klaviyo', 'email', 'Welcome Flow - Email 3', 'Claim 20% Off'], ['(direct)', '(none)', '', ''], ['google', 'organic', '', ''], ['tiktok', 'paid', 'Spark Ads - Taste Test', 'Creator - Spicy Sarah'], ['attentive', 'sms', 'Restock Alert - Habanero Gold', '']]
const wrFirst = (o) => row(WR_SRC, (n(o) * 3) % 7)
const wrLast = (o) => row(WR_SRC, n(o) % 7)
const wrSub = (o) => wrProd(o)[0].startsWith('Hot Sauce Club')
const wrNew = (o) => n(o) % 4 === 0
const WR_PRODUCTS = [['Hot Sauce Club - Monthly (3 Bottles)', 34.99], ['Hot Sauce Club - Monthly (6 Bottles)', 59.99], ['Ghost Pepper Variety Pack', 42], ['Habanero Gold 3-Pack', 27.5], ['Gift Box - The Scorcher', 64]]
const wrProd = (o) => row(WR_PRODUCTS, n(o) % 5)
const wrAt = (o) => o.at
const wrDays = (o) => (wrNew(o) ? 0 : (n(o) * 7) % 120)

// ---------------------------------------------------------------- 7. NationBuilder people (P)
// a Vancouver Island watershed-conservation nonprofit
const nbSupport = (c) => n(c) % 5 + 1
const nbDon = (c) => (nbTags(c).includes('donor') ? 1 + (n(c) * 3) % 9 : n(c) % 4 === 1 ? 1 : 0)
const nbTags = (c) => row(['newsletter, river-cleanup-2024', 'donor, monthly-giver', 'volunteer, salmon-count', 'petition:estuary-protection', 'newsletter', 'donor, event:gala-2023, volunteer', 'member'], n(c) % 7)
// ---------------------------------------------------------------- 8. Incentivio guests (P)
// a Charlotte fast-casual Mediterranean bowl chain
const inSpend = (c) => 12 + (n(c) * 97) % 2400
const inPts = (c) => Math.round(inSpend(c) * 10) % 1500
const inTier = (c) => (inSpend(c) > 1500 ? 'Platinum' : inSpend(c) > 600 ? 'Gold' : 'Member')
const inNext = (c) => (inTier(c) === 'Platinum' ? '' : String((inTier(c) === 'Gold' ? 15000 : 6000) - Math.round(inSpend(c) * 10)))
const inLoc = (c) => row(['South End', 'Ballantyne', 'NoDa', 'Huntersville', 'Matthews', 'Uptown - Tryon St'], n(c) % 6)
// ---------------------------------------------------------------- 9. Community members (P)
const cmSrc = (c) => row(['Instagram bio link', 'Keyword: RODEO', 'Website', 'TikTok', 'Tour show QR code', 'Spotify canvas'], n(c) % 6)
// ---------------------------------------------------------------- 10. Voila Norbert prospects (B)
// a Montréal payroll-software startup: [company, domain, city, province, industry, size]
const VN_FIRMS = [['Prairie Harvest Co-op', 'prairieharvest.ca', 'Saskatoon', 'SK', 'Farming', '201-500'], ['Lakehead Trucking Ltd.', 'lakeheadtrucking.com', 'Thunder Bay', 'ON', 'Transportation/Trucking/Railroad', '51-200'], ['Bow River Dental Group', 'bowriverdental.ca', 'Calgary', 'AB', 'Medical Practice', '51-200'], ['Maplecrest Senior Living', 'maplecrestliving.ca', 'London', 'ON', 'Hospital & Health Care', '501-1000'], ['Northline Electric Inc.', 'northline-electric.com', 'Edmonton', 'AB', 'Construction', '201-500'], ['Red River Hospitality Group', 'redriverhospitality.ca', 'Winnipeg', 'MB', 'Hospitality', '501-1000']]
const vnFirm = (c) => row(VN_FIRMS, n(c) >> 1)
const vnWho = (c) => who(c, 'bc', 'vn')
const vnFound = (c) => n(c) % 6 !== 4
const VN_TITLES = ['HR Manager', 'Director of Human Resources', 'Payroll Administrator', 'Controller', 'VP People & Culture', 'Office Manager', 'CFO']
// ---------------------------------------------------------------- 11. ConnectWise PSA contacts (B)
// a Tampa managed-service provider: [company, company ID, address, city, state, zip, main line, domain]
const CW_COS = [['Lakeshore Family Dentistry', 'LAKESHOREDENT', '4102 W Linebaugh Ave', 'Tampa', 'FL', '33624', '8139620145', 'lakeshorefamilydental.com'], ['Brandt & Ocasio, P.A.', 'BRANDTOCASIO', '201 E Kennedy Blvd Ste 1450', 'Tampa', 'FL', '33602', '8132290877', 'brandtocasio.com'], ['Gulf Coast Roofing & Gutters', 'GULFCOASTROOF', '7820 US Highway 19', 'Port Richey', 'FL', '34668', '7278481200', 'gulfcoastroofingfl.com'], ['Bayside Veterinary Hospital', 'BAYSIDEVET', '2330 S Dale Mabry Hwy', 'Tampa', 'FL', '33629', '8132513880', 'baysidevettampa.com'], ['Sunstate Title Agency', 'SUNSTATETITLE', '1000 Legion Pl Ste 900', 'Orlando', 'FL', '32801', '4074222255', 'sunstatetitle.com'], ['Clearwater Orthopedic Associates', 'CLWORTHO', '430 Morton Plant St', 'Clearwater', 'FL', '33756', '7274611990', 'clearwaterortho.com']]
const cwCo = (c) => row(CW_COS, n(c) >> 1)
const cwWho = (c) => who(c, 'us', 'cw')
const CW_ROLES = [['Office Manager', 'Administration', 'Primary Contact'], ['Managing Partner', 'Executive', 'Decision Maker'], ['Bookkeeper', 'Accounting', 'Billing'], ['Front Desk Coordinator', 'Front Office', 'End User'], ['Practice Administrator', 'Administration', 'Primary Contact'], ['Paralegal', 'Litigation', 'End User'], ['Owner', 'Executive', 'Decision Maker']]
const cwRole = (c) => row(CW_ROLES, n(c) % 7)
const cwLine = (c) => `${cwCo(c)[6].slice(0, 6)}${pad((n(c) * 37) % 10000, 4)}`
// ---------------------------------------------------------------- 12. DealCloud contacts (B)
// a Chicago lower-middle-market private-equity firm: [company, company type, street, city, state, zip, country, domain]
const DC_COS = [['Lincoln Ridge Partners', 'Investment Bank', '120 S Riverside Plaza Ste 1800', 'Chicago', 'IL', '60606', 'United States', 'lincolnridge.com'], ['Harbor Point Capital Markets', 'Lender', '225 W Washington St Ste 2200', 'Chicago', 'IL', '60606', 'United States', 'harborpointcm.com'], ['Midwest Precision Components', 'Portfolio Company', '4400 Dixie Hwy', 'Fairfield', 'OH', '45014', 'United States', 'midwestprecision.com'], ['Calder & Finch Advisors', 'Investment Bank', '1700 Lincoln St Ste 2500', 'Denver', 'CO', '80203', 'United States', 'calderfinch.com'], ['Northbridge Transaction Services', 'Accounting Firm', '1 N Wacker Dr Ste 3900', 'Chicago', 'IL', '60606', 'United States', 'northbridgets.com'], ['Fenwick Lake Industrial Services', 'Target Company', '850 Industrial Pkwy', 'Milwaukee', 'WI', '53219', 'United States', 'fenwicklake.com'], ['Maple Leaf M&A Group', 'Investment Bank', '200 Bay St Suite 2700', 'Toronto', 'ON', 'M5J 2J1', 'Canada', 'mapleleafma.ca']]
const dcCo = (c) => row(DC_COS, n(c) >> 1)
const dcWho = (c) => who(c, 'us', 'dc')
const DC_TITLES = { 'Investment Bank': ['Managing Director', 'Director', 'Vice President'], Lender: ['Managing Director, Sponsor Finance', 'Senior Vice President'], 'Portfolio Company': ['Chief Executive Officer', 'Chief Financial Officer', 'VP Operations'], 'Accounting Firm': ['Partner, Transaction Advisory', 'Senior Manager'], 'Target Company': ['Founder & President', 'Owner'] }
const dcTitle = (c) => { const t = DC_TITLES[dcCo(c)[1]]; return t[n(c) % t.length] }
const dcType = (c) => ({ 'Investment Bank': 'Intermediary', Lender: 'Lender', 'Portfolio Company': 'Portfolio Executive', 'Accounting Firm': 'Service Provider', 'Target Company': 'Business Owner' })[dcCo(c)[1]]
const dcLine = (c, salt) => { const co = dcCo(c); const area = co[3] === 'Chicago' ? '312' : co[3] === 'Toronto' ? '416' : co[3] === 'Denver' ? '303' : co[3] === 'Milwaukee' ? '414' : '513'; return `${area}${who(c, 'us', salt).mob.slice(3)}` }
const dcFmt = (m, co) => (co[6] === 'Canada' ? dash(m) : paren(m))

export const SETS = [
  // ---------------------------------------------------------------- US: trading-card marketplace seller shipping export
  { name: 'tcgplayer-shipping-export-us', product: 'TCGplayer (Seller Portal: Orders > select orders > Export Shipping (CSV), one row per order to ship, US English UI, a Columbus (Ohio) game store selling Magic: The Gathering and Pokémon singles through the marketplace, Eastern Time, USD)', family: 'marketplace', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => tcId(o), [OR('purchaseID')]],
    ['FirstName', (c) => who(c, 'us').first, []],
    ['LastName', (c) => who(c, 'us').last, []],
    ['Address1', (c) => who(c, 'us').street, [SHIP('street1')]],
    ['Address2', (c) => who(c, 'us').street2, [SHIP('street2')]],
    ['City', (c) => who(c, 'us').city, [SHIP('city')]],
    ['State', (c) => who(c, 'us').region, STATE(['commerce.shipping.address'])],
    ['PostalCode', (c) => `${who(c, 'us').post}${n(c) % 3 === 0 ? `-${pad((n(c) * 7) % 10000, 4)}` : ''}`, [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Order Date', (c, o) => mdy(et(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Product Weight', (c, o) => two(0.1 * tcItems(o) + 0.4), []],
    ['Shipping Method', (c, o) => tcMethod(o), ['commerce.shipping.shippingMethod']],
    ['Item Count', (c, o) => String(tcItems(o)), [PL('quantity')], opt],
    ['Value Of Products', (c, o) => two(tcVal(o)), [], opt],
    ['Shipping Fee Paid', (c, o) => two(tcFee(o)), ['commerce.shipping.shippingAmount']],
    ['Tracking #', (c, o) => (tcTracked(o) ? `9400${pad((n(o) * 104729) % 1e9, 9)}${pad((n(o) * 7919) % 1e9, 9)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Carrier', (c, o) => (tcTracked(o) ? 'USPS' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Canada: restaurant POS item sales
  { name: 'squirrel-item-sales-detail-ca', product: 'Squirrel Systems (Squirrel Workplace reports: Sales > Item Sales Detail > Export to CSV, one row per item ordered on a check, Canadian English UI, a Vancouver (Kitsilano) gastropub with a bar, patio and take-out, Pacific Time, CAD with 5% GST and 7%/10% PST)', family: 'pos', language: 'en', schema: E, cols: [
    ['Business Date', (c, o) => ymd(pt(sqAt(o) - 4 * 3600000)), [], opt],
    ['Location', () => 'Kits Public House', ['commerce.commerceScope.storeCode'], opt],
    ['Revenue Centre', (c, o) => sqRc(o), [], opt],
    ['Check #', (c, o) => String(10000 + (n(o) * 31) % 89999), [OR('purchaseID')]],
    ['Table', (c, o) => (sqRc(o) === 'Take Out' ? 'TO' : sqRc(o) === 'Bar' ? `B${1 + n(o) % 14}` : `${sqRc(o) === 'Patio' ? 'P' : 'T'}${1 + (n(o) * 7) % 30}`), []],
    ['Covers', (c, o) => String(sqRc(o) === 'Take Out' ? 1 : 1 + (n(o) % 5)), []],
    ['Server', (c, o) => row(['Jenna K', 'Marco D', 'Aisha P', 'Tom W', 'Bartender 1'], n(o) % 5), []],
    ['Server #', (c, o) => String(101 + (n(o) % 5)), []],
    ['Terminal', (c, o) => row(['BAR1', 'DR1', 'DR2', 'PATIO', 'EXPO'], n(o) % 5), []],
    ['Time Ordered', (c, o) => isoT(pt(sqAt(o))), ['timestamp']],
    ['Time Closed', (c, o) => isoT(pt(sqAt(o) + (35 + n(o) % 70) * 60000)), [], opt],
    ['Item #', (c, o) => sqItem(o)[0], [PL('SKU'), PL('_id')]],
    ['Item Name', (c, o) => sqItem(o)[1], [PL('name')]],
    ['Modifiers', (c, o) => sqMod(o), [PL('selectedOptions[0].value')], opt],
    ['Major Group', (c, o) => sqItem(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Family Group', (c, o) => sqItem(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Qty', (c, o) => String(sqQty(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => two(sqItem(o)[4]), [], opt],
    ['Gross Sales', (c, o) => two(sqGross(o)), [], opt],
    ['Discount Name', (c, o) => (sqDisc(o) ? (sqHappy(o) ? 'Happy Hour 25%' : 'Manager Comp') : ''), [], opt],
    ['Discount Amt', (c, o) => two(sqDisc(o)), [PL('discountAmount')]],
    ['Net Sales', (c, o) => two(sqNet(o)), [PL('priceTotal')]],
    ['GST', (c, o) => two(sqNet(o) * 0.05), [], opt],
    ['PST', (c, o) => two(sqNet(o) * (sqItem(o)[2] === 'Food' ? 0 : 0.1)), [], opt],
    ['Void', (c, o) => (n(o) % 17 === 9 ? 'Y' : 'N'), []],
    ['Order Type', (c, o) => (sqRc(o) === 'Take Out' ? 'Take Out' : 'Dine In'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: embedded payments transactions
  { name: 'payrix-transactions-export-us', product: 'Payrix (Payrix Portal: Transactions > filter by date > Export (CSV), one row per card or eCheck transaction, US English UI, a Nashville (Tennessee) physical-therapy clinic taking patient payments through its practice software\'s embedded checkout and front-desk terminal, Central Time, USD)', family: 'payments', language: 'en', schema: E, cols: [
    ['ID', (c, o) => pxId(o, 'txn'), ['_id', OR('payments[0].transactionID')]],
    ['Created', (c, o) => `${isoT(ct(pxAt(o)))}.${pad((n(o) * 13) % 10000, 4)}`, ['timestamp']],
    ['Merchant', () => 't1_mer_6512c0a8e91f4b7d2a3c5e1', []],
    ['Merchant DBA', () => 'Music City Physical Therapy', [], opt],
    ['Type', (c, o) => pxType(o), []],
    ['Status', (c, o) => pxSt(o), []],
    ['Origin', (c, o) => row(['eCommerce', 'Terminal', 'eCommerce', 'Terminal', 'Mail or Telephone Order'], n(o) % 5), [], opt],
    ['Total', (c, o) => two(pxAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Approved', (c, o) => two(pxOk(o) ? pxAmt(o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Refunded', (c, o) => two(pxType(o) === 'Refund' ? pxAmt(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Fee', (c, o) => two(pxFee(o)), []],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Method', (c, o) => pxMethod(o), [OR('payments[0].paymentType')], opt],
    ['Last 4', (c, o) => pad((n(o) * 7) % 10000, 4), []],
    ['Expiration', (c, o) => (pxMethod(o) === 'Checking' ? '' : `${pad(1 + n(o) % 12)}${26 + n(o) % 5}`), []],
    ['Auth Code', (c, o) => (pxOk(o) && pxMethod(o) !== 'Checking' ? v.alnum(v.rng(n(o) + 5), 6).toUpperCase() : ''), []],
    ['Order', (c, o) => `INV-${pad(58000 + (n(o) * 11) % 30000, 6)}`, [OR('purchaseID')]],
    ['Description', (c, o) => pxSvc(o)[0], [], opt],
    ['First', (c) => who(c, 'tn').first, []],
    ['Last', (c) => who(c, 'tn').last, []],
    ['Company', () => '', []],
    ['Email', (c) => (n(c) % 5 === 2 ? '' : who(c, 'tn').email), EMAIL_ID],
    ['Phone', (c) => who(c, 'tn').mob, PHONE_ID, opt],
    ['Address 1', (c) => who(c, 'tn').street, [BILL('street1')]],
    ['Address 2', (c) => who(c, 'tn').street2, [BILL('street2')]],
    ['City', (c) => who(c, 'tn').city, [BILL('city')]],
    ['State', (c) => who(c, 'tn').region, STATE(['commerce.billing.address'])],
    ['Zip', (c) => who(c, 'tn').post, [BILL('postalCode')]],
    ['Country', () => 'USA', [BILL('countryCode'), BILL('country')]],
    ['Batch', (c, o) => (pxSt(o) === 'Settled' ? `t1_bth_${v.hex(v.rng(Math.floor(pxAt(o) / day)), 23)}` : ''), []],
    ['Client IP', (c, o) => (n(o) % 5 === 1 || n(o) % 5 === 3 ? '' : `${[73, 98, 108, 172, 24][n(o) % 5]}.${(n(o) * 7) % 256}.${(n(o) * 13) % 256}.${1 + (n(o) * 3) % 250}`), ['environment.ipV4']],
    ['AVS Response', (c, o) => row(['Y', 'Z', 'Y', 'N', 'Y', 'U'], n(o) % 6), []],
    ['CVV Response', (c, o) => row(['M', 'M', 'N', 'M', 'P'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- US: music-venue ticket orders
  { name: 'tixr-orders-export-us', product: 'Tixr (Tixr Studio: Reports > Orders > Export CSV, one row per order, US English UI, a Denver (Colorado) independent music venue\'s concerts and club nights, Mountain Time, USD with Tixr fees and Denver seat tax)', family: 'events', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(21000000 + (n(o) * 53) % 9000000), [OR('purchaseID')]],
    ['Order Date', (c, o) => usT(mt(txAt(o))), ['timestamp', OR('createdDate')]],
    ['Event ID', (c, o) => String(118200 + (n(o) % 5) * 37), [], opt],
    ['Event Name', (c, o) => txShow(o)[0], [PL('name')], opt],
    ['Event Date', (c, o) => txShow(o)[1], [], opt],
    ['Tier', (c, o) => txTier(o)[0], [PL('name')], opt],
    ['Quantity', (c, o) => String(txQty(o)), [PL('quantity')]],
    ['Face Value', (c, o) => two(txFace(o)), [], opt],
    ['Fees', (c, o) => two(txFee(o)), []],
    ['Tax', (c, o) => two(txTax(o)), [OR('taxAmount')]],
    ['Discount', (c, o) => two(txDisc(o)), [OR('discountAmount')]],
    ['Promo Code', (c, o) => (txDisc(o) ? row(['KGNU5', 'FANCLUB', 'WESTWORD'], n(o) % 3) : ''), ['commerce.promotionID']],
    ['Total', (c, o) => two(txTotal(o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Visa', 'Apple Pay', 'Mastercard', 'Visa', 'Google Pay', 'American Express', 'Affirm'], n(o) % 7), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => txSt(o), []],
    ['Refund Amount', (c, o) => two(txSt(o) === 'Refunded' ? txTotal(o) - txFee(o) : txSt(o) === 'Partially Refunded' ? txTier(o)[1] : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['First Name', (c) => who(c, 'co').first, []],
    ['Last Name', (c) => who(c, 'co').last, []],
    ['Email', (c) => who(c, 'co').email, EMAIL_ID],
    ['Phone', (c) => e164(who(c, 'co').mob), PHONE_ID, opt],
    ['Zip Code', (c) => who(c, 'co').post, [BILL('postalCode')], opt],
    ['Gender', (c) => (n(c) % 6 === 5 ? '' : c.female ? 'Female' : 'Male'), []],
    ['Age', (c) => String(21 + (n(c) % 27)), []],
    ['Sales Channel', (c, o) => row(['Web', 'Mobile App', 'Web', 'Box Office', 'Web'], n(o) % 5), [], opt],
    ['Tracking Link', (c, o) => row(['', 'spotify-ad', 'ig-story', '', 'newsletter', 'bandsintown'], n(o) % 6), ['marketing.trackingCode'], opt],
    ['Marketing Opt-In', (c) => (n(c) % 3 ? 'Yes' : 'No'), []],
    ['Tickets Transferred', (c, o) => String(n(o) % 9 === 4 ? 1 : 0), []],
    ['Tickets Scanned', (c, o) => String(txSt(o) === 'Refunded' ? 0 : txQty(o) - (n(o) % 5 === 2 ? 1 : 0)), []],
  ] },
  // ---------------------------------------------------------------- Canada: tour-operator bookings
  { name: 'rezgo-bookings-export-ca', product: 'Rezgo (Rezgo back office: Bookings > Search Bookings > Export (CSV), one row per booking, Canadian English UI, a Victoria (BC) whale-watching and harbour-cruise operator selling online, at its dock kiosk and through OTAs, Pacific Time, CAD with 5% GST)', family: 'booking', language: 'en', schema: E, cols: [
    ['Transaction #', (c, o) => String(2310000 + (n(o) * 41) % 600000), [OR('purchaseID')]],
    ['Booked On', (c, o) => { const p = pt(rzBooked(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Booking Date', (c, o) => ymd(v.parts(rzTourAt(o))), [], opt],
    ['Item', (c, o) => rzTour(o)[0], [PL('name')]],
    ['Option', (c, o) => rzTour(o)[1], [PL('selectedOptions[0].value'), PL('name')], opt],
    ['Item UID', (c, o) => rzTour(o)[2], [PL('SKU'), PL('_id')], opt],
    ['Status', (c, o) => rzSt(o), []],
    ['Adult', (c, o) => String(rzAd(o)), []],
    ['Child', (c, o) => String(rzCh(o)), []],
    ['Total Pax', (c, o) => String(rzAd(o) + rzCh(o)), [PL('quantity')], opt],
    ['Sub Total', (c, o) => two(rzSub(o)), [], opt],
    ['Discount', (c, o) => two(rzDisc(o)), [OR('discountAmount')]],
    ['Taxes & Fees', (c, o) => two(rzTax(o)), [OR('taxAmount')], opt],
    ['Total', (c, o) => two(rzTotal(o)), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => two(rzPaid(o)), [OR('payments[0].paymentAmount')]],
    ['Balance', (c, o) => two(rzSt(o) === 'Cancelled' ? 0 : rzTotal(o) - rzPaid(o)), []],
    ['Payment Method', (c, o) => (rzSrc(o) === 'Viator' || rzSrc(o) === 'Expedia' ? 'Agent Invoice' : row(['Credit Cards', 'Credit Cards', 'Cash', 'Credit Cards', 'Gift Card'], n(o) % 5)), [OR('payments[0].paymentType')]],
    ['Promo Code', (c, o) => (rzDisc(o) ? 'ORCA10' : ''), ['commerce.promotionID']],
    ['Refid', (c, o) => row(['', 'tripadvisor', '', 'hotel-grand-pacific', 'google-things-to-do', ''], n(o) % 6), ['marketing.trackingCode'], opt],
    ['Source', (c, o) => rzSrc(o), [], opt],
    ['First Name', (c) => who(c, 'bc').first, []],
    ['Last Name', (c) => who(c, 'bc').last, []],
    ['Address', (c) => who(c, 'bc').street, [BILL('street1')]],
    ['City', (c) => who(c, 'bc').city, [BILL('city')]],
    ['Prov/State', (c) => who(c, 'bc').region, STATE(['commerce.billing.address'])],
    ['Postal Code', (c) => who(c, 'bc').post, [BILL('postalCode')]],
    ['Country', (c) => ctry(who(c, 'bc').region), [BILL('country')]],
    ['Phone Number', (c) => dash(who(c, 'bc').mob), PHONE_ID, opt],
    ['Email Address', (c) => who(c, 'bc').email, EMAIL_ID],
    ['Checked In', (c, o) => (rzSt(o) === 'Confirmed' && n(o) % 3 ? 'Yes' : 'No'), []],
    ['Booking Notes', (c, o) => row(['', 'Celebrating a birthday!', '', 'One guest uses a cane', 'Staying at the Empress', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: attribution analytics orders
  { name: 'wicked-reports-attributed-orders-us', product: 'Wicked Reports (Reports > Order Details (attribution) > Export CSV, one row per order with its first-click and last-click attribution and the customer\'s journey, US English UI, an Austin (Texas) direct-to-consumer hot-sauce subscription brand on Shopify with Meta, Google, TikTok, Klaviyo and SMS traffic, Central Time, USD)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(5600000000 + (n(o) * 7919) % 400000000), [OR('purchaseID')]],
    ['Order Date', (c, o) => isoT(ct(wrAt(o))), ['timestamp', OR('createdDate')]],
    ['Email', (c) => who(c, 'tx').email, EMAIL_ID],
    ['Order Total', (c, o) => two(wrProd(o)[1] * (o.discount ? 0.8 : 1)), [OR('priceTotal')]],
    ['Products', (c, o) => wrProd(o)[0], [PL('name')], opt],
    ['Subscription Order', (c, o) => (wrSub(o) ? 'Yes' : 'No'), []],
    ['New vs Returning', (c, o) => (wrNew(o) ? 'New' : 'Returning'), [], opt],
    ['First Click Date', (c, o) => isoT(ct(wrAt(o) - wrDays(o) * day - 3600000)), [], opt],
    ['First Click Source', (c, o) => wrFirst(o)[0], [], opt],
    ['First Click Medium', (c, o) => wrFirst(o)[1], [], opt],
    ['First Click Campaign', (c, o) => wrFirst(o)[2], ['marketing.campaignName'], opt],
    ['Last Click Date', (c, o) => isoT(ct(wrAt(o) - 600000)), [], opt],
    ['Last Click Source', (c, o) => wrLast(o)[0], ['marketing.trackingCode'], opt],
    ['Last Click Medium', (c, o) => wrLast(o)[1], [], opt],
    ['Last Click Campaign', (c, o) => wrLast(o)[2], ['marketing.campaignName']],
    ['Last Click Ad', (c, o) => wrLast(o)[3], [], opt],
    ['Landing Page', (c, o) => `https://www.texasfiresauceclub.com${row(['/', '/products/hot-sauce-club', '/pages/ghost-pepper-challenge', '/collections/all', '/products/habanero-gold'], n(o) % 5)}`, ['web.webPageDetails.URL'], opt],
    ['Referrer', (c, o) => ({ facebook: 'https://l.facebook.com/', google: 'https://www.google.com/', tiktok: 'https://www.tiktok.com/', klaviyo: '', attentive: '', '(direct)': '' })[wrLast(o)[0]], ['web.webReferrer.URL']],
    ['IP Address', (c, o) => `${[67, 99, 104, 174, 47][n(o) % 5]}.${(n(o) * 11) % 256}.${(n(o) * 5) % 256}.${1 + (n(o) * 7) % 250}`, ['environment.ipV4']],
    ['Days to Convert', (c, o) => String(wrDays(o)), []],
    ['Touchpoints', (c, o) => String(wrNew(o) ? 1 : 2 + (n(o) % 9)), []],
    ['Linear Attributed Revenue', (c, o) => two(wrProd(o)[1] / (wrNew(o) ? 1 : 2)), [], opt],
    ['Customer LTV', (c, o) => two(wrProd(o)[1] * (1 + (n(o) % 14))), []],
  ] },

  // ---------------------------------------------------------------- Canada: nonprofit supporter database
  { name: 'nationbuilder-people-export-ca', product: 'NationBuilder (Control panel: People > filter > Export > All fields (CSV), one row per person, Canadian English nation, a Vancouver Island (BC) watershed-conservation nonprofit\'s supporters, donors, volunteers and petition signers)', family: 'nonprofit', language: 'en', schema: P, cols: [
    ['nationbuilder_id', (c) => String(1 + (n(c) * 7) % 48000), ['_id', 'personID'], opt],
    ['external_id', (c) => (n(c) % 3 === 0 ? `CH-${pad(n(c) % 90000, 5)}` : ''), ['personID', '_id'], opt],
    ['prefix', (c) => (n(c) % 4 === 0 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['first_name', (c) => who(c, 'bc').first, ['person.name.firstName']],
    ['middle_name', (c) => (n(c) % 5 === 1 ? v.pick(seeded(c, 'mid'), ['Anne', 'James', 'Marie', 'Lee']) : ''), ['person.name.middleName']],
    ['last_name', (c) => who(c, 'bc').last, ['person.name.lastName']],
    ['suffix', (c) => (!c.female && n(c) % 9 === 4 ? 'Jr.' : ''), ['person.name.suffix']],
    ['email', (c) => who(c, 'bc').email, ['personalEmail.address']],
    ['email_opt_in', (c) => (n(c) % 6 === 4 ? 'false' : 'true'), [], opt],
    ['phone_number', (c) => (n(c) % 3 === 1 ? dash(who(c, 'bc', 'home').mob) : ''), ['homePhone.number']],
    ['mobile_number', (c) => (n(c) % 2 ? dash(who(c, 'bc').mob) : ''), ['mobilePhone.number']],
    ['mobile_opt_in', (c) => (n(c) % 2 && n(c) % 4 !== 3 ? 'true' : 'false'), [], opt],
    ['do_not_call', (c) => (n(c) % 9 === 2 ? 'true' : 'false'), []],
    ['primary_address1', (c) => who(c, 'bc').street, at(HOME, 'street1')],
    ['primary_address2', (c) => who(c, 'bc').street2, at(HOME, 'street2')],
    ['primary_city', (c) => who(c, 'bc').city, at(HOME, 'city')],
    ['primary_state', (c) => who(c, 'bc').region, STATE(HOME)],
    ['primary_zip', (c) => who(c, 'bc').post, at(HOME, 'postalCode')],
    ['primary_country_code', (c) => (ctry(who(c, 'bc').region) === 'Canada' ? 'CA' : 'US'), at(HOME, 'countryCode')],
    ['born_at', (c) => (n(c) % 3 === 2 ? '' : ymd(v.parts(c.birth))), ['person.birthDate']],
    ['sex', (c) => (n(c) % 5 === 3 ? '' : c.female ? 'F' : 'M'), ['person.gender']],
    ['employer', (c) => row(['', 'Island Health', '', 'BC Ferries', 'University of Victoria', '', 'Self-employed'], n(c) % 7), ['organizations[0]'], opt],
    ['occupation', (c) => row(['', 'Nurse', '', 'Deckhand', 'Professor', '', 'Photographer'], n(c) % 7), []],
    ['support_level', (c) => String(nbSupport(c)), []],
    ['is_volunteer', (c) => (nbTags(c).includes('volunteer') ? 'true' : 'false'), []],
    ['tag_list', (c) => nbTags(c), []],
    ['donations_count', (c) => String(nbDon(c)), []],
    ['donations_amount_in_cents', (c) => String(nbDon(c) * [2500, 5000, 10000, 1500][n(c) % 4]), []],
    ['last_donated_at', (c) => (nbDon(c) ? `${ymd(pt(later(c, 300)))}T${hms(pt(later(c, 300)))}-0${dst(later(c, 300)) ? 7 : 8}:00` : ''), [], opt],
    ['created_at', (c) => `${ymd(pt(c.created))}T${hms(pt(c.created))}-0${dst(c.created) ? 7 : 8}:00`, [], opt],
    ['twitter_login', (c) => (n(c) % 7 === 3 ? `${v.slug(who(c, 'bc').first)}${v.slug(who(c, 'bc').last).slice(0, 4)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- US: restaurant loyalty guests
  { name: 'incentivio-guests-export-us', product: 'Incentivio (Incentivio admin portal: Guests > Guest List > Export CSV, one row per loyalty guest of the branded app and online ordering, US English UI, a Charlotte (North Carolina) fast-casual Mediterranean bowl chain with six locations, Eastern Time)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Guest ID', (c) => String(4400000 + (n(c) * 19) % 500000), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['First Name', (c) => who(c, 'nc').first, ['person.name.firstName']],
    ['Last Name', (c) => who(c, 'nc').last, ['person.name.lastName']],
    ['Email', (c) => who(c, 'nc').email, ['personalEmail.address']],
    ['Phone', (c) => paren(who(c, 'nc').mob), ['mobilePhone.number']],
    ['Birthday', (c) => (n(c) % 4 === 3 ? '' : `${pad(v.parts(c.birth).m)}/${pad(v.parts(c.birth).d)}`), ['person.birthDayAndMonth']],
    ['Zip Code', (c) => who(c, 'nc').post, at(HOME, 'postalCode')],
    ['Sign Up Date', (c) => mdy(et(c.created)), ['loyalty.joinDate']],
    ['Sign Up Channel', (c) => row(['iOS App', 'Android App', 'Web Ordering', 'iOS App', 'In-Store Kiosk'], n(c) % 5), [], opt],
    ['Favorite Location', (c) => inLoc(c), []],
    ['Status', (c) => (n(c) % 13 === 6 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
    ['Tier', (c) => inTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(inPts(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(Math.round(inSpend(c) * 10)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(Math.max(0, Math.round(inSpend(c) * 10) - inPts(c))), ['loyalty.pointsRedeemed']],
    ['Points To Next Tier', (c) => inNext(c), ['loyalty.pointsToNextTier']],
    ['Available Rewards', (c) => row(['', 'Free Side', '', '$5 Off', 'Free Bowl', ''], n(c) % 6), [], opt],
    ['Lifetime Spend', (c) => two(inSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Total Orders', (c) => String(Math.max(1, Math.round(inSpend(c) / 16.5))), [], opt],
    ['Average Check', (c) => two(inSpend(c) / Math.max(1, Math.round(inSpend(c) / 16.5))), []],
    ['Last Order Date', (c) => mdy(et(later(c, 200))), [], opt],
    ['Email Opt In', (c) => (n(c) % 5 === 1 ? 'FALSE' : 'TRUE'), [], opt],
    ['SMS Opt In', (c) => (n(c) % 3 === 0 ? 'TRUE' : 'FALSE'), [], opt],
    ['Push Opt In', (c) => (n(c) % 2 ? 'TRUE' : 'FALSE'), [], opt],
    ['Referral Code', (c) => `${v.slug(who(c, 'nc').first).toUpperCase().slice(0, 5)}${(n(c) % 900) + 100}`, [], opt],
    ['Gift Card Balance', (c) => two(n(c) % 8 === 5 ? 25 - (n(c) % 20) : 0), []],
  ] },
  // ---------------------------------------------------------------- US: SMS fan-club members
  { name: 'community-members-export-us', product: 'Community (Community.com dashboard: Members > Export members (CSV), one row per member who texted in, US English UI, a Nashville country singer\'s fan text club grown from tour shows and social links)', family: 'sms', language: 'en', schema: P, cols: [
    ['Member ID', (c) => v.uuid(seeded(c, 'cm')), ['_id', 'personID'], opt],
    ['Phone Number', (c) => e164(who(c, 'tn').mob), ['mobilePhone.number']],
    ['First Name', (c) => who(c, 'tn').first, ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 4 === 2 ? '' : who(c, 'tn').last), ['person.name.lastName']],
    ['Email', (c) => (n(c) % 3 === 0 ? '' : who(c, 'tn').email), ['personalEmail.address']],
    ['Date of Birth', (c) => ymd(v.parts(Math.min(c.birth, Date.UTC(2006, 0, 1)))), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 7 === 4 ? 'Prefer not to say' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['City', (c) => who(c, 'tn').city, at(HOME, 'city')],
    ['State', (c) => who(c, 'tn').region, STATE(HOME)],
    ['Postal Code', (c) => who(c, 'tn').post, at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Joined At', (c) => `${ymd(v.parts(c.created))}T${hms(v.parts(c.created))}Z`, [], opt],
    ['Source', (c) => cmSrc(c), [], opt],
    ['Subscription State', (c) => (n(c) % 11 === 7 ? 'opted_out' : 'subscribed'), [], opt],
    ['Tags', (c) => row(['', 'VIP, Presale', 'Nashville Show 2024', '', 'Merch Buyer', 'Presale'], n(c) % 6), []],
    ['Messages Received', (c) => String(12 + (n(c) * 7) % 140), []],
    ['Messages Sent', (c) => String(1 + (n(c) * 3) % 25), []],
    ['Last Inbound Message At', (c) => `${ymd(v.parts(later(c, 90)))}T${hms(v.parts(later(c, 90)))}Z`, [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: e-mail finder prospect list
  { name: 'voila-norbert-list-export-ca', product: 'Voila Norbert (Prospect > Lists > list > Export (CSV) with enrichment, one row per prospect searched by name and company domain, English UI, a Montréal payroll-software startup prospecting HR and finance leads at mid-size companies across Ontario and the Prairies)', family: 'b2b-lead', language: 'en', schema: B, cols: [
    ['First Name', (c) => vnWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => vnWho(c).last, ['person.name.lastName']],
    ['Full Name', (c) => vnWho(c).full, ['person.name.fullName']],
    ['Domain', (c) => vnFirm(c)[1], ['b2b.companyWebsite']],
    ['Email', (c) => (vnFound(c) ? `${v.slug(vnWho(c).first)}${n(c) % 2 ? '.' : ''}${v.slug(vnWho(c).last)}@${vnFirm(c)[1]}` : ''), ['workEmail.address']],
    ['Score', (c) => (vnFound(c) ? String(row([99, 95, 99, 87, 99, 72], n(c) % 6)) : ''), [], opt],
    ['Status', (c) => (vnFound(c) ? 'Found' : 'Not found'), [], opt],
    ['Verification', (c) => (vnFound(c) ? row(['Valid', 'Valid', 'Catch-all', 'Valid', 'Unknown'], n(c) % 5) : ''), ['workEmail.status'], opt],
    ['Company', (c) => vnFirm(c)[0], CO],
    ['Title', (c) => row(VN_TITLES, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Industry', (c) => vnFirm(c)[4], []],
    ['Company Size', (c) => vnFirm(c)[5], []],
    ['City', (c) => vnFirm(c)[2], [W('city')], opt],
    ['Province/State', (c) => vnFirm(c)[3], STATE(['workAddress']), opt],
    ['Country', () => 'Canada', [W('country')], opt],
    ['LinkedIn', (c) => (n(c) % 3 === 1 ? '' : `https://www.linkedin.com/in/${v.slug(vnWho(c).first)}-${v.slug(vnWho(c).last)}-${(n(c) * 53).toString(36)}`), []],
    ['List', (c) => row(['HR Leaders - ON', 'Prairies Finance', 'HR Leaders - ON', 'Trade Show Follow-up'], n(c) % 4), []],
    ['Source', (c) => row(['Upload', 'Manual search', 'Chrome extension', 'Upload'], n(c) % 4), ['b2b.personSource'], opt],
    ['Searched On', (c) => ymd(v.parts(later(c, 200))), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- US: MSP service-desk client contacts
  { name: 'connectwise-psa-contacts-us', product: 'ConnectWise PSA (formerly ConnectWise Manage: Company > Contacts > search > Export (CSV), one row per client contact of the service desk, US English UI, a Tampa (Florida) managed-service provider supporting dental offices, law firms, contractors and clinics)', family: 'support', language: 'en', schema: B, cols: [
    ['Contact Rec ID', (c) => String(3100 + (n(c) * 7) % 9000), B2BID],
    ['First Name', (c) => cwWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => cwWho(c).last, ['person.name.lastName']],
    ['Title', (c) => cwRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => cwRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Company ID', (c) => cwCo(c)[1], ACCT],
    ['Company Name', (c) => cwCo(c)[0], CO],
    ['Site', (c) => (n(c) % 5 === 2 ? 'Branch Office' : 'Main'), [], opt],
    ['Address Line 1', (c) => cwCo(c)[2], [W('street1')]],
    ['Address Line 2', () => '', [W('street2')]],
    ['City', (c) => cwCo(c)[3], [W('city')]],
    ['State', (c) => cwCo(c)[4], STATE(['workAddress'])],
    ['Zip', (c) => cwCo(c)[5], [W('postalCode')]],
    ['Country', () => 'United States', [W('country')]],
    ['Direct', (c) => paren(cwLine(c)), ['workPhone.number']],
    ['Direct Ext', (c) => (n(c) % 3 === 0 ? String(100 + n(c) % 60) : ''), ['workPhone.extension']],
    ['Cell', (c) => (n(c) % 2 ? paren(`${cwCo(c)[6].slice(0, 3)}${cwWho(c).mob.slice(3)}`) : ''), ['mobilePhone.number']],
    ['Email', (c) => `${v.slug(cwWho(c).first)[0]}${v.slug(cwWho(c).last)}@${cwCo(c)[7]}`, ['workEmail.address']],
    ['Type', (c) => cwRole(c)[2], ['b2b.personType'], opt],
    ['Relationship', (c) => row(['Client', 'Client', 'Client', 'Vendor Contact', 'Client'], n(c) % 5), [], opt],
    ['Portal Security Level', (c) => (cwRole(c)[2] === 'Primary Contact' || cwRole(c)[2] === 'Decision Maker' ? 'Company Admin' : 'User'), []],
    ['Default Billing Flag', (c) => (cwRole(c)[2] === 'Billing' ? 'True' : 'False'), []],
    ['Inactive', (c) => (n(c) % 12 === 5 ? 'True' : 'False'), [], opt],
    ['Last Updated', (c) => usT(et(later(c, 300))), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Updated By', (c) => row(['jmartinez', 'kpatel', 'Template', 'srobinson'], n(c) % 4), ['extSourceSystemAudit.lastUpdatedBy'], opt],
  ] },
  // ---------------------------------------------------------------- US: private-equity relationship CRM contacts
  { name: 'dealcloud-contacts-export-us', product: 'DealCloud (Intapp DealCloud: Contacts grid > Export (CSV), one row per contact, US English UI, a Chicago lower-middle-market private-equity firm\'s deal-sourcing relationships with bankers, lenders, advisors, portfolio executives and owners)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(880000 + (n(c) * 29) % 100000), B2BID],
    ['Full Name', (c) => dcWho(c).full, ['person.name.fullName']],
    ['First Name', (c) => dcWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => dcWho(c).last, ['person.name.lastName']],
    ['Job Title', (c) => dcTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => dcCo(c)[0], CO],
    ['Company Type', (c) => dcCo(c)[1], [], opt],
    ['Contact Type', (c) => dcType(c), ['b2b.personType'], opt],
    ['Business Email', (c) => `${v.slug(dcWho(c).first)}.${v.slug(dcWho(c).last)}@${dcCo(c)[7]}`, ['workEmail.address']],
    ['Business Phone', (c) => dcFmt(dcLine(c, 'dc'), dcCo(c)), ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 3 === 2 ? '' : dcFmt(dcLine(c, 'cell'), dcCo(c))), ['mobilePhone.number']],
    ['Assistant Name', (c) => (dcCo(c)[1] === 'Investment Bank' && n(c) % 2 ? who(c, 'us', 'asst').full : ''), ['extendedWorkDetails.assistantDetails.name.fullName']],
    ['Assistant Phone', (c) => (dcCo(c)[1] === 'Investment Bank' && n(c) % 2 ? dcFmt(dcLine(c, 'asst'), dcCo(c)) : ''), ['extendedWorkDetails.assistantDetails.phone.number']],
    ['Business Street', (c) => dcCo(c)[2], [W('street1')]],
    ['Business City', (c) => dcCo(c)[3], [W('city')]],
    ['Business State/Province', (c) => dcCo(c)[4], STATE(['workAddress'])],
    ['Business Postal Code', (c) => dcCo(c)[5], [W('postalCode')]],
    ['Business Country', (c) => dcCo(c)[6], [W('country')]],
    ['Coverage', (c) => row(['Dan Whitaker', 'Priya Raman', 'Kevin O\'Neill', 'Sarah Lindqvist'], n(c) % 4), []],
    ['Relationship Strength', (c) => row(['Strong', 'Medium', 'Weak', 'Strong', 'Medium'], n(c) % 5), []],
    ['Sectors', (c) => row(['Industrials; Business Services', 'Healthcare Services', 'Industrials', 'Consumer; Food & Beverage', 'Business Services'], n(c) % 5), []],
    ['Deals Sourced', (c) => String((n(c) * 3) % 7), []],
    ['Last Interaction Date', (c) => mdy(ct(later(c, 240))), ['extSourceSystemAudit.lastActivityDate']],
    ['Last Interaction Type', (c) => row(['Meeting', 'Email', 'Call', 'Conference', 'Email'], n(c) % 5), []],
    ['LinkedIn Profile', (c) => (n(c) % 4 === 1 ? '' : `https://www.linkedin.com/in/${v.slug(dcWho(c).first)}${v.slug(dcWho(c).last)}`), []],
    ['Do Not Email', (c) => (n(c) % 10 === 3 ? 'Yes' : 'No'), [], opt],
    ['Created Date', (c) => mdy(ct(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified Date', (c) => usT(ct(later(c, 260))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Notes', (c) => row(['', 'Met at ACG Chicago DealMAX', '', 'Prefers calls before 9am CT', 'Sent teaser for Project Falcon', ''], n(c) % 6), []],
  ] },
]
