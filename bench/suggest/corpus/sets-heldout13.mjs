// Round 13, heldout13: held-out sets added in round 13, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { P, E, B, v, f, at, HOME, WORK, ID, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { trTime, trMoney } from './values11.mjs'
import { pad, parts, shift } from './values.mjs'


// Xero: an Australian business's contacts; one in three is a person (no company), the rest companies with a contact.
const au = (c) => loc(c, 'au')
const xPerson = (c) => +c.id % 3 === 0
const AUCO = ['Harbour Joinery Pty Ltd', 'Coastal Plumbing Services', 'Greenleaf Cafe Pty Ltd', 'Southern Cross Logistics', 'Bright Spark Electrical', 'Koala Print & Design']
const auco = (c) => AUCO[+c.id % AUCO.length]
const xName = (c) => (xPerson(c) ? c.full : auco(c))
const auPhone = (r) => `0${v.pick(r, ['2', '3', '7', '8'])} ${v.int(r, 8000, 9999)} ${v.int(r, 1000, 9999)}`
const abn = (c) => { const n = String(11000000000 + ((+c.id * 7919) % 88999999999)); return `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8, 11)}` }
// Xero's postal (PO) address and its street (SA) address: the postal one on invoices, the street one where the business is.
const PO = ['mailingAddress', 'billingAddress', 'workAddress']
const SA = ['workAddress', 'otherAddress', 'homeAddress']
const poBox = (c) => +c.id % 4 === 1

// QuickBooks Online: a US customer list; a fifth ship elsewhere.
const qbShip = (c) => +c.id % 5 === 0
const usd = (n) => n.toFixed(2)

// Shoper: a Polish shop; one order in four asks for an invoice for a company.
const pl = (c) => loc(c, 'pl')
const plFirma = (c) => +c.id % 4 === 0
const PLP = [['KOSZ-BAW-M-CZ', 'Koszulka bawełniana męska czarna', 'M', 69.99], ['BLUZA-KAP-L', 'Bluza z kapturem szara', 'L', 149.0], ['KUB-350-BI', 'Kubek ceramiczny 350 ml biały', '', 34.9], ['PLEC-20L-GR', 'Plecak miejski 20L granatowy', '', 189.0], ['CZAP-DASZ-NB', 'Czapka z daszkiem niebieska', 'uniwersalny', 49.99]]
const plp = (o) => PLP[+o.id % PLP.length]
const plSub = (o) => +(plp(o)[3] * o.qty).toFixed(2)
const plShip = (o) => (plSub(o) >= 200 ? 0 : [13.99, 9.99, 16.5][+o.id % 3])
const plDisc = (o) => (+o.id % 6 === 0 ? +(plSub(o) * 0.1).toFixed(2) : 0)
const plTotal = (o) => +(plSub(o) + plShip(o) - plDisc(o)).toFixed(2)
const plMoney = (n) => n.toFixed(2).replace('.', ',')
const plTime = (ms) => { const p = shift(ms, 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const PL_DOST = ['InPost Paczkomaty 24/7', 'Kurier DPD', 'Kurier InPost', 'Poczta Polska', 'Odbiór osobisty']
const PL_STATUS = ['Zrealizowane', 'Zrealizowane', 'Wysłane', 'W realizacji', 'Nowe', 'Anulowane']

// ikas: a Turkish store; a fifth of the orders are sent to another address than the invoice's.
const tr = (c) => loc(c, 'tr')
const TRP = [['TSHRT-001-S', 'Basic Oversize T-Shirt', 'Beyaz / S', 349.9], ['ESF-ORG-02', 'Organik Pamuk Eşofman Altı', 'Siyah / M', 649.9], ['KUPA-SERAMIK', 'El Yapımı Seramik Kupa', 'Yeşil', 279.0], ['CANTA-BZ-01', 'Bez Çanta Kanvas', 'Krem', 199.9], ['GZL-UV-52', 'Güneş Gözlüğü UV400', 'Kahverengi', 899.0]]
const trp = (o) => TRP[+o.id % TRP.length]
const trSub = (o) => +(trp(o)[3] * o.qty).toFixed(2)
const trShip = (o) => (trSub(o) >= 750 ? 0 : 59.9)
const trDisc = (o) => (+o.id % 5 === 0 ? 100 : 0)
const trOther = (o) => +o.id % 5 === 2
const TR_STATUS = ['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Hazırlanıyor', 'Onay Bekliyor', 'İptal Edildi']

// beehiiv: a newsletter's subscribers; acquisition fields as the platform records them.
const BH_SRC = [['', '', 'direct', ''], ['twitter', 'social', 'organic', 'launch'], ['google', 'cpc', 'paid', 'spring-promo'], ['', '', 'recommendation', ''], ['newsletter', 'email', 'referral', '']]
const bh = (c) => BH_SRC[+c.id % BH_SRC.length]

// Punchh: a US restaurant brand's loyalty guests; points-based program with three tiers.
const pPts = (c) => (+c.id % 47) * 9
const pLife = (c) => pPts(c) + (+c.id % 13) * 120
const pVisits = (c) => 1 + (+c.id % 29)
const pTier = (c) => (pLife(c) >= 1200 ? 'Gold' : pLife(c) >= 500 ? 'Silver' : 'Member')
const STORES = ['Downtown Austin #104', 'Round Rock #112', 'South Lamar #108', 'Online Ordering']

// Dealfront (Leadfeeder) Connect: German company contacts.
const DF_IND = ['Maschinenbau', 'IT-Dienstleistungen', 'Großhandel', 'Unternehmensberatung', 'Logistik', 'Softwareentwicklung']
const DF_SIZE = ['11-50', '51-200', '201-500', '501-1000', '1001-5000']
const DF_LEVEL = { 'Marketing Manager': 'Manager', CTO: 'C-Level', 'Head of Sales': 'Abteilungsleitung', 'Software Engineer': 'Mitarbeiter', 'Procurement Lead': 'Teamleitung', 'VP Operations': 'Geschäftsführung', 'Account Executive': 'Mitarbeiter', 'Data Analyst': 'Mitarbeiter', CFO: 'C-Level', 'Office Manager': 'Teamleitung' }
const DF_DEPT = ['Marketing', 'IT', 'Vertrieb', 'Einkauf', 'Finanzen', 'Geschäftsführung']
const DE_LAND = { Berlin: 'Berlin', Hamburg: 'Hamburg', München: 'Bayern', Köln: 'Nordrhein-Westfalen', Frankfurt: 'Hessen', Stuttgart: 'Baden-Württemberg', Leipzig: 'Sachsen', Düsseldorf: 'Nordrhein-Westfalen' }

// Satispay Business: an Italian café/shop; a tenth of the rows are refunds.
const spRefund = (o) => +o.id % 10 === 3
const spAmt = (o) => +(3 + (+o.id % 97) * 0.45).toFixed(2)
const spFee = (o) => (spAmt(o) <= 10 ? 0 : +(0.2).toFixed(2))
const itMoney = (n) => n.toFixed(2).replace('.', ',')
const romeDate = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const romeTime = (ms) => { const p = shift(ms, 1); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const SP_SHOPS = ['Bar Centrale - Via Roma', 'Bar Centrale - Stazione', 'Negozio online']

// Re:amaze: a shop's support contacts; channels they wrote from.
const reTime = (ms) => new Date(ms).toISOString().replace('Z', '').slice(0, 19) + '.000Z'

// Toast: a US restaurant's order details (one row per order).
const toastTime = (ms) => { const p = shift(ms, -6); return `${p.m}/${p.d}/${String(p.y).slice(2)} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const tAmt = (o) => +(12 + (+o.id % 83) * 1.25).toFixed(2)
const tTax = (o) => +(tAmt(o) * 0.0825).toFixed(2)
const tTip = (o) => (+o.id % 4 === 0 ? 0 : +(tAmt(o) * 0.18).toFixed(2))
const tDisc = (o) => (+o.id % 7 === 0 ? 5 : 0)
const tVoid = (o) => +o.id % 17 === 0
const T_OPT = [['Dine In', 'Dining Room', 'Main Dining'], ['Dine In', 'Bar', 'Bar'], ['Take Out', 'Takeout', ''], ['Delivery', 'Online Ordering', ''], ['Dine In', 'Patio', 'Patio']]
const tOpt = (o) => T_OPT[+o.id % T_OPT.length]

export const SETS = [
  // ---------------------------------------------------------------- invoicing / CRM
  { name: 'xero-contacts', product: 'Xero (Contacts > Export, CSV; an Australian organisation)', family: 'crm', language: 'en', schema: B, cols: [
    ['ContactName', (c) => xName(c), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['AccountNumber', (c) => (+c.id % 3 === 2 ? '' : `${slug(xName(c)).slice(0, 4).toUpperCase()}-${100 + (+c.id % 900)}`), B2BID],
    ['EmailAddress', (c) => (xPerson(c) ? c.email : `accounts@${slug(auco(c)).slice(0, 12)}.com.au`), ['workEmail.address', 'personalEmail.address']],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['POAttentionTo', (c, o, r) => (!xPerson(c) && r() < 0.4 ? 'Accounts Payable' : ''), [], opt],
    ['POAddressLine1', (c) => (poBox(c) ? `PO Box ${100 + (+c.id % 800)}` : c.street), at(PO, 'street1')],
    ['POAddressLine2', (c, o, r) => (r() < 0.2 ? `Unit ${v.int(r, 1, 30)}` : ''), at(PO, 'street2')],
    ['POAddressLine3', () => '', at(PO, 'street3'), opt],
    ['POAddressLine4', () => '', at(PO, 'street4'), opt],
    ['POCity', (c) => au(c).city, at(PO, 'city')],
    ['PORegion', (c) => au(c).state, [...at(PO, 'stateProvince'), ...at(PO, 'state')]],
    ['POPostalCode', (c) => au(c).zip, at(PO, 'postalCode')],
    ['POCountry', (c, o, r) => v.pick(r, ['Australia', 'Australia', '']), at(PO, 'country')],
    ['SAAttentionTo', () => '', [], opt],
    ['SAAddressLine1', (c) => (poBox(c) ? `${10 + (+c.id % 300)} George St` : xPerson(c) ? '' : c.street), at(SA, 'street1')],
    ['SAAddressLine2', () => '', at(SA, 'street2')],
    ['SACity', (c) => (poBox(c) || !xPerson(c) ? au(c).city : ''), at(SA, 'city')],
    ['SARegion', (c) => (poBox(c) || !xPerson(c) ? au(c).state : ''), [...at(SA, 'stateProvince'), ...at(SA, 'state')]],
    ['SAPostalCode', (c) => (poBox(c) || !xPerson(c) ? au(c).zip : ''), at(SA, 'postalCode')],
    ['SACountry', (c) => (poBox(c) || !xPerson(c) ? 'Australia' : ''), at(SA, 'country')],
    ['PhoneNumber', (c, o, r) => (r() < 0.7 ? auPhone(r) : ''), ['workPhone.number', 'homePhone.number']],
    ['FaxNumber', (c, o, r) => (r() < 0.05 ? auPhone(r) : ''), ['faxPhone.number']],
    ['MobileNumber', (c, o, r) => (r() < 0.6 ? au(c).mobile : ''), ['mobilePhone.number']],
    ['DDINumber', (c, o, r) => (r() < 0.1 ? auPhone(r) : ''), ['workPhone.number'], opt],
    ['SkypeName', (c, o, r) => (r() < 0.05 ? `${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['BankAccountName', (c, o, r) => (r() < 0.15 ? xName(c) : ''), []],
    ['BankAccountNumber', (c, o, r) => (r() < 0.15 ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)} ${v.int(r, 10000000, 99999999)}` : ''), []],
    ['TaxNumber', (c) => (xPerson(c) ? '' : abn(c)), []],
    ['AccountsReceivableTaxCodeName', (c, o, r) => v.pick(r, ['', 'GST on Income', 'GST Free Income']), []],
    ['AccountsPayableTaxCodeName', () => '', []],
    ['Website', (c) => (xPerson(c) ? '' : `http://www.${slug(auco(c)).slice(0, 12)}.com.au`), ['b2b.companyWebsite']],
    ['LegalName', (c) => (xPerson(c) ? '' : auco(c)), ['b2b.companyName', 'organizations[0]'], opt],
    ['Discount', (c, o, r) => (r() < 0.1 ? '5.00' : ''), []],
    ['CompanyNumber', (c, o, r) => (xPerson(c) ? '' : r() < 0.3 ? `${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), []],
    ['DueDateSalesDay', (c, o, r) => v.pick(r, ['', '14', '30']), []],
    ['DueDateSalesTerm', (c, o, r) => v.pick(r, ['', 'Days After', 'Following Month']), []],
  ] },
  { name: 'quickbooks-customers', product: 'QuickBooks Online (Reports > Customer Contact List, customised columns, exported to Excel/CSV)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer', (c, o, r) => (r() < 0.25 ? c.company : c.full), ['person.name.fullName', 'organizations[0]'], opt],
    ['Company name', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['homePhone.number', 'workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.05 ? c.phone : ''), ['faxPhone.number']],
    ['Website', (c, o, r) => (r() < 0.2 ? `www.${slug(c.company)}.com` : ''), []],
    ['Billing Street', (c) => c.street, ['billingAddress.street1']],
    ['Billing City', (c) => c.city, ['billingAddress.city']],
    ['Billing State', (c) => c.region, ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Billing ZIP', (c) => c.postcode, ['billingAddress.postalCode']],
    ['Billing Country', (c, o, r) => v.pick(r, ['', 'US', 'USA']), ['billingAddress.country', 'billingAddress.countryCode']],
    ['Shipping Street', (c) => (qbShip(c) ? '77 Commerce Way' : c.street), ['shippingAddress.street1']],
    ['Shipping City', (c) => (qbShip(c) ? 'Columbus' : c.city), ['shippingAddress.city']],
    ['Shipping State', (c) => (qbShip(c) ? 'OH' : c.region), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping ZIP', (c) => (qbShip(c) ? '43215' : c.postcode), ['shippingAddress.postalCode']],
    ['Shipping Country', (c, o, r) => v.pick(r, ['', 'US']), ['shippingAddress.country', 'shippingAddress.countryCode']],
    ['Customer Type', (c, o, r) => v.pick(r, ['', '', 'Retail', 'Wholesale']), [], opt],
    ['Terms', (c, o, r) => v.pick(r, ['', 'Net 30', 'Due on receipt', 'Net 15']), []],
    ['Taxable', (c, o, r) => (r() < 0.85 ? 'Yes' : 'No'), []],
    ['Open Balance', (c, o, r) => (r() < 0.6 ? '0.00' : usd(v.int(r, 20, 2500) + 0.5)), []],
    ['Create Date', (c) => f.us(c.created), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Prefers paper invoices', 'Call before delivery']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'shoper-zamowienia-pl', product: 'Shoper (panel: Zamówienia > eksport CSV, Polish)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['ID zamówienia', (c, o) => String(1000 + (+o.id % 60000)), [OR('purchaseID')]],
    ['Data zamówienia', (c, o) => plTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => PL_STATUS[+o.id % PL_STATUS.length], [], opt],
    ['E-mail', (c) => pl(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => pl(c).mobile, [], opt],
    ['Imię', (c) => pl(c).first, []],
    ['Nazwisko', (c) => pl(c).last, []],
    ['Firma', (c) => (plFirma(c) ? pl(c).company : ''), []],
    ['NIP', (c, o, r) => (plFirma(c) ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['Ulica', (c) => pl(c).street, [BILL('street1')]],
    ['Kod pocztowy', (c) => pl(c).zip, [BILL('postalCode')]],
    ['Miasto', (c) => pl(c).city, [BILL('city')]],
    ['Województwo', (c) => pl(c).region, [BILL('stateProvince'), BILL('state')]],
    ['Kraj', () => 'Polska', [BILL('country')]],
    ['Dostawa - ulica', (c, o) => (+o.id % 5 === 0 ? 'ul. Piotrkowska 120/4' : pl(c).street), [SHIP('street1')]],
    ['Dostawa - kod pocztowy', (c, o) => (+o.id % 5 === 0 ? '90-006' : pl(c).zip), [SHIP('postalCode')]],
    ['Dostawa - miasto', (c, o) => (+o.id % 5 === 0 ? 'Łódź' : pl(c).city), [SHIP('city')]],
    ['Dostawa - kraj', () => 'Polska', [SHIP('country')]],
    ['Forma dostawy', (c, o) => PL_DOST[+o.id % PL_DOST.length], ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => plMoney(plShip(o)), ['commerce.shipping.shippingAmount']],
    ['Forma płatności', (c, o) => ['Przelewy24', 'BLIK', 'PayPal', 'Płatność przy odbiorze', 'Przelew tradycyjny'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Kod rabatowy', (c, o) => (plDisc(o) ? 'WIOSNA10' : ''), ['commerce.promotionID'], opt],
    ['Rabat', (c, o) => plMoney(plDisc(o)), [OR('discountAmount')]],
    ['Wartość produktów', (c, o) => plMoney(plSub(o)), [], opt],
    ['Wartość zamówienia', (c, o) => plMoney(plTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Nazwa produktu', (c, o) => plp(o)[1], [PL('name')]],
    ['Kod produktu', (c, o) => plp(o)[0], [PL('SKU')]],
    ['Wariant', (c, o) => plp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena', (c, o) => plMoney(plp(o)[3]), []],
    ['Numer przesyłki', (c, o, r) => (['Zrealizowane', 'Wysłane'].includes(PL_STATUS[+o.id % PL_STATUS.length]) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000000, 999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Uwagi klienta', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o fakturę', 'Paczka na prezent']), []],
  ] },
  { name: 'ikas-siparisler-tr', product: 'ikas (Siparişler > Dışa Aktar, Excel, Turkish)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(1000 + (+o.id % 90000)), [OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => TR_STATUS[+o.id % TR_STATUS.length], [], opt],
    ['Ödeme Durumu', (c, o) => (+o.id % 6 === 4 ? 'Bekliyor' : +o.id % 6 === 5 ? 'İade Edildi' : 'Ödendi'), [], opt],
    ['Satış Kanalı', (c, o) => (+o.id % 3 === 0 ? 'Trendyol' : 'Web Sitesi'), [], opt],
    ['Müşteri Adı', (c) => tr(c).first, []],
    ['Müşteri Soyadı', (c) => tr(c).last, []],
    ['Müşteri E-posta', (c) => tr(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Müşteri Telefon', (c) => tr(c).mobile, [], opt],
    ['Teslimat Adresi', (c, o) => (trOther(o) ? 'Bağdat Cad. No: 210 D: 5' : tr(c).street), [SHIP('street1')]],
    ['Teslimat İlçe', (c, o) => (trOther(o) ? 'Kadıköy' : tr(c).ilce), [SHIP('city')], opt],
    ['Teslimat İl', (c, o) => (trOther(o) ? 'İstanbul' : tr(c).il), [SHIP('stateProvince'), SHIP('state'), SHIP('city')], opt],
    ['Teslimat Posta Kodu', (c, o) => (trOther(o) ? '34728' : tr(c).zip), [SHIP('postalCode')]],
    ['Fatura Adresi', (c) => tr(c).street, [BILL('street1')]],
    ['Fatura İlçe', (c) => tr(c).ilce, [BILL('city')], opt],
    ['Fatura İl', (c) => tr(c).il, [BILL('stateProvince'), BILL('state'), BILL('city')], opt],
    ['Ülke', () => 'Türkiye', [SHIP('country'), BILL('country')]],
    ['Ürün Adı', (c, o) => trp(o)[1], [PL('name')]],
    ['Varyant', (c, o) => trp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o) => trp(o)[0], [PL('SKU')]],
    ['Barkod', (c, o) => `869${String(1000000000 + (+o.id % 900000000)).slice(0, 10)}`, [], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(trp(o)[3]), []],
    ['Ürün Toplam Tutarı', (c, o) => trMoney(trSub(o)), [PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trMoney(trDisc(o)), [OR('discountAmount')]],
    ['Kargo Ücreti', (c, o) => trMoney(trShip(o)), ['commerce.shipping.shippingAmount']],
    ['Toplam Tutar', (c, o) => trMoney(trSub(o) + trShip(o) - trDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Para Birimi', () => 'TRY', [OR('currencyCode')]],
    ['Ödeme Yöntemi', (c, o) => ['Kredi Kartı', 'Kredi Kartı', 'Havale/EFT', 'Kapıda Ödeme'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Kargo Firması', (c, o) => ['Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo', 'Sürat Kargo'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (TR_STATUS[+o.id % TR_STATUS.length].startsWith('Kargo') || TR_STATUS[+o.id % TR_STATUS.length].startsWith('Teslim') ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', '', 'Hediye paketi yapılsın', 'Zile basmayın']), []],
  ] },

  // ---------------------------------------------------------------- email / newsletter
  { name: 'beehiiv-subscribers', product: 'beehiiv (Audience > Subscribers > Export, CSV; API attribute names)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['first_name', (c, o, r) => (r() < 0.7 ? c.first : ''), ['person.name.firstName']],
    ['last_name', (c, o, r) => (r() < 0.5 ? c.last : ''), ['person.name.lastName']],
    ['status', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'inactive', 'validating']), ['personalEmail.status'], opt],
    ['subscription_tier', (c, o, r) => (r() < 0.12 ? 'premium' : 'free'), [], opt],
    ['subscription_premium_tier_names', (c, o, r) => (r() < 0.12 ? 'Supporter' : ''), [], opt],
    ['created', (c) => f.iso(c.created), [], opt],
    ['utm_source', (c) => bh(c)[0], []],
    ['utm_medium', (c) => bh(c)[1], []],
    ['utm_channel', (c) => bh(c)[2], []],
    ['utm_campaign', (c) => bh(c)[3], []],
    ['referring_site', (c, o, r) => v.pick(r, ['', '', 'https://www.google.com/', 'https://t.co/', 'https://www.linkedin.com/']), []],
    ['referral_code', (c, o, r) => v.alnum(r, 8).toUpperCase(), [], opt],
    ['referral_count', (c) => String(+c.id % 7 === 0 ? +c.id % 5 : 0), []],
    ['country', (c, o, r) => (r() < 0.7 ? c.countryEn : ''), [...at(HOME, 'country')], opt],
    ['stripe_customer_id', (c, o, r) => (r() < 0.12 ? `cus_${v.alnum(r, 14)}` : ''), [], opt],
    ['total_emails_received', (c) => String(+c.id % 120), []],
    ['open_rate', (c) => ((+c.id % 90) + 5).toFixed(1), []],
    ['click_rate', (c) => ((+c.id % 25) * 0.7).toFixed(1), []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'punchh-guests', product: 'Punchh (Guests export from the business dashboard, CSV)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['User ID', (c) => String(150000000 + (+c.id % 9000000)), [...ID, 'loyalty.loyaltyID[0]'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.8 ? c.mobile.replace(/\D/g, '').slice(-10) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.6 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.1 ? f.ymd(c.created - 86400000 * 900) : ''), [], opt],
    ['Gender', (c, o, r) => (r() < 0.5 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Zip Code', (c) => c.postcode, [...at(HOME, 'postalCode')]],
    ['Signup Date', (c) => f.ymd(c.created), ['loyalty.joinDate']],
    ['Signup Channel', (c, o, r) => v.pick(r, ['iPhone', 'Android', 'WebEmail', 'POS']), [], opt],
    ['Favorite Location', (c) => STORES[+c.id % STORES.length], [], opt],
    ['Membership Level', (c) => pTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(pPts(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(pLife(c)), ['loyalty.lifetimePoints']],
    ['Banked Rewards', (c) => (pPts(c) >= 100 ? '5.00' : '0.00'), [], opt],
    ['Total Visits', (c) => String(pVisits(c)), ['loyalty.lifetimePurchases'], opt],
    ['Total Spend', (c) => (pVisits(c) * 14.35).toFixed(2), [], opt],
    ['Last Visit Date', (c) => f.ymd(Math.max(c.created, c.updated)), [], opt],
    ['Email Marketing Opt-in', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['SMS Opt-in', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), [], opt],
    ['Push Notifications Opt-in', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), [], opt],
    ['Referral Code', (c, o, r) => v.alnum(r, 7).toUpperCase(), [], opt],
    ['Loyalty Card Number', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000000, 9999999)) : ''), ['loyalty.cardsDetails[0].number']],
    ['Account Status', (c, o, r) => (r() < 0.95 ? 'Active' : 'Banned'), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'dealfront-kontakte-de', product: 'Dealfront (ex Leadfeeder / Echobot) Connect: Kontakte-Export, German UI', family: 'b2b', language: 'de', schema: B, cols: [
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.15 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => DF_DEPT[+c.id % DF_DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Hierarchieebene', (c) => DF_LEVEL[c.job] ?? 'Mitarbeiter', [], opt],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address']],
    ['E-Mail-Status', (c, o, r) => v.pick(r, ['verifiziert', 'verifiziert', 'Catch-All', 'unbekannt']), ['workEmail.status'], opt],
    ['Telefon', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.25 ? c.mobile : ''), ['mobilePhone.number']],
    ['LinkedIn-Profil', (c, o, r) => (r() < 0.7 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['XING-Profil', (c, o, r) => (r() < 0.3 ? `https://www.xing.com/profile/${c.first}_${c.last}` : ''), []],
    ['Firmenname', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Website', (c) => `www.${slug(c.company)}.de`, ['b2b.companyWebsite']],
    ['Branche', (c) => DF_IND[+c.id % DF_IND.length], []],
    ['Mitarbeiteranzahl', (c) => DF_SIZE[+c.id % DF_SIZE.length], []],
    ['Umsatz', (c, o, r) => v.pick(r, ['1-10 Mio. €', '10-50 Mio. €', '50-100 Mio. €', '']), []],
    ['Straße', (c) => c.street, ['workAddress.street1']],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city']],
    ['Bundesland', (c) => DE_LAND[c.city] ?? c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Land', () => 'Deutschland', ['workAddress.country']],
    ['Handelsregisternummer', (c, o, r) => `HRB ${v.int(r, 1000, 250000)}`, []],
    ['Dealfront-ID', (c, o, r) => v.uuid(r), B2BID, opt],
    ['Zuletzt aktualisiert', (c) => f.de(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'satispay-transazioni-it', product: 'Satispay Business (dashboard: Transazioni > Esporta CSV, Italian)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o, r) => v.uuid(r).replace(/-/g, '').toUpperCase().slice(0, 32), [OR('payments[0].transactionID'), '_id']],
    ['Data', (c, o) => romeDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['Ora', (c, o) => romeTime(o.at), [], opt],
    ['Tipo', (c, o) => (spRefund(o) ? 'Rimborso' : 'Pagamento'), [], opt],
    ['Stato', (c, o) => (+o.id % 13 === 0 ? 'Annullato' : 'Accettato'), [], opt],
    ['Importo', (c, o) => `${spRefund(o) ? '-' : ''}${itMoney(spAmt(o))}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commissione', (c, o) => itMoney(spRefund(o) ? 0 : spFee(o)), []],
    ['Importo netto', (c, o) => `${spRefund(o) ? '-' : ''}${itMoney(spRefund(o) ? spAmt(o) : spAmt(o) - spFee(o))}`, [], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Punto vendita', (c, o) => SP_SHOPS[+o.id % SP_SHOPS.length], [], opt],
    ['Nome cliente', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Descrizione', (c, o, r) => v.pick(r, ['', '', 'Colazione', 'Ordine online #' + o.id]), []],
    ['ID esterno', (c, o) => (SP_SHOPS[+o.id % SP_SHOPS.length] === 'Negozio online' ? `ord_${o.id}` : ''), [OR('purchaseID')], opt],
    ['ID transazione originale', (c, o, r) => (spRefund(o) ? v.uuid(r).replace(/-/g, '').toUpperCase().slice(0, 32) : ''), [], opt],
    ['Codice dispositivo', (c, o) => (SP_SHOPS[+o.id % SP_SHOPS.length] === 'Negozio online' ? '' : `POS-${1 + (+o.id % 3)}`), []],
  ] },
  { name: 'toast-order-details', product: 'Toast (Reports > Data exports: OrderDetails.csv)', family: 'payments', language: 'en', schema: E, cols: [
    ['Location', () => 'Smokehouse Grill - Austin', [], opt],
    ['Order Id', (c, o) => String(400000000000000 + +o.id * 7919), [OR('purchaseID'), '_id']],
    ['Order #', (c, o) => String(1 + (+o.id % 350)), [OR('purchaseID')], opt],
    ['Checks', (c, o) => String(1 + (+o.id % 350)), [], opt],
    ['Opened', (c, o) => toastTime(o.at), ['timestamp', OR('createdDate')]],
    ['# of Guests', (c, o) => String(1 + (+o.id % 6)), []],
    ['Tab Names', (c, o) => (tOpt(o)[1] === 'Bar' ? c.first : ''), []],
    ['Server', (c, o, r) => v.pick(r, ['Jessica M', 'Carlos R', 'Taylor B', 'Online Ordering']), []],
    ['Table', (c, o) => (tOpt(o)[0] === 'Dine In' ? String(1 + (+o.id % 40)) : ''), []],
    ['Revenue Center', (c, o) => tOpt(o)[1], [], opt],
    ['Dining Area', (c, o) => tOpt(o)[2], [], opt],
    ['Service', (c, o) => (new Date(o.at).getUTCHours() < 21 ? 'Lunch' : 'Dinner'), []],
    ['Dining Options', (c, o) => tOpt(o)[0], ['commerce.shipping.shippingMethod', OR('orderType')], opt],
    ['Discount Amount', (c, o) => tDisc(o).toFixed(2), [OR('discountAmount')]],
    ['Amount', (c, o) => (tAmt(o) - tDisc(o)).toFixed(2), [], opt],
    ['Tax', (c, o) => tTax(o).toFixed(2), [OR('taxAmount')]],
    ['Tip', (c, o) => tTip(o).toFixed(2), []],
    ['Gratuity', (c, o) => (+o.id % 6 === 0 ? (tAmt(o) * 0.2).toFixed(2) : '0.00'), []],
    ['Total', (c, o) => (tAmt(o) - tDisc(o) + tTax(o) + tTip(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Voided', (c, o) => (tVoid(o) ? 'True' : 'False'), [], opt],
    ['Paid', (c, o) => toastTime(o.at + (20 + (+o.id % 60)) * 60000), [], opt],
    ['Closed', (c, o) => toastTime(o.at + (22 + (+o.id % 60)) * 60000), [], opt],
    ['Duration (Opened to Paid)', (c, o) => `0:${pad(20 + (+o.id % 40))}:00`, [], opt],
    ['Order Source', (c, o) => (tOpt(o)[1] === 'Online Ordering' ? 'Online' : 'In store'), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'reamaze-contacts', product: 'Re:amaze (Contacts > Export CSV)', family: 'support', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Twitter', (c, o, r) => (r() < 0.1 ? `@${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Facebook', (c, o, r) => (r() < 0.1 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000, 999999)) : ''), []],
    ['Instagram', (c, o, r) => (r() < 0.08 ? `${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Created At', (c) => reTime(c.created), [], opt],
    ['Last Active', (c) => reTime(Math.max(c.created, c.updated)), [], opt],
    ['Conversations', (c) => String(1 + (+c.id % 12)), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'VIP - expedite', 'Asked about wholesale']), []],
    ['Data: Customer ID', (c, o, r) => (r() < 0.7 ? String(6000000000000 + (+c.id % 900000) * 1009) : ''), ID, opt],
    ['Data: City', (c, o, r) => (r() < 0.6 ? c.city : ''), at(HOME, 'city')],
    ['Data: Country', (c, o, r) => (r() < 0.6 ? c.countryEn : ''), at(HOME, 'country')],
    ['Data: Total Spent', (c) => ((+c.id % 40) * 23.5).toFixed(2), []],
    ['Data: Orders Count', (c) => String(+c.id % 9), []],
  ] },
]
