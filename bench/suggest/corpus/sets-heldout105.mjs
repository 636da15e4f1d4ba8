// Round 105, heldout105: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from Canada, New Zealand, Ireland, Australia,
// the US and the UK: a cross-border shipping service's shipments, a website builder's shop orders, a card gateway's
// transactions, an SMS platform's sent-message report, a help desk's requests, a Salesforce-native recurring-billing
// app's transactions, a marketing-automation tool's leads, a café loyalty platform's members, an e-mail marketing
// platform's contacts and three B2B lists (UK company officers, Irish company contacts, US business contacts). Headers
// as the product writes them (HelpSpot's request fields seen in its public API props; the rest written from the
// writer's knowledge of each product, see the table in ../README.md).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
// northern summer time roughly April-October, southern summer time roughly October-March
const north = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const et = (ms) => shift(ms, north(ms) ? -4 : -5)
const mt = (ms) => shift(ms, north(ms) ? -6 : -7)
const dub = (ms) => shift(ms, north(ms) ? 1 : 0)
const lon = dub
const bne = (ms) => shift(ms, 10)
const mel = (ms) => shift(ms, north(ms) ? 10 : 11)
const akl = (ms) => shift(ms, north(ms) ? 12 : 13)
const utc = (ms) => v.parts(ms)
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const mdyBare = (p) => `${p.m}/${p.d}/${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const h12 = (p, lower = false) => { const s = `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`; return lower ? s.toLowerCase() : s }
const money = (n) => (Math.round(n * 100) / 100).toFixed(2)
const thou = (n) => { const [a, b] = money(n).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${b}` }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const W = (leaf) => `workAddress.${leaf}`
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const SHIPA = ['commerce.shipping.address']
const BILLA = ['commerce.billing.address']
const US_STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }
const usPhone = (c) => c.phone.replace(/^\+1 (\d{3})-/, '($1) ')

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region]
const LOC = {
  gb: { first: [['Oliver', 'Amelia'], ['Harry', 'Isla'], ['George', 'Freya'], ['Callum', 'Holly'], ['Rhys', 'Bethan'], ['Ewan', 'Niamh'], ['Samuel', 'Poppy']],
    last: ['Hughes', 'Patel', 'Thompson', 'Ellis', 'Fletcher', 'Morgan', 'Robertson', 'Barker', 'Khan', 'Holt', 'Marsden'],
    places: [['Harrogate', 'HG1 2RQ', 'North Yorkshire'], ['York', 'YO31 7EF', 'North Yorkshire'], ['Leeds', 'LS6 2AB', 'West Yorkshire'], ['Wakefield', 'WF1 3JS', 'West Yorkshire'], ['Sheffield', 'S11 8YA', 'South Yorkshire'], ['Hull', 'HU5 3QA', 'East Riding of Yorkshire'], ['Ilkley', 'LS29 9DX', 'West Yorkshire']],
    street: (r) => `${v.int(r, 1, 140)} ${v.pick(r, ['Kings Road', 'Station Road', 'Oakdale Avenue', 'Victoria Street', 'Church Lane', 'Moorland View', 'Hawthorn Close'])}`,
    line2: (r) => (r() < 0.25 ? `Flat ${v.int(r, 1, 18)}` : ''),
    mobile: (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'sky.com'] },
  ie: { first: [['Seán', 'Aoife'], ['Ciarán', 'Niamh'], ['Darragh', 'Róisín'], ['Conor', 'Siobhán'], ['Cian', 'Orla'], ['Pádraig', 'Gráinne'], ['Eoin', 'Clodagh']],
    last: ['Murphy', 'Kelly', "O'Brien", 'Walsh', 'Byrne', 'Ryan', "O'Sullivan", 'McCarthy', 'Doyle', 'Kennedy', 'Brennan'],
    places: [['Kilkenny', 'R95 P8C2', 'Co. Kilkenny'], ['Dublin 8', 'D08 T6YA', 'Co. Dublin'], ['Cork', 'T12 X2NP', 'Co. Cork'], ['Galway', 'H91 E2K4', 'Co. Galway'], ['Limerick', 'V94 K7W3', 'Co. Limerick'], ['Waterford', 'X91 F6C9', 'Co. Waterford'], ['Carlow', 'R93 W2K0', 'Co. Carlow']],
    street: (r) => `${v.int(r, 1, 90)} ${v.pick(r, ['Ashgrove Park', 'Bóthar na Trá', 'Main Street', 'Castle View', 'Riverside Drive', 'St. Kieran\'s Terrace', 'Oakwood Lawn'])}`,
    line2: (r) => (r() < 0.3 ? v.pick(r, ['Ballybough', 'Rathmines', 'Blackrock', 'Loughboy', 'Ballincollig']) : ''),
    mobile: (r) => `08${v.pick(r, ['3', '5', '6', '7', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com', 'yahoo.ie'] },
  ca: { first: [['Liam', 'Emma'], ['Noah', 'Olivia'], ['Ethan', 'Chloé'], ['Owen', 'Ava'], ['Mathieu', 'Hannah'], ['Arjun', 'Priya'], ['Logan', 'Brooke']],
    last: ['Tremblay', 'MacDonald', 'Gagnon', 'Wilson', 'Singh', 'Nguyen', 'Campbell', 'Roy', 'Bouchard', 'Fraser', 'Chan'],
    places: [['Mississauga', 'L5B 3C2', 'ON'], ['Toronto', 'M4E 2V5', 'ON'], ['Ottawa', 'K1S 3W7', 'ON'], ['Burlington', 'L7R 1B9', 'ON'], ['Vancouver', 'V5T 2K4', 'BC'], ['Calgary', 'T2S 0K1', 'AB'], ['Halifax', 'B3H 2Y9', 'NS'], ['Winnipeg', 'R3M 1Z6', 'MB']],
    street: (r) => `${v.int(r, 10, 2400)} ${v.pick(r, ['Lakeshore Rd E', 'Queen St W', 'Maple Grove Dr', 'Bank St', 'Main St', 'Kensington Rd NW', 'Spring Garden Rd'])}`,
    line2: (r) => (r() < 0.25 ? `Unit ${v.int(r, 101, 1908)}` : ''),
    mobile: (r) => `(${v.pick(r, ['416', '647', '905', '613', '604', '403', '902', '204'])}) 555-${pad(v.int(r, 100, 9999), 4)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'rogers.com', 'shaw.ca'] },
  au: { first: [['Jack', 'Charlotte'], ['Lachlan', 'Matilda'], ['Cooper', 'Mia'], ['Oliver', 'Isla'], ['Hamish', 'Zoe'], ['Tom', 'Ella'], ['Kai', 'Sienna']],
    last: ['Smith', 'Nguyen', 'Kelly', 'Wilson', 'Papadopoulos', 'Taylor', 'Murray', 'Tran', 'Rossi', 'Walsh', 'Brown'],
    places: [['Fitzroy', '3065', 'VIC'], ['Brunswick', '3056', 'VIC'], ['Richmond', '3121', 'VIC'], ['Carlton', '3053', 'VIC'], ['Footscray', '3011', 'VIC'], ['West End', '4101', 'QLD'], ['Paddington', '4064', 'QLD'], ['New Farm', '4005', 'QLD'], ['Chermside', '4032', 'QLD']],
    street: (r) => `${r() < 0.3 ? `${v.int(r, 1, 12)}/` : ''}${v.int(r, 1, 180)} ${v.pick(r, ['Smith St', 'Sydney Rd', 'Brunswick St', 'Wattle Ave', 'Boundary St', 'Latrobe Tce', 'Gympie Rd'])}`,
    line2: () => '',
    mobile: (r) => `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'optusnet.com.au'] },
  nz: { first: [['Nikau', 'Aroha'], ['Liam', 'Ruby'], ['Tama', 'Mere'], ['Jacob', 'Hannah'], ['Sione', 'Grace'], ['Finn', 'Olivia'], ['Mason', 'Kahurangi']],
    last: ['Ngata', 'Thompson', 'Walker', 'Anderson', 'Campbell', 'Clarke', 'Parata', 'Fifita', 'Wilson', 'Te Huia', 'Robinson'],
    places: [['Auckland', '1021', 'Auckland', 'Ponsonby'], ['Wellington', '6011', 'Wellington', 'Te Aro'], ['Christchurch', '8041', 'Canterbury', 'Riccarton'], ['Hamilton', '3216', 'Waikato', 'Hillcrest'], ['Tauranga', '3116', 'Bay of Plenty', 'Mount Maunganui'], ['Dunedin', '9010', 'Otago', 'North East Valley'], ['Nelson', '7011', 'Nelson', 'Stoke'], ['Queenstown', '9300', 'Otago', 'Fernhill']],
    street: (r) => `${v.int(r, 1, 220)}${r() < 0.2 ? 'B' : ''} ${v.pick(r, ['Ponsonby Road', 'Kauri Street', 'Riccarton Road', 'Grey Street', 'Totara Avenue', 'Beach Road', 'Main South Road'])}`,
    line2: (r) => (r() < 0.2 ? `Flat ${v.int(r, 1, 8)}` : ''),
    mobile: (r) => `02${v.pick(r, ['1', '2', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.co.nz', 'icloud.com'] },
}
// Queensland people (Brisbane) share the Australian names, streets and phones
LOC.aq = { ...LOC.au, places: [['West End', '4101', 'QLD'], ['Paddington', '4064', 'QLD'], ['New Farm', '4005', 'QLD'], ['Chermside', '4032', 'QLD'], ['Indooroopilly', '4068', 'QLD'], ['Carindale', '4152', 'QLD']] }
LOC.au = { ...LOC.au, places: LOC.au.places.filter((pl) => pl[2] === 'VIC') }
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region, suburb] = v.pick(r, d.places)
  const p = { first, last, female, full: `${first} ${last}`, city, zip, region, suburb: suburb ?? '',
    street: d.street(r), line2: d.line2(r), mobile: d.mobile(r),
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}
// digits-only international mobile (61412345678, 447712345678, 353871234567)
const intl = (m, cc) => `${cc}${m.replace(/\D/g, '').replace(/^0/, '')}`

// ---------------------------------------------------------------- catalogues
// Rocketspark: a Christchurch merino-knitwear shop: [SKU, product, variant, price NZD]
const NZ_ITEMS = [['MER-CREW-FOR', 'Merino Crew Neck Jumper', 'Size: M / Colour: Forest', 189], ['MER-BEAN-CHA', 'Possum Merino Beanie', 'Colour: Charcoal', 59], ['MER-SOCK-3PK', 'Merino Hiking Socks 3-Pack', 'Size: L', 45], ['MER-CARD-OAT', 'Cable Knit Cardigan', 'Size: S / Colour: Oatmeal', 239], ['MER-GLOV-BLK', 'Possum Merino Gloves', 'Size: M/L / Colour: Black', 69], ['MER-THRW-NAT', 'Merino Throw Blanket', 'Colour: Natural', 295]]
// Stallion Express: a Mississauga candle brand's Shopify parcels
const CANDLES = ['Soy candle 8oz', 'Soy candles (2) and wax melts', 'Reed diffuser', 'Candle gift set', 'Wax melts 6pk']
const US_DEST = [['Buffalo', 'NY', '14201'], ['Columbus', 'OH', '43215'], ['Seattle', 'WA', '98103'], ['Austin', 'TX', '78704'], ['Denver', 'CO', '80205'], ['Boston', 'MA', '02118'], ['Portland', 'OR', '97214']]
// Chargent: a Denver continuing-education provider for dental hygienists
const CH_PLANS = [['Monthly', 39], ['Monthly', 59], ['Annual', 429], ['Monthly', 39]]
// Vision-net / Endole / Bookyourdata firms
const IE_FIRMS = [['Lee Valley Engineering Ltd', 'leevalleyeng.ie', '2511', 'Manufacture of metal structures'], ['Shandon Dental Care Limited', 'shandondental.ie', '8623', 'Dental practice activities'], ['Munster Fresh Produce Ltd', 'munsterfresh.ie', '4631', 'Wholesale of fruit and vegetables'], ['Corrib Accountancy Services DAC', 'corribaccountancy.ie', '6920', 'Accounting, bookkeeping and auditing activities'], ['Blackwater Hotels Unlimited Company', 'blackwaterhotels.ie', '5510', 'Hotels and similar accommodation'], ['Nore Logistics Ltd', 'norelogistics.ie', '4941', 'Freight transport by road']]
const GB_FIRMS = [['Aire Valley Plastics Ltd', 'airevalleyplastics.co.uk', '22290 - Manufacture of other plastic products'], ['Calder Homecare Limited', 'calderhomecare.co.uk', '88100 - Social work activities without accommodation for the elderly and disabled'], ['Ridings Law LLP', 'ridingslaw.co.uk', '69102 - Solicitors'], ['Pennine Freight Services Ltd', 'penninefreight.co.uk', '49410 - Freight transport by road'], ['Kirkgate Dental Practice Limited', 'kirkgatedental.co.uk', '86230 - Dental practice activities'], ['Hebden Digital Ltd', 'hebdendigital.co.uk', '62020 - Information technology consultancy activities'], ['Wharfedale Estates Limited', 'wharfedaleestates.co.uk', '68209 - Other letting and operating of own or leased real estate']]
// a firm's stable number from its name (company and CRO numbers, incorporation dates)
const fh = (s) => [...s].reduce((h, ch) => (Math.imul(h, 33) + ch.charCodeAt(0)) >>> 0, 5381)
const US_IND = [['Hospital & Health Care', '8062', '622110'], ['Construction', '1542', '236220'], ['Logistics & Supply Chain', '4213', '484121'], ['Financial Services', '6282', '523930'], ['Manufacturing', '3599', '332710'], ['Retail', '5941', '451110']]

// HelpSpot request status; Chargent [response status, message, reason code]
const hsSt = (o) => row(['Active', 'Problem Solved', 'Active', 'Problem Solved', 'Customer Found Solution', 'Problem Solved', 'Not Fixable', 'Active', 'Spam'], +o.id >> 1)
const chSt = (o) => row([['Approved', 'This transaction has been approved.', '1'], ['Approved', 'This transaction has been approved.', '1'], ['Declined', 'This transaction has been declined.', '2'], ['Approved', 'This transaction has been approved.', '1'], ['Approved', 'This transaction has been approved.', '1'], ['Error', 'The credit card has expired.', '8'], ['Approved', 'This transaction has been approved.', '1']], +o.id >> 1)
// Worldnet: [status, response code, response text]
const wnSt = (o) => row([['APPROVED', 'A', 'APPROVAL'], ['APPROVED', 'A', 'APPROVAL'], ['DECLINED', 'D', 'DECLINED'], ['APPROVED', 'A', 'APPROVAL'], ['APPROVED', 'A', 'APPROVAL'], ['DECLINED', 'D', 'CVV FAILURE'], ['APPROVED', 'A', 'APPROVAL'], ['VOIDED', 'A', 'APPROVAL']], +o.id >> 1)
const cellSt = (o) => row(['Delivered', 'Delivered', 'Delivered', 'Undelivered', 'Delivered', 'Delivered', 'Expired', 'Delivered', 'Pending'], +o.id >> 1)
// Cellcast: the message text, its length and its SMS parts (153 characters a part above 160)
const cellMsg = (c, o) => (+o.id % 3 === 0 ? `Hi ${loc(c, 'aq').first}, winter special: 20% off remedial massage until 31 July. Book: brisphysio.com.au/book Opt-out reply STOP` : `Hi ${loc(c, 'aq').first}, reminder of your physio appt ${dmy(bne(o.at + 2 * day))} at ${h12(bne(o.at + 2 * day))} with Brisbane Physio Group. Reply Y to confirm or call 07 3356 1200.`)
const cellParts = (c, o) => { const n = cellMsg(c, o).length; return n <= 160 ? 1 : Math.ceil(n / 153) }

export const SETS = [
  // ---------------------------------------------------------------- Canada: cross-border shipping service
  { name: 'stallion-express-shipments-export', product: 'Stallion Express (Canadian cross-border shipping for e-commerce sellers; Shipments > Export CSV, one row per parcel, a Mississauga soy-candle brand shipping its Shopify orders mostly to the US, times in Toronto time)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Ship Code', (c, o, r) => `STN${v.alnum(r, 10).toUpperCase()}`, ['_id'], opt],
    ['Created', (c, o) => { const p = et(o.at); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Order ID', (c, o) => `#${1000 + (+o.id % 9000)}`, [OR('purchaseID')]],
    ['Store', () => 'Shopify - northlight-candle-co', []],
    ['Name', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').full : c.full), []],
    ['Company', (c, o, r) => (r() < 0.08 ? c.company : ''), []],
    ['Address1', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').street : c.street), [SHIP('street1')]],
    ['Address2', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').line2 : c.street2), [SHIP('street2')]],
    ['City', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').city : row(US_DEST, +o.id)[0]), [SHIP('city')]],
    ['Province Code', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').region : row(US_DEST, +o.id)[1]), STATE(SHIPA)],
    ['Postal Code', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').zip : row(US_DEST, +o.id)[2]), [SHIP('postalCode')]],
    ['Country Code', (c, o) => (+o.id % 4 === 0 ? 'CA' : 'US'), [SHIP('countryCode')]],
    ['Phone', (c, o, r) => (r() < 0.7 ? (+o.id % 4 === 0 ? loc(c, 'ca').mobile : c.mobile) : ''), PHONE_ID, opt],
    ['Email', (c, o) => (+o.id % 4 === 0 ? loc(c, 'ca').email : c.email), EMAIL_ID, opt],
    ['Postage Type', (c, o) => (+o.id % 4 === 0 ? row(['Canada Post Expedited Parcel', 'Stallion Express Canada Economy'], +o.id >> 2) : row(['USPS Ground Advantage', 'USPS Priority Mail', 'UPS Ground', 'USPS Ground Advantage'], +o.id >> 2)), ['commerce.shipping.shippingMethod']],
    ['Tracking Code', (c, o, r) => (+o.id % 4 === 0 ? `${v.int(r, 10000000, 99999999)}${v.int(r, 10000000, 99999999)}` : (+o.id >> 2) % 4 === 2 ? `1Z${v.alnum(r, 6).toUpperCase()}03${v.int(r, 10000000, 99999999)}` : `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'In Transit', 'Shipped', 'Label Created', 'Returned to Sender']), []],
    ['Weight', (c, o) => (0.4 + o.qty * 0.55).toFixed(2), []],
    ['Weight Unit', () => 'lbs', []],
    ['Length', (c, o) => row(['6', '8', '10', '6'], +o.id), []],
    ['Width', (c, o) => row(['6', '6', '8', '4'], +o.id), []],
    ['Height', (c, o) => row(['4', '5', '6', '4'], +o.id), []],
    ['Size Unit', () => 'in', []],
    ['Package Contents', (c, o) => row(CANDLES, +o.id), [PL('name')], opt],
    ['Value', (c, o) => money(o.subtotal * 0.9), [], opt],
    ['Currency', (c, o) => (+o.id % 4 === 0 ? 'CAD' : 'USD'), [], opt],
    ['Postage Fee', (c, o) => (+o.id % 4 === 0 ? row(['14.87', '11.35'], +o.id >> 2) : row(['7.43', '12.96', '9.81', '6.92'], +o.id >> 2)), ['commerce.shipping.shippingAmount'], opt],
    ['Signature Confirmation', (c, o) => (o.subtotal > 150 ? 'true' : 'false'), []],
    ['Insured', (c, o) => (o.subtotal > 100 ? 'true' : 'false'), []],
    ['Shipped At', (c, o, r) => (r() < 0.85 ? ymd(et(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  // ---------------------------------------------------------------- New Zealand: website builder's shop orders
  { name: 'rocketspark-store-orders-export', product: 'Rocketspark (NZ website builder with an online store; Store > Orders > Export orders CSV, one row per order line, a Christchurch merino-knitwear shop, NZ time, prices GST-inclusive in NZD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => String(1000 + (+o.id % 4000)), [OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = akl(o.at); return `${dmy(p)} ${h12(p, true)}` }, ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Paid', 'Awaiting Payment', 'Cancelled', 'Refunded']), []],
    ['Payment Method', (c, o) => row(['Credit Card', 'Credit Card', 'Bank Transfer', 'PayPal', 'Afterpay'], +o.id), [OR('payments[0].paymentType')]],
    ['First Name', (c) => loc(c, 'nz').first, []],
    ['Last Name', (c) => loc(c, 'nz').last, []],
    ['Email', (c) => loc(c, 'nz').email, EMAIL_ID, opt],
    ['Phone', (c, o, r) => (r() < 0.8 ? loc(c, 'nz').mobile : ''), PHONE_ID, opt],
    ['Shipping Address Line 1', (c) => loc(c, 'nz').street, [SHIP('street1')]],
    ['Shipping Address Line 2', (c) => loc(c, 'nz').line2, [SHIP('street2')]],
    ['Shipping Suburb', (c) => loc(c, 'nz').suburb, [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Shipping City', (c) => loc(c, 'nz').city, [SHIP('city')]],
    ['Shipping Postcode', (c) => loc(c, 'nz').zip, [SHIP('postalCode')]],
    ['Shipping Region', (c) => loc(c, 'nz').region, STATE(SHIPA)],
    ['Shipping Country', () => 'New Zealand', [SHIP('country')]],
    ['Shipping Method', (c, o) => row(['NZ Post Courier', 'NZ Post Courier', 'Rural Delivery', 'Click & Collect - Riccarton showroom'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Product Name', (c, o, r, i) => row(NZ_ITEMS, i + +o.id)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(NZ_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Variant', (c, o, r, i) => row(NZ_ITEMS, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => money(row(NZ_ITEMS, i + +o.id)[3]), [], opt],
    ['Line Total', (c, o, r, i) => money(row(NZ_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Discount Code', (c, o) => (o.discount ? 'KIAORA10' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (o.discount ? money(row(NZ_ITEMS, i + +o.id)[3] * 0.1) : '0.00'), [OR('discountAmount')]],
    ['Shipping', (c, o) => (+o.id % 4 === 3 ? '0.00' : row(['9.50', '9.50', '14.50'], +o.id)), ['commerce.shipping.shippingAmount']],
    ['GST', (c, o, r, i) => { const t = row(NZ_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (o.discount ? 0.9 : 1) + (+o.id % 4 === 3 ? 0 : +row(['9.50', '9.50', '14.50'], +o.id)); return money(t * 3 / 23) }, [OR('taxAmount')]],
    ['Order Total', (c, o, r, i) => money(row(NZ_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (o.discount ? 0.9 : 1) + (+o.id % 4 === 3 ? 0 : +row(['9.50', '9.50', '14.50'], +o.id))), [OR('priceTotal')]],
    ['Currency', () => 'NZD', [OR('currencyCode'), PL('currencyCode')]],
    ['Customer Notes', (c, o, r) => v.pick(r, ['', '', '', 'Gift - please leave the price off', 'Leave at back door if no one home']), []],
    ['Newsletter', (c) => (c.bool ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Ireland: card gateway
  { name: 'worldnet-selfcare-transactions-export', product: 'Worldnet (Dublin payment gateway, now part of Nuvei; SelfCare merchant portal > Transactions > Search > Export to CSV, one row per card transaction, a Kilkenny craft-gin distillery\'s web shop and tour bookings, Irish time, EUR)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => { const p = dub(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Terminal ID', (c, o) => (+o.id % 5 === 0 ? '5391002' : '5391001'), []],
    ['Unique Ref', (c, o, r) => v.alnum(r, 10).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o) => (+o.id % 5 === 0 ? `TOUR-${20000 + (+o.id % 9000)}` : `WEB${100000 + +o.id}`), [OR('purchaseID')]],
    ['Transaction Type', (c, o) => (+o.id % 13 === 0 ? 'REFUND' : 'SALE'), [], opt],
    ['Status', (c, o) => wnSt(o)[0], []],
    ['Response Code', (c, o) => wnSt(o)[1], []],
    ['Response Text', (c, o) => wnSt(o)[2], []],
    ['Approval Code', (c, o, r) => (wnSt(o)[1] === 'A' ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['Amount', (c, o) => (+o.id % 5 === 0 ? money(35 * o.qty) : money(o.total * 1.6)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Card Type', (c, o, r) => v.pick(r, ['VISA DEBIT', 'VISA DEBIT', 'MASTERCARD', 'VISA', 'DEBIT MASTERCARD', 'AMEX']), [], opt],
    ['Card Number', (c, o, r) => `${v.pick(r, ['476173', '535522', '454313', '516730'])}******${v.int(r, 1000, 9999)}`, []],
    ['Cardholder Name', (c) => loc(c, 'ie').full.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''), []],
    ['Email', (c) => loc(c, 'ie').email, EMAIL_ID, opt],
    ['Phone', (c, o, r) => (r() < 0.6 ? loc(c, 'ie').mobile : ''), PHONE_ID, opt],
    ['Address 1', (c) => loc(c, 'ie').street, [BILL('street1')]],
    ['Address 2', (c) => loc(c, 'ie').line2, [BILL('street2')]],
    ['Postcode', (c, o, r) => (r() < 0.85 ? loc(c, 'ie').zip : ''), [BILL('postalCode')]],
    ['Country', (c, o) => (+o.id % 9 === 0 ? 'GB' : 'IE'), [BILL('countryCode')], opt],
    ['AVS Result', (c, o, r) => v.pick(r, ['Y', 'Y', 'A', 'Z', 'N', 'U']), []],
    ['CVV Result', (c, o, r) => v.pick(r, ['M', 'M', 'M', 'N']), []],
    ['3DS Result', (c, o, r) => v.pick(r, ['Y', 'Y', 'A', 'N/A']), []],
    ['Customer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Description', (c, o) => (+o.id % 5 === 0 ? `Distillery tour & tasting x${o.qty}` : 'Online shop order'), [], opt],
    ['Settled', (c, o, r) => (r() < 0.85 ? 'Y' : 'N'), []],
    ['Settlement Date', (c, o, r) => (r() < 0.85 ? dmy(dub(o.at + day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Australia: SMS platform
  { name: 'cellcast-sent-messages-report', product: 'Cellcast (Australian SMS platform; Reports > Sent Messages > Export CSV, one row per message, a Brisbane physiotherapy group\'s appointment reminders and a winter promo, AEST)', family: 'sms', language: 'en', schema: E, cols: [
    ['Message ID', (c, o, r) => v.hex(r, 32).toUpperCase(), ['_id']],
    ['Date Sent', (c, o) => { const p = bne(o.at); return `${dmy(p)} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }, ['timestamp']],
    ['Recipient', (c) => intl(loc(c, 'aq').mobile, '61'), PHONE_ID],
    ['Sender ID', (c, o) => (+o.id % 3 === 0 ? 'BrisPhysio' : '61429883112'), []],
    ['Message', (c, o) => cellMsg(c, o), []],
    ['Characters', (c, o) => String(cellMsg(c, o).length), []],
    ['SMS Parts', (c, o) => String(cellParts(c, o)), []],
    ['Credits Used', (c, o) => String(cellParts(c, o)), []],
    ['Status', (c, o) => cellSt(o), []],
    ['Delivered At', (c, o) => (cellSt(o) === 'Delivered' ? (() => { const p = bne(o.at + 9000); return `${dmy(p)} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` })() : ''), [], opt],
    ['Campaign', (c, o) => (+o.id % 3 === 0 ? 'Winter Massage Promo' : ''), ['marketing.campaignName'], opt],
    ['Contact List', (c, o) => (+o.id % 3 === 0 ? 'Active Patients 2024' : ''), []],
    ['First Name', (c) => loc(c, 'aq').first, []],
    ['Last Name', (c) => loc(c, 'aq').last, []],
    ['Send Method', (c, o) => (+o.id % 3 === 0 ? 'Bulk SMS' : 'API'), []],
    ['Network', (c, o, r) => v.pick(r, ['Telstra', 'Optus', 'Vodafone', 'Telstra']), ['environment.carrier'], opt],
    ['Replies', (c, o, r) => (+o.id % 3 === 0 ? (r() < 0.05 ? '1' : '0') : (r() < 0.6 ? '1' : '0')), []],
    ['Opted Out', (c, o, r) => (r() < 0.04 ? 'Yes' : 'No'), []],
    ['Country', () => 'AU', [], opt],
    ['Cost (AUD)', () => '0.045', []],
  ] },
  // ---------------------------------------------------------------- US: help desk requests
  { name: 'helpspot-requests-filter-export', product: 'HelpSpot (help desk; Workspace > filter > Export to CSV, one row per request, with custom fields, a Columbus, Ohio home-fitness equipment retailer, US Eastern time)', family: 'support', language: 'en', schema: E, cols: [
    ['ID', (c, o) => String(12000 + (+o.id % 8000)), ['_id']],
    ['Opened', (c, o) => { const p = et(o.at); return `${mdy(p)} ${h12(p)}` }, ['timestamp']],
    ['Customer ID', (c, o) => (+o.id % 3 ? `C${c.id}` : ''), CUST_ID, opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Phone', (c, o) => (+o.id % 2 ? usPhone(c) : ''), PHONE_ID, opt],
    ['Subject', (c, o) => row(['Where is my order?', 'Treadmill belt slipping', 'Missing hardware bag for rower', 'Return request', 'Double charged on my card', 'Assembly question'], +o.id), []],
    ['Initial Request', (c, o) => row(['Ordered two weeks ago and tracking has not moved since Tuesday.', 'The belt slips when I go above 6 mph, already tightened it.', 'Box arrived without the bolt kit (bag C).', 'The bike is too big for our apartment, can I return it?', 'I see two charges of the same amount on my statement.', 'Step 7 of the manual does not match the parts I received.'], +o.id), []],
    ['Category', (c, o) => row(['Orders & Shipping', 'Warranty', 'Parts', 'Returns', 'Billing', 'Assembly Help'], +o.id), []],
    ['Status', (c, o) => hsSt(o), []],
    ['Open', (c, o) => (hsSt(o) === 'Active' ? 'Open' : 'Closed'), []],
    ['Assigned To', (c, o) => row(['Tasha Greene', 'Marcus Webb', 'Inbox', 'Rob Kowalski'], +o.id >> 1), []],
    ['Contacted Via', (c, o) => row(['Email', 'Web Form', 'Phone', 'Email', 'Chat'], +o.id), []],
    ['Urgent', (c, o) => (+o.id % 11 === 0 ? 'Yes' : 'No'), []],
    ['Mailbox', (c, o) => (+o.id % 5 === 2 ? '' : 'support@ironridgefitness.com'), []],
    ['Last Update', (c, o) => { const p = et(o.at + (1 + +o.id % 5) * day); return `${mdy(p)} ${h12(p)}` }, [], opt],
    ['Closed', (c, o) => (hsSt(o) !== 'Active' ? (() => { const p = et(o.at + (2 + +o.id % 6) * day); return `${mdy(p)} ${h12(p)}` })() : ''), [], opt],
    ['Replies', (c, o) => String(1 + (+o.id % 6)), []],
    ['Time Tracked', (c, o) => `0:${pad(5 + (+o.id % 50))}`, []],
    ['Reporting Tags', (c, o) => row(['late delivery', 'belt, warranty claim', '', 'return - size', 'duplicate charge', ''], +o.id), []],
    ['Custom: Order Number', (c, o) => (+o.id % 6 === 5 ? '' : `IRF-${200000 + (+o.id % 90000)}`), [OR('purchaseID')], opt],
    ['Custom: Product Model', (c, o) => row(['T-640 Folding Treadmill', 'T-640 Folding Treadmill', 'R-200 Magnetic Rower', 'S-15 Spin Bike', '', 'R-200 Magnetic Rower'], +o.id), [PL('name')], opt],
    ['Custom: Serial Number', (c, o, r) => (+o.id % 6 === 1 ? `IRT640-${v.int(r, 100000, 999999)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- US: Salesforce-native recurring billing
  { name: 'chargent-transactions-report-export', product: 'Chargent (AppFrontier payment app inside Salesforce; Reports > "Transactions with Chargent Orders" > Export, Details Only, CSV, one row per transaction, a Denver continuing-education provider billing dental hygienists monthly and annual memberships, US Mountain time)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['Transaction Name', (c, o) => `T-${pad(4000 + (+o.id % 6000), 7)}`, ['_id'], opt],
    ['Chargent Order: Chargent Order Name', (c) => `CO-${pad(1000 + (+c.id % 9000), 7)}`, [OR('purchaseID')]],
    ['Gateway Date', (c, o) => { const p = mt(o.at); return `${mdyBare(p)} ${h12(p)}` }, ['timestamp']],
    ['Type', (c, o) => (+o.id % 17 === 0 ? 'Refund' : 'Charge'), [], opt],
    ['Response Status', (c, o) => chSt(o)[0], []],
    ['Response Message', (c, o) => chSt(o)[1], []],
    ['Reason Code', (c, o) => chSt(o)[2], []],
    ['Gateway ID', (c, o, r) => String(v.int(r, 60000000000, 69999999999)), [OR('payments[0].transactionID')]],
    ['Amount', (c) => money(row(CH_PLANS, +c.id)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Payment Method', (c, o) => (+o.id % 7 === 0 ? 'eCheck' : 'Credit Card'), [OR('payments[0].paymentType')]],
    ['Credit Card Type', (c, o, r) => (+o.id % 7 === 0 ? '' : v.pick(r, ['Visa', 'Visa', 'Mastercard', 'American Express', 'Discover'])), [], opt],
    ['Card Last 4', (c, o, r) => (+o.id % 7 === 0 ? '' : String(v.int(r, 1000, 9999))), []],
    ['Recurring', (c) => (row(CH_PLANS, +c.id)[0] === 'Monthly' ? '1' : '0'), []],
    ['Chargent Order: Billing First Name', (c) => c.first, []],
    ['Chargent Order: Billing Last Name', (c) => c.last, []],
    ['Chargent Order: Billing Email', (c) => c.email, EMAIL_ID, opt],
    ['Chargent Order: Billing Phone', (c) => usPhone(c), PHONE_ID, opt],
    ['Chargent Order: Billing Address', (c) => c.street, [BILL('street1')]],
    ['Chargent Order: Billing City', (c) => c.city, [BILL('city')]],
    ['Chargent Order: Billing State/Province', (c) => c.region, STATE(BILLA)],
    ['Chargent Order: Billing Zip/Postal Code', (c) => c.postcode, [BILL('postalCode')]],
    ['Chargent Order: Billing Country', () => 'United States', [BILL('country')]],
    ['Chargent Order: Payment Frequency', (c) => row(CH_PLANS, +c.id)[0], []],
    ['Chargent Order: Payment Status', (c, o, r) => v.pick(r, ['Recurring', 'Recurring', 'Automated Collection', 'Stopped', 'Complete']), []],
    ['Chargent Order: Next Transaction Date', (c, o) => mdyBare(mt(o.at + (row(CH_PLANS, +c.id)[0] === 'Monthly' ? 30 : 365) * day)), [], opt],
    ['Chargent Order: Account Name', (c, o) => (+o.id % 3 === 0 ? `${c.last} Family Dental` : `${c.full} (Individual)`), []],
  ] },
  // ---------------------------------------------------------------- Canada: marketing automation leads
  { name: 'wishpond-leads-export', product: 'Wishpond (Vancouver marketing-automation suite; Leads > All Leads > Export CSV, one row per lead, with contest-referral and custom form fields, an Ottawa home-renovation company\'s landing pages, pop-ups and a kitchen-makeover giveaway)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['Lead ID', (c) => String(90000000 + +c.id * 7), ['_id', 'personID']],
    ['Email', (c) => loc(c, 'ca').email, ['personalEmail.address']],
    ['First Name', (c) => loc(c, 'ca').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'ca').last, ['person.name.lastName']],
    ['Phone Number', (c, o, r) => (r() < 0.75 ? loc(c, 'ca').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c, o, r) => (r() < 0.6 ? loc(c, 'ca').street : ''), at(HOME, 'street1')],
    ['City', (c) => loc(c, 'ca').city, at(HOME, 'city')],
    ['Province', (c) => loc(c, 'ca').region, STATE(HOME)],
    ['Postal Code', (c) => loc(c, 'ca').zip, at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Birthday', (c, o, r) => (r() < 0.3 ? ymd(utc(c.birth)) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.5 ? (loc(c, 'ca').female ? 'female' : 'male') : ''), ['person.gender']],
    ['Lead Score', (c, o) => String(+o.id % 120), []],
    ['Subscribed', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Created At', (c) => `${new Date(c.created).toISOString().slice(0, 19).replace('T', ' ')} UTC`, [], opt],
    ['Last Activity', (c) => `${new Date(later(c)).toISOString().slice(0, 19).replace('T', ' ')} UTC`, [], opt],
    ['Source', (c, o) => row(['Landing Page: Free Reno Quote', 'Popup: Spring Design Guide', 'Contest: Win a Kitchen Makeover', 'Form: Contact Us'], +o.id), []],
    ['UTM Source', (c, o) => row(['google', 'facebook', 'facebook', ''], +o.id), []],
    ['UTM Medium', (c, o) => row(['cpc', 'paid_social', 'referral', ''], +o.id), []],
    ['UTM Campaign', (c, o) => row(['reno_quote_ottawa', 'spring_guide', 'kitchen_giveaway_2024', ''], +o.id), [], opt],
    ['Referrals', (c, o) => (+o.id % 4 === 2 ? String(+o.id % 7) : '0'), []],
    ['Lists', (c, o) => row(['Quote Requests', 'Newsletter', 'Giveaway Entrants; Newsletter', 'Quote Requests'], +o.id), []],
    ['Tags', (c, o) => row(['kitchen', 'basement', '', 'bathroom, hot lead'], +o.id >> 1), []],
    ['What project are you planning?', (c, o) => row(['Kitchen remodel', 'Basement finishing', 'Bathroom renovation', 'Not sure yet'], +o.id >> 1), []],
    ['IP Address', (c, o, r) => v.ip4(r), [], opt],
  ] },
  // ---------------------------------------------------------------- Australia: café loyalty platform
  { name: 'rewardle-members-export', product: 'Rewardle (Australian digital loyalty platform for cafés and small retailers; Merchant Dashboard > Members > Export, one row per member, a Melbourne café group with four venues, dates dd/MM/yyyy)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(3000000 + +c.id * 3), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['First Name', (c) => loc(c, 'au').first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.85 ? loc(c, 'au').last : ''), ['person.name.lastName']],
    ['Email', (c) => loc(c, 'au').email, ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? loc(c, 'au').mobile : ''), ['mobilePhone.number']],
    ['Gender', (c, o, r) => (r() < 0.8 ? (loc(c, 'au').female ? 'Female' : 'Male') : 'Unspecified'), ['person.gender']],
    ['Date of Birth', (c, o, r) => (r() < 0.55 ? dmy(utc(c.birth)) : ''), ['person.birthDate']],
    ['Suburb', (c) => loc(c, 'au').city, at(HOME, 'city')],
    ['Postcode', (c) => loc(c, 'au').zip, at(HOME, 'postalCode')],
    ['State', (c) => loc(c, 'au').region, STATE(HOME)],
    ['Card Number', (c, o, r) => (r() < 0.3 ? `RW${v.int(r, 10000000, 99999999)}` : ''), ['loyalty.cardsDetails[0].number'], opt],
    ['Joined', (c) => dmy(mel(c.created)), ['loyalty.joinDate']],
    ['Joined At', (c, o) => row(['Bean & Bough Fitzroy', 'Bean & Bough Brunswick', 'Bean & Bough Carlton', 'Bean & Bough Footscray'], +o.id), []],
    ['Join Method', (c, o) => row(['Tablet', 'Rewardle App', 'Tablet', 'Card'], +o.id >> 1), []],
    ['Points Balance', (c, o) => String(+o.id % 95), ['loyalty.points']],
    ['Lifetime Points', (c, o) => String(95 + (+o.id % 1400)), ['loyalty.lifetimePoints']],
    ['Rewards Redeemed', (c, o) => String(+o.id % 14), [], opt],
    ['Visits', (c, o) => String(3 + (+o.id % 160)), []],
    ['Last Visit', (c) => dmy(mel(later(c))), [], opt],
    ['Total Spend', (c, o) => `$${thou((3 + (+o.id % 160)) * 11.6)}`, ['loyalty.lifetimePurchases'], opt],
    ['Email Opt-In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Opt-In', (c, o) => (+o.id % 3 === 0 ? 'Yes' : 'No'), [], opt],
    ['Status', (c, o) => (+o.id % 9 === 0 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- UK: e-mail marketing contacts
  { name: 'communicator-contacts-export', product: 'Communicator (Communicator Corp, UK e-mail marketing platform; Contacts > Export contacts, CSV, one row per contact, a Yorkshire garden-centre group with a loyalty club, dates dd/MM/yyyy)', family: 'email', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(7100000 + +c.id), ['_id', 'personID']],
    ['Email Address', (c) => loc(c, 'gb').email, ['personalEmail.address']],
    ['Title', (c, o, r) => (r() < 0.7 ? (loc(c, 'gb').female ? v.pick(r, ['Mrs', 'Ms', 'Miss']) : 'Mr') : ''), ['person.name.courtesyTitle']],
    ['Forename', (c) => loc(c, 'gb').first, ['person.name.firstName']],
    ['Surname', (c) => loc(c, 'gb').last, ['person.name.lastName']],
    ['Mobile Number', (c, o, r) => (r() < 0.6 ? loc(c, 'gb').mobile : ''), ['mobilePhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.4 ? dmy(utc(c.birth)) : ''), ['person.birthDate']],
    ['Address Line 1', (c) => loc(c, 'gb').street, at(HOME, 'street1')],
    ['Address Line 2', (c) => loc(c, 'gb').line2, at(HOME, 'street2')],
    ['Town', (c) => loc(c, 'gb').city, at(HOME, 'city')],
    ['County', (c) => loc(c, 'gb').region, STATE(HOME), opt],
    ['Postcode', (c) => loc(c, 'gb').zip, at(HOME, 'postalCode')],
    ['Country', () => 'United Kingdom', at(HOME, 'country')],
    ['Club Card Number', (c, o, r) => (r() < 0.65 ? `GC${pad(+c.id * 7 % 10000000, 7)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Preferred Centre', (c, o) => row(['Harrogate', 'Ilkley', 'Wakefield', 'York'], +o.id), []],
    ['Subscribed', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['Date Subscribed', (c) => dmy(lon(c.created)), [], opt],
    ['Date Unsubscribed', (c) => (c.bool ? '' : dmy(lon(later(c)))), [], opt],
    ['Bounce Status', (c, o) => row(['None', 'None', 'None', 'Soft Bounce', 'None', 'Hard Bounce'], +o.id), ['personalEmail.status'], opt],
    ['Email Format', () => 'HTML', []],
    ['Source', (c, o) => row(['Till sign-up', 'Website', 'Club Card form', 'Import'], +o.id >> 1), []],
    ['Last Opened', (c, o) => (+o.id % 4 === 3 ? '' : `${dmy(lon(later(c)))} ${hm(lon(later(c)))}`), [], opt],
    ['Last Clicked', (c, o) => (+o.id % 3 === 0 ? `${dmy(lon(later(c)))} ${hm(lon(later(c)))}` : ''), [], opt],
    ['Mailing Lists', (c, o) => row(['Newsletter', 'Newsletter; Club Offers', 'Club Offers; Events', 'Newsletter'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- UK: company officers (B2B)
  { name: 'endole-suite-companies-officers-export', product: 'Endole (UK company information; Endole Suite > Prospecting > list > Export CSV, one row per company with one active officer, Companies House data, a Leeds IT managed-services provider prospecting Yorkshire SMEs)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Company Name', (c, o) => row(GB_FIRMS, +o.id)[0], CO],
    ['Company Number', (c, o) => pad(1000000 + fh(row(GB_FIRMS, +o.id)[0]) % 14000000, 8), []],
    ['Company Status', (c, o) => (+o.id % 17 === 0 ? 'Active - Proposal to Strike off' : 'Active'), []],
    ['Company Type', (c, o) => (/LLP/.test(row(GB_FIRMS, +o.id)[0]) ? 'Limited Liability Partnership' : 'Private Limited Company'), []],
    ['Incorporation Date', (c, o) => { const h = fh(row(GB_FIRMS, +o.id)[0]); return `${pad(1 + h % 28)}/${pad(1 + h % 12)}/${1988 + h % 34}` }, []],
    ['SIC Code 1', (c, o) => row(GB_FIRMS, +o.id)[2], []],
    ['Registered Address Line 1', (c) => loc(c, 'gb').street.replace(/^(\d+)/, 'Unit $1,'), [W('street1')]],
    ['Registered Address Line 2', (c, o) => row(['Thorp Arch Estate', '', 'Kirkstall Road', ''], +o.id), [W('street2')]],
    ['Registered Address Town', (c) => loc(c, 'gb').city, [W('city')]],
    ['Registered Address County', (c) => loc(c, 'gb').region, STATE(['workAddress']), opt],
    ['Registered Address Postcode', (c) => loc(c, 'gb').zip, [W('postalCode')]],
    ['Registered Address Country', () => 'United Kingdom', [W('country')]],
    ['Telephone', (c, o, r) => (r() < 0.7 ? `0113 ${v.int(r, 200, 499)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Website', (c, o, r) => (r() < 0.8 ? `www.${row(GB_FIRMS, +o.id)[1]}` : ''), ['b2b.companyWebsite']],
    ['Employees', (c, o) => row(['10-49', '50-249', '1-9', '10-49', '250+'], +o.id), []],
    ['Turnover', (c, o, r) => `£${(v.int(r, 4, 380) / 10).toFixed(1)}m`, []],
    ['Net Assets', (c, o, r) => `£${thou(v.int(r, -50000, 2500000)).replace(/\.\d\d$/, '')}`, []],
    ['Endole Score', (c, o, r) => String(v.int(r, 12, 98)), []],
    ['Officer Title', (c, o, r) => (loc(c, 'gb').female ? v.pick(r, ['Mrs', 'Ms', 'Dr']) : v.pick(r, ['Mr', 'Mr', 'Dr'])), ['person.name.courtesyTitle']],
    ['Officer First Name', (c) => loc(c, 'gb').first, ['person.name.firstName']],
    ['Officer Surname', (c) => loc(c, 'gb').last, ['person.name.lastName']],
    ['Officer Role', (c, o) => (/LLP/.test(row(GB_FIRMS, +o.id)[0]) ? 'LLP Designated Member' : row(['Director', 'Director', 'Secretary', 'Director'], +o.id >> 1)), ['extendedWorkDetails.jobTitle']],
    ['Officer Appointed On', (c, o, r) => `${pad(v.int(r, 1, 28))}/${pad(v.int(r, 1, 12))}/${v.int(r, 1995, 2023)}`, []],
    ['Officer Nationality', (c, o, r) => (r() < 0.9 ? 'British' : 'Irish'), ['person.nationality'], opt],
    ['Officer Date of Birth', (c) => { const p = utc(c.birth); return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][p.m - 1]} ${p.y}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Ireland: company contacts (B2B)
  { name: 'vision-net-marketing-list-download', product: 'Vision-net (Irish company information; Marketing Lists > Download CSV, one row per company with a named contact, CRO data, a Cork office-supplies and print distributor\'s prospect list for Munster)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Company Name', (c, o) => row(IE_FIRMS, +o.id)[0], CO],
    ['Trading Name', (c, o) => (+o.id % 3 === 0 ? row(IE_FIRMS, +o.id)[0].replace(/ (Ltd|Limited|DAC|Unlimited Company)$/, '') : ''), CO, opt],
    ['CRO Number', (c, o) => String(100000 + fh(row(IE_FIRMS, +o.id)[0]) % 645000), []],
    ['Company Type', (c, o) => (/DAC/.test(row(IE_FIRMS, +o.id)[0]) ? 'Designated Activity Company' : /Unlimited/.test(row(IE_FIRMS, +o.id)[0]) ? 'Unlimited Company' : 'LTD - Private Company Limited by Shares'), []],
    ['Date Incorporated', (c, o) => { const h = fh(row(IE_FIRMS, +o.id)[0]); return `${pad(1 + h % 28)}/${pad(1 + h % 12)}/${1979 + h % 42}` }, []],
    ['Address 1', (c) => loc(c, 'ie').street.replace(/^\d+ /, 'Unit $&'), [W('street1')]],
    ['Address 2', (c, o) => row(['Kilbarry Business Park', 'Little Island', '', 'Ballincollig'], +o.id), [W('street2')]],
    ['Address 3', (c, o) => row(['', 'Co. Cork', '', ''], +o.id), [W('street3')], opt],
    ['Town', (c) => loc(c, 'ie').city, [W('city')]],
    ['County', (c) => loc(c, 'ie').region, STATE(['workAddress']), opt],
    ['Eircode', (c, o, r) => (r() < 0.85 ? loc(c, 'ie').zip : ''), [W('postalCode')]],
    ['Phone', (c, o, r) => `0${v.pick(r, ['21', '21', '61', '51', '56'])} ${v.int(r, 400, 499)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Website', (c, o) => `www.${row(IE_FIRMS, +o.id)[1]}`, ['b2b.companyWebsite']],
    ['Company Email', (c, o) => `info@${row(IE_FIRMS, +o.id)[1]}`, ['workEmail.address'], opt],
    ['NACE Code', (c, o) => row(IE_FIRMS, +o.id)[2], []],
    ['NACE Description', (c, o) => row(IE_FIRMS, +o.id)[3], []],
    ['Employees', (c, o) => row(['10-19', '20-49', '5-9', '50-99', '100-249', '20-49'], +o.id), []],
    ['Turnover Band', (c, o) => row(['€1m - €2.5m', '€2.5m - €5m', '€500k - €1m', '€5m - €10m'], +o.id >> 1), []],
    ['Contact Title', (c, o, r) => (loc(c, 'ie').female ? v.pick(r, ['Ms', 'Mrs']) : 'Mr'), ['person.name.courtesyTitle']],
    ['Contact First Name', (c) => loc(c, 'ie').first, ['person.name.firstName']],
    ['Contact Surname', (c) => loc(c, 'ie').last, ['person.name.lastName']],
    ['Contact Position', (c, o) => row(['Managing Director', 'Financial Controller', 'Office Manager', 'Director', 'Operations Manager'], +o.id), ['extendedWorkDetails.jobTitle']],
    ['Company Status', (c, o) => (+o.id % 19 === 0 ? 'Liquidation' : 'Normal'), []],
  ] },
  // ---------------------------------------------------------------- US: business contacts list (B2B)
  { name: 'bookyourdata-contacts-download', product: 'BookYourData (US B2B contact lists; Build a List > Download CSV, one row per contact with firmographics, a Dallas commercial-cleaning company\'s prospect list of facility and office managers)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Record ID', (c, o, r) => `BYD${v.int(r, 10000000, 99999999)}`, B2BID, opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Job Title', (c, o) => row(['Facilities Manager', 'Office Manager', 'Director of Operations', 'VP Facilities', 'Property Manager', 'Operations Manager'], +o.id), ['extendedWorkDetails.jobTitle']],
    ['Management Level', (c, o) => row(['Manager', 'Manager', 'Director', 'VP', 'Manager', 'Manager'], +o.id), []],
    ['Job Function', (c, o) => row(['Facilities', 'Administration', 'Operations', 'Facilities', 'Real Estate', 'Operations'], +o.id), ['extendedWorkDetails.departments[0]'], opt],
    ['Email Address', (c) => c.workEmail, ['workEmail.address']],
    ['Email Status', (c, o) => row(['Verified', 'Verified', 'Accept All', 'Verified'], +o.id >> 1), ['workEmail.status'], opt],
    ['Direct Phone', (c, o) => (+o.id % 3 ? usPhone(c) : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o) => (+o.id % 4 === 1 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company Name', (c) => c.company, CO],
    ['Website', (c) => `www.${slug(c.company).slice(0, 12)}.com`, ['b2b.companyWebsite']],
    ['Company Phone', (c, o, r) => `(${v.int(r, 201, 989)}) 555-${pad(v.int(r, 100, 9999), 4)}`, ['workPhone.number'], opt],
    ['Address', (c) => c.street, [W('street1')]],
    ['City', (c) => c.city, [W('city')]],
    ['State', (c) => c.region, STATE(['workAddress'])],
    ['Zip Code', (c) => c.postcode, [W('postalCode')]],
    ['Country', () => 'USA', [W('country'), W('countryCode')], opt],
    ['Industry', (c, o) => row(US_IND, +o.id)[0], []],
    ['SIC Code', (c, o) => row(US_IND, +o.id)[1], []],
    ['NAICS Code', (c, o) => row(US_IND, +o.id)[2], []],
    ['Employee Size', (c, o) => row(['50 - 99', '100 - 249', '250 - 499', '20 - 49', '500 - 999'], +o.id >> 1), []],
    ['Revenue Size', (c, o) => row(['$10 - 20 Million', '$20 - 50 Million', '$5 - 10 Million', '$50 - 100 Million'], +o.id >> 2), []],
    ['LinkedIn URL', (c) => `linkedin.com/in/${slug(c.first)}-${slug(c.last)}`, []],
    ['Last Verified', (c) => mdy(utc(c.updated)), [], opt],
  ] },
]
