// Round 9, tune9: tune sets added in round 9 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, PL, OR, SHIP, GEO, BROWSERS, OSES, at, opt } from './sets.mjs'
import { parts } from './values.mjs'

const pad = (n) => String(n).padStart(2, '0')
const nok = (n) => (n * 11.5).toFixed(2).replace('.', ',')
const eu = (n) => n.toFixed(2).replace('.', ',')
// "05/03/2024 14:22" (Conekta, Mexico)
const mx = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "2024-03-05 14:22:31" → Flutterwave's "2024-03-05T14:22:31.000Z"
const isoMs = (ms) => new Date(ms).toISOString()
// Bloomreach epoch seconds with a fraction
const epochFrac = (ms) => (ms / 1000 + 0.482913).toFixed(6)

// Row-seeded Norwegian and Polish persons (the shared helpers have neither language); derived from the row's person
// so that all columns of a row agree.
const NO_FIRST = ['Ola', 'Kari', 'Lars', 'Ingrid', 'Jonas', 'Sofie', 'Henrik', 'Nora', 'Magnus', 'Ida']
const NO_LAST = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen']
const NO_CITY = [['Oslo', '0150'], ['Bergen', '5003'], ['Trondheim', '7010'], ['Stavanger', '4006'], ['Tromsø', '9008'], ['Drammen', '3015']]
const NO_STREET = ['Storgata', 'Kirkegata', 'Dronningens gate', 'Strandveien', 'Parkveien', 'Skolegata']
const PL_FIRST = ['Jakub', 'Anna', 'Mateusz', 'Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Magdalena', 'Michał', 'Zofia']
const PL_LAST = ['Nowak', 'Kowalczyk', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kozłowski']
const PL_CITY = [['Warszawa', 'mazowieckie', '00-950'], ['Kraków', 'małopolskie', '31-011'], ['Gdańsk', 'pomorskie', '80-831'], ['Wrocław', 'dolnośląskie', '50-077'], ['Poznań', 'wielkopolskie', '61-772']]
const PL_STREET = ['ul. Marszałkowska', 'ul. Długa', 'ul. Piotrkowska', 'ul. Floriańska', 'al. Jerozolimskie', 'ul. Świętojańska']
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/[^a-z]/g, '')
const local = (c, FIRST, LAST, CITY, STREET, dom) => {
  const n = +c.id
  const first = FIRST[n % FIRST.length], last = LAST[Math.floor(n / 10) % LAST.length], city = CITY[Math.floor(n / 100) % CITY.length]
  return { first, last, full: `${first} ${last}`, city, street: `${STREET[n % STREET.length]} ${n % 90 + 1}`, email: `${ascii(first)}.${ascii(last)}${n % 90 + 10}@${dom[n % dom.length]}` }
}
const no = (c) => local(c, NO_FIRST, NO_LAST, NO_CITY, NO_STREET, ['online.no', 'gmail.com', 'hotmail.no'])
const pl = (c) => local(c, PL_FIRST, PL_LAST, PL_CITY, PL_STREET, ['wp.pl', 'onet.pl', 'gmail.com', 'o2.pl'])
const noPhone = (c) => `+47 ${22 + (+c.id % 5)} ${String(+c.id).slice(0, 2)} ${String(+c.id).slice(2, 4)} ${String(+c.id).slice(4, 6)}`
const noMobile = (c) => `+47 9${String(+c.id).slice(0, 2)} ${String(+c.id).slice(2, 4)} ${String(+c.id).slice(3, 6)}`
const plMobile = (c) => `+48 5${String(+c.id).slice(0, 2)} ${String(+c.id).slice(2, 5)} ${String(+c.id).slice(3, 6)}`
const HOME_MAIL = ['mailingAddress', 'homeAddress']

export const SETS = [
  // ---------------------------------------------------------------- Norwegian accounting: customer register (Tripletex)
  { name: 'tripletex-kunder', product: 'Tripletex (kunderegister, Norwegian)', family: 'crm', language: 'no', schema: P, cols: [
    ['Kundenummer', (c) => String(10000 + (+c.id % 9000)), ID],
    ['Navn', (c) => no(c).full, ['person.name.fullName'], opt],
    ['Organisasjonsnummer', (c, o, r) => (r() < 0.4 ? String(v.int(r, 811111111, 999999999)) : ''), [], opt],
    ['Telefon', (c) => noPhone(c), ['homePhone.number', 'workPhone.number']],
    ['Mobil', (c) => noMobile(c), ['mobilePhone.number']],
    ['Faks', (c, o, r) => (r() < 0.2 ? noPhone(c) : ''), ['faxPhone.number']],
    ['Epost', (c) => no(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Postadresse - linje 1', (c) => no(c).street, at(HOME_MAIL, 'street1')],
    ['Postadresse - linje 2', (c, o, r) => (r() < 0.2 ? `Postboks ${v.int(r, 1, 900)}` : ''), at(HOME_MAIL, 'street2')],
    ['Postadresse - postnummer', (c) => no(c).city[1], at(HOME_MAIL, 'postalCode')],
    ['Postadresse - sted', (c) => no(c).city[0], at(HOME_MAIL, 'city')],
    ['Postadresse - land', () => 'Norge', at(HOME_MAIL, 'country')],
    ['Forretningsadresse - linje 1', (c, o, r) => (r() < 0.5 ? no(c).street : ''), ['workAddress.street1'], opt],
    ['Forretningsadresse - postnummer', (c, o, r) => (r() < 0.5 ? no(c).city[1] : ''), ['workAddress.postalCode'], opt],
    ['Forretningsadresse - sted', (c, o, r) => (r() < 0.5 ? no(c).city[0] : ''), ['workAddress.city'], opt],
    ['Kundekategori', (c, o, r) => v.pick(r, ['Privat', 'Bedrift', 'Offentlig']), []],
    ['Privatperson', (c, o, r) => v.pick(r, ['Ja', 'Nei']), [], opt],
    ['Språk', (c, o, r) => v.pick(r, ['Norsk', 'Engelsk']), [], opt],
  ] },

  // ---------------------------------------------------------------- Norwegian accounting: invoice list (Tripletex)
  { name: 'tripletex-fakturaer', product: 'Tripletex (fakturaliste, Norwegian)', family: 'ecommerce-orders', language: 'no', schema: E, cols: [
    ['Fakturanummer', (c, o, r) => String(v.int(r, 10001, 19999)), [OR('purchaseID')], opt],
    ['Fakturadato', (c, o) => f.ymd(o.at), ['timestamp', OR('createdDate')]],
    ['Forfallsdato', (c, o) => f.ymd(o.at + 14 * 86400000), []],
    ['KID', (c, o, r) => String(v.int(r, 1e9, 9e9)), [], opt],
    ['Ordrenummer', (c, o) => o.id, [OR('purchaseID')]],
    ['Kundenummer', (c) => String(10000 + (+c.id % 9000)), [], opt],
    ['Kundenavn', (c) => no(c).full, []],
    ['Kundens e-postadresse', (c) => no(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Beløp eks. mva', (c, o) => nok(o.subtotal), []],
    ['Mva', (c, o) => nok(o.tax), [OR('taxAmount')]],
    ['Beløp inkl. mva', (c, o) => nok(o.total), [OR('priceTotal')]],
    ['Utestående', (c, o, r) => (r() < 0.3 ? nok(o.total) : '0,00'), []],
    ['Valuta', () => 'NOK', [OR('currencyCode')]],
    ['Kommentar', (c, o, r) => v.pick(r, ['', 'Levert', 'Purret']), []],
  ] },

  // ---------------------------------------------------------------- German invoicing: clients (Billomat)
  { name: 'billomat-kunden', product: 'Billomat (Kunden-Export, German)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kundennummer', (c) => `KD${c.id.slice(0, 4)}`, B2BID],
    ['Firma', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at([...WORK, ...HOME, 'billingAddress'], 'street1')],
    ['PLZ', (c) => c.postcode, at([...WORK, ...HOME, 'billingAddress'], 'postalCode')],
    ['Ort', (c) => c.city, at([...WORK, ...HOME, 'billingAddress'], 'city')],
    ['Bundesland', (c) => c.region, at([...WORK, ...HOME, 'billingAddress'], 'stateProvince').concat(at([...WORK, ...HOME, 'billingAddress'], 'state'))],
    ['Land', (c) => c.countryCode, at([...WORK, ...HOME, 'billingAddress'], 'countryCode')],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => c.mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Webseite', (c) => `www.${c.company.toLowerCase().replace(/[^a-z]/g, '')}.de`, ['b2b.companyWebsite']],
    ['USt-IdNr.', (c, o, r) => `DE${v.int(r, 100000000, 999999999)}`, [], opt],
    ['Steuernummer', (c, o, r) => `${v.int(r, 10, 99)}/${v.int(r, 100, 999)}/${v.int(r, 10000, 99999)}`, [], opt],
    ['Zahlungsziel (Tage)', (c, o, r) => v.pick(r, ['14', '30']), []],
    ['Notiz', (c, o, r) => v.pick(r, ['', 'Stammkunde', 'Skonto 2%']), []],
    ['Erstellt', (c) => f.deTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Conekta, Mexico, Spanish dashboard export)
  { name: 'conekta-pagos', product: 'Conekta (exportación de pagos, Spanish)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => `ord_${v.alnum(r, 17)}`, [OR('payments[0].transactionID'), '_id']],
    ['Fecha de creación', (c, o) => mx(o.at), ['timestamp', OR('createdDate')]],
    ['Monto', (c, o) => (o.total * 18).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Estado', (c, o, r) => v.pick(r, ['Pagada', 'Pagada', 'Reembolsada', 'Declinada']), [], opt],
    ['Método de pago', (c, o, r) => v.pick(r, ['Tarjeta', 'OXXO', 'SPEI']), [OR('payments[0].paymentType')], opt],
    ['Marca de tarjeta', (c, o, r) => v.pick(r, ['VISA', 'MASTERCARD', 'AMEX', '']), []],
    ['Últimos 4 dígitos', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Comisión', (c, o) => (o.total * 18 * 0.029 + 2.5).toFixed(2), []],
    ['IVA', (c, o) => ((o.total * 18 * 0.029 + 2.5) * 0.16).toFixed(2), []],
    ['Monto neto', (c, o) => (o.total * 18 * 0.96).toFixed(2), []],
    ['Referencia', (c, o) => `PED-${o.id}`, [OR('purchaseID')], opt],
    ['Nombre del cliente', (c) => c.full, []],
    ['Correo del cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono del cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Flutterwave transactions, API attribute names)
  { name: 'flutterwave-transactions', product: 'Flutterwave (transactions export)', family: 'payments', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('payments[0].transactionID'), '_id']],
    ['tx_ref', (c, o) => `order_${o.id}`, [OR('purchaseID')], opt],
    ['flw_ref', (c, o, r) => `FLW-MOCK-${v.hex(r, 24)}`, [OR('payments[0].transactionID')], opt],
    ['amount', (c, o) => (o.total * 1600).toFixed(0), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['charged_amount', (c, o) => (o.total * 1600 * 1.014).toFixed(0), [], opt],
    ['app_fee', (c, o) => (o.total * 1600 * 0.014).toFixed(0), []],
    ['merchant_fee', () => '0', []],
    ['currency', () => 'NGN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['status', (c, o, r) => v.pick(r, ['successful', 'successful', 'failed']), [], opt],
    ['payment_type', (c, o, r) => v.pick(r, ['card', 'bank_transfer', 'ussd', 'mobilemoneyghana']), [OR('payments[0].paymentType')], opt],
    ['narration', (c, o) => `${o.name} x${o.qty}`, [], opt],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['device_fingerprint', (c, o, r) => v.hex(r, 32), [], opt],
    ['created_at', (c, o) => isoMs(o.at), ['timestamp', OR('createdDate')]],
    ['customer_name', (c) => c.full, []],
    ['customer_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['customer_phone_number', (c, o, r) => `+234${v.int(r, 7000000000, 9099999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
  ] },

  // ---------------------------------------------------------------- analytics (FullStory data export, event rows)
  { name: 'fullstory-data-export', product: 'FullStory (data export bundle, events)', family: 'analytics', language: 'en', schema: E, cols: [
    ['EventStart', (c, o) => f.iso(o.at), ['timestamp']],
    ['EventType', (c, o, r) => v.pick(r, ['click', 'navigate', 'change', 'custom']), ['eventType', 'web.webInteraction.type'], opt],
    ['EventTargetText', (c, o, r) => v.pick(r, ['Add to cart', 'Checkout', 'Sign in', '']), ['web.webInteraction.name'], opt],
    ['IndvId', (c, o, r) => String(v.int(r, 1e15, 9e15)), [], opt],
    ['UserId', (c, o, r) => String(v.int(r, 1e15, 9e15)), [], opt],
    ['SessionId', (c, o, r) => String(v.int(r, 1e15, 9e15)), [], opt],
    ['PageId', (c, o, r) => String(v.int(r, 1e15, 9e15)), [], opt],
    ['UserEmail', (c, o, r) => (r() < 0.5 ? c.email : ''), ['endUserIDs._experience.emailid.id']],
    ['UserDisplayName', (c, o, r) => (r() < 0.5 ? c.full : ''), []],
    ['PageUrl', (c, o, r) => v.pick(r, ['https://shop.example.com/', 'https://shop.example.com/cart', 'https://shop.example.com/products/classic-tee']), ['web.webPageDetails.URL']],
    ['PageRefererUrl', (c, o, r) => v.pick(r, ['https://www.google.com/', '', 'https://shop.example.com/']), ['web.webReferrer.URL']],
    ['PageDuration', (c, o, r) => String(v.int(r, 1000, 600000)), [], opt],
    ['PageBrowser', (c, o, r) => v.pick(r, BROWSERS), ['environment.browserDetails.name']],
    ['PageBrowserVersion', (c, o, r) => v.pick(r, ['120.0.6099.130', '17.2', '121.0']), ['environment.browserDetails.version']],
    ['PageDevice', (c, o, r) => v.pick(r, ['Desktop', 'Mobile', 'Tablet']), ['device.type'], opt],
    ['PageOperatingSystem', (c, o, r) => v.pick(r, OSES), ['environment.operatingSystem']],
    ['PageIp', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['PageLatLong', (c, o, r) => `${(30 + r() * 20).toFixed(4)},${(-120 + r() * 50).toFixed(4)}`, [], opt],
    ['PageCity', (c) => c.city, [GEO('city')]],
    ['PageRegion', (c) => c.region, [GEO('stateProvince')]],
    ['PageCountry', (c) => c.countryCode, [GEO('countryCode')]],
  ] },

  // ---------------------------------------------------------------- analytics (Bloomreach Engagement purchase events, `properties.` container)
  { name: 'bloomreach-purchase-events', product: 'Bloomreach Engagement (event export, purchase)', family: 'analytics', language: 'en', schema: E, cols: [
    ['type', () => 'purchase', ['eventType'], opt],
    ['timestamp', (c, o) => epochFrac(o.at), ['timestamp']],
    ['customer_ids.registered', (c, o, r) => (r() < 0.7 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['customer_ids.cookie', (c, o, r) => v.uuid(r), [], opt],
    ['properties.purchase_id', (c, o) => o.id, [OR('purchaseID')]],
    ['properties.purchase_status', (c, o, r) => v.pick(r, ['success', 'success', 'pending']), [], opt],
    ['properties.total_price', (c, o) => o.total.toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['properties.total_quantity', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['properties.currency', () => 'EUR', [OR('currencyCode')]],
    ['properties.payment_type', (c, o, r) => v.pick(r, ['card', 'paypal', 'invoice']), [OR('payments[0].paymentType')], opt],
    ['properties.shipping_type', (c, o, r) => v.pick(r, ['standard', 'express', 'pickup']), ['commerce.shipping.shippingMethod']],
    ['properties.shipping_cost', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['properties.voucher_code', (c, o) => o.coupon, []],
    ['properties.voucher_value', (c, o) => o.discount.toFixed(2), [OR('discountAmount')], opt],
    ['properties.location', (c, o, r) => v.pick(r, ['https://shop.example.com/checkout/thank-you', 'https://shop.example.com/checkout']), ['web.webPageDetails.URL'], opt],
    ['properties.browser', (c, o, r) => v.pick(r, BROWSERS), ['environment.browserDetails.name']],
    ['properties.os', (c, o, r) => v.pick(r, OSES), ['environment.operatingSystem']],
    ['properties.device', (c, o, r) => v.pick(r, ['desktop', 'mobile', 'tablet']), ['device.type'], opt],
    ['properties.utm_source', (c, o, r) => v.pick(r, ['google', 'newsletter', 'facebook']), [], opt],
    ['properties.utm_campaign', (c, o, r) => v.pick(r, ['spring_sale', 'brand', 'retargeting_q2']), ['marketing.trackingCode', 'marketing.campaignName']],
  ] },

  // ---------------------------------------------------------------- loyalty (Comarch Loyalty Management, Polish member export)
  { name: 'comarch-loyalty-uczestnicy', product: 'Comarch Loyalty Management (eksport uczestników, Polish)', family: 'loyalty', language: 'pl', schema: P, cols: [
    ['Identyfikator uczestnika', (c) => `M${c.id}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Numer karty', (c) => `9616${c.id}${String(+c.id % 997).padStart(3, '0')}`, ['loyalty.cardsDetails[0].number']],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['Płeć', (c) => (pl(c).first.endsWith('a') ? 'K' : 'M'), ['person.gender'], opt],
    ['Data urodzenia', (c) => f.de(c.birth), ['person.birthDate']],
    ['Adres e-mail', (c) => pl(c).email, ['personalEmail.address']],
    ['Telefon komórkowy', (c) => plMobile(c), ['mobilePhone.number']],
    ['Ulica', (c) => pl(c).street, at(HOME, 'street1')],
    ['Kod pocztowy', (c) => pl(c).city[2], at(HOME, 'postalCode')],
    ['Miasto', (c) => pl(c).city[0], at(HOME, 'city')],
    ['Województwo', (c) => pl(c).city[1], at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Kraj', () => 'Polska', at(HOME, 'country')],
    ['Poziom', (c, o, r) => v.pick(r, ['Srebrny', 'Złoty', 'Platynowy']), ['loyalty.tier']],
    ['Saldo punktów', (c, o, r) => String(v.int(r, 0, 20000)), ['loyalty.points']],
    ['Punkty zebrane łącznie', (c, o, r) => String(v.int(r, 20000, 90000)), ['loyalty.lifetimePoints']],
    ['Data przystąpienia', (c) => f.de(c.created), ['loyalty.joinDate']],
    ['Status', (c, o, r) => v.pick(r, ['Aktywny', 'Aktywny', 'Zablokowany']), ['loyalty.status'], opt],
    ['Zgoda marketingowa', (c, o, r) => v.pick(r, ['Tak', 'Nie']), [], opt],
  ] },

  // ---------------------------------------------------------------- email marketing (Sailthru user export, geo-IP block)
  { name: 'sailthru-users', product: 'Sailthru / Marigold Engage (user export)', family: 'email-tools', language: 'en', schema: P, cols: [
    ['Profile Id', (c, o, r) => v.hex(r, 24), ID, opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Email Hash', (c, o, r) => v.hex(r, 32), []],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['birth_date', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Signup Date', (c) => f.ymdhms(c.created), [], opt],
    ['Signup Source', (c, o, r) => v.pick(r, ['popup', 'checkout', 'api']), []],
    ['Optout', (c, o, r) => v.pick(r, ['', '', 'all', 'basic']), [], opt],
    ['Lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter,Deals', 'Deals']), []],
    ['Last Open', (c) => f.ymdhms(c.updated), []],
    ['Last Click', (c) => f.ymdhms(c.updated), []],
    ['Geo City', (c) => c.city, [], opt],
    ['Geo State', (c) => c.region, [], opt],
    ['Geo Country', (c) => c.countryCode, [], opt],
    ['Geo Zip', (c) => c.postcode, [], opt],
    ['Geo Latitude', (c, o, r) => (30 + r() * 15).toFixed(4), [], opt],
    ['Geo Longitude', (c, o, r) => (-120 + r() * 45).toFixed(4), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM contacts (HighLevel / LeadConnector export)
  { name: 'highlevel-contacts', product: 'HighLevel (contacts export)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact Id', (c, o, r) => v.alnum(r, 20), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Additional Phone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number'], opt],
    ['Business Name', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]'], opt],
    ['Street Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['Date Of Birth', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Source', (c, o, r) => v.pick(r, ['Facebook Lead Form', 'Website Chat', 'Manual']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'hot lead', 'customer,vip']), []],
    ['Created', (c) => f.iso(c.created), [], opt],
    ['Last Activity', (c) => f.iso(c.updated), []],
    ['DND', (c, o, r) => v.pick(r, ['false', 'false', 'true']), [], opt],
    ['Timezone', (c, o, r) => v.pick(r, ['America/New_York', 'America/Chicago']), []],
  ] },

  // ---------------------------------------------------------------- cold-email prospects (Woodpecker)
  { name: 'woodpecker-prospects', product: 'Woodpecker (prospects export)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => String(v.int(r, 1e8, 9e8)), B2BID],
    ['email', (c) => c.workEmail, ['workEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['industry', (c, o, r) => v.pick(r, ['Software', 'Retail', 'Logistics']), []],
    ['website', (c) => `https://${c.company.toLowerCase().replace(/[^a-z]/g, '')}.com`, ['b2b.companyWebsite']],
    ['title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['phone', (c) => c.phone, ['workPhone.number']],
    ['linkedin_url', (c) => `https://www.linkedin.com/in/${c.first.toLowerCase()}-${c.last.toLowerCase().replace(/[^a-z]/g, '')}`, []],
    ['address', (c) => c.street, ['workAddress.street1'], opt],
    ['city', (c) => c.city, ['workAddress.city'], opt],
    ['state', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['country', (c) => c.countryEn, ['workAddress.country'], opt],
    ['status', (c, o, r) => v.pick(r, ['ACTIVE', 'REPLIED', 'BOUNCED', 'INVALID']), [], opt],
    ['tags', (c, o, r) => v.pick(r, ['', '#saas', '#q3']), []],
    ['snippet1', (c, o, r) => v.pick(r, ['Saw your talk at SaaStr', 'Congrats on the funding round']), []],
    ['last_contacted', (c) => f.iso(c.updated), []],
  ] },
]
