// Round 64, heldout151: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from the US, Canada, the UK, Ireland,
// Australia and New Zealand (en 12): an Australian garden-products supplier's marketplace orders (Bunnings
// Marketplace), a Vermont outdoor-gear store's POS ticket lines (Springboard Retail), a Sheffield bike-parts webshop's
// card transactions (Cardstream), a Dublin kitchen showroom's attributed conversions (Ruler Analytics), a Wellington
// music festival's ticket orders (Flicket), an Ontario campground's reservations (Campspot), a Michigan cannabis
// dispensary's loyalty members (Springbig), a Leeds fashion retailer's e-mail contacts (Redeye), a Kildare GAA club's
// members (ClubZap), a Sydney SaaS company's job-change contacts (UserGems), an Ottawa field-service software
// company's support contacts (Supportbench) and a Manchester IT support firm's CRM people (Tactile CRM).
// E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, GEO } from './sets.mjs'
import { pad, row, shift, ymd, hms, hm, dmy, mdy, hm12, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
// local clocks: northern summer time from late March / mid March to late October / early November (approximated by
// months 4-10 and 3-11), southern summer time (Sydney from October to early April, Wellington from late September)
const north = (ms) => v.parts(ms).m
const uk = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(north(ms)) ? 1 : 0)
const et = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(north(ms)) ? -4 : -5)
const syd = (ms) => shift(ms, [10, 11, 12, 1, 2, 3].includes(north(ms)) ? 11 : 10)
const wlg = (ms) => shift(ms, [10, 11, 12, 1, 2, 3].includes(north(ms)) ? 13 : 12)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock
const open = (ms, clock, lo = 9, span = 10) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 4) * day + (n(c) % 60000) * 1000
const dmyT = (p) => `${dmy(p, '/')} ${hm(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x1517a5e1); r(); r(); return r }
const NAMES = {
  male: ['James', 'Liam', 'Noah', 'Oliver', 'Jack', 'William', 'Thomas', 'Ethan', 'Daniel', 'Ryan', 'Lucas', 'Matthew', 'Connor', 'Sam', 'Harry', 'Josh'],
  female: ['Olivia', 'Charlotte', 'Emily', 'Sophie', 'Grace', 'Chloe', 'Emma', 'Hannah', 'Isla', 'Ava', 'Jessica', 'Megan', 'Sarah', 'Ella', 'Amelia', 'Lucy'],
  last: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Martin', 'Anderson', 'Thompson', 'Walker', 'White', 'Harris', 'Kelly', 'Campbell', 'Clarke', 'Nguyen', 'Patel', 'Roberts', 'Singh', 'Hughes'],
  ie: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", 'Doyle', 'McCarthy', 'Gallagher', 'Kennedy', 'Lynch', 'Dunne', 'Nolan', 'Fitzgerald'],
  ieM: ['Seán', 'Conor', 'Cian', 'Darragh', 'Oisín', 'Jack', 'Eoin', 'Pádraig', 'Ciarán', 'Niall', 'Fionn', 'Daniel'],
  ieF: ['Aoife', 'Niamh', 'Ciara', 'Saoirse', 'Siobhán', 'Róisín', 'Emma', 'Sinéad', 'Caoimhe', 'Orla', 'Grace', 'Clodagh'],
}
// [city, region, postcode, phone area] and street names per region
const POOLS = {
  au: { places: [['Sydney', 'NSW', '2000'], ['Parramatta', 'NSW', '2150'], ['Newcastle', 'NSW', '2300'], ['Melbourne', 'VIC', '3000'], ['Geelong', 'VIC', '3220'], ['Brisbane', 'QLD', '4000'], ['Gold Coast', 'QLD', '4217'], ['Perth', 'WA', '6000'], ['Adelaide', 'SA', '5000'], ['Hobart', 'TAS', '7000'], ['Canberra', 'ACT', '2601'], ['Wollongong', 'NSW', '2500']],
    streets: ['George St', 'Pitt St', 'Victoria Rd', 'Station St', 'High St', 'Church St', 'Bridge Rd', 'Park Ave', 'King St', 'Beach Rd'], mail: ['gmail.com', 'gmail.com', 'outlook.com', 'bigpond.com', 'hotmail.com', 'icloud.com', 'optusnet.com.au'] },
  nz: { places: [['Wellington', 'Wellington', '6011'], ['Lower Hutt', 'Wellington', '5010'], ['Porirua', 'Wellington', '5022'], ['Auckland', 'Auckland', '1010'], ['Christchurch', 'Canterbury', '8011'], ['Palmerston North', 'Manawatū-Whanganui', '4410'], ['Nelson', 'Nelson', '7010'], ['Napier', "Hawke's Bay", '4110'], ['Kāpiti', 'Wellington', '5032'], ['Masterton', 'Wellington', '5810']],
    streets: ['Cuba St', 'The Terrace', 'Adelaide Rd', 'Queen St', 'Riddiford St', 'Main Rd', 'Karori Rd', 'Willis St'], mail: ['gmail.com', 'gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.com', 'icloud.com'] },
  uk: { places: [['Sheffield', 'South Yorkshire', 'S10 2HT', '0114'], ['Leeds', 'West Yorkshire', 'LS6 3AB', '0113'], ['Manchester', 'Greater Manchester', 'M20 2LN', '0161'], ['London', '', 'SW11 5QL', '020'], ['Bristol', '', 'BS7 8EU', '0117'], ['Nottingham', 'Nottinghamshire', 'NG7 1FN', '0115'], ['York', 'North Yorkshire', 'YO24 1AB', '01904'], ['Harrogate', 'North Yorkshire', 'HG1 2RQ', '01423'], ['Glasgow', '', 'G12 8QQ', '0141'], ['Cardiff', '', 'CF11 9HW', '029'], ['Stockport', 'Cheshire', 'SK4 2HD', '0161'], ['Derby', 'Derbyshire', 'DE22 3LZ', '01332']],
    streets: ['Ecclesall Road', 'Station Road', 'Church Lane', 'High Street', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Manor Road', 'Queens Road', 'Kings Drive'], mail: ['gmail.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com'] },
  ie: { places: [['Naas', 'Co. Kildare', 'W91 K2X3'], ['Naas', 'Co. Kildare', 'W91 P9D4'], ['Sallins', 'Co. Kildare', 'W91 RX52'], ['Clane', 'Co. Kildare', 'W91 E6C8'], ['Newbridge', 'Co. Kildare', 'W12 Y7N3'], ['Kill', 'Co. Kildare', 'W91 F2H6'], ['Johnstown', 'Co. Kildare', 'W91 T0R5'], ['Dublin 24', 'Co. Dublin', 'D24 X2W7']],
    streets: ['Sallins Road', 'Main Street', 'Devoy Park', 'Monread Avenue', 'Craddockstown Road', 'Oldtown Demesne', 'The Paddocks', 'Millbrook'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'eircom.net', 'outlook.com', 'icloud.com', 'yahoo.ie'] },
  ca: { places: [['Toronto', 'ON', 'M4C 1B5', '416'], ['Mississauga', 'ON', 'L5B 3C2', '905'], ['Ottawa', 'ON', 'K1S 2L9', '613'], ['Hamilton', 'ON', 'L8P 4R5', '905'], ['London', 'ON', 'N6A 3K7', '519'], ['Barrie', 'ON', 'L4M 3B8', '705'], ['Kitchener', 'ON', 'N2G 1C5', '519'], ['Oshawa', 'ON', 'L1H 7K4', '905'], ['Montréal', 'QC', 'H2J 1X9', '514'], ['Buffalo', 'NY', '14214', '716']],
    streets: ['Queen St E', 'Bank St', 'King St W', 'Dundas St', 'Yonge St', 'Lakeshore Rd', 'Maple Ave', 'Bayview Ave', 'Main St N'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'rogers.com', 'sympatico.ca', 'icloud.com'] },
  mi: { places: [['Ann Arbor', 'MI', '48104', '734'], ['Ypsilanti', 'MI', '48197', '734'], ['Detroit', 'MI', '48201', '313'], ['Dearborn', 'MI', '48124', '313'], ['Canton', 'MI', '48187', '734'], ['Saline', 'MI', '48176', '734'], ['Livonia', 'MI', '48152', '734'], ['Toledo', 'OH', '43606', '419']],
    streets: ['Packard St', 'Washtenaw Ave', 'Main St', 'Liberty St', 'Michigan Ave', 'Plymouth Rd', 'Maple Rd', 'Stadium Blvd'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'comcast.net', 'umich.edu'] },
  vt: { places: [['Burlington', 'VT', '05401', '802'], ['South Burlington', 'VT', '05403', '802'], ['Essex Junction', 'VT', '05452', '802'], ['Stowe', 'VT', '05672', '802'], ['Montpelier', 'VT', '05602', '802'], ['Boston', 'MA', '02116', '617'], ['Plattsburgh', 'NY', '12901', '518']],
    streets: ['Church St', 'Pearl St', 'North Ave', 'Shelburne Rd', 'Main St', 'Colchester Ave'], mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'comcast.net', 'outlook.com'] },
}
const mk = (c, pool, salt) => {
  const r = seeded(c, `${pool}:${salt}`), P0 = POOLS[pool]
  const female = c.female
  const irish = pool === 'ie' && r() < 0.8
  const first = v.pick(r, irish ? (female ? NAMES.ieF : NAMES.ieM) : (female ? NAMES.female : NAMES.male))
  const last = v.pick(r, irish ? NAMES.ie : NAMES.last)
  const pl = v.pick(r, P0.places)
  const sep = v.pick(r, ['.', '', '_', '.']), num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  const d = () => v.int(r, 0, 9)
  const mob = { au: () => `04${d()}${d()}${pad(v.int(r, 0, 999999), 6)}`, nz: () => `02${v.pick(r, ['1', '2', '7', '1'])}${pad(v.int(r, 0, 9999999), 7)}`, uk: () => `07${v.pick(r, ['7', '8', '9', '4'])}${pad(v.int(r, 0, 99999999), 8)}`, ie: () => `08${v.pick(r, ['3', '5', '6', '7', '9'])}${pad(v.int(r, 0, 9999999), 7)}`, ca: () => `${pl[3]}${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}`, mi: () => `${pl[3]}${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}`, vt: () => `${pl[3]}${v.int(r, 200, 989)}${pad(v.int(r, 0, 9999), 4)}` }[pool]()
  const houseFirst = pool !== 'ie' || r() < 0.5
  const street = houseFirst ? `${v.int(r, 1, pool === 'uk' ? 240 : pool === 'ie' ? 120 : 1800)} ${v.pick(r, P0.streets)}` : `${v.int(r, 1, 90)} ${v.pick(r, P0.streets)}`
  return { female, first, last, full: `${first} ${last}`, city: pl[0], region: pl[1], post: pl[2], area: pl[3] ?? '',
    street, street2: r() < 0.22 ? v.pick(r, pool === 'uk' || pool === 'ie' ? ['Flat 2', 'Flat 14', 'Apartment 3'] : ['Unit 4', 'Apt 12', 'Suite 3', 'Unit 27']) : '',
    mob, email: `${v.slug(first)}${sep}${v.slug(last)}${num}@${v.pick(r, P0.mail)}`, k: v.int(r, 0, 9999) }
}
const who = (c, pool, salt = '') => { const k = `${pool}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, pool, salt)); return memo.get(k) }
const auMob = (m) => `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`
const nzMob = (m) => `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
const ukMob = (m) => `${m.slice(0, 5)} ${m.slice(5)}`
const ieMob = (m) => `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
const naMob = (m) => `(${m.slice(0, 3)}) ${m.slice(3, 6)}-${m.slice(6)}`
const naDash = (m) => `${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`
const intl = (cc, m) => `+${cc}${m.replace(/^0/, '')}`

// ---------------------------------------------------------------- 1. Bunnings Marketplace orders (E)
// a Geelong garden-products supplier: [offer SKU, Bunnings product code, title, price AUD incl. GST, category]
const BN_ITEMS = [['GG-RB-1200', '0348812', 'Garden Gem 1200 x 600mm Galvanised Raised Garden Bed - Woodland Grey', 129, 'Garden > Raised Garden Beds'], ['GG-RB-1800', '0348813', 'Garden Gem 1800 x 900mm Galvanised Raised Garden Bed - Monument', 189, 'Garden > Raised Garden Beds'], ['GG-CMP-220', '0351140', 'Garden Gem 220L Rotating Compost Tumbler', 149, 'Garden > Composting'], ['GG-TRL-4', '0351152', 'Garden Gem Steel Obelisk Trellis 1.8m - 4 Pack', 79.95, 'Garden > Plant Supports'], ['GG-WRM-60', '0351166', 'Garden Gem 3 Tier Worm Farm 60L', 99, 'Garden > Composting'], ['GG-PLT-3', '0362201', 'Garden Gem Round Galvanised Planter 600mm - 3 Pack', 159, 'Garden > Pots & Planters']]
const bnItem = (o) => row(BN_ITEMS, n(o) % 6)
const bnQty = (o) => (n(o) % 7 === 2 ? 2 : 1)
const bnLine = (o) => bnItem(o)[3] * bnQty(o)
const bnShip = (o) => (bnLine(o) >= 150 ? 0 : 14.95)
const bnSt = (o) => row(['Shipped', 'Received', 'Shipping in progress', 'Received', 'Awaiting acceptance', 'Cancelled', 'Shipped', 'Received'], n(o) % 8)
const bnSent = (o) => ['Shipped', 'Received'].includes(bnSt(o))
const bnAt = (o) => o.at
const bnCarrier = (o) => row(['Australia Post', 'StarTrack', 'Couriers Please', 'Australia Post', 'Aramex'], n(o) % 5)
// ---------------------------------------------------------------- 2. Springboard Retail ticket lines (E)
// a Burlington (Vermont) outdoor-gear and gift store: [item #, description, vendor, department, class, price]
const SB_ITEMS = [['100482', 'Darn Tough Hiker Micro Crew Cushion Sock - Men\'s L', 'Darn Tough Vermont', 'Footwear', 'Socks', 25], ['100517', 'Smartwool Classic Thermal Merino Base Layer Crew', 'Smartwool', 'Apparel', 'Base Layers', 110], ['101204', 'Hydro Flask 32 oz Wide Mouth - Pacific', 'Hydro Flask', 'Hard Goods', 'Drinkware', 44.95], ['101388', 'Vermont Maple Syrup Grade A Amber 12 oz', 'Green Mountain Sugar House', 'Gifts', 'Food', 18.99], ['102077', 'Black Diamond Spot 400 Headlamp', 'Black Diamond', 'Hard Goods', 'Lighting', 49.95], ['102310', 'Patagonia Better Sweater 1/4-Zip - Stone Blue M', 'Patagonia', 'Apparel', 'Fleece', 139], ['102555', 'Long Trail Guide Book 28th Ed.', 'Green Mountain Club', 'Gifts', 'Books', 24.95]]
const sbItem = (o) => row(SB_ITEMS, n(o) % 7)
const sbQty = (o) => (sbItem(o)[4] === 'Socks' ? 1 + (n(o) % 3) : 1)
const sbDisc = (o) => (o.discount ? Math.round(sbItem(o)[5] * sbQty(o) * 0.1 * 100) / 100 : 0)
const sbExt = (o) => sbItem(o)[5] * sbQty(o) - sbDisc(o)
// Vermont sales tax 6% (clothing and shoes exempt), Burlington local option 1%
const sbTax = (o) => (['Apparel', 'Footwear'].includes(sbItem(o)[3]) || sbItem(o)[4] === 'Food' ? 0 : Math.round(sbExt(o) * 0.07 * 100) / 100)
const sbAt = (o) => open(o.at, et, 10, 9)
const sbStore = (o) => (n(o) % 4 === 3 ? ['Stowe', '02'] : ['Church Street', '01'])
const sbKnown = (c) => n(c) % 3 !== 1
const sbTender = (o) => row(['Credit Card', 'Credit Card', 'Cash', 'Credit Card', 'Gift Card', 'Credit Card'], n(o) % 6)
// ---------------------------------------------------------------- 3. Cardstream transactions (E)
// a Sheffield bike-parts webshop
const csAction = (o) => row(['SALE', 'SALE', 'SALE', 'PREAUTH', 'SALE', 'REFUND', 'SALE'], n(o) % 7)
const csAmt = (o) => [34.99, 129.5, 18.75, 249, 62.4, 89.99, 412.35, 11.99][n(o) % 8]
const csCode = (o) => (n(o) % 9 === 4 ? ['5', 'CARD DECLINED'] : n(o) % 13 === 7 ? ['65541', 'CV2 NOT MATCHED'] : ['0', csAction(o) === 'REFUND' ? 'REFUND ACCEPTED' : 'AUTHCODE:' + String(100000 + (n(o) * 7919) % 900000)])
const csOk = (o) => csCode(o)[0] === '0'
const csScheme = (o) => row([['Visa Debit', 'VD', '4'], ['Mastercard Debit', 'MD', '5'], ['Visa Credit', 'VC', '4'], ['Mastercard Credit', 'MC', '5'], ['American Express', 'AM', '3'], ['Visa Debit', 'VD', '4']], n(o) % 6)
const csAt = (o) => o.at
const csXref = (o) => { const p = v.parts(csAt(o)); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}${v.alnum(v.rng(n(o) * 13 + 1), 8).toUpperCase().replace(/[^A-Z0-9]/g, '7')}${pad(n(o) % 10000, 4)}` }
// ---------------------------------------------------------------- 4. Ruler Analytics conversions (E)
// a Dublin kitchen and wardrobe showroom: [source, medium, campaign, keyword, referrer]
const RA_SRC = [['google', 'cpc', 'Kitchens - Dublin - Search', 'kitchen showroom dublin', 'https://www.google.com/'], ['google', 'organic', '', '(not provided)', 'https://www.google.ie/'], ['facebook', 'paid-social', 'Spring Kitchen Sale', '', 'https://l.facebook.com/'], ['(direct)', '(none)', '', '', ''], ['houzz.ie', 'referral', '', '', 'https://www.houzz.ie/professionals/kitchen-designers/'], ['bing', 'cpc', 'Wardrobes - Leinster', 'fitted wardrobes kildare', 'https://www.bing.com/'], ['instagram', 'paid-social', 'Spring Kitchen Sale', '', 'https://l.instagram.com/']]
const raSrc = (o) => row(RA_SRC, n(o) % 7)
const raType = (o) => row(['Form - Book a Design Consultation', 'Call', 'Form - Brochure Download', 'Call', 'Form - Contact Us', 'Sale', 'Form - Book a Design Consultation'], n(o) % 7)
const RA_PAGES = ['/kitchens/shaker-kitchens/', '/', '/wardrobes/sliding-wardrobes/', '/kitchens/handleless-kitchens/', '/offers/spring-sale/', '/kitchens/', '/showroom/']
const raAt = (o) => open(o.at, uk, 8, 13)
const raRev = (o) => (raType(o) === 'Sale' ? [14950, 9800, 22400, 6750][n(o) % 4] : 0)
const raDevice = (o) => row([['Mobile', 'Chrome Mobile', 'Android'], ['Desktop', 'Chrome', 'Windows'], ['Mobile', 'Safari Mobile', 'iOS'], ['Tablet', 'Safari', 'iPadOS'], ['Desktop', 'Edge', 'Windows'], ['Mobile', 'Safari Mobile', 'iOS']], n(o) % 6)
// ---------------------------------------------------------------- 5. Flicket orders (E)
// a Wellington summer music festival at a waterfront venue: [ticket type, price NZD incl. GST]
const FL_TIX = [['Early Bird GA', 89], ['General Admission', 109], ['VIP', 189], ['GA + Camping', 159], ['Youth (13-17)', 69], ['Child (under 13)', 0]]
const flTix = (o) => row(FL_TIX, n(o) % 6)
const flQty = (o) => (flTix(o)[1] === 0 ? 1 : 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0))
const flFee = (o) => (flTix(o)[1] === 0 ? 0 : 4.5 * flQty(o))
const flDisc = (o) => (o.discount && flTix(o)[1] > 0 ? 10 * flQty(o) : 0)
const flTotal = (o) => flTix(o)[1] * flQty(o) + flFee(o) - flDisc(o)
const FL_EVENT_AT = Date.UTC(2025, 0, 24, 23, 0)
const flAt = (o) => open(FL_EVENT_AT - (3 + (n(o) * 41) % 150) * day - (n(o) % 50000) * 1000, wlg, 7, 16)
const flSt = (o) => row(['Completed', 'Completed', 'Completed', 'Refunded', 'Completed', 'Completed', 'Cancelled'], n(o) % 7)
const flPay = (o) => row(['Credit Card', 'Credit Card', 'Apple Pay', 'Afterpay', 'Credit Card', 'Google Pay', 'Laybuy'], n(o) % 7)
// ---------------------------------------------------------------- 6. Campspot reservations (E)
// a Muskoka-area (Ontario) RV park and campground: [site type, site prefix, nightly CAD]
const CS_SITES = [['Full Hookup RV - 50 Amp Pull-Thru', 'P', 79], ['Water & Electric RV - 30 Amp', 'W', 62], ['Premium Lakefront RV', 'L', 98], ['Unserviced Tent Site', 'T', 44], ['Rustic Cabin (sleeps 4)', 'C', 139], ['Seasonal Trailer Site', 'S', 55]]
const cpSite = (o) => row(CS_SITES, n(o) % 6)
const cpNights = (o) => (cpSite(o)[1] === 'S' ? 7 : 1 + (n(o) % 5))
const cpArr = (o) => { const p = v.parts(o.at); const y = p.y, m = 5 + (n(o) % 5), d = 1 + (n(o) % 27); return Date.UTC(y, m - 1, d, 19) }
const cpBooked = (o) => open(cpArr(o) - (5 + (n(o) * 17) % 120) * day - (n(o) % 40000) * 1000, et, 7, 15)
const cpSub = (o) => cpSite(o)[2] * cpNights(o)
const cpFee = () => 9.5
const cpTax = (o) => Math.round((cpSub(o) + cpFee()) * 0.13 * 100) / 100
const cpTotal = (o) => cpSub(o) + cpFee() + cpTax(o)
const cpSt = (o) => row(['Confirmed', 'Checked Out', 'Checked Out', 'Cancelled', 'Confirmed', 'Checked In', 'Checked Out'], n(o) % 7)
const cpPaid = (o) => (['Checked Out', 'Checked In'].includes(cpSt(o)) ? cpTotal(o) : cpSt(o) === 'Cancelled' ? 0 : Math.round(cpTotal(o) * 0.5 * 100) / 100)
const cpEquip = (o) => row([['Travel Trailer', '28'], ['Fifth Wheel', '36'], ['Class A Motorhome', '38'], ['Tent', ''], ['', ''], ['Travel Trailer', '32']], n(o) % 6)
// ---------------------------------------------------------------- 7. Springbig members (P)
// an Ann Arbor (Michigan) adult-use and medical cannabis dispensary with two stores
const sgPts = (c) => Math.min((n(c) * 37) % 2400, Math.round(sgSpend(c)))
const sgSpend = (c) => 40 + (n(c) * 113) % 6200
const sgVisits = (c) => Math.max(1, Math.round(sgSpend(c) / (38 + n(c) % 30)))
const sgTier = (c) => (sgSpend(c) > 3000 ? 'Gold' : sgSpend(c) > 1000 ? 'Silver' : 'Green')
const sgMed = (c) => n(c) % 5 === 1
// ---------------------------------------------------------------- 8. Redeye contacts (P)
// a Leeds women's fashion and footwear retailer with stores and a webshop
const rdStore = (c) => row(['Leeds Victoria Quarter', 'York', 'Harrogate', 'Online', 'Online', 'Manchester Spinningfields'], n(c) % 6)
const rdOrders = (c) => (n(c) % 5 === 3 ? 0 : 1 + (n(c) * 7) % 23)
// ---------------------------------------------------------------- 9. ClubZap members (P)
// a Naas (Co. Kildare) GAA club: [membership type, fee EUR]
const CZ_TYPES = [['Adult Playing Member', 150], ['Family Membership', 250], ['Juvenile Player (U8-U12)', 60], ['Juvenile Player (U13-U17)', 80], ['Social Member', 50], ['Student Member', 80], ['OAP Member', 30]]
const czType = (c) => row(CZ_TYPES, n(c) % 7)
const czJuv = (c) => czType(c)[0].startsWith('Juvenile')
const czBirth = (c) => (czJuv(c) ? Date.UTC((czType(c)[0].includes('U8') ? 2012 : 2007) + (n(c) % 5), n(c) % 12, 1 + (n(c) % 27)) : czType(c)[0] === 'OAP Member' ? Date.UTC(1950 + (n(c) % 8), n(c) % 12, 1 + (n(c) % 27)) : c.birth)
const czParent = (c) => who(c, 'ie', 'parent').first
const czParentMail = (c) => `${v.slug(czParent(c))}.${v.slug(who(c, 'ie').last)}${n(c) % 3 ? '' : n(c) % 90}@${row(['gmail.com', 'eircom.net', 'hotmail.com', 'gmail.com', 'icloud.com'], n(c) % 5)}`
const czTeam = (c) => (czJuv(c) ? (czType(c)[0].includes('U8') ? row(['U9 Hurling', 'U11 Football', 'U12 Camogie', 'U10 Football'], n(c) >> 3) : row(['U14 Ladies Football', 'U15 Hurling', 'U16 Football', 'U17 Camogie'], n(c) >> 3)) : row(['Senior Football', 'Junior B Hurling', '', 'Ladies Senior', '', 'Adult Camogie', ''], n(c) % 7))
// ---------------------------------------------------------------- 10. UserGems job changes (B)
// a Sydney workforce-management SaaS: [company, domain, country, city, state, employees, industry]
const UG_FIRMS = [['Coastline Hospitality Group', 'coastlinehospitality.com.au', 'Australia', 'Brisbane', 'QLD', '1,001-5,000', 'Hospitality'], ['Meridian Aged Care', 'meridianagedcare.org.au', 'Australia', 'Melbourne', 'VIC', '1,001-5,000', 'Hospital & Health Care'], ['Southern Cross Logistics', 'sclogistics.com.au', 'Australia', 'Sydney', 'NSW', '501-1,000', 'Logistics & Supply Chain'], ['Kiwi Fresh Supermarkets', 'kiwifresh.co.nz', 'New Zealand', 'Auckland', 'Auckland', '5,001-10,000', 'Retail'], ['Goldfields Mining Services', 'goldfieldsms.com.au', 'Australia', 'Perth', 'WA', '201-500', 'Mining & Metals'], ['Harbourside Childcare', 'harboursidechildcare.com.au', 'Australia', 'Sydney', 'NSW', '501-1,000', 'Education Management']]
const ugNew = (c) => row(UG_FIRMS, n(c) >> 1)
const ugOld = (c) => row(['Bluewater Retail', 'Ramsay Health Care', 'Accor Pacific', 'Linfox', 'Guardian Childcare & Education', 'Woolworths Group', 'Compass Group Australia'], n(c) % 7)
const UG_ROLES = [['Head of People & Culture', 'Head of People and Culture', 'Director', 'HR'], ['Workforce Planning Manager', 'Senior Workforce Analyst', 'Manager', 'Operations'], ['Chief Operating Officer', 'GM Operations', 'C-Level', 'Operations'], ['Payroll Manager', 'Payroll Team Lead', 'Manager', 'Finance'], ['Director of Operations', 'Regional Operations Manager', 'Director', 'Operations'], ['HR Business Partner', 'HR Advisor', 'Senior', 'HR']]
const ugRole = (c) => row(UG_ROLES, n(c) % 6)
const ugWho = (c) => who(c, 'au', 'ug')
const ugMail = (c) => `${v.slug(ugWho(c).first)}.${v.slug(ugWho(c).last)}@${ugNew(c)[1]}`
// ---------------------------------------------------------------- 11. Supportbench contacts (B)
// an Ottawa field-service scheduling software company: [account, domain, city, province, postal, country, tier, SLA]
const SP_ACCTS = [['Northern Lights HVAC Ltd.', 'northernlightshvac.ca', 'Sudbury', 'ON', 'P3E 4N1', 'Canada', 'Enterprise', 'Premium 4h', '705'], ['Maritime Elevator Services', 'maritimeelevator.ca', 'Halifax', 'NS', 'B3J 1S9', 'Canada', 'Professional', 'Standard 8h', '902'], ['Prairie Plumbing & Heating', 'prairieplumbing.com', 'Saskatoon', 'SK', 'S7K 1J5', 'Canada', 'Starter', 'Standard 8h', '306'], ['Cascade Fire Protection Inc.', 'cascadefire.com', 'Tacoma', 'WA', '98402', 'United States', 'Enterprise', 'Premium 4h', '253'], ['Rideau Property Maintenance', 'rideaupm.ca', 'Ottawa', 'ON', 'K2P 1L4', 'Canada', 'Professional', 'Standard 8h', '613'], ['Laurentian Pest Control', 'laurentianpest.ca', 'Laval', 'QC', 'H7T 2P5', 'Canada', 'Starter', 'Standard 8h', '450']]
const spAcct = (c) => row(SP_ACCTS, n(c) >> 1)
const spWho = (c) => who(c, 'ca', 'sp')
const SP_ROLES = ['Dispatch Manager', 'Office Administrator', 'Operations Manager', 'IT Coordinator', 'Service Coordinator', 'Controller', 'Owner']
const spLine = (c, salt) => { const m = who(c, 'ca', salt).mob; return `(${spAcct(c)[8]}) ${m.slice(3, 6)}-${m.slice(6)}` }
const spTz = (c) => ({ ON: 'America/Toronto', NS: 'America/Halifax', SK: 'America/Regina', WA: 'America/Los_Angeles', QC: 'America/Toronto' })[spAcct(c)[3]]
// ---------------------------------------------------------------- 12. Tactile CRM people (B)
// a Manchester managed IT services firm: [organisation, domain, street, town, county, postcode, switchboard, sector]
const TC_ORGS = [['Pennine Accountancy LLP', 'pennineaccountancy.co.uk', '14 St John Street', 'Manchester', 'Greater Manchester', 'M3 4DZ', '0161 832 4410'], ['Brightwater Dental Group', 'brightwaterdental.co.uk', 'Unit 3, Cheadle Royal Business Park', 'Cheadle', 'Cheshire', 'SK8 3GY', '0161 491 2277'], ['Harrison & Vale Solicitors', 'harrisonvale.co.uk', '2 Booth Street', 'Manchester', 'Greater Manchester', 'M2 4AT', '0161 236 9000'], ['Northfold Logistics Ltd', 'northfold.co.uk', 'Trafford Park Road', 'Trafford Park', 'Greater Manchester', 'M17 1HG', '0161 872 5560'], ['Saint Bede\'s Academy Trust', 'stbedestrust.org.uk', 'Manley Road', 'Bolton', 'Greater Manchester', 'BL1 4RJ', '01204 528 300'], ['Castlefield Architects Ltd', 'castlefieldarch.co.uk', '38 Jackson\'s Row', 'Manchester', 'Greater Manchester', 'M2 5WD', '0161 834 7712']]
const tcOrg = (c) => row(TC_ORGS, n(c) >> 1)
const tcWho = (c) => who(c, 'uk', 'tc')
const TC_ROLES = ['Practice Manager', 'Office Manager', 'Finance Director', 'Operations Director', 'Business Manager', 'Managing Partner', 'IT Lead']

export const SETS = [
  // ---------------------------------------------------------------- Australia: home-improvement marketplace seller orders
  { name: 'bunnings-marketplace-orders-export-au', product: 'Bunnings Marketplace (Bunnings Group; Mirakl seller portal: Orders > Order list > Export (CSV), one row per order line, Australian English UI, a Geelong garden-products supplier shipping raised garden beds and compost tumblers, AEST/AEDT, AUD incl. GST)', family: 'marketplace', language: 'en', schema: E, cols: [
    ['Date created', (c, o) => dmyT(syd(bnAt(o))), ['timestamp', OR('createdDate')]],
    ['Order number', (c, o) => `BNM${pad(3100000 + (n(o) * 37) % 900000, 8)}-A`, [OR('purchaseID')]],
    ['Order line ID', (c, o) => `BNM${pad(3100000 + (n(o) * 37) % 900000, 8)}-A-1`, [], opt],
    ['Status', (c, o) => bnSt(o), []],
    ['Acceptance deadline', (c, o) => dmyT(syd(bnAt(o) + day)), []],
    ['Shipping deadline', (c, o) => dmy(syd(bnAt(o) + 3 * day), '/'), []],
    ['Offer SKU', (c, o) => bnItem(o)[0], [PL('SKU')]],
    ['Product SKU', (c, o) => bnItem(o)[1], [PL('_id'), PL('product'), PL('SKU')], opt],
    ['Details', (c, o) => bnItem(o)[2], [PL('name')]],
    ['Category', (c, o) => bnItem(o)[4], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Quantity', (c, o) => String(bnQty(o)), [PL('quantity')]],
    ['Unit price', (c, o) => two(bnItem(o)[3]), [], opt],
    ['Price', (c, o) => two(bnLine(o)), [PL('priceTotal')]],
    ['Shipping price', (c, o) => two(bnShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total price', (c, o) => two(bnLine(o) + bnShip(o)), [OR('priceTotal')]],
    ['Total tax (GST)', (c, o) => two((bnLine(o) + bnShip(o)) / 11), [OR('taxAmount')]],
    ['Commission (incl. tax)', (c, o) => two(bnLine(o) * 0.132), []],
    ['Amount transferred to shop', (c, o) => two(bnLine(o) + bnShip(o) - bnLine(o) * 0.132), []],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Shipping method', (c, o) => (bnShip(o) ? 'Standard Delivery' : 'Free Standard Delivery'), ['commerce.shipping.shippingMethod']],
    ['Carrier', (c, o) => (bnSent(o) ? bnCarrier(o) : ''), [], opt],
    ['Tracking number', (c, o) => (bnSent(o) ? (bnCarrier(o) === 'Australia Post' ? `33${v.alnum(v.rng(n(o) + 9), 3).toUpperCase()}${pad((n(o) * 7919) % 100000000, 8)}` : `${bnCarrier(o).slice(0, 2).toUpperCase()}${pad((n(o) * 104729) % 1000000000, 10)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['Shipped date', (c, o) => (bnSent(o) ? dmy(syd(bnAt(o) + 2 * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['Customer first name', (c) => who(c, 'au').first, []],
    ['Customer last name', (c) => who(c, 'au').last, []],
    ['Shipping address street 1', (c) => who(c, 'au').street, [SHIP('street1')]],
    ['Shipping address street 2', (c) => who(c, 'au').street2, [SHIP('street2')]],
    ['Shipping address city', (c) => who(c, 'au').city, [SHIP('city')]],
    ['Shipping address state', (c) => who(c, 'au').region, STATE(['commerce.shipping.address'])],
    ['Shipping address zip code', (c) => who(c, 'au').post, [SHIP('postalCode')]],
    ['Shipping address country', () => 'AU', [SHIP('countryCode')]],
    ['Shipping address phone', (c) => who(c, 'au').mob, PHONE_ID, opt],
    ['Cancellation reason', (c, o) => (bnSt(o) === 'Cancelled' ? row(['Out of stock', 'Customer request', 'Unable to deliver to address'], n(o) % 3) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- US: retail POS ticket lines
  { name: 'springboard-retail-ticket-lines-us', product: 'Springboard Retail (Reports > Sales > Ticket Lines > Export CSV, one row per ticket line, US English UI, a Burlington (Vermont) outdoor-gear and gift store with a second store in Stowe, Eastern Time, USD)', family: 'pos', language: 'en', schema: E, cols: [
    ['Ticket #', (c, o) => String(250000 + (n(o) * 13) % 90000), [OR('purchaseID')]],
    ['Line #', (c, o) => String(1 + (n(o) % 3)), []],
    ['Date', (c, o) => mdy(et(sbAt(o))), ['timestamp', OR('createdDate')], opt],
    ['Time', (c, o) => hm12(et(sbAt(o))), [], opt],
    ['Location', (c, o) => sbStore(o)[0], ['commerce.commerceScope.storeCode'], opt],
    ['Location #', (c, o) => sbStore(o)[1], ['commerce.commerceScope.storeCode'], opt],
    ['Station', (c, o) => `Register ${1 + (n(o) % 2)}`, []],
    ['Sales Rep', (c, o) => row(['Katie M.', 'Ben L.', 'Priya S.', 'Owen T.'], n(o) % 4), []],
    ['Customer #', (c) => (sbKnown(c) ? String(10000 + (n(c) * 7) % 80000) : ''), CUST_ID],
    ['Customer Name', (c) => (sbKnown(c) ? who(c, 'vt').full : ''), []],
    ['Customer Email', (c) => (sbKnown(c) && n(c) % 4 !== 0 ? who(c, 'vt').email : ''), EMAIL_ID],
    ['Customer Phone', (c) => (sbKnown(c) ? naDash(who(c, 'vt').mob) : ''), PHONE_ID, opt],
    ['Item #', (c, o) => sbItem(o)[0], [PL('SKU'), PL('_id')]],
    ['UPC', (c, o) => `0${pad((n(o) * 7919 + 12345) % 100000000000, 11)}`, [PL('SKU')], opt],
    ['Description', (c, o) => sbItem(o)[1], [PL('name')]],
    ['Vendor', (c, o) => sbItem(o)[2], []],
    ['Department', (c, o) => sbItem(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Class', (c, o) => sbItem(o)[4], [PL('productCategories[0].categoryName')], opt],
    ['Qty', (c, o) => String(sbQty(o)), [PL('quantity')]],
    ['Original Price', (c, o) => two(sbItem(o)[5]), [], opt],
    ['Discount', (c, o) => two(sbDisc(o)), [PL('discountAmount')]],
    ['Discount Reason', (c, o) => (sbDisc(o) ? row(['Loyalty 10%', 'Employee', 'Green Mountain Club Member'], n(o) % 3) : ''), [], opt],
    ['Extended Price', (c, o) => two(sbExt(o)), [PL('priceTotal')]],
    ['Tax', (c, o) => two(sbTax(o)), [OR('taxAmount')], opt],
    ['Unit Cost', (c, o) => two(sbItem(o)[5] * 0.52), []],
    ['Margin %', () => '48.0', []],
    ['Tender', (c, o) => sbTender(o), [OR('payments[0].paymentType')]],
    ['Ticket Total', (c, o) => two(sbExt(o) + sbTax(o)), [OR('priceTotal')], opt],
  ] },
  // ---------------------------------------------------------------- UK: payment gateway transactions
  { name: 'cardstream-mms-transactions-uk', product: 'Cardstream (Merchant Management System: Transactions > Search > Export CSV, one row per transaction, UK English UI, a Sheffield bike-parts webshop taking cards through a hosted payment page, UK time, GBP)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(81000000 + (n(o) * 131) % 9000000), ['_id', OR('payments[0].transactionID')]],
    ['Cross Reference', (c, o) => csXref(o), [OR('payments[0].transactionID')], opt],
    ['Merchant ID', () => '104519', []],
    ['Date', (c, o) => { const p = uk(csAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Action', (c, o) => csAction(o), []],
    ['Type', (c, o) => (n(o) % 10 === 6 ? 'MOTO' : 'E-commerce'), [], opt],
    ['State', (c, o) => (!csOk(o) ? 'declined' : csAction(o) === 'PREAUTH' ? 'reserved' : n(o) % 5 === 0 ? 'captured' : 'accepted'), []],
    ['Amount', (c, o) => two(csAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency Code', () => 'GBP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Response Code', (c, o) => csCode(o)[0], []],
    ['Response Message', (c, o) => csCode(o)[1], []],
    ['Authorisation Code', (c, o) => (csOk(o) && csAction(o) !== 'REFUND' ? String(100000 + (n(o) * 7919) % 900000) : ''), []],
    ['Order Ref', (c, o) => `SBP-${pad(40000 + n(o) % 50000, 6)}`, [OR('purchaseID')]],
    ['Transaction Unique', (c, o) => v.hex(v.rng(n(o) * 7 + 3), 32), [], opt],
    ['Customer Name', (c) => who(c, 'uk').full, []],
    ['Customer Address', (c) => `${who(c, 'uk').street}, ${who(c, 'uk').city}`, [BILL('street1')]],
    ['Customer Postcode', (c) => who(c, 'uk').post, [BILL('postalCode')]],
    ['Customer Email', (c) => who(c, 'uk').email, EMAIL_ID],
    ['Customer Phone', (c) => (n(c) % 4 === 1 ? '' : who(c, 'uk').mob), PHONE_ID, opt],
    ['Card Type', (c, o) => csScheme(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Type Code', (c, o) => csScheme(o)[1], []],
    ['Card Number Mask', (c, o) => `${csScheme(o)[2]}${pad((n(o) * 31) % 100000, 5)}******${pad((n(o) * 7) % 10000, 4)}`, []],
    ['Card Expiry Date', (c, o) => `${pad(1 + n(o) % 12)}/${27 + n(o) % 4}`, []],
    ['Card Issuer Country', (c, o) => (n(o) % 8 === 5 ? 'Ireland' : 'United Kingdom'), [], opt],
    ['AVS Check', (c, o) => row(['matched', 'matched', 'not matched', 'matched', 'not checked'], n(o) % 5), []],
    ['CV2 Check', (c, o) => (csCode(o)[0] === '65541' ? 'not matched' : 'matched'), []],
    ['3DS Authenticated', (c, o) => row(['Y', 'Y', 'A', 'Y', 'N', 'Y'], n(o) % 6), []],
    ['Remote Address', (c, o) => `${[81, 86, 90, 109, 176, 2][n(o) % 6]}.${(n(o) * 7) % 256}.${(n(o) * 13) % 256}.${1 + (n(o) * 3) % 250}`, ['environment.ipV4']],
    ['Settlement Date', (c, o) => (csOk(o) && csAction(o) !== 'PREAUTH' ? ymd(uk(csAt(o) + day)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Ireland: marketing attribution conversions
  { name: 'ruler-analytics-conversions-ie', product: 'Ruler Analytics (Reports > Conversions > Export CSV, one row per attributed conversion (form, call or sale) with its visitor journey, UK English UI, a Dublin kitchen and fitted-wardrobe showroom running Google, Bing and Meta ads, Irish time, EUR)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Conversion Date', (c, o) => { const p = uk(raAt(o)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Conversion Type', (c, o) => raType(o), ['eventType'], opt],
    ['Visitor ID', (c, o) => String(5400000 + (n(o) * 97) % 900000), ['endUserIDs._experience.aaid.id', 'endUserIDs._experience.mcid.id'], opt],
    ['Name', (c) => who(c, 'ie').full, []],
    ['Email', (c, o) => (raType(o) === 'Call' ? '' : who(c, 'ie').email), EMAIL_ID],
    ['Phone', (c, o) => (raType(o) === 'Call' ? intl('353', who(c, 'ie').mob) : n(c) % 3 ? ieMob(who(c, 'ie').mob) : ''), PHONE_ID, opt],
    ['Source', (c, o) => raSrc(o)[0], ['marketing.trackingCode'], opt],
    ['Medium', (c, o) => raSrc(o)[1], [], opt],
    ['Campaign', (c, o) => raSrc(o)[2], ['marketing.campaignName']],
    ['Keyword', (c, o) => raSrc(o)[3], [], opt],
    ['Referrer', (c, o) => raSrc(o)[4], ['web.webReferrer.URL']],
    ['Landing Page', (c, o) => `https://www.leinsterkitchens.ie${row(RA_PAGES, n(o) % 7)}`, ['web.webPageDetails.URL'], opt],
    ['Conversion Page', (c, o) => (raType(o) === 'Call' ? '' : `https://www.leinsterkitchens.ie${raType(o).includes('Brochure') ? '/brochure/' : raType(o) === 'Sale' ? '/' : '/book-a-consultation/'}`), ['web.webPageDetails.URL'], opt],
    ['First Touch Source', (c, o) => row(RA_SRC, (n(o) + 3) % 7)[0], [], opt],
    ['Last Touch Source', (c, o) => raSrc(o)[0], ['marketing.trackingCode'], opt],
    ['Number of Visits', (c, o) => String(1 + (n(o) * 3) % 11), [], opt],
    ['Days to Convert', (c, o) => String((n(o) * 5) % 48), []],
    ['Revenue', (c, o) => two(raRev(o)), [OR('priceTotal'), 'commerce.purchases.value'], opt],
    ['Device', (c, o) => raDevice(o)[0], ['device.type']],
    ['Browser', (c, o) => raDevice(o)[1], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => raDevice(o)[2], ['environment.operatingSystem']],
    ['City', (c, o) => row(['Dublin', 'Naas', 'Bray', 'Swords', 'Navan', 'Dublin', 'Maynooth'], n(o) % 7), [GEO('city')]],
    ['Country', () => 'Ireland', [GEO('countryCode')], opt],
    ['GCLID', (c, o) => (raSrc(o)[0] === 'google' && raSrc(o)[1] === 'cpc' ? `Cj0KCQjw${v.alnum(v.rng(n(o) * 3 + 2), 40)}` : ''), [], opt],
    ['Call Duration (s)', (c, o) => (raType(o) === 'Call' ? String(45 + (n(o) * 11) % 600) : ''), []],
    ['Tracking Number', (c, o) => (raType(o) === 'Call' ? (raSrc(o)[1] === 'cpc' ? '+35315137742' : '+35315137700') : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- New Zealand: festival ticket orders
  { name: 'flicket-orders-report-nz', product: 'Flicket (Event dashboard: Reports > Orders > Export CSV, one row per order, NZ English UI, a Wellington summer music festival on the waterfront with camping add-ons, NZST/NZDT, NZD incl. GST)', family: 'events', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `FL-${pad(200000 + (n(o) * 17) % 700000, 7)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = wlg(flAt(o)); return `${dmy(p, '/')} ${hm12(p).toLowerCase()}` }, ['timestamp', OR('createdDate')]],
    ['Event', () => 'Harbourlight Festival 2025', [PL('name')], opt],
    ['Event Date', () => '25/01/2025', [], opt],
    ['Ticket Type', (c, o) => flTix(o)[0], [PL('name')], opt],
    ['Quantity', (c, o) => String(flQty(o)), [PL('quantity')]],
    ['Ticket Price', (c, o) => two(flTix(o)[1]), [], opt],
    ['Booking Fee', (c, o) => two(flFee(o)), []],
    ['Discount', (c, o) => two(flDisc(o)), [OR('discountAmount')]],
    ['Promo Code', (c, o) => (flDisc(o) ? row(['LOCALS10', 'EARLYMATES', 'RADIOACTIVE'], n(o) % 3) : ''), ['commerce.promotionID']],
    ['Order Total', (c, o) => two(flTotal(o)), [OR('priceTotal')]],
    ['GST', (c, o) => two(flTotal(o) * 3 / 23), [OR('taxAmount')]],
    ['Payment Method', (c, o) => (flTotal(o) === 0 ? 'Complimentary' : flPay(o)), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => flSt(o), []],
    ['Refunded Amount', (c, o) => (flSt(o) === 'Refunded' ? two(flTotal(o) - flFee(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['First Name', (c) => who(c, 'nz').first, []],
    ['Last Name', (c) => who(c, 'nz').last, []],
    ['Email', (c) => who(c, 'nz').email, EMAIL_ID],
    ['Phone', (c) => nzMob(who(c, 'nz').mob), PHONE_ID, opt],
    ['Postcode', (c) => who(c, 'nz').post, [BILL('postalCode')], opt],
    ['Region', (c) => who(c, 'nz').region, [BILL('region'), ...STATE(['commerce.billing.address'])], opt],
    ['Marketing Opt In', (c) => (n(c) % 3 ? 'Yes' : 'No'), []],
    ['Sales Channel', (c, o) => row(['Online', 'Online', 'Online', 'Box Office', 'Online', 'Reseller'], n(o) % 6), [], opt],
    ['Tickets Scanned', (c, o) => (flSt(o) === 'Completed' && n(o) % 5 !== 3 ? String(flQty(o)) : '0'), []],
    ['UTM Source', (c, o) => row(['instagram', '', 'facebook', 'google', '', 'newsletter'], n(o) % 6), ['marketing.trackingCode'], opt],
  ] },
  // ---------------------------------------------------------------- Canada: campground reservations
  { name: 'campspot-reservations-report-ca', product: 'Campspot (Campspot Manager: Reports > Reservations > Export to CSV, one row per reservation, English UI, a Muskoka-area (Ontario) RV park and campground with lakefront sites and cabins, Eastern Time, CAD with 13% HST)', family: 'booking', language: 'en', schema: E, cols: [
    ['Reservation #', (c, o) => String(1200000 + (n(o) * 29) % 800000), [OR('purchaseID')]],
    ['Status', (c, o) => cpSt(o), []],
    ['Date Booked', (c, o) => { const p = et(cpBooked(o)); return `${mdy(p)} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Arrival Date', (c, o) => mdy(et(cpArr(o))), [], opt],
    ['Departure Date', (c, o) => mdy(et(cpArr(o) + cpNights(o) * day)), [], opt],
    ['Nights', (c, o) => String(cpNights(o)), [PL('quantity')], opt],
    ['Site', (c, o) => `${cpSite(o)[1]}${pad(1 + (n(o) * 7) % 60)}`, [PL('SKU'), PL('_id')], opt],
    ['Site Type', (c, o) => cpSite(o)[0], [PL('name')]],
    ['Guest First Name', (c) => who(c, 'ca').first, []],
    ['Guest Last Name', (c) => who(c, 'ca').last, []],
    ['Email', (c) => who(c, 'ca').email, EMAIL_ID],
    ['Phone', (c) => naMob(who(c, 'ca').mob), PHONE_ID, opt],
    ['Address', (c) => who(c, 'ca').street, [BILL('street1')]],
    ['City', (c) => who(c, 'ca').city, [BILL('city')]],
    ['State/Province', (c) => who(c, 'ca').region, STATE(['commerce.billing.address'])],
    ['Zip/Postal Code', (c) => who(c, 'ca').post, [BILL('postalCode')]],
    ['Country', (c) => (who(c, 'ca').region === 'NY' ? 'US' : 'CA'), [BILL('countryCode')]],
    ['Adults', (c, o) => String(1 + (n(o) % 4)), []],
    ['Children', (c, o) => String(n(o) % 3), []],
    ['Pets', (c, o) => String(n(o) % 4 === 1 ? 1 : 0), []],
    ['Equipment Type', (c, o) => cpEquip(o)[0], []],
    ['Equipment Length (ft)', (c, o) => cpEquip(o)[1], []],
    ['Site Subtotal', (c, o) => two(cpSub(o)), [PL('priceTotal')], opt],
    ['Reservation Fee', (c, o) => two(cpFee(o)), []],
    ['Tax', (c, o) => two(cpTax(o)), [OR('taxAmount')]],
    ['Total', (c, o) => two(cpTotal(o)), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => two(cpPaid(o)), [OR('payments[0].paymentAmount')]],
    ['Balance Due', (c, o) => two(cpTotal(o) - cpPaid(o) - (cpSt(o) === 'Cancelled' ? cpTotal(o) : 0)), []],
    ['Promo Code', (c, o) => (o.discount ? 'MIDWEEK15' : ''), ['commerce.promotionID']],
    ['Booking Source', (c, o) => row(['Online', 'Online', 'Phone', 'Online', 'Walk-In', 'Campspot Marketplace'], n(o) % 6), [], opt],
    ['Cancelled Date', (c, o) => (cpSt(o) === 'Cancelled' ? mdy(et(cpBooked(o) + 9 * day)) : ''), [OR('cancelDate')]],
    ['Guest Notes', (c, o) => row(['', 'Arriving late, after 9pm', '', 'Celebrating anniversary', '', 'Need site close to washrooms'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- US: cannabis dispensary loyalty members
  { name: 'springbig-members-export-us', product: 'Springbig (Customers > All Customers > Export, one row per loyalty member, US English UI, an Ann Arbor (Michigan) adult-use and medical cannabis dispensary with two stores, Eastern Time)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(31000000 + (n(c) * 61) % 9000000), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['POS ID', (c) => v.uuid(seeded(c, 'pos')), [], opt],
    ['First Name', (c) => who(c, 'mi').first, ['person.name.firstName']],
    ['Last Name', (c) => who(c, 'mi').last, ['person.name.lastName']],
    ['Phone Number', (c) => who(c, 'mi').mob, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 5 === 2 ? '' : who(c, 'mi').email), ['personalEmail.address']],
    ['Birthday', (c) => mdy(v.parts(Math.min(c.birth, Date.UTC(2003, 0, 1)))), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 6 === 5 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Zip Code', (c) => who(c, 'mi').post, at(HOME, 'postalCode')],
    ['Customer Type', (c) => (sgMed(c) ? 'Medical' : 'Recreational'), [], opt],
    ['Medical Card Expiration', (c) => (sgMed(c) ? mdy(et(later(c) + 300 * day)) : ''), []],
    ['Points', (c) => String(sgPts(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(Math.round(sgSpend(c))), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(Math.max(0, Math.round(sgSpend(c)) - sgPts(c))), ['loyalty.pointsRedeemed']],
    ['VIP Tier', (c) => sgTier(c), ['loyalty.tier']],
    ['Total Spent', (c) => two(sgSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Visits', (c) => String(sgVisits(c)), [], opt],
    ['Last Visit', (c) => mdy(et(later(c, 200))), [], opt],
    ['Sign Up Date', (c) => mdy(et(c.created)), ['loyalty.joinDate']],
    ['Sign Up Location', (c) => (n(c) % 3 === 1 ? 'Ann Arbor - Packard' : 'Ypsilanti - Washtenaw'), [], opt],
    ['Sign Up Source', (c) => row(['POS', 'Tablet', 'Web Form', 'POS', 'Text Keyword'], n(c) % 5), [], opt],
    ['Preferred Location', (c) => (n(c) % 3 === 1 ? 'Ann Arbor - Packard' : 'Ypsilanti - Washtenaw'), []],
    ['SMS Opt-In', (c) => (n(c) % 7 === 3 ? 'false' : 'true'), [], opt],
    ['Email Opt-In', (c) => (n(c) % 4 === 0 ? 'false' : 'true'), [], opt],
    ['Referred By', (c) => (n(c) % 9 === 2 ? who(c, 'mi', 'ref').full : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- UK: email marketing contacts
  { name: 'redeye-contacts-export-uk', product: 'Redeye (Contacts > Export contacts, CSV one row per contact with its profile fields and consents, UK English UI, a Leeds women\'s fashion and footwear retailer with four stores and a webshop)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => who(c, 'uk').email, ['personalEmail.address']],
    ['contact_id', (c) => String(9200000 + (n(c) * 17) % 700000), ['_id', 'personID'], opt],
    ['customer_number', (c) => (rdOrders(c) ? `C${pad(300000 + (n(c) * 13) % 600000, 7)}` : ''), ['personID', '_id'], opt],
    ['title', (c) => (c.female ? row(['Ms', 'Mrs', 'Miss', ''], n(c) % 4) : row(['Mr', ''], n(c) % 2)), ['person.name.courtesyTitle']],
    ['firstname', (c) => who(c, 'uk').first, ['person.name.firstName']],
    ['lastname', (c) => who(c, 'uk').last, ['person.name.lastName']],
    ['address1', (c) => (rdOrders(c) ? who(c, 'uk').street : ''), at(HOME, 'street1')],
    ['address2', (c) => (rdOrders(c) ? who(c, 'uk').street2 : ''), at(HOME, 'street2')],
    ['town', (c) => (rdOrders(c) ? who(c, 'uk').city : ''), at(HOME, 'city')],
    ['county', (c) => (rdOrders(c) ? who(c, 'uk').region : ''), [...STATE(HOME), ...at(HOME, 'region')], opt],
    ['postcode', (c) => (rdOrders(c) ? who(c, 'uk').post : ''), at(HOME, 'postalCode')],
    ['country', (c) => (rdOrders(c) ? 'GB' : ''), at(HOME, 'countryCode')],
    ['mobile', (c) => (n(c) % 3 === 0 ? '' : intl('44', who(c, 'uk').mob)), ['mobilePhone.number']],
    ['dob', (c) => (n(c) % 4 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['gender', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['email_optin', (c) => (n(c) % 8 === 3 ? 'N' : 'Y'), [], opt],
    ['sms_optin', (c) => (n(c) % 3 === 0 ? 'N' : 'Y'), [], opt],
    ['optin_date', (c) => { const p = uk(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['source', (c) => row(['website signup', 'checkout', 'instore tablet', 'checkout', 'competition', 'website popup'], n(c) % 6), [], opt],
    ['preferred_store', (c) => rdStore(c), []],
    ['last_open_date', (c) => dmy(uk(later(c, 60)), '/'), [], opt],
    ['last_click_date', (c) => (n(c) % 3 ? dmy(uk(later(c, 60) - 5 * day), '/') : ''), [], opt],
    ['total_orders', (c) => String(rdOrders(c)), [], opt],
    ['last_order_date', (c) => (rdOrders(c) ? dmy(uk(later(c, 300)), '/') : ''), [], opt],
    ['shoe_size', (c) => (c.female ? String(3 + (n(c) % 6)) : ''), []],
    ['unsubscribed', (c) => (n(c) % 8 === 3 ? 'Y' : 'N'), [], opt],
  ] },
  // ---------------------------------------------------------------- Ireland: GAA club members
  { name: 'clubzap-membership-export-ie', product: 'ClubZap (Club admin: Memberships > Members > Export to Excel, one row per registered member for the season, Irish English UI, a Naas (Co. Kildare) GAA club with hurling, football, camogie and ladies football teams, EUR)', family: 'membership', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(880000 + (n(c) * 11) % 100000), ['_id', 'personID'], opt],
    ['First Name', (c) => who(c, 'ie').first, ['person.name.firstName']],
    ['Last Name', (c) => who(c, 'ie').last, ['person.name.lastName']],
    ['Date of Birth', (c) => dmy(v.parts(czBirth(c)), '/'), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Email', (c) => (czJuv(c) ? czParentMail(c) : who(c, 'ie').email), ['personalEmail.address'], opt],
    ['Mobile', (c) => ieMob(czJuv(c) ? who(c, 'ie', 'parent').mob : who(c, 'ie').mob), ['mobilePhone.number'], opt],
    ['Address Line 1', (c) => who(c, 'ie').street, at(HOME, 'street1')],
    ['Address Line 2', (c) => who(c, 'ie').street2, at(HOME, 'street2')],
    ['Town', (c) => who(c, 'ie').city, at(HOME, 'city')],
    ['County', (c) => who(c, 'ie').region, [...STATE(HOME), ...at(HOME, 'region')]],
    ['Eircode', (c) => who(c, 'ie').post, at(HOME, 'postalCode')],
    ['Membership Type', (c) => czType(c)[0], [], opt],
    ['Membership Year', () => '2024', []],
    ['Amount Paid', (c) => two(czType(c)[1]), [], opt],
    ['Payment Method', (c) => row(['Card', 'Card', 'Cash', 'Card', 'Bank Transfer'], n(c) % 5), [], opt],
    ['Payment Date', (c) => dmy(uk(Date.UTC(2024, n(c) % 4, 1 + (n(c) % 27), 19)), '/'), [], opt],
    ['Recurring', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
    ['Status', (c) => row(['Active', 'Active', 'Active', 'Pending', 'Active', 'Expired'], n(c) % 6), []],
    ['Team(s)', (c) => czTeam(c), []],
    ['Parent/Guardian Name', (c) => (czJuv(c) ? `${czParent(c)} ${who(c, 'ie').last}` : ''), []],
    ['Foireann ID', (c) => String(1400000 + (n(c) * 7) % 500000), [], opt],
    ['Medical Conditions', (c) => row(['', '', 'Asthma', '', 'None', '', 'Nut allergy'], n(c) % 7), []],
    ['Photo Consent', (c) => (n(c) % 5 === 2 ? 'No' : 'Yes'), []],
    ['Registered On', (c) => dmy(uk(c.created), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Australia: job-change / champion tracking contacts
  { name: 'usergems-job-changes-export-au', product: 'UserGems (UserGems app: Contacts > Job Changes > Export CSV, one row per tracked past customer or champion who moved to a new company, English UI, a Sydney workforce-management SaaS company tracking its champions across Australia and New Zealand)', family: 'b2b-intent', language: 'en', schema: B, cols: [
    ['UserGems ID', (c) => `ug_${v.alnum(seeded(c, 'ug'), 18).toLowerCase()}`, B2BID, opt],
    ['First Name', (c) => ugWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ugWho(c).last, ['person.name.lastName']],
    ['New Title', (c) => ugRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => ugRole(c)[2], [], opt],
    ['Department', (c) => ugRole(c)[3], ['extendedWorkDetails.departments[0]'], opt],
    ['New Company', (c) => ugNew(c)[0], CO],
    ['New Company Domain', (c) => ugNew(c)[1], ['b2b.companyWebsite']],
    ['New Company Industry', (c) => ugNew(c)[6], []],
    ['New Company Employee Count', (c) => ugNew(c)[5], []],
    ['New Company Country', (c) => ugNew(c)[2], [W('country')], opt],
    ['Contact City', (c) => ugNew(c)[3], [W('city')], opt],
    ['Contact State', (c) => ugNew(c)[4], STATE(['workAddress']), opt],
    ['Email', (c) => ugMail(c), ['workEmail.address']],
    ['Email Status', (c) => row(['Verified', 'Verified', 'Catch-all', 'Verified', 'Unverified'], n(c) % 5), [], opt],
    ['Phone', (c) => (n(c) % 3 === 1 ? '' : auMob(ugWho(c).mob)), ['mobilePhone.number', 'workPhone.number'], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${v.slug(ugWho(c).first)}-${v.slug(ugWho(c).last)}-${(n(c) * 31).toString(36)}`, []],
    ['Previous Title', (c) => ugRole(c)[1], []],
    ['Previous Company', (c) => ugOld(c), []],
    ['Job Change Detected', (c) => dmy(syd(later(c, 120)), '/'), [], opt],
    ['Contact Type', (c) => row(['Past Champion', 'Past User', 'Past Champion', 'Closed Lost Contact', 'Past User'], n(c) % 5), ['b2b.personType'], opt],
    ['New Company Is Customer', (c) => (n(c) % 6 === 4 ? 'TRUE' : 'FALSE'), []],
    ['CRM Account ID', (c) => (n(c) % 4 === 0 ? '' : `0015g0000${v.alnum(seeded(c, 'acc'), 9)}`), ACCT, opt],
    ['CRM Contact ID', (c) => `0035g0000${v.alnum(seeded(c, 'con'), 9)}`, B2BID, opt],
    ['Account Owner', (c) => row(['Jess Tran', 'Mitch Cooper', 'Priya Nair', 'Unassigned'], n(c) % 4), []],
    ['Added to Sequence', (c) => (n(c) % 3 === 0 ? 'ANZ Champion Job Change' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Canada: B2B support desk contacts
  { name: 'supportbench-contacts-export-ca', product: 'Supportbench (Customers > Contacts > Export, CSV one row per customer contact under its account, English UI, an Ottawa field-service scheduling software company supporting trades businesses in Canada and the US)', family: 'support', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(70000 + (n(c) * 13) % 30000), B2BID],
    ['First Name', (c) => spWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => spWho(c).last, ['person.name.lastName']],
    ['Email', (c) => `${v.slug(spWho(c).first)[0]}${v.slug(spWho(c).last)}@${spAcct(c)[1]}`, ['workEmail.address']],
    ['Phone', (c) => `${spLine(c, 'sp')}${n(c) % 3 === 0 ? ` x${200 + n(c) % 99}` : ''}`, ['workPhone.number'], opt],
    ['Mobile', (c) => (n(c) % 2 ? spLine(c, 'cell') : ''), ['mobilePhone.number']],
    ['Job Title', (c) => row(SP_ROLES, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Account', (c) => spAcct(c)[0], CO],
    ['Account ID', (c) => String(3000 + ((n(c) >> 1) % 6) * 17), ACCT],
    ['Account Tier', (c) => spAcct(c)[6], [], opt],
    ['SLA', (c) => spAcct(c)[7], []],
    ['Primary Contact', (c) => (n(c) % 2 ? 'No' : 'Yes'), []],
    ['City', (c) => spAcct(c)[2], [W('city')]],
    ['State/Province', (c) => spAcct(c)[3], STATE(['workAddress'])],
    ['Zip/Postal Code', (c) => spAcct(c)[4], [W('postalCode')]],
    ['Country', (c) => spAcct(c)[5], [W('country')]],
    ['Time Zone', (c) => spTz(c), [], opt],
    ['Language', (c) => (spAcct(c)[3] === 'QC' ? 'French' : 'English'), [], opt],
    ['Portal Access', (c) => (n(c) % 4 === 3 ? 'Disabled' : 'Enabled'), []],
    ['Open Tickets', (c) => String(n(c) % 4), []],
    ['Total Tickets', (c) => String(3 + (n(c) * 7) % 90), []],
    ['Last Ticket Date', (c) => mdy(et(later(c, 90))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['CSAT', (c) => (n(c) % 5 === 4 ? '' : `${88 + n(c) % 13}%`), []],
    ['Created Date', (c) => mdy(et(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Tags', (c) => row(['', 'mobile-app', 'billing-contact', 'admin, integrations', '', 'quickbooks-sync'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- UK: small-business CRM people
  { name: 'tactile-crm-people-export-uk', product: 'Tactile CRM (People > select all > Export to CSV, one row per person with their organisation, UK English UI, a Manchester managed IT services firm selling support contracts to professional practices and schools)', family: 'crm', language: 'en', schema: B, cols: [
    ['Person ID', (c) => String(2600000 + (n(c) * 19) % 400000), B2BID],
    ['Title', (c) => (c.female ? row(['Ms', 'Mrs', 'Dr'], n(c) % 3) : row(['Mr', 'Dr', 'Mr'], n(c) % 3)), ['person.name.courtesyTitle']],
    ['First Name', (c) => tcWho(c).first, ['person.name.firstName']],
    ['Surname', (c) => tcWho(c).last, ['person.name.lastName']],
    ['Job Title', (c) => row(TC_ROLES, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Organisation', (c) => tcOrg(c)[0], CO],
    ['Organisation ID', (c) => String(880000 + ((n(c) >> 1) % 6) * 211), ACCT, opt],
    ['Email (Work)', (c) => `${v.slug(tcWho(c).first)}.${v.slug(tcWho(c).last)}@${tcOrg(c)[1]}`, ['workEmail.address']],
    ['Email (Personal)', (c) => (n(c) % 5 === 2 ? tcWho(c).email : ''), ['personalEmail.address']],
    ['Phone (Work)', (c) => tcOrg(c)[6], ['workPhone.number']],
    ['Phone (Mobile)', (c) => (n(c) % 3 ? ukMob(tcWho(c).mob) : ''), ['mobilePhone.number']],
    ['Address Line 1', (c) => tcOrg(c)[2], [W('street1')]],
    ['Address Line 2', () => '', [W('street2')]],
    ['Town', (c) => tcOrg(c)[3], [W('city')]],
    ['County', (c) => tcOrg(c)[4], [...STATE(['workAddress']), W('region')], opt],
    ['Postcode', (c) => tcOrg(c)[5], [W('postalCode')]],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['Website', (c) => `https://www.${tcOrg(c)[1]}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c) => (n(c) % 3 === 0 ? `https://www.linkedin.com/in/${v.slug(tcWho(c).first)}${v.slug(tcWho(c).last)}` : ''), []],
    ['Owner', (c) => row(['Dan Whitworth', 'Aisha Rahman', 'Gareth Lloyd'], n(c) % 3), []],
    ['Source', (c) => row(['Referral', 'Website enquiry', 'Networking event', 'Cold call', 'Existing client'], n(c) % 5), ['b2b.personSource'], opt],
    ['Tags', (c) => row(['client', 'prospect, Microsoft 365', 'client, backup', '', 'prospect', 'renewal 2025'], n(c) % 6), []],
    ['Can Email', (c) => (n(c) % 9 === 4 ? 'No' : 'Yes'), [], opt],
    ['Can Call', () => 'Yes', [], opt],
    ['Date Created', (c) => dmy(uk(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => dmy(uk(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Description', (c) => row(['', 'Decision maker for IT budget', '', 'Met at Manchester Business Expo', 'Prefers email, not calls', ''], n(c) % 6), []],
  ] },
]
