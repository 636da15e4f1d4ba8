// Round 101, heldout101: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Spanish- and Portuguese-language products of Brazil, Mexico, Colombia,
// Chile, Peru, Argentina, Spain and Portugal: NFS-e and CFDI invoices, Pix charges, restaurant delivery orders and
// POS tickets, e-commerce customers, a POS customer book with its points wallet, WhatsApp contacts, an e-mail list,
// and ERP / e-invoicing client books with their contact person.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
// local times written without offset
const brt = (ms) => shift(ms, -3) // Brasília
const mxt = (ms) => shift(ms, -6) // Ciudad de México
const cot = (ms) => shift(ms, -5) // Bogotá / Lima
const clt = (ms) => shift(ms, -4) // Santiago
const art = (ms) => shift(ms, -3) // Buenos Aires
const cet = (ms) => shift(ms, 1) // Madrid
const wet = (ms) => shift(ms, 0) // Lisboa
const bdate = (c) => dmy(v.parts(c.birth))
// amounts: decimal comma and thousands point (BR, ES, PT, AR, CL, CO), or point decimals and comma thousands (MX, PE)
const com = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const dot = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${b}` }
const plain = (n) => (Math.round(n * 100) / 100).toFixed(2)
const brl = (n) => `R$ ${com(n)}`
const clp = (n) => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const CO = ['b2b.companyName', 'organizations[0]']
const STORE = ['commerce.commerceScope.storeCode']
const W = ['workAddress']

// ---------------------------------------------------------------- local people and places, seeded by the row's person
const LOC = {
  br: {
    first: [['Lucas', 'Ana'], ['Gabriel', 'Mariana'], ['Rafael', 'Juliana'], ['Thiago', 'Camila'], ['Bruno', 'Fernanda'], ['Felipe', 'Larissa'], ['Gustavo', 'Beatriz'], ['Rodrigo', 'Patrícia'], ['Leonardo', 'Aline'], ['Matheus', 'Letícia']],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Araújo'],
    // [cidade, UF, CEP, bairro, DDD]
    places: [['São Paulo', 'SP', '04538-133', 'Itaim Bibi', '11'], ['São Paulo', 'SP', '05422-030', 'Pinheiros', '11'], ['Campinas', 'SP', '13025-320', 'Cambuí', '19'], ['Rio de Janeiro', 'RJ', '22290-160', 'Botafogo', '21'], ['Belo Horizonte', 'MG', '30140-071', 'Funcionários', '31'], ['Curitiba', 'PR', '80240-210', 'Batel', '41'], ['Porto Alegre', 'RS', '90570-020', 'Moinhos de Vento', '51'], ['Salvador', 'BA', '41820-020', 'Pituba', '71'], ['Recife', 'PE', '52011-000', 'Graças', '81'], ['Florianópolis', 'SC', '88015-200', 'Centro', '48']],
    streets: ['Rua Augusta', 'Av. Paulista', 'Rua dos Pinheiros', 'Rua Oscar Freire', 'Av. Brigadeiro Faria Lima', 'Rua Voluntários da Pátria', 'Rua XV de Novembro', 'Av. Getúlio Vargas', 'Rua Padre Chagas', 'Rua das Laranjeiras'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br', 'icloud.com'],
  },
  mx: {
    first: [['José', 'María'], ['Juan', 'Guadalupe'], ['Luis', 'Fernanda'], ['Carlos', 'Daniela'], ['Jorge', 'Alejandra'], ['Miguel', 'Andrea'], ['Alejandro', 'Mariana'], ['Eduardo', 'Gabriela'], ['Ricardo', 'Karla'], ['Arturo', 'Verónica']],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez'],
    // [ciudad/municipio, estado, CP, colonia, lada]
    places: [['Guadalajara', 'Jalisco', '44160', 'Americana', '33'], ['Zapopan', 'Jalisco', '45116', 'Ciudad Granja', '33'], ['Tlaquepaque', 'Jalisco', '45500', 'Centro', '33'], ['Autlán de Navarro', 'Jalisco', '48900', 'Centro', '317'], ['Ciudad de México', 'CDMX', '06700', 'Roma Norte', '55'], ['Monterrey', 'Nuevo León', '64000', 'Centro', '81'], ['Puebla', 'Puebla', '72000', 'Centro', '222'], ['Morelia', 'Michoacán', '58000', 'Centro', '443']],
    streets: ['Av. Juárez', 'Calle Hidalgo', 'Av. Vallarta', 'Calle Morelos', 'Av. Chapultepec', 'Calle Independencia', 'Av. Revolución', 'Calle Guerrero', 'Calle Allende', 'Av. López Mateos'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx', 'icloud.com'],
  },
  co: {
    first: [['Santiago', 'Valentina'], ['Andrés', 'Daniela'], ['Juan Camilo', 'Laura'], ['Sebastián', 'Natalia'], ['Felipe', 'Carolina'], ['Julián', 'Paola'], ['Diego', 'Manuela'], ['Camilo', 'Juliana'], ['Mauricio', 'Catalina'], ['Óscar', 'Lina']],
    last: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Restrepo', 'Vargas', 'Castro', 'Ospina', 'Zapata', 'Cárdenas', 'Moreno', 'Rojas'],
    // [ciudad, departamento, código DANE municipio, dirección de empresa]
    places: [['Medellín', 'Antioquia', '05001'], ['Envigado', 'Antioquia', '05266'], ['Itagüí', 'Antioquia', '05360'], ['Bogotá, D.C.', 'Bogotá, D.C.', '11001'], ['Cali', 'Valle del Cauca', '76001'], ['Barranquilla', 'Atlántico', '08001'], ['Rionegro', 'Antioquia', '05615']],
    streets: ['Cra 43A # 1-50', 'Calle 10 # 38-22', 'Cra 48 # 52 Sur-81', 'Calle 30 # 65-15', 'Av. El Poblado # 5A-113', 'Cra 7 # 71-21', 'Calle 50 # 46-36', 'Circular 1 # 70-08'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  },
  cl: {
    first: [['Benjamín', 'Sofía'], ['Matías', 'Isidora'], ['Vicente', 'Javiera'], ['Martín', 'Catalina'], ['Joaquín', 'Antonia'], ['Cristóbal', 'Constanza'], ['Tomás', 'Francisca'], ['Ignacio', 'Fernanda'], ['Felipe', 'Valentina'], ['Diego', 'Camila']],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Hernández', 'Torres'],
    // [comuna, región]
    places: [['Las Condes', 'Metropolitana'], ['Providencia', 'Metropolitana'], ['Ñuñoa', 'Metropolitana'], ['Santiago', 'Metropolitana'], ['Maipú', 'Metropolitana'], ['La Florida', 'Metropolitana'], ['Viña del Mar', 'Valparaíso'], ['Concepción', 'Biobío']],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'live.cl'],
  },
  ar: {
    first: [['Juan Pablo', 'Sofía'], ['Martín', 'Lucía'], ['Nicolás', 'Florencia'], ['Facundo', 'Agustina'], ['Gonzalo', 'Camila'], ['Federico', 'Micaela'], ['Matías', 'Carolina'], ['Pablo', 'Valeria'], ['Santiago', 'Romina'], ['Leandro', 'Julieta']],
    last: ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'Romero', 'Sosa', 'Álvarez', 'Benítez', 'Acosta', 'Medina', 'Ferraro', 'Rossi'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com'],
  },
  pe: {
    first: [['Luis', 'Rosa'], ['Jorge', 'Milagros'], ['Carlos', 'Carmen'], ['Renzo', 'Lucía'], ['Diego', 'Andrea'], ['Miguel', 'Katherine'], ['César', 'Giuliana'], ['Álvaro', 'Fiorella'], ['Raúl', 'Patricia'], ['Víctor', 'Jessica']],
    last: ['Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'García', 'Huamán', 'Mendoza', 'Chávez', 'Ramírez', 'Torres', 'Vargas', 'Castillo', 'Rojas', 'Salazar', 'Espinoza', 'Paredes'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  },
  es: {
    first: [['Javier', 'Lucía'], ['David', 'María'], ['Alejandro', 'Laura'], ['Daniel', 'Marta'], ['Pablo', 'Paula'], ['Sergio', 'Cristina'], ['Jordi', 'Núria'], ['Marc', 'Anna'], ['Álvaro', 'Elena'], ['Adrián', 'Irene']],
    last: ['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Puig', 'Ferrer', 'Vidal', 'Soler', 'Romero', 'Navarro', 'Torres', 'Serra', 'Molina', 'Ruiz'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'],
  },
  pt: {
    first: [['João', 'Maria'], ['Tiago', 'Inês'], ['Rodrigo', 'Beatriz'], ['Miguel', 'Ana'], ['Diogo', 'Mariana'], ['Ricardo', 'Sofia'], ['Nuno', 'Catarina'], ['Pedro', 'Joana'], ['André', 'Rita'], ['Gonçalo', 'Marta']],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Almeida'],
    // [localidade, distrito, código postal]
    places: [['Lisboa', 'Lisboa', '1000-093'], ['Lisboa', 'Lisboa', '1250-096'], ['Porto', 'Porto', '4000-322'], ['Vila Nova de Gaia', 'Porto', '4400-129'], ['Braga', 'Braga', '4700-320'], ['Coimbra', 'Coimbra', '3000-150'], ['Amadora', 'Lisboa', '2700-612'], ['Setúbal', 'Setúbal', '2900-066'], ['Aveiro', 'Aveiro', '3810-164']],
    streets: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Avenida da Boavista', 'Rua do Souto', 'Rua Ferreira Borges', 'Avenida da República', 'Rua Direita'],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'netcabo.pt'],
  },
}
const memo = new Map()
const loc = (c, k) => {
  const key = `${k}|${c.id}|${c.first}`
  if (memo.has(key)) return memo.get(key)
  const L = LOC[k]
  const r = v.rng(+c.id * 37 + c.last.length * 11 + k.charCodeAt(0) * 7 + k.charCodeAt(1))
  const female = r() < 0.5
  const first = v.pick(r, L.first)[female ? 1 : 0], last = v.pick(r, L.last), last2 = v.pick(r, L.last)
  const place = L.places ? v.pick(r, L.places) : null
  const p = {
    female, first, last, last2, place,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 70, 99) : ''}@${v.pick(r, L.mail)}`,
    street: L.streets ? v.pick(r, L.streets) : '', num: String(v.int(r, 10, 2400)),
    n8: pad(v.int(r, 0, 9999), 4), n4: pad(v.int(r, 0, 9999), 4), d3: String(v.int(r, 100, 999)),
    cpf: `${pad(v.int(r, 100, 999), 3)}.${pad(v.int(r, 100, 999), 3)}.${pad(v.int(r, 100, 999), 3)}-${pad(v.int(r, 0, 99))}`,
    r1: r(), r2: r(), r3: r(),
  }
  memo.set(key, p)
  return p
}
const br = (c) => loc(c, 'br'), mx = (c) => loc(c, 'mx'), co = (c) => loc(c, 'co'), cl = (c) => loc(c, 'cl')
const ar = (c) => loc(c, 'ar'), pe = (c) => loc(c, 'pe'), es = (c) => loc(c, 'es'), pt = (c) => loc(c, 'pt')
const brCel = (c) => `(${br(c).place[4]}) 9${br(c).d3.slice(0, 1)}${br(c).n8.slice(0, 3)}-${br(c).n4}`
const brCelE164 = (c) => `55${br(c).place[4]}9${br(c).d3.slice(0, 1)}${br(c).n8.slice(0, 3)}${br(c).n4}`

// ---------------------------------------------------------------- catalogues
// eNotas: a Curitiba software-training company's service invoices: [serviço, código LC 116, valor]
const SERV = [['Curso online de Excel Avançado - turma mensal', '08.02', 497], ['Mentoria individual em Power BI (4 encontros)', '08.02', 1200], ['Assinatura anual plataforma de cursos', '01.07', 958.8], ['Workshop in company de análise de dados', '08.02', 6800], ['Curso online de SQL para iniciantes', '08.02', 297]]
// Saipos: a São Paulo burger and açaí restaurant: [item, preço]
const MENU = [['X-Burger Artesanal', 32.9], ['Smash Duplo', 38.9], ['Combo Cheddar Bacon + Batata + Refri', 49.9], ['Açaí 500ml', 24.0], ['Batata Rústica Grande', 19.9], ['Burger Veggie', 34.9], ['Milkshake Ovomaltine', 21.9]]
// Cuiner: a Barcelona tapas bar: [familia, artículo, PVP, IVA]
const TAPAS = [['TAPAS', 'Patatas bravas', 5.9], ['TAPAS', 'Croquetas de jamón (6u)', 8.5], ['TAPAS', 'Pan con tomate', 3.2], ['BEBIDAS', 'Caña Estrella Damm', 2.8], ['BEBIDAS', 'Vermut de la casa', 3.5], ['RACIONES', 'Pulpo a la gallega', 16.9], ['RACIONES', 'Calamares a la andaluza', 12.5], ['POSTRES', 'Crema catalana', 5.5], ['BEBIDAS', 'Agua mineral 50cl', 2.2]]
// Contalink / Mifact / World Office / Finnegans client companies
const MXCO = [['Ferretería y Materiales El Nogal, S.A. de C.V.', 'FMN0911203K7', '601 - General de Ley Personas Morales', 'G01 - Adquisición de mercancías'], ['Constructora Valle de Atemajac, S.A. de C.V.', 'CVA150604MJ2', '601 - General de Ley Personas Morales', 'G03 - Gastos en general'], ['Servicios Agrícolas Costa Alegre, S.C.', 'SAC0803117H4', '601 - General de Ley Personas Morales', 'G03 - Gastos en general'], ['PÚBLICO EN GENERAL', 'XAXX010101000', '616 - Sin obligaciones fiscales', 'S01 - Sin efectos fiscales'], ['Distribuidora Eléctrica Tapatía, S. de R.L. de C.V.', 'DET170922QW1', '601 - General de Ley Personas Morales', 'G01 - Adquisición de mercancías']]
const COCO = [['Distribuciones Andinas S.A.S.', '901.245.873', '4', 'distribucionesandinas.com.co'], ['Textiles La Montaña Ltda.', '800.134.552', '1', 'textileslamontana.com'], ['Inversiones Ríos y Cía S.A.S.', '900.872.116', '7', 'inversionesrios.co'], ['Clínica Veterinaria Los Alpes S.A.S.', '901.503.228', '0', 'vetlosalpes.com'], ['Comercializadora Paisa Express S.A.S.', '900.399.614', '2', 'paisaexpress.com.co'], ['Agroinsumos del Oriente S.A.', '811.022.937', '5', 'agrooriente.com.co']]
const PECO = [['DISTRIBUIDORA SAN MARTIN DE PORRES S.A.C.', '20601234567', 'Av. Tomás Valle 1450', 'Los Olivos', 'LIMA'], ['CONSTRUCTORA E INMOBILIARIA LOS ANDES S.A.', '20100456781', 'Calle Las Begonias 475 Of. 602', 'San Isidro', 'LIMA'], ['CORPORACION AGRICOLA NORTE S.A.C.', '20480213345', 'Av. España 1120', 'Trujillo', 'LA LIBERTAD'], ['INVERSIONES GASTRONOMICAS MIRAFLORES E.I.R.L.', '20605789012', 'Av. José Larco 812', 'Miraflores', 'LIMA'], ['LABORATORIOS FARMA SUR S.A.C.', '20455123986', 'Calle Mercaderes 212', 'Arequipa', 'AREQUIPA']]
const ARCO = [['Metalúrgica San Justo S.A.', '30-70845123-9', 'Responsable Inscripto', 'Av. Presidente Perón 3450', 'San Justo', 'Buenos Aires', 'B1754', 'metalurgicasanjusto.com.ar'], ['Agropecuaria Los Talas S.R.L.', '30-71234589-4', 'Responsable Inscripto', 'Ruta 8 Km 245', 'Pergamino', 'Buenos Aires', 'B2700', 'lostalas.com.ar'], ['Distribuidora Rosarina de Alimentos S.A.', '30-69512478-1', 'Responsable Inscripto', 'Bv. Oroño 1230', 'Rosario', 'Santa Fe', 'S2000', 'dralimentos.com.ar'], ['Estudio Contable Medina & Asoc.', '30-71598224-6', 'Responsable Inscripto', 'Av. Córdoba 1345 Piso 7', 'Ciudad Autónoma de Buenos Aires', 'Capital Federal', 'C1055', 'estudiomedina.com.ar'], ['Logística Cuyana S.A.S.', '30-71689001-2', 'Responsable Inscripto', 'Acceso Este 2100', 'Guaymallén', 'Mendoza', 'M5521', 'logisticacuyana.com.ar'], ['Ferreira Hnos. S.H.', '30-71022345-7', 'Monotributo', 'Av. Colón 2255', 'Córdoba', 'Córdoba', 'X5003', 'ferreirahnos.com.ar']]
const JOBS_ES = ['Jefe de Compras', 'Gerente General', 'Contadora', 'Gerente Administrativo', 'Analista de Compras', 'Director Comercial', 'Asistente Contable', 'Jefa de Tesorería']
const ccol = (c) => row(COCO, +c.id % 6), cpe = (c) => row(PECO, +c.id % 5), car = (c) => row(ARCO, +c.id % 6)
const coWorkMail = (c, dom) => `${slug(c.first)[0]}${slug(c.last)}@${dom}`

export const SETS = [
  // ---------------------------------------------------------------- invoicing (Brazil, NFS-e)
  { name: 'enotas-notas-fiscais-servico-export-pt', product: 'eNotas (eNotas Gateway: Notas Fiscais > Notas emitidas > Exportar (Excel), Portuguese (Brazil) UI, a Curitiba online-training company issuing NFS-e for course sales)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['Id', (c, o) => v.uuid(v.rng(+o.id * 5 + 3)), ['_id'], opt],
    ['Id Externo', (c, o) => `pedido-${80000 + +o.id % 20000}`, [OR('purchaseID')]],
    ['Número', (c, o) => String(2000 + +o.id % 3000), [OR('purchaseID'), '_id'], opt],
    ['Código de Verificação', (c, o) => v.alnum(v.rng(+o.id + 9), 8).toUpperCase(), []],
    ['Número RPS', (c, o) => String(2100 + +o.id % 3000), [], opt],
    ['Série RPS', () => '1', []],
    ['Status', (c, o) => row(['Autorizada', 'Autorizada', 'Autorizada', 'Cancelada', 'Autorizada', 'Negada'], +o.id % 6), [], opt],
    ['Motivo Status', (c, o) => (+o.id % 6 === 5 ? 'E160 - Tomador com CPF/CNPJ inválido' : ''), []],
    ['Data Criação', (c, o) => `${dmy(brt(o.at))} ${hms(brt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Data Competência', (c, o) => dmy(brt(o.at)), [], opt],
    ['Data Autorização', (c, o) => (+o.id % 6 === 5 ? '' : `${dmy(brt(o.at + 120000))} ${hms(brt(o.at + 120000))}`), [], opt],
    ['Cliente Nome', (c) => `${br(c).first} ${br(c).last}`, []],
    ['Cliente CPF/CNPJ', (c) => br(c).cpf, []],
    ['Cliente Email', (c) => br(c).email, EMAIL_ID, opt],
    ['Cliente Telefone', (c) => brCel(c), PHONE_ID, opt],
    ['Cliente Cidade', (c) => br(c).place[0], [BILL('city')]],
    ['Cliente UF', (c) => br(c).place[1], STATE(['commerce.billing.address'])],
    ['Cliente CEP', (c) => br(c).place[2], [BILL('postalCode')]],
    ['Descrição', (c, o, r, i) => row(SERV, i + +o.id)[0], [PL('name')], opt],
    ['Código Serviço Municipal', (c, o, r, i) => row(SERV, i + +o.id)[1], []],
    ['Valor Total', (c, o, r, i) => com(row(SERV, i + +o.id)[2]), [OR('priceTotal')]],
    ['Alíquota ISS', () => '2,00', []],
    ['Valor ISS', (c, o, r, i) => com(row(SERV, i + +o.id)[2] * 0.02), [OR('taxAmount')], opt],
    ['ISS Retido', () => 'Não', []],
    ['Enviada por Email', (c, o) => (+o.id % 6 === 5 ? 'Não' : 'Sim'), []],
    ['Link PDF', (c, o) => `https://api.enotasgw.com.br/file/${v.hex(v.rng(+o.id + 1), 24)}/pdf`, [], opt],
  ] },
  // ---------------------------------------------------------------- delivery orders (Brazil)
  { name: 'saipos-pedidos-delivery-export-pt', product: 'Saipos (restaurant management: Relatórios > Vendas > Pedidos > Exportar Excel, Portuguese (Brazil) UI, a São Paulo burger and açaí restaurant taking iFood, own-site, WhatsApp and counter orders)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Código', (c, o) => String(400000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['Nº Pedido', (c, o) => String(1 + +o.id % 250), [], opt],
    ['Data', (c, o) => `${dmy(brt(o.at))} ${hm(brt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Loja', () => 'Burger da Vila - Pinheiros', STORE, opt],
    ['Canal', (c, o) => row(['iFood', 'Cardápio Digital', 'WhatsApp', 'Balcão', 'iFood', 'Telefone'], +o.id % 6), [], opt],
    ['Tipo', (c, o) => row(['Entrega', 'Entrega', 'Entrega', 'Balcão', 'Retirada', 'Entrega'], +o.id % 6), ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Concluído', 'Concluído', 'Concluído', 'Cancelado']), [], opt],
    ['Cliente', (c, o) => (+o.id % 6 === 3 ? '' : `${br(c).first} ${br(c).last}`), []],
    ['Telefone', (c, o) => (+o.id % 6 === 3 ? '' : brCel(c)), PHONE_ID, opt],
    ['Endereço', (c, o) => ([3, 4].includes(+o.id % 6) ? '' : `${br(c).street}, ${br(c).num}`), [SHIP('street1')]],
    ['Complemento', (c, o) => ([3, 4].includes(+o.id % 6) || br(c).r1 < 0.5 ? '' : `Apto ${v.int(() => br(c).r2, 11, 182)}`), [SHIP('street2')]],
    ['Bairro', (c, o) => ([3, 4].includes(+o.id % 6) ? '' : v.pick(() => br(c).r3, ['Pinheiros', 'Vila Madalena', 'Alto de Pinheiros', 'Jardim Paulistano', 'Sumarezinho'])), [SHIP('street2'), SHIP('region')], opt],
    ['Itens', (c, o, r, i) => `${o.qty}x ${row(MENU, i + +o.id)[0]}; 1x ${row(MENU, i + +o.id + 3)[0]}`, [PL('name')], opt],
    ['Qtd. Itens', (c, o) => String(o.qty + 1), [], opt],
    ['Subtotal', (c, o, r, i) => com(o.qty * row(MENU, i + +o.id)[1] + row(MENU, i + +o.id + 3)[1]), [], opt],
    ['Taxa de Entrega', (c, o) => com([3, 4].includes(+o.id % 6) ? 0 : row([6.99, 5.0, 7.5], +o.id % 3)), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => com(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['Acréscimo', () => '0,00', []],
    ['Total', (c, o, r, i) => com(o.qty * row(MENU, i + +o.id)[1] + row(MENU, i + +o.id + 3)[1] + ([3, 4].includes(+o.id % 6) ? 0 : row([6.99, 5.0, 7.5], +o.id % 3)) - (o.discount ? 10 : 0)), [OR('priceTotal')]],
    ['Forma de Pagamento', (c, o) => row(['Pago online (iFood)', 'Pix', 'Cartão de Crédito', 'Dinheiro', 'Pago online (iFood)', 'Cartão de Débito'], +o.id % 6), [OR('payments[0].paymentType')], opt],
    ['Troco para', (c, o) => (+o.id % 6 === 3 ? '100,00' : ''), []],
    ['Entregador', (c, o) => ([0, 1, 2, 5].includes(+o.id % 6) ? row(['Entrega Parceira iFood', 'Wellington', 'Jefferson'], +o.id % 3) : ''), []],
    ['Observação', (c, o, r) => v.pick(r, ['', '', '', 'Sem cebola', 'Mandar ketchup extra', 'Interfonar 42']), []],
  ] },
  // ---------------------------------------------------------------- payments (Brazil, Pix)
  { name: 'woovi-cobrancas-pix-export-pt', product: 'Woovi, formerly OpenPix (Cobranças > Exportar CSV, Portuguese (Brazil) UI, a Belo Horizonte supplements e-shop charging by Pix; columns after the documented charge fields)', family: 'payments', language: 'pt', schema: E, cols: [
    ['correlationID', (c, o) => v.uuid(v.rng(+o.id * 7 + 1)), [OR('purchaseID'), '_id'], opt],
    ['Identificador', (c, o) => v.hex(v.rng(+o.id * 3 + 2), 32), ['_id', OR('payments[0].transactionID')], opt],
    ['Status', (c, o) => row(['Pago', 'Pago', 'Pago', 'Expirado', 'Pago', 'Ativo'], +o.id % 6), [], opt],
    ['Valor', (c, o) => brl(o.total * 2.5), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa', (c, o) => (+o.id % 6 === 3 || +o.id % 6 === 5 ? 'R$ 0,00' : brl(Math.min(o.total * 2.5 * 0.008, 5))), []],
    ['Comentário', (c, o) => `Pedido #${30000 + +o.id % 9000} - Loja Suplementa BH`, [], opt],
    ['Criado em', (c, o) => `${dmy(brt(o.at))} ${hms(brt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Pago em', (c, o, r) => ([3, 5].includes(+o.id % 6) ? '' : `${dmy(brt(o.at + v.int(r, 30, 900) * 1000))} ${hms(brt(o.at + v.int(r, 30, 900) * 1000))}`), [], opt],
    ['Expira em', (c, o) => `${dmy(brt(o.at + day))} ${hms(brt(o.at + day))}`, [], opt],
    ['Cliente', (c) => `${br(c).first} ${br(c).last}`, []],
    ['CPF/CNPJ', (c) => br(c).cpf.replace(/\D/g, ''), []],
    ['E-mail', (c) => br(c).email, EMAIL_ID],
    ['Telefone', (c) => `+${brCelE164(c)}`, PHONE_ID],
    ['Pagador', (c, o) => ([3, 5].includes(+o.id % 6) ? '' : `${br(c).first} ${br(c).last}`.toUpperCase()), []],
    ['Instituição do pagador', (c, o) => ([3, 5].includes(+o.id % 6) ? '' : row(['NU PAGAMENTOS - IP', 'ITAÚ UNIBANCO S.A.', 'BCO DO BRASIL S.A.', '', 'PICPAY', 'BCO INTER S.A.'], +o.id % 6)), []],
    ['End to End ID', (c, o) => ([3, 5].includes(+o.id % 6) ? '' : `E${row(['18236120', '60701190', '00000000', '', '22896431', '00416968'], +o.id % 6)}${ymd(brt(o.at)).replace(/-/g, '')}${pad(brt(o.at).H)}${pad(brt(o.at).M)}${v.alnum(v.rng(+o.id), 11)}`), [OR('payments[0].transactionID')], opt],
    ['Tipo', () => 'DYNAMIC', []],
    ['Método', () => 'Pix', [OR('payments[0].paymentType')], opt],
    ['Link de pagamento', (c, o) => `https://woovi.com/pay/${v.uuid(v.rng(+o.id * 7 + 1))}`, [], opt],
    ['Cashback', (c, o) => (+o.id % 4 === 0 && ![3, 5].includes(+o.id % 6) ? brl(o.total * 2.5 * 0.01) : ''), []],
  ] },
  // ---------------------------------------------------------------- e-commerce customers (Brazil)
  { name: 'irroba-clientes-exportar-pt', product: 'Irroba (e-commerce platform, painel: Clientes > Exportar clientes (CSV), Portuguese (Brazil) UI, a Campinas women\'s fashion store)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(10000 + +c.id % 90000), ['_id', 'personID']],
    ['Nome', (c) => br(c).first, ['person.name.firstName']],
    ['Sobrenome', (c) => br(c).last, ['person.name.lastName']],
    ['E-mail', (c) => br(c).email, ['personalEmail.address']],
    ['CPF', (c) => br(c).cpf, ['person.taxId']],
    ['Data de Nascimento', (c) => bdate(c), ['person.birthDate']],
    ['Sexo', (c) => (br(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Telefone', (c) => (br(c).r1 < 0.3 ? `(${br(c).place[4]}) 3${br(c).d3}-${br(c).n4}` : ''), ['homePhone.number']],
    ['Celular', (c) => brCel(c), ['mobilePhone.number']],
    ['CEP', (c) => br(c).place[2], at(HOME, 'postalCode')],
    ['Endereço', (c) => br(c).street, at(HOME, 'street1')],
    ['Número', (c) => br(c).num, at(HOME, 'street1'), opt],
    ['Complemento', (c) => (br(c).r2 < 0.4 ? `Apto ${v.int(() => br(c).r3, 11, 154)}` : ''), at(HOME, 'street2')],
    ['Bairro', (c) => br(c).place[3], [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['Cidade', (c) => br(c).place[0], at(HOME, 'city')],
    ['Estado', (c) => br(c).place[1], STATE(HOME)],
    ['Grupo de Clientes', (c) => (c.bool ? 'Varejo' : 'Clientes VIP'), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Status', (c) => (br(c).r3 < 0.95 ? 'Ativo' : 'Inativo'), [], opt],
    ['Total de Pedidos', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Total Gasto', (c, o, r) => com(v.int(r, 0, 480000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['IP de Cadastro', (c, o, r) => v.ip4(r), [], opt],
    ['Data de Cadastro', (c) => `${dmy(brt(c.created))} ${hms(brt(c.created))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- invoicing (Mexico, CFDI)
  { name: 'contalink-cfdi-emitidos-export-es', product: 'Contalink (contabilidad en la nube: Facturación > CFDI emitidos > Exportar a Excel, descargados del SAT, Spanish (Mexico) UI, a Guadalajara building-materials distributor)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['UUID', (c, o) => v.uuid(v.rng(+o.id * 11 + 5)).toUpperCase(), ['_id'], opt],
    ['Serie', (c, o) => (+o.id % 8 === 0 ? 'NC' : 'A'), []],
    ['Folio', (c, o) => String(8000 + +o.id % 4000), [OR('purchaseID')]],
    ['Tipo de comprobante', (c, o) => (+o.id % 8 === 0 ? 'E - Egreso' : 'I - Ingreso'), [], opt],
    ['Fecha de emisión', (c, o) => `${ymd(mxt(o.at))}T${hms(mxt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Fecha de timbrado', (c, o) => `${ymd(mxt(o.at + 40000))}T${hms(mxt(o.at + 40000))}`, [], opt],
    ['RFC emisor', () => 'MCO0705149T3', []],
    ['Nombre emisor', () => 'MATERIALES Y CONSTRUCCIONES DE OCCIDENTE', []],
    ['RFC receptor', (c, o) => row(MXCO, +o.id % 5)[1], []],
    ['Nombre receptor', (c, o) => row(MXCO, +o.id % 5)[0].toUpperCase(), []],
    ['Régimen fiscal receptor', (c, o) => row(MXCO, +o.id % 5)[2], []],
    ['Uso CFDI', (c, o) => row(MXCO, +o.id % 5)[3], []],
    ['CP receptor', (c, o) => row(['44940', '45079', '48900', '45030', '44460'], +o.id % 5), [BILL('postalCode')], opt],
    ['Subtotal', (c, o) => dot(o.subtotal * 40), [], opt],
    ['Descuento', (c, o) => dot(o.discount * 40), [OR('discountAmount')], opt],
    ['IVA trasladado', (c, o) => dot((o.subtotal - o.discount) * 40 * 0.16), [OR('taxAmount')]],
    ['Total', (c, o) => dot((o.subtotal - o.discount) * 40 * 1.16), [OR('priceTotal')]],
    ['Moneda', (c, o) => (+o.id % 10 === 0 ? 'USD' : 'MXN'), [OR('currencyCode')]],
    ['Tipo de cambio', (c, o) => (+o.id % 10 === 0 ? '17.2450' : '1'), []],
    ['Método de pago', (c, o) => (+o.id % 3 === 0 ? 'PPD - Pago en parcialidades o diferido' : 'PUE - Pago en una sola exhibición'), [], opt],
    ['Forma de pago', (c, o) => (+o.id % 3 === 0 ? '99 - Por definir' : row(['03 - Transferencia electrónica de fondos', '01 - Efectivo', '04 - Tarjeta de crédito'], +o.id % 3)), [OR('payments[0].paymentType')], opt],
    ['Estatus SAT', (c, o) => (+o.id % 13 === 0 ? 'Cancelado' : 'Vigente'), [], opt],
    ['Saldo pendiente', (c, o) => (+o.id % 3 === 0 ? dot((o.subtotal - o.discount) * 40 * 1.16) : '0.00'), []],
    ['Póliza', (c, o) => `Ig-${pad(+o.id % 300 + 1, 4)}`, []],
  ] },
  // ---------------------------------------------------------------- POS customers with points wallet (Mexico)
  { name: 'sicar-clientes-monedero-export-es', product: 'SICAR Punto de Venta (Catálogos > Clientes > Exportar a Excel, with the monedero electrónico and crédito columns, Spanish (Mexico) UI, a hardware store in Autlán and Zapopan)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Clave', (c) => String(1 + +c.id % 6000), ['_id', 'personID']],
    ['Nombre', (c) => `${mx(c).first} ${mx(c).last} ${mx(c).last2}`.toUpperCase(), ['person.name.fullName']],
    ['RFC', (c) => `${slug(mx(c).last).slice(0, 2).toUpperCase()}${slug(mx(c).last2)[0].toUpperCase()}${slug(mx(c).first)[0].toUpperCase()}${String(v.parts(c.birth).y).slice(2)}${pad(v.parts(c.birth).m)}${pad(v.parts(c.birth).d)}${v.alnum(v.rng(+c.id), 3).toUpperCase()}`, ['person.taxId']],
    ['Régimen Fiscal', () => '612 - Personas Físicas con Actividades Empresariales y Profesionales', []],
    ['Calle', (c) => mx(c).street, at(HOME, 'street1')],
    ['No. Ext.', (c) => mx(c).num.slice(0, 3), at(HOME, 'street1'), opt],
    ['No. Int.', (c) => (mx(c).r1 < 0.25 ? `Int. ${v.int(() => mx(c).r2, 1, 12)}` : ''), at(HOME, 'street2')],
    ['Colonia', (c) => mx(c).place[3], [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['C.P.', (c) => mx(c).place[2], at(HOME, 'postalCode')],
    ['Ciudad', (c) => mx(c).place[0], at(HOME, 'city')],
    ['Estado', (c) => mx(c).place[1], STATE(HOME)],
    ['País', () => 'México', at(HOME, 'country')],
    ['Teléfono', (c) => (mx(c).r3 < 0.4 ? `${mx(c).place[4]} ${mx(c).d3} ${mx(c).n4}` : ''), ['homePhone.number']],
    ['Celular', (c) => `${mx(c).place[4].length === 2 ? mx(c).place[4] : mx(c).place[4]} ${mx(c).n8} ${mx(c).n4}`.slice(0, 14), ['mobilePhone.number']],
    ['Correo', (c) => (mx(c).r2 < 0.8 ? mx(c).email : ''), ['personalEmail.address']],
    ['Límite de Crédito', (c) => (mx(c).r1 < 0.3 ? dot(row([5000, 10000, 20000], +c.id % 3)) : '0.00'), []],
    ['Días de Crédito', (c) => (mx(c).r1 < 0.3 ? '30' : '0'), []],
    ['Saldo', (c, o, r) => (mx(c).r1 < 0.3 ? dot(v.int(r, 0, 800000) / 100) : '0.00'), []],
    ['Precio', (c) => row(['Precio 1', 'Precio 1', 'Precio 2', 'Mayoreo'], +c.id % 4), [], opt],
    ['Descuento %', (c) => row(['0', '0', '5', '10'], +c.id % 4), []],
    ['Tarjeta Monedero', (c) => `77${pad(+c.id * 17 % 10000000000, 10)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Saldo Monedero', (c, o, r) => dot(v.int(r, 0, 95000) / 100), ['loyalty.points'], opt],
    ['Fecha Alta', (c) => dmy(mxt(c.created)), ['loyalty.joinDate'], opt],
    ['Status', (c) => (mx(c).r3 < 0.93 ? 'Activo' : 'Inactivo'), [], opt],
    ['Comentario', (c, o, r) => v.pick(r, ['', '', '', 'Contratista - obra en Las Lomas', 'Pedir INE para crédito']), []],
  ] },
  // ---------------------------------------------------------------- WhatsApp contacts (Chile)
  { name: 'chattigo-contactos-whatsapp-export-cl', product: 'Chattigo (plataforma omnicanal de WhatsApp Business API: Contactos > Exportar, CSV, Spanish (Chile) UI, a Santiago home-appliance retailer\'s WhatsApp sales and service line)', family: 'marketing-automation', language: 'es', schema: P, cols: [
    ['ID Contacto', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Nombre', (c) => cl(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${cl(c).last}`, ['person.name.lastName']],
    ['Nombre perfil WhatsApp', (c) => (cl(c).r1 < 0.6 ? `${cl(c).first} ${cl(c).last[0]}.` : v.pick(() => cl(c).r2, ['🌻 ' + cl(c).first, cl(c).first.toLowerCase(), 'Mami de ' + v.pick(() => cl(c).r3, ['Tomás', 'Emilia', 'Agustín'])])), [], opt],
    ['Teléfono', (c) => `569${cl(c).n8.slice(0, 2)}${cl(c).d3}${cl(c).n4}`, ['mobilePhone.number']],
    ['Email', (c) => (cl(c).r2 < 0.55 ? cl(c).email : ''), ['personalEmail.address']],
    ['RUT', (c) => `${v.int(() => cl(c).r3, 8, 24)}.${cl(c).d3}.${String(cl(c).n4).slice(0, 3)}-${'0123456789K'[+c.id % 11]}`, ['person.taxId']],
    ['Comuna', (c) => cl(c).place[0], at(HOME, 'city'), opt],
    ['Región', (c) => cl(c).place[1], STATE(HOME), opt],
    ['Canal', () => 'WhatsApp', [], opt],
    ['Campaña', (c, o) => row(['Cyber Day', 'Postventa', 'Ventas Online', 'Black Friday', 'Ventas Online'], +o.id % 5), [], opt],
    ['Etiquetas', (c, o) => row(['cliente;garantia', 'lead', 'cliente', 'lead;cyber', ''], +o.id % 5), [], opt],
    ['Agente asignado', (c, o) => row(['Constanza R.', 'Bot', 'Felipe M.', 'Bot', 'Javiera P.'], +o.id % 5), []],
    ['Estado', (c, o) => row(['Cerrado', 'Abierto', 'Cerrado', 'En espera', 'Cerrado'], +o.id % 5), [], opt],
    ['Opt-in', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Fecha de creación', (c) => `${dmy(clt(c.created), '-')} ${hms(clt(c.created))}`, [], opt],
    ['Último mensaje', (c) => `${dmy(clt(Math.max(c.created, c.updated)), '-')} ${hms(clt(Math.max(c.created, c.updated)))}`, [], opt],
    ['Conversaciones', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['Monto última compra', (c, o, r) => (r() < 0.5 ? clp(v.int(r, 19990, 899990)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- POS tickets (Spain)
  { name: 'cuiner-tickets-lineas-export-es', product: 'Cuiner (TPV de hostelería, Cuiner Central: Consultas > Ventas > Tickets detallados > Exportar a Excel, one row per ticket line, Spanish UI, a Barcelona tapas bar)', family: 'pos', language: 'es', schema: E, cols: [
    ['Local', () => 'BAR LA RAMBLETA - GRÀCIA', STORE, opt],
    ['Terminal', (c, o) => row(['TPV1', 'TPV1', 'PDA2'], +o.id % 3), []],
    ['Serie', () => 'T', []],
    ['Nº Ticket', (c, o) => `T${v.parts(o.at).y % 100}/${pad(+o.id % 90000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(cet(o.at)), ['timestamp'], opt],
    ['Hora', (c, o) => hms(cet(o.at)), ['timestamp'], opt],
    ['Mesa', (c, o) => row(['M04', 'T12', 'BARRA', 'M07', 'TERRAZA 3'], +o.id % 5), []],
    ['Comensales', (c, o) => String(1 + +o.id % 4), []],
    ['Camarero', (c, o) => row(['MONTSE', 'ORIOL', 'PAULA'], +o.id % 3), []],
    ['Familia', (c, o, r, i) => row(TAPAS, i + +o.id)[0], [PL('productCategories[0].categoryName')], opt],
    ['Código', (c, o, r, i) => String(100 + (i + +o.id) % TAPAS.length * 7), [PL('SKU')]],
    ['Artículo', (c, o, r, i) => row(TAPAS, i + +o.id)[1], [PL('name')]],
    ['Unidades', (c, o) => `${o.qty},00`, [PL('quantity')]],
    ['Precio', (c, o, r, i) => com(row(TAPAS, i + +o.id)[2]), [], opt],
    ['Dto. %', (c, o) => (o.discount ? '10,00' : '0,00'), []],
    ['Importe', (c, o, r, i) => com(row(TAPAS, i + +o.id)[2] * o.qty * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['% IVA', () => '10,00', []],
    ['Base Imponible', (c, o, r, i) => com(row(TAPAS, i + +o.id)[2] * o.qty * (o.discount ? 0.9 : 1) / 1.1), [], opt],
    ['Total Ticket', (c, o, r, i) => com(row(TAPAS, i + +o.id)[2] * o.qty * (o.discount ? 0.9 : 1) + row(TAPAS, i + +o.id + 4)[2] * 2), [OR('priceTotal')]],
    ['Forma de Pago', (c, o) => row(['TARJETA', 'EFECTIVO', 'TARJETA', 'BIZUM', 'TARJETA'], +o.id % 5), [OR('payments[0].paymentType')], opt],
    ['Cliente', (c, o) => (+o.id % 7 === 0 ? `${es(c).first} ${es(c).last}`.toUpperCase() : ''), []],
    ['Anulado', (c, o) => (+o.id % 23 === 0 ? 'S' : 'N'), [], opt],
  ] },
  // ---------------------------------------------------------------- e-mail marketing (Portugal)
  { name: 'sendys-contactos-exportar-pt', product: 'Sendys (e-mail marketing, Portugal: Contactos > Listas > Exportar contactos (CSV), European Portuguese UI, a Porto bookshop and café chain\'s newsletter)', family: 'email', language: 'pt', schema: P, cols: [
    ['Email', (c) => pt(c).email, ['personalEmail.address']],
    ['Nome', (c) => pt(c).first, ['person.name.firstName']],
    ['Apelido', (c) => pt(c).last, ['person.name.lastName']],
    ['Telemóvel', (c) => `+351 9${v.pick(() => pt(c).r1, ['1', '2', '3', '6'])}${pt(c).d3.slice(0, 1)} ${pt(c).d3} ${pt(c).n4.slice(0, 3)}`, ['mobilePhone.number']],
    ['Data de nascimento', (c) => dmy(v.parts(c.birth), '-'), ['person.birthDate']],
    ['Género', (c) => (pt(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['NIF', (c) => (pt(c).r2 < 0.4 ? `2${pt(c).n8}${pt(c).n4}`.slice(0, 9) : ''), ['person.taxId'], opt],
    ['Morada', (c) => (pt(c).r3 < 0.6 ? `${pt(c).street}, ${pt(c).num.slice(0, 3)}` : ''), at(HOME, 'street1')],
    ['Código Postal', (c) => (pt(c).r3 < 0.6 ? pt(c).place[2] : ''), at(HOME, 'postalCode')],
    ['Localidade', (c) => pt(c).place[0], at(HOME, 'city')],
    ['Distrito', (c) => pt(c).place[1], [...STATE(HOME), ...at(HOME, 'region')], opt],
    ['País', () => 'Portugal', at(HOME, 'country')],
    ['Loja preferida', (c) => row(['Porto - Baixa', 'Porto - Foz', 'Braga', 'Online'], +c.id % 4), [], opt],
    ['Estado', (c) => (pt(c).r1 < 0.9 ? 'Ativo' : pt(c).r1 < 0.96 ? 'Removido' : 'Devolvido'), ['personalEmail.status'], opt],
    ['Origem', (c) => row(['Formulário site', 'Importação', 'Loja (tablet)', 'Formulário site'], +c.id % 4), [], opt],
    ['Consentimento RGPD', () => 'Sim', [], opt],
    ['Data de subscrição', (c) => `${dmy(wet(c.created), '-')} ${hm(wet(c.created))}`, [], opt],
    ['Última abertura', (c) => (pt(c).r2 < 0.7 ? `${dmy(wet(c.updated), '-')} ${hm(wet(c.updated))}` : ''), [], opt],
    ['Aberturas', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Cliques', (c, o, r) => String(v.int(r, 0, 14)), []],
  ] },
  // ---------------------------------------------------------------- ERP client book (Colombia)
  { name: 'world-office-terceros-contactos-export-co', product: 'World Office (ERP colombiano: Terceros > Listado de terceros > Exportar a Excel, with the tercero\'s contact person, Spanish (Colombia) UI, a Medellín wholesale distributor of cleaning supplies)', family: 'crm', language: 'es', schema: B, cols: [
    ['Tipo Identificación', () => 'NIT', []],
    ['Identificación', (c) => ccol(c)[1].replace(/\./g, ''), ['b2b.accountKey.sourceID'], opt],
    ['DV', (c) => ccol(c)[2], []],
    ['Razón Social', (c) => ccol(c)[0], CO],
    ['Nombre Comercial', (c) => ccol(c)[0].replace(/ (S\.A\.S\.|Ltda\.|S\.A\.|& Cía)$/u, ''), CO, opt],
    ['Tipo Tercero', (c) => row(['Cliente', 'Cliente', 'Cliente;Proveedor', 'Cliente', 'Cliente', 'Cliente'], +c.id % 6), ['b2b.personType'], opt],
    ['Clasificación', (c) => row(['Mayorista', 'Institucional', 'Mayorista', 'Institucional', 'Minorista', 'Mayorista'], +c.id % 6), [], opt],
    ['Responsabilidad Fiscal', (c) => row(['O-13 Gran contribuyente', 'R-99-PN No responsable', 'O-47 Régimen simple', 'R-99-PN No responsable', 'O-15 Autorretenedor', 'R-99-PN No responsable'], +c.id % 6), []],
    ['Dirección', (c) => co(c).street, at(W, 'street1')],
    ['Ciudad', (c) => co(c).place[0], at(W, 'city')],
    ['Departamento', (c) => co(c).place[1], STATE(W)],
    ['Código Municipio', (c) => co(c).place[2], [], opt],
    ['País', () => 'Colombia', at(W, 'country')],
    ['Teléfono', (c) => `604 ${co(c).d3} ${co(c).n4}`, ['workPhone.number']],
    ['Celular', (c) => `3${v.pick(() => co(c).r1, ['00', '01', '04', '10', '12', '15', '16', '20', '22'])} ${co(c).d3} ${co(c).n4}`, ['mobilePhone.number']],
    ['Correo Electrónico', (c) => coWorkMail(co(c), ccol(c)[3]), ['workEmail.address']],
    ['Correo Factura Electrónica', (c) => `facturacion@${ccol(c)[3]}`, [], opt],
    ['Contacto', (c) => `${co(c).first} ${co(c).last}`, ['person.name.fullName']],
    ['Cargo Contacto', (c) => JOBS_ES[+c.id % 8], ['extendedWorkDetails.jobTitle']],
    ['Vendedor', (c) => row(['JUAN DAVID ARANGO', 'PAULA ANDREA MEJÍA', 'OFICINA'], +c.id % 3), []],
    ['Lista de Precios', (c) => row(['Lista 1', 'Lista 2', 'Lista 1'], +c.id % 3), []],
    ['Plazo (días)', (c) => row(['30', '60', '30', '0', '45', '30'], +c.id % 6), []],
    ['Cupo Crédito', (c) => com(row([15000000, 40000000, 8000000, 0, 25000000, 12000000], +c.id % 6)).replace(',00', ''), []],
    ['Fecha Creación', (c) => dmy(cot(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Activo', (c) => (co(c).r3 < 0.9 ? 'Sí' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- e-invoicing client book (Peru)
  { name: 'mifact-clientes-adquirientes-export-pe', product: 'Mifact (facturación electrónica SUNAT: Mantenimiento > Clientes > Exportar a Excel, with a contact person per client, Spanish (Peru) UI, a Lima industrial-packaging supplier)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['Código', (c) => `CL${pad(+c.id % 10000, 5)}`, B2BID],
    ['Tipo Doc.', () => '6 - RUC', []],
    ['Nro. Documento', (c) => cpe(c)[1], ['b2b.accountKey.sourceID'], opt],
    ['Razón Social', (c) => cpe(c)[0], CO],
    ['Dirección Fiscal', (c) => cpe(c)[2], at(W, 'street1')],
    ['Distrito', (c) => cpe(c)[3], [...at(W, 'city'), ...at(W, 'region')], opt],
    ['Provincia', (c) => (cpe(c)[4] === 'LIMA' ? 'LIMA' : cpe(c)[3].toUpperCase()), at(W, 'city'), opt],
    ['Departamento', (c) => cpe(c)[4], STATE(W)],
    ['Ubigeo', (c) => row(['150117', '150131', '130101', '150122', '040101'], +c.id % 5), [], opt],
    ['País', () => 'PERÚ', at(W, 'country')],
    ['Contacto', (c) => `${pe(c).first} ${pe(c).last} ${pe(c).last2}`, ['person.name.fullName']],
    ['Cargo', (c) => JOBS_ES[(+c.id + 2) % 8], ['extendedWorkDetails.jobTitle']],
    ['Teléfono', (c) => `(01) ${pe(c).d3}-${pe(c).n4}`, ['workPhone.number']],
    ['Celular', (c) => `9${pe(c).n8.slice(0, 2)} ${pe(c).d3} ${pe(c).n4.slice(0, 3)}`, ['mobilePhone.number']],
    ['Correo', (c) => `${slug(pe(c).first)[0]}${slug(pe(c).last)}@${slug(cpe(c)[0]).slice(0, 12)}.com.pe`, ['workEmail.address']],
    ['Correo CC', (c) => `contabilidad@${slug(cpe(c)[0]).slice(0, 12)}.com.pe`, [], opt],
    ['Condición SUNAT', (c) => (pe(c).r1 < 0.95 ? 'HABIDO' : 'NO HALLADO'), []],
    ['Estado SUNAT', (c) => (pe(c).r2 < 0.97 ? 'ACTIVO' : 'BAJA DE OFICIO'), [], opt],
    ['Agente Retención', (c) => (+c.id % 5 === 1 ? 'SI' : 'NO'), []],
    ['Forma de Pago', (c) => row(['Crédito 30 días', 'Contado', 'Crédito 60 días', 'Contado', 'Crédito 30 días'], +c.id % 5), []],
    ['Moneda', (c) => (+c.id % 5 === 2 ? 'USD' : 'PEN'), []],
    ['Fecha Registro', (c) => dmy(cot(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Usuario', (c) => row(['ADMIN', 'VENTAS01', 'VENTAS02'], +c.id % 3), []],
  ] },
  // ---------------------------------------------------------------- ERP client contacts (Argentina)
  { name: 'finnegans-go-clientes-contactos-export-ar', product: 'Finnegans GO (ERP argentino: Ventas > Clientes > Contactos, listado exportado a Excel, Spanish (Argentina) UI, an industrial-lubricants distributor\'s contact persons at customer companies)', family: 'crm', language: 'es', schema: B, cols: [
    ['Código Cliente', (c) => `C${pad(+c.id % 6 * 131 + 1000, 5)}`, ['b2b.accountKey.sourceID'], opt],
    ['Razón Social', (c) => car(c)[0], CO],
    ['CUIT', (c) => car(c)[1], []],
    ['Categoría IVA', (c) => car(c)[2], []],
    ['Código Contacto', (c) => String(5000 + +c.id % 4000), B2BID],
    ['Apellido', (c) => ar(c).last, ['person.name.lastName']],
    ['Nombre', (c) => ar(c).first, ['person.name.firstName']],
    ['Cargo', (c) => JOBS_ES[(+c.id + 5) % 8], ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => row(['Compras', 'Dirección', 'Administración', 'Administración', 'Compras', 'Comercial', 'Administración', 'Finanzas'], (+c.id + 5) % 8), ['extendedWorkDetails.departments[0]'], opt],
    ['E-mail', (c) => `${slug(ar(c).first)[0]}${slug(ar(c).last)}@${car(c)[7]}`, ['workEmail.address']],
    ['Teléfono', (c) => `(0${car(c)[5] === 'Capital Federal' ? '11' : row(['11', '2477', '341', '11', '261', '351'], +c.id % 6)}) ${ar(c).n8.slice(0, 2)}${ar(c).d3.slice(0, 2)}-${ar(c).n4}`, ['workPhone.number']],
    ['Interno', (c) => (ar(c).r1 < 0.4 ? String(v.int(() => ar(c).r2, 100, 299)) : ''), ['workPhone.extension'], opt],
    ['Celular', (c) => `+54 9 ${row(['11', '2477', '341', '11', '261', '351'], +c.id % 6)} ${ar(c).n8.slice(0, 2)}${ar(c).d3.slice(0, 2)}-${ar(c).n4}`, ['mobilePhone.number']],
    ['Domicilio', (c) => car(c)[3], at(W, 'street1')],
    ['Localidad', (c) => car(c)[4], at(W, 'city')],
    ['Provincia', (c) => car(c)[5], STATE(W)],
    ['Código Postal', (c) => car(c)[6], at(W, 'postalCode')],
    ['País', () => 'Argentina', at(W, 'country')],
    ['Sitio Web', (c) => `www.${car(c)[7]}`, ['b2b.companyWebsite']],
    ['Vendedor', (c) => row(['Marcelo Quiroga', 'Silvina Paz', 'Casa Central'], +c.id % 3), []],
    ['Zona', (c) => row(['GBA Oeste', 'Interior BA', 'Litoral', 'CABA', 'Cuyo', 'Centro'], +c.id % 6), [], opt],
    ['Recibe Newsletter', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Fecha Alta', (c) => dmy(art(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Llamar antes de las 14 hs', 'Pide factura A por mail', 'Retira en depósito']), []],
  ] },
]
