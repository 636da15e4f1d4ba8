// Round 63, heldout150: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Brazilian Portuguese and Latin American Spanish exports, headers in the
// product's UI language: a Brazilian delivery app's restaurant orders (Delivery Much), a Brazilian furniture
// marketplace's seller order lines (MadeiraMadeira), a Brazilian PIX/boleto gateway's orders (PagBrasil), a Brazilian
// WhatsApp team-inbox's chats (ChatGuru), a Brazilian data bureau's batch company lookup with partners (Assertiva
// Localize), a Brazilian marketing-automation CRM's leads (SprintHub), a Peruvian ticketing platform's ticket sales
// (Joinnus), a Mexican CFDI invoicing service's issued invoices (FacturoPorTi), a Chilean acquirer's card sales
// (Klap), a Colombian WhatsApp CRM's contacts (Wasapi), a Colombian event platform's attendees (Eventtia) and a
// Chilean loyalty platform's members (Ruklo) (pt 6, es 6; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, thou, dec, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Brazil (Brasília) -3, Colombia and Peru -5, Mexico (Guadalajara) -6, all without summer time since
// 2019/2022; continental Chile -4 in winter (April to August), -3 otherwise
const brt = (ms) => shift(ms, -3)
const bog = (ms) => shift(ms, -5)
const lim = (ms) => shift(ms, -5)
const gdl = (ms) => shift(ms, -6)
const scl = (ms) => shift(ms, [4, 5, 6, 7, 8].includes(v.parts(ms).m) ? -4 : -3)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
const brT = (p) => `${dmy(p, '/')} ${hms(p)}`
const brM = (p) => `${dmy(p, '/')} ${hm(p)}`
const WE = ['workEmail.address', 'personalEmail.address']
const reais = (x) => thou(x, '.', ',')
const reaisPlain = (x) => dec(x, ',')
const clp = (x) => `$${group(x, '.')}`

// ---------------------------------------------------------------- check digits
const cpfOf = (k) => {
  const d = String(100000000 + (k * 7919) % 899999999).slice(0, 9).split('').map(Number)
  const dv = (xs, w) => { const s = xs.reduce((a, x, i) => a + x * (w - i), 0); const r = (s * 10) % 11; return r === 10 ? 0 : r }
  const d1 = dv(d, 10), d2 = dv([...d, d1], 11)
  const s = [...d, d1, d2].join('')
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
const cnpjOf = (base8) => {
  const d = `${base8}0001`.split('').map(Number)
  const dv = (xs, ws) => { const r = xs.reduce((a, x, i) => a + x * ws[i], 0) % 11; return r < 2 ? 0 : 11 - r }
  const d1 = dv(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]), d2 = dv([...d, d1], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
  const s = [...d, d1, d2].join('')
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`
}
const rutOf = (body) => {
  let s = 0, m = 2
  for (const ch of String(body).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1 }
  const r = 11 - (s % 11)
  const dvc = r === 11 ? '0' : r === 10 ? 'K' : String(r)
  return `${group(body, '.')}-${dvc}`
}

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const BR = {
  male: ['Lucas', 'Gabriel', 'Matheus', 'Rafael', 'Felipe', 'Bruno', 'Gustavo', 'Leonardo', 'Rodrigo', 'Eduardo', 'Vinícius', 'André', 'Marcelo'],
  female: ['Fernanda', 'Juliana', 'Camila', 'Aline', 'Patrícia', 'Letícia', 'Amanda', 'Bruna', 'Gabriela', 'Vanessa', 'Tatiane', 'Daniela', 'Luana'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ribeiro', 'Rocha', 'Martins', 'Barbosa', 'Machado', 'Moraes', 'Nascimento', 'Araújo'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'icloud.com', 'uol.com.br', 'bol.com.br'],
  // [cidade, UF, CEP, bairro, logradouro, DDD]
  places: [['São Paulo', 'SP', '04534-011', 'Itaim Bibi', 'Rua Joaquim Floriano', '11'], ['Campinas', 'SP', '13024-200', 'Cambuí', 'Rua Maria Monteiro', '19'], ['Rio de Janeiro', 'RJ', '22290-030', 'Botafogo', 'Rua Voluntários da Pátria', '21'], ['Niterói', 'RJ', '24220-031', 'Icaraí', 'Rua Gavião Peixoto', '21'], ['Belo Horizonte', 'MG', '30140-071', 'Funcionários', 'Rua Pernambuco', '31'], ['Curitiba', 'PR', '80240-210', 'Água Verde', 'Avenida República Argentina', '41'], ['Florianópolis', 'SC', '88015-200', 'Centro', 'Rua Felipe Schmidt', '48'], ['Porto Alegre', 'RS', '90570-001', 'Moinhos de Vento', 'Rua Padre Chagas', '51'], ['Goiânia', 'GO', '74150-040', 'Setor Marista', 'Rua 1136', '62'], ['Salvador', 'BA', '41820-021', 'Pituba', 'Avenida Paulo VI', '71'], ['Recife', 'PE', '52011-010', 'Graças', 'Rua das Pernambucanas', '81'], ['Brasília', 'DF', '70390-025', 'Asa Sul', 'SHCS CR 502 Bloco A', '61']],
}
const SM = {
  // Santa Maria (RS): [bairro, logradouro, CEP]
  places: [['Centro', 'Rua do Acampamento', '97050-003'], ['Centro', 'Avenida Rio Branco', '97010-420'], ['Nossa Senhora de Fátima', 'Rua Duque de Caxias', '97015-190'], ['Camobi', 'Avenida Roraima', '97105-900'], ['Camobi', 'Rua Prof. Teixeira', '97110-790'], ['Nossa Senhora das Dores', 'Rua Appel', '97050-230'], ['Medianeira', 'Avenida Medianeira', '97060-002'], ['Passo d\'Areia', 'Rua Ângelo Uglione', '97010-570'], ['Patronato', 'Rua Tuiuti', '97015-661']],
  compl: ['', '', 'Apto 302', '', 'Casa 2', 'Bloco B apto 104', '', 'Fundos'],
}
const GYN = { bairros: ['Setor Bueno', 'Setor Marista', 'Jardim Goiás', 'Setor Oeste', 'Parque Amazônia', 'Setor Coimbra', 'Vila Nova', 'Jardim América'], cities: ['Goiânia', 'Goiânia', 'Goiânia', 'Aparecida de Goiânia', 'Goiânia', 'Anápolis', 'Senador Canedo'] }
const LA = {
  male: ['Juan Pablo', 'Andrés', 'Santiago', 'Sebastián', 'Camilo', 'Felipe', 'Luis', 'Carlos', 'Diego', 'José Luis', 'Matías', 'Nicolás', 'Alejandro', 'Jorge'],
  female: ['Valentina', 'Daniela', 'María José', 'Camila', 'Paula', 'Natalia', 'Andrea', 'Carolina', 'Fernanda', 'Isabella', 'Ximena', 'Lucía', 'Gabriela', 'Catalina'],
  last: {
    co: ['Rodríguez', 'Gómez', 'Restrepo', 'Ospina', 'Zapata', 'Giraldo', 'Cardona', 'Martínez', 'López', 'Vargas', 'Castaño', 'Henao', 'Díaz', 'Rojas'],
    pe: ['Quispe', 'Huamán', 'Chávez', 'Flores', 'Mendoza', 'Torres', 'Rojas', 'Vásquez', 'Ramos', 'García', 'Castillo', 'Salazar', 'Paredes', 'Cárdenas'],
    cl: ['Muñoz', 'Soto', 'Contreras', 'Silva', 'Araya', 'Fuentes', 'Rojas', 'González', 'Espinoza', 'Morales', 'Valenzuela', 'Tapia', 'Reyes', 'Pizarro'],
    mx: ['Hernández', 'García', 'Ramírez', 'Cruz', 'Reyes', 'Jiménez', 'López', 'Martínez', 'Sánchez', 'Torres', 'Aguilar', 'Navarro', 'Gutiérrez', 'Ruvalcaba'],
  },
  mail: { co: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], pe: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'], cl: ['gmail.com', 'gmail.com', 'hotmail.com', 'live.cl', 'outlook.com'], mx: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'gmail.com'] },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = r() < 0.55
  if (cc === 'br') {
    const first = v.pick(r, female ? BR.female : BR.male), last = v.pick(r, BR.last), last2 = v.pick(r, BR.last), pl = v.pick(r, BR.places)
    const sep = v.pick(r, ['.', '', '_', '.']), num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
    return { female, first, last, full: r() < 0.4 ? `${first} ${last2} ${last}` : `${first} ${last}`, email: `${v.slug(first)}${sep}${v.slug(last)}${num}@${v.pick(r, BR.mail)}`,
      city: pl[0], uf: pl[1], cep: pl[2], bairro: pl[3], street: pl[4], ddd: pl[5], num: String(v.int(r, 12, 2400)), compl: v.pick(r, ['', '', 'Apto 51', 'Apto 1203', 'Casa 2', 'Bloco C apto 402', 'Sala 7']),
      cel: `9${v.int(r, 6000, 9999)}${pad(v.int(r, 0, 9999), 4)}`, cpf: cpfOf(n(c) + v.int(r, 1, 9999)), sm: v.pick(r, SM.places), smCompl: v.pick(r, SM.compl), gyn: v.int(r, 0, 99) }
  }
  const first = v.pick(r, female ? LA.female : LA.male), last = v.pick(r, LA.last[cc]), last2 = v.pick(r, LA.last[cc])
  const sep = v.pick(r, ['.', '', '_', '.']), num = r() < 0.55 ? String(v.int(r, 1, 99)) : ''
  const o = { female, first, last, last2, full: `${first} ${last} ${last2}`, email: `${v.slug(first.split(' ')[0])}${sep}${v.slug(last)}${num}@${v.pick(r, LA.mail[cc])}`, k: v.int(r, 0, 999) }
  if (cc === 'co') return { ...o, cel: `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '16', '17', '20', '23', '50'])}${v.int(r, 1000000, 9999999)}`, cedula: String(v.int(r, female ? 1017100000 : 71600000, female ? 1152999999 : 98999999)) }
  if (cc === 'pe') return { ...o, cel: `9${v.int(r, 10000000, 99999999)}`, dni: String(v.int(r, 10000000, 79999999)) }
  if (cc === 'cl') return { ...o, cel: `9${v.int(r, 10000000, 99999999)}`, rut: rutOf(v.int(r, 9000000, 24999999)) }
  return { ...o, cel: `33${v.int(r, 10000000, 99999999)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const br = (c) => who(c, 'br')
const co = (c) => who(c, 'co')
const pe = (c) => who(c, 'pe')
const cl = (c) => who(c, 'cl')
const mx = (c) => who(c, 'mx')
const brCel = (p) => `(${p.ddd}) ${p.cel.slice(0, 5)}-${p.cel.slice(5)}`

// ---------------------------------------------------------------- 1. Delivery Much orders (pt, E)
// a Santa Maria (RS) pizzeria and xis house: [item, price]
const DM_MENU = [['Pizza Grande (8 fatias) - Calabresa', 62.9], ['Pizza Média - Frango com Catupiry', 49.9], ['Xis Coração', 32], ['Xis Salada', 26], ['Refrigerante 2L', 14], ['Porção de Batata Frita', 29.9], ['Pizza Broto Doce - Chocolate com Morango', 34.9]]
const dmLines = (o) => { const k = 1 + (n(o) % 3); return Array.from({ length: k }, (_, j) => [1 + ((n(o) >> (j + 2)) % 2), row(DM_MENU, n(o) + j * 3)]) }
const dmSub = (o) => dmLines(o).reduce((a, [q, it]) => a + q * it[1], 0)
const dmPickup = (o) => n(o) % 7 === 3
const dmFee = (o) => (dmPickup(o) ? 0 : row([5, 7, 6, 0, 8, 5], n(o) % 6))
const dmDisc = (o) => (o.discount ? 10 : 0)
const dmTotal = (o) => dmSub(o) + dmFee(o) - dmDisc(o)
const dmSt = (o) => row(['Entregue', 'Entregue', 'Entregue', 'Cancelado', 'Entregue', 'Concluído', 'Entregue', 'Em preparo'], n(o) % 8)
const dmPay = (o) => row(['Pix (online)', 'Cartão de crédito (online)', 'Dinheiro', 'Cartão na entrega - Débito', 'Cartão na entrega - Crédito', 'Vale-refeição na entrega (VR)', 'Pix (online)'], n(o) % 7)
const dmOnline = (o) => dmPay(o).includes('(online)')
const dmAt = (o) => open(o.at, -3, 18, 6)
// ---------------------------------------------------------------- 2. MadeiraMadeira seller order lines (pt, E)
// a São Bento do Sul (SC) solid-wood furniture maker: [SKU seller, id MM, produto, preço, transportadora]
const MM_ITEMS = [['SBS-MES-180-IMB', '2918734', 'Mesa de Jantar 6 Lugares Madeira Maciça Tampo 180cm Imbuia', 2399.9], ['SBS-CAD-ESTOF-2', '2918741', 'Kit 2 Cadeiras Estofadas Madeira Maciça Tabaco/Linho Bege', 1199.9], ['SBS-BUF-140-FRJ', '3004512', 'Buffet Aparador 140cm 4 Portas Freijó', 1899.9], ['SBS-RACK-200-NAT', '3004529', 'Rack para TV até 75" 200cm Pés Palito Nature/Off White', 1349.9], ['SBS-BAN-120', '3120077', 'Banco de Madeira Maciça 120cm Natural', 489.9], ['SBS-CAB-160-AMD', '3120084', 'Cabeceira Casal Ripada 160cm Amêndoa', 799.9]]
const mmItem = (o) => row(MM_ITEMS, n(o) % 6)
const mmQty = (o) => (mmItem(o)[0].startsWith('SBS-CAD') ? 1 + (n(o) % 3) : 1)
const mmLine = (o) => mmItem(o)[3] * mmQty(o)
const mmFreight = (o) => (mmLine(o) >= 1500 ? 0 : row([89.9, 129.9, 149.9, 109.9], n(o) % 4))
const mmSt = (o) => row(['Entregue', 'Enviado', 'Faturado', 'Entregue', 'Aprovado', 'Cancelado', 'Entregue', 'Enviado'], n(o) % 8)
const mmShipped = (o) => ['Entregue', 'Enviado'].includes(mmSt(o))
const mmInvoiced = (o) => mmShipped(o) || mmSt(o) === 'Faturado'
const mmPay = (o) => row(['Cartão de Crédito', 'Pix', 'Cartão de Crédito', 'Boleto Bancário', 'Cartão de Crédito', 'Pix'], n(o) % 6)
const mmAt = (o) => open(o.at, -3, 8, 15)
const mmCarrier = (o) => row(['Braspress', 'Rodonaves', 'Jamef', 'Braspress', 'Jadlog'], n(o) % 5)
// ---------------------------------------------------------------- 3. PagBrasil orders (pt, E)
// a Porto Alegre public-exam prep school selling online courses: [produto, valor]
const PB_ITEMS = [['Curso Completo Polícia Federal - Agente 2024', 897], ['Assinatura Anual - Todos os Cursos', 1188], ['Pacote Tribunais - Técnico Judiciário', 597], ['Simulados Ilimitados (semestral)', 149.9], ['Mentoria Individual - 4 encontros', 1490], ['Curso Banrisul - Escriturário', 397]]
const pbItem = (o) => row(PB_ITEMS, n(o) % 6)
const pbMethod = (o) => row(['PIX', 'Cartão de crédito', 'PIX', 'Boleto', 'Cartão de crédito', 'PIX', 'Boleto'], n(o) % 7)
const pbSt = (o) => {
  const m = pbMethod(o)
  if (m === 'Boleto') return row(['Pago', 'Vencido', 'Pago', 'Aguardando pagamento'], n(o) % 4)
  if (m === 'PIX') return row(['Pago', 'Pago', 'Expirado', 'Pago', 'Estornado'], n(o) % 5)
  return row(['Aprovado', 'Aprovado', 'Recusado', 'Aprovado', 'Estornado', 'Chargeback'], n(o) % 6)
}
const pbPaid = (o) => ['Pago', 'Aprovado', 'Estornado', 'Chargeback'].includes(pbSt(o))
const pbRefund = (o) => ['Estornado', 'Chargeback'].includes(pbSt(o))
const pbInst = (o) => (pbMethod(o) === 'Cartão de crédito' ? (pbItem(o)[1] >= 500 ? 1 + (n(o) % 12) : 1) : 1)
const pbFee = (o) => { const m = pbMethod(o), x = pbItem(o)[1]; return m === 'PIX' ? x * 0.0099 : m === 'Boleto' ? 2.49 : x * (0.0349 + 0.0125 * (pbInst(o) > 1 ? 1 : 0)) }
const pbAt = (o) => open(o.at, -3, 7, 17)
const pbPayAt = (o) => pbAt(o) + (pbMethod(o) === 'Boleto' ? (1 + n(o) % 3) * day + 36000000 : pbMethod(o) === 'PIX' ? 40000 + (n(o) % 200) * 1000 : 4000)
const pbId = (o) => `PB${(n(o) * 2654435761 >>> 0).toString(16).toUpperCase().padStart(8, '0')}`
const pbE2E = (o) => { const p = v.parts(pbPayAt(o)); return `E${row(['18236120', '00416968', '60701190', '00000000', '90400888'], n(o) % 5)}${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${v.alnum(v.rng(n(o) + 77), 11)}` }
// ---------------------------------------------------------------- 4. ChatGuru chats (pt, P)
// a Goiânia optical-store chain
const cgLoja = (c) => row(['Loja Setor Bueno', 'Loja Flamboyant', 'Loja Centro', 'Loja Aparecida', 'Loja Bueno'], n(c) % 5)
const cgKnown = (c) => n(c) % 5 !== 2
const cgAgent = (c) => row(['Karla (Vendas)', 'Thaís', 'Bot Ótica', 'Rogério - Lab', 'Thaís', 'Ana Paula'], n(c) % 6)
// ---------------------------------------------------------------- 5. Assertiva Localize batch, companies with partners (pt, B)
// [base CNPJ, razão social, fantasia, CNAE, descrição, porte, capital, logradouro, nº, compl, bairro, município, UF, CEP, DDD+fixo, domínio, abertura]
const AS_FIRMS = [
  ['12345678', 'METALURGICA PIRACICABANA DE PECAS LTDA', 'METALPIRA', '2599-3/99', 'Fabricação de outros produtos de metal não especificados anteriormente', 'DEMAIS', 2500000, 'AV COMENDADOR LUCIANO GUIDOTTI', '1850', 'GALPAO 3', 'JARDIM CASTOR', 'PIRACICABA', 'SP', '13424-580', '1934217700', 'metalpira.com.br', '14/03/1996'],
  ['23456789', 'IRMAOS BORTOLETTO INDUSTRIA DE MAQUINAS AGRICOLAS LTDA', 'BORTOLETTO MAQUINAS', '2831-3/00', 'Fabricação de tratores agrícolas, peças e acessórios', 'DEMAIS', 8000000, 'ROD SP 304 KM 138', 'S/N', '', 'DISTRITO INDUSTRIAL', 'AMERICANA', 'SP', '13477-360', '1934069000', 'bortoletto.ind.br', '02/09/1988'],
  ['34567890', 'PLASTICOS VALINHOS INDUSTRIA E COMERCIO EIRELI', 'PLASVAL', '2229-3/99', 'Fabricação de artefatos de material plástico para outros usos', 'EPP', 600000, 'RUA ANTONIO CARLOS GOMES', '412', '', 'JARDIM SANTA ROSA', 'VALINHOS', 'SP', '13271-450', '1938694420', 'plasval.com.br', '21/06/2011'],
  ['45678901', 'SUMARE AUTOMACAO INDUSTRIAL LTDA', 'SUMATEC AUTOMACAO', '3321-0/00', 'Instalação de máquinas e equipamentos industriais', 'ME', 150000, 'RUA DOM BARRETO', '1033', 'SALA 4', 'CENTRO', 'SUMARE', 'SP', '13170-040', '1938731290', 'sumatec.com.br', '10/01/2017'],
  ['56789012', 'EMBALAGENS INDAIATUBA S A', 'EMBALIND', '1731-1/00', 'Fabricação de embalagens de papel', 'DEMAIS', 12000000, 'AV FRANCISCO DE PAULA LEITE', '3200', '', 'DISTRITO INDUSTRIAL JOAO NARESSE', 'INDAIATUBA', 'SP', '13347-630', '1938850000', 'embalind.com.br', '05/11/1979'],
  ['67890123', 'FERRAMENTARIA HORTOLANDIA LTDA', 'FERRAMENTARIA HORTO', '2543-8/00', 'Fabricação de ferramentas', 'EPP', 300000, 'RUA JOSE CAMILO DE CAMARGO', '77', 'GALPAO B', 'REMANSO CAMPINEIRO', 'HORTOLANDIA', 'SP', '13184-080', '1938651133', 'ferramentariahorto.com.br', '28/04/2008'],
]
const asFirm = (c) => row(AS_FIRMS, n(c) >> 1)
const asQual = (c) => row(['Sócio-Administrador', 'Sócio', 'Administrador', 'Sócio-Administrador', 'Diretor', 'Presidente'], n(c) % 6)
const asCel = (c) => n(c) % 4 !== 1
// ---------------------------------------------------------------- 6. SprintHub leads (pt, B)
// a Florianópolis HR/payroll SaaS: [empresa, domínio, segmento, nº funcionários, cidade, UF, DDD]
const SH_FIRMS = [['Grupo Serrano Alimentos', 'serranoalimentos.com.br', 'Indústria de alimentos', '501-1000', 'Chapecó', 'SC', '49'], ['Tecnoplast Joinville', 'tecnoplast.ind.br', 'Indústria', '201-500', 'Joinville', 'SC', '47'], ['Rede Farmavida', 'farmavida.com.br', 'Varejo', '1001-5000', 'Curitiba', 'PR', '41'], ['Colégio Horizonte', 'colegiohorizonte.g12.br', 'Educação', '51-200', 'Blumenau', 'SC', '47'], ['Transportes Rota Sul', 'rotasul.com.br', 'Logística e transporte', '201-500', 'Caxias do Sul', 'RS', '54'], ['Hospital Santa Clara', 'hsantaclara.org.br', 'Saúde', '1001-5000', 'Londrina', 'PR', '43']]
const shFirm = (c) => row(SH_FIRMS, n(c) >> 1)
const SH_ROLE = [['Gerente de RH', 'Recursos Humanos'], ['Analista de Departamento Pessoal', 'Departamento Pessoal'], ['Diretor Administrativo', 'Administrativo'], ['Coordenadora de Gente e Gestão', 'Recursos Humanos'], ['CFO', 'Financeiro'], ['Business Partner de RH', 'Recursos Humanos'], ['Sócio', '']]
const shRole = (c) => row(SH_ROLE, n(c) % 7)
const shStage = (c) => row(['Lead', 'Lead', 'MQL', 'SQL', 'Oportunidade', 'Cliente', 'Lead', 'MQL'], n(c) % 8)
const shConv = (c) => row(['Ebook: Guia do eSocial 2024', 'Calculadora de Rescisão', 'Solicitar demonstração', 'Webinar: Folha de pagamento sem erros', 'Planilha de Banco de Horas', 'Fale com um especialista'], n(c) % 6)
// ---------------------------------------------------------------- 7. Joinnus ticket sales (es, E)
// a Barranco (Lima) craft-beer and music festival, two editions: [tipo de entrada, precio S/]
const JN_TICKETS = [['Preventa 1 - General', 60], ['General', 85], ['VIP (incluye 3 pintas)', 150], ['Pack 4 amigos - General', 300], ['Niños (6 a 12 años)', 20], ['Preventa 2 - General', 70]]
const jnTicket = (o) => row(JN_TICKETS, n(o) % 6)
const jnQty = (o) => (jnTicket(o)[0].startsWith('Pack') ? 1 : 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 2 : 0))
const jnEvent = (o) => (n(o) % 3 === 0 ? ['Barranco Beer Fest - Edición Invierno', Date.UTC(2024, 6, 20, 19, 0)] : ['Barranco Beer Fest 2024', Date.UTC(2024, 10, 16, 18, 0)])
const jnAt = (o) => open(jnEvent(o)[1] - (2 + (n(o) * 37) % 70) * day - (n(o) % 50000) * 1000, -5, 8, 15)
const jnSub = (o) => jnTicket(o)[1] * jnQty(o)
const jnFee = (o) => Math.round(jnSub(o) * 0.08 * 100) / 100
const jnDisc = (o) => (o.discount && !jnTicket(o)[0].startsWith('Pack') ? Math.round(jnSub(o) * 0.15 * 100) / 100 : 0)
const jnPay = (o) => row(['Tarjeta de crédito', 'Yape', 'Tarjeta de débito', 'PagoEfectivo', 'Yape', 'Tarjeta de crédito'], n(o) % 6)
const jnSt = (o) => row(['Pagado', 'Pagado', 'Pagado', 'Reembolsado', 'Pagado', 'Pendiente de pago'], n(o) % 6)
const jnIn = (o) => jnSt(o) === 'Pagado' && n(o) % 4 !== 1
const sol = (x) => dec(x, '.')
// ---------------------------------------------------------------- 8. FacturoPorTi issued CFDI (es, E)
// a Guadalajara specialty-coffee roaster: [concepto, clave ProdServ, tasa IVA]
const FP_ITEMS = [['Café de especialidad tostado en grano 1 kg - Chiapas', '50201706', 0], ['Café molido 454 g - Veracruz Coatepec', '50201706', 0], ['Suscripción mensual café 2 bolsas 340 g', '50201706', 0], ['Molino manual de cerámica', '52141501', 0.16], ['Curso de barismo básico', '86101700', 0.16], ['Café tostado 5 kg para cafetería (mayoreo)', '50201706', 0]]
const fpItem = (o) => row(FP_ITEMS, n(o) % 6)
const fpSub = (o) => [890, 215, 620, 1150, 2400, 3950][n(o) % 6] * (fpItem(o)[0].includes('mayoreo') ? 1 + (n(o) % 3) : 1)
const fpDisc = (o) => (o.discount ? Math.round(fpSub(o) * 0.1 * 100) / 100 : 0)
const fpIva = (o) => Math.round((fpSub(o) - fpDisc(o)) * fpItem(o)[2] * 100) / 100
const fpTotal = (o) => fpSub(o) - fpDisc(o) + fpIva(o)
const fpGeneral = (c) => n(c) % 4 === 0
// [RFC, razón social, régimen, CP] for business buyers
const FP_BIZ = [['CAL180522HT4', 'CAFE ALTOZANO', '601', '44160', 'cafealtozano.mx'], ['LTR200311QK8', 'LA TERRAZA DE PROVIDENCIA', '601', '44630', 'laterrazagdl.com'], ['HBO150907AB2', 'HOTEL BOUTIQUE ORIGEN', '601', '44100', 'hotelorigen.com.mx'], ['DCO190214LM5', 'DISTRIBUIDORA DE CAFE DE OCCIDENTE', '601', '45050', 'dcoccidente.com.mx']]
const fpBiz = (c) => n(c) % 3 === 1
const fpRcpt = (c) => {
  if (fpGeneral(c)) return ['XAXX010101000', 'PUBLICO EN GENERAL', '616', '44100', 'S01 - Sin efectos fiscales']
  if (fpBiz(c)) { const f = row(FP_BIZ, n(c) >> 2); return [...f.slice(0, 4), 'G01 - Adquisición de mercancías'] }
  const p = mx(c), rfc = `${v.slug(p.last).slice(0, 2).toUpperCase()}${v.slug(p.last2)[0].toUpperCase()}${v.slug(p.first)[0].toUpperCase()}${String(bd(c.birth).y).slice(2)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${row(['HJ3', 'K81', 'A2B', '7Q4'], n(c) % 4)}`
  return [rfc, `${p.first} ${p.last} ${p.last2}`.toUpperCase(), '612', row(['44600', '45040', '45130', '44520'], n(c) % 4), 'G03 - Gastos en general']
}
const fpForm = (o) => row(['04 - Tarjeta de crédito', '03 - Transferencia electrónica de fondos', '28 - Tarjeta de débito', '01 - Efectivo', '03 - Transferencia electrónica de fondos', '99 - Por definir'], n(o) % 6)
const fpCancel = (o) => n(o) % 11 === 5
const fpAt = (o) => open(o.at, -6, 9, 10)
const isoLocal = (p) => `${ymd(p)}T${hms(p)}`
const fpUuid = (o) => v.uuid(v.rng(n(o) * 31 + 5)).toUpperCase()
// ---------------------------------------------------------------- 9. Klap card sales (es, E)
// a Providencia (Santiago) sushi and poke restaurant with two locales and web orders by Klap Checkout
const kpChannel = (o) => row(['Terminal', 'Terminal', 'Checkout', 'Terminal', 'Link de pago', 'Terminal', 'Checkout'], n(o) % 7)
const kpOnline = (o) => kpChannel(o) !== 'Terminal'
const kpAmt = (o) => [12990, 18490, 8990, 32980, 24500, 15990, 45970, 9990][n(o) % 8]
const kpTip = (o) => (kpOnline(o) ? 0 : n(o) % 3 === 0 ? Math.round(kpAmt(o) * 0.1) : 0)
const kpType = (o) => row(['Débito', 'Crédito', 'Débito', 'Prepago', 'Crédito', 'Débito'], n(o) % 6)
const kpBrand = (o) => (kpType(o) === 'Débito' ? (n(o) % 4 === 0 ? 'Visa Débito' : 'Redcompra') : row(['Visa', 'Mastercard', 'American Express', 'Visa', 'Mastercard'], n(o) % 5))
const kpInst = (o) => (kpType(o) === 'Crédito' && kpAmt(o) > 30000 ? 3 : kpType(o) === 'Crédito' ? 1 : 0)
const kpSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Anulada', 'Aprobada', 'Rechazada', 'Aprobada'], n(o) % 7)
const kpFee = (o) => Math.round((kpAmt(o) + kpTip(o)) * (kpType(o) === 'Crédito' ? 0.0249 : 0.0149))
const kpAt = (o) => open(o.at, -4, 12, 11)
// ---------------------------------------------------------------- 10. Wasapi contacts (es, P)
// a Medellín women's-fashion brand selling by Instagram and WhatsApp
const wsCity = (c) => row(['Medellín', 'Envigado', 'Bogotá', 'Medellín', 'Itagüí', 'Cali', 'Sabaneta', 'Barranquilla', 'Medellín', 'Pereira'], n(c) % 10)
const WS_BARRIOS = { Medellín: ['Laureles', 'El Poblado', 'Belén', 'Robledo'], Envigado: ['Zúñiga', 'La Magnolia'], Bogotá: ['Chapinero', 'Cedritos'], Itagüí: ['Santa María'], Cali: ['Granada'], Sabaneta: ['Aves María'], Barranquilla: ['El Prado'], Pereira: ['Pinares'] }
const wsBarrio = (c) => row(WS_BARRIOS[wsCity(c)], n(c) >> 3)
const wsAddr = (c) => row(['Cra. 70 # 44-21', 'Cl. 10 Sur # 43A-15 Apto 502', 'Cra. 43A # 1-50', 'Cl. 33 # 76-110', 'Diagonal 75B # 2A-80', 'Cra. 25 # 9-30 Int. 201', 'Cl. 140 # 11-45'], n(c) % 7)
const wsTags = (c) => row(['cliente', 'cliente, vip', 'interesada colección nueva', '', 'carrito abandonado', 'cliente, mayorista', 'sorteo abril'], n(c) % 7)
const wsBuyer = (c) => !['', 'interesada colección nueva', 'sorteo abril', 'carrito abandonado'].includes(wsTags(c))
// ---------------------------------------------------------------- 11. Eventtia attendees (es, B)
// a Bogotá digital-payments forum for banks and retailers: [empresa, NIT, dominio, industria, tamaño, ciudad, país]
const ET_FIRMS = [['Bancolombia', '890.903.938-8', 'bancolombia.com.co', 'Banca y servicios financieros', 'Más de 1.000 empleados', 'Medellín', 'Colombia'], ['Almacenes La Sabana S.A.S.', '900.345.112-4', 'lasabana.com.co', 'Retail', '201 a 1.000 empleados', 'Bogotá', 'Colombia'], ['Cooperativa Financiera Andina', '860.014.522-1', 'coopandina.coop', 'Cooperativas y fondos', '51 a 200 empleados', 'Bucaramanga', 'Colombia'], ['PagoÁgil S.A.S.', '901.512.776-3', 'pagoagil.co', 'Fintech', '11 a 50 empleados', 'Bogotá', 'Colombia'], ['Farmacias Vidasana S.A.', '20512345678', 'vidasana.pe', 'Retail farmacéutico', '201 a 1.000 empleados', 'Lima', 'Perú'], ['Grupo Logístico del Caribe S.A.S.', '900.872.330-9', 'glcaribe.com', 'Logística', '201 a 1.000 empleados', 'Barranquilla', 'Colombia']]
const etFirm = (c) => row(ET_FIRMS, n(c) >> 1)
const ET_ROLE = [['Gerente de Medios de Pago', 'Medios de pago'], ['Gerente de Transformación Digital', 'Tecnología'], ['Jefe de E-commerce', 'Comercial'], ['Analista de Riesgo y Fraude', 'Riesgo'], ['CEO', 'Presidencia'], ['Coordinador de Tesorería', 'Financiera'], ['Product Manager', 'Producto']]
const etRole = (c) => row(ET_ROLE, n(c) % 7)
const etType = (c) => row(['Asistente', 'Asistente', 'Speaker', 'Asistente', 'Patrocinador', 'Asistente', 'Prensa', 'Asistente'], n(c) % 8)
const etSt = (c) => row(['Confirmado', 'Confirmado', 'Pendiente de aprobación', 'Confirmado', 'Cancelado', 'Confirmado'], n(c) % 6)
const etIn = (c) => etSt(c) === 'Confirmado' && n(c) % 5 !== 2
const ET_DAY = Date.UTC(2024, 8, 25, 12, 30)
const etReg = (c) => open(ET_DAY - (3 + n(c) % 50) * day - (n(c) * 7001) % 40000000, -5, 7, 14)
const etPerson = (c) => (etFirm(c)[6] === 'Perú' ? pe(c) : co(c))
// ---------------------------------------------------------------- 12. Ruklo members (es, P)
// a Santiago pet-store chain's club: [comuna, región]
const RK_PLACES = [['Providencia', 'Región Metropolitana'], ['Ñuñoa', 'Región Metropolitana'], ['Las Condes', 'Región Metropolitana'], ['Maipú', 'Región Metropolitana'], ['La Florida', 'Región Metropolitana'], ['Viña del Mar', 'Región de Valparaíso'], ['Concepción', 'Región del Biobío'], ['Puente Alto', 'Región Metropolitana']]
const rkPlace = (c) => row(RK_PLACES, n(c) % 8)
const rkEarned = (c) => 200 + (n(c) * 53) % 9800
const rkUsed = (c) => (n(c) % 3 === 0 ? 0 : Math.floor(rkEarned(c) * 0.4 / 100) * 100)
const rkAvail = (c) => rkEarned(c) - rkUsed(c)
const rkTier = (c) => (rkEarned(c) > 7000 ? 'Oro' : rkEarned(c) > 3000 ? 'Plata' : 'Bronce')
const rkBuys = (c) => Math.max(1, Math.round(rkSpent(c) / (18000 + (n(c) % 5) * 4000)))
const rkSpent = (c) => rkEarned(c) * 100 + (n(c) % 90) * 110

export const SETS = [
  // ---------------------------------------------------------------- Brazil: delivery app restaurant orders
  { name: 'delivery-much-relatorio-pedidos-pt', product: 'Delivery Much (Portal do Parceiro: Relatórios > Pedidos > Exportar Excel, one row per order, Brazilian Portuguese UI, a Santa Maria (RS) pizzeria and xis house taking app orders for delivery and pickup, BRT, BRL)', family: 'delivery', language: 'pt', schema: E, cols: [
    ['Nº do pedido', (c, o) => String(41800000 + n(o) * 13), [OR('purchaseID')]],
    ['Data/Hora', (c, o) => brM(brt(dmAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => dmSt(o), []],
    ['Tipo de entrega', (c, o) => (dmPickup(o) ? 'Retirada no local' : 'Delivery'), ['commerce.shipping.shippingMethod'], opt],
    ['Cliente', (c) => br(c).full, []],
    ['Telefone', (c) => `(55) ${br(c).cel.slice(0, 5)}-${br(c).cel.slice(5)}`, PHONE_ID, opt],
    ['Pedidos do cliente', (c) => String(1 + (n(c) * 7) % 38), []],
    ['Endereço', (c, o) => (dmPickup(o) ? '' : br(c).sm[1]), [SHIP('street1')]],
    ['Número', (c, o) => (dmPickup(o) ? '' : String(20 + (n(c) * 13) % 1900)), [SHIP('street1'), SHIP('street2')], opt],
    ['Complemento', (c, o) => (dmPickup(o) ? '' : br(c).smCompl), [SHIP('street2')]],
    ['Bairro', (c, o) => (dmPickup(o) ? '' : br(c).sm[0]), [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c, o) => (dmPickup(o) ? '' : 'Santa Maria'), [SHIP('city')]],
    ['CEP', (c, o) => (dmPickup(o) ? '' : br(c).sm[2]), [SHIP('postalCode')]],
    ['Itens', (c, o) => dmLines(o).map(([q, it]) => `${q}x ${it[0]}`).join(' | '), [PL('name')], opt],
    ['Qtd. itens', (c, o) => String(dmLines(o).reduce((a, [q]) => a + q, 0)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => reaisPlain(dmSub(o)), [], opt],
    ['Taxa de entrega', (c, o) => reaisPlain(dmFee(o)), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => reaisPlain(dmDisc(o)), [OR('discountAmount')]],
    ['Cupom', (c, o) => (dmDisc(o) ? 'PIZZA10' : ''), ['commerce.promotionID'], opt],
    ['Total', (c, o) => reaisPlain(dmTotal(o)), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => dmPay(o), [OR('payments[0].paymentType')]],
    ['Troco para', (c, o) => (dmPay(o) === 'Dinheiro' ? reaisPlain(Math.ceil(dmTotal(o) / 50) * 50) : ''), []],
    ['Pago online', (c, o) => (dmOnline(o) ? 'Sim' : 'Não'), []],
    ['Comissão Delivery Much', (c, o) => reaisPlain(dmSub(o) * (dmOnline(o) ? 0.14 : 0.12)), []],
    ['Valor a receber', (c, o) => reaisPlain(dmTotal(o) - dmSub(o) * (dmOnline(o) ? 0.14 : 0.12)), []],
    ['Tempo de entrega (min)', (c, o) => (dmSt(o) === 'Cancelado' || dmSt(o) === 'Em preparo' ? '' : String(25 + (n(o) * 7) % 40)), []],
    ['Origem', (c, o) => row(['App Android', 'App iOS', 'Site', 'App Android', 'App Android'], n(o) % 5), [], opt],
    ['Observação', (c, o) => row(['', '', 'Sem cebola no xis', '', 'Tocar o interfone 302', 'Mandar maionese extra', ''], n(o) % 7), []],
    ['Motivo do cancelamento', (c, o) => (dmSt(o) === 'Cancelado' ? row(['Cliente desistiu', 'Fora da área de entrega', 'Loja sem o produto'], n(o) % 3) : ''), []],
    ['Avaliação', (c, o) => (dmSt(o) === 'Entregue' && n(o) % 3 !== 0 ? String(3 + (n(o) % 3)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Brazil: furniture marketplace seller order lines
  { name: 'madeiramadeira-portal-seller-pedidos-pt', product: 'MadeiraMadeira Marketplace (Portal do Seller: Pedidos > Exportar pedidos, .xlsx one row per order item, Brazilian Portuguese UI, a São Bento do Sul (SC) solid-wood furniture maker shipping by road carriers, BRT, BRL)', family: 'marketplace', language: 'pt', schema: E, cols: [
    ['Pedido', (c, o) => String(88200000 + n(o) * 7), [OR('purchaseID')]],
    ['Data do pedido', (c, o) => brT(brt(mmAt(o))), ['timestamp', OR('createdDate')]],
    ['Data de aprovação', (c, o) => brT(brt(mmAt(o) + (mmPay(o) === 'Boleto Bancário' ? 1 + n(o) % 2 : 0) * day + 180000)), [], opt],
    ['Status', (c, o) => mmSt(o), []],
    ['Prazo de despacho', (c, o) => dmy(brt(mmAt(o) + 5 * day), '/'), []],
    ['SKU Seller', (c, o) => mmItem(o)[0], [PL('SKU')]],
    ['ID Produto MadeiraMadeira', (c, o) => mmItem(o)[1], [PL('_id'), PL('product')], opt],
    ['Produto', (c, o) => mmItem(o)[2], [PL('name')]],
    ['Quantidade', (c, o) => String(mmQty(o)), [PL('quantity')]],
    ['Preço unitário', (c, o) => reais(mmItem(o)[3]), [], opt],
    ['Valor total do item', (c, o) => reais(mmLine(o)), [PL('priceTotal')]],
    ['Frete', (c, o) => reais(mmFreight(o)), ['commerce.shipping.shippingAmount']],
    ['Total do pedido', (c, o) => reais(mmLine(o) + mmFreight(o)), [OR('priceTotal')]],
    ['Comissão', (c, o) => reais(mmLine(o) * 0.16), []],
    ['Forma de pagamento', (c, o) => mmPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (mmPay(o) === 'Cartão de Crédito' ? String(1 + (n(o) % 10)) : '1'), []],
    ['Nome do cliente', (c) => br(c).full, []],
    ['CPF/CNPJ', (c) => br(c).cpf, []],
    ['E-mail', (c) => br(c).email, EMAIL_ID],
    ['Telefone', (c) => brCel(br(c)), PHONE_ID, opt],
    ['CEP', (c) => br(c).cep, [SHIP('postalCode')]],
    ['Endereço', (c) => br(c).street, [SHIP('street1')]],
    ['Número', (c) => br(c).num, [SHIP('street1'), SHIP('street2')], opt],
    ['Complemento', (c) => br(c).compl, [SHIP('street2')]],
    ['Bairro', (c) => br(c).bairro, [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c) => br(c).city, [SHIP('city')]],
    ['UF', (c) => br(c).uf, STATE(['commerce.shipping.address'])],
    ['Transportadora', (c, o) => (mmInvoiced(o) ? mmCarrier(o) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Código de rastreio', (c, o) => (mmShipped(o) ? `${mmCarrier(o).slice(0, 3).toUpperCase()}${pad((n(o) * 104729) % 100000000, 8)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Nota fiscal', (c, o) => (mmInvoiced(o) ? String(15000 + n(o) % 9000) : ''), []],
    ['Data de envio', (c, o) => (mmShipped(o) ? dmy(brt(mmAt(o) + 3 * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['Previsão de entrega', (c, o) => dmy(brt(mmAt(o) + (12 + n(o) % 10) * day), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: PIX / boleto / card gateway orders
  { name: 'pagbrasil-relatorio-pedidos-pt', product: 'PagBrasil (Painel PagBrasil: Relatórios > Pedidos > Exportar CSV, one row per order with its PIX, boleto or card payment, Brazilian Portuguese UI, a Porto Alegre public-exam prep school selling online courses, BRT, BRL)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID PagBrasil', (c, o) => pbId(o), ['_id', OR('payments[0].transactionID')]],
    ['Pedido', (c, o) => `CP-${pad(60000 + n(o) % 40000, 6)}`, [OR('purchaseID')]],
    ['Data do pedido', (c, o) => brT(brt(pbAt(o))), ['timestamp', OR('createdDate')]],
    ['Data do pagamento', (c, o) => (pbPaid(o) ? brT(brt(pbPayAt(o))) : ''), [], opt],
    ['Status', (c, o) => pbSt(o), []],
    ['Forma de pagamento', (c, o) => pbMethod(o), [OR('payments[0].paymentType')]],
    ['Produto', (c, o) => pbItem(o)[0], [PL('name')], opt],
    ['Valor do pedido', (c, o) => reaisPlain(pbItem(o)[1]), [OR('priceTotal')]],
    ['Valor pago', (c, o) => (pbPaid(o) ? reaisPlain(pbItem(o)[1]) : '0,00'), [OR('payments[0].paymentAmount')]],
    ['Moeda', () => 'BRL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Parcelas', (c, o) => String(pbInst(o)), []],
    ['Bandeira', (c, o) => (pbMethod(o) === 'Cartão de crédito' ? row(['Visa', 'Mastercard', 'Elo', 'Mastercard', 'Hipercard', 'Amex'], n(o) % 6) : ''), []],
    ['Tarifa', (c, o) => (pbPaid(o) ? reaisPlain(pbFee(o)) : '0,00'), []],
    ['Valor líquido', (c, o) => (pbPaid(o) ? reaisPlain(pbItem(o)[1] - pbFee(o)) : '0,00'), []],
    ['Data de liquidação', (c, o) => (pbPaid(o) ? dmy(brt(pbPayAt(o) + (pbMethod(o) === 'Cartão de crédito' ? 30 : 1) * day), '/') : ''), []],
    ['Nome do cliente', (c) => br(c).full, []],
    ['CPF/CNPJ', (c) => br(c).cpf.replace(/\D/g, ''), []],
    ['E-mail', (c) => br(c).email, EMAIL_ID],
    ['Telefone', (c) => `+55${br(c).ddd}${br(c).cel}`, PHONE_ID, opt],
    ['Endereço', (c) => `${br(c).street}, ${br(c).num}`, [BILL('street1')]],
    ['Cidade', (c) => br(c).city, [BILL('city')]],
    ['UF', (c) => br(c).uf, STATE(['commerce.billing.address'])],
    ['CEP', (c) => br(c).cep.replace('-', ''), [BILL('postalCode')]],
    ['E2E ID', (c, o) => (pbMethod(o) === 'PIX' && pbPaid(o) ? pbE2E(o) : ''), [OR('payments[0].transactionID')], opt],
    ['Nosso número', (c, o) => (pbMethod(o) === 'Boleto' ? pad((n(o) * 7919) % 100000000000, 11) : ''), []],
    ['Vencimento', (c, o) => (pbMethod(o) === 'Boleto' ? dmy(brt(pbAt(o) + 3 * day), '/') : ''), []],
    ['Valor estornado', (c, o) => (pbRefund(o) ? reaisPlain(pbItem(o)[1]) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Data do estorno', (c, o) => (pbRefund(o) ? brT(brt(pbPayAt(o) + (3 + n(o) % 20) * day)) : ''), [], opt],
    ['URL de retorno', () => 'https://www.cursopreparasul.com.br/checkout/obrigado', [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: WhatsApp team inbox chats
  { name: 'chatguru-exportar-chats-pt', product: 'ChatGuru (Painel: Chats > Exportar chats, CSV one row per WhatsApp contact with its custom fields, Brazilian Portuguese UI, a Goiânia optical-store chain selling glasses and contact lenses over WhatsApp)', family: 'messaging', language: 'pt', schema: P, cols: [
    ['Chat ID', (c) => v.hex(v.rng(n(c) * 17 + 3), 24), [], opt],
    ['Nome', (c) => (n(c) % 9 === 4 ? `${br(c).first} 👓` : br(c).full), ['person.name.fullName']],
    ['Número', (c) => `5562${br(c).cel}`, ['mobilePhone.number']],
    ['Status', (c) => row(['Fechado', 'Aberto', 'Fechado', 'Aguardando', 'Fechado'], n(c) % 5), []],
    ['Responsável', (c) => cgAgent(c), []],
    ['Departamento', (c) => row(['Vendas', 'Vendas', 'Pós-venda', 'Laboratório', 'Vendas'], n(c) % 5), []],
    ['Etiquetas', (c) => row(['cliente', 'orçamento enviado', 'cliente, lente de contato', '', 'óculos pronto', 'campanha dia das mães'], n(c) % 6), []],
    ['Funil', () => 'Vendas Óculos', []],
    ['Etapa do funil', (c) => row(['Novo contato', 'Orçamento', 'Negociação', 'Venda concluída', 'Venda concluída', 'Perdido'], n(c) % 6), []],
    ['Criado em', (c) => brM(brt(c.created)), [], opt],
    ['Última mensagem', (c) => brM(brt(later(c))), [], opt],
    ['Bot ativo', (c) => (n(c) % 4 === 0 ? 'Sim' : 'Não'), []],
    ['Origem', (c) => row(['Anúncio Instagram', 'Site', 'Google Meu Negócio', 'Indicação', 'Anúncio Facebook'], n(c) % 5), [], opt],
    ['E-mail', (c) => (cgKnown(c) && n(c) % 3 !== 0 ? br(c).email : ''), ['personalEmail.address']],
    ['CPF', (c) => (cgKnown(c) ? br(c).cpf : ''), ['person.taxId']],
    ['Data de nascimento', (c) => (cgKnown(c) ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Cidade', (c) => row(GYN.cities, br(c).gyn), at(HOME, 'city')],
    ['Bairro', (c) => row(GYN.bairros, br(c).gyn), [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['Loja', (c) => cgLoja(c), []],
    ['Última compra', (c) => (cgKnown(c) ? dmy(brt(later(c) - 40 * day), '/') : ''), [], opt],
    ['Valor última compra', (c) => (cgKnown(c) ? reaisPlain(190 + (n(c) * 37) % 1800) : ''), [], opt],
    ['Vencimento da receita', (c) => (cgKnown(c) && n(c) % 2 ? dmy(brt(later(c) + 320 * day), '/') : ''), []],
    ['Anotações', (c) => row(['', 'Grau alto, oferecer lente 1.67', '', 'Prefere retirar na loja do Flamboyant', '', 'Aguardando convênio'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Brazil: batch company lookup with partners
  { name: 'assertiva-localize-lote-pj-socios-pt', product: 'Assertiva Localize (Assertiva Soluções; Consultas em lote > Pessoa Jurídica > Baixar resultado CSV, one row per partner or director of each CNPJ, Brazilian Portuguese UI, a Campinas industrial-fasteners distributor enriching its prospect list of Campinas-region factories)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpjOf(asFirm(c)[0]), ACC, opt],
    ['Razão Social', (c) => asFirm(c)[1], CO],
    ['Nome Fantasia', (c) => asFirm(c)[2], CO, opt],
    ['Situação Cadastral', () => 'ATIVA', []],
    ['Data de Abertura', (c) => asFirm(c)[16], []],
    ['CNAE Principal', (c) => asFirm(c)[3], []],
    ['Descrição CNAE Principal', (c) => asFirm(c)[4], []],
    ['Porte', (c) => asFirm(c)[5], []],
    ['Capital Social', (c) => reais(asFirm(c)[6]), []],
    ['Logradouro', (c) => asFirm(c)[7], [W('street1')]],
    ['Número', (c) => asFirm(c)[8], [W('street1'), W('street2')], opt],
    ['Complemento', (c) => asFirm(c)[9], [W('street2')]],
    ['Bairro', (c) => asFirm(c)[10], [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c) => asFirm(c)[11], [W('city')]],
    ['UF', (c) => asFirm(c)[12], STATE(['workAddress'])],
    ['CEP', (c) => asFirm(c)[13], [W('postalCode')]],
    ['Telefone 1', (c) => `(${asFirm(c)[14].slice(0, 2)}) ${asFirm(c)[14].slice(2, 6)}-${asFirm(c)[14].slice(6)}`, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 3 === 0 ? `(19) 3${pad((n(c) * 611) % 1000, 3)}-${pad((n(c) * 37) % 10000, 4)}` : ''), ['workPhone.number'], opt],
    ['E-mail', (c) => `${row(['contato', 'comercial', 'compras', 'financeiro'], n(c) % 4)}@${asFirm(c)[15]}`, ['workEmail.address'], opt],
    ['Site', (c) => `www.${asFirm(c)[15]}`, ['b2b.companyWebsite']],
    ['Quantidade de Funcionários', (c) => row(['De 100 a 499', 'De 500 a 999', 'De 20 a 99', 'De 10 a 19', 'Acima de 1000', 'De 20 a 99'], n(c) >> 1), []],
    ['Faturamento Presumido', (c) => row(['De R$ 30 mi a R$ 90 mi', 'De R$ 90 mi a R$ 300 mi', 'De R$ 4,8 mi a R$ 30 mi', 'Até R$ 4,8 mi', 'Acima de R$ 300 mi', 'De R$ 4,8 mi a R$ 30 mi'], n(c) >> 1), []],
    ['Nome do Sócio', (c) => br(c).full.toUpperCase(), ['person.name.fullName']],
    ['CPF do Sócio', (c) => `***.${br(c).cpf.slice(4, 11)}-**`, ['person.taxId'], opt],
    ['Qualificação', (c) => asQual(c), ['extendedWorkDetails.jobTitle'], opt],
    ['Data de Entrada na Sociedade', (c) => dmy(bd(c.created - 2000 * day), '/'), []],
    ['Celular do Sócio', (c) => (asCel(c) ? brCel({ ...br(c), ddd: '19' }) : ''), ['mobilePhone.number']],
    ['E-mail do Sócio', (c) => (n(c) % 3 === 2 ? br(c).email : n(c) % 3 === 0 ? `${v.slug(br(c).first)}@${asFirm(c)[15]}` : ''), WE],
    ['Score de Contatabilidade', (c) => row(['Alto', 'Médio', 'Alto', 'Baixo', 'Muito alto'], n(c) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: marketing-automation CRM leads
  { name: 'sprinthub-exportar-leads-pt', product: 'SprintHub (Leads > Filtrar > Exportar leads CSV, one row per lead, Brazilian Portuguese UI, a Florianópolis HR and payroll SaaS nurturing B2B leads from southern-Brazil companies)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(310000 + (n(c) * 7919) % 600000), B2BID],
    ['Nome', (c) => br(c).first, ['person.name.firstName']],
    ['Sobrenome', (c) => br(c).last, ['person.name.lastName']],
    ['E-mail', (c) => (n(c) % 5 === 4 ? br(c).email : `${v.slug(br(c).first)}.${v.slug(br(c).last)}@${shFirm(c)[1]}`), WE],
    ['Telefone', (c) => (n(c) % 3 === 0 ? `(${shFirm(c)[6]}) 3${pad((n(c) * 271) % 1000, 3)}-${pad((n(c) * 91) % 10000, 4)}` : ''), ['workPhone.number']],
    ['WhatsApp', (c) => (n(c) % 3 !== 2 ? `(${shFirm(c)[6]}) ${br(c).cel.slice(0, 5)}-${br(c).cel.slice(5)}` : ''), ['mobilePhone.number']],
    ['Empresa', (c) => shFirm(c)[0], CO],
    ['Cargo', (c) => shRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => shRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Número de funcionários', (c) => shFirm(c)[3], []],
    ['Segmento', (c) => shFirm(c)[2], []],
    ['Site', (c) => `https://${shFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Cidade', (c) => shFirm(c)[4], [W('city'), 'homeAddress.city']],
    ['Estado', (c) => shFirm(c)[5], STATE(['workAddress', 'homeAddress'])],
    ['País', () => 'Brasil', [W('country'), 'homeAddress.country']],
    ['Pontuação', (c) => String((n(c) * 13) % 180), ['b2b.personScore']],
    ['Etapa do funil', (c) => shStage(c), ['b2b.personStatus'], opt],
    ['Origem', (c) => row(['Busca orgânica', 'Google Ads', 'LinkedIn Ads', 'Indicação', 'Evento', 'E-mail marketing'], n(c) % 6), ['b2b.personSource'], opt],
    ['Primeira conversão', (c) => row(['Ebook: Guia do eSocial 2024', 'Planilha de Banco de Horas', 'Calculadora de Rescisão'], n(c) % 3), [], opt],
    ['Última conversão', (c) => shConv(c), [], opt],
    ['Data da última conversão', (c) => brT(brt(later(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Responsável', (c) => (['SQL', 'Oportunidade', 'Cliente'].includes(shStage(c)) ? row(['Marina Kuhn', 'Diego Prates', 'Luiza Becker'], n(c) % 3) : ''), []],
    ['Tags', (c) => row(['', 'evento-rh-summit', 'trial', 'ebook-esocial', 'sem-fit', ''], n(c) % 6), []],
    ['Status do e-mail', (c) => row(['Válido', 'Válido', 'Válido', 'Bounce', 'Descadastrado'], n(c) % 5), [], opt],
    ['Criado em', (c) => brT(brt(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Atualizado em', (c) => brT(brt(later(c) + 2 * day)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['utm_source', (c) => row(['google', '', 'linkedin', '', 'newsletter', 'google'], n(c) % 6), [], opt],
    ['utm_campaign', (c) => row(['folha-pagamento-sc', '', 'abm-industria', '', 'news-marco', 'marca'], n(c) % 6), [], opt],
  ] },
  // ---------------------------------------------------------------- Peru: ticketing platform ticket sales
  { name: 'joinnus-reporte-ventas-pe', product: 'Joinnus (Panel del organizador: Reportes > Ventas > Descargar Excel, one row per order with its ticket type, Peruvian Spanish UI, a Barranco (Lima) craft-beer and music festival with two editions, Lima time, PEN)', family: 'events', language: 'es', schema: E, cols: [
    ['N° de orden', (c, o) => `JN${pad(5000000 + (n(o) * 7919) % 4000000, 8)}`, [OR('purchaseID')]],
    ['Fecha de compra', (c, o) => `${dmy(lim(jnAt(o)), '/')} ${hm(lim(jnAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => jnEvent(o)[0], [], opt],
    ['Fecha del evento', (c, o) => dmy(lim(jnEvent(o)[1]), '/'), [], opt],
    ['Tipo de entrada', (c, o) => jnTicket(o)[0], [PL('name')]],
    ['Cantidad', (c, o) => String(jnQty(o)), [PL('quantity')]],
    ['Precio unitario', (c, o) => sol(jnTicket(o)[1]), [], opt],
    ['Subtotal', (c, o) => sol(jnSub(o)), [PL('priceTotal')], opt],
    ['Cargo por servicio', (c, o) => sol(jnFee(o)), []],
    ['Código promocional', (c, o) => (jnDisc(o) ? 'CHELAS15' : ''), ['commerce.promotionID'], opt],
    ['Descuento', (c, o) => sol(jnDisc(o)), [OR('discountAmount')]],
    ['Total', (c, o) => sol(jnSub(o) + jnFee(o) - jnDisc(o)), [OR('priceTotal')]],
    ['Moneda', () => 'PEN', [OR('currencyCode')]],
    ['Método de pago', (c, o) => jnPay(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => jnSt(o), []],
    ['Nombres', (c) => pe(c).first, []],
    ['Apellidos', (c) => `${pe(c).last} ${pe(c).last2}`, []],
    ['Tipo de documento', (c) => (n(c) % 13 === 6 ? 'CE' : 'DNI'), []],
    ['N° de documento', (c) => (n(c) % 13 === 6 ? String(1000000 + n(c) % 900000).padStart(9, '0') : pe(c).dni), []],
    ['Correo electrónico', (c) => pe(c).email, EMAIL_ID],
    ['Celular', (c) => pe(c).cel, PHONE_ID, opt],
    ['Asistencia', (c, o) => (jnIn(o) ? 'Sí' : 'No'), []],
    ['Fecha de ingreso', (c, o) => (jnIn(o) ? `${dmy(lim(jnEvent(o)[1]), '/')} ${hm(lim(jnEvent(o)[1] + (n(o) % 200) * 60000))}` : ''), [], opt],
    ['Canal de venta', (c, o) => row(['Web', 'App', 'Web', 'Punto de venta'], n(o) % 4), [], opt],
    ['Acepta términos de marketing', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Mexico: CFDI issued invoices
  { name: 'facturoporti-reporte-cfdi-emitidos-mx', product: 'FacturoPorTi (Mis comprobantes > CFDI emitidos > Exportar a Excel, one row per CFDI 4.0, Mexican Spanish UI, a Guadalajara specialty-coffee roaster invoicing cafés, hotels and online buyers, Guadalajara time, MXN)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['UUID', (c, o) => fpUuid(o), ['_id'], opt],
    ['Serie', (c, o) => (fpGeneral(c) ? 'G' : 'A'), []],
    ['Folio', (c, o) => String(4200 + n(o) % 5000), [OR('purchaseID')], opt],
    ['Fecha de emisión', (c, o) => isoLocal(gdl(fpAt(o))), ['timestamp', OR('createdDate')]],
    ['Fecha de timbrado', (c, o) => isoLocal(gdl(fpAt(o) + 4000 + (n(o) % 50) * 1000)), [], opt],
    ['Tipo de comprobante', (c, o) => (n(o) % 13 === 7 ? 'E - Egreso' : 'I - Ingreso'), [], opt],
    ['RFC receptor', (c) => fpRcpt(c)[0], []],
    ['Nombre receptor', (c) => fpRcpt(c)[1], []],
    ['Régimen fiscal receptor', (c) => fpRcpt(c)[2], []],
    ['Domicilio fiscal receptor (C.P.)', (c) => fpRcpt(c)[3], [BILL('postalCode')]],
    ['Uso CFDI', (c) => fpRcpt(c)[4], []],
    ['Método de pago', (c, o) => (fpForm(o).startsWith('99') ? 'PPD - Pago en parcialidades o diferido' : 'PUE - Pago en una sola exhibición'), [], opt],
    ['Forma de pago', (c, o) => fpForm(o), [OR('payments[0].paymentType')]],
    ['Moneda', () => 'MXN', [OR('currencyCode')]],
    ['Tipo de cambio', () => '1', []],
    ['Concepto', (c, o) => fpItem(o)[0], [PL('name')], opt],
    ['Clave producto/servicio', (c, o) => fpItem(o)[1], [], opt],
    ['Subtotal', (c, o) => dec(fpSub(o), '.'), [], opt],
    ['Descuento', (c, o) => dec(fpDisc(o), '.'), [OR('discountAmount')]],
    ['IVA trasladado', (c, o) => dec(fpIva(o), '.'), [OR('taxAmount')]],
    ['IVA retenido', () => '0.00', []],
    ['ISR retenido', () => '0.00', []],
    ['Total', (c, o) => dec(fpTotal(o), '.'), [OR('priceTotal')]],
    ['Estatus', (c, o) => (fpCancel(o) ? 'Cancelado' : 'Vigente'), []],
    ['Fecha de cancelación', (c, o) => (fpCancel(o) ? isoLocal(gdl(fpAt(o) + (1 + n(o) % 9) * day)) : ''), [OR('cancelDate')], opt],
    ['Motivo de cancelación', (c, o) => (fpCancel(o) ? '02 - Comprobante emitido con errores sin relación' : ''), []],
    ['Correo receptor', (c) => (fpGeneral(c) ? '' : fpBiz(c) ? `facturas@${row(FP_BIZ, n(c) >> 2)[4]}` : mx(c).email), EMAIL_ID],
    ['Orden de compra', (c, o) => (fpBiz(c) ? `OC-${pad(n(o) % 10000, 5)}` : ''), [OR('purchaseOrderNumber')], opt],
  ] },
  // ---------------------------------------------------------------- Chile: acquirer card sales
  { name: 'klap-comercios-ventas-cl', product: 'Klap (Portal Comercios Klap: Ventas > Detalle de ventas > Descargar Excel, one row per card transaction from Klap terminals, Klap Checkout and payment links, Chilean Spanish UI, a Providencia (Santiago) sushi and poke restaurant with two locales, Santiago time, CLP)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID transacción', (c, o) => String(7100000000 + (n(o) * 104729) % 800000000), ['_id', OR('payments[0].transactionID')]],
    ['Fecha transacción', (c, o) => `${dmy(scl(kpAt(o)), '-')} ${hms(scl(kpAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Canal', (c, o) => kpChannel(o), [], opt],
    ['Sucursal', (c, o) => (kpOnline(o) ? 'Tienda online' : row(['Providencia - Av. Italia', 'Providencia - Los Leones'], n(o) % 2)), ['commerce.commerceScope.storeCode'], opt],
    ['N° terminal', (c, o) => (kpOnline(o) ? '' : `KT${pad(40120 + n(o) % 3, 6)}`), []],
    ['N° orden', (c, o) => (kpOnline(o) ? `WEB-${pad(n(o) % 100000, 5)}` : ''), [OR('purchaseID')], opt],
    ['Código de autorización', (c, o) => (kpSt(o) === 'Rechazada' ? '' : pad((n(o) * 7919) % 1000000, 6)), [], opt],
    ['Tipo de tarjeta', (c, o) => kpType(o), [OR('payments[0].paymentType')]],
    ['Marca', (c, o) => kpBrand(o), [], opt],
    ['N° tarjeta', (c, o) => `**** ${pad((n(o) * 37) % 10000, 4)}`, []],
    ['Cuotas', (c, o) => String(kpInst(o)), []],
    ['Tipo de cuota', (c, o) => (kpInst(o) > 1 ? 'Cuotas sin interés' : kpType(o) === 'Crédito' ? 'Sin cuotas' : 'Débito'), []],
    ['Monto venta', (c, o) => clp(kpAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Propina', (c, o) => clp(kpTip(o)), []],
    ['Monto total', (c, o) => clp(kpAmt(o) + kpTip(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Comisión', (c, o) => clp(kpSt(o) === 'Aprobada' ? kpFee(o) : 0), []],
    ['IVA comisión', (c, o) => clp(kpSt(o) === 'Aprobada' ? Math.round(kpFee(o) * 0.19) : 0), []],
    ['Monto a abonar', (c, o) => clp(kpSt(o) === 'Aprobada' ? kpAmt(o) + kpTip(o) - kpFee(o) - Math.round(kpFee(o) * 0.19) : 0), []],
    ['Fecha de abono', (c, o) => (kpSt(o) === 'Aprobada' ? dmy(scl(kpAt(o) + (kpType(o) === 'Crédito' ? 2 : 1) * day), '-') : ''), []],
    ['Estado', (c, o) => kpSt(o), []],
    ['Monto anulado', (c, o) => clp(kpSt(o) === 'Anulada' ? kpAmt(o) + kpTip(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Email pagador', (c, o) => (kpOnline(o) ? cl(c).email : ''), EMAIL_ID],
    ['RUT pagador', (c, o) => (kpChannel(o) === 'Checkout' ? cl(c).rut : ''), []],
  ] },
  // ---------------------------------------------------------------- Colombia: WhatsApp CRM contacts
  { name: 'wasapi-exportar-contactos-co', product: 'Wasapi (Contactos > Exportar contactos, Excel one row per WhatsApp contact with its custom fields, Colombian Spanish UI, a Medellín women\'s-fashion brand selling by Instagram and WhatsApp)', family: 'messaging', language: 'es', schema: P, cols: [
    ['ID', (c) => String(18000000 + (n(c) * 7919) % 9000000), ['_id', 'personID'], opt],
    ['Nombre', (c) => co(c).first, ['person.name.firstName']],
    ['Apellido', (c) => (n(c) % 6 === 5 ? '' : co(c).last), ['person.name.lastName']],
    ['Teléfono', (c) => `57${co(c).cel}`, ['mobilePhone.number']],
    ['Código de país', () => '57', ['mobilePhone.countryCode'], opt],
    ['Correo', (c) => (wsBuyer(c) ? co(c).email : ''), ['personalEmail.address']],
    ['Etiquetas', (c) => wsTags(c), []],
    ['Estado', (c) => (n(c) % 17 === 8 ? 'Bloqueado' : 'Activo'), [], opt],
    ['Agente asignado', (c) => row(['Sara Montoya', 'Valeria Ríos', 'Sin asignar', 'Sara Montoya', 'Manuela Arango'], n(c) % 5), []],
    ['Fecha de creación', (c) => `${dmy(bog(c.created), '/')} ${hm(bog(c.created))}`, [], opt],
    ['Última interacción', (c) => `${dmy(bog(later(c)), '/')} ${hm(bog(later(c)))}`, [], opt],
    ['Opt-in', (c) => (n(c) % 7 === 3 ? 'No' : 'Sí'), [], opt],
    ['Fuente', (c) => row(['Anuncio Click to WhatsApp', 'Instagram', 'Widget web', 'Importación', 'Anuncio Click to WhatsApp'], n(c) % 5), [], opt],
    ['Cédula', (c) => (wsBuyer(c) ? co(c).cedula : ''), ['person.taxId'], opt],
    ['Ciudad', (c) => wsCity(c), at(HOME, 'city')],
    ['Barrio', (c) => wsBarrio(c), [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['Dirección', (c) => (wsBuyer(c) ? wsAddr(c) : ''), at(HOME, 'street1')],
    ['Fecha de cumpleaños', (c) => (n(c) % 3 === 1 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Talla', (c) => row(['S', 'M', 'M', 'L', 'XS', 'XL'], n(c) % 6), []],
    ['Total compras', (c) => (wsBuyer(c) ? `$${group(((n(c) * 37) % 40 + 1) * 45000, '.')}` : '$0'), ['loyalty.lifetimePurchases'], opt],
    ['Notas', (c) => row(['', 'Pide envío contraentrega', '', 'Cliente de la tienda física', 'Pregunta por tallas grandes', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Colombia: event platform attendees
  { name: 'eventtia-asistentes-exportar-co', product: 'Eventtia (Administrador del evento: Asistentes > Exportar a Excel, one row per registered attendee with the registration-form answers, Colombian Spanish UI, a Bogotá digital-payments forum for banks, retailers and fintechs)', family: 'events', language: 'es', schema: B, cols: [
    ['ID', (c) => String(2400000 + (n(c) * 7919) % 500000), B2BID, opt],
    ['Nombre', (c) => etPerson(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${etPerson(c).last} ${etPerson(c).last2}`, ['person.name.lastName']],
    ['Correo electrónico', (c) => (n(c) % 6 === 5 ? etPerson(c).email : `${v.slug(etPerson(c).first.split(' ')[0])}.${v.slug(etPerson(c).last)}@${etFirm(c)[2]}`), WE],
    ['Teléfono', (c) => (etFirm(c)[6] === 'Perú' ? `+51 ${etPerson(c).cel.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}` : `+57 ${etPerson(c).cel.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3')}`), ['mobilePhone.number', 'workPhone.number']],
    ['Empresa', (c) => etFirm(c)[0], CO],
    ['NIT / Identificación tributaria', (c) => etFirm(c)[1], ACC, opt],
    ['Cargo', (c) => etRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => etRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Industria', (c) => etFirm(c)[3], []],
    ['Tamaño de la empresa', (c) => etFirm(c)[4], []],
    ['País', (c) => etFirm(c)[6], [W('country'), 'homeAddress.country']],
    ['Ciudad', (c) => etFirm(c)[5], [W('city'), 'homeAddress.city']],
    ['Tipo de asistente', (c) => etType(c), ['b2b.personType'], opt],
    ['Entrada', (c) => (etType(c) === 'Asistente' ? row(['General', 'General', 'Ejecutivo (incluye almuerzo)'], n(c) % 3) : 'Cortesía'), []],
    ['Estado', (c) => etSt(c), [], opt],
    ['Fecha de registro', (c) => `${dmy(bog(etReg(c)), '/')} ${hm(bog(etReg(c)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Asistió', (c) => (etIn(c) ? 'Sí' : 'No'), []],
    ['Fecha de check-in', (c) => (etIn(c) ? `${dmy(bog(ET_DAY), '/')} ${hm(bog(ET_DAY + (n(c) % 90) * 60000))}` : ''), [], opt],
    ['Reuniones agendadas', (c) => String(n(c) % 5), []],
    ['Autorizo el tratamiento de mis datos personales', () => 'Sí', [], opt],
    ['Deseo recibir información de futuros eventos', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['¿Cómo se enteró del evento?', (c) => row(['LinkedIn', 'Correo de invitación', 'Un colega', 'Página web', 'Aliado / patrocinador'], n(c) % 5), ['b2b.personSource'], opt],
    ['Perfil de LinkedIn', (c) => (n(c) % 3 === 0 ? `https://www.linkedin.com/in/${v.slug(etPerson(c).first)}-${v.slug(etPerson(c).last)}-${pad(n(c) % 1000, 3)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Chile: loyalty platform members
  { name: 'ruklo-clientes-club-cl', product: 'Ruklo (Clientes > Exportar clientes, Excel one row per loyalty-club member, Chilean Spanish UI, a Santiago pet-store chain\'s points club with levels, CLP)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['RUT', (c) => cl(c).rut, ['person.taxId', 'personID']],
    ['Nombre', (c) => cl(c).first, ['person.name.firstName']],
    ['Apellido', (c) => cl(c).last, ['person.name.lastName']],
    ['Email', (c) => cl(c).email, ['personalEmail.address']],
    ['Teléfono', (c) => `+56${cl(c).cel}`, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c) => (n(c) % 4 === 3 ? '' : dmy(bd(c.birth), '-')), ['person.birthDate']],
    ['Género', (c) => (n(c) % 11 === 5 ? 'Prefiero no decir' : cl(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Comuna', (c) => rkPlace(c)[0], at(HOME, 'city'), opt],
    ['Región', (c) => rkPlace(c)[1], STATE(HOME)],
    ['Fecha de registro', (c) => dmy(scl(c.created), '-'), ['loyalty.joinDate']],
    ['Tienda de registro', (c) => row(['Ñuñoa - Irarrázaval', 'Providencia - Pedro de Valdivia', 'Tienda online', 'Las Condes - Apoquindo', 'Viña del Mar - Libertad'], n(c) % 5), []],
    ['Nivel', (c) => rkTier(c), ['loyalty.tier']],
    ['Puntos disponibles', (c) => group(rkAvail(c), '.'), ['loyalty.points']],
    ['Puntos acumulados', (c) => group(rkEarned(c), '.'), ['loyalty.lifetimePoints']],
    ['Puntos canjeados', (c) => group(rkUsed(c), '.'), ['loyalty.pointsRedeemed']],
    ['Puntos por vencer', (c) => group(n(c) % 4 === 1 ? Math.floor(rkAvail(c) / 3) : 0, '.'), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Fecha de vencimiento', (c) => (n(c) % 4 === 1 ? dmy(scl(later(c) + 90 * day), '-') : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Total compras', (c) => clp(rkSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['N° de compras', (c) => String(rkBuys(c)), []],
    ['Ticket promedio', (c) => clp(Math.round(rkSpent(c) / rkBuys(c))), []],
    ['Última compra', (c) => dmy(scl(later(c)), '-'), [], opt],
    ['Segmento', (c) => row(['Campeones', 'Leales', 'En riesgo', 'Nuevos', 'Hibernando', 'Leales'], n(c) % 6), []],
    ['Acepta email', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Acepta WhatsApp', (c) => (n(c) % 3 ? 'Sí' : 'No'), [], opt],
    ['Mascotas', (c) => row(['Perro', 'Gato', 'Perro, Gato', 'Perro', 'Gato', 'Perro, Perro'], n(c) % 6), []],
  ] },
]
