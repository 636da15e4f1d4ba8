// Round 73, heldout191: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Spanish, Catalan and European Portuguese exports, headers in the
// product's UI language: a Spanish dental-clinic system's appointment list (Gesden G5), a Spanish sports-centre
// booking system's court-booking list (Resasports) and a Spanish ERP/CRM's contact list (MN Program) (es 3); a Catalan
// ticketing platform's sales export for a promoter (Entrapolis) and a Catalan school platform's pupil list (Clickedu)
// (ca 2); a Portuguese hotel booking engine's reservation export (GuestCentric), a Portuguese CrossFit-box management
// app's athlete list (Regybox) and a Portuguese event-registration platform's registrant list (Eventqualia) (pt 3).
// E 4, P 2, B 2.
// Headers: Gesden's patient and appointment fields follow its published user manual (Infomed, Gesden G5 / Gesden Evo
// manuals); the other 7 and Gesden's list labels are written from the writer's knowledge of each product (no public
// listing of the export columns was found in the time available); a subset of each export's columns, in the order
// the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO, ACCT } from './sets.mjs'
import { pad, dmy, ymd, hm, shift, summer, hash } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOME2 = ['homeAddress', 'mailingAddress']
const WM = ['workAddress', 'mailingAddress']
const WE = ['workEmail.address', 'personalEmail.address']
const day = 86400000
// local clocks: Spain +1/+2, Portugal 0/+1
const esp = (ms) => shift(ms, summer(ms) ? 2 : 1)
const lis = (ms) => shift(ms, summer(ms) ? 1 : 0)
const eur = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const eurT = (x) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const POOL = {
  es: { m: ['Javier', 'Alberto', 'Sergio', 'Pablo', 'Raúl', 'Iván', 'Jorge', 'Daniel', 'Álvaro', 'Rubén'], f: ['Lucía', 'Marta', 'Elena', 'Cristina', 'Nuria', 'Sara', 'Beatriz', 'Irene', 'Silvia', 'Pilar'],
    last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Jiménez', 'Ruiz', 'Navarro', 'Romero', 'Lafuente', 'Gil', 'Serrano', 'Blasco', 'Lorente'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  ca: { m: ['Jordi', 'Marc', 'Pau', 'Oriol', 'Arnau', 'Pol', 'Xavier', 'Albert', 'Joan', 'Gerard'], f: ['Laia', 'Núria', 'Montserrat', 'Mireia', 'Anna', 'Marta', 'Aina', 'Clara', 'Júlia', 'Meritxell'],
    last: ['Puig', 'Vila', 'Soler', 'Ferrer', 'Pujol', 'Roca', 'Casals', 'Font', 'Serra', 'Riera', 'Vidal', 'Masó', 'Bosch', 'Sala', 'Martí', 'Garcia'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com', 'telefonica.net'] },
  pt: { m: ['João', 'Tiago', 'Rui', 'Miguel', 'Pedro', 'Nuno', 'Ricardo', 'Diogo', 'André', 'Hugo'], f: ['Ana', 'Inês', 'Catarina', 'Sofia', 'Mariana', 'Joana', 'Beatriz', 'Rita', 'Marta', 'Filipa'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Carvalho', 'Pinto'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'sapo.pt', 'outlook.pt', 'iol.pt', 'netcabo.pt'] },
}
// [población, provincia, CP prefix, calle]
const ES_PLACES = [['Zaragoza', 'Zaragoza', '500', 'Calle de San Miguel'], ['Zaragoza', 'Zaragoza', '500', 'Paseo de Sagasta'], ['Utebo', 'Zaragoza', '501', 'Avenida de Navarra'], ['Huesca', 'Huesca', '220', 'Calle del Coso Alto'], ['Valencia', 'Valencia', '460', 'Calle de Cuba'], ['Paterna', 'Valencia', '469', 'Calle Mayor'], ['Burjassot', 'Valencia', '461', 'Avenida de Blasco Ibáñez'], ['Torrent', 'Valencia', '469', 'Calle de Ramón y Cajal']]
const CA_PLACES = [['Sabadell', '082', 'Carrer de Gràcia'], ['Sabadell', '082', 'Rambla'], ['Terrassa', '082', 'Carrer de la Rasa'], ['Barberà del Vallès', '082', 'Avinguda de Catalunya'], ['Girona', '170', 'Carrer de la Creu'], ['Salt', '171', 'Carrer Major'], ['Figueres', '176', 'Rambla Nova'], ['Banyoles', '178', 'Passeig de la Indústria']]
// [localidade, CP prefix, rua]
const PT_PLACES = [['Braga', '4700', 'Rua do Souto'], ['Braga', '4710', 'Avenida da Liberdade'], ['Guimarães', '4800', 'Rua de Santo António'], ['Porto', '4000', 'Rua de Santa Catarina'], ['Vila Nova de Gaia', '4400', 'Avenida da República'], ['Barcelos', '4750', 'Rua Dom António Barroso'], ['Famalicão', '4760', 'Rua Adriano Pinto Basto']]
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  let last2 = v.pick(r, d.last)
  if (last2 === last) last2 = cc === 'pt' ? 'Moreira' : 'Castro'
  const p = { female, first, last, last2, r1: r(), r2: r() }
  if (cc === 'pt') {
    // Portuguese order: given name, mother's surname, father's surname (the last one is the "apelido")
    p.lastFull = `${last2} ${last}`
    p.full = `${first} ${last2} ${last}`
    const ds = [v.pick(r, [1, 2, 2, 2]), ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]
    const s = ds.reduce((a, x, i) => a + x * (9 - i), 0) % 11
    p.nif = `${ds.join('')}${s < 2 ? 0 : 11 - s}`
    const pl = v.pick(r, PT_PLACES)
    p.city = pl[0]; p.cp = `${pl[1]}-${pad(v.int(r, 1, 499), 3)}`; p.street = `${pl[2]}, ${v.int(r, 1, 320)}${r() < 0.4 ? `, ${v.int(r, 1, 6)}º ${v.pick(r, ['Esq.', 'Dto.', 'Frente'])}` : ''}`
    p.mobile = `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  } else {
    p.lastFull = `${last} ${last2}`
    p.full = `${first} ${last} ${last2}`
    const num = v.int(r, 10000000, 79999999)
    p.dni = `${num}${DNI_L[num % 23]}`
    p.mobile = `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    if (cc === 'es') {
      const pl = v.pick(r, ES_PLACES)
      p.city = pl[0]; p.prov = pl[1]; p.cp = `${pl[2]}${pad(v.int(r, 1, 20))}`; p.street = `${pl[3]}, ${v.int(r, 1, 120)}, ${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izq.', 'Dcha.'])}`
      p.fixed = `9${pl[1] === 'Valencia' ? '6' : '7'}${v.int(r, 1, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    } else {
      const pl = v.pick(r, CA_PLACES)
      p.city = pl[0]; p.cp = `${pl[1]}${pad(v.int(r, 1, 99))}`; p.street = `${pl[2]}, ${v.int(r, 1, 160)}, ${v.int(r, 1, 5)}r ${v.int(r, 1, 4)}a`
      p.fixed = `${pl[1] === '082' ? '937' : '972'} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    }
  }
  p.email = `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const es = (c) => who(c, 'es'), ca = (c) => who(c, 'ca'), pt = (c) => who(c, 'pt')

// ---------------------------------------------------------------- 1. Gesden G5 appointments (es, E)
const GD_DOC = ['Dra. Lafuente', 'Dr. Blasco', 'Higienista - Carmen']
const GD_TR = ['Revisión', 'Higiene dental (tartrectomía)', 'Empaste composite', 'Endodoncia molar', 'Primera visita', 'Ortodoncia - control', 'Extracción simple', 'Blanqueamiento']
const GD_ST = ['Pendiente', 'Confirmada', 'Atendida', 'Atendida', 'Atendida', 'Falta', 'Anulada']
const GD_MUT = ['Privado', 'Privado', 'Sanitas', 'Adeslas', 'DKV', 'Asisa']
const gdStart = (o) => { const p = esp(o.at); return { ...p, H: 9 + (p.H % 11), M: [0, 15, 30, 45][p.M % 4] } }
const gdDur = (o) => [30, 30, 45, 60, 15][n(o) % 5]

// ---------------------------------------------------------------- 2. Entrapolis sales (ca, E)
const EP_EV = [['Cicle de Jazz de Tardor - Andrea Motis Quartet', 'Auditori de Girona - Sala de Cambra', '21:00'], ['Teatre: La Casa de Bernarda Alba', 'Teatre Municipal de Girona', '20:00'], ['Concert de Nadal - Cor Geriona', 'Església de Sant Feliu', '19:00']]
const EP_TK = [['General', 18], ['Reduïda (estudiants i jubilats)', 14], ['Amfiteatre', 12], ['Platea - fila preferent', 24], ['Carnet Jove', 13]]
const epEv = (o) => EP_EV[n(o) % EP_EV.length]
const epTk = (o) => EP_TK[(n(o) >> 1) % EP_TK.length]
const epQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 2 : 0)
const epFee = (o) => (n(o) % 5 === 0 ? 0 : 1)
const epBox = (o) => n(o) % 5 === 0

// ---------------------------------------------------------------- 3. Resasports bookings (es, E)
const RS_COURT = [['Pista Pádel 1 (cristal)', 'Pádel', 16], ['Pista Pádel 2 (cristal)', 'Pádel', 16], ['Pista Pádel 3', 'Pádel', 14], ['Pista Tenis 1 (tierra batida)', 'Tenis', 12], ['Pista Tenis 2 (rápida)', 'Tenis', 10], ['Frontón', 'Frontón', 8]]
const rsCourt = (o) => RS_COURT[n(o) % RS_COURT.length]
const rsStart = (o) => { const p = esp(o.at + (1 + (n(o) % 6)) * day); return { ...p, H: 8 + (p.H % 14), M: [0, 30][p.M % 2] } }
const rsMin = (o) => (rsCourt(o)[1] === 'Pádel' ? 90 : 60)
const rsMember = (c) => n(c) % 3 !== 0
const rsPrice = (c, o) => rsCourt(o)[2] * (rsMin(o) / 60) * (rsMember(c) ? 0.75 : 1) * (rsStart(o).H >= 18 ? 1.25 : 1)
const rsCancel = (o) => n(o) % 11 === 0

// ---------------------------------------------------------------- 4. Clickedu pupils (ca, P)
const CK_COURSE = ['1r', '2n', '3r', '4t', '5è', '6è']
const ckStage = (c) => (n(c) % 2 === 0 ? 'Primària' : 'ESO')
const ckCourse = (c) => (ckStage(c) === 'Primària' ? `${CK_COURSE[n(c) % 6]} Primària` : `${CK_COURSE[n(c) % 4]} ESO`)
const ckAge = (c) => (ckStage(c) === 'Primària' ? 6 + (n(c) % 6) : 12 + (n(c) % 4))
const ckBirth = (c) => Date.UTC(2025 - ckAge(c), (n(c) * 7) % 12, 1 + (n(c) % 28))
const ckTutor = (c) => { const r = seeded(c, 'tutor'), f = r() < 0.6; const nm = v.pick(r, f ? POOL.ca.f : POOL.ca.m), sn = f ? ca(c).last2 : ca(c).last; return { name: `${nm} ${sn} ${v.pick(r, POOL.ca.last)}`, rel: f ? 'Mare' : 'Pare', email: `${ascii(nm)}.${ascii(sn)}${v.int(r, 1, 99)}@${v.pick(r, POOL.ca.mail)}` } }

// ---------------------------------------------------------------- 5. MN Program contacts (es, B)
const MN_CO = [['Suministros Industriales Vallès, S.L.', 'B65123487', 'Distribución industrial', 'sivalles.com'], ['Talleres Mecánicos Ebro, S.A.', 'A50098765', 'Metalurgia', 'tmebro.es'], ['Plásticos Garraf, S.L.', 'B08456123', 'Inyección de plásticos', 'plasticosgarraf.com'], ['Envases del Llobregat, S.L.', 'B61234890', 'Packaging', 'envasesllobregat.es'], ['Construcciones Pirineo 2010, S.L.', 'B22345678', 'Construcción', 'cpirineo.com'], ['Frigoríficos del Maresme, S.A.', 'A08765432', 'Alimentación', 'frimaresme.com']]
const MN_ADDR = [['Carrer de la Indústria, 45, Pol. Ind. Can Salvatella', '08210', 'Barberà del Vallès', 'Barcelona'], ['Calle Río Ebro, 12, Pol. Malpica', '50016', 'Zaragoza', 'Zaragoza'], ['Carrer del Garraf, 8', '08800', 'Vilanova i la Geltrú', 'Barcelona'], ['Avinguda del Llobregat, 101', '08940', 'Cornellà de Llobregat', 'Barcelona'], ['Calle Tarazona, 3', '22004', 'Huesca', 'Huesca'], ['Camí Ral, 220', '08302', 'Mataró', 'Barcelona']]
const MN_JOB = [['Jefe de Compras', 'Compras'], ['Director Técnico', 'Producción'], ['Responsable de Mantenimiento', 'Mantenimiento'], ['Administración', 'Administración'], ['Gerente', 'Dirección'], ['Técnico de Calidad', 'Calidad']]
const mnCo = (c) => MN_CO[n(c) % MN_CO.length]
const mnAddr = (c) => MN_ADDR[n(c) % MN_ADDR.length]
const mnJob = (c) => MN_JOB[(n(c) >> 2) % MN_JOB.length]

// ---------------------------------------------------------------- 6. GuestCentric reservations (pt, E)
const GC_ROOM = [['Quarto Duplo Standard', 118], ['Quarto Duplo Superior com Vista Rio', 156], ['Suite Júnior', 210], ['Quarto Individual', 92]]
const GC_RATE = [['Tarifa Flexível', 1], ['Não Reembolsável', 0.88], ['Pequeno-almoço incluído', 1.12], ['Estadia Longa (3+ noites)', 0.9]]
const GC_CTRY = [['Portugal', 'PT'], ['Portugal', 'PT'], ['Espanha', 'ES'], ['França', 'FR'], ['Reino Unido', 'GB'], ['Alemanha', 'DE'], ['Estados Unidos', 'US'], ['Brasil', 'BR']]
const gcRoom = (o) => GC_ROOM[n(o) % GC_ROOM.length]
const gcRate = (o) => GC_RATE[(n(o) >> 1) % GC_RATE.length]
const gcNights = (o) => 1 + (n(o) % 4)
const gcIn = (o) => o.at + (3 + (n(o) % 60)) * day
const gcTotal = (o) => gcRoom(o)[1] * gcRate(o)[1] * gcNights(o)
const gcCancel = (o) => n(o) % 9 === 0
const gcCtry = (c) => GC_CTRY[n(c) % GC_CTRY.length]
const gcDT = (ms) => { const p = lis(ms); return `${ymd(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- 7. Regybox athletes (pt, P)
const RB_PLAN = ['Ilimitado Mensal', '3x Semana', '2x Semana', 'Open Box', 'Ilimitado Trimestral', 'Pack 10 Aulas']
const RB_ST = ['Ativo', 'Ativo', 'Ativo', 'Ativo', 'Inativo', 'Suspenso']

// ---------------------------------------------------------------- 8. Eventqualia registrants (pt, B)
const EQ_CO = [['Transportes Nogueira & Filhos, Lda.', '503456789'], ['LusoFrio Logística, S.A.', '508123456'], ['Porto Cargo Solutions, Lda.', '514987321'], ['Câmara Municipal de Sines', '506802850'], ['Armazéns do Tejo, S.A.', '500234567'], ['Iberfreight Portugal, Unipessoal Lda.', '515678903']]
const EQ_JOB = ['Diretor de Operações', 'Gestora de Armazém', 'Responsável de Supply Chain', 'Administrador', 'Técnica Comercial', 'Diretor Logístico']
const EQ_TK = [['Early Bird', 95], ['Geral', 140], ['Associado APLOG', 80], ['Convidado', 0], ['Estudante', 35]]
const eqCo = (c) => EQ_CO[n(c) % EQ_CO.length]
const eqTk = (c) => EQ_TK[(n(c) >> 1) % EQ_TK.length]
const eqDom = (c) => `${ascii(eqCo(c)[0].split(/[ ,&]/)[0])}${ascii(eqCo(c)[0].split(/[ ,&]/)[1] || '')}.pt`

export const SETS = [
  { name: 'gesden-listado-citas-es', product: 'Gesden G5 (Infomed; Agenda > Listado de citas > Exportar a Excel, one row per appointment, Spanish UI, a two-dentist clinic in Zaragoza)', family: 'healthcare', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(gdStart(o), '/'), ['timestamp']],
    ['Hora', (c, o) => hm(gdStart(o)), [], opt],
    ['Duración', (c, o) => `${gdDur(o)} min`, []],
    ['Book', (c, o) => GD_DOC[n(o) % 3], []],
    ['Gabinete', (c, o) => `Gabinete ${1 + (n(o) % 3)}`, []],
    ['Nº Historia', (c) => String(1 + (n(c) % 6800)), CUST_ID, opt],
    ['Apellidos', (c) => es(c).lastFull, []],
    ['Nombre', (c) => es(c).first, []],
    ['NIF', (c) => (n(c) % 5 === 0 ? '' : es(c).dni), []],
    ['Tel. móvil', (c) => es(c).mobile, PHONE_ID],
    ['Tel. particular', (c) => (n(c) % 3 === 0 ? es(c).fixed : ''), PHONE_ID, opt],
    ['E-mail', (c) => (n(c) % 4 === 1 ? '' : es(c).email), EMAIL_ID],
    ['Tratamiento', (c, o) => GD_TR[n(o) % GD_TR.length], [PL('name')], opt],
    ['Mutua', (c) => GD_MUT[n(c) % GD_MUT.length], []],
    ['Estado', (c, o) => GD_ST[n(o) % GD_ST.length], ['eventType'], opt],
    ['Primera visita', (c, o) => (GD_TR[n(o) % GD_TR.length] === 'Primera visita' ? 'Sí' : 'No'), []],
    ['Hora llegada', (c, o) => (GD_ST[n(o) % GD_ST.length] === 'Atendida' ? (() => { const p = gdStart(o), e = p.H * 60 + p.M - 3 - (n(o) % 12); return `${pad(Math.floor(e / 60))}:${pad(e % 60)}` })() : ''), []],
    ['Observaciones', (c, o) => ['', '', 'Recordar SMS', 'Alérgico a penicilina', '', 'Viene con la madre'][n(o) % 6], []],
    ['Cita dada por', (c, o) => (n(o) % 6 === 0 ? 'Cita online' : v.pick(v.rng(n(o)), ['Recepción - Pilar', 'Recepción - Ana'])), []],
  ] },
  { name: 'entrapolis-vendes-ca', product: 'Entrapolis (àrea de promotor: Vendes > Exporta a Excel, one row per order, Catalan UI, a cultural association programming concerts and theatre in Girona)', family: 'events', language: 'ca', schema: E, cols: [
    ['Núm. comanda', (c, o) => `EP${String(3180000 + n(o) * 13)}`, ['_id', OR('purchaseID')]],
    ['Data de compra', (c, o) => { const p = esp(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Esdeveniment', (c, o) => epEv(o)[0], [], opt],
    ['Sessió', (c, o) => `${dmy(esp(o.at + (4 + (n(o) % 40)) * day), '/')} ${epEv(o)[2]}`, []],
    ['Recinte', (c, o) => epEv(o)[1], [], opt],
    ["Tipus d'entrada", (c, o) => epTk(o)[0], [PL('name')], opt],
    ['Quantitat', (c, o) => String(epQty(o)), [PL('quantity')]],
    ['Preu unitari', (c, o) => `${eur(epTk(o)[1])} €`, [], opt],
    ['Despeses de gestió', (c, o) => `${eur(epFee(o) * epQty(o))} €`, []],
    ['Import total', (c, o) => `${eur((epTk(o)[1] + epFee(o)) * epQty(o))} €`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Forma de pagament', (c, o) => (epBox(o) ? v.pick(v.rng(n(o)), ['Efectiu', 'Targeta (TPV taquilla)']) : v.pick(v.rng(n(o)), ['Targeta', 'Targeta', 'Bizum'])), [OR('payments[0].paymentType')]],
    ['Canal', (c, o) => (epBox(o) ? 'Taquilla' : 'Web'), [], opt],
    ['Estat', (c, o) => (n(o) % 21 === 0 ? 'Retornada' : 'Pagada'), [], opt],
    ['Nom', (c, o) => (epBox(o) && n(o) % 2 ? '' : ca(c).first), []],
    ['Cognoms', (c, o) => (epBox(o) && n(o) % 2 ? '' : ca(c).lastFull), []],
    ['Correu electrònic', (c, o) => (epBox(o) && n(o) % 2 ? '' : ca(c).email), EMAIL_ID],
    ['Telèfon', (c, o) => (epBox(o) || n(c) % 4 === 0 ? '' : ca(c).mobile), PHONE_ID],
    ['Codi postal', (c) => ca(c).cp, [BILL('postalCode')], opt],
    ['Codi promocional', (c, o) => (n(o) % 7 === 0 ? 'AMICSAUDITORI' : ''), ['commerce.promotionID']],
    ['Accepta comunicacions', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
  ] },
  { name: 'resasports-listado-reservas-es', product: 'Resasports (panel de gestión: Reservas > Listado > Exportar a Excel, one row per court booking, Spanish UI, a padel and tennis club in Valencia)', family: 'fitness', language: 'es', schema: E, cols: [
    ['ID Reserva', (c, o) => String(1450000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(rsStart(o), '/'), ['timestamp']],
    ['Hora inicio', (c, o) => hm(rsStart(o)), [], opt],
    ['Hora fin', (c, o) => { const p = rsStart(o), e = p.H * 60 + p.M + rsMin(o); return `${pad(Math.floor(e / 60) % 24)}:${pad(e % 60)}` }, []],
    ['Instalación', (c, o) => rsCourt(o)[0], [PL('name')], opt],
    ['Deporte', (c, o) => rsCourt(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Usuario', (c) => es(c).full, []],
    ['Email', (c) => es(c).email, EMAIL_ID],
    ['Teléfono', (c) => es(c).mobile.replace(/ /g, ''), PHONE_ID],
    ['Socio', (c) => (rsMember(c) ? 'Sí' : 'No'), []],
    ['Jugadores', (c, o) => (rsCourt(o)[1] === 'Pádel' ? '4' : String(2 + (n(o) % 2) * 2)), []],
    ['Importe', (c, o) => eur(rsPrice(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Forma de pago', (c, o) => ['Tarjeta online', 'Monedero virtual', 'Tarjeta online', 'Efectivo en recepción', 'Bono 10 partidos'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Pagada', (c, o) => (n(o) % 5 === 3 && n(o) % 2 ? 'No' : 'Sí'), [], opt],
    ['Origen', (c, o) => ['App', 'Web', 'App', 'Recepción'][n(o) % 4], [], opt],
    ['Estado', (c, o) => (rsCancel(o) ? 'Cancelada' : 'Confirmada'), [], opt],
    ['Fecha creación', (c, o) => { const p = esp(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')], opt],
    ['Fecha cancelación', (c, o) => (rsCancel(o) ? (() => { const p = esp(o.at + 20 * 3600000); return `${dmy(p, '/')} ${hm(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Observaciones', (c, o) => ['', '', 'Alquiler de palas (2)', '', 'Clase con monitor', 'Luz incluida'][n(o) % 6], []],
  ] },
  { name: 'clickedu-llistat-alumnes-ca', product: 'Clickedu (Alumnes > Llistats > Exporta a Excel, one row per enrolled pupil, Catalan UI, a primary and secondary concertada school in Sabadell)', family: 'education', language: 'ca', schema: P, cols: [
    ['Codi', (c) => String(2000 + (n(c) % 7000)), ID],
    ['IDALU', (c) => `${pad(1000000000 + (n(c) * 7919) % 900000000, 10)}`, [], opt],
    ['Primer cognom', (c) => ca(c).last, ['person.name.lastName']],
    ['Segon cognom', (c) => ca(c).last2, ['person.name.lastName'], opt],
    ['Nom', (c) => ca(c).first, ['person.name.firstName']],
    ['Sexe', (c) => (ca(c).female ? 'Dona' : 'Home'), ['person.gender']],
    ['Data de naixement', (c) => v.fmt.eu(ckBirth(c)), ['person.birthDate']],
    ['DNI/NIE', (c) => (ckAge(c) >= 14 || n(c) % 3 === 0 ? ca(c).dni : ''), ['person.taxId'], opt],
    ['TSI', (c) => `${ascii(ca(c).last).slice(0, 2).toUpperCase()}${ascii(ca(c).last2).slice(0, 2).toUpperCase()}${pad(n(c) % 1000000, 6)}${pad(n(c) % 100)}`, []],
    ['Nacionalitat', (c) => (n(c) % 17 === 0 ? 'Marroc' : n(c) % 19 === 0 ? 'Romania' : 'Espanya'), ['person.nationality']],
    ['Etapa', (c) => ckStage(c), []],
    ['Curs', (c) => ckCourse(c), []],
    ['Grup', (c) => `${ckCourse(c)} ${'ABC'[n(c) % 3]}`, []],
    ['Adreça', (c) => ca(c).street, at(HOME2, 'street1')],
    ['Codi postal', (c) => ca(c).cp, at(HOME2, 'postalCode')],
    ['Població', (c) => ca(c).city, at(HOME2, 'city')],
    ['Telèfon', (c) => (n(c) % 3 === 0 ? ca(c).fixed : ''), ['homePhone.number']],
    ['Correu alumne', (c) => (ckStage(c) === 'ESO' ? `${ascii(ca(c).first)}.${ascii(ca(c).last)}@alumnes.escolasantnicolau.cat` : ''), ['personalEmail.address'], opt],
    ['Nom tutor/a 1', (c) => ckTutor(c).name, []],
    ['Parentiu tutor/a 1', (c) => ckTutor(c).rel, []],
    ['Mòbil tutor/a 1', (c) => ca(c).mobile, ['mobilePhone.number', 'homePhone.number'], opt],
    ['Correu tutor/a 1', (c) => ckTutor(c).email, ['personalEmail.address'], opt],
    ["Data d'alta", (c) => `01/09/${2025 - (ckAge(c) - (ckStage(c) === 'ESO' ? 12 : 6))}`, []],
    ["Drets d'imatge", (c) => (c.bool ? 'Sí' : 'No'), []],
    ['Estat', (c) => (n(c) % 23 === 0 ? 'Baixa' : 'Actiu'), [], opt],
  ] },
  { name: 'mnprogram-contactos-es', product: 'MN Program (CRM: Contactos > Exportar a Excel, one row per contact person of a client or prospect company, Spanish UI, an industrial-supplies distributor in Barcelona)', family: 'crm', language: 'es', schema: B, cols: [
    ['Código', (c) => String(10000 + (n(c) % 80000)), B2BID],
    ['Cód. cliente', (c) => `C${pad(100 + MN_CO.indexOf(mnCo(c)) * 37, 5)}`, ACCT, opt],
    ['Empresa', (c) => mnCo(c)[0], CO],
    ['CIF', (c) => mnCo(c)[1], []],
    ['Tratamiento', (c) => (es(c).female ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => es(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => es(c).lastFull, ['person.name.lastName']],
    ['Cargo', (c) => mnJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => mnJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${ascii(es(c).first)[0]}${ascii(es(c).last)}@${mnCo(c)[3]}`, WE],
    ['Teléfono', (c) => `${{ Zaragoza: '976', Huesca: '974' }[mnAddr(c)[3]] || `93${v.int(seeded(c, 'tel'), 1, 9)}`} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} 00`, ['workPhone.number']],
    ['Ext.', (c) => (n(c) % 3 === 0 ? '' : String(200 + (n(c) % 60))), ['workPhone.extension'], opt],
    ['Móvil', (c) => (n(c) % 4 === 0 ? '' : es(c).mobile), ['mobilePhone.number']],
    ['Dirección', (c) => mnAddr(c)[0], at(WM, 'street1')],
    ['C.P.', (c) => mnAddr(c)[1], at(WM, 'postalCode')],
    ['Población', (c) => mnAddr(c)[2], at(WM, 'city')],
    ['Provincia', (c) => mnAddr(c)[3], STATE(WM)],
    ['País', () => 'España', at(WM, 'country')],
    ['Web', (c) => `www.${mnCo(c)[3]}`, ['b2b.companyWebsite']],
    ['Sector', (c) => mnCo(c)[2], []],
    ['Tipo', (c) => (n(c) % 3 === 0 ? 'Potencial' : 'Cliente'), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Comercial', (c) => ['Jordi Pujol', 'Marta Soler', 'Óscar Ibáñez'][n(c) % 3], []],
    ['Origen', (c) => ['Feria BIEMH', 'Web', 'Recomendación', 'Llamada en frío', 'Web'][n(c) % 5], ['b2b.personSource']],
    ['Fecha alta', (c) => v.fmt.eu(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['No enviar publicidad', (c) => (c.bool ? 'No' : 'Sí'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.personOptInOut.globalOptout'], opt],
  ] },
  { name: 'guestcentric-reservas-pt', product: 'GuestCentric (backoffice: Reservas > Exportar CSV, one row per booking from the hotel\'s direct booking engine, European Portuguese UI, a boutique hotel on the Porto riverside)', family: 'travel', language: 'pt', schema: E, cols: [
    ['Código da reserva', (c, o) => `GC${pad((n(o) * 48271) % 100000000, 8)}`, ['_id', OR('purchaseID')]],
    ['Data da reserva', (c, o) => gcDT(o.at), ['timestamp']],
    ['Estado', (c, o) => (gcCancel(o) ? 'Cancelada' : n(o) % 7 === 0 ? 'Modificada' : 'Confirmada'), [], opt],
    ['Check-in', (c, o) => ymd(lis(gcIn(o)), '-'), [], opt],
    ['Check-out', (c, o) => ymd(lis(gcIn(o) + gcNights(o) * day), '-'), []],
    ['Noites', (c, o) => String(gcNights(o)), []],
    ['Tipo de quarto', (c, o) => gcRoom(o)[0], [PL('name')], opt],
    ['Tarifa', (c, o) => gcRate(o)[0], [], opt],
    ['Adultos', (c, o) => String(gcRoom(o)[0] === 'Quarto Individual' ? 1 : 2), []],
    ['Crianças', (c, o) => (n(o) % 8 === 0 && gcRoom(o)[0] !== 'Quarto Individual' ? '1' : '0'), []],
    ['Nome', (c) => pt(c).first, []],
    ['Apelido', (c) => pt(c).last, []],
    ['Email', (c) => pt(c).email, EMAIL_ID],
    ['Telefone', (c) => (gcCtry(c)[1] === 'PT' ? `+351 ${pt(c).mobile.replace(/ /g, '')}` : `+${{ ES: '34', FR: '33', GB: '44', DE: '49', US: '1', BR: '55' }[gcCtry(c)[1]]} ${v.int(seeded(c, 'ph'), 600000000, 799999999)}`), PHONE_ID],
    ['País', (c) => gcCtry(c)[0], [BILL('country')], opt],
    ['Total', (c, o) => eurT(gcTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moeda', () => 'EUR', [OR('currencyCode')]],
    ['Garantia', (c, o) => (gcRate(o)[0] === 'Não Reembolsável' ? 'Pré-pagamento (cartão)' : v.pick(v.rng(n(o)), ['Cartão de crédito (garantia)', 'Cartão de crédito (garantia)', 'MB WAY'])), [OR('payments[0].paymentType')], opt],
    ['Código promocional', (c, o) => (n(o) % 6 === 0 ? 'DOURO10' : ''), ['commerce.promotionID']],
    ['Origem', (c, o) => ['Website', 'Website', 'Google Hotel Ads', 'Trivago', 'Website (mobile)'][n(o) % 5], ['marketing.trackingCode'], opt],
    ['Idioma', (c) => ({ PT: 'Português', ES: 'Español', FR: 'Français', BR: 'Português' }[gcCtry(c)[1]] || 'English'), []],
    ['Data de cancelamento', (c, o) => (gcCancel(o) ? gcDT(o.at + (1 + n(o) % 9) * day) : ''), [OR('cancelDate')], opt],
    ['Pedidos especiais', (c, o) => ['', '', 'Chegada tardia (~23h)', '', 'Cama de bebé, por favor', 'Aniversário de casamento'][n(o) % 6], []],
  ] },
  { name: 'regybox-atletas-pt', product: 'Regybox (gestão da box: Atletas > Exportar Excel, one row per athlete, European Portuguese UI, a CrossFit box in Braga)', family: 'fitness', language: 'pt', schema: P, cols: [
    ['Nº', (c) => String(1 + (n(c) % 900)), ID],
    ['Nome', (c) => pt(c).full, ['person.name.fullName']],
    ['Email', (c) => pt(c).email, ['personalEmail.address']],
    ['Telemóvel', (c) => pt(c).mobile.replace(/ /g, ''), ['mobilePhone.number']],
    ['Data de nascimento', (c) => v.fmt.eu(c.birth), ['person.birthDate']],
    ['Género', (c) => (pt(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['NIF', (c) => (n(c) % 6 === 0 ? '' : pt(c).nif), ['person.taxId']],
    ['Morada', (c) => (n(c) % 5 === 0 ? '' : pt(c).street), at(HOME2, 'street1')],
    ['Código postal', (c) => (n(c) % 5 === 0 ? '' : pt(c).cp), at(HOME2, 'postalCode')],
    ['Localidade', (c) => pt(c).city, at(HOME2, 'city')],
    ['Plano', (c) => RB_PLAN[n(c) % RB_PLAN.length], [], opt],
    ['Estado', (c) => RB_ST[n(c) % RB_ST.length], [], opt],
    ['Data de inscrição', (c) => v.fmt.eu(c.created), ['loyalty.joinDate'], opt],
    ['Fim do plano', (c) => v.fmt.eu(Math.max(c.created, c.updated) + 30 * day), []],
    ['Aulas disponíveis', (c) => (RB_PLAN[n(c) % RB_PLAN.length] === 'Pack 10 Aulas' ? String(n(c) % 11) : 'Ilimitadas'), []],
    ['Último check-in', (c) => { const p = lis(Math.max(c.created, c.updated) - 3600000 * (n(c) % 300)); return `${dmy(p, '/')} ${hm(p)}` }, []],
    ['Contacto de emergência', (c) => (n(c) % 3 === 0 ? '' : `9${v.int(seeded(c, 'sos'), 10000000, 69999999)}`), []],
    ['Seguro desportivo', (c) => (n(c) % 4 === 0 ? 'Não' : 'Sim'), []],
    ['Observações', (c) => ['', '', 'Lesão no ombro direito', '', 'Quer fatura com NIF', 'Veio através do Open Day'][n(c) % 6], []],
  ] },
  { name: 'eventqualia-inscritos-pt', product: 'Eventqualia (gestão do evento: Inscritos > Exportar para Excel, one row per registrant, European Portuguese UI, a logistics and supply-chain conference in Lisbon)', family: 'events', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(200000 + (n(c) * 17) % 700000), B2BID],
    ['Data de inscrição', (c) => { const p = lis(c.created); return `${dmy(p, '-')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Nome', (c) => pt(c).first, ['person.name.firstName']],
    ['Apelido', (c) => pt(c).last, ['person.name.lastName']],
    ['Email', (c) => `${ascii(pt(c).first)}.${ascii(pt(c).last)}@${eqDom(c)}`, WE],
    ['Telemóvel', (c) => `+351 ${pt(c).mobile}`, ['mobilePhone.number', 'workPhone.number']],
    ['Empresa', (c) => eqCo(c)[0], CO],
    ['Cargo', (c) => EQ_JOB[n(c) % EQ_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['NIF (faturação)', (c) => eqCo(c)[1], []],
    ['Morada de faturação', (c) => pt(c).street, at(WM, 'street1'), opt],
    ['Código postal', (c) => pt(c).cp, at(WM, 'postalCode'), opt],
    ['Localidade', (c) => pt(c).city, at(WM, 'city'), opt],
    ['País', () => 'Portugal', at(WM, 'country')],
    ['Tipo de inscrição', (c) => eqTk(c)[0], []],
    ['Valor', (c) => `${eur(eqTk(c)[1] * 1.23)} €`, []],
    ['Estado do pagamento', (c) => (eqTk(c)[1] === 0 ? 'Isento' : n(c) % 7 === 0 ? 'Pendente' : 'Pago'), []],
    ['Método de pagamento', (c) => (eqTk(c)[1] === 0 ? '' : ['Referência Multibanco', 'MB WAY', 'Cartão de crédito', 'Transferência bancária'][n(c) % 4]), []],
    ['Check-in', (c) => (n(c) % 4 === 0 ? 'Não' : 'Sim'), []],
    ['Setor de atividade', (c) => ['Transportes', 'Logística', 'Administração Pública', 'Distribuição'][n(c) % 4], []],
    ['Autoriza comunicações', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
  ] },
]
