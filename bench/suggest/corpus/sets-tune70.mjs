// Round 70, tune70: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Latin-American (Mexico, Colombia, Argentina, Chile, Peru) marketplace seller
// centres, loyalty programmes, WhatsApp/contact-centre CRMs, chatbots and e-mail/SMS tools, all in Spanish.
import { E, P, v, PL, OR, SHIP, BILL, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// dates: "22/05/2024", "22/05/2024 14:31", "2024-05-22 14:31:07", ISO with offset (Mexico -6, Colombia/Peru -5, Chile -4, Argentina -3)
const dmy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms, h = -5) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = -5) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoOff = (ms, h = -5) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
const MES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']
// "22 de mayo de 2024 14:31 hs." (Mercado Libre / Mercado Shops sales report)
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
const mlDate = (ms, h = -3) => { const p = shift(ms, h); return `${p.d} de ${MESES[p.m - 1]} de ${p.y} ${pad(p.H)}:${pad(p.M)} hs.` }
const dMonY = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.d)}-${MES[p.m - 1]}-${p.y}` }
const day = 86400000
// money: Chile/Colombia/Argentina "1.234.567" / "1.234,50", Mexico/Peru "1,234.50"
const dots = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const ars = (n) => { const [a, b] = n.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const mxn = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const nm = (c) => `${c.first} ${c.last}`
const mail = (c, r, dom = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com']) => `${slug(c.first)}.${slug(c.last)}${v.int(r, 1, 99)}@${v.pick(r, dom)}`

// phones
const mxCel = (r) => `55 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`
const mxE164 = (r) => `+521${v.pick(r, ['55', '33', '81'])}${v.int(r, 10000000, 99999999)}`
const coCel = (r) => `3${v.int(r, 0, 2)}${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`
const clCel = (r) => `+569${v.int(r, 10000000, 99999999)}`
const arCel = (r) => `11${v.int(r, 15000000, 69999999)}`
const peCel = (r) => `9${v.int(r, 10000000, 99999999)}`

// ids: Chilean RUT, Colombian cédula, Argentine DNI, Mexican RFC-like, Peruvian DNI
const rut = (r) => { const n = v.int(r, 8000000, 24999999); let s = 0, m = 2; for (const d of String(n).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 } const k = 11 - (s % 11); return `${dots(n)}-${k === 11 ? '0' : k === 10 ? 'K' : k}` }
const cedula = (r) => String(v.int(r, 10000000, 1199999999))
const dni = (r) => String(v.int(r, 20000000, 45999999))

// places: [street, comuna/colonia/barrio, city, region, postcode, country code, country]
const CL = [['Av. Providencia 1650, depto 402', 'Providencia', 'Santiago', 'Región Metropolitana', '7500000', 'CL', 'Chile'], ['Los Militares 5890', 'Las Condes', 'Santiago', 'Región Metropolitana', '7560000', 'CL', 'Chile'], ['Calle Valparaíso 420', 'Viña del Mar', 'Viña del Mar', 'Valparaíso', '2520000', 'CL', 'Chile'], ['O\'Higgins 1180', 'Concepción', 'Concepción', 'Biobío', '4030000', 'CL', 'Chile'], ['Av. Alemania 0671', 'Temuco', 'Temuco', 'La Araucanía', '4780000', 'CL', 'Chile'], ['Irarrázaval 3240', 'Ñuñoa', 'Santiago', 'Región Metropolitana', '7750000', 'CL', 'Chile']]
const MX = [['Av. Insurgentes Sur 1602 Int. 5', 'Crédito Constructor', 'Benito Juárez', 'Ciudad de México', '03940', 'MX', 'México'], ['Calle Libertad 1840', 'Col. Americana', 'Guadalajara', 'Jalisco', '44160', 'MX', 'México'], ['Av. Constitución 2050 Pte.', 'Centro', 'Monterrey', 'Nuevo León', '64000', 'MX', 'México'], ['Calle 60 No. 491', 'Centro', 'Mérida', 'Yucatán', '97000', 'MX', 'México'], ['Blvd. Díaz Ordaz 3302', 'Santa María', 'Puebla', 'Puebla', '72080', 'MX', 'México'], ['Av. Tulum 220 SM 4', 'Centro', 'Cancún', 'Quintana Roo', '77500', 'MX', 'México']]
const CO = [['Calle 93 # 13-45 Apto 501', 'Chicó', 'Bogotá', 'Bogotá D.C.', '110221', 'CO', 'Colombia'], ['Carrera 43A # 7-50', 'El Poblado', 'Medellín', 'Antioquia', '050021', 'CO', 'Colombia'], ['Avenida 6N # 23-61', 'Versalles', 'Cali', 'Valle del Cauca', '760045', 'CO', 'Colombia'], ['Calle 84 # 51B-20', 'Alto Prado', 'Barranquilla', 'Atlántico', '080020', 'CO', 'Colombia'], ['Carrera 27 # 36-14', 'Centro', 'Bucaramanga', 'Santander', '680003', 'CO', 'Colombia'], ['Transversal 54 # 21-110', 'Bocagrande', 'Cartagena', 'Bolívar', '130001', 'CO', 'Colombia']]
const AR = [['Av. Corrientes 3247 5° B', 'Almagro', 'Ciudad Autónoma de Buenos Aires', 'Capital Federal', 'C1193AAE', 'AR', 'Argentina'], ['Av. Colón 1150', 'Centro', 'Córdoba', 'Córdoba', 'X5000EPN', 'AR', 'Argentina'], ['Bv. Oroño 845', 'Centro', 'Rosario', 'Santa Fe', 'S2000DSN', 'AR', 'Argentina'], ['Calle 7 N° 1020', 'Centro', 'La Plata', 'Buenos Aires', 'B1900', 'AR', 'Argentina'], ['Av. San Martín 1520', 'Godoy Cruz', 'Mendoza', 'Mendoza', 'M5501', 'AR', 'Argentina'], ['Av. Cabildo 2230 3° A', 'Belgrano', 'Ciudad Autónoma de Buenos Aires', 'Capital Federal', 'C1428AAR', 'AR', 'Argentina']]
const PE = [['Av. José Larco 1150 Dpto 302', 'Miraflores', 'Lima', 'Lima', '15074', 'PE', 'Perú'], ['Jr. Huallaga 320', 'Cercado de Lima', 'Lima', 'Lima', '15001', 'PE', 'Perú'], ['Av. Ejército 710', 'Yanahuara', 'Arequipa', 'Arequipa', '04013', 'PE', 'Perú'], ['Calle Los Pinos 245', 'Surco', 'Lima', 'Lima', '15038', 'PE', 'Perú']]

// goods
const ML_ITEMS = [['MLA1402334455', 'Zapatillas Running Hombre Livianas Talle 42', 'Negro', 45999], ['MLA1398877665', 'Mate Imperial Calabaza Virola Alpaca + Bombilla', '', 28500], ['MLA1377755533', 'Auriculares Inalámbricos Bluetooth 5.3 In Ear', 'Blanco', 17990], ['MLA1410020030', 'Campera Inflable Mujer Impermeable Capucha', 'Verde', 62000], ['MLA1389900112', 'Set Sartenes Antiadherentes X3 Piezas', '', 39990]]
const RP_ITEMS = [['2000379123456', 'Zapatillas Urbanas Mujer Blanco 37', 'Zapatillas', 34990], ['2000379345678', 'Polerón Canguro Hombre Gris L', 'Vestuario Hombre', 19990], ['2000380011223', 'Freidora de Aire 5,5 L', 'Electrohogar', 64990], ['2000380099887', 'Mochila Escolar 25 L Azul', 'Accesorios', 24990], ['2000379555444', 'Juego de Sábanas 2 Plazas 180 Hilos', 'Dormitorio', 22990]]
const LV_ITEMS = [['1129384756', 'Licuadora 10 Velocidades 1.25 L Negra', 'Electrodomésticos', 1299.0], ['1130098812', 'Tenis Deportivos Dama Talla 24', 'Calzado', 1599.0], ['1128877001', 'Juego de Toallas 6 Piezas Gris', 'Blancos', 899.0], ['1131122334', 'Bocina Bluetooth Portátil Resistente al Agua', 'Electrónica', 1749.0], ['1127766554', 'Set de Ollas Acero Inoxidable 8 Piezas', 'Cocina', 2499.0]]
const PC_ALIADOS = ['Éxito Colombia', 'Carulla', 'Surtimax', 'Bancolombia', 'Terpel', 'Crepes & Waffles', 'Cine Colombia', 'Homecenter']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Mercado Shops, AR: Ventas > Descargar reporte de ventas .xlsx, filtered on Canal de venta = Mercado Shops)
  { name: 'mercadoshops-reporte-ventas-es', product: 'Mercado Shops (Argentina; the shop\'s sales in Mercado Libre\'s Ventas > Descargar reporte (Excel), Spanish UI, an Argentine sporting-goods and home seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['# de venta', (c, o, r) => `2000${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['Fecha de venta', (c, o) => mlDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'En camino', 'Listo para enviar', 'Cancelada por el comprador']), [], opt],
    ['Descripción del estado', (c, o, r) => v.pick(r, ['', 'Llegó el 14 de mayo', 'Tenés que despachar el paquete', 'Se reembolsó el dinero al comprador']), []],
    ['Paquete de varios productos', (c, o, r) => (r() < 0.15 ? 'Sí' : 'No'), []],
    ['Unidades', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ingresos por productos (ARS)', (c, o, r, i) => ars(row(ML_ITEMS, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Cargo por venta e impuestos (ARS)', (c, o, r, i) => ars(-row(ML_ITEMS, i)[3] * o.qty * 0.16), []],
    ['Costos de envío (ARS)', (c, o, r) => (r() < 0.4 ? '' : ars(-v.int(r, 2500, 6900))), ['commerce.shipping.shippingAmount'], opt],
    ['Anulaciones y reembolsos (ARS)', (c, o, r, i) => (r() < 0.1 ? ars(-row(ML_ITEMS, i)[3] * o.qty) : ''), [OR('refundTotal')], opt],
    ['Total (ARS)', (c, o, r, i) => ars(row(ML_ITEMS, i)[3] * o.qty * 0.84), [OR('priceTotal')], opt],
    ['Venta por publicidad', (c, o, r) => (r() < 0.2 ? 'Sí' : ''), []],
    ['SKU', (c, o, r, i) => `MS-${pad(i % 5 + 1, 3)}-${v.pick(r, ['A', 'B'])}`, [PL('SKU')]],
    ['# de publicación', (c, o, r, i) => row(ML_ITEMS, i)[0], [PL('product')], opt],
    ['Canal de venta', () => 'Mercado Shops', [], opt],
    ['Título de la publicación', (c, o, r, i) => row(ML_ITEMS, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => (row(ML_ITEMS, i)[2] ? `Color : ${row(ML_ITEMS, i)[2]}` : ''), [PL('selectedOptions[0].value')], opt],
    ['Precio unitario de venta de la publicación (ARS)', (c, o, r, i) => ars(row(ML_ITEMS, i)[3]), []],
    ['Tipo de publicación', (c, o, r) => v.pick(r, ['Clásica', 'Premium']), []],
    ['Factura adjunta', (c, o, r) => (r() < 0.6 ? 'Sí' : 'No'), []],
    ['Datos personales o de empresa', (c) => nm(c), []],
    ['Tipo y número de documento', (c, o, r) => `DNI ${dni(r)}`, []],
    ['Tipo de contribuyente', (c, o, r) => v.pick(r, ['Consumidor final', 'Consumidor final', 'Responsable inscripto', 'Monotributista']), []],
    ['Comprador', (c) => `${slug(c.first).toUpperCase()}${slug(c.last).toUpperCase().slice(0, 4)}${c.id.slice(0, 3)}`, []],
    ['Domicilio', (c, o, r, i) => row(AR, i)[0], [SHIP('street1')]],
    ['Ciudad', (c, o, r, i) => row(AR, i)[2], [SHIP('city')]],
    ['Provincia', (c, o, r, i) => row(AR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal', (c, o, r, i) => row(AR, i)[4], [SHIP('postalCode')]],
    ['País', () => 'Argentina', [SHIP('country')]],
    ['Forma de entrega', (c, o, r) => v.pick(r, ['Mercado Envíos', 'Mercado Envíos Flex', 'Retiro en domicilio del vendedor']), ['commerce.shipping.shippingMethod'], opt],
    ['Fecha en camino', (c, o, r) => (r() < 0.8 ? mlDate(o.at + v.int(r, 1, 2) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Fecha entregado', (c, o, r) => (r() < 0.7 ? mlDate(o.at + v.int(r, 3, 6) * day) : ''), [], opt],
    ['Transportista', (c, o, r) => v.pick(r, ['Mercado Envíos', 'OCA', 'Andreani', '']), [], opt],
    ['Número de seguimiento', (c, o, r) => String(v.int(r, 40000000000, 49999999999)), ['commerce.shipping.trackingNumber']],
    ['URL de seguimiento', (c, o, r) => `https://www.mercadolibre.com.ar/envios/${v.int(r, 40000000000, 49999999999)}`, ['commerce.shipping.trackingURL']],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Mercado Ripley CL seller centre on Mirakl: Pedidos > Exportar CSV)
  { name: 'ripley-mirakl-pedidos-cl-es', product: 'Mercado Ripley Chile (seller centre on Mirakl: Pedidos > Exportar (CSV), Spanish UI, a Chilean home and apparel seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => dmyHMS(o.at, -4), ['timestamp', OR('createdDate')], opt],
    ['N.º de pedido', (c, o, r) => `${v.int(r, 20000000, 29999999)}-A`, [OR('purchaseID'), '_id']],
    ['Estado', (c, o, r) => v.pick(r, ['Recibido', 'Enviado', 'Enviado', 'En espera de envío', 'Pendiente de aceptación', 'Cancelado']), [], opt],
    ['Fecha límite de envío', (c, o) => dmyHMS(o.at + 2 * day, -4), [], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Detalles', (c, o, r, i) => row(RP_ITEMS, i)[1], [PL('name')]],
    ['SKU de la oferta', (c, o, r, i) => `RPL-${row(RP_ITEMS, i)[0].slice(-6)}`, [PL('SKU')]],
    ['SKU del producto', (c, o, r, i) => row(RP_ITEMS, i)[0], [PL('product'), PL('SKU')], opt],
    ['Categoría', (c, o, r, i) => row(RP_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Precio unitario', (c, o, r, i) => dots(row(RP_ITEMS, i)[3]), []],
    ['Importe', (c, o, r, i) => dots(row(RP_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Gastos de envío', (c, o, r, i) => dots(row([0, 2990, 3990], i)), ['commerce.shipping.shippingAmount']],
    ['Importe total', (c, o, r, i) => dots(row(RP_ITEMS, i)[3] * o.qty + row([0, 2990, 3990], i)), [OR('priceTotal')]],
    ['Comisión (sin impuestos)', (c, o, r, i) => dots(row(RP_ITEMS, i)[3] * o.qty * 0.15), []],
    ['Impuestos sobre comisión', (c, o, r, i) => dots(row(RP_ITEMS, i)[3] * o.qty * 0.15 * 0.19), []],
    ['Importe transferido a la tienda', (c, o, r, i) => dots(row(RP_ITEMS, i)[3] * o.qty * 0.82), []],
    ['Moneda', () => 'CLP', [OR('currencyCode')]],
    ['Cliente', (c) => nm(c), []],
    ['RUT', (c, o, r) => rut(r), []],
    ['Dirección de envío', (c, o, r, i) => row(CL, i)[0], [SHIP('street1')]],
    ['Comuna de envío', (c, o, r, i) => row(CL, i)[1], [SHIP('city'), SHIP('street2')], opt],
    ['Ciudad de envío', (c, o, r, i) => row(CL, i)[2], [SHIP('city')]],
    ['Región de envío', (c, o, r, i) => row(CL, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Teléfono', (c, o, r) => clCel(r), [], opt],
    ['Método de envío', (c, o, r) => v.pick(r, ['Despacho a domicilio', 'Retiro en tienda Ripley', 'Despacho Express']), ['commerce.shipping.shippingMethod']],
    ['Transportista', (c, o, r) => v.pick(r, ['Chilexpress', 'Starken', 'Blue Express', '']), [], opt],
    ['N.º de seguimiento', (c, o, r) => (r() < 0.7 ? String(v.int(r, 700000000000, 799999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Boleta adjunta', (c, o, r) => (r() < 0.8 ? 'Sí' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Liverpool Marketplace MX on Mirakl: Pedidos > Exportar líneas de pedido .xlsx)
  { name: 'liverpool-marketplace-lineas-pedido-mx-es', product: 'Liverpool Marketplace (Mexico, vendor portal on Mirakl: Pedidos > Lista de pedidos > Exportar (XLSX, one row per order line), Spanish UI, a Mexican home-appliance seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Número de pedido', (c, o, r) => `${v.int(r, 3000000000, 3999999999)}`, [OR('purchaseID'), '_id']],
    ['Línea de pedido', (c, o, r) => `${v.int(r, 3000000000, 3999999999)}-1`, [], opt],
    ['Fecha de creación', (c, o) => dmyHM(o.at, -6), ['timestamp', OR('createdDate')], opt],
    ['Fecha de aceptación', (c, o) => dmyHM(o.at + 3600000 * 5, -6), [], opt],
    ['Estado de la línea', (c, o, r) => v.pick(r, ['Enviado', 'Recibido', 'Recibido', 'En espera de envío', 'Rechazado']), [], opt],
    ['SKU Liverpool', (c, o, r, i) => row(LV_ITEMS, i)[0], [PL('product'), PL('SKU')], opt],
    ['SKU del vendedor', (c, o, r, i) => `VEN-${pad(i % 5 + 10, 4)}`, [PL('SKU')]],
    ['Descripción del producto', (c, o, r, i) => row(LV_ITEMS, i)[1], [PL('name')]],
    ['Departamento', (c, o, r, i) => row(LV_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario (IVA incluido)', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3]), []],
    ['Subtotal línea', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['IVA', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3] * o.qty * 0.16 / 1.16), [OR('taxAmount')], opt],
    ['Costo de envío', (c, o, r, i) => mxn(row([0, 99, 149, 0], i)), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3] * o.qty + row([0, 99, 149, 0], i)), [OR('priceTotal')]],
    ['Comisión', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3] * o.qty * 0.14), []],
    ['Monto a pagar al vendedor', (c, o, r, i) => mxn(row(LV_ITEMS, i)[3] * o.qty * 0.86), []],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Tarjeta Liverpool', 'Tarjeta de crédito', 'PayPal', 'Pago en tienda']), [OR('payments[0].paymentType')], opt],
    ['Meses sin intereses', (c, o, r) => v.pick(r, ['', '', '3', '6', '12']), []],
    ['Nombre del cliente', (c) => nm(c), []],
    ['Calle y número', (c, o, r, i) => row(MX, i)[0], [SHIP('street1')]],
    ['Colonia', (c, o, r, i) => row(MX, i)[1], [SHIP('street2')], opt],
    ['Municipio / Alcaldía', (c, o, r, i) => row(MX, i)[2], [SHIP('city')]],
    ['Estado', (c, o, r, i) => row(MX, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['C.P.', (c, o, r, i) => row(MX, i)[4], [SHIP('postalCode')]],
    ['Paquetería', (c, o, r) => v.pick(r, ['Estafeta', 'DHL', 'Paquetexpress', '99 Minutos']), ['commerce.shipping.shippingMethod'], opt],
    ['Guía', (c, o, r) => (r() < 0.75 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Fecha de envío', (c, o, r) => (r() < 0.75 ? dmyHM(o.at + v.int(r, 1, 3) * day, -6) : ''), ['commerce.shipping.shipDate'], opt],
    ['Motivo de rechazo', (c, o, r) => (r() < 0.1 ? 'Sin existencias' : ''), []],
  ] },

  // ---------------------------------------------------------------- loyalty members (Fidelizarte, CL: Socios > Exportar Excel)
  { name: 'fidelizarte-socios-export-es', product: 'Fidelizarte (loyalty platform, Chile: Socios > Listado de socios > Exportar a Excel, Spanish UI, a Chilean coffee-shop chain)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID Socio', (c, o, r) => String(v.int(r, 10000, 99999)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['RUT', (c, o, r) => rut(r), ['person.taxId'], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => mail(c, r, ['gmail.com', 'hotmail.com', 'live.cl']), ['personalEmail.address']],
    ['Celular', (c, o, r) => clCel(r), ['mobilePhone.number']],
    ['Sexo', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Fecha de nacimiento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Comuna', (c, o, r, i) => row(CL, i)[1], at(HOME, 'city'), opt],
    ['Región', (c, o, r, i) => row(CL, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Fecha de inscripción', (c) => dmy(c.created, -4), ['loyalty.joinDate'], opt],
    ['Sucursal de inscripción', (c, o, r) => v.pick(r, ['Providencia', 'Las Condes', 'Ñuñoa', 'Viña del Mar', 'App']), []],
    ['Nivel', (c, o, r) => v.pick(r, ['Bronce', 'Plata', 'Oro']), ['loyalty.tier']],
    ['Puntos disponibles', (c, o, r) => dots(v.int(r, 0, 8000)), ['loyalty.points']],
    ['Puntos acumulados', (c, o, r) => dots(v.int(r, 8000, 30000)), [], opt],
    ['Puntos canjeados', (c, o, r) => dots(v.int(r, 0, 8000)), ['loyalty.pointsRedeemed']],
    ['Puntos por vencer', (c, o, r) => dots(v.int(r, 0, 900)), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['N° de visitas', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Monto total compras', (c, o, r) => `$${dots(v.int(r, 5, 900) * 1000)}`, [], opt],
    ['Última visita', (c) => dmy(c.updated, -4), [], opt],
    ['Acepta comunicaciones', (c, o, r) => (r() < 0.7 ? 'Sí' : 'No'), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Inactivo']), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- loyalty transactions (Puntos Colombia, portal de aliados: Reportes > Transacciones > Descargar CSV)
  { name: 'puntos-colombia-aliado-transacciones-es', product: 'Puntos Colombia (portal de aliados: Reportes > Transacciones > Descargar (CSV), Spanish UI, a Colombian restaurant chain that is an allied business of the coalition programme)', family: 'loyalty', language: 'es', schema: E, cols: [
    ['ID Transacción', (c, o, r) => `PCO${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['Fecha Transacción', (c, o) => ymd(o.at), ['timestamp'], opt],
    ['Hora Transacción', (c, o) => ymdHMS(o.at).slice(11), []],
    ['Tipo Transacción', (c, o, r) => v.pick(r, ['ACUMULACION', 'ACUMULACION', 'ACUMULACION', 'REDENCION', 'REVERSO ACUMULACION']), ['eventType'], opt],
    ['Tipo Documento', (c, o, r) => v.pick(r, ['CC', 'CC', 'CC', 'CE', 'TI']), []],
    ['Número Documento', (c, o, r) => cedula(r), []],
    ['Código Aliado', () => '900458712', []],
    ['Nombre Aliado', (c, o, r, i) => row(PC_ALIADOS, 5), []],
    ['Código Punto de Venta', (c, o, r, i) => `PDV${pad(i % 12 + 1, 4)}`, ['placeContext.POIinteraction.POIDetail.POIID', 'commerce.commerceScope.storeCode'], opt],
    ['Punto de Venta', (c, o, r, i) => row(['Andino', 'Unicentro Bogotá', 'Santafé Medellín', 'El Tesoro', 'Chipichape', 'Buenavista Barranquilla'], i), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Ciudad', (c, o, r, i) => row(['Bogotá', 'Bogotá', 'Medellín', 'Medellín', 'Cali', 'Barranquilla'], i), ['placeContext.geo.city'], opt],
    ['Canal', (c, o, r) => v.pick(r, ['PRESENCIAL', 'PRESENCIAL', 'DOMICILIO', 'WEB']), [], opt],
    ['Número Factura', (c, o, r) => `FE${v.int(r, 10000, 99999)}`, [OR('purchaseID')]],
    ['Valor Compra', (c, o, r) => dots(v.int(r, 18, 260) * 1000), [OR('priceTotal')]],
    ['Valor Base Acumulación', (c, o, r) => dots(v.int(r, 15, 220) * 1000), [], opt],
    ['Puntos Acumulados', (c, o, r) => String(v.int(r, 0, 260)), []],
    ['Puntos Redimidos', (c, o, r) => (r() < 0.2 ? String(v.int(r, 500, 8000)) : '0'), []],
    ['Valor Redención', (c, o, r) => (r() < 0.2 ? dots(v.int(r, 3, 56) * 1000) : '0'), [], opt],
    ['Medio de Pago', (c, o, r) => v.pick(r, ['TARJETA CREDITO', 'TARJETA DEBITO', 'EFECTIVO', 'PUNTOS', 'NEQUI']), [OR('payments[0].paymentType')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['APROBADA', 'APROBADA', 'APROBADA', 'RECHAZADA']), [], opt],
    ['Código Autorización', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('payments[0].transactionID')], opt],
    ['Usuario Cajero', (c, o, r) => `caja${v.int(r, 1, 9)}.${v.pick(r, ['andino', 'tesoro', 'chipichape'])}`, []],
    ['Fecha Carga', (c, o) => ymdHMS(o.at + 3600000 * 3), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty members (Cencosud Puntos, Chile: portal de comercios asociados > Clientes > Exportar Excel)
  { name: 'cencosud-puntos-clientes-comercio-es', product: 'Cencosud Puntos (Chile; comercio asociado portal: Clientes > Clientes con acumulación > Exportar a Excel, Spanish UI, a Chilean optician chain partnering with the programme)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['RUT Cliente', (c, o, r) => rut(r), ['person.taxId', '_id', 'personID'], opt],
    ['Nombres', (c) => c.first, ['person.name.firstName']],
    ['Apellido Paterno', (c) => c.last, ['person.name.lastName']],
    ['Apellido Materno', (c, o, r) => v.pick(r, ['Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva']), [], opt],
    ['Correo Electrónico', (c, o, r) => mail(c, r, ['gmail.com', 'hotmail.com', 'yahoo.es']), ['personalEmail.address']],
    ['Teléfono Móvil', (c, o, r) => clCel(r), ['mobilePhone.number']],
    ['Fecha Nacimiento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Género', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Dirección', (c, o, r, i) => row(CL, i + 2)[0], at(HOME, 'street1')],
    ['Comuna', (c, o, r, i) => row(CL, i + 2)[1], at(HOME, 'city'), opt],
    ['Región', (c, o, r, i) => row(CL, i + 2)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Categoría Cencosud', (c, o, r) => v.pick(r, ['Cliente', 'Cliente', 'Silver', 'Gold', 'Black']), ['loyalty.tier']],
    ['Saldo Puntos', (c, o, r) => dots(v.int(r, 0, 45000)), ['loyalty.points']],
    ['Puntos Acumulados Período', (c, o, r) => dots(v.int(r, 0, 3000)), [], opt],
    ['Puntos Canjeados Período', (c, o, r) => dots(v.int(r, 0, 2000)), [], opt],
    ['Puntos por Vencer', (c, o, r) => dots(v.int(r, 0, 1500)), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Fecha Vencimiento Puntos', (c, o, r) => dmy(Date.UTC(2025, v.int(r, 0, 11), 28), 0), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['N° Compras', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['Monto Compras ($)', (c, o, r) => dots(v.int(r, 20, 900) * 1000), [], opt],
    ['Última Compra', (c) => dmy(c.updated, -4), [], opt],
    ['Tienda Última Compra', (c, o, r) => v.pick(r, ['Costanera Center', 'Alto Las Condes', 'Florida Center', 'Portal La Dehesa', 'Mall Marina']), []],
    ['Tarjeta Cencosud', (c, o, r) => (r() < 0.45 ? 'SI' : 'NO'), []],
    ['Autoriza Contacto', (c, o, r) => (r() < 0.7 ? 'SI' : 'NO'), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM contacts (Wolkvox CRM, CO: Contactos > Exportar .xls)
  { name: 'wolkvox-crm-contactos-export-es', product: 'Wolkvox CRM (Colombia; módulo Contactos > Exportar (.xls), Spanish UI, a Colombian contact centre running a health-insurance customer line)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['Tipo de identificación', (c, o, r) => v.pick(r, ['Cédula de ciudadanía', 'Cédula de ciudadanía', 'Cédula de extranjería', 'Pasaporte']), []],
    ['Número de identificación', (c, o, r) => cedula(r), ['person.taxId'], opt],
    ['Nombres', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c, o, r) => `${c.last} ${v.pick(r, ['Restrepo', 'Cárdenas', 'Ospina', 'Zuluaga', 'Vargas'])}`, ['person.name.lastName']],
    ['Correo electrónico', (c, o, r) => mail(c, r, ['gmail.com', 'hotmail.com', 'outlook.es']), ['personalEmail.address']],
    ['Teléfono fijo', (c, o, r) => `60${v.pick(r, ['1', '4', '2'])} ${v.int(r, 2000000, 7999999)}`, ['homePhone.number']],
    ['Celular', (c, o, r) => coCel(r), ['mobilePhone.number']],
    ['Dirección', (c, o, r, i) => row(CO, i)[0], at(HOME, 'street1')],
    ['Barrio', (c, o, r, i) => row(CO, i)[1], at(HOME, 'street2'), opt],
    ['Ciudad', (c, o, r, i) => row(CO, i)[2], at(HOME, 'city')],
    ['Departamento', (c, o, r, i) => row(CO, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'Colombia', at(HOME, 'country')],
    ['Fecha de nacimiento', (c) => ymd(c.birth, 0), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Empresa', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Grupo Éxito', 'Bancolombia', 'Alpina', 'Independiente']) : ''), ['organizations[0]'], opt],
    ['Fuente', (c, o, r) => v.pick(r, ['Llamada entrante', 'WhatsApp', 'Formulario web', 'Campaña saliente']), [], opt],
    ['Propietario', (c, o, r) => v.pick(r, ['agente.lmejia', 'agente.jcastro', 'agente.dgomez']), []],
    ['Autoriza tratamiento de datos', (c, o, r) => (r() < 0.85 ? 'Sí' : 'No'), [], opt],
    ['Última tipificación', (c, o, r) => v.pick(r, ['Consulta resuelta', 'Volver a llamar', 'No contesta', 'Venta efectiva', 'Queja']), []],
    ['Descripción', (c, o, r) => v.pick(r, ['', '', 'Prefiere contacto en la tarde', 'Beneficiario adicional pendiente']), []],
    ['Creado por', (c, o, r) => v.pick(r, ['ADMIN_@saludplus', 'agente.lmejia', 'carga masiva']), []],
    ['Fecha de creación', (c) => ymdHMS(c.created), [], opt],
    ['Modificado por', (c, o, r) => v.pick(r, ['agente.lmejia', 'agente.jcastro', 'agente.dgomez']), []],
    ['Fecha de modificación', (c) => ymdHMS(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- WhatsApp CRM leads (Leadsales, MX: Directorio > Exportar CSV)
  { name: 'leadsales-directorio-leads-es', product: 'Leadsales (Mexico; Directorio > seleccionar todos > Exportar (CSV), Spanish UI, a Mexican furniture store selling through WhatsApp, Facebook and Instagram)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => `${v.hex(r, 24)}`, ['_id', 'personID'], opt],
    ['Nombre', (c, o, r) => (r() < 0.15 ? `${c.first} ${v.pick(r, ['🛋️', '✨', ''])}`.trim() : nm(c)), ['person.name.fullName']],
    ['Teléfono', (c, o, r) => mxE164(r), ['mobilePhone.number']],
    ['Correo', (c, o, r) => (r() < 0.35 ? mail(c, r, ['gmail.com', 'hotmail.com', 'outlook.com']) : ''), ['personalEmail.address']],
    ['Canal', (c, o, r) => v.pick(r, ['WhatsApp API', 'WhatsApp API', 'Facebook Messenger', 'Instagram']), [], opt],
    ['Embudo', () => 'Ventas Muebles', []],
    ['Etapa', (c, o, r) => v.pick(r, ['Nuevo lead', 'Cotización enviada', 'Seguimiento', 'Ganado', 'Perdido']), [], opt],
    ['Asesor', (c, o, r) => v.pick(r, ['Fernanda Ruiz', 'Jorge Medina', 'Sin asignar']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'Sala', 'Comedor, Urgente', 'Recámara', 'Mayoreo']), []],
    ['Valor', (c, o, r) => (r() < 0.6 ? mxn(v.int(r, 30, 400) * 100) : ''), [], opt],
    ['Ciudad', (c, o, r, i) => (r() < 0.5 ? row(MX, i)[2] : ''), at(HOME, 'city'), opt],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Archivado']), [], opt],
    ['Anuncio de origen', (c, o, r) => v.pick(r, ['', 'CTWA - Sala Modular Buen Fin', 'CTWA - Comedores 6 sillas']), [], opt],
    ['Fecha de creación', (c) => dmyHM(c.created, -6), [], opt],
    ['Último mensaje', (c) => dmyHM(Math.max(c.created, c.updated), -6), [], opt],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Pidió envío a Toluca', 'Paga con transferencia']), []],
  ] },

  // ---------------------------------------------------------------- chatbot users (Botmaker, AR: Usuarios > Exportar CSV)
  { name: 'botmaker-usuarios-export-es', product: 'Botmaker (Argentina; Usuarios > Exportar usuarios (CSV), Spanish UI, an Argentine telecom reseller\'s WhatsApp and webchat support bot)', family: 'support', language: 'es', schema: P, cols: [
    ['ID Cliente', (c, o, r) => v.alnum(r, 20).toUpperCase(), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['Plataforma', (c, o, r) => v.pick(r, ['whatsapp', 'whatsapp', 'webchat', 'messenger', 'instagram']), [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['whatsapp-5491152630000', 'webchat-soporte', 'messenger-1029384756']), []],
    ['ID de contacto en la plataforma', (c, o, r) => `549${arCel(r)}`, ['mobilePhone.number'], opt],
    ['Fecha de creación', (c) => isoOff(c.created, -3), [], opt],
    ['Última vez visto', (c) => isoOff(Math.max(c.created, c.updated), -3), [], opt],
    ['Bot silenciado', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), []],
    ['Mensajes pendientes', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 3])), []],
    ['Suscripto', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['Agente asignado', (c, o, r) => v.pick(r, ['', 'Micaela Ferreyra', 'Tomás Acosta']), []],
    ['Cola', (c, o, r) => v.pick(r, ['Soporte técnico', 'Ventas', 'Facturación', '']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'cliente', 'cliente, reclamo', 'lead']), []],
    ['email', (c, o, r) => (r() < 0.6 ? mail(c, r, ['gmail.com', 'hotmail.com', 'yahoo.com.ar']) : ''), ['personalEmail.address']],
    ['dni', (c, o, r) => (r() < 0.7 ? dni(r) : ''), ['person.taxId'], opt],
    ['nroCliente', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000000, 9999999)) : ''), [], opt],
    ['localidad', (c, o, r, i) => (r() < 0.5 ? row(AR, i)[2] : ''), at(HOME, 'city'), opt],
    ['plan', (c, o, r) => v.pick(r, ['', 'Fibra 300MB', 'Fibra 1000MB', 'Móvil 15GB']), []],
  ] },

  // ---------------------------------------------------------------- WhatsApp campaign results (Treble.ai, CO: Centro de métricas > Conversación > Descargar reporte CSV)
  { name: 'treble-reporte-conversacion-es', product: 'Treble.ai (Colombia; Centro de métricas > a conversación outbound > Descargar reporte (CSV), Spanish UI, a Colombian university sending an admissions WhatsApp campaign)', family: 'marketing', language: 'es', schema: E, cols: [
    ['ID despliegue', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Conversación', () => 'Admisiones 2025-1 Recordatorio', ['marketing.campaignName']],
    ['Plantilla HSM', () => 'recordatorio_inscripcion_v3', [], opt],
    ['Indicativo', () => '+57', []],
    ['Celular', (c, o, r) => coCel(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nombre', (c) => c.first, []],
    ['Fecha de envío', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['Estado', (c, o, r) => v.pick(r, ['Leído', 'Leído', 'Entregado', 'Enviado', 'Respondido', 'Fallido']), [], opt],
    ['Fecha de lectura', (c, o, r) => (r() < 0.6 ? ymdHMS(o.at + v.int(r, 60, 7200) * 1000) : ''), [], opt],
    ['Respondió', (c, o, r) => (r() < 0.35 ? 'Sí' : 'No'), []],
    ['Última respuesta', (c, o, r) => v.pick(r, ['', '', 'Sí, quiero más información', 'Ya me inscribí', 'No me interesa']), []],
    ['Transferido a agente', (c, o, r) => (r() < 0.15 ? 'Sí' : 'No'), []],
    ['Error', (c, o, r) => (r() < 0.08 ? '131026 - Mensaje no entregable' : ''), []],
    ['programa_interes', (c, o, r) => v.pick(r, ['Ingeniería de Sistemas', 'Administración de Empresas', 'Psicología', 'Derecho', '']), []],
    ['correo', (c, o, r) => (r() < 0.5 ? mail(c, r, ['gmail.com', 'hotmail.com']) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['cedula', (c, o, r) => (r() < 0.4 ? cedula(r) : ''), [], opt],
    ['ciudad', (c, o, r, i) => row(['Bogotá', 'Medellín', 'Cali', 'Bucaramanga'], i), ['placeContext.geo.city'], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['base_crm', 'meta_ads', '']), ['marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- e-mail/SMS contacts (Masiv, CO: Contactos > Listas > Exportar contactos CSV)
  { name: 'masiv-contactos-exportar-es', product: 'Masiv (Colombia; Contactos > Listas > Exportar contactos (CSV), Spanish UI, a Colombian cosmetics retailer\'s e-mail and SMS audience)', family: 'email', language: 'es', schema: P, cols: [
    ['Correo electrónico', (c, o, r) => mail(c, r, ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com']), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Indicativo', () => '57', ['mobilePhone.countryCode'], opt],
    ['Celular', (c, o, r) => coCel(r), ['mobilePhone.number']],
    ['Tipo de documento', (c, o, r) => v.pick(r, ['CC', 'CC', 'CE']), []],
    ['Documento', (c, o, r) => cedula(r), ['person.taxId'], opt],
    ['Género', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Fecha de nacimiento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Ciudad', (c, o, r, i) => row(CO, i + 1)[2], at(HOME, 'city')],
    ['Departamento', (c, o, r, i) => row(CO, i + 1)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Lista', () => 'Clientes Club Belleza', [], opt],
    ['Estado correo', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Desuscrito', 'Rebote duro']), ['personalEmail.status'], opt],
    ['Estado celular', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Lista negra']), ['mobilePhone.status'], opt],
    ['Fecha de suscripción', (c) => dmyHMS(c.created), [], opt],
    ['Origen', (c, o, r) => v.pick(r, ['Importación', 'Formulario web', 'API', 'Landing Día de la Madre']), [], opt],
    ['Última apertura', (c, o, r) => (r() < 0.6 ? dmyHMS(c.updated) : ''), [], opt],
    ['Último clic', (c, o, r) => (r() < 0.3 ? dmyHMS(c.updated + 120000) : ''), [], opt],
    ['Tienda favorita', (c, o, r) => v.pick(r, ['Andino', 'Santafé', 'Online', '']), []],
    ['Fecha última compra', (c, o, r) => (r() < 0.7 ? dmy(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- retail CRM customers (WoowUp, AR: Clientes > Segmento > Exportar CSV)
  { name: 'woowup-clientes-segmento-export-es', product: 'WoowUp (Argentina; Clientes > Segmentos > a segment > Exportar (CSV), Spanish UI, an Argentine footwear chain with stores and an online shop)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['ID externo', (c, o, r) => `VTEX-${v.int(r, 100000, 999999)}`, ['_id', 'personID'], opt],
    ['Tipo de documento', () => 'DNI', []],
    ['Documento', (c, o, r) => dni(r), ['person.taxId'], opt],
    ['Email', (c, o, r) => mail(c, r, ['gmail.com', 'hotmail.com', 'yahoo.com.ar']), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Teléfono', (c, o, r) => `+54 9 ${arCel(r)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c) => ymd(c.birth, 0), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Calle', (c, o, r, i) => row(AR, i)[0], at(HOME, 'street1')],
    ['Ciudad', (c, o, r, i) => row(AR, i)[2], at(HOME, 'city')],
    ['Provincia', (c, o, r, i) => row(AR, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Código postal', (c, o, r, i) => row(AR, i)[4], at(HOME, 'postalCode')],
    ['País', () => 'Argentina', at(HOME, 'country')],
    ['Puntos', (c, o, r) => String(v.int(r, 0, 9000)), ['loyalty.points']],
    ['Nivel del club', (c, o, r) => v.pick(r, ['Classic', 'Silver', 'Gold']), ['loyalty.tier']],
    ['Fecha de alta', (c) => ymdHMS(c.created, -3), [], opt],
    ['Primera compra', (c) => ymd(c.created + 2 * day, -3), [], opt],
    ['Última compra', (c) => ymd(Math.max(c.created + 2 * day, c.updated), -3), [], opt],
    ['Cantidad de compras', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Total gastado', (c, o, r) => ars(v.int(r, 30, 900) * 1000), [], opt],
    ['Ticket promedio', (c, o, r) => ars(v.int(r, 25, 120) * 1000), []],
    ['Segmento RFM', (c, o, r) => v.pick(r, ['Campeones', 'Leales', 'En riesgo', 'Nuevos', 'Hibernando']), []],
    ['Sucursal', (c, o, r) => v.pick(r, ['Unicenter', 'Alto Palermo', 'Córdoba Shopping', 'Online']), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['', 'lucas.g', 'mariana.p']), []],
    ['Acepta email', (c, o, r) => (r() < 0.8 ? 'Sí' : 'No'), [], opt],
    ['Acepta SMS', (c, o, r) => (r() < 0.5 ? 'Sí' : 'No'), [], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'hot-sale-2024', 'vip', 'importado']), []],
  ] },
]
