// Round 79, tune79: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Shopify add-on exports of US, UK, Canadian and Australian DTC shops: gift cards,
// wishlists, back-in-stock signups, pre-orders, bundles, post-purchase upsells, product protection, shipping
// protection, order tracking and affiliates, all English.
import { E, P, v, PL, OR, SHIP, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "05/22/2024" (US) and "22/05/2024" (UK, AU)
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "2024-05-22 14:31:07", "2024-05-22", ISO with Z and with an offset
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const iso = (ms) => new Date(ms).toISOString()
const isoOff = (ms, h = -5) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
// "May 22, 2024 2:31 PM"
const monDYT = (ms, h = -5) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const day = 86400000
const n2 = (n) => n.toFixed(2)
const cur = (sym) => (n) => `${sym}${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const usd$ = cur('$'), gbp = cur('£'), aud = cur('A$')
const usPhone = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const auMobile = (r) => `+614${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const shopId = (r) => String(v.int(r, 5000000000000, 5999999999999))
const gid = (r) => String(v.int(r, 40000000000000, 46999999999999))

// people and places the shared generators lack (US, UK, Canada, Australia)
const NAMES = [['Emily', 'Carter'], ['Jacob', 'Nguyen'], ['Olivia', 'Brooks'], ['Liam', 'O\'Connor'], ['Chloe', 'Patel'], ['Noah', 'Fraser'], ['Grace', 'Whitfield'], ['Mason', 'Dubois'], ['Ava', 'Kowalski'], ['Harry', 'Singh']]
const nm = (i) => row(NAMES, i)
const mail = (i, d = 'gmail.com') => `${nm(i)[0]}.${nm(i)[1]}`.toLowerCase().replace(/[^a-z.]/g, '') + (i % 7) + '@' + d
const US_ADDR = [['1420 Pearl St', 'Boulder', 'CO', '80302'], ['88 Elm St', 'Burlington', 'VT', '05401'], ['2301 Guadalupe St', 'Austin', 'TX', '78705'], ['1907 N Milwaukee Ave', 'Chicago', 'IL', '60647'], ['4110 SE Hawthorne Blvd', 'Portland', 'OR', '97214'], ['57 Newbury St', 'Boston', 'MA', '02116']]
const UK_ADDR = [['14 Mill Lane', 'Bristol', 'BS1 4QA'], ['7 Victoria Road', 'Leeds', 'LS6 1DP'], ['221 King Street', 'Manchester', 'M2 4LQ'], ['3 Rose Terrace', 'Edinburgh', 'EH3 9AA'], ['52 High Street', 'Oxford', 'OX1 4AP']]
const AU_ADDR = [['12 Smith St', 'Fitzroy', 'VIC', '3065'], ['4/88 Oxford St', 'Paddington', 'NSW', '2021'], ['31 James St', 'Fortitude Valley', 'QLD', '4006'], ['9 Rokeby Rd', 'Subiaco', 'WA', '6008'], ['140 Rundle St', 'Kent Town', 'SA', '5067']]
const CA_ADDR = [['760 Queen St W', 'Toronto', 'ON', 'M6J 1E9'], ['3155 W Broadway', 'Vancouver', 'BC', 'V6K 2H2'], ['1200 Rue Saint-Denis', 'Montréal', 'QC', 'H2X 3J6'], ['10150 82 Ave NW', 'Edmonton', 'AB', 'T6E 1Z4']]
const APPAREL = [['Everyday Crew Tee', 'Black / M', 'EC-TEE-BLK-M', 38.0], ['Merino Beanie', 'Oat / One Size', 'MB-OAT-OS', 42.0], ['Relaxed Linen Shirt', 'Sage / L', 'RLS-SAG-L', 98.0], ['Trail Runner 2', 'Slate / 10', 'TR2-SLT-10', 145.0], ['Weekender Duffel', 'Tan', 'WD-TAN', 168.0]]
const HOMEWARE = [['Ceramic Pour-Over Set', 'Speckled White', 'CPO-SPW', 64.0], ['Waffle Bath Towel', 'Sand', 'WBT-SND', 36.0], ['Linen Duvet Cover Queen', 'Clay', 'LDC-Q-CLY', 229.0], ['Cast Iron Skillet 10"', '', 'CIS-10', 79.0], ['Soy Candle 8 oz', 'Fig & Cedar', 'SC-FIG-8', 28.0]]
const ELECTRONICS = [['Smart Espresso Machine', 'ESP-900-BLK', 649.99], ['Cordless Stick Vacuum', 'VAC-S12', 299.0], ['65" 4K TV', 'TV65-4K-22', 899.99], ['Noise Cancelling Headphones', 'NCH-700-SLV', 349.0], ['Air Fryer XL', 'AF-XL-6QT', 129.99]]
const SKINCARE = [['Hydrating Serum 30ml', 'HS-30', 54.0], ['Daily SPF 50 Moisturiser', 'SPF50-50', 39.0], ['Overnight Repair Mask', 'ORM-75', 62.0], ['Gentle Foam Cleanser', 'GFC-150', 28.0], ['Vitamin C Eye Cream', 'VCE-15', 46.0]]
const CARRIERS = ['USPS', 'UPS', 'FedEx', 'DHL Express', 'Canada Post', 'Australia Post']

export const SETS = [
  // ---------------------------------------------------------------- gift cards (Govalo, app: Gift Cards > Export)
  { name: 'govalo-gift-cards-export', product: 'Govalo (Shopify app: Gift Cards > Export CSV, English UI, a US apparel DTC shop selling digital gift cards)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Gift Card ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id']],
    ['Shopify Gift Card ID', (c, o, r) => shopId(r), [], opt],
    ['Code', (c, o, r) => `${v.alnum(r, 4)}-${v.alnum(r, 4)}-${v.alnum(r, 4)}-${v.alnum(r, 4)}`.toUpperCase(), []],
    ['Last Characters', (c, o, r) => v.alnum(r, 4).toLowerCase(), []],
    ['Type', (c, o, r) => v.pick(r, ['Purchased', 'Purchased', 'Purchased', 'Issued', 'Store Credit']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Redeemed', 'Partially Redeemed', 'Disabled']), [], opt],
    ['Initial Value', (c, o, r) => n2(v.pick(r, [25, 50, 75, 100, 150])), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Balance', (c, o, r) => n2(v.pick(r, [0, 12.5, 25, 50, 100])), []],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['Order Number', (c, o, r) => `#${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => shopId(r), [OR('purchaseID')], opt],
    ['Purchaser Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Purchaser Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Recipient Name', (c, o, r, i) => nm(i + 3).join(' '), []],
    ['Recipient Email', (c, o, r, i) => mail(i + 3, 'yahoo.com'), []],
    ['Recipient Phone', (c, o, r) => (r() < 0.3 ? usPhone(r) : ''), []],
    ['Send To Self', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['Gift Note', (c, o, r) => v.pick(r, ['Happy birthday!', 'Congrats on the new job', '', 'Merry Christmas, love Mom', '']), []],
    ['Delivery Date', (c, o) => isoOff(o.at + 2 * day, -5), [], opt],
    ['Email Sent', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), []],
    ['Expires On', (c, o, r) => (r() < 0.2 ? ymd(o.at + 365 * day) : ''), [], opt],
    ['Created At', (c, o) => isoOff(o.at, -5), ['timestamp', OR('createdDate')]],
    ['Updated At', (c, o, r) => isoOff(o.at + v.int(r, 0, 60) * day, -5), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- wishlists (Wishlist Plus by Swym, Swym Admin: Reports > Wishlist Activity > Export)
  { name: 'swym-wishlist-plus-activity-export', product: 'Wishlist Plus by Swym (Swym Admin: Reports > Wishlist Activity > Export CSV, English UI, a UK homeware DTC shop)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Date', (c, o) => ymdHMS(o.at, 0), ['timestamp']],
    ['Event', (c, o, r) => v.pick(r, ['Add to Wishlist', 'Add to Wishlist', 'Remove from Wishlist', 'Add to Cart']), ['eventType'], opt],
    ['Shopper Email', (c, o, r, i) => (r() < 0.75 ? mail(i, 'hotmail.co.uk') : ''), ['endUserIDs._experience.emailid.id', 'identityMap{}[0].id']],
    ['Shopper Type', (c, o, r) => v.pick(r, ['Logged In', 'Guest', 'Logged In']), [], opt],
    ['Swym User ID', (c, o, r) => v.uuid(r), ['identityMap{}[0].id'], opt],
    ['Customer ID', (c, o, r) => (r() < 0.7 ? String(v.int(r, 6000000000000, 7999999999999)) : ''), ['identityMap{}[0].id'], opt],
    ['List ID', (c, o, r) => v.uuid(r), [], opt],
    ['List Name', (c, o, r) => v.pick(r, ['My Wishlist', 'My Wishlist', 'Bedroom refresh', 'Gift ideas']), [], opt],
    ['Product ID', (c, o, r) => String(v.int(r, 7000000000000, 8999999999999)), [PL('_id'), PL('product')], opt],
    ['Variant ID', (c, o, r) => gid(r), [PL('product'), PL('_id')], opt],
    ['Product Title', (c, o, r, i) => row(HOMEWARE, i)[0], [PL('name')]],
    ['Variant Title', (c, o, r, i) => row(HOMEWARE, i)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => row(HOMEWARE, i)[2], [PL('SKU')]],
    ['Vendor', () => 'Hearth & Loom', []],
    ['Product Type', (c, o, r, i) => ['Kitchen', 'Bath', 'Bedding', 'Kitchen', 'Home Fragrance'][i % 5], [PL('productCategories[0].categoryName')], opt],
    ['Price', (c, o, r, i) => n2(row(HOMEWARE, i)[3] * 0.8), [PL('priceTotal')], opt],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Product URL', (c, o, r, i) => `https://hearthandloom.co.uk/products/${row(HOMEWARE, i)[0].toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, [], opt],
    ['Image URL', (c, o, r) => `https://cdn.shopify.com/s/files/1/0612/${v.int(r, 1000, 9999)}/products/img_${v.int(r, 100, 999)}.jpg`, [PL('productImageUrl')]],
    ['In Stock', (c, o, r) => (r() < 0.8 ? 'TRUE' : 'FALSE'), []],
    ['Source', (c, o, r) => v.pick(r, ['Product Page', 'Collection Page', 'Wishlist Page', 'Cart']), [], opt],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Mobile', 'Tablet']), ['device.type'], opt],
  ] },

  // ---------------------------------------------------------------- back-in-stock signups (Back in Stock: Restock Alerts, Notifications > Export CSV)
  { name: 'back-in-stock-notifications-export', product: 'Back in Stock: Restock Alerts (backinstock.org; Shopify app: Notifications > Export CSV, English UI, an Australian skincare DTC shop)', family: 'marketing', language: 'en', schema: E, cols: [
    ['Notification ID', (c, o, r) => String(v.int(r, 20000000, 89999999)), ['_id']],
    ['Created At', (c, o) => isoOff(o.at, 10), ['timestamp']],
    ['Email', (c, o, r, i) => (r() < 0.8 ? mail(i, 'bigpond.com') : ''), ['endUserIDs._experience.emailid.id']],
    ['Phone', (c, o, r) => (r() < 0.3 ? auMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id']],
    ['Channel', (c, o, r) => v.pick(r, ['email', 'email', 'sms', 'push']), [], opt],
    ['Product ID', (c, o, r) => String(v.int(r, 7000000000000, 8999999999999)), [PL('_id'), PL('product')], opt],
    ['Variant ID', (c, o, r) => gid(r), [PL('product'), PL('_id')], opt],
    ['Product Title', (c, o, r, i) => row(SKINCARE, i)[0], [PL('name')]],
    ['Variant Title', () => 'Default Title', [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => row(SKINCARE, i)[1], [PL('SKU')]],
    ['Quantity Required', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['Inventory Quantity', (c, o, r) => String(v.int(r, -4, 0)), []],
    ['Accepts Marketing', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), []],
    ['Notification Sent', (c, o, r) => (r() < 0.5 ? 'true' : 'false'), []],
    ['Sent At', (c, o, r) => (r() < 0.5 ? isoOff(o.at + v.int(r, 3, 40) * day, 10) : ''), [], opt],
    ['Opened', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), []],
    ['Clicked', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['Converted', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), []],
    ['Order Number', (c, o, r) => (r() < 0.1 ? `#${v.int(r, 10001, 49999)}` : ''), [OR('purchaseID')], opt],
    ['Locale', () => 'en-AU', [], opt],
    ['Location', () => 'Melbourne Warehouse', [], opt],
  ] },

  // ---------------------------------------------------------------- pre-orders (PreOrder Now, Orders > Export)
  { name: 'preorder-now-preorders-csv', product: 'PreOrder Now (Shopify pre-order app: Orders > Export pre-orders to CSV, English UI, a Canadian outdoor-apparel DTC shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order', (c, o, r) => `#${v.int(r, 3001, 8999)}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => shopId(r), [OR('purchaseID'), '_id'], opt],
    ['Order Date', (c, o) => ymdHMS(o.at, -5), ['timestamp', OR('createdDate')]],
    ['Customer', (c, o, r, i) => nm(i).join(' '), []],
    ['Email', (c, o, r, i) => mail(i, 'outlook.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Product', (c, o, r, i) => row(APPAREL, i)[0], [PL('name')]],
    ['Variant', (c, o, r, i) => row(APPAREL, i)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => row(APPAREL, i)[2], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Price', (c, o, r, i) => n2(row(APPAREL, i)[3] * 1.35), [], opt],
    ['Line Total', (c, o, r, i) => n2(row(APPAREL, i)[3] * 1.35 * o.qty), [PL('priceTotal')]],
    ['Order Total', (c, o, r, i) => n2(row(APPAREL, i)[3] * 1.35 * o.qty * 1.13), [OR('priceTotal')]],
    ['Currency', () => 'CAD', [OR('currencyCode')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Full payment', 'Partial payment', 'Pay later']), [], opt],
    ['Deposit Paid', (c, o, r, i) => n2(row(APPAREL, i)[3] * 0.3), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o, r, i) => n2(row(APPAREL, i)[3] * 0.7), []],
    ['Financial Status', (c, o, r) => v.pick(r, ['paid', 'partially_paid', 'authorized', 'paid']), [], opt],
    ['Fulfillment Status', (c, o, r) => v.pick(r, ['unfulfilled', 'unfulfilled', 'fulfilled', 'partial']), [], opt],
    ['Expected Ship Date', (c, o) => ymd(o.at + 45 * day), [], opt],
    ['Pre-order Tag', () => 'pre-order', []],
    ['Shipping City', (c, o, r, i) => row(CA_ADDR, i)[1], [SHIP('city')]],
    ['Shipping Province', (c, o, r, i) => row(CA_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c, o, r, i) => row(CA_ADDR, i)[3], [SHIP('postalCode')]],
    ['Shipping Country', () => 'Canada', [SHIP('country'), SHIP('countryCode')]],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Please ship with rest of order', 'Gift - no invoice']), []],
  ] },

  // ---------------------------------------------------------------- bundles (Bundler - Product Bundles, Analytics > Bundle orders > Export)
  { name: 'bundler-bundle-orders-export', product: 'Bundler - Product Bundles (Shopify app: Analytics > Bundle Orders > Export CSV, English UI, a US coffee and kitchenware DTC shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Date', (c, o) => mdy(o.at), ['timestamp', OR('createdDate')]],
    ['Order Name', (c, o, r) => `#${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => shopId(r), [OR('purchaseID'), '_id'], opt],
    ['Bundle ID', (c, o, r) => String(v.int(r, 10000, 99999)), [], opt],
    ['Bundle Name', (c, o, r) => v.pick(r, ['Brew Starter Kit', 'Pour-Over Gift Set', 'Morning Ritual Bundle', 'Buy 2 Bags Save 15%']), [], opt],
    ['Bundle Type', (c, o, r) => v.pick(r, ['Classic', 'Mix & Match', 'Volume Discount', 'Classic']), [], opt],
    ['Discount Type', (c, o, r) => v.pick(r, ['Percentage', 'Fixed amount', 'Fixed price']), []],
    ['Discount Value', (c, o, r) => v.pick(r, ['15', '10', '20.00']), [], opt],
    ['Products', (c, o, r, i) => `${row(HOMEWARE, i)[0]}, ${row(HOMEWARE, i + 1)[0]}`, [PL('name')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Original Price', (c, o, r, i) => usd$(row(HOMEWARE, i)[3] + row(HOMEWARE, i + 1)[3]), [], opt],
    ['Bundle Price', (c, o, r, i) => usd$((row(HOMEWARE, i)[3] + row(HOMEWARE, i + 1)[3]) * 0.85), [PL('priceTotal')], opt],
    ['Discount Amount', (c, o, r, i) => usd$((row(HOMEWARE, i)[3] + row(HOMEWARE, i + 1)[3]) * 0.15), [OR('discountAmount'), PL('discountAmount')]],
    ['Order Total', (c, o, r, i) => usd$((row(HOMEWARE, i)[3] + row(HOMEWARE, i + 1)[3]) * 0.85 + 6.95), [OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Discount Code', (c, o, r) => `BUNDLER-${v.alnum(r, 8).toUpperCase()}`, ['commerce.promotionID'], opt],
    ['Customer Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Source', (c, o, r) => v.pick(r, ['Product page widget', 'Bundle landing page', 'Cart upsell']), [], opt],
  ] },

  // ---------------------------------------------------------------- post-purchase upsells (ReConvert, Analytics > Orders > Export)
  { name: 'reconvert-upsell-orders-export', product: 'ReConvert Post Purchase Upsell (Shopify app: Analytics > Upsell Orders > Export, English UI, a UK beauty DTC shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o, r) => `#UK${v.int(r, 10001, 69999)}`, [OR('purchaseID')]],
    ['Shopify Order ID', (c, o, r) => shopId(r), [OR('purchaseID'), '_id'], opt],
    ['Date', (c, o) => dmyHM(o.at, 1), ['timestamp', OR('createdDate')], opt],
    ['Customer', (c, o, r, i) => nm(i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(i, 'btinternet.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Funnel', (c, o, r) => v.pick(r, ['Post purchase - all orders', 'Thank you page - skincare', 'Birthday collector']), ['marketing.campaignName'], opt],
    ['Widget', (c, o, r) => v.pick(r, ['Product upsell', 'Post purchase offer', 'Product recommendation']), [], opt],
    ['Offer', (c, o, r) => v.pick(r, ['20% off add-on', 'Free travel size', '£5 off']), [], opt],
    ['Upsell Product', (c, o, r, i) => row(SKINCARE, i)[0], [PL('name')]],
    ['Upsell SKU', (c, o, r, i) => row(SKINCARE, i)[1], [PL('SKU')]],
    ['Upsell Quantity', () => '1', [PL('quantity')]],
    ['Original Price', (c, o, r, i) => gbp(row(SKINCARE, i)[2] * 0.8), [], opt],
    ['Discount', (c, o, r, i) => gbp(row(SKINCARE, i)[2] * 0.16), [PL('discountAmount')], opt],
    ['Upsell Revenue', (c, o, r, i) => gbp(row(SKINCARE, i)[2] * 0.64), [PL('priceTotal')]],
    ['Original Order Value', (c, o, r) => gbp(v.int(r, 3000, 15000) / 100), [], opt],
    ['Total Order Value', (c, o, r) => gbp(v.int(r, 4000, 18000) / 100), [OR('priceTotal')]],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['Accepted', (c, o, r) => (r() < 0.8 ? 'Yes' : 'No'), []],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Desktop']), ['device.type'], opt],
  ] },

  // ---------------------------------------------------------------- one-click upsells (Zipify OneClickUpsell, Reports > Offers > Export CSV)
  { name: 'zipify-ocu-offer-orders-csv', product: 'Zipify OneClickUpsell (OCU; Reports > Orders > Export CSV, English UI, a US home-electronics DTC shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order', (c, o, r) => `#${v.int(r, 20001, 59999)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => monDYT(o.at, -5), ['timestamp', OR('createdDate')]],
    ['Funnel Name', (c, o, r) => v.pick(r, ['Espresso Accessories', 'Protection Plan Upsell', 'Default Funnel', 'BFCM 2024']), ['marketing.campaignName'], opt],
    ['Funnel ID', (c, o, r) => String(v.int(r, 1000, 9999)), ['marketing.trackingCode'], opt],
    ['Offer Type', (c, o, r) => v.pick(r, ['Pre-Purchase', 'Post-Purchase', 'Thank You Page', 'Post-Purchase']), [], opt],
    ['Offer Position', (c, o, r) => v.pick(r, ['Upsell 1', 'Downsell 1', 'Upsell 2']), [], opt],
    ['Product', (c, o, r, i) => row(ELECTRONICS, i + 2)[0], [PL('name')]],
    ['Variant SKU', (c, o, r, i) => row(ELECTRONICS, i + 2)[1], [PL('SKU')]],
    ['Qty', () => '1', [PL('quantity')]],
    ['Offer Price', (c, o, r, i) => usd$(row(ELECTRONICS, i + 2)[2] * 0.9), [PL('priceTotal')]],
    ['Compare At Price', (c, o, r, i) => usd$(row(ELECTRONICS, i + 2)[2]), [], opt],
    ['Discount', (c, o, r, i) => usd$(row(ELECTRONICS, i + 2)[2] * 0.1), [PL('discountAmount')], opt],
    ['Revenue', (c, o, r, i) => usd$(row(ELECTRONICS, i + 2)[2] * 0.9), [PL('priceTotal')], opt],
    ['Order Total', (c, o, r, i) => usd$(row(ELECTRONICS, i)[2] + row(ELECTRONICS, i + 2)[2] * 0.9), [OR('priceTotal')]],
    ['Status', (c, o, r) => v.pick(r, ['Accepted', 'Accepted', 'Declined', 'Refunded']), [], opt],
    ['Customer Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Gateway', (c, o, r) => v.pick(r, ['shopify_payments', 'paypal', 'shopify_payments']), [OR('payments[0].paymentType')], opt],
    ['Billing State', (c, o, r, i) => row(US_ADDR, i)[2], ['commerce.billing.address.stateProvince', 'commerce.billing.address.state']],
  ] },

  // ---------------------------------------------------------------- product protection (Extend Merchant Portal, Contracts > Export)
  { name: 'extend-merchant-contracts-export', product: 'Extend (Merchant Portal: Contracts > Export CSV, English UI, a US electronics retailer selling Extend product protection plans)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Contract ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Transaction ID', (c, o, r) => `${v.int(r, 1000000, 9999999)}`, [OR('purchaseID')]],
    ['Trans Date', (c, o) => mdy(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Canceled', 'Fulfilled', 'Expired']), [], opt],
    ['Contract Type', (c, o, r) => v.pick(r, ['Product', 'Product', 'Shipping']), [], opt],
    ['Customer Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => (r() < 0.6 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Product Name', (c, o, r, i) => row(ELECTRONICS, i)[0], [PL('name')]],
    ['Product Reference ID', (c, o, r, i) => row(ELECTRONICS, i)[1], [PL('SKU'), PL('product')]],
    ['Product Purchase Price', (c, o, r, i) => n2(row(ELECTRONICS, i)[2]), [], opt],
    ['Serial Number', (c, o, r) => (r() < 0.3 ? v.alnum(r, 12).toUpperCase() : ''), []],
    ['Plan ID', (c, o, r) => `${v.pick(r, ['10001', '10004', '10007'])}-electronics-base-replace-${v.pick(r, ['1y', '2y', '3y'])}`, [], opt],
    ['Plan Term', (c, o, r) => v.pick(r, ['12 months', '24 months', '36 months']), []],
    ['Plan Purchase Price', (c, o, r, i) => n2(row(ELECTRONICS, i)[2] * 0.12), [OR('priceTotal'), PL('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Coverage Starts', (c, o) => mdy(o.at + 30 * day), [], opt],
    ['Coverage Ends', (c, o) => mdy(o.at + 760 * day), [], opt],
    ['Refund Amount', (c, o, r) => (r() < 0.1 ? n2(v.int(r, 1000, 9000) / 100) : ''), [OR('refundTotal')], opt],
    ['Canceled Date', (c, o, r) => (r() < 0.1 ? mdy(o.at + v.int(r, 5, 60) * day) : ''), [OR('cancelDate')], opt],
    ['Store Name', () => 'Volt & Voltage', []],
    ['Store ID', (c, o, r) => v.uuid(r), ['commerce.commerceScope.storeCode'], opt],
    ['Claims', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
  ] },

  // ---------------------------------------------------------------- green shipping protection claims (Corso, Claims > Export)
  { name: 'corso-protection-claims-export', product: 'Corso (merchant admin: Claims > Export CSV, English UI, a US outdoor-gear DTC shop offering Corso Green Shipping Protection)', family: 'support', language: 'en', schema: E, cols: [
    ['Claim ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id']],
    ['Claim Created', (c, o) => iso(o.at + 9 * day), ['timestamp']],
    ['Order Number', (c, o, r) => `#${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => iso(o.at), [OR('createdDate')], opt],
    ['Claim Type', (c, o, r) => v.pick(r, ['Lost', 'Stolen', 'Damaged', 'Lost']), [], opt],
    ['Resolution', (c, o, r) => v.pick(r, ['Reorder', 'Refund', 'Reorder', 'Denied']), ['productListItems[0].returnItem.returnResolution'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Open', 'Resolved', 'Resolved', 'In Review']), [], opt],
    ['Customer Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Item', (c, o, r, i) => row(APPAREL, i)[0], [PL('name')]],
    ['Variant', (c, o, r, i) => row(APPAREL, i)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => row(APPAREL, i)[2], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity'), 'productListItems[0].returnItem.returnQuantityRequested'], opt],
    ['Claim Amount', (c, o, r, i) => n2(row(APPAREL, i)[3] * o.qty), [PL('refundAmount')], opt],
    ['Protection Fee Paid', (c, o, r) => n2(v.pick(r, [2.18, 2.98, 3.48])), []],
    ['Reorder Number', (c, o, r) => (r() < 0.5 ? `#${v.int(r, 10001, 19999)}-R` : ''), []],
    ['Carrier', (c, o, r) => v.pick(r, CARRIERS.slice(0, 3)), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`, ['commerce.shipping.trackingNumber']],
    ['Shipping City', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('city')]],
    ['Shipping State', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('postalCode')]],
    ['Customer Note', (c, o, r) => v.pick(r, ['Tracking says delivered but nothing at door', 'Box arrived crushed', '', 'Never arrived']), []],
    ['Resolved At', (c, o, r) => (r() < 0.6 ? iso(o.at + v.int(r, 10, 20) * day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- worry-free purchase (Seel, Merchant Dashboard: Covers > Export)
  { name: 'seel-covers-export', product: 'Seel (Merchant Dashboard: Covers > Export CSV, English UI, an Australian fashion DTC shop offering Seel Worry-Free Purchase)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => `#AU${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => dmy(o.at, 10), ['timestamp', OR('createdDate')], opt],
    ['Cover ID', (c, o, r) => `SEEL-${v.alnum(r, 10).toUpperCase()}`, ['_id'], opt],
    ['Cover Type', (c, o, r) => v.pick(r, ['Worry-Free Purchase', 'Return Assurance', 'Worry-Free Purchase']), [], opt],
    ['Cover Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Expired', 'Claimed', 'Cancelled']), [], opt],
    ['Customer Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(i, 'bigpond.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => (r() < 0.5 ? auMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Order Subtotal', (c, o, r, i) => aud(row(APPAREL, i)[3] * 1.5 * o.qty), [], opt],
    ['Seel Premium', (c, o, r) => aud(v.pick(r, [2.95, 3.95, 4.5])), []],
    ['Order Total', (c, o, r, i) => aud(row(APPAREL, i)[3] * 1.5 * o.qty + 9.95), [OR('priceTotal')]],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Items', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Shipping Address', (c, o, r, i) => row(AU_ADDR, i)[0], [SHIP('street1')]],
    ['Suburb', (c, o, r, i) => row(AU_ADDR, i)[1], [SHIP('city')]],
    ['State', (c, o, r, i) => row(AU_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Postcode', (c, o, r, i) => row(AU_ADDR, i)[3], [SHIP('postalCode')]],
    ['Country', () => 'AU', [SHIP('countryCode')]],
    ['Coverage Start', (c, o) => dmy(o.at, 10), [], opt],
    ['Coverage End', (c, o) => dmy(o.at + 90 * day, 10), [], opt],
    ['Claim Filed', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- shipment tracking (Malomo, Orders > Export)
  { name: 'malomo-shipments-export', product: 'Malomo (merchant dashboard: Orders / Active Orders Report > Shipments in Transit > Export CSV, English UI, a US supplements DTC shop)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o, r) => `#${v.int(r, 100001, 399999)}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => v.uuid(r), ['_id', OR('purchaseID')], opt],
    ['Order Created', (c, o) => iso(o.at), [OR('createdDate'), 'timestamp'], opt],
    ['Customer Email', (c, o, r, i) => mail(i), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Name', (c, o, r, i) => nm(i).join(' '), []],
    ['Shipment ID', (c, o, r) => v.uuid(r), [], opt],
    ['Carrier', (c, o, r) => v.pick(r, ['usps', 'ups', 'fedex', 'usps']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Code', (c, o, r) => `1Z${v.alnum(r, 16).toUpperCase()}`, ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o, r) => `https://track.vitalblendsupply.com/${v.alnum(r, 10)}`, ['commerce.shipping.trackingURL']],
    ['Status', (c, o, r) => v.pick(r, ['in_transit', 'out_for_delivery', 'delivered', 'pre_transit', 'bad_tracking_code_error']), [], opt],
    ['Status Updated At', (c, o, r) => iso(o.at + v.int(r, 1, 6) * day), ['timestamp'], opt],
    ['Shipped At', (c, o) => iso(o.at + day), ['commerce.shipping.shipDate'], opt],
    ['Estimated Delivery', (c, o) => ymd(o.at + 5 * day), [], opt],
    ['Delivered At', (c, o, r) => (r() < 0.4 ? iso(o.at + v.int(r, 3, 7) * day) : ''), [], opt],
    ['Destination City', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('city')]],
    ['Destination State', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Destination Zip', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('postalCode')]],
    ['Destination Country', () => 'US', [SHIP('countryCode')]],
    ['Days in Transit', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Notifications Sent', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Order Total', (c, o) => n2(o.total), [OR('priceTotal')]],
  ] },

  // ---------------------------------------------------------------- affiliates (GoAffPro, Affiliates > All Affiliates > Export)
  { name: 'goaffpro-affiliates-export', product: 'GoAffPro (admin: Affiliates > All Affiliates > Export CSV, English UI, a Canadian activewear DTC shop running an ambassador programme)', family: 'crm', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['name', (c, o, r, i) => nm(i).join(' '), ['person.name.fullName']],
    ['first_name', (c, o, r, i) => nm(i)[0], ['person.name.firstName']],
    ['last_name', (c, o, r, i) => nm(i)[1], ['person.name.lastName']],
    ['email', (c, o, r, i) => mail(i, 'gmail.com'), ['personalEmail.address']],
    ['phone', (c, o, r) => (r() < 0.6 ? usPhone(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['ref_code', (c, o, r, i) => `${nm(i)[0].toUpperCase()}${v.int(r, 10, 99)}`, [], opt],
    ['referral_link', (c, o, r, i) => `https://northlinefit.ca/?ref=${nm(i)[0].toLowerCase()}${v.int(r, 10, 99)}`, []],
    ['coupon', (c, o, r, i) => `${nm(i)[0].toUpperCase()}15`, [], opt],
    ['status', (c, o, r) => v.pick(r, ['approved', 'approved', 'pending', 'blocked']), [], opt],
    ['group', (c, o, r) => v.pick(r, ['Ambassadors', 'Influencers', 'Default']), [], opt],
    ['commission', (c, o, r) => v.pick(r, ['10%', '15%', '20%']), []],
    ['total_sales', (c, o, r) => n2(v.int(r, 0, 800000) / 100), [], opt],
    ['total_orders', (c, o, r) => String(v.int(r, 0, 140)), [], opt],
    ['total_earnings', (c, o, r) => n2(v.int(r, 0, 120000) / 100), []],
    ['pending_payout', (c, o, r) => n2(v.int(r, 0, 20000) / 100), []],
    ['paypal_email', (c, o, r, i) => (r() < 0.7 ? mail(i, 'gmail.com') : ''), [], opt],
    ['instagram', (c, o, r, i) => (r() < 0.6 ? `@${nm(i)[0].toLowerCase()}.moves` : ''), []],
    ['address_1', (c, o, r, i) => row(CA_ADDR, i)[0], at2('street1')],
    ['city', (c, o, r, i) => row(CA_ADDR, i)[1], at2('city')],
    ['state', (c, o, r, i) => row(CA_ADDR, i)[2], [...at2('stateProvince'), ...at2('state')]],
    ['zip', (c, o, r, i) => row(CA_ADDR, i)[3], at2('postalCode')],
    ['country', () => 'CA', at2('countryCode')],
    ['customer_id', (c, o, r) => (r() < 0.5 ? String(v.int(r, 6000000000000, 7999999999999)) : ''), ['personID', 'identityMap{}[0].id'], opt],
    ['created_at', (c, o) => ymdHMS(o.at, -5), [], opt],
  ] },
]

function at2(leaf) { return HOME.map((h) => `${h}.${leaf}`) }
