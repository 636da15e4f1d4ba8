// Round 15, heldout15: held-out sets added in round 15, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { trTime, trMoney, loc11 } from './values11.mjs'
import { loc12, translit } from './values12.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Megaplan (Russian UI): a Moscow company's clients; one in three is a company, the rest people (some at a company).
const ru = (c) => loc12(c, 'ru')
const mpCompany = (c) => +c.id % 3 === 0
const RU_CO = ['ООО «Вектор»', 'АО «СтройИнвест»', 'ООО «Северный ветер»', 'ИП Кузнецов А. С.', 'ООО «ТехноСервис»', 'ООО «Альфа Логистик»']
const ruCo = (c) => RU_CO[+c.id % RU_CO.length]
const RU_JOB = ['Генеральный директор', 'Менеджер по закупкам', 'Главный бухгалтер', 'Руководитель отдела продаж', 'Маркетолог', 'Офис-менеджер']
const mpDate = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const inn = (c) => String(7700000000 + ((+c.id * 7919) % 99999999))

// Sage Business Cloud Contabilidad (Spanish UI): a Spanish firm's customers and suppliers; half are companies.
const sgEmpresa = (c) => +c.id % 2 === 1
const SG_EMP = ['Reformas Castilla S.L.', 'Suministros Norte S.A.', 'Asesoría Turia S.L.', 'Imprenta Guadalquivir S.L.', 'Transportes Ebro S.L.', 'Clínica Dental Retiro S.L.P.']
const sgEmp = (c) => SG_EMP[+c.id % SG_EMP.length]
const sgName = (c) => (sgEmpresa(c) ? sgEmp(c) : `${c.first} ${c.last}`)
const sgRef = (c) => `${slug(sgEmpresa(c) ? sgEmp(c) : c.last).toUpperCase().slice(0, 6)}${pad(+c.id % 100)}`
const sgEntrega = (c) => sgEmpresa(c) && +c.id % 4 === 1
const NIF_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const sgNif = (c) => { const n = 10000000 + ((+c.id * 6151) % 89999999); return sgEmpresa(c) ? `B${String(n).slice(0, 8)}` : `${n}${NIF_L[n % 23]}` }
const es2 = (n) => n.toFixed(2).replace('.', ',')

// Hepsiburada: a Turkish merchant's order lines from the merchant panel (one row per item of a package).
const tr = (c) => loc(c, 'tr')
const HB_P = [['TSHRT-ORG-M', 'Organik Pamuk Tişört Beyaz M', 'HBV00000ABC12', 249.9], ['KUPA-SRM-350', 'Seramik Kupa 350 ml', 'HBV00000DEF34', 89.9], ['SIRT-CANTA-20', 'Şehir Sırt Çantası 20 L', 'HBV00000GHI56', 599.0], ['SPOR-AYK-42', 'Koşu Ayakkabısı Siyah 42', 'HBV00000JKL78', 1249.9], ['TERMOS-500', 'Çelik Termos 500 ml', 'HBV00000MNO90', 329.5]]
const hbp = (o) => HB_P[+o.id % HB_P.length]
const hbLine = (o) => +(hbp(o)[3] * o.qty).toFixed(2)
const hbDisc = (o) => (+o.id % 5 === 0 ? +(hbLine(o) * 0.1).toFixed(2) : 0)
const HB_ST = ['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Paketlenecek', 'İptal Edildi', 'İade Edildi']
const hbSt = (o) => HB_ST[+o.id % HB_ST.length]
const hbShipped = (o) => ['Teslim Edildi', 'Kargoya Verildi', 'İade Edildi'].includes(hbSt(o))
const hbCorp = (o) => +o.id % 7 === 3

// Empik Marketplace (Polish seller panel, Mirakl-based): order lines of a Polish shop selling on empik.com.
const pl = (c) => loc(c, 'pl')
const EM_P = [['KUB-CER-350-B', '5901234123457', 'Kubek ceramiczny 350 ml biały', 34.99], ['PLE-MIE-20-G', '5902345234568', 'Plecak miejski 20 l granatowy', 189.0], ['KOS-BAW-M-C', '5903456345679', 'Koszulka bawełniana czarna M', 59.9], ['LAM-LED-BIU', '5904567456780', 'Lampka biurkowa LED', 129.0], ['GRA-PLA-ZW', '5905678567891', 'Gra planszowa Zwierzaki', 99.99]]
const emp = (o) => EM_P[+o.id % EM_P.length]
const emLine = (o) => +(emp(o)[3] * o.qty).toFixed(2)
const emShip = (o) => (emLine(o) >= 99 ? 0 : [9.99, 12.99, 14.99][+o.id % 3])
const EM_ST = ['Odebrane', 'Wysłane', 'Wysłane', 'Do wysyłki', 'Oczekuje na akceptację', 'Anulowane']
const emSt = (o) => EM_ST[+o.id % EM_ST.length]
const emOther = (o) => +o.id % 5 === 1
const emFv = (o) => +o.id % 6 === 2
const warsaw = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const plz = (n) => n.toFixed(2).replace('.', ',')

// plentymarkets: a German web shop that also sells on Amazon and eBay; the OrderItems data format (one row per order item).
const PM_P = [[10234, 1024, 'TS-BW-SCHW-M', 'Bio-T-Shirt Herren', 'Farbe: Schwarz, Größe: M', 'Greenline Textil', 24.95], [10877, 1088, 'BE-KER-350', 'Kaffeebecher Keramik 350 ml', 'Farbe: Weiß', 'Porzellanwerk Sachsen', 12.9], [11302, 1130, 'RU-CITY-20-NV', 'Stadtrucksack 20 l', 'Farbe: Navy', 'Urbanpack', 69.0], [11950, 1195, 'LA-LED-TISCH', 'LED-Tischleuchte dimmbar', '', 'Lichtwerk', 44.99], [12411, 1241, 'SO-3ER-39-42', 'Sportsocken 3er-Pack', 'Größe: 39-42', 'Greenline Textil', 9.99]]
const pmp = (o) => PM_P[+o.id % PM_P.length]
const PM_REF = [['0.00', 'Mandant (Webshop)'], ['4.01', 'Amazon DE'], ['0.00', 'Mandant (Webshop)'], ['1.00', 'eBay'], ['4.01', 'Amazon DE']]
const pmRef = (o) => PM_REF[+o.id % PM_REF.length]
const PM_ST = ['7', '7', '5', '3', '8', '9']
const pmSt = (o) => PM_ST[+o.id % PM_ST.length]
const berlin = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// Moneris (Moneris Go portal: financial transactions report, exported as CSV; a Toronto store taking online and in-store payments).
const MN_TYPE = ['Purchase', 'Purchase', 'Purchase', 'Preauthorization', 'Completion', 'Refund']
const mnType = (o) => MN_TYPE[+o.id % MN_TYPE.length]
const MN_CARD = [['VISA', '4'], ['MASTERCARD', '5'], ['INTERAC', '4'], ['AMEX', '37'], ['VISA', '4']]
const mnCard = (o) => MN_CARD[(+o.id >> 1) % MN_CARD.length]
const mnDeclined = (o) => +o.id % 11 === 4
const mnOnline = (o) => +o.id % 3 !== 0
const toronto = (ms) => shift(ms, dst(ms) ? -4 : -5)
const mnDate = (ms) => { const p = toronto(ms); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y}` }
const mnTime = (ms) => { const p = toronto(ms); return `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mnAmt = (o) => +(8.5 + (+o.id % 97) * 1.75).toFixed(2)
const mnTip = (o) => (!mnOnline(o) && +o.id % 2 === 0 ? +(mnAmt(o) * 0.15).toFixed(2) : 0)

// Midtrans (Merchant Administration Portal: Transactions > Download, CSV; an Indonesian online shop).
const idn = (c) => loc11(c, 'id')
const MT_PAY = [['bank_transfer', 'bca'], ['gopay', ''], ['qris', 'gopay'], ['credit_card', 'bni'], ['bank_transfer', 'bri'], ['cstore', ''], ['echannel', 'mandiri'], ['shopeepay', '']]
const mtPay = (o) => MT_PAY[+o.id % MT_PAY.length]
const MT_ST = ['settlement', 'settlement', 'settlement', 'pending', 'expire', 'settlement', 'cancel', 'refund']
const mtSt = (o) => MT_ST[(+o.id >> 2) % MT_ST.length]
const mtAmt = (o) => 25000 + (+o.id % 120) * 12500
const wib = (ms) => { const p = shift(ms, 7); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// Pirsch: the raw event table of a self-hosted Pirsch (ClickHouse `event`, the 30 columns of schema migration 0012), exported as CSV;
// custom events of a SaaS site.
const PI_EV = [['Signup', "['plan','source']", "['pro','pricing-page']"], ['Download', "['file']", "['whitepaper-2024.pdf']"], ['Newsletter Subscribe', '[]', '[]'], ['Checkout', "['plan','price']", "['team','49']"], ['Demo Request', "['company_size']", "['11-50']"]]
const piEv = (o) => PI_EV[+o.id % PI_EV.length]
const PI_PAGE = [['/pricing', 'Pricing – Acme Cloud'], ['/resources/whitepaper', 'Whitepaper – Acme Cloud'], ['/blog/privacy-analytics', 'Privacy-friendly analytics – Acme Cloud'], ['/checkout', 'Checkout – Acme Cloud'], ['/', 'Acme Cloud – Home']]
const PI_DEV = [['Windows', '10', 'Chrome', '120.0', 1, 0, 'XL', 1920, 1080], ['iOS', '17.2', 'Safari', '17.2', 0, 1, 'S', 390, 844], ['Mac', '10.15', 'Firefox', '121.0', 1, 0, 'XXL', 2560, 1440], ['Android', '14', 'Chrome', '120.0', 0, 1, 'M', 412, 915], ['Linux', '', 'Firefox', '121.0', 1, 0, 'XL', 1920, 1200]]
const piDev = (o) => PI_DEV[(+o.id >> 1) % PI_DEV.length]
const PI_GEO = [['de', '', 'Munich', 'de'], ['us', '', 'San Francisco', 'en'], ['gb', '', 'London', 'en'], ['de', '', 'Berlin', 'de'], ['fr', '', 'Paris', 'fr'], ['nl', '', 'Amsterdam', 'nl']]
const piGeo = (o) => PI_GEO[+o.id % PI_GEO.length]
const PI_REF = [['', ''], ['https://www.google.com/', 'Google'], ['https://news.ycombinator.com/', 'Hacker News'], ['', '', 'newsletter', 'email', 'march-update'], ['https://www.linkedin.com/', 'LinkedIn', 'linkedin', 'social', 'launch-2024']].map((x) => [...x, '', '', '', ''].slice(0, 5))
const piRef = (o) => PI_REF[(+o.id >> 2) % PI_REF.length]
const chTime = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad(ms % 1000, 3)}` }

// SendPulse: an online school's mailing list (address book) with a few variables, exported as CSV.
const SP_ST = ['Active', 'Active', 'Active', 'Active', 'Unsubscribed', 'Unconfirmed', 'Bounced']
const spSt = (c) => SP_ST[+c.id % SP_ST.length]
const SP_SRC = ['Subscription form', 'Subscription form', 'Import', 'API', 'Manually added']
const usDate = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }

// FreeScout: customers of a small software company's help desk (self-hosted), exported as CSV.
// two in three customers write from a company address
const fsCo = (c) => (+c.id % 3 === 2 ? '' : c.company)
const FS_JOB = ['Office Manager', 'IT Administrator', 'Owner', '', 'Operations Lead', '']

// Paytronix: a US restaurant chain's loyalty members (guest export of the Paytronix Experience Platform).
const PX_STORES = ['0012 Boston - Back Bay', '0027 Cambridge - Kendall', '0031 Providence', '0044 Portland ME', 'Online Ordering']
const pxPts = (c) => (+c.id % 87) * 5
const pxRed = (c) => (+c.id % 6) * 100
const pxLife = (c) => pxPts(c) + pxRed(c)
const pxTier = (c) => (pxLife(c) >= 500 ? 'Gold' : pxLife(c) >= 200 ? 'Silver' : 'Member')
const pxVisits = (c) => 1 + (+c.id % 41)
const pxStatus = (c) => (+c.id % 19 === 0 ? 'INACTIVE' : +c.id % 23 === 0 ? 'SUSPENDED' : 'ACTIVE')

// Lead411: a B2B contact list built in Lead411's search and exported as CSV.
const L4_CO = [['Brightwave Software', 'brightwave.io', 'Computer Software', '7372', '511210', '51-200', '$10M-$50M'], ['Northgate Logistics', 'northgatelogistics.com', 'Transportation & Logistics', '4731', '488510', '201-500', '$50M-$100M'], ['Cedar Health Partners', 'cedarhealth.org', 'Hospitals & Healthcare', '8062', '622110', '1001-5000', '$100M-$500M'], ['Ironclad Manufacturing', 'ironcladmfg.com', 'Industrial Machinery', '3569', '333999', '501-1000', '$100M-$500M'], ['Pinecrest Financial', 'pinecrestfin.com', 'Financial Services', '6282', '523930', '11-50', '$1M-$10M']]
const l4 = (c) => L4_CO[+c.id % L4_CO.length]
const L4_LVL = [['C-Level', 'Executive'], ['VP-Level', 'Sales'], ['Director', 'Marketing'], ['Manager', 'Information Technology'], ['Director', 'Finance'], ['Manager', 'Operations']]
const l4lvl = (c) => L4_LVL[+c.id % L4_LVL.length]
const L4_TITLE = ['Chief Executive Officer', 'VP of Sales', 'Director of Marketing', 'IT Manager', 'Director of Finance', 'Operations Manager']
const L4_HQ = [['1200 Innovation Way', 'Austin', 'TX', '78701'], ['45 Harbor Blvd', 'Seattle', 'WA', '98104'], ['300 Main St', 'Boston', 'MA', '02110'], ['7800 Industrial Pkwy', 'Chicago', 'IL', '60638'], ['55 Wall St', 'New York', 'NY', '10005']]
const l4hq = (c) => L4_HQ[+c.id % L4_HQ.length]

export const SETS = [
  // ---------------------------------------------------------------- CRM / invoicing
  { name: 'megaplan-klienty-ru', product: 'Megaplan (Клиенты > Экспорт, CSV; Russian UI, a Moscow company)', family: 'crm', language: 'ru', schema: B, cols: [
    ['ID', (c) => String(1000000 + (+c.id % 900000)), B2BID],
    ['Тип', (c) => (mpCompany(c) ? 'Компания' : 'Человек'), [], opt],
    ['Название', (c) => (mpCompany(c) ? ruCo(c) : ru(c).full), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Фамилия', (c) => (mpCompany(c) ? '' : ru(c).last), ['person.name.lastName']],
    ['Имя', (c) => (mpCompany(c) ? '' : ru(c).first), ['person.name.firstName']],
    ['Отчество', (c) => (mpCompany(c) ? '' : ru(c).middle), ['person.name.middleName']],
    ['Компания', (c) => (mpCompany(c) || +c.id % 3 === 1 ? ruCo(c) : ''), ['b2b.companyName', 'organizations[0]']],
    ['Должность', (c) => (+c.id % 3 === 1 ? RU_JOB[+c.id % RU_JOB.length] : ''), ['extendedWorkDetails.jobTitle']],
    ['Пол', (c) => (mpCompany(c) ? '' : ru(c).female ? 'Женский' : 'Мужской'), ['person.gender'], opt],
    ['Дата рождения', (c, o, r) => (!mpCompany(c) && r() < 0.4 ? f.de(c.birth) : ''), ['person.birthDate'], opt],
    ['Рабочий телефон', (c, o, r) => `+7 (495) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['Мобильный телефон', (c) => (mpCompany(c) ? '' : ru(c).mobile), ['mobilePhone.number']],
    ['E-mail', (c) => (mpCompany(c) ? `info@${translit(ruCo(c).split('«')[1] ?? 'kuznetsov')}.ru` : ru(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Сайт', (c) => (mpCompany(c) ? `www.${translit(ruCo(c).split('«')[1] ?? 'kuznetsov')}.ru` : ''), ['b2b.companyWebsite']],
    ['Адрес', (c) => `${ru(c).zip}, ${ru(c).city}, ${ru(c).street}`, [], opt],
    ['Skype', (c, o, r) => (r() < 0.2 ? `live:${translit(ru(c).first)}.${translit(ru(c).last)}` : ''), []],
    ['Telegram', (c, o, r) => (r() < 0.35 ? `@${translit(ru(c).first)}_${translit(ru(c).last)}` : ''), []],
    ['ИНН', (c) => (mpCompany(c) ? inn(c) : ''), []],
    ['Категория', (c) => ['Клиент', 'Клиент', 'Партнёр', 'Поставщик'][+c.id % 4], ['b2b.personType'], opt],
    ['Источник', (c) => ['Сайт', 'Рекомендация', 'Выставка', 'Холодный звонок', 'Яндекс.Директ'][+c.id % 5], ['b2b.personSource'], opt],
    ['Ответственный', (c) => ['Смирнова Ольга', 'Попов Андрей', 'Лебедев Максим'][+c.id % 3], []],
    ['Теги', (c, o, r) => v.pick(r, ['', '', 'VIP', 'опт', 'тендер']), []],
    ['Описание', (c, o, r) => v.pick(r, ['', '', '', 'Звонить после 14:00', 'Работает по предоплате']), []],
    ['Дата создания', (c) => mpDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Дата последнего контакта', (c) => mpDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'sage-contactos-es', product: 'Sage Business Cloud Contabilidad (Contactos > Exportar, CSV; Spanish UI, a firm in Spain)', family: 'crm', language: 'es', schema: B, cols: [
    ['Tipo de contacto', (c) => (+c.id % 5 === 0 ? 'Proveedor' : 'Cliente'), ['b2b.personType'], opt],
    ['Nombre', (c) => sgName(c), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Referencia', (c) => sgRef(c), B2BID],
    ['Persona de contacto', (c) => (sgEmpresa(c) ? c.full : ''), ['person.name.fullName'], opt],
    ['Correo electrónico', (c) => (sgEmpresa(c) ? `${slug(c.first)}.${slug(c.last)}@${slug(sgEmp(c)).slice(0, 12)}.es` : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (sgEmpresa(c) && r() < 0.15 ? c.phone.replace(/ \d{3}$/, ` ${v.int(r, 100, 999)}`) : ''), ['faxPhone.number']],
    ['Sitio web', (c) => (sgEmpresa(c) ? `www.${slug(sgEmp(c)).slice(0, 12)}.es` : ''), ['b2b.companyWebsite']],
    ['NIF', (c) => sgNif(c), ['person.taxId'], opt],
    ['Dirección línea 1', (c) => c.street, at(['billingAddress', 'workAddress', ...HOME], 'street1')],
    ['Dirección línea 2', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : ''), at(['billingAddress', 'workAddress', ...HOME], 'street2')],
    ['Población', (c) => c.city, at(['billingAddress', 'workAddress', ...HOME], 'city')],
    ['Provincia', (c) => c.region, [...at(['billingAddress', 'workAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', 'workAddress', ...HOME], 'state')]],
    ['Código postal', (c) => c.postcode, at(['billingAddress', 'workAddress', ...HOME], 'postalCode')],
    ['País', () => 'España', at(['billingAddress', 'workAddress', ...HOME], 'country')],
    ['Dirección de entrega línea 1', (c) => (sgEntrega(c) ? 'Polígono Industrial Las Arenas, Nave 7' : ''), ['shippingAddress.street1']],
    ['Población de entrega', (c) => (sgEntrega(c) ? 'Getafe' : ''), ['shippingAddress.city']],
    ['Provincia de entrega', (c) => (sgEntrega(c) ? 'Madrid' : ''), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Código postal de entrega', (c) => (sgEntrega(c) ? '28906' : ''), ['shippingAddress.postalCode']],
    ['País de entrega', (c) => (sgEntrega(c) ? 'España' : ''), ['shippingAddress.country']],
    ['Moneda', () => 'EUR', []],
    ['Límite de crédito', (c) => (sgEmpresa(c) ? ['3000,00', '6000,00', '0,00'][+c.id % 3] : '0,00'), []],
    ['Días de crédito', (c) => ['0', '30', '60', '30'][+c.id % 4], []],
    ['Forma de pago', (c) => ['Transferencia', 'Domiciliación bancaria', 'Tarjeta', 'Confirming'][+c.id % 4], []],
    ['IBAN', (c, o, r) => (r() < 0.5 ? `ES${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}${v.int(r, 10, 99)} ${v.int(r, 100000, 999999)}${v.int(r, 1000, 9999)}` : ''), []],
    ['Cuenta contable', (c) => (+c.id % 5 === 0 ? `400${pad(+c.id % 100000, 5)}` : `430${pad(+c.id % 100000, 5)}`), []],
    ['Saldo', (c) => es2((+c.id % 7) * 318.45), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Enviar facturas por correo', 'Pedido mínimo 150 €']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'hepsiburada-siparisler-tr', product: 'Hepsiburada (Merchant panel: Siparişler > Excel\'e Aktar; Turkish, one row per order line)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş Numarası', (c, o) => String(4000000000 + +o.id * 9173), [OR('purchaseID')]],
    ['Paket Numarası', (c, o) => String(3100000000 + +o.id * 41), [], opt],
    ['Kalem Numarası', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => hbSt(o), [], opt],
    ['Müşteri Adı Soyadı', (c) => tr(c).full, []],
    ['Alıcı Telefon', (c) => tr(c).mobile, [], opt],
    ['Teslimat Adresi', (c) => tr(c).street, [SHIP('street1')]],
    ['İlçe', (c) => tr(c).ilce, [SHIP('city')]],
    ['İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state')]],
    ['Fatura Adresi', (c) => `${tr(c).street} ${tr(c).ilce}/${tr(c).il}`, [], opt],
    ['Fatura Türü', (c, o) => (hbCorp(o) ? 'Kurumsal' : 'Bireysel'), [], opt],
    ['Firma Adı', (c, o) => (hbCorp(o) ? tr(c).company : ''), []],
    ['Vergi Dairesi', (c, o) => (hbCorp(o) ? `${tr(c).ilce} V.D.` : ''), []],
    ['Vergi Numarası', (c, o, r) => (hbCorp(o) ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['Ürün Adı', (c, o) => hbp(o)[1], [PL('name')]],
    ['Satıcı Stok Kodu', (c, o) => hbp(o)[0], [PL('SKU')]],
    ['Hepsiburada Stok Kodu', (c, o) => hbp(o)[2], [PL('SKU'), PL('product')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(hbp(o)[3]), []],
    ['Toplam Tutar', (c, o) => trMoney(hbLine(o)), [PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trMoney(hbDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
    ['Faturalanacak Tutar', (c, o) => trMoney(hbLine(o) - hbDisc(o)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['KDV Oranı', (c, o) => (hbp(o)[1].startsWith('Organik') ? '%10' : '%20'), []],
    ['Komisyon Oranı', (c, o) => ['%18', '%15', '%21', '%12', '%16'][+o.id % 5], []],
    ['Komisyon Tutarı', (c, o) => trMoney((hbLine(o) - hbDisc(o)) * [0.18, 0.15, 0.21, 0.12, 0.16][+o.id % 5]), []],
    ['Kargo Firması', (c, o) => ['HepsiJET', 'Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip Numarası', (c, o, r) => (hbShipped(o) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Kargoya Veriliş Tarihi', (c, o) => (hbShipped(o) ? trTime(o.at + 30 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Teslim Tarihi', (c, o) => (['Teslim Edildi', 'İade Edildi'].includes(hbSt(o)) ? trTime(o.at + 3 * 86400000) : ''), [], opt],
    ['Vade Tarihi', (c, o) => trTime(o.at + 21 * 86400000).slice(0, 10), []],
  ] },
  { name: 'empik-zamowienia-pl', product: 'Empik Marketplace (panel sprzedawcy: Zamówienia > Eksportuj, CSV; Polish UI, one row per order line)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o) => `${20240000000 + +o.id * 131}-A`, [OR('purchaseID')]],
    ['Numer linii zamówienia', (c, o) => `${20240000000 + +o.id * 131}-A-1`, ['_id'], opt],
    ['Data utworzenia', (c, o) => warsaw(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => emSt(o), [], opt],
    ['SKU oferty', (c, o) => emp(o)[0], [PL('SKU')]],
    ['EAN', (c, o) => emp(o)[1], [PL('SKU')], opt],
    ['Nazwa produktu', (c, o) => emp(o)[2], [PL('name')]],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena jednostkowa', (c, o) => plz(emp(o)[3]), []],
    ['Cena', (c, o) => plz(emLine(o)), [PL('priceTotal')]],
    ['Koszt wysyłki', (c, o) => plz(emShip(o)), ['commerce.shipping.shippingAmount']],
    ['Kwota całkowita', (c, o) => plz(emLine(o) + emShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Prowizja', (c, o) => plz((emLine(o) + emShip(o)) * 0.13), []],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Metoda dostawy', (c, o) => ['Kurier InPost', 'Paczkomat InPost', 'Kurier DPD', 'Odbiór w salonie Empik'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Przewoźnik', (c, o) => ['InPost', 'InPost', 'DPD', ''][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Numer przesyłki', (c, o, r) => (['Odebrane', 'Wysłane'].includes(emSt(o)) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Data wysyłki', (c, o) => (['Odebrane', 'Wysłane'].includes(emSt(o)) ? warsaw(o.at + 26 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Klient - imię', (c) => pl(c).first, []],
    ['Klient - nazwisko', (c) => pl(c).last, []],
    ['Adres dostawy - ulica', (c, o) => (emOther(o) ? 'ul. Grójecka 120/4' : pl(c).street), [SHIP('street1')]],
    ['Adres dostawy - kod pocztowy', (c, o) => (emOther(o) ? '02-367' : pl(c).zip), [SHIP('postalCode')]],
    ['Adres dostawy - miasto', (c, o) => (emOther(o) ? 'Warszawa' : pl(c).city), [SHIP('city')]],
    ['Adres dostawy - kraj', () => 'Polska', [SHIP('country')]],
    ['Adres dostawy - telefon', (c) => pl(c).mobile, [], opt],
    ['Adres rozliczeniowy - firma', (c, o) => (emFv(o) ? pl(c).company : ''), []],
    ['Adres rozliczeniowy - ulica', (c) => pl(c).street, [BILL('street1')]],
    ['Adres rozliczeniowy - kod pocztowy', (c) => pl(c).zip, [BILL('postalCode')]],
    ['Adres rozliczeniowy - miasto', (c) => pl(c).city, [BILL('city')]],
    ['Adres rozliczeniowy - kraj', () => 'Polska', [BILL('country')]],
    ['NIP', (c, o, r) => (emFv(o) ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}` : ''), []],
    ['Faktura', (c, o) => (emFv(o) ? 'Tak' : 'Nie'), [], opt],
  ] },

  { name: 'plentymarkets-orderitems', product: 'plentymarkets (Daten > Dynamischer Export, data format OrderItems, CSV; a German shop selling on its web shop, Amazon and eBay)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['OrderID', (c, o) => String(48000 + (+o.id % 9000)), [OR('purchaseID')]],
    ['OrderRowID', (c, o) => String(152000 + +o.id * 3), ['_id'], opt],
    ['OrderExternalID', (c, o, r) => (pmRef(o)[1] === 'Amazon DE' ? `30${v.int(r, 2, 6)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : pmRef(o)[1] === 'eBay' ? `${v.int(r, 10, 27)}-${v.int(r, 10000, 99999)}-${v.int(r, 10000, 99999)}` : ''), [OR('purchaseID')], opt],
    ['OrderReferrerID', (c, o) => pmRef(o)[0], []],
    ['OrderReferrerName', (c, o) => pmRef(o)[1], [], opt],
    ['OrderStatus', (c, o) => pmSt(o), [], opt],
    ['OrderInsertTimestamp', (c, o) => berlin(o.at), ['timestamp', OR('createdDate')]],
    ['OrderPaidTimestamp', (c, o) => (pmSt(o) === '3' ? '' : berlin(o.at + 20 * 60000)), [], opt],
    ['OrderDoneTimestamp', (c, o) => (pmSt(o) === '7' || pmSt(o) === '9' ? berlin(o.at + 27 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['OrderUpdateTimestamp', (c, o) => berlin(o.at + 3 * 86400000), [OR('lastUpdatedDate')], opt],
    ['OrderUser', (c, o) => ['', 'Lager', 'Kundenservice'][+o.id % 3], []],
    ['ItemID', (c, o) => String(pmp(o)[0]), [PL('product'), PL('SKU')], opt],
    ['VariationID', (c, o) => String(pmp(o)[1] * 10 + (+o.id % 4)), [PL('product'), PL('SKU')], opt],
    ['VariationNumber', (c, o) => pmp(o)[2], [PL('SKU')]],
    ['ItemVariationNo', (c, o) => `${pmp(o)[0]}-${(+o.id % 4) + 1}`, [PL('SKU')], opt],
    ['ItemProducer', (c, o) => pmp(o)[5], []],
    ['ItemProducerID', (c, o) => String(3 + (PM_P.indexOf(pmp(o)) % 4)), []],
    ['RowItemText', (c, o) => pmp(o)[3], [PL('name')]],
    ['RowAttributeSelection', (c, o) => pmp(o)[4], [PL('selectedOptions[0].value')], opt],
    ['RowItemExternalID', (c, o, r) => (pmRef(o)[1] === 'Amazon DE' ? String(v.int(r, 10000000000000, 99999999999999)) : ''), [], opt],
    ['RowQuantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['RowPrice', (c, o) => pmp(o)[6].toFixed(2).replace('.', ','), []],
    ['RowVAT', () => '19', []],
    ['RowCurrency', () => 'EUR', [PL('currencyCode'), OR('currencyCode')]],
    ['RowWarehouseID', (c, o) => ['1', '1', '2'][+o.id % 3], []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'moneris-transactions', product: 'Moneris (Moneris Go portal: Reports > Financial transactions, Export CSV; a Toronto store)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => mnDate(o.at), ['timestamp'], opt],
    ['Time', (c, o) => mnTime(o.at), [], opt],
    ['Order ID', (c, o) => (mnOnline(o) ? `mcoc-${o.id}-${20240000 + (+o.id % 9999)}` : `${String(61000000 + (+o.id % 899999))}-${String(o.id).padStart(6, '0')}`), [OR('purchaseID'), OR('payments[0].transactionID')]],
    ['Transaction type', (c, o) => mnType(o), [], opt],
    ['Transaction status', (c, o) => (mnDeclined(o) ? 'Declined' : 'Approved'), [], opt],
    ['Card type', (c, o) => mnCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card number', (c, o, r) => `${mnCard(o)[1]}${'*'.repeat(mnCard(o)[1].length === 2 ? 9 : 11)}${v.int(r, 1000, 9999)}`, []],
    ['Amount', (c, o) => `${mnType(o) === 'Refund' ? '-' : ''}${(mnAmt(o) + mnTip(o)).toFixed(2)}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tip', (c, o) => mnTip(o).toFixed(2), []],
    ['Cashback', () => '0.00', []],
    ['Surcharge', () => '0.00', []],
    ['Auth #', (c, o, r) => (mnDeclined(o) ? '' : `${v.int(r, 10, 99)}${v.alnum(r, 4).toUpperCase()}`), []],
    ['Host reference #', (c, o, r) => `${v.int(r, 100000000, 999999999)}${v.int(r, 10000, 99999)}`, [OR('payments[0].transactionID')], opt],
    ['Entry method', (c, o) => (mnOnline(o) ? 'Manual entry' : ['Contactless (tap)', 'Chip (insert)', 'Contactless (tap)'][+o.id % 3]), []],
    ['Terminal ID', (c, o) => (mnOnline(o) ? '66012345' : ['61042217', '61042218'][+o.id % 2]), []],
    ['Channel', (c, o) => (mnOnline(o) ? 'E-commerce (Moneris Checkout)' : 'Moneris Go'), [], opt],
    ['Clerk', (c, o) => (mnOnline(o) ? 'Moneris Checkout' : ['sam@northshoreoutfitters.ca', 'priya@northshoreoutfitters.ca'][+o.id % 2]), []],
    ['Customer ID', (c, o, r) => (mnOnline(o) && r() < 0.7 ? `CUST-${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['ECI', (c, o) => (mnOnline(o) ? (mnCard(o)[0] === 'AMEX' ? '7' : '5') : ''), []],
    ['AVS result', (c, o, r) => (mnOnline(o) ? v.pick(r, ['Y - Street and ZIP match', 'Y - Street and ZIP match', 'Z - ZIP matches, street does not', 'U - Not supported']) : ''), []],
    ['CVD result', (c, o, r) => (mnOnline(o) ? v.pick(r, ['M - Match', 'M - Match', 'N - No match', 'P - Not processed']) : ''), []],
  ] },
  { name: 'midtrans-transactions', product: 'Midtrans (Merchant Administration Portal: Transactions > Download Transaction, the CSV report e-mailed with the fields ticked; an Indonesian online shop)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `INV-${20240000 + (+o.id % 9999)}-${o.id}`, [OR('purchaseID')]],
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Time', (c, o) => wib(o.at), ['timestamp']],
    ['Settlement Time', (c, o) => (mtSt(o) === 'settlement' || mtSt(o) === 'refund' ? wib(o.at + 90000) : ''), [], opt],
    ['Expiry Time', (c, o) => (['bank_transfer', 'echannel', 'cstore'].includes(mtPay(o)[0]) ? wib(o.at + 86400000) : ''), [], opt],
    ['Payment Type', (c, o) => mtPay(o)[0], [OR('payments[0].paymentType')], opt],
    ['Bank', (c, o) => mtPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['Transaction Status', (c, o) => mtSt(o), [], opt],
    ['Fraud Status', (c, o) => (mtPay(o)[0] === 'credit_card' && +o.id % 9 === 0 ? 'challenge' : 'accept'), []],
    ['Gross Amount', (c, o) => `${mtAmt(o)}.00`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'IDR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Customer Name', (c) => idn(c).full, []],
    ['Customer Email', (c) => idn(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c) => idn(c).mobile, [], opt],
    ['VA Number', (c, o, r) => (mtPay(o)[0] === 'bank_transfer' ? `${v.int(r, 10000, 99999)}${v.int(r, 100000, 999999)}${v.int(r, 10, 99)}` : ''), []],
    ['Bill Key', (c, o, r) => (mtPay(o)[0] === 'echannel' ? String(v.int(r, 100000000000, 999999999999)) : ''), []],
    ['Payment Code', (c, o, r) => (mtPay(o)[0] === 'cstore' ? String(v.int(r, 1000000000000, 9999999999999)) : ''), []],
    ['Store', (c, o) => (mtPay(o)[0] === 'cstore' ? ['indomaret', 'alfamart'][+o.id % 2] : ''), [OR('payments[0].paymentType')], opt],
    ['Masked Card', (c, o, r) => (mtPay(o)[0] === 'credit_card' ? `${v.pick(r, ['481111', '521111', '410505'])}-${v.int(r, 1000, 9999)}` : ''), []],
    ['Card Type', (c, o) => (mtPay(o)[0] === 'credit_card' ? (+o.id % 2 ? 'credit' : 'debit') : ''), []],
    ['Approval Code', (c, o, r) => (mtPay(o)[0] === 'credit_card' && mtSt(o) === 'settlement' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Acquirer', (c, o) => (mtPay(o)[0] === 'qris' ? 'gopay' : ''), []],
    ['Merchant ID', () => 'G123456789', []],
    ['Channel Response Message', (c, o) => (mtPay(o)[0] === 'credit_card' ? (mtSt(o) === 'settlement' ? 'Approved' : 'Denied by bank') : ''), []],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'pirsch-events', product: 'Pirsch Analytics (self-hosted: the ClickHouse `event` table exported as CSV, as schema migration 0012 creates it; custom events of a SaaS site)', family: 'analytics', language: 'en', schema: E, cols: [
    ['client_id', () => '3', []],
    ['time', (c, o) => chTime(o.at), ['timestamp']],
    ['duration_seconds', (c, o) => String(+o.id % 400), [], opt],
    ['path', (c, o) => PI_PAGE[+o.id % PI_PAGE.length][0], ['web.webPageDetails.URL', 'web.webPageDetails.name'], opt],
    ['language', (c, o) => piGeo(o)[3], ['environment._dc.language'], opt],
    ['country_code', (c, o) => piGeo(o)[0], [GEO('countryCode')]],
    ['referrer', (c, o) => piRef(o)[0], ['web.webReferrer.URL']],
    ['referrer_name', (c, o) => piRef(o)[1], [], opt],
    ['referrer_icon', (c, o) => (piRef(o)[0] ? `${piRef(o)[0]}favicon.ico` : ''), []],
    ['os', (c, o) => piDev(o)[0], ['environment.operatingSystem']],
    ['os_version', (c, o) => piDev(o)[1], ['environment.operatingSystemVersion']],
    ['browser', (c, o) => piDev(o)[2], ['environment.browserDetails.name']],
    ['browser_version', (c, o) => piDev(o)[3], ['environment.browserDetails.version']],
    ['desktop', (c, o) => String(piDev(o)[4]), [], opt],
    ['mobile', (c, o) => String(piDev(o)[5]), [], opt],
    ['screen_width', (c, o) => String(piDev(o)[7]), ['device.screenWidth']],
    ['screen_height', (c, o) => String(piDev(o)[8]), ['device.screenHeight']],
    ['screen_class', (c, o) => piDev(o)[6], ['device.type'], opt],
    ['utm_source', (c, o) => piRef(o)[2], [], opt],
    ['utm_medium', (c, o) => piRef(o)[3], [], opt],
    ['utm_campaign', (c, o) => piRef(o)[4], ['marketing.campaignName', 'marketing.trackingCode']],
    ['utm_content', () => '', [], opt],
    ['utm_term', () => '', [], opt],
    ['event_name', (c, o) => piEv(o)[0], ['web.webInteraction.name', 'eventType'], opt],
    ['event_meta_keys', (c, o) => piEv(o)[1], []],
    ['event_meta_values', (c, o) => piEv(o)[2], []],
    ['title', (c, o) => PI_PAGE[+o.id % PI_PAGE.length][1], ['web.webPageDetails.name']],
    ['session_id', (c, o, r) => String(v.int(r, 100000000, 4294967295)), [], opt],
    ['city', (c, o) => piGeo(o)[2], [GEO('city')]],
    ['visitor_id', (c, o, r) => String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 100000000, 999999999)), [], opt],
  ] },

  // ---------------------------------------------------------------- email / newsletter
  { name: 'sendpulse-contacts', product: 'SendPulse (Email > Mailing lists > list > Export, CSV; variables Name, Gender, Birthday, City, Country added by the sender)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.45 ? c.mobile.replace(/[^\d+]/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Name', (c, o, r) => (r() < 0.8 ? c.first : c.full), ['person.name.firstName', 'person.name.fullName'], opt],
    ['Gender', (c, o, r) => (r() < 0.5 ? (c.female ? 'female' : 'male') : ''), ['person.gender'], opt],
    ['Birthday', (c, o, r) => (r() < 0.35 ? f.ymd(c.birth) : ''), ['person.birthDate'], opt],
    ['City', (c, o, r) => (r() < 0.6 ? c.city : ''), at(HOME, 'city')],
    ['Country', (c, o, r) => (r() < 0.7 ? c.countryEn : ''), at(HOME, 'country')],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'es', '']), [], opt],
    ['Status', (c) => spSt(c), ['personalEmail.status'], opt],
    ['Unsubscribe reason', (c) => (spSt(c) === 'Unsubscribed' ? ['I no longer want to receive these emails', 'Too many emails', 'Unsubscribed by the user from the mailing'][+c.id % 3] : ''), ['personalEmail.statusReason'], opt],
    ['Source', (c) => SP_SRC[+c.id % SP_SRC.length], []],
    ['Date added', (c) => f.ymdhms(c.created), [], opt],
    ['Last activity', (c) => (spSt(c) === 'Active' ? f.ymdhms(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Rating', (c) => String(+c.id % 6), []],
    ['Open rate', (c) => `${(+c.id % 83)}%`, []],
    ['Click rate', (c) => `${(+c.id % 17)}%`, []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'course-buyers', 'webinar-2024', 'trial']), []],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'freescout-customers', product: 'FreeScout (Customers Management (CRM) module: Customers > Export, CSV; a self-hosted help desk of a small software company)', family: 'support', language: 'en', schema: P, cols: [
    ['ID', (c) => String(1 + (+c.id % 9000)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company', (c) => fsCo(c), ['organizations[0]']],
    ['Job Title', (c) => FS_JOB[+c.id % FS_JOB.length], []],
    ['Email', (c) => (fsCo(c) ? c.workEmail : c.email), ['personalEmail.address', 'workEmail.address']],
    ['Other Emails', (c, o, r) => (fsCo(c) && r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Phones', (c, o, r) => (r() < 0.55 ? c.phone : ''), ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['Websites', (c) => (fsCo(c) ? `https://www.${c.workEmail.split('@')[1]}` : ''), []],
    ['Social Profiles', (c, o, r) => (r() < 0.2 ? `https://twitter.com/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Address', (c, o, r) => (r() < 0.4 ? c.street : ''), at([...HOME, 'workAddress'], 'street1')],
    ['City', (c, o, r) => (r() < 0.5 ? c.city : ''), at([...HOME, 'workAddress'], 'city')],
    ['State', (c, o, r) => (r() < 0.5 ? c.region : ''), [...at([...HOME, 'workAddress'], 'stateProvince'), ...at([...HOME, 'workAddress'], 'state')]],
    ['Zip', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at([...HOME, 'workAddress'], 'postalCode')],
    ['Country', (c, o, r) => (r() < 0.6 ? c.countryCode : ''), at([...HOME, 'workAddress'], 'countryCode')],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Paid plan since 2022', 'Prefers phone support']), []],
    ['Photo URL', (c, o, r) => (r() < 0.25 ? `https://support.example.com/storage/customers/${v.hex(r, 16)}.jpg` : ''), []],
    ['Conversations', (c) => String(1 + (+c.id % 14)), []],
    ['Created At', (c) => f.ymdhms(c.created), [], opt],
    ['Updated At', (c) => f.ymdhms(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'paytronix-members', product: 'Paytronix (Experience Platform: guest / member export, CSV; a US restaurant chain)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Account ID', (c) => String(40000000 + (+c.id % 9000000)), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['Printed Card Number', (c) => `6${String(1000000000000000 + (+c.id * 7919) % 999999999999999).slice(1)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Account Status', (c) => pxStatus(c), ['loyalty.status'], opt],
    ['Tier', (c) => pxTier(c), ['loyalty.tier']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile Phone', (c, o, r) => (r() < 0.7 ? c.mobile.replace(/\D/g, '').slice(-10) : ''), ['mobilePhone.number']],
    ['Date of Birth', (c, o, r) => (r() < 0.5 ? usDate(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.3 ? (c.female ? 'F' : 'M') : ''), ['person.gender'], opt],
    ['Address 1', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Enroll Date', (c) => usDate(c.created), ['loyalty.joinDate']],
    ['Enroll Store', (c) => PX_STORES[+c.id % PX_STORES.length], []],
    ['Favorite Store', (c) => PX_STORES[(+c.id >> 1) % PX_STORES.length], []],
    ['Points Balance', (c) => String(pxPts(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(pxLife(c)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(pxRed(c)), ['loyalty.pointsRedeemed']],
    ['Rewards Available', (c) => String(Math.floor(pxPts(c) / 100)), [], opt],
    ['Visit Count', (c) => String(pxVisits(c)), ['loyalty.lifetimePurchases'], opt],
    ['Total Spend', (c) => (pxVisits(c) * 23.4).toFixed(2), [], opt],
    ['Last Visit Date', (c) => usDate(Math.max(c.created, c.updated)), [], opt],
    ['Email Opt In', (c, o, r) => (r() < 0.7 ? 'Y' : 'N'), [], opt],
    ['SMS Opt In', (c, o, r) => (r() < 0.3 ? 'Y' : 'N'), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'lead411-contacts', product: 'Lead411 (Search > select contacts > Export, CSV)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Lead411 ID', (c) => String(90000000 + (+c.id % 9000000) * 7), B2BID, opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => L4_TITLE[+c.id % L4_TITLE.length], ['extendedWorkDetails.jobTitle']],
    ['Management Level', (c) => l4lvl(c)[0], [], opt],
    ['Department', (c) => l4lvl(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${l4(c)[1]}`, ['workEmail.address']],
    ['Email Status', (c, o, r) => v.pick(r, ['Verified', 'Verified', 'Verified', 'Catch-All', 'Unverified']), ['workEmail.status'], opt],
    ['Direct Dial', (c, o, r) => (r() < 0.6 ? `(${v.int(r, 201, 989)}) ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}` : ''), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.35 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company', (c) => l4(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Phone', (c) => `(${['512', '206', '617', '312', '212'][+c.id % 5]}) 555-0${pad(+c.id % 100)}0`, ['workPhone.number'], opt],
    ['Address', (c) => l4hq(c)[0], ['workAddress.street1']],
    ['City', (c) => l4hq(c)[1], ['workAddress.city']],
    ['State', (c) => l4hq(c)[2], ['workAddress.stateProvince', 'workAddress.state']],
    ['Zip', (c) => l4hq(c)[3], ['workAddress.postalCode']],
    ['Country', () => 'United States', ['workAddress.country']],
    ['Website', (c) => `www.${l4(c)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => l4(c)[2], []],
    ['SIC Code', (c) => l4(c)[3], []],
    ['NAICS Code', (c) => l4(c)[4], []],
    ['Employees', (c) => l4(c)[5], []],
    ['Revenue', (c) => l4(c)[6], []],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id % 900) + 100}`, []],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${slug(l4(c)[0])}`, []],
  ] },
]
