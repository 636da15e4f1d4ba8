// Round 44, tune44: tune sets added in round 44 (written blind, then tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// local formats: Spanish/Portuguese dd/MM/yyyy with time, Mexican and Colombian money, Chilean RUT, decimal commas
const dmyHm = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyDash = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const hm = (ms) => { const p = parts(ms); return `${pad(p.H)}:${pad(p.M)}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const thouComma = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${d}` }
const mxn = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${d}` }
const cop = (n) => `$ ${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
const rfc = (r) => `${v.pick(r, ['GAML', 'HERJ', 'ROSA', 'MEPC', 'LOGA'])}${v.int(r, 60, 99)}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.pick(r, ['AB1', 'K27', 'Q9A', 'HN3'])}`
const nif = (r) => String(v.pick(r, [1, 2, 5])) + String(v.int(r, 10000000, 99999999))

// local people and places the shared generators lack
const MX_NAMES = [['José Luis', 'Hernández', 'García'], ['María Guadalupe', 'Martínez', 'López'], ['Juan Carlos', 'Rodríguez', 'Pérez'], ['Ana Laura', 'Sánchez', 'Ramírez'], ['Fernando', 'Torres', 'Flores'], ['Claudia', 'Gómez', 'Cruz'], ['Ricardo', 'Morales', 'Reyes']]
const MX_ADDR = [['Av. Insurgentes Sur', '1457', 'Insurgentes Mixcoac', '03920', 'Benito Juárez', 'Ciudad de México', 'CDMX'], ['Calle Morelos', '215', 'Centro', '44100', 'Guadalajara', 'Jalisco', 'JAL'], ['Av. Constitución', '2050', 'Obispado', '64060', 'Monterrey', 'Nuevo León', 'NL'], ['Blvd. Atlixco', '37', 'La Paz', '72160', 'Puebla', 'Puebla', 'PUE'], ['Calle 60', '491', 'Centro', '97000', 'Mérida', 'Yucatán', 'YUC']]
const MX_CO = ['Abarrotes La Esperanza SA de CV', 'Distribuidora Norteña SA de CV', 'Ferretería El Tornillo', 'Grupo Textil Jalisco SA de CV', 'Comercializadora del Bajío S de RL de CV', 'Papelería Escolar Puebla']
const MX_MOBILE = (r) => `${v.pick(r, ['55', '33', '81', '222', '999'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`
const CO_NAMES = ['Luz Marina Ospina', 'Carlos Andrés Restrepo', 'Diana Patricia Gómez', 'Jhon Fredy Cárdenas', 'Yeny Paola Muñoz', 'Andrés Felipe Vargas', '']
const CO_PRODUCTS = [['Arroz Diana 500 g', 2600], ['Gaseosa Postobón 400 ml', 2200], ['Huevos AA x 30', 16500], ['Pan tajado Bimbo', 6900], ['Aceite Premier 1 L', 11800], ['Café Sello Rojo 250 g', 9500]]
const PT_NAMES = [['Ana', 'Ferreira'], ['João', 'Pereira'], ['Inês', 'Rodrigues'], ['Tiago', 'Carvalho'], ['Mariana', 'Sousa'], ['Rui', 'Martins'], ['Beatriz', 'Gonçalves']]
const PT_ADDR = [['Rua Augusta, 120 2º Esq.', '1100-053', 'Lisboa'], ['Avenida da Boavista, 1837', '4100-133', 'Porto'], ['Rua Ferreira Borges, 85', '3000-180', 'Coimbra'], ['Avenida Central, 44', '4710-229', 'Braga'], ['Rua de Santo António, 12', '8000-283', 'Faro']]
const PT_CO = ['Padaria Lusitana, Lda.', 'Construções Ribeiro & Filhos, Lda.', 'Atelier Azulejo Unipessoal Lda.', 'Vinhos do Douro S.A.', 'Clínica Dentária Sorriso, Lda.', 'Tecnologias Tejo, Lda.']
const PT_MOBILE = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}`
const ES_PROV = ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Vizcaya', 'Málaga']
const ES_MOBILE = (r) => `6${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const ES_CITY = [['Madrid', '28013', 'Madrid', 40.4168, -3.7038], ['Barcelona', '08002', 'Barcelona', 41.3874, 2.1686], ['Valencia', '46002', 'Valencia', 39.4699, -0.3763], ['Sevilla', '41001', 'Sevilla', 37.3891, -5.9845], ['Bilbao', '48001', 'Vizcaya', 43.263, -2.935]]
const ES_STREETS = [['Paseo de la Castellana', 'Calle de Serrano', 'Gran Vía'], ['Avinguda Diagonal', 'Passeig de Gràcia', 'Carrer de Balmes'], ['Avenida del Puerto', 'Calle de Colón', 'Gran Vía Marqués del Turia'], ['Avenida de la Constitución', 'Calle Sierpes', 'Avenida de Eduardo Dato'], ['Gran Vía de Don Diego López de Haro', 'Alameda de Mazarredo', 'Calle Ercilla']]
const ES_DEST = [['Aeropuerto Adolfo Suárez Madrid-Barajas T4', 'Estación de Atocha', 'IFEMA Madrid'], ['Aeroport Josep Tarradellas Barcelona-El Prat T1', 'Estació de Sants', 'Fira Gran Via'], ['Aeropuerto de Valencia', 'Estación Joaquín Sorolla', 'Feria Valencia'], ['Aeropuerto de Sevilla', 'Estación de Santa Justa', 'FIBES Sevilla'], ['Aeropuerto de Bilbao', 'Estación de Abando', 'Bilbao Exhibition Centre']]
const pcOk = (o) => +o.id % 5 !== 0
const PC_CARDS = [['454881', 'VISA'], ['540366', 'MASTERCARD'], ['499047', 'VISA'], ['476173', 'VISA'], ['522091', 'MASTERCARD']]
const kStatus = (o) => ['Aprobado', 'Aprobado', 'Aprobado', 'Aprobado', 'Cancelado', 'Rechazado', 'Pendiente'][+o.id % 7]
const bStatus = (o) => ['Pagada', 'Pagada', 'Pendiente', 'Pagada', 'Cancelada'][+o.id % 5]
const cabMin = (o) => 8 + (+o.id % 38)
const cabKm = (o) => Math.round(cabMin(o) * 5.5) / 10
const cabFare = (o) => +(3.2 + cabKm(o) * 1.15).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- shipments of shop orders (Correos, Área Personal Empresas > Mis envíos > Exportar, Spanish)
  { name: 'correos-envios-es', product: 'Correos (Área Personal Empresas / Preregistro: Mis envíos > Exportar a Excel, Spanish)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Código de envío', (c, o, r) => `PQ${v.pick(r, ['4B6', '7A1', '2C9'])}${v.alnum(r, 7).toUpperCase()}${v.int(r, 10000000, 99999999)}F`, ['commerce.shipping.trackingNumber']],
    ['Referencia cliente', (c, o) => `PED-${o.id}`, [OR('purchaseID')], opt],
    ['Fecha de alta', (c, o) => dmyHm(o.at), ['timestamp', OR('createdDate')], opt],
    ['Fecha de admisión', (c, o) => dmyHm(o.at + 20 * 3600000), ['commerce.shipping.shipDate'], opt],
    ['Producto', (c, o, r) => v.pick(r, ['Paq Premium', 'Paq Estándar', 'Paq Light Internacional', 'Paq Today']), ['commerce.shipping.shippingMethod']],
    ['Modalidad de entrega', (c, o, r) => v.pick(r, ['Domicilio', 'Domicilio', 'Oficina elegida', 'CityPaq']), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'En tránsito', 'Prerregistrado', 'Devuelto']), [], opt],
    ['Fecha último estado', (c, o) => dmyHm(o.at + 3 * 86400000), [], opt],
    ['Nombre destinatario', (c) => c.first, [], opt],
    ['Apellidos destinatario', (c) => c.last, [], opt],
    ['Empresa destinatario', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Dirección destinatario', (c) => c.street, [SHIP('street1')]],
    ['Código postal destinatario', (c) => c.postcode, [SHIP('postalCode')]],
    ['Localidad destinatario', (c) => c.city, [SHIP('city')]],
    ['Provincia destinatario', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['País destinatario', (c, o, r) => v.pick(r, ['ES', 'ES', 'ES', 'PT']), [SHIP('countryCode')]],
    ['Teléfono destinatario', (c, o, r) => ES_MOBILE(r), [], opt],
    ['Email destinatario', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Peso (kg)', (c, o, r) => comma(v.int(r, 2, 150) / 10), []],
    ['Bultos', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [], opt],
    ['Reembolso (€)', (c, o, r) => (r() < 0.25 ? comma(o.total) : ''), [], opt],
    ['Valor asegurado (€)', (c, o, r) => (r() < 0.15 ? comma(v.int(r, 100, 600)) : ''), []],
    ['Importe envío (€)', (c, o, r) => comma(v.pick(r, [4.35, 5.9, 6.75, 12.4])), ['commerce.shipping.shippingAmount']],
    ['Oficina de admisión', (c, o, r) => v.pick(r, ['Madrid Sucursal 18', 'Barcelona Sucursal 3', 'Valencia Sucursal 10', 'Recogida en domicilio']), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Llamar antes de entregar', 'Dejar en portería']), []],
    ['Fecha de entrega', (c, o, r) => (r() < 0.6 ? dmyHm(o.at + 2 * 86400000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk (SEUR, Mi SEUR > Incidencias > Exportar, Spanish)
  { name: 'seur-incidencias-es', product: 'SEUR (Mi SEUR > Incidencias de mis envíos > Exportar, Spanish, one row per incident)', family: 'support', language: 'es', schema: E, cols: [
    ['Nº Incidencia', (c, o, r) => `INC${v.int(r, 10000000, 99999999)}`, ['_id']],
    ['Fecha apertura', (c, o) => dmyHms(o.at), ['timestamp']],
    ['Nº Expedición', (c, o, r) => String(v.int(r, 10000000, 99999999)) + String(v.int(r, 1000, 9999)), ['commerce.shipping.trackingNumber'], opt],
    ['Referencia', (c, o) => `${o.id}`, [OR('purchaseID')], opt],
    ['Servicio', (c, o, r) => v.pick(r, ['SEUR 24', 'SEUR 48', 'SEUR 10', 'Classic Internacional']), ['commerce.shipping.shippingMethod'], opt],
    ['Tipo incidencia', (c, o, r) => v.pick(r, ['Ausente', 'Dirección incorrecta', 'Rehusado', 'Daños en la mercancía', 'Falta de bultos']), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Abierta', 'Solucionada', 'Solucionada', 'Pendiente cliente']), [], opt],
    ['Solución', (c, o, r) => v.pick(r, ['', 'Nueva entrega', 'Devolver a origen', 'Entregar en Pickup']), []],
    ['Fecha solución', (c, o, r) => (r() < 0.6 ? dmyHms(o.at + 86400000) : ''), [], opt],
    ['Descripción', (c, o, r) => v.pick(r, ['Destinatario ausente en 2 intentos', 'Portal sin número', 'Caja aplastada', 'No acepta el envío']), []],
    ['Destinatario', (c) => c.full, [], opt],
    ['Dirección', (c) => c.street, [SHIP('street1')]],
    ['C.P.', (c) => c.postcode, [SHIP('postalCode')]],
    ['Población', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['País', () => 'ESPAÑA', [SHIP('country')]],
    ['Teléfono', (c, o, r) => ES_MOBILE(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Bultos', (c, o, r) => String(v.pick(r, [1, 1, 2, 3])), [], opt],
    ['Kilos', (c, o, r) => comma(v.int(r, 5, 250) / 10), []],
    ['Reembolso', (c, o, r) => (r() < 0.2 ? comma(o.total) : '0,00'), [], opt],
    ['Franquicia', (c, o, r) => v.pick(r, ['Madrid Centro', 'Barcelona Zona Franca', 'Valencia', 'Sevilla']), []],
    ['Gestor', (c, o, r) => v.pick(r, ['mlopez', 'jgarcia', 'atencion.cliente']), []],
  ] },

  // ---------------------------------------------------------------- payments (PAYCOMET, Panel de control > Operaciones > Exportar, Spanish)
  { name: 'paycomet-operaciones-es', product: 'PAYCOMET (Panel de control > Operaciones > Buscar > Exportar CSV, Spanish)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID operación', (c, o, r) => String(v.int(r, 100000000, 999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Fecha', (c, o) => dmyHms(o.at), ['timestamp', OR('createdDate')]],
    ['Referencia', (c, o) => `${f.compact(o.at)}${o.id}`, [OR('purchaseID')]],
    ['Tipo de operación', (c, o, r) => v.pick(r, ['Autorización', 'Autorización', 'Devolución', 'Preautorización', 'Suscripción']), [], opt],
    ['Método de pago', (c, o, r) => v.pick(r, ['Tarjeta', 'Tarjeta', 'Bizum', 'PayPal', 'Apple Pay']), [OR('payments[0].paymentType')], opt],
    ['Estado', (c, o) => (pcOk(o) ? 'Correcta' : 'Fallida'), [], opt],
    ['Respuesta', (c, o) => (pcOk(o) ? 'OK' : 'KO'), [], opt],
    ['Producto', (c, o, r) => v.pick(r, ['Tienda online', 'Suscripciones']), []],
    ['Terminal', (c, o, r) => String(v.pick(r, [48211, 48212, 51930])), []],
    ['Usuario', (c, o, r) => v.pick(r, ['', 'admin', 'tpv.virtual']), []],
    ['Importe', (c, o) => comma(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importe (€)', (c, o) => `${comma(o.total)} €`, [], opt],
    ['Código de error', (c, o, r) => (pcOk(o) ? '0' : v.pick(r, ['1021', '130', '111'])), []],
    ['Descripción del error', (c, o) => (pcOk(o) ? '' : 'Operación denegada por el banco'), []],
    ['Comisión fija', (c, o, r) => comma(v.pick(r, [0.1, 0.15, 0.2])), []],
    ['Comisión variable', (c, o) => comma(o.total * 0.004), []],
    ['Tarjeta', (c, o, r) => `${row(PC_CARDS, +o.id)[0]}******${v.int(r, 1000, 9999)}`, []],
    ['Marca', (c, o) => row(PC_CARDS, +o.id)[1], []],
    ['País tarjeta', (c, o, r) => v.pick(r, ['724', '724', '620', '250']), []],
    ['Código de autorización', (c, o, r) => (pcOk(o) ? v.alnum(r, 6).toUpperCase() : ''), []],
    ['Secure', (c, o, r) => v.pick(r, ['Sí', 'Sí', 'No']), []],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Titular', (c) => c.full.toUpperCase(), [], opt],
    ['Email cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Eupago, Backoffice > Transações > Exportar, Portuguese, Portugal)
  { name: 'eupago-transacoes-pt', product: 'Eupago (Backoffice > Transações > Exportar CSV, Portuguese, Portugal)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmy(o.at), ['timestamp'], opt],
    ['Hora', (c, o) => hm(o.at), [], opt],
    ['Método de Pagamento', (c, o, r) => v.pick(r, ['MB WAY', 'MB WAY', 'Multibanco', 'Cartão de Crédito', 'Payshop']), [OR('payments[0].paymentType')]],
    ['Canal', (c, o, r) => v.pick(r, ['Loja Online', 'Loja Online', 'App']), []],
    ['Entidade', (c, o, r) => v.pick(r, ['11683', '11683', '']), []],
    ['Referência', (c, o, r) => `${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, [OR('payments[0].transactionID')], opt],
    ['Transação', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Identificador', (c, o) => `ENC-${o.id}`, [OR('purchaseID')]],
    ['Valor', (c, o) => comma(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Comissão', (c, o) => comma(0.25 + o.total * 0.012), []],
    ['Valor Líquido', (c, o) => comma(o.total - 0.25 - o.total * 0.012), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Pago', 'Pendente', 'Expirado', 'Cancelado']), [], opt],
    ['Data de Pagamento', (c, o, r) => (r() < 0.75 ? dmyHm(o.at + 3600000) : ''), [], opt],
    ['Data Limite', (c, o) => dmy(o.at + 3 * 86400000), [], opt],
    ['Nome', (c, o, r, i) => row(PT_NAMES, i).join(' '), [], opt],
    ['Email', (c, o, r, i) => `${ascii(row(PT_NAMES, i).join('.'))}@${v.pick(r, ['gmail.com', 'sapo.pt', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telemóvel', (c, o, r) => (r() < 0.6 ? `351#${PT_MOBILE(r)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Local', (c, o, r) => v.pick(r, ['', 'Lisboa', 'Porto']), []],
    ['Chave API', (c, o, r) => `${v.alnum(r, 4).toLowerCase()}-****-****-${v.alnum(r, 4).toLowerCase()}`, []],
    ['Descrição', (c, o, r) => v.pick(r, ['', 'Encomenda loja online', 'Quota mensal']), []],
  ] },

  // ---------------------------------------------------------------- payments / BNPL (Kueski Pay, Portal de comercios > Pedidos > Descargar, Spanish, Mexico)
  { name: 'kueski-pedidos-es', product: 'Kueski Pay (Portal de comercios > Pedidos > Descargar CSV, Spanish, Mexico)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID de pedido', (c, o, r) => `KP-${v.alnum(r, 10).toUpperCase()}`, [OR('payments[0].transactionID'), '_id'], opt],
    ['Referencia del comercio', (c, o) => `MX${o.id}`, [OR('purchaseID')]],
    ['Fecha de creación', (c, o) => { const p = parts(o.at - 6 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, ['timestamp', OR('createdDate')]],
    ['Estatus', (c, o) => kStatus(o), [], opt],
    ['Monto', (c, o) => mxn(o.total * 18), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Plazo', (c, o, r) => v.pick(r, ['5 quincenas', '4 quincenas', '10 quincenas', '12 quincenas']), [OR('payments[0].paymentType')], opt],
    ['Nombre del cliente', (c, o, r, i) => row(MX_NAMES, i).join(' '), [], opt],
    ['Correo electrónico', (c, o, r, i) => `${ascii(row(MX_NAMES, i)[0].split(' ')[0] + '.' + row(MX_NAMES, i)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c, o, r) => MX_MOBILE(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Tienda', (c, o, r) => v.pick(r, ['Tienda en línea', 'Sucursal Polanco', 'Sucursal Monterrey']), []],
    ['Canal', (c, o, r) => v.pick(r, ['Online', 'Online', 'Tienda física']), [], opt],
    ['Monto de envío', (c, o) => mxn(o.shipping * 18), ['commerce.shipping.shippingAmount']],
    ['Monto reembolsado', (c, o, r) => (kStatus(o) === 'Aprobado' && r() < 0.1 ? mxn(o.total * 9) : '0.00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['Fecha de cancelación', (c, o) => (kStatus(o) === 'Cancelado' ? f.ymdhms(o.at + 86400000 - 6 * 3600000) : ''), [OR('cancelDate')], opt],
    ['Comisión', (c, o) => mxn(o.total * 18 * 0.045), []],
    ['IVA comisión', (c, o) => mxn(o.total * 18 * 0.045 * 0.16), []],
    ['Monto a liquidar', (c, o) => mxn(o.total * 18 * (1 - 0.045 * 1.16)), [], opt],
    ['Fecha de liquidación', (c, o) => (kStatus(o) === 'Aprobado' ? f.ymd(o.at + 2 * 86400000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (CONTPAQi Comercial, Catálogos > Clientes > Exportar a Excel, Spanish, Mexico)
  { name: 'contpaqi-clientes-es', product: 'CONTPAQi Comercial Premium (Catálogos > Clientes y proveedores > Exportar a Excel, Spanish, Mexico)', family: 'crm', language: 'es', schema: B, cols: [
    ['Código', (c, o, r, i) => `CL${pad(100 + i * 7, 5)}`, B2BID],
    ['Razón social', (c, o, r, i) => row(MX_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['RFC', (c, o, r) => rfc(r), [], opt],
    ['CURP', (c, o, r) => (r() < 0.2 ? `${v.pick(r, ['GAML', 'HERJ'])}${v.int(r, 600101, 991231)}HDFRRN0${v.int(r, 1, 9)}` : ''), [], opt],
    ['Fecha de alta', (c) => dmy(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Estatus', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Inactivo']), [], opt],
    ['Tipo', (c, o, r) => v.pick(r, ['Cliente', 'Cliente', 'Cliente/Proveedor']), [], opt],
    ['Calle', (c, o, r, i) => row(MX_ADDR, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Número exterior', (c, o, r, i) => row(MX_ADDR, i)[1], [], opt],
    ['Número interior', (c, o, r) => (r() < 0.3 ? `Int. ${v.int(r, 1, 30)}` : ''), at([...WORK, ...HOME], 'street2'), opt],
    ['Colonia', (c, o, r, i) => row(MX_ADDR, i)[2], at([...WORK, ...HOME], 'street2'), opt],
    ['Código postal', (c, o, r, i) => row(MX_ADDR, i)[3], at([...WORK, ...HOME], 'postalCode')],
    ['Ciudad', (c, o, r, i) => row(MX_ADDR, i)[4], at([...WORK, ...HOME], 'city')],
    ['Estado', (c, o, r, i) => row(MX_ADDR, i)[5], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['País', () => 'México', at([...WORK, ...HOME], 'country')],
    ['Teléfono 1', (c, o, r) => MX_MOBILE(r), ['workPhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.3 ? MX_MOBILE(r) : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Email 1', (c, o, r, i) => `facturacion@${ascii(row(MX_CO, i).split(' ')[0])}.com.mx`, ['workEmail.address', 'personalEmail.address']],
    ['Email 2', (c, o, r, i) => (r() < 0.3 ? `compras@${ascii(row(MX_CO, i).split(' ')[0])}.com.mx` : ''), ['workEmail.address', 'personalEmail.address'], opt],
    ['Contacto', (c, o, r, i) => row(MX_NAMES, i).join(' '), ['person.name.fullName'], opt],
    ['Límite de crédito', (c, o, r) => mxn(v.pick(r, [0, 25000, 50000, 100000])), []],
    ['Días de crédito', (c, o, r) => String(v.pick(r, [0, 15, 30, 60])), []],
    ['Lista de precios', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Moneda', (c, o, r) => v.pick(r, ['Peso Mexicano', 'Peso Mexicano', 'Dólar Americano']), []],
    ['Régimen fiscal', (c, o, r) => v.pick(r, ['601 - General de Ley Personas Morales', '612 - Personas Físicas con Actividades Empresariales', '626 - Régimen Simplificado de Confianza']), []],
    ['Uso del CFDI', (c, o, r) => v.pick(r, ['G01 - Adquisición de mercancías', 'G03 - Gastos en general', 'S01 - Sin efectos fiscales']), []],
    ['Agente de venta', (c, o, r) => v.pick(r, ['(Ninguno)', 'Roberto Salinas', 'Mónica Treviño']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Bind ERP, Ventas > Facturas > Exportar a Excel, Spanish, Mexico)
  { name: 'bind-facturas-es', product: 'Bind ERP (Ventas > Facturas > Exportar a Excel, Spanish, Mexico)', family: 'crm', language: 'es', schema: E, cols: [
    ['Serie', (c, o, r) => v.pick(r, ['A', 'A', 'FAC']), [], opt],
    ['Folio', (c, o, r, i) => String(2300 + i * 3), [OR('purchaseID')], opt],
    ['UUID', (c, o, r) => v.uuid(r).toUpperCase(), ['_id'], opt],
    ['Fecha', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['Cliente', (c, o, r, i) => row(MX_CO, i + 2), []],
    ['RFC', (c, o, r) => rfc(r), [], opt],
    ['Orden de compra', (c, o, r) => (r() < 0.4 ? `OC-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Almacén', (c, o, r) => v.pick(r, ['Matriz', 'Matriz', 'Sucursal Guadalajara']), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['Roberto Salinas', 'Mónica Treviño', '']), []],
    ['Lista de precios', (c, o, r) => v.pick(r, ['General', 'Mayoreo']), []],
    ['Subtotal', (c, o) => mxn(o.subtotal * 18), [], opt],
    ['Descuento', (c, o) => mxn(o.discount * 18), [OR('discountAmount')]],
    ['IVA', (c, o) => mxn((o.subtotal - o.discount) * 18 * 0.16), [OR('taxAmount')]],
    ['Total', (c, o) => mxn((o.subtotal - o.discount) * 18 * 1.16), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', (c, o) => (+o.id % 6 === 0 ? 'USD' : 'MXN'), [OR('currencyCode')]],
    ['Tipo de cambio', (c, o) => (+o.id % 6 === 0 ? '17.1532' : '1.0000'), []],
    ['Saldo', (c, o) => (bStatus(o) === 'Pendiente' ? mxn((o.subtotal - o.discount) * 18 * 1.16) : '0.00'), []],
    ['Estatus', (c, o) => bStatus(o), [], opt],
    ['Método de pago', (c, o, r) => v.pick(r, ['PUE - Pago en una sola exhibición', 'PPD - Pago en parcialidades o diferido']), [], opt],
    ['Forma de pago', (c, o, r) => v.pick(r, ['03 - Transferencia electrónica de fondos', '01 - Efectivo', '04 - Tarjeta de crédito', '99 - Por definir']), [OR('payments[0].paymentType')], opt],
    ['Uso CFDI', (c, o, r) => v.pick(r, ['G01', 'G03', 'S01']), []],
    ['Fecha de vencimiento', (c, o) => dmy(o.at + 30 * 86400000), [], opt],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Entrega en almacén del cliente', 'Pago a 30 días']), []],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (InvoiceXpress, Clientes > Exportar, Portuguese, Portugal)
  { name: 'invoicexpress-clientes-pt', product: 'InvoiceXpress (Clientes > Exportar clientes, Portuguese, Portugal)', family: 'crm', language: 'pt', schema: B, cols: [
    ['Nome', (c, o, r, i) => row(PT_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Código', (c, o, r, i) => `C${pad(i + 41, 4)}`, B2BID],
    ['NIF', (c, o, r) => nif(r), [], opt],
    ['Email', (c, o, r, i) => `geral@${ascii(row(PT_CO, i).split(' ')[0])}.pt`, ['workEmail.address', 'personalEmail.address']],
    ['Morada', (c, o, r, i) => row(PT_ADDR, i)[0], at([...WORK, ...HOME], 'street1')],
    ['Código Postal', (c, o, r, i) => row(PT_ADDR, i)[1], at([...WORK, ...HOME], 'postalCode')],
    ['Localidade', (c, o, r, i) => row(PT_ADDR, i)[2], at([...WORK, ...HOME], 'city')],
    ['País', () => 'Portugal', at([...WORK, ...HOME], 'country')],
    ['Website', (c, o, r, i) => (r() < 0.5 ? `www.${ascii(row(PT_CO, i).split(' ')[0])}.pt` : ''), ['b2b.companyWebsite']],
    ['Telefone', (c, o, r) => `2${v.int(r, 10000000, 99999999)}`, ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? `2${v.int(r, 10000000, 99999999)}` : ''), ['faxPhone.number']],
    ['Nome do Contacto', (c, o, r, i) => row(PT_NAMES, i).join(' '), ['person.name.fullName']],
    ['Email do Contacto', (c, o, r, i) => `${ascii(row(PT_NAMES, i).join('.'))}@${ascii(row(PT_CO, i).split(' ')[0])}.pt`, ['workEmail.address', 'personalEmail.address'], opt],
    ['Telefone do Contacto', (c, o, r) => PT_MOBILE(r), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Idioma', (c, o, r) => v.pick(r, ['pt', 'pt', 'en']), [], opt],
    ['Condições de Pagamento', (c, o, r) => v.pick(r, ['Pronto pagamento', '30 dias', '60 dias']), []],
    ['Método de Envio', (c, o, r) => v.pick(r, ['Email', 'Email', 'Correio']), []],
    ['Isenção de IVA', (c, o, r) => v.pick(r, ['', '', 'M07']), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Cliente desde 2019', 'Enviar faturas para contabilidade']), []],
    ['Total Faturado', (c, o, r) => thouComma(v.int(r, 100, 45000) + 0.5), []],
    ['Saldo', (c, o, r) => (r() < 0.4 ? thouComma(v.int(r, 10, 3000) + 0.2) : '0,00'), []],
  ] },

  // ---------------------------------------------------------------- marketing leads (idealista, Mi cuenta profesional > Contactos recibidos > Exportar, Spanish)
  { name: 'idealista-contactos-es', product: 'idealista (cuenta profesional: Estadísticas > Contactos recibidos > Descargar Excel, Spanish, one row per contact on a listing)', family: 'marketing', language: 'es', schema: P, cols: [
    ['Fecha', (c) => dmyHm(c.created), [], opt],
    ['Nombre', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c, o, r) => (r() < 0.8 ? ES_MOBILE(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Mensaje', (c, o, r) => v.pick(r, ['Hola, me interesa este piso. ¿Sigue disponible?', 'Quisiera concertar una visita', '¿Admiten mascotas?', '']), []],
    ['Tipo de contacto', (c, o, r) => v.pick(r, ['Email', 'Email', 'Llamada', 'Chat']), [], opt],
    ['Referencia', (c, o, r) => `REF-${v.int(r, 1000, 9999)}`, []],
    ['Código del anuncio', (c, o, r) => String(v.int(r, 100000000, 109999999)), []],
    ['Tipología', (c, o, r) => v.pick(r, ['Piso', 'Piso', 'Ático', 'Chalet adosado', 'Local']), []],
    ['Operación', (c, o, r) => v.pick(r, ['Venta', 'Alquiler', 'Alquiler']), []],
    ['Precio', (c, o, r) => `${thouComma(v.pick(r, [950, 1200, 185000, 320000])).replace(',00', '')} €`, []],
    ['Dirección del inmueble', (c, o, r) => `${v.pick(r, ['Calle de Alcalá', 'Calle Sagasta', 'Avenida Diagonal', 'Calle Colón'])}, ${v.int(r, 1, 200)}`, []],
    ['Municipio', (c, o, r) => v.pick(r, ['Madrid', 'Barcelona', 'Valencia']), [], opt],
    ['Provincia', (c, o, r) => v.pick(r, ES_PROV), [], opt],
    ['Agente', (c, o, r) => v.pick(r, ['Laura M.', 'Sergio P.', 'Sin asignar']), []],
    ['Estado', (c, o, r) => v.pick(r, ['Nuevo', 'Nuevo', 'Contactado', 'Visita programada', 'Descartado']), [], opt],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Origen', (c, o, r) => v.pick(r, ['idealista.com', 'App idealista', 'idealista.pt']), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Doctoralia Pro, Pacientes > Exportar pacientes, Spanish)
  { name: 'doctoralia-pacientes-es', product: 'Doctoralia Pro (Pacientes > Exportar pacientes a Excel, Spanish)', family: 'crm', language: 'es', schema: P, cols: [
    ['Nº historia', (c, o, r, i) => String(1200 + i * 11), ID, opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c, o, r) => `${c.last} ${v.pick(r, ['Ruiz', 'Díaz', 'Moreno', 'Navarro'])}`, ['person.name.lastName']],
    ['DNI/NIE', (c, o, r) => `${v.int(r, 10000000, 79999999)}${v.pick(r, ['T', 'R', 'W', 'A', 'G'])}`, [], opt],
    ['Fecha de nacimiento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Teléfono', (c, o, r) => ES_MOBILE(r), ['mobilePhone.number', 'homePhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.2 ? `9${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}` : ''), ['homePhone.number'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Dirección', (c) => c.street, at(HOME, 'street1')],
    ['Código postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ciudad', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'España', at(HOME, 'country')],
    ['Aseguradora', (c, o, r) => v.pick(r, ['Privado', 'Sanitas', 'Adeslas', 'DKV', 'Asisa']), []],
    ['Nº de póliza', (c, o, r) => (r() < 0.6 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['Fecha de alta', (c) => dmy(c.created), [], opt],
    ['Última visita', (c) => dmy(c.updated), [], opt],
    ['Nº de visitas', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Especialista', (c, o, r) => v.pick(r, ['Dra. Elena Castro', 'Dr. Miguel Ortega']), []],
    ['Consentimiento RGPD', (c, o, r) => v.pick(r, ['Sí', 'Sí', 'No']), [], opt],
    ['Recordatorios SMS', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Alergia a la penicilina', 'Prefiere citas por la tarde']), []],
  ] },

  // ---------------------------------------------------------------- trip events (Cabify Empresas, Panel > Viajes > Descargar CSV, Spanish)
  { name: 'cabify-viajes-es', product: 'Cabify Empresas (Panel de empresa > Viajes > Descargar CSV, Spanish, one row per journey)', family: 'events', language: 'es', schema: E, cols: [
    ['ID del viaje', (c, o, r) => v.hex(r, 32), ['_id']],
    ['Fecha', (c, o) => dmy(o.at), ['timestamp'], opt],
    ['Hora de recogida', (c, o) => hm(o.at), [], opt],
    ['Hora de llegada', (c, o) => hm(o.at + cabMin(o) * 60000), [], opt],
    ['Pasajero', (c) => c.full, [], opt],
    ['Email del pasajero', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['ID de empleado', (c, o, r) => `E${v.int(r, 1000, 9999)}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Centro de coste', (c, o, r) => v.pick(r, ['Ventas', 'Dirección', 'Marketing', 'IT']), []],
    ['Proyecto', (c, o, r) => v.pick(r, ['', 'Cliente Iberdrola', 'Feria IFEMA']), []],
    ['Motivo', (c, o, r) => v.pick(r, ['Reunión con cliente', 'Aeropuerto', 'Oficina', '']), []],
    ['Origen', (c, o, r, i) => `${v.pick(r, row(ES_STREETS, i))} ${v.int(r, 1, 200)}, ${row(ES_CITY, i)[0]}`, [], opt],
    ['Destino', (c, o, r, i) => v.pick(r, row(ES_DEST, i)), []],
    ['Ciudad', (c, o, r, i) => row(ES_CITY, i)[0], [GEO('city')], opt],
    ['País', () => 'España', [], opt],
    ['Producto', (c, o, r) => v.pick(r, ['Cabify', 'Cabify', 'Taxi', 'Eco', 'Executive']), [], opt],
    ['Distancia (km)', (c, o) => comma(cabKm(o)), []],
    ['Duración (min)', (c, o) => String(cabMin(o)), []],
    ['Importe sin IVA', (c, o) => comma(cabFare(o) / 1.1), [], opt],
    ['IVA', (c, o) => comma(cabFare(o) - cabFare(o) / 1.1), [OR('taxAmount')], opt],
    ['Importe total', (c, o) => comma(cabFare(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Moneda', () => 'EUR', [OR('currencyCode')], opt],
    ['Método de pago', (c, o, r) => v.pick(r, ['Pago corporativo', 'Pago corporativo', 'Tarjeta personal']), [OR('payments[0].paymentType')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Finalizado', 'Finalizado', 'Finalizado', 'Cancelado']), [], opt],
    ['Latitud origen', (c, o, r, i) => (row(ES_CITY, i)[3] + (r() - 0.5) / 50).toFixed(6), [GEO('_schema.latitude')], opt],
    ['Longitud origen', (c, o, r, i) => (row(ES_CITY, i)[4] + (r() - 0.5) / 50).toFixed(6), [GEO('_schema.longitude')], opt],
  ] },

  // ---------------------------------------------------------------- shop sales (Treinta, Balance > Descargar reporte de ventas, Spanish, Colombia)
  { name: 'treinta-ventas-es', product: 'Treinta (Balance > Descargar reporte de ventas en Excel, Spanish, Colombia)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => { const p = parts(o.at - 5 * 3600000); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }, ['timestamp', OR('createdDate')]],
    ['Hora', (c, o) => { const p = parts(o.at - 5 * 3600000); return `${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'a. m.' : 'p. m.'}` }, [], opt],
    ['Tipo', (c, o, r) => v.pick(r, ['Venta', 'Venta', 'Venta', 'Venta libre']), [], opt],
    ['Concepto', (c, o, r, i) => row(CO_PRODUCTS, i)[0], [PL('name')], opt],
    ['Productos', (c, o, r, i) => `${o.qty} x ${row(CO_PRODUCTS, i)[0]}`, [PL('name')], opt],
    ['Cantidad de productos', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Valor', (c, o, r, i) => cop(row(CO_PRODUCTS, i)[1] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Costo', (c, o, r, i) => cop(row(CO_PRODUCTS, i)[1] * o.qty * 0.78), []],
    ['Ganancia', (c, o, r, i) => cop(row(CO_PRODUCTS, i)[1] * o.qty * 0.22), []],
    ['Descuento', (c, o, r) => (r() < 0.2 ? cop(1000) : '$ 0'), [OR('discountAmount')]],
    ['Método de pago', (c, o, r) => v.pick(r, ['Efectivo', 'Efectivo', 'Nequi', 'Daviplata', 'Tarjeta', 'Transferencia bancaria']), [OR('payments[0].paymentType')]],
    ['Estado', (c, o, r) => v.pick(r, ['Pagada', 'Pagada', 'Pagada', 'Deuda']), [], opt],
    ['Cliente', (c, o, r, i) => row(CO_NAMES, i), []],
    ['Teléfono del cliente', (c, o, r, i) => (row(CO_NAMES, i) ? `3${v.int(r, 0, 2)}${v.int(r, 0, 9)} ${v.int(r, 1000000, 9999999)}` : ''), [], opt],
    ['Vendedor', (c, o, r) => v.pick(r, ['Propietario', 'Propietario', 'Empleado 1']), []],
    ['Comentario', (c, o, r) => v.pick(r, ['', '', '', 'Fiado hasta el viernes', 'Domicilio']), []],
  ] },
]
