// Round 60, tune60: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). US and Canadian DTC, wholesale, marketplace, subscription, returns and
// order-management exports, all English.
import { E, P, v, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "05/22/2024" and "5/22/2024 2:31 PM" (US, Eastern -5 / Pacific -8)
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "2024-05-22 14:31:07" local, "2024-05-22" and ISO with Z / offset
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoOff = (ms, h = -5) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
// "May 22, 2024"
const monDY = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const day = 86400000
const usd = (n) => n.toFixed(2)
const usd$ = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhoneDash = (r) => `${v.int(r, 201, 989)}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`

// places, retailers and goods
const NA_ADDR = [
  ['1420 Pearl St', 'Boulder', 'CO', '80302', 'US', 'United States'], ['88 Elm St', 'Burlington', 'VT', '05401', 'US', 'United States'],
  ['2301 Guadalupe St', 'Austin', 'TX', '78705', 'US', 'United States'], ['415 Main Street', 'Park City', 'UT', '84060', 'US', 'United States'],
  ['760 Queen St W', 'Toronto', 'ON', 'M6J 1E9', 'CA', 'Canada'], ['1907 N Milwaukee Ave', 'Chicago', 'IL', '60647', 'US', 'United States'],
  ['3155 W Broadway', 'Vancouver', 'BC', 'V6K 2H2', 'CA', 'Canada'], ['212 King St', 'Charleston', 'SC', '29401', 'US', 'United States'],
  ['57 Newbury St', 'Boston', 'MA', '02116', 'US', 'United States'], ['4110 SE Hawthorne Blvd', 'Portland', 'OR', '97214', 'US', 'United States'],
]
const SHOPS = ['Juniper & Pine Mercantile', 'The Paper Fox', 'Wildflower General Store', 'Hearth & Home Boutique', 'Little Otter Toys', 'North Shore Gift Co.', 'Magnolia Lane Apothecary', 'Salt & Stone Market']
const WHOLESALE = [['SC-LAV-08', 'Lavender Soy Candle 8 oz', 'Lavender', 11.0, 24.0], ['TT-LIN-NAT', 'Linen Tea Towel', 'Natural', 7.5, 16.0], ['CARD-BDAY-03', 'Letterpress Birthday Card', 'Assorted', 2.75, 6.0], ['MUG-SPK-12', 'Speckled Stoneware Mug 12 oz', 'Oat', 9.0, 22.0], ['BALM-HNY-2', 'Honey Lip Balm 2-pack', '', 3.5, 8.0]]
const SUB_BOXES = [['Monthly Snack Box', 'Monthly', 29.99], ['Self-Care Crate', '3 Month Prepay', 84.0], ['Kids Craft Kit', 'Monthly', 24.95], ['Coffee of the Month - Whole Bean', 'Monthly', 19.0], ['Sock Club', '6 Month Prepay', 66.0]]
const CONSUMABLES = [['OG-PRO-VAN-2LB', 'Plant Protein Vanilla 2 lb', 49.99, '30 day'], ['OG-FILTER-3PK', 'Water Filter Replacement 3-Pack', 34.5, '60 day'], ['OG-DOG-CHK-24', 'Chicken Dog Food 24 lb', 62.0, '4 week'], ['OG-VITD-90', 'Vitamin D3 90 ct', 18.0, '90 day'], ['OG-COF-DARK', 'Dark Roast Coffee Pods 24 ct', 21.99, '2 week']]
const APPAREL = [['HB-TEE-BLK-M', 'Everyday Tee', 'Black / M', 38.0], ['HB-LEG-NVY-S', 'High-Rise Legging', 'Navy / S', 88.0], ['HB-HOOD-HTR-L', 'Fleece Hoodie', 'Heather Grey / L', 74.0], ['HB-DRS-SAG-6', 'Linen Midi Dress', 'Sage / 6', 128.0], ['HB-SNK-WHT-9', 'Court Sneaker', 'White / 9', 110.0]]
const RETURN_REASONS = ['Too small', 'Too large', 'Changed my mind', 'Item not as described', 'Damaged or defective', 'Arrived too late', 'Received wrong item']
const WN_ITEMS = [['2023 Topps Chrome Hobby Box', 'Sports Cards', 289.0], ['Pokemon 151 Booster Bundle', 'Pokemon Cards', 41.0], ['Vintage Levi\'s 501 Jeans 32x30', 'Vintage Clothing', 55.0], ['Funko Pop! Marvel #1234 Chase', 'Funko', 18.0], ['Mystery Sneaker Pull', 'Sneakers', 120.0]]
const OMS_ITEMS = [['GRD-TRW-01', 'Stainless Garden Trowel', 14.99], ['KIT-KNF-8', '8" Chef Knife', 59.0], ['PET-BWL-L', 'Ceramic Pet Bowl - Large', 22.5], ['OUT-LAN-SLR', 'Solar Lantern 2-Pack', 34.99], ['HOM-THR-GRY', 'Waffle Knit Throw - Grey', 45.0]]
const nm = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- wholesale orders (Tundra, brand dashboard: Orders > Export CSV)
  { name: 'tundra-wholesale-orders-export', product: 'Tundra (brand dashboard: Orders > Export CSV, English UI, a US maker selling wholesale to independent retailers)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o, r) => `T${v.int(r, 1000000, 1999999)}`, [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => mdy(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Delivered', 'Pending', 'Cancelled']), [], opt],
    ['Retailer', (c, o, r, i) => row(SHOPS, i), []],
    ['Buyer Name', (c) => nm(c), []],
    ['Buyer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Buyer Phone', (c, o, r) => usPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Ship To Address 1', (c, o, r, i) => row(NA_ADDR, i)[0], [SHIP('street1')]],
    ['Ship To Address 2', (c, o, r) => (r() < 0.3 ? `Suite ${v.int(r, 100, 400)}` : ''), [SHIP('street2')]],
    ['Ship To City', (c, o, r, i) => row(NA_ADDR, i)[1], [SHIP('city')]],
    ['Ship To State', (c, o, r, i) => row(NA_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To Zip', (c, o, r, i) => row(NA_ADDR, i)[3], [SHIP('postalCode')]],
    ['Ship To Country', (c, o, r, i) => row(NA_ADDR, i)[4], [SHIP('countryCode')]],
    ['SKU', (c, o, r, i) => row(WHOLESALE, i)[0], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => row(WHOLESALE, i)[1], [PL('name')]],
    ['Variant', (c, o, r, i) => row(WHOLESALE, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty * 6), [PL('quantity')]],
    ['Wholesale Price', (c, o, r, i) => usd(row(WHOLESALE, i)[3]), [PL('priceTotal')], opt],
    ['Line Total', (c, o, r, i) => usd(row(WHOLESALE, i)[3] * o.qty * 6), [PL('priceTotal')]],
    ['Shipping', (c, o) => usd(o.shipping ? 14.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o, r, i) => usd(row(WHOLESALE, i)[3] * o.qty * 6 + (o.shipping ? 14.5 : 0)), [OR('priceTotal')]],
    ['Tundra Fee', () => '0.00', []],
    ['Ship By', (c, o) => mdy(o.at + 5 * day), [], opt],
    ['Shipped On', (c, o, r) => (r() < 0.8 ? mdy(o.at + v.int(r, 1, 5) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Carrier', (c, o, r) => v.pick(r, ['UPS', 'USPS', 'FedEx']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => `1Z${v.alnum(r, 16).toUpperCase()}`, ['commerce.shipping.trackingNumber']],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Please ship before Nov 1 for holiday setup', 'Opening order']), []],
  ] },

  // ---------------------------------------------------------------- wholesale orders (Abound, brand portal: Orders > Download CSV)
  { name: 'abound-brand-orders-csv', product: 'Abound (brand portal: Orders > Download CSV, English UI, a US/Canadian brand selling to retailers on the Abound marketplace)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 400000, 899999)), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => ymdHMS(o.at, -5), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o, r) => v.pick(r, ['Fulfilled', 'Fulfilled', 'Accepted', 'New', 'Canceled']), [], opt],
    ['Retailer Name', (c, o, r, i) => row(SHOPS, i + 3), []],
    ['Retailer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['First Order With Brand', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), []],
    ['Shipping Name', (c) => nm(c), []],
    ['Shipping Address', (c, o, r, i) => row(NA_ADDR, i + 1)[0], [SHIP('street1')]],
    ['Shipping City', (c, o, r, i) => row(NA_ADDR, i + 1)[1], [SHIP('city')]],
    ['Shipping State', (c, o, r, i) => row(NA_ADDR, i + 1)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c, o, r, i) => row(NA_ADDR, i + 1)[3], [SHIP('postalCode')]],
    ['Shipping Country', (c, o, r, i) => row(NA_ADDR, i + 1)[5], [SHIP('country')]],
    ['Product Name', (c, o, r, i) => row(WHOLESALE, i + 1)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(WHOLESALE, i + 1)[0], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty * 4), [PL('quantity')]],
    ['Wholesale Price', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[3]), [PL('priceTotal')], opt],
    ['Retail Price', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[4]), []],
    ['Item Total', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[3] * o.qty * 4), [PL('priceTotal')]],
    ['Order Subtotal', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[3] * o.qty * 4), [OR('priceTotal')], opt],
    ['Commission', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[3] * o.qty * 4 * 0.15), []],
    ['Net Payout', (c, o, r, i) => usd(row(WHOLESALE, i + 1)[3] * o.qty * 4 * 0.85), []],
    ['Payment Terms', (c, o, r) => v.pick(r, ['Net 60', 'Net 60', 'Paid at checkout']), [], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.8 ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- wholesale orders (Handshake, Shopify's wholesale marketplace: Orders > Export)
  { name: 'handshake-wholesale-orders-export', product: 'Handshake by Shopify (supplier admin: Orders > Export, CSV, English UI, a US supplier; orders also land in Shopify)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 10000000, 39999999)), [OR('purchaseID'), '_id']],
    ['Shopify Order', (c, o) => o.number, [OR('purchaseID')], opt],
    ['Created', (c, o) => mdyT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Confirmed', 'Processing', 'Shipped', 'Shipped', 'Canceled']), [], opt],
    ['Customer', (c, o, r, i) => row(SHOPS, i + 5), []],
    ['Customer ID', (c, o, r) => `HS-${v.int(r, 10000, 99999)}`, [], opt],
    ['Contact', (c) => nm(c), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => usPhoneDash(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['PO Number', (c, o, r) => (r() < 0.5 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Start Ship Date', (c, o) => mdy(o.at + 3 * day), [], opt],
    ['Cancel Date', (c, o) => mdy(o.at + 30 * day), []],
    ['Item SKU', (c, o, r, i) => row(WHOLESALE, i + 2)[0], [PL('SKU')]],
    ['Item Name', (c, o, r, i) => row(WHOLESALE, i + 2)[1], [PL('name')]],
    ['Qty', (c, o) => String(o.qty * 12), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => usd(row(WHOLESALE, i + 2)[3]), [PL('priceTotal')], opt],
    ['Line Total', (c, o, r, i) => usd(row(WHOLESALE, i + 2)[3] * o.qty * 12), [PL('priceTotal')]],
    ['Discount', (c, o) => usd(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['Shipping', (c, o) => usd(o.shipping ? 18 : 0), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => usd(row(WHOLESALE, i + 2)[3] * o.qty * 12 - (o.discount ? 10 : 0) + (o.shipping ? 18 : 0)), [OR('priceTotal')]],
    ['Ship To Street', (c, o, r, i) => row(NA_ADDR, i + 2)[0], [SHIP('street1')]],
    ['Ship To City', (c, o, r, i) => row(NA_ADDR, i + 2)[1], [SHIP('city')]],
    ['Ship To State', (c, o, r, i) => row(NA_ADDR, i + 2)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To Zip', (c, o, r, i) => row(NA_ADDR, i + 2)[3], [SHIP('postalCode')]],
    ['Ship To Country', (c, o, r, i) => row(NA_ADDR, i + 2)[5], [SHIP('country')]],
    ['Payment Terms', (c, o, r) => v.pick(r, ['Net 60', 'Credit Card']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Please include line sheet', 'Hold until store opening']), []],
  ] },

  // ---------------------------------------------------------------- marketplace sales (Whatnot, Financials > Export CSV, seller's sales history)
  { name: 'whatnot-seller-sales-history', product: 'Whatnot (seller account: Financials > Download CSV, sales history, English UI, a US live-shopping seller)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['order id', (c, o, r) => String(v.int(r, 100000000, 299999999)), [OR('purchaseID'), '_id']],
    ['order numeric id', (c, o, r) => String(v.int(r, 30000000, 59999999)), [OR('purchaseID')], opt],
    ['buyer', (c, o, r) => `${c.first.toLowerCase()}${v.pick(r, ['_collects', 'breaks', '23', '_cards', 'thrift'])}`, []],
    ['seller', () => 'northside_breaks', []],
    ['product name', (c, o, r, i) => row(WN_ITEMS, i)[0], [PL('name')]],
    ['product description', (c, o, r, i) => `${row(WN_ITEMS, i)[0]} - shipped in toploader/box`, []],
    ['product category', (c, o, r, i) => row(WN_ITEMS, i)[1], [PL('productCategories[0].categoryName')]],
    ['processed date', (c, o) => isoOff(o.at, -5), ['timestamp', OR('createdDate')]],
    ['order status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Shipped', 'Processing', 'Cancelled']), [], opt],
    ['quantity', () => '1', [PL('quantity')]],
    ['sold price', (c, o, r, i) => usd(row(WN_ITEMS, i)[2]), [PL('priceTotal')]],
    ['shipping price', (c, o, r) => usd(v.pick(r, [4.99, 4.99, 8.99, 0])), ['commerce.shipping.shippingAmount']],
    ['taxes', (c, o, r, i) => usd(row(WN_ITEMS, i)[2] * 0.0825), [OR('taxAmount')]],
    ['coupon', (c, o, r) => usd(r() < 0.2 ? 5 : 0), [OR('discountAmount')], opt],
    ['total', (c, o, r, i) => usd(row(WN_ITEMS, i)[2] * 1.0825 + 4.99), [OR('priceTotal')]],
    ['commission fee', (c, o, r, i) => usd(row(WN_ITEMS, i)[2] * 0.08), []],
    ['payment processing fee', (c, o, r, i) => usd(row(WN_ITEMS, i)[2] * 0.029 + 0.3), []],
    ['seller payout', (c, o, r, i) => usd(row(WN_ITEMS, i)[2] * 0.891 - 0.3), []],
    ['livestream id', (c, o, r) => (r() < 0.8 ? v.uuid(r) : ''), []],
    ['shipment status', (c, o, r) => v.pick(r, ['delivered', 'in_transit', 'label_printed']), [], opt],
    ['tracking number', (c, o, r) => `9400${v.int(r, 100000000, 999999999)}${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- subscriptions (Cratejoy, Subscriptions > Export, subscription export)
  { name: 'cratejoy-subscription-export', product: 'Cratejoy (merchant portal: Subscriptions > Export, Subscription Export CSV, English UI, a US subscription-box business)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['subscription_ID', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [], opt],
    ['customer', (c) => nm(c), ['person.name.fullName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['ship_to', (c) => nm(c), [], opt],
    ['ship_street_address', (c, o, r, i) => row(NA_ADDR, i)[0], ['shippingAddress.street1']],
    ['ship_unit', (c, o, r) => (r() < 0.3 ? `Apt ${v.int(r, 1, 40)}` : ''), ['shippingAddress.street2']],
    ['ship_city', (c, o, r, i) => row(NA_ADDR, i)[1], ['shippingAddress.city']],
    ['ship_state', (c, o, r, i) => row(NA_ADDR, i)[2], ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['ship_zip_code', (c, o, r, i) => row(NA_ADDR, i)[3], ['shippingAddress.postalCode']],
    ['ship_country', (c, o, r, i) => row(NA_ADDR, i)[4], ['shippingAddress.countryCode']],
    ['bill_street_address', (c, o, r, i) => (i % 3 ? '' : row(NA_ADDR, i)[0]), ['billingAddress.street1']],
    ['bill_unit', () => '', ['billingAddress.street2']],
    ['bill_city', (c, o, r, i) => (i % 3 ? '' : row(NA_ADDR, i)[1]), ['billingAddress.city']],
    ['bill_state', (c, o, r, i) => (i % 3 ? '' : row(NA_ADDR, i)[2]), ['billingAddress.stateProvince', 'billingAddress.state']],
    ['bill_zip_code', (c, o, r, i) => (i % 3 ? '' : row(NA_ADDR, i)[3]), ['billingAddress.postalCode']],
    ['bill_country', (c, o, r, i) => (i % 3 ? '' : row(NA_ADDR, i)[4]), ['billingAddress.countryCode']],
    ['status', (c, o, r) => v.pick(r, ['active', 'active', 'renewing', 'cancelled', 'expired', 'past due']), [], opt],
    ['total_revenue', (c, o, r, i) => String(Math.round(row(SUB_BOXES, i)[2] * 100 * v.int(r, 1, 14))), [], opt],
    ['mrr', (c, o, r, i) => String(Math.round(row(SUB_BOXES, i)[2] * 100)), []],
    ['wrr', () => '', []],
    ['fulfillment_status', () => '', []],
    ['products', () => '', []],
    ['product', (c, o, r, i) => row(SUB_BOXES, i)[0], []],
    ['term', (c, o, r, i) => row(SUB_BOXES, i)[1], []],
    ['start_date', (c) => ymdHMS(c.created, -6), [], opt],
    ['end_date', (c, o, r) => (r() < 0.3 ? ymdHMS(c.updated, -6) : ''), []],
    ['autorenew', (c, o, r) => (r() < 0.85 ? 'True' : 'False'), []],
  ] },

  // ---------------------------------------------------------------- customers (Subbly, Customers > Export)
  { name: 'subbly-customers-export', product: 'Subbly (admin: Customers > Export customers, CSV, English UI, a US/Canadian subscription DTC store)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['ID', (c) => c.id, ['_id', 'personID']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? `+1${v.int(r, 2012000000, 9899999999)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Created at', (c) => ymdHMS(c.created), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active subscriber', 'Active subscriber', 'Cancelled', 'Customer', 'Paused']), [], opt],
    ['Active subscriptions', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Orders', (c, o, r) => String(v.int(r, 1, 24)), [], opt],
    ['Total spent', (c, o, r) => usd(v.int(r, 2500, 90000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Address line 1', (c, o, r, i) => row(NA_ADDR, i + 4)[0], ['shippingAddress.street1', 'homeAddress.street1', 'mailingAddress.street1'], opt],
    ['Address line 2', (c) => c.street2, ['shippingAddress.street2', 'homeAddress.street2', 'mailingAddress.street2'], opt],
    ['City', (c, o, r, i) => row(NA_ADDR, i + 4)[1], ['shippingAddress.city', 'homeAddress.city', 'mailingAddress.city'], opt],
    ['State', (c, o, r, i) => row(NA_ADDR, i + 4)[2], ['shippingAddress.stateProvince', 'homeAddress.stateProvince', 'mailingAddress.stateProvince', 'shippingAddress.state', 'homeAddress.state', 'mailingAddress.state'], opt],
    ['Zip code', (c, o, r, i) => row(NA_ADDR, i + 4)[3], ['shippingAddress.postalCode', 'homeAddress.postalCode', 'mailingAddress.postalCode'], opt],
    ['Country', (c, o, r, i) => row(NA_ADDR, i + 4)[5], ['shippingAddress.country', 'homeAddress.country', 'mailingAddress.country'], opt],
    ['Accepts marketing', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Store credit', (c, o, r) => usd(r() < 0.2 ? v.int(r, 5, 40) : 0), []],
    ['Last order date', (c) => ymdHMS(c.updated), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'gift', 'wholesale', 'vip, referral']), []],
  ] },
]
