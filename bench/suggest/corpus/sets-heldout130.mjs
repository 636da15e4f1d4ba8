// Round 58, heldout130: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Spanish and Portuguese exports in the product's UI language: an
// Argentine card gateway's operations report (Todo Pago), an Argentine restaurant-booking service's reservations
// (Meitre), a Chilean route planner's delivery visits (SimpliRoute), a Colombian SMS/e-mail platform's contacts
// (Masivapp), a Spanish company-information site's firm list (Infocif), a Mexican ERP's customer file (Intelisis),
// a Portuguese restaurant POS's sales documents (WinMax4), a Portuguese online invoicing service's issued documents
// (iziBizi), a Brazilian shop platform's order lines (Bis2Bis), a Brazilian loyalty platform's members (Poket), a
// Brazilian salon system's client file (Belasis) and a Portuguese ERP/CRM's contact list (Wintouch) (es 6, pt 6).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group, rng, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Spain and Portugal keep summer time; Mexico (no DST since 2022), Argentina, Colombia, Brazil do not;
// Chile is -3 in its summer and -4 in its winter
const es = (ms) => local(ms, 1)
const pt = (ms) => local(ms, 0)
const mx = (ms) => shift(ms, -6)
const ar = (ms) => shift(ms, -3)
const co = (ms) => shift(ms, -5)
const br = (ms) => shift(ms, -3)
const cl = (ms) => shift(ms, [4, 5, 6, 7, 8].includes(new Date(ms).getUTCMonth() + 1) ? -4 : -3)
// the same instant moved into opening hours (09:00-21:59 local)
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + (H < 9 ? 9 - H : H > 21 ? 21 - H : 0) * 3600000 }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`

const GEO_LAT = 'placeContext.geo._schema.latitude'
const GEO_LON = 'placeContext.geo._schema.longitude'

// ---------------------------------------------------------------- check digits for local ids
const digits = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const cpfDv = (ds) => { const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); return [a, f([...ds, a], 11)] }
const cpf = (n9) => { const ds = digits(pad(n9, 9)); const [a, b] = cpfDv(ds); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const nifPt = (n8) => { const ds = digits(pad(n8, 8)); const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11; return ds.join('') + (s < 2 ? 0 : 11 - s) }
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
const cifEs = (l, n7) => { const ds = digits(pad(n7, 7)); let s = 0; ds.forEach((d, i) => { if (i % 2) s += d; else { const x = d * 2; s += Math.floor(x / 10) + (x % 10) } }); return `${l}${ds.join('')}${(10 - (s % 10)) % 10}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const ES_M = ['Juan Carlos', 'José Luis', 'Alejandro', 'Diego', 'Santiago', 'Sebastián', 'Andrés', 'Matías', 'Felipe', 'Jorge', 'Ricardo', 'Martín', 'Nicolás', 'Camilo', 'Tomás']
const ES_F = ['María José', 'Valentina', 'Camila', 'Daniela', 'Fernanda', 'Sofía', 'Gabriela', 'Andrea', 'Paula', 'Carolina', 'Lucía', 'Mariana', 'Florencia', 'Natalia', 'Ximena']
const PT_M = { pt: ['Tiago', 'Rui', 'Nuno', 'Duarte', 'Francisco', 'Diogo', 'João', 'Miguel', 'Pedro', 'Gonçalo', 'Ricardo', 'Bruno'], br: ['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Gustavo', 'Felipe', 'Bruno', 'Thiago', 'Matheus', 'Leonardo', 'Rodrigo', 'André'] }
const PT_F = { pt: ['Inês', 'Beatriz', 'Matilde', 'Leonor', 'Joana', 'Rita', 'Catarina', 'Sofia', 'Ana', 'Marta', 'Carolina', 'Mariana'], br: ['Ana Clara', 'Mariana', 'Beatriz', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Letícia', 'Gabriela', 'Amanda', 'Patrícia', 'Bianca'] }
const LAST = {
  mx: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Treviño', 'Garza', 'Villarreal', 'Cantú'],
  ar: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Gómez', 'Díaz', 'Romero', 'Sosa', 'Álvarez', 'Ruiz', 'Benítez', 'Acosta', 'Medina'],
  cl: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes', 'Araya', 'Valenzuela'],
  co: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Díaz', 'Moreno', 'Muñoz', 'Restrepo', 'Ospina', 'Castaño'],
  es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Navarro', 'Torres'],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques', 'Lopes'],
  br: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida'],
}
// [city, state/region, postcode, street, neighbourhood, area code]
const PLACES = {
  mx: [['Monterrey', 'Nuevo León', '64000', 'Av. Constitución', 'Centro', '81'], ['San Pedro Garza García', 'Nuevo León', '66220', 'Calzada del Valle', 'Del Valle', '81'], ['Guadalupe', 'Nuevo León', '67100', 'Av. Benito Juárez', 'Centro', '81'], ['Ciudad de México', 'Ciudad de México', '03100', 'Av. Insurgentes Sur', 'Del Valle Centro', '55'], ['Saltillo', 'Coahuila', '25000', 'Blvd. Venustiano Carranza', 'Centro', '844']],
  ar: [['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1414', 'Av. Corrientes', 'Villa Crespo', '11'], ['Ciudad Autónoma de Buenos Aires', 'CABA', 'C1425', 'Av. Santa Fe', 'Palermo', '11'], ['Vicente López', 'Buenos Aires', 'B1638', 'Av. Maipú', 'Olivos', '11'], ['La Plata', 'Buenos Aires', 'B1900', 'Calle 7', 'Casco Urbano', '221'], ['Córdoba', 'Córdoba', 'X5000', 'Bv. San Juan', 'Nueva Córdoba', '351'], ['Rosario', 'Santa Fe', 'S2000', 'Bv. Oroño', 'Centro', '341'], ['Mendoza', 'Mendoza', 'M5500', 'Av. San Martín', 'Centro', '261']],
  cl: [['Providencia', 'Región Metropolitana', '7500000', 'Av. Providencia', '', '2'], ['Ñuñoa', 'Región Metropolitana', '7750000', 'Av. Irarrázaval', '', '2'], ['Las Condes', 'Región Metropolitana', '7550000', 'Av. Apoquindo', '', '2'], ['Vitacura', 'Región Metropolitana', '7630000', 'Av. Vitacura', '', '2'], ['La Reina', 'Región Metropolitana', '7850000', 'Av. Larraín', '', '2'], ['Lo Barnechea', 'Región Metropolitana', '7690000', 'Av. La Dehesa', '', '2']],
  co: [['Bogotá', 'Bogotá D.C.', '110221', 'Calle 85', 'El Chicó', '601'], ['Bogotá', 'Bogotá D.C.', '111311', 'Carrera 30', 'Teusaquillo', '601'], ['Bogotá', 'Bogotá D.C.', '110111', 'Carrera 7', 'Usaquén', '601'], ['Chía', 'Cundinamarca', '250001', 'Avenida Pradilla', 'Centro', '601'], ['Soacha', 'Cundinamarca', '250051', 'Autopista Sur', 'San Mateo', '601'], ['Medellín', 'Antioquia', '050021', 'Carrera 43A', 'El Poblado', '604']],
  es: [['Madrid', 'Madrid', '28013', 'Calle Mayor', 'Comunidad de Madrid', '91'], ['Barcelona', 'Barcelona', '08008', 'Carrer de Balmes', 'Cataluña', '93'], ['Valencia', 'Valencia', '46004', 'Carrer de Colón', 'Comunidad Valenciana', '96'], ['Sevilla', 'Sevilla', '41001', 'Calle Sierpes', 'Andalucía', '95'], ['Zaragoza', 'Zaragoza', '50001', 'Paseo de la Independencia', 'Aragón', '976']],
  pt: [['Lisboa', 'Lisboa', '1050-094', 'Avenida da República', 'Avenidas Novas', '21'], ['Porto', 'Porto', '4000-322', 'Rua de Santa Catarina', 'Bonfim', '22'], ['Braga', 'Braga', '4710-228', 'Avenida da Liberdade', 'São Vicente', '253'], ['Coimbra', 'Coimbra', '3000-150', 'Rua Ferreira Borges', 'Sé Nova', '239'], ['Leiria', 'Leiria', '2410-127', 'Rua Barão de Viamonte', 'Leiria', '244'], ['Amadora', 'Lisboa', '2700-571', 'Avenida Conde Castro Guimarães', 'Venteira', '21']],
  pe: [['Recife', 'PE', '51020-010', 'Av. Boa Viagem', 'Boa Viagem', '81'], ['Recife', 'PE', '52061-180', 'Estrada do Encanamento', 'Casa Forte', '81'], ['Recife', 'PE', '52020-070', 'Rua do Espinheiro', 'Espinheiro', '81'], ['Recife', 'PE', '50070-460', 'Rua da Aurora', 'Boa Vista', '81'], ['Olinda', 'PE', '53130-410', 'Rua do Sol', 'Carmo', '81'], ['Jaboatão dos Guararapes', 'PE', '54410-010', 'Av. Bernardo Vieira de Melo', 'Piedade', '81']],
  bh: [['Belo Horizonte', 'MG', '30140-071', 'Rua da Bahia', 'Lourdes', '31'], ['Belo Horizonte', 'MG', '30320-040', 'Av. do Contorno', 'Sion', '31'], ['Belo Horizonte', 'MG', '30130-141', 'Rua Pernambuco', 'Savassi', '31'], ['Belo Horizonte', 'MG', '30575-180', 'Av. Professor Mário Werneck', 'Buritis', '31'], ['Belo Horizonte', 'MG', '31270-705', 'Av. Otacílio Negrão de Lima', 'Pampulha', '31'], ['Nova Lima', 'MG', '34006-056', 'Alameda da Serra', 'Vila da Serra', '31'], ['Contagem', 'MG', '32040-250', 'Av. João César de Oliveira', 'Eldorado', '31']],
  br: [['Belo Horizonte', 'MG', '30140-071', 'Rua da Bahia', 'Lourdes', '31'], ['Belo Horizonte', 'MG', '30320-040', 'Av. do Contorno', 'Sion', '31'], ['São Paulo', 'SP', '04538-132', 'Av. Brigadeiro Faria Lima', 'Itaim Bibi', '11'], ['Rio de Janeiro', 'RJ', '22041-001', 'Av. Nossa Senhora de Copacabana', 'Copacabana', '21'], ['Recife', 'PE', '51020-010', 'Av. Boa Viagem', 'Boa Viagem', '81'], ['Olinda', 'PE', '53130-410', 'Rua do Sol', 'Carmo', '81'], ['Curitiba', 'PR', '80420-090', 'Rua Comendador Araújo', 'Batel', '41']],
}
const MAIL = {
  mx: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'], ar: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'live.com.ar'],
  cl: ['gmail.com', 'gmail.com', 'hotmail.com', 'live.cl', 'outlook.com'], co: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  es: ['gmail.com', 'gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'], pt: ['gmail.com', 'gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'],
  br: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'uol.com.br', 'yahoo.com.br'],
}
MAIL.pe = MAIL.br; MAIL.bh = MAIL.br; LAST.pe = LAST.br; LAST.bh = LAST.br; PT_M.pe = PT_M.br; PT_M.bh = PT_M.br; PT_F.pe = PT_F.br; PT_F.bh = PT_F.br
const plain = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 11)
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x27d4eb2d); r(); r()
  const female = r() < 0.5
  const lusophone = ['pt', 'br', 'pe', 'bh'].includes(cc)
  const first = pick(r, lusophone ? (female ? PT_F[cc] : PT_M[cc]) : (female ? ES_F : ES_M))
  const last = pick(r, LAST[cc]); let last2 = pick(r, LAST[cc]); if (last2 === last) last2 = LAST[cc][(LAST[cc].indexOf(last) + 3) % LAST[cc].length]
  const pl = pick(r, PLACES[cc]), num = int(r, 2, 3800)
  const f1 = plain(first.split(' ')[0]), l1 = plain(last)
  const p = { female, first, last, last2, city: pl[0], state: pl[1], zip: pl[2], streetName: pl[3], hood: pl[4], area: pl[5], num,
    email: `${f1}${pick(r, ['.', '', '_'])}${l1}${r() < 0.6 ? int(r, 1, 99) : ''}@${pick(r, MAIL[cc])}`, apt: r() < 0.4 ? int(r, 1, 12) * 100 + int(r, 1, 8) : 0, doc: int(r, 20000000, 44999999) }
  if (cc === 'mx') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} ${num}`; p.mobile = `${pl[5]}${int(r, 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1)}` }
  if (cc === 'ar') { p.full = `${first} ${last}`; p.street = `${pl[3]} ${num}${p.apt ? `, Piso ${Math.floor(p.apt / 100)} Dto. ${'ABCDEFGH'[p.apt % 8]}` : ''}`; const sub = int(r, 4 * 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1); p.mobile = `+54 9 ${pl[5]} ${String(sub).slice(0, -4)}-${String(sub).slice(-4)}` }
  if (cc === 'cl') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} ${num}${p.apt ? `, depto ${p.apt}` : ''}`; p.mobile = `+56 9 ${int(r, 5000, 9999)} ${int(r, 1000, 9999)}` }
  if (cc === 'co') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]} # ${int(r, 5, 120)}-${int(r, 2, 99)}${p.apt ? ` Apto ${p.apt}` : ''}`; p.mobile = `3${pick(r, ['00', '01', '04', '10', '11', '12', '13', '14', '15', '16', '18', '20', '21', '50'])}${int(r, 1000000, 9999999)}`; p.doc = int(r, 10000000, 1199999999) }
  if (cc === 'es') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]}, ${num % 180 + 1}`; p.mobile = `6${int(r, 10, 99)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.dni = dniEs(p.doc) }
  if (cc === 'pt') { p.full = `${first} ${last} ${last2}`; p.street = `${pl[3]}, ${num % 300 + 1}${p.apt ? `, ${Math.floor(p.apt / 100)}.º ${pick(r, ['Esq.', 'Dto.', 'A', 'B'])}` : ''}`; p.mobile = `9${pick(r, ['1', '2', '3', '6'])}${int(r, 1, 9)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.nif = nifPt(int(r, 10000000, 29999999)) }
  if (['br', 'pe', 'bh'].includes(cc)) { p.full = `${first} ${last} ${last2}`; p.street = pl[3]; p.compl = p.apt ? `Apto ${p.apt}` : r() < 0.2 ? `Casa ${int(r, 1, 4)}` : ''; p.mobile = `(${pl[5]}) 9${int(r, 6000, 9999)}-${pad(int(r, 0, 9999), 4)}`; p.cpf = cpf(int(r, 10000000, 999999999)) }
  memo.set(k, p)
  return p
}
const MX = (c) => loc(c, 'mx'), AR = (c) => loc(c, 'ar'), CL = (c) => loc(c, 'cl'), CO_ = (c) => loc(c, 'co'), ES = (c) => loc(c, 'es'), PT = (c) => loc(c, 'pt'), BR = (c) => loc(c, 'br'), RE = (c) => loc(c, 'pe'), BH = (c) => loc(c, 'bh')

// ---------------------------------------------------------------- catalogues and firms
// Bis2Bis: a Belo Horizonte natural-cosmetics shop: [SKU, produto, variação, preço]
const COSM = [['SAB-AL-090', 'Sabonete Artesanal de Alecrim 90g', '', 24.9], ['SHP-SOL-080', 'Shampoo Sólido Cabelos Cacheados 80g', '', 46.9], ['OLE-ROS-030', 'Óleo Facial de Rosa Mosqueta 30ml', '', 79.9], ['HID-CAC-200', 'Hidratante Corporal Cacau e Cupuaçu 200ml', 'Fragrância: Cacau', 59.9], ['KIT-PRE-003', 'Kit Presente Autocuidado (3 itens)', 'Embalagem: Presente', 149.9], ['DES-NAT-055', 'Desodorante Natural em Creme 55g', 'Fragrância: Lavanda', 39.9]]
const cosm = (o, i) => row(COSM, i + n(o))
// Infocif: Spanish firms found by a Valencia packaging maker: [denominación, forma jurídica, domicilio, CP, localidad, provincia, CCAA, prefijo, dominio, CNAE, actividad, cargo]
const ES_FIRMS = [['Conservas Hermanos Llorente SL', 'Sociedad limitada', 'Polígono Industrial El Oliveral, Calle R, 12', '46394', 'Ribarroja del Turia', 'Valencia', 'Comunidad Valenciana', '96', 'conservasllorente.es', '1039', 'Otro procesado y conservación de frutas y hortalizas', 'Administrador único'], ['Bodegas Viña Alta del Campo SA', 'Sociedad anónima', 'Carretera de Aranda, km 4', '09400', 'Aranda de Duero', 'Burgos', 'Castilla y León', '947', 'vinaaltadelcampo.com', '1102', 'Elaboración de vinos', 'Consejero delegado'], ['Cosmética Natural Mediterránea SL', 'Sociedad limitada', 'Calle Ciudad de Sevilla, 45', '46988', 'Paterna', 'Valencia', 'Comunidad Valenciana', '96', 'cosmeticamediterranea.es', '2042', 'Fabricación de perfumes y cosméticos', 'Administrador solidario'], ['Distribuciones Hortofrutícolas del Segura SL', 'Sociedad limitada', 'Avenida de Murcia, 210', '30570', 'Beniaján', 'Murcia', 'Región de Murcia', '968', 'hortosegura.es', '4631', 'Comercio al por mayor de frutas y hortalizas', 'Administrador único'], ['Lácteos Cantábricos SA', 'Sociedad anónima', 'Barrio La Pasiega, s/n', '39600', 'Camargo', 'Cantabria', 'Cantabria', '942', 'lacteoscantabricos.com', '1054', 'Fabricación de otros productos lácteos', 'Presidente del consejo'], ['Aceites Sierra Sur Sociedad Cooperativa Andaluza', 'Sociedad cooperativa', 'Camino de la Almazara, 3', '23660', 'Alcaudete', 'Jaén', 'Andalucía', '953', 'aceitessierrasur.es', '1043', 'Fabricación de aceite de oliva', 'Presidente']]
const esFirm = (c) => row(ES_FIRMS, n(c) % 7)
const esI = (c) => (n(c) % 7) % 6
// Intelisis: customers of a Monterrey industrial-packaging distributor: [razón social, nombre corto, RFC prefix, calle, colonia, municipio, estado, CP, lada, dominio, régimen]
const MX_FIRMS = [['Alimentos Procesados del Norte, S.A. de C.V.', 'APRONOR', 'APN', 'Av. Ruiz Cortines', 'Moderna', 'Monterrey', 'Nuevo León', '64530', '81', 'apronor.com.mx', '601 - General de Ley Personas Morales'], ['Cervecería Artesanal Sierra Madre, S. de R.L. de C.V.', 'CERV. SIERRA MADRE', 'CAS', 'Calle Río Pánuco', 'Roma', 'Monterrey', 'Nuevo León', '64700', '81', 'sierramadrebrew.mx', '601 - General de Ley Personas Morales'], ['Química Industrial Regiomontana, S.A. de C.V.', 'QUIMIRSA', 'QIR', 'Av. Miguel Alemán', 'Industrial Linda Vista', 'Guadalupe', 'Nuevo León', '67130', '81', 'quimirsa.com', '601 - General de Ley Personas Morales'], ['Autopartes y Ensambles de Coahuila, S.A. de C.V.', 'AECSA', 'AEC', 'Blvd. Isidro López Zertuche', 'Parque Industrial Saltillo', 'Saltillo', 'Coahuila', '25270', '844', 'aecsa.com.mx', '601 - General de Ley Personas Morales'], ['Dulces Típicos La Abuela, S.A. de C.V.', 'DULCES LA ABUELA', 'DTA', 'Calle Hidalgo', 'Centro', 'Linares', 'Nuevo León', '67700', '821', 'dulceslaabuela.mx', '626 - Régimen Simplificado de Confianza'], ['Laboratorios Farmacéuticos Cumbres, S.A. de C.V.', 'LABCUMBRES', 'LFC', 'Av. Paseo de los Leones', 'Cumbres', 'Monterrey', 'Nuevo León', '64610', '81', 'labcumbres.com.mx', '601 - General de Ley Personas Morales']]
const mxFirm = (c) => row(MX_FIRMS, n(c) % 6)
// Wintouch: client firms of a Leiria industrial-moulds supplier: [nome, rua, CP, localidade, distrito, indicativo, domínio]
const PT_FIRMS = [['Moldes Atlântico, Lda.', 'Rua da Indústria, 45', '2430-028', 'Marinha Grande', 'Leiria', '244', 'moldesatlantico.pt'], ['Plásticos do Liz, S.A.', 'Zona Industrial da Cova das Faias, Lote 12', '2415-017', 'Leiria', 'Leiria', '244', 'plasticosdoliz.pt'], ['Auto Componentes Vouga, Lda.', 'Rua do Progresso, 220', '3750-753', 'Águeda', 'Aveiro', '234', 'acvouga.pt'], ['Embalagens Norte Sul, S.A.', 'Avenida Dom Afonso Henriques, 1825', '4450-017', 'Matosinhos', 'Porto', '22', 'embalagensnortesul.pt'], ['Tecnoplás Alentejo, Unipessoal Lda.', 'Parque Industrial de Évora, Rua Horta das Figueiras', '7005-255', 'Évora', 'Évora', '266', 'tecnoplas.pt'], ['Sistemas de Rega Tejo, Lda.', 'Estrada Nacional 3, km 12', '2005-002', 'Santarém', 'Santarém', '243', 'regatejo.pt']]
const ptFirm = (c) => row(PT_FIRMS, n(c) % 6)

// ---------------------------------------------------------------- per-row facts shared by several columns
const tpState = (o) => row(['Aprobada', 'Aprobada', 'Rechazada', 'Aprobada', 'Aprobada', 'Devuelta', 'Aprobada', 'Pendiente'], n(o))
const tpBrand = (o) => row(['VISA', 'MASTERCARD', 'VISA DÉBITO', 'AMERICAN EXPRESS', 'NARANJA', 'CABAL', 'MAESTRO'], (n(o) * 3) % 7)
const tpDebit = (o) => ['VISA DÉBITO', 'MAESTRO'].includes(tpBrand(o))
const tpCuotas = (o) => (tpDebit(o) ? 1 : row([1, 3, 6, 1, 12, 3], n(o)))
const tpAmt = (o) => 18500 + (n(o) % 37) * 2350 + o.qty * 9800
const meState = (o) => row(['Confirmada', 'Finalizada', 'Finalizada', 'Cancelada', 'No show', 'Sentada', 'Finalizada', 'Pendiente de confirmación'], n(o))
const meHour = (o) => row(['12:30', '13:00', '13:30', '20:30', '21:00', '21:30', '22:00', '22:30'], (n(o) * 5) % 8)
const meDay = (o) => o.at + ((n(o) % 15) + 1) * day
const mePax = (o) => row([2, 2, 4, 3, 2, 6, 5, 2, 8], n(o))
const meExp = (o) => row(['', '', 'Menú degustación de cortes', '', '', 'Noche de vinos con maridaje'], n(o))
const srState = (o) => row(['Completada', 'Completada', 'Completada', 'Fallida', 'Completada', 'Pendiente', 'Completada', 'Completada parcial'], n(o))
const srDone = (o) => srState(o) !== 'Pendiente'
const srLat = (o) => -33.38 - (n(o) % 1400) / 10000
const srLon = (o) => -70.52 - (n(o) % 2000) / 10000
const srWin = (o) => row([['09:00', '13:00'], ['13:00', '17:00'], ['17:00', '21:00'], ['09:00', '13:00']], n(o))
const srArrive = (o) => cl(o.at - (o.at % day) + (13 + (n(o) % 10)) * 3600000 + (n(o) % 60) * 60000)
const maSms = (c) => row(['Activo', 'Activo', 'Activo', 'Desuscrito', 'Activo', 'Inválido', 'Activo'], n(c))
const maMail = (c) => (n(c) % 5 === 0 ? '' : row(['Activo', 'Activo', 'Rebotado', 'Activo', 'Desuscrito', 'Activo'], n(c)))
const wmTotal = (o) => Math.round((3.2 + (n(o) % 41) * 0.85 + o.qty * 1.9) * 100) / 100
const wmDisc = (o) => (o.discount ? Math.round(wmTotal(o) * 0.1 * 100) / 100 : 0)
const wmVat = (o) => Math.round((wmTotal(o) - wmDisc(o)) / 1.13 * 0.13 * 100) / 100
const wmShop = (o) => row(['Braga - Avenida Central', 'Braga - Nova Arcada', 'Guimarães - Toural'], n(o))
const wmType = (o) => (n(o) % 5 === 0 ? 'Fatura-Recibo' : 'Fatura Simplificada')
const izType = (o) => row(['Fatura', 'Fatura-Recibo', 'Fatura', 'Nota de Crédito', 'Fatura', 'Fatura-Recibo'], n(o))
const izNet = (o) => Math.round((350 + (n(o) % 53) * 42.5 + o.qty * 120) * 100) / 100
const izSign = (o) => (izType(o) === 'Nota de Crédito' ? -1 : 1)
const izRet = (o) => (n(o) % 3 === 0 ? Math.round(izNet(o) * 0.25 * 100) / 100 : 0)
const izState = (o) => (izType(o) === 'Nota de Crédito' ? 'Finalizado' : izType(o) === 'Fatura-Recibo' ? 'Pago' : row(['Pago', 'Pendente', 'Pago', 'Vencido', 'Pago', 'Anulado'], n(o)))
// [cliente, NIF stem, morada, código postal, localidade, domínio]
const izClient = (c) => row([['Clínica Dentária Sorriso Azul, Lda.', '50931274', 'Avenida da República, 41, 3.º Esq.', '1050-187', 'Lisboa', 'sorrisoazul.pt'], ['Farmácia Central de Odivelas, Lda.', '50218840', 'Rua Guilherme Gomes Fernandes, 12', '2675-372', 'Odivelas', 'farmaciacentralodivelas.pt'], ['Escola de Condução Avenida, Lda.', '51407716', 'Avenida Almirante Reis, 203 A', '1000-048', 'Lisboa', 'ecavenida.pt'], ['Condomínio do Edifício Tejo Mar', '90125533', 'Rua Cidade de Bolama, 8', '1800-079', 'Lisboa', 'gmail.com'], ['Restaurante O Pátio, Unipessoal Lda.', '51655024', 'Rua Direita, 56', '2710-592', 'Sintra', 'opatio-sintra.pt']], n(c))
const bbStatus = (o) => row(['Enviado', 'Entregue', 'Aguardando pagamento', 'Pagamento aprovado', 'Entregue', 'Cancelado', 'Em separação'], n(o))
const bbPay = (o) => row(['Pix', 'Cartão de crédito', 'Boleto bancário', 'Cartão de crédito', 'Pix'], n(o))
const bbShip = (o) => row(['Correios - PAC', 'Correios - SEDEX', 'Jadlog', 'Retirada na loja', 'Correios - SEDEX', 'Loggi'], n(o))
const bbFreight = (o, i) => (bbShip(o) === 'Retirada na loja' ? 0 : cosm(o, i)[3] * o.qty >= 199 ? 0 : bbShip(o) === 'Correios - SEDEX' ? 28.9 : 18.5)
const bbDisc = (o, i) => (o.discount ? Math.round(cosm(o, i)[3] * o.qty * 10) / 100 : 0)
const bbShipTo = (o) => n(o) % 6 === 0
const pkTier = (c) => (n(c) % 10 < 6 ? 'Prata' : n(c) % 10 < 9 ? 'Ouro' : 'Diamante')
const pkEarned = (c) => 120 + (n(c) % 83) * 37
const pkRedeemed = (c) => Math.min(pkEarned(c), (n(c) % 5) * 500)
const pkExpired = (c) => (n(c) % 4 === 0 ? 150 : 0)
const blLast = (c) => later(c) - (n(c) % 90) * day

export const SETS = [
  // ---------------------------------------------------------------- Argentina: card gateway operations
  { name: 'todo-pago-reporte-operaciones-es', product: 'Todo Pago (Prisma Medios de Pago; Portal de comercios > Operaciones > Reporte de operaciones > Exportar a Excel, one row per payment operation, Spanish UI, a Buenos Aires online wine shop)', family: 'payments', language: 'es', schema: E, cols: [
    ['Nro. Operación', (c, o) => String(48000000 + n(o) * 311), ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => dmyhms(ar(o.at)), ['timestamp']],
    ['Nro. Operación Comercio', (c, o) => `VL-${pad(n(o) % 100000, 6)}`, [OR('purchaseID')]],
    ['Estado', (c, o) => tpState(o), []],
    ['Motivo', (c, o, r) => (tpState(o) === 'Rechazada' ? pick(r, ['Fondos insuficientes', 'Tarjeta vencida', 'Denegada por el emisor', 'Datos de la tarjeta inválidos']) : tpState(o) === 'Devuelta' ? 'Devolución total' : ''), []],
    ['Canal', (c, o) => row(['Formulario Todo Pago', 'Billetera Todo Pago', 'Formulario Todo Pago', 'Link de pago'], n(o)), []],
    ['Medio de Pago', (c, o) => tpBrand(o), [OR('payments[0].paymentType')]],
    ['Tipo de Tarjeta', (c, o) => (tpDebit(o) ? 'Débito' : 'Crédito'), [], opt],
    ['Nro. Tarjeta', (c, o, r) => `${row(['450799', '517562', '450995', '376411', '589562', '604202', '501041'], (n(o) * 3) % 7)}******${pad(int(r, 0, 9999), 4)}`, []],
    ['Banco Emisor', (c, o) => (tpBrand(o) === 'NARANJA' ? 'Tarjeta Naranja' : row(['Banco Galicia', 'Banco Santander', 'BBVA Argentina', 'Banco Macro', 'Banco Nación', 'ICBC'], n(o))), []],
    ['Cuotas', (c, o) => String(tpCuotas(o)), []],
    ['Plan', (c, o) => (tpCuotas(o) === 1 ? 'Pago en 1 cuota' : tpCuotas(o) === 3 ? 'Cuota Simple 3' : `${tpCuotas(o)} cuotas sin interés`), []],
    ['Moneda', () => 'ARS', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Monto', (c, o) => thou(tpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monto Devuelto', (c, o) => (tpState(o) === 'Devuelta' ? thou(tpAmt(o)) : '0,00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Arancel', (c, o) => (tpState(o) === 'Aprobada' || tpState(o) === 'Devuelta' ? thou(tpAmt(o) * 0.0299) : '0,00'), []],
    ['IVA Arancel', (c, o) => (tpState(o) === 'Aprobada' || tpState(o) === 'Devuelta' ? thou(tpAmt(o) * 0.0299 * 0.21) : '0,00'), []],
    ['Neto', (c, o) => (tpState(o) === 'Aprobada' ? thou(tpAmt(o) * (1 - 0.0299 * 1.21)) : '0,00'), []],
    ['Fecha de Acreditación', (c, o) => (tpState(o) === 'Aprobada' ? dmy(ar(o.at + (tpDebit(o) ? 2 : 10) * day), '/') : ''), []],
    ['Cód. Autorización', (c, o, r) => (tpState(o) === 'Aprobada' || tpState(o) === 'Devuelta' ? pad(int(r, 0, 999999), 6) : ''), []],
    ['Nro. Lote', (c, o) => String(100 + (n(o) % 50)), []],
    ['Nro. Cupón', (c, o, r) => String(int(r, 1, 9999)), []],
    ['Nombre y Apellido', (c) => AR(c).full, []],
    ['Email', (c) => AR(c).email, EMAIL_ID],
    ['Tipo Doc.', () => 'DNI', []],
    ['Nro. Doc.', (c) => String(AR(c).doc), CUST_ID, opt],
    ['Teléfono', (c) => AR(c).mobile, PHONE_ID],
    ['Domicilio', (c) => AR(c).street, [BILL('street1')]],
    ['Ciudad', (c) => AR(c).city, [BILL('city')]],
    ['Provincia', (c) => AR(c).state, STATE(['commerce.billing.address'])],
    ['Código Postal', (c) => AR(c).zip, [BILL('postalCode')]],
  ] },
  // ---------------------------------------------------------------- Argentina: restaurant reservations
  { name: 'meitre-reservas-export-es', product: 'Meitre (reservas para restaurantes; Panel > Reservas > Exportar (Excel), one row per reservation, Spanish UI, a Palermo (Buenos Aires) grill restaurant)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(3100000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Fecha de creación', (c, o) => dmyhm(ar(o.at)), ['timestamp', OR('createdDate')]],
    ['Fecha', (c, o) => dmy(ar(meDay(o)), '/'), [], opt],
    ['Hora', (c, o) => meHour(o), []],
    ['Turno', (c, o) => (+meHour(o).slice(0, 2) < 17 ? 'Almuerzo' : 'Cena'), []],
    ['Personas', (c, o) => String(mePax(o)), [PL('quantity')], opt],
    ['Nombre', (c) => AR(c).first, []],
    ['Apellido', (c) => AR(c).last, []],
    ['Email', (c, o) => (n(o) % 7 === 4 ? '' : AR(c).email), EMAIL_ID],
    ['Teléfono', (c) => AR(c).mobile, PHONE_ID],
    ['Estado', (c, o) => meState(o), []],
    ['Origen', (c, o) => row(['Meitre Web', 'Instagram', 'Google', 'Teléfono', 'Walk-in', 'Meitre Web', 'WhatsApp'], n(o)), []],
    ['Sector', (c, o) => row(['Salón principal', 'Terraza', 'Barra', 'Salón principal', 'Patio'], n(o)), []],
    ['Mesa', (c, o) => (meState(o) === 'Cancelada' ? '' : String((n(o) % 32) + 1)), []],
    ['Experiencia', (c, o) => meExp(o), [PL('name')], opt],
    ['Seña', (c, o) => (meExp(o) ? thou(mePax(o) * 15000) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Moneda', () => 'ARS', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Etiquetas', (c, o, r) => pick(r, ['', '', '', 'VIP', 'Cumpleaños', 'Celíaco', 'Cliente frecuente, VIP']), []],
    ['Comentarios del cliente', (c, o, r) => pick(r, ['', '', 'Mesa tranquila por favor', 'Venimos con un cochecito', 'Es un aniversario', 'Una persona vegetariana']), []],
    ['Notas internas', (c, o, r) => pick(r, ['', '', '', 'Reconfirmar por WhatsApp', 'Llegó 30 min tarde la última vez']), []],
    ['Visitas', (c) => String((n(c) % 12) + 1), []],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), []],
    ['Creada por', (c, o) => row(['Cliente', 'Cliente', 'Anfitrión: Lucía', 'Cliente', 'Anfitrión: Tomás'], n(o)), []],
    ['Fecha de cancelación', (c, o) => (meState(o) === 'Cancelada' ? dmyhm(ar(o.at + ((n(o) % 5) + 1) * 3600000)) : ''), [OR('cancelDate')], opt],
  ] },
  // ---------------------------------------------------------------- Chile: route planner delivery visits
  { name: 'simpliroute-visitas-export-es', product: 'SimpliRoute (planificación y seguimiento de rutas; Visitas > Exportar visitas (Excel), one row per delivery visit, Spanish UI, a Santiago organic-grocery home-delivery service)', family: 'delivery', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(91000000 + n(o) * 17), ['_id']],
    ['Título', (c) => CL(c).full, []],
    ['Dirección', (c) => `${CL(c).street}, ${CL(c).city}, Región Metropolitana, Chile`, [SHIP('street1')], opt],
    ['Latitud', (c, o) => srLat(o).toFixed(6), [SHIP('_schema.latitude')]],
    ['Longitud', (c, o) => srLon(o).toFixed(6), [SHIP('_schema.longitude')]],
    ['Fecha planificada', (c, o) => ymd(cl(o.at)), ['timestamp', 'commerce.shipping.shipDate']],
    ['Ventana horaria inicio', (c, o) => srWin(o)[0], []],
    ['Ventana horaria fin', (c, o) => srWin(o)[1], []],
    ['Tiempo de servicio', () => '00:05', []],
    ['Carga', (c, o) => dec(4.5 + (n(o) % 23) * 0.75, '.'), []],
    ['Carga 2', (c, o) => String(1 + (n(o) % 3)), []],
    ['Referencia', (c, o) => `PED-${20000 + n(o)}`, [OR('purchaseID')]],
    ['Nombre de contacto', (c) => `${CL(c).first} ${CL(c).last}`, []],
    ['Teléfono de contacto', (c) => CL(c).mobile, PHONE_ID],
    ['Email de contacto', (c) => CL(c).email, EMAIL_ID],
    ['Notas', (c, o, r) => pick(r, ['', '', 'Dejar en conserjería', 'Timbre no funciona, llamar al llegar', 'Casa con reja verde', 'Entregar después de las 18:00']), []],
    ['Vehículo', (c, o) => row(['Furgón 1 - KXPT21', 'Furgón 2 - LBHR56', 'Furgón 3 - RZJW84'], n(o)), []],
    ['Conductor', (c, o) => row(['Cristián Tapia', 'Héctor Vergara', 'Marcela Olivares'], n(o)), []],
    ['Orden', (c, o) => String((n(o) % 24) + 1), []],
    ['Estado', (c, o) => srState(o), []],
    ['Hora llegada', (c, o) => (srDone(o) ? hm(srArrive(o)) : ''), [], opt],
    ['Hora checkout', (c, o) => (srDone(o) ? hm(cl(o.at - (o.at % day) + (13 + (n(o) % 10)) * 3600000 + ((n(o) % 60) + 4) * 60000)) : ''), [], opt],
    ['Comentario checkout', (c, o, r) => (srState(o) === 'Completada' ? pick(r, ['Recibe titular', 'Recibe conserje', 'Recibe familiar', '']) : srState(o) === 'Completada parcial' ? 'Faltó 1 producto (palta Hass)' : ''), []],
    ['Motivo de no entrega', (c, o) => (srState(o) === 'Fallida' ? row(['Cliente ausente', 'Dirección incorrecta', 'Rechazado por cliente'], n(o)) : ''), []],
    ['Latitud checkout', (c, o) => (srDone(o) ? (srLat(o) + 0.00004).toFixed(6) : ''), [GEO_LAT], opt],
    ['Longitud checkout', (c, o) => (srDone(o) ? (srLon(o) - 0.00003).toFixed(6) : ''), [GEO_LON], opt],
  ] },
  // ---------------------------------------------------------------- Colombia: SMS / e-mail marketing contacts
  { name: 'masivapp-contactos-export-es', product: 'Masivapp (plataforma de SMS, correo y WhatsApp masivo; Contactos > Listas > Exportar contactos (CSV), one row per contact, Spanish UI, a Bogotá dental-aesthetics clinic chain)', family: 'sms', language: 'es', schema: P, cols: [
    ['Indicativo', () => '57', ['mobilePhone.countryCode']],
    ['Celular', (c) => CO_(c).mobile, ['mobilePhone.number']],
    ['Correo', (c) => (maMail(c) ? CO_(c).email : ''), ['personalEmail.address']],
    ['Nombre', (c) => CO_(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${CO_(c).last} ${CO_(c).last2}`, ['person.name.lastName']],
    ['Tipo de documento', (c) => (n(c) % 11 === 0 ? 'CE' : 'CC'), []],
    ['Número de documento', (c) => (n(c) % 3 ? String(CO_(c).doc) : ''), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => (n(c) % 4 ? ymd(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['Género', (c) => (CO_(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Dirección', (c) => (n(c) % 5 ? CO_(c).street : ''), at(HOME, 'street1')],
    ['Ciudad', (c) => CO_(c).city, at(HOME, 'city')],
    ['Departamento', (c) => CO_(c).state, STATE(HOME)],
    ['Lista', (c) => row(['Pacientes activos', 'Leads Facebook', 'Pacientes activos', 'Ortodoncia invisible'], n(c)), []],
    ['Estado SMS', (c) => maSms(c), ['mobilePhone.status'], opt],
    ['Estado correo', (c) => maMail(c), ['personalEmail.status'], opt],
    ['Autorización tratamiento de datos', (c) => (n(c) % 8 === 0 ? 'No' : 'Sí'), []],
    ['Fecha de creación', (c) => { const p = co(c.created); return `${ymd(p)} ${hms(p)}` }, []],
    ['Sede', (c) => row(['Usaquén', 'Chapinero', 'Cedritos', 'Chía'], n(c)), []],
    ['Tratamiento de interés', (c) => row(['Diseño de sonrisa', 'Blanqueamiento', 'Ortodoncia', 'Implantes', 'Limpieza'], n(c)), []],
    ['Último envío', (c) => (maSms(c) === 'Activo' ? dmyhm(co(inHours(later(c), -5))) : ''), []],
    ['Clics', (c) => String(maSms(c) === 'Activo' ? n(c) % 6 : 0), []],
    ['Origen', (c) => row(['Importación', 'Formulario web', 'API', 'Importación', 'Landing page'], n(c)), []],
  ] },
  // ---------------------------------------------------------------- Spain: company information list
  { name: 'infocif-listado-empresas-es', product: 'Infocif (información de empresas; Búsqueda avanzada > Listado de empresas > Descargar Excel, one row per company with its first officer, Spanish UI, a Valencia food-packaging maker prospecting)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['CIF', (c) => cifEs(esFirm(c)[1] === 'Sociedad anónima' ? 'A' : esFirm(c)[1] === 'Sociedad cooperativa' ? 'F' : 'B', 1234567 + esI(c) * 1398211), ACC, opt],
    ['Denominación social', (c) => esFirm(c)[0].toUpperCase(), CO],
    ['Forma jurídica', (c) => esFirm(c)[1], []],
    ['Estado', (c) => (n(c) % 17 === 0 ? 'Concurso de acreedores' : 'Activa'), []],
    ['Domicilio social', (c) => esFirm(c)[2], [W('street1')]],
    ['Código postal', (c) => esFirm(c)[3], [W('postalCode')]],
    ['Localidad', (c) => esFirm(c)[4], [W('city')]],
    ['Provincia', (c) => esFirm(c)[5], STATE(['workAddress'])],
    ['Comunidad autónoma', (c) => esFirm(c)[6], [W('region')], opt],
    ['Teléfono', (c) => `${esFirm(c)[7]}${pad((esI(c) * 7919 + 400123) % 10 ** (9 - esFirm(c)[7].length), 9 - esFirm(c)[7].length)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'), ['workPhone.number']],
    ['Fax', (c) => (esI(c) % 2 === 0 ? `${esFirm(c)[7]}${pad((esI(c) * 7919 + 400124) % 10 ** (9 - esFirm(c)[7].length), 9 - esFirm(c)[7].length)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : ''), ['faxPhone.number']],
    ['Web', (c) => `www.${esFirm(c)[8]}`, ['b2b.companyWebsite']],
    ['Email', (c) => (n(c) % 4 ? `${pick(rng(n(c)), ['info', 'administracion', 'comercial'])}@${esFirm(c)[8]}` : ''), ['workEmail.address']],
    ['CNAE', (c) => esFirm(c)[9], []],
    ['Actividad CNAE', (c) => esFirm(c)[10], []],
    ['Fecha de constitución', (c) => row(['14/03/1994', '02/11/1972', '21/06/2008', '09/01/2001', '30/04/1965', '17/10/1986'], esI(c)), []],
    ['Capital social', (c) => `${thou([3006, 60101.21, 120000, 3100, 601012.1, 250000][esI(c)])} €`, []],
    ['Empleados', (c) => String([12, 85, 34, 9, 210, 46][esI(c)]), []],
    ['Ventas', (c) => `${thou([1450000, 18200000, 5300000, 890000, 64000000, 9700000][esI(c)])} €`, []],
    ['Resultado del ejercicio', (c) => `${thou([38200, 912000, -45600, 12400, 2750000, 310500][esI(c)])} €`, []],
    ['Último balance', (c) => String(2022 + (n(c) % 3)), []],
    ['Administrador', (c) => `${ES(c).last.toUpperCase()} ${ES(c).last2.toUpperCase()} ${ES(c).first.toUpperCase()}`, ['person.name.fullName']],
    ['Cargo', (c) => esFirm(c)[11], ['extendedWorkDetails.jobTitle'], opt],
    ['Ranking sector', (c) => String([412, 96, 233, 1180, 18, 145][esI(c)]), []],
  ] },
  // ---------------------------------------------------------------- Mexico: ERP customer file
  { name: 'intelisis-clientes-export-es', product: 'Intelisis ERP (Comercial > Clientes > Consulta > Exportar a Excel, one row per customer with its main contact, Spanish UI, a Monterrey industrial-packaging distributor)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Cliente', (c) => `C${pad(n(c) % 100000, 5)}`, [...B2BID, ...ACC]],
    ['Nombre', (c) => mxFirm(c)[0].toUpperCase(), CO],
    ['Nombre Corto', (c) => mxFirm(c)[1], CO, opt],
    ['RFC', (c) => `${mxFirm(c)[2]}${row(['950312K21', '140822A8B', '870105HQ4', '010618M67', '780930PX2', '990411JD5'], n(c) % 6)}`, ACC, opt],
    ['Régimen Fiscal', (c) => mxFirm(c)[10], []],
    ['Uso CFDI', (c) => row(['G01 - Adquisición de mercancías', 'G03 - Gastos en general', 'G01 - Adquisición de mercancías'], n(c)), []],
    ['Dirección', (c) => mxFirm(c)[3], [W('street1')]],
    ['Número Exterior', (c) => String((n(c) % 4800) + 100), [W('street1'), W('street2')], opt],
    ['Número Interior', (c) => (n(c) % 3 === 0 ? `Bodega ${(n(c) % 9) + 1}` : ''), [W('street2')], opt],
    ['Colonia', (c) => mxFirm(c)[4], [W('street2'), W('street3'), W('region')], opt],
    ['Delegación o Municipio', (c) => mxFirm(c)[5], [W('city')], opt],
    ['Población', (c) => mxFirm(c)[5], [W('city')]],
    ['Estado', (c) => mxFirm(c)[6], STATE(['workAddress'])],
    ['Código Postal', (c) => mxFirm(c)[7], [W('postalCode')]],
    ['País', () => 'México', [W('country')]],
    ['Teléfonos', (c) => (mxFirm(c)[8].length === 2 ? `${mxFirm(c)[8]} ${int(rng(n(c)), 8100, 8399)} ${pad(n(c) % 10000, 4)}` : `${mxFirm(c)[8]} ${int(rng(n(c)), 410, 489)} ${pad(n(c) % 10000, 4)}`), ['workPhone.number']],
    ['Correo Electrónico', (c) => `${plain(MX(c).first.split(' ')[0])}.${plain(MX(c).last)}@${mxFirm(c)[9]}`, ['workEmail.address']],
    ['Contacto', (c) => MX(c).full, ['person.name.fullName']],
    ['Categoría', (c) => row(['Alimentos y bebidas', 'Bebidas', 'Químico', 'Automotriz', 'Alimentos y bebidas', 'Farmacéutico'], n(c) % 6), []],
    ['Agente', (c) => row(['AG01 - Rogelio Treviño', 'AG02 - Claudia Garza', 'AG03 - Mostrador'], n(c)), []],
    ['Condición', (c) => row(['Contado', 'Crédito 30 días', 'Crédito 45 días', 'Crédito 60 días'], n(c)), []],
    ['Límite de Crédito', (c) => group([250000, 500000, 0, 1200000, 150000][n(c) % 5]) + '.00', []],
    ['Saldo', (c) => dec((n(c) % 40) * 18437.5, '.'), []],
    ['Estatus', (c) => (n(c) % 13 === 0 ? 'BAJA' : n(c) % 11 === 0 ? 'BLOQUEADO' : 'ALTA'), [], opt],
    ['Alta', (c) => dmy(mx(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: restaurant POS sales documents
  { name: 'winmax4-listagem-vendas-pt', product: 'WinMax4 (software de gestão e POS para restauração; Vendas > Documentos de venda > Listagem > Exportar para Excel, one row per sales document, European Portuguese UI, a Braga and Guimarães pastry-café chain)', family: 'pos', language: 'pt', schema: E, cols: [
    ['Loja', (c, o) => wmShop(o), ['commerce.commerceScope.storeCode'], opt],
    ['Tipo de Documento', (c, o) => wmType(o), []],
    ['Documento', (c, o) => `${wmType(o) === 'Fatura-Recibo' ? 'FR' : 'FS'} ${row(['BAC', 'BNA', 'GTO'], n(o))}${pt(o.at).y}/${(n(o) * 7) % 90000 + 1000}`, [OR('purchaseID'), '_id']],
    ['ATCUD', (c, o, r) => `${v.alnum(r, 8).toUpperCase()}-${(n(o) * 7) % 90000 + 1000}`, []],
    ['Data', (c, o) => dmy(pt(inHours(o.at, 0)), '-'), ['timestamp', OR('createdDate')]],
    ['Hora', (c, o) => hms(pt(inHours(o.at, 0))), [], opt],
    ['Terminal', (c, o) => `POS ${(n(o) % 3) + 1}`, []],
    ['Funcionário', (c, o) => row(['Sandra', 'Hugo', 'Filipa', 'Rui'], n(o)), []],
    ['Zona', (c, o) => row(['Sala', 'Esplanada', 'Balcão', 'Take-away', 'Sala'], n(o)), []],
    ['Mesa', (c, o) => (['Balcão', 'Take-away'].includes(row(['Sala', 'Esplanada', 'Balcão', 'Take-away', 'Sala'], n(o))) ? '' : String((n(o) % 18) + 1)), []],
    ['Nº Pessoas', (c, o) => String(row([1, 2, 2, 1, 3, 4], n(o))), []],
    ['Cliente', (c, o) => (wmType(o) === 'Fatura-Recibo' || n(o) % 3 === 0 ? String(1000 + (n(c) % 4000)) : '0'), CUST_ID, opt],
    ['Nome', (c, o) => (wmType(o) === 'Fatura-Recibo' || n(o) % 3 === 0 ? PT(c).full : 'Consumidor Final'), []],
    ['NIF', (c, o) => (wmType(o) === 'Fatura-Recibo' || n(o) % 3 === 0 ? PT(c).nif : '999999990'), [], opt],
    ['Nº Artigos', (c, o) => String(o.qty + (n(o) % 4)), []],
    ['Total Ilíquido', (c, o) => dec(wmTotal(o) - wmVat(o) + wmDisc(o)), [], opt],
    ['Desconto', (c, o) => dec(wmDisc(o)), [OR('discountAmount')]],
    ['IVA', (c, o) => dec(wmVat(o)), [OR('taxAmount')]],
    ['Total', (c, o) => dec(wmTotal(o) - wmDisc(o)), [OR('priceTotal')]],
    ['Modo de Pagamento', (c, o) => row(['Numerário', 'Multibanco', 'MB WAY', 'Numerário', 'Cartão de Crédito', 'Multibanco'], n(o)), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => (n(o) % 23 === 0 ? 'Anulado' : 'Normal'), []],
    ['Cartão Cliente', (c, o) => (n(o) % 3 === 0 ? `PC${pad(n(c) % 100000, 6)}` : ''), CUST_ID, opt],
    ['Observações', (c, o, r) => pick(r, ['', '', '', 'Sem açúcar', 'Para levar', 'Fatura com NIF pedida depois']), []],
  ] },
  // ---------------------------------------------------------------- Portugal: online invoicing documents
  { name: 'izibizi-documentos-venda-pt', product: 'iziBizi (faturação online certificada pela AT; Vendas > Documentos > Exportar (Excel), one row per issued document, European Portuguese UI, a Lisbon IT-support and network-installation firm)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['Tipo', (c, o) => izType(o), []],
    ['Série', (c, o) => `${pt(o.at).y}`, []],
    ['Número', (c, o) => `${izType(o) === 'Fatura' ? 'FT' : izType(o) === 'Fatura-Recibo' ? 'FR' : 'NC'} ${pt(o.at).y}/${(n(o) % 900) + 1}`, [OR('purchaseID'), '_id']],
    ['ATCUD', (c, o) => `JF${row(['7K2M', 'QX91', 'B3RT'], n(o))}PS-${(n(o) % 900) + 1}`, []],
    ['Data', (c, o) => ymd(pt(inHours(o.at, 0))), ['timestamp', OR('createdDate')]],
    ['Data de Vencimento', (c, o) => (izType(o) === 'Fatura' ? ymd(pt(inHours(o.at, 0) + 30 * day)) : ''), []],
    ['Cliente', (c) => izClient(c)[0], []],
    ['NIF', (c) => nifPt(+izClient(c)[1]), CUST_ID, opt],
    ['Morada', (c) => izClient(c)[2], [BILL('street1')]],
    ['Código Postal', (c) => izClient(c)[3], [BILL('postalCode')]],
    ['Localidade', (c) => izClient(c)[4], [BILL('city')]],
    ['País', () => 'Portugal', [BILL('country')]],
    ['Email', (c) => (izClient(c)[5] === 'gmail.com' ? 'adm.tejomar@gmail.com' : `geral@${izClient(c)[5]}`), EMAIL_ID, opt],
    ['Moeda', () => 'EUR', [OR('currencyCode')]],
    ['Desconto', (c, o) => dec(o.discount ? izNet(o) * 0.05 * izSign(o) : 0), [OR('discountAmount')]],
    ['Incidência', (c, o) => dec(izNet(o) * izSign(o)), [], opt],
    ['IVA', (c, o) => dec(izNet(o) * 0.23 * izSign(o)), [OR('taxAmount')]],
    ['Retenção na Fonte', (c, o) => dec(izRet(o) * izSign(o)), []],
    ['Total', (c, o) => dec((izNet(o) * 1.23 - izRet(o)) * izSign(o)), [OR('priceTotal')]],
    ['Estado', (c, o) => izState(o), []],
    ['Método de Pagamento', (c, o) => (izState(o) === 'Pago' ? row(['Transferência Bancária', 'Multibanco', 'MB WAY', 'Transferência Bancária'], n(o)) : ''), [OR('payments[0].paymentType')]],
    ['Data de Pagamento', (c, o) => (izState(o) === 'Pago' ? ymd(pt(inHours(o.at, 0) + (izType(o) === 'Fatura' ? (n(o) % 25) + 1 : 0) * day)) : ''), [], opt],
    ['Referência MB', (c, o, r) => (izType(o) === 'Fatura' ? `${int(r, 100, 999)} ${int(r, 100, 999)} ${int(r, 100, 999)}` : ''), []],
    ['Observações', (c, o, r) => pick(r, ['', '', 'Contrato de manutenção mensal', 'Instalação de rede Wi-Fi', 'Deslocação incluída']), []],
  ] },
  // ---------------------------------------------------------------- Brazil: shop platform order lines
  { name: 'bis2bis-pedidos-export-br', product: 'Bis2Bis (plataforma de e-commerce; Painel > Vendas > Pedidos > Exportar (CSV), one row per order item, Brazilian Portuguese UI, a Belo Horizonte natural-cosmetics shop)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Pedido', (c, o) => String(100000000 + n(o) * 3), [OR('purchaseID')]],
    ['Data do Pedido', (c, o) => dmyhms(br(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => bbStatus(o), []],
    ['Nome do Cliente', (c) => BR(c).full, []],
    ['E-mail', (c) => BR(c).email, EMAIL_ID],
    ['CPF/CNPJ', (c) => BR(c).cpf, CUST_ID, opt],
    ['Telefone', (c) => BR(c).mobile, PHONE_ID, opt],
    ['Destinatário', (c, o) => (bbShipTo(o) ? 'Maria Aparecida Rocha' : BR(c).full), []],
    ['Endereço', (c, o) => (bbShipTo(o) ? 'Rua Pernambuco' : BR(c).street), [SHIP('street1')]],
    ['Número', (c, o) => (bbShipTo(o) ? '1077' : String(BR(c).num)), [SHIP('street1'), SHIP('street2')], opt],
    ['Complemento', (c, o) => (bbShipTo(o) ? 'Apto 302' : BR(c).compl), [SHIP('street2')], opt],
    ['Bairro', (c, o) => (bbShipTo(o) ? 'Savassi' : BR(c).hood), [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c, o) => (bbShipTo(o) ? 'Belo Horizonte' : BR(c).city), [SHIP('city')]],
    ['UF', (c, o) => (bbShipTo(o) ? 'MG' : BR(c).state), STATE(['commerce.shipping.address'])],
    ['CEP', (c, o) => (bbShipTo(o) ? '30130-151' : BR(c).zip), [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => cosm(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => cosm(o, i)[1], [PL('name')]],
    ['Variação', (c, o, r, i) => cosm(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço Unitário', (c, o, r, i) => dec(cosm(o, i)[3]), [], opt],
    ['Total do Item', (c, o, r, i) => dec(cosm(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['Frete', (c, o, r, i) => dec(bbFreight(o, i)), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o, r, i) => dec(bbDisc(o, i)), [OR('discountAmount')]],
    ['Cupom', (c, o) => (o.discount ? 'BEMVINDA10' : ''), ['commerce.promotionID'], opt],
    ['Total do Pedido', (c, o, r, i) => dec(cosm(o, i)[3] * o.qty + bbFreight(o, i) - bbDisc(o, i)), [OR('priceTotal')]],
    ['Forma de Pagamento', (c, o) => bbPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (bbPay(o) === 'Cartão de crédito' ? `${row([1, 2, 3, 6], n(o))}x` : '1x'), []],
    ['Forma de Envio', (c, o) => bbShip(o), ['commerce.shipping.shippingMethod']],
    ['Código de Rastreio', (c, o, r) => (['Enviado', 'Entregue'].includes(bbStatus(o)) && bbShip(o).startsWith('Correios') ? `${pick(r, ['QB', 'OY', 'NX'])}${int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  // ---------------------------------------------------------------- Brazil: loyalty programme members
  { name: 'poket-participantes-export-br', product: 'Poket (plataforma de programas de fidelidade; Painel > Participantes > Exportar (Excel), one row per member, Brazilian Portuguese UI, a Recife pharmacy chain\'s points club)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(5400000 + n(c)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => RE(c).full, ['person.name.fullName']],
    ['CPF', (c) => RE(c).cpf, ['person.taxId'], opt],
    ['E-mail', (c) => (n(c) % 6 ? RE(c).email : ''), ['personalEmail.address']],
    ['Celular', (c) => RE(c).mobile, ['mobilePhone.number']],
    ['Data de Nascimento', (c) => (n(c) % 5 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Sexo', (c) => (n(c) % 9 === 0 ? 'Não informado' : RE(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => RE(c).zip, at(HOME, 'postalCode')],
    ['Cidade', (c) => RE(c).city, at(HOME, 'city')],
    ['UF', (c) => RE(c).state, STATE(HOME)],
    ['Programa', () => 'Clube Saúde+', ['loyalty.program']],
    ['Categoria', (c) => pkTier(c), ['loyalty.tier']],
    ['Data de Cadastro', (c) => dmyhm(br(inHours(c.created, -3))), ['loyalty.joinDate']],
    ['Loja de Cadastro', (c) => row(['Boa Viagem', 'Casa Forte', 'Olinda - Carmo', 'App', 'Espinheiro'], n(c)), []],
    ['Pontos Acumulados', (c) => group(pkEarned(c), '.'), ['loyalty.lifetimePoints']],
    ['Pontos Resgatados', (c) => group(pkRedeemed(c), '.'), ['loyalty.pointsRedeemed']],
    ['Pontos Expirados', (c) => group(pkExpired(c), '.'), ['loyalty.expiredPoints']],
    ['Saldo de Pontos', (c) => group(Math.max(0, pkEarned(c) - pkRedeemed(c) - pkExpired(c)), '.'), ['loyalty.points']],
    ['Valor Total em Compras', (c) => `R$ ${thou(pkEarned(c) * 1.0)}`, ['loyalty.lifetimePurchases'], opt],
    ['Última Compra', (c) => dmy(br(later(c)), '/'), []],
    ['Aceita SMS', (c) => (n(c) % 4 ? 'Sim' : 'Não'), []],
    ['Aceita E-mail', (c) => (n(c) % 3 ? 'Sim' : 'Não'), []],
    ['Status', (c) => (n(c) % 12 === 0 ? 'Inativo' : 'Ativo'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: salon client file
  { name: 'belasis-clientes-export-br', product: 'Belasis (sistema para salões de beleza; Clientes > Exportar clientes (Excel), one row per client, Brazilian Portuguese UI, a Belo Horizonte hair and nail salon)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(n(c) % 20000), ['_id', 'personID']],
    ['Nome', (c) => BH(c).full, ['person.name.fullName']],
    ['Apelido', (c) => (n(c) % 4 === 0 ? BH(c).first.split(' ')[0] : ''), [], opt],
    ['Celular', (c) => BH(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (n(c) % 5 === 0 ? `(${BH(c).area}) 3${int(rng(n(c)), 200, 599)}-${pad(n(c) % 10000, 4)}` : ''), ['homePhone.number']],
    ['E-mail', (c) => (n(c) % 4 ? BH(c).email : ''), ['personalEmail.address']],
    ['Data de Nascimento', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Sexo', (c) => (BH(c).female ? 'F' : 'M'), ['person.gender']],
    ['CPF', (c) => (n(c) % 2 ? BH(c).cpf : ''), ['person.taxId'], opt],
    ['CEP', (c) => (n(c) % 3 ? BH(c).zip : ''), at(HOME, 'postalCode')],
    ['Endereço', (c) => (n(c) % 3 ? BH(c).street : ''), at(HOME, 'street1')],
    ['Número', (c) => (n(c) % 3 ? String(BH(c).num) : ''), [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['Complemento', (c) => (n(c) % 3 ? BH(c).compl : ''), at(HOME, 'street2'), opt],
    ['Bairro', (c) => (n(c) % 3 ? BH(c).hood : ''), [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', (c) => BH(c).city, at(HOME, 'city')],
    ['Estado', (c) => BH(c).state, STATE(HOME)],
    ['Como nos conheceu', (c) => row(['Instagram', 'Indicação', 'Google', 'Passando na rua', 'Instagram', 'Booksy'], n(c)), []],
    ['Data de Cadastro', (c) => dmy(br(c.created), '/'), []],
    ['Último Atendimento', (c) => dmy(br(blLast(c)), '/'), []],
    ['Qtd. Atendimentos', (c) => String((n(c) % 40) + 1), []],
    ['Total Gasto', (c) => `R$ ${thou(((n(c) % 40) + 1) * 87.5)}`, [], opt],
    ['Profissional Preferido', (c) => row(['Jéssica', 'Renata (Unhas)', 'Marcos', 'Sem preferência'], n(c)), []],
    ['Saldo de Crédito', (c) => (n(c) % 7 === 0 ? thou(50) : '0,00'), []],
    ['Observações', (c, o, r) => pick(r, ['', '', '', 'Alergia a amônia', 'Prefere horários de sábado', 'Cliente de mechas loiras']), []],
  ] },
  // ---------------------------------------------------------------- Portugal: ERP/CRM contacts of client firms
  { name: 'wintouch-contactos-entidades-pt', product: 'Wintouch (ERP/CRM; CRM > Entidades > Contactos > Exportar para Excel, one row per contact person of a client firm, European Portuguese UI, a Leiria industrial-moulds supplier)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['Nº Contacto', (c) => String(20000 + (n(c) % 30000)), B2BID],
    ['Entidade', (c) => `C${pad(n(c) % 6 + 101, 5)}`, ACC],
    ['Nome da Entidade', (c) => ptFirm(c)[0], CO],
    ['NIF Entidade', (c) => nifPt(50000000 + (n(c) % 6) * 1234567), ACC, opt],
    ['Tratamento', (c) => (n(c) % 3 === 0 ? (PT(c).female ? 'Eng.ª' : 'Eng.') : PT(c).female ? 'Dra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nome', (c) => PT(c).first, ['person.name.firstName']],
    ['Apelido', (c) => PT(c).last, ['person.name.lastName']],
    ['Cargo', (c) => row(['Diretor de Produção', 'Responsável de Compras', 'Gerente', 'Diretora Financeira', 'Técnico de Qualidade'], n(c)), ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => row(['Produção', 'Compras', 'Administração', 'Financeiro', 'Qualidade'], n(c)), ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${plain(PT(c).first)}.${plain(PT(c).last)}@${ptFirm(c)[6]}`, ['workEmail.address']],
    ['Telefone', (c) => `${ptFirm(c)[5]}${pad((n(c) * 7919) % 10 ** (9 - ptFirm(c)[5].length), 9 - ptFirm(c)[5].length)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'), ['workPhone.number']],
    ['Extensão', (c) => (n(c) % 2 ? String(200 + (n(c) % 60)) : ''), ['workPhone.extension']],
    ['Telemóvel', (c) => (n(c) % 4 ? PT(c).mobile : ''), ['mobilePhone.number']],
    ['Morada', (c) => ptFirm(c)[1], [W('street1')]],
    ['Código Postal', (c) => ptFirm(c)[2], [W('postalCode')]],
    ['Localidade', (c) => ptFirm(c)[3], [W('city')]],
    ['Distrito', (c) => ptFirm(c)[4], STATE(['workAddress'])],
    ['País', () => 'Portugal', [W('country')]],
    ['Website', (c) => `www.${ptFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['Tipo de Entidade', (c) => (n(c) % 5 === 0 ? 'Potencial Cliente' : 'Cliente'), [], opt],
    ['Vendedor', (c) => row(['Paulo Ribeiro', 'Sónia Vieira', 'Escritório'], n(c)), []],
    ['Zona', (c) => ({ Leiria: 'Centro', Aveiro: 'Centro', Porto: 'Norte', 'Évora': 'Sul', 'Santarém': 'Centro' })[ptFirm(c)[4]], []],
    ['Aceita Comunicações de Marketing', (c) => (n(c) % 6 === 0 ? 'Não' : 'Sim'), [], opt],
    ['Data de Criação', (c) => dmy(pt(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Observações', (c, o, r) => pick(r, ['', '', '', 'Preferência por contacto por email', 'Visita trimestral']), []],
  ] },
]
