// Round 57, heldout124: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Latin-American exports in the product's UI language: a Brazilian
// shop platform's order lines (Tray), a Mexican restaurant POS's closed checks (Wansoft), a Uruguayan e-invoicing
// service's issued CFEs (Sicfe), a Colombian payment gateway's transactions (ZonaPAGOS / Zona Virtual), a Peruvian
// courier's shipments (Olva Courier), a Chilean dental-clinic system's appointments (Dentalink), a Colombian loyalty
// club's members (Poontoz), a Mexican SMS platform's contacts (SMS Masivos), an Argentine car-dealer CRM's leads
// (Tecnom), a Brazilian company database's firm list (Empresômetro), an Argentine ERP's customer file (Tango Gestión)
// and the Mexican business directory's listings (SIEM) (es 10, pt 2). Headers are written from the writer's knowledge
// of each product and its public help pages; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, dec, thou, group, rng, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Mexico (no DST since 2022), Argentina, Uruguay, Brazil, Colombia, Peru; Chile -3 in its summer
const mx = (ms) => shift(ms, -6)
const ar = (ms) => shift(ms, -3)
const uy = (ms) => shift(ms, -3)
const br = (ms) => shift(ms, -3)
const co = (ms) => shift(ms, -5)
const pe = (ms) => shift(ms, -5)
const cl = (ms) => shift(ms, [4, 5, 6, 7, 8].includes(new Date(ms).getUTCMonth() + 1) ? -4 : -3)
// the same instant moved into shop hours (09:00-21:59 local) for things done at a counter or an office
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + (H < 9 ? 9 - H : H > 21 ? 21 - H : 0) * 3600000 }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000


// ---------------------------------------------------------------- check digits for the local tax and person ids
const digits = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const rutDv = (num) => { let s = 0, m = 2; for (const d of digits(num).reverse()) { s += d * m; m = m === 7 ? 2 : m + 1 } const r = 11 - (s % 11); return r === 11 ? '0' : r === 10 ? 'K' : String(r) }
const rut = (num) => `${group(num, '.')}-${rutDv(num)}`
const cpfDv = (ds) => { const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); return [a, f([...ds, a], 11)] }
const cpf = (n9) => { const ds = digits(pad(n9, 9)); const [a, b] = cpfDv(ds); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const cnpj = (n8) => {
  const ds = [...digits(pad(n8, 8)), 0, 0, 0, 1]
  const f = (arr) => { let w = arr.length - 7; const s = arr.reduce((a, d) => { const x = a + d * w; w = w === 2 ? 9 : w - 1; return x }, 0) % 11; return s < 2 ? 0 : 11 - s }
  const a = f(ds), b = f([...ds, a]); const s = ds.join('') + a + b
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`
}
const cuit = (pre, dni) => { const ds = [...digits(pre), ...digits(pad(dni, 8))]; const s = ds.reduce((a, d, i) => a + d * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11; const dv = s === 0 ? 0 : s === 1 ? 9 : 11 - s; return `${pre}-${pad(dni, 8)}-${dv}` }
const ciUy = (n7) => { const ds = digits(pad(n7, 7)); const s = ds.reduce((a, d, i) => a + d * [2, 9, 8, 7, 6, 3, 4][i], 0); const dv = (10 - (s % 10)) % 10; return `${String(n7).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${dv}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const ES_M = ['Juan Carlos', 'José Luis', 'Alejandro', 'Diego', 'Santiago', 'Sebastián', 'Andrés', 'Matías', 'Felipe', 'Luis Fernando', 'Jorge', 'Ricardo', 'Martín', 'Nicolás', 'Camilo']
const ES_F = ['María José', 'Valentina', 'Camila', 'Daniela', 'Fernanda', 'Sofía', 'Gabriela', 'Andrea', 'Paula', 'Carolina', 'Lucía', 'Mariana', 'Florencia', 'Natalia', 'Ximena']
const PT_M = ['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Gustavo', 'Felipe', 'Bruno', 'Thiago', 'Matheus', 'Leonardo', 'Rodrigo', 'André']
const PT_F = ['Ana Clara', 'Mariana', 'Beatriz', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Letícia', 'Gabriela', 'Amanda', 'Patrícia', 'Bianca']
const LAST = {
  mx: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Torres', 'Vázquez', 'Morales', 'Cruz'],
  ar: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Gómez', 'Díaz', 'Romero', 'Sosa', 'Álvarez', 'Ruiz', 'Benítez', 'Acosta', 'Medina'],
  cl: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes', 'Araya', 'Valenzuela'],
  co: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Díaz', 'Moreno', 'Muñoz', 'Restrepo', 'Ospina', 'Castaño'],
  pe: ['Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'García', 'Rojas', 'Huamán', 'Mendoza', 'Torres', 'Chávez', 'Vargas', 'Ramos', 'Castillo', 'Mamani'],
  uy: ['Rodríguez', 'González', 'Fernández', 'Pereira', 'Silva', 'Martínez', 'García', 'Sosa', 'Suárez', 'Techera', 'Olivera', 'Méndez', 'Núñez', 'Cabrera'],
  br: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida'],
}
// [city, state/region, postcode, street, neighbourhood, area code]
const PLACES = {
  mx: [['Ciudad de México', 'Ciudad de México', '03100', 'Av. Insurgentes Sur', 'Del Valle Centro', '55'], ['Guadalajara', 'Jalisco', '44160', 'Av. Chapultepec', 'Americana', '33'], ['Zapopan', 'Jalisco', '45116', 'Av. Patria', 'Jardines Universidad', '33'], ['Monterrey', 'Nuevo León', '64000', 'Av. Constitución', 'Centro', '81'], ['Puebla', 'Puebla', '72160', 'Blvd. Atlixco', 'La Paz', '222'], ['Querétaro', 'Querétaro', '76090', 'Av. Zaragoza', 'Niños Héroes', '442'], ['Mérida', 'Yucatán', '97130', 'Calle 20', 'Montes de Amé', '999']],
  ar: [['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1414', 'Av. Corrientes', 'Villa Crespo', '11'], ['Córdoba', 'Córdoba', 'X5000', 'Bv. San Juan', 'Nueva Córdoba', '351'], ['Villa Carlos Paz', 'Córdoba', 'X5152', 'Av. San Martín', 'Centro', '3541'], ['Río Cuarto', 'Córdoba', 'X5800', 'Calle Sobremonte', 'Centro', '358'], ['Rosario', 'Santa Fe', 'S2000', 'Bv. Oroño', 'Centro', '341'], ['La Plata', 'Buenos Aires', 'B1900', 'Calle 7', 'Casco Urbano', '221'], ['Mendoza', 'Mendoza', 'M5500', 'Av. San Martín', 'Ciudad', '261']],
  cl: [['Providencia', 'Región Metropolitana', '7500000', 'Av. Providencia', '', '2'], ['Ñuñoa', 'Región Metropolitana', '7750000', 'Av. Irarrázaval', '', '2'], ['Las Condes', 'Región Metropolitana', '7550000', 'Av. Apoquindo', '', '2'], ['Santiago', 'Región Metropolitana', '8320000', 'Av. Santa Rosa', '', '2'], ['La Florida', 'Región Metropolitana', '8240000', 'Av. Vicuña Mackenna', '', '2'], ['Maipú', 'Región Metropolitana', '9250000', 'Av. Pajaritos', '', '2']],
  co: [['Bogotá', 'Bogotá D.C.', '110221', 'Calle 85', 'El Chicó', '601'], ['Bogotá', 'Bogotá D.C.', '111311', 'Carrera 30', 'Teusaquillo', '601'], ['Medellín', 'Antioquia', '050021', 'Carrera 43A', 'El Poblado', '604'], ['Envigado', 'Antioquia', '055422', 'Calle 38 Sur', 'Zúñiga', '604'], ['Cali', 'Valle del Cauca', '760042', 'Avenida 6N', 'Granada', '602'], ['Barranquilla', 'Atlántico', '080020', 'Carrera 53', 'Alto Prado', '605'], ['Bucaramanga', 'Santander', '680003', 'Calle 36', 'Cabecera', '607']],
  // [provincia, departamento, ubigeo, street, distrito]
  pe: [['Lima', 'Lima', '150122', 'Av. José Larco', 'Miraflores'], ['Lima', 'Lima', '150131', 'Av. Javier Prado Oeste', 'San Isidro'], ['Lima', 'Lima', '150140', 'Av. Primavera', 'Santiago de Surco'], ['Lima', 'Lima', '150135', 'Av. La Marina', 'San Miguel'], ['Arequipa', 'Arequipa', '040101', 'Calle Mercaderes', 'Arequipa'], ['Trujillo', 'La Libertad', '130101', 'Av. España', 'Trujillo'], ['Cusco', 'Cusco', '080108', 'Av. de la Cultura', 'Wanchaq'], ['Piura', 'Piura', '200101', 'Av. Grau', 'Piura'], ['Chiclayo', 'Lambayeque', '140101', 'Av. Balta', 'Chiclayo']],
  uy: [['Montevideo', 'Montevideo', '11300', 'Av. 18 de Julio', 'Centro', ''], ['Montevideo', 'Montevideo', '11300', 'Av. Brasil', 'Pocitos', ''], ['Montevideo', 'Montevideo', '11600', 'Av. Italia', 'Malvín', ''], ['Ciudad de la Costa', 'Canelones', '15000', 'Av. Giannattasio', 'Solymar', ''], ['Maldonado', 'Maldonado', '20000', 'Av. Roosevelt', 'Centro', ''], ['Salto', 'Salto', '50000', 'Calle Uruguay', 'Centro', '']],
  br: [['São Paulo', 'SP', '04538-132', 'Av. Brigadeiro Faria Lima', 'Itaim Bibi', '11'], ['Rio de Janeiro', 'RJ', '22041-001', 'Av. Nossa Senhora de Copacabana', 'Copacabana', '21'], ['Belo Horizonte', 'MG', '30140-071', 'Rua da Bahia', 'Lourdes', '31'], ['Curitiba', 'PR', '80420-090', 'Rua Comendador Araújo', 'Batel', '41'], ['Porto Alegre', 'RS', '90570-001', 'Av. Independência', 'Independência', '51'], ['Recife', 'PE', '51020-010', 'Av. Boa Viagem', 'Boa Viagem', '81'], ['Campinas', 'SP', '13024-001', 'Av. Júlio de Mesquita', 'Cambuí', '19']],
}
const MAIL = {
  mx: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'], ar: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'live.com.ar'],
  cl: ['gmail.com', 'gmail.com', 'hotmail.com', 'live.cl', 'outlook.com'], co: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  pe: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], uy: ['gmail.com', 'gmail.com', 'hotmail.com', 'adinet.com.uy', 'vera.com.uy'],
  br: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'uol.com.br', 'yahoo.com.br'],
}
const plain = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x5bd1e995); r(); r()
  const female = r() < 0.5
  const first = pick(r, cc === 'br' ? (female ? PT_F : PT_M) : (female ? ES_F : ES_M))
  const last = pick(r, LAST[cc]); let last2 = pick(r, LAST[cc]); if (last2 === last) last2 = LAST[cc][(LAST[cc].indexOf(last) + 3) % LAST[cc].length]
  const pl = pick(r, PLACES[cc]), num = int(r, 100, 4800)
  const f1 = plain(first.split(' ')[0]), l1 = plain(last)
  const p = { female, first, last, last2, city: pl[0], state: pl[1], zip: pl[2], streetName: pl[3], hood: pl[4], area: pl[5], num,
    email: `${f1}${pick(r, ['.', '', '_'])}${l1}${r() < 0.6 ? int(r, 1, 99) : ''}@${pick(r, MAIL[cc])}`, birth: c.birth, dni: int(r, 20000000, 44999999), apt: r() < 0.4 ? int(r, 1, 12) * 100 + int(r, 1, 8) : 0 }
  if (cc === 'mx') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} ${num}${p.apt ? ` Int. ${p.apt}` : ''}`; p.mobile = `${pl[5]}${int(r, 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1)}` }
  if (cc === 'ar') { p.full = `${first} ${last}`; p.street = `${pl[3]} ${num}${p.apt ? `, Piso ${Math.floor(p.apt / 100)} Dto. ${'ABCDEFGH'[p.apt % 8]}` : ''}`; const sub = int(r, 4 * 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1); p.mobile = `+54 9 ${pl[5]} ${String(sub).slice(0, -4)}-${String(sub).slice(-4)}` }
  if (cc === 'cl') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} ${num}${p.apt ? `, depto ${p.apt}` : ''}`; p.mobile = `+56 9 ${int(r, 5000, 9999)} ${int(r, 1000, 9999)}`; p.rut = rut(int(r, 9000000, 22999999)) }
  if (cc === 'co') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} # ${int(r, 5, 120)}-${int(r, 2, 99)}${p.apt ? ` Apto ${p.apt}` : ''}`; p.mobile = `3${pick(r, ['00', '01', '04', '10', '11', '12', '13', '14', '15', '16', '18', '20', '21', '50'])}${int(r, 1000000, 9999999)}`; p.cc = int(r, 10000000, 1199999999) }
  if (cc === 'pe') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} ${num}${p.apt ? ` Dpto. ${p.apt}` : ''}`; p.mobile = `9${int(r, 10, 99)}${int(r, 100000, 999999)}`; p.dist = pl[4] }
  if (cc === 'uy') { p.full = `${first} ${last}`; p.street = `${pl[3]} ${num}${p.apt ? ` apto ${p.apt}` : ''}`; p.mobile = `09${int(r, 1, 9)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.ci = ciUy(int(r, 1500000, 6500000)) }
  if (cc === 'br') { p.full = `${first} ${last} ${last2}`; p.street = pl[3]; p.compl = p.apt ? `Apto ${p.apt}` : r() < 0.2 ? `Casa ${int(r, 1, 4)}` : ''; p.mobile = `(${pl[5]}) 9${int(r, 6000, 9999)}-${pad(int(r, 0, 9999), 4)}`; p.cpf = cpf(int(r, 10000000, 999999999)) }
  memo.set(k, p)
  return p
}
const MX = (c) => loc(c, 'mx'), AR = (c) => loc(c, 'ar'), CL = (c) => loc(c, 'cl'), CO_ = (c) => loc(c, 'co'), PE = (c) => loc(c, 'pe'), UY = (c) => loc(c, 'uy'), BR = (c) => loc(c, 'br')

// ---------------------------------------------------------------- catalogues and firms
// Tray: a Curitiba specialty-coffee roaster: [Referência, Produto, Variação, preço]
const COFFEE = [['CAF-001', 'Café Especial Bourbon Amarelo 250g', 'Moagem: Grãos', 49.9], ['CAF-014', 'Café Especial Catuaí Vermelho 500g', 'Moagem: Média (coado)', 79.9], ['MOE-210', 'Moedor Manual Cerâmico', '', 189], ['FIL-102', 'Filtro de Papel V60 nº 02 (100 un.)', '', 34.9], ['KIT-050', 'Kit Degustação 4 Origens', 'Moagem: Fina (espresso)', 119.9], ['CAF-030', 'Café Especial Mundo Novo Drip Bag (10 un.)', '', 44.9]]
const coffee = (o, i) => row(COFFEE, i + n(o))
// Dentalink: treatments of a Providencia dental clinic: [tratamiento, especialidad, minutos]
const DENT = [['Control y limpieza', 'Odontología general', 30], ['Destartraje y pulido', 'Periodoncia', 45], ['Endodoncia molar (sesión 1)', 'Endodoncia', 60], ['Control de ortodoncia', 'Ortodoncia', 20], ['Evaluación implante', 'Implantología', 30], ['Restauración resina compuesta', 'Odontología general', 45], ['Blanqueamiento (sesión)', 'Estética dental', 60]]
const DENTISTS = ['Dra. Catalina Fuentes', 'Dr. Rodrigo Araya', 'Dra. Javiera Soto', 'Dr. Ignacio Valenzuela']
// Empresômetro: firms found by a São Paulo office-supplies distributor: [razão social, fantasia, CNAE, descrição, natureza, porte, cidade, UF, CEP, logradouro, bairro, DDD, domínio]
const BR_FIRMS = [['Contabilidade Horizonte Ltda', 'Horizonte Contábil', '6920-6/01', 'Atividades de contabilidade', '206-2 - Sociedade Empresária Limitada', 'ME', 'São Paulo', 'SP', '01310-200', 'Av. Paulista', 'Bela Vista', '11', 'horizontecontabil.com.br'], ['Clínica Odontológica Sorriso Pleno Ltda', 'Sorriso Pleno', '8630-5/04', 'Atividade odontológica', '206-2 - Sociedade Empresária Limitada', 'EPP', 'Campinas', 'SP', '13015-904', 'Rua Barão de Jaguara', 'Centro', '19', 'sorrisopleno.odo.br'], ['Metalúrgica Vale do Paraíba S.A.', 'Metalvale', '2599-3/99', 'Fabricação de outros produtos de metal não especificados anteriormente', '205-4 - Sociedade Anônima Fechada', 'DEMAIS', 'São José dos Campos', 'SP', '12238-565', 'Rod. Presidente Dutra', 'Eugênio de Melo', '12', 'metalvale.ind.br'], ['R. Nogueira Advogados Associados', 'Nogueira Advogados', '6911-7/01', 'Serviços advocatícios', '223-2 - Sociedade Simples Pura', 'EPP', 'São Paulo', 'SP', '04543-011', 'Rua Funchal', 'Vila Olímpia', '11', 'nogueiraadv.com.br'], ['Escola de Idiomas Fluência Ltda', 'Fluência Idiomas', '8593-7/00', 'Ensino de idiomas', '206-2 - Sociedade Empresária Limitada', 'ME', 'Santo André', 'SP', '09015-000', 'Rua das Figueiras', 'Jardim', '11', 'fluenciaidiomas.com.br'], ['Transportadora Rota Sul Eireli', 'Rota Sul Log', '4930-2/02', 'Transporte rodoviário de carga, exceto produtos perigosos e mudanças, intermunicipal, interestadual e internacional', '230-5 - Empresa Individual de Responsabilidade Limitada', 'EPP', 'Guarulhos', 'SP', '07034-911', 'Rodovia Hélio Smidt', 'Cumbica', '11', 'rotasullog.com.br']]
const brFirm = (c) => row(BR_FIRMS, n(c) % 7)
// Tango Gestión: customers of a Rosario agro-inputs distributor: [razón social, nombre comercial, categoría IVA, localidad, provincia, CP, domicilio, característica, dominio]
const AR_FIRMS = [['Agropecuaria Los Álamos S.A.', 'Los Álamos', 'Responsable Inscripto', 'Casilda', 'Santa Fe', 'S2170', 'Bv. Lisandro de la Torre 1450', '3464', 'losalamos.com.ar'], ['Cooperativa Agrícola Ganadera de Arteaga Ltda.', 'Coop. Arteaga', 'Responsable Inscripto', 'Arteaga', 'Santa Fe', 'S2187', 'San Martín 250', '3467', 'cooparteaga.com.ar'], ['Martínez Hnos. S.R.L.', 'Agroservicios Martínez', 'Responsable Inscripto', 'Venado Tuerto', 'Santa Fe', 'S2600', 'Ruta 8 Km 370', '3462', 'agromartinez.com.ar'], ['Gómez Ricardo Alberto', 'Semillería Gómez', 'Responsable Monotributo', 'Marcos Juárez', 'Córdoba', 'X2580', 'Av. Irigoyen 1102', '3472', ''], ['El Trébol Agronegocios S.A.', 'El Trébol', 'Responsable Inscripto', 'Pergamino', 'Buenos Aires', 'B2700', 'Av. de Mayo 980', '2477', 'eltrebolagro.com.ar'], ['Establecimiento Don Aurelio S.A.S.', 'Don Aurelio', 'Responsable Inscripto', 'Cañada de Gómez', 'Santa Fe', 'S2500', 'Lavalle 655', '3471', 'donaurelio.com.ar']]
const arFirm = (c) => row(AR_FIRMS, n(c) % 6)
// SIEM: Mexican firms listed in the directory: [razón social, nombre comercial, SCIAN, actividad, municipio, estado, CP, domicilio, colonia, lada, tamaño, dominio]
const MX_FIRMS = [['Plásticos Industriales del Bajío, S.A. de C.V.', 'PLASINBA', '326190', 'Fabricación de otros productos de plástico', 'León', 'Guanajuato', '37490', 'Blvd. Hermanos Aldama 4020', 'Ciudad Industrial', '477', '51 a 250', 'plasinba.com.mx'], ['Distribuidora Ferretera Norteña, S.A. de C.V.', 'FERRENOR', '434219', 'Comercio al por mayor de otros materiales para la construcción', 'Monterrey', 'Nuevo León', '64580', 'Av. Ruiz Cortines 2800 Pte.', 'Moderna', '81', '11 a 50', 'ferrenor.mx'], ['Alimentos Selectos de Sinaloa, S.A. de C.V.', 'ALSESI', '311412', 'Congelación de frutas y verduras', 'Culiacán', 'Sinaloa', '80020', 'Carretera a Navolato Km 7.5', 'Bachigualato', '667', '51 a 250', 'alsesi.com.mx'], ['Servicios Logísticos Peninsulares, S.A. de C.V.', 'SELOPE', '484119', 'Otro autotransporte local de carga general', 'Mérida', 'Yucatán', '97310', 'Calle 21 No. 402', 'Xoclán', '999', '11 a 50', 'selope.com.mx'], ['Textiles Finos de Puebla, S.A. de C.V.', 'TEXFIPUE', '313210', 'Fabricación de telas anchas de trama', 'San Pedro Cholula', 'Puebla', '72760', 'Av. Recta a Cholula 3510', 'Zerezotla', '222', '51 a 250', 'texfipue.com'], ['Muebles y Diseño Tapatío, S. de R.L. de C.V.', 'MUDITA', '337120', 'Fabricación de muebles de oficina y estantería', 'Tlaquepaque', 'Jalisco', '45601', 'Av. Niños Héroes 2250', 'El Vergel', '33', '0 a 10', 'mudita.mx']]
const mxFirm = (c) => row(MX_FIRMS, n(c) % 6)
const lada8 = (lada, r) => (lada.length === 2 ? `${lada} ${int(r, 1000, 9999)} ${int(r, 1000, 9999)}` : `${lada} ${int(r, 100, 999)} ${int(r, 1000, 9999)}`)

// ---------------------------------------------------------------- per-row facts shared by several columns
const trayStatus = (o) => row(['ENVIADO', 'FINALIZADO', 'A ENVIAR', 'AGUARDANDO PAGAMENTO', 'ENVIADO', 'CANCELADO', 'FINALIZADO'], n(o))
const trayPay = (o) => row(['Pix', 'Cartão de Crédito', 'Boleto Bancário', 'Cartão de Crédito', 'Pix', 'Cartão de Crédito'], n(o))
const trayShip = (o) => row(['Correios - PAC', 'Correios - SEDEX', 'Jadlog .Package', 'Retirar na loja', 'Correios - SEDEX'], n(o))
const trayFreight = (o, i) => (trayShip(o) === 'Retirar na loja' ? 0 : coffee(o, i)[3] * o.qty >= 199 ? 0 : trayShip(o) === 'Correios - SEDEX' ? 32.4 : 21.7)
const trayDisc = (o, i) => (o.discount ? +(coffee(o, i)[3] * o.qty * 0.1).toFixed(2) : 0)
const wanBranch = (o) => row(['Chapultepec', 'Providencia', 'Andares', 'Chapultepec'], n(o))
const wanService = (o) => row(['Comedor', 'Comedor', 'Para llevar', 'Comedor', 'Domicilio', 'Comedor'], n(o))
const wanTotal = (o) => Math.round((220 + (n(o) % 23) * 47.5 + o.qty * 89) * 2) / 2
const wanDisc = (o) => (o.discount ? Math.round(wanTotal(o) * 0.1 * 100) / 100 : 0)
const sicType = (o) => row(['e-Ticket', 'e-Ticket', 'e-Factura', 'e-Ticket', 'e-Factura', 'Nota de Crédito de e-Ticket', 'e-Ticket'], n(o))
const sicBase = (o) => 350 + (n(o) % 97) * 61.5 + o.qty * 140
const sicUsd = (o) => sicType(o) === 'e-Factura' && n(o) % 4 === 0
const zpState = (o) => row(['Pago OK', 'Pago OK', 'Pago Rechazado', 'Pago OK', 'Pago Pendiente', 'Pago OK', 'Pago OK', 'Pago Fallido'], n(o))
const zpMethod = (o) => row(['PSE', 'Tarjeta de Crédito', 'PSE', 'Botón Bancolombia', 'Tarjeta de Crédito', 'Nequi', 'PSE'], n(o))
const zpConcept = (o) => row([['Matrícula Técnico Laboral en Auxiliar Contable', 1850000], ['Curso corto Excel Intermedio', 320000], ['Diplomado en Marketing Digital', 1250000], ['Certificado de estudios', 18500], ['Matrícula Técnico en Sistemas', 1850000], ['Curso de inglés A2 - Nivel 3', 540000]], n(o))
const olvaState = (o) => row(['ENTREGADO', 'ENTREGADO', 'EN REPARTO', 'ENTREGADO', 'EN TRÁNSITO', 'MOTIVADO', 'ENTREGADO', 'DEVUELTO'], n(o))
const olvaAgency = (o) => n(o) % 5 === 2
const dentState = (o) => row(['Atendido', 'Confirmado por WhatsApp', 'Atendido', 'No confirmado', 'Atendido', 'No asiste', 'Anulado', 'Confirmado por teléfono'], n(o))
const poTier = (c) => (n(c) % 10 < 5 ? 'Bronce' : n(c) % 10 < 8 ? 'Plata' : 'Oro')
const poEarned = (c) => 40 + (n(c) % 57) * 13
const poRedeemed = (c) => Math.min(poEarned(c), (n(c) % 6) * 50)
const smsState = (c) => row(['Activo', 'Activo', 'Activo', 'Baja', 'Activo', 'Número inválido', 'Activo'], n(c))
const tecModel = (c) => row([['Volkswagen', 'Amarok V6'], ['Ford', 'Ranger XLT'], ['Volkswagen', 'Taos Highline'], ['Toyota', 'Hilux SRV'], ['Ford', 'Territory Titanium'], ['Volkswagen', 'Polo Track'], ['Toyota', 'Corolla Cross']], n(c))
const tecState = (c) => row(['Nuevo', 'Contactado', 'Cotizado', 'En negociación', 'Vendido', 'Perdido', 'Contactado'], n(c))

export const SETS = [
  // ---------------------------------------------------------------- Brazil: shop platform order lines
  { name: 'tray-pedidos-exportacao-pt', product: 'Tray (Tray Commerce / Locaweb; painel da loja > Vendas > Pedidos > Exportar pedidos, CSV one row per order item, Portuguese UI, a Curitiba specialty-coffee roaster)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Pedido', (c, o) => String(41000 + n(o) * 3), [OR('purchaseID')]],
    ['Data', (c, o) => { const p = br(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => trayStatus(o), []],
    ['Código do cliente', (c) => String(n(c) % 90000 + 1200), CUST_ID, opt],
    ['Cliente', (c) => BR(c).full, []],
    ['CPF', (c) => BR(c).cpf, []],
    ['E-mail', (c) => BR(c).email, EMAIL_ID, opt],
    ['Telefone', (c) => BR(c).mobile, PHONE_ID, opt],
    ['Endereço', (c) => BR(c).street, [SHIP('street1')]],
    ['Número', (c) => String(BR(c).num), [SHIP('street1'), SHIP('street2')], opt],
    ['Complemento', (c) => BR(c).compl, [SHIP('street2')], opt],
    ['Bairro', (c) => BR(c).hood, [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c) => BR(c).city, [SHIP('city')]],
    ['Estado', (c) => BR(c).state, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => BR(c).zip, [SHIP('postalCode')]],
    ['Forma de pagamento', (c, o) => trayPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (trayPay(o) === 'Cartão de Crédito' ? String((n(o) % 4) + 1) : '1'), []],
    ['Forma de envio', (c, o) => trayShip(o), ['commerce.shipping.shippingMethod']],
    ['Valor do frete', (c, o, r, i) => dec(trayFreight(o, i)), ['commerce.shipping.shippingAmount']],
    ['Cupom de desconto', (c, o) => (o.discount ? 'PRIMEIRACOMPRA10' : ''), ['commerce.promotionID'], opt],
    ['Desconto', (c, o, r, i) => dec(trayDisc(o, i)), [OR('discountAmount')]],
    ['Total do pedido', (c, o, r, i) => dec(coffee(o, i)[3] * o.qty + trayFreight(o, i) - trayDisc(o, i)), [OR('priceTotal')]],
    ['Código de rastreio', (c, o, r) => (['ENVIADO', 'FINALIZADO'].includes(trayStatus(o)) && trayShip(o) !== 'Retirar na loja' ? (trayShip(o).startsWith('Correios') ? `${pick(r, ['QB', 'NL', 'OY'])}${int(r, 100000000, 999999999)}BR` : String(int(r, 10000000000000, 99999999999999))) : ''), ['commerce.shipping.trackingNumber']],
    ['Referência', (c, o, r, i) => coffee(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => coffee(o, i)[1], [PL('name')]],
    ['Variação', (c, o, r, i) => coffee(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o, r, i) => dec(coffee(o, i)[3]), [], opt],
    ['Observações do cliente', (c, o, r) => pick(r, ['', '', '', 'Deixar com o porteiro', 'Embalar para presente']), []],
  ] },
  // ---------------------------------------------------------------- Mexico: restaurant POS closed checks
  { name: 'wansoft-reporte-cheques-es', product: 'Wansoft (punto de venta para restaurantes; Reportes > Ventas > Cheques > Exportar a Excel, one row per closed check, Spanish UI, a Guadalajara seafood-restaurant group with three branches)', family: 'pos', language: 'es', schema: E, cols: [
    ['Sucursal', (c, o) => wanBranch(o), ['commerce.commerceScope.storeCode'], opt],
    ['Folio', (c, o) => String(18000 + n(o) * 7), [OR('purchaseID'), '_id']],
    ['Fecha apertura', (c, o) => { const p = mx(inHours(o.at, -6)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Fecha cierre', (c, o) => { const p = mx(inHours(o.at, -6) + (35 + n(o) % 70) * 60000); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['Turno', (c, o) => (mx(inHours(o.at, -6)).H < 16 ? 'Matutino' : 'Vespertino'), []],
    ['Área', (c, o) => (wanService(o) === 'Comedor' ? row(['Salón', 'Terraza', 'Barra'], n(o)) : wanService(o)), []],
    ['Mesa', (c, o) => (wanService(o) === 'Comedor' ? String((n(o) % 24) + 1) : ''), []],
    ['Mesero', (c, o) => (wanService(o) === 'Comedor' ? row(['Luis A.', 'Brenda', 'Óscar', 'Karla', 'Iván'], n(o)) : ''), []],
    ['Personas', (c, o) => String(wanService(o) === 'Comedor' ? (n(o) % 5) + 1 : 1), []],
    ['Tipo de servicio', (c, o) => wanService(o), [OR('orderType')], opt],
    ['Cliente', (c, o) => (wanService(o) === 'Domicilio' || n(o) % 6 === 1 ? MX(c).full : 'PÚBLICO EN GENERAL'), []],
    ['Teléfono cliente', (c, o) => (wanService(o) === 'Domicilio' ? MX(c).mobile : ''), PHONE_ID, opt],
    ['RFC', (c, o) => (n(o) % 6 === 1 ? `${plain(MX(c).last).slice(0, 2).toUpperCase()}${plain(MX(c).last2)[0].toUpperCase()}${plain(MX(c).first)[0].toUpperCase()}${String(v.parts(c.birth).y).slice(2)}${pad(v.parts(c.birth).m)}${pad(v.parts(c.birth).d)}${['H3A', 'K72', 'PQ9', '1N4'][n(c) % 4]}` : 'XAXX010101000'), []],
    ['Subtotal', (c, o) => dec((wanTotal(o) - wanDisc(o)) / 1.16, '.'), [], opt],
    ['Descuento', (c, o) => dec(wanDisc(o), '.'), [OR('discountAmount')]],
    ['IVA', (c, o) => dec((wanTotal(o) - wanDisc(o)) / 1.16 * 0.16, '.'), [OR('taxAmount')]],
    ['Total', (c, o) => dec(wanTotal(o) - wanDisc(o), '.'), [OR('priceTotal')]],
    ['Propina', (c, o) => (wanService(o) === 'Comedor' ? dec(Math.round(wanTotal(o) * (n(o) % 3 === 0 ? 0.15 : 0.1)), '.') : '0.00'), []],
    ['Forma de pago', (c, o) => row(['Tarjeta de crédito', 'Efectivo', 'Tarjeta de débito', 'Efectivo', 'Transferencia', 'Tarjeta de crédito', 'Vales'], n(o)), [OR('payments[0].paymentType')]],
    ['Efectivo', (c, o) => ([1, 3].includes(n(o) % 7) ? dec(wanTotal(o) - wanDisc(o), '.') : '0.00'), []],
    ['Tarjeta', (c, o) => ([0, 2, 5].includes(n(o) % 7) ? dec(wanTotal(o) - wanDisc(o), '.') : '0.00'), []],
    ['Facturado', (c, o) => (n(o) % 6 === 1 ? 'Sí' : 'No'), []],
    ['Cancelado', (c, o) => (n(o) % 29 === 0 ? 'Sí' : 'No'), []],
    ['Cajero', (c, o) => row(['Mónica R.', 'Cajero 2', 'Fernando G.'], n(o) + 1), []],
    ['Observaciones', (c, o, r) => pick(r, ['', '', '', 'Sin cebolla', 'Cortesía gerente', 'Cumpleaños mesa']), []],
  ] },
  // ---------------------------------------------------------------- Uruguay: issued electronic invoices (CFE)
  { name: 'sicfe-comprobantes-emitidos-es', product: 'Sicfe (facturación electrónica DGI; Consultas > Comprobantes emitidos > Exportar a Excel, one row per CFE, Spanish UI, a Montevideo hardware and building-supplies store)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Tipo CFE', (c, o) => sicType(o), []],
    ['Serie', (c, o) => (n(o) % 9 === 0 ? 'B' : 'A'), []],
    ['Número', (c, o) => String(104000 + n(o) * 5), [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => dmy(uy(inHours(o.at, -3)), '/'), ['timestamp', OR('createdDate')]],
    ['Fecha de firma', (c, o) => { const p = uy(inHours(o.at, -3) + 40000); return `${dmy(p, '/')} ${hms(p)}` }, [], opt],
    ['Sucursal', (c, o) => row(['Casa Central - Cordón', 'Sucursal Malvín'], n(o)), ['commerce.commerceScope.storeCode'], opt],
    ['Tipo doc. receptor', (c, o) => (sicType(o) === 'e-Factura' ? 'RUT' : n(o) % 3 === 0 ? '' : 'CI'), []],
    ['Doc. receptor', (c, o) => (sicType(o) === 'e-Factura' ? `21${pad(n(c) % 1000000, 6)}0019` : n(o) % 3 === 0 ? '' : UY(c).ci), [], opt],
    ['Receptor', (c, o) => (sicType(o) === 'e-Factura' ? row(['Construcciones del Este S.R.L.', 'Estudio Arq. Pereira & Asoc.', 'Mantenimiento Integral Sur S.A.'], n(c)) : n(o) % 3 === 0 ? '' : UY(c).full), []],
    ['Dirección receptor', (c, o) => (n(o) % 3 === 0 && sicType(o) !== 'e-Factura' ? '' : UY(c).street), [BILL('street1')]],
    ['Ciudad receptor', (c, o) => (n(o) % 3 === 0 && sicType(o) !== 'e-Factura' ? '' : UY(c).city), [BILL('city')]],
    ['Departamento receptor', (c, o) => (n(o) % 3 === 0 && sicType(o) !== 'e-Factura' ? '' : UY(c).state), [BILL('stateProvince'), BILL('state')]],
    ['País receptor', (c, o) => (n(o) % 3 === 0 && sicType(o) !== 'e-Factura' ? '' : 'UY'), [BILL('countryCode')]],
    ['Email receptor', (c, o) => (sicType(o) === 'e-Factura' || n(o) % 2 ? UY(c).email : ''), EMAIL_ID, opt],
    ['Moneda', (c, o) => (sicUsd(o) ? 'USD' : 'UYU'), [OR('currencyCode')]],
    ['Tipo de cambio', (c, o) => (sicUsd(o) ? dec(39.1 + (n(o) % 30) / 20, ',') : '1'), []],
    ['Forma de pago', (c, o) => (sicType(o) === 'e-Factura' && n(o) % 2 ? 'Crédito' : 'Contado'), [], opt],
    ['Monto no gravado', () => '0,00', []],
    ['Neto IVA tasa mínima', (c, o) => thou(n(o) % 4 === 0 ? 180 : 0), []],
    ['Neto IVA tasa básica', (c, o) => thou((sicUsd(o) ? sicBase(o) / 39 : sicBase(o))), []],
    ['IVA tasa mínima', (c, o) => thou(n(o) % 4 === 0 ? 18 : 0), [], opt],
    ['IVA tasa básica', (c, o) => thou((sicUsd(o) ? sicBase(o) / 39 : sicBase(o)) * 0.22), [], opt],
    ['Total IVA', (c, o) => thou((sicUsd(o) ? sicBase(o) / 39 : sicBase(o)) * 0.22 + (n(o) % 4 === 0 ? 18 : 0)), [OR('taxAmount')]],
    ['Monto total', (c, o) => thou((sicUsd(o) ? sicBase(o) / 39 : sicBase(o)) * 1.22 + (n(o) % 4 === 0 ? 198 : 0)), [OR('priceTotal')]],
    ['Estado', (c, o) => row(['Aceptado', 'Aceptado', 'Aceptado', 'Aceptado', 'Rechazado', 'Aceptado', 'Pendiente DGI'], n(o)), []],
    ['Adenda', (c, o, r) => (sicType(o) === 'e-Factura' ? pick(r, ['O.C. 4512', 'Obra: Av. Italia 3320', '']) : ''), []],
  ] },
  // ---------------------------------------------------------------- Colombia: payment gateway transactions
  { name: 'zonapagos-reporte-transacciones-es', product: 'ZonaPAGOS (Zona Virtual; portal del comercio > Reportes > Transacciones > Descargar Excel, one row per payment attempt, Spanish UI, a Medellín technical-training institute collecting tuition)', family: 'payments', language: 'es', schema: E, cols: [
    ['Id Pago', (c, o) => String(7300000 + n(o) * 37), ['_id', OR('payments[0].transactionID')]],
    ['Fecha Inicio', (c, o) => { const p = co(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Fecha Finalización', (c, o) => (zpState(o) === 'Pago Pendiente' ? '' : (() => { const p = co(o.at + (60 + n(o) % 400) * 1000); return `${ymd(p)} ${hms(p)}` })()), [], opt],
    ['Estado', (c, o) => zpState(o), []],
    ['Id Factura', (c, o) => `MAT-${co(o.at).y}-${pad(n(o) % 10000, 5)}`, [OR('purchaseID')]],
    ['Descripción', (c, o) => zpConcept(o)[0], [PL('name')], opt],
    ['Valor Pagado', (c, o) => group(zpConcept(o)[1], '.'), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valor IVA', (c, o) => (zpConcept(o)[1] === 18500 ? group(2954, '.') : '0'), [OR('taxAmount')]],
    ['Moneda', () => 'COP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Forma de Pago', (c, o) => zpMethod(o), [OR('payments[0].paymentType')]],
    ['Franquicia', (c, o, r) => (zpMethod(o) === 'Tarjeta de Crédito' ? pick(r, ['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'MASTERCARD', 'DINERS']) : ''), [], opt],
    ['Banco', (c, o, r) => (zpMethod(o) === 'PSE' ? pick(r, ['BANCOLOMBIA', 'DAVIVIENDA', 'BANCO DE BOGOTA', 'BANCOLOMBIA', 'BBVA COLOMBIA', 'BANCO CAJA SOCIAL', 'NEQUI']) : zpMethod(o) === 'Botón Bancolombia' ? 'BANCOLOMBIA' : ''), []],
    ['CUS', (c, o, r) => (zpMethod(o) === 'PSE' && zpState(o) !== 'Pago Fallido' ? String(int(r, 1000000000, 2999999999)) : ''), [OR('payments[0].transactionID')], opt],
    ['Código Autorización', (c, o, r) => (zpMethod(o) === 'Tarjeta de Crédito' && zpState(o) === 'Pago OK' ? pad(int(r, 0, 999999), 6) : ''), []],
    ['Cuotas', (c, o) => (zpMethod(o) === 'Tarjeta de Crédito' ? String(row([1, 3, 6, 12, 1], n(o))) : ''), []],
    ['Tipo Documento', (c, o) => (n(o) % 9 === 0 ? 'CE' : n(o) % 11 === 0 ? 'TI' : 'CC'), []],
    ['Documento', (c) => String(CO_(c).cc), CUST_ID, opt],
    ['Nombre', (c) => CO_(c).first, []],
    ['Apellido', (c) => `${CO_(c).last} ${CO_(c).last2}`, []],
    ['Email', (c) => CO_(c).email, EMAIL_ID],
    ['Teléfono', (c) => CO_(c).mobile, PHONE_ID],
    ['Ciudad', (c) => CO_(c).city, [BILL('city')], opt],
    ['Dirección IP', (c, o, r) => `${pick(r, ['181.', '190.', '186.', '191.'])}${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`, ['environment.ipV4']],
    ['Campo Adicional 1', (c, o) => row(['Jornada nocturna', 'Jornada sabatina', 'Virtual', 'Jornada diurna'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- Peru: courier shipments
  { name: 'olva-courier-mis-envios-es', product: 'Olva Courier (Olva Empresas / portal corporativo > Mis envíos > Exportar a Excel, one row per shipment, Spanish UI, a Lima online cosmetics shop shipping to the provinces)', family: 'shipments', language: 'es', schema: E, cols: [
    ['Nro. Envío', (c, o) => String(2400000 + n(o) * 41), ['commerce.shipping.trackingNumber']],
    ['Fecha Emisión', (c, o) => { const p = pe(inHours(o.at, -5)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Fecha Recojo', (c, o) => dmy(pe(inHours(o.at, -5) + day), '/'), ['commerce.shipping.shipDate'], opt],
    ['Código Cliente', (c, o) => `PED-${30000 + n(o)}`, [OR('purchaseID')]],
    ['Remitente', () => 'BELLEZA NATURAL PERU S.A.C.', []],
    ['Origen', () => 'LIMA', []],
    ['Consignado', (c) => PE(c).full.toUpperCase(), []],
    ['DNI Consignado', (c) => pad(PE(c).dni, 8), []],
    ['Teléfono', (c) => PE(c).mobile, PHONE_ID, opt],
    ['Correo', (c, o) => (n(o) % 3 ? PE(c).email : ''), EMAIL_ID, opt],
    ['Dirección', (c, o) => (olvaAgency(o) ? '' : PE(c).street.toUpperCase()), [SHIP('street1')]],
    ['Referencia', (c, o, r) => (olvaAgency(o) ? '' : pick(r, ['', 'FRENTE AL PARQUE', 'A UNA CUADRA DEL MERCADO', 'PUERTA VERDE', 'ALTURA CDRA 5'])), [SHIP('street2')], opt],
    ['Departamento', (c) => PE(c).state.toUpperCase(), [SHIP('stateProvince'), SHIP('state')]],
    ['Provincia', (c) => PE(c).city.toUpperCase(), [SHIP('city')], opt],
    ['Distrito', (c) => PE(c).dist.toUpperCase(), [SHIP('city'), SHIP('street3'), SHIP('region')], opt],
    ['Ubigeo', (c) => PE(c).zip, [SHIP('postalCode')], opt],
    ['Tipo Entrega', (c, o) => (olvaAgency(o) ? 'RECOJO EN AGENCIA' : 'DOMICILIO'), ['commerce.shipping.shippingMethod'], opt],
    ['Agencia Destino', (c, o) => (olvaAgency(o) ? `AGENCIA ${PE(c).dist.toUpperCase()}` : ''), [], opt],
    ['Contenido', (c, o) => row(['CREMAS Y SERUM', 'SHAMPOO ORGANICO X2', 'KIT CUIDADO FACIAL', 'PERFUME 100ML', 'JABONES ARTESANALES'], n(o)), [], opt],
    ['Piezas', (c, o) => String(o.qty > 3 ? 2 : 1), []],
    ['Peso (kg)', (c, o) => dec(0.4 + (n(o) % 12) * 0.25, '.'), []],
    ['Valor Declarado', (c, o) => dec(60 + (n(o) % 40) * 7.5, '.'), [], opt],
    ['Monto a Cobrar', (c, o) => (n(o) % 4 === 0 ? dec(60 + (n(o) % 40) * 7.5, '.') : '0.00'), [], opt],
    ['Flete', (c, o) => dec(PE(c).city === 'Lima' ? 12 : 18 + (n(o) % 4) * 2, '.'), ['commerce.shipping.shippingAmount']],
    ['Estado', (c, o) => olvaState(o), []],
    ['Fecha Entrega', (c, o) => (olvaState(o) === 'ENTREGADO' ? dmy(pe(inHours(o.at, -5) + ((n(o) % 4) + 2) * day), '/') : ''), [], opt],
    ['Recibido por', (c, o) => (olvaState(o) === 'ENTREGADO' ? (n(o) % 3 ? PE(c).full.toUpperCase() : 'FAMILIAR') : ''), []],
  ] },
  // ---------------------------------------------------------------- Chile: dental-clinic appointments
  { name: 'dentalink-agenda-citas-es', product: 'Dentalink (software clínico dental; Agenda > Citas > Exportar a Excel, one row per appointment, Spanish UI, a Providencia dental clinic with two branches)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID Cita', (c, o) => String(512000 + n(o) * 11), ['_id']],
    ['Fecha', (c, o) => dmy(cl(later(c) + (n(o) % 20) * day), '/'), [], opt],
    ['Hora inicio', (c, o) => `${pad(9 + (n(o) % 10))}:${n(o) % 2 ? '30' : '00'}`, []],
    ['Hora término', (c, o) => { const m = (9 + (n(o) % 10)) * 60 + (n(o) % 2 ? 30 : 0) + row(DENT, n(o))[2]; return `${pad(Math.floor(m / 60))}:${pad(m % 60)}` }, []],
    ['Duración', (c, o) => String(row(DENT, n(o))[2]), []],
    ['Paciente', (c) => CL(c).full, []],
    ['RUT', (c) => CL(c).rut, CUST_ID, opt],
    ['Email', (c, o) => (n(c) % 8 ? CL(c).email : ''), EMAIL_ID, opt],
    ['Celular', (c) => CL(c).mobile, PHONE_ID, opt],
    ['Previsión', (c) => row(['FONASA', 'Isapre Colmena', 'Isapre Banmédica', 'Particular', 'FONASA', 'Isapre Cruz Blanca', 'Isapre Consalud'], n(c)), []],
    ['Dentista', (c, o) => row(DENTISTS, n(o)), []],
    ['Especialidad', (c, o) => row(DENT, n(o))[1], [], opt],
    ['Tratamiento', (c, o) => row(DENT, n(o))[0], [PL('name')], opt],
    ['Sucursal', (c, o) => row(['Providencia', 'Providencia', 'Ñuñoa'], n(o)), ['commerce.commerceScope.storeCode'], opt],
    ['Sillón', (c, o) => `Sillón ${(n(o) % 4) + 1}`, []],
    ['Estado', (c, o) => dentState(o), []],
    ['Primera cita', (c, o) => (n(o) % 5 === 0 ? 'Sí' : 'No'), []],
    ['Agendado por', (c, o) => row(['Agenda online', 'Recepción - Paula M.', 'Recepción - Paula M.', 'Agenda online', 'Dra. Catalina Fuentes'], n(o)), []],
    ['Fecha creación', (c) => { const p = cl(inHours(later(c) - ((n(c) % 9) + 1) * day, -3)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Fecha confirmación', (c, o) => (dentState(o).startsWith('Confirmado') || dentState(o) === 'Atendido' ? dmy(cl(later(c) + (n(o) % 20 - 1) * day), '/') : ''), [], opt],
    ['Comentario', (c, o, r) => pick(r, ['', '', 'Paciente con ansiedad', 'Traer radiografía', 'Viene con menor de edad', '']), []],
  ] },
  // ---------------------------------------------------------------- Colombia: loyalty-club members
  { name: 'poontoz-miembros-club-es', product: 'Poontoz (app de puntos para comercios; panel del comercio > Usuarios > Descargar, one row per club member, Spanish UI, a Bogotá specialty-coffee shop club)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID Miembro', (c) => `PZ${pad(n(c) % 1000000, 7)}`, ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Nombre', (c) => CO_(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${CO_(c).last} ${CO_(c).last2}`, ['person.name.lastName']],
    ['Celular', (c) => `+57 ${CO_(c).mobile}`, ['mobilePhone.number']],
    ['Correo', (c) => (n(c) % 6 ? CO_(c).email : ''), ['personalEmail.address']],
    ['Cédula', (c) => (n(c) % 3 ? String(CO_(c).cc) : ''), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => (n(c) % 4 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Género', (c) => (CO_(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Ciudad', (c) => CO_(c).city, at(HOME, 'city')],
    ['Barrio', (c) => CO_(c).hood, [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Club', () => 'Club Café Origen', ['loyalty.program']],
    ['Nivel', (c) => poTier(c), ['loyalty.tier']],
    ['Fecha de registro', (c) => { const p = co(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Puntos ganados', (c) => String(poEarned(c)), ['loyalty.lifetimePoints']],
    ['Puntos redimidos', (c) => String(poRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Puntos disponibles', (c) => String(poEarned(c) - poRedeemed(c)), ['loyalty.points']],
    ['Compras', (c) => String(Math.floor(poEarned(c) / 11)), [], opt],
    ['Total comprado', (c) => group(poEarned(c) * 1000, '.'), ['loyalty.lifetimePurchases'], opt],
    ['Última compra', (c) => dmy(co(later(c)), '/'), []],
    ['Canjes', (c) => String(Math.floor(poRedeemed(c) / 50)), [], opt],
    ['Invitados', (c) => String(n(c) % 4), []],
    ['Estado', (c) => (n(c) % 9 === 0 ? 'Inactivo' : 'Activo'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- Mexico: SMS platform contacts
  { name: 'sms-masivos-agenda-contactos-es', product: 'SMS Masivos (smsmasivos.com.mx; Agendas > [agenda] > Exportar contactos, CSV one row per contact, Spanish UI, a Querétaro gym chain)', family: 'sms', language: 'es', schema: P, cols: [
    ['Lada país', () => '52', ['mobilePhone.countryCode']],
    ['Número', (c) => MX(c).mobile, ['mobilePhone.number']],
    ['Nombre', (c) => MX(c).first, ['person.name.firstName']],
    ['Apellido paterno', (c) => MX(c).last, ['person.name.lastName']],
    ['Apellido materno', (c) => MX(c).last2, [], opt],
    ['Correo electrónico', (c) => (n(c) % 5 ? MX(c).email : ''), ['personalEmail.address']],
    ['Fecha de nacimiento', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Sexo', (c) => (MX(c).female ? 'M' : 'H'), ['person.gender']],
    ['Ciudad', (c) => MX(c).city, at(HOME, 'city')],
    ['Estado', (c) => MX(c).state, STATE(HOME)],
    ['Código postal', (c) => MX(c).zip, at(HOME, 'postalCode')],
    ['Compañía', (c) => row(['Telcel', 'Telcel', 'AT&T', 'Movistar', 'Telcel', 'Bait'], n(c)), []],
    ['Agenda', (c) => row(['Socios activos', 'Prospectos promo enero', 'Socios activos', 'Ex socios'], n(c)), []],
    ['Estatus', (c) => smsState(c), ['mobilePhone.status'], opt],
    ['Fecha de alta', (c) => { const p = mx(c.created); return `${ymd(p)} ${hms(p)}` }, []],
    ['Origen', (c) => row(['Importación', 'Formulario web', 'Palabra clave GYMQRO', 'Importación', 'API'], n(c)), []],
    ['Sucursal', (c) => row(['Juriquilla', 'Centro Sur', 'El Refugio', 'Zibatá'], n(c)), []],
    ['Membresía', (c) => row(['Mensual', 'Anual', 'Trimestral', 'Estudiante', 'Mensual'], n(c)), []],
    ['Vencimiento', (c) => dmy(mx(later(c)), '/'), []],
    ['Último envío', (c) => (smsState(c) === 'Activo' ? `${dmy(mx(inHours(later(c) - 3 * day, -6)), '/')} ${hm(mx(inHours(later(c) - 3 * day, -6)))}` : ''), []],
    ['Mensajes enviados', (c) => String(smsState(c) === 'Activo' ? (n(c) % 40) + 3 : n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Argentina: car-dealer CRM leads
  { name: 'tecnom-crm-leads-es', product: 'Tecnom CRM (CRM automotriz; Leads > Exportar a Excel, one row per lead, Spanish UI, a Córdoba car dealership)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID Lead', (c) => String(880000 + n(c)), ['_id', 'personID']],
    ['Fecha de creación', (c) => { const p = ar(c.created); return `${dmy(p, '/')} ${hm(p)}` }, []],
    ['Nombre', (c) => AR(c).first, ['person.name.firstName']],
    ['Apellido', (c) => AR(c).last, ['person.name.lastName']],
    ['DNI', (c) => (n(c) % 3 ? group(AR(c).dni, '.') : ''), ['person.taxId'], opt],
    ['Email', (c) => AR(c).email, ['personalEmail.address']],
    ['Teléfono', (c) => AR(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Teléfono alternativo', (c) => (n(c) % 4 === 0 ? `(${AR(c).area}) 4${int(rng(n(c)), 100, 999)}-${int(rng(n(c) + 1), 1000, 9999)}` : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['Domicilio', (c) => (n(c) % 5 ? AR(c).street : ''), at(HOME, 'street1')],
    ['Localidad', (c) => AR(c).city, at(HOME, 'city')],
    ['Provincia', (c) => AR(c).state, STATE(HOME)],
    ['Código postal', (c) => (n(c) % 5 ? AR(c).zip : ''), at(HOME, 'postalCode')],
    ['Fecha de nacimiento', (c) => (n(c) % 4 === 0 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Origen', (c) => row(['Sitio web', 'Facebook Ads', 'Mercado Libre', 'Showroom', 'Llamado entrante', 'Instagram', 'Autocosmos'], n(c)), []],
    ['Campaña', (c) => row(['Lanzamiento Nueva Amarok', 'Plan Óvalo 2025', '', 'Hot Sale', '', 'Usados certificados'], n(c)), []],
    ['Tipo de operación', (c) => row(['0km', 'Usado', 'Plan de ahorro', '0km', 'Usado'], n(c)), []],
    ['Marca', (c) => tecModel(c)[0], []],
    ['Modelo de interés', (c) => tecModel(c)[1], []],
    ['Permuta', (c) => (n(c) % 3 === 0 ? 'Sí' : 'No'), []],
    ['Forma de pago', (c) => row(['Contado', 'Financiado', 'Plan de ahorro', 'Financiado', 'A definir'], n(c)), []],
    ['Vendedor', (c) => row(['Gustavo Ferreyra', 'Carla Bustos', 'Martín Paez', 'Sin asignar'], n(c)), []],
    ['Sucursal', (c) => row(['Córdoba Capital - Av. Colón', 'Villa Carlos Paz', 'Río Cuarto'], n(c)), []],
    ['Estado', (c) => tecState(c), []],
    ['Temperatura', (c) => row(['Caliente', 'Tibio', 'Frío', 'Tibio'], n(c)), []],
    ['Última actividad', (c) => { const p = ar(later(c)); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ] },
  // ---------------------------------------------------------------- Brazil: company database list
  { name: 'empresometro-lista-empresas-pt', product: 'Empresômetro (IBPT; Empresômetro MKT > Pesquisa de empresas > Exportar lista (Excel), one row per establishment, Portuguese UI, a São Paulo office-supplies distributor prospecting)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpj(n(c) * 37 % 99999999), ACC, opt],
    ['Razão Social', (c) => brFirm(c)[0].toUpperCase(), CO],
    ['Nome Fantasia', (c) => brFirm(c)[1].toUpperCase(), CO, opt],
    ['Situação Cadastral', () => 'ATIVA', []],
    ['Data de Abertura', (c) => dmy(v.parts(c.created - (n(c) % 20) * 365 * day), '/'), []],
    ['Natureza Jurídica', (c) => brFirm(c)[4], []],
    ['Porte', (c) => brFirm(c)[5], []],
    ['Capital Social', (c) => thou([50000, 120000, 2500000, 30000, 80000, 400000][n(c) % 6]), []],
    ['CNAE Principal', (c) => brFirm(c)[2], []],
    ['Descrição CNAE Principal', (c) => brFirm(c)[3], []],
    ['Faixa de Funcionários', (c) => row(['De 1 a 9', 'De 10 a 19', 'De 100 a 499', 'De 10 a 19', 'De 1 a 9', 'De 20 a 99'], n(c) % 7), []],
    ['Faturamento Estimado', (c) => row(['Até R$ 360 mil', 'De R$ 360 mil a R$ 4,8 milhões', 'Acima de R$ 30 milhões', 'De R$ 360 mil a R$ 4,8 milhões', 'Até R$ 360 mil', 'De R$ 4,8 milhões a R$ 30 milhões'], n(c) % 7), []],
    ['Logradouro', (c) => brFirm(c)[9], [W('street1')]],
    ['Número', (c) => String((n(c) % 2900) + 10), [W('street1'), W('street2')], opt],
    ['Complemento', (c) => row(['CONJ 12', '', 'GALPAO 3', 'ANDAR 8', 'SALA 204', ''], n(c) % 7), [W('street2')], opt],
    ['Bairro', (c) => brFirm(c)[10], [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c) => brFirm(c)[6], [W('city')]],
    ['UF', (c) => brFirm(c)[7], STATE(['workAddress'])],
    ['CEP', (c) => brFirm(c)[8], [W('postalCode')]],
    ['Telefone 1', (c) => `(${brFirm(c)[11]}) ${int(rng(n(c)), 2000, 4999)}-${pad(n(c) % 10000, 4)}`, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 3 ? `(${brFirm(c)[11]}) 9${int(rng(n(c) + 7), 6000, 9999)}-${pad((n(c) * 7) % 10000, 4)}` : ''), ['workPhone.number', 'mobilePhone.number', 'otherPhone.number'], opt],
    ['E-mail', (c) => `${pick(rng(n(c)), ['contato', 'financeiro', 'comercial', 'adm'])}@${brFirm(c)[12]}`, ['workEmail.address']],
    ['Site', (c) => (n(c) % 4 ? `www.${brFirm(c)[12]}` : ''), ['b2b.companyWebsite']],
    ['Sócio Administrador', (c) => BR(c).full.toUpperCase(), ['person.name.fullName']],
    ['Qualificação do Sócio', (c) => row(['49-Sócio-Administrador', '05-Administrador', '49-Sócio-Administrador', '16-Presidente', '65-Titular Pessoa Física Residente ou Domiciliado no Brasil'], n(c) % 7), ['extendedWorkDetails.jobTitle'], opt],
    ['Opção pelo Simples', (c) => (['ME', 'EPP'].includes(brFirm(c)[5]) ? 'SIM' : 'NÃO'), []],
    ['Opção pelo MEI', () => 'NÃO', []],
  ] },
  // ---------------------------------------------------------------- Argentina: ERP customer file
  { name: 'tango-gestion-clientes-es', product: 'Tango Gestión (Axoft; Ventas > Archivos > Clientes > Exportar a Excel, one row per customer, Spanish UI, a Rosario agro-inputs distributor)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Código', (c) => pad(n(c) % 100000, 6), [...B2BID, ...ACC]],
    ['Razón social', (c) => arFirm(c)[0], CO],
    ['Nombre comercial', (c) => arFirm(c)[1], CO, opt],
    ['C.U.I.T.', (c) => (arFirm(c)[2] === 'Responsable Monotributo' ? cuit('20', AR(c).dni) : cuit('30', 70000000 + (n(c) % 9999999))), ACC, opt],
    ['Categoría de IVA', (c) => arFirm(c)[2], []],
    ['Domicilio', (c) => arFirm(c)[6], [W('street1')]],
    ['Localidad', (c) => arFirm(c)[3], [W('city')]],
    ['Código postal', (c) => arFirm(c)[5], [W('postalCode')]],
    ['Provincia', (c) => arFirm(c)[4], STATE(['workAddress'])],
    ['Teléfono', (c) => `(${arFirm(c)[7]}) ${int(rng(n(c)), 40, 49)}-${pad(n(c) % 10000, 4)}`, ['workPhone.number']],
    ['Teléfono móvil', (c) => (n(c) % 3 ? `+54 9 ${arFirm(c)[7]} ${int(rng(n(c) + 3), 50, 69)}-${pad((n(c) * 3) % 10000, 4)}` : ''), ['mobilePhone.number']],
    ['E-mail', (c) => (arFirm(c)[8] ? `${pick(rng(n(c)), ['administracion', 'compras', 'info'])}@${arFirm(c)[8]}` : AR(c).email), ['workEmail.address']],
    ['Página web', (c) => (arFirm(c)[8] ? `www.${arFirm(c)[8]}` : ''), ['b2b.companyWebsite']],
    ['Contacto', (c) => AR(c).full, ['person.name.fullName']],
    ['Zona', (c) => ({ 'Santa Fe': 'Sur Santa Fe', 'Córdoba': 'Sudeste Córdoba', 'Buenos Aires': 'Norte Buenos Aires' })[arFirm(c)[4]], []],
    ['Vendedor', (c) => row(['01 - Pablo Giménez', '02 - Lorena Vidal', '03 - Oficina'], n(c)), []],
    ['Condición de venta', (c) => row(['Contado', 'Cta. Cte. 30 días', 'Cta. Cte. 60 días', 'Canje de cereal'], n(c)), []],
    ['Lista de precios', (c) => row(['1 - Mayorista', '2 - Distribuidor', '1 - Mayorista'], n(c)), []],
    ['Transporte', (c) => row(['Expreso Cargo Sur', 'Retira cliente', 'Transporte Propio'], n(c)), []],
    ['Cupo de crédito', (c) => thou([5000000, 12000000, 2500000, 0, 8000000][n(c) % 5]), []],
    ['Saldo', (c) => thou((n(c) % 30) * 137500.5), []],
    ['Fecha de alta', (c) => dmy(ar(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Habilitado', (c) => (n(c) % 13 === 0 ? 'No' : 'Sí'), [], opt],
    ['Observaciones', (c, o, r) => pick(r, ['', '', 'Entregar en planta de silos', 'Pide remito valorizado', '']), []],
  ] },
  // ---------------------------------------------------------------- Mexico: business directory listings
  { name: 'siem-directorio-empresas-es', product: 'SIEM (Sistema de Información Empresarial Mexicano, Secretaría de Economía; Consulta de establecimientos > Exportar resultados a Excel, one row per establishment and contact, Spanish UI, downloaded by a Mexico City packaging supplier prospecting)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Folio SIEM', (c) => String(2100000 + n(c) * 3), [...B2BID, ...ACC], opt],
    ['Razón social', (c) => mxFirm(c)[0], CO],
    ['Nombre comercial', (c) => mxFirm(c)[1], CO, opt],
    ['Clase de actividad SCIAN', (c) => mxFirm(c)[2], []],
    ['Descripción de la actividad', (c) => mxFirm(c)[3], []],
    ['Tamaño (personal ocupado)', (c) => mxFirm(c)[10], []],
    ['Domicilio', (c) => mxFirm(c)[7], [W('street1')]],
    ['Colonia', (c) => mxFirm(c)[8], [W('street2'), W('street3'), W('region')], opt],
    ['Código postal', (c) => mxFirm(c)[6], [W('postalCode')]],
    ['Municipio', (c) => mxFirm(c)[4], [W('city')]],
    ['Entidad federativa', (c) => mxFirm(c)[5], STATE(['workAddress'])],
    ['Lada', (c) => mxFirm(c)[9], [], opt],
    ['Teléfono', (c) => lada8(mxFirm(c)[9], rng(n(c))).slice(mxFirm(c)[9].length + 1), ['workPhone.number']],
    ['Fax', (c) => (n(c) % 4 === 0 ? lada8(mxFirm(c)[9], rng(n(c) + 5)).slice(mxFirm(c)[9].length + 1) : ''), ['faxPhone.number']],
    ['Correo electrónico', (c) => `${pick(rng(n(c)), ['ventas', 'contacto', 'compras'])}@${mxFirm(c)[11]}`, ['workEmail.address']],
    ['Página web', (c) => `www.${mxFirm(c)[11]}`, ['b2b.companyWebsite']],
    ['Nombre del contacto', (c) => MX(c).first, ['person.name.firstName']],
    ['Apellidos del contacto', (c) => `${MX(c).last} ${MX(c).last2}`, ['person.name.lastName']],
    ['Cargo', (c) => row(['Director General', 'Gerente de Compras', 'Gerente de Ventas', 'Administrador Único', 'Jefe de Planta'], n(c)), ['extendedWorkDetails.jobTitle']],
    ['Cámara', (c) => row(['CANACINTRA', 'CANACO', 'CANACINTRA', 'COPARMEX', 'CANAIVE', 'CANACINTRA'], n(c) % 6), []],
    ['Rango de ventas anuales', (c) => row(['De 4 a 100 millones de pesos', 'Hasta 4 millones de pesos', 'De 100 a 250 millones de pesos'], n(c)), []],
    ['Exporta', (c) => (n(c) % 3 === 0 ? 'Sí' : 'No'), []],
    ['Importa', (c) => (n(c) % 2 === 0 ? 'Sí' : 'No'), []],
    ['Productos', (c) => row(['Envases y tapas de polipropileno', 'Varilla, cemento, block', 'Mango y papaya congelados IQF', 'Fletes locales y cross-dock', 'Gabardina y mezclilla', 'Escritorios, archiveros y estantería'], n(c) % 6), []],
    ['Fecha de actualización', (c) => dmy(mx(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
