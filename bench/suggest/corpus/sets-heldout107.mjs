// Round 107, heldout107: held-out sets written apart by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Spanish- and Portuguese-language tools from Spain,
// Mexico, Argentina, Colombia, Chile, Peru, Brazil and Portugal: a beauty-centre POS's sales lines, a CFDI
// e-invoicing service's issued invoices, a shipping aggregator's shipments, an SMS gateway's delivery report, a digital
// checkout's sales, a marketplace integrator's order items (events); a restaurant POS's customer register with points,
// a WhatsApp chatbot's contacts and a Portuguese POS's loyalty customers (profiles); a chamber-of-commerce company
// database, an e-invoicing client register and a B2B prospecting list (B2B people). Headers in the product's UI
// language (es, pt). Public material found: Guru's transaction filters and API sections, Envíopack's shipment states,
// SimpleFactura's client (receptor) model in its SDK; the rest is written from the writer's knowledge of each product.
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const mon = (ms) => new Date(ms).getUTCMonth() + 1
// local times written without offset: Spain CET/CEST, Portugal WET/WEST, Mexico (no DST since 2022), Argentina,
// Colombia, Peru, Brazil (Brasília), Chile (CLT/CLST)
const madrid = (ms) => shift(ms, mon(ms) >= 4 && mon(ms) <= 10 ? 2 : 1)
const lisboa = (ms) => shift(ms, mon(ms) >= 4 && mon(ms) <= 10 ? 1 : 0)
const cdmx = (ms) => shift(ms, -6)
const bsas = (ms) => shift(ms, -3)
const bogota = (ms) => shift(ms, -5)
const lima = (ms) => shift(ms, -5)
const brasilia = (ms) => shift(ms, -3)
const santiago = (ms) => shift(ms, mon(ms) >= 4 && mon(ms) <= 9 ? -4 : -3)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
// shop hours: the instant's hour folded into 09-19 (a salon, an office, a bakery, a promo send window)
const biz = (p) => ({ ...p, H: 9 + (p.H % 11) })
const r2 = (n) => Math.round(n * 100) / 100
// 1234.5 -> "1.234,50" (t = thousands, d = decimal)
const num = (n, t = '.', d = ',') => { const [a, b] = r2(n).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const SHIPA = ['commerce.shipping.address']
const BILLA = ['commerce.billing.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: surnames (two are used where the country writes two); places per country
const LOC = {
  es: { first: [['Javier', 'Lucía'], ['Sergio', 'Marta'], ['Alberto', 'Nuria'], ['Iñaki', 'Ainhoa'], ['Raúl', 'Elena'], ['Jordi', 'Montse'], ['Óscar', 'Begoña']],
    last: ['Ruiz', 'Navarro', 'Domínguez', 'Gil', 'Vázquez', 'Serrano', 'Moreno', 'Ortega', 'Lázaro', 'Castillo'], two: true,
    places: [['Zaragoza', '50004', 'Zaragoza', 'Aragón'], ['Zaragoza', '50009', 'Zaragoza', 'Aragón'], ['Huesca', '22002', 'Huesca', 'Aragón'], ['Valencia', '46004', 'Valencia', 'Comunidad Valenciana'], ['Castellón de la Plana', '12001', 'Castellón', 'Comunidad Valenciana'], ['Teruel', '44001', 'Teruel', 'Aragón'], ['Elche', '03203', 'Alicante', 'Comunidad Valenciana']],
    street: (r) => `${v.pick(r, ['C/ Mayor', 'Paseo Independencia', 'C/ Coso', 'Av. Goya', 'C/ Alfonso I', 'Av. Blasco Ibáñez'])}, ${v.int(r, 1, 180)}${r() < 0.6 ? `, ${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'dcha.', 'izda.'])}` : ''}`,
    mobile: (r) => `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  mx: { first: [['José Luis', 'María Fernanda'], ['Juan Carlos', 'Guadalupe'], ['Miguel Ángel', 'Alejandra'], ['Jorge', 'Verónica'], ['Ricardo', 'Daniela'], ['Arturo', 'Mariana']],
    last: ['Hernández', 'García', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Reyes', 'Jiménez', 'Mendoza', 'Aguilar'], two: true,
    places: [['Guadalajara', '44160', 'Jalisco'], ['Zapopan', '45110', 'Jalisco'], ['Monterrey', '64000', 'Nuevo León'], ['Puebla', '72000', 'Puebla'], ['Querétaro', '76000', 'Querétaro'], ['Ciudad de México', '06700', 'Ciudad de México'], ['Mérida', '97000', 'Yucatán']],
    street: (r) => `${v.pick(r, ['Av. Chapultepec', 'Av. Vallarta', 'Calle Morelos', 'Av. Juárez', 'Calle Hidalgo'])} ${v.int(r, 10, 2999)}`,
    mobile: (r) => `${v.pick(r, ['33', '81', '55', '222', '442'])}${v.int(r, 10000000, 99999999)}`.slice(0, 10),
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'prodigy.net.mx'] },
  ar: { first: [['Martín', 'Florencia'], ['Nicolás', 'Agustina'], ['Facundo', 'Camila'], ['Gonzalo', 'Micaela'], ['Santiago', 'Sofía'], ['Lautaro', 'Rocío']],
    last: ['González', 'Fernández', 'Romero', 'Sosa', 'Álvarez', 'Benítez', 'Acosta', 'Medina', 'Herrera', 'Ruiz'], two: false,
    places: [['Palermo', '1414', 'Ciudad Autónoma de Buenos Aires', '11'], ['Caballito', '1405', 'Ciudad Autónoma de Buenos Aires', '11'], ['La Plata', '1900', 'Buenos Aires', '221'], ['Quilmes', '1878', 'Buenos Aires', '11'], ['Córdoba', '5000', 'Córdoba', '351'], ['Rosario', '2000', 'Santa Fe', '341'], ['Mendoza', '5500', 'Mendoza', '261'], ['Mar del Plata', '7600', 'Buenos Aires', '223']],
    street: (r) => v.pick(r, ['Av. Santa Fe', 'Thames', 'Av. Rivadavia', 'Calle 7', 'Bv. San Juan', 'Av. Pellegrini', 'Güemes', 'Av. Colón']),
    mobile: (r, pl) => (pl[3] === '11' ? `11 ${v.int(r, 20, 69)}${v.int(r, 10, 99)}-${v.int(r, 1000, 9999)}` : `${pl[3]} ${v.int(r, 500, 699)}-${v.int(r, 1000, 9999)}`),
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com'] },
  co: { first: [['Andrés Felipe', 'Valentina'], ['Juan David', 'Laura'], ['Carlos Andrés', 'Daniela'], ['Sebastián', 'Natalia'], ['Julián', 'Paola'], ['Santiago', 'Manuela']],
    last: ['Rodríguez', 'Gómez', 'Martínez', 'Castro', 'Rojas', 'Ospina', 'Cárdenas', 'Vargas', 'Restrepo', 'Zapata'], two: true,
    places: [['Medellín', '050021', 'Antioquia'], ['Envigado', '055422', 'Antioquia'], ['Bogotá', '110221', 'Bogotá D.C.'], ['Cali', '760042', 'Valle del Cauca'], ['Barranquilla', '080020', 'Atlántico'], ['Bucaramanga', '680003', 'Santander']],
    street: (r) => `${v.pick(r, ['Cra.', 'Calle', 'Cl.', 'Cra.'])} ${v.int(r, 1, 90)} # ${v.int(r, 1, 99)}-${v.int(r, 1, 99)}`,
    mobile: (r) => `57${v.pick(r, ['300', '301', '310', '311', '313', '315', '318', '320', '350'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'] },
  cl: { first: [['Matías', 'Constanza'], ['Felipe', 'Javiera'], ['Cristóbal', 'Catalina'], ['Rodrigo', 'Francisca'], ['Ignacio', 'Fernanda'], ['Patricio', 'Carolina']],
    last: ['Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Sepúlveda', 'Fuentes', 'Valenzuela', 'Araya'], two: true,
    places: [['Concepción', 'Concepción', 'Biobío', '41'], ['Talcahuano', 'Talcahuano', 'Biobío', '41'], ['Los Ángeles', 'Los Ángeles', 'Biobío', '43'], ['Providencia', 'Santiago', 'Metropolitana de Santiago', '2'], ['Quilicura', 'Santiago', 'Metropolitana de Santiago', '2'], ['Temuco', 'Temuco', 'La Araucanía', '45'], ['Chillán', 'Chillán', 'Ñuble', '42']],
    street: (r) => `${v.pick(r, ['Av. Los Carrera', 'Barros Arana', 'Av. Colón', 'Camino a Penco', 'Av. Américo Vespucio', 'Av. Alemania'])} ${v.int(r, 100, 4999)}${r() < 0.3 ? `, Of. ${v.int(r, 101, 1204)}` : ''}`,
    mobile: (r) => `+56 9 ${v.int(r, 4000, 9999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  pe: { first: [['Luis Alberto', 'Rosa'], ['César', 'Milagros'], ['Jhon', 'Karina'], ['Renzo', 'Fiorella'], ['Piero', 'Lucero'], ['Miguel', 'Jimena']],
    last: ['Quispe', 'Flores', 'Huamán', 'Mamani', 'Chávez', 'Vásquez', 'Torres', 'Ramos', 'Salazar', 'Paredes'], two: true,
    places: [['Miraflores', '15074', 'Lima'], ['San Isidro', '15073', 'Lima'], ['Santiago de Surco', '15038', 'Lima'], ['San Borja', '15036', 'Lima'], ['Jesús María', '15072', 'Lima'], ['La Molina', '15024', 'Lima'], ['Callao', '07001', 'Callao']],
    street: (r) => `${v.pick(r, ['Av. Larco', 'Av. José Pardo', 'Calle Berlín', 'Av. Primavera', 'Jr. Huiracocha', 'Av. Javier Prado Este', 'Calle Los Pinos'])} ${v.int(r, 100, 2999)}${r() < 0.4 ? ` Dpto. ${v.int(r, 101, 1502)}` : ''}`,
    mobile: (r) => `9${v.int(r, 40, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  br: { first: [['Rafael', 'Juliana'], ['Bruno', 'Fernanda'], ['Gustavo', 'Patrícia'], ['Felipe', 'Aline'], ['Diego', 'Renata'], ['Leandro', 'Vanessa'], ['Marcelo', 'Tatiane']],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Carvalho', 'Almeida', 'Ribeiro', 'Barbosa', 'Cavalcanti', 'Araújo'], two: false,
    places: [['Belo Horizonte', 'MG', '30140-071', 'Funcionários', '31'], ['Contagem', 'MG', '32040-150', 'Eldorado', '31'], ['São Paulo', 'SP', '01310-200', 'Bela Vista', '11'], ['Campinas', 'SP', '13015-000', 'Centro', '19'], ['Curitiba', 'PR', '80420-000', 'Batel', '41'], ['Recife', 'PE', '51020-010', 'Boa Viagem', '81'], ['Porto Alegre', 'RS', '90570-020', 'Moinhos de Vento', '51'], ['Salvador', 'BA', '41810-000', 'Pituba', '71'], ['Goiânia', 'GO', '74110-010', 'Setor Bueno', '62']],
    street: (r) => v.pick(r, ['Rua da Bahia', 'Av. do Contorno', 'Rua Haddock Lobo', 'Av. Conselheiro Aguiar', 'Rua Padre Anchieta', 'Av. Tancredo Neves', 'Rua T-55', 'Rua Quintino Bocaiúva']),
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'] },
  bp: null,
  pt: { first: [['Tiago', 'Inês'], ['Rui', 'Catarina'], ['Nuno', 'Sofia'], ['Hugo', 'Joana'], ['Filipe', 'Rita'], ['Ricardo', 'Mariana']],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Martins', 'Rodrigues', 'Sousa', 'Gonçalves', 'Teixeira'], two: true,
    places: [['Porto', '4000-322', 'Porto'], ['Vila Nova de Gaia', '4400-129', 'Porto'], ['Matosinhos', '4450-208', 'Porto'], ['Maia', '4470-157', 'Porto'], ['Braga', '4700-320', 'Braga'], ['Gondomar', '4420-086', 'Porto']],
    street: (r) => `${v.pick(r, ['Rua de Santa Catarina', 'Av. da Boavista', 'Rua de Cedofeita', 'Rua Brito Capelo', 'Av. da República', 'Rua do Souto'])}, ${v.int(r, 1, 900)}${r() < 0.5 ? `, ${v.int(r, 1, 6)}.º ${v.pick(r, ['Esq.', 'Dto.', 'Frente'])}` : ''}`,
    mobile: (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'sapo.pt', 'outlook.pt', 'iol.pt'] },
}
// Recife metropolitan area (a Boa Viagem dental clinic's audience)
LOC.bp = { ...LOC.br, places: [['Recife', 'PE', '51020-010', 'Boa Viagem', '81'], ['Recife', 'PE', '52011-000', 'Boa Vista', '81'], ['Recife', 'PE', '52050-000', 'Espinheiro', '81'], ['Jaboatão dos Guararapes', 'PE', '54410-010', 'Piedade', '81'], ['Olinda', 'PE', '53020-140', 'Casa Caiada', '81'], ['Recife', 'PE', '50610-000', 'Madalena', '81']] }
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 3)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0]
  const l1 = v.pick(r, d.last), l2 = v.pick(r, d.last.filter((x) => x !== l1))
  const last = d.two ? `${l1} ${l2}` : l1
  const pl = v.pick(r, d.places)
  const fs = slugify(first.split(' ')[0]), ls = slugify(l1)
  const p = { first, last, l1, l2, female, full: `${first} ${last}`, place: pl, city: pl[0], street: d.street(r),
    mobile: d.mobile ? d.mobile(r, pl) : '', birth: c.birth,
    email: `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  if (cc === 'br' || cc === 'bp') {
    const ddd = pl[4]
    p.ddd = ddd
    p.cel = `9${v.int(r, 8100, 9999)}${pad(v.int(r, 0, 9999), 4)}`
    p.mobile = `(${ddd}) ${p.cel.slice(0, 5)}-${p.cel.slice(5)}`
    p.e164 = `55${ddd}${p.cel}`
    p.cpf = `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
    p.num = String(v.int(r, 10, 2500))
  }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues and companies
// Koibox: a Zaragoza beauty centre's services and products: [concepto, familia, tipo, referencia, precio € IVA incl.]
const KB_ITEMS = [['Limpieza facial profunda', 'Estética facial', 'Servicio', '', 45], ['Depilación láser piernas completas', 'Depilación láser', 'Servicio', '', 89], ['Manicura semipermanente', 'Manos y pies', 'Servicio', '', 22], ['Bono 6 sesiones presoterapia', 'Corporal', 'Bono', 'BONO-PRESO6', 150], ['Sérum vitamina C 30 ml', 'Cosmética', 'Producto', '8436587410235', 34.9], ['Masaje descontracturante 50 min', 'Corporal', 'Servicio', '', 50], ['Crema hidratante Hyaluronic 50 ml', 'Cosmética', 'Producto', '8436587410518', 39.5], ['Lifting de pestañas + tinte', 'Mirada', 'Servicio', '', 42]]
const KB_STAFF = ['Laura M.', 'Sandra P.', 'Noelia G.', 'Cristina A.']
// Enlace Fiscal: a Guadalajara coffee roaster's CFDI concepts: [descripción, subtotal MXN]
const MX_CONC = [['Café de Chiapas tostado medio 1 kg', 420], ['Café de especialidad Veracruz Coatepec 500 g (caja 12 pzas)', 2940], ['Servicio de mantenimiento a máquina de espresso', 1850], ['Café molido para prensa francesa 250 g', 165], ['Suscripción mensual café de origen', 690], ['Café verde Oaxaca Pluma (saco 30 kg)', 7800]]
// Hub2b: a Curitiba kitchenware seller: [SKU, produto, preço R$]
const BR_ITEMS = [['PN-INOX-24', 'Panela de Pressão Inox 6L Tampa de Vidro', 289.9], ['FR-ANTI-3', 'Jogo de Frigideiras Antiaderentes 3 Peças', 159.9], ['FC-CHEF-8', 'Faca do Chef Aço Inox 8 Polegadas', 79.9], ['TB-BAMB-40', 'Tábua de Corte Bambu 40x28 cm', 49.9], ['CF-ITAL-6', 'Cafeteira Italiana Alumínio 6 Xícaras', 89.9], ['AZ-CERA-5', 'Jogo de Potes Herméticos Vidro 5 Peças', 119.9]]
// Guru: a Belo Horizonte online-course producer's offers: [produto, código, oferta, valor R$]
const GURU_OFF = [['Método Inglês Fluente', 'MIF-01', 'À vista com bônus', 997], ['Método Inglês Fluente', 'MIF-01', '12x sem juros', 1164], ['Mentoria Conversação ao Vivo', 'MCV-02', 'Turma Março', 497], ['E-book Phrasal Verbs Essenciais', 'EPV-03', 'Order bump', 27], ['Clube do Inglês (mensal)', 'CLB-04', 'Assinatura mensal', 49.9]]
// Camerdata: Aragón and Valencia manufacturers
// [razón social, nombre comercial, CIF prefix, domain, CNAE, forma jurídica, domicilio, CP, población, provincia, comunidad, tel. prefix]
const ES_FIRMS = [['Talleres Mecánicos Ebro, S.L.', 'Talleres Ebro', 'B50', 'talleresebro.es', '2562 - Ingeniería mecánica por cuenta de terceros', 'Sociedad limitada', 'Pol. Ind. Malpica, C/ E', '50016', 'Zaragoza', 'Zaragoza', 'Aragón', '976'], ['Plásticos del Turia, S.A.', 'Plastur', 'A46', 'plastur.com', '2229 - Fabricación de otros productos de plástico', 'Sociedad anónima', 'Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla', '46988', 'Paterna', 'Valencia', 'Comunidad Valenciana', '96'], ['Cerámicas Castellón Levante, S.L.', 'Cerlevante', 'B12', 'cerlevante.com', '2331 - Fabricación de azulejos y baldosas de cerámica', 'Sociedad limitada', 'Ctra. Castellón-Alcora, km', '12110', "L'Alcora", 'Castellón', 'Comunidad Valenciana', '964'], ['Conservas Vegetales del Jalón, S.L.', 'Conservas Jalón', 'B50', 'conservasjalon.es', '1039 - Otro procesado y conservación de frutas y hortalizas', 'Sociedad limitada', 'Pol. Ind. La Charluca, C/ H', '50300', 'Calatayud', 'Zaragoza', 'Aragón', '976'], ['Muebles Huesca Diseño, S.L.L.', 'Huesca Diseño', 'B22', 'huescadiseno.com', '3109 - Fabricación de otros muebles', 'Sociedad limitada laboral', 'Pol. Ind. Sepes, C/ Fraga', '22006', 'Huesca', 'Huesca', 'Aragón', '974'], ['Calzados Ilicitanos Vega, S.L.', 'Calzados Vega', 'B03', 'calzadosvega.es', '1520 - Fabricación de calzado', 'Sociedad limitada', 'Parque Empresarial Elche, C/ Juan de la Cierva', '03203', 'Elche', 'Alicante', 'Comunidad Valenciana', '965']]
const ES_JOBS = [['Gerente', 'Dirección General'], ['Director de Compras', 'Compras'], ['Jefe de Producción', 'Producción'], ['Director Financiero', 'Administración y Finanzas'], ['Responsable de Mantenimiento', 'Producción'], ['Consejero Delegado', 'Dirección General']]
// SimpleFactura: clients of a Concepción hardware distributor: [razón social, fantasía, giro, dominio]
const CL_FIRMS = [['Constructora Andalién SpA', 'Andalién', 'Construcción de edificios para uso residencial', 'andalien.cl'], ['Ferretería El Roble Ltda.', 'Ferretería El Roble', 'Venta al por menor de artículos de ferretería', 'ferreteriaelroble.cl'], ['Servicios Integrales Biobío SpA', 'SIB', 'Mantención y reparación de maquinaria', 'sibiobio.cl'], ['Inversiones y Comercial Penco Ltda.', 'Comercial Penco', 'Venta al por mayor de materiales de construcción', 'comercialpenco.cl'], ['Agrícola Santa Rosa S.A.', 'Agrícola Santa Rosa', 'Cultivo de frutas', 'agrosantarosa.cl'], ['Transportes Fuentes y Cía. Ltda.', 'Transportes Fuentes', 'Transporte de carga por carretera', 'tfuentes.cl']]
// Cortex: Brazilian industrial and retail prospects: [razão social, fantasia, CNAE, porte, funcionários, faturamento, site]
// [..., logradouro, bairro, município, UF, CEP, DDD]
const BR_FIRMS = [['Metalúrgica Vale do Aço Ltda.', 'Vale do Aço Metais', '2599-3/99 - Fabricação de outros produtos de metal', 'Médio', '100 a 249', 'R$ 30 mi a R$ 90 mi', 'valedoacometais.com.br', 'Av. Pedro Linhares Gomes, 3450', 'Industrial', 'Ipatinga', 'MG', '35160-290', '31'], ['Distribuidora Alimentos Serrana S.A.', 'Serrana Alimentos', '4639-7/01 - Comércio atacadista de produtos alimentícios em geral', 'Grande', '500 a 999', 'R$ 300 mi a R$ 1 bi', 'serranaalimentos.com.br', 'Rod. BR-116, km 143, 8500', 'Centenário', 'Caxias do Sul', 'RS', '95045-000', '54'], ['Têxtil Pernambucana Ltda.', 'TexPE', '1321-9/00 - Tecelagem de fios de algodão', 'Médio', '250 a 499', 'R$ 90 mi a R$ 300 mi', 'texpe.com.br', 'Rua Projetada 3, 120', 'Distrito Industrial', 'Paulista', 'PE', '53403-610', '81'], ['Móveis Gaúchos Indústria e Comércio Ltda.', 'Móveis Gaúchos', '3101-2/00 - Fabricação de móveis com predominância de madeira', 'Pequeno', '50 a 99', 'R$ 4,8 mi a R$ 30 mi', 'moveisgauchos.com.br', 'Rua Emílio Lutz, 1021', 'Planalto', 'Bento Gonçalves', 'RS', '95703-284', '54'], ['Farmácias Bem Viver Ltda.', 'Bem Viver', '4771-7/01 - Comércio varejista de produtos farmacêuticos', 'Grande', '1.000 a 4.999', 'R$ 300 mi a R$ 1 bi', 'farmaciasbemviver.com.br', 'Av. Cândido de Abreu, 776', 'Centro Cívico', 'Curitiba', 'PR', '80530-000', '41'], ['Cerâmica Goiana Revestimentos Ltda.', 'Goiana Revestimentos', '2342-7/02 - Fabricação de azulejos e pisos', 'Médio', '100 a 249', 'R$ 30 mi a R$ 90 mi', 'goianarevestimentos.com.br', 'Rod. GO-060, km 7, Qd. 3', 'Setor Industrial', 'Trindade', 'GO', '75393-000', '62']]
const BR_JOBS = [['Gerente de Logística', 'Logística', 'Gerência'], ['Diretor de Operações', 'Operações', 'Diretoria'], ['Coordenadora de Supply Chain', 'Logística', 'Coordenação'], ['Comprador Sênior', 'Compras', 'Sênior'], ['Head de Transportes', 'Logística', 'Head'], ['CEO', 'Diretoria', 'C-Level']]

const SMS_ST = [['Entregado', '1'], ['Entregado', '1'], ['Entregado', '1'], ['Enviado', '2'], ['Entregado', '1'], ['No entregado', '5'], ['Número inválido', '8']]
// Hub2b: per marketplace [name, order number, carrier, tracking]
const HUB_MP = [['Mercado Livre', (o) => `2000${pad(+o.id * 7717 % 1000000000, 9)}`, (o) => (+o.id % 8 < 4 ? 'Mercado Envios Full' : 'Mercado Envios Flex'), (o, r) => `MEL${v.int(r, 40000000000, 49999999999)}FMDOF`], ['Magalu', (o) => `LU-${pad(+o.id * 311 % 100000000, 11)}`, () => 'Magalu Entregas', (o, r) => `MGL${v.int(r, 100000000, 999999999)}`], ['Amazon', (o) => `702-${pad(+o.id * 17 % 10000000, 7)}-${pad(+o.id * 91 % 10000000, 7)}`, (o) => (+o.id % 8 < 4 ? 'Amazon DBA' : 'Correios SEDEX'), (o, r) => (+o.id % 8 < 4 ? `TBA${v.int(r, 300000000000, 399999999999)}` : `QB${v.int(r, 100000000, 999999999)}BR`)], ['Shopee', (o) => `24${pad(+o.id * 53 % 1000000000000, 12)}`, () => 'Shopee Xpress', (o, r) => `BR${v.int(r, 2400000000000, 2499999999999)}`]]
const hubMp = (o) => row(HUB_MP, +o.id)
const HUB_ST = ['Entregue', 'Enviado', 'Faturado', 'Entregue', 'Aprovado', 'Entregue', 'Cancelado']
const hubSt = (o) => row(HUB_ST, +o.id >> 2)
const hubSent = (o) => ['Entregue', 'Enviado'].includes(hubSt(o))
const hubNf = (o) => ['Entregue', 'Enviado', 'Faturado'].includes(hubSt(o))
const GURU_ST = ['Aprovada', 'Aprovada', 'Aguardando pagamento', 'Aprovada', 'Cancelada', 'Reembolsada', 'Expirada']
const firm = (list, c) => list[+c.id % list.length]

export const SETS = [
  // ---------------------------------------------------------------- Spain: beauty-centre POS sales lines
  { name: 'koibox-listado-ventas-es', product: 'Koibox (software de gestión para centros de estética y peluquerías; Ventas > Listado de ventas > Exportar a Excel, one row per ticket line, Spanish UI, a two-centre Zaragoza beauty salon)', family: 'pos', language: 'es', schema: E, cols: [
    ['Nº Ticket', (c, o) => `T${bd(o.at).y}-${pad(+o.id % 100000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => `${dmy(madrid(o.at))} ${hm(biz(madrid(o.at)))}`, ['timestamp', OR('createdDate')]],
    ['Centro', (c, o) => (+o.id % 3 ? 'Zaragoza - Pza. San Francisco' : 'Zaragoza - Actur'), ['commerce.commerceScope.storeCode'], opt],
    ['Cliente', (c) => loc(c, 'es').full, []],
    ['Email cliente', (c, o, r) => (r() < 0.8 ? loc(c, 'es').email : ''), EMAIL_ID, opt],
    ['Móvil cliente', (c) => loc(c, 'es').mobile, PHONE_ID, opt],
    ['Tipo', (c, o, r, i) => row(KB_ITEMS, i + +o.id)[2], [], opt],
    ['Concepto', (c, o, r, i) => row(KB_ITEMS, i + +o.id)[0], [PL('name')]],
    ['Familia', (c, o, r, i) => row(KB_ITEMS, i + +o.id)[1], [PL('productCategories[0].categoryName')], opt],
    ['Referencia', (c, o, r, i) => row(KB_ITEMS, i + +o.id)[3], [PL('SKU')], opt],
    ['Profesional', (c, o) => row(KB_STAFF, +o.id), []],
    ['Cantidad', (c, o, r, i) => (row(KB_ITEMS, i + +o.id)[2] === 'Producto' ? String(o.qty > 2 ? 2 : o.qty) : '1'), [PL('quantity')]],
    ['Precio', (c, o, r, i) => num(row(KB_ITEMS, i + +o.id)[4]), [], opt],
    ['Dto. (€)', (c, o, r, i) => (o.discount ? num(row(KB_ITEMS, i + +o.id)[4] * 0.1) : '0,00'), [PL('discountAmount')], opt],
    ['Base imponible', (c, o, r, i) => { const it = row(KB_ITEMS, i + +o.id); const q = it[2] === 'Producto' ? (o.qty > 2 ? 2 : o.qty) : 1; return num(it[4] * q * (o.discount ? 0.9 : 1) / 1.21) }, [], opt],
    ['% IVA', () => '21', []],
    ['Cuota IVA', (c, o, r, i) => { const it = row(KB_ITEMS, i + +o.id); const q = it[2] === 'Producto' ? (o.qty > 2 ? 2 : o.qty) : 1; const t = it[4] * q * (o.discount ? 0.9 : 1); return num(t - t / 1.21) }, [OR('taxAmount')], opt],
    ['Total', (c, o, r, i) => { const it = row(KB_ITEMS, i + +o.id); const q = it[2] === 'Producto' ? (o.qty > 2 ? 2 : o.qty) : 1; return num(it[4] * q * (o.discount ? 0.9 : 1)) }, [PL('priceTotal')]],
    ['Forma de pago', (c, o, r, i) => { const f = row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Bono', 'Tarjeta regalo'], +o.id); return f === 'Bono' && row(KB_ITEMS, i + +o.id)[2] !== 'Servicio' ? 'Tarjeta' : f }, [OR('payments[0].paymentType')]],
    ['Estado', (c, o, r) => v.pick(r, ['Cobrada', 'Cobrada', 'Cobrada', 'Pendiente de cobro', 'Devuelta']), []],
    ['Factura simplificada', (c, o) => `FS${String(bd(o.at).y).slice(2)}/${pad(+o.id % 10000, 6)}`, [], opt],
    ['Puntos generados', (c, o, r, i) => String(Math.floor(row(KB_ITEMS, i + +o.id)[4] / 5)), []],
    ['Usuario', (c, o) => (+o.id % 2 ? 'recepcion.sanfrancisco' : 'recepcion.actur'), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Piel sensible, usar protocolo suave', 'Regalo cumpleaños', 'Cita reprogramada']), []],
  ] },
  // ---------------------------------------------------------------- Spain: chamber-of-commerce company database (B2B)
  { name: 'camerdata-seleccion-empresas-es', product: 'Camerdata (base de datos de empresas de las Cámaras de Comercio; Selección de empresas > Exportar a Excel con directivos, one row per company and executive, Spanish UI, a Valencia industrial-supplies distributor prospecting manufacturers in Aragón and the Comunidad Valenciana)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Razón social', (c) => firm(ES_FIRMS, c)[0], CO],
    ['Nombre comercial', (c) => firm(ES_FIRMS, c)[1], CO, opt],
    ['CIF', (c, o, r) => `${firm(ES_FIRMS, c)[2]}${v.int(r, 100000, 999999)}`, []],
    ['Forma jurídica', (c) => firm(ES_FIRMS, c)[5], []],
    ['Domicilio', (c) => `${firm(ES_FIRMS, c)[6]} ${1 + +c.id % 60}`, [W('street1')]],
    ['Código postal', (c) => firm(ES_FIRMS, c)[7], [W('postalCode')]],
    ['Población', (c) => firm(ES_FIRMS, c)[8], [W('city')]],
    ['Provincia', (c) => firm(ES_FIRMS, c)[9], STATE(['workAddress'])],
    ['Comunidad autónoma', (c) => firm(ES_FIRMS, c)[10], [W('region')], opt],
    ['Teléfono', (c, o, r) => { const pre = firm(ES_FIRMS, c)[11]; return pre === '96' ? `96 ${v.int(r, 100, 199)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : `${pre} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }, ['workPhone.number']],
    ['Fax', (c, o, r) => { if (r() >= 0.4) return ''; const pre = firm(ES_FIRMS, c)[11]; return pre === '96' ? `96 ${v.int(r, 100, 199)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : `${pre} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }, ['faxPhone.number'], opt],
    ['E-mail', (c) => `info@${firm(ES_FIRMS, c)[3]}`, WE],
    ['Web', (c) => `www.${firm(ES_FIRMS, c)[3]}`, ['b2b.companyWebsite']],
    ['CNAE 2009', (c) => firm(ES_FIRMS, c)[4], []],
    ['Año de constitución', (c, o, r) => String(v.int(r, 1962, 2015)), []],
    ['Empleados', (c, o, r) => v.pick(r, ['De 10 a 49', 'De 50 a 99', 'De 100 a 249', 'De 250 a 499']), []],
    ['Ventas', (c, o, r) => v.pick(r, ['De 1 a 2 millones de euros', 'De 2 a 10 millones de euros', 'De 10 a 50 millones de euros']), []],
    ['Exporta', (c, o, r) => (r() < 0.6 ? 'Sí' : 'No'), []],
    ['Importa', (c, o, r) => (r() < 0.45 ? 'Sí' : 'No'), []],
    ['Tratamiento', (c) => (loc(c, 'es').female ? 'Dña.' : 'D.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => loc(c, 'es').first, ['person.name.firstName']],
    ['Apellidos', (c) => loc(c, 'es').last, ['person.name.lastName']],
    ['Cargo', (c, o) => row(ES_JOBS, +o.id)[0], ['extendedWorkDetails.jobTitle']],
    ['Área funcional', (c, o) => row(ES_JOBS, +o.id)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Fecha de actualización', (c) => dmy(madrid(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Mexico: CFDI e-invoicing
  { name: 'enlace-fiscal-cfdi-emitidos-mx', product: 'Enlace Fiscal (proveedor de certificación de CFDI; Comprobantes > Emitidos > Exportar a Excel, one row per CFDI 4.0, Spanish (Mexico) UI, a Guadalajara coffee roaster invoicing cafés and consumers)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['UUID', (c, o, r) => v.uuid(r).toUpperCase(), ['_id'], opt],
    ['Serie', (c, o) => (+o.id % 4 === 0 ? 'NC' : 'A'), []],
    ['Folio', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')], opt],
    ['Fecha de emisión', (c, o) => { const p = biz(cdmx(o.at)); return `${ymd(p)}T${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Fecha de timbrado', (c, o) => { const p = biz(cdmx(o.at + 41000)); return `${ymd(p)}T${hms(p)}` }, [], opt],
    ['Tipo de comprobante', (c, o) => (+o.id % 4 === 0 ? 'E - Egreso' : 'I - Ingreso'), []],
    ['RFC receptor', (c, o, r) => (+o.id % 5 === 0 ? 'XAXX010101000' : +o.id % 2 ? `${slugify(loc(c, 'mx').l1).slice(0, 2).toUpperCase()}${slugify(loc(c, 'mx').l2)[0].toUpperCase()}${slugify(loc(c, 'mx').first)[0].toUpperCase()}${String(bd(c.birth).y).slice(2)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${v.alnum(r, 3).toUpperCase()}` : `${v.pick(r, ['CAM', 'TCO', 'GCE'])}${v.int(r, 10, 23)}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.alnum(r, 3).toUpperCase()}`), []],
    ['Nombre receptor', (c, o) => (+o.id % 5 === 0 ? 'PUBLICO EN GENERAL' : +o.id % 2 ? loc(c, 'mx').full.toUpperCase() : v.pick(() => (+o.id % 13) / 13, ['CAFETERIA LA MOLIENDA', 'TOSTADOS DEL CENTRO', 'GRUPO CAFETALERO EL ESTE'])), []],
    ['Régimen fiscal receptor', (c, o) => (+o.id % 5 === 0 ? '616 - Sin obligaciones fiscales' : +o.id % 2 ? '612 - Personas Físicas con Actividades Empresariales y Profesionales' : '601 - General de Ley Personas Morales'), []],
    ['Código postal receptor', (c) => loc(c, 'mx').place[1], [BILL('postalCode')]],
    ['Uso CFDI', (c, o) => (+o.id % 5 === 0 ? 'S01 - Sin efectos fiscales' : +o.id % 4 === 0 ? 'G02 - Devoluciones, descuentos o bonificaciones' : 'G03 - Gastos en general'), []],
    ['Correo receptor', (c, o, r) => (+o.id % 5 === 0 ? '' : loc(c, 'mx').email), EMAIL_ID, opt],
    ['Forma de pago', (c, o) => row(['03 - Transferencia electrónica de fondos', '04 - Tarjeta de crédito', '28 - Tarjeta de débito', '01 - Efectivo', '99 - Por definir'], +o.id), [OR('payments[0].paymentType')]],
    ['Método de pago', (c, o) => (+o.id % 5 === 4 ? 'PPD' : 'PUE'), [], opt],
    ['Moneda', () => 'MXN', [OR('currencyCode')]],
    ['Tipo de cambio', () => '1', []],
    ['Subtotal', (c, o, r, i) => num(row(MX_CONC, i + +o.id)[1], ',', '.'), [], opt],
    ['Descuento', (c, o, r, i) => (o.discount ? num(row(MX_CONC, i + +o.id)[1] * 0.05, ',', '.') : '0.00'), [OR('discountAmount')], opt],
    ['IVA trasladado', (c, o, r, i) => { const s = row(MX_CONC, i + +o.id)[1] * (o.discount ? 0.95 : 1); return num(/Café (de|molido|verde)/.test(row(MX_CONC, i + +o.id)[0]) ? 0 : s * 0.16, ',', '.') }, [OR('taxAmount')]],
    ['IVA retenido', () => '0.00', []],
    ['Total', (c, o, r, i) => { const s = row(MX_CONC, i + +o.id)[1] * (o.discount ? 0.95 : 1); return num(/Café (de|molido|verde)/.test(row(MX_CONC, i + +o.id)[0]) ? s : s * 1.16, ',', '.') }, [OR('priceTotal')]],
    ['Estatus', (c, o) => (+o.id % 10 === 7 ? 'Cancelado' : 'Vigente'), []],
    ['Fecha de cancelación', (c, o) => (+o.id % 10 === 7 ? (() => { const p = cdmx(o.at + 2 * day + 5400000); return `${ymd(p)}T${hms(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Concepto', (c, o, r, i) => row(MX_CONC, i + +o.id)[0], [PL('name')], opt],
    ['Orden de compra', (c, o) => (+o.id % 2 || +o.id % 5 === 0 ? '' : `OC-${v.int(() => (+o.id % 97) / 97, 2000, 9999)}`), [OR('purchaseOrderNumber')], opt],
    ['Sucursal', (c, o) => (+o.id % 3 ? 'Matriz Chapultepec' : 'Tienda en línea'), []],
  ] },
  // ---------------------------------------------------------------- Argentina: shipping aggregator
  { name: 'enviopack-envios-procesados-ar', product: 'Envíopack (plataforma de envíos; Envíos > Procesadas > Exportar, one row per shipment, Spanish (Argentina) UI, a Palermo sneaker store on Tiendanube sending by OCA, Andreani and Correo Argentino)', family: 'delivery', language: 'es', schema: E, cols: [
    ['ID envío', (c, o) => String(18000000 + +o.id * 211), ['_id'], opt],
    ['ID pedido', (c, o) => String(9400000 + +o.id * 37), [], opt],
    ['ID externo', (c, o) => `#${3000 + +o.id % 7000}`, [OR('purchaseID')]],
    ['Fecha de creación', (c, o) => `${dmy(bsas(o.at))} ${hm(bsas(o.at))}`, ['timestamp']],
    ['Fecha de despacho', (c, o, r) => (r() < 0.85 ? dmy(bsas(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'En camino', 'Procesado', 'No entregado', 'Devuelto al remitente']), []],
    ['Correo', (c, o) => row(['OCA', 'Andreani', 'Correo Argentino', 'OCA'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Servicio', (c, o) => (+o.id % 5 === 0 ? 'Prioritario' : 'Estándar'), ['commerce.shipping.shippingMethod'], opt],
    ['Modalidad', (c, o) => (+o.id % 3 === 0 ? 'Sucursal' : 'Domicilio'), [], opt],
    ['Número de seguimiento', (c, o, r) => row([`${v.int(r, 1000000000000, 9999999999999)}`, `36000${v.int(r, 10000000, 99999999)}`, `TN${v.int(r, 100000000, 999999999)}AR`, `${v.int(r, 1000000000000, 9999999999999)}`], +o.id), ['commerce.shipping.trackingNumber']],
    ['Destinatario', (c) => loc(c, 'ar').full, []],
    ['Email', (c) => loc(c, 'ar').email, EMAIL_ID, opt],
    ['Teléfono', (c) => loc(c, 'ar').mobile, PHONE_ID, opt],
    ['DNI', (c, o, r) => String(v.int(r, 20000000, 45999999)), []],
    ['Calle', (c) => loc(c, 'ar').street, [SHIP('street1')]],
    ['Número', (c, o, r) => String(v.int(r, 100, 5999)), [SHIP('street2')], opt],
    ['Piso', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 14)) : ''), [], opt],
    ['Depto', (c, o, r) => (r() < 0.4 ? v.pick(r, ['A', 'B', 'C', 'D', '4']) : ''), [], opt],
    ['Código postal', (c) => loc(c, 'ar').place[1], [SHIP('postalCode')]],
    ['Localidad', (c) => loc(c, 'ar').city, [SHIP('city')]],
    ['Provincia', (c) => loc(c, 'ar').place[2], STATE(SHIPA)],
    ['Sucursal de destino', (c, o) => (+o.id % 3 === 0 ? `${row(['OCA', 'Andreani', 'Correo Argentino', 'OCA'], +o.id)} - ${loc(c, 'ar').city} Centro` : ''), [], opt],
    ['Peso (kg)', (c, o) => num(0.8 + (+o.id % 7) * 0.35), []],
    ['Paquetes', () => '1', []],
    ['Valor declarado', (c, o) => num(o.subtotal * 1150), [], opt],
    ['Costo de envío', (c, o) => num(3900 + (+o.id % 9) * 410), ['commerce.shipping.shippingAmount'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Timbre no funciona, llamar al llegar', 'Dejar en portería', 'Cambio de talle']), []],
  ] },
  // ---------------------------------------------------------------- Colombia: SMS gateway delivery report
  { name: 'hablame-reporte-detallado-sms-co', product: 'Hablame.co (SMS masivo y transaccional; Reportes > Reporte detallado de envíos > Descargar CSV, one row per message, Spanish (Colombia) UI, a Medellín fashion retailer\'s promotions and order notifications)', family: 'sms', language: 'es', schema: E, cols: [
    ['Id', (c, o, r) => String(v.int(r, 400000000, 499999999)), ['_id']],
    ['Fecha envío', (c, o) => `${ymd(bogota(o.at))} ${hms(biz(bogota(o.at)))}`, ['timestamp']],
    ['Celular', (c) => loc(c, 'co').mobile, PHONE_ID],
    ['Mensaje', (c, o) => (+o.id % 3 ? `MODAVIVA: ${loc(c, 'co').first.split(' ')[0]}, 30% OFF en jeans este fin de semana en tiendas y modaviva.co. No recibir mas: envia SALIR` : `MODAVIVA: Tu pedido MV${o.id} fue despachado con Servientrega. Sigue tu envio en modaviva.co/rastreo`), []],
    ['Campaña', (c, o) => (+o.id % 3 ? 'Promo Jeans Fin de Semana' : ''), ['marketing.campaignName'], opt],
    ['Referencia', (c, o) => (+o.id % 3 ? '' : `MV${o.id}`), [], opt],
    ['Tipo', (c, o) => (+o.id % 3 ? 'Masivo' : 'Transaccional (API)'), [], opt],
    ['Remitente', () => '899799', []],
    ['Operador', (c, o, r) => v.pick(r, ['Claro', 'Claro', 'Movistar', 'Tigo', 'WOM']), ['environment.carrier'], opt],
    ['Estado', (c, o) => row(SMS_ST, +o.id >> 1)[0], []],
    ['Código estado', (c, o) => row(SMS_ST, +o.id >> 1)[1], []],
    ['Fecha entrega', (c, o) => (row(SMS_ST, +o.id >> 1)[0] === 'Entregado' ? `${ymd(bogota(o.at + 6000))} ${hms(biz(bogota(o.at + 6000)))}` : ''), [], opt],
    ['Partes', (c, o) => (+o.id % 3 ? '2' : '1'), []],
    ['Costo', (c, o) => (+o.id % 3 ? '16' : '8'), []],
    ['Enlace corto', (c, o, r) => (+o.id % 3 ? `hbl.me/${v.alnum(r, 6)}` : ''), [], opt],
    ['Clics', (c, o, r) => (+o.id % 3 ? (row(SMS_ST, +o.id >> 1)[0] === 'Entregado' ? String(v.int(r, 0, 2)) : '0') : ''), []],
    ['Usuario', (c, o) => (+o.id % 3 ? 'mercadeo@modaviva.co' : 'API'), []],
    ['Nombre contacto', (c, o) => (+o.id % 3 ? loc(c, 'co').full : ''), []],
    ['Lista', (c, o) => (+o.id % 3 ? 'Clientes Club ModaViva' : ''), []],
  ] },
  // ---------------------------------------------------------------- Chile: e-invoicing client register (B2B)
  { name: 'simplefactura-clientes-cl', product: 'SimpleFactura (Chilesystems; facturación electrónica SII; Mantenedores > Clientes > Exportar a Excel, one row per client (receptor), Spanish (Chile) UI, a Concepción hardware and industrial-supplies distributor invoicing companies)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['Código', (c) => String(100 + +c.id % 8000), B2BID, opt],
    ['RUT', (c, o, r) => { const n = v.int(r, 76000000, 77999999); return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}` }, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Razón Social', (c) => firm(CL_FIRMS, c)[0], CO],
    ['Nombre Fantasía', (c) => firm(CL_FIRMS, c)[1], CO, opt],
    ['Giro', (c) => firm(CL_FIRMS, c)[2], []],
    ['Dirección Facturación', (c) => loc(c, 'cl').street, [W('street1'), 'billingAddress.street1']],
    ['Dirección Particular', (c, o, r) => (r() < 0.3 ? `${v.pick(r, ['Camino a Coronel', 'Ruta 150', 'Av. Costanera'])} ${v.int(r, 100, 9999)}` : ''), [W('street1')], opt],
    ['Comuna', (c) => loc(c, 'cl').place[0], [W('city'), 'billingAddress.city', W('street3')], opt],
    ['Ciudad', (c) => loc(c, 'cl').place[1], [W('city'), 'billingAddress.city']],
    ['Región', (c) => loc(c, 'cl').place[2], [...STATE(['workAddress']), W('region')], opt],
    ['Correo Facturación', (c) => `dte@${firm(CL_FIRMS, c)[3]}`, WE, opt],
    ['Correo Particular', (c) => `${slugify(loc(c, 'cl').first)[0]}${slugify(loc(c, 'cl').l1)}@${firm(CL_FIRMS, c)[3]}`, WE],
    ['Teléfono', (c, o, r) => (r() < 0.5 ? (loc(c, 'cl').place[3] === '2' ? `+56 2 ${v.int(r, 2200, 2999)} ${v.int(r, 1000, 9999)}` : `+56 ${loc(c, 'cl').place[3]} ${v.int(r, 220, 299)} ${v.int(r, 1000, 9999)}`) : loc(c, 'cl').mobile), ['workPhone.number', 'mobilePhone.number']],
    ['Contacto', (c) => loc(c, 'cl').full, ['person.name.fullName']],
    ['Cargo Contacto', (c, o) => row(['Encargado de compras', 'Administración', 'Jefe de bodega', 'Gerente general'], +o.id), ['extendedWorkDetails.jobTitle'], opt],
    ['Condición de Pago', (c, o) => row(['Contado', '30 días', '30 días', '60 días'], +o.id), []],
    ['Lista de Precios', (c, o) => row(['Mayorista', 'General', 'Constructoras'], +o.id), []],
    ['Vendedor', (c, o) => row(['Pamela Urrutia', 'Héctor Sanhueza', 'Oficina'], +o.id), []],
    ['Activo', (c, o, r) => (r() < 0.9 ? 'Sí' : 'No'), []],
    ['Fecha Creación', (c) => dmy(santiago(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Peru: restaurant POS customers with points
  { name: 'restaurant-pe-clientes-pe', product: 'Restaurant.pe (sistema POS para restaurantes; Clientes > Exportar Excel, one row per customer with its loyalty points, Spanish (Peru) UI, a Miraflores cevichería chain with delivery)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Código', (c) => String(20000 + +c.id % 70000), ID],
    ['Tipo documento', (c, o) => (+o.id % 9 === 0 ? 'RUC' : +o.id % 11 === 0 ? 'CE' : 'DNI'), []],
    ['Nº documento', (c, o, r) => (+o.id % 9 === 0 ? `10${v.int(r, 40000000, 79999999)}${v.int(r, 0, 9)}` : +o.id % 11 === 0 ? `00${v.int(r, 1000000, 9999999)}` : String(v.int(r, 40000000, 79999999))), ['person.taxId'], opt],
    ['Nombres', (c) => loc(c, 'pe').first, ['person.name.firstName']],
    ['Apellidos', (c) => loc(c, 'pe').last, ['person.name.lastName']],
    ['Razón social', (c, o) => (+o.id % 9 === 0 ? `${loc(c, 'pe').l1.toUpperCase()} ${loc(c, 'pe').l2.toUpperCase()} ${loc(c, 'pe').first.toUpperCase()}` : ''), ['organizations[0]', 'person.name.fullName'], opt],
    ['Celular', (c) => loc(c, 'pe').mobile, ['mobilePhone.number']],
    ['Teléfono', (c, o, r) => (r() < 0.25 ? `(01) ${v.int(r, 221, 719)}-${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Correo', (c, o, r) => (r() < 0.75 ? loc(c, 'pe').email : ''), ['personalEmail.address']],
    ['Fecha nacimiento', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Sexo', (c) => (loc(c, 'pe').female ? 'F' : 'M'), ['person.gender']],
    ['Dirección', (c) => loc(c, 'pe').street, at(HOME, 'street1')],
    ['Referencia', (c, o, r) => v.pick(r, ['', 'Frente al parque Kennedy', 'Altura cdra. 5 de Benavides', 'Edificio color blanco, tocar intercomunicador', '']), [...at(HOME, 'street2'), ...at(HOME, 'street3')], opt],
    ['Distrito', (c) => loc(c, 'pe').city, at(HOME, 'city')],
    ['Departamento', (c) => loc(c, 'pe').place[2], STATE(HOME)],
    ['Nivel', (c, o, r) => v.pick(r, ['Clásico', 'Clásico', 'Plata', 'Oro']), ['loyalty.tier'], opt],
    ['Puntos acumulados', (c, o, r) => String(v.int(r, 0, 1800)), ['loyalty.points']],
    ['Puntos canjeados', (c, o, r) => String(v.int(r, 0, 1200)), ['loyalty.pointsRedeemed']],
    ['Total consumido', (c, o, r) => `S/ ${num(v.int(r, 4500, 650000) / 100, ',', '.')}`, ['loyalty.lifetimePurchases'], opt],
    ['Nº visitas', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Última visita', (c) => dmy(lima(later(c))), [], opt],
    ['Local preferido', (c, o, r) => v.pick(r, ['Miraflores - Av. La Mar', 'San Isidro', 'Surco - Primavera', 'Delivery']), []],
    ['Acepta publicidad', (c) => (c.bool ? 'SI' : 'NO'), [], opt],
    ['Fecha registro', (c) => `${dmy(lima(c.created))} ${hm(lima(c.created))}`, ['loyalty.joinDate'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Sin ají', 'Alergia a mariscos (solo causas y pollo)', 'Cliente corporativo']), []],
  ] },
  // ---------------------------------------------------------------- Brazil: digital checkout sales
  { name: 'guru-vendas-exportacao-br', product: 'Digital Manager Guru (checkout e gestão de vendas digitais; Vendas > Exportar (CSV), one row per transaction, Portuguese UI, a Belo Horizonte online English-course producer selling by Pix, boleto and card)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID Transação', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Status', (c, o) => GURU_ST[+o.id % 7], []],
    ['Data Pedido', (c, o) => `${dmy(brasilia(o.at))} ${hms(brasilia(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Data Confirmação', (c, o) => (['Aprovada', 'Reembolsada'].includes(GURU_ST[+o.id % 7]) ? `${dmy(brasilia(o.at + 95000))} ${hms(brasilia(o.at + 95000))}` : ''), [], opt],
    ['Data Cancelamento', (c, o) => (['Cancelada', 'Reembolsada', 'Expirada'].includes(GURU_ST[+o.id % 7]) ? `${dmy(brasilia(o.at + 3 * day))} ${hms(brasilia(o.at + 3 * day))}` : ''), [OR('cancelDate')], opt],
    ['Contato Nome', (c) => loc(c, 'br').full, []],
    ['Contato Email', (c) => loc(c, 'br').email, EMAIL_ID, opt],
    ['Contato Documento', (c) => loc(c, 'br').cpf, []],
    ['Contato Telefone', (c) => `+${loc(c, 'br').e164}`, PHONE_ID, opt],
    ['Contato CEP', (c) => loc(c, 'br').place[2], [BILL('postalCode')]],
    ['Contato Endereço', (c) => loc(c, 'br').street, [BILL('street1')]],
    ['Contato Número', (c) => loc(c, 'br').num, [BILL('street2')], opt],
    ['Contato Complemento', (c, o, r) => (r() < 0.4 ? `Apto ${v.int(r, 101, 1804)}` : ''), [BILL('street2')], opt],
    ['Contato Bairro', (c) => loc(c, 'br').place[3], [BILL('street3')], opt],
    ['Contato Cidade', (c) => loc(c, 'br').city, [BILL('city')]],
    ['Contato Estado', (c) => loc(c, 'br').place[1], STATE(BILLA)],
    ['Produto', (c, o) => row(GURU_OFF, +o.id)[0], [PL('name')]],
    ['Código Produto', (c, o) => row(GURU_OFF, +o.id)[1], [PL('SKU')]],
    ['Oferta', (c, o) => row(GURU_OFF, +o.id)[2], [], opt],
    ['Valor Venda', (c, o) => num(row(GURU_OFF, +o.id)[3]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valor Líquido', (c, o) => num(row(GURU_OFF, +o.id)[3] * 0.9501 - 1), []],
    ['Moeda', () => 'BRL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Forma de Pagamento', (c, o) => row(['Pix', 'Cartão de crédito', 'Boleto', 'Cartão de crédito', 'Pix'], +o.id >> 1), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (row(['Pix', 'Cartão de crédito', 'Boleto', 'Cartão de crédito', 'Pix'], +o.id >> 1) === 'Cartão de crédito' && row(GURU_OFF, +o.id)[3] > 100 ? String(row([1, 6, 12, 12], +o.id >> 2)) : '1'), []],
    ['Cupom', (c, o) => (o.discount ? 'VOLTAAULAS' : ''), ['commerce.promotionID'], opt],
    ['Afiliado', (c, o) => row(['', '', 'Prof. Camila Teacher', ''], +o.id), []],
    ['ID Assinatura', (c, o, r) => (row(GURU_OFF, +o.id)[1] === 'CLB-04' ? `sub_${v.alnum(r, 14)}` : ''), [], opt],
    ['utm_source', (c, o) => row(['instagram', 'youtube', '', 'google', 'email'], +o.id), [], opt],
    ['utm_campaign', (c, o) => row(['lancamento-marco', 'aula-gratuita-3', '', 'pesquisa-marca', 'carrinho-abandonado'], +o.id), ['marketing.campaignName'], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: marketplace integrator order items
  { name: 'hub2b-pedidos-exportacao-br', product: 'Hub2b (integrador de marketplaces; Pedidos > Exportar planilha, one row per order item, Portuguese UI, a Curitiba kitchenware seller on Mercado Livre, Magalu, Amazon and Shopee)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Pedido Hub2b', (c, o) => String(5200000 + +o.id * 13), ['_id'], opt],
    ['Pedido Marketplace', (c, o) => hubMp(o)[1](o), [OR('purchaseID')]],
    ['Marketplace', (c, o) => hubMp(o)[0], [], opt],
    ['Data Pedido', (c, o) => `${dmy(brasilia(o.at))} ${hm(brasilia(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => hubSt(o), []],
    ['Cliente', (c) => loc(c, 'br').full, []],
    ['CPF/CNPJ', (c) => loc(c, 'br').cpf.replace(/\D/g, ''), []],
    ['E-mail', (c, o) => (hubMp(o)[0] === 'Mercado Livre' ? `${slugify(loc(c, 'br').first)}.${v.alnum(v.rng(+o.id * 59 + 7), 6).toLowerCase()}+2${o.id}@mail.mercadolivre.com` : hubMp(o)[0] === 'Shopee' ? '' : loc(c, 'br').email), EMAIL_ID, opt],
    ['Telefone', (c, o) => (hubMp(o)[0] === 'Shopee' ? '' : loc(c, 'br').mobile), PHONE_ID, opt],
    ['Endereço', (c) => loc(c, 'br').street, [SHIP('street1')]],
    ['Número', (c) => loc(c, 'br').num, [SHIP('street2')], opt],
    ['Complemento', (c, o, r) => (r() < 0.35 ? `Apto ${v.int(r, 11, 1504)}` : ''), [SHIP('street2'), SHIP('street3')], opt],
    ['Bairro', (c) => loc(c, 'br').place[3], [SHIP('street3')], opt],
    ['Cidade', (c) => loc(c, 'br').city, [SHIP('city')]],
    ['UF', (c) => loc(c, 'br').place[1], STATE(SHIPA)],
    ['CEP', (c) => loc(c, 'br').place[2].replace('-', ''), [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => row(BR_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => row(BR_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Quantidade', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Preço Unitário', (c, o, r, i) => num(row(BR_ITEMS, i + +o.id)[2]), [], opt],
    ['Total Item', (c, o, r, i) => num(row(BR_ITEMS, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Frete', (c, o) => (o.shipping ? num(18.9 + (+o.id % 5) * 4) : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => (o.discount ? '15,00' : '0,00'), [OR('discountAmount')], opt],
    ['Total Pedido', (c, o, r, i) => num(row(BR_ITEMS, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty) + (o.shipping ? 18.9 + (+o.id % 5) * 4 : 0) - (o.discount ? 15 : 0)), [OR('priceTotal')]],
    ['Forma de Pagamento', (c, o) => row(['Cartão de crédito', 'Pix', 'Cartão de crédito', 'Boleto', 'Mercado Pago'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Transportadora', (c, o) => hubMp(o)[2](o), ['commerce.shipping.shippingMethod']],
    ['Código de Rastreio', (c, o, r) => (hubSent(o) ? hubMp(o)[3](o, r) : ''), ['commerce.shipping.trackingNumber']],
    ['Data de Envio', (c, o) => (hubSent(o) ? dmy(brasilia(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Nota Fiscal', (c, o) => (hubNf(o) ? String(10000 + +o.id % 30000) : ''), [], opt],
    ['Chave NF-e', (c, o) => { if (!hubNf(o)) return ''; const p = brasilia(o.at); return `41${String(p.y).slice(2)}${pad(p.m)}3456789000011255001${pad(10000 + +o.id % 30000, 9)}1${pad(+o.id * 7919 % 100000000, 8)}${+o.id % 10}` }, []],
  ] },
  // ---------------------------------------------------------------- Brazil: WhatsApp chatbot contacts
  { name: 'botconversa-contatos-exportados-br', product: 'Botconversa (chatbot e marketing no WhatsApp; Contatos > Exportar CSV, one row per subscriber with custom fields, Portuguese UI, a Recife dental clinic\'s WhatsApp audience)', family: 'marketing-automation', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(90000000 + +c.id * 37), ID],
    ['Nome', (c) => loc(c, 'bp').first, ['person.name.firstName']],
    ['Sobrenome', (c, o, r) => (r() < 0.8 ? loc(c, 'bp').last : ''), ['person.name.lastName']],
    ['Telefone', (c) => loc(c, 'bp').e164, ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.55 ? loc(c, 'bp').email : ''), ['personalEmail.address']],
    ['Etiquetas', (c, o, r) => v.pick(r, ['lead-implante', 'paciente, retorno-6m', 'clareamento, promo-junho', '', 'paciente']), []],
    ['Sequências', (c, o, r) => v.pick(r, ['Boas-vindas', 'Lembrete de retorno', '', 'Pós-avaliação']), []],
    ['Inscrito em', (c) => `${dmy(brasilia(c.created))} ${hm(brasilia(c.created))}`, [], opt],
    ['Última interação', (c) => `${dmy(brasilia(later(c)))} ${hm(biz(brasilia(later(c))))}`, [], opt],
    ['Status', (c, o, r) => (r() < 0.9 ? 'Inscrito' : 'Cancelou inscrição'), [], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Link do WhatsApp', 'Anúncio Click-to-WhatsApp', 'Importação', 'Widget do site']), []],
    ['Atendente', (c, o, r) => v.pick(r, ['', 'Recepção Boa Viagem', 'Dra. Lívia', '']), []],
    ['cpf', (c, o, r) => (r() < 0.5 ? loc(c, 'bp').cpf : ''), ['person.taxId']],
    ['data_nascimento', (c, o, r) => (r() < 0.5 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['cidade', (c) => loc(c, 'bp').city, at(HOME, 'city')],
    ['bairro', (c) => loc(c, 'bp').place[3], at(HOME, 'street3'), opt],
    ['convenio', (c, o, r) => v.pick(r, ['Particular', 'Odontoprev', 'Amil Dental', 'SulAmérica Odonto', '']), []],
    ['procedimento_interesse', (c, o, r) => v.pick(r, ['Implante', 'Clareamento', 'Aparelho invisível', 'Limpeza', '']), []],
    ['ultima_consulta', (c, o, r) => (r() < 0.6 ? dmy(brasilia(later(c) - 90 * day)) : ''), [], opt],
    ['Bloqueado', (c, o, r) => (r() < 0.05 ? 'Sim' : 'Não'), []],
  ] },
  // ---------------------------------------------------------------- Brazil: B2B prospecting list
  { name: 'cortex-growth-lista-prospeccao-br', product: 'Cortex Growth (Cortex Intelligence, São Paulo; Prospecção > Listas > Exportar CSV, one row per decision-maker with its company, Portuguese UI, a logistics-software vendor prospecting manufacturers and distributors)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c, o, r) => `${pad(v.int(r, 1, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 10, 99))}`, []],
    ['Razão Social', (c) => firm(BR_FIRMS, c)[0], CO],
    ['Nome Fantasia', (c) => firm(BR_FIRMS, c)[1], CO, opt],
    ['CNAE Principal', (c) => firm(BR_FIRMS, c)[2], []],
    ['Porte', (c) => firm(BR_FIRMS, c)[3], []],
    ['Faixa de Funcionários', (c) => firm(BR_FIRMS, c)[4], []],
    ['Faturamento Estimado', (c) => firm(BR_FIRMS, c)[5], []],
    ['Logradouro', (c) => firm(BR_FIRMS, c)[7], [W('street1')]],
    ['Bairro', (c) => firm(BR_FIRMS, c)[8], [W('street3')], opt],
    ['Município', (c) => firm(BR_FIRMS, c)[9], [W('city')]],
    ['UF', (c) => firm(BR_FIRMS, c)[10], STATE(['workAddress'])],
    ['CEP', (c) => firm(BR_FIRMS, c)[11], [W('postalCode')]],
    ['Site', (c) => `https://www.${firm(BR_FIRMS, c)[6]}`, ['b2b.companyWebsite']],
    ['Telefone Empresa', (c, o, r) => `(${firm(BR_FIRMS, c)[12]}) ${v.int(r, 3000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number'], opt],
    ['Nome do Contato', (c) => loc(c, 'br').full, ['person.name.fullName']],
    ['Cargo', (c, o) => row(BR_JOBS, +o.id)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c, o) => row(BR_JOBS, +o.id)[1], ['extendedWorkDetails.departments[0]']],
    ['Nível Hierárquico', (c, o) => row(BR_JOBS, +o.id)[2], []],
    ['E-mail Corporativo', (c, o) => (+o.id % 5 ? `${slugify(loc(c, 'br').first)}.${slugify(loc(c, 'br').last)}@${firm(BR_FIRMS, c)[6]}` : ''), ['workEmail.address']],
    ['Status do E-mail', (c, o) => (+o.id % 5 ? row(['Válido', 'Válido', 'Catch-all', 'Válido'], +o.id) : ''), ['workEmail.status'], opt],
    ['Celular', (c, o) => (+o.id % 3 ? `(${firm(BR_FIRMS, c)[12]}) ${loc(c, 'br').cel.slice(0, 5)}-${loc(c, 'br').cel.slice(5)}` : ''), ['mobilePhone.number']],
    ['LinkedIn', (c, o, r) => `https://www.linkedin.com/in/${slugify(loc(c, 'br').first)}-${slugify(loc(c, 'br').last)}-${v.hex(r, 8)}`, []],
    ['Data de Exportação', (c) => dmy(brasilia(later(c))), [], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: POS loyalty customers
  { name: 'xd-software-clientes-cartao-pt', product: 'XD Software (XD Rest / XD POS, Portugal; Ficheiros > Clientes > Exportar para Excel, one row per customer with its customer card and points, European Portuguese UI, a Porto bakery-café chain)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(1000 + +c.id % 60000), ID],
    ['Nome', (c) => loc(c, 'pt').full, ['person.name.fullName']],
    ['Contribuinte', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['1', '2', '2', '3'])}${v.int(r, 10000000, 99999999)}` : ''), ['person.taxId'], opt],
    ['Morada', (c) => loc(c, 'pt').street, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Código Postal', (c) => loc(c, 'pt').place[1], [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Localidade', (c) => loc(c, 'pt').city, [...at(HOME, 'city'), 'billingAddress.city']],
    ['País', () => 'PT', [...at(HOME, 'countryCode'), 'billingAddress.countryCode']],
    ['Telefone', (c, o, r) => (r() < 0.2 ? `22 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Telemóvel', (c) => loc(c, 'pt').mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? loc(c, 'pt').email : ''), ['personalEmail.address']],
    ['Data Nascimento', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth), '-') : ''), ['person.birthDate']],
    ['Sexo', (c) => (loc(c, 'pt').female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Tipo Cliente', (c, o) => (+o.id % 9 === 0 ? 'Funcionário' : 'Particular'), []],
    ['N.º Cartão', (c) => `2${pad(+c.id * 17 % 1000000000, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Pontos', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['Pontos Ganhos', (c, o, r) => String(v.int(r, 900, 6000)), ['loyalty.lifetimePoints']],
    ['Pontos Descontados', (c, o, r) => String(v.int(r, 0, 5000)), ['loyalty.pointsRedeemed']],
    ['Saldo Cartão', (c, o, r) => num(v.int(r, 0, 2500) / 100, ' '), []],
    ['Desconto (%)', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Total Compras', (c, o, r) => num(v.int(r, 1500, 220000) / 100, ' '), ['loyalty.lifetimePurchases'], opt],
    ['Data Registo', (c) => dmy(lisboa(c.created), '-'), ['loyalty.joinDate'], opt],
    ['Última Compra', (c) => `${dmy(lisboa(later(c)), '-')} ${hm(biz(lisboa(later(c))))}`, [], opt],
    ['Aceita Publicidade', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Inativo', (c, o, r) => (r() < 0.07 ? 'Sim' : 'Não'), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Encomenda de bolo todas as sextas', 'Intolerante ao glúten', 'Fatura com NIF da empresa']), []],
  ] },
]
