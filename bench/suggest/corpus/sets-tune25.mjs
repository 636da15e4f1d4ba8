// Round 25, tune25: tune sets added in round 25 (written blind, tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, OR, SHIP, BILL, PL, GEO, at, opt, BROWSERS, OSES, DEVICES } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'

// yyyy-MM-dd HH:mm (Ko-fi, UTC), yyyy-MM-dd HH:mm:ss (Buy Me a Coffee API), yyyy-MM-dd HH:mm:ss ±zzzz (Donorbox, the
// organisation's zone), dd.MM.yyyy HH:mm (German admin UIs), MM/dd/yyyy (Harvest's US account), ISO with Z (OneSignal, Clarity)
const ymdhm = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const est = (ms) => { const p = shift(ms, -5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} -0500` }
const cet = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const cetSec = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const usPad = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const comma = (n) => n.toFixed(2).replace('.', ',')
const euro = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`
const slug = (s) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const later = (c) => Math.max(c.created, c.updated)

// local people, places and things the shared generators lack
const CLIENTS = [['Northwind Traders', 'Website redesign', 'NWT'], ['Blue Harbor Dental', 'SEO retainer - March', 'BHD'], ['Acme Analytics LLC', 'Dashboard build, phase 2', 'ACM'], ['Greenleaf Architects', 'Brand identity', 'GLA'], ['Riverbend School District', 'Training workshops', 'RSD']]
const KOFI_ITEMS = [['', 0], ['', 0], ['Digital art pack vol. 2', 12], ['Sticker sheet (holo)', 6], ['Commission: bust sketch', 35], ['', 0]]
const DONOR_CAMPAIGNS = [['Spring Appeal 2024', 'General Fund'], ['Clean Water for Kisumu', 'Wells'], ['Annual Gala', 'Scholarships'], ['Monthly Giving Club', 'Where needed most']]
const COUNTRIES = [['US', 'United States'], ['GB', 'United Kingdom'], ['DE', 'Germany'], ['CA', 'Canada'], ['AU', 'Australia'], ['IN', 'India'], ['BR', 'Brazil']]

export const SETS = [
  // ---------------------------------------------------------------- invoicing (Harvest, Invoices > Export > CSV)
  { name: 'harvest-invoices', product: 'Harvest (Invoices, export of the invoice list to CSV)', family: 'crm', language: 'en', schema: E, cols: [
    ['Issue Date', (c, o) => usPad(o.at), ['timestamp', OR('createdDate')]],
    ['Last Payment Date', (c, o, r, i) => (i % 3 !== 1 ? usPad(o.at + v.int(r, 3, 40) * 86400000) : ''), [], opt],
    ['ID', (c, o, r, i) => String(1040 + i), [OR('purchaseID'), '_id']],
    ['PO Number', (c, o, r) => (r() < 0.4 ? `PO-${v.int(r, 20000, 49999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Client', (c, o, r, i) => row(CLIENTS, i)[0], []],
    ['Subject', (c, o, r, i) => row(CLIENTS, i)[1], []],
    ['Invoice Due Date', (c, o) => usPad(o.at + 30 * 86400000), []],
    ['Invoice Amount', (c, o) => (o.total * 20).toFixed(2), [OR('priceTotal')]],
    ['Paid Amount', (c, o, r, i) => (i % 3 !== 1 ? (o.total * 20).toFixed(2) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Balance', (c, o, r, i) => (i % 3 === 1 ? (o.total * 20).toFixed(2) : '0.00'), []],
    ['Subtotal', (c, o) => (o.subtotal * 20).toFixed(2), [], opt],
    ['Discount', (c, o) => (o.discount ? '5.0' : ''), []],
    ['Discount Amount', (c, o) => (o.discount * 20).toFixed(2), [OR('discountAmount')]],
    ['Tax', (c, o, r) => v.pick(r, ['8.875', '7.25', '']), []],
    ['Tax Amount', (c, o) => (o.tax * 20).toFixed(2), [OR('taxAmount')]],
    ['Tax 2', () => '', []],
    ['Tax 2 Amount', () => '0.00', [], opt],
    ['Currency', () => 'United States Dollar - USD', [OR('currencyCode')], opt],
    ['Currency Symbol', () => '$', []],
    ['Document Type', (c, o, r, i) => (i === 7 ? 'Credit Note' : 'Invoice'), [], opt],
    ['Project Names', (c, o, r, i) => row(CLIENTS, i)[2] + ' ' + v.pick(r, ['Retainer', 'Build', 'Discovery']), []],
    ['Project Codes', (c, o, r, i) => `${row(CLIENTS, i)[2]}-${v.int(r, 1, 9)}`, []],
    ['State', (c, o, r, i) => (i % 3 === 1 ? 'open' : 'paid'), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Ko-fi, Creator dashboard > Transactions > Download CSV)
  { name: 'kofi-transactions', product: 'Ko-fi (creator dashboard, Transactions > Download CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['DateTime (UTC)', (c, o) => ymdhm(o.at), ['timestamp', OR('createdDate')]],
    ['From', (c, o, r) => (r() < 0.15 ? 'Someone' : c.first), []],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Message', (c, o, r) => v.pick(r, ['', 'Love your work!', 'Keep the streams coming', 'For the new brushes :)']), []],
    ['Item', (c, o, r, i) => row(KOFI_ITEMS, i)[0], [PL('name')], opt],
    ['Quantity', (c, o, r, i) => (row(KOFI_ITEMS, i)[0] ? String(v.int(r, 1, 2)) : ''), [PL('quantity')], opt],
    ['Received', (c, o, r, i) => (row(KOFI_ITEMS, i)[1] || v.pick(r, [3, 5, 10, 15, 25])).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Given', () => '0.00', []],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'GBP', 'EUR']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['TransactionType', (c, o, r, i) => (row(KOFI_ITEMS, i)[0] ? (row(KOFI_ITEMS, i)[0].startsWith('Commission') ? 'Commission' : 'Shop Order') : v.pick(r, ['Donation', 'Donation', 'Subscription'])), [], opt],
    ['TransactionId', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Reference', (c, o, r) => (r() < 0.5 ? `ko-fi.com/s/${v.hex(r, 10)}` : ''), [], opt],
    ['PaymentMethod', (c, o, r) => v.pick(r, ['PayPal', 'Stripe', 'Stripe']), [OR('payments[0].paymentType')], opt],
    ['SalesTax', (c, o, r, i) => (row(KOFI_ITEMS, i)[1] ? (row(KOFI_ITEMS, i)[1] * 0.2).toFixed(2) : '0.00'), [OR('taxAmount')], opt],
    ['DiscountCode', (c, o, r, i) => (row(KOFI_ITEMS, i)[0] && r() < 0.4 ? 'ARTFIGHT10' : ''), ['commerce.promotionID'], opt],
    ['TierName', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Bronze Sketchbook', 'Gold Patron']) : ''), []],
    ['ShippingName', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.full : ''), []],
    ['ShippingAddress', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.street : ''), [SHIP('street1')]],
    ['ShippingCity', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.city : ''), [SHIP('city')]],
    ['ShippingState', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.region : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['ShippingZip', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.postcode : ''), [SHIP('postalCode')]],
    ['ShippingCountry', (c, o, r, i) => (row(KOFI_ITEMS, i)[0].startsWith('Sticker') ? c.countryEn : ''), [SHIP('country')]],
  ] },

  // ---------------------------------------------------------------- payments (Buy Me a Coffee, supporters in its public API's field names)
  { name: 'buymeacoffee-supporters', product: 'Buy Me a Coffee (supporters, in the public API\'s field names)', family: 'payments', language: 'en', schema: E, cols: [
    ['support_id', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', OR('purchaseID')]],
    ['support_note', (c, o, r) => v.pick(r, ['', 'Thanks for the tutorial!', 'Your plugin saved my weekend', 'Coffee on me ☕']), []],
    ['support_coffees', (c, o, r) => String(v.pick(r, [1, 1, 3, 5])), [PL('quantity')], opt],
    ['transaction_id', (c, o, r) => (r() < 0.7 ? `pi_${v.alnum(r, 24)}` : `${v.alnum(r, 17).toUpperCase()}`), [OR('payments[0].transactionID'), '_id']],
    ['support_visibility', (c, o, r) => String(v.pick(r, [1, 1, 0])), []],
    ['support_created_on', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['support_updated_on', (c, o) => f.ymdhms(o.at + 60000), [OR('lastUpdatedDate')], opt],
    ['transfer_id', (c, o, r) => (r() < 0.5 ? `tr_${v.alnum(r, 24)}` : ''), [], opt],
    ['supporter_name', (c, o, r) => (r() < 0.2 ? 'Someone' : c.first), []],
    ['support_coffee_price', () => '5.0000', [], opt],
    ['support_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['is_refunded', (c, o, r) => (r() < 0.05 ? '1' : ''), [], opt],
    ['support_currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['support_note_pinned', () => '0', []],
    ['referer', (c, o, r) => v.pick(r, ['', 'https://github.com/', 'https://twitter.com/', 'https://www.youtube.com/']), ['web.webReferrer.URL'], opt],
    ['country', (c, o, r, i) => row(COUNTRIES, i)[0], [GEO('countryCode')], opt],
    ['payer_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['payment_platform', (c, o, r) => v.pick(r, ['stripe', 'stripe', 'paypal']), [OR('payments[0].paymentType')], opt],
    ['payer_name', (c) => c.full, []],
  ] },

  // ---------------------------------------------------------------- payments (Donorbox, Donations > Export CSV)
  { name: 'donorbox-donations', product: 'Donorbox (nonprofit dashboard, Donations > Export)', family: 'payments', language: 'en', schema: E, cols: [
    ['Name', (c) => c.full, []],
    ['Donor First Name', (c) => c.first, []],
    ['Donor Last Name', (c) => c.last, []],
    ['Donor Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Make Donation Anonymous', (c, o, r) => (r() < 0.1 ? 'yes' : 'no'), []],
    ['Address', (c) => c.street, [BILL('street1')], opt],
    ['Address 2', (c) => c.street2, [BILL('street2')], opt],
    ['City', (c) => c.city, [BILL('city')], opt],
    ['State / Province / Region', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['Postal Code', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Country', (c) => c.countryEn, [BILL('country')], opt],
    ['Employer', (c, o, r) => (r() < 0.3 ? c.company : ''), []],
    ['Occupation', (c, o, r) => (r() < 0.3 ? c.job : ''), []],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), [], opt],
    ['Campaign', (c, o, r, i) => row(DONOR_CAMPAIGNS, i)[0], ['marketing.campaignName'], opt],
    ['Designation', (c, o, r, i) => row(DONOR_CAMPAIGNS, i)[1], []],
    ['Donation Date', (c, o) => est(o.at), ['timestamp', OR('createdDate')]],
    ['Donation Type', (c, o, r) => v.pick(r, ['stripe', 'stripe', 'paypal', 'ach', 'apple_pay']), [OR('payments[0].paymentType')], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o, r, i) => (v.pick(r, [25, 50, 100, 250, 18]) + (i % 3 === 0 ? 2.9 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Processing Fee', (c, o, r) => v.money(r, 0.8, 7.5), []],
    ['Platform Fee', (c, o, r) => v.money(r, 0.4, 3.5), []],
    ['Total Fee', (c, o, r) => v.money(r, 1.2, 11), []],
    ['Net Amount', (c, o, r) => v.money(r, 15, 240), []],
    ['Fee Covered', (c, o, r, i) => (i % 3 === 0 ? 'yes' : 'no'), []],
    ['Donor Comment', (c, o, r) => v.pick(r, ['', '', 'In memory of my grandmother', 'Keep up the great work!']), []],
    ['Recurring Donation', (c, o, r) => (r() < 0.3 ? 'yes' : 'no'), [], opt],
    ['Join Mailing List', (c) => (c.bool ? 'yes' : 'no'), []],
    ['Stripe Charge Id', (c, o, r) => `ch_${v.alnum(r, 24)}`, [OR('payments[0].transactionID'), '_id'], opt],
    ['Paypal Transaction Id', () => '', [OR('payments[0].transactionID')], opt],
    ['Receipt Id', (c, o, r) => `DBX-${v.int(r, 100000, 999999)}`, [], opt],
  ] },
]
