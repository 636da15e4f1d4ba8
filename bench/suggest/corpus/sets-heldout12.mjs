// Round 12, heldout12: held-out sets added in round 12, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { P, E, B, v, f, at, HOME, WORK, ID, B2BID, PL, OR, SHIP, BILL, opt, UA } from './sets.mjs'
import { slug } from './values10.mjs'
import { jstDate, jstTime, kst, msk, anet, usPad, suiteTime, loc12 } from './values12.mjs'
import { pad } from './values.mjs'

const ja = (c) => loc12(c, 'ja')
const ko = (c) => loc12(c, 'ko')
const ru = (c) => loc12(c, 'ru')

// SuiteCRM: a contact's primary address (work, home or mailing alike, as HubSpot's) and its alternate address.
const PRIM = [...WORK, ...HOME]
const ALT = ['otherAddress', 'homeAddress']
const SUITE_USERS = [['1', 'admin'], ['5f3c1a2e-8b4d-4c11-9a0e-2d7f6b1c9e01', 'sally'], ['8a2e4b6c-1d3f-4e5a-b7c9-0f1e2d3c4b5a', 'max']]
const suiteUser = (c) => SUITE_USERS[+c.id % SUITE_USERS.length]
const suiteId = (r) => v.uuid(r)
// One contact in five has an alternate (home) address.
const alt = (c) => +c.id % 5 === 0
const ALT_PLACES = [['Pine St', 'Brooklyn', 'NY', '11201'], ['Lake Dr', 'Round Rock', 'TX', '78664'], ['Hill Rd', 'Bellevue', 'WA', '98004'], ['Ridge Ave', 'Evanston', 'IL', '60201']]
const altPlace = (c) => ALT_PLACES[+c.id % ALT_PLACES.length]
const US_STATES = { 'New York': 'NY', Austin: 'TX', Seattle: 'WA', Chicago: 'IL', Denver: 'CO', Boston: 'MA', Portland: 'OR' }

// Salesloft: API timestamps with microseconds and the US Eastern offset.
const sloft = (ms) => { const d = new Date(ms - 5 * 3600000); return `${d.toISOString().slice(0, 19)}.${pad(((ms / 1000) * 7919) % 999983, 6)}-05:00` }
const SENIORITY = { 'Marketing Manager': 'manager', CTO: 'executive', 'Head of Sales': 'director', 'Software Engineer': 'individual_contributor', 'Procurement Lead': 'manager', 'VP Operations': 'vice_president', 'Account Executive': 'individual_contributor', 'Data Analyst': 'individual_contributor', CFO: 'executive', 'Office Manager': 'manager' }
const INDUSTRY = ['Computer Software', 'Financial Services', 'Retail', 'Hospital & Health Care', 'Logistics and Supply Chain', 'Marketing and Advertising']

// Fatture in Cloud: an Italian business's customers; one in four is a private person (no Partita IVA).
const INV = ['billingAddress', ...WORK, ...HOME]
const priv4 = (c) => +c.id % 4 === 0
const ITCO = ['Rossi Impianti S.r.l.', 'Lombarda Servizi S.p.A.', 'Trattoria da Gino S.n.c.', 'Studio Bianchi & Associati', 'Tecnoedil S.r.l.', 'Ferramenta Colombo di Colombo Marco']
const itco = (c) => ITCO[+c.id % ITCO.length]
const piva = (c) => String(10000000000 + ((+c.id * 7919) % 89999999999)).slice(0, 11)
const cf = (c, r) => `${c.last.slice(0, 3).toUpperCase().padEnd(3, 'X')}${c.first.slice(0, 3).toUpperCase().padEnd(3, 'X')}${pad(v.int(r, 50, 99))}${v.pick(r, ['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'])}${pad(v.int(r, 1, 28))}F${v.int(r, 100, 999)}${v.pick(r, ['K', 'X', 'Z', 'W'])}`

// retailCRM: online shop in Russia; order statistics per customer.
const ruOrders = (c) => +c.id % 9
const ruSum = (c) => ruOrders(c) * (1500 + (+c.id % 37) * 130)
const rub = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

// Acumbamail: Spanish first names of the base list alternate female / male.
const ES_F = new Set(['Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'])
const ES_PROV = { Madrid: 'Madrid', Barcelona: 'Barcelona', Valencia: 'Valencia', Sevilla: 'Sevilla', Bilbao: 'Vizcaya', Málaga: 'Málaga' }

// Growave: a Shopify store in France; tiers by amount spent.
const gwEarned = (c) => (+c.id % 53) * 25 + 50
const gwSpent = (c) => Math.min(gwEarned(c), (+c.id % 4) * 300)
const gwSpend = (c) => +((+c.id % 61) * 17.35).toFixed(2)
const gwTier = (c) => (gwSpend(c) >= 700 ? 'Or' : gwSpend(c) >= 300 ? 'Argent' : gwSpend(c) >= 100 ? 'Bronze' : '')
const frMoney = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')} €`

// Rakuten: yen prices; a fifth of the orders go to a different recipient than the buyer.
const RKP = [['kbn-tshirt-01', 'オーガニックコットン Tシャツ 半袖 メンズ レディース', 2980], ['mug-sakura-350', '美濃焼 マグカップ 桜 350ml', 1650], ['rb-towel-set', '今治タオル フェイスタオル 3枚セット', 3300], ['kome-5kg-2024', '令和6年産 新潟県産コシヒカリ 5kg', 3980], ['sneaker-wh-26', '厚底スニーカー ホワイト 26.0cm', 7480]]
const rkp = (o) => RKP[+o.id % RKP.length]
const gift = (o) => +o.id % 5 === 0
const yenSub = (o) => rkp(o)[2] * o.qty
const yenShip = (o) => (yenSub(o) >= 3980 ? 0 : 550)
const yenTax = (o) => Math.floor(yenSub(o) * 10 / 110)
const yenPts = (o) => (+o.id % 3 === 0 ? 100 * (+o.id % 7) : 0)
const yenCpn = (o) => (+o.id % 6 === 0 ? 300 : 0)
const RK_STATUS = ['発送待ち', '発送待ち', '発送済', '発送済', '発送済', '注文確認待ち', 'キャンセル確定']

// Cafe24: won prices; orders from PC and mobile shops.
const KRP = [['P000BXKA000A', '오버핏 코튼 맨투맨', '색상=블랙, 사이즈=L', 39000], ['P000CDEF000B', '데일리 슬랙스', '색상=베이지, 사이즈=M', 45900], ['P000GHIJ000C', '캔버스 토트백', '색상=아이보리', 29800], ['P000KLMN000D', '니트 가디건', '색상=그레이, 사이즈=FREE', 52000], ['P000OPQR000E', '스트라이프 셔츠', '색상=블루, 사이즈=S', 34900]]
const krp = (o) => KRP[+o.id % KRP.length]
const wonSub = (o) => krp(o)[3] * o.qty
const wonShip = (o) => (wonSub(o) >= 50000 ? 0 : 3000)
const wonCpn = (o) => (+o.id % 4 === 0 ? 5000 : 0)
const wonPts = (o) => (+o.id % 5 === 0 ? 2000 : 0)
const won = (n) => String(n)

// Tealium: a retail site; page views, link clicks, cart adds and purchases.
const TEV = ['view', 'view', 'view', 'link', 'cart_add', 'purchase']
const tev = (o) => TEV[+o.id % TEV.length]
const TPAGES = [['/', 'Home', 'home'], ['/products/classic-tee', 'Classic T-Shirt | Example Shop', 'product'], ['/collections/sale', 'Sale | Example Shop', 'category'], ['/cart', 'Your Cart | Example Shop', 'cart'], ['/checkout/thank-you', 'Thank you for your order | Example Shop', 'order confirmation']]
const tpage = (o) => (tev(o) === 'purchase' ? TPAGES[4] : tev(o) === 'cart_add' ? TPAGES[1] : TPAGES[+o.id % 4])

// Authorize.Net: a US merchant; one in eight transactions declined, one in ten a refund (Credit).
const declined = (o) => +o.id % 8 === 0
const credit = (o) => !declined(o) && +o.id % 10 === 0
const usd = (o) => +(o.total * 1.08).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'suitecrm-contacts', product: 'SuiteCRM 7 (Contacts list view export, English labels)', family: 'crm', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['ID', (c, o, r) => suiteId(r), B2BID],
    ['Salutation', (c, o, r) => (r() < 0.8 ? (c.female ? v.pick(r, ['Ms.', 'Mrs.']) : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Department', (c, o, r) => v.pick(r, ['', 'Sales', 'Marketing', 'Finance', 'IT', 'Operations']), ['extendedWorkDetails.departments[0]']],
    ['Account Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email Address', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Non Primary E-mails', (c, o, r) => (r() < 0.25 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Mobile', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Office Phone', (c) => c.phone, ['workPhone.number']],
    ['Home', (c, o, r) => (r() < 0.2 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['homePhone.number']],
    ['Other Phone', (c, o, r) => (r() < 0.1 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['otherPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['faxPhone.number']],
    ['Primary Address Street', (c) => c.street, at(PRIM, 'street1')],
    ['Primary Address City', (c) => c.city, at(PRIM, 'city')],
    ['Primary Address State', (c) => c.region, [...at(PRIM, 'stateProvince'), ...at(PRIM, 'state')]],
    ['Primary Address Postal Code', (c) => c.postcode, at(PRIM, 'postalCode')],
    ['Primary Address Country', (c, o, r) => v.pick(r, ['USA', 'USA', 'United States', 'US']), at(PRIM, 'country')],
    ['Alternate Address Street', (c) => (alt(c) ? `${100 + (+c.id % 800)} ${altPlace(c)[0]}` : ''), at(ALT, 'street1')],
    ['Alternate Address City', (c) => (alt(c) ? altPlace(c)[1] : ''), at(ALT, 'city')],
    ['Alternate Address State', (c) => (alt(c) ? altPlace(c)[2] : ''), [...at(ALT, 'stateProvince'), ...at(ALT, 'state')]],
    ['Alternate Address Postal Code', (c) => (alt(c) ? altPlace(c)[3] : ''), at(ALT, 'postalCode')],
    ['Alternate Address Country', (c) => (alt(c) ? 'USA' : ''), at(ALT, 'country')],
    ['Description', (c, o, r) => v.pick(r, ['', '', '', 'Met at SaaStr 2023', 'Prefers email; decision maker for renewals']), []],
    ['Birthdate', (c, o, r) => (r() < 0.3 ? usPad(c.birth) : ''), ['person.birthDate']],
    ['Lead Source', (c, o, r) => v.pick(r, ['', 'Cold Call', 'Existing Customer', 'Web Site', 'Trade Show', 'Word of mouth', 'Email']), [], opt],
    ['Campaign ID', (c, o, r) => (r() < 0.2 ? v.uuid(r) : ''), [], opt],
    ['Do Not Call', (c, o, r) => (r() < 0.1 ? '1' : '0'), [], opt],
    ['Reports to ID', (c, o, r) => (r() < 0.25 ? v.uuid(r) : ''), ['extendedWorkDetails.reportsToID'], opt],
    ['Assistant', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Pat Lee', 'Dana Moore']) : ''), ['extendedWorkDetails.assistantDetails.name.fullName']],
    ['Assistant Phone', (c, o, r) => (r() < 0.08 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['extendedWorkDetails.assistantDetails.phone.number']],
    ['Assigned to', (c) => suiteUser(c)[0], []],
    ['Assigned User', (c) => suiteUser(c)[1], []],
    ['Date Created', (c) => suiteTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Modified', (c) => suiteTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Modified By', (c, o, r) => v.pick(r, ['1', 'admin', 'sally']), ['extSourceSystemAudit.lastUpdatedBy'], opt],
    ['Created By', (c, o, r) => v.pick(r, ['1', 'admin', 'max']), ['extSourceSystemAudit.createdBy'], opt],
    ['Deleted', () => '0', ['isDeleted'], opt],
  ] },
  { name: 'fattureincloud-clienti-it', product: 'Fatture in Cloud (anagrafica clienti, Excel export, Italian)', family: 'crm', language: 'it', schema: B, cols: [
    ['Codice', (c) => `C${String(+c.id % 10000).padStart(4, '0')}`, B2BID],
    ['Nome', (c) => (priv4(c) ? `${c.first} ${c.last}` : itco(c)), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Tipologia', (c) => (priv4(c) ? 'Privato' : +c.id % 11 === 0 ? 'PA' : 'Azienda'), [], opt],
    ['Referente', (c, o, r) => (!priv4(c) && r() < 0.5 ? `${c.first} ${c.last}` : ''), ['person.name.fullName'], opt],
    ['Indirizzo', (c) => c.street, at(INV, 'street1')],
    ['CAP', (c) => c.postcode, at(INV, 'postalCode')],
    ['Città', (c) => c.city, at(INV, 'city')],
    ['Provincia', (c) => c.region, [...at(INV, 'stateProvince'), ...at(INV, 'state')]],
    ['Note indirizzo', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Scala B, interno 4', 'c/o Centro Direzionale', 'Piano 2']) : ''), at(INV, 'street2'), opt],
    ['Paese', () => 'Italia', at(INV, 'country')],
    ['Email', (c) => (priv4(c) ? c.email : `amministrazione@${slug(itco(c)).slice(0, 14)}.it`), ['workEmail.address', 'personalEmail.address']],
    ['PEC', (c, o, r) => (!priv4(c) && r() < 0.7 ? `${slug(itco(c)).slice(0, 14)}@pec.it` : ''), ['workEmail.address'], opt],
    ['Telefono', (c, o, r) => (r() < 0.6 ? (priv4(c) ? c.mobile : c.phone) : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Fax', (c, o, r) => (!priv4(c) && r() < 0.1 ? c.phone : ''), ['faxPhone.number']],
    ['Partita IVA', (c) => (priv4(c) ? '' : piva(c)), []],
    ['Codice fiscale', (c, o, r) => (priv4(c) ? cf(c, r) : piva(c)), ['person.taxId'], opt],
    ['Codice SDI', (c, o, r) => (priv4(c) ? '0000000' : v.pick(r, ['M5UXCR1', 'KRRH6B9', 'SUBM70N', 'T04ZHR3', 'USAL8PV'])), []],
    ['Termini pagamento', (c, o, r) => v.pick(r, ['', '30 gg DF', '30 gg FM', '60 gg FM', 'Rimessa diretta']), []],
    ['IBAN', (c, o, r) => (r() < 0.3 ? `IT60X0542811101000000${v.int(r, 100000, 999999)}` : ''), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Split payment', 'Inviare copia cortesia via email']), []],
  ] },

  // ---------------------------------------------------------------- B2B
  { name: 'salesloft-people', product: 'Salesloft (People, API / warehouse-sync attribute names)', family: 'b2b', language: 'en', schema: B, cols: [
    ['id', (c) => String(90000000 + (+c.id % 9000000)), B2BID],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['display_name', (c) => c.full, ['person.name.fullName']],
    ['email_address', (c) => c.workEmail, ['workEmail.address']],
    ['secondary_email_address', (c, o, r) => (r() < 0.1 ? `${c.first.toLowerCase()}@${slug(c.company).slice(0, 10)}.io` : ''), ['workEmail.address'], opt],
    ['personal_email_address', (c, o, r) => (r() < 0.2 ? c.email : ''), ['personalEmail.address']],
    ['phone', (c) => c.phone, ['workPhone.number']],
    ['phone_extension', (c, o, r) => (r() < 0.2 ? String(v.int(r, 100, 999)) : ''), ['workPhone.extension']],
    ['mobile_phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['home_phone', (c, o, r) => (r() < 0.05 ? `+1 ${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}` : ''), ['homePhone.number']],
    ['linkedin_url', (c, o, r) => (r() < 0.7 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.alnum(r, 6).toLowerCase()}` : ''), []],
    ['title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['job_seniority', (c) => SENIORITY[c.job] ?? 'unknown', [], opt],
    ['city', (c, o, r) => (r() < 0.5 ? c.city : ''), at(HOME, 'city')],
    ['state', (c, o, r) => (r() < 0.5 ? c.region : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['country', (c, o, r) => (r() < 0.5 ? 'United States' : ''), at(HOME, 'country')],
    ['work_city', (c) => c.city, ['workAddress.city']],
    ['work_state', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['work_country', () => 'United States', ['workAddress.country']],
    ['person_company_name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['person_company_website', (c) => `https://www.${slug(c.company)}.com`, ['b2b.companyWebsite']],
    ['person_company_industry', (c) => INDUSTRY[+c.id % INDUSTRY.length], []],
    ['do_not_contact', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), [], opt],
    ['eu_resident', () => 'false', []],
    ['locale', (c, o, r) => v.pick(r, ['', 'en_US', 'en_US', 'en_GB']), [], opt],
    ['twitter_handle', (c, o, r) => (r() < 0.15 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['tags', (c, o, r) => v.pick(r, ['', 'Q3-outbound', 'webinar-2024, ICP', 'champion']), []],
    ['account_id', (c) => String(41000000 + (slug(c.company).length * 1237) % 900000), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['owner_id', (c, o, r) => String(v.pick(r, [51234, 51240, 51377])), []],
    ['person_stage_id', (c, o, r) => v.pick(r, ['', '8213', '8214', '8215']), [], opt],
    ['crm_id', (c, o, r) => (r() < 0.8 ? `003${v.alnum(r, 15)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['crm_id_type', (c, o, r) => 'salesforce', []],
    ['last_contacted_at', (c, o, r) => (r() < 0.7 ? sloft(Math.max(c.created, c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['created_at', (c) => sloft(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['updated_at', (c) => sloft(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers
  { name: 'retailcrm-klienty-ru', product: 'retailCRM (Клиенты, Excel export, Russian UI)', family: 'ecommerce-customers', language: 'ru', schema: P, cols: [
    ['ID', (c) => String(1000 + (+c.id % 90000)), ID],
    ['Внешний ID', (c, o, r) => (r() < 0.8 ? String(20000 + (+c.id % 70000)) : ''), ID, opt],
    ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Отчество', (c, o, r) => (r() < 0.6 ? ru(c).middle : ''), ['person.name.middleName']],
    ['Пол', (c, o, r) => (r() < 0.7 ? (ru(c).female ? 'Женский' : 'Мужской') : ''), ['person.gender'], opt],
    ['Дата рождения', (c, o, r) => (r() < 0.4 ? f.de(c.birth) : ''), ['person.birthDate'], opt],
    ['E-mail', (c) => ru(c).email, ['personalEmail.address']],
    ['Телефон', (c) => ru(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Индекс', (c, o, r) => (r() < 0.7 ? ru(c).zip : ''), at([...HOME, 'shippingAddress'], 'postalCode')],
    ['Регион', (c) => ru(c).region, [...at([...HOME, 'shippingAddress'], 'stateProvince'), ...at([...HOME, 'shippingAddress'], 'state')]],
    ['Город', (c) => ru(c).city, at([...HOME, 'shippingAddress'], 'city')],
    ['Адрес', (c) => ru(c).street, at([...HOME, 'shippingAddress'], 'street1')],
    ['Количество заказов', (c) => String(ruOrders(c)), []],
    ['Сумма заказов', (c) => rub(ruSum(c)), ['loyalty.lifetimePurchases'], opt],
    ['Средний чек', (c) => (ruOrders(c) ? rub(ruSum(c) / ruOrders(c)) : '0,00'), []],
    ['Дата последнего заказа', (c) => (ruOrders(c) ? msk(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Дата создания', (c) => msk(c.created), [], opt],
    ['Подписан на рассылку', (c) => (c.bool ? 'Да' : 'Нет'), [], opt],
    ['Менеджер', (c, o, r) => v.pick(r, ['', 'Петрова Светлана', 'Орлов Игорь']), []],
    ['Сегменты', (c, o, r) => v.pick(r, ['', 'Постоянные клиенты', 'VIP', 'Спящие']), []],
    ['Персональная скидка, %', (c, o, r) => (r() < 0.15 ? v.pick(r, ['5', '10']) : '0'), []],
    ['Магазин', () => 'Основной магазин', []],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', '', 'Звонить после 18:00', 'Оптовик']), []],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'kit-subscribers', product: 'Kit (formerly ConvertKit; subscribers export with the account\'s custom fields)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c) => String(1800000000 + (+c.id * 97) % 90000000), ID],
    ['first_name', (c, o, r) => (r() < 0.85 ? c.first : ''), ['person.name.firstName']],
    ['email_address', (c) => c.email, ['personalEmail.address']],
    ['state', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'active', 'cancelled', 'bounced', 'inactive']), [], opt],
    ['created_at', (c) => f.iso(c.created), [], opt],
    ['Last name', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Birthday', (c, o, r) => (r() < 0.3 ? new Date(c.birth).toUTCString().slice(8, 11) + ' ' + new Date(c.birth).getUTCDate() : ''), ['person.birthDayAndMonth'], opt],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Role', (c, o, r) => (r() < 0.3 ? c.job : ''), []],
    ['Postal code', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Website', (c, o, r) => (r() < 0.15 ? `${slug(c.first)}${slug(c.last)}.com` : ''), []],
    ['Phone Number', (c, o, r) => (r() < 0.25 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Source', (c, o, r) => v.pick(r, ['landing page', 'landing page', 'form', 'import', 'api']), [], opt],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['', 'Social media', 'Podcast', 'A friend', 'Google']), []],
    ['Interests', (c, o, r) => v.pick(r, ['', 'Monetization', 'Growth', 'Design']), []],
    ['Lead Score', (c, o, r) => String(v.int(r, 0, 100)), []],
    ['tags', (c, o, r) => v.pick(r, ['', 'Newsletter', 'Newsletter, Customer', 'Webinar 2024']), []],
    ['referrer', (c, o, r) => v.pick(r, ['', 'https://www.google.com/', 'https://twitter.com/', 'https://example.com/blog/how-to-start']), []],
    ['utm_source', (c, o, r) => v.pick(r, ['', '', 'twitter', 'newsletter', 'google']), []],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', '', 'launch-2024', 'black-friday']), []],
  ] },
  { name: 'acumbamail-suscriptores-es', product: 'Acumbamail (list subscribers export, Spanish account)', family: 'email', language: 'es', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['nombre', (c) => c.first, ['person.name.firstName']],
    ['apellidos', (c, o, r) => (r() < 0.8 ? `${c.last} ${v.pick(r, ['García', 'López', 'Ruiz', 'Navarro', 'Torres'])}` : ''), ['person.name.lastName']],
    ['telefono', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['fecha_nacimiento', (c, o, r) => (r() < 0.3 ? f.eu(c.birth) : ''), ['person.birthDate'], opt],
    ['sexo', (c, o, r) => (r() < 0.6 ? (ES_F.has(c.first) ? 'Mujer' : 'Hombre') : ''), ['person.gender'], opt],
    ['ciudad', (c, o, r) => (r() < 0.7 ? c.city : ''), at(HOME, 'city')],
    ['provincia', (c, o, r) => (r() < 0.6 ? ES_PROV[c.city] ?? c.region : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['codigo_postal', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['pais', () => 'España', at(HOME, 'country')],
    ['empresa', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Fecha de alta', (c) => f.euTime(c.created), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Activo', 'Baja', 'Rebotado']), [], opt],
    ['IP de alta', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), []],
    ['Origen', (c, o, r) => v.pick(r, ['Formulario', 'Formulario', 'Importación', 'API']), [], opt],
    ['Última apertura', (c, o, r) => (r() < 0.7 ? f.euTime(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Último clic', (c, o, r) => (r() < 0.4 ? f.euTime(Math.max(c.created, c.updated)) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'happyfox-contacts', product: 'HappyFox Help Desk (contacts export)', family: 'support', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(+c.id % 50000 + 12), ID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Secondary Emails', (c, o, r) => (r() < 0.1 ? c.workEmail : ''), ['workEmail.address', 'personalEmail.address'], opt],
    ['Phones', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number', 'workPhone.number']],
    ['Contact Groups', (c, o, r) => v.pick(r, ['', '', 'Premium Customers', 'Resellers', 'Premium Customers, Beta']), []],
    ['Created On', (c) => f.usTime(c.created), [], opt],
    ['Updated On', (c) => f.usTime(Math.max(c.created, c.updated)), [], opt],
    ['Is Login Enabled', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Total Tickets', (c, o, r) => String(v.int(r, 0, 24)), []],
    ['Pending Tickets', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Company', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]'], opt],
    ['City', (c, o, r) => (r() < 0.6 ? c.city : ''), at([...HOME, ...WORK], 'city'), opt],
    ['Country', (c, o, r) => (r() < 0.7 ? c.countryEn : ''), at([...HOME, ...WORK], 'country'), opt],
    ['Customer ID', (c, o, r) => (r() < 0.6 ? `CUS-${v.int(r, 10000, 99999)}` : ''), ID, opt],
    ['Plan', (c, o, r) => v.pick(r, ['', 'Free', 'Pro', 'Business']), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'growave-clients-fr', product: 'Growave (Rewards customers export, French admin)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['ID client Shopify', (c) => String(6800000000000 + +c.id * 1013), ID],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Statut', (c) => (+c.id % 7 === 0 ? 'Invité' : 'Membre'), ['loyalty.status'], opt],
    ['Solde de points', (c) => String(gwEarned(c) - gwSpent(c)), ['loyalty.points']],
    ['Points gagnés', (c) => String(gwEarned(c)), ['loyalty.lifetimePoints']],
    ['Points dépensés', (c) => String(gwSpent(c)), ['loyalty.pointsRedeemed']],
    ['Expiration des points', (c, o, r) => (r() < 0.3 ? f.ymd(c.updated + 365 * 86400000) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Niveau VIP', (c) => (+c.id % 7 === 0 ? '' : gwTier(c)), ['loyalty.tier']],
    ['Montant dépensé', (c) => frMoney(gwSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Amis parrainés', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Date de naissance', (c, o, r) => (r() < 0.4 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Date d\'inscription', (c) => f.euTime(c.created), ['loyalty.joinDate'], opt],
    ['Abonné aux e-mails', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'vip', 'newsletter, fidélité']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'rakuten-rms-juchu-ja', product: 'Rakuten Ichiba RMS (通常購入データ order CSV, Japanese)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['受注番号', (c, o) => `312345-${jstDate(o.at).replace(/-/g, '')}-${String(+o.id * 10007).padStart(10, '0').slice(0, 10)}`, [OR('purchaseID')]],
    ['受注ステータス', (c, o) => RK_STATUS[+o.id % RK_STATUS.length], [], opt],
    ['注文日', (c, o) => jstDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['注文時間', (c, o) => jstTime(o.at), [], opt],
    ['注文者郵便番号1', (c) => ja(c).zip1, [BILL('postalCode')], opt],
    ['注文者郵便番号2', (c) => ja(c).zip2, [], opt],
    ['注文者住所:都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['注文者住所:都市区', (c) => ja(c).city, [BILL('city')]],
    ['注文者住所:町以降', (c) => ja(c).town, [BILL('street1')]],
    ['注文者名字', (c) => ja(c).last, []],
    ['注文者名前', (c) => ja(c).first, []],
    ['注文者名字フリガナ', (c) => ja(c).lastKana, []],
    ['注文者名前フリガナ', (c) => ja(c).firstKana, []],
    ['注文者電話番号1', (c) => ja(c).mobile[0], []],
    ['注文者電話番号2', (c) => ja(c).mobile[1], []],
    ['注文者電話番号3', (c) => ja(c).mobile[2], []],
    ['メールアドレス', (c) => ja(c).maskedEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['注文者性別', (c) => (ja(c).female ? '女' : '男'), []],
    ['決済方法', (c, o) => ['クレジットカード', 'クレジットカード', '楽天バンク決済', 'コンビニ決済', '代金引換'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['配送方法', (c, o) => ['宅配便', '宅配便', 'メール便', 'クール便'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['送付先郵便番号1', (c, o) => (gift(o) ? '231' : ja(c).zip1), [SHIP('postalCode')], opt],
    ['送付先郵便番号2', (c, o) => (gift(o) ? '0023' : ja(c).zip2), [], opt],
    ['送付先住所:都道府県', (c, o) => (gift(o) ? '神奈川県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['送付先住所:都市区', (c, o) => (gift(o) ? '横浜市中区' : ja(c).city), [SHIP('city')]],
    ['送付先住所:町以降', (c, o) => (gift(o) ? '山下町2-5' : ja(c).town), [SHIP('street1')]],
    ['送付先名字', (c, o) => (gift(o) ? '山口' : ja(c).last), []],
    ['送付先名前', (c, o) => (gift(o) ? '恵子' : ja(c).first), []],
    ['商品名', (c, o) => rkp(o)[1], [PL('name')]],
    ['商品番号', (c, o) => rkp(o)[0], [PL('SKU')]],
    ['単価', (c, o) => String(rkp(o)[2]), []],
    ['個数', (c, o) => String(o.qty), [PL('quantity')]],
    ['送料', (c, o) => String(yenShip(o)), ['commerce.shipping.shippingAmount']],
    ['消費税', (c, o) => String(yenTax(o)), [OR('taxAmount')]],
    ['合計金額', (c, o) => String(yenSub(o) + yenShip(o)), [OR('priceTotal')]],
    ['ポイント利用額', (c, o) => String(yenPts(o)), [], opt],
    ['クーポン利用額', (c, o) => String(yenCpn(o)), [OR('discountAmount')], opt],
    ['請求金額', (c, o) => String(yenSub(o) + yenShip(o) - yenPts(o) - yenCpn(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['お荷物伝票番号', (c, o, r) => (RK_STATUS[+o.id % RK_STATUS.length] === '発送済' ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber'], opt],
  ] },
  { name: 'cafe24-jumun-ko', product: 'Cafe24 (admin order list Excel download, Korean)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${kst(o.at).slice(0, 10).replace(/-/g, '')}-${String(+o.id % 10000000).padStart(7, '0')}`, [OR('purchaseID')]],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시(입금확인일)', (c, o) => (+o.id % 6 === 4 ? '' : kst(o.at + 120000)), [], opt],
    ['주문상태', (c, o) => ['배송완료', '배송완료', '배송중', '배송준비중', '입금전', '취소'][+o.id % 6], [], opt],
    ['주문경로', (c, o) => (+o.id % 3 === 0 ? 'PC쇼핑몰' : '모바일쇼핑몰'), [], opt],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 휴대전화', (c) => ko(c).mobile, [], opt],
    ['주문자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['회원아이디', (c, o) => (+o.id % 4 === 0 ? '' : ko(c).memberId), [], opt],
    ['수령인', (c) => ko(c).full, []],
    ['수령인 우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['수령인 주소(전체)', (c) => ko(c).address, [SHIP('street1')], opt],
    ['수령인 휴대전화', (c) => ko(c).mobile, [], opt],
    ['배송메시지', (c, o, r) => v.pick(r, ['', '문 앞에 놓아주세요', '부재시 경비실에 맡겨주세요', '배송 전 연락 바랍니다']), []],
    ['상품명(한국어 쇼핑몰)', (c, o) => krp(o)[1], [PL('name')]],
    ['상품옵션', (c, o) => krp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['자체 품목코드', (c, o) => `${krp(o)[0]}-${+o.id % 3}`, [PL('SKU')]],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o) => won(krp(o)[3]), []],
    ['상품구매금액', (c, o) => won(wonSub(o)), [PL('priceTotal')]],
    ['총 배송비', (c, o) => won(wonShip(o)), ['commerce.shipping.shippingAmount']],
    ['쿠폰 할인금액', (c, o) => won(wonCpn(o)), [OR('discountAmount')]],
    ['사용한 적립금액', (c, o) => won(wonPts(o)), [], opt],
    ['총 주문금액', (c, o) => won(wonSub(o) + wonShip(o)), [OR('priceTotal')], opt],
    ['총 결제금액', (c, o) => won(wonSub(o) + wonShip(o) - wonCpn(o) - wonPts(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['결제수단', (c, o) => ['카드', '카드', '카카오페이', '네이버페이', '무통장입금', '실시간계좌이체'][+o.id % 6], [OR('payments[0].paymentType')], opt],
    ['배송업체', (c, o) => (+o.id % 6 >= 3 ? '' : ['CJ대한통운', '롯데택배', '우체국택배'][+o.id % 3]), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (+o.id % 6 >= 3 ? '' : String(v.int(r, 100000, 999999)) + String(v.int(r, 100000, 999999))), ['commerce.shipping.trackingNumber'], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'tealium-eventstore', product: 'Tealium EventStore (Collect tag event feed, flattened JSON to CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['visitorid', (c) => v.hex(v.rng(+c.id * 5 + 3), 32), ['identityMap{}[0].id'], opt],
    ['eventid', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, ['_id']],
    ['eventtime', (c, o) => f.epochMs(o.at), ['timestamp']],
    ['useragent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['tealium_account', () => 'exampleretail', []],
    ['tealium_profile', () => 'main', []],
    ['tealium_event', (c, o) => tev(o), ['eventType', 'web.webInteraction.name'], opt],
    ['tealium_session_id', (c, o) => String(o.at - (+o.id % 900) * 1000), [], opt],
    ['dom_domain', () => 'www.example-shop.com', ['web.webPageDetails.server']],
    ['dom_pathname', (c, o) => tpage(o)[0], [], opt],
    ['dom_url', (c, o) => `https://www.example-shop.com${tpage(o)[0]}${+o.id % 3 === 0 ? '?utm_source=newsletter&utm_medium=email' : ''}`, ['web.webPageDetails.URL']],
    ['dom_title', (c, o) => tpage(o)[1], ['web.webPageDetails.name'], opt],
    ['dom_referrer', (c, o, r) => v.pick(r, ['', 'https://www.google.com/', 'https://www.example-shop.com/', 'https://l.facebook.com/']), ['web.webReferrer.URL']],
    ['dom_viewport_width', (c, o, r) => v.pick(r, ['1440', '1920', '390', '414', '1280']), ['environment.viewportWidth', 'environment.browserDetails.viewportWidth']],
    ['dom_viewport_height', (c, o, r) => v.pick(r, ['789', '961', '664', '715', '632']), ['environment.viewportHeight', 'environment.browserDetails.viewportHeight']],
    ['pageurl_querystring', (c, o) => (+o.id % 3 === 0 ? 'utm_source=newsletter&utm_medium=email' : ''), [], opt],
    ['page_type', (c, o) => tpage(o)[2], ['web.webPageDetails.siteSection'], opt],
    ['page_name', (c, o) => tpage(o)[1].replace(' | Example Shop', ''), ['web.webPageDetails.name']],
    ['customer_id', (c, o) => (tev(o) === 'purchase' || +o.id % 4 === 0 ? `C${c.id}` : ''), [], opt],
    ['customer_email', (c, o) => (tev(o) === 'purchase' ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['order_id', (c, o) => (tev(o) === 'purchase' ? `ORD-${o.id}` : ''), [OR('purchaseID')]],
    ['order_total', (c, o) => (tev(o) === 'purchase' ? o.total.toFixed(2) : ''), [OR('priceTotal')]],
    ['order_currency', (c, o) => (tev(o) === 'purchase' ? 'USD' : ''), [OR('currencyCode')]],
    ['product_id', (c, o) => (tev(o) === 'purchase' || tev(o) === 'cart_add' ? o.sku : ''), [PL('SKU')], opt],
    ['product_quantity', (c, o) => (tev(o) === 'purchase' || tev(o) === 'cart_add' ? String(o.qty) : ''), [PL('quantity')], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'authorizenet-transactions', product: 'Authorize.Net (Merchant Interface transaction download, Expanded Fields / Comma Separated)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(60000000000 + +o.id * 1031), [OR('payments[0].transactionID'), '_id']],
    ['Transaction Status', (c, o) => (declined(o) ? 'Declined' : credit(o) ? 'Refund Settled Successfully' : +o.id % 7 === 0 ? 'Captured/Pending Settlement' : 'Settled Successfully'), [], opt],
    ['Settlement Amount', (c, o) => (declined(o) || +o.id % 7 === 0 ? '0.00' : usd(o).toFixed(2)), [OR('payments[0].paymentAmount')], opt],
    ['Settlement Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Settlement Date/Time', (c, o) => (declined(o) || +o.id % 7 === 0 ? '' : anet(o.at + 86400000)), [], opt],
    ['Authorization Amount', (c, o) => (credit(o) ? '0.00' : usd(o).toFixed(2)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Authorization Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Submit Date/Time', (c, o) => anet(o.at), ['timestamp', OR('createdDate')]],
    ['Authorization Code', (c, o, r) => (declined(o) ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['Reference Transaction ID', (c, o) => (credit(o) ? String(60000000000 + (+o.id - 3) * 1031) : 'Not Applicable'), [], opt],
    ['Transaction Type', (c, o) => (credit(o) ? 'Credit' : 'Authorization w/ Auto Capture'), [], opt],
    ['Address Verification Status', (c, o, r) => v.pick(r, ['Y - Street Address: Match -- First 5 Digits of ZIP: Match', 'Y - Street Address: Match -- First 5 Digits of ZIP: Match', 'Z - Street Address: No Match -- First 5 Digits of ZIP: Match', 'P - AVS Not Applicable']), []],
    ['Card Code Status', (c, o, r) => v.pick(r, ['M - Match', 'M - Match', 'P - Not Processed', 'N - No Match']), []],
    ['Fraudscreen Applied', (c, o, r) => (r() < 0.1 ? 'Y' : 'N'), []],
    ['Recurring Billing Transaction', (c, o, r) => (r() < 0.15 ? 'Y' : 'N'), []],
    ['Card Number', (c, o, r) => `XXXX${v.int(r, 1000, 9999)}`, []],
    ['Expiration Date', () => 'XXXX', []],
    ['Total Amount', (c, o) => usd(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Invoice Number', (c, o) => `INV${o.id}`, [OR('purchaseID')]],
    ['Invoice Description', (c, o, r) => v.pick(r, ['Online order', 'Online order', 'Monthly subscription', '']), []],
    ['Customer First Name', (c) => c.first, []],
    ['Customer Last Name', (c) => c.last, []],
    ['Company', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Address', (c) => c.street, [BILL('street1')]],
    ['City', (c) => c.city, [BILL('city')]],
    ['State', (c) => US_STATES[c.city] ?? c.region, [BILL('stateProvince'), BILL('state')]],
    ['ZIP', (c) => c.postcode, [BILL('postalCode')]],
    ['Country', (c, o, r) => v.pick(r, ['US', 'US', 'USA', '']), [BILL('countryCode'), BILL('country')]],
    ['Phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), [], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer ID', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1000, 99999)) : ''), [], opt],
    ['Ship-To First Name', (c, o) => (+o.id % 5 === 0 ? 'Karen' : c.first), []],
    ['Ship-To Last Name', (c, o) => (+o.id % 5 === 0 ? 'Hughes' : c.last), []],
    ['Ship-To Address', (c, o) => (+o.id % 5 === 0 ? '418 Birch Ct' : c.street), [SHIP('street1')]],
    ['Ship-To City', (c, o) => (+o.id % 5 === 0 ? 'Sacramento' : c.city), [SHIP('city')]],
    ['Ship-To State', (c, o) => (+o.id % 5 === 0 ? 'CA' : US_STATES[c.city] ?? c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['Ship-To ZIP', (c, o) => (+o.id % 5 === 0 ? '95814' : c.postcode), [SHIP('postalCode')]],
    ['Ship-To Country', (c, o, r) => v.pick(r, ['US', 'US', 'USA']), [SHIP('countryCode'), SHIP('country')]],
    ['L2 - Tax', (c, o) => (usd(o) - o.total).toFixed(2), [OR('taxAmount')]],
    ['L2 - Freight', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['L2 - Duty', () => '0.00', []],
    ['L2 - Tax Exempt', () => 'N', []],
    ['L2 - Purchase Order Number', (c, o, r) => (r() < 0.15 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
  ] },
]
