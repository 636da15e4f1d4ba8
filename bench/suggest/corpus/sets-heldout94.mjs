// Round 94, heldout94: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Latin American and Iberian CRM, lead-capture, e-mail, marketing
// automation and loyalty exports, each with headers in its own (Spanish or Portuguese) UI words: Cliengo's chatbot
// leads (Argentina), Tokko Broker's real-estate contacts (Argentina), Wasi's real-estate clients (Colombia), Sirena's
// car-dealer prospects (Argentina), Icommkt's e-mail contacts (Argentina), Emailmanager's per-recipient sending report
// (Brazil), Pipz's marketing-automation contacts (Brazil), CRM Bônus's giftback report (Brazil), Club Premier's partner
// accruals (Mexico), Followize's B2B leads (Brazil), Witei's real-estate contacts (Spain) and AgendaPro's clients (Chile).
import { E, P, B, v, at, HOME, WORK, B2BID, OR, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

const DAY = 86400000
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const digits = (s) => s.replace(/\D/g, '')
// Latin American mailboxes: the generator's Spanish .es domains become .com
const em = (c) => c.email.replace(/\.es$/, '.com')
// local clocks: Argentina UTC-3, Brazil BRT UTC-3, Colombia UTC-5, Mexico City UTC-6 (no DST since 2022), Chile UTC-4/-3,
// Spain CET/CEST
const dmyhms = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyhm = (ms, h) => dmyhms(ms, h).slice(0, 16)
const dmy = (ms, h) => dmyhms(ms, h).slice(0, 10)
const dmyDash = (ms, h) => dmy(ms, h).replace(/\//g, '-')
const ymdhms = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => ymdhms(ms, h).slice(0, 10)
const isoOff = (ms, h) => { const p = shift(ms, h); const s = h < 0 ? '-' : '+'; return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${s}${pad(Math.abs(h))}:00` }
const cest = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const birthD = (c) => dmy(c.birth + 12 * 3600000, 0)
const grp = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const comma = (x) => { const [i, d] = x.toFixed(2).split('.'); return `${grp(i, '.')},${d}` }
const point = (x) => { const [i, d] = x.toFixed(2).split('.'); return `${grp(i, ',')}.${d}` }
const siNo = (b) => (b ? 'Sí' : 'No')
const simNao = (b) => (b ? 'Sim' : 'Não')
const fem = (c) => ['Lucía', 'María', 'Carmen', 'Laura', 'Ana', 'Sofía', 'Paula', 'Elena', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'].includes(c.first)

// people and places of the region, one row each (picked by the person's id)
// Argentina: [ciudad, provincia, CP, calle, área]
const AR = [['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1425', 'Av. Santa Fe 3253', '11'], ['Córdoba', 'Córdoba', 'X5000', 'Bv. San Juan 1020', '351'], ['Rosario', 'Santa Fe', 'S2000', 'Bv. Oroño 845', '341'], ['Mendoza', 'Mendoza', 'M5500', 'Av. San Martín 1560', '261'], ['La Plata', 'Buenos Aires', 'B1900', 'Calle 7 Nº 1234', '221'], ['San Miguel de Tucumán', 'Tucumán', 'T4000', '25 de Mayo 455', '381'], ['Mar del Plata', 'Buenos Aires', 'B7600', 'Av. Colón 2480', '223'], ['Neuquén', 'Neuquén', 'Q8300', 'Av. Argentina 380', '299']]
const ar = (c) => AR[n(c) % AR.length]
const arCel = (c) => { const a = ar(c)[4]; const k = 10 - a.length; const d = String(n(c) * 7411 % 10 ** k + 4 * 10 ** (k - 1)).slice(0, k); return `+54 9 ${a} ${d.slice(0, k - 4)}-${d.slice(k - 4)}` }
const arCelRaw = (c) => digits(arCel(c))
const arTel = (c) => { const a = ar(c)[4]; const k = 10 - a.length; const d = String(n(c) * 3319 % 10 ** (k - 1) + 4 * 10 ** (k - 1)); return `(0${a}) ${d.slice(0, k - 4)}-${d.slice(k - 4)}` }
const dni = (c) => String(20000000 + n(c) * 47 % 25000000)
const cuit = (c) => { const d = dni(c); return `${fem(c) ? 27 : 20}-${d}-${n(c) % 10}` }
// Colombia: [ciudad, departamento, dirección, localidad/barrio]
const CO = [['Bogotá', 'Bogotá D.C.', 'Calle 93 # 11-26', 'Chapinero'], ['Medellín', 'Antioquia', 'Carrera 43A # 1 Sur-100', 'El Poblado'], ['Cali', 'Valle del Cauca', 'Avenida 6N # 23-45', 'Granada'], ['Barranquilla', 'Atlántico', 'Carrera 53 # 76-239', 'Alto Prado'], ['Bogotá', 'Bogotá D.C.', 'Carrera 7 # 127-48', 'Usaquén'], ['Bucaramanga', 'Santander', 'Calle 36 # 27-52', 'Cabecera del Llano'], ['Cartagena', 'Bolívar', 'Calle 5 # 2-51 Bocagrande', 'Bocagrande']]
const co = (c) => CO[n(c) % CO.length]
const coCel = (c) => { const d = String(n(c) * 7417 % 10000000).padStart(7, '0'); return `${['300', '310', '311', '315', '320', '301'][n(c) % 6]} ${d.slice(0, 3)} ${d.slice(3)}` }
const coTel = (c) => `60${['1', '4', '2', '5', '1', '7', '5'][n(c) % 7]} ${String(n(c) * 53 % 9000000 + 1000000)}`
const cedula = (c) => String(1000000000 + n(c) * 811 % 99999999)
// Mexico: [ciudad, estado]
const MX = [['Ciudad de México', 'CDMX'], ['Guadalajara', 'Jalisco'], ['Monterrey', 'Nuevo León'], ['Puebla', 'Puebla'], ['Querétaro', 'Querétaro'], ['Mérida', 'Yucatán'], ['Tijuana', 'Baja California']]
const MX_NAMES = [['José Luis', 'Hernández', 'García'], ['María Fernanda', 'López', 'Martínez'], ['Juan Carlos', 'González', 'Ramírez'], ['Ana Sofía', 'Rodríguez', 'Sánchez'], ['Miguel Ángel', 'Pérez', 'Flores'], ['Daniela', 'Torres', 'Gómez'], ['Alejandro', 'Morales', 'Cruz'], ['Guadalupe', 'Reyes', 'Jiménez']]
// Chile: [comuna, ciudad, región]
const CL = [['Providencia', 'Santiago', 'Región Metropolitana'], ['Las Condes', 'Santiago', 'Región Metropolitana'], ['Ñuñoa', 'Santiago', 'Región Metropolitana'], ['Viña del Mar', 'Viña del Mar', 'Valparaíso'], ['Concepción', 'Concepción', 'Biobío'], ['Antofagasta', 'Antofagasta', 'Antofagasta'], ['Temuco', 'Temuco', 'La Araucanía']]
const CL_ST = ['Av. Providencia 1208, depto 504', 'Av. Apoquindo 4501', 'Irarrázaval 2940', 'Av. Libertad 1045', 'Barros Arana 631', 'Av. Grecia 1860', 'Av. Alemania 0945']
const cl = (c) => CL[n(c) % CL.length]
const clCel = (c) => { const d = String(n(c) * 7433 % 100000000).padStart(8, '0'); return `+56 9 ${d.slice(0, 4)} ${d.slice(4)}` }
const rut = (c) => { const d = String(8000000 + n(c) * 37 % 17000000); return `${grp(d, '.')}-${'0123456789K'[n(c) % 11]}` }
// Brazil
const br = (c) => { const [street, num] = c.street.split(', '); return [street, num] }
const BR_CO = [['Metalúrgica Vale Ltda', 'metalvale.com.br', '12.445.871/0001-09'], ['Construtora Horizonte S.A.', 'horizonteconstrutora.com.br', '08.332.190/0001-55'], ['Agro Cerrado Insumos', 'agrocerrado.com.br', '21.907.664/0001-31'], ['Clínica Vida Plena', 'vidaplena.med.br', '17.552.038/0001-72'], ['TransLog Cargas Ltda', 'translogcargas.com.br', '05.781.223/0001-40'], ['Escola Nova Geração', 'novageracao.edu.br', '33.129.876/0001-18']]
const brCo = (c) => BR_CO[n(c) % BR_CO.length]
const cpf = (c) => { const d = String(n(c) * 1931 % 1000000000).padStart(9, '0'); return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${pad(n(c) % 97)}` }
const e164br = (c) => `+55${digits(c.mobile)}`
const brl = (x) => x.toFixed(2).replace('.', ',')
const brlR = (x) => `R$ ${comma(x)}`
// Spain
const ES_ST = ['Calle de Alcalá 148, 3º B', 'Carrer de Mallorca 255, 2º 1ª', 'Avenida de la Constitución 21', 'Calle Colón 34, 5º', 'Gran Vía 40, 1º izq.', 'Calle Larios 7, 4º']

// Cliengo (Argentine chatbot / lead capture): Contactos > Exportar (CSV), Spanish UI; a Buenos Aires language school's
// web and WhatsApp leads. Dates dd/MM/yyyy HH:mm Argentina time.
const CG_CH = ['Web', 'WhatsApp', 'Facebook Messenger', 'Instagram', 'Web']
const CG_ST = ['Nuevo', 'Contactado', 'Calificado', 'Vendido', 'Descartado', 'Nuevo']
const CG_CUR = ['Inglés intensivo', 'Portugués para empresas', 'Inglés para niños', 'Preparación FCE', 'Italiano inicial']
// Tokko Broker (Argentine real-estate CRM): Contactos > Exportar a Excel, Spanish UI, a Córdoba agency.
const TK_TYPE = ['Interesado', 'Propietario', 'Interesado', 'Inquilino', 'Interesado']
const TK_SRC = ['Zonaprop', 'Argenprop', 'MercadoLibre', 'Web propia', 'Referido', 'Cartel']
const TK_AG = ['Martín Gómez', 'Florencia Ruiz', 'Pablo Ibáñez']
// Wasi (Colombian real-estate CRM): Clientes > Exportar, Spanish UI, a Bogotá agency.
const WS_TYPE = ['Comprador', 'Arrendatario', 'Propietario', 'Comprador', 'Inversionista']
const WS_SRC = ['Fincaraíz', 'Metrocuadrado', 'Página web', 'Ciencuadras', 'Referido']
// Sirena (Argentine WhatsApp CRM for car dealers): Reportes > Prospectos > Descargar CSV, Spanish UI, a Toyota dealer.
const SR_SRC = ['Facebook Lead Ads', 'MercadoLibre', 'Sitio web', 'Autocosmos', 'WhatsApp', 'Instagram']
const SR_CAR = ['Toyota Hilux SRV 4x4 AT', 'Toyota Corolla Cross XEI', 'Toyota Yaris XLS 5P', 'Toyota SW4 SRX', 'Toyota Etios XLS', 'Usado: VW Amarok 2019']
const SR_ST = ['Nuevo', 'En seguimiento', 'Ganado', 'Perdido', 'En seguimiento', 'Sin respuesta']
// Emailmanager (Brazilian e-mail marketing): Relatórios > Envio > Exportar destinatários, Portuguese UI.
const EM_CAMP = [['Black Friday Antecipada', 'Até 60% OFF só hoje 🔥'], ['Newsletter Março', 'Novidades da coleção Outono'], ['Dia das Mães 2024', 'Presentes a partir de R$ 49,90'], ['Carrinho abandonado', 'Você esqueceu algo no carrinho'], ['Frete grátis fim de semana', 'Frete grátis para todo o Brasil']]
const EM_ST = ['Entregue', 'Aberto', 'Clicado', 'Aberto', 'Bounce', 'Descadastrado', 'Entregue', 'Clicado']
const EM_DEV = [['Chrome', 'Windows', 'Desktop'], ['Safari', 'iOS', 'Celular'], ['Chrome Mobile', 'Android', 'Celular'], ['Gmail App', 'Android', 'Celular'], ['Outlook', 'Windows', 'Desktop']]
// Pipz (Brazilian marketing automation): Contatos > Exportar CSV, Portuguese UI, a SaaS accounting-software vendor.
const PZ_STAGE = ['Visitante', 'Lead', 'Lead qualificado (MQL)', 'Oportunidade (SQL)', 'Cliente', 'Lead']
// CRM Bônus (Brazilian giftback CRM for retail): Relatórios > Bônus gerados > Exportar, Portuguese UI, a shoe chain.
const CB_LOJA = [['Loja Shopping Iguatemi', 'LJ012'], ['Loja Centro', 'LJ003'], ['E-commerce', 'ECOM'], ['Loja Shopping Eldorado', 'LJ021']]
const CB_ST = ['Ativo', 'Utilizado', 'Expirado', 'Utilizado', 'Ativo']
// Club Premier (Aeroméxico's loyalty programme): Portal de Socios Comerciales > Reportes > Acumulaciones, Spanish UI,
// a Mexican hotel chain crediting Puntos Premier on stays.
const CP_ST = ['Acreditado', 'Acreditado', 'Pendiente', 'Rechazado', 'Acreditado']
const CP_HOTEL = [['Hotel Centro Histórico CDMX', 'HCH01'], ['Hotel Guadalajara Expo', 'HGE02'], ['Hotel Monterrey Valle', 'HMV03'], ['Hotel Cancún Zona Hotelera', 'HCZ04']]
// Followize (Brazilian B2B lead management): Leads > Exportar, Portuguese UI, an industrial-automation distributor.
const FZ_SRC = ['Site', 'RD Station', 'Google Ads', 'LinkedIn Ads', 'Indicação', 'Feira Fimec']
const FZ_ST = ['Novo', 'Em atendimento', 'Convertido', 'Perdido', 'Em atendimento']
// Witei (Spanish real-estate CRM): Contactos > Exportar (Excel), Spanish UI, a Valencia agency.
const WT_SRC = ['Idealista', 'Fotocasa', 'Habitaclia', 'Web', 'Oficina', 'pisos.com']
// AgendaPro (Chilean booking and client management for salons and clinics): Clientes > Exportar, Spanish UI, a
// Santiago aesthetics clinic.

export const SETS = [
  // ---------------------------------------------------------------- marketing / lead capture
  { name: 'cliengo-contactos-export-es', product: 'Cliengo (Argentine chatbot and lead-capture platform: Contactos > Exportar, CSV, Spanish UI, a Buenos Aires language school\'s web, WhatsApp and Instagram leads)', family: 'marketing', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => `6${v.hex(r, 23)}`, ['_id', 'personID'], opt],
    ['Nombre', (c) => c.full, ['person.name.fullName']],
    ['Email', (c, o, r) => (r() < 0.8 ? em(c) : ''), ['personalEmail.address']],
    ['Teléfono', (c) => arCel(c), ['mobilePhone.number', 'homePhone.number']],
    ['Canal', (c) => CG_CH[n(c) % CG_CH.length], [], opt],
    ['Sitio web', () => 'www.idiomasbelgrano.com.ar', []],
    ['Página de origen', (c) => (CG_CH[n(c) % CG_CH.length] === 'Web' ? `https://www.idiomasbelgrano.com.ar/${['cursos/ingles', 'empresas', 'ninos', 'examenes-internacionales'][n(c) % 4]}` : ''), []],
    ['Mensaje', (c) => `Hola, quería info del curso de ${CG_CUR[n(c) % CG_CUR.length].toLowerCase()}, horarios y precio`, []],
    ['Interés', (c) => CG_CUR[n(c) % CG_CUR.length], []],
    ['Estado', (c) => CG_ST[n(c) % CG_ST.length], [], opt],
    ['Asignado a', (c) => ['Carolina Paz', 'Nicolás Ferreyra', 'Sin asignar'][n(c) % 3], []],
    ['Etiquetas', (c) => ['', 'adultos', 'empresa', 'niños, presencial', 'virtual'][n(c) % 5], []],
    ['Ciudad', (c) => ar(c)[0], at(HOME, 'city'), opt],
    ['Provincia', (c) => ar(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['País', () => 'Argentina', at(HOME, 'country'), opt],
    ['Empresa', (c) => (n(c) % 5 === 1 ? c.company : ''), ['organizations[0]'], opt],
    ['utm_source', (c) => ['google', 'facebook', 'instagram', '', 'google'][n(c) % 5], []],
    ['utm_medium', (c) => ['cpc', 'paid_social', 'paid_social', '', 'organic'][n(c) % 5], []],
    ['utm_campaign', (c) => ['inscripciones-2024', 'ingles-intensivo', 'empresas-q2', '', ''][n(c) % 5], []],
    ['Fecha de creación', (c) => dmyhm(c.created, -3), [], opt],
    ['Última interacción', (c) => dmyhm(Math.max(c.created, c.updated), -3), [], opt],
    ['Conversación', (c) => `https://app.cliengo.com/conversations/${String(n(c) * 104729).padStart(10, '0')}`, []],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'tokkobroker-contactos-excel-es', product: 'Tokko Broker (Argentine real-estate CRM: Contactos > Exportar a Excel, Spanish UI, a Córdoba real-estate agency\'s buyers, owners and tenants)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c) => String(4100000 + n(c) * 7 % 900000), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => em(c), ['personalEmail.address']],
    ['Otro email', (c) => (n(c) % 6 === 2 ? c.workEmail : ''), ['workEmail.address'], opt],
    ['Teléfono', (c) => (n(c) % 3 === 0 ? arTel(c) : ''), ['homePhone.number']],
    ['Celular', (c) => arCel(c), ['mobilePhone.number']],
    ['DNI', (c) => (n(c) % 4 ? dni(c) : ''), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => (n(c) % 3 === 1 ? birthD(c) : ''), ['person.birthDate']],
    ['Dirección', (c) => (n(c) % 2 ? ar(c)[3] : ''), at(HOME, 'street1')],
    ['Localidad', (c) => ar(c)[0], at(HOME, 'city')],
    ['Provincia', (c) => ar(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'Argentina', at(HOME, 'country')],
    ['Tipo de contacto', (c) => TK_TYPE[n(c) % TK_TYPE.length], [], opt],
    ['Origen', (c) => TK_SRC[n(c) % TK_SRC.length], [], opt],
    ['Agente', (c) => TK_AG[n(c) % TK_AG.length], []],
    ['Empresa', (c) => (n(c) % 7 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Etiquetas', (c) => ['', 'Inversor', 'Urgente', 'Crédito hipotecario', ''][n(c) % 5], []],
    ['Búsquedas activas', (c) => String(n(c) % 3), []],
    ['Propiedades', (c) => (TK_TYPE[n(c) % TK_TYPE.length] === 'Propietario' ? `CBA${String(n(c) % 9000 + 1000)}` : ''), []],
    ['Fecha de alta', (c) => dmy(c.created, -3), [], opt],
    ['Última actividad', (c) => dmyhm(Math.max(c.created, c.updated), -3), [], opt],
    ['Observaciones', (c) => ['', 'Busca 2 dormitorios en Nueva Córdoba', 'Vende casa en Villa Belgrano, tasar', 'Necesita cochera', ''][n(c) % 5], []],
  ] },
  { name: 'wasi-clientes-export-es', product: 'Wasi (Colombian real-estate CRM and listing software: Clientes > Exportar, Excel, Spanish UI, a Bogotá agency\'s buyers, tenants and owners)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c) => String(2200000 + n(c) * 13 % 700000), ['_id', 'personID']],
    ['Nombres', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Tipo de cliente', (c) => WS_TYPE[n(c) % WS_TYPE.length], [], opt],
    ['Tipo de identificación', (c) => (n(c) % 8 ? 'Cédula de ciudadanía' : 'Cédula de extranjería'), []],
    ['Identificación', (c) => (n(c) % 3 ? cedula(c) : ''), ['person.taxId'], opt],
    ['Correo electrónico', (c) => em(c), ['personalEmail.address']],
    ['Teléfono', (c) => (n(c) % 3 === 0 ? coTel(c) : ''), ['homePhone.number']],
    ['Celular', (c) => coCel(c), ['mobilePhone.number']],
    ['Dirección', (c) => (n(c) % 2 ? co(c)[2] : ''), at(HOME, 'street1')],
    ['Localidad', (c) => co(c)[3], at(HOME, 'street2'), opt],
    ['Ciudad', (c) => co(c)[0], at(HOME, 'city')],
    ['Departamento', (c) => co(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'Colombia', at(HOME, 'country')],
    ['Asesor', (c) => ['Andrés Castaño', 'Valentina Ríos', 'Camilo Duarte'][n(c) % 3], []],
    ['Origen', (c) => WS_SRC[n(c) % WS_SRC.length], [], opt],
    ['Presupuesto', (c) => `$ ${grp(String((n(c) % 40 + 2) * 50000000), '.')}`, []],
    ['Estado', (c) => ['Activo', 'Activo', 'En negociación', 'Cerrado', 'Inactivo'][n(c) % 5], [], opt],
    ['Fecha de registro', (c) => ymdhms(c.created, -5), [], opt],
    ['Observaciones', (c) => ['', 'Apartamento 3 habitaciones en Chapinero Alto', 'Arriendo local comercial', 'Quiere vender y comprar más grande', ''][n(c) % 5], []],
  ] },
  { name: 'sirena-prospectos-csv-es', product: 'Sirena (Argentine WhatsApp CRM for car dealers, now part of Zenvia: Reportes > Prospectos > Descargar CSV, Spanish UI, a Toyota dealer in Rosario)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c, o, r) => `5${v.hex(r, 23)}`, ['_id', 'personID'], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => (n(c) % 5 ? c.last : ''), ['person.name.lastName']],
    ['Teléfono', (c) => arCelRaw(c), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 ? em(c) : ''), ['personalEmail.address']],
    ['Fuente', (c) => SR_SRC[n(c) % SR_SRC.length], [], opt],
    ['Tipo', (c) => ['Venta 0km', 'Plan de ahorro', 'Usado', 'Venta 0km', 'Postventa'][n(c) % 5], []],
    ['Vehículo de interés', (c) => SR_CAR[n(c) % SR_CAR.length], []],
    ['Sucursal', (c) => ['Rosario Centro', 'Funes', 'Rosario Oroño'][n(c) % 3], []],
    ['Vendedor', (c) => ['Lucas Benítez', 'Romina Acosta', 'Federico Sosa', 'Sin asignar'][n(c) % 4], []],
    ['Estado', (c) => SR_ST[n(c) % SR_ST.length], [], opt],
    ['Motivo de pérdida', (c) => (SR_ST[n(c) % SR_ST.length] === 'Perdido' ? ['Compró en otro concesionario', 'Precio', 'No califica crédito'][n(c) % 3] : ''), []],
    ['Fecha de creación', (c) => dmyhm(c.created, -3), [], opt],
    ['Fecha de primer contacto', (c) => dmyhm(c.created + (n(c) % 240 + 3) * 60000, -3), [], opt],
    ['Tiempo de primera respuesta (min)', (c) => String(n(c) % 240 + 3), []],
    ['Mensajes enviados', (c) => String(2 + n(c) % 30), []],
    ['Mensajes recibidos', (c) => String(1 + n(c) % 22), []],
    ['Ciudad', (c) => (n(c) % 2 ? 'Rosario' : ['Funes', 'Roldán', 'Villa Gobernador Gálvez'][n(c) % 3]), at(HOME, 'city'), opt],
    ['Provincia', () => 'Santa Fe', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Etiquetas', (c) => ['', 'financiación', 'permuta', 'flota', ''][n(c) % 5], []],
    ['Acepta comunicaciones', (c) => siNo(n(c) % 6 !== 0), [], opt],
  ] },
  // ---------------------------------------------------------------- e-mail
  { name: 'icommkt-contactos-export-es', product: 'Icommkt (Argentine e-mail marketing platform: Contactos > Exportar perfil, CSV, Spanish UI, a Buenos Aires wine club\'s subscriber base)', family: 'email', language: 'es', schema: P, cols: [
    ['Email', (c) => em(c), ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Sexo', (c) => (n(c) % 4 ? (fem(c) ? 'F' : 'M') : ''), ['person.gender']],
    ['Fecha de Nacimiento', (c) => (n(c) % 2 ? birthD(c) : ''), ['person.birthDate']],
    ['DNI', (c) => (n(c) % 5 === 0 ? dni(c) : ''), ['person.taxId'], opt],
    ['Teléfono', (c) => (n(c) % 4 === 0 ? arTel(c) : ''), ['homePhone.number']],
    ['Celular', (c) => (n(c) % 3 ? arCel(c) : ''), ['mobilePhone.number']],
    ['Dirección', (c) => (n(c) % 3 === 1 ? ar(c)[3] : ''), at(HOME, 'street1')],
    ['Ciudad', (c) => ar(c)[0], at(HOME, 'city')],
    ['Provincia', (c) => ar(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Código Postal', (c) => (n(c) % 2 ? ar(c)[2] : ''), at(HOME, 'postalCode')],
    ['País', () => 'Argentina', at(HOME, 'country')],
    ['Empresa', (c) => (n(c) % 6 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Estado', (c) => ['Activo', 'Activo', 'Activo', 'Desuscripto', 'Rebotado'][n(c) % 5], ['personalEmail.status'], opt],
    ['Perfil', (c) => ['Socios Club', 'Newsletter', 'Socios Club', 'Compradores tienda online'][n(c) % 4], []],
    ['Origen', (c) => ['Importación', 'Formulario web', 'API', 'Tienda Nube'][n(c) % 4], [], opt],
    ['Fecha de Alta', (c) => dmyhms(c.created, -3), [], opt],
    ['Fecha de Baja', (c) => (n(c) % 5 === 3 ? dmyhms(Math.max(c.created, c.updated), -3) : ''), [], opt],
    ['Último Envío', (c) => dmyhm(Math.max(c.created, c.updated) + 3 * DAY, -3), []],
    ['Última Apertura', (c) => (n(c) % 5 < 3 ? dmyhm(Math.max(c.created, c.updated) + 3 * DAY + 7200000, -3) : ''), []],
    ['Último Click', (c) => (n(c) % 5 === 1 ? dmyhm(Math.max(c.created, c.updated) + 3 * DAY + 7500000, -3) : ''), []],
    ['Aperturas', (c) => String(n(c) % 48), []],
    ['Clicks', (c) => String(n(c) % 11), []],
  ] },
  { name: 'emailmanager-relatorio-envio-pt', product: 'Emailmanager (Brazilian e-mail marketing: Relatórios > Envio > Exportar destinatários, CSV, Portuguese UI, a Curitiba fashion e-commerce\'s campaigns, one row per recipient and campaign)', family: 'email', language: 'pt', schema: E, cols: [
    ['Campanha', (c, o) => EM_CAMP[n(o) % EM_CAMP.length][0], ['marketing.campaignName']],
    ['Assunto', (c, o) => EM_CAMP[n(o) % EM_CAMP.length][1], [], opt],
    ['Grupo', (c, o) => ['Clientes', 'Base geral', 'VIP', 'Leads site'][n(o) % 4], []],
    ['Data de envio', (c, o) => dmyhms(o.at, -3), ['timestamp']],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Nome', (c) => c.full, []],
    ['Status', (c, o) => EM_ST[n(o) % EM_ST.length], ['eventType'], opt],
    ['Data da abertura', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? dmyhms(o.at + (n(o) % 400 + 2) * 60000, -3) : ''), [], opt],
    ['Qtd. aberturas', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? String(1 + n(o) % 4) : '0'), []],
    ['Data do clique', (c, o) => (EM_ST[n(o) % EM_ST.length] === 'Clicado' ? dmyhms(o.at + (n(o) % 400 + 5) * 60000, -3) : ''), [], opt],
    ['Link clicado', (c, o) => (EM_ST[n(o) % EM_ST.length] === 'Clicado' ? `https://www.lojabossanova.com.br/${['ofertas', 'colecao-outono', 'presentes', 'carrinho'][n(o) % 4]}?utm_source=emailmanager&utm_medium=email` : ''), ['web.webInteraction.URL', 'web.webPageDetails.URL'], opt],
    ['Qtd. cliques', (c, o) => (EM_ST[n(o) % EM_ST.length] === 'Clicado' ? String(1 + n(o) % 3) : '0'), ['web.webInteraction.linkClicks.value'], opt],
    ['IP', (c, o, r) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? v.ip4(r) : ''), ['environment.ipV4']],
    ['Navegador', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? EM_DEV[n(o) % EM_DEV.length][0] : ''), ['environment.browserDetails.name']],
    ['Sistema operacional', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? EM_DEV[n(o) % EM_DEV.length][1] : ''), ['environment.operatingSystem']],
    ['Dispositivo', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? EM_DEV[n(o) % EM_DEV.length][2] : ''), ['device.type']],
    ['Cidade', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? c.city : ''), [GEO('city')]],
    ['UF', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? c.region : ''), [GEO('stateProvince')]],
    ['País', (c, o) => (['Aberto', 'Clicado'].includes(EM_ST[n(o) % EM_ST.length]) ? 'BR' : ''), [GEO('countryCode')]],
    ['Tipo de bounce', (c, o) => (EM_ST[n(o) % EM_ST.length] === 'Bounce' ? ['Hard bounce', 'Soft bounce'][n(o) % 2] : ''), []],
    ['Motivo', (c, o) => (EM_ST[n(o) % EM_ST.length] === 'Bounce' ? ['550 5.1.1 Mailbox does not exist', 'Caixa postal cheia'][n(o) % 2] : EM_ST[n(o) % EM_ST.length] === 'Descadastrado' ? 'Não tenho mais interesse' : ''), []],
  ] },
  // ---------------------------------------------------------------- marketing automation
  { name: 'pipz-contatos-export-pt', product: 'Pipz (Brazilian marketing automation and CRM: Contatos > Exportar CSV, Portuguese UI, a Florianópolis accounting-software vendor\'s leads and customers)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(18000000 + n(c) * 31 % 9000000), ['_id', 'personID']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c) => (n(c) % 3 === 0 ? c.phone : ''), ['homePhone.number', 'workPhone.number'], opt],
    ['Celular', (c) => (n(c) % 4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Empresa', (c) => (n(c) % 3 ? brCo(c)[0] : ''), ['organizations[0]']],
    ['Cargo', (c) => (n(c) % 3 ? ['Contador', 'Sócio-diretor', 'Analista fiscal', 'Gerente financeiro'][n(c) % 4] : ''), []],
    ['Data de nascimento', (c) => (n(c) % 5 === 0 ? birthD(c) : ''), ['person.birthDate']],
    ['Gênero', (c) => (n(c) % 4 === 0 ? (fem(c) ? 'Feminino' : 'Masculino') : ''), ['person.gender']],
    ['Cidade', (c) => c.city, at(HOME, 'city'), opt],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['País', () => 'Brasil', at(HOME, 'country'), opt],
    ['Score', (c) => String(n(c) % 180), []],
    ['Estágio do ciclo de vida', (c) => PZ_STAGE[n(c) % PZ_STAGE.length], [], opt],
    ['Tags', (c) => ['', 'webinar-simples-nacional', 'trial', 'ebook-dre, trial', 'evento-crc'][n(c) % 5], []],
    ['Origem', (c) => ['Busca orgânica', 'Google Ads', 'Facebook Ads', 'Direto', 'Indicação'][n(c) % 5], [], opt],
    ['Primeira conversão', (c) => ['Ebook DRE na prática', 'Teste grátis 14 dias', 'Webinar Simples Nacional', 'Calculadora de impostos'][n(c) % 4], []],
    ['Última conversão', (c) => ['Teste grátis 14 dias', 'Pedido de demonstração', 'Ebook DRE na prática', ''][n(c) % 4], []],
    ['UTM Source', (c) => ['google', 'facebook', '', 'newsletter'][n(c) % 4], []],
    ['UTM Campaign', (c) => ['trial-q2', 'ebook-dre', '', 'webinar-sn'][n(c) % 4], []],
    ['Responsável', (c) => ['Felipe Nunes', 'Tatiane Lopes', ''][n(c) % 3], []],
    ['Opt-out de e-mail', (c) => simNao(n(c) % 9 === 4), [], opt],
    ['Data de criação', (c) => dmyhm(c.created, -3), [], opt],
    ['Última atividade', (c) => dmyhm(Math.max(c.created, c.updated), -3), [], opt],
  ] },
  // ---------------------------------------------------------------- loyalty
  { name: 'crmbonus-bonus-gerados-pt', product: 'CRM Bônus (Brazilian giftback / retail CRM: Relatórios > Bônus gerados > Exportar, XLSX, Portuguese UI, a São Paulo shoe chain with stores and a web shop; one row per purchase that generated a bônus)', family: 'loyalty', language: 'pt', schema: E, cols: [
    ['Data da compra', (c, o) => dmyhms(o.at, -3), ['timestamp']],
    ['Loja', (c, o) => CB_LOJA[n(o) % CB_LOJA.length][0], [], opt],
    ['Código da loja', (c, o) => CB_LOJA[n(o) % CB_LOJA.length][1], ['commerce.commerceScope.storeCode'], opt],
    ['Vendedor', (c, o) => ['Bruna', 'Rodrigo', 'Kelly', 'Site'][n(o) % 4], []],
    ['Cliente', (c) => c.full, []],
    ['Telefone', (c) => e164br(c), ['endUserIDs._experience.phonenumberid.id']],
    ['CPF', (c) => (n(c) % 3 ? cpf(c) : ''), []],
    ['Nº do pedido / cupom', (c, o) => (CB_LOJA[n(o) % CB_LOJA.length][1] === 'ECOM' ? `PED-${300000 + n(o)}` : String(100000 + n(o) * 7 % 900000)), [OR('purchaseID')]],
    ['Valor da compra', (c, o) => brlR(o.total * 4), [OR('priceTotal')]],
    ['Bônus gerado', (c, o) => brlR(Math.round(o.total * 4 * 0.1)), []],
    ['% de bônus', () => '10%', []],
    ['Bônus utilizado na compra', (c, o) => (n(o) % 3 === 0 ? brlR(20 + n(o) % 60) : 'R$ 0,00'), [OR('discountAmount')], opt],
    ['Status do bônus', (c, o) => CB_ST[n(o) % CB_ST.length], [], opt],
    ['Validade do bônus', (c, o) => dmy(o.at + 30 * DAY, -3), [], opt],
    ['Data de utilização', (c, o) => (CB_ST[n(o) % CB_ST.length] === 'Utilizado' ? dmyhms(o.at + (5 + n(o) % 20) * DAY, -3) : ''), [], opt],
    ['Pedido de utilização', (c, o) => (CB_ST[n(o) % CB_ST.length] === 'Utilizado' ? String(100000 + n(o) * 11 % 900000) : ''), []],
    ['Campanha', (c, o) => ['Giftback padrão', 'Giftback Dia dos Pais', 'Giftback padrão', 'Aniversariante'][n(o) % 4], ['marketing.campaignName'], opt],
    ['Canal', (c, o) => (CB_LOJA[n(o) % CB_LOJA.length][1] === 'ECOM' ? 'E-commerce' : 'Loja física'), [], opt],
    ['Mensagem enviada', (c, o) => simNao(n(o) % 7 !== 0), []],
  ] },
  { name: 'clubpremier-acumulaciones-socio-es', product: 'Club Premier (Aeroméxico\'s loyalty programme: Portal de Socios Comerciales > Reportes > Acumulaciones, CSV, Mexican Spanish UI, a hotel chain crediting Puntos Premier on stays)', family: 'loyalty', language: 'es', schema: E, cols: [
    ['Fecha de transacción', (c, o) => dmyhm(o.at, -6), ['timestamp']],
    ['Fecha de acreditación', (c, o) => (CP_ST[n(o) % CP_ST.length] === 'Acreditado' ? dmy(o.at + (3 + n(o) % 10) * DAY, -6) : ''), [], opt],
    ['Número de socio', (c) => String(100000000 + n(c) * 1187 % 899999999), [], opt],
    ['Nombre', (c) => MX_NAMES[n(c) % MX_NAMES.length][0].toUpperCase(), []],
    ['Apellido paterno', (c) => MX_NAMES[n(c) % MX_NAMES.length][1].toUpperCase(), []],
    ['Apellido materno', (c) => MX_NAMES[n(c) % MX_NAMES.length][2].toUpperCase(), []],
    ['Nivel', (c) => ['Clásico', 'Clásico', 'Oro', 'Platino', 'Titanio'][n(c) % 5], []],
    ['Socio comercial', () => 'Hoteles Alameda S.A. de C.V.', []],
    ['Sucursal', (c, o) => CP_HOTEL[n(o) % CP_HOTEL.length][0], [], opt],
    ['Clave de sucursal', (c, o) => CP_HOTEL[n(o) % CP_HOTEL.length][1], ['commerce.commerceScope.storeCode'], opt],
    ['Folio', (c, o) => `F${CP_HOTEL[n(o) % CP_HOTEL.length][1]}-${String(n(o)).padStart(6, '0')}`, [OR('purchaseID')]],
    ['ID de transacción', (c, o, r) => String(v.int(r, 700000000, 799999999)), ['_id'], opt],
    ['Tipo de transacción', (c, o) => (n(o) % 11 === 3 ? 'Cancelación' : 'Acumulación'), [], opt],
    ['Importe', (c, o) => `$${point(o.total * 18)}`, [OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode')]],
    ['Puntos Premier', (c, o) => String(Math.floor(o.total * 18 / 20)), []],
    ['Puntos bonificación', (c, o) => String(n(o) % 3 === 0 ? Math.floor(o.total * 18 / 40) : 0), []],
    ['Promoción', (c, o) => (n(o) % 3 === 0 ? 'Doble puntos fin de semana' : ''), ['marketing.campaignName'], opt],
    ['Estatus', (c, o) => CP_ST[n(o) % CP_ST.length], [], opt],
    ['Motivo de rechazo', (c, o) => (CP_ST[n(o) % CP_ST.length] === 'Rechazado' ? 'Nombre no coincide con número de socio' : ''), []],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'followize-leads-export-pt', product: 'Followize (Brazilian lead management and distribution for B2B sales teams: Leads > Exportar, XLSX, Portuguese UI, a Joinville industrial-automation distributor)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(5400000 + n(c) * 17 % 800000), B2BID],
    ['Data de cadastro', (c) => dmyhms(c.created, -3), ['extSourceSystemAudit.createdDate'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => (n(c) % 4 ? `${slug(c.first)}.${slug(c.last)}@${brCo(c)[1]}` : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c) => (n(c) % 2 ? c.phone : ''), ['workPhone.number']],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['Empresa', (c) => brCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['CNPJ', (c) => (n(c) % 3 ? brCo(c)[2] : ''), []],
    ['Site', (c) => (n(c) % 2 ? `www.${brCo(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['Cargo', (c) => ['Gerente de manutenção', 'Comprador', 'Engenheiro de processos', 'Diretor industrial', 'Supervisor de produção'][n(c) % 5], ['extendedWorkDetails.jobTitle']],
    ['Cidade', (c) => c.city, at(WORK, 'city')],
    ['Estado', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Origem', (c) => FZ_SRC[n(c) % FZ_SRC.length], ['b2b.personSource']],
    ['Mídia', (c) => ['orgânico', 'cpc', 'cpc', 'social', 'indicação', 'evento'][n(c) % 6], [], opt],
    ['Campanha', (c) => ['', 'inversores-frequencia', 'clp-2024', 'linkedin-manutencao', '', 'fimec-2024'][n(c) % 6], []],
    ['Produto de interesse', (c) => ['Inversor de frequência', 'CLP', 'Servomotor', 'IHM', 'Sensores'][n(c) % 5], []],
    ['Mensagem', (c) => ['Gostaria de um orçamento para 3 inversores 15cv', 'Preciso de suporte técnico para CLP', 'Solicito visita técnica', ''][n(c) % 4], []],
    ['Equipe', (c) => ['Vendas SC', 'Vendas PR', 'Key Accounts'][n(c) % 3], []],
    ['Vendedor', (c) => ['Marcos Schmitt', 'Jaqueline Kraus', 'Eduardo Vieira'][n(c) % 3], []],
    ['Status', (c) => FZ_ST[n(c) % FZ_ST.length], ['b2b.personStatus'], opt],
    ['Etapa do funil', (c) => ['Qualificação', 'Proposta', 'Negociação', 'Fechamento'][n(c) % 4], [], opt],
    ['Motivo da perda', (c) => (FZ_ST[n(c) % FZ_ST.length] === 'Perdido' ? ['Preço', 'Prazo de entrega', 'Sem retorno'][n(c) % 3] : ''), []],
    ['Valor da oportunidade', (c) => brl((n(c) % 90 + 5) * 1000), []],
    ['Data do primeiro atendimento', (c) => dmyhms(c.created + (n(c) % 600 + 5) * 60000, -3), [], opt],
    ['Data da conversão', (c) => (FZ_ST[n(c) % FZ_ST.length] === 'Convertido' ? dmyhms(c.created + (n(c) % 40 + 3) * DAY, -3) : ''), ['b2b.convertedDate'], opt],
  ] },
  // ---------------------------------------------------------------- CRM (Spain, Chile)
  { name: 'witei-contactos-excel-es', product: 'Witei (Spanish real-estate CRM: Contactos > Exportar a Excel, Spanish UI, a Valencia agency\'s buyers, tenants and owners)', family: 'crm', language: 'es', schema: P, cols: [
    ['Referencia', (c) => `C${String(n(c) % 90000 + 10000)}`, ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Teléfono 2', (c) => (n(c) % 4 === 0 ? c.phone : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['DNI/NIF', (c) => (n(c) % 3 ? `${String(n(c) * 131 % 100000000).padStart(8, '0')}${'TRWAGMYFPDXBNJZSQVHLCKE'[n(c) % 23]}` : ''), ['person.taxId']],
    ['Dirección', (c) => (n(c) % 2 ? ES_ST[n(c) % ES_ST.length] : ''), at(HOME, 'street1')],
    ['Código postal', (c) => (n(c) % 2 ? ['46004', '46010', '46021', '46002', '46015', '46120'][n(c) % 6] : ''), at(HOME, 'postalCode')],
    ['Población', (c) => ['Valencia', 'Valencia', 'Paterna', 'Alboraya', 'Torrent', 'Valencia'][n(c) % 6], at(HOME, 'city')],
    ['Provincia', () => 'Valencia', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'España', at(HOME, 'country')],
    ['Tipo', (c) => ['Demandante', 'Propietario', 'Demandante', 'Inquilino'][n(c) % 4], [], opt],
    ['Operación', (c) => ['Compra', 'Alquiler', 'Compra', 'Venta'][n(c) % 4], []],
    ['Presupuesto máximo', (c) => `${grp(String((n(c) % 30 + 8) * 10000), '.')} €`, []],
    ['Zonas de interés', (c) => ['Ruzafa, Ensanche', 'Benimaclet', 'Campanar, Nou Moles', 'El Cabanyal', ''][n(c) % 5], []],
    ['Origen', (c) => WT_SRC[n(c) % WT_SRC.length], [], opt],
    ['Agente', (c) => ['Javier Soler', 'Marta Ferrer', 'Irene Climent'][n(c) % 3], []],
    ['Estado', (c) => ['Activo', 'Activo', 'Inactivo', 'Cliente'][n(c) % 4], [], opt],
    ['Idioma', (c) => ['Español', 'Español', 'Inglés', 'Valenciano', 'Francés'][n(c) % 5], []],
    ['Acepta comunicaciones', (c) => siNo(n(c) % 5 !== 0), [], opt],
    ['Fecha de alta', (c) => dmyDash(c.created, cest(c.created)), [], opt],
    ['Última modificación', (c) => dmyDash(Math.max(c.created, c.updated), cest(c.updated)), [], opt],
    ['Notas', (c) => ['', 'Busca piso con ascensor y terraza', 'Hipoteca preaprobada', 'Sólo mañanas', ''][n(c) % 5], []],
  ] },
  { name: 'agendapro-clientes-export-es', product: 'AgendaPro (Chilean online booking and client management for salons, spas and clinics: Clientes > Exportar, Excel, Spanish UI, a Santiago aesthetics clinic)', family: 'crm', language: 'es', schema: P, cols: [
    ['Id', (c) => String(31000000 + n(c) * 23 % 9000000), ['_id', 'personID'], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => em(c), ['personalEmail.address']],
    ['Teléfono', (c) => clCel(c), ['mobilePhone.number', 'homePhone.number']],
    ['RUT', (c) => (n(c) % 3 ? rut(c) : ''), ['person.taxId']],
    ['Fecha de nacimiento', (c) => (n(c) % 2 ? birthD(c) : ''), ['person.birthDate']],
    ['Edad', (c) => (n(c) % 2 ? String(2024 - new Date(c.birth).getUTCFullYear()) : ''), []],
    ['Género', (c) => (n(c) % 5 ? (fem(c) ? 'Femenino' : 'Masculino') : ''), ['person.gender']],
    ['Dirección', (c) => (n(c) % 3 === 0 ? CL_ST[n(c) % CL_ST.length] : ''), at(HOME, 'street1')],
    ['Comuna', (c) => cl(c)[0], [...at(HOME, 'city'), ...at(HOME, 'street2')], opt],
    ['Ciudad', (c) => cl(c)[1], at(HOME, 'city')],
    ['Región', (c) => cl(c)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Convenio', (c) => ['', '', 'Isapre Colmena', 'Caja Los Andes', ''][n(c) % 5], []],
    ['Recibe emails', (c) => siNo(n(c) % 6 !== 0), [], opt],
    ['Fecha de creación', (c) => dmyhm(c.created, -4), [], opt],
    ['Última reserva', (c) => dmy(Math.max(c.created, c.updated), -4), [], opt],
    ['Reservas', (c) => String(1 + n(c) % 25), []],
    ['Asistencias', (c) => String(Math.max(0, 1 + n(c) % 25 - n(c) % 4)), []],
    ['Inasistencias', (c) => String(n(c) % 4), []],
    ['Total pagado', (c) => `$${grp(String((1 + n(c) % 25) * 35000), '.')}`, ['loyalty.lifetimePurchases'], opt],
    ['Notas', (c) => ['', 'Alergia a la lidocaína', 'Prefiere horario tarde', 'Paquete 6 sesiones láser', ''][n(c) % 5], []],
  ] },
]
