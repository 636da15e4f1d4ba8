// Round 16, heldout16: held-out sets added in round 16, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc11 } from './values11.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`

// Salesmate: contacts of a US agency's CRM (Contacts > Export, CSV); times in the user's zone (US Eastern).
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const smTime = (ms) => { const p = eastern(ms); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${h12(p)}` }
const SM_TYPE = ['Lead', 'Lead', 'Prospect', 'Customer', 'Customer', 'Partner']
const SM_OWNER = ['Jordan Blake', 'Maria Lopez', 'Sam Whitaker']
const smDomain = (c) => c.workEmail.split('@')[1]

// Volusion: a US store's orders (Reports > Standard Reports > Export > Orders, CSV; one row per order, the Orders table's field names).
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const voDate = (ms) => { const p = central(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const VO_ST = ['Shipped', 'Shipped', 'Shipped', 'Processing', 'New', 'Cancelled', 'Returned']
const voSt = (o) => VO_ST[+o.id % VO_ST.length]
const voShipped = (o) => ['Shipped', 'Returned'].includes(voSt(o))
const voShipTo = (o) => +o.id % 5 === 2 // gift: shipped to someone else
const voShip = (o) => (o.subtotal >= 75 ? 0 : [7.95, 12.5, 24.95][+o.id % 3])
const voTax = (o) => +(o.subtotal * 0.0825).toFixed(2)
const voTotal = (o) => +(o.subtotal + voShip(o) + voTax(o) - o.discount).toFixed(2)

// Salla: a Saudi online shop's orders (لوحة التحكم > الطلبات > تصدير, Excel; Arabic UI, one row per order).
const SA_FIRST = [['محمد', 'نورة'], ['عبدالله', 'سارة'], ['فهد', 'ريم'], ['خالد', 'لمى'], ['سلطان', 'هيفاء'], ['عبدالرحمن', 'أمل']]
const SA_LAST = ['العتيبي', 'القحطاني', 'الغامدي', 'الشهري', 'الدوسري', 'الحربي', 'الزهراني', 'المطيري']
const SA_CITY = [['الرياض', 'حي النرجس'], ['جدة', 'حي الروضة'], ['الدمام', 'حي الفيصلية'], ['مكة المكرمة', 'حي العزيزية'], ['الخبر', 'حي العقربية'], ['المدينة المنورة', 'حي قباء']]
const sa = (c) => { const n = +c.id; const fem = c.female ? 1 : 0; const first = SA_FIRST[n % SA_FIRST.length][fem]; const last = SA_LAST[(n >> 2) % SA_LAST.length]; const [city, hayy] = SA_CITY[(n >> 1) % SA_CITY.length]; return { first, last, full: `${first} ${last}`, city, hayy, street: `شارع ${['الأمير سلطان', 'التحلية', 'الملك فهد', 'العليا', 'الأمير محمد بن عبدالعزيز'][n % 5]}، ${100 + (n % 800)}`, mobile: `+9665${pad(n % 100)}${String(1000000 + (n * 37) % 8999999).slice(0, 7)}`, email: `${['m', 'a', 'f', 'k', 's', 'n'][n % 6]}.${['otaibi', 'qahtani', 'ghamdi', 'shehri', 'dosari', 'harbi', 'zahrani', 'mutairi'][(n >> 2) % 8]}${n % 97}@${['gmail.com', 'hotmail.com', 'outlook.sa'][n % 3]}` } }
const SL_P = [['عطر عود ملكي 100 مل', 289], ['بخور معطر فاخر', 95], ['دهن عود كمبودي 3 مل', 450], ['مبخرة كهربائية', 129], ['معطر مفارش', 59]]
const slLines = (o) => SL_P[+o.id % SL_P.length]
const slSub = (o) => +(slLines(o)[1] * o.qty).toFixed(2)
const slDisc = (o) => (+o.id % 4 === 1 ? +(slSub(o) * 0.1).toFixed(2) : 0)
const slShip = (o) => (slSub(o) >= 300 ? 0 : [25, 30, 35][+o.id % 3])
const slVat = (o) => +((slSub(o) - slDisc(o) + slShip(o)) * 0.15 / 1.15).toFixed(2)
const SL_ST = ['تم التنفيذ', 'تم التوصيل', 'تم الشحن', 'قيد التنفيذ', 'بإنتظار المراجعة', 'ملغي', 'مسترجع']
const slSt = (o) => SL_ST[+o.id % SL_ST.length]
const slShipped = (o) => ['تم التنفيذ', 'تم التوصيل', 'تم الشحن', 'مسترجع'].includes(slSt(o))
const SL_PAY = ['مدى', 'Apple Pay', 'بطاقة ائتمانية', 'الدفع عند الاستلام', 'تمارا', 'تابي']
const ksa = (ms) => { const p = shift(ms, 3); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }

// eMAG Marketplace: a Romanian seller's orders (Comenzi > Exporta comenzi, Excel; Romanian panel with some English column names).
const ro = (c) => loc11(c, 'ro')
const bucharest = (ms) => shift(ms, dst(ms) ? 3 : 2)
const emDate = (ms) => ymdhms(bucharest(ms))
const EG_ST = ['Finalizata', 'Finalizata', 'In curs de procesare', 'Noua', 'Anulata', 'Storno']
const egSt = (o) => EG_ST[+o.id % EG_ST.length]
const egPJ = (o) => +o.id % 6 === 4
const egGoods = (o) => +(o.subtotal * 4.97).toFixed(2)
const egShip = (o) => (egGoods(o) >= 200 ? 0 : 15.99)
const ron = (n) => n.toFixed(2)

// Clover: payments of a US cafe (Clover web dashboard: Transactions > Payments > Export, CSV).
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const clTime = (ms) => { const p = pacific(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${h12(p)}` }
const CL_TENDER = ['Credit Card', 'Credit Card', 'Credit Card', 'Debit Card', 'Cash', 'Gift Card']
const clTender = (o) => CL_TENDER[+o.id % CL_TENDER.length]
const clCard = (o) => ['Credit Card', 'Debit Card'].includes(clTender(o))
const clBrand = (o) => ['VISA', 'MC', 'AMEX', 'DISCOVER', 'VISA'][(+o.id >> 1) % 5]
const clFail = (o) => clCard(o) && +o.id % 13 === 5
const clAmt = (o) => +(4.25 + (+o.id % 53) * 0.85).toFixed(2)
const clTip = (o) => (clCard(o) && +o.id % 3 !== 0 ? +(clAmt(o) * 0.18).toFixed(2) : 0)
const clTax = (o) => +(clAmt(o) * 0.0725).toFixed(2)
const b13 = (r) => v.alnum(r, 13).toUpperCase().replace(/[^A-Z0-9]/g, 'X')

// Helcim: card transactions of a Calgary retailer (Helcim: Transactions > Export, CSV; the transaction fields of Helcim's API).
const mountain = (ms) => shift(ms, dst(ms) ? -6 : -7)
const HC_TYPE = ['purchase', 'purchase', 'purchase', 'preauth', 'capture', 'refund', 'verify']
const hcType = (o) => HC_TYPE[+o.id % HC_TYPE.length]
const hcCard = (o) => [['Visa', '4'], ['Mastercard', '5'], ['Visa', '4'], ['American Express', '3']][(+o.id >> 1) % 4]
const hcAmt = (o) => (hcType(o) === 'verify' ? 0 : +(12 + (+o.id % 140) * 2.35).toFixed(2))
const hcDecl = (o) => +o.id % 11 === 7

// Flodesk: a creator's subscriber list (Audience > Subscribers > Export, CSV; custom fields Birthday and Instagram added).
const FD_ST = ['active', 'active', 'active', 'active', 'unsubscribed', 'bounced', 'complained']
const fdSt = (c) => FD_ST[+c.id % FD_ST.length]
const FD_SEG = ['All subscribers', 'All subscribers, Freebie: Meal Plan', 'All subscribers, Customers', 'All subscribers, Waitlist', 'All subscribers, Freebie: Meal Plan, Customers']
const FD_SRC = ['form', 'form', 'checkout', 'csv_upload', 'manual', 'integration']
const iso = (ms) => new Date(ms).toISOString()

// osTicket: users of a German company's help desk (Benutzer > Exportieren, CSV; German UI; the contact form has the
// admin's extra fields Kundennummer, Abteilung, Mobilnummer and Standort).
const OT_ORG = ['Müller Maschinenbau GmbH', 'Stadtwerke Nordheim', 'Becker & Partner Steuerberatung', '', 'Hoffmann Logistik AG', '']
const otOrg = (c) => OT_ORG[+c.id % OT_ORG.length]
const OT_DEP = ['Buchhaltung', 'Einkauf', 'IT', 'Vertrieb', 'Geschäftsführung', '']
const otMail = (c) => (otOrg(c) ? `${slug(c.first)}.${slug(c.last)}@${slug(otOrg(c).split(' ')[0])}.de` : c.email)

// etracker: the eCommerce data export of a German fashion shop's e-mail campaigns (etracker's documented data format).
const berlin = (ms) => ymdhms(shift(ms, dst(ms) ? 2 : 1))
const ET_EV = ['productView', 'productView', 'productView', 'order', 'abandonment', 'order']
const etEv = (o) => ET_EV[+o.id % ET_EV.length]
const ET_P = [['DS-SNK-0412-38', 'Damen/Schuhe/Sneaker', 79.95], ['HE-JCK-2201-L', 'Herren/Jacken/Übergangsjacken', 149.0], ['KI-TSH-0150-116', 'Kinder/Shirts', 14.99], ['AC-GUE-0033', 'Accessoires/Gürtel', 29.95], ['DA-KLD-1180-40', 'Damen/Kleider/Sommerkleider', 59.99]]
const etp = (o) => ET_P[+o.id % ET_P.length]

// Thanx: memberships.csv of a US restaurant brand's loyalty programme (Thanx SFTP data export).
const TX_TIER = ['Bronze', 'Bronze', 'Bronze', 'Silver', 'Silver', 'Gold']
const txTs = (ms) => ymdhms(parts(ms))
const txJoined = (c) => +c.id % 8 !== 3

// Clearbit: leads enriched with Clearbit (Enrichment API's combined person and company attributes, flattened to CSV).
const CB_CO = [['Lumen Analytics', 'lumenanalytics.com', 'Software', 'Information Technology', 120, '51-250', '$10M-$50M', '548 Market St', 'San Francisco', 'California', '94104', 2015, '+1 415-555-0142'], ['Harbor Freight Systems', 'harborfreightsys.com', 'Logistics', 'Industrials', 640, '251-1K', '$100M-$250M', '200 Seaport Blvd', 'Boston', 'Massachusetts', '02210', 2003, '+1 617-555-0188'], ['Verdant Health', 'verdanthealth.io', 'Health Care Providers & Services', 'Health Care', 35, '11-50', '$1M-$10M', '1201 W 5th St', 'Austin', 'Texas', '78703', 2019, '+1 512-555-0117'], ['Copperline Retail', 'copperline.com', 'Internet & Catalog Retail', 'Consumer Discretionary', 1800, '1K-5K', '$250M-$500M', '1 Pike Pl', 'Seattle', 'Washington', '98101', 1998, '+1 206-555-0160']]
const cb = (c) => CB_CO[+c.id % CB_CO.length]
const CB_ROLE = [['Head of Growth', 'marketing', 'marketing_director', 'director'], ['VP Engineering', 'engineering', 'engineering_manager', 'vp'], ['Account Executive', 'sales', 'account_executive', 'employee'], ['Chief Financial Officer', 'finance', 'finance_executive', 'executive'], ['Product Manager', 'product', 'product_manager', 'manager']]
const cbRole = (c) => CB_ROLE[+c.id % CB_ROLE.length]
const cbTech = (c) => [['google_apps', 'salesforce', 'hubspot'], ['aws_route_53', 'zendesk'], ['google_analytics', 'stripe', 'intercom'], ['shopify', 'klaviyo', 'google_tag_manager']][+c.id % 4].join(',')

// Iterable: a subscription box's users (Audience > Export users, CSV of the project's user fields).
const itTs = (ms) => `${ymdhms(parts(ms))} +00:00`

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'salesmate-contacts', product: 'Salesmate (Contacts > Export, CSV; a US agency\'s CRM)', family: 'crm', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Phone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Other Phone', (c, o, r) => (r() < 0.12 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['otherPhone.number']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Owner', (c) => SM_OWNER[+c.id % SM_OWNER.length], []],
    ['Type', (c) => SM_TYPE[+c.id % SM_TYPE.length], ['b2b.personType'], opt],
    ['Source', (c) => ['Web Form', 'Import', 'Referral', 'Cold Call', 'LinkedIn'][+c.id % 5], ['b2b.personSource'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'webinar', 'q3-campaign', 'vip']), []],
    ['Description', (c, o, r) => v.pick(r, ['', '', '', 'Met at SaaStr booth', 'Wants a proposal by Friday']), []],
    ['Email Opt Out', (c, o, r) => (r() < 0.1 ? 'Yes' : 'No'), [], opt],
    ['SMS Opt Out', (c, o, r) => (r() < 0.2 ? 'Yes' : 'No'), [], opt],
    ['Website', (c) => `www.${smDomain(c)}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['Skype', (c, o, r) => (r() < 0.1 ? `live:${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Address Line 1', (c, o, r) => (r() < 0.6 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['Address Line 2', (c) => c.street2, at(['workAddress', ...HOME], 'street2')],
    ['City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['State', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Zip Code', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Time Zone', () => 'America/New_York', []],
    ['Currency', () => 'USD', []],
    ['Created By', (c) => SM_OWNER[(+c.id >> 1) % SM_OWNER.length], ['extSourceSystemAudit.createdBy'], opt],
    ['Created At', (c) => smTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified At', (c) => smTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Communication At', (c, o, r) => (r() < 0.7 ? smTime(Math.max(c.created, c.updated) + 86400000) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'volusion-orders', product: 'Volusion (Reports > Export > Orders, CSV; a US store, one row per order, the Orders table\'s field names)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['OrderID', (c, o) => String(20000 + (+o.id % 60000)), [OR('purchaseID')]],
    ['CustomerID', (c) => String(1000 + (+c.id % 50000)), [], opt],
    ['OrderDate', (c, o) => voDate(o.at), ['timestamp', OR('createdDate')]],
    ['OrderStatus', (c, o) => voSt(o), [], opt],
    ['PaymentMethodID', (c, o) => ['5', '6', '7', '18'][+o.id % 4], [], opt],
    ['PaymentAmount', (c, o) => voTotal(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Total_Payment_Received', (c, o) => (voSt(o) === 'Cancelled' ? '0.00' : voTotal(o).toFixed(2)), [OR('payments[0].paymentAmount')], opt],
    ['SalesTax1', (c, o) => voTax(o).toFixed(2), [OR('taxAmount')]],
    ['TotalShippingCost', (c, o) => voShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['ShippingMethodID', (c, o) => ['101', '102', '205'][+o.id % 3], [], opt],
    ['BillingFirstName', (c) => c.first, []],
    ['BillingLastName', (c) => c.last, []],
    ['BillingCompanyName', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['BillingAddress1', (c) => c.street, [BILL('street1')]],
    ['BillingAddress2', (c) => c.street2, [BILL('street2')]],
    ['BillingCity', (c) => c.city, [BILL('city')]],
    ['BillingState', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['BillingPostalCode', (c) => c.postcode, [BILL('postalCode')]],
    ['BillingCountry', () => 'United States', [BILL('country')]],
    ['BillingPhoneNumber', (c) => c.phone, [], opt],
    ['ShipFirstName', (c, o) => (voShipTo(o) ? 'Linda' : c.first), []],
    ['ShipLastName', (c, o) => (voShipTo(o) ? 'Harper' : c.last), []],
    ['ShipAddress1', (c, o) => (voShipTo(o) ? '88 Willow Creek Rd' : c.street), [SHIP('street1')]],
    ['ShipAddress2', (c, o) => (voShipTo(o) ? '' : c.street2), [SHIP('street2')]],
    ['ShipCity', (c, o) => (voShipTo(o) ? 'Plano' : c.city), [SHIP('city')]],
    ['ShipState', (c, o) => (voShipTo(o) ? 'TX' : c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['ShipPostalCode', (c, o) => (voShipTo(o) ? '75024' : c.postcode), [SHIP('postalCode')]],
    ['ShipCountry', () => 'United States', [SHIP('country')]],
    ['ShipPhoneNumber', (c, o) => (voShipTo(o) ? '(972) 555-0134' : c.phone), [], opt],
    ['ShipResidential', (c, o) => (+o.id % 7 === 0 ? 'N' : 'Y'), []],
    ['ShipDate', (c, o) => (voShipped(o) ? voDate(o.at + 40 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Shipped', (c, o) => (voShipped(o) ? 'Y' : 'N'), [], opt],
    ['Order_Comments', (c, o, r) => v.pick(r, ['', '', '', 'Please leave at side door', 'Gift - no invoice in box']), []],
    ['Order_Entry_System', (c, o) => (+o.id % 9 === 0 ? 'Phone Order' : 'Web'), [], opt],
    ['Customer_IPAddress', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  { name: 'salla-orders-ar', product: 'Salla (لوحة التحكم > الطلبات > تصدير الطلبات, Excel; Arabic UI, a Saudi shop, one row per order)', family: 'ecommerce-orders', language: 'ar', schema: E, cols: [
    ['رقم الطلب', (c, o) => String(180000000 + +o.id * 7), [OR('purchaseID')]],
    ['تاريخ الطلب', (c, o) => ksa(o.at), ['timestamp', OR('createdDate')]],
    ['حالة الطلب', (c, o) => slSt(o), [], opt],
    ['اسم العميل', (c) => sa(c).full, []],
    ['جوال العميل', (c) => sa(c).mobile, [], opt],
    ['البريد الإلكتروني', (c) => sa(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['الدولة', () => 'السعودية', [SHIP('country')]],
    ['المدينة', (c) => sa(c).city, [SHIP('city')]],
    ['الحي', (c) => sa(c).hayy, [SHIP('street2')], opt],
    ['العنوان', (c) => sa(c).street, [SHIP('street1')]],
    ['الرمز البريدي', (c) => String(11000 + (+c.id % 23000)), [SHIP('postalCode')]],
    ['المنتجات', (c, o) => `${slLines(o)[0]} (x${o.qty})`, [PL('name')], opt],
    ['عدد المنتجات', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['المجموع الفرعي', (c, o) => slSub(o).toFixed(2), [], opt],
    ['الخصم', (c, o) => slDisc(o).toFixed(2), [OR('discountAmount')]],
    ['كوبون الخصم', (c, o) => (slDisc(o) ? 'RAMADAN10' : ''), ['commerce.promotionID'], opt],
    ['تكلفة الشحن', (c, o) => slShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['ضريبة القيمة المضافة', (c, o) => slVat(o).toFixed(2), [OR('taxAmount')]],
    ['الإجمالي', (c, o) => (slSub(o) - slDisc(o) + slShip(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['العملة', () => 'SAR', [OR('currencyCode')]],
    ['طريقة الدفع', (c, o) => SL_PAY[+o.id % SL_PAY.length], [OR('payments[0].paymentType')]],
    ['شركة الشحن', (c, o) => ['سمسا', 'أرامكس', 'ريدبوكس', 'SPL البريد السعودي'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['رقم التتبع', (c, o, r) => (slShipped(o) ? String(v.int(r, 230000000, 299999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['ملاحظات الطلب', (c, o, r) => v.pick(r, ['', '', '', 'تغليف هدية لو سمحت', 'التوصيل بعد العصر']), []],
  ] },
  { name: 'emag-comenzi-ro', product: 'eMAG Marketplace (panoul vânzătorului: Comenzi > Exportă comenzi, Excel; Romanian panel with some English column names, one row per order)', family: 'ecommerce-orders', language: 'ro', schema: E, cols: [
    ['Nr. Comanda', (c, o) => String(310000000 + +o.id * 113), [OR('purchaseID')]],
    ['Data comenzii', (c, o) => emDate(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => egSt(o), [], opt],
    ['Metoda de plata', (c, o) => ['Ramburs', 'Card online', 'Card online', 'Ordin de plata'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Nume client', (c) => ro(c).full, []],
    ['Telefon client', (c) => ro(c).mobile, [], opt],
    ['Billing Name', (c, o) => (egPJ(o) ? ro(c).company : ro(c).full), []],
    ['VAT Number', (c, o, r) => (egPJ(o) ? `RO${v.int(r, 1000000, 49999999)}` : ''), []],
    ['Nr. Reg. Com.', (c, o, r) => (egPJ(o) ? `J${pad(v.int(r, 1, 52))}/${v.int(r, 100, 9999)}/${v.int(r, 2005, 2023)}` : ''), []],
    ['Adresa de facturare', (c) => `${ro(c).street}, ${ro(c).city}, ${ro(c).judet}`, [], opt],
    ['Adresa de livrare', (c) => ro(c).street, [SHIP('street1')]],
    ['Localitate livrare', (c) => ro(c).city, [SHIP('city')]],
    ['Judet livrare', (c) => ro(c).judet, [SHIP('stateProvince'), SHIP('state')]],
    ['Cod postal livrare', (c) => ro(c).zip, [SHIP('postalCode')]],
    ['Modalitate livrare', (c, o) => ['Livrare la adresa', 'easybox', 'Livrare la adresa', 'Ridicare personala'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Curier', (c, o) => ['Sameday', 'Sameday', 'Fan Courier', ''][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['AWB', (c, o, r) => (['Finalizata', 'Storno'].includes(egSt(o)) ? `${v.int(r, 1, 9)}ONB${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Nr. produse', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Total (RON) (fara taxa de livrare)', (c, o) => ron(egGoods(o)), [], opt],
    ['Taxa de livrare (RON)', (c, o) => ron(egShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total (RON) (livrare inclusa)', (c, o) => ron(egGoods(o) + egShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Voucher', (c, o) => (+o.id % 5 === 3 ? '-20.00' : '0.00'), [OR('discountAmount')], opt],
    ['Factura incarcata', (c, o) => (['Finalizata', 'Storno'].includes(egSt(o)) ? 'Da' : 'Nu'), []],
    ['Observatii', (c, o, r) => v.pick(r, ['', '', '', 'Sunati inainte de livrare', 'Livrare dupa ora 17']), []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'clover-payments', product: 'Clover (web dashboard: Transactions > Payments > Export, CSV; a US cafe with two devices)', family: 'payments', language: 'en', schema: E, cols: [
    ['Payment ID', (c, o, r) => b13(r), [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o, r) => b13(r), [OR('purchaseID')]],
    ['Payment Date', (c, o) => clTime(o.at), ['timestamp']],
    ['Tender', (c, o) => clTender(o), [OR('payments[0].paymentType')]],
    ['Result', (c, o) => (clFail(o) ? 'FAIL' : 'SUCCESS'), [], opt],
    ['Amount', (c, o) => (clAmt(o) + clTax(o)).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tip Amount', (c, o) => clTip(o).toFixed(2), []],
    ['Tax Amount', (c, o) => clTax(o).toFixed(2), [OR('taxAmount')]],
    ['Cashback Amount', () => '0.00', []],
    ['Refunded Amount', (c, o) => (+o.id % 17 === 2 ? (clAmt(o) + clTax(o)).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Card Brand', (c, o) => (clCard(o) ? clBrand(o) : ''), [OR('payments[0].paymentType')], opt],
    ['Card Last 4', (c, o, r) => (clCard(o) ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Entry Method', (c, o) => (clCard(o) ? ['CONTACTLESS', 'EMV_CONTACT', 'CONTACTLESS', 'SWIPED', 'KEYED'][+o.id % 5] : ''), []],
    ['Auth Code', (c, o, r) => (clCard(o) && !clFail(o) ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Reference ID', (c, o, r) => (clCard(o) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), [OR('payments[0].transactionID')], opt],
    ['Employee', (c, o) => ['Ava', 'Marcus', 'Owner'][+o.id % 3], []],
    ['Device', (c, o) => ['Clover Station Duo', 'Clover Flex'][+o.id % 2], [], opt],
    ['Customer Name', (c, o) => (clCard(o) && +o.id % 4 === 1 ? c.full : ''), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', '', 'oat milk', 'catering pickup']), []],
  ] },
  { name: 'helcim-transactions', product: 'Helcim (Transactions > Export, CSV; a Calgary retailer, the transaction fields of Helcim\'s payments API)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(21000000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => { const p = mountain(o.at); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, ['timestamp'], opt],
    ['Time', (c, o) => { const p = mountain(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Type', (c, o) => hcType(o), [], opt],
    ['Status', (c, o) => (hcDecl(o) ? 'DECLINED' : 'APPROVED'), [], opt],
    ['Card Holder Name', (c) => c.full.toUpperCase(), []],
    ['Card Type', (c, o) => hcCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o, r) => `${hcCard(o)[1]}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Card Token', (c, o, r) => v.alnum(r, 23), []],
    ['Expiry Date', (c, o, r) => `${pad(v.int(r, 1, 12))}${v.int(r, 25, 30)}`, []],
    ['Amount', (c, o) => `${hcType(o) === 'refund' ? '-' : ''}${hcAmt(o).toFixed(2)}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'CAD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Approval Code', (c, o, r) => (hcDecl(o) ? '' : `T${v.int(r, 10000, 99999)}`), []],
    ['AVS Response', (c, o, r) => v.pick(r, ['Y', 'Y', 'Z', 'N', '']), []],
    ['CVV Response', (c, o, r) => v.pick(r, ['M', 'M', 'M', 'N', '']), []],
    ['Order Number', (c, o) => `INV${pad(1000 + (+o.id % 9000), 6)}`, [OR('purchaseID')]],
    ['Customer Code', (c) => `CST${1000 + (+c.id % 9000)}`, [], opt],
    ['Terminal', (c, o) => (+o.id % 3 === 0 ? 'Online Store' : 'Smart Terminal 1'), []],
    ['Batch Number', (c, o) => String(400 + (+o.id % 60)), []],
    ['IP Address', (c, o, r) => (+o.id % 3 === 0 ? v.ip4(r) : ''), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- email / newsletter
  { name: 'flodesk-subscribers', product: 'Flodesk (Audience > Subscribers > Export, CSV; a food creator\'s list with custom fields Birthday and Instagram)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c, o, r) => (r() < 0.85 ? c.first : ''), ['person.name.firstName']],
    ['Last name', (c, o, r) => (r() < 0.5 ? c.last : ''), ['person.name.lastName']],
    ['Status', (c) => fdSt(c), ['personalEmail.status'], opt],
    ['Segments', (c) => FD_SEG[+c.id % FD_SEG.length], []],
    ['Source', (c) => FD_SRC[+c.id % FD_SRC.length], [], opt],
    ['Opt-in IP', (c, o, r) => (FD_SRC[+c.id % FD_SRC.length] === 'form' ? v.ip4(r) : ''), []],
    ['Opt-in date', (c) => (FD_SRC[+c.id % FD_SRC.length] === 'form' ? iso(c.created) : ''), [], opt],
    ['Date created', (c) => iso(c.created), [], opt],
    ['Unsubscribed date', (c) => (fdSt(c) === 'unsubscribed' ? iso(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Birthday', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Instagram', (c, o, r) => (r() < 0.25 ? `@${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['City', (c, o, r) => (r() < 0.4 ? c.city : ''), at(HOME, 'city')],
  ] },
  { name: 'iterable-users', product: 'Iterable (Audience > Users > Export, CSV of the project\'s user fields; a US meal-kit subscription)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['userId', (c) => `u_${c.id}`, ['_id', 'personID']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['phoneNumber', (c, o, r) => (r() < 0.45 ? `+1${v.int(r, 201, 989)}555${pad(v.int(r, 0, 9999), 4)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['signupDate', (c) => itTs(c.created), [], opt],
    ['signupSource', (c) => ['API', 'Import', 'WebForm', 'API'][+c.id % 4], [], opt],
    ['profileUpdatedAt', (c) => itTs(Math.max(c.created, c.updated)), [], opt],
    ['emailListIds', (c) => ['[1052]', '[1052,1187]', '[1187]', '[]'][+c.id % 4], []],
    ['unsubscribedChannelIds', (c) => (+c.id % 9 === 0 ? '[4410]' : '[]'), [], opt],
    ['unsubscribedMessageTypeIds', (c) => (+c.id % 5 === 0 ? '[6021]' : '[]'), [], opt],
    ['itblInternal.emailDomain', (c) => c.email.split('@')[1], []],
    ['locale', (c, o, r) => v.pick(r, ['en-US', 'en-US', 'es-US', '']), [], opt],
    ['timeZone', (c, o, r) => v.pick(r, ['America/New_York', 'America/Chicago', 'America/Los_Angeles']), []],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['birthday', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['plan', (c) => ['2 meals/week', '3 meals/week', '4 meals/week', 'paused'][+c.id % 4], []],
    ['totalOrders', (c) => String(+c.id % 48), [], opt],
    ['lastOrderDate', (c) => itTs(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'osticket-benutzer-de', product: 'osTicket (Agent-Bereich: Benutzer > Exportieren, CSV; German UI, the contact form with four extra fields)', family: 'support', language: 'de', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Organisation', (c) => otOrg(c), ['organizations[0]']],
    ['E-Mail', (c) => otMail(c), ['personalEmail.address', 'workEmail.address']],
    ['Telefonnummer', (c, o, r) => (r() < 0.6 ? `${c.phone}${r() < 0.3 ? ` X${v.int(r, 10, 299)}` : ''}` : ''), ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['Interne Notizen', (c, o, r) => v.pick(r, ['', '', '', 'Wartungsvertrag bis 12/2025', 'Bevorzugt Rückruf vormittags']), []],
    ['Kundennummer', (c) => (otOrg(c) ? `K-${10000 + (+c.id % 90000)}` : ''), ['personID'], opt],
    ['Abteilung', (c) => (otOrg(c) ? OT_DEP[+c.id % OT_DEP.length] : ''), []],
    ['Mobilnummer', (c, o, r) => (r() < 0.35 ? c.mobile : ''), ['mobilePhone.number']],
    ['Standort', (c) => (otOrg(c) ? c.city : ''), ['workAddress.city'], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'etracker-ecommerce-de', product: 'etracker (the eCommerce data export of its documented data format, CSV; a German fashion shop\'s e-mail campaign events)', family: 'analytics', language: 'de', schema: E, cols: [
    ['date', (c, o) => berlin(o.at), ['timestamp']],
    ['etcc_rid', (c, o, r) => v.hex(r, 16), [], opt],
    ['etcc_mid', (c, o) => (+o.id % 7 === 0 ? '' : String(880000 + (+o.id % 40))), ['marketing.trackingCode'], opt],
    ['eventtype', (c, o) => etEv(o), ['eventType'], opt],
    ['context', (c, o) => etp(o)[0], [PL('SKU')]],
    ['category', (c, o) => etp(o)[1], [PL('productCategories[0].categoryPath')]],
    ['price', (c, o) => etp(o)[2].toFixed(2), []],
    ['quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Bestellnummer', (c, o) => (etEv(o) === 'order' ? `DE-${400000 + (+o.id % 99999)}` : ''), [OR('purchaseID')]],
    ['Session-ID', (c, o, r) => v.hex(r, 32), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'thanx-memberships', product: 'Thanx (SFTP data export memberships.csv; a US restaurant brand\'s loyalty members)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['merchant_id', () => '4821', []],
    ['user_id', (c) => String(3000000 + (+c.id % 900000) * 3), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['signup_program_id', (c) => (+c.id % 3 === 0 ? '' : String(210 + (+c.id % 4))), []],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['birthday', (c, o, r) => (r() < 0.55 ? f.ymd(c.birth).slice(5).replace('-', '/') : ''), ['person.birthDayAndMonth']],
    ['zip_code', (c, o, r) => (r() < 0.6 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['tier_status', (c) => TX_TIER[+c.id % TX_TIER.length], ['loyalty.tier']],
    ['is_user_joined', (c) => String(txJoined(c)), [], opt],
    ['has_registered_card', (c) => String(+c.id % 3 !== 1), []],
    ['is_signup_merchant', (c) => String(+c.id % 5 !== 0), []],
    ['user_joined_at', (c) => (txJoined(c) ? txTs(c.created) : ''), ['loyalty.joinDate']],
    ['user_entered_crm_at', (c) => txTs(c.created - 86400000 * (+c.id % 30)), [], opt],
    ['email_last_opened_at', (c, o, r) => (r() < 0.6 ? txTs(c.updated) : ''), []],
    ['merchant_uid', () => 'm8k2q4x7zp', []],
    ['user_uid', (c, o, r) => v.alnum(r, 10).toLowerCase(), ['_id', 'personID'], opt],
    ['phone', (c, o, r) => (r() < 0.35 ? c.mobile.replace(/[^\d+]/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['alternate_pos_id', (c, o, r) => (r() < 0.4 ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'clearbit-enriched-leads', product: 'Clearbit (inbound leads enriched with the Enrichment API\'s combined person and company attributes, flattened to CSV)', family: 'b2b', language: 'en', schema: B, cols: [
    ['email', (c) => `${slug(c.first)}@${cb(c)[1]}`, ['workEmail.address']],
    ['person.id', (c, o, r) => v.uuid(r), B2BID, opt],
    ['person.name.fullName', (c) => c.full, ['person.name.fullName']],
    ['person.name.givenName', (c) => c.first, ['person.name.firstName']],
    ['person.name.familyName', (c) => c.last, ['person.name.lastName']],
    ['person.employment.title', (c) => cbRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['person.employment.role', (c) => cbRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['person.employment.subRole', (c) => cbRole(c)[2], [], opt],
    ['person.employment.seniority', (c) => cbRole(c)[3], [], opt],
    ['person.geo.city', (c) => c.city, [...at(HOME, 'city'), 'workAddress.city'], opt],
    ['person.geo.state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), 'workAddress.stateProvince', 'workAddress.state'], opt],
    ['person.geo.country', () => 'United States', [...at(HOME, 'country'), 'workAddress.country'], opt],
    ['person.linkedin.handle', (c, o, r) => (r() < 0.8 ? `in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['person.twitter.handle', (c, o, r) => (r() < 0.25 ? `${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['company.name', (c) => cb(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['company.domain', (c) => cb(c)[1], ['b2b.companyWebsite']],
    ['company.category.industry', (c) => cb(c)[2], []],
    ['company.category.sector', (c) => cb(c)[3], []],
    ['company.metrics.employees', (c) => String(cb(c)[4]), []],
    ['company.metrics.employeesRange', (c) => cb(c)[5], []],
    ['company.metrics.estimatedAnnualRevenue', (c) => cb(c)[6], []],
    ['company.foundedYear', (c) => String(cb(c)[11]), []],
    ['company.geo.streetAddress', (c) => cb(c)[7], ['workAddress.street1']],
    ['company.geo.city', (c) => cb(c)[8], ['workAddress.city']],
    ['company.geo.state', (c) => cb(c)[9], ['workAddress.stateProvince', 'workAddress.state']],
    ['company.geo.postalCode', (c) => cb(c)[10], ['workAddress.postalCode']],
    ['company.geo.countryCode', () => 'US', ['workAddress.countryCode']],
    ['company.phone', (c) => cb(c)[12], ['workPhone.number', 'otherPhone.number'], opt],
    ['company.tech', (c) => cbTech(c), []],
    ['indexedAt', (c) => iso(c.updated), [], opt],
  ] },
]
