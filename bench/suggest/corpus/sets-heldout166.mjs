// Round 67, heldout166: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Portuguese, Latin-American Spanish, Polish, Czech, Hungarian, Turkish
// and Japanese exports, headers in the product's UI language: a Brazilian salon-booking app's clients (Simples Agenda)
// and a Brazilian ERP's business-partner contacts (Sankhya) (pt-BR 2); a Portuguese contact-centre suite's call detail
// (GoContact) (pt-PT 1); a Mexican card gateway's transactions (Mitec), an Argentine restaurant-reservation network's
// diner base (Restorando) and a Peruvian ticket seller's sales detail (Teleticket) (es 3); a Polish sales-engagement
// tool's contacts (Sellizer) and a Polish SMS gateway's sent-message report (JustSend) (pl 2); a Czech e-shop
// platform's order items (WPJ Shop) (cs 1); a Hungarian accommodation portal's partner bookings (Szállás.hu) (hu 1); a
// Turkish SME accounting service's customer accounts (Logo İşbaşı) (tr 1); a Japanese app platform's members with
// points (Yappli CRM) (ja 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, shift, dec, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
// local clocks: Brazil and Argentina -3, Peru -5, Mexico -6 (no summer time in any); Portugal 0 and Central Europe +1
// with summer time (approximated); Turkey +3; Japan +9
const brt = (ms) => shift(ms, -3)
const pet = (ms) => shift(ms, -5)
const cst = (ms) => shift(ms, -6)
const wet = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
const jst = (ms) => shift(ms, 9)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^a-z]/g, '')
const D = {
  br: { m: ['Carlos', 'Rafael', 'Bruno', 'Felipe', 'Gustavo', 'Rodrigo', 'Leandro', 'Marcelo'], f: ['Fernanda', 'Juliana', 'Patrícia', 'Aline', 'Renata', 'Vanessa', 'Tatiane', 'Luana'],
    last: ['da Silva', 'Oliveira', 'Souza', 'Pereira', 'Carvalho', 'Ribeiro', 'Almeida', 'Nascimento', 'Barbosa', 'Rocha', 'Teixeira', 'Cardoso'],
    // [cidade, UF, CEP, logradouro, bairro, DDD]
    places: [['Campinas', 'SP', '13015-904', 'Rua Barão de Jaguara', 'Centro', '19'], ['Campinas', 'SP', '13076-000', 'Avenida Júlio de Mesquita', 'Cambuí', '19'], ['Valinhos', 'SP', '13270-010', 'Rua Treze de Maio', 'Vila Embaré', '19'], ['Campinas', 'SP', '13083-852', 'Rua Albert Einstein', 'Barão Geraldo', '19'], ['Hortolândia', 'SP', '13184-010', 'Rua Luiz Camilo de Camargo', 'Jardim Amanda', '19'], ['Paulínia', 'SP', '13140-000', 'Avenida José Paulino', 'Centro', '19'], ['Sumaré', 'SP', '13170-023', 'Rua Dom Barreto', 'Centro', '19']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'icloud.com'] },
  pt: { m: ['Tiago', 'Duarte', 'Rui', 'Nuno', 'Miguel', 'Gonçalo', 'João', 'Ricardo'], f: ['Inês', 'Catarina', 'Joana', 'Rita', 'Sofia', 'Marta', 'Beatriz', 'Mariana'],
    last: ['Ferreira', 'Costa', 'Martins', 'Sousa', 'Gonçalves', 'Lopes', 'Marques', 'Fernandes', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira'],
    mail: ['gmail.com', 'hotmail.com', 'sapo.pt', 'outlook.pt', 'gmail.com', 'netcabo.pt'] },
  mx: { m: ['José Luis', 'Juan Carlos', 'Alejandro', 'Luis Fernando', 'Ricardo', 'Arturo', 'Jesús', 'Eduardo'], f: ['Guadalupe', 'Mariana', 'Daniela', 'Ximena', 'Alejandra', 'Fernanda', 'Verónica', 'Itzel'],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Reyes', 'Jiménez', 'Vázquez', 'Navarro', 'Orozco'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx', 'gmail.com'] },
  ar: { m: ['Martín', 'Santiago', 'Facundo', 'Nicolás', 'Federico', 'Gonzalo', 'Matías', 'Ezequiel'], f: ['Florencia', 'Camila', 'Agustina', 'Micaela', 'Lucía', 'Sofía', 'Romina', 'Carolina'],
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Romero', 'Sosa', 'Álvarez', 'Benítez', 'Acosta', 'Medina', 'Giménez', 'Ferrari', 'Bianchi', 'Pereyra'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'fibertel.com.ar'] },
  pe: { m: ['Jorge', 'Luis', 'Renzo', 'Diego', 'Piero', 'Christian', 'Jhonatan', 'Miguel Ángel'], f: ['Rosa', 'Milagros', 'Karla', 'Andrea', 'Fiorella', 'Claudia', 'Lucero', 'Stefany'],
    last: ['Quispe', 'Flores', 'Rojas', 'Huamán', 'Mendoza', 'Vargas', 'Chávez', 'Castillo', 'Ramos', 'Torres', 'Gutiérrez', 'Salazar', 'Paredes', 'Cárdenas'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'pucp.edu.pe'] },
  pl: { m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Łukasz', 'Grzegorz'], f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Ewa'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Jankowski', 'Jankowska']],
    mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'] },
  cs: { m: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Pavel', 'Ondřej'], f: ['Jana', 'Petra', 'Tereza', 'Lucie', 'Kateřina', 'Veronika', 'Eva', 'Markéta'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná']],
    // [město, PSČ, ulice]
    places: [['Olomouc', '779 00', 'Třída Svobody'], ['Praha 4', '140 00', 'Na Pankráci'], ['Brno', '602 00', 'Kounicova'], ['Ostrava', '702 00', 'Nádražní'], ['Plzeň', '301 00', 'Klatovská třída'], ['Liberec', '460 01', 'Moskevská'], ['České Budějovice', '370 01', 'Lannova třída'], ['Hradec Králové', '500 02', 'Gočárova třída'], ['Prostějov', '796 01', 'Plumlovská']],
    mail: ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'post.cz'] },
  hu: { m: ['László', 'István', 'Zoltán', 'Gábor', 'Péter', 'Attila', 'Tamás', 'Balázs'], f: ['Katalin', 'Erzsébet', 'Anikó', 'Eszter', 'Zsófia', 'Krisztina', 'Réka', 'Judit'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp'],
    // [település, irányítószám, utca]
    places: [['Budapest', '1066', 'Teréz körút'], ['Budapest', '1117', 'Fehérvári út'], ['Debrecen', '4024', 'Piac utca'], ['Szeged', '6720', 'Kárász utca'], ['Győr', '9021', 'Baross Gábor út'], ['Pécs', '7621', 'Király utca'], ['Székesfehérvár', '8000', 'Fő utca'], ['Kecskemét', '6000', 'Rákóczi út']],
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu', 'outlook.hu'] },
  tr: { m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Murat', 'Hakan', 'Serkan'], f: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Esra', 'Merve', 'Gülşen', 'Derya'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Koç'],
    mail: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'] },
  ja: { m: [['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['拓也', 'タクヤ', 'takuya'], ['誠', 'マコト', 'makoto'], ['和也', 'カズヤ', 'kazuya'], ['蓮', 'レン', 'ren']],
    f: [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['彩', 'アヤ', 'aya'], ['結衣', 'ユイ', 'yui'], ['真由美', 'マユミ', 'mayumi'], ['千尋', 'チヒロ', 'chihiro'], ['里奈', 'リナ', 'rina']],
    last: [['田中', 'タナカ', 'tanaka'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山口', 'ヤマグチ', 'yamaguchi'], ['藤原', 'フジワラ', 'fujiwara'], ['岡田', 'オカダ', 'okada'], ['前田', 'マエダ', 'maeda'], ['西村', 'ニシムラ', 'nishimura']],
    // [都道府県, 市区町村, 郵便番号, 番地]
    places: [['兵庫県', '神戸市中央区', '650-0021', '三宮町2-5-1'], ['兵庫県', '神戸市東灘区', '658-0072', '岡本1-12-8'], ['兵庫県', '芦屋市', '659-0065', '公光町6-3'], ['兵庫県', '西宮市', '662-0918', '六湛寺町9-14'], ['大阪府', '大阪市北区', '530-0012', '芝田1-4-17'], ['兵庫県', '明石市', '673-0891', '大明石町1-6-2'], ['兵庫県', '神戸市垂水区', '655-0027', '神田町3-20'], ['京都府', '京都市下京区', '600-8216', '東塩小路町721']],
    bldg: ['', '', '', 'ハイツ明和102', 'メゾン・ソレイユ201', 'コーポ緑が丘402', 'サンライズマンション1102'],
    mail: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp'] },
}
const memo = new Map()
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), d = D[cc]
  const female = r() < 0.55
  if (cc === 'ja') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last), pl = v.pick(r, d.places)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`,
      pref: pl[0], city: pl[1], zip: pl[2], street: pl[3], bldg: v.pick(r, d.bldg),
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      email: `${f[2]}${v.pick(r, ['.', '_', '', '-'])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  }
  const first = v.pick(r, female ? d.f : d.m)
  const l = v.pick(r, d.last)
  const last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const last2 = cc === 'mx' || cc === 'pe' ? v.pick(r, d.last) : ''
  const lastFull = last2 && last2 !== last ? `${last} ${last2}` : last
  const full = cc === 'hu' ? `${last} ${first}` : `${first} ${lastFull}`
  const mailName = `${ascii(first.split(' ')[0])}${v.pick(r, ['.', '', '_'])}${ascii(last.split(' ').pop())}${r() < 0.5 ? v.int(r, 1, 99) : ''}`
  const p = { female, first, last: lastFull, full, email: `${mailName}@${v.pick(r, d.mail)}`, r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 320) }
  if (cc === 'br') {
    const pl = v.pick(r, d.places)
    return { ...p, city: pl[0], uf: pl[1], cep: pl[2], street: pl[3], hood: pl[4], mobile: `(${pl[5]}) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}`,
      land: `(${pl[5]}) 3${v.int(r, 200, 899)}-${pad(v.int(r, 0, 9999), 4)}`, compl: r() < 0.35 ? `Apto ${v.int(r, 11, 184)}` : '', cpf: cpf(r) }
  }
  if (cc === 'pt') return { ...p, mobile: `+351 9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, nif: nif(r) }
  if (cc === 'mx') return { ...p, mobile: `${v.pick(r, ['33', '33', '55', '81'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` }
  if (cc === 'ar') return { ...p, mobile: `+54 9 11 ${v.int(r, 2000, 6999)}-${pad(v.int(r, 0, 9999), 4)}` }
  if (cc === 'pe') return { ...p, mobile: `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, dni: String(v.int(r, 10000000, 79999999)) }
  if (cc === 'pl') return { ...p, mobile: `${v.pick(r, ['5', '6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  if (cc === 'cs') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], psc: pl[1], street: `${pl[2]} ${v.int(r, 2, 40)}`, mobile: `+420 ${v.pick(r, ['6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` } }
  if (cc === 'hu') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], zip: pl[1], street: `${pl[2]} ${v.int(r, 1, 120)}.`, mobile: `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` } }
  return { ...p, mobile: `05${v.pick(r, ['32', '33', '35', '42', '44', '05', '06', '55'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
// a CPF with its two check digits, written 123.456.789-09
function cpf (r) {
  const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
  const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d)); d.push(dv(d))
  const s = d.join('')
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
// a Portuguese NIF (9 digits, mod-11 check)
function nif (r) {
  const d = [v.pick(r, [1, 2, 2, 2, 3]), ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]
  const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11
  d.push(s < 2 ? 0 : 11 - s)
  return d.join('')
}
const brl = (x) => `R$ ${thou(x)}`
const mxn = (x) => `$${thou(x, ',', '.')}`
const pen = (x) => `S/ ${thou(x, ',', '.')}`
const huf = (x) => `${group(x, ' ')} Ft`
const tl = (x) => thou(x)

// ---------------------------------------------------------------- 1. Simples Agenda clients (pt-BR, P)
const sa = (c) => who(c, 'br')
const saVisits = (c) => (n(c) % 23) + (n(c) % 3 === 0 ? 0 : 1)
const saPro = (c) => row(['Carla (cabelo)', 'Dayane (unhas)', 'Rose (estética)', '', 'Thaís (sobrancelha)', 'Carla (cabelo)'], n(c) % 6)
// ---------------------------------------------------------------- 2. Sankhya partner contacts (pt-BR, B)
// a Joinville industrial-fastener distributor's customers: [cód., nome fantasia, razão social, CNPJ, IE, CEP, logradouro, bairro, cidade, UF, DDD, site]
const SK_FIRMS = [
  [1043, 'METALÚRGICA VALE', 'METALURGICA VALE DO ITAJAI LTDA', '04.512.887/0001-30', '254.118.903', '89107-000', 'RUA BRUSQUE', 'CENTRO', 'POMERODE', 'SC', '47', 'metalurgicavale.com.br'],
  [1187, 'TORNEARIA PRECISA', 'TORNEARIA PRECISA INDUSTRIA E COMERCIO LTDA', '11.204.356/0001-08', '255.890.412', '89219-510', 'RUA DONA FRANCISCA', 'ZONA INDUSTRIAL NORTE', 'JOINVILLE', 'SC', '47', 'tornearia-precisa.com.br'],
  [2210, 'AGRIMAQ', 'AGRIMAQ IMPLEMENTOS AGRICOLAS S.A.', '82.641.305/0001-77', '9041237850', '85818-560', 'AVENIDA TANCREDO NEVES', 'SANTA CRUZ', 'CASCAVEL', 'PR', '45', 'agrimaq.ind.br'],
  [2398, 'MOVELAR SUL', 'MOVELAR SUL MOVEIS SERIADOS EIRELI', '21.779.540/0001-12', '0962371540', '95700-000', 'RUA XV DE NOVEMBRO', 'CIDADE ALTA', 'BENTO GONCALVES', 'RS', '54', 'movelarsul.com.br'],
  [3051, 'ELETROPAINEIS', 'ELETROPAINEIS MONTAGENS ELETRICAS LTDA', '30.118.642/0001-91', '142.559.771.118', '13213-000', 'AVENIDA ANTONIO FREDERICO OZANAM', 'JARDIM SANTA TERESA', 'JUNDIAI', 'SP', '11', 'eletropaineis.com'],
  [3322, 'CONSTRUFIX', 'CONSTRUFIX FERRAGENS E FIXADORES LTDA', '07.990.214/0001-55', '257.663.098', '88303-040', 'RUA BLUMENAU', 'CENTRO', 'ITAJAI', 'SC', '47', 'construfix.com.br'],
]
const skFirm = (c) => row(SK_FIRMS, n(c) >> 1)
const SK_ROLE = [['COMPRADOR', 'SUPRIMENTOS'], ['GERENTE DE COMPRAS', 'SUPRIMENTOS'], ['FINANCEIRO', 'FINANCEIRO'], ['ALMOXARIFE', 'ALMOXARIFADO'], ['DIRETOR INDUSTRIAL', 'DIRETORIA'], ['ENGENHEIRO DE PROCESSOS', 'ENGENHARIA'], ['CONTAS A PAGAR', 'FINANCEIRO']]
const skRole = (c) => row(SK_ROLE, n(c) % 7)
const skMail = (c) => `${ascii(sa(c).first)}.${ascii(sa(c).last.split(' ').pop())}@${skFirm(c)[11]}`
const skUpd = (c) => brt(c.updated)
// ---------------------------------------------------------------- 3. GoContact call detail (pt-PT, E)
// a Lisbon home-insurance broker's customer-care line
const gc = (c) => who(c, 'pt')
const gcStart = (o) => open(o.at, 0, 9, 10)
const gcQueue = (o) => row([['Apoio ao Cliente', 'Geral'], ['Sinistros', 'Participação de Sinistro'], ['Apoio ao Cliente', 'Alteração de Apólice'], ['Renovações', 'Renovação'], ['Sinistros', 'Acompanhamento Sinistro'], ['Apoio ao Cliente', 'Pagamentos']], n(o) % 6)
const gcSt = (o) => row(['Atendida', 'Atendida', 'Abandonada', 'Atendida', 'Atendida', 'Não atendida', 'Atendida'], n(o) % 7)
const gcTalk = (o) => (gcSt(o) === 'Atendida' ? 60 + (n(o) * 37) % 900 : 0)
const gcWait = (o) => (n(o) * 13) % (gcSt(o) === 'Atendida' ? 95 : 240) + 4
const gcAgent = (o) => (gcSt(o) === 'Atendida' ? row([['Sara Pires', 'spires'], ['Hugo Matos', 'hmatos'], ['Cláudia Neves', 'cneves'], ['Bruno Tavares', 'btavares']], n(o) % 4) : ['', ''])
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const isoSp = (p) => `${ymd(p)} ${hms(p)}`
// ---------------------------------------------------------------- 4. Mitec transactions (es-MX, E)
// a Guadalajara furniture store's online checkout: [concepto, importe]
const MT_ITEMS = [['Sala modular Oslo 3 piezas', 18990], ['Comedor Nórdico 6 sillas', 14450], ['Cama King Size Roble', 12990], ['Colchón Memory Foam Matrimonial', 8790], ['Escritorio Home Office', 3499], ['Sillón reclinable Tulum', 7650], ['Buró Madera Parota', 2390]]
const mtItem = (o) => row(MT_ITEMS, n(o) % 7)
const mtAt = (o) => open(o.at, -6, 8, 15)
const mtSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Declinada', 'Aprobada', 'Cancelada', 'Aprobada', 'Devuelta'], n(o) % 8)
const mtBrand = (o) => row(['VISA', 'MASTERCARD', 'VISA', 'AMEX', 'MASTERCARD', 'VISA'], n(o) % 6)
const mtBank = (o) => (mtBrand(o) === 'AMEX' ? 'AMERICAN EXPRESS' : row(['BBVA MEXICO', 'BANAMEX', 'SANTANDER', 'BANORTE', 'HSBC', 'NU MEXICO', 'BANCOPPEL'], n(o) % 7))
const mtMsi = (o) => (mtItem(o)[1] >= 7000 ? row(['Contado', '3 MSI', '6 MSI', '12 MSI', 'Contado', '9 MSI'], n(o) % 6) : 'Contado')
const mtBin = (o) => (mtBrand(o) === 'VISA' ? '415231' : mtBrand(o) === 'AMEX' ? '376655' : '542977')
const mx = (c) => who(c, 'mx')
const mtChan = (o) => row(['Checkout Web', 'Liga de Pago', 'Checkout Web', 'Terminal Virtual', 'Checkout Web'], n(o) % 5)
const mtFee = (o) => (mtSt(o) === 'Aprobada' ? mtItem(o)[1] * (mtBrand(o) === 'AMEX' ? 0.033 : 0.0225) : 0)
// ---------------------------------------------------------------- 5. Restorando diner base (es-AR, P)
// a Palermo (Buenos Aires) parrilla
const ar = (c) => who(c, 'ar')
const rsRes = (c) => (n(c) % 17) + 1
const rsNoShow = (c) => (n(c) % 5 === 0 ? 1 : 0) + (n(c) % 11 === 0 ? 1 : 0)
const rsCancel = (c) => n(c) % 3
const rsLast = (c) => shift(c.updated, -3)
const rsFirst = (c) => shift(Math.min(c.created, c.updated), -3)
const rsTags = (c) => row(['Habitué', '', 'VIP', 'Celíaco', '', 'Cumpleaños', 'Habitué, Mesa afuera', '', 'Vegetariano'], n(c) % 9)
// ---------------------------------------------------------------- 6. Teleticket sales detail (es-PE, E)
// a Lima promoter's rock show at Arena 1 (San Miguel): [zona, precio]
const TT_ZONES = [['Campo A', 280], ['Campo B', 180], ['Tribuna', 150], ['VIP', 420], ['Campo B', 180], ['Tribuna Conadis', 75]]
const ttZone = (o) => row(TT_ZONES, n(o) % 6)
const ttQty = (o) => Math.min(o.qty, 4)
const ttFee = (o) => Math.round(ttZone(o)[1] * 0.1 * 100) / 100
const ttChan = (o) => row(['Web', 'Web', 'App', 'Punto de venta', 'Web', 'Call center'], n(o) % 6)
const ttPos = (o) => (ttChan(o) === 'Punto de venta' ? row(['Wong Benavides', 'Plaza Vea San Miguel', 'Metro Angamos', 'Oechsle Jockey Plaza'], n(o) % 4) : '')
const ttPay = (o) => (ttChan(o) === 'Punto de venta' ? 'Efectivo' : row(['Tarjeta Visa', 'Tarjeta Mastercard', 'Yape', 'Tarjeta Visa', 'Interbank Benefit', 'Tarjeta Amex'], n(o) % 6))
const ttSt = (o) => (n(o) % 13 === 4 ? 'Anulado' : 'Pagado')
const ttShow = { y: 2025, m: 5, d: 17, H: 21, M: 0, S: 0 }
const pe = (c) => who(c, 'pe')
const ttBuy = (o) => pet(Date.UTC(2025, 1, 3, 15) + (n(o) % 95) * day + (n(o) * 7919 % 86400) * 1000)
// ---------------------------------------------------------------- 7. Sellizer contacts (pl, B)
// a Wrocław HR-software vendor's sales team: [firma, NIP, www, ulica, kod, miasto]
const SZ_FIRMS = [['Hydro-Tech Sp. z o.o.', '8992871045', 'hydro-tech.pl', 'ul. Robotnicza 70', '53-608', 'Wrocław'], ['LogiTrans Polska S.A.', '5252671830', 'logitrans.com.pl', 'al. Jerozolimskie 181', '02-222', 'Warszawa'], ['Meblex Sp. z o.o. Sp.k.', '7792390641', 'meblex.pl', 'ul. Głogowska 31', '60-702', 'Poznań'], ['Zakłady Mięsne Rola S.A.', '6452400912', 'zmrola.pl', 'ul. Przemysłowa 12', '42-200', 'Częstochowa'], ['Solid Apps Sp. z o.o.', '6762479863', 'solidapps.io', 'ul. Lubicz 17', '31-503', 'Kraków'], ['Baltic Marine Service Sp. z o.o.', '5862317745', 'balticmarine.pl', 'ul. Hutnicza 3', '81-061', 'Gdynia']]
const szFirm = (c) => row(SZ_FIRMS, n(c) >> 1)
const szRole = (c) => row(['Dyrektor HR', 'HR Business Partner', 'Specjalista ds. kadr i płac', 'Prezes Zarządu', 'Kierownik działu personalnego', 'Dyrektor finansowy', 'Office Manager'], n(c) % 7)
const pl = (c) => who(c, 'pl')
const szMail = (c) => `${ascii(pl(c).first)}.${ascii(pl(c).last)}@${szFirm(c)[2]}`
const szStage = (c) => row(['Nowy', 'Oferta wysłana', 'Zainteresowany', 'Negocjacje', 'Wygrany', 'Przegrany', 'Oferta wysłana'], n(c) % 7)
const plT = (p) => `${ymd(p)} ${hm(p)}`
// ---------------------------------------------------------------- 8. JustSend sent-message report (pl, E)
// a Łódź dental clinic chain's appointment reminders and promotions
const jsAt = (o) => open(o.at, 1, 8, 12)
const jsCamp = (o) => row(['Przypomnienie o wizycie', 'Przypomnienie o wizycie', 'Wiosenna promocja wybielania', 'Przypomnienie o wizycie', 'Przegląd co 6 miesięcy', 'Życzenia urodzinowe'], n(o) % 6)
const jsSt = (o) => row(['DOSTARCZONA', 'DOSTARCZONA', 'DOSTARCZONA', 'NIEDOSTARCZONA', 'DOSTARCZONA', 'WYSŁANA', 'DOSTARCZONA', 'ODRZUCONA'], n(o) % 8)
const jsOp = (o) => row(['Orange', 'Play', 'T-Mobile', 'Plus', 'Play', 'Orange', 'Heyah'], n(o) % 7)
const jsPromo = (o) => jsCamp(o) !== 'Przypomnienie o wizycie'
const jsText = (c, o) => (jsPromo(o) ? (jsCamp(o) === 'Przegląd co 6 miesięcy' ? `Minelo 6 miesiecy od Twojej ostatniej wizyty. Umow przeglad: 42 630 11 22 lub https://jsnd.pl/${v.alnum(v.rng(n(o)), 5)} DentaLodz` : jsCamp(o) === 'Życzenia urodzinowe' ? `${pl(c).first}, wszystkiego najlepszego! Z kodem URODZINY -15% na higienizacje do konca miesiaca. DentaLodz` : `Wybielanie -20% do konca maja! Umow sie: https://jsnd.pl/${v.alnum(v.rng(n(o)), 5)} Rezygnacja: STOP na 7111`) : `Przypominamy o wizycie ${dmy(cet(jsAt(o) + 2 * day))} godz. ${pad(9 + n(o) % 9)}:${n(o) % 2 ? '30' : '00'}, ul. Piotrkowska ${100 + n(o) % 80}. DentaLodz`)
const jsParts = (c, o) => (jsText(c, o).length > 160 ? 2 : 1)
const plMsisdn = (c) => `48${pl(c).mobile.replace(/ /g, '')}`
// ---------------------------------------------------------------- 9. WPJ Shop order items (cs, E)
// an Olomouc tea and coffee e-shop: [kód, název, varianta, cena s DPH, DPH]
const WP_ITEMS = [['CAJ-SEN-100', 'Japonský Sencha Uji', '100 g', 289, 12], ['KAV-ETH-250', 'Etiopie Yirgacheffe – zrnková káva', '250 g', 329, 12], ['CAJ-PUE-357', 'Pu-erh shou koláč 2018', '357 g', 890, 12], ['KAV-BRA-1000', 'Brazílie Santos – zrnková káva', '1 kg', 749, 12], ['PRS-KYU-350', 'Kyusu konvička Tokoname', '350 ml', 1190, 21], ['CAJ-MAT-30', 'Matcha Ceremonial', '30 g', 459, 12], ['PRS-V60-02', 'Hario V60 dripper keramický', 'bílý', 549, 21]]
const wpItem = (o, i) => row(WP_ITEMS, i + n(o))
const wpShip = (o) => row([['Zásilkovna – výdejní místo', 79], ['PPL – doručení na adresu', 119], ['Osobní odběr Olomouc', 0], ['Zásilkovna – výdejní místo', 79], ['Česká pošta – Balík Do ruky', 139]], n(o) % 5)
const wpPay = (o) => (wpShip(o)[0].startsWith('Osobní') ? 'Hotově při odběru' : row(['Platební karta (Comgate)', 'Bankovní převod', 'Dobírka', 'Platební karta (Comgate)', 'Apple Pay'], n(o) % 5))
const wpSt = (o) => row(['Vyřízená', 'Odeslaná', 'Nová', 'Vyřízená', 'Čeká na platbu', 'Stornovaná', 'Vyřízená'], n(o) % 7)
const wpLine = (o, i) => wpItem(o, i)[3] * o.qty
const wpShipFee = (o, i) => (wpLine(o, i) >= 1500 ? 0 : wpShip(o)[1])
const wpCod = (o) => (wpPay(o) === 'Dobírka' ? 39 : 0)
const wpDisc = (o, i) => (o.discount ? Math.round(wpLine(o, i) * 0.1) : 0)
const wpTotal = (o, i) => wpLine(o, i) + wpShipFee(o, i) + wpCod(o) - wpDisc(o, i)
const cs = (c) => who(c, 'cs')
const csTo = (c, o) => (n(o) % 5 === 0 ? who(c, 'cs', 'to') : cs(c))
const czk = (x) => dec(x)
// ---------------------------------------------------------------- 10. Szállás.hu partner bookings (hu, E)
// a Balatonfüred lakeside guesthouse: [szobatípus, ár/éj]
const SH_ROOMS = [['Kétágyas szoba erkéllyel, tóra néző', 38900], ['Franciaágyas szoba', 32500], ['Családi apartman (2+2 fő)', 54900], ['Superior szoba jakuzzival', 46500], ['Egyágyas szoba', 24900]]
const shRoom = (o) => row(SH_ROOMS, n(o) % 5)
const shNights = (o) => (n(o) % 4) + 1
const shRooms = (o) => (n(o) % 9 === 0 ? 2 : 1)
const shArr = (o) => o.at + ((n(o) % 60) + 3) * day
const shSt = (o) => row(['Visszaigazolt', 'Visszaigazolt', 'Teljesült', 'Lemondva', 'Teljesült', 'Visszaigazolt', 'Nem jelent meg'], n(o) % 7)
const shPay = (o) => row(['Helyszínen', 'SZÉP-kártya (OTP)', 'Online bankkártyás fizetés', 'Helyszínen', 'SZÉP-kártya (MBH)', 'Átutalás'], n(o) % 6)
const shTotal = (o) => shRoom(o)[0].startsWith('Egy') ? shRoom(o)[1] * shNights(o) : shRoom(o)[1] * shNights(o) * shRooms(o)
const shAdults = (o) => (shRoom(o)[0].startsWith('Egy') ? 1 : 2 * shRooms(o))
const shKids = (o) => (shRoom(o)[0].startsWith('Családi') ? 2 : 0)
const shIfa = (o) => shAdults(o) * shNights(o) * 500
const hu = (c) => who(c, 'hu')
const huDate = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}.`
const shGuestLand = (c) => row(['Magyarország', 'Magyarország', 'Magyarország', 'Ausztria', 'Magyarország', 'Németország', 'Magyarország', 'Szlovákia'], n(c) % 8)
// ---------------------------------------------------------------- 11. Logo İşbaşı customer accounts (tr, B)
// an Ankara office-supplies wholesaler's customers: [kod, ünvan, kısa ad, tip, vergi dairesi, VKN, adres, ilçe, il, posta kodu, web, sabit tel]
const IB_FIRMS = [
  ['120.01.0042', 'ÖZKAN MİMARLIK İNŞAAT TAAHHÜT SANAYİ VE TİCARET LTD. ŞTİ.', 'Özkan Mimarlık', 'Tüzel Kişi', 'Kavaklıdere', '6790412583', 'Tunalı Hilmi Cad. No: 88/5', 'Çankaya', 'Ankara', '06680', 'ozkanmimarlik.com.tr', '0312 467 22 18'],
  ['120.01.0057', 'ANKA YAZILIM VE DANIŞMANLIK A.Ş.', 'Anka Yazılım', 'Tüzel Kişi', 'Ostim', '0701589324', 'ODTÜ Teknokent Silikon Blok No: 1/14', 'Çankaya', 'Ankara', '06800', 'ankayazilim.com', '0312 210 45 60'],
  ['120.01.0103', 'ÖZEL BİLGE KOLEJİ EĞİTİM HİZMETLERİ A.Ş.', 'Bilge Koleji', 'Tüzel Kişi', 'Yenimahalle', '1780236641', 'Atatürk Bulvarı No: 241', 'Yenimahalle', 'Ankara', '06370', 'bilgekoleji.k12.tr', '0312 397 10 10'],
  ['120.01.0118', 'KARADENİZ LOJİSTİK TAŞIMACILIK LTD. ŞTİ.', 'Karadeniz Lojistik', 'Tüzel Kişi', 'Etimesgut', '5210874490', '1. Organize Sanayi Bölgesi 7. Cad. No: 12', 'Sincan', 'Ankara', '06935', 'karadenizlojistik.com.tr', '0312 267 33 40'],
  ['120.02.0009', 'HUKUK BÜROSU – AV. SERKAN TEKİN', 'Av. Serkan Tekin', 'Gerçek Kişi', 'Maltepe', '', 'Kızılay Mah. Meşrutiyet Cad. No: 19/7', 'Çankaya', 'Ankara', '06420', '', '0312 418 55 09'],
  ['120.01.0140', 'ESKİŞEHİR SERAMİK SANAYİ A.Ş.', 'Eskişehir Seramik', 'Tüzel Kişi', 'Anadolu', '3890177246', 'Organize Sanayi Bölgesi 14. Cad. No: 6', 'Odunpazarı', 'Eskişehir', '26110', 'esseramik.com.tr', '0222 236 70 00'],
]
const ibFirm = (c) => row(IB_FIRMS, n(c) >> 1)
const tr = (c) => who(c, 'tr')
const ibRole = (c) => row(['Satın Alma Müdürü', 'Muhasebe Sorumlusu', 'Genel Müdür', 'İdari İşler Uzmanı', 'Ofis Yöneticisi', 'Finans Müdürü'], n(c) % 6)
const ibMail = (c) => (ibFirm(c)[10] ? `${ascii(tr(c).first)}.${ascii(tr(c).last)}@${ibFirm(c)[10]}` : `av.serkantekin@gmail.com`)
const ibBal = (c) => ((n(c) * 7919) % 4800000) / 100 - (n(c) % 6 === 0 ? 12000 : 0)
const ibTcknOrVkn = (c) => (ibFirm(c)[3] === 'Gerçek Kişi' ? String(10000000000 + (n(c) * 104729) % 89999999999) : ibFirm(c)[5])
// ---------------------------------------------------------------- 12. Yappli CRM members (ja, P)
// a Kobe bakery chain's app membership card with points
const ja = (c) => who(c, 'ja')
const yaRank = (c) => row(['レギュラー', 'レギュラー', 'シルバー', 'ゴールド', 'レギュラー', 'シルバー', 'プラチナ'], n(c) % 7)
const yaPts = (c) => (n(c) * 37) % 2400
const yaLife = (c) => yaPts(c) + (n(c) * 53) % 9000
const yaJoin = (c) => jst(c.created)
const yaShop = (c) => row(['三宮本店', '岡本店', '芦屋店', '西宮北口店', '梅田阪急店', ''], n(c) % 6)
const jaT = (p) => `${ymd(p, '/')} ${hms(p)}`

export const SETS = [
  // ---------------------------------------------------------------- Brazil: salon booking app's clients
  { name: 'simples-agenda-clientes-br', product: 'Simples Agenda (Clientes > Exportar clientes (planilha CSV), one row per client, Brazilian Portuguese UI, a Campinas beauty salon and nail studio)', family: 'booking', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(4100 + (n(c) % 5000)), ID],
    ['Nome', (c) => sa(c).full, ['person.name.fullName']],
    ['Apelido', (c) => (sa(c).r1 < 0.4 ? row(['Fê', 'Ju', 'Paty', 'Nessa', 'Tati', 'Lu'], n(c) % 6) : ''), []],
    ['CPF', (c) => (sa(c).r2 < 0.7 ? sa(c).cpf : ''), ['person.taxId']],
    ['Data de nascimento', (c) => (sa(c).r3 < 0.85 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Sexo', (c) => (sa(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['E-mail', (c) => (sa(c).r1 < 0.8 ? sa(c).email : ''), ['personalEmail.address']],
    ['Celular', (c) => sa(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (sa(c).r2 < 0.2 ? sa(c).land : ''), ['homePhone.number']],
    ['CEP', (c) => (sa(c).r3 < 0.6 ? sa(c).cep : ''), at(HOME, 'postalCode')],
    ['Endereço', (c) => (sa(c).r3 < 0.6 ? sa(c).street : ''), at(HOME, 'street1')],
    ['Número', (c) => (sa(c).r3 < 0.6 ? String(sa(c).no * 7) : ''), [], opt],
    ['Complemento', (c) => (sa(c).r3 < 0.6 ? sa(c).compl : ''), at(HOME, 'street2')],
    ['Bairro', (c) => (sa(c).r3 < 0.6 ? sa(c).hood : ''), [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', (c) => (sa(c).r3 < 0.6 ? sa(c).city : ''), at(HOME, 'city')],
    ['Estado', (c) => (sa(c).r3 < 0.6 ? sa(c).uf : ''), STATE(HOME)],
    ['Como conheceu', (c) => row(['Instagram', 'Indicação de amiga', 'Google', '', 'Passou na frente', 'Instagram'], n(c) % 6), []],
    ['Profissional preferido', (c) => saPro(c), []],
    ['Aceita receber mensagens', (c) => (n(c) % 5 === 2 ? 'Não' : 'Sim'), [], opt],
    ['Data de cadastro', (c) => dmy(brt(c.created), '/'), [], opt],
    ['Último atendimento', (c) => (saVisits(c) ? dmy(brt(c.updated), '/') : ''), []],
    ['Qtd. atendimentos', (c) => String(saVisits(c)), []],
    ['Total gasto', (c) => brl(saVisits(c) * (85 + (n(c) % 7) * 22.5)), ['loyalty.lifetimePurchases'], opt],
    ['Saldo de créditos', (c) => brl(n(c) % 4 === 0 ? 25 + (n(c) % 3) * 10 : 0), []],
    ['Observações', (c) => row(['', 'Alergia a amônia', '', 'Prefere horário após 18h', '', 'Cliente de pacote mensal de unhas', ''], n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- Brazil: ERP business-partner contacts
  { name: 'sankhya-parceiros-contatos-br', product: 'Sankhya Om (ERP; Comercial > Cadastros > Parceiros, aba Contatos > Exportar para planilha, one row per contact of a business partner, Brazilian Portuguese UI, a Joinville industrial-fastener distributor\'s customers)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['Cód. Parceiro', (c) => String(skFirm(c)[0]), ACCT],
    ['Nome Parceiro', (c) => skFirm(c)[1], CO],
    ['Razão Social', (c) => skFirm(c)[2], CO],
    ['CNPJ / CPF', (c) => skFirm(c)[3], []],
    ['Inscrição Estadual', (c) => skFirm(c)[4], []],
    ['Tipo', () => 'Cliente', [], opt],
    ['Cód. Contato', (c) => String((n(c) % 4) + 1), B2BID, opt],
    ['Nome Contato', (c) => sa(c).full.toUpperCase(), ['person.name.fullName']],
    ['Cargo', (c) => skRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => skRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => skMail(c), WE],
    ['Telefone', (c) => `(${skFirm(c)[10]}) 3${v.int(seeded(c, 'sktel'), 200, 899)}-${pad(v.int(seeded(c, 'sktel2'), 0, 9999), 4)}`, ['workPhone.number']],
    ['Ramal', (c) => (n(c) % 3 === 0 ? '' : String(200 + (n(c) % 60))), ['workPhone.extension']],
    ['Celular', (c) => (n(c) % 4 === 1 ? '' : sa(c).mobile.replace(/^\(\d\d\)/, `(${skFirm(c)[10]})`)), ['mobilePhone.number']],
    ['Dt. Nascimento', (c) => (n(c) % 3 === 0 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['CEP', (c) => skFirm(c)[5], [W('postalCode')]],
    ['Endereço', (c) => skFirm(c)[6], [W('street1')]],
    ['Número', (c) => String(((n(c) >> 1) % 6 + 1) * 317), [], opt],
    ['Complemento', (c) => ((n(c) >> 1) % 3 === 0 ? 'GALPÃO 2' : ''), [W('street2')]],
    ['Bairro', (c) => skFirm(c)[7], [W('street2'), W('street3'), W('region')], opt],
    ['Cidade', (c) => skFirm(c)[8], [W('city')]],
    ['UF', (c) => skFirm(c)[9], STATE(['workAddress'])],
    ['Recebe Boleto por E-mail', (c) => (skRole(c)[1] === 'FINANCEIRO' ? 'S' : 'N'), []],
    ['Ativo', (c) => (n(c) % 11 === 0 ? 'N' : 'S'), [], opt],
    ['Vendedor', (c) => row(['12 - EDSON KRAUSE', '15 - PRISCILA WEBER', '12 - EDSON KRAUSE', '21 - ANDRE SCHMITT'], (n(c) >> 1) % 4), []],
    ['Dt. Alteração', (c) => `${dmy(skUpd(c), '/')} ${hms(skUpd(c))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Observação', (c) => row(['', 'Enviar NF-e também para fiscal@', '', 'Só recebe entregas até 16h', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Portugal: contact-centre call detail
  { name: 'gocontact-detalhe-chamadas-pt', product: 'GoContact (Relatórios > Chamadas > Detalhe de Chamadas > Exportar CSV, one row per inbound call, European Portuguese UI, a Lisbon home-insurance broker\'s customer-care line, Europe/Lisbon)', family: 'support', language: 'pt', schema: E, cols: [
    ['ID Chamada', (c, o) => `${1718000000 + n(o) * 913}.${n(o) % 97}`, ['_id']],
    ['Data/Hora Início', (c, o) => isoSp(wet(gcStart(o))), ['timestamp']],
    ['Data/Hora Fim', (c, o) => isoSp(wet(gcStart(o) + (gcWait(o) + gcTalk(o) + 6) * 1000)), []],
    ['Direção', () => 'Entrada', []],
    ['Campanha', (c, o) => gcQueue(o)[0], [], opt],
    ['Fila', (c, o) => gcQueue(o)[1], []],
    ['Opção IVR', (c, o) => String((n(o) % 6) + 1), []],
    ['Número Origem', (c) => `+351${gc(c).mobile.replace(/\D/g, '').slice(3)}`, PHONE_ID, opt],
    ['Número Destino', () => '+351213405060', []],
    ['Estado', (c, o) => gcSt(o), []],
    ['Tempo de Espera', (c, o) => dur(gcWait(o)), []],
    ['Tempo de Conversação', (c, o) => dur(gcTalk(o)), []],
    ['Tempo de Pós-Chamada', (c, o) => dur(gcTalk(o) ? 15 + n(o) % 60 : 0), []],
    ['Agente', (c, o) => gcAgent(o)[0], []],
    ['Login Agente', (c, o) => gcAgent(o)[1], []],
    ['Transferida', (c, o) => (gcTalk(o) && n(o) % 5 === 0 ? 'Sim' : 'Não'), []],
    ['Resultado', (c, o) => (gcTalk(o) ? row(['Resolvido no 1.º contacto', 'Encaminhado para Sinistros', 'Pedido de documentação', 'Resolvido no 1.º contacto', 'Reclamação registada'], n(o) % 5) : ''), []],
    ['ID Contacto', (c) => (n(c) % 4 ? `CT${String(n(c)).padStart(8, '0')}` : ''), CUST_ID, opt],
    ['Nome Contacto', (c) => (n(c) % 4 ? gc(c).full : ''), []],
    ['Email Contacto', (c) => (n(c) % 4 ? gc(c).email : ''), EMAIL_ID],
    ['NIF', (c) => (n(c) % 4 ? gc(c).nif : ''), []],
    ['N.º Apólice', (c) => (n(c) % 4 ? `MR-${20 + (n(c) % 6)}-${String(n(c) * 7).padStart(7, '0')}` : ''), []],
    ['Gravação', (c, o) => (gcTalk(o) ? 'Sim' : 'Não'), []],
    ['Inquérito (1-5)', (c, o) => (gcTalk(o) && n(o) % 3 === 0 ? String(3 + (n(o) % 3)) : ''), []],
    ['Notas', (c, o) => (gcTalk(o) ? row(['', 'Cliente pede segunda via do recibo', '', 'Participação de infiltração na cozinha', 'Alterou IBAN para débito direto', ''], n(o) % 6) : ''), []],
  ] },
  // ---------------------------------------------------------------- Mexico: card gateway transactions
  { name: 'mitec-reporte-transacciones-mx', product: 'Mitec (Santander; Portal de Comercios / Centro de Pagos: Reportes > Transacciones > Exportar a Excel, one row per card transaction, Mexican Spanish UI, a Guadalajara furniture store\'s online checkout and payment links, America/Mexico_City, MXN)', family: 'payments', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => String(880000000 + n(o) * 311), ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => `${dmy(cst(mtAt(o)), '/')} ${hms(cst(mtAt(o)))}`, ['timestamp']],
    ['Referencia', (c, o) => `PED-${100000 + n(o)}`, [OR('purchaseID')]],
    ['Tipo de Operación', (c, o) => (mtSt(o) === 'Devuelta' ? 'Devolución' : mtSt(o) === 'Cancelada' ? 'Cancelación' : 'Venta'), []],
    ['Estatus', (c, o) => mtSt(o), []],
    ['No. Autorización', (c, o) => (mtSt(o) === 'Declinada' ? '' : String(100000 + (n(o) * 4673) % 899999)), []],
    ['Código de Respuesta', (c, o) => (mtSt(o) === 'Declinada' ? row(['05 - No autorizada', '51 - Fondos insuficientes', '14 - Tarjeta inválida'], n(o) % 3) : '00 - Aprobada'), []],
    ['Importe', (c, o) => mxn(mtItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Concepto', (c, o) => mtItem(o)[0], [PL('name')], opt],
    ['Forma de Pago', (c, o) => mtMsi(o), [], opt],
    ['Marca', (c, o) => mtBrand(o), [OR('payments[0].paymentType')], opt],
    ['Tipo de Tarjeta', (c, o) => (mtBrand(o) === 'AMEX' || n(o) % 3 ? 'Crédito' : 'Débito'), [OR('payments[0].paymentType')], opt],
    ['Banco Emisor', (c, o) => mtBank(o), []],
    ['Tarjeta', (c, o) => `${mtBin(o)}******${pad((n(o) * 97) % 10000, 4)}`, []],
    ['Tarjetahabiente', (c) => mx(c).full.toUpperCase(), []],
    ['Correo Electrónico', (c) => mx(c).email, EMAIL_ID],
    ['Teléfono', (c) => (n(c) % 3 ? mx(c).mobile.replace(/ /g, '') : ''), PHONE_ID, opt],
    ['Canal', (c, o) => mtChan(o), [], opt],
    ['Sucursal', (c, o) => (mtChan(o) === 'Terminal Virtual' ? row(['SUC. ZAPOPAN', 'SUC. PROVIDENCIA'], n(o) % 2) : 'TIENDA EN LINEA'), STORE, opt],
    ['Afiliación', (c, o) => (mtBrand(o) === 'AMEX' ? '9351234567' : '7426310'), []],
    ['Usuario', (c, o) => (mtChan(o) === 'Terminal Virtual' ? row(['mrodriguez', 'lpadilla'], n(o) % 2) : mtChan(o) === 'Liga de Pago' ? 'ventas.tel' : 'ecommerce'), []],
    ['3D Secure', (c, o) => (n(o) % 4 === 3 ? 'No' : 'Sí'), []],
    ['Comisión', (c, o) => mxn(mtFee(o)), []],
    ['IVA Comisión', (c, o) => mxn(mtFee(o) * 0.16), []],
    ['IP', (c, o, r) => (n(o) % 5 === 3 ? '' : `187.${v.int(r, 130, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- Argentina: restaurant-reservation diner base
  { name: 'restorando-base-clientes-ar', product: 'Restorando (Restorando Manager: Clientes > Exportar base (CSV), one row per diner, Argentine Spanish UI, a Palermo (Buenos Aires) parrilla)', family: 'booking', language: 'es', schema: P, cols: [
    ['ID Cliente', (c) => String(3000000 + n(c) * 3), ID],
    ['Nombre', (c) => ar(c).first, ['person.name.firstName']],
    ['Apellido', (c) => ar(c).last, ['person.name.lastName']],
    ['Email', (c) => (ar(c).r1 < 0.85 ? ar(c).email : ''), ['personalEmail.address']],
    ['Teléfono', (c) => ar(c).mobile, ['mobilePhone.number']],
    ['Cumpleaños', (c) => (ar(c).r2 < 0.6 ? `${pad(v.parts(c.birth).d)}/${pad(v.parts(c.birth).m)}` : ''), ['person.birthDayAndMonth']],
    ['Aniversario', (c) => (ar(c).r3 < 0.15 ? `${pad((n(c) % 28) + 1)}/${pad((n(c) % 12) + 1)}` : ''), []],
    ['Ciudad', (c) => row(['CABA', 'CABA', 'Vicente López', 'CABA', 'San Isidro', 'Montevideo', 'CABA', 'Córdoba'], n(c) % 8), at(HOME, 'city'), opt],
    ['Idioma', (c) => row(['es', 'es', 'es', 'en', 'es', 'pt', 'es'], n(c) % 7), [], opt],
    ['Reservas', (c) => String(rsRes(c)), []],
    ['Asistencias', (c) => String(Math.max(0, rsRes(c) - rsNoShow(c) - rsCancel(c))), []],
    ['No shows', (c) => String(rsNoShow(c)), []],
    ['Cancelaciones', (c) => String(rsCancel(c)), []],
    ['Comensales promedio', (c) => String(2 + (n(c) % 5)), []],
    ['Primera visita', (c) => dmy(rsFirst(c), '/'), []],
    ['Última visita', (c) => dmy(rsLast(c), '/'), []],
    ['Etiquetas', (c) => rsTags(c), []],
    ['Preferencias', (c) => row(['', 'Mesa en la vereda', 'Salón de arriba', '', 'Cerca de la parrilla', 'Lejos del baño'], n(c) % 6), []],
    ['Restricciones alimentarias', (c) => (rsTags(c).includes('Celíaco') ? 'Sin TACC' : rsTags(c).includes('Vegetariano') ? 'Vegetariano' : ''), []],
    ['Notas', (c) => row(['', 'Siempre pide el ojo de bife jugoso', '', 'Viene con perro, ubicar afuera', ''], n(c) % 5), []],
    ['Origen', (c) => row(['Restorando', 'Restorando', 'Web propia', 'Teléfono', 'Instagram', 'Walk-in'], n(c) % 6), [], opt],
    ['Acepta novedades', (c) => (n(c) % 3 ? 'Sí' : 'No'), [], opt],
    ['Fecha de alta', (c) => dmy(rsFirst(c), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Peru: ticket seller's sales detail
  { name: 'teleticket-detalle-ventas-pe', product: 'Teleticket (Portal de Promotores: Reportes > Detalle de Ventas > Exportar a Excel, one row per order line of tickets, Peruvian Spanish UI, a Lima promoter\'s rock concert at Arena 1 (San Miguel), America/Lima, PEN)', family: 'ticketing', language: 'es', schema: E, cols: [
    ['Nro. Pedido', (c, o) => String(24000000 + n(o) * 17), [OR('purchaseID')]],
    ['Fecha de Compra', (c, o) => `${dmy(ttBuy(o), '/')} ${hms(ttBuy(o))}`, ['timestamp', OR('createdDate')]],
    ['Evento', () => 'LOS MIRLOS ROCK TOUR 2025', [PL('name')], opt],
    ['Función', () => `${dmy(ttShow, '/')} ${hm(ttShow)}`, []],
    ['Local', () => 'ARENA 1 - COSTA VERDE SAN MIGUEL', [], opt],
    ['Zona', (c, o) => ttZone(o)[0].toUpperCase(), [PL('selectedOptions[0].value')], opt],
    ['Tipo de Entrada', (c, o) => (ttZone(o)[0].includes('Conadis') ? 'CONADIS' : n(o) % 5 === 1 ? 'PREVENTA' : 'GENERAL'), [], opt],
    ['Cantidad', (c, o) => String(ttQty(o)), [PL('quantity')]],
    ['Precio Unitario', (c, o) => pen(ttZone(o)[1]), [], opt],
    ['Cargo por Servicio', (c, o) => pen(ttFee(o) * ttQty(o)), []],
    ['Importe Total', (c, o) => pen((ttZone(o)[1] + ttFee(o)) * ttQty(o)), [OR('priceTotal'), PL('priceTotal')]],
    ['Moneda', () => 'PEN', [OR('currencyCode'), PL('currencyCode')]],
    ['Medio de Pago', (c, o) => ttPay(o), [OR('payments[0].paymentType')]],
    ['Canal de Venta', (c, o) => ttChan(o), [], opt],
    ['Punto de Venta', (c, o) => ttPos(o), STORE, opt],
    ['Tipo Doc.', (c) => (n(c) % 9 === 0 ? 'CE' : 'DNI'), []],
    ['Nro. Documento', (c) => (n(c) % 9 === 0 ? String(1000000 + n(c) * 3) : pe(c).dni), []],
    ['Nombres', (c) => pe(c).first.toUpperCase(), []],
    ['Apellidos', (c) => pe(c).last.toUpperCase(), []],
    ['Correo', (c) => pe(c).email, EMAIL_ID],
    ['Celular', (c) => pe(c).mobile.replace(/ /g, ''), PHONE_ID, opt],
    ['Estado', (c, o) => ttSt(o), []],
    ['Comprobante', (c, o) => (n(o) % 7 === 0 ? `F001-${String(n(o)).padStart(8, '0')}` : `B001-${String(n(o) * 3).padStart(8, '0')}`), []],
  ] },
  // ---------------------------------------------------------------- Poland: sales-engagement contacts
  { name: 'sellizer-kontakty-eksport-pl', product: 'Sellizer (Kontakty > Eksportuj do CSV, one row per contact, Polish UI, a Wrocław HR and payroll software vendor\'s sales team tracking sent offers)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(550000 + n(c)), B2BID],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['E-mail', (c) => szMail(c), WE],
    ['Telefon', (c) => (n(c) % 3 ? `+48 ${pl(c).mobile}` : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Stanowisko', (c) => szRole(c), ['extendedWorkDetails.jobTitle']],
    ['Firma', (c) => szFirm(c)[0], CO],
    ['NIP', (c) => szFirm(c)[1], []],
    ['Strona WWW', (c) => `https://www.${szFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['Ulica', (c) => szFirm(c)[3], [W('street1')]],
    ['Kod pocztowy', (c) => szFirm(c)[4], [W('postalCode')]],
    ['Miasto', (c) => szFirm(c)[5], [W('city')]],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Etap', (c) => szStage(c), ['b2b.personStatus'], opt],
    ['Źródło', (c) => row(['LinkedIn', 'Formularz na stronie', 'Targi HR Expo', 'Polecenie', 'Cold mailing'], n(c) % 5), ['b2b.personSource'], opt],
    ['Opiekun', (c) => row(['Kamil Bąk', 'Natalia Sowa', 'Kamil Bąk', 'Oskar Wrona'], (n(c) >> 1) % 4), []],
    ['Tagi', (c) => row(['enterprise', 'kadry-płace', '', 'enterprise;demo', 'mały-klient', ''], n(c) % 6), []],
    ['Wysłane dokumenty', (c) => String((n(c) % 4) + (szStage(c) === 'Nowy' ? 0 : 1)), []],
    ['Otwarcia dokumentów', (c) => String(szStage(c) === 'Nowy' ? 0 : (n(c) % 9) + 1), []],
    ['Czas czytania', (c) => (szStage(c) === 'Nowy' ? '00:00:00' : `00:${pad((n(c) % 24) + 1)}:${pad(n(c) % 60)}`), []],
    ['Ostatnie otwarcie', (c) => (szStage(c) === 'Nowy' ? '' : plT(cet(c.updated))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Zgoda marketingowa', (c) => (n(c) % 4 === 3 ? 'Nie' : 'Tak'), [], opt],
    ['Data utworzenia', (c) => plT(cet(Math.min(c.created, c.updated))), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Poland: SMS gateway sent-message report
  { name: 'justsend-raport-wyslanych-pl', product: 'JustSend (panel klienta: Raporty > Wysłane wiadomości > Eksport CSV, one row per sent SMS, Polish UI, a Łódź dental clinic chain\'s visit reminders and promotions, Europe/Warsaw)', family: 'sms-marketing', language: 'pl', schema: E, cols: [
    ['ID wiadomości', (c, o) => String(91000000 + n(o) * 29), ['_id']],
    ['Data wysyłki', (c, o) => `${ymd(cet(jsAt(o)))} ${hms(cet(jsAt(o)))}`, ['timestamp']],
    ['Data doręczenia', (c, o) => (jsSt(o) === 'DOSTARCZONA' ? `${ymd(cet(jsAt(o) + 4000))} ${hms(cet(jsAt(o) + 4000))}` : ''), []],
    ['Odbiorca', (c) => plMsisdn(c), PHONE_ID, opt],
    ['Nadawca', () => 'DentaLodz', []],
    ['Treść', (c, o) => jsText(c, o), []],
    ['Liczba części', (c, o) => String(jsParts(c, o)), []],
    ['Typ', (c, o) => (jsPromo(o) ? 'ECO' : 'PRO'), []],
    ['Status', (c, o) => jsSt(o), []],
    ['Kod błędu', (c, o) => (jsSt(o) === 'NIEDOSTARCZONA' ? '5' : jsSt(o) === 'ODRZUCONA' ? '12' : ''), []],
    ['Kampania', (c, o) => jsCamp(o), ['marketing.campaignName']],
    ['Grupa odbiorców', (c, o) => (jsPromo(o) ? row(['Pacjenci aktywni', 'Pacjenci – zgody marketingowe'], n(o) % 2) : ''), [], opt],
    ['Operator', (c, o) => jsOp(o), ['environment.carrier']],
    ['Kraj', () => 'PL', [], opt],
    ['Koszt [PLN]', (c, o) => dec((jsPromo(o) ? 0.07 : 0.11) * jsParts(c, o)), []],
    ['Imię', (c) => pl(c).first, []],
    ['Nazwisko', (c) => pl(c).last, []],
    ['ID zewnętrzne', (c) => `PAC-${String(n(c)).padStart(7, '0')}`, CUST_ID, opt],
    ['Kliknięcia w link', (c, o) => (jsText(c, o).includes('jsnd.pl') && jsSt(o) === 'DOSTARCZONA' ? String(n(o) % 3) : ''), []],
    ['Wypisany (STOP)', (c, o) => (jsPromo(o) && n(o) % 17 === 0 ? 'TAK' : 'NIE'), []],
  ] },
  // ---------------------------------------------------------------- Czech: e-shop platform order items
  { name: 'wpj-shop-export-objednavek-cs', product: 'WPJ Shop (administrace e-shopu: Objednávky > Export objednávek (CSV, po položkách), one row per order item, Czech UI, an Olomouc tea and coffee e-shop, Europe/Prague, CZK)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['Číslo objednávky', (c, o) => String(2400000 + n(o)), [OR('purchaseID')]],
    ['Datum', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Stav', (c, o) => wpSt(o), []],
    ['Kód', (c, o, r, i) => wpItem(o, i)[0], [PL('SKU')]],
    ['Název položky', (c, o, r, i) => wpItem(o, i)[1], [PL('name')]],
    ['Varianta', (c, o, r, i) => wpItem(o, i)[2], [PL('selectedOptions[0].value')]],
    ['Počet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena za kus s DPH', (c, o, r, i) => czk(wpItem(o, i)[3]), [], opt],
    ['Sazba DPH', (c, o, r, i) => `${wpItem(o, i)[4]} %`, []],
    ['Cena celkem s DPH', (c, o, r, i) => czk(wpLine(o, i)), [PL('priceTotal')]],
    ['Sleva', (c, o, r, i) => czk(wpDisc(o, i)), [OR('discountAmount')]],
    ['Kód kupónu', (c, o) => (o.discount ? 'JARO10' : ''), ['commerce.promotionID']],
    ['Doprava', (c, o) => wpShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Cena dopravy', (c, o, r, i) => czk(wpShipFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['Platba', (c, o) => wpPay(o), [OR('payments[0].paymentType')]],
    ['Cena platby', (c, o) => czk(wpCod(o)), []],
    ['Celkem k úhradě', (c, o, r, i) => czk(wpTotal(o, i)), [OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode'), PL('currencyCode')]],
    ['Jméno', (c) => cs(c).first, []],
    ['Příjmení', (c) => cs(c).last, []],
    ['E-mail', (c) => cs(c).email, EMAIL_ID],
    ['Telefon', (c) => cs(c).mobile, PHONE_ID, opt],
    ['Firma', (c) => (n(c) % 7 === 0 ? 'Čajovna U Zlatého draka s.r.o.' : ''), []],
    ['IČ', (c) => (n(c) % 7 === 0 ? '07412563' : ''), []],
    ['Fakturační ulice', (c) => cs(c).street, [BILL('street1')]],
    ['Fakturační město', (c) => cs(c).city, [BILL('city')]],
    ['Fakturační PSČ', (c) => cs(c).psc, [BILL('postalCode')]],
    ['Fakturační země', () => 'Česká republika', [BILL('country')]],
    ['Doručovací jméno', (c, o) => csTo(c, o).full, []],
    ['Doručovací ulice', (c, o) => (wpShip(o)[0].startsWith('PPL') || wpShip(o)[0].startsWith('Česká') ? csTo(c, o).street : ''), [SHIP('street1')]],
    ['Doručovací město', (c, o) => (wpShip(o)[0].startsWith('Osobní') ? '' : csTo(c, o).city), [SHIP('city')]],
    ['Doručovací PSČ', (c, o) => (wpShip(o)[0].startsWith('Osobní') ? '' : csTo(c, o).psc), [SHIP('postalCode')]],
    ['Doručovací země', (c, o) => (wpShip(o)[0].startsWith('Osobní') ? '' : 'Česká republika'), [SHIP('country')]],
    ['Číslo zásilky', (c, o) => (['Odeslaná', 'Vyřízená'].includes(wpSt(o)) && !wpShip(o)[0].startsWith('Osobní') ? (wpShip(o)[0].startsWith('Zásilkovna') ? `Z ${3000000000 + n(o) * 7}` : wpShip(o)[0].startsWith('PPL') ? String(40050000000 + n(o) * 13) : `DR${String(1000000 + n(o)).padStart(9, '0')}CZ`) : ''), ['commerce.shipping.trackingNumber']],
    ['Poznámka zákazníka', (c, o) => row(['', 'Prosím zabalit jako dárek', '', '', 'Zvonek nefunguje, volejte'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Hungary: accommodation portal partner bookings
  { name: 'szallas-hu-foglalasok-hu', product: 'Szállás.hu (szállásadói partner felület: Foglalások > Exportálás (CSV), one row per booking, Hungarian UI, a Balatonfüred lakeside guesthouse, Europe/Budapest, HUF)', family: 'booking', language: 'hu', schema: E, cols: [
    ['Foglalásszám', (c, o) => `${pad(n(o) % 90 + 10)}${String(n(o) * 37).padStart(7, '0')}`, ['_id', OR('purchaseID')]],
    ['Foglalás időpontja', (c, o) => `${huDate(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Érkezés', (c, o) => huDate(cet(shArr(o))), []],
    ['Távozás', (c, o) => huDate(cet(shArr(o) + shNights(o) * day)), []],
    ['Éjszakák', (c, o) => String(shNights(o)), []],
    ['Szobatípus', (c, o) => shRoom(o)[0], [PL('name')], opt],
    ['Szobák száma', (c, o) => String(shRooms(o)), [PL('quantity')], opt],
    ['Felnőtt', (c, o) => String(shAdults(o)), []],
    ['Gyermek', (c, o) => String(shKids(o)), []],
    ['Ellátás', (c, o) => row(['Reggelivel', 'Reggelivel', 'Félpanzióval', 'Ellátás nélkül'], n(o) % 4), [], opt],
    ['Vendég neve', (c) => hu(c).full, []],
    ['E-mail', (c) => hu(c).email, EMAIL_ID],
    ['Telefonszám', (c) => hu(c).mobile, PHONE_ID, opt],
    ['Ország', (c) => shGuestLand(c), [BILL('country')], opt],
    ['Irányítószám', (c) => (shGuestLand(c) === 'Magyarország' ? hu(c).zip : ''), [BILL('postalCode')], opt],
    ['Város', (c) => (shGuestLand(c) === 'Magyarország' ? hu(c).city : ''), [BILL('city')], opt],
    ['Cím', (c) => (shGuestLand(c) === 'Magyarország' ? hu(c).street : ''), [BILL('street1')], opt],
    ['Végösszeg', (c, o) => huf(shTotal(o)), [OR('priceTotal')]],
    ['Pénznem', () => 'HUF', [OR('currencyCode')]],
    ['Idegenforgalmi adó', (c, o) => huf(shIfa(o)), [OR('taxAmount')], opt],
    ['Jutalék', (c, o) => huf(shTotal(o) * 0.15), []],
    ['Fizetési mód', (c, o) => shPay(o), [OR('payments[0].paymentType')]],
    ['Kuponkód', (c, o) => (o.discount ? 'BALATON10' : ''), ['commerce.promotionID']],
    ['Állapot', (c, o) => shSt(o), []],
    ['Lemondás dátuma', (c, o) => (shSt(o) === 'Lemondva' ? `${huDate(cet(o.at + 2 * day))} ${hm(cet(o.at + 2 * day))}` : ''), [OR('cancelDate')]],
    ['Foglalás forrása', (c, o) => row(['Szállás.hu', 'Szállás.hu mobilapp', 'Szállás.hu', 'Ajánlatkérés'], n(o) % 4), [], opt],
    ['Vendég megjegyzése', (c, o) => row(['', 'Késői érkezés, kb. 21 óra', '', 'Kutyával érkezünk', 'Babaágyat kérünk', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Turkey: SME accounting customer accounts
  { name: 'logo-isbasi-musteri-listesi-tr', product: 'Logo İşbaşı (Satış > Müşteriler > Müşteri Listesi > Excel\'e Aktar, one row per customer account with its contact person, Turkish UI, an Ankara office-supplies wholesaler\'s corporate customers, TRY)', family: 'b2b', language: 'tr', schema: B, cols: [
    ['Müşteri Kodu', (c) => ibFirm(c)[0], ACCT],
    ['Ünvan', (c) => ibFirm(c)[1], CO],
    ['Kısa Adı', (c) => ibFirm(c)[2], CO, opt],
    ['Müşteri Tipi', (c) => ibFirm(c)[3], [], opt],
    ['Vergi Dairesi', (c) => ibFirm(c)[4], []],
    ['VKN/TCKN', (c) => ibTcknOrVkn(c), [], opt],
    ['Yetkili Adı', (c) => tr(c).first, ['person.name.firstName']],
    ['Yetkili Soyadı', (c) => tr(c).last, ['person.name.lastName']],
    ['Yetkili Görevi', (c) => ibRole(c), ['extendedWorkDetails.jobTitle']],
    ['E-posta', (c) => ibMail(c), WE],
    ['Telefon', (c) => ibFirm(c)[11], ['workPhone.number']],
    ['Cep Telefonu', (c) => (n(c) % 3 ? tr(c).mobile : ''), ['mobilePhone.number']],
    ['Faks', (c) => (n(c) % 4 === 0 ? ibFirm(c)[11].replace(/\d\d$/, '99') : ''), ['faxPhone.number']],
    ['Web Sitesi', (c) => ibFirm(c)[10], ['b2b.companyWebsite']],
    ['Adres', (c) => ibFirm(c)[6], [W('street1')]],
    ['İlçe', (c) => ibFirm(c)[7], [W('city'), W('street2'), W('region')], opt],
    ['İl', (c) => ibFirm(c)[8], [W('city'), ...STATE(['workAddress'])]],
    ['Posta Kodu', (c) => ibFirm(c)[9], [W('postalCode')]],
    ['Ülke', () => 'Türkiye', [W('country')]],
    ['Bakiye', (c) => tl(ibBal(c)), []],
    ['Döviz', () => 'TL', []],
    ['Vade (Gün)', (c) => row(['30', '30', '45', '0', '60', '30'], (n(c) >> 1) % 6), []],
    ['e-Fatura Mükellefi', (c) => (ibFirm(c)[3] === 'Gerçek Kişi' ? 'Hayır' : 'Evet'), []],
    ['Etiketler', (c) => row(['Kurumsal', 'Okul', 'Kurumsal;Öncelikli', '', 'Bayi'], (n(c) >> 1) % 5), []],
    ['Oluşturma Tarihi', (c) => dmy(shift(c.created, 3)), ['extSourceSystemAudit.createdDate'], opt],
    ['Açıklama', (c) => row(['', 'Faturalar muhasebe@ adresine', '', 'Teslimat sadece hafta içi', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Japan: app platform's members with points
  { name: 'yappli-crm-kaiin-ichiran-ja', product: 'Yappli CRM (管理画面: 会員管理 > 会員一覧 > CSVダウンロード, one row per app member, Japanese UI, a Kobe bakery chain\'s membership-card app with points and ranks)', family: 'loyalty', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => `YP${String(n(c) * 13).padStart(9, '0')}`, ID],
    ['会員番号', (c) => `28${String(n(c) * 7919).padStart(11, '0')}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['セイ', (c) => ja(c).lastKana, [], opt],
    ['メイ', (c) => ja(c).firstKana, [], opt],
    ['性別', (c) => (n(c) % 9 === 0 ? '回答しない' : ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => ymd(v.parts(c.birth), '/'), ['person.birthDate']],
    ['メールアドレス', (c) => ja(c).email, ['personalEmail.address']],
    ['電話番号', (c) => (n(c) % 4 === 2 ? '' : ja(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => ja(c).pref, STATE(HOME)],
    ['市区町村', (c) => ja(c).city, at(HOME, 'city')],
    ['番地', (c) => ja(c).street, at(HOME, 'street1')],
    ['建物名', (c) => ja(c).bldg, at(HOME, 'street2')],
    ['会員ランク', (c) => yaRank(c), ['loyalty.tier']],
    ['保有ポイント', (c) => String(yaPts(c)), ['loyalty.points']],
    ['累計獲得ポイント', (c) => String(yaLife(c)), ['loyalty.lifetimePoints']],
    ['ポイント有効期限', (c) => (yaPts(c) ? ymd(jst(Math.max(c.created, c.updated) + 365 * day), '/') : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate']],
    ['よく利用する店舗', (c) => yaShop(c), []],
    ['来店回数', (c) => String((n(c) % 60) + 1), []],
    ['プッシュ通知', (c) => (n(c) % 4 === 3 ? '拒否' : '許可'), [], opt],
    ['メールマガジン', (c) => (n(c) % 3 === 1 ? '希望しない' : '希望する'), [], opt],
    ['OS', (c) => (n(c) % 5 < 3 ? 'iOS' : 'Android'), [], opt],
    ['会員登録日時', (c) => jaT(yaJoin(c)), ['loyalty.joinDate']],
    ['最終ログイン日時', (c) => jaT(jst(Math.max(c.created, c.updated))), []],
  ] },
]
