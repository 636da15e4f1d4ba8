// Round 98, heldout98: held-out sets written apart by a helper that never opened the suggester or a score. Same format
// as sets.mjs (sources in ../README.md). English-language commerce from the US, UK, Ireland, Canada, Australia and New
// Zealand: a UK OMS/WMS order export, a US 3PL's order lines, a New Zealand buy-now-pay-later transaction report, an
// Australian hospitality POS transaction journal, an Australian marketplace's seller order export, a UK returns
// platform's returned items, an Irish card gateway's transaction download, a US product-review export, a US
// restaurant loyalty programme's members, a UK shop platform's customers, a US recurring-payments customer list and a
// Canadian subscription-billing platform's customers. Headers in English as each product writes them.
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const mon = (ms) => new Date(ms).getUTCMonth() + 1
// local clocks written without their offset (summer time approximated by month)
const ukT = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(mon(ms)) ? 1 : 0)
const ieT = ukT
const usET = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(mon(ms)) ? -4 : -5)
const usCT = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(mon(ms)) ? -5 : -6)
const caET = usET
const syd = (ms) => shift(ms, [10, 11, 12, 1, 2, 3].includes(mon(ms)) ? 11 : 10)
const bne = (ms) => shift(ms, 10)
const akl = (ms) => shift(ms, [10, 11, 12, 1, 2, 3].includes(mon(ms)) ? 13 : 12)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const h12 = (p) => `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const n2 = (n) => n.toFixed(2)
const money = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const bd = (ms) => v.parts(ms)
const upd = (c) => c.created + ((+c.id % 300) + 1) * day + (+c.id % 86400) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]
const SHIPO = ['commerce.shipping.address']
const REFUND = [OR('refundTotal'), OR('refunds[0].refundAmount')]

// ---------------------------------------------------------------- local people, seeded by the row's person
// places: [city/town/suburb, region (county/state/province), postcode, extra]
const LOC = {
  uk: { first: [['Oliver', 'Amelia'], ['George', 'Isla'], ['Harry', 'Olivia'], ['Jack', 'Emily'], ['Jacob', 'Poppy'], ['Thomas', 'Jessica'], ['Callum', 'Niamh'], ['Rhys', 'Sophie']],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Patel', 'Khan', 'Wright', 'Walker', 'Hughes', 'Robinson', 'Campbell'],
    places: [['London', 'Greater London', 'SE15 4QN'], ['Manchester', 'Greater Manchester', 'M20 2RN'], ['Leeds', 'West Yorkshire', 'LS6 3BN'], ['Bristol', 'Avon', 'BS7 8PL'], ['Sheffield', 'South Yorkshire', 'S11 8YB'], ['Edinburgh', 'Midlothian', 'EH10 4BF'], ['Cardiff', 'South Glamorgan', 'CF24 3AA'], ['Nottingham', 'Nottinghamshire', 'NG7 1FB'], ['Brighton', 'East Sussex', 'BN1 6AG'], ['Belfast', 'County Antrim', 'BT9 6FF']],
    street: (r) => `${v.int(r, 1, 240)} ${v.pick(r, ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Avenue', 'Queens Road', 'The Crescent', 'Albert Road', 'Kings Drive'])}`,
    flat: (r) => (r() < 0.25 ? `Flat ${v.int(r, 1, 24)}` : ''),
    mobile: (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`,
    phone: (r) => `0${v.pick(r, ['20 7946', '161 496', '113 496', '117 496', '114 496', '131 496'])} ${pad(v.int(r, 0, 999), 3)}${v.int(r, 0, 9)}`,
    mail: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com'] },
  ie: { first: [['Jack', 'Emily'], ['Conor', 'Aoife'], ['Seán', 'Ciara'], ['Darragh', 'Niamh'], ['Cian', 'Sinéad'], ['Oisín', 'Róisín']],
    last: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", 'Doyle', 'McCarthy', 'Gallagher'],
    places: [['Dublin 6', 'Dublin', 'D06 F2X3'], ['Cork', 'Cork', 'T12 X8KN'], ['Galway', 'Galway', 'H91 E2K5'], ['Limerick', 'Limerick', 'V94 T9PX'], ['Kilkenny', 'Kilkenny', 'R95 P4FX'], ['Naas', 'Kildare', 'W91 KX26']],
    street: (r) => `${v.int(r, 1, 120)} ${v.pick(r, ['Main Street', 'Church Road', 'Ashfield Park', 'Grange Road', 'Oakwood Avenue', 'Castle Street'])}`,
    flat: () => '',
    mobile: (r) => `08${v.pick(r, ['3', '5', '6', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    phone: (r) => `0${v.pick(r, ['1', '21', '91', '61'])} ${v.int(r, 200, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie', 'yahoo.ie'] },
  au: { first: [['Jack', 'Charlotte'], ['William', 'Olivia'], ['Noah', 'Mia'], ['Lachlan', 'Chloe'], ['Oliver', 'Isla'], ['Cooper', 'Matilda'], ['Thomas', 'Ruby']],
    last: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Anderson', 'Thompson', 'Kelly', 'Martin', 'Ryan', 'Singh'],
    places: [['Surry Hills', 'NSW', '2010'], ['Parramatta', 'NSW', '2150'], ['Fitzroy', 'VIC', '3065'], ['Geelong', 'VIC', '3220'], ['Paddington', 'QLD', '4064'], ['Burleigh Heads', 'QLD', '4220'], ['Subiaco', 'WA', '6008'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Belconnen', 'ACT', '2617']],
    street: (r) => `${v.int(r, 1, 220)} ${v.pick(r, ['Crown Street', 'George Street', 'Smith Street', 'Beach Road', 'Gold Coast Highway', 'Hay Street', 'Jetty Road', 'Sandy Bay Road', 'Church Street'])}`,
    flat: (r) => (r() < 0.25 ? `Unit ${v.int(r, 1, 40)}` : ''),
    mobile: (r) => `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    phone: (r) => `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 9000, 9999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'optusnet.com.au', 'hotmail.com'] },
  nz: { first: [['Oliver', 'Isla'], ['Jack', 'Charlotte'], ['Nikau', 'Aria'], ['Leo', 'Amelia'], ['Liam', 'Olivia'], ['Mason', 'Mila'], ['Tama', 'Hana']],
    last: ['Smith', 'Wilson', 'Williams', 'Brown', 'Taylor', 'Thompson', 'Walker', 'Singh', 'Ngata', 'Patel', 'Campbell', 'Harris'],
    places: [['Ponsonby', 'Auckland', '1011'], ['Mount Albert', 'Auckland', '1025'], ['Takapuna', 'Auckland', '0622'], ['Te Aro', 'Wellington', '6011'], ['Riccarton', 'Christchurch', '8011'], ['Hamilton East', 'Hamilton', '3216'], ['Mount Maunganui', 'Tauranga', '3116'], ['Roslyn', 'Dunedin', '9010']],
    street: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['Ponsonby Road', 'Dominion Road', 'Hurstmere Road', 'Cuba Street', 'Riccarton Road', 'Grey Street', 'Maunganui Road', 'Highgate'])}`,
    flat: (r) => (r() < 0.2 ? `Flat ${v.int(r, 1, 12)}` : ''),
    mobile: (r) => `02${v.pick(r, ['1', '2', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    phone: (r) => `(0${v.pick(r, ['9', '4', '3', '7'])}) ${v.int(r, 300, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.com', 'icloud.com'] },
  ca: { first: [['Liam', 'Olivia'], ['Noah', 'Emma'], ['Ethan', 'Charlotte'], ['Lucas', 'Amelia'], ['Benjamin', 'Chloé'], ['Owen', 'Ava']],
    last: ['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'MacDonald', 'Gagnon', 'Johnson', 'Lee', 'Campbell'],
    places: [['Toronto', 'ON', 'M5V 2T6'], ['Ottawa', 'ON', 'K1P 5J2'], ['Vancouver', 'BC', 'V6B 1A1'], ['Calgary', 'AB', 'T2P 2M5'], ['Montréal', 'QC', 'H3B 4W8'], ['Halifax', 'NS', 'B3J 3N4'], ['Winnipeg', 'MB', 'R3C 4T3']],
    street: (r) => `${v.int(r, 10, 2400)} ${v.pick(r, ['King Street West', 'Bank Street', 'Granville Street', '8 Avenue SW', 'Rue Sainte-Catherine Ouest', 'Barrington Street', 'Portage Avenue'])}`,
    flat: (r) => (r() < 0.3 ? `Suite ${v.int(r, 100, 1800)}` : ''),
    mobile: (r) => `(${v.pick(r, ['416', '613', '604', '403', '514', '902', '204'])}) 555-${pad(v.int(r, 0, 9999), 4)}`,
    phone: (r) => `${v.pick(r, ['416', '613', '604', '403', '514'])}-555-${pad(v.int(r, 0, 9999), 4)}`,
    mail: ['gmail.com', 'outlook.com', 'rogers.com', 'shaw.ca', 'videotron.ca'] },
  us: { first: [['Michael', 'Jennifer'], ['Chris', 'Jessica'], ['Tyler', 'Ashley'], ['Brandon', 'Megan'], ['Jose', 'Maria'], ['Kevin', 'Lauren'], ['DeShawn', 'Brianna'], ['Ryan', 'Kayla']],
    last: ['Johnson', 'Williams', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Thomas', 'Jackson', 'White', 'Harris', 'Nguyen', 'Robinson'],
    places: [['Austin', 'TX', '78704'], ['Brooklyn', 'NY', '11215'], ['Orlando', 'FL', '32803'], ['Columbus', 'OH', '43215'], ['Denver', 'CO', '80205'], ['Charlotte', 'NC', '28203'], ['Phoenix', 'AZ', '85016'], ['Portland', 'OR', '97214'], ['Nashville', 'TN', '37206'], ['Naperville', 'IL', '60540']],
    street: (r) => `${v.int(r, 100, 9800)} ${v.pick(r, ['S Lamar Blvd', '7th Ave', 'E Colonial Dr', 'N High St', 'Blake St', 'South Blvd', 'E Camelback Rd', 'SE Hawthorne Blvd', 'Gallatin Ave', 'Washington St'])}`,
    flat: (r) => (r() < 0.25 ? `Apt ${v.int(r, 1, 40)}${v.pick(r, ['', 'B', 'C'])}` : ''),
    mobile: (r) => `(${v.pick(r, ['512', '718', '407', '614', '720', '704', '602', '503', '615', '630'])}) ${v.int(r, 201, 989)}-${pad(v.int(r, 0, 9999), 4)}`,
    phone: (r) => `${v.pick(r, ['512', '718', '407', '614', '720'])}-${v.int(r, 201, 989)}-${pad(v.int(r, 0, 9999), 4)}`,
    mail: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com', 'hotmail.com'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 137 + c.last.length * 13 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1))
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, region, zip] = v.pick(r, d.places)
  const p = { first, last, female, full: `${first} ${last}`, city, region, zip,
    street: d.street(r), flat: d.flat(r), mobile: d.mobile(r), phone: d.phone(r),
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Mintsoft client: a UK skincare brand [SKU, name, price £ inc VAT, weight kg]
const SKIN = [['GS-CLN-150', 'Gentle Gel Cleanser 150ml', 18.0, 0.21], ['GS-SER-030', 'Vitamin C Serum 30ml', 32.0, 0.12], ['GS-MST-050', 'Daily Moisturiser SPF30 50ml', 26.5, 0.14], ['GS-TON-200', 'Exfoliating Toner 200ml', 21.0, 0.28], ['GS-EYE-015', 'Peptide Eye Cream 15ml', 29.0, 0.08], ['GS-SET-TRV', 'Travel Discovery Set', 24.0, 0.33]]
// ShipMonk merchant: a US pet-supplement DTC brand [SKU, name, price $]
const PET = [['PW-HIP-90', 'Hip & Joint Chews - 90 ct', 39.99], ['PW-CALM-60', 'Calming Bites - 60 ct', 29.99], ['PW-PRO-120', 'Probiotic Powder 120g', 34.99], ['PW-SKN-90', 'Skin & Coat Chews - 90 ct', 36.99], ['PW-BNDL-3', 'Wellness Bundle (3 pack)', 89.97], ['PW-TRT-SAL', 'Salmon Training Treats 8oz', 14.99]]
// SwiftPOS: a Gold Coast surf life saving club's bistro and bar [PLU, description, group, price A$ inc GST]
const CLUB = [['1001', 'Great Northern Super Crisp Sch', 'Beer', 8.9], ['1014', 'Balter XPA Sch', 'Beer', 10.5], ['2003', 'House Sav Blanc Gls', 'Wine', 9.5], ['3110', 'Fish & Chips', 'Bistro Mains', 26.0], ['3125', 'Chicken Parmigiana', 'Bistro Mains', 29.5], ['3201', 'Kids Nuggets & Chips', 'Kids', 14.0], ['4002', 'Flat White Reg', 'Coffee', 5.2], ['5010', 'Coke No Sugar 390ml', 'Soft Drinks', 5.5]]
// MyDeal seller: an Australian outdoor-furniture importer [SKU, title, option, price A$ inc GST, freight]
const FURN = [['OF-ACA-6P', 'Acacia Timber 7-Piece Outdoor Dining Setting', '', 1299.0, 89.0], ['OF-RAT-LNG', 'Wicker Sun Lounger with Cushion', 'Grey', 249.0, 39.0], ['OF-UMB-3M', '3m Cantilever Umbrella with Base', 'Beige', 179.95, 29.0], ['OF-HAM-DBL', 'Double Hammock with Steel Stand', '', 159.0, 25.0], ['OF-BEN-150', 'Eucalyptus Garden Bench 150cm', '', 219.0, 35.0], ['OF-FPT-80', 'Steel Fire Pit 80cm', 'Black', 139.0, 19.0]]
// ReBound: a UK fashion retailer's returned items [SKU, description, size, price £]
const FASH = [['DR-1042-BLK', 'Satin Midi Slip Dress Black', 'UK 10', 45.0], ['JN-2210-IND', 'High Rise Straight Jeans Indigo', 'W28 L30', 39.5], ['KN-3308-CRM', 'Chunky Cable Knit Jumper Cream', 'M', 35.0], ['TR-4101-NVY', 'Wide Leg Tailored Trousers Navy', 'UK 12', 32.0], ['CT-5020-CML', 'Wool Blend Longline Coat Camel', 'UK 14', 89.0], ['SH-6110-WHT', 'Leather Trainers White', 'UK 6', 55.0]]
const RET_REASONS = [['Too small', 'Unworn - resaleable', 'Exchange'], ['Too big', 'Unworn - resaleable', 'Refund'], ['Changed my mind', 'Unworn - resaleable', 'Refund'], ['Faulty / damaged', 'Damaged', 'Refund'], ['Not as described', 'Worn', 'Refund'], ['Arrived too late', 'Unworn - resaleable', 'Refund']]
// TrustSpot merchant: a US kitchenware DTC store [SKU, name, url slug]
const KITCH = [['CI-SKL-12', '12" Pre-Seasoned Cast Iron Skillet', 'cast-iron-skillet-12'], ['DO-ENM-55', '5.5 Qt Enameled Dutch Oven - Sage', 'enameled-dutch-oven-sage'], ['KN-CHF-8', '8" Damascus Chef Knife', 'damascus-chef-knife'], ['CB-WAL-L', 'Walnut End-Grain Cutting Board (Large)', 'walnut-cutting-board'], ['SP-CRB-10', '10" Carbon Steel Wok', 'carbon-steel-wok']]

export const SETS = [
  // ---------------------------------------------------------------- UK: OMS / 3PL order export
  { name: 'mintsoft-order-export-uk', product: 'Mintsoft (OMS/WMS, UK; Orders > Order Search > Export to CSV, one row per order with the order fields as Mintsoft names them, a Northamptonshire 3PL fulfilling a Shopify skincare brand, UK time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['ID', (c, o) => String(2400000 + +o.id * 3), ['_id'], opt],
    ['OrderNumber', (c, o) => `10000${pad(+o.id, 5)}`, [OR('purchaseID'), '_id']],
    ['ExternalOrderReference', (c, o) => `#GS${20000 + (+o.id % 9000)}`, [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Client', () => 'GLOWSTUDIO', []],
    ['Channel', (c, o) => row(['Shopify', 'Shopify', 'Amazon UK', 'Shopify', 'TikTok Shop'], +o.id), [], opt],
    ['OrderDate', (c, o) => `${dmy(ukT(o.at))} ${hm(ukT(o.at))}`, ['timestamp', OR('createdDate')]],
    ['OrderStatus', (c, o) => row(['DESPATCHED', 'DESPATCHED', 'NEW', 'PRINTED', 'DESPATCHED', 'ONHOLD', 'CANCELLED'], +o.id), [], opt],
    ['DespatchDate', (c, o) => (['DESPATCHED'].includes(row(['DESPATCHED', 'DESPATCHED', 'NEW', 'PRINTED', 'DESPATCHED', 'ONHOLD', 'CANCELLED'], +o.id)) ? `${dmy(ukT(o.at + day))} ${hm(ukT(o.at + day))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['RequiredDeliveryDate', (c, o) => (+o.id % 6 === 0 ? dmy(ukT(o.at + 3 * day)) : ''), [], opt],
    ['CompanyName', (c, o, r) => (r() < 0.08 ? 'Bloom Beauty Salon' : ''), []],
    ['FirstName', (c) => loc(c, 'uk').first, []],
    ['LastName', (c) => loc(c, 'uk').last, []],
    ['Address1', (c) => loc(c, 'uk').street, [SHIP('street1')]],
    ['Address2', (c) => loc(c, 'uk').flat, [SHIP('street2')]],
    ['Town', (c) => loc(c, 'uk').city, [SHIP('city')]],
    ['County', (c) => loc(c, 'uk').region, STATE(SHIPO), opt],
    ['Postcode', (c) => loc(c, 'uk').zip, [SHIP('postalCode')]],
    ['Country', () => 'GB', [SHIP('countryCode')]],
    ['Email', (c) => loc(c, 'uk').email, EMAIL_ID, opt],
    ['Phone', (c, o) => (+o.id % 4 ? loc(c, 'uk').mobile : ''), PHONE_ID, opt],
    ['CourierService', (c, o) => row(['Royal Mail Tracked 48', 'Royal Mail Tracked 24', 'Evri Standard', 'DPD Next Day', 'Royal Mail Tracked 48'], +o.id >> 1), ['commerce.shipping.shippingMethod']],
    ['TrackingNumber', (c, o) => (+o.id % 7 < 2 ? '' : row([`WW${pad(+o.id * 7919 % 1000000000, 9)}GB`, `TT${pad(+o.id * 131 % 1000000000, 9)}GB`, `H0${pad(+o.id * 17 % 100000000000, 14)}`, `15${pad(+o.id * 29 % 1000000000000, 12)}`, `WW${pad(+o.id * 31 % 1000000000, 9)}GB`], +o.id >> 1)), ['commerce.shipping.trackingNumber']],
    ['TotalWeight', (c, o, r, i) => (row(SKIN, i + +o.id)[3] * o.qty).toFixed(3), []],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['OrderValue', (c, o, r, i) => n2(row(SKIN, i + +o.id)[2] * o.qty + (o.shipping ? 3.95 : 0) - (o.discount ? 5 : 0)), [OR('priceTotal')]],
    ['TotalVAT', (c, o, r, i) => n2((row(SKIN, i + +o.id)[2] * o.qty + (o.shipping ? 3.95 : 0) - (o.discount ? 5 : 0)) / 6), [OR('taxAmount')]],
    ['ShippingTotalExVat', (c, o) => (o.shipping ? '3.29' : '0.00'), ['commerce.shipping.shippingAmount'], opt],
    ['DiscountTotalExVat', (c, o) => (o.discount ? '4.17' : '0.00'), [OR('discountAmount')], opt],
    ['Comments', (c, o, r) => v.pick(r, ['', '', '', 'Influencer seeding - no invoice', 'Replacement for damaged item']), []],
    ['DeliveryNotes', (c, o, r) => v.pick(r, ['', '', '', 'Leave in porch', 'Safe place: behind the bins', 'Ring bell for flat 3']), []],
    ['GiftMessages', (c, o, r) => (r() < 0.1 ? 'Happy birthday! Love, Mum x' : ''), []],
    ['Warehouse', () => 'Daventry DC1', []],
  ] },
  // ---------------------------------------------------------------- US: 3PL order lines
  { name: 'shipmonk-orders-export-us', product: 'ShipMonk (3PL merchant app: Orders > All Orders > Export CSV, one row per order item, English UI, a US pet-supplement DTC brand on Shopify and Amazon, US Eastern time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `#${4000 + (+o.id % 6000)}`, [OR('purchaseID')]],
    ['ShipMonk Order ID', (c, o) => String(31000000 + +o.id * 11), ['_id'], opt],
    ['Store', (c, o) => row(['pawwell.com (Shopify)', 'pawwell.com (Shopify)', 'Amazon US'], +o.id), [], opt],
    ['Order Date', (c, o) => `${mdy(usET(o.at))} ${h12(usET(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => row(['Shipped', 'Shipped', 'Shipped', 'Processing', 'Backordered', 'On Hold', 'Canceled'], +o.id), [], opt],
    ['Ship By Date', (c, o) => mdy(usET(o.at + 2 * day)), [], opt],
    ['Shipped Date', (c, o) => (+o.id % 7 < 3 ? `${mdy(usET(o.at + day))} ${h12(usET(o.at + day))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['Recipient Name', (c) => loc(c, 'us').full, []],
    ['Company', (c, o, r) => (r() < 0.05 ? 'Happy Tails Grooming LLC' : ''), []],
    ['Address 1', (c) => loc(c, 'us').street, [SHIP('street1')]],
    ['Address 2', (c) => loc(c, 'us').flat, [SHIP('street2')]],
    ['City', (c) => loc(c, 'us').city, [SHIP('city')]],
    ['State', (c) => loc(c, 'us').region, STATE(SHIPO)],
    ['Zip Code', (c) => loc(c, 'us').zip, [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Phone', (c, o) => (+o.id % 3 ? loc(c, 'us').mobile : ''), PHONE_ID, opt],
    ['Email', (c, o) => (row(['pawwell.com (Shopify)', 'pawwell.com (Shopify)', 'Amazon US'], +o.id).startsWith('Amazon') ? `${v.alnum(() => (+o.id % 97) / 97, 1).toLowerCase()}${pad(+o.id * 7 % 100000000, 8)}xk@marketplace.amazon.com` : loc(c, 'us').email), EMAIL_ID, opt],
    ['Requested Shipping Method', (c, o) => row(['Standard Shipping', 'Free Shipping', 'Expedited (2-Day)', 'Std US D2D Dom'], +o.id >> 1), ['commerce.shipping.shippingMethod']],
    ['Carrier', (c, o) => row(['USPS', 'USPS', 'UPS', 'FedEx'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Service', (c, o) => row(['Ground Advantage', 'Ground Advantage', '2nd Day Air', 'Home Delivery'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o) => (+o.id % 7 < 3 ? row([`9400${pad(+o.id * 7919 % 1e9, 9)}${pad(+o.id * 31 % 1e9, 9)}`, `9400${pad(+o.id * 131 % 1e9, 9)}${pad(+o.id * 17 % 1e9, 9)}`, `1Z${pad(+o.id * 73 % 1e8, 8)}02${pad(+o.id % 1e6, 6)}`, `7${pad(+o.id * 97 % 1e11, 11)}`], +o.id >> 1) : ''), ['commerce.shipping.trackingNumber']],
    ['SKU', (c, o, r, i) => row(PET, i + +o.id)[0], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => row(PET, i + +o.id)[1], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => n2(row(PET, i + +o.id)[2]), [], opt],
    ['Order Total', (c, o, r, i) => n2(row(PET, i + +o.id)[2] * o.qty * 1.07 + (o.shipping ? 5.99 : 0)), [OR('priceTotal')]],
    ['Shipping Paid', (c, o) => (o.shipping ? '5.99' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Gift Note', (c, o, r) => (r() < 0.08 ? 'For Biscuit - get well soon!' : ''), []],
    ['Warehouse', (c, o) => row(['Fort Lauderdale, FL', 'Las Vegas, NV', 'Bethlehem, PA'], +o.id), []],
    ['Tags', (c, o) => row(['', 'subscription', '', 'first-order', 'VIP'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- NZ: buy now pay later transaction report
  { name: 'laybuy-transaction-report-nz', product: 'Laybuy (merchant dashboard: Reports > Transaction report > Export CSV, one row per order or refund, English UI, an Auckland homewares retailer selling online and in store, NZ time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(1400000 + +o.id * 7), [OR('payments[0].transactionID'), '_id']],
    ['Merchant Reference', (c, o) => (+o.id % 4 === 0 ? `POS-${v.int(() => (+o.id % 89) / 89, 10000, 99999)}` : `HW${100000 + +o.id}`), [OR('purchaseID')]],
    ['Date', (c, o) => `${ymd(akl(o.at))} ${hms(akl(o.at))}`, ['timestamp']],
    ['Transaction Type', (c, o) => (+o.id % 11 === 0 ? 'REFUND' : 'ORDER'), [], opt],
    ['Payment Type', (c, o) => (+o.id % 4 === 0 ? row(['IN STORE', 'MASTERCARD'], +o.id >> 2) : 'WEB'), [], opt],
    ['Branch', (c, o) => (+o.id % 4 === 0 ? row(['Ponsonby', 'Newmarket'], +o.id >> 3) : 'Online'), ['commerce.commerceScope.storeCode'], opt],
    ['Amount', (c, o) => (+o.id % 11 === 0 ? n2(-o.subtotal * 1.5) : n2(o.subtotal * 1.5 + (o.shipping ? 9 : 0))), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'NZD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Transaction Fee', (c, o) => (+o.id % 11 === 0 ? '0.00' : n2((o.subtotal * 1.5 + (o.shipping ? 9 : 0)) * 0.055)), []],
    ['Settlement Amount', (c, o) => (+o.id % 11 === 0 ? n2(-o.subtotal * 1.5) : n2((o.subtotal * 1.5 + (o.shipping ? 9 : 0)) * 0.945)), []],
    ['Settlement Date', (c, o) => dmy(akl(o.at + day)), [], opt],
    ['Refund Reference', (c, o) => (+o.id % 11 === 0 ? `RF-${+o.id % 9000 + 1000}` : ''), [], opt],
    ['Customer ID', (c) => String(140000 + +c.id % 800000), [], opt],
    ['First Name', (c) => loc(c, 'nz').first, []],
    ['Last Name', (c) => loc(c, 'nz').last, []],
    ['Email', (c) => loc(c, 'nz').email, EMAIL_ID, opt],
    ['Phone', (c) => loc(c, 'nz').mobile, PHONE_ID, opt],
    ['Address 1', (c) => loc(c, 'nz').street, [BILL('street1')]],
    ['Address 2', (c) => loc(c, 'nz').flat, [BILL('street2')]],
    ['Suburb', (c) => loc(c, 'nz').city, [BILL('street3'), BILL('region'), BILL('street2')], opt],
    ['City', (c) => loc(c, 'nz').region, [BILL('city')]],
    ['Postcode', (c) => loc(c, 'nz').zip, [BILL('postalCode')]],
    ['Country', () => 'New Zealand', [BILL('country')]],
    ['User', (c, o) => (+o.id % 11 === 0 ? row(['Tom Jones', 'Aroha Ngata'], +o.id) : ''), []],
    ['User Note', (c, o) => (+o.id % 11 === 0 ? 'Item returned' : ''), []],
  ] },
  // ---------------------------------------------------------------- AU: hospitality POS transaction journal
  { name: 'swiftpos-transaction-details-au', product: 'SwiftPOS (Back Office: Reports > Sales > Transaction Details > Export to CSV, one row per item sold, English UI, a Gold Coast surf life saving club\'s bistro, bar and kiosk, Brisbane time, prices inc GST)', family: 'pos', language: 'en', schema: E, cols: [
    ['Location', (c, o) => row(['Main Bar', 'Bistro', 'Kiosk'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Terminal', (c, o) => `POS ${1 + (+o.id % 4)}`, []],
    ['Trans No', (c, o) => String(880000 + +o.id), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => dmy(bne(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Time', (c, o) => hms(bne(o.at)), [], opt],
    ['Clerk', (c, o) => row(['Jess M', 'Brodie K', 'Tayla R', 'Manager'], +o.id), []],
    ['Member No', (c, o) => (+o.id % 3 === 0 ? '' : String(10000 + +c.id % 30000)), CUST_ID, opt],
    ['Member Name', (c, o) => (+o.id % 3 === 0 ? '' : `${loc(c, 'au').last.toUpperCase()}, ${loc(c, 'au').first}`), []],
    ['PLU', (c, o, r, i) => row(CLUB, i + +o.id)[0], [PL('SKU')]],
    ['Description', (c, o, r, i) => row(CLUB, i + +o.id)[1], [PL('name')]],
    ['Group', (c, o, r, i) => row(CLUB, i + +o.id)[2], [PL('productCategories[0].categoryName')], opt],
    ['Qty', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => n2(row(CLUB, i + +o.id)[3]), [], opt],
    ['Discount', (c, o, r, i) => (+o.id % 3 === 0 ? '0.00' : n2(row(CLUB, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * 0.1)), [PL('discountAmount')], opt],
    ['Amount', (c, o, r, i) => n2(row(CLUB, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (+o.id % 3 === 0 ? 1 : 0.9)), [PL('priceTotal')]],
    ['GST', (c, o, r, i) => n2(row(CLUB, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * (+o.id % 3 === 0 ? 1 : 0.9) / 11), [OR('taxAmount')], opt],
    ['Tender', (c, o) => row(['EFTPOS', 'EFTPOS', 'Cash', 'EFTPOS', 'Member Points', 'Account'], +o.id), [OR('payments[0].paymentType')]],
    ['Table', (c, o, r, i) => (row(CLUB, i + +o.id)[2].startsWith('Bistro') || row(CLUB, i + +o.id)[2] === 'Kids' ? String(v.int(r, 1, 48)) : ''), []],
    ['Covers', (c, o, r, i) => (row(CLUB, i + +o.id)[2].startsWith('Bistro') ? String(v.int(r, 1, 6)) : '0'), []],
    ['Points Earned', (c, o, r, i) => (+o.id % 3 === 0 ? '0' : String(Math.floor(row(CLUB, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty)))), []],
    ['Void', (c, o) => (+o.id % 29 === 0 ? 'Y' : 'N'), []],
  ] },
  // ---------------------------------------------------------------- AU: marketplace seller orders
  { name: 'mydeal-seller-orders-export-au', product: 'MyDeal (Woolworths Group marketplace; Seller Portal: Orders > Export Orders CSV, one row per order line, English UI, a Melbourne outdoor-furniture importer, AEST/AEDT, prices inc GST)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(8200000 + +o.id * 3), [OR('purchaseID')]],
    ['Order Line ID', (c, o, r, i) => String(12400000 + +o.id * 3 + i), [PL('_id')], opt],
    ['Order Date', (c, o) => `${dmy(syd(o.at))} ${h12(syd(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => row(['Dispatched', 'Dispatched', 'Awaiting Dispatch', 'Dispatched', 'Cancelled', 'Refunded'], +o.id), [], opt],
    ['Deal ID', (c, o, r, i) => String(3100000 + (i + +o.id) % 6 * 1117), []],
    ['SKU', (c, o, r, i) => row(FURN, i + +o.id)[0], [PL('SKU')]],
    ['Product Title', (c, o, r, i) => row(FURN, i + +o.id)[1], [PL('name')]],
    ['Option', (c, o, r, i) => row(FURN, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Unit Price (inc GST)', (c, o, r, i) => n2(row(FURN, i + +o.id)[3]), [], opt],
    ['Freight (inc GST)', (c, o, r, i) => n2(row(FURN, i + +o.id)[4]), ['commerce.shipping.shippingAmount']],
    ['Line Total (inc GST)', (c, o, r, i) => n2(row(FURN, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) + row(FURN, i + +o.id)[4]), [PL('priceTotal')]],
    ['Customer Name', (c) => loc(c, 'au').full, []],
    ['Company', (c, o, r) => (r() < 0.06 ? 'Coastal Cafe Pty Ltd' : ''), []],
    ['Delivery Address Line 1', (c) => loc(c, 'au').street, [SHIP('street1')]],
    ['Delivery Address Line 2', (c) => loc(c, 'au').flat, [SHIP('street2')]],
    ['Suburb', (c) => loc(c, 'au').city, [SHIP('city')]],
    ['State', (c) => loc(c, 'au').region, STATE(SHIPO)],
    ['Postcode', (c) => loc(c, 'au').zip, [SHIP('postalCode')]],
    ['Country', () => 'AU', [SHIP('countryCode')]],
    ['Phone', (c) => loc(c, 'au').mobile, PHONE_ID, opt],
    ['Email', (c) => loc(c, 'au').email, EMAIL_ID, opt],
    ['Delivery Instructions', (c, o, r) => v.pick(r, ['', '', '', 'Leave at front door', 'Call 30 mins before arrival', 'Side gate is unlocked']), []],
    ['Carrier', (c, o) => row(['Couriers Please', 'Allied Express', 'Australia Post', 'Hunter Express'], +o.id >> 1), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o) => (+o.id % 6 < 4 && +o.id % 6 !== 2 ? row([`CPB${pad(+o.id * 7919 % 1e9, 9)}`, `ALL${pad(+o.id * 31 % 1e8, 8)}`, `33${v.alnum(() => (+o.id % 53) / 53, 3).toUpperCase()}${pad(+o.id * 17 % 1e8, 8)}`, `HX${pad(+o.id * 13 % 1e7, 7)}`], +o.id >> 1) : ''), ['commerce.shipping.trackingNumber']],
    ['Dispatched Date', (c, o) => (+o.id % 6 < 4 && +o.id % 6 !== 2 ? dmy(syd(o.at + 2 * day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Commission', (c, o, r, i) => n2((row(FURN, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) + row(FURN, i + +o.id)[4]) * 0.12), []],
    ['Payout Amount', (c, o, r, i) => n2((row(FURN, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) + row(FURN, i + +o.id)[4]) * 0.88), []],
  ] },
  // ---------------------------------------------------------------- UK: returns platform
  { name: 'rebound-returns-export-uk', product: 'ReBound Returns (retailer portal: Returns > Export CSV, one row per returned item, English UI, a Manchester fashion retailer with UK and Irish customers, UK time)', family: 'returns', language: 'en', schema: E, cols: [
    ['Return Reference', (c, o) => `RB${pad(+o.id * 37 % 10000000, 7)}`, [OR('returns.returnID'), '_id']],
    ['Order Number', (c, o) => `NV${300000 + +o.id}`, [OR('purchaseID'), OR('returns.purchaseID')]],
    ['Retailer', () => 'Northern Velvet', []],
    ['Created Date', (c, o) => `${dmy(ukT(o.at))} ${hm(ukT(o.at))}`, ['timestamp']],
    ['Customer Name', (c) => loc(c, 'uk').full, []],
    ['Customer Email', (c) => loc(c, 'uk').email, EMAIL_ID, opt],
    ['Customer Phone', (c, o) => (+o.id % 3 ? loc(c, 'uk').mobile : ''), PHONE_ID, opt],
    ['Return From Country', (c, o) => (+o.id % 5 === 0 ? 'Ireland' : 'United Kingdom'), [], opt],
    ['Return Method', (c, o) => row(['Evri ParcelShop Drop-off', 'InPost Locker', 'Royal Mail Drop-off', 'Evri Courier Collection', 'An Post Drop-off'], +o.id % 5 === 0 ? 4 : +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Carrier Tracking Number', (c, o) => (+o.id % 5 === 0 ? `CE${pad(+o.id * 131 % 1e9, 9)}IE` : `H01${v.alnum(() => (+o.id % 41) / 41, 3).toUpperCase()}A${pad(+o.id * 7 % 1e9, 9)}`), ['commerce.shipping.trackingNumber'], opt],
    ['SKU', (c, o, r, i) => row(FASH, i + +o.id)[0], [PL('SKU')]],
    ['Product Description', (c, o, r, i) => row(FASH, i + +o.id)[1], [PL('name')]],
    ['Size', (c, o, r, i) => row(FASH, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Qty', () => '1', [PL('quantity'), PL('returnItem.returnQuantityRequested')]],
    ['Unit Price', (c, o, r, i) => n2(row(FASH, i + +o.id)[3]), [], opt],
    ['Currency', (c, o) => (+o.id % 5 === 0 ? 'EUR' : 'GBP'), [OR('currencyCode'), PL('currencyCode')]],
    ['Return Reason', (c, o) => row(RET_REASONS, +o.id)[0], [PL('returnItem.returnReason')]],
    ['Customer Comments', (c, o, r) => v.pick(r, ['', '', '', 'Lovely but runs small', 'Stitching came loose after one wear', 'Colour very different to photos']), []],
    ['Return Status', (c, o) => row(['Label Created', 'In Transit', 'Received', 'Received', 'Processed', 'Processed'], +o.id >> 1), [OR('returns.returnStatus'), PL('returnItem.returnStatus')]],
    ['Received at Warehouse', (c, o) => (+o.id >> 1) % 6 >= 2 ? `${dmy(ukT(o.at + 4 * day))} ${hm(ukT(o.at + 4 * day))}` : '', [], opt],
    ['Item Condition', (c, o) => ((+o.id >> 1) % 6 >= 2 ? row(RET_REASONS, +o.id)[1] : ''), [PL('returnItem.returnItemCondition')]],
    ['Resolution', (c, o) => row(RET_REASONS, +o.id)[2], [PL('returnItem.returnResolution')]],
    ['Refund Amount', (c, o, r, i) => ((+o.id >> 1) % 6 >= 4 && row(RET_REASONS, +o.id)[2] === 'Refund' ? n2(row(FASH, i + +o.id)[3]) : '0.00'), [...REFUND, PL('refundAmount')]],
    ['Label Cost', (c, o) => (+o.id % 5 === 0 ? '4.50' : '2.95'), []],
  ] },
  // ---------------------------------------------------------------- IE: card gateway transactions
  { name: 'realex-realcontrol-transactions-ie', product: 'Realex Payments (Global Payments Ireland; RealControl: Transactions > Search > Download CSV, one row per transaction, English UI, a Dublin online florist and gift shop)', family: 'payments', language: 'en', schema: E, cols: [
    ['Timestamp', (c, o) => { const p = ieT(o.at); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}` }, ['timestamp']],
    ['Merchant ID', () => 'bloomanddublin', []],
    ['Account', (c, o) => (+o.id % 5 === 0 ? 'moto' : 'internet'), []],
    ['Order ID', (c, o) => `BD-${ymd(ieT(o.at), '')}-${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['Pasref', (c, o, r) => `${Math.floor(o.at / 1000)}${v.int(r, 1000000, 9999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o) => row(['auth', 'auth', 'auth', 'rebate', 'auth', 'void', 'auth'], +o.id), [], opt],
    ['Amount', (c, o) => n2(o.total * 1.1), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', (c, o) => (+o.id % 9 === 0 ? 'GBP' : 'EUR'), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Result', (c, o) => (+o.id % 8 === 0 ? '101' : '00'), []],
    ['Message', (c, o) => (+o.id % 8 === 0 ? 'DECLINED' : 'AUTH CODE: ' + pad(+o.id * 7 % 1000000, 6)), []],
    ['Auth Code', (c, o) => (+o.id % 8 === 0 ? '' : pad(+o.id * 7 % 1000000, 6)), [], opt],
    ['Card Type', (c, o) => row(['VISA', 'MC', 'VISA', 'AMEX', 'VISA', 'MC'], +o.id), [], opt],
    ['Cardholder Name', (c) => loc(c, 'ie').full, []],
    ['Card Number', (c, o, r) => `${v.pick(r, ['426397', '535522', '491273'])}******${v.int(r, 1000, 9999)}`, []],
    ['Expiry Date', (c, o, r) => `${pad(v.int(r, 1, 12))}${v.int(r, 25, 29)}`, []],
    ['CVN Result', (c, o) => row(['M', 'M', 'M', 'N', 'U'], +o.id), []],
    ['AVS Postcode Response', (c, o) => row(['M', 'M', 'N', 'U', 'M'], +o.id >> 1), []],
    ['AVS Address Response', (c, o) => row(['M', 'N', 'M', 'U', 'M'], +o.id >> 1), []],
    ['ECI', (c, o) => row(['5', '5', '6', '7'], +o.id), []],
    ['Customer Number', (c, o) => (+o.id % 3 ? `CUST${pad(+c.id % 100000, 5)}` : ''), CUST_ID, opt],
    ['Product ID', (c, o) => row(['BOUQ-SEASONAL', 'HAMPER-LUX', 'ROSES-12', 'PLANT-MONSTERA'], +o.id >> 1), [PL('SKU')], opt],
    ['Variable Reference', (c, o) => row(['', 'Next day delivery', 'Same day Dublin', ''], +o.id), [], opt],
    ['Billing Code', (c) => `${loc(c, 'ie').zip.replace(/\D/g, '')}|${loc(c, 'ie').street.replace(/\D/g, '')}`, [], opt],
    ['Billing Country', (c, o) => (+o.id % 9 === 0 ? 'GB' : 'IE'), [BILL('countryCode')]],
    ['Shipping Code', (c, o) => (+o.id % 4 === 0 ? 'D02|14' : `${loc(c, 'ie').zip.replace(/\D/g, '')}|${loc(c, 'ie').street.replace(/\D/g, '')}`), [], opt],
    ['Shipping Country', () => 'IE', [SHIP('countryCode')]],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Batch ID', (c, o) => String(720000 + Math.floor(o.at / day) % 10000), []],
  ] },
  // ---------------------------------------------------------------- US: product reviews
  { name: 'trustspot-product-reviews-export-us', product: 'TrustSpot (merchant dashboard: Reviews > Product Reviews > Export CSV, English UI, a US cookware DTC store on BigCommerce)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Review ID', (c, o) => String(5100000 + +o.id * 13), ['_id'], opt],
    ['Date Created', (c, o) => mdy(usCT(o.at)), ['timestamp']],
    ['Status', (c, o) => row(['Published', 'Published', 'Published', 'Pending', 'Rejected'], +o.id), []],
    ['Rating', (c, o) => row(['5', '5', '4', '5', '3', '1', '4', '2'], +o.id), []],
    ['Title', (c, o) => row(['Best skillet I have owned', 'Great, but heavy', 'Perfect sear every time', 'Chipped after a month', 'Gorgeous color', 'Arrived cracked', 'Sharp out of the box', 'Runs smaller than expected'], +o.id), []],
    ['Review', (c, o) => row(['Seasoning held up great after 20+ uses. Cornbread comes right out.', 'Works great, just wish it was lighter for my wrists.', 'Steaks come out restaurant quality. Cleanup is easy.', 'Enamel chipped near the rim, customer service sent a replacement.', 'Looks beautiful on the stove, cooks evenly.', 'Box was crushed and the board was cracked down the middle.', 'Slices tomatoes paper thin. Keep it dry!', 'Smaller than the photos suggest but good quality.'], +o.id), []],
    ['Reviewer Name', (c) => `${loc(c, 'us').first} ${loc(c, 'us').last[0]}.`, []],
    ['Reviewer Email', (c) => loc(c, 'us').email, EMAIL_ID, opt],
    ['Location', (c, o) => (+o.id % 3 ? `${loc(c, 'us').city}, ${loc(c, 'us').region}` : ''), [], opt],
    ['Product SKU', (c, o) => row(KITCH, +o.id)[0], [PL('SKU')]],
    ['Product Name', (c, o) => row(KITCH, +o.id)[1], [PL('name')]],
    ['Product URL', (c, o) => `https://www.emberandiron.com/products/${row(KITCH, +o.id)[2]}/`, [PL('product')], opt],
    ['Order ID', (c, o) => (+o.id % 4 ? String(10200 + (+o.id % 9000)) : ''), [OR('purchaseID')], opt],
    ['Verified Buyer', (c, o) => (+o.id % 4 ? 'Yes' : 'No'), []],
    ['Source', (c, o) => row(['Review Request Email', 'Review Request Email', 'Website', 'Import', 'SMS Request'], +o.id >> 1), []],
    ['Helpful Votes', (c, o) => String(+o.id % 13), []],
    ['Unhelpful Votes', (c, o) => String(+o.id % 3), []],
    ['Has Media', (c, o) => (+o.id % 5 === 0 ? 'Yes' : 'No'), []],
    ['Merchant Reply', (c, o) => (row(['5', '5', '4', '5', '3', '1', '4', '2'], +o.id) <= '2' ? 'So sorry about this! Our team has emailed you about a replacement.' : ''), []],
    ['Reply Date', (c, o) => (row(['5', '5', '4', '5', '3', '1', '4', '2'], +o.id) <= '2' ? mdy(usCT(o.at + day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- US: restaurant loyalty members
  { name: 'loyalty-gator-members-export-us', product: 'Loyalty Gator (merchant portal: Members > Member Search > Export to Excel/CSV, English UI, a Florida chain of four taco restaurants with a points card and app)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(300000 + +c.id % 600000), ID],
    ['Card Number', (c) => `7104${pad(+c.id * 37 % 1000000000000, 12)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['First Name', (c) => loc(c, 'us').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'us').last, ['person.name.lastName']],
    ['Email', (c, o) => (+o.id % 6 ? loc(c, 'us').email : ''), ['personalEmail.address']],
    ['Mobile Phone', (c) => loc(c, 'us').mobile, ['mobilePhone.number']],
    ['Birthday', (c, o) => (+o.id % 3 ? `${pad(bd(c.birth).m)}/${pad(bd(c.birth).d)}` : ''), ['person.birthDayAndMonth']],
    ['Anniversary', (c, o) => (+o.id % 7 === 0 ? `${pad(1 + +c.id % 12)}/${pad(1 + +c.id % 28)}` : ''), []],
    ['Address', (c, o) => (+o.id % 2 ? loc(c, 'us').street : ''), at(HOME, 'street1')],
    ['City', (c, o) => (+o.id % 2 ? 'Tampa' : ''), at(HOME, 'city')],
    ['State', (c, o) => (+o.id % 2 ? 'FL' : ''), STATE(HOME)],
    ['Zip', (c, o) => (+o.id % 2 ? row(['33602', '33606', '33611', '33629', '33647'], +c.id) : ''), at(HOME, 'postalCode')],
    ['Enrollment Date', (c) => mdy(usET(c.created)), ['loyalty.joinDate']],
    ['Enrollment Location', (c, o) => row(['South Tampa', 'Seminole Heights', 'Westchase', 'Online'], +o.id), []],
    ['Enrollment Source', (c, o) => row(['POS', 'App', 'Web Signup', 'POS', 'Kiosk'], +o.id >> 1), [], opt],
    ['Points Balance', (c, o) => String(+o.id % 240), ['loyalty.points']],
    ['Lifetime Points', (c, o) => String(240 + (+o.id * 7) % 4000), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c, o) => String(Math.max(0, (240 + (+o.id * 7) % 4000) - (+o.id % 240) - ((+o.id * 3) % 50))), ['loyalty.pointsRedeemed']],
    ['Rewards Available', (c, o) => String(+o.id % 3), []],
    ['Tier', (c, o) => row(['Regular', 'Regular', 'Taco Lover', 'Regular', 'VIP'], +o.id >> 1), ['loyalty.tier']],
    ['Total Visits', (c, o) => String(1 + (+o.id % 90)), []],
    ['Total Spend', (c, o) => money((1 + (+o.id % 90)) * 23.4), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => mdy(usET(upd(c))), [], opt],
    ['Email Opt In', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Opt In', (c, o) => (+o.id % 3 ? 'Yes' : 'No'), [], opt],
    ['Status', (c, o) => (+o.id % 17 === 0 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- UK: shop platform customers
  { name: 'bluepark-customers-export-uk', product: 'Bluepark (UK ecommerce platform; admin: Customers > Export Customers, CSV, English UI, a Yorkshire garden-supplies shop with retail and trade customers, UK dates)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(10000 + +c.id % 90000), ID],
    ['Title', (c) => (loc(c, 'uk').female ? row(['Mrs', 'Ms', 'Miss'], +c.id) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => loc(c, 'uk').first, ['person.name.firstName']],
    ['Surname', (c) => loc(c, 'uk').last, ['person.name.lastName']],
    ['Email Address', (c) => loc(c, 'uk').email, ['personalEmail.address']],
    ['Company Name', (c, o) => (+o.id % 6 === 0 ? row(['Greenway Landscapes Ltd', 'Dales Nursery', 'Pennine Groundcare'], +o.id) : ''), ['organizations[0]'], opt],
    ['Address Line 1', (c) => loc(c, 'uk').street, at([...HOME, 'billingAddress'], 'street1')],
    ['Address Line 2', (c) => loc(c, 'uk').flat, at([...HOME, 'billingAddress'], 'street2')],
    ['Town / City', (c) => loc(c, 'uk').city, at([...HOME, 'billingAddress'], 'city')],
    ['County', (c) => loc(c, 'uk').region, STATE([...HOME, 'billingAddress']), opt],
    ['Postcode', (c) => loc(c, 'uk').zip, at([...HOME, 'billingAddress'], 'postalCode')],
    ['Country', () => 'United Kingdom', at([...HOME, 'billingAddress'], 'country')],
    ['Telephone', (c, o) => (+o.id % 3 ? loc(c, 'uk').phone : ''), ['homePhone.number']],
    ['Mobile', (c, o) => (+o.id % 2 ? loc(c, 'uk').mobile : ''), ['mobilePhone.number']],
    ['Date Registered', (c) => dmy(ukT(c.created)), [], opt],
    ['Last Login', (c) => `${dmy(ukT(upd(c)))} ${hm(ukT(upd(c)))}`, [], opt],
    ['Number of Orders', (c, o) => String(+o.id % 19), []],
    ['Total Spend', (c, o) => n2((+o.id % 19) * 38.6), ['loyalty.lifetimePurchases'], opt],
    ['Customer Group', (c, o) => (+o.id % 6 === 0 ? 'Trade' : 'Retail'), []],
    ['Trade Discount %', (c, o) => (+o.id % 6 === 0 ? '15' : '0'), []],
    ['VAT Number', (c, o) => (+o.id % 6 === 0 ? `GB${v.int(() => (+o.id % 83) / 83, 100000000, 999999999)}` : ''), []],
    ['Newsletter', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Account Status', (c, o) => (+o.id % 23 === 0 ? 'Disabled' : 'Active'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Deliver to side gate', 'Account on 30 days']), []],
  ] },
  // ---------------------------------------------------------------- US: recurring-payments customers
  { name: 'moonclerk-customers-export-us', product: 'MoonClerk (recurring payments on Stripe; Customers > Export CSV, one row per customer plan, English UI, a Vermont farm selling monthly CSA veggie-box and egg shares, US Eastern time)', family: 'subscriptions', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(880000 + +c.id % 100000), ID],
    ['Name', (c) => loc(c, 'us').full, ['person.name.fullName']],
    ['Email', (c) => loc(c, 'us').email, ['personalEmail.address']],
    ['Phone', (c, o) => (+o.id % 3 ? loc(c, 'us').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address Line 1', (c) => loc(c, 'us').street, at([...HOME, 'billingAddress'], 'street1')],
    ['Address Line 2', (c) => loc(c, 'us').flat, at([...HOME, 'billingAddress'], 'street2')],
    ['City', (c, o) => row(['Burlington', 'Montpelier', 'Stowe', 'Middlebury', 'Williston'], +o.id), at([...HOME, 'billingAddress'], 'city')],
    ['State', () => 'VT', STATE([...HOME, 'billingAddress'])],
    ['Zip', (c, o) => row(['05401', '05602', '05672', '05753', '05495'], +o.id), at([...HOME, 'billingAddress'], 'postalCode')],
    ['Country', () => 'US', at([...HOME, 'billingAddress'], 'countryCode')],
    ['Payment Form', (c, o) => row(['2025 Summer CSA Share', '2025 Summer CSA Share', 'Egg Share', 'Winter Storage Share'], +o.id), []],
    ['Plan', (c, o) => row(['Full Share - Monthly', 'Half Share - Monthly', 'Dozen Eggs Weekly', 'Winter Share - 4 payments'], +o.id), []],
    ['Amount', (c, o) => n2(row([135, 75, 28, 90], +o.id)), []],
    ['Currency', () => 'USD', []],
    ['Status', (c, o) => row(['Active', 'Active', 'Active', 'Canceled', 'Past Due', 'Active', 'Completed'], +o.id), [], opt],
    ['Created', (c) => `${mdy(usET(c.created))} ${h12(usET(c.created))}`, [], opt],
    ['Next Payment Date', (c, o) => (row(['Active', 'Active', 'Active', 'Canceled', 'Past Due', 'Active', 'Completed'], +o.id) === 'Active' ? mdy(usET(upd(c))) : ''), []],
    ['Payments Made', (c, o) => String(1 + (+o.id % 8)), []],
    ['Total Paid', (c, o) => n2((1 + (+o.id % 8)) * row([135, 75, 28, 90], +o.id)), ['loyalty.lifetimePurchases'], opt],
    ['Card Brand', (c, o) => row(['Visa', 'Mastercard', 'American Express', 'Visa', 'Discover'], +o.id), []],
    ['Card Last 4', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Card Expiration', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 2025, 2030)}`, []],
    ['Coupon', (c, o) => (+o.id % 5 === 0 ? 'EARLYBIRD10' : ''), []],
    ['Pickup Location', (c, o) => row(['Farm Stand', 'Burlington Farmers Market', 'Montpelier Co-op', 'Home Delivery (+$10)'], +o.id >> 1), []],
    ['Dietary Notes', (c, o, r) => v.pick(r, ['', '', '', 'No cilantro please', 'Extra greens instead of potatoes']), []],
  ] },
  // ---------------------------------------------------------------- CA: subscription billing customers (B2B)
  { name: 'fusebill-customers-export-ca', product: 'Fusebill (subscription billing, Ottawa; Customers > Customer List > Export CSV, English UI, a Toronto B2B SaaS selling restaurant-scheduling plans to Canadian and US businesses, Eastern time)', family: 'subscriptions', language: 'en', schema: B, cols: [
    ['Fusebill ID', (c) => String(9100000 + +c.id * 3), B2BID],
    ['Customer ID', (c) => `SHFT-${pad(+c.id % 100000, 5)}`, ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID', '_id', 'personID'], opt],
    ['Company Name', (c, o) => row(['Maple Leaf Bistro Inc.', 'Harbourfront Eats Ltd.', 'Poutine Palace', 'Granville Grill Co.', 'Prairie Kitchen Corp.', 'Bluenose Diner'], +o.id), CO],
    ['Title', (c) => (loc(c, 'ca').female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => loc(c, 'ca').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'ca').last, ['person.name.lastName']],
    ['Primary Email', (c, o) => `${slug(loc(c, 'ca').first)}@${slug(row(['Maple Leaf Bistro', 'Harbourfront Eats', 'Poutine Palace', 'Granville Grill', 'Prairie Kitchen', 'Bluenose Diner'], +o.id))}.ca`, WE],
    ['Primary Phone', (c) => loc(c, 'ca').phone, ['workPhone.number']],
    ['Status', (c, o) => row(['Active', 'Active', 'Active', 'Draft', 'Suspended', 'Cancelled', 'Hold'], +o.id), [], opt],
    ['Accounting Status', (c, o) => row(['Good', 'Good', 'Good', 'Good', 'Poor', 'Collection'], +o.id >> 1), []],
    ['Currency', (c, o) => (+o.id % 5 === 0 ? 'USD' : 'CAD'), []],
    ['Created Timestamp', (c) => { const p = caET(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Activation Timestamp', (c) => { const p = caET(c.created + 2 * day); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Next Billing Date', (c) => ymd(caET(upd(c))), []],
    ['MRR', (c, o) => n2(row([79, 149, 299, 79, 149], +o.id) * (1 + (+o.id % 3))), []],
    ['Current Balance', (c, o) => (+o.id % 4 === 0 ? n2(row([79, 149, 299, 79, 149], +o.id) * 1.13) : '0.00'), []],
    ['Arrears', (c, o) => (row(['Good', 'Good', 'Good', 'Good', 'Poor', 'Collection'], +o.id >> 1) === 'Good' ? '0.00' : n2(row([79, 149, 299, 79, 149], +o.id) * 1.13)), []],
    ['Billing Address Line 1', (c) => loc(c, 'ca').street, ['billingAddress.street1', W('street1')]],
    ['Billing Address Line 2', (c) => loc(c, 'ca').flat, ['billingAddress.street2', W('street2')]],
    ['Billing City', (c) => loc(c, 'ca').city, ['billingAddress.city', W('city')]],
    ['Billing State/Province', (c) => loc(c, 'ca').region, STATE(['billingAddress', 'workAddress'])],
    ['Billing Postal/Zip Code', (c) => loc(c, 'ca').zip, ['billingAddress.postalCode', W('postalCode')]],
    ['Billing Country', () => 'Canada', ['billingAddress.country', W('country')]],
    ['Net Terms', (c, o) => row(['Due on receipt', 'Net 15', 'Net 30'], +o.id >> 2), []],
    ['Sales Tracking Code 1', (c, o) => row(['Inbound', 'Partner - Restaurants Canada', 'Outbound', 'Trade Show'], +o.id), ['b2b.personSource'], opt],
    ['Parent Customer ID', (c, o) => (+o.id % 9 === 0 ? String(9100000 + (+o.id % 50) * 3) : ''), []],
    ['Tax Exempt', (c, o) => (+o.id % 12 === 0 ? 'Yes' : 'No'), []],
  ] },
]

function W(leaf) { return `workAddress.${leaf}` }
