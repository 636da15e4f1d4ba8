// Round 17, tune17: tune sets written blind before round-17 tuning (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const commaMoney = (n) => n.toFixed(2).replace('.', ',')
const later = (c) => c.created + ((c.updated % 400) + 1) * 86400000
// Go's time.Time.String() (listmonk), d.M.yyyy (Pohoda), yyyy.MM.dd. (Számlázz.hu), dd/MM/yyyy HH:mm (Zenchef, TheFork),
// dd/MM/yyyy HH:mm:ss (Hotmart), yyyy-MM-dd HH:mm:ss ±zzzz (Shoplazza), MM/dd/yyyy h:mm:ss A (Stax)
const goTime = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad((ms % 997) * 1000 + 417, 6)} +0000 UTC` }
const czDate = (ms) => { const p = parts(ms); return `${p.d}.${p.m}.${p.y}` }
const huDate = (ms) => { const p = parts(ms); return `${p.y}.${pad(p.m)}.${pad(p.d)}.` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const shoplazza = (ms) => { const p = shift(ms, 8); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} +0800` }
const usHms = (ms) => { const p = shift(ms, -5); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const isoMs = (ms) => new Date(ms).toISOString()

// local people and places the shared generators lack
const CZ_PEOPLE = [['Jan', 'Novák'], ['Petra', 'Svobodová'], ['Tomáš', 'Dvořák'], ['Lucie', 'Černá'], ['Martin', 'Procházka'], ['Eva', 'Kučerová']]
const CZ_CO = ['Stavebniny Novák s.r.o.', 'Pekárna U Mlýna s.r.o.', 'Autodoprava Dvořák', 'Elektro Černá a.s.', 'Truhlářství Procházka', 'Kavárna Slunce s.r.o.']
const CZ_ADDR = [['Vinohradská 1511/230', 'Praha 10', '100 00'], ['Masarykova 427/31', 'Brno', '602 00'], ['Nádražní 14', 'Ostrava', '702 00'], ['Palackého 88', 'Olomouc', '779 00'], ['Husova 5', 'Plzeň', '301 00'], ['Tř. Tomáše Bati 5267', 'Zlín', '760 01']]
const HU_PEOPLE = ['Nagy Gábor', 'Kovács Eszter', 'Tóth Balázs', 'Szabó Anna', 'Horváth Péter', 'Varga Zsófia']
const HU_CO = ['Kovács és Társa Kft.', 'Duna Logisztika Zrt.', 'Bakonyi Pékség Bt.', 'Tisza Szerviz Kft.', 'Mátra Bútor Kft.', 'Balaton Borház Kft.']
const HU_ADDR = [['Váci út 47.', 'Budapest', '1134'], ['Kossuth Lajos u. 12.', 'Debrecen', '4024'], ['Rákóczi út 3.', 'Szeged', '6722'], ['Fő tér 8.', 'Győr', '9021'], ['Petőfi Sándor u. 21.', 'Pécs', '7621'], ['Széchenyi tér 2.', 'Miskolc', '3525']]
const HOTMART_PRODUCTS = [['3456789', 'Curso de Fotografía con Celular', 47], ['2987654', 'Inglés Fluido en 6 Meses', 197], ['4123098', 'Masterclass de Repostería Creativa', 97], ['3879012', 'Ebook Finanzas Personales 2024', 19]]
const SHOPLAZZA_PRODUCTS = [['LZ-DRS-0412-M', 'Floral Wrap Midi Dress', 'Blue / M', 39.99], ['LZ-SNK-2201-40', 'Chunky Platform Sneakers', 'White / 40', 54.9], ['LZ-BAG-1108', 'Quilted Crossbody Bag', 'Black', 29.5], ['LZ-JKT-0930-L', 'Oversized Denim Jacket', 'Light Wash / L', 62.0]]
const SELLFY_PRODUCTS = [['Lightroom Presets - Moody Film Pack', 24], ['Procreate Brush Set Vol. 2', 15], ['Beat Pack "Night Drive" (WAV)', 35], ['Notion Budget Template', 9]]
const SELLFY_COUNTRIES = [['US', 'United States'], ['GB', 'United Kingdom'], ['DE', 'Germany'], ['CA', 'Canada'], ['AU', 'Australia'], ['NL', 'Netherlands']]
const CABIN_PATHS = ['/', '/pricing', '/blog/privacy-first-analytics', '/docs/getting-started', '/about', '/blog/carbon-footprint-of-websites']
const CABIN_REFS = ['', '', 'https://www.google.com/', 'https://news.ycombinator.com/', 'https://duckduckgo.com/', 'https://twitter.com/']
const SHORT_OS = ['Windows', 'Mac OS', 'iOS', 'Android', 'Linux']
const COUNTRIES2 = ['GB', 'US', 'DE', 'FR', 'NL', 'SE', 'CA']
const STAX_CUSTOMERS = [['Harbor Dental Group', 'Karen Lopez'], ['', 'Mike Turner'], ['Blue Ridge HVAC LLC', 'Dale Price'], ['', 'Ashley Nguyen'], ['Sunrise Yoga Studio', 'Priya Shah']]
const AU_NAMES = [['Chloe', 'Nguyen'], ['Jack', 'Thompson'], ['Olivia', 'Wilson'], ['Liam', 'Smith'], ['Mia', 'Brown'], ['Noah', 'Taylor']]

const czPerson = (i) => row(CZ_PEOPLE, i)
const post = (c) => +c.id % 3 === 0
const sellfyTax = (c, i) => (+c.id % 3 === 0 ? row(SELLFY_PRODUCTS, i)[1] * 0.2 : 0)
const thefork = (c, i) => `+39 3${20 + (i % 29)} ${1000000 + ((+c.id * 7) % 8999999)}`

export const SETS = [
  // ---------------------------------------------------------------- email tool (listmonk, Subscribers > Export, CSV)
  { name: 'listmonk-subscribers', product: 'listmonk (self-hosted newsletter manager: Subscribers > Export, subscribers.csv)', family: 'email', language: 'en', schema: P, cols: [
    ['uuid', (c, o, r) => v.uuid(r), ID],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['attributes', (c, o, r) => v.pick(r, ['{}', `{"city": "${c.city}"}`, `{"city": "${c.city}", "plan": "pro"}`, '{"source": "import"}']), []],
    ['status', (c, o, r) => v.pick(r, ['enabled', 'enabled', 'enabled', 'enabled', 'blocklisted']), ['personalEmail.status'], opt],
    ['created_at', (c) => goTime(c.created), [], opt],
    ['updated_at', (c) => goTime(later(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (POHODA, Adresář > Export agendy do CSV, Czech)
  { name: 'pohoda-adresar-cs', product: 'POHODA (Stormware; Adresář > Záznam > Export agendy, CSV, Czech)', family: 'crm', language: 'cs', schema: B, cols: [
    ['Kód', (c, o, r, i) => `ODB${pad(i + 1, 4)}`, B2BID],
    ['Firma', (c, o, r, i) => row(CZ_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Divize', (c, o, r) => v.pick(r, ['', '', 'Obchod', 'Nákup', 'Účtárna']), ['extendedWorkDetails.departments[0]'], opt],
    ['Jméno', (c, o, r, i) => `${czPerson(i)[0]} ${czPerson(i)[1]}`, ['person.name.fullName']],
    ['Ulice', (c, o, r, i) => row(CZ_ADDR, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Obec', (c, o, r, i) => row(CZ_ADDR, i)[1], at([...WORK, ...HOME], 'city')],
    ['PSČ', (c, o, r, i) => row(CZ_ADDR, i)[2], at([...WORK, ...HOME], 'postalCode')],
    ['Země', () => 'Česká republika', at([...WORK, ...HOME], 'country')],
    ['IČ', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['DIČ', (c, o, r) => (r() < 0.7 ? `CZ${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['Telefon', (c, o, r) => `+420 ${v.int(r, 221, 599)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.7 ? `+420 ${v.pick(r, ['602', '724', '777', '608'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.1 ? `+420 ${v.int(r, 221, 599)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), []],
    ['E-mail', (c, o, r, i) => `${slug(czPerson(i)[0])}.${slug(czPerson(i)[1])}@${slug(row(CZ_CO, i)).slice(0, 12)}.cz`, ['workEmail.address', 'personalEmail.address']],
    ['www', (c, o, r, i) => (r() < 0.6 ? `www.${slug(row(CZ_CO, i)).slice(0, 12)}.cz` : ''), ['b2b.companyWebsite'], opt],
    ['Skupina', (c, o, r) => v.pick(r, ['ODB', 'ODB', 'DOD', 'ODB']), ['b2b.personType'], opt],
    ['Splatnost', (c, o, r) => String(v.pick(r, [14, 14, 30, 7])), []],
    ['Cenová hladina', (c, o, r) => v.pick(r, ['', 'Prodejní', 'VO']), []],
    ['Číslo účtu', (c, o, r) => (r() < 0.5 ? `${v.int(r, 100000, 9999999999)}` : ''), []],
    ['Kód banky', (c, o, r) => v.pick(r, ['0100', '0300', '0800', '2010', '']), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Fakturovat čtvrtletně', 'Pouze platba předem']), []],
    ['Datum', (c) => czDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (Számlázz.hu, Partnerek > Exportálás, Hungarian)
  { name: 'szamlazz-partnerek-hu', product: 'Számlázz.hu (Partnerek > Partnerlista exportálása, CSV, Hungarian)', family: 'crm', language: 'hu', schema: B, cols: [
    ['Partner azonosító', (c, o, r) => String(v.int(r, 1000000, 9999999)), B2BID],
    ['Név', (c, o, r, i) => row(HU_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Ország', () => 'Magyarország', at([...WORK, ...HOME], 'country')],
    ['Irányítószám', (c, o, r, i) => row(HU_ADDR, i)[2], at([...WORK, ...HOME], 'postalCode')],
    ['Település', (c, o, r, i) => row(HU_ADDR, i)[1], at([...WORK, ...HOME], 'city')],
    ['Cím', (c, o, r, i) => row(HU_ADDR, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Postázási név', (c, o, r, i) => (post(c) ? row(HU_CO, i) : ''), []],
    ['Postázási ország', (c) => (post(c) ? 'Magyarország' : ''), ['mailingAddress.country']],
    ['Postázási irányítószám', (c, o, r, i) => (post(c) ? row(HU_ADDR, i + 2)[2] : ''), ['mailingAddress.postalCode']],
    ['Postázási település', (c, o, r, i) => (post(c) ? row(HU_ADDR, i + 2)[1] : ''), ['mailingAddress.city']],
    ['Postázási cím', (c, o, r, i) => (post(c) ? row(HU_ADDR, i + 2)[0] : ''), ['mailingAddress.street1']],
    ['Adószám', (c, o, r) => `${v.int(r, 10000000, 29999999)}-${v.int(r, 1, 5)}-${v.int(r, 1, 44)}`, [], opt],
    ['EU adószám', (c, o, r) => (r() < 0.3 ? `HU${v.int(r, 10000000, 29999999)}` : ''), [], opt],
    ['Kapcsolattartó', (c, o, r, i) => row(HU_PEOPLE, i), ['person.name.fullName']],
    ['E-mail', (c, o, r, i) => `${v.pick(r, ['szamlazas', 'info', 'penzugy'])}@${slug(row(HU_CO, i)).slice(0, 10)}.hu`, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => `+36 ${v.pick(r, ['1', '20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['workPhone.number', 'mobilePhone.number']],
    ['Bankszámlaszám', (c, o, r) => `${v.int(r, 10000000, 11799999)}-${v.int(r, 10000000, 99999999)}`, []],
    ['Fizetési határidő (nap)', (c, o, r) => String(v.pick(r, [8, 8, 15, 30])), []],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', 'Papír alapú számlát kér', 'Átutalás']), []],
    ['Létrehozva', (c) => huDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- CRM / restaurant guests (Zenchef, Clients > Exporter la base clients, French)
  { name: 'zenchef-clients-fr', product: 'Zenchef (tableau de bord restaurant: Clients > Exporter, CSV, French)', family: 'crm', language: 'fr', schema: P, cols: [
    ['ID client', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Téléphone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Langue', (c, o, r) => v.pick(r, ['fr', 'fr', 'fr', 'en', 'it']), []],
    ['Date de naissance', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Entreprise', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Nombre de réservations', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
    ['Nombre de couverts', (c, o, r) => String(v.int(r, 2, 120)), []],
    ['Première visite', (c) => dmyHm(c.created, 1), [], opt],
    ['Dernière visite', (c) => dmyHm(later(c), 1), [], opt],
    ['No-shows', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1, 2])), []],
    ['Annulations', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['Optin newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Optin SMS', (c, o, r) => (r() < 0.4 ? 'Oui' : 'Non'), [], opt],
    ['VIP', (c, o, r) => (r() < 0.1 ? 'Oui' : 'Non'), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Habitué', 'Terrasse', 'Anniversaire']), []],
    ['Allergies', (c, o, r) => v.pick(r, ['', '', '', 'Gluten', 'Fruits à coque', 'Lactose']), []],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Table près de la fenêtre', 'Chaise haute pour enfant']), []],
    ['Date de création', (c) => dmyHm(c.created, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / restaurant guests (TheFork Manager, Clienti > Esporta, Italian)
  { name: 'thefork-manager-clienti-it', product: 'TheFork Manager (Clienti > Esporta clienti, CSV, Italian)', family: 'crm', language: 'it', schema: P, cols: [
    ['Titolo', (c) => (c.female ? 'Sig.ra' : 'Sig.'), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Telefono', (c, o, r, i) => thefork(c, i), ['mobilePhone.number', 'homePhone.number']],
    ['Lingua', (c, o, r) => v.pick(r, ['Italiano', 'Italiano', 'Italiano', 'Inglese', 'Tedesco']), []],
    ['Data di nascita', (c, o, r) => (r() < 0.35 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Società', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Indirizzo', (c, o, r) => (r() < 0.3 ? c.street : ''), at(HOME, 'street1')],
    ['CAP', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Paese', () => 'Italia', at(HOME, 'country')],
    ['Prenotazioni', (c, o, r) => String(v.int(r, 1, 35)), [], opt],
    ['No-show', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['Ultima prenotazione', (c) => dmyHm(later(c), 1), [], opt],
    ['Spesa media', (c, o, r) => commaMoney(v.int(r, 2500, 9000) / 100), []],
    ['Newsletter', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['VIP', (c, o, r) => (r() < 0.1 ? 'Sì' : 'No'), []],
    ['Allergie e intolleranze', (c, o, r) => v.pick(r, ['', '', '', 'Celiachia', 'Crostacei', 'Lattosio']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Preferisce il tavolo in veranda', 'Cliente abituale del venerdì']), []],
    ['Origine', (c, o, r) => v.pick(r, ['TheFork', 'TheFork', 'Telefono', 'Sito web', 'Walk-in']), []],
    ['Data di creazione', (c) => dmy(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce / digital product sales (Hotmart, Ventas > Exportar, Spanish)
  { name: 'hotmart-ventas-es', product: 'Hotmart (panel del productor: Ventas > Historial de ventas > Exportar, Spanish)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Producto', (c, o, r, i) => row(HOTMART_PRODUCTS, i)[1], [PL('name')]],
    ['Código del producto', (c, o, r, i) => row(HOTMART_PRODUCTS, i)[0], [PL('SKU')], opt],
    ['Transacción', (c, o, r) => `HP${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Estado', (c, o, r) => v.pick(r, ['Aprobado', 'Completo', 'Completo', 'Reembolsado', 'Cancelado']), [], opt],
    ['Fecha de pedido', (c, o) => dmyHms(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Fecha de aprobación', (c, o) => dmyHms(o.at + 95000, 1), [], opt],
    ['Comprador', (c) => c.full, []],
    ['Email del comprador', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c, o, r) => (r() < 0.6 ? c.mobile : ''), [], opt],
    ['Documento', (c, o, r) => (r() < 0.5 ? `${v.int(r, 10000000, 99999999)}${v.pick(r, ['A', 'K', 'L', 'Z'])}` : ''), [], opt],
    ['País', () => 'España', [BILL('country')], opt],
    ['Método de pago', (c, o, r) => v.pick(r, ['Tarjeta de crédito', 'Tarjeta de crédito', 'PayPal', 'Google Pay']), [OR('payments[0].paymentType')], opt],
    ['Número de cuotas', (c, o, r) => String(v.pick(r, [1, 1, 1, 3, 6])), []],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Precio del producto', (c, o, r, i) => commaMoney(row(HOTMART_PRODUCTS, i)[2]), [], opt],
    ['Precio total', (c, o, r, i) => commaMoney(row(HOTMART_PRODUCTS, i)[2] * (o.discount ? 0.9 : 1)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Tarifa Hotmart', (c, o, r, i) => commaMoney(row(HOTMART_PRODUCTS, i)[2] * 0.099 + 1), []],
    ['Comisión del afiliado', (c, o, r, i) => (+o.id % 3 === 0 ? commaMoney(row(HOTMART_PRODUCTS, i)[2] * 0.5) : '0,00'), []],
    ['Mi comisión', (c, o, r, i) => commaMoney(row(HOTMART_PRODUCTS, i)[2] * (+o.id % 3 === 0 ? 0.401 : 0.901) - 1), []],
    ['Afiliado', (c, o) => (+o.id % 3 === 0 ? 'Marta Afiliada' : ''), []],
    ['Código del cupón', (c, o) => (o.discount ? 'VUELTA10' : ''), ['commerce.promotionID'], opt],
    ['Oferta', (c, o, r) => v.pick(r, ['w7x3k9pq', 'w7x3k9pq', 'b2n8m4zt']), [], opt],
    ['Tipo de cobro', (c, o, r) => v.pick(r, ['Pago único', 'Pago único', 'Suscripción']), [], opt],
    ['src', (c, o, r) => v.pick(r, ['', 'instagram', 'youtube', 'email-lanzamiento']), ['marketing.trackingCode'], opt],
    ['sck', (c, o, r) => v.pick(r, ['', '', 'HOTMART_PRODUCT_PAGE', 'bio-link']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (SHOPLAZZA, Orders > Export orders, one row per line item)
  { name: 'shoplazza-orders', product: 'SHOPLAZZA (admin: Orders > Export > All orders, CSV, one row per line item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `#${1000 + +o.id}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => v.uuid(r), [OR('purchaseID')], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Financial Status', (c, o, r) => v.pick(r, ['paid', 'paid', 'paid', 'refunded', 'partially_refunded']), [], opt],
    ['Fulfillment Status', (c, o, r) => v.pick(r, ['fulfilled', 'fulfilled', 'unfulfilled', 'partially_fulfilled']), [], opt],
    ['Created At', (c, o) => shoplazza(o.at), ['timestamp', OR('createdDate')]],
    ['Paid At', (c, o) => shoplazza(o.at + 45000), [], opt],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Subtotal', (c, o, r, i) => (row(SHOPLAZZA_PRODUCTS, i)[3] * o.qty).toFixed(2), [], opt],
    ['Shipping', (c, o) => (o.shipping ? '6.99' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Taxes', (c, o, r, i) => (row(SHOPLAZZA_PRODUCTS, i)[3] * o.qty * 0.0825).toFixed(2), [OR('taxAmount')]],
    ['Discount Code', (c, o) => (o.discount ? 'WELCOME10' : ''), ['commerce.promotionID'], opt],
    ['Discount Amount', (c, o) => (o.discount ? '10.00' : '0.00'), [OR('discountAmount')]],
    ['Total', (c, o, r, i) => (row(SHOPLAZZA_PRODUCTS, i)[3] * o.qty * 1.0825 + (o.shipping ? 6.99 : 0) - (o.discount ? 10 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Lineitem Name', (c, o, r, i) => row(SHOPLAZZA_PRODUCTS, i)[1], [PL('name')]],
    ['Lineitem Variant', (c, o, r, i) => row(SHOPLAZZA_PRODUCTS, i)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['Lineitem SKU', (c, o, r, i) => row(SHOPLAZZA_PRODUCTS, i)[0], [PL('SKU')]],
    ['Lineitem Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Lineitem Price', (c, o, r, i) => row(SHOPLAZZA_PRODUCTS, i)[3].toFixed(2), []],
    ['Shipping Name', (c) => c.full, []],
    ['Shipping Phone', (c) => c.phone, [], opt],
    ['Shipping Address1', (c) => c.street, [SHIP('street1')]],
    ['Shipping Address2', (c) => c.street2, [SHIP('street2')]],
    ['Shipping City', (c) => c.city, [SHIP('city')]],
    ['Shipping Province', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping Country', () => 'United States', [SHIP('country')]],
    ['Shipping Method', (c, o, r) => v.pick(r, ['Standard Shipping', 'Standard Shipping', 'Express Shipping', 'Free Shipping']), ['commerce.shipping.shippingMethod']],
    ['Tracking Number', (c, o, r) => (r() < 0.6 ? `9400${v.int(r, 100000000, 999999999)}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'PayPal', 'Apple Pay']), [OR('payments[0].paymentType')], opt],
    ['Landing Site', (c, o, r) => v.pick(r, ['/', '/products/floral-wrap-midi-dress', '/collections/new-arrivals?utm_source=facebook']), [], opt],
    ['Referring Site', (c, o, r) => v.pick(r, ['', 'https://www.facebook.com/', 'https://www.google.com/', 'https://www.instagram.com/']), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Please ship ASAP']), []],
  ] },
  // ---------------------------------------------------------------- payments (Afterpay, Business Hub: Orders > Export CSV, Australia)
  { name: 'afterpay-orders', product: 'Afterpay (Business Hub / merchant portal: Orders > Export to CSV, Australia)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Merchant Reference', (c, o) => `WEB-${200000 + +o.id}`, [OR('purchaseID')], opt],
    ['Order Date', (c, o) => dmyHm(o.at, 10), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['APPROVED', 'APPROVED', 'APPROVED', 'DECLINED']), [], opt],
    ['Payment State', (c, o, r) => v.pick(r, ['CAPTURED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED']), [], opt],
    ['Product', (c, o, r) => v.pick(r, ['Pay in 4', 'Pay in 4', 'Pay in 4', 'Pay Monthly']), [OR('payments[0].paymentType')], opt],
    ['Channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'In-store']), []],
    ['Order Amount', (c, o) => (o.total * 1.6).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Refunded Amount', (c, o, r) => (r() < 0.15 ? (o.total * 0.8).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Merchant Fee', (c, o) => (o.total * 1.6 * 0.04 + 0.3).toFixed(2), []],
    ['Net Amount', (c, o) => (o.total * 1.6 * 0.96 - 0.3).toFixed(2), []],
    ['Settlement Date', (c, o) => dmy(o.at + 2 * 86400000), [], opt],
    ['Item Count', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Customer First Name', (c, o, r, i) => row(AU_NAMES, i)[0], []],
    ['Customer Last Name', (c, o, r, i) => row(AU_NAMES, i)[1], []],
    ['Customer Email', (c, o, r, i) => `${slug(row(AU_NAMES, i)[0])}.${slug(row(AU_NAMES, i)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'bigpond.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => `+61 4${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Shipping Address Line 1', (c, o, r) => `${v.int(r, 1, 300)} ${v.pick(r, ['George St', 'Chapel St', 'Queen St', 'Hay St', 'King William St'])}`, [SHIP('street1')]],
    ['Shipping Suburb', (c, o, r, i) => ['Sydney', 'South Yarra', 'Brisbane City', 'Perth', 'Adelaide', 'Surry Hills'][i % 6], [SHIP('city')]],
    ['Shipping State', (c, o, r, i) => ['NSW', 'VIC', 'QLD', 'WA', 'SA', 'NSW'][i % 6], [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Postcode', (c, o, r, i) => ['2000', '3141', '4000', '6000', '5000', '2010'][i % 6], [SHIP('postalCode')]],
    ['Shipping Country Code', () => 'AU', [SHIP('countryCode')]],
    ['Dispute', (c, o, r) => (r() < 0.05 ? 'Open' : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (Stax by Fattmerchant, Transactions > Export CSV, US)
  { name: 'stax-transactions', product: 'Stax (formerly Fattmerchant; Stax Pay: Transactions > Export, CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Created At', (c, o) => usHms(o.at), ['timestamp', OR('createdDate')]],
    ['Type', (c, o, r) => v.pick(r, ['charge', 'charge', 'charge', 'refund', 'void', 'pre_auth']), [], opt],
    ['Method', (c, o, r) => v.pick(r, ['card', 'card', 'card', 'bank']), [OR('payments[0].paymentType')], opt],
    ['Card Type', (c, o, r) => v.pick(r, ['visa', 'visa', 'mastercard', 'amex', 'discover']), [], opt],
    ['Last Four', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Total', (c, o) => (o.total * 3).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Total Refunded', (c, o, r) => (r() < 0.1 ? (o.total * 3).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Success', (c, o, r) => (r() < 0.92 ? 'true' : 'false'), [], opt],
    ['Message', (c, o, r) => v.pick(r, ['', '', '', 'Declined - Insufficient funds', 'Approved']), []],
    ['Source', (c, o, r) => v.pick(r, ['Virtual Terminal', 'Invoice', 'Web Payments', 'API', 'Terminal']), []],
    ['Invoice Number', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1000, 9999)) : ''), [OR('purchaseID')], opt],
    ['Memo', (c, o, r) => v.pick(r, ['', '', 'Monthly service', 'Deposit', 'Repair - unit 4B']), [], opt],
    ['Customer ID', (c, o, r) => v.uuid(r), [], opt],
    ['Customer First Name', (c, o, r, i) => row(STAX_CUSTOMERS, i)[1].split(' ')[0], []],
    ['Customer Last Name', (c, o, r, i) => row(STAX_CUSTOMERS, i)[1].split(' ')[1], []],
    ['Customer Company', (c, o, r, i) => row(STAX_CUSTOMERS, i)[0], []],
    ['Customer Email', (c, o, r, i) => `${slug(row(STAX_CUSTOMERS, i)[1])}@${v.pick(r, ['gmail.com', 'yahoo.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c) => c.phone.replace(/^\+1 /, ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Billing Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Batch ID', (c, o, r) => (r() < 0.8 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Settled At', (c, o) => usHms(o.at + 86400000), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events (Cabin, privacy-first web analytics, raw events export)
  { name: 'cabin-events', product: 'Cabin (withcabin.com privacy-first web analytics: site > Export data, raw events CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['timestamp', (c, o) => isoMs(o.at), ['timestamp']],
    ['event', (c, o, r) => v.pick(r, ['pageview', 'pageview', 'pageview', 'pageview', 'signup', 'download']), ['eventType', 'web.webInteraction.name'], opt],
    ['hostname', () => 'www.greenpixel.studio', ['web.webPageDetails.server'], opt],
    ['path', (c, o, r, i) => row(CABIN_PATHS, i), ['web.webPageDetails.URL', 'web.webPageDetails.name'], opt],
    ['referrer', (c, o, r) => v.pick(r, CABIN_REFS), ['web.webReferrer.URL']],
    ['utm_source', (c, o, r) => v.pick(r, ['', '', '', 'newsletter', 'mastodon']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', '', '', 'email', 'social']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', '', '', 'autumn-launch']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['country', (c, o, r) => v.pick(r, COUNTRIES2), [GEO('countryCode')]],
    ['device', (c, o, r) => v.pick(r, ['desktop', 'desktop', 'mobile', 'tablet']), ['device.type']],
    ['browser', (c, o, r) => v.pick(r, ['Chrome', 'Firefox', 'Safari', 'Edge']), ['environment.browserDetails.name']],
    ['os', (c, o, r) => v.pick(r, SHORT_OS), ['environment.operatingSystem']],
    ['screen_width', (c, o, r) => String(v.pick(r, [1920, 1440, 390, 414, 768, 2560])), ['device.screenWidth', 'environment.browserDetails.viewportWidth'], opt],
    ['duration', (c, o, r) => String(v.int(r, 0, 420)), [], opt],
    ['is_unique', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), []],
    ['is_bounce', (c, o, r) => (r() < 0.45 ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- memberships / online courses (Thinkific, Users > All Users > Export)
  { name: 'thinkific-users', product: 'Thinkific (admin: Users > All Users > Export, CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Phone Number', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Roles', (c, o, r) => v.pick(r, ['', '', '', 'affiliate', 'group_analyst']), []],
    ['Date Joined', (c) => f.isoOffset(c.created), [], opt],
    ['Last Sign In', (c, o, r) => (r() < 0.85 ? f.isoOffset(later(c)) : ''), [], opt],
    ['Sign In Count', (c, o, r) => String(v.int(r, 0, 180)), []],
    ['Number Of Enrollments', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Revenue', (c, o, r) => v.money(r, 0, 900), [], opt],
    ['External Source', (c, o, r) => v.pick(r, ['', '', 'zapier', 'api', 'bulk_import']), []],
    ['Affiliate Code', (c, o, r) => (r() < 0.1 ? v.alnum(r, 6).toLowerCase() : ''), []],
    ['Affiliate Commission', (c, o, r) => (r() < 0.1 ? '30.0' : ''), []],
    ['Affiliate Commission Type', (c, o, r) => (r() < 0.1 ? '%' : ''), []],
    ['Referred By', (c, o, r) => v.pick(r, ['', '', '', 'k9d2mx']), []],
    ['Headline', (c, o, r) => v.pick(r, ['', '', 'Product designer', 'Nurse educator']), []],
    ['Bio', (c, o, r) => v.pick(r, ['', '', '', 'Lifelong learner from Ohio.']), []],
    ['Marketing Emails Accepted', (c) => (c.bool ? 'true' : 'false'), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce / digital product sales (Sellfy, Orders > Export orders)
  { name: 'sellfy-orders', product: 'Sellfy (store dashboard: Orders > Export, CSV, one row per order)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o, r) => v.alnum(r, 10).toUpperCase(), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Refunded']), [], opt],
    ['Product', (c, o, r, i) => row(SELLFY_PRODUCTS, i)[0], [PL('name')]],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Price', (c, o, r, i) => row(SELLFY_PRODUCTS, i)[1].toFixed(2), [], opt],
    ['Discount', (c, o, r, i) => (o.discount ? (row(SELLFY_PRODUCTS, i)[1] * 0.2).toFixed(2) : '0.00'), [OR('discountAmount')]],
    ['Discount code', (c, o) => (o.discount ? 'SAVE20' : ''), ['commerce.promotionID'], opt],
    ['Tax', (c, o, r, i) => sellfyTax(c, i).toFixed(2), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => (row(SELLFY_PRODUCTS, i)[1] * (o.discount ? 0.8 : 1) + sellfyTax(c, i)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Payment method', (c, o, r) => v.pick(r, ['Stripe', 'Stripe', 'PayPal']), [OR('payments[0].paymentType')], opt],
    ['Customer email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer name', (c) => c.full, []],
    ['Country', (c, o, r, i) => row(SELLFY_COUNTRIES, i)[0], [BILL('countryCode')], opt],
    ['IP address', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['Marketing consent', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Affiliate', (c, o, r) => v.pick(r, ['', '', '', 'creatorfriend']), []],
  ] },
]
