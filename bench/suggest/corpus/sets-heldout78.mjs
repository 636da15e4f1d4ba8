// Round 78, heldout78: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language payment providers, POS, gift-card and loyalty /
// rewards programmes of the UK, the US, Australia, India, South Africa, Malaysia and Singapore: gateway transaction
// exports, a card-machine transaction list, a gift-card ledger, POS order and receipt reports, POS and loyalty member
// lists and a rewards-order history; all English.
import { E, P, v, at, HOME, ID, OR, BILL, SHIP, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const usOff = (ms, std) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 3 && m <= 10 ? std + 1 : std }
const auOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 9 ? 10 : 11 }
// "14/05/2024 10:31:07" (UK), "05/14/2024 07:31:07" (US Pacific), "2024-05-14T20:31:07+10:00" (Sydney)
const ukDTS = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const usPacDTS = (ms) => { const p = shift(ms, usOff(ms, -8)); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const usD = (ms) => { const p = shift(ms, usOff(ms, -5)); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usDT12 = (ms) => { const p = shift(ms, usOff(ms, -5)); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const auIso = (ms) => { const o = auOff(ms); const p = shift(ms, o); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+${o}:00` }
const auD = (ms) => { const p = shift(ms, auOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const auYmd = (ms) => { const p = shift(ms, auOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// India (IST, +5:30): "2024-05-14 16:01:07", "14-May-2024 16:01:07", "14/05/2024"
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ist = (ms) => shift(ms, 5.5)
const inYmdHMS = (ms) => { const p = ist(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const inDMonHMS = (ms) => { const p = ist(ms); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const inD = (ms) => { const p = ist(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const inDMon = (ms) => { const p = ist(ms); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y}` }
// South Africa (SAST +2): "2024-05-14" and "12:31:07"; Malaysia / Singapore (+8): "14/05/2024 18:31", "2024-05-14 18:31:07"
const zaD = (ms) => { const p = shift(ms, 2); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const zaT = (ms) => { const p = shift(ms, 2); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const myDT = (ms) => { const p = shift(ms, 8); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const my = (ms) => { const p = shift(ms, 8); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const sgDT = (ms) => { const p = shift(ms, 8); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const n2 = (n) => n.toFixed(2)
const usd = (n) => `$${n.toFixed(2)}`
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const mail = (f, l, r, dom) => `${slug(f)}.${slug(l)}${v.int(r, 1, 99)}@${v.pick(r, dom)}`
const guid = (r) => `{${v.uuid(r).toUpperCase()}}`
const amt = (o, lo, hi) => +(lo + ((+o.id * 7919) % 1000) / 1000 * (hi - lo)).toFixed(2)

// people and places
const UK_FIRST = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Freya', 'Arjun', 'Sophie', 'Callum', 'Niamh']
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Davies', 'Evans', 'Patel', 'Hughes', 'Wright', 'Khan', 'MacDonald']
const UK = [['14 Gloucester Road', '', 'Bristol', 'BS7 8AA'], ['Flat 3', '27 Hyde Park Road', 'Leeds', 'LS6 1PY'], ['9 Mill Lane', 'Chorlton', 'Manchester', 'M21 9XY'], ['52 Cowley Road', '', 'Oxford', 'OX4 1JB'], ['3 Rose Street', '', 'Edinburgh', 'EH2 2PR'], ['118 Wandsworth Bridge Road', '', 'London', 'SW6 2TF'], ['The Old Vicarage', 'Church Lane', 'Ludlow', 'SY8 1AW']]
const US = [['1420 Elm St', '', 'Dallas', 'TX', '75202'], ['88 Atlantic Ave', 'Apt 3R', 'Brooklyn', 'NY', '11201'], ['2231 NW Lovejoy St', '', 'Portland', 'OR', '97210'], ['517 W Belmont Ave', 'Unit 2', 'Chicago', 'IL', '60657'], ['39 Summer St', '', 'Somerville', 'MA', '02143'], ['4105 Ocean View Blvd', '', 'San Diego', 'CA', '92113'], ['812 Pearl St', '', 'Boulder', 'CO', '80302'], ['76 Peachtree Pl NE', '', 'Atlanta', 'GA', '30309']]
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usDigits = (r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper', 'Zara', 'Harrison']
const AU_LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', 'Singh', 'Martin', 'Anderson', 'Papadopoulos', 'Tran']
const AU = [['12 Smith St', '', 'Fitzroy', 'Melbourne', 'VIC', '3065'], ['Unit 4', '88 Parramatta Rd', 'Camperdown', 'Sydney', 'NSW', '2050'], ['210 Brunswick St', '', 'Fortitude Valley', 'Brisbane', 'QLD', '4006'], ['31 King William Rd', '', 'Unley', 'Adelaide', 'SA', '5061'], ['7 Hay St', '', 'Subiaco', 'Perth', 'WA', '6008'], ['22 Ormond Rd', '', 'Elwood', 'Melbourne', 'VIC', '3184']]
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auLand = (r) => `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 9000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const IN_FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Karthik', 'Divya', 'Arjun', 'Meera', 'Rahul', 'Kavya']
const IN_LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Kulkarni', 'Singh', 'Rao', 'Joshi', 'Das']
const inMob = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63'])}${v.int(r, 10000000, 99999999)}`
const IN_ADDR = [['Flat 402, Sai Residency, 12th Main, Indiranagar', 'Bengaluru', '560038'], ['B-14, Sector 15', 'Noida', '201301'], ['23, 2nd Cross, Anna Nagar West', 'Chennai', '600040'], ['Plot 7, Jubilee Hills Road No 36', 'Hyderabad', '500033'], ['A/501, Lokhandwala Complex, Andheri West', 'Mumbai', '400053'], ['House 18, Koregaon Park Lane 6', 'Pune', '411001']]
const ZA_FIRST = ['Thabo', 'Lerato', 'Sipho', 'Naledi', 'Pieter', 'Ayanda', 'Johan', 'Zanele', 'Michael', 'Precious']
const ZA_LAST = ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Mokoena', 'Naidoo', 'Khumalo', 'Pillay', 'Smith', 'Ndlovu']
const MY_FIRST = ['Nur Aisyah', 'Muhammad Hafiz', 'Tan Wei Ling', 'Lim Jun Hao', 'Siti Nurhaliza', 'Ahmad Faris', 'Priya', 'Wong Mei Yee', 'Kavitha', 'Chong Kah Wai']
const MY_ADDR = [['No 12, Jalan SS 2/24', 'Petaling Jaya', 'Selangor', '47300'], ['23A, Jalan Bangsar Utama 1', 'Kuala Lumpur', 'Wilayah Persekutuan', '59000'], ['8, Lorong Kenari 3', 'Bayan Lepas', 'Pulau Pinang', '11900'], ['45, Jalan Austin Heights 8/4', 'Johor Bahru', 'Johor', '81100'], ['17, Jalan Tun Razak', 'Ipoh', 'Perak', '30100']]
const myMob = (r) => `601${v.pick(r, ['1', '2', '3', '6', '7', '9'])}${v.int(r, 1000000, 9999999)}`
const SG_NAMES = ['Tan Wei Jie', 'Nurul Huda', 'Lim Shu Min', 'Rajesh Kumar', 'Chua Kai Xiang', 'Siti Aminah', 'Goh Jia Hui', 'Marcus Lee']
const sgMob = (r) => `+65 ${v.pick(r, ['8', '9'])}${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`

// goods
const UK_SHOP = [['Merino Crew Jumper - Navy', 79.0], ['Waxed Cotton Field Jacket', 189.0], ['Leather Card Holder', 35.0], ['Linen Overshirt - Stone', 85.0], ['Wool Beanie - Charcoal', 29.0]]
const US_SHOP = [['Annual membership renewal', 120.0], ['Spring league registration', 85.0], ['Youth camp deposit', 250.0], ['Team uniform package', 64.5], ['Private lesson (60 min)', 70.0]]
const MY_SHOP = [['Kuih Lapis Box (20 pcs)', 38.0], ['Sambal Nyet Berapi 3 Bottles', 45.0], ['Baju Kurung Moden - Maroon M', 129.0], ['Kek Batik Premium 1kg', 65.0], ['Dodol Durian Gift Set', 55.0]]
const PP_MENU = [['Paneer Butter Masala', 'Main Course', 280], ['Chicken Biryani', 'Biryani', 320], ['Masala Dosa', 'South Indian', 140], ['Butter Naan', 'Breads', 60], ['Cold Coffee', 'Beverages', 150], ['Veg Hakka Noodles', 'Chinese', 220]]
const SG_MENU = [['Iced Kopi C', 2.4], ['Kaya Toast Set', 5.8], ['Nasi Lemak Chicken Wing', 7.5], ['Laksa', 8.0], ['Teh Peng', 2.2], ['Mee Rebus', 6.0]]
const REWARDS = [['U157189', 'Amazon.com Gift Card', 'Amazon.com'], ['U561593', 'Visa Prepaid Card', 'Visa'], ['U666425', 'Starbucks Card eGift', 'Starbucks'], ['U059813', 'Target eGift Card', 'Target'], ['U887214', 'DoorDash Gift Card', 'DoorDash'], ['U294106', 'Charity: American Red Cross', 'Charity Choice']]
const QC_OUTLETS = [['Lifestyle - Phoenix Marketcity', 'LS-BLR-014', 'Bengaluru'], ['Lifestyle - Select Citywalk', 'LS-DEL-003', 'New Delhi'], ['Max Fashion - Inorbit Malad', 'MX-MUM-027', 'Mumbai'], ['Home Centre - Express Avenue', 'HC-CHE-006', 'Chennai'], ['Lifestyle - Inorbit Hitech City', 'LS-HYD-009', 'Hyderabad']]

export const SETS = [
  // ---------------------------------------------------------------- payments (Opayo, formerly Sage Pay, UK)
  { name: 'opayo-myopayo-transactions-export-uk', product: 'Opayo (formerly Sage Pay; MyOpayo / MySagePay: Transactions > search > Export, CSV, one row per transaction; a Bath menswear webshop, UK time, GBP)', family: 'payments', language: 'en', schema: E, cols: [
    ['VendorTxCode', (c, o, r) => `HF-${100000 + +o.id}-${v.int(r, 1, 3)}`, [OR('purchaseID'), OR('payments[0].transactionID')]],
    ['VPSTxId', (c, o, r) => guid(r), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Date', (c, o) => ukDTS(o.at), ['timestamp']],
    ['Transaction Type', (c, o) => ['PAYMENT', 'PAYMENT', 'DEFERRED', 'RELEASE', 'PAYMENT', 'REFUND'][+o.id % 6], [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Successfully authorised transaction.', 'Successfully authorised transaction.', 'Successfully authorised transaction.', 'Transaction DECLINED by the bank.', 'Transaction ABORTED by the customer.']), [], opt],
    ['Amount', (c, o) => n2(row(UK_SHOP, +o.id)[1] * o.qty), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'GBP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Description', (c, o) => `Hartley & Finch order ${100000 + +o.id}`, [], opt],
    ['Card Type', (c, o, r) => v.pick(r, ['VISA', 'VISA', 'MC', 'DELTA', 'MCDEBIT', 'AMEX', 'PAYPAL']), [OR('payments[0].paymentType')]],
    ['Last 4 Digits', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Card Holder', (c, o, r, i) => `${row(UK_FIRST, i)} ${row(UK_LAST, i * 5 + 1)}`.toUpperCase(), []],
    ['Billing First Names', (c, o, r, i) => row(UK_FIRST, i), []],
    ['Billing Surname', (c, o, r, i) => row(UK_LAST, i * 5 + 1), []],
    ['Billing Address 1', (c, o, r, i) => row(UK, i)[0], [BILL('street1')]],
    ['Billing Address 2', (c, o, r, i) => row(UK, i)[1], [BILL('street2')]],
    ['Billing City', (c, o, r, i) => row(UK, i)[2], [BILL('city')]],
    ['Billing Post Code', (c, o, r, i) => row(UK, i)[3], [BILL('postalCode')]],
    ['Billing Country', () => 'GB', [BILL('countryCode')]],
    ['Billing Phone', (c, o, r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`, []],
    ['Delivery Address 1', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[0], [SHIP('street1')]],
    ['Delivery City', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[2], [SHIP('city')]],
    ['Delivery Post Code', (c, o, r, i) => row(UK, i + (i % 4 === 0 ? 2 : 0))[3], [SHIP('postalCode')]],
    ['Delivery Country', () => 'GB', [SHIP('countryCode')]],
    ['Customer Email', (c, o, r, i) => mail(row(UK_FIRST, i), row(UK_LAST, i * 5 + 1), r, ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Auth Code', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['AVS/CV2 Result', (c, o, r) => v.pick(r, ['ALL MATCH', 'ALL MATCH', 'SECURITY CODE MATCH ONLY', 'ADDRESS MATCH ONLY', 'NO DATA MATCHES']), []],
    ['3D Secure Status', (c, o, r) => v.pick(r, ['AUTHENTICATED', 'AUTHENTICATED', 'ATTEMPTONLY', 'NOTCHECKED']), []],
    ['Client IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Gift Aid', () => 'No', []],
    ['Batch ID', (c, o) => String(4400 + Math.floor(+o.id / 100)), []],
  ] },

  // ---------------------------------------------------------------- payments (USAePay, US gateway)
  { name: 'usaepay-console-transactions-csv-us', product: 'USAePay (Merchant Console: Reports > Transactions > Download, CSV, one row per transaction; a Colorado youth sports club taking online and virtual-terminal card payments, Pacific console time, USD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Ref Num', (c, o) => String(3100000000 + +o.id * 137), [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => usPacDTS(o.at), ['timestamp']],
    ['Type', (c, o) => ['Sale', 'Sale', 'Sale', 'Credit', 'Auth Only', 'Sale'][+o.id % 6], [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Settled', 'Settled', 'Settled', 'Pending', 'Voided', 'Declined']), [], opt],
    ['Invoice', (c, o) => String(20000 + +o.id), [OR('purchaseID')]],
    ['Order ID', (c, o) => `WEB-${20000 + +o.id}`, [OR('purchaseID')], opt],
    ['PO Num', (c, o, r) => (r() < 0.2 ? `PO${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Description', (c, o) => row(US_SHOP, +o.id)[0], [], opt],
    ['Amount', (c, o) => n2(row(US_SHOP, +o.id)[1] + (+o.id % 4 === 0 ? 3.5 : 0)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tax', () => '0.00', [OR('taxAmount')]],
    ['Tip', () => '0.00', []],
    ['Shipping', (c, o) => (+o.id % 4 === 0 ? '3.50' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Discount', () => '0.00', [OR('discountAmount')]],
    ['Card Holder', (c) => `${c.first} ${c.last}`, []],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Visa', 'MasterCard', 'Amex', 'Discover', 'ACH']), [OR('payments[0].paymentType')]],
    ['Card Number', (c, o, r) => `XXXXXXXXXXXX${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Auth Code', (c, o, r) => v.alnum(r, 6).toUpperCase(), []],
    ['AVS Result', (c, o, r) => v.pick(r, ['Address: Match & 5 Digit Zip: Match', 'Address: No Match & 5 Digit Zip: Match', 'Not Applicable']), []],
    ['CVV2 Result', (c, o, r) => v.pick(r, ['Match', 'Match', 'Not Processed']), []],
    ['Batch', (c, o) => String(1800 + Math.floor(+o.id / 200)), []],
    ['Source', (c, o, r) => v.pick(r, ['Virtual Terminal', 'Online Store', 'Online Store', 'Recurring']), [], opt],
    ['Clerk', (c, o, r) => v.pick(r, ['', '', 'kmorales', 'front-desk']), []],
    ['Billing Company', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Billing First Name', (c) => c.first, []],
    ['Billing Last Name', (c) => c.last, []],
    ['Billing Street', (c, o, r, i) => row(US, i)[0], [BILL('street1')]],
    ['Billing Street2', (c, o, r, i) => row(US, i)[1], [BILL('street2')]],
    ['Billing City', (c, o, r, i) => row(US, i)[2], [BILL('city')]],
    ['Billing State', (c, o, r, i) => row(US, i)[3], [BILL('stateProvince'), BILL('state')]],
    ['Billing Zip', (c, o, r, i) => row(US, i)[4], [BILL('postalCode')]],
    ['Billing Country', () => 'USA', [BILL('country'), BILL('countryCode')]],
    ['Billing Phone', (c, o, r) => usPhone(r), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Client IP', (c, o, r) => (r() < 0.3 ? '' : v.ip4(r)), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- payments (Fat Zebra, Australia)
  { name: 'fat-zebra-dashboard-transactions-au', product: 'Fat Zebra (merchant dashboard: Transactions > Export CSV, one row per purchase or refund; a Sydney homewares webshop, AUD, Sydney time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `071-P-${v.alnum(r, 8).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Reference', (c, o) => `SH${40000 + +o.id}`, [OR('purchaseID')]],
    ['Transaction Date', (c, o) => auIso(o.at), ['timestamp']],
    ['Type', (c, o) => (+o.id % 8 === 3 ? 'Refund' : 'Purchase'), [], opt],
    ['Amount', (c, o) => n2(amt(o, 24, 480)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'AUD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Surcharge', (c, o) => n2(amt(o, 24, 480) * 0.011), []],
    ['Card Holder', (c, o, r, i) => `${row(AU_FIRST, i)} ${row(AU_LAST, i * 5 + 2)}`, []],
    ['Card Number', (c, o, r) => `${v.pick(r, ['411111', '520424', '455701', '376000'])}XXXXXX${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Card Type', (c, o, r) => v.pick(r, ['VISA', 'VISA', 'MasterCard', 'AMEX']), [OR('payments[0].paymentType')]],
    ['Card Expiry', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 2026, 2030)}`, []],
    ['Authorisation', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Response Code', (c, o) => (+o.id % 11 === 5 ? '05' : '00'), []],
    ['Message', (c, o) => (+o.id % 11 === 5 ? 'Declined' : 'Approved'), [], opt],
    ['Successful', (c, o) => (+o.id % 11 === 5 ? 'false' : 'true'), [], opt],
    ['Refunded Amount', (c, o) => (+o.id % 8 === 3 ? n2(amt(o, 24, 480)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Settlement Date', (c, o) => auYmd(o.at + day), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['API', 'API', 'Payment Page', 'Virtual Terminal']), [], opt],
    ['Customer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['RRN', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)), []],
    ['Merchant Username', () => 'coastandclay', []],
  ] },

  // ---------------------------------------------------------------- payments (iKhokha card machines, South Africa)
  { name: 'ikhokha-transaction-history-export-za', product: 'iKhokha (iKhokha app and merchant dashboard: Transactions > Export, CSV, one row per card, tap, pay-link or cash sale; a Durban coffee shop with two card machines, SAST, ZAR)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => zaD(o.at), ['timestamp']],
    ['Time', (c, o) => zaT(o.at), []],
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Reference', (c, o) => `INV${8000 + +o.id}`, [OR('purchaseID')], opt],
    ['Description', (c, o, r) => v.pick(r, ['Flat white x2', 'Cappuccino, Croissant', 'Breakfast special', 'Red cappuccino', 'Toasted chicken mayo', '']), [], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Card', 'Card', 'Card', 'Tap', 'iK Pay Link', 'Cash', 'QR']), [OR('payments[0].paymentType')]],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Mastercard', 'Visa', '']), [], opt],
    ['Card Number', (c, o, r) => `**** **** **** ${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Amount', (c, o) => n2(amt(o, 38, 420)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tip', (c, o) => (+o.id % 3 === 0 ? '10.00' : '0.00'), []],
    ['Fee', (c, o) => n2(amt(o, 38, 420) * 0.0275), []],
    ['Net Amount', (c, o) => n2(amt(o, 38, 420) * 0.9725), []],
    ['Status', (c, o) => (+o.id % 13 === 7 ? 'Declined' : +o.id % 17 === 4 ? 'Refunded' : 'Approved'), [], opt],
    ['Device', (c, o) => (+o.id % 2 ? 'iK Flyer - 2F4A19' : 'iK Mover - 7C0D33'), []],
    ['Staff Member', (c, o, r, i) => row(ZA_FIRST, i + 3), []],
    ['Customer Name', (c, o, r, i) => (+o.id % 4 === 0 ? `${row(ZA_FIRST, i)} ${row(ZA_LAST, i * 3 + 1)}` : ''), []],
    ['Customer Email', (c, o, r, i) => (+o.id % 4 === 0 ? mail(row(ZA_FIRST, i), row(ZA_LAST, i * 3 + 1), r, ['gmail.com', 'webmail.co.za', 'outlook.com']) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Currency', () => 'ZAR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
  ] },

  // ---------------------------------------------------------------- payments (senangPay, Malaysia)
  { name: 'senangpay-transaction-report-my', product: 'senangPay (merchant dashboard: Report > Transaction Report > Download CSV, one row per payment; a Penang kuih and food-gift shop selling through senangPay shop links, MYT, RM)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date/Time', (c, o) => myDT(o.at), ['timestamp']],
    ['Transaction Reference', (c, o, r) => `${v.int(r, 16000, 17999)}${v.int(r, 1000000000, 9999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o) => String(5000 + +o.id), [OR('purchaseID')]],
    ['Product', (c, o) => row(MY_SHOP, +o.id)[0], ['productListItems[0].name']],
    ['Quantity', (c, o) => String(o.qty), ['productListItems[0].quantity']],
    ['Shipping Fee (RM)', (c, o) => (+o.id % 3 ? '8.00' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Discount (RM)', (c, o) => (+o.id % 5 === 0 ? '5.00' : '0.00'), [OR('discountAmount')]],
    ['Amount (RM)', (c, o) => n2(row(MY_SHOP, +o.id)[1] * o.qty + (+o.id % 3 ? 8 : 0) - (+o.id % 5 === 0 ? 5 : 0)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Payment Mode', (c, o, r) => v.pick(r, ['FPX', 'FPX', 'FPX', 'Credit/Debit Card', 'Touch \'n Go eWallet', 'Boost', 'ShopeePay']), [OR('payments[0].paymentType')]],
    ['Bank', (c, o, r) => v.pick(r, ['Maybank2U', 'CIMB Clicks', 'Public Bank', 'RHB Now', 'Hong Leong Connect', '']), [], opt],
    ['Status', (c, o) => (+o.id % 9 === 2 ? 'Failed' : +o.id % 11 === 6 ? 'Pending' : 'Successful'), [], opt],
    ['Message', (c, o) => (+o.id % 9 === 2 ? 'Payment_was_declined' : 'Payment_was_successful'), [], opt],
    ['Customer Name', (c, o, r, i) => row(MY_FIRST, i), []],
    ['Customer Email', (c, o, r, i) => `${slug(row(MY_FIRST, i))}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => myMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Shipping Address', (c, o, r, i) => row(MY_ADDR, i)[0], [SHIP('street1')]],
    ['City', (c, o, r, i) => row(MY_ADDR, i)[1], [SHIP('city')]],
    ['State', (c, o, r, i) => row(MY_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Postcode', (c, o, r, i) => row(MY_ADDR, i)[3], [SHIP('postalCode')]],
    ['Settlement Date', (c, o) => my(o.at + 2 * day), [], opt],
    ['Transaction Fee (RM)', (c, o) => n2(Math.max(1, row(MY_SHOP, +o.id)[1] * o.qty * 0.015)), []],
  ] },

  // ---------------------------------------------------------------- payments / gift cards (Qwikcilver, India)
  { name: 'qwikcilver-gift-card-transaction-report-in', product: 'Qwikcilver (Pine Labs gift-card platform: merchant portal Reports > Transaction Report, Excel export, one row per card transaction; a fashion and home retail chain\'s store gift cards and eGift vouchers, IST, INR)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Date', (c, o) => inDMonHMS(o.at), ['timestamp']],
    ['Transaction Id', (c, o) => String(90000000 + +o.id * 31), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Type', (c, o) => ['Redeem', 'Redeem', 'Redeem', 'Activate', 'Reload', 'Cancel Redeem'][+o.id % 6], [], opt],
    ['Card Number', (c, o, r) => `${v.pick(r, ['7007', '6001'])}${v.int(r, 100000000000, 999999999999)}`, []],
    ['Card Program Group', (c, o, r) => v.pick(r, ['Lifestyle Gift Card', 'Lifestyle eGift Voucher', 'Landmark Group Corporate eGift']), [], opt],
    ['Amount', (c, o) => n2(Math.round(amt(o, 500, 6000))), [OR('payments[0].paymentAmount')]],
    ['Card Balance', (c, o) => n2(Math.round(amt(o, 0, 4000))), []],
    ['Outlet Name', (c, o, r, i) => row(QC_OUTLETS, i)[0], [], opt],
    ['Outlet Code', (c, o, r, i) => row(QC_OUTLETS, i)[1], [], opt],
    ['City', (c, o, r, i) => row(QC_OUTLETS, i)[2], [], opt],
    ['POS Name', (c, o, r) => `POS${pad(v.int(r, 1, 12))}`, []],
    ['Invoice Number', (c, o, r, i) => `${row(QC_OUTLETS, i)[1].slice(0, 2)}${v.int(r, 10000000, 99999999)}`, [OR('purchaseID')]],
    ['Batch Number', (c, o) => String(300 + (+o.id % 40)), []],
    ['Approval Code', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Currency', () => 'INR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Customer Name', (c, o, r, i) => `${row(IN_FIRST, i)} ${row(IN_LAST, i * 7 + 3)}`, []],
    ['Customer Mobile', (c, o, r) => inMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Card Expiry', (c, o) => inDMon(o.at + 365 * day), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Partial redemption', 'Diwali corporate gifting']), []],
  ] },

  // ---------------------------------------------------------------- POS (Petpooja, India)
  { name: 'petpooja-order-summary-report-in', product: 'Petpooja (restaurant POS, billing dashboard: Reports > Order Summary, Excel export, one row per invoice; a Bengaluru multi-cuisine restaurant with dine-in, takeaway and Swiggy / Zomato orders, IST, INR)', family: 'pos', language: 'en', schema: E, cols: [
    ['Invoice No.', (c, o) => String(1000 + +o.id), [OR('purchaseID')]],
    ['Date', (c, o) => inYmdHMS(o.at), ['timestamp']],
    ['Order Type', (c, o) => ['Dine In', 'Dine In', 'Pick Up', 'Delivery', 'Dine In'][+o.id % 5], [OR('orderType')], opt],
    ['Order From', (c, o) => ['POS', 'POS', 'POS', 'Swiggy', 'Zomato'][+o.id % 5], [], opt],
    ['Online Order ID', (c, o, r) => (+o.id % 5 >= 3 ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
    ['Sub Order Type', (c, o) => (+o.id % 5 === 0 || +o.id % 5 === 1 ? 'AC Hall' : ''), []],
    ['Table No.', (c, o, r) => (+o.id % 5 < 2 || +o.id % 5 === 4 ? `T${v.int(r, 1, 24)}` : ''), []],
    ['Persons', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Item Name', (c, o) => row(PP_MENU, +o.id)[0], ['productListItems[0].name'], opt],
    ['Category', (c, o) => row(PP_MENU, +o.id)[1], ['productListItems[0].productCategories[0].categoryName'], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Cash', 'Card', 'UPI', 'UPI', 'Online', 'Part Payment']), [OR('payments[0].paymentType')]],
    ['Customer Name', (c, o, r, i) => `${row(IN_FIRST, i)} ${row(IN_LAST, i * 5 + 2)}`, []],
    ['Customer Phone', (c, o, r) => inMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Address', (c, o, r, i) => (+o.id % 5 === 3 ? `${row(IN_ADDR, i)[0]}, ${row(IN_ADDR, i)[1]}` : ''), [SHIP('street1')], opt],
    ['My Amount (₹)', (c, o) => n2(row(PP_MENU, +o.id)[2] * o.qty), []],
    ['Total Discount (₹)', (c, o) => (+o.id % 4 === 0 ? n2(row(PP_MENU, +o.id)[2] * o.qty * 0.1) : '0.00'), [OR('discountAmount')]],
    ['Delivery Charge (₹)', (c, o) => (+o.id % 5 === 3 ? '40.00' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Container Charge (₹)', (c, o) => (+o.id % 5 >= 2 && +o.id % 5 <= 4 ? '20.00' : '0.00'), []],
    ['Service Charge (₹)', (c, o) => (+o.id % 5 < 2 ? n2(row(PP_MENU, +o.id)[2] * o.qty * 0.05) : '0.00'), []],
    ['Total Tax (₹)', (c, o) => n2(row(PP_MENU, +o.id)[2] * o.qty * 0.05), [OR('taxAmount')]],
    ['CGST (₹)', (c, o) => n2(row(PP_MENU, +o.id)[2] * o.qty * 0.025), []],
    ['SGST (₹)', (c, o) => n2(row(PP_MENU, +o.id)[2] * o.qty * 0.025), []],
    ['Round Off', (c, o, r) => n2(v.int(r, -49, 49) / 100), []],
    ['Grand Total (₹)', (c, o) => n2(Math.round(row(PP_MENU, +o.id)[2] * o.qty * (+o.id % 4 === 0 ? 0.95 : 1.05) + (+o.id % 5 === 3 ? 60 : 0))), [OR('priceTotal')]],
    ['Status', (c, o) => (+o.id % 12 === 5 ? 'Cancelled' : 'Success'), [], opt],
    ['Biller', (c, o, r) => v.pick(r, ['Manager', 'Cashier 1', 'Cashier 2']), []],
    ['Assign To', (c, o, r) => (+o.id % 5 === 3 ? v.pick(r, ['Ravi (Rider)', 'Suresh (Rider)']) : ''), []],
  ] },

  // ---------------------------------------------------------------- POS (Qashier, Singapore)
  { name: 'qashierhq-transactions-export-sg', product: 'Qashier (QashierHQ portal: Transactions > Export, CSV, one row per receipt; a Tiong Bahru kopitiam stall on a Qashier smart terminal, SGT, SGD)', family: 'pos', language: 'en', schema: E, cols: [
    ['Receipt No.', (c, o) => `R${pad(+o.id % 100000, 6)}`, [OR('purchaseID')]],
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Date Time', (c, o) => sgDT(o.at), ['timestamp']],
    ['Order Type', (c, o) => ['Dine-In', 'Dine-In', 'Takeaway', 'Dine-In', 'Delivery'][+o.id % 5], [OR('orderType')], opt],
    ['Table', (c, o, r) => (+o.id % 5 === 2 || +o.id % 5 === 4 ? '' : String(v.int(r, 1, 30))), []],
    ['Items', (c, o) => `${row(SG_MENU, +o.id)[0]} x${o.qty}`, ['productListItems[0].name'], opt],
    ['Subtotal', (c, o) => n2(row(SG_MENU, +o.id)[1] * o.qty), []],
    ['Discount', (c, o) => (+o.id % 6 === 0 ? '0.50' : '0.00'), [OR('discountAmount')]],
    ['Service Charge', () => '0.00', []],
    ['GST', (c, o) => n2(row(SG_MENU, +o.id)[1] * o.qty * 9 / 109), [OR('taxAmount')]],
    ['Rounding', (c, o, r) => v.pick(r, ['0.00', '0.00', '-0.01', '0.02', '-0.02']), []],
    ['Total', (c, o) => n2(row(SG_MENU, +o.id)[1] * o.qty - (+o.id % 6 === 0 ? 0.5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['PayNow', 'PayNow', 'Cash', 'Visa', 'Mastercard', 'NETS', 'GrabPay']), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => (+o.id % 14 === 9 ? 'Refunded' : +o.id % 19 === 3 ? 'Voided' : 'Completed'), [], opt],
    ['Refund Amount', (c, o) => (+o.id % 14 === 9 ? n2(row(SG_MENU, +o.id)[1] * o.qty) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Staff', (c, o, r) => v.pick(r, ['Auntie Mei', 'Jason', 'Farah']), []],
    ['Terminal', (c, o) => (+o.id % 2 ? 'Counter 1' : 'Counter 2'), []],
    ['Outlet', () => 'Tiong Bahru Kopi House', [], opt],
    ['Customer Name', (c, o, r, i) => (+o.id % 4 === 0 ? row(SG_NAMES, i) : ''), []],
    ['Customer Phone', (c, o, r) => (+o.id % 4 === 0 ? sgMob(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Remarks', (c, o, r) => v.pick(r, ['', '', 'less sugar', 'no ice', 'takeaway bag']), []],
  ] },

  // ---------------------------------------------------------------- POS customers (Hike POS, Australia)
  { name: 'hike-pos-customers-export-au', product: 'Hike POS (Hike back office: Customers > Import/Export > Export, Excel / CSV, one row per customer, with loyalty and store-credit balances; a Melbourne gift and lifestyle store, AU formats)', family: 'pos', language: 'en', schema: P, cols: [
    ['Customer Code', (c, o, r, i) => `CUS-${pad(1000 + i * 13, 5)}`, ID],
    ['First Name', (c, o, r, i) => row(AU_FIRST, i), ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(AU_LAST, i * 5 + 2), ['person.name.lastName']],
    ['Company Name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Brunswick Florist Co', 'Hawthorn Dental', 'Fitzroy Events']) : ''), ['organizations[0]'], opt],
    ['Email', (c, o, r, i) => mail(row(AU_FIRST, i), row(AU_LAST, i * 5 + 2), r, ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com']), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? auLand(r) : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => auMob(r), ['mobilePhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.5 ? auD(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r, i) => (r() < 0.3 ? '' : i % 2 === 0 ? 'Female' : 'Male'), ['person.gender']],
    ['Customer Group', (c, o, r) => v.pick(r, ['General', 'General', 'VIP', 'Staff', 'Wholesale']), [], opt],
    ['Physical Address 1', (c, o, r, i) => row(AU, i)[0], at(HOME, 'street1')],
    ['Physical Address 2', (c, o, r, i) => row(AU, i)[1], at(HOME, 'street2')],
    ['Physical Suburb', (c, o, r, i) => row(AU, i)[2], [...at(HOME, 'city'), ...at(HOME, 'street3')], opt],
    ['Physical City', (c, o, r, i) => row(AU, i)[3], at(HOME, 'city')],
    ['Physical State', (c, o, r, i) => row(AU, i)[4], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Physical Postcode', (c, o, r, i) => row(AU, i)[5], at(HOME, 'postalCode')],
    ['Physical Country', () => 'Australia', at(HOME, 'country')],
    ['Postal Address 1', (c, o, r, i) => (i % 5 === 0 ? `PO Box ${100 + i}` : row(AU, i)[0]), ['mailingAddress.street1']],
    ['Postal Suburb', (c, o, r, i) => row(AU, i)[2], ['mailingAddress.city', 'mailingAddress.street3'], opt],
    ['Postal City', (c, o, r, i) => row(AU, i)[3], ['mailingAddress.city']],
    ['Postal State', (c, o, r, i) => row(AU, i)[4], ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Postal Postcode', (c, o, r, i) => row(AU, i)[5], ['mailingAddress.postalCode']],
    ['Postal Country', () => 'Australia', ['mailingAddress.country']],
    ['Allow Loyalty', (c, o, r) => (r() < 0.85 ? 'Yes' : 'No'), [], opt],
    ['Loyalty Balance', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Store Credit', (c, o, r) => n2(r() < 0.8 ? 0 : v.int(r, 5, 80)), []],
    ['Total Spent', (c, o, r) => n2(v.int(r, 20, 4000) + 0.95), ['loyalty.lifetimePurchases'], opt],
    ['Marketing Opt In', (c, o, r) => (r() < 0.6 ? 'Yes' : 'No'), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Prefers gift wrapping', 'Teacher discount']), []],
    ['Created Date', (c) => auD(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- rewards / gift cards (Tango Card, US)
  { name: 'tango-card-rewards-order-history-us', product: 'Tango Card (Tango Rewards Genius portal: Orders > Order history > Export CSV, one row per reward line; a US market-research panel sending survey incentives, UTC timestamps, USD)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['Order Date', (c, o) => isoZ(o.at), ['timestamp', OR('createdDate')]],
    ['Reference Order ID', (c, o, r) => `RA${pad(v.int(r, 0, 999999), 6)}-${v.int(r, 10000, 99999)}-${pad(+o.id % 100)}`, [OR('purchaseID'), '_id']],
    ['Reward ID', (c, o, r) => `${pad(v.int(r, 0, 999999), 6)}-${v.int(r, 10000, 99999)}-${pad(v.int(r, 0, 99))}-1`, ['productListItems[0]._id'], opt],
    ['External Ref ID', (c, o, r) => (r() < 0.6 ? `panel-${v.alnum(r, 10).toLowerCase()}` : ''), [], opt],
    ['Order Status', (c, o) => (+o.id % 12 === 7 ? 'FAILED' : 'COMPLETE'), [], opt],
    ['UTID', (c, o, r, i) => row(REWARDS, i)[0], ['productListItems[0].SKU']],
    ['Reward Name', (c, o, r, i) => row(REWARDS, i)[1], ['productListItems[0].name']],
    ['Brand', (c, o, r, i) => row(REWARDS, i)[2], [], opt],
    ['Amount', (c, o) => n2([5, 10, 10, 25, 50][+o.id % 5]), ['productListItems[0].priceTotal', OR('priceTotal')]],
    ['Currency Code', () => 'USD', [OR('currencyCode'), 'productListItems[0].currencyCode']],
    ['Total Charged', (c, o) => n2([5, 10, 10, 25, 50][+o.id % 5] * (1 + (+o.id % 5 === 1 ? 0.03 : 0))), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Recipient First Name', (c) => c.first, []],
    ['Recipient Last Name', (c) => c.last, []],
    ['Recipient Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Sender Name', () => 'Northpoint Insights Panel', []],
    ['Sender Email', () => 'rewards@northpointinsights.com', []],
    ['Email Subject', () => 'Thanks for completing our survey!', []],
    ['Send Email', (c, o, r) => (r() < 0.9 ? 'TRUE' : 'FALSE'), [], opt],
    ['Campaign', (c, o, r) => v.pick(r, ['Q2 consumer tracker', 'Shopper diary wave 3', 'Auto intenders study']), ['marketing.campaignName'], opt],
    ['Customer Identifier', () => 'northpoint-research', []],
    ['Account Identifier', (c, o, r) => v.pick(r, ['panel-incentives', 'panel-incentives', 'client-projects']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'resend requested', 'top-up bonus']), []],
    ['Delivery Status', (c, o) => (+o.id % 12 === 7 ? '' : ['Delivered', 'Delivered', 'Opened', 'Bounced'][+o.id % 4]), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (Reelo, India)
  { name: 'reelo-customer-list-export-in', product: 'Reelo (restaurant and retail loyalty / CRM: Customers > Download, Excel, one row per customer; a Pune café chain\'s points programme, Indian formats)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Name', (c, o, r, i) => `${row(IN_FIRST, i)} ${row(IN_LAST, i * 5 + 1)}`, ['person.name.fullName']],
    ['Mobile No.', (c, o, r) => inMob(r), ['mobilePhone.number']],
    ['Country Code', () => '+91', ['mobilePhone.countryCode'], opt],
    ['Email', (c, o, r, i) => (r() < 0.6 ? mail(row(IN_FIRST, i), row(IN_LAST, i * 5 + 1), r, ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com']) : ''), ['personalEmail.address']],
    ['Gender', (c, o, r, i) => (r() < 0.3 ? '' : i % 2 === 0 ? 'Male' : 'Female'), ['person.gender']],
    ['Date of Birth', (c, o, r) => (r() < 0.6 ? inD(c.birth) : ''), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.3 ? inD(c.birth + 9000 * day) : ''), [], opt],
    ['Locality', (c, o, r) => v.pick(r, ['Koregaon Park', 'Baner', 'Kothrud', 'Viman Nagar', 'Aundh', '']), [...at(HOME, 'street2'), ...at(HOME, 'city')], opt],
    ['City', () => 'Pune', at(HOME, 'city')],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Total Spend', (c, o, r) => String(v.int(r, 180, 42000)), ['loyalty.lifetimePurchases']],
    ['Avg. Spend', (c, o, r) => String(v.int(r, 180, 900)), []],
    ['First Visit', (c) => inD(c.created), ['loyalty.joinDate'], opt],
    ['Last Visit', (c) => inD(Math.max(c.created, c.updated)), [], opt],
    ['Points Available', (c, o, r) => String(v.int(r, 0, 3500)), ['loyalty.points']],
    ['Points Earned', (c, o, r) => String(v.int(r, 3500, 9000)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c, o, r) => String(v.int(r, 0, 3500)), ['loyalty.pointsRedeemed']],
    ['Customer Type', (c, o, r) => v.pick(r, ['New', 'Loyal', 'Regular', 'At Risk', 'Lost']), [], opt],
    ['Outlet', (c, o, r) => v.pick(r, ['Brew Theory - KP', 'Brew Theory - Baner', 'Brew Theory - Aundh']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Billing', 'Billing', 'Feedback', 'Zomato', 'Import']), [], opt],
    ['SMS Opt-In', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), [], opt],
    ['WhatsApp Opt-In', (c, o, r) => (r() < 0.7 ? 'Yes' : 'No'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Birthday month', 'Coffee lover', 'Corporate']), []],
  ] },

  // ---------------------------------------------------------------- loyalty (Preferred Patron, US)
  { name: 'preferred-patron-members-export-us', product: 'Preferred Patron (loyalty and rewards for independent retailers: Members > Export Members, CSV, one row per member with points and rewards; a Wisconsin pet-supply store, US formats)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r, i) => String(40100 + i * 17), [...ID, 'loyalty.loyaltyID[0]']],
    ['Card Number', (c, o, r) => `PP${v.int(r, 10000000, 99999999)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile Phone', (c, o, r) => usDigits(r), ['mobilePhone.number']],
    ['Text Opt In', (c, o, r) => (r() < 0.6 ? 'Y' : 'N'), [], opt],
    ['Email Opt In', (c, o, r) => (r() < 0.8 ? 'Y' : 'N'), [], opt],
    ['Address', (c, o, r, i) => row([['2210 Atwood Ave'], ['518 N Lake St'], ['9 Bluebird Ct'], ['1634 Monroe St'], ['47 Oak Park Dr']], i)[0], at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(['Madison', 'Madison', 'Middleton', 'Verona', 'Sun Prairie'], i), at(HOME, 'city')],
    ['State', () => 'WI', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c, o, r, i) => row(['53704', '53703', '53562', '53593', '53590'], i), at(HOME, 'postalCode')],
    ['Birthday', (c, o, r) => (r() < 0.6 ? usD(c.birth).slice(0, 5) : ''), ['person.birthDayAndMonth'], opt],
    ['Pet Name', (c, o, r) => v.pick(r, ['Biscuit', 'Luna', 'Murphy', 'Pepper', '']), []],
    ['Signup Date', (c) => usD(c.created), ['loyalty.joinDate']],
    ['Signup Location', (c, o, r) => v.pick(r, ['Madison East', 'Middleton']), [], opt],
    ['Level', (c, o, r) => v.pick(r, ['Member', 'Member', 'Silver', 'Gold']), ['loyalty.tier']],
    ['Current Points', (c, o, r) => String(v.int(r, 0, 950)), ['loyalty.points']],
    ['Lifetime Points', (c, o, r) => String(v.int(r, 950, 12000)), ['loyalty.lifetimePoints']],
    ['Rewards Available', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Rewards Redeemed', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Total Spent', (c, o, r) => usd(v.int(r, 15, 6000) + 0.49), ['loyalty.lifetimePurchases']],
    ['Last Visit', (c) => usDT12(Math.max(c.created, c.updated)), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Inactive']), ['loyalty.status'], opt],
  ] },
]
