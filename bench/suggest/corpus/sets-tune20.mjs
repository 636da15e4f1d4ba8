// Round 20, tune20: tune sets written blind in round 20 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// "Nov 30, 2026 5:08 PM" (Acuity's and Podia's UI dates), "2026-11-30 17:08:41 +0300" (Riyadh/Dubai offset), Invoice Ninja's yyyy-MM-dd
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const longUs = (ms) => { const p = parts(ms); return `${mon[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const ksa = (ms) => { const p = parts(ms + 3 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ksaIso = (ms) => { const p = parts(ms + 4 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+04:00` }
const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[v.int(r, 0, 15)]).join('')
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')

// Gulf people, places and products (the shared generator's 'ar' is Argentina, so Arabic sets take these)
const GULF = [['محمد', 'العتيبي', 'mohammed.alotaibi'], ['نورة', 'القحطاني', 'noura.q'], ['عبدالله', 'الشهري', 'a.alshehri'], ['سارة', 'الدوسري', 'sara.aldosari'], ['خالد', 'المطيري', 'khalid.mutairi'], ['ريم', 'الزهراني', 'reem.z'], ['فهد', 'الحربي', 'fahad.harbi'], ['لطيفة', 'الكعبي', 'latifa.alkaabi']]
const GULF_CITY = [['الرياض', 'منطقة الرياض', '12211', 'SA'], ['جدة', 'منطقة مكة المكرمة', '23321', 'SA'], ['الدمام', 'المنطقة الشرقية', '32241', 'SA'], ['دبي', 'دبي', '', 'AE'], ['أبوظبي', 'أبوظبي', '', 'AE'], ['الكويت', 'العاصمة', '13001', 'KW']]
const GULF_STREET = ['طريق الملك فهد', 'شارع التحلية', 'حي النرجس، شارع 15', 'شارع الشيخ زايد', 'حي الروضة، شارع الأمير سلطان']
const GULF_STORES = ['نمشي', 'سنتربوينت', 'جرير', 'إيكيا', 'باث آند بودي وركس']
const gphone = (r, cc) => (cc === 'AE' ? `+9715${v.int(r, 0, 8)}${v.int(r, 1000000, 9999999)}` : cc === 'KW' ? `+965${v.int(r, 50000000, 99999999)}` : `+9665${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`)
const cur = (cc) => ({ SA: 'SAR', AE: 'AED', KW: 'KWD' })[cc]
const NOON = [['N40237681A', 'Apple AirPods Pro (2nd generation) White', 'Electronics', 899], ['N11290441A', 'Nivea Men Deep Cleansing Face Wash 100ml', 'Beauty', 24.5], ['N53021177V', 'Samsung Galaxy A55 5G 256GB Navy', 'Mobiles', 1499], ['N70032581A', 'Philips Air Fryer HD9200 4.1L', 'Home & Kitchen', 349]]
const US_REST = ['Carbone', 'Lilia', 'Don Angie', 'Via Carota']
const BIZ = ['Northwind Studio LLC', 'Blue Harbor Dental', 'Keller & Sons Plumbing', 'Acme Analytics Inc.', 'Greenleaf Landscaping', 'Summit Physio']

export const SETS = [
  // ---------------------------------------------------------------- invoicing CRM (Invoice Ninja v5, Clients > Export > CSV)
  { name: 'invoiceninja-clients', product: 'Invoice Ninja (v5, Settings > Export > Clients CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Client Name', (c, o, r, i) => row(BIZ, i), ['b2b.companyName', 'organizations[0]']],
    ['Client Number', (c, o, r) => String(v.int(r, 1, 999)).padStart(4, '0'), B2BID, opt],
    ['ID Number', (c, o, r) => (r() < 0.5 ? `C-${v.int(r, 100, 999)}` : ''), [], opt],
    ['VAT Number', (c, o, r) => (r() < 0.4 ? `US${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Website', (c, o, r, i) => `https://www.${slug(row(BIZ, i))}.com`, ['b2b.companyWebsite']],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Address 1', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Address 2', (c) => c.street2, at([...WORK, ...HOME], 'street2')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Postal Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Shipping Address 1', (c) => c.street, ['shippingAddress.street1'], opt],
    ['Shipping City', (c) => c.city, ['shippingAddress.city'], opt],
    ['Currency', () => 'USD', []],
    ['Balance', (c, o, r) => v.money(r, 0, 4000), []],
    ['Paid to Date', (c, o, r) => v.money(r, 0, 20000), []],
    ['Payment Terms', (c, o, r) => v.pick(r, ['Net 15', 'Net 30', 'Due on receipt']), []],
    ['Contact First Name', (c) => c.first, ['person.name.firstName']],
    ['Contact Last Name', (c) => c.last, ['person.name.lastName']],
    ['Contact Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Contact Phone', (c) => c.mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Public Notes', (c, o, r) => v.pick(r, ['', 'Send invoices to AP inbox']), []],
    ['Private Notes', (c, o, r) => v.pick(r, ['', 'Slow payer', 'Referred by Dana']), []],
    ['Created At', (c) => f.ymd(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated At', (c) => f.ymd(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- scheduling CRM (Acuity Scheduling, Clients > Import/Export > Export Client List)
  { name: 'acuity-clients', product: 'Acuity Scheduling (Clients > Import/Export > Export Client List)', family: 'crm', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Notes', (c, o, r) => v.pick(r, ['', 'Prefers mornings', 'Allergic to latex', 'Gift card holder']), []],
    ['Banned', (c, o, r) => (r() < 0.05 ? 'yes' : 'no'), []],
    ['Account', (c) => (c.bool ? 'yes' : 'no'), []],
    ['Appointments', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['First Appointment', (c) => longUs(c.created), [], opt],
    ['Last Appointment', (c) => longUs(c.updated), [], opt],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Birthday', (c) => f.us(c.birth), ['person.birthDate']],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['Instagram', 'Google', 'Friend', '']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (noon Seller Lab, Orders > Export, Arabic UI)
  { name: 'noon-orders-ar', product: 'noon (Seller Lab, Orders > Export, Arabic UI)', family: 'ecommerce-orders', language: 'ar', schema: E, cols: [
    ['رقم الطلب', (c, o, r) => `NSAE${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['رقم الشحنة', (c, o, r) => `A0${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber'], opt],
    ['تاريخ الطلب', (c, o) => ksa(o.at), ['timestamp', OR('createdDate')]],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['تم التوصيل', 'قيد الشحن', 'ملغي', 'تم الإرجاع']), [], opt],
    ['رمز الشريك (SKU)', (c, o, r, i) => `SA-${row(NOON, i)[0]}`, [PL('SKU')]],
    ['noon SKU', (c, o, r, i) => row(NOON, i)[0], [PL('SKU')], opt],
    ['اسم المنتج', (c, o, r, i) => row(NOON, i)[1], [PL('name')]],
    ['الفئة', (c, o, r, i) => row(NOON, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['الكمية', (c, o) => String(o.qty), [PL('quantity')]],
    ['سعر الوحدة', (c, o, r, i) => row(NOON, i)[3].toFixed(2), [], opt],
    ['الإجمالي', (c, o, r, i) => (row(NOON, i)[3] * o.qty).toFixed(2), [PL('priceTotal'), OR('priceTotal')], opt],
    ['العملة', (c, o, r, i) => cur(row(GULF_CITY, i)[3]), [OR('currencyCode'), PL('currencyCode')]],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['بطاقة ائتمان', 'الدفع عند الاستلام', 'تابي', 'تمارا']), [OR('payments[0].paymentType')]],
    ['نوع الشحن', (c, o, r) => v.pick(r, ['FBN', 'FBP', 'Direct Ship']), [], opt],
    ['المدينة', (c, o, r, i) => row(GULF_CITY, i)[0], [SHIP('city')]],
    ['الدولة', (c, o, r, i) => row(GULF_CITY, i)[3], [SHIP('countryCode')]],
    ['عمولة noon', (c, o, r) => v.money(r, 5, 90), []],
    ['صافي المبلغ', (c, o, r) => v.money(r, 20, 1400), []],
  ] },
  // ---------------------------------------------------------------- loyalty / guest CRM (Resy OS, Guests > Export)
  { name: 'resy-guests', product: 'Resy (ResyOS guest book, Guests > Export CSV)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Guest ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c) => f.mmdd(c.birth), ['person.birthDayAndMonth']],
    ['Anniversary', (c, o, r) => (r() < 0.3 ? f.mmdd(v.instant(r)) : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'VIP', 'Regular, Wine Lover', 'Industry', 'Allergy - Shellfish']), []],
    ['Allergies', (c, o, r) => v.pick(r, ['', 'Shellfish', 'Gluten', 'Tree nuts']), []],
    ['Guest Notes', (c, o, r) => v.pick(r, ['', 'Prefers booth', 'Celebrating promotion']), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 60)), ['loyalty.lifetimePurchases'], opt],
    ['Total Covers', (c, o, r) => String(v.int(r, 2, 200)), []],
    ['Total Cancellations', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['No Shows', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Total Spend', (c, o, r) => v.money(r, 80, 9000), [], opt],
    ['Average Spend per Cover', (c, o, r) => v.money(r, 45, 180), []],
    ['First Visit', (c) => f.us(c.created), ['loyalty.joinDate'], opt],
    ['Last Visit', (c) => f.us(c.updated), [], opt],
    ['Last Visit Venue', (c, o, r, i) => row(US_REST, i), []],
    ['Email Opt-In', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Resy Global Dining Access', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools / course platform (Podia, Audience > Export)
  { name: 'podia-customers', product: 'Podia (Audience > Export CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Joined', (c) => longUs(c.created), [], opt],
    ['Subscribed to email', (c) => (c.bool ? 'true' : 'false'), []],
    ['Email status', (c, o, r) => v.pick(r, ['subscribed', 'subscribed', 'unsubscribed', 'bounced']), ['personalEmail.status'], opt],
    ['Products', (c, o, r) => v.pick(r, ['Watercolor Basics', 'Watercolor Basics; Brush Lettering 101', 'Free Mini-Course', '']), []],
    ['Purchased products count', (c, o, r) => String(v.int(r, 0, 6)), [], opt],
    ['Lifetime value', (c, o, r) => `$${v.money(r, 0, 900)}`, [], opt],
    ['Membership', (c, o, r) => v.pick(r, ['', 'Studio Club (Monthly)', 'Studio Club (Annual)']), []],
    ['Membership status', (c, o, r) => v.pick(r, ['', 'active', 'canceled', 'past_due']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'webinar-oct', 'lead-magnet, beginner']), []],
    ['Source', (c, o, r) => v.pick(r, ['Signup form', 'Purchase', 'Import', 'Free download']), []],
    ['Country', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['Affiliate', (c, o, r) => v.pick(r, ['', '', 'jamie-creates']), []],
    ['Last active', (c) => longUs(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing CRM (Crater, Customers > Export)
  { name: 'crater-customers', product: 'Crater (open-source invoicing, customers list as stored by the app)', family: 'crm', language: 'en', schema: B, cols: [
    ['name', (c, o, r) => (r() < 0.6 ? c.company : c.full), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['company_name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['contact_name', (c) => c.full, ['person.name.fullName']],
    ['email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['phone', (c) => c.phone, ['workPhone.number']],
    ['website', (c) => `https://${c.workEmail.split('@')[1]}`, ['b2b.companyWebsite']],
    ['prefix', (c, o, r) => v.pick(r, ['CUS', 'CUS', 'CL']), []],
    ['currency', () => 'USD', []],
    ['billing_address_street_1', (c) => c.street, ['billingAddress.street1', ...at([...WORK, ...HOME], 'street1')]],
    ['billing_address_street_2', (c) => c.street2, ['billingAddress.street2', ...at([...WORK, ...HOME], 'street2')]],
    ['billing_address_city', (c) => c.city, ['billingAddress.city', ...at([...WORK, ...HOME], 'city')]],
    ['billing_address_state', (c) => c.region, ['billingAddress.stateProvince', 'billingAddress.state', ...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['billing_address_zip', (c) => c.postcode, ['billingAddress.postalCode', ...at([...WORK, ...HOME], 'postalCode')]],
    ['billing_address_country', (c) => c.countryEn, ['billingAddress.country', ...at([...WORK, ...HOME], 'country')]],
    ['billing_address_phone', (c) => c.phone, ['billingAddressPhone.number', 'workPhone.number'], opt],
    ['shipping_address_street_1', (c) => c.street, ['shippingAddress.street1'], opt],
    ['shipping_address_city', (c) => c.city, ['shippingAddress.city'], opt],
    ['shipping_address_phone', (c) => c.mobile, ['shippingAddressPhone.number']],
    ['due_amount', (c, o, r) => v.money(r, 0, 3000), []],
    ['enable_portal', (c) => (c.bool ? '1' : '0'), []],
    ['created_at', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- accounting CRM (Akaunting, Sales > Customers > Export, Turkish UI)
  { name: 'akaunting-customers-tr', product: 'Akaunting (Sales > Customers > Export, Turkish UI)', family: 'crm', language: 'tr', seed: 'akaunting-tr', schema: B, cols: [
    ['Ad', (c, o, r, i) => row(['Ayşe Yılmaz', 'Mehmet Kaya', 'Elif Demir', 'Mustafa Çelik', 'Zeynep Şahin', 'Emre Aydın'], i), ['person.name.fullName', 'b2b.companyName'], opt],
    ['E-posta', (c, o, r, i) => row(['ayse@yilmazinsaat.com.tr', 'mehmet.kaya@kayalojistik.com', 'elif@demirmimarlik.com', 'mcelik@celikotomotiv.com.tr', 'zeynep@sahintekstil.com', 'emre@aydinyazilim.io'], i), ['workEmail.address', 'personalEmail.address']],
    ['Vergi Numarası', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), ['person.taxId'], opt],
    ['Telefon', (c, o, r) => `+90 5${v.int(r, 30, 59)} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, ['workPhone.number', 'mobilePhone.number']],
    ['Web Sitesi', (c, o, r, i) => row(['https://yilmazinsaat.com.tr', 'https://kayalojistik.com', '', 'https://celikotomotiv.com.tr', '', 'https://aydinyazilim.io'], i), ['b2b.companyWebsite']],
    ['Adres', (c, o, r, i) => row(['Atatürk Cad. No:12', 'Bağdat Cad. 245/3', 'Kızılay Mah. 8. Sok. No:4', 'Cumhuriyet Bulvarı 77'], i), at([...WORK, ...HOME], 'street1')],
    ['Şehir', (c, o, r, i) => row(['İstanbul', 'İzmir', 'Ankara', 'Bursa'], i), at([...WORK, ...HOME], 'city')],
    ['Posta Kodu', (c, o, r, i) => row(['34710', '35210', '06420', '16010'], i), at([...WORK, ...HOME], 'postalCode')],
    ['İl', (c, o, r, i) => row(['İstanbul', 'İzmir', 'Ankara', 'Bursa'], i), [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['Ülke', () => 'TR', at([...WORK, ...HOME], 'countryCode')],
    ['Para Birimi Kodu', () => 'TRY', []],
    ['Referans', (c, o, r) => (r() < 0.5 ? `MUS-${v.int(r, 100, 999)}` : ''), [], opt],
    ['Etkin', (c) => (c.bool ? '1' : '0'), []],
    ['Oluşturulma Tarihi', (c) => f.eu(c.created).replace(/\//g, '.'), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- memberships / subscriptions (Maxio Advanced Billing, Subscriptions > Export)
  { name: 'maxio-subscriptions', product: 'Maxio Advanced Billing / Chargify (Subscriptions list > Export CSV)', family: 'memberships', language: 'en', schema: E, cols: [
    ['Subscription ID', (c, o, r) => String(v.int(r, 50000000, 69999999)), ['_id', OR('purchaseID')], opt],
    ['Customer ID', (c, o, r) => String(v.int(r, 30000000, 49999999)), [], opt],
    ['Customer Reference', (c, o, r) => `acct_${v.int(r, 1000, 9999)}`, [], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['Organization', (c) => c.company, []],
    ['Product', (c, o, r) => v.pick(r, ['Pro Monthly', 'Team Annual', 'Starter Monthly']), [PL('name')]],
    ['Product Handle', (c, o, r) => v.pick(r, ['pro-monthly', 'team-annual', 'starter-monthly']), [PL('SKU')], opt],
    ['Product Family', () => 'Core Platform', [PL('productCategories[0].categoryName')], opt],
    ['State', (c, o, r) => v.pick(r, ['active', 'active', 'trialing', 'past_due', 'canceled']), [], opt],
    ['Created At', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Activated At', (c, o) => f.ymdhms(o.at + 14 * 86400000), [], opt],
    ['Current Period Ends At', (c, o) => f.ymdhms(o.at + 44 * 86400000), []],
    ['Canceled At', (c, o, r) => (r() < 0.15 ? f.ymdhms(o.at + 90 * 86400000) : ''), [OR('cancelDate')], opt],
    ['Cancellation Message', (c, o, r) => v.pick(r, ['', '', 'Too expensive']), []],
    ['Coupon Code', (c, o) => o.coupon, ['commerce.promotionID']],
    ['Product Price', (c, o, r) => v.pick(r, ['49.00', '490.00', '19.00']), [PL('priceTotal')], opt],
    ['Total Revenue', (c, o, r) => v.money(r, 19, 4900), [], opt],
    ['Balance', (c, o, r) => v.money(r, 0, 100), []],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Payment Collection Method', (c, o, r) => v.pick(r, ['automatic', 'remittance']), [], opt],
    ['Card Type', (c, o, r) => v.pick(r, ['visa', 'master', 'american_express']), [OR('payments[0].paymentType')], opt],
    ['Masked Card Number', (c, o, r) => `XXXX-XXXX-XXXX-${v.int(r, 1000, 9999)}`, []],
    ['Billing Address', (c) => c.street, [BILL('street1')]],
    ['Billing City', (c) => c.city, [BILL('city')]],
    ['Billing State', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Billing Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Billing Country', (c) => c.countryCode, [BILL('countryCode')]],
  ] },

  // ---------------------------------------------------------------- payments / BNPL orders (Sezzle merchant dashboard, Orders > Export)
  { name: 'sezzle-orders', product: 'Sezzle (Merchant Dashboard, Orders > Export)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order UUID', (c, o, r) => uuid(r), ['_id', OR('payments[0].transactionID')], opt],
    ['Order Reference ID', (c, o) => String(1000 + +o.id), [OR('purchaseID')]],
    ['Created At', (c, o) => f.iso(o.at), ['timestamp', OR('createdDate')]],
    ['Customer Name', (c) => c.full, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Order Amount', (c, o) => o.total.toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Captured Amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['Refunded Amount', (c, o, r) => (r() < 0.1 ? o.total.toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Sezzle Fee', (c, o) => (o.total * 0.06 + 0.3).toFixed(2), []],
    ['Net Amount', (c, o) => (o.total * 0.94 - 0.3).toFixed(2), []],
    ['Status', (c, o, r) => v.pick(r, ['Complete', 'Complete', 'Refunded', 'Partially Refunded', 'Authorized']), [], opt],
    ['Payment Plan', (c, o, r) => v.pick(r, ['Pay in 4', 'Pay in 2', 'Pay Monthly']), [OR('payments[0].paymentType')], opt],
    ['Store', () => 'shop.example.com', []],
    ['Payout ID', (c, o, r) => (r() < 0.8 ? uuid(r) : ''), []],
    ['Payout Date', (c, o) => f.ymd(o.at + 3 * 86400000), []],
  ] },

  // ---------------------------------------------------------------- payments / BNPL (Affirm merchant portal, Transactions report)
  { name: 'affirm-transactions', product: 'Affirm (Merchant Portal, Transactions report CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => f.ymd(o.at), ['timestamp', OR('createdDate')], opt],
    ['Event Type', (c, o, r) => v.pick(r, ['capture', 'capture', 'refund', 'void']), [], opt],
    ['Charge ID', (c, o, r) => `${v.alnum(r, 4)}-${v.alnum(r, 4)}`.toUpperCase(), [OR('payments[0].transactionID')]],
    ['Transaction ID', (c, o, r) => v.alnum(r, 16), [OR('payments[0].transactionID'), '_id'], opt],
    ['Order ID', (c, o) => String(100000 + +o.id), [OR('purchaseID')]],
    ['Customer Name', (c) => c.full, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Loan Amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Transaction Amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['Merchant Fee', (c, o) => (o.total * 0.0599).toFixed(2), []],
    ['Net Amount', (c, o) => (o.total * 0.9401).toFixed(2), []],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Financing Program', (c, o, r) => v.pick(r, ['Standard', '0% APR 6 mo', 'Pay in 4']), []],
    ['Term (months)', (c, o, r) => v.pick(r, ['3', '6', '12', '0']), []],
    ['Shipping Carrier', (c, o, r) => v.pick(r, ['UPS', 'FedEx', 'USPS']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => `1Z${v.alnum(r, 16).toUpperCase()}`, ['commerce.shipping.trackingNumber']],
    ['Settlement ID', (c, o, r) => v.alnum(r, 12), []],
    ['Settlement Date', (c, o) => f.ymd(o.at + 2 * 86400000), []],
  ] },

  // ---------------------------------------------------------------- payments / BNPL (Tabby merchant dashboard, Payments > Export, Arabic UI)
  { name: 'tabby-payments-ar', product: 'Tabby (Merchant Dashboard, Payments > Export, Arabic UI)', family: 'payments', language: 'ar', seed: 'tabby-ar', schema: E, cols: [
    ['معرف الدفعة', (c, o, r) => uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['رقم الطلب', (c, o) => `ORD-${100000 + +o.id}`, [OR('purchaseID')]],
    ['تاريخ الإنشاء', (c, o) => ksaIso(o.at), ['timestamp', OR('createdDate')]],
    ['الحالة', (c, o, r) => v.pick(r, ['مغلقة', 'مغلقة', 'مُعتمدة', 'مستردة', 'ملغاة']), [], opt],
    ['اسم العميل', (c, o, r, i) => `${row(GULF, i)[0]} ${row(GULF, i)[1]}`, []],
    ['البريد الإلكتروني', (c, o, r, i) => `${row(GULF, i)[2]}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['رقم الجوال', (c, o, r, i) => gphone(r, row(GULF_CITY, i)[3]), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['المبلغ', (c, o, r) => v.money(r, 100, 4000), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['المبلغ المسترد', (c, o, r) => (r() < 0.1 ? v.money(r, 20, 300) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['العملة', (c, o, r, i) => cur(row(GULF_CITY, i)[3]), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['المنتج', (c, o, r) => v.pick(r, ['ادفع على 4 دفعات', 'ادفع لاحقاً', 'ادفع على 12 شهراً']), [OR('payments[0].paymentType')], opt],
    ['المتجر', (c, o, r, i) => row(GULF_STORES, i), []],
    ['الرسوم', (c, o, r) => v.money(r, 5, 200), []],
    ['تاريخ التسوية', (c, o) => ksaIso(o.at + 7 * 86400000).slice(0, 10), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders / BNPL (Tamara partner portal, Orders > Export, Arabic UI)
  { name: 'tamara-orders-ar', product: 'Tamara (Partner Portal, Orders > Export, Arabic UI)', family: 'ecommerce-orders', language: 'ar', seed: 'tamara-ar', schema: E, cols: [
    ['رقم طلب تمارا', (c, o, r) => uuid(r), ['_id', OR('payments[0].transactionID')], opt],
    ['رقم الطلب لدى التاجر', (c, o) => String(200000 + +o.id), [OR('purchaseID')]],
    ['تاريخ الطلب', (c, o) => ksa(o.at), ['timestamp', OR('createdDate')]],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['تم الاستلام', 'مُعتمد', 'تم الشحن', 'ملغي', 'مسترد جزئياً']), [], opt],
    ['الاسم الأول', (c, o, r, i) => row(GULF, i)[0], []],
    ['اسم العائلة', (c, o, r, i) => row(GULF, i)[1], []],
    ['رقم الجوال', (c, o, r, i) => gphone(r, row(GULF_CITY, i)[3]).replace('+966', '0'), [], opt],
    ['البريد الإلكتروني', (c, o, r, i) => `${row(GULF, i)[2]}@hotmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['نوع الدفع', (c, o, r) => v.pick(r, ['قسّمها على 3', 'قسّمها على 4', 'ادفع بعد 30 يوم']), [OR('payments[0].paymentType')], opt],
    ['عدد الأقساط', (c, o, r) => v.pick(r, ['3', '4', '1']), []],
    ['إجمالي الطلب', (c, o, r) => v.money(r, 150, 5000), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['مبلغ الضريبة', (c, o, r) => v.money(r, 15, 650), [OR('taxAmount')]],
    ['مبلغ الشحن', (c, o, r) => v.pick(r, ['0.00', '25.00', '30.00']), ['commerce.shipping.shippingAmount']],
    ['مبلغ الخصم', (c, o, r) => v.pick(r, ['0.00', '0.00', '50.00']), [OR('discountAmount')]],
    ['المبلغ المسترد', (c, o, r) => (r() < 0.1 ? v.money(r, 20, 300) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['العملة', (c, o, r, i) => cur(row(GULF_CITY, i)[3]), [OR('currencyCode')]],
    ['عنوان الشحن', (c, o, r, i) => row(GULF_STREET, i), [SHIP('street1')]],
    ['مدينة الشحن', (c, o, r, i) => row(GULF_CITY, i)[0], [SHIP('city')]],
    ['دولة الشحن', (c, o, r, i) => row(GULF_CITY, i)[3], [SHIP('countryCode')]],
    ['اسم المتجر', (c, o, r, i) => row(GULF_STORES, i), []],
  ] },
]
