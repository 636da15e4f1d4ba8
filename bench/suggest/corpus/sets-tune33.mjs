// Round 33, tune33: tune sets added in round 33, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, HOME, WORK, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const DAY = 86400000
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/[^a-z]/g, '')
// money: "1,234.56" (Philippines, India, Thailand, US), "1234.56" (Malaysia, Switzerland), "1 234,00" (Norway)
const thou = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const dot = (n) => n.toFixed(2)
const noMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
// dates in the product's local time: Manila/Kuala Lumpur +8, Bangkok +7, India +5:30 (as +5), Zurich/Oslo +1, Toronto -5
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const mdyAmPm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmyHms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyAmPm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const inDate = (ms) => { const p = shift(ms, 5); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deDay = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deHm = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const fmtUs = (ms) => { const p = shift(ms, -5); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoZ = (ms) => new Date(ms).toISOString()
const isoNoMs = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const mask = (r) => `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}XXXXXX${v.int(r, 1000, 9999)}`

// local people, places and goods the shared generators lack
const PH_PEOPLE = [['Juan', 'Dela Cruz'], ['Maria Cristina', 'Santos'], ['Jose', 'Reyes'], ['Angelica', 'Bautista'], ['Mark Anthony', 'Garcia'], ['Kristine', 'Mendoza'], ['Paolo', 'Villanueva'], ['Jasmine', 'Ramos']]
const phP = (c) => PH_PEOPLE[+c.id % PH_PEOPLE.length]
const phMobile = (r) => `09${v.pick(r, ['17', '18', '27', '56', '66', '95'])}${v.int(r, 1000000, 9999999)}`
const TH_PEOPLE = [['Somchai', 'Jaidee'], ['Siriporn', 'Wongsa'], ['Nattapong', 'Srisuk'], ['Kanokwan', 'Thongdee'], ['Tan', 'Wei Ming'], ['Ploy', 'Chaiyaporn'], ['Arthit', 'Boonmee']]
const MY_PEOPLE = [['Ahmad Faizal bin Osman', 'faizal.osman'], ['Nurul Ain binti Kamal', 'nurulain.k'], ['Wong Mei Ling', 'meiling.wong'], ['Muhammad Amirul bin Zakaria', 'amirul.z'], ['Kavitha a/p Raman', 'kavitha.raman'], ['Chong Kah Wai', 'kw.chong'], ['Siti Hajar binti Yusof', 'sitihajar.y']]
const MY_ITEMS = ['Tempahan Bilik Deluxe 2 Malam', 'Yuran Kelas Tuisyen Bulan Mei', 'Kek Coklat Moist 1kg', 'Baju Kurung Moden Saiz M', 'Servis Aircond 1.0HP']
const IN_PEOPLE = [['Rahul', 'Sharma', 'Pune', 'Maharashtra', '411001'], ['Priya', 'Patel', 'Ahmedabad', 'Gujarat', '380009'], ['Amit', 'Kumar', 'Patna', 'Bihar', '800001'], ['Sneha', 'Reddy', 'Hyderabad', 'Telangana', '500081'], ['Vikram', 'Singh', 'Jaipur', 'Rajasthan', '302001'], ['Ananya', 'Iyer', 'Chennai', 'Tamil Nadu', '600028']]
const IN_STREETS = ['Flat 302, Sai Residency, Baner Road', 'B-14, Satellite Society, Near Jodhpur Cross Road', 'House No. 45, Boring Road', 'Plot 21, Madhapur, Near Cyber Towers', '12, Shyam Nagar, Ajmer Road', '7/3, 2nd Cross Street, Mylapore']
const IN_ITEMS = [['SDL123456789', 'SKU-KURTI-BLU-M', 'Women Cotton Printed Kurti Blue M', 499], ['SDL223344556', 'SKU-TWS-BT51', 'Wireless Earbuds BT 5.1 Black', 899], ['SDL998877665', 'SKU-PRS-CKR-5L', 'Pressure Cooker 5 Litre Aluminium', 1149], ['SDL445566778', 'SKU-SHOE-SPT-9', 'Men Sports Shoes Grey Size 9', 649]]
const QC_PEOPLE = [['Jean-François', 'Tremblay'], ['Marie-Ève', 'Gagnon'], ['Mathieu', 'Roy'], ['Catherine', 'Côté'], ['Alexandre', 'Bouchard'], ['Geneviève', 'Gauthier'], ['Simon', 'Morin'], ['Isabelle', 'Lavoie']]
const QC_ADS = [['1712345678', 'Honda Civic EX 2020, 45 000 km', '23 995 $'], ['1709876543', 'Toyota RAV4 LE AWD 2019', '27 450 $'], ['1715554443', 'Hyundai Elantra Preferred 2021', '21 900 $'], ['1711112223', 'Mazda CX-5 GS 2018, très propre', '19 995 $']]
const CH_PEOPLE = [['Reto', 'Müller', 'Bahnhofstrasse 12', '8001', 'Zürich'], ['Sandra', 'Keller', 'Spitalgasse 30', '3011', 'Bern'], ['Beat', 'Brunner', 'Freie Strasse 5', '4001', 'Basel'], ['Nicole', 'Frei', 'Pilatusstrasse 20', '6003', 'Luzern'], ['Urs', 'Meier', 'Marktgasse 8', '9000', 'St. Gallen']]
const CH_ITEMS = [['1234567890', 'Vintage Swatch Uhr 1988, funktioniert', 85], ['1198765432', 'Lego Technic 42115 Lamborghini, neu & OVP', 349], ['1187766554', 'Kinderwagen Bugaboo Fox 2, schwarz', 520], ['1176655443', 'Skischuhe Lange RX 120, Grösse 27.5', 140]]
const NO_PEOPLE = [['Ola', 'Nordmann', 'Storgata 12', '0184', 'Oslo'], ['Kari', 'Hansen', 'Kongens gate 4', '7011', 'Trondheim'], ['Lars', 'Johansen', 'Strandkaien 2', '5013', 'Bergen'], ['Ingrid', 'Olsen', 'Kirkegata 20', '4006', 'Stavanger'], ['Magnus', 'Larsen', 'Storgata 55', '9008', 'Tromsø'], ['Sofie', 'Berg', 'Dronningens gate 7', '4610', 'Kristiansand']]
const NO_ITEMS = [['312345678', 'Sykkel Trek Marlin 5, str. L', 4500], ['309876543', 'IKEA Kallax hylle hvit 4x4', 600], ['311223344', 'Fjällräven Kånken ryggsekk', 450], ['310998877', 'Playstation 5 med to kontrollere', 4200]]
const GR_ITEMS = [['58214433', 'Our Legacy', 'Box Shirt Black Linen', 'Tops', '48', 185], ['57110298', 'Rick Owens', 'Geobasket High Sneakers', 'Footwear', '42', 690], ['59003341', 'Supreme', 'Box Logo Hoodie FW17 Grey', 'Tops', 'L', 420], ['56677812', "Levi's Vintage Clothing", '1966 501 Selvedge Jeans', 'Bottoms', '32', 140]]
const US_ST = [['Brooklyn', 'NY', '11211'], ['Los Angeles', 'CA', '90026'], ['Portland', 'OR', '97214'], ['Chicago', 'IL', '60622'], ['Austin', 'TX', '78704']]
const FL_DEV = [['iPhone', 'Apple iPhone 13', 'iOS 17.2'], ['Android', 'Samsung Galaxy S21', 'Android 13'], ['Android', 'Google Pixel 6', 'Android 14'], ['iPad', 'Apple iPad Air', 'iPadOS 16.6']]
const FL_GEO = [['United States', 'California', 'San Jose', 'en', 'Verizon'], ['United Kingdom', 'England', 'London', 'en', 'EE'], ['Germany', 'Bavaria', 'Munich', 'de', 'Telekom.de'], ['India', 'Karnataka', 'Bengaluru', 'hi', 'Jio']]
const CO_DOMAINS = ['acme.io', 'globex.com', 'initech.co', 'hooli.com', 'umbrella.net']

export const SETS = [
  // ---------------------------------------------------------------- payments (GCash for Business, merchant portal Transactions > Download, Philippines, English UI)
  { name: 'gcash-business-transactions', product: 'GCash for Business (GCash merchant portal: Transactions > Download report, Philippines, English UI, one row per payment)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction Date', (c, o) => mdyAmPm(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Reference No.', (c, o, r) => String(v.int(r, 1000000000000, 9999999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Merchant Transaction ID', (c, o) => `MTX-${pad(+o.id, 7)}`, [OR('purchaseID')], opt],
    ['Merchant Name', () => "Aling Nena's Bakeshop", []],
    ['Branch', (c, o, r) => v.pick(r, ['Quezon City', 'Makati', 'Online Store']), []],
    ['Transaction Type', (c, o, r) => v.pick(r, ['Payment', 'Payment', 'Payment', 'Refund']), [], opt],
    ['Payment Channel', (c, o, r) => v.pick(r, ['GCash QR', 'GCash QR', 'Pay with GCash (Online)', 'GCash Link']), [OR('payments[0].paymentType')], opt],
    ['Customer Name', (c) => { const [a, b] = phP(c); return `${a.split(' ')[0].toUpperCase()} ${b[0]}.` }, []],
    ['Customer Mobile No.', (c, o, r) => `0917*****${v.int(r, 10, 99)}`, []],
    ['Amount', (c, o) => thou(o.total * 40), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['MDR', (c, o) => thou(o.total * 40 * 0.022), []],
    ['Net Amount', (c, o) => thou(o.total * 40 * 0.978), []],
    ['Currency', () => 'PHP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED', 'REFUNDED']), [], opt],
    ['Remarks', (c, o, r) => v.pick(r, ['', '', 'Order #'+ (1000 + v.int(r, 1, 999)), 'Pasalubong box']), []],
    ['Settlement Date', (c, o) => ymd(o.at + DAY, 8), []],
    ['Terminal ID', (c, o, r) => `T${v.int(r, 10000, 99999)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- payments (2C2P, merchant portal Transactions > Export, Thailand/Singapore, English UI)
  { name: '2c2p-transactions', product: '2C2P (2C2P merchant portal (MyPortal): Transactions > Search > Export CSV, Thailand, English UI, one row per payment)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => '764764000012345', []],
    ['Invoice No', (c, o) => `INV${pad(+o.id, 8)}`, [OR('purchaseID'), '_id']],
    ['Transaction Reference', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Date Time', (c, o) => dmyHms(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Description', (c, o, r) => v.pick(r, ['Hotel booking 2 nights', 'Online course - Thai cooking', 'Skincare set', 'Flight BKK-CNX']), [PL('name')], opt],
    ['Currency', (c, o, r) => v.pick(r, ['THB', 'THB', 'THB', 'SGD', 'USD']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => thou(o.total * 35), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Channel', (c, o) => ['CC', 'CC', 'QR', 'DPAY', 'IMBANK'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Agent Code', (c, o) => ['VISA', 'MASTERCARD', 'PROMPTPAY', 'TRUEMONEY', 'SCB'][+o.id % 5], [], opt],
    ['Card No', (c, o, r) => (+o.id % 5 < 2 ? mask(r) : ''), []],
    ['Issuer Bank', (c, o, r) => (+o.id % 5 < 2 ? v.pick(r, ['KASIKORNBANK PCL', 'BANGKOK BANK PCL', 'SIAM COMMERCIAL BANK PCL', 'DBS BANK LTD']) : ''), []],
    ['Issuer Country', (c, o, r) => (+o.id % 5 < 2 ? v.pick(r, ['TH', 'TH', 'SG']) : ''), []],
    ['Approval Code', (c, o, r) => v.alnum(r, 6).toUpperCase(), []],
    ['ECI', (c, o, r) => (+o.id % 5 < 2 ? v.pick(r, ['05', '02', '07']) : ''), []],
    ['Response Code', (c, o, r) => v.pick(r, ['0000', '0000', '0000', '4200', '2001']), []],
    ['Response Description', (c, o, r) => v.pick(r, ['Success', 'Success', 'Transaction is rejected', 'Pending']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Settled', 'Settled', 'Approved', 'Voided', 'Refunded']), [], opt],
    ['Customer Name', (c) => TH_PEOPLE[+c.id % TH_PEOPLE.length].join(' '), []],
    ['Customer Email', (c) => `${ascii(TH_PEOPLE[+c.id % TH_PEOPLE.length][0])}.${ascii(TH_PEOPLE[+c.id % TH_PEOPLE.length][1])}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['User Defined 1', (c, o, r) => v.pick(r, ['', 'LINE-OA', 'WEB']), []],
    ['User Defined 2', (c, o, r) => v.pick(r, ['', '', `CUST${v.int(r, 1000, 9999)}`]), []],
    ['Settlement Date', (c, o) => ymd(o.at + 2 * DAY, 7), []],
    ['Refund Amount', (c, o, r) => (r() < 0.1 ? thou(o.total * 35) : '0.00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
  ] },

  // ---------------------------------------------------------------- payments (iPay88, merchant online report Transaksi > Muat turun, Malaysia, Malay UI)
  { name: 'ipay88-transaksi-ms', product: 'iPay88 (merchant online report: Laporan Transaksi > Muat Turun CSV, Malaysia, Malay UI, one row per payment)', family: 'payments', language: 'ms', schema: E, cols: [
    ['Tarikh Transaksi', (c, o) => dmyAmPm(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Kod Pedagang', () => 'M01234', []],
    ['No. Rujukan', (c, o) => `ORD${pad(+o.id, 6)}`, [OR('purchaseID'), '_id']],
    ['ID Transaksi', (c, o, r) => `T${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Kaedah Pembayaran', (c, o) => ['Kad Kredit', 'FPX', 'FPX', "Touch 'n Go eWallet", 'Boost', 'GrabPay'][+o.id % 6], [OR('payments[0].paymentType')]],
    ['Nama Bank', (c, o, r) => (+o.id % 6 === 1 || +o.id % 6 === 2 ? v.pick(r, ['Maybank2u', 'CIMB Clicks', 'Bank Islam', 'RHB Now']) : ''), []],
    ['Mata Wang', () => 'MYR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amaun', (c, o) => dot(o.total * 4.5), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Keterangan Produk', (c, o, r, i) => row(MY_ITEMS, i), [PL('name')], opt],
    ['Nama Pelanggan', (c) => MY_PEOPLE[+c.id % MY_PEOPLE.length][0], []],
    ['E-mel Pelanggan', (c) => `${MY_PEOPLE[+c.id % MY_PEOPLE.length][1]}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['No. Telefon Pelanggan', (c, o, r) => `01${v.pick(r, ['2', '3', '7', '9'])}-${v.int(r, 1000000, 9999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Kod Kelulusan', (c, o, r) => (+o.id % 6 === 0 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['No. Kad', (c, o, r) => (+o.id % 6 === 0 ? mask(r) : ''), []],
    ['Status', (c, o, r) => v.pick(r, ['Berjaya', 'Berjaya', 'Berjaya', 'Gagal', 'Dibatalkan']), [], opt],
    ['Sebab Gagal', (c, o, r) => v.pick(r, ['', '', '', 'Customer Cancel Transaction', 'Insufficient Fund']), []],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Hantar sebelum Jumaat']), []],
    ['Tarikh Penyelesaian', (c, o) => ymd(o.at + 3 * DAY, 8), []],
  ] },

  // ---------------------------------------------------------------- payments (Revolut Business, Statements > Transactions statement CSV, English UI)
  { name: 'revolut-business-transactions', product: 'Revolut Business (Home > ... > Statements > Transaction statement, CSV, English UI, dates in UTC, one row per account transaction)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date started (UTC)', (c, o) => ymd(o.at), ['timestamp', OR('createdDate')]],
    ['Date completed (UTC)', (c, o, r) => ymd(o.at + v.int(r, 0, 2) * DAY), [], opt],
    ['ID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')]],
    ['Type', (c, o, r) => v.pick(r, ['CARD_PAYMENT', 'CARD_PAYMENT', 'TRANSFER', 'TOPUP', 'FEE', 'EXCHANGE']), [], opt],
    ['State', (c, o, r) => v.pick(r, ['COMPLETED', 'COMPLETED', 'COMPLETED', 'PENDING', 'REVERTED']), [], opt],
    ['Description', (c, o, r) => v.pick(r, ['Amazon Web Services', 'To Globex GmbH', 'Payment from Initech SA', 'Slack', 'Uber']), []],
    ['Reference', (c, o, r) => v.pick(r, ['', '', `INV-${v.int(r, 1000, 9999)}`, 'Salary']), []],
    ['Payer', (c) => c.full, []],
    ['Card number', (c, o, r) => `${v.int(r, 400000, 549999)}******${v.int(r, 1000, 9999)}`, []],
    ['Card label', (c, o, r) => v.pick(r, ['Marketing', 'Travel', 'SaaS subscriptions', '']), []],
    ['Card state', (c, o, r) => v.pick(r, ['ACTIVE', 'ACTIVE', 'ACTIVE', 'FROZEN', '']), []],
    ['Orig currency', (c, o, r) => v.pick(r, ['EUR', 'EUR', 'USD', 'GBP']), []],
    ['Orig amount', (c, o) => dot(-o.total), []],
    ['Payment currency', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Amount', (c, o) => dot(-o.total), [OR('payments[0].paymentAmount')], opt],
    ['Total amount', (c, o) => dot(-o.total - 0.2), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Exchange rate', (c, o, r) => v.pick(r, ['', '', '0.9214', '1.1672']), []],
    ['Fee', (c, o, r) => v.pick(r, ['0.00', '0.00', '0.20', '1.50']), []],
    ['Fee currency', () => 'EUR', []],
    ['Balance', (c, o, r) => dot(v.int(r, 2000, 90000) + r()), []],
    ['Account', () => 'EUR Main', []],
    ['Beneficiary account number', (c, o, r) => v.pick(r, ['', '', String(v.int(r, 10000000, 99999999))]), []],
    ['Beneficiary sort code or routing number', (c, o, r) => v.pick(r, ['', '', `${v.int(r, 10, 99)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}`]), []],
    ['Beneficiary IBAN', (c, o, r) => v.pick(r, ['', `DE89370400440532013${v.int(r, 100, 999)}`]), []],
    ['Beneficiary BIC', (c, o, r) => v.pick(r, ['', 'COBADEFFXXX']), []],
    ['MCC', (c, o, r) => v.pick(r, ['5734', '4121', '7372', '']), []],
    ['Related transaction id', (c, o, r) => (r() < 0.2 ? v.uuid(r) : ''), [], opt],
    ['Spend program', (c, o, r) => v.pick(r, ['', 'Team travel']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Snapdeal seller panel, Orders > Download, India, English UI, one row per suborder)
  { name: 'snapdeal-orders', product: 'Snapdeal (Seller Zone: Orders > Pending/Completed > Download CSV, India, one row per suborder)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Suborder Code', (c, o, r) => String(v.int(r, 10000000000, 99999999999)), [PL('_id')], opt],
    ['Order Code', (c, o) => String(20000000000 + +o.id * 7), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => inDate(o.at), ['timestamp', OR('createdDate')]],
    ['SUPC', (c, o, r, i) => row(IN_ITEMS, i)[0], [PL('SKU')], opt],
    ['SKU Code', (c, o, r, i) => row(IN_ITEMS, i)[1], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => row(IN_ITEMS, i)[2], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Selling Price', (c, o, r, i) => String(row(IN_ITEMS, i)[3]), [PL('priceTotal')], opt],
    ['Payment Mode', (c, o) => ['COD', 'Prepaid', 'COD', 'Prepaid'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Pending Packing', 'Ready to Ship', 'Shipped', 'Delivered', 'Cancelled', 'RTO']), [], opt],
    ['Customer Name', (c) => IN_PEOPLE[+c.id % IN_PEOPLE.length].slice(0, 2).join(' '), []],
    ['Address', (c) => IN_STREETS[+c.id % IN_STREETS.length], [SHIP('street1')]],
    ['City', (c) => IN_PEOPLE[+c.id % IN_PEOPLE.length][2], [SHIP('city')]],
    ['State', (c) => IN_PEOPLE[+c.id % IN_PEOPLE.length][3], [SHIP('state'), SHIP('stateProvince')]],
    ['Pincode', (c) => IN_PEOPLE[+c.id % IN_PEOPLE.length][4], [SHIP('postalCode')]],
    ['Mobile', (c, o, r) => `${v.pick(r, ['98', '99', '97', '88', '70'])}${v.int(r, 10000000, 99999999)}`, [], opt],
    ['Courier', (c, o, r) => v.pick(r, ['Ecom Express', 'Delhivery', 'Xpressbees', 'Shadowfax']), ['commerce.shipping.shippingMethod'], opt],
    ['AWB Number', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Ship By Date', (c, o) => inDate(o.at + 2 * DAY).slice(0, 11), []],
    ['Invoice Code', (c, o) => `SDINV${pad(+o.id, 7)}`, [], opt],
    ['Fulfillment Mode', (c, o, r) => v.pick(r, ['Dropship', 'Dropship', 'OneShip']), []],
    ['Hold Reason', (c, o, r) => v.pick(r, ['', '', '', 'Customer unreachable']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Ricardo, Mein Ricardo > Verkauft > Export, Switzerland, German UI)
  { name: 'ricardo-verkaeufe-de', product: 'Ricardo (ricardo.ch: Mein Ricardo > Verkaufen > Verkauft > Export als Excel/CSV, Switzerland, German UI, one row per sold article)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Artikelnummer', (c, o, r, i) => row(CH_ITEMS, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Titel', (c, o, r, i) => row(CH_ITEMS, i)[1], [PL('name')]],
    ['Verkaufsdatum', (c, o) => deHm(o.at), ['timestamp', OR('createdDate')]],
    ['Verkaufsart', (c, o, r) => v.pick(r, ['Auktion', 'Sofort kaufen', 'Sofort kaufen']), []],
    ['Anzahl', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Verkaufspreis', (c, o, r, i) => dot(row(CH_ITEMS, i)[2]), [PL('priceTotal')], opt],
    ['Versandkosten', (c, o, r) => v.pick(r, ['9.00', '9.00', '0.00', '15.00']), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => dot(row(CH_ITEMS, i)[2] + 9), [OR('priceTotal')], opt],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Käufer', (c, o, r) => `${ascii(CH_PEOPLE[+c.id % CH_PEOPLE.length][0])}${v.int(r, 10, 999)}`, [], opt],
    ['Vorname', (c) => CH_PEOPLE[+c.id % CH_PEOPLE.length][0], []],
    ['Nachname', (c) => CH_PEOPLE[+c.id % CH_PEOPLE.length][1], []],
    ['Strasse', (c) => CH_PEOPLE[+c.id % CH_PEOPLE.length][2], [SHIP('street1')]],
    ['PLZ', (c) => CH_PEOPLE[+c.id % CH_PEOPLE.length][3], [SHIP('postalCode')]],
    ['Ort', (c) => CH_PEOPLE[+c.id % CH_PEOPLE.length][4], [SHIP('city')]],
    ['Land', () => 'Schweiz', [SHIP('country')]],
    ['E-Mail', (c) => `${ascii(CH_PEOPLE[+c.id % CH_PEOPLE.length][0])}.${ascii(CH_PEOPLE[+c.id % CH_PEOPLE.length][1])}@bluewin.ch`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, [], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['TWINT', 'Kreditkarte', 'Banküberweisung', 'Barzahlung bei Abholung']), [OR('payments[0].paymentType')]],
    ['Versandart', (c, o, r) => v.pick(r, ['A-Post', 'B-Post', 'Abholung', 'PostPac Priority']), ['commerce.shipping.shippingMethod'], opt],
    ['Bezahlt', (c, o, r) => (r() < 0.8 ? 'Ja' : 'Nein'), []],
    ['Versendet', (c, o, r) => (r() < 0.6 ? 'Ja' : 'Nein'), []],
    ['Sendungsnummer', (c, o, r) => (r() < 0.5 ? `99.00.${v.int(r, 100000, 999999)}.${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Bewertung erhalten', (c, o, r) => v.pick(r, ['', 'Positiv', 'Positiv', 'Neutral']), []],
    ['Verkaufsgebühr', (c, o, r, i) => dot(row(CH_ITEMS, i)[2] * 0.09), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (FINN.no Torget, Fiks ferdig: Mine handler > Ordrer, Norway, Norwegian UI)
  { name: 'finn-ordrer-no', product: 'FINN.no (Torget, Fiks ferdig sales: Mine handler > Solgt > Last ned ordrer, Norway, Norwegian UI, one row per order)', family: 'ecommerce-orders', language: 'no', schema: E, cols: [
    ['Ordrenummer', (c, o) => `FF-${pad(+o.id * 31, 7)}`, [OR('purchaseID'), '_id']],
    ['FINN-kode', (c, o, r, i) => row(NO_ITEMS, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Tittel', (c, o, r, i) => row(NO_ITEMS, i)[1], [PL('name')]],
    ['Opprettet', (c, o) => deHm(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Betalt', 'Sendt', 'Levert', 'Fullført', 'Kansellert']), [], opt],
    ['Varepris', (c, o, r, i) => noMoney(row(NO_ITEMS, i)[2]), [PL('priceTotal')], opt],
    ['Frakt', (c, o, r) => v.pick(r, ['99,00', '149,00', '0,00']), ['commerce.shipping.shippingAmount']],
    ['Totalpris', (c, o, r, i) => noMoney(row(NO_ITEMS, i)[2] + 99), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Utbetales til deg', (c, o, r, i) => noMoney(row(NO_ITEMS, i)[2]), []],
    ['Valuta', () => 'NOK', [OR('currencyCode')]],
    ['Kjøper', (c) => NO_PEOPLE[+c.id % NO_PEOPLE.length].slice(0, 2).join(' '), []],
    ['Adresse', (c) => NO_PEOPLE[+c.id % NO_PEOPLE.length][2], [SHIP('street1')]],
    ['Postnummer', (c) => NO_PEOPLE[+c.id % NO_PEOPLE.length][3], [SHIP('postalCode')]],
    ['Poststed', (c) => NO_PEOPLE[+c.id % NO_PEOPLE.length][4], [SHIP('city')]],
    ['Mobil', (c, o, r) => `${v.pick(r, ['4', '9'])}${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Leveringsmåte', (c, o, r) => v.pick(r, ['Hentes på postkontor', 'Levering hjem', 'Pakkeautomat']), ['commerce.shipping.shippingMethod'], opt],
    ['Sendingsnummer', (c, o, r) => (r() < 0.7 ? `70${v.int(r, 100000000, 999999999)}${v.int(r, 100000, 999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Sendes innen', (c, o) => deDay(o.at + 3 * DAY), []],
    ['Betalingsmåte', (c, o, r) => v.pick(r, ['Vipps', 'Vipps', 'Kort']), [OR('payments[0].paymentType')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Grailed, My Account > Sold > Download, US, English UI)
  { name: 'grailed-sales', product: 'Grailed (My Account > Sold: Download sales CSV, US, one row per sold listing)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Sold At', (c, o) => fmtUs(o.at), ['timestamp', OR('createdDate')]],
    ['Order ID', (c, o) => String(30000000 + +o.id * 11), [OR('purchaseID'), '_id']],
    ['Listing ID', (c, o, r, i) => row(GR_ITEMS, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Designer', (c, o, r, i) => row(GR_ITEMS, i)[1], []],
    ['Title', (c, o, r, i) => row(GR_ITEMS, i)[2], [PL('name')]],
    ['Category', (c, o, r, i) => row(GR_ITEMS, i)[3], [PL('productCategories[0].categoryName')], opt],
    ['Size', (c, o, r, i) => row(GR_ITEMS, i)[4], [], opt],
    ['Condition', (c, o, r) => v.pick(r, ['Gently Used', 'Used', 'New/Never Worn', 'Worn']), []],
    ['Sold Price', (c, o, r, i) => dot(row(GR_ITEMS, i)[5]), [PL('priceTotal')], opt],
    ['Shipping', (c, o, r) => v.pick(r, ['15.00', '0.00', '20.00']), ['commerce.shipping.shippingAmount']],
    ['Sales Tax', (c, o, r, i) => dot(row(GR_ITEMS, i)[5] * 0.08875), [OR('taxAmount')], opt],
    ['Total', (c, o, r, i) => dot(row(GR_ITEMS, i)[5] * 1.08875 + 15), [OR('priceTotal')], opt],
    ['Grailed Fee', (c, o, r, i) => dot(row(GR_ITEMS, i)[5] * 0.09), []],
    ['Processing Fee', (c, o, r, i) => dot(row(GR_ITEMS, i)[5] * 0.0349 + 0.49), []],
    ['Payout', (c, o, r, i) => dot(row(GR_ITEMS, i)[5] * 0.8751 - 0.49), []],
    ['Buyer Username', (c, o, r) => `${ascii(c.first)}${v.pick(r, ['_fits', 'archive', '92', 'vintage'])}`, [], opt],
    ['Ship To Name', (c) => c.full, []],
    ['Address Line 1', (c) => c.street, [SHIP('street1')]],
    ['Address Line 2', (c) => c.street2, [SHIP('street2')]],
    ['City', (c) => US_ST[+c.id % US_ST.length][0], [SHIP('city')]],
    ['State', (c) => US_ST[+c.id % US_ST.length][1], [SHIP('state'), SHIP('stateProvince')]],
    ['Zip', (c) => US_ST[+c.id % US_ST.length][2], [SHIP('postalCode')]],
    ['Country', () => 'US', [SHIP('countryCode')]],
    ['Tracking Number', (c, o, r) => (r() < 0.7 ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Carrier', (c, o, r) => v.pick(r, ['USPS', 'USPS', 'UPS', 'FedEx']), ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Shipped', 'Delivered', 'Awaiting Shipment', 'Refunded']), [], opt],
  ] },

  // ---------------------------------------------------------------- marketing leads (Kijiji Autos dealer account, Pistes/Réponses > Exporter, Québec, French UI)
  { name: 'kijiji-reponses-fr', product: 'Kijiji (Kijiji Autos for dealers, Québec: Pistes > Réponses aux annonces > Exporter CSV, French UI, one row per reply to an annonce)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['ID de la piste', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID'], opt],
    ['Date de réception', (c, o) => ymdHms(o.at, -5).slice(0, 16), [], opt],
    ['Type de demande', (c, o, r) => v.pick(r, ['Courriel', 'Courriel', 'Appel', 'Essai routier', 'Demande de financement']), []],
    ["Numéro d'annonce", (c, o, r, i) => row(QC_ADS, i)[0], []],
    ["Titre de l'annonce", (c, o, r, i) => row(QC_ADS, i)[1], []],
    ['Prix affiché', (c, o, r, i) => row(QC_ADS, i)[2], []],
    ['NIV', (c, o, r) => `2HG${v.alnum(r, 14).toUpperCase()}`, []],
    ['Prénom', (c) => QC_PEOPLE[+c.id % QC_PEOPLE.length][0], ['person.name.firstName']],
    ['Nom', (c) => QC_PEOPLE[+c.id % QC_PEOPLE.length][1], ['person.name.lastName']],
    ['Courriel', (c) => `${ascii(QC_PEOPLE[+c.id % QC_PEOPLE.length][0])}.${ascii(QC_PEOPLE[+c.id % QC_PEOPLE.length][1])}@${['videotron.ca', 'gmail.com', 'hotmail.com', 'sympatico.ca'][+c.id % 4]}`, ['personalEmail.address']],
    ['Téléphone', (c, o, r) => `${v.pick(r, ['514', '438', '450', '418'])}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Code postal', (c, o, r) => `${v.pick(r, ['H2X', 'H3B', 'J4K', 'G1R'])} ${v.int(r, 1, 9)}${v.pick(r, ['A', 'K', 'T'])}${v.int(r, 1, 9)}`, at(HOME, 'postalCode'), opt],
    ['Message', (c, o, r) => v.pick(r, ['Bonjour, est-ce que le véhicule est toujours disponible?', 'Acceptez-vous les échanges?', 'Quel est votre meilleur prix?', 'Est-ce possible de faire un essai samedi?']), []],
    ['Langue', (c, o, r) => v.pick(r, ['Français', 'Français', 'Anglais']), [], opt],
    ['Véhicule à échanger', (c, o, r) => v.pick(r, ['', '', 'Honda Fit 2014', 'Kia Soul 2016']), []],
    ['Financement souhaité', (c, o, r) => (r() < 0.3 ? 'Oui' : 'Non'), []],
    ['Statut', (c, o, r) => v.pick(r, ['Nouvelle', 'Contactée', 'Rendez-vous', 'Vendue', 'Perdue']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Kijiji', 'Kijiji Autos', 'Kijiji Autos']), [], opt],
    ['Vendeur assigné', (c, o, r) => v.pick(r, ['', 'Luc Pelletier', 'Nadia Ouellet']), []],
  ] },

  // ---------------------------------------------------------------- messaging (Leanplum, exportData CSV: sessions file, one row per app session of a user)
  { name: 'leanplum-sessions', product: 'Leanplum (exportData API / S3 feed with exportFormat=csv: the sessions file, one row per user session)', family: 'email', language: 'none', schema: E, cols: [
    ['sessionId', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 100000, 999999)), ['_id'], opt],
    ['userId', (c, o, r) => (r() < 0.7 ? `u_${c.id}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['userBucket', (c, o, r) => String(v.int(r, 0, 999)), []],
    ['userStart', (c) => ymdHms(c.created), []],
    ['country', (c, o, r) => v.pick(r, ['US', 'US', 'GB', 'DE', 'BR', 'IN']), [GEO('countryCode')]],
    ['region', (c, o, r) => v.pick(r, ['ca', 'ny', 'tx', '(not set)']), [GEO('stateProvince')], opt],
    ['city', (c, o, r) => v.pick(r, ['San Francisco', 'New York', 'Austin', 'London', 'Berlin']), [GEO('city')]],
    ['start', (c, o) => ymdHms(o.at), ['timestamp']],
    ['duration', (c, o, r) => (v.int(r, 5, 1800) + r()).toFixed(3), [], opt],
    ['lat', (c, o, r) => (37 + r()).toFixed(4), [GEO('_schema.latitude')]],
    ['lon', (c, o, r) => (-122 + r()).toFixed(4), [GEO('_schema.longitude')]],
    ['locale', (c, o, r) => v.pick(r, ['en_US', 'en_GB', 'de_DE', 'pt_BR']), ['environment._dc.language'], opt],
    ['timezone', (c, o, r) => v.pick(r, ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin']), ['placeContext.ianaTimezone']],
    ['timezoneOffset', (c, o, r) => v.pick(r, ['-8.00', '-5.00', '0.00', '1.00']), ['placeContext.localTimezoneOffset'], opt],
    ['appVersion', (c, o, r) => v.pick(r, ['5.12.0', '5.12.1', '5.13.0']), []],
    ['client', (c, o, r) => v.pick(r, ['ios', 'android', 'js']), [], opt],
    ['sdkVersion', (c, o, r) => v.pick(r, ['6.1.0', '7.2.1', '1.9.4']), []],
    ['osName', (c, o, r) => v.pick(r, ['iOS', 'Android', 'Android', 'Mac OS X']), ['environment.operatingSystem']],
    ['osVersion', (c, o, r) => v.pick(r, ['17.2', '14', '13', '10.15.7']), ['environment.operatingSystemVersion']],
    ['deviceModel', (c, o, r) => v.pick(r, ['iPhone 14', 'SM-S911B', 'Pixel 7', 'iPad']), ['device.model']],
    ['browserName', (c, o, r) => v.pick(r, ['', '', '', 'Chrome', 'Safari']), ['environment.browserDetails.name']],
    ['browserVersion', (c, o, r) => v.pick(r, ['', '', '', '120.0', '17.1']), ['environment.browserDetails.version']],
    ['deviceId', (c, o, r) => v.uuid(r).toUpperCase(), ['device.typeID'], opt],
    ['priorEvents', (c, o, r) => String(v.int(r, 0, 900)), []],
    ['priorSessions', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['priorTimeSpentInApp', (c, o, r) => (v.int(r, 0, 90000) + r()).toFixed(2), []],
    ['priorStates', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['isDeveloper', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), []],
    ['isSession', () => 'true', []],
    ['sourcePublisherId', (c, o, r) => v.pick(r, ['', '1001', '2310']), []],
    ['sourcePublisher', (c, o, r) => v.pick(r, ['', 'Facebook Ads', 'Google Ads', 'Organic']), [], opt],
    ['sourceSubPublisher', (c, o, r) => v.pick(r, ['', 'Instagram', 'YouTube']), []],
    ['sourceSite', (c, o, r) => v.pick(r, ['', 'com.example.game', 'news-site']), []],
    ['sourceCampaign', (c, o, r) => v.pick(r, ['', 'spring_sale_2024', 'retargeting_q3']), ['marketing.campaignName']],
    ['sourceAdGroup', (c, o, r) => v.pick(r, ['', 'lookalike_1pct', 'broad_us']), [], opt],
    ['sourceAd', (c, o, r) => v.pick(r, ['', 'video_15s_v2', 'carousel_a']), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events (Flurry Analytics, Sessions > Data Download, CSV, one row per event)
  { name: 'flurry-events', product: 'Flurry Analytics (Analytics > Sessions > Data Download: New Request, CSV, one row per logged event)', family: 'analytics', language: 'none', schema: E, cols: [
    ['Timestamp', (c, o) => ymdHms(o.at), ['timestamp']],
    ['Session Index', (c, o, r) => String(v.int(r, 1, 300)), []],
    ['Session ID', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + '123', ['_id'], opt],
    ['Event', (c, o, r) => v.pick(r, ['Article_Read', 'Level_Complete', 'Purchase_Tap', 'Onboarding_Step', 'Share']), ['eventType'], opt],
    ['Description', (c, o, r) => v.pick(r, ['', 'Timed event', '']), []],
    ['Version', (c, o, r) => v.pick(r, ['3.4.1', '3.4.2', '3.5.0']), []],
    ['Platform', (c) => FL_DEV[+c.id % 4][0], [], opt],
    ['Device', (c) => FL_DEV[+c.id % 4][1], ['device.model']],
    ['OS Version', (c) => FL_DEV[+c.id % 4][2], ['environment.operatingSystemVersion'], opt],
    ['User ID', (c, o, r) => (r() < 0.5 ? `user-${c.id}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Params', (c, o, r) => v.pick(r, ['{Author : John Q; User_Status : Registered}', '{level : 12; score : 4800}', '{}', '{item : coins_500; price : 4.99}']), []],
    ['Country', (c) => FL_GEO[+c.id % 4][0], [GEO('countryCode')], opt],
    ['Region', (c) => FL_GEO[+c.id % 4][1], [GEO('stateProvince')]],
    ['City', (c) => FL_GEO[+c.id % 4][2], [GEO('city')]],
    ['Language', (c) => FL_GEO[+c.id % 4][3], ['environment._dc.language'], opt],
    ['Carrier', (c, o, r) => (FL_DEV[+c.id % 4][0] === 'iPad' || r() < 0.2 ? '' : FL_GEO[+c.id % 4][4]), ['environment.carrier']],
    ['Connection Type', (c, o, r) => v.pick(r, ['WiFi', 'Cellular', 'WiFi']), ['environment.connectionType'], opt],
    ['Session Duration (s)', (c, o, r) => String(v.int(r, 3, 1800)), [], opt],
    ['Age', (c, o, r) => v.pick(r, ['', '25-34', '18-24', '35-44']), []],
    ['Gender', (c, o, r) => v.pick(r, ['', 'Male', 'Female']), []],
  ] },

  // ---------------------------------------------------------------- B2B users (Gainsight PX, People > Users > Export CSV, attribute view names)
  { name: 'gainsight-px-users', product: 'Gainsight PX (Audience Explorer: Users > Export to CSV, columns named by the attributes\' view names)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Id', (c) => `u-${c.id}`, B2BID],
    ['Account id', (c, o, r) => `acct-${v.int(r, 1000, 9999)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Email', (c, o, r) => `${ascii(c.first)}.${ascii(c.last)}@${v.pick(r, CO_DOMAINS)}`, ['workEmail.address', 'personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Job title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Role', (c, o, r) => v.pick(r, ['Admin', 'Member', 'Viewer', 'Owner']), [], opt],
    ['Phone', (c) => c.phone, ['workPhone.number', 'mobilePhone.number']],
    ['Gender', (c) => (c.female ? 'FEMALE' : 'MALE'), ['person.gender']],
    ['Type', (c, o, r) => v.pick(r, ['USER', 'USER', 'USER', 'LEAD', 'VISITOR']), ['b2b.personType'], opt],
    ['Sign up date', (c) => ymd(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['First visit', (c) => isoNoMs(c.created + DAY), [], opt],
    ['Last seen', (c) => isoNoMs(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Number of visits', (c, o, r) => String(v.int(r, 1, 900)), []],
    ['Score', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore'], opt],
    ['Country Code', (c) => c.countryCode, at([...WORK, ...HOME], 'countryCode'), opt],
    ['Country Name', (c) => c.countryEn, at([...WORK, ...HOME], 'country'), opt],
    ['State Name', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['City Name', (c) => c.city, at([...WORK, ...HOME], 'city'), opt],
    ['Postal Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode'), opt],
    ['Time Zone', (c, o, r) => v.pick(r, ['America/New_York', 'Europe/Berlin', 'America/Los_Angeles']), []],
    ['Latitude', (c, o, r) => (40 + r()).toFixed(4), at([...WORK, ...HOME], '_schema.latitude'), opt],
    ['Longitude', (c, o, r) => (-74 + r()).toFixed(4), at([...WORK, ...HOME], '_schema.longitude'), opt],
    ['Subscription Id', (c, o, r) => (r() < 0.5 ? `sub_${v.alnum(r, 10)}` : ''), []],
    ['Product Updates', (c) => String(c.bool), [], opt],
    ['Surveys', (c, o, r) => String(r() < 0.8), []],
    ['Guided Tours', (c, o, r) => String(r() < 0.8), []],
    ['Track Usage', () => 'true', []],
  ] },
]
