// Round 53, tune53: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). English-language small-business tools of the UK, Australia and New Zealand.
import { E, P, B, v, B2BID, OR, PL, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "22/05/2024" and "22/05/2024 14:31" in a given zone (UK +1 in summer taken as +0, Sydney +10, Auckland +12)
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "2024-05-22" and "2024-05-22 14:31:07"
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "22 May 2024" and "Wed 22 May 2024 2:31 PM"
const dMonY = (ms, h = 0) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y}` }
const dMonYT = (ms, h = 0) => { const p = shift(ms, h); return `${p.d} ${MON[p.m - 1]} ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// ISO with offset, "2024-05-22T14:31:07.000Z" (Raisely, Ometria)
const isoMs = (ms) => new Date(ms).toISOString()
const day = 86400000
const gbp = (n) => n.toFixed(2)
const ukMobile = (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`
const ukPhone = (r) => `0${v.pick(r, ['20', '161', '121', '113', '117', '131'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const auMobile = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const auMobileIntl = (r) => `+614${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const nzMobile = (r) => `02${v.pick(r, ['1', '2', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`

// local people, places and goods the shared generators lack
const UK_NAMES = [['Oliver', 'Hughes', 'M'], ['Amelia', 'Patel', 'F'], ['George', 'Evans', 'M'], ['Isla', 'Thompson', 'F'], ['Harry', 'Roberts', 'M'], ['Sophie', "O'Brien", 'F'], ['Jack', 'Wright', 'M'], ['Charlotte', 'Khan', 'F']]
const UK_ADDR = [['14 Albert Road', 'Didsbury', 'Manchester', 'Greater Manchester', 'M20 2PN'], ['Flat 3, 27 Grove Street', '', 'Edinburgh', 'Midlothian', 'EH3 8AF'], ['8 Church Lane', 'Headingley', 'Leeds', 'West Yorkshire', 'LS6 3BQ'], ['112 Gloucester Road', 'Bishopston', 'Bristol', 'Avon', 'BS7 8NS'], ['5 The Crescent', '', 'Harrogate', 'North Yorkshire', 'HG1 2RW'], ['Unit 4, Riverside Park', 'Wimbledon', 'London', 'Greater London', 'SW19 4TG']]
const UK_COMPANIES = [['Hughes Joinery Ltd', 'hughesjoinery.co.uk'], ['Patel & Co Accountants', 'patelandco.co.uk'], ['Evans Plumbing Services', 'evansplumbing.co.uk'], ['Thompson Design Studio Ltd', 'thompsondesign.com'], ['Roberts Catering', 'robertscatering.co.uk'], ['Bright Sparks Electrical Ltd', 'brightsparks-elec.co.uk']]
const AU_NAMES = [['Liam', 'Nguyen', 'M'], ['Chloe', 'Walsh', 'F'], ['Noah', 'Kelly', 'M'], ['Mia', 'Papadopoulos', 'F'], ['Jack', 'Murphy', 'M'], ['Ruby', 'Chen', 'F'], ['Cooper', 'Anderson', 'M'], ['Zoe', 'Singh', 'F']]
const AU_ADDR = [['12 Bondi Road', 'Bondi', 'NSW', '2026'], ['48 Brunswick St', 'Fitzroy', 'VIC', '3065'], ['7 Latrobe Tce', 'Paddington', 'QLD', '4064'], ['230 Hay Street', 'Subiaco', 'WA', '6008'], ['3/15 King William Rd', 'Unley', 'SA', '5061'], ['9 Sandy Bay Road', 'Battery Point', 'TAS', '7004']]
const NZ_NAMES = [['Aroha', 'Ngata', 'F'], ['James', 'Wilson', 'M'], ['Mere', 'Tipene', 'F'], ['Sam', 'Taylor', 'M'], ['Hannah', 'Li', 'F'], ['Tama', 'Walker', 'M']]
const NZ_ADDR = [['23 Ponsonby Road', 'Grey Lynn', 'Auckland', '1021'], ['8 Cuba Street', 'Te Aro', 'Wellington', '6011'], ['41 Riccarton Road', 'Riccarton', 'Christchurch', '8011'], ['15 George Street', 'Dunedin Central', 'Dunedin', '9016'], ['102 Devonport Road', 'Tauranga', 'Tauranga', '3110']]
const uk = (i) => row(UK_NAMES, i)
const ukA = (i) => row(UK_ADDR, i)
const au = (i) => row(AU_NAMES, i)
const auA = (i) => row(AU_ADDR, i)
const nz = (i) => row(NZ_NAMES, i)
const nzA = (i) => row(NZ_ADDR, i)
const mail = (f, l, r, dom) => `${slug(f)}.${slug(l)}${v.int(r, 1, 99)}@${dom}`

const CB_LINES = [['Website design - 5 pages', 1250], ['Monthly bookkeeping retainer', 180], ['Consultancy (per day)', 450], ['Boiler service', 85], ['Event catering for 40 guests', 960]]
const REZDY_PRODUCTS = [['PCKB7N', 'Sydney Harbour Kayak Tour - 3 Hours', 'Adult', 119], ['P3ZX9A', 'Blue Mountains Day Trip from Sydney', 'Adult', 189], ['PQ2WRL', 'Great Barrier Reef Snorkel Cruise', 'Child', 145], ['PH7TYE', 'Barossa Valley Wine Tasting Tour', 'Adult', 165]]
const KOUNTA_ITEMS = [['Flat White (Regular)', 'FW-REG', 'Coffee', 4.8], ['Smashed Avo on Sourdough', 'FD-AVO', 'Breakfast', 19.5], ['Banana Bread', 'BK-BAN', 'Bakery', 6.5], ['Iced Long Black', 'CB-ILB', 'Coffee', 5.5], ['Chicken Caesar Wrap', 'FD-CCW', 'Lunch', 15.9]]
const EF_EVENTS = [['Laneway Festival 2025', 'General Admission', 139], ['NZ Comedy Festival: Late Show', 'Adult', 35], ['Auckland Wine & Food Festival', 'Tasting Pass', 79], ['Dunedin Fringe - Opening Night', 'Concession', 22]]
const TB_EVENTS = [['Spring School Concert 2024', 'Adult', 15], ['Rotary Trivia Night', 'Table of 8', 160], ['Community Theatre: The Tempest', 'Concession', 22], ['Junior Footy Presentation Dinner', 'Child', 18]]
const RAISELY_PAGES = ['Ruby\'s Big Walk for Kids', 'Team Fitzroy Runners', 'Cooper\'s Shave for a Cure', '', '']
const ORG_SOURCES = ['Website', 'Referral', 'Google', 'Existing customer', 'Other']

export const SETS = [
  // ---------------------------------------------------------------- B2B customers (KashFlow, Customers > Export to CSV, UK)
  { name: 'kashflow-customers-export', product: 'KashFlow (IRIS KashFlow, UK: Customers > Export > CSV; a UK sole trader\'s customer list of small businesses)', family: 'b2b', language: 'en', seed: 'kashflow-uk', schema: B, cols: [
    ['Code', (c, o, r, i) => `${slug(row(UK_COMPANIES, i)[0]).slice(0, 4).toUpperCase()}${pad(v.int(r, 1, 99999999), 8)}`, B2BID],
    ['Name', (c, o, r, i) => row(UK_COMPANIES, i)[0], ['b2b.companyName']],
    ['Contact', (c, o, r, i) => `${v.pick(r, ['Mr', 'Mrs', 'Ms', ''])} ${uk(i)[0]} ${uk(i)[1]}`.trim(), ['person.name.fullName']],
    ['Telephone', (c, o, r) => ukPhone(r).replace(/ /g, ''), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? ukMobile(r).replace(/ /g, '') : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? ukPhone(r).replace(/ /g, '') : ''), ['faxPhone.number']],
    ['Email', (c, o, r, i) => `${slug(uk(i)[0])}@${row(UK_COMPANIES, i)[1]}`, ['workEmail.address']],
    ['Address1', (c, o, r, i) => ukA(i)[0], ['workAddress.street1']],
    ['Address2', (c, o, r, i) => ukA(i)[1], ['workAddress.street2'], opt],
    ['Address3', (c, o, r, i) => ukA(i)[2], ['workAddress.city'], opt],
    ['Address4', (c, o, r, i) => ukA(i)[3], ['workAddress.stateProvince'], opt],
    ['Postcode', (c, o, r, i) => ukA(i)[4], ['workAddress.postalCode']],
    ['CountryName', () => 'United Kingdom', ['workAddress.country']],
    ['CountryCode', () => 'GB', [], opt],
    ['Website', (c, o, r, i) => `www.${row(UK_COMPANIES, i)[1]}`, ['b2b.companyWebsite']],
    ['VAT Number', (c, o, r) => (r() < 0.5 ? `GB${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Trade Border Type', (c, o, r) => v.pick(r, ['0', '0', '0', '2']), []],
    ['Payment Terms', (c, o, r) => v.pick(r, ['14', '30', '30', '7']), []],
    ['Discount', (c, o, r) => v.pick(r, ['0.00', '0.00', '5.00']), []],
    ['Source', (c, o, r) => v.pick(r, ORG_SOURCES), ['b2b.personSource'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Always pays on time', 'Send invoices to accounts@ address']), []],
    ['Created', (c) => dmy(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Total Invoiced', (c, o, r) => gbp(v.int(r, 20000, 2500000) / 100), []],
    ['Balance', (c, o, r) => gbp(r() < 0.6 ? 0 : v.int(r, 5000, 300000) / 100), []],
  ] },

  // ---------------------------------------------------------------- invoices (Clear Books, Tools > Export > Sales Ledger, UK)
  { name: 'clearbooks-sales-ledger-export', product: 'Clear Books (UK: Tools > Export, data type Sales Ledger, Download File CSV; a UK agency\'s sales invoices)', family: 'invoicing', language: 'en', seed: 'clearbooks-uk', schema: E, cols: [
    ['Invoice ID', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id'], opt],
    ['Customer', (c, o, r, i) => row(UK_COMPANIES, i)[0], []],
    ['Customer Reference', (c, o, r) => (r() < 0.5 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Date', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['Due Date', (c, o) => dmy(o.at + 30 * day), [], opt],
    ['Description', (c, o, r, i) => row(CB_LINES, i)[0], [PL('name')], opt],
    ['Net', (c, o, r, i) => gbp(row(CB_LINES, i)[1] * o.qty), [], opt],
    ['VAT', (c, o, r, i) => gbp(row(CB_LINES, i)[1] * o.qty * 0.2), [OR('taxAmount')]],
    ['Gross', (c, o, r, i) => gbp(row(CB_LINES, i)[1] * o.qty * 1.2), [OR('priceTotal')]],
    ['Paid', (c, o, r, i) => gbp(i % 3 === 0 ? 0 : row(CB_LINES, i)[1] * o.qty * 1.2), [OR('payments[0].paymentAmount')], opt],
    ['Outstanding', (c, o, r, i) => gbp(i % 3 === 0 ? row(CB_LINES, i)[1] * o.qty * 1.2 : 0), []],
    ['Status', (c, o, r, i) => (i % 3 === 0 ? v.pick(r, ['Approved', 'Approved', 'Draft']) : 'Paid'), [], opt],
    ['Currency', (c, o, r) => v.pick(r, ['GBP', 'GBP', 'GBP', 'EUR']), [OR('currencyCode')]],
    ['Project', (c, o, r) => v.pick(r, ['', '', 'Website relaunch', 'Q2 retainer']), []],
    ['Bank Account', () => '1200 - Business Current Account', []],
    ['Invoice Prefix', () => 'INV', [], opt],
    ['Invoice Number', (c, o, r, i) => String(1000 + i), [OR('purchaseID')], opt],
    ['Statement Sent', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Date Paid', (c, o, r, i) => (i % 3 === 0 ? '' : dmy(o.at + v.int(r, 3, 40) * day)), [], opt],
    ['Full Invoice Number', (c, o, r, i) => `INV${1000 + i}`, [OR('purchaseID'), '_id']],
  ] },

  // ---------------------------------------------------------------- donations (Givealittle, page owner: My Givealittle > page > Donations > Download CSV, New Zealand)
  { name: 'givealittle-donations-export', product: 'Givealittle (New Zealand crowdfunding and charity donations, Trade Me / Spark Foundation: page owner\'s Donations tab > Download (CSV); a Wellington school fundraiser)', family: 'payments', language: 'en', seed: 'givealittle-nz', schema: E, cols: [
    ['Donation date', (c, o) => dmyHM(o.at, 12), ['timestamp']],
    ['Reference', (c, o, r) => `GAL${v.int(r, 1000000, 9999999)}`, ['_id', OR('payments[0].transactionID')]],
    ['Page', () => 'Te Aro School Kapa Haka trip to Te Matatini', [], opt],
    ['Page type', () => 'Cause', []],
    ['First name', (c, o, r, i) => nz(i)[0], []],
    ['Last name', (c, o, r, i) => nz(i)[1], []],
    ['Display name', (c, o, r, i) => (r() < 0.2 ? 'Anonymous' : `${nz(i)[0]} ${nz(i)[1][0]}`), []],
    ['Email', (c, o, r, i) => mail(nz(i)[0], nz(i)[1], r, v.pick(r, ['gmail.com', 'xtra.co.nz', 'slingshot.co.nz'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Amount', (c, o, r, i) => [20, 50, 10, 100, 25, 30][i % 6].toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'NZD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Amount hidden', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Name hidden', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Message', (c, o, r) => v.pick(r, ['', 'Kia kaha!', 'Good luck whānau', 'Ka pai, enjoy the trip', '']), []],
    ['Payment method', (c, o, r) => v.pick(r, ['Credit card', 'Credit card', 'Apple Pay', 'Online banking (POLi)']), [OR('payments[0].paymentType')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Successful', 'Successful', 'Successful', 'Refunded']), [], opt],
    ['Tax receipt', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Address', (c, o, r, i) => nzA(i)[0], [BILL('street1')], opt],
    ['Suburb', (c, o, r, i) => nzA(i)[1], [BILL('street2'), BILL('city')], opt],
    ['City', (c, o, r, i) => nzA(i)[2], [BILL('city')], opt],
    ['Postcode', (c, o, r, i) => nzA(i)[3], [BILL('postalCode')], opt],
    ['Donor tip', (c, o, r) => (r() < 0.5 ? v.pick(r, ['1.50', '2.00', '3.00']) : '0.00'), []],
    ['Fee', (c, o, r, i) => ([20, 50, 10, 100, 25, 30][i % 6] * 0.02).toFixed(2), []],
    ['Net amount', (c, o, r, i) => ([20, 50, 10, 100, 25, 30][i % 6] * 0.98).toFixed(2), []],
    ['Paid out', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Payout date', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 7, 30) * day, 12) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- charity CRM (Donorfy, Lists > export list to Excel, UK)
  { name: 'donorfy-constituents-export', product: 'Donorfy (UK charity CRM: Lists > run a constituent list > Export, Excel; a small UK charity\'s supporters)', family: 'crm', language: 'en', seed: 'donorfy-uk', schema: P, cols: [
    ['Constituent Number', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id', 'personID']],
    ['Constituent Type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Individual', 'Volunteer']), [], opt],
    ['Title', (c, o, r, i) => (uk(i)[2] === 'F' ? v.pick(r, ['Mrs', 'Ms', 'Miss', 'Dr']) : v.pick(r, ['Mr', 'Mr', 'Dr'])), ['person.name.courtesyTitle']],
    ['First Name', (c, o, r, i) => uk(i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => uk(i)[1], ['person.name.lastName']],
    ['Label Name', (c, o, r, i) => `${uk(i)[2] === 'F' ? 'Ms' : 'Mr'} ${uk(i)[0][0]} ${uk(i)[1]}`, [], opt],
    ['Salutation', (c, o, r, i) => `Dear ${uk(i)[0]}`, []],
    ['House/Building Number', (c, o, r, i) => (/^\d/.test(ukA(i)[0]) ? ukA(i)[0].split(' ')[0] : ''), [], opt],
    ['Address Line 1', (c, o, r, i) => ukA(i)[0], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Address Line 2', (c, o, r, i) => ukA(i)[1], at(['homeAddress', 'mailingAddress'], 'street2')],
    ['Town', (c, o, r, i) => ukA(i)[2], at(['homeAddress', 'mailingAddress'], 'city')],
    ['County', (c, o, r, i) => ukA(i)[3], at(['homeAddress', 'mailingAddress'], 'stateProvince')],
    ['Postcode', (c, o, r, i) => ukA(i)[4], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Country', () => 'United Kingdom', at(['homeAddress', 'mailingAddress'], 'country')],
    ['Email', (c, o, r, i) => mail(uk(i)[0], uk(i)[1], r, v.pick(r, ['gmail.com', 'btinternet.com', 'hotmail.co.uk'])), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? ukPhone(r) : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? ukMobile(r) : ''), ['mobilePhone.number']],
    ['Date Of Birth', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Gift Aid', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No', '']), []],
    ['Block_Email', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Block_Mail', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Recruitment Campaign', (c, o, r) => v.pick(r, ['Christmas Appeal 2023', 'London Marathon 2024', 'Website', '']), [], opt],
    ['Total Donations', (c, o, r) => gbp(v.int(r, 500, 250000) / 100), []],
    ['Last Donation Date', (c, o, r) => dmy(Math.max(c.created, c.updated) + v.int(r, 1, 90) * day), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Major Donor', 'Volunteer|Event Participant', 'Legacy Pledger']), []],
    ['Date Added', (c) => dmy(c.created), [], opt],
  ] },
  // ---------------------------------------------------------------- tour bookings (Rezdy, Reports > Bookings/Orders report > Download CSV, Australia)
  { name: 'rezdy-orders-report', product: 'Rezdy (Australia: Orders > Search > Export / Reports > Orders, CSV; a Sydney tour operator)', family: 'ecommerce-orders', language: 'en', seed: 'rezdy-au', schema: E, cols: [
    ['Order Number', (c, o, r) => `R${v.alnum(r, 6).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Order Status', (c, o, r) => v.pick(r, ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED', 'PENDING_SUPPLIER']), [], opt],
    ['Order Date', (c, o) => dmyHM(o.at, 10), ['timestamp', OR('createdDate')]],
    ['Product Code', (c, o, r, i) => row(REZDY_PRODUCTS, i)[0], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => row(REZDY_PRODUCTS, i)[1], [PL('name')]],
    ['Tour Date', (c, o) => dmy(o.at + 14 * day, 10), [], opt],
    ['Tour Time', (c, o, r) => v.pick(r, ['07:30', '09:00', '13:30']), []],
    ['Price Option', (c, o, r, i) => row(REZDY_PRODUCTS, i)[2], [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Customer First Name', (c, o, r, i) => au(i)[0], []],
    ['Customer Last Name', (c, o, r, i) => au(i)[1], []],
    ['Customer Email', (c, o, r, i) => mail(au(i)[0], au(i)[1], r, v.pick(r, ['gmail.com', 'bigpond.com', 'outlook.com'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => auMobileIntl(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Country', (c, o, r) => v.pick(r, ['Australia', 'Australia', 'United Kingdom', 'United States', 'Germany']), [], opt],
    ['Sales Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Internal', 'Agent']), [], opt],
    ['Agent', (c, o, r) => v.pick(r, ['', '', 'Viator', 'GetYourGuide', 'Sydney Visitor Centre']), []],
    ['Voucher Code', (c, o) => (o.discount ? 'WINTER10' : ''), ['commerce.promotionID']],
    ['Discount', (c, o) => (o.discount ? '10.00' : '0.00'), [OR('discountAmount')]],
    ['Total Amount', (c, o, r, i) => (row(REZDY_PRODUCTS, i)[3] * o.qty - (o.discount ? 10 : 0)).toFixed(2), [OR('priceTotal')]],
    ['Total Paid', (c, o, r, i) => (i % 5 === 0 ? 0 : row(REZDY_PRODUCTS, i)[3] * o.qty - (o.discount ? 10 : 0)).toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['Total Due', (c, o, r, i) => (i % 5 === 0 ? row(REZDY_PRODUCTS, i)[3] * o.qty - (o.discount ? 10 : 0) : 0).toFixed(2), []],
    ['Commission', (c, o, r, i) => (row(REZDY_PRODUCTS, i)[3] * o.qty * 0.2).toFixed(2), []],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['CREDITCARD', 'CREDITCARD', 'CASH', 'INVOICE']), [OR('payments[0].paymentType')], opt],
    ['Pickup Location', (c, o, r) => v.pick(r, ['', 'Circular Quay Wharf 6', 'Central Station, Eddy Ave', 'Hotel pickup']), []],
    ['Barcode', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Created By', (c, o, r) => v.pick(r, ['Online booking', 'Sarah (staff)', 'Ben (staff)']), []],
    ['Comments', (c, o, r) => v.pick(r, ['', '', 'Vegetarian lunch', 'Celebrating a birthday']), []],
  ] },

  // ---------------------------------------------------------------- customers (Bookeo, Customers > Export, Australia)
  { name: 'bookeo-customers-export', product: 'Bookeo (Australia: Customers > Export to Excel; an escape-room business\'s customer database)', family: 'crm', language: 'en', seed: 'bookeo-au', schema: P, cols: [
    ['Customer id', (c, o, r) => `${v.int(r, 100000, 999999)}${v.alnum(r, 8).toUpperCase()}`, ['_id', 'personID']],
    ['Title', (c, o, r, i) => (r() < 0.5 ? '' : au(i)[2] === 'F' ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First name', (c, o, r, i) => au(i)[0], ['person.name.firstName']],
    ['Last name', (c, o, r, i) => au(i)[1], ['person.name.lastName']],
    ['Email address', (c, o, r, i) => mail(au(i)[0], au(i)[1], r, v.pick(r, ['gmail.com', 'bigpond.com', 'icloud.com'])), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? `(0${v.pick(r, ['2', '3', '7', '8'])}) ${v.int(r, 8000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Mobile phone', (c, o, r) => auMobile(r), ['mobilePhone.number']],
    ['Street address', (c, o, r, i) => auA(i)[0], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['City', (c, o, r, i) => auA(i)[1], at(['homeAddress', 'mailingAddress'], 'city')],
    ['State', (c, o, r, i) => auA(i)[2], at(['homeAddress', 'mailingAddress'], 'stateProvince')],
    ['Postcode', (c, o, r, i) => auA(i)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Country', () => 'Australia', at(['homeAddress', 'mailingAddress'], 'country')],
    ['Date of birth', (c, o, r) => (r() < 0.3 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r, i) => (r() < 0.6 ? (au(i)[2] === 'F' ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Language', () => 'English', []],
    ['Member', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), [], opt],
    ['Membership type', (c, o, r) => v.pick(r, ['', '', 'Annual Pass', 'Escape Club']), ['loyalty.program', 'loyalty.tier'], opt],
    ['Membership end', (c, o, r) => (r() < 0.3 ? dmy(c.updated + 200 * day) : ''), ['loyalty.tierExpiryDate'], opt],
    ['Accepts marketing emails', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Number of bookings', (c, o, r) => String(v.int(r, 0, 14)), [], opt],
    ['Number of cancellations', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['Number of no-shows', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1])), []],
    ['Store credit', (c, o, r) => (r() < 0.15 ? `$${v.int(r, 10, 80)}.00` : '$0.00'), []],
    ['Creation date', (c) => dmy(c.created, 10), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Corporate group - Deloitte', 'Prefers weekend sessions']), []],
  ] },

  // ---------------------------------------------------------------- POS sales (Kounta / Lightspeed O-Series, Reports > Sales > Orders > Export CSV, Australia)
  { name: 'kounta-orders-export', product: 'Kounta (now Lightspeed Restaurant O-Series, Australia: Back Office > Reports > Orders > Export CSV, one row per order line; a Melbourne café)', family: 'ecommerce-orders', language: 'en', seed: 'kounta-au', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 300000000, 399999999)), [OR('purchaseID'), '_id']],
    ['Order Number', (c, o, r, i) => String(1000 + i * 7), [OR('purchaseID')], opt],
    ['Date', (c, o) => dmy(o.at, 10), ['timestamp', OR('createdDate')], opt],
    ['Time', (c, o) => { const p = shift(o.at, 10); return `${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Site', () => 'Brunswick St Cafe', ['commerce.commerceScope.storeCode'], opt],
    ['Register', (c, o, r) => v.pick(r, ['Front Counter', 'Front Counter', 'Coffee Window']), []],
    ['Staff', (c, o, r) => v.pick(r, ['Jess', 'Tom', 'Priya', 'Manager']), []],
    ['Order Type', (c, o, r) => v.pick(r, ['Eat In', 'Takeaway', 'Takeaway', 'Delivery']), ['commerce.order.orderType'], opt],
    ['Table', (c, o, r) => v.pick(r, ['', '', '4', '12', 'Bar 2']), []],
    ['Customer', (c, o, r, i) => (r() < 0.4 ? `${au(i)[0]} ${au(i)[1]}` : ''), []],
    ['Product', (c, o, r, i) => row(KOUNTA_ITEMS, i)[0], [PL('name')]],
    ['Product Code', (c, o, r, i) => row(KOUNTA_ITEMS, i)[1], [PL('SKU')]],
    ['Category', (c, o, r, i) => row(KOUNTA_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Modifiers', (c, o, r) => v.pick(r, ['', '', 'Oat Milk', 'Extra Shot', 'Gluten Free Bread']), ['productListItems[0].selectedOptions[0].value'], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => row(KOUNTA_ITEMS, i)[3].toFixed(2), []],
    ['Discount', (c, o) => (o.discount ? '-2.00' : '0.00'), [PL('discountAmount')], opt],
    ['Line Total (inc GST)', (c, o, r, i) => (row(KOUNTA_ITEMS, i)[3] * o.qty - (o.discount ? 2 : 0)).toFixed(2), [PL('priceTotal')]],
    ['GST', (c, o, r, i) => ((row(KOUNTA_ITEMS, i)[3] * o.qty - (o.discount ? 2 : 0)) / 11).toFixed(2), [OR('taxAmount')], opt],
    ['Order Total', (c, o, r, i) => (row(KOUNTA_ITEMS, i)[3] * o.qty - (o.discount ? 2 : 0) + (i % 3) * 4.8).toFixed(2), [OR('priceTotal')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card (Tyro)', 'Card (Tyro)', 'Cash', 'Gift Card']), [OR('payments[0].paymentType')], opt],
    ['Surcharge', (c, o, r) => (r() < 0.2 ? '0.35' : '0.00'), []],
    ['Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Complete', 'Refunded']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Extra hot', 'No onion']), []],
  ] },

  // ---------------------------------------------------------------- event bookings (TryBooking, Reports > Booking Data > Download CSV, Australia)
  { name: 'trybooking-booking-data', product: 'TryBooking (Australia: Account > Reports > Booking Data, Download CSV; a school and community-group ticket seller, one row per booking)', family: 'events', language: 'en', seed: 'trybooking-au', schema: P, cols: [
    ['Booking ID', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}${v.int(r, 1000, 9999)}`, [], opt],
    ['Booking First Name', (c, o, r, i) => au(i)[0], ['person.name.firstName']],
    ['Booking Last Name', (c, o, r, i) => au(i)[1], ['person.name.lastName']],
    ['Booking Email', (c, o, r, i) => mail(au(i)[0], au(i)[1], r, v.pick(r, ['gmail.com', 'bigpond.com', 'optusnet.com.au'])), ['personalEmail.address']],
    ['Booking Phone', (c, o, r) => auMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Booking Address 1', (c, o, r, i) => auA(i)[0], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Booking Address 2', () => '', at(['homeAddress', 'mailingAddress'], 'street2')],
    ['Booking City', (c, o, r, i) => auA(i)[1], at(['homeAddress', 'mailingAddress'], 'city')],
    ['Booking State', (c, o, r, i) => auA(i)[2], at(['homeAddress', 'mailingAddress'], 'stateProvince')],
    ['Booking Postcode', (c, o, r, i) => auA(i)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Booking Country', () => 'Australia', at(['homeAddress', 'mailingAddress'], 'country')],
    ['Date Booked (UTC+10)', (c) => dmyHMS(c.created, 10), [], opt],
    ['Event Name', (c, o, r, i) => row(TB_EVENTS, i)[0], []],
    ['Session Date', (c) => dMonY(c.created + 20 * day, 10), []],
    ['Ticket Type', (c, o, r, i) => row(TB_EVENTS, i)[1], []],
    ['Number of Tickets', (c, o) => String(o.qty), []],
    ['Ticket Price', (c, o, r, i) => row(TB_EVENTS, i)[2].toFixed(2), []],
    ['Booking Fee', (c, o) => (0.5 * o.qty).toFixed(2), []],
    ['Total Amount', (c, o, r, i) => (row(TB_EVENTS, i)[2] * o.qty + 0.5 * o.qty).toFixed(2), []],
    ['Donation', (c, o, r) => (r() < 0.2 ? '10.00' : '0.00'), []],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'PayPal', 'Complimentary']), []],
    ['Promotion Code', (c, o) => (o.discount ? 'EARLYBIRD' : ''), []],
    ['Permission to Contact', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Void', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Dietary Requirements', (c, o, r) => v.pick(r, ['', '', 'Vegetarian', 'Gluten free']), []],
  ] },
  // ---------------------------------------------------------------- ticket orders (Eventfinda Ticketing, Promoter account: Event > Reports > Orders > Download CSV, New Zealand)
  { name: 'eventfinda-orders-report', product: 'Eventfinda (Eventfinda Ticketing, New Zealand: promoter account, Event > Reports > Orders > Download CSV, one row per order)', family: 'events', language: 'en', seed: 'eventfinda-nz', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 4000000, 6999999)), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => dMonYT(o.at, 12), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Complete', 'Refunded', 'Cancelled']), [], opt],
    ['Event', (c, o, r, i) => row(EF_EVENTS, i)[0], [PL('name')], opt],
    ['Session', (c, o) => dMonYT(o.at + 30 * day, 12), [], opt],
    ['Venue', (c, o, r) => v.pick(r, ['Auckland Town Hall', 'San Fran, Wellington', 'Isaac Theatre Royal', 'Regent Theatre, Dunedin']), []],
    ['Ticket Type', (c, o, r, i) => row(EF_EVENTS, i)[1], [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticket Price', (c, o, r, i) => row(EF_EVENTS, i)[2].toFixed(2), []],
    ['Booking Fee', (c, o) => (3.5 * o.qty).toFixed(2), []],
    ['Delivery Fee', (c, o, r) => v.pick(r, ['0.00', '0.00', '5.00']), ['commerce.shipping.shippingAmount'], opt],
    ['Discount', (c, o) => (o.discount ? '5.00' : '0.00'), [OR('discountAmount')]],
    ['Promo Code', (c, o) => (o.discount ? 'FRINGE5' : ''), ['commerce.promotionID']],
    ['Order Total', (c, o, r, i) => (row(EF_EVENTS, i)[2] * o.qty + 3.5 * o.qty - (o.discount ? 5 : 0)).toFixed(2), [OR('priceTotal')]],
    ['GST Included', (c, o, r, i) => ((row(EF_EVENTS, i)[2] * o.qty + 3.5 * o.qty - (o.discount ? 5 : 0)) * 3 / 23).toFixed(2), [OR('taxAmount')], opt],
    ['Currency', () => 'NZD', [OR('currencyCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Afterpay', 'Account2Account', 'Gift Voucher']), [OR('payments[0].paymentType')], opt],
    ['Delivery Method', (c, o, r) => v.pick(r, ['eTicket', 'eTicket', 'Mobile Ticket', 'Box Office Collection']), ['commerce.shipping.shippingMethod'], opt],
    ['First Name', (c, o, r, i) => nz(i)[0], []],
    ['Last Name', (c, o, r, i) => nz(i)[1], []],
    ['Email', (c, o, r, i) => mail(nz(i)[0], nz(i)[1], r, v.pick(r, ['gmail.com', 'xtra.co.nz', 'outlook.co.nz'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => nzMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['City', (c, o, r, i) => nzA(i)[2], [BILL('city')], opt],
    ['Postcode', (c, o, r, i) => nzA(i)[3], [BILL('postalCode')], opt],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['', 'Facebook', 'Eventfinda newsletter', 'Radio', 'Friend']), []],
    ['Sales Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Box Office', 'Outlet']), [], opt],
  ] },

  // ---------------------------------------------------------------- donations (Raisely, Campaign > Donations > Export / Reports > Donations, Australia)
  { name: 'raisely-donations-report', product: 'Raisely (Australia: Reports > New Report > Donations, Download CSV; an Australian charity\'s peer-to-peer campaign)', family: 'payments', language: 'en', seed: 'raisely-au', schema: E, cols: [
    ['UUID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')]],
    ['Id', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('payments[0].transactionID')], opt],
    ['Created At', (c, o) => `${ymdHMS(o.at).slice(0, 16)} UTC`, ['timestamp']],
    ['Mode', () => 'LIVE', []],
    ['Processing', (c, o, r) => v.pick(r, ['ONCE', 'ONCE', 'ONCE', 'RECURRING']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['OK', 'OK', 'OK', 'OK', 'FAILED', 'PENDING']), [], opt],
    ['Type', (c, o, r) => v.pick(r, ['ONLINE', 'ONLINE', 'ONLINE', 'OFFLINE']), [], opt],
    ['Method Type', (c, o, r) => v.pick(r, ['CARD', 'CARD', 'APPLE_PAY', 'GOOGLE_PAY']), [OR('payments[0].paymentType')], opt],
    ['Method', (c, o, r) => v.pick(r, ['STRIPE_INTENT', 'STRIPE_INTENT', 'PAYPAL']), [], opt],
    ['Amount', (c, o, r, i) => String([25, 50, 100, 36, 250, 20][i % 6]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', (c, o, r) => v.pick(r, ['AUD', 'AUD', 'AUD', 'NZD', 'USD']), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Fee', (c, o, r, i) => ([25, 50, 100, 36, 250, 20][i % 6] * 0.044).toFixed(2), []],
    ['Fee Optin', (c) => (c.bool ? 'true' : 'false'), []],
    ['Total', (c, o, r, i) => ([25, 50, 100, 36, 250, 20][i % 6] * (c.bool ? 1.044 : 1)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Campaign Amount', (c, o, r, i) => [25, 50, 100, 36, 250, 20][i % 6].toFixed(2), [], opt],
    ['First Name', (c, o, r, i) => au(i)[0], []],
    ['Last Name', (c, o, r, i) => au(i)[1], []],
    ['Email', (c, o, r, i) => mail(au(i)[0], au(i)[1], r, v.pick(r, ['gmail.com', 'bigpond.com', 'hotmail.com'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Phone Number', (c, o, r) => (r() < 0.5 ? auMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address1', (c, o, r, i) => auA(i)[0], [BILL('street1')], opt],
    ['Suburb', (c, o, r, i) => auA(i)[1], [BILL('city')], opt],
    ['State', (c, o, r, i) => auA(i)[2], [BILL('stateProvince')], opt],
    ['Postcode', (c, o, r, i) => auA(i)[3], [BILL('postalCode')], opt],
    ['Country', () => 'AU', [BILL('countryCode'), BILL('country')], opt],
    ['Anonymous', (c, o, r) => v.pick(r, ['false', 'false', 'false', 'true']), []],
    ['Message', (c, o, r) => v.pick(r, ['', '', 'Go Ruby!', 'In memory of Nan', 'Proud of you mate']), []],
    ['Profile Name', (c, o, r, i) => row(RAISELY_PAGES, i), []],
    ['Campaign Name', () => 'The Big Walk 2024', ['marketing.campaignName'], opt],
    ['Receipt Id', (c, o, r) => `RS-${v.int(r, 10000, 99999)}`, [], opt],
    ['UTM Source', (c, o, r) => v.pick(r, ['', 'facebook', 'email', 'google']), ['marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- email list (Vision6, Lists > list > Export contacts, CSV, Australia)
  { name: 'vision6-list-export', product: 'Vision6 (Australia: Contacts > Lists > select list > Export, CSV; a Brisbane retailer\'s newsletter list)', family: 'email', language: 'en', seed: 'vision6-au', schema: P, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Email', (c, o, r, i) => mail(au(i)[0], au(i)[1], r, v.pick(r, ['gmail.com', 'bigpond.com', 'yahoo.com.au', 'outlook.com'])), ['personalEmail.address']],
    ['First Name', (c, o, r, i) => au(i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => au(i)[1], ['person.name.lastName']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? auMobileIntl(r).replace('+', '') : ''), ['mobilePhone.number']],
    ['Company', (c, o, r) => v.pick(r, ['', '', '', 'Coastal Realty', 'Brisbane Grammar P&F']), [], opt],
    ['Postcode', (c, o, r, i) => auA(i)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['State', (c, o, r, i) => auA(i)[2], at(['homeAddress', 'mailingAddress'], 'stateProvince')],
    ['Birthday', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r, i) => (r() < 0.5 ? au(i)[2] : ''), ['person.gender']],
    ['Interests', (c, o, r) => v.pick(r, ['', 'Homewares', 'Homewares;Sale alerts', 'Kids']), []],
    ['Is Active', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'Yes', 'No']), [], opt],
    ['Double Opt-in', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Not required', 'Pending']), [], opt],
    ['Email Unsubscribed', (c) => (c.bool ? 'No' : v.pick(() => 0.5, ['No', 'Yes'])), []],
    ['SMS Unsubscribed', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Bounce Count', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1, 3])), []],
    ['Email Status', (c, o, r) => v.pick(r, ['Valid', 'Valid', 'Valid', 'Soft bounce', 'Hard bounce']), ['personalEmail.status'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Web form', 'Import', 'Shopify', 'API']), [], opt],
    ['Date Added', (c) => dmyHM(c.created, 10), [], opt],
    ['Last Modified', (c) => dmyHM(Math.max(c.created, c.updated), 10), [], opt],
    ['Last Opened', (c, o, r) => (r() < 0.7 ? dmyHM(Math.max(c.created, c.updated) + v.int(r, 1, 60) * day, 10) : ''), [], opt],
    ['Last Clicked', (c, o, r) => (r() < 0.4 ? dmyHM(Math.max(c.created, c.updated) + v.int(r, 1, 60) * day, 10) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce marketing contacts (Ometria, Customers > Export, UK)
  { name: 'ometria-contacts-export', product: 'Ometria (UK retail marketing platform: Customers > Contacts > Export CSV; a UK fashion retailer)', family: 'marketing', language: 'en', seed: 'ometria-uk', schema: P, cols: [
    ['Ometria ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['Customer ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['Email', (c, o, r, i) => mail(uk(i)[0], uk(i)[1], r, v.pick(r, ['gmail.com', 'hotmail.co.uk', 'icloud.com', 'yahoo.co.uk'])), ['personalEmail.address']],
    ['Title', (c, o, r, i) => (r() < 0.5 ? '' : uk(i)[2] === 'F' ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c, o, r, i) => uk(i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => uk(i)[1], ['person.name.lastName']],
    ['Gender', (c, o, r, i) => (r() < 0.6 ? uk(i)[2].toLowerCase() : ''), ['person.gender']],
    ['Date of Birth', (c, o, r) => (r() < 0.3 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Phone Number', (c, o, r) => (r() < 0.5 ? `+447${v.int(r, 400000000, 999999999)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Country', (c, o, r) => v.pick(r, ['GB', 'GB', 'GB', 'IE']), at(['homeAddress', 'mailingAddress'], 'country')],
    ['Marketing Opt-in', (c) => (c.bool ? 'EXPLICITLY_OPTEDIN' : 'NOT_SPECIFIED'), []],
    ['Email Subscription Status', (c, o, r) => v.pick(r, ['SUBSCRIBED', 'SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCED']), ['personalEmail.status'], opt],
    ['SMS Opt-in', (c, o, r) => v.pick(r, ['true', 'false', 'false']), []],
    ['Store', (c, o, r) => v.pick(r, ['UK Store', 'UK Store', 'IE Store']), []],
    ['Acquisition Source', (c, o, r) => v.pick(r, ['Website signup', 'Checkout', 'Instagram lead ad', 'In-store']), [], opt],
    ['Date Acquired', (c) => isoMs(c.created), [], opt],
    ['Number of Orders', (c, o, r) => String(v.int(r, 0, 25)), [], opt],
    ['Lifetime Value', (c, o, r) => gbp(v.int(r, 0, 350000) / 100), [], opt],
    ['Average Order Value', (c, o, r) => gbp(v.int(r, 2000, 15000) / 100), []],
    ['First Order Date', (c, o, r) => (r() < 0.8 ? ymd(c.created + v.int(r, 0, 30) * day) : ''), [], opt],
    ['Last Order Date', (c, o, r) => (r() < 0.8 ? ymd(Math.max(c.created, c.updated) + v.int(r, 0, 30) * day) : ''), [], opt],
    ['Lifecycle Stage', (c, o, r) => v.pick(r, ['Prospect', 'New customer', 'Active', 'Lapsing', 'Lapsed', 'VIP']), [], opt],
    ['Predicted CLV', (c, o, r) => gbp(v.int(r, 1000, 90000) / 100), []],
    ['Last Email Opened', (c, o, r) => (r() < 0.6 ? isoMs(Math.max(c.created, c.updated) + v.int(r, 1, 40) * day) : ''), [], opt],
  ] },
]
