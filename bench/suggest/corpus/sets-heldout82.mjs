// Round 82, heldout82: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Spanish-language e-commerce, delivery, marketplace and POS tools from
// Spain, Mexico, Argentina, Colombia, Chile and Peru, each with headers as its export writes them: a Lima pollería's
// online-menu orders, an Argentine WhatsApp catalogue shop's customers, a Santiago restaurant's POS orders, a Mexico
// City taquería's POS sales by product, a Spanish bakery chain's POS customers with loyalty cards, an Argentine
// payment-request gateway's collections, a Spanish card / Bizum gateway's orders, a Mexican cosmetics shop's
// WhatsApp CRM contacts (English column keys, as its template writes them), a Mexican e-invoicing service's clients,
// a Chilean e-commerce shipping platform's shipments, a Peruvian deals marketplace's coupons and a Colombian POS's
// customers set up for electronic invoicing.
import { E, P, B, v, at, HOME, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'

// ---------------------------------------------------------------- time zones and formats
const day = 86400000
// Lima and Bogotá UTC-5 all year; Mexico City UTC-6 (no DST since 2022); Buenos Aires UTC-3; Santiago UTC-3 in the
// southern summer (September-April), UTC-4 in winter; Madrid CET / CEST (April-October, simplified)
const clOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 8 ? -4 : -3 }
const esOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const dmy = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}` }
const dmyHM = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms, h) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
const limaT = (ms) => dmyHM(ms, -5)
// an order placed during opening hours: local day of o.at, from `from` o'clock over `span` hours
const openAt = (o, off, from, span) => { const p = shift(o.at, off); const k = +String(o.id).slice(-5) || 1; return Date.UTC(p.y, p.m - 1, p.d) - off * 3600000 + (from + k % span) * 3600000 + ((k * 7) % 60) * 60000 + (k % 60) * 1000 }
const ocAt = (o) => openAt(o, -5, 11, 12)
const ttAt = (o) => openAt(o, clOff(o.at), 12, 11)
const prAt = (o) => openAt(o, -6, 13, 10)
const baT = (ms) => dmyHM(ms, -3)
const clT = (ms) => dmyHMS(ms, clOff(ms), '-')
const clIso = (ms) => ymdHMS(ms, clOff(ms))
const mxD = (ms) => dmy(ms, -6)
const mxH = (ms) => hms(ms, -6)
const esD = (ms) => dmy(ms, esOff(ms))
const dob = (ms) => dmy(ms, 0)

// amounts: Peru "S/ 1,234.50" (point decimals); Argentina "$ 12.345,67"; Colombia "149.900,00"; Mexico "$1,234.50";
// Chile whole pesos, "$3.490" in CSV, plain integers in Toteat's Excel; Spain "12,50"
const grp = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const sol = (n) => `S/ ${grp(n.toFixed(2).split('.')[0], ',')}.${n.toFixed(2).split('.')[1]}`
const solPlain = (n) => n.toFixed(2)
const ars = (n) => `$ ${grp(n.toFixed(2).split('.')[0], '.')},${n.toFixed(2).split('.')[1]}`
const cop = (n) => `${grp(n.toFixed(2).split('.')[0], '.')},${n.toFixed(2).split('.')[1]}`
const mxn = (n) => `$${grp(n.toFixed(2).split('.')[0], ',')}.${n.toFixed(2).split('.')[1]}`
const clp = (n) => `$${grp(String(Math.round(n)), '.')}`
const eur = (n) => n.toFixed(2).replace('.', ',')
const siNo = (b) => (b ? 'Sí' : 'No')
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ñ/g, 'n').replace(/[^a-z]/g, '')

// ---------------------------------------------------------------- Latin American people, made up here
const LA_FIRST = [['Santiago', 'Valentina'], ['Mateo', 'Camila'], ['Sebastián', 'Sofía'], ['Matías', 'Isabella'], ['Nicolás', 'Daniela'], ['Diego', 'Fernanda'], ['Joaquín', 'Martina'], ['Alejandro', 'Mariana'], ['Andrés', 'Lucía'], ['Luis', 'Gabriela']]
const LA = {
  pe: {
    last: ['Quispe', 'Flores', 'Rodríguez', 'Huamán', 'Mendoza', 'Rojas', 'Vargas', 'Chávez', 'Torres', 'Castillo'],
    // [distrito, provincia / departamento, código postal]
    cities: [['Miraflores', 'Lima', '15074'], ['San Isidro', 'Lima', '15073'], ['Santiago de Surco', 'Lima', '15038'], ['San Borja', 'Lima', '15036'], ['Jesús María', 'Lima', '15072'], ['Barranco', 'Lima', '15063'], ['Los Olivos', 'Lima', '15304']],
    street: ['Av. José Larco', 'Calle Los Pinos', 'Jr. Huiracocha', 'Av. Benavides', 'Av. Primavera', 'Calle Schell', 'Av. Universitaria'],
    unit: (r) => `Dpto ${v.int(r, 1, 12)}0${v.int(r, 1, 4)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
    two: true,
  },
  ar: {
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Pérez', 'Gómez', 'Sosa', 'Romero', 'Álvarez'],
    // [localidad, provincia, código postal, característica]
    cities: [['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1425', '11'], ['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1414', '11'], ['Córdoba', 'Córdoba', 'X5000', '351'], ['Rosario', 'Santa Fe', 'S2000', '341'], ['La Plata', 'Buenos Aires', 'B1900', '221'], ['Mendoza', 'Mendoza', 'M5500', '261'], ['San Isidro', 'Buenos Aires', 'B1642', '11']],
    street: ['Av. Santa Fe', 'Gorriti', 'Av. Rivadavia', 'Bv. Oroño', 'Av. Colón', 'Calle 7', 'Av. Cabildo', 'Thames'],
    unit: (r) => `${v.int(r, 1, 12)}° ${v.pick(r, ['A', 'B', 'C', 'D'])}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com'],
    two: false,
  },
  cl: {
    last: ['Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Sepúlveda', 'Morales', 'Araya', 'Fuentes'],
    // [comuna, región, código postal]
    cities: [['Providencia', 'Región Metropolitana', '7500000'], ['Las Condes', 'Región Metropolitana', '7550000'], ['Ñuñoa', 'Región Metropolitana', '7750000'], ['Santiago', 'Región Metropolitana', '8320000'], ['Maipú', 'Región Metropolitana', '9250000'], ['Viña del Mar', 'Región de Valparaíso', '2520000'], ['Concepción', 'Región del Biobío', '4030000']],
    street: ['Av. Providencia', 'Los Leones', 'Irarrázaval', 'Av. Apoquindo', 'Av. Pajaritos', 'Av. Libertad', 'Barros Arana'],
    unit: (r) => `Depto ${v.int(r, 2, 22)}0${v.int(r, 1, 8)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
    two: true,
  },
  mx: {
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Sánchez', 'Cruz', 'Flores', 'Morales'],
    // [municipio / alcaldía, estado, código postal, lada, colonia]
    cities: [['Cuauhtémoc', 'Ciudad de México', '06700', '55', 'Roma Norte'], ['Benito Juárez', 'Ciudad de México', '03100', '55', 'Del Valle Centro'], ['Miguel Hidalgo', 'Ciudad de México', '11560', '55', 'Polanco V Sección'], ['Coyoacán', 'Ciudad de México', '04100', '55', 'Del Carmen'], ['Guadalajara', 'Jalisco', '44160', '33', 'Americana'], ['Monterrey', 'Nuevo León', '64000', '81', 'Centro'], ['Puebla', 'Puebla', '72160', '222', 'La Paz']],
    street: ['Calle Durango', 'Av. Insurgentes Sur', 'Calle Ámsterdam', 'Av. Chapultepec', 'Calle Morelos', 'Av. Vallarta', 'Calle Colima'],
    unit: (r) => `Int. ${v.int(r, 1, 12)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'],
    two: true,
  },
  co: {
    last: ['Rodríguez', 'Gómez', 'Martínez', 'Rojas', 'Castro', 'Ospina', 'Restrepo', 'Cardona', 'Vargas', 'Moreno'],
    // [ciudad, departamento, código postal, indicativo]
    cities: [['Bogotá', 'Bogotá D.C.', '110221', '601'], ['Bogotá', 'Bogotá D.C.', '111071', '601'], ['Medellín', 'Antioquia', '050021', '604'], ['Cali', 'Valle del Cauca', '760042', '602'], ['Barranquilla', 'Atlántico', '080020', '605'], ['Bucaramanga', 'Santander', '680003', '607']],
    street: ['Calle 93', 'Carrera 43A', 'Calle 10', 'Carrera 7', 'Calle 72', 'Avenida 6N', 'Carrera 15'],
    unit: (r) => `Apto ${v.int(r, 1, 18)}0${v.int(r, 1, 4)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'],
    two: true,
  },
}
const AR_BARRIOS = { 'Ciudad Autónoma de Buenos Aires': ['Palermo', 'Belgrano', 'Caballito', 'Villa Urquiza', 'Almagro'], Córdoba: ['Nueva Córdoba', 'General Paz', 'Alta Córdoba'], Rosario: ['Fisherton', 'Centro', 'Echesortu'], 'La Plata': ['Centro', 'Tolosa', 'City Bell'], Mendoza: ['Quinta Sección', 'Centro', 'Dorrego'], 'San Isidro': ['Beccar', 'Martínez', 'Boulogne'] }
const rutDv = (num) => { let s = 0, m = 2; for (const d of String(num).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 } const r = 11 - (s % 11); return r === 11 ? '0' : r === 10 ? 'K' : String(r) }
const rutFmt = (num) => `${grp(String(num), '.')}-${rutDv(num)}`
const laMemo = new Map()
const la = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (laMemo.has(k)) return laMemo.get(k)
  const r = v.rng(+c.id * 197 + c.first.length * 13 + cc.charCodeAt(0))
  const d = LA[cc]
  const female = r() < 0.5
  const first = v.pick(r, LA_FIRST)[female ? 1 : 0]
  const last1 = v.pick(r, d.last)
  let last2 = v.pick(r, d.last)
  if (last2 === last1) last2 = d.last[(d.last.indexOf(last1) + 3) % d.last.length]
  const last = d.two ? `${last1} ${last2}` : last1
  const [city, region, zip, area, colonia] = v.pick(r, d.cities)
  const p = { first, last1, last2, last, full: `${first} ${last}`, female, city, region, zip, area, colonia }
  p.email = `${slug(first)}.${slug(last1)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`
  const no = v.int(r, 100, 6999)
  if (cc === 'co') p.street = `${v.pick(r, d.street)} # ${v.int(r, 1, 120)}-${pad(v.int(r, 1, 99))}`
  else p.street = `${v.pick(r, d.street)} ${no}`
  p.unit = r() < 0.45 ? d.unit(r) : ''
  if (cc === 'pe') {
    p.mobile = `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
    p.intl = `+51${p.mobile.replace(/\s/g, '')}`
    p.doc = String(v.int(r, 10000000, 79999999))
  } else if (cc === 'ar') {
    const sub = area.length === 2 ? `${v.int(r, 2000, 6999)}-${pad(v.int(r, 0, 9999), 4)}` : `${v.int(r, 500, 699)}-${pad(v.int(r, 0, 9999), 4)}`
    p.mobile = `+54 9 ${area} ${sub}`
    p.intl = `+549${area}${sub.replace('-', '')}`
    p.doc = String(v.int(r, 20000000, 45999999))
    p.barrio = v.pick(r, AR_BARRIOS[city])
    p.entre = `${v.pick(r, ['Scalabrini Ortiz', 'Godoy Cruz', 'Juramento', 'Av. Corrientes', 'Pellegrini'])} y ${v.pick(r, ['Malabia', 'Armenia', 'Olazábal', 'Mendoza', 'Zeballos'])}`
  } else if (cc === 'cl') {
    p.mobile = `+56 9 ${v.int(r, 5000, 9999)} ${v.int(r, 1000, 9999)}`
    p.intl = p.mobile.replace(/\s/g, '')
    p.rutNum = v.int(r, 8000000, 24999999)
    p.doc = rutFmt(p.rutNum)
  } else if (cc === 'mx') {
    p.mobile = area.length === 2 ? `${area} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : `${area} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
    p.intl = `+52${p.mobile.replace(/\s/g, '')}`
    p.doc = ''
  } else {
    p.mobile = `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '20'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
    p.intl = `+57${p.mobile.replace(/\s/g, '')}`
    p.fixed = `${area} ${v.int(r, 200, 799)} ${v.int(r, 1000, 9999)}`
    p.doc = String(v.int(r, 10000000, 1099999999))
  }
  laMemo.set(k, p)
  return p
}

// ---------------------------------------------------------------- label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const PL = (leaf) => `productListItems[0].${leaf}`
const OR = (leaf) => `commerce.order.${leaf}`
const SHIP = (leaf) => `commerce.shipping.address.${leaf}`
const PAY = (leaf) => `commerce.order.payments[0].${leaf}`
const SHIPMETHOD = ['commerce.shipping.shippingMethod', OR('orderType')]
const STORE = ['commerce.commerceScope.storeCode']
const CREATED = ['extSourceSystemAudit.createdDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const LIFETIME = ['loyalty.lifetimePurchases']

// ---------------------------------------------------------------- per-set helpers
// OlaClick (a Lima pollería and chifa taking orders through its OlaClick digital menu)
const OC_ITEMS = [['1/4 Pollo a la brasa + papas + ensalada', 24.9], ['1/2 Pollo a la brasa + papas fritas', 42.9], ['Arroz chaufa de pollo', 22.0], ['Lomo saltado', 32.0], ['Combo familiar: 1 pollo + papas + ensalada + gaseosa 1.5 L', 79.9], ['Tallarín saltado de carne', 29.0], ['Alitas BBQ x 8', 27.5]]
const OC_DRINKS = [['Chicha morada 1 L', 12.0], ['Gaseosa 500 ml', 5.0], ['Limonada frozen', 9.0]]
const ocType = (o) => ['Delivery', 'Delivery', 'Delivery', 'Para recoger', 'Comer en el local'][+o.id % 5]
const ocItem = (o) => OC_ITEMS[+o.id % OC_ITEMS.length]
const ocSub = (o) => +(ocItem(o)[1] * o.qty + (+o.id % 3 === 0 ? OC_DRINKS[+o.id % 3 + (+o.id % 2)][1] : 0)).toFixed(2)
const ocShip = (o) => (ocType(o) === 'Delivery' ? [5, 6, 7, 8][+o.id % 4] : 0)
const ocDisc = (o) => (o.discount ? +(ocSub(o) * 0.1).toFixed(2) : 0)
const ocTip = (o) => (+o.id % 4 === 1 ? 3 : 0)
const ocTotal = (o) => +(ocSub(o) + ocShip(o) - ocDisc(o) + ocTip(o)).toFixed(2)
const ocPay = (o) => ['Efectivo', 'Yape', 'Plin', 'Tarjeta (POS a la entrega)', 'Pago en línea', 'Yape'][+o.id % 6]
const ocStatus = (o) => ['Entregado', 'Entregado', 'Entregado', 'En camino', 'Cancelado', 'Entregado', 'Aceptado'][+o.id % 7]

// Pedix (an Argentine deli / fiambrería selling through a Pedix WhatsApp catalogue)
const pxOrders = (c) => (n(c) % 6 === 0 ? 1 : (n(c) % 11) + 1)
const pxSpent = (c) => pxOrders(c) * (9000 + (n(c) % 17) * 1350)

// Toteat (a Providencia restaurant, Santiago)
const TT_WAITERS = ['Camila R.', 'Jorge P.', 'Francisca M.', 'Ignacio V.', 'Barra']
const ttType = (o) => ['Salón', 'Salón', 'Salón', 'Para llevar', 'Delivery'][+o.id % 5]
const ttGross = (o) => Math.round(o.total * (620 + (n(o) % 9) * 90) / 10) * 10
const ttDisc = (o) => (o.discount ? Math.round(ttGross(o) * 0.15 / 10) * 10 : 0)
const ttTotal = (o) => ttGross(o) - ttDisc(o)
const ttNet = (o) => Math.round(ttTotal(o) / 1.19)
const ttTip = (o) => (ttType(o) === 'Salón' ? Math.round(ttTotal(o) * 0.1) : 0)

// Parrot (a Mexico City taquería, one row per item sold)
const PR_ITEMS = [['TAC-PAS-5', 'Tacos al pastor (orden de 5)', 'Tacos', 115], ['TAC-SUA-5', 'Tacos de suadero (orden de 5)', 'Tacos', 110], ['GRI-PAS', 'Gringa de pastor', 'Especialidades', 89], ['QSD-HON', 'Quesadilla de hongos', 'Antojitos', 62], ['AGU-JAM-1L', 'Agua de jamaica 1 L', 'Bebidas', 55], ['CER-355', 'Cerveza clara 355 ml', 'Bebidas', 48], ['FLN-NAP', 'Flan napolitano', 'Postres', 58]]
const PR_MODS = ['', '', 'Sin cebolla', 'Con todo', 'Extra piña', 'Salsa verde aparte', 'Con queso']
const prItem = (o, i) => PR_ITEMS[(+o.id + i) % PR_ITEMS.length]
const prLine = (o, i) => prItem(o, i)[3] * o.qty
const prDisc = (o, i) => (o.discount ? +(prLine(o, i) * 0.1).toFixed(2) : 0)
const prOrderTotal = (o, i) => +(prLine(o, i) - prDisc(o, i) + [0, 115, 48, 62, 110][+o.id % 5]).toFixed(2)
const prType = (o) => ['Comer aquí', 'Comer aquí', 'Para llevar', 'A domicilio', 'Para recoger'][+o.id % 5]
const prCancel = (o) => +o.id % 13 === 0

// Hiopos (a Valencian bakery-café chain, HioOffice customer list with "Club Forn" points cards)
const ES_FEMALE = new Set(['Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'])
const HP_TYPES = ['Tarjeta Club Forn', 'Tarjeta Club Forn', 'Tarjeta Club Forn Oro', 'Tarjeta Regalo']
const hpPoints = (c) => (n(c) * 13) % 2400
const hpSpent = (c) => (n(c) % 900) + 35.5

// Pagos360 (an Argentine private school collecting fees through payment requests)
const P3_METHODS = [['Tarjeta de débito', 'Online'], ['Tarjeta de crédito', 'Online'], ['Efectivo', 'Rapipago'], ['Efectivo', 'Pago Fácil'], ['Transferencia', 'DEBIN'], ['Efectivo', 'Red Link']]
const p3Status = (o) => ['Pagada', 'Pagada', 'Acreditada', 'Acreditada', 'Pendiente', 'Vencida', 'Cancelada'][+o.id % 7]
const p3Paid = (o) => ['Pagada', 'Acreditada'].includes(p3Status(o))
const p3Amt = (o) => Math.round(o.total * 900) + 0.5 * (+o.id % 2)
const p3Method = (o) => P3_METHODS[+o.id % P3_METHODS.length]

// Paylands (a Madrid online wine shop; cards through Redsys, and Bizum)
const plStatus = (o) => ['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'REFUSED', 'SUCCESS', 'REFUNDED', 'CANCELLED'][+o.id % 8]
const plMethod = (o) => ['Tarjeta', 'Tarjeta', 'Bizum', 'Tarjeta', 'Apple Pay', 'Bizum', 'Google Pay'][+o.id % 7]
const plAmt = (o) => +(o.total * 1.4 + 5.9).toFixed(2)

// Mercately (a Guadalajara cosmetics shop selling over WhatsApp)
const MC_TAGS = ['', 'cliente frecuente', 'mayoreo', 'pidió catálogo', 'envío pendiente', 'promo buen fin']
const MC_AGENTS = ['Karla Ruiz', 'Brenda Salas', 'Óscar Medina', '']
const MC_STAGES = ['Nuevo lead', 'Interesado', 'Cotización enviada', 'Compra realizada', 'Cliente recurrente']

// Factura.com (a Mexican industrial-supplies wholesaler's invoice recipients: companies, and every third row a persona
// física invoicing in their own name)
const FC_PRE = ['DISTRIBUIDORA', 'COMERCIALIZADORA', 'SERVICIOS INTEGRALES', 'CONSTRUCTORA', 'GRUPO INDUSTRIAL', 'TRANSPORTES', 'ALIMENTOS']
const FC_MID = ['DEL BAJÍO', 'NORTEÑA', 'ROMA', 'DEL PACÍFICO', 'AZTECA', 'TAPATÍA', 'DEL GOLFO']
const FC_SUF = ['SA DE CV', 'SA DE CV', 'SAPI DE CV', 'S DE RL DE CV', 'SC']
const FC_USO = ['G01 - Adquisición de mercancías', 'G03 - Gastos en general', 'G03 - Gastos en general', 'I04 - Equipo de computo y accesorios']
const fcMemo = new Map()
const fc = (c, i) => {
  const k = `${c.id}:${i}`
  if (fcMemo.has(k)) return fcMemo.get(k)
  const p = la(c, 'mx'), b = shift(c.birth, 0), r = v.rng(+c.id * 31 + i)
  let f
  if (i % 3 === 2) {
    f = { pf: true, rs: `${p.first} ${p.last}`.toUpperCase(), reg: v.pick(r, ['612 - Personas Físicas con Actividades Empresariales y Profesionales', '626 - Régimen Simplificado de Confianza']), uso: 'G03 - Gastos en general',
      rfc: `${slug(p.last1).slice(0, 2)}${slug(p.last2)[0]}${slug(p.first)[0]}${String(b.y).slice(2)}${pad(b.m)}${pad(b.d)}${v.alnum(r, 3)}`.toUpperCase(), email: p.email }
  } else {
    const pre = FC_PRE[i % 7], mid = FC_MID[(3 * i + 1) % 7], suf = FC_SUF[i % FC_SUF.length]
    const dom = `${slug(pre).slice(0, 4)}${slug(mid).replace(/^del/, '')}.com.mx`
    f = { pf: false, rs: `${pre} ${mid} ${suf}`, reg: suf === 'SC' ? '603 - Personas Morales con Fines no Lucrativos' : '601 - General de Ley Personas Morales', uso: v.pick(r, FC_USO),
      rfc: `${pre[0]}${mid.replace(/^DEL /, '')[0]}${suf[0]}${pad(v.int(r, 5, 22))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.alnum(r, 3)}`.toUpperCase(), dom, email: `${slug(p.first)}.${slug(p.last1)}@${dom}` }
  }
  fcMemo.set(k, f)
  return f
}

// Envíame (a Chilean home-goods e-shop's shipments)
const EV_COURIERS = [['Chilexpress', 'Día hábil siguiente'], ['Starken', 'Normal'], ['Blue Express', 'Express'], ['Chilexpress', 'Mismo día'], ['Starken', 'Normal']]
const evStatus = (o) => ['Entregado', 'Entregado', 'En tránsito', 'En reparto', 'Entregado', 'Incidencia', 'Creado'][+o.id % 7]
const evShip = (o) => [3490, 4290, 2990, 5990, 3990][+o.id % 5]

// Cuponatic (a Lima merchant's deals, one row per coupon sold)
// [id oferta, oferta, opción, precio Cuponatic, precio normal]
const CU_DEALS = [['418273', 'Masaje relajante de 60 min + sauna en Miraflores', 'Para 1 persona', 59.9, 160], ['418273', 'Masaje relajante de 60 min + sauna en Miraflores', 'Para 2 personas', 109.9, 320], ['420911', 'Limpieza facial profunda con hidratación', 'Sesión única', 39.9, 120], ['421540', 'Buffet criollo libre en Barranco', 'Almuerzo para 2', 79.9, 150], ['422066', 'Full day a Paracas e Islas Ballestas', 'Por persona', 149.0, 260]]
const cuDeal = (o) => CU_DEALS[+o.id % CU_DEALS.length]
const cuStatus = (o) => ['Canjeado', 'Canjeado', 'Vigente', 'Vigente', 'Vencido', 'Devuelto'][+o.id % 6]

// Loggro (a Medellín restaurant's customers, set up for DIAN electronic invoicing)
const LG_DOCS = ['Cédula de ciudadanía', 'Cédula de ciudadanía', 'Cédula de ciudadanía', 'NIT', 'Cédula de extranjería']

export const SETS = [
  // ---------------------------------------------------------------- OlaClick: orders (es, Peru)
  { name: 'olaclick-pedidos-export-es', product: 'OlaClick (panel: Pedidos > Historial > Descargar Excel, Spanish UI, a Lima pollería and chifa taking orders from its OlaClick digital menu, one row per order)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Código', (c, o) => `#${pad(+o.id % 100000, 5)}`, [OR('purchaseID'), '_id']],
    ['Fecha de creación', (c, o) => limaT(ocAt(o)), ['timestamp', OR('createdDate')]],
    ['Tipo de pedido', (c, o) => ocType(o), SHIPMETHOD, opt],
    ['Estado', (c, o) => ocStatus(o), [], opt],
    ['Origen', (c, o) => ['Menú digital', 'Menú digital', 'WhatsApp', 'Pedido manual'][+o.id % 4], [], opt],
    ['Cliente', (c) => la(c, 'pe').full, []],
    ['Teléfono', (c) => la(c, 'pe').intl, PHONE_ID, opt],
    ['Correo', (c, o, r) => (r() < 0.55 ? la(c, 'pe').email : ''), EMAIL_ID, opt],
    ['Dirección', (c, o) => (ocType(o) === 'Delivery' ? la(c, 'pe').street : ''), [SHIP('street1')]],
    ['Referencia', (c, o, r) => (ocType(o) === 'Delivery' ? v.pick(r, ['Frente al parque', 'Edificio azul, timbre 3', 'Al costado de la farmacia', la(c, 'pe').unit || 'Casa de rejas negras']) : ''), [SHIP('street2')], opt],
    ['Distrito', (c, o) => (ocType(o) === 'Delivery' ? la(c, 'pe').city : ''), [SHIP('city')]],
    ['Zona de reparto', (c, o) => (ocType(o) === 'Delivery' ? `Zona ${['A', 'B', 'C'][+o.id % 3]} - S/ ${ocShip(o).toFixed(2)}` : ''), []],
    ['Mesa', (c, o) => (ocType(o) === 'Comer en el local' ? `Mesa ${(+o.id % 14) + 1}` : ''), []],
    ['Productos', (c, o) => `${o.qty}x ${ocItem(o)[0]}${+o.id % 3 === 0 ? `, 1x ${OC_DRINKS[+o.id % 3 + (+o.id % 2)][0]}` : ''}`, [PL('name')], opt],
    ['Cant. productos', (c, o) => String(o.qty + (+o.id % 3 === 0 ? 1 : 0)), []],
    ['Comentario', (c, o, r) => v.pick(r, ['', '', '', 'Sin ají por favor', 'Papas bien crocantes', 'Llamar al llegar']), []],
    ['Subtotal', (c, o) => sol(ocSub(o)), [], opt],
    ['Costo de envío', (c, o) => sol(ocShip(o)), ['commerce.shipping.shippingAmount']],
    ['Descuento', (c, o) => sol(ocDisc(o)), [OR('discountAmount')]],
    ['Cupón', (c, o) => (o.discount ? 'POLLOLOVER10' : ''), ['commerce.promotionID'], opt],
    ['Propina', (c, o) => sol(ocTip(o)), []],
    ['Total', (c, o) => sol(ocTotal(o)), [OR('priceTotal'), PAY('paymentAmount')]],
    ['Moneda', () => 'PEN', [OR('currencyCode'), PAY('currencyCode')]],
    ['Método de pago', (c, o) => ocPay(o), [PAY('paymentType')]],
    ['Estado de pago', (c, o) => (ocStatus(o) === 'Cancelado' ? 'Anulado' : ocPay(o) === 'Pago en línea' || ocStatus(o) === 'Entregado' ? 'Pagado' : 'Pendiente'), [], opt],
    ['Paga con', (c, o) => (ocPay(o) === 'Efectivo' ? sol(Math.ceil(ocTotal(o) / 50) * 50) : ''), []],
    ['Repartidor', (c, o) => (ocType(o) === 'Delivery' ? ['Jhonatan', 'Piero', 'Delivery propio', 'Kevin'][+o.id % 4] : ''), []],
    ['Fecha de entrega', (c, o) => (ocStatus(o) === 'Entregado' ? limaT(ocAt(o) + (35 + (+o.id % 30)) * 60000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- Pedix: customers (es, Argentina)
  { name: 'pedix-clientes-export-es', product: 'Pedix (panel de la tienda: Clientes > Exportar a Excel, Spanish UI, an Argentine deli selling through its Pedix WhatsApp catalogue)', family: 'ecommerce-customers', language: 'es', schema: P, cols: [
    ['ID', (c) => String(880000 + n(c) % 99000), ID],
    ['Nombre y apellido', (c) => la(c, 'ar').full, ['person.name.fullName']],
    ['Teléfono', (c) => la(c, 'ar').mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.7 ? la(c, 'ar').email : ''), ['personalEmail.address']],
    ['DNI/CUIT', (c, o, r) => (r() < 0.4 ? la(c, 'ar').doc : ''), ['person.taxId'], opt],
    ['Dirección', (c) => la(c, 'ar').street, H('street1')],
    ['Piso/Depto', (c) => la(c, 'ar').unit, H('street2')],
    ['Entre calles', (c, o, r) => (r() < 0.5 ? la(c, 'ar').entre : ''), []],
    ['Barrio', (c) => la(c, 'ar').barrio, [], opt],
    ['Localidad', (c) => la(c, 'ar').city, H('city')],
    ['Provincia', (c) => la(c, 'ar').region, HSTATE],
    ['Código postal', (c) => la(c, 'ar').zip, H('postalCode')],
    ['Cantidad de pedidos', (c) => String(pxOrders(c)), []],
    ['Total comprado', (c) => ars(pxSpent(c)), LIFETIME, opt],
    ['Ticket promedio', (c) => ars(pxSpent(c) / pxOrders(c)), []],
    ['Primer pedido', (c) => dmy(c.created, -3), [], opt],
    ['Último pedido', (c) => dmy(Math.max(c.created, c.updated), -3), [], opt],
    ['Forma de entrega habitual', (c) => ['Envío a domicilio', 'Retiro en el local', 'Envío a domicilio'][n(c) % 3], []],
    ['Medio de pago habitual', (c) => ['Efectivo', 'Transferencia', 'Mercado Pago', 'Transferencia'][n(c) % 4], []],
    ['Acepta promociones', (c) => siNo(c.bool), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'mayorista', 'picadas', 'cliente VIP', 'sin TACC']), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Tocar timbre 2', 'Prefiere que le escriban por WhatsApp']), []],
    ['Fecha de alta', (c) => dmy(c.created, -3), [], opt],
  ] },

  // ---------------------------------------------------------------- Toteat: POS orders (es, Chile)
  { name: 'toteat-reporte-ventas-es', product: 'Toteat (backoffice: Reportes > Ventas > Detalle de órdenes > Exportar Excel, Spanish UI, a Providencia restaurant, one row per order)', family: 'pos', language: 'es', schema: E, cols: [
    ['N° Orden', (c, o) => String(210000 + n(o) % 90000), ['_id', OR('purchaseID')]],
    ['Local', () => 'Providencia', STORE, opt],
    ['Fecha Apertura', (c, o, r) => clT(ttAt(o) - v.int(r, 15, 110) * 60000), [OR('createdDate'), 'timestamp'], opt],
    ['Fecha Cierre', (c, o) => clT(ttAt(o)), ['timestamp']],
    ['Turno', (c, o) => (shift(ttAt(o), clOff(ttAt(o))).H < 17 ? 'Almuerzo' : 'Cena'), []],
    ['Caja', (c, o) => (ttType(o) === 'Delivery' ? 'Caja Delivery' : 'Caja Principal'), []],
    ['Sala', (c, o) => (ttType(o) === 'Salón' ? ['Salón', 'Terraza', 'Barra'][+o.id % 3] : ''), []],
    ['Mesa', (c, o) => (ttType(o) === 'Salón' ? String((+o.id % 24) + 1) : ''), []],
    ['Garzón', (c, o) => (ttType(o) === 'Salón' ? TT_WAITERS[+o.id % TT_WAITERS.length] : 'Caja'), []],
    ['Comensales', (c, o) => (ttType(o) === 'Salón' ? String(o.qty + 1) : '0'), []],
    ['Tipo de Venta', (c, o) => ttType(o), SHIPMETHOD, opt],
    ['Canal', (c, o) => (ttType(o) === 'Delivery' ? ['Rappi', 'Uber Eats', 'PedidosYa'][+o.id % 3] : 'Toteat'), [], opt],
    ['Subtotal', (c, o) => String(ttGross(o)), [], opt],
    ['Descuento', (c, o) => String(ttDisc(o)), [OR('discountAmount')]],
    ['Neto', (c, o) => String(ttNet(o)), []],
    ['IVA', (c, o) => String(ttTotal(o) - ttNet(o)), [OR('taxAmount')]],
    ['Total', (c, o) => String(ttTotal(o)), [OR('priceTotal'), PAY('paymentAmount')]],
    ['Propina', (c, o) => String(ttTip(o)), []],
    ['Total + Propina', (c, o) => String(ttTotal(o) + ttTip(o)), [PAY('paymentAmount')], opt],
    ['Medio de Pago', (c, o) => ['Tarjeta de Crédito', 'Tarjeta de Débito', 'Efectivo', 'Transferencia', 'Tarjeta de Débito', 'App Delivery'][+o.id % 6], [PAY('paymentType')]],
    ['Tipo Documento', (c, o) => (+o.id % 9 === 4 ? 'Factura Electrónica' : 'Boleta Electrónica'), [], opt],
    ['Folio', (c, o) => String(48000 + n(o) % 9000), [], opt],
    ['RUT Cliente', (c, o) => (+o.id % 9 === 4 ? '76.318.442-7' : ''), []],
    ['Razón Social', (c, o) => (+o.id % 9 === 4 ? 'Inversiones Los Aromos SpA' : ''), []],
    ['Estado', (c, o) => (+o.id % 17 === 0 ? 'Anulada' : 'Cerrada'), [], opt],
    ['Comentario', (c, o, r) => v.pick(r, ['', '', '', 'Cumpleaños mesa 12', 'Cortesía postre', 'Sin gluten']), []],
  ] },

  // ---------------------------------------------------------------- Parrot: sales by product (es, Mexico)
  { name: 'parrot-ventas-por-producto-es', product: 'Parrot (Portal Administrador: Reportes > Ventas > Ver ventas > Exportar, Spanish (Mexico) UI, a Mexico City taquería, one row per item sold)', family: 'pos', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => String(30000 + n(o) % 60000), [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => mxD(prAt(o)), ['timestamp']],
    ['Hora', (c, o) => mxH(prAt(o)), [], opt],
    ['Sucursal', (c, o) => (+o.id % 3 === 0 ? 'Taquería Don Chuy - Narvarte' : 'Taquería Don Chuy - Roma'), STORE, opt],
    ['Tipo de orden', (c, o) => prType(o), SHIPMETHOD, opt],
    ['Mesa', (c, o) => (prType(o) === 'Comer aquí' ? `M${(+o.id % 18) + 1}` : ''), []],
    ['Mesero', (c, o) => (prType(o) === 'Comer aquí' ? ['Luis', 'Maricela', 'Toño', 'Yesenia'][+o.id % 4] : 'Mostrador'), []],
    ['Comensales', (c, o) => (prType(o) === 'Comer aquí' ? String(o.qty + 1) : ''), []],
    ['Categoría', (c, o, r, i) => prItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Producto', (c, o, r, i) => prItem(o, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => prItem(o, i)[0], [PL('SKU')]],
    ['Modificadores', (c, o, r, i) => (prItem(o, i)[2] === 'Tacos' ? PR_MODS[(+o.id + i) % PR_MODS.length] : ''), [PL('selectedOptions[0].value')], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => mxn(prItem(o, i)[3]), [], opt],
    ['Descuento', (c, o, r, i) => mxn(prDisc(o, i)), [PL('discountAmount')]],
    ['Importe', (c, o, r, i) => mxn(prLine(o, i) - prDisc(o, i)), [PL('priceTotal')]],
    ['IVA', (c, o, r, i) => mxn(+((prLine(o, i) - prDisc(o, i)) * 0.16 / 1.16).toFixed(2)), []],
    ['Total de la orden', (c, o, r, i) => mxn(prOrderTotal(o, i)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => ['Efectivo', 'Tarjeta de crédito', 'Tarjeta de débito', 'Efectivo', 'Transferencia', 'App de terceros'][+o.id % 6], [PAY('paymentType')]],
    ['Propina', (c, o) => (prType(o) === 'Comer aquí' ? mxn(Math.round(prOrderTotal(o, 0) * 0.1)) : mxn(0)), []],
    ['Cancelado', (c, o) => siNo(prCancel(o)), []],
    ['Razón de cancelación', (c, o) => (prCancel(o) ? ['Error de captura', 'Cliente se retiró'][+o.id % 2] : ''), []],
    ['Caja', (c, o) => (+o.id % 2 ? 'Caja 1' : 'Caja 2'), []],
    ['Turno', (c, o) => (shift(prAt(o), -6).H < 16 ? 'Matutino' : 'Vespertino'), []],
  ] },

  // ---------------------------------------------------------------- Hiopos: customers with loyalty cards (es, Spain)
  { name: 'hiopos-hioffice-clientes-es', product: 'Hiopos (HioOffice: Clientes > Exportar a Excel, with the Fidelización module\'s card columns, Spanish UI, a Valencian bakery-café chain)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Código', (c) => String(n(c) % 40000 + 1), ID],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c) => `${c.last} ${['Martí', 'Ferrer', 'Navarro', 'Soler', 'Ruiz'][n(c) % 5]}`, LN],
    ['Tipo', (c) => (n(c) % 15 === 0 ? 'Persona jurídica' : 'Persona física'), []],
    ['Género', (c) => (n(c) % 7 === 0 ? '' : ES_FEMALE.has(c.first) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Teléfono 1', (c) => c.mobile.replace('+34 ', ''), ['mobilePhone.number', 'homePhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.25 ? c.phone.replace('+34 ', '') : ''), ['homePhone.number'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Tipo de documento', (c) => (n(c) % 11 === 0 ? 'Pasaporte' : 'NIF'), []],
    ['Número de documento', (c, o, r) => (r() < 0.6 ? `${pad(n(c) * 97 % 100000000, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[(n(c) * 97 % 100000000) % 23]}` : ''), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.5 ? dob(c.birth) : ''), ['person.birthDate']],
    ['Tipo de cliente', (c) => ['Estándar', 'Estándar', 'Estándar', 'VIP', 'Empleado'][n(c) % 5], [], opt],
    ['Dirección', (c) => c.street, H('street1')],
    ['Código postal', (c) => c.postcode, H('postalCode')],
    ['Población', (c) => c.city, H('city')],
    ['Provincia', (c) => c.region, HSTATE],
    ['País', () => 'España', H('country')],
    ['Tarifa', (c) => (n(c) % 5 === 4 ? 'Tarifa empleados' : 'Tarifa general'), []],
    ['Forma de pago', (c) => ['', '', 'Tarjeta', 'Efectivo'][n(c) % 4], []],
    ['Tarjeta', (c) => `9724${pad(n(c) * 331 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Tipo de tarjeta', (c) => HP_TYPES[n(c) % HP_TYPES.length], ['loyalty.program'], opt],
    ['Puntos', (c) => String(hpPoints(c)), ['loyalty.points']],
    ['Saldo', (c) => eur(HP_TYPES[n(c) % HP_TYPES.length] === 'Tarjeta Regalo' ? 25 : (n(c) % 40) / 4), []],
    ['Fecha de alta', (c) => esD(c.created), ['loyalty.joinDate'], opt],
    ['Última venta', (c) => esD(Math.max(c.created, c.updated)), [], opt],
    ['Total ventas', (c) => eur(hpSpent(c)), LIFETIME, opt],
    ['Acepta publicidad', (c) => siNo(c.bool), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Intolerante a la lactosa', 'Encargo fijo los sábados']), []],
  ] },

  // ---------------------------------------------------------------- Pagos360: payment requests (es, Argentina)
  { name: 'pagos360-solicitudes-de-pago-es', product: 'Pagos360 (panel: Solicitudes de Pago > Exportar, Spanish UI, an Argentine private school collecting monthly fees, one row per payment request)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(12400000 + n(o) * 7), ['_id', PAY('transactionID')]],
    ['Estado', (c, o) => p3Status(o), [], opt],
    ['Fecha de creación', (c, o) => baT(o.at), ['timestamp', OR('createdDate')]],
    ['Descripción', (c, o) => `Cuota ${['Marzo', 'Abril', 'Mayo', 'Junio', 'Agosto', 'Septiembre'][+o.id % 6]} - ${['1° grado', '3° grado', '5° año', 'Sala de 5'][+o.id % 4]}`, []],
    ['Referencia externa', (c, o) => `ALU-${pad(n(c) % 9000, 4)}-${pad(+o.id % 100, 2)}`, [OR('purchaseID')]],
    ['Pagador', (c) => la(c, 'ar').full, []],
    ['Email del pagador', (c) => la(c, 'ar').email, EMAIL_ID, opt],
    ['Primer vencimiento', (c, o) => dmy(o.at + 10 * day, -3), []],
    ['Importe primer vencimiento', (c, o) => ars(p3Amt(o)), [OR('priceTotal')], opt],
    ['Segundo vencimiento', (c, o) => dmy(o.at + 20 * day, -3), []],
    ['Importe segundo vencimiento', (c, o) => ars(+(p3Amt(o) * 1.05).toFixed(2)), []],
    ['Fecha de pago', (c, o) => (p3Paid(o) ? baT(o.at + (2 + (+o.id % 8)) * day) : ''), ['timestamp'], opt],
    ['Importe pagado', (c, o) => (p3Paid(o) ? ars(p3Amt(o)) : ''), [PAY('paymentAmount'), OR('priceTotal')]],
    ['Medio de pago', (c, o) => (p3Paid(o) ? p3Method(o)[0] : ''), [PAY('paymentType')]],
    ['Canal de pago', (c, o) => (p3Paid(o) ? p3Method(o)[1] : ''), [], opt],
    ['Fecha de acreditación', (c, o) => (p3Status(o) === 'Acreditada' ? dmy(o.at + (4 + (+o.id % 8)) * day, -3) : ''), []],
    ['Comisión', (c, o) => (p3Paid(o) ? ars(+(p3Amt(o) * 0.029).toFixed(2)) : ''), []],
    ['IVA comisión', (c, o) => (p3Paid(o) ? ars(+(p3Amt(o) * 0.029 * 0.21).toFixed(2)) : ''), []],
    ['Importe neto', (c, o) => (p3Paid(o) ? ars(+(p3Amt(o) * (1 - 0.029 * 1.21)).toFixed(2)) : ''), []],
    ['Código de barras', (c, o) => `2934${pad(n(o) * 17 % 1e8, 8)}${pad(n(c) % 1e6, 6)}${pad(+o.id % 1e4, 4)}`, []],
    ['Link de pago', (c, o) => `https://checkout.pagos360.com/payment-request/${12400000 + n(o) * 7}`, []],
  ] },

  // ---------------------------------------------------------------- Paylands: orders (es, Spain)
  { name: 'paylands-pedidos-export-es', product: 'Paylands (Paynopain; backoffice: Pedidos > Exportar CSV, Spanish UI, a Madrid online wine shop taking cards and Bizum, one row per order with its last transaction)', family: 'payments', language: 'es', schema: E, cols: [
    ['UUID pedido', (c, o, r) => v.uuid(r).toUpperCase(), ['_id']],
    ['Fecha de creación', (c, o) => dmyHMS(o.at, esOff(o.at)), ['timestamp']],
    ['Última actualización', (c, o) => dmyHMS(o.at + (40 + (+o.id % 300)) * 1000, esOff(o.at)), [], opt],
    ['Referencia', (c, o) => `VN-${pad(n(o) % 99999, 6)}`, [OR('purchaseID')]],
    ['Descripción', (c, o) => `Pedido VN-${pad(n(o) % 99999, 6)} Vinoteca online`, []],
    ['Estado', (c, o) => plStatus(o), [], opt],
    ['Pagado', (c, o) => siNo(plStatus(o) === 'SUCCESS' || plStatus(o) === 'REFUNDED'), []],
    ['Importe', (c, o) => eur(plAmt(o)), [PAY('paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'EUR', [PAY('currencyCode'), OR('currencyCode')]],
    ['Importe devuelto', (c, o) => eur(plStatus(o) === 'REFUNDED' ? plAmt(o) : 0), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Servicio', (c, o) => (plMethod(o) === 'Bizum' ? 'BIZUM' : 'REDSYS'), [], opt],
    ['Cliente', (c) => `cli_${n(c) % 90000 + 10000}`, [], opt],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['UUID transacción', (c, o, r) => v.uuid(r).toUpperCase(), [PAY('transactionID'), '_id'], opt],
    ['Operativa', (c, o) => (plStatus(o) === 'REFUNDED' ? 'REFUND' : 'AUTHORIZATION'), [], opt],
    ['Autorización', (c, o) => (plStatus(o) === 'SUCCESS' || plStatus(o) === 'REFUNDED' ? pad((n(o) * 37) % 1e6, 6) : ''), [], opt],
    ['Error', (c, o) => (plStatus(o) === 'REFUSED' ? 'DENIED_BY_ISSUER' : 'NONE'), []],
    ['Método de pago', (c, o) => plMethod(o), [PAY('paymentType')]],
    ['Marca', (c, o) => (plMethod(o) === 'Bizum' ? '' : ['VISA', 'MASTERCARD', 'VISA', 'AMEX'][+o.id % 4]), [PAY('paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => (plMethod(o) === 'Bizum' ? '' : +o.id % 3 ? 'DEBIT' : 'CREDIT'), []],
    ['Titular', (c) => `${c.first} ${c.last[0]}`, []],
    ['BIN', (c, o) => (plMethod(o) === 'Bizum' ? '' : String(['454881', '540007', '491671', '375510'][+o.id % 4])), []],
    ['Últimos 4', (c, o) => (plMethod(o) === 'Bizum' ? '' : pad(n(o) % 10000, 4)), []],
    ['País tarjeta', (c, o) => (plMethod(o) === 'Bizum' ? '' : +o.id % 11 === 0 ? 'PT' : 'ES'), []],
    ['Banco emisor', (c, o) => (plMethod(o) === 'Bizum' ? '' : ['CAIXABANK, S.A.', 'BANCO SANTANDER, S.A.', 'BANCO BILBAO VIZCAYA ARGENTARIA, S.A.', 'BANCO DE SABADELL, S.A.'][+o.id % 4]), []],
    ['Prepago', (c, o) => (plMethod(o) === 'Bizum' ? '' : +o.id % 13 === 0 ? 'Sí' : 'No'), []],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- Mercately: CRM contacts (English column keys, Mexico)
  { name: 'mercately-crm-clientes-export', product: 'Mercately (CRM > Exportar clientes, Excel with the same English column keys as its import template; Spanish UI, a Guadalajara cosmetics shop selling over WhatsApp)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(5100000 + n(c) * 3), ID],
    ['First Name', (c) => la(c, 'mx').first, FN],
    ['Last Name', (c) => la(c, 'mx').last, LN],
    ['Email', (c, o, r) => (r() < 0.6 ? la(c, 'mx').email : ''), ['personalEmail.address']],
    ['Phone', (c) => la(c, 'mx').intl.replace('+', ''), ['mobilePhone.number']],
    ['Id Type', (c, o, r) => (r() < 0.3 ? v.pick(r, ['INE', 'RFC', 'CURP']) : ''), []],
    ['Id Number', (c, o, r) => (r() < 0.3 ? `${slug(la(c, 'mx').last1).slice(0, 2).toUpperCase()}${slug(la(c, 'mx').last2).slice(0, 1).toUpperCase()}${slug(la(c, 'mx').first).slice(0, 1).toUpperCase()}${String(shift(c.birth, 0).y).slice(2)}${pad(shift(c.birth, 0).m)}${pad(shift(c.birth, 0).d)}${v.alnum(r, 3).toUpperCase()}` : ''), ['person.taxId'], opt],
    ['Address', (c, o, r) => (r() < 0.5 ? `${la(c, 'mx').street}, Col. ${la(c, 'mx').colonia}` : ''), H('street1')],
    ['City', (c) => la(c, 'mx').city, H('city')],
    ['State', (c) => la(c, 'mx').region, HSTATE],
    ['Zip Code', (c, o, r) => (r() < 0.5 ? la(c, 'mx').zip : ''), H('postalCode')],
    ['Country', () => 'MX', [...H('countryCode'), ...H('country')]],
    ['Tags', (c, o, r, i) => MC_TAGS[(n(c) + i) % MC_TAGS.length], []],
    ['Agent', (c) => MC_AGENTS[n(c) % MC_AGENTS.length], []],
    ['Channel', (c) => ['WhatsApp', 'WhatsApp', 'Instagram', 'Messenger'][n(c) % 4], [], opt],
    ['Funnel Stage', (c) => MC_STAGES[n(c) % MC_STAGES.length], []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Piel mixta, pidió muestra de sérum', 'Envíos a oficina de 9 a 6']), []],
    ['WhatsApp Opt-in', (c) => (c.bool ? 'true' : 'false'), []],
    ['Blocked', (c) => (n(c) % 23 === 0 ? 'true' : 'false'), []],
    ['Orders', (c) => String(n(c) % 7), []],
    ['Total Spent', (c) => ((n(c) % 7) ? ((n(c) % 7) * (420 + n(c) % 600)).toFixed(2) : '0.00'), LIFETIME, opt],
    ['Last Interaction', (c) => ymdHMS(Math.max(c.created, c.updated), -6), [], opt],
    ['Created At', (c) => ymdHMS(c.created, -6), [], opt],
  ] },

  // ---------------------------------------------------------------- Factura.com: invoice clients (es, Mexico)
  { name: 'facturacom-clientes-export-es', product: 'Factura.com (panel: Clientes > Exportar a Excel, Spanish UI, a Mexican industrial-supplies wholesaler\'s CFDI 4.0 recipients, one row per client (companies with their contact person, and personas físicas))', family: 'invoicing', language: 'es', schema: B, cols: [
    ['UID', (c, o, r) => `${v.hex(r, 13)}`, B2BID],
    ['RFC', (c, o, r, i) => fc(c, i).rfc, []],
    ['Razón social', (c, o, r, i) => fc(c, i).rs, ['b2b.companyName', 'organizations[0]']],
    ['Régimen fiscal', (c, o, r, i) => fc(c, i).reg, []],
    ['Uso CFDI', (c, o, r, i) => fc(c, i).uso, []],
    ['Calle', (c) => la(c, 'mx').street.replace(/ \d+$/, ''), W('street1')],
    ['Número exterior', (c) => la(c, 'mx').street.match(/\d+$/)[0], [], opt],
    ['Número interior', (c) => la(c, 'mx').unit.replace('Int. ', ''), W('street2'), opt],
    ['Colonia', (c) => la(c, 'mx').colonia, [...W('street2'), ...W('street3')], opt],
    ['Código postal', (c) => la(c, 'mx').zip, W('postalCode')],
    ['Ciudad', (c) => (la(c, 'mx').region === 'Ciudad de México' ? 'Ciudad de México' : la(c, 'mx').city), W('city')],
    ['Delegación o municipio', (c) => la(c, 'mx').city, W('city'), opt],
    ['Localidad', () => '', [], opt],
    ['Estado', (c) => la(c, 'mx').region, WSTATE],
    ['País', () => 'MEX', W('country'), opt],
    ['NumRegIdTrib', () => '', []],
    ['Nombre', (c) => la(c, 'mx').first, FN],
    ['Apellidos', (c) => la(c, 'mx').last, LN],
    ['Correo electrónico', (c, o, r, i) => fc(c, i).email, ['workEmail.address', 'personalEmail.address']],
    ['Correo electrónico 2', (c, o, r, i) => (!fc(c, i).pf && r() < 0.5 ? `facturas@${fc(c, i).dom}` : ''), [], opt],
    ['Correo electrónico 3', (c, o, r, i) => (!fc(c, i).pf && r() < 0.2 ? `cxp@${fc(c, i).dom}` : ''), [], opt],
    ['Teléfono', (c) => la(c, 'mx').mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Fecha de alta', (c) => ymd(c.created, -6), ['extSourceSystemAudit.createdDate'], opt],
    ['Facturas emitidas', (c) => String(n(c) % 60 + 1), []],
    ['Total facturado', (c) => mxn((n(c) % 60 + 1) * (3800 + n(c) % 9000)), []],
  ] },

  // ---------------------------------------------------------------- Envíame: shipments (es, Chile)
  { name: 'enviame-envios-export-es', product: 'Envíame (plataforma: Envíos > Exportar CSV, Spanish UI, a Chilean home-goods e-shop\'s parcels handed to several couriers, one row per shipment)', family: 'shipments', language: 'es', schema: E, cols: [
    ['ID Envío', (c, o) => String(51000000 + n(o) * 19), ['_id']],
    ['N° Orden', (c, o) => `${14000 + n(o) % 9000}`, [OR('purchaseID')]],
    ['Tienda', () => 'Casa Nativa', STORE, opt],
    ['Fecha de creación', (c, o) => clIso(o.at), ['timestamp']],
    ['Estado', (c, o) => evStatus(o), [], opt],
    ['Courier', (c, o) => EV_COURIERS[+o.id % EV_COURIERS.length][0], ['commerce.shipping.shippingMethod'], opt],
    ['Servicio', (c, o) => EV_COURIERS[+o.id % EV_COURIERS.length][1], ['commerce.shipping.shippingMethod'], opt],
    ['N° de seguimiento', (c, o) => (evStatus(o) === 'Creado' ? '' : String(99700000000 + n(o) * 131)), ['commerce.shipping.trackingNumber']],
    ['Destinatario', (c) => la(c, 'cl').full, []],
    ['Teléfono', (c) => la(c, 'cl').mobile, PHONE_ID, opt],
    ['Email', (c) => la(c, 'cl').email, EMAIL_ID, opt],
    ['Dirección', (c) => la(c, 'cl').street, [SHIP('street1')]],
    ['Depto/Oficina', (c) => la(c, 'cl').unit, [SHIP('street2')]],
    ['Comuna', (c) => la(c, 'cl').city, [SHIP('city')]],
    ['Región', (c) => la(c, 'cl').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Bultos', (c, o) => String(o.qty > 2 ? 2 : 1), []],
    ['Peso (kg)', (c, o) => (o.qty * 1.35).toFixed(2).replace('.', ','), []],
    ['Valor declarado', (c, o) => clp(Math.round(o.total * 950 / 10) * 10), [OR('priceTotal')], opt],
    ['Costo de envío', (c, o) => clp(evShip(o)), ['commerce.shipping.shippingAmount']],
    ['Fecha de retiro', (c, o) => (evStatus(o) === 'Creado' ? '' : clIso(o.at + 20 * 3600000)), ['commerce.shipping.shipDate'], opt],
    ['Fecha estimada de entrega', (c, o) => dmy(o.at + 3 * day, clOff(o.at), '-'), []],
    ['Fecha de entrega', (c, o) => (evStatus(o) === 'Entregado' ? clIso(o.at + (2 * day) + 5 * 3600000) : ''), [], opt],
    ['Intentos de entrega', (c, o) => String(evStatus(o) === 'Incidencia' ? 2 : evStatus(o) === 'Entregado' ? 1 : 0), []],
    ['Bodega', () => 'Bodega Quilicura', []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Dejar en conserjería', 'Casa esquina, portón verde']), []],
  ] },

  // ---------------------------------------------------------------- Cuponatic: coupons sold (es, Peru)
  { name: 'cuponatic-cupones-vendidos-es', product: 'Cuponatic (Portal de Comercios: Mis ofertas > Cupones vendidos > Descargar Excel, Spanish UI, a Lima spa / restaurant / tour merchant, one row per coupon)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['N° de compra', (c, o) => String(7300000 + n(o) * 3), [OR('purchaseID')]],
    ['Código de cupón', (c, o, r) => `CPN-${v.alnum(r, 8).toUpperCase()}`, ['_id']],
    ['Fecha de compra', (c, o) => limaT(o.at), ['timestamp']],
    ['ID oferta', (c, o) => cuDeal(o)[0], [PL('SKU'), PL('product')], opt],
    ['Oferta', (c, o) => cuDeal(o)[1], [PL('name')]],
    ['Opción', (c, o) => cuDeal(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Cantidad', () => '1', [PL('quantity')]],
    ['Precio Cuponatic', (c, o) => solPlain(cuDeal(o)[3]), [PL('priceTotal'), OR('priceTotal')]],
    ['Precio normal', (c, o) => solPlain(cuDeal(o)[4]), []],
    ['Descuento', (c, o) => `${Math.round((1 - cuDeal(o)[3] / cuDeal(o)[4]) * 100)}%`, []],
    ['Medio de pago', (c, o) => ['Tarjeta de crédito', 'Tarjeta de débito', 'PagoEfectivo', 'Tarjeta de crédito'][+o.id % 4], [PAY('paymentType')]],
    ['Comprador', (c) => la(c, 'pe').full, []],
    ['Email comprador', (c) => la(c, 'pe').email, EMAIL_ID, opt],
    ['DNI', (c) => la(c, 'pe').doc, []],
    ['Beneficiario', (c, o) => (+o.id % 5 === 2 ? `${LA_FIRST[+o.id % 10][1]} ${LA.pe.last[+o.id % 10]}` : la(c, 'pe').full), []],
    ['Estado', (c, o) => cuStatus(o), [], opt],
    ['Fecha de canje', (c, o) => (cuStatus(o) === 'Canjeado' ? limaT(o.at + (6 + (+o.id % 30)) * day) : ''), [], opt],
    ['Sucursal de canje', (c, o) => (cuStatus(o) === 'Canjeado' ? ['Miraflores', 'San Isidro', 'Barranco'][+o.id % 3] : ''), [], opt],
    ['Validado por', (c, o) => (cuStatus(o) === 'Canjeado' ? ['recepcion.miraflores', 'admin', 'caja2'][+o.id % 3] : ''), []],
    ['Válido hasta', (c, o) => dmy(o.at + 90 * day, -5), []],
    ['Comisión', (c, o) => solPlain(+(cuDeal(o)[3] * 0.3).toFixed(2)), []],
    ['Monto a liquidar', (c, o) => solPlain(+(cuDeal(o)[3] * 0.7).toFixed(2)), []],
    ['Liquidación', (c, o) => (cuStatus(o) === 'Canjeado' ? `LQ-${shift(o.at, -5).y}${pad(shift(o.at, -5).m)}-${pad(+o.id % 40, 3)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Loggro: customers (es, Colombia)
  { name: 'loggro-clientes-exportar-es', product: 'Loggro (Loggro Restobar: Clientes > Exportar a Excel, Spanish (Colombia) UI, a Medellín restaurant\'s customers set up for DIAN electronic invoicing)', family: 'pos', language: 'es', schema: P, cols: [
    ['Tipo de identificación', (c) => LG_DOCS[n(c) % LG_DOCS.length], []],
    ['Número de identificación', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? String(900000000 + n(c) * 3) : la(c, 'co').doc), ['person.taxId', ...ID], opt],
    ['DV', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? String(n(c) % 10) : ''), []],
    ['Tipo de persona', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? 'Jurídica' : 'Natural'), []],
    ['Nombres', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? '' : la(c, 'co').first), FN],
    ['Apellidos', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? '' : la(c, 'co').last), LN],
    ['Razón social', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? ['Inversiones El Poblado S.A.S.', 'Comercializadora Antioquia Ltda.', 'Eventos Laureles S.A.S.'][n(c) % 3] : ''), ['organizations[0]'], opt],
    ['Nombre comercial', () => '', []],
    ['Dirección', (c) => la(c, 'co').street, H('street1')],
    ['Ciudad', (c) => la(c, 'co').city, H('city')],
    ['Departamento', (c) => la(c, 'co').region, HSTATE],
    ['País', () => 'Colombia', H('country')],
    ['Teléfono', (c, o, r) => (r() < 0.3 ? la(c, 'co').fixed : ''), ['homePhone.number']],
    ['Celular', (c) => la(c, 'co').mobile, ['mobilePhone.number']],
    ['Correo electrónico', (c) => la(c, 'co').email, ['personalEmail.address']],
    ['Correo facturación electrónica', (c, o, r) => (r() < 0.5 ? la(c, 'co').email : ''), ['personalEmail.address'], opt],
    ['Responsabilidad fiscal', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? 'O-13 Gran contribuyente' : 'R-99-PN No aplica - Otros'), []],
    ['Régimen', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? 'Responsable de IVA' : 'No responsable de IVA'), []],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.4 ? ymd(c.birth, 0) : ''), ['person.birthDate']],
    ['Género', (c) => (la(c, 'co').female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Lista de precios', () => 'General', []],
    ['Cupo de crédito', (c) => (LG_DOCS[n(c) % LG_DOCS.length] === 'NIT' ? '5.000.000' : '0'), []],
    ['Estado', (c) => (n(c) % 19 === 0 ? 'Inactivo' : 'Activo'), []],
    ['Fecha de creación', (c) => ymd(c.created, -5), [], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Cliente frecuente mesa terraza', 'Factura a nombre de la empresa']), []],
  ] },
]
