// Round 76, heldout205: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Latin American exports, headers in the product's UI language: a Lima
// restaurant-reservation platform's booking list for a Nikkei restaurant (Mesa 24/7) (es-PE E 1); a last-mile courier's
// shipment history for a Montevideo online wine shop (Treggo) (es-UY E 1); a Brazilian creator-membership platform's
// payment report for an independent history podcast (Padrim) (pt-BR E 1); a Mexican payment gateway's transaction
// report for a Xalapa coffee roaster's online shop (Banwire) (es-MX E 1); an Argentine ISP-management system's
// subscriber list for a fixed-wireless and fibre ISP in the Córdoba hills (Wispro) (es-AR P 1); a Chilean school
// platform's student list with guardians (Lirmi) (es-CL P 1); a Brazilian company-data service's prospect list with one
// contact per company (Datastone) (pt-BR B 1); a Colombian e-learning platform's Business Manager report of an
// insurer's licensed employees (Platzi Business) (es-CO B 1). E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (a short source hunt found Platzi's
// Business Manager onboarding course, which names the Grupos, Estudiantes and Rutas de aprendizaje the report is built
// on but lists no columns, and a news piece placing Mesa 24/7 in Lima; nothing for the others); a subset of each export's
// columns, in the order the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, shift, group, thou, hash, dmy, slug, dec } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
const SST = STATE(['commerce.shipping.address'])
// no summer time in Peru, Uruguay, Brazil, Mexico (since 2022), Argentina or Colombia; Chile is UTC-3 from September
// to early April and UTC-4 the rest of the year (approximated by month)
const pe = (ms) => shift(ms, -5)
const uy = (ms) => shift(ms, -3)
const br = (ms) => shift(ms, -3)
const mx = (ms) => shift(ms, -6)
const ar = (ms) => shift(ms, -3)
const co = (ms) => shift(ms, -5)
const cl = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 8 ? -4 : -3) }
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x27d4eb2f); r(); r(); return r }
const ES = {
  m: ['José Luis', 'Sebastián', 'Joaquín', 'Nicolás', 'Tomás', 'Alejandro', 'Rodrigo', 'Facundo', 'Ignacio', 'Emiliano', 'Juan Manuel', 'Andrés', 'Cristian', 'Renato'],
  f: ['Valentina', 'Camila', 'Sofía', 'Agustina', 'Daniela', 'Fernanda', 'María Paz', 'Luciana', 'Carolina', 'Jimena', 'Ana María', 'Romina', 'Milagros', 'Antonella'],
  last: {
    pe: ['Quispe', 'Flores', 'Rodríguez', 'Sánchez', 'García', 'Chávez', 'Ramírez', 'Mendoza', 'Torres', 'Vásquez', 'Huamán', 'Castillo', 'Salazar', 'Paredes'],
    uy: ['Rodríguez', 'González', 'Martínez', 'Pereira', 'Fernández', 'López', 'Silva', 'Da Silva', 'Sosa', 'Suárez', 'Cabrera', 'Acosta', 'Olivera', 'Techera'],
    mx: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Cruz', 'Morales', 'Reyes', 'Jiménez', 'Domínguez', 'Vázquez'],
    ar: ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'Romero', 'Sosa', 'Álvarez', 'Benítez', 'Ferreyra', 'Giménez'],
    cl: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes', 'Valenzuela', 'Araya'],
    co: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Sánchez', 'Ospina', 'Restrepo', 'Cárdenas', 'Moreno', 'Castaño'],
  },
}
const PT = {
  m: ['João Victor', 'Pedro Henrique', 'Guilherme', 'Rodrigo', 'Eduardo', 'Vinícius', 'André', 'Caio', 'Renato', 'Marcelo', 'Diego', 'Otávio'],
  f: ['Maria Eduarda', 'Isabela', 'Carolina', 'Bianca', 'Natália', 'Renata', 'Patrícia', 'Aline', 'Vanessa', 'Luana', 'Priscila', 'Tatiane'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Ferreira', 'Costa', 'Rodrigues', 'Almeida', 'Barbosa', 'Ribeiro', 'Cardoso', 'Teixeira', 'Moura', 'Rocha'],
}
const MAIL = { pe: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], uy: ['gmail.com', 'hotmail.com', 'adinet.com.uy', 'vera.com.uy'], mx: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx'], ar: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'live.com.ar'], cl: ['gmail.com', 'hotmail.com', 'outlook.cl', 'live.cl'], co: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], br: ['gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com', 'uol.com.br', 'terra.com.br'] }
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  const fp = cc === 'br' ? (female ? PT.f : PT.m) : (female ? ES.f : ES.m), lp = cc === 'br' ? PT.last : ES.last[cc]
  const first = v.pick(r, fp), last = v.pick(r, lp)
  let last2 = v.pick(r, lp); if (last2 === last) last2 = lp[(lp.indexOf(last) + 5) % lp.length]
  const f1 = slug(first.split(' ')[0]), l1 = slug(last)
  const mail = `${f1}${v.pick(r, ['.', '', '_'])}${l1}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[cc])}`
  const birth = Date.UTC(1964, 0, 1) + Math.floor(r() * 40 * 365) * day
  const d = (k) => v.digits(r, k)
  return { female, first, last, last2, f1, l1, mail, birth, d3: d(3), d4: d(4), d6: d(6), d7: d(7), d8: d(8), d9: d(9) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const at0 = (x, y, m, d, span) => Date.UTC(y, m, d) + ((n(x) * 7919) % (span * 86400)) * 1000

// check digits, so the national numbers look right
const mod11 = (ds, ws) => { const s = ds.reduce((a, x, i) => a + x * ws[i], 0) % 11; return s < 2 ? 0 : 11 - s }
const cpf = (nine) => { const d = [...nine].map(Number); const a = mod11(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]); const b = mod11([...d, a], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]); return `${nine.slice(0, 3)}.${nine.slice(3, 6)}.${nine.slice(6)}-${a}${b}` }
const cnpj = (eight) => { const d = [...`${eight}0001`].map(Number); const a = mod11(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const b = mod11([...d, a], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); return `${eight.slice(0, 2)}.${eight.slice(2, 5)}.${eight.slice(5)}/0001-${a}${b}` }
const rutDv = (num) => { let s = 0, m = 2; for (const ch of String(num).split('').reverse()) { s += Number(ch) * m; m = m === 7 ? 2 : m + 1 } const r = 11 - (s % 11); return r === 11 ? '0' : r === 10 ? 'K' : String(r) }
const rut = (num) => `${group(num, '.')}-${rutDv(num)}`
const cuit = (pre, dni) => { const ds = `${pre}${pad(dni, 8)}`; const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; const s = [...ds].reduce((a, x, i) => a + Number(x) * w[i], 0) % 11; const k = s === 0 ? 0 : s === 1 ? 9 : 11 - s; return `${pre}-${pad(dni, 8)}-${k}` }

// ---------------------------------------------------------------- 1. Mesa 24/7 reservations (es-PE, E)
// a Nikkei restaurant in Miraflores: lunch and dinner services; one row per reservation
const MS_SRC = ['Mesa 24/7 web', 'Widget del restaurante', 'Teléfono', 'Mesa 24/7 web', 'Instagram', 'Google Reservar', 'App Mesa 24/7']
const msSrc = (o) => row(MS_SRC, n(o) % 7)
const msSt = (o) => row(['Finalizada', 'Finalizada', 'Confirmada', 'Finalizada', 'No show', 'Cancelada por el cliente', 'Finalizada', 'Sentada', 'Pendiente de confirmación'], n(o) % 9)
const msPax = (o) => 2 + (n(o) % 5) + (n(o) % 13 === 0 ? 4 : 0)
const msLunch = (o) => n(o) % 3 === 0
const msAt = (o) => at0(o, 2025, 3, 1, 180)
const msDine = (o) => pe(msAt(o) + (1 + (n(o) % 12)) * day)
const msHour = (o) => (msLunch(o) ? row(['12:30', '13:00', '13:30', '14:00'], n(o) % 4) : row(['19:00', '19:30', '20:00', '20:30', '21:00', '21:30'], n(o) % 6))
const msPromo = (o) => row(['', '', '20% dscto. en carta (lun a mié)', '', 'Pisco sour de cortesía', ''], (n(o) >> 1) % 6)
const msPre = (o) => msPax(o) >= 8 || n(o) % 11 === 0
const msDone = (o) => ['Finalizada', 'Sentada'].includes(msSt(o))
const msBill = (o) => msPax(o) * (msLunch(o) ? 118 : 165) + (n(o) % 17) * 10
const SET_MS = { name: 'mesa247-reservas-exportar-pe', product: 'Mesa 24/7 (panel del restaurante: Reservas > Listado de reservas > Exportar a Excel, one row per reservation, Spanish (Peru) UI, a Nikkei restaurant in Miraflores, Lima, America/Lima, PEN)', family: 'bookings', language: 'es', schema: E, cols: [
  ['Código', (c, o) => `R${pad((n(o) * 104729) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
  ['Fecha de registro', (c, o) => dmyhm(pe(msAt(o))), ['timestamp']],
  ['Fecha', (c, o) => dmy(msDine(o), '/'), []],
  ['Hora', (c, o) => msHour(o), []],
  ['Turno', (c, o) => (msLunch(o) ? 'Almuerzo' : 'Cena'), []],
  ['Personas', (c, o) => String(msPax(o)), []],
  ['Ambiente', (c, o) => row(['Salón principal', 'Terraza', 'Barra nikkei', 'Salón principal', 'Privado'], (n(o) >> 2) % 5), [], opt],
  ['Mesa', (c, o) => (msDone(o) ? `${row(['S', 'T', 'B'], n(o) % 3)}${1 + (n(o) % 14)}` : ''), []],
  ['Estado', (c, o) => msSt(o), ['eventType'], opt],
  ['Origen', (c, o) => msSrc(o), [], opt],
  ['Nombre', (c) => who(c, 'pe').first, []],
  ['Apellido', (c) => who(c, 'pe').last, []],
  ['Correo', (c, o) => (msSrc(o) === 'Teléfono' && n(c) % 2 === 0 ? '' : who(c, 'pe').mail), EMAIL_ID],
  ['Teléfono', (c) => `+51 9${who(c, 'pe').d8.slice(0, 2)} ${who(c, 'pe').d8.slice(2, 5)} ${who(c, 'pe').d8.slice(5)}`, PHONE_ID, opt],
  ['Ocasión especial', (c, o) => row(['', 'Cumpleaños', '', 'Aniversario', 'Reunión de negocios', '', '', 'Despedida'], n(o) % 8), []],
  ['Comentarios del cliente', (c, o) => row(['', 'Alergia a los mariscos', '', 'Mesa en terraza por favor', '', 'Llevamos torta', 'Silla para bebé'], n(o) % 7), []],
  ['Notas del restaurante', (c, o) => row(['', '', 'Cliente frecuente', '', 'Llegó 20 min tarde', ''], (n(o) >> 1) % 6), []],
  ['Visitas', (c) => String(1 + (n(c) % 9)), []],
  ['Promoción', (c, o) => msPromo(o), ['commerce.promotionID'], opt],
  ['Garantía (S/)', (c, o) => (msPre(o) ? `${50 * msPax(o)}.00` : ''), [OR('payments[0].paymentAmount')], opt],
  ['Consumo (S/)', (c, o) => (msSt(o) === 'Finalizada' ? `${msBill(o)}.00` : ''), [OR('priceTotal')], opt],
  ['Fecha de cancelación', (c, o) => (msSt(o).startsWith('Cancelada') ? dmyhm(pe(msAt(o) + day)) : ''), [OR('cancelDate')]],
  ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), []],
] }

// ---------------------------------------------------------------- 2. Treggo shipment history (es-UY, E)
// a Montevideo online wine shop: same-day and next-day deliveries in Montevideo and the Costa de Oro
const TG_PLACE = [['Pocitos', 'Montevideo', 'Montevideo', '11300', 'Av. Brasil'], ['Punta Carretas', 'Montevideo', 'Montevideo', '11300', 'José Ellauri'], ['Cordón', 'Montevideo', 'Montevideo', '11200', 'Av. 18 de Julio'], ['Carrasco', 'Montevideo', 'Montevideo', '11500', 'Av. Arocena'], ['Malvín', 'Montevideo', 'Montevideo', '11400', 'Av. Italia'], ['Prado', 'Montevideo', 'Montevideo', '11700', 'Av. Agraciada'], ['Solymar', 'Ciudad de la Costa', 'Canelones', '15000', 'Av. Giannattasio km 24'], ['Lagomar', 'Ciudad de la Costa', 'Canelones', '15000', 'Calle Ecuador']]
const tgPl = (c) => row(TG_PLACE, n(c) % 8)
const tgSvc = (o) => row(['Same Day', 'Next Day', 'Same Day', 'Programado', 'Next Day'], n(o) % 5)
const tgSt = (o) => row(['Entregado', 'Entregado', 'En camino', 'Entregado', 'No entregado', 'Entregado', 'Cancelado', 'Devuelto al remitente', 'Entregado', 'Retirado'], n(o) % 10)
const tgGoods = (o) => row([1290, 2480, 890, 3650, 1750, 5400], (n(o) >> 1) % 6) * (1 + (n(o) % 3 === 0 ? 1 : 0))
const tgFee = (c, o) => (tgPl(c)[2] === 'Canelones' ? 290 : tgSvc(o) === 'Same Day' ? 220 : 180)
const tgCod = (o) => n(o) % 7 === 0
// created during the shop's working hours, 09:00 to 19:00 in Montevideo
const tgAt = (o) => Date.UTC(2025, 4, 1, 12) + ((n(o) * 7919) % 150) * day + ((n(o) * 31) % 600) * 60000
const tgDone = (o) => ['Entregado', 'Devuelto al remitente'].includes(tgSt(o))
const tgId = (o) => `TG${pad((n(o) * 7919) % 100000000, 8)}`
const SET_TG = { name: 'treggo-envios-exportar-uy', product: 'Treggo (panel de empresa: Envíos > Historial > Exportar a Excel, one row per shipment, Spanish (Uruguay) UI, a Montevideo online wine shop\'s same-day and next-day deliveries, America/Montevideo, UYU)', family: 'shipments', language: 'es', schema: E, cols: [
  ['ID envío', (c, o) => tgId(o), ['_id', 'commerce.shipping.trackingNumber']],
  ['Referencia', (c, o) => `#${10200 + (n(o) * 13) % 9000}`, [OR('purchaseID'), OR('purchaseOrderNumber')]],
  ['Fecha de creación', (c, o) => dmyhm(uy(tgAt(o))), ['timestamp']],
  ['Servicio', (c, o) => tgSvc(o), ['commerce.shipping.shippingMethod']],
  ['Estado', (c, o) => tgSt(o), [], opt],
  ['Fecha de retiro', (c, o) => (tgSt(o) === 'Cancelado' ? '' : dmyhm(uy(tgAt(o) + (tgSvc(o) === 'Same Day' ? 2 : 20) * 3600000))), ['commerce.shipping.shipDate'], opt],
  ['Fecha de entrega', (c, o) => (tgDone(o) ? dmyhm(uy(tgAt(o) + (tgSvc(o) === 'Same Day' ? 5 : 28) * 3600000)) : ''), []],
  ['Destinatario', (c) => `${who(c, 'uy').first} ${who(c, 'uy').last}`, []],
  ['Teléfono', (c) => `09${1 + (n(c) % 9)} ${who(c, 'uy').d6.slice(0, 3)} ${who(c, 'uy').d6.slice(3)}`, PHONE_ID, opt],
  ['Email', (c) => (n(c) % 6 === 0 ? '' : who(c, 'uy').mail), EMAIL_ID],
  ['Dirección', (c) => `${tgPl(c)[4]} ${100 + (n(c) * 7) % 3800}`, [SHIP('street1')]],
  ['Apto / Piso', (c) => row(['Apto 402', '', 'Apto 1101', '', 'Piso 3 Apto 302', ''], n(c) % 6), [SHIP('street2')]],
  ['Barrio', (c) => tgPl(c)[0], [SHIP('region')], opt],
  ['Localidad', (c) => tgPl(c)[1], [SHIP('city')]],
  ['Departamento', (c) => tgPl(c)[2], SST],
  ['Código postal', (c) => tgPl(c)[3], [SHIP('postalCode')]],
  ['Observaciones', (c, o) => row(['', 'Tocar timbre 402', '', 'Dejar en portería', 'Llamar antes de llegar', ''], n(o) % 6), []],
  ['Bultos', (c, o) => String(1 + (n(o) % 3 === 0 ? 1 : 0)), []],
  ['Peso (kg)', (c, o) => dec(1.4 * (1 + (n(o) % 3 === 0 ? 1 : 0)) * (1 + ((n(o) >> 1) % 6) / 3)), []],
  ['Valor declarado', (c, o) => thou(tgGoods(o)), [OR('priceTotal')], opt],
  ['Costo de envío', (c, o) => thou(tgFee(c, o)), ['commerce.shipping.shippingAmount']],
  ['Cobro contra entrega', (c, o) => (tgCod(o) ? thou(tgGoods(o)) : ''), [OR('payments[0].paymentAmount')], opt],
  ['Motivo', (c, o) => (tgSt(o) === 'No entregado' ? row(['Destinatario ausente', 'Dirección incorrecta'], n(o) % 2) : tgSt(o) === 'Devuelto al remitente' ? 'Rechazado por el destinatario' : ''), []],
  ['Repartidor', (c, o) => (tgSt(o) === 'Cancelado' ? '' : row(['Martín Olivera', 'Lucas Techera', 'Gastón Píriz', 'Bruno Cardozo'], n(o) % 4)), []],
  ['Link de seguimiento', (c, o) => `https://track.treggo.co/${tgId(o).toLowerCase()}`, ['commerce.shipping.trackingURL']],
] }

// ---------------------------------------------------------------- 3. Padrim payment report (pt-BR, E)
// an independent Brazilian history podcast's monthly supporters; one row per monthly charge
const PD_TIER = [['Ouvinte apoiador', 5, false], ['Episódio antecipado', 15, false], ['Episódio antecipado', 15, false], ['Nome nos créditos', 30, false], ['Caneca oficial', 60, true], ['Conselho editorial', 100, true]]
const PD_ADDR = [['01310-100', 'Av. Paulista', 'São Paulo', 'SP', '11'], ['22041-001', 'Rua Barata Ribeiro', 'Rio de Janeiro', 'RJ', '21'], ['30140-071', 'Rua da Bahia', 'Belo Horizonte', 'MG', '31'], ['80420-090', 'Rua Comendador Araújo', 'Curitiba', 'PR', '41'], ['90035-190', 'Rua Ramiro Barcelos', 'Porto Alegre', 'RS', '51'], ['40140-130', 'Av. Sete de Setembro', 'Salvador', 'BA', '71'], ['60160-230', 'Rua Silva Paulet', 'Fortaleza', 'CE', '85']]
const pdTier = (c) => row(PD_TIER, n(c) % 6)
const pdAd = (c) => row(PD_ADDR, (n(c) >> 1) % 7)
const pdPay = (o) => row(['Cartão de crédito', 'Cartão de crédito', 'Pix', 'Boleto', 'Cartão de crédito', 'Pix'], n(o) % 6)
const pdSt = (o) => (pdPay(o) === 'Boleto' && n(o) % 4 === 0 ? 'Aguardando pagamento' : row(['Pago', 'Pago', 'Pago', 'Recusado', 'Pago', 'Pago', 'Estornado', 'Pago'], n(o) % 8))
const pdAt = (o) => at0(o, 2025, 0, 5, 280)
const pdMonths = (c) => 1 + (n(c) % 27)
const pdFee = (c) => Math.round(pdTier(c)[1] * 0.0799 * 100) / 100 + 0.4
const brl = (x) => `R$ ${thou(x)}`
const SET_PD = { name: 'padrim-relatorio-pagamentos-br', product: 'Padrim (painel do criador: Relatórios > Pagamentos > Exportar CSV, one row per monthly supporter charge, Brazilian Portuguese UI, an independent history podcast, America/Sao_Paulo, BRL)', family: 'subscriptions', language: 'pt', schema: E, cols: [
  ['ID do pagamento', (c, o) => `PGT${pad((n(o) * 104729) % 100000000, 8)}`, ['_id', OR('payments[0].transactionID')]],
  ['Data', (c, o) => dmyhms(br(pdAt(o))), ['timestamp']],
  ['Referência', (c, o) => { const p = br(pdAt(o)); return `${pad(p.m)}/${p.y}` }, []],
  ['Padrinho', (c) => `${who(c, 'br').first} ${who(c, 'br').last}`, []],
  ['E-mail', (c) => who(c, 'br').mail, EMAIL_ID],
  ['CPF', (c) => cpf(who(c, 'br').d9), [], opt],
  ['Telefone', (c) => (n(c) % 4 === 0 ? '' : `(${pdAd(c)[4]}) 9${6 + (n(c) % 4)}${who(c, 'br').d8.slice(0, 3)}-${who(c, 'br').d8.slice(4)}`), PHONE_ID, opt],
  ['Recompensa', (c) => `${pdTier(c)[0]} (R$ ${pdTier(c)[1]})`, [PL('name')], opt],
  ['Valor', (c) => brl(pdTier(c)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Taxa', (c) => brl(pdFee(c)), []],
  ['Valor líquido', (c) => brl(pdTier(c)[1] - pdFee(c)), []],
  ['Forma de pagamento', (c, o) => pdPay(o), [OR('payments[0].paymentType')]],
  ['Status', (c, o) => pdSt(o), [], opt],
  ['Tipo', (c) => (pdMonths(c) === 1 ? 'Novo apoio' : 'Renovação'), [], opt],
  ['Meses apoiando', (c) => String(pdMonths(c)), []],
  ['Apoiador desde', (c, o) => dmy(br(pdAt(o) - (pdMonths(c) - 1) * 30 * day), '/'), []],
  ['CEP', (c) => (pdTier(c)[2] ? pdAd(c)[0] : ''), [SHIP('postalCode')]],
  ['Endereço', (c) => (pdTier(c)[2] ? `${pdAd(c)[1]}, ${10 + (n(c) * 7) % 1900}${n(c) % 3 === 0 ? `, apto ${100 + (n(c) % 12) * 10 + 2}` : ''}` : ''), [SHIP('street1')]],
  ['Cidade', (c) => (pdTier(c)[2] ? pdAd(c)[2] : ''), [SHIP('city')]],
  ['UF', (c) => (pdTier(c)[2] ? pdAd(c)[3] : ''), SST],
  ['Apoio anônimo', (c) => (n(c) % 10 === 0 ? 'Sim' : 'Não'), []],
] }

// ---------------------------------------------------------------- 4. Banwire transaction report (es-MX, E)
// a Xalapa specialty-coffee roaster's online shop: cards, OXXO cash vouchers and SPEI transfers
const BW_ITEM = [['Café Coatepec tostado medio 1 kg', 480], ['Kit de 3 orígenes veracruzanos 250 g', 420], ['Suscripción mensual 2 x 500 g', 590], ['Café Huatusco en grano 500 g', 265], ['Prensa francesa + 500 g', 880]]
const bwItem = (o) => row(BW_ITEM, n(o) % 5)
const bwQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0)
const bwShip = (o) => (bwItem(o)[1] * bwQty(o) >= 800 ? 0 : 119)
const bwTotal = (o) => bwItem(o)[1] * bwQty(o) + bwShip(o)
const bwMethod = (o) => row(['Tarjeta de crédito', 'Tarjeta de débito', 'Tarjeta de crédito', 'OXXO', 'SPEI', 'Tarjeta de crédito'], n(o) % 6)
const bwCard = (o) => bwMethod(o).startsWith('Tarjeta')
const bwBrand = (o) => (bwCard(o) ? row(['VISA', 'MASTERCARD', 'VISA', 'AMERICAN EXPRESS', 'MASTERCARD'], (n(o) >> 1) % 5) : '')
const bwSt = (o) => (bwMethod(o) === 'OXXO' && n(o) % 4 === 0 ? 'Pendiente de pago' : row(['Aprobada', 'Aprobada', 'Declinada', 'Aprobada', 'Aprobada', 'Reembolsada', 'Aprobada'], n(o) % 7))
const bwFee = (o) => (bwMethod(o) === 'OXXO' ? bwTotal(o) * 0.035 + 5 : bwMethod(o) === 'SPEI' ? 7 : bwTotal(o) * 0.029 + 2.5)
const bwAt = (o) => at0(o, 2025, 1, 1, 240)
const bwMsi = (o) => (bwMethod(o) === 'Tarjeta de crédito' && bwTotal(o) >= 800 ? row(['', '3', '6', ''], n(o) % 4) : '')
const mxn = (x) => `$${thou(x, ',', '.')}`
const SET_BW = { name: 'banwire-reporte-transacciones-mx', product: 'Banwire (panel del comercio: Reportes > Transacciones > Exportar a Excel, one row per payment, Spanish (Mexico) UI, a Xalapa specialty-coffee roaster\'s online shop, America/Mexico_City, MXN)', family: 'payments', language: 'es', schema: E, cols: [
  ['ID Transacción', (c, o) => String(70000000 + (n(o) * 7919) % 20000000), ['_id', OR('payments[0].transactionID')]],
  ['Referencia', (c, o) => `CAFE-${10400 + (n(o) * 13) % 9000}`, [OR('purchaseID'), OR('purchaseOrderNumber')]],
  ['Fecha', (c, o) => `${ymd(mx(bwAt(o)))} ${hms(mx(bwAt(o)))}`, ['timestamp']],
  ['Concepto', (c, o) => `${bwQty(o) > 1 ? `${bwQty(o)} x ` : ''}${bwItem(o)[0]}`, [PL('name')], opt],
  ['Monto', (c, o) => mxn(bwTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Comisión', (c, o) => mxn(bwFee(o)), []],
  ['IVA comisión', (c, o) => mxn(bwFee(o) * 0.16), []],
  ['Neto', (c, o) => mxn(bwTotal(o) - bwFee(o) * 1.16), []],
  ['Forma de pago', (c, o) => bwMethod(o), [OR('payments[0].paymentType')]],
  ['Marca', (c, o) => bwBrand(o), [OR('payments[0].paymentType')], opt],
  ['Banco emisor', (c, o) => (bwCard(o) ? row(['BBVA México', 'Banorte', 'Santander', 'Banamex', 'HSBC', 'Nu México'], n(o) % 6) : ''), []],
  ['Terminación', (c, o) => (bwCard(o) ? pad((n(o) * 31) % 10000, 4) : ''), []],
  ['Autorización', (c, o) => (bwCard(o) && bwSt(o) !== 'Declinada' ? pad((n(o) * 104729) % 1000000, 6) : ''), []],
  ['Meses sin intereses', (c, o) => bwMsi(o), []],
  ['Referencia OXXO', (c, o) => (bwMethod(o) === 'OXXO' ? `9300${pad((n(o) * 7919) % 10000000000, 10)}` : ''), []],
  ['Estatus', (c, o) => bwSt(o), [], opt],
  ['Cliente', (c) => `${who(c, 'mx').first} ${who(c, 'mx').last} ${who(c, 'mx').last2}`, []],
  ['Correo', (c) => who(c, 'mx').mail, EMAIL_ID],
  ['Teléfono', (c) => `${row(['228', '55', '229', '33', '81'], n(c) % 5)}${who(c, 'mx').d8}`.slice(0, 10), PHONE_ID, opt],
  ['Código postal', (c) => row(['91000', '91190', '94300', '91500', '06700', '44160', '64000'], n(c) % 7), [BILL('postalCode')], opt],
  ['Monto reembolsado', (c, o) => (bwSt(o) === 'Reembolsada' ? mxn(bwTotal(o)) : '$0.00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
  ['IP', (c, o) => `${row(['189.203', '201.141', '187.190', '177.249', '148.240'], n(o) % 5)}.${(n(o) * 7) % 256}.${1 + (n(o) * 13) % 254}`, ['environment.ipV4']],
] }

// ---------------------------------------------------------------- 5. Wispro subscriber list (es-AR, P)
// a fixed-wireless and fibre ISP in the Punilla valley (Córdoba); one row per subscriber
const WP_PLACE = [['Villa Carlos Paz', 'X5152', '03541', ['Av. San Martín', 'General Paz', 'Av. Libertad', 'Los Álamos']], ['Cosquín', 'X5166', '03541', ['Av. San Martín', 'Tucumán', 'Catamarca', 'Perón']], ['Bialet Massé', 'X5158', '03541', ['Av. Perón', 'Los Pinos', 'Bolívar']], ['Santa María de Punilla', 'X5164', '03541', ['Ruta Nacional 38', 'Las Heras', 'Belgrano']], ['Tanti', 'X5155', '03541', ['Av. Rodríguez', 'Los Cerros', 'San Juan']]]
const WP_PLAN = [['Fibra 50 Mb', 16900], ['Fibra 100 Mb', 21500], ['Inalámbrico 10 Mb', 12400], ['Fibra 300 Mb', 28900], ['Inalámbrico 20 Mb', 14800]]
const wpPl = (c) => row(WP_PLACE, n(c) % 5)
const wpPlan = (c) => row(WP_PLAN, (n(c) >> 1) % 5)
const wpSt = (c) => row(['Habilitado', 'Habilitado', 'Habilitado', 'Deshabilitado por falta de pago', 'Habilitado', 'Baja', 'Habilitado', 'Pendiente de instalación'], n(c) % 8)
const wpDni = (c) => 18000000 + (n(c) * 7919) % 26000000
const wpCond = (c) => (n(c) % 9 === 0 ? 'Monotributista' : n(c) % 23 === 0 ? 'Responsable Inscripto' : 'Consumidor Final')
const ars = (x) => `$ ${thou(x)}`
const SET_WP = { name: 'wispro-clientes-exportar-ar', product: 'Wispro (panel del ISP: Clientes > Listado de clientes > Exportar CSV, one row per subscriber, Spanish (Argentina) UI, a fixed-wireless and fibre ISP in the Punilla valley, Córdoba, ARS)', family: 'telecom', language: 'es', schema: P, cols: [
  ['ID', (c) => String(2000 + (n(c) * 7) % 9000), ID],
  ['Nro. de cliente', (c) => pad(1 + (n(c) * 13) % 8000, 5), ID, opt],
  ['Nombre', (c) => `${who(c, 'ar').last}, ${who(c, 'ar').first}`, ['person.name.fullName']],
  ['DNI', (c) => group(wpDni(c), '.'), ['person.taxId'], opt],
  ['CUIT/CUIL', (c) => (wpCond(c) === 'Consumidor Final' && n(c) % 3 !== 0 ? '' : cuit(who(c, 'ar').female ? '27' : '20', wpDni(c))), ['person.taxId']],
  ['Condición frente al IVA', (c) => wpCond(c), []],
  ['Email', (c) => (n(c) % 8 === 0 ? '' : who(c, 'ar').mail), ['personalEmail.address']],
  ['Teléfono', (c) => (n(c) % 3 === 0 ? `${wpPl(c)[2]} 4${who(c, 'ar').d6.slice(0, 2)}-${who(c, 'ar').d6.slice(2, 5)}` : ''), ['homePhone.number']],
  ['Celular', (c) => `+54 9 ${n(c) % 5 === 0 ? '351' : '3541'} ${n(c) % 5 === 0 ? `${who(c, 'ar').d7.slice(0, 3)}-${who(c, 'ar').d7.slice(3)}` : `${who(c, 'ar').d6.slice(0, 2)}-${who(c, 'ar').d6.slice(2)}`}`, ['mobilePhone.number']],
  ['Dirección', (c) => `${row(wpPl(c)[3], n(c) >> 2)} ${20 + (n(c) * 7) % 1800}`, HOMES('street1')],
  ['Localidad', (c) => wpPl(c)[0], HOMES('city')],
  ['Provincia', () => 'Córdoba', STATE(['homeAddress', 'mailingAddress'])],
  ['Código postal', (c) => wpPl(c)[1], HOMES('postalCode')],
  ['Plan', (c) => wpPlan(c)[0], [], opt],
  ['Precio', (c) => ars(wpPlan(c)[1]), []],
  ['Estado', (c) => wpSt(c), [], opt],
  ['Nodo', (c) => (wpPlan(c)[0].startsWith('Fibra') ? `OLT ${wpPl(c)[0].split(' ').pop()} ${1 + (n(c) % 3)}` : `Torre ${row(['Cerro La Cruz', 'Los Gigantes', 'El Cuadrado'], n(c) % 3)}`), []],
  ['IP', (c) => `10.${20 + (n(c) % 5)}.${(n(c) >> 3) % 256}.${2 + (n(c) * 7) % 250}`, []],
  ['MAC', (c) => v.hex(seeded(c, 'mac'), 12).toUpperCase().match(/../g).join(':'), []],
  ['Fecha de alta', (c) => dmy(ar(Math.min(c.created, c.updated)), '/'), [], opt],
  ['Día de vencimiento', (c) => String(row([10, 10, 15, 5, 20], n(c) % 5)), []],
  ['Saldo', (c) => (wpSt(c).startsWith('Deshabilitado') ? ars(-wpPlan(c)[1] * (1 + (n(c) % 2))) : n(c) % 5 === 0 ? ars(-wpPlan(c)[1]) : ars(0)), []],
  ['Débito automático', (c) => (n(c) % 3 === 0 ? 'Sí' : 'No'), []],
  ['Etiquetas', (c) => row(['', 'zona serrana', '', 'cliente 2019', 'reclamo abierto', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 6. Lirmi student list (es-CL, P)
// a subsidised primary and secondary school in Maipú (Santiago); one row per student, with the main guardian
const LR_COURSE = ['1° Básico', '2° Básico', '3° Básico', '4° Básico', '5° Básico', '6° Básico', '7° Básico', '8° Básico', '1° Medio', '2° Medio', '3° Medio', '4° Medio']
const LR_STREET = ['Av. Pajaritos', 'Av. Los Pajaritos', 'Av. 5 de Abril', 'Camino a Rinconada', 'Av. Américo Vespucio', 'Los Bosques', 'Av. Portales', 'El Conquistador']
const lrKid = (c) => { const r = seeded(c, 'kid'); const female = r() < 0.5; let first = v.pick(r, female ? ES.f : ES.m); if (first === who(c, 'cl').first) first = (female ? ES.f : ES.m)[first === (female ? ES.f : ES.m)[0] ? 1 : 0]; return { female, first, grade: v.int(r, 0, 11), nat: r() < 0.84 ? 'Chilena' : v.pick(r, ['Venezolana', 'Peruana', 'Haitiana', 'Colombiana']) } }
const lrBirth = (c) => { const g = lrKid(c).grade, m = 1 + (n(c) % 12); return shift(Date.UTC(m <= 3 ? 2019 - g : 2018 - g, m - 1, 1 + (n(c) >> 2) % 28), 0) }
const lrRun = (c) => 24000000 + ((11 - lrKid(c).grade) * 450000) + (n(c) * 131) % 450000
// the child carries the father's first surname and the mother's first surname, so a mother's own first surname is
// the child's second
const lrGLast = (c) => (who(c, 'cl').female ? who(c, 'cl').last2 : who(c, 'cl').last)
const lrSt = (c) => (n(c) % 17 === 0 ? 'Retirado' : 'Matriculado')
const SET_LR = { name: 'lirmi-estudiantes-exportar-cl', product: 'Lirmi (Gestión > Estudiantes > Exportar a Excel, one row per student with the main guardian, Spanish (Chile) UI, a subsidised primary and secondary school in Maipú, Santiago)', family: 'education', language: 'es', schema: P, cols: [
  ['RUN', (c) => rut(lrRun(c)), ['person.taxId', ...ID], opt],
  ['Nombres', (c) => lrKid(c).first, ['person.name.firstName']],
  ['Apellido paterno', (c) => who(c, 'cl').last, ['person.name.lastName']],
  ['Apellido materno', (c) => who(c, 'cl').last2, [], opt],
  ['Fecha de nacimiento', (c) => dmy(lrBirth(c), '-'), ['person.birthDate']],
  ['Género', (c) => (lrKid(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
  ['Nacionalidad', (c) => lrKid(c).nat, ['person.nationality']],
  ['Curso', (c) => `${LR_COURSE[lrKid(c).grade]} ${row(['A', 'B', 'C'], n(c) % 3)}`, []],
  ['N° de lista', (c) => String(1 + (n(c) % 38)), []],
  ['Estado', (c) => lrSt(c), [], opt],
  ['Fecha de matrícula', (c) => dmy(cl(Date.UTC(2025 - (n(c) % 4), 11, 2) + (n(c) % 60) * day), '-'), ['loyalty.joinDate'], opt],
  ['Prioritario', (c) => (n(c) % 3 === 0 ? 'Sí' : 'No'), []],
  ['PIE', (c) => (n(c) % 7 === 0 ? 'Sí' : 'No'), []],
  ['Correo institucional', (c) => (lrKid(c).grade >= 4 ? `${slug(lrKid(c).first.split(' ')[0])}.${who(c, 'cl').l1}${n(c) % 100}@alumnos.colegiosanandresmaipu.cl` : ''), ['personalEmail.address'], opt],
  ['Dirección', (c) => `${row(LR_STREET, n(c) % 8)} ${100 + (n(c) * 7) % 4800}${n(c) % 4 === 0 ? `, depto. ${100 + (n(c) % 9) * 100 + 3}` : ''}`, HOMES('street1')],
  ['Comuna', (c) => row(['Maipú', 'Maipú', 'Maipú', 'Cerrillos', 'Estación Central', 'Maipú', 'Padre Hurtado'], n(c) % 7), HOMES('city')],
  ['Región', () => 'Metropolitana de Santiago', STATE(['homeAddress', 'mailingAddress'])],
  ['Apoderado', (c) => `${who(c, 'cl').first} ${lrGLast(c)} ${row(ES.last.cl, n(c) * 3)}`, []],
  ['RUN apoderado', (c) => rut(9000000 + (n(c) * 7919) % 12000000), []],
  ['Parentesco', (c) => (n(c) % 11 === 0 ? (who(c, 'cl').female ? 'Abuela' : 'Abuelo') : who(c, 'cl').female ? 'Madre' : 'Padre'), []],
  ['Correo apoderado', (c) => `${who(c, 'cl').f1}${row(['.', '', '_'], n(c))}${slug(lrGLast(c))}${n(c) % 3 === 0 ? '' : 10 + (n(c) % 90)}@${row(MAIL.cl, n(c) >> 1)}`, [], opt],
  ['Teléfono apoderado', (c) => `+56 9 ${who(c, 'cl').d8.slice(0, 4)} ${who(c, 'cl').d8.slice(4)}`, [], opt],
] }

// ---------------------------------------------------------------- 7. Datastone prospect list (pt-BR, B)
// a Campinas HR-software vendor's prospect list: mid-size companies in São Paulo state, one HR or owner contact each
const DS_CO = [
  ['Metalúrgica Jundiaí Indústria e Comércio Ltda', 'Metaljun', '2599-3/99', 'Fabricação de outros produtos de metal não especificados anteriormente', 'Jundiaí', '13211-410', 'Av. Antônio Frederico Ozanan', 'Vila Rio Branco', '11', 'metaljun.com.br', 'DEMAIS', '100 a 249', 'R$ 2.000.000,00'],
  ['Transportadora Rota Paulista Ltda', 'Rota Paulista', '4930-2/02', 'Transporte rodoviário de carga, exceto produtos perigosos e mudanças, intermunicipal, interestadual e internacional', 'Campinas', '13069-380', 'Rod. Dom Pedro I', 'Jardim Santa Mônica', '19', 'rotapaulista.com.br', 'DEMAIS', '250 a 499', 'R$ 5.500.000,00'],
  ['Supermercados Bom Preço Ribeirão Ltda', 'Bom Preço', '4711-3/02', 'Comércio varejista de mercadorias em geral, com predominância de produtos alimentícios - supermercados', 'Ribeirão Preto', '14090-000', 'Av. Presidente Vargas', 'Jardim Irajá', '16', 'bomprecorp.com.br', 'DEMAIS', '250 a 499', 'R$ 3.000.000,00'],
  ['Clínica Integrada Vale do Paraíba S/S Ltda', 'Clínica Integra Vale', '8630-5/03', 'Atividade médica ambulatorial restrita a consultas', 'São José dos Campos', '12243-000', 'Av. São João', 'Jardim Esplanada', '12', 'integravale.med.br', 'EPP', '50 a 99', 'R$ 600.000,00'],
  ['Plásticos Sorocabana Indústria Ltda', 'Sorocaplast', '2229-3/99', 'Fabricação de artefatos de material plástico para outros usos não especificados anteriormente', 'Sorocaba', '18087-101', 'Av. Independência', 'Éden', '15', 'sorocaplast.ind.br', 'DEMAIS', '100 a 249', 'R$ 1.200.000,00'],
  ['Colégio Nova Geração Ltda', 'Colégio Nova Geração', '8513-9/00', 'Ensino fundamental', 'Santos', '11060-002', 'Av. Ana Costa', 'Gonzaga', '13', 'novageracaosantos.com.br', 'EPP', '50 a 99', 'R$ 350.000,00'],
  ['Agroquímica Araraquara S.A.', 'Agroara', '2051-7/00', 'Fabricação de defensivos agrícolas', 'Araraquara', '14807-035', 'Av. Bento de Abreu', 'Vila Xavier', '16', 'agroara.com.br', 'DEMAIS', '500 a 999', 'R$ 18.000.000,00'],
]
const dsCo = (c) => row(DS_CO, n(c) % 7)
const dsRole = (c) => row([['Sócio-Administrador', 'Diretoria'], ['Gerente de Recursos Humanos', 'Recursos Humanos'], ['Coordenadora de Departamento Pessoal', 'Departamento Pessoal'], ['Diretor Administrativo-Financeiro', 'Administrativo'], ['Analista de RH Sênior', 'Recursos Humanos'], ['Head de Gente e Gestão', 'Gente e Gestão']], (n(c) >> 1) % 6)
const dsOpen = (c) => shift(Date.UTC(1984, 0, 1) + ((n(c) * 7919) % 13000) * day, 0)
const SET_DS = { name: 'datastone-lista-prospeccao-br', product: 'Datastone (Prospecção > Busca de empresas > filtros de CNAE, UF e porte > Exportar lista (XLSX), one row per company with one decision-maker contact, Brazilian Portuguese UI, a Campinas HR-software vendor\'s prospect list of mid-size companies in São Paulo state)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
  ['CNPJ', (c) => cnpj(pad((n(c) * 104729) % 100000000, 8)), ACCT, opt],
  ['Razão social', (c) => dsCo(c)[0].toUpperCase(), CO],
  ['Nome fantasia', (c) => dsCo(c)[1].toUpperCase(), [], opt],
  ['Situação cadastral', () => 'ATIVA', []],
  ['Data de abertura', (c) => dmy(dsOpen(c), '/'), []],
  ['CNAE principal', (c) => dsCo(c)[2], []],
  ['Descrição CNAE', (c) => dsCo(c)[3], []],
  ['Porte', (c) => dsCo(c)[10], []],
  ['Capital social', (c) => dsCo(c)[12], []],
  ['Faixa de funcionários', (c) => dsCo(c)[11], []],
  ['Logradouro', (c) => dsCo(c)[6], [W('street1')]],
  ['Número', (c) => String(100 + (n(c) * 7) % 3900), [], opt],
  ['Bairro', (c) => dsCo(c)[7], [], opt],
  ['Município', (c) => dsCo(c)[4], [W('city')]],
  ['UF', () => 'SP', STATE(['workAddress'])],
  ['CEP', (c) => dsCo(c)[5], [W('postalCode')]],
  ['Telefone', (c) => `(${dsCo(c)[8]}) 3${who(c, 'br').d7.slice(0, 3)}-${who(c, 'br').d7.slice(3)}`, ['workPhone.number']],
  ['E-mail', (c) => `${row(['contato', 'rh', 'financeiro', 'comercial'], n(c) % 4)}@${dsCo(c)[9]}`, ['workEmail.address'], opt],
  ['Site', (c) => `www.${dsCo(c)[9]}`, ['b2b.companyWebsite']],
  ['Nome do contato', (c) => `${who(c, 'br').first} ${who(c, 'br').last}`, ['person.name.fullName']],
  ['Cargo', (c) => dsRole(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Departamento', (c) => dsRole(c)[1], ['extendedWorkDetails.departments[0]']],
  ['E-mail do contato', (c) => (n(c) % 5 === 0 ? '' : `${who(c, 'br').f1}.${who(c, 'br').l1}@${dsCo(c)[9]}`), WE],
  ['Celular do contato', (c) => (n(c) % 3 === 0 ? '' : `(${dsCo(c)[8]}) 9${6 + (n(c) % 4)}${who(c, 'br').d8.slice(0, 3)}-${who(c, 'br').d8.slice(4)}`), ['mobilePhone.number']],
  ['LinkedIn do contato', (c) => (n(c) % 2 === 0 ? `linkedin.com/in/${who(c, 'br').f1}-${who(c, 'br').l1}-${who(c, 'br').d4}` : ''), []],
] }

// ---------------------------------------------------------------- 8. Platzi Business Manager student report (es-CO, B)
// a Bogotá insurer's upskilling programme: employees licensed on Platzi, grouped by programme
const PZ_AREA = [['Tecnología', ['Desarrollador Backend', 'Analista de Datos', 'Líder Técnico', 'Ingeniera DevOps']], ['Comercial', ['Ejecutivo de Cuenta', 'Gerente Regional de Ventas', 'Asesora Comercial']], ['Mercadeo', ['Coordinadora de Mercadeo Digital', 'Analista de Growth']], ['Indemnizaciones', ['Analista de Siniestros', 'Coordinador de Indemnizaciones']], ['Talento Humano', ['Business Partner de Talento', 'Analista de Formación']], ['Actuaría', ['Actuario Senior', 'Analista Actuarial']]]
const PZ_GROUP = ['Datos para todos', 'Transformación digital - Comercial', 'Líderes 2025', 'Datos para todos', 'Inglés para el trabajo']
const PZ_ROUTE = { 'Datos para todos': 'Fundamentos de Análisis de Datos', 'Transformación digital - Comercial': 'Ventas B2B y Negociación', 'Líderes 2025': 'Liderazgo y Gestión de Equipos', 'Inglés para el trabajo': 'Inglés B1 para Profesionales' }
const pzArea = (c) => row(PZ_AREA, n(c) % 6)
const pzGroup = (c) => (pzArea(c)[0] === 'Tecnología' && n(c) % 2 === 0 ? 'Datos para todos' : row(PZ_GROUP, (n(c) >> 1) % 5))
const pzSt = (c) => row(['Activo', 'Activo', 'Activo', 'Invitación pendiente', 'Activo', 'Desactivado'], n(c) % 6)
const pzOn = (c) => pzSt(c) !== 'Invitación pendiente'
const pzInv = (c) => Date.UTC(2025, 1, 3) + ((n(c) * 7919) % (60 * 86400)) * 1000
const pzDone = (c) => (pzOn(c) ? (n(c) * 7) % 9 : 0)
const pzStart = (c) => (pzOn(c) ? pzDone(c) + (n(c) % 4) : 0)
const pzMail = (c) => `${who(c, 'co').f1}.${who(c, 'co').l1}@segurosandinos.com.co`
const SET_PB = { name: 'platzi-business-reporte-estudiantes-co', product: 'Platzi Business (Business Manager: Seguimiento > Estudiantes > Descargar reporte CSV, one row per licensed employee, Spanish (Colombia) UI, a Bogotá insurer\'s upskilling programme, America/Bogota)', family: 'education', language: 'es', schema: B, cols: [
  ['ID', (c) => String(4100000 + (n(c) * 7919) % 900000), B2BID],
  ['Nombre', (c) => who(c, 'co').first, ['person.name.firstName']],
  ['Apellido', (c) => `${who(c, 'co').last} ${who(c, 'co').last2}`, ['person.name.lastName']],
  ['Correo electrónico', (c) => pzMail(c), WE],
  ['Usuario', (c) => (pzOn(c) ? `${who(c, 'co').f1}${who(c, 'co').l1}${n(c) % 100}` : ''), []],
  ['Grupo', (c) => pzGroup(c), [], opt],
  ['Área', (c) => pzArea(c)[0], ['extendedWorkDetails.departments[0]']],
  ['Cargo', (c) => row(pzArea(c)[1], n(c) >> 3), ['extendedWorkDetails.jobTitle']],
  ['Ciudad', (c) => row(['Bogotá', 'Bogotá', 'Medellín', 'Bogotá', 'Cali', 'Barranquilla'], n(c) % 6), [W('city')], opt],
  ['País', () => 'Colombia', [W('country')], opt],
  ['Correo del líder', (c) => `${row(['mcardenas', 'jrestrepo', 'lospina', 'amoreno'], n(c) % 4)}@segurosandinos.com.co`, ['extendedWorkDetails.reportsToID'], opt],
  ['Estado', (c) => pzSt(c), [], opt],
  ['Fecha de invitación', (c) => ymd(co(pzInv(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Fecha de activación', (c) => (pzOn(c) ? ymd(co(pzInv(c) + (1 + (n(c) % 9)) * day)) : ''), []],
  ['Último acceso', (c) => (pzSt(c) === 'Activo' ? `${ymd(co(pzInv(c) + (20 + (n(c) % 90)) * day))} ${pad(7 + (n(c) % 15))}:${pad((n(c) * 7) % 60)}` : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['Ruta asignada', (c) => PZ_ROUTE[pzGroup(c)], []],
  ['Progreso de la ruta', (c) => `${pzOn(c) ? Math.min(100, pzDone(c) * 12 + (n(c) % 10)) : 0}%`, []],
  ['Cursos iniciados', (c) => String(pzStart(c)), []],
  ['Cursos completados', (c) => String(pzDone(c)), []],
  ['Certificados', (c) => String(Math.max(0, pzDone(c) - (n(c) % 2))), []],
  ['Horas de estudio', (c) => dec(pzOn(c) ? pzStart(c) * 2.75 + (n(c) % 7) * 0.5 : 0), []],
  ['Puntos', (c) => String(pzOn(c) ? pzDone(c) * 180 + (n(c) % 50) * 3 : 0), []],
] }

export const SETS = [SET_MS, SET_TG, SET_PD, SET_BW, SET_WP, SET_LR, SET_DS, SET_PB]
