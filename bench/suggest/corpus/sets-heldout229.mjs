// Round 82, heldout229: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Exports of products used in Latin America, headers in
// the language each product's UI uses there (Brazilian Portuguese, or Spanish as written in Mexico, Argentina, Chile and
// Colombia): a donation platform's donation export for a Porto Alegre community kitchen's flood-relief campaign (Vakinha)
// (BR, pt E 1); a white-label EV-charging platform's charging-session export for a Paraná charging network at malls,
// supermarkets and hotels (Voltbras) (BR, pt E 1); a digital parking-meter platform's payment report for a Puebla
// historic-centre on-street parking concession (Parkimovil) (MX, es E 1); an agribusiness marketplace's sales export for
// a Pergamino farm-supply store (Agrofy) (AR, es E 1); a veterinary practice-management system's client export for a
// Medellín vet clinic and pet shop (OkVet) (CO, es P 1); a legal practice-management system's contact export for a
// Florianópolis social-security and labour law firm (Astrea by Aurum) (BR, pt P 1); a law-firm time-billing system's
// client-contact export for a Santiago corporate law firm (LemonSuite by Lemontech) (CL, es B 1); a print-shop ERP's
// customer export for a Campinas sign-making and print shop (Mubisys) (BR, pt B 1). E 4, P 2, B 2.
// Sources found with the search tool: Astrea's help article "Como adicionar um novo contato no Astrea"
// (astrea.aurum.com.br/pt-BR/articles/644857) describes the contact record (pessoa física/jurídica, Perfil cliente or
// contato, personal and complementary information, documentation with CPF/CNPJ, CEP-filled address) but gives no export
// column list; LemonSuite's help article "¿Cómo crear y gestionar clientes en LemonSuite?"
// (intercom.help/lemonsuite/es/articles/11486199) names the client fields (nombre del cliente, grupo de clientes, código
// de integración, razón social, contactos) but no export columns; news pages about Vakinha (tribunaribeirao.com.br,
// es360.com.br) say the organiser sees who donated, the date, the amount, the payment method and open boletos, and give
// the fee (6.4% + R$ 0.50 per donation) used for the fee column here. Pages about Parkimovil (telediario.mx,
// entrepreneur.com) describe plate, space, time, card/OXXO/shop payments and invoices, but no report columns. No public
// column list was found for Voltbras, Agrofy, OkVet or Mubisys. The exact headers and their order in all 8 sets are
// therefore the writer's knowledge of each product. A subset of each export's columns. Nothing was copied from a real
// export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, shift, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const POI = ['placeContext.POIinteraction.POIDetail.name', 'placeContext.POIinteraction.poiDetail.name']
// São Paulo/Buenos Aires -3, Mexico City -6 (no summer time since 2022), Bogotá -5, Santiago -4 (-3 September-March,
// an approximation of the Chilean rule)
const brt = (ms) => shift(ms, -3)
const art = (ms) => shift(ms, -3)
const mxt = (ms) => shift(ms, -6)
const cot = (ms) => shift(ms, -5)
const clt = (ms) => shift(ms, [9, 10, 11, 12, 1, 2, 3].includes(new Date(ms).getUTCMonth() + 1) ? -3 : -4)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
// Brazilian, Argentine and Colombian amounts: 1.234,56; Mexican: 1,234.56
const brl = (x) => `R$ ${thou(x)}`
const ars = (x) => thou(x)
const mxn = (x) => `$${thou(x, ',', '.')}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x229a7c31); r(); r(); return r }
const LOC = {
  br: { m: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Felipe', 'Gustavo', 'Matheus', 'Bruno', 'Thiago', 'Leonardo', 'Diego', 'Marcos', 'Eduardo'],
    f: ['Ana', 'Mariana', 'Juliana', 'Camila', 'Beatriz', 'Larissa', 'Fernanda', 'Letícia', 'Patrícia', 'Amanda', 'Gabriela', 'Aline', 'Vanessa', 'Luciana'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Lima', 'Costa', 'Ferreira', 'Rodrigues', 'Almeida', 'Nascimento', 'Carvalho', 'Ribeiro', 'Gomes', 'Martins', 'Rocha', 'Schmidt', 'Becker', 'Machado', 'Vieira'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br', 'icloud.com'] },
  mx: { m: ['José Luis', 'Juan Carlos', 'Miguel Ángel', 'Luis', 'Jorge', 'Alejandro', 'Fernando', 'Ricardo', 'Eduardo', 'Arturo', 'Diego', 'Héctor'],
    f: ['María Guadalupe', 'Fernanda', 'Alejandra', 'Daniela', 'Gabriela', 'Mariana', 'Verónica', 'Adriana', 'Sofía', 'Ximena', 'Karla', 'Paola'],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Romero', 'Mendoza'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx', 'icloud.com'] },
  ar: { m: ['Juan Pablo', 'Martín', 'Santiago', 'Facundo', 'Nicolás', 'Matías', 'Federico', 'Gonzalo', 'Diego', 'Hernán', 'Lucas', 'Sebastián', 'Ricardo', 'Néstor'],
    f: ['María José', 'Florencia', 'Camila', 'Lucía', 'Agustina', 'Carolina', 'Valeria', 'Micaela', 'Sofía', 'Julieta', 'Paula', 'Romina'],
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Pérez', 'Gómez', 'Sánchez', 'Romero', 'Díaz', 'Álvarez', 'Giménez', 'Bianchi', 'Ferrari', 'Rossi', 'Acosta', 'Benítez', 'Medina'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'live.com.ar', 'fibertel.com.ar'] },
  cl: { m: ['Matías', 'Benjamín', 'Vicente', 'Cristóbal', 'Felipe', 'Sebastián', 'Rodrigo', 'Tomás', 'Ignacio', 'Francisco', 'José Tomás', 'Andrés'],
    f: ['Catalina', 'Francisca', 'Javiera', 'Constanza', 'Valentina', 'Fernanda', 'Antonia', 'Camila', 'Josefa', 'María Ignacia', 'Daniela', 'Paulina'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Hernández', 'Araya', 'Vergara', 'Larraín'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com'] },
  co: { m: ['Juan David', 'Andrés Felipe', 'Santiago', 'Juan Camilo', 'Sebastián', 'Alejandro', 'Carlos Andrés', 'Daniel', 'Mateo', 'Julián', 'Jhon Fredy', 'Esteban'],
    f: ['Valentina', 'María Camila', 'Laura', 'Daniela', 'Natalia', 'Paula Andrea', 'Mariana', 'Juliana', 'Luisa Fernanda', 'Sara', 'Manuela', 'Catalina'],
    last: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez', 'Pérez', 'Restrepo', 'Zapata', 'Vélez', 'Montoya', 'Ospina', 'Cardona', 'Giraldo', 'Jaramillo'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'une.net.co', 'icloud.com'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m), last = v.pick(r, L.last), last2 = v.pick(r, L.last)
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = `${v.slug(first.split(' ')[0])}${sep}${v.slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`
  return { female, first, last, last2, full: `${first} ${last}`, mail, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const UP = (r, k, set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- identity numbers with valid check digits
const digitsOf = (k, w) => String(k).padStart(w, '0').slice(-w).split('').map(Number)
/** A Brazilian CPF 123.456.789-09 from a seed. */
const cpf = (k) => {
  const d = digitsOf(100000000 + (k % 899999999), 9)
  const dv = (a) => { const s = a.reduce((t, x, i) => t + x * (a.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d)); d.push(dv(d))
  const s = d.join(''); return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
/** A Brazilian CNPJ 12.345.678/0001-95 from a seed. */
const cnpj = (k) => {
  const d = [...digitsOf(10000000 + (k % 89999999), 8), 0, 0, 0, 1]
  const dv = (a, w) => { const s = a.reduce((t, x, i) => t + x * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])); d.push(dv(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
  const s = d.join(''); return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`
}
/** A Chilean RUT 76.123.456-K. */
const rut = (body) => {
  const ds = String(body).split('').reverse().map(Number)
  const s = ds.reduce((t, x, i) => t + x * (2 + (i % 6)), 0), r = 11 - (s % 11)
  return `${thou(body, '.', ',').split(',')[0]}-${r === 11 ? '0' : r === 10 ? 'K' : r}`
}
/** An Argentine CUIT 20-12345678-3 (prefix 20 men, 27 women, 30 companies). */
const cuit = (pre, dni) => {
  const d = [...digitsOf(pre, 2), ...digitsOf(dni, 8)], w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  const r = 11 - (d.reduce((t, x, i) => t + x * w[i], 0) % 11)
  return `${pre}-${pad(dni, 8)}-${r === 11 ? 0 : r === 10 ? 9 : r}`
}

// ---------------------------------------------------------------- 1. Vakinha donation export (BR, pt, E)
// a community kitchen in Porto Alegre (Vila Farrapos) raising money for meals and cleaning kits after the floods; donors
// from all over Brazil pay by Pix, card or boleto; one row per donation
const VK_AMT = [20, 50, 30, 100, 25, 10, 50, 200, 15, 40, 100, 500, 35, 60, 20, 80]
const VK_MSG = ['', 'Força, Porto Alegre!', '', 'Que chegue a quem precisa ❤️', '', '', 'Doação em nome da família Becker', 'Parabéns pelo trabalho de vocês', '', 'Estamos juntos, RS!', '']
const vkAmt = (o) => row(VK_AMT, n(o) % 16)
const vkM = (o) => row(['Pix', 'Pix', 'Cartão de crédito', 'Pix', 'Boleto', 'Pix', 'Cartão de crédito', 'Pix'], (n(o) >> 2) % 8)
const vkSt = (o) => (vkM(o) === 'Boleto' ? row(['Pago', 'Aguardando pagamento', 'Pago', 'Expirado'], n(o) % 4) : vkM(o) === 'Pix' ? row(['Pago', 'Pago', 'Pago', 'Pago', 'Pago', 'Expirado', 'Pago'], n(o) % 7) : row(['Pago', 'Pago', 'Pago', 'Recusado', 'Pago', 'Estornado'], n(o) % 6))
const vkPaid = (o) => ['Pago', 'Estornado'].includes(vkSt(o))
const vkFee = (o) => Math.round((vkAmt(o) * 0.064 + 0.5) * 100) / 100
const vkAt = (o) => biz(Date.UTC(2025, 4, 4), n(o) * 7, 45, 6, 24, -3)
const vkPaidAt = (o) => vkAt(o) + (vkM(o) === 'Boleto' ? (1 + n(o) % 2) * day + 3600000 * (n(o) % 7) : vkM(o) === 'Pix' ? (40 + n(o) % 200) * 1000 : (5 + n(o) % 20) * 1000)
const brMob = (c, ddd) => { const r = seeded(c, `brm${ddd}`); return `(${ddd}) 9${v.int(r, 8100, 9999)}-${v.digits(r, 4)}` }
const brDT = (ms) => { const p = brt(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_VK = { name: 'vakinha-doacoes-cozinha-solidaria-br', product: 'Vakinha (Minhas vaquinhas > Doações recebidas > Exportar planilha, one row per donation, Portuguese UI, a Porto Alegre community kitchen\'s flood-relief vaquinha with donors paying by Pix, card and boleto, America/Sao_Paulo, BRL)', family: 'donations', language: 'pt', schema: E, cols: [
  ['ID da doação', (c, o) => String(31000000 + (n(o) * 7919) % 8000000), ['_id', OR('purchaseID'), OR('payments[0].transactionID')]],
  ['ID da vaquinha', () => '4918273', [], opt],
  ['Vaquinha', () => 'Cozinha Solidária Vila Farrapos - SOS Enchente', [PL('name')], opt],
  ['Data da doação', (c, o) => brDT(vkAt(o)), ['timestamp', OR('createdDate')]],
  ['Data do pagamento', (c, o) => (vkPaid(o) ? brDT(vkPaidAt(o)) : ''), ['timestamp'], opt],
  ['Nome do doador', (c) => `${who(c, 'br').first} ${who(c, 'br').last} ${who(c, 'br').last2}`, []],
  ['E-mail do doador', (c) => who(c, 'br').mail, EMAIL_ID],
  ['Telefone do doador', (c) => (n(c) % 4 === 0 ? '' : brMob(c, row(['51', '51', '11', '54', '21', '48', '51', '41'], n(c) % 8))), PHONE_ID, opt],
  ['CPF do doador', (c, o) => (vkM(o) === 'Cartão de crédito' && n(c) % 2 ? '' : cpf(who(c, 'br').k1 * 977 + 13)), []],
  ['Doação anônima', (c) => (n(c) % 5 === 0 ? 'Sim' : 'Não'), []],
  ['Valor da doação', (c, o) => brl(vkAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Taxa', (c, o) => (vkPaid(o) ? brl(vkFee(o)) : brl(0)), []],
  ['Valor líquido', (c, o) => (vkPaid(o) ? brl(vkAmt(o) - vkFee(o)) : brl(0)), []],
  ['Forma de pagamento', (c, o) => vkM(o), [OR('payments[0].paymentType')]],
  ['Parcelas', (c, o) => (vkM(o) === 'Cartão de crédito' ? `${vkAmt(o) >= 100 ? row([1, 2, 3], n(o) % 3) : 1}x` : ''), []],
  ['Status', (c, o) => vkSt(o), [], opt],
  ['Mensagem de apoio', (c, o) => row(VK_MSG, (n(o) >> 1) % 11), []],
  ['Origem', (c, o) => row(['WhatsApp', 'Instagram', 'Link direto', 'WhatsApp', 'Facebook', 'Busca Vakinha', 'X (Twitter)'], n(o) % 7), [], opt],
] }

// ---------------------------------------------------------------- 2. Voltbras charging-session export (BR, pt, E)
// a Paraná charging network with DC fast chargers at malls and a highway stop and AC chargers at supermarkets and hotels,
// drivers using the network's own white-label app; one row per charging session
// [station, city, charger id prefix, kind, max kW, tariff R$/kWh]
const VB_ST = [['Eletroposto Shopping Jardim das Araucárias', 'Curitiba', 'CWB-SJA', 'DC', 60, 2.49], ['Supermercado Bom Preço - Água Verde', 'Curitiba', 'CWB-BPA', 'AC', 22, 1.89],
  ['Hotel Vila Rica Batel', 'Curitiba', 'CWB-HVR', 'AC', 11, 1.59], ['Parada BR-277 km 18', 'Campo Largo', 'CLG-277', 'DC', 120, 2.69], ['Eletroposto Shopping Campos Gerais', 'Ponta Grossa', 'PGZ-SCG', 'DC', 40, 2.39],
  ['Supermercado Bom Preço - Cabral', 'Curitiba', 'CWB-BPC', 'AC', 22, 1.89], ['Estacionamento Centro Cívico', 'Curitiba', 'CWB-ECC', 'AC', 7.4, 1.79]]
// [vehicle, AC onboard kW, DC capable]
const VB_CAR = [['BYD Dolphin', 6.6, true], ['BYD Song Plus DM-i', 6.6, false], ['GWM Ora 03', 11, true], ['Volvo EX30', 11, true], ['BYD Seal', 11, true], ['Renault Kwid E-Tech', 6.6, true], ['BYD Dolphin Mini', 6.6, true], ['BMW iX1', 11, true]]
const vbSt = (o) => { const s = row(VB_ST, n(o) % 7), car = vbCar0(o); return s[3] === 'DC' && !car[2] ? row(VB_ST, 1) : s }
const vbCar0 = (o) => row(VB_CAR, (n(o) >> 1) % 8)
const vbCar = (o) => vbCar0(o)
const vbStatus = (o) => row(['Finalizada', 'Finalizada', 'Finalizada', 'Finalizada', 'Erro', 'Finalizada', 'Finalizada', 'Cancelada', 'Finalizada', 'Finalizada'], n(o) % 10)
const vbKwh = (o) => (vbStatus(o) !== 'Finalizada' ? 0 : vbSt(o)[3] === 'DC' ? 12 + (n(o) * 37) % 4300 / 100 : 4 + (n(o) * 53) % 2600 / 100)
const vbPow = (o) => (vbSt(o)[3] === 'DC' ? vbSt(o)[4] * 0.72 : Math.min(vbSt(o)[4], vbCar(o)[1]))
const vbMin = (o) => (vbStatus(o) === 'Erro' ? 1 + n(o) % 3 : vbStatus(o) === 'Cancelada' ? 0 : Math.round(vbKwh(o) / vbPow(o) * 60) + 2)
const vbCoupon = (o) => (vbSt(o)[0].startsWith('Hotel') && n(o) % 2 === 0 ? 'HOSPEDEVILARICA' : n(o) % 17 === 3 ? 'PRIMEIRARECARGA' : '')
const vbGross = (o) => Math.round(vbKwh(o) * vbSt(o)[5] * 100) / 100
const vbDisc = (o) => (vbCoupon(o) === 'HOSPEDEVILARICA' ? vbGross(o) : vbCoupon(o) ? Math.min(vbGross(o), 20) : 0)
const vbPay = (o) => (vbStatus(o) !== 'Finalizada' ? '' : vbGross(o) - vbDisc(o) <= 0 ? 'Cupom' : row(['Cartão de crédito', 'Pix', 'Carteira Voltbras', 'Cartão de crédito'], n(o) % 4))
const vbAt = (o) => biz(Date.UTC(2025, 5, 2), n(o) * 11, 90, 6, 23, -3)
const vbPlate = (c) => { const r = seeded(c, 'plate'); return `${UP(r, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${v.int(r, 0, 9)}${UP(r, 1, 'ABCDEFGHIJ')}${v.digits(r, 2)}` }
const dur = (min) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}:${pad((min * 37) % 60)}`
const brDTs = (ms) => { const p = brt(ms); return `${dmy(p, '/')} ${hms(p)}` }
const SET_VB = { name: 'voltbras-recargas-rede-parana-br', product: 'Voltbras (Painel do operador > Recargas > filtrar por período > Exportar CSV, one row per charging session, Portuguese UI, a Paraná EV-charging network with DC chargers at malls and a highway stop and AC chargers at supermarkets and hotels, America/Sao_Paulo, BRL)', family: 'ev-charging', language: 'pt', schema: E, cols: [
  ['ID da recarga', (c, o) => String(880000 + (n(o) * 31) % 110000), ['_id', OR('purchaseID')]],
  ['Estação', (c, o) => vbSt(o)[0], POI],
  ['Cidade', (c, o) => vbSt(o)[1], ['placeContext.geo.city'], opt],
  ['Carregador', (c, o) => `${vbSt(o)[2]}-${pad(1 + n(o) % 4)}`, [], opt],
  ['Conector', (c, o) => (vbSt(o)[3] === 'DC' ? (n(o) % 23 === 0 ? 'CHAdeMO' : 'CCS2') : 'Tipo 2'), []],
  ['Potência máx. (kW)', (c, o) => String(vbSt(o)[4]).replace('.', ','), []],
  ['Início', (c, o) => brDTs(vbAt(o)), ['timestamp']],
  ['Fim', (c, o) => brDTs(vbAt(o) + vbMin(o) * 60000 + (n(o) % 50) * 1000), [], opt],
  ['Duração', (c, o) => dur(vbMin(o)), []],
  ['Energia (kWh)', (c, o) => vbKwh(o).toFixed(2).replace('.', ','), [PL('quantity')], opt],
  ['SoC inicial (%)', (c, o) => (vbSt(o)[3] === 'DC' && vbStatus(o) === 'Finalizada' ? String(8 + n(o) % 40) : ''), []],
  ['SoC final (%)', (c, o) => (vbSt(o)[3] === 'DC' && vbStatus(o) === 'Finalizada' ? String(Math.min(100, 8 + n(o) % 40 + Math.round(vbKwh(o) * 1.4))) : ''), []],
  ['Usuário', (c) => who(c, 'br').full, []],
  ['E-mail', (c) => who(c, 'br').mail, EMAIL_ID],
  ['Telefone', (c) => brMob(c, row(['41', '41', '41', '42', '11', '43'], n(c) % 6)), PHONE_ID, opt],
  ['CPF', (c) => (n(c) % 3 === 0 ? '' : cpf(who(c, 'br').k2 * 1009 + 7)), []],
  ['Veículo', (c, o) => vbCar(o)[0], []],
  ['Placa', (c) => vbPlate(c), []],
  ['Tarifa (R$/kWh)', (c, o) => thou(vbSt(o)[5]), []],
  ['Cupom', (c, o) => (vbStatus(o) === 'Finalizada' ? vbCoupon(o) : ''), ['commerce.promotionID'], opt],
  ['Desconto (R$)', (c, o) => (vbStatus(o) === 'Finalizada' ? thou(vbDisc(o)) : '0,00'), [OR('discountAmount')]],
  ['Valor (R$)', (c, o) => (vbStatus(o) === 'Finalizada' ? thou(vbGross(o) - vbDisc(o)) : '0,00'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Forma de pagamento', (c, o) => vbPay(o), [OR('payments[0].paymentType')]],
  ['Status', (c, o) => vbStatus(o), [], opt],
  ['Motivo de encerramento', (c, o) => (vbStatus(o) === 'Erro' ? 'Falha de comunicação com o carregador' : vbStatus(o) === 'Cancelada' ? 'Cancelada pelo usuário' : row(['Finalizada pelo usuário', 'Cabo desconectado', 'Bateria carregada', 'Finalizada pelo usuário', 'Limite de tempo atingido'], n(o) % 5)), []],
] }

// ---------------------------------------------------------------- 3. Parkimovil parking-payment report (MX, es, E)
// the on-street parking concession of Puebla's historic centre (virtual parking meters): drivers pay by app, web, SMS or
// cash at affiliated shops; one row per parking payment (extensions are separate payments)
// [zone, street]
const PK_Z = [['Centro Histórico - Zona 1', 'Av. 5 de Mayo'], ['Centro Histórico - Zona 2', 'Calle 3 Sur'], ['Barrio de Analco', 'Av. 5 Oriente'], ['Centro Histórico - Zona 3', 'Av. Reforma'],
  ['Barrio de los Sapos', 'Calle 6 Sur'], ['Centro Histórico - Zona 1', 'Av. Juan de Palafox y Mendoza'], ['San Francisco', 'Blvd. Héroes del 5 de Mayo'], ['Centro Histórico - Zona 2', 'Calle 16 de Septiembre']]
const PK_RATE = 12
const pkZ = (o) => row(PK_Z, n(o) % 8)
const pkMin = (o) => row([60, 30, 120, 60, 90, 45, 180, 60, 15, 240], (n(o) >> 1) % 10)
const pkTot = (o) => Math.round(PK_RATE * pkMin(o) / 60 * 100) / 100
const pkCh = (o) => row(['App', 'App', 'App', 'Comercio afiliado', 'App', 'Web', 'App', 'SMS', 'App'], n(o) % 9)
const pkPay = (o) => (pkCh(o) === 'Comercio afiliado' ? 'Efectivo' : pkCh(o) === 'SMS' ? 'Saldo Parkimovil' : row(['Tarjeta de crédito', 'Tarjeta de débito', 'Saldo Parkimovil', 'Tarjeta de débito', 'Tarjeta de crédito'], (n(o) >> 2) % 5))
const pkSt = (o) => row(['Pagado', 'Pagado', 'Pagado', 'Pagado', 'Pagado', 'Pagado', 'Cancelado', 'Pagado', 'Pagado', 'Pagado', 'Pagado', 'Reembolsado'], n(o) % 12)
const pkAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 13, 100, 8, 21, -6)
const pkFact = (c) => n(c) % 6 === 0
const pkRfc = (c) => { const r = seeded(c, 'rfc'), p = who(c, 'mx'); return `${v.slug(p.last).slice(0, 2).toUpperCase()}${v.slug(p.last2)[0].toUpperCase()}${v.slug(p.first)[0].toUpperCase()}${pad(v.int(r, 60, 99))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${UP(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ123456789')}${v.int(r, 0, 9)}` }
const mxMob = (c) => { const r = seeded(c, 'mxm'); return `${v.pick(r, ['222', '222', '221', '55', '246', '229'])}${v.digits(r, 7)}`.padEnd(10, '0').slice(0, 10) }
const pkPlate = (c) => { const r = seeded(c, 'pkp'); return `${UP(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${v.digits(r, 3)}-${UP(r, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}` }
const SET_PK = { name: 'parkimovil-transacciones-centro-puebla-mx', product: 'Parkimovil (Panel de administración > Reportes > Transacciones > Exportar a Excel, one row per parking payment, Spanish UI, the on-street parking concession of Puebla\'s historic centre with virtual parking meters, America/Mexico_City, MXN)', family: 'parking', language: 'es', schema: E, cols: [
  ['Folio', (c, o) => `PKM${pad((n(o) * 7919) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
  ['Fecha', (c, o) => dmy(mxt(pkAt(o)), '/'), ['timestamp']],
  ['Hora inicio', (c, o) => hm(mxt(pkAt(o))), [], opt],
  ['Hora fin', (c, o) => hm(mxt(pkAt(o) + pkMin(o) * 60000)), []],
  ['Tiempo (min)', (c, o) => String(pkMin(o)), [], opt],
  ['Ciudad', () => 'Puebla', ['placeContext.geo.city'], opt],
  ['Zona', (c, o) => pkZ(o)[0], [], opt],
  ['Calle', (c, o) => pkZ(o)[1], []],
  ['Cajón', (c, o) => `${1 + n(o) % 8}${pad((n(o) * 17) % 400, 3)}`, []],
  ['Placa', (c) => pkPlate(c), []],
  ['Estado de la placa', (c) => row(['Puebla', 'Puebla', 'Puebla', 'Ciudad de México', 'Puebla', 'Tlaxcala', 'Veracruz', 'Puebla'], n(c) % 8), []],
  ['Usuario', (c, o) => (pkCh(o) === 'Comercio afiliado' ? '' : `${who(c, 'mx').first} ${who(c, 'mx').last} ${who(c, 'mx').last2}`), []],
  ['Correo electrónico', (c, o) => (pkCh(o) === 'Comercio afiliado' || pkCh(o) === 'SMS' ? '' : who(c, 'mx').mail), EMAIL_ID],
  ['Teléfono', (c, o) => (pkCh(o) === 'Comercio afiliado' ? '' : mxMob(c)), PHONE_ID],
  ['Tarifa por hora', () => mxn(PK_RATE), []],
  ['Subtotal', (c, o) => mxn(pkTot(o) / 1.16), [], opt],
  ['IVA', (c, o) => mxn(pkTot(o) - pkTot(o) / 1.16), [OR('taxAmount')]],
  ['Total', (c, o) => mxn(pkTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Moneda', () => 'MXN', [OR('currencyCode')]],
  ['Método de pago', (c, o) => pkPay(o), [OR('payments[0].paymentType')]],
  ['Canal', (c, o) => pkCh(o), [], opt],
  ['Sistema operativo', (c, o) => (pkCh(o) === 'App' ? row(['Android', 'Android', 'iOS'], n(c) % 3) : ''), ['environment.operatingSystem']],
  ['Extensión de tiempo', (c, o) => (n(o) % 5 === 0 ? 'Sí' : 'No'), []],
  ['Requiere factura', (c) => (pkFact(c) ? 'Sí' : 'No'), []],
  ['RFC', (c) => (pkFact(c) ? pkRfc(c) : ''), []],
  ['Estatus', (c, o) => pkSt(o), [], opt],
] }

// ---------------------------------------------------------------- 4. Agrofy sales export (AR, es, E)
// an agro-input store in Pergamino (seeds, agrochemicals, silo bags, fencing, animal health and feed) selling on Agrofy
// to farmers in the Pampas; inputs such as seed, herbicide and silo bags are priced in US dollars; one row per order
// [SKU, product, category, unit price, currency, qty lo, qty hi]
const AG_IT = [['SEM-SOJ-4618', 'Semilla de soja DM 46R18 STS x 40 kg', 'Semillas', 58, 'USD', 10, 60], ['SIL-9-60-235', 'Silobolsa 9 pies x 60 m 235 micrones', 'Almacenaje de granos', 560, 'USD', 1, 6],
  ['ALA-ACE-1715', 'Alambre acerado 17/15 x 1000 m', 'Alambrados', 145000, 'ARS', 1, 8], ['NUT-TER-25', 'Alimento balanceado iniciador terneros x 25 kg', 'Nutrición animal', 18500, 'ARS', 5, 40],
  ['SAN-IVM-500', 'Ivermectina 1% inyectable x 500 ml', 'Sanidad animal', 23800, 'ARS', 1, 6], ['HER-GLI-20', 'Herbicida glifosato 62% x 20 l', 'Agroquímicos', 98, 'USD', 2, 20],
  ['RIE-MAN-1-50', 'Manguera de riego 1" x 50 m reforzada', 'Riego', 72000, 'ARS', 1, 4], ['IND-BOT-CA', 'Botas de goma caña alta', 'Indumentaria de trabajo', 29900, 'ARS', 1, 3],
  ['SAN-VAC-AFT', 'Vacuna antiaftosa bivalente x 125 dosis', 'Sanidad animal', 96000, 'ARS', 1, 5], ['POS-EUC-22', 'Poste de eucalipto creosotado 2,20 m', 'Alambrados', 6800, 'ARS', 20, 200]]
// [town, province, postcode]
const AG_PL = [['Pergamino', 'Buenos Aires', '2700'], ['Rojas', 'Buenos Aires', '2705'], ['Salto', 'Buenos Aires', '2741'], ['Venado Tuerto', 'Santa Fe', '2600'], ['Marcos Juárez', 'Córdoba', '2580'], ['Junín', 'Buenos Aires', '6000'],
  ['Gualeguaychú', 'Entre Ríos', '2820'], ['General Pico', 'La Pampa', '6360'], ['Colón', 'Buenos Aires', '2720'], ['Arrecifes', 'Buenos Aires', '2740'], ['Firmat', 'Santa Fe', '2630'], ['Río Cuarto', 'Córdoba', '5800']]
const AG_CO = ['', '', 'Agropecuaria Los Aromos S.A.', '', 'Establecimiento La Celestina S.R.L.', '', 'Don Aníbal Agro S.A.S.', 'Tambo El Amanecer S.R.L.', '']
const agIt = (o) => row(AG_IT, n(o) % 10)
const agQty = (o) => { const it = agIt(o); return it[5] + (n(o) * 7) % (it[6] - it[5] + 1) }
const agSt = (o) => row(['Entregada', 'Entregada', 'Pagada', 'En preparación', 'Entregada', 'Enviada', 'Cancelada', 'Entregada', 'Pendiente de pago'], n(o) % 9)
const agShip = (o) => row(['Retiro en el local', 'Envío a domicilio', 'Flete a campo', 'Retiro en el local', 'Envío a domicilio'], (n(o) >> 1) % 5)
const agShipCost = (o) => (agShip(o) === 'Retiro en el local' ? 0 : agIt(o)[4] === 'USD' ? (agShip(o) === 'Flete a campo' ? 85 : 35) : agShip(o) === 'Flete a campo' ? 48000 : 12500)
const agSub = (o) => agIt(o)[3] * agQty(o)
const agTot = (o) => agSub(o) + agShipCost(o)
const agPay = (o) => row(['Tarjeta de crédito', 'Transferencia bancaria', 'Mercado Pago', 'e-Cheq', 'Tarjeta de crédito', 'Tarjeta agro'], (n(o) >> 2) % 6)
const agCo = (c) => row(AG_CO, n(c) % 9)
const agPl = (c) => row(AG_PL, who(c, 'ar').k1 % 12)
const agDni = (c) => 14000000 + who(c, 'ar').k2 * 31 % 30000000
const agAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 17, 150, 7, 23, -3)
const arMob = (c) => { const r = seeded(c, 'arm'), a = row(['2477', '2477', '3462', '2473', '236', '341', '3446', '2302', '351'], n(c) % 9); return `+54 9 ${a} ${v.digits(r, 10 - a.length - 4)}-${v.digits(r, 4)}` }
const SET_AG = { name: 'agrofy-ventas-agronomia-pergamino-ar', product: 'Agrofy (Panel de vendedor > Mis ventas > Exportar, one row per order, Spanish UI, a Pergamino agro-input store selling seed, agrochemicals, silo bags, fencing and animal health products to farmers, America/Argentina/Buenos_Aires, ARS and USD)', family: 'orders', language: 'es', schema: E, cols: [
  ['N° de orden', (c, o) => String(2100000 + (n(o) * 37) % 800000), ['_id', OR('purchaseID')]],
  ['Fecha', (c, o) => { const p = art(agAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Estado', (c, o) => agSt(o), [], opt],
  ['Producto', (c, o) => agIt(o)[1], [PL('name')]],
  ['SKU', (c, o) => agIt(o)[0], [PL('SKU')]],
  ['Categoría', (c, o) => agIt(o)[2], [PL('productCategories[0].categoryName')]],
  ['Cantidad', (c, o) => String(agQty(o)), [PL('quantity')]],
  ['Precio unitario', (c, o) => ars(agIt(o)[3]), [], opt],
  ['Moneda', (c, o) => agIt(o)[4], [OR('currencyCode'), PL('currencyCode')]],
  ['Costo de envío', (c, o) => ars(agShipCost(o)), ['commerce.shipping.shippingAmount']],
  ['Total', (c, o) => ars(agTot(o)), [OR('priceTotal')]],
  ['Comisión Agrofy', (c, o) => ars(Math.round(agSub(o) * 0.07 * 100) / 100), []],
  ['Medio de pago', (c, o) => agPay(o), [OR('payments[0].paymentType')]],
  ['Cuotas', (c, o) => (agPay(o) === 'Tarjeta de crédito' ? row(['1', '3', '6', '1'], n(o) % 4) : agPay(o) === 'Tarjeta agro' ? row(['1', '3'], n(o) % 2) : '1'), []],
  ['Comprador', (c) => who(c, 'ar').full, []],
  ['CUIT/DNI', (c) => (agCo(c) ? cuit(30, 50000000 + (n(c) % 9) * 1234567 % 20000000) : n(c) % 2 ? thou(agDni(c), '.', ',').split(',')[0] : cuit(who(c, 'ar').female ? 27 : 20, agDni(c))), []],
  ['Razón social', (c) => agCo(c), []],
  ['Email', (c) => who(c, 'ar').mail, EMAIL_ID],
  ['Teléfono', (c) => arMob(c), PHONE_ID, opt],
  ['Forma de entrega', (c, o) => agShip(o), ['commerce.shipping.shippingMethod']],
  ['Dirección', (c, o) => (agShip(o) === 'Retiro en el local' ? '' : agShip(o) === 'Flete a campo' ? `Ruta ${row(['8', '32', '188', '178', '33'], n(c) % 5)} km ${100 + (n(c) * 7) % 300}, zona rural` : `${row(['Av. San Martín', 'Belgrano', 'Rivadavia', 'Av. de Mayo', '9 de Julio', 'Sarmiento', 'Mitre'], n(c) % 7)} ${100 + (who(c, 'ar').k3 % 2400)}`), [SHIP('street1')]],
  ['Localidad', (c, o) => (agShip(o) === 'Retiro en el local' ? '' : agPl(c)[0]), [SHIP('city')]],
  ['Provincia', (c, o) => (agShip(o) === 'Retiro en el local' ? '' : agPl(c)[1]), STATE(['commerce.shipping.address'])],
  ['Código postal', (c, o) => (agShip(o) === 'Retiro en el local' ? '' : agPl(c)[2]), [SHIP('postalCode')]],
] }

// ---------------------------------------------------------------- 5. OkVet client export (CO, es, P)
// a veterinary clinic with a pet shop and grooming in Envigado (Medellín metropolitan area); one row per client (owner)
// [barrio, city]
const OK_PL = [['El Poblado', 'Medellín'], ['Laureles', 'Medellín'], ['Zúñiga', 'Envigado'], ['Belén', 'Medellín'], ['Aves María', 'Sabaneta'], ['Santa María', 'Itagüí'], ['La América', 'Medellín'],
  ['Jardines', 'Envigado'], ['Niquía', 'Bello'], ['Castilla', 'Medellín'], ['El Dorado', 'Envigado'], ['Calasanz', 'Medellín']]
const OK_VIA = ['Calle', 'Carrera', 'Calle', 'Carrera', 'Transversal', 'Diagonal', 'Circular']
const OK_PET_D = ['Luna', 'Max', 'Simón', 'Lola', 'Rocky', 'Mía', 'Tommy', 'Nala', 'Zeus', 'Canela', 'Toby', 'Kira']
const OK_BREED = ['Canino - Criollo', 'Canino - French Poodle', 'Felino - Común europeo', 'Canino - Schnauzer', 'Canino - Golden Retriever', 'Felino - Criollo', 'Canino - Shih Tzu', 'Canino - Pinscher', 'Felino - Siamés', 'Canino - Labrador']
const okP = (c) => who(c, 'co')
const okPl = (c) => row(OK_PL, okP(c).k1 % 12)
const okPets = (c) => 1 + (n(c) % 7 === 0 ? 2 : n(c) % 3 === 0 ? 1 : 0)
const okReg = (c) => Date.UTC(2019, 6, 1) + ((n(c) * 7919) % (2100 * 86400)) * 1000
const okDob = (c) => Date.UTC(1958, 0, 1) + ((n(c) * 104729) % (45 * 365)) * day
const okDoc = (c) => (n(c) % 19 === 0 ? ['CE', String(600000 + n(c) % 400000)] : okDob(c) < Date.UTC(1975, 0, 1) ? ['CC', String(okP(c).female ? 42000000 + okP(c).k2 % 2000000 : 70000000 + okP(c).k2 % 9000000)] : ['CC', String(1017000000 + (okP(c).k2 * 137) % 40000000)])
const coMob = (c) => { const r = seeded(c, 'com'); return `3${v.pick(r, ['00', '01', '04', '10', '12', '13', '14', '15', '16', '17', '18', '20', '22', '23', '24'])}${v.digits(r, 7)}` }
const SET_OK = { name: 'okvet-clientes-veterinaria-envigado-co', product: 'OkVet (Clientes > Exportar a Excel, one row per client (pet owner), Spanish UI, a veterinary clinic with pet shop and grooming in Envigado, Medellín metropolitan area, America/Bogota, COP)', family: 'veterinary', language: 'es', schema: P, cols: [
  ['Código', (c) => String(1000 + (n(c) * 7) % 9000), ID],
  ['Tipo de documento', (c) => okDoc(c)[0], []],
  ['Número de documento', (c) => okDoc(c)[1], ['person.taxId'], opt],
  ['Nombres', (c) => okP(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${okP(c).last} ${okP(c).last2}`, ['person.name.lastName']],
  ['Correo electrónico', (c) => (n(c) % 8 === 0 ? '' : okP(c).mail), ['personalEmail.address']],
  ['Celular', (c) => coMob(c), ['mobilePhone.number']],
  ['Teléfono fijo', (c) => (n(c) % 4 === 0 ? `604 ${v.int(seeded(c, 'cof'), 200, 599)} ${v.digits(seeded(c, 'cof2'), 4)}` : ''), ['homePhone.number']],
  ['Dirección', (c) => { const k = okP(c).k2; return `${row(OK_VIA, k % 7)} ${1 + k % 80}${row(['', 'A', 'B', '', 'Sur', ''], k % 6) ? ' ' + row(['', 'A', 'B', '', 'Sur', ''], k % 6) : ''} # ${10 + okP(c).k3 % 70}-${1 + okP(c).k3 % 99}${n(c) % 3 === 0 ? ` Apto ${101 + (k % 12) * 100 + k % 4}` : ''}` }, HOMES('street1')],
  ['Barrio', (c) => okPl(c)[0], [...HOMES('street2'), ...HOMES('region')], opt],
  ['Ciudad', (c) => okPl(c)[1], HOMES('city')],
  ['Departamento', () => 'Antioquia', STATE(HOME)],
  ['Fecha de nacimiento', (c) => (n(c) % 4 === 1 ? '' : dmy(shift(okDob(c), 0), '/')), ['person.birthDate']],
  ['Género', (c) => (okP(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
  ['Mascotas', (c) => Array.from({ length: okPets(c) }, (_, j) => `${row(OK_PET_D, (okP(c).k3 + j * 5) % 12)} (${row(OK_BREED, (okP(c).k1 + j * 3) % 10)})`).join(', '), []],
  ['N° de mascotas', (c) => String(okPets(c)), []],
  ['Fecha de registro', (c) => dmy(cot(okReg(c)), '/'), ['loyalty.joinDate'], opt],
  ['Última visita', (c) => dmy(cot(Math.max(okReg(c), Date.UTC(2024, 8, 1) + ((n(c) * 131) % 280) * day)), '/'), []],
  ['Saldo pendiente', (c) => (n(c) % 9 === 0 ? `$ ${thou(row([45000, 120000, 68500], n(c) % 3)).split(',')[0]}` : '$ 0'), []],
  ['Acepta notificaciones', (c) => (n(c) % 6 === 0 ? 'No' : 'Sí'), [], opt],
  ['¿Cómo nos conoció?', (c) => row(['Recomendación', 'Instagram', 'Google', 'Pasaba por el local', 'Recomendación', 'Facebook', ''], n(c) % 7), []],
  ['Observaciones', (c) => row(['', '', 'Prefiere citas en la tarde', '', 'Perro agresivo con otros perros', '', 'Cliente plan de salud anual', ''], (n(c) >> 1) % 8), []],
] }

// ---------------------------------------------------------------- 6. Astrea contact export (BR, pt, P)
// a social-security (INSS) and labour law firm in Florianópolis; clients are workers and retirees; one row per contact
// [bairro, city, CEP prefix, phone area]
const AS_PL = [['Centro', 'Florianópolis', '88010'], ['Trindade', 'Florianópolis', '88036'], ['Estreito', 'Florianópolis', '88070'], ['Capoeiras', 'Florianópolis', '88090'], ['Ingleses do Rio Vermelho', 'Florianópolis', '88058'],
  ['Campeche', 'Florianópolis', '88063'], ['Kobrasol', 'São José', '88102'], ['Barreiros', 'São José', '88117'], ['Pagani', 'Palhoça', '88132'], ['Centro', 'Biguaçu', '88160'], ['Ponte do Imaruim', 'Palhoça', '88130']]
const AS_ST = ['Rua Felipe Schmidt', 'Rua Lauro Linhares', 'Rua Santos Saraiva', 'Servidão dos Lageanos', 'Rua das Gaivotas', 'Avenida Pequeno Príncipe', 'Rua Koesa', 'Rua Leoberto Leal', 'Rua João Pessoa', 'Rua Coronel Pedro Demoro', 'Rodovia Armando Calil Bulos']
const AS_JOB = ['Auxiliar de produção', 'Pedreiro', 'Técnica de enfermagem', 'Motorista de caminhão', 'Professora', 'Vendedora', 'Aposentado', 'Cozinheiro', 'Vigilante', 'Costureira', 'Eletricista', 'Pescador artesanal']
const AS_TAG = ['Previdenciário', 'Trabalhista', 'Previdenciário, BPC/LOAS', 'Aposentadoria especial', 'Previdenciário, Auxílio-doença', 'Trabalhista, Rescisão indireta', 'Revisão da vida toda']
const asP = (c) => who(c, 'br')
const asPl = (c) => row(AS_PL, asP(c).k1 % 11)
const asDob = (c) => Date.UTC(1952, 0, 1) + ((n(c) * 104729) % (48 * 365)) * day
const asMother = (c) => { const r = seeded(c, 'mae'); return `${v.pick(r, ['Maria', 'Terezinha', 'Ivone', 'Marlene', 'Rosa', 'Vera Lúcia', 'Sônia', 'Neusa', 'Lurdes', 'Iracema'])} ${v.pick(r, LOC.br.last)} ${asP(c).last}` }
const asPis = (c) => { const r = seeded(c, 'pis'); return `${v.int(r, 120, 209)}.${v.digits(r, 5)}.${v.digits(r, 2)}-${v.int(r, 0, 9)}` }
const SET_AS = { name: 'astrea-contatos-advocacia-previdenciaria-br', product: 'Astrea by Aurum (Contatos > selecionar todos > Exportar planilha, one row per contact, Portuguese UI, a Florianópolis social-security and labour law firm whose clients are workers and retirees, America/Sao_Paulo)', family: 'legal', language: 'pt', schema: P, cols: [
  ['Nome', (c) => `${asP(c).first} ${asP(c).last2} ${asP(c).last}`, ['person.name.fullName']],
  ['Tipo de pessoa', () => 'Física', ['person.type'], opt],
  ['Perfil', (c) => (n(c) % 9 === 0 ? 'Contato' : 'Cliente'), [], opt],
  ['CPF/CNPJ', (c) => cpf(asP(c).k2 * 3001 + 17), ['person.taxId']],
  ['RG', (c) => `${v.int(seeded(c, 'rg'), 2, 7)}.${v.digits(seeded(c, 'rg1'), 3)}.${v.digits(seeded(c, 'rg2'), 3)}`, []],
  ['Órgão emissor', (c) => (n(c) % 10 === 0 ? 'SSP/RS' : 'SSP/SC'), []],
  ['Data de nascimento', (c) => dmy(shift(asDob(c), 0), '/'), ['person.birthDate']],
  ['Sexo', (c) => (asP(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
  ['Estado civil', (c) => row(['Casado(a)', 'Solteiro(a)', 'Casado(a)', 'Divorciado(a)', 'União estável', 'Viúvo(a)', 'Casado(a)'], n(c) % 7), ['person.maritalStatus']],
  ['Nacionalidade', (c) => (n(c) % 23 === 0 ? 'Argentina' : 'Brasileira'), ['person.nationality']],
  ['Profissão', (c) => row(AS_JOB, asP(c).k3 % 12), []],
  ['E-mail', (c) => (n(c) % 5 === 0 ? '' : asP(c).mail), ['personalEmail.address']],
  ['Celular', (c) => brMob(c, '48'), ['mobilePhone.number']],
  ['Telefone', (c) => (n(c) % 4 === 0 ? `(48) 3${v.int(seeded(c, 'fx'), 200, 299)}-${v.digits(seeded(c, 'fx2'), 4)}` : ''), ['homePhone.number']],
  ['CEP', (c) => `${asPl(c)[2]}-${pad(asP(c).k2 % 1000, 3)}`, HOMES('postalCode')],
  ['Endereço', (c) => row(AS_ST, asP(c).k3 % 11), HOMES('street1')],
  ['Número', (c) => String(10 + asP(c).k1 % 1900), [], opt],
  ['Complemento', (c) => (n(c) % 3 === 0 ? row(['Apto 302', 'Casa 2', 'Bloco B, apto 104', 'Fundos'], n(c) % 4) : ''), HOMES('street2')],
  ['Bairro', (c) => asPl(c)[0], [...HOMES('street3'), ...HOMES('region')], opt],
  ['Cidade', (c) => asPl(c)[1], HOMES('city')],
  ['Estado', () => 'SC', STATE(HOME)],
  ['País', () => 'Brasil', HOMES('country')],
  ['PIS/PASEP/NIT', (c) => (n(c) % 5 === 4 ? '' : asPis(c)), []],
  ['Nome da mãe', (c) => asMother(c), []],
  ['Etiquetas', (c) => row(AS_TAG, n(c) % 7), []],
  ['Origem', (c) => row(['Indicação', 'Google', 'Instagram', 'Sindicato', 'Indicação', 'Facebook'], n(c) % 6), []],
  ['Data de cadastro', (c) => dmy(brt(Date.UTC(2020, 2, 1) + ((n(c) * 7919) % (1900 * 86400)) * 1000), '/'), [], opt],
] }

// ---------------------------------------------------------------- 7. LemonSuite client-contact export (CL, es, B)
// a Santiago corporate and tax law firm billing by the hour; contacts at its client companies (billing, legal and
// management contacts); one row per contact
// [client, legal name, domain, address, comuna, city, region, RUT body, partner]
const LS_CO = [['Viña Cerro Alegre', 'Viña Cerro Alegre SpA', 'vinacerroalegre.cl', 'Av. Apoquindo 4501, Of. 1202', 'Las Condes', 'Santiago', 'Región Metropolitana', 76412387],
  ['Inmobiliaria Los Arrayanes', 'Inmobiliaria Los Arrayanes Ltda.', 'arrayanes.cl', 'Av. Nueva Costanera 3300, Of. 41', 'Vitacura', 'Santiago', 'Región Metropolitana', 77058214],
  ['Transportes Australes', 'Transportes Australes S.A.', 'taustrales.cl', 'Camino a Melipilla 10450', 'Maipú', 'Santiago', 'Región Metropolitana', 96871450],
  ['Salmones del Seno', 'Salmones del Seno S.A.', 'salmonesdelseno.cl', 'Av. Diego Portales 860, Piso 7', 'Puerto Montt', 'Puerto Montt', 'Región de Los Lagos', 96523108],
  ['Clínica Dental Sonríe', 'Sonríe Servicios Odontológicos SpA', 'sonrie.cl', 'Av. Providencia 1208, Of. 604', 'Providencia', 'Santiago', 'Región Metropolitana', 76930455],
  ['Minera Quebrada Verde', 'Compañía Minera Quebrada Verde S.A.', 'mqverde.cl', 'Av. Isidora Goyenechea 3000, Piso 9', 'Las Condes', 'Santiago', 'Región Metropolitana', 99587120],
  ['Pago Simple', 'Pago Simple SpA', 'pagosimple.cl', 'Merced 280, Of. 51', 'Santiago', 'Santiago', 'Región Metropolitana', 77214690],
  ['Frutícola Valle del Elqui', 'Agrícola y Frutícola Valle del Elqui Ltda.', 'frutelqui.cl', 'Av. Francisco de Aguirre 0350', 'La Serena', 'La Serena', 'Región de Coquimbo', 78345610]]
// [job title, area, billing contact]
const LS_JOB = [['Gerente General', 'Gerencia', false], ['Gerente de Administración y Finanzas', 'Finanzas', true], ['Fiscal', 'Legal', false], ['Abogada Jefe', 'Legal', false], ['Contador General', 'Contabilidad', true],
  ['Jefa de Recursos Humanos', 'Recursos Humanos', false], ['Encargado de Pagos a Proveedores', 'Tesorería', true], ['Gerente Legal y de Cumplimiento', 'Legal', false]]
const lsCo = (c) => row(LS_CO, n(c) % 8)
const lsJob = (c) => row(LS_JOB, (n(c) >> 1) % 8)
const lsP = (c) => who(c, 'cl')
const lsAt = (c) => biz(Date.UTC(2020, 0, 6), n(c) * 7, 1950, 9, 19, -4)
const SET_LS = { name: 'lemonsuite-contactos-clientes-estudio-cl', product: 'LemonSuite by Lemontech (Clientes > Contactos > Descargar Excel, one row per client contact, Spanish UI, a Santiago corporate and tax law firm billing by the hour, America/Santiago)', family: 'legal', language: 'es', schema: B, cols: [
  ['ID', (c) => String(3000 + (n(c) * 13) % 6000), B2BID],
  ['Cliente', (c) => lsCo(c)[0], CO],
  ['Código cliente', (c) => `CLI-${pad(100 + (n(c) % 8) * 17, 4)}`, ACCT, opt],
  ['Razón social', (c) => lsCo(c)[1], CO],
  ['RUT', (c) => rut(lsCo(c)[7]), []],
  ['Nombre', (c) => lsP(c).first, ['person.name.firstName']],
  ['Apellido', (c) => `${lsP(c).last} ${lsP(c).last2}`, ['person.name.lastName']],
  ['Cargo', (c) => lsJob(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Área', (c) => lsJob(c)[1], ['extendedWorkDetails.departments[0]']],
  ['Email', (c) => `${v.slug(lsP(c).first.split(' ')[0])[0]}${v.slug(lsP(c).last)}@${lsCo(c)[2]}`, WE],
  ['Teléfono', (c) => (lsCo(c)[5] === 'Santiago' ? `+56 2 2${v.int(seeded(c, 'clf'), 200, 999)} ${v.digits(seeded(c, 'clf2'), 4)}` : `+56 ${lsCo(c)[5] === 'Puerto Montt' ? '65' : '51'} 2${v.digits(seeded(c, 'clf3'), 2)} ${v.digits(seeded(c, 'clf4'), 4)}`), ['workPhone.number']],
  ['Celular', (c) => (n(c) % 4 === 0 ? '' : `+56 9 ${v.int(seeded(c, 'clm'), 4000, 9999)} ${v.digits(seeded(c, 'clm2'), 4)}`), ['mobilePhone.number', 'workPhone.number']],
  ['Dirección', (c) => lsCo(c)[3], [W('street1')]],
  ['Comuna', (c) => lsCo(c)[4], [W('city'), W('region')], opt],
  ['Ciudad', (c) => lsCo(c)[5], [W('city')]],
  ['Región', (c) => lsCo(c)[6], STATE(['workAddress'])],
  ['País', () => 'Chile', [W('country')]],
  ['Contacto de cobranza', (c) => (lsJob(c)[2] ? 'Sí' : 'No'), []],
  ['Idioma', (c) => (lsCo(c)[0].startsWith('Salmones') || n(c) % 11 === 0 ? 'Inglés' : 'Español'), []],
  ['Socio responsable', (c) => row(['Rodrigo Larraín', 'María Ignacia Vergara', 'Tomás Fuentes', 'Rodrigo Larraín'], n(c) % 8 % 4), []],
  ['Fecha de creación', (c) => { const p = clt(lsAt(c)); return `${dmy(p, '-')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Activo', (c) => (n(c) % 13 === 0 ? 'No' : 'Sí'), [], opt],
] }

// ---------------------------------------------------------------- 8. Mubisys customer export (BR, pt, B)
// a sign-making, large-format and quick-print shop in Campinas (banners, adhesives, shop fronts, business cards) serving
// retailers, agencies, schools and industry; one row per customer with its main contact
// [legal name, trade name, domain, segment, street, number, bairro, city, CEP]
const MB_CO = [['Panificadora Pão Dourado Ltda', 'Pão Dourado', 'paodourado.com.br', 'Varejo', 'Avenida Brasil', '1820', 'Jardim Guanabara', 'Campinas', '13073-001'],
  ['Agência Lume Comunicação Ltda', 'Lume Comunicação', 'agencialume.com.br', 'Agência de publicidade', 'Rua Coronel Quirino', '1455', 'Cambuí', 'Campinas', '13025-002'],
  ['Colégio Integração Campinas Ltda', 'Colégio Integração', 'colegiointegracao.com.br', 'Educação', 'Rua Dr. Sales de Oliveira', '780', 'Vila Industrial', 'Campinas', '13035-270'],
  ['Metalúrgica Alvorada Indústria e Comércio Ltda', 'Metalúrgica Alvorada', 'metalurgicaalvorada.ind.br', 'Indústria', 'Rodovia Anhanguera, km 104', 's/n', 'Distrito Industrial', 'Sumaré', '13181-700'],
  ['Clínica Odontológica Sorriso Pleno Ltda', 'Sorriso Pleno', 'sorrisopleno.com.br', 'Saúde', 'Avenida Orosimbo Maia', '2540', 'Centro', 'Campinas', '13023-002'],
  ['Festa & Cia Eventos Ltda ME', 'Festa & Cia', 'festaecia.com.br', 'Eventos', 'Rua Barão de Jaguara', '955', 'Centro', 'Campinas', '13015-001'],
  ['Construtora Monte Alto Ltda', 'Monte Alto Construtora', 'montealto.eng.br', 'Construção civil', 'Avenida Antônio Carlos Couto de Barros', '1200', 'Vila Sônia', 'Campinas', '13092-000'],
  ['Supermercados Irmãos Bortolotto Ltda', 'Bortolotto Supermercados', 'bortolotto.com.br', 'Varejo', 'Avenida da Saudade', '3100', 'Ponte Preta', 'Campinas', '13041-670'],
  ['Academia Corpo em Forma Ltda', 'Corpo em Forma', 'corpoemforma.com.br', 'Serviços', 'Rua Jasmim', '750', 'Chácara Primavera', 'Campinas', '13087-460'],
  ['Imobiliária Valinhos Prime Ltda', 'Valinhos Prime Imóveis', 'valinhosprime.com.br', 'Imobiliário', 'Avenida dos Esportes', '410', 'Vila Santana', 'Valinhos', '13271-000']]
const MB_JOB = ['Sócio-proprietário', 'Gerente de marketing', 'Compradora', 'Analista de marketing', 'Gerente administrativo', 'Diretora', 'Coordenadora de eventos', 'Assistente de compras']
const mbCo = (c) => row(MB_CO, n(c) % 10)
const mbP = (c) => who(c, 'br')
const mbAt = (c) => Date.UTC(2017, 3, 1) + ((n(c) * 7919) % (2900 * 86400)) * 1000
const mbSt = (c) => (n(c) % 11 === 0 ? 'Inativo' : n(c) % 17 === 0 ? 'Bloqueado' : 'Ativo')
const SET_MB = { name: 'mubisys-clientes-comunicacao-visual-br', product: 'Mubisys (Cadastros > Clientes > Exportar para Excel, one row per customer with its main contact, Portuguese UI, a Campinas sign-making, large-format and quick-print shop serving retailers, agencies, schools and industry, America/Sao_Paulo, BRL)', family: 'b2b', language: 'pt', schema: B, cols: [
  ['Código', (c) => String(100 + (n(c) * 7) % 4000), [...ACCT, ...B2BID]],
  ['Tipo', () => 'Jurídica', []],
  ['Razão social', (c) => mbCo(c)[0], CO],
  ['Nome fantasia', (c) => mbCo(c)[1], CO],
  ['CNPJ/CPF', (c) => cnpj(1000000 + (n(c) % 10) * 7654321), []],
  ['Inscrição estadual', (c) => (mbCo(c)[3] === 'Educação' || mbCo(c)[3] === 'Saúde' ? 'ISENTO' : `${v.int(seeded(c, 'ie'), 244, 799)}.${v.digits(seeded(c, 'ie1'), 3)}.${v.digits(seeded(c, 'ie2'), 3)}.${v.digits(seeded(c, 'ie3'), 3)}`), []],
  ['Contato', (c) => mbP(c).full, ['person.name.fullName']],
  ['Cargo', (c) => row(MB_JOB, mbP(c).k3 % 8), ['extendedWorkDetails.jobTitle']],
  ['E-mail', (c) => `${v.slug(mbP(c).first)}${n(c) % 2 ? '.' + v.slug(mbP(c).last) : ''}@${mbCo(c)[2]}`, WE],
  ['E-mail financeiro', (c) => (n(c) % 3 === 0 ? '' : `financeiro@${mbCo(c)[2]}`), [], opt],
  ['Telefone', (c) => `(19) 3${v.int(seeded(c, 'mbt'), 200, 899)}-${v.digits(seeded(c, 'mbt2'), 4)}`, ['workPhone.number']],
  ['Celular/WhatsApp', (c) => brMob(c, '19'), ['mobilePhone.number', 'workPhone.number']],
  ['CEP', (c) => mbCo(c)[8], [W('postalCode')]],
  ['Endereço', (c) => mbCo(c)[4], [W('street1')]],
  ['Número', (c) => mbCo(c)[5], [], opt],
  ['Complemento', (c) => (n(c) % 4 === 0 ? row(['Sala 12', 'Galpão 3', 'Loja 2'], n(c) % 3) : ''), [W('street2')]],
  ['Bairro', (c) => mbCo(c)[6], [W('street3'), W('region')], opt],
  ['Cidade', (c) => mbCo(c)[7], [W('city')]],
  ['UF', () => 'SP', STATE(['workAddress'])],
  ['Site', (c) => `www.${mbCo(c)[2]}`, ['b2b.companyWebsite']],
  ['Segmento', (c) => mbCo(c)[3], []],
  ['Vendedor', (c) => row(['Rogério Campos', 'Tatiane Moura', 'Rogério Campos', 'Balcão'], n(c) % 4), []],
  ['Tabela de preço', (c) => (mbCo(c)[3] === 'Agência de publicidade' ? 'Revenda (agências)' : n(c) % 5 === 0 ? 'Especial' : 'Padrão'), []],
  ['Limite de crédito', (c) => brl(row([0, 2000, 5000, 10000, 3000], n(c) % 5)), []],
  ['Origem', (c) => row(['Indicação', 'Google', 'Instagram', 'Balcão', 'Prospecção', 'Indicação'], n(c) % 6), ['b2b.personSource'], opt],
  ['Data de cadastro', (c) => dmy(brt(mbAt(c)), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ['Situação', (c) => mbSt(c), [], opt],
] }

export const SETS = [SET_VK, SET_VB, SET_PK, SET_AG, SET_OK, SET_AS, SET_LS, SET_MB]
