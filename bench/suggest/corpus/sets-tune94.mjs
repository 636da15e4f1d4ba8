// Round 94, tune94: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language payment gateways, POS and payout tools of Australia, New
// Zealand, the UAE, Kenya, Nigeria, the Philippines, Singapore and Malaysia: transaction, order, payment and customer
// exports, all English.
import { E, P, v, at, HOME, PL, OR, BILL, GEO, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats (h = the merchant's UTC offset)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dmyHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHMa = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dMonYHM = (ms, h) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dMonY = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const mdyHMSa = (ms, h) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoMs = (ms) => new Date(ms).toISOString()
const day = 86400000
const n2 = (n) => n.toFixed(2)
const th = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const mask = (r, brand) => `${brand === 'Visa' ? '4' : brand === 'Amex' ? '37' : '5'}${v.int(r, 10000, 99999)}******${pad(v.int(r, 0, 9999), 4)}`
const BRANDS = ['Visa', 'Visa', 'MasterCard', 'MasterCard', 'Amex']
// one order in seven is declined (keeps status, response code and text together)
const dec = (o) => +o.id % 7 === 3

// places
const AU = [['12 Smith St', 'Fitzroy', 'VIC', '3065'], ['88 George St', 'Sydney', 'NSW', '2000'], ['4/210 Brunswick St', 'Fortitude Valley', 'QLD', '4006'], ['31 King William Rd', 'Unley', 'SA', '5061'], ['7 Hay St', 'Subiaco', 'WA', '6008'], ['150 Elizabeth St', 'Hobart', 'TAS', '7000']]
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper']
const AU_LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', 'Singh', 'Martin', 'Anderson']
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const NZ_FIRST = ['Aroha', 'James', 'Sophie', 'Tane', 'Emily', 'Oliver', 'Mere', 'Lucas', 'Grace', 'Nikau']
const NZ_LAST = ['Wilson', 'Ngata', 'Thompson', 'Walker', 'Parata', 'Campbell', 'Clarke', 'Tipene', 'Young', 'Robinson']
const AE = [['Villa 14, Street 23, Al Barsha 2', 'Dubai', 'Dubai'], ['Flat 1204, Marina Crown', 'Dubai', 'Dubai'], ['Building 7, Al Khalidiyah', 'Abu Dhabi', 'Abu Dhabi'], ['Al Majaz 3, Tower B', 'Sharjah', 'Sharjah'], ['Villa 3, Al Rashidiya', 'Ajman', 'Ajman']]
const AE_FIRST = ['Ahmed', 'Fatima', 'Omar', 'Aisha', 'Rahul', 'Priya', 'Mohammed', 'Sara', 'John', 'Maria']
const AE_LAST = ['Al Mansoori', 'Khan', 'Al Hashimi', 'Nair', 'Haddad', 'Fernandes', 'Saleh', 'Menon', 'Smith', 'Reyes']
const aeMob = (r) => `+9715${v.pick(r, ['0', '2', '5', '6'])}${v.int(r, 1000000, 9999999)}`
const KE_FIRST = ['Wanjiku', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Mwangi', 'Chebet', 'Kiprop', 'Akinyi', 'Mutua']
const KE_LAST = ['Mwangi', 'Odhiambo', 'Kariuki', 'Wambui', 'Kiplagat', 'Omondi', 'Njoroge', 'Wekesa', 'Mutiso', 'Ochieng']
const NG_FIRST = ['Chinedu', 'Aisha', 'Tunde', 'Ngozi', 'Emeka', 'Folake', 'Ibrahim', 'Yetunde', 'Obinna', 'Zainab']
const NG_LAST = ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Olawale', 'Nwosu', 'Abubakar', 'Okonkwo', 'Adebayo', 'Umar']
const ngMob = (r) => `0${v.pick(r, ['803', '806', '813', '703', '816', '809', '905'])}${v.int(r, 1000000, 9999999)}`
const PH_FIRST = ['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'John Paul', 'Jasmine', 'Carlo', 'Princess', 'Miguel']
const PH_LAST = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Ramos', 'Aquino']
const SG = [['Blk 123 Ang Mo Kio Ave 3, #08-1234', 'Singapore', '', '560123'], ['10 Anson Road, #22-02', 'Singapore', '', '079903'], ['Blk 456 Tampines St 42, #05-88', 'Singapore', '', '520456'], ['21 Jurong East St 31, #11-40', 'Singapore', '', '609517']]
const SG_FIRST = ['Wei Ling', 'Jun Hao', 'Siti', 'Ravi', 'Mei Xin', 'Darren', 'Nur Aisyah', 'Kumar', 'Rachel', 'Zhi Wei']
const SG_LAST = ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Binte Rahman', 'Chua', 'Pillai', 'Goh', 'Ong']
const MY_FIRST = ['Ahmad', 'Nurul', 'Wei Jie', 'Siti', 'Arjun', 'Mei Ling', 'Faizal', 'Hui Min', 'Kavitha', 'Hafiz']
const MY_LAST = ['Abdullah', 'Tan', 'Ismail', 'Lim', 'Raj', 'Wong', 'Hassan', 'Lee', 'Subramaniam', 'Ibrahim']
const nameOf = (F, L, i) => [F[i % F.length], L[(i * 3 + 1) % L.length]]
const mail = (f, l, r, dom) => `${f}.${l}`.toLowerCase().replace(/[^a-z.]/g, '') + v.int(r, 1, 99) + '@' + v.pick(r, dom)

export const SETS = [
  // ---------------------------------------------------------------- payments (eWAY, MYeWAY: Transactions > Search > Export CSV, Australia)
  { name: 'eway-transactions-export', product: 'eWAY (MYeWAY Business Centre: Transactions > Transaction Search > Export to CSV, English UI, an Australian online retailer)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 10000000, 39999999)), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Date', (c, o) => dmyHMS(o.at, 10), ['timestamp', OR('createdDate')]],
    ['Transaction Type', (c, o, r) => v.pick(r, ['Purchase', 'Purchase', 'Purchase', 'Refund', 'PreAuth']), [], opt],
    ['Status', (c, o) => (dec(o) ? 'Declined' : 'Approved'), [], opt],
    ['Response Code', (c, o) => (dec(o) ? 'D4451' : 'A2000'), []],
    ['Response Message', (c, o) => (dec(o) ? 'Insufficient Funds' : 'Transaction Approved'), []],
    ['Auth Code', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Amount', (c, o) => n2(o.total * 1.6), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Invoice Number', (c, o) => `INV-${20000 + +o.id}`, [OR('purchaseID')]],
    ['Invoice Reference', (c, o, r) => `WEB${v.int(r, 100000, 999999)}`, [OR('purchaseOrderNumber')], opt],
    ['Invoice Description', (c, o) => o.name, [], opt],
    ['Card Type', (c, o, r, i) => row(BRANDS, i), []],
    ['Card Number', (c, o, r, i) => mask(r, row(BRANDS, i)), []],
    ['Card Name', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i).join(' ').toUpperCase(), []],
    ['Token Customer ID', (c, o, r) => (r() < 0.4 ? String(v.int(r, 910000000000, 919999999999)) : ''), [], opt],
    ['Customer First Name', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i)[0], []],
    ['Customer Last Name', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i)[1], []],
    ['Customer Email', (c, o, r, i) => mail(...nameOf(AU_FIRST, AU_LAST, i), r, ['gmail.com', 'bigpond.com', 'outlook.com.au']), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => auMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Street', (c, o, r, i) => row(AU, i)[0], [BILL('street1')]],
    ['Customer City', (c, o, r, i) => row(AU, i)[1], [BILL('city')]],
    ['Customer State', (c, o, r, i) => row(AU, i)[2], [BILL('stateProvince'), BILL('state')]],
    ['Customer Postcode', (c, o, r, i) => row(AU, i)[3], [BILL('postalCode')]],
    ['Customer Country', () => 'au', [BILL('countryCode')]],
    ['Customer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Beagle Score', (c, o, r) => (r() * 10).toFixed(2), []],
    ['Transaction Source', (c, o, r) => v.pick(r, ['Responsive Shared Page', 'Direct Connection', 'Virtual Terminal', 'Transparent Redirect']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Windcave Payline: Reports > Transaction Search > Download CSV, New Zealand)
  { name: 'windcave-payline-transactions-csv', product: 'Windcave (formerly Payment Express; Payline: Reports > Transaction Search > Download CSV, English UI, a New Zealand online and in-store retailer)', family: 'payments', language: 'en', schema: E, cols: [
    ['DpsTxnRef', (c, o, r) => `0000000${v.int(r, 1, 9)}${v.hex(r, 8)}`, [OR('payments[0].transactionID'), '_id']],
    ['TxnDate', (c, o) => ymdHMS(o.at, 12), ['timestamp', OR('createdDate')]],
    ['DateSettlement', (c, o) => ymd(o.at + day, 12).replace(/-/g, ''), [], opt],
    ['TxnType', (c, o, r) => v.pick(r, ['Purchase', 'Purchase', 'Purchase', 'Auth', 'Complete', 'Refund']), [], opt],
    ['MerchantReference', (c, o) => `NZ${10000 + +o.id}`, [OR('purchaseID')]],
    ['TxnData1', (c, o, r, i) => nameOf(NZ_FIRST, NZ_LAST, i).join(' '), []],
    ['TxnData2', (c, o, r, i) => mail(...nameOf(NZ_FIRST, NZ_LAST, i), r, ['xtra.co.nz', 'gmail.com', 'outlook.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['TxnData3', (c, o, r) => (r() < 0.5 ? `Web order ${v.int(r, 100, 999)}` : ''), []],
    ['Amount', (c, o) => n2(o.total * 1.8), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['CurrencyName', () => 'NZD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Authorized', (c, o) => (dec(o) ? '0' : '1'), [], opt],
    ['ResponseText', (c, o) => (dec(o) ? 'DECLINED' : 'APPROVED'), [], opt],
    ['ReCo', (c, o) => (dec(o) ? '51' : '00'), []],
    ['AuthCode', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['CardName', (c, o, r, i) => row(['Visa', 'MasterCard', 'Visa', 'Amex', 'MasterCard'], i), []],
    ['CardNumber', (c, o, r) => `4${v.int(r, 10000, 99999)}........${pad(v.int(r, 0, 99), 2)}`, []],
    ['CardHolderName', (c, o, r, i) => nameOf(NZ_FIRST, NZ_LAST, i).join(' ').toUpperCase(), []],
    ['DateExpiry', (c, o, r) => `${pad(v.int(r, 1, 12))}${v.int(r, 26, 30)}`, []],
    ['BillingId', (c, o, r) => (r() < 0.3 ? `CUST${v.int(r, 1000, 9999)}` : ''), [], opt],
    ['ClientInfo', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['ClientType', (c, o, r) => v.pick(r, ['Internet', 'Internet', 'Recurring', 'POS']), [], opt],
    ['Username', (c, o, r) => v.pick(r, ['KiwiGoods_Dev', 'KiwiGoods_PxPay', 'KiwiGoods_POS']), []],
    ['AcquirerResponseCode', (c, o) => (dec(o) ? '51' : '00'), []],
  ] },

  // ---------------------------------------------------------------- payments (Telr Merchant Administration: Transactions > Search > Export, UAE)
  { name: 'telr-transactions-export', product: 'Telr (Merchant Administration System: Transactions > Transaction search > Export CSV, English UI, a Dubai e-commerce merchant)', family: 'payments', language: 'en', schema: E, cols: [
    ['Reference', (c, o, r) => `0${v.int(r, 10000000000, 99999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => dMonYHM(o.at, 4), ['timestamp', OR('createdDate')]],
    ['Store', (c, o, r) => v.pick(r, ['24561', '24561', '25109']), []],
    ['Type', (c, o, r) => v.pick(r, ['Sale', 'Sale', 'Sale', 'Auth', 'Capture', 'Refund', 'Void']), [], opt],
    ['Class', (c, o, r) => v.pick(r, ['ECom', 'ECom', 'MoTo', 'Cont']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Authorised', 'Authorised', 'Authorised', 'Declined', 'On hold']), [], opt],
    ['Message', (c, o, r) => v.pick(r, ['Authorised', 'Authorised', 'Insufficient funds', '3DSecure authentication rejected']), []],
    ['Test', (c, o, r) => (r() < 0.05 ? 'Yes' : 'No'), []],
    ['Cart ID', (c, o) => `ORD-${30000 + +o.id}`, [OR('purchaseID')]],
    ['Description', (c, o) => o.name, [], opt],
    ['Currency', () => 'AED', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => n2(o.total * 4), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Card', 'Apple Pay', 'Tabby']), [OR('payments[0].paymentType')], opt],
    ['Card type', (c, o, r, i) => row(BRANDS, i), []],
    ['Card', (c, o, r, i) => mask(r, row(BRANDS, i)).slice(-4), []],
    ['Name', (c, o, r, i) => nameOf(AE_FIRST, AE_LAST, i).join(' '), []],
    ['Email', (c, o, r, i) => mail(...nameOf(AE_FIRST, AE_LAST, i), r, ['gmail.com', 'hotmail.com', 'yahoo.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => aeMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address', (c, o, r, i) => row(AE, i)[0], [BILL('street1')]],
    ['City', (c, o, r, i) => row(AE, i)[1], [BILL('city')]],
    ['Region', (c, o, r, i) => row(AE, i)[2], [BILL('stateProvince'), BILL('state'), BILL('region')], opt],
    ['Country', () => 'AE', [BILL('countryCode')]],
    ['IP address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Risk score', (c, o, r) => String(v.int(r, 0, 60)), []],
  ] },

  // ---------------------------------------------------------------- payments (Network International N-Genius Online: Payments > Orders > Export, UAE)
  { name: 'ngenius-online-orders-export', product: 'Network International N-Genius Online (portal: Payments > Orders > Export to CSV, English UI, an Abu Dhabi retailer taking card and wallet payments)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order Reference', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Merchant Order Reference', (c, o) => `AD-${500000 + +o.id}`, [OR('purchaseID')]],
    ['Outlet', (c, o, r) => v.pick(r, ['Online Store', 'Online Store', 'Mall Kiosk Pay-by-Link']), []],
    ['Created', (c, o) => isoMs(o.at), ['timestamp', OR('createdDate')]],
    ['Action', (c, o, r) => v.pick(r, ['SALE', 'SALE', 'AUTH', 'PURCHASE']), [], opt],
    ['State', (c, o, r) => v.pick(r, ['CAPTURED', 'CAPTURED', 'PURCHASED', 'AUTHORISED', 'FAILED', 'REVERSED']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['VISA', 'MASTERCARD', 'VISA', 'APPLE_PAY', 'SAMSUNG_PAY']), [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o, r) => mask(r, 'Visa'), []],
    ['Cardholder Name', (c, o, r, i) => nameOf(AE_FIRST, AE_LAST, i + 2).join(' ').toUpperCase(), []],
    ['Email Address', (c, o, r, i) => mail(...nameOf(AE_FIRST, AE_LAST, i + 2), r, ['gmail.com', 'outlook.com', 'emirates.net.ae']), ['endUserIDs._experience.emailid.id'], opt],
    ['Currency', () => 'AED', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => n2(o.total * 4), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Captured Amount', (c, o, r) => (r() < 0.85 ? n2(o.total * 4) : '0.00'), [], opt],
    ['Refunded Amount', (c, o, r) => (r() < 0.1 ? n2(o.total * 2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['3DS Status', (c, o, r) => v.pick(r, ['SUCCESS', 'SUCCESS', 'ATTEMPTED', 'NOT_ENROLLED', 'FAILURE']), []],
    ['Billing First Name', (c, o, r, i) => nameOf(AE_FIRST, AE_LAST, i + 2)[0], []],
    ['Billing Last Name', (c, o, r, i) => nameOf(AE_FIRST, AE_LAST, i + 2)[1], []],
    ['Billing Address', (c, o, r, i) => row(AE, i + 2)[0], [BILL('street1')]],
    ['Billing City', (c, o, r, i) => row(AE, i + 2)[1], [BILL('city')]],
    ['Billing Country', () => 'ARE', [BILL('countryCode')], opt],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'ar']), [], opt],
    ['Merchant Defined Data', (c, o, r) => (r() < 0.4 ? `channel=${v.pick(r, ['app', 'web'])}` : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (Cellulant Tingg: Merchant Portal > Payments > Export, Kenya)
  { name: 'tingg-checkout-payments-export', product: 'Cellulant Tingg (Tingg Merchant Portal: Transactions > Payments > Export CSV, English UI, a Nairobi online merchant taking M-PESA, Airtel Money and cards)', family: 'payments', language: 'en', schema: E, cols: [
    ['Checkout Request ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Merchant Transaction ID', (c, o) => `KE-${700000 + +o.id}`, [OR('purchaseID')]],
    ['Service Code', () => 'NAIROBIKICKS', []],
    ['Date Created', (c, o) => ymdHMS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Date Paid', (c, o, r) => (r() < 0.85 ? ymdHMS(o.at + v.int(r, 20, 600) * 1000, 3) : ''), [], opt],
    ['Payer Client', (c, o, r) => v.pick(r, ['Safaricom M-PESA', 'Safaricom M-PESA', 'Safaricom M-PESA', 'Airtel Money', 'Visa/Mastercard']), [OR('payments[0].paymentType')], opt],
    ['Payer Transaction ID', (c, o, r) => `S${v.alnum(r, 9).toUpperCase()}`, [], opt],
    ['MSISDN', (c, o, r) => `2547${v.int(r, 10000000, 99999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Name', (c, o, r, i) => nameOf(KE_FIRST, KE_LAST, i).join(' '), []],
    ['Customer Email', (c, o, r, i) => (r() < 0.7 ? mail(...nameOf(KE_FIRST, KE_LAST, i), r, ['gmail.com', 'yahoo.com']) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Account Number', (c, o) => `ACC${10000 + +o.id}`, []],
    ['Request Amount', (c, o) => n2(Math.round(o.total * 140)), [OR('priceTotal')]],
    ['Amount Paid', (c, o, r) => (r() < 0.85 ? n2(Math.round(o.total * 140)) : '0.00'), [OR('payments[0].paymentAmount')]],
    ['Currency Code', () => 'KES', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Country Code', () => 'KE', [GEO('countryCode')], opt],
    ['Request Status', (c, o, r) => v.pick(r, ['Full payment', 'Full payment', 'Full payment', 'Partial payment', 'Expired', 'Rejected']), [], opt],
    ['Status Code', (c, o, r) => v.pick(r, ['178', '178', '178', '179', '129', '180']), []],
    ['Request Description', (c, o) => o.name, [], opt],
    ['Acknowledged', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- payments (Dragonpay: Merchant Dashboard > Transactions > Export to Excel, Philippines)
  { name: 'dragonpay-transactions-export', product: 'Dragonpay (Merchant Dashboard: Transactions > Search > Export to Excel/CSV, English UI, a Manila online shop taking online banking, e-wallets and over-the-counter payments)', family: 'payments', language: 'en', schema: E, cols: [
    ['Ref No', (c, o, r) => v.alnum(r, 8).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Txn Id', (c, o) => `MNL${800000 + +o.id}`, [OR('purchaseID')]],
    ['Create Date', (c, o) => mdyHMSa(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Settle Date', (c, o, r) => (r() < 0.8 ? mdyHMSa(o.at + v.int(r, 1, 72) * 3600000, 8) : ''), [], opt],
    ['Amount', (c, o) => th(o.total * 60), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Ccy', () => 'PHP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Description', (c, o) => o.name, [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Success', 'Success', 'Success', 'Pending', 'Failure', 'Voided']), [], opt],
    ['Email', (c, o, r, i) => mail(...nameOf(PH_FIRST, PH_LAST, i), r, ['gmail.com', 'yahoo.com', 'ymail.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Mobile No', (c, o, r) => (r() < 0.7 ? `09${v.int(r, 15, 99)}${v.int(r, 1000000, 9999999)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Proc Id', (c, o, r) => v.pick(r, ['BDO', 'BPI', 'GCSH', 'PYMY', '7ELE', 'CEBL', 'UBPB']), [OR('payments[0].paymentType')], opt],
    ['Proc Msg', (c, o, r) => (r() < 0.7 ? `[000] Ref# ${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Fee', (c, o, r) => v.pick(r, ['15.00', '20.00', '25.00']), []],
    ['Param1', (c, o, r) => (r() < 0.5 ? `cust-${v.int(r, 1000, 9999)}` : ''), []],
    ['Param2', () => '', []],
    ['Billing Name', (c, o, r, i) => nameOf(PH_FIRST, PH_LAST, i).join(' '), []],
    ['Refund Date', (c, o, r) => (r() < 0.05 ? mdyHMSa(o.at + 5 * day, 8) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- customers (HitPay: Dashboard > Customers > Export, Singapore)
  { name: 'hitpay-customers-export', product: 'HitPay (web dashboard: Customers > Export CSV, English UI, a Singapore F&B and retail merchant using HitPay POS and online checkout)', family: 'payments', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['Name', (c, o, r, i) => nameOf(SG_FIRST, SG_LAST, i).join(' '), ['person.name.fullName']],
    ['Email', (c, o, r, i) => mail(...nameOf(SG_FIRST, SG_LAST, i), r, ['gmail.com', 'hotmail.com', 'singnet.com.sg']), ['personalEmail.address']],
    ['Phone Number', (c, o, r) => (r() < 0.8 ? `+65 ${v.pick(r, ['8', '9'])}${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['mobilePhone.number']],
    ['Street', (c, o, r, i) => row(SG, i)[0], at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(SG, i)[1], at(HOME, 'city')],
    ['State', () => '', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Postal Code', (c, o, r, i) => row(SG, i)[3], at(HOME, 'postalCode')],
    ['Country', () => 'SG', at(HOME, 'countryCode')],
    ['Remark', (c, o, r) => v.pick(r, ['', '', 'Regular - oat latte', 'Corporate catering', 'VIP']), []],
    ['Total Spent', (c, o) => n2(o.total * 12), []],
    ['Number of Charges', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Last Charge At', (c, o) => ymdHMS(o.at, 8), [], opt],
    ['Created At', (c) => ymdHMS(c.created, 8), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Fiuu, formerly MOLPay: Merchant Portal > Transaction > Export, Malaysia)
  { name: 'fiuu-transaction-list-export', product: 'Fiuu (formerly MOLPay / Razer Merchant Services; Merchant Portal: Transaction > Transaction List > Export CSV, English UI, a Kuala Lumpur online store)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 30000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o) => `MY${900000 + +o.id}`, [OR('purchaseID')]],
    ['Date/Time', (c, o) => ymdHMS(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Channel', (c, o, r) => v.pick(r, ['FPX Maybank2u', 'FPX CIMB Clicks', 'Credit', 'TNG-EWALLET', 'GrabPay', 'ShopeePay', 'Boost']), [OR('payments[0].paymentType')], opt],
    ['Amount', (c, o) => n2(o.total * 5), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'MYR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['captured', 'captured', 'captured', 'authorized', 'failed', 'pending']), [], opt],
    ['Bill Name', (c, o, r, i) => nameOf(MY_FIRST, MY_LAST, i).join(' '), []],
    ['Bill Email', (c, o, r, i) => mail(...nameOf(MY_FIRST, MY_LAST, i), r, ['gmail.com', 'yahoo.com.my', 'hotmail.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Bill Mobile', (c, o, r) => `601${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Bill Description', (c, o) => o.name, [], opt],
    ['Bank/Issuer', (c, o, r) => v.pick(r, ['MAYBANK', 'CIMB BANK', 'PUBLIC BANK', 'RHB BANK', '']), []],
    ['Country', () => 'MY', [GEO('countryCode')], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Paid Date', (c, o, r) => (r() < 0.85 ? ymdHMS(o.at + v.int(r, 30, 900) * 1000, 8) : ''), [], opt],
    ['Settlement Date', (c, o) => ymd(o.at + 2 * day, 8), [], opt],
    ['MDR', (c, o) => n2(o.total * 5 * 0.022), []],
    ['Net Amount', (c, o) => n2(o.total * 5 * 0.978), []],
    ['Extra Info', (c, o, r) => (r() < 0.3 ? 'installment=0' : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (SecurePay Merchant Portal: Transactions > Download, Australia)
  { name: 'securepay-transactions-download', product: 'SecurePay (Australia Post; Merchant Portal: Transactions > Search > Download CSV, English UI, an Australian subscription and online merchant)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => 'ABC0030', []],
    ['Transaction Date', (c, o) => dmyHMa(o.at, 10), ['timestamp', OR('createdDate')]],
    ['Settlement Date', (c, o) => dmy(o.at + day, 10), [], opt],
    ['Transaction Reference', (c, o) => `SUB-${40000 + +o.id}`, [OR('purchaseID')]],
    ['Bank Transaction ID', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o, r) => v.uuid(r), [], opt],
    ['Transaction Type', (c, o, r) => v.pick(r, ['Payment', 'Payment', 'Payment', 'Refund', 'Preauth', 'Complete']), [], opt],
    ['Transaction Source', (c, o, r) => v.pick(r, ['API', 'API', 'Virtual Terminal', 'Batch', 'Periodic']), [], opt],
    ['Amount', (c, o) => `$${th(o.total * 1.6)}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Approved', (c, o) => (dec(o) ? 'No' : 'Yes'), [], opt],
    ['Response Code', (c, o) => (dec(o) ? '05' : '00'), []],
    ['Response Text', (c, o) => (dec(o) ? 'Do Not Honour' : 'Approved'), []],
    ['Card Type', (c, o, r, i) => row(BRANDS, i + 1), []],
    ['Card Number', (c, o, r, i) => mask(r, row(BRANDS, i + 1)), []],
    ['Expiry', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 26, 30)}`, []],
    ['Card Holder', (c, o, r, i) => nameOf(AU_FIRST, AU_LAST, i + 4).join(' '), []],
    ['Customer Code', (c, o, r) => (r() < 0.5 ? `C${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['FraudGuard Score', (c, o, r) => String(v.int(r, 0, 100)), []],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['User', (c, o, r) => v.pick(r, ['api', 'api', 'jess.admin', 'accounts']), []],
  ] },

  // ---------------------------------------------------------------- payments (Interswitch Quickteller Business: Transactions > Export, Nigeria)
  { name: 'quickteller-business-transactions-export', product: 'Interswitch Quickteller Business (merchant dashboard: Transactions > Export CSV, English UI, a Lagos online merchant taking cards, transfers and USSD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Reference', (c, o) => `QTB-${1200000 + +o.id}`, [OR('purchaseID')]],
    ['Payment Reference', (c, o, r) => `FBN|WEB|MX${v.int(r, 10000, 99999)}|${ymdHMS(o.at, 1).replace(/\D/g, '').slice(2)}|${pad(v.int(r, 1, 99999999), 8)}`, [OR('payments[0].transactionID'), '_id']],
    ['Retrieval Reference Number', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), []],
    ['Date', (c, o) => dMonY(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Customer Name', (c, o, r, i) => nameOf(NG_FIRST, NG_LAST, i).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(...nameOf(NG_FIRST, NG_LAST, i), r, ['gmail.com', 'yahoo.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => ngMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Amount', (c, o) => `₦${th(Math.round(o.total * 1500))}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'NGN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Payment Channel', (c, o, r) => v.pick(r, ['Card', 'Card', 'Bank Transfer', 'USSD', 'Wallet']), [OR('payments[0].paymentType')], opt],
    ['Card Scheme', (c, o, r) => v.pick(r, ['Verve', 'Mastercard', 'Visa', '']), []],
    ['Masked PAN', (c, o, r) => `506099******${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Response Code', (c, o) => (dec(o) ? '51' : '00'), []],
    ['Response Description', (c, o) => (dec(o) ? 'Insufficient Funds' : 'Approved by Financial Institution'), []],
    ['Status', (c, o) => (dec(o) ? 'Failed' : 'Successful'), [], opt],
    ['Settlement Status', (c, o, r) => v.pick(r, ['Settled', 'Settled', 'Pending', 'Not Settled']), [], opt],
    ['Fee', (c, o) => th(Math.min(2000, Math.round(o.total * 1500 * 0.015))), []],
    ['Narration', (c, o) => o.name, [], opt],
    ['Terminal ID', (c, o, r) => `3IPG${v.int(r, 1000, 9999)}`, []],
  ] },

  // ---------------------------------------------------------------- payments (Monnify: Dashboard > Transactions > Export, Nigeria)
  { name: 'monnify-transactions-export', product: 'Monnify (by Moniepoint; merchant dashboard: Transactions > Export CSV, English UI, a Nigerian school-fees and e-commerce collector using reserved accounts and the web SDK)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Reference', (c, o, r) => `MNFY|${pad(v.int(r, 1, 99))}|${ymdHMS(o.at, 1).replace(/\D/g, '')}|${pad(v.int(r, 0, 999999), 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['Payment Reference', (c, o) => `PAY-${2000000 + +o.id}`, [OR('purchaseID')]],
    ['Customer Name', (c, o, r, i) => nameOf(NG_FIRST, NG_LAST, i + 3).join(' '), []],
    ['Customer Email', (c, o, r, i) => mail(...nameOf(NG_FIRST, NG_LAST, i + 3), r, ['gmail.com', 'yahoo.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Amount Paid', (c, o) => n2(Math.round(o.total * 1500)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Settlement Amount', (c, o) => n2(Math.round(o.total * 1500) - 80), []],
    ['Fee', () => '80.00', []],
    ['Currency', () => 'NGN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['ACCOUNT_TRANSFER', 'ACCOUNT_TRANSFER', 'CARD', 'USSD', 'PHONE_NUMBER']), [OR('payments[0].paymentType')], opt],
    ['Payment Status', (c, o, r) => v.pick(r, ['PAID', 'PAID', 'PAID', 'OVERPAID', 'PARTIALLY_PAID', 'PENDING', 'EXPIRED']), [], opt],
    ['Payment Description', (c, o, r) => v.pick(r, ['Second term school fees', 'Order payment', 'Wallet top-up']), [], opt],
    ['Product Type', (c, o, r) => v.pick(r, ['RESERVED_ACCOUNT', 'WEB_SDK', 'INVOICE']), []],
    ['Account Number', (c, o, r) => String(v.int(r, 5000000000, 5999999999)), []],
    ['Bank Name', (c, o, r) => v.pick(r, ['Moniepoint MFB', 'Wema Bank', 'Sterling Bank']), []],
    ['Source Account Name', (c, o, r, i) => nameOf(NG_FIRST, NG_LAST, i + 3).join(' ').toUpperCase(), []],
    ['Date Created', (c, o) => ymdHMS(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Completed On', (c, o, r) => (r() < 0.85 ? ymdHMS(o.at + v.int(r, 10, 300) * 1000, 1) : ''), [], opt],
    ['Settlement Status', (c, o, r) => v.pick(r, ['COMPLETED', 'COMPLETED', 'PENDING']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Paymentwall Merchant Area: Reports > Transactions > Export)
  { name: 'paymentwall-transactions-report', product: 'Paymentwall (Merchant Area: Reports > Transactions > Export CSV, English UI, a Philippines-based game studio selling in-game items across Southeast Asia)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `b${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => ymdHMS(o.at, 0), ['timestamp', OR('createdDate')]],
    ['Project', () => 'Skyforge Legends', []],
    ['User ID', (c, o, r) => `player_${v.int(r, 100000, 999999)}`, [], opt],
    ['Email', (c, o, r, i) => mail(...nameOf(PH_FIRST, PH_LAST, i + 2), r, ['gmail.com', 'yahoo.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Product ID', (c, o, r) => v.pick(r, ['gems_500', 'gems_1200', 'starter_pack', 'vip_30d']), [PL('SKU')]],
    ['Product Name', (c, o, r) => v.pick(r, ['500 Gems', '1200 Gems', 'Starter Pack', 'VIP Pass 30 days']), [PL('name')]],
    ['Payment System', (c, o, r) => v.pick(r, ['Credit Card', 'GCash', 'GrabPay', 'TrueMoney', '7-Eleven', 'DOKU Wallet']), [OR('payments[0].paymentType')], opt],
    ['Type', (c, o, r) => v.pick(r, ['Payment', 'Payment', 'Payment', 'Refund', 'Chargeback']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Successful', 'Successful', 'Under review', 'Declined']), [], opt],
    ['Amount', (c, o) => n2(o.total * 60), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'PHP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount USD', (c, o) => n2(o.total * 1.08), [], opt],
    ['Merchant Revenue USD', (c, o) => n2(o.total * 1.08 * 0.8), []],
    ['Country', (c, o, r) => v.pick(r, ['PH', 'PH', 'TH', 'ID', 'MY']), [GEO('countryCode')], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Risk Score', (c, o, r) => String(v.int(r, 0, 99)), []],
    ['Merchant Order ID', (c, o) => `ord_${600000 + +o.id}`, [OR('purchaseID')]],
  ] },
]
