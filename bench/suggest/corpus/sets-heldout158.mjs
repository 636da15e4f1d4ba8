// Round 65, heldout158: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Portuguese (Brazil and Portugal), Latin-American Spanish, Polish, Czech
// and Hungarian exports, headers in the product's UI language: a Brazilian restaurant POS's item sales (Yooga), a
// Brazilian boleto/Pix billing API's charges (Kobana), a Brazilian barbershop booking app's clients (AppBarber), a
// Brazilian company-data service's prospect list (Lemit), a Portuguese ticket office's ticket sales (BOL - Bilheteira
// Online), a Mexican shop builder's order lines (Kichink), a Colombian WhatsApp bot platform's contacts (Jelou), a
// Chilean event platform's attendees (Welcu), an Argentine support-bot platform's conversations (Aivo), a Czech
// pay-at-table app's payments (Qerko), a Polish CRM's contacts (eDokumenty) and a Hungarian e-mail marketing tool's
// subscribers (Mailmaster) (pt-BR 4, pt-PT 1, es 4, pl 1, cs 1, hu 1; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, GEO } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, local, dec, thou, group, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Brazil and Argentina -3, Mexico -6, Colombia -5 (no summer time); Chile -4 / -3 in the southern
// summer; Portugal 0 / +1 and Poland, Czechia, Hungary +1 / +2 (northern summer time, approximated)
const brt = (ms) => shift(ms, -3)
const mex = (ms) => shift(ms, -6)
const cot = (ms) => shift(ms, -5)
const clt = (ms) => shift(ms, [10, 11, 12, 1, 2, 3].includes(new Date(ms).getUTCMonth() + 1) ? -3 : -4)
const lis = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
const brDT = (p) => `${dmy(p, '/')} ${hm(p)}`
const brDTs = (p) => `${dmy(p, '/')} ${hms(p)}`
const real = (x) => thou(x, '.', ',')
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const L = {
  br: { male: ['Thiago', 'Rafael', 'Bruno', 'Felipe', 'Gustavo', 'Leandro', 'Rodrigo', 'Vinícius', 'André', 'Matheus'], female: ['Fernanda', 'Juliana', 'Patrícia', 'Aline', 'Camila', 'Renata', 'Letícia', 'Vanessa', 'Bianca', 'Luana'],
    last: ['Barbosa', 'Cardoso', 'Ribeiro', 'Nascimento', 'Araújo', 'Cavalcanti', 'Moreira', 'Teixeira', 'Correia', 'Mendes', 'Rocha', 'Farias', 'Monteiro', 'Vieira'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'] },
  pt: { male: ['Tiago', 'Diogo', 'Rui', 'Miguel', 'Nuno', 'Gonçalo', 'Duarte', 'Ricardo'], female: ['Inês', 'Catarina', 'Joana', 'Sofia', 'Rita', 'Marta', 'Filipa', 'Leonor'],
    last: ['Carvalho', 'Pinto', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques', 'Lopes', 'Ribeiro', 'Azevedo', 'Magalhães', 'Teixeira', 'Cunha'],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'iol.pt', 'gmail.com'] },
  mx: { male: ['José Luis', 'Alejandro', 'Jorge', 'Ricardo', 'Eduardo', 'Emiliano', 'Rodrigo', 'Iván'], female: ['Guadalupe', 'Daniela', 'Fernanda', 'Ximena', 'Mariana', 'Andrea', 'Paola', 'Itzel'],
    last: ['Hernández', 'Ramírez', 'Torres', 'Flores', 'Vázquez', 'Cruz', 'Morales', 'Reyes', 'Ortiz', 'Castillo', 'Mendoza', 'Aguilar', 'Rosales', 'Jiménez'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx', 'icloud.com'] },
  co: { male: ['Juan Camilo', 'Andrés', 'Santiago', 'Julián', 'Sebastián', 'Carlos Mario', 'Esteban', 'Felipe'], female: ['Valentina', 'Luisa Fernanda', 'Natalia', 'Manuela', 'Catalina', 'Paula Andrea', 'Daniela', 'Alejandra'],
    last: ['Restrepo', 'Gómez', 'Ospina', 'Zapata', 'Giraldo', 'Cardona', 'Mejía', 'Henao', 'Álvarez', 'Arango', 'Ríos', 'Vélez', 'Quintero', 'Muñoz'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'gmail.com'] },
  cl: { male: ['Benjamín', 'Matías', 'Cristóbal', 'Tomás', 'Ignacio', 'Francisco', 'Felipe', 'Vicente'], female: ['Francisca', 'Javiera', 'Constanza', 'Catalina', 'Fernanda', 'Antonia', 'Josefa', 'Camila'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Sepúlveda', 'Morales', 'Fuentes', 'Valenzuela', 'Araya', 'Espinoza', 'Tapia'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  ar: { male: ['Martín', 'Facundo', 'Nicolás', 'Gonzalo', 'Federico', 'Agustín', 'Lautaro', 'Ezequiel'], female: ['Florencia', 'Agustina', 'Micaela', 'Sofía', 'Carolina', 'Luciana', 'Romina', 'Belén'],
    last: ['Fernández', 'Romero', 'Sosa', 'Benítez', 'Acosta', 'Medina', 'Herrera', 'Suárez', 'Giménez', 'Ferrari', 'Rossi', 'Álvarez', 'Molina', 'Domínguez'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'gmail.com', 'fibertel.com.ar'] },
  pl: { male: ['Piotr', 'Tomasz', 'Krzysztof', 'Marcin', 'Paweł', 'Michał', 'Grzegorz', 'Łukasz'], female: ['Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Małgorzata'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Krawczyk', 'Krawczyk']],
    mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'] },
  cs: { male: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Ondřej', 'David'], female: ['Tereza', 'Lucie', 'Kateřina', 'Veronika', 'Eliška', 'Barbora', 'Markéta', 'Anna'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková']],
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'post.cz'] },
  hu: { male: ['Bence', 'Máté', 'Dániel', 'Gábor', 'Zoltán', 'Péter', 'Balázs', 'Ádám'], female: ['Réka', 'Eszter', 'Zsófia', 'Katalin', 'Anna', 'Nóra', 'Viktória', 'Dóra'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp'],
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu', 'outlook.hu'] },
}
const asc = (s) => slug(s.split(' ')[0].replace(/ł/g, 'l').replace(/Ł/g, 'L'))
const mail = (r, f, l, doms) => `${asc(f)}${v.pick(r, ['.', '', '_', '.'])}${asc(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
const mk = (c, loc, salt) => {
  const r = seeded(c, `${loc}:${salt}`)
  const T = L[loc], female = r() < 0.52
  const first = v.pick(r, female ? T.female : T.male)
  let last = v.pick(r, T.last)
  if (Array.isArray(last)) last = last[female ? 1 : 0]
  const last2 = ['mx', 'co', 'cl'].includes(loc) ? v.pick(r, T.last.filter((x) => x !== last)) : ''
  const p = { female, first, last, last2, full: `${first} ${last}${last2 ? ' ' + last2 : ''}`, email: mail(r, first, last, T.mail), r1: r(), r2: r(), k: v.int(r, 0, 9999) }
  if (loc === 'br') return { ...p, mobile: `(${v.pick(r, ['11', '21', '31', '41', '81', '19', '61'])}) 9${v.int(r, 6000, 9999)}-${v.digits(r, 4)}`,
    cpf: `${v.digits(r, 3)}.${v.digits(r, 3)}.${v.digits(r, 3)}-${v.digits(r, 2)}` }
  if (loc === 'pt') return { ...p, full: `${first} ${v.pick(r, T.last)} ${last}`, mobile: `9${v.pick(r, ['1', '2', '3', '6'])}${v.digits(r, 1)} ${v.digits(r, 3)} ${v.digits(r, 3)}`, nif: `${v.pick(r, ['1', '2', '2'])}${v.digits(r, 8)}` }
  if (loc === 'mx') return { ...p, mobile: `${v.pick(r, ['33', '33', '55', '81', '477'])}${v.digits(r, 8)}`.slice(0, 10), rfc: `${slug(last).slice(0, 2).toUpperCase()}${slug(last2)[0].toUpperCase()}${slug(first)[0].toUpperCase()}${pad(bd(c.birth).y % 100)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${v.alnum(r, 3).toUpperCase()}` }
  if (loc === 'co') return { ...p, mobile: `+57 3${v.pick(r, ['00', '01', '04', '10', '12', '14', '15', '17', '20', '22'])} ${v.digits(r, 3)} ${v.digits(r, 4)}`, cc: String(v.int(r, 1017000000, 1152999999)) }
  if (loc === 'cl') { const body = v.int(r, 9000000, 21999999); return { ...p, mobile: `+56 9 ${v.digits(r, 4)} ${v.digits(r, 4)}`, rut: `${group(body, '.')}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}` } }
  if (loc === 'ar') return { ...p, mobile: `+54 9 ${v.pick(r, ['11', '11', '351', '341', '261'])} ${v.int(r, 1500, 6999)}-${v.digits(r, 4)}`, dni: String(v.int(r, 20000000, 44999999)) }
  if (loc === 'pl') return { ...p, mobile: `+48 ${v.pick(r, ['501', '602', '693', '725', '788', '514', '880'])} ${v.digits(r, 3)} ${v.digits(r, 3)}` }
  if (loc === 'hu') return { ...p, full: `${last} ${first}`, mobile: `+36 ${v.pick(r, ['20', '30', '70'])} ${v.digits(r, 3)} ${v.digits(r, 4)}` }
  return p
}
const who = (c, loc, salt = '') => { const k = `${loc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, loc, salt)); return memo.get(k) }
const br = (c) => who(c, 'br')
const ddd = (c, code) => (n(c) % 5 === 4 ? br(c).mobile : br(c).mobile.replace(/^\(\d\d\)/, `(${code})`))
const pt = (c) => who(c, 'pt')
const mx = (c) => who(c, 'mx')
const co = (c) => who(c, 'co')
const cl = (c) => who(c, 'cl')
const ar = (c) => who(c, 'ar')
const pl = (c) => who(c, 'pl')
const cs = (c) => who(c, 'cs')
const hu = (c) => who(c, 'hu')

// ---------------------------------------------------------------- 1. Yooga item sales (pt-BR, E)
// a Curitiba smash-burger house with salão, balcão and delivery: [código, produto, categoria, preço]
const YG_ITEMS = [['101', 'Smash Duplo Cheddar', 'Burgers', 36.9], ['102', 'Smash Bacon Crispy', 'Burgers', 39.9], ['110', 'Veggie de Grão-de-Bico', 'Burgers', 34.5], ['201', 'Batata Rústica Média', 'Porções', 22], ['205', 'Onion Rings', 'Porções', 24.9], ['301', 'Refrigerante Lata 350ml', 'Bebidas', 7], ['310', 'Milkshake Ovomaltine 400ml', 'Sobremesas', 21.9], ['320', 'Chopp Pilsen 500ml', 'Bebidas', 16.9]]
const ygItem = (o, i) => row(YG_ITEMS, i + n(o))
const ygAdd = (o, i) => (ygItem(o, i)[2] === 'Burgers' ? row(['', '+ Bacon extra (R$ 6,00)', '', 'Sem cebola', '+ Cheddar extra (R$ 5,00); Sem picles', ''], n(o) % 6) : '')
const ygAddFee = (o, i) => { const a = ygAdd(o, i); return (a.includes('Bacon') ? 6 : 0) + (a.includes('Cheddar') ? 5 : 0) }
const ygChan = (o) => row(['Salão', 'Delivery', 'Balcão', 'Salão', 'iFood', 'Delivery', 'Salão'], n(o) % 7)
const ygDelivery = (o) => ['Delivery', 'iFood'].includes(ygChan(o))
const ygAt = (o) => open(o.at, -3, 11, 12)
const ygUnit = (o, i) => ygItem(o, i)[3] + ygAddFee(o, i)
const ygLine = (o, i) => ygUnit(o, i) * o.qty
const ygDisc = (o, i) => (n(o) % 6 === 2 ? Math.round(ygLine(o, i) * 10) / 100 : 0)
const ygServ = (o, i) => (ygChan(o) === 'Salão' ? Math.round((ygLine(o, i) - ygDisc(o, i)) * 10) / 100 : 0)
const ygFee = (o) => (ygDelivery(o) ? row([5, 7, 9, 12], n(o) % 4) : 0)
const ygTotal = (o, i) => ygLine(o, i) - ygDisc(o, i) + ygServ(o, i) + ygFee(o) + (n(o) % 3) * 23.9
const ygPay = (o) => (ygChan(o) === 'iFood' ? 'Pago online (iFood)' : row(['Pix', 'Cartão de crédito', 'Cartão de débito', 'Dinheiro', 'Pix', 'Vale-refeição'], n(o) % 6))
const ygSt = (o) => row(['Finalizada', 'Finalizada', 'Finalizada', 'Cancelada', 'Finalizada', 'Em aberto'], n(o) % 6)
const CWB = [['Batel', 'Av. do Batel, '], ['Água Verde', 'R. Brasílio Itiberê, '], ['Bigorrilho', 'R. Padre Anchieta, '], ['Rebouças', 'R. Piquiri, '], ['Portão', 'Av. República Argentina, '], ['Centro', 'R. XV de Novembro, ']]
const cwb = (c) => row(CWB, n(c) % 6)
// ---------------------------------------------------------------- 2. Kobana charges (pt-BR, E)
// a Belo Horizonte English school billing monthly fees: [descrição, valor]
const KB_ITEMS = [['Mensalidade Inglês Kids - Turma Sábado', 389], ['Mensalidade Inglês Adulto Intermediário', 459], ['Mensalidade Conversação Avançada', 519], ['Material didático - Livro 3', 289.9], ['Taxa de matrícula 2024', 150]]
const kbItem = (o) => row(KB_ITEMS, n(o) % 5)
const kbSt = (o) => row(['Pago', 'Pago', 'Em aberto', 'Pago', 'Vencido', 'Cancelado', 'Pago'], n(o) % 7)
const kbPaid = (o) => kbSt(o) === 'Pago'
const kbAt = (o) => open(o.at, -3, 8, 10)
const kbDue = (o) => kbAt(o) + (8 + n(o) % 6) * day
const kbLate = (o) => kbPaid(o) && n(o) % 5 === 1
const kbFine = (o) => (kbLate(o) ? Math.round(kbItem(o)[1] * 2) / 100 : 0)
const kbInt = (o) => (kbLate(o) ? Math.round(kbItem(o)[1] * 0.033 * 3) / 100 : 0)
const kbDisc = (o) => (kbPaid(o) && !kbLate(o) && n(o) % 3 === 0 ? 20 : 0)
const kbPaidAmt = (o) => (kbPaid(o) ? kbItem(o)[1] + kbFine(o) + kbInt(o) - kbDisc(o) : 0)
const kbHow = (o) => (n(o) % 3 === 1 ? 'Pix' : 'Boleto')
const BH = [['Belo Horizonte', 'MG', '30140-', 'Savassi', 'Rua Pernambuco'], ['Belo Horizonte', 'MG', '30330-', 'Sion', 'Rua Grão Mogol'], ['Belo Horizonte', 'MG', '31270-', 'Pampulha', 'Av. Otacílio Negrão de Lima'], ['Contagem', 'MG', '32041-', 'Eldorado', 'Av. João César de Oliveira'], ['Nova Lima', 'MG', '34006-', 'Vila da Serra', 'Alameda Oscar Niemeyer'], ['Belo Horizonte', 'MG', '30310-', 'Anchieta', 'Rua Professor Morais']]
const bh = (c) => row(BH, n(c) % 6)
const linha = (r) => `34191.${v.digits(r, 5)} ${v.digits(r, 5)}.${v.digits(r, 6)} ${v.digits(r, 5)}.${v.digits(r, 6)} ${v.int(r, 1, 9)} ${v.digits(r, 14)}`
// ---------------------------------------------------------------- 3. AppBarber clients (pt-BR, P)
// a Recife barbershop with a cashback and stamp-card programme
const RECIFE = [['Boa Viagem', 'Av. Conselheiro Aguiar', '51020-', 'Recife'], ['Casa Forte', 'Rua Dr. João Santos Filho', '52061-', 'Recife'], ['Graças', 'Rua das Graças', '52011-', 'Recife'], ['Piedade', 'Av. Bernardo Vieira de Melo', '54400-', 'Jaboatão dos Guararapes'], ['Espinheiro', 'Rua do Espinheiro', '52020-', 'Recife'], ['Candeias', 'Av. Ayrton Senna', '54440-', 'Jaboatão dos Guararapes']]
const rec = (c) => row(RECIFE, n(c) % 6)
const abMale = (c) => n(c) % 7 !== 3
const abWho = (c) => { const p = br(c); if (abMale(c) === !p.female) return p; const first = row(abMale(c) ? L.br.male : L.br.female, n(c) % 10); return { ...p, first, female: !abMale(c), email: p.email.replace(/^[a-z]+/, asc(first)) } }
const abVisits = (c) => 1 + (n(c) * 7) % 38
// ---------------------------------------------------------------- 4. Lemit prospect list (pt-BR, B)
// [CNPJ, razão social, nome fantasia, CNAE, descrição, porte, capital, logradouro, bairro, município, UF, CEP, domain, DDD]
const LM_FIRMS = [['12.845.331/0001-07', 'CONSTRUTORA VALE DO ATIBAIA LTDA', 'Vale do Atibaia Construções', '4120-4/00', 'Construção de edifícios', 'EPP', '850.000,00', 'Rua Barão de Jaguara, 1481', 'Centro', 'Campinas', 'SP', '13015-910', 'valedoatibaia.com.br', '19'], ['07.332.918/0001-55', 'TRANSPORTES RODOGIRO EIRELI', 'Rodogiro', '4930-2/02', 'Transporte rodoviário de carga intermunicipal', 'Demais', '2.400.000,00', 'Rod. Anhanguera, Km 104', 'Jardim Nova Europa', 'Sumaré', 'SP', '13181-900', 'rodogiro.com.br', '19'], ['21.509.774/0001-90', 'CLINICA ODONTOLOGICA SORRIA MAIS LTDA', 'Sorria Mais Odonto', '8630-5/04', 'Atividade odontológica', 'ME', '120.000,00', 'Av. Norte-Sul, 605', 'Cambuí', 'Campinas', 'SP', '13025-320', 'sorriamaisodonto.com.br', '19'], ['33.170.462/0001-18', 'METALURGICA PIRACICABANA INDUSTRIA E COMERCIO LTDA', 'Metalpira', '2539-0/01', 'Serviços de usinagem, tornearia e solda', 'Demais', '5.000.000,00', 'Av. Rio das Pedras, 2890', 'Jardim Itapuã', 'Piracicaba', 'SP', '13420-805', 'metalpira.ind.br', '19'], ['18.064.227/0001-43', 'SUPERMERCADO BOA COMPRA JUNDIAI LTDA', 'Boa Compra Supermercados', '4711-3/02', 'Comércio varejista de mercadorias em geral - supermercados', 'Demais', '3.200.000,00', 'Av. Nove de Julho, 3333', 'Anhangabaú', 'Jundiaí', 'SP', '13208-056', 'boacomprasuper.com.br', '11'], ['40.912.556/0001-61', 'AGROVITTA INSUMOS AGRICOLAS S.A.', 'Agrovitta', '4683-4/00', 'Comércio atacadista de defensivos agrícolas e adubos', 'Demais', '12.000.000,00', 'Rua Riachuelo, 465', 'Centro', 'Limeira', 'SP', '13480-020', 'agrovitta.com.br', '19']]
const lmFirm = (c) => row(LM_FIRMS, n(c) >> 1)
const LM_ROLE = ['Sócio-Administrador', 'Sócio', 'Administrador', 'Diretor', 'Sócio-Administrador', 'Presidente']
const lmRole = (c) => row(LM_ROLE, n(c) % 6)
// ---------------------------------------------------------------- 5. BOL ticket sales (pt-PT, E)
// a Porto jazz club's concerts: [evento, data do espetáculo (UTC), sala]
const BL_EVENTS = [['Maria João Trio - Apresentação de "Ocean"', Date.UTC(2024, 10, 15, 21, 30), 'Sala Principal'], ['Noites de Jazz: Carlos Bica & Azul', Date.UTC(2024, 10, 22, 21, 30), 'Sala Principal'], ['Jam Session de Quinta', Date.UTC(2024, 10, 28, 22, 0), 'Bar'], ['Big Band do Porto - Especial Natal', Date.UTC(2024, 11, 14, 21, 0), 'Sala Principal']]
const blEv = (o) => row(BL_EVENTS, n(o) % 4)
const blType = (o) => row([['Normal', 15], ['Estudante', 10], ['Normal', 15], ['Sénior (+65)', 12], ['Pack 2 Concertos', 26], ['Convite', 0]], n(o) % 6)
const blFee = (o) => (blType(o)[1] ? 1 : 0)
const blAt = (o) => Math.min(blEv(o)[1] - 3600000, open(Date.UTC(2024, 8, 1) + (n(o) % 75) * day, 0, 9, 14) + (n(o) % 3600) * 1000)
const blChan = (o) => (blType(o)[0] === 'Convite' ? 'Promotor' : row(['Online (bol.pt)', 'Online (bol.pt)', 'Bilheteira do recinto', 'Agente (loja parceira)', 'Online (bol.pt)', 'App móvel'], n(o) % 6))
const blPay = (o) => (blType(o)[1] === 0 ? '—' : blChan(o) === 'Bilheteira do recinto' ? row(['Numerário', 'Multibanco (TPA)'], n(o) % 2) : row(['MB WAY', 'Cartão de crédito', 'Referência Multibanco', 'MB WAY'], n(o) % 4))
const blSt = (o) => (n(o) % 11 === 7 ? 'Anulado' : 'Emitido')
const PORTO = [['4000-', 'Porto'], ['4100-', 'Porto'], ['4150-', 'Porto'], ['4400-', 'Vila Nova de Gaia'], ['4450-', 'Matosinhos'], ['4470-', 'Maia'], ['1200-', 'Lisboa'], ['4700-', 'Braga']]
const pto = (c) => row(PORTO, n(c) % 8)
// ---------------------------------------------------------------- 6. Kichink order lines (es-MX, E)
// a Guadalajara specialty-coffee roaster: [SKU, producto, variante, precio MXN]
const KC_ITEMS = [['CAF-CHI-250', 'Café de Chiapas Finca Irlanda', '250 g · Grano entero', 235], ['CAF-VER-250', 'Café de Coatepec, Veracruz', '250 g · Molido para prensa francesa', 219], ['CAF-OAX-1K', 'Café de Pluma, Oaxaca', '1 kg · Grano entero', 780], ['PRN-V60-02', 'Gotero V60 de cerámica', 'Blanco', 549], ['KIT-REG-01', 'Kit de regalo: 3 orígenes', '3 x 125 g', 495], ['SUS-MEN-01', 'Suscripción mensual', '500 g · Molido medio', 410]]
const kcItem = (o, i) => row(KC_ITEMS, i + n(o))
const kcAt = (o) => open(o.at, -6, 8, 15)
const kcSt = (o) => row(['Enviado', 'Entregado', 'Pagado', 'Pendiente de pago', 'Entregado', 'Cancelado', 'Enviado'], n(o) % 7)
const kcPaid = (o) => !['Pendiente de pago', 'Cancelado'].includes(kcSt(o))
const kcPay = (o) => row(['Tarjeta de crédito/débito', 'OXXO', 'Transferencia SPEI', 'PayPal', 'Tarjeta de crédito/débito', 'Mercado Pago'], n(o) % 6)
const kcSub = (o, i) => kcItem(o, i)[3] * o.qty
const kcShip = (o, i) => (kcSub(o, i) >= 899 ? 0 : 129)
const kcDisc = (o, i) => (o.discount ? Math.round(kcSub(o, i) * 0.1) : 0)
const kcTotal = (o, i) => kcSub(o, i) - kcDisc(o, i) + kcShip(o, i)
const kcCarrier = (o) => row(['Estafeta', 'DHL Express', 'Estafeta', 'Paquetexpress', 'FedEx'], n(o) % 5)
const MXP = [['Guadalajara', 'Jalisco', '44160', 'Americana', 'Av. Chapultepec Sur'], ['Zapopan', 'Jalisco', '45116', 'Puerta de Hierro', 'Blvd. Puerta de Hierro'], ['Ciudad de México', 'CDMX', '06700', 'Roma Norte', 'Calle Colima'], ['Ciudad de México', 'CDMX', '03100', 'Del Valle', 'Av. Coyoacán'], ['Monterrey', 'Nuevo León', '64060', 'Obispado', 'Calle Padre Mier'], ['Querétaro', 'Querétaro', '76090', 'Jardines de la Hacienda', 'Av. Constituyentes'], ['Puebla', 'Puebla', '72160', 'La Paz', 'Calle 31 Poniente']]
const mxp = (c) => row(MXP, n(c) % 7)
// ---------------------------------------------------------------- 7. Jelou contacts (es-CO, P)
// a Medellín pharmacy chain's WhatsApp bot with a points club
const COP = [['Medellín', 'Antioquia', 'Cl. 10 # 43E-'], ['Envigado', 'Antioquia', 'Cra. 43A # 38 Sur-'], ['Itagüí', 'Antioquia', 'Cl. 51 # 50-'], ['Bello', 'Antioquia', 'Cra. 50 # 52-'], ['Rionegro', 'Antioquia', 'Cl. 49 # 48-'], ['Bogotá', 'Cundinamarca', 'Av. Cra. 15 # 124-']]
const cop = (c) => row(COP, n(c) % 6)
const jlKnown = (c) => n(c) % 5 !== 2
const jlCh = (c) => row(['WhatsApp', 'WhatsApp', 'WhatsApp', 'Facebook Messenger', 'WhatsApp', 'Instagram'], n(c) % 6)
// ---------------------------------------------------------------- 8. Welcu attendees (es-CL, B)
// a Santiago fintech-and-payments conference: [empresa, domain, industria, tamaño, comuna]
const WC_FIRMS = [['Banco Austral S.A.', 'bancoaustral.cl', 'Banca y servicios financieros', 'Más de 1.000', 'Las Condes'], ['Pagos Andinos SpA', 'pagosandinos.cl', 'Fintech', '51 a 200', 'Providencia'], ['Retail Sur Chile S.A.', 'retailsur.cl', 'Retail', 'Más de 1.000', 'Huechuraba'], ['Seguros Cordillera S.A.', 'segcordillera.cl', 'Seguros', '201 a 1.000', 'Santiago'], ['Logística Pacífico Ltda.', 'logpacifico.cl', 'Transporte y logística', '201 a 1.000', 'Pudahuel'], ['Datamina Consultores SpA', 'datamina.cl', 'Tecnología y software', '11 a 50', 'Ñuñoa']]
const wcFirm = (c) => row(WC_FIRMS, n(c) >> 1)
const WC_ROLE = [['Gerente de Operaciones', 'Operaciones'], ['Head of Payments', 'Producto'], ['Analista de Riesgo', 'Riesgo y cumplimiento'], ['CTO', 'Tecnología'], ['Subgerente Comercial', 'Comercial'], ['Product Manager', 'Producto'], ['Jefe de Innovación', 'Innovación']]
const wcRole = (c) => row(WC_ROLE, n(c) % 7)
const wcTicket = (c) => row([['General', 95000], ['Early Bird', 65000], ['General', 95000], ['VIP + Cena networking', 180000], ['Invitado sponsor', 0], ['Startup', 35000]], n(c) % 6)
const wcIn = (c) => n(c) % 4 !== 1
const WC_DAY = Date.UTC(2024, 9, 16, 11, 30)
// ---------------------------------------------------------------- 9. Aivo conversations (es-AR, E)
// an Argentine fibre internet provider's support bot with live agents
const AV_INT = ['Sin servicio de internet', 'Consulta de factura', 'Cambio de plan', 'Reclamo por lentitud', 'Baja del servicio', 'Mudanza de domicilio', 'Medios de pago']
const avIntent = (o) => row(AV_INT, n(o) % 7)
const avCh = (o) => row(['WhatsApp', 'Web', 'WhatsApp', 'Facebook Messenger', 'Web', 'Instagram', 'WhatsApp'], n(o) % 7)
const avWeb = (o) => avCh(o) === 'Web'
const avSt = (o) => row(['Resuelta por el bot', 'Derivada a agente', 'Resuelta por el bot', 'Derivada a agente', 'Abandonada', 'Derivada a agente', 'Resuelta por el bot'], n(o) % 7)
const avAgent = (o) => avSt(o) === 'Derivada a agente'
const avAt = (o) => open(o.at, -3, 8, 15)
const avDur = (o) => (avAgent(o) ? 420 + (n(o) * 37) % 1500 : 60 + (n(o) * 13) % 300)
const AV_ENV = [['Chrome', 'Windows', 'Escritorio'], ['Chrome Mobile', 'Android', 'Móvil'], ['Safari', 'iOS', 'Móvil'], ['Edge', 'Windows', 'Escritorio'], ['Safari', 'macOS', 'Escritorio']]
const avEnv = (o) => row(AV_ENV, n(o) % 5)
const ARC = [['Buenos Aires', 'CABA'], ['La Plata', 'Buenos Aires'], ['Córdoba', 'Córdoba'], ['Rosario', 'Santa Fe'], ['Mar del Plata', 'Buenos Aires'], ['Quilmes', 'Buenos Aires']]
const arc = (o) => row(ARC, n(o) % 6)
// ---------------------------------------------------------------- 10. Qerko payments (cs, E)
// a Brno bistro-café with a second venue: pay at the table by QR code
const qkVenue = (o) => (n(o) % 3 === 2 ? 'Bistro Zelný trh' : 'Kavárna Jakubské nám.')
const qkAt = (o) => open(o.at, 1, 8, 14)
const qkBill = (o) => 148 + (n(o) * 53) % 1600
const qkTip = (o) => row([0, 10, 0, 15, 5, 20, 0], n(o) % 7) * qkBill(o) / 100
const qkSt = (o) => row(['Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Vráceno', 'Zaplaceno', 'Zaplaceno', 'Částečně vráceno'], n(o) % 7)
const qkRefund = (o) => (qkSt(o) === 'Vráceno' ? qkBill(o) + qkTip(o) : qkSt(o) === 'Částečně vráceno' ? 65 : 0)
const qkPay = (o) => row(['Apple Pay', 'Google Pay', 'Platební karta', 'Apple Pay', 'Platební karta'], n(o) % 5)
const qkMail = (c, o) => n(o) % 3 !== 0
const kc = (x) => dec(x, ',')
// ---------------------------------------------------------------- 11. eDokumenty contacts (pl, B)
// a Poznań industrial-packaging distributor's customers and prospects: [firma, NIP, REGON, ulica, kod, miejscowość, województwo, domain, tel]
const ED_FIRMS = [['Drewpak Sp. z o.o.', '7822564310', '301245987', 'ul. Głogowska 248', '60-104', 'Poznań', 'wielkopolskie', 'drewpak.pl', '+48 61 866 '], ['Zakłady Mięsne Warta S.A.', '7770012876', '630301552', 'ul. Przemysłowa 12', '62-510', 'Konin', 'wielkopolskie', 'zmwarta.com.pl', '+48 63 242 '], ['Chemiplast Kowalczyk i Wspólnicy Sp.j.', '6972190455', '411876203', 'ul. Ceglana 7', '64-100', 'Leszno', 'wielkopolskie', 'chemiplast.pl', '+48 65 520 '], ['Logit Polska Sp. z o.o.', '5252713340', '369120448', 'Al. Jerozolimskie 181', '02-222', 'Warszawa', 'mazowieckie', 'logitpolska.pl', '+48 22 395 '], ['Mleczarnia Dolina Baryczy Sp. z o.o.', '6211809923', '251093371', 'ul. Rawicka 40', '63-300', 'Pleszew', 'wielkopolskie', 'dolinabaryczy.pl', '+48 62 508 '], ['Bałtyk Meble S.A.', '5840147732', '190554612', 'ul. Elbląska 131', '80-718', 'Gdańsk', 'pomorskie', 'baltykmeble.pl', '+48 58 344 ']]
const edFirm = (c) => row(ED_FIRMS, n(c) >> 1)
const ED_ROLE = [['Kierownik Zakupów', 'Dział Zakupów'], ['Specjalista ds. Logistyki', 'Logistyka'], ['Dyrektor Produkcji', 'Produkcja'], ['Prezes Zarządu', 'Zarząd'], ['Główna Księgowa', 'Księgowość'], ['Kierownik Magazynu', 'Logistyka']]
const edRole = (c) => row(ED_ROLE, n(c) % 6)
const plDT = (p) => `${ymd(p)} ${hm(p)}`
// ---------------------------------------------------------------- 12. Mailmaster subscribers (hu, P)
// a Debrecen organic-cosmetics webshop's newsletter list: [irányítószám, település, megye]
const HUP = [['4025', 'Debrecen', 'Hajdú-Bihar'], ['4032', 'Debrecen', 'Hajdú-Bihar'], ['1136', 'Budapest', 'Budapest'], ['1117', 'Budapest', 'Budapest'], ['6720', 'Szeged', 'Csongrád-Csanád'], ['3530', 'Miskolc', 'Borsod-Abaúj-Zemplén'], ['4400', 'Nyíregyháza', 'Szabolcs-Szatmár-Bereg'], ['9021', 'Győr', 'Győr-Moson-Sopron']]
const hup = (c) => row(HUP, n(c) % 8)
const mmSt = (c) => row(['aktív', 'aktív', 'aktív', 'leiratkozott', 'aktív', 'visszapattant', 'aktív', 'megerősítésre vár'], n(c) % 8)
const huD = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}.`
const huDT = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}. ${hms(p)}`

export const SETS = [
  // ---------------------------------------------------------------- Brazil: restaurant POS item sales
  { name: 'yooga-relatorio-vendas-itens-pt', product: 'Yooga (Yooga Sistemas; Relatórios > Vendas > Vendas por item > Exportar, one row per item of a sale, Brazilian Portuguese UI, a Curitiba smash-burger house selling in salão, balcão, its own delivery and iFood, BRT, BRL)', family: 'pos', language: 'pt', schema: E, cols: [
    ['Código da venda', (c, o) => String(184000 + n(o)), [OR('purchaseID')]],
    ['Data/hora', (c, o) => brDTs(brt(ygAt(o))), ['timestamp', OR('createdDate')]],
    ['Loja', (c, o) => (n(o) % 4 === 3 ? 'Smash Club - Água Verde' : 'Smash Club - Batel'), STORE, opt],
    ['Canal de venda', (c, o) => ygChan(o), [], opt],
    ['Mesa/Comanda', (c, o) => (ygChan(o) === 'Salão' ? `Mesa ${1 + n(o) % 24}` : ''), []],
    ['Operador', (c, o) => row(['Caixa 01 - Jéssica', 'Caixa 02 - Wellington', 'Garçom - Diego', 'Caixa 01 - Jéssica'], n(o) % 4), []],
    ['Status', (c, o) => ygSt(o), []],
    ['Cliente', (c, o) => (ygDelivery(o) || n(o) % 4 === 0 ? br(c).full : ''), []],
    ['Telefone do cliente', (c, o) => (ygDelivery(o) ? ddd(c, '41') : ''), PHONE_ID, opt],
    ['CPF na nota', (c, o) => (n(o) % 3 === 0 ? br(c).cpf : ''), []],
    ['Endereço de entrega', (c, o) => (ygDelivery(o) ? `${cwb(c)[1]}${10 + (n(c) * 7) % 2400}` : ''), [SHIP('street1')]],
    ['Bairro', (c, o) => (ygDelivery(o) ? cwb(c)[0] : ''), [], opt],
    ['Código do produto', (c, o, r, i) => ygItem(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => ygItem(o, i)[1], [PL('name')]],
    ['Categoria', (c, o, r, i) => ygItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Adicionais/Observações do item', (c, o, r, i) => ygAdd(o, i), [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valor unitário', (c, o, r, i) => real(ygUnit(o, i)), [], opt],
    ['Valor total do item', (c, o, r, i) => real(ygLine(o, i)), [PL('priceTotal')]],
    ['Desconto', (c, o, r, i) => real(ygDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['Taxa de serviço', (c, o, r, i) => real(ygServ(o, i)), []],
    ['Taxa de entrega', (c, o) => real(ygFee(o)), ['commerce.shipping.shippingAmount']],
    ['Total da venda', (c, o, r, i) => real(ygTotal(o, i)), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => ygPay(o), [OR('payments[0].paymentType')]],
    ['NFC-e', (c, o) => (ygSt(o) === 'Finalizada' ? String(51200 + n(o)) : ''), [], opt],
    ['Observação', (c, o) => row(['', '', 'Cliente pediu sem gelo', '', 'Entregar na portaria', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Brazil: boleto and Pix charges
  { name: 'kobana-cobrancas-boletos-pt', product: 'Kobana (formerly Boleto Simples; Cobranças > Boletos > Exportar CSV, one row per charge, Brazilian Portuguese UI, a Belo Horizonte English school billing monthly fees by boleto and Pix, BRT, BRL)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => String(48210000 + n(o) * 7), ['_id', OR('payments[0].transactionID')], opt],
    ['Nosso número', (c, o) => `${pad(109, 3)}/${pad(20000 + n(o), 8)}-${n(o) % 10}`, [], opt],
    ['Número do documento', (c, o) => `MENS-${pad(n(o), 6)}`, [OR('purchaseID')], opt],
    ['Data de emissão', (c, o) => brDT(brt(kbAt(o))), ['timestamp', OR('createdDate')]],
    ['Vencimento', (c, o) => dmy(brt(kbDue(o)), '/'), [], opt],
    ['Situação', (c, o) => kbSt(o), []],
    ['Valor', (c, o) => real(kbItem(o)[1]), [OR('priceTotal')]],
    ['Valor pago', (c, o) => (kbPaid(o) ? real(kbPaidAmt(o)) : ''), [OR('payments[0].paymentAmount')]],
    ['Data de pagamento', (c, o) => (kbPaid(o) ? dmy(brt(kbDue(o) + (kbLate(o) ? 3 : -2) * day), '/') : ''), [], opt],
    ['Data de crédito', (c, o) => (kbPaid(o) ? dmy(brt(kbDue(o) + (kbLate(o) ? 4 : -1) * day), '/') : ''), []],
    ['Forma de pagamento', (c, o) => (kbPaid(o) ? kbHow(o) : ''), [OR('payments[0].paymentType')]],
    ['Multa', (c, o) => real(kbFine(o)), []],
    ['Juros', (c, o) => real(kbInt(o)), []],
    ['Desconto', (c, o) => real(kbDisc(o)), [OR('discountAmount')]],
    ['Tarifa', (c, o) => (kbPaid(o) ? real(kbHow(o) === 'Pix' ? 0.99 : 1.89) : ''), []],
    ['Descrição', (c, o) => kbItem(o)[0], [PL('name')], opt],
    ['Nome do pagador', (c) => br(c).full, []],
    ['CPF/CNPJ do pagador', (c) => br(c).cpf, []],
    ['E-mail do pagador', (c) => br(c).email, EMAIL_ID],
    ['Telefone do pagador', (c) => ddd(c, '31'), PHONE_ID, opt],
    ['Endereço', (c) => `${bh(c)[4]}, ${20 + (n(c) * 13) % 1900}`, [BILL('street1')]],
    ['Complemento', (c) => row(['Apto 302', '', 'Casa 2', '', 'Bloco B apto 1104', ''], n(c) % 6), [BILL('street2')]],
    ['Bairro', (c) => bh(c)[3], [], opt],
    ['Cidade', (c) => bh(c)[0], [BILL('city')]],
    ['Estado', (c) => bh(c)[1], STATE(['commerce.billing.address'])],
    ['CEP', (c) => `${bh(c)[2]}${pad((n(c) * 7) % 1000, 3)}`, [BILL('postalCode')]],
    ['Linha digitável', (c, o, r) => (kbHow(o) === 'Boleto' ? linha(r) : ''), []],
    ['URL do boleto', (c, o, r) => `https://bole.to/3/${v.alnum(r, 10).toLowerCase()}`, [], opt],
    ['Tags', (c, o) => row(['mensalidade', 'mensalidade,turma-sabado', 'material', 'mensalidade', 'matricula'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Brazil: barbershop booking app clients
  { name: 'appbarber-clientes-exportar-pt', product: 'AppBarber (Gestão > Clientes > Exportar planilha, one row per client of the shop, Brazilian Portuguese UI, a Recife barbershop with online booking, cashback and a stamp card)', family: 'booking', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(3100 + (n(c) * 3) % 90000), ['_id', 'personID'], opt],
    ['Nome', (c) => `${abWho(c).first} ${abWho(c).last}`, ['person.name.fullName']],
    ['Celular', (c) => ddd(c, '81'), ['mobilePhone.number']],
    ['E-mail', (c) => (n(c) % 6 === 4 ? '' : abWho(c).email), ['personalEmail.address']],
    ['CPF', (c) => (n(c) % 3 === 0 ? abWho(c).cpf : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (abMale(c) ? 'Masculino' : 'Feminino'), ['person.gender']],
    ['CEP', (c) => `${rec(c)[2]}${pad((n(c) * 11) % 1000, 3)}`, at(HOME, 'postalCode')],
    ['Endereço', (c) => rec(c)[1], at(HOME, 'street1')],
    ['Número', (c) => String(12 + (n(c) * 17) % 3200), [], opt],
    ['Complemento', (c) => row(['', 'Apto 801', '', 'Bloco C', 'Apto 1502', ''], n(c) % 6), at(HOME, 'street2')],
    ['Bairro', (c) => rec(c)[0], [], opt],
    ['Cidade', (c) => rec(c)[3], at(HOME, 'city')],
    ['UF', () => 'PE', STATE(HOME)],
    ['Data de cadastro', (c) => dmy(brt(c.created), '/'), [], opt],
    ['Última visita', (c) => dmy(brt(later(c)), '/'), [], opt],
    ['Qtd. de atendimentos', (c) => String(abVisits(c)), []],
    ['Total gasto', (c) => real(abVisits(c) * row([45, 60, 75, 85], n(c) % 4)), ['loyalty.lifetimePurchases'], opt],
    ['Saldo de cashback', (c) => real(((n(c) * 29) % 4500) / 100), [], opt],
    ['Selos no cartão fidelidade', (c) => `${abVisits(c) % 10}/10`, ['loyalty.points'], opt],
    ['Profissional preferido', (c) => row(['Jonas', 'Sem preferência', 'Maurício', 'Kaique', 'Sem preferência'], n(c) % 5), []],
    ['Como conheceu', (c) => row(['Instagram', 'Indicação', 'Google', 'Passou em frente', 'Instagram'], n(c) % 5), []],
    ['Aceita receber notificações', (c) => (n(c) % 5 === 1 ? 'Não' : 'Sim'), [], opt],
    ['Bloqueado', (c) => (n(c) % 23 === 5 ? 'Sim' : 'Não'), []],
    ['Observações', (c) => row(['', 'Corte degradê navalhado', '', 'Alergia a loção pós-barba', '', 'Prefere horário de almoço'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Brazil: company-data prospect list
  { name: 'lemit-lista-empresas-socios-pt', product: 'Lemit (Lemit Soluções em Dados; Prospecção > Lista de empresas > Exportar com sócios e contatos, one row per partner or contact of a company, Brazilian Portuguese UI, a Campinas payroll-software vendor\'s list of firms in the Campinas region)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => lmFirm(c)[0], ACCT, opt],
    ['Razão social', (c) => lmFirm(c)[1], CO],
    ['Nome fantasia', (c) => lmFirm(c)[2], CO, opt],
    ['Situação cadastral', () => 'ATIVA', []],
    ['Data de abertura', (c) => row(['14/03/2011', '02/08/2005', '27/11/2014', '09/06/2019', '19/04/2013', '30/01/2021'], n(c) >> 1), []],
    ['CNAE principal', (c) => lmFirm(c)[3], []],
    ['Descrição CNAE', (c) => lmFirm(c)[4], []],
    ['Porte', (c) => lmFirm(c)[5], []],
    ['Capital social', (c) => lmFirm(c)[6], []],
    ['Logradouro', (c) => lmFirm(c)[7], [W('street1')]],
    ['Bairro', (c) => lmFirm(c)[8], [], opt],
    ['Município', (c) => lmFirm(c)[9], [W('city')]],
    ['UF', (c) => lmFirm(c)[10], STATE(['workAddress'])],
    ['CEP', (c) => lmFirm(c)[11], [W('postalCode')]],
    ['Telefone 1', (c) => `(${lmFirm(c)[13]}) 3${v.int(seeded(c, 'lmt'), 200, 899)}-${pad((n(c) * 7) % 10000, 4)}`, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 3 === 0 ? '' : `(${lmFirm(c)[13]}) 9${v.int(seeded(c, 'lmm'), 7000, 9999)}-${pad((n(c) * 31) % 10000, 4)}`), ['mobilePhone.number', 'otherPhone.number'], opt],
    ['E-mail', (c) => (n(c) % 4 === 2 ? `contato@${lmFirm(c)[12]}` : `${asc(br(c).first)}.${asc(br(c).last)}@${lmFirm(c)[12]}`), ['workEmail.address']],
    ['Site', (c) => `www.${lmFirm(c)[12]}`, ['b2b.companyWebsite']],
    ['Nome do sócio/contato', (c) => `${br(c).first} ${br(c).last}`.toUpperCase(), ['person.name.fullName']],
    ['Qualificação', (c) => lmRole(c), ['extendedWorkDetails.jobTitle']],
    ['CPF (parcial)', (c) => `***.${br(c).cpf.slice(4, 11)}-**`, [], opt],
    ['Data de entrada na sociedade', (c) => dmy(bd(c.created), '/'), []],
    ['Faixa de funcionários', (c) => row(['20 a 49', '100 a 249', '10 a 19', '250 a 499', '100 a 249', '50 a 99'], n(c) >> 1), []],
    ['Faturamento presumido', (c) => row(['R$ 2,4 mi a R$ 4,8 mi', 'R$ 30 mi a R$ 90 mi', 'R$ 360 mil a R$ 2,4 mi', 'R$ 30 mi a R$ 90 mi', 'Acima de R$ 90 mi', 'R$ 16 mi a R$ 30 mi'], n(c) >> 1), []],
  ] },
  // ---------------------------------------------------------------- Portugal: ticket office sales
  { name: 'bol-bilheteira-online-vendas-pt', product: 'BOL - Bilheteira Online (Área do Promotor > Relatórios > Vendas detalhadas > Exportar Excel, one row per ticket issued, European Portuguese UI, a Porto jazz club selling its concerts, WET/WEST, EUR)', family: 'events', language: 'pt', schema: E, cols: [
    ['N.º Encomenda', (c, o) => `E${pad(7300000 + n(o) * 3, 8)}`, [OR('purchaseID')]],
    ['Data da Compra', (c, o) => `${dmy(lis(blAt(o)), '-')} ${hms(lis(blAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => blEv(o)[0], [PL('name')], opt],
    ['Sessão', (c, o) => `${dmy(lis(blEv(o)[1]), '-')} ${hm(lis(blEv(o)[1]))}`, [], opt],
    ['Recinto', () => 'Hot Five Jazz Club - Porto', [], opt],
    ['Sala', (c, o) => blEv(o)[2], []],
    ['Lugar', (c, o) => (blEv(o)[2] === 'Bar' ? 'Plateia em pé' : `Fila ${'ABCDEFGH'[n(o) % 8]} - Lugar ${1 + n(o) % 18}`), []],
    ['Tipo de Bilhete', (c, o) => blType(o)[0], [PL('selectedOptions[0].value')], opt],
    ['Preço', (c, o) => dec(blType(o)[1]), [PL('priceTotal'), OR('priceTotal')]],
    ['Taxa de Serviço', (c, o) => dec(blFee(o)), []],
    ['Código Promocional', (c, o) => (n(o) % 9 === 4 ? 'JAZZAMIGOS' : ''), ['commerce.promotionID'], opt],
    ['Canal de Venda', (c, o) => blChan(o), [], opt],
    ['Meio de Pagamento', (c, o) => blPay(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => blSt(o), []],
    ['Código do Bilhete', (c, o, r) => v.digits(r, 13), []],
    ['Nome', (c) => pt(c).full, []],
    ['Email', (c) => pt(c).email, EMAIL_ID],
    ['Telemóvel', (c) => pt(c).mobile, PHONE_ID, opt],
    ['NIF', (c, o) => (n(o) % 3 === 0 ? pt(c).nif : ''), []],
    ['Código Postal', (c) => `${pto(c)[0]}${pad((n(c) * 7) % 1000, 3)}`, [BILL('postalCode')], opt],
    ['Localidade', (c) => pto(c)[1], [BILL('city')], opt],
    ['Entrada Validada', (c, o) => (blSt(o) === 'Emitido' && n(o) % 4 !== 1 ? 'Sim' : 'Não'), []],
    ['Aceita Comunicações do Promotor', (c) => (n(c) % 3 === 0 ? 'Sim' : 'Não'), [], opt],
  ] },
  // ---------------------------------------------------------------- Mexico: shop order lines
  { name: 'kichink-pedidos-exportar-es', product: 'Kichink (Panel de tienda > Pedidos > Exportar a CSV, one row per product of an order, Mexican Spanish UI, a Guadalajara specialty-coffee roaster selling beans, gear and subscriptions, CST, MXN)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['# Pedido', (c, o) => `KCH-${pad(51200 + n(o), 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => `${dmy(mex(kcAt(o)), '/')} ${hm(mex(kcAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Estatus', (c, o) => kcSt(o), []],
    ['Método de pago', (c, o) => kcPay(o), [OR('payments[0].paymentType')]],
    ['Estatus de pago', (c, o) => (kcPaid(o) ? 'Pagado' : kcSt(o) === 'Cancelado' ? 'Reembolsado' : 'Pendiente'), []],
    ['Cliente', (c) => mx(c).full, []],
    ['Correo electrónico', (c) => mx(c).email, EMAIL_ID],
    ['Teléfono', (c) => mx(c).mobile, PHONE_ID, opt],
    ['Calle y número', (c) => `${mxp(c)[4]} ${10 + (n(c) * 13) % 2900}${n(c) % 3 === 0 ? ` Int. ${1 + n(c) % 12}` : ''}`, [SHIP('street1')]],
    ['Colonia', (c) => mxp(c)[3], [SHIP('street2')], opt],
    ['Ciudad', (c) => mxp(c)[0], [SHIP('city')]],
    ['Estado', (c) => mxp(c)[1], STATE(['commerce.shipping.address'])],
    ['C.P.', (c) => mxp(c)[2], [SHIP('postalCode')]],
    ['País', () => 'México', [SHIP('country')]],
    ['SKU', (c, o, r, i) => kcItem(o, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => kcItem(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => kcItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => kcItem(o, i)[3].toFixed(2), [], opt],
    ['Subtotal', (c, o, r, i) => kcSub(o, i).toFixed(2), [PL('priceTotal')]],
    ['Cupón', (c, o) => (o.discount ? 'CAFELOVER10' : ''), ['commerce.promotionID']],
    ['Descuento', (c, o, r, i) => kcDisc(o, i).toFixed(2), [OR('discountAmount')]],
    ['Costo de envío', (c, o, r, i) => kcShip(o, i).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['IVA incluido', (c, o, r, i) => (kcTotal(o, i) * 16 / 116).toFixed(2), [OR('taxAmount')], opt],
    ['Total', (c, o, r, i) => kcTotal(o, i).toFixed(2), [OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode')]],
    ['Paquetería', (c, o) => (kcPaid(o) ? kcCarrier(o) : ''), ['commerce.shipping.shippingMethod']],
    ['Número de guía', (c, o, r) => (['Enviado', 'Entregado'].includes(kcSt(o)) ? v.digits(r, kcCarrier(o) === 'Estafeta' ? 22 : 10) : ''), ['commerce.shipping.trackingNumber']],
    ['Requiere factura', (c, o) => (n(o) % 4 === 0 ? 'Sí' : 'No'), []],
    ['RFC', (c, o) => (n(o) % 4 === 0 ? mx(c).rfc : ''), []],
    ['Notas del cliente', (c, o) => row(['', 'Molido fino por favor', '', 'Es regalo, no incluir precio', '', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Colombia: WhatsApp bot contacts
  { name: 'jelou-contactos-whatsapp-es', product: 'Jelou (Jelou Console > Contactos > Exportar CSV, one row per contact that wrote to the bot, Colombian Spanish UI, a Medellín pharmacy chain\'s WhatsApp ordering bot with a points club)', family: 'marketing', language: 'es', schema: P, cols: [
    ['ID', (c) => v.uuid(seeded(c, 'jl')), ['_id', 'personID'], opt],
    ['Nombre', (c) => (jlKnown(c) ? co(c).first : ''), ['person.name.firstName']],
    ['Apellido', (c) => (jlKnown(c) ? `${co(c).last} ${co(c).last2}` : ''), ['person.name.lastName']],
    ['Nombre de perfil', (c) => row([co(c).first.split(' ')[0], `${co(c).first.split(' ')[0]} ${co(c).last[0]}.`, '✨' + co(c).first.split(' ')[0], co(c).full, 'Mi Familia ❤️'], n(c) % 5), []],
    ['Teléfono', (c) => co(c).mobile, ['mobilePhone.number']],
    ['Correo', (c) => (jlKnown(c) && n(c) % 3 !== 1 ? co(c).email : ''), ['personalEmail.address']],
    ['Tipo de documento', (c) => (jlKnown(c) ? 'CC' : ''), []],
    ['Número de documento', (c) => (jlKnown(c) ? co(c).cc : ''), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => (jlKnown(c) ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['Género', (c) => (jlKnown(c) ? (co(c).female ? 'Femenino' : 'Masculino') : ''), ['person.gender']],
    ['Ciudad', (c) => cop(c)[0], at(HOME, 'city')],
    ['Departamento', (c) => cop(c)[1], STATE(HOME)],
    ['Dirección', (c) => (jlKnown(c) ? `${cop(c)[2]}${10 + (n(c) * 7) % 90}` : ''), at(HOME, 'street1')],
    ['Canal', (c) => jlCh(c), [], opt],
    ['Bot', () => 'Droguería Asistente', []],
    ['Fecha de creación', (c) => `${ymd(cot(c.created))} ${hms(cot(c.created))}`, [], opt],
    ['Última interacción', (c) => `${ymd(cot(later(c)))} ${hms(cot(later(c)))}`, [], opt],
    ['Opt-in WhatsApp', (c) => (jlCh(c) === 'WhatsApp' ? (n(c) % 7 === 3 ? 'false' : 'true') : ''), [], opt],
    ['Etiquetas', (c) => row(['pedido-domicilio', 'club-puntos', '', 'formula-medica,pedido-domicilio', 'pqrs', 'club-puntos,cumpleaños'], n(c) % 6), []],
    ['Puntos Club', (c) => (jlKnown(c) ? String((n(c) * 41) % 3800) : ''), ['loyalty.points'], opt],
    ['Asesor asignado', (c) => row(['', 'Yuliana M.', '', 'Cristian R.', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Chile: conference attendees
  { name: 'welcu-asistentes-evento-es', product: 'Welcu (Panel del evento > Asistentes > Descargar Excel, one row per ticket holder with the registration form answers, Chilean Spanish UI, a Santiago fintech-and-payments conference, CLT, CLP)', family: 'events', language: 'es', schema: B, cols: [
    ['ID Entrada', (c) => String(8800000 + (n(c) * 13) % 900000), B2BID, opt],
    ['Código', (c) => v.alnum(seeded(c, 'wc'), 8).toUpperCase(), []],
    ['Nombre', (c) => cl(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${cl(c).last} ${cl(c).last2}`, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 3 ? cl(c).email : `${asc(cl(c).first)[0]}${asc(cl(c).last)}@${wcFirm(c)[1]}`), WE],
    ['Teléfono', (c) => cl(c).mobile, ['mobilePhone.number', 'workPhone.number'], opt],
    ['RUT', (c) => cl(c).rut, ['person.taxId'], opt],
    ['Empresa', (c) => wcFirm(c)[0], CO],
    ['Cargo', (c) => wcRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => wcRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Industria', (c) => wcFirm(c)[2], []],
    ['Tamaño de la empresa', (c) => wcFirm(c)[3], []],
    ['Comuna', (c) => wcFirm(c)[4], [W('city')], opt],
    ['Sitio web de la empresa', (c) => (n(c) % 3 === 2 ? '' : `https://${wcFirm(c)[1]}`), ['b2b.companyWebsite']],
    ['Tipo de entrada', (c) => wcTicket(c)[0], []],
    ['Precio', (c) => (wcTicket(c)[1] ? `$${group(wcTicket(c)[1], '.')}` : '$0'), []],
    ['Estado', (c) => (n(c) % 9 === 6 ? 'Anulada' : wcTicket(c)[1] ? 'Pagada' : 'Confirmada'), []],
    ['Fecha de compra', (c) => `${dmy(clt(WC_DAY - (5 + n(c) % 60) * day - (n(c) % 40000) * 1000), '-')} ${hm(clt(WC_DAY - (5 + n(c) % 60) * day - (n(c) % 40000) * 1000))}`, [], opt],
    ['Código de descuento', (c) => (wcTicket(c)[0] === 'Startup' ? 'STARTUPCL' : ''), []],
    ['Check-in', (c) => (wcIn(c) ? 'Sí' : 'No'), []],
    ['Fecha check-in', (c) => (wcIn(c) ? `${dmy(clt(WC_DAY + (n(c) % 5400) * 1000), '-')} ${hm(clt(WC_DAY + (n(c) % 5400) * 1000))}` : ''), []],
    ['¿Acepta recibir comunicaciones de los auspiciadores?', (c) => (n(c) % 3 === 1 ? 'No' : 'Sí'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },
  // ---------------------------------------------------------------- Argentina: support-bot conversations
  { name: 'aivo-reporte-conversaciones-es', product: 'Aivo (Reportes > Conversaciones > Exportar CSV, one row per conversation handled by the AgentBot and, when escalated, by Live agents, Argentine Spanish UI, a fibre internet provider in Buenos Aires province, ART)', family: 'support', language: 'es', schema: E, cols: [
    ['ID de conversación', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Fecha de inicio', (c, o) => `${dmy(shift(avAt(o), -3), '/')} ${hms(shift(avAt(o), -3))}`, ['timestamp']],
    ['Fecha de cierre', (c, o) => `${dmy(shift(avAt(o) + avDur(o) * 1000, -3), '/')} ${hms(shift(avAt(o) + avDur(o) * 1000, -3))}`, []],
    ['Duración (seg)', (c, o) => String(avDur(o)), [], opt],
    ['Canal', (c, o) => avCh(o), [], opt],
    ['Estado', (c, o) => avSt(o), []],
    ['Intención detectada', (c, o) => avIntent(o), []],
    ['Primer mensaje del usuario', (c, o) => row(['hola no tengo internet desde ayer', 'quiero ver mi factura', 'se puede bajar el plan?', 'anda re lento el wifi', 'quiero dar de baja', 'me mudo, como hago el traslado', 'como pago con mercado pago'], n(o) % 7), []],
    ['Agente', (c, o) => (avAgent(o) ? row(['Lucas P.', 'Milagros G.', 'Brenda S.'], n(o) % 3) : ''), []],
    ['Grupo', (c, o) => (avAgent(o) ? (['Baja del servicio', 'Cambio de plan'].includes(avIntent(o)) ? 'Retención' : 'Soporte técnico') : ''), []],
    ['Tiempo de espera (seg)', (c, o) => (avAgent(o) ? String(30 + (n(o) * 17) % 600) : ''), []],
    ['Número de cliente', (c, o) => (n(o) % 3 !== 2 ? `${pad(1000000 + (n(c) * 7) % 9000000, 7)}` : ''), CUST_ID, opt],
    ['Nombre', (c) => ar(c).full, []],
    ['Email', (c, o) => (n(o) % 4 === 1 ? '' : ar(c).email), EMAIL_ID],
    ['Teléfono', (c, o) => (avCh(o) === 'WhatsApp' ? ar(c).mobile : ''), PHONE_ID, opt],
    ['DNI', (c, o) => (n(o) % 3 !== 2 ? ar(c).dni : ''), []],
    ['URL de origen', (c, o) => (avWeb(o) ? row(['https://www.fibranet.com.ar/ayuda', 'https://mi.fibranet.com.ar/facturas', 'https://www.fibranet.com.ar/planes'], n(o) % 3) : ''), ['web.webPageDetails.URL']],
    ['Navegador', (c, o) => (avWeb(o) ? avEnv(o)[0] : ''), ['environment.browserDetails.name']],
    ['Sistema operativo', (c, o) => (avWeb(o) ? avEnv(o)[1] : ''), ['environment.operatingSystem']],
    ['Dispositivo', (c, o) => (avWeb(o) ? avEnv(o)[2] : ''), ['device.type'], opt],
    ['IP', (c, o, r) => (avWeb(o) ? `181.${v.int(r, 1, 254)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` : ''), ['environment.ipV4']],
    ['Ciudad', (c, o) => arc(o)[0], [GEO('city')], opt],
    ['Provincia', (c, o) => arc(o)[1], [GEO('stateProvince')], opt],
    ['CSAT', (c, o) => (n(o) % 3 === 0 ? String(1 + n(o) % 5) : ''), []],
    ['Etiquetas', (c, o) => row(['', 'reclamo', 'facturacion', 'reclamo,visita-tecnica', 'retencion', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Czechia: pay-at-table payments
  { name: 'qerko-platby-export-cs', product: 'Qerko (Administrace podniku > Platby > Export do CSV, one row per guest payment made by QR code at the table, Czech UI, a Brno café and bistro with two venues, CET/CEST, CZK)', family: 'payments', language: 'cs', schema: E, cols: [
    ['ID platby', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ['_id', OR('payments[0].transactionID')]],
    ['Datum a čas', (c, o) => `${dmy(cet(qkAt(o)))} ${hms(cet(qkAt(o)))}`, ['timestamp']],
    ['Provozovna', (c, o) => qkVenue(o), STORE, opt],
    ['Stůl', (c, o) => `${n(o) % 4 === 0 ? 'Zahrádka ' : 'Stůl '}${1 + n(o) % 16}`, []],
    ['Číslo účtu v pokladně', (c, o) => String(20240000 + n(o)), [OR('purchaseID')], opt],
    ['Částka účtu', (c, o) => kc(qkBill(o)), [OR('priceTotal')]],
    ['Spropitné', (c, o) => kc(qkTip(o)), []],
    ['Celkem zaplaceno', (c, o) => kc(qkBill(o) + qkTip(o)), [OR('payments[0].paymentAmount')]],
    ['Měna', () => 'CZK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Způsob platby', (c, o) => qkPay(o), [OR('payments[0].paymentType')]],
    ['Typ karty', (c, o) => row(['Visa', 'Mastercard', 'Visa', 'Maestro', 'Mastercard'], n(o) % 5), [], opt],
    ['Poplatek', (c, o) => kc(Math.round((qkBill(o) + qkTip(o)) * 1.6) / 100), []],
    ['Stav', (c, o) => qkSt(o), []],
    ['Vráceno', (c, o) => kc(qkRefund(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['E-mail hosta', (c, o) => (qkMail(c, o) ? cs(c).email : ''), EMAIL_ID],
    ['Hodnocení', (c, o) => (n(o) % 3 === 1 ? String(3 + n(o) % 3) : ''), []],
    ['Komentář', (c, o) => row(['', '', 'Skvělá káva, rychlé placení', '', 'Obsluha trochu pomalá', ''], n(o) % 6), []],
    ['Zdroj', (c, o) => (n(o) % 3 === 0 ? 'Web (QR kód)' : 'Aplikace Qerko'), [], opt],
    ['Věrnostní razítka', (c, o) => (n(o) % 3 !== 0 ? String(1 + n(o) % 9) : ''), []],
  ] },
  // ---------------------------------------------------------------- Poland: CRM contacts
  { name: 'edokumenty-crm-kontakty-pl', product: 'eDokumenty (Eos Solutions; CRM > Kontakty > Eksport do CSV, one row per contact person with the company card\'s fields, Polish UI, a Poznań industrial-packaging distributor\'s customers and prospects)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID kontaktu', (c) => String(14000 + (n(c) * 7) % 80000), B2BID, opt],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['Stanowisko', (c) => edRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Dział', (c) => edRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Firma', (c) => edFirm(c)[0], CO],
    ['NIP', (c) => edFirm(c)[1], ACCT, opt],
    ['REGON', (c) => edFirm(c)[2], []],
    ['E-mail', (c) => `${asc(pl(c).first)}.${asc(pl(c).last)}@${edFirm(c)[7]}`, ['workEmail.address']],
    ['Telefon', (c) => `${edFirm(c)[8]}${pad((n(c) * 7) % 100, 2)} ${pad((n(c) * 3) % 100, 2)}`, ['workPhone.number']],
    ['Telefon komórkowy', (c) => (n(c) % 3 === 1 ? '' : pl(c).mobile), ['mobilePhone.number']],
    ['Ulica', (c) => edFirm(c)[3], [W('street1')]],
    ['Kod pocztowy', (c) => edFirm(c)[4], [W('postalCode')]],
    ['Miejscowość', (c) => edFirm(c)[5], [W('city')]],
    ['Województwo', (c) => edFirm(c)[6], STATE(['workAddress'])],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Strona WWW', (c) => `www.${edFirm(c)[7]}`, ['b2b.companyWebsite']],
    ['Opiekun', (c) => row(['Anna Maciejewska', 'Rafał Górecki', 'Anna Maciejewska', 'Bartosz Pawlak'], n(c) % 4), []],
    ['Status', (c) => row(['Klient', 'Potencjalny klient', 'Klient', 'Były klient', 'Potencjalny klient'], n(c) % 5), ['b2b.personStatus'], opt],
    ['Źródło pozyskania', (c) => row(['Targi Packaging Innovations', 'Polecenie', 'Strona WWW', 'Telefon przychodzący', 'Targi Packaging Innovations'], n(c) % 5), ['b2b.personSource'], opt],
    ['Zgoda na przetwarzanie danych w celach marketingowych', (c) => (n(c) % 4 === 2 ? 'Nie' : 'Tak'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Data utworzenia', (c) => plDT(cet(c.created)), ['extSourceSystemAudit.createdDate']],
    ['Data modyfikacji', (c) => plDT(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Uwagi', (c) => row(['', 'Zamawia folię stretch co kwartał', '', 'Prosi o kontakt mailowy', 'Przetarg w marcu', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Hungary: newsletter subscribers
  { name: 'mailmaster-feliratkozok-export-hu', product: 'Mailmaster (Listák > Feliratkozók > Exportálás CSV-be, one row per subscriber of a list with its custom fields, Hungarian UI, a Debrecen organic-cosmetics webshop\'s newsletter)', family: 'email', language: 'hu', schema: P, cols: [
    ['Azonosító', (c) => String(2200000 + (n(c) * 11) % 700000), ['_id', 'personID'], opt],
    ['E-mail cím', (c) => hu(c).email, ['personalEmail.address']],
    ['Vezetéknév', (c) => hu(c).last, ['person.name.lastName']],
    ['Keresztnév', (c) => hu(c).first, ['person.name.firstName']],
    ['Nem', (c) => (n(c) % 5 === 4 ? '' : hu(c).female ? 'nő' : 'férfi'), ['person.gender']],
    ['Születési dátum', (c) => (n(c) % 3 === 1 ? '' : huD(bd(c.birth))), ['person.birthDate']],
    ['Telefonszám', (c) => (n(c) % 2 ? hu(c).mobile : ''), ['mobilePhone.number']],
    ['Irányítószám', (c) => hup(c)[0], at(HOME, 'postalCode')],
    ['Település', (c) => hup(c)[1], at(HOME, 'city')],
    ['Megye', (c) => hup(c)[2], STATE(HOME), opt],
    ['Státusz', (c) => mmSt(c), ['personalEmail.status'], opt],
    ['Feliratkozás dátuma', (c) => huDT(cet(c.created)), [], opt],
    ['Feliratkozás forrása', (c) => row(['webshop pénztár', 'felugró ablak', 'nyereményjáték', 'webshop pénztár', 'kézi import'], n(c) % 5), []],
    ['Megerősítve (double opt-in)', (c) => (mmSt(c) === 'megerősítésre vár' ? 'nem' : 'igen'), [], opt],
    ['IP-cím', (c) => { const r = seeded(c, 'ip'); return `${v.pick(r, ['84.236', '188.143', '91.82', '37.76', '178.48'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }, []],
    ['Utolsó megnyitás', (c) => (mmSt(c) === 'aktív' ? huDT(cet(later(c))) : ''), [], opt],
    ['Utolsó kattintás', (c) => (mmSt(c) === 'aktív' && n(c) % 3 ? huDT(cet(later(c) + 600000)) : ''), []],
    ['Csoportok', (c) => row(['Vásárlók', 'Vásárlók; Törzsvásárlók', 'Érdeklődők', 'Vásárlók', 'Nyereményjáték 2024'], n(c) % 5), []],
    ['Vásárlások száma', (c) => String((n(c) * 3) % 14), []],
    ['Hűségpontok', (c) => String((n(c) * 23) % 2600), ['loyalty.points']],
    ['Kuponkód', (c) => (n(c) % 4 === 0 ? `SZULINAP-${v.alnum(seeded(c, 'kp'), 5).toUpperCase()}` : ''), ['loyalty.rewards.coupons[0].id'], opt],
  ] },
]
