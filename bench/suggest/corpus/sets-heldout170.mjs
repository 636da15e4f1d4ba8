// Round 68, heldout170: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Portuguese, Latin-American Spanish, Polish, Czech, Romanian, Turkish,
// Japanese and Korean exports, headers in the product's UI language: a Brazilian help desk's ticket report (TomTicket)
// and a Brazilian clinic system's patient list (iClinic) (pt-BR 2); a Portuguese payment institution's Multibanco and
// MB WAY payments (ifthenpay) (pt-PT 1); a Mexican donation platform's donations to a campaign (Donadora), a Colombian
// school platform's student list (Phidias) and a Chilean dental clinic system's appointments (Medilink) (es 3); a
// Polish B2B CRM's people (Livespace) (pl 1); a Czech e-shop platform's orders (Eshop-rychle) (cs 1); a Romanian card
// gateway's transactions (NETOPIA Payments) (ro 1); a Turkish CRM's contacts (Veribis) (tr 1); a Japanese SFA's
// person records (Sales Force Assistant) (ja 1); a Korean store-loyalty service's customer list (Dodo Point) (ko 1).
// E 6, P 3, B 3.
// Headers are written from the products' documentation and UI as the writer knows them (no public page listed the
// exact columns of these exports); nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, shift, summer, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
// local clocks: Brazil -3, Colombia -5, Mexico City -6 (no summer time); Chile -4 in the southern winter and -3 in
// its summer; Portugal 0, Poland and Czechia +1, Romania +2, each with summer time (approximated); Turkey +3;
// Japan and Korea +9
const brt = (ms) => shift(ms, -3)
const cot = (ms) => shift(ms, -5)
const cdmx = (ms) => shift(ms, -6)
const clt = (ms) => shift(ms, summer(ms) ? -4 : -3)
const wet = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
const trt = (ms) => shift(ms, 3)
const kst = (ms) => shift(ms, 9)
// an instant moved into opening hours (lo .. lo+span-1, local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 10) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const sp = (p) => `${ymd(p)} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5a17e0c3); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/[^a-z]/g, '')
const L = {
  br: { m: ['Marcos', 'Thiago', 'Diego', 'André', 'Vinícius', 'Eduardo', 'Fábio', 'Henrique'], f: ['Camila', 'Letícia', 'Bruna', 'Priscila', 'Daniela', 'Natália', 'Gabriela', 'Simone'],
    last: ['Santos', 'Lima', 'Gomes', 'Ferreira', 'Costa', 'Araújo', 'Martins', 'Moreira', 'Mendes', 'Freitas', 'Dias', 'Nunes', 'Vieira', 'Monteiro'],
    // [cidade, UF, CEP, logradouro, bairro, DDD]
    places: [['Goiânia', 'GO', '74115-060', 'Rua T-36', 'Setor Bueno', '62'], ['Goiânia', 'GO', '74810-100', 'Avenida T-63', 'Setor Bela Vista', '62'], ['Goiânia', 'GO', '74230-010', 'Rua 9', 'Setor Oeste', '62'], ['Aparecida de Goiânia', 'GO', '74935-330', 'Avenida Independência', 'Setor Garavelo', '62'], ['Goiânia', 'GO', '74140-140', 'Rua 1136', 'Setor Marista', '62'], ['Trindade', 'GO', '75380-000', 'Rua Bernardo Sayão', 'Centro', '62'], ['Anápolis', 'GO', '75020-010', 'Rua Engenheiro Portela', 'Centro', '62']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'icloud.com', 'bol.com.br'] },
  pt: { m: ['Francisco', 'Afonso', 'Tomás', 'Henrique', 'Diogo', 'Pedro', 'Vasco', 'André'], f: ['Matilde', 'Leonor', 'Carolina', 'Margarida', 'Ana Rita', 'Teresa', 'Filipa', 'Mafalda'],
    last: ['Silva', 'Santos', 'Pereira', 'Oliveira', 'Rodrigues', 'Alves', 'Gomes', 'Almeida', 'Cunha', 'Moura', 'Simões', 'Barros'],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'gmail.com', 'iol.pt'] },
  mx: { m: ['Óscar', 'Héctor', 'Rogelio', 'Sergio', 'Emiliano', 'Diego', 'Raúl', 'Francisco Javier'], f: ['Claudia', 'Paola', 'Karla', 'Renata', 'Lorena', 'Montserrat', 'Adriana', 'Brenda'],
    last: ['Sánchez', 'Ramírez', 'Torres', 'Domínguez', 'Castillo', 'Aguilar', 'Mendoza', 'Salinas', 'Guerrero', 'Ortega', 'Delgado', 'Cervantes', 'Ibarra', 'Zamora'],
    // [ciudad, estado, CP]
    places: [['Ciudad de México', 'CDMX', '03100'], ['Ciudad de México', 'CDMX', '06700'], ['Puebla', 'Puebla', '72000'], ['Querétaro', 'Querétaro', '76000'], ['Zapopan', 'Jalisco', '45050'], ['Monterrey', 'Nuevo León', '64000'], ['Mérida', 'Yucatán', '97000'], ['Naucalpan', 'Estado de México', '53100']],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com', 'gmail.com'] },
  co: { m: ['Andrés Felipe', 'Juan Sebastián', 'Santiago', 'Samuel', 'Juan José', 'Tomás', 'Mateo', 'Nicolás'], f: ['Valentina', 'María José', 'Isabella', 'Sara', 'Mariana', 'Salomé', 'Luciana', 'Gabriela'],
    last: ['Restrepo', 'Gómez', 'Ospina', 'Londoño', 'Zapata', 'Arango', 'Giraldo', 'Henao', 'Cardona', 'Betancur', 'Montoya', 'Velásquez', 'Vélez', 'Agudelo'],
    // [barrio, dirección]
    places: [['Laureles', 'Cra. 76 # 33A-41'], ['El Poblado', 'Cl. 10 Sur # 43C-25'], ['Belén', 'Cra. 80 # 28-12'], ['Envigado Centro', 'Cl. 38 Sur # 41-60'], ['Estadio', 'Cl. 48 # 70-15'], ['Sabaneta', 'Cra. 45 # 70 Sur-33'], ['La América', 'Cl. 44 # 84-21'], ['Conquistadores', 'Cra. 65 # 32D-08']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  cl: { m: ['Cristóbal', 'Benjamín', 'Vicente', 'Matías', 'Joaquín', 'Felipe', 'Ignacio', 'Rodrigo'], f: ['Javiera', 'Constanza', 'Catalina', 'Francisca', 'Antonia', 'Fernanda', 'Macarena', 'Paulina'],
    last: ['Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes', 'Valenzuela', 'Araya', 'Espinoza', 'Tapia'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'live.cl', 'yahoo.es'] },
  pl: { m: ['Adam', 'Bartosz', 'Dawid', 'Jakub', 'Rafał', 'Wojciech', 'Maciej', 'Sebastian'], f: ['Karolina', 'Natalia', 'Justyna', 'Beata', 'Dorota', 'Marta', 'Sylwia', 'Weronika'],
    last: [['Wieczorek', 'Wieczorek'], ['Jabłoński', 'Jabłońska'], ['Majewski', 'Majewska'], ['Olszewski', 'Olszewska'], ['Pawlak', 'Pawlak'], ['Walczak', 'Walczak'], ['Górski', 'Górska'], ['Rutkowski', 'Rutkowska'], ['Michalski', 'Michalska'], ['Sikora', 'Sikora'], ['Baran', 'Baran'], ['Duda', 'Duda']] },
  cs: { m: ['Jiří', 'Josef', 'Michal', 'Vojtěch', 'David', 'Filip', 'Radek', 'Zdeněk'], f: ['Lenka', 'Hana', 'Alena', 'Zuzana', 'Martina', 'Barbora', 'Klára', 'Michaela'],
    last: [['Marek', 'Marková'], ['Pospíšil', 'Pospíšilová'], ['Hájek', 'Hájková'], ['Jelínek', 'Jelínková'], ['Král', 'Králová'], ['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Fiala', 'Fialová'], ['Sedláček', 'Sedláčková'], ['Doležal', 'Doležalová']],
    // [město, PSČ, ulice]
    places: [['Brno', '602 00', 'Lidická'], ['Brno', '612 00', 'Palackého třída'], ['Praha 6', '160 00', 'Dejvická'], ['Zlín', '760 01', 'Štefánikova'], ['Jihlava', '586 01', 'Masarykovo náměstí'], ['Blansko', '678 01', 'Svitavská'], ['Pardubice', '530 02', 'třída Míru'], ['Ostrava', '702 00', 'Českobratrská'], ['Znojmo', '669 02', 'Pražská']],
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'volny.cz'] },
  ro: { m: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Cristian', 'Bogdan', 'Răzvan', 'Florin'], f: ['Ioana', 'Elena', 'Andreea', 'Alexandra', 'Mihaela', 'Roxana', 'Bianca', 'Cristina'],
    last: ['Popescu', 'Ionescu', 'Popa', 'Constantin', 'Stan', 'Dumitru', 'Munteanu', 'Moldovan', 'Rusu', 'Pop', 'Lungu', 'Ardelean', 'Marin', 'Tudor'],
    // [oraș, județ, cod poștal, stradă]
    places: [['Cluj-Napoca', 'Cluj', '400084', 'Str. Memorandumului'], ['Cluj-Napoca', 'Cluj', '400604', 'Calea Florești'], ['București', 'Sector 3', '030167', 'Bd. Unirii'], ['București', 'Sector 1', '011464', 'Str. Aviatorilor'], ['Timișoara', 'Timiș', '300086', 'Str. Mărășești'], ['Iași', 'Iași', '700259', 'Bd. Independenței'], ['Brașov', 'Brașov', '500030', 'Str. Republicii'], ['Oradea', 'Bihor', '410067', 'Str. Republicii'], ['Sibiu', 'Sibiu', '550182', 'Str. Nicolae Bălcescu']],
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro', 'gmail.com', 'outlook.com'] },
  tr: { m: ['Okan', 'Volkan', 'Cem', 'Tolga', 'Onur', 'Barış', 'Kerem', 'Uğur'], f: ['Ebru', 'Seda', 'Pınar', 'Burcu', 'Özlem', 'Tuğba', 'Aslı', 'Nilay'],
    last: ['Aksoy', 'Erdoğan', 'Polat', 'Güneş', 'Korkmaz', 'Özdemir', 'Acar', 'Bulut', 'Keskin', 'Tekin', 'Kurt', 'Ünal'] },
  ja: { m: [['健太', 'ケンタ'], ['直樹', 'ナオキ'], ['聡', 'サトシ'], ['浩二', 'コウジ'], ['雄一', 'ユウイチ'], ['亮', 'リョウ'], ['達也', 'タツヤ']],
    f: [['恵', 'メグミ'], ['香織', 'カオリ'], ['由美', 'ユミ'], ['麻衣', 'マイ'], ['沙織', 'サオリ'], ['友美', 'トモミ']],
    last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu'], ['森', 'モリ', 'mori']] },
  ko: { m: ['민준', '서준', '도윤', '예준', '시우', '하준', '지호', '현우'], f: ['서연', '지우', '서윤', '하은', '민서', '지민', '수빈', '예린'],
    last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'] },
}
const memo = new Map()
const mk = (c, cc) => {
  const r = seeded(c, cc), d = L[cc]
  const female = r() < 0.55
  if (cc === 'ja') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, romaji: l[2],
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`, r1: r(), r2: r(), no: v.int(r, 1, 999) }
  }
  if (cc === 'ko') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { female, first: f, last: l, full: `${l}${f}`, mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, r1: r(), r2: r(), no: v.int(r, 1, 999) }
  }
  const first = v.pick(r, female ? d.f : d.m)
  const l = v.pick(r, d.last)
  const last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const two = ['mx', 'co', 'cl'].includes(cc)
  const last2 = two ? v.pick(r, d.last) : cc === 'br' && r() < 0.5 ? v.pick(r, d.last) : ''
  const p = { female, first, last, last2: last2 !== last ? last2 : '', r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 999) }
  p.lastFull = p.last2 ? (cc === 'br' ? `${p.last2} ${last}` : `${last} ${p.last2}`) : last
  p.full = `${first} ${p.lastFull}`
  const dom = d.mail ? v.pick(r, d.mail) : 'gmail.com'
  p.email = `${ascii(first.split(' ')[0])}${v.pick(r, ['.', '', '_'])}${ascii(last.split(' ').pop())}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${dom}`
  if (cc === 'br') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], uf: pl[1], cep: pl[2], street: pl[3], num: String(v.int(r, 10, 2400)), hood: pl[4], ddd: pl[5], mobile: `(${pl[5]}) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, land: `(${pl[5]}) 3${v.int(r, 200, 899)}-${pad(v.int(r, 0, 9999), 4)}`, compl: r() < 0.4 ? `Apto ${v.int(r, 101, 1804)}` : r() < 0.3 ? `Qd. ${v.int(r, 1, 140)} Lt. ${v.int(r, 1, 40)}` : '', cpf: cpf(r) } }
  if (cc === 'pt') return { ...p, mobile: `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}`, nif: nif(r) }
  if (cc === 'mx') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], state: pl[1], cp: pl[2], mobile: `${pl[0] === 'Monterrey' ? '81' : pl[1] === 'Jalisco' ? '33' : pl[0] === 'Puebla' ? '222' : '55'}${v.int(r, 10000000, 99999999)}`.slice(0, 10), rfc: rfc(p, r) } }
  if (cc === 'co') { const pl = v.pick(r, d.places); return { ...p, hood: pl[0], addr: pl[1], mobile: `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '20', '21'])}${v.int(r, 1000000, 9999999)}`, land: `604${v.int(r, 2000000, 4999999)}` } }
  if (cc === 'cl') { const body = v.int(r, 8000000, 24999999); return { ...p, rut: `${group(body, '.')}-${rutDv(body)}`, mobile: `+569${v.int(r, 30000000, 99999999)}` } }
  if (cc === 'cs') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], psc: pl[1], street: `${pl[2]} ${v.int(r, 2, 180)}`, mobile: `+420 ${v.pick(r, ['6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` } }
  if (cc === 'ro') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], county: pl[1], zip: pl[2], street: `${pl[3]} nr. ${v.int(r, 1, 120)}`, mobile: `07${v.pick(r, ['22', '23', '24', '40', '44', '45', '52', '62', '66', '72', '73', '88'])}${v.int(r, 100000, 999999)}` } }
  if (cc === 'tr') return { ...p, mobile: `5${v.pick(r, ['30', '32', '33', '35', '41', '42', '44', '05', '06', '55'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  return { ...p, mobile: `${v.pick(r, ['5', '6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
// a CPF with its two check digits (123.456.789-09)
function cpf (r) {
  const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
  const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d)); d.push(dv(d))
  const s = d.join('')
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
// a Portuguese NIF (9 digits, mod-11 check)
function nif (r) {
  const d = [v.pick(r, [1, 2, 2, 3]), ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]
  const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11
  d.push(s < 2 ? 0 : 11 - s)
  return d.join('')
}
// a Chilean RUT check digit
function rutDv (body) { let s = 0, m = 2; for (const ch of String(body).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1 } const dv = 11 - (s % 11); return dv === 11 ? '0' : dv === 10 ? 'K' : String(dv) }
// a Mexican RFC of a person: four letters, birth date, homoclave
function rfc (p, r) {
  const up = (s) => ascii(s).toUpperCase()
  const a = up(p.last), b = up(p.last2 || 'X'), f = up(p.first)
  const vow = a.slice(1).match(/[AEIOU]/)?.[0] ?? 'X'
  return `${a[0]}${vow}${b[0]}${f[0]}${pad(v.int(r, 60, 99))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.alnum(r, 3).toUpperCase()}`
}

// ---------------------------------------------------------------- 1. TomTicket tickets (pt-BR, E)
const br = (c) => who(c, 'br')
const ttAt = (o) => open(o.at, -3, 8, 10)
const ttCat = (o) => row([['Financeiro', 'Boleto / 2ª via', 'Segunda via do boleto de março'], ['Suporte Técnico', 'Erro ao emitir NF-e', 'Nota fiscal rejeitada - rejeição 539'], ['Suporte Técnico', 'Integração com balança', 'Balança Toledo não comunica com o PDV'], ['Comercial', 'Upgrade de plano', 'Quero incluir mais 2 caixas no plano'], ['Suporte Técnico', 'Acesso / senha', 'Não consigo acessar o sistema'], ['Financeiro', 'Cancelamento', 'Solicitação de cancelamento'], ['Implantação', 'Importação de cadastro', 'Planilha de produtos para importar']], n(o) % 7)
const ttSt = (o) => row(['Finalizado', 'Finalizado', 'Em atendimento', 'Finalizado', 'Aguardando cliente', 'Finalizado', 'Aberto', 'Finalizado'], n(o) % 8)
const ttFirst = (o) => (ttSt(o) === 'Aberto' ? 0 : 4 + ((n(o) * 7) % 170))
const ttSolve = (o) => (ttSt(o) === 'Finalizado' ? ttFirst(o) + 30 + ((n(o) * 13) % 2600) : 0)
const ttAg = (o) => row(['Jéssica Lopes', 'Wellington Prado', 'Rayane Souza', 'Jéssica Lopes', 'Caio Fernandes'], (n(o) >> 1) % 5)
const ttOrg = (c) => row(['Supermercado Bom Preço Ltda', 'Açougue e Frios Serra Dourada', 'Padaria Pão de Minas', 'Mercearia Santa Genoveva', 'Empório Vila Rosa ME', 'Hortifruti Jardim Goiás', 'Distribuidora Araguaia'], n(c) % 7)
const dur = (min) => (min ? `${pad(Math.floor(min / 60))}:${pad(min % 60)}` : '')
const brT = (ms) => `${dmy(brt(ms), '/')} ${hm(brt(ms))}`
// ---------------------------------------------------------------- 2. iClinic patients (pt-BR, P)
const icIns = (c) => row(['Particular', 'Unimed Goiânia', 'Ipasgo', 'Bradesco Saúde', 'Particular', 'Amil', 'SulAmérica', 'Particular'], n(c) % 8)
const icCard = (c) => (icIns(c) === 'Particular' ? '' : icIns(c) === 'Unimed Goiânia' ? `0 064 ${String(n(c) * 37).padStart(12, '0').replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3')} ${n(c) % 10}` : String(n(c) * 9311).padStart(12, '0'))
const icFirst = (c) => Math.min(c.created, c.updated)
// ---------------------------------------------------------------- 3. ifthenpay payments (pt-PT, E)
const pt = (c) => who(c, 'pt')
const ipAt = (o) => o.at - (n(o) % 7) * 3600000
const ipMeth = (o) => row(['MB WAY', 'Multibanco', 'MB WAY', 'Multibanco', 'Payshop', 'MB WAY', 'Cartão de Crédito'], n(o) % 7)
// the music school's fees: [descrição, valor]
const ipFee = (o) => row([['Propina mensal — Piano (30 min)', 62], ['Propina mensal — Guitarra clássica', 55], ['Inscrição ano letivo 2024/25', 35], ['Propina mensal — Canto', 68], ['Propina mensal — Violino (2 aulas)', 95], ['Aluguer de instrumento — Violino 3/4', 18], ['Workshop de verão — Ensemble', 120]], n(o) % 7)
const ipTax = (o) => { const x = ipFee(o)[1]; const m = ipMeth(o); return m === 'Multibanco' ? 0.22 + x * 0.017 : m === 'MB WAY' ? 0.07 + x * 0.007 : m === 'Payshop' ? 0.57 : 0.25 + x * 0.014 }
const ipSt = (o) => (n(o) % 13 === 5 ? 'Devolvido' : 'Pago')
const eur = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
// ---------------------------------------------------------------- 4. Donadora donations (es-MX, E)
const mx = (c) => who(c, 'mx')
const dnAmt = (o) => row([200, 500, 350, 1000, 150, 2500, 300, 500, 100, 750], n(o) % 10) + (n(o) % 11 === 0 ? 34.5 : 0)
const dnMeth = (o) => row(['Tarjeta de crédito', 'Tarjeta de débito', 'OXXO', 'Tarjeta de crédito', 'PayPal', 'SPEI', 'Tarjeta de débito'], n(o) % 7)
const dnSt = (o) => (dnMeth(o) === 'OXXO' && n(o) % 3 === 0 ? 'Pendiente' : n(o) % 17 === 4 ? 'Reembolsado' : 'Pagado')
const dnAnon = (o) => n(o) % 5 === 2
const dnReward = (o) => { const a = dnAmt(o); return a >= 1000 ? 'Kit de bienvenida + recorrido por el refugio' : a >= 500 ? 'Taza del refugio' : a >= 300 ? 'Calcomanía y carta de agradecimiento' : '' }
const dnFee = (o) => dnAmt(o) * 0.05
const dnProc = (o) => (dnMeth(o) === 'OXXO' ? 12 + dnAmt(o) * 0.035 : dnMeth(o) === 'SPEI' ? 8 : dnMeth(o) === 'PayPal' ? 4 + dnAmt(o) * 0.0395 : 2.5 + dnAmt(o) * 0.029) * 1.16
const mxn = (x) => thou(x, ',', '.')
// ---------------------------------------------------------------- 5. Phidias students (es-CO, P)
const co = (c) => who(c, 'co')
const phGrade = (c) => row([['Transición', 'TR-A'], ['Primero', '1°B'], ['Tercero', '3°A'], ['Quinto', '5°A'], ['Sexto', '6°B'], ['Octavo', '8°A'], ['Décimo', '10°A'], ['Undécimo', '11°B'], ['Segundo', '2°A'], ['Noveno', '9°B']], n(c) % 10)
const phAge = (c) => ({ 'Transición': 5, 'Primero': 6, 'Segundo': 7, 'Tercero': 8, 'Quinto': 10, 'Sexto': 11, 'Octavo': 13, 'Noveno': 14, 'Décimo': 15, 'Undécimo': 16 })[phGrade(c)[0]]
const phBirth = (c) => Date.UTC(2024 - phAge(c), (n(c) * 7) % 12, 1 + (n(c) % 27))
const phDocType = (c) => (phAge(c) >= 7 ? 'Tarjeta de identidad' : 'Registro civil')
const phDoc = (c) => `10${String(30000000 + ((n(c) * 7919) % 69999999)).padStart(8, '0')}`
const phGuard = (c) => {
  const r = seeded(c, 'acudiente'), mom = r() < 0.65, k = v.int(r, 0, 4)
  const first = (mom ? ['Liliana', 'Paula Andrea', 'Diana Marcela', 'Luz Adriana', 'Natalia'] : ['Jorge Iván', 'Carlos Mario', 'John Fredy', 'Juan Pablo', 'Alejandro'])[k]
  const last = mom ? co(c).last2 || co(c).last : co(c).last
  const user = (mom ? ['lili', 'paula.a', 'dianam', 'luzadri', 'nata'] : ['jorgeivan', 'carlosm', 'jfredy', 'juanpa', 'alejo'])[k]
  return { name: `${first} ${last}`, rel: mom ? 'Madre' : 'Padre', mobile: `3${v.pick(r, ['00', '10', '14', '17', '21'])}${v.int(r, 1000000, 9999999)}`, email: `${user}.${ascii(last)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'une.net.co'])}` }
}
// ---------------------------------------------------------------- 6. Medilink appointments (es-CL, E)
const cl = (c) => who(c, 'cl')
const mlAt = (o) => { const p = clt(o.at); const slot = 9 * 60 + ((n(o) % 20) * 30); return Date.UTC(p.y, p.m - 1, p.d, Math.floor(slot / 60), slot % 60) }
// [tratamiento, especialidad, minutos, profesional]
const mlTx = (o) => row([['Control de ortodoncia', 'Ortodoncia', 30, 'Dra. Carolina Pizarro'], ['Limpieza dental (destartraje)', 'Periodoncia', 45, 'Dr. Sebastián Lagos'], ['Evaluación', 'Odontología general', 30, 'Dra. Daniela Reyes'], ['Restauración resina compuesta', 'Odontología general', 60, 'Dra. Daniela Reyes'], ['Endodoncia molar (1ª sesión)', 'Endodoncia', 90, 'Dr. Pablo Vergara'], ['Blanqueamiento', 'Estética dental', 60, 'Dra. Carolina Pizarro'], ['Control implante', 'Implantología', 30, 'Dr. Pablo Vergara']], n(o) % 7)
const mlSt = (o) => row(['Atendido', 'Atendido', 'Confirmado', 'No confirmado', 'Atendido', 'Anulado', 'No asiste', 'Atendido', 'Confirmado por WhatsApp'], n(o) % 9)
const mlBranch = (o) => row([['Providencia', 'Box 1'], ['Providencia', 'Box 2'], ['Ñuñoa', 'Sillón 1'], ['Providencia', 'Box 3'], ['Ñuñoa', 'Sillón 2']], (n(o) >> 2) % 5)
const mlPrev = (c) => row(['Fonasa', 'Isapre Colmena', 'Particular', 'Isapre Banmédica', 'Fonasa', 'Isapre Cruz Blanca', 'Isapre Consalud'], n(c) % 7)
const mlLocal = (ms) => { const p = v.parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
// ---------------------------------------------------------------- 7. Livespace people (pl, B)
const pl = (c) => who(c, 'pl')
// [firma, NIP, www, ulica, kod, miasto, województwo]
const LS_FIRMS = [
  ['Zakłady Mięsne Wielkopolska Sp. z o.o.', '7772894510', 'zm-wielkopolska.pl', 'ul. Gnieźnieńska 14', '62-020', 'Swarzędz', 'wielkopolskie', '61'],
  ['Browar Kormoran Warmia S.A.', '7393821144', 'browarwarmia.pl', 'ul. Kołobrzeska 54', '10-434', 'Olsztyn', 'warmińsko-mazurskie', '89'],
  ['Odlewnia Żeliwa Śrem S.A.', '7850004128', 'odlewnia-srem.pl', 'ul. Staszica 1', '63-100', 'Śrem', 'wielkopolskie', '61'],
  ['Mleczarnia Spomlek Radzyń', '5381019962', 'mleczarnia-radzyn.pl', 'ul. Przemysłowa 7', '21-300', 'Radzyń Podlaski', 'lubelskie', '83'],
  ['TermoPlast Kalisz Sp. z o.o.', '6182145570', 'termoplast.com.pl', 'ul. Wrocławska 180', '62-800', 'Kalisz', 'wielkopolskie', '62'],
  ['Chłodnie Pomorskie Logistyka Sp. z o.o.', '5842671093', 'chlodnie-pomorskie.pl', 'ul. Budowlanych 31', '80-298', 'Gdańsk', 'pomorskie', '58'],
]
const lsFirm = (c) => row(LS_FIRMS, n(c) >> 1)
const LS_ROLE = ['Kierownik Utrzymania Ruchu', 'Dyrektor Produkcji', 'Specjalista ds. Zakupów', 'Główny Technolog', 'Kierownik Działu Jakości', 'Prezes Zarządu', 'Inżynier Automatyk']
const lsRole = (c) => row(LS_ROLE, n(c) % 7)
const lsMail = (c) => `${ascii(pl(c).first)}.${ascii(pl(c).last)}@${lsFirm(c)[2]}`
const lsStatus = (c) => row(['Lead', 'Klient', 'Potencjalny klient', 'Lead', 'Klient', 'Utracony'], n(c) % 6)
const plT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hm(p)}` }
// ---------------------------------------------------------------- 8. Eshop-rychle orders (cs, E)
const cs = (c) => who(c, 'cs')
// outdoor gear: [kód, název, cena s DPH]
const ERY = [['LAN-BEAL-9.8-60', 'Lano Beal Booster III 9,7 mm 60 m', 3890], ['SED-OCUN-WEB', 'Sedací úvazek Ocún WeBee', 1490], ['LEZ-LAS-TAR', 'Lezečky La Sportiva Tarantulace', 2390], ['KAR-SET-6', 'Sada karabin Ocún Hawk Combi 6 ks', 1290], ['PRI-BLK-ATC', 'Jistítko Black Diamond ATC Guide', 890], ['MAG-BAG-400', 'Magnézium Black Diamond 400 g', 349], ['HEL-PETZL-BOR', 'Přilba Petzl Boreo', 1690]]
const eryItem = (o) => row(ERY, n(o) % 7)
const eryShip = (o) => row([['Zásilkovna - výdejní místo', 69], ['PPL - doručení na adresu', 129], ['Osobní odběr - prodejna Brno', 0], ['Zásilkovna - výdejní místo', 69], ['Česká pošta - Balík Do ruky', 139]], n(o) % 5)
const eryPay = (o) => row([['Platba kartou online (GoPay)', 0], ['Bankovní převod', 0], ['Dobírka', 39], ['Platba kartou online (GoPay)', 0], ['Hotově při převzetí', 0]], (n(o) >> 1) % 5)
const eryFree = (o) => eryItem(o)[2] * o.qty >= 2500
const eryShipFee = (o) => (eryFree(o) && eryShip(o)[1] ? 0 : eryShip(o)[1])
const eryDisc = (o) => (o.discount ? Math.round(eryItem(o)[2] * o.qty * 0.1) : 0)
const eryTotal = (o) => eryItem(o)[2] * o.qty - eryDisc(o) + eryShipFee(o) + eryPay(o)[1]
const erySt = (o) => row(['Vyřízena', 'Odeslána', 'Nová', 'Vyřízena', 'Čeká na platbu', 'Stornována', 'Vyřízena', 'Připravena k odběru'], n(o) % 8)
const czk = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const erySame = (o) => n(o) % 4 !== 1
// ---------------------------------------------------------------- 9. NETOPIA Payments transactions (ro, E)
const ro = (c) => who(c, 'ro')
const ntAt = (o) => o.at
const ntAmt = (o) => [59.9, 89, 124.5, 47.99, 215, 79.9, 162.4, 35][n(o) % 8] * o.qty
const ntSt = (o) => row(['Confirmată', 'Confirmată', 'Confirmată', 'Respinsă', 'Confirmată', 'Creditată', 'Confirmată', 'În așteptare', 'Confirmată', 'Anulată'], n(o) % 10)
const ntErr = (o) => (ntSt(o) === 'Respinsă' ? row([['19', 'Fonduri insuficiente'], ['20', 'Card expirat'], ['34', 'Tranzacție respinsă de banca emitentă'], ['56', 'Autentificare 3DS eșuată']], n(o) % 4) : ntSt(o) === 'În așteptare' ? ['', ''] : ['0', 'Tranzacție aprobată'])
const ntBrand = (o) => row(['Visa', 'Mastercard', 'Visa', 'Maestro', 'Mastercard'], n(o) % 5)
const ntBank = (o) => row(['Banca Transilvania', 'BCR', 'ING Bank', 'BRD - Groupe Société Générale', 'Raiffeisen Bank', 'Revolut Bank UAB', 'CEC Bank'], (n(o) * 3) % 7)
const ntMethod = (o) => (n(o) % 9 === 4 ? 'Plată prin Google Pay' : n(o) % 9 === 7 ? 'Plată prin Apple Pay' : 'Card bancar')
const roT = (ms) => { const p = eet(ms); return `${dmy(p)} ${hms(p)}` }
// ---------------------------------------------------------------- 10. Veribis contacts (tr, B)
const tr = (c) => who(c, 'tr')
// [firma, vergi dairesi, vergi no, web, adres, ilçe, il, posta kodu, sektör, santral]
const VB_FIRMS = [
  ['Marmara Ambalaj San. ve Tic. A.Ş.', 'Nilüfer', '6120374815', 'marmaraambalaj.com.tr', 'Minareliçavuş OSB Mah. Alaşar Cad. No:14', 'Nilüfer', 'Bursa', '16140', 'Ambalaj', '0224 411 50 50'],
  ['Ege Gıda Paketleme Ltd. Şti.', 'Kemalpaşa', '3250918847', 'egegidapaket.com', 'Kemalpaşa OSB Mah. 1. Cad. No:22', 'Kemalpaşa', 'İzmir', '35730', 'Gıda', '0232 877 12 30'],
  ['Anadolu Kozmetik Üretim A.Ş.', 'Gebze', '0700452219', 'anadolukozmetik.com.tr', 'GOSB İhsan Dede Cad. No:7', 'Gebze', 'Kocaeli', '41480', 'Kozmetik', '0262 751 33 44'],
  ['Boğaziçi E-Ticaret Lojistik A.Ş.', 'Tuzla', '1840092736', 'bogazicilojistik.com', 'Aydınlı Mah. Melek Aras Bulv. No:63', 'Tuzla', 'İstanbul', '34956', 'Lojistik', '0216 593 20 00'],
  ['Konya Un ve Makarna San. A.Ş.', 'Selçuk', '5780213904', 'konyaun.com.tr', 'Büyükkayacık OSB Mah. Ahmet Şefik Sk. No:5', 'Selçuklu', 'Konya', '42300', 'Gıda', '0332 239 11 80'],
]
const vbFirm = (c) => row(VB_FIRMS, n(c) >> 1)
const VB_ROLE = [['Satın Alma Müdürü', 'Satın Alma'], ['Satın Alma Uzmanı', 'Satın Alma'], ['Üretim Planlama Şefi', 'Üretim'], ['Genel Müdür', 'Yönetim'], ['Kalite Güvence Mühendisi', 'Kalite'], ['Lojistik Sorumlusu', 'Lojistik'], ['Finans Müdürü', 'Finans']]
const vbRole = (c) => row(VB_ROLE, n(c) % 7)
const vbMail = (c) => `${ascii(tr(c).first)}.${ascii(tr(c).last)}@${vbFirm(c)[3]}`
const trDate = (p) => dmy(p)
// ---------------------------------------------------------------- 11. Sales Force Assistant persons (ja, B)
const ja = (c) => who(c, 'ja')
// [顧客コード, 顧客名, 郵便番号, 都道府県, 住所1, 住所2, 代表電話, ドメイン]
const SFA_FIRMS = [
  ['C000418', '株式会社丸菱精工', '577-0065', '大阪府', '東大阪市高井田中3-8-21', '', '06-6781-2250', 'marubishi-seiko.co.jp'],
  ['C000532', '堺プレス工業株式会社', '590-0906', '大阪府', '堺市堺区三宝町4-230', '', '072-229-5511', 'sakai-press.co.jp'],
  ['C001127', '近畿ダイカスト株式会社', '664-0831', '兵庫県', '伊丹市北伊丹8-11', '', '072-782-3301', 'kinki-diecast.jp'],
  ['C001305', '株式会社北摂メディカルデバイス', '567-0085', '大阪府', '茨木市彩都あさぎ7-7-15', '彩都バイオインキュベータ3F', '072-641-8820', 'hokusetsu-md.co.jp'],
  ['C002044', '京滋オートパーツ株式会社', '520-2134', '滋賀県', '大津市瀬田5-32-1', '', '077-543-6170', 'keiji-autoparts.co.jp'],
  ['C002291', '株式会社ナニワ樹脂化成', '555-0041', '大阪府', '大阪市西淀川区中島2-5-33', '', '06-6473-0091', 'naniwa-jushi.co.jp'],
]
const sfFirm = (c) => row(SFA_FIRMS, n(c) >> 1)
const SF_ROLE = [['製造部', '部長', '部長クラス'], ['生産技術課', '課長', '課長クラス'], ['購買部 資材課', '主任', '担当者'], ['品質保証部', '係長', '担当者'], ['代表取締役', '代表取締役社長', '役員'], ['技術開発部', '主任研究員', '担当者'], ['工場管理課', '工場長', '部長クラス']]
const sfRole = (c) => row(SF_ROLE, n(c) % 7)
const sfMail = (c) => `${ja(c).romaji}${n(c) % 3 === 0 ? '.' + ['k', 'n', 's', 't', 'y', 'm', 'h'][n(c) % 7] : ''}@${sfFirm(c)[7]}`
const jaD = (p) => ymd(p, '/')
const jst = (ms) => shift(ms, 9)
// ---------------------------------------------------------------- 12. Dodo Point customers (ko, P)
const ko = (c) => who(c, 'ko')
const ddVisits = (c) => 1 + (n(c) % 47)
const ddEarned = (c) => ddVisits(c) * (300 + (n(c) % 5) * 100)
const ddUsed = (c) => (ddVisits(c) > 8 ? Math.floor(ddEarned(c) * ((n(c) % 4) / 6) / 1000) * 1000 : 0)
const ddPts = (c) => ddEarned(c) - ddUsed(c)
const ddTier = (c) => (ddVisits(c) >= 30 ? 'VIP' : ddVisits(c) >= 10 ? '단골' : '일반')
const ddJoin = (c) => Math.min(c.created, c.updated)
const ddLast = (c) => open(Math.max(c.created, c.updated), 9, 8, 13)
const krD = (ms) => ymd(kst(ms), '.')
const krT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hm(p)}` }

export const SETS = [
  { name: 'tomticket-relatorio-chamados-export-br', product: 'TomTicket (Painel do Atendente: Relatórios > Chamados > Exportar para Excel, one row per ticket, Brazilian Portuguese UI, a Goiânia retail-ERP vendor\'s support desk for supermarkets and bakeries, America/Sao_Paulo)', family: 'support', language: 'pt', schema: E, cols: [
    ['Protocolo', (c, o) => String(2024000000 + n(o) * 7), ['_id']],
    ['Data de Abertura', (c, o) => brT(ttAt(o)), ['timestamp']],
    ['Assunto', (c, o) => ttCat(o)[2], []],
    ['Departamento', (c, o) => ttCat(o)[0], []],
    ['Categoria', (c, o) => ttCat(o)[1], []],
    ['Prioridade', (c, o) => row(['Normal', 'Alta', 'Normal', 'Baixa', 'Urgente', 'Normal'], n(o) % 6), []],
    ['Situação', (c, o) => ttSt(o), []],
    ['Origem', (c, o) => row(['E-mail', 'Chat', 'WhatsApp', 'Portal do Cliente', 'Telefone', 'WhatsApp'], (n(o) >> 1) % 6), [], opt],
    ['Código do Cliente', (c) => `CLI${String(n(c) % 9000 + 1000)}`, CUST_ID, opt],
    ['Cliente', (c) => br(c).full, []],
    ['E-mail do Cliente', (c) => br(c).email, EMAIL_ID],
    ['Telefone do Cliente', (c) => (n(c) % 4 === 1 ? '' : br(c).mobile), PHONE_ID, opt],
    ['Organização', (c) => ttOrg(c), []],
    ['Atendente', (c, o) => (ttSt(o) === 'Aberto' ? '' : ttAg(o)), []],
    ['Data da Primeira Resposta', (c, o) => (ttFirst(o) ? brT(ttAt(o) + ttFirst(o) * 60000) : ''), []],
    ['Tempo da Primeira Resposta', (c, o) => dur(ttFirst(o)), []],
    ['Data de Finalização', (c, o) => (ttSolve(o) ? brT(ttAt(o) + ttSolve(o) * 60000) : ''), []],
    ['Tempo de Solução', (c, o) => dur(ttSolve(o)), []],
    ['SLA de Atendimento', (c, o) => (ttFirst(o) === 0 ? '' : ttFirst(o) > 120 ? 'Violado' : 'Cumprido'), []],
    ['SLA de Solução', (c, o) => (ttSolve(o) === 0 ? '' : ttSolve(o) > 1440 ? 'Violado' : 'Cumprido'), []],
    ['Interações', (c, o) => String(ttSt(o) === 'Aberto' ? 1 : 2 + (n(o) % 9)), []],
    ['Avaliação', (c, o) => (ttSt(o) === 'Finalizado' && n(o) % 3 ? row(['Ótimo', 'Bom', 'Ótimo', 'Regular', 'Ótimo'], n(o) % 5) : ''), []],
    ['Comentário da Avaliação', (c, o) => (ttSt(o) === 'Finalizado' && n(o) % 3 === 1 ? row(['Resolveram rápido, obrigado!', 'Demorou mas resolveu', 'Atendimento excelente da equipe'], n(o) % 3) : ''), []],
    ['Última Atualização', (c, o) => brT(ttAt(o) + (ttSolve(o) || ttFirst(o) || 1) * 60000 + 120000), []],
  ] },
  { name: 'iclinic-pacientes-export-br', product: 'iClinic (Pacientes > Exportar lista de pacientes (Excel), one row per patient, Brazilian Portuguese UI, a Goiânia dermatology practice)', family: 'clinic', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(80000 + n(c) % 20000), ID],
    ['Nome', (c) => br(c).full, ['person.name.fullName']],
    ['Nome social', (c) => (n(c) % 29 === 3 ? br(c).first : ''), [], opt],
    ['Sexo', (c) => (br(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Data de nascimento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['CPF', (c) => (n(c) % 6 === 2 ? '' : br(c).cpf), ['person.taxId']],
    ['RG', (c) => (n(c) % 3 ? `${v.int(() => br(c).r1, 1000000, 6999999)} SSP/GO` : ''), []],
    ['E-mail', (c) => (n(c) % 5 === 4 ? '' : br(c).email), ['personalEmail.address']],
    ['Celular', (c) => br(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (n(c) % 4 === 0 ? br(c).land : ''), ['homePhone.number']],
    ['CEP', (c) => br(c).cep, at(HOME, 'postalCode')],
    ['Endereço', (c) => br(c).street, at(HOME, 'street1')],
    ['Número', (c) => br(c).num, at(HOME, 'street1'), opt],
    ['Complemento', (c) => br(c).compl, at(HOME, 'street2')],
    ['Bairro', (c) => br(c).hood, at(HOME, 'street2'), opt],
    ['Cidade', (c) => br(c).city, at(HOME, 'city')],
    ['Estado', (c) => br(c).uf, STATE(HOME)],
    ['Estado civil', (c) => row(['Solteiro(a)', 'Casado(a)', '', 'Casado(a)', 'Divorciado(a)', 'União estável', ''], n(c) % 7), ['person.maritalStatus']],
    ['Profissão', (c) => row(['Professora', 'Engenheiro agrônomo', '', 'Advogada', 'Autônomo', 'Estudante', 'Servidor público', ''], n(c) % 8), []],
    ['Convênio', (c) => icIns(c), []],
    ['Número da carteirinha', (c) => icCard(c), []],
    ['Como conheceu', (c) => row(['Instagram', 'Indicação de paciente', 'Google', 'Convênio', '', 'Indicação médica'], n(c) % 6), [], opt],
    ['Observações', (c) => row(['', 'Alérgica a dipirona', '', 'Prefere atendimento à tarde', '', 'Acompanhamento de melasma'], n(c) % 6), []],
    ['Data de cadastro', (c) => dmy(brt(icFirst(c)), '/'), [], opt],
    ['Última consulta', (c) => (n(c) % 9 === 0 ? '' : dmy(brt(Math.max(c.created, c.updated)), '/')), []],
  ] },
  { name: 'ifthenpay-consulta-pagamentos-export-pt', product: 'ifthenpay (Backoffice: Consultas > Pagamentos > Exportar para Excel, one row per payment received by Multibanco reference, MB WAY, Payshop or card, European Portuguese UI, a Coimbra music school collecting fees, Europe/Lisbon, EUR)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID Pagamento', (c, o) => String(90000000 + n(o) * 131), ['_id', OR('payments[0].transactionID')]],
    ['Data/Hora Pagamento', (c, o) => { const p = wet(ipAt(o)); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp']],
    ['Meio de Pagamento', (c, o) => ipMeth(o), [OR('payments[0].paymentType')]],
    ['Entidade', (c, o) => (ipMeth(o) === 'Multibanco' ? '11604' : ''), []],
    ['Sub-Entidade', (c, o) => (ipMeth(o) === 'Multibanco' ? '327' : ''), []],
    ['Referência', (c, o) => (ipMeth(o) === 'Multibanco' ? `327 ${String(n(o) % 1000).padStart(3, '0')} ${String(100 + (n(o) * 7) % 900)}` : ipMeth(o) === 'Payshop' ? `1${String(n(o) * 17).padStart(12, '0')}` : ''), [], opt],
    ['ID Pedido', (c, o) => `EMC-${2024}${String(n(o) % 100000).padStart(5, '0')}`, [OR('purchaseID')]],
    ['Descrição', (c, o) => ipFee(o)[0], [PL('name')], opt],
    ['Valor', (c, o) => eur(ipFee(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa', (c, o) => eur(ipTax(o) * 1.23), []],
    ['Valor Líquido', (c, o) => eur(ipFee(o)[1] - ipTax(o) * 1.23), []],
    ['Estado', (c, o) => ipSt(o), []],
    ['Telemóvel', (c, o) => (ipMeth(o) === 'MB WAY' ? `351#${pt(c).mobile}` : ''), PHONE_ID, opt],
    ['Nome', (c) => (n(c) % 5 === 3 ? '' : pt(c).full), []],
    ['Email', (c) => (n(c) % 5 === 3 ? '' : pt(c).email), EMAIL_ID],
    ['NIF', (c) => (n(c) % 3 === 0 ? pt(c).nif : ''), []],
    ['Terminal', (c, o) => (ipMeth(o) === 'Multibanco' ? row(['Homebanking', 'ATM', 'MB APP', 'Homebanking'], n(o) % 4) : ipMeth(o) === 'MB WAY' ? 'App MB WAY' : ipMeth(o) === 'Payshop' ? 'Agente Payshop' : 'Gateway'), [], opt],
    ['Data Transferência', (c, o) => (ipSt(o) === 'Pago' ? dmy(wet(ipAt(o) + ((n(o) % 2) + 1) * day), '-') : ''), []],
  ] },
  { name: 'donadora-donativos-export-mx', product: 'Donadora (panel del organizador: Mis campañas > Donativos > Descargar Excel, one row per donation to a campaign, Mexican Spanish UI, a Puebla dog-and-cat rescue shelter\'s fundraising campaign, America/Mexico_City, MXN)', family: 'nonprofit', language: 'es', schema: E, cols: [
    ['ID Donativo', (c, o) => `DON-${String(n(o) * 37 + 400000)}`, ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => { const p = cdmx(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Campaña', (c, o) => (n(o) % 3 ? 'Techo nuevo para Patitas Poblanas' : 'Esterilización masiva 2024'), ['marketing.campaignName'], opt],
    ['Nombre', (c) => mx(c).first, []],
    ['Apellidos', (c) => mx(c).lastFull, []],
    ['Correo electrónico', (c) => mx(c).email, EMAIL_ID],
    ['Teléfono', (c) => (n(c) % 3 === 1 ? '' : mx(c).mobile), PHONE_ID, opt],
    ['Monto', (c, o) => mxn(dnAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Comisión Donadora', (c, o) => mxn(dnFee(o)), []],
    ['Comisión procesador de pago', (c, o) => mxn(dnProc(o)), []],
    ['Monto neto', (c, o) => mxn(dnAmt(o) - dnFee(o) - dnProc(o)), []],
    ['Método de pago', (c, o) => dnMeth(o), [OR('payments[0].paymentType')]],
    ['Estatus', (c, o) => dnSt(o), []],
    ['Donativo anónimo', (c, o) => (dnAnon(o) ? 'Sí' : 'No'), []],
    ['Mensaje', (c, o) => (n(o) % 4 === 1 ? row(['¡Ánimo con el refugio! 🐶', 'En memoria de Canela', 'Para los michis', 'Gracias por su labor'], (n(o) >> 2) % 4) : ''), []],
    ['Recompensa', (c, o) => dnReward(o), [PL('name')], opt],
    ['Solicita recibo deducible', (c, o) => (dnAmt(o) >= 500 && n(o) % 2 ? 'Sí' : 'No'), []],
    ['RFC', (c, o) => (dnAmt(o) >= 500 && n(o) % 2 ? mx(c).rfc : ''), []],
    ['Código postal', (c) => mx(c).cp, [BILL('postalCode')], opt],
    ['Ciudad', (c) => mx(c).city, [BILL('city')], opt],
    ['Estado', (c) => mx(c).state, STATE(['commerce.billing.address']), opt],
  ] },
  { name: 'phidias-estudiantes-export-co', product: 'Phidias (Académico > Estudiantes > Exportar a Excel, one row per enrolled student, Colombian Spanish UI, a Medellín (Laureles) bilingual private school, preschool to grade 11)', family: 'education', language: 'es', schema: P, cols: [
    ['Código', (c) => `2024${String(n(c) % 10000).padStart(4, '0')}`, ID],
    ['Tipo de documento', (c) => phDocType(c), []],
    ['Número de documento', (c) => phDoc(c), ['person.taxId'], opt],
    ['Primer nombre', (c) => co(c).first.split(' ')[0], ['person.name.firstName']],
    ['Segundo nombre', (c) => co(c).first.split(' ')[1] ?? '', ['person.name.middleName']],
    ['Primer apellido', (c) => co(c).last, ['person.name.lastName']],
    ['Segundo apellido', (c) => co(c).last2, [], opt],
    ['Género', (c) => (co(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Fecha de nacimiento', (c) => ymd(v.parts(phBirth(c))), ['person.birthDate']],
    ['Grado', (c) => phGrade(c)[0], []],
    ['Grupo', (c) => phGrade(c)[1], []],
    ['Estado', (c) => (n(c) % 19 === 7 ? 'Retirado' : 'Matriculado'), []],
    ['Correo institucional', (c) => `${ascii(co(c).first.split(' ')[0])}.${ascii(co(c).last)}${n(c) % 10}@estudiantes.colegiolaureles.edu.co`, ['personalEmail.address', 'workEmail.address'], opt],
    ['Celular', (c) => (phAge(c) >= 13 && n(c) % 2 ? co(c).mobile : ''), ['mobilePhone.number']],
    ['Teléfono', (c) => (n(c) % 3 === 0 ? co(c).land : ''), ['homePhone.number']],
    ['Dirección', (c) => co(c).addr, at(HOME, 'street1')],
    ['Barrio', (c) => co(c).hood, at(HOME, 'street2'), opt],
    ['Ciudad', (c) => (co(c).hood.startsWith('Envigado') ? 'Envigado' : co(c).hood === 'Sabaneta' ? 'Sabaneta' : 'Medellín'), at(HOME, 'city')],
    ['Departamento', () => 'Antioquia', STATE(HOME)],
    ['EPS', (c) => row(['Sura EPS', 'Sanitas', 'Salud Total', 'Sura EPS', 'Nueva EPS', 'Coomeva'], n(c) % 6), []],
    ['RH', (c) => row(['O+', 'A+', 'O+', 'B+', 'A-', 'O-', 'AB+'], n(c) % 7), []],
    ['Acudiente', (c) => phGuard(c).name, []],
    ['Parentesco', (c) => phGuard(c).rel, []],
    ['Celular acudiente', (c) => phGuard(c).mobile, []],
    ['Correo acudiente', (c) => phGuard(c).email, []],
    ['Fecha de matrícula', (c) => ymd(v.parts(Date.UTC(2024 - (n(c) % Math.max(1, phAge(c) - 4)), 0, 15 + (n(c) % 12)))), []],
  ] },
  { name: 'medilink-reporte-citas-export-cl', product: 'Medilink (Softwaremedilink: Reportes > Citas > Exportar a Excel, one row per appointment, Chilean Spanish UI, a two-branch dental clinic in Providencia and Ñuñoa (Santiago), America/Santiago)', family: 'clinic', language: 'es', schema: E, cols: [
    ['ID Cita', (c, o) => String(310000 + n(o) * 3), ['_id']],
    ['Fecha', (c, o) => mlLocal(mlAt(o)), ['timestamp']],
    ['Hora inicio', (c, o) => hm(v.parts(mlAt(o))), ['timestamp'], opt],
    ['Hora término', (c, o) => hm(v.parts(mlAt(o) + mlTx(o)[2] * 60000)), []],
    ['Sucursal', (c, o) => mlBranch(o)[0], ['placeContext.POIinteraction.poiDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['Sillón', (c, o) => mlBranch(o)[1], []],
    ['Profesional', (c, o) => mlTx(o)[3], []],
    ['Especialidad', (c, o) => mlTx(o)[1], []],
    ['Tratamiento', (c, o) => mlTx(o)[0], [], opt],
    ['Estado', (c, o) => mlSt(o), []],
    ['Paciente', (c) => cl(c).full, []],
    ['RUT', (c) => cl(c).rut, []],
    ['Email', (c) => (n(c) % 6 === 5 ? '' : cl(c).email), EMAIL_ID],
    ['Celular', (c) => cl(c).mobile, PHONE_ID, opt],
    ['Previsión', (c) => mlPrev(c), []],
    ['Primera cita', (c, o) => (mlTx(o)[0] === 'Evaluación' ? 'Sí' : 'No'), []],
    ['Comentario', (c, o) => row(['', 'Paciente pide hora después de las 18:00', '', 'Traer radiografía panorámica', '', 'Recordar presupuesto pendiente'], n(o) % 6), []],
    ['Agendada por', (c, o) => row(['Recepción Providencia', 'Agenda online', 'Recepción Ñuñoa', 'Agenda online', 'Dra. Carolina Pizarro'], n(o) % 5), [], opt],
    ['Fecha de creación', (c, o) => { const p = clt(o.at - ((n(o) % 12) + 1) * day); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${hm(p)}` }, []],
  ] },
  { name: 'livespace-osoby-eksport-pl', product: 'Livespace CRM (Kontakty > Osoby > Eksportuj do XLS, one row per person, Polish UI, a Poznań industrial-refrigeration and food-plant automation integrator\'s sales team)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(1840000 + n(c) % 100000), B2BID],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['Stanowisko', (c) => lsRole(c), ['extendedWorkDetails.jobTitle']],
    ['Firma', (c) => lsFirm(c)[0], CO],
    ['NIP firmy', (c) => lsFirm(c)[1], []],
    ['E-mail', (c) => lsMail(c), WE],
    ['Telefon', (c) => (n(c) % 3 === 0 ? `+48 ${lsFirm(c)[7]} ${v.int(() => pl(c).r1, 100, 999)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}` : ''), ['workPhone.number']],
    ['Telefon komórkowy', (c) => `+48 ${pl(c).mobile}`, ['mobilePhone.number']],
    ['Ulica', (c) => lsFirm(c)[3], [W('street1')]],
    ['Kod pocztowy', (c) => lsFirm(c)[4], [W('postalCode')]],
    ['Miasto', (c) => lsFirm(c)[5], [W('city')]],
    ['Województwo', (c) => lsFirm(c)[6], STATE(['workAddress'])],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Strona WWW', (c) => `www.${lsFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c) => (n(c) % 2 ? `https://www.linkedin.com/in/${ascii(pl(c).first)}-${ascii(pl(c).last)}-${(hash(`${c.id}${pl(c).last}`) % 2176782336).toString(36).padStart(6, 'a').slice(-6)}` : ''), []],
    ['Status', (c) => lsStatus(c), ['b2b.personStatus'], opt],
    ['Źródło pozyskania', (c) => row(['Targi Chłodnictwa Poznań', 'Strona WWW - formularz', 'Polecenie', 'LinkedIn', 'Cold calling'], n(c) % 5), ['b2b.personSource'], opt],
    ['Tagi', (c) => row(['decydent', 'techniczny', '', 'decydent, budżet 2025', 'serwis', ''], n(c) % 6), []],
    ['Opiekun', (c) => row(['Tomasz Kaczmarek', 'Agnieszka Lis', 'Tomasz Kaczmarek', 'Michał Bielecki'], (n(c) >> 1) % 4), []],
    ['Zgoda na kontakt marketingowy', (c) => (n(c) % 4 === 3 ? 'Nie' : 'Tak'), [], opt],
    ['Data dodania', (c) => plT(Math.min(c.created, c.updated)), ['extSourceSystemAudit.createdDate'], opt],
    ['Ostatnia aktywność', (c) => plT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Notatka', (c) => row(['', 'Modernizacja tunelu zamrażalniczego w 2025', '', 'Preferuje kontakt mailowy', 'Był na demo SCADA'], n(c) % 5), []],
  ] },
  { name: 'eshop-rychle-export-objednavek-cz', product: 'Eshop-rychle.cz (administrace: Objednávky > Export objednávek (CSV), one row per order, Czech UI, a Brno climbing and outdoor-gear e-shop, Europe/Prague, CZK)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['Číslo objednávky', (c, o) => `2024${String(n(o) % 100000).padStart(5, '0')}`, [OR('purchaseID'), '_id']],
    ['Datum vytvoření', (c, o) => { const p = cet(o.at); return `${p.d}.${p.m}.${p.y} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Stav', (c, o) => erySt(o), []],
    ['Jméno', (c) => cs(c).first, []],
    ['Příjmení', (c) => cs(c).last, []],
    ['E-mail', (c) => cs(c).email, EMAIL_ID],
    ['Telefon', (c) => cs(c).mobile, PHONE_ID, opt],
    ['Firma', (c) => (n(c) % 8 === 0 ? 'Horolezecký oddíl Vertikal z.s.' : ''), []],
    ['IČ', (c) => (n(c) % 8 === 0 ? '26998343' : ''), []],
    ['DIČ', () => '', []],
    ['Ulice', (c) => cs(c).street, [BILL('street1')]],
    ['Město', (c) => cs(c).city, [BILL('city')]],
    ['PSČ', (c) => cs(c).psc, [BILL('postalCode')]],
    ['Země', () => 'Česká republika', [BILL('country')]],
    ['Doručovací jméno a příjmení', (c, o) => (erySame(o) ? '' : `${cs(c).first} ${cs(c).last}`), []],
    ['Doručovací ulice', (c, o) => (erySame(o) ? '' : 'Kounicova 688/26'), [SHIP('street1')]],
    ['Doručovací město', (c, o) => (erySame(o) ? '' : 'Brno'), [SHIP('city')]],
    ['Doručovací PSČ', (c, o) => (erySame(o) ? '' : '611 36'), [SHIP('postalCode')]],
    ['Způsob dopravy', (c, o) => eryShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Cena dopravy', (c, o) => czk(eryShipFee(o)), ['commerce.shipping.shippingAmount']],
    ['Způsob platby', (c, o) => eryPay(o)[0], [OR('payments[0].paymentType')]],
    ['Cena platby', (c, o) => czk(eryPay(o)[1]), []],
    ['Sleva', (c, o) => czk(eryDisc(o)), [OR('discountAmount')]],
    ['Slevový kupón', (c, o) => (o.discount ? 'LEZENI10' : ''), ['commerce.promotionID']],
    ['Celkem bez DPH', (c, o) => czk(eryTotal(o) / 1.21), []],
    ['DPH', (c, o) => czk(eryTotal(o) - eryTotal(o) / 1.21), [OR('taxAmount')]],
    ['Celkem s DPH', (c, o) => czk(eryTotal(o)), [OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode')]],
    ['Zaplaceno', (c, o) => (['Vyřízena', 'Odeslána'].includes(erySt(o)) || eryPay(o)[0].startsWith('Platba kartou') ? 'ano' : 'ne'), []],
    ['Položky', (c, o) => `${o.qty}x ${eryItem(o)[1]}`, [PL('name')], opt],
    ['Poznámka zákazníka', (c, o) => row(['', '', 'Prosím nevolat, jen SMS', '', 'Dárek - nevkládat fakturu'], n(o) % 5), []],
  ] },
  { name: 'netopia-payments-tranzactii-export-ro', product: 'NETOPIA Payments (admin.netopia-payments.com: Tranzacții > Export CSV, one row per card transaction, Romanian UI, a Cluj-Napoca online bookstore and stationery shop, Europe/Bucharest, RON)', family: 'payments', language: 'ro', schema: E, cols: [
    ['ID tranzacție', (c, o) => String(48000000 + n(o) * 211), ['_id', OR('payments[0].transactionID')]],
    ['ID comandă', (c, o) => `CMD${String(100000 + n(o))}`, [OR('purchaseID')]],
    ['Data', (c, o) => roT(ntAt(o)), ['timestamp']],
    ['Sumă', (c, o) => ntAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monedă', () => 'RON', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Sumă procesată', (c, o) => (['Confirmată', 'Creditată'].includes(ntSt(o)) ? ntAmt(o).toFixed(2) : '0.00'), []],
    ['Comision', (c, o) => (['Confirmată', 'Creditată'].includes(ntSt(o)) ? (ntAmt(o) * 0.019 + 0.5).toFixed(2) : '0.00'), []],
    ['Status', (c, o) => ntSt(o), []],
    ['Metodă de plată', (c, o) => ntMethod(o), [OR('payments[0].paymentType')]],
    ['Tip card', (c, o) => ntBrand(o), [OR('payments[0].paymentType')], opt],
    ['Număr card', (c, o) => `${row(['4', '5', '4', '6', '5'], n(o) % 5)}${String(n(o) * 77).slice(0, 5).padEnd(5, '1')}******${pad((n(o) * 31) % 10000, 4)}`, []],
    ['Banca emitentă', (c, o) => ntBank(o), []],
    ['Cod eroare', (c, o) => ntErr(o)[0], []],
    ['Mesaj', (c, o) => ntErr(o)[1], []],
    ['Nume', (c) => ro(c).last, []],
    ['Prenume', (c) => ro(c).first, []],
    ['Email', (c) => ro(c).email, EMAIL_ID],
    ['Telefon', (c) => ro(c).mobile, PHONE_ID, opt],
    ['Adresă', (c) => ro(c).street, [BILL('street1')]],
    ['Oraș', (c) => ro(c).city, [BILL('city')]],
    ['Județ', (c) => ro(c).county, STATE(['commerce.billing.address'])],
    ['Cod poștal', (c) => ro(c).zip, [BILL('postalCode')]],
    ['Țară', () => 'România', [BILL('country')]],
    ['Descriere', (c, o) => `Plata comanda CMD${String(100000 + n(o))} - libraria-cartea-verde.ro`, []],
    ['IP client', (c, o, r) => `${v.pick(r, ['86.124', '5.13', '188.25', '79.118', '93.115'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Punct de vânzare', () => 'libraria-cartea-verde.ro', [], opt],
  ] },
  { name: 'veribis-kisiler-export-tr', product: 'Veribis CRM (Kişiler > Liste > Excel\'e Aktar, one row per contact person, Turkish UI, a Bursa flexible-packaging manufacturer\'s key-account team)', family: 'crm', language: 'tr', schema: B, cols: [
    ['Kişi No', (c) => `K-${String(n(c) % 100000).padStart(6, '0')}`, B2BID],
    ['Hitap', (c) => (tr(c).female ? 'Hanım' : 'Bey'), ['person.name.courtesyTitle'], opt],
    ['Adı', (c) => tr(c).first, ['person.name.firstName']],
    ['Soyadı', (c) => tr(c).last, ['person.name.lastName']],
    ['Firma', (c) => vbFirm(c)[0], CO],
    ['Görevi', (c) => vbRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departmanı', (c) => vbRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['E-Posta', (c) => vbMail(c), WE],
    ['İş Telefonu', (c) => `${vbFirm(c)[9]}`, ['workPhone.number']],
    ['Dahili', (c) => (n(c) % 3 ? String(100 + (n(c) % 400)) : ''), ['workPhone.extension']],
    ['Cep Telefonu', (c) => `0${tr(c).mobile}`, ['mobilePhone.number']],
    ['Adres', (c) => vbFirm(c)[4], [W('street1')]],
    ['İlçe', (c) => vbFirm(c)[5], [], opt],
    ['İl', (c) => vbFirm(c)[6], [W('city'), ...STATE(['workAddress'])], opt],
    ['Posta Kodu', (c) => vbFirm(c)[7], [W('postalCode')]],
    ['Ülke', () => 'Türkiye', [W('country')]],
    ['Web Sitesi', (c) => `www.${vbFirm(c)[3]}`, ['b2b.companyWebsite']],
    ['Sektör', (c) => vbFirm(c)[8], []],
    ['Vergi Dairesi', (c) => vbFirm(c)[1], []],
    ['Vergi No', (c) => vbFirm(c)[2], []],
    ['Kaynak', (c) => row(['Fuar - Packaging Fair İstanbul', 'Web Formu', 'Referans', 'Soğuk Arama', 'Mevcut Müşteri'], n(c) % 5), ['b2b.personSource'], opt],
    ['Durum', (c) => row(['Aktif', 'Aktif', 'Potansiyel', 'Aktif', 'Pasif'], n(c) % 5), ['b2b.personStatus'], opt],
    ['Müşteri Temsilcisi', (c) => row(['Serkan Uysal', 'Gizem Koç', 'Serkan Uysal', 'Mert Şimşek'], (n(c) >> 1) % 4), []],
    ['Doğum Tarihi', (c) => (n(c) % 3 === 0 ? trDate(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['KVKK Onayı', (c) => (n(c) % 5 === 4 ? 'Hayır' : 'Evet'), [], opt],
    ['Kayıt Tarihi', (c) => { const p = trt(Math.min(c.created, c.updated)); return `${trDate(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Son Güncelleme', (c) => { const p = trt(Math.max(c.created, c.updated)); return `${trDate(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Açıklama', (c) => row(['', 'Yıllık çerçeve anlaşması Ocak ayında yenileniyor', '', 'Numune talebi var', 'Teklif gönderildi, dönüş bekleniyor'], n(c) % 5), []],
  ] },
  { name: 'sales-force-assistant-person-export-jp', product: 'Sales Force Assistant (NIコンサルティング; パーソン情報 > 一覧 > CSV出力, one row per person at a customer, Japanese UI, an Osaka machine-tool and factory-automation trading company\'s sales force)', family: 'crm', language: 'ja', schema: B, cols: [
    ['パーソンコード', (c) => `P${String(n(c) % 1000000).padStart(7, '0')}`, B2BID],
    ['顧客コード', (c) => sfFirm(c)[0], ['b2b.accountKey.sourceID', 'b2b.accountID']],
    ['顧客名', (c) => sfFirm(c)[1], CO],
    ['氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['氏名(カナ)', (c) => ja(c).kana, [], opt],
    ['部署', (c) => sfRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => sfRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['役職区分', (c) => sfRole(c)[2], [], opt],
    ['キーマン', (c) => (['部長クラス', '役員'].includes(sfRole(c)[2]) ? '○' : ''), [], opt],
    ['郵便番号', (c) => sfFirm(c)[2], [W('postalCode')]],
    ['都道府県', (c) => sfFirm(c)[3], STATE(['workAddress'])],
    ['住所1', (c) => sfFirm(c)[4], [W('street1')], opt],
    ['住所2', (c) => sfFirm(c)[5], [W('street2')]],
    ['電話番号', (c) => sfFirm(c)[6], ['workPhone.number']],
    ['内線', (c) => (n(c) % 3 ? String(200 + (n(c) % 300)) : ''), ['workPhone.extension']],
    ['FAX番号', (c) => sfFirm(c)[6].replace(/\d{4}$/, (m) => String((+m + 1) % 10000).padStart(4, '0')), ['faxPhone.number']],
    ['携帯電話', (c) => (n(c) % 2 ? ja(c).mobile : ''), ['mobilePhone.number']],
    ['メールアドレス', (c) => sfMail(c), WE],
    ['誕生日', (c) => (n(c) % 4 === 0 ? jaD(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['出身地', (c) => (n(c) % 5 === 1 ? row(['大阪府', '兵庫県', '福岡県', '広島県', '京都府'], n(c) % 5) : ''), []],
    ['趣味', (c) => (n(c) % 4 === 2 ? row(['ゴルフ', '釣り', '阪神タイガース観戦', 'マラソン'], (n(c) >> 2) % 4) : ''), []],
    ['自社担当者', (c) => row(['中川 修', '藤田 美和', '中川 修', '岡本 大樹'], (n(c) >> 1) % 4), []],
    ['名刺交換日', (c) => jaD(jst(Math.min(c.created, c.updated))), [], opt],
    ['最終接触日', (c) => jaD(jst(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['DM送付', (c) => (n(c) % 6 === 5 ? '不可' : '可'), [], opt],
    ['登録日時', (c) => { const p = jst(Math.min(c.created, c.updated)); return `${jaD(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => { const p = jst(Math.max(c.created, c.updated)); return `${jaD(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['備考', (c) => row(['', '設備更新の予算は下期に確定', '', '図面は購買経由で送付のこと', ''], n(c) % 5), []],
  ] },
  { name: 'dodo-point-gogaek-export-kr', product: 'Dodo Point (도도포인트 매장 관리자: 고객 관리 > 고객 목록 > 엑셀 다운로드, one row per loyalty member identified by phone, Korean UI, a Seoul (Mapo-gu) café chain\'s stamp-and-point program)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['고객번호', (c) => String(5200000 + n(c) % 800000), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['휴대폰번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['이름', (c) => (n(c) % 4 === 3 ? '' : ko(c).full), ['person.name.fullName']],
    ['성별', (c) => (n(c) % 6 === 5 ? '' : ko(c).female ? '여' : '남'), ['person.gender']],
    ['생일', (c) => (n(c) % 3 === 1 ? '' : `${pad(v.parts(c.birth).m)}-${pad(v.parts(c.birth).d)}`), ['person.birthDayAndMonth']],
    ['연령대', (c) => `${Math.min(60, Math.max(10, Math.floor((2024 - v.parts(c.birth).y) / 10) * 10))}대`, [], opt],
    ['등급', (c) => ddTier(c), ['loyalty.tier']],
    ['보유 포인트', (c) => group(ddPts(c)), ['loyalty.points']],
    ['누적 적립 포인트', (c) => group(ddEarned(c)), ['loyalty.lifetimePoints']],
    ['사용 포인트', (c) => group(ddUsed(c)), ['loyalty.pointsRedeemed']],
    ['소멸 예정 포인트', (c) => (ddPts(c) > 2000 && n(c) % 3 === 0 ? group(Math.floor(ddPts(c) / 3 / 100) * 100) : '0'), ['loyalty.pointsExpiration[0].pointsExpiring']],
    ['소멸 예정일', (c) => (ddPts(c) > 2000 && n(c) % 3 === 0 ? krD(ddLast(c) + 180 * day) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate']],
    ['방문 횟수', (c) => String(ddVisits(c)), []],
    ['누적 결제 금액', (c) => `${group(ddVisits(c) * (5800 + (n(c) % 7) * 900))}원`, ['loyalty.lifetimePurchases'], opt],
    ['보유 쿠폰', (c) => String(n(c) % 3), [], opt],
    ['가입일', (c) => krD(ddJoin(c)), ['loyalty.joinDate']],
    ['최근 방문일시', (c) => krT(ddLast(c)), []],
    ['가입 매장', (c) => row(['합정본점', '망원점', '연남점', '합정본점', '상수점'], n(c) % 5), [], opt],
    ['마케팅 수신 동의', (c) => (n(c) % 4 === 2 ? 'N' : 'Y'), [], opt],
    ['메모', (c) => row(['', '', '디카페인 선호', '', '단체 주문 고객', ''], n(c) % 6), []],
  ] },
]
