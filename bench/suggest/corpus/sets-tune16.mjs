// Round 16, tune16: tune sets written blind before round-16 tuning (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const commaMoney = (n) => n.toFixed(2).replace('.', ',')
const later = (c) => c.created + ((c.updated % 400) + 1) * 86400000
// dd.MM.yyyy HH:mm (Ceneo), dd/MM/yyyy HH:mm (Kiwify), yyyy-MM-dd HH:mm:ss local (Paysera, Flipkart), MMM d, yyyy (Payoneer)
const dmyDot = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmySlash = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdLocal = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monDY = (ms) => { const p = parts(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const usAmPm = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }

// local people and places the shared generators lack
const IN_NAMES = ['Rahul Sharma', 'Priya Patel', 'Amit Kumar', 'Sneha Reddy', 'Vikram Singh', 'Ananya Iyer', 'Rohit Verma', 'Kavya Nair']
const IN_ADDR = [['Flat 302, Sai Residency, MG Road', 'Near City Mall', 'Bengaluru', 'Karnataka', '560001'], ['House No 14, Sector 21', '', 'Gurugram', 'Haryana', '122016'], ['B-45, Andheri East', 'Opp. Metro Station', 'Mumbai', 'Maharashtra', '400069'], ['12/3 Anna Nagar', '', 'Chennai', 'Tamil Nadu', '600040'], ['Plot 7, Banjara Hills', 'Road No 2', 'Hyderabad', 'Telangana', '500034']]
const IN_PRODUCTS = [['FK-TSHIRT-BLK-M', 'TSHFZ7GHXK2JQ8RT', 'Men Solid Round Neck Cotton T-Shirt (Black, M)', 399], ['BTL-STEEL-1L', 'BOTG9Z8YHQNXYW4D', 'Stainless Steel Water Bottle 1 L', 549], ['EARB-BT-WHT', 'ACCGKZ4FJ7VQHMPE', 'Wireless Bluetooth Earbuds (White)', 1299], ['KURTA-RAY-L', 'KTAFX3M9PZSW6YQC', 'Women Printed Rayon Straight Kurta (Blue, L)', 649]]
const PL_NAMES = [['Anna', 'Nowak'], ['Piotr', 'Kowalski'], ['Katarzyna', 'Wiśniewska'], ['Tomasz', 'Wójcik'], ['Magdalena', 'Kamińska'], ['Michał', 'Lewandowski']]
const PL_ADDR = [['ul. Marszałkowska 84/92 m. 12', '00-514', 'Warszawa'], ['ul. Floriańska 15', '31-019', 'Kraków'], ['ul. Piotrkowska 120', '90-006', 'Łódź'], ['ul. Długa 22/3', '80-831', 'Gdańsk'], ['ul. Świdnicka 8', '50-066', 'Wrocław']]
const PL_PRODUCTS = [['Ekspres do kawy DeLonghi Magnifica S', 1399], ['Słuchawki Sony WH-1000XM5', 1299], ['Odkurzacz Xiaomi Mi Robot', 899], ['Szczoteczka Oral-B iO 4', 349]]
const SA_NAMES = ['محمد العتيبي', 'نورة القحطاني', 'عبدالله الشمري', 'سارة الدوسري', 'فهد الحربي', 'ريم الغامدي']
const SA_ADDR = [['الرياض', 'حي النرجس', 'شارع الأمير محمد بن سعد', '13327'], ['جدة', 'حي الروضة', 'شارع الأمير سلطان', '23434'], ['الدمام', 'حي الشاطئ', 'طريق الخليج', '32413'], ['مكة المكرمة', 'حي العزيزية', 'شارع العزيزية العام', '24243']]
const SA_PRODUCTS = [['عطر عود ملكي 100 مل', 289], ['تمر سكري فاخر 1 كجم', 75], ['عباية كريب سوداء', 420], ['بخور معطر 50 جم', 95]]
const BR_PRODUCTS = [['Curso Completo de Confeitaria', 297], ['Método Inglês em 90 Dias', 197], ['Mentoria Marketing Digital', 997], ['E-book Receitas Fit', 37]]
const LT_PAYERS = [['Jonas Kazlauskas', 'LT12 7300 0101 2345 6789'], ['UAB "Medienos prekyba"', 'LT45 7044 0600 0123 4567'], ['Rūta Petrauskienė', 'LT83 4010 0510 0987 6543'], ['Mindaugas Jankauskas', 'LT21 3250 0123 4567 8901'], ['MB "Skaitmena"', 'LT60 7290 0000 1234 5678']]
const SE_NAMES = ['Anna Andersson', 'Erik Johansson', 'Maria Karlsson', 'Lars Nilsson', 'Karin Eriksson', 'Johan Larsson', 'Elin Persson']
const kwStatus = (o) => ['Pago', 'Pago', 'Pago', 'Pago', 'Reembolsado', 'Recusado', 'Aguardando pagamento', 'Chargeback'][+o.id % 8]
const PAYONEER_PAYERS = ['Upwork Escrow Inc.', 'Fiverr International Ltd.', 'Amazon Payments Inc.', 'Airbnb Payments UK Ltd', 'Envato Pty Ltd', 'Acme Corp']

export const SETS = [
  // ---------------------------------------------------------------- CRM (Teamwork CRM, Contacts > Export)
  { name: 'teamwork-crm-contacts', product: 'Teamwork CRM (Contacts > Export to CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000, 999999)), B2BID],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['Job title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email address', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phone number', (c) => c.phone, ['workPhone.number']],
    ['Mobile number', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Address line 1', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Address line 2', (c) => c.street2, at([...WORK, ...HOME], 'street2')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Zip code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Website', (c) => `https://www.${slug(c.company)}.com`, ['b2b.companyWebsite'], opt],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}`, []],
    ['Owner', (c, o, r) => v.pick(r, ['Dana Reed', 'Marcus Hill', 'Priya Shah']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'decision maker', 'trade show, 2024']), []],
    ['Lead source', (c, o, r) => v.pick(r, ['Website', 'Referral', 'Event', 'Outbound']), ['b2b.personSource'], opt],
    ['Created at', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated at', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last activity', (c) => f.ymdhms(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Daylite for Mac, People > Export as CSV)
  { name: 'daylite-people', product: 'Daylite (Marketcircle, People list > File > Export > CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Title', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['A.', 'J.', 'Marie', 'Lee']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Jr.', 'III']) : ''), ['person.name.suffix']],
    ['Nickname', (c, o, r) => (r() < 0.15 ? c.first.slice(0, 3) : ''), []],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Category', (c, o, r) => v.pick(r, ['Client', 'Prospect', 'Vendor', 'Partner']), ['b2b.personType'], opt],
    ['Keywords', (c, o, r) => v.pick(r, ['', 'newsletter', 'VIP, referral']), []],
    ['Email (Work)', (c) => c.workEmail, ['workEmail.address']],
    ['Email (Home)', (c, o, r) => (r() < 0.4 ? c.email : ''), ['personalEmail.address']],
    ['Phone (Work)', (c) => c.phone, ['workPhone.number']],
    ['Phone (Mobile)', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Phone (Home)', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['homePhone.number']],
    ['Address (Work) Street', (c) => c.street, ['workAddress.street1']],
    ['Address (Work) City', (c) => c.city, ['workAddress.city']],
    ['Address (Work) State', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Address (Work) Postal Code', (c) => c.postcode, ['workAddress.postalCode']],
    ['Address (Work) Country', (c) => c.countryEn, ['workAddress.country']],
    ['URL (Work)', (c) => `https://www.${slug(c.company)}.com`, ['b2b.companyWebsite'], opt],
    ['Birthday', (c, o, r) => (r() < 0.3 ? f.us(c.birth) : ''), ['person.birthDate']],
    ['Owner', (c, o, r) => v.pick(r, ['Jane Admin', 'Sam Sales']), []],
    ['Details', (c, o, r) => v.pick(r, ['', '', 'Met at Macworld', 'Prefers phone calls']), []],
    ['Created', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified', (c) => f.usTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Flipkart Seller Hub, Orders > Download orders report, one row per order item)
  { name: 'flipkart-orders', product: 'Flipkart Seller Hub (Orders > Download orders report, one row per order item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Id', (c, o, r) => `OD${v.int(r, 42000000, 43999999)}${v.int(r, 1000000000, 9999999999)}`, [OR('purchaseID')]],
    ['Order Item ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}`, ['_id', PL('_id')], opt],
    ['Order Date', (c, o) => ymdLocal(o.at, 5.5), ['timestamp', OR('createdDate')]],
    ['Order Approval Date', (c, o) => ymdLocal(o.at + 1800000, 5.5), [], opt],
    ['Order State', (c, o, r) => v.pick(r, ['APPROVED', 'PACKED', 'READY_TO_DISPATCH', 'SHIPPED', 'DELIVERED', 'CANCELLED']), [], opt],
    ['Fulfilment Type', (c, o, r) => v.pick(r, ['Non FBF', 'Non FBF', 'FBF']), []],
    ['FSN', (c, o, r, i) => row(IN_PRODUCTS, i)[1], [PL('SKU')], opt],
    ['SKU', (c, o, r, i) => row(IN_PRODUCTS, i)[0], [PL('SKU')]],
    ['Product', (c, o, r, i) => row(IN_PRODUCTS, i)[2], [PL('name')]],
    ['Invoice No.', (c, o, r) => (r() < 0.8 ? `FAAB${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['Invoice Date', (c, o, r) => f.ymd(o.at + 86400000), [], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Selling Price Per Item', (c, o, r, i) => row(IN_PRODUCTS, i)[3].toFixed(2), [], opt],
    ['Shipping Charge per item', (c, o) => (o.shipping ? '40.00' : '0.00'), ['commerce.shipping.shippingAmount'], opt],
    ['Final Selling Price', (c, o, r, i) => (row(IN_PRODUCTS, i)[3] * o.qty + (o.shipping ? 40 * o.qty : 0)).toFixed(2), [PL('priceTotal')], opt],
    ['Payment Mode', (c, o, r) => v.pick(r, ['Prepaid', 'Prepaid', 'COD']), [OR('payments[0].paymentType')], opt],
    ['Buyer name', (c, o, r, i) => row(IN_NAMES, i), []],
    ['Ship to name', (c, o, r, i) => row(IN_NAMES, i + (i % 4 === 0 ? 1 : 0)), []],
    ['Address Line 1', (c, o, r, i) => row(IN_ADDR, i)[0], [SHIP('street1')]],
    ['Address Line 2', (c, o, r, i) => row(IN_ADDR, i)[1], [SHIP('street2')]],
    ['City', (c, o, r, i) => row(IN_ADDR, i)[2], [SHIP('city')]],
    ['State', (c, o, r, i) => row(IN_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['PIN Code', (c, o, r, i) => row(IN_ADDR, i)[4], [SHIP('postalCode')]],
    ['Tracking ID', (c, o, r) => `FMPC${v.int(r, 1000000000, 9999999999)}`, ['commerce.shipping.trackingNumber'], opt],
    ['Forward Logistics Partner', (c, o, r) => v.pick(r, ['Ekart Logistics', 'Ekart Logistics', 'Delhivery', 'Shadowfax']), ['commerce.shipping.shippingMethod'], opt],
    ['Dispatch by date', (c, o) => ymdLocal(o.at + 2 * 86400000, 5.5), [], opt],
    ['Cancellation Reason', (c, o, r) => v.pick(r, ['', '', '', '', 'Buyer cancelled', 'Out of stock']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Ceneo Kup Teraz, panel sklepu, Zamówienia > Eksport do CSV, Polish)
  { name: 'ceneo-zamowienia-pl', product: 'Ceneo (Kup Teraz, panel sklepu: Zamówienia > Eksportuj do CSV, Polish)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o) => String(21000000 + +o.id * 37), [OR('purchaseID'), '_id']],
    ['Data złożenia', (c, o) => dmyDot(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nowe', 'W realizacji', 'Wysłane', 'Zrealizowane', 'Anulowane']), [], opt],
    ['Imię', (c, o, r, i) => row(PL_NAMES, i)[0], []],
    ['Nazwisko', (c, o, r, i) => row(PL_NAMES, i)[1], []],
    ['E-mail', (c, o, r, i) => `${slug(row(PL_NAMES, i)[0])}.${slug(row(PL_NAMES, i)[1])}@${v.pick(r, ['wp.pl', 'onet.pl', 'gmail.com', 'o2.pl'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => `+48 ${v.int(r, 500, 799)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, [], opt],
    ['Ulica', (c, o, r, i) => row(PL_ADDR, i)[0], [SHIP('street1')]],
    ['Kod pocztowy', (c, o, r, i) => row(PL_ADDR, i)[1], [SHIP('postalCode')]],
    ['Miejscowość', (c, o, r, i) => row(PL_ADDR, i)[2], [SHIP('city')]],
    ['Kraj', () => 'Polska', [SHIP('country')]],
    ['Firma', (c, o) => (+o.id % 5 === 0 ? 'Usługi Remontowe Nowak Sp. z o.o.' : ''), []],
    ['NIP', (c, o, r) => (+o.id % 5 === 0 ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}` : ''), []],
    ['Sposób dostawy', (c, o, r) => v.pick(r, ['Paczkomaty InPost', 'Kurier InPost', 'Kurier DPD', 'Poczta Polska', 'Odbiór osobisty']), ['commerce.shipping.shippingMethod'], opt],
    ['Koszt dostawy', (c, o) => (o.shipping ? '12,99' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Sposób płatności', (c, o, r) => v.pick(r, ['Przelewy24', 'BLIK', 'Karta płatnicza', 'Za pobraniem']), [OR('payments[0].paymentType')], opt],
    ['Produkty', (c, o, r, i) => `${row(PL_PRODUCTS, i)[0]} x ${o.qty}`, [PL('name')], opt],
    ['Liczba sztuk', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Wartość zamówienia', (c, o, r, i) => commaMoney(row(PL_PRODUCTS, i)[1] * o.qty + (o.shipping ? 12.99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Numer przesyłki', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1e11, 9e11)) + String(v.int(r, 1e9, 9e9)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Uwagi do zamówienia', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o fakturę VAT', 'Dzwonić przed dostawą']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Zid, لوحة التحكم > الطلبات > تصدير, Arabic, Saudi Arabia)
  { name: 'zid-talabat-ar', product: 'Zid (لوحة التحكم > الطلبات > تصدير الطلبات, Arabic admin, Saudi Arabia)', family: 'ecommerce-orders', language: 'ar', schema: E, cols: [
    ['رقم الطلب', (c, o) => String(10000000 + +o.id * 53), [OR('purchaseID'), '_id']],
    ['تاريخ الطلب', (c, o) => ymdLocal(o.at, 3), ['timestamp', OR('createdDate')]],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['جديد', 'جاري التجهيز', 'جاهز', 'جاري التوصيل', 'تم التوصيل', 'ملغي']), [], opt],
    ['اسم العميل', (c, o, r, i) => row(SA_NAMES, i), []],
    ['جوال العميل', (c, o, r) => `+9665${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`, [], opt],
    ['البريد الإلكتروني', (c, o, r) => `user${v.int(r, 100, 9999)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'outlook.sa'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['الدولة', () => 'المملكة العربية السعودية', [SHIP('country')]],
    ['المدينة', (c, o, r, i) => row(SA_ADDR, i)[0], [SHIP('city')]],
    ['الحي', (c, o, r, i) => row(SA_ADDR, i)[1], [], opt],
    ['العنوان', (c, o, r, i) => `${row(SA_ADDR, i)[2]}، مبنى ${v.int(r, 1000, 9999)}`, [SHIP('street1')]],
    ['الرمز البريدي', (c, o, r, i) => row(SA_ADDR, i)[3], [SHIP('postalCode')]],
    ['طريقة الشحن', (c, o, r) => v.pick(r, ['أرامكس', 'سمسا', 'ريدبوكس', 'استلام من المتجر']), ['commerce.shipping.shippingMethod'], opt],
    ['تكلفة الشحن', (c, o) => (o.shipping ? '25.00' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['مدى', 'بطاقة ائتمانية', 'Apple Pay', 'الدفع عند الاستلام', 'تابي']), [OR('payments[0].paymentType')], opt],
    ['المنتجات', (c, o, r, i) => row(SA_PRODUCTS, i)[0], [PL('name')], opt],
    ['الكمية', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['المجموع الفرعي', (c, o, r, i) => (row(SA_PRODUCTS, i)[1] * o.qty).toFixed(2), [], opt],
    ['الخصم', (c, o) => o.discount.toFixed(2), [OR('discountAmount')]],
    ['كود الخصم', (c, o) => (o.discount ? 'RAMADAN10' : ''), ['commerce.promotionID'], opt],
    ['ضريبة القيمة المضافة', (c, o, r, i) => (row(SA_PRODUCTS, i)[1] * o.qty * 0.15).toFixed(2), [OR('taxAmount')]],
    ['الإجمالي', (c, o, r, i) => (row(SA_PRODUCTS, i)[1] * o.qty * 1.15 + (o.shipping ? 25 : 0) - o.discount).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['العملة', () => 'SAR', [OR('currencyCode')]],
    ['رقم التتبع', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1e9, 9e9)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['ملاحظات العميل', (c, o, r) => v.pick(r, ['', '', '', 'الرجاء الاتصال قبل التوصيل', 'تغليف هدية']), []],
  ] },

  // ---------------------------------------------------------------- digital-product sales (Kiwify, Vendas > Exportar, Portuguese, Brazil)
  { name: 'kiwify-vendas-pt', product: 'Kiwify (painel: Vendas > Exportar vendas, Portuguese, Brazil)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['ID da venda', (c, o, r) => v.alnum(r, 7).toUpperCase(), [OR('purchaseID'), '_id']],
    ['Status', (c, o) => kwStatus(o), [], opt],
    ['Produto', (c, o, r, i) => row(BR_PRODUCTS, i)[0], [PL('name')]],
    ['Oferta', (c, o, r) => v.pick(r, ['Oferta principal', 'Oferta principal', 'Black Friday', 'Order bump']), [], opt],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail do cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF / CNPJ', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.int(r, 10, 99)}`, [], opt],
    ['Celular', (c) => c.mobile, [], opt],
    ['Método de pagamento', (c, o, r) => v.pick(r, ['Cartão de crédito', 'Pix', 'Pix', 'Boleto']), [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o, r) => String(v.pick(r, [1, 1, 3, 6, 12])), []],
    ['Valor', (c, o, r, i) => commaMoney(row(BR_PRODUCTS, i)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxas', (c, o, r, i) => commaMoney(row(BR_PRODUCTS, i)[1] * 0.0899 + 2.49), []],
    ['Comissão do afiliado', (c, o, r, i) => (+o.id % 4 === 0 ? commaMoney(row(BR_PRODUCTS, i)[1] * 0.4) : '0,00'), []],
    ['Valor líquido', (c, o, r, i) => commaMoney(row(BR_PRODUCTS, i)[1] * 0.9101 - 2.49 - (+o.id % 4 === 0 ? row(BR_PRODUCTS, i)[1] * 0.4 : 0)), []],
    ['Afiliado', (c, o) => (+o.id % 4 === 0 ? 'Juliana Afiliada' : ''), []],
    ['Cupom', (c, o) => (o.discount ? 'PROMO10' : ''), ['commerce.promotionID'], opt],
    ['Moeda', () => 'BRL', [OR('currencyCode')]],
    ['Data de criação', (c, o) => dmySlash(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Data de aprovação', (c, o) => (['Recusado', 'Aguardando pagamento'].includes(kwStatus(o)) ? '' : dmySlash(o.at + 120000, -3)), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'instagram', 'facebook', 'youtube']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'stories', 'cpc', 'bio']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'lancamento-marco', 'black-friday']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Paysera, sąskaitos išrašas > Eksportuoti CSV, Lithuanian)
  { name: 'paysera-israsas-lt', product: 'Paysera (Sąskaitos išrašas > Eksportuoti į CSV, Lithuanian)', family: 'payments', language: 'lt', schema: E, cols: [
    ['Operacijos numeris', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Data', (c, o) => ymdLocal(o.at, 2), ['timestamp', OR('createdDate')]],
    ['Mokėtojas / gavėjas', (c, o, r, i) => row(LT_PAYERS, i)[0], []],
    ['Mokėtojo / gavėjo sąskaita', (c, o, r, i) => row(LT_PAYERS, i)[1], []],
    ['Mokėtojo / gavėjo kodas', (c, o, r) => (r() < 0.4 ? String(v.int(r, 300000000, 306000000)) : ''), []],
    ['Mokėjimo paskirtis', (c, o) => `Užsakymas Nr. ${10000 + +o.id}`, [], opt],
    ['Užsakymo numeris', (c, o) => String(10000 + +o.id), [OR('purchaseID')], opt],
    ['Suma', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valiuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['D/K', (c, o, r) => v.pick(r, ['K', 'K', 'K', 'D']), []],
    ['Mokestis', (c, o) => (o.total * 0.015 + 0.1).toFixed(2), []],
    ['Mokėjimo būdas', (c, o, r) => v.pick(r, ['Swedbank', 'SEB', 'Luminor', 'Paysera', 'Mokėjimo kortelė']), [OR('payments[0].paymentType')], opt],
    ['Įmokos kodas', (c, o, r) => (r() < 0.2 ? String(v.int(r, 10000, 99999)) : ''), []],
    ['Būsena', (c, o, r) => v.pick(r, ['Įvykdytas', 'Įvykdytas', 'Įvykdytas', 'Grąžintas']), [], opt],
    ['Likutis', (c, o, r) => v.money(r, 200, 9000), []],
  ] },

  // ---------------------------------------------------------------- payments (Payoneer, Activity > Transactions > Download CSV)
  { name: 'payoneer-transactions', product: 'Payoneer (Activity > Transactions > Export to CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => monDY(o.at), [], opt],
    ['Time', (c, o) => f.time(o.at), []],
    ['Description', (c, o, r, i) => `Payment from ${row(PAYONEER_PAYERS, i)}`, [], opt],
    ['Type', (c, o, r) => v.pick(r, ['Payment received', 'Payment received', 'Payment received', 'Withdrawal to bank', 'Card charge']), [], opt],
    ['Payer', (c, o, r, i) => row(PAYONEER_PAYERS, i), []],
    ['Amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'EUR', 'GBP']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Fee', (c, o, r) => (r() < 0.4 ? '3.00' : '0.00'), []],
    ['Net amount', (c, o) => o.total.toFixed(2), []],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Pending', 'Canceled']), [], opt],
    ['Reference', (c, o) => `INV-2024-${pad(+o.id % 1000, 4)}`, [OR('purchaseID')], opt],
    ['Balance', (c, o, r) => v.money(r, 100, 25000), []],
    ['Card', (c, o, r) => (r() < 0.2 ? `**** ${v.int(r, 1000, 9999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (Swish för företag, Swish-rapport CSV, Swedish; the summary block above the transactions is left out)
  { name: 'swish-rapport-sv', product: 'Swish för företag (Swish-rapport, transaktioner som CSV, Swedish)', family: 'payments', language: 'sv', schema: E, cols: [
    ['DATUM', (c, o) => f.ymd(o.at + 3600000), [], opt],
    ['TID', (c, o) => { const p = shift(o.at, 1); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, []],
    ['MARKNADSNAMN', () => 'Kafé Solrosen', []],
    ['SWISH NUMMER', () => '123 456 78 90', []],
    ['NAMN', (c, o, r, i) => row(SE_NAMES, i).toUpperCase(), []],
    ['MOBILNUMMER', (c, o, r) => `+467${v.pick(r, ['0', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['BELOPP', (c, o) => commaMoney(o.total * 11), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['MEDDELANDE', (c, o, r) => v.pick(r, ['', 'Lunch', 'Fika 2 pers', `Order ${o.id}`, 'Tårta beställning']), [], opt],
    ['VALUTA', () => 'SEK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['TYP', (c, o, r) => v.pick(r, ['Betalning', 'Betalning', 'Betalning', 'Betalning', 'Återbetalning']), [], opt],
    ['REFERENS', (c, o, r) => (r() < 0.4 ? `ORD-${o.id}` : ''), [OR('purchaseID')], opt],
    ['BETALNINGSREFERENS', (c, o, r) => v.hex(r, 32).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
  ] },

  // ---------------------------------------------------------------- email tool (Acoustic Campaign, Data > Databases > Export, all fields, CSV)
  { name: 'acoustic-database-export', product: 'Acoustic Campaign (formerly Silverpop Engage; Data > Databases > Export, all fields, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['RECIPIENT_ID', (c, o, r) => String(v.int(r, 100000000, 999999999) * 10 + v.int(r, 0, 9)), ID],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Opt In Date', (c) => usAmPm(c.created), [], opt],
    ['Opt In Details', (c, o, r) => v.pick(r, ['Web form: Newsletter signup', 'Imported', 'API', 'Landing page: Spring Promo']), []],
    ['Email Type', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'HTML', 'Text']), []],
    ['Opted Out', (c, o, r) => (r() < 0.12 ? 'Yes' : 'No'), ['personalEmail.status'], opt],
    ['Opt Out Date', (c, o, r) => (r() < 0.12 ? usAmPm(later(c)) : ''), [], opt],
    ['Opt Out Details', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Unsubscribe link', 'Preference center']) : ''), []],
    ['Last Modified Date', (c) => usAmPm(later(c)), [], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Mobile Number', (c, o, r) => (r() < 0.4 ? c.mobile.replace(/[^0-9]/g, '') : ''), ['mobilePhone.number']],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['Birthday', (c, o, r) => (r() < 0.5 ? f.us(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender'], opt],
    ['CRM Contact ID', (c, o, r) => (r() < 0.6 ? `003${v.alnum(r, 15)}` : ''), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['Website', 'Event', 'Purchased list', 'Referral']), []],
    ['Engagement Score', (c, o, r) => String(v.int(r, 0, 100)), []],
  ] },

  // ---------------------------------------------------------------- loyalty (Belly, merchant dashboard: Customers > Export CSV)
  { name: 'belly-members', product: 'Belly (Bellycard merchant dashboard: Customers > Export to CSV)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => { if (r() < 0.4) return ''; const p = parts(c.birth); return `${pad(p.m)}/${pad(p.d)}` }, ['person.birthDayAndMonth'], opt],
    ['Gender', (c, o, r) => (r() < 0.3 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Card Number', (c, o, r) => `BLY${v.int(r, 100000000, 999999999)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Points', (c, o, r) => String(v.int(r, 0, 400)), ['loyalty.points']],
    ['Lifetime Points', (c, o, r) => String(v.int(r, 400, 4000)), ['loyalty.lifetimePoints']],
    ['Visits', (c, o, r) => String(v.int(r, 1, 120)), ['loyalty.lifetimePurchases'], opt],
    ['Rewards Redeemed', (c, o, r) => String(v.int(r, 0, 15)), [], opt],
    ['Member Since', (c) => f.us(c.created), ['loyalty.joinDate']],
    ['Last Visit', (c) => f.us(later(c)), [], opt],
    ['Home Location', (c, o, r) => v.pick(r, ['Downtown', 'Wicker Park', 'Lincoln Park']), []],
    ['Signup Source', (c, o, r) => v.pick(r, ['iPad', 'iPad', 'Mobile App', 'Physical Card', 'Facebook']), []],
    ['Email Opt In', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Regular', 'Regular', 'New', 'VIP', 'At Risk']), ['loyalty.tier', 'loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- memberships / online courses (Teachable, Users > Students > Export CSV)
  { name: 'teachable-students', product: 'Teachable (school admin: Users > Students > Export users to CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['User ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Role', (c, o, r) => v.pick(r, ['Student', 'Student', 'Student', 'Affiliate']), []],
    ['Joined', (c) => f.iso(c.created), [], opt],
    ['Last Sign In', (c, o, r) => (r() < 0.9 ? f.iso(later(c)) : ''), [], opt],
    ['Last Sign In IP', (c, o, r) => v.ip4(r), []],
    ['Sign In Count', (c, o, r) => String(v.int(r, 1, 250)), []],
    ['Signup Source', (c, o, r) => v.pick(r, ['Sign Up', 'Checkout', 'Imported', 'Enrolled by owner']), []],
    ['Courses Enrolled', (c, o, r) => v.pick(r, ['Watercolor Basics', 'Watercolor Basics; Portrait Masterclass', 'Portrait Masterclass']), []],
    ['Courses Completed', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Gifted Courses', (c, o, r) => (r() < 0.1 ? 'Watercolor Basics' : ''), []],
    ['Total Spent', (c, o, r) => v.money(r, 0, 600), [], opt],
    ['Coupons Used', (c, o, r) => v.pick(r, ['', '', 'LAUNCH20']), []],
    ['Affiliate', (c, o, r) => v.pick(r, ['', '', '', 'jenny@artblog.com']), []],
    ['Unsubscribed From Marketing Emails', (c) => (c.bool ? 'false' : 'true'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'cohort-3', 'vip']), []],
    ['Country', (c) => c.countryEn, at(HOME, 'country'), opt],
  ] },
]
