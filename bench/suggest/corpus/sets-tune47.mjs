// Round 47, tune47: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Indian and South-East Asian products (India, Indonesia, Thailand, Malaysia,
// the Philippines), headers in English or the product's own UI language (hi, id, th).
import { E, P, v, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local date formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// "12 Mar 2024, 02:31 PM" (IST, UTC+5:30)
const istShift = (ms) => parts530(ms)
const parts530 = (ms) => shift(ms + 30 * 60000, 5)
const inDMonT = (ms) => { const p = istShift(ms); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}, ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "2024-03-12 14:31:07" (IST)
const inYmdHMS = (ms) => { const p = istShift(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "12/03/2024" and "12/03/2024 14:31" in a zone (IST via 5.5, WIB +7, ICT +7, PHT/MYT +8)
const dmy = (ms, h) => { const p = h === 5.5 ? istShift(ms) : shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = h === 5.5 ? istShift(ms) : shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const hm = (ms, h) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}` }
const hms = (ms, h) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "Mar 12, 2024 02:31:07 PM" (Maya Manager, PHT)
const phT = (ms) => { const p = shift(ms, 8); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "12 Mar 2024" (StoreHub, MYT)
const dMonY = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}` }
const day = 86400000

// money
const inr = (n) => n.toFixed(2)
const idr = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const thb = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const php = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const rm = (n) => n.toFixed(2)

// local people, places and goods the shared generators lack
// India: [full name, city, state, pincode, street]
const IN_PEOPLE = [['Priya Sharma', 'Jaipur', 'Rajasthan', '302017', 'B-42, Malviya Nagar'], ['Rahul Verma', 'Lucknow', 'Uttar Pradesh', '226010', '12/7 Gomti Nagar, Vipul Khand'], ['Ananya Iyer', 'Chennai', 'Tamil Nadu', '600040', 'No. 18, 3rd Main Road, Anna Nagar'], ['Arjun Reddy', 'Hyderabad', 'Telangana', '500081', 'Flat 304, Cyber Heights, Madhapur'], ['Sneha Patil', 'Pune', 'Maharashtra', '411038', '7, Karve Nagar, Near Bus Stop'], ['Vikram Singh', 'New Delhi', 'Delhi', '110085', 'H.No. 221, Sector 9, Rohini'], ['Kavya Nair', 'Kochi', 'Kerala', '682024', 'TC 14/55, Edappally North'], ['Amit Patel', 'Ahmedabad', 'Gujarat', '380015', '23, Satellite Road, Jodhpur Cross']]
const inMobile10 = (r) => `${v.pick(r, ['98', '99', '97', '88', '70', '63', '91'])}${v.int(r, 10000000, 99999999)}`
const inEmail = (name, r) => `${slug(name.split(' ')[0])}.${slug(name.split(' ')[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'])}`
const IN_ITEMS = [['KRT-BLU-M', 'Cotton Kurta Blue - M', 799], ['SAR-SLK-RED', 'Banarasi Silk Saree Red', 2499], ['MUG-CER-350', 'Ceramic Coffee Mug 350ml', 299], ['TEA-ASM-250', 'Assam CTC Tea 250g', 185], ['BAG-JUT-L', 'Jute Tote Bag Large', 349], ['EAR-OXI-01', 'Oxidised Jhumka Earrings', 449]]
const HI_PEOPLE = [['रमेश कुमार', 'गांधी नगर, गली नं. 4', 'पटना', '800020'], ['सुनीता देवी', 'शास्त्री नगर', 'जयपुर', '302016'], ['मोहम्मद आरिफ़', 'चौक बाज़ार', 'लखनऊ', '226003'], ['पूजा गुप्ता', 'सेक्टर 15', 'नोएडा', '201301'], ['अजय यादव', 'कंकड़बाग', 'पटना', '800020'], ['गीता शर्मा', 'राजेंद्र नगर', 'इंदौर', '452012'], ['विनोद सिंह', 'सिविल लाइंस', 'प्रयागराज', '211001']]
// Indonesia: [name, gender L/P, street, kecamatan, city, province, postcode]
const ID_PEOPLE = [['Budi Santoso', 'Laki-laki', 'Jl. Kebon Jeruk Raya No. 27', 'Kebon Jeruk', 'Jakarta Barat', 'DKI Jakarta', '11530'], ['Siti Nurhaliza', 'Perempuan', 'Jl. Dago No. 112', 'Coblong', 'Kota Bandung', 'Jawa Barat', '40135'], ['Agus Prasetyo', 'Laki-laki', 'Jl. Raya Darmo No. 45', 'Wonokromo', 'Kota Surabaya', 'Jawa Timur', '60241'], ['Dewi Anggraini', 'Perempuan', 'Perum Griya Asri Blok C2 No. 8', 'Ngaliyan', 'Kota Semarang', 'Jawa Tengah', '50181'], ['Rizky Ramadhan', 'Laki-laki', 'Jl. Malioboro No. 60', 'Gedong Tengen', 'Kota Yogyakarta', 'DI Yogyakarta', '55271'], ['Putri Maharani', 'Perempuan', 'Jl. Gatot Subroto No. 88', 'Medan Petisah', 'Kota Medan', 'Sumatera Utara', '20112'], ['Andi Wijaya', 'Laki-laki', 'Jl. Sunset Road No. 19', 'Kuta', 'Kabupaten Badung', 'Bali', '80361']]
const idMobile = (r) => `08${v.pick(r, ['11', '12', '13', '21', '52', '57', '77', '95'])}${v.int(r, 10000000, 99999999)}`
const idEmail = (name, r) => `${slug(name.split(' ')[0])}${slug(name.split(' ')[1]).slice(0, 4)}${v.int(r, 10, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.co.id', 'ymail.com'])}`
const QASIR_ITEMS = [['Kopi Susu Gula Aren', 'Minuman', 'Reguler', 22000], ['Es Teh Manis', 'Minuman', 'Large', 8000], ['Nasi Goreng Kampung', 'Makanan', '', 28000], ['Roti Bakar Coklat Keju', 'Makanan', '', 18000], ['Kentang Goreng', 'Snack', 'Original', 15000], ['Americano', 'Minuman', 'Panas', 20000]]
const SIRCLO_ITEMS = [['HJB-0231-M', 'Hijab Voal Motif Daun - Mocca', 'Mocca', 89000], ['KMJ-BTK-L', 'Kemeja Batik Pria Lengan Panjang', 'L', 249000], ['SRM-ACN-30', 'Serum Acne Care 30ml', '30ml', 119000], ['SND-WMN-38', 'Sandal Wanita Kulit Sintetis', '38', 159000], ['TMB-STL-750', 'Tumbler Stainless 750ml', 'Hitam', 99000]]
// Thailand
const TH_CUSTOMERS = ['คุณสมชาย', 'คุณวิภาวรรณ', 'คุณณัฐพล', 'คุณกมลชนก', 'คุณธนวัฒน์', 'คุณพิมพ์ชนก', 'คุณอรุณี']
const TH_MENU = [['ข้าวกะเพราหมูสับไข่ดาว', 60], ['ผัดไทยกุ้งสด', 80], ['ต้มยำกุ้งน้ำข้น', 150], ['ข้าวมันไก่', 55], ['ชาไทยเย็น', 45], ['ส้มตำไทย', 50]]
// Malaysia: [first, last, gender, city, state, postcode, street]
const MY_PEOPLE = [['Nur Aisyah', 'Binti Ahmad', 'Female', 'Shah Alam', 'Selangor', '40150', 'No. 12, Jalan Kristal 7/6, Seksyen 7'], ['Tan', 'Wei Ming', 'Male', 'Petaling Jaya', 'Selangor', '47400', '23, Jalan SS 21/37, Damansara Utama'], ['Muhammad', 'Haziq', 'Male', 'Johor Bahru', 'Johor', '81100', '8, Jalan Harmonium 23/11, Taman Desa Tebrau'], ['Lim', 'Siew Ling', 'Female', 'George Town', 'Pulau Pinang', '10250', '45, Lebuh Chulia'], ['Rajesh', 'Kumar', 'Male', 'Ipoh', 'Perak', '30450', '17, Jalan Sultan Idris Shah'], ['Siti', 'Zulaikha', 'Female', 'Kuala Lumpur', 'Wilayah Persekutuan', '50450', 'Unit 12-3, Jalan Ampang']]
const myMobile = (r) => `601${v.pick(r, ['2', '3', '6', '7', '9'])}${v.int(r, 1000000, 9999999)}`
// Philippines
const PH_PEOPLE = [['Juan', 'Dela Cruz'], ['Maria Clara', 'Santos'], ['Jose', 'Reyes'], ['Angelica', 'Bautista'], ['Mark Anthony', 'Garcia'], ['Kristine', 'Mendoza'], ['Paolo', 'Villanueva']]
// [payment method, card type, BIN, fund source] and the amount in pesos
const MAYA_METHODS = [['Card', 'VISA', '412345', 'card'], ['Maya Wallet', '', '', 'paymaya'], ['Card', 'MASTERCARD', '520000', 'card'], ['QR Ph', '', '', 'qrph'], ['Card', 'JCB', '356700', 'card'], ['Maya Wallet', '', '', 'paymaya']]
const mayaAmt = (o) => Math.round(o.total * 58 * 100) / 100
const phMobile = (r) => `+639${v.pick(r, ['17', '18', '27', '56', '66', '95', '99'])}${v.int(r, 1000000, 9999999)}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders / logistics (Shiprocket, Orders > All > Export, English, India)
  { name: 'shiprocket-orders-export', product: 'Shiprocket (seller panel: Orders > All > Export, CSV, English UI; an Indian D2C seller shipping through Shiprocket)', family: 'ecommerce-orders', language: 'en', seed: 'shiprocket-en', schema: E, cols: [
    ['Order ID', (c, o, r) => `${v.int(r, 1001, 9999)}`, [OR('purchaseID'), '_id']],
    ['Shiprocket Created At', (c, o) => inDMonT(o.at + 120000), [], opt],
    ['Channel', (c, o, r) => v.pick(r, ['Shopify', 'Shopify', 'WooCommerce', 'CUSTOM', 'Amazon']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['DELIVERED', 'DELIVERED', 'IN TRANSIT', 'RTO DELIVERED', 'NEW', 'CANCELED']), [], opt],
    ['Channel SKU', (c, o, r, i) => row(IN_ITEMS, i)[0], [PL('SKU')]],
    ['Master SKU', (c, o, r, i) => row(IN_ITEMS, i)[0], [PL('SKU')], opt],
    ['Product Name', (c, o, r, i) => row(IN_ITEMS, i)[1], [PL('name')]],
    ['Product Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Channel Created At', (c, o) => inDMonT(o.at), ['timestamp', OR('createdDate')]],
    ['Customer Name', (c, o, r, i) => row(IN_PEOPLE, i)[0], []],
    ['Customer Email', (c, o, r, i) => (r() < 0.8 ? inEmail(row(IN_PEOPLE, i)[0], r) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Mobile', (c, o, r) => inMobile10(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Address Line 1', (c, o, r, i) => row(IN_PEOPLE, i)[4], [SHIP('street1')]],
    ['Address Line 2', (c, o, r) => v.pick(r, ['', '', 'Near City Hospital', 'Opp. SBI Bank']), [SHIP('street2')]],
    ['Address City', (c, o, r, i) => row(IN_PEOPLE, i)[1], [SHIP('city')]],
    ['Address State', (c, o, r, i) => row(IN_PEOPLE, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Address Pincode', (c, o, r, i) => row(IN_PEOPLE, i)[3], [SHIP('postalCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['cod', 'prepaid', 'prepaid']), [OR('payments[0].paymentType')], opt],
    ['Product Price', (c, o, r, i) => inr(row(IN_ITEMS, i)[2]), []],
    ['Order Total', (c, o, r, i) => inr(row(IN_ITEMS, i)[2] * o.qty + (o.shipping ? 60 : 0) - (o.discount ? 100 : 0)), [OR('priceTotal')]],
    ['Tax', (c, o, r, i) => inr(row(IN_ITEMS, i)[2] * o.qty * 0.05 / 1.05), [OR('taxAmount')], opt],
    ['Tax %', () => '5', []],
    ['Discount Value', (c, o) => inr(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['Shipping Charges', (c, o) => inr(o.shipping ? 60 : 0), ['commerce.shipping.shippingAmount']],
    ['Product HSN', (c, o, r) => v.pick(r, ['6211', '5007', '6912', '0902', '4202']), []],
    ['Weight (KG)', (c, o, r) => (v.int(r, 2, 25) / 10).toFixed(2), []],
    ['Dimensions (CM)', (c, o, r) => `${v.int(r, 10, 35)}x${v.int(r, 10, 30)}x${v.int(r, 2, 15)}`, []],
    ['Courier Company', (c, o, r) => v.pick(r, ['Delhivery Surface', 'Xpressbees Surface', 'Ekart Logistics', 'Blue Dart Air', 'DTDC Surface']), ['commerce.shipping.shippingMethod'], opt],
    ['AWB Code', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 100, 999)), ['commerce.shipping.trackingNumber']],
    ['AWB Assigned Date', (c, o) => inDMonT(o.at + 3 * 3600000), [], opt],
    ['Pickup Location', (c, o, r) => v.pick(r, ['Primary', 'Jaipur WH', 'Home']), []],
    ['Order Shipped Date', (c, o) => inDMonT(o.at + day + 5 * 3600000), ['commerce.shipping.shipDate'], opt],
    ['Order Delivered Date', (c, o, r) => (r() < 0.7 ? inDMonT(o.at + 4 * day + 2 * 3600000) : ''), [], opt],
    ['Freight Total Amount', (c, o, r) => inr(v.int(r, 45, 140)), []],
    ['COD Charges', (c, o, r) => (r() < 0.4 ? inr(v.int(r, 30, 45)) : '0.00'), []],
    ['Zone', (c, o, r) => v.pick(r, ['z_a', 'z_b', 'z_c', 'z_d', 'z_e']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Dukaan, Orders > Export orders, English, India)
  { name: 'dukaan-orders-export', product: 'Dukaan (seller dashboard: Orders > Export orders, CSV, English UI; an Indian small store on mydukaan.io)', family: 'ecommerce-orders', language: 'en', seed: 'dukaan-en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => inYmdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Shipped', 'Accepted', 'Pending', 'Rejected', 'Cancelled']), [], opt],
    ['Payment Mode', (c, o, r) => v.pick(r, ['COD', 'Online', 'Online', 'UPI']), [OR('payments[0].paymentType')], opt],
    ['Payment Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Pending']), [], opt],
    ['Customer Name', (c, o, r, i) => row(IN_PEOPLE, i + 3)[0], []],
    ['Customer Mobile', (c, o, r) => `+91${inMobile10(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Email', (c, o, r, i) => (r() < 0.5 ? inEmail(row(IN_PEOPLE, i + 3)[0], r) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Address', (c, o, r, i) => row(IN_PEOPLE, i + 3)[4], [SHIP('street1')]],
    ['Landmark', (c, o, r) => v.pick(r, ['', 'Near Hanuman Mandir', 'Behind Big Bazaar', '']), [SHIP('street2')], opt],
    ['City', (c, o, r, i) => row(IN_PEOPLE, i + 3)[1], [SHIP('city')]],
    ['State', (c, o, r, i) => row(IN_PEOPLE, i + 3)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Pincode', (c, o, r, i) => row(IN_PEOPLE, i + 3)[3], [SHIP('postalCode')]],
    ['Product Name', (c, o, r, i) => row(IN_ITEMS, i + 2)[1], [PL('name')]],
    ['Variant', (c, o, r) => v.pick(r, ['Default', 'Size: M', 'Size: L', 'Colour: Red']), [PL('selectedOptions[0].value')], opt],
    ['SKU ID', (c, o, r, i) => row(IN_ITEMS, i + 2)[0], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => String(row(IN_ITEMS, i + 2)[2]), []],
    ['Item Total', (c, o, r, i) => String(row(IN_ITEMS, i + 2)[2] * o.qty), [PL('priceTotal')]],
    ['Delivery Charges', (c, o) => String(o.shipping ? 49 : 0), ['commerce.shipping.shippingAmount']],
    ['Coupon Code', (c, o) => (o.discount ? 'DIWALI10' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (o.discount ? String(Math.round(row(IN_ITEMS, i + 2)[2] * o.qty * 0.1)) : '0'), [OR('discountAmount')]],
    ['Order Total', (c, o, r, i) => String(Math.round(row(IN_ITEMS, i + 2)[2] * o.qty * (o.discount ? 0.9 : 1)) + (o.shipping ? 49 : 0)), [OR('priceTotal')]],
    ['Delivery Partner', (c, o, r) => v.pick(r, ['Dukaan Delivery', 'Self Delivery', 'Shiprocket']), [], opt],
    ['Tracking ID', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Order Notes', (c, o, r) => v.pick(r, ['', '', 'Please call before delivery', 'Gift wrap please']), []],
  ] },

  // ---------------------------------------------------------------- telephony events (Exotel, Call Reports > Download, English, India)
  { name: 'exotel-call-report', product: 'Exotel (dashboard: Reports > Call Reports > Download CSV, English UI; an Indian business\'s inbound/outbound call log)', family: 'events', language: 'en', seed: 'exotel-en', schema: E, cols: [
    ['Call SID', (c, o, r) => v.hex(r, 32), ['_id']],
    ['Start Time', (c, o) => inYmdHMS(o.at), ['timestamp']],
    ['End Time', (c, o, r) => inYmdHMS(o.at + v.int(r, 15, 600) * 1000), [], opt],
    ['From', (c, o, r) => `0${inMobile10(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['To', (c, o, r) => `0${v.pick(r, ['80', '22', '11'])}${v.int(r, 40000000, 49999999)}`, []],
    ['ExoPhone', (c, o, r) => `0${v.pick(r, ['80', '22'])}${v.int(r, 61000000, 61999999)}`, []],
    ['Direction', (c, o, r) => v.pick(r, ['incoming', 'incoming', 'outbound-api', 'outbound-dial']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['completed', 'completed', 'completed', 'no-answer', 'busy', 'failed']), [], opt],
    ['Duration', (c, o, r) => String(v.int(r, 0, 600)), []],
    ['Conversation Duration', (c, o, r) => String(v.int(r, 0, 540)), []],
    ['Price', (c, o, r) => (v.int(r, 0, 400) / 100).toFixed(3), []],
    ['Flow Name', (c, o, r) => v.pick(r, ['Support IVR', 'Sales Inbound', 'Order Confirmation']), [], opt],
    ['Digits', (c, o, r) => v.pick(r, ['"1"', '"2"', '', '"1,3"']), []],
    ['Agent Name', (c, o, r) => v.pick(r, ['Neha', 'Sandeep', 'Farhan', '']), []],
    ['Agent Number', (c, o, r) => (r() < 0.7 ? `0${inMobile10(r)}` : ''), []],
    ['Leg1 Status', (c, o, r) => v.pick(r, ['completed', 'completed', 'no-answer']), []],
    ['Leg2 Status', (c, o, r) => v.pick(r, ['completed', 'busy', 'no-answer', '']), []],
    ['Disconnected By', (c, o, r) => v.pick(r, ['caller', 'callee', 'system']), []],
    ['Recording URL', (c, o, r) => (r() < 0.6 ? `https://recordings.exotel.com/exotelrecordings/acme/${v.hex(r, 32)}.mp3` : ''), []],
    ['Custom Field', (c, o, r) => v.pick(r, ['', 'order_1045', 'lead_88213', '']), [], opt],
  ] },

  // ---------------------------------------------------------------- WhatsApp CRM contacts (Interakt, Contact Hub > Export, English, India)
  { name: 'interakt-contacts-export', product: 'Interakt (Contact Hub / All Users > Export CSV, English UI; an Indian D2C brand\'s WhatsApp contacts)', family: 'marketing', language: 'en', seed: 'interakt-en', schema: P, cols: [
    ['Name', (c, o, r, i) => row(IN_PEOPLE, i + 1)[0], ['person.name.fullName']],
    ['Country Code', () => '91', ['mobilePhone.countryCode'], opt],
    ['Phone Number', (c, o, r) => inMobile10(r), ['mobilePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? inEmail(row(IN_PEOPLE, i + 1)[0], r) : ''), ['personalEmail.address']],
    ['WhatsApp Opted', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['Area', (c, o, r) => v.pick(r, ['Malviya Nagar', 'Gomti Nagar', 'Anna Nagar', 'Madhapur', '']), at(['homeAddress', 'mailingAddress'], 'street2'), opt],
    ['City', (c, o, r, i) => row(IN_PEOPLE, i + 1)[1], at(['homeAddress', 'mailingAddress'], 'city')],
    ['Pincode', (c, o, r, i) => row(IN_PEOPLE, i + 1)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Tags', (c, o, r) => v.pick(r, ['', 'repeat_buyer', 'cod_user', 'abandoned_cart,vip']), []],
    ['Source', (c, o, r) => v.pick(r, ['Shopify', 'CSV Upload', 'Click to WhatsApp Ad', 'Organic']), [], opt],
    ['Created At', (c) => inDMonT(c.created), [], opt],
    ['Last Seen', (c, o, r) => (r() < 0.8 ? inDMonT(c.updated) : ''), [], opt],
    ['Assigned Agent', (c, o, r) => v.pick(r, ['', 'Riya', 'Karan', 'Support Team']), []],
    ['Order Count', (c, o, r) => String(v.int(r, 0, 12)), [], opt],
    ['Total Order Value', (c, o, r) => String(v.int(r, 0, 25000)), [], opt],
    ['Last Order Date', (c, o, r) => (r() < 0.7 ? ymd(c.updated, 5) : ''), [], opt],
    ['Birthday', (c, o, r) => (r() < 0.4 ? dmy(c.birth, 0) : ''), ['person.birthDate']],
    ['Language', (c, o, r) => v.pick(r, ['English', 'Hindi', 'Hindi', 'Tamil']), [], opt],
  ] },

  // ---------------------------------------------------------------- WhatsApp campaign events (Gupshup, Campaign Manager > Reports > Download, English, India)
  { name: 'gupshup-campaign-report', product: 'Gupshup (WhatsApp Campaign Manager: Campaigns > Report > Download CSV, English UI; an Indian retailer\'s broadcast)', family: 'marketing', language: 'en', seed: 'gupshup-en', schema: E, cols: [
    ['Message ID', (c, o, r) => v.uuid(r), ['_id']],
    ['Campaign Name', (c, o, r) => v.pick(r, ['Diwali_Sale_2024', 'New_Arrivals_Nov', 'Cart_Reminder_D1']), ['marketing.campaignName']],
    ['Campaign ID', (c, o, r) => String(v.int(r, 40000, 49999)), ['marketing.trackingCode'], opt],
    ['Template Name', (c, o, r) => v.pick(r, ['diwali_offer_v2', 'new_arrivals_image', 'cart_reminder_hi']), [], opt],
    ['Phone Number', (c, o, r) => `91${inMobile10(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Name', (c, o, r, i) => row(IN_PEOPLE, i + 5)[0].split(' ')[0], []],
    ['Submitted At', (c, o) => inYmdHMS(o.at), ['timestamp']],
    ['Sent At', (c, o) => inYmdHMS(o.at + 4000), [], opt],
    ['Delivered At', (c, o, r) => (r() < 0.85 ? inYmdHMS(o.at + 9000) : ''), [], opt],
    ['Read At', (c, o, r) => (r() < 0.55 ? inYmdHMS(o.at + v.int(r, 60, 20000) * 1000) : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['READ', 'READ', 'DELIVERED', 'SENT', 'FAILED']), [], opt],
    ['Failure Reason', (c, o, r) => v.pick(r, ['', '', '', '', 'User\'s number is part of an experiment', 'Message undeliverable']), []],
    ['Button Clicked', (c, o, r) => v.pick(r, ['', '', 'Shop Now', 'Stop promotions']), [], opt],
    ['Replied', (c, o, r) => v.pick(r, ['No', 'No', 'No', 'Yes']), []],
    ['Conversation Category', () => 'MARKETING', []],
    ['Cost (INR)', () => '0.7846', []],
  ] },

  // ---------------------------------------------------------------- khata customers (Khatabook, ग्राहक > रिपोर्ट > Excel डाउनलोड, Hindi)
  { name: 'khatabook-grahak-hi', product: 'Khatabook (app and web: ग्राहक list > रिपोर्ट डाउनलोड करें > Excel, Hindi UI; a kirana shop\'s credit customers)', family: 'crm', language: 'hi', seed: 'khatabook-hi', schema: P, cols: [
    ['क्रम सं.', (c, o, r, i) => String(i + 1), []],
    ['ग्राहक का नाम', (c, o, r, i) => row(HI_PEOPLE, i)[0], ['person.name.fullName']],
    ['मोबाइल नंबर', (c, o, r) => (r() < 0.9 ? `+91 ${inMobile10(r).replace(/(\d{5})(\d{5})/, '$1 $2')}` : ''), ['mobilePhone.number']],
    ['पता', (c, o, r, i) => row(HI_PEOPLE, i)[1], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['शहर', (c, o, r, i) => row(HI_PEOPLE, i)[2], at(['homeAddress', 'mailingAddress'], 'city')],
    ['पिन कोड', (c, o, r, i) => row(HI_PEOPLE, i)[3], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['कुल उधार दिया (₹)', (c, o, r) => String(v.int(r, 200, 30000)), []],
    ['कुल भुगतान मिला (₹)', (c, o, r) => String(v.int(r, 0, 25000)), []],
    ['बकाया राशि (₹)', (c, o, r) => String(v.int(r, 0, 8000)), []],
    ['स्थिति', (c, o, r) => v.pick(r, ['लेने हैं', 'लेने हैं', 'देने हैं', 'हिसाब बराबर']), []],
    ['आखिरी लेन-देन', (c) => dmy(c.updated, 5.5), [], opt],
    ['भुगतान की तारीख', (c, o, r) => (r() < 0.4 ? dmy(c.updated + 10 * day, 5.5) : ''), []],
    ['रिमाइंडर भेजा', (c, o, r) => v.pick(r, ['हाँ', 'नहीं', 'नहीं']), []],
    ['जोड़ने की तारीख', (c) => dmy(c.created, 5.5), [], opt],
    ['नोट', (c, o, r) => v.pick(r, ['', '', 'महीने के अंत में देंगे', 'राशन का उधार']), []],
  ] },

  // ---------------------------------------------------------------- POS sales (Qasir, Laporan > Riwayat Transaksi > Ekspor, Indonesian)
  { name: 'qasir-riwayat-transaksi-id', product: 'Qasir (Qasir Web: Laporan > Riwayat Transaksi > Ekspor Excel, one row per item, Indonesian UI; a café in Jakarta)', family: 'ecommerce-orders', language: 'id', seed: 'qasir-id', schema: E, cols: [
    ['No. Transaksi', (c, o, r) => `TRX-${ymd(o.at, 7).replace(/-/g, '')}-${v.int(r, 1000, 9999)}`, [OR('purchaseID'), '_id']],
    ['Tanggal', (c, o) => dmy(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Jam', (c, o) => hm(o.at, 7), [], opt],
    ['Outlet', (c, o, r) => v.pick(r, ['Kopi Senja - Kemang', 'Kopi Senja - Tebet']), ['commerce.commerceScope.storeCode'], opt],
    ['Kasir', (c, o, r) => v.pick(r, ['Dimas', 'Ayu', 'Fajar']), []],
    ['Pelanggan', (c, o, r, i) => (r() < 0.4 ? row(ID_PEOPLE, i)[0] : '-'), []],
    ['Nama Produk', (c, o, r, i) => row(QASIR_ITEMS, i)[0], [PL('name')]],
    ['Varian', (c, o, r, i) => row(QASIR_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Kategori', (c, o, r, i) => row(QASIR_ITEMS, i)[1], [PL('productCategories[0].categoryName')]],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Satuan', (c, o, r, i) => idr(row(QASIR_ITEMS, i)[3]), []],
    ['Subtotal', (c, o, r, i) => idr(row(QASIR_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Diskon', (c, o) => idr(o.discount ? 5000 : 0), [OR('discountAmount'), PL('discountAmount')]],
    ['Pajak', (c, o, r, i) => idr(row(QASIR_ITEMS, i)[3] * o.qty * 0.1), [OR('taxAmount')]],
    ['Biaya Layanan', (c, o, r, i) => idr(row(QASIR_ITEMS, i)[3] * o.qty * 0.05), []],
    ['Total', (c, o, r, i) => idr(row(QASIR_ITEMS, i)[3] * o.qty * 1.15 - (o.discount ? 5000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o, r) => v.pick(r, ['Tunai', 'QRIS', 'QRIS', 'GoPay', 'OVO', 'Kartu Debit']), [OR('payments[0].paymentType')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Lunas', 'Lunas', 'Lunas', 'Refund']), [], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Less sugar', 'Take away']), []],
  ] },

  // ---------------------------------------------------------------- customers (Olsera POS, Pelanggan > Ekspor, Indonesian)
  { name: 'olsera-pelanggan-id', product: 'Olsera POS (Back office: Pelanggan > Daftar Pelanggan > Ekspor Excel, Indonesian UI; a retail shop with member points)', family: 'loyalty', language: 'id', seed: 'olsera-id', schema: P, cols: [
    ['Kode', (c, o, r) => `CUST-${v.int(r, 10000, 99999)}`, ['_id', 'personID']],
    ['Nama', (c, o, r, i) => row(ID_PEOPLE, i + 2)[0], ['person.name.fullName']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? idEmail(row(ID_PEOPLE, i + 2)[0], r) : ''), ['personalEmail.address']],
    ['No. Telepon', (c, o, r) => idMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Jenis Kelamin', (c, o, r, i) => row(ID_PEOPLE, i + 2)[1], ['person.gender']],
    ['Tanggal Lahir', (c, o, r) => (r() < 0.6 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Alamat', (c, o, r, i) => row(ID_PEOPLE, i + 2)[2], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Kecamatan', (c, o, r, i) => row(ID_PEOPLE, i + 2)[3], at(['homeAddress', 'mailingAddress'], 'street2'), opt],
    ['Kota', (c, o, r, i) => row(ID_PEOPLE, i + 2)[4], at(['homeAddress', 'mailingAddress'], 'city')],
    ['Provinsi', (c, o, r, i) => row(ID_PEOPLE, i + 2)[5], [...at(['homeAddress', 'mailingAddress'], 'stateProvince'), ...at(['homeAddress', 'mailingAddress'], 'state')]],
    ['Kode Pos', (c, o, r, i) => row(ID_PEOPLE, i + 2)[6], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Grup Pelanggan', (c, o, r) => v.pick(r, ['Umum', 'Member', 'Member Gold', 'Reseller']), ['loyalty.tier'], opt],
    ['Poin', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.points']],
    ['Total Belanja', (c, o, r) => idr(v.int(r, 50, 15000) * 1000), [], opt],
    ['Jumlah Transaksi', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['Terakhir Belanja', (c) => ymdHMS(c.updated, 7), [], opt],
    ['Tanggal Daftar', (c) => ymdHMS(c.created, 7), ['loyalty.joinDate'], opt],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Pelanggan tetap', 'Minta nota pajak']), []],
    ['Aktif', (c) => (c.bool ? 'Ya' : 'Tidak'), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (SIRCLO Store, Pesanan > Ekspor, Indonesian)
  { name: 'sirclo-pesanan-id', product: 'SIRCLO Store (admin: Pesanan > Ekspor Pesanan, Excel, one row per product, Indonesian UI; a fashion and beauty web store)', family: 'ecommerce-orders', language: 'id', seed: 'sirclo-id', schema: E, cols: [
    ['No. Pesanan', (c, o, r) => `INV/${ymd(o.at, 7).replace(/-/g, '')}/${v.int(r, 10000, 99999)}`, [OR('purchaseID'), '_id']],
    ['Tanggal Pesanan', (c, o) => dmyHM(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Status Pesanan', (c, o, r) => v.pick(r, ['Selesai', 'Selesai', 'Dikirim', 'Diproses', 'Dibatalkan']), [], opt],
    ['Status Pembayaran', (c, o, r) => v.pick(r, ['Lunas', 'Lunas', 'Menunggu Pembayaran']), [], opt],
    ['Nama Pembeli', (c, o, r, i) => row(ID_PEOPLE, i)[0], []],
    ['Email Pembeli', (c, o, r, i) => idEmail(row(ID_PEOPLE, i)[0], r), ['endUserIDs._experience.emailid.id'], opt],
    ['No. HP Pembeli', (c, o, r) => idMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nama Penerima', (c, o, r, i) => row(ID_PEOPLE, i + (r() < 0.2 ? 1 : 0))[0], []],
    ['No. HP Penerima', (c, o, r) => idMobile(r), [], opt],
    ['Alamat Pengiriman', (c, o, r, i) => row(ID_PEOPLE, i)[2], [SHIP('street1')]],
    ['Kecamatan', (c, o, r, i) => row(ID_PEOPLE, i)[3], [SHIP('street2')], opt],
    ['Kota/Kabupaten', (c, o, r, i) => row(ID_PEOPLE, i)[4], [SHIP('city')]],
    ['Provinsi', (c, o, r, i) => row(ID_PEOPLE, i)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c, o, r, i) => row(ID_PEOPLE, i)[6], [SHIP('postalCode')]],
    ['Kurir', (c, o, r) => v.pick(r, ['JNE', 'J&T Express', 'SiCepat', 'AnterAja']), ['commerce.shipping.shippingMethod'], opt],
    ['Layanan', (c, o, r) => v.pick(r, ['REG', 'YES', 'EZ', 'Reguler']), ['commerce.shipping.shippingMethod'], opt],
    ['No. Resi', (c, o, r) => (r() < 0.8 ? `${v.pick(r, ['JP', 'CGK', '00'])}${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['SKU', (c, o, r, i) => row(SIRCLO_ITEMS, i)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(SIRCLO_ITEMS, i)[1], [PL('name')]],
    ['Varian', (c, o, r, i) => row(SIRCLO_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Satuan', (c, o, r, i) => idr(row(SIRCLO_ITEMS, i)[3]), []],
    ['Subtotal Produk', (c, o, r, i) => idr(row(SIRCLO_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Ongkos Kirim', (c, o) => idr(o.shipping ? 18000 : 0), ['commerce.shipping.shippingAmount']],
    ['Kode Voucher', (c, o) => (o.discount ? 'HEMAT20' : ''), ['commerce.promotionID'], opt],
    ['Diskon', (c, o) => idr(o.discount ? 20000 : 0), [OR('discountAmount')]],
    ['Total Pembayaran', (c, o, r, i) => idr(row(SIRCLO_ITEMS, i)[3] * o.qty + (o.shipping ? 18000 : 0) - (o.discount ? 20000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o, r) => v.pick(r, ['BCA Virtual Account', 'GoPay', 'ShopeePay', 'Kartu Kredit', 'Transfer Bank']), [OR('payments[0].paymentType')], opt],
    ['Catatan Pembeli', (c, o, r) => v.pick(r, ['', '', 'Tolong dibungkus rapi', 'Kirim sebelum jam 5 sore']), []],
  ] },

  // ---------------------------------------------------------------- food delivery orders (LINE MAN Wongnai merchant, ประวัติออเดอร์ > ดาวน์โหลด, Thai)
  { name: 'lineman-merchant-orders-th', product: 'LINE MAN (LINE MAN Wongnai Merchant, Wongnai Merchant App / web: รายงาน > ประวัติออเดอร์ > ดาวน์โหลด Excel, Thai UI; a Bangkok restaurant)', family: 'ecommerce-orders', language: 'th', seed: 'lineman-th', schema: E, cols: [
    ['เลขที่ออเดอร์', (c, o, r) => `LMF-${ymd(o.at, 7).slice(2).replace(/-/g, '')}-${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['วันที่', (c, o) => dmy(o.at, 7), ['timestamp', OR('createdDate')]],
    ['เวลาสั่ง', (c, o) => hms(o.at, 7), [], opt],
    ['เวลารับออเดอร์', (c, o) => hms(o.at + 60000, 7), [], opt],
    ['เวลาไรเดอร์รับอาหาร', (c, o, r) => hms(o.at + v.int(r, 10, 30) * 60000, 7), [], opt],
    ['สาขา', (c, o, r) => v.pick(r, ['ครัวคุณยาย สาขาอารีย์', 'ครัวคุณยาย สาขาบางนา']), ['commerce.commerceScope.storeCode'], opt],
    ['สถานะ', (c, o, r) => v.pick(r, ['สำเร็จ', 'สำเร็จ', 'สำเร็จ', 'ยกเลิก']), [], opt],
    ['ประเภทออเดอร์', (c, o, r) => v.pick(r, ['เดลิเวอรี่', 'เดลิเวอรี่', 'รับเองที่ร้าน']), ['commerce.shipping.shippingMethod'], opt],
    ['ชื่อลูกค้า', (c, o, r, i) => row(TH_CUSTOMERS, i), []],
    ['รายการอาหาร', (c, o, r, i) => `${row(TH_MENU, i)[0]} x${o.qty}`, [PL('name')], opt],
    ['จำนวนรายการ', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['ยอดขาย (บาท)', (c, o, r, i) => thb(row(TH_MENU, i)[1] * o.qty), [OR('priceTotal')], opt],
    ['ส่วนลดร้านค้า', (c, o) => thb(o.discount ? 20 : 0), [OR('discountAmount')]],
    ['ส่วนลด LINE MAN', (c, o, r) => thb(r() < 0.3 ? 15 : 0), []],
    ['ค่า GP (บาท)', (c, o, r, i) => thb(row(TH_MENU, i)[1] * o.qty * 0.3), []],
    ['VAT ของค่า GP', (c, o, r, i) => thb(row(TH_MENU, i)[1] * o.qty * 0.3 * 0.07), []],
    ['ยอดเงินที่ร้านได้รับ (บาท)', (c, o, r, i) => thb(row(TH_MENU, i)[1] * o.qty * 0.7 * 0.979 - (o.discount ? 20 : 0)), []],
    ['ช่องทางชำระเงิน', (c, o, r) => v.pick(r, ['Rabbit LINE Pay', 'บัตรเครดิต', 'เงินสด', 'พร้อมเพย์']), [OR('payments[0].paymentType')], opt],
    ['หมายเหตุ', (c, o, r) => v.pick(r, ['', '', 'ไม่ใส่ผัก', 'เผ็ดน้อย', 'ไม่รับช้อนส้อม']), []],
  ] },

  // ---------------------------------------------------------------- POS customers and membership (StoreHub, Customers > Export to CSV, English, Malaysia)
  { name: 'storehub-customers-export', product: 'StoreHub (BackOffice: Customers > Export to CSV, English UI; a Malaysian café chain with StoreHub Membership/cashback)', family: 'loyalty', language: 'en', seed: 'storehub-en', schema: P, cols: [
    ['Customer ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID']],
    ['Member ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['First Name', (c, o, r, i) => row(MY_PEOPLE, i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(MY_PEOPLE, i)[1], ['person.name.lastName']],
    ['Email', (c, o, r, i) => (r() < 0.7 ? `${slug(row(MY_PEOPLE, i)[0])}${slug(row(MY_PEOPLE, i)[1]).slice(0, 5)}${v.int(r, 1, 99)}@gmail.com` : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => myMobile(r), ['mobilePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.5 ? dMonY(c.birth, 0) : ''), ['person.birthDate']],
    ['Gender', (c, o, r, i) => row(MY_PEOPLE, i)[2], ['person.gender']],
    ['Street 1', (c, o, r, i) => (r() < 0.6 ? row(MY_PEOPLE, i)[6] : ''), at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Street 2', () => '', at(['homeAddress', 'mailingAddress'], 'street2')],
    ['City', (c, o, r, i) => row(MY_PEOPLE, i)[3], at(['homeAddress', 'mailingAddress'], 'city')],
    ['Postal Code', (c, o, r, i) => row(MY_PEOPLE, i)[5], at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['State', (c, o, r, i) => row(MY_PEOPLE, i)[4], [...at(['homeAddress', 'mailingAddress'], 'stateProvince'), ...at(['homeAddress', 'mailingAddress'], 'state')]],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Regular', 'Staff', 'Corporate']), []],
    ['Membership Tier', (c, o, r) => v.pick(r, ['Member', 'Silver', 'Gold', 'Platinum']), ['loyalty.tier']],
    ['Points', (c, o, r) => String(v.int(r, 0, 4000)), ['loyalty.points']],
    ['Cashback Balance', (c, o, r) => rm(v.int(r, 0, 5000) / 100), [], opt],
    ['Store Credits', (c, o, r) => rm(v.int(r, 0, 3000) / 100), []],
    ['Total Spent', (c, o, r) => rm(v.int(r, 1000, 500000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Total Transactions', (c, o, r) => String(v.int(r, 1, 80)), [], opt],
    ['Last Purchase Date', (c) => dMonY(c.updated, 8), [], opt],
    ['Created Date', (c) => dMonY(c.created, 8), ['loyalty.joinDate'], opt],
    ['Tax ID', () => '', ['person.taxId'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Maya Business Manager, Transactions > Download, English, Philippines)
  { name: 'maya-business-transactions', product: 'Maya Business (Maya Business Manager: Transactions > Download Report, CSV, English UI; a Philippine online shop taking Maya Checkout payments)', family: 'payments', language: 'en', seed: 'maya-en', schema: E, cols: [
    ['Transaction Date', (c, o) => phT(o.at), ['timestamp', OR('createdDate')]],
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Request Reference Number', (c, o, r) => `SO-${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Receipt Number', (c, o, r) => v.alnum(r, 12).toUpperCase(), [], opt],
    ['Merchant Name', () => 'Kape at Kakanin PH', []],
    ['Payment Method', (c, o, r, i) => row(MAYA_METHODS, i)[0], [OR('payments[0].paymentType')]],
    ['Card Type', (c, o, r, i) => row(MAYA_METHODS, i)[1], [], opt],
    ['Masked Card Number', (c, o, r, i) => (row(MAYA_METHODS, i)[1] ? `${row(MAYA_METHODS, i)[2]}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Authorization Code', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Amount', (c, o) => php(mayaAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'PHP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['PAYMENT_SUCCESS', 'PAYMENT_SUCCESS', 'PAYMENT_SUCCESS', 'PAYMENT_FAILED', 'REFUNDED', 'VOIDED']), [], opt],
    ['Fund Source', (c, o, r, i) => row(MAYA_METHODS, i)[3], [], opt],
    ['Customer Name', (c, o, r, i) => row(PH_PEOPLE, i).join(' '), []],
    ['Customer Email', (c, o, r, i) => `${slug(row(PH_PEOPLE, i)[0])}.${slug(row(PH_PEOPLE, i)[1])}${v.int(r, 1, 99)}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Mobile', (c, o, r) => (r() < 0.7 ? phMobile(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Description', (c, o, r) => v.pick(r, ['Order payment', 'Online order', '']), []],
    ['MDR Fee', (c, o) => php(mayaAmt(o) * 0.025), []],
    ['Net Amount', (c, o) => php(mayaAmt(o) * 0.975), []],
    ['Refund Amount', (c, o, r) => (r() < 0.15 ? php(v.int(r, 10000, 200000) / 100) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Settlement Date', (c, o) => ymd(o.at + 2 * day, 8), [], opt],
  ] },
]
