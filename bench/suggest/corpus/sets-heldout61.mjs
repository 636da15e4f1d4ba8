// Round 61, heldout61: held-out sets added in round 61's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns. Spanish-language payment providers, loyalty programmes, e-mail tools, B2B directories and a shop builder
// (Spain, Mexico, Colombia, Argentina, Chile, Peru).
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

const n = (c) => +c.id
const pk = (xs, k) => xs[k % xs.length]
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
// local clocks: Lima and Bogotá UTC-5, Buenos Aires UTC-3, Mexico City UTC-6 (no summer time since 2022),
// Santiago UTC-3 in the southern summer and UTC-4 in winter, Madrid UTC+1/+2
const tz = { pe: () => -5, co: () => -5, ar: () => -3, mx: () => -6, cl: (ms) => (dst(ms) ? -4 : -3), es: (ms) => (dst(ms) ? 2 : 1) }
const lp = (ms, k) => shift(ms, tz[k](ms))
const dmy = (ms, k) => { const p = lp(ms, k); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, k) => { const p = lp(ms, k); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, k) => { const p = lp(ms, k); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dashDmy = (ms, k) => { const p = lp(ms, k); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const dashDmyHm = (ms, k) => { const p = lp(ms, k); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const hms = (ms, k) => { const p = lp(ms, k); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHms = (ms, k) => { const p = lp(ms, k); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms, k) => { const h = tz[k](ms), p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
// money: dot thousands and comma decimals (es, ar, cl, co), comma thousands and dot decimals (mx, pe)
const th = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const comma2 = (x) => { const [i, d] = x.toFixed(2).split('.'); return `${th(i, '.')},${d}` }
const dot2 = (x) => { const [i, d] = x.toFixed(2).split('.'); return `${th(i, ',')}.${d}` }
const int0 = (x) => th(x.toFixed(0), '.')
// people of each country: names from the es person, city, phone and id document rebuilt per country
const CITY = {
  pe: [['Lima', 'Lima', '15074'], ['Miraflores', 'Lima', '15074'], ['Arequipa', 'Arequipa', '04001'], ['Trujillo', 'La Libertad', '13001'], ['Cusco', 'Cusco', '08002'], ['Piura', 'Piura', '20001']],
  ar: [['CABA', 'Ciudad Autónoma de Buenos Aires', 'C1414'], ['Córdoba', 'Córdoba', 'X5000'], ['Rosario', 'Santa Fe', 'S2000'], ['La Plata', 'Buenos Aires', 'B1900'], ['Mendoza', 'Mendoza', 'M5500'], ['Mar del Plata', 'Buenos Aires', 'B7600']],
  cl: [['Santiago', 'Región Metropolitana', '8320000'], ['Providencia', 'Región Metropolitana', '7500000'], ['Viña del Mar', 'Valparaíso', '2520000'], ['Concepción', 'Biobío', '4030000'], ['Antofagasta', 'Antofagasta', '1240000'], ['Temuco', 'La Araucanía', '4780000']],
  mx: [['Ciudad de México', 'CDMX', '06600'], ['Guadalajara', 'Jalisco', '44100'], ['Monterrey', 'Nuevo León', '64000'], ['Puebla', 'Puebla', '72000'], ['Querétaro', 'Querétaro', '76000'], ['Mérida', 'Yucatán', '97000']],
  co: [['Bogotá', 'Bogotá D.C.', '110111'], ['Medellín', 'Antioquia', '050001'], ['Cali', 'Valle del Cauca', '760001'], ['Barranquilla', 'Atlántico', '080001'], ['Bucaramanga', 'Santander', '680001'], ['Cartagena', 'Bolívar', '130001']],
}
const city = (c, k) => pk(CITY[k], n(c) >> 1)
const STREET = {
  pe: ['Av. Larco', 'Jr. de la Unión', 'Av. Javier Prado Este', 'Calle Las Begonias', 'Av. Arequipa'],
  ar: ['Av. Corrientes', 'Av. Santa Fe', 'Bv. San Juan', 'Calle 7', 'Av. Colón'],
  cl: ['Av. Providencia', 'Av. Apoquindo', 'Los Leones', 'Av. Libertad', 'Calle Prat'],
  mx: ['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Av. Constitución', 'Calle 60'],
  co: ['Cra. 7', 'Calle 93', 'Cra. 43A', 'Av. 6N', 'Calle 72'],
}
const street = (c, k) => `${pk(STREET[k], n(c) >> 2)} ${100 + (n(c) % 3900)}`
const d8 = (c, m = 1) => String(10000000 + (n(c) * 7919 * m) % 89999999)
const mobile = (c, k) => {
  const s = d8(c, 3)
  return { pe: `+51 9${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)}`, ar: `+54 9 11 ${s.slice(0, 4)}-${s.slice(4)}`, cl: `+56 9 ${s.slice(0, 4)} ${s.slice(4)}`,
    mx: `+52 55 ${s.slice(0, 4)} ${s.slice(4)}`, co: `+57 3${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)}${s[0]}`, es: `+34 6${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)}` }[k]
}
const dni = (c) => d8(c)
const ruc = (c) => `20${d8(c, 5)}${n(c) % 10}`
const cuit = (c) => `${pk(['20', '27', '23'], n(c))}-${d8(c)}-${n(c) % 10}`
const rut = (c) => `${th(String(8000000 + (n(c) * 131) % 17999999), '.')}-${'0123456789K'[n(c) % 11]}`
const dv = (c) => '0123456789K'[n(c) % 11]
const cif = (c) => `${pk(['B', 'A', 'B', 'B'], n(c))}${String(10000000 + (n(c) * 104729) % 89999999)}`
const nif = (c) => `${String(10000000 + (n(c) * 7919) % 89999999)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n(c) % 23]}`
const mail = (c, doms) => `${slug(c.first)}.${slug(c.last)}${n(c) % 90}@${pk(doms, n(c))}`
const CARD = ['Visa', 'Mastercard', 'Visa', 'American Express', 'Diners Club', 'Mastercard']
const masked = (c, brand) => `${brand === 'American Express' ? '3767' : brand === 'Diners Club' ? '3600' : brand === 'Visa' ? '4557' : '5312'}${brand === 'American Express' ? '**' : '88'}******${pad(n(c) % 10000, 4)}`

// Izipay: card payments of a Lima sports-nutrition web shop (Izipay Back Office: Gestión de transacciones > Transacciones en curso / Transacciones capturadas > Exportar, Excel; Spanish UI, soles).
const IZ_ST = ['Capturada', 'Capturada', 'Capturada', 'Autorizada', 'Rechazada', 'Cancelada', 'Capturada']
const izSt = (o) => pk(IZ_ST, +o.id)
const izAmt = (o) => +(o.total * 3.9).toFixed(2)
const izCard = (o) => pk(CARD, +o.id >> 1)
const IZ_CHAN = ['Formulario embebido', 'Formulario embebido', 'Link de pago', 'Pop-in', 'Link de pago']
// Mobbex: payments of an Argentine furniture store's online checkout (Mobbex Consola: Operaciones > Exportar, CSV; Spanish UI, pesos, installments).
const MB_ST = ['Aprobado', 'Aprobado', 'Aprobado', 'Rechazado', 'En proceso', 'Devuelto', 'Aprobado']
const mbSt = (o) => pk(MB_ST, +o.id)
const mbAmt = (o) => +(o.total * 1180).toFixed(2)
const MB_PM = ['Visa Crédito', 'Mastercard Crédito', 'Visa Débito', 'Naranja', 'Cabal', 'Rapipago', 'Transferencia']
const mbPm = (o) => pk(MB_PM, +o.id >> 1)
const mbInst = (o) => (/Crédito|Naranja/.test(mbPm(o)) ? pk([1, 3, 6, 12, 3, 1], +o.id) : 1)
// Payway (formerly Decidir, Prisma Medios de Pago): an Argentine airline-ticket agency's online sales (Payway Portal > Transacciones > Descargar, Excel; Spanish UI, Decidir-era header).
const PW_ST = ['Acreditada', 'Acreditada', 'Acreditada', 'Rechazada', 'Anulada', 'Pre autorizada', 'Devuelta']
const pwSt = (o) => pk(PW_ST, +o.id)
const PW_MED = ['VISA', 'MASTERCARD', 'AMEX', 'VISA DEBITO', 'NARANJA', 'CABAL', 'MAESTRO']
const pwMed = (o) => pk(PW_MED, +o.id >> 2)
const pwAmt = (o) => +(o.total * 5200).toFixed(2)
// Sipay: payments of a Spanish hotel group's booking engine (Sipay Backoffice: Operaciones > Buscar > Exportar, CSV; Spanish UI, euros).
const SI_ST = ['Autorizada', 'Autorizada', 'Autorizada', 'Denegada', 'Devuelta', 'Preautorizada', 'Autorizada']
const siSt = (o) => pk(SI_ST, +o.id)
const SI_MP = ['Tarjeta', 'Tarjeta', 'Bizum', 'Tarjeta', 'Apple Pay', 'Google Pay', 'PayPal']
const siMp = (o) => pk(SI_MP, +o.id >> 1)
const siAmt = (o) => +(o.total * 2.6).toFixed(2)
const HOTEL = ['Hotel Mar Azul Benidorm', 'Hotel Alcazaba Granada', 'Hotel Puerta del Sol', 'Hotel Costa Brava Tossa']

export const SETS = [
  // ---------------------------------------------------------------- payments
  { name: 'izipay-transacciones-es-pe', product: 'Izipay (Izipay Back Office: Gestión de transacciones > Transacciones capturadas > Exportar, Excel; Spanish UI, a Lima sports-nutrition web shop, soles)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => dmyHms(o.at, 'pe'), ['timestamp']],
    ['Fecha de remesa', (c, o) => dmy(o.at + 86400000, 'pe'), [], opt],
    ['Tienda', () => 'NUTRIFIT PERU SAC', []],
    ['Código de comercio', () => '4078370', []],
    ['Referencia del pedido', (c, o) => `NF-${30000 + +o.id}`, [OR('purchaseID')]],
    ['Número de transacción', (c, o) => pad(+o.id % 1000000, 6), [OR('payments[0].transactionID')], opt],
    ['UUID de transacción', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['Tipo de operación', (c, o) => (+o.id % 13 === 5 ? 'Reembolso' : 'Débito'), [], opt],
    ['Estado', (c, o) => izSt(o), [], opt],
    ['Importe', (c, o) => dot2(izAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'PEN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importe capturado', (c, o) => (izSt(o) === 'Capturada' ? dot2(izAmt(o)) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Medio de pago', (c, o) => izCard(o).toUpperCase(), [OR('payments[0].paymentType')]],
    ['Número de tarjeta', (c, o) => masked(c, izCard(o)), []],
    ['Fecha de expiración', (c, o) => `${pad(1 + +o.id % 12)}/${26 + +o.id % 5}`, []],
    ['Número de autorización', (c, o) => (izSt(o) === 'Rechazada' ? '' : pad((+o.id * 37) % 1000000, 6)), []],
    ['Código de retorno', (c, o) => (izSt(o) === 'Rechazada' ? '05' : '00'), []],
    ['Cuotas', (c, o) => String(izAmt(o) > 300 && +o.id % 3 === 0 ? 3 : 1), []],
    ['3D Secure', (c, o) => (+o.id % 4 === 1 ? 'No' : 'Sí'), []],
    ['Canal de venta', (c, o) => pk(IZ_CHAN, +o.id), [], opt],
    ['Identificador del comprador', (c) => `CL${c.id}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Email del comprador', (c) => mail(c, ['gmail.com', 'hotmail.com', 'outlook.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Nombre del comprador', (c) => c.first, []],
    ['Apellido del comprador', (c) => c.last, []],
    ['Documento del comprador', (c) => dni(c), [], opt],
    ['Teléfono del comprador', (c) => mobile(c, 'pe'), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección de facturación', (c) => street(c, 'pe'), [BILL('street1')]],
    ['Ciudad de facturación', (c) => city(c, 'pe')[0], [BILL('city')]],
    ['País de facturación', () => 'PE', [BILL('countryCode')]],
    ['Dirección IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  { name: 'mobbex-operaciones-es-ar', product: 'Mobbex (Mobbex Consola: Operaciones > Exportar, CSV; Spanish UI, an Argentine furniture store\'s checkout, pesos with installments)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => `${v.alnum(r, 9)}`, [OR('payments[0].transactionID'), '_id']],
    ['Fecha', (c, o) => dmyHm(o.at, 'ar'), ['timestamp']],
    ['Referencia', (c, o) => `pedido_${10500 + +o.id}`, [OR('purchaseID')]],
    ['Descripción', (c, o) => `Compra en Casa Roble - Pedido #${10500 + +o.id}`, [], opt],
    ['Estado', (c, o) => mbSt(o), [], opt],
    ['Código de estado', (c, o) => ({ Aprobado: '200', Rechazado: '400', 'En proceso': '2', Devuelto: '601' }[mbSt(o)]), []],
    ['Total', (c, o) => comma2(mbAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'ARS', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Medio de pago', (c, o) => mbPm(o), [OR('payments[0].paymentType')]],
    ['Cuotas', (c, o) => String(mbInst(o)), []],
    ['Plan', (c, o) => (mbInst(o) > 1 ? `${mbInst(o)} cuotas sin interés` : 'Contado'), []],
    ['Tarjeta', (c, o) => (/Rapipago|Transferencia/.test(mbPm(o)) ? '' : `****${pad(n(c) % 10000, 4)}`), []],
    ['Comisión', (c, o) => comma2(mbAmt(o) * 0.0399), []],
    ['Neto', (c, o) => comma2(mbAmt(o) * 0.9601), [], opt],
    ['Fecha de acreditación', (c, o) => (mbSt(o) === 'Aprobado' ? dmy(o.at + 18 * 86400000, 'ar') : ''), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Email', (c) => mail(c, ['gmail.com', 'hotmail.com.ar', 'yahoo.com.ar']), ['endUserIDs._experience.emailid.id'], opt],
    ['DNI', (c) => dni(c), [], opt],
    ['Teléfono', (c) => mobile(c, 'ar'), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Entidad', () => 'Casa Roble Muebles', []],
    ['Origen', (c, o) => pk(['Checkout', 'Checkout', 'Link de pago', 'WooCommerce', 'Suscripción'], +o.id), [], opt],
  ] },
  { name: 'payway-transacciones-es-ar', product: 'Payway (formerly Decidir, Prisma Medios de Pago) (Payway Portal: Transacciones > Descargar, Excel; Spanish UI, an Argentine travel agency\'s online ticket sales, pesos)', family: 'payments', language: 'es', schema: E, cols: [
    ['Nro. Operación', (c, o) => `VJ${800000 + +o.id}`, [OR('purchaseID')]],
    ['ID Transacción', (c, o) => String(9000000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Fecha Original', (c, o) => dmyHms(o.at, 'ar'), ['timestamp']],
    ['Fecha Última Modificación', (c, o) => dmyHms(o.at + 3600000, 'ar'), [OR('lastUpdatedDate')], opt],
    ['Nro. Comercio', () => '28464383', []],
    ['Site ID', () => '00290115', []],
    ['Estado', (c, o) => pwSt(o), [], opt],
    ['Medio de Pago', (c, o) => pwMed(o), [OR('payments[0].paymentType')]],
    ['Moneda', () => '$', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Monto', (c, o) => comma2(pwAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monto Devuelto', (c, o) => (pwSt(o) === 'Devuelta' ? comma2(pwAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Cuotas', (c, o) => String(pk([1, 3, 6, 12, 1, 18], +o.id)), []],
    ['Nro. Tarjeta', (c, o) => `${pk(['4507', '5399', '3717', '4517'], +o.id)}XXXXXXXX${pad(n(c) % 10000, 4)}`, []],
    ['Titular', (c) => c.full.toUpperCase(), []],
    ['Tipo Doc.', () => 'DNI', []],
    ['Nro. Doc.', (c) => dni(c), [], opt],
    ['Cód. Autorización', (c, o) => (pwSt(o) === 'Rechazada' ? '' : pad((+o.id * 97) % 1000000, 6)), []],
    ['Motivo Rechazo', (c, o) => (pwSt(o) === 'Rechazada' ? pk(['FONDOS INSUFICIENTES', 'TARJETA VENCIDA', 'PEDIR AUTORIZACION'], +o.id) : ''), []],
    ['Email', (c) => mail(c, ['gmail.com', 'hotmail.com', 'fibertel.com.ar']), ['endUserIDs._experience.emailid.id'], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Nro. Lote', (c, o) => String(100 + (+o.id % 60)), []],
    ['Ticket', (c, o) => String(1000 + (+o.id % 8999)), []],
  ] },
  { name: 'sipay-operaciones-es', product: 'Sipay (Sipay Backoffice: Operaciones > Buscar > Exportar, CSV; Spanish UI, a Spanish hotel group\'s booking engine, euros)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(o.at, 'es'), ['timestamp'], opt],
    ['Hora', (c, o) => hms(o.at, 'es'), [], opt],
    ['ID Operación', (c, o, r) => v.hex(r, 24), [OR('payments[0].transactionID'), '_id']],
    ['Ticket', (c, o) => `RES${pad(+o.id, 7)}`, [OR('purchaseID')]],
    ['Tipo', (c, o) => (siSt(o) === 'Devuelta' ? 'Devolución' : siSt(o) === 'Preautorizada' ? 'Preautorización' : 'Venta'), [], opt],
    ['Estado', (c, o) => siSt(o), [], opt],
    ['Importe', (c, o) => comma2(siAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Método de pago', (c, o) => siMp(o), [OR('payments[0].paymentType')]],
    ['Marca', (c, o) => (['Tarjeta', 'Apple Pay', 'Google Pay'].includes(siMp(o)) ? pk(['VISA', 'MASTERCARD', 'VISA', 'AMEX'], +o.id) : ''), [OR('payments[0].paymentType')], opt],
    ['PAN', (c, o) => (['Tarjeta', 'Apple Pay', 'Google Pay'].includes(siMp(o)) ? `${pk(['4548', '5402', '4940', '3742'], +o.id)}********${pad(n(c) % 10000, 4)}` : ''), []],
    ['Código de respuesta', (c, o) => (siSt(o) === 'Denegada' ? '190' : '0000'), []],
    ['Código de autorización', (c, o) => (siSt(o) === 'Denegada' ? '' : pad((+o.id * 53) % 1000000, 6)), []],
    ['Autenticación', (c, o) => (siMp(o) === 'Tarjeta' ? pk(['3DS 2.2 frictionless', '3DS 2.2 challenge', 'Exenta TRA'], +o.id) : ''), []],
    ['Comercio', (c, o) => pk(HOTEL, +o.id >> 1), []],
    ['TPV', (c, o) => `${pk(['0001', '0002', '0003', '0004'], +o.id >> 1)}`, []],
    ['Email cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono cliente', (c, o) => (siMp(o) === 'Bizum' ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Importe devuelto', (c, o) => (siSt(o) === 'Devuelta' ? comma2(siAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Canal', (c, o) => pk(['Web', 'Web', 'Móvil', 'Link de pago'], +o.id), [], opt],
  ] },
  { name: 'payku-transacciones-es-cl', product: 'Payku (Payku panel: Transacciones > Exportar a Excel; Spanish UI, a Santiago language school\'s course payments, Chilean pesos)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => `trx${v.hex(r, 16)}`, [OR('payments[0].transactionID'), '_id']],
    ['Orden', (c, o) => String(4100 + +o.id), [OR('purchaseID')]],
    ['Fecha', (c, o) => dashDmyHm(o.at, 'cl'), ['timestamp']],
    ['Asunto', (c, o) => pk(['Curso Inglés Intensivo A2', 'Matrícula 2025', 'Curso Portugués Básico', 'Mensualidad marzo', 'Clases particulares x8'], +o.id), [PL('name')], opt],
    ['Monto', (c, o) => `$${int0(pk([89000, 125000, 64900, 45000, 152000], +o.id))}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'CLP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Estado', (c, o) => pk(['Pagado', 'Pagado', 'Pagado', 'Pendiente', 'Rechazado', 'Expirado'], +o.id), [], opt],
    ['Medio de pago', (c, o) => pk(['Webpay', 'Webpay', 'Transferencia', 'Mach', 'Onepay', 'Servipag'], +o.id >> 1), [OR('payments[0].paymentType')]],
    ['Tipo de tarjeta', (c, o) => (pk(['Webpay', 'Webpay', 'Transferencia', 'Mach', 'Onepay', 'Servipag'], +o.id >> 1) === 'Webpay' ? pk(['Crédito', 'Débito', 'Prepago'], +o.id) : ''), [], opt],
    ['Cuotas', (c, o) => String(pk([0, 0, 3, 6, 0, 12], +o.id)), []],
    ['Últimos 4 dígitos', (c) => pad(n(c) % 10000, 4), []],
    ['Código de autorización', (c, o) => pad((+o.id * 31) % 1000000, 6), []],
    ['Comisión', (c, o) => `$${int0(pk([89000, 125000, 64900, 45000, 152000], +o.id) * 0.0295)}`, []],
    ['Monto a depositar', (c, o) => `$${int0(pk([89000, 125000, 64900, 45000, 152000], +o.id) * 0.9705)}`, [], opt],
    ['Fecha de depósito', (c, o) => dashDmy(o.at + 2 * 86400000, 'cl'), [], opt],
    ['Nombre', (c) => c.full, []],
    ['Email', (c) => mail(c, ['gmail.com', 'hotmail.com', 'yahoo.cl']), ['endUserIDs._experience.emailid.id'], opt],
    ['RUT', (c) => rut(c), [], opt],
    ['Teléfono', (c) => mobile(c, 'cl'), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['URL de pago', (c, o, r) => `https://app.payku.cl/gateway/cobro/${v.alnum(r, 10)}`, []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'tiendup-ventas-es-ar', product: 'Tiendup (admin: Ventas > Exportar ventas, Excel; Spanish UI, an Argentine home-textiles shop, one row per product line)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Número de orden', (c, o) => String(1200 + +o.id % 8000), [OR('purchaseID')]],
    ['Fecha', (c, o) => dmyHm(o.at, 'ar'), ['timestamp']],
    ['Estado', (c, o) => pk(['Pagada', 'Pagada', 'Enviada', 'Entregada', 'Pendiente de pago', 'Cancelada'], +o.id), [], opt],
    ['Estado del pago', (c, o) => pk(['Aprobado', 'Aprobado', 'Aprobado', 'Aprobado', 'Pendiente', 'Rechazado'], +o.id), [], opt],
    ['Estado del envío', (c, o) => pk(['Sin enviar', 'Preparando', 'Enviado', 'Entregado', 'Sin enviar', 'Sin enviar'], +o.id), [], opt],
    ['Comprador', (c) => c.full, []],
    ['Email', (c) => mail(c, ['gmail.com', 'hotmail.com', 'yahoo.com.ar']), ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => mobile(c, 'ar'), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['DNI / CUIT', (c) => (n(c) % 5 === 0 ? cuit(c) : dni(c)), [], opt],
    ['Dirección', (c) => street(c, 'ar'), [SHIP('street1')]],
    ['Piso / Depto', (c) => (n(c) % 3 === 0 ? `${1 + n(c) % 12}° ${'ABCD'[n(c) % 4]}` : ''), [SHIP('street2')]],
    ['Localidad', (c) => city(c, 'ar')[0], [SHIP('city')]],
    ['Provincia', (c) => city(c, 'ar')[1], [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal', (c) => city(c, 'ar')[2], [SHIP('postalCode')]],
    ['Medio de envío', (c, o) => pk(['Correo Argentino a domicilio', 'Andreani estándar', 'Retiro en local', 'Moto CABA', 'OCA a sucursal'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Costo de envío', (c, o) => comma2(o.shipping ? 4500 + (+o.id % 5) * 650 : 0), ['commerce.shipping.shippingAmount']],
    ['Medio de pago', (c, o) => pk(['Mercado Pago', 'Mercado Pago', 'Transferencia bancaria', 'Efectivo', 'Tarjeta de crédito'], +o.id >> 1), [OR('payments[0].paymentType')]],
    ['Cupón', (c, o) => (o.discount ? 'BIENVENIDA10' : ''), [], opt],
    ['Descuento', (c, o) => comma2(o.discount ? o.subtotal * 120 : 0), [OR('discountAmount')]],
    ['Subtotal', (c, o) => comma2(o.subtotal * 1200), [], opt],
    ['Total', (c, o) => comma2(o.subtotal * 1200 + (o.shipping ? 4500 + (+o.id % 5) * 650 : 0) - (o.discount ? o.subtotal * 120 : 0)), [OR('priceTotal')]],
    ['Producto', (c, o) => pk(['Juego de sábanas 2 plazas', 'Acolchado reversible Queen', 'Toallón algodón 500g', 'Almohada viscoelástica', 'Mantel antimanchas 6 personas'], +o.id >> 1), [PL('name')]],
    ['Variante', (c, o) => pk(['Gris perla', 'Blanco', 'Azul petróleo', 'Terracota', 'Verde salvia'], +o.id), [], opt],
    ['SKU', (c, o) => `TX-${pk(['SAB2P', 'ACQ', 'TOA500', 'ALMV', 'MAN6'], +o.id >> 1)}-${pad(+o.id % 40)}`, [PL('SKU')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o) => comma2(o.price * 1200), []],
    ['Nota del comprador', (c, o) => pk(['', '', '', 'Dejar en portería', 'Es para regalo, sin factura', ''], +o.id), []],
    ['Fecha de pago', (c, o) => (+o.id % 6 === 4 ? '' : dmyHm(o.at + 600000, 'ar')), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'leal-clientes-es-co', product: 'Leal (Puntos Leal; Plataforma administrativa Leal: Clientes > Descargar base de clientes, Excel; Spanish UI, a Bogotá bakery chain\'s points programme)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID Usuario', (c) => String(2000000 + n(c)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Tipo de documento', (c) => (n(c) % 9 === 0 ? 'CE' : 'CC'), []],
    ['Número de documento', (c) => String(1000000000 + (n(c) * 7919) % 99999999), ['person.taxId'], opt],
    ['Celular', (c) => mobile(c, 'co').replace(/^\+57 /, '').replace(/ /g, ''), ['mobilePhone.number']],
    ['Correo electrónico', (c) => (n(c) % 4 === 0 ? '' : mail(c, ['gmail.com', 'hotmail.com', 'outlook.com'])), ['personalEmail.address']],
    ['Fecha de nacimiento', (c) => (n(c) % 3 === 0 ? '' : dmy(c.birth, 'co')), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender'], opt],
    ['Ciudad', (c) => city(c, 'co')[0], at(HOME, 'city')],
    ['Fecha de registro', (c) => dmy(c.created, 'co'), ['loyalty.joinDate'], opt],
    ['Sucursal de registro', (c) => pk(['Chapinero', 'Usaquén', 'Cedritos', 'Salitre Plaza', 'Unicentro'], n(c)), []],
    ['Nivel', (c) => pk(['Bronce', 'Bronce', 'Plata', 'Oro'], n(c) >> 1), ['loyalty.tier']],
    ['Puntos disponibles', (c) => String((n(c) * 17) % 2400), ['loyalty.points']],
    ['Puntos acumulados', (c) => String((n(c) * 17) % 2400 + (n(c) * 7) % 1800), ['loyalty.lifetimePoints']],
    ['Puntos redimidos', (c) => String((n(c) * 7) % 1800), ['loyalty.pointsRedeemed']],
    ['Visitas', (c) => String(1 + n(c) % 60), []],
    ['Última visita', (c) => dmy(Math.max(c.created, c.updated), 'co'), [], opt],
    ['Total compras', (c) => `$${th(String((1 + n(c) % 60) * 18500), '.')}`, ['loyalty.lifetimePurchases'], opt],
    ['Ticket promedio', () => '$18.500', []],
    ['Acepta tratamiento de datos', (c) => (n(c) % 7 === 3 ? 'No' : 'Sí'), [], opt],
  ] },
  { name: 'spin-premia-socios-es-mx', product: 'Spin Premia (OXXO/FEMSA coalition programme; partner portal for allied brands: Reportes > Socios > Descargar, CSV; Spanish UI, a Monterrey coffee-shop chain allied to the programme)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Número de socio', (c) => `SP${pad(n(c) * 37 % 100000000, 9)}`, ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Número de tarjeta', (c) => `7000${pad(n(c) * 104729 % 1000000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Nombre(s)', (c) => c.first, ['person.name.firstName']],
    ['Apellido paterno', (c) => c.last, ['person.name.lastName']],
    ['Apellido materno', (c) => pk(['Hernández', 'Treviño', 'Garza', 'Ramírez', 'Cantú', 'Flores'], n(c)), [], opt],
    ['Celular', (c) => mobile(c, 'mx').replace(/^\+52 /, '').replace(/ /g, ''), ['mobilePhone.number']],
    ['Correo electrónico', (c) => (n(c) % 3 === 0 ? '' : mail(c, ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'])), ['personalEmail.address']],
    ['Fecha de nacimiento', (c) => dmy(c.birth, 'mx'), ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'M' : 'H'), ['person.gender'], opt],
    ['Código postal', (c) => city(c, 'mx')[2], at(HOME, 'postalCode')],
    ['Estado', (c) => city(c, 'mx')[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Municipio', (c) => city(c, 'mx')[0], at(HOME, 'city')],
    ['Fecha de alta', (c) => dmy(c.created, 'mx'), ['loyalty.joinDate'], opt],
    ['Canal de alta', (c) => pk(['App Spin Premia', 'Tienda OXXO', 'Aliado', 'App Spin Premia', 'Web'], n(c)), [], opt],
    ['Estatus', (c) => (n(c) % 10 === 0 ? 'Inactivo' : 'Activo'), ['loyalty.status'], opt],
    ['Saldo de puntos', (c) => th(String((n(c) * 23) % 9000), ','), ['loyalty.points']],
    ['Puntos acumulados en aliado', (c) => th(String((n(c) * 11) % 6000), ','), ['loyalty.lifetimePoints'], opt],
    ['Puntos redimidos en aliado', (c) => th(String((n(c) * 5) % 2500), ','), ['loyalty.pointsRedeemed'], opt],
    ['Transacciones en aliado', (c) => String(1 + n(c) % 45), []],
    ['Monto total en aliado', (c) => dot2((1 + n(c) % 45) * 74.5), ['loyalty.lifetimePurchases'], opt],
    ['Última transacción', (c) => dmyHm(Math.max(c.created, c.updated), 'mx'), [], opt],
    ['Sucursal última transacción', (c) => pk(['San Pedro Garza García', 'Cumbres', 'Valle Oriente', 'Centro MTY'], n(c)), []],
    ['Segmento', (c) => pk(['Frecuente', 'Ocasional', 'Nuevo', 'En riesgo'], n(c) >> 2), [], opt],
    ['Acepta comunicaciones', (c) => (n(c) % 4 === 1 ? 'NO' : 'SI'), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'emblue-contactos-es-ar', product: 'emBlue (Contactos > Exportar contactos, CSV; Spanish UI, an Argentine cosmetics retailer\'s e-mail and SMS base, emBlue\'s default contact fields by their keys)', family: 'email', language: 'es', schema: P, cols: [
    ['email', (c) => mail(c, ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com']), ['personalEmail.address']],
    ['nombre', (c) => c.first, ['person.name.firstName']],
    ['apellido', (c) => c.last, ['person.name.lastName']],
    ['sexo', (c) => (n(c) % 5 === 0 ? '' : c.female ? 'F' : 'M'), ['person.gender'], opt],
    ['cumpleanios', (c) => (n(c) % 3 === 0 ? '' : dmy(c.birth, 'ar')), ['person.birthDate']],
    ['telefono_1', (c) => mobile(c, 'ar').replace(/[ -]/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['telefono_2', (c) => (n(c) % 6 === 0 ? `011 4${d8(c, 9).slice(0, 3)}-${d8(c, 9).slice(3, 7)}` : ''), ['homePhone.number'], opt],
    ['id_cliente', (c) => `CL-${n(c) % 900000}`, ['_id', 'personID'], opt],
    ['documento', (c) => (n(c) % 2 ? dni(c) : ''), ['person.taxId'], opt],
    ['direccion', (c) => (n(c) % 3 === 1 ? street(c, 'ar') : ''), at(HOME, 'street1')],
    ['ciudad', (c) => city(c, 'ar')[0], at(HOME, 'city')],
    ['provincia', (c) => city(c, 'ar')[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['pais', () => 'Argentina', at(HOME, 'country')],
    ['codigo_postal', (c) => (n(c) % 3 === 1 ? city(c, 'ar')[2] : ''), at(HOME, 'postalCode')],
    ['empresa', (c) => (n(c) % 8 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['cargo', (c) => (n(c) % 8 === 0 ? pk(['Gerente de compras', 'Maquilladora', 'Dueña'], n(c)) : ''), []],
    ['estado', (c) => pk(['Activo', 'Activo', 'Activo', 'Activo', 'Desuscripto', 'Rebotado', 'Inactivo'], n(c)), ['personalEmail.status'], opt],
    ['fecha_alta', (c) => dmyHms(c.created, 'ar'), [], opt],
    ['origen', (c) => pk(['Formulario web', 'Importación', 'API VTEX', 'Formulario web', 'Landing Hot Sale'], n(c)), [], opt],
    ['grupos', (c) => pk(['Newsletter', 'Newsletter|Clientes', 'Clientes|VIP', 'Hot Sale 2024'], n(c)), []],
    ['tags', (c) => pk(['', 'skincare', 'maquillaje', 'skincare,fragancias', ''], n(c)), []],
    ['ultima_apertura', (c) => (n(c) % 4 === 0 ? '' : dmyHms(c.updated, 'ar')), [], opt],
    ['ultimo_click', (c) => (n(c) % 3 === 0 ? dmyHms(c.updated, 'ar') : ''), [], opt],
  ] },
  { name: 'masterbase-contactos-es-cl', product: 'MasterBase (Contactos > Base de datos > Exportar, Excel; Spanish UI, a Chilean insurance broker\'s e-mail marketing base)', family: 'email', language: 'es', schema: P, cols: [
    ['Email', (c) => mail(c, ['gmail.com', 'hotmail.com', 'yahoo.cl', 'vtr.net']), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Rut', (c) => rut(c).replace(/\./g, ''), ['person.taxId'], opt],
    ['Celular', (c) => mobile(c, 'cl').replace(/ /g, ''), ['mobilePhone.number']],
    ['Fecha Nacimiento', (c) => (n(c) % 4 === 0 ? '' : dashDmy(c.birth, 'cl')), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender'], opt],
    ['Dirección', (c) => (n(c) % 2 ? street(c, 'cl') : ''), at(HOME, 'street1')],
    ['Comuna', (c) => city(c, 'cl')[0], at(HOME, 'city')],
    ['Región', (c) => city(c, 'cl')[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Estado', (c) => pk(['Activo', 'Activo', 'Activo', 'Desinscrito', 'Rebote duro', 'Activo', 'Queja spam'], n(c)), ['personalEmail.status'], opt],
    ['Fecha Inscripción', (c) => dashDmyHm(c.created, 'cl'), [], opt],
    ['Fuente', (c) => pk(['Cotizador web', 'Importación', 'Formulario SOAP', 'Cotizador web', 'Evento'], n(c)), [], opt],
    ['Producto de interés', (c) => pk(['Seguro automotriz', 'SOAP', 'Seguro de hogar', 'Seguro de viaje', 'Seguro de salud'], n(c) >> 1), []],
    ['Envíos', (c) => String(4 + n(c) % 40), []],
    ['Aperturas', (c) => String(n(c) % 30), []],
    ['Clics', (c) => String(n(c) % 9), []],
    ['Última Apertura', (c) => (n(c) % 5 === 0 ? '' : dashDmyHm(c.updated, 'cl')), [], opt],
    ['Último Clic', (c) => (n(c) % 3 === 0 ? dashDmyHm(c.updated, 'cl') : ''), [], opt],
    ['Acepta SMS', (c) => (n(c) % 3 === 2 ? 'No' : 'Sí'), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B directories
  { name: 'einforma-empresas-directivos-es', product: 'eInforma (Informa D&B; eInforma Marketing / listados de empresas: Exportar listado, Excel; Spanish UI, one row per company and executive, bought by a Valencia software vendor\'s sales team)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Denominación', (c) => `${c.company.split(' ')[0]} ${pk(['Soluciones', 'Industrial', 'Logística', 'Ingeniería'], n(c))} ${pk(['S.L.', 'S.A.', 'S.L.', 'S.L.U.'], n(c))}`, ['b2b.companyName', 'organizations[0]']],
    ['CIF', (c) => cif(c), []],
    ['Forma jurídica', (c) => pk(['Sociedad Limitada', 'Sociedad Anónima', 'Sociedad Limitada', 'Sociedad Limitada Unipersonal'], n(c)), []],
    ['Domicilio social', (c) => `${pk(['Calle', 'Avenida', 'Polígono Industrial', 'Plaza'], n(c))} ${pk(['Colón', 'del Puerto', 'Fuente del Jarro', 'Mayor', 'de Aragón'], n(c) >> 1)}, ${1 + n(c) % 120}`, ['workAddress.street1']],
    ['Código postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Localidad', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Teléfono', (c) => c.phone.replace('+34 ', ''), ['workPhone.number']],
    ['Fax', (c) => (n(c) % 4 === 0 ? c.phone.replace('+34 ', '').replace(/\d$/, '9') : ''), ['faxPhone.number'], opt],
    ['Web', (c) => (n(c) % 5 === 0 ? '' : `www.${slug(c.company.split(' ')[0])}.es`), ['b2b.companyWebsite']],
    ['Email', (c) => (n(c) % 3 === 0 ? '' : `info@${slug(c.company.split(' ')[0])}.es`), ['workEmail.address'], opt],
    ['CNAE 2009', (c) => pk(['4669', '6201', '2562', '4941', '7112'], n(c)), []],
    ['Actividad CNAE', (c) => pk(['Comercio al por mayor de otra maquinaria y equipo', 'Actividades de programación informática', 'Ingeniería mecánica por cuenta de terceros', 'Transporte de mercancías por carretera', 'Servicios técnicos de ingeniería'], n(c)), []],
    ['Fecha constitución', (c) => f.eu(c.birth + 20 * 365 * 86400000), []],
    ['Capital social (€)', (c) => comma2(3000 + (n(c) % 50) * 6000), []],
    ['Ventas (€)', (c) => th(String(250000 + (n(c) * 4111) % 40000000), '.'), []],
    ['Año ventas', () => '2023', []],
    ['Empleados', (c) => String(3 + n(c) % 240), []],
    ['Cargo', (c) => pk(['Administrador Único', 'Consejero Delegado', 'Administrador Solidario', 'Apoderado', 'Presidente'], n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Nombre', (c) => c.first.toUpperCase(), ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${pk(['Ruiz', 'Navarro', 'Soler', 'Ferrer', 'Moreno'], n(c))}`.toUpperCase(), ['person.name.lastName']],
    ['Fecha nombramiento', (c) => f.eu(c.created), [], opt],
    ['Situación', (c) => (n(c) % 17 === 0 ? 'Concurso' : 'Activa'), [], opt],
  ] },
  { name: 'axesor-directivos-es', product: 'Axesor (Axesor Marketing: Listas de empresas y directivos > Descargar, Excel; Spanish UI, a Madrid HR-software vendor\'s prospect list with its executives)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Código Axesor', (c) => String(10000000 + (n(c) * 3571) % 89999999), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Razón social', (c) => `${c.company.split(' ')[0].toUpperCase()} ${pk(['SERVICIOS', 'GRUPO', 'DISTRIBUCIONES', 'HOLDING'], n(c))} ${pk(['SL', 'SA', 'SL'], n(c))}`, ['b2b.companyName', 'organizations[0]']],
    ['Nombre comercial', (c) => c.company.split(' ')[0], ['b2b.companyName', 'organizations[0]'], opt],
    ['NIF', (c) => cif(c), []],
    ['Dirección', (c) => `${pk(['CALLE', 'AVENIDA', 'PASEO'], n(c))} ${pk(['ALCALÁ', 'DE LA CASTELLANA', 'DIAGONAL', 'GRAN VÍA'], n(c) >> 1)} ${1 + n(c) % 300}`, ['workAddress.street1']],
    ['CP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Municipio', (c) => c.city.toUpperCase(), ['workAddress.city']],
    ['Provincia', (c) => c.region.toUpperCase(), ['workAddress.stateProvince', 'workAddress.state']],
    ['Teléfono empresa', (c) => c.phone.replace(/\D/g, '').slice(2), ['workPhone.number'], opt],
    ['Web', (c) => `https://www.${slug(c.company.split(' ')[0])}.com`, ['b2b.companyWebsite']],
    ['CNAE', (c) => pk(['8299 - Otras actividades de apoyo a las empresas', '4690 - Comercio al por mayor no especializado', '6420 - Actividades de las sociedades holding', '5610 - Restaurantes y puestos de comidas'], n(c)), []],
    ['Tramo ventas', (c) => pk(['1-2 M€', '2-5 M€', '5-10 M€', '10-50 M€', 'Más de 50 M€'], n(c)), []],
    ['Tramo empleados', (c) => pk(['10-49', '50-99', '100-249', '250-499', '500 o más'], n(c)), []],
    ['Rating Axesor', (c) => pk(['01', '03', '04', '05', '06', '07', '09'], n(c)), []],
    ['Tratamiento', (c) => (c.female ? 'Dña.' : 'D.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Primer apellido', (c) => c.last, ['person.name.lastName']],
    ['Segundo apellido', (c) => pk(['Ruiz', 'Navarro', 'Soler', 'Ferrer', 'Moreno'], n(c) >> 1), [], opt],
    ['Cargo', (c) => pk(['Director de Recursos Humanos', 'Director General', 'Responsable de Personas', 'Director Financiero', 'Jefe de Nóminas'], n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => pk(['Recursos Humanos', 'Dirección General', 'Recursos Humanos', 'Finanzas', 'Administración'], n(c) >> 1), ['extendedWorkDetails.departments[0]']],
    ['Email directivo', (c) => (n(c) % 4 === 0 ? '' : `${slug(c.first)}.${slug(c.last)}@${slug(c.company.split(' ')[0])}.com`), ['workEmail.address']],
    ['Teléfono directivo', (c) => (n(c) % 3 === 0 ? c.mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['LinkedIn', (c) => (n(c) % 2 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${n(c) % 9000}` : ''), []],
    ['Fecha último balance', () => '31/12/2023', []],
  ] },
]
