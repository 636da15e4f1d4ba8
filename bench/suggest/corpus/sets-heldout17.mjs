// Round 17, heldout17: held-out sets added in round 17, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const shift = (ms, h) => parts(ms + h * 3600000)
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
    ['Email 2', (c, o, r) => (r() < 0.25 ? c.email : ''), ['personalEmail.address'], opt],
    ['Email 2 Type', (c, o, r) => (r() < 0.25 ? 'Personal' : ''), []],
    ['Phone 1', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Phone 1 Type', () => 'Work', []],
    ['Phone 2', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number'], opt],
    ['Phone 2 Type', (c, o, r) => (r() < 0.5 ? 'Mobile' : ''), []],
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
    ['Nome', (c) => pt(c).name, ['person.name.fullName'], opt],
    ['Contribuinte', (c) => pt(c).nif, ['person.taxId'], opt],
    ['Morada', (c) => pt(c).street, at(HOME, 'street1')],
    ['Código Postal', (c) => pt(c).cp, at(HOME, 'postalCode')],
    ['Localidade', (c) => pt(c).city, at(HOME, 'city')],
    ['País', () => 'Portugal', at(HOME, 'country')],
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
  ] },
]
