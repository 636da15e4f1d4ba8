// Round 74, tune145: blind tune sets written by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Spanish- and Portuguese-language exports from Latin America, Spain and Portugal,
// headers in the product's UI language: a Colombian store builder's order export (Komercia) (es-CO E 1); a Brazilian
// payment gateway's charge report (PagueVeloz) (pt-BR E 1); a Latin American hotel PMS's reservation export for a
// Oaxaca boutique hotel (LobbyPMS) (es-MX E 1); a Spanish appointment-booking service's appointment export for a hair
// salon (Citaplanner) (es-ES E 1); a Brazilian digital-menu ordering system's order report for a burger restaurant
// (Cardápio Web) (pt-BR E 1); a Colombian clinic-management system's patient list (Saludtools) (es-CO P 1); a
// Brazilian e-mail marketing service's contact export (Klicksend) (pt-BR P 1); a Spanish gym-management system's member
// list (Cloudgym) (es-ES P 1); a Portuguese ERP's customer list of trade accounts (Eticadata) (pt-PT B 1); the Santiago
// Chamber of Commerce's supplier registry export for a buyer (RedNegocios) (es-CL B 1). E 5, P 3, B 2.
// Headers: from the writer's knowledge of each product for all 10 sets (a short source hunt found no public column
// list for any of them); a subset of each export's columns, in the order the writer knows. Nothing was copied from a
// real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, shift, hash, dec, thou, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Colombia UTC-5, Mexico (since 2022) UTC-6, Brazil (Brasília) UTC-3, Chile about UTC-4: no summer time used;
// Spain UTC+1 and Portugal UTC+0 with summer time
const bog = (ms) => shift(ms, -5)
const mex = (ms) => shift(ms, -6)
const bra = (ms) => shift(ms, -3)
const scl = (ms) => shift(ms, -4)
const mad = (ms) => local(ms, 1)
const lis = (ms) => local(ms, 0)
const dmyhm = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const dmyhms = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const brl = (x) => thou(x, '.', ',')
const mxn = (x) => thou(x, ',', '.')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const HISP = {
  m: ['Andrés', 'Juan Camilo', 'Santiago', 'Carlos', 'Felipe', 'Sebastián', 'Alejandro', 'Luis Fernando', 'Diego', 'Jorge', 'Mateo', 'Ricardo'],
  f: ['Valentina', 'María José', 'Daniela', 'Laura', 'Catalina', 'Paula Andrea', 'Sofía', 'Mariana', 'Natalia', 'Carolina', 'Ximena', 'Gabriela'],
  last: ['Gómez', 'Rodríguez', 'Martínez', 'López', 'García', 'Hernández', 'Ramírez', 'Torres', 'Restrepo', 'Vargas', 'Castillo', 'Jiménez', 'Moreno', 'Rojas', 'Álvarez', 'Muñoz', 'Ortiz', 'Cárdenas'],
}
const ES = {
  m: ['Javier', 'Pablo', 'Sergio', 'David', 'Álvaro', 'Jorge', 'Adrián', 'Raúl', 'Marcos', 'Iván'],
  f: ['Lucía', 'Marta', 'Paula', 'Elena', 'Laura', 'Cristina', 'Nuria', 'Irene', 'Sara', 'Beatriz'],
  last: ['García', 'Fernández', 'Sánchez', 'Pérez', 'Navarro', 'Romero', 'Gil', 'Serrano', 'Molina', 'Ortega', 'Blasco', 'Lázaro', 'Sanz', 'Marín'],
}
const BR = {
  m: ['Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Bruno', 'Felipe', 'Gustavo', 'Matheus', 'Diego', 'Rodrigo', 'Vinícius', 'André'],
  f: ['Ana Paula', 'Juliana', 'Camila', 'Fernanda', 'Larissa', 'Beatriz', 'Mariana', 'Patrícia', 'Letícia', 'Aline', 'Bruna', 'Renata'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Ferreira', 'Almeida', 'Carvalho', 'Ribeiro', 'Gomes', 'Martins', 'Rocha', 'Barbosa'],
  // [cidade, UF, DDD, CEP prefix, bairro]
  places: [['São Paulo', 'SP', '11', '04', 'Vila Mariana'], ['Rio de Janeiro', 'RJ', '21', '22', 'Botafogo'], ['Belo Horizonte', 'MG', '31', '30', 'Savassi'], ['Curitiba', 'PR', '41', '80', 'Batel'], ['Porto Alegre', 'RS', '51', '90', 'Moinhos de Vento'], ['Recife', 'PE', '81', '52', 'Boa Viagem'], ['Salvador', 'BA', '71', '41', 'Pituba'], ['Campinas', 'SP', '19', '13', 'Cambuí'], ['Florianópolis', 'SC', '48', '88', 'Trindade']],
  streets: ['Rua das Acácias', 'Rua Padre Anchieta', 'Avenida Getúlio Vargas', 'Rua Sete de Setembro', 'Rua Marechal Deodoro', 'Avenida Brasil', 'Rua Domingos de Morais', 'Rua Tiradentes'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br', 'icloud.com'],
}
const PT = {
  m: ['João', 'Tiago', 'Rui', 'Nuno', 'Miguel', 'Pedro', 'Ricardo', 'Hugo'],
  f: ['Inês', 'Sofia', 'Catarina', 'Joana', 'Ana Rita', 'Marta', 'Filipa', 'Sara'],
  last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Lopes', 'Marques', 'Pinto'],
}
const memo = new Map()
const mailOf = (f, l, r, doms) => `${v.slug(f.split(' ')[0])}${v.pick(r, ['.', '_', ''])}${v.slug(l)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  const birth = Date.UTC(1962, 0, 1) + Math.floor(r() * 42 * 365) * day
  if (cc === 'hisp') {
    const first = v.pick(r, female ? HISP.f : HISP.m), l1 = v.pick(r, HISP.last)
    let l2 = v.pick(r, HISP.last); if (l2 === l1) l2 = 'Ospina'
    return { female, first, l1, l2, full: `${first} ${l1} ${l2}`, birth, r1: v.int(r, 0, 99), r2: v.int(r, 0, 9999), r3: v.int(r, 0, 999999) }
  }
  if (cc === 'es') {
    const first = v.pick(r, female ? ES.f : ES.m), l1 = v.pick(r, ES.last)
    let l2 = v.pick(r, ES.last); if (l2 === l1) l2 = 'Pascual'
    const dni = v.int(r, 10000000, 79999999)
    return { female, first, l1, l2, full: `${first} ${l1} ${l2}`, birth, dni: `${dni}${'TRWAGMYFPDXBNJZSQVHLCKE'[dni % 23]}`,
      mob: `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
      mail: mailOf(first, l1, r, ['gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'icloud.com']), r1: v.int(r, 0, 999) }
  }
  if (cc === 'br') {
    const first = v.pick(r, female ? BR.f : BR.m), l1 = v.pick(r, BR.last)
    let l2 = v.pick(r, BR.last); if (l2 === l1) l2 = 'Lima'
    const pl = v.pick(r, BR.places)
    const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
    const dv = (ds) => { const s = ds.reduce((a, x, i) => a + x * (ds.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
    const d1 = dv(d), d2 = dv([...d, d1]), cpf = [...d, d1, d2].join('')
    return { female, first, last: l2, mid: l1, full: `${first} ${l1} ${l2}`, birth, city: pl[0], uf: pl[1], ddd: pl[2], bairro: pl[4],
      cep: `${pl[3]}${v.int(r, 100, 999)}-${pad(v.int(r, 0, 999), 3)}`, street: `${v.pick(r, BR.streets)}, ${v.int(r, 12, 2400)}`,
      compl: v.pick(r, ['', '', 'Apto 302', '', 'Casa 2', 'Apto 1104', 'Bloco B apto 21', '']),
      cel: `9${v.int(r, 6000, 9999)}${pad(v.int(r, 0, 9999), 4)}`, cpf: `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`,
      mail: mailOf(first, l2, r, BR.mail), r1: v.int(r, 0, 999) }
  }
  // pt
  const first = v.pick(r, female ? PT.f : PT.m), l1 = v.pick(r, PT.last)
  let l2 = v.pick(r, PT.last); if (l2 === l1) l2 = 'Carvalho'
  return { female, first, l1, l2, full: `${first} ${l1} ${l2}`, birth, mob: `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const hi = (c) => who(c, 'hisp')
const es = (c) => who(c, 'es')
const br = (c) => who(c, 'br')
const pt = (c) => who(c, 'pt')
const hiMail = (c, doms) => { const p = hi(c); return `${v.slug(p.first.split(' ')[0])}${row(['.', '', '_'], p.r1)}${v.slug(p.l1)}${p.r1 % 3 ? p.r1 : ''}@${row(doms, p.r2)}` }
const coMob = (c) => `3${row(['00', '01', '04', '10', '11', '12', '14', '15', '16', '17', '20', '22'], hi(c).r2)}${pad(hi(c).r3 * 7 % 10000000, 7)}`
const cedula = (c) => String(10000000 + (hi(c).r3 * 1237 + hi(c).r2) % 1089999999)
const brCel = (c) => `(${br(c).ddd}) ${br(c).cel.slice(0, 5)}-${br(c).cel.slice(5)}`

// ---------------------------------------------------------------- 1. Komercia order export (es-CO, E)
// a Medellín brand of handmade leather sandals and bags selling nationwide
const KM_ITEM = [['Sandalia Guayacán Miel', 'SAN-GUA-MIEL', 'Talla 37', 149900], ['Sandalia Guayacán Negra', 'SAN-GUA-NEG', 'Talla 38', 149900], ['Bolso Tote Arriero', 'BOL-TOT-ARR', 'Color Café', 289900], ['Mocasín Envigado', 'MOC-ENV-CAF', 'Talla 40', 219900], ['Billetera Mini Coñac', 'BIL-MIN-CON', '', 79900], ['Sandalia Plataforma Nutibara', 'SAN-PLA-NUT', 'Talla 36', 179900]]
// [ciudad, departamento]
const KM_CITY = [['Medellín', 'Antioquia'], ['Bogotá, D.C.', 'Bogotá, D.C.'], ['Cali', 'Valle del Cauca'], ['Envigado', 'Antioquia'], ['Barranquilla', 'Atlántico'], ['Bucaramanga', 'Santander'], ['Pereira', 'Risaralda'], ['Cartagena de Indias', 'Bolívar']]
const KM_STREET = ['Calle', 'Carrera', 'Transversal', 'Diagonal', 'Avenida Calle', 'Carrera']
const kmItem = (o) => row(KM_ITEM, n(o) % 6)
const kmQty = (o) => (n(o) % 5 === 0 ? 2 : 1)
const kmCity = (c) => row(KM_CITY, hi(c).r2 % 8)
const kmSub = (o) => kmItem(o)[3] * kmQty(o)
const kmShip = (o, c) => (kmSub(o) >= 250000 ? 0 : kmCity(c)[1] === 'Antioquia' ? 9000 : 14000)
const kmDisc = (o) => (n(o) % 7 === 0 ? Math.round(kmSub(o) * 0.1) : 0)
const kmPay = (o) => row(['Wompi - Tarjeta de crédito', 'Wompi - PSE', 'Contra entrega', 'Wompi - Nequi', 'Transferencia Bancolombia', 'Wompi - PSE'], n(o) % 6)
const kmSt = (o) => row(['Entregado', 'Despachado', 'Pagado', 'Entregado', 'Pendiente de pago', 'Cancelado', 'Entregado'], n(o) % 7)
const kmAt = (o) => Date.UTC(2025, 2, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000
const kmCarrier = (o) => row(['Servientrega', 'Coordinadora', 'Interrapidísimo', 'Envía'], (n(o) >> 2) % 4)
const SET_KM = { name: 'komercia-pedidos-exportar-co', product: 'Komercia (panel: Ventas > Órdenes > Exportar a Excel, one row per order, Spanish (Colombia) UI, a Medellín handmade leather sandal and bag brand shipping nationwide, America/Bogota, COP)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
  ['ID orden', (c, o) => String(21000 + n(o)), ['_id', OR('purchaseID')]],
  ['Fecha', (c, o) => `${ymd(bog(kmAt(o)))} ${hms(bog(kmAt(o)))}`, ['timestamp']],
  ['Estado', (c, o) => kmSt(o), [], opt],
  ['Nombre', (c) => `${hi(c).first} ${hi(c).l1}`, []],
  ['Tipo de identificación', (c) => (n(c) % 11 === 0 ? 'NIT' : 'CC'), []],
  ['Identificación', (c) => cedula(c), []],
  ['Correo electrónico', (c) => hiMail(c, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'une.net.co']), EMAIL_ID],
  ['Teléfono', (c) => coMob(c), PHONE_ID],
  ['Departamento', (c) => kmCity(c)[1], [SHIP('stateProvince'), SHIP('state')]],
  ['Ciudad', (c) => kmCity(c)[0], [SHIP('city')]],
  ['Dirección', (c) => `${row(KM_STREET, hi(c).r3 % 6)} ${10 + (hi(c).r3 % 90)}${hi(c).r2 % 5 === 0 ? ' Sur' : ''} # ${20 + (hi(c).r2 * 7) % 70}-${10 + (hi(c).r1 * 3) % 80}`, [SHIP('street1')]],
  ['Barrio / Detalle', (c) => row(['Apto 502', 'Laureles', '', 'Torre 3 Apto 1104', 'Casa 14 Conjunto Los Almendros', '', 'El Poblado'], n(c) % 7), [SHIP('street2')], opt],
  ['Productos', (c, o) => kmItem(o)[0], [PL('name')]],
  ['SKU', (c, o) => kmItem(o)[1], [PL('SKU')]],
  ['Variante', (c, o) => kmItem(o)[2], [PL('selectedOptions[0].value')], opt],
  ['Cantidad', (c, o) => String(kmQty(o)), [PL('quantity')]],
  ['Subtotal', (c, o) => String(kmSub(o)), [PL('priceTotal')], opt],
  ['Envío', (c, o) => String(kmShip(o, c)), ['commerce.shipping.shippingAmount']],
  ['Descuento', (c, o) => String(kmDisc(o)), [OR('discountAmount')]],
  ['Cupón', (c, o) => (kmDisc(o) ? 'PAISA10' : ''), ['commerce.promotionID']],
  ['Total', (c, o) => String(kmSub(o) + kmShip(o, c) - kmDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Método de pago', (c, o) => kmPay(o), [OR('payments[0].paymentType')]],
  ['Referencia de pago', (c, o) => (kmPay(o).startsWith('Wompi') && kmSt(o) !== 'Pendiente de pago' ? `${100000 + (n(o) * 37) % 900000}-${1740000000 + n(o) * 131}-${pad(n(o) % 100000, 5)}` : ''), [OR('payments[0].transactionID')]],
  ['Transportadora', (c, o) => (['Despachado', 'Entregado'].includes(kmSt(o)) ? kmCarrier(o) : ''), ['commerce.shipping.shippingMethod'], opt],
  ['Número de guía', (c, o) => (['Despachado', 'Entregado'].includes(kmSt(o)) ? String(kmCarrier(o) === 'Interrapidísimo' ? 240000000000 + n(o) * 977 : 2100000000 + n(o) * 7919) : ''), ['commerce.shipping.trackingNumber']],
  ['Notas', (c, o) => row(['', '', 'Es para regalo, no incluir factura', '', 'Entregar en portería', 'Llamar antes de llegar'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 2. PagueVeloz charge report (pt-BR, E)
// a Joinville language school billing monthly fees by boleto, PIX and card
const PV_PLAN = [['Mensalidade Inglês Regular', 389], ['Mensalidade Inglês Kids', 329], ['Mensalidade Espanhol', 349], ['Material didático', 245], ['Mensalidade Inglês Business', 459]]
const pvPlan = (o) => row(PV_PLAN, n(o) % 5)
const pvForm = (o) => row(['Boleto', 'PIX', 'Boleto', 'Cartão de crédito', 'PIX', 'Boleto'], (n(o) >> 1) % 6)
const pvSt = (o) => row(['Pago', 'Pago', 'Em aberto', 'Pago', 'Vencido', 'Pago', 'Cancelado', 'Pago'], n(o) % 8)
const pvDue = (o) => Date.UTC(2025, (n(o) % 8) + 1, 10, 15)
const pvAt = (o) => pvDue(o) - (8 + (n(o) % 5)) * day + ((n(o) * 7919) % 36000) * 1000
const pvDisc = (o) => (pvPlan(o)[0].startsWith('Mensalidade') && n(o) % 3 === 0 ? 20 : 0)
const pvLate = (o) => (pvSt(o) === 'Pago' && n(o) % 9 === 0 ? +(pvPlan(o)[1] * 0.02 + pvPlan(o)[1] * 0.00033 * 6).toFixed(2) : 0)
const pvPaid = (o) => (pvSt(o) === 'Pago' ? pvPlan(o)[1] - pvDisc(o) + pvLate(o) : 0)
const pvFee = (o) => (pvSt(o) !== 'Pago' ? 0 : pvForm(o) === 'Boleto' ? 2.49 : pvForm(o) === 'PIX' ? 0.99 : +(pvPaid(o) * 0.0399).toFixed(2))
const pvPaidAt = (o) => pvDue(o) - (n(o) % 4) * day + (n(o) % 9 === 0 ? 6 * day : 0)
const SET_PV = { name: 'pagueveloz-relatorio-cobrancas-br', product: 'PagueVeloz (painel: Cobranças > Relatório de cobranças > Exportar Excel, one row per charge (boleto, PIX or card), Brazilian Portuguese UI, a Joinville language school billing monthly fees, America/Sao_Paulo, BRL)', family: 'payments', language: 'pt', schema: E, cols: [
  ['Código', (c, o) => String(48000000 + n(o) * 53), ['_id', OR('payments[0].transactionID')]],
  ['Seu número', (c, o) => `MAT${pad(n(c) % 10000, 4)}-${pad((n(o) % 8) + 2, 2)}/25`, [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
  ['Data de emissão', (c, o) => dmyhms(bra(pvAt(o))), ['timestamp', OR('createdDate')]],
  ['Vencimento', (c, o) => dmy(bra(pvDue(o)), '/'), []],
  ['Sacado', (c) => br(c).full, []],
  ['CPF/CNPJ', (c) => br(c).cpf, []],
  ['E-mail', (c) => br(c).mail, EMAIL_ID],
  ['Celular', (c) => brCel(c), PHONE_ID],
  ['Endereço', (c) => br(c).street, [BILL('street1')], opt],
  ['Bairro', (c) => br(c).bairro, [], opt],
  ['Cidade', (c) => br(c).city, [BILL('city')], opt],
  ['UF', (c) => br(c).uf, [BILL('state'), BILL('stateProvince')], opt],
  ['CEP', (c) => br(c).cep, [BILL('postalCode')], opt],
  ['Descrição', (c, o) => `${pvPlan(o)[0]} - ${['fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set'][n(o) % 8]}/2025`, [PL('name')], opt],
  ['Forma de pagamento', (c, o) => pvForm(o), [OR('payments[0].paymentType')]],
  ['Valor', (c, o) => brl(pvPlan(o)[1]), [OR('priceTotal')]],
  ['Desconto', (c, o) => brl(pvDisc(o)), [OR('discountAmount')]],
  ['Juros/Multa', (c, o) => brl(pvLate(o)), []],
  ['Valor pago', (c, o) => (pvSt(o) === 'Pago' ? brl(pvPaid(o)) : ''), [OR('payments[0].paymentAmount')]],
  ['Tarifa', (c, o) => brl(pvFee(o)), []],
  ['Valor líquido', (c, o) => (pvSt(o) === 'Pago' ? brl(pvPaid(o) - pvFee(o)) : ''), [], opt],
  ['Data de pagamento', (c, o) => (pvSt(o) === 'Pago' ? dmy(bra(pvPaidAt(o)), '/') : ''), [], opt],
  ['Situação', (c, o) => pvSt(o), [], opt],
  ['Nosso número', (c, o) => (pvForm(o) === 'Boleto' ? `${pad((n(o) * 7919) % 100000000000, 11)}-${n(o) % 10}` : ''), [], opt],
] }

// ---------------------------------------------------------------- 3. LobbyPMS reservation export (es-MX, E)
// a 14-room boutique hotel in the historic centre of Oaxaca
const LB_ROOM = [['Habitación Estándar Queen', 1650], ['Habitación Doble', 1890], ['Suite Jardín', 2950], ['Habitación Estándar Queen', 1650], ['Suite Terraza', 3400]]
const LB_CH = ['Booking.com', 'Directo', 'Expedia', 'Booking.com', 'Motor de reservas', 'Airbnb', 'Booking.com', 'Motor de reservas']
const lbRoom = (o) => row(LB_ROOM, n(o) % 5)
const lbCh = (o) => row(LB_CH, (n(o) >> 1) % 8)
const lbN = (o) => 1 + (n(o) % 4)
const lbTotal = (o) => lbRoom(o)[1] * lbN(o) * (n(o) % 6 === 0 ? 1.2 : 1)
const lbSt = (o) => row(['Check-out', 'Confirmada', 'Check-out', 'Cancelada', 'Check-in', 'Check-out', 'No show', 'Confirmada'], n(o) % 8)
const lbAt = (o) => Date.UTC(2025, 3, 1) + ((n(o) * 7919) % (150 * 86400)) * 1000
const lbIn = (o) => lbAt(o) + (2 + (n(o) % 45)) * day
const lbPaid = (o) => (['Check-out'].includes(lbSt(o)) ? lbTotal(o) : lbSt(o) === 'Cancelada' || lbSt(o) === 'No show' ? 0 : lbCh(o) === 'Expedia' || lbCh(o) === 'Airbnb' ? lbTotal(o) : Math.round(lbTotal(o) * 0.3))
const lbNat = (c) => row(['México', 'México', 'Estados Unidos', 'México', 'España', 'Canadá', 'México', 'Francia'], n(c) % 8)
const lbMail = (c, o) => (lbCh(o) === 'Booking.com' ? `${v.slug(hi(c).first.split(' ')[0])}.${v.hex(v.rng(n(o)), 6)}@guest.booking.com` : lbCh(o) === 'Airbnb' ? '' : hiMail(c, ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com']))
const lbTel = (c) => (lbNat(c) === 'México' ? (n(c) % 5 < 3 ? `+52 ${row(['55', '33', '81'], n(c) % 5)} ${pad(hi(c).r3 % 10000, 4)} ${pad(hi(c).r2, 4)}` : `+52 ${row(['951', '222'], n(c) % 2)} ${200 + (hi(c).r3 % 800)} ${pad(hi(c).r2, 4)}`) : lbNat(c) === 'España' ? `+34 6${pad(hi(c).r3 % 100000000, 8)}` : lbNat(c) === 'Francia' ? `+33 6 ${pad(hi(c).r2 % 100, 2)} ${pad(hi(c).r3 % 100, 2)} ${pad((hi(c).r3 >> 2) % 100, 2)} ${pad(hi(c).r1, 2)}` : `+1 ${201 + (hi(c).r2 % 700)} ${200 + (hi(c).r3 % 800)} ${pad(hi(c).r3 % 10000, 4)}`)
const SET_LB = { name: 'lobbypms-reservas-exportar-mx', product: 'LobbyPMS (Reservas > Listado de reservas > Exportar a Excel, one row per reservation, Spanish UI, a 14-room boutique hotel in Oaxaca\'s historic centre, America/Mexico_City, MXN)', family: 'bookings', language: 'es', schema: E, cols: [
  ['Reserva', (c, o) => String(300000 + n(o) * 11), ['_id', OR('purchaseID')]],
  ['Fecha de creación', (c, o) => dmyhm(mex(lbAt(o))), ['timestamp', OR('createdDate')]],
  ['Canal', (c, o) => lbCh(o), [], opt],
  ['Código del canal', (c, o) => (lbCh(o) === 'Booking.com' ? String(4100000000 + n(o) * 1009) : lbCh(o) === 'Expedia' ? String(2200000000 + n(o) * 313) : lbCh(o) === 'Airbnb' ? `HM${v.alnum(v.rng(n(o)), 8).toUpperCase()}` : ''), [OR('purchaseOrderNumber')], opt],
  ['Estado', (c, o) => lbSt(o), ['eventType'], opt],
  ['Llegada', (c, o) => dmy(mex(lbIn(o)), '/'), []],
  ['Salida', (c, o) => dmy(mex(lbIn(o) + lbN(o) * day), '/'), []],
  ['Noches', (c, o) => String(lbN(o)), []],
  ['Categoría', (c, o) => lbRoom(o)[0], [PL('name')], opt],
  ['Habitación', (c, o) => (['Check-in', 'Check-out'].includes(lbSt(o)) ? String(101 + (n(o) % 7) + (n(o) % 2) * 100) : ''), []],
  ['Adultos', (c, o) => String(lbRoom(o)[0].startsWith('Suite') ? 2 : 1 + (n(o) % 2)), []],
  ['Niños', (c, o) => String(n(o) % 9 === 0 ? 1 : 0), []],
  ['Nombre del huésped', (c) => `${hi(c).first} ${hi(c).l1}`, []],
  ['Nacionalidad', (c) => lbNat(c), [], opt],
  ['Documento', (c) => (lbNat(c) === 'México' ? '' : `${row(['G', 'P', 'X'], n(c) % 3)}${pad(hi(c).r3 * 3 % 100000000, 8)}`), []],
  ['Correo', (c, o) => lbMail(c, o), EMAIL_ID],
  ['Teléfono', (c) => lbTel(c), PHONE_ID],
  ['Total', (c, o) => mxn(lbTotal(o)), [OR('priceTotal')]],
  ['Pagado', (c, o) => mxn(lbPaid(o)), [OR('payments[0].paymentAmount')], opt],
  ['Saldo', (c, o) => mxn(['Cancelada', 'No show'].includes(lbSt(o)) ? 0 : lbTotal(o) - lbPaid(o)), []],
  ['Moneda', () => 'MXN', [OR('currencyCode')]],
  ['Forma de pago', (c, o) => (lbPaid(o) === 0 ? '' : lbCh(o) === 'Expedia' ? 'Tarjeta virtual (VCC)' : lbCh(o) === 'Airbnb' ? 'Pagado por el canal' : row(['Tarjeta de crédito', 'Transferencia', 'Efectivo', 'Tarjeta de débito'], n(o) % 4)), [OR('payments[0].paymentType')]],
  ['Fecha de cancelación', (c, o) => (lbSt(o) === 'Cancelada' ? dmyhm(mex(lbAt(o) + (1 + (n(o) % 9)) * day)) : ''), [OR('cancelDate')]],
  ['Notas', (c, o) => row(['', 'Llegada tarde, después de las 22:00', '', 'Aniversario, pidieron pétalos', '', 'Requiere factura (RFC en correo)'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 4. Citaplanner appointment export (es-ES, E)
// a two-chair hair and beauty salon in Ruzafa, Valencia
const CP_SRV = [['Corte y peinado mujer', 'Peluquería', 32, 45], ['Corte caballero', 'Peluquería', 16, 30], ['Mechas balayage', 'Color', 95, 150], ['Tinte raíz', 'Color', 38, 60], ['Manicura semipermanente', 'Manos y pies', 22, 45], ['Tratamiento keratina', 'Tratamientos', 120, 120], ['Diseño de cejas', 'Estética', 12, 20]]
const CP_PRO = ['Ana', 'Rocío', 'Vicent', 'Ana', 'Marina']
const cpSrv = (o) => row(CP_SRV, n(o) % 7)
const cpSt = (o) => row(['Finalizada', 'Confirmada', 'Finalizada', 'Cancelada', 'Finalizada', 'No presentado', 'Pendiente de confirmar', 'Finalizada'], n(o) % 8)
const cpAt = (o) => Date.UTC(2025, 0, 10) + ((n(o) * 7919) % (260 * 86400)) * 1000
const cpStart = (o) => { const d = cpAt(o) + (1 + (n(o) % 20)) * day; const base = Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth(), new Date(d).getUTCDate(), 8); return base + ((n(o) * 3) % 18) * 1800000 }
const cpDisc = (o) => (n(o) % 6 === 0 ? Math.round(cpSrv(o)[2] * 0.15 * 100) / 100 : 0)
const SET_CP = { name: 'citaplanner-citas-exportar-es', product: 'Citaplanner (Agenda > Informes > Citas > Exportar a Excel, one row per appointment, Spanish (Spain) UI, a hair and beauty salon in Ruzafa, Valencia, Europe/Madrid, EUR)', family: 'bookings', language: 'es', schema: E, cols: [
  ['Id cita', (c, o) => String(7300000 + n(o) * 17), ['_id']],
  ['Fecha de creación', (c, o) => dmyhm(mad(cpAt(o))), ['timestamp', OR('createdDate')]],
  ['Fecha', (c, o) => dmy(mad(cpStart(o)), '/'), []],
  ['Hora inicio', (c, o) => hm(mad(cpStart(o))), []],
  ['Hora fin', (c, o) => hm(mad(cpStart(o) + cpSrv(o)[3] * 60000)), []],
  ['Centro', () => 'Ruzafa Hair & Beauty', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Servicio', (c, o) => cpSrv(o)[0], [PL('name')]],
  ['Familia', (c, o) => cpSrv(o)[1], [PL('productCategories[0].categoryName')], opt],
  ['Profesional', (c, o) => row(CP_PRO, (n(o) >> 1) % 5), []],
  ['Cliente', (c) => `${es(c).first} ${es(c).l1} ${es(c).l2}`, []],
  ['Teléfono móvil', (c) => `+34 ${es(c).mob}`, PHONE_ID],
  ['Email', (c) => (n(c) % 5 === 0 ? '' : es(c).mail), EMAIL_ID],
  ['Estado', (c, o) => cpSt(o), ['eventType'], opt],
  ['Origen', (c, o) => row(['Reserva online', 'Teléfono', 'Reserva online', 'Presencial', 'App', 'Reserva online'], n(o) % 6), [], opt],
  ['Precio', (c, o) => dec(cpSrv(o)[2]), [PL('priceTotal'), OR('priceTotal')], opt],
  ['Descuento', (c, o) => dec(cpDisc(o)), [OR('discountAmount')], opt],
  ['Cobrado', (c, o) => (cpSt(o) === 'Finalizada' ? 'Sí' : 'No'), []],
  ['Forma de pago', (c, o) => (cpSt(o) === 'Finalizada' ? row(['Tarjeta', 'Efectivo', 'Bizum', 'Tarjeta'], n(o) % 4) : ''), [OR('payments[0].paymentType')]],
  ['Recordatorio enviado', (c, o) => (cpSt(o) === 'Pendiente de confirmar' ? 'No' : 'Sí'), []],
  ['Observaciones', (c, o) => row(['', 'Alergia a la PPD', '', 'Trae foto de referencia', '', 'Primera visita'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 5. Cardápio Web order report (pt-BR, E)
// a Belo Horizonte burger restaurant taking delivery, pickup and table orders through its own digital menu
const CW_ITEM = [['1x X-Bacon Artesanal, 1x Batata Rústica', 58.8], ['2x Smash Duplo, 1x Coca-Cola Lata', 71.5], ['1x Combo Clássico (burger + fritas + refri)', 44.9], ['1x Veggie de Grão-de-Bico, 1x Onion Rings', 52.8], ['3x Smash Simples, 2x Guaraná Antarctica 350ml', 89.4], ['1x Burger do Chef, 1x Milkshake Doce de Leite', 67.8]]
const CW_BAIRRO = ['Savassi', 'Funcionários', 'Lourdes', 'Santo Agostinho', 'Sion', 'Anchieta', 'Cruzeiro', 'Serra']
const cwType = (o) => row(['Delivery', 'Delivery', 'Retirada', 'Delivery', 'Mesa', 'Delivery'], n(o) % 6)
const cwItem = (o) => row(CW_ITEM, (n(o) >> 1) % 6)
const cwFee = (o) => (cwType(o) === 'Delivery' ? row([6, 7.5, 8, 9.9], n(o) % 4) : 0)
const cwDisc = (o) => (n(o) % 7 === 0 ? 10 : 0)
const cwTotal = (o) => cwItem(o)[1] + cwFee(o) - cwDisc(o)
const cwPay = (o) => row(['PIX', 'Cartão de crédito (na entrega)', 'Dinheiro', 'PIX', 'Cartão de débito (na entrega)', 'Pagamento online'], n(o) % 6)
const cwSt = (o) => row(['Concluído', 'Concluído', 'Cancelado', 'Concluído', 'Concluído', 'Saiu para entrega', 'Concluído'], n(o) % 7)
const cwAt = (o) => { const d = Date.UTC(2025, 4, 1) + ((n(o) * 7919) % (120 * 86400)) * 1000; const b = d - (d % day); return b + (21 + (n(o) % 6)) * 3600000 + ((n(o) * 37) % 3600) * 1000 }
const SET_CW = { name: 'cardapio-web-pedidos-relatorio-br', product: 'Cardápio Web (painel do estabelecimento: Relatórios > Pedidos > Exportar planilha, one row per order, Brazilian Portuguese UI, a Belo Horizonte burger restaurant taking delivery, pickup and table orders, America/Sao_Paulo, BRL)', family: 'restaurant-orders', language: 'pt', schema: E, cols: [
  ['Nº do pedido', (c, o) => String(1200 + (n(o) % 8800)), ['_id', OR('purchaseID')]],
  ['Data/Hora', (c, o) => dmyhm(bra(cwAt(o))), ['timestamp']],
  ['Tipo de pedido', (c, o) => cwType(o), ['commerce.shipping.shippingMethod'], opt],
  ['Status', (c, o) => cwSt(o), [], opt],
  ['Cliente', (c) => `${br(c).first} ${br(c).last}`, []],
  ['Telefone', (c) => brCel(c), PHONE_ID],
  ['CPF na nota', (c, o) => (n(o) % 4 === 0 ? br(c).cpf : ''), []],
  ['Endereço', (c, o) => (cwType(o) === 'Delivery' ? `Rua ${row(['Pernambuco', 'Cláudio Manoel', 'Paraíba', 'Tomé de Souza', 'Alagoas', 'Grão Mogol'], n(c) % 6)}, ${100 + (n(c) * 7) % 1800}` : ''), [SHIP('street1')]],
  ['Complemento', (c, o) => (cwType(o) === 'Delivery' ? br(c).compl : ''), [SHIP('street2')], opt],
  ['Bairro', (c, o) => (cwType(o) === 'Delivery' ? row(CW_BAIRRO, n(c) % 8) : ''), [], opt],
  ['Mesa', (c, o) => (cwType(o) === 'Mesa' ? String(1 + (n(o) % 18)) : ''), []],
  ['Itens', (c, o) => cwItem(o)[0], [PL('name')], opt],
  ['Subtotal', (c, o) => brl(cwItem(o)[1]), [], opt],
  ['Taxa de entrega', (c, o) => brl(cwFee(o)), ['commerce.shipping.shippingAmount']],
  ['Desconto', (c, o) => brl(cwDisc(o)), [OR('discountAmount')]],
  ['Cupom', (c, o) => (cwDisc(o) ? 'PRIMEIRAVEZ' : ''), ['commerce.promotionID']],
  ['Total', (c, o) => brl(cwTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Forma de pagamento', (c, o) => (cwType(o) === 'Mesa' ? 'Pagar no caixa' : cwPay(o)), [OR('payments[0].paymentType')]],
  ['Troco para', (c, o) => (cwType(o) !== 'Mesa' && cwPay(o) === 'Dinheiro' ? brl(Math.ceil(cwTotal(o) / 50) * 50) : ''), []],
  ['Entregador', (c, o) => (cwType(o) === 'Delivery' && cwSt(o) !== 'Cancelado' ? row(['Wesley', 'Júnior', 'Marcão', 'Entrega própria'], n(o) % 4) : ''), []],
  ['Observações', (c, o) => row(['', 'Sem cebola', '', 'Ponto da carne: mal passado', 'Interfone estragado, ligar ao chegar', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 6. Saludtools patient list (es-CO, P)
// a Bogotá dermatology and aesthetic-medicine clinic
const ST_PLACE = [['Bogotá, D.C.', 'Bogotá, D.C.'], ['Bogotá, D.C.', 'Bogotá, D.C.'], ['Chía', 'Cundinamarca'], ['Bogotá, D.C.', 'Bogotá, D.C.'], ['Soacha', 'Cundinamarca'], ['Zipaquirá', 'Cundinamarca'], ['Bogotá, D.C.', 'Bogotá, D.C.']]
const stPlace = (c) => row(ST_PLACE, n(c) % 7)
const SET_ST = { name: 'saludtools-pacientes-exportar-co', product: 'Saludtools (Pacientes > Lista de pacientes > Exportar, one row per patient, Spanish (Colombia) UI, a Bogotá dermatology and aesthetic-medicine clinic)', family: 'healthcare', language: 'es', schema: P, cols: [
  ['Tipo de documento', (c) => (n(c) % 13 === 0 ? 'CE' : n(c) % 17 === 0 ? 'TI' : 'CC'), []],
  ['Número de documento', (c) => cedula(c), ID, opt],
  ['Primer nombre', (c) => hi(c).first.split(' ')[0], ['person.name.firstName']],
  ['Segundo nombre', (c) => hi(c).first.split(' ')[1] ?? '', ['person.name.middleName']],
  ['Primer apellido', (c) => hi(c).l1, ['person.name.lastName']],
  ['Segundo apellido', (c) => hi(c).l2, ['person.name.lastName'], opt],
  ['Fecha de nacimiento', (c) => ymd(shift(hi(c).birth, 0)), ['person.birthDate']],
  ['Sexo', (c) => (hi(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
  ['Estado civil', (c) => row(['Soltero(a)', 'Casado(a)', 'Unión libre', 'Soltero(a)', 'Divorciado(a)', ''], n(c) % 6), ['person.maritalStatus']],
  ['Correo electrónico', (c) => (n(c) % 9 === 0 ? '' : hiMail(c, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'])), ['personalEmail.address']],
  ['Celular', (c) => coMob(c), ['mobilePhone.number']],
  ['Teléfono fijo', (c) => (n(c) % 3 === 0 ? `601 ${200 + (n(c) * 7) % 700} ${pad((n(c) * 13) % 10000, 4)}` : ''), ['homePhone.number']],
  ['Dirección', (c) => `${row(['Calle', 'Carrera', 'Avenida Carrera', 'Transversal'], n(c) % 4)} ${10 + (n(c) % 150)} # ${5 + (n(c) * 7) % 90}-${10 + (n(c) * 3) % 80}${n(c) % 3 === 1 ? ' Apto 302' : ''}`, HOMES('street1')],
  ['Ciudad', (c) => stPlace(c)[0], HOMES('city')],
  ['Departamento', (c) => stPlace(c)[1], STATE(['homeAddress', 'mailingAddress'])],
  ['EPS', (c) => row(['Sanitas', 'Sura', 'Compensar', 'Nueva EPS', 'Particular', 'Famisanar'], n(c) % 6), []],
  ['Régimen', (c) => (n(c) % 6 === 4 ? '' : n(c) % 10 === 3 ? 'Subsidiado' : 'Contributivo'), []],
  ['Ocupación', (c) => row(['Empleado(a)', 'Independiente', 'Estudiante', 'Hogar', 'Pensionado(a)', 'Empleado(a)'], n(c) % 6), [], opt],
  ['Fecha de registro', (c) => ymd(bog(Math.min(c.created, c.updated))), [], opt],
  ['Última cita', (c) => (n(c) % 8 === 0 ? '' : ymd(bog(Math.max(c.created, c.updated)))), []],
  ['Autoriza tratamiento de datos', (c) => (n(c) % 10 === 0 ? 'No' : 'Sí'), [], opt],
] }

// ---------------------------------------------------------------- 7. Klicksend contact export (pt-BR, P)
// a Curitiba independent bookshop's newsletter list
const KS_LIST = ['Newsletter semanal', 'Clientes loja física', 'Newsletter semanal', 'Clube do Livro', 'Pré-venda lançamentos']
const ksSt = (c) => row(['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Ativo', 'Bounce', 'Ativo'], n(c) % 7)
const SET_KS = { name: 'klicksend-contatos-exportar-br', product: 'Klicksend (Contatos > Listas > Exportar contatos (CSV), one row per contact in a list, Brazilian Portuguese UI, a Curitiba independent bookshop\'s newsletter)', family: 'email', language: 'pt', schema: P, cols: [
  ['E-mail', (c) => br(c).mail, ['personalEmail.address']],
  ['Nome', (c) => (n(c) % 4 === 0 ? br(c).first : `${br(c).first} ${br(c).last}`), ['person.name.fullName', 'person.name.firstName'], opt],
  ['Data de nascimento', (c) => (n(c) % 3 === 0 ? '' : dmy(shift(br(c).birth, 0), '/')), ['person.birthDate']],
  ['Sexo', (c) => (n(c) % 5 === 0 ? '' : br(c).female ? 'F' : 'M'), ['person.gender']],
  ['Celular', (c) => (n(c) % 3 === 1 ? '' : `${br(c).ddd}${br(c).cel}`), ['mobilePhone.number']],
  ['Cidade', (c) => br(c).city, HOMES('city')],
  ['Estado', (c) => br(c).uf, STATE(['homeAddress', 'mailingAddress'])],
  ['Lista', (c) => row(KS_LIST, n(c) % 5), [], opt],
  ['Status', (c) => ksSt(c), ['personalEmail.status'], opt],
  ['Data de cadastro', (c) => dmyhms(bra(Math.min(c.created, c.updated))), [], opt],
  ['Origem', (c) => row(['Formulário do site', 'Importação', 'Pop-up', 'Importação', 'API'], n(c) % 5), [], opt],
  ['IP de cadastro', (c) => (n(c) % 5 === 1 ? '' : `${row(['177', '179', '189', '201', '186'], n(c) % 5)}.${(n(c) * 7) % 256}.${(n(c) * 13) % 256}.${1 + (n(c) % 253)}`), []],
  ['Gênero literário favorito', (c) => row(['Ficção', 'Fantasia', 'Não ficção', 'Romance', 'Infantil', ''], n(c) % 6), []],
  ['Tags', (c) => row(['', 'comprou-2024', 'evento-autografos', '', 'cupom-boas-vindas'], n(c) % 5), [], opt],
  ['Último envio', (c) => (ksSt(c) === 'Ativo' ? dmy(bra(Math.max(c.created, c.updated)), '/') : ''), []],
  ['Aberturas', (c) => String(ksSt(c) === 'Bounce' ? 0 : (n(c) * 7) % 48), []],
  ['Cliques', (c) => String(ksSt(c) === 'Bounce' ? 0 : (n(c) * 3) % 11), []],
  ['Data de descadastro', (c) => (ksSt(c) === 'Descadastrado' ? dmyhms(bra(Math.max(c.created, c.updated))) : ''), [], opt],
] }

// ---------------------------------------------------------------- 8. Cloudgym member list (es-ES, P)
// a boutique strength-and-conditioning gym in Zaragoza
const CG_PLACE = [['50004', 'Zaragoza', 'Zaragoza'], ['50006', 'Zaragoza', 'Zaragoza'], ['50009', 'Zaragoza', 'Zaragoza'], ['50180', 'Utebo', 'Zaragoza'], ['50410', 'Cuarte de Huerva', 'Zaragoza'], ['50012', 'Zaragoza', 'Zaragoza']]
const CG_STREET = ['Calle de Cádiz', 'Paseo de Sagasta', 'Avenida de Goya', 'Calle del Coso', 'Calle de San Miguel', 'Avenida de Madrid', 'Calle de Asalto']
const CG_PLAN = [['Ilimitado mensual', '59,00'], ['2 días/semana', '39,00'], ['Ilimitado trimestral', '159,00'], ['Bono 10 sesiones', '85,00'], ['Ilimitado mensual', '59,00']]
const cgPlace = (c) => row(CG_PLACE, n(c) % 6)
const cgSt = (c) => row(['Activo', 'Activo', 'Baja', 'Activo', 'Suspendido', 'Activo', 'Activo'], n(c) % 7)
const SET_CG = { name: 'cloudgym-socios-exportar-es', product: 'Cloudgym (Clientes > Listado de clientes > Exportar a Excel, one row per member, Spanish (Spain) UI, a Zaragoza boutique strength-and-conditioning gym)', family: 'fitness', language: 'es', schema: P, cols: [
  ['Nº socio', (c) => String(1000 + (n(c) % 9000)), ID],
  ['Nombre', (c) => es(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${es(c).l1} ${es(c).l2}`, ['person.name.lastName']],
  ['DNI/NIE', (c) => es(c).dni, ['person.taxId'], opt],
  ['Fecha de nacimiento', (c) => dmy(shift(es(c).birth, 0), '/'), ['person.birthDate']],
  ['Sexo', (c) => (es(c).female ? 'Mujer' : 'Hombre'), ['person.gender']],
  ['Email', (c) => es(c).mail, ['personalEmail.address']],
  ['Teléfono', (c) => es(c).mob.replace(/ /g, ''), ['mobilePhone.number']],
  ['Dirección', (c) => `${row(CG_STREET, n(c) % 7)}, ${1 + (n(c) % 80)}, ${row(['1º A', '3º izda.', 'bajo', '2º B', '4º dcha.'], n(c) % 5)}`, HOMES('street1')],
  ['Código postal', (c) => cgPlace(c)[0], HOMES('postalCode')],
  ['Población', (c) => cgPlace(c)[1], HOMES('city')],
  ['Provincia', (c) => cgPlace(c)[2], STATE(['homeAddress', 'mailingAddress'])],
  ['Tarifa', (c) => row(CG_PLAN, n(c) % 5)[0], [], opt],
  ['Importe cuota', (c) => row(CG_PLAN, n(c) % 5)[1], []],
  ['Estado', (c) => cgSt(c), [], opt],
  ['Fecha de alta', (c) => dmy(mad(Math.min(c.created, c.updated)), '/'), ['loyalty.joinDate'], opt],
  ['Fecha de baja', (c) => (cgSt(c) === 'Baja' ? dmy(mad(Math.max(c.created, c.updated)), '/') : ''), []],
  ['Forma de pago', (c) => row(['Domiciliación', 'Domiciliación', 'Tarjeta', 'Domiciliación', 'Efectivo'], n(c) % 5), []],
  ['IBAN', (c) => (n(c) % 5 === 2 || n(c) % 5 === 4 ? '' : `ES${pad((n(c) * 7) % 100, 2)} ${row(['2085', '0049', '2100', '0182', '3191'], n(c) % 5)} **** **** **** ${pad((n(c) * 7919) % 10000, 4)}`), []],
  ['Último acceso', (c) => (cgSt(c) === 'Activo' ? dmyhm(mad(Math.max(c.created, c.updated))) : ''), []],
  ['Acepta comunicaciones comerciales', (c) => (n(c) % 4 === 3 ? 'No' : 'Sí'), [], opt],
] }

// ---------------------------------------------------------------- 9. Eticadata customer list (pt-PT, B)
// a Porto wholesaler of wine accessories and glassware selling to restaurants, hotels and wine shops; one contact
// person per trade account
const EC_CO = [
  ['Taberna do Largo, Lda.', 'Restauração', ['Largo de São Domingos, 45', '4050-545', 'Porto', 'Porto'], '22', 'tabernadolargo.pt'],
  ['Hotel Miradouro Douro, S.A.', 'Hotelaria', ['Avenida de Gaia, 1200', '4400-262', 'Vila Nova de Gaia', 'Porto'], '22', 'miradourodouro.com'],
  ['Garrafeira Central de Braga, Unipessoal Lda.', 'Garrafeiras', ['Rua do Souto, 88', '4700-329', 'Braga', 'Braga'], '253', 'garrafeiracentral.pt'],
  ['Restaurante O Cais, Lda.', 'Restauração', ['Cais da Ribeira, 12', '4050-510', 'Porto', 'Porto'], '22', ''],
  ['Quinta Vale da Lapa - Enoturismo, Lda.', 'Enoturismo', ['Estrada Nacional 222, km 14', '5110-204', 'Armamar', 'Viseu'], '254', 'valedalapa.pt'],
  ['Gourmet Aveiro, Lda.', 'Retalho alimentar', ['Rua de Viana do Castelo, 21', '3800-275', 'Aveiro', 'Aveiro'], '234', 'gourmetaveiro.pt'],
  ['Lisboa Wine Bar, Lda.', 'Restauração', ['Rua da Rosa, 117', '1200-383', 'Lisboa', 'Lisboa'], '21', 'lisboawinebar.pt'],
]
const EC_JOB = ['Sócio-gerente', 'Responsável de compras', 'Escanção', 'Diretor de F&B', 'Gerente', 'Administrativa']
const ecCo = (c) => row(EC_CO, n(c) % 7)
const nifPt = (c) => { const d = [5, ...String(1000000 + (n(c) * 7919) % 8999999).split('').map(Number)]; const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11; return `${d.join('')}${s < 2 ? 0 : 11 - s}` }
const ecTel = (c) => { const a = ecCo(c)[3]; return a.length === 2 ? `${a}${pad(1000000 + (n(c) * 7919) % 8999999, 7)}` : `${a}${pad(100000 + (n(c) * 7919) % 899999, 6)}` }
const ecMail = (c) => (ecCo(c)[4] ? `${row(['geral', v.slug(pt(c).first.split(' ')[0]), 'compras', v.slug(pt(c).first.split(' ')[0])], n(c) % 4)}@${ecCo(c)[4]}` : `${v.slug(pt(c).first.split(' ')[0])}.${v.slug(pt(c).l2)}@gmail.com`)
const SET_EC = { name: 'eticadata-clientes-exportar-pt', product: 'Eticadata ERP (Tabelas > Clientes > Listagem de clientes > Exportar para Excel, one row per trade customer with its contact person, European Portuguese UI, a Porto wholesaler of wine accessories and glassware for restaurants, hotels and wine shops)', family: 'b2b-crm', language: 'pt', schema: B, cols: [
  ['Código', (c) => String(n(c) % 5000).padStart(5, '0'), ACCT],
  ['Nome', (c) => ecCo(c)[0], CO],
  ['Contribuinte', (c) => nifPt(c), [], opt],
  ['Morada', (c) => ecCo(c)[2][0], [W('street1')]],
  ['Código postal', (c) => ecCo(c)[2][1], [W('postalCode')]],
  ['Localidade', (c) => ecCo(c)[2][2], [W('city')]],
  ['Distrito', (c) => ecCo(c)[2][3], STATE(['workAddress']), opt],
  ['País', () => 'PT', [W('countryCode')]],
  ['Telefone', (c) => ecTel(c), ['workPhone.number']],
  ['Telemóvel', (c) => (n(c) % 3 === 0 ? '' : pt(c).mob.replace(/ /g, '')), ['mobilePhone.number']],
  ['Email', (c) => ecMail(c), WE],
  ['Site', (c) => (ecCo(c)[4] ? `www.${ecCo(c)[4]}` : ''), ['b2b.companyWebsite']],
  ['Contacto', (c) => `${pt(c).first} ${pt(c).l2}`, ['person.name.fullName']],
  ['Cargo', (c) => row(EC_JOB, (n(c) >> 1) % 6), ['extendedWorkDetails.jobTitle']],
  ['Atividade', (c) => ecCo(c)[1], [], opt],
  ['Vendedor', (c) => row(['VD01 - Paulo Reis', 'VD02 - Carla Matos', 'VD03 - Loja'], n(c) % 3), []],
  ['Zona', (c) => row(['Grande Porto', 'Grande Porto', 'Minho', 'Grande Porto', 'Douro', 'Centro', 'Lisboa'], n(c) % 7), [], opt],
  ['Condição de pagamento', (c) => row(['30 dias', 'Pronto pagamento', '60 dias', '30 dias'], n(c) % 4), []],
  ['Limite de crédito', (c) => thou(row([2500, 5000, 0, 1500, 10000], n(c) % 5)), []],
  ['Saldo', (c) => thou(((n(c) * 7919) % 480000) / 100), []],
  ['Inativo', (c) => (n(c) % 11 === 0 ? 'Sim' : 'Não'), [], opt],
  ['Data de criação', (c) => dmy(lis(Math.min(c.created, c.updated)), '-'), ['extSourceSystemAudit.createdDate'], opt],
] }

// ---------------------------------------------------------------- 10. RedNegocios supplier export (es-CL, B)
// a Santiago mining-services contractor's buyer account: accredited suppliers with their sales contact
const RN_CO = [
  ['Ferretería Industrial Los Andes SpA', 'Ferretería Los Andes', 'Venta al por mayor de artículos de ferretería', 'Ferretería y suministros', 'Mediana', ['Av. Américo Vespucio 1501', 'Quilicura', 'Metropolitana de Santiago'], 'ferrelosandes.cl'],
  ['Transportes y Logística Norte Grande Ltda.', 'TLNG', 'Transporte de carga por carretera', 'Transporte y logística', 'Mediana', ['Av. Grecia 2850', 'Antofagasta', 'Antofagasta'], 'tlng.cl'],
  ['Seguridad Minera Integral S.A.', 'SEMISA', 'Venta de equipos de protección personal', 'EPP y seguridad', 'Grande', ['Av. Providencia 2133, of. 604', 'Providencia', 'Metropolitana de Santiago'], 'semisa.cl'],
  ['Servicios Eléctricos Atacama EIRL', 'SEA Electricidad', 'Instalaciones eléctricas', 'Servicios eléctricos', 'Pequeña', ['Los Carrera 640', 'Copiapó', 'Atacama'], ''],
  ['Alimentación y Casinos del Pacífico SpA', 'Casinos del Pacífico', 'Suministro de comidas por encargo', 'Alimentación', 'Mediana', ['Calle Nueva 1755', 'Huechuraba', 'Metropolitana de Santiago'], 'casinospacifico.cl'],
  ['Hidráulica Biobío Ltda.', 'HidroBiobío', 'Reparación de maquinaria', 'Mantención industrial', 'Pequeña', ['Av. Colón 3120', 'Talcahuano', 'Biobío'], 'hidrobiobio.cl'],
]
const RN_JOB = ['Ejecutivo comercial', 'Gerente general', 'Jefe de ventas', 'Key account manager', 'Encargada de licitaciones', 'Subgerente comercial']
const rnCo = (c) => row(RN_CO, n(c) % 6)
const rut = (c) => { const num = 76000000 + (n(c) * 7919) % 3999999; let s = 0, m = 2; for (const ch of String(num).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1 } const d = 11 - (s % 11); return `${group(num, '.')}-${d === 11 ? '0' : d === 10 ? 'K' : d}` }
const rnSt = (c) => row(['Acreditado', 'Acreditado', 'En proceso', 'Acreditado', 'Vencido', 'Acreditado'], (n(c) >> 1) % 6)
const rnMail = (c) => (rnCo(c)[6] ? `${v.slug(hi(c).first.split(' ')[0])[0]}${v.slug(hi(c).l1)}@${rnCo(c)[6]}` : `${v.slug(hi(c).first.split(' ')[0])}.${v.slug(hi(c).l1)}@gmail.com`)
const SET_RN = { name: 'rednegocios-proveedores-exportar-cl', product: 'RedNegocios (Cámara de Comercio de Santiago; portal comprador: Proveedores > Mis proveedores > Exportar a Excel, one row per supplier with its commercial contact, Spanish (Chile) UI, a Santiago mining-services contractor\'s supplier base)', family: 'b2b-leads', language: 'es', schema: B, cols: [
  ['RUT', (c) => rut(c), ACCT, opt],
  ['Razón social', (c) => rnCo(c)[0], CO],
  ['Nombre de fantasía', (c) => rnCo(c)[1], CO, opt],
  ['Giro', (c) => rnCo(c)[2], []],
  ['Rubro', (c) => rnCo(c)[3], [], opt],
  ['Tamaño empresa', (c) => rnCo(c)[4], []],
  ['Dirección', (c) => rnCo(c)[5][0], [W('street1')]],
  ['Comuna', (c) => rnCo(c)[5][1], [W('city')]],
  ['Región', (c) => rnCo(c)[5][2], STATE(['workAddress'])],
  ['Sitio web', (c) => (rnCo(c)[6] ? `https://www.${rnCo(c)[6]}` : ''), ['b2b.companyWebsite']],
  ['Nombre contacto', (c) => hi(c).first, ['person.name.firstName']],
  ['Apellido contacto', (c) => hi(c).l1, ['person.name.lastName']],
  ['Cargo', (c) => row(RN_JOB, (n(c) >> 2) % 6), ['extendedWorkDetails.jobTitle']],
  ['Correo contacto', (c) => rnMail(c), WE],
  ['Teléfono contacto', (c) => (n(c) % 3 === 0 ? `+56 2 2${pad((n(c) * 7919) % 10000000, 7).slice(0, 3)} ${pad((n(c) * 13) % 10000, 4)}` : `+56 9 ${pad(hi(c).r3 % 10000, 4)} ${pad(hi(c).r2, 4)}`), ['workPhone.number', 'mobilePhone.number']],
  ['Estado acreditación', (c) => rnSt(c), [], opt],
  ['Fecha acreditación', (c) => (rnSt(c) === 'En proceso' ? '' : dmy(scl(Math.min(c.created, c.updated)), '-')), []],
  ['Vigencia hasta', (c) => (rnSt(c) === 'En proceso' ? '' : dmy(scl(Math.min(c.created, c.updated) + 365 * day), '-')), []],
  ['Evaluación', (c) => (rnSt(c) === 'En proceso' ? '' : row(['A', 'B', 'A', 'C', 'B'], n(c) % 5)), []],
  ['Categorías', (c) => `${rnCo(c)[3]}${n(c) % 3 === 0 ? '; Servicios generales' : ''}`, []],
  ['Fecha de registro', (c) => dmy(scl(Math.min(c.created, c.updated) - 40 * day), '-'), ['extSourceSystemAudit.createdDate'], opt],
] }

export const SETS = [SET_KM, SET_PV, SET_LB, SET_CP, SET_CW, SET_ST, SET_KS, SET_CG, SET_EC, SET_RN]
