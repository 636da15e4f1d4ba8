// Round 56, heldout56: held-out sets of English-language payment providers, billing and invoicing tools (US, Canada,
// UK, Australia, India), written apart from the suggester and any tuning, scored once at the end. Same format as
// sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the product's
// formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const n = (x) => +x.id
const pk = (x, xs, k = 0) => xs[(n(x) + k) % xs.length]
const m2 = (x) => x.toFixed(2)
const comma = (x) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const digits = (s) => s.replace(/\D/g, '')
const CO = ['b2b.companyName', 'organizations[0]']
const EMAIL = ['endUserIDs._experience.emailid.id']
const PHONE = ['endUserIDs._experience.phonenumberid.id']
const PAY = [OR('payments[0].paymentAmount'), OR('priceTotal')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const TXN = [OR('payments[0].transactionID'), '_id']
// US Eastern / Central time, summer time April-October (good enough for generated rows)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const ct = (ms) => shift(ms, dst(ms) ? -5 : -6)
const ampm = (p) => `${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}`
const usD = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const usPhone = (c) => { const d = digits(c.phone).slice(-10).padStart(10, '5'); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const mask = (o, brand) => `${brand === 'AMEX' || brand === 'American Express' ? '3712' : brand.startsWith('M') ? '5424' : brand.startsWith('D') ? '6011' : '4111'}********${String(1000 + (n(o) * 37) % 9000)}`
const exp = (o) => `${pad(1 + n(o) % 12)}${pad(26 + n(o) % 5)}`
const BRANDS = ['VISA', 'MC', 'VISA', 'AMEX', 'DISC', 'VISA']
const amt = (o, k = 1) => +(o.total * k).toFixed(2)
const usState = (c) => c.region

// Elavon Converge: a US furniture store's card transactions (Converge: Transactions > Search > Export to CSV; English UI).
const EV_TYPE = ['SALE', 'SALE', 'SALE', 'RETURN', 'SALE', 'AUTHONLY', 'SALE']
const evType = (o) => EV_TYPE[n(o) % EV_TYPE.length]
const evSt = (o) => (n(o) % 11 === 3 ? 'DECLINED' : evType(o) === 'AUTHONLY' ? 'UNSETTLED' : n(o) % 4 === 1 ? 'UNSETTLED' : 'SETTLED')
const evBrand = (o) => pk(o, ['VISA', 'MASTERCARD', 'VISA', 'AMERICAN EXPRESS', 'DISCOVER'])
const evAmt = (o) => amt(o, 6.5)
// Chase Paymentech Orbital Virtual Terminal: a Canadian outdoor-gear web shop (Review > Transactions > Export, CSV).
const CH_TYPE = ['A/FC', 'A/FC', 'A', 'R', 'A/FC', 'V']
const chType = (o) => CH_TYPE[n(o) % CH_TYPE.length]
const chBrand = (o) => pk(o, ['Visa', 'MasterCard', 'Visa', 'American Express', 'Visa'])
const CA_CITY = [['Calgary', 'AB', 'T2P 1J9'], ['Vancouver', 'BC', 'V6B 2W9'], ['Toronto', 'ON', 'M5V 2T6'], ['Ottawa', 'ON', 'K1P 5G3'], ['Halifax', 'NS', 'B3J 1P3'], ['Winnipeg', 'MB', 'R3C 4T3']]
const caCity = (c) => pk(c, CA_CITY)
const caPhone = (c) => `${pk(c, ['403', '604', '416', '613', '902', '204'])}-${String(200 + n(c) % 800)}-${String(1000 + n(c) % 9000)}`
// Payline Data (NMI-based gateway): a US supplement brand's transactions (Reports > Transaction Report > Export CSV).
const PL_ACT = ['sale', 'sale', 'sale', 'refund', 'sale', 'auth', 'sale', 'void']
const plAct = (o) => PL_ACT[n(o) % PL_ACT.length]
const plCond = (o) => (plAct(o) === 'void' ? 'canceled' : n(o) % 9 === 2 ? 'failed' : n(o) % 3 === 0 ? 'pendingsettlement' : 'complete')
const plType = (o) => (n(o) % 7 === 4 ? 'ck' : 'cc')
const plBrand = (o) => (plType(o) === 'ck' ? '' : pk(o, ['visa', 'mastercard', 'visa', 'amex', 'discover']))
// Melio: bills paid by a US landscaping company (Pay > Payments > Export to CSV; English UI).
const ML_VENDORS = ['SiteOne Landscape Supply', 'Ewing Irrigation', 'Home Depot Pro', 'Greenscape Nursery LLC', 'Sunbelt Rentals', 'Mike\'s Small Engine Repair', 'Verizon Wireless', 'State Farm Insurance']
const mlVendor = (o) => pk(o, ML_VENDORS)
const mlSt = (o) => pk(o, ['Paid', 'Paid', 'Scheduled', 'In progress', 'Paid', 'Failed', 'Paid'])
const mlMethod = (o) => pk(o, ['Bank transfer', 'Credit card', 'Bank transfer', 'Debit card', 'Bank transfer'])
const mlDeliv = (o) => pk(o, ['ACH', 'Paper check', 'ACH', 'Fast ACH', 'Instant transfer', 'Paper check'], 2)
const mlAmt = (o) => amt(o, 23.7)
const mlFee = (o) => (mlMethod(o) === 'Credit card' ? mlAmt(o) * 0.029 : mlDeliv(o) === 'Fast ACH' ? mlAmt(o) * 0.01 : mlDeliv(o) === 'Instant transfer' ? mlAmt(o) * 0.015 : 0)
// Bill.com: vendors of a US marketing agency (Settings > Import & Export > Export > Vendors, CSV).
const BC_CO = ['Brightline Print Co.', 'Pixel & Pine Studio LLC', 'Northwind Staffing Inc.', 'Atlas Cloud Hosting', 'Rivera Photography', 'Summit Legal Group PC', 'Blue Fern Catering']
const bcCo = (c) => pk(c, BC_CO)
const bcIndividual = (c) => n(c) % 5 === 4
// Zoho Invoice: invoices of an Indian IT-training company (Invoices > Export Invoices, CSV; one row per line item, INR, GST).
const IN_NAMES = [['Aarav', 'Sharma'], ['Priya', 'Nair'], ['Rohan', 'Gupta'], ['Ananya', 'Iyer'], ['Vikram', 'Reddy'], ['Sneha', 'Kulkarni'], ['Arjun', 'Mehta'], ['Kavya', 'Menon']]
const IN_CO = ['Infobeans Solutions Pvt Ltd', 'Sai Krupa Enterprises', 'Techvista Labs LLP', '', 'Greenfield Exports Pvt Ltd', '', 'Nimbus Retail Pvt Ltd']
const IN_CITY = [['Bengaluru', 'Karnataka', '560034', 'KA'], ['Pune', 'Maharashtra', '411014', 'MH'], ['Hyderabad', 'Telangana', '500081', 'TS'], ['Chennai', 'Tamil Nadu', '600028', 'TN'], ['Kochi', 'Kerala', '682024', 'KL'], ['Ahmedabad', 'Gujarat', '380015', 'GJ']]
const inN = (c) => pk(c, IN_NAMES)
const inCity = (c) => pk(c, IN_CITY, 1)
const inMob = (c) => `+91 ${pk(c, ['98', '99', '97', '88', '70', '63'])}${String(10000000 + (n(c) * 7919) % 89999999)}`
const inDate = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const inIso = (ms) => { const p = shift(ms, 5.5); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ZI_COURSES = [['Python for Data Analysis (Batch)', 'SAC-999293', 18500], ['AWS Solutions Architect Bootcamp', 'SAC-999293', 32000], ['Corporate Workshop: Power BI (per day)', 'SAC-999293', 45000], ['Java Full Stack Program', 'SAC-999293', 54000], ['Exam Voucher - AWS SAA', 'SAC-999293', 12400]]
const ziLine = (o) => pk(o, ZI_COURSES)
const ziInterstate = (c) => inCity(c)[3] !== 'KA'
const ziSt = (o) => pk(o, ['Paid', 'Paid', 'Sent', 'Overdue', 'Partially Paid', 'Draft', 'Paid'])
// BlueSnap: a US software vendor's transactions (Reports > Transaction Detail > Export CSV; English UI).
const BS_CUR = ['USD', 'USD', 'EUR', 'GBP', 'USD', 'CAD']
const bsCur = (o) => BS_CUR[n(o) % BS_CUR.length]
const bsType = (o) => pk(o, ['Sale', 'Sale', 'Sale', 'Refund', 'Sale', 'Chargeback', 'Sale'])
const bsMethod = (o) => pk(o, ['Credit Card', 'Credit Card', 'PayPal', 'Credit Card', 'Apple Pay', 'ACH/ECP'])
const BS_CTRY = ['us', 'us', 'de', 'gb', 'us', 'ca']
const bsCtry = (o) => BS_CTRY[n(o) % BS_CTRY.length]
const bsAmt = (o) => amt(o, 3.1)
// Pin Payments: an Australian yoga studio's online charges (Dashboard > Charges > Export CSV; English UI, AUD).
const AU_NAMES = [['Olivia', 'Nguyen'], ['Jack', 'Thompson'], ['Charlotte', 'Wilson'], ['Liam', 'O\'Brien'], ['Mia', 'Papadopoulos'], ['Noah', 'Kelly'], ['Isla', 'Chen'], ['Cooper', 'Walsh']]
const AU_CITY = [['Fitzroy', 'VIC', '3065', '03'], ['Surry Hills', 'NSW', '2010', '02'], ['New Farm', 'QLD', '4005', '07'], ['Fremantle', 'WA', '6160', '08'], ['Glenelg', 'SA', '5045', '08'], ['Newtown', 'NSW', '2042', '02']]
const AU_ST = ['Wattle St', 'Brunswick St', 'Crown St', 'Marine Pde', 'Oxford St', 'King St', 'Beach Rd']
const auN = (c) => pk(c, AU_NAMES)
const auCity = (c) => pk(c, AU_CITY, 3)
const auStreet = (c) => `${1 + n(c) % 180} ${pk(c, AU_ST)}`
const auMail = (c) => `${slug(auN(c)[0])}.${slug(auN(c)[1])}${n(c) % 90}@${pk(c, ['gmail.com', 'outlook.com', 'bigpond.com', 'icloud.com'])}`
const auMob = (c) => `04${pk(c, ['12', '23', '38', '47', '58', '67'])} ${String(100 + n(c) % 900)} ${String(100 + (n(c) >> 3) % 900)}`
const aest = (ms) => shift(ms, 10)
const auIso = (ms) => { const p = aest(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+10:00` }
const pnOk = (o) => n(o) % 8 !== 5
const pnAmt = (o) => amt(o, 1.4)
// Ezidebit: direct-debit customers of an Australian gym (Online Client Portal: Customers > Customer Search > Export, CSV).
const auDate = (ms) => { const p = aest(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ezSt = (c) => pk(c, ['Active', 'Active', 'Active', 'Hold', 'Cancelled', 'Active', 'New'])
// BillDesk: an Indian insurer's online premium payments (Merchant MIS: Transaction Report > Download, CSV; English UI, INR).
const bdSt = (o) => pk(o, ['0300', '0300', '0300', '0399', '0300', '0002', '0300'])
const bdMode = (o) => pk(o, ['NET BANKING', 'CREDIT CARD', 'UPI', 'DEBIT CARD', 'UPI', 'NET BANKING'])
const bdBank = (o) => ({ 'NET BANKING': pk(o, ['HDFC Bank', 'State Bank of India', 'ICICI Bank', 'Axis Bank']), UPI: 'UPI', 'CREDIT CARD': pk(o, ['VISA', 'MASTERCARD', 'RUPAY']), 'DEBIT CARD': pk(o, ['RUPAY', 'VISA', 'MASTERCARD']) })[bdMode(o)]
const bdAmt = (o) => amt(o, 310)
const bdTime = (ms) => { const p = shift(ms, 5.5); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Kashoo: customers of a Canadian home-renovation contractor (Customers > Export, CSV; English UI).
// Invoicely: clients of a UK web-design freelancer (Clients > Export, CSV; English UI).
const UK_NAMES = [['Oliver', 'Hughes'], ['Amelia', 'Patel'], ['Harry', 'Evans'], ['Isla', 'Campbell'], ['George', 'Murphy'], ['Sophie', 'Khan'], ['Alfie', 'Roberts']]
const UK_CO = ['Hughes & Daughter Bakery', '', 'Evans Plumbing Ltd', 'Campbell Yoga Studio', '', 'Khan Dental Practice', 'Roberts Bike Hire']
const UK_CITY = [['Leeds', 'West Yorkshire', 'LS1 4DY'], ['Bristol', 'Avon', 'BS1 5TR'], ['Manchester', 'Greater Manchester', 'M4 1HN'], ['Edinburgh', '', 'EH2 2ER'], ['Cardiff', '', 'CF10 1EP'], ['Brighton', 'East Sussex', 'BN1 1UF']]
const ukN = (c) => pk(c, UK_NAMES)
const ukCity = (c) => pk(c, UK_CITY, 2)
const ukMob = (c) => `07${pk(c, ['700', '811', '923', '456', '534'])} ${String(100000 + (n(c) * 31) % 900000)}`
const ukDate = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

export const SETS = [
  { name: 'elavon-converge-transactions-en', product: 'Elavon Converge (Converge web UI: Transactions > Search > Export to CSV; English UI, a US furniture store taking card-present and keyed card payments)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `${pad(1 + n(o) % 28)}${pad(1 + n(o) % 12)}${String(26 + n(o) % 3)}A${String(1000 + n(o) % 9000)}-${v.uuid(r)}`, TXN],
    ['Transaction Date/Time', (c, o) => { const p = et(o.at); return `${usD(p)} ${ampm(p)}` }, ['timestamp']],
    ['Transaction Type', (c, o) => evType(o), [], opt],
    ['Transaction Status', (c, o) => evSt(o), [], opt],
    ['Card Type', () => 'CREDITCARD', [OR('payments[0].paymentType')], opt],
    ['Card Short Description', (c, o) => evBrand(o).replace('AMERICAN EXPRESS', 'AMEX').replace('MASTERCARD', 'MC').replace('DISCOVER', 'DISC'), [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o) => mask(o, evBrand(o)).replace(/^(\d{2})\d\d/, '$1**'), []],
    ['Exp Date', (c, o) => exp(o), []],
    ['Amount', (c, o) => m2(evAmt(o)), PAY],
    ['Sales Tax', (c, o) => m2(evAmt(o) * 0.08875), [OR('taxAmount')]],
    ['Approval Code', (c, o) => (evSt(o) === 'DECLINED' ? '' : `CVI${String(100 + n(o) % 900)}`), []],
    ['Result Message', (c, o) => (evSt(o) === 'DECLINED' ? 'DECLINED' : 'APPROVAL'), [], opt],
    ['AVS Response', (c, o) => pk(o, ['Y', 'Y', 'Z', 'A', 'N', '']), []],
    ['CVV2 Response', (c, o) => pk(o, ['M', 'M', 'M', 'N', ''], 1), []],
    ['Entry Mode', (c, o) => pk(o, ['SWIPED', 'KEYED', 'EMV CHIP', 'CONTACTLESS', 'EMV CHIP']), []],
    ['Invoice Number', (c, o) => `INV-${40000 + n(o)}`, [OR('purchaseID')]],
    ['Customer Code', (c) => (n(c) % 3 === 0 ? '' : `C${c.id}`), [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Company', (c) => (n(c) % 4 === 0 ? c.company : ''), []],
    ['Address', (c) => c.street, [BILL('street1')]],
    ['City', (c) => c.city, [BILL('city')]],
    ['State', (c) => usState(c), [BILL('stateProvince'), BILL('state')]],
    ['Zip Code', (c) => c.postcode, [BILL('postalCode')]],
    ['Country', () => 'USA', [BILL('countryCode')]],
    ['Phone', (c) => usPhone(c), PHONE, opt],
    ['Email', (c) => (n(c) % 3 === 1 ? '' : c.email), EMAIL, opt],
    ['User ID', (c, o) => pk(o, ['webpage', 'jlopez', 'store01', 'mgarcia']), []],
    ['Terminal', () => 'Main Street Showroom', [], opt],
    ['Settle Date/Time', (c, o) => (evSt(o) === 'SETTLED' ? (() => { const p = et(o.at + 86400000); return `${usD(p)} 03:12:44 AM` })() : ''), [], opt],
    ['Description', (c, o) => pk(o, ['', 'Sectional sofa deposit', 'Balance on order', 'Delivery fee', '']), [], opt],
  ] },
  { name: 'chase-orbital-transactions-en', product: 'Chase Paymentech Orbital Virtual Terminal (Review > Transactions > Export, CSV; English UI, a Canadian outdoor-gear web shop, CAD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => '700000208761', []],
    ['Terminal ID', () => '001', []],
    ['Date', (c, o) => usD(shift(o.at, dst(o.at) ? -6 : -7)), ['timestamp'], opt],
    ['Time', (c, o) => { const p = shift(o.at, dst(o.at) ? -6 : -7); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Order ID', (c, o) => `WEB${100000 + n(o)}`, [OR('purchaseID')]],
    ['Trans Type', (c, o) => chType(o), [], opt],
    ['Status', (c, o) => (n(o) % 10 === 7 ? 'Declined' : chType(o) === 'V' ? 'Voided' : 'Approved'), [], opt],
    ['Card Type', (c, o) => chBrand(o), [OR('payments[0].paymentType')]],
    ['Account #', (c, o) => `XXXXXXXXXXXX${String(1000 + (n(o) * 37) % 9000)}`, []],
    ['Exp Date', (c, o) => `${pad(1 + n(o) % 12)}${pad(26 + n(o) % 5)}`, []],
    ['Amount', (c, o) => m2(amt(o, 2.2)), PAY],
    ['Currency', () => 'CAD', CUR],
    ['Auth Code', (c, o) => (n(o) % 10 === 7 ? '' : `tst${String(100 + n(o) % 900)}`), []],
    ['Resp Code', (c, o) => (n(o) % 10 === 7 ? '05' : '00'), []],
    ['Resp Message', (c, o) => (n(o) % 10 === 7 ? 'Do Not Honor' : 'Approved'), [], opt],
    ['AVS Resp', (c, o) => pk(o, ['H', 'H', 'I3', 'JA', 'G']), []],
    ['CVD Resp', (c, o) => pk(o, ['M', 'M', 'N', 'M', 'P']), []],
    ['Tx Ref Num', (c, o, r) => v.hex(r, 40).toUpperCase(), TXN],
    ['Customer Ref Num', (c) => (n(c) % 3 === 0 ? `CUST${c.id}` : ''), [], opt],
    ['Cardholder Name', (c) => c.full, []],
    ['Address 1', (c) => c.street, [BILL('street1')]],
    ['Address 2', (c) => c.street2, [BILL('street2')]],
    ['City', (c) => caCity(c)[0], [BILL('city')]],
    ['State', (c) => caCity(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['Zip', (c) => caCity(c)[2], [BILL('postalCode')]],
    ['Country', () => 'CA', [BILL('countryCode')]],
    ['Phone', (c) => caPhone(c), PHONE, opt],
    ['Email', (c) => c.email, EMAIL, opt],
    ['Comments', (c, o) => pk(o, ['', '', 'Phone order', 'Replacement tent pole shipped', '']), [], opt],
    ['Batch #', (c, o) => String(300 + (n(o) % 40)), []],
    ['User', (c, o) => pk(o, ['OnlineStore', 'OnlineStore', 'kmacdonald', 'OnlineStore']), []],
  ] },
  { name: 'payline-transactions-en', product: 'Payline Data (Payline gateway, NMI-based merchant control panel: Reports > Transaction Report > Export CSV; English UI, a US supplement brand\'s web shop)', family: 'payments', language: 'en', schema: E, cols: [
    ['transaction_id', (c, o) => String(9000000000 + n(o) * 1117), TXN],
    ['transaction_type', (c, o) => plType(o), [OR('payments[0].paymentType')], opt],
    ['condition', (c, o) => plCond(o), [], opt],
    ['order_id', (c, o) => String(100200 + n(o)), [OR('purchaseID')]],
    ['authorization_code', (c, o) => (plCond(o) === 'failed' ? '' : String(100000 + (n(o) * 13) % 900000)), []],
    ['ponumber', (c, o) => (n(o) % 6 === 0 ? `PO-${n(o) % 9000}` : ''), [OR('purchaseOrderNumber')]],
    ['first_name', (c) => c.first, []],
    ['last_name', (c) => c.last, []],
    ['address_1', (c) => c.street, [BILL('street1')]],
    ['address_2', (c) => c.street2, [BILL('street2')]],
    ['company', (c) => (n(c) % 5 === 0 ? c.company : ''), []],
    ['city', (c) => c.city, [BILL('city')]],
    ['state', (c) => usState(c), [BILL('stateProvince'), BILL('state')]],
    ['postal_code', (c) => c.postcode, [BILL('postalCode')]],
    ['country', () => 'US', [BILL('countryCode')]],
    ['email', (c) => c.email, EMAIL, opt],
    ['phone', (c) => digits(usPhone(c)), PHONE, opt],
    ['customerid', (c) => (n(c) % 2 ? c.id : ''), [], opt],
    ['shipping_address_1', (c) => c.street, [SHIP('street1')]],
    ['shipping_city', (c) => c.city, [SHIP('city')]],
    ['shipping_state', (c) => usState(c), [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_postal_code', (c) => c.postcode, [SHIP('postalCode')]],
    ['shipping', (c, o) => m2(o.shipping), ['commerce.shipping.shippingAmount']],
    ['tax', (c, o) => m2(o.tax), [OR('taxAmount')]],
    ['cc_number', (c, o) => (plType(o) === 'cc' ? `${plBrand(o) === 'amex' ? '3' : plBrand(o) === 'mastercard' ? '5' : plBrand(o) === 'discover' ? '6' : '4'}xxxxxxxxxxx${String(1000 + (n(o) * 37) % 9000)}` : ''), []],
    ['cc_exp', (c, o) => (plType(o) === 'cc' ? exp(o) : ''), []],
    ['cc_type', (c, o) => plBrand(o), [OR('payments[0].paymentType')], opt],
    ['avs_response', (c, o) => (plType(o) === 'cc' ? pk(o, ['Y', 'Y', 'Z', 'N', 'U']) : ''), []],
    ['csc_response', (c, o) => (plType(o) === 'cc' ? pk(o, ['M', 'M', 'N', 'P']) : ''), []],
    ['currency', () => 'USD', CUR],
    ['action_type', (c, o) => plAct(o), [], opt],
    ['amount', (c, o) => m2(plAct(o) === 'refund' ? -o.total : o.total), PAY],
    ['date', (c, o) => { const p = ct(o.at); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}` }, ['timestamp']],
    ['ip_address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['response_text', (c, o) => (plCond(o) === 'failed' ? 'DECLINE' : 'SUCCESS'), [], opt],
  ] },
  { name: 'melio-payments-en', product: 'Melio (Pay > Payments > Export to CSV; English UI, a US landscaping company paying its vendors\' bills)', family: 'payments', language: 'en', schema: E, cols: [
    ['Payment ID', (c, o, r) => `pmt_${v.hex(r, 20)}`, TXN],
    ['Vendor', (c, o) => mlVendor(o), []],
    ['Vendor Email', (c, o) => (n(o) % 3 === 2 ? '' : `ar@${slug(mlVendor(o)).slice(0, 14)}.com`), [], opt],
    ['Invoice #', (c, o) => (n(o) % 5 === 3 ? '' : `${pk(o, ['INV', 'S', '', 'BL'])}${70000 + n(o) % 29999}`), [OR('purchaseID')], opt],
    ['Bill Amount', (c, o) => comma(mlAmt(o)), [OR('priceTotal')], opt],
    ['Payment Amount', (c, o) => comma(n(o) % 9 === 1 ? mlAmt(o) / 2 : mlAmt(o)), [OR('payments[0].paymentAmount')]],
    ['Fee', (c, o) => comma(mlFee(o)), []],
    ['Payment Method', (c, o) => mlMethod(o), [OR('payments[0].paymentType')]],
    ['Paid From', (c, o) => (mlMethod(o) === 'Bank transfer' ? 'Chase Business ...4821' : mlMethod(o) === 'Credit card' ? 'Amex ...1008' : 'Visa Debit ...7730'), [], opt],
    ['Delivery Method', (c, o) => mlDeliv(o), [], opt],
    ['Scheduled Date', (c, o) => usD(et(o.at)), ['timestamp'], opt],
    ['Deliver By', (c, o) => usD(et(o.at + (mlDeliv(o) === 'Paper check' ? 6 : 2) * 86400000)), [], opt],
    ['Due Date', (c, o) => usD(et(o.at + 3 * 86400000)), [], opt],
    ['Status', (c, o) => mlSt(o), [], opt],
    ['Check Number', (c, o) => (mlDeliv(o) === 'Paper check' ? String(10400 + n(o) % 500) : ''), []],
    ['Memo to Vendor', (c, o) => pk(o, ['', 'Acct #58210', 'April mulch delivery', '', 'Mower repair - Job 221']), [], opt],
    ['Category', (c, o) => pk(o, ['Materials & Supplies', 'Equipment Rental', 'Repairs & Maintenance', 'Utilities', 'Insurance']), [], opt],
    ['Created By', (c, o) => pk(o, ['Dana Whitfield', 'Luis Ortega']), []],
    ['Approved By', (c, o) => (mlAmt(o) > 2500 ? 'Dana Whitfield' : ''), []],
    ['Created Date', (c, o) => usD(et(o.at - 2 * 86400000)), [OR('createdDate')], opt],
    ['Paid Date', (c, o) => (mlSt(o) === 'Paid' ? usD(et(o.at + 2 * 86400000)) : ''), [], opt],
  ] },
  { name: 'billcom-vendors-en', product: 'BILL (Bill.com: Settings > Import & Export > Export > Vendors, CSV; English UI, a US marketing agency\'s payables vendors)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Active?', (c) => (n(c) % 7 === 3 ? 'Inactive' : 'Active'), [], opt],
    ['Vendor Name', (c) => (bcIndividual(c) ? c.full : bcCo(c)), [...CO], opt],
    ['Vendor Id', (c) => (n(c) % 3 === 0 ? '' : `V${String(n(c) % 10000).padStart(5, '0')}`), B2BID, opt],
    ['Short Name', (c) => (bcIndividual(c) ? c.last : bcCo(c).split(' ')[0]), [], opt],
    ['Name on Check', (c) => (bcIndividual(c) ? c.full : bcCo(c)), [], opt],
    ['Company Name', (c) => (bcIndividual(c) ? '' : bcCo(c)), CO],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Account Number', (c) => (n(c) % 2 ? `ACCT-${String(n(c) % 100000)}` : ''), []],
    ['Tax ID', (c) => `${pad(10 + n(c) % 89)}-${String(1000000 + (n(c) * 7) % 8999999)}`, [], opt],
    ['1099 Vendor', (c) => (bcIndividual(c) || n(c) % 3 === 1 ? 'Yes' : 'No'), []],
    ['Payment Address', (c) => c.street, ['workAddress.street1']],
    ['address2', (c) => c.street2.replace('Apt', 'Suite'), ['workAddress.street2']],
    ['address3', () => '', ['workAddress.street3'], opt],
    ['address4', () => '', ['workAddress.street4'], opt],
    ['City', (c) => c.city, ['workAddress.city']],
    ['State / Province', (c) => usState(c), ['workAddress.stateProvince', 'workAddress.state']],
    ['Zip / Postal Code', (c) => c.postcode, ['workAddress.postalCode']],
    ['Country', () => 'United States', ['workAddress.country']],
    ['Email', (c) => (bcIndividual(c) ? c.email : c.workEmail), ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c) => usPhone(c), ['workPhone.number']],
    ['Alt Phone', (c) => (n(c) % 3 === 2 ? c.mobile : ''), ['mobilePhone.number', 'otherPhone.number'], opt],
    ['Fax', (c) => (n(c) % 6 === 0 ? usPhone({ phone: c.mobile }) : ''), ['faxPhone.number']],
    ['Description', (c) => pk(c, ['Print vendor', 'Freelance design', 'Temp staffing', 'Web hosting', 'Event photography', 'Outside counsel', 'Catering']), [], opt],
    ['Payment Terms', (c) => pk(c, ['Net 30', 'Net 15', 'Due on receipt', 'Net 45']), []],
    ['Payment Email', (c) => (n(c) % 4 === 1 ? `ap@${slug(bcCo(c)).slice(0, 12)}.com` : ''), ['workEmail.address'], opt],
    ['Vendor Type', (c) => (bcIndividual(c) ? 'Individual' : 'Business'), [], opt],
    ['Created Date', (c) => usD(shift(c.created, -5)), [], opt],
  ] },
  { name: 'zohoinvoice-invoices-en', product: 'Zoho Invoice (India edition: Invoices > Export Invoices, CSV; English UI, a Bengaluru IT-training company, one row per invoice line, INR with GST)', family: 'payments', language: 'en', schema: E, cols: [
    ['Invoice Date', (c, o) => inIso(o.at), ['timestamp', OR('createdDate')]],
    ['Invoice ID', (c, o) => `2087954000000${String(100000 + n(o) % 900000)}`, ['_id'], opt],
    ['Invoice Number', (c, o) => `INV-${String(n(o) % 100000).padStart(6, '0')}`, [OR('purchaseID')]],
    ['Invoice Status', (c, o) => ziSt(o), [], opt],
    ['Customer ID', (c) => `2087954000000${String(n(c) % 1000000).padStart(6, '0')}`, [], opt],
    ['Customer Name', (c) => (pk(c, IN_CO) || inN(c).join(' ')), []],
    ['GST Treatment', (c) => (pk(c, IN_CO) ? 'business_gst' : 'consumer'), []],
    ['GST Identification Number (GSTIN)', (c) => (pk(c, IN_CO) ? `${pk(c, ['29', '27', '36', '33', '32', '24'], 1)}AAB${'CDEFG'[n(c) % 5]}${String(1000 + n(c) % 9000)}${'KLMNP'[n(c) % 5]}1Z${n(c) % 10}` : ''), []],
    ['Place of Supply', (c) => inCity(c)[3], [], opt],
    ['Due Date', (c, o) => inIso(o.at + 15 * 86400000), [], opt],
    ['Payment Terms Label', () => 'Net 15', []],
    ['PurchaseOrder', (c, o) => (pk(c, IN_CO) && n(o) % 2 ? `PO/${n(o) % 900}/25-26` : ''), [OR('purchaseOrderNumber')]],
    ['Currency Code', () => 'INR', [OR('currencyCode')]],
    ['Item Name', (c, o) => ziLine(o)[0], [PL('name')]],
    ['SKU', (c, o) => `TRN-${pad(n(o) % 5 + 1, 3)}`, [PL('SKU')]],
    ['Item Desc', (c, o) => pk(o, ['', 'Weekend batch, online', 'Includes lab access', '2 days on-site']), [], opt],
    ['HSN/SAC', (c, o) => ziLine(o)[1].replace('SAC-', ''), []],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Usage unit', (c, o) => (ziLine(o)[0].includes('per day') ? 'days' : 'nos'), [PL('unitOfMeasureCode')], opt],
    ['Item Price', (c, o) => m2(ziLine(o)[2]), []],
    ['Discount', (c, o) => (n(o) % 4 === 0 ? '10.00%' : '0.00%'), [], opt],
    ['Item Tax %', () => '18', []],
    ['CGST', (c, o) => (ziInterstate(c) ? '0.00' : m2(ziLine(o)[2] * o.qty * 0.09)), [], opt],
    ['SGST', (c, o) => (ziInterstate(c) ? '0.00' : m2(ziLine(o)[2] * o.qty * 0.09)), [], opt],
    ['IGST', (c, o) => (ziInterstate(c) ? m2(ziLine(o)[2] * o.qty * 0.18) : '0.00'), [], opt],
    ['Item Total', (c, o) => m2(ziLine(o)[2] * o.qty), [PL('priceTotal')]],
    ['Total', (c, o) => m2(ziLine(o)[2] * o.qty * 1.18), [OR('priceTotal')]],
    ['Balance', (c, o) => (['Paid'].includes(ziSt(o)) ? '0.00' : m2(ziLine(o)[2] * o.qty * (ziSt(o) === 'Partially Paid' ? 0.59 : 1.18))), []],
    ['Billing Address', (c) => `${1 + n(c) % 90}, ${pk(c, ['2nd Cross, HSR Layout', 'Baner Road', 'Madhapur Main Rd', 'TTK Road, Alwarpet', 'MG Road', 'CG Road'])}`, [BILL('street1')]],
    ['Billing City', (c) => inCity(c)[0], [BILL('city')]],
    ['Billing State', (c) => inCity(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['Billing Country', () => 'India', [BILL('country')]],
    ['Billing Code', (c) => inCity(c)[2], [BILL('postalCode')]],
    ['Salesperson', (c, o) => pk(o, ['Rakesh K', 'Deepa S', '']), []],
    ['Notes', (c, o) => pk(o, ['Thank you for your business.', '', 'Batch starts Monday 10 AM']), [], opt],
  ] },
  { name: 'bluesnap-transactions-en', product: 'BlueSnap (Merchant Console: Reports > Transaction Detail > Export CSV; English UI, a US software vendor selling licences worldwide)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Date', (c, o) => { const p = et(o.at); return `${usD(p)} ${pad(p.H)}:${pad(p.M)}` }, ['timestamp']],
    ['Invoice ID', (c, o) => String(38000000 + n(o) * 13), TXN],
    ['Original Invoice ID', (c, o) => (bsType(o) === 'Sale' ? '' : String(38000000 + n(o) * 13 - 4410)), [OR('refunds[0].transactionID')], opt],
    ['Transaction Type', (c, o) => bsType(o), [], opt],
    ['Merchant Transaction ID', (c, o) => `ORD-${500000 + n(o)}`, [OR('purchaseID')]],
    ['Product Name', (c, o) => pk(o, ['DataSync Pro', 'DataSync Pro', 'Backup Vault']), [PL('name')], opt],
    ['Contract Name', (c, o) => pk(o, ['Annual License', 'Monthly Subscription', 'Lifetime License', 'Annual License + Support'], 1), [], opt],
    ['Contract ID', (c, o) => String(2900000 + (n(o) % 6) * 11), [PL('SKU')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Currency', (c, o) => bsCur(o), CUR],
    ['Amount (Shopper Currency)', (c, o) => m2(bsType(o) === 'Sale' ? bsAmt(o) : -bsAmt(o)), PAY],
    ['Amount (USD)', (c, o) => m2((bsType(o) === 'Sale' ? 1 : -1) * bsAmt(o) * ({ USD: 1, EUR: 1.08, GBP: 1.27, CAD: 0.73 })[bsCur(o)]), [], opt],
    ['VAT/Sales Tax', (c, o) => m2(bsAmt(o) * (bsCur(o) === 'EUR' ? 0.19 : bsCur(o) === 'GBP' ? 0.2 : 0.07)), [OR('taxAmount')]],
    ['Payment Method', (c, o) => bsMethod(o), [OR('payments[0].paymentType')]],
    ['Card Type', (c, o) => (bsMethod(o) === 'Credit Card' ? pk(o, ['VISA', 'MASTERCARD', 'AMEX', 'VISA']) : ''), [OR('payments[0].paymentType')], opt],
    ['Card Last 4 Digits', (c, o) => (bsMethod(o) === 'Credit Card' ? String(1000 + (n(o) * 37) % 9000) : ''), []],
    ['Card Issuing Country', (c, o) => (bsMethod(o) === 'Credit Card' ? bsCtry(o) : ''), [], opt],
    ['Shopper ID', (c) => String(19000000 + n(c)), [], opt],
    ['Shopper First Name', (c) => c.first, []],
    ['Shopper Last Name', (c) => c.last, []],
    ['Shopper Company', (c) => (n(c) % 3 === 0 ? c.company : ''), []],
    ['Shopper Email', (c) => c.email, EMAIL, opt],
    ['Shopper Address', (c) => c.street, [BILL('street1')]],
    ['Shopper City', (c) => c.city, [BILL('city')]],
    ['Shopper State', (c, o) => (bsCtry(o) === 'us' ? usState(c) : ''), [BILL('stateProvince'), BILL('state')]],
    ['Shopper Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Shopper Country', (c, o) => bsCtry(o), [BILL('countryCode')]],
    ['Shopper IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Coupon Code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Affiliate Name', (c, o) => pk(o, ['', '', 'SoftwareDeals', '']), [], opt],
    ['Refund/Chargeback Reason', (c, o) => (bsType(o) === 'Refund' ? 'Customer request' : bsType(o) === 'Chargeback' ? 'Fraud - card absent' : ''), [OR('refunds[0].refundReason')], opt],
  ] },
  { name: 'pinpayments-charges-en', product: 'Pin Payments (Dashboard: Charges > Export CSV; English UI, an Australian yoga studio\'s online class passes, AUD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Token', (c, o, r) => `ch_${v.alnum(r, 22)}`, TXN],
    ['Created At', (c, o) => auIso(o.at), ['timestamp']],
    ['Success', (c, o) => String(pnOk(o)), [], opt],
    ['Status Message', (c, o) => (pnOk(o) ? 'Success' : pk(o, ['Declined', 'Insufficient Funds', 'Expired Card'])), [], opt],
    ['Error Message', (c, o) => (pnOk(o) ? '' : 'The card was declined'), []],
    ['Amount', (c, o) => m2(pnAmt(o)), PAY],
    ['Currency', () => 'AUD', CUR],
    ['Total Fees', (c, o) => m2(pnAmt(o) * 0.0175 + 0.3), []],
    ['Amount Refunded', (c, o) => (n(o) % 9 === 0 ? m2(pnAmt(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Description', (c, o) => pk(o, ['10-Class Pass', 'Unlimited Monthly', 'Casual Class', 'Intro Week Pass', 'Workshop: Yin & Breath']), [PL('name')], opt],
    ['Email', (c) => auMail(c), EMAIL, opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Card Scheme', (c, o) => pk(o, ['visa', 'master', 'visa', 'american_express']), [OR('payments[0].paymentType')], opt],
    ['Card Display Number', (c, o) => `XXXX-XXXX-XXXX-${String(1000 + (n(o) * 37) % 9000)}`, []],
    ['Card Expiry', (c, o) => `${pad(1 + n(o) % 12)}/${2026 + n(o) % 5}`, []],
    ['Card Name', (c) => auN(c).join(' '), []],
    ['Card Address Line 1', (c) => auStreet(c), [BILL('street1')]],
    ['Card Address City', (c) => auCity(c)[0], [BILL('city')]],
    ['Card Address State', (c) => auCity(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['Card Address Postcode', (c) => auCity(c)[2], [BILL('postalCode')]],
    ['Card Address Country', () => 'Australia', [BILL('country')]],
    ['Captured', (c, o) => String(pnOk(o)), [], opt],
    ['Settlement Currency', () => 'AUD', [], opt],
    ['Transfer Token', (c, o, r) => (pnOk(o) && n(o) % 3 !== 0 ? `tfer_${v.alnum(r, 20)}` : ''), []],
    ['Metadata: Booking ID', (c, o) => `MB-${70000 + n(o)}`, [OR('purchaseID')], opt],
  ] },
  { name: 'ezidebit-customers-en', product: 'Ezidebit (Online Client Portal: Customers > Customer Search > Export, CSV; English UI, an Australian gym\'s direct-debit members)', family: 'payments', language: 'en', schema: P, cols: [
    ['Ezidebit Customer ID', (c) => String(1200000 + n(c)), ['_id', 'personID']],
    ['Your System Reference', (c) => `MBR${String(n(c) % 100000).padStart(5, '0')}`, ['_id', 'personID'], opt],
    ['Your General Reference', (c) => pk(c, ['', 'Fitzroy club', 'Student', '']), [], opt],
    ['Title', (c) => (n(c) % 3 ? '' : pk(c, ['Mr', 'Ms', 'Mrs'])), ['person.name.courtesyTitle']],
    ['First Name', (c) => auN(c)[0], ['person.name.firstName']],
    ['Last Name', (c) => auN(c)[1], ['person.name.lastName']],
    ['Address Line 1', (c) => auStreet(c), at(HOME, 'street1')],
    ['Address Line 2', (c) => (n(c) % 4 === 0 ? `Unit ${1 + n(c) % 20}` : ''), at(HOME, 'street2')],
    ['Suburb', (c) => auCity(c)[0], at(HOME, 'city')],
    ['State', (c) => auCity(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postcode', (c) => auCity(c)[2], at(HOME, 'postalCode')],
    ['Email Address', (c) => auMail(c), ['personalEmail.address']],
    ['Mobile Phone', (c) => auMob(c), ['mobilePhone.number']],
    ['Contract Start Date', (c) => auDate(c.created), [], opt],
    ['Status', (c) => ezSt(c), [], opt],
    ['Payment Method', (c) => pk(c, ['Bank Account', 'Credit Card', 'Bank Account']), [], opt],
    ['Payment Period', (c) => pk(c, ['Fortnightly', 'Weekly', 'Monthly', 'Fortnightly']), [], opt],
    ['Regular Payment Amount', (c) => m2(pk(c, [29.95, 39.9, 59.95, 119.8])), [], opt],
    ['Total Payments Successful', (c) => String(n(c) % 60), []],
    ['Total Payments Failed', (c) => String(n(c) % 7 === 0 ? 2 : 0), []],
    ['Total Payments Failed Amount', (c) => m2(n(c) % 7 === 0 ? 59.9 : 0), []],
    ['SMS Payment Reminder', (c) => (n(c) % 2 ? 'YES' : 'NO'), [], opt],
    ['SMS Failed Notification', () => 'YES', [], opt],
    ['SMS Expired Card', (c) => (n(c) % 3 ? 'YES' : 'NO'), [], opt],
    ['Date of Birth', (c) => auDate(c.birth), ['person.birthDate']],
    ['Customer Created', (c) => auDate(c.created), [], opt],
  ] },
  { name: 'billdesk-transactions-en', product: 'BillDesk (Merchant MIS / Merchant Dashboard: Transaction Report > Download, CSV; English UI, an Indian general insurer\'s online premium payments, INR)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => 'HDFCERGO01', []],
    ['Customer ID', (c, o) => `POL${String(4000000 + n(o) * 7)}`, [OR('purchaseID')]],
    ['Transaction Ref No.', (c, o) => `U${String(100000000000 + n(o) * 104729).slice(0, 12)}`, TXN],
    ['Bank Ref No.', (c, o) => String(300000000000 + n(o) * 65537).slice(0, 12), [], opt],
    ['Transaction Date', (c, o) => bdTime(o.at), ['timestamp']],
    ['Transaction Amount', (c, o) => m2(bdAmt(o)), PAY],
    ['Currency', () => 'INR', CUR],
    ['Auth Status', (c, o) => bdSt(o), [], opt],
    ['Status Description', (c, o) => ({ '0300': 'Success', '0399': 'Failure', '0002': 'Pending' })[bdSt(o)], [], opt],
    ['Payment Mode', (c, o) => bdMode(o), [OR('payments[0].paymentType')]],
    ['Bank/Card Name', (c, o) => bdBank(o), [OR('payments[0].paymentType')], opt],
    ['Item Code', () => 'DIRECT', []],
    ['Additional Info 1', (c) => inN(c).join(' '), []],
    ['Additional Info 2', (c) => inMob(c).replace('+91 ', ''), PHONE, opt],
    ['Additional Info 3', (c) => `${slug(inN(c)[0])}.${slug(inN(c)[1])}${n(c) % 90}@${pk(c, ['gmail.com', 'yahoo.co.in', 'rediffmail.com'])}`, EMAIL, opt],
    ['Additional Info 4', (c, o) => pk(o, ['Motor Renewal', 'Health Optima', 'Two Wheeler', 'Home Shield']), [], opt],
    ['Refund Status', (c, o) => (n(o) % 12 === 5 ? 'Refunded' : 'NA'), [], opt],
    ['Refund Amount', (c, o) => (n(o) % 12 === 5 ? m2(bdAmt(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Settlement Date', (c, o) => (bdSt(o) === '0300' ? bdTime(o.at + 86400000).slice(0, 10) : ''), [], opt],
    ['Merchant Charges', (c, o) => m2(bdAmt(o) * 0.012), []],
    ['GST on Charges', (c, o) => m2(bdAmt(o) * 0.012 * 0.18), []],
    ['Net Amount', (c, o) => m2(bdAmt(o) * (1 - 0.012 * 1.18)), [], opt],
    ['Channel', (c, o) => pk(o, ['WEB', 'MOBILE', 'WEB', 'APP']), [], opt],
  ] },
  { name: 'kashoo-customers-en', product: 'Kashoo (Customers > Export, CSV; English UI, a Canadian home-renovation contractor\'s homeowner and property-manager customers)', family: 'crm', language: 'en', schema: P, cols: [
    ['Name', (c) => (n(c) % 4 === 0 ? `${c.company}` : c.full), ['person.name.fullName'], opt],
    ['Contact First Name', (c) => c.first, ['person.name.firstName']],
    ['Contact Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company', (c) => (n(c) % 4 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => caPhone(c), ['homePhone.number', 'mobilePhone.number']],
    ['Mobile', (c) => (n(c) % 2 ? caPhone({ id: String(n(c) + 3) }) : ''), ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number'], opt],
    ['Website', () => '', [], opt],
    ['Billing Address 1', (c) => c.street, ['billingAddress.street1']],
    ['Billing Address 2', (c) => c.street2, ['billingAddress.street2']],
    ['Billing City', (c) => caCity(c)[0], ['billingAddress.city']],
    ['Billing Province/State', (c) => caCity(c)[1], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Billing Postal/Zip Code', (c) => caCity(c)[2], ['billingAddress.postalCode']],
    ['Billing Country', () => 'Canada', ['billingAddress.country']],
    ['Shipping Address 1', (c) => (n(c) % 3 === 0 ? `${1 + n(c) % 300} Lakeshore Rd` : c.street), ['shippingAddress.street1']],
    ['Shipping City', (c) => caCity(c)[0], ['shippingAddress.city']],
    ['Shipping Province/State', (c) => caCity(c)[1], ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping Postal/Zip Code', (c) => caCity(c)[2], ['shippingAddress.postalCode']],
    ['Shipping Country', () => 'Canada', ['shippingAddress.country']],
    ['Currency', () => 'CAD', [], opt],
    ['Payment Terms', (c) => pk(c, ['Due on receipt', 'Net 15', 'Net 30']), []],
    ['Tax Number', () => '', [], opt],
    ['Account Number', (c) => `CUST-${String(n(c) % 10000).padStart(4, '0')}`, ['_id', 'personID'], opt],
    ['Notes', (c) => pk(c, ['', 'Kitchen reno 2025', 'Side door code 4471', '', 'Property manager - 3 units']), [], opt],
    ['Balance Owing', (c) => m2(n(c) % 3 === 0 ? (n(c) % 5000) + 0.5 : 0), []],
  ] },
  { name: 'invoicely-clients-en', product: 'Invoicely (Clients > Export, CSV; English UI, a UK web-design freelancer\'s clients, GBP)', family: 'crm', language: 'en', schema: P, cols: [
    ['Client ID', (c) => String(880000 + n(c) % 100000), ['_id', 'personID']],
    ['Client Name', (c) => pk(c, UK_CO) || ukN(c).join(' '), [], opt],
    ['First Name', (c) => ukN(c)[0], ['person.name.firstName']],
    ['Last Name', (c) => ukN(c)[1], ['person.name.lastName']],
    ['Company', (c) => pk(c, UK_CO), ['organizations[0]'], opt],
    ['Email', (c) => `${slug(ukN(c)[0])}@${pk(c, UK_CO) ? `${slug(pk(c, UK_CO)).slice(0, 12)}.co.uk` : pk(c, ['gmail.com', 'btinternet.com', 'outlook.com'])}`, ['personalEmail.address', 'workEmail.address']],
    ['Phone', (c) => `0${pk(c, ['113', '117', '161', '131', '29', '1273'])} ${String(200 + n(c) % 700)} ${String(1000 + n(c) % 9000)}`, ['homePhone.number', 'workPhone.number'], opt],
    ['Mobile', (c) => ukMob(c), ['mobilePhone.number']],
    ['Address 1', (c) => `${1 + n(c) % 120} ${pk(c, ['High Street', 'Station Road', 'Park Lane', 'Church Street', 'Victoria Road'])}`, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Address 2', (c) => (n(c) % 3 === 0 ? `Flat ${1 + n(c) % 12}` : ''), [...at(HOME, 'street2'), 'billingAddress.street2']],
    ['Town/City', (c) => ukCity(c)[0], [...at(HOME, 'city'), 'billingAddress.city']],
    ['County', (c) => ukCity(c)[1], [...at(HOME, 'stateProvince'), 'billingAddress.stateProvince'], opt],
    ['Postcode', (c) => ukCity(c)[2], [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Country', () => 'United Kingdom', [...at(HOME, 'country'), 'billingAddress.country']],
    ['Currency', () => 'GBP', [], opt],
    ['Language', () => 'English', [], opt],
    ['Tax Number', (c) => (pk(c, UK_CO) && n(c) % 2 ? `GB${String(100000000 + (n(c) * 7) % 899999999)}` : ''), [], opt],
    ['Payment Terms', (c) => pk(c, ['14 days', '30 days', 'Due on receipt']), []],
    ['Total Invoiced', (c) => comma(n(c) % 9000 + 450), []],
    ['Total Paid', (c) => comma(n(c) % 9000), []],
    ['Outstanding', () => '450.00', []],
    ['Created', (c) => ukDate(c.created), [], opt],
    ['Notes', (c) => pk(c, ['', 'Retainer: 4 hrs/month', 'Send invoices to accounts@', '']), [], opt],
  ] },
]
