// Round 70, heldout70: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language marketplaces, e-commerce platforms, shipping tools
// and POS of the US, the UK, Australia and Canada: marketplace and maker-shop orders, store and B2B customer lists,
// restaurant and retail POS tickets and receipts, a hospitality loyalty member list and label / booking exports;
// all English.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local times (offsets without DST rules beyond the month: good enough for generated rows)
const auOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 9 ? 10 : 11 }
const usOff = (ms, std) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 3 && m <= 10 ? std + 1 : std }
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const au = (ms) => shift(ms, auOff(ms))
const et = (ms) => shift(ms, usOff(ms, -5))
const mt = (ms) => shift(ms, usOff(ms, -7))
const pt = (ms) => shift(ms, usOff(ms, -8))
const day = 86400000
// "14/05/2024 10:31", "14/05/2024"
const auDT = (ms) => { const p = au(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const auD = (ms) => { const p = au(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// "05/14/2024 10:31:07 AM", "05/14/2024", "5/14/2024 10:31 AM"
const usDTS = (ms) => { const p = et(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const usD = (ms) => { const p = et(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usDT = (ms) => { const p = et(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "2024-05-14 12:01:20" in Albuquerque (Lavu), "2024-05-14T08:31:07.412873" (Tindie API, UTC)
const mtYmdHMS = (ms) => { const p = mt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoMicro = (ms) => `${new Date(ms).toISOString().slice(0, 19)}.${pad(Math.floor(ms / 7000) % 1000000, 6)}`
const isoZ = (ms) => new Date(ms).toISOString()
// Chit Chats API time in Vancouver "2024-05-14T10:31:07.000-07:00"
const vanIso = (ms) => { const o = usOff(ms, -8); const p = pt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.000-0${-o}:00` }
// UK "14/05/2024"
const ukD = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ymd = (ms) => { const p = et(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const n2 = (n) => n.toFixed(2)
const usd = (n) => `$${n.toFixed(2)}`
const gbp = (n) => `£${n.toFixed(2)}`

// people and places
const mail = (f, l, r, dom) => `${f}.${l}`.toLowerCase().replace(/[^a-z.]/g, '') + v.int(r, 1, 99) + '@' + v.pick(r, dom)
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper', 'Zara', 'Harrison', 'Chloe', 'Mitchell']
const AU_LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', 'Singh', 'Martin', 'Anderson', 'Papadopoulos', 'O\'Brien', 'Tran']
const AU = [['12 Smith St', '', 'Fitzroy', 'VIC', '3065'], ['Unit 4', '88 Parramatta Rd', 'Camperdown', 'NSW', '2050'], ['210 Brunswick St', '', 'Fortitude Valley', 'QLD', '4006'], ['31 King William Rd', '', 'Unley', 'SA', '5061'], ['7 Hay St', '', 'Subiaco', 'WA', '6008'], ['15/150 Elizabeth St', '', 'Hobart', 'TAS', '7000'], ['22 Ormond Rd', '', 'Elwood', 'VIC', '3184'], ['9 Beaumont St', '', 'Hamilton', 'NSW', '2303']]
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auMobIntl = (r) => `+614${v.int(r, 10000000, 99999999)}`
const auLand = (r) => `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 9000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const auName = (i) => [row(AU_FIRST, i), row(AU_LAST, i * 5 + 2)]
// AU_FIRST alternates female / male (even index female); UK_FIRST alternates male / female
const auFem = (i) => i % 2 === 0
const ukFem = (i) => i % 2 === 1
const UK_FIRST = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Freya', 'Arjun', 'Sophie', 'Callum', 'Niamh']
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Davies', 'Evans', 'Patel', 'Hughes', 'Wright', 'Khan', 'MacDonald']
const UK = [['14 Gloucester Road', '', 'Bristol', 'Avon', 'BS7 8AA'], ['Flat 3', '27 Hyde Park Road', 'Leeds', 'West Yorkshire', 'LS6 1PY'], ['9 Mill Lane', 'Chorlton', 'Manchester', 'Greater Manchester', 'M21 9XY'], ['52 Cowley Road', '', 'Oxford', 'Oxfordshire', 'OX4 1JB'], ['3 Rose Street', '', 'Edinburgh', 'Midlothian', 'EH2 2PR'], ['118 Wandsworth Bridge Road', '', 'London', '', 'SW6 2TF'], ['The Old Vicarage', 'Church Lane', 'Ludlow', 'Shropshire', 'SY8 1AW']]
const ukMob = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukLand = (r) => `01${v.int(r, 13, 989)} ${v.int(r, 200000, 999999)}`
const US = [['1420 Elm St', '', 'Dallas', 'TX', '75202'], ['88 Atlantic Ave', 'Apt 3R', 'Brooklyn', 'NY', '11201'], ['2231 NW Lovejoy St', '', 'Portland', 'OR', '97210'], ['517 W Belmont Ave', 'Unit 2', 'Chicago', 'IL', '60657'], ['39 Summer St', '', 'Somerville', 'MA', '02143'], ['4105 Ocean View Blvd', '', 'San Diego', 'CA', '92113'], ['812 Pearl St', '', 'Boulder', 'CO', '80302'], ['76 Peachtree Pl NE', '', 'Atlanta', 'GA', '30309']]
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const CA = [['1055 Homer St', 'Suite 210', 'Vancouver', 'BC', 'V6B 1G3'], ['45 Queen St W', '', 'Toronto', 'ON', 'M5H 2M5'], ['3480 Rue Saint-Denis', '', 'Montréal', 'QC', 'H2X 3L3'], ['10221 Jasper Ave', '', 'Edmonton', 'AB', 'T5J 1Y7'], ['12 Spring Garden Rd', '', 'Halifax', 'NS', 'B3J 3R4']]
const US_DEST = [['Megan Carter', '221 Maple Ave', '', 'Columbus', 'OH', '43215', 'US'], ['Tyler Brooks', '4801 Westlake Dr', 'Apt 1204', 'Austin', 'TX', '78746', 'US'], ['Hannah Lee', '19 Harbor View Rd', '', 'Seattle', 'WA', '98121', 'US'], ['Priya Raman', '77 Bloor St W', 'Unit 805', 'Toronto', 'ON', 'M5S 1M2', 'CA'], ['Emma Walsh', '18 Gorse Hill', '', 'Swindon', '', 'SN2 1AE', 'GB'], ['Lucas Martin', '602 Rue Wellington', '', 'Sherbrooke', 'QC', 'J1H 5E1', 'CA']]


const VA = [['112 E Main St', '', 'Harrisonburg', 'VA', '22801'], ['4410 Lee Hwy', 'Apt B', 'Lexington', 'VA', '24450'], ['27 Court Sq', '', 'Staunton', 'VA', '24401'], ['860 Mount Clinton Pike', '', 'Harrisonburg', 'VA', '22802'], ['3150 Spotswood Trl', '', 'Elkton', 'VA', '22827'], ['15 N Liberty St', '', 'Broadway', 'VA', '22815']]
const BOUTIQUES = [['Wren & Willow Boutique', 'WREN01', 'wrenandwillow.com'], ['Hollis Department Store', 'HOLL-DS', 'hollisstores.com'], ['Mesa Supply Co.', 'MESA22', 'mesasupplyco.com'], ['The Denim Bar', 'DENBAR', 'thedenimbar.com'], ['Harbor Thread', 'HBRTHD', 'harborthread.com'], ['Magnolia Row', 'MAGROW', 'magnoliarow.com'], ['North Loop Goods', 'NLGOODS', 'northloopgoods.com']]

// goods
const GADGETS = [['KS-AF55', 'Smart Air Fryer 5.5L Digital Touch Screen', 'Appliances', 129.0], ['KS-RV210', 'Robot Vacuum Cleaner with Mop', 'Home', 249.0], ['KS-HP9X', 'Active Noise Cancelling Headphones', 'Audio', 89.0], ['KS-DSK140', 'Electric Standing Desk 140cm Walnut', 'Furniture', 319.0], ['KS-KET17', '1.7L Glass Kettle Rose Gold', 'Appliances', 39.0], ['KS-LED24', '24" Full HD LED Monitor', 'Computers', 149.0]]
const MAKER = [['TNY-LORA-01', 'LoRa Feather Breakout Board', 'Rev C', 'Board only', 24.0], ['TNY-KBD-60', 'Ortholinear 60% Keyboard PCB', 'v2.1', 'Hot-swap sockets: Yes', 38.0], ['TNY-GB-MOD', 'Game Boy IPS Backlight Kit', 'IPS-3', 'Colour: Black', 45.0], ['TNY-SDR-LNA', 'Low Noise Amplifier for SDR', 'LNA-2', 'SMA connectors', 29.5], ['TNY-NIX-4', 'Nixie Clock Kit (4 tubes)', 'NX4', 'Tubes: IN-14', 119.0]]
const CAFE = [['Breakfast Burrito', 'Food', 11.5], ['Green Chile Cheeseburger', 'Food', 14.0], ['Posole Bowl', 'Food', 12.0], ['Horchata Latte', 'Drinks', 5.25], ['Draft Lager', 'Bar', 7.0], ['Sopapillas', 'Dessert', 6.5]]
const LIQUOR = [['100412', '082184090466', 'Tito\'s Handmade Vodka 750ml', 'Spirits', 22.99], ['200118', '089540448985', 'Kim Crawford Sauvignon Blanc 750ml', 'Wine', 16.99], ['300077', '018200001963', 'Bud Light 12pk Cans', 'Beer', 15.49], ['100981', '080432400432', 'Glenlivet 12 Year 750ml', 'Spirits', 49.99], ['400015', '049000042566', 'Coca-Cola 2L', 'Mixers', 3.29], ['200562', '085000027837', 'La Marca Prosecco 750ml', 'Wine', 17.99]]
const SHIRTS = [['RW-TEE-NVY-M', 'Organic Cotton Tee - Navy / M', 28.0], ['RW-HOOD-GRY-L', 'Heavyweight Hoodie - Grey / L', 78.0], ['RW-CAP-OLV', 'Dad Cap - Olive', 32.0], ['RW-SOCK-3PK', 'Crew Socks 3-Pack', 24.0]]
const PRINTS = [['Botanical art print A4', 'Art prints', 28.0], ['Enamel pin set of 3', 'Pins', 22.0], ['Hand-thrown mug', 'Ceramics', 46.0], ['Linen tea towel', 'Textiles', 19.5], ['Sticker sheet', 'Stickers', 8.0]]
const gi = (G, o, i) => row(G, i + (+o.id % 3))

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Kogan.com Marketplace, Australia)
  { name: 'kogan-marketplace-seller-orders-au', product: 'Kogan.com Marketplace (Seller Portal: Orders > Export orders, CSV, one row per order line; an Australian home-appliance brand selling on Kogan.com, prices inc GST, AEST)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(40000000 + +o.id * 17), [OR('purchaseID')]],
    ['Order Date', (c, o) => auDT(o.at), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => ['Dispatched', 'Dispatched', 'Awaiting Dispatch', 'Cancelled', 'Dispatched', 'Refunded'][+o.id % 6], [], opt],
    ['Dispatch By', (c, o) => auD(o.at + 2 * day), [], opt],
    ['Seller SKU', (c, o, r, i) => gi(GADGETS, o, i)[0], [PL('SKU')]],
    ['Kogan Product ID', (c, o, r, i) => `KOGKS${pad((+o.id * 7) % 100000, 5)}`, [PL('product'), PL('SKU')], opt],
    ['Product Title', (c, o, r, i) => gi(GADGETS, o, i)[1], [PL('name')]],
    ['Quantity', (c, o) => String(1 + (+o.id % 2)), [PL('quantity')]],
    ['Unit Price (inc GST)', (c, o, r, i) => n2(gi(GADGETS, o, i)[3]), [], opt],
    ['Line Total (inc GST)', (c, o, r, i) => n2(gi(GADGETS, o, i)[3] * (1 + (+o.id % 2))), [PL('priceTotal')]],
    ['Shipping (inc GST)', (c, o) => n2(+o.id % 3 === 0 ? 0 : 9.95), ['commerce.shipping.shippingAmount']],
    ['GST', (c, o, r, i) => n2((gi(GADGETS, o, i)[3] * (1 + (+o.id % 2)) + (+o.id % 3 === 0 ? 0 : 9.95)) / 11), [OR('taxAmount')]],
    ['Order Total (inc GST)', (c, o, r, i) => n2(gi(GADGETS, o, i)[3] * (1 + (+o.id % 2)) + (+o.id % 3 === 0 ? 0 : 9.95)), [OR('priceTotal')]],
    ['Customer Name', (c, o, r, i) => auName(i).join(' '), []],
    ['Delivery Address Line 1', (c, o, r, i) => row(AU, i)[0], [SHIP('street1')]],
    ['Delivery Address Line 2', (c, o, r, i) => row(AU, i)[1], [SHIP('street2')]],
    ['Suburb', (c, o, r, i) => row(AU, i)[2], [SHIP('city')]],
    ['State', (c, o, r, i) => row(AU, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Postcode', (c, o, r, i) => row(AU, i)[4], [SHIP('postalCode')]],
    ['Country', () => 'AU', [SHIP('countryCode')]],
    ['Phone', (c, o, r) => auMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c, o) => `c${40000000 + +o.id * 17}@relay.kogan.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Delivery Instructions', (c, o) => ['', '', 'Leave at front door', '', 'Authority to leave'][+o.id % 5], []],
    ['Carrier', (c, o) => (+o.id % 6 === 2 ? '' : ['Australia Post', 'StarTrack', 'CouriersPlease'][+o.id % 3]), [], opt],
    ['Tracking Number', (c, o) => (+o.id % 6 === 2 ? '' : `33KGN${pad((+o.id * 7919) % 1e8, 8)}01000930${+o.id % 10}`), ['commerce.shipping.trackingNumber']],
    ['Dispatched Date', (c, o) => (+o.id % 6 === 2 ? '' : auD(o.at + day)), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Tindie, US maker marketplace)
  { name: 'tindie-store-orders-csv', product: 'Tindie (Store > Orders > Export to CSV, one row per order item, columns named as the order API v1 fields; a US hardware maker\'s store, UTC times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['number', (c, o) => String(200000 + +o.id * 3), [OR('purchaseID')]],
    ['date', (c, o) => isoMicro(o.at), ['timestamp', OR('createdDate')]],
    ['shipped', (c, o) => (+o.id % 5 === 0 ? 'False' : 'True'), [], opt],
    ['date_shipped', (c, o) => (+o.id % 5 === 0 ? '' : isoMicro(o.at + 2 * day + 3600000)), ['commerce.shipping.shipDate'], opt],
    ['refunded', (c, o) => (+o.id % 11 === 0 ? 'True' : 'False'), [], opt],
    ['payment', () => 'complete', [], opt],
    ['email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['phone', (c, o, r) => (r() < 0.6 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['company_title', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['shipping_name', (c, o, r, i) => row(US_DEST, i)[0], []],
    ['shipping_street', (c, o, r, i) => [row(US_DEST, i)[1], row(US_DEST, i)[2]].filter(Boolean).join(', '), [SHIP('street1')]],
    ['shipping_city', (c, o, r, i) => row(US_DEST, i)[3], [SHIP('city')]],
    ['shipping_state', (c, o, r, i) => row(US_DEST, i)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_postcode', (c, o, r, i) => row(US_DEST, i)[5], [SHIP('postalCode')]],
    ['shipping_country', (c, o, r, i) => ({ US: 'United States', CA: 'Canada', GB: 'United Kingdom' })[row(US_DEST, i)[6]], [SHIP('country')]],
    ['shipping_service', (c, o, r, i) => (row(US_DEST, i)[6] === 'US' ? 'USPS Ground Advantage' : 'USPS First-Class Package International'), ['commerce.shipping.shippingMethod']],
    ['shipping_instructions', (c, o) => (+o.id % 7 === 0 ? 'Please leave with building office' : ''), []],
    ['message', (c, o) => (+o.id % 6 === 0 ? 'Is the kit compatible with the v1 case?' : ''), []],
    ['product', (c, o, r, i) => gi(MAKER, o, i)[1], [PL('name')]],
    ['model_number', (c, o, r, i) => gi(MAKER, o, i)[2], [PL('SKU')], opt],
    ['sku', (c, o, r, i) => gi(MAKER, o, i)[0], [PL('SKU')]],
    ['options', (c, o, r, i) => gi(MAKER, o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['price_unit', (c, o, r, i) => n2(gi(MAKER, o, i)[4]), [], opt],
    ['price_total', (c, o, r, i) => n2(gi(MAKER, o, i)[4] * o.qty), [PL('priceTotal')]],
    ['total_subtotal', (c, o, r, i) => n2(gi(MAKER, o, i)[4] * o.qty), [], opt],
    ['total_shipping', (c, o, r, i) => n2(row(US_DEST, i)[6] === 'US' ? 5.0 : 15.0), ['commerce.shipping.shippingAmount']],
    ['total_discount', (c, o) => n2(+o.id % 4 === 0 ? 5 : 0), [OR('discountAmount')]],
    ['total', (c, o, r, i) => n2(gi(MAKER, o, i)[4] * o.qty + (row(US_DEST, i)[6] === 'US' ? 5.0 : 15.0) - (+o.id % 4 === 0 ? 5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['total_tindiefee', (c, o, r, i) => n2(gi(MAKER, o, i)[4] * o.qty * 0.05), []],
    ['total_ccfee', (c, o, r, i) => n2((gi(MAKER, o, i)[4] * o.qty + 5) * 0.029 + 0.3), []],
    ['total_kickback', () => '0.00', []],
    ['total_seller', (c, o, r, i) => n2(gi(MAKER, o, i)[4] * o.qty * 0.921 + 4.55), []],
    ['tracking_code', (c, o) => (+o.id % 5 === 0 ? '' : `9400 1118 9922 ${pad((+o.id * 7) % 10000, 4)} ${pad((+o.id * 13) % 10000, 4)} ${pad(+o.id % 100, 2)}`), ['commerce.shipping.trackingNumber']],
    ['tracking_url', (c, o) => (+o.id % 5 === 0 ? '' : `https://tools.usps.com/go/TrackConfirmAction?tLabels=94001118992${pad((+o.id * 7) % 10000, 4)}${pad((+o.id * 13) % 10000, 4)}${pad(+o.id % 100, 2)}`), ['commerce.shipping.trackingURL']],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Sellerdeck, UK)
  { name: 'sellerdeck-customer-accounts-export', product: 'Sellerdeck (Sellerdeck Desktop: Orders > Customer Accounts > Export; the Customer, CustomerAddress and CustomerBuyer records flattened to one row per account with its invoice and delivery address; a Shropshire garden-supplies shop\'s retail accounts, UK formats)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Name', (c, o, r, i) => `${row(UK_FIRST, i)} ${row(UK_LAST, i * 7 + 3)}`, ['person.name.fullName']],
    ['External Reference', (c, o, r, i) => String(100001 + i * 37 + (+c.id % 30)), ID],
    ['Price Schedule', (c, o, r, i) => (i % 9 === 4 ? 'Trade' : 'Retail'), []],
    ['Status', () => '0', [], opt],
    ['Payment Method', (c, o, r, i) => (i % 9 === 4 ? '10009' : '10005'), []],
    ['Email On Order', (c, o, r) => (r() < 0.7 ? '1' : '0'), [], opt],
    ['Email Address', (c, o, r, i) => mail(row(UK_FIRST, i), row(UK_LAST, i * 7 + 3), r, ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com']), ['personalEmail.address']],
    ['Telephone', (c, o, r) => ukLand(r), ['homePhone.number', 'billingAddressPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.08 ? ukLand(r) : ''), ['faxPhone.number']],
    ['Contact Name', (c, o, r, i) => `${row(UK_FIRST, i)} ${row(UK_LAST, i * 7 + 3)}`, ['person.name.fullName'], opt],
    ['Salutation', (c, o, r, i) => (ukFem(i) ? ['Mrs', 'Ms', 'Miss'][i % 3] : 'Mr'), ['person.name.courtesyTitle']],
    ['Title', (c, o, r, i) => (i % 9 === 4 ? 'Head Gardener' : ''), [], opt],
    ['Comments', (c, o, r) => v.pick(r, ['', '', '', 'Leave parcels in the greenhouse', 'Trade account approved']), []],
    ['Invoice Line 1', (c, o, r, i) => row(UK, i)[0], ['billingAddress.street1']],
    ['Invoice Line 2', (c, o, r, i) => row(UK, i)[1], ['billingAddress.street2']],
    ['Invoice Line 3', (c, o, r, i) => row(UK, i)[2], ['billingAddress.city']],
    ['Invoice Line 4', (c, o, r, i) => row(UK, i)[3], ['billingAddress.stateProvince', 'billingAddress.state'], opt],
    ['Invoice Post/Zip Code', (c, o, r, i) => row(UK, i)[4], ['billingAddress.postalCode']],
    ['Invoice Country ID', () => 'UK', ['billingAddress.countryCode', 'billingAddress.country'], opt],
    ['Delivery Line 1', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[0], ['shippingAddress.street1']],
    ['Delivery Line 2', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[1], ['shippingAddress.street2']],
    ['Delivery Line 3', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[2], ['shippingAddress.city']],
    ['Delivery Line 4', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[3], ['shippingAddress.stateProvince', 'shippingAddress.state'], opt],
    ['Delivery Post/Zip Code', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[4], ['shippingAddress.postalCode']],
    ['Delivery Country ID', () => 'UK', ['shippingAddress.countryCode', 'shippingAddress.country'], opt],
    ['Residential/Commercial', (c, o, r, i) => (i % 9 === 4 ? '1' : '0'), []],
    ['Buyer Phone', (c, o, r) => (r() < 0.7 ? ukMob(r) : ''), ['mobilePhone.number']],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Swell, US)
  { name: 'swell-dashboard-customers-export', product: 'Swell (Swell dashboard: Customers > Export > CSV, one row per customer account; a Brooklyn apparel brand\'s D2C store, US formats)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => `6${v.hex(r, 23)}`, ID],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Phone', (c, o, r) => (r() < 0.6 ? `+1${usDigits(r)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Type', (c, o, r) => (r() < 0.1 ? 'business' : 'individual'), ['person.type'], opt],
    ['Group', (c, o, r) => v.pick(r, ['', '', '', 'vip', 'wholesale']), [], opt],
    ['Email opt-in', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Currency', () => 'USD', [], opt],
    ['Order count', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Order value', (c, o, r) => n2(v.int(r, 0, 120000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Balance', (c, o, r) => n2(r() < 0.2 ? 25 : 0), []],
    ['Shipping name', (c) => c.full, [], opt],
    ['Shipping address 1', (c, o, r, i) => row(US, i)[0], ['shippingAddress.street1']],
    ['Shipping address 2', (c, o, r, i) => row(US, i)[1], ['shippingAddress.street2']],
    ['Shipping city', (c, o, r, i) => row(US, i)[2], ['shippingAddress.city']],
    ['Shipping state', (c, o, r, i) => row(US, i)[3], ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping zip', (c, o, r, i) => row(US, i)[4], ['shippingAddress.postalCode']],
    ['Shipping country', () => 'US', ['shippingAddress.countryCode']],
    ['Billing address 1', (c, o, r, i) => row(US, i + (i % 5 === 0 ? 1 : 0))[0], ['billingAddress.street1']],
    ['Billing city', (c, o, r, i) => row(US, i + (i % 5 === 0 ? 1 : 0))[2], ['billingAddress.city']],
    ['Billing state', (c, o, r, i) => row(US, i + (i % 5 === 0 ? 1 : 0))[3], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Billing zip', (c, o, r, i) => row(US, i + (i % 5 === 0 ? 1 : 0))[4], ['billingAddress.postalCode']],
    ['Billing country', () => 'US', ['billingAddress.countryCode']],
    ['Date created', (c) => isoZ(c.created), [], opt],
    ['Date last order', (c) => isoZ(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (Bepoz, Australian hospitality POS)
  { name: 'bepoz-backoffice-member-accounts-au', product: 'Bepoz (BackOffice: Accounts > Account List > Export to CSV; a Newcastle NSW club\'s member accounts with points, account groups and card numbers, AU formats)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Account ID', (c, o, r, i) => String(10000 + i * 131 + (+c.id % 97)), ID],
    ['Account Number', (c, o, r, i) => String(500000 + i * 211 + (+c.id % 89)), ['loyalty.loyaltyID[0]', ...ID], opt],
    ['Card Number', (c, o, r, i) => `6014${pad((i * 7919 + +c.id) % 1e8, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Financial', 'Unfinancial', 'Suspended']), ['loyalty.status'], opt],
    ['Title', (c, o, r, i) => (auFem(i) ? ['Ms', 'Mrs', 'Miss'][i % 3] : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c, o, r, i) => auName(i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => auName(i)[1], ['person.name.lastName']],
    ['Preferred Name', (c, o, r, i) => (i % 4 === 0 ? auName(i)[0].slice(0, 4) : ''), [], opt],
    ['Date Of Birth', (c) => auD(c.birth), ['person.birthDate']],
    ['Gender', (c, o, r, i) => (auFem(i) ? 'Female' : 'Male'), ['person.gender']],
    ['Email', (c, o, r, i) => mail(auName(i)[0], auName(i)[1], r, ['bigpond.com', 'gmail.com', 'outlook.com', 'optusnet.com.au']), ['personalEmail.address']],
    ['Mobile', (c, o, r) => auMob(r), ['mobilePhone.number']],
    ['Phone Home', (c, o, r) => (r() < 0.3 ? auLand(r) : ''), ['homePhone.number']],
    ['Street', (c, o, r, i) => [row(AU, i)[0], row(AU, i)[1]].filter(Boolean).join(' '), at(HOME, 'street1')],
    ['Suburb', (c, o, r, i) => row(AU, i)[2], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(AU, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postcode', (c, o, r, i) => row(AU, i)[4], at(HOME, 'postalCode')],
    ['Account Group', (c, o, r) => v.pick(r, ['Social Member', 'Social Member', 'Gold Member', 'Platinum Member', 'Life Member']), ['loyalty.tier']],
    ['Date Joined', (c) => auD(c.created), ['loyalty.joinDate']],
    ['Membership Expiry', (c) => auD(c.created + 365 * day * (1 + (+c.id % 3))), ['loyalty.tierExpiryDate'], opt],
    ['Points Balance', (c, o, r) => n2(v.int(r, 0, 480000) / 100), ['loyalty.points']],
    ['Lifetime Points', (c, o, r) => n2(v.int(r, 480000, 2500000) / 100), ['loyalty.lifetimePoints']],
    ['Last Visit', (c) => auDT(Math.max(c.created + 3 * day, c.updated)), [], opt],
    ['Home Venue', (c, o, r) => v.pick(r, ['Hamilton', 'Merewether', 'Charlestown']), [], opt],
    ['Allow Email', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Allow SMS', (c, o, r) => (r() < 0.5 ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- POS (Lavu, US restaurant POS)
  { name: 'lavu-cp-orders-report-export', product: 'Lavu (Lavu Control Panel: Reports > Orders, Export to CSV, one row per order; an Albuquerque café-bar with table service, Mountain time)', family: 'pos', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `1-${1000 + (+o.id % 9000)}`, [OR('purchaseID'), '_id']],
    ['Location', () => 'Nob Hill Café', [], opt],
    ['Opened', (c, o) => mtYmdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Closed', (c, o) => mtYmdHMS(o.at + (35 + (+o.id % 50)) * 60000), ['timestamp'], opt],
    ['Server', (c, o) => ['Marisol G.', 'Dev P.', 'Kayla R.', 'Jonah T.'][+o.id % 4], []],
    ['Cashier', (c, o) => ['Marisol G.', 'Dev P.', 'Kayla R.', 'Jonah T.'][(+o.id + 1) % 4], []],
    ['Table', (c, o) => (+o.id % 5 === 0 ? 'Quick Serve' : `Table ${1 + (+o.id % 18)}`), []],
    ['Guests', (c, o) => String(1 + (+o.id % 4)), []],
    ['Item Count', (c, o) => String(2 + (+o.id % 6)), [], opt],
    ['Subtotal', (c, o, r, i) => n2(gi(CAFE, o, i)[2] * (2 + (+o.id % 4))), [], opt],
    ['Discount', (c, o) => n2(+o.id % 6 === 0 ? 5 : 0), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => n2(gi(CAFE, o, i)[2] * (2 + (+o.id % 4)) * 0.07875), [OR('taxAmount')]],
    ['Gratuity', (c, o) => n2(+o.id % 7 === 0 ? 9.0 : 0), []],
    ['Total', (c, o, r, i) => n2(gi(CAFE, o, i)[2] * (2 + (+o.id % 4)) * 1.07875 - (+o.id % 6 === 0 ? 5 : 0)), [OR('priceTotal')]],
    ['Cash', (c, o, r, i) => n2(+o.id % 3 === 0 ? gi(CAFE, o, i)[2] * (2 + (+o.id % 4)) * 1.07875 - (+o.id % 6 === 0 ? 5 : 0) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Card', (c, o, r, i) => n2(+o.id % 3 === 0 ? 0 : gi(CAFE, o, i)[2] * (2 + (+o.id % 4)) * 1.07875 - (+o.id % 6 === 0 ? 5 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['Gift Certificate', () => '0.00', []],
    ['Change', (c, o) => n2(+o.id % 3 === 0 ? (+o.id % 100) / 25 : 0), []],
    ['Card Tip', (c, o) => n2(+o.id % 3 === 0 ? 0 : 3 + (+o.id % 9)), []],
    ['Cash Tip', (c, o) => n2(+o.id % 3 === 0 ? 2 + (+o.id % 5) : 0), []],
    ['Card Type', (c, o) => (+o.id % 3 === 0 ? '' : ['Visa', 'Mastercard', 'Amex', 'Discover'][+o.id % 4]), [], opt],
    ['Transaction ID', (c, o, r) => (+o.id % 3 === 0 ? '' : String(v.int(r, 60000000000, 69999999999))), [OR('payments[0].transactionID')]],
    ['Refunded', (c, o) => n2(+o.id % 17 === 0 ? 6.5 : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Void', (c, o) => (+o.id % 23 === 0 ? '1' : '0'), [], opt],
    ['Register', (c, o) => ['Bar', 'Front Counter'][+o.id % 2], [], opt],
    ['Email', (c, o, r) => (r() < 0.25 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
  ] },

  // ---------------------------------------------------------------- POS (KORONA POS, US retail)
  { name: 'korona-pos-sales-export-us', product: 'KORONA POS (KORONA.pos cloud back office: Settings > Data Exchange > CSV > Export "Sales", one row per receipt item; a Brooklyn liquor store with two registers, English US UI, Eastern time)', family: 'pos', language: 'en', schema: E, cols: [
    ['Receipt Number', (c, o) => String(7000 + (+o.id % 90000)), [OR('purchaseID'), '_id']],
    ['Booking Time', (c, o) => usDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Organizational Unit', () => 'Atlantic Ave Wine & Spirits', [], opt],
    ['Organizational Unit Number', () => '1', []],
    ['POS Number', (c, o) => String(1 + (+o.id % 2)), []],
    ['Cashier Code', (c, o) => String(10 + (+o.id % 4)), []],
    ['Cashier', (c, o) => ['Luis M.', 'Tasha W.', 'Ben K.', 'Ari S.'][+o.id % 4], []],
    ['Product Number', (c, o, r, i) => gi(LIQUOR, o, i)[0], [PL('SKU')]],
    ['Code', (c, o, r, i) => gi(LIQUOR, o, i)[1], [PL('SKU')], opt],
    ['Product Name', (c, o, r, i) => gi(LIQUOR, o, i)[2], [PL('name')]],
    ['Commodity Group', (c, o, r, i) => gi(LIQUOR, o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Quantity', (c, o) => String(o.qty % 3 || 1), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => n2(gi(LIQUOR, o, i)[4]), [], opt],
    ['Item Discount', (c, o, r, i) => n2(+o.id % 5 === 0 ? gi(LIQUOR, o, i)[4] * 0.1 : 0), [PL('discountAmount')], opt],
    ['Item Total', (c, o, r, i) => n2(gi(LIQUOR, o, i)[4] * (o.qty % 3 || 1) * (+o.id % 5 === 0 ? 0.9 : 1)), [PL('priceTotal')]],
    ['Sales Tax %', () => '8.875', []],
    ['Customer Group', (c, o) => (+o.id % 4 === 0 ? 'Wine Club' : 'Walk-in'), [], opt],
    ['Customer Number', (c, o) => (+o.id % 4 === 0 ? String(20000 + (+c.id % 5000)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Payment Method', (c, o) => ['Credit Card', 'Cash', 'Credit Card', 'Debit Card', 'EBT'][+o.id % 5 === 4 ? 0 : +o.id % 4], [OR('payments[0].paymentType')]],
    ['Receipt Total', (c, o, r, i) => n2(gi(LIQUOR, o, i)[4] * (o.qty % 3 || 1) * (+o.id % 5 === 0 ? 0.9 : 1) * 1.08875), [OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Receipt Voided', (c, o) => (+o.id % 29 === 0 ? 'true' : 'false'), [], opt],
  ] },

  // ---------------------------------------------------------------- POS customers (NCR Counterpoint, US)
  { name: 'ncr-counterpoint-ar-cust-export', product: 'NCR Counterpoint (Customers export with the AR_CUST column names, CSV from the Counterpoint SQL database; a Virginia hardware and garden store with a points program, US formats)', family: 'pos', language: 'en', schema: P, cols: [
    ['CUST_NO', (c, o, r, i) => String(1000 + i * 61 + (+c.id % 53)), ID],
    ['NAM', (c) => `${c.first} ${c.last}`.toUpperCase(), ['person.name.fullName']],
    ['FST_NAM', (c) => c.first.toUpperCase(), ['person.name.firstName']],
    ['LST_NAM', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['SALUTATION', (c, o, r) => (r() < 0.3 ? (c.female ? 'MS.' : 'MR.') : ''), ['person.name.courtesyTitle']],
    ['CUST_TYP', (c, o, r) => (r() < 0.15 ? 'A' : 'N'), []],
    ['ADRS_1', (c, o, r, i) => row(VA, i)[0], at(HOME, 'street1')],
    ['ADRS_2', (c, o, r, i) => row(VA, i)[1], at(HOME, 'street2')],
    ['ADRS_3', () => '', [], opt],
    ['CITY', (c, o, r, i) => row(VA, i)[2], at(HOME, 'city')],
    ['STATE', (c, o, r, i) => row(VA, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['ZIP_COD', (c, o, r, i) => row(VA, i)[4], at(HOME, 'postalCode')],
    ['CNTRY', () => 'US', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['PHONE_1', (c, o, r) => `${v.int(r, 540, 540)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['homePhone.number']],
    ['MBL_PHONE_1', (c, o, r) => (r() < 0.6 ? `${v.pick(r, ['540', '571', '703', '434'])}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}` : ''), ['mobilePhone.number']],
    ['EMAIL_ADRS_1', (c) => c.email.toUpperCase(), ['personalEmail.address']],
    ['EMAIL_ADRS_2', () => '', [], opt],
    ['CATEG_COD', (c, o, r) => v.pick(r, ['RETAIL', 'RETAIL', 'RETAIL', 'CONTRACTOR', 'FARM']), []],
    ['TAX_COD', () => 'VA-ROCK', []],
    ['STR_ID', (c, o, r) => v.pick(r, ['MAIN', 'MAIN', 'LEX']), [], opt],
    ['LOY_PGM_COD', (c, o, r) => (r() < 0.85 ? 'REWARDS' : ''), ['loyalty.program'], opt],
    ['LOY_CARD_NO', (c, o, r, i) => `2900${pad((i * 7919 + +c.id) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['LOY_PTS_BAL', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['FST_SAL_DAT', (c) => `${new Date(c.created).toISOString().slice(0, 10)} 00:00:00.000`, [], opt],
    ['LST_SAL_DAT', (c) => `${new Date(Math.max(c.created, c.updated)).toISOString().slice(0, 10)} 00:00:00.000`, [], opt],
    ['LST_SAL_AMT', (c, o, r) => n2(v.int(r, 300, 45000) / 100), []],
    ['BAL', (c, o, r) => n2(r() < 0.15 ? v.int(r, 1000, 90000) / 100 : 0), []],
    ['INCLUDE_IN_MARKETING_MAILOUTS', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['LST_MAINT_DT', (c) => `${new Date(Math.max(c.created, c.updated)).toISOString().replace('T', ' ').slice(0, 23)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- B2B wholesale e-commerce (NuORDER, buyers)
  { name: 'nuorder-buyer-data-download', product: 'NuORDER (Settings > Brand Admin > Data > Buyer Data > Download CSV, one row per buyer login; a Los Angeles denim brand\'s wholesale buyers at US boutiques and department stores)', family: 'ecommerce-customers', language: 'en', schema: B, cols: [
    ['Company', (c, o, r, i) => row(BOUTIQUES, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Code', (c, o, r, i) => row(BOUTIQUES, i)[1], ['b2b.accountID', 'b2b.accountKey.sourceID']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c, o, r, i) => `${c.first[0]}${c.last}`.toLowerCase() + '@' + row(BOUTIQUES, i)[2], ['workEmail.address', 'personalEmail.address']],
    ['Title', (c, o, r) => v.pick(r, ['Buyer', 'Owner', 'Assistant Buyer', 'Merchandise Manager', 'Store Manager']), ['extendedWorkDetails.jobTitle']],
    ['Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? usPhone(r) : ''), ['mobilePhone.number']],
    ['Sales Rep 1 Email', (c, o, r, i) => ['dana@indigolinedenim.com', 'marco@indigolinedenim.com', 'showroom.ny@indigolinedenim.com'][i % 3], []],
    ['Sales Rep 2 Email', (c, o, r, i) => (i % 4 === 0 ? 'wholesale@indigolinedenim.com' : ''), []],
    ['Sales Rep 3 Email', () => '', []],
    ['Rep Code', (c, o, r, i) => ['DK', 'MR', 'NYSR'][i % 3], []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Invited', 'Inactive']), ['b2b.personStatus'], opt],
    ['Created', (c) => usD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Login', (c) => usDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Market week: Coterie NY', 'Prefers pre-pack sizing']), []],
  ] },

  // ---------------------------------------------------------------- shipments (ShippingEasy, US)
  { name: 'shippingeasy-shipment-history-export', product: 'ShippingEasy (Reports > Shipment history > Download CSV, one row per shipment item; a Dallas apparel brand shipping Shopify and Etsy orders with USPS and UPS, US formats)', family: 'shipments', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => (+o.id % 3 === 0 ? String(3100000000 + +o.id * 7) : `#${1000 + (+o.id % 9000)}`), [OR('purchaseID')]],
    ['Order Date', (c, o) => usDT(o.at), ['timestamp', OR('createdDate')]],
    ['Ship Date', (c, o) => usD(o.at + day), ['commerce.shipping.shipDate'], opt],
    ['Store', (c, o) => (+o.id % 3 === 0 ? 'Etsy - RanchWearCo' : 'Shopify - ranchwear.co'), [], opt],
    ['Status', (c, o) => ['Shipped', 'Shipped', 'Shipped', 'Delivered', 'Label voided'][+o.id % 5], [], opt],
    ['Recipient', (c) => c.full, []],
    ['Company', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Address Line 1', (c, o, r, i) => row(US, i + 1)[0], [SHIP('street1')]],
    ['Address Line 2', (c, o, r, i) => row(US, i + 1)[1], [SHIP('street2')]],
    ['City', (c, o, r, i) => row(US, i + 1)[2], [SHIP('city')]],
    ['State', (c, o, r, i) => row(US, i + 1)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Postal Code', (c, o, r, i) => row(US, i + 1)[4], [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Requested Service', (c, o) => ['Standard Shipping', 'Free Shipping', 'Express'][+o.id % 3], ['commerce.shipping.shippingMethod'], opt],
    ['Carrier', (c, o) => (+o.id % 3 === 2 ? 'UPS' : 'USPS'), [], opt],
    ['Service', (c, o) => (+o.id % 3 === 2 ? 'UPS 2nd Day Air' : 'USPS Ground Advantage'), ['commerce.shipping.shippingMethod']],
    ['Package Type', (c, o) => (+o.id % 2 ? 'Package' : 'Flat Rate Padded Envelope'), []],
    ['Weight (oz)', (c, o) => String(6 + (+o.id % 40)), []],
    ['Tracking Number', (c, o) => (+o.id % 3 === 2 ? `1Z8A47W2${pad((+o.id * 7919) % 1e10, 10)}` : `9400 1362 0${pad((+o.id * 31) % 1000, 3)} ${pad((+o.id * 7) % 10000, 4)} ${pad((+o.id * 13) % 10000, 4)} ${pad(+o.id % 100, 2)}`), ['commerce.shipping.trackingNumber']],
    ['Shipping Paid', (c, o) => n2(+o.id % 3 === 1 ? 0 : +o.id % 3 === 2 ? 18.5 : 5.95), ['commerce.shipping.shippingAmount']],
    ['Postage Cost', (c, o) => n2(+o.id % 3 === 2 ? 16.42 : 4.87 + (+o.id % 5) * 0.31), [], opt],
    ['Order Total', (c, o, r, i) => n2(row(SHIRTS, i)[2] * (1 + (+o.id % 2)) + (+o.id % 3 === 1 ? 0 : +o.id % 3 === 2 ? 18.5 : 5.95)), [OR('priceTotal')]],
    ['Item SKU', (c, o, r, i) => row(SHIRTS, i)[0], [PL('SKU')]],
    ['Item Name', (c, o, r, i) => row(SHIRTS, i)[1], [PL('name')]],
    ['Item Quantity', (c, o) => String(1 + (+o.id % 2)), [PL('quantity')]],
    ['Custom 1', (c, o) => (+o.id % 4 === 0 ? 'gift' : ''), []],
  ] },

  // ---------------------------------------------------------------- shipments (Shippit, Australia: order CSV for carriers)
  { name: 'shippit-carrier-orders-csv-au', product: 'Shippit (order CSV that Shippit writes to a carrier\'s SFTP folder, one row per consignment; a Sydney homewares retailer\'s orders, AU formats)', family: 'shipments', language: 'en', schema: E, cols: [
    ['sender_company_name', () => 'Harbour & Hearth Pty Ltd', []],
    ['sender_name', () => 'Dispatch Team', []],
    ['sender_email', () => 'dispatch@harbourandhearth.com.au', []],
    ['sender_contact_number', () => '+61 2 9557 0142', []],
    ['sender_address', () => 'Unit 3, 14 Sydenham Rd', []],
    ['sender_suburb', () => 'Marrickville', []],
    ['sender_postcode', () => '2204', []],
    ['sender_state_code', () => 'NSW', []],
    ['sender_country_code', () => 'AU', []],
    ['receiver_company_name', (c, o, r) => (r() < 0.1 ? 'Bright Side Cafe' : ''), []],
    ['receiver_name', (c, o, r, i) => auName(i + 3).join(' '), []],
    ['receiver_email', (c, o, r, i) => mail(auName(i + 3)[0], auName(i + 3)[1], r, ['gmail.com', 'bigpond.com', 'icloud.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['receiver_contact_number', (c, o, r) => auMobIntl(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['receiver_address_line_1', (c, o, r, i) => (row(AU, i + 2)[1] ? `${row(AU, i + 2)[0]}, ${row(AU, i + 2)[1]}` : row(AU, i + 2)[0]), [SHIP('street1')]],
    ['receiver_address_line_2', (c, o, r, i) => (i % 6 === 1 ? 'Level 2' : ''), [SHIP('street2')]],
    ['receiver_suburb', (c, o, r, i) => row(AU, i + 2)[2], [SHIP('city')]],
    ['receiver_postcode', (c, o, r, i) => row(AU, i + 2)[4], [SHIP('postalCode')]],
    ['receiver_state_code', (c, o, r, i) => row(AU, i + 2)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['receiver_country_code', () => 'AU', [SHIP('countryCode')]],
    ['consignment_number', (c, o) => `00093${pad((+o.id * 7919) % 1e9, 9)}${pad(+o.id % 10000, 4)}`, ['commerce.shipping.trackingNumber']],
    ['account_number', () => 'HHP0042', []],
    ['authority_to_leave', (c, o) => (+o.id % 3 === 0 ? 'N' : 'Y'), [], opt],
    ['product_code', (c, o) => (+o.id % 4 === 0 ? 'EXPRESS' : 'STANDARD'), ['commerce.shipping.shippingMethod'], opt],
    ['pickup_instructions', () => 'Rear roller door, ring bell', []],
    ['delivery_instructions', (c, o) => ['', 'Leave at front door', '', 'Side gate', ''][+o.id % 5], []],
    ['tracking_number', (c, o) => `PPS${pad((+o.id * 104729) % 1e10, 10)}`, ['commerce.shipping.trackingNumber']],
    ['retailer_order_number', (c, o) => `HH${100000 + (+o.id % 90000)}`, [OR('purchaseID')]],
    ['parcel_count', (c, o) => String(1 + (+o.id % 3 === 0 ? 1 : 0)), []],
    ['total_weight_kg', (c, o) => (0.4 + (+o.id % 40) / 10).toFixed(2), []],
    ['created_at', (c, o) => isoZ(o.at), ['timestamp'], opt],
  ] },

  // ---------------------------------------------------------------- shipments (Chit Chats, Canada)
  { name: 'chitchats-shipments-export-ca', product: 'Chit Chats (Shipments > select > Export CSV; a Vancouver sticker and print shop\'s cross-border shipments to the US, Canada and the UK, Pacific time)', family: 'shipments', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.alnum(r, 10).toUpperCase(), ['_id'], opt],
    ['status', (c, o) => ['delivered', 'delivered', 'in_transit', 'received', 'ready', 'canceled'][+o.id % 6], [], opt],
    ['created_at', (c, o) => vanIso(o.at), ['timestamp'], opt],
    ['batch_id', (c, o) => (+o.id % 4 === 0 ? '' : String(1200000 + (+o.id % 800))), []],
    ['order_id', (c, o) => `#${2000 + (+o.id % 8000)}`, [OR('purchaseID')]],
    ['order_store', (c, o) => (+o.id % 2 ? 'Etsy' : 'Shopify'), [], opt],
    ['to_name', (c, o, r, i) => row(US_DEST, i)[0], []],
    ['to_address_1', (c, o, r, i) => row(US_DEST, i)[1], [SHIP('street1')]],
    ['to_address_2', (c, o, r, i) => row(US_DEST, i)[2], [SHIP('street2')]],
    ['to_city', (c, o, r, i) => row(US_DEST, i)[3], [SHIP('city')]],
    ['to_province_code', (c, o, r, i) => row(US_DEST, i)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['to_postal_code', (c, o, r, i) => row(US_DEST, i)[5], [SHIP('postalCode')]],
    ['to_country_code', (c, o, r, i) => row(US_DEST, i)[6], [SHIP('countryCode')]],
    ['to_phone', (c, o, r) => (r() < 0.4 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['return_name', () => 'Paper Tide Studio', []],
    ['return_city', () => 'Vancouver', []],
    ['package_contents', () => 'merchandise', [], opt],
    ['description', (c, o, r, i) => gi(PRINTS, o, i)[0], [PL('name')], opt],
    ['value', (c, o, r, i) => n2(gi(PRINTS, o, i)[2]), [OR('priceTotal')], opt],
    ['value_currency', (c, o, r, i) => (row(US_DEST, i)[6] === 'US' ? 'usd' : 'cad'), [OR('currencyCode')], opt],
    ['package_type', (c, o) => (+o.id % 3 === 0 ? 'flat_rate_envelope' : 'parcel'), []],
    ['size_unit', () => 'cm', []],
    ['size_x', (c, o) => String(20 + (+o.id % 15)), []],
    ['size_y', (c, o) => String(15 + (+o.id % 10)), []],
    ['size_z', (c, o) => String(1 + (+o.id % 8)), []],
    ['weight_unit', () => 'g', []],
    ['weight', (c, o) => String(80 + (+o.id % 60) * 10), []],
    ['insurance_requested', (c, o) => (+o.id % 5 === 0 ? 'true' : 'false'), [], opt],
    ['signature_requested', () => 'false', [], opt],
    ['postage_type', (c, o, r, i) => (row(US_DEST, i)[6] === 'US' ? 'usps_ground_advantage' : row(US_DEST, i)[6] === 'CA' ? 'chit_chats_canada_tracked' : 'chit_chats_international_tracked'), ['commerce.shipping.shippingMethod']],
    ['carrier', (c, o, r, i) => (row(US_DEST, i)[6] === 'US' ? 'USPS' : row(US_DEST, i)[6] === 'CA' ? 'Canada Post' : 'Asendia'), [], opt],
    ['carrier_tracking_code', (c, o, r, i) => (row(US_DEST, i)[6] === 'US' ? `9400 1111 0${pad((+o.id * 17) % 1000, 3)} ${pad((+o.id * 7) % 10000, 4)} ${pad((+o.id * 3) % 10000, 4)} ${pad(+o.id % 100, 2)}` : `LX${pad((+o.id * 7919) % 1e9, 9)}CA`), ['commerce.shipping.trackingNumber']],
    ['tracking_url', (c, o) => `https://chitchats.com/tracking/${(+o.id * 7919).toString(36).toUpperCase()}`, ['commerce.shipping.trackingURL']],
    ['postage_fee', (c, o, r, i) => n2(row(US_DEST, i)[6] === 'US' ? 6.12 + (+o.id % 5) * 0.4 : 11.85), [], opt],
    ['purchase_amount', (c, o, r, i) => n2((row(US_DEST, i)[6] === 'US' ? 6.12 + (+o.id % 5) * 0.4 : 11.85) * 1.05), [], opt],
  ] },
]
