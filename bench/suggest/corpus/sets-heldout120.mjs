// Round 57, heldout120: held-out sets written blind by a helper that never opened the suggester or a score. Same format
// as sets.mjs (sources in ../README.md). English-language exports from Canada and the United States: a marketplace
// seller's order lines (Best Buy Canada Marketplace), a pre-authorized debit platform's transactions (Rotessa), a
// ticketing tool's order lines (Tuxedo), a courier's shipment history (Canpar Express), an agency CRM's contacts
// (Vendasta), an invoicing app's client list (Invoice Simple), a retail loyalty program's members (Thirdshelf), a
// cannabis POS's customers (Cova), a B2B contact database's leads (ReachStream), an SMS marketing tool's subscribers
// (Mobiniti), a messaging support platform's conversations (LivePerson) and a WordPress analytics plugin's pages report
// (Independent Analytics) (en 12; Canada 8, US 4). Independent Analytics' page columns were seen in its public plugin
// code; the rest is written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO, ACCT as ACC } from './sets.mjs'
import { pad, row, ymd, mdy, hms, hm, hm12, local, group } from './values.mjs'

const day = 86400000
const two = (n) => (Math.round(n * 100) / 100).toFixed(2)
const n = (x) => +x.id
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
const memo = new Map()
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
// the instant moved into business hours (08:00-21:59) of a zone std hours from UTC
const open = (ms, std) => { const H = local(ms, std).H; return ms + ((8 + (H % 14)) - H) * 3600000 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const WORK = ['workAddress']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- Canadian people, seeded by the row's person
const CA_FIRST = { f: ['Olivia', 'Emma', 'Charlotte', 'Chloé', 'Sophie', 'Isabelle', 'Megan', 'Hannah', 'Priya', 'Simran', 'Mei', 'Jasmine', 'Avery', 'Nathalie', 'Kaitlyn'], m: ['Liam', 'Noah', 'Ethan', 'Lucas', 'Mathieu', 'Gabriel', 'Owen', 'Connor', 'Tyler', 'Arjun', 'Raj', 'Wei', 'Ryan', 'Daniel', 'Brandon'] }
const CA_LAST = ['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'MacDonald', 'Gagnon', 'Taylor', 'Campbell', 'Lee', 'Wong', 'Singh', 'Patel', 'Chen', 'Leblanc', 'Côté', 'Bouchard', 'Thompson', 'Fraser', "O'Brien", 'Nguyen', 'Kim', 'Morrison', 'Stewart', 'Gill', 'Sandhu', 'MacLeod']
// [city, province code, province, FSA list, area codes, street names, UTC offset (standard time)]
const CA_PLACES = [
  ['Toronto', 'ON', 'Ontario', ['M5V', 'M4C', 'M6K', 'M4Y', 'M6H'], ['416', '647', '437'], ['Queen St W', 'Yonge St', 'Danforth Ave', 'Dundas St W', 'King St E', 'Bloor St W'], -5],
  ['Mississauga', 'ON', 'Ontario', ['L5B', 'L5M', 'L4Z'], ['905', '289'], ['Burnhamthorpe Rd W', 'Hurontario St', 'Eglinton Ave W', 'Dundas St E'], -5],
  ['Ottawa', 'ON', 'Ontario', ['K1P', 'K2P', 'K1S', 'K2B'], ['613', '343'], ['Bank St', 'Elgin St', 'Wellington St W', 'Carling Ave', 'Rideau St'], -5],
  ['Hamilton', 'ON', 'Ontario', ['L8P', 'L8L', 'L9A'], ['905', '289'], ['King St W', 'Locke St S', 'Main St E', 'Upper James St'], -5],
  ['London', 'ON', 'Ontario', ['N6A', 'N6B', 'N5Y'], ['519', '226'], ['Richmond St', 'Dundas St', 'Wellington Rd', 'Oxford St E'], -5],
  ['Montréal', 'QC', 'Quebec', ['H2X', 'H3Z', 'H2T', 'H4A'], ['514', '438'], ['Sherbrooke St W', 'Saint-Laurent Blvd', 'Mont-Royal Ave E', 'Sainte-Catherine St W'], -5],
  ['Vancouver', 'BC', 'British Columbia', ['V6B', 'V5L', 'V6K', 'V5T'], ['604', '778', '236'], ['Robson St', 'Commercial Dr', 'W 4th Ave', 'Main St', 'Granville St'], -8],
  ['Victoria', 'BC', 'British Columbia', ['V8W', 'V8V', 'V8R'], ['250', '778'], ['Fort St', 'Douglas St', 'Cook St', 'Oak Bay Ave'], -8],
  ['Kelowna', 'BC', 'British Columbia', ['V1Y', 'V1W'], ['250', '236'], ['Bernard Ave', 'Pandosy St', 'Harvey Ave'], -8],
  ['Calgary', 'AB', 'Alberta', ['T2P', 'T2R', 'T3A', 'T2S'], ['403', '587', '825'], ['17 Ave SW', '8 Ave SW', 'Macleod Trl SE', 'Edmonton Trl NE', 'Kensington Rd NW'], -7],
  ['Edmonton', 'AB', 'Alberta', ['T5J', 'T6E', 'T5K', 'T6G'], ['780', '587'], ['Jasper Ave NW', 'Whyte Ave NW', '104 St NW', '124 St NW'], -7],
  ['Winnipeg', 'MB', 'Manitoba', ['R3C', 'R3L', 'R2M'], ['204', '431'], ['Portage Ave', 'Corydon Ave', 'Osborne St', 'Pembina Hwy'], -6],
  ['Saskatoon', 'SK', 'Saskatchewan', ['S7K', 'S7N', 'S7H'], ['306', '639'], ['Broadway Ave', '2nd Ave N', '8th St E', 'Idylwyld Dr N'], -6],
  ['Regina', 'SK', 'Saskatchewan', ['S4P', 'S4S', 'S4T'], ['306', '639'], ['Albert St', 'Victoria Ave', '13th Ave', 'Dewdney Ave'], -6],
  ['Halifax', 'NS', 'Nova Scotia', ['B3J', 'B3H', 'B3K'], ['902', '782'], ['Spring Garden Rd', 'Barrington St', 'Quinpool Rd', 'Gottingen St'], -4],
  ['Moncton', 'NB', 'New Brunswick', ['E1C', 'E1A'], ['506'], ['Main St', 'Mountain Rd', 'St George Blvd'], -4],
  ["St. John's", 'NL', 'Newfoundland and Labrador', ['A1C', 'A1B'], ['709'], ['Water St', 'Duckworth St', 'Topsail Rd'], -3.5],
]
const LET = 'ABCEGHJKLMNPRSTVWXYZ'
const postal = (r, fsa) => `${fsa} ${v.int(r, 0, 9)}${LET[v.int(r, 0, LET.length - 1)]}${v.int(r, 0, 9)}`
const CA_MAIL = ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'icloud.com', 'rogers.com', 'shaw.ca', 'sympatico.ca', 'telus.net', 'videotron.ca']
const plain = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const caPlace = (r, only) => { const list = only ? CA_PLACES.filter((p) => only.includes(p[1]) || only.includes(p[0])) : CA_PLACES; return v.pick(r, list) }
const makeCa = (c, salt, only) => {
  const r = seeded(c, salt)
  const female = r() < 0.5
  const first = v.pick(r, female ? CA_FIRST.f : CA_FIRST.m), last = v.pick(r, CA_LAST)
  const pl = caPlace(r, only)
  const area = v.pick(r, pl[4])
  return {
    first, last, full: `${first} ${last}`, female,
    email: `${plain(first)}${v.pick(r, ['.', '', '_'])}${plain(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, CA_MAIL)}`,
    area, local7: `${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}`,
    street: `${v.int(r, 2, 2999)} ${v.pick(r, pl[5])}`, unit: v.pick(r, ['', '', '', `Unit ${v.int(r, 101, 2408)}`, `Apt ${v.int(r, 1, 40)}`, `Suite ${v.int(r, 100, 900)}`]),
    city: pl[0], prov: pl[1], provName: pl[2], postal: postal(r, v.pick(r, pl[3])), tz: pl[6],
    birth: Date.UTC(1958, 0, 1) + Math.floor(r() * 45 * 365) * day,
  }
}
const ca = (c, salt = 'ca', only) => keep(`${salt}:${c.id}:${c.first}:${c.last}`, () => makeCa(c, salt, only))
const tel = (p, style = 'paren') => { const a = p.area, x = p.local7.slice(0, 3), y = p.local7.slice(3); return style === 'paren' ? `(${a}) ${x}-${y}` : style === 'dash' ? `${a}-${x}-${y}` : style === 'plus' ? `+1 ${a}-${x}-${y}` : style === 'e164' ? `+1${a}${x}${y}` : `${a}${x}${y}` }
// HST / GST+PST / GST+QST by province (share of the pre-tax amount)
const TAX = { ON: 0.13, QC: 0.14975, BC: 0.12, AB: 0.05, MB: 0.12, SK: 0.11, NS: 0.15, NB: 0.15, NL: 0.15 }

// ---------------------------------------------------------------- Canadian firms (fictional)
// [name, street, city, province, postal, area code, domain, industry]
const CA_FIRMS = [
  ['Bow Valley Property Management Ltd.', '505 3 St SW, Suite 1200', 'Calgary', 'AB', 'T2P 3E6', '403', 'bowvalleypm.ca', 'Real Estate'],
  ['Harbourfront Family Dental', '212 Queens Quay W', 'Toronto', 'ON', 'M5J 2Y3', '416', 'harbourfrontdental.ca', 'Health Care'],
  ['Cascadia Fabrication Inc.', '7350 Winston St', 'Burnaby', 'BC', 'V5A 2H1', '604', 'cascadiafab.ca', 'Manufacturing'],
  ['Red River Mechanical Ltd.', '1250 Waverley St', 'Winnipeg', 'MB', 'R3T 0P4', '204', 'redrivermech.ca', 'Construction'],
  ['Prairie Sky Physiotherapy', '3310 8th St E', 'Saskatoon', 'SK', 'S7H 0W6', '306', 'prairieskyphysio.ca', 'Health Care'],
  ['Laurentian Print & Sign', '2045 Rue Dandurand', 'Montréal', 'QC', 'H2G 1Z3', '514', 'laurentianprint.ca', 'Printing'],
  ['Fundy Coast Seafoods Ltd.', '41 Water St', 'Saint John', 'NB', 'E2L 4G7', '506', 'fundycoast.ca', 'Food & Beverage'],
  ['Rideau Tech Solutions', '150 Elgin St, 10th Floor', 'Ottawa', 'ON', 'K2P 1L4', '613', 'rideautech.ca', 'IT Services'],
  ['Chinook Veterinary Clinic', '10 Crowfoot Cres NW', 'Calgary', 'AB', 'T3G 3N5', '587', 'chinookvet.ca', 'Veterinary'],
  ['Northshore Law LLP', '1580 Marine Dr', 'North Vancouver', 'BC', 'V7P 1T8', '778', 'northshorelaw.ca', 'Legal'],
  ['Bluenose Brewing Co.', '1489 Hollis St', 'Halifax', 'NS', 'B3J 3M5', '902', 'bluenosebrewing.ca', 'Food & Beverage'],
  ['Okanagan Orchard Supply', '1925 Enterprise Way', 'Kelowna', 'BC', 'V1Y 9S3', '250', 'okorchardsupply.ca', 'Agriculture'],
]
const caFirm = (c) => row(CA_FIRMS, n(c) % CA_FIRMS.length)
const CA_JOBS = ['Office Manager', 'Owner', 'Operations Manager', 'Practice Manager', 'Controller', 'Marketing Coordinator', 'General Manager', 'Facilities Manager', 'President', 'Bookkeeper']

// ---------------------------------------------------------------- US firms (fictional) for the lead list
// [company, domain, street, city, state, zip, area code, industry, SIC, NAICS, employees, revenue]
const US_FIRMS = [
  ['Front Range Family Dentistry', 'frontrangedds.com', '1550 S Colorado Blvd', 'Denver', 'CO', '80222', '303', 'Dentists', '8021', '621210', '20 to 49', '$5M - $10M'],
  ['Summit Orthopedic Associates', 'summitortho-co.com', '9195 Grant St', 'Thornton', 'CO', '80229', '303', 'Physicians', '8011', '621111', '100 to 249', '$20M - $50M'],
  ['Mile High Pediatrics PC', 'milehighpeds.com', '4500 E 9th Ave', 'Denver', 'CO', '80220', '720', 'Physicians', '8011', '621111', '50 to 99', '$10M - $20M'],
  ['Boulder Creek Physical Therapy', 'bouldercreekpt.com', '2750 Broadway', 'Boulder', 'CO', '80304', '303', 'Physical Therapists', '8049', '621340', '10 to 19', '$1M - $5M'],
  ['Pikes Peak Eye Care', 'pikespeakeye.com', '2920 N Academy Blvd', 'Colorado Springs', 'CO', '80917', '719', 'Optometrists', '8042', '621320', '20 to 49', '$5M - $10M'],
  ['Cheyenne Valley Urgent Care', 'cvurgentcare.com', '1800 Dell Range Blvd', 'Cheyenne', 'WY', '82009', '307', 'Medical Clinics', '8011', '621493', '50 to 99', '$10M - $20M'],
  ['Aurora Women\'s Health Partners', 'aurorawhp.com', '1444 S Potomac St', 'Aurora', 'CO', '80012', '303', 'Physicians', '8011', '621111', '20 to 49', '$5M - $10M'],
  ['Fort Collins Dermatology Group', 'focoderm.com', '1200 E Drake Rd', 'Fort Collins', 'CO', '80525', '970', 'Physicians', '8011', '621111', '20 to 49', '$5M - $10M'],
]
const usFirm = (c) => row(US_FIRMS, (n(c) >> 3) % US_FIRMS.length)
const US_TITLES = [['Practice Manager', 'Manager', 'Operations'], ['Office Manager', 'Manager', 'Administration'], ['IT Director', 'Director', 'Information Technology'], ['Chief Operating Officer', 'C-Level', 'Operations'], ['Practice Administrator', 'Director', 'Administration'], ['Owner & Lead Dentist', 'Owner', 'Medical & Health'], ['Director of Finance', 'Director', 'Finance'], ['Systems Administrator', 'Staff', 'Information Technology']]
const usTitle = (c) => row(US_TITLES, n(c) % US_TITLES.length)

// ---------------------------------------------------------------- catalogues
// Best Buy Canada Marketplace seller: [offer SKU, marketplace product SKU, title, category, price CAD]
const BBY = [['NVT-USBC-65W', 'M2412587', 'Novatek 65W USB-C GaN Wall Charger - Black', 'Chargers & Power Banks', 44.99], ['NVT-PB-20K', 'M2398741', 'Novatek 20,000mAh Power Bank with 22.5W PD', 'Chargers & Power Banks', 59.99], ['AQ-KETTLE-17', 'M2377702', 'Aquilo 1.7L Variable Temperature Electric Kettle - Stainless Steel', 'Kettles', 89.99], ['NVT-CASE-IP15', 'M2421155', 'Novatek Rugged Case for iPhone 15 - Clear', 'Cell Phone Cases', 24.99], ['AQ-AIRFRY-55', 'M2366019', 'Aquilo 5.5L Digital Air Fryer - Black', 'Air Fryers', 129.99], ['NVT-CBL-C2C-3PK', 'M2405530', 'Novatek Braided USB-C to USB-C Cable 2m (3-Pack)', 'Cables', 19.99], ['AQ-BLEND-1200', 'M2389944', 'Aquilo 1200W Countertop Blender 1.8L', 'Blenders', 99.99]]
const bb = (o, i) => row(BBY, (i + n(o)) % BBY.length)
const bbStatus = (o) => row(['Shipped', 'Received', 'Shipped', 'Closed', 'Shipping in progress', 'Received', 'Canceled', 'Waiting for acceptance', 'Received', 'Shipped'], n(o) % 10)
const bbSent = (o) => ['Shipped', 'Received', 'Closed'].includes(bbStatus(o))
const bbCalc = (c, o, i) => {
  const [, , , , price] = bb(o, i)
  const q = o.qty > 2 ? 1 : o.qty
  const amount = +(price * q).toFixed(2)
  const ship = amount >= 35 ? 0 : 7.99
  const rate = TAX[ca(c, 'bby').prov] ?? 0.13
  const tax = +(amount * rate).toFixed(2), shipTax = +(ship * rate).toFixed(2)
  const commission = +((amount + ship) * 0.08).toFixed(2)
  return { q, price, amount, ship, tax, shipTax, total: +(amount + ship + tax + shipTax).toFixed(2), commission, commissionTax: +(commission * 0.13).toFixed(2) }
}
// Rotessa: a Halifax preschool's monthly tuition by pre-authorized debit
const rtStatus = (o) => row(['Approved', 'Approved', 'Approved', 'Declined', 'Approved', 'Approved', 'Pending', 'Approved', 'Future', 'Approved', 'Chargeback', 'Approved'], n(o) % 12)
const rtFee = (c) => row([1085, 1085, 1240, 950, 1240, 620], n(c) % 6)
const rtKid = (c) => row(['Leo', 'Ava', 'Maya', 'Theo', 'Nora', 'Eli', 'Zara', 'Finn'], (n(c) >> 2) % 8)
// Canpar: [service, base freight, transit days]
const CP_SVC = [['Ground', 14.1, 4], ['Ground', 16.4, 5], ['Select', 24.9, 1], ['Ground', 12.8, 3], ['Overnight', 38.5, 1], ['Ground', 18.2, 6]]
const cpSvc = (o) => row(CP_SVC, n(o) % CP_SVC.length)
// Tuxedo: an Ottawa community theatre's season: [show, venue, performance offset in days, [category, price]...]
const SHOWS = [['Little Shop of Horrors', 'Gladstone Theatre', 18, [['Adult', 42], ['Senior (65+)', 36], ['Student', 25]]], ['The Importance of Being Earnest', 'Gladstone Theatre', 30, [['Adult', 38], ['Senior (65+)', 32], ['Student', 22]]], ['A Christmas Carol', 'Centrepointe Theatre', 45, [['Orchestra', 55], ['Balcony', 45], ['Child (12 and under)', 25]]], ['Improv Night: Off Script', 'Arts Court Studio', 7, [['General Admission', 20], ['Pay What You Can', 10]]], ['Mamma Mia!', 'Centrepointe Theatre', 60, [['Orchestra', 65], ['Balcony', 52], ['Child (12 and under)', 30]]]]
const tx = (o) => row(SHOWS, n(o) % SHOWS.length)
const txCat = (o) => { const s = tx(o); return row(s[3], (n(o) >> 2) % s[3].length) }
const txQty = (o) => (txCat(o)[1] <= 25 ? 1 : o.qty)
const txSeat = (o) => (tx(o)[1] === 'Arts Court Studio' ? ['', '', ''] : [tx(o)[1] === 'Gladstone Theatre' ? 'Main Floor' : (txCat(o)[0] === 'Balcony' ? 'Balcony' : 'Orchestra'), 'ABCDEFGHJKLMN'[n(o) % 13], String((n(o) % 24) + 1)])
const txCalc = (o) => { const q = txQty(o), unit = txCat(o)[1], sub = unit * q, fee = +(q * (unit >= 20 ? 2.5 : 1)).toFixed(2), tax = +((sub + fee) * 0.13).toFixed(2); return { q, unit, sub, fee, tax, total: +(sub + fee + tax).toFixed(2) } }
// Cova: an Edmonton cannabis store
const COVA_TIERS = ['Green', 'Green', 'Gold', 'Green', 'Platinum']
// Thirdshelf: a Toronto women's boutique chain's program
const TS_TIERS = [['Insider', 0], ['Insider', 0], ['VIP', 500], ['Insider', 0], ['VIP', 500], ['Icon', 1500]]
const TS_STORES = ['Queen West', 'Yorkville', 'Online', 'Square One', 'Ottawa - Glebe', 'Online']
// Mobiniti: a Tampa Bay pizza chain's text club
const MOB_KEYWORDS = ['PIZZA', 'PIZZA', 'SLICE', 'WINGS', 'PIZZA', 'GAMEDAY']
const FL = [['Tampa', 'FL', '33602', '813'], ['Tampa', 'FL', '33606', '813'], ['St. Petersburg', 'FL', '33701', '727'], ['Clearwater', 'FL', '33755', '727'], ['Brandon', 'FL', '33511', '813'], ['Wesley Chapel', 'FL', '33544', '813'], ['Largo', 'FL', '33770', '727']]
const fl = (c) => row(FL, n(c) % FL.length)
const flTel = (c) => `${fl(c)[3]}${pad(200 + (n(c) % 790), 3)}${pad((n(c) * 7) % 10000, 4)}`
// LivePerson: a Dallas-based wireless retailer's messaging
const LP_SKILLS = ['Sales - Web', 'Support - Billing', 'Support - Device', 'Sales - Web', 'Upgrades', 'Support - Billing']
const LP_AGENTS = ['Marcus J.', 'Tanya R.', 'Bot - Virtual Assistant', 'Diego M.', 'Ashley K.', 'Bot - Virtual Assistant', 'Kevin T.']
const LP_SOURCES = ['Web Messaging', 'SMS', 'Apple Messages for Business', 'Web Messaging', 'WhatsApp', 'Google Business Messages', 'Web Messaging']
const LP_PAGES = ['https://www.lonestarwireless.com/phones/iphone-15', 'https://www.lonestarwireless.com/plans', 'https://www.lonestarwireless.com/account/billing', 'https://www.lonestarwireless.com/support/activate', 'https://www.lonestarwireless.com/deals', 'https://www.lonestarwireless.com/phones/galaxy-s24']
const US_GEO = [['United States', 'Texas', 'Dallas'], ['United States', 'Texas', 'Plano'], ['United States', 'Texas', 'Fort Worth'], ['United States', 'Oklahoma', 'Oklahoma City'], ['United States', 'Texas', 'Austin'], ['United States', 'Louisiana', 'Shreveport'], ['United States', 'Texas', 'Arlington']]
const lpSrc = (o) => row(LP_SOURCES, n(o) % LP_SOURCES.length)
const lpWeb = (o) => ['Web Messaging'].includes(lpSrc(o))
const lpDur = (o) => 60 + (n(o) * 37) % 2400
// Independent Analytics: a Portland coffee roaster's WooCommerce site: [title, path, type, author, published, category]
const IA_PAGES = [['Home', '/', 'Page', 'Admin', '', ''], ['Shop', '/shop/', 'Page', 'Admin', '', ''], ['Ethiopia Yirgacheffe – Light Roast', '/product/ethiopia-yirgacheffe/', 'Product', 'Admin', '2022-04-11', 'Single Origin'], ['House Blend – Medium Roast', '/product/house-blend/', 'Product', 'Admin', '2021-09-02', 'Blends'], ['Coffee Subscriptions', '/subscriptions/', 'Page', 'Admin', '', ''], ['How to Brew Pour-Over at Home', '/blog/how-to-brew-pour-over/', 'Post', 'Maya Lindqvist', '2023-02-14', 'Brew Guides'], ['Cold Brew Concentrate Recipe', '/blog/cold-brew-concentrate-recipe/', 'Post', 'Maya Lindqvist', '2023-06-20', 'Brew Guides'], ['Wholesale', '/wholesale/', 'Page', 'Admin', '', ''], ['Cart', '/cart/', 'Page', 'Admin', '', ''], ['Checkout', '/checkout/', 'Page', 'Admin', '', ''], ['Our Sourcing Trip to Huila, Colombia', '/blog/sourcing-trip-huila/', 'Post', 'Sam Okafor', '2024-01-09', 'Stories'], ['Decaf Colombia – Swiss Water', '/product/decaf-colombia/', 'Product', 'Admin', '2022-10-30', 'Single Origin'], ['Cafés & Hours', '/locations/', 'Page', 'Admin', '', ''], ['404 Not Found', '/product/holiday-blend-2022/', 'Not Found', '', '', ''], ['Gift Cards', '/product/gift-card/', 'Product', 'Admin', '2021-11-15', 'Gifts'], ['Burr Grinder Buying Guide', '/blog/burr-grinder-guide/', 'Post', 'Sam Okafor', '2023-10-03', 'Gear']]
const ia = (i) => row(IA_PAGES, i)
const iaViews = (i, o) => Math.max(3, Math.round(4200 / (i + 1)) + (n(o) % 97))

export const SETS = [
  // ---------------------------------------------------------------- Canada: marketplace seller's order lines
  { name: 'bestbuy-ca-marketplace-orders', product: 'Best Buy Canada Marketplace (seller portal on Mirakl: Orders > Export orders (CSV), one row per order line, English UI, a Mississauga seller of phone accessories and small kitchen appliances, CAD with HST/GST/PST/QST by province)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Date created', (c, o) => { const p = local(o.at, -5); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Order number', (c, o) => `${200000000 + n(o) * 1931}-A`, [OR('purchaseID')]],
    ['Order line ID', (c, o) => `${200000000 + n(o) * 1931}-A-1`, [PL('_id')], opt],
    ['Status', (c, o) => bbStatus(o), []],
    ['Shipping deadline', (c, o) => { const p = local(o.at + 2 * day, -5); return `${ymd(p)} 23:59:59` }, []],
    ['Quantity', (c, o, r, i) => String(bbCalc(c, o, i).q), [PL('quantity')]],
    ['Details', (c, o, r, i) => bb(o, i)[2], [PL('name')]],
    ['Offer SKU', (c, o, r, i) => bb(o, i)[0], [PL('SKU')]],
    ['Product SKU', (c, o, r, i) => bb(o, i)[1], [PL('SKU'), PL('product')], opt],
    ['Category', (c, o, r, i) => bb(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Unit price', (c, o, r, i) => two(bb(o, i)[4]), [], opt],
    ['Amount', (c, o, r, i) => two(bbCalc(c, o, i).amount), [PL('priceTotal')]],
    ['Shipping price', (c, o, r, i) => two(bbCalc(c, o, i).ship), ['commerce.shipping.shippingAmount']],
    ['Product taxes', (c, o, r, i) => two(bbCalc(c, o, i).tax), [OR('taxAmount')], opt],
    ['Shipping taxes', (c, o, r, i) => two(bbCalc(c, o, i).shipTax), []],
    ['Total price', (c, o, r, i) => two(bbCalc(c, o, i).total), [OR('priceTotal')]],
    ['Commission (excluding taxes)', (c, o, r, i) => two(bbCalc(c, o, i).commission), []],
    ['Commission taxes', (c, o, r, i) => two(bbCalc(c, o, i).commissionTax), []],
    ['Amount transferred to store', (c, o, r, i) => { const k = bbCalc(c, o, i); return two(k.total - k.commission - k.commissionTax) }, []],
    ['Currency', () => 'CAD', [OR('currencyCode'), PL('currencyCode')]],
    ['Customer', (c) => ca(c, 'bby').full, []],
    ['Shipping address', (c) => { const p = ca(c, 'bby'); return p.unit ? `${p.street}, ${p.unit}` : p.street }, [SHIP('street1')]],
    ['Shipping city', (c) => ca(c, 'bby').city, [SHIP('city')]],
    ['Shipping state', (c) => ca(c, 'bby').prov, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping zip code', (c) => ca(c, 'bby').postal, [SHIP('postalCode')]],
    ['Shipping country', () => 'Canada', [SHIP('country')]],
    ['Phone', (c) => tel(ca(c, 'bby'), 'digits'), PHONE_ID, opt],
    ['Shipping method', (c, o, r, i) => (bbCalc(c, o, i).amount >= 100 ? 'Expedited' : 'Standard'), ['commerce.shipping.shippingMethod']],
    ['Carrier', (c, o) => (bbSent(o) ? row(['Canada Post', 'Purolator', 'Canada Post', 'UPS'], n(o) % 4) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking number', (c, o, r) => (!bbSent(o) ? '' : n(o) % 4 === 1 ? String(v.int(r, 330000000000, 339999999999)) : n(o) % 4 === 3 ? `1Z${v.alnum(r, 6).toUpperCase()}03${v.int(r, 10000000, 99999999)}` : `${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}`), ['commerce.shipping.trackingNumber']],
    ['Shipped date', (c, o) => (bbSent(o) ? (() => { const p = local(open(o.at + day, -5), -5); return `${ymd(p)} ${hms(p)}` })() : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- Canada: pre-authorized debit transactions
  { name: 'rotessa-transaction-report', product: 'Rotessa (pre-authorized debit payments: Transaction Report > Export CSV, one row per debit, English UI, a Halifax Montessori preschool collecting monthly tuition from parents\' bank accounts in CAD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(51000000 + n(o) * 211), [OR('payments[0].transactionID'), '_id']],
    ['Process Date', (c, o) => ymd(local(Date.UTC(new Date(o.at).getUTCFullYear(), new Date(o.at).getUTCMonth(), 1, 16), -4)), ['timestamp']],
    ['Settlement Date', (c, o) => (rtStatus(o) === 'Approved' || rtStatus(o) === 'Chargeback' ? ymd(local(Date.UTC(new Date(o.at).getUTCFullYear(), new Date(o.at).getUTCMonth(), 1, 16) + 2 * day, -4)) : ''), [], opt],
    ['Amount', (c, o) => two(rtFee(c)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'CAD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o) => rtStatus(o), []],
    ['Status Reason', (c, o) => (rtStatus(o) === 'Declined' ? row(['NSF', 'Account Frozen', 'Payment Stopped/Recalled', 'NSF'], n(o) % 4) : rtStatus(o) === 'Chargeback' ? 'Not in accordance with agreement' : ''), []],
    ['Payment Type', () => 'Pre-Authorized Debit', [OR('payments[0].paymentType')], opt],
    ['Frequency', (c, o) => (n(o) % 9 === 0 ? 'Once' : 'Monthly'), []],
    ['Installment', (c, o) => (n(o) % 9 === 0 ? '' : `${1 + new Date(o.at).getUTCMonth() % 10} of 10`), []],
    ['Transaction Schedule ID', (c) => String(880000 + (n(c) * 7) % 100000), []],
    ['Comment', (c, o) => (n(o) % 9 === 0 ? 'Registration fee' : `${MON[new Date(o.at).getUTCMonth()]} tuition - ${rtKid(c)}`), []],
    ['Customer ID', (c) => String(1200000 + (n(c) * 13) % 800000), CUST_ID, opt],
    ['Custom Identifier', (c) => `FAM-${pad(n(c) % 1000, 4)}`, CUST_ID, opt],
    ['Customer Name', (c) => ca(c, 'rt', ['NS']).full, []],
    ['Email', (c) => ca(c, 'rt', ['NS']).email, EMAIL_ID],
    ['Phone', (c) => tel(ca(c, 'rt', ['NS']), 'dash'), PHONE_ID, opt],
    ['Address', (c) => ca(c, 'rt', ['NS']).street, [BILL('street1')]],
    ['City', (c) => ca(c, 'rt', ['NS']).city, [BILL('city')]],
    ['Province', (c) => ca(c, 'rt', ['NS']).prov, [BILL('stateProvince'), BILL('state')]],
    ['Postal Code', (c) => ca(c, 'rt', ['NS']).postal, [BILL('postalCode')]],
    ['Institution Number', (c) => row(['002', '003', '004', '001', '815', '006'], n(c) % 6), []],
    ['Transit Number', (c) => pad((n(c) * 37) % 100000, 5), []],
    ['Account Number', (c) => `*****${pad((n(c) * 91) % 10000, 4)}`, []],
    ['Authorization Type', (c) => (n(c) % 4 === 0 ? 'In Person' : 'Online'), []],
  ] },

  // ---------------------------------------------------------------- Canada: ticketing order lines
  { name: 'tuxedo-ticketing-orders-export', product: 'Tuxedo (Tuxedo Ticketing, Montréal; Reports > Sales > Orders > Export to Excel, one row per ticket category in an order, English UI, an Ottawa community theatre company selling online and at the box office, CAD with 13% HST)', family: 'events', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => String(580000 + n(o) * 7), [OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = local(open(o.at, -5), -5); return `${ymd(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Sales Channel', (c, o) => row(['Online', 'Online', 'Box Office', 'Online', 'Phone'], n(o) % 5), []],
    ['Event', (c, o) => tx(o)[0], [PL('name')]],
    ['Performance Date', (c, o) => { const p = local(o.at + tx(o)[2] * day, -5); return `${ymd(p)} ${row(['19:30', '19:30', '14:00', '20:00'], n(o) % 4)}` }, []],
    ['Venue', (c, o) => tx(o)[1], []],
    ['Price Category', (c, o) => txCat(o)[0], [PL('selectedOptions[0].value')], opt],
    ['Section', (c, o) => txSeat(o)[0], []],
    ['Row', (c, o) => txSeat(o)[1], []],
    ['Seat(s)', (c, o) => { const s = txSeat(o); if (!s[2]) return ''; const q = txQty(o); return q > 1 ? `${s[2]}-${+s[2] + q - 1}` : s[2] }, []],
    ['Quantity', (c, o) => String(txQty(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => two(txCalc(o).unit), [], opt],
    ['Subtotal', (c, o) => two(txCalc(o).sub), [PL('priceTotal')], opt],
    ['Service Fees', (c, o) => two(txCalc(o).fee), []],
    ['Taxes', (c, o) => two(txCalc(o).tax), [OR('taxAmount')]],
    ['Total', (c, o) => two(txCalc(o).total), [OR('priceTotal')]],
    ['Promo Code', (c, o) => (o.coupon ? 'PREVIEW10' : ''), ['commerce.promotionID'], opt],
    ['Payment Method', (c, o) => row(['Visa', 'Mastercard', 'Debit', 'Visa', 'Gift Certificate', 'American Express'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Order Status', (c, o) => (n(o) % 13 === 5 ? 'Refunded' : 'Completed'), []],
    ['First Name', (c) => ca(c, 'tux', ['Ottawa']).first, []],
    ['Last Name', (c) => ca(c, 'tux', ['Ottawa']).last, []],
    ['Email', (c, o) => (row(['Online', 'Online', 'Box Office', 'Online', 'Phone'], n(o) % 5) === 'Box Office' ? '' : ca(c, 'tux', ['Ottawa']).email), EMAIL_ID],
    ['Phone', (c) => tel(ca(c, 'tux', ['Ottawa']), 'paren'), PHONE_ID, opt],
    ['Address', (c) => ca(c, 'tux', ['Ottawa']).street, [BILL('street1')]],
    ['City', (c) => ca(c, 'tux', ['Ottawa']).city, [BILL('city')]],
    ['Province', (c) => ca(c, 'tux', ['Ottawa']).provName, [BILL('stateProvince'), BILL('state')]],
    ['Postal Code', (c) => ca(c, 'tux', ['Ottawa']).postal, [BILL('postalCode')]],
    ['Language', (c) => (n(c) % 6 === 0 ? 'French' : 'English'), []],
    ['Newsletter Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: courier shipment history
  { name: 'canpar-online-shipment-history', product: 'Canpar Express (Canpar Online: Shipments > Shipment History > Export CSV, one row per shipment, English UI, a Kitchener outdoor-gear web shop shipping Ground and Select to customers across Canada)', family: 'shipments', language: 'en', schema: E, cols: [
    ['Shipping Date', (c, o) => { const p = local(open(o.at, -5), -5); return mdy(p) }, ['timestamp', 'commerce.shipping.shipDate']],
    ['Barcode', (c, o) => `D42035247${pad((n(o) * 7919) % 10000000, 10)}001`, ['commerce.shipping.trackingNumber']],
    ['Reference', (c, o) => `#${10400 + n(o) % 8000}`, [OR('purchaseID')], opt],
    ['Consignee Name', (c) => ca(c, 'cp').full, []],
    ['Consignee Attention', () => '', []],
    ['Address Line 1', (c) => ca(c, 'cp').street, [SHIP('street1')]],
    ['Address Line 2', (c) => ca(c, 'cp').unit, [SHIP('street2')]],
    ['City', (c) => ca(c, 'cp').city, [SHIP('city')]],
    ['Province', (c) => ca(c, 'cp').prov, [SHIP('stateProvince'), SHIP('state')]],
    ['Postal Code', (c) => ca(c, 'cp').postal.replace(' ', ''), [SHIP('postalCode')]],
    ['Country', () => 'CA', [SHIP('countryCode')]],
    ['Phone', (c) => tel(ca(c, 'cp'), 'digits'), PHONE_ID, opt],
    ['Email', (c, o) => (n(o) % 5 === 0 ? '' : ca(c, 'cp').email), EMAIL_ID, opt],
    ['Service Type', (c, o) => cpSvc(o)[0], ['commerce.shipping.shippingMethod']],
    ['Pieces', (c, o) => String(n(o) % 6 === 0 ? 2 : 1), []],
    ['Weight (lb)', (c, o) => String(1 + (n(o) * 7) % 30), []],
    ['Declared Value', (c, o) => two(60 + (n(o) * 17) % 540), [], opt],
    ['Signature Required', (c, o) => (n(o) % 4 === 0 ? 'Y' : 'N'), []],
    ['COD Amount', () => '0.00', []],
    ['Freight Charge', (c, o) => two(cpSvc(o)[1] + (n(o) % 7)), [], opt],
    ['Fuel Surcharge', (c, o) => two((cpSvc(o)[1] + (n(o) % 7)) * 0.215), []],
    ['Tax', (c, o) => two((cpSvc(o)[1] + (n(o) % 7)) * 1.215 * (TAX[ca(c, 'cp').prov] ?? 0.13)), []],
    ['Total Charges', (c, o) => two((cpSvc(o)[1] + (n(o) % 7)) * 1.215 * (1 + (TAX[ca(c, 'cp').prov] ?? 0.13))), ['commerce.shipping.shippingAmount']],
    ['Currency', () => 'CAD', ['commerce.shipping.currencyCode']],
    ['Status', (c, o) => row(['Delivered', 'Delivered', 'In Transit', 'Delivered', 'Delivered', 'Delivery Attempted', 'Delivered'], n(o) % 7), []],
    ['Delivery Date', (c, o) => (row(['Delivered', 'Delivered', 'In Transit', 'Delivered', 'Delivered', 'Delivery Attempted', 'Delivered'], n(o) % 7) === 'Delivered' ? mdy(local(open(o.at, -5) + cpSvc(o)[2] * day, -5)) : ''), []],
    ['Signed By', (c, o) => (row(['Delivered', 'Delivered', 'In Transit', 'Delivered', 'Delivered', 'Delivery Attempted', 'Delivered'], n(o) % 7) === 'Delivered' && n(o) % 4 === 0 ? ca(c, 'cp').last.toUpperCase() : ''), []],
  ] },

  // ---------------------------------------------------------------- Canada: agency CRM contacts
  { name: 'vendasta-crm-contacts', product: 'Vendasta (Business App / Partner Center CRM: Contacts > Export, CSV, one row per contact with its company, English UI, a Saskatoon digital-marketing agency\'s SMB clients and prospects across Canada)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => `CONTACT-${v.uuid(seeded(c, 'vd'))}`, B2BID],
    ['First Name', (c) => ca(c, 'vd').first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'vd').last, ['person.name.lastName']],
    ['Email', (c) => `${plain(ca(c, 'vd').first)}@${caFirm(c)[6]}`, WE],
    ['Phone Number', (c) => `+1 ${caFirm(c)[5]}-${ca(c, 'vd').local7.slice(0, 3)}-${ca(c, 'vd').local7.slice(3)}`, ['workPhone.number', 'mobilePhone.number']],
    ['Job Title', (c) => row(CA_JOBS, n(c) % CA_JOBS.length), ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c) => caFirm(c)[0], CO],
    ['Company ID', (c) => `AG-${v.alnum(seeded(c, 'vda'), 10).toUpperCase()}`, ACC],
    ['Lifecycle Stage', (c) => row(['Lead', 'Marketing Qualified Lead', 'Sales Qualified Lead', 'Customer', 'Customer', 'Lead'], n(c) % 6), ['b2b.personStatus'], opt],
    ['Lead Score', (c) => String((n(c) * 13) % 100), ['b2b.personScore']],
    ['Original Source', (c) => row(['Snapshot Report', 'Website Form', 'Imported', 'Referral', 'Event', 'Website Form'], n(c) % 6), ['b2b.personSource'], opt],
    ['Tags', (c) => row(['google-ads, reputation', '', 'seo', 'website-pro', '', 'social'], n(c) % 6), []],
    ['Street Address', (c) => caFirm(c)[1], at([...WORK, ...HOME], 'street1')],
    ['City', (c) => caFirm(c)[2], at([...WORK, ...HOME], 'city')],
    ['Province/State', (c) => caFirm(c)[3], STATE([...WORK, ...HOME])],
    ['Postal/Zip Code', (c) => caFirm(c)[4], at([...WORK, ...HOME], 'postalCode')],
    ['Country', () => 'Canada', at([...WORK, ...HOME], 'country')],
    ['Website', (c) => `https://www.${caFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => caFirm(c)[7], [], opt],
    ['Time Zone', (c) => ({ AB: 'America/Edmonton', BC: 'America/Vancouver', MB: 'America/Winnipeg', SK: 'America/Regina', QC: 'America/Toronto', ON: 'America/Toronto', NS: 'America/Halifax', NB: 'America/Moncton' })[caFirm(c)[3]], []],
    ['Email Unsubscribed', (c) => (n(c) % 9 === 0 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Owner', (c) => row(['Jordan Kowalchuk', 'Amrit Dhillon', 'Brooke Lavallee'], n(c) % 3), []],
    ['Created', (c) => { const p = local(c.created, -6, false); return `${ymd(p)}T${hms(p)}-06:00` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => { const p = local(Math.max(c.created, c.updated), -6, false); return `${ymd(p)}T${hms(p)}-06:00` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity', (c) => { const p = local(Math.max(c.created, c.updated) - 3 * day, -6, false); return `${ymd(p)}T${hms(p)}-06:00` }, ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- Canada: invoicing app's clients
  { name: 'invoice-simple-clients', product: 'Invoice Simple (web app: Clients > Export CSV, one row per client with invoice totals, English UI, a Calgary-based commercial-cleaning contractor invoicing offices, clinics and property managers in several provinces, CAD)', family: 'invoicing', language: 'en', schema: B, cols: [
    ['Client Name', (c) => caFirm(c)[0], CO],
    ['Contact', (c) => ca(c, 'is').full, ['person.name.fullName']],
    ['Email', (c) => `${plain(ca(c, 'is').first)}.${plain(ca(c, 'is').last)}@${caFirm(c)[6]}`, WE],
    ['CC Email', (c) => (n(c) % 3 === 0 ? `accounts@${caFirm(c)[6]}` : ''), [], opt],
    ['Phone', (c) => `(${caFirm(c)[5]}) ${ca(c, 'is').local7.slice(0, 3)}-${ca(c, 'is').local7.slice(3)}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 2 ? tel(ca(c, 'is'), 'paren') : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 5 === 0 ? `(${caFirm(c)[5]}) ${ca(c, 'is').local7.slice(0, 3)}-${pad((+ca(c, 'is').local7.slice(3) + 1) % 10000, 4)}` : ''), ['faxPhone.number']],
    ['Address Line 1', (c) => caFirm(c)[1], ['billingAddress.street1', 'workAddress.street1', 'mailingAddress.street1']],
    ['Address Line 2', (c) => `${caFirm(c)[2]}, ${caFirm(c)[3]}`, [], opt],
    ['Address Line 3', (c) => caFirm(c)[4], ['billingAddress.postalCode', 'workAddress.postalCode', 'mailingAddress.postalCode'], opt],
    ['Business Number', (c) => (n(c) % 3 === 1 ? `${pad((n(c) * 7919) % 1000000000, 9)} RT0001` : ''), [], opt],
    ['Payment Terms', (c) => row(['Net 30', 'Net 15', 'Due on receipt', 'Net 30'], n(c) % 4), []],
    ['Invoices', (c) => String(1 + n(c) % 36), []],
    ['Total Invoiced', (c) => two(420 + (n(c) * 53) % 24000), []],
    ['Total Paid', (c) => two((420 + (n(c) * 53) % 24000) - (n(c) % 3 === 0 ? 472.5 : 0)), []],
    ['Balance Due', (c) => (n(c) % 3 === 0 ? '472.50' : '0.00'), []],
    ['Last Invoice Date', (c) => { const p = local(Math.max(c.created, c.updated) + 20 * day, -7); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }, [], opt],
    ['Client Since', (c) => { const p = local(c.created, -7); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c) => row(['', 'Alarm code with front desk', '', 'Bi-weekly, after 6 PM', 'Use service entrance', ''], n(c) % 6), []],
  ] },

  // ---------------------------------------------------------------- Canada: retail loyalty members
  { name: 'thirdshelf-loyalty-members', product: 'Thirdshelf (retail loyalty and CRM: Customers > Export members CSV, one row per member, English UI, a Toronto women\'s boutique chain with stores in Ontario and an online shop, points per dollar and three tiers)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => `TS${pad(n(c) % 1000000, 7)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['First Name', (c) => ca(c, 'ts', ['ON']).first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'ts', ['ON']).last, ['person.name.lastName']],
    ['Email', (c) => ca(c, 'ts', ['ON']).email, ['personalEmail.address']],
    ['Mobile', (c) => tel(ca(c, 'ts', ['ON']), 'paren'), ['mobilePhone.number']],
    ['Birthday', (c) => (n(c) % 4 === 3 ? '' : (() => { const p = v.parts(ca(c, 'ts', ['ON']).birth); return `${MON[p.m - 1]} ${p.d}` })()), ['person.birthDayAndMonth']],
    ['Gender', (c) => (n(c) % 5 === 0 ? '' : ca(c, 'ts', ['ON']).female ? 'Female' : 'Male'), ['person.gender']],
    ['City', (c) => ca(c, 'ts', ['ON']).city, at(HOME, 'city')],
    ['Province', (c) => ca(c, 'ts', ['ON']).prov, STATE(HOME)],
    ['Postal Code', (c) => ca(c, 'ts', ['ON']).postal, at(HOME, 'postalCode')],
    ['Program', () => 'Thread Rewards', ['loyalty.program']],
    ['Tier', (c) => row(TS_TIERS, n(c) % TS_TIERS.length)[0], ['loyalty.tier']],
    ['Tier Since', (c) => (row(TS_TIERS, n(c) % TS_TIERS.length)[1] ? ymd(v.parts(Math.max(c.created, c.updated))) : ''), ['loyalty.tierUpgradeDate', 'loyalty.upgradeDate'], opt],
    ['Points Balance', (c) => String((n(c) * 11) % 1400), ['loyalty.points']],
    ['Lifetime Points', (c) => String((n(c) * 11) % 1400 + (n(c) * 7) % 3200), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String((n(c) * 7) % 3200 - ((n(c) * 7) % 3200) % 250), ['loyalty.pointsRedeemed']],
    ['Points to Next Tier', (c) => { const t = row(TS_TIERS, n(c) % TS_TIERS.length)[0]; return t === 'Icon' ? '' : String(Math.max(0, (t === 'VIP' ? 1500 : 500) - (n(c) * 11) % 1400)) }, ['loyalty.pointsToNextTier']],
    ['Lifetime Spend', (c) => two(((n(c) * 11) % 1400 + (n(c) * 7) % 3200) * 1.0 + 0.45), ['loyalty.lifetimePurchases']],
    ['Visits', (c) => String(1 + n(c) % 42), []],
    ['Last Purchase', (c) => ymd(v.parts(Math.max(c.created, c.updated))), [], opt],
    ['Home Store', (c) => row(TS_STORES, n(c) % TS_STORES.length), []],
    ['Member Since', (c) => ymd(v.parts(c.created)), ['loyalty.joinDate']],
    ['Email Opt-In', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['SMS Opt-In', (c) => (n(c) % 3 === 0 ? 'TRUE' : 'FALSE'), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: cannabis POS customers
  { name: 'cova-pos-customers-export', product: 'Cova POS (Cova Hub: Customers > Export, CSV, one row per customer profile, English UI, an Edmonton cannabis retailer with two stores and a points program; Alberta, 18+)', family: 'pos', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => v.uuid(seeded(c, 'cova')), ['_id', 'personID']],
    ['First Name', (c) => ca(c, 'cova', ['AB']).first, ['person.name.firstName']],
    ['Last Name', (c) => ca(c, 'cova', ['AB']).last, ['person.name.lastName']],
    ['Date of Birth', (c) => { const p = v.parts(ca(c, 'cova', ['AB']).birth); return mdy(p) }, ['person.birthDate']],
    ['Email', (c) => (n(c) % 6 === 0 ? '' : ca(c, 'cova', ['AB']).email), ['personalEmail.address']],
    ['Phone', (c) => tel(ca(c, 'cova', ['AB']), 'digits'), ['mobilePhone.number', 'homePhone.number']],
    ['Address Line 1', (c) => (n(c) % 4 === 0 ? '' : ca(c, 'cova', ['AB']).street), at(HOME, 'street1')],
    ['Address Line 2', (c) => (n(c) % 4 === 0 ? '' : ca(c, 'cova', ['AB']).unit), at(HOME, 'street2')],
    ['City', (c) => ca(c, 'cova', ['AB']).city, at(HOME, 'city')],
    ['Province', (c) => ca(c, 'cova', ['AB']).provName, STATE(HOME)],
    ['Postal Code', (c) => (n(c) % 4 === 0 ? '' : ca(c, 'cova', ['AB']).postal), at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Customer Type', (c) => (n(c) % 11 === 0 ? 'Medical' : 'Recreational'), [], opt],
    ['ID Type', (c) => row(["Driver's Licence", "Driver's Licence", 'Alberta ID Card', 'Passport', "Driver's Licence"], n(c) % 5), []],
    ['Loyalty Member', (c) => (n(c) % 5 === 4 ? 'No' : 'Yes'), [], opt],
    ['Loyalty Tier', (c) => (n(c) % 5 === 4 ? '' : row(COVA_TIERS, n(c) % COVA_TIERS.length)), ['loyalty.tier']],
    ['Loyalty Points', (c) => (n(c) % 5 === 4 ? '0' : String((n(c) * 17) % 2600)), ['loyalty.points']],
    ['Lifetime Spend', (c) => two((n(c) * 31) % 4200 + 24.95), ['loyalty.lifetimePurchases'], opt],
    ['Total Orders', (c) => String(1 + n(c) % 57), []],
    ['Last Purchase Date', (c) => { const p = local(Math.max(c.created, c.updated), -7); return `${mdy(p)} ${hm12(p)}` }, [], opt],
    ['Preferred Store', (c) => (n(c) % 2 ? 'Whyte Ave' : 'Windermere'), []],
    ['Email Marketing Consent', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Marketing Consent', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), [], opt],
    ['Created Date', (c) => { const p = local(c.created, -7); return `${mdy(p)} ${hm12(p)}` }, [], opt],
    ['Notes', (c) => row(['', '', 'Prefers indica, low THC', '', 'Senior discount', ''], n(c) % 6), []],
  ] },

  // ---------------------------------------------------------------- US: B2B contact database leads
  { name: 'reachstream-contacts-export', product: 'ReachStream (B2B contact database: Search > Contacts > Export CSV, one row per contact with firmographics, English UI, a Denver managed-IT provider\'s list of practice managers at Colorado and Wyoming clinics)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => `RS${pad((n(c) * 4099) % 100000000, 8)}`, B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c) => usTitle(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => usTitle(c)[1], [], opt],
    ['Job Function', (c) => usTitle(c)[2], ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => `${c.first[0].toLowerCase()}${plain(c.last)}@${usFirm(c)[1]}`, WE],
    ['Email Status', (c) => row(['Verified', 'Verified', 'Verified', 'Catch-All', 'Verified', 'Unknown'], n(c) % 6), []],
    ['Direct Dial', (c) => (n(c) % 3 === 0 ? '' : `(${usFirm(c)[6]}) ${pad(200 + n(c) % 790, 3)}-${pad((n(c) * 13) % 10000, 4)}`), ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 4 === 1 ? `(${row(['720', '303', '970'], n(c) % 3)}) ${pad(300 + n(c) % 690, 3)}-${pad((n(c) * 29) % 10000, 4)}` : ''), ['mobilePhone.number']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${plain(c.first)}-${plain(c.last)}-${v.hex(seeded(c, 'li'), 6)}`, [], opt],
    ['Company Name', (c) => usFirm(c)[0], CO],
    ['Company Website', (c) => usFirm(c)[1], ['b2b.companyWebsite']],
    ['Company Phone', (c) => `(${usFirm(c)[6]}) ${pad(300 + (n(c) >> 3) % 690, 3)}-${pad(((n(c) >> 3) * 7) % 10000, 4)}`, ['workPhone.number'], opt],
    ['Industry', (c) => usFirm(c)[7], [], opt],
    ['SIC Code', (c) => usFirm(c)[8], []],
    ['NAICS Code', (c) => usFirm(c)[9], []],
    ['Employee Size', (c) => usFirm(c)[10], []],
    ['Revenue Range', (c) => usFirm(c)[11], []],
    ['Company Address', (c) => usFirm(c)[2], at(WORK, 'street1')],
    ['City', (c) => usFirm(c)[3], at(WORK, 'city')],
    ['State', (c) => usFirm(c)[4], STATE(WORK)],
    ['Zip Code', (c) => usFirm(c)[5], at(WORK, 'postalCode')],
    ['Country', () => 'United States', at(WORK, 'country')],
    ['Last Verified', (c) => mdy(v.parts(c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- US: SMS marketing subscribers
  { name: 'mobiniti-subscribers-export', product: 'Mobiniti (SMS marketing: Contacts > Export, CSV, one row per subscriber, English UI, a Tampa Bay pizza chain\'s text club joined by keyword, web form and in-store tablet)', family: 'sms', language: 'en', schema: P, cols: [
    ['Phone Number', (c) => flTel(c), ['mobilePhone.number']],
    ['First Name', (c) => (n(c) % 5 === 0 ? '' : c.first), ['person.name.firstName']],
    ['Last Name', (c) => (n(c) % 5 === 0 || n(c) % 3 === 0 ? '' : c.last), ['person.name.lastName']],
    ['Email', (c) => (n(c) % 3 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 4 === 0 ? '' : mdy(v.parts(c.birth))), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 3 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Zip Code', (c) => fl(c)[2], at(HOME, 'postalCode')],
    ['City', (c) => (n(c) % 4 === 2 ? '' : fl(c)[0]), at(HOME, 'city')],
    ['State', (c) => (n(c) % 4 === 2 ? '' : fl(c)[1]), STATE(HOME)],
    ['Groups', (c) => row(['Text Club', 'Text Club, Game Day', 'Text Club', 'Text Club, Catering', 'Text Club, Brandon Store'], n(c) % 5), []],
    ['Status', (c) => (n(c) % 9 === 0 ? 'Unsubscribed' : 'Subscribed'), [], opt],
    ['Opt-In Date', (c) => { const p = local(c.created, -5); return `${mdy(p)} ${hm12(p)}` }, [], opt],
    ['Opt-In Method', (c) => row(['Keyword', 'Keyword', 'Web Form', 'Tablet Sign-Up', 'Import', 'Keyword'], n(c) % 6), []],
    ['Keyword', (c) => (['Keyword'].includes(row(['Keyword', 'Keyword', 'Web Form', 'Tablet Sign-Up', 'Import', 'Keyword'], n(c) % 6)) ? row(MOB_KEYWORDS, n(c) % MOB_KEYWORDS.length) : ''), []],
    ['Opt-Out Date', (c) => (n(c) % 9 === 0 ? (() => { const p = local(Math.max(c.created, c.updated), -5); return `${mdy(p)} ${hm12(p)}` })() : ''), [], opt],
    ['Carrier', (c) => row(['Verizon Wireless', 'T-Mobile', 'AT&T Wireless', 'Verizon Wireless', 'T-Mobile', 'Cricket Wireless'], n(c) % 6), []],
    ['Messages Received', (c) => String(4 + n(c) % 160), []],
    ['Last Message Date', (c) => { const p = local(Math.max(c.created, c.updated), -5); return mdy(p) }, [], opt],
    ['Coupon Redemptions', (c) => String(n(c) % 7), []],
    ['Favorite Store', (c) => row(['South Tampa', 'St. Pete', 'Clearwater Beach', 'Brandon', 'Wesley Chapel'], n(c) % 5), []],
  ] },

  // ---------------------------------------------------------------- US: messaging support conversations
  { name: 'liveperson-conversations-export', product: 'LivePerson Conversational Cloud (Report Center > Conversations > Export CSV, one row per conversation, English UI, a Dallas-based wireless carrier retailer\'s web, SMS and Apple/Google/WhatsApp messaging with a bot front door)', family: 'support', language: 'en', schema: E, cols: [
    ['Conversation ID', (c, o) => v.uuid(v.rng(n(o) * 7919 + 17)), ['_id']],
    ['Start Time', (c, o) => { const p = local(open(o.at, -6), -6); return `${mdy(p)} ${hms(p)}` }, ['timestamp']],
    ['End Time', (c, o) => { const p = local(open(o.at, -6) + lpDur(o) * 1000, -6); return `${mdy(p)} ${hms(p)}` }, []],
    ['Duration (sec)', (c, o) => String(lpDur(o)), []],
    ['Status', (c, o) => (n(o) % 9 === 0 ? 'OPEN' : 'CLOSE'), []],
    ['Close Reason', (c, o) => (n(o) % 9 === 0 ? '' : row(['AGENT', 'CONSUMER', 'SYSTEM', 'AGENT', 'AGENT'], n(o) % 5)), []],
    ['Source', (c, o) => lpSrc(o), [], opt],
    ['Skill', (c, o) => row(LP_SKILLS, n(o) % LP_SKILLS.length), []],
    ['Latest Agent', (c, o) => row(LP_AGENTS, n(o) % LP_AGENTS.length), []],
    ['Agent Group', (c, o) => (row(LP_AGENTS, n(o) % LP_AGENTS.length).startsWith('Bot') ? 'Automation' : row(['Frisco Team', 'El Paso Team'], n(o) % 2)), []],
    ['Transfers', (c, o) => String(n(o) % 3), []],
    ['Messages', (c, o) => String(4 + n(o) % 38), []],
    ['First Response Time (sec)', (c, o) => String(3 + (n(o) * 11) % 240), []],
    ['MCS', (c, o) => String(((n(o) * 29) % 160) - 60), []],
    ['CSAT', (c, o) => (n(o) % 3 ? '' : String(1 + n(o) % 5)), []],
    ['Consumer Name', (c) => c.full, []],
    ['Consumer Email', (c, o) => (n(o) % 4 === 2 ? '' : c.email), EMAIL_ID],
    ['Consumer Phone', (c, o) => (lpSrc(o) === 'SMS' || lpSrc(o) === 'WhatsApp' ? `+1${c.phone.replace(/\D/g, '').slice(1)}` : ''), PHONE_ID],
    ['Customer ID', (c, o) => (n(o) % 3 === 1 ? `LSW${pad(n(c) % 10000000, 8)}` : ''), CUST_ID],
    ['Device', (c, o) => (lpWeb(o) ? row(['DESKTOP', 'SMARTPHONE', 'SMARTPHONE', 'TABLET'], n(o) % 4) : 'SMARTPHONE'), ['device.type'], opt],
    ['Operating System', (c, o) => (lpWeb(o) ? row(['WINDOWS', 'IOS', 'ANDROID', 'IOS'], n(o) % 4) : lpSrc(o) === 'Apple Messages for Business' ? 'IOS' : ''), ['environment.operatingSystem']],
    ['Browser', (c, o) => (lpWeb(o) ? row(['CHROME', 'SAFARI', 'CHROME', 'SAFARI'], n(o) % 4) : ''), ['environment.browserDetails.name']],
    ['IP Address', (c, o, r) => (lpWeb(o) ? v.ip4(r) : ''), ['environment.ipV4']],
    ['Entry Page URL', (c, o) => (lpWeb(o) ? row(LP_PAGES, n(o) % LP_PAGES.length) : ''), ['web.webPageDetails.URL']],
    ['Country', (c, o) => (lpWeb(o) ? row(US_GEO, n(c) % US_GEO.length)[0] : ''), ['placeContext.geo.countryCode'], opt],
    ['State', (c, o) => (lpWeb(o) ? row(US_GEO, n(c) % US_GEO.length)[1] : ''), ['placeContext.geo.stateProvince']],
    ['City', (c, o) => (lpWeb(o) ? row(US_GEO, n(c) % US_GEO.length)[2] : ''), ['placeContext.geo.city']],
  ] },

  // ---------------------------------------------------------------- US: web analytics pages report
  { name: 'independent-analytics-pages-export', product: 'Independent Analytics (WordPress plugin, Pro with WooCommerce: Analytics > Pages > Download CSV, one row per page for the chosen date range, English UI, a Portland, Oregon coffee roaster\'s shop and blog)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Title', (c, o, r, i) => ia(i)[0], ['web.webPageDetails.name']],
    ['URL', (c, o, r, i) => `https://www.ridgelinecoffee.com${ia(i)[1]}`, ['web.webPageDetails.URL']],
    ['Type', (c, o, r, i) => ia(i)[2], [], opt],
    ['Author', (c, o, r, i) => ia(i)[3], []],
    ['Published On', (c, o, r, i) => (ia(i)[4] ? mdy(v.parts(Date.parse(ia(i)[4]))) : ''), [], opt],
    ['Category', (c, o, r, i) => ia(i)[5], ['web.webPageDetails.siteSection'], opt],
    ['Visitors', (c, o, r, i) => group(Math.round(iaViews(i, o) * 0.71)), []],
    ['Views', (c, o, r, i) => group(iaViews(i, o)), ['web.webPageDetails.pageViews.value']],
    ['Sessions', (c, o, r, i) => group(Math.round(iaViews(i, o) * 0.83)), []],
    ['Average View Duration', (c, o, r, i) => { const s = 15 + (i * 37 + n(o)) % 260; return `${pad(Math.floor(s / 60))}:${pad(s % 60)}` }, [], opt],
    ['Bounce Rate', (c, o, r, i) => `${(28 + (i * 7 + n(o)) % 55).toFixed(0)}%`, []],
    ['Views Growth', (c, o, r, i) => `${((i * 13 + n(o)) % 80) - 30}%`, []],
    ['Visitors Growth', (c, o, r, i) => `${((i * 11 + n(o)) % 70) - 25}%`, []],
    ['Entrances', (c, o, r, i) => group(Math.round(iaViews(i, o) * (i < 2 ? 0.6 : 0.3))), []],
    ['Exits', (c, o, r, i) => group(Math.round(iaViews(i, o) * 0.35)), []],
    ['Exit Rate', (c, o, r, i) => `${(20 + (i * 5 + n(o)) % 60).toFixed(0)}%`, []],
    ['Clicks', (c, o, r, i) => String((i * 3 + n(o)) % 40), []],
    ['Comments', (c, o, r, i) => (ia(i)[2] === 'Post' ? String((n(o) + i) % 9) : '0'), []],
    ['Orders', (c, o, r, i) => String(ia(i)[2] === 'Product' || i < 2 ? (n(o) + i) % 30 : (n(o) + i) % 4), []],
    ['Gross Sales', (c, o, r, i) => `$${group((ia(i)[2] === 'Product' || i < 2 ? (n(o) + i) % 30 : (n(o) + i) % 4) * 38)}`, []],
    ['Refunds', (c, o, r, i) => String((n(o) + i) % 11 === 0 ? 1 : 0), []],
    ['Net Sales', (c, o, r, i) => `$${group((ia(i)[2] === 'Product' || i < 2 ? (n(o) + i) % 30 : (n(o) + i) % 4) * 38 - ((n(o) + i) % 11 === 0 ? 38 : 0))}`, []],
    ['Conversion Rate', (c, o, r, i) => `${(((n(o) + i) % 30) / 10).toFixed(2)}%`, []],
    ['Form Submissions', (c, o, r, i) => String(ia(i)[0] === 'Wholesale' ? 3 + n(o) % 9 : 0), []],
  ] },
]
