// Round 17, heldout17: held-out sets added in round 17, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`

// Less Annoying CRM: contacts of a US insurance agency (Settings > Export your data > Contacts, CSV).
const central = (ms) => shift(ms, dst(ms) ? -5 : -6)
const LA_GROUPS = ['', 'Clients', 'Prospects', 'Clients, Renewals 2026', 'Referral Partners']
const laDomain = (c) => c.workEmail.split('@')[1]

// Shift4Shop (3dcart): a US store's orders (Orders > Export, CSV; one row per order).
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const s4Date = (ms) => { const p = eastern(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const S4_ST = ['Shipped', 'Shipped', 'Processing', 'New', 'Cancel', 'Hold', 'Partial']
const s4St = (o) => S4_ST[+o.id % S4_ST.length]
const s4Ship = (o) => (o.subtotal >= 99 ? 0 : [8.99, 14.5][+o.id % 2])
const s4Tax = (o) => +(o.subtotal * 0.07).toFixed(2)
const s4Total = (o) => +(o.subtotal + s4Ship(o) + s4Tax(o) - o.discount).toFixed(2)
const s4Gift = (o) => +o.id % 6 === 1

// Moloni: clients of a Portuguese invoicing account (Clientes > Exportar, Excel/CSV; Portuguese UI).
const PT_FIRST = [['João', 'Maria'], ['Rui', 'Ana'], ['Pedro', 'Inês'], ['Tiago', 'Catarina'], ['Miguel', 'Sofia']]
const PT_LAST = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins']
const PT_CITY = [['Lisboa', '1000-138'], ['Porto', '4000-322'], ['Braga', '4700-035'], ['Coimbra', '3000-150'], ['Faro', '8000-172'], ['Aveiro', '3810-064']]
const PT_CO = ['', '', 'Padaria Estrela, Lda.', 'Costa & Filhos, Unipessoal Lda.', 'TecnoNorte S.A.']
const pt = (c) => { const n = +c.id; const first = PT_FIRST[n % 5][c.female ? 1 : 0]; const last = PT_LAST[(n >> 2) % 8]; const [city, cp] = PT_CITY[(n >> 1) % 6]; const co = PT_CO[n % 5]; return { first, last, full: `${first} ${last}`, co, name: co || `${first} ${last}`, city, cp, nif: `${co ? '5' : '2'}${String(10000000 + (n * 7919) % 89999999).slice(0, 8)}`, street: `Rua ${['de Santa Catarina', 'Augusta', 'do Almada', 'Ferreira Borges', 'da Sofia'][n % 5]}, ${1 + (n % 240)}${n % 3 ? '' : ', 2.º Esq.'}`, email: `${slug(first)}.${slug(last)}${n % 50}@${['gmail.com', 'sapo.pt', 'hotmail.com'][n % 3]}`, tel: `+351 2${pad(n % 90 + 10)} ${String(100000 + n % 899999).slice(0, 3)} ${String(n % 1000).padStart(3, '0')}`, tlm: `+351 9${[1, 2, 3, 6][n % 4]} ${String(100 + n % 900)} ${String(1000 + n % 9000).slice(0, 4)}` } }
const ptDate = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }

// Fivestars: members of a US smoothie shop's loyalty programme (Dashboard > Customers > Export, CSV).
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const fsDate = (ms) => mdy(pacific(ms))
const fsVisits = (c) => 1 + (+c.id % 37)

// Siigo Pyme: clients (terceros) of a Bogotá distributor (Catálogos > Terceros > Exportar, Excel; the Siigo Pyme thirds' field names).
const CO_FIRST = [['Andrés', 'Laura'], ['Juan', 'Valentina'], ['Carlos', 'Daniela'], ['Santiago', 'Camila'], ['Felipe', 'Natalia']]
const CO_LAST = ['Rodríguez', 'Gómez', 'Martínez', 'López', 'García', 'Hernández', 'Moreno', 'Castillo']
const CO_CITY = [['Bogotá D.C.', 'Bogotá D.C.', '110111'], ['Medellín', 'Antioquia', '050021'], ['Cali', 'Valle del Cauca', '760001'], ['Barranquilla', 'Atlántico', '080001'], ['Bucaramanga', 'Santander', '680001']]
const CO_CO = ['', '', 'Distribuciones El Dorado S.A.S.', 'Ferretería La 80 S.A.S.', 'Inversiones Caribe Ltda.']
const co = (c) => { const n = +c.id; const first = CO_FIRST[n % 5][c.female ? 1 : 0]; const first2 = ['', 'José', 'María', ''][n % 4]; const last = CO_LAST[(n >> 2) % 8]; const last2 = CO_LAST[(n >> 5) % 8]; const [city, dep, cp] = CO_CITY[(n >> 1) % 5]; const emp = CO_CO[n % 5]; return { first, first2, last, last2, emp, city, dep, cp, nit: emp ? String(900000000 + (n * 131) % 99999999) : String(10000000 + (n * 7919) % 89999999 + 1000000000 * (n % 2)), dv: String(n % 10), street: `${['Calle', 'Carrera', 'Avenida Calle', 'Transversal'][n % 4]} ${10 + (n % 120)} # ${1 + (n % 90)}-${10 + (n % 80)}`, email: `${slug(first)}.${slug(last)}${n % 90}@${emp ? slug(emp.split(' ')[0]) + '.com.co' : ['gmail.com', 'hotmail.com', 'outlook.com'][n % 3]}`, tel: `601 ${String(2000000 + n % 7999999).slice(0, 7)}`, cel: `3${[0, 1, 2, 5][n % 4]}${n % 10} ${String(1000000 + (n * 13) % 8999999).slice(0, 7)}` } }
const coDate = (ms) => { const p = shift(ms, -5); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// Groove: customers of a small SaaS help desk (the customer fields of Groove's v1 API, flattened to CSV).
const GR_CO = ['', 'Brightwave Studio', 'Northpass Inc.', 'Kettle & Co', '']

// Woopra: people/actions export of a SaaS product (Analytics > People > Export actions, CSV).
const WO_ACT = [['pv', 'Dashboard - Acme App', 'https://app.acme.io/dashboard'], ['pv', 'Pricing', 'https://acme.io/pricing'], ['signup', '', 'https://acme.io/signup'], ['payment', '', 'https://app.acme.io/billing'], ['invite_sent', '', 'https://app.acme.io/team'], ['pv', 'Docs - Getting started', 'https://acme.io/docs/start']]
const wo = (o) => WO_ACT[+o.id % WO_ACT.length]
const WO_GEO = [['US', 'California', 'San Francisco'], ['US', 'New York', 'Brooklyn'], ['GB', 'England', 'London'], ['CA', 'Ontario', 'Toronto'], ['DE', 'Berlin', 'Berlin'], ['US', 'Texas', 'Austin']]
const woGeo = (c) => WO_GEO[+c.id % WO_GEO.length]
const woTs = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// Listrak: contacts of a US retailer's email list (Contacts > Export list, CSV; profile fields First Name, Last Name, Birthday, Zip).
const LK_METHOD = ['Web Form', 'Web Form', 'Checkout', 'Import', 'Pop-up']
const lkSub = (c) => +c.id % 8 !== 5

// Omie: clients of a São Paulo service company (the ListarClientes fields of Omie's API, flattened to CSV; Brazilian Portuguese names).
const BR_ROWS = [['Av. Paulista', 'Bela Vista', 'SAO PAULO (SP)', 'SP', '01310-100', '11'], ['Rua XV de Novembro', 'Centro', 'CURITIBA (PR)', 'PR', '80020-310', '41'], ['Rua da Bahia', 'Lourdes', 'BELO HORIZONTE (MG)', 'MG', '30160-011', '31'], ['Av. Atlântica', 'Copacabana', 'RIO DE JANEIRO (RJ)', 'RJ', '22021-001', '21'], ['Rua Padre Chagas', 'Moinhos de Vento', 'PORTO ALEGRE (RS)', 'RS', '90570-080', '51']]
const BR_PJ = ['', 'Alfa Contabilidade Ltda', '', 'Mercado Bom Preço Eireli', 'Construtora Horizonte S.A.']
const om = (c) => { const n = +c.id; const [rua, bairro, cidade, uf, cep, ddd] = BR_ROWS[(n >> 1) % 5]; const pj = BR_PJ[n % 5]; const d = String(10000000000 + (n * 7919) % 89999999999).slice(0, 11); return { rua, bairro, cidade, uf, cep, ddd, pj, doc: pj ? `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/0001-${d.slice(9, 11)}` : `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9, 11)}` } }
const brDate = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// Facturama: clients of a Monterrey web agency (the client fields of Facturama's API, flattened to CSV; Mexican data).
const MX_ROWS = [['Av. Constitución', 'Centro', 'Monterrey', 'Nuevo León', '64000'], ['Calz. del Valle', 'Del Valle', 'San Pedro Garza García', 'Nuevo León', '66220'], ['Av. Insurgentes Sur', 'Roma Norte', 'Cuauhtémoc', 'Ciudad de México', '06700'], ['Av. Vallarta', 'Americana', 'Guadalajara', 'Jalisco', '44160'], ['Blvd. Kukulcán', 'Zona Hotelera', 'Benito Juárez', 'Quintana Roo', '77500']]
const MX_PM = ['', 'Tacos El Güero SA de CV', 'Grupo Logístico del Norte SA de CV', '', 'Consultoría Azteca S de RL de CV']
const MX_NAME = [['José Luis', 'Guadalupe'], ['Alejandro', 'Mariana'], ['Jorge', 'Fernanda'], ['Ricardo', 'Ximena'], ['Eduardo', 'Paola']]
const MX_LAST = ['Hernández García', 'Martínez López', 'González Treviño', 'Garza Villarreal', 'Ramírez Cruz', 'Flores Salinas']
const mxName = (c) => `${MX_NAME[+c.id % 5][c.female ? 1 : 0]} ${MX_LAST[(+c.id >> 2) % 6]}`
const mxMail = (c) => `${slug(mxName(c).split(' ')[0])}.${slug(MX_LAST[(+c.id >> 2) % 6].split(' ')[0])}${+c.id % 80}@${['gmail.com', 'hotmail.com', 'outlook.com', 'prodigy.net.mx'][+c.id % 4]}`
const mx = (c) => { const n = +c.id; const [street, col, mun, st, cp] = MX_ROWS[(n >> 1) % 5]; const pm = MX_PM[n % 5]; const L = 'ABCDEFGHJKLMNPRSTUVWXYZ'; const a = (k) => L[(n >> k) % L.length]; const y = pad(60 + n % 40); const md = `${pad(1 + n % 12)}${pad(1 + n % 28)}`; return { street, col, mun, st, cp, pm, rfc: pm ? `${a(1)}${a(3)}${a(5)}${pad(n % 25)}${md}${a(7)}${n % 9}${a(9)}` : `${a(1)}${a(3)}${a(5)}${a(7)}${y}${md}${a(2)}${n % 9}${a(4)}` } }

// Afosto: orders of a Dutch webshop (Orders > Exporteren, CSV; Dutch backoffice, one row per order, amounts with a decimal comma).
const ams = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const AF_ST = ['Afgerond', 'Afgerond', 'Verzonden', 'In behandeling', 'Nieuw', 'Geannuleerd']
const afSt = (o) => AF_ST[+o.id % AF_ST.length]
const NL_ROWS = [['Prinsengracht 263', '1016 GV', 'Amsterdam'], ['Oudegracht 158', '3511 AZ', 'Utrecht'], ['Witte de Withstraat 50', '3012 BR', 'Rotterdam'], ['Grote Markt 12', '9711 LV', 'Groningen'], ['Stratumseind 31', '5611 ER', 'Eindhoven']]
const nl = (c) => NL_ROWS[(+c.id >> 1) % NL_ROWS.length]
const eur = (n) => n.toFixed(2).replace('.', ',')
const afShip = (o) => (o.subtotal >= 50 ? 0 : 4.95)
const afVat = (o) => +((o.subtotal - o.discount + afShip(o)) * 21 / 121).toFixed(2)

// OpenTable: the guest book of a Chicago restaurant (Guest Center > Guests > Export, CSV).
const OT_TAGS = ['', '', 'VIP', 'Regular', 'Wine lover', 'Allergy: shellfish', 'Regular, Anniversary']

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'lacrm-contacts', product: 'Less Annoying CRM (Settings > Export your data > Contacts, CSV; a US insurance agency)', family: 'crm', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['J.', 'Ann', 'Lee', 'M.']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email 1', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email 1 Type', () => 'Work', []],
    ['Email 2', (c) => (+c.id % 4 === 1 ? c.email : ''), ['personalEmail.address'], opt],
    ['Email 2 Type', (c) => (+c.id % 4 === 1 ? 'Personal' : ''), []],
    ['Phone 1', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Phone 1 Type', () => 'Work', []],
    ['Phone 2', (c) => (+c.id % 2 === 0 ? c.mobile : ''), ['mobilePhone.number'], opt],
    ['Phone 2 Type', (c) => (+c.id % 2 === 0 ? 'Mobile' : ''), []],
    ['Address 1 Street', (c) => [c.street, c.street2].filter(Boolean).join(', '), at(['workAddress', ...HOME], 'street1')],
    ['Address 1 City', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['Address 1 State', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Address 1 Zip', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Address 1 Country', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Address 1 Type', () => 'Work', []],
    ['Website 1', (c, o, r) => (r() < 0.6 ? `https://www.${laDomain(c)}` : ''), ['b2b.companyWebsite']],
    ['Birthday', (c, o, r) => (r() < 0.3 ? mdy(parts(c.birth)) : ''), ['person.birthDate']],
    ['Background Info', (c, o, r) => v.pick(r, ['', '', 'Referred by Tom at Rotary', 'Has two cars and a boat on the policy', 'Prefers texts after 5pm']), []],
    ['Groups', (c) => LA_GROUPS[+c.id % LA_GROUPS.length], []],
    ['Assigned To', () => 'Dana Whitfield', []],
    ['Status', (c) => ['Lead', 'Prospect', 'Customer', 'Customer', 'Former Customer'][+c.id % 5], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Date Created', (c) => mdy(central(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Date Edited', (c) => mdy(central(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Contact ID', (c) => `38${String(c.id).padStart(8, '0')}`, ['b2b.personKey.sourceKey', 'extSourceSystemAudit.externalID'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'shift4shop-orders', product: 'Shift4Shop, formerly 3dcart (Orders > Export, CSV; a US outdoor-gear store, one row per order)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['orderid', (c, o) => String(+o.id), [OR('purchaseID')], opt],
    ['invoicenum', (c, o) => `AB-${String(1000 + +o.id % 90000)}`, [OR('purchaseID')]],
    ['orderdate', (c, o) => s4Date(o.at), ['timestamp', OR('createdDate')]],
    ['order_status', (c, o) => s4St(o), [], opt],
    ['customerid', (c) => String(+c.id % 40000), [], opt],
    ['billing_firstname', (c) => c.first, []],
    ['billing_lastname', (c) => c.last, []],
    ['billing_company', (c, o, r) => (r() < 0.12 ? c.company : ''), []],
    ['billing_address', (c) => c.street, [BILL('street1')]],
    ['billing_address2', (c) => c.street2, [BILL('street2')]],
    ['billing_city', (c) => c.city, [BILL('city')]],
    ['billing_state', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['billing_zip', (c) => c.postcode, [BILL('postalCode')]],
    ['billing_country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['billing_phone', (c) => c.phone, [], opt],
    ['billing_email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['shipping_firstname', (c, o) => (s4Gift(o) ? 'Karen' : c.first), []],
    ['shipping_lastname', (c, o) => (s4Gift(o) ? 'Mills' : c.last), []],
    ['shipping_address', (c, o) => (s4Gift(o) ? '412 Juniper Ln' : c.street), [SHIP('street1')]],
    ['shipping_address2', (c, o) => (s4Gift(o) ? '' : c.street2), [SHIP('street2')]],
    ['shipping_city', (c, o) => (s4Gift(o) ? 'Bend' : c.city), [SHIP('city')]],
    ['shipping_state', (c, o) => (s4Gift(o) ? 'OR' : c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['shipping_zip', (c, o) => (s4Gift(o) ? '97701' : c.postcode), [SHIP('postalCode')]],
    ['shipping_country', () => 'US', [SHIP('countryCode'), SHIP('country')]],
    ['shipping_phone', (c, o) => (s4Gift(o) ? '(541) 555-0190' : c.phone), [], opt],
    ['shipping_method', (c, o) => ['UPS Ground', 'USPS Priority Mail', 'Free Shipping'][o.subtotal >= 99 ? 2 : +o.id % 2], ['commerce.shipping.shippingMethod'], opt],
    ['orderamount', (c, o) => s4Total(o).toFixed(2), [OR('priceTotal')]],
    ['shipcost', (c, o) => s4Ship(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['salestax', (c, o) => s4Tax(o).toFixed(2), [OR('taxAmount')]],
    ['coupon', (c, o) => (o.discount ? 'TRAIL10' : ''), [], opt],
    ['coupondiscount', (c, o) => o.discount.toFixed(2), [OR('discountAmount')], opt],
    ['billing_paymentmethod', (c, o) => ['Credit Card', 'Credit Card', 'PayPal', 'Amazon Pay'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['userip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['referer', (c, o, r) => v.pick(r, ['', 'https://www.google.com/', 'https://www.facebook.com/', 'https://www.bing.com/']), ['web.webReferrer.URL']],
    ['order_comments', (c, o, r) => v.pick(r, ['', '', '', 'Gift - please no receipt', 'Leave at garage']), []],
  ] },

  // ---------------------------------------------------------------- invoicing clients (Portuguese)
  { name: 'moloni-clientes-pt', product: 'Moloni (Clientes > Exportar, Excel; Portuguese UI, clients of a Porto accountancy-billed business)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Número', (c) => String(1 + (+c.id % 3000)), [], opt],
    ['Nome', (c) => pt(c).name, ['person.name.fullName', 'organizations[0]'], opt],
    ['Contribuinte', (c) => pt(c).nif, ['person.taxId'], opt],
    ['Morada', (c) => pt(c).street, at(['billingAddress', ...HOME], 'street1')],
    ['Código Postal', (c) => pt(c).cp, at(['billingAddress', ...HOME], 'postalCode')],
    ['Localidade', (c) => pt(c).city, at(['billingAddress', ...HOME], 'city')],
    ['País', () => 'Portugal', at(['billingAddress', ...HOME], 'country')],
    ['Email', (c) => pt(c).email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.4 ? pt(c).tel : ''), ['homePhone.number']],
    ['Telemóvel', (c, o, r) => (r() < 0.8 ? pt(c).tlm : ''), ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number'], opt],
    ['Website', (c) => (pt(c).co ? `www.${slug(pt(c).co.split(/[ ,&]/)[0])}.pt` : ''), []],
    ['Pessoa de Contacto', (c) => (pt(c).co ? pt(c).full : ''), [], opt],
    ['Vendedor', () => 'Helena Matos', []],
    ['Desconto', (c) => (+c.id % 7 === 0 ? '5,00' : '0,00'), []],
    ['Prazo de Vencimento', (c) => ['Pronto Pagamento', '30 dias', '60 dias'][+c.id % 3], []],
    ['Método de Pagamento', (c) => ['Transferência Bancária', 'Multibanco', 'MB WAY', 'Numerário'][+c.id % 4], []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Enviar faturas por email', 'Cliente desde a abertura']), []],
    ['Data de Criação', (c) => ptDate(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'fivestars-members', product: 'Fivestars (Dashboard > Customers > Export, CSV; a US smoothie shop\'s loyalty members)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['personalEmail.address']],
    ['Birthday', (c, o, r) => (r() < 0.45 ? `${pad(new Date(c.birth).getUTCMonth() + 1)}/${pad(new Date(c.birth).getUTCDate())}` : ''), ['person.birthDayAndMonth']],
    ['Points', (c) => String((+c.id * 7) % 180), ['loyalty.points']],
    ['Visits', (c) => String(fsVisits(c)), [], opt],
    ['Lifetime Spend', (c) => `$${(fsVisits(c) * 9.85).toFixed(2)}`, ['loyalty.lifetimePurchases'], opt],
    ['Rewards Redeemed', (c) => String(Math.floor(fsVisits(c) / 10)), [], opt],
    ['First Visit', (c) => fsDate(c.created), ['loyalty.joinDate'], opt],
    ['Last Visit', (c) => fsDate(Math.max(c.created, c.updated)), [], opt],
    ['Join Date', (c) => fsDate(c.created), ['loyalty.joinDate']],
    ['Member Status', (c) => (+c.id % 9 === 0 ? 'Unsubscribed' : 'Active'), ['loyalty.status'], opt],
    ['SMS Opt-In', (c) => (+c.id % 9 === 0 ? 'No' : 'Yes'), [], opt],
    ['Location', () => 'Juice Cove - Pasadena', []],
    ['Email Opt-In', (c) => (+c.id % 4 === 0 ? 'No' : 'Yes'), [], opt],
    ['Available Rewards', (c) => ((+c.id * 7) % 180 >= 100 ? '1' : '0'), []],
  ] },
  // ---------------------------------------------------------------- invoicing clients (Colombian Spanish)
  { name: 'siigo-terceros-co', product: 'Siigo Pyme (Catálogos > Terceros > Exportar, Excel; a Bogotá distributor\'s clients, the thirds\' field names in capitals)', family: 'crm', language: 'es', schema: P, cols: [
    ['IDENTIFICACIÓN', (c) => co(c).nit, ['person.taxId'], opt],
    ['DIGITO DE VERIFICACIÓN', (c) => (co(c).emp ? co(c).dv : ''), []],
    ['SUCURSAL', () => '0', []],
    ['TIPO DE IDENTIFICACIÓN', (c) => (co(c).emp ? 'NIT' : 'CC'), []],
    ['NOMBRE', (c) => (co(c).emp || [co(c).first, co(c).first2, co(c).last, co(c).last2].filter(Boolean).join(' ')).toUpperCase(), ['person.name.fullName', 'organizations[0]'], opt],
    ['RAZÓN SOCIAL', (c) => co(c).emp.toUpperCase(), ['organizations[0]'], opt],
    ['PRIMER NOMBRE', (c) => (co(c).emp ? '' : co(c).first.toUpperCase()), ['person.name.firstName']],
    ['SEGUNDO NOMBRE', (c) => (co(c).emp ? '' : co(c).first2.toUpperCase()), ['person.name.middleName']],
    ['PRIMER APELLIDO', (c) => (co(c).emp ? '' : co(c).last.toUpperCase()), ['person.name.lastName']],
    ['SEGUNDO APELLIDO', (c) => (co(c).emp ? '' : co(c).last2.toUpperCase()), [], opt],
    ['NOMBRE DEL CONTACTO', (c) => (co(c).emp ? `${co(c).first} ${co(c).last}`.toUpperCase() : ''), [], opt],
    ['DIRECCIÓN', (c) => co(c).street.toUpperCase(), at(['billingAddress', ...HOME], 'street1')],
    ['CIUDAD', (c) => co(c).city.toUpperCase(), at(['billingAddress', ...HOME], 'city')],
    ['DEPARTAMENTO', (c) => co(c).dep.toUpperCase(), [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['CÓDIGO POSTAL', (c, o, r) => (r() < 0.4 ? co(c).cp : ''), at(['billingAddress', ...HOME], 'postalCode')],
    ['PAÍS', () => 'COLOMBIA', at(['billingAddress', ...HOME], 'country')],
    ['TELÉFONO 1', (c) => co(c).tel, ['homePhone.number', 'workPhone.number']],
    ['CELULAR', (c) => co(c).cel, ['mobilePhone.number']],
    ['E-MAIL', (c) => co(c).email, ['personalEmail.address']],
    ['TIPO DE TERCERO', () => 'CLIENTE', [], opt],
    ['RESPONSABILIDAD FISCAL', (c) => (co(c).emp ? 'O-13' : 'R-99-PN'), []],
    ['VENDEDOR', () => '79845210', []],
    ['LISTA DE PRECIOS', (c) => ['1', '1', '2'][+c.id % 3], []],
    ['CUPO DE CRÉDITO', (c) => (co(c).emp ? '15.000.000,00' : '0,00'), []],
    ['FECHA DE CREACIÓN', (c) => coDate(c.created), [], opt],
    ['ESTADO', (c) => (+c.id % 11 === 0 ? 'INACTIVO' : 'ACTIVO'), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk
  { name: 'groove-customers', product: 'Groove (customers of a small SaaS help desk: the customer fields of Groove\'s v1 API, flattened to CSV)', family: 'support', language: 'en', schema: P, cols: [
    ['email', (c) => (GR_CO[+c.id % 5] ? c.workEmail : c.email), ['personalEmail.address', 'workEmail.address']],
    ['name', (c, o, r) => (r() < 0.85 ? c.full : ''), ['person.name.fullName']],
    ['about', (c, o, r) => v.pick(r, ['', '', '', 'On the annual plan', 'Reported the CSV import bug twice']), []],
    ['twitter_username', (c, o, r) => (r() < 0.2 ? `${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['title', (c) => (GR_CO[+c.id % 5] ? c.job : ''), [], opt],
    ['company_name', (c) => GR_CO[+c.id % 5], ['organizations[0]']],
    ['phone_number', (c, o, r) => (r() < 0.35 ? c.phone : ''), ['homePhone.number', 'workPhone.number', 'mobilePhone.number']],
    ['location', (c, o, r) => (r() < 0.5 ? `${c.city}, ${c.region}` : ''), [], opt],
    ['website_url', (c) => (GR_CO[+c.id % 5] ? `https://${slug(GR_CO[+c.id % 5].split(' ')[0])}.com` : ''), []],
    ['linkedin_username', (c, o, r) => (r() < 0.15 ? `${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['created_at', (c) => new Date(c.created).toISOString().replace('.000Z', 'Z'), [], opt],
    ['tickets_count', (c) => String(1 + (+c.id % 14)), []],
    ['plan', (c) => ['Free', 'Starter', 'Pro', 'Pro', 'Enterprise'][+c.id % 5], []],
    ['updated_at', (c) => new Date(Math.max(c.created, c.updated)).toISOString().replace('.000Z', 'Z'), [], opt],
    ['last_ticket_at', (c, o, r) => (r() < 0.8 ? new Date(Math.max(c.created, c.updated) + 3600000 * (+c.id % 400)).toISOString().replace('.000Z', 'Z') : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'woopra-actions', product: 'Woopra (People > Export actions, CSV; a SaaS product\'s tracked actions, one row per action)', family: 'analytics', language: 'en', schema: E, cols: [
    ['timestamp', (c, o) => woTs(o.at), ['timestamp']],
    ['action', (c, o) => wo(o)[0], ['eventType'], opt],
    ['title', (c, o) => wo(o)[1], ['web.webPageDetails.name']],
    ['url', (c, o) => wo(o)[2], ['web.webPageDetails.URL']],
    ['pid', (c, o, r) => v.alnum(r, 12).toLowerCase(), [], opt],
    ['cookie', (c, o, r) => v.hex(r, 24), ['endUserIDs._experience.mcid.id'], opt],
    ['email', (c, o, r) => (r() < 0.7 ? c.workEmail : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['name', (c, o, r) => (r() < 0.6 ? c.full : ''), []],
    ['company', (c, o, r) => (r() < 0.5 ? c.company : ''), []],
    ['referer', (c, o, r) => v.pick(r, ['', '', 'https://www.google.com/', 'https://www.g2.com/', 'https://news.ycombinator.com/']), ['web.webReferrer.URL']],
    ['browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox', 'Edge']), ['environment.browserDetails.name']],
    ['os', (c, o, r) => v.pick(r, ['Mac OS X', 'Windows', 'iOS', 'Android']), ['environment.operatingSystem']],
    ['device', (c, o, r) => v.pick(r, ['Desktop', 'Desktop', 'Mobile', 'Tablet']), ['device.type']],
    ['country', (c) => woGeo(c)[0], ['placeContext.geo.countryCode']],
    ['region', (c) => woGeo(c)[1], ['placeContext.geo.stateProvince'], opt],
    ['city', (c) => woGeo(c)[2], ['placeContext.geo.city']],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['campaign_name', (c, o, r) => v.pick(r, ['', '', 'spring-launch', 'webinar-q2']), ['marketing.campaignName']],
    ['campaign_source', (c, o, r) => v.pick(r, ['', '', 'google', 'newsletter', 'linkedin']), [], opt],
    ['campaign_medium', (c, o, r) => v.pick(r, ['', '', 'cpc', 'email', 'social']), [], opt],
    ['duration', (c, o, r) => String(v.int(r, 0, 600000)), [], opt],
    ['plan', (c, o) => (wo(o)[0] === 'payment' ? ['Team', 'Business'][+o.id % 2] : ''), []],
    ['amount', (c, o) => (wo(o)[0] === 'payment' ? ['49.00', '199.00'][+o.id % 2] : ''), [OR('priceTotal')], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'listrak-contacts', product: 'Listrak (Contacts > Export list, CSV; a US apparel retailer\'s email list with profile fields)', family: 'email', language: 'en', schema: P, cols: [
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Subscribe Date', (c) => `${mdy(shift(c.created, -5))} ${pad(shift(c.created, -5).H)}:${pad(shift(c.created, -5).M)}`, [], opt],
    ['Subscribe Method', (c) => LK_METHOD[+c.id % LK_METHOD.length], [], opt],
    ['Unsubscribe Date', (c) => (lkSub(c) ? '' : mdy(shift(Math.max(c.created, c.updated), -5))), [], opt],
    ['Status', (c) => (lkSub(c) ? 'Subscribed' : 'Unsubscribed'), ['personalEmail.status'], opt],
    ['Profile.First Name', (c, o, r) => (r() < 0.8 ? c.first : ''), ['person.name.firstName']],
    ['Profile.Last Name', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['Profile.Birthday', (c, o, r) => (r() < 0.3 ? mdy(parts(c.birth)) : ''), ['person.birthDate']],
    ['Profile.Gender', (c, o, r) => (r() < 0.4 ? (c.female ? 'F' : 'M') : ''), ['person.gender']],
    ['Profile.Zip Code', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Profile.Mobile Phone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Profile.Preferred Store', (c, o, r) => v.pick(r, ['', 'King of Prussia', 'Cherry Hill', 'Online']), []],
    ['Source', (c) => ['homepage-popup', 'checkout', 'spring-sweeps', ''][+c.id % 4], [], opt],
    ['Last Open Date', (c, o, r) => (r() < 0.6 ? mdy(shift(Math.max(c.created, c.updated), -5)) : ''), [], opt],
    ['Last Click Date', (c, o, r) => (r() < 0.35 ? mdy(shift(Math.max(c.created, c.updated), -5)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- invoicing clients (Brazilian Portuguese)
  { name: 'omie-clientes-br', product: 'Omie (clients of a São Paulo service company: the ListarClientes fields of Omie\'s API, flattened to CSV)', family: 'crm', language: 'pt', schema: P, cols: [
    ['codigo_cliente_omie', (c) => String(2400000000 + (+c.id * 37) % 99999999), ['_id', 'personID'], opt],
    ['codigo_cliente_integracao', (c) => `CLI-${String(+c.id % 99999).padStart(5, '0')}`, ['_id', 'personID'], opt],
    ['razao_social', (c) => om(c).pj || c.full, ['person.name.fullName', 'organizations[0]'], opt],
    ['nome_fantasia', (c) => (om(c).pj ? om(c).pj.split(' ')[0] : c.full), ['organizations[0]'], opt],
    ['cnpj_cpf', (c) => om(c).doc, ['person.taxId'], opt],
    ['pessoa_fisica', (c) => (om(c).pj ? 'N' : 'S'), []],
    ['contato', (c) => (om(c).pj ? c.full : ''), [], opt],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['telefone1_ddd', (c) => om(c).ddd, [], opt],
    ['telefone1_numero', (c) => `9${String(1000 + +c.id % 9000)}-${String(1000 + (+c.id * 7) % 9000)}`, ['mobilePhone.number', 'homePhone.number'], opt],
    ['telefone2_ddd', (c, o, r) => (r() < 0.3 ? om(c).ddd : ''), [], opt],
    ['telefone2_numero', (c, o, r) => (r() < 0.3 ? `3${String(100 + +c.id % 900)}-${String(1000 + +c.id % 9000)}` : ''), ['homePhone.number', 'workPhone.number'], opt],
    ['endereco', (c) => om(c).rua, at(['billingAddress', ...HOME], 'street1')],
    ['endereco_numero', (c) => String(10 + (+c.id % 2000)), [], opt],
    ['complemento', (c) => ['', 'Sala 1204', '', 'Apto 82', 'Conj. 5'][+c.id % 5], at(['billingAddress', ...HOME], 'street2')],
    ['bairro', (c) => om(c).bairro, [], opt],
    ['cidade', (c) => om(c).cidade, at(['billingAddress', ...HOME], 'city'), opt],
    ['estado', (c) => om(c).uf, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['cep', (c) => om(c).cep, at(['billingAddress', ...HOME], 'postalCode')],
    ['codigo_pais', () => '1058', [], opt],
    ['inscricao_estadual', (c) => (om(c).pj ? `${110 + +c.id % 800}.${String(+c.id % 1000).padStart(3, '0')}.${String(+c.id % 997).padStart(3, '0')}.${String(+c.id % 1000).padStart(3, '0')}` : ''), []],
    ['inscricao_municipal', (c) => (om(c).pj ? String(3000000 + +c.id % 999999) : ''), []],
    ['optante_simples_nacional', (c) => (+c.id % 3 === 0 ? 'S' : 'N'), []],
    ['homepage', (c) => (om(c).pj ? `www.${slug(om(c).pj.split(' ')[0])}.com.br` : ''), []],
    ['observacao', (c, o, r) => v.pick(r, ['', '', 'Enviar boleto por e-mail', 'Cliente indicado pelo parceiro']), []],
    ['inativo', (c) => (+c.id % 12 === 0 ? 'S' : 'N'), [], opt],
    ['tags', (c) => ['Cliente', 'Cliente', 'Cliente, Fornecedor'][+c.id % 3], []],
    ['dInc', (c) => brDate(c.created), [], opt],
    ['dAlt', (c) => brDate(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing clients (Mexico)
  { name: 'facturama-clients-mx', product: 'Facturama (clients of a Monterrey web agency: the client fields of Facturama\'s API, flattened to CSV; Mexican data)', family: 'crm', language: 'en', schema: P, cols: [
    ['Id', (c, o, r) => v.alnum(r, 22), ['_id', 'personID'], opt],
    ['Rfc', (c) => mx(c).rfc, ['person.taxId'], opt],
    ['Name', (c) => (mx(c).pm || mxName(c)).toUpperCase(), ['person.name.fullName', 'organizations[0]'], opt],
    ['Email', (c) => mxMail(c), ['personalEmail.address']],
    ['EmailOp1', (c, o, r) => (r() < 0.15 ? `facturas@${mx(c).pm ? slug(mx(c).pm.split(' ')[0]) : 'gmail'}.com${mx(c).pm ? '.mx' : ''}` : ''), ['workEmail.address', 'personalEmail.address'], opt],
    ['FiscalRegime', (c) => (mx(c).pm ? '601' : ['612', '626', '605'][+c.id % 3]), []],
    ['CfdiUse', (c) => ['G03', 'G03', 'G01', 'S01'][+c.id % 4], []],
    ['TaxZipCode', (c) => mx(c).cp, at(['billingAddress', ...HOME], 'postalCode'), opt],
    ['Address.Street', (c) => mx(c).street, at(['billingAddress', ...HOME], 'street1')],
    ['Address.ExteriorNumber', (c) => String(100 + +c.id % 3900), [], opt],
    ['Address.InteriorNumber', (c) => ['', '', 'Piso 3', 'Int. 12', ''][+c.id % 5], at(['billingAddress', ...HOME], 'street2'), opt],
    ['Address.Neighborhood', (c) => mx(c).col, [], opt],
    ['Address.ZipCode', (c) => mx(c).cp, at(['billingAddress', ...HOME], 'postalCode')],
    ['Address.Municipality', (c) => mx(c).mun, at(['billingAddress', ...HOME], 'city'), opt],
    ['Address.State', (c) => mx(c).st, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['Address.Country', () => 'MEX', [...at(['billingAddress', ...HOME], 'countryCode'), ...at(['billingAddress', ...HOME], 'country')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Dutch)
  { name: 'afosto-orders-nl', product: 'Afosto (Orders > Exporteren, CSV; Dutch backoffice, a Utrecht webshop, one row per order)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Ordernummer', (c, o) => `AF${String(100000 + +o.id)}`, [OR('purchaseID')]],
    ['Besteldatum', (c, o) => ams(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => afSt(o), [], opt],
    ['Kanaal', (c, o) => ['Webshop', 'Webshop', 'Bol.com', 'Winkel Utrecht'][+o.id % 4], [], opt],
    ['Klantnummer', (c) => String(50000 + +c.id % 40000), [], opt],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c) => `06 ${String(10000000 + (+c.id * 13) % 89999999)}`, [], opt],
    ['Factuuradres', (c) => nl(c)[0], [BILL('street1')]],
    ['Factuur postcode', (c) => nl(c)[1], [BILL('postalCode')]],
    ['Factuur plaats', (c) => nl(c)[2], [BILL('city')]],
    ['Factuur land', () => 'NL', [BILL('countryCode'), BILL('country')]],
    ['Afleveradres', (c, o) => (+o.id % 5 === 2 ? 'Markt 7' : nl(c)[0]), [SHIP('street1')]],
    ['Aflever postcode', (c, o) => (+o.id % 5 === 2 ? '2611 GP' : nl(c)[1]), [SHIP('postalCode')]],
    ['Aflever plaats', (c, o) => (+o.id % 5 === 2 ? 'Delft' : nl(c)[2]), [SHIP('city')]],
    ['Aflever land', () => 'NL', [SHIP('countryCode'), SHIP('country')]],
    ['Verzendmethode', (c, o) => ['PostNL', 'PostNL', 'DHL Parcel', 'Afhalen'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Betaalmethode', (c, o) => ['iDEAL', 'iDEAL', 'iDEAL', 'Klarna', 'PayPal', 'Bancontact'][+o.id % 6], [OR('payments[0].paymentType')], opt],
    ['Aantal artikelen', (c, o) => String(o.qty), [], opt],
    ['Subtotaal', (c, o) => eur(o.subtotal), [], opt],
    ['Korting', (c, o) => eur(o.discount), [OR('discountAmount')], opt],
    ['Kortingscode', (c, o) => (o.discount ? 'WELKOM5' : ''), [], opt],
    ['Verzendkosten', (c, o) => eur(afShip(o)), ['commerce.shipping.shippingAmount']],
    ['BTW', (c, o) => eur(afVat(o)), [OR('taxAmount')]],
    ['Totaal', (c, o) => eur(+(o.subtotal - o.discount + afShip(o)).toFixed(2)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Graag bij de buren afgeven', 'Cadeauverpakking']), []],
  ] },

  // ---------------------------------------------------------------- restaurant guest book
  { name: 'opentable-guests', product: 'OpenTable (Guest Center > Guests > Export, CSV; a Chicago restaurant\'s guest book)', family: 'crm', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Company', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Guest Tags', (c) => OT_TAGS[+c.id % OT_TAGS.length], []],
    ['Guest Notes', (c, o, r) => v.pick(r, ['', '', '', 'Prefers booth 12', 'Gluten free']), []],
    ['Birthday', (c, o, r) => (r() < 0.3 ? mdy(parts(c.birth)) : ''), ['person.birthDate']],
    ['Anniversary', (c, o, r) => (r() < 0.1 ? `${pad(1 + +c.id % 12)}/${pad(1 + +c.id % 28)}` : ''), []],
    ['Total Visits', (c) => String(1 + (+c.id % 23)), [], opt],
    ['Total Covers', (c) => String(2 + (+c.id % 60)), []],
    ['Cancellations', (c) => String(+c.id % 3), []],
    ['No Shows', (c) => String(+c.id % 7 === 0 ? 1 : 0), []],
    ['Last Visit Date', (c) => mdy(shift(Math.max(c.created, c.updated), -6)), [], opt],
    ['Date Added', (c) => mdy(shift(c.created, -6)), [], opt],
    ['Opted In To Marketing', (c) => (+c.id % 3 === 0 ? 'No' : 'Yes'), [], opt],
    ['Postal Code', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
  ] },
]
