// Round 64, tune130: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Twelve products in their own UI languages: a Valencia theatre's audience CRM
// (Koobin, es-ES), a Guadalajara hardware store's cloud POS sales (Pulpos, es-MX) and a Rosario bakery's wallet and
// card collections (Naranja X, es-AR) (es 3); a Braga ceramics shop's orders on the Portuguese post office's
// e-commerce platform (Lojas CTT, pt-PT) and a Curitiba ERP reseller's help-desk people (Agidesk, pt-BR) (pt 2); a
// Bologna jazz club's ticket orders (DIY Ticket) and a Chianti agriturismo's guest register (Beddy) (it 2); a Utrecht
// pub-quiz and workshop organiser's ticket orders (Ticketkantoor) and an Amersfoort bicycle-parts web shop's CDP
// profiles (Squeezely) (nl 2); an Osaka SaaS vendor's ABM lead list (FORCAS, ja 1); a Kraków office-cleaning
// company's B2B inquiries (Oferteo, pl 1); a Göteborg bakery café's POS receipt lines (Easycashier, sv 1).
// E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Spain, Italy, the Netherlands, Sweden and Poland keep CET/CEST, Portugal WET/WEST, Japan JST; Mexico
// (no DST since 2022), Argentina and Brazil do not change
const cet = (ms) => local(ms, 1)
const wet = (ms) => local(ms, 0)
const jst = (ms) => shift(ms, 9)
const mx = (ms) => shift(ms, -6)
const art = (ms) => shift(ms, -3)
const brt = (ms) => shift(ms, -3)
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const mxn = (x) => thou(x, ',', '.')
const ars = (x) => thou(x, '.', ',')
const sek = (x) => thou(x, ' ', ',')
const eur = (x) => dec(x, ',')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ł/g, 'l').replace(/[^a-z]/g, '')

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const LOCAL = {
  // [male, female, surnames ([m, f] where they differ), [city, region, postcode], streets, mail domains]
  mx: [['José Luis', 'Juan Carlos', 'Alejandro', 'Rodrigo', 'Emiliano', 'Jorge', 'Ricardo', 'Arturo', 'Eduardo', 'Luis Fernando'],
    ['María Fernanda', 'Guadalupe', 'Ximena', 'Daniela', 'Valeria', 'Mariana', 'Itzel', 'Karla', 'Regina', 'Alejandra'],
    ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Gutiérrez', 'Ruvalcaba', 'Orozco', 'Navarro', 'Íñiguez'],
    [['Guadalajara', 'Jalisco', '44160'], ['Guadalajara', 'Jalisco', '44600'], ['Zapopan', 'Jalisco', '45110'], ['Tlaquepaque', 'Jalisco', '45500'], ['Tonalá', 'Jalisco', '45400']],
    ['Av. Chapultepec', 'Av. López Mateos', 'Calle Morelos', 'Av. Vallarta', 'Av. Patria'], ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx']],
  ar: [['Santiago', 'Matías', 'Nicolás', 'Facundo', 'Juan Martín', 'Agustín', 'Gonzalo', 'Lautaro', 'Federico', 'Ezequiel'],
    ['Sofía', 'Camila', 'Florencia', 'Agustina', 'Micaela', 'Lucía', 'Julieta', 'Rocío', 'Valentina', 'Carolina'],
    ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'Romero', 'Sosa', 'Benítez', 'Acosta'],
    [['Rosario', 'Santa Fe', 'S2000'], ['Rosario', 'Santa Fe', 'S2002'], ['Funes', 'Santa Fe', 'S2132'], ['Villa Gobernador Gálvez', 'Santa Fe', 'S2124']],
    ['Córdoba', 'San Martín', 'Pellegrini', 'Oroño', 'Mendoza'], ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com']],
  pt: [['João', 'Tiago', 'Rui', 'Miguel', 'Diogo', 'Pedro', 'Nuno', 'André', 'Hugo', 'Gonçalo'],
    ['Inês', 'Beatriz', 'Catarina', 'Mariana', 'Sofia', 'Ana Rita', 'Joana', 'Marta', 'Leonor', 'Rita'],
    ['Silva', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Carvalho', 'Lopes'],
    [['Braga', 'Braga', '4700-321'], ['Braga', 'Braga', '4715-030'], ['Porto', 'Porto', '4000-322'], ['Lisboa', 'Lisboa', '1100-148'], ['Guimarães', 'Braga', '4810-225'], ['Coimbra', 'Coimbra', '3000-150'], ['Aveiro', 'Aveiro', '3810-200']],
    ['Rua do Souto', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua Direita', 'Travessa do Carmo', 'Rua da Boavista'], ['gmail.com', 'gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt']],
  se: [['Erik', 'Lars', 'Karl', 'Johan', 'Anders', 'Oskar', 'Nils', 'Gustav', 'Mattias', 'Per'],
    ['Anna', 'Maria', 'Karin', 'Sara', 'Emma', 'Elin', 'Linnéa', 'Johanna', 'Ebba', 'Frida'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Bergström', 'Åberg'],
    [['Göteborg', 'Västra Götaland', '413 04'], ['Göteborg', 'Västra Götaland', '411 26'], ['Mölndal', 'Västra Götaland', '431 30'], ['Partille', 'Västra Götaland', '433 38']],
    ['Linnégatan', 'Vasagatan', 'Övre Husargatan', 'Haga Nygata'], ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'icloud.com']],
  pl: [['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Jakub', 'Adam', 'Wojciech'],
    ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Karolina', 'Justyna'],
    [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur']],
    [['Kraków', 'małopolskie', '31-001']], ['ul. Długa'], ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl']],
  ja: [['大輔', '健太', '翔太', '拓也', '直樹', '誠', '隆', '和也', '浩二', '亮'],
    ['美咲', '由美', '明美', '陽子', '彩', '麻衣', '恵', '智子', '真由美', '優子'],
    ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'],
    [['大阪市北区', '大阪府', '530-0001']], ['梅田'], ['gmail.com']],
}
// romanised Japanese names for e-mail addresses
const JA_ROMA = { 大輔: 'daisuke', 健太: 'kenta', 翔太: 'shota', 拓也: 'takuya', 直樹: 'naoki', 誠: 'makoto', 隆: 'takashi', 和也: 'kazuya', 浩二: 'koji', 亮: 'ryo', 美咲: 'misaki', 由美: 'yumi', 明美: 'akemi', 陽子: 'yoko', 彩: 'aya', 麻衣: 'mai', 恵: 'megumi', 智子: 'tomoko', 真由美: 'mayumi', 優子: 'yuko', 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato', 吉田: 'yoshida', 山田: 'yamada' }
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const l = v.pick(r, LAST), last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const [city, region, postal] = v.pick(r, PLACES)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, birth: v.birth(r), no: v.int(r, 1, 160), streetName: v.pick(r, STREETS) }
  const fs = cc === 'ja' ? JA_ROMA[first] : slug(first.split(' ')[0]), ls = cc === 'ja' ? JA_ROMA[last] : slug(last)
  p.email = `${fs}${v.pick(r, ['.', '', '_', '.'])}${ls}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  p.roma = [fs, ls]
  if (cc === 'mx') { p.street = `${p.streetName} ${v.int(r, 100, 3999)}`; p.mobile = `33${pad(v.int(r, 10000000, 99999999), 8)}` }
  if (cc === 'ar') { p.street = `${p.streetName} ${v.int(r, 100, 3999)}`; p.mobile = `341 15${v.int(r, 200, 699)}-${pad(v.int(r, 0, 9999), 4)}`; p.dni = String(v.int(r, 20000000, 45999999)) }
  if (cc === 'pt') { p.street = `${p.streetName}, ${v.int(r, 1, 240)}${r() < 0.4 ? `, ${v.int(r, 1, 6)}.º ${v.pick(r, ['Esq.', 'Dto.', 'A', 'B'])}` : ''}`; p.mobile = `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  if (cc === 'se') { p.mobile = `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  if (cc === 'pl') { p.mobile = `${v.pick(r, ['501', '502', '508', '512', '530', '600', '601', '602', '660', '691', '730', '790', '880'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  if (cc === 'ja') { p.mobile = `0${v.pick(r, ['80', '90', '70'])}-${v.int(r, 1000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
  return p
})
const MXP = (c) => lp(c, 'mx'), ARP = (c) => lp(c, 'ar'), PTP = (c) => lp(c, 'pt'), SEP = (c) => lp(c, 'se'), PLP = (c) => lp(c, 'pl'), JAP = (c) => lp(c, 'ja')
const FEM = new Set(['Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- check digits for local ids
const digs = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
const nifPt = (stem8) => { const ds = digs(pad(stem8, 8)); const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11; return ds.join('') + (s < 2 ? 0 : 11 - s) }
const cnpj = (stem8, branch = 1) => { const ds = digs(pad(stem8, 8) + pad(branch, 4)); const f = (arr) => { const w = arr.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]; const s = arr.reduce((a, d, i) => a + d * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds), b = f([...ds, a]); const x = ds.join('') + a + b; return `${x.slice(0, 2)}.${x.slice(2, 5)}.${x.slice(5, 8)}/${x.slice(8, 12)}-${x.slice(12)}` }
const nip = (stem) => { for (let k = stem; ; k++) { const ds = digs(pad(k, 9)); const s = ds.reduce((a, d, i) => a + d * [6, 5, 7, 2, 3, 4, 5, 6, 7][i], 0) % 11; if (s < 10) return ds.join('') + s } }
const cuit = (dni, male) => { const pre = male ? '20' : '27'; const ds = digs(pre + pad(dni, 8)); const s = ds.reduce((a, d, i) => a + d * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11; const k = s === 0 ? 0 : 11 - s; return k === 10 ? `23-${pad(dni, 8)}-9` : `${pre}-${pad(dni, 8)}-${k}` }

// ---------------------------------------------------------------- Koobin: a Valencia theatre's audience CRM
const kbAbono = (c) => row(['', '', 'Abono Temporada 24/25', '', 'Abono Joven', '', '', 'Abono Flexible 5 funciones', ''], n(c))
const kbOrigen = (c) => row(['Venta online', 'Taquilla', 'Venta online', 'Venta online', 'Importación', 'Taquilla', 'Venta telefónica'], n(c) >> 1)
const kbCompras = (c) => 1 + (n(c) % 17)
const kbImporte = (c) => kbCompras(c) * (18 + (n(c) % 9) * 2.5) + (kbAbono(c) ? 96 : 0)
const kbDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const VLC = [['Valencia', 'Valencia', '46001'], ['Valencia', 'Valencia', '46005'], ['Valencia', 'Valencia', '46021'], ['Burjassot', 'Valencia', '46100'], ['Torrent', 'Valencia', '46900'], ['Castellón de la Plana', 'Castellón', '12001'], ['Gandia', 'Valencia', '46701']]
const vlc = (c) => row(VLC, n(c) % 7)
const VLC_ST = ['C/ de Colón', 'Av. del Regne de València', 'C/ de Russafa', 'Gran Via del Marqués del Túria', 'C/ de Cuba', 'Av. de Blasco Ibáñez', 'C/ de Sueca']

// ---------------------------------------------------------------- Pulpos: a Guadalajara hardware store (ferretería)
// [SKU, product, category, variant, price MXN incl. IVA]
const PU_ITEMS = [['FER-TRU-16', 'Martillo de uña Truper 16 oz', 'Herramienta manual', '', 189], ['PIN-COM-19', 'Pintura vinílica Comex Vinimex 19 L', 'Pinturas', 'Color: Blanco ostión', 1849], ['ELE-CAB-12', 'Cable THW calibre 12', 'Material eléctrico', 'Color: Rojo, por metro', 14.5], ['TOR-PIJ-100', 'Pijas para tablaroca 6x1" (100 pzas)', 'Tornillería', '', 62], ['PLO-LLA-01', 'Llave de paso 1/2" Urrea', 'Plomería', '', 238], ['HER-TAL-18', 'Taladro inalámbrico 18V', 'Herramienta eléctrica', 'Con 2 baterías', 2399], ['JAR-MAN-15', 'Manguera reforzada 15 m', 'Jardinería', 'Color: Verde', 345], ['ELE-FOC-LED', 'Foco LED 9W luz fría', 'Material eléctrico', 'Paquete: 4 pzas', 129]]
const puItem = (o, i) => row(PU_ITEMS, i + n(o))
const puQty = (o, i) => (puItem(o, i)[0] === 'ELE-CAB-12' ? 10 * o.qty : o.qty)
const puDisc = (o, i) => (o.discount ? Math.round(puItem(o, i)[4] * puQty(o, i) * 0.1 * 100) / 100 : 0)
const puTotal = (o, i) => puItem(o, i)[4] * puQty(o, i) - puDisc(o, i)
const puIva = (o, i) => Math.round((puTotal(o, i) - puTotal(o, i) / 1.16) * 100) / 100
const puPay = (o) => row(['Efectivo', 'Tarjeta de débito', 'Tarjeta de crédito', 'Efectivo', 'Transferencia', 'Efectivo', 'Tarjeta de débito', 'Crédito cliente'], n(o))
const puState = (o) => (n(o) % 19 === 0 ? 'Cancelada' : n(o) % 13 === 0 ? 'Devuelta' : 'Pagada')
const puAt = (o) => inHours(o.at, mx, 8, 19)
const puCust = (o) => n(o) % 3 === 0

// ---------------------------------------------------------------- Naranja X: a Rosario bakery's collections
const nxMedio = (o) => row(['QR', 'Posnet', 'QR', 'Link de pago', 'Posnet', 'QR', 'Transferencia', 'Posnet'], n(o))
const nxCard = (o) => (nxMedio(o) === 'Transferencia' ? 'Transferencia bancaria' : nxMedio(o) === 'QR' ? row(['Dinero en cuenta', 'Naranja X Visa débito', 'Dinero en cuenta', 'Tarjeta Naranja X'], n(o) >> 3) : row(['Tarjeta Naranja X', 'Visa débito', 'Mastercard crédito', 'Naranja X Visa débito', 'Visa crédito', 'Cabal débito'], n(o) >> 2))
const nxCuotas = (o) => (nxCard(o) === 'Tarjeta Naranja X' ? row(['1', 'Plan Z', '3', '1'], n(o) >> 1) : nxCard(o).includes('crédito') ? row(['1', '3', '1', '6'], n(o) >> 1) : '1')
const nxState = (o) => (n(o) % 17 === 0 ? 'Rechazado' : n(o) % 11 === 0 ? 'Devuelto' : 'Aprobado')
const nxAmt = (o) => Math.round((2800 + (n(o) % 70) * 450 + o.qty * 3900) * 100) / 100
const nxRate = (o) => (nxCard(o) === 'Dinero en cuenta' ? 0.008 : nxCard(o).includes('débito') ? 0.0099 : nxCuotas(o) === '1' ? 0.0299 : 0.0599)
const nxFee = (o) => (nxState(o) === 'Aprobado' ? Math.round(nxAmt(o) * nxRate(o) * 100) / 100 : 0)
const nxIva = (o) => Math.round(nxFee(o) * 0.21 * 100) / 100
const nxRet = (o) => (nxState(o) === 'Aprobado' ? Math.round(nxAmt(o) * 0.018 * 100) / 100 : 0)
const nxAt = (o) => (nxMedio(o) === 'Link de pago' ? o.at : inHours(o.at, art, 7, 20))
const nxDT = (ms) => { const p = art(ms); return `${dmy(p, '/')} ${hms(p)}` }
const nxCredit = (o) => nxAt(o) + (nxCard(o).includes('crédito') || nxCard(o) === 'Tarjeta Naranja X' ? 10 : 0) * day

// ---------------------------------------------------------------- Lojas CTT: a Braga ceramics and linen shop
// [reference, product, variant, price € incl. IVA]
const CTT_ITEMS = [['CER-PRT-24', 'Prato raso em grés 24 cm', 'Cor: Azul Atlântico', 16.9], ['CER-CAN-03', 'Caneca artesanal 300 ml', 'Cor: Areia', 12.5], ['LIN-TOA-01', 'Toalha de mesa em linho', 'Tamanho: 150x250', 64], ['CER-TAC-06', 'Conjunto 6 taças de sobremesa', '', 42], ['LIN-GUA-04', 'Guardanapos de linho (4 un.)', 'Cor: Natural', 24.9], ['CER-JAR-01', 'Jarra de água em faiança', 'Pintura: Andorinhas', 35], ['VAL-OFE-25', 'Vale de oferta', 'Valor: 25 €', 25]]
const ctItem = (o, i) => row(CTT_ITEMS, i + n(o))
const ctVoucher = (o, i) => ctItem(o, i)[0].startsWith('VAL')
const ctSub = (o, i) => ctItem(o, i)[3] * o.qty
const ctShipM = (o, i) => (ctVoucher(o, i) ? 'Envio por email' : n(o) % 5 === 0 ? 'Levantamento em Ponto CTT' : ctSub(o, i) >= 60 ? 'CTT Expresso 24h (portes grátis)' : 'CTT Expresso 24h')
const ctShip = (o, i) => (ctVoucher(o, i) ? 0 : n(o) % 5 === 0 ? 3.5 : ctSub(o, i) >= 60 ? 0 : 4.9)
const ctDisc = (o, i) => (o.discount && !ctVoucher(o, i) ? Math.round(ctSub(o, i) * 10) / 100 : 0)
const ctTotal = (o, i) => ctSub(o, i) + ctShip(o, i) - ctDisc(o, i)
const ctIva = (o, i) => Math.round((ctTotal(o, i) - ctTotal(o, i) / 1.23) * 100) / 100
const ctPay = (o) => row(['MB WAY', 'Referência Multibanco', 'Cartão de crédito', 'MB WAY', 'MB WAY', 'PayPal', 'Referência Multibanco'], n(o))
const ctState = (o) => row(['Enviada', 'Entregue', 'Entregue', 'Em preparação', 'Entregue', 'Pendente de pagamento', 'Entregue', 'Cancelada', 'Entregue'], n(o))
const ctPaid = (o) => !['Pendente de pagamento', 'Cancelada'].includes(ctState(o))
const ctShipped = (o, i) => ['Enviada', 'Entregue'].includes(ctState(o)) && !ctVoucher(o, i) && n(o) % 5 !== 0
const ctDT = (ms) => { const p = wet(ms); return `${dmy(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- Easycashier: a Göteborg bakery café
// [article no., article, group, price SEK incl. moms, VAT %]
const EC_ITEMS = [['1001', 'Kanelbulle', 'Bröd & bakverk', 38, 12], ['1002', 'Kardemummabulle', 'Bröd & bakverk', 40, 12], ['2010', 'Kaffe bryggt', 'Varma drycker', 35, 12], ['2014', 'Cappuccino', 'Varma drycker', 48, 12], ['3021', 'Surdegslimpa', 'Bröd & bakverk', 69, 12], ['4005', 'Räksmörgås', 'Smörgåsar', 129, 12], ['5002', 'Kaffe 500 g Mellanrost', 'Butik', 119, 12], ['6001', 'Presentkort', 'Presentkort', 300, 0]]
const ecItem = (o, i) => row(EC_ITEMS, i + n(o))
const ecRetur = (o) => n(o) % 23 === 0
const ecDisc = (o, i) => (o.discount && ecItem(o, i)[2] !== 'Presentkort' ? Math.round(ecItem(o, i)[3] * o.qty * 0.1 * 100) / 100 : 0)
const ecBel = (o, i) => (ecRetur(o) ? -1 : 1) * (ecItem(o, i)[3] * o.qty - ecDisc(o, i))
const ecMoms = (o, i) => Math.round((ecBel(o, i) - ecBel(o, i) / (1 + ecItem(o, i)[4] / 100)) * 100) / 100
const ecAt = (o) => inHours(o.at, cet, 7, 18)
const ecClub = (o) => n(o) % 4 === 1

// ---------------------------------------------------------------- DIY Ticket: a Bologna jazz club
// [event, date offset (days after the order), venue, ticket type, price, prevendita]
const DIY_EV = [['Jazz al Cortile: Enrico Rava Quartet', 9, 'Cortile di Palazzo d\'Accursio, Bologna', 'Intero', 25, 2.5], ['Jazz al Cortile: Enrico Rava Quartet', 9, 'Cortile di Palazzo d\'Accursio, Bologna', 'Ridotto under 26', 15, 1.5], ['Jam session del giovedì', 4, 'Cantina Bentivoglio Jazz Club, Bologna', 'Ingresso con consumazione', 10, 1], ['Serata swing con lezione di Lindy Hop', 12, 'Cantina Bentivoglio Jazz Club, Bologna', 'Ingresso + lezione', 18, 1.8], ['Paolo Fresu Trio – Tour 2025', 21, 'Teatro Duse, Bologna', 'Platea', 38, 4], ['Paolo Fresu Trio – Tour 2025', 21, 'Teatro Duse, Bologna', 'Galleria', 28, 3]]
const diyEv = (o) => row(DIY_EV, n(o))
const diyQty = (o) => Math.min(o.qty, 3)
const diyTot = (o) => (diyEv(o)[4] + diyEv(o)[5]) * diyQty(o) - (o.discount ? 2 * diyQty(o) : 0)
const diyState = (o) => row(['Pagato', 'Pagato', 'Pagato', 'Rimborsato', 'Pagato', 'Pagato', 'In attesa', 'Pagato'], n(o))
const diyDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const diyEvAt = (o) => { const p = cet(o.at + diyEv(o)[1] * day); return `${dmy(p, '/')} ${diyEv(o)[2].includes('Duse') ? '21:00' : '21:30'}` }
const diyIn = (o) => diyState(o) === 'Pagato' && n(o) % 3 !== 0

// ---------------------------------------------------------------- Ticketkantoor: a Utrecht pub-quiz and workshop organiser
// [event, days after the order, location, ticket type, price, service fee]
const TK_EV = [['Pubquiz XL – Editie Oktober', 11, 'Café De Zaak, Utrecht', 'Team (max. 6 personen)', 30, 1.95], ['Pubquiz XL – Editie Oktober', 11, 'Café De Zaak, Utrecht', 'Losse deelnemer', 6, 0.5], ['Workshop Bierbrouwen voor beginners', 18, 'Brouwerij De Kromme Haring, Utrecht', 'Deelnemer', 49.5, 1.95], ['Muziekbingo Special', 6, 'Stadskasteel Oudaen, Utrecht', 'Regulier', 12.5, 0.95], ['Workshop Sushi maken', 25, 'Kookstudio Lombok, Utrecht', 'Deelnemer', 59, 1.95], ['Muziekbingo Special', 6, 'Stadskasteel Oudaen, Utrecht', 'Early bird', 9.5, 0.95]]
const tkEv = (o) => row(TK_EV, n(o))
const tkQty = (o) => (tkEv(o)[3].startsWith('Team') ? 1 : o.qty)
const tkTot = (o) => (tkEv(o)[4] + tkEv(o)[5]) * tkQty(o) - (o.discount ? 5 : 0)
const tkState = (o) => row(['Betaald', 'Betaald', 'Betaald', 'Geannuleerd', 'Betaald', 'Betaald', 'Terugbetaald', 'Betaald', 'Openstaand'], n(o))
const tkDT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }
const UTR = [['3511 LN', 'Utrecht'], ['3512 JC', 'Utrecht'], ['3581 KP', 'Utrecht'], ['3431 GT', 'Nieuwegein'], ['3721 AB', 'Bilthoven'], ['3451 BA', 'Vleuten'], ['3811 HN', 'Amersfoort']]
const utr = (c) => row(UTR, n(c) % 7)

// ---------------------------------------------------------------- Squeezely: an Amersfoort bicycle-parts web shop
const sqSeg = (c) => row(['Nieuwsbrief;Racefiets', 'Verlaten winkelwagen', 'Nieuwsbrief;Terugkerende klant;Gravel', 'Stadsfiets', 'Nieuwsbrief;VIP', '', 'Nieuwsbrief;Mountainbike'], n(c))
const sqCat = (c) => row(['Banden & binnenbanden', 'Fietsverlichting', 'Racefietsonderdelen', 'Fietstassen', 'Gereedschap & onderhoud', 'Kleding'], n(c) >> 1)
const sqOrders = (c) => n(c) % 9
const sqDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Beddy: a Chianti agriturismo's guests
const BD_NAT = [['Italia', 'IT'], ['Italia', 'IT'], ['Germania', 'DE'], ['Paesi Bassi', 'NL'], ['Italia', 'IT'], ['Stati Uniti', 'US'], ['Francia', 'FR'], ['Svizzera', 'CH']]
const bdNat = (c) => row(BD_NAT, n(c) % 8)[1]
const bdNatName = (c) => row(BD_NAT, n(c) % 8)[0]
const bdIt = (c) => bdNat(c) === 'IT'
// foreign guests' home addresses [street, postcode, city, province/state, phone]
const BD_ABROAD = { DE: ['Lindenstraße 14', '80331', 'München', 'Bayern', '+49 171 4482019'], NL: ['Herengracht 212', '1016 BS', 'Amsterdam', 'Noord-Holland', '+31 6 21873340'], US: ['418 Hawthorne Ave', '94301', 'Palo Alto', 'CA', '+1 650 555 0142'], FR: ['12 rue des Carmes', '69002', 'Lyon', 'Rhône', '+33 6 12 48 90 33'], CH: ['Bahnhofstrasse 41', '8001', 'Zürich', 'ZH', '+41 79 334 21 08'] }
const bdAbroad = (c, k) => BD_ABROAD[bdNat(c)][k]
const IT_CF_M = 'ABCDEHLMPRST'
const cf = (c) => { const p = v.parts(c.birth); const cons = (s) => (slug(s).replace(/[aeiou]/g, '') + 'xxx').slice(0, 3).toUpperCase(); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${IT_CF_M[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${row(['F205', 'H501', 'A944', 'D612', 'L219'], n(c))}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n(c) % 26]}` }
const bdStays = (c) => 1 + (n(c) % 4)
const bdLast = (c) => c.created + ((n(c) % 600) + 20) * day

// ---------------------------------------------------------------- Agidesk: a Curitiba ERP reseller's support desk people
// [company, CNPJ stem, domain, city, state, CEP, street, phone]
const AG_FIRMS = [
  ['Supermercados Bom Preço Ltda', 12456780, 'bompreco.com.br', 'Curitiba', 'PR', '80420-090', 'Av. Sete de Setembro, 4214', '(41) 3342-1180'],
  ['Metalúrgica Iguaçu S.A.', 4311902, 'metaliguacu.com.br', 'São José dos Pinhais', 'PR', '83005-190', 'Rua Joinville, 2150', '(41) 3381-7700'],
  ['Farmácia Vida & Saúde Eireli', 22781033, 'farmaciavidaesaude.com.br', 'Ponta Grossa', 'PR', '84010-080', 'Rua XV de Novembro, 612', '(42) 3224-5561'],
  ['Transportadora Rota Sul Ltda', 8123555, 'rotasul.com.br', 'Joinville', 'SC', '89201-001', 'Rua do Príncipe, 330', '(47) 3433-9021'],
  ['Colégio Santa Mônica', 77120448, 'colegiosantamonica.g12.br', 'Curitiba', 'PR', '80530-000', 'Rua Mateus Leme, 1960', '(41) 3252-4400'],
  ['Distribuidora Araucária Alimentos Ltda', 31005872, 'araucariaalimentos.com.br', 'Araucária', 'PR', '83702-060', 'Av. Dr. Victor do Amaral, 880', '(41) 3643-2200'],
]
const agFirm = (c) => row(AG_FIRMS, n(c) % 6)
const AG_ROLES = [['Financeiro', 'Analista financeiro', 'Analista financeira'], ['TI', 'Coordenador de TI', 'Coordenadora de TI'], ['Fiscal', 'Assistente fiscal', 'Assistente fiscal'], ['Compras', 'Comprador', 'Compradora'], ['Diretoria', 'Diretor administrativo', 'Diretora administrativa'], ['Faturamento', 'Auxiliar de faturamento', 'Auxiliar de faturamento']]
const agRole = (c) => row(AG_ROLES, (n(c) >> 1) % 6)
const agDT = (ms) => { const p = brt(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- FORCAS: an Osaka attendance-SaaS vendor's ABM leads
// [company, industry, employees band, revenue band, listing, prefecture, city, street, postcode, domain, phone]
const FC_FIRMS = [
  ['株式会社なにわ精工', '製造業（金属製品）', '100〜299人', '10億〜50億円', '非上場', '大阪府', '東大阪市', '高井田元町2-8-12', '577-0054', 'naniwa-seiko.co.jp', '06-6781-2201'],
  ['関西ロジスティクス株式会社', '運輸業（倉庫）', '300〜999人', '50億〜100億円', '非上場', '兵庫県', '神戸市中央区', '港島中町6-2-1', '650-0046', 'kansai-logi.co.jp', '078-302-5510'],
  ['株式会社ミナト食品', '製造業（食料品）', '1000〜4999人', '100億〜500億円', '東証スタンダード', '大阪府', '大阪市西区', '江戸堀1-9-1', '550-0002', 'minato-foods.co.jp', '06-6443-1180'],
  ['株式会社京都ヘルスケアサービス', '医療・福祉', '300〜999人', '10億〜50億円', '非上場', '京都府', '京都市下京区', '烏丸通四条下ル水銀屋町620', '600-8008', 'kyoto-hcs.jp', '075-352-7701'],
  ['さくら不動産販売株式会社', '不動産業', '50〜99人', '10億〜50億円', '非上場', '大阪府', '大阪市北区', '梅田1-11-4', '530-0001', 'sakura-fudosan.co.jp', '06-6345-0921'],
  ['東和電機工業株式会社', '製造業（電気機器）', '1000〜4999人', '500億〜1000億円', '東証プライム', '愛知県', '名古屋市中村区', '名駅4-7-1', '450-0002', 'towa-denki.co.jp', '052-581-3300'],
]
const fcFirm = (c) => row(FC_FIRMS, n(c) % 6)
const FC_ROLES = [['人事部', '部長'], ['総務部', '課長'], ['情報システム部', 'マネージャー'], ['経営企画室', '室長'], ['人事部 労務課', '主任'], ['管理本部', '本部長']]
const fcRole = (c) => row(FC_ROLES, (n(c) >> 1) % 6)
const fcDate = (ms) => { const p = jst(ms); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }

// ---------------------------------------------------------------- Oferteo: a Kraków office-cleaning company's inquiries
// [company, NIP stem, city, voivodeship, postcode, domain, role (m), role (f)]
const OF_FIRMS = [
  ['Biuro Rachunkowe Bilans Sp. z o.o.', 677212004, 'Kraków', 'małopolskie', '30-552', 'bilans-krakow.pl', 'Właściciel', 'Właścicielka'],
  ['Kancelaria Radców Prawnych Nowicki i Wspólnicy', 676230118, 'Kraków', 'małopolskie', '31-072', 'kancelaria-nowicki.pl', 'Office manager', 'Office manager'],
  ['SoftBridge Polska Sp. z o.o.', 679310445, 'Kraków', 'małopolskie', '30-302', 'softbridge.pl', 'Kierownik administracji', 'Kierowniczka administracji'],
  ['Przychodnia Lekarska Salus', 944180223, 'Wieliczka', 'małopolskie', '32-020', 'salus-wieliczka.pl', 'Dyrektor', 'Dyrektorka'],
  ['Hurtownia Elektryczna Volt-Pol', 734290661, 'Tarnów', 'małopolskie', '33-100', 'voltpol.com.pl', 'Specjalista ds. zakupów', 'Specjalistka ds. zakupów'],
  ['Hotel Pod Wawelem Sp. j.', 676104532, 'Kraków', 'małopolskie', '31-067', 'hotelpodwawelem.pl', 'Kierownik obiektu', 'Kierowniczka obiektu'],
]
const ofFirm = (c) => row(OF_FIRMS, n(c) % 6)
const OF_REQ = [['Sprzątanie biur', 'Sprzątanie biura 450 m² 3 razy w tygodniu', '4 000 – 6 000 zł / mies.'], ['Mycie okien', 'Mycie okien w biurowcu, 2 piętra', '1 500 – 2 500 zł'], ['Sprzątanie po remoncie', 'Sprzątanie po remoncie lokalu 200 m²', 'do 3 000 zł'], ['Sprzątanie biur', 'Codzienne sprzątanie przychodni po godzinach pracy', 'do uzgodnienia'], ['Pranie wykładzin', 'Pranie wykładzin w salach konferencyjnych', '800 – 1 200 zł']]
const ofReq = (o) => row(OF_REQ, n(o))
const ofState = (o) => row(['Nowe', 'Wysłano ofertę', 'Wygrane', 'Wysłano ofertę', 'Przegrane', 'Kontakt telefoniczny', 'Nowe'], n(o) >> 1)
const plDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hm(p)}` }

export const SETS = [
  // ---------------------------------------------------------------- Spain: ticketing platform's audience CRM
  { name: 'koobin-clientes-export-es', product: 'Koobin (Barcelona ticketing and CRM platform for theatres and venues; CRM > Clientes > Buscar > Exportar (Excel/CSV), one row per customer with subscription and purchase totals, Spanish UI (Spain), a Valencia municipal theatre\'s audience and subscribers)', family: 'ticketing-crm', language: 'es', schema: P, cols: [
    ['ID Cliente', (c) => String(180000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Ferrer', 'Puig', 'Soler', 'Navarro', 'Vidal', 'Roig'], n(c) >> 1)}`, ['person.name.lastName']],
    ['NIF/NIE', (c) => (n(c) % 3 ? dniEs(20000000 + (n(c) * 37) % 9000000) : ''), ['person.taxId'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c) => (n(c) % 4 === 0 ? `96${v.int(seeded(c, 'kbt'), 3000000, 3999999)}` : ''), ['homePhone.number']],
    ['Móvil', (c) => `6${v.int(seeded(c, 'kbm'), 10000000, 99999999)}`, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c) => (n(c) % 3 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Dirección', (c) => `${row(VLC_ST, n(c) >> 2)}, ${1 + (n(c) % 120)}${n(c) % 2 ? `, ${1 + (n(c) % 8)}º ${row(['1ª', '2ª', 'A', 'B', 'izq.', 'dcha.'], n(c))}` : ''}`, at(HOME, 'street1')],
    ['Código postal', (c) => vlc(c)[2], at(HOME, 'postalCode')],
    ['Población', (c) => vlc(c)[0], at(HOME, 'city')],
    ['Provincia', (c) => vlc(c)[1], STATE(HOME)],
    ['País', () => 'España', at(HOME, 'country')],
    ['Idioma', (c) => row(['Castellano', 'Valencià', 'Castellano', 'Castellano', 'English'], n(c)), [], opt],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Abonado', (c) => (kbAbono(c) ? 'Sí' : 'No'), [], opt],
    ['Tipo de abono', (c) => kbAbono(c), ['loyalty.program', 'loyalty.tier'], opt],
    ['Fecha de alta', (c) => kbDT(c.created), ['loyalty.joinDate'], opt],
    ['Nº de compras', (c) => String(kbCompras(c)), []],
    ['Importe total compras', (c) => eur(kbImporte(c)), ['loyalty.lifetimePurchases'], opt],
    ['Fecha última compra', (c) => kbDT(c.created + ((n(c) % 500) + 10) * day), [], opt],
    ['Canal de alta', (c) => kbOrigen(c), [], opt],
    ['Observaciones', (c) => row(['', '', 'Movilidad reducida: butaca de pasillo', '', 'Prefiere platea', '', 'Socio Amics del Teatre'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Mexico: cloud POS sales lines
  { name: 'pulpos-ventas-export-mx', product: 'Pulpos (Mexican cloud point-of-sale; Ventas > Historial de ventas > Exportar (Excel), one row per sold product line with the ticket fields repeated, Spanish UI (Mexico), times in Guadalajara local time, a Guadalajara hardware store (ferretería) with two branches)', family: 'pos', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => `V-${pad(14000 + (n(o) % 60000), 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => { const p = mx(puAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Sucursal', (c, o) => row(['Ferretería El Tornillo – Chapultepec', 'Ferretería El Tornillo – Tlaquepaque'], n(o) >> 2), ['placeContext.POIinteraction.poiDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['Caja', (c, o) => `Caja ${1 + (n(o) % 2)}`, []],
    ['Vendedor', (c, o) => row(['Luis Ortega', 'Brenda Zúñiga', 'Mario Cárdenas'], n(o) >> 1), []],
    ['Cliente', (c, o) => (puCust(o) ? MXP(c).full : 'Público en general'), []],
    ['Teléfono cliente', (c, o) => (puCust(o) ? MXP(c).mobile : ''), PHONE_ID, opt],
    ['Correo cliente', (c, o) => (puCust(o) && n(c) % 2 ? MXP(c).email : ''), EMAIL_ID],
    ['SKU', (c, o, r, i) => puItem(o, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => puItem(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => puItem(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Categoría', (c, o, r, i) => puItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Cantidad', (c, o, r, i) => String(puQty(o, i)), [PL('quantity')]],
    ['Unidad', (c, o, r, i) => (puItem(o, i)[0] === 'ELE-CAB-12' ? 'm' : 'pza'), [PL('unitOfMeasureCode')], opt],
    ['Precio unitario', (c, o, r, i) => mxn(puItem(o, i)[4]), [], opt],
    ['Descuento', (c, o, r, i) => mxn(puDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['IVA', (c, o, r, i) => mxn(puIva(o, i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => mxn(puTotal(o, i)), [PL('priceTotal'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), PL('currencyCode')]],
    ['Método de pago', (c, o) => puPay(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => puState(o), []],
    ['Facturada', (c, o) => (puCust(o) && n(o) % 2 ? 'Sí' : 'No'), []],
    ['Notas', (c, o) => row(['', '', 'Cliente pasa a recoger mañana', '', 'Se cortó cable a la medida', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Argentina: wallet and card collections
  { name: 'naranja-x-cobros-export-ar', product: 'Naranja X (Argentine fintech; Naranja X Negocios app/web > Cobros > Descargar movimientos (Excel), one row per collection by QR, Posnet, payment link or transfer with commission, VAT on the commission and withholdings, Spanish UI (Argentina), times in Argentina (UTC-3), a Rosario bakery and café)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha y hora', (c, o) => nxDT(nxAt(o)), ['timestamp']],
    ['ID de operación', (c, o) => String(6100000000 + n(o) * 7331), ['_id', OR('payments[0].transactionID')]],
    ['Medio de cobro', (c, o) => nxMedio(o), [], opt],
    ['Medio de pago', (c, o) => nxCard(o), [OR('payments[0].paymentType')], opt],
    ['Cuotas', (c, o) => nxCuotas(o), []],
    ['Estado', (c, o) => nxState(o), []],
    ['Descripción', (c, o) => (nxMedio(o) === 'Link de pago' ? row(['Torta de cumpleaños 2 kg', 'Caja de 12 medialunas + budín', 'Pedido catering oficina'], n(o) >> 3) : 'Cobro en local'), [], opt],
    ['Nombre del pagador', (c, o) => (nxMedio(o) === 'Posnet' ? '' : ARP(c).full), []],
    ['DNI/CUIT del pagador', (c, o) => (nxMedio(o) === 'Posnet' ? '' : cuit(ARP(c).dni, !ARP(c).female)), [], opt],
    ['Email del pagador', (c, o) => (nxMedio(o) === 'Link de pago' ? ARP(c).email : ''), EMAIL_ID],
    ['Terminal', (c, o) => (nxMedio(o) === 'Posnet' ? `NX-${pad(40211 + (n(o) % 2), 6)}` : ''), []],
    ['Moneda', () => 'ARS', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Monto bruto', (c, o) => ars(nxState(o) === 'Devuelto' ? -nxAmt(o) : nxAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Comisión', (c, o) => ars(-nxFee(o)), []],
    ['IVA comisión', (c, o) => ars(-nxIva(o)), []],
    ['Retenciones IIBB', (c, o) => ars(-nxRet(o)), []],
    ['Monto neto', (c, o) => ars(nxState(o) === 'Aprobado' ? nxAmt(o) - nxFee(o) - nxIva(o) - nxRet(o) : 0), []],
    ['Fecha de acreditación', (c, o) => (nxState(o) === 'Aprobado' ? dmy(art(nxCredit(o)), '/') : ''), [], opt],
    ['Referencia externa', (c, o) => (nxMedio(o) === 'Link de pago' ? `PED-${3100 + (n(o) % 900)}` : ''), [OR('purchaseID')], opt],
    ['Motivo de rechazo', (c, o) => (nxState(o) === 'Rechazado' ? row(['Fondos insuficientes', 'Tarjeta vencida', 'Operación no autorizada'], n(o) >> 4) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- Portugal: post office e-commerce platform orders
  { name: 'lojas-ctt-encomendas-export-pt', product: 'Lojas CTT (CTT Correios de Portugal e-commerce platform; Backoffice > Encomendas > Exportar (CSV), one row per order line with the order, billing and delivery fields repeated, Portuguese UI (Portugal), times in Lisbon local time, a Braga ceramics and linen shop)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['N.º Encomenda', (c, o) => `LC${pad(20400 + (n(o) % 50000), 7)}`, [OR('purchaseID')]],
    ['Data', (c, o) => ctDT(o.at), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => ctState(o), []],
    ['Estado do pagamento', (c, o) => (ctPaid(o) ? 'Pago' : ctState(o) === 'Cancelada' ? 'Anulado' : 'Pendente'), []],
    ['Método de pagamento', (c, o) => ctPay(o), [OR('payments[0].paymentType')]],
    ['Nome', (c) => PTP(c).full, []],
    ['Email', (c) => PTP(c).email, EMAIL_ID],
    ['Telemóvel', (c) => PTP(c).mobile, PHONE_ID, opt],
    ['NIF', (c) => (n(c) % 3 ? nifPt(20000000 + (n(c) * 53) % 9000000) : '999999990'), [], opt],
    ['Morada de faturação', (c) => PTP(c).street, [BILL('street1')]],
    ['Código postal de faturação', (c) => PTP(c).postal, [BILL('postalCode')]],
    ['Localidade de faturação', (c) => PTP(c).city, [BILL('city')]],
    ['Morada de entrega', (c, o, r, i) => (ctVoucher(o, i) ? '' : n(o) % 5 === 0 ? `Ponto CTT ${PTP(c).city} – Loja Centro` : PTP(c).street), [SHIP('street1')]],
    ['Código postal de entrega', (c, o, r, i) => (ctVoucher(o, i) ? '' : PTP(c).postal), [SHIP('postalCode')]],
    ['Localidade de entrega', (c, o, r, i) => (ctVoucher(o, i) ? '' : PTP(c).city), [SHIP('city')]],
    ['País', () => 'Portugal', [SHIP('country'), BILL('country')]],
    ['Referência', (c, o, r, i) => ctItem(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => ctItem(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => ctItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o, r, i) => eur(ctItem(o, i)[3]), [], opt],
    ['Desconto', (c, o, r, i) => eur(ctDisc(o, i)), [OR('discountAmount')]],
    ['Código promocional', (c, o, r, i) => (ctDisc(o, i) ? 'PRIMAVERA10' : ''), ['commerce.promotionID'], opt],
    ['Método de envio', (c, o, r, i) => ctShipM(o, i), ['commerce.shipping.shippingMethod']],
    ['Portes', (c, o, r, i) => eur(ctShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['IVA', (c, o, r, i) => eur(ctIva(o, i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => eur(ctTotal(o, i)), [OR('priceTotal')]],
    ['N.º de objeto CTT', (c, o, r, i) => (ctShipped(o, i) ? `EA${pad(100000000 + n(o) * 613, 9)}PT` : ''), ['commerce.shipping.trackingNumber']],
    ['Observações', (c, o) => row(['', '', 'Embrulhar para oferta, por favor', '', 'Entregar depois das 18h', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Sweden: POS receipt lines
  { name: 'easycashier-kvittorader-export-se', product: 'Easycashier (Swedish cloud POS; Rapporter > Kvitton > Kvittorader > Exportera (CSV), one row per receipt line with the receipt fields repeated, Swedish UI, times in Swedish local time, a Göteborg bakery café with a small shop)', family: 'pos', language: 'sv', schema: E, cols: [
    ['Kvittonr', (c, o) => String(52000 + (n(o) % 40000)), [OR('purchaseID')]],
    ['Datum', (c, o) => ymd(cet(ecAt(o))), ['timestamp']],
    ['Tid', (c, o) => hms(cet(ecAt(o))), ['timestamp'], opt],
    ['Kassa', (c, o) => `Kassa ${1 + (n(o) % 2)}`, []],
    ['Kassör', (c, o) => row(['Elin', 'Ahmed', 'Signe'], n(o) >> 1), []],
    ['Typ', (c, o) => (ecRetur(o) ? 'Retur' : 'Försäljning'), [], opt],
    ['Artikelnr', (c, o, r, i) => ecItem(o, i)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => ecItem(o, i)[1], [PL('name')]],
    ['Artikelgrupp', (c, o, r, i) => ecItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Antal', (c, o) => String(ecRetur(o) ? -o.qty : o.qty), [PL('quantity')]],
    ['À-pris', (c, o, r, i) => sek(ecItem(o, i)[3]), [], opt],
    ['Rabatt', (c, o, r, i) => sek(ecDisc(o, i)), [PL('discountAmount'), OR('discountAmount')]],
    ['Belopp inkl. moms', (c, o, r, i) => sek(ecBel(o, i)), [PL('priceTotal'), OR('priceTotal')]],
    ['Moms %', (c, o, r, i) => String(ecItem(o, i)[4]), []],
    ['Moms', (c, o, r, i) => sek(ecMoms(o, i)), [OR('taxAmount')]],
    ['Betalsätt', (c, o) => row(['Kort', 'Swish', 'Kort', 'Kort', 'Kontant', 'Kort', 'Swish'], n(o)), [OR('payments[0].paymentType')]],
    ['Kundnr', (c, o) => (ecClub(o) ? `K${10200 + (n(c) % 5000)}` : ''), CUST_ID, opt],
    ['Kund', (c, o) => (ecClub(o) ? SEP(c).full : ''), []],
    ['E-post', (c, o) => (ecClub(o) ? SEP(c).email : ''), EMAIL_ID],
    ['Kontrollenhet', () => 'CU-BC01-000431', []],
  ] },

  // ---------------------------------------------------------------- Italy: ticket orders
  { name: 'diy-ticket-vendite-export-it', product: 'DIY Ticket (Italian self-service ticketing; Area organizzatore > Eventi > [evento] > Vendite > Esporta in Excel, one row per ticket with the order and buyer fields, Italian UI, times in Italian local time, a Bologna jazz club\'s concerts and jam sessions)', family: 'ticketing', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => String(880000 + n(o) * 3), [OR('purchaseID')]],
    ['Data ordine', (c, o) => diyDT(o.at), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => diyEv(o)[0], [PL('name')], opt],
    ['Data evento', (c, o) => diyEvAt(o), [], opt],
    ['Luogo', (c, o) => diyEv(o)[2], ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Tipologia biglietto', (c, o) => diyEv(o)[3], [PL('selectedOptions[0].value')], opt],
    ['Codice biglietto', (c, o) => `DIY${pad((n(o) * 7919) % 100000000, 8)}`, []],
    ['Quantità', (c, o) => String(diyQty(o)), [PL('quantity')]],
    ['Prezzo', (c, o) => eur(diyEv(o)[4]), [], opt],
    ['Diritti di prevendita', (c, o) => eur(diyEv(o)[5]), []],
    ['Totale', (c, o) => eur(diyTot(o)), [OR('priceTotal')]],
    ['Codice sconto', (c, o) => (o.discount ? 'SOCIJAZZ' : ''), ['commerce.promotionID'], opt],
    ['Metodo di pagamento', (c, o) => row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito', 'Apple Pay'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Stato', (c, o) => diyState(o), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Telefono', (c) => c.mobile, PHONE_ID, opt],
    ['Check-in', (c, o) => (diyIn(o) ? 'Sì' : 'No'), []],
    ['Data check-in', (c, o) => (diyIn(o) ? diyEvAt(o).replace(/2[01]:[03]0$/, '21:12') : ''), []],
    ['Consenso newsletter', (c) => (c.bool ? 'Sì' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: ticket orders
  { name: 'ticketkantoor-bestellingen-export-nl', product: 'Ticketkantoor (Dutch ticketing platform; Dashboard > Evenementen > [evenement] > Bestellingen > Exporteren (Excel/CSV), one row per order with the buyer\'s details and the ticket type, Dutch UI, times in Dutch local time, a Utrecht pub-quiz and workshop organiser)', family: 'ticketing', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => `TK-${pad(310000 + n(o) * 7, 7)}`, [OR('purchaseID')]],
    ['Besteldatum', (c, o) => tkDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => tkState(o), []],
    ['Evenement', (c, o) => tkEv(o)[0], [PL('name')], opt],
    ['Datum evenement', (c, o) => { const p = cet(o.at + tkEv(o)[1] * day); return `${dmy(p, '-')} ${tkEv(o)[0].startsWith('Workshop') ? '19:00' : '20:30'}` }, [], opt],
    ['Locatie', (c, o) => tkEv(o)[2], ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Tickettype', (c, o) => tkEv(o)[3], [PL('selectedOptions[0].value')], opt],
    ['Aantal', (c, o) => String(tkQty(o)), [PL('quantity')]],
    ['Ticketprijs', (c, o) => eur(tkEv(o)[4]), [], opt],
    ['Servicekosten', (c, o) => eur(tkEv(o)[5] * tkQty(o)), []],
    ['Korting', (c, o) => eur(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'QUIZMASTER5' : ''), ['commerce.promotionID'], opt],
    ['Totaalbedrag', (c, o) => eur(tkTot(o)), [OR('priceTotal')]],
    ['Betaalmethode', (c, o) => row(['iDEAL', 'iDEAL', 'Bancontact', 'iDEAL', 'Creditcard', 'iDEAL', 'PayPal'], n(o)), [OR('payments[0].paymentType')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => (n(c) % 3 ? c.mobile : ''), PHONE_ID, opt],
    ['Postcode', (c) => utr(c)[0], [BILL('postalCode')], opt],
    ['Woonplaats', (c) => utr(c)[1], [BILL('city')], opt],
    ['Teamnaam', (c, o) => (tkEv(o)[3].startsWith('Team') ? row(['De Quizzly Bears', 'Kennis is Macht', 'Team Zonder Naam', 'De Bolleboosjes'], n(c)) : ''), []],
    ['Barcode', (c, o) => String(8710000000000 + n(o) * 104729), []],
    ['Gescand', (c, o) => (tkState(o) === 'Betaald' && n(o) % 4 ? 'Ja' : 'Nee'), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: CDP / marketing automation profiles
  { name: 'squeezely-profielen-export-nl', product: 'Squeezely (Dutch CDP and marketing automation, now part of Spotler; Audience > Profielen > Exporteren (CSV), one row per known profile with its properties, segments and behaviour counters, Dutch UI, an Amersfoort bicycle-parts web shop)', family: 'marketing-automation', language: 'nl', schema: P, cols: [
    ['Profiel ID', (c) => `sqz_${v.hex(seeded(c, 'sq'), 24)}`, ['_id', 'personID']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Geslacht', (c) => (fem(c) ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Geboortedatum', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '-') : ''), ['person.birthDate']],
    ['Telefoonnummer', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'NL', at(HOME, 'countryCode')],
    ['Nieuwsbrief opt-in', (c) => (sqSeg(c).includes('Nieuwsbrief') ? 'ja' : 'nee'), [], opt],
    ['Segmenten', (c) => sqSeg(c), []],
    ['Favoriete categorie', (c) => sqCat(c), []],
    ['Aantal bestellingen', (c) => String(sqOrders(c)), []],
    ['Totale omzet', (c) => eur(sqOrders(c) * (34.95 + (n(c) % 40) * 3.1)), ['loyalty.lifetimePurchases'], opt],
    ['Laatste aankoop', (c) => (sqOrders(c) ? sqDT(c.created + ((n(c) % 300) + 5) * day) : ''), [], opt],
    ['Eerste bezoek', (c) => sqDT(c.created), [], opt],
    ['Laatste bezoek', (c) => sqDT(c.created + ((n(c) % 400) + 30) * day), [], opt],
    ['Apparaat', (c) => row(['mobile', 'desktop', 'mobile', 'tablet', 'mobile'], n(c)), []],
    ['Bron', (c) => row(['google / organic', 'newsletter / email', 'facebook / paid', 'direct', 'google / cpc'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Italy: hotel software guest register
  { name: 'beddy-anagrafica-ospiti-export-it', product: 'Beddy (Italian PMS and booking engine for small hotels; Ospiti > Anagrafica ospiti > Esporta (Excel), one row per guest with the document data kept for the Alloggiati Web police report, Italian UI, an agriturismo in Greve in Chianti)', family: 'booking', language: 'it', schema: P, cols: [
    ['ID ospite', (c) => String(24000 + (n(c) % 50000)), ['_id', 'personID']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Luogo di nascita', (c) => (bdIt(c) ? row(['Firenze', 'Roma', 'Bologna', 'Genova', 'Torino'], n(c)) : ''), [], opt],
    ['Cittadinanza', (c) => bdNatName(c), ['person.nationality']],
    ['Tipo documento', (c) => row(['Carta d\'identità', 'Passaporto', 'Carta d\'identità elettronica', 'Patente di guida'], n(c) >> 1), []],
    ['Numero documento', (c) => `CA${pad((n(c) * 313) % 100000, 5)}${'ABCDEFGH'[n(c) % 8]}${'KLMNPR'[n(c) % 6]}`, [], opt],
    ['Codice fiscale', (c) => (bdIt(c) ? cf(c) : ''), ['person.taxId']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c) => (bdIt(c) ? c.mobile : bdAbroad(c, 4)), ['mobilePhone.number', 'homePhone.number']],
    ['Indirizzo', (c) => (bdIt(c) ? c.street : bdAbroad(c, 0)), at(HOME, 'street1')],
    ['CAP', (c) => (bdIt(c) ? c.postcode : bdAbroad(c, 1)), at(HOME, 'postalCode')],
    ['Città', (c) => (bdIt(c) ? c.city : bdAbroad(c, 2)), at(HOME, 'city')],
    ['Provincia', (c) => (bdIt(c) ? c.region : bdAbroad(c, 3)), STATE(HOME)],
    ['Nazione', (c) => bdNatName(c), at(HOME, 'country')],
    ['Lingua', (c) => row(['Italiano', 'Italiano', 'Deutsch', 'English', 'Italiano', 'English', 'Français', 'Deutsch'], n(c) % 8), [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Numero soggiorni', (c) => String(bdStays(c)), []],
    ['Ultimo soggiorno', (c) => dmy(cet(bdLast(c)), '/'), [], opt],
    ['Note', (c) => row(['', 'Intollerante al glutine', '', 'Arriva con cane di piccola taglia', '', 'Chiede camera al piano terra', ''], n(c) >> 1), []],
    ['Data inserimento', (c) => { const p = cet(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
  ] },

  // ---------------------------------------------------------------- Brazil: help-desk people
  { name: 'agidesk-pessoas-export-br', product: 'Agidesk (Brazilian help-desk and service-management SaaS; Cadastros > Pessoas > Exportar (CSV), one row per requester with their client company, Portuguese UI (Brazil), a Curitiba ERP reseller\'s support desk for its business clients)', family: 'support', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(5200 + (n(c) % 9000)), B2BID],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => `${slug(c.first)}.${slug(c.last)}@${agFirm(c)[2]}`, ['workEmail.address']],
    ['Telefone', (c) => agFirm(c)[7].replace(/-\d{4}$/, `-${pad(1100 + (n(c) % 8800), 4)}`), ['workPhone.number']],
    ['Ramal', (c) => (n(c) % 3 ? String(200 + (n(c) % 80)) : ''), ['workPhone.extension']],
    ['Celular', (c) => (n(c) % 2 ? `(41) 9${v.int(seeded(c, 'agm'), 8400, 9999)}-${pad(v.int(seeded(c, 'agn'), 0, 9999), 4)}` : ''), ['mobilePhone.number']],
    ['Cliente', (c) => agFirm(c)[0], CO],
    ['CNPJ', (c) => cnpj(agFirm(c)[1]), ACCT, opt],
    ['Departamento', (c) => agRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Cargo', (c) => agRole(c)[fem(c) ? 2 : 1], ['extendedWorkDetails.jobTitle']],
    ['Tipo', (c) => (n(c) % 9 === 0 ? 'Gestor do cliente' : 'Solicitante'), ['b2b.personType'], opt],
    ['Endereço', (c) => agFirm(c)[6], [W('street1')]],
    ['Cidade', (c) => agFirm(c)[3], [W('city')]],
    ['Estado', (c) => agFirm(c)[4], STATE(['workAddress'])],
    ['CEP', (c) => agFirm(c)[5], [W('postalCode')]],
    ['Equipe de atendimento', (c) => row(['Suporte N1', 'Suporte Fiscal', 'Suporte N1', 'Implantação'], n(c) >> 2), []],
    ['Contrato', (c) => row(['Suporte Mensal Ouro', 'Banco de Horas 20h', 'Suporte Mensal Prata'], n(c) % 3), []],
    ['Ativo', (c) => (n(c) % 11 === 0 ? 'Não' : 'Sim'), [], opt],
    ['Chamados abertos', (c) => String(n(c) % 5), []],
    ['Data de cadastro', (c) => agDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Último acesso', (c) => agDT(c.created + ((n(c) % 400) + 2) * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Observações', (c) => row(['', 'Responsável por aprovar orçamentos', '', 'Atende só pela manhã', ''], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Japan: ABM lead list
  { name: 'forcas-lead-list-export-ja', product: 'FORCAS (Uzabase\'s account-based marketing platform; リード > リード一覧 > CSVエクスポート, one row per lead with the FORCAS company attributes and fit score, Japanese UI, an Osaka attendance-management SaaS vendor\'s target accounts)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['リードID', (c) => `00Q${v.alnum(seeded(c, 'fc'), 12)}`, B2BID],
    ['会社名', (c) => fcFirm(c)[0], CO],
    ['姓', (c) => JAP(c).last, ['person.name.lastName']],
    ['名', (c) => JAP(c).first, ['person.name.firstName']],
    ['部署', (c) => fcRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => fcRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['メールアドレス', (c) => `${JAP(c).roma[1]}.${JAP(c).roma[0]}@${fcFirm(c)[9]}`, ['workEmail.address']],
    ['電話番号', (c) => fcFirm(c)[10], ['workPhone.number']],
    ['郵便番号', (c) => fcFirm(c)[8], [W('postalCode')]],
    ['都道府県', (c) => fcFirm(c)[5], STATE(['workAddress'])],
    ['市区町村', (c) => fcFirm(c)[6], [W('city')]],
    ['番地', (c) => fcFirm(c)[7], [W('street1')]],
    ['企業URL', (c) => `https://www.${fcFirm(c)[9]}/`, ['b2b.companyWebsite']],
    ['業種', (c) => fcFirm(c)[1], []],
    ['従業員数', (c) => fcFirm(c)[2], []],
    ['売上高', (c) => fcFirm(c)[3], []],
    ['上場区分', (c) => fcFirm(c)[4], []],
    ['フィット', (c) => row(['◎', '○', '◎', '△', '○', '◎'], n(c) % 6), [], opt],
    ['FORCASスコア', (c) => String(40 + (n(c) % 60)), ['b2b.personScore'], opt],
    ['リードソース', (c) => row(['展示会', 'Webフォーム', 'セミナー', '名刺交換', 'ホワイトペーパー'], n(c) >> 1), ['b2b.personSource'], opt],
    ['リード状況', (c) => row(['未対応', 'アプローチ中', '商談化', 'ナーチャリング', '対象外'], n(c) >> 2), ['b2b.personStatus'], opt],
    ['最終更新日', (c) => fcDate(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['作成日', (c) => fcDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- Poland: B2B service inquiries
  { name: 'oferteo-zapytania-export-pl', product: 'Oferteo (Polish B2B/B2C service marketplace; Panel wykonawcy > Zapytania > Eksportuj do CSV, one row per purchased inquiry with the client company\'s contact person, Polish UI, a Kraków office-cleaning company)', family: 'b2b-leads', language: 'pl', schema: B, cols: [
    ['Nr zapytania', (c, o) => String(7400000 + n(o) * 13), [], opt],
    ['Data zapytania', (c, o) => plDT(inHours(o.at, cet, 7, 19)), ['extSourceSystemAudit.createdDate'], opt],
    ['Kategoria', (c, o) => ofReq(o)[0], []],
    ['Tytuł zapytania', (c, o) => ofReq(o)[1], []],
    ['Firma', (c) => ofFirm(c)[0], CO],
    ['NIP', (c) => nip(ofFirm(c)[1]), ACCT, opt],
    ['Imię i nazwisko', (c) => PLP(c).full, ['person.name.fullName']],
    ['Stanowisko', (c) => ofFirm(c)[PLP(c).female ? 7 : 6], ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${slug(PLP(c).first)}.${slug(PLP(c).last)}@${ofFirm(c)[5]}`, ['workEmail.address']],
    ['Telefon', (c) => PLP(c).mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Miejscowość', (c) => ofFirm(c)[2], [W('city')]],
    ['Kod pocztowy', (c) => ofFirm(c)[4], [W('postalCode')]],
    ['Województwo', (c) => ofFirm(c)[3], STATE(['workAddress'])],
    ['Budżet', (c, o) => ofReq(o)[2], []],
    ['Termin realizacji', (c, o) => row(['Jak najszybciej', 'W ciągu miesiąca', 'Od 1 października', 'Elastyczny'], n(o) >> 1), []],
    ['Cena kontaktu', (c, o) => `${dec(row([29, 39, 49, 59], n(o) >> 2))} zł`, []],
    ['Status', (c, o) => ofState(o), ['b2b.personStatus'], opt],
    ['Notatka', (c, o) => row(['', 'Oddzwonić po 15:00', '', 'Wysłano ofertę 5 200 zł netto', 'Prosi o wizję lokalną', ''], n(o) >> 1), []],
  ] },
]
