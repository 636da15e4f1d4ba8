// Round 71, heldout71: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Spanish, Portuguese (Brazil) and Italian CRMs, marketing / e-mail tools,
// support desks and B2B lead lists: a field-sales CRM's contacts, a real-estate CRM's leads, an estate agency's
// clients, Spanish, Brazilian and Italian company lists with one executive each, an e-mail marketing list in Chile and
// in Brazil, an SMTP relay's send log, and service-desk tickets from Argentina, Brazil and Italy.
import { E, P, B, v, at, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// times: Madrid / Rome (summer time April-October), Buenos Aires and Brasília (UTC-3), Santiago de Chile (UTC-3 in
// its summer, October-March, UTC-4 otherwise)
const day = 86400000
const euOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const clOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 9 ? -4 : -3 }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyDash = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const dmyDashHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const esT = (ms) => dmyHM(ms, euOff(ms))
const itT = (ms) => dmyHM(ms, euOff(ms))
const arT = (ms) => dmyHM(ms, -3)
const brT = (ms) => dmyHMS(ms, -3)
const brTm = (ms) => dmyHM(ms, -3)
const clD = (ms) => dmyDash(ms, clOff(ms))
const clT = (ms) => dmyDashHM(ms, clOff(ms))

// amounts: "1.234.567" (no decimals), "1.234,56", "R$ 1.234,56", "€ 250.000"
const thou = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const dec = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const brl = (n) => `R$ ${dec(n)}`
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const mailOf = (c, dom) => `${slug(c.first)}.${slug(c.last)}@${dom}`
const siNo = (b) => (b ? 'Sí' : 'No')
const simNao = (b) => (b ? 'Sim' : 'Não')
const itSiNo = (b) => (b ? 'Sì' : 'No')

// tax and registry numbers
const cif = (r) => `${v.pick(r, ['B', 'B', 'A'])}${v.int(r, 10000000, 99999999)}`
const piva = (r) => `${pad(v.int(r, 0, 9999999), 7)}${v.pick(r, ['028', '023', '024', '026', '037'])}${v.int(r, 0, 9)}`
const cons = (s) => (s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)
const cfIt = (c, r) => { const p = shift(c.birth, 0); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (c.female ? 40 : 0))}${v.pick(r, ['A944', 'H501', 'F205', 'L219', 'G224'])}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[v.int(r, 0, 23)]}` }
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const rut = (r) => { const b = v.int(r, 8000000, 24999999); return `${thou(b)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}` }

// phones
const esMob = (r) => `6${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const arMob = (r) => `+54 9 11 ${v.int(r, 2000, 6999)}-${pad(v.int(r, 0, 9999), 4)}`
const clMob = (r) => `+56 9 ${v.int(r, 4000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
const brMob = (r, ddd = 11) => `(${ddd}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const brFix = (r, ddd = 11) => `(${ddd}) ${v.int(r, 2000, 5999)}-${pad(v.int(r, 0, 9999), 4)}`
const itMob = (r) => `3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`

// Spanish companies: [name, street, CP, localidad, provincia, comunidad, web, teléfono]
const ES_CO = [
  ['Suministros Industriales Turia, S.L.', 'Calle de la Industria 18', '46980', 'Paterna', 'Valencia', 'Comunitat Valenciana', 'www.suministrosturia.es', '961 342 118'],
  ['Talleres Mecánicos Alcorisa, S.A.', 'Polígono La Cartuja, Nave 7', '50720', 'Zaragoza', 'Zaragoza', 'Aragón', 'www.talleresalcorisa.com', '976 503 220'],
  ['Conservas del Cantábrico, S.L.', 'Barrio Ugarte 21', '48510', 'Trapagaran', 'Vizcaya', 'País Vasco', 'www.conservascantabrico.es', '944 920 315'],
  ['Plásticos Vallès, S.A.', 'Carrer de la Indústria 54', '08213', 'Polinyà', 'Barcelona', 'Cataluña', 'www.plasticosvalles.com', '937 131 460'],
  ['Bodegas Ribera Alta, S.L.', 'Carretera de Roa, km 4', '09300', 'Roa', 'Burgos', 'Castilla y León', 'www.riberaalta.es', '947 540 781'],
  ['Aceites Sierra Sur, S.C.A.', 'Avenida de Andalucía 112', '41640', 'Osuna', 'Sevilla', 'Andalucía', 'www.aceitessierrasur.es', '954 811 096'],
  ['Estructuras Metálicas Henares, S.L.', 'Calle Ronda Norte 3', '28806', 'Alcalá de Henares', 'Madrid', 'Comunidad de Madrid', 'www.emhenares.es', '918 822 640'],
]
const ES_CNAE = [['4669', 'Comercio al por mayor de otra maquinaria y equipo'], ['2562', 'Ingeniería mecánica por cuenta de terceros'], ['1022', 'Fabricación de conservas de pescado'], ['2229', 'Fabricación de otros productos de plástico'], ['1102', 'Elaboración de vinos'], ['1043', 'Fabricación de aceite de oliva'], ['2511', 'Fabricación de estructuras metálicas y sus componentes']]
const ES_CARGOS = ['Director General', 'Director de Recursos Humanos', 'Gerente', 'Director Financiero', 'Administrador Único', 'Responsable de Compras']
const FM_ROLES = ['Compras', 'Gerencia', 'Mantenimiento', 'Administración', 'Producción', 'Calidad']
const FM_COMERCIALES = ['Jorge Navarro', 'Elena Soler', 'Pau Ferrer', 'Raquel Ibáñez']

// Brazilian companies: [razão social, nome fantasia, logradouro, número, bairro, município, UF, CEP, telefone, site]
const BR_CO = [
  ['Transvale Logística e Transportes Ltda', 'Transvale', 'Rodovia Anhanguera, km 104', 's/n', 'Jardim Eulina', 'Campinas', 'SP', '13063-000', '(19) 3242-8800', 'www.transvalelog.com.br'],
  ['Armazéns Gerais Tietê S.A.', 'AG Tietê', 'Avenida Marginal do Rio Tietê', '2200', 'Vila Jaguara', 'São Paulo', 'SP', '05118-000', '(11) 3621-4090', 'www.agtiete.com.br'],
  ['Rápido Paulista Cargas Ltda', 'Rápido Paulista', 'Rua Dr. Rubens Gomes Bueno', '691', 'Várzea de Baixo', 'São Paulo', 'SP', '04730-000', '(11) 5643-1200', 'www.rapidopaulista.com.br'],
  ['Sorocargo Transportes Eireli', 'Sorocargo', 'Avenida Independência', '4200', 'Éden', 'Sorocaba', 'SP', '18087-050', '(15) 3325-7711', 'www.sorocargo.com.br'],
  ['Frete Certo Operador Logístico Ltda', 'Frete Certo', 'Estrada Velha de Itapevi', '1500', 'Jardim Santa Rita', 'Jandira', 'SP', '06622-000', '(11) 4707-3300', 'www.fretecerto.com.br'],
  ['Ribeirão Distribuição e Logística Ltda', 'RDL Logística', 'Avenida Presidente Castelo Branco', '2051', 'Lagoinha', 'Ribeirão Preto', 'SP', '14095-000', '(16) 3626-9090', 'www.rdllogistica.com.br'],
]
const BR_CNAE = [['4930-2/02', 'Transporte rodoviário de carga, exceto produtos perigosos e mudanças, intermunicipal, interestadual e internacional'], ['5211-7/01', 'Armazéns gerais - emissão de warrant'], ['4930-2/01', 'Transporte rodoviário de carga, exceto produtos perigosos e mudanças, municipal'], ['5250-8/05', 'Operador de transporte multimodal - OTM'], ['5211-7/99', 'Depósitos de mercadorias para terceiros, exceto armazéns gerais e guarda-móveis']]
const BR_CARGOS = ['Diretor de RH', 'Gerente de Recursos Humanos', 'Diretor Administrativo-Financeiro', 'Sócio-Diretor', 'Coordenadora de Departamento Pessoal', 'Gerente de Operações']
const BR_BAIRROS = ['Pinheiros', 'Batel', 'Água Verde', 'Centro', 'Moema', 'Savassi', 'Boa Vista']

// Italian companies: [ragione sociale, indirizzo, CAP, comune, provincia, regione, sito, telefono, PEC, ATECO, descrizione]
const IT_CO = [
  ['Salumificio Berico S.r.l.', 'Via dell\'Artigianato 12', '36040', 'Torri di Quartesolo', 'VI', 'Veneto', 'www.salumificioberico.it', '0444 380155', 'salumificioberico@legalmail.it', '10.13.00', 'Produzione di prodotti a base di carne (inclusa la carne di volatili)'],
  ['Pastificio Euganeo S.p.A.', 'Via Roma 201', '35036', 'Montegrotto Terme', 'PD', 'Veneto', 'www.pastificioeuganeo.it', '049 8911320', 'pastificioeuganeo@pec.it', '10.73.00', 'Produzione di paste alimentari, di cuscus e di prodotti farinacei simili'],
  ['Caseificio Montebaldo Soc. Coop. Agricola', 'Località Prà Bestemà 4', '37013', 'Caprino Veronese', 'VR', 'Veneto', 'www.caseificiomontebaldo.it', '045 6230871', 'montebaldo@pec.confcooperative.it', '10.51.20', 'Produzione dei derivati del latte'],
  ['Dolciaria Trevigiana S.r.l.', 'Via Postumia Est 77', '31048', 'San Biagio di Callalta', 'TV', 'Veneto', 'www.dolciariatrevigiana.it', '0422 895210', 'dolciariatrevigiana@pec.it', '10.71.20', 'Produzione di pasticceria fresca'],
  ['Distilleria Bassanese S.n.c.', 'Via Capitelvecchio 38', '36061', 'Bassano del Grappa', 'VI', 'Veneto', 'www.distilleriabassanese.it', '0424 523390', 'distilleriabassanese@legalmail.it', '11.01.00', 'Distillazione, rettifica e miscelatura degli alcolici'],
  ['Conserve Polesane S.r.l.', 'Viale delle Industrie 5', '45100', 'Rovigo', 'RO', 'Veneto', 'www.conservepolesane.it', '0425 474412', 'conservepolesane@pec.it', '10.39.00', 'Altre lavorazioni e conservazione di frutta e di ortaggi'],
]
const IT_CARICHE = ['Amministratore unico', 'Presidente del consiglio di amministrazione', 'Amministratore delegato', 'Socio amministratore', 'Legale rappresentante']

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const ID = ['_id', 'personID']
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']

export const SETS = [
  // ---------------------------------------------------------------- ForceManager: contacts (es)
  { name: 'forcemanager-contactos-export-es', product: 'ForceManager (Sage Sales Management; Contactos > Exportar a Excel, Spanish UI, a Valencia industrial-supplies distributor whose field sales reps keep the contacts of their customer and prospect accounts)', family: 'crm', language: 'es', schema: B, cols: [
    ['Id', (c) => String(410000 + n(c) % 90000), B2BID],
    ['Nombre', (c) => c.first, FN],
    ['Apellidos', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['Empresa', (c, o, r, i) => row(ES_CO, i)[0], CO],
    ['Id empresa', (c, o, r, i) => String(88000 + i * 37), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Cargo', (c, o, r, i) => row(ES_CARGOS, i + 1), TITLE],
    ['Rol', (c, o, r, i) => row(FM_ROLES, i), ['extendedWorkDetails.departments[0]', 'extendedWorkDetails.jobTitle'], opt],
    ['Género', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Teléfono', (c, o, r, i) => row(ES_CO, i)[7], ['workPhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.3 ? `9${v.int(r, 10, 88)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['otherPhone.number', 'workPhone.number'], opt],
    ['Móvil', (c, o, r) => esMob(r), ['mobilePhone.number']],
    ['Email', (c, o, r, i) => `${slug(c.first)[0]}${slug(c.last)}@${row(ES_CO, i)[6].replace('www.', '')}`, MAIL],
    ['Skype', (c, o, r) => (r() < 0.2 ? `${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}` : ''), []],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.35 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Dirección', (c, o, r, i) => row(ES_CO, i)[1], W('street1')],
    ['Código postal', (c, o, r, i) => row(ES_CO, i)[2], W('postalCode')],
    ['Población', (c, o, r, i) => row(ES_CO, i)[3], W('city')],
    ['Provincia', (c, o, r, i) => row(ES_CO, i)[4], WSTATE],
    ['País', () => 'España', W('country')],
    ['Tipo de cuenta', (c, o, r) => v.pick(r, ['Cliente', 'Cliente', 'Potencial', 'Distribuidor']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Comercial', (c, o, r, i) => row(FM_COMERCIALES, i), []],
    ['Sucursal', (c, o, r, i) => (i % 3 === 0 ? 'Zaragoza' : 'Valencia'), []],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Prefiere visitas los martes', 'Pide catálogo de EPIs', 'Contactar antes de fin de trimestre']), []],
    ['Fecha de creación', (c) => esT(c.created), CREATED, opt],
    ['Fecha de modificación', (c) => esT(Math.max(c.created, c.updated)), UPDATED, opt],
    ['Id externo', (c, o, r) => (r() < 0.6 ? `C${pad(v.int(r, 1, 99999), 6)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
  ] },

  // ---------------------------------------------------------------- Iberinform: company list with one executive (es)
  { name: 'iberinform-listado-empresas-directivos-es', product: 'Iberinform (Crédito y Caución group company information: Marketing B2B > Listado de empresas > Exportar a Excel, Spanish UI, a Madrid HR-software vendor buying a prospect list of mid-sized Spanish manufacturers with one executive each)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Razón social', (c, o, r, i) => row(ES_CO, i)[0], CO],
    ['CIF', (c, o, r) => cif(r), []],
    ['Forma jurídica', (c, o, r, i) => (row(ES_CO, i)[0].includes('S.A.') ? 'Sociedad anónima' : row(ES_CO, i)[0].includes('S.C.A.') ? 'Sociedad cooperativa' : 'Sociedad limitada'), []],
    ['Domicilio social', (c, o, r, i) => row(ES_CO, i)[1], W('street1')],
    ['Código postal', (c, o, r, i) => row(ES_CO, i)[2], W('postalCode')],
    ['Localidad', (c, o, r, i) => row(ES_CO, i)[3], W('city')],
    ['Provincia', (c, o, r, i) => row(ES_CO, i)[4], WSTATE],
    ['Comunidad autónoma', (c, o, r, i) => row(ES_CO, i)[5], W('region'), opt],
    ['Teléfono', (c, o, r, i) => row(ES_CO, i)[7], ['workPhone.number']],
    ['Fax', (c, o, r, i) => (i % 3 === 0 ? '' : row(ES_CO, i)[7].replace(/\d{2}$/, '99')), ['faxPhone.number']],
    ['Web', (c, o, r, i) => row(ES_CO, i)[6], ['b2b.companyWebsite']],
    ['Email', (c, o, r, i) => `info@${row(ES_CO, i)[6].replace('www.', '')}`, ['workEmail.address'], opt],
    ['CNAE 2009', (c, o, r, i) => row(ES_CNAE, i)[0], []],
    ['Actividad CNAE', (c, o, r, i) => row(ES_CNAE, i)[1], []],
    ['Fecha de constitución', (c, o, r) => dmy(Date.UTC(v.int(r, 1965, 2012), v.int(r, 0, 11), v.int(r, 1, 28))), []],
    ['Capital social (€)', (c, o, r) => thou(v.pick(r, [3006, 60101, 120202, 300000, 601012])), []],
    ['Ventas (€)', (c, o, r) => thou(v.int(r, 2500, 85000) * 1000), []],
    ['Empleados', (c, o, r) => String(v.int(r, 20, 420)), []],
    ['Último ejercicio', (c, o, r) => String(v.pick(r, [2022, 2023, 2023])), []],
    ['Índice de riesgo', (c, o, r) => v.pick(r, ['Bajo', 'Bajo', 'Medio-bajo', 'Medio', 'Alto']), []],
    ['Situación', () => 'Activa', []],
    ['Nombre directivo', (c) => c.first, FN],
    ['Apellidos directivo', (c, o, r) => `${c.last} ${v.last(r, 'es')}`, LN],
    ['Cargo', (c, o, r, i) => row(ES_CARGOS, i), TITLE],
    ['Fecha de nombramiento', (c, o, r) => dmy(Date.UTC(v.int(r, 2008, 2023), v.int(r, 0, 11), v.int(r, 1, 28))), []],
  ] },

  // ---------------------------------------------------------------- InvGate Service Desk: requests (es, Argentina)
  { name: 'invgate-service-desk-solicitudes-es', product: 'InvGate Service Desk (Solicitudes > filtro > Exportar a Excel, Spanish UI of the Argentine product, a Buenos Aires prepaid health plan\'s member help desk)', family: 'support', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(120000 + n(o) % 80000), ['_id']],
    ['Título', (c, o, r) => v.pick(r, ['No puedo descargar la credencial digital', 'Reintegro de consulta sin respuesta', 'Autorización de estudio pendiente', 'Cambio de plan familiar', 'Error al pedir turno en la app']), []],
    ['Descripción', (c, o, r) => v.pick(r, ['Hola, desde ayer la app me da error al abrir la credencial.', 'Presenté la factura hace 30 días y sigue en trámite.', 'Necesito la autorización de una resonancia para el lunes.', 'Quiero sumar a mi hijo al plan.']), []],
    ['Tipo', (c, o, r) => v.pick(r, ['Incidente', 'Solicitud de servicio', 'Pregunta', 'Reclamo']), []],
    ['Categoría', (c, o, r) => v.pick(r, ['App y web > Credencial', 'Reintegros', 'Autorizaciones > Estudios', 'Afiliaciones > Cambios de plan', 'App y web > Turnos']), []],
    ['Prioridad', (c, o, r) => v.pick(r, ['Baja', 'Media', 'Media', 'Alta', 'Urgente']), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Nueva', 'Abierta', 'En espera', 'Solucionada', 'Cerrada', 'Cerrada']), [], opt],
    ['Solicitante', (c) => `${c.first} ${c.last}`, []],
    ['Email del solicitante', (c, o, r) => mailOf(c, v.pick(r, ['gmail.com', 'hotmail.com.ar', 'yahoo.com.ar'])), EMAIL_ID, opt],
    ['Teléfono del solicitante', (c, o, r) => (r() < 0.6 ? arMob(r) : ''), PHONE_ID, opt],
    ['Ubicación', (c, o, r) => v.pick(r, ['CABA', 'GBA Norte', 'GBA Sur', 'La Plata', 'Córdoba']), [], opt],
    ['Mesa de ayuda', (c, o, r) => v.pick(r, ['Atención al socio', 'Atención al socio > Nivel 2', 'Autorizaciones', 'Soporte digital']), []],
    ['Agente asignado', (c, o, r) => v.pick(r, ['Florencia Acosta', 'Martín Benítez', 'Lucía Romero', 'Nicolás Ríos', '']), []],
    ['Origen', (c, o, r) => v.pick(r, ['Correo electrónico', 'Portal', 'Teléfono', 'WhatsApp', 'Portal']), [], opt],
    ['Fecha de creación', (c, o) => arT(o.at), ['timestamp']],
    ['Última actualización', (c, o, r) => arT(o.at + v.int(r, 1, 72) * 3600000), [], opt],
    ['Fecha de solución', (c, o, r) => (r() < 0.6 ? arT(o.at + v.int(r, 2, 96) * 3600000) : ''), [], opt],
    ['Fecha de cierre', (c, o, r) => (r() < 0.5 ? arT(o.at + v.int(r, 4, 10) * day) : ''), [], opt],
    ['Vencimiento', (c, o) => arT(o.at + 2 * day), []],
    ['SLA incumplido', (c, o, r) => siNo(r() < 0.15), []],
    ['Calificación', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['Comentario de la calificación', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Muy rápido, gracias', 'Tuve que llamar dos veces', 'Excelente atención']) : ''), []],
    ['Reaperturas', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
  ] },

  // ---------------------------------------------------------------- Fidelizador: contact list (es, Chile)
  { name: 'fidelizador-contactos-lista-es-cl', product: 'Fidelizador (Chilean e-mail marketing platform: Contactos > lista > Exportar contactos, CSV, Spanish UI, a Santiago online wine shop\'s newsletter list)', family: 'email', language: 'es', schema: P, cols: [
    ['ID Contacto', (c) => String(5300000 + n(c)), ID, opt],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.cl'])), ['personalEmail.address']],
    ['Nombre', (c) => c.first, FN],
    ['Apellido', (c) => c.last, LN],
    ['RUT', (c, o, r) => (r() < 0.5 ? rut(r) : ''), ['person.taxId'], opt],
    ['Teléfono', (c, o, r) => clMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.5 ? clD(c.birth) : ''), ['person.birthDate']],
    ['Género', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Dirección', (c, o, r) => `${v.pick(r, ['Av. Providencia', 'Av. Apoquindo', 'Los Leones', 'Av. Irarrázaval', 'Pedro de Valdivia'])} ${v.int(r, 100, 4999)}${r() < 0.4 ? `, depto ${v.int(r, 101, 1908)}` : ''}`, H('street1')],
    ['Comuna', (c, o, r, i) => row(['Providencia', 'Las Condes', 'Ñuñoa', 'Vitacura', 'Santiago', 'La Reina', 'Viña del Mar'], i), H('city'), opt],
    ['Ciudad', (c, o, r, i) => (i % 7 === 6 ? 'Viña del Mar' : 'Santiago'), H('city')],
    ['Región', (c, o, r, i) => (i % 7 === 6 ? 'Valparaíso' : 'Metropolitana de Santiago'), [...HSTATE, ...H('region')]],
    ['País', () => 'Chile', H('country')],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Desuscrito', 'Rebotado']), [], opt],
    ['Fecha de suscripción', (c) => clT(c.created), [], opt],
    ['Fecha de desuscripción', (c, o, r) => (r() < 0.15 ? clT(Math.max(c.created, c.updated) + 9 * day) : ''), [], opt],
    ['Origen', (c, o, r) => v.pick(r, ['Formulario web', 'Importación', 'API', 'Pop-up']), []],
    ['Listas', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter|Club de vinos', 'Clientes tienda']), []],
    ['Aperturas', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Clics', (c, o, r) => String(v.int(r, 0, 18)), []],
    ['Última apertura', (c, o, r) => (r() < 0.7 ? clT(Math.max(c.created, c.updated) + 3 * day) : ''), [], opt],
    ['Último clic', (c, o, r) => (r() < 0.4 ? clT(Math.max(c.created, c.updated) + 3 * day) : ''), [], opt],
    ['Total compras', (c, o, r) => (r() < 0.5 ? `$${thou(v.int(r, 12, 900) * 1000)}` : ''), ['loyalty.lifetimePurchases'], opt],
  ] },

  // ---------------------------------------------------------------- Milvus: tickets (pt-BR)
  { name: 'milvus-relatorio-chamados-pt', product: 'Milvus (Brazilian help desk and IT management: Relatórios > Chamados > Exportar Excel, Portuguese UI, a São Paulo managed-IT-services provider\'s tickets opened by its client companies\' staff)', family: 'support', language: 'pt', schema: E, cols: [
    ['Código', (c, o) => String(20000 + n(o) % 70000), ['_id']],
    ['Assunto', (c, o, r) => v.pick(r, ['Impressora do financeiro não imprime', 'Criar usuário para novo colaborador', 'VPN caindo toda hora', 'Outlook não sincroniza', 'Solicitação de troca de notebook']), []],
    ['Descrição', (c, o, r) => v.pick(r, ['Bom dia, a impressora HP do 2º andar está offline.', 'Favor criar e-mail e acesso ao ERP para a Ana, começa segunda.', 'Desde ontem a VPN desconecta a cada 10 minutos.', 'Caixa de entrada parou de atualizar no celular.']), []],
    ['Cliente', (c, o, r, i) => row(BR_CO, i)[1], []],
    ['Contato', (c) => `${c.first} ${c.last}`, []],
    ['E-mail do contato', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(BR_CO, i)[9].replace('www.', '')}`, EMAIL_ID, opt],
    ['Telefone do contato', (c, o, r) => (r() < 0.5 ? brMob(r) : ''), PHONE_ID, opt],
    ['Categoria primária', (c, o, r) => v.pick(r, ['Infraestrutura', 'Contas e acessos', 'Rede', 'E-mail', 'Hardware']), []],
    ['Categoria secundária', (c, o, r) => v.pick(r, ['Impressoras', 'Criação de usuário', 'VPN', 'Outlook / Exchange', 'Notebooks']), []],
    ['Prioridade', (c, o, r) => v.pick(r, ['Baixa', 'Média', 'Média', 'Alta', 'Crítica']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Finalizado', 'Finalizado', 'Atendendo', 'Pausado', 'Aguardando atendimento']), [], opt],
    ['Mesa de trabalho', (c, o, r) => v.pick(r, ['Suporte N1', 'Suporte N2', 'Infraestrutura', 'Field service']), []],
    ['Técnico', (c, o, r) => v.pick(r, ['Rodrigo Alves', 'Patrícia Lima', 'Diego Souza', 'Camila Rocha']), []],
    ['Setor', (c, o, r) => v.pick(r, ['Financeiro', 'RH', 'Comercial', 'Operações', 'Diretoria']), []],
    ['Local', (c, o, r, i) => `${row(BR_CO, i)[5]} - Matriz`, []],
    ['Origem', (c, o, r) => v.pick(r, ['E-mail', 'Portal do cliente', 'WhatsApp', 'Telefone', 'Chat']), [], opt],
    ['Tipo de atendimento', (c, o, r) => v.pick(r, ['Remoto', 'Remoto', 'Externo', 'Interno']), []],
    ['Data de criação', (c, o) => brT(o.at), ['timestamp']],
    ['Data de solução', (c, o, r) => (r() < 0.7 ? brT(o.at + v.int(r, 1, 50) * 3600000) : ''), [], opt],
    ['SLA', (c, o, r) => v.pick(r, ['No prazo', 'No prazo', 'No prazo', 'Vencido']), []],
    ['Tempo total de atendimento', (c, o, r) => `${pad(v.int(r, 0, 4))}:${pad(v.int(r, 0, 59))}`, []],
    ['Nota da avaliação', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['Comentário da avaliação', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Resolvido rápido, obrigado!', 'Demorou mas resolveu', 'Ótimo atendimento']) : ''), []],
    ['Reaberto', (c, o, r) => simNao(r() < 0.1), []],
    ['Dispositivo', (c, o, r) => (r() < 0.5 ? `NB-${v.pick(r, ['FIN', 'RH', 'COM', 'OPS'])}-${pad(v.int(r, 1, 60), 3)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Mail2Easy: contacts (pt-BR)
  { name: 'mail2easy-contatos-exportados-pt', product: 'Mail2Easy Pro (Brazilian e-mail marketing: Contatos > Exportar contatos, CSV, Portuguese UI, a Curitiba language school\'s students and leads)', family: 'email', language: 'pt', schema: P, cols: [
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.first, FN],
    ['Sobrenome', (c) => c.last, LN],
    ['Sexo', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Data de nascimento', (c, o, r) => (r() < 0.6 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['CPF', (c, o, r) => (r() < 0.4 ? cpf(r) : ''), ['person.taxId'], opt],
    ['Celular', (c, o, r) => brMob(r, 41), ['mobilePhone.number']],
    ['Telefone', (c, o, r) => (r() < 0.3 ? brFix(r, 41) : ''), ['homePhone.number', 'workPhone.number']],
    ['Endereço', (c, o, r) => v.pick(r, ['Rua XV de Novembro', 'Avenida Sete de Setembro', 'Rua Marechal Deodoro', 'Avenida Batel', 'Rua Padre Anchieta']), H('street1')],
    ['Número', (c, o, r) => String(v.int(r, 10, 3200)), [], opt],
    ['Complemento', (c, o, r) => (r() < 0.4 ? `Apto ${v.int(r, 11, 1804)}` : ''), H('street2')],
    ['Bairro', (c, o, r, i) => row(BR_BAIRROS, i), [...H('street2'), ...H('street3')], opt],
    ['Cidade', (c, o, r, i) => (i % 5 === 4 ? 'São José dos Pinhais' : 'Curitiba'), H('city')],
    ['Estado', () => 'PR', HSTATE],
    ['CEP', (c, o, r) => `8${v.int(r, 0, 3)}${v.int(r, 0, 9)}${v.int(r, 10, 99)}-${pad(v.int(r, 0, 999), 3)}`, H('postalCode')],
    ['Empresa', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Volvo do Brasil', 'Boticário', 'Positivo Tecnologia', 'HSBC']) : ''), ['organizations[0]'], opt],
    ['Cargo', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Analista', 'Coordenadora', 'Engenheiro', 'Estudante']) : ''), []],
    ['Grupos', (c, o, r) => v.pick(r, ['Alunos ativos', 'Leads site', 'Alunos ativos;Newsletter', 'Ex-alunos']), []],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Bounce']), [], opt],
    ['Data de cadastro', (c) => brTm(c.created), [], opt],
    ['Última atualização', (c) => brTm(Math.max(c.created, c.updated)), [], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Formulário do site', 'Importação', 'Landing page Inglês 2024', 'API']), []],
    ['IP de cadastro', (c, o, r) => (r() < 0.5 ? v.ip4(r) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- Hypnobox: real-estate CRM customers (pt-BR)
  { name: 'hypnobox-crm-clientes-export-pt', product: 'Hypnobox (Senior Sistemas\' real-estate CRM: CRM > Clientes > Exportar, XLSX, Portuguese UI, a São Paulo developer\'s sales team working leads for its residential launches)', family: 'crm', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(900000 + n(c)), ID],
    ['Nome', (c) => `${c.first} ${c.last}`, FULL],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Celular', (c, o, r) => brMob(r), ['mobilePhone.number']],
    ['Telefone', (c, o, r) => (r() < 0.3 ? brFix(r) : ''), ['homePhone.number', 'workPhone.number']],
    ['CPF', (c, o, r) => (r() < 0.35 ? cpf(r) : ''), ['person.taxId'], opt],
    ['Produto', (c, o, r) => v.pick(r, ['Vila Mariana Prime', 'Residencial Parque Tatuapé', 'Lumière Pinheiros', 'Jardins do Ipiranga']), []],
    ['Canal de origem', (c, o, r) => v.pick(r, ['Portal', 'Site', 'Redes sociais', 'Plantão de vendas', 'Indicação']), [], opt],
    ['Mídia de origem', (c, o, r) => v.pick(r, ['ZAP Imóveis', 'VivaReal', 'Google Ads', 'Meta Ads', 'Stand']), [], opt],
    ['Corretor', (c, o, r) => v.pick(r, ['Renata Campos', 'Fábio Nogueira', 'Juliana Prado', 'Marcos Teixeira']), []],
    ['Gerente', (c, o, r) => v.pick(r, ['Sérgio Vasconcelos', 'Adriana Meireles']), []],
    ['Equipe', (c, o, r) => v.pick(r, ['Equipe Zona Sul', 'Equipe Zona Leste', 'Equipe Online']), []],
    ['Situação', (c, o, r) => v.pick(r, ['Em atendimento', 'Em atendimento', 'Descartado', 'Vendido']), [], opt],
    ['Momento', (c, o, r) => v.pick(r, ['Pesquisa', 'Visita', 'Proposta', 'Fechamento', 'Indefinido']), []],
    ['Objetivo', (c, o, r) => v.pick(r, ['Primeiro imóvel', 'Investimento', 'Troca de imóvel', 'Indefinido']), []],
    ['Temperatura', (c, o, r) => v.pick(r, ['Frio', 'Morno', 'Quente', 'Indefinido']), []],
    ['Data de cadastro', (c) => brTm(c.created), [], opt],
    ['Última interação', (c, o, r) => brTm(c.created + v.int(r, 1, 60) * day), [], opt],
    ['Data da visita', (c, o, r) => (r() < 0.35 ? dmy(c.created + v.int(r, 2, 20) * day) : ''), []],
    ['Cidade', (c, o, r, i) => (i % 4 === 3 ? 'Santo André' : 'São Paulo'), H('city')],
    ['UF', () => 'SP', HSTATE],
    ['Renda familiar', (c, o, r) => v.pick(r, ['', 'Até R$ 5.000', 'R$ 5.001 a R$ 10.000', 'R$ 10.001 a R$ 20.000', 'Acima de R$ 20.000']), []],
    ['Consentimento LGPD', (c, o, r) => simNao(r() < 0.8), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Quer 2 dormitórios com vaga', 'Pediu tabela de preços', 'Vai usar FGTS']), []],
  ] },

  // ---------------------------------------------------------------- Neoway: company list with decision makers (pt-BR)
  { name: 'neoway-lista-empresas-decisores-pt', product: 'Neoway (Brazilian B2B data and analytics: lista de empresas segmentada > Exportar para Excel, Portuguese UI, a Campinas payroll-software company\'s prospect list of São Paulo logistics firms with one decision maker each)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c, o, r) => cnpj(r), [], opt],
    ['Razão Social', (c, o, r, i) => row(BR_CO, i)[0], CO],
    ['Nome Fantasia', (c, o, r, i) => row(BR_CO, i)[1], CO, opt],
    ['Situação Cadastral', () => 'ATIVA', []],
    ['Data de Abertura', (c, o, r) => dmy(Date.UTC(v.int(r, 1978, 2016), v.int(r, 0, 11), v.int(r, 1, 28))), []],
    ['Natureza Jurídica', (c, o, r, i) => (row(BR_CO, i)[0].includes('S.A.') ? '205-4 - Sociedade Anônima Fechada' : row(BR_CO, i)[0].includes('Eireli') ? '230-5 - Empresa Individual de Responsabilidade Limitada' : '206-2 - Sociedade Empresária Limitada'), []],
    ['CNAE Principal', (c, o, r, i) => row(BR_CNAE, i)[0], []],
    ['Descrição CNAE Principal', (c, o, r, i) => row(BR_CNAE, i)[1], []],
    ['Porte', (c, o, r) => v.pick(r, ['Demais', 'Demais', 'EPP', 'ME']), []],
    ['Faturamento Presumido', (c, o, r) => v.pick(r, ['R$ 4,8 mi a R$ 10 mi', 'R$ 10 mi a R$ 30 mi', 'R$ 30 mi a R$ 100 mi', 'Acima de R$ 100 mi']), []],
    ['Quantidade de Funcionários', (c, o, r) => v.pick(r, ['50 a 99', '100 a 249', '250 a 499', '500 a 999']), []],
    ['Capital Social', (c, o, r) => brl(v.pick(r, [100000, 500000, 1200000, 5000000])), []],
    ['Logradouro', (c, o, r, i) => row(BR_CO, i)[2], W('street1')],
    ['Número', (c, o, r, i) => row(BR_CO, i)[3], [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Galpão ${v.int(r, 1, 12)}` : ''), W('street2')],
    ['Bairro', (c, o, r, i) => row(BR_CO, i)[4], [...W('street2'), ...W('street3')], opt],
    ['Município', (c, o, r, i) => row(BR_CO, i)[5], W('city')],
    ['UF', (c, o, r, i) => row(BR_CO, i)[6], WSTATE],
    ['CEP', (c, o, r, i) => row(BR_CO, i)[7], W('postalCode')],
    ['Telefone Principal', (c, o, r, i) => row(BR_CO, i)[8], ['workPhone.number']],
    ['E-mail Principal', (c, o, r, i) => `contato@${row(BR_CO, i)[9].replace('www.', '')}`, ['workEmail.address'], opt],
    ['Site', (c, o, r, i) => row(BR_CO, i)[9], ['b2b.companyWebsite']],
    ['Nome do Decisor', (c) => `${c.first} ${c.last}`, FULL],
    ['Cargo do Decisor', (c, o, r, i) => row(BR_CARGOS, i), TITLE],
    ['E-mail do Decisor', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(BR_CO, i)[9].replace('www.', '')}`, ['workEmail.address']],
    ['Telefone do Decisor', (c, o, r) => (r() < 0.4 ? brMob(r) : ''), ['mobilePhone.number', 'workPhone.number']],
    ['LinkedIn do Decisor', (c, o, r) => (r() < 0.6 ? `linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Deskero: tickets (it)
  { name: 'deskero-ticket-esporta-it', product: 'Deskero (Italian cloud help desk: Ticket > vista > Esporta in Excel, Italian UI, a Turin e-bike maker\'s customer care tickets from e-mail, web form, Facebook and phone)', family: 'support', language: 'it', schema: E, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Numero', (c, o) => `${1 + n(o) % 900}/${shift(o.at, 1).y}`, ['_id'], opt],
    ['Oggetto', (c, o, r) => v.pick(r, ['Batteria non si ricarica', 'Richiesta fattura ordine', 'Ritardo consegna', 'Rumore dal motore', 'Info tagliando']), []],
    ['Descrizione', (c, o, r) => v.pick(r, ['Buongiorno, la batteria resta ferma al 40%.', 'Avrei bisogno della fattura intestata alla mia ditta.', 'Ordine effettuato da 10 giorni e non ancora spedito.', 'Dopo 300 km il motore fa un rumore metallico.']), []],
    ['Stato', (c, o, r) => v.pick(r, ['Aperto', 'In attesa', 'Risolto', 'Chiuso', 'Chiuso']), [], opt],
    ['Priorità', (c, o, r) => v.pick(r, ['Normale', 'Normale', 'Alta']), [], opt],
    ['Tipo', (c, o, r) => v.pick(r, ['Domanda', 'Problema', 'Reclamo', 'Garanzia']), []],
    ['Area', (c, o, r) => v.pick(r, ['Assistenza tecnica', 'Ordini e spedizioni', 'Amministrazione', 'Garanzia']), []],
    ['Gruppo', (c, o, r) => v.pick(r, ['Customer care', 'Officina', 'Back office']), []],
    ['Sorgente', (c, o, r) => v.pick(r, ['Email', 'Web', 'Facebook', 'Telefono', 'Email']), [], opt],
    ['Assegnato a', (c, o, r) => v.pick(r, ['Giorgia Fontana', 'Luca Ferraris', 'Sara Gallo', '']), []],
    ['Aperto da', (c) => `${c.first} ${c.last}`, []],
    ['Email cliente', (c) => c.email, EMAIL_ID, opt],
    ['Telefono cliente', (c, o, r) => (r() < 0.4 ? itMob(r) : ''), PHONE_ID, opt],
    ['Data inserimento', (c, o) => itT(o.at), ['timestamp']],
    ['Data ultima gestione', (c, o, r) => itT(o.at + v.int(r, 1, 80) * 3600000), [], opt],
    ['Data chiusura', (c, o, r) => (r() < 0.5 ? itT(o.at + v.int(r, 1, 9) * day) : ''), [], opt],
    ['Numero risposte', (c, o, r) => String(v.int(r, 0, 7)), []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'batteria', 'fattura;b2b', 'spedizione', 'motore;garanzia']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Cliente già sentito al telefono', 'Attendere ricambio dal fornitore']), []],
    ['Portale', () => 'Assistenza Voltabike', []],
    ['Da rispondere', (c, o, r) => itSiNo(r() < 0.3), []],
  ] },

  // ---------------------------------------------------------------- ReportAziende.it: company list (it)
  { name: 'reportaziende-lista-aziende-excel-it', product: 'ReportAziende.it (Italian company data: ricerca avanzata aziende > Esporta lista in Excel, Italian UI, a Padua logistics-software reseller\'s prospect list of Veneto food manufacturers with their legal representative)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Ragione sociale', (c, o, r, i) => row(IT_CO, i)[0], CO],
    ['Partita IVA', (c, o, r) => piva(r), []],
    ['Codice fiscale', (c, o, r) => piva(r), []],
    ['Forma giuridica', (c, o, r, i) => (row(IT_CO, i)[0].includes('S.p.A.') ? 'Società per azioni' : row(IT_CO, i)[0].includes('S.n.c.') ? 'Società in nome collettivo' : row(IT_CO, i)[0].includes('Coop') ? 'Società cooperativa' : 'Società a responsabilità limitata'), []],
    ['Numero REA', (c, o, r, i) => `${row(IT_CO, i)[4]}-${v.int(r, 100000, 399999)}`, []],
    ['Indirizzo sede legale', (c, o, r, i) => row(IT_CO, i)[1], W('street1')],
    ['CAP', (c, o, r, i) => row(IT_CO, i)[2], W('postalCode')],
    ['Comune', (c, o, r, i) => row(IT_CO, i)[3], W('city')],
    ['Provincia', (c, o, r, i) => row(IT_CO, i)[4], WSTATE],
    ['Regione', (c, o, r, i) => row(IT_CO, i)[5], W('region'), opt],
    ['Telefono', (c, o, r, i) => row(IT_CO, i)[7], ['workPhone.number']],
    ['PEC', (c, o, r, i) => row(IT_CO, i)[8], ['workEmail.address'], opt],
    ['Sito web', (c, o, r, i) => row(IT_CO, i)[6], ['b2b.companyWebsite']],
    ['Codice ATECO', (c, o, r, i) => row(IT_CO, i)[9], []],
    ['Descrizione ATECO', (c, o, r, i) => row(IT_CO, i)[10], []],
    ['Data costituzione', (c, o, r) => dmy(Date.UTC(v.int(r, 1962, 2014), v.int(r, 0, 11), v.int(r, 1, 28))), []],
    ['Stato attività', () => 'Attiva', []],
    ['Capitale sociale', (c, o, r) => `€ ${thou(v.pick(r, [10000, 50000, 100000, 520000, 1500000]))}`, []],
    ['Fatturato', (c, o, r) => `€ ${thou(v.int(r, 1800, 64000) * 1000)}`, []],
    ['Utile/Perdita', (c, o, r) => `€ ${r() < 0.15 ? '-' : ''}${thou(v.int(r, 20, 2400) * 1000)}`, []],
    ['Dipendenti', (c, o, r) => String(v.int(r, 9, 310)), []],
    ['Anno bilancio', (c, o, r) => String(v.pick(r, [2022, 2023, 2023])), []],
    ['Rappresentante legale', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, FULL],
    ['Carica', (c, o, r, i) => row(IT_CARICHE, i), TITLE],
  ] },

  // ---------------------------------------------------------------- turboSMTP: sending statistics (it)
  { name: 'turbosmtp-statistiche-invii-it', product: 'turboSMTP (Italian SMTP relay: Report > Statistiche > Esporta CSV, Italian UI, a Milan fashion e-shop\'s transactional mail and newsletters, one row per recipient)', family: 'email', language: 'it', schema: E, cols: [
    ['Data', (c, o) => ymdHMS(o.at, euOff(o.at)), ['timestamp']],
    ['ID messaggio', (c, o, r) => `<${v.hex(r, 12)}.${v.hex(r, 8)}@modaviamontenapoleone.it>`, ['_id']],
    ['Mittente', (c, o, r) => v.pick(r, ['ordini@modaviamontenapoleone.it', 'newsletter@modaviamontenapoleone.it']), []],
    ['Destinatario', (c) => c.email, EMAIL_ID],
    ['Oggetto', (c, o, r) => v.pick(r, ['Conferma ordine n. ' + (1000 + n(o) % 9000), 'Il tuo ordine è stato spedito', 'Saldi invernali: fino al -50%', 'Nuova collezione primavera']), [], opt],
    ['Stato', (c, o, r) => v.pick(r, ['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'FAIL', 'DEFER', 'DROPPED']), [], opt],
    ['Errore', (c, o, r) => (r() < 0.1 ? v.pick(r, ['550 5.1.1 <utente>: Recipient address rejected: User unknown', '452 4.2.2 Mailbox full']) : ''), [], opt],
    ['Campagna', (c, o, r) => v.pick(r, ['', '', 'saldi-inverno', 'nuova-collezione-pe']), ['marketing.campaignName'], opt],
    ['Aperta', (c, o, r) => itSiNo(r() < 0.45), []],
    ['Data apertura', (c, o, r) => (r() < 0.45 ? ymdHMS(o.at + v.int(r, 5, 900) * 60000, euOff(o.at)) : ''), [], opt],
    ['Cliccata', (c, o, r) => itSiNo(r() < 0.12), []],
    ['Data click', (c, o, r) => (r() < 0.12 ? ymdHMS(o.at + v.int(r, 10, 1200) * 60000, euOff(o.at)) : ''), [], opt],
    ['IP server', (c, o, r) => `185.${v.int(r, 10, 12)}.${v.int(r, 1, 254)}.${v.int(r, 1, 254)}`, []],
    ['Dimensione (KB)', (c, o, r) => String(v.int(r, 18, 240)), []],
    ['Dominio destinatario', (c) => c.email.split('@')[1], []],
  ] },

  // ---------------------------------------------------------------- Getrix: estate agency clients (it)
  { name: 'getrix-clienti-agenzia-export-it', product: 'Getrix (Immobiliare.it\'s estate-agency management software: Clienti > Esporta Excel, Italian UI, a Bologna estate agency\'s buyers, sellers, tenants and landlords)', family: 'crm', language: 'it', schema: P, cols: [
    ['Codice', (c) => String(30000 + n(c) % 60000), ID],
    ['Tipologia', (c, o, r, i) => (i % 8 === 5 ? 'Società' : 'Privato'), []],
    ['Nome', (c) => c.first, FN],
    ['Cognome', (c) => c.last, LN],
    ['Ragione sociale', (c, o, r, i) => (i % 8 === 5 ? v.pick(r, ['Immobiliare Felsinea S.r.l.', 'Studio Tecnico Ricci & C.']) : ''), ['organizations[0]'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c, o, r) => (r() < 0.4 ? `051 ${v.int(r, 100000, 9999999)}` : ''), ['homePhone.number', 'workPhone.number']],
    ['Cellulare', (c, o, r) => itMob(r), ['mobilePhone.number']],
    ['Indirizzo', (c) => c.street, H('street1')],
    ['CAP', (c, o, r) => `401${pad(v.int(r, 21, 41))}`, H('postalCode')],
    ['Comune', (c, o, r, i) => (i % 5 === 4 ? 'Casalecchio di Reno' : 'Bologna'), H('city')],
    ['Provincia', () => 'BO', HSTATE],
    ['Nazione', () => 'Italia', H('country')],
    ['Codice fiscale', (c, o, r) => (r() < 0.6 ? cfIt(c, r) : ''), ['person.taxId']],
    ['Data di nascita', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Luogo di nascita', (c, o, r) => (r() < 0.5 ? v.pick(r, ['Bologna', 'Modena', 'Ferrara', 'Napoli', 'Imola']) : ''), []],
    ['Tipo cliente', (c, o, r) => v.pick(r, ['Acquirente', 'Acquirente', 'Venditore', 'Affittuario', 'Proprietario locatore']), []],
    ['Fonte', (c, o, r) => v.pick(r, ['Immobiliare.it', 'Immobiliare.it', 'Idealista', 'Sito agenzia', 'Cartello vendesi', 'Passaparola']), [], opt],
    ['Agente', (c, o, r) => v.pick(r, ['Paolo Zanetti', 'Silvia Montanari', 'Davide Righi']), []],
    ['Budget', (c, o, r) => (r() < 0.6 ? `€ ${thou(v.int(r, 12, 70) * 10000)}` : ''), []],
    ['Tipologia immobile cercato', (c, o, r) => v.pick(r, ['', 'Appartamento', 'Trilocale', 'Villetta a schiera', 'Bilocale']), []],
    ['Zona di interesse', (c, o, r) => v.pick(r, ['', 'Santo Stefano', 'Bolognina', 'Murri', 'San Donato', 'Centro storico']), []],
    ['Consenso privacy', (c, o, r) => itSiNo(r() < 0.9), [], opt],
    ['Consenso marketing', (c, o, r) => itSiNo(r() < 0.55), [], opt],
    ['Data inserimento', (c) => itT(c.created), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Cerca con garage', 'Mutuo già approvato', 'Vende per trasferimento']), []],
  ] },
]
