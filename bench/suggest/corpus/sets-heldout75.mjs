// Round 75, heldout75: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Spanish- and Portuguese-language CRMs, e-mail / SMS marketing, social
// analytics, chat support and a retail loyalty programme: an SMS gateway's send history in Spain and in Brazil, a
// Spanish SMS-marketing audience, a Mexican sales CRM's prospects, a Spanish real-estate CRM's buyers, a Spanish
// non-profit CRM's people, a social-media analytics tool's post metrics, a Brazilian e-mail list, a Brazilian
// education CRM's leads, a Brazilian supermarket loyalty base, a Portuguese lead-activation platform's leads and a
// Brazilian chat desk's conversations.
import { E, P, B, v, at, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// times: Madrid and Lisbon (summer time April-October), Mexico City (UTC-6, no summer time since 2022), Brasília (UTC-3)
const day = 86400000
const euOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const ptOff = (ms) => euOff(ms) - 1
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms, h) => { const p = shift(ms, h); const s = h < 0 ? '-' : '+'; return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${s}${pad(Math.abs(h))}:00` }
const esT = (ms) => ymdHMS(ms, euOff(ms))
const esD = (ms) => dmyHM(ms, euOff(ms))
const mxT = (ms) => dmyHM(ms, -6)
const brT = (ms) => dmyHMS(ms, -3)
const brTm = (ms) => dmyHM(ms, -3)
const ptT = (ms) => dmyHM(ms, ptOff(ms))

// amounts and small helpers
const dec = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const thou = (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const brl = (x) => `R$ ${dec(x)}`
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const mailOf = (c, dom) => `${slug(c.first)}.${slug(c.last)}@${dom}`
const siNo = (b) => (b ? 'Sí' : 'No')
const simNao = (b) => (b ? 'Sim' : 'Não')

// ids and tax numbers
const nif = (r) => { const x = v.int(r, 10000000, 79999999); return `${x}${'TRWAGMYFPDXBNJZSQVHLCKE'[x % 23]}` }
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cpfRaw = (r) => `${v.int(r, 100, 999)}${v.int(r, 100, 999)}${v.int(r, 100, 999)}${pad(v.int(r, 0, 99))}`
const nifPt = (r) => `${v.pick(r, ['1', '2', '2'])}${v.int(r, 10000000, 99999999)}`

// phones
const esMob = (r) => `6${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const esMobE164 = (r) => `+346${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const esMob34 = (r) => `346${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const esFix = (r, pre = '91') => `${pre}${v.int(r, 1, 9)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`
const mxCel = (r, lada = '55') => (lada.length === 2 ? `${lada} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : `${lada} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`)
const mxFix = (r, lada = '55') => (lada.length === 2 ? `(${lada}) ${v.int(r, 5000, 5999)}-${v.int(r, 1000, 9999)}` : `(${lada}) ${v.int(r, 200, 799)}-${v.int(r, 1000, 9999)}`)
const brMob = (r, ddd = 11) => `(${ddd}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const brMobRaw = (r, ddd = 11) => `55${ddd}9${v.int(r, 6000, 9999)}${pad(v.int(r, 0, 9999), 4)}`
const brFix = (r, ddd = 11) => `(${ddd}) ${v.int(r, 2000, 5999)}-${pad(v.int(r, 0, 9999), 4)}`
const ptMob = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`

// places
const ES_CITIES = [['Madrid', 'Madrid', '28013'], ['Barcelona', 'Barcelona', '08013'], ['Valencia', 'Valencia', '46021'], ['Sevilla', 'Sevilla', '41004'], ['Bilbao', 'Vizcaya', '48008'], ['Málaga', 'Málaga', '29016'], ['Zaragoza', 'Zaragoza', '50008'], ['Murcia', 'Murcia', '30008']]
const ES_STREETS = ['Calle de Alcalá', 'Calle Mayor', 'Avenida Diagonal', 'Calle Colón', 'Gran Vía', 'Calle Larios', 'Paseo de la Castellana', 'Calle San Vicente Mártir']
const MX_CO = [
  ['Grupo Industrial Bajío S.A. de C.V.', 'Blvd. Adolfo López Mateos 2110', 'Jardines del Moral', 'León', 'Guanajuato', '37160', 'www.gibajio.com.mx', '477'],
  ['Distribuidora Ferretera del Norte S.A. de C.V.', 'Av. Constitución 1450 Pte.', 'Centro', 'Monterrey', 'Nuevo León', '64000', 'www.dfnorte.mx', '81'],
  ['Alimentos Tapatíos S. de R.L. de C.V.', 'Av. Vallarta 5540', 'Jardines Universidad', 'Zapopan', 'Jalisco', '45110', 'www.alimentostapatios.com', '33'],
  ['Servicios Logísticos Anáhuac S.A. de C.V.', 'Calz. de Tlalpan 3020', 'Espartaco', 'Coyoacán', 'Ciudad de México', '04870', 'www.sla.com.mx', '55'],
  ['Constructora Peninsular S.A. de C.V.', 'Calle 60 No. 315 x 35', 'Centro', 'Mérida', 'Yucatán', '97000', 'www.cpeninsular.mx', '999'],
  ['Plásticos y Empaques de Querétaro S.A. de C.V.', 'Av. 5 de Febrero 1801', 'Zona Industrial Benito Juárez', 'Querétaro', 'Querétaro', '76120', 'www.pequeretaro.com', '442'],
]
const MX_PUESTOS = ['Director General', 'Gerente de Compras', 'Jefe de Mantenimiento', 'Director de Operaciones', 'Gerente de TI', 'Coordinadora de Administración']
const BR_PLACES = [['São Paulo', 'SP', '04538-132', 'Itaim Bibi'], ['Campinas', 'SP', '13025-320', 'Cambuí'], ['Belo Horizonte', 'MG', '30140-071', 'Funcionários'], ['Rio de Janeiro', 'RJ', '22041-011', 'Copacabana'], ['Curitiba', 'PR', '80240-210', 'Batel'], ['Salvador', 'BA', '40140-110', 'Barra'], ['Recife', 'PE', '52011-000', 'Boa Vista']]
const BR_STREETS = ['Rua Oscar Freire', 'Avenida Afonso Pena', 'Rua Barata Ribeiro', 'Avenida Sete de Setembro', 'Rua da Aurora', 'Rua dos Pinheiros', 'Avenida Brigadeiro Faria Lima']
const PT_PLACES = [['Lisboa', 'Lisboa', '1050-094'], ['Porto', 'Porto', '4000-322'], ['Braga', 'Braga', '4700-435'], ['Coimbra', 'Coimbra', '3000-150'], ['Aveiro', 'Aveiro', '3810-193'], ['Faro', 'Faro', '8000-138'], ['Setúbal', 'Setúbal', '2900-276']]
const PT_FIRST = ['Inês', 'Tiago', 'Beatriz', 'Duarte', 'Leonor', 'Rodrigo', 'Mariana', 'Gonçalo', 'Matilde', 'Francisco']
const PT_LAST = ['Ferreira', 'Pereira', 'Costa', 'Martins', 'Sousa', 'Carvalho', 'Ribeiro', 'Gonçalves', 'Marques', 'Almeida']
const ptName = (c) => { const k = n(c); return [PT_FIRST[k % 10], PT_LAST[Math.floor(k / 10) % 10], PT_LAST[Math.floor(k / 100) % 10]] }

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']

export const SETS = [
  // ---------------------------------------------------------------- LabsMobile: SMS send history (es)
  { name: 'labsmobile-historico-envios-sms-es', product: 'LabsMobile (Spanish SMS gateway: WebSMS > Monitorización / Histórico > resultados > Exportar CSV with the click fields added, Spanish UI, a Valencia dental-clinic chain\'s appointment reminders and promotions)', family: 'email', language: 'es', schema: E, cols: [
    ['Subid', (c, o, r) => `${v.hex(r, 13)}`, ['_id']],
    ['Fecha envío', (c, o) => esT(o.at), ['timestamp']],
    ['Remitente', (c, o, r) => v.pick(r, ['DentalTuria', 'DentalTuria', 'InfoClinica']), []],
    ['Número destino', (c, o, r) => esMob34(r), PHONE_ID],
    ['País', () => 'España', [], opt],
    ['Mensaje', (c, o, r) => v.pick(r, [`Hola ${c.first}, te recordamos tu cita mañana a las 10:30 en DentalTuria Ruzafa. Responde NO para anular.`, 'Blanqueamiento dental con 30% dto. hasta el 31/05. Reserva: https://lmob.es/x8Kd2', `${c.first}, tu revisión anual está pendiente. Pide cita en https://lmob.es/Qa71p`]), []],
    ['Caracteres', (c, o, r) => String(v.int(r, 92, 158)), []],
    ['Créditos', (c, o, r) => v.pick(r, ['1', '1', '1', '2']), []],
    ['Estado', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'Entregado', 'Enviado', 'Caducado', 'Rechazado', 'No entregable']), [], opt],
    ['Fecha estado', (c, o, r) => esT(o.at + v.int(r, 3, 240) * 1000), [], opt],
    ['Código error', (c, o, r) => (r() < 0.1 ? v.pick(r, ['35', '36', '41']) : ''), []],
    ['Operador', (c, o, r) => v.pick(r, ['Movistar', 'Vodafone', 'Orange', 'Yoigo', 'Digi']), ['environment.carrier']],
    ['Envío / Campaña', (c, o, r) => v.pick(r, ['Recordatorio citas', 'Recordatorio citas', 'Promo blanqueamiento mayo', 'Revisión anual']), ['marketing.campaignName']],
    ['Origen', (c, o, r) => v.pick(r, ['API HTTP', 'API HTTP', 'Envío a grupos', 'Envío desde fichero']), []],
    ['Subcuenta', (c, o, r) => v.pick(r, ['ruzafa', 'campanar', 'benimaclet']), []],
    ['Clics', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 1, 2])), []],
    ['Fecha clic', (c, o, r) => (r() < 0.3 ? esT(o.at + v.int(r, 60, 7200) * 1000) : ''), [], opt],
    ['URL', (c, o, r) => (r() < 0.4 ? v.pick(r, ['https://dentalturia.es/blanqueamiento', 'https://dentalturia.es/pedir-cita']) : ''), ['web.webInteraction.URL'], opt],
    ['IP clic', (c, o, r) => (r() < 0.3 ? v.ip4(r) : ''), ['environment.ipV4'], opt],
    ['Dispositivo', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Móvil', 'Móvil', 'Tableta']) : ''), ['device.type'], opt],
    ['Sistema operativo', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Android 14', 'iOS 17.4', 'Android 13']) : ''), ['environment.operatingSystem'], opt],
    ['Navegador', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Chrome Mobile', 'Mobile Safari', 'Samsung Internet']) : ''), ['environment.browserDetails.name'], opt],
    ['Ciudad clic', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Valencia', 'Paterna', 'Burjassot']) : ''), ['placeContext.geo.city'], opt],
  ] },

  // ---------------------------------------------------------------- Instasent: SMS-marketing audience (es)
  { name: 'instasent-audiencia-contactos-es', product: 'Instasent (Spanish SMS marketing platform: Audiencia > Contactos > Exportar, CSV, Spanish UI, a Madrid sneaker shop\'s audience synced from its online store and POS)', family: 'marketing', language: 'es', schema: P, cols: [
    ['ID de usuario', (c) => `shop-${410000 + n(c) % 90000}`, ID],
    ['Teléfono móvil', (c, o, r) => esMobE164(r), ['mobilePhone.number']],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'])), ['personalEmail.address']],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['Género', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.6 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Idioma', (c, o, r) => v.pick(r, ['es', 'es', 'es', 'ca', 'en']), []],
    ['País', () => 'ES', H('countryCode')],
    ['Ciudad', (c, o, r, i) => row(ES_CITIES, i)[0], H('city')],
    ['Código postal', (c, o, r, i) => row(ES_CITIES, i)[2], H('postalCode')],
    ['Suscrito SMS', (c, o, r) => siNo(r() < 0.85), []],
    ['Suscrito email', (c, o, r) => siNo(r() < 0.6), []],
    ['Fuente de datos', (c, o, r) => v.pick(r, ['Shopify', 'Shopify', 'TPV tienda Fuencarral', 'Formulario web', 'Importación CSV']), []],
    ['Fecha de alta', (c) => esD(c.created), [], opt],
    ['Última actualización', (c) => esD(Math.max(c.created, c.updated)), [], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'vip', 'running', 'vip,running', 'outlet']), []],
    ['Número de pedidos', (c, o, r) => String(v.int(r, 0, 14)), [], opt],
    ['Importe total gastado', (c, o, r) => dec(v.int(r, 0, 180000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Fecha último pedido', (c, o, r) => (r() < 0.7 ? esD(Math.max(c.created, c.updated) + v.int(r, 1, 60) * day) : ''), [], opt],
    ['Tienda favorita', (c, o, r) => v.pick(r, ['Online', 'Fuencarral', 'Goya']), []],
    ['Último SMS recibido', (c, o, r) => (r() < 0.8 ? esD(Math.max(c.created, c.updated) + v.int(r, 1, 30) * day) : ''), [], opt],
    ['Clics totales', (c, o, r) => String(v.int(r, 0, 12)), []],
  ] },

  // ---------------------------------------------------------------- SalesUp!: prospects (es, Mexico)
  { name: 'salesup-prospectos-exportar-es-mx', product: 'SalesUp! (Mexican sales CRM: Prospectos > Exportar, Excel, Spanish UI, a Guadalajara industrial-maintenance services firm\'s prospects at Mexican manufacturers)', family: 'crm', language: 'es', schema: B, cols: [
    ['Título', (c) => (c.female ? 'Lic.' : 'Ing.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['Correo', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(MX_CO, i)[6].replace('www.', '')}`, ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c, o, r, i) => mxFix(r, row(MX_CO, i)[7]), ['workPhone.number']],
    ['Extensión', (c, o, r) => (r() < 0.5 ? String(v.int(r, 100, 450)) : ''), ['workPhone.extension']],
    ['Celular', (c, o, r, i) => mxCel(r, row(MX_CO, i)[7]), ['mobilePhone.number']],
    ['Empresa', (c, o, r, i) => row(MX_CO, i)[0], CO],
    ['Puesto', (c, o, r, i) => row(MX_PUESTOS, i), TITLE],
    ['Sitio web', (c, o, r, i) => row(MX_CO, i)[6], ['b2b.companyWebsite']],
    ['Calle', (c, o, r, i) => row(MX_CO, i)[1], W('street1')],
    ['Colonia', (c, o, r, i) => row(MX_CO, i)[2], W('street2'), opt],
    ['Ciudad', (c, o, r, i) => row(MX_CO, i)[3], W('city')],
    ['Estado', (c, o, r, i) => row(MX_CO, i)[4], WSTATE],
    ['País', () => 'México', W('country')],
    ['Código postal', (c, o, r, i) => row(MX_CO, i)[5], W('postalCode')],
    ['Origen', (c, o, r) => v.pick(r, ['Expo Manufactura', 'Página web', 'Referido', 'LinkedIn', 'Llamada en frío']), ['b2b.personSource']],
    ['Fase', (c, o, r) => v.pick(r, ['Prospecto nuevo', 'Contactado', 'Interesado', 'Cotización enviada', 'Perdido']), ['b2b.personStatus'], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'Bajío', 'Norte;Prioridad', 'Compresores', 'Subestaciones']), []],
    ['Ejecutivo', (c, o, r, i) => row(['Alejandra Ruiz', 'Fernando Castañeda', 'Mónica Villalobos'], i), []],
    ['Fecha de registro', (c) => mxT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Último seguimiento', (c, o, r) => (r() < 0.7 ? mxT(Math.max(c.created, c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Próximo seguimiento', (c, o, r) => (r() < 0.5 ? dmy(Math.max(c.created, c.updated) + v.int(r, 2, 20) * day, -6) : ''), []],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Pidió visita técnica a planta', 'Tiene contrato con otro proveedor hasta diciembre', 'Enviar catálogo de mantenimiento predictivo']), []],
    ['RFC empresa', (c, o, r) => `${v.pick(r, ['GIB', 'DFN', 'ATA', 'SLA', 'CPE', 'PEQ'])}${pad(v.int(r, 90, 99))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.pick(r, ['AB1', 'K32', 'HX7', 'T45'])}`, []],
  ] },

  // ---------------------------------------------------------------- Inmovilla: demandas / buyers (es)
  { name: 'inmovilla-demandas-clientes-es', product: 'Inmovilla (Spanish real-estate CRM: Demandas > listado > Exportar a Excel, Spanish UI, a Málaga agency\'s buyers and tenants with their search criteria)', family: 'crm', language: 'es', schema: P, cols: [
    ['Cód. demanda', (c) => String(20000 + n(c) % 9000), [], opt],
    ['Cód. cliente', (c) => String(50000 + n(c) % 40000), ID],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['NIF', (c, o, r) => (r() < 0.5 ? nif(r) : ''), ['person.taxId'], opt],
    ['Nacionalidad', (c, o, r) => v.pick(r, ['Española', 'Española', 'Española', 'Británica', 'Sueca', 'Alemana']), ['person.nationality']],
    ['Teléfono 1', (c, o, r) => esMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.3 ? esFix(r, '95') : ''), ['homePhone.number'], opt],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ['gmail.com', 'hotmail.com', 'yahoo.es'])), ['personalEmail.address']],
    ['Dirección', (c, o, r) => `${v.pick(r, ES_STREETS)} ${v.int(r, 1, 180)}`, H('street1')],
    ['C.P.', (c, o, r, i) => row(ES_CITIES, i + 5)[2], H('postalCode')],
    ['Localidad', (c, o, r, i) => row(ES_CITIES, i + 5)[0], H('city')],
    ['Provincia', (c, o, r, i) => row(ES_CITIES, i + 5)[1], HSTATE],
    ['Tipo operación', (c, o, r) => v.pick(r, ['Compra', 'Compra', 'Alquiler', 'Alquiler vacacional']), []],
    ['Tipo inmueble', (c, o, r) => v.pick(r, ['Piso', 'Piso, Ático', 'Casa, Chalet', 'Apartamento', 'Adosado']), []],
    ['Zonas', (c, o, r) => v.pick(r, ['Centro Histórico', 'El Palo, Pedregalejo', 'Teatinos', 'Benalmádena Costa', 'Torremolinos, Montemar']), []],
    ['Precio mín.', (c, o, r) => thou(v.int(r, 8, 20) * 10000), []],
    ['Precio máx.', (c, o, r) => thou(v.int(r, 22, 60) * 10000), []],
    ['Habitaciones', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Baños', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['M² mín.', (c, o, r) => String(v.int(r, 6, 14) * 10), []],
    ['Financiación', (c, o, r) => siNo(r() < 0.5), []],
    ['Agente', (c, o, r, i) => row(['Rocío Moreno', 'Antonio Ruiz', 'Paula Castillo'], i), []],
    ['Captación', (c, o, r) => v.pick(r, ['Idealista', 'Fotocasa', 'Web propia', 'Cartel', 'Oficina']), []],
    ['Fecha alta', (c) => dmy(c.created, euOff(c.created)), [], opt],
    ['Fecha actualización', (c) => dmy(Math.max(c.created, c.updated), 1), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Activa', 'Activa', 'Activa', 'Caducada', 'Compró']), [], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Busca con terraza y garaje', 'Solo fines de semana para visitas', 'Vende su piso actual primero']), []],
  ] },

  // ---------------------------------------------------------------- SinergiaCRM: people (es)
  { name: 'sinergiacrm-personas-exportar-es', product: 'SinergiaCRM (SinergiaTIC\'s SuiteCRM-based CRM for Spanish non-profits: Personas > Acciones masivas > Exportar, CSV with the Spanish field labels, a Barcelona food-bank foundation\'s donors, members and volunteers)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => v.uuid(r), ID],
    ['Tratamiento', (c) => (c.female ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['Tipo de identificación', (c, o, r) => v.pick(r, ['NIF', 'NIF', 'NIF', 'NIE']), []],
    ['Número de identificación', (c, o, r) => nif(r), ['person.taxId']],
    ['Sexo', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha de nacimiento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Edad', (c) => String(2025 - shift(c.birth, 0).y), []],
    ['Idioma', (c, o, r) => v.pick(r, ['Castellano', 'Catalán', 'Catalán']), []],
    ['Dirección de email', (c, o, r) => mailOf(c, v.pick(r, ['gmail.com', 'hotmail.com', 'telefonica.net', 'yahoo.es'])), ['personalEmail.address']],
    ['Móvil', (c, o, r) => esMob(r), ['mobilePhone.number']],
    ['Tel. casa', (c, o, r) => (r() < 0.4 ? esFix(r, '93') : ''), ['homePhone.number']],
    ['Tel. oficina', (c, o, r) => (r() < 0.15 ? esFix(r, '93') : ''), ['workPhone.number']],
    ['Dirección principal', (c, o, r) => `${v.pick(r, ['Carrer de Sants', 'Carrer de Mallorca', 'Passeig de Sant Joan', 'Carrer Gran de Gràcia', 'Rambla del Poblenou'])} ${v.int(r, 1, 320)}, ${v.int(r, 1, 6)}º ${v.int(r, 1, 4)}ª`, H('street1')],
    ['Ciudad de dirección principal', (c, o, r, i) => row(['Barcelona', 'Barcelona', 'L\'Hospitalet de Llobregat', 'Badalona', 'Sabadell'], i), H('city')],
    ['Estado/Provincia de dirección principal', () => 'Barcelona', HSTATE],
    ['CP de dirección principal', (c, o, r, i) => row(['08014', '08025', '08901', '08911', '08201'], i), H('postalCode')],
    ['País de dirección principal', () => 'ESPAÑA', H('country')],
    ['Tipo de relación', (c, o, r) => v.pick(r, ['Donante', 'Donante', 'Socio/a', 'Voluntario/a', 'Donante, Voluntario/a']), []],
    ['Acepta comunicaciones', (c, o, r) => siNo(r() < 0.75), []],
    ['No llamar', (c, o, r) => (r() < 0.1 ? '1' : '0'), []],
    ['Total donado último año', (c, o, r) => dec(v.int(r, 0, 120) * 10), [], opt],
    ['Fecha de creación', (c) => esD(c.created), [], opt],
    ['Fecha de modificación', (c) => esD(Math.max(c.created, c.updated)), [], opt],
    ['Asignado a', (c, o, r, i) => row(['Montse Puig', 'Jordi Serra', 'admin'], i), []],
    ['Descripción', (c, o, r) => v.pick(r, ['', '', 'Colabora en la Gran Recogida', 'Prefiere certificado de donaciones por email']), []],
  ] },

  // ---------------------------------------------------------------- Metricool: Instagram post metrics (es)
  { name: 'metricool-publicaciones-instagram-es', product: 'Metricool (Spanish social-media analytics: Analítica > Instagram > Publicaciones > Descargar CSV, Spanish UI, a Seville flamenco-fashion brand\'s feed posts)', family: 'analytics', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => ymdHMS(o.at, euOff(o.at)), ['timestamp']],
    ['Tipo', (c, o, r) => v.pick(r, ['IMAGE', 'CAROUSEL_ALBUM', 'VIDEO', 'REEL']), []],
    ['ID', (c, o, r) => `1${v.int(r, 700000000, 799999999)}${v.int(r, 1000000000, 9999999999)}`, ['_id'], opt],
    ['URL', (c, o, r) => `https://www.instagram.com/p/C${v.alnum(r, 10)}/`, ['web.webPageDetails.URL'], opt],
    ['Texto', (c, o, r) => v.pick(r, ['Nueva colección Feria 2025 💃 #flamenca #modaflamenca', 'Detalles que enamoran: volantes de lunares ✨', 'Últimas tallas del mantón bordado', 'Así se vivió nuestro desfile en SIMOF']), []],
    ['Me gusta', (c, o, r) => String(v.int(r, 80, 4200)), []],
    ['Comentarios', (c, o, r) => String(v.int(r, 0, 180)), []],
    ['Guardados', (c, o, r) => String(v.int(r, 0, 420)), []],
    ['Compartidos', (c, o, r) => String(v.int(r, 0, 260)), []],
    ['Interacciones', (c, o, r) => String(v.int(r, 100, 5000)), []],
    ['Alcance', (c, o, r) => String(v.int(r, 1500, 60000)), []],
    ['Impresiones', (c, o, r) => String(v.int(r, 2000, 90000)), []],
    ['Engagement', (c, o, r) => `${(v.int(r, 80, 1400) / 100).toFixed(2)}%`, []],
    ['Reproducciones', (c, o, r) => (r() < 0.4 ? String(v.int(r, 3000, 150000)) : ''), []],
    ['Visitas al perfil', (c, o, r) => String(v.int(r, 0, 600)), []],
    ['Seguidores ganados', (c, o, r) => String(v.int(r, 0, 90)), []],
    ['Clics en el enlace', (c, o, r) => String(v.int(r, 0, 120)), [], opt],
  ] },

  // ---------------------------------------------------------------- Akna: e-mail list contacts (pt)
  { name: 'akna-contatos-lista-exportar-pt', product: 'Akna (Brazilian e-mail marketing platform: Contatos > Listas > Exportar lista, CSV, Portuguese UI, a Belo Horizonte furniture retailer\'s newsletter list)', family: 'email', language: 'pt', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['nome', (c) => c.full, FULL],
    ['sexo', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['data_nascimento', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['cpf', (c, o, r) => (r() < 0.4 ? cpfRaw(r) : ''), ['person.taxId'], opt],
    ['celular', (c, o, r, i) => brMob(r, i % 3 ? 31 : 11), ['mobilePhone.number']],
    ['telefone', (c, o, r) => (r() < 0.25 ? brFix(r, 31) : ''), ['homePhone.number']],
    ['endereco', (c, o, r) => `${v.pick(r, BR_STREETS)}, ${v.int(r, 10, 2400)}`, H('street1')],
    ['bairro', (c, o, r, i) => row(BR_PLACES, i + 2)[3], H('street2'), opt],
    ['cidade', (c, o, r, i) => row(BR_PLACES, i + 2)[0], H('city')],
    ['estado', (c, o, r, i) => row(BR_PLACES, i + 2)[1], HSTATE],
    ['cep', (c, o, r, i) => row(BR_PLACES, i + 2)[2], H('postalCode')],
    ['loja_preferida', (c, o, r) => v.pick(r, ['BH Savassi', 'BH Pampulha', 'Contagem', 'Online']), []],
    ['status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Inativo', 'Descadastrado', 'Bounce']), [], opt],
    ['data_inclusao', (c) => brT(c.created), [], opt],
    ['data_descadastro', (c, o, r) => (r() < 0.1 ? brT(Math.max(c.created, c.updated)) : ''), [], opt],
    ['origem', (c, o, r) => v.pick(r, ['Importação', 'Formulário site', 'Pop-up home', 'Loja física']), []],
    ['ultima_abertura', (c, o, r) => (r() < 0.6 ? brT(Math.max(c.created, c.updated) + v.int(r, 1, 40) * day) : ''), [], opt],
    ['ultimo_clique', (c, o, r) => (r() < 0.3 ? brT(Math.max(c.created, c.updated) + v.int(r, 1, 40) * day) : ''), [], opt],
    ['total_compras', (c, o, r) => (r() < 0.5 ? dec(v.int(r, 300, 25000)) : ''), ['loyalty.lifetimePurchases'], opt],
  ] },

  // ---------------------------------------------------------------- Kolmeya: SMS send report (pt)
  { name: 'kolmeya-relatorio-envios-sms-pt', product: 'Kolmeya (Brazilian SMS platform: Relatórios > Envios > Exportar CSV, Portuguese UI, a São Paulo payroll-loan correspondent\'s offer and collection messages)', family: 'email', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => String(880000000 + n(o) * 37), ['_id']],
    ['Job', (c, o, r) => String(v.int(r, 1200000, 1299999)), [], opt],
    ['Telefone', (c, o, r) => brMobRaw(r, v.pick(r, [11, 11, 21, 31, 41, 71])), PHONE_ID],
    ['Mensagem', (c, o, r) => v.pick(r, [`${c.first}, seu limite de consignado INSS foi atualizado. Simule sem compromisso: kol.la/x7Hq`, `Ola ${c.first}, sua parcela vence amanha. Pague pelo link kol.la/Pz2a e evite juros.`, 'Credito aprovado! Responda SIM para falar com um consultor.']), []],
    ['Status', (c, o, r) => v.pick(r, ['Entregue', 'Entregue', 'Entregue', 'Enviado', 'Não entregue', 'Blacklist', 'Número inválido']), [], opt],
    ['Data de envio', (c, o) => brT(o.at), ['timestamp']],
    ['Data do status', (c, o, r) => brT(o.at + v.int(r, 2, 300) * 1000), [], opt],
    ['Operadora', (c, o, r) => v.pick(r, ['VIVO', 'CLARO', 'TIM', 'OI']), ['environment.carrier']],
    ['Centro de custo', (c, o, r) => v.pick(r, ['Consignado INSS', 'Cobrança', 'FGTS']), []],
    ['Campanha', (c, o, r) => v.pick(r, ['Margem INSS junho', 'Lembrete vencimento', 'Saque-aniversário FGTS']), ['marketing.campaignName']],
    ['Referência', (c, o, r) => cpfRaw(r), [], opt],
    ['Nome', (c) => c.full, []],
    ['Usuário', (c, o, r) => v.pick(r, ['api', 'api', 'ana.paula', 'marcos.t']), []],
    ['Tipo', (c, o, r) => v.pick(r, ['Short code', 'Short code', 'Long code', 'Flash']), []],
    ['Segmentos', (c, o, r) => v.pick(r, ['1', '1', '2']), []],
    ['Resposta', (c, o, r) => (r() < 0.15 ? v.pick(r, ['SIM', 'Sim quero', 'PARE', 'quem é?']) : ''), []],
    ['Data da resposta', (c, o, r) => (r() < 0.15 ? brT(o.at + v.int(r, 60, 86400) * 1000) : ''), [], opt],
    ['Cliques', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Custo', (c, o, r) => dec(v.pick(r, [0.06, 0.065, 0.08])), []],
  ] },

  // ---------------------------------------------------------------- Rubeus: education CRM leads (pt)
  { name: 'rubeus-contatos-leads-exportar-pt', product: 'Rubeus (Brazilian CRM for education: Contatos > filtro > Exportar planilha, Portuguese UI, a Curitiba private university\'s undergraduate admission leads)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(1700000 + n(c)), ID],
    ['Nome', (c) => c.full, FULL],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => brMob(r, 41), ['mobilePhone.number', 'homePhone.number']],
    ['CPF', (c, o, r) => (r() < 0.6 ? cpf(r) : ''), ['person.taxId']],
    ['Data de nascimento', (c, o, r) => (r() < 0.7 ? dmy(Date.UTC(v.int(r, 1996, 2008), v.int(r, 0, 11), v.int(r, 1, 28))) : ''), ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Cidade', (c, o, r, i) => row(['Curitiba', 'Curitiba', 'São José dos Pinhais', 'Ponta Grossa', 'Colombo', 'Joinville'], i), H('city')],
    ['Estado', (c, o, r, i) => (i % 6 === 5 ? 'SC' : 'PR'), HSTATE],
    ['Curso de interesse', (c, o, r) => v.pick(r, ['Medicina', 'Direito', 'Engenharia Civil', 'Psicologia', 'Administração', 'Ciência da Computação']), []],
    ['Modalidade', (c, o, r) => v.pick(r, ['Presencial', 'Presencial', 'EAD', 'Semipresencial']), []],
    ['Unidade', (c, o, r) => v.pick(r, ['Campus Centro', 'Campus Ecoville', 'Polo Ponta Grossa']), []],
    ['Processo', () => 'Vestibular 2025/2', []],
    ['Etapa', (c, o, r) => v.pick(r, ['Lead', 'Inscrito', 'Prova agendada', 'Aprovado', 'Matriculado', 'Perdido']), [], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Site', 'Facebook Ads', 'Google Ads', 'Feira de profissões', 'Indicação']), []],
    ['Mídia', (c, o, r) => v.pick(r, ['cpc', 'social', 'organic', 'evento']), []],
    ['Campanha', (c, o, r) => v.pick(r, ['vestibular-2025-2', 'medicina-2025', 'transferencia-externa']), []],
    ['Escola de origem', (c, o, r) => v.pick(r, ['Colégio Positivo', 'Colégio Estadual do Paraná', 'Colégio Marista Santa Maria', 'Colégio Bom Jesus']), []],
    ['Ano de conclusão do ensino médio', (c, o, r) => String(v.int(r, 2018, 2025)), []],
    ['Nota ENEM', (c, o, r) => (r() < 0.5 ? dec(v.int(r, 48000, 82000) / 100) : ''), []],
    ['Responsável', (c, o, r, i) => row(['Patrícia Moura', 'Leandro Kowalski', 'Fernanda Zanon'], i), []],
    ['Data de cadastro', (c) => brTm(c.created), [], opt],
    ['Última atividade', (c) => brTm(Math.max(c.created, c.updated)), [], opt],
    ['Aceita receber comunicações', (c, o, r) => simNao(r() < 0.8), []],
  ] },

  // ---------------------------------------------------------------- Propz: retail loyalty base (pt)
  { name: 'propz-clientes-programa-fidelidade-pt', product: 'Propz (Brazilian retail CRM and loyalty platform: Clientes > Exportar base, CSV, Portuguese UI, a Salvador supermarket chain\'s "Clube" members identified by CPF at the till)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID Cliente', (c) => String(3100000 + n(c)), ID],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => c.full, FULL],
    ['E-mail', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Celular', (c, o, r) => brMob(r, 71), ['mobilePhone.number']],
    ['Data de Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Gênero', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c, o, r) => `4${v.int(r, 0, 2)}${v.int(r, 100, 999)}-${pad(v.int(r, 0, 999), 3)}`, H('postalCode')],
    ['Bairro', (c, o, r) => v.pick(r, ['Pituba', 'Barra', 'Itaigara', 'Imbuí', 'Brotas', 'Stella Maris']), H('street2'), opt],
    ['Cidade', (c, o, r, i) => (i % 5 === 4 ? 'Lauro de Freitas' : 'Salvador'), H('city')],
    ['UF', () => 'BA', HSTATE],
    ['Loja de Cadastro', (c, o, r) => v.pick(r, ['Loja 03 - Pituba', 'Loja 07 - Barra', 'Loja 11 - Paralela', 'Loja 14 - Lauro de Freitas']), []],
    ['Data de Adesão', (c) => dmy(c.created, -3), ['loyalty.joinDate']],
    ['Categoria', (c, o, r) => v.pick(r, ['Bronze', 'Bronze', 'Prata', 'Ouro', 'Diamante']), ['loyalty.tier']],
    ['Saldo de Pontos', (c, o, r) => String(v.int(r, 0, 18000)), ['loyalty.points']],
    ['Pontos a Expirar (30 dias)', (c, o, r) => String(r() < 0.3 ? v.int(r, 10, 900) : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Cashback Disponível', (c, o, r) => brl(v.int(r, 0, 8000) / 100), []],
    ['Gasto Total 12 Meses', (c, o, r) => brl(v.int(r, 30000, 2400000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Qtd. Compras 12 Meses', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Ticket Médio', (c, o, r) => brl(v.int(r, 3500, 42000) / 100), []],
    ['Data Última Compra', (c, o, r) => dmy(Math.max(c.created, c.updated) + v.int(r, 1, 90) * day, -3), [], opt],
    ['Segmento RFM', (c, o, r) => v.pick(r, ['Campeões', 'Leais', 'Em risco', 'Hibernando', 'Novos']), []],
    ['Aceita SMS', (c, o, r) => simNao(r() < 0.8), []],
    ['Aceita E-mail', (c, o, r) => simNao(r() < 0.6), []],
    ['Aceita WhatsApp', (c, o, r) => simNao(r() < 0.7), []],
  ] },

  // ---------------------------------------------------------------- BySide: lead activation (pt, Portugal)
  { name: 'byside-leads-contactos-exportar-pt-pt', product: 'BySide (Portuguese lead-activation and marketing-automation platform: Leads > Exportar, Excel, European Portuguese UI, a Porto insurer\'s "Ligamos-lhe" call-back and simulation leads)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['ID Lead', (c) => String(9200000 + n(c)), ID],
    ['Data de criação', (c) => ptT(c.created), [], opt],
    ['Nome', (c) => ptName(c).join(' '), FULL],
    ['Email', (c, o, r) => (r() < 0.7 ? `${slug(ptName(c)[0])}.${slug(ptName(c)[2])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'])}` : ''), ['personalEmail.address']],
    ['Telemóvel', (c, o, r) => ptMob(r), ['mobilePhone.number']],
    ['NIF', (c, o, r) => (r() < 0.4 ? nifPt(r) : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Código postal', (c, o, r, i) => row(PT_PLACES, i)[2], H('postalCode')],
    ['Localidade', (c, o, r, i) => row(PT_PLACES, i)[0], H('city')],
    ['Distrito', (c, o, r, i) => row(PT_PLACES, i)[1], [...HSTATE, ...H('region')]],
    ['Produto', (c, o, r) => v.pick(r, ['Seguro Automóvel', 'Seguro Casa', 'Seguro de Saúde', 'Seguro de Vida Crédito Habitação']), []],
    ['Tipo de pedido', (c, o, r) => v.pick(r, ['Ligamos-lhe', 'Ligamos-lhe', 'Simulação', 'Pedido de proposta', 'Chat']), []],
    ['Horário preferido', (c, o, r) => v.pick(r, ['Agora', '09h-12h', '12h-14h', '18h-20h']), []],
    ['Canal', (c, o, r) => v.pick(r, ['Website', 'Website', 'App', 'Landing page']), []],
    ['Origem', (c, o, r) => v.pick(r, ['google / cpc', 'facebook / paid', '(direct) / (none)', 'comparador / referral']), []],
    ['Campanha', (c, o, r) => v.pick(r, ['auto-verao-2025', 'saude-familia', 'casa-multirriscos', '']), []],
    ['Página de origem', (c, o, r) => v.pick(r, ['https://www.seguradoranorte.pt/seguro-auto/simulador', 'https://www.seguradoranorte.pt/saude', 'https://www.seguradoranorte.pt/casa']), []],
    ['Estado', (c, o, r) => v.pick(r, ['Nova', 'Em contacto', 'Contactada', 'Convertida', 'Sem sucesso']), [], opt],
    ['Resultado da chamada', (c, o, r) => v.pick(r, ['', 'Atendida', 'Não atendida', 'Número inválido', 'Agendou nova chamada']), []],
    ['Agente', (c, o, r, i) => row(['Sofia Teixeira', 'Hugo Mendes', 'Carla Lopes', ''], i), []],
    ['Data do primeiro contacto', (c, o, r) => (r() < 0.7 ? ptT(c.created + v.int(r, 1, 120) * 60000) : ''), [], opt],
    ['Tentativas', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['Consentimento marketing', (c, o, r) => simNao(r() < 0.55), []],
    ['Score', (c, o, r) => String(v.int(r, 0, 100)), []],
  ] },

  // ---------------------------------------------------------------- Kinbox: chat conversations (pt)
  { name: 'kinbox-relatorio-conversas-pt', product: 'Kinbox (Brazilian omnichannel chat desk: Relatórios > Conversas > Exportar CSV, Portuguese UI, a Florianópolis e-bike shop\'s WhatsApp and Instagram support)', family: 'support', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => String(5400000 + n(o) * 3), ['_id']],
    ['Protocolo', (c, o, r) => `${shift(o.at, -3).y}${pad(shift(o.at, -3).m)}${pad(shift(o.at, -3).d)}${v.int(r, 10000, 99999)}`, [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['WhatsApp', 'WhatsApp', 'WhatsApp', 'Instagram', 'Webchat', 'E-mail']), []],
    ['Contato', (c) => c.full, []],
    ['Telefone', (c, o, r) => brMobRaw(r, 48), PHONE_ID, opt],
    ['E-mail', (c, o, r) => (r() < 0.3 ? c.email : ''), EMAIL_ID, opt],
    ['Departamento', (c, o, r) => v.pick(r, ['Vendas', 'Vendas', 'Assistência técnica', 'Financeiro']), []],
    ['Agente', (c, o, r) => v.pick(r, ['Bruna Schmitt', 'Rafael Vieira', 'Bot', 'Juliana Cardoso']), []],
    ['Status', (c, o, r) => v.pick(r, ['Resolvida', 'Resolvida', 'Resolvida', 'Aberta', 'Pendente']), [], opt],
    ['Criada em', (c, o) => brT(o.at), ['timestamp']],
    ['Primeira resposta em', (c, o, r) => brT(o.at + v.int(r, 20, 3600) * 1000), [], opt],
    ['Resolvida em', (c, o, r) => (r() < 0.7 ? brT(o.at + v.int(r, 1, 48) * 3600000) : ''), [], opt],
    ['Tempo de primeira resposta', (c, o, r) => `${pad(v.int(r, 0, 1))}:${pad(v.int(r, 0, 59))}:${pad(v.int(r, 0, 59))}`, []],
    ['Tempo de resolução', (c, o, r) => `${pad(v.int(r, 0, 47))}:${pad(v.int(r, 0, 59))}:${pad(v.int(r, 0, 59))}`, []],
    ['Mensagens', (c, o, r) => String(v.int(r, 2, 60)), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'orçamento', 'garantia', 'bateria', 'orçamento, test-ride']), []],
    ['Avaliação', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['Comentário da avaliação', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Atendimento rápido!', 'Demoraram para responder', 'Muito atenciosos']) : ''), []],
    ['Origem', (c, o, r) => v.pick(r, ['Anúncio Instagram', 'Site', 'Google Meu Negócio', '']), [], opt],
    ['Transferências', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
  ] },
]
