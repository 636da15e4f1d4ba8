// Round 66, heldout159: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). US and Canadian English exports (en 12): a Portland (Oregon) sewing-
// pattern designer's digital-download transactions (E-junkie), a Denver outdoor-gear brand's log-level attribution
// touchpoints (Rockerbox), a Vancouver (BC) animal-rescue society's card and ACH journal (iATS Payments), a Gatlinburg
// (Tennessee) cabin manager's bookings (OwnerRez), a Denver dispensary's item sales (Flowhub), a Phoenix home-warranty
// company's care-line calls (Talkdesk), a Raleigh realtor team's contacts (Wise Agent), a Calgary garden centre's
// newsletter subscribers (Pinpointe), a Boston fast-casual chain's guests (Bikky), a Dallas mortgage broker's owner
// contacts (Reonomy), a Providence caterer's corporate clients (Batchbook) and a Mississauga parts distributor's payees
// and payers (Plooto). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, UA, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, shift, ymd, hms, mdy, hm12, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const usd = (x) => `$${Number(two(x)).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
// North American clocks, summer time approximated by months 4-10; Arizona keeps standard time all year
const dst = (ms) => [4, 5, 6, 7, 8, 9, 10].includes(v.parts(ms).m)
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const mt = (ms) => shift(ms, dst(ms) ? -6 : -7)
const az = (ms) => shift(ms, -7)
const pt = (ms) => shift(ms, dst(ms) ? -7 : -8)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock
const open = (ms, clock, lo = 9, span = 10) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 4) * day + (n(c) % 60000) * 1000
const usT = (p) => `${mdy(p)} ${hm12(p)}`
const isoT = (p) => `${ymd(p)} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x15915915); r(); r(); return r }
const NAMES = {
  male: ['Tyler', 'Brandon', 'Jacob', 'Austin', 'Cody', 'Logan', 'Caleb', 'Marcus', 'DeShawn', 'Kevin', 'Jason', 'Eric', 'Dylan', 'Nathan', 'Luis', 'Jordan', 'Ryan', 'Trevor', 'Greg', 'Scott'],
  female: ['Ashley', 'Brittany', 'Madison', 'Kayla', 'Hailey', 'Megan', 'Lauren', 'Alexis', 'Jessica', 'Jasmine', 'Rachel', 'Morgan', 'Natalie', 'Brianna', 'Gabriela', 'Kelsey', 'Amanda', 'Heather', 'Stephanie', 'Courtney'],
  last: ['Johnson', 'Ramirez', 'Miller', 'Davis', 'Garcia', 'Thompson', 'Robinson', 'Lewis', 'Hernandez', 'Lee', 'Walker', 'Hall', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Carter', 'Mitchell', 'Flores', 'Turner', 'Phillips', 'Nguyen', 'Patel', 'Sullivan', 'Brooks', 'Reyes'],
  caM: ['Liam', 'Ethan', 'Noah', 'Owen', 'Mathieu', 'Connor', 'Hunter', 'Brayden', 'Arjun', 'Wei', 'Declan', 'Jonah', 'Gurpreet', 'Tristan'],
  caF: ['Emma', 'Chloé', 'Avery', 'Olivia', 'Maya', 'Brooke', 'Jenna', 'Priya', 'Mei', 'Camille', 'Kaitlyn', 'Shannon', 'Harpreet', 'Leah'],
  caL: ['Tremblay', 'MacDonald', 'Campbell', 'Wong', 'Singh', 'Leblanc', 'Stewart', 'Chen', 'Roy', 'Fraser', 'McKenzie', 'Gagnon', 'Anderson', 'Grewal', 'Dhillon', 'Morrison', 'Kowalski', 'Bouchard'],
}
// [city, state/province, ZIP/postal code, area code], street names, mail domains
const POOLS = {
  us: { places: [['Columbus', 'OH', '43215', '614'], ['Phoenix', 'AZ', '85016', '602'], ['Sacramento', 'CA', '95816', '916'], ['Orlando', 'FL', '32803', '407'], ['Madison', 'WI', '53703', '608'], ['Minneapolis', 'MN', '55408', '612'], ['Spokane', 'WA', '99201', '509'], ['Albany', 'NY', '12203', '518'], ['Portland', 'OR', '97214', '503'], ['Asheville', 'NC', '28801', '828'], ['Tucson', 'AZ', '85719', '520'], ['Burlington', 'VT', '05401', '802']],
    streets: ['Oak St', 'Maple Ave', 'N High St', 'Elm Dr', 'Lakeview Rd', 'Cedar Ln', 'Washington Blvd', 'Pine Ridge Ct', 'Main St', '3rd Ave', 'SE Belmont St', 'Willow Way'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'] },
  se: { places: [['Atlanta', 'GA', '30307', '404'], ['Knoxville', 'TN', '37919', '865'], ['Charlotte', 'NC', '28205', '704'], ['Nashville', 'TN', '37206', '615'], ['Lexington', 'KY', '40502', '859'], ['Greenville', 'SC', '29601', '864'], ['Birmingham', 'AL', '35209', '205'], ['Columbus', 'OH', '43214', '614'], ['Jacksonville', 'FL', '32207', '904'], ['Louisville', 'KY', '40205', '502']],
    streets: ['Peachtree Rd', 'Kingston Pike', 'Central Ave', 'Gallatin Ave', 'Tates Creek Rd', 'Augusta St', 'Highland Ave', 'N High St', 'San Jose Blvd', 'Bardstown Rd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'bellsouth.net', 'hotmail.com', 'att.net'] },
  co: { places: [['Denver', 'CO', '80205', '720'], ['Denver', 'CO', '80218', '303'], ['Aurora', 'CO', '80012', '303'], ['Lakewood', 'CO', '80226', '720'], ['Boulder', 'CO', '80302', '303'], ['Englewood', 'CO', '80113', '303'], ['Arvada', 'CO', '80002', '720'], ['Littleton', 'CO', '80120', '303']],
    streets: ['Colfax Ave', 'Larimer St', 'S Broadway', 'Tennyson St', 'Federal Blvd', 'Pearl St', 'Santa Fe Dr', 'E 17th Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'comcast.net'] },
  az: { places: [['Phoenix', 'AZ', '85016', '602'], ['Mesa', 'AZ', '85201', '480'], ['Scottsdale', 'AZ', '85251', '480'], ['Chandler', 'AZ', '85224', '480'], ['Glendale', 'AZ', '85301', '623'], ['Tempe', 'AZ', '85281', '480'], ['Peoria', 'AZ', '85345', '623'], ['Gilbert', 'AZ', '85234', '480']],
    streets: ['E Camelback Rd', 'W Indian School Rd', 'N 7th St', 'E McDowell Rd', 'S Mill Ave', 'W Bell Rd', 'E Baseline Rd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'cox.net', 'icloud.com', 'hotmail.com', 'outlook.com'] },
  nc: { places: [['Raleigh', 'NC', '27609', '919'], ['Raleigh', 'NC', '27612', '919'], ['Cary', 'NC', '27513', '919'], ['Apex', 'NC', '27502', '919'], ['Wake Forest', 'NC', '27587', '919'], ['Durham', 'NC', '27707', '984'], ['Garner', 'NC', '27529', '919'], ['Holly Springs', 'NC', '27540', '984']],
    streets: ['Glenwood Ave', 'Six Forks Rd', 'Kildaire Farm Rd', 'Salem St', 'Falls of Neuse Rd', 'Hope Valley Rd', 'Timber Dr', 'Avent Ferry Rd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'nc.rr.com'] },
  ma: { places: [['Boston', 'MA', '02116', '617'], ['Cambridge', 'MA', '02139', '617'], ['Somerville', 'MA', '02144', '617'], ['Brookline', 'MA', '02446', '617'], ['Quincy', 'MA', '02169', '617'], ['Newton', 'MA', '02458', '617'], ['Medford', 'MA', '02155', '781'], ['Waltham', 'MA', '02453', '781']],
    streets: ['Boylston St', 'Massachusetts Ave', 'Highland Ave', 'Beacon St', 'Hancock St', 'Washington St', 'Main St', 'Moody St'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'bu.edu', 'comcast.net'] },
  bc: { places: [['Vancouver', 'BC', 'V5N 3K2', '604'], ['Burnaby', 'BC', 'V5H 2G6', '604'], ['Surrey', 'BC', 'V3S 8J4', '778'], ['North Vancouver', 'BC', 'V7L 1B9', '604'], ['Richmond', 'BC', 'V6Y 2L1', '604'], ['Coquitlam', 'BC', 'V3J 4T9', '604'], ['New Westminster', 'BC', 'V3M 1R4', '778'], ['Victoria', 'BC', 'V8V 3K5', '250']],
    streets: ['Commercial Dr', 'Kingsway', 'W 4th Ave', 'Fraser St', 'Lonsdale Ave', 'No. 3 Rd', 'Main St', 'Fort St', 'E Hastings St'], mail: ['gmail.com', 'gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'icloud.com'] },
  ab: { places: [['Calgary', 'AB', 'T2T 1B3', '403'], ['Calgary', 'AB', 'T3E 6L9', '403'], ['Calgary', 'AB', 'T2N 2A1', '587'], ['Airdrie', 'AB', 'T4B 3G6', '403'], ['Cochrane', 'AB', 'T4C 1A5', '403'], ['Okotoks', 'AB', 'T1S 1B2', '403'], ['Chestermere', 'AB', 'T1X 1C2', '403']],
    streets: ['17 Ave SW', 'Macleod Trail SE', 'Edmonton Trail NE', 'Crowchild Trail NW', 'Kensington Rd NW', 'Elbow Dr SW', 'Centre St N'], mail: ['gmail.com', 'gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'icloud.com'] },
}
const mk = (c, pool, salt) => {
  const r = seeded(c, `${pool}:${salt}`), P0 = POOLS[pool]
  const female = c.female, ca = pool === 'bc' || pool === 'ab'
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

// ---------------------------------------------------------------- 1. E-junkie transactions (E)
// a Portland (Oregon) sewing-pattern designer: [item number, item name, variation, price, ships?]
const EJ_ITEMS = [['PAT-ODA-PDF', 'Oda Wrap Dress - PDF Sewing Pattern', 'Sizes 0-20', 14, false], ['PAT-ODA-PDF', 'Oda Wrap Dress - PDF Sewing Pattern', 'Sizes 16-34', 14, false], ['PAT-HARBOR-PDF', 'Harbor Overalls - PDF Pattern', 'Adult', 16, false], ['KIT-HARBOR-LIN', 'Harbor Overalls Kit (printed pattern + linen)', 'Rust / Size B', 118, true], ['PAT-BUNDLE-3', 'Spring Capsule Bundle (3 PDF patterns)', '', 36, false], ['PRT-ODA-A0', 'Oda Wrap Dress - Printed Paper Pattern', 'Sizes 0-20', 26, true], ['WS-ZIPFLY', 'Zip Fly Workshop Video', '', 22, false]]
const ejItem = (o, i) => row(EJ_ITEMS, i + n(o))
const ejPaypal = (o) => n(o) % 5 < 2
const ejAt = (o) => o.at
const ejSt = (o) => row(['Completed', 'Completed', 'Completed', 'Refunded', 'Completed', 'Completed', 'Pending'], n(o) % 7)
const ejShip = (o, i) => (ejItem(o, i)[4] ? (n(o) % 3 === 0 ? 14.5 : 7.95) : 0)
const ejDisc = (o, i) => (o.discount ? two(ejItem(o, i)[3] * o.qty * 0.15) : '0.00')
const ejSub = (o, i) => ejItem(o, i)[3] * o.qty
// Oregon has no sales tax; the seller collects Washington sales tax on kits shipped there
const ejTax = (c, o, i) => (ejItem(o, i)[4] && ejTo(c).region === 'WA' ? ejSub(o, i) * 0.089 : 0)
const ejGross = (c, o, i) => ejSub(o, i) + ejShip(o, i) - +ejDisc(o, i) + ejTax(c, o, i)
const ejTxn = (o) => { const r = v.rng(n(o) * 31 + 7); return ejPaypal(o) ? `${v.int(r, 1, 9)}${v.alnum(r, 16).toUpperCase().replace(/[^A-Z0-9]/g, 'X')}` : `ch_3${v.alnum(r, 23)}` }
const ejTo = (c) => who(c, 'us')
// ---------------------------------------------------------------- 2. Rockerbox log-level touchpoints (E)
// a Denver outdoor-gear brand: [tier_1, tier_2, tier_3 (campaign), tier_4, utm_source, utm_medium, landing path]
const RB_TP = [['Paid Social', 'Facebook', 'PROS_Spring_Hiking_2024', 'Lookalike 2% Purchasers', 'facebook', 'paid_social', '/collections/daypacks'], ['Paid Search', 'Google', 'Brand_Exact', 'Brand - Core', 'google', 'cpc', '/'], ['Email', 'Klaviyo', 'Spring Drop Launch', 'Campaign', 'klaviyo', 'email', '/products/ridgeline-24-daypack'], ['Affiliate', 'AvantLink', 'REI Expert Review', 'Content', 'avantlink', 'affiliate', '/products/summit-rain-shell'], ['Organic Search', 'Google', 'Organic', '', '', '', '/blogs/trail/best-daypacks'], ['Paid Social', 'TikTok', 'TT_Spark_Creators_Q2', 'Broad 21-44', 'tiktok', 'paid_social', '/products/trailhead-fleece'], ['Podcast', 'Backcountry Podcast', 'Promo Code TRAIL15', '', '', '', '/']]
const rbTp = (o, i) => row(RB_TP, n(o) + i)
const rbConv = (o) => o.at + (n(o) % 5) * day
const rbTouch = (o, i) => rbConv(o) - ((i % 4) * 2 + 1) * (n(o) % 9 + 3) * 3600000
const rbUid = (o) => v.hex(v.rng(n(o) * 13 + 5), 32)
const rbRev = (o) => [64, 129, 189, 48.5, 224, 98, 312.75][n(o) % 7]
// ---------------------------------------------------------------- 3. iATS Payments journal (E)
// a Vancouver animal-rescue society: [fund / comment, amount CAD]
const IA_FUND = [['Monthly Guardian - Dog Rescue Fund', 25], ['Monthly Guardian - Cat Rescue Fund', 15], ['Spring Appeal', 100], ['In memory of Biscuit', 50], ['Vet Care Emergency Fund', 250], ['Monthly Guardian - General', 35], ['Gala Table Sponsorship', 1500]]
const iaFund = (o) => row(IA_FUND, n(o) % 7)
const iaAch = (o) => n(o) % 6 === 4
const iaBrand = (o) => (iaAch(o) ? 'ACHEFT' : row(['VISA', 'MC', 'VISA', 'AMX', 'VISA', 'MC'], n(o) % 6))
const iaOk = (o) => n(o) % 9 !== 5
const iaRec = (o) => iaFund(o)[0].startsWith('Monthly')
const iaWho = (c) => who(c, 'bc')
const iaAt = (o) => open(o.at, pt, 6, 16)
// ---------------------------------------------------------------- 4. OwnerRez bookings (E)
// a Gatlinburg (Tennessee) cabin manager: [property, nightly rent, cleaning fee]
const OR_PROPS = [['Bear Hollow Hideaway', 189, 150], ['Smoky Ridge Lodge (6BR)', 465, 325], ['Laurel Creek Cabin', 159, 125], ['Moonshine Mountain Retreat', 249, 175], ['Pigeon Forge Family Chalet', 299, 200]]
const orProp = (o) => row(OR_PROPS, n(o) % 5)
const orSrc = (o) => row(['Airbnb', 'VRBO', 'Direct (website)', 'Airbnb', 'Booking.com', 'VRBO', 'Direct (repeat guest)'], n(o) % 7)
const orSt = (o) => row(['Booked', 'Booked', 'Booked', 'Canceled', 'Booked', 'Tentative', 'Booked', 'Booked'], n(o) % 8)
const orArr = (o) => o.at + ((n(o) % 90) + 7) * day
const orNights = (o) => 2 + (n(o) % 5)
const orPets = (o) => (n(o) % 4 === 1 ? 1 : 0)
const orRent = (o) => orProp(o)[1] * orNights(o)
const orTax = (o) => (orRent(o) + orProp(o)[2]) * 0.1275
const orTotal = (o) => orRent(o) + orProp(o)[2] + orPets(o) * 75 + orTax(o)
const orPaid = (o) => (orSt(o) === 'Canceled' ? 0 : orSrc(o).startsWith('Direct') && n(o) % 2 ? orTotal(o) / 2 : orTotal(o))
const orWho = (c) => who(c, 'se')
// ---------------------------------------------------------------- 5. Flowhub item sales (E)
// a Denver recreational dispensary: [sku, product, brand, category, strain, unit, weight, price]
const FH_ITEMS = [['FH-10432', 'Blue Dream 3.5g', 'Host Cannabis', 'Flower', 'Blue Dream', 'each', '3.5g', 30], ['FH-20871', 'Wedding Cake Live Resin Cart 0.5g', 'Bonanza', 'Vape', 'Wedding Cake', 'each', '0.5g', 38], ['FH-31190', 'Watermelon Gummies 100mg (10pk)', 'Wana', 'Edible', '', 'each', '', 18], ['FH-10477', 'House Shake', 'House', 'Flower', 'Mixed', 'gram', '1g', 3], ['FH-40022', 'Pre-Roll 5pk 2.5g Sour Diesel', 'Cookies', 'Pre-Roll', 'Sour Diesel', 'each', '2.5g', 25], ['FH-50311', 'Raw Cones King Size 3pk', 'RAW', 'Accessories', '', 'each', '', 4]]
const fhItem = (o, i) => row(FH_ITEMS, n(o) + i)
const fhQty = (o, i) => (fhItem(o, i)[5] === 'gram' ? 7 : o.qty)
const fhSub = (o, i) => fhItem(o, i)[7] * fhQty(o, i)
const fhDisc = (o, i) => (n(o) % 4 === 1 ? fhSub(o, i) * 0.1 : 0)
const fhNet = (o, i) => fhSub(o, i) - fhDisc(o, i)
const fhCannabis = (o, i) => fhItem(o, i)[3] !== 'Accessories'
const fhMed = (o) => n(o) % 7 === 3
const fhTaxAmt = (o, i) => fhNet(o, i) * (fhMed(o) ? 0.0481 : (fhCannabis(o, i) ? 0.15 + 0.0481 + 0.055 : 0.0881))
const fhAt = (o) => open(o.at, mt, 9, 13)
const fhWho = (c) => who(c, 'co')
const fhKnown = (c) => n(c) % 5 !== 2
// ---------------------------------------------------------------- 6. Talkdesk calls (E)
const TD_TYPE = ['inbound', 'inbound', 'outbound', 'inbound', 'abandoned', 'inbound', 'voicemail', 'inbound', 'missed']
const tdType = (o) => row(TD_TYPE, n(o) % 9)
const tdAnswered = (o) => ['inbound', 'outbound'].includes(tdType(o))
const tdAt = (o) => open(o.at, az, 7, 12)
const tdWait = (o) => (tdType(o) === 'outbound' ? 0 : 12 + (n(o) * 17) % 420)
const tdTalk = (o) => (tdAnswered(o) ? 90 + (n(o) * 29) % 1400 : 0)
const tdHold = (o) => (tdAnswered(o) && n(o) % 3 === 0 ? 30 + n(o) % 200 : 0)
const TD_AGENTS = [['Marisol Vega', 'mvega'], ['Darnell Hughes', 'dhughes'], ['Kristen Olsen', 'kolsen'], ['Tony Alvarez', 'talvarez'], ['Brianna Cole', 'bcole']]
const tdAgent = (o) => row(TD_AGENTS, n(o) % 5)
const tdDisp = (o) => row(['Claim Filed', 'Claim Status Inquiry', 'Contractor Scheduling', 'Renewal - Saved', 'Cancellation Request', 'Billing Question', 'Claim Filed'], n(o) % 7)
// ---------------------------------------------------------------- 7. Wise Agent contacts (P)
const waCat = (c) => row(['Buyer', 'Past Client', 'Sphere', 'Seller', 'Buyer,Open House', 'Past Client,Referral Source', 'Investor'], n(c) % 7)
const waPast = (c) => waCat(c).includes('Past Client')
const waWho = (c) => who(c, 'nc')
const waSpouse = (c) => (n(c) % 3 === 0 ? who(c, 'nc', 'sp') : null)
// ---------------------------------------------------------------- 8. Pinpointe subscribers (P)
const ppSt = (c) => row(['Active', 'Active', 'Active', 'Unsubscribed', 'Active', 'Bounced', 'Active'], n(c) % 7)
const ppWho = (c) => who(c, 'ab')
// ---------------------------------------------------------------- 9. Bikky guests (P)
const bkWho = (c) => who(c, 'ma')
const bkLoyal = (c) => n(c) % 5 < 3
const bkVisits = (c) => 1 + (n(c) * 7) % 46
const bkSpend = (c) => bkVisits(c) * (13.5 + (n(c) % 9))
const bkLast = (c) => later(c, 300)
const BK_LOC = ['Back Bay', 'Kendall Square', 'Seaport', 'Davis Square', 'Brookline Village', 'Downtown Crossing']
// ---------------------------------------------------------------- 10. Reonomy owner contacts (B)
// [owning entity, property street, city, zip, type, sf, year, mailing street, mailing city, state, zip, domain, office phone]
const RE_PROPS = [['Mockingbird Industrial Partners LLC', '2450 Irving Blvd', 'Dallas', '75207', 'Industrial', 84200, 1974, '3811 Turtle Creek Blvd Ste 1100', 'Dallas', 'TX', '75219', 'mockingbirdip.com', '2145550142'], ['Trinity Flex Holdings LP', '1601 N Great Southwest Pkwy', 'Grand Prairie', '75050', 'Flex', 46500, 1986, '5400 LBJ Fwy Ste 800', 'Dallas', 'TX', '75240', 'trinityflex.com', '9725550177'], ['Hwy 121 Logistics Owner LLC', '2901 E State Hwy 121', 'Lewisville', '75056', 'Industrial', 212000, 2008, '201 Main St Ste 2400', 'Fort Worth', 'TX', '76102', 'crossbowcap.com', '8175550190'], ['Baker Family Properties Ltd', '4410 Action St', 'Garland', '75042', 'Industrial', 28750, 1969, 'PO Box 831245', 'Richardson', 'TX', '75083', '', '9725550120'], ['Stemmons Commerce Center LLC', '8200 N Stemmons Fwy', 'Dallas', '75247', 'Office/Warehouse', 61300, 1979, '1345 Avenue of the Americas Fl 33', 'New York', 'NY', '10105', 'halvorsenre.com', '2125550163']]
const reIx = (c) => (n(c) >> 1) % RE_PROPS.length
const reProp = (c) => RE_PROPS[reIx(c)]
const RE_TITLES = ['Managing Member', 'Manager', 'General Partner', 'President', 'Registered Agent', 'Director of Asset Management']
const reWho = (c) => who(c, 'us', 're')
// ---------------------------------------------------------------- 11. Batchbook people (B)
// Providence-area corporate clients of a caterer: [company, street, city, state, zip, domain, main line]
const BB_COS = [['Narragansett Bay Insurance', '25 Maple St', 'Pawtucket', 'RI', '02860', 'nbic.com', '4015550100'], ['Lifespan Health System', '167 Point St', 'Providence', 'RI', '02903', 'lifespan.org', '4015550131'], ['Brown University - Office of Alumni Relations', '1 Prospect St', 'Providence', 'RI', '02912', 'brown.edu', '4015550177'], ['Textron Specialized Vehicles', '40 Westminster St', 'Providence', 'RI', '02903', 'textron.com', '4015550145'], ['Amica Mutual', '100 Amica Way', 'Lincoln', 'RI', '02865', 'amica.com', '4015550166'], ['Hasbro Gaming', '1027 Newport Ave', 'Pawtucket', 'RI', '02861', 'hasbro.com', '4015550119']]
const bbCo = (c) => row(BB_COS, n(c) >> 1)
const BB_ROLE = [['Executive Assistant', 'Office of the CEO'], ['Event Coordinator', 'Marketing'], ['Office Manager', 'Facilities'], ['Director of Development', 'Advancement'], ['HR Generalist', 'Human Resources'], ['Administrative Coordinator', 'Operations']]
const bbRole = (c) => row(BB_ROLE, n(c) % 6)
const bbWho = (c) => who(c, 'us', 'bb')
// ---------------------------------------------------------------- 12. Plooto contacts (B)
// Mississauga parts distributor's payees and payers: [company, type, street, city, prov, postal, domain, phone, BN]
const PL_COS = [['Great Lakes Bearing Supply Inc.', 'Vendor', '5925 Airport Rd Unit 200', 'Mississauga', 'ON', 'L4V 1W1', 'glbearing.ca', '9055550148', '812345678RT0001'], ['Hamilton Hydraulic Services Ltd.', 'Customer', '470 Parkdale Ave N', 'Hamilton', 'ON', 'L8H 5Y2', 'hamhydraulic.com', '9055550163', '734512908RT0001'], ['Prairie Ag Equipment Ltd.', 'Customer', '3215 Faithfull Ave', 'Saskatoon', 'SK', 'S7K 8H3', 'prairieag.ca', '3065550110', '889201744RT0001'], ['Kitchener Fasteners Co.', 'Vendor', '1120 Victoria St N', 'Kitchener', 'ON', 'N2B 3T2', 'kfasteners.ca', '5195550187', '701938264RT0001'], ['Laval Pneumatique Inc.', 'Vendor and Customer', '2800 boul. Industriel', 'Laval', 'QC', 'H7L 4P8', 'lavalpneu.com', '4505550132', '845561203RT0001'], ['Brampton Fleet Repair', 'Customer', '35 Van Kirk Dr', 'Brampton', 'ON', 'L7A 1A5', 'bramptonfleet.ca', '9055550109', '']]
const plCo = (c) => row(PL_COS, n(c) >> 1)
const plRole = (c) => row([['Accounts Payable', 'AP Clerk'], ['Accounts Receivable', 'Controller'], ['Owner', 'President'], ['Finance', 'Bookkeeper']], n(c) % 4)
const plWho = (c) => who(c, 'bc', 'pl')
const plPay = (c) => row(['EFT', 'EFT', 'Cheque', 'Interac e-Transfer', 'EFT', 'Wire'], n(c) % 6)

export const SETS = [
  // ---------------------------------------------------------------- US: digital-download seller transactions
  { name: 'e-junkie-transactions-csv-us', product: 'E-junkie (Seller Admin > Transaction Log / View Transactions > Download as CSV, one row per item of a transaction, US English UI, a Portland (Oregon) indie sewing-pattern designer selling PDF patterns and shipped fabric kits through PayPal and Stripe, UTC-stamped log, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Payment Date', (c, o) => isoT(v.parts(ejAt(o))), ['timestamp', OR('createdDate')]],
    ['Processed by E-junkie', (c, o) => isoT(v.parts(ejAt(o) + 40000 + (n(o) % 50) * 1000)), [], opt],
    ['Transaction ID', (c, o) => ejTxn(o), [OR('payments[0].transactionID')]],
    ['Payment Processor', (c, o) => (ejPaypal(o) ? 'PayPal' : 'Stripe'), [OR('payments[0].paymentType')], opt],
    ['E-j Internal Txn ID', (c, o) => String(41000000 + (n(o) * 317) % 9000000), [OR('purchaseID'), '_id'], opt],
    ['Payment Status', (c, o) => ejSt(o), []],
    ['First Name', (c) => ejTo(c).first, []],
    ['Last Name', (c) => ejTo(c).last, []],
    ['Payer E-mail', (c) => ejTo(c).email, EMAIL_ID],
    ['Billing Address', (c) => ejTo(c).street, [BILL('street1')]],
    ['Billing City', (c) => ejTo(c).city, [BILL('city')]],
    ['Billing State', (c) => ejTo(c).region, STATE(['commerce.billing.address'])],
    ['Billing Zip', (c) => ejTo(c).post, [BILL('postalCode')]],
    ['Billing Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Payer Phone', (c, o) => (ejPaypal(o) ? '' : dash(ejTo(c).mob)), PHONE_ID, opt],
    ['Card Last 4', (c, o) => (ejPaypal(o) ? '' : pad((n(o) * 37) % 10000, 4)), []],
    ['Payer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Passed Custom Param.', (c, o) => (n(o) % 4 === 0 ? 'ig-bio' : ''), [], opt],
    ['Discount Codes', (c, o) => (o.discount ? row(['SEWALONG15', 'NEWSLETTER15'], n(o)) : ''), ['commerce.promotionID'], opt],
    ['Invoice', (c, o) => `EJ-${pad((n(o) * 7) % 100000, 5)}`, [OR('purchaseOrderNumber')], opt],
    ['Shipping Name', (c, o, r, i) => (ejItem(o, i)[4] ? ejTo(c).full : ''), []],
    ['Shipping Address', (c, o, r, i) => (ejItem(o, i)[4] ? `${ejTo(c).street}${ejTo(c).street2 ? ' ' + ejTo(c).street2 : ''}` : ''), [SHIP('street1')]],
    ['Shipping City', (c, o, r, i) => (ejItem(o, i)[4] ? ejTo(c).city : ''), [SHIP('city')]],
    ['Shipping State', (c, o, r, i) => (ejItem(o, i)[4] ? ejTo(c).region : ''), STATE(['commerce.shipping.address'])],
    ['Shipping Zip', (c, o, r, i) => (ejItem(o, i)[4] ? ejTo(c).post : ''), [SHIP('postalCode')]],
    ['Shipping Country', (c, o, r, i) => (ejItem(o, i)[4] ? 'US' : ''), [SHIP('countryCode'), SHIP('country')]],
    ['Shipping Cost', (c, o, r, i) => two(ejShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Item Name', (c, o, r, i) => ejItem(o, i)[1], [PL('name')]],
    ['Item Number', (c, o, r, i) => ejItem(o, i)[0], [PL('SKU')]],
    ['Variations/Variants', (c, o, r, i) => ejItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Amount', (c, o, r, i) => two(ejSub(o, i)), [PL('priceTotal')]],
    ['Discount', (c, o, r, i) => ejDisc(o, i), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Tax', (c, o, r, i) => two(ejTax(c, o, i)), [OR('taxAmount')]],
    ['Payment Gross', (c, o, r, i) => two(ejGross(c, o, i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode'), PL('currencyCode')]],
    ['Affiliate E-mail', (c, o) => (n(o) % 6 === 2 ? 'hello@thestitchbasket.com' : ''), []],
    ['Affiliate Share', (c, o, r, i) => (n(o) % 6 === 2 ? two(ejSub(o, i) * 0.2) : '0.00'), []],
  ] },
  // ---------------------------------------------------------------- US: log-level attribution touchpoints
  { name: 'rockerbox-log-level-mta-us', product: 'Rockerbox (Data > Exports > Log-Level MTA / conversion paths, CSV one row per marketing touchpoint on a converting path, US English UI, a Denver DTC outdoor-gear brand on Shopify, UTC timestamps, USD)', family: 'analytics', language: 'en', schema: E, cols: [
    ['date', (c, o) => ymd(v.parts(rbConv(o))), [], opt],
    ['conversion_key', (c, o) => String(5400000000000 + n(o) * 1237), [OR('purchaseID')]],
    ['conversion_timestamp', (c, o) => isoT(v.parts(rbConv(o))), [OR('createdDate')], opt],
    ['uid', (c, o) => rbUid(o), ['identityMap{}[0].id'], opt],
    ['identifier', (c) => who(c, 'co').email, EMAIL_ID],
    ['timestamp_events', (c, o, r, i) => isoT(v.parts(rbTouch(o, i))), ['timestamp']],
    ['tier_1', (c, o, r, i) => rbTp(o, i)[0], [], opt],
    ['tier_2', (c, o, r, i) => rbTp(o, i)[1], [], opt],
    ['tier_3', (c, o, r, i) => rbTp(o, i)[2], ['marketing.campaignName'], opt],
    ['tier_4', (c, o, r, i) => rbTp(o, i)[3], ['marketing.campaignGroup'], opt],
    ['tier_5', (c, o, r, i) => (rbTp(o, i)[0].startsWith('Paid') ? row(['UGC_Hiker_v3.mp4', 'Carousel_Packs', 'RSA_Brand_01', 'Static_Rain_Shell'], n(o) + i) : ''), [], opt],
    ['utm_source', (c, o, r, i) => rbTp(o, i)[4], [], opt],
    ['utm_medium', (c, o, r, i) => rbTp(o, i)[5], [], opt],
    ['utm_campaign', (c, o, r, i) => (rbTp(o, i)[4] ? rbTp(o, i)[2].toLowerCase().replace(/ /g, '_') : ''), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['url', (c, o, r, i) => `https://www.summitcraftgear.com${rbTp(o, i)[6]}${rbTp(o, i)[4] ? `?utm_source=${rbTp(o, i)[4]}&utm_medium=${rbTp(o, i)[5]}` : ''}`, ['web.webPageDetails.URL']],
    ['referrer', (c, o, r, i) => row(['https://l.facebook.com/', 'https://www.google.com/', '', 'https://www.rei.com/', 'https://www.google.com/', 'https://www.tiktok.com/', ''], n(o) + i), ['web.webReferrer.URL']],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['user_agent', (c, o, r, i) => row(UA, n(o) + i), ['environment.browserDetails.userAgent']],
    ['new_to_file', (c, o) => (n(o) % 3 ? 'true' : 'false'), []],
    ['revenue', (c, o) => two(rbRev(o)), [OR('priceTotal')], opt],
    ['even', (c, o, r, i) => (1 / (1 + (n(o) % 4))).toFixed(4), []],
    ['first_touch', (c, o, r, i) => (i % 4 === 3 || n(o) % 4 === 0 ? '1' : '0'), []],
    ['last_touch', (c, o, r, i) => (i % 4 === 0 ? '1' : '0'), []],
    ['normalized', (c, o, r, i) => (0.05 + ((n(o) + i) % 17) / 20).toFixed(4), []],
  ] },
  // ---------------------------------------------------------------- Canada: nonprofit card and ACH journal
  { name: 'iats-aura-journal-export-ca', product: 'iATS Payments (Aura customer portal: Reports > Journal (credit card and ACH/EFT) > Export CSV, one row per processed transaction, Canadian English UI, a Vancouver (BC) animal-rescue society\'s one-time and monthly donations, Pacific time, CAD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => `A${v.hex(v.rng(n(o) * 17 + 3), 9).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Date Time', (c, o) => usT(pt(iaAt(o))), ['timestamp', OR('createdDate')]],
    ['Client Code', () => '2CVAR0417', []],
    ['Customer Code', (c, o) => (iaRec(o) ? `A${pad((n(c) * 11) % 100000000, 8)}` : ''), CUST_ID, opt],
    ['Invoice Number', (c, o) => `WEB-${pad(n(o) % 1000000, 6)}`, [OR('purchaseID')]],
    ['First Name', (c) => iaWho(c).first, []],
    ['Last Name', (c) => iaWho(c).last, []],
    ['Company', (c) => (n(c) % 8 === 3 ? 'Kitsilano Veterinary Hospital' : ''), [], opt],
    ['Address', (c) => `${iaWho(c).street}${iaWho(c).street2 ? ' ' + iaWho(c).street2 : ''}`, [BILL('street1')]],
    ['City', (c) => iaWho(c).city, [BILL('city')]],
    ['Province', (c) => iaWho(c).region, STATE(['commerce.billing.address'])],
    ['Postal Code', (c) => iaWho(c).post, [BILL('postalCode')]],
    ['Country', () => 'Canada', [BILL('country')]],
    ['Phone', (c) => (n(c) % 3 === 1 ? '' : paren(iaWho(c).mob)), PHONE_ID, opt],
    ['Email', (c) => iaWho(c).email, EMAIL_ID],
    ['Amount', (c, o) => two(iaFund(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'CAD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Method of Payment', (c, o) => iaBrand(o), [OR('payments[0].paymentType')]],
    ['Credit Card / Account Number', (c, o) => (iaAch(o) ? `xxxxx${pad((n(o) * 7) % 1000, 3)}` : `${iaBrand(o) === 'AMX' ? '3' : iaBrand(o) === 'MC' ? '5' : '4'}***********${pad((n(o) * 31) % 10000, 4)}`), []],
    ['Expiry Date', (c, o) => (iaAch(o) ? '' : `${pad(1 + n(o) % 12)}/${26 + n(o) % 4}`), []],
    ['Result', (c, o) => (iaOk(o) ? `OK: ${pad((n(o) * 131) % 1000000, 6)}` : row(['REJECT: 15', 'REJECT: 22', 'REJECT: 39'], n(o) % 3)), [], opt],
    ['Recurring', (c, o) => (iaRec(o) ? 'Yes' : 'No'), []],
    ['Comment', (c, o) => iaFund(o)[0], [PL('name')], opt],
    ['Settlement Date', (c, o) => (iaOk(o) ? mdy(pt(iaAt(o) + (iaAch(o) ? 3 : 1) * day)) : ''), [], opt],
    ['Refund / Reversal', (c, o) => (n(o) % 17 === 4 ? 'Refunded' : ''), [], opt],
    ['IP Address', (c, o, r) => (iaRec(o) && n(o) % 2 ? '' : v.ip4(r)), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- US: vacation-rental bookings
  { name: 'ownerrez-bookings-list-export-us', product: 'OwnerRez (Bookings > list view > Export to CSV, one row per booking, US English UI, a Gatlinburg (Tennessee) cabin-rental manager with five Smoky Mountains cabins listed on Airbnb, VRBO and its own site, Eastern time, USD)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking #', (c, o) => `OR${1400000 + (n(o) * 41) % 600000}`, [OR('purchaseID'), '_id']],
    ['Property', (c, o) => orProp(o)[0], [PL('name')], opt],
    ['Status', (c, o) => orSt(o), []],
    ['Arrival', (c, o) => mdy(et(orArr(o))), [], opt],
    ['Departure', (c, o) => mdy(et(orArr(o) + orNights(o) * day)), [], opt],
    ['Nights', (c, o) => String(orNights(o)), [PL('quantity')], opt],
    ['Guest', (c) => orWho(c).full, []],
    ['Guest Email', (c, o) => (orSrc(o) === 'Airbnb' ? `${v.slug(orWho(c).first)}-${v.hex(v.rng(n(o)), 8)}@guest.airbnb.com` : orWho(c).email), EMAIL_ID],
    ['Guest Phone', (c) => dash(orWho(c).mob), PHONE_ID, opt],
    ['Guest Address', (c) => orWho(c).street, [BILL('street1')], opt],
    ['Guest City', (c) => orWho(c).city, [BILL('city')], opt],
    ['Guest State', (c) => orWho(c).region, STATE(['commerce.billing.address']), opt],
    ['Guest Zip', (c) => orWho(c).post, [BILL('postalCode')], opt],
    ['Adults', (c, o) => String(2 + (n(o) % 5)), []],
    ['Children', (c, o) => String(n(o) % 3), []],
    ['Pets', (c, o) => String(orPets(o)), []],
    ['Source', (c, o) => orSrc(o), [], opt],
    ['Listing Site Confirmation', (c, o) => (orSrc(o) === 'Airbnb' ? `HM${v.alnum(v.rng(n(o) + 1), 8).toUpperCase()}` : orSrc(o) === 'VRBO' ? `HA-${v.alnum(v.rng(n(o) + 2), 6).toUpperCase()}` : orSrc(o) === 'Booking.com' ? String(3800000000 + n(o)) : ''), [], opt],
    ['Booked', (c, o) => usT(et(o.at)), ['timestamp', OR('createdDate')]],
    ['Rent', (c, o) => usd(orRent(o)), [PL('priceTotal')], opt],
    ['Cleaning Fee', (c, o) => usd(orProp(o)[2]), []],
    ['Pet Fee', (c, o) => usd(orPets(o) * 75), []],
    ['Taxes', (c, o) => usd(orTax(o)), [OR('taxAmount')]],
    ['Total', (c, o) => usd(orTotal(o)), [OR('priceTotal')]],
    ['Paid', (c, o) => usd(orPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o) => usd(orSt(o) === 'Canceled' ? 0 : orTotal(o) - orPaid(o)), []],
    ['Security Deposit', (c, o) => (orSrc(o).startsWith('Direct') ? '300.00' : ''), []],
    ['Canceled', (c, o) => (orSt(o) === 'Canceled' ? usT(et(o.at + Math.floor((orArr(o) - o.at) * (0.2 + (n(o) % 5) / 8)))) : ''), [OR('cancelDate')], opt],
    ['Tags', (c, o) => row(['', 'repeat guest', '', 'early check-in', 'hot tub issue', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: dispensary POS item sales
  { name: 'flowhub-sales-by-item-export-us', product: 'Flowhub (Flowhub Maui POS back office: Reports > Sales > Sales by Item > Export CSV, one row per item sold, US English UI, a Denver (Colorado) recreational and medical dispensary with two locations, Mountain time, USD)', family: 'pos', language: 'en', schema: E, cols: [
    ['Location', (c, o) => (n(o) % 3 ? 'Mile High Greens - RiNo' : 'Mile High Greens - South Broadway'), ['commerce.commerceScope.storeCode'], opt],
    ['Receipt ID', (c, o) => `${v.hex(v.rng(n(o) * 3 + 1), 8)}`, [OR('purchaseID')]],
    ['Completed At', (c, o) => usT(mt(fhAt(o))), ['timestamp', OR('createdDate')]],
    ['Order Type', (c, o) => row(['In-Store', 'In-Store', 'Express Pickup', 'In-Store', 'Online Pickup'], n(o) % 5), [OR('orderType')], opt],
    ['Customer Type', (c, o) => (fhMed(o) ? 'Medical' : 'Recreational'), []],
    ['Customer Name', (c) => (fhKnown(c) ? fhWho(c).full : 'Walk-In Customer'), []],
    ['Customer ID', (c) => (fhKnown(c) ? v.uuid(seeded(c, 'fh')) : ''), CUST_ID, opt],
    ['Customer Phone', (c) => (fhKnown(c) ? paren(fhWho(c).mob) : ''), PHONE_ID, opt],
    ['Customer Email', (c) => (fhKnown(c) && n(c) % 3 ? fhWho(c).email : ''), EMAIL_ID],
    ['Budtender', (c, o) => row(['Jade R.', 'Marcus T.', 'Sky W.', 'Alex P.'], n(o) % 4), []],
    ['Register', (c, o) => `Register ${1 + n(o) % 4}`, []],
    ['SKU', (c, o, r, i) => fhItem(o, i)[0], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => fhItem(o, i)[1], [PL('name')]],
    ['Brand', (c, o, r, i) => fhItem(o, i)[2], [], opt],
    ['Category', (c, o, r, i) => fhItem(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Strain', (c, o, r, i) => fhItem(o, i)[4], [], opt],
    ['Package ID', (c, o, r, i) => (fhCannabis(o, i) ? `1A4FF03000003${pad((n(o) * 7 + i) % 100000, 5)}000${pad(n(o) % 1000, 3)}` : ''), [], opt],
    ['Quantity', (c, o, r, i) => String(fhQty(o, i)), [PL('quantity')]],
    ['Unit', (c, o, r, i) => fhItem(o, i)[5], [PL('unitOfMeasureCode')], opt],
    ['Weight', (c, o, r, i) => fhItem(o, i)[6], [], opt],
    ['Unit Price', (c, o, r, i) => two(fhItem(o, i)[7]), [], opt],
    ['Gross Sales', (c, o, r, i) => two(fhSub(o, i)), [PL('priceTotal')], opt],
    ['Discount Name', (c, o) => (n(o) % 4 === 1 ? row(['Happy Hour 10%', 'Industry 10%', 'Veteran 10%'], n(o) % 3) : ''), ['commerce.promotionID'], opt],
    ['Discounts', (c, o, r, i) => two(fhDisc(o, i)), [PL('discountAmount')]],
    ['Net Sales', (c, o, r, i) => two(fhNet(o, i)), [PL('priceTotal')], opt],
    ['Taxes', (c, o, r, i) => two(fhTaxAmt(o, i)), [OR('taxAmount')], opt],
    ['Total', (c, o, r, i) => two(fhNet(o, i) + fhTaxAmt(o, i)), [OR('priceTotal')], opt],
    ['Payment Type', (c, o) => row(['Cash', 'Debit', 'Cash', 'CanPay', 'Cash', 'Debit'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Voided', (c, o) => (n(o) % 19 === 7 ? 'TRUE' : 'FALSE'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: contact-centre call records
  { name: 'talkdesk-calls-report-export-us', product: 'Talkdesk (Explore / Reports > Calls > Export CSV, one row per call, US English UI, a Phoenix (Arizona) home-warranty company\'s customer-care line with a Salesforce integration, Arizona time (no summer time), USD plans)', family: 'support', language: 'en', schema: E, cols: [
    ['Interaction ID', (c, o) => v.hex(v.rng(n(o) * 7 + 2), 32), ['_id'], opt],
    ['Call Type', (c, o) => tdType(o), [], opt],
    ['Start Time', (c, o) => usT(az(tdAt(o))), ['timestamp']],
    ['End Time', (c, o) => usT(az(tdAt(o) + (tdWait(o) + tdTalk(o) + tdHold(o)) * 1000)), [], opt],
    ['Customer Phone Number', (c) => e164(who(c, 'az').mob), PHONE_ID, opt],
    ['Talkdesk Phone Number', (c, o) => (n(o) % 4 === 0 ? '+18885550142' : '+16025550199'), []],
    ['Talkdesk Phone Display Name', (c, o) => (n(o) % 4 === 0 ? 'Claims Line' : 'Customer Care Main'), []],
    ['Contact Name', (c) => (n(c) % 5 === 3 ? '' : who(c, 'az').full), []],
    ['Contact ID', (c) => (n(c) % 5 === 3 ? '' : `003${v.alnum(seeded(c, 'sf'), 12)}`), CUST_ID, opt],
    ['Agent Name', (c, o) => (tdAnswered(o) ? tdAgent(o)[0] : ''), []],
    ['Agent Email', (c, o) => (tdAnswered(o) ? `${tdAgent(o)[1]}@desertshieldwarranty.com` : ''), []],
    ['Team', (c, o) => (tdAnswered(o) ? row(['Claims', 'Retention', 'Claims', 'Sales'], n(o) % 4) : ''), []],
    ['Ring Groups', (c, o) => (n(o) % 4 === 0 ? 'claims' : 'care,overflow'), []],
    ['Waiting Time', (c, o) => String(tdWait(o)), []],
    ['Talk Time', (c, o) => String(tdTalk(o)), []],
    ['Hold Time', (c, o) => String(tdHold(o)), []],
    ['Total Time', (c, o) => String(tdWait(o) + tdTalk(o) + tdHold(o)), []],
    ['Disposition Code', (c, o) => (tdAnswered(o) ? tdDisp(o) : ''), []],
    ['Rating', (c, o) => (tdAnswered(o) && n(o) % 3 === 1 ? String(3 + n(o) % 3) : ''), []],
    ['Tags', (c, o) => row(['', 'hvac', 'plumbing', '', 'appliance', 'escalation'], n(o) % 6), []],
    ['Recording', (c, o) => (tdAnswered(o) ? `https://desertshield.mytalkdesk.com/recordings/${v.hex(v.rng(n(o) + 9), 24)}` : ''), []],
    ['Notes', (c, o) => row(['', 'Cust wants tech before Fri', '', 'Transferred to claims', '', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: real-estate CRM contacts
  { name: 'wise-agent-contacts-export-us', product: 'Wise Agent (Contacts > Export Contacts > CSV, one row per contact, US English UI, a Raleigh (North Carolina) residential realtor team\'s buyers, sellers, past clients and sphere)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(60000000 + (n(c) * 13) % 9000000), ['_id', 'personID'], opt],
    ['First Name', (c) => waWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => waWho(c).last, ['person.name.lastName']],
    ['Spouse First Name', (c) => (waSpouse(c) ? waSpouse(c).first : ''), []],
    ['Spouse Last Name', (c) => (waSpouse(c) ? waWho(c).last : ''), []],
    ['Company', (c) => (n(c) % 4 === 1 ? row(['Red Hat', 'SAS Institute', 'WakeMed', 'NC State University'], n(c)) : ''), ['organizations[0]'], opt],
    ['Email', (c) => waWho(c).email, ['personalEmail.address']],
    ['Email 2', (c) => (waSpouse(c) ? waSpouse(c).email.replace(/@.*/, '@gmail.com') : ''), [], opt],
    ['Cell Phone', (c) => dash(waWho(c).mob), ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 4 === 0 ? dash(`919${pad((n(c) * 7) % 10000000, 7)}`) : ''), ['homePhone.number']],
    ['Work Phone', (c) => (n(c) % 5 === 2 ? dash(`919${pad((n(c) * 11) % 10000000, 7)}`) : ''), ['workPhone.number']],
    ['Fax', () => '', ['faxPhone.number']],
    ['Address', (c) => waWho(c).street, at(HOME, 'street1')],
    ['Address 2', (c) => waWho(c).street2, at(HOME, 'street2')],
    ['City', (c) => waWho(c).city, at(HOME, 'city')],
    ['State', (c) => waWho(c).region, STATE(HOME)],
    ['Zip', (c) => waWho(c).post, at(HOME, 'postalCode')],
    ['Birthday', (c) => (n(c) % 3 === 2 ? '' : mdy(v.parts(c.birth))), ['person.birthDate']],
    ['Anniversary', (c) => (waSpouse(c) ? mdy(v.parts(c.birth + (8000 + n(c) % 3000) * day)) : ''), []],
    ['Home Anniversary', (c) => (waPast(c) ? mdy(et(later(c, 900))) : ''), [], opt],
    ['Categories', (c) => waCat(c), [], opt],
    ['Rank', (c) => row(['A', 'B', 'C', 'A', 'B'], n(c) % 5), []],
    ['Source', (c) => row(['Zillow', 'Open House', 'Referral', 'Realtor.com', 'Sphere', 'Facebook Lead Ad'], n(c) % 6), [], opt],
    ['Status', (c) => row(['Active', 'Active', 'Nurture', 'Closed', 'Active', 'Inactive'], n(c) % 6), [], opt],
    ['Assigned Agent', (c) => row(['Lindsey Carver', 'Marcus Bell', 'Lindsey Carver', 'Tasha Greene'], n(c) % 4), []],
    ['Date Entered', (c) => mdy(et(c.created)), [], opt],
    ['Last Contacted', (c) => mdy(et(later(c, 200))), [], opt],
    ['Do Not Email', (c) => (n(c) % 11 === 4 ? 'Yes' : 'No'), [], opt],
    ['Notes', (c) => row(['', 'Looking in Cary/Apex, 4BR, under $550k', '', 'Wants to list spring 2025', 'Pre-approved w/ Truist', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Canada: newsletter subscribers
  { name: 'pinpointe-list-contacts-export-ca', product: 'Pinpointe (Contacts > Mailing Lists > list > Export Contacts, CSV one row per subscriber with custom fields, English UI, a Calgary (Alberta) garden centre\'s newsletter list)', family: 'email', language: 'en', schema: P, cols: [
    ['Email Address', (c) => ppWho(c).email, ['personalEmail.address']],
    ['Subscriber ID', (c) => String(2100000 + (n(c) * 19) % 800000), ['_id', 'personID'], opt],
    ['Format', (c) => (n(c) % 9 === 4 ? 'Text' : 'HTML'), []],
    ['Status', (c) => ppSt(c), ['personalEmail.status'], opt],
    ['Confirmed', (c) => (n(c) % 5 === 0 ? 'No' : 'Yes'), [], opt],
    ['Subscribe Date', (c) => usT(mt(c.created)), [], opt],
    ['Subscribe IP', (c, o, r) => (n(c) % 3 ? v.ip4(r) : ''), []],
    ['First Name', (c) => ppWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ppWho(c).last, ['person.name.lastName']],
    ['Phone', (c) => (n(c) % 3 === 1 ? '' : dash(ppWho(c).mob)), ['mobilePhone.number', 'homePhone.number'], opt],
    ['Address', (c) => (n(c) % 2 ? ppWho(c).street : ''), at(HOME, 'street1')],
    ['City', (c) => ppWho(c).city, at(HOME, 'city')],
    ['Province', (c) => ppWho(c).region, STATE(HOME)],
    ['Postal Code', (c) => (n(c) % 2 ? ppWho(c).post : ''), at(HOME, 'postalCode')],
    ['Birthday', (c) => (n(c) % 4 === 1 ? '' : `${pad(v.parts(c.birth).m)}/${pad(v.parts(c.birth).d)}`), ['person.birthDayAndMonth']],
    ['Interests', (c) => row(['Perennials', 'Vegetable Gardening,Workshops', 'Houseplants', 'Trees & Shrubs', 'Workshops', 'Houseplants,Perennials'], n(c) % 6), []],
    ['Signup Source', (c) => row(['Website Form', 'In-store Tablet', 'Import', 'Website Form', 'Facebook Lead Form'], n(c) % 5), [], opt],
    ['Last Open Date', (c) => (ppSt(c) === 'Active' && n(c) % 4 ? usT(mt(later(c, 120))) : ''), [], opt],
    ['Last Click Date', (c) => (ppSt(c) === 'Active' && n(c) % 3 === 0 ? usT(mt(later(c, 120) + 300000)) : ''), [], opt],
    ['Unsubscribe Date', (c) => (ppSt(c) === 'Unsubscribed' ? usT(mt(later(c, 300))) : ''), [], opt],
    ['Bounce Type', (c) => (ppSt(c) === 'Bounced' ? 'Hard' : ''), [], opt],
    ['Rating', (c) => String(n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: restaurant guest profiles with loyalty
  { name: 'bikky-guest-list-export-us', product: 'Bikky (Guests > segment > Export CSV, one row per unified guest from POS, online ordering and loyalty, US English UI, a Boston fast-casual Mediterranean chain with six locations, USD)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Guest ID', (c) => v.uuid(seeded(c, 'bk')), ['_id', 'personID'], opt],
    ['First Name', (c) => bkWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 6 === 5 ? bkWho(c).last[0] : bkWho(c).last), ['person.name.lastName']],
    ['Email', (c) => (n(c) % 7 === 2 ? '' : bkWho(c).email), ['personalEmail.address']],
    ['Phone', (c) => e164(bkWho(c).mob), ['mobilePhone.number']],
    ['Birthday', (c) => (bkLoyal(c) && n(c) % 3 ? `${pad(v.parts(c.birth).m)}/${pad(v.parts(c.birth).d)}` : ''), ['person.birthDayAndMonth']],
    ['Zip Code', (c) => (bkLoyal(c) ? bkWho(c).post : ''), at(HOME, 'postalCode'), opt],
    ['Loyalty Member', (c) => (bkLoyal(c) ? 'TRUE' : 'FALSE'), [], opt],
    ['Loyalty ID', (c) => (bkLoyal(c) ? `TH${pad((n(c) * 97) % 10000000, 7)}` : ''), ['loyalty.loyaltyID[0]']],
    ['Loyalty Enrollment Date', (c) => (bkLoyal(c) ? ymd(et(c.created)) : ''), ['loyalty.joinDate']],
    ['Points Balance', (c) => (bkLoyal(c) ? String((n(c) * 7) % 180) : ''), ['loyalty.points']],
    ['First Visit Date', (c) => ymd(et(c.created - (n(c) % 40) * day)), [], opt],
    ['Last Visit Date', (c) => ymd(et(bkLast(c))), [], opt],
    ['Total Visits', (c) => String(bkVisits(c)), []],
    ['Total Spend', (c) => two(bkSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Average Check', (c) => two(bkSpend(c) / bkVisits(c)), []],
    ['Favorite Location', (c) => row(BK_LOC, n(c) % 6), []],
    ['Favorite Item', (c) => row(['Chicken Shawarma Bowl', 'Falafel Pita', 'Harissa Steak Plate', 'Lentil Soup', 'Greek Salad + Chicken'], n(c) % 5), []],
    ['Preferred Channel', (c) => row(['In-Store', 'Online Ordering', 'Third Party (DoorDash)', 'In-Store', 'Online Ordering'], n(c) % 5), []],
    ['Guest Segment', (c) => (bkVisits(c) > 20 ? 'Regulars' : bkVisits(c) < 3 ? 'New Guests' : n(c) % 3 ? 'Casuals' : 'At Risk'), [], opt],
    ['Email Opt In', (c) => (n(c) % 4 ? 'TRUE' : 'FALSE'), [], opt],
    ['SMS Opt In', (c) => (n(c) % 3 === 0 ? 'TRUE' : 'FALSE'), [], opt],
  ] },
  // ---------------------------------------------------------------- US: commercial-property owner contacts
  { name: 'reonomy-owner-contacts-export-us', product: 'Reonomy (Search > property results > Export > Owners & Contacts CSV, one row per owner contact of a property, US English UI, a Dallas commercial mortgage broker prospecting owners of North Texas industrial and flex buildings)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Property Address', (c) => reProp(c)[1], []],
    ['Property City', (c) => reProp(c)[2], []],
    ['Property State', () => 'TX', []],
    ['Property Zip', (c) => reProp(c)[3], []],
    ['Asset Type', (c) => reProp(c)[4], []],
    ['Building Area (SF)', (c) => group(reProp(c)[5]), []],
    ['Year Built', (c) => String(reProp(c)[6]), []],
    ['Last Sale Date', (c) => mdy(v.parts(Date.UTC(2006 + reIx(c) * 3, (reIx(c) * 5) % 12, 3 + reIx(c) * 5))), []],
    ['Reported Owner', (c) => reProp(c)[0], CO, opt],
    ['Contact Name', (c) => reWho(c).full, ['person.name.fullName']],
    ['Contact Title', (c) => row(RE_TITLES, n(c) % 6), ['extendedWorkDetails.jobTitle']],
    ['Contact Company', (c) => (reProp(c)[11] ? reProp(c)[0].replace(/ (LLC|LP|Ltd)$/, '') : reProp(c)[0]), CO],
    ['Contact Email 1', (c) => (reProp(c)[11] ? `${v.slug(reWho(c).first)[0]}${v.slug(reWho(c).last)}@${reProp(c)[11]}` : reWho(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Contact Email 2', (c) => (reProp(c)[11] && n(c) % 3 === 0 ? reWho(c).email : ''), ['personalEmail.address'], opt],
    ['Contact Phone 1', (c) => paren(reProp(c)[12]), ['workPhone.number']],
    ['Contact Phone 1 Type', () => 'Landline', [], opt],
    ['Contact Phone 2', (c) => (n(c) % 2 ? paren(reWho(c).mob) : ''), ['mobilePhone.number'], opt],
    ['Contact Phone 2 Type', (c) => (n(c) % 2 ? 'Mobile' : ''), [], opt],
    ['Contact Mailing Address', (c) => reProp(c)[7], [W('street1'), 'mailingAddress.street1']],
    ['Contact Mailing City', (c) => reProp(c)[8], [W('city'), 'mailingAddress.city']],
    ['Contact Mailing State', (c) => reProp(c)[9], [...STATE(['workAddress', 'mailingAddress'])]],
    ['Contact Mailing Zip', (c) => reProp(c)[10], [W('postalCode'), 'mailingAddress.postalCode']],
    ['LinkedIn URL', (c) => (n(c) % 3 === 1 ? `https://www.linkedin.com/in/${v.slug(reWho(c).first)}${v.slug(reWho(c).last)}` : ''), []],
    ['Reonomy Property ID', (c) => v.uuid(v.rng(reIx(c) * 7919 + 11)), [], opt],
  ] },
  // ---------------------------------------------------------------- US: small-business CRM people
  { name: 'batchbook-people-export-us', product: 'Batchbook (People > select all > Export to CSV, one row per person, US English UI, a Providence (Rhode Island) event caterer\'s corporate-client contacts)', family: 'crm', language: 'en', schema: B, cols: [
    ['id', (c) => String(21000 + (n(c) * 3) % 60000), B2BID],
    ['first_name', (c) => bbWho(c).first, ['person.name.firstName']],
    ['last_name', (c) => bbWho(c).last, ['person.name.lastName']],
    ['prefix', (c) => (n(c) % 3 ? '' : n(c) % 5 === 0 ? 'Dr.' : c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['title', (c) => bbRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['company', (c) => bbCo(c)[0], CO],
    ['champion', (c) => (n(c) % 4 === 0 ? 'true' : 'false'), []],
    ['email_work', (c) => `${v.slug(bbWho(c).first)}.${v.slug(bbWho(c).last)}@${bbCo(c)[5]}`, ['workEmail.address']],
    ['email_home', (c) => (n(c) % 4 === 2 ? bbWho(c).email : ''), ['personalEmail.address']],
    ['phone_work', (c) => `${paren(bbCo(c)[6])}${n(c) % 3 === 0 ? ` x${200 + n(c) % 90}` : ''}`, ['workPhone.number']],
    ['phone_mobile', (c) => (n(c) % 2 ? paren(`401${bbWho(c).mob.slice(3)}`) : ''), ['mobilePhone.number']],
    ['address_work_street_1', (c) => bbCo(c)[1], [W('street1')]],
    ['address_work_street_2', (c) => (n(c) % 3 === 1 ? `Suite ${100 + n(c) % 400}` : ''), [W('street2')]],
    ['address_work_city', (c) => bbCo(c)[2], [W('city')]],
    ['address_work_state', (c) => bbCo(c)[3], STATE(['workAddress'])],
    ['address_work_postal_code', (c) => bbCo(c)[4], [W('postalCode')]],
    ['address_work_country', () => 'United States', [W('country')]],
    ['website_work', (c) => `http://www.${bbCo(c)[5]}`, ['b2b.companyWebsite']],
    ['tags', (c) => row(['holiday-party', 'corporate,box-lunch', 'gala-2023', '', 'holiday-party,vip', 'board-meeting'], n(c) % 6), []],
    ['about', (c) => row(['', 'Orders lunch for Thursday board meetings', 'Gluten-free needs for CFO', '', 'Met at RI Chamber expo'], n(c) % 5), []],
    ['owner', (c) => row(['gina@ocean-state-catering.com', 'paulo@ocean-state-catering.com'], n(c) % 2), []],
    ['created_at', (c) => `${ymd(v.parts(c.created))}T${hms(v.parts(c.created))}-04:00`, ['extSourceSystemAudit.createdDate'], opt],
    ['updated_at', (c) => `${ymd(v.parts(later(c, 300)))}T${hms(v.parts(later(c, 300)))}-04:00`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Canada: B2B payments contacts
  { name: 'plooto-contacts-export-ca', product: 'Plooto (Contacts > Export, CSV one row per payee or payer business with its contact person, Canadian English UI, a Mississauga (Ontario) industrial-parts distributor paying vendors by EFT and collecting from customers, CAD)', family: 'payments', language: 'en', schema: B, cols: [
    ['Contact Name', (c) => plCo(c)[0], CO],
    ['Contact Type', (c) => plCo(c)[1], ['b2b.personType'], opt],
    ['First Name', (c) => plWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => plWho(c).last, ['person.name.lastName']],
    ['Title', (c) => plRole(c)[1], ['extendedWorkDetails.jobTitle'], opt],
    ['Email', (c) => `${plRole(c)[0] === 'Accounts Payable' ? 'ap' : plRole(c)[0] === 'Accounts Receivable' ? 'ar' : v.slug(plWho(c).first)}@${plCo(c)[6]}`, ['workEmail.address']],
    ['Phone', (c) => `${dash(plCo(c)[7])}${n(c) % 3 === 0 ? ` ext. ${10 + n(c) % 80}` : ''}`, ['workPhone.number']],
    ['Address Line 1', (c) => plCo(c)[2], [W('street1')]],
    ['City', (c) => plCo(c)[3], [W('city')]],
    ['Province', (c) => plCo(c)[4], STATE(['workAddress'])],
    ['Postal Code', (c) => plCo(c)[5], [W('postalCode')]],
    ['Country', () => 'CA', [W('countryCode'), W('country')]],
    ['Business Number', (c) => plCo(c)[8], [], opt],
    ['Preferred Payment Method', (c) => plPay(c), []],
    ['Currency', () => 'CAD', []],
    ['Bank Institution', (c) => (plPay(c) === 'EFT' || plPay(c) === 'Wire' ? row(['001', '004', '003', '002', '815'], n(c) % 5) : ''), []],
    ['Bank Transit', (c) => (plPay(c) === 'EFT' || plPay(c) === 'Wire' ? pad((n(c) * 7) % 100000, 5) : ''), []],
    ['Bank Account', (c) => (plPay(c) === 'EFT' || plPay(c) === 'Wire' ? `****${pad((n(c) * 13) % 10000, 4)}` : ''), []],
    ['Verification Status', (c) => row(['Verified', 'Verified', 'Pending', 'Verified', 'Not Verified'], n(c) % 5), [], opt],
    ['Accounting Software ID', (c) => String(100 + (n(c) >> 1) % 900), ACCT, opt],
    ['Created Date', (c) => ymd(et(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c) => row(['', 'Net 30', 'Remit to AR email only', '', 'Net 45 - PO required'], n(c) % 5), []],
  ] },
]
