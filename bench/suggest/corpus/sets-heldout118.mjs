// Round 118, heldout118: held-out sets written apart by a helper that never opened the suggester, its tests, the
// scorer or a score. Same format as sets.mjs (sources in ../README.md). Brazilian Portuguese and Latin American
// Spanish exports: a freight platform's shipment orders, an NF-e API's issued notes, a payment gateway's transactions
// (PIX, boleto, card), an e-commerce WhatsApp/e-mail automation tool's customers, an ERP's contact file, a CNPJ
// search site's company list (Brazil); a CFDI invoicing service's invoices (Mexico), a card and SINPE Móvil gateway's
// transactions (Costa Rica), a last-mile courier's shipments (Peru), a restaurant POS's delivery customers
// (Argentina), a shop POS's credit customers (Mexico) and an ERP's customer master exported with its table's field
// names (Chile). Headers in the product's UI language; PlugNotas' columns follow its API's note summary fields,
// Tilopay's its API's billTo fields, Eleventa's its help centre's client screen; the rest are written from the
// writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const winterSouth = (ms) => [4, 5, 6, 7, 8].includes(new Date(ms).getUTCMonth() + 1)
// local times written without offset: Brasília and Buenos Aires (-3), Lima (-5), Mexico City and Costa Rica (-6),
// Santiago (-4 in the southern winter, -3 in summer)
const bra = (ms) => shift(ms, -3)
const art = (ms) => shift(ms, -3)
const lim = (ms) => shift(ms, -5)
const cdmx = (ms) => shift(ms, -6)
const crt = (ms) => shift(ms, -6)
const clt = (ms) => shift(ms, winterSouth(ms) ? -4 : -3)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const r2 = (n) => Math.round(n * 100) / 100
const dec = (n, sep = ',') => r2(n).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = r2(n).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '')
const adult = (c) => Date.UTC(1962, 0, 1) + Math.floor((c.birth - Date.UTC(1950, 0, 1)) * 0.8 / day) * day
const founded = (c) => Date.UTC(1988, 0, 1) + Math.floor((c.birth - Date.UTC(1950, 0, 1)) * 0.6 / day) * day
const later = (c) => c.created + ((+c.id % 300) + 5) * day + (+c.id % 60000) * 1000
const hex = (seed, n) => { const r = v.rng(((seed * 2654435761) >>> 0) ^ 0x5bd1e995); r(); r(); r(); return Array.from({ length: n }, () => '0123456789abcdef'[v.int(r, 0, 15)]).join('') }

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'state'), ...at(objs, 'stateProvince')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const BS = (leaf) => [BILL(leaf), SHIP(leaf)]
const BA = (leaf) => `billingAddress.${leaf}`

// ---------------------------------------------------------------- identity numbers with their check digits
const cpf = (seed) => {
  const r = v.rng(seed)
  const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
  const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m }
  d.push(dv(d)); d.push(dv(d))
  return d.join('')
}
const cpfFmt = (s) => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
const cnpj = (seed) => {
  const r = v.rng(seed)
  const d = [...Array.from({ length: 8 }, () => v.int(r, 0, 9)), 0, 0, 0, 1]
  const dv = (xs, w) => { const s = xs.reduce((a, x, i) => a + x * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])); d.push(dv(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
  return d.join('')
}
const cnpjFmt = (s) => `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`
const rutDv = (n) => { let s = 0, m = 2; for (const ch of String(n).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1 } const d = 11 - (s % 11); return d === 11 ? '0' : d === 10 ? 'K' : String(d) }
const rut = (n) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${rutDv(n)}`
const mod11 = (digits) => { let s = 0, m = 2; for (const ch of digits.split('').reverse()) { s += +ch * m; m = m === 9 ? 2 : m + 1 } const d = 11 - (s % 11); return d >= 10 ? 0 : d }
const rfcPF = (p, ms) => { const q = v.parts(ms); const a = slug(p.last1).toUpperCase(), b = slug(p.last2 || 'X').toUpperCase(), f = slug(p.first).toUpperCase(); return `${a[0]}${a.slice(1).match(/[AEIOU]/)?.[0] ?? 'X'}${b[0]}${f[0]}${String(q.y).slice(2)}${pad(q.m)}${pad(q.d)}${'ABCDEFGHJKLMNPRSTUVWXYZ123456789'[p.n % 32]}${'ABCDEFGHJKLMNPRSTUVWXYZ123456789'[(p.n >> 5) % 32]}${p.n % 10}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const PEOPLE = {
  br: { first: [['Thiago', 'Camila'], ['Lucas', 'Larissa'], ['Mateus', 'Beatriz'], ['Vinícius', 'Gabriela'], ['André', 'Luana'], ['Fábio', 'Débora'], ['Eduardo', 'Carolina'], ['Henrique', 'Amanda'], ['Caio', 'Letícia']],
    last: ['Pereira', 'Lima', 'Costa', 'Gomes', 'Martins', 'Araújo', 'Melo', 'Mendes', 'Freitas', 'Castro', 'Pinto', 'Correia', 'Vieira', 'Monteiro', 'Dias', 'Campos'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'icloud.com', 'uol.com.br', 'gmail.com'] },
  mx: { first: [['Alejandro', 'Fernanda'], ['Miguel Ángel', 'Gabriela'], ['Francisco', 'Verónica'], ['Arturo', 'Brenda'], ['Héctor', 'Rocío'], ['Óscar', 'Adriana'], ['Raúl', 'Karla']],
    last: ['Jiménez', 'Vázquez', 'Torres', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Castillo', 'Romero', 'Álvarez', 'Herrera', 'Medina', 'Chávez', 'Vargas'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'prodigy.net.mx'] },
  cr: { first: [['Esteban', 'María José'], ['Diego', 'Valeria'], ['Andrés', 'Sofía'], ['Josué', 'Daniela'], ['Pablo', 'Fabiola'], ['Mauricio', 'Natalia']],
    last: ['Rodríguez', 'Vargas', 'Jiménez', 'Mora', 'Rojas', 'Solís', 'Araya', 'Quesada', 'Chaves', 'Alfaro', 'Castro', 'Hernández', 'Salazar', 'Brenes'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'racsa.co.cr'] },
  pe: { first: [['Renzo', 'Milagros'], ['Piero', 'Lucía'], ['Jhon', 'Kiara'], ['Diego', 'Rosa'], ['Luis Alberto', 'Andrea'], ['Christian', 'Fiorella'], ['Gonzalo', 'Claudia']],
    last: ['Quispe', 'Flores', 'Huamán', 'Mamani', 'Rojas', 'Chávez', 'Ramos', 'Vásquez', 'Castillo', 'Mendoza', 'Gutiérrez', 'Salazar', 'Paredes', 'Torres'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'gmail.com'] },
  ar: { first: [['Martín', 'Florencia'], ['Facundo', 'Agustina'], ['Gonzalo', 'Micaela'], ['Nicolás', 'Sofía'], ['Matías', 'Carolina'], ['Federico', 'Lucía'], ['Ezequiel', 'Romina']],
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Díaz', 'Pérez', 'Romero', 'Sosa', 'Álvarez', 'Ruiz', 'Benítez', 'Acosta', 'Medina', 'Herrera', 'Ferraro', 'Rossi'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'fibertel.com.ar'] },
  cl: { first: [['Cristóbal', 'Javiera'], ['Matías', 'Constanza'], ['Felipe', 'Catalina'], ['Rodrigo', 'Francisca'], ['Ignacio', 'Valentina'], ['Sebastián', 'Camila']],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes', 'Valenzuela', 'Araya'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com', 'vtr.net'] },
}
const pmemo = new WeakMap()
const who = (c, k) => {
  let m = pmemo.get(c)
  if (!m) { m = {}; pmemo.set(c, m) }
  if (m[k]) return m[k]
  const r = v.rng(+c.id * 149 + k.charCodeAt(0) * 13 + k.charCodeAt(1) * 5)
  const L = PEOPLE[k]
  const female = r() < 0.5
  const first = v.pick(r, L.first)[female ? 1 : 0]
  const last1 = v.pick(r, L.last)
  let last2 = v.pick(r, L.last)
  if (last2 === last1) last2 = L.last[(L.last.indexOf(last1) + 3) % L.last.length]
  const last = k === 'br' ? `${last2} ${last1}` : `${last1} ${last2}`
  const f1 = slug(first.split(' ')[0])
  const p = { first, last, last1, last2, female, full: `${first} ${last}`, n: v.int(r, 0, 1e6),
    email: `${f1}${r() < 0.5 ? '.' : ''}${slug(last1)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` }
  m[k] = p
  return p
}

// ---------------------------------------------------------------- Brazil: shared places and phones
// [logradouro, bairro, cidade, UF, CEP, DDD]
const BR_PLACES = [['Rua dos Timbiras', 'Funcionários', 'Belo Horizonte', 'MG', '30140-060', '31'], ['Avenida Paulista', 'Bela Vista', 'São Paulo', 'SP', '01310-100', '11'],
  ['Rua Voluntários da Pátria', 'Botafogo', 'Rio de Janeiro', 'RJ', '22270-010', '21'], ['Avenida Sete de Setembro', 'Vitória', 'Salvador', 'BA', '40080-001', '71'],
  ['Rua Marechal Deodoro', 'Centro', 'Curitiba', 'PR', '80010-010', '41'], ['Avenida Beira Mar', 'Meireles', 'Fortaleza', 'CE', '60165-121', '85'],
  ['Rua da Aurora', 'Boa Vista', 'Recife', 'PE', '50050-000', '81'], ['Avenida Ipiranga', 'Azenha', 'Porto Alegre', 'RS', '90160-093', '51'],
  ['Rua T-25', 'Setor Bueno', 'Goiânia', 'GO', '74210-030', '62'], ['SQN 308 Bloco C', 'Asa Norte', 'Brasília', 'DF', '70747-030', '61'],
  ['Rua Padre Eustáquio', 'Padre Eustáquio', 'Belo Horizonte', 'MG', '30720-100', '31'], ['Rua Bom Pastor', 'Ipiranga', 'São Paulo', 'SP', '04203-000', '11'],
  ['Avenida Afonso Pena', 'Centro', 'Campo Grande', 'MS', '79002-070', '67'], ['Rua Felipe Schmidt', 'Centro', 'Florianópolis', 'SC', '88010-001', '48']]
const brPlace = (p) => row(BR_PLACES, p.n)
const brCel = (ddd, n) => `(${ddd}) 9${pad(8100 + (n % 1900), 4)}-${pad((n * 7) % 10000, 4)}`
const brCelDigits = (ddd, n) => `55${ddd}9${pad(8100 + (n % 1900), 4)}${pad((n * 7) % 10000, 4)}`
const brFixo = (ddd, n) => `(${ddd}) ${3000 + (n % 700)}-${pad((n * 13) % 10000, 4)}`
const brCompl = (n) => row(['', 'Apto 302', '', 'Casa 2', 'Bloco B Apto 1104', '', 'Sala 5', 'Fundos'], n >> 2)
const brNum = (n) => String(12 + (n % 1800))

// ---------------------------------------------------------------- 1 Intelipost (Brazil): a Belo Horizonte home-appliance e-shop
const BR_APPL = [['Fritadeira Air Fryer 4L Preta 127V', 389.9, 4.8], ['Liquidificador 3 Velocidades 900W', 179.9, 2.9], ['Cafeteira Elétrica 30 Xícaras Inox', 149.9, 2.1],
  ['Ventilador de Coluna 40cm 6 Pás', 259.9, 6.4], ['Aspirador Vertical 2 em 1 1250W', 299.9, 3.7], ['Panela Elétrica de Arroz 10 Xícaras', 219.9, 3.2], ['Micro-ondas 30L Branco 220V', 749.9, 15.5]]
const IP_CARRIERS = [['Correios', 'SEDEX'], ['Correios', 'PAC'], ['Jadlog', '.Package'], ['Total Express', 'Expresso'], ['Loggi', 'Entrega Rápida'], ['Braspress', 'Rodoviário'], ['Azul Cargo Express', 'Amanhã']]
const IP_STATUS = ['Entregue', 'Em trânsito', 'Entregue', 'Saiu para entrega', 'Entregue', 'Pronto para envio', 'Falha na entrega', 'Entregue', 'Cancelado']
const ipRow = (c, o) => {
  const k = +o.id
  const p = who(c, 'br'), pl = brPlace(p)
  const item = row(BR_APPL, k >> 1)
  const qty = k % 5 === 0 ? 2 : 1
  const car = item[2] > 10 ? (k % 2 ? ['Braspress', 'Rodoviário'] : ['Jadlog', '.Package']) : pl[2] === 'Belo Horizonte' ? ['Loggi', 'Entrega Rápida'] : row(IP_CARRIERS, k)
  const status = row(IP_STATUS, k >> 2)
  const track = car[0] === 'Correios' ? `${car[1] === 'SEDEX' ? 'QB' : 'QC'}${pad(k * 7919 % 1e9, 9)}BR` : car[0] === 'Jadlog' ? `${pad(k * 104729 % 1e14, 14)}` : car[0] === 'Loggi' ? `${hex(k * 3, 8).toUpperCase()}` : `${pad(k * 1299709 % 1e11, 11)}`
  const cost = r2(18.5 + item[2] * qty * 2.35 + (pl[3] === 'MG' ? 0 : 9.8))
  const charged = item[1] * qty > 299 && pl[3] !== 'MS' ? 0 : r2(cost * 1.1)
  const nf = 38200 + (k % 9000)
  return { p, pl, item, qty, car, status, track, cost, charged, nf, nfValue: r2(item[1] * qty + charged), ship: o.at + (1 + (k % 2)) * day, eta: o.at + (4 + (k % 7)) * day }
}
const nfeKey = (uf, ms, cnpjStr, serie, numero, seed) => { const p = v.parts(ms); const base = `${uf}${String(p.y).slice(2)}${pad(p.m)}${cnpjStr}55${pad(serie, 3)}${pad(numero, 9)}1${pad(seed % 1e8, 8)}`; return base + mod11(base) }
const IP_EMIT = cnpj(118001)

// ---------------------------------------------------------------- 2 PlugNotas (Brazil): a Maringá supplements e-shop
const PN_EMIT = cnpj(118002)
const SUPPS = [['Whey Protein Concentrado 900g Baunilha', 129.9], ['Creatina Monohidratada 300g', 89.9], ['Pasta de Amendoim Integral 1kg', 34.9], ['Multivitamínico 120 cápsulas', 59.9], ['Ômega 3 1000mg 120 cápsulas', 69.9], ['Pré-treino 300g Frutas Vermelhas', 99.9]]
const pnRow = (c, o) => {
  const k = +o.id
  const p = who(c, 'br'), pl = brPlace(p)
  const item = row(SUPPS, k)
  const prod = r2(item[1] * (1 + (k % 3)))
  const frete = pl[3] === 'PR' ? 0 : r2(17.9 + (k % 6) * 2.4)
  const desc = k % 4 === 0 ? r2(prod * 0.1) : 0
  const icms = r2((prod - desc) * (pl[3] === 'PR' ? 0.195 : pl[3] === 'SP' || pl[3] === 'MG' || pl[3] === 'RJ' ? 0.12 : 0.07))
  const st = row([['CONCLUIDO', 100, 'Autorizado o uso da NF-e'], ['CONCLUIDO', 100, 'Autorizado o uso da NF-e'], ['CONCLUIDO', 100, 'Autorizado o uso da NF-e'], ['CANCELADO', 101, 'Cancelamento de NF-e homologado'], ['CONCLUIDO', 100, 'Autorizado o uso da NF-e'], ['REJEITADO', 539, 'Rejeição: Duplicidade de NF-e, com diferença na Chave de Acesso'], ['CONCLUIDO', 100, 'Autorizado o uso da NF-e'], ['PROCESSANDO', '', 'Nota em processamento']], k >> 1)
  const numero = 7400 + (k % 2600)
  const pj = k % 7 === 0
  return { p, pl, item, prod, frete, desc, icms, total: r2(prod + frete - desc), st, numero, pj, ok: st[0] === 'CONCLUIDO' || st[0] === 'CANCELADO' }
}

// ---------------------------------------------------------------- 3 Safe2Pay (Brazil): a Porto Alegre veterinary clinic and pet shop
const S2P_ITEMS = [['Consulta veterinária clínica geral', 180], ['Vacina V10 importada', 120], ['Banho e tosa - porte médio', 95], ['Ração Premium Cães Adultos 15kg', 289.9], ['Castração felina', 450], ['Antipulgas mastigável 3 doses', 214.9], ['Plano Saúde Pet mensal', 89.9]]
const S2P_METHODS = ['Pix', 'Pix', 'Cartão de Crédito', 'Boleto Bancário', 'Pix', 'Cartão de Débito', 'Cartão de Crédito']
const s2pRow = (c, o) => {
  const k = +o.id
  const p = who(c, 'br')
  const item = row(S2P_ITEMS, k)
  const method = row(S2P_METHODS, k >> 1)
  const status = method === 'Boleto Bancário' ? row(['Autorizado', 'Pendente', 'Cancelado'], k >> 3) : method === 'Pix' ? row(['Autorizado', 'Autorizado', 'Pendente', 'Liberado', 'Estornado'], k >> 2) : row(['Autorizado', 'Liberado', 'Recusado', 'Autorizado', 'Em disputa'], k >> 2)
  const amount = item[1]
  const fee = method === 'Pix' ? r2(amount * 0.0099) : method === 'Boleto Bancário' ? 2.49 : method === 'Cartão de Débito' ? r2(amount * 0.0199) : r2(amount * 0.0399 + 0.39)
  const paid = status === 'Autorizado' || status === 'Liberado' || status === 'Estornado' || status === 'Em disputa'
  const parc = method === 'Cartão de Crédito' ? (amount > 200 ? row([1, 2, 3], k) : 1) : ''
  return { p, item, method, status, amount, fee, paid, parc, poa: k % 4 !== 0, pl: k % 4 !== 0 ? null : brPlace(p) }
}
const POA = [['Porto Alegre', 'RS', '90570-020'], ['Porto Alegre', 'RS', '91330-000'], ['Canoas', 'RS', '92010-000'], ['Porto Alegre', 'RS', '90050-320'], ['Viamão', 'RS', '94410-000'], ['Porto Alegre', 'RS', '90880-480']]

// ---------------------------------------------------------------- 4 Reportana (Brazil): a Florianópolis swimwear brand's customers
const REP_TAGS = ['', 'comprou-biquini', 'carrinho-abandonado', 'vip', 'cupom-VERAO10', 'recompra-60d', '']
const repRow = (c) => {
  const k = +c.id
  const p = who(c, 'br'), pl = brPlace(p)
  const orders = k % 4 === 0 ? 0 : 1 + (k % 7)
  const spent = r2(orders * (189.9 + (k % 5) * 37.3))
  return { p, pl, orders, spent, tag: row(REP_TAGS, k >> 1) }
}

// ---------------------------------------------------------------- 5 eGestor (Brazil): a Joinville cleaning-products distributor's contacts
// [razão social, nome fantasia, site slug, cidade, UF, CEP, DDD, logradouro, bairro]
const EG_FIRMS = [['Hotel Bristol Joinville Ltda', 'Bristol Hotel', 'bristolhotel', 'Joinville', 'SC', '89201-100', '47', 'Rua Nove de Março', 'Centro'],
  ['Clínica Odontológica Sorriso Norte Ltda', 'Sorriso Norte', 'sorrisonorte', 'Joinville', 'SC', '89227-000', '47', 'Rua Tenente Antônio João', 'Bom Retiro'],
  ['Restaurante e Pizzaria Don Vito Eireli', 'Don Vito', 'donvito', 'Jaraguá do Sul', 'SC', '89251-000', '47', 'Avenida Marechal Deodoro da Fonseca', 'Centro'],
  ['Condomínio Residencial Parque das Flores', 'Parque das Flores', '', 'Joinville', 'SC', '89211-300', '47', 'Rua Ministro Calógeras', 'Anita Garibaldi'],
  ['Academia Corpo em Forma Ltda ME', 'Corpo em Forma', 'corpoemforma', 'Blumenau', 'SC', '89010-001', '47', 'Rua XV de Novembro', 'Centro'],
  ['Escola Infantil Pequeno Príncipe Ltda', 'Pequeno Príncipe', 'escolapequenoprincipe', 'Joinville', 'SC', '89204-250', '47', 'Rua Blumenau', 'América'],
  ['Supermercado Bom Preço Itajaí Ltda', 'Bom Preço', 'superbompreco', 'Itajaí', 'SC', '88301-000', '47', 'Rua Hercílio Luz', 'Centro'],
  ['Lavanderia Industrial Vale Limpo Ltda', 'Vale Limpo', 'valelimpo', 'São Bento do Sul', 'SC', '89280-000', '47', 'Rua Jorge Lacerda', 'Centro'],
  ['Metalúrgica Tupy Peças e Serviços Ltda', 'Tupy Peças', 'tupypecas', 'Joinville', 'SC', '89219-500', '47', 'Rua Dona Francisca', 'Santo Antônio'],
  ['Padaria e Confeitaria Alemã Ltda', 'Confeitaria Alemã', '', 'Pomerode', 'SC', '89107-000', '47', 'Rua Quinze de Novembro', 'Centro']]
const egRow = (c) => {
  const k = +c.id
  const f = row(EG_FIRMS, k)
  const pf = k % 9 === 0
  return { f, pf, p: who(c, 'br'), tipo: row(['Cliente', 'Cliente', 'Cliente', 'Cliente/Fornecedor', 'Cliente', 'Fornecedor'], k >> 1) }
}

// ---------------------------------------------------------------- 6 cnpj.biz (Brazil): restaurants and bakeries in Paraná for a food-service distributor
// [razão social, fantasia, CNAE, descrição, natureza, porte, cidade, CEP prefix, logradouro, bairro]
const CB_FIRMS = [['RESTAURANTE SABOR DA TERRA LTDA', 'SABOR DA TERRA', '5611-2/01', 'Restaurantes e similares', '206-2 - Sociedade Empresária Limitada', 'ME', 'CURITIBA', '80420', 'AV SETE DE SETEMBRO', 'BATEL'],
  ['PANIFICADORA E CONFEITARIA TRIGO BOM LTDA', 'TRIGO BOM', '1091-1/02', 'Fabricação de produtos de padaria e confeitaria com predominância de produção própria', '206-2 - Sociedade Empresária Limitada', 'EPP', 'LONDRINA', '86010', 'RUA PARA', 'CENTRO'],
  ['J. M. DOS SANTOS LANCHONETE', 'LANCHES DO ZE', '5611-2/03', 'Lanchonetes, casas de chá, de sucos e similares', '213-5 - Empresário (Individual)', 'ME', 'MARINGA', '87013', 'AV BRASIL', 'ZONA 01'],
  ['CHURRASCARIA GAUCHA DO PARANA LTDA', 'GAUCHA GRILL', '5611-2/01', 'Restaurantes e similares', '206-2 - Sociedade Empresária Limitada', 'DEMAIS', 'CASCAVEL', '85801', 'RUA PARANA', 'CENTRO'],
  ['PIZZARIA BELLA NAPOLI EIRELI', 'BELLA NAPOLI', '5611-2/01', 'Restaurantes e similares', '230-5 - Empresa Individual de Responsabilidade Limitada', 'ME', 'PONTA GROSSA', '84010', 'RUA BALDUINO TAQUES', 'CENTRO'],
  ['CAFE COLONIAL SANTA FELICIDADE LTDA', 'CAFE COLONIAL SF', '5611-2/01', 'Restaurantes e similares', '206-2 - Sociedade Empresária Limitada', 'EPP', 'CURITIBA', '82015', 'AV MANOEL RIBAS', 'SANTA FELICIDADE'],
  ['A. R. FERREIRA COZINHA INDUSTRIAL LTDA', 'COZINHA ALIMENTAR', '5620-1/01', 'Fornecimento de alimentos preparados preponderantemente para empresas', '206-2 - Sociedade Empresária Limitada', 'EPP', 'SAO JOSE DOS PINHAIS', '83005', 'RUA JOAQUIM NABUCO', 'CENTRO'],
  ['HAMBURGUERIA DO PORTO LTDA', 'PORTO BURGER', '5611-2/03', 'Lanchonetes, casas de chá, de sucos e similares', '206-2 - Sociedade Empresária Limitada', 'ME', 'FOZ DO IGUACU', '85851', 'AV JUSCELINO KUBITSCHEK', 'CENTRO'],
  ['SUSHI YAMA RESTAURANTE LTDA', 'SUSHI YAMA', '5611-2/01', 'Restaurantes e similares', '206-2 - Sociedade Empresária Limitada', 'ME', 'CURITIBA', '80240', 'RUA PADRE ANCHIETA', 'BIGORRILHO']]
const CB_DDD = { CURITIBA: '41', LONDRINA: '43', MARINGA: '44', CASCAVEL: '45', 'PONTA GROSSA': '42', 'SAO JOSE DOS PINHAIS': '41', 'FOZ DO IGUACU': '45' }
const cbRow = (c, i) => {
  const k = 7 + (i % CB_FIRMS.length) * 4133
  const f = row(CB_FIRMS, i)
  const p = who(c, 'br')
  const upper = (s) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return { f, p, k, ddd: CB_DDD[f[6]], socio: upper(`${p.first} ${p.last}`), cnpj: cnpj(k * 11 + 7), cep: `${f[7]}-${pad((k * 37) % 1000, 3)}` }
}

// ---------------------------------------------------------------- 7 Gestionix (Mexico): a Monterrey industrial-supplies distributor's CFDI invoices
// [razón social, RFC, régimen, uso CFDI, CP, e-mail]
const GX_CLIENTS = [['ACEROS Y PERFILES DEL NORTE', 'APN1503128K4', '601 - General de Ley Personas Morales', 'G03 - Gastos en general', '66470', 'compras@acerosdelnorte.com.mx'],
  ['CONSTRUCTORA LOMA LARGA', 'CLL090617TQ2', '601 - General de Ley Personas Morales', 'I08 - Otra maquinaria y equipo', '66220', 'facturacion@lomalarga.mx'],
  ['TRANSPORTES REGIOMONTANOS DEL BAJIO', 'TRB120924HS9', '601 - General de Ley Personas Morales', 'G03 - Gastos en general', '64000', 'cxp@transregio.com.mx'],
  ['PLASTICOS INDUSTRIALES APODACA', 'PIA1811069E1', '601 - General de Ley Personas Morales', 'G01 - Adquisición de mercancías', '66600', 'proveedores@plasticosapodaca.com'],
  ['ALIMENTOS DEL VALLE DE SAN PEDRO', 'AVS0405217M3', '601 - General de Ley Personas Morales', 'G03 - Gastos en general', '66260', 'compras@alimentosvalle.mx'],
  ['', '', '612 - Personas Físicas con Actividades Empresariales y Profesionales', 'G03 - Gastos en general', '64700', ''],
  ['MANTENIMIENTO ELECTROMECANICO GARZA', 'MEG160308LM7', '601 - General de Ley Personas Morales', 'G01 - Adquisición de mercancías', '67140', 'admin@megarza.com.mx']]
const GX_PAY = ['03 - Transferencia electrónica de fondos', '99 - Por definir', '03 - Transferencia electrónica de fondos', '04 - Tarjeta de crédito', '01 - Efectivo', '02 - Cheque nominativo', '28 - Tarjeta de débito']
const GX_SELLERS = ['Jorge Cantú', 'Mariela Treviño', 'Rogelio Garza', 'Mostrador']
const gxRow = (c, o) => {
  const k = +o.id
  const cl = row(GX_CLIENTS, k)
  const p = who(c, 'mx')
  const pf = cl[0] === ''
  const usd = k % 11 === 0
  const sub = r2(1850 + (k * 733) % 68000)
  const desc = k % 5 === 0 ? r2(sub * 0.05) : 0
  const iva = r2((sub - desc) * 0.16)
  const total = r2(sub - desc + iva)
  const pay = pf ? '04 - Tarjeta de crédito' : row(GX_PAY, k >> 1)
  const ppd = pay.startsWith('99')
  const cancelled = k % 17 === 0
  return { cl, p, pf, usd, sub, desc, iva, total, pay, ppd, cancelled, folio: 12850 + (k % 4000), uuid: `${hex(k * 5, 8)}-${hex(k * 5 + 1, 4)}-${hex(k * 5 + 2, 4)}-${hex(k * 5 + 3, 4)}-${hex(k * 5 + 4, 12)}`.toUpperCase() }
}
const mxn = (n) => thou(n, ',', '.')

// ---------------------------------------------------------------- 8 Tilopay (Costa Rica): a Heredia coffee roaster's online shop
// [ciudad, provincia, código postal, dirección]
const CR_PLACES = [['San Pedro', 'San José', '11501', 'De la Iglesia de San Pedro 200 m norte y 50 m este, casa 14'], ['Escazú', 'San José', '10201', 'Condominio Vista Real, casa 8, San Rafael'],
  ['Heredia', 'Heredia', '40101', 'Del Palacio de los Deportes 300 m sur, portón negro'], ['Alajuela', 'Alajuela', '20101', 'Barrio El Carmen, 100 m oeste del Liceo, casa esquinera'],
  ['Cartago', 'Cartago', '30101', 'Frente a las Ruinas de Santiago Apóstol, edificio Torres, apto 3'], ['Liberia', 'Guanacaste', '50101', 'Barrio Los Cerros, de la Escuela 150 m este'],
  ['Santa Ana', 'San José', '10901', 'Residencial Lindora Park, casa 22'], ['Tamarindo', 'Guanacaste', '50309', 'Hotel Pasatiempo 200 m norte, Cabinas Mar Azul'],
  ['Curridabat', 'San José', '11801', 'Del Indoor Club 400 m este, condominio Altamira, casa 5']]
const CR_COFFEE = [['Café Tarrazú tostado medio 340 g', 7900, 14], ['Café Naranjo honey 340 g', 8900, 16], ['Suscripción mensual 2 bolsas', 15500, 28], ['Café Tres Ríos molido 1 kg', 19900, 36], ['Chorreador de madera + café 340 g', 17500, 32], ['Café Brunca natural 250 g', 6500, 12]]
const TP_METHODS = ['Tarjeta', 'Tarjeta', 'SINPE Móvil', 'Tarjeta', 'SINPE Móvil', 'Tarjeta']
const tpRow = (c, o) => {
  const k = +o.id
  const p = who(c, 'cr')
  const pl = row(CR_PLACES, p.n)
  const item = row(CR_COFFEE, k)
  const usd = pl[0] === 'Tamarindo' || k % 9 === 0
  const amount = usd ? item[2] + (k % 3 === 0 ? 6 : 0) : item[1] * (1 + (k % 2)) + (k % 3 === 0 ? 2500 : 0)
  const method = row(TP_METHODS, k >> 1)
  const status = row(['Aprobada', 'Aprobada', 'Rechazada', 'Aprobada', 'Aprobada', 'Devuelta', 'Aprobada'], k >> 2)
  const brand = method === 'SINPE Móvil' ? '' : row(['VISA', 'MASTERCARD', 'VISA', 'AMEX'], k)
  const bin = brand === 'VISA' ? '455640' : brand === 'MASTERCARD' ? '524011' : '377800'
  const fee = status === 'Rechazada' ? 0 : r2(amount * (method === 'SINPE Móvil' ? 0.015 : 0.039))
  return { p, pl, item, usd, amount, method, status, brand, bin, fee, cur: usd ? 'USD' : 'CRC', tel: `${row(['8', '7', '6', '8'], p.n)}${pad(p.n % 1000, 3)}${pad((p.n * 7) % 10000, 4)}` }
}
const crc = (n, usd) => (usd ? dec(n, '.') : thou(n, ',', '.'))

// ---------------------------------------------------------------- 9 Chazki (Peru): a Lima sneaker e-shop's last-mile shipments
// [distrito, provincia, departamento, dirección, lat, lng]
const PE_PLACES = [['Miraflores', 'Lima', 'Lima', 'Av. José Larco 1150 Dpto. 402', -12.1267, -77.0297], ['San Isidro', 'Lima', 'Lima', 'Calle Las Begonias 475 Of. 801', -12.0931, -77.0225],
  ['Santiago de Surco', 'Lima', 'Lima', 'Av. Primavera 1780 Mz. B Lt. 12', -12.1104, -76.9852], ['La Molina', 'Lima', 'Lima', 'Calle Los Fresnos 245 Urb. Camacho', -12.0862, -76.9713],
  ['Jesús María', 'Lima', 'Lima', 'Jr. Huiracocha 1320 Dpto. 301', -12.0775, -77.0484], ['San Miguel', 'Lima', 'Lima', 'Av. La Marina 2355 Torre 2 Dpto. 1204', -12.0769, -77.0864],
  ['Los Olivos', 'Lima', 'Lima', 'Av. Carlos Izaguirre 915 Urb. Panamericana Norte', -11.9907, -77.0701], ['Barranco', 'Lima', 'Lima', 'Jr. Domeyer 160', -12.1449, -77.0214],
  ['Bellavista', 'Callao', 'Callao', 'Av. Óscar R. Benavides 3866', -12.0571, -77.1008], ['San Borja', 'Lima', 'Lima', 'Av. San Luis 2460 Dpto. 203', -12.0967, -76.9969]]
const PE_REF = ['Frente al parque Kennedy', 'Dejar en recepción', 'Altura cuadra 17 de Av. Primavera, portón verde', '', 'Edificio azul, tocar intercomunicador', 'Torre 2, dejar con conserjería', 'Al costado de la bodega Don Lucho', '', 'Cerca al Hospital Carrión', '']
const PE_ITEMS = [['Zapatillas urbanas blancas talla 40', 289.9], ['Zapatillas running negras talla 42', 359.9], ['Botines de cuero talla 38', 249.9], ['Zapatillas skate lona talla 41', 199.9], ['Sandalias deportivas talla 39', 129.9]]
const czRow = (c, o) => {
  const k = +o.id
  const p = who(c, 'pe')
  const pl = row(PE_PLACES, p.n)
  const item = row(PE_ITEMS, k)
  const service = pl[1] === 'Callao' ? 'Next Day' : row(['Same Day', 'Next Day', 'Same Day', 'Programado'], k >> 1)
  const status = row(['Entregado', 'Entregado', 'En ruta', 'No entregado', 'Entregado', 'Devuelto', 'Entregado', 'Recogido'], k >> 2)
  const motive = status === 'No entregado' ? row(['Cliente ausente', 'Dirección incorrecta', 'Cliente no contesta'], k) : status === 'Devuelto' ? 'Rechazado por el cliente' : ''
  const cod = k % 3 === 0 ? item[1] : 0
  const cost = service === 'Same Day' ? 14.9 : service === 'Programado' ? 9.9 : 11.9
  return { p, pl, item, service, status, motive, cod, cost, tries: status === 'Entregado' ? 1 : status === 'Devuelto' ? 2 : status === 'No entregado' ? 1 + (k % 2) : 0 }
}

// ---------------------------------------------------------------- 10 Maxirest (Argentina): a Buenos Aires pizzería's delivery customers
// [calle, barrio, CP, entre calles]
const AR_PLACES = [['Av. Cabildo 2345', 'Belgrano', '1428', 'Mendoza y Olazábal'], ['Juramento 1870', 'Belgrano', '1428', 'Arcos y O\'Higgins'], ['Av. del Libertador 7040', 'Núñez', '1429', 'Correa y Manuela Pedraza'],
  ['Moldes 2950', 'Núñez', '1429', 'Ibera y Núñez'], ['Federico Lacroze 3180', 'Colegiales', '1426', 'Conde y Zapiola'], ['Zapiola 1545', 'Colegiales', '1426', 'Av. Federico Lacroze y Virrey Loreto'],
  ['Ciudad de la Paz 2670', 'Belgrano R', '1428', 'Congreso y Quesada'], ['Av. Monroe 3720', 'Villa Urquiza', '1430', 'Tamborini y Holmberg'], ['Crámer 2311', 'Belgrano', '1428', 'Olazábal y Blanco Encalada']]
const mxrRow = (c) => {
  const k = +c.id
  const p = who(c, 'ar')
  const pl = row(AR_PLACES, p.n)
  const orders = 1 + (k % 46)
  const depto = k % 3 === 0 ? '' : row(['A', 'B', 'C', 'D', '1', '3'], k >> 1)
  return { p, pl, orders, depto, piso: depto ? String(1 + (k % 12)) : k % 6 === 0 ? 'PB' : '', total: orders * (9850 + (k % 7) * 1325), dni: 20000000 + (p.n * 37) % 25000000 }
}
const ars = (n) => `$ ${thou(n)}`

// ---------------------------------------------------------------- 11 eleventa (Mexico): a Puebla hardware store's customers on credit
// [calle, colonia, municipio, CP]
const PUE_PLACES = [['Av. Reforma', 'Centro', 'Puebla', '72000'], ['Calle 11 Sur', 'La Paz', 'Puebla', '72160'], ['Blvd. Valsequillo', 'San Baltazar Campeche', 'Puebla', '72550'],
  ['Av. Las Torres', 'Jardines de San Manuel', 'Puebla', '72570'], ['Calle 14 Oriente', 'Barrio de San Francisco', 'Puebla', '72000'], ['Camino Real a Cholula', 'Zavaleta', 'Puebla', '72150'],
  ['Calle Hidalgo', 'Centro', 'San Pedro Cholula', '72760'], ['Av. 5 de Mayo', 'San Francisco Ocotlán', 'Coronango', '72680'], ['Calle 2 Norte', 'Centro', 'San Andrés Cholula', '72810']]
const elRow = (c) => {
  const k = +c.id
  const p = who(c, 'mx')
  const pl = row(PUE_PLACES, p.n)
  const credit = k % 3 !== 0
  const limit = credit ? row([2000, 5000, 10000, 0, 3000, 15000], k >> 1) : 0
  const bal = credit ? r2((k * 37) % Math.max(limit || 8000, 1) + (k % 2 ? 0.5 : 0)) : 0
  const fact = k % 2 === 0
  return { p, pl, credit, limit, bal, fact, ext: String(100 + (k % 3400)), int: k % 5 === 0 ? `Local ${1 + (k % 9)}` : '', tel: `222 ${pad(100 + (p.n % 900), 3)} ${pad((p.n * 3) % 10000, 4)}` }
}

// ---------------------------------------------------------------- 12 Softland ERP (Chile): a Santiago packaging distributor's customer master
// [razón social, fantasía, giro, calle, número, comuna, ciudad, región, dominio]
const CL_FIRMS = [['Comercial Andes Sur SpA', 'Andes Sur', 'Venta al por mayor de productos alimenticios', 'Av. Vicuña Mackenna', '4860', 'San Joaquín', 'Santiago', 'Región Metropolitana de Santiago', 'andessur.cl'],
  ['Agrícola Los Maitenes Ltda.', 'Los Maitenes', 'Cultivo de frutas de pepita y de carozo', 'Camino a Pirque', '2345', 'Pirque', 'Santiago', 'Región Metropolitana de Santiago', 'losmaitenes.cl'],
  ['Panificadora La Espiga S.A.', 'La Espiga', 'Elaboración de productos de panadería', 'Av. Pajaritos', '3195', 'Maipú', 'Santiago', 'Región Metropolitana de Santiago', 'laespiga.cl'],
  ['Viña Santa Carolina del Maule Ltda.', 'Viña Maule', 'Elaboración de vinos', 'Ruta 5 Sur Km 254', 's/n', 'San Javier', 'Linares', 'Región del Maule', 'vinamaule.cl'],
  ['Distribuidora Pacífico Norte Ltda.', 'Pacífico Norte', 'Venta al por mayor no especializada', 'Av. Argentina', '1722', 'Antofagasta', 'Antofagasta', 'Región de Antofagasta', 'pacificonorte.cl'],
  ['Cecinas del Sur SpA', 'Cecinas del Sur', 'Elaboración de productos cárnicos', 'Av. Alemania', '0671', 'Temuco', 'Temuco', 'Región de La Araucanía', 'cecinasdelsur.cl'],
  ['Importadora Valparaíso Pack Ltda.', 'ValpoPack', 'Venta al por mayor de envases', 'Av. Brasil', '2140', 'Valparaíso', 'Valparaíso', 'Región de Valparaíso', 'valpopack.cl'],
  ['Lácteos Puerto Varas S.A.', 'Lácteos PV', 'Elaboración de productos lácteos', 'Ruta 225 Km 3', 's/n', 'Puerto Varas', 'Llanquihue', 'Región de Los Lagos', 'lacteospv.cl']]
const CL_AREA = { Santiago: '2', Linares: '73', Antofagasta: '55', Temuco: '45', Valparaíso: '32', Llanquihue: '65' }
const CL_JOBS = [['Jefe de Compras', 'Jefa de Compras'], ['Encargado de Adquisiciones', 'Encargada de Adquisiciones'], ['Gerente de Operaciones', 'Gerente de Operaciones'], ['Administrador', 'Administradora'], ['Jefe de Abastecimiento', 'Jefa de Abastecimiento'], ['Gerente General', 'Gerente General']]
const slRow = (c, i) => {
  const k = 11 + (i % CL_FIRMS.length) * 613
  const f = row(CL_FIRMS, i)
  const p = who(c, 'cl')
  const rutN = 76000000 + (k * 7919) % 3000000
  return { f, p, k, rutN, area: CL_AREA[f[6]], cod: String(rutN) }
}
const clFono = (area, n) => (area === '2' ? `+56 2 2${pad(200 + (n % 800), 3)} ${pad((n * 7) % 10000, 4)}` : `+56 ${area} 2${pad(10 + (n % 90), 2)} ${pad((n * 3) % 10000, 4)}`)

export const SETS = [
  // ---------------------------------------------------------------- Brazil: freight platform
  { name: 'intelipost-pedidos-relatorio-pt', product: 'Intelipost (Brazilian freight management platform: Pedidos > Relatório de pedidos > Exportar CSV, Brazilian Portuguese UI, a Belo Horizonte home-appliance e-shop shipping by Correios, Jadlog, Total Express, Loggi, Braspress and Azul Cargo; times in Brasília time)', family: 'delivery', language: 'pt', schema: E, cols: [
    ['Número do Pedido', (c, o) => `BH${pad(204100 + (+o.id % 90000), 7)}`, [OR('purchaseID')]],
    ['Pedido de Venda', (c, o) => (+o.id % 3 === 0 ? `${1380000000 + (+o.id * 37) % 9999999}-01` : ''), [OR('purchaseID')], opt],
    ['Data de Criação', (c, o) => { const p = bra(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Data de Despacho', (c, o) => (ipRow(c, o).status === 'Pronto para envio' || ipRow(c, o).status === 'Cancelado' ? '' : dmy(bra(ipRow(c, o).ship))), ['commerce.shipping.shipDate'], opt],
    ['Transportadora', (c, o) => ipRow(c, o).car[0], ['commerce.shipping.shippingMethod']],
    ['Método de Envio', (c, o) => `${ipRow(c, o).car[0]} ${ipRow(c, o).car[1]}`, ['commerce.shipping.shippingMethod'], opt],
    ['Código de Rastreio', (c, o) => (ipRow(c, o).status === 'Cancelado' ? '' : ipRow(c, o).track), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o) => ipRow(c, o).status, [], opt],
    ['Previsão de Entrega', (c, o) => dmy(bra(ipRow(c, o).eta)), [], opt],
    ['Data de Entrega', (c, o) => (ipRow(c, o).status === 'Entregue' ? `${dmy(bra(ipRow(c, o).eta - day))} ${pad(9 + (+o.id % 10))}:${pad((+o.id * 13) % 60)}` : ''), [], opt],
    ['Destinatário', (c) => who(c, 'br').full, []],
    ['CPF/CNPJ', (c) => cpf(+c.id * 3 + 1), []],
    ['E-mail', (c) => who(c, 'br').email, EMAIL_ID, opt],
    ['Telefone', (c) => brCel(brPlace(who(c, 'br'))[5], who(c, 'br').n), PHONE_ID, opt],
    ['CEP', (c) => brPlace(who(c, 'br'))[4], [SHIP('postalCode')]],
    ['Logradouro', (c) => brPlace(who(c, 'br'))[0], [SHIP('street1')]],
    ['Número', (c) => brNum(who(c, 'br').n), [SHIP('street1'), SHIP('street2')], opt],
    ['Complemento', (c) => brCompl(who(c, 'br').n), [SHIP('street2')], opt],
    ['Bairro', (c) => brPlace(who(c, 'br'))[1], [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c) => brPlace(who(c, 'br'))[2], [SHIP('city')]],
    ['UF', (c) => brPlace(who(c, 'br'))[3], STATE(['commerce.shipping.address'])],
    ['Nota Fiscal', (c, o) => String(ipRow(c, o).nf), [], opt],
    ['Chave NF-e', (c, o) => nfeKey('31', o.at, IP_EMIT, 1, ipRow(c, o).nf, +o.id * 7919), []],
    ['Valor NF', (c, o) => dec(ipRow(c, o).nfValue), [OR('priceTotal')], opt],
    ['Frete Cobrado', (c, o) => dec(ipRow(c, o).charged), ['commerce.shipping.shippingAmount']],
    ['Custo do Frete', (c, o) => dec(ipRow(c, o).cost), [], opt],
    ['Peso (kg)', (c, o) => dec(ipRow(c, o).item[2] * ipRow(c, o).qty, ','), []],
    ['Volumes', (c, o) => String(ipRow(c, o).qty), []],
  ] },
  // ---------------------------------------------------------------- Brazil: NF-e API
  { name: 'plugnotas-nfe-exportar-pt', product: 'PlugNotas (TecnoSpeed\'s Brazilian NF-e/NFS-e API: painel > NF-e > Consultar > Exportar CSV, columns after the API\'s note summary (id, idIntegracao, emissao, status, numero, serie, chave, protocolo, dataAutorizacao, mensagem, cStat, destinatario, valor), a Maringá sports-supplement e-shop issuing one NF-e per order)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => hex(+o.id * 17 + 3, 24), ['_id'], opt],
    ['ID Integração', (c, o) => `PED-${55000 + (+o.id % 9000)}`, [OR('purchaseID')], opt],
    ['Número', (c, o) => String(pnRow(c, o).numero), [OR('purchaseID')]],
    ['Série', () => '1', []],
    ['Emissão', (c, o) => { const p = bra(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Status', (c, o) => pnRow(c, o).st[0], [], opt],
    ['cStat', (c, o) => String(pnRow(c, o).st[1]), []],
    ['Mensagem', (c, o) => pnRow(c, o).st[2], []],
    ['Chave', (c, o) => (pnRow(c, o).ok ? nfeKey('41', o.at, PN_EMIT, 1, pnRow(c, o).numero, +o.id * 104729) : ''), [], opt],
    ['Protocolo', (c, o) => (pnRow(c, o).ok ? `141${String(bra(o.at).y).slice(2)}${pad(+o.id * 7919 % 1e10, 10)}` : ''), []],
    ['Data Autorização', (c, o) => (pnRow(c, o).ok ? (() => { const p = bra(o.at + 4000 + (+o.id % 50) * 1000); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['CNPJ Emitente', () => PN_EMIT, []],
    ['Emitente', () => 'INGA SUPLEMENTOS NUTRICIONAIS LTDA', []],
    ['CPF/CNPJ Destinatário', (c, o) => (pnRow(c, o).pj ? cnpj(+c.id) : cpf(+c.id * 5 + 2)), []],
    ['Destinatário', (c, o) => (pnRow(c, o).pj ? `${who(c, 'br').last1.toUpperCase()} ACADEMIA LTDA` : who(c, 'br').full.toUpperCase()), []],
    ['E-mail Destinatário', (c) => who(c, 'br').email, EMAIL_ID, opt],
    ['Município Destinatário', (c) => brPlace(who(c, 'br'))[2], BS('city')],
    ['UF Destinatário', (c) => brPlace(who(c, 'br'))[3], STATE(['commerce.billing.address', 'commerce.shipping.address'])],
    ['Natureza da Operação', (c, o) => (pnRow(c, o).pl[3] === 'PR' ? 'Venda de mercadoria' : 'Venda de mercadoria p/ fora do estado'), []],
    ['Valor Produtos', (c, o) => pnRow(c, o).prod.toFixed(2), [], opt],
    ['Valor Frete', (c, o) => pnRow(c, o).frete.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Valor Desconto', (c, o) => pnRow(c, o).desc.toFixed(2), [OR('discountAmount')]],
    ['Valor ICMS', (c, o) => pnRow(c, o).icms.toFixed(2), [OR('taxAmount')], opt],
    ['Valor Total', (c, o) => pnRow(c, o).total.toFixed(2), [OR('priceTotal')]],
    ['Destinada', () => 'false', []],
    ['PDF', (c, o) => (pnRow(c, o).ok ? `https://api.plugnotas.com.br/nfe/${hex(+o.id * 17 + 3, 24)}/pdf` : ''), []],
  ] },
  // ---------------------------------------------------------------- Brazil: payment gateway with PIX
  { name: 'safe2pay-transacoes-exportar-pt', product: 'Safe2Pay (Brazilian payment gateway: painel > Transações > Exportar, Brazilian Portuguese UI, a Porto Alegre veterinary clinic and pet shop charging by Pix, boleto and card through checkout, payment links and its site; Brasília time)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Id Transação', (c, o) => String(18400000 + (+o.id * 911) % 900000), [OR('payments[0].transactionID'), '_id']],
    ['Referência', (c, o) => `VET-${pad(+o.id % 100000, 6)}`, [OR('purchaseID')]],
    ['Data', (c, o) => { const p = bra(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Data Pagamento', (c, o) => (s2pRow(c, o).paid ? (() => { const p = bra(o.at + (s2pRow(c, o).method === 'Boleto Bancário' ? 30 * 3600000 : 40000)); return `${dmy(p)} ${hms(p)}` })() : ''), [], opt],
    ['Status', (c, o) => s2pRow(c, o).status, [], opt],
    ['Forma de Pagamento', (c, o) => s2pRow(c, o).method, [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o) => (s2pRow(c, o).method.startsWith('Cartão') ? row(['Visa', 'Mastercard', 'Elo', 'Hipercard', 'Mastercard'], +o.id) : ''), []],
    ['Parcelas', (c, o) => String(s2pRow(c, o).parc), []],
    ['Valor', (c, o) => thou(s2pRow(c, o).amount), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa', (c, o) => (s2pRow(c, o).paid ? thou(s2pRow(c, o).fee) : '0,00'), []],
    ['Valor Líquido', (c, o) => (s2pRow(c, o).paid ? thou(s2pRow(c, o).amount - s2pRow(c, o).fee) : '0,00'), []],
    ['Valor Estornado', (c, o) => (s2pRow(c, o).status === 'Estornado' ? thou(s2pRow(c, o).amount) : '0,00'), [OR('refundTotal')], opt],
    ['Descrição', (c, o) => s2pRow(c, o).item[0], [PL('name')], opt],
    ['Cliente', (c) => who(c, 'br').full, []],
    ['CPF/CNPJ', (c) => cpfFmt(cpf(+c.id * 7 + 3)), []],
    ['E-mail', (c) => who(c, 'br').email, EMAIL_ID, opt],
    ['Telefone', (c) => brCelDigits('51', who(c, 'br').n).slice(2), PHONE_ID, opt],
    ['CEP', (c, o) => (s2pRow(c, o).poa ? row(POA, who(c, 'br').n)[2] : brPlace(who(c, 'br'))[4]), [BILL('postalCode')], opt],
    ['Cidade', (c, o) => (s2pRow(c, o).poa ? row(POA, who(c, 'br').n)[0] : brPlace(who(c, 'br'))[2]), [BILL('city')], opt],
    ['UF', (c, o) => (s2pRow(c, o).poa ? 'RS' : brPlace(who(c, 'br'))[3]), STATE(['commerce.billing.address']), opt],
    ['EndToEndId', (c, o) => (s2pRow(c, o).method === 'Pix' && s2pRow(c, o).paid ? (() => { const p = v.parts(o.at); return `E18236120${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}s${hex(+o.id * 29, 10)}` })() : ''), [OR('payments[0].transactionID')], opt],
    ['Nosso Número', (c, o) => (s2pRow(c, o).method === 'Boleto Bancário' ? pad(+o.id * 7919 % 1e10, 11) : ''), []],
    ['Vencimento', (c, o) => (s2pRow(c, o).method === 'Boleto Bancário' ? dmy(bra(o.at + 3 * day)) : ''), []],
    ['Aplicação', (c, o) => row(['Checkout', 'Link de Pagamento', 'Loja Virtual', 'Checkout'], +o.id >> 3), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: e-commerce WhatsApp/e-mail automation
  { name: 'reportana-clientes-exportar-pt', product: 'Reportana (Brazilian e-commerce automation for WhatsApp, e-mail and SMS: Clientes > Exportar CSV, Brazilian Portuguese UI, a Florianópolis swimwear brand\'s Shopify store with abandoned-cart and repurchase flows)', family: 'marketing-automation', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(4100000 + (+c.id * 13) % 900000), ['_id', 'personID']],
    ['Nome', (c) => who(c, 'br').full, ['person.name.fullName']],
    ['E-mail', (c) => who(c, 'br').email, ['personalEmail.address']],
    ['Telefone', (c) => brCelDigits(brPlace(who(c, 'br'))[5], who(c, 'br').n), ['mobilePhone.number']],
    ['CPF', (c) => (+c.id % 3 ? cpf(+c.id * 11 + 5) : ''), ['person.taxId']],
    ['Data de Nascimento', (c) => (+c.id % 4 ? dmy(v.parts(adult(c))) : ''), ['person.birthDate']],
    ['Gênero', (c) => (+c.id % 5 === 0 ? '' : who(c, 'br').female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => brPlace(who(c, 'br'))[4].replace('-', ''), at(HOME, 'postalCode')],
    ['Endereço', (c) => brPlace(who(c, 'br'))[0], at(HOME, 'street1')],
    ['Número', (c) => brNum(who(c, 'br').n), [...at(HOME, 'street1'), ...at(HOME, 'street2')], opt],
    ['Complemento', (c) => brCompl(who(c, 'br').n), at(HOME, 'street2'), opt],
    ['Bairro', (c) => brPlace(who(c, 'br'))[1], [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', (c) => brPlace(who(c, 'br'))[2], at(HOME, 'city')],
    ['Estado', (c) => brPlace(who(c, 'br'))[3], STATE(HOME)],
    ['Pedidos', (c) => String(repRow(c).orders), []],
    ['Total Gasto', (c) => `R$ ${thou(repRow(c).spent)}`, ['loyalty.lifetimePurchases'], opt],
    ['Ticket Médio', (c) => (repRow(c).orders ? `R$ ${thou(repRow(c).spent / repRow(c).orders)}` : 'R$ 0,00'), []],
    ['Último Pedido', (c) => (repRow(c).orders ? dmy(bra(later(c))) : ''), [], opt],
    ['Carrinho Abandonado', (c) => (repRow(c).orders === 0 || +c.id % 6 === 1 ? 'Sim' : 'Não'), []],
    ['Tags', (c) => repRow(c).tag, []],
    ['Aceita Marketing', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Opt-out WhatsApp', (c) => (+c.id % 11 === 0 ? 'Sim' : 'Não'), [], opt],
    ['Origem', (c) => row(['Shopify', 'Shopify', 'Checkout Yampi', 'Formulário pop-up', 'Shopify'], +c.id >> 1), []],
    ['Criado em', (c) => { const p = bra(c.created); return `${dmy(p)} ${hm(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: ERP contact file
  { name: 'egestor-contatos-exportar-pt', product: 'eGestor (Brazilian online ERP for small firms: Cadastros > Contatos > Exportar planilha, Brazilian Portuguese UI, a Joinville cleaning-products distributor\'s clients (hotels, clinics, restaurants, condominiums, schools) with one contact person each)', family: 'invoicing', language: 'pt', schema: B, cols: [
    ['Código', (c) => String(1200 + (+c.id % 3800)), [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['Tipo', (c) => egRow(c).tipo, []],
    ['Pessoa', (c) => (egRow(c).pf ? 'Física' : 'Jurídica'), []],
    ['Nome/Razão Social', (c) => (egRow(c).pf ? who(c, 'br').full : egRow(c).f[0]), CO],
    ['Nome Fantasia', (c) => (egRow(c).pf ? '' : egRow(c).f[1]), CO, opt],
    ['CPF/CNPJ', (c) => (egRow(c).pf ? cpfFmt(cpf(+c.id * 13)) : cnpjFmt(cnpj(+c.id * 17))), []],
    ['Inscrição Estadual', (c) => (egRow(c).pf || egRow(c).f[0].startsWith('Condomínio') ? 'ISENTO' : `${pad((+c.id * 7919) % 1e9, 9)}`), []],
    ['Contato', (c) => (egRow(c).pf ? '' : `${who(c, 'br').first} ${who(c, 'br').last1}`), ['person.name.fullName']],
    ['E-mail', (c) => (egRow(c).f[2] && !egRow(c).pf ? `${row(['compras', slug(who(c, 'br').first), 'financeiro', 'adm'], +c.id)}@${egRow(c).f[2]}.com.br` : who(c, 'br').email), WE],
    ['Telefone', (c) => brFixo(egRow(c).f[6], +c.id), ['workPhone.number']],
    ['Celular', (c) => (+c.id % 4 ? brCel(egRow(c).f[6], who(c, 'br').n) : ''), ['mobilePhone.number']],
    ['CEP', (c) => egRow(c).f[5], [W('postalCode')]],
    ['Endereço', (c) => egRow(c).f[7], [W('street1')]],
    ['Número', (c) => brNum(+c.id), [W('street1'), W('street2')], opt],
    ['Complemento', (c) => row(['', 'Sala 2', '', 'Galpão 3', ''], +c.id), [W('street2')], opt],
    ['Bairro', (c) => egRow(c).f[8], [W('street2'), W('street3'), W('region')], opt],
    ['Cidade', (c) => egRow(c).f[3], [W('city')]],
    ['UF', (c) => egRow(c).f[4], [W('state'), W('stateProvince')]],
    ['Site', (c) => (egRow(c).f[2] && !egRow(c).pf ? `www.${egRow(c).f[2]}.com.br` : ''), ['b2b.companyWebsite']],
    ['Limite de Crédito', (c) => thou(row([0, 1500, 3000, 5000, 10000], +c.id)), []],
    ['Vendedor', (c) => row(['Rafael', 'Juliane', 'Rafael', 'Balcão'], +c.id >> 2), []],
    ['Tags', (c) => row(['', 'hotelaria', 'saúde', 'food service', '', 'condomínio'], +c.id), []],
    ['Observações', (c) => row(['', 'Entregar pela doca lateral', '', 'Boleto 28 dias', 'Solicitar OC antes de faturar', ''], +c.id >> 1), []],
    ['Data de Cadastro', (c) => dmy(bra(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Ativo', (c) => (+c.id % 13 === 0 ? 'Não' : 'Sim'), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: CNPJ company list
  { name: 'cnpj-biz-lista-empresas-pt', product: 'cnpj.biz (Brazilian CNPJ search site: Pesquisa avançada > Exportar lista em Excel, Receita Federal data in upper case with the managing partner, restaurants, bakeries and snack bars in Paraná for a Curitiba food-service distributor\'s prospecting)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c, o, r, i) => cnpjFmt(cbRow(c, i).cnpj), ['b2b.accountKey.sourceID'], opt],
    ['Razão Social', (c, o, r, i) => cbRow(c, i).f[0], CO],
    ['Nome Fantasia', (c, o, r, i) => cbRow(c, i).f[1], CO, opt],
    ['Situação Cadastral', (c, o, r, i) => (i % 9 === 3 ? 'INAPTA' : 'ATIVA'), []],
    ['Data de Abertura', (c, o, r, i) => dmy(v.parts(Date.UTC(1994, 0, 1) + (cbRow(c, i).k * 7919 % 9000) * day)), []],
    ['Natureza Jurídica', (c, o, r, i) => cbRow(c, i).f[4], []],
    ['Porte', (c, o, r, i) => cbRow(c, i).f[5], []],
    ['Capital Social', (c, o, r, i) => `R$ ${thou(row([10000, 50000, 80000, 150000, 30000, 1000, 20000, 250000, 40000], i % 9))}`, []],
    ['CNAE Principal', (c, o, r, i) => cbRow(c, i).f[2], []],
    ['Descrição CNAE', (c, o, r, i) => cbRow(c, i).f[3], []],
    ['Logradouro', (c, o, r, i) => cbRow(c, i).f[8], [W('street1')]],
    ['Número', (c, o, r, i) => (i % 9 === 7 ? 'S/N' : brNum(cbRow(c, i).k)), [W('street1'), W('street2')], opt],
    ['Complemento', (c, o, r, i) => row(['', 'LOJA 01', '', 'SALA 3', 'TERREO', '', '', 'LOJA 2', ''], i), [W('street2')], opt],
    ['Bairro', (c, o, r, i) => cbRow(c, i).f[9], [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c, o, r, i) => cbRow(c, i).f[6], [W('city')]],
    ['UF', () => 'PR', [W('state'), W('stateProvince')]],
    ['CEP', (c, o, r, i) => cbRow(c, i).cep, [W('postalCode')]],
    ['Telefone 1', (c, o, r, i) => `(${cbRow(c, i).ddd}) ${3000 + (cbRow(c, i).k % 900)}-${pad((cbRow(c, i).k * 7) % 10000, 4)}`, ['workPhone.number']],
    ['Telefone 2', (c, o, r, i) => (+c.id % 3 === 0 ? brCel(cbRow(c, i).ddd, who(c, 'br').n) : ''), ['workPhone.number', 'mobilePhone.number', 'otherPhone.number'], opt],
    ['E-mail', (c, o, r, i) => (i % 9 === 4 ? '' : `${row(['contato', 'financeiro', 'escritorio', 'adm'], i % 9)}@${slug(cbRow(c, i).f[1]).slice(0, 14)}.com.br`), WE],
    ['Sócio Administrador', (c, o, r, i) => cbRow(c, i).socio, ['person.name.fullName']],
    ['Qualificação', (c, o, r, i) => (cbRow(c, i).f[4].startsWith('213') ? '50-Empresário' : '49-Sócio-Administrador'), ['extendedWorkDetails.jobTitle'], opt],
    ['Opção pelo Simples', (c, o, r, i) => (cbRow(c, i).f[5] === 'DEMAIS' ? 'NÃO' : 'SIM'), []],
    ['MEI', (c, o, r, i) => (cbRow(c, i).f[4].startsWith('213') && i % 2 ? 'SIM' : 'NÃO'), []],
  ] },
  // ---------------------------------------------------------------- Mexico: CFDI invoicing
  { name: 'gestionix-facturas-cfdi-mx', product: 'Gestionix (Mexican online CFDI 4.0 invoicing and administration: Ventas > Facturas > Exportar a Excel, Spanish UI, a Monterrey industrial-supplies distributor invoicing firms and a few individuals; Mexico City time)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Serie', (c, o) => (gxRow(c, o).usd ? 'USD' : 'A'), [], opt],
    ['Folio', (c, o) => String(gxRow(c, o).folio), [OR('purchaseID')]],
    ['UUID', (c, o) => gxRow(c, o).uuid, ['_id'], opt],
    ['Fecha', (c, o) => { const p = cdmx(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Tipo de comprobante', (c, o) => (+o.id % 19 === 0 ? 'E - Egreso' : 'I - Ingreso'), []],
    ['Cliente', (c, o) => (gxRow(c, o).pf ? `${gxRow(c, o).p.first} ${gxRow(c, o).p.last}`.toUpperCase() : gxRow(c, o).cl[0]), []],
    ['RFC', (c, o) => (gxRow(c, o).pf ? rfcPF(gxRow(c, o).p, adult(c)) : gxRow(c, o).cl[1]), []],
    ['Régimen fiscal', (c, o) => gxRow(c, o).cl[2], []],
    ['Uso CFDI', (c, o) => gxRow(c, o).cl[3], []],
    ['C.P. receptor', (c, o) => gxRow(c, o).cl[4], [BILL('postalCode')], opt],
    ['Correo electrónico', (c, o) => (gxRow(c, o).pf ? gxRow(c, o).p.email : gxRow(c, o).cl[5]), EMAIL_ID, opt],
    ['Forma de pago', (c, o) => gxRow(c, o).pay, [OR('payments[0].paymentType')]],
    ['Método de pago', (c, o) => (gxRow(c, o).ppd ? 'PPD - Pago en parcialidades o diferido' : 'PUE - Pago en una sola exhibición'), [], opt],
    ['Condiciones de pago', (c, o) => (gxRow(c, o).ppd ? row(['Crédito 30 días', 'Crédito 15 días'], +o.id) : 'Contado'), []],
    ['Moneda', (c, o) => (gxRow(c, o).usd ? 'USD' : 'MXN'), [OR('currencyCode')]],
    ['Tipo de cambio', (c, o) => (gxRow(c, o).usd ? '17.2350' : '1'), []],
    ['Subtotal', (c, o) => mxn(gxRow(c, o).usd ? gxRow(c, o).sub / 17.235 : gxRow(c, o).sub), [], opt],
    ['Descuento', (c, o) => mxn(gxRow(c, o).usd ? gxRow(c, o).desc / 17.235 : gxRow(c, o).desc), [OR('discountAmount')]],
    ['IVA 16%', (c, o) => mxn(gxRow(c, o).usd ? gxRow(c, o).iva / 17.235 : gxRow(c, o).iva), [OR('taxAmount')]],
    ['IVA retenido', () => '0.00', []],
    ['ISR retenido', () => '0.00', []],
    ['Total', (c, o) => mxn(gxRow(c, o).usd ? gxRow(c, o).total / 17.235 : gxRow(c, o).total), [OR('priceTotal')]],
    ['Saldo', (c, o) => (gxRow(c, o).ppd && !gxRow(c, o).cancelled ? mxn(gxRow(c, o).usd ? gxRow(c, o).total / 17.235 : gxRow(c, o).total) : '0.00'), []],
    ['Estatus', (c, o) => (gxRow(c, o).cancelled ? 'Cancelada' : 'Vigente'), [], opt],
    ['Orden de compra', (c, o) => (gxRow(c, o).pf || +o.id % 3 === 0 ? '' : `OC-${pad((+o.id * 31) % 100000, 5)}`), [OR('purchaseOrderNumber')], opt],
    ['Vendedor', (c, o) => row(GX_SELLERS, +o.id >> 2), []],
  ] },
  // ---------------------------------------------------------------- Costa Rica: card and SINPE Móvil gateway
  { name: 'tilopay-transacciones-cr', product: 'Tilopay (Costa Rican payment gateway for cards and SINPE Móvil: Admin > Transacciones > Exportar, Spanish UI, billTo fields as in its API, a Heredia specialty-coffee roaster selling in colones and dollars through WooCommerce and payment links; Costa Rica time)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(3250000 + (+o.id * 613) % 700000), [OR('payments[0].transactionID'), '_id']],
    ['Orden', (c, o) => (tpRow(c, o).method === 'SINPE Móvil' || +o.id % 5 ? `WC-${8800 + (+o.id % 3000)}` : `LINK-${hex(+o.id, 6).toUpperCase()}`), [OR('purchaseID')]],
    ['Fecha', (c, o) => { const p = crt(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Tipo', (c, o) => (tpRow(c, o).status === 'Devuelta' ? 'Devolución' : 'Venta'), [], opt],
    ['Estado', (c, o) => tpRow(c, o).status, [], opt],
    ['Método de pago', (c, o) => tpRow(c, o).method, [OR('payments[0].paymentType')]],
    ['Marca', (c, o) => tpRow(c, o).brand, []],
    ['Tarjeta', (c, o) => (tpRow(c, o).brand ? `${tpRow(c, o).bin}******${pad((+o.id * 37) % 10000, 4)}` : ''), []],
    ['Código de autorización', (c, o) => (tpRow(c, o).status === 'Rechazada' || !tpRow(c, o).brand ? '' : pad((+o.id * 7919) % 1e6, 6)), []],
    ['Monto', (c, o) => crc(tpRow(c, o).amount, tpRow(c, o).usd), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', (c, o) => tpRow(c, o).cur, [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Monto devuelto', (c, o) => (tpRow(c, o).status === 'Devuelta' ? crc(tpRow(c, o).amount, tpRow(c, o).usd) : ''), [OR('refundTotal')], opt],
    ['Nombre', (c) => who(c, 'cr').first, []],
    ['Apellidos', (c) => who(c, 'cr').last, []],
    ['Correo', (c) => who(c, 'cr').email, EMAIL_ID, opt],
    ['Teléfono', (c, o) => tpRow(c, o).tel, PHONE_ID, opt],
    ['Dirección', (c, o) => tpRow(c, o).pl[3], [BILL('street1')]],
    ['Ciudad', (c, o) => tpRow(c, o).pl[0], [BILL('city')]],
    ['Provincia', (c, o) => tpRow(c, o).pl[1], STATE(['commerce.billing.address'])],
    ['Código postal', (c, o) => tpRow(c, o).pl[2], [BILL('postalCode')]],
    ['País', () => 'CR', [BILL('countryCode')]],
    ['Descripción', (c, o) => tpRow(c, o).item[0], [PL('name')], opt],
    ['Plataforma', (c, o) => (tpRow(c, o).method === 'SINPE Móvil' || +o.id % 5 ? 'WooCommerce' : 'Link de pago'), [], opt],
    ['Comisión', (c, o) => crc(tpRow(c, o).fee, tpRow(c, o).usd), []],
    ['IVA comisión', (c, o) => crc(tpRow(c, o).fee * 0.13, tpRow(c, o).usd), []],
    ['Neto', (c, o) => crc(tpRow(c, o).status === 'Rechazada' ? 0 : tpRow(c, o).amount - tpRow(c, o).fee * 1.13, tpRow(c, o).usd), []],
  ] },
  // ---------------------------------------------------------------- Peru: last-mile courier
  { name: 'chazki-envios-exportar-pe', product: 'Chazki (Peruvian last-mile courier: plataforma de clientes > Envíos > Exportar Excel, Spanish UI, a Lima sneaker e-shop\'s same-day and next-day deliveries with cash on delivery; Lima time)', family: 'delivery', language: 'es', schema: E, cols: [
    ['Código Chazki', (c, o) => `CHZ${pad((+o.id * 104729) % 1e9, 9)}`, ['commerce.shipping.trackingNumber', '_id']],
    ['Nro. de Orden', (c, o) => `#${23000 + (+o.id % 9000)}`, [OR('purchaseID')]],
    ['Fecha de Creación', (c, o) => { const p = lim(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Servicio', (c, o) => czRow(c, o).service, ['commerce.shipping.shippingMethod']],
    ['Estado', (c, o) => czRow(c, o).status, [], opt],
    ['Motivo', (c, o) => czRow(c, o).motive, []],
    ['Nombre Cliente', (c) => who(c, 'pe').full, []],
    ['DNI', (c) => pad(40000000 + (who(c, 'pe').n * 71) % 39999999, 8), []],
    ['Teléfono', (c) => `9${pad(10000000 + (who(c, 'pe').n * 97) % 89999999, 8)}`, PHONE_ID, opt],
    ['Email', (c) => who(c, 'pe').email, EMAIL_ID, opt],
    ['Dirección', (c, o) => czRow(c, o).pl[3], [SHIP('street1')]],
    ['Referencia', (c) => row(PE_REF, who(c, 'pe').n), [SHIP('street2')], opt],
    ['Distrito', (c, o) => czRow(c, o).pl[0], [SHIP('city'), SHIP('street3'), SHIP('region')], opt],
    ['Provincia', (c, o) => czRow(c, o).pl[1], [SHIP('city')], opt],
    ['Departamento', (c, o) => czRow(c, o).pl[2], STATE(['commerce.shipping.address'])],
    ['Latitud', (c, o) => (czRow(c, o).pl[4] + ((+o.id % 100) - 50) / 20000).toFixed(6), [], opt],
    ['Longitud', (c, o) => (czRow(c, o).pl[5] + ((+o.id % 80) - 40) / 20000).toFixed(6), [], opt],
    ['Contenido', (c, o) => czRow(c, o).item[0], [PL('name')], opt],
    ['Tamaño', (c, o) => row(['S', 'M', 'S', 'M', 'L'], +o.id >> 1), []],
    ['Peso (kg)', (c, o) => row(['1.2', '1.5', '1.0', '2.3', '0.8'], +o.id), []],
    ['Monto a Cobrar', (c, o) => (czRow(c, o).cod ? `S/ ${czRow(c, o).cod.toFixed(2)}` : 'S/ 0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Costo de Envío', (c, o) => `S/ ${czRow(c, o).cost.toFixed(2)}`, ['commerce.shipping.shippingAmount'], opt],
    ['Fecha de Entrega', (c, o) => (czRow(c, o).status === 'Entregado' ? `${dmy(lim(o.at + (czRow(c, o).service === 'Same Day' ? 0 : czRow(c, o).service === 'Next Day' ? 1 : 3) * day))} ${pad(czRow(c, o).service === 'Same Day' ? Math.min(21, Math.max(lim(o.at).H + 4, 15)) : 10 + (+o.id % 9))}:${pad((+o.id * 7) % 60)}` : ''), [], opt],
    ['Intentos', (c, o) => String(czRow(c, o).tries), []],
    ['Conductor', (c, o) => (czRow(c, o).tries ? row(['Jhonatan C.', 'Wilmer R.', 'Edson P.', 'Kevin H.'], +o.id >> 1) : ''), []],
  ] },
  // ---------------------------------------------------------------- Argentina: restaurant POS delivery customers
  { name: 'maxirest-clientes-delivery-ar', product: 'Maxirest (Argentine restaurant POS: Delivery > Clientes > Exportar a Excel, Spanish UI, a Buenos Aires pizzería\'s phone-order and delivery customers in Belgrano, Núñez, Colegiales and Villa Urquiza)', family: 'pos', language: 'es', schema: P, cols: [
    ['Código', (c) => String(1 + (+c.id % 8400)), ['_id', 'personID']],
    ['Nombre', (c) => `${who(c, 'ar').last1.toUpperCase()} ${who(c, 'ar').first.toUpperCase()}`, ['person.name.fullName']],
    ['Teléfono', (c) => (+c.id % 3 === 0 ? `4${pad(700 + (who(c, 'ar').n % 299), 3)}-${pad((who(c, 'ar').n * 3) % 10000, 4)}` : ''), ['homePhone.number']],
    ['Celular', (c) => `11 ${pad(1500 + (who(c, 'ar').n % 8000), 4)}-${pad((who(c, 'ar').n * 7) % 10000, 4)}`, ['mobilePhone.number']],
    ['Dirección', (c) => mxrRow(c).pl[0], at(HOME, 'street1')],
    ['Piso', (c) => mxrRow(c).piso, at(HOME, 'street2'), opt],
    ['Depto', (c) => mxrRow(c).depto, at(HOME, 'street2'), opt],
    ['Entre calles', (c) => mxrRow(c).pl[3], []],
    ['Localidad', (c) => mxrRow(c).pl[1], [...at(HOME, 'city'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cód. Postal', (c) => mxrRow(c).pl[2], at(HOME, 'postalCode')],
    ['Zona', (c) => row(['Zona 1', 'Zona 1', 'Zona 2', 'Zona 2', 'Zona 1', 'Zona 3'], +c.id), []],
    ['E-mail', (c) => (+c.id % 4 === 0 ? '' : who(c, 'ar').email), ['personalEmail.address']],
    ['DNI/CUIT', (c) => (+c.id % 3 === 1 ? String(mxrRow(c).dni) : ''), ['person.taxId'], opt],
    ['Cond. IVA', (c) => (+c.id % 7 === 0 ? 'Monotributo' : 'Consumidor Final'), []],
    ['Fecha Nac.', (c) => (+c.id % 5 === 0 ? dmy(v.parts(adult(c))) : ''), ['person.birthDate']],
    ['Fecha Alta', (c) => dmy(art(c.created)), [], opt],
    ['Últ. Pedido', (c) => dmy(art(later(c))), [], opt],
    ['Cant. Pedidos', (c) => String(mxrRow(c).orders), []],
    ['Total Consumido', (c) => ars(mxrRow(c).total), ['loyalty.lifetimePurchases'], opt],
    ['Descuento %', (c) => (+c.id % 8 === 0 ? '10' : '0'), []],
    ['Cta. Cte.', (c) => (+c.id % 9 === 0 ? 'S' : 'N'), []],
    ['Saldo', (c) => (+c.id % 9 === 0 ? ars((+c.id % 20) * 1250) : ars(0)), []],
    ['Observaciones', (c) => row(['', 'Timbre no anda, llamar al celular', '', 'Portero eléctrico 4B', 'Siempre paga con MercadoPago', '', 'Sin cebolla'], +c.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Mexico: shop POS credit customers
  { name: 'eleventa-clientes-credito-mx', product: 'eleventa (Mexican point-of-sale for small shops: Clientes > Exportar a Excel, Spanish UI, fields as on its client screen (folio, credit authorised and limit, balance, electronic-invoicing data), a Puebla hardware store\'s customers on credit)', family: 'pos', language: 'es', schema: P, cols: [
    ['Folio', (c) => String(1 + (+c.id % 2600)), ['_id', 'personID']],
    ['Nombre', (c) => who(c, 'mx').full, ['person.name.fullName']],
    ['Dirección', (c) => `${elRow(c).pl[0]} ${elRow(c).ext}${elRow(c).int ? ' ' + elRow(c).int : ''}, Col. ${elRow(c).pl[1]}`, at(HOME, 'street1'), opt],
    ['Teléfono', (c) => elRow(c).tel, ['mobilePhone.number', 'homePhone.number']],
    ['Correo electrónico', (c) => (+c.id % 3 === 0 ? '' : who(c, 'mx').email), ['personalEmail.address']],
    ['Tiene crédito', (c) => (elRow(c).credit ? 'Sí' : 'No'), []],
    ['Límite de crédito', (c) => (elRow(c).credit ? (elRow(c).limit ? `$${mxn(elRow(c).limit)}` : 'Ilimitado') : ''), []],
    ['Saldo actual', (c) => `$${mxn(elRow(c).bal)}`, []],
    ['Último abono', (c) => (elRow(c).credit && elRow(c).bal ? dmy(cdmx(later(c))) : ''), [], opt],
    ['Fecha de alta', (c) => dmy(cdmx(c.created)), [], opt],
    ['RFC', (c) => (elRow(c).fact ? rfcPF(who(c, 'mx'), adult(c)) : ''), ['person.taxId']],
    ['Razón social', (c) => (elRow(c).fact ? who(c, 'mx').full.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '') : ''), [], opt],
    ['Régimen fiscal', (c) => (elRow(c).fact ? row(['612 - Personas Físicas con Actividades Empresariales y Profesionales', '626 - Régimen Simplificado de Confianza', '605 - Sueldos y Salarios e Ingresos Asimilados a Salarios'], +c.id) : ''), []],
    ['Uso de CFDI', (c) => (elRow(c).fact ? row(['G03 - Gastos en general', 'I01 - Construcciones', 'S01 - Sin efectos fiscales'], +c.id >> 1) : ''), []],
    ['Calle', (c) => (elRow(c).fact ? elRow(c).pl[0] : ''), [BA('street1')]],
    ['No. exterior', (c) => (elRow(c).fact ? elRow(c).ext : ''), [BA('street1'), BA('street2')], opt],
    ['No. interior', (c) => (elRow(c).fact ? elRow(c).int : ''), [BA('street2')], opt],
    ['Colonia', (c) => (elRow(c).fact ? elRow(c).pl[1] : ''), [BA('street2'), BA('street3'), BA('region')], opt],
    ['Municipio', (c) => (elRow(c).fact ? elRow(c).pl[2] : ''), [BA('city')]],
    ['Estado', (c) => (elRow(c).fact ? 'Puebla' : ''), [BA('state'), BA('stateProvince')]],
    ['Código postal', (c) => (elRow(c).fact ? elRow(c).pl[3] : ''), [BA('postalCode')]],
    ['Notas', (c) => row(['', 'Plomero, compra seguido', '', 'Paga los viernes', 'Obra en Cholula', ''], +c.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Chile: ERP customer master
  { name: 'softland-auxiliares-clientes-cl', product: 'Softland ERP (Chilean ERP: customer master of the auxiliaries table cwtauxi joined with its contacts table and exported by the firm\'s query to CSV with the tables\' field names, a Santiago packaging distributor\'s food and agricultural clients across Chile)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['CodAux', (c, o, r, i) => slRow(c, i).cod, [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['NomAux', (c, o, r, i) => slRow(c, i).f[0], CO],
    ['NoFAux', (c, o, r, i) => slRow(c, i).f[1], CO, opt],
    ['RutAux', (c, o, r, i) => rut(slRow(c, i).rutN), []],
    ['GirAux', (c, o, r, i) => slRow(c, i).f[2], []],
    ['DirAux', (c, o, r, i) => slRow(c, i).f[3], [W('street1')]],
    ['DirNum', (c, o, r, i) => slRow(c, i).f[4], [W('street1'), W('street2')], opt],
    ['ComDes', (c, o, r, i) => slRow(c, i).f[5], [W('city'), W('street3'), W('region')], opt],
    ['CiuDes', (c, o, r, i) => slRow(c, i).f[6], [W('city')]],
    ['RegDes', (c, o, r, i) => slRow(c, i).f[7], [W('state'), W('stateProvince')]],
    ['PaiDes', () => 'CHILE', [W('country')]],
    ['FonAux1', (c, o, r, i) => clFono(slRow(c, i).area, slRow(c, i).k), ['workPhone.number']],
    ['FonAux2', (c, o, r, i) => (i % 8 % 3 === 0 ? clFono(slRow(c, i).area, slRow(c, i).k * 7) : ''), ['workPhone.number', 'otherPhone.number'], opt],
    ['FaxAux1', (c, o, r, i) => (i % 8 % 5 === 1 ? clFono(slRow(c, i).area, slRow(c, i).k * 3) : ''), ['faxPhone.number'], opt],
    ['EMail', (c, o, r, i) => `${row(['contacto', 'ventas', 'administracion', 'info', 'contacto'], i % 8)}@${slRow(c, i).f[8]}`, WE, opt],
    ['EMailDTE', (c, o, r, i) => `dte@${slRow(c, i).f[8]}`, [], opt],
    ['ClaCli', () => 'S', []],
    ['ClaPro', (c, o, r, i) => (i % 8 === 6 ? 'S' : 'N'), []],
    ['ActAux', (c, o, r, i) => (i % 8 === 5 ? 'N' : 'S'), [], opt],
    ['NomCon', (c, o, r, i) => `${who(c, 'cl').first} ${who(c, 'cl').last}`, ['person.name.fullName']],
    ['CarCon', (c, o, r, i) => row(CL_JOBS, +c.id)[who(c, 'cl').female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['FonCon', (c, o, r, i) => `+56 9 ${pad(5000 + (who(c, 'cl').n % 5000), 4)} ${pad((who(c, 'cl').n * 3) % 10000, 4)}`, ['mobilePhone.number', 'workPhone.number']],
    ['EmailCon', (c, o, r, i) => `${slug(who(c, 'cl').first)[0]}${slug(who(c, 'cl').last1)}@${slRow(c, i).f[8]}`, ['workEmail.address', 'personalEmail.address']],
    ['VenCod', (c, o, r, i) => row(['V01', 'V02', 'V03', 'V01'], i % 8), []],
    ['CveCod', (c, o, r, i) => row(['30D', '30D', '60D', 'CON', '45D'], i % 8), []],
  ] },
]
