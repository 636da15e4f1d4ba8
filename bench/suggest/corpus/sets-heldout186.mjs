// Round 70, heldout186: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Latin-American Spanish, Brazilian Portuguese and Italian exports,
// headers in the product's UI language: a Colombian ticketing platform's sales report for an event organizer
// (Tuboleta), a Chilean card-terminal provider's sales list for a merchant (Redelcom) and a Mexican real-estate
// portal's lead list for an agency (Inmuebles24) (es 3); a Brazilian dental-clinic system's appointment list
// (Clinicorp), a Brazilian gym-management system's client list (Nexfit) and a Brazilian omnichannel CRM's contact
// list (Hablla) (pt-BR 3); an Italian ticketing platform's order export for an organizer (Mioticket) and an Italian
// loyalty-card service's customer list (Fidelizzo) (it 2).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (no public listing of the columns was
// found in the time available); a subset of each export's columns, in the order the writer knows. Nothing was copied
// from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, dmy, ymd, hms, hm, shift, summer, hash } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOME2 = ['homeAddress', 'mailingAddress']
// local clocks: Colombia and Peru -5, Mexico City -6, Chile -4 (southern winter) / -3 (summer), Brazil -3, Italy +1/+2
const cot = (ms) => shift(ms, -5)
const cdmx = (ms) => shift(ms, -6)
const clt = (ms) => shift(ms, summer(ms) ? -4 : -3)
const brt = (ms) => shift(ms, -3)
const ita = (ms) => shift(ms, summer(ms) ? 2 : 1)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const POOL = {
  co: { m: ['Andrés', 'Juan Camilo', 'Santiago', 'Julián', 'Felipe', 'Sergio', 'Mauricio', 'Camilo'], f: ['Valentina', 'Laura', 'Natalia', 'Paola', 'Juliana', 'Catalina', 'Daniela', 'Manuela'],
    last: ['Rodríguez', 'Gómez', 'Martínez', 'Restrepo', 'Ospina', 'Cárdenas', 'Valencia', 'Castaño', 'Quintero', 'Zapata', 'Londoño', 'Vargas'],
    places: ['Bogotá', 'Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Bucaramanga', 'Pereira', 'Manizales'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'gmail.com'] },
  mx: { m: ['José Luis', 'Alejandro', 'Ricardo', 'Arturo', 'Rodrigo', 'Emiliano', 'Héctor', 'Iván'], f: ['Mariana', 'Ximena', 'Fernanda', 'Guadalupe', 'Itzel', 'Regina', 'Paulina', 'Sofía'],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Morales', 'Vázquez', 'Castillo', 'Ortiz', 'Mendoza'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com'] },
  br: { m: ['Rodrigo', 'Thiago', 'Gustavo', 'Bruno', 'Diego', 'Vinícius', 'Marcelo', 'Rafael'], f: ['Juliana', 'Camila', 'Patrícia', 'Larissa', 'Priscila', 'Amanda', 'Letícia', 'Gabriela'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Ferreira', 'Araújo', 'Moreira', 'Nunes', 'Mendes', 'Freitas', 'Monteiro', 'Vieira'],
    // [cidade, UF, CEP, logradouro, bairro, DDD]
    places: [['Campinas', 'SP', '13025-320', 'Rua Coronel Quirino', 'Cambuí', '19'], ['São Paulo', 'SP', '04532-060', 'Rua Tabapuã', 'Itaim Bibi', '11'], ['Goiânia', 'GO', '74210-030', 'Avenida T-4', 'Setor Bueno', '62'], ['Fortaleza', 'CE', '60160-230', 'Rua Silva Paulet', 'Aldeota', '85'], ['Belo Horizonte', 'MG', '30320-040', 'Rua Professor Morais', 'Savassi', '31'], ['Londrina', 'PR', '86020-080', 'Rua Pernambuco', 'Centro', '43'], ['Niterói', 'RJ', '24220-031', 'Rua Miguel de Frias', 'Icaraí', '21'], ['Vitória', 'ES', '29055-620', 'Rua Aleixo Netto', 'Praia do Canto', '27']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'] },
  it: { m: ['Marco', 'Luca', 'Alessandro', 'Davide', 'Matteo', 'Simone', 'Federico', 'Giuseppe'], f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Martina', 'Elena', 'Alessia'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca'],
    // [città, provincia, CAP, via]
    places: [['Bologna', 'BO', '40126', 'Via Mascarella'], ['Torino', 'TO', '10123', 'Via Po'], ['Verona', 'VR', '37121', 'Via Mazzini'], ['Padova', 'PD', '35122', 'Via Roma'], ['Firenze', 'FI', '50123', 'Via dei Serragli'], ['Bari', 'BA', '70122', 'Via Sparano da Bari'], ['Milano', 'MI', '20135', 'Viale Umbria'], ['Parma', 'PR', '43121', 'Strada della Repubblica']],
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'alice.it', 'virgilio.it', 'tiscali.it'] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  let last2 = cc === 'br' ? (r() < 0.5 ? v.pick(r, d.last) : '') : v.pick(r, d.last)
  if (last2 === last) last2 = ''
  const lastFull = last2 ? (cc === 'br' ? `${last2} ${last}` : `${last} ${last2}`) : last
  const p = { female, first, last, last2, lastFull, full: `${first} ${lastFull}`, no: v.int(r, 1, 999), r1: r(), r2: r() }
  p.email = `${ascii(first.split(' ')[0])}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  if (cc === 'co') return { ...p, city: v.pick(r, d.places), cc: String(v.int(r, 10000000, 1099999999)), mobile: `3${v.pick(r, ['00', '01', '10', '13', '15', '16', '20', '22'])}${v.int(r, 1000000, 9999999)}` }
  if (cc === 'mx') return { ...p, mobile: `55${v.int(r, 10000000, 99999999)}` }
  if (cc === 'br') {
    const pl = v.pick(r, d.places)
    const ds = Array.from({ length: 9 }, () => v.int(r, 0, 9))
    const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
    ds.push(dv(ds)); ds.push(dv(ds))
    const s = ds.join('')
    return { ...p, city: pl[0], uf: pl[1], cep: pl[2], street: pl[3], hood: pl[4], ddd: pl[5], num: String(v.int(r, 12, 2400)), compl: r() < 0.4 ? `Apto ${v.int(r, 11, 1502)}` : '',
      mobile: `(${pl[5]}) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, fixo: `(${pl[5]}) ${v.int(r, 3000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`, cpf: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
  }
  if (cc === 'it') {
    const pl = v.pick(r, d.places)
    const L = 'ABCDEHLMPRST'
    const cf = `${ascii(last).toUpperCase().replace(/[AEIOU]/g, '').padEnd(3, 'X').slice(0, 3)}${ascii(first).toUpperCase().replace(/[AEIOU]/g, '').padEnd(3, 'X').slice(0, 3)}${pad(v.int(r, 55, 99))}${v.pick(r, [...L])}${pad(v.int(r, 1, 28) + (female ? 40 : 0))}${v.pick(r, ['A944', 'L219', 'L781', 'G224', 'D612', 'A662', 'F205', 'G337'])}${v.pick(r, [...'ABCDEFGHJKLMNPQRSTUVWXYZ'])}`
    return { ...p, full: `${first} ${last}`, lastFull: last, city: pl[0], prov: pl[1], cap: pl[2], street: `${pl[3]} ${v.int(r, 1, 180)}`, cf, mobile: `3${v.pick(r, ['28', '33', '35', '39', '40', '47', '49'])} ${v.int(r, 1000000, 9999999)}` }
  }
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const co = (c) => who(c, 'co'), mx = (c) => who(c, 'mx'), br = (c) => who(c, 'br'), it = (c) => who(c, 'it')
const thouDot = (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const comma2 = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')

// ---------------------------------------------------------------- 1. Tuboleta sales report (es-CO, E)
// an organizer's concert series at a Bogotá venue; localidades [nombre, precio COP]
const TB_LOC = [['General', 95000], ['Preferencial', 160000], ['VIP', 280000], ['Platea', 210000], ['Palco', 350000]]
const tbLoc = (o) => TB_LOC[n(o) % TB_LOC.length]
const tbQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0)
const tbSvc = (o) => Math.round(tbLoc(o)[1] * 0.12 / 100) * 100
const tbDate = (ms) => { const p = cot(ms); return `${ymd(p, '/')} ${hm(p)}` }
const tbFn = (o) => `${ymd(cot(o.at + (3 + (n(o) % 24)) * 86400000), '/')} ${n(o) % 3 === 2 ? '19:00' : '20:00'}`

// ---------------------------------------------------------------- 2. Redelcom sales list (es-CL, E)
const RC_CARD = [['Débito', 'Redcompra'], ['Crédito', 'Visa'], ['Crédito', 'Mastercard'], ['Débito', 'Visa Débito'], ['Crédito', 'American Express'], ['Prepago', 'Mastercard Prepago']]
const rcCard = (o) => RC_CARD[n(o) % RC_CARD.length]
const rcAmt = (o) => 1500 + (n(o) * 137) % 48000
const rcTip = (o) => (n(o) % 3 === 0 ? Math.round(rcAmt(o) * 0.1) : 0)

// ---------------------------------------------------------------- 3. Clinicorp appointment list (pt-BR, E)
const CC_PROC = ['Avaliação', 'Limpeza (profilaxia)', 'Restauração em resina', 'Tratamento de canal', 'Clareamento', 'Manutenção ortodôntica', 'Extração', 'Consulta de retorno']
const CC_PROF = ['Dra. Renata Lopes', 'Dr. Fábio Tavares', 'Dra. Marina Queiroz']
const CC_ST = ['Agendado', 'Confirmado', 'Atendido', 'Atendido', 'Faltou', 'Desmarcado pelo paciente']
const ccStart = (o) => { const p = brt(o.at); return { ...p, H: 8 + (p.H % 10), M: [0, 30][p.M % 2] } }

// ---------------------------------------------------------------- 4. Mioticket orders (it, E)
const MT_EV = [['Stand-up comedy - Serata Open Mic', 'Teatro Dehon, Bologna', '21:00'], ['Concerto Tributo De André', 'Auditorium Santa Chiara, Trento', '21:00'], ['Sagra del Tortellino - Cena sociale', 'Centro Polivalente, Castel San Pietro Terme', '20:00']]
const MT_TK = [['Intero', 18], ['Ridotto under 26', 13], ['Ridotto over 65', 13], ['Posto numerato Platea', 25], ['Omaggio', 0]]
const mtEv = (o) => MT_EV[n(o) % MT_EV.length]
const mtTk = (o) => MT_TK[(n(o) >> 1) % MT_TK.length]
const mtQty = (o) => (mtTk(o)[1] === 0 ? 1 : 1 + (n(o) % 3))
const mtFee = (o) => (mtTk(o)[1] === 0 ? 0 : 1.5)
const itTime = (ms) => { const p = ita(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- 5. Fidelizzo customers (it, P)
const FZ_SHOP = ['Panificio Il Chicco - Via Mascarella', 'Panificio Il Chicco - Corte Isolani', 'Il Chicco Bistrot']

// ---------------------------------------------------------------- 6. Nexfit clients (pt-BR, P)
const NX_PLAN = ['Plano Mensal Musculação', 'Plano Trimestral Livre', 'Plano Anual Livre', 'Plano Semestral Funcional', 'Crossfit 3x semana']
const NX_ST = ['Ativo', 'Ativo', 'Ativo', 'Inativo', 'Vencido', 'Trancado']

// ---------------------------------------------------------------- 7. Hablla contacts (pt-BR, B)
const HB_CO = ['Grupo Vértice Engenharia', 'Agropecuária Boa Safra Ltda', 'Lumen Contabilidade', 'TransNorte Logística', 'Clínica Sorriso Pleno', 'Distribuidora Alvorada', 'EducaMais Cursos']
const HB_JOB = ['Gerente de Compras', 'Diretor Comercial', 'Analista Financeiro', 'Sócia-administradora', 'Coordenadora de Marketing', 'Supervisor de Logística']
const hbCo = (c) => HB_CO[n(c) % HB_CO.length]
const hbDom = (c) => `${ascii(hbCo(c).split(' ').slice(0, 2).join(''))}.com.br`

// ---------------------------------------------------------------- 8. Inmuebles24 leads (es-MX, B)
const I24_PROP = [['Departamento en venta en Del Valle Centro, Benito Juárez', 'Venta', '4.850.000'], ['Casa en venta en Lomas Verdes, Naucalpan', 'Venta', '7.200.000'], ['Departamento en renta en Roma Norte, Cuauhtémoc', 'Renta', '24.500'], ['Oficina en renta en Polanco, Miguel Hidalgo', 'Renta', '68.000'], ['Departamento en venta en Narvarte Poniente, Benito Juárez', 'Venta', '3.990.000']]
const i24 = (o) => I24_PROP[n(o) % I24_PROP.length]

export const SETS = [
  { name: 'tuboleta-reporte-ventas-co', product: 'Tuboleta (portal del organizador: Reportes > Ventas detalladas > Exportar a Excel, one row per purchase order, Colombian Spanish UI, a concert series at a Bogotá venue)', family: 'events', language: 'es', schema: E, cols: [
    ['No. Orden', (c, o) => `TB${String(7300000 + n(o) * 17)}`, ['_id', OR('purchaseID')]],
    ['Fecha de compra', (c, o) => tbDate(o.at), ['timestamp']],
    ['Evento', () => 'Temporada Jazz Íntimo - Teatro Colsubsidio', [], opt],
    ['Función', (c, o) => tbFn(o), [], opt],
    ['Localidad', (c, o) => tbLoc(o)[0], [PL('name')], opt],
    ['Cantidad', (c, o) => String(tbQty(o)), [PL('quantity')]],
    ['Precio unitario', (c, o) => `$${thouDot(tbLoc(o)[1])}`, [], opt],
    ['Servicio', (c, o) => `$${thouDot(tbSvc(o) * tbQty(o))}`, []],
    ['Valor total', (c, o) => `$${thouDot((tbLoc(o)[1] + tbSvc(o)) * tbQty(o))}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'COP', [OR('currencyCode')]],
    ['Medio de pago', (c, o) => v.pick(v.rng(n(o)), ['Tarjeta de crédito', 'PSE', 'Efectivo', 'Nequi', 'Tarjeta débito']), [OR('payments[0].paymentType')]],
    ['Canal de venta', (c, o) => (n(o) % 5 === 0 ? 'Taquilla' : n(o) % 5 === 1 ? 'Punto de venta' : 'Internet'), [], opt],
    ['Estado', (c, o) => (n(o) % 17 === 0 ? 'Anulada' : 'Aprobada'), [], opt],
    ['Tipo documento', (c) => (n(c) % 9 === 0 ? 'CE' : 'CC'), []],
    ['Número documento', (c) => co(c).cc, []],
    ['Nombres', (c) => co(c).first, []],
    ['Apellidos', (c) => co(c).lastFull, []],
    ['Correo electrónico', (c) => co(c).email, EMAIL_ID],
    ['Celular', (c) => co(c).mobile, PHONE_ID],
    ['Ciudad', (c) => co(c).city, [BILL('city')], opt],
    ['Código promocional', (c, o) => (n(o) % 7 === 0 ? 'JAZZ15' : ''), ['commerce.promotionID']],
  ] },
  { name: 'redelcom-mis-ventas-cl', product: 'Redelcom (Portal de Clientes: Mis Ventas > Descargar Excel, one row per card-terminal sale, Chilean Spanish UI, a café in Providencia)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(clt(o.at), '-'), ['timestamp']],
    ['Hora', (c, o) => hms(clt(o.at)), [], opt],
    ['Sucursal', () => 'Café Lastarria - Providencia', ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['N° Terminal', (c, o) => `RDC${String(40100 + (n(o) % 2))}`, [], opt],
    ['N° Operación', (c, o) => String(100000 + n(o) * 3), ['_id', OR('payments[0].transactionID')]],
    ['Código de Autorización', (c, o) => pad((n(o) * 7919) % 1000000, 6), [OR('payments[0].transactionID')], opt],
    ['Tipo de Tarjeta', (c, o) => rcCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Marca', (c, o) => rcCard(o)[1], [OR('payments[0].paymentType')], opt],
    ['N° Tarjeta', (c, o) => `************${pad((n(o) * 31) % 10000, 4)}`, []],
    ['Cuotas', (c, o) => (rcCard(o)[0] === 'Crédito' ? String([1, 1, 3, 6][n(o) % 4]) : '0'), []],
    ['Monto Venta', (c, o) => `$${thouDot(rcAmt(o))}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Propina', (c, o) => `$${thouDot(rcTip(o))}`, [], opt],
    ['Monto Total', (c, o) => `$${thouDot(rcAmt(o) + rcTip(o))}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Estado', (c, o) => (n(o) % 23 === 0 ? 'Anulada' : 'Aprobada'), [], opt],
    ['Tipo de Documento', (c, o) => (n(o) % 4 === 0 ? 'Factura' : 'Boleta'), []],
    ['Fecha de Abono', (c, o) => dmy(clt(o.at + 2 * 86400000), '-'), []],
    ['Comisión', (c, o) => `$${thouDot(rcAmt(o) * 0.0149)}`, []],
    ['IVA Comisión', (c, o) => `$${thouDot(rcAmt(o) * 0.0149 * 0.19)}`, []],
    ['Monto Abono', (c, o) => `$${thouDot((rcAmt(o) + rcTip(o)) - rcAmt(o) * 0.0149 * 1.19)}`, []],
  ] },
  { name: 'clinicorp-agendamentos-br', product: 'Clinicorp (Agenda > Relatórios > Agendamentos > Exportar Excel, one row per appointment, Brazilian Portuguese UI, a three-dentist clinic in the interior of São Paulo)', family: 'healthcare', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmy(ccStart(o), '/'), ['timestamp']],
    ['Hora início', (c, o) => hm(ccStart(o)), [], opt],
    ['Hora fim', (c, o) => { const p = ccStart(o), e = p.H * 60 + p.M + (n(o) % 3 === 0 ? 60 : 30); return `${pad(Math.floor(e / 60))}:${pad(e % 60)}` }, []],
    ['Paciente', (c) => br(c).full, []],
    ['Nº prontuário', (c) => String(1000 + (n(c) % 8000)), CUST_ID, opt],
    ['CPF', (c) => br(c).cpf, []],
    ['Celular', (c) => br(c).mobile, PHONE_ID],
    ['Telefone', (c) => (n(c) % 3 === 0 ? br(c).fixo : ''), PHONE_ID, opt],
    ['E-mail', (c) => (n(c) % 4 === 0 ? '' : br(c).email), EMAIL_ID],
    ['Profissional', (c, o) => CC_PROF[n(o) % 3], []],
    ['Procedimento', (c, o) => CC_PROC[n(o) % CC_PROC.length], [PL('name')], opt],
    ['Cadeira', (c, o) => `Cadeira ${1 + (n(o) % 3)}`, []],
    ['Status', (c, o) => CC_ST[n(o) % CC_ST.length], ['eventType'], opt],
    ['Convênio', (c) => v.pick(seeded(c, 'conv'), ['Particular', 'Particular', 'OdontoPrev', 'Amil Dental', 'SulAmérica Odonto']), []],
    ['Primeira consulta', (c, o) => (n(o) % 6 === 0 ? 'Sim' : 'Não'), []],
    ['Como conheceu', (c) => v.pick(seeded(c, 'orig'), ['Instagram', 'Indicação', 'Google', 'Passou na frente', '']), ['marketing.trackingCode'], opt],
    ['Agendado por', (c, o) => (n(o) % 5 === 0 ? 'Agendamento online' : v.pick(v.rng(n(o)), ['Recepção - Simone', 'Recepção - Paula'])), []],
    ['Observações', (c, o) => (n(o) % 4 === 0 ? 'Paciente pediu lembrete por WhatsApp' : ''), []],
  ] },
  { name: 'mioticket-esporta-ordini-it', product: 'Mioticket (area organizzatore: Ordini > Esporta Excel, one row per order, Italian UI, an association running theatre and dinner events in Emilia-Romagna and Trentino)', family: 'events', language: 'it', schema: E, cols: [
    ['Codice ordine', (c, o) => `MT-${String(254000 + n(o) * 7)}`, ['_id', OR('purchaseID')]],
    ['Data ordine', (c, o) => itTime(o.at), ['timestamp']],
    ['Evento', (c, o) => mtEv(o)[0], [], opt],
    ['Data evento', (c, o) => `${dmy(ita(o.at + (2 + (n(o) % 30)) * 86400000), '/')} ${mtEv(o)[2]}`, []],
    ['Luogo', (c, o) => mtEv(o)[1], [], opt],
    ['Tipologia biglietto', (c, o) => mtTk(o)[0], [PL('name')], opt],
    ['Quantità', (c, o) => String(mtQty(o)), [PL('quantity')]],
    ['Prezzo unitario', (c, o) => `€ ${comma2(mtTk(o)[1])}`, [], opt],
    ['Diritti di prevendita', (c, o) => `€ ${comma2(mtFee(o) * mtQty(o))}`, []],
    ['Totale', (c, o) => `€ ${comma2((mtTk(o)[1] + mtFee(o)) * mtQty(o))}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metodo di pagamento', (c, o) => (mtTk(o)[1] === 0 ? 'Omaggio' : v.pick(v.rng(n(o)), ['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito'])), [OR('payments[0].paymentType')]],
    ['Stato', (c, o) => (n(o) % 19 === 0 ? 'Rimborsato' : 'Pagato'), [], opt],
    ['Nome', (c) => it(c).first, []],
    ['Cognome', (c) => it(c).last, []],
    ['Email', (c) => it(c).email, EMAIL_ID],
    ['Telefono', (c) => (n(c) % 3 === 0 ? '' : `+39 ${it(c).mobile}`), PHONE_ID],
    ['Codice sconto', (c, o) => (n(o) % 8 === 0 ? 'SOCI2025' : ''), ['commerce.promotionID']],
    ['Codici biglietti', (c, o) => Array.from({ length: mtQty(o) }, (_, k) => `${8000000 + n(o) * 5 + k}`).join(' | '), []],
    ['Check-in', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Sì'), []],
  ] },
  { name: 'fidelizzo-esporta-clienti-it', product: 'Fidelizzo (pannello negozio: Clienti > Esporta CSV, one row per loyalty-card holder, Italian UI, a Bologna bakery with three shops)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice carta', (c) => `2${pad(n(c) * 13 % 1000000000, 9)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number', ...ID]],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => (n(c) % 5 === 0 ? '' : v.fmt.eu(c.birth)), ['person.birthDate']],
    ['Codice fiscale', (c) => (n(c) % 3 === 0 ? it(c).cf : ''), ['person.taxId']],
    ['Email', (c) => it(c).email, ['personalEmail.address']],
    ['Cellulare', (c) => it(c).mobile, ['mobilePhone.number']],
    ['Indirizzo', (c) => (n(c) % 4 === 0 ? '' : it(c).street), at(HOME2, 'street1')],
    ['CAP', (c) => (n(c) % 4 === 0 ? '' : it(c).cap), at(HOME2, 'postalCode')],
    ['Città', (c) => it(c).city, at(HOME2, 'city')],
    ['Provincia', (c) => it(c).prov, STATE(HOME2)],
    ['Punti', (c) => String((n(c) * 7) % 420), ['loyalty.points']],
    ['Punti totali accumulati', (c) => String((n(c) * 7) % 420 + (n(c) % 900)), ['loyalty.lifetimePoints']],
    ['Punti utilizzati', (c) => String(n(c) % 900), ['loyalty.pointsRedeemed']],
    ['Totale speso', (c) => comma2((n(c) % 900) * 1.8 + 12), ['loyalty.lifetimePurchases'], opt],
    ['Data iscrizione', (c) => v.fmt.eu(c.created), ['loyalty.joinDate']],
    ['Ultima visita', (c) => v.fmt.euTime(Math.max(c.created, c.updated)), []],
    ['Negozio di iscrizione', (c) => FZ_SHOP[n(c) % 3], [], opt],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  { name: 'nexfit-relatorio-clientes-br', product: 'Nexfit (Relatórios > Clientes > Exportar para Excel, one row per gym member, Brazilian Portuguese UI, a neighbourhood gym)', family: 'fitness', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(n(c) % 9000 + 100), ID],
    ['Nome', (c) => br(c).full, ['person.name.fullName']],
    ['CPF', (c) => br(c).cpf, ['person.taxId']],
    ['Data de nascimento', (c) => v.fmt.eu(c.birth), ['person.birthDate']],
    ['Sexo', (c) => (br(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['E-mail', (c) => br(c).email, ['personalEmail.address']],
    ['Celular', (c) => br(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (n(c) % 4 === 0 ? br(c).fixo : ''), ['homePhone.number']],
    ['CEP', (c) => br(c).cep, at(HOME2, 'postalCode')],
    ['Endereço', (c) => br(c).street, at(HOME2, 'street1')],
    ['Número', (c) => br(c).num, at(HOME2, 'street1'), opt],
    ['Complemento', (c) => br(c).compl, at(HOME2, 'street2')],
    ['Bairro', (c) => br(c).hood, at(HOME2, 'street2'), opt],
    ['Cidade', (c) => br(c).city, at(HOME2, 'city')],
    ['UF', (c) => br(c).uf, STATE(HOME2)],
    ['Plano', (c) => NX_PLAN[n(c) % NX_PLAN.length], [], opt],
    ['Situação', (c) => NX_ST[n(c) % NX_ST.length], [], opt],
    ['Data de cadastro', (c) => v.fmt.eu(c.created), ['loyalty.joinDate'], opt],
    ['Vencimento', (c) => v.fmt.eu(Math.max(c.created, c.updated) + 30 * 86400000), []],
    ['Último acesso', (c) => v.fmt.euTime(Math.max(c.created, c.updated) - 3600000 * (n(c) % 200)), []],
    ['Como conheceu', (c) => v.pick(seeded(c, 'nx'), ['Instagram', 'Indicação de amigo', 'Passando na rua', 'Google', 'Gympass']), [], opt],
    ['Observação', (c) => (n(c) % 6 === 0 ? 'Atestado médico entregue' : ''), []],
  ] },
  { name: 'hablla-contatos-br', product: 'Hablla (Contatos > Exportar contatos, one row per contact, Brazilian Portuguese UI, a B2B software reseller\'s WhatsApp and e-mail sales team)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c) => `6${v.hex(seeded(c, 'hb'), 23)}`, B2BID],
    ['Nome', (c) => br(c).full, ['person.name.fullName']],
    ['E-mail', (c) => `${ascii(br(c).first)}.${ascii(br(c).last)}@${hbDom(c)}`, WE],
    ['Telefone', (c) => `+55${br(c).ddd}9${br(c).mobile.replace(/\D/g, '').slice(-8)}`, ['mobilePhone.number', 'workPhone.number']],
    ['Documento', (c) => (n(c) % 3 === 0 ? br(c).cpf : ''), ['person.taxId'], opt],
    ['Empresa', (c) => hbCo(c), CO],
    ['Cargo', (c) => HB_JOB[n(c) % HB_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Site', (c) => `https://www.${hbDom(c)}`, ['b2b.companyWebsite']],
    ['Cidade', (c) => br(c).city, at(['workAddress', 'mailingAddress'], 'city')],
    ['Estado', (c) => br(c).uf, STATE(['workAddress', 'mailingAddress'])],
    ['País', () => 'Brasil', at(['workAddress', 'mailingAddress'], 'country')],
    ['Etiquetas', (c) => v.pick(seeded(c, 'tag'), ['lead quente', 'cliente, renovação', 'evento 2024', '', 'proposta enviada']), [], opt],
    ['Origem', (c) => v.pick(seeded(c, 'or'), ['WhatsApp', 'Instagram', 'Formulário do site', 'Importação', 'RD Station']), ['b2b.personSource']],
    ['Responsável', (c) => v.pick(seeded(c, 'rs'), ['Carla Menezes', 'Eduardo Pacheco', 'Fila Comercial']), []],
    ['Aceita receber mensagens', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Data de criação', (c) => { const p = brt(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Última atualização', (c) => { const p = brt(Math.max(c.created, c.updated)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'inmuebles24-leads-mx', product: 'Inmuebles24 (panel de anunciante: Contactos > Descargar Excel, one row per lead on a listing, Mexican Spanish UI, a real-estate agency in Mexico City)', family: 'marketing', language: 'es', schema: B, cols: [
    ['ID', (c, o) => String(880000000 + n(o) * 29), B2BID],
    ['Fecha', (c, o) => { const p = cdmx(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Nombre', (c) => mx(c).full, ['person.name.fullName']],
    ['Email', (c) => mx(c).email, WE],
    ['Teléfono', (c) => (n(c) % 6 === 0 ? '' : mx(c).mobile), ['mobilePhone.number', 'homePhone.number', 'workPhone.number']],
    ['Mensaje', (c, o) => v.pick(v.rng(n(o)), ['Hola, me interesa este inmueble. Quisiera más información.', '¿Sigue disponible? ¿Aceptan crédito Infonavit?', 'Me gustaría agendar una visita este fin de semana.', '¿Admiten mascotas?']), []],
    ['Aviso', (c, o) => i24(o)[0], [], opt],
    ['Código del aviso', (c, o) => String(140000000 + n(o) * 11), []],
    ['Código de referencia', (c, o) => `CDMX-${pad(n(o) % 400, 3)}`, []],
    ['Operación', (c, o) => i24(o)[1], []],
    ['Precio', (c, o) => `MN ${i24(o)[2]}`, []],
    ['Tipo de contacto', (c, o) => v.pick(v.rng(n(o) + 3), ['Email', 'WhatsApp', 'Ver teléfono', 'Email']), ['b2b.personSource'], opt],
    ['Origen', (c, o) => (n(o) % 3 === 0 ? 'App' : 'Web'), ['b2b.personSource'], opt],
    ['Estado', (c, o) => v.pick(v.rng(n(o) + 5), ['Nuevo', 'Leído', 'Contactado', 'Descartado']), ['b2b.personStatus'], opt],
    ['Asesor', (c, o) => v.pick(v.rng(n(o) + 7), ['Lucía Treviño', 'Óscar Beltrán', 'Sin asignar']), []],
  ] },
]
