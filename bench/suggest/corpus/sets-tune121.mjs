// Round 121, tune121: tune sets written blind (by a helper that never opened the suggester, its tests, the scorer or
// a score). Same format as sets.mjs (sources in ../README.md). Spanish-language (Spain, Mexico, Colombia) and
// Portuguese-language (Brazil, Portugal) exports: an SMS platform's sent-message report, a padel club's court bookings,
// a shipping aggregator's shipments, a payment platform's transactions, an NF-e issuer's issued notes, a restaurant POS's
// sales documents, a CrossFit box's athletes, a CPaaS contact list, a salon's client list, a company directory's firm
// list, an invoicing package's client file and a small-business CRM's contacts. Headers in the product's UI language;
// Focus NFe's columns follow its public API field names (FocusNFe/api-doc), Playtomic Manager's its help centre's
// vocabulary; the rest are written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// local times written without offset: Madrid (CET/CEST), Lisbon (WET/WEST), Mexico City (-6), Bogotá (-5), Brasília (-3)
const mad = (ms) => shift(ms, summer(ms) ? 2 : 1)
const lis = (ms) => shift(ms, summer(ms) ? 1 : 0)
const cdmx = (ms) => shift(ms, -6)
const bog = (ms) => shift(ms, -5)
const bra = (ms) => shift(ms, -3)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const int0 = (n, t = '.') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '')
// a birth date of an adult customer (1965-2005) and a firm's founding date (1975-2020), from the row's person
const adult = (c) => Date.UTC(1965, 0, 1) + Math.floor((c.birth - Date.UTC(1950, 0, 1)) * 0.8 / day) * day
const founded = (c) => Date.UTC(1975, 0, 1) + Math.floor((c.birth - Date.UTC(1950, 0, 1)) * 0.9 / day) * day
// the same local day at an hour from the list (messages and tickets happen in opening hours)
const within = (ms, tz, k, hours) => ms + (row(hours, k) - tz(ms).H) * 3600000
const later = (c) => c.created + ((+c.id % 400) + 2) * day + (+c.id % 70000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const BS = (leaf) => [BILL(leaf), SHIP(leaf)]

// ---------------------------------------------------------------- identity numbers with their check digits
const dni = (n) => `${pad(n, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`
const cpfDigits = (r) => {
  const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
  const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m }
  d.push(dv(d)); d.push(dv(d))
  return d.join('')
}
const cpfFmt = (s) => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
const nifPt = (first, r) => {
  const d = [first, ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]
  const s = d.reduce((a, x, i) => a + x * (9 - i), 0)
  const c = 11 - (s % 11)
  return d.join('') + (c >= 10 ? 0 : c)
}
const cif = (r) => {
  const d = Array.from({ length: 7 }, () => v.int(r, 0, 9))
  const even = d[1] + d[3] + d[5]
  const odd = [d[0], d[2], d[4], d[6]].reduce((a, x) => a + Math.floor((2 * x) / 10) + ((2 * x) % 10), 0)
  return `B${d.join('')}${(10 - ((even + odd) % 10)) % 10}`
}

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]
const PEOPLE = {
  es: { first: [['Javier', 'Lucía'], ['Sergio', 'Marta'], ['Alberto', 'Cristina'], ['Raúl', 'Elena'], ['Iván', 'Nuria'], ['Adrián', 'Rocío'], ['Jorge', 'Pilar'], ['Héctor', 'Irene']],
    last: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Gil', 'Vázquez', 'Serrano', 'Ortega', 'Rubio', 'Molina', 'Delgado', 'Castro', 'Ferrer', 'Soler'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net', 'gmail.com'] },
  mx: { first: [['José Luis', 'Guadalupe'], ['Juan Carlos', 'María Fernanda'], ['Luis Ángel', 'Ximena'], ['Jorge', 'Daniela'], ['Ricardo', 'Alejandra'], ['Eduardo', 'Mariana']],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Reyes'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx'] },
  co: { first: [['Andrés Felipe', 'Laura'], ['Juan David', 'Valentina'], ['Carlos Andrés', 'Daniela'], ['Santiago', 'María Camila'], ['Sebastián', 'Natalia'], ['Julián', 'Paola']],
    last: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Restrepo', 'Vargas', 'Ospina', 'Cárdenas', 'Zapata', 'Muñoz'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'gmail.com'] },
  br: { first: [['Rafael', 'Juliana'], ['Bruno', 'Fernanda'], ['Felipe', 'Aline'], ['Gustavo', 'Patrícia'], ['Leonardo', 'Renata'], ['Rodrigo', 'Vanessa'], ['Marcelo', 'Tatiane'], ['Diego', 'Priscila']],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Ferreira', 'Almeida', 'Carvalho', 'Ribeiro', 'Barbosa', 'Rocha', 'Moreira', 'Cardoso', 'Nascimento', 'Teixeira'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'] },
  pt: { first: [['João', 'Ana'], ['Tiago', 'Inês'], ['Nuno', 'Sofia'], ['Ricardo', 'Catarina'], ['Miguel', 'Marta'], ['Rui', 'Joana'], ['Pedro', 'Rita']],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Lopes', 'Marques', 'Carvalho', 'Pinto'],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'iol.pt'] },
}
const pmemo = new WeakMap()
const who = (c, k) => {
  let m = pmemo.get(c)
  if (!m) { m = {}; pmemo.set(c, m) }
  if (m[k]) return m[k]
  const r = v.rng(+c.id * 131 + k.charCodeAt(0) * 7 + k.charCodeAt(1))
  const L = PEOPLE[k]
  const female = r() < 0.5
  const first = v.pick(r, L.first)[female ? 1 : 0]
  const last1 = v.pick(r, L.last), last2 = v.pick(r, L.last)
  const last = k === 'pt' || k === 'br' ? `${last1}` : `${last1} ${last2}`
  const f1 = slug(first.split(' ')[0])
  const p = { first, last, last1, last2, female, full: `${first} ${last}`, r,
    email: `${f1}${r() < 0.5 ? '.' : ''}${slug(last1)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`,
    n: v.int(r, 0, 1e6) }
  m[k] = p
  return p
}

// ---------------------------------------------------------------- 1 SMSUP (Spain): an optician chain in Valencia
const SMS_CAMP = [['Recordatorio cita', 'Recordatorio: su cita en Óptica Turia es el {d} a las {h}. Para cambiarla llame al 963 52 14 80'], ['Revisión anual', 'Hola {n}, hace un año de su última revisión visual. Pida cita sin coste en opticaturia.es/cita'], ['Rebajas enero', 'REBAJAS en Óptica Turia: 2ª gafa graduada al 50%. Hasta el 31/01. Baja: responde BAJA'], ['Gafas listas', 'Sus gafas ya están listas para recoger en Óptica Turia {t}. Horario L-S 10-14 y 17-20:30']]
const SMS_STORES = ['Ruzafa', 'Benimaclet', 'Campanar', 'Torrent']
const OPERATORS = ['Movistar', 'Vodafone', 'Orange', 'Yoigo', 'Digi', 'MásMóvil']
const smsRow = (c, o) => {
  const k = +o.id
  const at = within(o.at, mad, k, [10, 11, 12, 13, 17, 18, 19, 20])
  const camp = row(SMS_CAMP, k >> 1)
  const status = row(['Entregado', 'Entregado', 'Entregado', 'No entregado', 'Entregado', 'Enviado'], k)
  return { at, camp, status, store: row(SMS_STORES, k >> 2), op: row(OPERATORS, k >> 3) }
}
const esMobile = (p) => `6${pad(10 + (p.n % 90))} ${100 + (p.n % 900)} ${100 + ((p.n >> 3) % 900)}`
const smsText = (c, o) => {
  const s = smsRow(c, o), p = who(c, 'es'), t = mad(within(o.at + 3 * day, mad, +o.id >> 1, [10, 11, 12, 17, 18, 19]))
  return s.camp[1].replace('{d}', dmy(t)).replace('{h}', hm(t)).replace('{n}', p.first).replace('{t}', s.store)
}

// ---------------------------------------------------------------- 2 Playtomic Manager (Spain): a padel club in the south of Madrid
const PT_CLUBS = ['Pádel Sur Getafe', 'Pádel Sur Leganés']
const PT_COURTS = ['Pista 1 Cristal', 'Pista 2 Cristal', 'Pista 3 Muro', 'Pista 4 Panorámica', 'Pista Tenis 1', 'Pista Pickleball']
const PT_TYPES = [['Reserva online', 'App Playtomic'], ['Partido abierto', 'App Playtomic'], ['Reserva manual', 'Manager'], ['Clase', 'Manager'], ['Reserva online', 'Web del club'], ['Reserva recurrente', 'Manager']]
const ptRow = (c, o) => {
  const k = +o.id
  const court = row(PT_COURTS, k)
  const sport = court.includes('Tenis') ? 'Tenis' : court.includes('Pickleball') ? 'Pickleball' : 'Pádel'
  const dur = row([90, 90, 60, 120, 90], k >> 2)
  const price = sport === 'Pádel' ? (dur === 60 ? 20 : dur === 90 ? 32 : 40) : sport === 'Tenis' ? 14 : 12
  const type = row(PT_TYPES, k >> 1)
  const payState = row(['Pagado', 'Pagado', 'Parcialmente pagado', 'No pagado', 'Pagado'], k >> 3)
  const paid = payState === 'Pagado' ? price : payState === 'No pagado' ? 0 : price / 2
  const cancelled = k % 11 === 0
  const start = o.at + (2 + (k % 9)) * day
  return { court, sport, dur, price, type, payState, paid, cancelled, start, club: row(PT_CLUBS, k >> 4), method: row(['App', 'Tarjeta en club', 'Monedero del club', 'Efectivo', 'App'], k >> 2) }
}

// ---------------------------------------------------------------- 3 Mienvío (Mexico): a Guadalajara specialty-coffee shop
const MX_PLACES = [['Av. Insurgentes Sur', 'Del Valle Centro', 'Benito Juárez', 'Ciudad de México', '03100', '55'], ['Calle Padre Mier', 'Centro', 'Monterrey', 'Nuevo León', '64000', '81'], ['Av. Vallarta', 'Arcos Vallarta', 'Guadalajara', 'Jalisco', '44130', '33'], ['Calle 60', 'Centro', 'Mérida', 'Yucatán', '97000', '999'], ['Blvd. Adolfo López Mateos', 'Jardines del Moral', 'León', 'Guanajuato', '37160', '477'], ['Av. Juárez', 'Centro Histórico', 'Puebla', 'Puebla', '72000', '222'], ['Av. Revolución', 'Zona Centro', 'Tijuana', 'Baja California', '22000', '664'], ['Av. Universidad', 'Copilco Universidad', 'Coyoacán', 'Ciudad de México', '04360', '55']]
const MX_CARRIERS = [['Estafeta', 'Día siguiente'], ['FedEx', 'Express'], ['DHL', 'Express'], ['Estafeta', 'Terrestre'], ['Paquetexpress', 'Estándar'], ['Redpack', 'Ecoexpress'], ['99minutos', 'Mismo día']]
const mxPhone = (area, n) => (area.length === 2 ? `${area} ${pad(1000 + (n % 9000), 4)} ${pad(n % 10000, 4)}` : `${area} ${100 + (n % 900)} ${pad(n % 10000, 4)}`)
const mxRow = (c, o) => {
  const k = +o.id
  const pl = row(MX_PLACES, k)
  const car = pl[2] === 'Guadalajara' ? ['99minutos', 'Mismo día'] : row(MX_CARRIERS, k >> 1)
  const track = car[0] === 'Estafeta' ? `${pad(k % 1000000, 6)}${pad(k * 7919 % 1e8, 8)}${pad(k * 31 % 1e8, 8)}`
    : car[0] === 'FedEx' ? `7${pad(k * 7919 % 1e11, 11)}` : car[0] === 'DHL' ? `${pad(k * 104729 % 1e10, 10)}` : car[0] === '99minutos' ? `99M${pad(k * 37 % 1e7, 7)}` : `${car[0].slice(0, 3).toUpperCase()}${pad(k * 131 % 1e9, 9)}`
  const kg = row([1, 1, 2, 3, 1, 5], k >> 2)
  const cost = car[0] === '99minutos' ? 79 : car[1] === 'Terrestre' || car[1] === 'Estándar' || car[1] === 'Ecoexpress' ? 119 + kg * 12 : 165 + kg * 21.5
  const status = row(['Entregado', 'En tránsito', 'Entregado', 'Guía generada', 'Entregado', 'Recolectado', 'Incidencia'], k >> 1)
  return { pl, car, track, kg, cost, status, ext: row(['', 'Int. 4', '', 'Depto. 302', ''], k >> 3), num: String(100 + (k % 2400)) }
}

// ---------------------------------------------------------------- 4 Payvalida (Colombia): a Medellín language academy
const CO_PLACES = [['Medellín', 'Antioquia'], ['Envigado', 'Antioquia'], ['Bello', 'Antioquia'], ['Itagüí', 'Antioquia'], ['Bogotá D.C.', 'Bogotá D.C.'], ['Rionegro', 'Antioquia'], ['Cali', 'Valle del Cauca']]
const COURSES = [['Inglés General A2 - Trimestre', 189900], ['Inglés Intensivo B1 Sabatino', 459000], ['Preparación IELTS', 620000], ['Francés A1 Virtual', 249000], ['Club de Conversación (mensual)', 89000], ['Inglés Niños Kids 2', 315000]]
const PV_METHODS = [['PSE', 'BANCOLOMBIA'], ['PSE', 'DAVIVIENDA'], ['TARJETA CREDITO', ''], ['EFECTY', ''], ['NEQUI', ''], ['PSE', 'BANCO DE BOGOTA'], ['BANCOLOMBIA BOTON', 'BANCOLOMBIA'], ['DAVIPLATA', '']]
const pvRow = (c, o) => {
  const k = +o.id
  const course = row(COURSES, k)
  const m = row(PV_METHODS, k >> 1)
  const status = row(['APROBADA', 'APROBADA', 'PENDIENTE', 'APROBADA', 'RECHAZADA', 'APROBADA', 'VENCIDA'], k >> 2)
  const fee = m[0] === 'EFECTY' ? 3500 + course[1] * 0.015 : course[1] * 0.029 + 900
  return { course, m, status, fee: Math.round(fee), place: row(CO_PLACES, k >> 3) }
}
const coMobile = (p) => `3${row(['00', '01', '04', '10', '12', '15', '16', '20', '50'], p.n)}${pad(p.n * 7 % 10000000, 7)}`
const cc = (p) => String(1000000000 + (p.n * 917 % 99999999) + 17000000).slice(0, p.n % 3 ? 10 : 8)

// ---------------------------------------------------------------- 5 Focus NFe (Brazil): a São Paulo pet-food e-shop
const BR_PLACES = [['Rua Augusta', 'Consolação', 'São Paulo', 'SP', '01305000'], ['Avenida Sete de Setembro', 'Centro', 'Salvador', 'BA', '40060001'], ['Rua Padre Chagas', 'Moinhos de Vento', 'Porto Alegre', 'RS', '90570080'], ['Rua da Bahia', 'Lourdes', 'Belo Horizonte', 'MG', '30160011'], ['Avenida Boa Viagem', 'Boa Viagem', 'Recife', 'PE', '51011000'], ['Rua XV de Novembro', 'Centro', 'Curitiba', 'PR', '80020310'], ['Rua Oscar Freire', 'Jardim Paulista', 'São Paulo', 'SP', '01426001'], ['Avenida Brigadeiro Faria Lima', 'Pinheiros', 'São Paulo', 'SP', '05426200'], ['Rua Tiradentes', 'Centro', 'Campinas', 'SP', '13015000']]
const DDD = { SP: ['11', '19'], BA: ['71'], RS: ['51'], MG: ['31'], PE: ['81'], PR: ['41'] }
const EMIT_CNPJ = '34187652000190'
const nfRow = (c, o) => {
  const k = +o.id
  const pl = row(BR_PLACES, k)
  const ddd = pl[4].startsWith('13') ? '19' : DDD[pl[3]][0]
  const prod = o.total * 5.4
  const frete = pl[3] === 'SP' ? (k % 3 ? 0 : 14.9) : 24.9 + (k % 5) * 3.1
  const desc = k % 4 === 0 ? +(prod * 0.05).toFixed(2) : 0
  const icms = +(prod * 0.18 * (pl[3] === 'SP' ? 1 : 0.67)).toFixed(2)
  const status = row(['autorizado', 'autorizado', 'autorizado', 'cancelado', 'autorizado', 'autorizado', 'erro_autorizacao'], k >> 1)
  const numero = 18240 + (k % 3000)
  return { pl, ddd, prod, frete, desc, icms, total: +(prod + frete - desc).toFixed(2), status, numero, compl: row(['', 'Apto 52', '', 'Casa 2', '', 'Bloco B Apto 1103'], k >> 2) }
}
const chave = (o, numero) => { const p = bra(o.at); return `35${String(p.y).slice(2)}${pad(p.m)}${EMIT_CNPJ}55001${pad(numero, 9)}1${pad(+o.id * 7919 % 1e8, 8)}${+o.id % 10}` }

// ---------------------------------------------------------------- 6 WinRest (Portugal): a Porto restaurant group
const WR_STORES = ['Ribeira', 'Foz']
const WR_PAY = ['Multibanco', 'Numerário', 'MB WAY', 'Visa', 'Multibanco', 'Mastercard', 'Refeição (Edenred)']
const wrRow = (c, o) => {
  const k = +o.id
  const type = k % 13 === 0 ? ['NC', 'Nota de Crédito'] : k % 3 === 0 ? ['FR', 'Fatura-Recibo'] : ['FS', 'Fatura Simplificada']
  const pax = 1 + (k % 6)
  const gross = +(pax * (14.5 + (k % 9) * 2.35)).toFixed(2)
  const disc = k % 7 === 0 ? +(gross * 0.1).toFixed(2) : 0
  const total = +(gross - disc).toFixed(2)
  const base = +(total / 1.13).toFixed(2)
  const store = row(WR_STORES, k >> 1)
  const seq = 4100 + (k % 5000)
  const at = within(o.at, lis, k, [12, 13, 13, 14, 15, 19, 20, 20, 21, 22])
  return { at, type, pax, total, disc, base, iva: +(total - base).toFixed(2), store, seq, pay: row(WR_PAY, k >> 2), withNif: k % 3 === 0, card: k % 4 === 1 ? `7001${pad(k % 1000000, 6)}` : '' }
}

// ---------------------------------------------------------------- 7 AimHarder (Spain): a CrossFit box in Valencia
const VLC = [['Valencia', '46021'], ['Valencia', '46023'], ['Valencia', '46005'], ['Burjassot', '46100'], ['Paterna', '46980'], ['Mislata', '46920'], ['Alboraya', '46120']]
const VLC_STREETS = ['Av. de Blasco Ibáñez', 'C/ de Sueca', 'Av. del Puerto', 'C/ de Cuba', 'Av. de Aragón', 'C/ Mayor', 'C/ de Jesús']
const AH_RATES = [['Ilimitada mensual', '69,00'], ['3 días/semana', '55,00'], ['2 días/semana', '45,00'], ['Bono 10 clases', '90,00'], ['Ilimitada trimestral', '189,00'], ['Open Box', '40,00']]

// ---------------------------------------------------------------- 8 Masivian (Colombia): a Bogotá footwear retail chain
const BOG = [['Bogotá D.C.', 'Bogotá D.C.'], ['Bogotá D.C.', 'Bogotá D.C.'], ['Chía', 'Cundinamarca'], ['Soacha', 'Cundinamarca'], ['Medellín', 'Antioquia'], ['Cali', 'Valle del Cauca'], ['Barranquilla', 'Atlántico'], ['Bucaramanga', 'Santander']]
const coAddr = (p) => `${row(['Calle', 'Carrera', 'Cra', 'Cl', 'Av. Calle', 'Transversal'], p.n)} ${10 + (p.n % 150)}${row(['', 'A', 'B', ''], p.n >> 2)} # ${1 + (p.n % 90)}-${10 + (p.n % 80)}${p.n % 3 ? '' : ` Apto ${200 + (p.n % 700)}`}`

// ---------------------------------------------------------------- 9 Trinks (Brazil): a Rio de Janeiro hair salon
const RIO = [['Rua Barata Ribeiro', 'Copacabana', '22040-002'], ['Rua Conde de Bonfim', 'Tijuca', '20520-053'], ['Rua Voluntários da Pátria', 'Botafogo', '22270-010'], ['Avenida das Américas', 'Barra da Tijuca', '22640-102'], ['Rua Dias da Cruz', 'Méier', '20720-011'], ['Rua das Laranjeiras', 'Laranjeiras', '22240-003'], ['Rua Visconde de Pirajá', 'Ipanema', '22410-003']]

// ---------------------------------------------------------------- 10 Empresite (Spain): Valencian and Murcian firms with their administrator
const ES_FIRMS = [['CARPINTERÍA METÁLICA LEVANTE SL', 'Sociedad limitada', '2511 - Fabricación de estructuras metálicas y sus componentes', 'cmlevante.es', 'La fabricación, compraventa y montaje de estructuras y carpintería metálica.'], ['MUEBLES HERMANOS SOLER SL', 'Sociedad limitada', '3109 - Fabricación de otros muebles', 'muebleshermanossoler.com', 'La fabricación, compraventa y distribución de muebles.'], ['REFORMAS INTEGRALES DEL TURIA SL', 'Sociedad limitada', '4121 - Construcción de edificios residenciales', 'reformasturia.es', 'La construcción, reforma y rehabilitación de edificios.'], ['CERÁMICAS MEDITERRÁNEO SA', 'Sociedad anónima', '2331 - Fabricación de azulejos y baldosas de cerámica', 'ceramicasmediterraneo.com', 'La fabricación y comercialización de baldosas y revestimientos cerámicos.'], ['DISTRIBUCIONES HORTOFRUTÍCOLAS SEGURA SL', 'Sociedad limitada', '4631 - Comercio al por mayor de frutas y hortalizas', 'hortofruticolasegura.es', 'El comercio al por mayor de frutas, hortalizas y cítricos.'], ['CALZADOS ELDA COMFORT SL', 'Sociedad limitada', '1520 - Fabricación de calzado', 'eldacomfort.com', 'La fabricación y venta de calzado y sus componentes.'], ['TRANSPORTES FRIGORÍFICOS NAVARRO SL', 'Sociedad limitada', '4941 - Transporte de mercancías por carretera', 'tfnavarro.es', 'El transporte de mercancías por carretera a temperatura controlada.'], ['INSTALACIONES ELÉCTRICAS CASTRO Y ORTEGA SL', 'Sociedad limitada', '4321 - Instalaciones eléctricas', 'castroyortega.es', 'Las instalaciones eléctricas y de telecomunicaciones en edificios.']]
const ES_PLACES = [['Valencia', '46015', 'Valencia', 'Comunitat Valenciana', '96'], ['Alicante/Alacant', '03006', 'Alicante', 'Comunitat Valenciana', '965'], ['Elche/Elx', '03203', 'Alicante', 'Comunitat Valenciana', '966'], ['Castellón de la Plana/Castelló de la Plana', '12006', 'Castellón', 'Comunitat Valenciana', '964'], ['Murcia', '30009', 'Murcia', 'Región de Murcia', '968'], ['Gandia', '46701', 'Valencia', 'Comunitat Valenciana', '962'], ['Elda', '03600', 'Alicante', 'Comunitat Valenciana', '965'], ['Paterna', '46988', 'Valencia', 'Comunitat Valenciana', '961']]
const ES_ROLES = ['Administrador único', 'Administrador solidario', 'Consejero delegado', 'Apoderado', 'Presidente', 'Administrador mancomunado']
const esPhone = (pre, n) => { const d = `${pre}${pad(n % 10 ** (9 - pre.length), 9 - pre.length)}`; return `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}` }

// ---------------------------------------------------------------- 11 Gesfaturação (Portugal): a Porto wine distributor's clients
const PT_FIRMS = ['Taberna do Largo, Lda.', 'Garrafeira Cedofeita, Lda.', 'Restaurante O Valentim, Unipessoal Lda.', 'Hotel Douro Vale, S.A.', 'Mercearia da Foz, Lda.', 'Tasca do Zé Manel', 'Quinta da Ribeira Eventos, Lda.', 'Bar Galeria Paris, Lda.', 'Adega Regional de Braga, Lda.', 'Supermercados Minhotos, S.A.']
const PT_PLACES = [['Porto', '4050-253', 'Porto', 'Rua de Cedofeita', '22'], ['Vila Nova de Gaia', '4400-134', 'Porto', 'Avenida da República', '22'], ['Matosinhos', '4450-208', 'Porto', 'Rua Brito Capelo', '22'], ['Braga', '4700-305', 'Braga', 'Avenida da Liberdade', '253'], ['Guimarães', '4810-431', 'Braga', 'Largo do Toural', '253'], ['Peso da Régua', '5050-230', 'Vila Real', 'Rua dos Camilos', '254'], ['Viana do Castelo', '4900-299', 'Viana do Castelo', 'Rua Manuel Espregueira', '258'], ['Aveiro', '3800-200', 'Aveiro', 'Rua de Coimbra', '234']]
const ptLand = (pre, n) => { const d = `${pre}${pad(n % 10 ** (9 - pre.length), 9 - pre.length)}`; return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` }
const ptMobile = (n) => `9${row(['1', '2', '3', '6'], n)}${pad(n * 13 % 10000000, 7)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')

// ---------------------------------------------------------------- 12 CRM Simples (Brazil): a Curitiba packaging distributor
const BR_B2B = [['Embalagens Iguaçu Ltda', 'Cidade Industrial', 'Curitiba', 'PR', '81450-000', '41', 'embalagensiguacu.com.br'], ['Frigorífico Serra Azul S.A.', 'Centro', 'São José dos Pinhais', 'PR', '83005-000', '41', 'serraazul.ind.br'], ['Doces Joinville Indústria Ltda', 'Zona Industrial Norte', 'Joinville', 'SC', '89219-500', '47', 'docesjoinville.com.br'], ['Cafés Norte do Paraná Ltda', 'Centro', 'Londrina', 'PR', '86010-000', '43', 'cafesnortepr.com.br'], ['Laticínios Campos Gerais Ltda', 'Uvaranas', 'Ponta Grossa', 'PR', '84031-000', '42', 'laticinioscg.com.br'], ['Têxtil Vale Europeu Ltda', 'Itoupava Norte', 'Blumenau', 'SC', '89053-000', '47', 'textilvaleeuropeu.com.br'], ['Cosméticos Maringá EIRELI', 'Zona 7', 'Maringá', 'PR', '87020-000', '44', 'cosmeticosmaringa.com.br'], ['Agroindustrial Cascavel Ltda', 'Neva', 'Cascavel', 'PR', '85802-000', '45', 'agrocascavel.ind.br']]
const BR_JOBS = ['Comprador', 'Gerente de Compras', 'Analista de Suprimentos', 'Diretor Industrial', 'Coordenadora de Logística', 'Sócio-proprietário', 'Supervisora de Produção']
const BR_STREETS = ['Rua João Bettega', 'Avenida Rui Barbosa', 'Rua Dona Francisca', 'Avenida Tiradentes', 'Rua Ernesto Vilela', 'Rua 2 de Setembro', 'Avenida Colombo', 'Rua Paraná']

export const SETS = [
  // ---------------------------------------------------------------- E: SMS sent report
  { name: 'smsup-informe-envios-sms-es', product: 'SMSUP (Spanish SMS platform: Informes > Envíos > Exportar CSV, Spanish UI, an optician chain in Valencia sending reminders and promotions; times in Madrid time)', family: 'sms', language: 'es', schema: E, cols: [
    ['ID Mensaje', (c, o, r) => String(v.int(r, 310000000, 319999999)), ['_id']],
    ['Fecha envío', (c, o) => { const p = mad(smsRow(c, o).at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Remitente', () => 'OPTICATURIA', []],
    ['Destinatario', (c) => `34${esMobile(who(c, 'es')).replace(/ /g, '')}`, PHONE_ID],
    ['Nombre', (c, o) => (+o.id % 4 ? who(c, 'es').first : ''), []],
    ['Texto', (c, o) => smsText(c, o), []],
    ['Caracteres', (c, o) => String(smsText(c, o).length), []],
    ['Partes', (c, o) => String(smsText(c, o).length > 160 ? 2 : 1), []],
    ['Campaña', (c, o) => smsRow(c, o).camp[0], ['marketing.campaignName'], opt],
    ['Tipo', (c, o) => (['Rebajas enero', 'Revisión anual'].includes(smsRow(c, o).camp[0]) ? 'Marketing' : 'Transaccional'), [], opt],
    ['Estado', (c, o) => smsRow(c, o).status, [], opt],
    ['Fecha entrega', (c, o) => (smsRow(c, o).status === 'Entregado' ? (() => { const p = mad(smsRow(c, o).at + 4000 + (+o.id % 50) * 1000); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Código error', (c, o) => (smsRow(c, o).status === 'No entregado' ? row(['DELIVERY_FAILED', 'ABSENT_SUBSCRIBER', 'UNKNOWN_SUBSCRIBER'], +o.id) : ''), []],
    ['Operador', (c, o) => smsRow(c, o).op, ['environment.carrier'], opt],
    ['País', () => 'España', [], opt],
    ['Coste (créditos)', (c, o) => ((smsText(c, o).length > 160 ? 2 : 1) * 0.045).toFixed(3).replace('.', ','), []],
    ['Referencia', (c, o) => (smsRow(c, o).camp[0] === 'Rebajas enero' ? '' : `CL-${pad(+c.id % 100000, 5)}`), CUST_ID, opt],
    ['Centro', (c, o) => `Óptica Turia ${smsRow(c, o).store}`, ['commerce.commerceScope.storeCode'], opt],
    ['Clics enlace', (c, o) => (smsRow(c, o).camp[1].includes('opticaturia.es') ? String(+o.id % 3) : ''), []],
    ['Baja', (c, o) => (smsRow(c, o).camp[0] === 'Rebajas enero' && +o.id % 9 === 0 ? 'Sí' : 'No'), []],
    ['Usuario', (c, o) => row(['admin@opticaturia.es', 'ruzafa@opticaturia.es', 'api'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- E: padel club bookings
  { name: 'playtomic-manager-reservas-es', product: 'Playtomic Manager (club back office: Reservas > Exportar a Excel/CSV, Spanish UI, a two-venue padel club south of Madrid; dates dd/MM/yyyy, Madrid time)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID reserva', (c, o, r) => v.uuid(r), ['_id', OR('purchaseID')]],
    ['Club', (c, o) => ptRow(c, o).club, ['commerce.commerceScope.storeCode'], opt],
    ['Fecha de creación', (c, o) => { const p = mad(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Fecha', (c, o) => dmy(mad(ptRow(c, o).start)), [], opt],
    ['Hora inicio', (c, o) => row(['09:00', '10:30', '18:00', '19:30', '21:00', '12:00', '20:00'], +o.id), [], opt],
    ['Duración (min)', (c, o) => String(ptRow(c, o).dur), [], opt],
    ['Pista', (c, o) => ptRow(c, o).court, [PL('name')], opt],
    ['Deporte', (c, o) => ptRow(c, o).sport, [PL('productCategories[0].categoryName')], opt],
    ['Tipo de reserva', (c, o) => ptRow(c, o).type[0], [], opt],
    ['Origen', (c, o) => ptRow(c, o).type[1], [], opt],
    ['Cliente', (c) => who(c, 'es').full, []],
    ['Email', (c, o) => (ptRow(c, o).type[1] === 'Manager' && +o.id % 3 === 0 ? '' : who(c, 'es').email), EMAIL_ID, opt],
    ['Teléfono', (c) => `+34 ${esMobile(who(c, 'es'))}`, PHONE_ID, opt],
    ['Nº jugadores', (c, o) => String(ptRow(c, o).sport === 'Tenis' ? 2 : ptRow(c, o).type[0] === 'Clase' ? 4 : 4 - ((+o.id >> 5) % 2) * 2), []],
    ['Precio', (c, o) => `${dec(ptRow(c, o).price)} €`, [OR('priceTotal')]],
    ['Pagado', (c, o) => `${dec(ptRow(c, o).paid)} €`, [OR('payments[0].paymentAmount')], opt],
    ['Pendiente de pago', (c, o) => `${dec(ptRow(c, o).price - ptRow(c, o).paid)} €`, []],
    ['Estado del pago', (c, o) => ptRow(c, o).payState, [], opt],
    ['Método de pago', (c, o) => (ptRow(c, o).paid ? ptRow(c, o).method : ''), [OR('payments[0].paymentType')], opt],
    ['Estado de la reserva', (c, o) => (ptRow(c, o).cancelled ? 'Cancelada' : 'Confirmada'), [], opt],
    ['Fecha de cancelación', (c, o) => (ptRow(c, o).cancelled ? (() => { const p = mad(o.at + 20 * 3600000); return `${dmy(p)} ${hm(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Nivel medio', (c, o) => (ptRow(c, o).type[0] === 'Partido abierto' ? dec(1.5 + (+o.id % 40) / 10) : ''), []],
    ['Categoría del cliente', (c, o) => row(['Socio', '', 'Socio Premium', '', 'Abono mañanas'], +o.id >> 1), []],
    ['Notas privadas', (c, o) => row(['', '', 'Trae pala de alquiler', '', 'Pagará en recepción'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- E: shipping aggregator shipments
  { name: 'mienvio-envios-exportacion-mx', product: 'Mienvío (Mexican shipping aggregator: Envíos > Exportar CSV, Spanish UI, a Guadalajara specialty-coffee e-shop on Tiendanube; times in Mexico City time)', family: 'delivery', language: 'es', schema: E, cols: [
    ['ID envío', (c, o) => String(2700000 + (+o.id * 13) % 300000), ['_id'], opt],
    ['Fecha de creación', (c, o) => { const p = cdmx(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['No. de orden', (c, o) => `#${1200 + (+o.id % 3800)}`, [OR('purchaseID')]],
    ['Paquetería', (c, o) => mxRow(c, o).car[0], ['commerce.shipping.shippingMethod']],
    ['Servicio', (c, o) => mxRow(c, o).car[1], ['commerce.shipping.shippingMethod'], opt],
    ['Número de guía', (c, o) => mxRow(c, o).track, ['commerce.shipping.trackingNumber']],
    ['Estatus', (c, o) => mxRow(c, o).status, [], opt],
    ['Nombre destinatario', (c) => who(c, 'mx').full, []],
    ['Teléfono destinatario', (c, o) => mxPhone(mxRow(c, o).pl[5], who(c, 'mx').n), PHONE_ID, opt],
    ['Email destinatario', (c) => who(c, 'mx').email, EMAIL_ID, opt],
    ['Calle', (c, o) => mxRow(c, o).pl[0], [SHIP('street1')]],
    ['No. exterior', (c, o) => mxRow(c, o).num, [SHIP('street1'), SHIP('street2')], opt],
    ['No. interior', (c, o) => mxRow(c, o).ext, [SHIP('street2')], opt],
    ['Colonia', (c, o) => mxRow(c, o).pl[1], [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Ciudad / Municipio', (c, o) => mxRow(c, o).pl[2], [SHIP('city')]],
    ['Estado', (c, o) => mxRow(c, o).pl[3], [SHIP('state'), SHIP('stateProvince')]],
    ['C.P. destino', (c, o) => mxRow(c, o).pl[4], [SHIP('postalCode')]],
    ['Referencias', (c, o) => row(['Entre Av. México y Calle Libertad', '', 'Portón negro, tocar fuerte', '', 'Frente a la farmacia'], +o.id), []],
    ['C.P. origen', () => '44600', [], opt],
    ['Peso (kg)', (c, o) => String(mxRow(c, o).kg), []],
    ['Dimensiones (cm)', (c, o) => row(['20x15x10', '30x20x15', '40x30x20'], mxRow(c, o).kg >> 1), []],
    ['Contenido', (c, o) => row(['Café de especialidad 1 kg', 'Café en grano 500 g x2', 'Prensa francesa y café molido', 'Kit barista'], +o.id >> 2), [PL('name')], opt],
    ['Valor declarado', (c, o) => `$${thou(o.total * 18, ',', '.')}`, [], opt],
    ['Seguro', (c, o) => (+o.id % 5 === 0 ? 'Sí' : 'No'), []],
    ['Costo de envío', (c, o) => `$${thou(mxRow(c, o).cost, ',', '.')}`, ['commerce.shipping.shippingAmount'], opt],
    ['Fecha de entrega', (c, o) => (mxRow(c, o).status === 'Entregado' ? dmy(cdmx(o.at + (1 + (+o.id % 4)) * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- E: payment platform transactions
  { name: 'payvalida-transacciones-co', product: 'Payvalida (Colombian payment platform: Panel comercio > Transacciones > Descargar CSV, Spanish UI, a Medellín language academy collecting course fees by PSE, cards, Efecty and wallets; Bogotá time)', family: 'payments', language: 'es', schema: E, cols: [
    ['Orden', (c, o) => `ACAD-${bog(o.at).y}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['PV Order', (c, o) => String(8800000 + (+o.id * 17) % 1000000), [OR('payments[0].transactionID'), '_id']],
    ['Fecha creación', (c, o) => { const p = bog(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Fecha aprobación', (c, o) => (pvRow(c, o).status === 'APROBADA' ? (() => { const p = bog(o.at + (pvRow(c, o).m[0] === 'EFECTY' ? 26 * 3600000 : 95000)); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Estado', (c, o) => pvRow(c, o).status, [], opt],
    ['Medio de pago', (c, o) => pvRow(c, o).m[0], [OR('payments[0].paymentType')]],
    ['Banco / Franquicia', (c, o) => pvRow(c, o).m[1] || (pvRow(c, o).m[0] === 'TARJETA CREDITO' ? row(['VISA', 'MASTERCARD', 'AMEX'], +o.id) : ''), []],
    ['CUS', (c, o) => (pvRow(c, o).m[0] === 'PSE' ? String(1500000000 + (+o.id * 7919) % 400000000) : ''), [OR('payments[0].transactionID')], opt],
    ['Descripción', (c, o) => pvRow(c, o).course[0], [PL('name')], opt],
    ['Monto', (c, o) => `$ ${int0(pvRow(c, o).course[1])}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['IVA', () => '$ 0', [OR('taxAmount')], opt],
    ['Moneda', () => 'COP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Nombre pagador', (c) => who(c, 'co').full, []],
    ['Tipo documento', (c) => (who(c, 'co').n % 9 ? 'CC' : 'CE'), []],
    ['Número documento', (c) => cc(who(c, 'co')), []],
    ['Email', (c) => who(c, 'co').email, EMAIL_ID, opt],
    ['Celular', (c) => coMobile(who(c, 'co')), PHONE_ID, opt],
    ['Ciudad', (c, o) => pvRow(c, o).place[0], [BILL('city')], opt],
    ['Comisión', (c, o) => (pvRow(c, o).status === 'APROBADA' ? `$ ${int0(pvRow(c, o).fee)}` : '$ 0'), []],
    ['IVA comisión', (c, o) => (pvRow(c, o).status === 'APROBADA' ? `$ ${int0(pvRow(c, o).fee * 0.19)}` : '$ 0'), []],
    ['Retención en la fuente', (c, o) => (pvRow(c, o).status === 'APROBADA' ? `$ ${int0(pvRow(c, o).course[1] * 0.015)}` : '$ 0'), []],
    ['Valor neto', (c, o) => (pvRow(c, o).status === 'APROBADA' ? `$ ${int0(pvRow(c, o).course[1] - pvRow(c, o).fee * 1.19 - pvRow(c, o).course[1] * 0.015)}` : '$ 0'), []],
    ['Fecha vencimiento', (c, o) => (pvRow(c, o).m[0] === 'EFECTY' ? ymd(bog(o.at + 3 * day)) : ''), []],
  ] },
  // ---------------------------------------------------------------- E: NF-e issuer's issued notes
  { name: 'focus-nfe-notas-emitidas-pt', product: 'Focus NFe (Brazilian NF-e/NFC-e/NFS-e API: Painel > Notas emitidas > Exportar CSV, columns named as the API fields, a São Paulo pet-food e-shop issuing one NF-e per order)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['ref', (c, o) => `pedido-${60000 + (+o.id % 30000)}`, ['_id'], opt],
    ['status', (c, o) => nfRow(c, o).status, [], opt],
    ['status_sefaz', (c, o) => ({ autorizado: '100', cancelado: '135', erro_autorizacao: '539' })[nfRow(c, o).status], []],
    ['mensagem_sefaz', (c, o) => ({ autorizado: 'Autorizado o uso da NF-e', cancelado: 'Evento registrado e vinculado a NF-e', erro_autorizacao: 'Rejeicao: Duplicidade de NF-e, com diferenca na Chave de Acesso' })[nfRow(c, o).status], []],
    ['numero', (c, o) => String(nfRow(c, o).numero), [OR('purchaseID')]],
    ['serie', () => '1', []],
    ['chave_nfe', (c, o) => (nfRow(c, o).status === 'erro_autorizacao' ? '' : `NFe${chave(o, nfRow(c, o).numero)}`), [], opt],
    ['data_emissao', (c, o) => { const p = bra(o.at); return `${ymd(p)}T${hms(p)}-03:00` }, ['timestamp']],
    ['natureza_operacao', () => 'Venda de mercadoria', []],
    ['cnpj_emitente', () => EMIT_CNPJ, []],
    ['nome_destinatario', (c) => `${who(c, 'br').first} ${who(c, 'br').last1} ${who(c, 'br').last2}`, []],
    ['cpf_destinatario', (c) => cpfDigits(who(c, 'br').r), []],
    ['email_destinatario', (c) => who(c, 'br').email, EMAIL_ID, opt],
    ['telefone_destinatario', (c, o) => `${nfRow(c, o).ddd}9${pad(who(c, 'br').n * 37 % 100000000, 8)}`, PHONE_ID, opt],
    ['logradouro_destinatario', (c, o) => nfRow(c, o).pl[0], BS('street1')],
    ['numero_destinatario', (c, o) => String(12 + (+o.id % 1980)), [...BS('street1'), ...BS('street2')], opt],
    ['complemento_destinatario', (c, o) => nfRow(c, o).compl, BS('street2'), opt],
    ['bairro_destinatario', (c, o) => nfRow(c, o).pl[1], [...BS('street2'), ...BS('street3'), ...BS('region')], opt],
    ['municipio_destinatario', (c, o) => nfRow(c, o).pl[2], BS('city')],
    ['uf_destinatario', (c, o) => nfRow(c, o).pl[3], [...BS('state'), ...BS('stateProvince')]],
    ['cep_destinatario', (c, o) => nfRow(c, o).pl[4], BS('postalCode')],
    ['valor_produtos', (c, o) => nfRow(c, o).prod.toFixed(2), [], opt],
    ['valor_frete', (c, o) => nfRow(c, o).frete.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['valor_desconto', (c, o) => nfRow(c, o).desc.toFixed(2), [OR('discountAmount')]],
    ['icms_valor_total', (c, o) => nfRow(c, o).icms.toFixed(2), [OR('taxAmount')], opt],
    ['valor_total', (c, o) => nfRow(c, o).total.toFixed(2), [OR('priceTotal')]],
    ['modalidade_frete', (c, o) => (nfRow(c, o).frete ? '0' : '9'), []],
    ['caminho_danfe', (c, o) => (nfRow(c, o).status === 'erro_autorizacao' ? '' : `/arquivos/${EMIT_CNPJ}/${ymd(bra(o.at), '').slice(0, 6)}/danfes/${chave(o, nfRow(c, o).numero)}.pdf`), []],
  ] },
  // ---------------------------------------------------------------- E: restaurant POS sales documents
  { name: 'winrest-documentos-venda-pt-pt', product: 'WinRest (Portuguese restaurant POS/back office: Listagens > Documentos de Venda > Exportar para Excel, European Portuguese UI, a Porto restaurant group with two houses; Lisbon time)', family: 'pos', language: 'pt', schema: E, cols: [
    ['Documento', (c, o) => `${wrRow(c, o).type[0]} ${wrRow(c, o).store === 'Ribeira' ? 'RIB' : 'FOZ'}${lis(wrRow(c, o).at).y}/${wrRow(c, o).seq}`, [OR('purchaseID')]],
    ['Tipo Documento', (c, o) => wrRow(c, o).type[1], [], opt],
    ['Data', (c, o) => dmy(lis(wrRow(c, o).at), '-'), ['timestamp'], opt],
    ['Hora', (c, o) => hm(lis(wrRow(c, o).at)), [], opt],
    ['Loja', (c, o) => `Casa ${wrRow(c, o).store}`, ['commerce.commerceScope.storeCode'], opt],
    ['Posto', (c, o) => `POS ${1 + (+o.id % 3)}`, []],
    ['Mesa', (c, o) => (+o.id % 8 === 0 ? 'Balcão' : String(1 + (+o.id % 24))), []],
    ['Empregado', (c, o) => row(['Sérgio', 'Daniela', 'Hugo', 'Filipa', 'Vítor'], +o.id >> 1), []],
    ['N.º Pessoas', (c, o) => String(wrRow(c, o).pax), []],
    ['Cliente', (c, o) => (wrRow(c, o).withNif ? `${who(c, 'pt').first} ${who(c, 'pt').last}` : 'Consumidor Final'), []],
    ['NIF', (c, o) => (wrRow(c, o).withNif ? nifPt(2, who(c, 'pt').r) : '999999990'), []],
    ['Cartão Cliente', (c, o) => wrRow(c, o).card, CUST_ID, opt],
    ['Base Incidência', (c, o) => dec(wrRow(c, o).base), [], opt],
    ['IVA', (c, o) => dec(wrRow(c, o).iva), [OR('taxAmount')]],
    ['Desconto', (c, o) => dec(wrRow(c, o).disc), [OR('discountAmount')]],
    ['Total', (c, o) => dec(wrRow(c, o).type[0] === 'NC' ? -wrRow(c, o).total : wrRow(c, o).total), [OR('priceTotal')]],
    ['Forma de Pagamento', (c, o) => wrRow(c, o).pay, [OR('payments[0].paymentType')]],
    ['Gorjeta', (c, o) => (+o.id % 5 === 0 ? dec(1 + (+o.id % 4)) : '0,00'), []],
    ['Estado', (c, o) => (+o.id % 29 === 0 ? 'Anulado' : 'Normal'), [], opt],
    ['ATCUD', (c, o) => `${row(['JJ7KX9MQ', 'JF2R8WZT'], wrRow(c, o).store === 'Ribeira' ? 0 : 1)}-${wrRow(c, o).seq}`, []],
    ['Hash', (c, o, r) => v.alnum(r, 4), []],
  ] },
  // ---------------------------------------------------------------- P: CrossFit box athletes
  { name: 'aimharder-clientes-exportar-es', product: 'AimHarder (Spanish box/gym management app: Clientes > Exportar a Excel, Spanish UI, a CrossFit box in Valencia)', family: 'membership', language: 'es', schema: P, cols: [
    ['ID', (c) => String(40000 + (+c.id % 60000)), ['_id', 'personID']],
    ['Nombre', (c) => who(c, 'es').first, ['person.name.firstName']],
    ['Apellidos', (c) => who(c, 'es').last, ['person.name.lastName']],
    ['Email', (c) => who(c, 'es').email, ['personalEmail.address']],
    ['Teléfono', (c) => esMobile(who(c, 'es')), ['mobilePhone.number', 'homePhone.number']],
    ['DNI/NIE', (c) => dni(10000000 + (who(c, 'es').n * 73) % 89999999), ['person.taxId']],
    ['Fecha de nacimiento', (c) => dmy(bd(adult(c))), ['person.birthDate']],
    ['Sexo', (c) => (who(c, 'es').female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Dirección', (c) => `${row(VLC_STREETS, who(c, 'es').n)}, ${1 + (who(c, 'es').n % 120)}${who(c, 'es').n % 2 ? `, ${1 + (who(c, 'es').n % 9)}º ${row(['A', 'B', 'C', '1ª', '2ª'], who(c, 'es').n)}` : ''}`, at(HOME, 'street1')],
    ['Código postal', (c) => row(VLC, who(c, 'es').n >> 1)[1], at(HOME, 'postalCode')],
    ['Población', (c) => row(VLC, who(c, 'es').n >> 1)[0], at(HOME, 'city')],
    ['Provincia', () => 'Valencia', STATE(HOME)],
    ['Tarifa', (c) => row(AH_RATES, +c.id)[0], ['loyalty.program', 'loyalty.tier'], opt],
    ['Importe tarifa', (c) => row(AH_RATES, +c.id)[1], []],
    ['Forma de pago', (c) => row(['Domiciliación', 'Tarjeta', 'Domiciliación', 'Efectivo', 'Bizum'], +c.id >> 1), []],
    ['IBAN', (c) => (row(['Domiciliación', 'Tarjeta', 'Domiciliación', 'Efectivo', 'Bizum'], +c.id >> 1) === 'Domiciliación' ? `ES${pad(10 + (+c.id % 89), 2)} ${row(['2100', '0182', '0049', '2038', '3058'], +c.id)} ${pad(+c.id % 10000, 4)} ${pad(+c.id * 7 % 100, 2)}${pad(+c.id * 3 % 100, 2)} ${pad(+c.id * 13 % 10000, 4)} ${pad(+c.id * 17 % 10000, 4)}` : ''), []],
    ['Fecha de alta', (c) => dmy(mad(c.created)), ['loyalty.joinDate'], opt],
    ['Fecha de baja', (c) => (+c.id % 6 === 0 ? dmy(mad(later(c))) : ''), [], opt],
    ['Estado', (c) => (+c.id % 6 === 0 ? 'Baja' : +c.id % 11 === 0 ? 'Congelado' : 'Activo'), ['loyalty.status'], opt],
    ['Próximo cobro', (c) => (+c.id % 6 === 0 ? '' : `01/${pad(1 + (+c.id % 12))}/2025`), []],
    ['Última reserva', (c) => dmy(mad(later(c))), [], opt],
    ['Clases asistidas', (c) => String(+c.id % 380), []],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Consentimiento imagen', (c) => (+c.id % 3 ? 'Sí' : 'No'), []],
    ['Contacto de emergencia', (c) => `${row(['Madre', 'Pareja', 'Padre', 'Hermano/a'], +c.id)}: ${esMobile({ n: who(c, 'es').n * 7 + 11 })}`, []],
    ['Observaciones / Lesiones', (c) => row(['', '', 'Lesión hombro derecho, evitar kipping', '', 'Embarazada - escalar cargas', ''], +c.id), []],
  ] },
  // ---------------------------------------------------------------- P: CPaaS contact list (e-mail, SMS, WhatsApp)
  { name: 'masivian-contactos-lista-co', product: 'Masivian (Colombian e-mail/SMS/WhatsApp marketing platform: Contactos > Lista > Exportar, Spanish UI, a Bogotá footwear retail chain\'s customer list with custom fields)', family: 'marketing-automation', language: 'es', schema: P, cols: [
    ['Email', (c) => who(c, 'co').email, ['personalEmail.address']],
    ['Celular', (c) => `57${coMobile(who(c, 'co'))}`, ['mobilePhone.number']],
    ['Nombre', (c) => who(c, 'co').first, ['person.name.firstName']],
    ['Apellido', (c) => who(c, 'co').last, ['person.name.lastName']],
    ['Tipo de documento', (c) => (who(c, 'co').n % 9 ? 'CC' : 'CE'), []],
    ['Número de documento', (c) => cc(who(c, 'co')), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => (+c.id % 5 ? ymd(bd(adult(c))) : ''), ['person.birthDate']],
    ['Género', (c) => (who(c, 'co').female ? 'F' : 'M'), ['person.gender']],
    ['Dirección', (c) => (+c.id % 4 ? coAddr(who(c, 'co')) : ''), at(HOME, 'street1')],
    ['Ciudad', (c) => row(BOG, who(c, 'co').n)[0], at(HOME, 'city')],
    ['Departamento', (c) => row(BOG, who(c, 'co').n)[1], STATE(HOME)],
    ['País', () => 'Colombia', at(HOME, 'country')],
    ['Estado email', (c) => row(['Activo', 'Activo', 'Activo', 'Rebotado', 'Desuscrito', 'Activo', 'Queja'], +c.id), ['personalEmail.status'], opt],
    ['Estado SMS', (c) => (+c.id % 8 === 0 ? 'Desuscrito' : 'Activo'), ['mobilePhone.status'], opt],
    ['Autorización tratamiento de datos', (c) => (+c.id % 13 ? 'SI' : 'NO'), [], opt],
    ['Fecha de creación', (c) => { const p = bog(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Fuente', (c) => row(['Formulario web', 'Importación', 'POS tienda', 'Landing Black Friday', 'API'], +c.id >> 1), []],
    ['Última apertura', (c) => (+c.id % 3 ? (() => { const p = bog(later(c)); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Último clic', (c) => (+c.id % 5 === 0 ? (() => { const p = bog(later(c) + 300000); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Tienda favorita', (c) => row(['Andino', 'Unicentro', 'Titán Plaza', 'Santafé', 'Online', 'Gran Estación'], +c.id), []],
    ['Talla', (c) => String(who(c, 'co').female ? 35 + (+c.id % 5) : 39 + (+c.id % 6)), []],
    ['Puntos', (c) => int0(+c.id % 4800), ['loyalty.points'], opt],
    ['Segmento', (c) => row(['Frecuente', 'Nuevo', 'Inactivo 180d', 'VIP', 'Frecuente'], +c.id >> 2), [], opt],
  ] },
  // ---------------------------------------------------------------- P: salon client list
  { name: 'trinks-clientes-exportar-pt', product: 'Trinks (Brazilian salon and barbershop booking/management system: Clientes > Exportar para Excel, Brazilian Portuguese UI, a Rio de Janeiro hair salon)', family: 'booking', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(100000 + (+c.id * 7) % 900000), ['_id', 'personID']],
    ['Nome', (c) => `${who(c, 'br').first} ${who(c, 'br').last1} ${who(c, 'br').last2}`, ['person.name.fullName']],
    ['Apelido', (c) => row(['', '', 'Ju', '', 'Nanda', '', 'Rafa'], +c.id), []],
    ['E-mail', (c) => (+c.id % 5 ? who(c, 'br').email : ''), ['personalEmail.address']],
    ['Celular', (c) => `(21) 9${pad(6000 + who(c, 'br').n % 4000, 4)}-${pad(who(c, 'br').n * 3 % 10000, 4)}`, ['mobilePhone.number']],
    ['Telefone', (c) => (+c.id % 4 === 0 ? `(21) ${2200 + (+c.id % 1800)}-${pad(+c.id % 10000, 4)}` : ''), ['homePhone.number']],
    ['CPF', (c) => (+c.id % 3 ? cpfFmt(cpfDigits(who(c, 'br').r)) : ''), ['person.taxId']],
    ['Data de Nascimento', (c) => dmy(bd(adult(c))), ['person.birthDate']],
    ['Sexo', (c) => (who(c, 'br').female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => row(RIO, who(c, 'br').n)[2], at(HOME, 'postalCode')],
    ['Endereço', (c) => row(RIO, who(c, 'br').n)[0], at(HOME, 'street1')],
    ['Número', (c) => String(10 + (who(c, 'br').n % 1500)), [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['Complemento', (c) => row(['Apto 301', '', 'Bloco 2 Apto 704', 'Casa', '', 'Cobertura 01'], who(c, 'br').n >> 2), at(HOME, 'street2'), opt],
    ['Bairro', (c) => row(RIO, who(c, 'br').n)[1], [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', () => 'Rio de Janeiro', at(HOME, 'city')],
    ['Estado', () => 'RJ', STATE(HOME)],
    ['Como nos conheceu', (c) => row(['Instagram', 'Indicação', 'Google', 'Passando na rua', 'Trinks (app)'], +c.id), []],
    ['Profissional preferido', (c) => row(['Carla', 'Anderson', '', 'Bianca', 'Léo'], +c.id >> 1), []],
    ['Data de Cadastro', (c) => dmy(bra(c.created)), [], opt],
    ['Último Atendimento', (c) => dmy(bra(later(c))), [], opt],
    ['Qtd. Atendimentos', (c) => String(1 + (+c.id % 60)), []],
    ['Total Gasto', (c) => `R$ ${thou((1 + (+c.id % 60)) * 118.4)}`, ['loyalty.lifetimePurchases'], opt],
    ['Saldo de Pontos', (c) => String((+c.id * 7) % 900), ['loyalty.points'], opt],
    ['Recebe SMS', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Recebe E-mail Marketing', (c) => (+c.id % 3 ? 'Sim' : 'Não'), [], opt],
    ['Observações', (c) => row(['', 'Alérgica a amônia', '', 'Prefere horário após 18h', '', 'Cabelo com química - teste de mecha'], +c.id), []],
  ] },
  // ---------------------------------------------------------------- B: company directory list
  { name: 'empresite-listado-empresas-es', product: 'Empresite (elEconomista company directory: Listados de empresas > Descargar Excel, Spanish UI, firms in the Valencian Community and Murcia with one registered officer each, for a Valencia office-supplies distributor\'s prospecting)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Razón social', (c) => row(ES_FIRMS, +c.id)[0], CO],
    ['CIF', (c) => cif(who(c, 'es').r), []],
    ['Forma jurídica', (c) => row(ES_FIRMS, +c.id)[1], []],
    ['Dirección', (c) => `${row(['CALLE', 'AVENIDA', 'POLÍGONO INDUSTRIAL', 'CARRETERA'], +c.id >> 1)} ${row(['COLÓN', 'DEL PUERTO', 'FUENTE DEL JARRO', 'DE OCAÑA', 'MAYOR', 'DE ALICANTE'], +c.id >> 2)}, ${1 + (+c.id % 140)}`, [W('street1')]],
    ['Código postal', (c) => row(ES_PLACES, +c.id >> 1)[1], [W('postalCode')]],
    ['Localidad', (c) => row(ES_PLACES, +c.id >> 1)[0], [W('city')]],
    ['Provincia', (c) => row(ES_PLACES, +c.id >> 1)[2], STATE(['workAddress'])],
    ['Comunidad autónoma', (c) => row(ES_PLACES, +c.id >> 1)[3], [W('region')], opt],
    ['Teléfono', (c) => esPhone(row(ES_PLACES, +c.id >> 1)[4], +c.id * 7919), ['workPhone.number']],
    ['Fax', (c) => (+c.id % 3 ? '' : esPhone(row(ES_PLACES, +c.id >> 1)[4], +c.id * 104729)), ['faxPhone.number'], opt],
    ['Email', (c) => (+c.id % 4 ? `${row(['info', 'administracion', 'comercial', 'info'], +c.id)}@${row(ES_FIRMS, +c.id)[3]}` : ''), ['workEmail.address']],
    ['Web', (c) => (+c.id % 3 ? `www.${row(ES_FIRMS, +c.id)[3]}` : ''), ['b2b.companyWebsite']],
    ['CNAE', (c) => row(ES_FIRMS, +c.id)[2], []],
    ['Objeto social', (c) => row(ES_FIRMS, +c.id)[4], []],
    ['Fecha de constitución', (c) => dmy(bd(founded(c))), []],
    ['Capital social', (c) => `${int0(row([3006, 3100, 60000, 12020, 300506], +c.id))} €`, []],
    ['Rango de ventas', (c) => row(['Entre 300.000 y 1 millón €', 'Entre 1 y 6 millones €', 'Menos de 300.000 €', 'Entre 6 y 30 millones €'], +c.id >> 1), []],
    ['Empleados', (c) => row(['De 1 a 9', 'De 10 a 49', 'De 50 a 249', 'De 10 a 49'], +c.id >> 2), []],
    ['Cargo', (c) => row(ES_ROLES, +c.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['Directivo', (c) => `${who(c, 'es').last1.toUpperCase()} ${who(c, 'es').last2.toUpperCase()}, ${who(c, 'es').first.toUpperCase()}`, ['person.name.fullName']],
    ['Estado', (c) => (+c.id % 17 === 0 ? 'En liquidación' : 'Activa'), [], opt],
    ['Última actualización', (c) => dmy(mad(c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- B: invoicing package's client file
  { name: 'gesfaturacao-clientes-exportar-pt-pt', product: 'Gesfaturação (Portuguese certified invoicing software: Clientes > Exportar, European Portuguese UI, a Porto wine distributor\'s client file of restaurants, wine shops and hotels with one contact person each)', family: 'invoicing', language: 'pt', schema: B, cols: [
    ['Código', (c) => `C${pad(+c.id % 10000, 4)}`, [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['Nome', (c) => row(PT_FIRMS, who(c, 'pt').n), CO],
    ['NIF', (c) => nifPt(row([5, 5, 5, 5, 2], +c.id), who(c, 'pt').r), []],
    ['Morada', (c) => `${row(PT_PLACES, +c.id >> 1)[3]}, ${1 + (+c.id % 380)}${+c.id % 4 ? '' : ' - Loja B'}`, [W('street1')]],
    ['Código Postal', (c) => row(PT_PLACES, +c.id >> 1)[1], [W('postalCode')]],
    ['Localidade', (c) => row(PT_PLACES, +c.id >> 1)[0], [W('city')]],
    ['Distrito', (c) => row(PT_PLACES, +c.id >> 1)[2], STATE(['workAddress']), opt],
    ['País', () => 'Portugal', [W('country')]],
    ['Telefone', (c) => ptLand(row(PT_PLACES, +c.id >> 1)[4], +c.id * 7919), ['workPhone.number']],
    ['Telemóvel', (c) => ptMobile(who(c, 'pt').n), ['mobilePhone.number']],
    ['Fax', (c) => (+c.id % 5 ? '' : ptLand(row(PT_PLACES, +c.id >> 1)[4], +c.id * 31)), ['faxPhone.number'], opt],
    ['Email', (c) => `${row(['geral', 'compras', slug(who(c, 'pt').first), 'reservas'], +c.id)}@${slug(row(PT_FIRMS, who(c, 'pt').n).split(',')[0]).slice(0, 16)}.pt`, ['workEmail.address', 'personalEmail.address']],
    ['Website', (c) => (+c.id % 3 ? `www.${slug(row(PT_FIRMS, who(c, 'pt').n).split(',')[0]).slice(0, 16)}.pt` : ''), ['b2b.companyWebsite']],
    ['Pessoa de Contacto', (c) => `${who(c, 'pt').first} ${who(c, 'pt').last}`, ['person.name.fullName']],
    ['Prazo de Vencimento', (c) => row(['30 dias', 'Pronto pagamento', '60 dias', '30 dias'], +c.id >> 1), []],
    ['Método de Pagamento', (c) => row(['Transferência bancária', 'Multibanco', 'Cheque', 'Numerário'], +c.id >> 2), []],
    ['Desconto (%)', (c) => row(['0', '5', '0', '10', '3'], +c.id), []],
    ['Tabela de Preços', (c) => row(['Horeca', 'Garrafeiras', 'Horeca', 'Grandes Contas'], +c.id >> 1), []],
    ['Vendedor', (c) => row(['Paulo Azevedo', 'Sandra Moura', 'Escritório'], +c.id >> 2), []],
    ['Isento de IVA', () => 'Não', []],
    ['Saldo', (c) => dec((+c.id % 7) * 312.45), []],
    ['Observações', (c) => row(['', 'Entregas só de manhã', '', 'Enviar faturas para contabilidade@', ''], +c.id), []],
    ['Data de Criação', (c) => dmy(lis(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Ativo', (c) => (+c.id % 19 === 0 ? 'Não' : 'Sim'), [], opt],
  ] },
  // ---------------------------------------------------------------- B: small-business CRM contacts
  { name: 'crm-simples-contatos-exportar-pt', product: 'CRM Simples (Brazilian small-business CRM: Contatos > Exportar planilha, Brazilian Portuguese UI, a Curitiba industrial-packaging distributor\'s buyers at client and prospect firms)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(5200000 + (+c.id * 11) % 800000), B2BID],
    ['Nome', (c) => `${who(c, 'br').first} ${who(c, 'br').last1}`, ['person.name.fullName']],
    ['Empresa', (c) => row(BR_B2B, +c.id)[0], CO],
    ['Cargo', (c) => row(BR_JOBS, +c.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${slug(who(c, 'br').first)}.${slug(who(c, 'br').last1)}@${row(BR_B2B, +c.id)[6]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c) => `(${row(BR_B2B, +c.id)[5]}) 3${pad(100 + (+c.id % 899), 3)}-${pad(+c.id * 7 % 10000, 4)}`, ['workPhone.number']],
    ['Celular', (c) => `(${row(BR_B2B, +c.id)[5]}) 9${pad(8000 + who(c, 'br').n % 2000, 4)}-${pad(who(c, 'br').n * 3 % 10000, 4)}`, ['mobilePhone.number']],
    ['WhatsApp', (c) => (+c.id % 3 ? `55${row(BR_B2B, +c.id)[5]}9${pad(8000 + who(c, 'br').n % 2000, 4)}${pad(who(c, 'br').n * 3 % 10000, 4)}` : ''), ['mobilePhone.number'], opt],
    ['CPF/CNPJ', (c) => (+c.id % 2 ? `${pad(+c.id * 7 % 100, 2)}.${pad(+c.id * 13 % 1000, 3)}.${pad(+c.id * 17 % 1000, 3)}/0001-${pad(+c.id % 100, 2)}` : ''), []],
    ['Endereço', (c) => `${row(BR_STREETS, +c.id)}, ${100 + (+c.id % 4900)}`, [W('street1')]],
    ['Bairro', (c) => row(BR_B2B, +c.id)[1], [W('street2'), W('street3'), W('region')], opt],
    ['Cidade', (c) => row(BR_B2B, +c.id)[2], [W('city')]],
    ['UF', (c) => row(BR_B2B, +c.id)[3], STATE(['workAddress'])],
    ['CEP', (c) => row(BR_B2B, +c.id)[4], [W('postalCode')]],
    ['Origem', (c) => row(['Site', 'Indicação', 'Feira FISPAL', 'Prospecção ativa', 'Google Ads'], +c.id >> 1), ['b2b.personSource'], opt],
    ['Status', (c) => row(['Lead', 'Em negociação', 'Cliente', 'Cliente', 'Perdido'], +c.id >> 2), ['b2b.personStatus'], opt],
    ['Responsável', (c) => row(['Marcos Kowalski', 'Patrícia Gomes', 'Eduardo Ramos'], +c.id), []],
    ['Etiquetas', (c) => row(['Caixas de papelão', 'Filme stretch; Recorrente', '', 'Alimentício', 'Sacos kraft'], +c.id >> 1), []],
    ['Data de Cadastro', (c) => { const p = bra(c.created); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Último Contato', (c) => dmy(bra(later(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Próxima Tarefa', (c) => (+c.id % 3 ? `${dmy(bra(later(c) + 7 * day))} - ${row(['Ligar', 'Enviar orçamento', 'Visita'], +c.id)}` : ''), []],
    ['Observações', (c) => row(['', 'Compra mensal ~2.000 caixas', '', 'Pediu amostra de filme 25 micras', ''], +c.id), []],
  ] },
]
