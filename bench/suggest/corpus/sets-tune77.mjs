// Round 77, tune77: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish (Spain) marketplaces, shop builders, payment gateways, buy-now-pay-later,
// couriers, returns and a coalition loyalty programme: order, transaction, shipment, customer and member exports, all
// in Castilian Spanish.
import { E, P, v, PL, OR, SHIP, BILL, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// Spain is UTC+1 (winter) / +2 (summer); the exports write local time
const es = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const esT = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const esTS = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const esDash = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const ymdHMS = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
const day = 86400000
// "1.234,56" and "1.234,56 €"; "12.5" dot decimals where the product writes them
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eurS = (n) => `${eur(n)} €`
const dot = (n) => n.toFixed(2)
const si = (b) => (b ? 'Sí' : 'No')
const esMob = (r) => `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const esMob34 = (r) => `+34${v.int(r, 600000000, 699999999)}`
const dni = (r) => { const n = v.int(r, 10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` }

// places (street, postcode, city, province) and goods
const ADDR = [
  ['Calle de Alcalá 148, 3º B', '28028', 'Madrid', 'Madrid'], ['Carrer de Mallorca 231, 2n 1a', '08008', 'Barcelona', 'Barcelona'],
  ['Avenida de la Constitución 12', '41001', 'Sevilla', 'Sevilla'], ['Calle Colón 44, 5º', '46004', 'Valencia', 'Valencia'],
  ['Gran Vía 27, 1º izq.', '48001', 'Bilbao', 'Bizkaia'], ['Calle Mayor 9', '30001', 'Murcia', 'Murcia'],
  ['Paseo de la Independencia 18', '50004', 'Zaragoza', 'Zaragoza'], ['Calle Larios 5, 4º', '29005', 'Málaga', 'Málaga'],
  ['Rúa do Franco 30', '15702', 'Santiago de Compostela', 'A Coruña'], ['Calle Uría 21, 6º D', '33003', 'Oviedo', 'Asturias'],
]
const TECH = [['PCC-10432871', 'Portátil Lenovo IdeaPad Slim 3 15" i5 16GB 512GB', 'Portátiles', 649.0], ['PCC-10377210', 'Monitor LG 27GR75Q 27" QHD 165Hz', 'Monitores', 229.99], ['PCC-10290044', 'Ratón Logitech G502 X Plus', 'Ratones', 119.9], ['PCC-10511893', 'SSD Samsung 990 PRO 2TB NVMe', 'Discos SSD', 159.9], ['PCC-10466120', 'Auriculares Sony WH-1000XM5 Negro', 'Auriculares', 299.0]]
const FASHION = [['ECI-0011823455', 'Vestido midi de punto', 'Mujer > Vestidos', 'M', 'Verde', 59.95], ['ECI-0010299871', 'Zapatillas running Pegasus', 'Deportes > Running', '42', 'Blanco', 119.99], ['ECI-0012008734', 'Camisa Oxford slim fit', 'Hombre > Camisas', 'L', 'Azul celeste', 39.95], ['ECI-0011765002', 'Bolso shopper de piel', 'Complementos > Bolsos', 'Única', 'Camel', 89.0], ['ECI-0010988120', 'Pijama algodón estampado', 'Niños > Pijamas', '8 años', 'Rosa', 24.95]]
const HOGAR = [['MV-7781230', 'Freidora de aire Cecotec 5,5 L', 'Electrodomésticos de cocina', 69.9], ['MV-6652019', 'Set 3 sartenes inducción', 'Menaje', 34.99], ['MV-7012884', 'Sérum vitamina C 30 ml', 'Belleza', 18.5], ['MV-7349910', 'Funda nórdica 150 percal', 'Textil hogar', 42.0], ['MV-6920045', 'Robot aspirador Conga 2290', 'Limpieza', 149.0]]
const SHOPGOODS = [['ACE-500-PIC', 'Aceite de oliva virgen extra Picual 500 ml', 'Aceites', 9.5], ['QUE-MAN-CUR', 'Queso manchego curado 1 kg', 'Quesos', 24.9], ['JAM-BEL-100', 'Jamón ibérico de bellota loncheado 100 g', 'Ibéricos', 14.75], ['VIN-RIB-CRZ', 'Vino Ribera del Duero Crianza 75 cl', 'Vinos', 16.0], ['MIE-AZA-500', 'Miel de azahar 500 g', 'Despensa', 7.2]]
const COSME = [['OLE-SH-250', 'Champú sólido de romero 80 g'], ['OLE-CR-050', 'Crema facial hidratante 50 ml'], ['OLE-AC-100', 'Aceite corporal de almendras 100 ml']]
const RET_REASONS = ['La talla es pequeña', 'La talla es grande', 'Ya no lo quiero', 'Llegó dañado', 'No es lo que esperaba', 'Producto equivocado']
const TIENDAS = ['Moda Lúa', 'Calzados Ribera', 'Hogar Nórdico', 'Tecnoventa', 'La Despensa de Olga']
const nm = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- marketplace orders (PcComponentes Marketplace, Mirakl: Pedidos > Exportar)
  { name: 'pccomponentes-marketplace-pedidos-es', product: 'PcComponentes Marketplace (seller back office on Mirakl: Pedidos > Lista de pedidos > Exportar a CSV, Spanish UI, a Spanish electronics seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => esT(o.at), ['timestamp', OR('createdDate')]],
    ['Número de pedido', (c, o, r) => `${v.int(r, 10000000, 99999999)}-A`, [OR('purchaseID'), '_id']],
    ['Estado', (c, o, r) => v.pick(r, ['Enviado', 'Recibido', 'Pendiente de envío', 'Cancelado', 'Cerrado']), [], opt],
    ['Número de línea de pedido', (c, o, r) => `${v.int(r, 10000000, 99999999)}-A-1`, [PL('_id')], opt],
    ['SKU de la oferta', (c, o, r, i) => row(TECH, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r) => `84${v.int(r, 10000000000, 99999999999)}`, [PL('product')], opt],
    ['Descripción', (c, o, r, i) => row(TECH, i)[1], [PL('name')]],
    ['Categoría', (c, o, r, i) => row(TECH, i)[2], [PL('productCategories[0].categoryName')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => eur(row(TECH, i)[3]), [], opt],
    ['Gastos de envío', (c, o) => eur(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Importe total', (c, o, r, i) => eur(row(TECH, i)[3] * o.qty + o.shipping), [OR('priceTotal')]],
    ['Comisión (IVA excl.)', (c, o, r, i) => eur(row(TECH, i)[3] * o.qty * 0.09), []],
    ['Divisa', () => 'EUR', [OR('currencyCode')]],
    ['Nombre (envío)', (c) => c.first, []],
    ['Apellidos (envío)', (c) => c.last, []],
    ['Dirección (envío)', (c, o, r, i) => row(ADDR, i)[0], [SHIP('street1')]],
    ['Código postal (envío)', (c, o, r, i) => row(ADDR, i)[1], [SHIP('postalCode')]],
    ['Ciudad (envío)', (c, o, r, i) => row(ADDR, i)[2], [SHIP('city')]],
    ['Provincia (envío)', (c, o, r, i) => row(ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['País (envío)', () => 'España', [SHIP('country')]],
    ['Teléfono (envío)', (c, o, r) => esMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección de facturación', (c, o, r, i) => row(ADDR, i)[0], [BILL('street1')]],
    ['NIF/CIF', (c, o, r) => (r() < 0.3 ? dni(r) : ''), []],
    ['Transportista', (c, o, r) => v.pick(r, ['SEUR', 'GLS', 'Correos Express', 'MRW']), ['commerce.shipping.shippingMethod'], opt],
    ['Número de seguimiento', (c, o, r) => String(v.int(r, 1e11, 9e11)), ['commerce.shipping.trackingNumber']],
    ['Fecha de envío', (c, o, r) => (r() < 0.8 ? esT(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Fecha límite de envío', (c, o) => esT(o.at + 2 * day), [], opt],
    ['Motivo de cancelación', (c, o, r) => (r() < 0.1 ? 'Sin stock' : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (El Corte Inglés Marketplace, seller back office: Pedidos > Exportar)
  { name: 'elcorteingles-marketplace-lineas-pedido-es', product: 'El Corte Inglés Marketplace (portal de vendedores, Mirakl-based: Pedidos > Exportar líneas de pedido, XLSX, Spanish UI, a Spanish fashion brand)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Pedido', (c, o, r) => `ECI${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['Línea', (c, o, r) => String(v.int(r, 1, 3)), [], opt],
    ['Fecha pedido', (c, o) => esTS(o.at), ['timestamp', OR('createdDate')]],
    ['Estado línea', (c, o, r) => v.pick(r, ['Aceptado', 'Enviado', 'Entregado', 'Rechazado', 'Devuelto']), [], opt],
    ['Referencia vendedor', (c, o, r, i) => `ML-${row(FASHION, i)[0].slice(4, 10)}`, [PL('SKU')]],
    ['Referencia ECI', (c, o, r, i) => row(FASHION, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Producto', (c, o, r, i) => row(FASHION, i)[1], [PL('name')]],
    ['Categoría', (c, o, r, i) => row(FASHION, i)[2], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')]],
    ['Talla', (c, o, r, i) => row(FASHION, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Color', (c, o, r, i) => row(FASHION, i)[4], [PL('selectedOptions[0].value')], opt],
    ['Unidades', (c, o) => String(o.qty), [PL('quantity')]],
    ['PVP unitario', (c, o, r, i) => eur(row(FASHION, i)[5]), [], opt],
    ['Importe línea', (c, o, r, i) => eur(row(FASHION, i)[5] * o.qty), [PL('priceTotal')]],
    ['Descuento', (c, o) => eur(o.discount), [PL('discountAmount'), OR('discountAmount')], opt],
    ['IVA (%)', () => '21', []],
    ['Comisión', (c, o, r, i) => eur(row(FASHION, i)[5] * o.qty * 0.18), []],
    ['Cliente', (c) => nm(c), []],
    ['Dirección de entrega', (c, o, r, i) => row(ADDR, i + 2)[0], [SHIP('street1')]],
    ['CP', (c, o, r, i) => row(ADDR, i + 2)[1], [SHIP('postalCode')]],
    ['Población', (c, o, r, i) => row(ADDR, i + 2)[2], [SHIP('city')]],
    ['Provincia', (c, o, r, i) => row(ADDR, i + 2)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Modo de entrega', (c, o, r) => v.pick(r, ['Domicilio', 'Recogida en centro El Corte Inglés', 'Punto de conveniencia']), ['commerce.shipping.shippingMethod'], opt],
    ['Centro de recogida', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Castellana', 'Diagonal', 'Nervión', 'Pintor Sorolla']) : ''), [], opt],
    ['Nº expedición', (c, o, r) => String(v.int(r, 1e9, 9e9)), ['commerce.shipping.trackingNumber']],
    ['Fecha expedición', (c, o, r) => (r() < 0.8 ? es(o.at + day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Motivo rechazo/devolución', (c, o, r) => (r() < 0.15 ? v.pick(r, RET_REASONS) : ''), [PL('returnItem.returnReason')], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Miravia Seller Center: Pedidos > Gestionar pedidos > Exportar)
  { name: 'miravia-seller-center-pedidos-es', product: 'Miravia (Seller Center: Pedidos > Gestionar pedidos > Exportar, XLSX, Spanish UI, a Spanish home-goods seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Número de pedido', (c, o, r) => String(v.int(r, 1e14, 9e14)), [OR('purchaseID'), '_id']],
    ['ID del artículo del pedido', (c, o, r) => String(v.int(r, 1e14, 9e14)), [PL('_id')], opt],
    ['Fecha de creación', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Fecha de actualización', (c, o, r) => ymdHMS(o.at + v.int(r, 1, 6) * day), [OR('lastUpdatedDate')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pendiente', 'Listo para enviar', 'Enviado', 'Entregado', 'Cancelado']), [], opt],
    ['SKU del vendedor', (c, o, r, i) => row(HOGAR, i)[0], [PL('SKU')]],
    ['SKU de Miravia', (c, o, r) => `${v.int(r, 1e9, 9e9)}-ES`, [PL('product')], opt],
    ['Nombre del producto', (c, o, r, i) => row(HOGAR, i)[1], [PL('name')]],
    ['Categoría', (c, o, r, i) => row(HOGAR, i)[2], [PL('productCategories[0].categoryName')]],
    ['Precio unitario', (c, o, r, i) => dot(row(HOGAR, i)[3]), [], opt],
    ['Descuento del vendedor', (c, o) => dot(o.discount), [PL('discountAmount')], opt],
    ['Descuento de Miravia', (c, o, r) => dot(r() < 0.3 ? 3 : 0), [], opt],
    ['Gastos de envío pagados', (c, o) => dot(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Importe pagado', (c, o, r, i) => dot(row(HOGAR, i)[3] + o.shipping - o.discount), [PL('priceTotal'), OR('priceTotal')]],
    ['Método de pago', (c, o, r) => v.pick(r, ['Tarjeta', 'PayPal', 'Bizum', 'Apple Pay']), [OR('payments[0].paymentType')]],
    ['Nombre del cliente', (c) => nm(c), []],
    ['Nombre del destinatario', (c) => nm(c), []],
    ['Teléfono del destinatario', (c, o, r) => esMob34(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección de envío', (c, o, r, i) => row(ADDR, i + 4)[0], [SHIP('street1')]],
    ['Código postal', (c, o, r, i) => row(ADDR, i + 4)[1], [SHIP('postalCode')]],
    ['Ciudad', (c, o, r, i) => row(ADDR, i + 4)[2], [SHIP('city')]],
    ['Provincia', (c, o, r, i) => row(ADDR, i + 4)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Tipo de envío', (c, o, r) => v.pick(r, ['Envío por Miravia', 'Envío por el vendedor']), ['commerce.shipping.shippingMethod'], opt],
    ['Proveedor logístico', (c, o, r) => v.pick(r, ['CTT Express', 'Correos', 'SEUR']), ['commerce.shipping.shippingMethod'], opt],
    ['Número de seguimiento', (c, o, r) => `MV${v.int(r, 1e11, 9e11)}ES`, ['commerce.shipping.trackingNumber']],
    ['Plazo de envío', (c, o) => ymdHMS(o.at + 2 * day), [], opt],
    ['Motivo de cancelación', (c, o, r) => (r() < 0.1 ? 'Cancelado por el comprador' : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- card gateway (Addon Payments, Administrador TPV Virtual: Informes de transacciones > Exportar CSV)
  { name: 'addon-payments-informe-transacciones-es', product: 'Addon Payments (Comercia Global Payments, Administrador TPV Virtual: Informes de transacciones > Descargar CSV, Spanish UI, a Spanish online shop)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha/Hora', (c, o) => esTS(o.at), ['timestamp']],
    ['ID de comercio', () => 'tiendaejemplo', [], opt],
    ['Cuenta', () => 'internet', [], opt],
    ['ID de pedido', (c, o, r) => `${v.int(r, 100000, 999999)}-${v.int(r, 1e9, 9e9)}`, [OR('purchaseID'), '_id']],
    ['Referencia de pasarela', (c, o, r) => String(v.int(r, 1e14, 9e14)), [OR('payments[0].transactionID')]],
    ['Tipo', (c, o, r) => v.pick(r, ['Autorización', 'Autorización', 'Liquidación', 'Devolución', 'Anulación']), [], opt],
    ['Importe', (c, o) => eur(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Resultado', (c, o, r) => (r() < 0.9 ? '00' : v.pick(r, ['101', '102', '205'])), [], opt],
    ['Mensaje', (c, o, r) => (r() < 0.9 ? 'AUTHCODE:' + v.alnum(r, 6).toUpperCase() : 'DECLINED'), []],
    ['Código de autorización', (c, o, r) => v.alnum(r, 6).toUpperCase(), [], opt],
    ['Tipo de tarjeta', (c, o, r) => v.pick(r, ['VISA', 'MC', 'AMEX', 'VISA']), [OR('payments[0].paymentType')], opt],
    ['Número de tarjeta', (c, o, r) => `${v.pick(r, ['454881', '552277', '411111'])}******${v.int(r, 1000, 9999)}`, []],
    ['Titular de la tarjeta', (c) => nm(c).toUpperCase(), []],
    ['Resultado CVN', (c, o, r) => v.pick(r, ['M', 'M', 'N', 'U']), []],
    ['Resultado 3DS', (c, o, r) => v.pick(r, ['Autenticado', 'Autenticado', 'Exento', 'Fallido']), []],
    ['Puntuación TSS', (c, o, r) => String(v.int(r, 0, 100)), []],
    ['IP del cliente', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Email del cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Referencia de cliente', (c) => c.id, ['endUserIDs._experience.aacustomid.id'], opt],
    ['País de facturación', () => 'ES', [BILL('countryCode')], opt],
    ['Código postal de facturación', (c) => c.postcode, [BILL('postalCode')]],
    ['Lote', (c, o, r) => String(v.int(r, 100, 999)), []],
    ['Usuario', (c, o, r) => v.pick(r, ['api', 'api', 'admin.tienda']), []],
  ] },

  // ---------------------------------------------------------------- BNPL (seQura, Portal de comercio: Pedidos > Exportar)
  { name: 'sequra-portal-comercio-pedidos-es', product: 'seQura (Portal de comercio / SeQura Admin: Pedidos > Exportar a CSV, Spanish UI, a Spanish furniture shop offering "Paga en 3 / Paga Fraccionado")', family: 'payments', language: 'es', schema: E, cols: [
    ['Referencia del pedido', (c, o, r) => `PED-${v.int(r, 10000, 99999)}`, [OR('purchaseID'), '_id']],
    ['Referencia seQura', (c, o, r) => v.uuid(r).slice(0, 13).toUpperCase(), [OR('payments[0].transactionID')]],
    ['Fecha de confirmación', (c, o) => esT(o.at), ['timestamp', OR('createdDate')]],
    ['Producto', (c, o, r) => v.pick(r, ['Paga en 3', 'Paga fraccionado', 'Paga después', 'Paga en 3']), [OR('payments[0].paymentType')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Confirmado', 'Enviado', 'Enviado', 'Cancelado', 'Devuelto parcialmente']), [], opt],
    ['Importe del pedido', (c, o) => eur(o.total * 8), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Importe enviado', (c, o, r) => eur(r() < 0.8 ? o.total * 8 : 0), [], opt],
    ['Importe cancelado', (c, o, r) => eur(r() < 0.1 ? o.total * 8 : 0), [OR('refundTotal')], opt],
    ['Número de cuotas', (c, o, r) => String(v.pick(r, [3, 3, 6, 12, 1])), []],
    ['Coste para el cliente', (c, o, r) => eur(v.pick(r, [0, 0, 3, 6.25])), []],
    ['Comisión', (c, o) => eur(o.total * 8 * 0.045), []],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => c.last, []],
    ['DNI/NIE', (c, o, r) => dni(r), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono móvil', (c, o, r) => esMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección de entrega', (c, o, r, i) => row(ADDR, i + 1)[0], [SHIP('street1')]],
    ['Código postal', (c, o, r, i) => row(ADDR, i + 1)[1], [SHIP('postalCode')]],
    ['Localidad', (c, o, r, i) => row(ADDR, i + 1)[2], [SHIP('city')]],
    ['Tienda', (c, o, r) => v.pick(r, ['Tienda online', 'Tienda Valencia Centro']), ['commerce.commerceScope.storeCode'], opt],
    ['Fecha de envío', (c, o, r) => (r() < 0.8 ? es(o.at + v.int(r, 1, 10) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Fecha de liquidación', (c, o, r) => (r() < 0.7 ? es(o.at + v.int(r, 10, 20) * day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- BNPL (Aplazame, panel de comercio: Operaciones > Exportar)
  { name: 'aplazame-panel-operaciones-es', product: 'Aplazame (panel de comercio: Operaciones > Descargar CSV, Spanish UI, a Spanish electronics and appliances shop offering instalments)', family: 'payments', language: 'es', schema: E, cols: [
    ['id', (c, o, r) => v.hex(r, 24), ['_id', OR('payments[0].transactionID')], opt],
    ['Nº de pedido', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => esDash(o.at), ['timestamp', OR('createdDate')]],
    ['Hora', (c, o) => { const p = shift(o.at, 1); return `${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Tipo', (c, o, r) => v.pick(r, ['Financiación', 'Financiación', 'Pago aplazado']), [OR('payments[0].paymentType')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Confirmada', 'Confirmada', 'Pendiente', 'Denegada', 'Cancelada']), [], opt],
    ['Importe', (c, o) => eurS(o.total * 10), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Importe devuelto', (c, o, r) => eurS(r() < 0.1 ? 49.9 : 0), [OR('refundTotal')], opt],
    ['Plazos', (c, o, r) => String(v.pick(r, [3, 6, 9, 12, 24])), []],
    ['TAE', (c, o, r) => `${eur(v.pick(r, [0, 14.28, 19.56, 21.7]))} %`, []],
    ['Intereses a cargo del comercio', (c, o, r) => si(r() < 0.3), []],
    ['Cliente', (c) => nm(c), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c, o, r) => esMob34(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['DNI', (c, o, r) => dni(r), []],
    ['Artículos', (c, o, r, i) => row(TECH, i)[1], [PL('name')], opt],
    ['Canal', (c, o, r) => v.pick(r, ['Online', 'Tienda física', 'Enlace de pago']), [], opt],
    ['Código de descuento', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Liquidada', (c, o, r) => si(r() < 0.7), []],
  ] },
]
