// Round 68, tune68: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). UK and US marketplace, platform, POS, gift-card and returns exports
// (orders, order lines, customers, gift cards, returns, marketplace transactions), all English.
import { E, P, v, at, HOME, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// UK "22/05/2024", "22/05/2024 14:31", "22/05/2024 14:31:07" (London, BST +1 ignored: UTC)
const dmy = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "22 May 2024" and "22 May 2024, 14:31"
const dMonY = (ms) => { const p = shift(ms, 0); return `${p.d} ${MON[p.m - 1]} ${p.y}` }
const dMonYT = (ms) => { const p = shift(ms, 0); return `${p.d} ${MON[p.m - 1]} ${p.y}, ${pad(p.H)}:${pad(p.M)}` }
// US "05/22/2024", "5/22/2024 2:31 PM", "May 22, 2024"
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
// ISO "2024-05-22T14:31:07Z", "2024-05-22 14:31:07", "2024-05-22"
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const day = 86400000
const gbp = (n) => n.toFixed(2)
const gbp$ = (n) => `£${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const usd = (n) => n.toFixed(2)
const usd$ = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const ukMobile = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const ukMobileIntl = (r) => `+447${v.int(r, 100, 999)}${v.int(r, 100000, 999999)}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhoneDigits = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`

// people, places and goods
const UK_NAMES = [['Mr', 'Oliver', 'Hughes', 'M'], ['Mrs', 'Charlotte', 'Evans', 'F'], ['Ms', 'Amelia', 'Patel', 'F'], ['Mr', 'Harry', 'Walsh', 'M'], ['Miss', 'Isla', 'Murphy', 'F'], ['Mr', 'Jack', 'Thompson', 'M'], ['Mrs', 'Sophie', 'O\'Brien', 'F'], ['Dr', 'George', 'Kaur', 'M'], ['Ms', 'Emily', 'Roberts', 'F'], ['Mr', 'Noah', 'Campbell', 'M']]
const UK_ADDR = [
  ['14 Victoria Road', '', 'Harrogate', 'North Yorkshire', 'HG1 5LG', 'GB', 'United Kingdom'], ['Flat 3', '27 Albert Street', 'Bristol', 'Avon', 'BS5 0AA', 'GB', 'United Kingdom'],
  ['8 Church Lane', '', 'Guildford', 'Surrey', 'GU1 3PW', 'GB', 'United Kingdom'], ['112 High Street', 'Kings Heath', 'Birmingham', 'West Midlands', 'B14 7JZ', 'GB', 'United Kingdom'],
  ['5 Meadow Close', '', 'Cheltenham', 'Gloucestershire', 'GL52 3RT', 'GB', 'United Kingdom'], ['41 Marchmont Road', '', 'Edinburgh', 'Midlothian', 'EH9 1HT', 'GB', 'United Kingdom'],
  ['Apartment 12', '2 Dock Street', 'Leeds', 'West Yorkshire', 'LS10 1JF', 'GB', 'United Kingdom'], ['19 Pembroke Road', 'Ballsbridge', 'Dublin 4', 'Co. Dublin', 'D04 X2K7', 'IE', 'Ireland'],
  ['73 Mill Road', '', 'Cambridge', 'Cambridgeshire', 'CB1 2AW', 'GB', 'United Kingdom'], ['2 Rose Terrace', '', 'Cardiff', 'South Glamorgan', 'CF24 3AB', 'GB', 'United Kingdom'],
]
const US_ADDR = [
  ['1420 Pearl St', 'Boulder', 'CO', '80302'], ['88 Elm St', 'Burlington', 'VT', '05401'], ['2301 Guadalupe St', 'Austin', 'TX', '78705'],
  ['415 Main Street', 'Park City', 'UT', '84060'], ['1907 N Milwaukee Ave', 'Chicago', 'IL', '60647'], ['212 King St', 'Charleston', 'SC', '29401'],
  ['57 Newbury St', 'Boston', 'MA', '02116'], ['4110 SE Hawthorne Blvd', 'Portland', 'OR', '97214'], ['630 W 5th St', 'Winston-Salem', 'NC', '27101'],
]
const GIFTS = [['PERS-MUG-01', 'Personalised Name Mug', 'Name: Gran', 14.0], ['FAM-PRINT-A4', 'Family Illustration Print', 'Size: A4, Frame: Oak', 45.0], ['BIRTH-CHARM', 'Birthstone Charm Necklace', 'Stone: Sapphire', 32.5], ['DOG-BDNA-L', 'Personalised Dog Bandana', 'Size: L', 12.0], ['GIN-HAMPER', 'Gin Lover\'s Hamper', '', 38.0], ['LEATH-WAL', 'Engraved Leather Wallet', 'Initials: J.W.', 29.0]]
const FASHION = [['VTG-LEV-501-32', 'Vintage Levi\'s 501 Jeans W32', 'W32 L30', 38.0], ['RWK-DRS-FLR-10', 'Reworked Floral Midi Dress', 'UK 10', 45.0], ['VTG-NK-SWT-L', 'Vintage 90s Nike Sweatshirt', 'L', 32.0], ['IND-KNT-CRM-M', 'Chunky Knit Cardigan Cream', 'M', 55.0], ['VTG-BRB-TRN-12', 'Vintage Trench Coat', 'UK 12', 85.0]]
const DIY = [['5056101234567', 'BQ-SHLV-180', 'Freestanding 5 Tier Shelving Unit 180cm', 49.99], ['5055987654321', 'BQ-MIX-1600', 'Cordless Paint Mixer 18V', 64.0], ['5060432109876', 'BQ-PLNT-3PK', 'Ceramic Plant Pots Set of 3', 24.99], ['5019876543210', 'BQ-RUG-160', 'Outdoor Rug 160x230cm Grey', 59.0], ['5060111222333', 'BQ-BBQ-KTL', 'Kettle Charcoal BBQ 57cm', 89.99]]
const GROCERY_GM = [['5059012345678', '321-7654', 'Bamboo Bathroom Storage Cabinet', 69.99], ['5061234567890', '309-1122', 'Kids Wooden Play Kitchen', 84.0], ['5057654321098', '315-9087', 'Memory Foam Pillow 2 Pack', 27.5], ['5054321098765', '318-4455', 'Stainless Steel Air Fryer 5.5L', 79.99], ['5053210987654', '322-0001', 'Garden Solar String Lights 20m', 19.99]]
const HOME_US = [['WF-SOFA-GRY-84', 'Aubrey 84" Square Arm Sofa', 'Grey', 612.0], ['WF-LMP-BRS-2', 'Kellen 62" Floor Lamp', 'Brass', 88.5], ['WF-RUG-5X8-NVY', 'Lorien Navy Area Rug 5x8', 'Navy', 140.0], ['WF-DESK-OAK-48', 'Marlo 48" Writing Desk', 'Natural Oak', 215.0], ['WF-BAR-STL-2PK', 'Tilden Counter Stool (Set of 2)', 'Black', 129.0]]
const RETURN_REASONS = ['Too small', 'Too big', 'Changed my mind', 'Not as described', 'Damaged in transit', 'Wrong item sent', 'Better price elsewhere']
const nmU = (i) => `${row(UK_NAMES, i)[1]} ${row(UK_NAMES, i)[2]}`
const mailU = (i, r) => `${row(UK_NAMES, i)[1].toLowerCase()}.${row(UK_NAMES, i)[2].toLowerCase().replace(/[^a-z]/g, '')}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'])}`
const nm = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- marketplace orders (notonthehighstreet, partner admin: Orders > Export orders, CSV)
  { name: 'noths-partner-orders-export', product: 'notonthehighstreet (NOTHS partner admin: Orders > Export orders, CSV, English UI, a UK small personalised-gifts business selling on the marketplace)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o, r) => String(v.int(r, 30000000, 39999999)), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => dmyHM(o.at), ['timestamp', OR('createdDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['dispatched', 'dispatched', 'accepted', 'placed', 'declined', 'refunded']), [], opt],
    ['Dispatch By', (c, o) => dmy(o.at + 3 * day), [], opt],
    ['Delivery Service', (c, o, r) => v.pick(r, ['Standard Delivery', 'Standard Delivery', 'Express Delivery', 'Nominated Day']), ['commerce.shipping.shippingMethod'], opt],
    ['Customer Name', (c, o, r, i) => nmU(i), []],
    ['Delivery Name', (c, o, r, i) => nmU(i + 3), []],
    ['Delivery Address 1', (c, o, r, i) => row(UK_ADDR, i)[0], [SHIP('street1')]],
    ['Delivery Address 2', (c, o, r, i) => row(UK_ADDR, i)[1], [SHIP('street2')]],
    ['Delivery Town', (c, o, r, i) => row(UK_ADDR, i)[2], [SHIP('city')]],
    ['Delivery County', (c, o, r, i) => row(UK_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')], opt],
    ['Delivery Postcode', (c, o, r, i) => row(UK_ADDR, i)[4], [SHIP('postalCode')]],
    ['Delivery Country', (c, o, r, i) => row(UK_ADDR, i)[6], [SHIP('country')]],
    ['Product Code', (c, o, r, i) => row(GIFTS, i)[0], [PL('SKU')]],
    ['Product Title', (c, o, r, i) => row(GIFTS, i)[1], [PL('name')]],
    ['Options', (c, o, r, i) => row(GIFTS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Personalisation', (c, o, r) => v.pick(r, ['', 'Happy 80th Birthday Gran!', 'Biscuit', 'J & M 12.06.2021', 'Best Dad Ever']), []],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => gbp(row(GIFTS, i)[3]), [PL('priceTotal')], opt],
    ['Delivery Charge', (c, o) => gbp(o.shipping ? 3.95 : 0), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o, r, i) => gbp(row(GIFTS, i)[3] * o.qty + (o.shipping ? 3.95 : 0)), [OR('priceTotal')]],
    ['Gift Message', (c, o, r) => v.pick(r, ['', '', 'Lots of love, Sam x', 'Congratulations on the new house!']), []],
    ['Gift Wrap', (c, o, r) => (r() < 0.25 ? 'Yes' : 'No'), []],
    ['Commission', (c, o, r, i) => gbp(row(GIFTS, i)[3] * o.qty * 0.25), []],
    ['Courier', (c, o, r) => v.pick(r, ['Royal Mail', 'Royal Mail', 'DPD', 'Evri']), [], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.6 ? `${v.pick(r, ['AB', 'TT', 'JV'])}${v.int(r, 100000000, 999999999)}GB` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Dispatched At', (c, o, r) => (r() < 0.7 ? dmyHM(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketplace sales (ASOS Marketplace, boutique admin: Sales > Export CSV)
  { name: 'asos-marketplace-boutique-sales-export', product: 'ASOS Marketplace (boutique admin: My Sales > Export to CSV, English UI, a UK vintage and reworked-fashion boutique; one row per item sold)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => `AM${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => dMonY(o.at), ['timestamp', OR('createdDate')]],
    ['Item ID', (c, o, r) => String(v.int(r, 2000000, 4999999)), [], opt],
    ['Item Title', (c, o, r, i) => row(FASHION, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(FASHION, i)[0], [PL('SKU')]],
    ['Size', (c, o, r, i) => row(FASHION, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Qty', () => '1', [PL('quantity')]],
    ['Price', (c, o, r, i) => gbp$(row(FASHION, i)[3]), [PL('priceTotal')]],
    ['Postage', (c, o) => gbp$(o.shipping ? 3.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => gbp$(row(FASHION, i)[3] + (o.shipping ? 3.5 : 0)), [OR('priceTotal')]],
    ['Currency', (c, o, r, i) => (row(UK_ADDR, i)[5] === 'IE' ? 'EUR' : 'GBP'), [OR('currencyCode')], opt],
    ['Customer Name', (c, o, r, i) => nmU(i + 1), []],
    ['Address Line 1', (c, o, r, i) => row(UK_ADDR, i + 1)[0], [SHIP('street1')]],
    ['Address Line 2', (c, o, r, i) => row(UK_ADDR, i + 1)[1], [SHIP('street2')]],
    ['Town/City', (c, o, r, i) => row(UK_ADDR, i + 1)[2], [SHIP('city')]],
    ['County', (c, o, r, i) => row(UK_ADDR, i + 1)[3], [SHIP('stateProvince'), SHIP('state')], opt],
    ['Postcode', (c, o, r, i) => row(UK_ADDR, i + 1)[4], [SHIP('postalCode')]],
    ['Country', (c, o, r, i) => row(UK_ADDR, i + 1)[6], [SHIP('country')]],
    ['Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Awaiting Shipment', 'Cancelled', 'Returned']), [], opt],
    ['Shipped Date', (c, o, r) => (r() < 0.7 ? dMonY(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['AB', 'JV'])}${v.int(r, 100000000, 999999999)}GB` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Commission', (c, o, r, i) => gbp$(row(FASHION, i)[3] * 0.2), []],
    ['Payout', (c, o, r, i) => gbp$(row(FASHION, i)[3] * 0.8 + (o.shipping ? 3.5 : 0)), []],
  ] },

  // ---------------------------------------------------------------- marketplace order lines (Tesco Marketplace, Mirakl seller back office: Orders > Export order lines)
  { name: 'tesco-marketplace-order-lines-export', product: 'Tesco Marketplace (seller back office on Mirakl: Orders > Order lines > Export (CSV), English UI, a UK home and kitchen seller)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Date created', (c, o) => dmyHMS(o.at), ['timestamp', OR('createdDate')], opt],
    ['Order number', (c, o, r) => `${v.int(r, 1000000000, 1999999999)}-A`, [OR('purchaseID'), '_id']],
    ['Order line ID', (c, o, r) => `${v.int(r, 1000000000, 1999999999)}-A-1`, [], opt],
    ['Order line status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Received', 'Shipping in progress', 'Waiting acceptance', 'Refused', 'Canceled']), [], opt],
    ['Offer SKU', (c, o, r, i) => `HK-${row(GROCERY_GM, i)[1]}`, [PL('SKU')]],
    ['Product SKU', (c, o, r, i) => row(GROCERY_GM, i)[1], [PL('SKU')], opt],
    ['EAN', (c, o, r, i) => row(GROCERY_GM, i)[0], [PL('SKU')], opt],
    ['Product label', (c, o, r, i) => row(GROCERY_GM, i)[2], [PL('name')]],
    ['Category label', (c, o, r) => v.pick(r, ['Home & Furniture', 'Kitchen Appliances', 'Toys', 'Garden']), [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit price', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3]), [PL('priceTotal')], opt],
    ['Price', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3] * o.qty), [PL('priceTotal')]],
    ['Shipping price', (c, o) => gbp(o.shipping ? 4.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Total price', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3] * o.qty + (o.shipping ? 4.99 : 0)), [OR('priceTotal')], opt],
    ['Commission (excl. VAT)', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3] * o.qty * 0.12), []],
    ['Commission VAT', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3] * o.qty * 0.024), []],
    ['Amount transferred to shop', (c, o, r, i) => gbp(row(GROCERY_GM, i)[3] * o.qty * 0.856), []],
    ['Currency', () => 'GBP', [OR('currencyCode')], opt],
    ['Shipping method', (c, o, r) => v.pick(r, ['Standard Delivery', 'Standard Delivery', 'Large Item Delivery']), ['commerce.shipping.shippingMethod'], opt],
    ['Shipping deadline', (c, o) => dmyHMS(o.at + 2 * day), [], opt],
    ['Customer first name', (c, o, r, i) => row(UK_NAMES, i + 2)[1], []],
    ['Customer last name', (c, o, r, i) => row(UK_NAMES, i + 2)[2], []],
    ['Shipping address street 1', (c, o, r, i) => row(UK_ADDR, i + 2)[0], [SHIP('street1')]],
    ['Shipping address street 2', (c, o, r, i) => row(UK_ADDR, i + 2)[1], [SHIP('street2')]],
    ['Shipping address zip', (c, o, r, i) => row(UK_ADDR, i + 2)[4], [SHIP('postalCode')]],
    ['Shipping address city', (c, o, r, i) => row(UK_ADDR, i + 2)[2], [SHIP('city')]],
    ['Shipping address country', (c, o, r, i) => row(UK_ADDR, i + 2)[6], [SHIP('country')]],
    ['Shipping address phone', (c, o, r) => ukMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Carrier', (c, o, r) => v.pick(r, ['DPD', 'Royal Mail', 'Parcelforce', 'Evri']), [], opt],
    ['Tracking number', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1500000000, 1599999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- marketplace orders (B&Q Marketplace, Kingfisher's Mirakl seller portal: My Orders > Export)
  { name: 'bq-marketplace-orders-export', product: 'B&Q Marketplace (diy.com, Kingfisher\'s seller portal on Mirakl: My Orders > Export orders (CSV), English UI, a UK DIY and garden seller)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => `BQ${v.int(r, 10000000, 99999999)}-A`, [OR('purchaseID'), '_id']],
    ['Commercial ID', (c, o, r) => `BQ${v.int(r, 10000000, 99999999)}`, [OR('purchaseID')], opt],
    ['Date created', (c, o) => iso(o.at), ['timestamp', OR('createdDate')]],
    ['Acceptance date', (c, o) => iso(o.at + 3600000), [], opt],
    ['Last updated', (c, o, r) => iso(o.at + v.int(r, 1, 6) * day), [OR('lastUpdatedDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['SHIPPED', 'SHIPPED', 'RECEIVED', 'SHIPPING', 'CANCELED', 'CLOSED']), [], opt],
    ['Customer civility', (c, o, r, i) => row(UK_NAMES, i + 4)[0], []],
    ['Customer firstname', (c, o, r, i) => row(UK_NAMES, i + 4)[1], []],
    ['Customer lastname', (c, o, r, i) => row(UK_NAMES, i + 4)[2], []],
    ['Shipping street 1', (c, o, r, i) => row(UK_ADDR, i + 4)[0], [SHIP('street1')]],
    ['Shipping street 2', (c, o, r, i) => row(UK_ADDR, i + 4)[1], [SHIP('street2')]],
    ['Shipping city', (c, o, r, i) => row(UK_ADDR, i + 4)[2], [SHIP('city')]],
    ['Shipping zip code', (c, o, r, i) => row(UK_ADDR, i + 4)[4], [SHIP('postalCode')]],
    ['Shipping country', (c, o, r, i) => row(UK_ADDR, i + 4)[6], [SHIP('country')]],
    ['Shipping phone', (c, o, r) => ukMobileIntl(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Billing street 1', (c, o, r, i) => row(UK_ADDR, i + 5)[0], [BILL('street1')]],
    ['Billing city', (c, o, r, i) => row(UK_ADDR, i + 5)[2], [BILL('city')]],
    ['Billing zip code', (c, o, r, i) => row(UK_ADDR, i + 5)[4], [BILL('postalCode')]],
    ['Product SKU', (c, o, r, i) => row(DIY, i)[1], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(DIY, i)[0], [PL('SKU')], opt],
    ['Product title', (c, o, r, i) => row(DIY, i)[2], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit price', (c, o, r, i) => gbp(row(DIY, i)[3]), [PL('priceTotal')], opt],
    ['Shipping price', (c, o) => gbp(o.shipping ? 5.95 : 0), ['commerce.shipping.shippingAmount']],
    ['Total price', (c, o, r, i) => gbp(row(DIY, i)[3] * o.qty + (o.shipping ? 5.95 : 0)), [OR('priceTotal')]],
    ['Total commission', (c, o, r, i) => gbp(row(DIY, i)[3] * o.qty * 0.1), []],
    ['Shipping type', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Two-man delivery', 'Next day']), ['commerce.shipping.shippingMethod'], opt],
    ['Shipping deadline', (c, o) => iso(o.at + 2 * day), [], opt],
    ['Carrier', (c, o, r) => v.pick(r, ['DPD', 'Royal Mail', 'XDP', 'Other']), [], opt],
    ['Tracking number', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1500000000, 1599999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o, r) => (r() < 0.5 ? `https://track.dpd.co.uk/parcels/${v.int(r, 1500000000, 1599999999)}` : ''), ['commerce.shipping.trackingURL'], opt],
  ] },

  // ---------------------------------------------------------------- marketplace transactions (Debenhams Marketplace, Mirakl seller portal: Accounting > Transactions > Export)
  { name: 'debenhams-marketplace-transactions-export', product: 'Debenhams Marketplace (seller portal on Mirakl: Accounting > Transactions > Export (CSV), English UI, a UK fashion-accessories seller; one row per accounting transaction of an order line)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => dmyHMS(o.at + day), ['timestamp'], opt],
    ['Transaction number', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', OR('payments[0].transactionID')], opt],
    ['Type', (c, o, r) => v.pick(r, ['Order amount', 'Order amount', 'Order shipping amount', 'Commission on order amount', 'Refund of order amount', 'Subscription fee']), [], opt],
    ['Order number', (c, o, r) => `DEB${v.int(r, 100000000, 999999999)}-A`, [OR('purchaseID')]],
    ['Order line ID', (c, o, r) => `DEB${v.int(r, 100000000, 999999999)}-A-1`, [], opt],
    ['Order date', (c, o) => dmyHMS(o.at), [OR('createdDate')], opt],
    ['Offer SKU', (c, o, r, i) => row(FASHION, i)[0], [PL('SKU')]],
    ['Description', (c, o, r, i) => row(FASHION, i)[1], [PL('name')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Amount', (c, o, r, i) => gbp(row(FASHION, i)[3] * o.qty), [OR('payments[0].paymentAmount')], opt],
    ['Debit', (c, o, r, i) => (r() < 0.3 ? gbp(row(FASHION, i)[3] * o.qty * 0.15) : ''), []],
    ['Credit', (c, o, r, i) => gbp(row(FASHION, i)[3] * o.qty), [], opt],
    ['Balance', (c, o, r) => gbp(v.int(r, 20000, 900000) / 100), []],
    ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Payment state', (c, o, r) => v.pick(r, ['PENDING', 'PAID', 'PAID']), [], opt],
    ['Accounting document number', (c, o, r) => (r() < 0.6 ? `INV-${v.int(r, 100000, 999999)}` : ''), []],
    ['Payment voucher number', (c, o, r) => (r() < 0.5 ? `PV${v.int(r, 10000, 99999)}` : ''), []],
    ['Shop ID', () => '2417', []],
  ] },

  // ---------------------------------------------------------------- drop-ship purchase orders (Wayfair Partner Home: Orders > Purchase Orders > Download CSV)
  { name: 'wayfair-partner-home-purchase-orders', product: 'Wayfair Partner Home (supplier portal: Orders > Purchase Orders > Download (CSV), English UI, a US furniture supplier drop-shipping Wayfair\'s customer orders; one row per PO line)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['PO Number', (c, o, r) => `CS${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), OR('purchaseOrderNumber'), '_id']],
    ['PO Date', (c, o) => mdy(o.at), ['timestamp', OR('createdDate')]],
    ['Must Ship By', (c, o) => mdy(o.at + 3 * day), [], opt],
    ['Backorder Date', () => '', []],
    ['Order Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Open', 'Ready for Pickup', 'Cancelled']), [], opt],
    ['Item Number', (c, o, r, i) => row(HOME_US, i)[0], [PL('SKU')]],
    ['Item Name', (c, o, r, i) => row(HOME_US, i)[1], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Wholesale Price', (c, o, r, i) => usd(row(HOME_US, i)[3]), [PL('priceTotal')], opt],
    ['Ship Method', (c, o, r) => v.pick(r, ['FedEx Ground', 'UPS Ground', 'LTL White Glove', 'Standard Parcel']), ['commerce.shipping.shippingMethod'], opt],
    ['Carrier Name', (c, o, r) => v.pick(r, ['FedEx', 'UPS', 'CEVA', 'Estes']), [], opt],
    ['Ship Speed', (c, o, r) => v.pick(r, ['Ground', 'Ground', '2 Day']), [], opt],
    ['Ship To Name', (c) => nm(c), []],
    ['Ship To Address', (c, o, r, i) => row(US_ADDR, i)[0], [SHIP('street1')]],
    ['Ship To Address 2', (c, o, r) => (r() < 0.25 ? `Apt ${v.int(r, 2, 40)}` : ''), [SHIP('street2')]],
    ['Ship To City', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('city')]],
    ['Ship To State', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To Zip', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('postalCode')]],
    ['Ship To Phone', (c, o, r) => usPhoneDigits(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Warehouse Name', (c, o, r) => v.pick(r, ['High Point NC', 'Dalton GA']), []],
    ['Store Name', (c, o, r) => v.pick(r, ['Wayfair', 'Wayfair', 'AllModern', 'Joss & Main', 'Birch Lane']), [], opt],
    ['Retailer Order Number', (c, o, r) => String(v.int(r, 3000000000, 3999999999)), [OR('purchaseID')], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Ship Date', (c, o, r) => (r() < 0.6 ? mdy(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Packing Slip', () => 'Y', []],
  ] },

  // ---------------------------------------------------------------- customers (Vend, now Lightspeed Retail X-Series: Customers > Export List)
  { name: 'vend-customers-export-list', product: 'Vend (now Lightspeed Retail X-Series; retail manager: Customers > Export List, CSV, English UI, a UK gift and homeware shop with two stores and Vend loyalty)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => `0a${v.alnum(r, 6).toLowerCase()}-${v.int(r, 1000, 9999)}-11ee-f0c1-${v.alnum(r, 12).toLowerCase()}`, ['_id', 'personID']],
    ['customer_code', (c, o, r, i) => `${row(UK_NAMES, i + 1)[1]}-${v.alnum(r, 4).toUpperCase()}`, ['_id', 'personID'], opt],
    ['first_name', (c, o, r, i) => row(UK_NAMES, i + 1)[1], ['person.name.firstName']],
    ['last_name', (c, o, r, i) => row(UK_NAMES, i + 1)[2], ['person.name.lastName']],
    ['company_name', (c, o, r) => (r() < 0.1 ? 'Evans Florists Ltd' : ''), [], opt],
    ['customer_group_name', (c, o, r) => v.pick(r, ['All Customers', 'All Customers', 'Staff', 'Trade']), [], opt],
    ['email', (c, o, r, i) => (r() < 0.8 ? mailU(i + 1, r) : ''), ['personalEmail.address']],
    ['phone', (c, o, r) => (r() < 0.3 ? `01${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}` : ''), ['homePhone.number']],
    ['mobile', (c, o, r) => ukMobile(r), ['mobilePhone.number']],
    ['fax', () => '', ['faxPhone.number']],
    ['website', () => '', []],
    ['twitter', (c, o, r) => (r() < 0.1 ? '@' + v.alnum(r, 7).toLowerCase() : ''), []],
    ['date_of_birth', (c, o, r) => (r() < 0.5 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['sex', (c, o, r, i) => (r() < 0.6 ? row(UK_NAMES, i + 1)[3] : ''), ['person.gender'], opt],
    ['physical_address1', (c, o, r, i) => row(UK_ADDR, i + 2)[0], ['homeAddress.street1']],
    ['physical_address2', (c, o, r, i) => row(UK_ADDR, i + 2)[1], ['homeAddress.street2']],
    ['physical_suburb', () => '', ['homeAddress.street2'], opt],
    ['physical_city', (c, o, r, i) => row(UK_ADDR, i + 2)[2], ['homeAddress.city']],
    ['physical_postcode', (c, o, r, i) => row(UK_ADDR, i + 2)[4], ['homeAddress.postalCode']],
    ['physical_state', (c, o, r, i) => row(UK_ADDR, i + 2)[3], ['homeAddress.stateProvince'], opt],
    ['physical_country_id', (c, o, r, i) => row(UK_ADDR, i + 2)[5], ['homeAddress.countryCode']],
    ['postal_address1', (c, o, r, i) => (r() < 0.3 ? row(UK_ADDR, i + 2)[0] : ''), ['mailingAddress.street1']],
    ['postal_city', (c, o, r, i) => (r() < 0.3 ? row(UK_ADDR, i + 2)[2] : ''), ['mailingAddress.city']],
    ['postal_postcode', (c, o, r, i) => (r() < 0.3 ? row(UK_ADDR, i + 2)[4] : ''), ['mailingAddress.postalCode']],
    ['postal_country_id', (c, o, r, i) => (r() < 0.3 ? row(UK_ADDR, i + 2)[5] : ''), ['mailingAddress.countryCode']],
    ['note', (c, o, r) => v.pick(r, ['', '', 'Collects Jellycat', 'Wedding list 2024']), []],
    ['enable_loyalty', (c, o, r) => (r() < 0.6 ? '1' : '0'), []],
    ['loyalty_balance', (c, o, r) => (v.int(r, 0, 2500) / 100).toFixed(2), ['loyalty.points'], opt],
    ['store_credit_balance', () => '0.00', []],
    ['year_to_date', (c, o, r) => (v.int(r, 0, 150000) / 100).toFixed(5), [], opt],
    ['balance', () => '0.000', []],
    ['custom_field_1', (c, o, r) => v.pick(r, ['', '', 'Newsletter', 'VIP']), []],
    ['created_at', (c) => ymdHMS(c.created), [], opt],
    ['updated_at', (c) => ymdHMS(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- customers (EKM, online shop admin: Features > Import/Export System > Export Customers)
  { name: 'ekm-customers-export', product: 'EKM (online shop admin: Features > Import/Export System > Export > Customers, CSV, English UI, a UK independent homeware shop)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Action', () => '', []],
    ['ID', (c, o, r) => String(v.int(r, 1000, 29999)), ['_id', 'personID']],
    ['EmailAddress', (c, o, r, i) => mailU(i, r), ['personalEmail.address']],
    ['FirstName', (c, o, r, i) => row(UK_NAMES, i)[1], ['person.name.firstName']],
    ['LastName', (c, o, r, i) => row(UK_NAMES, i)[2], ['person.name.lastName']],
    ['CompanyName', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Hughes Interiors Ltd', 'The Green Room Cafe', 'Walsh & Co']) : ''), [], opt],
    ['Address1', (c, o, r, i) => row(UK_ADDR, i)[0], at(HOME, 'street1')],
    ['Address2', (c, o, r, i) => row(UK_ADDR, i)[1], at(HOME, 'street2')],
    ['Town', (c, o, r, i) => row(UK_ADDR, i)[2], at(HOME, 'city')],
    ['County', (c, o, r, i) => row(UK_ADDR, i)[3], at(HOME, 'stateProvince'), opt],
    ['Country', (c, o, r, i) => row(UK_ADDR, i)[6], at(HOME, 'country')],
    ['PostCode', (c, o, r, i) => row(UK_ADDR, i)[4], at(HOME, 'postalCode')],
    ['Telephone', (c, o, r) => (r() < 0.5 ? ukMobile(r) : `01${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`), ['mobilePhone.number', 'homePhone.number']],
    ['SignUpDate', (c) => dmyHMS(c.created), [], opt],
    ['NewsletterSubscriber', (c, o, r) => (r() < 0.5 ? 'True' : 'False'), []],
    ['TotalOrders', (c, o, r) => String(v.int(r, 0, 14)), [], opt],
    ['TotalSpent', (c, o, r) => gbp(v.int(r, 0, 120000) / 100), ['loyalty.lifetimePurchases'], opt],
  ] },

  // ---------------------------------------------------------------- customers (ShopKeep by Lightspeed, BackOffice: Customers > Export)
  { name: 'shopkeep-backoffice-customers-export', product: 'ShopKeep (by Lightspeed; BackOffice: Customers > Export Customers, CSV, English UI, a US neighbourhood coffee shop and retail counter)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer_ID', (c, o, r) => String(v.int(r, 1, 4999)), ['_id', 'personID']],
    ['First_Name', (c) => c.first, ['person.name.firstName']],
    ['Last_Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Address', (c, o, r, i) => (r() < 0.6 ? row(US_ADDR, i)[0] : ''), at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], at(HOME, 'stateProvince')],
    ['Zip', (c, o, r, i) => row(US_ADDR, i)[3], at(HOME, 'postalCode')],
    ['Phone', (c, o, r) => usPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Tax_Exempt', (c, o, r) => (r() < 0.05 ? 'true' : ''), []],
    ['Last_Visit', (c) => ymd(Math.max(c.created, c.updated), -5), [], opt],
    ['Rewards_Points', (c, o, r) => String(v.int(r, 0, 480)), ['loyalty.points']],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Oat milk latte, extra hot', 'Teacher discount', 'Wholesale beans monthly']), []],
  ] },

  // ---------------------------------------------------------------- customers (Goodtill by SumUp, back office: Customers > Export)
  { name: 'goodtill-customers-export', product: 'Goodtill by SumUp (back office: Customers > Customer List > Export (CSV), English UI, a UK café and deli with a loyalty scheme)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => v.alnum(r, 8).toLowerCase() + '-' + v.alnum(r, 4).toLowerCase(), ['_id', 'personID']],
    ['Customer Code', (c, o, r) => `C${v.int(r, 10000, 99999)}`, ['_id', 'personID'], opt],
    ['First Name', (c, o, r, i) => row(UK_NAMES, i)[1], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(UK_NAMES, i)[2], ['person.name.lastName']],
    ['Email', (c, o, r, i) => mailU(i, r), ['personalEmail.address']],
    ['Mobile', (c, o, r) => ukMobile(r), ['mobilePhone.number']],
    ['Phone', (c, o, r) => (r() < 0.3 ? `020 ${v.int(r, 7000, 8999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.6 ? dmy(c.birth) : ''), ['person.birthDate'], opt],
    ['Gender', (c, o, r, i) => ({ M: 'Male', F: 'Female' }[row(UK_NAMES, i)[3]]), ['person.gender']],
    ['Address Line 1', (c, o, r, i) => row(UK_ADDR, i + 1)[0], at(HOME, 'street1')],
    ['Address Line 2', (c, o, r, i) => row(UK_ADDR, i + 1)[1], at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(UK_ADDR, i + 1)[2], at(HOME, 'city')],
    ['Post Code', (c, o, r, i) => row(UK_ADDR, i + 1)[4], at(HOME, 'postalCode')],
    ['Country', (c, o, r, i) => row(UK_ADDR, i + 1)[6], at(HOME, 'country')],
    ['Customer Group', (c, o, r) => v.pick(r, ['Regulars', 'Staff', 'Loyalty Members', '']), [], opt],
    ['Loyalty Card Number', (c, o, r) => (r() < 0.7 ? String(v.int(r, 600000000, 699999999)) : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Loyalty Points', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['Account Balance', (c, o, r) => gbp(r() < 0.2 ? v.int(r, 100, 5000) / 100 : 0), []],
    ['Credit Limit', () => '0.00', []],
    ['Marketing Opt In', (c, o, r) => (r() < 0.5 ? 'Yes' : 'No'), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 160)), [], opt],
    ['Total Spend', (c, o, r) => gbp(v.int(r, 500, 90000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => dmyHM(Math.max(c.created, c.updated)), [], opt],
    ['Created At', (c) => dmyHM(c.created), ['loyalty.joinDate'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Nut allergy', 'Prefers oat milk']), []],
  ] },

  // ---------------------------------------------------------------- gift cards (Gift Up!, dashboard: Gift cards > Export to CSV)
  { name: 'giftup-gift-cards-export', product: 'Gift Up! (dashboard: Gift cards > Export (CSV), English UI, a UK spa and restaurant selling gift cards online; one row per gift card issued)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Code', (c, o, r) => v.alnum(r, 5).toUpperCase(), []],
    ['Order Number', (c, o, r) => `GU-${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Item Name', (c, o, r) => v.pick(r, ['£50 Gift Card', '£100 Gift Card', 'Afternoon Tea for Two', 'Spa Day Experience']), [PL('name')]],
    ['Purchaser Name', (c, o, r, i) => nmU(i), []],
    ['Purchaser Email', (c, o, r, i) => mailU(i, r), ['endUserIDs._experience.emailid.id'], opt],
    ['Recipient Name', (c, o, r, i) => nmU(i + 5), []],
    ['Recipient Email', (c, o, r, i) => (r() < 0.6 ? mailU(i + 5, r) : ''), []],
    ['Price', (c, o, r) => gbp(v.pick(r, [50, 100, 65, 150])), [OR('priceTotal'), PL('priceTotal')]],
    ['Initial Balance', (c, o, r) => gbp(v.pick(r, [50, 100, 65, 150])), [], opt],
    ['Balance', (c, o, r) => gbp(v.pick(r, [0, 0, 25, 50, 100])), []],
    ['Currency', () => 'GBP', [OR('currencyCode')], opt],
    ['Tip', () => '0.00', []],
    ['Message', (c, o, r) => v.pick(r, ['', 'Happy birthday Mum! x', 'Congratulations on your retirement', 'Thank you for everything']), []],
    ['Issued On', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Valid From', (c, o) => ymd(o.at), []],
    ['Expires On', (c, o) => ymd(o.at + 365 * day), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Redeemed', 'Partially redeemed', 'Expired', 'Voided']), [], opt],
    ['Delivery Method', (c, o, r) => v.pick(r, ['Email', 'Email', 'Post']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Stripe', 'Stripe', 'PayPal', 'Manual']), [OR('payments[0].paymentType')], opt],
    ['Promo Code', (c, o, r) => (r() < 0.15 ? 'XMAS10' : ''), ['commerce.promotionID'], opt],
    ['Notes', () => '', []],
  ] },

  // ---------------------------------------------------------------- returns (ReturnLogic, Originate: RMA list > Export)
  { name: 'returnlogic-rma-list-export', product: 'ReturnLogic (merchant app, Originate module: RMA List > Export (CSV), English UI, a US outdoor-apparel Shopify brand; one row per returned item of an RMA)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['RMA #', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('returns.returnID'), '_id']],
    ['Order #', (c, o) => o.number, [OR('purchaseID'), OR('returns.purchaseID')]],
    ['Order Date', (c, o) => mdy(o.at), [OR('createdDate')], opt],
    ['RMA Created', (c, o, r) => mdyT(o.at + v.int(r, 4, 25) * day), ['timestamp']],
    ['RMA Status', (c, o, r) => v.pick(r, ['Authorized', 'In Transit', 'Received', 'Approved', 'Processed', 'Processed', 'Declined']), [OR('returns.returnStatus'), PL('returnItem.returnStatus')]],
    ['Customer Name', (c) => nm(c), []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['SKU', (c, o, r, i) => `RL-${row(FASHION, i)[0]}`, [PL('SKU')]],
    ['Product', (c, o, r, i) => row(FASHION, i)[1], [PL('name')]],
    ['Quantity', () => '1', [PL('returnItem.returnQuantityRequested'), PL('quantity')]],
    ['Return Reason', (c, o, r, i) => row(RETURN_REASONS, i), [PL('returnItem.returnReason')]],
    ['Customer Comments', (c, o, r) => v.pick(r, ['', '', 'Fits smaller than the size chart', 'Zip broke on first use']), []],
    ['Requested Outcome', (c, o, r) => v.pick(r, ['Refund', 'Refund', 'Exchange', 'Store Credit']), [PL('returnItem.returnResolution')], opt],
    ['Item Price', (c, o, r, i) => usd(row(FASHION, i)[3]), [PL('priceTotal')], opt],
    ['Refund Amount', (c, o, r, i) => (r() < 0.7 ? usd(row(FASHION, i)[3]) : ''), [PL('refundAmount'), OR('refunds[0].refundAmount')]],
    ['Restocking Fee', () => '0.00', []],
    ['Label Cost', (c, o, r) => usd$(v.pick(r, [6.95, 7.8, 8.45])), []],
    ['Carrier', (c, o, r) => v.pick(r, ['USPS', 'USPS', 'UPS', 'FedEx']), [], opt],
    ['Tracking #', (c, o, r) => `9202${v.int(r, 100000000, 999999999)}${v.int(r, 10000000, 99999999)}`, [], opt],
    ['Received Date', (c, o, r) => (r() < 0.6 ? mdy(o.at + v.int(r, 12, 30) * day) : ''), []],
    ['Disposition', (c, o, r) => v.pick(r, ['Restock', 'Restock', 'Damaged', 'Donate', '']), [], opt],
    ['Processed Date', (c, o, r) => (r() < 0.5 ? mdy(o.at + v.int(r, 14, 34) * day) : ''), []],
    ['Processed By', (c, o, r) => v.pick(r, ['warehouse@trailhead.co', 'ashley.m', '']), []],
  ] },
]
