// Round 112, tune112: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish-language shops, delivery, POS, invoicing and payment exports from Uruguay,
// Chile, Mexico, Colombia, Spain and Argentina: web-shop orders, fulfilment orders, a courier's delivery services, card,
// mPOS and bank-transfer payments, issued invoices and DTEs, invoicing customers, a POS loyalty customer file and a
// restaurant's delivery customers; headers in Spanish as each product writes them.
import { E, P, B, v, UA, HOME, B2BID, ID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const min = 60000
// local times: Montevideo and Buenos Aires (UTC-3), Santiago (UTC-3 Oct-Mar, UTC-4 Apr-Sep), Mexico City (UTC-6),
// Bogotá (UTC-5), Madrid (CET/CEST)
const mon = (m) => new Date(m).getUTCMonth() + 1
const uy = (ms) => shift(ms, -3)
const ar = (ms) => shift(ms, -3)
const clOff = (ms) => (mon(ms) >= 4 && mon(ms) <= 9 ? -4 : -3)
const cl = (ms) => shift(ms, clOff(ms))
const mx = (ms) => shift(ms, -6)
const co = (ms) => shift(ms, -5)
const es = (ms) => shift(ms, mon(ms) >= 4 && mon(ms) <= 10 ? 2 : 1)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const isoOff = (p, off) => `${ymd(p)}T${hms(p)}${off}`

// amounts
const grp = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const r2 = (n) => Math.round(n * 100) / 100
const comK = (n) => { const [a, b] = r2(n).toFixed(2).split('.'); return `${grp(a, '.')},${b}` } // 1.234,56
const dotC = (n) => { const [a, b] = r2(n).toFixed(2).split('.'); return `${grp(a, ',')}.${b}` } // 1,234.56
const intK = (n) => grp(String(Math.round(n)), '.') // 12.990

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ñ/g, 'n').replace(/[^a-z]/g, '')

// tax and identity numbers with their check digits
const rutDv = (n) => { let s = 0, m = 2; for (const d of String(n).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 } const dv = 11 - (s % 11); return dv === 11 ? '0' : dv === 10 ? 'K' : String(dv) }
const rutCl = (n, dots = true) => `${dots ? grp(String(n), '.') : n}-${rutDv(n)}`
const ciUy = (n) => { const ds = pad(n, 7).split('').map(Number); const s = ds.reduce((a, d, k) => a + d * [2, 9, 8, 7, 6, 3, 4][k], 0); return `${grp(String(n), '.')}-${(10 - (s % 10)) % 10}` }
const nifEs = (n) => `${pad(n, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`
const cuit = (pre, dni) => { const s = `${pre}${pad(dni, 8)}`; const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; const t = s.split('').reduce((a, d, k) => a + +d * w[k], 0); const dv = (11 - (t % 11)) % 11; return `${pre}-${pad(dni, 8)}-${dv === 10 ? 9 : dv}` }

// local people of the row (seeded by the row's person id so that all columns of a row agree)
const NAMES = {
  uy: { first: [['Martín', 'Lucía'], ['Federico', 'Florencia'], ['Gonzalo', 'Valentina'], ['Santiago', 'Camila'], ['Nicolás', 'Sofía'], ['Rodrigo', 'Agustina']], last: ['Rodríguez', 'González', 'Fernández', 'Pereira', 'Silva', 'Sosa', 'Méndez', 'Techera', 'Olivera', 'Cabrera', 'De León', 'Núñez'], mail: ['gmail.com', 'hotmail.com', 'adinet.com.uy', 'vera.com.uy'] },
  cl: { first: [['Matías', 'Javiera'], ['Benjamín', 'Catalina'], ['Cristóbal', 'Constanza'], ['Felipe', 'Francisca'], ['Ignacio', 'Antonia'], ['Sebastián', 'Fernanda']], last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Sepúlveda', 'Morales', 'Fuentes', 'Valenzuela'], mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'] },
  mx: { first: [['José Luis', 'María Fernanda'], ['Alejandro', 'Guadalupe'], ['Miguel Ángel', 'Ximena'], ['Jorge', 'Andrea'], ['Ricardo', 'Daniela'], ['Emiliano', 'Regina']], last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz', 'Reyes', 'Morales', 'Jiménez', 'Vázquez'], mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'] },
  co: { first: [['Santiago', 'Valentina'], ['Sebastián', 'Mariana'], ['Andrés', 'Daniela'], ['Juan Camilo', 'Laura'], ['Felipe', 'Natalia'], ['Carlos', 'Paula Andrea']], last: ['Rodríguez', 'Gómez', 'Martínez', 'García', 'López', 'Hernández', 'Restrepo', 'Ospina', 'Cárdenas', 'Vargas', 'Castaño', 'Muñoz'], mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'] },
  es: { first: [['Javier', 'Lucía'], ['Alejandro', 'Marta'], ['David', 'Laura'], ['Pablo', 'Cristina'], ['Sergio', 'Elena'], ['Jordi', 'Núria']], last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Navarro', 'Serrano'], mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  ar: { first: [['Matías', 'Micaela'], ['Lautaro', 'Julieta'], ['Facundo', 'Agustina'], ['Tomás', 'Milagros'], ['Joaquín', 'Rocío'], ['Nicolás', 'Florencia']], last: ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'Romero', 'Sosa', 'Álvarez', 'Benítez'], mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com'] },
}
const memo = new Map()
const nm = (c, k) => {
  const key = `${k}:${c.id}:${c.first}`
  if (memo.has(key)) return memo.get(key)
  const r = v.rng(+c.id * 197 + c.first.length * 31 + k.charCodeAt(0))
  const d = NAMES[k]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last), last2 = v.pick(r, d.last)
  const p = { first, last, last2, female, full: `${first} ${last}`, full2: `${first} ${last} ${last2}`, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`, n: v.int(r, 0, 1000000) }
  memo.set(key, p)
  return p
}
const later = (c) => Math.max(c.created, c.updated) + 5 * day

// ---------------------------------------------------------------- places
// Uruguay: [localidad, departamento, código postal, calle]
const UY = [['Montevideo', 'Montevideo', '11300', 'Av. Brasil'], ['Montevideo', 'Montevideo', '11200', 'Bvar. Artigas'], ['Montevideo', 'Montevideo', '11100', 'Rincón'], ['Ciudad de la Costa', 'Canelones', '15000', 'Av. Giannattasio'], ['Maldonado', 'Maldonado', '20000', 'Sarandí'], ['Salto', 'Salto', '50000', 'Uruguay'], ['Paysandú', 'Paysandú', '60000', '18 de Julio'], ['Punta del Este', 'Maldonado', '20100', 'Av. Gorlero']]
// Chile: [comuna, ciudad, región, calle]
const CL = [['Providencia', 'Santiago', 'Región Metropolitana', 'Av. Providencia'], ['Las Condes', 'Santiago', 'Región Metropolitana', 'Av. Apoquindo'], ['Santiago', 'Santiago', 'Región Metropolitana', 'Huérfanos'], ['Ñuñoa', 'Santiago', 'Región Metropolitana', 'Av. Irarrázaval'], ['Viña del Mar', 'Viña del Mar', 'Región de Valparaíso', 'Av. Libertad'], ['Concepción', 'Concepción', 'Región del Biobío', 'Barros Arana'], ['Temuco', 'Temuco', 'Región de La Araucanía', 'Av. Alemania'], ['Antofagasta', 'Antofagasta', 'Región de Antofagasta', 'Av. Grecia']]
// Mexico: [colonia, municipio/alcaldía, estado, CP, calle, lada]
const MX = [['Roma Norte', 'Cuauhtémoc', 'Ciudad de México', '06700', 'Calle Colima', '55'], ['Del Valle Centro', 'Benito Juárez', 'Ciudad de México', '03100', 'Av. Insurgentes Sur', '55'], ['Providencia', 'Guadalajara', 'Jalisco', '44630', 'Av. Chapultepec', '33'], ['Del Valle', 'San Pedro Garza García', 'Nuevo León', '66220', 'Calzada del Valle', '81'], ['Centro', 'Querétaro', 'Querétaro', '76000', 'Av. Madero', '442'], ['Juriquilla', 'Querétaro', 'Querétaro', '76230', 'Blvd. Juriquilla', '442'], ['Polanco V Sección', 'Miguel Hidalgo', 'Ciudad de México', '11560', 'Av. Presidente Masaryk', '55']]
// Colombia: [ciudad, departamento, barrio, dirección]
const CO = [['Bogotá D.C.', 'Cundinamarca', 'Chapinero Alto', 'Calle 65 # 4-21'], ['Bogotá D.C.', 'Cundinamarca', 'Cedritos', 'Carrera 19 # 146-35'], ['Bogotá D.C.', 'Cundinamarca', 'Usaquén', 'Calle 119 # 6-14'], ['Medellín', 'Antioquia', 'El Poblado', 'Carrera 43A # 9 Sur-91'], ['Medellín', 'Antioquia', 'Laureles', 'Circular 4 # 70-12'], ['Cali', 'Valle del Cauca', 'Granada', 'Avenida 9N # 15-30'], ['Barranquilla', 'Atlántico', 'Alto Prado', 'Carrera 53 # 79-120'], ['Envigado', 'Antioquia', 'Zúñiga', 'Transversal 32 Sur # 32B-40']]
// Spain (Madrid area): [población, provincia, CP, calle]
const ESP = [['Madrid', 'Madrid', '28004', 'Calle de Fuencarral'], ['Madrid', 'Madrid', '28015', 'Calle de Galileo'], ['Alcobendas', 'Madrid', '28100', 'Avenida de España'], ['Getafe', 'Madrid', '28901', 'Calle Madrid'], ['Pozuelo de Alarcón', 'Madrid', '28224', 'Avenida de Europa'], ['Alcalá de Henares', 'Madrid', '28801', 'Calle Mayor'], ['Guadalajara', 'Guadalajara', '19001', 'Calle Mayor'], ['Toledo', 'Toledo', '45001', 'Calle Comercio']]
// Argentina (Córdoba): [barrio, localidad, CP, calle, entre calles]
const AR = [['Nueva Córdoba', 'Córdoba', 'X5000', 'Bv. Chacabuco', 'Obispo Trejo y Av. Pueyrredón'], ['General Paz', 'Córdoba', 'X5004', '25 de Mayo', 'Catamarca y Rosario de Santa Fe'], ['Alberdi', 'Córdoba', 'X5002', 'Av. Colón', 'Sucre y Tucumán'], ['Cerro de las Rosas', 'Córdoba', 'X5009', 'Av. Rafael Núñez', 'Gauss y Nicolás Avellaneda'], ['Güemes', 'Córdoba', 'X5000', 'Belgrano', 'Fructuoso Rivera y Pasaje Revol'], ['Villa Belgrano', 'Córdoba', 'X5021', 'Gauss', 'Av. Recta Martinolli y Cardeñosa']]
// Obuma customers (Santiago packaging distributor): [razón social, nombre fantasía, dominio]
const OB_CO = [['Comercial Maipo SpA', 'Maipo Oficinas', 'comercialmaipo.cl'], ['Constructora Mapocho Ltda.', 'Constructora Mapocho', 'cmapocho.cl'], ['Colegio Particular San Pedro', 'Colegio San Pedro', 'colegiosanpedro.cl'], ['Transportes Lo Espejo Ltda.', 'TransEspejo', 'transespejo.cl'], ['Clínica Dental Lomas SpA', 'Dental Lomas', 'dentallomas.cl'], ['Inmobiliaria Pedro de Valdivia S.A.', 'Inmobiliaria PdV', 'inmopdv.cl']]
const CL_AREA = { Santiago: '2', 'Viña del Mar': '32', Concepción: '41', Temuco: '45', Antofagasta: '55' }
const place = (list, c, k = 0) => list[(+c.id + k) % list.length]
const bog = (c) => CO[+c.id % 3] // the three Bogotá rows

// phones
const uyMob = (r) => `09${v.int(r, 1, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const clMob = (r) => `+56 9 ${v.int(r, 4000, 9999)} ${v.int(r, 1000, 9999)}`
const mxMob = (r, lada = '55') => (lada.length === 2 ? `${lada} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : `${lada} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`)
const coMob = (r) => `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '20', '23'])}${v.int(r, 1000000, 9999999)}`
const esMob = (r) => `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const arMob = (r) => `351 ${v.int(r, 150, 699)}-${v.int(r, 1000, 9999)}`

// ---------------------------------------------------------------- catalogues
// Fenicio (Montevideo fashion shop): [sku, nombre, precio UYU]
const FN_PROD = [['BZ-2231-NEG-M', 'Buzo canguro algodón Negro M', 1890], ['CM-1104-BLA-S', 'Camisa lino Blanca S', 2490], ['JN-0877-AZU-42', 'Jean recto Azul 42', 2290], ['CP-0310-CAM-U', 'Campera rompeviento Camel U', 4590], ['RM-5520-GRI-L', 'Remera básica Gris L', 690], ['MC-0042-VER-U', 'Mochila urbana Verde U', 1590]]
const fnSt = (o) => row(['APROBADA', 'APROBADA', 'APROBADA', 'PAGO_PENDIENTE', 'APROBADA', 'CANCELADA', 'APROBADA', 'REQUIERE_APROBACION'], +o.id)
const fnEnt = (o) => row(['ENVIO', 'ENVIO', 'RETIRO', 'ENVIO', 'ENVIO', 'RETIRO'], +o.id)
// Plexo (Uruguayan web checkout of a Montevideo appliance store): [descripción, monto UYU]
const PX_ITEMS = [['Heladera No Frost 340L', 28990], ['Lavarropas 8kg', 21490], ['Aire acondicionado 12000 BTU', 24990], ['Microondas 25L', 5490], ['Smart TV 50"', 19990], ['Aspiradora sin bolsa', 6290]]
const pxSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Rechazada', 'Aprobada', 'Aprobada', 'Anulada', 'Aprobada'], +o.id)
const pxBrand = (o) => row(['Visa', 'Mastercard', 'OCA', 'Visa', 'Creditel', 'American Express', 'Cabal', 'Visa'], +o.id)
// Lioren (a Concepción office-supply distributor): [tipo, código SII]
const LI_DOC = (o) => row([['Factura Electrónica', '33'], ['Factura Electrónica', '33'], ['Boleta Electrónica', '39'], ['Factura Electrónica', '33'], ['Nota de Crédito Electrónica', '61'], ['Factura No Afecta o Exenta Electrónica', '34'], ['Boleta Electrónica', '39']], +o.id)
const LI_CO = [['Comercial Biobío SpA', 'Venta al por mayor de artículos de oficina', 'comercialbiobio.cl'], ['Constructora Andalién Ltda.', 'Construcción de edificios', 'andalien.cl'], ['Colegio Particular San Pedro', 'Enseñanza básica y media', 'colegiosanpedro.cl'], ['Transportes Hualpén Ltda.', 'Transporte de carga por carretera', 'transhualpen.cl'], ['Clínica Dental Lomas SpA', 'Actividades de odontología', 'dentallomas.cl'], ['Inmobiliaria Pedro de Valdivia S.A.', 'Actividades inmobiliarias', 'inmopdv.cl']]
// Fintoc (a Santiago online pharmacy collecting by bank transfer)
const FT_BANKS = ['Banco de Chile', 'Banco Santander', 'BancoEstado', 'Banco BCI', 'Scotiabank', 'Banco Itaú', 'Banco Falabella', 'Banco Security']
const ftSt = (o) => row(['Exitoso', 'Exitoso', 'Exitoso', 'Fallido', 'Exitoso', 'Rechazado', 'Exitoso', 'Exitoso', 'Pendiente'], +o.id)
// Billpocket (a Querétaro bakery-café's mPOS readers)
const BP_ITEMS = [['Pastel de tres leches completo', 480], ['Consumo en mesa', 236], ['Pedido de pan para evento', 1350], ['Café y postre', 145], ['Caja de galletas decoradas', 390], ['Rosca de reyes grande', 620]]
const bpMode = (o) => row(['Chip', 'Contactless', 'Contactless', 'Chip', 'Banda', 'Link de pago', 'Contactless'], +o.id)
const bpBrand = (o) => row(['Visa', 'Mastercard', 'Visa', 'Carnet', 'American Express', 'Mastercard', 'Visa'], +o.id)
const bpSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Aprobada', 'Declinada', 'Aprobada', 'Cancelada'], +o.id)
// Gigstack (a Guadalajara software consultancy's customers)
const GS_CO = [['Distribuidora Azteca del Bajío', 'S.A. de C.V.', 'DAB', 'aztecabajio.com.mx'], ['Servicios Integrales Monterrey', 'S. de R.L. de C.V.', 'SIM', 'simonterrey.mx'], ['Comercializadora Pacífico Norte', 'S.A. de C.V.', 'CPN', 'pacificonorte.com.mx'], ['Grupo Logístico Anáhuac', 'S.A.P.I. de C.V.', 'GLA', 'glanahuac.com'], ['Tecnologías Xochimilco', 'S.C.', 'TXO', 'txochimilco.mx'], ['Alimentos La Huasteca', 'S.A. de C.V.', 'AHU', 'lahuasteca.com.mx']]
// Melonn (a Medellín cosmetics brand's fulfilment): [sku, producto, precio COP]
const ML_PROD = [['SER-VITC-30', 'Sérum vitamina C 30 ml', 89900], ['PROT-SPF50', 'Protector solar facial SPF 50', 74900], ['HID-ACHIAL', 'Hidratante ácido hialurónico 50 ml', 69900], ['LIMP-ESPUMA', 'Espuma limpiadora 150 ml', 45900], ['KIT-RUTINA', 'Kit rutina completa', 219900], ['CONT-OJOS', 'Contorno de ojos cafeína 15 ml', 58900]]
const mlSt = (o) => row(['Entregada', 'Entregada', 'En tránsito', 'Entregada', 'Empacada', 'Cancelada', 'Entregada', 'En alistamiento'], +o.id)
const mlShip = (o) => row([['Mismo día', 'Melonn Express'], ['Día siguiente', 'Melonn Express'], ['Nacional', 'Coordinadora'], ['Nacional', 'Servientrega'], ['Mismo día', 'Melonn Express'], ['Nacional', 'Inter Rapidísimo']], +o.id)
// Mensajeros Urbanos (a Bogotá pharmacy's home deliveries)
const MU_ORIG = ['Droguería Salud Total - Calle 72 # 10-34', 'Droguería Salud Total - Carrera 15 # 93-60', 'Droguería Salud Total - Av. 19 # 134-20']
const muSt = (o) => row(['Finalizado', 'Finalizado', 'Finalizado', 'Cancelado', 'Finalizado', 'Finalizado', 'En curso'], +o.id)
// Declarando (a Madrid freelance translator): [concepto, base]
const DC_SERV = [['Traducción jurada EN-ES (12 págs.)', 540], ['Traducción técnica manual usuario', 1180], ['Interpretación consecutiva media jornada', 320], ['Revisión y corrección de estilo', 210], ['Localización web 4.500 palabras', 495], ['Traducción contrato mercantil', 760]]
const dcSt = (o) => row(['Cobrada', 'Cobrada', 'Pendiente', 'Cobrada', 'Vencida', 'Cobrada', 'Cobrada'], +o.id)

export const SETS = [
  // ---------------------------------------------------------------- web-shop orders (Fenicio, Uruguay)
  { name: 'fenicio-ordenes-api-uy', product: 'Fenicio (plataforma de e-commerce, Uruguay: orders from its API v1 /ordenes flattened to CSV by an integrator, columns named as the fields of Fenicio\'s order data model, one row per order with its first line; a Montevideo clothing brand)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['idOrden', (c, o) => String(180000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['numeroOrden', (c, o) => String(40000 + +o.id % 9000), [OR('purchaseID')], opt],
    ['referencia', (c, o, r) => (r() < 0.2 ? `ML-${v.int(r, 2000000000, 2099999999)}` : ''), [], opt],
    ['estado', (c, o) => fnSt(o), [], opt],
    ['origen', (c, o) => row(['WEB', 'WEB', 'WEB', 'CALLCENTER', 'WEB', 'MERCADOLIBRE'], +o.id), [], opt],
    ['fechaInicio', (c, o) => isoOff(uy(o.at - 25 * min), '-03:00'), [OR('createdDate'), 'timestamp'], opt],
    ['fechaFin', (c, o) => (fnSt(o) === 'APROBADA' ? isoOff(uy(o.at), '-03:00') : ''), ['timestamp'], opt],
    ['fechaCancelada', (c, o) => (fnSt(o) === 'CANCELADA' ? isoOff(uy(o.at + day), '-03:00') : ''), [OR('cancelDate')]],
    ['comprador.id', (c) => String(52000 + +c.id % 40000), ['endUserIDs._experience.aacustomid.id'], opt],
    ['comprador.email', (c) => nm(c, 'uy').email, ['endUserIDs._experience.emailid.id']],
    ['comprador.nombre', (c) => nm(c, 'uy').first, []],
    ['comprador.apellido', (c) => nm(c, 'uy').last, []],
    ['comprador.telefono', (c, o, r) => uyMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['comprador.documento.numero', (c) => ciUy(1500000 + nm(c, 'uy').n * 5), [], opt],
    ['codigoTributario', (c, o, r) => (r() < 0.15 ? `21${v.int(r, 1000000, 9999999)}0012` : ''), [], opt],
    ['razonSocial', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Estudio Contable Pocitos SRL', 'Tienda Malvín SAS', 'Rincón del Sur Ltda.']) : ''), []],
    ['moneda', () => 'UYU', [OR('currencyCode')]],
    ['entrega.tipo', (c, o) => fnEnt(o), ['commerce.shipping.shippingMethod'], opt],
    ['entrega.estado', (c, o) => (fnSt(o) !== 'APROBADA' ? '' : fnEnt(o) === 'RETIRO' ? row(['ENTREGADO', 'LISTO_PARA_RETIRAR', 'PREPARANDO'], +o.id) : row(['ENTREGADO', 'EN_TRANSITO', 'PREPARANDO', 'ENTREGADO', 'AGUARDANDO_DESPACHO'], +o.id)), [], opt],
    ['entrega.destinatario', (c) => nm(c, 'uy').full, []],
    ['entrega.direccionEnvio.pais', (c, o) => (fnEnt(o) === 'ENVIO' ? 'UY' : ''), [SHIP('countryCode'), SHIP('country')]],
    ['entrega.direccionEnvio.estado', (c, o) => (fnEnt(o) === 'ENVIO' ? place(UY, c)[1] : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['entrega.direccionEnvio.localidad', (c, o) => (fnEnt(o) === 'ENVIO' ? place(UY, c)[0] : ''), [SHIP('city')]],
    ['entrega.direccionEnvio.calle', (c, o) => (fnEnt(o) === 'ENVIO' ? place(UY, c)[3] : ''), [SHIP('street1')]],
    ['entrega.direccionEnvio.numeroPuerta', (c, o) => (fnEnt(o) === 'ENVIO' ? String(100 + (+c.id % 3400)) : ''), [SHIP('street1')], opt],
    ['entrega.direccionEnvio.numeroApto', (c, o, r) => (fnEnt(o) === 'ENVIO' && r() < 0.5 ? String(v.int(r, 1, 12) * 100 + v.int(r, 1, 4)) : ''), [SHIP('street2')], opt],
    ['entrega.direccionEnvio.codigoPostal', (c, o) => (fnEnt(o) === 'ENVIO' ? place(UY, c)[2] : ''), [SHIP('postalCode')]],
    ['entrega.servicioEntrega.nombre', (c, o) => (fnEnt(o) === 'ENVIO' ? row(['DAC', 'Envío en el día Montevideo', 'UES', 'DAC'], +o.id) : 'Retiro en local Punta Carretas'), ['commerce.shipping.shippingMethod']],
    ['entrega.codigoTracking', (c, o, r) => (fnEnt(o) === 'ENVIO' ? `${v.int(r, 880000000, 889999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['lineas[0].sku', (c, o, r, i) => row(FN_PROD, i + +o.id)[0], [PL('SKU')]],
    ['lineas[0].nombre', (c, o, r, i) => row(FN_PROD, i + +o.id)[1], [PL('name')]],
    ['lineas[0].cantidad', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['lineas[0].precio', (c, o, r, i) => String(row(FN_PROD, i + +o.id)[2]), [], opt],
    ['impuestos', (c, o, r, i) => (row(FN_PROD, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty) * 0.22 / 1.22).toFixed(2), [OR('taxAmount')]],
    ['importeTotal', (c, o, r, i) => String(row(FN_PROD, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty) + (fnEnt(o) === 'ENVIO' ? 190 : 0)), [OR('priceTotal')]],
  ] },

  // ---------------------------------------------------------------- card payments (Plexo, Uruguay)
  { name: 'plexo-transacciones-portal-uy', product: 'Plexo (pasarela de pagos, Uruguay: Portal de comercios > Transacciones > Exportar a Excel, Spanish UI; a Montevideo appliance store\'s web checkout with cards, OCA and Creditel, and the IVA refund of Ley 19.210)', family: 'payments', language: 'es', schema: E, cols: [
    ['Id Transacción', (c, o) => String(7400000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Fecha', (c, o) => { const p = uy(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Comercio', () => 'Electro Sur - Tienda Online', ['commerce.commerceScope.websiteCode'], opt],
    ['Referencia', (c, o) => `ES-${pad(+o.id * 7 % 999999, 6)}`, [OR('purchaseID')]],
    ['Nro. Factura', (c, o) => `A ${pad(120000 + +o.id % 80000, 7)}`, [OR('purchaseID')], opt],
    ['Tipo', (c, o) => (pxSt(o) === 'Anulada' ? 'Anulación' : 'Compra'), [], opt],
    ['Estado', (c, o) => pxSt(o), [], opt],
    ['Medio de pago', (c, o) => pxBrand(o), [OR('payments[0].paymentType')]],
    ['Emisor', (c, o) => ({ OCA: 'OCA', Creditel: 'Creditel', 'American Express': 'American Express' })[pxBrand(o)] ?? row(['BROU', 'Itaú', 'Santander', 'Scotiabank', 'BBVA'], +o.id), []],
    ['Tarjeta', (c, o, r) => `${v.pick(r, ['4', '5', '6'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Titular', (c) => nm(c, 'uy').full.toUpperCase(), []],
    ['Email', (c) => nm(c, 'uy').email, ['endUserIDs._experience.emailid.id']],
    ['Cuotas', (c, o, r) => String(v.pick(r, [1, 1, 1, 3, 6, 10, 12])), []],
    ['Moneda', (c, o) => (+o.id % 9 === 0 ? 'USD' : 'UYU'), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Monto', (c, o, r, i) => comK(row(PX_ITEMS, i + +o.id)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monto gravado', (c, o, r, i) => comK(row(PX_ITEMS, i + +o.id)[1] / 1.22), [], opt],
    ['IVA', (c, o, r, i) => comK(row(PX_ITEMS, i + +o.id)[1] - row(PX_ITEMS, i + +o.id)[1] / 1.22), [OR('taxAmount')]],
    ['Devolución IVA', (c, o, r, i) => (['OCA', 'Creditel'].includes(pxBrand(o)) ? '0,00' : comK(row(PX_ITEMS, i + +o.id)[1] / 1.22 * 0.02)), [], opt],
    ['Código de autorización', (c, o, r) => (pxSt(o) === 'Rechazada' ? '' : String(v.int(r, 100000, 999999))), [], opt],
    ['Código de respuesta', (c, o) => (pxSt(o) === 'Rechazada' ? '51 - Fondos insuficientes' : '00 - Aprobada'), []],
    ['Lote', (c, o) => String(300 + (+o.id % 60)), []],
    ['Terminal', () => 'PLX00412', []],
    ['IP', (c, o, r) => `${v.pick(r, ['167.56', '179.27', '186.48', '190.64'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- invoicing customers (Obuma, Chile)
  { name: 'obuma-clientes-export-cl', product: 'Obuma (ERP en la nube y facturación electrónica, Chile: Ventas > Clientes > Exportar a Excel, one row per customer with its main contact; a Santiago packaging distributor\'s business customers)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['Código', (c) => `CLI-${pad(+c.id % 9000, 4)}`, [...B2BID, 'b2b.accountKey.sourceID', 'b2b.accountID']],
    ['RUT', (c) => rutCl(76000000 + (+c.id * 37) % 1999999), ['person.taxId'], opt],
    ['Razón Social', (c) => row(OB_CO, +c.id)[0], ['b2b.companyName', 'organizations[0]']],
    ['Nombre Fantasía', (c) => row(OB_CO, +c.id)[1], [], opt],
    ['Giro', (c) => row(LI_CO, +c.id)[1].replace('artículos de oficina', 'envases y embalajes'), []],
    ['Dirección', (c) => `${place(CL, c)[3]} ${100 + (+c.id % 2900)}${+c.id % 3 === 0 ? `, Of. ${v.int(v.rng(+c.id), 101, 1204)}` : ''}`, ['workAddress.street1']],
    ['Comuna', (c) => place(CL, c)[0], ['workAddress.city', 'workAddress.street3'], opt],
    ['Ciudad', (c) => place(CL, c)[1], ['workAddress.city']],
    ['Región', (c) => place(CL, c)[2], ['workAddress.state', 'workAddress.stateProvince', 'workAddress.region']],
    ['Teléfono', (c, o, r) => (CL_AREA[place(CL, c)[1]] === '2' ? `+56 2 ${v.int(r, 2200, 2999)} ${v.int(r, 1000, 9999)}` : `+56 ${CL_AREA[place(CL, c)[1]]} ${v.int(r, 220, 299)} ${v.int(r, 1000, 9999)}`), ['workPhone.number']],
    ['Email', (c) => `contacto@${row(OB_CO, +c.id)[2]}`, ['workEmail.address'], opt],
    ['Email Intercambio DTE', (c) => `dte@${row(OB_CO, +c.id)[2]}`, [], opt],
    ['Contacto', (c) => nm(c, 'cl').full, ['person.name.fullName']],
    ['Cargo Contacto', (c, o, r) => v.pick(r, ['Jefe de Compras', 'Administración', 'Gerente General', 'Encargada de Bodega', 'Contador']), ['extendedWorkDetails.jobTitle']],
    ['Email Contacto', (c) => `${slug(nm(c, 'cl').first)[0]}${slug(nm(c, 'cl').last)}@${row(OB_CO, +c.id)[2]}`, ['workEmail.address']],
    ['Celular Contacto', (c, o, r) => clMob(r), ['mobilePhone.number', 'workPhone.number']],
    ['Lista de Precios', (c, o, r) => v.pick(r, ['General', 'Mayorista', 'Mayorista', 'Distribuidor']), []],
    ['Condición de Pago', (c, o, r) => v.pick(r, ['Contado', '30 días', '30 días', '60 días']), []],
    ['Límite de Crédito', (c, o, r) => intK(v.int(r, 0, 40) * 250000), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['Rodrigo Parra', 'Macarena Soto', 'Oficina']), []],
    ['Estado', (c, o, r) => (r() < 0.88 ? 'Activo' : 'Inactivo'), ['b2b.personStatus'], opt],
    ['Fecha Creación', (c) => dmy(cl(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Despacho solo en horario AM', 'Exige OC en la factura', 'Retira en bodega']), []],
  ] },

  // ---------------------------------------------------------------- issued DTEs (Lioren, Chile)
  { name: 'lioren-documentos-emitidos-cl', product: 'Lioren (facturación electrónica SII, Chile: Documentos > Emitidos > Exportar Excel, one row per DTE; a Concepción office-supply distributor issuing facturas, boletas and notas de crédito)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Tipo Documento', (c, o) => LI_DOC(o)[0], [], opt],
    ['Código SII', (c, o) => LI_DOC(o)[1], []],
    ['Folio', (c, o) => String(2300 + +o.id % 7000), [OR('purchaseID'), '_id']],
    ['Fecha Emisión', (c, o) => dmy(cl(o.at), '-'), ['timestamp', OR('createdDate')], opt],
    ['RUT Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '66.666.666-6' : rutCl(76000000 + (+c.id * 53) % 1999999)), [], opt],
    ['Razón Social Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? 'Cliente Boleta' : row(LI_CO, +c.id)[0]), []],
    ['Giro Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '' : row(LI_CO, +c.id)[1]), []],
    ['Dirección Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '' : `${place(CL, c, 5)[3]} ${200 + (+c.id % 1800)}`), [BILL('street1')]],
    ['Comuna Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '' : place(CL, c, 5)[0]), [BILL('city'), BILL('street3')], opt],
    ['Ciudad Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '' : place(CL, c, 5)[1]), [BILL('city')]],
    ['Email Receptor', (c, o) => (LI_DOC(o)[1] === '39' ? '' : `facturas@${row(LI_CO, +c.id)[2]}`), ['endUserIDs._experience.emailid.id'], opt],
    ['Monto Neto', (c, o) => (LI_DOC(o)[1] === '34' ? '0' : String(Math.round(o.subtotal * 950))), [], opt],
    ['Monto Exento', (c, o) => (LI_DOC(o)[1] === '34' ? String(Math.round(o.subtotal * 950)) : '0'), []],
    ['IVA', (c, o) => (LI_DOC(o)[1] === '34' ? '0' : String(Math.round(o.subtotal * 950 * 0.19))), [OR('taxAmount')]],
    ['Monto Total', (c, o) => String(Math.round(o.subtotal * 950 * (LI_DOC(o)[1] === '34' ? 1 : 1.19))), [OR('priceTotal')]],
    ['Forma de Pago', (c, o) => row(['Crédito', 'Contado', 'Contado', 'Crédito', 'Crédito'], +o.id), [], opt],
    ['Medio de Pago', (c, o) => row(['Transferencia', 'Tarjeta de débito', 'Efectivo', 'Transferencia', 'Cheque', 'Tarjeta de crédito'], +o.id), [OR('payments[0].paymentType')]],
    ['Fecha Vencimiento', (c, o) => dmy(cl(o.at + 30 * day), '-'), [], opt],
    ['Orden de Compra', (c, o, r) => (LI_DOC(o)[1] === '33' && r() < 0.6 ? `OC-${v.int(r, 4000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Referencia', (c, o) => (LI_DOC(o)[1] === '61' ? `Anula Factura folio ${2200 + +o.id % 90}` : ''), [], opt],
    ['Estado SII', (c, o) => row(['Aceptado', 'Aceptado', 'Aceptado con reparos', 'Aceptado', 'Rechazado', 'Aceptado'], +o.id), [], opt],
    ['Track ID', (c, o, r) => String(v.int(r, 21000000000, 24999999999)), []],
    ['Sucursal', (c, o) => row(['Casa Matriz', 'Casa Matriz', 'Sucursal Talcahuano'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Vendedor', (c, o, r) => v.pick(r, ['Claudia Riquelme', 'Patricio Lagos', 'Web']), []],
    ['Glosa', (c, o, r) => v.pick(r, ['', '', 'Resmas carta y tóner según cotización', 'Despacho incluido', 'Pedido mensual']), []],
  ] },

  // ---------------------------------------------------------------- bank-transfer payments (Fintoc, Chile)
  { name: 'fintoc-pagos-dashboard-cl', product: 'Fintoc (pagos por transferencia bancaria, Chile: Dashboard > Pagos > Exportar CSV, Spanish UI; a Santiago online pharmacy collecting checkout payments by account-to-account transfer)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => `pi_${v.alnum(r, 24)}`, [OR('payments[0].transactionID'), '_id']],
    ['Fecha de creación', (c, o) => isoOff(cl(o.at), `-0${-clOff(o.at)}:00`), [OR('createdDate'), 'timestamp']],
    ['Fecha de transacción', (c, o) => (ftSt(o) === 'Exitoso' ? isoOff(cl(o.at + 2 * min), `-0${-clOff(o.at)}:00`) : ''), ['timestamp'], opt],
    ['Monto', (c, o) => String(Math.round(o.total * 900)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'CLP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Estado', (c, o) => ftSt(o), [], opt],
    ['Método de pago', () => 'Transferencia bancaria', [OR('payments[0].paymentType')], opt],
    ['Banco de origen', (c, o) => row(FT_BANKS, +o.id), []],
    ['Tipo de cuenta', (c, o) => row(['Cuenta Corriente', 'Cuenta Vista', 'Cuenta RUT', 'Cuenta Corriente'], +o.id), []],
    ['Cuenta de origen', (c, o, r) => `****${v.int(r, 1000, 9999)}`, []],
    ['RUT del pagador', (c) => rutCl(9000000 + nm(c, 'cl').n * 17), [], opt],
    ['Nombre del pagador', (c) => nm(c, 'cl').full2, []],
    ['Email del pagador', (c) => nm(c, 'cl').email, ['endUserIDs._experience.emailid.id']],
    ['N° de operación', (c, o, r) => (ftSt(o) === 'Exitoso' ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
    ['Cuenta de destino', () => 'Banco Santander ****4471', []],
    ['metadata.order_id', (c, o) => `FW-${pad(+o.id * 11 % 999999, 6)}`, [OR('purchaseID')]],
    ['Comisión', (c, o) => (ftSt(o) === 'Exitoso' ? String(Math.round(o.total * 900 * 0.012 + 100)) : '0'), []],
    ['Modo', () => 'live', []],
  ] },

  // ---------------------------------------------------------------- mPOS card payments (Billpocket, Mexico)
  { name: 'billpocket-transacciones-mx', product: 'Billpocket (terminales y lectores de tarjeta, Mexico: Portal Billpocket > Transacciones > Descargar Excel, Spanish UI; a Querétaro bakery-café charging at the counter, at events and by payment link)', family: 'payments', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => String(91000000 + +o.id * 29), [OR('payments[0].transactionID'), '_id']],
    ['Fecha', (c, o) => dmy(mx(o.at)), ['timestamp'], opt],
    ['Hora', (c, o) => hms(mx(o.at)), []],
    ['Tipo de operación', (c, o) => (bpSt(o) === 'Cancelada' ? 'Cancelación' : 'Venta'), [], opt],
    ['Estatus', (c, o) => bpSt(o), [], opt],
    ['Concepto', (c, o, r, i) => row(BP_ITEMS, i + +o.id)[0], [PL('name')], opt],
    ['Referencia', (c, o, r) => (bpMode(o) === 'Link de pago' ? `PED-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseID')], opt],
    ['Monto', (c, o, r, i) => `$${dotC(row(BP_ITEMS, i + +o.id)[1])}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Propina', (c, o, r) => `$${dotC(r() < 0.4 ? v.pick(r, [10, 20, 25, 30, 50]) : 0)}`, []],
    ['Moneda', () => 'MXN', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Meses sin intereses', (c, o, r, i) => (row(BP_ITEMS, i + +o.id)[1] > 1000 && r() < 0.5 ? '3' : '0'), []],
    ['Marca', (c, o) => bpBrand(o), [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => (['American Express'].includes(bpBrand(o)) ? 'Crédito' : bpBrand(o) === 'Carnet' ? 'Débito' : row(['Débito', 'Crédito', 'Débito', 'Crédito', 'Débito'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Banco emisor', (c, o) => (bpBrand(o) === 'American Express' ? 'American Express' : row(['BBVA México', 'Banorte', 'Santander', 'Banamex', 'HSBC', 'Banco Azteca', 'Nu México'], +o.id)), []],
    ['Terminación', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Autorización', (c, o, r) => (bpSt(o) === 'Declinada' ? '' : String(v.int(r, 100000, 999999))), [], opt],
    ['Modo de entrada', (c, o) => bpMode(o), []],
    ['Lector', (c, o) => (bpMode(o) === 'Link de pago' ? '' : row(['BP-QRO-0193', 'BP-QRO-0194'], +o.id)), []],
    ['Usuario', (c, o, r) => v.pick(r, ['caja1@panaderialarosa.mx', 'caja2@panaderialarosa.mx', 'ventas@panaderialarosa.mx']), []],
    ['Sucursal', (c, o) => row(['Centro', 'Juriquilla', 'Centro'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Correo del cliente', (c, o, r) => (r() < 0.45 ? nm(c, 'mx').email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono del cliente', (c, o, r) => (r() < 0.3 ? mxMob(r, '442') : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Comisión', (c, o, r, i) => `$${dotC(row(BP_ITEMS, i + +o.id)[1] * 0.0295)}`, []],
    ['IVA comisión', (c, o, r, i) => `$${dotC(row(BP_ITEMS, i + +o.id)[1] * 0.0295 * 0.16)}`, []],
    ['Monto a depositar', (c, o, r, i) => `$${dotC(row(BP_ITEMS, i + +o.id)[1] * (1 - 0.0295 * 1.16))}`, [], opt],
    ['Fecha de depósito', (c, o) => dmy(mx(o.at + day)), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing customers (gigstack, Mexico)
  { name: 'gigstack-clientes-export-mx', product: 'gigstack (facturación CFDI 4.0 y cobranza, Mexico: Clientes > Exportar, CSV, Spanish UI; a Guadalajara software consultancy\'s business customers)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['ID', (c, o, r) => `client_${v.alnum(r, 20)}`, B2BID],
    ['Nombre', (c) => nm(c, 'mx').full, ['person.name.fullName']],
    ['Razón social', (c) => row(GS_CO, +c.id)[0].toUpperCase(), ['b2b.companyName', 'organizations[0]']],
    ['RFC', (c) => { const p = shift(c.created - 3000 * day, 0); return `${row(GS_CO, +c.id)[2]}${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${'ABCDEFGH'[+c.id % 8]}${(+c.id % 9) + 1}${'KLMNPQR'[+c.id % 7]}` }, ['person.taxId'], opt],
    ['Régimen fiscal', (c) => row(['601 - General de Ley Personas Morales', '601 - General de Ley Personas Morales', '626 - Régimen Simplificado de Confianza', '601 - General de Ley Personas Morales', '603 - Personas Morales con Fines no Lucrativos'], +c.id), []],
    ['Uso de CFDI', (c, o, r) => v.pick(r, ['G03 - Gastos en general', 'G03 - Gastos en general', 'I04 - Equipo de computo y accesorios', 'G01 - Adquisición de mercancías']), []],
    ['Correo electrónico', (c) => `${slug(nm(c, 'mx').first).slice(0, 8)}.${slug(nm(c, 'mx').last)}@${row(GS_CO, +c.id)[3]}`, ['workEmail.address']],
    ['Correos adicionales', (c, o, r) => (r() < 0.5 ? `cxp@${row(GS_CO, +c.id)[3]}` : ''), [], opt],
    ['Teléfono', (c, o, r) => mxMob(r, place(MX, c)[5]), ['workPhone.number']],
    ['Calle', (c) => place(MX, c)[4], ['workAddress.street1']],
    ['Número exterior', (c) => String(100 + (+c.id % 2300)), ['workAddress.street1'], opt],
    ['Número interior', (c) => (+c.id % 3 === 0 ? `Piso ${1 + (+c.id % 9)}` : ''), ['workAddress.street2'], opt],
    ['Colonia', (c) => place(MX, c)[0], ['workAddress.street2', 'workAddress.street3'], opt],
    ['Municipio', (c) => place(MX, c)[1], ['workAddress.city'], opt],
    ['Estado', (c) => place(MX, c)[2], ['workAddress.stateProvince', 'workAddress.state']],
    ['Código postal', (c) => place(MX, c)[3], ['workAddress.postalCode']],
    ['País', () => 'MEX', ['workAddress.countryCode', 'workAddress.country']],
    ['Forma de pago', (c, o, r) => v.pick(r, ['03 - Transferencia electrónica de fondos', '03 - Transferencia electrónica de fondos', '04 - Tarjeta de crédito', '99 - Por definir']), []],
    ['Método de pago', (c, o, r) => v.pick(r, ['PUE', 'PUE', 'PPD']), []],
    ['Facturas emitidas', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Total facturado', (c, o, r) => `$${dotC(v.int(r, 0, 1200000) + 0.5 * v.int(r, 0, 1))}`, []],
    ['Saldo pendiente', (c, o, r) => `$${dotC(r() < 0.3 ? v.int(r, 5000, 180000) : 0)}`, []],
    ['Fecha de creación', (c) => { const p = mx(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'recurrente', 'iguala mensual', 'proyecto']), []],
  ] },

  // ---------------------------------------------------------------- fulfilment orders (Melonn, Colombia)
  { name: 'melonn-ordenes-venta-co', product: 'Melonn (fulfillment para e-commerce, Colombia: Portal Melonn > Órdenes de venta > Exportar, Excel, one row per order line; a Medellín skincare brand selling on Shopify and Mercado Libre)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Orden Melonn', (c, o) => `MEL${pad(3100000 + +o.id * 3, 8)}`, ['_id', OR('purchaseID')], opt],
    ['Referencia externa', (c, o) => (+o.id % 5 === 0 ? `${v.int(v.rng(+o.id), 2000000000, 2099999999)}` : `#${1000 + +o.id % 9000}`), [OR('purchaseID')]],
    ['Canal de venta', (c, o) => (+o.id % 5 === 0 ? 'Mercado Libre' : 'Shopify'), [], opt],
    ['Fecha de creación', (c, o) => { const p = co(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => mlSt(o), [], opt],
    ['Método de envío', (c, o) => mlShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Transportadora', (c, o) => mlShip(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Número de guía', (c, o, r) => (['Empacada', 'Cancelada', 'En alistamiento'].includes(mlSt(o)) ? '' : String(v.int(r, 70000000000, 79999999999))), ['commerce.shipping.trackingNumber']],
    ['Fecha de despacho', (c, o) => (['Empacada', 'Cancelada', 'En alistamiento'].includes(mlSt(o)) ? '' : dmy(co(o.at + (mlShip(o)[0] === 'Mismo día' ? 3600000 * 3 : day)))), ['commerce.shipping.shipDate'], opt],
    ['Fecha de entrega', (c, o) => (mlSt(o) === 'Entregada' ? dmy(co(o.at + (mlShip(o)[0] === 'Nacional' ? 3 : 1) * day)) : ''), [], opt],
    ['Nombre del comprador', (c) => nm(c, 'co').full, []],
    ['Documento', (c) => String(1000000000 + nm(c, 'co').n * 97 % 99999999), [], opt],
    ['Email', (c) => nm(c, 'co').email, ['endUserIDs._experience.emailid.id']],
    ['Teléfono', (c, o, r) => coMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección', (c) => place(CO, c)[3], [SHIP('street1')]],
    ['Detalle dirección', (c, o, r) => (r() < 0.55 ? `Apto ${v.int(r, 2, 20)}0${v.int(r, 1, 4)}${r() < 0.5 ? ` Torre ${v.int(r, 1, 4)}` : ''}` : ''), [SHIP('street2')]],
    ['Barrio', (c) => place(CO, c)[2], [SHIP('street2'), SHIP('street3')], opt],
    ['Ciudad', (c) => place(CO, c)[0], [SHIP('city')]],
    ['Departamento', (c) => place(CO, c)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['País', () => 'Colombia', [SHIP('country')]],
    ['SKU', (c, o, r, i) => row(ML_PROD, i + +o.id)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => row(ML_PROD, i + +o.id)[1], [PL('name')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => `$ ${intK(row(ML_PROD, i + +o.id)[2])}`, [], opt],
    ['Subtotal línea', (c, o, r, i) => `$ ${intK(row(ML_PROD, i + +o.id)[2] * o.qty)}`, [PL('priceTotal')]],
    ['Valor envío', (c, o) => `$ ${intK(mlShip(o)[0] === 'Nacional' ? 14900 : 9900)}`, ['commerce.shipping.shippingAmount']],
    ['Total orden', (c, o, r, i) => `$ ${intK(row(ML_PROD, i + +o.id)[2] * o.qty + (mlShip(o)[0] === 'Nacional' ? 14900 : 9900))}`, [OR('priceTotal')]],
    ['Pago contraentrega', (c, o) => (+o.id % 4 === 0 ? 'Sí' : 'No'), [], opt],
    ['Valor a recaudar', (c, o, r, i) => (+o.id % 4 === 0 ? `$ ${intK(row(ML_PROD, i + +o.id)[2] * o.qty + (mlShip(o)[0] === 'Nacional' ? 14900 : 9900))}` : '$ 0'), [], opt],
    ['Bodega', (c, o) => row(['Bodega Medellín - Itagüí', 'Bodega Bogotá - Fontibón'], +o.id), [], opt],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Empacar para regalo', 'Llamar antes de entregar', 'Portería: dejar con el vigilante']), []],
  ] },

  // ---------------------------------------------------------------- courier deliveries (Mensajeros Urbanos, Colombia)
  { name: 'mensajeros-urbanos-servicios-co', product: 'Mensajeros Urbanos (app de domicilios y mensajería, Colombia: Portal empresas > Historial de servicios > Descargar Excel, one row per delivery service; a Bogotá pharmacy chain\'s home deliveries with cash collection)', family: 'delivery', language: 'es', schema: E, cols: [
    ['ID Servicio', (c, o) => String(5100000 + +o.id * 7), ['_id'], opt],
    ['Fecha de creación', (c, o) => { const p = co(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Fecha de finalización', (c, o) => (muSt(o) === 'Finalizado' ? (() => { const p = co(o.at + (25 + +o.id % 50) * min); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Tipo de servicio', (c, o) => row(['Domicilio', 'Domicilio', 'Domicilio con recaudo', 'Mensajería'], +o.id), ['commerce.shipping.shippingMethod'], opt],
    ['Estado', (c, o) => muSt(o), [], opt],
    ['Ciudad', () => 'Bogotá', [SHIP('city')]],
    ['Punto de origen', (c, o) => row(MU_ORIG, +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Dirección de destino', (c) => bog(c)[3], [SHIP('street1')]],
    ['Complemento', (c, o, r) => (r() < 0.6 ? `Apto ${v.int(r, 2, 15)}0${v.int(r, 1, 4)}` : ''), [SHIP('street2')]],
    ['Barrio', (c) => bog(c)[2], [SHIP('street2'), SHIP('street3')], opt],
    ['Nombre de quien recibe', (c) => nm(c, 'co').full, []],
    ['Teléfono de quien recibe', (c, o, r) => coMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Número de pedido', (c, o) => `ST-${pad(+o.id * 17 % 999999, 6)}`, [OR('purchaseID')]],
    ['Valor declarado', (c, o) => intK(Math.round(o.subtotal * 4000 / 100) * 100), [OR('priceTotal')], opt],
    ['Valor recaudo', (c, o) => (row(['Domicilio', 'Domicilio', 'Domicilio con recaudo', 'Mensajería'], +o.id) === 'Domicilio con recaudo' ? intK(Math.round(o.total * 4000 / 100) * 100) : '0'), [OR('payments[0].paymentAmount')], opt],
    ['Tarifa', (c, o) => intK(row([6900, 7900, 8900, 10500], +o.id)), ['commerce.shipping.shippingAmount']],
    ['Distancia (km)', (c, o, r) => (v.int(r, 8, 95) / 10).toFixed(1).replace('.', ','), []],
    ['Tiempo total (min)', (c, o) => String(25 + +o.id % 50), []],
    ['Mensajero', (c, o, r) => v.pick(r, ['Jhon Fredy Rincón', 'Yeison Castro', 'Wilmer Quintero', 'Brayan Suárez']), []],
    ['Placa', (c, o, r) => `${v.pick(r, ['ABC', 'KLM', 'XYZ', 'FTR'])}${v.int(r, 10, 99)}${v.pick(r, ['D', 'E', 'F', 'G'])}`, []],
    ['Calificación', (c, o, r) => (muSt(o) === 'Finalizado' ? String(v.pick(r, [5, 5, 5, 4, 3])) : ''), []],
    ['Medio de pago del servicio', () => 'Crédito empresarial', []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Cadena de frío', 'Entregar solo al titular con fórmula', 'Llamar al llegar']), []],
  ] },

  // ---------------------------------------------------------------- POS customers with loyalty card (Numier, Spain)
  { name: 'numier-clientes-fidelizacion-es', product: 'Numier (TPV para hostelería y comercio, Spain: Numier Backoffice > Clientes > Exportar a Excel, with its fidelización fields; a Madrid café-bakery chain\'s loyalty-card customers)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Código', (c) => String(1000 + +c.id % 9000), ID],
    ['Nombre', (c) => `${nm(c, 'es').first} ${nm(c, 'es').last} ${nm(c, 'es').last2}`, ['person.name.fullName']],
    ['NIF', (c, o, r) => (r() < 0.4 ? nifEs(10000000 + nm(c, 'es').n * 71 % 79999999) : ''), ['person.taxId'], opt],
    ['Dirección', (c) => `${place(ESP, c)[3]}, ${1 + +c.id % 140}${+c.id % 2 ? `, ${1 + +c.id % 7}º ${'ABCD'[+c.id % 4]}` : ''}`, at(HOME, 'street1')],
    ['C.P.', (c) => place(ESP, c)[2], at(HOME, 'postalCode')],
    ['Población', (c) => place(ESP, c)[0], at(HOME, 'city')],
    ['Provincia', (c) => place(ESP, c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Teléfono', (c, o, r) => (r() < 0.25 ? `91${v.int(r, 1000000, 9999999)}` : ''), ['homePhone.number']],
    ['Móvil', (c, o, r) => esMob(r), ['mobilePhone.number']],
    ['Email', (c) => nm(c, 'es').email, ['personalEmail.address']],
    ['Fecha Nacimiento', (c, o, r) => (r() < 0.6 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Tarjeta Fidelización', (c) => `2400${pad(+c.id % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Puntos', (c, o, r) => String(v.int(r, 0, 1800)), ['loyalty.points']],
    ['Saldo Monedero', (c, o, r) => comK(r() < 0.4 ? v.int(r, 50, 3000) / 100 : 0), [], opt],
    ['Tarifa', (c, o, r) => v.pick(r, ['PVP', 'PVP', 'PVP', 'Empleados']), []],
    ['Descuento %', (c, o, r) => (r() < 0.15 ? '10' : '0'), []],
    ['Forma de Pago', (c, o, r) => v.pick(r, ['', '', 'Efectivo', 'Tarjeta']), []],
    ['Fecha Alta', (c) => dmy(es(c.created)), ['loyalty.joinDate'], opt],
    ['Última Visita', (c) => { const p = es(later(c)); return `${dmy(p)} ${hm(p)}` }, [], opt],
    ['Nº Visitas', (c, o, r) => String(v.int(r, 1, 240)), []],
    ['Total Consumido', (c, o, r) => comK(v.int(r, 500, 180000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Acepta Publicidad', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Bloqueado', (c, o, r) => (r() < 0.04 ? 'Sí' : 'No'), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Intolerante a la lactosa', 'Encargo tarta los viernes', 'Cliente de Tienda Chamberí']), []],
  ] },

  // ---------------------------------------------------------------- delivery customers (Bistrosoft, Argentina)
  { name: 'bistrosoft-clientes-delivery-ar', product: 'Bistrosoft (software de gestión y POS para gastronomía, Argentina: Backoffice > Clientes > Exportar, Excel, the customer file of its delivery and take-away module; a Córdoba pizzería and empanadas shop)', family: 'pos', language: 'es', schema: P, cols: [
    ['ID Cliente', (c) => String(30000 + +c.id % 60000), ID],
    ['Nombre', (c) => nm(c, 'ar').first, ['person.name.firstName']],
    ['Apellido', (c) => nm(c, 'ar').last, ['person.name.lastName']],
    ['Teléfono', (c, o, r) => arMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? nm(c, 'ar').email : ''), ['personalEmail.address']],
    ['Calle', (c) => place(AR, c)[3], at(HOME, 'street1')],
    ['Número', (c) => String(100 + (+c.id % 2800)), at(HOME, 'street1'), opt],
    ['Piso', (c) => (+c.id % 3 === 0 ? String(1 + +c.id % 12) : ''), at(HOME, 'street2'), opt],
    ['Depto', (c) => (+c.id % 3 === 0 ? 'ABCDEF'[+c.id % 6] : ''), at(HOME, 'street2'), opt],
    ['Entre calles', (c) => place(AR, c)[4], at(HOME, 'street3'), opt],
    ['Barrio', (c) => place(AR, c)[0], [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'city')], opt],
    ['Localidad', (c) => place(AR, c)[1], at(HOME, 'city')],
    ['Código Postal', (c) => place(AR, c)[2], at(HOME, 'postalCode')],
    ['Provincia', () => 'Córdoba', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['DNI/CUIT', (c, o, r) => (r() < 0.3 ? cuit(nm(c, 'ar').female ? '27' : '20', 20000000 + nm(c, 'ar').n * 23 % 25000000) : ''), ['person.taxId'], opt],
    ['Condición IVA', (c, o, r) => v.pick(r, ['Consumidor Final', 'Consumidor Final', 'Consumidor Final', 'Monotributista', 'Responsable Inscripto']), []],
    ['Fecha de Nacimiento', (c, o, r) => (r() < 0.3 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Canal de Alta', (c, o, r) => v.pick(r, ['Teléfono', 'Teléfono', 'Tienda Online', 'PedidosYa', 'Rappi', 'Mostrador']), [], opt],
    ['Cantidad de Pedidos', (c, o, r) => String(v.int(r, 1, 85)), []],
    ['Último Pedido', (c) => { const p = ar(later(c)); return `${dmy(p)} ${hm(p)}` }, [], opt],
    ['Total Consumido', (c, o, r) => `$ ${comK(v.int(r, 8000, 1400000) + 0.5 * v.int(r, 0, 1))}`, ['loyalty.lifetimePurchases'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Timbre no anda, llamar al llegar', 'Sin aceitunas', 'Paga con transferencia']), []],
    ['Fecha de Alta', (c) => dmy(ar(c.created)), [], opt],
  ] },

  // ---------------------------------------------------------------- issued invoices (Declarando, Spain)
  { name: 'declarando-facturas-emitidas-es', product: 'Declarando (gestoría online y facturación para autónomos, Spain: Ingresos > Facturas emitidas > Exportar a Excel; a Madrid freelance translator invoicing agencies, companies and a few private clients, with IRPF withholding)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Nº factura', (c, o) => `${shift(o.at, 1).y}-${pad(+o.id % 300 + 1, 3)}`, [OR('purchaseID'), '_id']],
    ['Fecha de emisión', (c, o) => dmy(es(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Fecha de vencimiento', (c, o) => dmy(es(o.at + 30 * day)), [], opt],
    ['Cliente', (c) => (+c.id % 5 === 0 ? nm(c, 'es').full : row(['Lingua Services S.L.', 'Traducciones Atlas S.L.', 'Bufete Ortega Abogados S.L.P.', 'Editorial Almudena S.A.', 'Tecnoindustrias del Henares S.L.'], +c.id)), []],
    ['NIF cliente', (c) => (+c.id % 5 === 0 ? nifEs(10000000 + nm(c, 'es').n * 71 % 79999999) : `B${80000000 + (+c.id * 71) % 9999999}`), [], opt],
    ['Email cliente', (c) => (+c.id % 5 === 0 ? nm(c, 'es').email : `facturas@${slug(row(['Lingua Services', 'Traducciones Atlas', 'Bufete Ortega', 'Editorial Almudena', 'Tecnoindustrias'], +c.id))}.es`), ['endUserIDs._experience.emailid.id'], opt],
    ['Dirección', (c) => `${place(ESP, c, 2)[3]}, ${1 + +c.id % 140}`, [BILL('street1')]],
    ['Código postal', (c) => place(ESP, c, 2)[2], [BILL('postalCode')]],
    ['Ciudad', (c) => place(ESP, c, 2)[0], [BILL('city')]],
    ['Provincia', (c) => place(ESP, c, 2)[1], [BILL('stateProvince'), BILL('state')]],
    ['País', () => 'España', [BILL('country')]],
    ['Concepto', (c, o, r, i) => row(DC_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Base imponible', (c, o, r, i) => comK(row(DC_SERV, i + +o.id)[1]), [], opt],
    ['% IVA', () => '21', []],
    ['Cuota IVA', (c, o, r, i) => comK(row(DC_SERV, i + +o.id)[1] * 0.21), [OR('taxAmount')]],
    ['% IRPF', (c) => (+c.id % 5 === 0 ? '0' : '15'), []],
    ['Retención IRPF', (c, o, r, i) => comK(+c.id % 5 === 0 ? 0 : row(DC_SERV, i + +o.id)[1] * 0.15), [], opt],
    ['Total', (c, o, r, i) => comK(row(DC_SERV, i + +o.id)[1] * (+c.id % 5 === 0 ? 1.21 : 1.06)), [OR('priceTotal')]],
    ['Estado', (c, o) => dcSt(o), [], opt],
    ['Fecha de cobro', (c, o) => (dcSt(o) === 'Cobrada' ? dmy(es(o.at + (7 + +o.id % 25) * day)) : ''), [], opt],
    ['Método de cobro', (c, o) => row(['Transferencia', 'Transferencia', 'Transferencia', 'Bizum', 'PayPal'], +o.id), [OR('payments[0].paymentType')]],
    ['Categoría', () => 'Prestación de servicios', []],
    ['Actividad', () => '774 - Traducción y servicios similares', []],
    ['Tipo de operación', (c) => (+c.id % 7 === 0 ? 'Intracomunitaria' : 'Nacional'), []],
  ] },
]
