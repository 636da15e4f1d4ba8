// Round 21, tune21: tune sets written blind in round 21 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, GEO, UA, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { loc } from './values10.mjs'
import { loc12, translit } from './values12.mjs'

// Mailgun's epoch seconds with microseconds, Postmark's ISO with offset, Saleor's ISO with microseconds,
// Moscow "2024-05-12 14:33:10", Oslo "12.04.2026", Polish "2026-11-30 17:08:41"
const epochFrac = (ms) => `${Math.floor(ms / 1000)}.${pad(Math.floor(ms / 16) % 1000000, 6)}`
const pmIso = (ms) => { const p = shift(ms, -5); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad(ms % 1000, 3)}0000-05:00` }
const saleorIso = (ms) => `${new Date(ms).toISOString().slice(0, 19)}.${pad(Math.floor(ms / 7) % 1000000, 6)}+00:00`
const mskSec = (ms) => { const p = shift(ms, 3); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const mskIso = (ms) => { const p = shift(ms, 3); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const osloDate = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const osloTime = (ms) => { const p = shift(ms, 1); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const plTime = (ms) => { const p = shift(ms, 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const plDate = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const nok = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const pln = (n) => n.toFixed(2).replace('.', ',')
const b64 = (s) => Buffer.from(s).toString('base64')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/ł/g, 'l').replace(/[^a-z]/g, '')

// LinkedIn member fields
const SENIORITY = ['Senior', 'Manager', 'Director', 'Entry', 'VP', 'CXO']
const FUNCTION = ['Marketing', 'Information Technology', 'Operations', 'Sales', 'Finance', 'Engineering']
const SIZE = ['11-50', '51-200', '201-500', '1001-5000', '10001+']
const INDUSTRY = ['Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Manufacturing', 'Retail']
// Mailgun
const MG_EVENTS = ['delivered', 'delivered', 'opened', 'opened', 'clicked', 'failed', 'accepted', 'unsubscribed', 'complained']
const SUBJECTS = ['Your order has shipped', 'Reset your password', 'Welcome to Northwind!', 'Your invoice for November', 'Weekly digest']
const eng = (i) => ['opened', 'clicked', 'unsubscribed', 'complained'].includes(row(MG_EVENTS, i))
const CLIENTS = [['Gmail', 'webmail', 'Windows', 'desktop'], ['Apple Mail', 'mobile browser', 'iOS', 'mobile'], ['Outlook', 'email client', 'Windows', 'desktop'], ['Chrome', 'browser', 'Android', 'mobile'], ['Safari', 'browser', 'OS X', 'desktop']]
const GEO_US = [['US', 'CA', 'San Francisco'], ['US', 'NY', 'New York'], ['US', 'TX', 'Austin'], ['US', 'WA', 'Seattle'], ['Unknown', 'Unknown', 'Unknown']]
// Postmark
const PM_BOUNCES = [['HardBounce', 1, 'Hard bounce', 'The server was unable to deliver your message (ex: unknown user, mailbox not found).', 'smtp;550 5.1.1 The email account that you tried to reach does not exist.'], ['SoftBounce', 4096, 'Soft bounce', 'Unable to temporarily deliver this email.', 'smtp;452 4.2.2 The email account that you tried to reach is over quota.'], ['SpamComplaint', 512, 'Spam complaint', 'The subscriber explicitly marked this message as spam.', ''], ['Transient', 2, 'Message delayed', 'The server could not temporarily deliver your message (ex: Message is delayed due to network troubles).', 'smtp;421 4.7.0 Try again later'], ['Blocked', 100000, 'ISP block', 'The ISP blocked this message.', 'smtp;554 5.7.1 Message rejected due to content restrictions']]
// Saleor / Sylius products
const SALEOR_LINES = [['UNISEX-TEE-BLK-M', 'Monospace Tee', 'M / Black', 30], ['HOODIE-GRY-L', 'Saleor Hoodie', 'L / Grey', 65], ['BEANIE-001', 'Dash Beanie', '', 18.5], ['CUSH-JUICE-4', 'Cushing Juice 4-pack', '4 x 330ml', 12]]
const SHIP_METHODS = ['DHL', 'UPS Standard', 'Free shipping', 'Click & Collect']
// Ozon / Wildberries
const OZON = [['Кроссовки мужские беговые', 'SN-RED-42', 1452387654, 4990], ['Футболка хлопковая базовая черная', 'TS-BLK-M', 987654321, 990], ['Кружка керамическая 350 мл', 'MG-WHT-01', 745123698, 590], ['Рюкзак городской 20 л', 'BP-NVY-20', 1122334455, 3290]]
const OZON_CLUSTER = ['Москва, МО и Дальние регионы', 'Санкт-Петербург и СЗО', 'Урал', 'Сибирь', 'Поволжье']
const WB = [['Футболки', 'Одежда', 'BASICLINE', 'TS-BLK-M', 'M', 1690], ['Кроссовки', 'Обувь', 'RUNPRO', 'SN-RED-42', '42', 5490], ['Кружки', 'Дом', 'HOMELY', 'MG-WHT-01', '0', 490], ['Рюкзаки', 'Аксессуары', 'URBANIX', 'BP-NVY-20', '0', 2990]]
const WB_WH = ['Коледино', 'Подольск', 'Электросталь', 'Казань', 'Краснодар', 'Екатеринбург - Перспективный 12']
const WB_OKRUG = { Москва: 'Центральный федеральный округ', 'Санкт-Петербург': 'Северо-Западный федеральный округ', 'Новосибирская область': 'Сибирский федеральный округ', 'Свердловская область': 'Уральский федеральный округ', 'Республика Татарстан': 'Приволжский федеральный округ' }
// Vipps (Norway)
const NO_NAMES = [['Ola', 'Nordmann'], ['Kari', 'Hansen'], ['Lars', 'Johansen'], ['Ingrid', 'Olsen'], ['Magnus', 'Larsen'], ['Silje', 'Andersen'], ['Håkon', 'Pedersen'], ['Marte', 'Nilsen']]
const NO_STORES = [['Kaffebrenneriet Grünerløkka', '513428'], ['Sport 1 Bergen', '618203'], ['Nettbutikk Fjellsport.no', '702115']]
// Freshmail / Przelewy24 (Poland)
const FM_STATUS = ['Aktywny', 'Aktywny', 'Aktywny', 'Nieaktywny', 'Wypisany', 'Do aktywacji', 'Zbanowany']
const P24_METHODS = ['BLIK', 'BLIK', 'mTransfer', 'Płacę z iPKO', 'Karta płatnicza', 'Przelew tradycyjny', 'PayPo']
// Kustomer / Front
const TZ = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Denver']
const SENT = ['positive', 'neutral', 'negative']

export const SETS = [
  // ---------------------------------------------------------------- B2B leads (LinkedIn Campaign Manager, Lead Gen Forms > Download leads CSV)
  { name: 'linkedin-lead-gen-leads', product: 'LinkedIn Lead Gen Forms (Campaign Manager, Account assets > Lead Gen Forms > Download leads)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Lead ID', (c, o, r) => `urn:li:leadFormResponse:(urn:li:sponsoredCreative:${v.int(r, 100000000, 999999999)},${v.int(r, 1000000, 9999999)})`, B2BID, opt],
    ['Submitted At', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email Address', (c) => (c.bool ? c.email : c.workEmail), ['personalEmail.address', 'workEmail.address']],
    ['Work Email', (c) => c.workEmail, ['workEmail.address']],
    ['Phone Number', (c) => c.mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Work Phone Number', (c) => c.phone, ['workPhone.number']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c, o, r) => v.pick(r, SENIORITY), [], opt],
    ['Job Function', (c, o, r) => v.pick(r, FUNCTION), ['extendedWorkDetails.departments[0]'], opt],
    ['Company Size', (c, o, r) => v.pick(r, SIZE), []],
    ['Industry', (c, o, r) => v.pick(r, INDUSTRY), []],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Zip Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['LinkedIn Profile URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(() => 0.3, 3)}${c.id.slice(0, 3)}`, []],
    ['Lead Type', (c, o, r) => v.pick(r, ['SPONSORED', 'SPONSORED', 'SPONSORED', 'EVENT', 'COMPANY']), ['b2b.personSource'], opt],
    ['Campaign Name', (c, o, r) => v.pick(r, ['Q4 Webinar - Data Teams', 'Ebook: State of Analytics 2026', 'Demo Request - NA']), []],
    ['Campaign ID', (c, o, r) => String(v.int(r, 200000000, 299999999)), []],
    ['Form Name', (c, o, r) => v.pick(r, ['Webinar Registration', 'Ebook Download', 'Request a Demo']), []],
    ['Form ID', (c, o, r) => String(v.int(r, 5000000, 5999999)), []],
    ['Ad Account', () => 'Northwind Analytics (508123456)', []],
    ['Test Lead', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), [], opt],
    ['I agree to receive marketing communications', (c) => (c.bool ? 'Yes' : ''), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },

  // ---------------------------------------------------------------- email tools (Mailgun, Send > Logs, events flattened)
  { name: 'mailgun-events', product: 'Mailgun (Send > Logs / Events API, events flattened to CSV)', family: 'email', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.alnum(r, 22), ['_id']],
    ['timestamp', (c, o) => epochFrac(o.at), ['timestamp']],
    ['event', (c, o, r, i) => row(MG_EVENTS, i), ['eventType'], opt],
    ['log-level', (c, o, r, i) => (row(MG_EVENTS, i) === 'failed' ? 'error' : row(MG_EVENTS, i) === 'complained' ? 'warn' : 'info'), []],
    ['severity', (c, o, r, i) => (row(MG_EVENTS, i) === 'failed' ? v.pick(r, ['permanent', 'temporary']) : ''), [], opt],
    ['reason', (c, o, r, i) => (row(MG_EVENTS, i) === 'failed' ? v.pick(r, ['bounce', 'suppress-bounce', 'generic']) : ''), [], opt],
    ['recipient', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['recipient-domain', (c) => c.email.split('@')[1], []],
    ['message.headers.message-id', (c, o, r) => `${f.compact(o.at)}${v.int(r, 100000, 999999)}.${v.hex(r, 16)}@mg.northwind.io`, [], opt],
    ['message.headers.from', () => 'Northwind <no-reply@mg.northwind.io>', []],
    ['message.headers.to', (c) => `${c.full} <${c.email}>`, [], opt],
    ['message.headers.subject', (c, o, r, i) => row(SUBJECTS, i), []],
    ['message.size', (c, o, r) => String(v.int(r, 4000, 90000)), []],
    ['tags', (c, o, r) => v.pick(r, ['transactional', 'newsletter', 'password-reset', '']), [], opt],
    ['campaigns', (c, o, r) => v.pick(r, ['', '', 'black-friday-2026', 'nov-digest']), ['marketing.campaignName'], opt],
    ['user-variables.customer_id', (c) => c.id, [], opt],
    ['delivery-status.code', (c, o, r, i) => (row(MG_EVENTS, i) === 'delivered' ? '250' : row(MG_EVENTS, i) === 'failed' ? v.pick(r, ['550', '421', '605']) : ''), []],
    ['delivery-status.message', (c, o, r, i) => (row(MG_EVENTS, i) === 'delivered' ? 'OK' : row(MG_EVENTS, i) === 'failed' ? '5.1.1 The email account that you tried to reach does not exist.' : ''), []],
    ['delivery-status.attempt-no', (c, o, r, i) => (['delivered', 'failed'].includes(row(MG_EVENTS, i)) ? String(v.int(r, 1, 3)) : ''), []],
    ['envelope.sending-ip', (c, o, r) => `209.61.151.${v.int(r, 1, 254)}`, [], opt],
    ['envelope.transport', (c, o, r) => v.pick(r, ['smtp', 'http']), []],
    ['ip', (c, o, r, i) => (eng(i) ? v.ip4(r) : ''), ['environment.ipV4']],
    ['geolocation.country', (c, o, r, i) => (eng(i) ? row(GEO_US, i)[0] : ''), [GEO('countryCode')]],
    ['geolocation.region', (c, o, r, i) => (eng(i) ? row(GEO_US, i)[1] : ''), [GEO('stateProvince')]],
    ['geolocation.city', (c, o, r, i) => (eng(i) ? row(GEO_US, i)[2] : ''), [GEO('city')]],
    ['client-info.client-name', (c, o, r, i) => (eng(i) ? row(CLIENTS, i)[0] : ''), ['environment.browserDetails.name'], opt],
    ['client-info.client-type', (c, o, r, i) => (eng(i) ? row(CLIENTS, i)[1] : ''), [], opt],
    ['client-info.client-os', (c, o, r, i) => (eng(i) ? row(CLIENTS, i)[2] : ''), ['environment.operatingSystem']],
    ['client-info.device-type', (c, o, r, i) => (eng(i) ? row(CLIENTS, i)[3] : ''), ['device.type'], opt],
    ['client-info.user-agent', (c, o, r, i) => (!eng(i) ? '' : v.pick(r, [...UA, 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)'])), ['environment.browserDetails.userAgent']],
    ['url', (c, o, r, i) => (row(MG_EVENTS, i) === 'clicked' ? v.pick(r, ['https://northwind.io/orders/track?id=88123', 'https://northwind.io/account/reset?t=ab12']) : ''), ['web.webInteraction.URL'], opt],
  ] },

  // ---------------------------------------------------------------- email tools (Postmark, Bounces API / Activity > Bounces)
  { name: 'postmark-bounces', product: 'Postmark (Bounces API records, as listed under Activity > Bounces, flattened to CSV)', family: 'email', language: 'en', schema: E, cols: [
    ['RecordType', () => 'Bounce', ['eventType'], opt],
    ['ID', (c, o, r) => String(v.int(r, 4000000000, 4999999999)), ['_id']],
    ['Type', (c, o, r, i) => row(PM_BOUNCES, i)[0], [], opt],
    ['TypeCode', (c, o, r, i) => String(row(PM_BOUNCES, i)[1]), []],
    ['Name', (c, o, r, i) => row(PM_BOUNCES, i)[2], [], opt],
    ['Tag', (c, o, r) => v.pick(r, ['welcome', 'receipt', 'password-reset', '']), [], opt],
    ['MessageID', (c, o, r) => v.uuid(r), [], opt],
    ['ServerID', () => '23456', []],
    ['MessageStream', (c, o, r) => v.pick(r, ['outbound', 'outbound', 'broadcast']), []],
    ['Description', (c, o, r, i) => row(PM_BOUNCES, i)[3], []],
    ['Details', (c, o, r, i) => row(PM_BOUNCES, i)[4], []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['From', () => 'support@northwind.io', []],
    ['BouncedAt', (c, o) => pmIso(o.at), ['timestamp']],
    ['DumpAvailable', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), []],
    ['Inactive', (c, o, r, i) => (row(PM_BOUNCES, i)[1] === 1 || row(PM_BOUNCES, i)[1] === 512 ? 'true' : 'false'), [], opt],
    ['CanActivate', () => 'true', []],
    ['Subject', (c, o, r, i) => row(SUBJECTS, i), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Saleor, GraphQL `orders` fields flattened to CSV)
  { name: 'saleor-orders', product: 'Saleor (orders as the GraphQL Order type gives them, flattened to CSV)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => b64(`Order:${v.uuid(r)}`), ['_id'], opt],
    ['number', (c, o) => String(+o.id % 5000 + 100), [OR('purchaseID')]],
    ['created', (c, o) => saleorIso(o.at), ['timestamp', OR('createdDate')]],
    ['updatedAt', (c, o) => saleorIso(o.at + 2 * 86400000), [OR('lastUpdatedDate')], opt],
    ['status', (c, o, r) => v.pick(r, ['FULFILLED', 'UNFULFILLED', 'PARTIALLY_FULFILLED', 'CANCELED', 'UNCONFIRMED']), [], opt],
    ['paymentStatus', (c, o, r) => v.pick(r, ['FULLY_CHARGED', 'FULLY_CHARGED', 'NOT_CHARGED', 'FULLY_REFUNDED']), [], opt],
    ['chargeStatus', (c, o, r) => v.pick(r, ['FULL', 'FULL', 'NONE', 'PARTIAL']), [], opt],
    ['origin', (c, o, r) => v.pick(r, ['CHECKOUT', 'CHECKOUT', 'DRAFT']), [], opt],
    ['channel.slug', (c, o, r) => v.pick(r, ['default-channel', 'channel-pln']), [], opt],
    ['userEmail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['customerNote', (c, o, r) => v.pick(r, ['', '', 'Please leave at the door']), []],
    ['billingAddress.firstName', (c) => c.first, []],
    ['billingAddress.lastName', (c) => c.last, []],
    ['billingAddress.companyName', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['billingAddress.streetAddress1', (c) => c.street, [BILL('street1')]],
    ['billingAddress.streetAddress2', (c) => c.street2, [BILL('street2')]],
    ['billingAddress.city', (c) => c.city.toUpperCase(), [BILL('city')]],
    ['billingAddress.postalCode', (c) => c.postcode, [BILL('postalCode')]],
    ['billingAddress.countryArea', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['billingAddress.country.code', (c) => c.countryCode, [BILL('countryCode')]],
    ['billingAddress.phone', (c) => c.mobile.replace(/[^+\d]/g, ''), []],
    ['shippingAddress.streetAddress1', (c) => c.street, [SHIP('street1')]],
    ['shippingAddress.city', (c) => c.city.toUpperCase(), [SHIP('city')]],
    ['shippingAddress.postalCode', (c) => c.postcode, [SHIP('postalCode')]],
    ['shippingAddress.country.code', (c) => c.countryCode, [SHIP('countryCode')]],
    ['shippingMethodName', (c, o, r, i) => row(SHIP_METHODS, i), ['commerce.shipping.shippingMethod']],
    ['shippingPrice.gross.amount', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['subtotal.gross.amount', (c, o) => o.subtotal.toFixed(2), [], opt],
    ['total.tax.amount', (c, o) => o.tax.toFixed(2), [OR('taxAmount')]],
    ['total.gross.amount', (c, o) => o.total.toFixed(2), [OR('priceTotal')]],
    ['total.gross.currency', () => 'USD', [OR('currencyCode')]],
    ['totalCharged.amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['voucherCode', (c, o) => o.coupon, ['commerce.promotionID']],
    ['lines.productSku', (c, o, r, i) => row(SALEOR_LINES, i)[0], [PL('SKU')]],
    ['lines.productName', (c, o, r, i) => row(SALEOR_LINES, i)[1], [PL('name')]],
    ['lines.variantName', (c, o, r, i) => row(SALEOR_LINES, i)[2], [PL('selectedOptions[0].value')], opt],
    ['lines.quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['lines.unitPrice.gross.amount', (c, o, r, i) => row(SALEOR_LINES, i)[3].toFixed(2), [], opt],
    ['lines.totalPrice.gross.amount', (c, o, r, i) => (row(SALEOR_LINES, i)[3] * o.qty).toFixed(2), [PL('priceTotal')]],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Ozon Seller, FBS > Заказы > Скачать CSV, Russian)
  { name: 'ozon-fbs-zakazy', product: 'Ozon Seller (FBS orders list, Download CSV, Russian UI)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => `${v.int(() => (+o.id % 89) / 89, 10000000, 99999999)}-${pad(+o.id % 9999, 4)}`, [OR('purchaseID')]],
    ['Номер отправления', (c, o) => `${v.int(() => (+o.id % 89) / 89, 10000000, 99999999)}-${pad(+o.id % 9999, 4)}-1`, ['_id', OR('purchaseID')], opt],
    ['Принят в обработку', (c, o) => mskSec(o.at), ['timestamp', OR('createdDate')]],
    ['Дата отгрузки', (c, o) => mskSec(o.at + 86400000), ['commerce.shipping.shipDate'], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Доставлен', 'Доставлен', 'Доставляется', 'Ожидает отгрузки', 'Отменён']), [], opt],
    ['Дата доставки', (c, o, r) => (r() < 0.6 ? mskSec(o.at + 4 * 86400000) : ''), [], opt],
    ['Фактическая дата передачи в доставку', (c, o) => mskSec(o.at + 90000000), [], opt],
    ['Сумма отправления', (c, o, r, i) => (row(OZON, i)[3] * o.qty).toFixed(2), [OR('priceTotal')]],
    ['Код валюты отправления', () => 'RUB', [OR('currencyCode')]],
    ['Наименование товара', (c, o, r, i) => row(OZON, i)[0], [PL('name')]],
    ['OZON id', (c, o, r, i) => String(row(OZON, i)[2]), [PL('SKU')], opt],
    ['Артикул', (c, o, r, i) => row(OZON, i)[1], [PL('SKU')]],
    ['Ваша цена', (c, o, r, i) => row(OZON, i)[3].toFixed(2), [], opt],
    ['Код валюты товара', () => 'RUB', [PL('currencyCode')], opt],
    ['Оплачено покупателем', (c, o, r, i) => (row(OZON, i)[3] * o.qty * 0.93).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Стоимость доставки', (c, o, r) => v.pick(r, ['0', '99', '149']), ['commerce.shipping.shippingAmount'], opt],
    ['Цена товара до скидок', (c, o, r, i) => (row(OZON, i)[3] * 1.4).toFixed(2), [], opt],
    ['Скидка %', (c, o, r) => `${v.int(r, 5, 40)}%`, []],
    ['Скидка руб', (c, o, r, i) => (row(OZON, i)[3] * 0.4).toFixed(2), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Акции', (c, o, r) => v.pick(r, ['', '', 'Распродажа 11.11', 'Скидка дня']), ['commerce.promotionID'], opt],
    ['Объемный вес товаров, кг', (c, o, r) => v.pick(r, ['0.3', '1.2', '0.8', '2.5']), []],
    ['Кластер отгрузки', (c, o, r) => v.pick(r, OZON_CLUSTER), []],
    ['Кластер доставки', (c, o, r) => v.pick(r, OZON_CLUSTER), [], opt],
    ['Регион доставки', (c) => loc12(c, 'ru').region, [SHIP('stateProvince'), SHIP('state'), SHIP('region')]],
    ['Город доставки', (c) => loc12(c, 'ru').city, [SHIP('city')]],
    ['Способ доставки', (c, o, r) => v.pick(r, ['Ozon Логистика курьеру, Москва', 'Доставка в ПВЗ Ozon', 'Почта России', 'СДЭК']), ['commerce.shipping.shippingMethod']],
    ['Сегмент клиента', (c, o, r) => v.pick(r, ['Физическое лицо', 'Физическое лицо', 'Юридическое лицо']), []],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Ozon Карта', 'Банковская карта', 'СБП', 'Ozon Рассрочка']), [OR('payments[0].paymentType')]],
    ['Трек-номер', (c, o, r) => (r() < 0.7 ? `${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Wildberries, seller portal Аналитика > Отчёты > Заказы, Russian)
  { name: 'wildberries-zakazy', product: 'Wildberries (seller portal, orders report «Заказы», Russian UI)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Дата', (c, o) => mskIso(o.at), ['timestamp', OR('createdDate')]],
    ['Дата изменения', (c, o) => mskIso(o.at + 3 * 3600000), [OR('lastUpdatedDate')], opt],
    ['Склад', (c, o, r) => v.pick(r, WB_WH), []],
    ['Страна', () => 'Россия', [SHIP('country')]],
    ['Округ', (c) => WB_OKRUG[loc12(c, 'ru').region] ?? 'Приволжский федеральный округ', [SHIP('region')], opt],
    ['Регион', (c) => loc12(c, 'ru').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Артикул продавца', (c, o, r, i) => row(WB, i)[3], [PL('SKU')]],
    ['Артикул WB', (c, o, r) => String(v.int(r, 100000000, 299999999)), [PL('SKU')], opt],
    ['Баркод', (c, o, r) => `20${v.int(r, 10000000000, 99999999999)}`, [], opt],
    ['Категория', (c, o, r, i) => row(WB, i)[1], [PL('productCategories[0].categoryName')]],
    ['Предмет', (c, o, r, i) => row(WB, i)[0], [PL('productCategories[0].categoryName'), PL('name')], opt],
    ['Бренд', (c, o, r, i) => row(WB, i)[2], []],
    ['Размер', (c, o, r, i) => row(WB, i)[4], [PL('selectedOptions[0].value')], opt],
    ['Номер поставки', (c, o, r) => String(v.int(r, 10000000, 29999999)), []],
    ['Цена без скидок', (c, o, r, i) => String(row(WB, i)[5]), [], opt],
    ['Скидка продавца, %', (c, o, r) => String(v.int(r, 10, 60)), []],
    ['СПП, %', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Цена с учетом всех скидок', (c, o, r, i) => (row(WB, i)[5] * 0.55).toFixed(2), [PL('priceTotal'), OR('priceTotal')]],
    ['Цена со скидкой продавца', (c, o, r, i) => (row(WB, i)[5] * 0.7).toFixed(2), [], opt],
    ['Отмена заказа', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), [], opt],
    ['Дата отмены', (c, o, r) => (r() < 0.1 ? mskIso(o.at + 86400000) : '0001-01-01T00:00:00'), [OR('cancelDate')]],
    ['Тип заказа', (c, o, r) => v.pick(r, ['Клиентский', 'Клиентский', 'Возврат Брака', 'Принудительный возврат']), [OR('orderType')], opt],
    ['Стикер', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Номер заказа', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 1000000000, 9999999999)).slice(0, 9), [OR('purchaseID')]],
    ['Уникальный ID заказа', (c, o, r) => `${v.int(r, 1000000000, 9999999999)}${v.int(r, 1000000000, 9999999999)}.0.0`, ['_id', OR('purchaseID')], opt],
  ] },

  // ---------------------------------------------------------------- email tools (FreshMail, Odbiorcy > Eksportuj listę, Polish UI)
  { name: 'freshmail-odbiorcy-pl', product: 'FreshMail (Odbiorcy > lista > Eksportuj, Polish UI)', family: 'email', language: 'pl', schema: P, cols: [
    ['E-mail', (c) => loc(c, 'pl').email, ['personalEmail.address']],
    ['Status', (c, o, r) => v.pick(r, FM_STATUS), ['personalEmail.status'], opt],
    ['Data dodania', (c) => plTime(c.created), [], opt],
    ['Data aktualizacji', (c) => plTime(c.updated), [], opt],
    ['Źródło', (c, o, r) => v.pick(r, ['Formularz', 'Import', 'API', 'Ręcznie']), []],
    ['imie', (c) => loc(c, 'pl').first, ['person.name.firstName']],
    ['nazwisko', (c) => loc(c, 'pl').last, ['person.name.lastName']],
    ['telefon', (c) => loc(c, 'pl').mobile.replace(/\s/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['miasto', (c) => loc(c, 'pl').city, at(HOME, 'city')],
    ['kod_pocztowy', (c) => loc(c, 'pl').zip, at(HOME, 'postalCode')],
    ['data_urodzenia', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['plec', (c) => (loc(c, 'pl').female ? 'K' : 'M'), ['person.gender']],
    ['zgoda_marketingowa', (c) => (c.bool ? 'tak' : 'nie'), []],
    ['IP zapisu', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), [], opt],
    ['Data potwierdzenia', (c, o, r) => (r() < 0.7 ? plTime(c.created + 600000) : ''), [], opt],
    ['Ostatnie otwarcie', (c, o, r) => (r() < 0.6 ? plDate(c.updated) : ''), [], opt],
    ['Liczba otwarć', (c, o, r) => String(v.int(r, 0, 80)), []],
    ['Liczba kliknięć', (c, o, r) => String(v.int(r, 0, 25)), []],
  ] },

  // ---------------------------------------------------------------- payments (Vipps MobilePay business portal, Transaksjoner > Last ned rapport, Norwegian UI)
  { name: 'vipps-transaksjoner-no', product: 'Vipps MobilePay (business portal, transaction report, Norwegian UI)', family: 'payments', language: 'no', seed: 'vipps-no', schema: E, cols: [
    ['Salgsdato', (c, o) => osloDate(o.at), ['timestamp', OR('createdDate')]],
    ['Klokkeslett', (c, o) => osloTime(o.at), [], opt],
    ['Salgssted', (c, o, r, i) => row(NO_STORES, i)[0], []],
    ['Salgsstednummer', (c, o, r, i) => row(NO_STORES, i)[1], []],
    ['Transaksjons-ID', (c, o, r) => String(v.int(r, 5000000000, 5999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Ordre-ID', (c, o) => `acme-${1900000 + +o.id}`, [OR('purchaseID')]],
    ['Transaksjonstype', (c, o, r) => v.pick(r, ['Salg', 'Salg', 'Salg', 'Refusjon']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Gjennomført', 'Gjennomført', 'Reservert', 'Kansellert']), [], opt],
    ['Kunde', (c, o, r, i) => row(NO_NAMES, i).join(' '), []],
    ['Mobilnummer', (c, o, r) => `+47 ${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 100, 999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Melding', (c, o, r) => v.pick(r, ['', '', 'Kaffe og bolle', 'Ordre 1911652']), []],
    ['Brutto', (c, o) => nok(o.total * 10), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'NOK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Gebyr', (c, o) => nok(-o.total * 10 * 0.0199), []],
    ['Refundert', (c, o, r) => (r() < 0.1 ? nok(o.total * 10) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Netto', (c, o) => nok(o.total * 10 * 0.9801), []],
    ['Oppgjørs-ID', (c, o, r) => String(v.int(r, 2000000, 2999999)), []],
    ['Oppgjørsdato', (c, o) => osloDate(o.at + 2 * 86400000), []],
    ['Betalingsmetode', (c, o, r) => v.pick(r, ['Vipps', 'Vipps', 'Kort via Vipps', 'Faktura']), [OR('payments[0].paymentType')], opt],
  ] },

  // ---------------------------------------------------------------- support desk (Kustomer, Customers search > Export CSV)
  { name: 'kustomer-customers', product: 'Kustomer (customer search results > Export CSV)', family: 'support', language: 'en', schema: P, cols: [
    ['Id', (c, o, r) => v.hex(r, 24), ID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Display Name', (c) => c.first, [], opt],
    ['Emails', (c, o, r) => (r() < 0.3 ? `${c.email}, ${c.workEmail}` : c.email), ['personalEmail.address']],
    ['Phones', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['External Id', (c, o, r) => `shopify_${v.int(r, 5000000000, 7999999999)}`, ID, opt],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]']],
    ['Locale', (c, o, r) => v.pick(r, ['en_US', 'en_US', 'es_US', 'fr_CA']), [], opt],
    ['Time Zone', (c, o, r) => v.pick(r, TZ), []],
    ['Gender', (c) => (c.female ? 'female' : 'male'), ['person.gender']],
    ['Birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Location', (c) => `${c.city}, ${c.region}, US`, [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'wholesale, repeat', 'chargeback-risk']), []],
    ['Sentiment', (c, o, r) => v.pick(r, SENT), []],
    ['Conversation Count', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Open Conversation Count', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Satisfaction', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 5)) : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `@${c.first.toLowerCase()}${v.int(r, 1, 99)}` : ''), []],
    ['Created At', (c) => new Date(c.created).toISOString(), [], opt],
    ['Updated At', (c) => new Date(c.updated).toISOString(), [], opt],
    ['Last Activity At', (c) => new Date(c.updated).toISOString(), [], opt],
    ['Last Conversation At', (c) => new Date(c.updated - 86400000).toISOString(), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk / CRM (Front, Contacts > Export)
  { name: 'front-contacts', product: 'Front (Contacts > Company contacts > Export CSV)', family: 'support', language: 'en', schema: B, cols: [
    ['name', (c) => c.full, ['person.name.fullName']],
    ['email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['email2', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['phone', (c) => c.phone.replace(/[^+\d]/g, ''), ['workPhone.number', 'mobilePhone.number']],
    ['phone2', (c, o, r) => (r() < 0.4 ? c.mobile.replace(/[^+\d]/g, '') : ''), ['mobilePhone.number', 'homePhone.number', 'workPhone.number'], opt],
    ['link', (c) => `https://${c.workEmail.split('@')[1]}`, ['b2b.companyWebsite'], opt],
    ['twitter', (c, o, r) => (r() < 0.3 ? `@${c.first.toLowerCase()}_${c.last.toLowerCase()}` : ''), []],
    ['description', (c, o, r) => v.pick(r, ['', 'Champion at the account', 'Prefers phone', 'Renewal owner']), []],
    ['accountName', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['contactList', (c, o, r) => v.pick(r, ['Customers', 'VIPs', 'Partners', 'Prospects']), []],
    ['contactList2', (c, o, r) => v.pick(r, ['', '', 'Beta program']), []],
    ['Job title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Tier', (c, o, r) => v.pick(r, ['Enterprise', 'Growth', 'Starter']), []],
    ['Account owner', (c, o, r) => v.pick(r, ['Dana Whitfield', 'Sam Ortega', 'Priya Nair']), []],
    ['Renewal date', (c, o) => f.ymd(o.at), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Sylius, FriendsOfSylius import/export plugin, orders export)
  { name: 'sylius-orders', product: 'Sylius (admin orders export of the FriendsOfSylius import/export plugin)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Number', (c, o) => pad(+o.id, 9), [OR('purchaseID')]],
    ['State', (c, o, r) => v.pick(r, ['new', 'new', 'fulfilled', 'cancelled']), [], opt],
    ['Product_list', (c, o) => `${o.name} (${o.sku}) x${o.qty}`, [PL('name')], opt],
    ['Total', (c, o) => String(Math.round(o.total * 100)), [OR('priceTotal')]],
    ['Currency_code', () => 'EUR', [OR('currencyCode')]],
    ['Checkout_completed_at', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Checkout_state', (c, o, r) => v.pick(r, ['completed', 'completed', 'payment_selected']), [], opt],
    ['Payment_state', (c, o, r) => v.pick(r, ['paid', 'paid', 'awaiting_payment', 'refunded']), [], opt],
    ['Shipping_state', (c, o, r) => v.pick(r, ['shipped', 'ready', 'shipped']), [], opt],
    ['Token_value', (c, o, r) => v.alnum(r, 10), [], opt],
    ['Gender', (c) => (c.female ? 'f' : 'm'), []],
    ['Full_name', (c) => c.full, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telephone', (c) => c.phone, []],
    ['Shipping_address', (c) => `${c.street}, ${c.postcode} ${c.city}, ${c.countryCode}`, [SHIP('street1')], opt],
    ['Billing_address', (c) => `${c.street}, ${c.postcode} ${c.city}, ${c.countryCode}`, [BILL('street1')], opt],
    ['Customer_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gift wrap please']), []],
  ] },

  // ---------------------------------------------------------------- payments (Przelewy24, panel > Transakcje > Eksport CSV, Polish UI)
  { name: 'przelewy24-transakcje-pl', product: 'Przelewy24 (merchant panel, transaction list export, Polish UI)', family: 'payments', language: 'pl', schema: E, cols: [
    ['ID transakcji', (c, o, r) => String(v.int(r, 300000000, 399999999)), [OR('payments[0].transactionID'), '_id']],
    ['ID sesji', (c, o, r) => `zam_${20000 + +o.id}_${v.hex(r, 6)}`, [OR('purchaseID'), '_id'], opt],
    ['Data utworzenia', (c, o) => plTime(o.at), ['timestamp', OR('createdDate')]],
    ['Data wpłaty', (c, o, r) => (r() < 0.85 ? plTime(o.at + 40000) : ''), [], opt],
    ['Tytuł', (c, o) => `Zamówienie nr ${20000 + +o.id}`, [], opt],
    ['Kwota', (c, o) => pln(o.total * 4.3), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Prowizja', (c, o) => pln(o.total * 4.3 * 0.019), []],
    ['Kwota zwrotu', (c, o, r) => (r() < 0.08 ? pln(o.total * 4.3) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Status', (c, o, r) => v.pick(r, ['Zrealizowana', 'Zrealizowana', 'Zrealizowana', 'Oczekuje na wpłatę', 'Zwrot']), [], opt],
    ['Metoda płatności', (c, o, r) => v.pick(r, P24_METHODS), [OR('payments[0].paymentType')]],
    ['Klient', (c) => loc(c, 'pl').full, []],
    ['E-mail', (c) => loc(c, 'pl').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => loc(c, 'pl').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adres', (c) => loc(c, 'pl').street, [BILL('street1')], opt],
    ['Kod pocztowy', (c) => loc(c, 'pl').zip, [BILL('postalCode')], opt],
    ['Miasto', (c) => loc(c, 'pl').city, [BILL('city')], opt],
    ['Kraj', () => 'PL', [BILL('countryCode')], opt],
    ['Język', () => 'pl', [], opt],
    ['Numer wypłaty', (c, o, r) => (r() < 0.8 ? String(v.int(r, 90000000, 99999999)) : ''), []],
  ] },
]
