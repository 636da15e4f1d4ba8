// Round 105, tune105: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish-language shops, POS, food delivery, loyalty, e-mail and e-invoicing tools
// of Spain, Mexico, Argentina, Colombia, Chile and Peru: POS cheques and sales lines, delivery and web-shop orders,
// electronic receipts, customer, member, guest and subscriber lists; every header in the product's own (Spanish) words.
import { E, P, B, v, PL, OR, SHIP, BILL, at, HOME, WORK, ID, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// ---------------------------------------------------------------- local times (written without offset)
// Spain CET/CEST, Mexico City UTC-6 (no DST since 2022), Bogotá and Lima UTC-5, Buenos Aires UTC-3,
// Santiago UTC-3 in summer and UTC-4 from April to early September
const esOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const clOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 8 ? -4 : -3 }
const es = (ms) => shift(ms, esOff(ms))
const mx = (ms) => shift(ms, -6)
const co = (ms) => shift(ms, -5)
const pe = (ms) => shift(ms, -5)
const ar = (ms) => shift(ms, -3)
const cl = (ms) => shift(ms, clOff(ms))
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
// SQL Server datetime as Soft Restaurant stores it: 2024-05-14 21:07:33.000
const sqlDT = (ms) => { const p = mx(ms); return `${ymd(p)} ${hms(p)}.${pad(ms % 1000, 3)}` }
const later = (c) => Math.max(c.created, c.updated)
const day = 86400000
// restaurant hours: the instant moved to lunch or dinner local time (the local hour set, minutes kept)
const meal = (ms, off) => { const d = Math.floor(ms / day) * day; const h = [13, 14, 15, 20, 21, 22][Math.floor(ms / 1000) % 6]; return d + (h - off) * 3600000 + (ms % 3600000) }

// ---------------------------------------------------------------- names, ids, phones
const mail = (c, r, doms) => `${slug(c.first)}${v.pick(r, ['.', '_', ''])}${slug(c.last)}${v.int(r, 1, 99)}@${v.pick(r, doms)}`
const AR_DOM = ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com']
const MX_DOM = ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx']
const CL_DOM = ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'vtr.net']
const ES_DOM = ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'telefonica.net']
const arMobile = (r) => `11 ${v.int(r, 2000, 6999)}-${pad(v.int(r, 0, 9999), 4)}`
const arIntl = (r) => `+54 9 11 ${v.int(r, 2000, 6999)}-${pad(v.int(r, 0, 9999), 4)}`
const mxPhone = (r) => `33${v.int(r, 10000000, 39999999)}`
const clMobile = (r) => `+56 9 ${v.int(r, 2000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const clFixed = (r) => `+56 41 ${v.int(r, 200, 299)} ${pad(v.int(r, 0, 9999), 4)}`
const esMobile = (r) => `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const esFixed = (r) => `96${v.int(r, 1, 9)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`
const cuit = (r) => `${v.pick(r, ['20', '27', '27', '20', '23'])}-${v.int(r, 14000000, 45999999)}-${v.int(r, 0, 9)}`
const rut = (r) => `${v.int(r, 5, 24)}.${pad(v.int(r, 0, 999), 3)}.${pad(v.int(r, 0, 999), 3)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`
const rutEmpresa = (r) => `${v.int(r, 76, 77)}.${pad(v.int(r, 0, 999), 3)}.${pad(v.int(r, 0, 999), 3)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`
const nif = (r) => { const n = v.int(r, 10000000, 79999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` }
const ccCol = (r) => String(v.int(r, 1000000000, 1152999999)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const dniPe = (r) => String(v.int(r, 10000000, 79999999))
const rucPe = (r) => `20${v.int(r, 100000000, 609999999)}`

// ---------------------------------------------------------------- money
const two = (n) => n.toFixed(2)
const four = (n) => n.toFixed(4)
const whole = (n) => String(Math.round(n))
const eurC = (n) => n.toFixed(2).replace('.', ',')
const arsC = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const clp = (n) => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`

// ---------------------------------------------------------------- addresses
// Buenos Aires: calle, número, piso/dpto, barrio
const AR_ADDR = [
  ['Av. Santa Fe', '3421', '4° B', 'Palermo'], ['Gorriti', '5870', '', 'Palermo'], ['Av. Corrientes', '1250', '8° A', 'San Nicolás'],
  ['Thames', '1745', 'PB 2', 'Villa Crespo'], ['Av. Cabildo', '2230', '11° C', 'Belgrano'], ['Humboldt', '1980', '', 'Palermo'],
  ['Malabia', '1102', '3° D', 'Villa Crespo'], ['Av. Scalabrini Ortiz', '2455', '6° F', 'Palermo'], ['Soler', '4012', '', 'Palermo'],
]
// Argentina: localidad, provincia
const AR_LOC = [['Rosario', 'Santa Fe'], ['Rosario', 'Santa Fe'], ['Funes', 'Santa Fe'], ['Ciudad Autónoma de Buenos Aires', 'Ciudad Autónoma de Buenos Aires'], ['Córdoba', 'Córdoba'], ['Mendoza', 'Mendoza'], ['La Plata', 'Buenos Aires'], ['Santa Fe', 'Santa Fe']]
// Chile: dirección, comuna, ciudad, región
const CL_ADDR = [
  ['Av. Providencia 1650, depto. 1204', 'Providencia', 'Santiago', 'Región Metropolitana'],
  ['Av. Apoquindo 4501, of. 302', 'Las Condes', 'Santiago', 'Región Metropolitana'],
  ['Irarrázaval 3120', 'Ñuñoa', 'Santiago', 'Región Metropolitana'],
  ['Av. Libertad 1045', 'Viña del Mar', 'Viña del Mar', 'Región de Valparaíso'],
  ['Barros Arana 456', 'Concepción', 'Concepción', 'Región del Biobío'],
  ['Av. Pajaritos 2980', 'Maipú', 'Santiago', 'Región Metropolitana'],
  ['Vicuña Mackenna 7110', 'La Florida', 'Santiago', 'Región Metropolitana'],
  ['Colón 1230', 'Talcahuano', 'Talcahuano', 'Región del Biobío'],
]
// Spain: calle, número, CP, población, provincia
const ES_ADDR = [
  ['Calle de Colón', '42', '46004', 'Valencia', 'Valencia'], ['Avenida del Puerto', '118', '46023', 'Valencia', 'Valencia'],
  ['Calle Mayor', '7', '03002', 'Alicante', 'Alicante'], ['Calle de Alcalá', '201', '28028', 'Madrid', 'Madrid'],
  ['Carrer de Provença', '265', '08008', 'Barcelona', 'Barcelona'], ['Calle San Fernando', '12', '41004', 'Sevilla', 'Sevilla'],
  ['Avenida de Aragón', '30', '46021', 'Valencia', 'Valencia'], ['Calle Ruzafa', '5', '46006', 'Valencia', 'Valencia'],
  ['Gran Vía Marqués del Turia', '61', '46005', 'Valencia', 'Valencia'],
]
const BCN_CP = ['08001', '08008', '08012', '08015', '08019', '08025', '08029', '08036', '08902', '08201']
// Lima, SUNAT style
const PE_ADDR = [
  'AV. AREQUIPA NRO. 2450 LINCE - LIMA - LIMA', 'JR. UCAYALI NRO. 355 CERCADO DE LIMA - LIMA - LIMA',
  'AV. JAVIER PRADO ESTE NRO. 4200 SANTIAGO DE SURCO - LIMA - LIMA', 'AV. LA MARINA NRO. 2355 SAN MIGUEL - LIMA - LIMA',
  'CAL. LAS BEGONIAS NRO. 441 SAN ISIDRO - LIMA - LIMA', 'AV. FAUCETT NRO. 1180 CALLAO - PROV. CONST. DEL CALLAO - CALLAO',
  'JR. GAMARRA NRO. 676 LA VICTORIA - LIMA - LIMA',
]
const PE_COMPANY = ['RESTAURANTE EL CHALACO S.A.C.', 'CORPORACION GASTRONOMICA LIMA E.I.R.L.', 'HOTELES DEL PACIFICO S.A.', 'POLLERIA LA BRASA DORADA S.R.L.', 'CAFETERIA MIRAFLORES S.A.C.', 'INVERSIONES SABOR NORTEÑO S.A.C.']

// ---------------------------------------------------------------- goods
// Vendty minimarket (Medellín): código, producto, categoría, precio COP, impuesto
const MINI = [
  ['7702011000182', 'Leche entera Colanta 1100 ml', 'Lácteos', 4900, 'IVA 0%'],
  ['7702007034474', 'Café Sello Rojo 500 g', 'Despensa', 18900, 'IVA 5%'],
  ['7702189040115', 'Gaseosa Postobón manzana 1,5 L', 'Bebidas', 5200, 'IVA 19%'],
  ['7702025110105', 'Arroz Diana 1000 g', 'Despensa', 4600, 'IVA 0%'],
  ['7705326000124', 'Pan tajado Bimbo 600 g', 'Panadería', 8300, 'IVA 0%'],
  ['7702354950508', 'Cerveza Águila lata 330 ml', 'Licores', 3300, 'IVA 19%'],
  ['7702111001539', 'Chocolatina Jet 12 g', 'Dulcería', 1200, 'INC 8%'],
  ['7707211190029', 'Huevos AA x 30', 'Huevos', 16500, 'IVA 0%'],
]
// Bootic coffee shop (Santiago): SKU, producto, variante, precio CLP
const COFFEE = [
  ['CAF-COL-250', 'Café de especialidad Colombia Huila', 'Molido para prensa francesa / 250 g', 9990],
  ['CAF-ETI-250', 'Café de especialidad Etiopía Yirgacheffe', 'En grano / 250 g', 12490],
  ['CAF-BRA-1K', 'Café Brasil Cerrado', 'En grano / 1 kg', 28990],
  ['ACC-V60-02', 'Gotero Hario V60 02', 'Blanco', 21990],
  ['ACC-FIL-100', 'Filtros de papel V60', '100 unidades', 5490],
  ['CAF-PER-250', 'Café Perú Cajamarca orgánico', 'Molido para espresso / 250 g', 10990],
  ['GIF-SUS-3M', 'Suscripción café del mes', '3 meses', 32990],
]
// DiDi Food sushi restaurant (CDMX)
const SUSHI = [
  ['1x Rollo California, 1x Edamame', 2, 245], ['2x Rollo Philadelphia', 2, 318], ['1x Ramen tonkotsu, 1x Gyozas (6 pzs)', 2, 299],
  ['1x Combo Sushi para 2, 2x Té verde', 3, 489], ['3x Rollo Mar y Tierra', 3, 537], ['1x Yakimeshi especial', 1, 155],
  ['1x Teriyaki de pollo, 1x Rollo Tampico, 1x Agua de jamaica', 3, 352],
]

// ---------------------------------------------------------------- per-row amounts
const srFood = (o) => 180 + (+o.id % 97) * 6.5
const srBill = (o) => +(srFood(o) * (o.discount ? 0.9 : 1)).toFixed(2)
const srTip = (o) => (+o.id % 4 === 0 ? 0 : +(srBill(o) * 0.1).toFixed(2))
const vtLine = (o, i) => row(MINI, i + (+o.id % 5))
const btLine = (o, i) => row(COFFEE, i + (+o.id % 4))
const btShip = (o) => (+o.id % 3 === 0 ? 0 : 3990)
const btDisc = (o, i) => (o.discount ? Math.round(btLine(o, i)[3] * o.qty * 0.1) : 0)
const dfOrder = (o, i) => row(SUSHI, i + (+o.id % 3))
const dfStoreDisc = (o) => (o.discount ? 40 : 0)
const nbTotal = (o) => 85 + (+o.id % 311) * 3.7

export const SETS = [
  // ---------------------------------------------------------------- POS customer list (Fudo, Argentina)
  { name: 'fudo-clientes-export-ar', product: 'Fudo (sistema de gestión y POS para restaurantes, Argentina: Clientes > Exportar Clientes, .xlsx; a Palermo pizzería with delivery and cuenta corriente)', family: 'ecommerce-customers', language: 'es', schema: P, cols: [
    ['ID', (c, o, r, i) => String(1200 + i * 7 + v.int(r, 0, 6)), ID],
    ['Nombre', (c) => c.full, ['person.name.fullName']],
    ['Email', (c, o, r) => (r() < 0.7 ? mail(c, r, AR_DOM) : ''), ['personalEmail.address']],
    ['Teléfono', (c, o, r) => arMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Calle', (c, o, r, i) => row(AR_ADDR, i)[0], at(HOME, 'street1')],
    ['Número', (c, o, r, i) => row(AR_ADDR, i)[1], at(HOME, 'street1'), opt],
    ['Piso/Dpto.', (c, o, r, i) => row(AR_ADDR, i)[2], at(HOME, 'street2')],
    ['Barrio', (c, o, r, i) => row(AR_ADDR, i)[3], [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'city')], opt],
    ['Medio de Pago', (c, o, r) => v.pick(r, ['', 'Efectivo', 'Efectivo', 'Mercado Pago', 'Tarjeta de débito', 'Cuenta corriente']), []],
    ['Descuento', (c, o, r) => (r() < 0.2 ? String(v.pick(r, [5, 10, 15])) : '0'), []],
    ['Comentario', (c, o, r) => v.pick(r, ['', '', '', 'Timbre no anda, llamar al celular', 'Sin cebolla', 'Portero: dejar en recepción']), []],
    ['Nro. Tributario', (c, o, r) => (r() < 0.35 ? cuit(r) : ''), ['person.taxId']],
    ['Cuenta Corriente', (c, o, r) => (r() < 0.15 ? 'Sí' : 'No'), []],
    ['Saldo', (c, o, r) => (r() < 0.15 ? arsC(v.int(r, 1500, 48000)) : '0,00'), []],
    ['Cantidad de Ventas', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Total Ventas', (c, o, r) => arsC(v.int(r, 8000, 950000) + 0.5), ['loyalty.lifetimePurchases'], opt],
    ['Última Venta', (c) => { const p = ar(later(c)); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Fecha de Creación', (c) => { const p = ar(c.created); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, [], opt],
  ] },

  // ---------------------------------------------------------------- POS cheques (Soft Restaurant, Mexico)
  { name: 'softrestaurant-cheques-mx', product: 'Soft Restaurant (National Soft restaurant POS, Mexico: the cheques table of its SQL Server database exported to CSV, one row per cheque; a Guadalajara taquería with dine-in, counter and home delivery)', family: 'pos', language: 'es', schema: E, cols: [
    ['folio', (c, o) => String(40000 + +o.id), [OR('purchaseID'), '_id']],
    ['seriefolio', () => '', []],
    ['numcheque', (c, o) => String(1 + (+o.id % 180)), [OR('purchaseID')], opt],
    ['fecha', (c, o) => sqlDT(meal(o.at, -6)), ['timestamp', OR('createdDate')]],
    ['cierre', (c, o) => sqlDT(meal(o.at, -6) + (35 + (+o.id % 50)) * 60000), ['timestamp'], opt],
    ['mesa', (c, o, r) => (+o.id % 5 === 0 ? 'DOM' : +o.id % 7 === 0 ? 'R' : String(v.int(r, 1, 24))), []],
    ['nopersonas', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['idmesero', (c, o, r) => v.pick(r, ['1', '3', '4', '7', '12']), []],
    ['pagado', () => '1', [], opt],
    ['cancelado', (c, o, r) => (r() < 0.06 ? '1' : '0'), [], opt],
    ['descuento', (c, o) => four(o.discount ? 10 : 0), [], opt],
    ['idcliente', (c, o, r) => (+o.id % 5 === 0 ? pad(v.int(r, 1, 3400), 6) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['tipodeservicio', (c, o) => (+o.id % 5 === 0 ? '2' : +o.id % 7 === 0 ? '3' : '1'), [OR('orderType')], opt],
    ['idturno', (c, o) => String(1800 + Math.floor(+o.id / 60)), []],
    ['estacion', (c, o, r) => v.pick(r, ['CAJA1', 'CAJA1', 'BARRA', 'DOMICILIO']), []],
    ['puntosmonederogenerados', (c, o) => four(+o.id % 5 === 0 ? srBill(o) * 0.05 : 0), [], opt],
    ['observaciones', (c, o, r) => v.pick(r, ['', '', '', 'SIN CEBOLLA', 'CLIENTE FRECUENTE', 'PAGA CON 500']), []],
    ['telefonousadodomicilio', (c, o, r) => (+o.id % 5 === 0 ? mxPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['totalarticulos', (c, o) => two(o.qty + 2), [], opt],
    ['subtotal', (c, o) => four(srFood(o) / 1.16), [], opt],
    ['total', (c, o) => four(srBill(o)), [OR('priceTotal')]],
    ['totalconpropina', (c, o) => four(srBill(o) + srTip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['totalimpuesto1', (c, o) => four(srBill(o) - srBill(o) / 1.16), [OR('taxAmount')]],
    ['descuentoimporte', (c, o) => four(o.discount ? srFood(o) * 0.1 : 0), [OR('discountAmount')]],
    ['efectivo', (c, o) => four(+o.id % 2 === 0 ? srBill(o) + srTip(o) : 0), [], opt],
    ['tarjeta', (c, o) => four(+o.id % 2 === 1 ? srBill(o) + srTip(o) : 0), [], opt],
    ['vales', () => four(0), [], opt],
    ['otros', () => four(0), [], opt],
    ['propina', (c, o) => four(srTip(o)), []],
  ] },

  // ---------------------------------------------------------------- POS sales lines (Vendty, Colombia)
  { name: 'vendty-ventas-detalladas-co', product: 'Vendty (POS en la nube, Colombia: Informes > Ventas detalladas > Exportar a Excel, one row per product line; a Medellín minimarket)', family: 'pos', language: 'es', schema: E, cols: [
    ['No. Factura', (c, o) => `POS-${pad(14000 + +o.id % 9000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => ymd(co(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Hora', (c, o) => hms(co(o.at)), []],
    ['Almacén', (c, o, r) => v.pick(r, ['Laureles', 'Laureles', 'Envigado']), ['commerce.commerceScope.storeCode'], opt],
    ['Caja', (c, o, r) => v.pick(r, ['Caja 1', 'Caja 2']), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['Yeison Restrepo', 'Daniela Ospina', 'Administrador']), []],
    ['Cliente', (c, o, r) => (r() < 0.7 ? 'Consumidor final' : `${c.first} ${c.last}`), []],
    ['Identificación', (c, o, r) => (r() < 0.7 ? '222222222222' : ccCol(r)), [], opt],
    ['Código', (c, o, r, i) => vtLine(o, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => vtLine(o, i)[1], [PL('name')]],
    ['Categoría', (c, o, r, i) => vtLine(o, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio', (c, o, r, i) => whole(vtLine(o, i)[3]), []],
    ['Descuento', (c, o, r, i) => whole(o.discount ? vtLine(o, i)[3] * o.qty * 0.05 : 0), [PL('discountAmount')], opt],
    ['Impuesto', (c, o, r, i) => vtLine(o, i)[4], []],
    ['Valor impuesto', (c, o, r, i) => { const t = vtLine(o, i); const rate = +t[4].replace(/\D/g, '') / 100; const gross = t[3] * o.qty * (o.discount ? 0.95 : 1); return whole(gross - gross / (1 + rate)) }, [], opt],
    ['Total', (c, o, r, i) => whole(vtLine(o, i)[3] * o.qty * (o.discount ? 0.95 : 1)), [PL('priceTotal')]],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Efectivo', 'Efectivo', 'Tarjeta débito', 'Nequi', 'Daviplata', 'Tarjeta crédito']), [OR('payments[0].paymentType')]],
    ['Estado', (c, o, r) => (r() < 0.05 ? 'Anulada' : 'Pagada'), [], opt],
  ] },

  // ---------------------------------------------------------------- web-shop order lines (Bootic, Chile)
  { name: 'bootic-pedidos-export-cl', product: 'Bootic (plataforma de e-commerce, Chile: Panel > Pedidos > Exportar pedidos, CSV, one row per order line; a Santiago specialty-coffee roaster)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Código', (c, o) => String(20000 + +o.id % 9000), [OR('purchaseID')]],
    ['Fecha de ingreso', (c, o) => { const p = cl(o.at); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, ['timestamp', OR('createdDate')]],
    ['Estado', (c, o, r) => v.pick(r, ['Confirmado', 'Confirmado', 'Completado', 'Completado', 'Pendiente', 'Anulado']), [], opt],
    ['Estado de entrega', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'Despachado', 'En preparación', 'En espera']), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Email', (c, o, r) => mail(c, r, CL_DOM), ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c, o, r) => clMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['RUT', (c, o, r) => (r() < 0.6 ? rut(r) : ''), [], opt],
    ['Dirección', (c, o, r, i) => row(CL_ADDR, i)[0], [SHIP('street1')]],
    ['Comuna', (c, o, r, i) => row(CL_ADDR, i)[1], [SHIP('city')]],
    ['Región', (c, o, r, i) => row(CL_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state'), SHIP('region')]],
    ['Método de envío', (c, o) => (btShip(o) ? row(['Starken a domicilio', 'Blue Express', 'Despacho Santiago mismo día'], +o.id) : 'Retiro en tostaduría'), ['commerce.shipping.shippingMethod']],
    ['Costo de envío', (c, o) => String(btShip(o)), ['commerce.shipping.shippingAmount']],
    ['Medio de pago', (c, o, r) => v.pick(r, ['Webpay Plus', 'Webpay Plus', 'Mercado Pago', 'Transferencia bancaria', 'Flow']), [OR('payments[0].paymentType')]],
    ['Cupón', (c, o) => (o.discount ? 'CAFE10' : ''), ['commerce.promotionID'], opt],
    ['Descuento', (c, o, r, i) => String(btDisc(o, i)), [OR('discountAmount')]],
    ['SKU', (c, o, r, i) => btLine(o, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => btLine(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => btLine(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => String(btLine(o, i)[3]), []],
    ['Subtotal', (c, o, r, i) => String(btLine(o, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Total', (c, o, r, i) => String(btLine(o, i)[3] * o.qty + btShip(o) - btDisc(o, i)), [OR('priceTotal')]],
    ['Moneda', () => 'CLP', [OR('currencyCode')]],
    ['Número de seguimiento', (c, o, r) => (btShip(o) && r() < 0.7 ? String(v.int(r, 700000000, 799999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Notas del cliente', (c, o, r) => v.pick(r, ['', '', '', 'Dejar con conserje', 'Es para regalo, sin boleta por favor']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'suscriptor', 'mayorista', 'cliente frecuente']), []],
  ] },

  // ---------------------------------------------------------------- food-delivery orders (DiDi Food, Mexico)
  { name: 'didi-food-historial-pedidos-mx', product: 'DiDi Food (food-delivery app, restaurant portal of DiDi Tienda: Pedidos > Historial de pedidos > Descargar, Excel, one row per order; a Mexico City sushi restaurant)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['ID del pedido', (c, o, r) => `5764${v.int(r, 100000, 999999)}${pad(+o.id, 5)}`, [OR('purchaseID'), '_id']],
    ['Tienda', () => 'Sushi Roll Narvarte', [], opt],
    ['ID de la tienda', () => '5764607769261123', ['commerce.commerceScope.storeCode'], opt],
    ['Fecha de creación', (c, o) => { const p = mx(meal(o.at, -6)); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Hora de aceptación', (c, o) => hms(mx(meal(o.at, -6) + 90000)), [], opt],
    ['Hora de entrega', (c, o) => hms(mx(meal(o.at, -6) + (32 + (+o.id % 25)) * 60000)), [], opt],
    ['Estado del pedido', (c, o) => (+o.id % 13 === 0 ? 'Cancelado' : 'Completado'), [], opt],
    ['Tipo de entrega', (c, o) => (+o.id % 6 === 0 ? 'Entrega propia' : +o.id % 9 === 0 ? 'Recoger en tienda' : 'Entrega DiDi'), ['commerce.shipping.shippingMethod'], opt],
    ['Productos', (c, o, r, i) => dfOrder(o, i)[0], [PL('name')], opt],
    ['Cantidad de artículos', (c, o, r, i) => String(dfOrder(o, i)[1]), [], opt],
    ['Subtotal', (c, o, r, i) => two(dfOrder(o, i)[2]), [], opt],
    ['Descuento a cargo de la tienda', (c, o) => two(dfStoreDisc(o)), [OR('discountAmount')], opt],
    ['Descuento a cargo de DiDi', (c, o, r) => two(r() < 0.3 ? 35 : 0), [], opt],
    ['Costo de envío', (c, o) => two(+o.id % 9 === 0 ? 0 : 29), ['commerce.shipping.shippingAmount'], opt],
    ['Total pagado por el cliente', (c, o, r, i) => two(dfOrder(o, i)[2] - dfStoreDisc(o) + (+o.id % 9 === 0 ? 0 : 29)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Método de pago', (c, o, r) => v.pick(r, ['Tarjeta', 'Tarjeta', 'Efectivo', 'DiDi Pay']), [OR('payments[0].paymentType')]],
    ['Comisión DiDi', (c, o, r, i) => two((dfOrder(o, i)[2] - dfStoreDisc(o)) * 0.22), []],
    ['IVA de la comisión', (c, o, r, i) => two((dfOrder(o, i)[2] - dfStoreDisc(o)) * 0.22 * 0.16), []],
    ['Monto a recibir', (c, o, r, i) => two((dfOrder(o, i)[2] - dfStoreDisc(o)) * (1 - 0.22 * 1.16)), []],
    ['Nombre del cliente', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Calificación', (c, o, r) => v.pick(r, ['', '', '5', '5', '4', '3', '1']), []],
    ['Motivo de cancelación', (c, o, r) => (+o.id % 13 === 0 ? v.pick(r, ['El cliente canceló', 'Restaurante sin producto', 'Sin repartidor disponible']) : ''), [], opt],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', '', 'Sin wasabi por favor', 'Extra salsa de anguila', 'Tocar en el interfón 3B']), []],
  ] },

  // ---------------------------------------------------------------- web-shop users (Logicommerce, Spain)
  { name: 'logicommerce-usuarios-export-es', product: 'Logicommerce (plataforma de e-commerce, Spain: Usuarios > Exportar, CSV separated by semicolons, one row per user with the default billing address; a Valencia natural-cosmetics shop)', family: 'ecommerce-customers', language: 'es', schema: P, cols: [
    ['Id', (c, o, r, i) => String(31000 + i * 13 + v.int(r, 0, 12)), ID],
    ['Email', (c, o, r) => mail(c, r, ES_DOM), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c, o, r) => `${c.last} ${v.pick(r, ['Navarro', 'Ferrer', 'Soler', 'Ortega', 'Blasco', 'Vidal'])}`, ['person.name.lastName']],
    ['NIF', (c, o, r) => (r() < 0.5 ? nif(r) : ''), ['person.taxId']],
    ['Empresa', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Herbolario Ruzafa S.L.', 'Farmacia Campanar C.B.']) : ''), ['organizations[0]'], opt],
    ['Sexo', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.6 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Teléfono', (c, o, r) => (r() < 0.3 ? esFixed(r) : esMobile(r)), ['homePhone.number', 'mobilePhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.6 ? esMobile(r) : ''), ['mobilePhone.number']],
    ['Dirección facturación', (c, o, r, i) => row(ES_ADDR, i)[0], ['billingAddress.street1']],
    ['Número facturación', (c, o, r, i) => `${row(ES_ADDR, i)[1]}${v.pick(r, ['', '', ', 3º B', ', 1º', ', bajo'])}`, ['billingAddress.street1', 'billingAddress.street2'], opt],
    ['C.P. facturación', (c, o, r, i) => row(ES_ADDR, i)[2], ['billingAddress.postalCode']],
    ['Población facturación', (c, o, r, i) => row(ES_ADDR, i)[3], ['billingAddress.city']],
    ['Provincia facturación', (c, o, r, i) => row(ES_ADDR, i)[4], ['billingAddress.stateProvince', 'billingAddress.state']],
    ['País facturación', () => 'ES', ['billingAddress.countryCode']],
    ['Grupo de usuarios', (c, o, r) => v.pick(r, ['Clientes', 'Clientes', 'Clientes', 'Profesionales', 'VIP']), [], opt],
    ['Idioma', (c, o, r) => v.pick(r, ['es', 'es', 'es', 'ca', 'en']), [], opt],
    ['Suscrito al boletín', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Activo', (c, o, r) => (r() < 0.95 ? 'Sí' : 'No'), [], opt],
    ['Verificado', (c, o, r) => (r() < 0.85 ? 'Sí' : 'No'), [], opt],
    ['Fecha de alta', (c) => { const p = es(c.created); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Último acceso', (c) => { const p = es(later(c)); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Pedidos', (c, o, r) => String(v.int(r, 0, 24)), []],
    ['Importe total pedidos', (c, o, r) => eurC(v.int(r, 0, 1800) + 0.95), ['loyalty.lifetimePurchases'], opt],
  ] },

  // ---------------------------------------------------------------- loyalty contacts (Omniwallet, Spain)
  { name: 'omniwallet-contactos-export-es', product: 'Omniwallet (plataforma de fidelización con tarjeta digital Apple/Google Wallet, Spain: Contactos > Exportar, CSV; a Barcelona bakery chain with web shop and shops)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Email', (c, o, r) => mail(c, r, ES_DOM), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Teléfono', (c, o, r) => (r() < 0.7 ? `+34 ${esMobile(r)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.5 ? ymd(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Código postal', (c, o, r, i) => row(BCN_CP, i), at(HOME, 'postalCode')],
    ['Tarjeta', (c, o, r) => `OW${v.int(r, 10000000, 99999999)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Puntos', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['Nivel', (c, o, r) => v.pick(r, ['Bronce', 'Bronce', 'Plata', 'Oro']), ['loyalty.tier']],
    ['Puntos acumulados', (c, o, r) => String(v.int(r, 900, 4000)), ['loyalty.lifetimePoints']],
    ['Puntos canjeados', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.pointsRedeemed']],
    ['Importe gastado', (c, o, r) => eurC(v.int(r, 20, 1400) + 0.4), ['loyalty.lifetimePurchases'], opt],
    ['Actualización de saldo', (c) => { const p = es(later(c)); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Fecha de alta', (c) => { const p = es(c.created); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, ['loyalty.joinDate']],
    ['Última actividad', (c) => { const p = es(later(c) + 3 * day); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Origen', (c, o, r) => v.pick(r, ['Tienda física', 'Tienda física', 'Shopify', 'Formulario QR', 'Importación']), [], opt],
    ['Wallet', (c, o, r) => v.pick(r, ['Apple Wallet', 'Google Wallet', 'Google Wallet', 'Sin instalar']), []],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Referido por', (c, o, r) => (r() < 0.1 ? mail({ first: 'Marta', last: 'Puig' }, r, ES_DOM) : ''), []],
  ] },

  // ---------------------------------------------------------------- retail CRM and loyalty members (Cheetrack, Chile)
  { name: 'cheetrack-clientes-export-cl', product: 'Cheetrack (CRM y programa de fidelización para retail, Chile: Clientes > Exportar base, Excel; a Santiago sporting-goods retailer with stores and web shop)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['RUT', (c, o, r) => rut(r), ['person.taxId']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => mail(c, r, CL_DOM), ['personalEmail.address']],
    ['Teléfono', (c, o, r) => clMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.7 ? dmy(shift(c.birth, 0), '-') : ''), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Comuna', (c, o, r, i) => row(CL_ADDR, i + 2)[1], at(HOME, 'city')],
    ['Región', (c, o, r, i) => row(CL_ADDR, i + 2)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), ...at(HOME, 'region')]],
    ['Tienda de registro', (c, o, r) => v.pick(r, ['Mall Costanera Center', 'Parque Arauco', 'Tienda online', 'Mall Plaza Vespucio']), [], opt],
    ['Fecha de registro', (c) => dmy(cl(c.created), '-'), ['loyalty.joinDate'], opt],
    ['Segmento', (c, o, r) => v.pick(r, ['Runner', 'Outdoor', 'Fútbol', 'Inactivo 180 días', 'Nuevo']), [], opt],
    ['Nivel', (c, o, r) => v.pick(r, ['Clásico', 'Clásico', 'Plus', 'Élite']), ['loyalty.tier']],
    ['Puntos disponibles', (c, o, r) => String(v.int(r, 0, 25000)), ['loyalty.points']],
    ['Puntos por vencer', (c, o, r) => String(r() < 0.4 ? v.int(r, 100, 3000) : 0), ['loyalty.pointsExpiration[0].pointsExpiring']],
    ['Compras totales', (c, o, r) => clp(v.int(r, 15000, 2400000)), ['loyalty.lifetimePurchases'], opt],
    ['N° de compras', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Ticket promedio', (c, o, r) => clp(v.int(r, 12000, 95000)), []],
    ['Última compra', (c) => dmy(cl(later(c)), '-'), [], opt],
    ['Acepta email', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Acepta WhatsApp', (c, o, r) => (r() < 0.5 ? 'Sí' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- newsletter subscribers (Fidelitytools, Argentina)
  { name: 'fidelitytools-contactos-export-ar', product: 'Fidelitytools (email marketing, SMS y fidelización, Argentina: Contactos > Exportar, CSV; a Rosario wine club\'s newsletter base)', family: 'email', language: 'es', schema: P, cols: [
    ['Email', (c, o, r) => mail(c, r, AR_DOM), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Celular', (c, o, r) => (r() < 0.6 ? `549${v.pick(r, ['11', '341', '351', '261'])}${v.int(r, 2000000, 6999999)}` : ''), ['mobilePhone.number']],
    ['DNI', (c, o, r) => (r() < 0.4 ? String(v.int(r, 14000000, 45999999)) : ''), ['person.taxId'], opt],
    ['Fecha de Nacimiento', (c, o, r) => (r() < 0.5 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Sexo', (c, o, r) => (r() < 0.2 ? '' : c.female ? 'F' : 'M'), ['person.gender']],
    ['Localidad', (c, o, r, i) => row(AR_LOC, i)[0], at(HOME, 'city')],
    ['Provincia', (c, o, r, i) => row(AR_LOC, i)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'Argentina', at(HOME, 'country')],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Activo', 'Desuscripto', 'Rebotado']), ['personalEmail.status'], opt],
    ['Fecha de Alta', (c) => { const p = ar(c.created); return `${dmy(p)} ${hms(p)}` }, [], opt],
    ['Fecha de Baja', (c, o, r) => (r() < 0.15 ? (() => { const p = ar(later(c)); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Origen', (c, o, r) => v.pick(r, ['Formulario web', 'Formulario web', 'Importación', 'Tienda Nube', 'API']), [], opt],
    ['Grupos', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter; Club del Vino', 'Club del Vino', 'Newsletter; Compradores']), []],
    ['Última Apertura', (c, o, r) => (r() < 0.7 ? (() => { const p = ar(later(c)); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Último Click', (c, o, r) => (r() < 0.4 ? (() => { const p = ar(later(c) + 600000); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Aperturas', (c, o, r) => String(v.int(r, 0, 80)), []],
    ['Clicks', (c, o, r) => String(v.int(r, 0, 25)), []],
  ] },

  // ---------------------------------------------------------------- invoicing customers (Relbase, Chile)
  { name: 'relbase-clientes-export-cl', product: 'Relbase (facturación electrónica e inventario para pymes, Chile: Clientes > Exportar a Excel; a Concepción hardware distributor\'s business customers, one row per customer with its main contact)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['ID', (c, o, r, i) => String(880000 + i * 31 + v.int(r, 0, 30)), B2BID],
    ['RUT', (c, o, r) => rutEmpresa(r), [], opt],
    ['Razón social', (c, o, r, i) => row(['Constructora Biobío SpA', 'Ferretería El Roble Ltda.', 'Inmobiliaria Andalué S.A.', 'Servicios Eléctricos Pérez y Cía. Ltda.', 'Maderas del Sur SpA', 'Comercial Talcahuano EIRL'], i), ['b2b.companyName', 'organizations[0]']],
    ['Nombre de fantasía', (c, o, r, i) => row(['Constructora Biobío', 'Ferretería El Roble', 'Andalué', 'SEP Eléctricos', 'Maderas del Sur', 'ComTal'], i), ['b2b.companyName', 'organizations[0]'], opt],
    ['Giro', (c, o, r, i) => row(['Construcción de edificios', 'Venta al por menor de artículos de ferretería', 'Actividades inmobiliarias', 'Instalaciones eléctricas', 'Aserrado y acepilladura de maderas', 'Venta al por mayor no especializada'], i), []],
    ['Dirección', (c, o, r, i) => row(CL_ADDR, i + 4)[0], at(WORK, 'street1')],
    ['Comuna', (c, o, r, i) => row(CL_ADDR, i + 4)[1], at(WORK, 'city'), opt],
    ['Ciudad', (c, o, r, i) => row(CL_ADDR, i + 4)[2], at(WORK, 'city')],
    ['Región', (c, o, r, i) => row(CL_ADDR, i + 4)[3], ['workAddress.stateProvince', 'workAddress.state', 'workAddress.region']],
    ['Teléfono', (c, o, r) => clFixed(r), ['workPhone.number']],
    ['Email', (c, o, r, i) => `facturas@${slug(row(['Constructora Biobío', 'Ferretería El Roble', 'Andalué', 'SEP Eléctricos', 'Maderas del Sur', 'ComTal'], i))}.cl`, ['workEmail.address'], opt],
    ['Contacto', (c) => c.full, ['person.name.fullName']],
    ['Cargo contacto', (c, o, r) => v.pick(r, ['Jefe de compras', 'Administrador de obra', 'Gerente general', 'Encargada de adquisiciones']), ['extendedWorkDetails.jobTitle']],
    ['Email contacto', (c, o, r, i) => `${slug(c.first)[0]}${slug(c.last)}@${slug(row(['Constructora Biobío', 'Ferretería El Roble', 'Andalué', 'SEP Eléctricos', 'Maderas del Sur', 'ComTal'], i))}.cl`, ['workEmail.address']],
    ['Teléfono contacto', (c, o, r) => clMobile(r), ['mobilePhone.number', 'workPhone.number']],
    ['Condición de pago', (c, o, r) => v.pick(r, ['Contado', '30 días', '30 días', '60 días']), []],
    ['Lista de precios', (c, o, r) => v.pick(r, ['General', 'Mayorista', 'Constructoras']), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['Rodrigo Fuentes', 'Paula Sanhueza', 'Sin vendedor']), []],
    ['Límite de crédito', (c, o, r) => clp(v.pick(r, [0, 500000, 1500000, 3000000])), []],
    ['Tipo de cliente', (c, o, r) => v.pick(r, ['Empresa', 'Empresa', 'Empresa', 'Persona natural']), [], opt],
    ['Fecha de creación', (c) => dmy(cl(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Enviar DTE también a contabilidad', 'Retira en bodega']), []],
  ] },

  // ---------------------------------------------------------------- electronic receipts (Nubefact, Peru)
  { name: 'nubefact-comprobantes-pe', product: 'Nubefact (facturación electrónica SUNAT, Peru: issued facturas and boletas exported to CSV by an integrator, columns named as the fields of Nubefact\'s JSON API; a Lima restaurant-supply store)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['tipo_de_comprobante', (c, o) => (+o.id % 3 === 0 ? '1' : '2'), [], opt],
    ['serie', (c, o) => (+o.id % 3 === 0 ? 'F001' : 'B001'), [], opt],
    ['numero', (c, o) => String(2000 + +o.id % 8000), [OR('purchaseID')], opt],
    ['sunat_transaction', () => '1', []],
    ['cliente_tipo_de_documento', (c, o) => (+o.id % 3 === 0 ? '6' : '1'), []],
    ['cliente_numero_de_documento', (c, o, r) => (+o.id % 3 === 0 ? rucPe(r) : dniPe(r)), [], opt],
    ['cliente_denominacion', (c, o, r, i) => (+o.id % 3 === 0 ? row(PE_COMPANY, i) : `${c.first} ${c.last}`.toUpperCase()), []],
    ['cliente_direccion', (c, o, r, i) => (+o.id % 3 === 0 || r() < 0.3 ? row(PE_ADDR, i) : ''), [BILL('street1')], opt],
    ['cliente_email', (c, o, r) => (r() < 0.6 ? mail(c, r, ['gmail.com', 'hotmail.com', 'outlook.com']) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['fecha_de_emision', (c, o) => dmy(pe(o.at), '-'), ['timestamp', OR('createdDate')], opt],
    ['fecha_de_vencimiento', (c, o) => (+o.id % 3 === 0 ? dmy(pe(o.at + 30 * day), '-') : ''), [], opt],
    ['moneda', (c, o) => (+o.id % 11 === 0 ? '2' : '1'), [OR('currencyCode')], opt],
    ['tipo_de_cambio', (c, o) => (+o.id % 11 === 0 ? '3.742' : ''), []],
    ['porcentaje_de_igv', () => '18.00', []],
    ['descuento_global', () => '', [OR('discountAmount')], opt],
    ['total_descuento', (c, o) => (o.discount ? two(nbTotal(o) * 0.05) : ''), [OR('discountAmount')]],
    ['total_gravada', (c, o) => two(nbTotal(o) / 1.18), [], opt],
    ['total_inafecta', () => '', [], opt],
    ['total_exonerada', () => '', [], opt],
    ['total_igv', (c, o) => two(nbTotal(o) - nbTotal(o) / 1.18), [OR('taxAmount')]],
    ['total', (c, o) => two(nbTotal(o)), [OR('priceTotal')]],
    ['observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Entrega en almacén de Ate', 'Pedido web 1187']), []],
    ['orden_compra_servicio', (c, o, r) => (+o.id % 3 === 0 && r() < 0.6 ? `OC-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['condiciones_de_pago', (c, o) => (+o.id % 3 === 0 ? 'CRÉDITO 30 DÍAS' : 'CONTADO'), [], opt],
    ['medio_de_pago', (c, o, r) => v.pick(r, ['EFECTIVO', 'TARJETA VISA', 'YAPE', 'PLIN', 'TRANSFERENCIA BCP']), [OR('payments[0].paymentType')], opt],
    ['aceptada_por_sunat', (c, o, r) => (r() < 0.95 ? 'true' : 'false'), [], opt],
    ['enlace_del_pdf', (c, o, r) => `https://www.nubefact.com/cpe/${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}.pdf`, []],
  ] },

  // ---------------------------------------------------------------- restaurant guest CRM (Woki, Argentina)
  { name: 'woki-clientes-export-ar', product: 'Woki (reservas online y CRM de comensales, Argentina: Clientes > Exportar, CSV; a Buenos Aires parrilla)', family: 'crm', language: 'es', schema: P, cols: [
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.85 ? mail(c, r, AR_DOM) : ''), ['personalEmail.address']],
    ['Teléfono', (c, o, r) => arIntl(r), ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.35 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Empresa', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Globant', 'Mercado Libre', 'Estudio Beccar Varela']) : ''), ['organizations[0]'], opt],
    ['Reservas', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Visitas', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['No shows', (c, o, r) => String(r() < 0.2 ? v.int(r, 1, 3) : 0), []],
    ['Cancelaciones', (c, o, r) => String(r() < 0.3 ? v.int(r, 1, 4) : 0), []],
    ['Primera visita', (c) => dmy(ar(c.created)), [], opt],
    ['Última visita', (c) => dmy(ar(later(c))), [], opt],
    ['Gasto promedio', (c, o, r) => arsC(v.int(r, 18000, 95000)), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Habitué', 'Habitué, Terraza', 'Cumpleaños', 'Prensa']), []],
    ['Restricciones alimentarias', (c, o, r) => v.pick(r, ['', '', '', 'Celíaco', 'Vegetariano', 'Alergia a frutos secos']), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Prefiere mesa junto a la ventana', 'Pide el ojo de bife jugoso']), []],
    ['Origen', (c, o, r) => v.pick(r, ['Woki', 'Woki', 'Google', 'Instagram', 'Teléfono', 'Walk-in']), [], opt],
    ['Acepta novedades', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Fecha de alta', (c) => { const p = ar(c.created); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, [], opt],
  ] },
]
