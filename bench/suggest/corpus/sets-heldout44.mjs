// Round 44, heldout44: held-out sets written apart from the suggester and any tuning, scored once at the end, by someone
// else. Spanish-language tools of Spain and Latin America (Mexico, Argentina, Colombia, Chile, Peru). Same format as
// sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, OR, PL, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const thou = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
// 1,234.56 (Mexico, Peru) and 1.234,56 (Argentina, Colombia, Chile, Spain)
const dotMoney = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${thou(i, ',')}.${d}` }
const commaMoney = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${thou(i, '.')},${d}` }
const dmy = (p, sep = '/') => `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const mx = (ms) => shift(ms, -6) // Ciudad de México, no summer time since 2022
const ar = (ms) => shift(ms, -3) // Buenos Aires
const pe = (ms) => shift(ms, -5) // Lima
const cl = (ms) => shift(ms, dst(ms) ? -4 : -3) // Santiago (winter time April-September, roughly)
const es = (ms) => shift(ms, dst(ms) ? 2 : 1) // Madrid
const digits = (s) => s.replace(/\D/g, '')

// Latin American people and places, picked from the generated person's id (the corpus person is Spain's)
const LAT = {
  mx: {
    first: ['José Luis', 'Guadalupe', 'Alejandro', 'Fernanda', 'Jorge', 'Ximena', 'Ricardo', 'Mariana', 'Arturo', 'Daniela'],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Vázquez'],
    cities: [['Ciudad de México', 'Ciudad de México', 'Roma Norte', '06700', 'Cuauhtémoc'], ['Guadalajara', 'Jalisco', 'Americana', '44160', 'Guadalajara'], ['Monterrey', 'Nuevo León', 'Centro', '64000', 'Monterrey'], ['Puebla', 'Puebla', 'La Paz', '72160', 'Puebla'], ['Querétaro', 'Querétaro', 'Jurica', '76100', 'Querétaro'], ['Mérida', 'Yucatán', 'García Ginerés', '97070', 'Mérida']],
    street: ['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Hidalgo', 'Av. Juárez', 'Calle Morelos'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'],
  },
  ar: {
    first: ['Martín', 'Lucía', 'Facundo', 'Florencia', 'Nicolás', 'Agustina', 'Matías', 'Camila', 'Gonzalo', 'Rocío'],
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Gómez', 'Díaz', 'Pereyra', 'Romero', 'Sosa', 'Benítez'],
    cities: [['CABA', 'Ciudad Autónoma de Buenos Aires', 'Palermo', 'C1414', 'Palermo'], ['Córdoba', 'Córdoba', 'Nueva Córdoba', 'X5000', 'Capital'], ['Rosario', 'Santa Fe', 'Centro', 'S2000', 'Rosario'], ['La Plata', 'Buenos Aires', 'Centro', 'B1900', 'La Plata'], ['Mendoza', 'Mendoza', 'Quinta Sección', 'M5500', 'Capital'], ['Mar del Plata', 'Buenos Aires', 'Güemes', 'B7600', 'General Pueyrredón']],
    street: ['Av. Santa Fe', 'Av. Corrientes', 'Calle 7', 'Bv. Oroño', 'Av. Colón', 'Güemes'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com'],
  },
  co: {
    first: ['Andrés Felipe', 'Luisa Fernanda', 'Juan Camilo', 'Valentina', 'Santiago', 'María José', 'Carlos Andrés', 'Natalia', 'Julián', 'Paola'],
    last: ['Rodríguez', 'Gómez', 'Martínez', 'Restrepo', 'Ramírez', 'Cárdenas', 'Ospina', 'Vargas', 'Moreno', 'Jaramillo'],
    cities: [['Bogotá', 'Bogotá D.C.', 'Chapinero', '110231', 'Bogotá D.C.'], ['Medellín', 'Antioquia', 'El Poblado', '050021', 'Medellín'], ['Cali', 'Valle del Cauca', 'Granada', '760045', 'Cali'], ['Barranquilla', 'Atlántico', 'El Prado', '080020', 'Barranquilla'], ['Bucaramanga', 'Santander', 'Cabecera', '680003', 'Bucaramanga'], ['Pereira', 'Risaralda', 'Pinares', '660004', 'Pereira']],
    street: ['Calle 93', 'Carrera 7', 'Carrera 43A', 'Calle 10', 'Avenida 6N', 'Calle 72'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'],
  },
  cl: {
    first: ['Francisco', 'Catalina', 'Benjamín', 'Javiera', 'Vicente', 'Constanza', 'Tomás', 'Fernanda', 'Cristóbal', 'Antonia'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda'],
    cities: [['Santiago', 'Metropolitana', 'Providencia', '7500000', 'Providencia'], ['Santiago', 'Metropolitana', 'Las Condes', '7550000', 'Las Condes'], ['Valparaíso', 'Valparaíso', 'Viña del Mar', '2520000', 'Viña del Mar'], ['Concepción', 'Biobío', 'Concepción', '4030000', 'Concepción'], ['Antofagasta', 'Antofagasta', 'Antofagasta', '1240000', 'Antofagasta'], ['Temuco', 'Araucanía', 'Temuco', '4780000', 'Temuco']],
    street: ['Av. Providencia', 'Av. Apoquindo', 'Calle Valparaíso', 'Av. O\'Higgins', 'Los Carrera', 'Av. Alemania'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.cl', 'outlook.com'],
  },
  pe: {
    first: ['Luis Alberto', 'Rosa', 'Miguel Ángel', 'Milagros', 'Renzo', 'Carmen', 'Diego', 'Kiara', 'Jhon', 'Fiorella'],
    last: ['Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'Huamán', 'Mendoza', 'Torres', 'Chávez', 'Ramos', 'Vargas'],
    cities: [['Lima', 'Lima', 'Miraflores', '15074', 'Miraflores'], ['Lima', 'Lima', 'San Isidro', '15073', 'San Isidro'], ['Arequipa', 'Arequipa', 'Cayma', '04017', 'Cayma'], ['Trujillo', 'La Libertad', 'Trujillo', '13001', 'Trujillo'], ['Cusco', 'Cusco', 'Wanchaq', '08002', 'Wanchaq'], ['Piura', 'Piura', 'Castilla', '20003', 'Castilla']],
    street: ['Av. José Larco', 'Av. Arequipa', 'Jr. de la Unión', 'Av. Javier Prado Este', 'Calle Mercaderes', 'Av. Benavides'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  },
}
const lat = (c, cc) => {
  const d = LAT[cc], n = +c.id
  const first = d.first[n % d.first.length], last = d.last[(n >> 3) % d.last.length], last2 = d.last[(n >> 5) % d.last.length]
  const [city, region, area, zip, muni] = d.cities[(n >> 2) % d.cities.length]
  const email = `${slug(first).slice(0, 10)}.${slug(last)}${n % 90}@${d.mail[(n >> 4) % d.mail.length]}`
  return { first, last, last2, full: `${first} ${last}`, city, region, area, zip, muni, email, street: `${d.street[(n >> 1) % d.street.length]} ${100 + (n % 1900)}` }
}
const mxMobile = (c) => `55${pad(+c.id % 100)}${String(100000 + +c.id).slice(-6)}`
const arMobile = (c) => `+54 9 11 ${String(4000 + (+c.id % 5999))}-${String(1000 + (+c.id * 7) % 8999)}`
const coMobile = (c) => `3${['00', '01', '10', '15', '20', '04'][+c.id % 6]}${String(1000000 + (+c.id * 13) % 8999999)}`
const rfcPM = (c) => `${['COM', 'DIS', 'ABA', 'SER', 'FER', 'GRU'][+c.id % 6]}${String(10 + (+c.id % 14)).padStart(2, '0')}${pad(1 + (+c.id % 12))}${pad(1 + (+c.id % 28))}${['A1', 'K9', 'T53', 'H7'][+c.id % 4].padEnd(3, '2')}`
const cuit = (c, pre = '30') => { const n = String(50000000 + (+c.id * 97) % 49999999); return `${pre}-${n}-${+c.id % 10}` }
const dni = (c) => { const n = String(10000000 + (+c.id * 53) % 89999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[+n % 23]}` }
const rutCl = (c) => { const n = 76000000 + (+c.id * 131) % 3999999; return `${thou(String(n), '.')}-${'0123456789K'[+c.id % 11]}` }
const nitCo = (c) => String(800000000 + (+c.id * 211) % 199999999)
const iban = (c) => `ES${pad(10 + (+c.id % 89))} ${['2100', '0049', '0182', '2085', '0081'][+c.id % 5]} ${String(1000 + +c.id % 9000)} ${pad(+c.id % 100)}${String(10 + +c.id % 89)} ${String(100000 + +c.id).slice(-4)} ${String(200000 + +c.id * 3).slice(-4)}`
const nss = (c) => `${pad(1 + (+c.id % 52))} ${String(10000000 + (+c.id * 37) % 89999999)} ${pad(+c.id % 100)}`

// Aspel SAE: a Mexican hardware wholesaler's invoices (Ventas > Facturas > Exportar a Excel, the document browser's columns; Spanish UI).
const AS_ST = ['Emitida', 'Emitida', 'Emitida', 'Cancelada', 'Emitida', 'Pagada']
const asTotal = (o) => +(o.subtotal * 18 * 1.16).toFixed(2)
// Clip: a Mexican café's card-reader payments (Clip portal: Transacciones > Descargar reporte, CSV; Spanish UI).
const CP_ST = ['Aprobada', 'Aprobada', 'Aprobada', 'Aprobada', 'Declinada', 'Cancelada', 'Devuelta']
const cpSt = (o) => CP_ST[+o.id % CP_ST.length]
const cpAmt = (o) => +(o.total * 9.5).toFixed(2)
const cpTip = (o) => (+o.id % 3 === 0 ? +(cpAmt(o) * 0.1).toFixed(2) : 0)
const cpFee = (o) => +((cpAmt(o) + cpTip(o)) * 0.036).toFixed(2)
// Kushki: a Peruvian airline-ticket agency's online card payments (Kushki Console: Transacciones > Descargar, CSV; Spanish UI).
const KU_ST = ['APPROVAL', 'APPROVAL', 'APPROVAL', 'DECLINED', 'APPROVAL', 'INITIALIZED']
const kuSt = (o) => KU_ST[+o.id % KU_ST.length]
const kuAmt = (o) => +(o.total * 3.9).toFixed(2)
const kuCard = (o) => +o.id % 5 < 3
// Empretienda: an Argentine clothing shop's sales (Empretienda admin: Ventas > Exportar ventas, Excel; one row per product sold).
const EM_PAY = ['Mercado Pago', 'Mercado Pago', 'Transferencia bancaria', 'Efectivo', 'Mercado Pago', 'Uala Bis']
const EM_SHIP = ['Correo Argentino - A domicilio', 'OCA - A sucursal', 'Retiro en local', 'Envío a domicilio (moto)', 'Andreani - A domicilio']
const emShip = (o) => EM_SHIP[+o.id % EM_SHIP.length]
const emShipCost = (o) => (emShip(o) === 'Retiro en local' ? 0 : [3890, 4520, 2990, 5100][+o.id % 4])
const emUnit = (o) => +(o.price * 950).toFixed(2)
const emTotal = (o) => +(emUnit(o) * o.qty + emShipCost(o) - (o.discount ? 2000 : 0)).toFixed(2)
// Colppy: an Argentine IT consultancy's sales invoices (Clientes > Comprobantes de venta > Exportar, Excel; Spanish UI).
const CO_TYPE = ['Factura A', 'Factura A', 'Factura B', 'Nota de Crédito A', 'Factura A', 'Factura B']
const coType = (o) => CO_TYPE[+o.id % CO_TYPE.length]
const coNet = (o) => +(o.subtotal * 2400).toFixed(2)
const coIva = (o) => +(coNet(o) * 0.21).toFixed(2)
const coIibb = (o) => (coType(o).endsWith('A') ? +(coNet(o) * 0.03).toFixed(2) : 0)
const coTot = (o) => +(coNet(o) + coIva(o) + coIibb(o)).toFixed(2)
const CO_CLIENT = ['Distribuidora Patagonia S.A.', 'Estudio Contable Ríos & Asoc.', 'Logística del Litoral S.R.L.', 'Agroinsumos Pampa S.A.', 'Clínica San Jorge S.A.', 'Consumidor Final']
// Nubox: a Chilean food distributor's issued documents (Nubox Facturación: Ventas > Documentos emitidos > Exportar a Excel; Spanish UI).
const NB_TYPE = ['Factura Electrónica', 'Factura Electrónica', 'Boleta Electrónica', 'Factura Exenta Electrónica', 'Nota de Crédito Electrónica', 'Factura Electrónica']
const nbType = (o) => NB_TYPE[+o.id % NB_TYPE.length]
const nbNet = (o) => Math.round(o.subtotal * 8900)
const nbEx = (o) => nbType(o).includes('Exenta')
const nbIva = (o) => (nbEx(o) ? 0 : Math.round(nbNet(o) * 0.19))
const clp = (n) => `$ ${thou(String(Math.round(n)), '.')}`
const NB_CLIENT = ['Supermercados del Sur SpA', 'Restaurante La Picá de Juan Ltda.', 'Hotel Costa Azul S.A.', 'Comercial Don Pedro EIRL', 'Casino Minero SpA', 'Panadería Santa Rosa Ltda.']
// Doofinder: a Spanish sports shop's search terms (Doofinder admin: Estadísticas > Explora lo que busca la gente > CSV).
const DF_TERM = ['zapatillas running', 'mochila', 'bicicleta montaña', 'raqueta padel', 'camiseta real madrid', 'gafas natacion', 'esterilla yoga', 'zapatillas trail mujer', 'pelota futbol', 'casco bici']
// Contabilium: an Argentine building-supplies shop's customers (Ventas > Clientes > Exportar a Excel; Spanish UI).
const CB_IVA = ['Responsable Inscripto', 'Responsable Inscripto', 'Monotributista', 'Consumidor Final', 'Exento']
// Anfix: a Spanish design studio's clients (Anfix: Contactos > Clientes > Exportar, Excel; Spanish UI).
const anDom = (c) => `${slug(c.last)}${['restaurante', 'inmobiliaria', 'academia', 'clinica', 'tienda'][+c.id % 5]}.es`
const AN_SECT = ['Hostelería', 'Comercio minorista', 'Inmobiliaria', 'Educación', 'Salud', 'Tecnología']
// Sesame HR and Factorial: Spanish companies' employee lists (Spanish UI).
const SE_DEP = ['Operaciones', 'Ventas', 'Tecnología', 'Administración', 'Recursos Humanos', 'Marketing']
const SE_JOB = ['Dependienta', 'Comercial', 'Desarrollador backend', 'Administrativa contable', 'Técnica de selección', 'Community manager']
const SE_BOSS = ['Laura Martín Ruiz', 'Sergio Navarro Gil', 'Elena Ortega Sanz', '']
const FA_SITE = ['Oficina Madrid', 'Oficina Barcelona', 'Remoto', 'Almacén Getafe']
const FA_TEAM = ['Producto', 'Atención al cliente', 'Finanzas', 'Logística', 'Producto, Diseño', 'Ventas']
const FA_JOB = ['Product Manager', 'Agente de soporte', 'Controller financiero', 'Mozo de almacén', 'Diseñadora UX', 'Account Executive']
const esMobile = (c) => `6${pad(10 + (+c.id % 89))} ${String(100 + (+c.id % 899))} ${String(100 + ((+c.id * 7) % 899))}`
const esWork = (c, dom) => `${slug(c.first)}.${slug(c.last)}@${dom}`

export const SETS = [
  // ---------------------------------------------------------------- invoicing (order events)
  { name: 'aspel-sae-facturas-es', product: 'Aspel SAE (Ventas > Documentos de venta > Facturas, browser exported to Excel; Spanish UI, a Mexican hardware wholesaler\'s CFDI invoices)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Clave', (c, o) => `A${pad(+o.id % 100000, 7)}`, [OR('purchaseID'), '_id']],
    ['Estatus', (c, o) => AS_ST[+o.id % AS_ST.length], [], opt],
    ['Cliente', (c) => String(1 + +c.id % 5000), []],
    ['Nombre', (c) => ['FERRETERIA LA LLAVE SA DE CV', 'MATERIALES DEL BAJIO SA DE CV', 'CONSTRUCCIONES ROBLES SA DE CV', 'PLOMERIA Y PINTURAS DEL NORTE', 'PUBLICO EN GENERAL'][+c.id % 5], []],
    ['RFC', (c) => (+c.id % 5 === 4 ? 'XAXX010101000' : rfcPM(c)), []],
    ['Fecha de elaboración', (c, o) => dmy(mx(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Fecha de vencimiento', (c, o) => dmy(mx(o.at + 30 * 86400000)), []],
    ['Su pedido', (c, o, r) => (r() < 0.4 ? `OC-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Vendedor', (c) => ['1', '2', '5', ''][+c.id % 4], []],
    ['Almacén', () => '1', []],
    ['Importe', (c, o) => dotMoney(+(asTotal(o) / 1.16 + (o.discount ? 90 : 0)).toFixed(2)), [], opt],
    ['Descuento', (c, o) => dotMoney(o.discount ? 90 : 0), [OR('discountAmount')]],
    ['Impuesto', (c, o) => dotMoney(+(asTotal(o) - asTotal(o) / 1.16).toFixed(2)), [OR('taxAmount')]],
    ['Total', (c, o) => dotMoney(asTotal(o)), [OR('priceTotal')]],
    ['Moneda', (c, o) => (+o.id % 11 === 3 ? 'Dólares' : 'Pesos'), [OR('currencyCode')], opt],
    ['Tipo de cambio', (c, o) => (+o.id % 11 === 3 ? '17.2350' : '1.0000'), []],
    ['Método de pago', (c, o) => (+o.id % 3 === 0 ? 'PPD' : 'PUE'), [], opt],
    ['Forma de pago', (c, o) => ['03 - Transferencia electrónica de fondos', '01 - Efectivo', '04 - Tarjeta de crédito', '99 - Por definir'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Uso CFDI', (c, o) => ['G01 - Adquisición de mercancías', 'G03 - Gastos en general', 'S01 - Sin efectos fiscales'][+o.id % 3], []],
    ['UUID', (c, o, r) => v.uuid(r).toUpperCase(), [OR('purchaseID'), '_id'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Entrega en obra', 'Cliente recoge en mostrador']), []],
  ] },
  { name: 'colppy-comprobantes-venta-es', product: 'Colppy (Clientes > Comprobantes de venta > Exportar, Excel; Spanish UI, an Argentine IT consultancy\'s AFIP/ARCA invoices)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(ar(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Tipo de comprobante', (c, o) => coType(o), [], opt],
    ['Punto de venta', () => '0003', []],
    ['Número', (c, o) => pad(+o.id % 100000, 8), [OR('purchaseID')]],
    ['Cliente', (c) => CO_CLIENT[+c.id % CO_CLIENT.length], []],
    ['CUIT', (c) => (+c.id % 6 === 5 ? '' : cuit(c)), []],
    ['Condición IVA', (c) => (+c.id % 6 === 5 ? 'Consumidor Final' : 'Responsable Inscripto'), []],
    ['Condición de pago', (c, o) => ['Cuenta Corriente', 'Contado', 'Cuenta Corriente'][+o.id % 3], [], opt],
    ['Fecha de vencimiento', (c, o) => dmy(ar(o.at + 30 * 86400000)), []],
    ['Moneda', (c, o) => (+o.id % 7 === 2 ? 'Dólar' : 'Peso Argentino'), [OR('currencyCode')], opt],
    ['Tipo de cambio', (c, o) => (+o.id % 7 === 2 ? '1.045,50' : '1,00'), []],
    ['Neto gravado', (c, o) => commaMoney(coNet(o)), [], opt],
    ['IVA 21%', (c, o) => commaMoney(coIva(o)), [OR('taxAmount')]],
    ['IVA 10,5%', () => '0,00', []],
    ['Percepción IIBB', (c, o) => commaMoney(coIibb(o)), [], opt],
    ['No gravado', () => '0,00', []],
    ['Total', (c, o) => commaMoney(coTot(o)), [OR('priceTotal')]],
    ['Saldo', (c, o) => commaMoney(+o.id % 3 === 1 ? coTot(o) : 0), []],
    ['Estado', (c, o) => (+o.id % 3 === 1 ? 'Pendiente' : 'Cobrada'), [], opt],
    ['CAE', (c, o, r) => String(v.int(r, 74000000, 75999999)) + String(v.int(r, 100000, 999999)), []],
    ['Vto. CAE', (c, o) => dmy(ar(o.at + 10 * 86400000)), []],
    ['Descripción', (c, o) => ['Abono mensual soporte', 'Desarrollo a medida - hito 2', 'Licencias Microsoft 365', 'Horas de consultoría'][+o.id % 4], [PL('name')], opt],
  ] },
  { name: 'nubox-documentos-emitidos-es', product: 'Nubox (Facturación: Ventas > Documentos emitidos > Exportar a Excel; Spanish UI, a Chilean food distributor\'s SII documents)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Tipo Documento', (c, o) => nbType(o), [], opt],
    ['Folio', (c, o) => String(10000 + (+o.id % 90000)), [OR('purchaseID')]],
    ['Fecha Emisión', (c, o) => dmy(cl(o.at), '-'), ['timestamp', OR('createdDate')], opt],
    ['RUT Receptor', (c) => rutCl(c), []],
    ['Razón Social Receptor', (c) => NB_CLIENT[+c.id % NB_CLIENT.length], []],
    ['Giro Receptor', (c) => ['Supermercados', 'Restaurantes', 'Hoteles', 'Comercio al por menor'][+c.id % 4], []],
    ['Comuna', (c) => lat(c, 'cl').area, [BILL('city')], opt],
    ['Monto Exento', (c, o) => clp(nbEx(o) ? nbNet(o) : 0), []],
    ['Monto Neto', (c, o) => clp(nbEx(o) ? 0 : nbNet(o)), [], opt],
    ['IVA', (c, o) => clp(nbIva(o)), [OR('taxAmount')]],
    ['Monto Total', (c, o) => clp(nbNet(o) + nbIva(o)), [OR('priceTotal')]],
    ['Forma de Pago', (c, o) => ['Crédito', 'Contado', 'Crédito'][+o.id % 3], [], opt],
    ['Fecha Vencimiento', (c, o) => dmy(cl(o.at + 30 * 86400000), '-'), []],
    ['Estado SII', (c, o) => (+o.id % 9 === 5 ? 'Rechazado' : 'Aceptado'), [], opt],
    ['Estado Pago', (c, o) => ['Pagado', 'Pendiente', 'Pagado', 'Vencido'][+o.id % 4], [], opt],
    ['Vendedor', (c) => ['Marcelo Fuentes', 'Paula Herrera', 'Oficina'][+c.id % 3], []],
    ['Sucursal', () => 'Casa Matriz', []],
    ['Referencia', (c, o, r) => (r() < 0.3 ? `OC ${v.int(r, 4500, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'clip-transacciones-es', product: 'Clip (portal Clip: Transacciones > Descargar reporte, CSV; Spanish UI, a Mexican café\'s card-reader payments)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(mx(o.at)), ['timestamp'], opt],
    ['Hora', (c, o) => hms(mx(o.at)), [], opt],
    ['ID de transacción', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Referencia', (c, o) => String(700000000 + (+o.id * 97) % 99999999), [OR('payments[0].transactionID')], opt],
    ['Estatus', (c, o) => cpSt(o), [], opt],
    ['Tipo', (c, o) => (cpSt(o) === 'Devuelta' ? 'Devolución' : 'Venta'), [], opt],
    ['Monto', (c, o) => dotMoney(cpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Propina', (c, o) => dotMoney(cpTip(o)), []],
    ['Comisión', (c, o) => dotMoney(cpFee(o)), []],
    ['IVA comisión', (c, o) => dotMoney(+(cpFee(o) * 0.16).toFixed(2)), []],
    ['Monto a depositar', (c, o) => dotMoney(+(cpAmt(o) + cpTip(o) - cpFee(o) * 1.16).toFixed(2)), []],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Método de pago', (c, o) => ['Tarjeta', 'Tarjeta', 'Tarjeta', 'Pago con QR', 'Link de pago'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Marca', (c, o) => ['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'CARNET'][(+o.id >> 1) % 5], [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => ((+o.id >> 2) % 3 === 0 ? 'Crédito' : 'Débito'), [], opt],
    ['Últimos 4 dígitos', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Meses sin intereses', (c, o) => (cpAmt(o) > 1500 && +o.id % 4 === 0 ? '3' : '0'), []],
    ['Código de autorización', (c, o, r) => pad(v.int(r, 0, 999999), 6), []],
    ['Número de serie del lector', (c) => ['CLPTS2A00371', 'CLPTS2A00512'][+c.id % 2], []],
    ['Usuario', (c, o) => ['Caja 1', 'Mostrador', 'Caja 1', 'Dueño'][+o.id % 4], []],
    ['Descripción', (c, o) => ['', '', 'Mesa 4', 'Pedido para llevar'][+o.id % 4], []],
    ['Fecha de depósito', (c, o) => (cpSt(o) === 'Aprobada' ? dmy(mx(o.at + 86400000)) : ''), [], opt],
  ] },
  { name: 'kushki-transacciones-es', product: 'Kushki (Kushki Console: Transacciones > Descargar, CSV; Spanish UI, a Peruvian travel agency\'s online card payments in PEN and USD)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => { const p = pe(o.at); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${hms(p)}` }, ['timestamp']],
    ['Ticket', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000000, 999999999)), [OR('payments[0].transactionID'), '_id']],
    ['ID de transacción', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id'], opt],
    ['ID de comercio', () => '20000000103456789000', []],
    ['Nombre del comercio', () => 'VIAJES INCA SAC', []],
    ['Tipo de transacción', (c, o) => (+o.id % 8 === 7 ? 'VOID' : 'SALE'), [], opt],
    ['Estado', (c, o) => kuSt(o), [], opt],
    ['Código de respuesta', (c, o) => (kuSt(o) === 'DECLINED' ? '051' : '000'), []],
    ['Mensaje de respuesta', (c, o) => (kuSt(o) === 'DECLINED' ? 'Fondos insuficientes' : 'Transacción aprobada'), []],
    ['Moneda', (c, o) => (+o.id % 3 === 0 ? 'USD' : 'PEN'), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Monto subtotal IVA', (c, o) => (kuAmt(o) / 1.18).toFixed(2), [], opt],
    ['IVA', (c, o) => (kuAmt(o) - kuAmt(o) / 1.18).toFixed(2), [OR('taxAmount')]],
    ['Monto total', (c, o) => kuAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Método de pago', (c, o) => ['card', 'card', 'card', 'transfer', 'cash'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Marca de tarjeta', (c, o) => !kuCard(o) ? '' : ['VISA', 'MASTERCARD', 'VISA', 'AMERICAN EXPRESS', 'DINERS'][(+o.id >> 1) % 5], [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => (!kuCard(o) ? '' : (+o.id >> 2) % 2 ? 'credit' : 'debit'), [], opt],
    ['BIN', (c, o, r) => (kuCard(o) ? String(v.int(r, 400000, 559999)) : ''), []],
    ['Últimos 4 dígitos', (c, o, r) => (kuCard(o) ? pad(v.int(r, 0, 9999), 4) : ''), []],
    ['Titular de la tarjeta', (c, o) => (kuCard(o) ? lat(c, 'pe').full.toUpperCase() : ''), []],
    ['Banco emisor', (c, o) => (kuCard(o) ? ['BCP', 'BBVA', 'Interbank', 'Scotiabank'][+c.id % 4] : ''), []],
    ['Código de aprobación', (c, o, r) => (kuSt(o) === 'APPROVAL' ? pad(v.int(r, 0, 999999), 6) : ''), []],
    ['Cuotas', (c, o) => (kuCard(o) && +o.id % 5 === 0 ? '6' : '0'), []],
    ['Email', (c) => lat(c, 'pe').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Número de orden', (c, o) => `VI-${300000 + +o.id}`, [OR('purchaseID')]],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'empretienda-ventas-es', product: 'Empretienda (admin: Ventas > Exportar ventas, Excel; Spanish UI, an Argentine clothing shop, one row per product sold)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Nro. de venta', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')]],
    ['Fecha', (c, o) => { const p = ar(o.at); return `${dmy(p)} ${pad(p.H)}:${pad(p.M)}` }, ['timestamp']],
    ['Estado de pago', (c, o) => ['Abonado', 'Abonado', 'Pendiente', 'Abonado', 'Cancelado'][+o.id % 5], [], opt],
    ['Estado de envío', (c, o) => ['Enviado', 'Entregado', 'Pendiente', 'En preparación'][+o.id % 4], [], opt],
    ['Nombre', (c) => lat(c, 'ar').first, []],
    ['Apellido', (c) => lat(c, 'ar').last, []],
    ['Email', (c) => lat(c, 'ar').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => arMobile(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['DNI/CUIT', (c) => String(20000000 + (+c.id * 41) % 25000000), []],
    ['Calle', (c) => lat(c, 'ar').street.replace(/ \d+$/, ''), [SHIP('street1')]],
    ['Número', (c) => String(100 + (+c.id % 1900)), [SHIP('street1')], opt],
    ['Piso/Depto', (c) => (+c.id % 3 === 0 ? `${1 + +c.id % 9}° ${'ABCD'[+c.id % 4]}` : ''), [SHIP('street2')]],
    ['Localidad', (c) => lat(c, 'ar').city, [SHIP('city')]],
    ['Provincia', (c) => lat(c, 'ar').region, [SHIP('stateProvince'), SHIP('state'), SHIP('region')]],
    ['Código postal', (c) => lat(c, 'ar').zip.replace(/\D/g, ''), [SHIP('postalCode')]],
    ['Forma de envío', (c, o) => emShip(o), [`commerce.shipping.shippingMethod`]],
    ['Costo de envío', (c, o) => commaMoney(emShipCost(o)), [`commerce.shipping.shippingAmount`]],
    ['Medio de pago', (c, o) => EM_PAY[+o.id % EM_PAY.length], [OR('payments[0].paymentType')]],
    ['Cupón', (c, o) => (o.discount ? 'BIENVENIDA10' : ''), ['commerce.promotionID'], opt],
    ['Descuento', (c, o) => commaMoney(o.discount ? 2000 : 0), [OR('discountAmount')]],
    ['Producto', (c, o) => ['Remera Oversize Lisa', 'Buzo Canguro Frisa', 'Jean Mom Tiro Alto', 'Campera Puffer', 'Vestido Lino'][+o.id % 5], [PL('name')]],
    ['Variante', (c, o) => `Talle: ${['S', 'M', 'L', 'XL'][+o.id % 4]} - Color: ${['Negro', 'Blanco', 'Verde oliva'][+o.id % 3]}`, [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o) => `${['REM-OVS', 'BUZ-CAN', 'JEA-MOM', 'CAM-PUF', 'VES-LIN'][+o.id % 5]}-${['S', 'M', 'L', 'XL'][+o.id % 4]}-${['NEG', 'BLA', 'OLI'][+o.id % 3]}`, [PL('SKU')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o) => commaMoney(emUnit(o)), []],
    ['Total', (c, o) => commaMoney(emTotal(o)), [OR('priceTotal')]],
    ['Observaciones del comprador', (c, o, r) => v.pick(r, ['', '', '', 'Es para regalo, sin factura adentro', 'Timbre 3B no anda, llamar']), []],
  ] },
  // ---------------------------------------------------------------- site-search analytics
  { name: 'doofinder-busquedas-es', product: 'Doofinder (admin: Estadísticas > Explora lo que busca la gente y lo que encuentra > CSV; Spanish UI, a Spanish sports shop, one row per search term and day)', family: 'analytics', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => { const p = es(o.at); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, ['timestamp'], opt],
    ['Motor de búsqueda', () => 'deportesnorte.es', ['web.webPageDetails.server'], opt],
    ['Dispositivo', (c, o) => ['desktop', 'mobile', 'mobile'][+o.id % 3], ['device.type'], opt],
    ['Término de búsqueda', (c, o) => DF_TERM[+o.id % DF_TERM.length], []],
    ['Búsquedas', (c, o) => String(5 + (+o.id % 400)), []],
    ['Sesiones', (c, o) => String(Math.ceil((5 + (+o.id % 400)) * 0.8)), []],
    ['Resultados', (c, o) => String(+o.id % 13 === 0 ? 0 : 3 + (+o.id % 240)), []],
    ['Clics', (c, o) => String((+o.id % 250)), []],
    ['CTR (%)', (c, o) => ((+o.id % 250) / (5 + (+o.id % 400)) * 100).toFixed(2).replace('.', ','), []],
    ['Sin resultados', (c, o) => (+o.id % 13 === 0 ? 'Sí' : 'No'), []],
    ['Compras', (c, o) => String(Math.min(+o.id % 9, +o.id % 250)), []],
    ['Ingresos (€)', (c, o) => commaMoney((+o.id % 9) * 47.9), [], opt],
    ['Tasa de conversión (%)', (c, o) => ((+o.id % 9) / Math.ceil((5 + (+o.id % 400)) * 0.8) * 100).toFixed(2).replace('.', ','), []],
    ['Posición media del clic', (c, o) => (1 + (+o.id % 70) / 10).toFixed(1).replace('.', ','), []],
  ] },
  // ---------------------------------------------------------------- customers (CRM of invoicing tools)
  { name: 'contabilium-clientes-es', product: 'Contabilium (Ventas > Clientes > Exportar a Excel; Spanish UI, an Argentine building-supplies shop\'s customers, businesses with a contact person)', family: 'crm', language: 'es', schema: B, cols: [
    ['ID', (c) => String(180000 + +c.id % 90000), B2BID],
    ['Razón Social', (c) => `${['Construcciones', 'Corralón', 'Arquitectura', 'Refacciones'][+c.id % 4]} ${lat(c, 'ar').last2} ${['S.R.L.', 'S.A.', 'S.A.S.', ''][+c.id % 4]}`.trim(), ['b2b.companyName', 'organizations[0]']],
    ['Nombre de Fantasía', (c) => ['Obras del Sur', '', 'Estudio Norte', 'Mundo Refacciones'][+c.id % 4], ['b2b.companyName', 'organizations[0]'], opt],
    ['Tipo Documento', (c) => (+c.id % 5 === 3 ? 'DNI' : 'CUIT'), []],
    ['Nro Documento', (c) => (+c.id % 5 === 3 ? String(20000000 + (+c.id * 41) % 25000000) : digits(cuit(c))), [], opt],
    ['Condición IVA', (c) => CB_IVA[+c.id % CB_IVA.length], []],
    ['Email', (c) => `${slug(lat(c, 'ar').first).slice(0, 8)}@${['obrasdelsur', 'corralon' + (+c.id % 50), 'estudionorte', 'mundorefacciones'][+c.id % 4]}.com.ar`, ['workEmail.address']],
    ['Teléfono', (c) => `011 ${4000 + (+c.id % 5999)}-${1000 + (+c.id * 3) % 8999}`, ['workPhone.number']],
    ['Celular', (c) => arMobile(c), ['mobilePhone.number']],
    ['Domicilio', (c) => lat(c, 'ar').street, ['workAddress.street1']],
    ['Piso/Dpto', (c) => (+c.id % 4 === 2 ? `PB ${'AB'[+c.id % 2]}` : ''), ['workAddress.street2']],
    ['Ciudad', (c) => lat(c, 'ar').city, ['workAddress.city']],
    ['Provincia', (c) => lat(c, 'ar').region, ['workAddress.stateProvince', 'workAddress.state', 'workAddress.region']],
    ['Código Postal', (c) => lat(c, 'ar').zip, ['workAddress.postalCode']],
    ['País', () => 'Argentina', ['workAddress.country']],
    ['Contacto', (c) => lat(c, 'ar').full, ['person.name.fullName']],
    ['Lista de precios', (c) => ['General', 'Gremio', 'General', 'Mayorista'][+c.id % 4], []],
    ['Saldo', (c) => commaMoney((+c.id % 7) * 84350.5), []],
    ['Observaciones', (c) => ['', '', 'Entregar solo de 8 a 12 hs', 'Pide factura A siempre'][+c.id % 4], []],
    ['Fecha Alta', (c) => dmy(ar(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  { name: 'anfix-clientes-es', product: 'Anfix (Contactos > Clientes > Exportar, Excel; Spanish UI, a Spanish design studio\'s clients, businesses and freelancers with a contact person)', family: 'crm', language: 'es', schema: B, cols: [
    ['Código', (c) => `43000${String(+c.id % 1000).padStart(4, '0')}`, B2BID],
    ['Nombre fiscal', (c) => (+c.id % 3 === 0 ? `${c.full} ${['Pérez', 'Ruiz', 'Sanz'][+c.id % 3]}` : `${['Restaurante', 'Inmobiliaria', 'Academia', 'Clínica', 'Tienda'][+c.id % 5]} ${c.last} S.L.`), ['b2b.companyName', 'organizations[0]'], opt],
    ['Nombre comercial', (c) => ['', 'Casa ' + c.last, 'Estudio ' + c.first, ''][+c.id % 4], ['b2b.companyName', 'organizations[0]'], opt],
    ['NIF/CIF', (c) => (+c.id % 3 === 0 ? dni(c) : `B${String(10000000 + (+c.id * 71) % 89999999)}`), [], opt],
    ['Persona de contacto', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => (+c.id % 3 === 0 ? c.email : `${slug(c.first)}@${anDom(c)}`), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number']],
    ['Móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Web', (c) => (+c.id % 3 === 0 ? '' : `www.${anDom(c)}`), ['b2b.companyWebsite']],
    ['Dirección', (c) => c.street, ['workAddress.street1']],
    ['Código postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Población', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state', 'workAddress.region']],
    ['País', () => 'España', ['workAddress.country']],
    ['Sector', (c) => AN_SECT[+c.id % AN_SECT.length], [], opt],
    ['Forma de pago', (c) => ['Transferencia', 'Domiciliación bancaria', 'Transferencia', 'Tarjeta'][+c.id % 4], []],
    ['Días de pago', (c) => ['30', '0', '60', '30'][+c.id % 4], []],
    ['IBAN', (c) => (+c.id % 4 === 1 ? iban(c) : ''), []],
    ['Tipo de IVA', () => '21%', []],
    ['Retención IRPF', (c) => (+c.id % 3 === 0 ? '15%' : ''), []],
    ['Cuenta contable', (c) => `43000${String(+c.id % 1000).padStart(4, '0')}`, [], opt],
    ['Etiquetas', (c) => ['', 'recurrente', 'branding', 'web, mantenimiento'][+c.id % 4], []],
  ] },
  { name: 'xubio-clientes-es', product: 'Xubio Colombia (Ventas > Clientes > Exportar a Excel; Spanish UI, a Colombian pet-supplies shop\'s customers, mostly natural persons)', family: 'ecommerce-customers', language: 'es', schema: P, cols: [
    ['Código', (c) => `CL-${String(+c.id % 10000).padStart(4, '0')}`, ['_id', 'personID']],
    ['Tipo de organización', (c) => (+c.id % 4 === 3 ? 'Persona Jurídica' : 'Persona Natural'), [], opt],
    ['Primer Apellido', (c) => (+c.id % 4 === 3 ? '' : lat(c, 'co').last), ['person.name.lastName']],
    ['Segundo Apellido', (c) => (+c.id % 4 === 3 ? '' : lat(c, 'co').last2), [], opt],
    ['Primer Nombre', (c) => (+c.id % 4 === 3 ? '' : lat(c, 'co').first.split(' ')[0]), ['person.name.firstName']],
    ['Otros Nombres', (c) => (+c.id % 4 === 3 ? '' : lat(c, 'co').first.split(' ')[1] ?? ''), ['person.name.middleName'], opt],
    ['Razón Social', (c) => (+c.id % 4 === 3 ? `Veterinaria ${lat(c, 'co').last2} S.A.S.` : ''), ['organizations[0]'], opt],
    ['Nombre Comercial', (c) => (+c.id % 4 === 3 ? 'Clínica Veterinaria Huellitas' : ''), ['organizations[0]'], opt],
    ['Tipo de Identificación', (c) => (+c.id % 4 === 3 ? 'NIT' : +c.id % 9 === 1 ? 'CE' : 'CC'), [], opt],
    ['Número de identificación', (c) => (+c.id % 4 === 3 ? nitCo(c) : String(1000000000 + (+c.id * 313) % 99999999)), ['person.taxId'], opt],
    ['Dígito de Verificación', (c) => (+c.id % 4 === 3 ? String(+c.id % 10) : ''), []],
    ['Condición de IVA', (c) => (+c.id % 4 === 3 ? 'IVA' : 'No aplica'), []],
    ['Responsabilidades fiscales', (c) => (+c.id % 4 === 3 ? 'Régimen simple de tributación' : 'No aplica – otros'), []],
    ['Email', (c) => lat(c, 'co').email, ['personalEmail.address']],
    ['Teléfono', (c) => coMobile(c), ['mobilePhone.number', 'homePhone.number']],
    ['País', () => 'Colombia', [...at(HOME, 'country'), 'billingAddress.country']],
    ['Departamento', (c) => lat(c, 'co').region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), ...at(HOME, 'region'), 'billingAddress.stateProvince', 'billingAddress.state', 'billingAddress.region']],
    ['Municipio', (c) => lat(c, 'co').muni, [...at(HOME, 'city'), 'billingAddress.city']],
    ['Código Postal', (c) => lat(c, 'co').zip, [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Domicilio', (c) => `${lat(c, 'co').street.replace(/ \d+$/, '')} # ${10 + +c.id % 90}-${pad(+c.id % 99)}`, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Lista de precios', () => 'Precio de venta', []],
    ['Vendedor', (c) => ['Tienda Chapinero', 'Domicilios', ''][+c.id % 3], []],
    ['Estado', (c) => (+c.id % 12 === 5 ? 'Inactivo' : 'Activo'), [], opt],
  ] },
  // ---------------------------------------------------------------- HR (employees: people at the company)
  { name: 'sesame-empleados-es', product: 'Sesame HR (Empleados > Acciones > Exportar, Excel; Spanish UI, a Spanish retail chain\'s employees, the fields of its bulk-load template)', family: 'hr', language: 'es', schema: B, cols: [
    ['Código', (c) => String(+c.id % 100000), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${['Ruiz', 'Moreno', 'Navarro', 'Romero'][+c.id % 4]}`, ['person.name.lastName']],
    ['Email', (c) => esWork(c, 'modasalba.es'), ['workEmail.address']],
    ['Email personal', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c) => esMobile(c), ['mobilePhone.number', 'workPhone.number']],
    ['Tipo de documento', (c) => (+c.id % 7 === 2 ? 'NIE' : 'DNI'), []],
    ['Número de documento', (c) => dni(c), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => v.fmt.ymd(c.birth), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Nacionalidad', (c) => (+c.id % 7 === 2 ? 'Colombiana' : 'Española'), ['person.nationality']],
    ['Número de hijos', (c) => (+c.id % 3 === 0 ? String(1 + +c.id % 3) : ''), []],
    ['Grado de discapacidad', (c) => (+c.id % 19 === 0 ? '33%' : ''), []],
    ['Dirección', (c) => c.street, at(HOME, 'street1')],
    ['Código postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ciudad', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Número de la Seguridad Social', (c) => nss(c), []],
    ['IBAN', (c) => iban(c), []],
    ['Departamento', (c) => SE_DEP[+c.id % SE_DEP.length], ['extendedWorkDetails.departments[0]']],
    ['Puesto', (c) => SE_JOB[+c.id % SE_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Centro de trabajo', (c) => ['Tienda Gran Vía', 'Tienda Diagonal', 'Oficinas centrales'][+c.id % 3], [], opt],
    ['Responsable', (c) => SE_BOSS[+c.id % SE_BOSS.length], []],
    ['Fecha de alta', (c) => v.fmt.ymd(c.created), [], opt],
    ['Estado', (c) => (+c.id % 11 === 4 ? 'Desactivado' : 'Activo'), [], opt],
  ] },
  { name: 'factorial-empleados-es', product: 'Factorial (Empleados > Exportar > Exportación avanzada, Excel; Spanish UI, a Spanish e-commerce company\'s employees)', family: 'hr', language: 'es', schema: B, cols: [
    ['ID', (c) => String(2000000 + +c.id % 900000), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Nombre completo', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => esWork(c, 'tiendaverde.com'), ['workEmail.address']],
    ['Email personal', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Teléfono', (c) => `+34 ${esMobile(c)}`, ['mobilePhone.number', 'workPhone.number']],
    ['Fecha de nacimiento', (c) => dmy(es(c.birth)), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Nacionalidad', (c) => (+c.id % 8 === 1 ? 'Italia' : 'España'), ['person.nationality']],
    ['Tipo de identificador', (c) => (+c.id % 8 === 1 ? 'NIE' : 'DNI'), []],
    ['Número de identificación', (c) => dni(c), ['person.taxId'], opt],
    ['Número de la Seguridad Social', (c) => digits(nss(c)), []],
    ['Dirección', (c) => c.street, at(HOME, 'street1')],
    ['Dirección (línea 2)', (c) => (c.street2 ? `${1 + +c.id % 8}º ${'ABCD'[+c.id % 4]}` : ''), at(HOME, 'street2')],
    ['Ciudad', (c) => c.city, at(HOME, 'city')],
    ['Código postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'España', at(HOME, 'country')],
    ['Entidad legal', () => 'Tienda Verde Online S.L.', ['organizations[0]', 'b2b.companyName'], opt],
    ['Lugar de trabajo', (c) => FA_SITE[+c.id % FA_SITE.length], [], opt],
    ['Equipos', (c) => FA_TEAM[+c.id % FA_TEAM.length], ['extendedWorkDetails.departments[0]'], opt],
    ['Puesto', (c) => FA_JOB[+c.id % FA_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Manager', (c) => ['Irene Castro', 'Pablo Serrano', 'Marta Vidal', ''][+c.id % 4], []],
    ['Fecha de incorporación', (c) => dmy(es(c.created)), [], opt],
    ['Tipo de contrato', (c) => ['Indefinido', 'Indefinido', 'Temporal', 'Prácticas'][+c.id % 4], []],
    ['Salario bruto anual', (c) => commaMoney(22000 + (+c.id % 30) * 1150), []],
    ['Cuenta bancaria', (c) => iban(c).replace(/ /g, ''), []],
    ['Estado', (c) => (+c.id % 13 === 6 ? 'Baja' : 'Activo'), [], opt],
  ] },
]

