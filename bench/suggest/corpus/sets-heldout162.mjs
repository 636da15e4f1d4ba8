// Round 66, heldout162: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Portuguese (Brazil, Portugal), Latin-American Spanish, Polish, Czech,
// Japanese and Korean exports, headers in the product's UI language: a Chilean ticketing site's producer sales detail
// (Puntoticket) and a Chilean company directory's executive contacts (Mercantil.com) (es 2); a Brazilian WhatsApp
// support desk's attendances (Opa! Suite) and a Brazilian salon-booking app's clients (Beauty Date) (pt-BR 2); a
// Portuguese hotel PMS's guest profiles (Newhotel) (pt-PT 1); a Polish guesthouse booking engine's reservations (Hotres)
// and a Polish company directory's database export (Panorama Firm) (pl 2); a Czech POS's receipt items (Markeeta) and a
// Czech ERP's address book with contact persons (Money S5) (cs 2); a Japanese payment gateway's transactions
// (VeriTrans4G) (ja 1); a Korean fashion marketplace's seller orders (에이블리 파트너스) and a Korean SMS/email sender's
// address book (다이렉트센드) (ko 2). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, group, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Chile -3 (summer time, events in the southern summer), Brazil -3, Portugal WET/WEST, Poland and Czechia
// CET/CEST, Japan and Korea +9
const chl = (ms) => shift(ms, -3)
const brt = (ms) => shift(ms, -3)
const lis = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
const kst = (ms) => shift(ms, 9)
const open = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x1f3d5b79); r(); r(); return r }
const bd = (ms) => v.parts(ms)
const dmyT = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const dmyM = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const ymdT = (p, s = '-') => `${ymd(p, s)} ${hms(p)}`
const ymdM = (p, s = '-') => `${ymd(p, s)} ${hm(p)}`
const clp = (x) => `$${group(x, '.')}`
const brl = (x) => `R$ ${thou(x)}`
const strip = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const STORE = ['commerce.commerceScope.storeCode']
const POI = ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name']
const PAY = OR('payments[0].paymentType')
const PAYAMT = OR('payments[0].paymentAmount')
const TXN = OR('payments[0].transactionID')

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const rutOf = (body) => {
  let s = 0, m = 2
  for (const d of String(body).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 }
  const k = 11 - (s % 11)
  return `${group(body, '.')}-${k === 11 ? '0' : k === 10 ? 'K' : k}`
}
const L = {
  cl: { f: ['Camila', 'Javiera', 'Constanza', 'Catalina', 'Francisca', 'Valentina', 'Fernanda'], m: ['Matías', 'Benjamín', 'Sebastián', 'Vicente', 'Tomás', 'Cristóbal', 'Felipe'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Araya', 'Espinoza', 'Valenzuela', 'Tapia', 'Fuentes'],
    city: ['Providencia', 'Ñuñoa', 'Las Condes', 'Maipú', 'Puente Alto', 'La Florida', 'Santiago', 'Viña del Mar', 'Valparaíso', 'Concepción'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'live.cl'] },
  pt: { f: ['Inês', 'Beatriz', 'Mariana', 'Leonor', 'Carolina', 'Matilde', 'Sofia'], m: ['João', 'Tiago', 'Rodrigo', 'Duarte', 'Francisco', 'Miguel', 'Rui'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques'],
    // [morada, código postal, localidade]
    places: [['Rua de Santa Catarina, 412 2.º Esq.', '4000-447', 'Porto'], ['Avenida da República, 56 5.º Dto.', '1050-196', 'Lisboa'], ['Rua Ferreira Borges, 88', '3000-180', 'Coimbra'], ['Rua do Raio, 120 1.º', '4700-923', 'Braga'], ['Avenida 5 de Outubro, 34', '8000-076', 'Faro'], ['Rua Dr. António José de Almeida, 9', '2500-107', 'Caldas da Rainha']],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'gmail.com', 'netcabo.pt'] },
  gb: { f: ['Emma', 'Olivia', 'Charlotte', 'Sarah'], m: ['James', 'Oliver', 'Thomas', 'David'], last: ['Smith', 'Taylor', 'Walker', 'Hughes', 'Clarke', 'Wright'],
    places: [['14 Elm Grove', 'BS6 6AH', 'Bristol'], ['7 Kingsway Court', 'M20 5PG', 'Manchester'], ['22 Sycamore Road', 'GU1 4RT', 'Guildford']], mail: ['gmail.com', 'btinternet.com', 'hotmail.co.uk'] },
  de: { f: ['Anna', 'Sabine', 'Katrin', 'Julia'], m: ['Thomas', 'Stefan', 'Michael', 'Jens'], last: ['Müller', 'Schmidt', 'Becker', 'Wagner', 'Hoffmann', 'Krüger'],
    places: [['Lindenstraße 12', '50674', 'Köln'], ['Am Stadtpark 3', '90409', 'Nürnberg'], ['Bahnhofstraße 45', '71638', 'Ludwigsburg']], mail: ['gmx.de', 'web.de', 't-online.de'] },
  pl: { f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Zuzanna', 'Monika'], m: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Michał', 'Marcin', 'Jakub'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur']],
    // [ulica, kod, miasto]
    places: [['ul. Marszałkowska 84/92 m. 15', '00-514', 'Warszawa'], ['ul. Długa 17/3', '31-147', 'Kraków'], ['ul. Piotrkowska 120', '90-006', 'Łódź'], ['os. Stefana Batorego 22/8', '60-687', 'Poznań'], ['ul. Grunwaldzka 211', '80-266', 'Gdańsk'], ['ul. Legnicka 56/12', '54-204', 'Wrocław'], ['ul. Mickiewicza 9', '40-092', 'Katowice']],
    mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'] },
  cs: { f: ['Jana', 'Tereza', 'Lucie', 'Kateřina', 'Eva', 'Petra', 'Veronika'], m: ['Jan', 'Petr', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Pavel'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová']],
    mail: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz'] },
  ko: { f: ['지현', '수아', '예린', '은정', '다은', '미경', '서연', '하은'], m: ['준호', '동현', '재원', '승우', '태민', '영수'],
    last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '한'],
    lat: { 지현: 'jihyun', 수아: 'sua', 예린: 'yerin', 은정: 'eunjung', 다은: 'daeun', 미경: 'mikyung', 서연: 'seoyeon', 하은: 'haeun', 준호: 'junho', 동현: 'donghyun', 재원: 'jaewon', 승우: 'seungwoo', 태민: 'taemin', 영수: 'youngsoo' },
    latL: { 김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 한: 'han' },
    // [도로명 주소, 우편번호]
    places: [['서울특별시 마포구 월드컵북로 396', '03925'], ['서울특별시 송파구 올림픽로 300', '05551'], ['경기도 성남시 분당구 판교역로 235', '13494'], ['부산광역시 해운대구 센텀중앙로 79', '48058'], ['인천광역시 연수구 컨벤시아대로 165', '21998'], ['대구광역시 수성구 달구벌대로 2435', '42020'], ['경기도 고양시 일산동구 중앙로 1261', '10401']],
    apt: ['', '101동 1203호', '302호', '', 'B동 805호', '2층'],
    mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com'] },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = r() < 0.55
  const D = L[cc]
  if (cc === 'ko') {
    const f = v.pick(r, female ? D.f : D.m), l = v.pick(r, D.last), pl = v.pick(r, D.places)
    return { female, first: f, last: l, full: `${l}${f}`, mobile: `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}`, addr: pl[0], apt: v.pick(r, D.apt), zip: pl[1],
      email: `${D.lat[f]}${v.pick(r, ['', '.', '_'])}${D.latL[l]}${r() < 0.6 ? v.int(r, 80, 99) : ''}@${v.pick(r, D.mail)}` }
  }
  const f = v.pick(r, female ? D.f : D.m), l0 = v.pick(r, D.last)
  const l = Array.isArray(l0) ? (female ? l0[1] : l0[0]) : l0
  const l2a = cc === 'cl' || cc === 'pt' ? v.pick(r, D.last) : ''
  const l2 = l2a === l ? D.last[(D.last.indexOf(l2a) + 3) % D.last.length] : l2a
  const pl = D.places ? v.pick(r, D.places) : []
  const base = { female, first: f, last: l, last2: l2, places: pl, city: cc === 'cl' ? v.pick(r, D.city) : pl[2],
    email: `${strip(f)}${v.pick(r, ['.', '', '_'])}${strip(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, D.mail)}` }
  if (cc === 'cl') return { ...base, rut: rutOf(v.int(r, 9000000, 24999999)), mobile: `+56 9 ${v.int(r, 3000, 9999)} ${pad(v.int(r, 0, 9999), 4)}` }
  if (cc === 'pt') return { ...base, nif: `${v.pick(r, ['1', '2', '2', '3'])}${pad(v.int(r, 0, 99999999), 8)}`, mobile: `+351 9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, home: `+351 2${v.int(r, 10, 59)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  if (cc === 'gb') return { ...base, mobile: `+44 7${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`, home: '' }
  if (cc === 'de') return { ...base, mobile: `+49 1${v.pick(r, ['51', '60', '70', '76'])} ${v.int(r, 1000000, 9999999)}`, home: '' }
  if (cc === 'pl') return { ...base, street: pl[0], zip: pl[1], mobile: `+48 ${v.pick(r, ['5', '6', '7', '5', '6'])}${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  return { ...base, mobile: `+420 ${v.pick(r, ['6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const cl = (c) => who(c, 'cl')
const pl = (c) => who(c, 'pl')
const cz = (c) => who(c, 'cs')
const ko = (c) => who(c, 'ko')
// Newhotel guests: mostly Portuguese, some British and German
const nhCc = (c) => row(['pt', 'pt', 'gb', 'pt', 'de', 'gb', 'pt'], n(c) % 7)
const nh = (c) => who(c, nhCc(c))

// ---------------------------------------------------------------- 1. Puntoticket sales detail (es-CL, E)
// [sector, tipo entrada, precio]
const PT_SEATS = [['Cancha General', 'Preventa 2', 25000], ['Cancha General', 'General', 30000], ['Platea Baja', 'General', 42000], ['Platea Alta', 'General', 35000], ['Cancha VIP', 'General', 58000], ['Cancha General', 'Cortesía', 0], ['Platea Baja', 'Tercera Edad', 21000]]
const ptSeat = (o) => row(PT_SEATS, n(o) % 7)
const ptFee = (o) => Math.round(ptSeat(o)[2] * 0.12 / 10) * 10
const ptChannel = (o) => (ptSeat(o)[1] === 'Cortesía' ? 'Cortesía Productor' : row(['Web', 'Web', 'App', 'Web', 'Boletería Teatro Caupolicán'], n(o) % 5))
const ptPay = (o) => (ptSeat(o)[1] === 'Cortesía' ? 'Cortesía' : ptChannel(o).startsWith('Boletería') ? row(['Efectivo', 'Tarjeta Débito (POS)'], n(o) % 2) : row(['Webpay Crédito', 'Webpay Débito', 'Webpay Crédito', 'Mach', 'Webpay Prepago'], n(o) % 5))
const ptSt = (o) => (n(o) % 11 === 4 ? 'Anulada' : 'Pagada')
const ptAt = (o) => open(Date.UTC(2024, 9, 1) + (n(o) % 60) * day, -3, 9, 14) + (n(o) % 3000) * 1000
const PT_SHOW = Date.UTC(2024, 11, 14, 0, 30)
const ptNum = (c, o) => (ptSeat(o)[0].startsWith('Platea') ? [row(['F', 'G', 'H', 'K', 'M'], n(o)), String(1 + (n(o) * 7) % 38)] : ['', ''])
// ---------------------------------------------------------------- 2. Opa! Suite attendances (pt-BR, E)
const OP_DEPT = ['Suporte Técnico', 'Financeiro', 'Comercial', 'Suporte Técnico', 'Retenção', 'Suporte Técnico']
const opDept = (o) => row(OP_DEPT, n(o) % 6)
const opChannel = (o) => row(['WhatsApp', 'WhatsApp', 'Webchat', 'WhatsApp', 'Instagram', 'Telegram', 'WhatsApp'], n(o) % 7)
const opSt = (o) => row(['Finalizado', 'Finalizado', 'Finalizado', 'Em atendimento', 'Finalizado', 'Aguardando', 'Finalizado'], n(o) % 7)
const opAt = (o) => open(o.at, -3, 8, 13)
const opWait = (o) => 30 + (n(o) * 37) % 1500
const opDur = (o) => 240 + (n(o) * 53) % 2900
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const opMotivo = (o) => ({ 'Suporte Técnico': row(['Sem conexão', 'Lentidão', 'Troca de senha do Wi-Fi', 'Roteador piscando LOS'], n(o)), Financeiro: row(['2ª via de boleto', 'Negociação de débito', 'Comprovante de pagamento'], n(o)), Comercial: row(['Upgrade de plano', 'Nova instalação'], n(o)), 'Retenção': 'Pedido de cancelamento' })[opDept(o)]
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
// ---------------------------------------------------------------- 3. Hotres reservations (pl, E)
// [typ pokoju, pokój, cena za noc ze śniadaniem]
const HR_ROOMS = [['Pokój 2-osobowy Standard', '12', 360], ['Pokój 2-osobowy z widokiem na Giewont', '21', 440], ['Apartament rodzinny 4-os.', 'A3', 690], ['Pokój 3-osobowy', '15', 480], ['Studio z aneksem', 'S1', 520]]
const hrRoom = (o) => row(HR_ROOMS, n(o) % 5)
const hrNights = (o) => 2 + (n(o) % 5)
const hrAdults = (o) => (hrRoom(o)[0].includes('4-os') ? 2 + (n(o) % 3) : hrRoom(o)[0].includes('3-os') ? 3 : 2)
const hrKids = (o) => (hrRoom(o)[0].includes('4-os') ? 2 : 0)
const hrBoard = (o) => (n(o) % 3 === 0 ? 'Bez wyżywienia' : 'Ze śniadaniem')
const hrTotal = (o) => (hrRoom(o)[1] === '' ? 0 : (hrRoom(o)[2] - (hrBoard(o) === 'Bez wyżywienia' ? 50 : 0)) * hrNights(o) - (hrCode(o) ? 100 : 0))
const hrSrc = (o) => row(['Strona WWW', 'Booking.com', 'Strona WWW', 'Telefon', 'Noclegowo.pl', 'Booking.com', 'e-mail'], n(o) % 7)
const hrSt = (o) => row(['Potwierdzona', 'Potwierdzona', 'Wstępna', 'Potwierdzona', 'Anulowana', 'Zakończona'], n(o) % 6)
const hrPay = (o) => (hrSrc(o) === 'Booking.com' ? 'Płatność w obiekcie' : row(['Przelewy24', 'Przelew tradycyjny', 'Przelewy24', 'Gotówka na miejscu'], n(o) % 4))
const hrDep = (o) => (hrPay(o) === 'Przelewy24' || hrPay(o) === 'Przelew tradycyjny' ? Math.round(hrTotal(o) * 0.3) : 0)
const hrPaid = (o) => (hrSt(o) === 'Zakończona' ? hrTotal(o) : hrSt(o) === 'Wstępna' ? 0 : hrDep(o))
const hrCode = (o) => (n(o) % 8 === 3 ? 'SEZON10' : '')
const hrArr = (o) => { const p = cet(o.at + (10 + n(o) % 80) * day); return p }
const hrDepDate = (o) => cet(o.at + (10 + n(o) % 80 + hrNights(o)) * day)
const hrFirm = (o) => (n(o) % 9 === 2 ? ['Tatra-Serwis Sp. z o.o.', '7361823044'] : ['', ''])
// ---------------------------------------------------------------- 4. Markeeta receipt items (cs, E)
// [PLU, název, kategorie, jednotka, cena, DPH]
const MK_ITEMS = [['101', 'Espresso', 'Káva', 'ks', 59, 12], ['104', 'Flat white', 'Káva', 'ks', 89, 12], ['110', 'Cappuccino ovesné', 'Káva', 'ks', 95, 12], ['205', 'Domácí limonáda 0,4 l', 'Nealko', 'ks', 75, 21], ['301', 'Avokádový toast', 'Snídaně', 'ks', 169, 12], ['310', 'Shakshuka', 'Snídaně', 'ks', 189, 12], ['402', 'Mrkvový dort', 'Dezerty', 'ks', 95, 12], ['501', 'Pilsner Urquell 0,5 l', 'Pivo', 'ks', 69, 21], ['601', 'Zrnková káva Etiopie 250 g', 'Prodej zrnek', 'bal', 329, 12]]
const mkItem = (o, i) => row(MK_ITEMS, n(o) + i)
const mkQty = (o, i) => (mkItem(o, i)[3] === 'bal' ? 1 : o.qty)
const mkDisc = (o, i) => (n(o) % 6 === 1 ? Math.round(mkItem(o, i)[4] * mkQty(o, i) * 0.1) : 0)
const mkLine = (o, i) => mkItem(o, i)[4] * mkQty(o, i) - mkDisc(o, i)
const mkBill = (o, i) => mkLine(o, i) + row([0, 95, 178, 59, 0, 264], n(o) % 6)
const mkAt = (o) => open(o.at, 1, 8, 12)
const mkPay = (o) => row(['Karta', 'Karta', 'Hotovost', 'Karta', 'Stravenky (Pluxee)', 'Karta', 'Hotovost'], n(o) % 7)
const mkLoyal = (c, o) => n(o) % 4 === 0
// ---------------------------------------------------------------- 5. VeriTrans4G transactions (ja, E)
const VT_SVC = ['カード', 'カード', 'カード', 'コンビニ', 'PayPay', 'カード', '銀行(ペイジー)']
const vtSvc = (o) => row(VT_SVC, n(o) % 7)
const vtKind = (o) => (vtSvc(o) === 'カード' ? row(['与信売上', '与信', '売上', '与信売上', '取消', '与信売上'], n(o) % 6) : vtSvc(o) === 'PayPay' ? '決済' : '申込')
const vtAmt = (o) => row([4980, 12800, 3520, 27500, 8690, 16280, 5830], n(o) % 7) + (o.qty - 1) * 2200
const vtOk = (o) => n(o) % 13 !== 6
const vtAt = (o) => o.at
const vtBrand = (o) => row(['VISA', 'Mastercard', 'JCB', 'VISA', 'American Express', 'Diners'], n(o) % 6)
const vtPan = (o) => ({ VISA: '4', Mastercard: '5', JCB: '35', 'American Express': '37', Diners: '36' })[vtBrand(o)]
const VT_JA = ['takahashi', 'watanabe', 'kobayashi', 'yamamoto', 'nakamura', 'kato', 'yoshida', 'sasaki']
const vtMail = (c) => `${row(['yuki', 'haruka', 'daisuke', 'kenji', 'misaki', 'shota', 'ayaka'], n(c) % 7)}.${row(VT_JA, n(c) >> 1)}${n(c) % 3 ? n(c) % 90 : ''}@${row(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'], n(c) >> 2)}`
const vtTel = (c) => `0${row(['90', '80', '70'], n(c))}${pad((n(c) * 7919) % 100000000, 8)}`
// ---------------------------------------------------------------- 6. 에이블리 파트너스 order items (ko, E)
// [상품번호, 상품명, 옵션, 판매가]
const AB_ITEMS = [['12873340', '[당일출고] 루즈핏 꽈배기 니트 가디건', '색상: 아이보리 / 사이즈: FREE', 32900], ['13011285', '하이웨스트 와이드 데님 팬츠 (기장 2type)', '색상: 연청 / 사이즈: M / 기장: 롱', 29800], ['12540917', '크롭 카라 셔츠 블라우스', '색상: 화이트 / 사이즈: FREE', 24900], ['13209942', '골지 슬리브리스 나시 3color', '색상: 블랙', 9900], ['12988106', '울 블렌드 하프 코트', '색상: 차콜 / 사이즈: S', 89000], ['13150077', '플리츠 롱 스커트', '색상: 베이지 / 사이즈: FREE', 27900]]
const abItem = (o, i) => row(AB_ITEMS, n(o) + i)
const abSt = (o) => row(['배송완료', '구매확정', '배송중', '배송준비중', '취소완료', '구매확정', '반품요청', '결제완료'], n(o) % 8)
const abShipped = (o) => ['배송완료', '구매확정', '배송중', '반품요청'].includes(abSt(o))
const abDisc = (o, i) => (o.discount ? 3000 : n(o) % 3 === 0 ? Math.round(abItem(o, i)[3] * o.qty * 0.1 / 10) * 10 : 0)
const abPaid = (o, i) => abItem(o, i)[3] * o.qty - abDisc(o, i)
const abFee = (o, i) => (abPaid(o, i) >= 30000 ? 0 : 3000)
const abTo = (c, o) => (n(o) % 6 === 2 ? who(c, 'ko', 'to') : ko(c))
// ---------------------------------------------------------------- P1. Beauty Date clients (pt-BR, P)
const BR_FEM = new Set(['Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const bdNeighborhood = (c) => row(['Batel', 'Água Verde', 'Bigorrilho', 'Centro', 'Portão', 'Cabral', 'Ecoville'], n(c) % 7)
const bdVisits = (c) => (n(c) * 7) % 43
const bdSpent = (c) => bdVisits(c) * (68 + (n(c) % 9) * 11.5)
// ---------------------------------------------------------------- P2. Newhotel guest profiles (pt-PT, P)
const NAT = { pt: ['Portuguesa', 'Portugal', 'PT'], gb: ['Britânica', 'Reino Unido', 'EN'], de: ['Alemã', 'Alemanha', 'DE'] }
const nhTitle = (c) => (nh(c).female ? (nhCc(c) === 'pt' ? row(['Sra.', 'Sra. Dra.'], n(c)) : (nhCc(c) === 'de' ? 'Frau' : row(['Mrs.', 'Ms.'], n(c)))) : nhCc(c) === 'pt' ? row(['Sr.', 'Sr. Eng.', 'Sr. Dr.'], n(c)) : nhCc(c) === 'de' ? 'Herr' : 'Mr.')
const nhStays = (c) => 1 + (n(c) % 6)
const nhNights = (c) => nhStays(c) * (3 + (n(c) % 5))
// ---------------------------------------------------------------- P3. 다이렉트센드 address book (ko, P)
const dsBranch = (c) => row(['강남점', '잠실점', '판교점', '마포점', '해운대점'], n(c) % 5)
const dsPass = (c) => row(['그룹 레슨 30회', '1:1 개인레슨 20회', '그룹 레슨 10회', '듀엣 레슨 20회', '체험권', '만료'], n(c) % 6)
// ---------------------------------------------------------------- B1. Mercantil.com executive contacts (es-CL, B)
// [RUT, razón social, fantasía, rubro, código SII, tamaño, trabajadores, región, comuna, dirección, teléfono, dominio]
const MC_FIRMS = [['76.354.812-4', 'Distribuidora Andes Frío SpA', 'Andes Frío', 'Distribución de alimentos congelados', '463020', 'Mediana', '120', 'Región Metropolitana', 'Quilicura', 'Av. Presidente Eduardo Frei Montalva 9950', '+56 2 2745 3300', 'andesfrio.cl'], ['96.873.150-K', 'Transportes y Logística del Pacífico S.A.', 'TransPacífico', 'Transporte de carga por carretera', '492300', 'Grande', '640', 'Región de Valparaíso', 'San Antonio', 'Av. Ramón Barros Luco 1613', '+56 35 221 4400', 'transpacifico.cl'], ['77.120.455-1', 'Comercial Ferretera del Sur Ltda.', 'Ferresur', 'Venta al por mayor de materiales de construcción', '466300', 'Pequeña', '45', 'Región del Biobío', 'Concepción', 'Calle Paicaví 2155', '+56 41 224 8810', 'ferresur.cl'], ['76.990.231-7', 'Agrícola Valle Central SpA', 'Valle Central Export', 'Cultivo de frutas de carozo', '012400', 'Grande', '380', "Región del Libertador Gral. Bernardo O'Higgins", 'Rancagua', 'Carretera del Cobre km 4', '+56 72 223 1190', 'vallecentralexport.cl'], ['78.455.609-2', 'Importadora Textil Patronato Ltda.', 'Textil Patronato', 'Importación y venta de textiles', '464100', 'Mediana', '85', 'Región Metropolitana', 'Recoleta', 'Antonia López de Bello 245', '+56 2 2737 6120', 'textilpatronato.cl'], ['76.208.774-3', 'Minera Servicios Norte SpA', 'SerNorte', 'Servicios de apoyo a la minería', '099000', 'Grande', '910', 'Región de Antofagasta', 'Antofagasta', 'Av. Grecia 1360 piso 4', '+56 55 256 7700', 'sernorte.cl']]
const mcFirm = (c) => row(MC_FIRMS, n(c) >> 1)
const MC_ROLE = [['Gerente General', 'Gerencia General'], ['Gerente de Operaciones', 'Operaciones'], ['Jefe de Logística', 'Logística'], ['Gerente de Administración y Finanzas', 'Finanzas'], ['Jefe de Compras', 'Abastecimiento'], ['Subgerente TI', 'Tecnología']]
const mcRole = (c) => row(MC_ROLE, n(c) % 6)
// ---------------------------------------------------------------- B2. Panorama Firm database (pl, B)
// [nazwa, NIP, REGON, KRS, forma, branża, PKD, województwo, powiat, miasto, kod, ulica, tel, www, pracownicy, rok]
const PF_FIRMS = [['Meblex Sp. z o.o.', '7792334518', '301256774', '0000365812', 'spółka z ograniczoną odpowiedzialnością', 'Producenci mebli', '31.09.Z', 'wielkopolskie', 'poznański', 'Swarzędz', '62-020', 'ul. Rabowicka 15', '61 817 22 40', 'meblex.com.pl', '50-249', '2010'], ['Trans-Pol Logistyka Sp. j.', '9542711093', '241556120', '0000412209', 'spółka jawna', 'Transport drogowy towarów', '49.41.Z', 'śląskie', 'Katowice', 'Katowice', '40-859', 'ul. Porcelanowa 23', '32 205 18 90', 'transpol-logistyka.pl', '50-249', '2012'], ['Agro-Mak Hurtownia Nasion', '8212049976', '711520063', '', 'jednoosobowa działalność gospodarcza', 'Hurtownie rolnicze', '46.21.Z', 'mazowieckie', 'siedlecki', 'Siedlce', '08-110', 'ul. Brzeska 120', '25 644 31 05', 'agromak.pl', '10-49', '1998'], ['Hydro-Tech Instalacje S.A.', '5272801440', '146733520', '0000521773', 'spółka akcyjna', 'Instalacje sanitarne i grzewcze', '43.22.Z', 'mazowieckie', 'Warszawa', 'Warszawa', '02-672', 'ul. Domaniewska 41', '22 843 95 00', 'hydrotech.pl', '250-999', '2005'], ['Pomorska Drukarnia Offsetowa Sp. z o.o.', '5842605931', '220667411', '0000287640', 'spółka z ograniczoną odpowiedzialnością', 'Drukarnie', '18.12.Z', 'pomorskie', 'Gdańsk', 'Gdańsk', '80-298', 'ul. Trzy Lipy 3', '58 340 77 12', 'pdo.gda.pl', '10-49', '2007'], ['Kraków Dental Clinic Sp. z o.o.', '6762459811', '122781015', '0000433915', 'spółka z ograniczoną odpowiedzialnością', 'Stomatologia', '86.23.Z', 'małopolskie', 'Kraków', 'Kraków', '30-390', 'ul. Zawiła 65E', '12 269 40 10', 'krakowdental.pl', '10-49', '2012']]
const pfFirm = (c) => row(PF_FIRMS, n(c) >> 1)
const pfRole = (c) => row(['Prezes Zarządu', 'Właściciel', 'Dyrektor handlowy', 'Kierownik zakupów', 'Członek Zarządu', 'Dyrektor operacyjny'], n(c) % 6)
// ---------------------------------------------------------------- B3. Money S5 address book (cs, B)
// [kód, název, IČ, DIČ, ulice, město, PSČ, skupina, web]
const MS_FIRMS = [['ODB0142', 'STROJÍRNA HOLUB s.r.o.', '25231472', 'CZ25231472', 'Průmyslová 1280', 'Rokycany', '337 01', 'Odběratelé – velkoobchod', 'strojirnaholub.cz'], ['ODB0217', 'Montáže Kovo Tábor a.s.', '46678271', 'CZ46678271', 'Chýnovská 2116', 'Tábor', '390 02', 'Odběratelé – velkoobchod', 'kovotabor.cz'], ['ODB0388', 'Železářství U Nádraží – Jiří Kopecký', '64827913', 'CZ7103154218', 'Nádražní 34', 'Klatovy', '339 01', 'Odběratelé – maloobchod', ''], ['DOD0031', 'Fastening Systems GmbH', '', 'DE814562331', 'Industriestraße 7', 'Regensburg', '93055', 'Dodavatelé', 'fastening-systems.de'], ['ODB0409', 'TECHNOSTAV Plzeň s.r.o.', '03512631', 'CZ03512631', 'Domažlická 180/15', 'Plzeň', '318 00', 'Odběratelé – stavebnictví', 'technostav-plzen.cz'], ['ODB0455', 'AGRO Klatovy, družstvo', '00116165', 'CZ00116165', 'Za Beránkem 836', 'Klatovy', '339 01', 'Odběratelé – zemědělství', 'agroklatovy.cz']]
const msFirm = (c) => row(MS_FIRMS, n(c) >> 1)
const msRole = (c) => row(['jednatel', 'nákupčí', 'vedoucí skladu', 'technolog', 'účetní', 'ředitel výroby'], n(c) % 6)
const msTitle = (c) => row(['Ing.', '', '', 'Mgr.', 'Bc.', '', 'Ing.'], n(c) % 7)

export const SETS = [
  // ---------------------------------------------------------------- Chile: ticketing producer sales detail
  { name: 'puntoticket-detalle-ventas-cl', product: 'Puntoticket (Portal Productor > Reportes > Detalle de Ventas > Exportar Excel, one row per ticket sold, Chilean Spanish UI, a Santiago indie-music promoter\'s December concert at Teatro Caupolicán, Chile time, CLP)', family: 'events', language: 'es', schema: E, cols: [
    ['N° Orden', (c, o) => String(8400000 + (n(o) * 37) % 600000), [OR('purchaseID')]],
    ['N° Ticket', (c, o, r) => `PT${v.int(r, 10000000, 99999999)}`, [PL('_id')], opt],
    ['Fecha Compra', (c, o) => dmyM(chl(ptAt(o)), '-'), ['timestamp', OR('createdDate')]],
    ['Evento', () => 'Los Bunkers + invitados – Gira Noviembre', [PL('name')], opt],
    ['Función', () => dmyM(chl(PT_SHOW), '-'), [], opt],
    ['Recinto', () => 'Teatro Caupolicán', POI, opt],
    ['Sector', (c, o) => ptSeat(o)[0], [PL('selectedOptions[0].value'), PL('productCategories[0].categoryName')], opt],
    ['Fila', (c, o) => ptNum(c, o)[0], []],
    ['Asiento', (c, o) => ptNum(c, o)[1], []],
    ['Tipo Entrada', (c, o) => ptSeat(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Precio', (c, o) => clp(ptSeat(o)[2]), [PL('priceTotal')], opt],
    ['Cargo por Servicio', (c, o) => clp(ptFee(o)), []],
    ['Total', (c, o) => clp(ptSeat(o)[2] + ptFee(o)), [OR('priceTotal'), PAYAMT]],
    ['Medio de Pago', (c, o) => ptPay(o), [PAY]],
    ['Cuotas', (c, o) => (ptPay(o) === 'Webpay Crédito' ? String(row([1, 3, 1, 6], n(o))) : ''), []],
    ['Cód. Autorización', (c, o, r) => (ptPay(o).startsWith('Webpay') || ptPay(o) === 'Mach' ? String(v.int(r, 100000, 999999)) : ''), [TXN], opt],
    ['Canal de Venta', (c, o) => ptChannel(o), [], opt],
    ['Estado', (c, o) => ptSt(o), []],
    ['Nombre', (c) => cl(c).first, []],
    ['Apellido', (c) => `${cl(c).last} ${cl(c).last2}`, []],
    ['RUT', (c) => cl(c).rut, []],
    ['Email', (c) => cl(c).email, EMAIL_ID],
    ['Teléfono', (c) => cl(c).mobile, PHONE_ID, opt],
    ['Comuna', (c) => cl(c).city, [BILL('city')], opt],
    ['Validado', (c, o) => (ptSt(o) === 'Pagada' && n(o) % 5 !== 3 ? 'Sí' : 'No'), []],
    ['Fecha Validación', (c, o) => (ptSt(o) === 'Pagada' && n(o) % 5 !== 3 ? dmyT(chl(PT_SHOW - 3600000 + (n(o) % 3400) * 1000), '-') : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: WhatsApp support desk attendances
  { name: 'opa-suite-atendimentos-br', product: 'Opa! Suite (Relatórios > Atendimentos > Exportar CSV, one row per attendance on WhatsApp, webchat, Instagram or Telegram, Brazilian Portuguese UI, a Campinas fibre internet provider\'s support team, Brasília time)', family: 'support', language: 'pt', schema: E, cols: [
    ['Protocolo', (c, o) => `${ymd(brt(opAt(o)), '')}${pad(n(o) % 100000, 6)}`, ['_id']],
    ['Data de abertura', (c, o) => dmyT(brt(opAt(o))), ['timestamp']],
    ['Data de encerramento', (c, o) => (opSt(o) === 'Finalizado' ? dmyT(brt(opAt(o) + (opWait(o) + opDur(o)) * 1000)) : ''), [], opt],
    ['Canal', (c, o) => opChannel(o), [], opt],
    ['Departamento', (c, o) => opDept(o), []],
    ['Atendente', (c, o) => (opSt(o) === 'Aguardando' ? '' : row(['Larissa Mota', 'Bruno Reis', 'Fernanda Lopes', 'Diego Martins', 'Bot Opa!'], n(o) % 5)), []],
    ['Cliente', (c) => c.full, []],
    ['Contato', (c) => `+55 ${c.mobile.replace(/^\(\d+\)/, '19')}`, PHONE_ID, opt],
    ['E-mail', (c) => (n(c) % 4 === 1 ? '' : c.email), EMAIL_ID],
    ['CPF/CNPJ', (c) => cpf(seeded(c, 'cpf')), []],
    ['Código do cliente (ERP)', (c) => (n(c) % 5 === 4 ? '' : String(10000 + n(c) % 60000)), CUST_ID, opt],
    ['Motivo', (c, o) => opMotivo(o), []],
    ['Status', (c, o) => opSt(o), []],
    ['Tempo em fila', (c, o) => dur(opWait(o)), []],
    ['Tempo de atendimento', (c, o) => (opSt(o) === 'Aguardando' ? '' : dur(opDur(o))), [], opt],
    ['Transferências', (c, o) => String(n(o) % 4 === 1 ? 1 : 0), []],
    ['Finalizado por', (c, o) => (opSt(o) === 'Finalizado' ? row(['Atendente', 'Atendente', 'Cliente', 'Inatividade'], n(o) % 4) : ''), []],
    ['Nota da avaliação', (c, o) => (opSt(o) === 'Finalizado' && n(o) % 3 !== 1 ? String(1 + (n(o) * 3) % 5) : ''), []],
    ['Comentário da avaliação', (c, o) => (opSt(o) === 'Finalizado' ? row(['', 'Resolveu rápido, obrigado', '', 'Demorou muito na fila', ''], n(o) % 5) : ''), []],
    ['Etiquetas', (c, o) => row(['', 'OS aberta', 'visita técnica', 'cliente VIP', 'inadimplente'], n(o) % 5), []],
    ['Observação', (c, o) => row(['', '', 'ONU reiniciada remotamente', 'Boleto enviado pelo WhatsApp', ''], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Poland: guesthouse booking engine reservations
  { name: 'hotres-lista-rezerwacji-pl', product: 'Hotres (hotres.pl; panel obiektu > Rezerwacje > Lista rezerwacji > Eksport do Excela, one row per reservation, Polish UI, a Zakopane guesthouse with nine rooms, Polish time, PLN)', family: 'booking', language: 'pl', schema: E, cols: [
    ['Nr rezerwacji', (c, o) => `${hrArr(o).y}/${pad(1 + n(o) % 2400, 4)}`, [OR('purchaseID'), '_id']],
    ['Data utworzenia', (c, o) => ymdM(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => hrSt(o), []],
    ['Źródło', (c, o) => hrSrc(o), [], opt],
    ['Przyjazd', (c, o) => ymd(hrArr(o)), [], opt],
    ['Wyjazd', (c, o) => ymd(hrDepDate(o)), []],
    ['Liczba nocy', (c, o) => String(hrNights(o)), [PL('quantity')], opt],
    ['Typ pokoju', (c, o) => hrRoom(o)[0], [PL('name')]],
    ['Pokój', (c, o) => hrRoom(o)[1], [PL('SKU')], opt],
    ['Plan cenowy', (c, o) => hrBoard(o), [PL('selectedOptions[0].value')], opt],
    ['Dorośli', (c, o) => String(hrAdults(o)), []],
    ['Dzieci', (c, o) => String(hrKids(o)), []],
    ['Imię', (c) => pl(c).first, []],
    ['Nazwisko', (c) => pl(c).last, []],
    ['E-mail', (c, o) => (hrSrc(o) === 'Booking.com' ? `${strip(pl(c).first).slice(0, 5)}${strip(pl(c).last).slice(0, 3)}.${(n(c) * 7919 % 900000 + 100000)}@guest.booking.com` : pl(c).email), EMAIL_ID],
    ['Telefon', (c) => pl(c).mobile, PHONE_ID, opt],
    ['Kraj', () => 'Polska', [BILL('country')], opt],
    ['Miasto', (c) => pl(c).city, [BILL('city')]],
    ['Kod pocztowy', (c) => pl(c).zip, [BILL('postalCode')]],
    ['Ulica', (c) => pl(c).street, [BILL('street1')]],
    ['Firma', (c, o) => hrFirm(o)[0], []],
    ['NIP', (c, o) => hrFirm(o)[1], []],
    ['Wartość rezerwacji', (c, o) => dec(hrTotal(o)), [OR('priceTotal')]],
    ['Zaliczka', (c, o) => dec(hrDep(o)), [], opt],
    ['Zapłacono', (c, o) => dec(hrPaid(o)), [PAYAMT], opt],
    ['Do zapłaty', (c, o) => dec(hrSt(o) === 'Anulowana' ? 0 : hrTotal(o) - hrPaid(o)), []],
    ['Forma płatności', (c, o) => hrPay(o), [PAY]],
    ['Kod rabatowy', (c, o) => hrCode(o), ['commerce.promotionID'], opt],
    ['Opłata miejscowa', (c, o) => dec(3.5 * hrNights(o) * (hrAdults(o) + hrKids(o))), []],
    ['Uwagi', (c, o) => row(['', 'Przyjazd ok. 22:00', '', 'Prosimy o łóżeczko dla dziecka', 'Parking dla 2 aut', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Czechia: POS receipt items
  { name: 'markeeta-polozky-uctenek-cz', product: 'Markeeta (administrace > Přehledy > Účtenky > položky > Export CSV, one row per receipt item, Czech UI, a Brno café and bistro with a bean shop and a stamp-card loyalty programme, Czech time, CZK)', family: 'pos', language: 'cs', schema: E, cols: [
    ['Číslo účtenky', (c, o) => `${cet(mkAt(o)).y}${pad(n(o) % 100000, 6)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => `${cet(mkAt(o)).d}.${cet(mkAt(o)).m}.${cet(mkAt(o)).y} ${hm(cet(mkAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Provozovna', () => 'Kafe Zelňák – Zelný trh', STORE, opt],
    ['Pokladna', (c, o) => row(['Pokladna 1', 'Pokladna 2 (bar)'], n(o) % 2), []],
    ['Obsluha', (c, o) => row(['Tereza', 'Ondra', 'Klára', 'Vojta'], n(o) % 4), []],
    ['Stůl', (c, o) => (n(o) % 3 === 0 ? 'S sebou' : String(1 + n(o) % 14)), []],
    ['PLU', (c, o, r, i) => mkItem(o, i)[0], [PL('SKU')]],
    ['Položka', (c, o, r, i) => mkItem(o, i)[1], [PL('name')]],
    ['Kategorie', (c, o, r, i) => mkItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Množství', (c, o, r, i) => String(mkQty(o, i)), [PL('quantity')]],
    ['MJ', (c, o, r, i) => mkItem(o, i)[3], [PL('unitOfMeasureCode')], opt],
    ['Cena/MJ', (c, o, r, i) => dec(mkItem(o, i)[4]), [], opt],
    ['Sleva', (c, o, r, i) => dec(mkDisc(o, i)), [PL('discountAmount')], opt],
    ['Cena celkem', (c, o, r, i) => dec(mkLine(o, i)), [PL('priceTotal')]],
    ['Sazba DPH', (c, o, r, i) => `${mkItem(o, i)[5]} %`, []],
    ['DPH', (c, o, r, i) => dec(mkLine(o, i) * mkItem(o, i)[5] / (100 + mkItem(o, i)[5])), [], opt],
    ['Celkem účtenka', (c, o, r, i) => dec(mkBill(o, i)), [OR('priceTotal')]],
    ['Způsob platby', (c, o) => mkPay(o), [PAY]],
    ['Spropitné', (c, o) => dec(mkPay(o) === 'Karta' && n(o) % 3 === 0 ? 20 : 0), []],
    ['Zákazník', (c, o) => (mkLoyal(c, o) ? `${cz(c).first} ${cz(c).last}` : ''), []],
    ['Věrnostní karta', (c, o) => (mkLoyal(c, o) ? `ZEL${pad(n(c) % 10000, 4)}` : ''), CUST_ID, opt],
    ['Storno', (c, o) => (n(o) % 17 === 5 ? 'Ano' : 'Ne'), []],
    ['Poznámka', (c, o) => row(['', '', 'bez laktózy', '', 'na odnos', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Japan: payment gateway transactions
  { name: 'veritrans4g-torihiki-kensaku-ja', product: 'VeriTrans4G (DGフィナンシャルテクノロジー; MAP マーチャント管理ポータル > 取引検索 > 検索結果CSVダウンロード, one row per transaction, Japanese UI, a Tokyo online natural-wine shop, JST, JPY)', family: 'payments', language: 'ja', schema: E, cols: [
    ['取引ID', (c, o) => `vt${ymd(shift(vtAt(o), 9), '')}-${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID'), TXN]],
    ['決済サービス', (c, o) => vtSvc(o), [PAY]],
    ['取引種別', (c, o) => vtKind(o), [], opt],
    ['取引日時', (c, o) => ymdT(shift(vtAt(o), 9), '/'), ['timestamp', OR('createdDate')]],
    ['処理結果', (c, o) => (vtOk(o) ? '成功' : '失敗'), []],
    ['結果コード', (c, o) => (vtOk(o) ? 'A001000000000000' : row(['AG33G04100000000', 'AG45000000000000'], n(o))), []],
    ['金額', (c, o) => String(vtAmt(o)), [PAYAMT, OR('priceTotal')]],
    ['通貨', () => 'JPY', [OR('payments[0].currencyCode'), OR('currencyCode')], opt],
    ['カードブランド', (c, o) => (vtSvc(o) === 'カード' ? vtBrand(o) : ''), [], opt],
    ['カード番号', (c, o) => (vtSvc(o) === 'カード' ? `${vtPan(o).padEnd(6, String(n(o) % 10))}******${pad((n(o) * 31) % 10000, 4)}` : ''), []],
    ['有効期限', (c, o) => (vtSvc(o) === 'カード' ? `${pad(1 + n(o) % 12)}/${26 + n(o) % 5}` : ''), []],
    ['支払区分', (c, o) => (vtSvc(o) === 'カード' ? row(['一括払い', '一括払い', '分割払い(3回)', 'リボ払い'], n(o) % 4) : ''), []],
    ['承認番号', (c, o, r) => (vtSvc(o) === 'カード' && vtOk(o) ? pad(v.int(r, 0, 9999999), 7) : ''), [TXN], opt],
    ['3Dセキュア認証結果', (c, o) => (vtSvc(o) === 'カード' ? row(['認証成功', '認証成功', 'フリクションレス', '認証失敗'], n(o) % 4) : ''), []],
    ['コンビニ', (c, o) => (vtSvc(o) === 'コンビニ' ? row(['セブン-イレブン', 'ローソン', 'ファミリーマート'], n(o) % 3) : ''), []],
    ['会員ID', (c) => (c.bool ? `MEM${pad(n(c) % 1000000, 6)}` : ''), CUST_ID, opt],
    ['メールアドレス', (c) => vtMail(c), EMAIL_ID],
    ['電話番号', (c) => vtTel(c), PHONE_ID, opt],
    ['売上日', (c, o) => (['与信売上', '売上'].includes(vtKind(o)) && vtOk(o) ? ymd(shift(vtAt(o) + (vtKind(o) === '売上' ? 2 * day : 0), 9), '/') : ''), [], opt],
    ['取消日', (c, o) => (vtKind(o) === '取消' ? ymd(shift(vtAt(o) + day, 9), '/') : ''), [OR('cancelDate')], opt],
    ['取引メモ', (c, o) => row(['', '', '定期便 3月分', '', 'ギフト包装あり'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Korea: fashion marketplace seller orders
  { name: 'ably-partners-jumun-naeyeok-ko', product: '에이블리 파트너스 / Ably Partners (주문관리 > 주문 내역 > 엑셀 다운로드, one row per ordered product option, Korean UI, a Dongdaemun women\'s-clothing seller, KST, KRW)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${ymd(kst(o.at), '')}${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['상품주문번호', (c, o, r, i) => `${ymd(kst(o.at), '')}${pad((n(o) * 7919) % 10000000, 7)}${pad(i % 3 + 1, 2)}`, [PL('_id')], opt],
    ['주문일시', (c, o) => ymdT(kst(o.at)), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => ymdT(kst(o.at + 40000)), [], opt],
    ['주문상태', (c, o) => abSt(o), []],
    ['상품번호', (c, o, r, i) => abItem(o, i)[0], [PL('SKU'), PL('_id')]],
    ['상품명', (c, o, r, i) => abItem(o, i)[1], [PL('name')]],
    ['옵션정보', (c, o, r, i) => abItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o, r, i) => String(abItem(o, i)[3]), [], opt],
    ['할인금액', (c, o, r, i) => String(abDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['결제금액', (c, o, r, i) => String(abPaid(o, i)), [PL('priceTotal'), OR('priceTotal'), PAYAMT]],
    ['배송비', (c, o, r, i) => String(abFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 연락처', (c) => ko(c).mobile, PHONE_ID, opt],
    ['수령인', (c, o) => abTo(c, o).full, []],
    ['수령인 연락처', (c, o) => abTo(c, o).mobile, [], opt],
    ['우편번호', (c, o) => abTo(c, o).zip, [SHIP('postalCode')]],
    ['배송지 주소', (c, o) => `${abTo(c, o).addr}${abTo(c, o).apt ? ' ' + abTo(c, o).apt : ''}`, [SHIP('street1')]],
    ['배송메시지', (c, o) => row(['문 앞에 놓아주세요', '', '부재 시 경비실에 맡겨주세요', '배송 전 연락 바랍니다', ''], n(o) % 5), []],
    ['택배사', (c, o) => (abShipped(o) ? row(['CJ대한통운', '롯데택배', 'CJ대한통운', '한진택배'], n(o) % 4) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o) => (abShipped(o) ? String(5000000000 + (n(o) * 104729) % 899999999) + String(n(o) % 10) : ''), ['commerce.shipping.trackingNumber']],
    ['발송일', (c, o) => (abShipped(o) ? ymd(kst(o.at + (1 + n(o) % 2) * day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['판매수수료', (c, o, r, i) => String(Math.round(abPaid(o, i) * 0.09)), []],
    ['정산예정금액', (c, o, r, i) => String(abPaid(o, i) - Math.round(abPaid(o, i) * 0.09)), []],
  ] },
  // ---------------------------------------------------------------- Brazil: salon-booking app clients
  { name: 'beauty-date-clientes-br', product: 'Beauty Date (área do estabelecimento > Clientes > Exportar planilha, one row per client, Brazilian Portuguese UI, a Curitiba hair and nail salon with a points-per-visit programme)', family: 'booking', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(200000 + (n(c) * 13) % 700000), ['_id', 'personID'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Celular', (c) => c.mobile.replace(/^\(\d+\)/, '(41)'), ['mobilePhone.number']],
    ['Telefone fixo', (c) => (n(c) % 4 === 0 ? c.phone.replace(/^\(\d+\)/, '(41)') : ''), ['homePhone.number']],
    ['E-mail', (c) => (n(c) % 6 === 5 ? '' : c.email), ['personalEmail.address']],
    ['CPF', (c) => (n(c) % 3 === 1 ? '' : cpf(seeded(c, 'cpf'))), ['person.taxId']],
    ['Data de nascimento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Gênero', (c) => (BR_FEM.has(c.first) ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => `8${v.int(seeded(c, 'cep'), 1000, 2999)}-${pad(v.int(seeded(c, 'cep2'), 0, 999), 3)}`, at(HOME, 'postalCode')],
    ['Endereço', (c) => row(['Rua Comendador Araújo', 'Avenida Sete de Setembro', 'Rua Padre Anchieta', 'Rua Mateus Leme', 'Avenida República Argentina', 'Rua Desembargador Motta'], n(c) % 6), at(HOME, 'street1')],
    ['Número', (c) => (c.street.match(/(\d+)$/) || ['', 's/n'])[1], [], opt],
    ['Complemento', (c) => c.street2.replace('Apt', 'Apto'), at(HOME, 'street2'), opt],
    ['Bairro', (c) => bdNeighborhood(c), [...at(HOME, 'street3'), ...at(HOME, 'street2')], opt],
    ['Cidade', (c) => (n(c) % 7 === 3 ? row(['São José dos Pinhais', 'Pinhais', 'Colombo'], n(c)) : 'Curitiba'), at(HOME, 'city')],
    ['Estado', () => 'PR', STATE(HOME)],
    ['Como nos conheceu', (c) => row(['Instagram', 'Indicação de amiga', 'Google', 'Passando em frente', 'App Beauty Date'], n(c) % 5), []],
    ['Data de cadastro', (c) => dmy(brt(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Último atendimento', (c) => (bdVisits(c) ? dmy(brt(later(c)), '/') : ''), [], opt],
    ['Qtd. atendimentos', (c) => String(bdVisits(c)), []],
    ['Total gasto', (c) => brl(bdSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Pontos', (c) => String(bdVisits(c) * 10 - (n(c) % 4 === 0 ? Math.min(bdVisits(c) * 10, 100) : 0)), ['loyalty.points']],
    ['Profissional preferido', (c) => row(['Jéssica', 'Sem preferência', 'Aline (manicure)', 'Rafa', ''], n(c) % 5), []],
    ['Aceita receber mensagens', (c) => (n(c) % 5 === 2 ? 'Não' : 'Sim'), [], opt],
    ['Bloqueado', (c) => (n(c) % 23 === 7 ? 'Sim' : 'Não'), []],
    ['Observações', (c) => row(['', 'Alergia a amônia', '', 'Prefere horários no sábado', 'Cabelo com química (progressiva)', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Portugal: hotel PMS guest profiles
  { name: 'newhotel-perfis-hospede-pt', product: 'Newhotel PMS (Newhotel Software; Clientes > Perfis de Hóspede > Exportar para Excel, one row per guest profile, European Portuguese UI, an Algarve resort hotel in Albufeira with Portuguese, British and German guests)', family: 'hospitality-crm', language: 'pt', schema: P, cols: [
    ['N.º Perfil', (c) => String(40000 + (n(c) * 11) % 50000), ['_id', 'personID'], opt],
    ['Tratamento', (c) => nhTitle(c), ['person.name.courtesyTitle']],
    ['Apelido', (c) => (nhCc(c) === 'pt' ? `${nh(c).last2} ${nh(c).last}` : nh(c).last), ['person.name.lastName']],
    ['Nome', (c) => nh(c).first, ['person.name.firstName']],
    ['Nacionalidade', (c) => NAT[nhCc(c)][0], ['person.nationality']],
    ['País de residência', (c) => NAT[nhCc(c)][1], at(HOME, 'country')],
    ['Data de nascimento', (c) => dmy(bd(c.birth), '-'), ['person.birthDate']],
    ['Sexo', (c) => (nh(c).female ? 'F' : 'M'), ['person.gender']],
    ['Tipo de documento', (c) => (nhCc(c) === 'pt' ? 'Cartão de Cidadão' : 'Passaporte'), []],
    ['N.º documento', (c, o, r) => (nhCc(c) === 'pt' ? `${v.int(r, 10000000, 19999999)} ${v.int(r, 0, 9)} ZZ${v.int(r, 0, 9)}` : `${nhCc(c) === 'de' ? 'C' : ''}${v.int(r, 10000000, 99999999)}`), [], opt],
    ['NIF', (c) => (nhCc(c) === 'pt' ? nh(c).nif : ''), ['person.taxId']],
    ['Morada', (c) => nh(c).places[0], at(HOME, 'street1')],
    ['Código postal', (c) => nh(c).places[1], at(HOME, 'postalCode')],
    ['Localidade', (c) => nh(c).places[2], at(HOME, 'city')],
    ['Telemóvel', (c) => nh(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (nhCc(c) === 'pt' && n(c) % 3 === 0 ? nh(c).home : ''), ['homePhone.number']],
    ['Email', (c) => nh(c).email, ['personalEmail.address']],
    ['Idioma', (c) => NAT[nhCc(c)][2], []],
    ['VIP', (c) => row(['', '', 'VIP 1', '', 'VIP 2', ''], n(c) % 6), [], opt],
    ['Cartão de fidelização', (c) => (n(c) % 3 === 0 ? `NHC${pad((n(c) * 17) % 1000000, 6)}` : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['N.º estadias', (c) => String(nhStays(c)), []],
    ['N.º noites', (c) => String(nhNights(c)), []],
    ['Última estadia', (c) => dmy(lis(later(c)), '-'), [], opt],
    ['Receita total', (c) => dec(nhNights(c) * (95 + (n(c) % 7) * 18.5)), ['loyalty.lifetimePurchases'], opt],
    ['Aceita marketing', (c) => (n(c) % 4 === 3 ? 'Não' : 'Sim'), [], opt],
    ['Observações', (c) => row(['', 'Prefere quarto em andar alto', '', 'Intolerância ao glúten', 'Cliente de grupo golfe', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Korea: SMS/email sender address book
  { name: 'directsend-juso-rok-ko', product: '다이렉트센드 / DirectSend (주소록 관리 > 주소록 > 엑셀 다운로드, one row per recipient with the account\'s custom fields, Korean UI, a Seoul-area Pilates studio chain sending SMS and email newsletters)', family: 'email', language: 'ko', schema: P, cols: [
    ['주소록 그룹', (c) => `${dsBranch(c)} 회원`, []],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['휴대폰번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['이메일', (c) => (n(c) % 5 === 3 ? '' : ko(c).email), ['personalEmail.address']],
    ['생년월일', (c) => ymd(bd(c.birth), '.'), ['person.birthDate']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['주소', (c) => (n(c) % 3 === 2 ? '' : ko(c).addr), at(HOME, 'street1'), opt],
    ['지점', (c) => dsBranch(c), []],
    ['회원권', (c) => dsPass(c), [], opt],
    ['잔여 횟수', (c) => (dsPass(c) === '만료' ? '0' : String((n(c) * 3) % 21)), []],
    ['가입일', (c) => ymd(kst(c.created), '.'), [], opt],
    ['SMS 수신동의', (c) => (n(c) % 7 === 4 ? 'N' : 'Y'), []],
    ['이메일 수신동의', (c) => (n(c) % 5 === 3 || n(c) % 6 === 1 ? 'N' : 'Y'), []],
    ['수신거부일', (c) => (n(c) % 7 === 4 ? ymdM(kst(later(c))) : ''), [], opt],
    ['등록일', (c) => ymdT(kst(c.created + 3600000)), [], opt],
    ['메모', (c) => row(['', '허리디스크 주의', '', '오전반 선호', '재등록 상담 예정', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Chile: company directory executive contacts
  { name: 'mercantil-com-ejecutivos-cl', product: 'Mercantil.com (Chile; Buscador de Empresas > resultados con ejecutivos > Exportar a Excel, one row per executive contact of a company, Chilean Spanish UI, a Santiago fleet-telematics vendor\'s prospecting list)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['RUT Empresa', (c) => mcFirm(c)[0], ACCT, opt],
    ['Razón Social', (c) => mcFirm(c)[1], CO],
    ['Nombre de Fantasía', (c) => mcFirm(c)[2], CO, opt],
    ['Rubro', (c) => mcFirm(c)[3], []],
    ['Código Actividad SII', (c) => mcFirm(c)[4], []],
    ['Tamaño Empresa', (c) => mcFirm(c)[5], []],
    ['N° Trabajadores', (c) => mcFirm(c)[6], []],
    ['Región', (c) => mcFirm(c)[7], STATE(['workAddress'])],
    ['Comuna', (c) => mcFirm(c)[8], [W('city')]],
    ['Dirección', (c) => mcFirm(c)[9], [W('street1')]],
    ['Teléfono Empresa', (c) => mcFirm(c)[10], ['workPhone.number'], opt],
    ['Sitio Web', (c) => `www.${mcFirm(c)[11]}`, ['b2b.companyWebsite']],
    ['Email Empresa', (c) => `contacto@${mcFirm(c)[11]}`, [], opt],
    ['Nombre Ejecutivo', (c) => `${cl(c).first} ${cl(c).last} ${cl(c).last2}`, ['person.name.fullName']],
    ['Cargo', (c) => mcRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => mcRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email Ejecutivo', (c) => (n(c) % 4 === 2 ? '' : `${strip(cl(c).first)[0]}${strip(cl(c).last)}@${mcFirm(c)[11]}`), ['workEmail.address']],
    ['Teléfono Ejecutivo', (c) => (n(c) % 3 === 0 ? cl(c).mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Inicio de Actividades', (c) => row(['14-03-2011', '02-09-1994', '21-06-2016', '08-01-2009', '30-10-2013', '17-05-2010'], n(c) >> 1), []],
    ['Importador', (c) => row(['Sí', 'No', 'Sí', 'No', 'Sí', 'No'], n(c) >> 1), []],
    ['Exportador', (c) => row(['No', 'No', 'No', 'Sí', 'No', 'Sí'], n(c) >> 1), []],
    ['LinkedIn', (c) => (n(c) % 3 === 1 ? `https://www.linkedin.com/in/${strip(cl(c).first)}-${strip(cl(c).last)}-${(n(c) * 97) % 9000 + 1000}` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Poland: company directory database export
  { name: 'panorama-firm-baza-firm-pl', product: 'Panorama Firm (Baza firm > wyszukiwarka > Eksport do Excela, one row per company with its contact person, Polish UI, a Łódź packaging manufacturer\'s B2B prospect list)', family: 'b2b-leads', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(1200000 + (n(c) >> 1) % 900000), [], opt],
    ['Nazwa firmy', (c) => pfFirm(c)[0], CO],
    ['NIP', (c) => pfFirm(c)[1], ACCT, opt],
    ['REGON', (c) => pfFirm(c)[2], [], opt],
    ['KRS', (c) => pfFirm(c)[3], []],
    ['Forma prawna', (c) => pfFirm(c)[4], []],
    ['Branża', (c) => pfFirm(c)[5], []],
    ['PKD główne', (c) => pfFirm(c)[6], []],
    ['Województwo', (c) => pfFirm(c)[7], STATE(['workAddress'])],
    ['Powiat', (c) => pfFirm(c)[8], [], opt],
    ['Miejscowość', (c) => pfFirm(c)[9], [W('city')]],
    ['Kod pocztowy', (c) => pfFirm(c)[10], [W('postalCode')]],
    ['Ulica i numer', (c) => pfFirm(c)[11], [W('street1')]],
    ['Telefon', (c) => pfFirm(c)[12], ['workPhone.number']],
    ['Telefon komórkowy', (c) => (n(c) % 3 === 0 ? pl(c).mobile.replace('+48 ', '') : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['E-mail', (c) => (n(c) % 2 ? `biuro@${pfFirm(c)[13]}` : `${strip(pl(c).first)}.${strip(pl(c).last)}@${pfFirm(c)[13]}`), ['workEmail.address']],
    ['Strona WWW', (c) => `www.${pfFirm(c)[13]}`, ['b2b.companyWebsite']],
    ['Liczba pracowników', (c) => pfFirm(c)[14], []],
    ['Rok założenia', (c) => pfFirm(c)[15], []],
    ['Osoba kontaktowa', (c) => `${pl(c).first} ${pl(c).last}`, ['person.name.fullName']],
    ['Stanowisko', (c) => pfRole(c), ['extendedWorkDetails.jobTitle']],
    ['Data aktualizacji', (c) => ymd(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Czechia: ERP address book with contact persons
  { name: 'money-s5-adresar-kontakty-cz', product: 'Money S5 (Solitea; Adresář > Firmy a kontaktní osoby > Export do Excelu, one row per contact person of a company, Czech UI, a Pilsen industrial-fasteners wholesaler)', family: 'crm', language: 'cs', schema: B, cols: [
    ['Kód', (c) => msFirm(c)[0], ACCT, opt],
    ['Název', (c) => msFirm(c)[1], CO],
    ['IČ', (c) => msFirm(c)[2], ACCT, opt],
    ['DIČ', (c) => msFirm(c)[3], []],
    ['Ulice', (c) => msFirm(c)[4], [W('street1')]],
    ['Obec', (c) => msFirm(c)[5], [W('city')]],
    ['PSČ', (c) => msFirm(c)[6], [W('postalCode')]],
    ['Stát', (c) => (msFirm(c)[0].startsWith('DOD') ? 'Německo' : 'Česká republika'), [W('country')]],
    ['Skupina', (c) => msFirm(c)[7], [], opt],
    ['Titul', (c) => msTitle(c), ['person.name.courtesyTitle']],
    ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
    ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
    ['Funkce', (c) => msRole(c), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${strip(cz(c).first)}.${strip(cz(c).last)}@${msFirm(c)[8] || cz(c).email.split('@')[1]}`, ['workEmail.address']],
    ['Telefon', (c) => `+420 37${n(c) % 10} ${v.int(seeded(c, 't'), 100, 999)} ${v.int(seeded(c, 't2'), 100, 999)}`, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 === 1 ? '' : cz(c).mobile), ['mobilePhone.number'], opt],
    ['WWW', (c) => (msFirm(c)[8] ? `www.${msFirm(c)[8]}` : ''), ['b2b.companyWebsite']],
    ['Splatnost', (c) => String(row([14, 30, 14, 60, 21, 30], n(c) >> 1)), []],
    ['Cenová hladina', (c) => row(['VO 1', 'VO 2', 'MO', 'Nákupní', 'VO 1', 'VO 3'], n(c) >> 1), []],
    ['Obchodník', (c) => row(['Radek Šimek', 'Lenka Burianová', 'Radek Šimek'], n(c) % 3), []],
    ['Datum vytvoření', (c) => dmy(cet(c.created), '.'), ['extSourceSystemAudit.createdDate'], opt],
    ['Poznámka', (c) => row(['', 'fakturovat e-mailem', '', 'dodávky jen úterý', 'pozor – upomínky', ''], n(c) % 6), []],
  ] },
]
