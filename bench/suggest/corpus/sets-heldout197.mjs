// Round 74, heldout197: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Latin American exports, headers in the product's UI language: a
// Uruguayan ticketing platform's sales report for a promoter (Redtickets) (es-UY E 1); a payment gateway's transaction
// export for a Bogotá online florist (Paymentez) (es-CO E 1); a Chilean therapists' booking platform's session export
// (Encuadrado) (es-CL E 1); a Guadalajara ticketing company's detailed sales report for a promoter (Superboletos)
// (es-MX E 1); a Brazilian gym-management system's general client report (Pacto, Sistema Pacto) (pt-BR P 1); a Peruvian
// clinic software's patient list (Doctocliq) (es-PE P 1); a Brazilian webinar platform's registrant export for a B2B
// webinar (Eventials) (pt-BR B 1); a Colombian company-information service's company list with one executive per row
// (Informa Colombia) (es-CO B 1). E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (a short source hunt found Pacto's help
// page for the Geral de Clientes report, which gives the menu path and filters but no column list, and nothing for the
// others); a subset of each export's columns, in the order the writer knows. Nothing was copied from a real export;
// every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, shift, group, thou, hash, dmy, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
const BST = STATE(['commerce.billing.address'])
// no summer time in Uruguay, Colombia, Mexico (since 2022), Peru or Brazil; Chile is UTC-3 from September to early
// April and UTC-4 the rest of the year (approximated by month)
const uy = (ms) => shift(ms, -3)
const co = (ms) => shift(ms, -5)
const mx = (ms) => shift(ms, -6)
const br = (ms) => shift(ms, -3)
const pe = (ms) => shift(ms, -5)
const cl = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 8 ? -4 : -3) }
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`
// Mexican 12-hour clock as Spanish-language software writes it: 07:32 p. m.
const mxClock = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'a. m.' : 'p. m.'}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const ES = {
  m: ['Juan Pablo', 'Santiago', 'Andrés', 'Martín', 'Diego', 'Sebastián', 'Matías', 'Carlos', 'Felipe', 'Gonzalo', 'Luis Fernando', 'Rodrigo'],
  f: ['María José', 'Valentina', 'Camila', 'Daniela', 'Lucía', 'Catalina', 'Florencia', 'Andrea', 'Paula', 'Natalia', 'Ximena', 'Fernanda'],
  last: ['González', 'Rodríguez', 'Pérez', 'Fernández', 'López', 'Martínez', 'Silva', 'Ramírez', 'Torres', 'Flores', 'Castillo', 'Rojas', 'Muñoz', 'Vargas', 'Sosa', 'Herrera', 'Quispe', 'Mendoza', 'Cabrera', 'Ríos'],
}
const PT = {
  m: ['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Matheus', 'Felipe', 'Thiago', 'Bruno', 'Gustavo', 'Leonardo'],
  f: ['Ana Clara', 'Mariana', 'Beatriz', 'Juliana', 'Larissa', 'Fernanda', 'Camila', 'Letícia', 'Amanda', 'Gabriela'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Fernandes', 'Carvalho', 'Gomes', 'Ribeiro', 'Martins'],
}
const MAIL = { uy: ['gmail.com', 'hotmail.com', 'adinet.com.uy', 'vera.com.uy'], co: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], cl: ['gmail.com', 'hotmail.com', 'outlook.cl', 'live.cl'], mx: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'prodigy.net.mx'], pe: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], br: ['gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com', 'uol.com.br', 'bol.com.br'] }
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5, pool = cc === 'br' ? PT : ES
  const first = v.pick(r, female ? pool.f : pool.m), last = v.pick(r, pool.last)
  let last2 = v.pick(r, pool.last); if (last2 === last) last2 = pool.last[(pool.last.indexOf(last) + 3) % pool.last.length]
  const f1 = slug(first.split(' ')[0]), l1 = slug(last)
  const mail = `${f1}${v.pick(r, ['.', '', '_'])}${l1}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[cc])}`
  const birth = Date.UTC(1962, 0, 1) + Math.floor(r() * 42 * 365) * day
  const d = (k) => v.digits(r, k)
  return { female, first, last, last2, mail, birth, r1: r(), r2: r(), d3: d(3), d4: d(4), d6: d(6), d7: d(7), d8: d(8) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. Redtickets sales report (es-UY, E)
// a Montevideo promoter's season at two theatres; one row per purchase
const RT_EV = [['Jaime Roos - 50 años de canciones', '15/11/2025 21:00', 'Antel Arena'], ['La Vela Puerca en el Solís', '22/11/2025 21:30', 'Teatro Solís'], ['Stand up: Noche de humor uruguayo', '29/11/2025 22:00', 'Sala Zitarrosa']]
const RT_SEC = [['Platea Baja', 1890], ['Platea Alta', 1290], ['Tertulia', 890], ['Campo', 1490], ['Palco', 2450]]
const rtEv = (o) => row(RT_EV, n(o) % 3)
const rtSec = (o) => row(RT_SEC, (n(o) >> 1) % 5)
const rtQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 2 : 0)
const rtFee = (o) => Math.round(rtSec(o)[1] * 0.1)
const rtDisc = (o) => (n(o) % 7 === 0 ? Math.round(rtSec(o)[1] * rtQty(o) * 0.15) : 0)
const rtTotal = (o) => (rtSec(o)[1] + rtFee(o)) * rtQty(o) - rtDisc(o)
const rtPay = (o) => row(['Visa', 'OCA', 'Mastercard', 'Abitab', 'Redpagos', 'Mercado Pago', 'Visa', 'Creditel'], n(o) % 8)
const rtSt = (o) => (n(o) % 17 === 0 ? 'Anulada' : ['Abitab', 'Redpagos'].includes(rtPay(o)) && n(o) % 5 === 0 ? 'Pendiente de pago' : 'Aprobada')
const rtAt = (o) => Date.UTC(2025, 8, 1) + ((n(o) * 7919) % (70 * 86400)) * 1000
const ci = (c) => { const p = who(c, 'uy'); return `${1 + (n(c) % 5)}.${p.d7.slice(1, 4)}.${p.d7.slice(4)}-${n(c) % 10}` }
const SET_RT = { name: 'redtickets-reporte-ventas-uy', product: 'Redtickets (panel del organizador: Reportes > Ventas > Exportar a Excel, one row per purchase, Spanish (Uruguay) UI, a Montevideo promoter\'s concerts and stand-up at three venues, America/Montevideo, UYU)', family: 'events', language: 'es', schema: E, cols: [
  ['Nro. de compra', (c, o) => String(2400000 + (n(o) * 37) % 600000), ['_id', OR('purchaseID')]],
  ['Fecha de compra', (c, o) => dmyhm(uy(rtAt(o))), ['timestamp']],
  ['Evento', (c, o) => rtEv(o)[0], [], opt],
  ['Función', (c, o) => rtEv(o)[1], []],
  ['Sala', (c, o) => rtEv(o)[2], ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Sector', (c, o) => rtSec(o)[0], [PL('name')], opt],
  ['Cantidad', (c, o) => String(rtQty(o)), [PL('quantity')]],
  ['Precio unitario', (c, o) => thou(rtSec(o)[1]), [], opt],
  ['Cargo por servicio', (c, o) => thou(rtFee(o) * rtQty(o)), []],
  ['Descuento', (c, o) => thou(rtDisc(o)), [OR('discountAmount')]],
  ['Total', (c, o) => thou(rtTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Moneda', () => '$U', [OR('currencyCode')], opt],
  ['Medio de pago', (c, o) => rtPay(o), [OR('payments[0].paymentType')]],
  ['Cuotas', (c, o) => (['Visa', 'OCA', 'Mastercard', 'Creditel'].includes(rtPay(o)) ? String(row([1, 1, 3, 1, 6], n(o) % 5)) : ''), []],
  ['Estado', (c, o) => rtSt(o), [], opt],
  ['Nombre', (c) => who(c, 'uy').first, []],
  ['Apellido', (c) => who(c, 'uy').last, []],
  ['Documento', (c) => ci(c), [], opt],
  ['Email', (c) => who(c, 'uy').mail, EMAIL_ID],
  ['Celular', (c) => `09${1 + (n(c) % 9)} ${who(c, 'uy').d6.slice(0, 3)} ${who(c, 'uy').d6.slice(3)}`, PHONE_ID],
  ['Departamento', (c) => row(['Montevideo', 'Montevideo', 'Canelones', 'Montevideo', 'Maldonado', 'San José', 'Montevideo'], n(c) % 7), BST, opt],
  ['Código promocional', (c, o) => (rtDisc(o) ? row(['SOCIOSBROU', 'CLUBELPAIS', 'ANTEL15'], n(o) % 3) : ''), ['commerce.promotionID']],
  ['Canal', (c, o) => (['Abitab', 'Redpagos'].includes(rtPay(o)) ? 'Red de cobranza' : n(o) % 6 === 0 ? 'Boletería' : 'Web'), [], opt],
] }

// ---------------------------------------------------------------- 2. Paymentez transactions (es-CO, E)
// a Bogotá online florist: card payments, PSE bank transfers and cash vouchers
const PZ_ITEM = [['Bouquet 12 rosas rojas', 129000], ['Arreglo de girasoles mediano', 98000], ['Caja de rosas + chocolates', 189000], ['Orquídea en matera', 155000], ['Suscripción flores semanal', 240000]]
const pzItem = (o) => row(PZ_ITEM, n(o) % 5)
const pzMethod = (o) => row(['Tarjeta de crédito', 'Tarjeta de crédito', 'PSE', 'Tarjeta de crédito', 'Tarjeta débito', 'Efectivo'], n(o) % 6)
const pzCard = (o) => pzMethod(o).startsWith('Tarjeta')
const pzBrand = (o) => (pzCard(o) ? row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'DINERS', 'MASTERCARD'], (n(o) >> 1) % 6) : '')
const pzSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Rechazada', 'Aprobada', 'Pendiente', 'Aprobada', 'Reversada'], n(o) % 8)
const pzTotal = (o) => pzItem(o)[1] + (n(o) % 3 === 0 ? 12000 : 0)
const pzAt = (o) => Date.UTC(2025, 1, 1) + ((n(o) * 7919) % (240 * 86400)) * 1000
const pzTs = (o) => { const p = co(pzAt(o)); return `${ymd(p)} ${hms(p)}` }
const SET_PZ = { name: 'paymentez-transacciones-co', product: 'Paymentez (panel del comercio: Transacciones > filtrar por fecha > Exportar CSV, one row per payment attempt, Spanish UI, a Bogotá online florist, America/Bogota, COP)', family: 'payments', language: 'es', schema: E, cols: [
  ['ID Transacción', (c, o) => `${row(['CB', 'RB', 'PR'], n(o) % 3)}-${pad((n(o) * 7919) % 10000000, 7)}`, ['_id', OR('payments[0].transactionID')]],
  ['Referencia', (c, o) => `FLR-${2025}${pad((n(o) * 131) % 100000, 5)}`, [OR('purchaseID'), OR('purchaseOrderNumber')]],
  ['Fecha', (c, o) => pzTs(o), ['timestamp']],
  ['Estado', (c, o) => pzSt(o), [], opt],
  ['Detalle estado', (c, o) => ({ Aprobada: 'Approved', Rechazada: row(['Fondos insuficientes', 'Rechazada por el banco', 'Tarjeta vencida'], n(o) % 3), Pendiente: 'Pending', Reversada: 'Refund' })[pzSt(o)], []],
  ['Código de autorización', (c, o) => (pzSt(o) === 'Aprobada' || pzSt(o) === 'Reversada' ? pad((n(o) * 104729) % 1000000, 6) : ''), []],
  ['Descripción', (c, o) => pzItem(o)[0], [PL('name')], opt],
  ['Monto', (c, o) => `${pzTotal(o)}.00`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['IVA', (c, o) => `${Math.round(pzTotal(o) * 19 / 119)}.00`, [OR('taxAmount')]],
  ['Moneda', () => 'COP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
  ['Medio de pago', (c, o) => pzMethod(o), [OR('payments[0].paymentType')]],
  ['Franquicia', (c, o) => pzBrand(o) || (pzMethod(o) === 'PSE' ? row(['Bancolombia', 'Davivienda', 'Banco de Bogotá', 'Nequi'], n(o) % 4) : 'Efecty'), [OR('payments[0].paymentType')], opt],
  ['BIN', (c, o) => (pzCard(o) ? `${pzBrand(o) === 'VISA' ? '4' : pzBrand(o) === 'AMEX' ? '37' : pzBrand(o) === 'DINERS' ? '36' : '5'}${pad((n(o) * 31) % 100000, 5)}`.slice(0, 6) : ''), []],
  ['Últimos 4', (c, o) => (pzCard(o) ? pad((n(o) * 7) % 10000, 4) : ''), []],
  ['Cuotas', (c, o) => (pzMethod(o) === 'Tarjeta de crédito' ? String(row([1, 1, 3, 6, 1, 12], n(o) % 6)) : ''), []],
  ['ID Usuario', (c) => String(10400 + (n(c) * 7) % 90000), CUST_ID, opt],
  ['Email', (c) => who(c, 'co').mail, EMAIL_ID],
  ['Teléfono', (c) => `+57 3${row(['00', '01', '10', '12', '15', '20', '50'], n(c) % 7)} ${who(c, 'co').d3} ${who(c, 'co').d4}`, PHONE_ID],
  ['Tipo de documento', (c) => (n(c) % 11 === 0 ? 'CE' : 'CC'), []],
  ['Documento', (c) => (n(c) % 11 === 0 ? String(300000 + (n(c) * 13) % 600000) : `${10 + (n(c) % 90)}${who(c, 'co').d6}`.slice(0, 10)), [], opt],
  ['Valor reembolsado', (c, o) => (pzSt(o) === 'Reversada' ? `${pzTotal(o)}.00` : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
  ['IP', (c, o) => `${row(['181.49', '190.25', '186.155', '191.156', '179.12'], n(o) % 5)}.${(n(o) * 7) % 256}.${1 + (n(o) * 13) % 254}`, ['environment.ipV4']],
] }

// ---------------------------------------------------------------- 3. Encuadrado sessions (es-CL, E)
// a psychology centre in Providencia with four therapists; one row per session
const EN_PRO = ['Ps. Carolina Méndez', 'Ps. Tomás Aguirre', 'Ps. Javiera Soto', 'Ps. Ignacio Vidal']
const EN_SVC = [['Psicoterapia individual adultos', 35000], ['Psicoterapia individual adultos', 35000], ['Terapia de pareja', 48000], ['Evaluación psicológica', 55000], ['Psicoterapia infanto-juvenil', 32000]]
const enSvc = (o) => row(EN_SVC, n(o) % 5)
const enSt = (o) => row(['Asistió', 'Asistió', 'Confirmada', 'Asistió', 'No asistió', 'Cancelada por paciente', 'Asistió', 'Agendada'], n(o) % 8)
const enPaid = (o) => enSt(o) === 'Asistió' && n(o) % 6 !== 0
const enAt = (o) => Date.UTC(2025, 2, 3, 12) + ((n(o) * 7919) % (200 * 86400)) * 1000
const enStart = (o) => { const p = cl(enAt(o)); return { ...p, H: 9 + (n(o) % 10), M: n(o) % 2 ? 30 : 0 } }
const enEnd = (o) => { const p = enStart(o), mins = p.M + (enSvc(o)[0].startsWith('Evaluación') ? 90 : 50); return { ...p, H: p.H + Math.floor(mins / 60), M: mins % 60 } }
const rut = (c) => { const p = who(c, 'cl'); return `${8 + (n(c) % 18)}.${p.d7.slice(1, 4)}.${p.d7.slice(4)}-${'0123456789K'[n(c) % 11]}` }
const SET_EN = { name: 'encuadrado-sesiones-export-cl', product: 'Encuadrado (Agenda > Sesiones > Exportar a Excel, one row per therapy session, Spanish (Chile) UI, a four-therapist psychology centre in Providencia, America/Santiago, CLP)', family: 'bookings', language: 'es', schema: E, cols: [
  ['ID', (c, o) => String(880000 + (n(o) * 37) % 100000), ['_id']],
  ['Fecha', (c, o) => dmy(enStart(o), '-'), ['timestamp'], opt],
  ['Hora inicio', (c, o) => hm(enStart(o)), []],
  ['Hora término', (c, o) => hm(enEnd(o)), []],
  ['Profesional', (c, o) => row(EN_PRO, (n(o) >> 1) % 4), [], opt],
  ['Servicio', (c, o) => enSvc(o)[0], [PL('name')], opt],
  ['Modalidad', (c, o) => (n(o) % 3 === 0 ? 'Online' : 'Presencial'), [], opt],
  ['Estado', (c, o) => enSt(o), ['eventType'], opt],
  ['Paciente', (c) => `${who(c, 'cl').first} ${who(c, 'cl').last} ${who(c, 'cl').last2}`, []],
  ['RUT', (c) => rut(c), [], opt],
  ['Correo', (c) => who(c, 'cl').mail, EMAIL_ID],
  ['Teléfono', (c) => `+56 9 ${who(c, 'cl').d8.slice(0, 4)} ${who(c, 'cl').d8.slice(4)}`, PHONE_ID],
  ['Previsión', (c) => row(['Fonasa', 'Isapre Colmena', 'Particular', 'Isapre Cruz Blanca', 'Isapre Banmédica', 'Fonasa'], n(c) % 6), []],
  ['Valor', (c, o) => `$${group(enSvc(o)[1], '.')}`, [OR('priceTotal')], opt],
  ['Pagado', (c, o) => (enPaid(o) ? 'Sí' : 'No'), []],
  ['Medio de pago', (c, o) => (enPaid(o) ? row(['Transferencia', 'Tarjeta de débito', 'Transferencia', 'Efectivo', 'Tarjeta de crédito'], n(o) % 5) : ''), [OR('payments[0].paymentType')]],
  ['Monto pagado', (c, o) => (enPaid(o) ? `$${group(enSvc(o)[1], '.')}` : '$0'), [OR('payments[0].paymentAmount')]],
  ['Boleta', (c, o) => (enPaid(o) && n(o) % 4 !== 0 ? `BHE ${1200 + (n(o) % 800)}` : ''), [], opt],
  ['Box', (c, o) => (n(o) % 3 === 0 ? '' : `Box ${1 + (n(o) % 4)}`), [], opt],
  ['Comentario', (c, o) => row(['', 'Reagendada desde el martes', '', 'Primera sesión', '', 'Solicita boleta para reembolso Isapre'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 4. Superboletos detailed sales (es-MX, E)
// a Guadalajara promoter's shows at two venues; one row per ticket sold
const SB_EV = [['Carín León - Boca Chueca Tour', '08/11/2025 21:00', 'Estadio Akron'], ['Lucha Libre AAA - Triplemanía Regia', '15/11/2025 19:30', 'Arena Guadalajara'], ['Los Ángeles Azules en concierto', '29/11/2025 21:00', 'Auditorio Telmex']]
const SB_ZONE = [['General A', 980], ['Preferente', 1650], ['VIP', 3200], ['Gradas', 650], ['Platea', 2100]]
const sbEv = (o) => row(SB_EV, n(o) % 3)
const sbZone = (o) => row(SB_ZONE, (n(o) >> 1) % 5)
const sbType = (o) => row(['Adulto', 'Adulto', 'Niño', 'Adulto', 'INAPAM', 'Cortesía'], n(o) % 6)
const sbPrice = (o) => (sbType(o) === 'Cortesía' ? 0 : sbType(o) === 'Adulto' ? sbZone(o)[1] : Math.round(sbZone(o)[1] * 0.5))
const sbFee = (o) => (sbPrice(o) ? Math.round(sbPrice(o) * 0.12 * 100) / 100 : 0)
const sbChan = (o) => (sbType(o) === 'Cortesía' ? 'Cortesías' : row(['Internet', 'Internet', 'Taquilla', 'Internet', 'Call center', 'Punto de venta'], n(o) % 6))
const sbPay = (o) => (sbType(o) === 'Cortesía' ? '' : sbChan(o) === 'Taquilla' || sbChan(o) === 'Punto de venta' ? row(['Efectivo', 'Tarjeta de débito'], n(o) % 2) : row(['Tarjeta de crédito', 'Tarjeta de débito', 'Tarjeta de crédito', 'PayPal'], n(o) % 4))
const sbAt = (o) => Date.UTC(2025, 7, 15) + ((n(o) * 7919) % (80 * 86400)) * 1000
const mxMob = (c) => `33 ${who(c, 'mx').d8.slice(0, 4)} ${who(c, 'mx').d8.slice(4)}`
const SET_SB = { name: 'superboletos-ventas-detalle-mx', product: 'Superboletos (portal del promotor: Reportes > Ventas detalladas > Exportar a Excel, one row per ticket, Spanish (Mexico) UI, a Guadalajara promoter\'s concerts and lucha libre, America/Mexico_City, MXN)', family: 'events', language: 'es', schema: E, cols: [
  ['Folio', (c, o) => `SB${pad((n(o) * 7919) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
  ['Fecha de venta', (c, o) => `${dmy(mx(sbAt(o)), '/')} ${mxClock(mx(sbAt(o)))}`, ['timestamp']],
  ['Evento', (c, o) => sbEv(o)[0], [], opt],
  ['Fecha del evento', (c, o) => sbEv(o)[1], []],
  ['Recinto', (c, o) => sbEv(o)[2], ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Zona', (c, o) => sbZone(o)[0], [PL('name')], opt],
  ['Fila', (c, o) => (sbZone(o)[0].startsWith('General') ? '' : String.fromCharCode(65 + (n(o) % 18))), []],
  ['Asiento', (c, o) => (sbZone(o)[0].startsWith('General') ? '' : String(1 + (n(o) * 7) % 40)), []],
  ['Tipo de boleto', (c, o) => sbType(o), [], opt],
  ['Precio', (c, o) => `$${thou(sbPrice(o), ',', '.')}`, [PL('priceTotal')], opt],
  ['Cargo por servicio', (c, o) => `$${thou(sbFee(o), ',', '.')}`, []],
  ['Total', (c, o) => `$${thou(sbPrice(o) + sbFee(o), ',', '.')}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Forma de pago', (c, o) => sbPay(o), [OR('payments[0].paymentType')]],
  ['Canal de venta', (c, o) => sbChan(o), [], opt],
  ['Punto de venta', (c, o) => (sbChan(o) === 'Taquilla' ? `Taquilla ${sbEv(o)[2]}` : sbChan(o) === 'Punto de venta' ? row(['Fnac Andares', 'Liverpool Galerías', 'Mixup Plaza del Sol'], n(o) % 3) : ''), [], opt],
  ['Nombre del cliente', (c) => `${who(c, 'mx').first} ${who(c, 'mx').last} ${who(c, 'mx').last2}`, []],
  ['Correo electrónico', (c, o) => (sbChan(o) === 'Taquilla' ? '' : who(c, 'mx').mail), EMAIL_ID],
  ['Teléfono', (c, o) => (sbChan(o) === 'Taquilla' ? '' : mxMob(c)), PHONE_ID],
  ['C.P.', (c, o) => (sbChan(o) === 'Internet' ? row(['44100', '44600', '45050', '45110', '44260', '45500'], n(c) % 6) : ''), [BILL('postalCode')], opt],
  ['Estatus', (c, o) => (n(o) % 19 === 0 ? 'Cancelado' : n(o) % 13 === 0 ? 'Reimpreso' : 'Vendido'), [], opt],
  ['Código de barras', (c, o) => `${pad((n(o) * 104729) % 1e9, 9)}${pad(n(o) % 1000, 3)}`, []],
] }

// ---------------------------------------------------------------- 5. Pacto "Geral de Clientes" (pt-BR, P)
// a two-unit gym in Belo Horizonte; alunos, visitantes and lapsed members
const PC_ADDR = [['30140-071', 'Rua Pernambuco', 'Savassi'], ['30310-300', 'Avenida do Contorno', 'Funcionários'], ['30350-190', 'Rua Alvarenga Peixoto', 'Lourdes'], ['31270-901', 'Avenida Antônio Carlos', 'Pampulha'], ['30430-120', 'Rua Platina', 'Prado'], ['30220-140', 'Rua Grão Mogol', 'Sion']]
const PC_PLAN = [['Plano Black Anual', '149,90'], ['Plano Mensal Musculação', '189,90'], ['Plano Trimestral', '169,90'], ['Plano Semestral + Funcional', '159,90'], ['Diária', '']]
const pcAd = (c) => row(PC_ADDR, (n(c) >> 1) % 6)
const pcSt = (c) => row(['Ativo', 'Ativo', 'Ativo', 'Inativo', 'Visitante', 'Ativo', 'Trancado', 'Inativo vencido'], n(c) % 8)
const pcPlan = (c) => (pcSt(c) === 'Visitante' ? ['', ''] : row(PC_PLAN, n(c) % 4))
const pcCpf = (c) => { const p = who(c, 'br'); return `${p.d3}.${p.d6.slice(0, 3)}.${p.d6.slice(3)}-${p.d4.slice(0, 2)}` }
const pcJoin = (c) => Math.min(c.created, c.updated)
const brMob = (c) => `(31) 9${who(c, 'br').d8.slice(0, 4)}-${who(c, 'br').d8.slice(4)}`
const SET_PC = { name: 'pacto-geral-de-clientes-br', product: 'Pacto (Sistema Pacto, módulo ADM: busca "Geral de Clientes" > filtros > Exportar Excel, one row per aluno or visitante, Brazilian Portuguese UI, a two-unit gym in Belo Horizonte)', family: 'fitness', language: 'pt', schema: P, cols: [
  ['Matrícula', (c) => pad((n(c) * 7) % 1000000, 6), ID],
  ['Nome', (c) => `${who(c, 'br').first} ${who(c, 'br').last2} ${who(c, 'br').last}`.toUpperCase(), ['person.name.fullName']],
  ['CPF', (c) => pcCpf(c), ['person.taxId']],
  ['Data de nascimento', (c) => dmy(shift(who(c, 'br').birth, 0), '/'), ['person.birthDate']],
  ['Sexo biológico', (c) => (who(c, 'br').female ? 'Feminino' : 'Masculino'), ['person.gender']],
  ['E-mail', (c) => (n(c) % 9 === 0 ? '' : who(c, 'br').mail), ['personalEmail.address']],
  ['Celular', (c) => brMob(c), ['mobilePhone.number']],
  ['Telefone residencial', (c) => (n(c) % 4 === 0 ? `(31) 3${who(c, 'br').d3}-${who(c, 'br').d4}` : ''), ['homePhone.number']],
  ['CEP', (c) => pcAd(c)[0], HOMES('postalCode')],
  ['Endereço', (c) => pcAd(c)[1], HOMES('street1')],
  ['Número', (c) => String(10 + (n(c) * 7) % 1900), [], opt],
  ['Complemento', (c) => row(['', 'Apto 302', '', 'Casa 2', 'Apto 1104', ''], n(c) % 6), HOMES('street2')],
  ['Bairro', (c) => pcAd(c)[2], [], opt],
  ['Cidade', () => 'Belo Horizonte', HOMES('city')],
  ['UF', () => 'MG', STATE(['homeAddress', 'mailingAddress'])],
  ['Empresa', (c) => (n(c) % 3 === 0 ? 'Unidade Pampulha' : 'Unidade Savassi'), [], opt],
  ['Situação', (c) => pcSt(c), ['loyalty.status'], opt],
  ['Plano', (c) => pcPlan(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
  ['Valor mensal', (c) => (pcPlan(c)[1] ? `R$ ${pcPlan(c)[1]}` : ''), []],
  ['Data de cadastro', (c) => dmy(br(pcJoin(c)), '/'), ['loyalty.joinDate'], opt],
  ['Início do contrato', (c) => (pcSt(c) === 'Visitante' ? '' : dmy(br(pcJoin(c) + (n(c) % 20) * day), '/')), []],
  ['Vencimento do contrato', (c) => (pcSt(c) === 'Visitante' ? '' : dmy(br(pcJoin(c) + (n(c) % 20 + 365) * day), '/')), []],
  ['Consultor', (c) => row(['Thaís Moreira', 'Diego Lacerda', 'Paula Rezende'], n(c) % 3), []],
  ['Professor', (c) => (pcSt(c) === 'Visitante' ? '' : row(['Rafael Couto', 'Bianca Teles', 'Marcos Vinícius', ''], n(c) % 4)), []],
  ['Último acesso', (c) => (pcSt(c).startsWith('Ativo') ? dmyhm(br(Math.max(c.created, c.updated))) : ''), []],
] }

// ---------------------------------------------------------------- 6. Doctocliq patient list (es-PE, P)
// a dental clinic in Miraflores, Lima
const DC_DIST = [['Miraflores', 'Av. José Larco'], ['San Isidro', 'Av. Javier Prado Oeste'], ['Surquillo', 'Av. Angamos Este'], ['Santiago de Surco', 'Av. Caminos del Inca'], ['Barranco', 'Av. Grau'], ['San Borja', 'Av. San Luis'], ['Jesús María', 'Av. Salaverry']]
const dcDist = (c) => row(DC_DIST, n(c) % 7)
const dcDni = (c) => `${4 + (n(c) % 4)}${who(c, 'pe').d7}`
const SET_DC = { name: 'doctocliq-pacientes-pe', product: 'Doctocliq (Pacientes > Lista de pacientes > Exportar a Excel, one row per patient, Spanish (Peru) UI, a dental clinic in Miraflores, Lima)', family: 'health', language: 'es', schema: P, cols: [
  ['N° Historia', (c) => pad(1 + (n(c) % 9000), 5), ID],
  ['Tipo de documento', (c) => (n(c) % 13 === 0 ? 'Carné de extranjería' : 'DNI'), []],
  ['N° documento', (c) => (n(c) % 13 === 0 ? `00${who(c, 'pe').d7}` : dcDni(c)), ['person.taxId'], opt],
  ['Nombres', (c) => who(c, 'pe').first, ['person.name.firstName']],
  ['Apellido paterno', (c) => who(c, 'pe').last, ['person.name.lastName']],
  ['Apellido materno', (c) => who(c, 'pe').last2, [], opt],
  ['Fecha de nacimiento', (c) => dmy(shift(who(c, 'pe').birth, 0), '/'), ['person.birthDate']],
  ['Sexo', (c) => (who(c, 'pe').female ? 'Femenino' : 'Masculino'), ['person.gender']],
  ['Celular', (c) => `9${who(c, 'pe').d8.slice(0, 2)} ${who(c, 'pe').d8.slice(2, 5)} ${who(c, 'pe').d8.slice(5)}`, ['mobilePhone.number']],
  ['Teléfono fijo', (c) => (n(c) % 4 === 0 ? `(01) ${4 + (n(c) % 3)}${who(c, 'pe').d6}` : ''), ['homePhone.number']],
  ['Correo electrónico', (c) => (n(c) % 7 === 0 ? '' : who(c, 'pe').mail), ['personalEmail.address']],
  ['Dirección', (c) => `${dcDist(c)[1]} ${100 + (n(c) * 7) % 2400}${n(c) % 3 === 0 ? `, Dpto. ${200 + (n(c) % 9) * 100 + 1}` : ''}`, HOMES('street1')],
  ['Distrito', (c) => dcDist(c)[0], HOMES('city'), opt],
  ['Provincia', () => 'Lima', HOMES('city'), opt],
  ['Departamento', () => 'Lima', STATE(['homeAddress', 'mailingAddress'])],
  ['Estado civil', (c) => row(['Soltero(a)', 'Casado(a)', 'Soltero(a)', 'Conviviente', 'Divorciado(a)', ''], n(c) % 6), ['person.maritalStatus']],
  ['Ocupación', (c) => row(['Ingeniero(a)', 'Estudiante', 'Docente', 'Independiente', 'Administrador(a)', 'Abogado(a)', ''], n(c) % 7), []],
  ['Aseguradora', (c) => row(['Particular', 'Rímac Seguros', 'Pacífico Seguros', 'Particular', 'Mapfre', 'La Positiva'], n(c) % 6), []],
  ['¿Cómo nos conoció?', (c) => row(['Recomendación', 'Instagram', 'Google', 'Facebook', 'Pasaba por la clínica', ''], n(c) % 6), []],
  ['Fecha de registro', (c) => dmy(pe(Math.min(c.created, c.updated)), '/'), [], opt],
  ['Última cita', (c) => (n(c) % 5 === 0 ? '' : dmyhm(pe(Math.max(c.created, c.updated)))), []],
  ['Alergias', (c) => row(['Ninguna', '', 'Penicilina', 'Ninguna', 'Látex', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 7. Eventials webinar registrants (pt-BR, B)
// a São Paulo ERP vendor's webinar on the 2026 tax reform for finance teams of small and mid-size companies
const EV_CO = [['Distribuidora Paulista de Alimentos Ltda', 'dpalimentos.com.br', 'São Paulo', 'SP'], ['Metalúrgica Vale do Itajaí S.A.', 'metalvale.ind.br', 'Blumenau', 'SC'], ['Contábil Horizonte Assessoria', 'contabilhorizonte.com.br', 'Belo Horizonte', 'MG'], ['Grupo Ceará Moda', 'cearamoda.com.br', 'Fortaleza', 'CE'], ['Transportes Rodosul Ltda', 'rodosul.com.br', 'Porto Alegre', 'RS'], ['Clínica Vida Integral', 'vidaintegral.med.br', 'Campinas', 'SP'], ['AgroCampo Insumos', 'agrocampo.agr.br', 'Rio Verde', 'GO']]
const evCo = (c) => row(EV_CO, n(c) % 7)
const DDD = { SP: '11', SC: '47', MG: '31', CE: '85', RS: '51', GO: '64' }
const evLive = (c) => n(c) % 3 !== 0
const evAt = (c) => Date.UTC(2025, 9, 1) + ((n(c) * 7919) % (20 * 86400)) * 1000
const SET_EV = { name: 'eventials-inscritos-webinar-br', product: 'Eventials (painel do organizador: Meus eventos > webinar > Inscritos > Exportar CSV, one row per registrant, Brazilian Portuguese UI, an ERP vendor\'s tax-reform webinar for finance teams, America/Sao_Paulo)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
  ['Nome', (c) => `${who(c, 'br').first} ${who(c, 'br').last}`, ['person.name.fullName']],
  ['E-mail', (c) => (n(c) % 4 === 0 ? who(c, 'br').mail : `${slug(who(c, 'br').first.split(' ')[0])}.${slug(who(c, 'br').last)}@${evCo(c)[1]}`), WE],
  ['Telefone', (c) => `(${DDD[evCo(c)[3]]}) 9${who(c, 'br').d8.slice(0, 4)}-${who(c, 'br').d8.slice(4)}`, ['mobilePhone.number', 'workPhone.number']],
  ['Empresa', (c) => evCo(c)[0], CO],
  ['Cargo', (c) => row(['Controller', 'Analista Fiscal', 'Gerente Financeiro', 'Contador', 'Diretor Administrativo', 'Coordenadora de Contabilidade', 'CFO'], (n(c) >> 1) % 7), ['extendedWorkDetails.jobTitle']],
  ['Número de funcionários', (c) => row(['51 a 200', '201 a 500', '11 a 50', '51 a 200', '501 a 1000', '11 a 50', '1 a 10'], n(c) % 7), []],
  ['Segmento', (c) => row(['Distribuição', 'Indústria', 'Serviços contábeis', 'Varejo', 'Transporte e logística', 'Saúde', 'Agronegócio'], n(c) % 7), []],
  ['Cidade', (c) => evCo(c)[2], [W('city')]],
  ['Estado', (c) => evCo(c)[3], STATE(['workAddress'])],
  ['Data de inscrição', (c) => dmyhms(br(evAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Participou ao vivo', (c) => (evLive(c) ? 'Sim' : 'Não'), []],
  ['Tempo assistido (min)', (c) => (evLive(c) ? String(8 + (n(c) * 7) % 60) : '0'), []],
  ['Assistiu à gravação', (c) => (!evLive(c) && n(c) % 2 === 0 ? 'Sim' : 'Não'), []],
  ['Perguntas enviadas', (c) => (evLive(c) && n(c) % 5 === 0 ? String(1 + (n(c) % 3)) : '0'), []],
  ['utm_source', (c) => row(['linkedin', 'email', 'google', '', 'instagram', 'email'], n(c) % 6), ['b2b.personSource'], opt],
  ['utm_medium', (c) => row(['paid-social', 'newsletter', 'cpc', '', 'organic', 'newsletter'], n(c) % 6), []],
  ['utm_campaign', (c) => (row(['linkedin', 'email', 'google', '', 'instagram', 'email'], n(c) % 6) ? 'webinar-reforma-tributaria-2026' : ''), []],
  ['Aceito receber comunicações', (c) => (c.bool ? 'Sim' : 'Não'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

// ---------------------------------------------------------------- 8. Informa Colombia company list (es-CO, B)
// a Medellín industrial-packaging supplier's prospect list: food and cosmetics makers, one executive per company
const IC_CO = [
  ['Alimentos La Montaña S.A.S.', 'Productos La Montaña', 'Carrera 48 # 10-45', 'Medellín', 'Antioquia', '604', 'alimentoslamontana.com.co', '1089', 'Elaboración de otros productos alimenticios n.c.p.', 'S.A.S.', '120'],
  ['Cosméticos Andinos S.A.', 'Andina Beauty', 'Calle 13 # 68D-21', 'Bogotá, D.C.', 'Bogotá, D.C.', '601', 'cosmeticosandinos.com', '2023', 'Fabricación de jabones y detergentes, preparados para limpiar y pulir; perfumes y preparados de tocador', 'S.A.', '340'],
  ['Lácteos del Valle Ltda.', '', 'Autopista Cali-Yumbo Km 3', 'Yumbo', 'Valle del Cauca', '602', 'lacteosdelvalle.co', '1040', 'Elaboración de productos lácteos', 'Ltda.', '85'],
  ['Panificadora El Trigal S.A.S.', 'El Trigal', 'Calle 30 # 17-80', 'Barranquilla', 'Atlántico', '605', 'eltrigal.com.co', '1081', 'Elaboración de productos de panadería', 'S.A.S.', '60'],
  ['Bebidas Naturales de Colombia S.A.S.', 'Frutísima', 'Vía Rionegro - Llanogrande Km 2', 'Rionegro', 'Antioquia', '604', 'frutisima.co', '1104', 'Elaboración de bebidas no alcohólicas', 'S.A.S.', '210'],
  ['Laboratorios Nativa S.A.S.', 'Nativa Natural', 'Carrera 27 # 45-12', 'Bucaramanga', 'Santander', '607', 'laboratoriosnativa.com', '2100', 'Fabricación de productos farmacéuticos, sustancias químicas medicinales y productos botánicos de uso farmacéutico', 'S.A.S.', '45'],
]
const icCo = (c) => row(IC_CO, n(c) % 6)
const icNit = (c) => { const k = 800000000 + (n(c) * 7919) % 200000000; return `${group(k, '.')}-${k % 10}` }
const icRole = (c) => row(['Gerente General', 'Representante Legal', 'Director de Compras', 'Jefe de Producción', 'Gerente de Operaciones', 'Directora Financiera'], (n(c) >> 1) % 6)
const SET_IC = { name: 'informa-colombia-listado-empresas-co', product: 'Informa Colombia (Marketing > Listados de empresas > selección > Exportar a Excel, one row per company with one executive, Spanish (Colombia) UI, a Medellín packaging supplier\'s prospect list of food and cosmetics makers)', family: 'b2b-leads', language: 'es', schema: B, cols: [
  ['NIT', (c) => icNit(c), ACCT, opt],
  ['Razón social', (c) => icCo(c)[0], CO],
  ['Nombre comercial', (c) => icCo(c)[1], [], opt],
  ['Dirección', (c) => icCo(c)[2], [W('street1')]],
  ['Municipio', (c) => icCo(c)[3], [W('city')]],
  ['Departamento', (c) => icCo(c)[4], STATE(['workAddress'])],
  ['Teléfono', (c) => `(${icCo(c)[5]}) ${3 + (n(c) % 6)}${pad((n(c) * 13) % 1000000, 6)}`, ['workPhone.number']],
  ['Sitio web', (c) => `www.${icCo(c)[6]}`, ['b2b.companyWebsite']],
  ['Email empresa', (c) => `${row(['info', 'contacto', 'servicioalcliente', 'compras'], n(c) % 4)}@${icCo(c)[6]}`, ['workEmail.address'], opt],
  ['CIIU', (c) => icCo(c)[7], []],
  ['Actividad económica', (c) => icCo(c)[8], []],
  ['Forma jurídica', (c) => icCo(c)[9], []],
  ['Fecha de constitución', (c) => dmy(shift(Date.UTC(1978, 0, 1) + (n(c) % 14000) * day, 0), '/'), []],
  ['Estado', (c) => (n(c) % 23 === 0 ? 'En liquidación' : 'Activa'), []],
  ['Ingresos operacionales (COP)', (c) => group(Number(icCo(c)[10]) * 1e8 + (n(c) % 97) * 1e7, '.'), []],
  ['Empleados', (c) => String(Number(icCo(c)[10]) + (n(c) % 40)), []],
  ['Nombre ejecutivo', (c) => `${who(c, 'co').first} ${who(c, 'co').last} ${who(c, 'co').last2}`, ['person.name.fullName']],
  ['Cargo ejecutivo', (c) => icRole(c), ['extendedWorkDetails.jobTitle']],
  ['Email ejecutivo', (c) => (n(c) % 3 === 0 ? '' : `${slug(who(c, 'co').first.split(' ')[0])[0]}${slug(who(c, 'co').last)}@${icCo(c)[6]}`), WE],
] }

export const SETS = [SET_RT, SET_PZ, SET_EN, SET_SB, SET_PC, SET_DC, SET_EV, SET_IC]
