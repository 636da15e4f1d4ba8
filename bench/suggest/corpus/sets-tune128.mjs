// Round 63, tune128: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of regions and languages, each export in its product's UI language: a
// B2B e-commerce platform's orders for an Ohio janitorial-supply distributor (Zoey, US), a UK e-mail marketing
// tool's contacts for a Harrogate garden centre (NewZapp, UK), an Australian bank's payment gateway transactions for
// a Toowoomba rural-supplies store (BPOINT, AU) and a South African ticketing and cashless platform's ticket report
// for a Stellenbosch wine festival (Howler, ZA) (en 4); a French cloud contact centre's call history for a Lyon
// bedding retailer (Diabolocom) and a French Google Maps extractor's business list for a Bordeaux coffee roaster
// (Scrap.io) (fr 2); a German digital stamp-card app's customers for a Freiburg organic bakery (Stampay) and a
// Hamburg funnel builder's responses for a Stuttgart commercial-solar installer (Heyflow) (de 2); an Italian cloud
// CRM's contacts for a Padua automation integrator (Onpipeline, it 1); a Dutch club administration's member list for
// an Amersfoort hockey club (AllUnited, nl 1); a Portuguese ticketing platform's sales for a Porto comedy promoter
// (Blueticket, pt-PT 1); a Korean app-analytics tool's raw events for a Seoul meal-kit app (Adbrix, ko 1).
// E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, SHIP, GEO, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, hm12, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
// local clocks: Ohio, the UK, Portugal and the euro-zone countries keep summer time; Queensland, South Africa and
// Korea do not
const est = (ms) => local(ms, -5)
const gmt = (ms) => local(ms, 0)
const bne = (ms) => shift(ms, 10)
const sast = (ms) => shift(ms, 2)
const cet = (ms) => local(ms, 1)
const wet = (ms) => local(ms, 0)
const kst = (ms) => shift(ms, 9)
// the same instant moved into opening hours [lo, hi] of a local clock
const open = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hsh = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hsh(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5e3a91c7); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ß/g, 'ss').replace(/'/g, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames, [city, county/province, postcode], streets, mail domains]
  uk: [['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'William', 'Andrew', 'Richard', 'Graham', 'Stephen', 'Matthew', 'Peter'],
    ['Charlotte', 'Emily', 'Sophie', 'Hannah', 'Lucy', 'Margaret', 'Susan', 'Helen', 'Rachel', 'Joanne', 'Gillian', 'Amelia'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Robinson', 'Wright', 'Thompson', 'Walker', 'Hughes', 'Hall', 'Wood', 'Atkinson', 'Metcalfe', 'Dawson', 'Harrison'],
    [['Harrogate', 'North Yorkshire', 'HG1 2RN'], ['Harrogate', 'North Yorkshire', 'HG2 0HB'], ['Harrogate', 'North Yorkshire', 'HG2 8PJ'], ['Knaresborough', 'North Yorkshire', 'HG5 0AD'], ['Ripon', 'North Yorkshire', 'HG4 1QS'], ['Pateley Bridge', 'North Yorkshire', 'HG3 5LE'], ['Wetherby', 'West Yorkshire', 'LS22 6NP'], ['Otley', 'West Yorkshire', 'LS21 3AB'], ['Leeds', 'West Yorkshire', 'LS17 8DJ'], ['York', 'North Yorkshire', 'YO24 1AY'], ['Boroughbridge', 'North Yorkshire', 'YO51 9AN']],
    ['Cold Bath Road', 'Skipton Road', 'Leeds Road', 'Otley Road', 'High Street', 'Park Avenue', 'Church Lane', 'The Green', 'Kings Road', 'Valley Drive', 'Wetherby Road', 'Station Parade'],
    ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'sky.com', 'gmail.com', 'icloud.com']],
  au: [['Jack', 'Liam', 'Mitchell', 'Brendan', 'Shane', 'Darren', 'Lachlan', 'Cooper', 'Travis', 'Glenn', 'Hayden', 'Bradley'],
    ['Kylie', 'Chloe', 'Sarah', 'Jessica', 'Bronwyn', 'Kerri', 'Tayla', 'Rebecca', 'Leanne', 'Megan', 'Brooke', 'Jodie'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Anderson', 'Murphy', 'Kelly', 'Ryan', 'Walsh', "O'Brien", 'Campbell', 'Stewart', 'McDonald', 'Hansen'],
    [['Toowoomba', 'QLD', '4350']], [], ['bigpond.com', 'gmail.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'bigpond.net.au', 'gmail.com']],
  za: [['Thabo', 'Sipho', 'Lwazi', 'Pieter', 'Johan', 'Ruan', 'Wian', 'Michael', 'Kyle', 'Tshepo', 'Riaan', 'Yusuf'],
    ['Naledi', 'Lerato', 'Anri', 'Marelize', 'Chantelle', 'Zanele', 'Megan', 'Lindiwe', 'Aisha', 'Carmen', 'Refilwe', 'Liezl'],
    ['van der Merwe', 'Botha', 'Nel', 'du Plessis', 'Naidoo', 'Dlamini', 'Nkosi', 'Pillay', 'Smith', 'Jacobs', 'Mokoena', 'Adams', 'Steyn', 'Fourie', 'Ndlovu', 'Pretorius'],
    [['Stellenbosch', 'Western Cape', '7600'], ['Cape Town', 'Western Cape', '8001'], ['Somerset West', 'Western Cape', '7130'], ['Paarl', 'Western Cape', '7646'], ['Bellville', 'Western Cape', '7530'], ['Johannesburg', 'Gauteng', '2196'], ['Durbanville', 'Western Cape', '7550'], ['Pretoria', 'Gauteng', '0081']],
    [], ['gmail.com', 'gmail.com', 'icloud.com', 'outlook.com', 'mweb.co.za', 'webmail.co.za', 'telkomsa.net', 'yahoo.com']],
  pt: [['João', 'Tiago', 'Rui', 'Miguel', 'Diogo', 'Ricardo', 'Nuno', 'André', 'Pedro', 'Gonçalo', 'Bruno', 'Hugo'],
    ['Inês', 'Beatriz', 'Catarina', 'Sofia', 'Filipa', 'Marta', 'Joana', 'Ana', 'Rita', 'Mariana', 'Carolina', 'Daniela'],
    ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Carvalho', 'Teixeira', 'Moreira', 'Pinto', 'Ribeiro'],
    [['Porto', 'Porto', '4000-322'], ['Porto', 'Porto', '4150-180'], ['Porto', 'Porto', '4200-072'], ['Vila Nova de Gaia', 'Porto', '4400-134'], ['Matosinhos', 'Porto', '4450-208'], ['Maia', 'Porto', '4470-157'], ['Gondomar', 'Porto', '4420-088'], ['Braga', 'Braga', '4710-228'], ['Guimarães', 'Braga', '4810-431'], ['Aveiro', 'Aveiro', '3810-064'], ['Lisboa', 'Lisboa', '1050-094']],
    [], ['gmail.com', 'gmail.com', 'hotmail.com', 'sapo.pt', 'outlook.pt', 'live.com.pt', 'iol.pt']],
}
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const last = v.pick(r, LAST)
  const [city, region, postal] = v.pick(r, PLACES)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, birth: v.birth(r), no: v.int(r, 1, 180) }
  p.email = `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'uk') {
    p.street = `${p.no} ${v.pick(r, STREETS)}`
    p.land = r() < 0.55 ? `01423 ${v.int(r, 500000, 889999)}` : ''
    p.mobile = `07${v.pick(r, ['700', '711', '723', '734', '745', '756', '767', '778', '789', '792', '801', '812', '904', '966'])} ${pad(v.int(r, 0, 999999), 6)}`
  }
  if (cc === 'za') p.mobile = `0${v.pick(r, ['82', '83', '72', '73', '76', '79', '81', '84', '60', '61', '71'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`
  if (cc === 'pt') p.mobile = `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  return p
})
const UK = (c) => lp(c, 'uk'), AU = (c) => lp(c, 'au'), ZA = (c) => lp(c, 'za'), PTL = (c) => lp(c, 'pt')

// ---------------------------------------------------------------- Zoey: a Columbus, Ohio janitorial-supply distributor
// [account, account id, group, terms, street, city, state, zip, phone]
const ZO_ACCTS = [
  ['Buckeye Property Services LLC', 'A-10482', 'Net 30 Accounts', 'Net 30', '2250 Westbelt Dr', 'Columbus', 'OH', '43228', '(614) 555-0187'],
  ['Delaware City Schools', 'A-10117', 'Education / Government', 'Net 45', '74 W William St', 'Delaware', 'OH', '43015', '(740) 555-0120'],
  ['Grandview Medical Offices', 'A-10655', 'Healthcare', 'Net 30', '1313 Olentangy River Rd', 'Columbus', 'OH', '43212', '(614) 555-0163'],
  ['Licking Valley Senior Living', 'A-10830', 'Healthcare', 'Net 30', '1450 W Main St', 'Newark', 'OH', '43055', '(740) 555-0149'],
  ['Short North Hospitality Group', 'A-10903', 'Wholesale Tier 2', 'Credit Card', '700 N High St', 'Columbus', 'OH', '43215', '(614) 555-0111'],
  ['Scioto Downs Event Center', 'A-10266', 'Wholesale Tier 1', 'Net 15', '6000 S High St', 'Columbus', 'OH', '43207', '(614) 555-0194'],
  ['Fairfield County Library', 'A-10371', 'Education / Government', 'Net 45', '219 N Broad St', 'Lancaster', 'OH', '43130', '(740) 555-0136'],
  ['Polaris Fitness Clubs Inc.', 'A-11024', 'Wholesale Tier 2', 'Credit Card', '1450 Polaris Pkwy', 'Columbus', 'OH', '43240', '(614) 555-0152'],
]
const zoAcct = (c) => row(ZO_ACCTS, n(c) % 8)
const ZO_DOM = ['buckeyeps.com', 'dcs.k12.oh.us', 'grandviewmedoffices.com', 'lvseniorliving.org', 'shortnorthhg.com', 'sciotodownsevents.com', 'fcdlibrary.org', 'polarisfitness.com']
const zoDom = (c) => row(ZO_DOM, n(c) % 8)
const ZO_ITEMS = [['Can liners 40x46 1.5mil (100ct)', 38.5], ['Neutral floor cleaner 4x1gal', 42.9], ['Multifold towels white (4000ct)', 51.25], ['Nitrile gloves L (10x100)', 64.0], ['Foaming hand soap 1000ml (6ct)', 47.8], ['Wet mop heads 24oz (12ct)', 39.6], ['Jumbo roll toilet tissue 2-ply (12ct)', 58.4], ['Glass cleaner RTU 12x32oz', 33.75]]
const zoLines = (o) => 1 + (n(o) % 6)
const zoSub = (o) => Math.round(Array.from({ length: zoLines(o) }, (_, k) => row(ZO_ITEMS, n(o) + k)[1] * (1 + ((n(o) + k) % 4))).reduce((a, b) => a + b, 0) * 100) / 100
const zoStatus = (o) => row(['Complete', 'Complete', 'Processing', 'Complete', 'Pending', 'Complete', 'On Hold', 'Canceled', 'Complete', 'Closed'], n(o))
const zoCard = (c) => zoAcct(c)[3] === 'Credit Card'
const zoPay = (c, o) => (zoCard(c) ? 'Credit Card (Authorize.Net)' : n(o) % 7 === 3 ? 'ACH / eCheck' : 'Purchase Order / Net Terms')
const zoShipM = (o) => row(['Local Delivery (Our Truck)', 'UPS Ground', 'Local Delivery (Our Truck)', 'Freight - LTL', 'Customer Pickup', 'UPS Ground'], n(o) >> 1)
const zoShip = (o) => ({ 'UPS Ground': 18.95, 'Freight - LTL': 145, 'Customer Pickup': 0, 'Local Delivery (Our Truck)': zoSub(o) >= 250 ? 0 : 25 })[zoShipM(o)]
const zoExempt = (c) => ['Education / Government'].includes(zoAcct(c)[2])
const zoTax = (c, o) => (zoExempt(c) ? 0 : Math.round(zoSub(o) * 0.08 * 100) / 100)
const zoDisc = (o) => (o.discount ? Math.round(zoSub(o) * 0.05 * 100) / 100 : 0)
const zoTotal = (c, o) => zoSub(o) + zoShip(o) + zoTax(c, o) - zoDisc(o)
const zoDT = (ms) => { const p = est(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${hm12(p, true)}` }
const zoAt = (o) => open(o.at, est, 6, 19)

// ---------------------------------------------------------------- NewZapp: a Harrogate garden centre's newsletter
const nzState = (c) => row(['Active', 'Active', 'Active', 'Unsubscribed', 'Active', 'Hard bounce', 'Active', 'Active', 'Soft bounce'], n(c))
const nzSource = (c) => row(['Website sign-up form', 'In-store (till)', 'Website sign-up form', 'Imported', 'Christmas grotto booking', 'Café Wi-Fi', 'Website sign-up form'], n(c) >> 1)
const NZ_INT = ['Houseplants', 'Grow your own; Veg & herbs', 'Café & events', 'Roses; Shrubs', 'Houseplants; Café & events', 'Garden furniture', 'Wild birds; Pet care', 'Christmas', '']
const nzAdded = (c) => Date.UTC(2017, 3, 1) + (n(c) % 2400) * day + (n(c) % 50000) * 1000
const nzDT = (ms) => { const p = gmt(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- BPOINT: a Toowoomba rural-supplies store
const bpSource = (o) => row(['Internet', 'Internet', 'Call Centre', 'Internet', 'Merchant Back Office', 'Internet', 'Call Centre'], n(o))
const bpType = (o) => (n(o) % 17 === 5 ? 'Refund' : 'Payment')
const bpCard = (o) => row([['Visa', '4'], ['MasterCard', '5'], ['Visa', '4'], ['AMEX', '3'], ['Visa', '4'], ['MasterCard', '5'], ['Visa', '4']], n(o) >> 1)
const bpOk = (o) => n(o) % 13 !== 4
const bpResp = (o) => (bpOk(o) ? ['0', 'Approved'] : row([['05', 'Do Not Honour'], ['51', 'Insufficient Funds'], ['54', 'Expired Card']], n(o) >> 2))
const bpBase = (o) => Math.round((24.95 + (n(o) % 80) * 6.45 + o.qty * 17.5) * 100) / 100
const bpSurRate = (o) => ({ Visa: 0.012, MasterCard: 0.012, AMEX: 0.025 })[bpCard(o)[0]]
const bpSur = (o) => (bpType(o) === 'Refund' ? 0 : Math.round(bpBase(o) * bpSurRate(o) * 100) / 100)
const bpAmt = (o) => bpBase(o) + bpSur(o)
const bpAt = (o) => (bpSource(o) === 'Internet' ? o.at : open(o.at, bne, 7, 17))
const bpDT = (ms) => { const p = bne(ms); return `${dmy(p, '/')} ${hms(p)}` }
const bpSettle = (o) => { const p = bne(bpAt(o)); const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay(); const add = p.H >= 18 ? (wd === 5 ? 3 : wd === 6 ? 2 : 1) : wd === 6 ? 2 : wd === 0 ? 1 : 0; return dmy(bne(bpAt(o) + add * day), '/') }

// ---------------------------------------------------------------- Howler: a Stellenbosch wine-and-food festival
// [ticket type, price, event day]
const HW_TICKETS = [['General Access - Saturday', 450, 1], ['General Access - Friday', 380, 0], ['Weekend Pass', 720, 0], ['VIP Lounge - Saturday', 1250, 1], ['Designated Driver - Saturday', 220, 1], ['Early Bird Weekend Pass', 590, 0], ['Under 18 (with adult)', 0, 1]]
const hwTix = (o, i) => row(HW_TICKETS, n(o) + i)
const hwFee = (o, i) => (hwTix(o, i)[1] ? Math.round(hwTix(o, i)[1] * 0.055 * 100) / 100 : 0)
const hwDisc = (o, i) => (o.discount && hwTix(o, i)[1] ? 50 : 0)
const hwTotal = (o, i) => (hwTix(o, i)[1] + hwFee(o, i) - hwDisc(o, i)) * o.qty
const hwPay = (o, i) => (hwTix(o, i)[1] ? row(['Card', 'Instant EFT', 'Card', 'SnapScan', 'Card', 'Howler Wallet', 'Ozow'], n(o) >> 1) : 'Complimentary')
const hwStatus = (o) => row(['Valid', 'Valid', 'Valid', 'Refunded', 'Valid', 'Transferred', 'Valid', 'Valid'], n(o) >> 2)
const hwFest = (o) => { const p = sast(o.at); return Date.UTC(p.y + (p.m > 2 ? 1 : 0), 2, 7) }
const hwDay = (o, i) => hwFest(o) + hwTix(o, i)[2] * day
const hwScanned = (o, i) => hwStatus(o) !== 'Refunded' && hwDay(o, i) < Date.UTC(2025, 3, 1) && n(o) % 6 !== 1
const zaDT = (ms) => { const p = sast(ms); return `${ymd(p)} ${hm(p)}` }
const rand = (x) => `R ${thou(x, ' ', '.')}`
// a South African ID number: YYMMDD, gender digits, citizenship 0, 8 and the Luhn check digit
const saId = (c) => {
  const b = new Date(Date.UTC(1968, 0, 1) + (n(c) % 13000) * day)
  const body = `${String(b.getUTCFullYear()).slice(2)}${pad(b.getUTCMonth() + 1)}${pad(b.getUTCDate())}${ZA(c).female ? pad(n(c) % 5000, 4) : 5000 + (n(c) % 5000)}08`
  const ds = body.split('').map(Number).reverse()
  const s = ds.reduce((a, d, k) => a + (k % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return `${body}${(10 - (s % 10)) % 10}`
}
const saAge = (c) => 2025 - (1968 + Math.floor((n(c) % 13000) / 365.25))

// ---------------------------------------------------------------- Diabolocom: a Lyon bedding retailer's customer service
const dbDir = (o) => (n(o) % 5 === 3 ? 'Sortant' : 'Entrant')
const dbState = (o) => (dbDir(o) === 'Sortant' ? row(['Répondu', 'Répondu', 'Non répondu', 'Messagerie'], n(o) >> 1) : row(['Répondu', 'Répondu', 'Abandonné', 'Répondu', 'Hors horaires', 'Répondu', 'Répondu', 'Abandonné'], n(o) >> 1))
const dbTalked = (o) => dbState(o) === 'Répondu'
const dbQueue = (o) => (dbDir(o) === 'Sortant' ? 'Rappels clients' : row(['SAV - Réclamations', 'Suivi de commande', 'Avant-vente', 'Suivi de commande', 'SAV - Réclamations', 'Retours & échanges'], n(o) >> 2))
const DB_QUAL = { 'SAV - Réclamations': [['Produit défectueux', 'Matelas affaissé'], ['Produit défectueux', 'Sommier - lame cassée'], ['Litige transporteur', 'Colis endommagé']], 'Suivi de commande': [['Suivi livraison', 'Retard de livraison'], ['Suivi livraison', 'Prise de rendez-vous'], ['Modification commande', "Changement d'adresse"]], 'Avant-vente': [['Question produit', 'Conseil fermeté'], ['Question produit', 'Dimensions / disponibilité']], 'Retours & échanges': [['Retour produit', 'Essai 100 nuits'], ['Échange', 'Changement de taille']], 'Rappels clients': [['Rappel', 'Suite réclamation'], ['Rappel', 'Devis literie']] }
const dbQual = (o) => (dbTalked(o) ? row(DB_QUAL[dbQueue(o)], n(o) >> 3) : ['', ''])
const dbAt = (o) => open(o.at, cet, 9, 18)
const dbWait = (o) => (dbDir(o) === 'Sortant' || dbState(o) === 'Hors horaires' ? 0 : 8 + (n(o) % 310))
const dbTalk = (o) => (dbTalked(o) ? 65 + ((n(o) * 37) % 900) : 0)
const dbWrap = (o) => (dbTalked(o) ? 15 + (n(o) % 120) : 0)
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const dbAgents = ['Sandrine Morel', 'Kevin Garnier', 'Nadia Benali', 'Julien Roux', 'Océane Fabre']
const dbKnown = (o) => dbTalked(o) && n(o) % 4 !== 0

// ---------------------------------------------------------------- Adbrix: a Seoul meal-kit delivery app
const AB_EVENTS = ['abx:purchase', 'abx:login', 'abx:add_to_cart', 'abx:purchase', 'view_product', 'abx:sign_up', 'abx:add_to_cart', 'search', 'abx:purchase', 'abx:view_home']
const abEv = (o) => row(AB_EVENTS, n(o))
const abBuy = (o) => abEv(o) === 'abx:purchase'
const abItem = (o) => ['abx:purchase', 'abx:add_to_cart', 'view_product'].includes(abEv(o))
// [product id, name, category, price]
const AB_PRODS = [['MK-10231', '밀푀유나베 2인분', '전골/찌개', 15900], ['MK-10877', '우삼겹 된장찌개 밀키트', '전골/찌개', 12900], ['MK-11402', '감바스 알 아히요', '양식', 14500], ['MK-10058', '소불고기 전골 3인분', '전골/찌개', 21900], ['MK-12010', '마라샹궈 2인분', '중식', 16800], ['MK-11733', '트러플 크림 파스타', '양식', 11900], ['MK-10995', '닭갈비 볶음밥 세트', '한식', 13500]]
const abProd = (o) => row(AB_PRODS, n(o) >> 1)
const abQty = (o) => (abBuy(o) ? o.qty : 1)
const abShip = (o) => (abProd(o)[3] * abQty(o) >= 30000 ? 0 : 3000)
const abDisc = (o) => (o.discount ? 3000 : 0)
const abRev = (o) => abProd(o)[3] * abQty(o) + abShip(o) - abDisc(o)
// [os, os version, model, maker]
const AB_DEV = [['Android', '14', 'SM-S918N', 'samsung'], ['iOS', '17.4.1', 'iPhone15,2', 'Apple'], ['Android', '13', 'SM-A536N', 'samsung'], ['iOS', '16.6', 'iPhone14,5', 'Apple'], ['Android', '14', 'SM-F731N', 'samsung'], ['iOS', '17.2', 'iPhone16,1', 'Apple'], ['Android', '12', 'LM-V510N', 'LGE']]
const abDev = (o) => row(AB_DEV, (n(o) * 3) % 7)
// [channel, campaign, ad group]
const AB_CH = [['naver_searchad', '브랜드검색_상시', '브랜드_PC/MO'], ['kakao_moment', '신규가입_웰컴쿠폰', '관심사_요리'], ['organic', '', ''], ['meta', '리타겟팅_장바구니', 'DPA_7일'], ['organic', '', ''], ['google_uac', 'UAC_설치_2024', 'AC_기본'], ['toss_ads', '토스_첫구매_혜택', '혜택탭']]
const abCh = (c) => row(AB_CH, n(c) % 7)
const abUser = (c) => (n(c) % 5 === 2 ? '' : `u${pad((n(c) * 7919) % 10000000, 7)}`)
const abAdid = (o, c) => { const r = seeded(c, 'adid'); return abDev(o)[0] === 'iOS' ? v.uuid(r).toUpperCase() : v.uuid(r) }
const krDT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Blueticket: a Porto stand-up comedy promoter
// [show, venue, sector, price]
const BT_SHOWS = [['Ricardo Araújo Pereira - Rir de Nós', 'Coliseu Porto Ageas', 'Plateia', 22], ['Ricardo Araújo Pereira - Rir de Nós', 'Coliseu Porto Ageas', 'Balcão 1.ª Ordem', 18], ['Noite de Stand-Up Porto Comedy Club', 'Teatro Sá da Bandeira', 'Plateia', 12], ['Salvador Martinha - Ao Vivo', 'Teatro Sá da Bandeira', 'Plateia', 16], ['Salvador Martinha - Ao Vivo', 'Teatro Sá da Bandeira', 'Camarote', 20], ['Noite de Stand-Up Porto Comedy Club', 'Teatro Sá da Bandeira', 'Balcão', 10], ['Improviso às Quintas', 'Auditório CCOP', 'Lugar não marcado', 8]]
const btShow = (o) => row(BT_SHOWS, n(o) % 7)
const btType = (o) => row(['Normal', 'Normal', 'Estudante', 'Normal', 'Sénior (+65)', 'Normal', 'Convite'], n(o) >> 1)
const btPrice = (o) => (btType(o) === 'Convite' ? 0 : btType(o) === 'Normal' ? btShow(o)[3] : btShow(o)[3] - 2)
const btFee = (o) => (btPrice(o) ? 1 : 0)
const btChannel = (o) => (btType(o) === 'Convite' ? 'Promotor' : row(['Online', 'Online', 'Bilheteira', 'Online', 'Fnac', 'Online', 'Worten'], n(o) >> 2))
const btPay = (o) => (btChannel(o) === 'Promotor' ? '' : btChannel(o) === 'Online' ? row(['MB WAY', 'Cartão de Crédito', 'Referência Multibanco', 'MB WAY', 'Cartão de Crédito'], n(o) >> 3) : row(['Numerário', 'Cartão (TPA)', 'Cartão (TPA)'], n(o) >> 3))
const btState = (o) => row(['Emitido', 'Validado', 'Emitido', 'Anulado', 'Validado', 'Emitido', 'Validado'], n(o) >> 1)
const btShowAt = (o) => o.at + (5 + (n(o) % 50)) * day
const btShowP = (o) => { const p = wet(btShowAt(o)); return { ...p, H: 21, M: 30 } }
const ptDT = (ms) => { const p = wet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const eurPt = (x) => `${dec(x)} €`
const nifOf = (k) => { const ds = `2${String(k).padStart(7, '0').slice(-7)}`.split('').map(Number); const s = ds.reduce((a, d, j) => a + d * (9 - j), 0) % 11; return ds.join('') + (s < 2 ? 0 : 11 - s) }

// ---------------------------------------------------------------- Stampay: a Freiburg organic bakery chain
const spBranches = ['Freiburg-Wiehre', 'Freiburg-Herdern', 'Freiburg-Vauban', 'Stühlinger Markthalle', 'Denzlingen']
const SP_PLZ = ['79098', '79100', '79102', '79104', '79106', '79108', '79110', '79111', '79114', '79115', '79117', '79189', '79211', '79224']
const spVisits = (c) => 1 + (n(c) % 96)
const spTotal = (c) => spVisits(c) + Math.floor(spVisits(c) / 7)
const spRewards = (c) => Math.floor(spTotal(c) / 10) - (n(c) % 3 === 0 && spTotal(c) >= 10 ? 1 : 0)
const spOpen = (c) => Math.floor(spTotal(c) / 10) - spRewards(c)
const spJoin = (c) => open(Date.UTC(2021, 4, 1) + (n(c) % 1300) * day + (n(c) % 40000) * 1000, cet, 7, 18)
const spLast = (c) => open(Math.min(spJoin(c) + (3 + spVisits(c) * 9) * day, Date.UTC(2025, 4, 31) - (n(c) % 45) * day) + ((n(c) * 7) % 36000) * 1000, cet, 7, 18)
const spActive = (c) => spLast(c) > Date.UTC(2024, 6, 1)
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }

// ---------------------------------------------------------------- Heyflow: a Stuttgart commercial-solar installer's funnel
// [company, domain, building, roof m², consumption kWh, street, postcode, town]
const HF_FIRMS = [
  ['Karl Bühler Metallbau GmbH', 'buehler-metallbau.de', 'Produktionshalle', 1800, 420000, 'Robert-Bosch-Straße 14', '71069', 'Sindelfingen'],
  ['Spedition Maier & Söhne GmbH & Co. KG', 'maier-spedition.de', 'Lagerhalle', 4200, 310000, 'Gottlieb-Daimler-Straße 3', '73760', 'Ostfildern'],
  ['Weingut Rebmann', 'weingut-rebmann.de', 'Landwirtschaftliches Gebäude', 650, 48000, 'Kelterstraße 22', '71384', 'Weinstadt'],
  ['Autohaus Ebner GmbH', 'autohaus-ebner.de', 'Verkaufs- und Werkstattgebäude', 1100, 160000, 'Stuttgarter Straße 101', '71638', 'Ludwigsburg'],
  ['Kunststofftechnik Seitz GmbH', 'seitz-kunststoff.de', 'Produktionshalle', 3100, 1250000, 'Im Gewerbegebiet 9', '73230', 'Kirchheim unter Teck'],
  ['Hotel Schönblick Esslingen', 'schoenblick-esslingen.de', 'Bürogebäude / Hotel', 500, 210000, 'Neckarstraße 48', '73728', 'Esslingen am Neckar'],
  ['Schreinerei Holzwerk Wolf', 'holzwerk-wolf.de', 'Werkstatt', 420, 36000, 'Industriestraße 5', '71254', 'Ditzingen'],
]
const hfFirm = (c) => row(HF_FIRMS, n(c) % 7)
const HF_AREA = { Sindelfingen: '07031', Ostfildern: '0711', Weinstadt: '07151', Ludwigsburg: '07141', 'Kirchheim unter Teck': '07021', 'Esslingen am Neckar': '0711', Ditzingen: '07156' }
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const HF_ROLES = [['Geschäftsführer', 'Geschäftsführerin'], ['Inhaber', 'Inhaberin'], ['Technischer Leiter', 'Technische Leiterin'], ['Kaufmännischer Leiter', 'Kaufmännische Leiterin'], ['Facility Manager', 'Facility Managerin'], ['Energiebeauftragter', 'Energiebeauftragte']]
const hfRole = (c) => row(HF_ROLES, (n(c) >> 1) % 6)[fem(c) ? 1 : 0]
const hfUtm = (c) => row([['google', 'cpc', 'gewerbe-pv-bw', 'Cj0KCQjw'], ['linkedin', 'paid_social', 'pv-dachcheck-entscheider', ''], ['', '', '', ''], ['facebook', 'paid_social', 'pv-landwirtschaft', ''], ['google', 'cpc', 'gewerbe-pv-bw', 'EAIaIQob'], ['newsletter', 'email', 'ihk-partner-mailing', '']], n(c) >> 2)

// ---------------------------------------------------------------- Onpipeline: a Padua industrial-automation integrator
// [company, domain, VAT no., sector, street, CAP, city, province, switchboard]
const OP_FIRMS = [
  ['Carraro Meccanica S.r.l.', 'carraromeccanica.it', '03189470287', 'Meccanica di precisione', 'Via dell\'Industria 18', '35129', 'Padova', 'PD', '049 807 1234'],
  ['Zanon Imballaggi S.p.A.', 'zanonimballaggi.it', '02276540265', 'Packaging', 'Via Postumia 77', '31050', 'Ponzano Veneto', 'TV', '0422 969 210'],
  ['Caseificio Sociale Monte Grappa', 'caseificiomontegrappa.it', '00312530245', 'Alimentare', 'Via Castellana 5', '36061', 'Bassano del Grappa', 'VI', '0424 502 118'],
  ['Vetreria Berto S.r.l.', 'vetreriaberto.com', '04011230271', 'Vetro', 'Via dell\'Artigianato 4', '30035', 'Mirano', 'VE', '041 430 7721'],
  ['Fonderia Scaligera S.p.A.', 'fonderiascaligera.it', '01789650239', 'Fonderia', 'Via Enrico Fermi 31', '37135', 'Verona', 'VR', '045 820 3390'],
  ['Pasqualin Arredamenti S.r.l.', 'pasqualinarredamenti.it', '02984520283', 'Legno e arredo', 'Via Sante Fabbris 12', '35012', 'Camposampiero', 'PD', '049 930 5566'],
  ['Euroflex Plastica S.r.l.', 'euroflexplastica.it', '03577110242', 'Materie plastiche', 'Viale del Lavoro 40', '36100', 'Vicenza', 'VI', '0444 563 802'],
]
const opFirm = (c) => row(OP_FIRMS, n(c) % 7)
const OP_ROLES = [['Direttore di stabilimento', 'Produzione'], ['Responsabile manutenzione', 'Manutenzione'], ['Titolare', 'Direzione'], ['Responsabile acquisti', 'Acquisti'], ['Ufficio tecnico', 'Ufficio tecnico'], ['Responsabile qualità', 'Qualità'], ['Amministratore delegato', 'Direzione']]
const opRole = (c) => row(OP_ROLES, (n(c) >> 1) % 7)
const opMail = (c) => `${slug(c.first)[0]}.${slug(c.last)}@${opFirm(c)[1]}`
const opCreated = (c) => open(Date.UTC(2020, 0, 10) + (n(c) % 1700) * day + (n(c) % 30000) * 1000, cet, 8, 18)
const opUpdated = (c) => open(opCreated(c) + (5 + (n(c) % 300)) * day, cet, 8, 18)
const opStage = (c) => row(['Lead', 'Prospect', 'Cliente', 'Lead', 'Prospect', 'Ex cliente', 'Cliente'], n(c) >> 2)

// ---------------------------------------------------------------- AllUnited: an Amersfoort field-hockey club
const AU_PLACES = [['Amersfoort', '3811', 'Utrechtseweg'], ['Amersfoort', '3818', 'Leusderweg'], ['Amersfoort', '3823', 'Vathorsterweg'], ['Amersfoort', '3816', 'Bisschopsweg'], ['Amersfoort', '3828', 'Hooglandseweg-Noord'], ['Leusden', '3831', 'Hamersveldseweg'], ['Soest', '3764', 'Soesterbergsestraat'], ['Amersfoort', '3813', 'Kapelweg'], ['Baarn', '3741', 'Eemnesserweg']]
const auPlace = (c) => row(AU_PLACES, (n(c) >> 1) % 9)
const auPc = (c) => `${auPlace(c)[1]} ${'ABCDEGHJKLMNPRSTVWXZ'[n(c) % 20]}${'ABCDEGHJKLMNPRSTVWXZ'[(n(c) >> 3) % 20]}`
const splitNl = (last) => { const m = last.match(/^((?:van der|van den|van de|van|de|den|ter|ten) )(.+)$/); return m ? [m[1].trim(), m[2]] : ['', last] }
const auBirth = (c) => Date.UTC(1962, 0, 1) + (n(c) % 20000) * day
const auAge = (c) => 2025 - new Date(auBirth(c)).getUTCFullYear()
const auKind = (c) => { const a = auAge(c); return a < 8 ? 'Jongste Jeugd (Funkey)' : a < 12 ? 'Junior D' : a < 14 ? 'Junior C' : a < 16 ? 'Junior B' : a < 18 ? 'Junior A' : n(c) % 5 === 0 ? 'Trimhockey' : n(c) % 7 === 0 ? 'Niet-spelend lid' : 'Senior' }
const auJunior = (c) => auAge(c) < 18
const auTeam = (c) => (auKind(c) === 'Niet-spelend lid' ? '' : auKind(c) === 'Trimhockey' ? `Trim ${fem(c) ? 'Dames' : 'Heren'} 1` : auJunior(c) ? `${auKind(c).startsWith('Jongste') ? 'F' : auKind(c).split(' ')[1]}${row(['1', '2', '3', '4'], n(c))}` : `${fem(c) ? 'Dames' : 'Heren'} ${auAge(c) >= 35 ? row(['Veteranen', 'Veteranen', '8', 'Veteranen B'], n(c) >> 1) : row(['1', '2', '3', '5', '7'], n(c) >> 1)}`)
const auFee = (c) => ({ 'Jongste Jeugd (Funkey)': 195, 'Junior D': 310, 'Junior C': 335, 'Junior B': 355, 'Junior A': 365, Senior: 425, Trimhockey: 240, 'Niet-spelend lid': 55 })[auKind(c)]
const auSince = (c) => Math.max(auBirth(c) + 6 * 365 * day, Date.UTC(2005, 7, 1) + (n(c) % 6800) * day)
const ibanNl = (c) => `NL${pad(10 + (n(c) % 89))}${row(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'ASNB'], n(c))}${pad((n(c) * 7919) % 10000000000, 10)}`

// ---------------------------------------------------------------- Scrap.io: a Bordeaux coffee roaster's prospect list
// [name, main category, categories, street, postcode, city, lat, lon, rating, reviews, price, domain, hours, phone]
const SC_PLACES = [
  ['Café Piha', 'Café', 'Café, Coffee shop', '69 Rue des Trois-Conils', '33000', 'Bordeaux', 44.8389, -0.5744, 4.7, 512, '€', 'cafepiha.fr', 'lun-ven 8h-18h; sam-dim 9h-18h', '05 56 44 21 87'],
  ['La Brasserie du Port', 'Restaurant', 'Restaurant, Brasserie', '3 Quai de Bacalan', '33300', 'Bordeaux', 44.8625, -0.5523, 4.2, 1386, '€€', 'brasserieduport-bordeaux.fr', 'tous les jours 12h-14h30, 19h-23h', '05 57 87 13 40'],
  ['Boulangerie Pâtisserie Lamarque', 'Boulangerie', 'Boulangerie, Pâtisserie, Salon de thé', '14 Place du Marché', '33400', 'Talence', 44.8085, -0.5889, 4.5, 233, '€', '', 'mar-dim 7h-19h30', '05 56 80 62 15'],
  ['Hôtel Le Palais Gallien', 'Hôtel', 'Hôtel, Hôtel de luxe', "144 Rue Abbé de l'Épée", '33000', 'Bordeaux', 44.8446, -0.5846, 4.6, 407, '€€€', 'hotelpalaisgallien.com', 'ouvert 24h/24', '05 57 08 30 30'],
  ['Le Petit Comptoir Arcachonnais', 'Café', 'Café, Bar à vin', '22 Boulevard de la Plage', '33120', 'Arcachon', 44.6609, -1.1682, 4.4, 318, '€€', 'petitcomptoir-arcachon.fr', 'mer-dim 9h-22h', '05 56 83 47 12'],
  ['Coworking Les Chartrons', 'Espace de coworking', 'Espace de coworking, Café', '9 Rue Notre-Dame', '33000', 'Bordeaux', 44.8531, -0.5712, 4.8, 96, '', 'coworking-chartrons.fr', 'lun-ven 8h30-19h', '09 72 45 18 63'],
  ['Le Bistrot de Libourne', 'Restaurant', 'Restaurant, Restaurant français', '5 Place Abel Surchamp', '33500', 'Libourne', 44.9153, -0.2437, 4.3, 544, '€€', '', 'mar-sam 12h-14h, 19h30-22h', '05 57 51 09 24'],
  ['Les Gourmandises de Mérignac', 'Salon de thé', 'Salon de thé, Pâtisserie', '31 Avenue de la Marne', '33700', 'Mérignac', 44.8377, -0.6451, 4.1, 189, '€', 'lesgourmandises-merignac.fr', 'mar-sam 9h-18h30', '05 56 97 35 58'],
  ['Torréfaction du Bassin', 'Café', 'Café, Torréfacteur', '7 Avenue de la Libération', '33138', 'Lanton', 44.7069, -1.0372, 4.6, 142, '€', 'torrefactiondubassin.fr', 'mar-sam 9h-12h30, 14h30-19h', '05 56 82 90 31'],
  ['Hôtel de la Tour Intendance', 'Hôtel', 'Hôtel, Hôtel de charme', '16 Rue de la Vieille Tour', '33000', 'Bordeaux', 44.8417, -0.5781, 4.7, 861, '€€€', 'hotel-tour-intendance.com', 'ouvert 24h/24', '05 56 44 56 56'],
  ['Au Comptoir de Saint-Émilion', 'Bar à vin', 'Bar à vin, Épicerie fine', '2 Rue de la Grande Fontaine', '33330', 'Saint-Émilion', 44.8942, -0.1554, 4.5, 673, '€€', 'comptoir-saintemilion.fr', 'tous les jours 10h-19h', '05 57 24 61 07'],
  ['Le Kiosque du Parc', 'Café', 'Café, Snack', 'Parc Bordelais, Rue du Bocage', '33200', 'Bordeaux', 44.8524, -0.6025, 3.9, 228, '€', '', 'avr-oct tous les jours 10h-19h', '06 62 18 40 93'],
  ['Maison Dubernet Boulangerie', 'Boulangerie', 'Boulangerie', '48 Cours de la Libération', '33600', 'Pessac', 44.8067, -0.6311, 4.4, 301, '€', 'maison-dubernet.fr', 'lun-sam 6h30-20h', '05 56 45 12 78'],
  ['Restaurant Le Cap Ferret Océan', 'Restaurant', 'Restaurant, Fruits de mer', '1 Boulevard de la Plage', '33970', 'Lège-Cap-Ferret', 44.6497, -1.2465, 4.0, 958, '€€€', 'capferret-ocean.fr', 'tous les jours 12h-15h, 19h-22h30', '05 56 60 64 35'],
  ['Pause Café Bègles', 'Café', 'Café, Coffee shop', '112 Route de Toulouse', '33130', 'Bègles', 44.8093, -0.5487, 4.3, 87, '€', 'pausecafe-begles.fr', 'lun-ven 7h30-17h', '05 56 49 73 22'],
  ['Brasserie Le Mascaret', 'Restaurant', 'Restaurant, Brasserie', '3 Quai Richelieu', '33000', 'Bordeaux', 44.8413, -0.5695, 4.1, 1422, '€€', 'brasserie-lemascaret.fr', 'tous les jours 8h-0h', '05 56 48 25 91'],
  ['Hôtel Ibis Styles Bordeaux Gare', 'Hôtel', 'Hôtel', '10 Rue Charles Domercq', '33800', 'Bordeaux', 44.8265, -0.5571, 3.8, 1703, '€€', 'all.accor.com', 'ouvert 24h/24', '05 56 92 12 34'],
  ['La Cabane à Goûter', 'Salon de thé', 'Salon de thé, Café', '27 Rue du Général de Gaulle', '33470', 'Gujan-Mestras', 44.6352, -1.0704, 4.6, 156, '€', '', 'mer-dim 14h-19h', '07 81 34 56 20'],
  ['Le Café du Théâtre', 'Bar', 'Bar, Café', '3 Place Pierre Renaudel', '33800', 'Bordeaux', 44.8283, -0.5605, 4.2, 411, '€€', 'cafedutheatre-bordeaux.fr', 'mar-sam 11h-1h', '05 57 95 77 20'],
  ['Coffee Lab Mérignac Soleil', 'Café', 'Café, Coffee shop', 'Centre commercial Mérignac Soleil, Avenue de la Somme', '33700', 'Mérignac', 44.8392, -0.6578, 4.0, 263, '€', 'coffeelab-merignac.fr', 'lun-sam 9h30-20h', '05 56 12 88 47'],
]
const scPlace = (i) => SC_PLACES[i % SC_PLACES.length]
const scMail = (i) => (scPlace(i)[11] && scPlace(i)[11] !== 'all.accor.com' && i % 4 !== 1 ? `${row(['contact', 'bonjour', 'reservation', 'info'], i >> 1)}@${scPlace(i)[11]}` : '')
const scSlug = (i) => slug(scPlace(i)[0]).slice(0, 22)
const placeId = (i) => `ChIJ${v.alnum(v.rng(hsh(scPlace(i)[0]) || 1), 23)}`

export const SETS = [
  // ---------------------------------------------------------------- US: B2B e-commerce orders
  { name: 'zoey-sales-orders-export', product: 'Zoey (zoey.com, B2B e-commerce platform; Admin > Sales > Orders > Export (CSV), one row per order with the buyer\'s company account, PO number and net terms, English UI (US), a Columbus, Ohio janitorial and sanitation supply distributor selling to schools, clinics and property managers)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => String(100012000 + n(o)), [OR('purchaseID')]],
    ['Purchased On', (c, o) => zoDT(zoAt(o)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => zoStatus(o), []],
    ['Account', (c) => zoAcct(c)[0], []],
    ['Account ID', (c) => zoAcct(c)[1], [], opt],
    ['Customer ID', (c) => String(2000 + (n(c) % 8000)), CUST_ID],
    ['Customer Name', (c) => `${c.first} ${c.last}`, []],
    ['Customer Email', (c) => `${slug(c.first)[0]}${slug(c.last)}@${zoDom(c)}`, EMAIL_ID],
    ['Customer Group', (c) => zoAcct(c)[2], []],
    ['PO Number', (c, o) => (zoCard(c) ? '' : `PO-${(n(o) * 31) % 90000 + 10000}`), [OR('purchaseOrderNumber')]],
    ['Payment Method', (c, o) => zoPay(c, o), [OR('payments[0].paymentType')]],
    ['Payment Terms', (c) => (zoCard(c) ? '' : zoAcct(c)[3]), []],
    ['Shipping Method', (c, o) => zoShipM(o), ['commerce.shipping.shippingMethod']],
    ['Bill to Name', (c) => zoAcct(c)[0], []],
    ['Billing Street', (c) => zoAcct(c)[4], [BILL('street1')]],
    ['Billing City', (c) => zoAcct(c)[5], [BILL('city')]],
    ['Billing State', (c) => zoAcct(c)[6], STATE(['commerce.billing.address'])],
    ['Billing Zip', (c) => zoAcct(c)[7], [BILL('postalCode')]],
    ['Ship to Name', (c) => `${c.first} ${c.last}`, []],
    ['Shipping Street', (c) => zoAcct(c)[4], [SHIP('street1')]],
    ['Shipping City', (c) => zoAcct(c)[5], [SHIP('city')]],
    ['Shipping State', (c) => zoAcct(c)[6], STATE(['commerce.shipping.address'])],
    ['Shipping Zip', (c) => zoAcct(c)[7], [SHIP('postalCode')]],
    ['Shipping Country', () => 'US', [SHIP('countryCode'), SHIP('country')]],
    ['Shipping Phone', (c) => zoAcct(c)[8], PHONE_ID, opt],
    ['Total Qty Ordered', (c, o) => String(Array.from({ length: zoLines(o) }, (_, k) => 1 + ((n(o) + k) % 4)).reduce((a, b) => a + b, 0)), [], opt],
    ['Subtotal', (c, o) => num(zoSub(o)), []],
    ['Shipping & Handling', (c, o) => num(zoShip(o)), ['commerce.shipping.shippingAmount']],
    ['Tax Amount', (c, o) => num(zoTax(c, o)), [OR('taxAmount')]],
    ['Discount Amount', (c, o) => num(-zoDisc(o)), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => (zoDisc(o) ? 'SPRINGCLEAN5' : ''), ['commerce.promotionID']],
    ['Grand Total (Base)', (c, o) => num(zoTotal(c, o)), [OR('priceTotal')]],
    ['Grand Total (Purchased)', (c, o) => num(zoTotal(c, o)), [OR('priceTotal')]],
    ['Total Paid', (c, o) => num(zoCard(c) && zoStatus(o) !== 'Canceled' ? zoTotal(c, o) : zoStatus(o) === 'Complete' || zoStatus(o) === 'Closed' ? zoTotal(c, o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Total Refunded', (c, o) => num(zoStatus(o) === 'Closed' ? zoTotal(c, o) : 0), [OR('refundTotal')]],
    ['Order Currency', () => 'USD', [OR('currencyCode')]],
    ['Sales Rep', (c) => row(['Tom Kessler', 'Angela Ruiz', 'House Account', 'Dwayne Little'], n(c) >> 1), []],
    ['Tracking Number', (c, o) => (zoShipM(o) === 'UPS Ground' && ['Complete', 'Closed'].includes(zoStatus(o)) ? `1Z9A27W80${pad((n(o) * 104729) % 100000000, 8)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Updated At', (c, o) => zoDT(zoAt(o) + (1 + (n(o) % 9)) * day), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- UK: e-mail marketing contacts
  { name: 'newzapp-contacts-export-uk', product: 'NewZapp (Devon e-mail marketing tool; Contacts > Groups > [group] > Export contacts (CSV), one row per contact with the standard fields and the account\'s custom fields, English UI (UK), a Harrogate, North Yorkshire garden centre\'s customer newsletter list)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => UK(c).email, ['personalEmail.address']],
    ['Title', (c) => (n(c) % 4 === 1 ? '' : UK(c).female ? row(['Mrs', 'Ms', 'Miss', 'Mrs', 'Dr'], n(c) >> 1) : row(['Mr', 'Mr', 'Dr', 'Mr'], n(c) >> 1)), ['person.name.courtesyTitle']],
    ['First Name', (c) => UK(c).first, ['person.name.firstName']],
    ['Surname', (c) => UK(c).last, ['person.name.lastName']],
    ['Company', (c) => (n(c) % 9 === 4 ? row(['Nidd Valley Landscapes', 'Harrogate Ladies\' College', 'Ripon Allotment Society'], n(c) >> 2) : ''), ['organizations[0]'], opt],
    ['Address 1', (c) => (n(c) % 3 === 2 ? '' : UK(c).street), at(HOME, 'street1')],
    ['Address 2', (c) => (n(c) % 3 === 2 || n(c) % 5 ? '' : row(['Flat 2', 'Pannal', 'Killinghall', 'Bilton'], n(c) >> 1)), at(HOME, 'street2')],
    ['Town', (c) => (n(c) % 3 === 2 ? '' : UK(c).city), at(HOME, 'city')],
    ['County', (c) => (n(c) % 3 === 2 ? '' : UK(c).region), STATE(HOME)],
    ['Postcode', (c) => (n(c) % 3 === 2 ? '' : UK(c).postal), at(HOME, 'postalCode')],
    ['Country', (c) => (n(c) % 3 === 2 ? '' : 'United Kingdom'), at(HOME, 'country')],
    ['Telephone', (c) => UK(c).land, ['homePhone.number']],
    ['Mobile', (c) => (n(c) % 4 === 0 ? '' : UK(c).mobile), ['mobilePhone.number']],
    ['Birthday', (c) => (n(c) % 3 ? '' : (() => { const p = v.parts(UK(c).birth); return `${pad(p.d)}/${pad(p.m)}` })()), ['person.birthDayAndMonth']],
    ['Status', (c) => nzState(c), ['personalEmail.status'], opt],
    ['Date Added', (c) => nzDT(nzAdded(c)), [], opt],
    ['Source', (c) => nzSource(c), []],
    ['Last Opened', (c) => (nzState(c) === 'Hard bounce' || n(c) % 6 === 0 ? '' : nzDT(nzAdded(c) + (30 + (n(c) % 600)) * day)), []],
    ['Last Clicked', (c) => (nzState(c) === 'Hard bounce' || n(c) % 3 ? '' : nzDT(nzAdded(c) + (40 + (n(c) % 500)) * day)), []],
    ['Unsubscribe Date', (c) => (nzState(c) === 'Unsubscribed' ? nzDT(nzAdded(c) + (90 + (n(c) % 700)) * day) : ''), [], opt],
    ['Privilege Card Number', (c) => (n(c) % 5 === 3 ? '' : `63900${pad((n(c) * 7919) % 10000000, 7)}`), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Interests', (c) => row(NZ_INT, n(c) >> 2), []],
    ['Preferred Store', (c) => row(['Harrogate', 'Harrogate', 'Ripon'], n(c) >> 3), []],
    ['GDPR Consent Date', (c) => dmy(gmt(Math.max(nzAdded(c), Date.UTC(2018, 4, 14) + (n(c) % 20) * day)), '/'), [], opt],
  ] },

  // ---------------------------------------------------------------- Australia: payment gateway transactions
  { name: 'bpoint-transaction-search-export-au', product: 'BPOINT (Commonwealth Bank\'s payment gateway; Merchant Back Office > Transactions > Search > Export (CSV), one row per transaction with CRN1-3, surcharge and bank response, English UI (AU), times in AEST, a Toowoomba, Queensland rural-supplies store taking web-shop and phone orders)', family: 'payments', language: 'en', schema: E, cols: [
    ['Txn Number', (c, o) => String(100000000 + ((n(o) * 104729) % 900000000)), ['_id', OR('payments[0].transactionID')]],
    ['Receipt Number', (c, o) => (bpOk(o) ? String(50000000000 + ((n(o) * 7919) % 9999999999)) : ''), [OR('payments[0].transactionID')], opt],
    ['Merchant Number', () => '5353109874302011', []],
    ['Biller Code', () => '1249317', []],
    ['Processed Date', (c, o) => bpDT(bpAt(o)), ['timestamp']],
    ['Settlement Date', (c, o) => (bpOk(o) ? bpSettle(o) : ''), []],
    ['Action', (c, o) => bpType(o), [], opt],
    ['Sub Type', (c, o) => (n(o) % 11 === 2 ? 'Recurring' : 'Single'), []],
    ['Source', (c, o) => bpSource(o), [], opt],
    ['CRN1', (c, o) => `W${pad(40000 + (n(o) % 60000), 6)}`, [OR('purchaseID')]],
    ['CRN2', (c) => (n(c) % 3 ? `DDS${pad(n(c) % 100000, 5)}` : ''), CUST_ID, opt],
    ['CRN3', (c, o) => (bpSource(o) === 'Call Centre' ? row(['phone order - Kerri', 'phone order - Glenn', 'stock feed acct'], n(o) >> 2) : ''), []],
    ['Amount Original', (c, o) => num(bpBase(o)), [OR('priceTotal')], opt],
    ['Amount Surcharge', (c, o) => num(bpSur(o)), []],
    ['Amount', (c, o) => num(bpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Card Type', (c, o) => bpCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o) => `${bpCard(o)[1]}${pad((n(o) * 37) % 100000, 5)}...${pad((n(o) * 7919) % 1000, 3)}`, []],
    ['Expiry Date', (c, o) => `${pad(1 + (n(o) % 12))}${pad(25 + (n(o) % 5))}`, []],
    ['Cardholder Name', (c) => `${AU(c).first} ${AU(c).last}`.toUpperCase(), []],
    ['Email Address', (c, o) => (bpSource(o) === 'Internet' ? AU(c).email : ''), EMAIL_ID],
    ['Response Code', (c, o) => bpResp(o)[0], []],
    ['Response Text', (c, o) => bpResp(o)[1], []],
    ['Authorisation Result', (c, o) => (bpOk(o) ? String(100000 + ((n(o) * 31) % 899999)) : ''), []],
    ['Bank Response Code', (c, o) => (bpOk(o) ? '00' : bpResp(o)[0]), []],
    ['Is Test Txn', () => 'False', []],
    ['Fraud Screening Result', (c, o) => (bpSource(o) === 'Internet' ? row(['Accept', 'Accept', 'Accept', 'Review'], n(o) >> 3) : ''), []],
    ['IP Address', (c, o) => (bpSource(o) === 'Internet' ? `${row(['1.145', '49.195', '120.148', '203.219', '110.174'], n(o))}.${(n(o) * 7) % 256}.${1 + (n(o) % 254)}` : ''), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- South Africa: festival ticket report
  { name: 'howler-ticket-holders-report-za', product: 'Howler (howler.co.za, South African ticketing and cashless platform; Organiser dashboard > Events > [event] > Reports > Ticket holders (CSV), one row per ticket with the purchaser, the holder, the scan and the cashless wristband, English UI (ZA), times in SAST, a Stellenbosch wine-and-food festival)', family: 'events', language: 'en', schema: E, cols: [
    ['Ticket ID', (c, o, r, i) => `HWT${pad((n(o) * 13 + i) % 10000000, 7)}`, ['_id'], opt],
    ['Order Number', (c, o) => `HWL-${pad((n(o) * 104729) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => zaDT(o.at), ['timestamp', OR('createdDate')]],
    ['Event', () => 'Stellenbosch Wine & Food Festival', [PL('name')], opt],
    ['Event Date', (c, o, r, i) => ymd(v.parts(hwDay(o, i))), []],
    ['Ticket Type', (c, o, r, i) => hwTix(o, i)[0], [PL('name'), PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticket Price', (c, o, r, i) => rand(hwTix(o, i)[1]), [PL('priceTotal')], opt],
    ['Booking Fee', (c, o, r, i) => rand(hwFee(o, i)), []],
    ['Discount', (c, o, r, i) => rand(hwDisc(o, i) * o.qty), [OR('discountAmount')]],
    ['Promo Code', (c, o, r, i) => (hwDisc(o, i) ? 'WINELOVER50' : ''), ['commerce.promotionID']],
    ['Order Total', (c, o, r, i) => rand(hwTotal(o, i)), [OR('priceTotal')]],
    ['Currency', () => 'ZAR', [OR('currencyCode')]],
    ['Payment Method', (c, o, r, i) => hwPay(o, i), [OR('payments[0].paymentType')]],
    ['Ticket Status', (c, o) => hwStatus(o), []],
    ['Purchaser First Name', (c) => ZA(c).first, []],
    ['Purchaser Surname', (c) => ZA(c).last, []],
    ['Purchaser Email', (c) => ZA(c).email, EMAIL_ID],
    ['Purchaser Cellphone', (c) => ZA(c).mobile, PHONE_ID, opt],
    ['Ticket Holder Name', (c, o) => (hwStatus(o) === 'Transferred' || o.qty > 1 ? `${row(['Anel', 'Sizwe', 'Brandon', 'Nomsa', 'Jaco'], n(o))} ${row(['Kruger', 'Zulu', 'Daniels', 'Mahlangu', 'Visser'], n(o) >> 2)}` : `${ZA(c).first} ${ZA(c).last}`), []],
    ['Ticket Holder Email', (c, o) => (hwStatus(o) === 'Transferred' ? `${row(['anel.kruger', 'sizwe.z', 'brandond', 'nomsa.mahlangu', 'jvisser'], n(o))}@gmail.com` : ZA(c).email), [], opt],
    ['ID Number', (c) => saId(c), []],
    ['Age', (c) => String(saAge(c)), []],
    ['Province', (c) => ZA(c).region, [BILL('stateProvince'), BILL('state')], opt],
    ['Scanned', (c, o, r, i) => (hwScanned(o, i) ? 'Yes' : 'No'), []],
    ['Scan Time', (c, o, r, i) => (hwScanned(o, i) ? zaDT(hwDay(o, i) + (8 + (n(o) % 6)) * 3600000 + (n(o) % 3600) * 1000) : ''), [], opt],
    ['Gate', (c, o, r, i) => (hwScanned(o, i) ? row(['Main Gate', 'Main Gate', 'VIP Entrance', 'Shuttle Drop-off'], n(o) >> 1) : ''), []],
    ['Wristband UID', (c, o, r, i) => (hwScanned(o, i) ? `04${v.hex(seeded(c, `wb${i}`), 12).toUpperCase()}` : ''), []],
    ['Cashless Top-up', (c, o, r, i) => rand(hwScanned(o, i) ? row([0, 200, 500, 300, 1000, 150], n(o) >> 2) : 0), []],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- France: contact-centre call history
  { name: 'diabolocom-historique-appels-export-fr', product: 'Diabolocom (centre de contacts cloud; Supervision > Historique des appels > Exporter (CSV), one row per inbound or outbound call with its queue, agent, durations and the agent\'s qualification, French UI, heure de Paris, the customer-service team of a Lyon online bedding and mattress retailer)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID appel', (c, o) => `${pad(3000000 + ((n(o) * 7919) % 900000), 7)}-${pad(n(o) % 1000, 3)}`, ['_id']],
    ['Date', (c, o) => dmy(cet(dbAt(o)), '/'), ['timestamp']],
    ['Heure', (c, o) => hms(cet(dbAt(o))), [], opt],
    ['Sens', (c, o) => dbDir(o), []],
    ['Campagne', (c, o) => (dbDir(o) === 'Sortant' ? 'Rappels SAV' : 'Service client'), []],
    ["File d'attente", (c, o) => dbQueue(o), []],
    ['Numéro client', (c) => c.mobile.replace('+33 ', '0'), PHONE_ID, opt],
    ['Numéro SDA', () => '04 78 92 31 50', []],
    ['Agent', (c, o) => (dbTalked(o) ? row(dbAgents, n(o) >> 1) : ''), []],
    ['Statut', (c, o) => dbState(o), []],
    ["Temps d'attente", (c, o) => dur(dbWait(o)), []],
    ['Durée de conversation', (c, o) => dur(dbTalk(o)), []],
    ['Durée post-appel', (c, o) => dur(dbWrap(o)), []],
    ['Qualification', (c, o) => dbQual(o)[0], []],
    ['Sous-qualification', (c, o) => dbQual(o)[1], []],
    ['Commentaire agent', (c, o) => (dbTalked(o) ? row(['', 'Client rappellera', 'Bon de retour envoyé par mail', '', 'Geste co 10% proposé', 'RDV livraison décalé au jeudi', ''], n(o) >> 2) : ''), []],
    ['N° commande', (c, o) => (dbKnown(o) && dbQueue(o) !== 'Avant-vente' ? `LY${pad(240000 + ((n(o) * 13) % 90000), 7)}` : ''), [OR('purchaseID')], opt],
    ['ID client', (c, o) => (dbKnown(o) ? `C${pad(n(c) % 1000000, 7)}` : ''), CUST_ID, opt],
    ['E-mail client', (c, o) => (dbKnown(o) ? c.email : ''), EMAIL_ID],
    ['Enregistrement', (c, o) => (dbTalked(o) ? 'Oui' : 'Non'), []],
    ['Transféré', (c, o) => (dbTalked(o) && n(o) % 9 === 2 ? 'Oui' : 'Non'), []],
    ['Raccroché par', (c, o) => (dbTalked(o) ? row(['Client', 'Agent', 'Client'], n(o)) : dbState(o) === 'Abandonné' ? 'Client' : 'Système'), []],
    ['Note enquête', (c, o) => (dbTalked(o) && dbDir(o) === 'Entrant' && n(o) % 3 === 0 ? String(1 + ((n(o) >> 2) % 5)) : ''), []],
  ] },

  // ---------------------------------------------------------------- Korea: app-analytics raw events
  { name: 'adbrix-raw-data-download-ko', product: 'Adbrix (IGAWorks app analytics and attribution; 리포트 > 로우 데이터 > 다운로드 (CSV), one row per in-app event with device, attribution and commerce properties, Korean UI, times in KST, a Seoul meal-kit delivery app)', family: 'analytics', language: 'ko', schema: E, cols: [
    ['이벤트 일시', (c, o) => krDT(o.at), ['timestamp']],
    ['이벤트명', (c, o) => abEv(o), ['eventType']],
    ['이벤트 ID', (c, o, r) => v.uuid(r), ['_id']],
    ['ADID', (c, o) => abAdid(o, c), ['device.typeID'], opt],
    ['IDFV', (c, o) => (abDev(o)[0] === 'iOS' ? v.uuid(seeded(c, 'idfv')).toUpperCase() : ''), [], opt],
    ['유저 ID', (c) => abUser(c), CUST_ID],
    ['OS', (c, o) => abDev(o)[0], ['environment.operatingSystem']],
    ['OS 버전', (c, o) => abDev(o)[1], ['environment.operatingSystemVersion']],
    ['기기 모델', (c, o) => abDev(o)[2], ['device.model', 'device.modelNumber']],
    ['제조사', (c, o) => abDev(o)[3], ['device.manufacturer']],
    ['통신사', (c, o) => row(['SKTelecom', 'KT', 'LG U+', 'SKTelecom', '', 'KT'], n(o) >> 1), ['environment.carrier']],
    ['네트워크', (c, o) => row(['wifi', 'cellular', 'wifi', 'cellular', 'cellular'], n(o) >> 2), ['environment.connectionType']],
    ['국가', () => 'KR', [GEO('countryCode')]],
    ['언어', () => 'ko', ['environment._dc.language']],
    ['앱 버전', (c, o) => row(['4.12.0', '4.12.1', '4.11.3', '4.12.1'], n(o) >> 3), []],
    ['IP', (c, o) => `${row(['211.234', '121.134', '175.223', '223.38', '1.235'], n(o))}.${(n(o) * 7) % 256}.${1 + (n(o) % 254)}`, ['environment.ipV4']],
    ['채널', (c) => abCh(c)[0], [], opt],
    ['캠페인', (c) => abCh(c)[1], ['marketing.campaignName']],
    ['광고그룹', (c) => abCh(c)[2], [], opt],
    ['주문 ID', (c, o) => (abBuy(o) ? `20${pad((n(o) * 104729) % 100000000000, 11)}` : ''), [OR('purchaseID')]],
    ['상품 ID', (c, o) => (abItem(o) ? abProd(o)[0] : ''), [PL('SKU')]],
    ['상품명', (c, o) => (abItem(o) ? abProd(o)[1] : ''), [PL('name')]],
    ['카테고리', (c, o) => (abItem(o) ? abProd(o)[2] : ''), [PL('productCategories[0].categoryName')]],
    ['수량', (c, o) => (abItem(o) ? String(abQty(o)) : ''), [PL('quantity')]],
    ['단가', (c, o) => (abItem(o) ? String(abProd(o)[3]) : ''), [PL('priceTotal')], opt],
    ['할인 금액', (c, o) => (abBuy(o) ? String(abDisc(o)) : ''), [OR('discountAmount')]],
    ['배송비', (c, o) => (abBuy(o) ? String(abShip(o)) : ''), ['commerce.shipping.shippingAmount']],
    ['매출액', (c, o) => (abBuy(o) ? String(abRev(o)) : ''), [OR('priceTotal')]],
    ['통화', (c, o) => (abItem(o) ? 'KRW' : ''), [OR('currencyCode'), PL('currencyCode')]],
    ['결제수단', (c, o) => (abBuy(o) ? row(['카카오페이', '네이버페이', '신용카드', '토스페이', '신용카드'], n(o) >> 2) : ''), [OR('payments[0].paymentType')]],
  ] },

  // ---------------------------------------------------------------- Portugal: ticketing sales
  { name: 'blueticket-vendas-export-pt', product: 'Blueticket (blueticket.pt, Portuguese ticketing platform; Área do Promotor > Relatórios > Vendas > Exportar (CSV), one row per ticket sold with seat, sales channel, payment and buyer, Portuguese (Portugal) UI, hora de Lisboa, a Porto stand-up comedy promoter)', family: 'events', language: 'pt', schema: E, cols: [
    ['N.º Encomenda', (c, o) => `BT${pad((n(o) * 104729) % 100000000, 8)}`, [OR('purchaseID')]],
    ['Data da Compra', (c, o) => ptDT(o.at), ['timestamp', OR('createdDate')]],
    ['Espetáculo', (c, o) => btShow(o)[0], [PL('name')]],
    ['Data do Espetáculo', (c, o) => `${dmy(btShowP(o), '/')} ${hm(btShowP(o))}`, []],
    ['Recinto', (c, o) => btShow(o)[1], []],
    ['Setor', (c, o) => btShow(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Fila', (c, o) => (btShow(o)[2] === 'Lugar não marcado' ? '' : row(['A', 'C', 'F', 'H', 'K', 'M', 'P'], n(o) >> 2)), []],
    ['Lugar', (c, o) => (btShow(o)[2] === 'Lugar não marcado' ? '' : String(1 + (n(o) % 28))), []],
    ['Tipo de Bilhete', (c, o) => btType(o), [], opt],
    ['Preço', (c, o) => eurPt(btPrice(o)), [PL('priceTotal')], opt],
    ['Taxa de Serviço', (c, o) => eurPt(btFee(o)), []],
    ['Total', (c, o) => eurPt(btPrice(o) + btFee(o)), [OR('priceTotal')]],
    ['Canal de Venda', (c, o) => btChannel(o), []],
    ['Meio de Pagamento', (c, o) => btPay(o), [OR('payments[0].paymentType')]],
    ['Referência MB', (c, o) => (btPay(o) === 'Referência Multibanco' ? `${(n(o) * 37) % 900 + 100} ${(n(o) * 7) % 900 + 100} ${(n(o) * 13) % 900 + 100}` : ''), [], opt],
    ['Código Promocional', (c, o) => (o.discount && btType(o) === 'Normal' ? 'RIRPORTO' : ''), ['commerce.promotionID']],
    ['Nome', (c, o) => (btChannel(o) === 'Online' || btChannel(o) === 'Promotor' ? PTL(c).full : ''), []],
    ['Email', (c, o) => (btChannel(o) === 'Online' || btChannel(o) === 'Promotor' ? PTL(c).email : ''), EMAIL_ID],
    ['Telemóvel', (c, o) => (btChannel(o) === 'Online' ? `+351 ${PTL(c).mobile}` : ''), PHONE_ID, opt],
    ['NIF', (c, o) => (btChannel(o) === 'Online' && n(c) % 3 === 0 ? nifOf(n(c)) : ''), []],
    ['Código Postal', (c, o) => (btChannel(o) === 'Online' ? PTL(c).postal : ''), [BILL('postalCode')], opt],
    ['Localidade', (c, o) => (btChannel(o) === 'Online' ? PTL(c).city : ''), [BILL('city')], opt],
    ['Estado', (c, o) => btState(o), []],
    ['Código de Barras', (c, o) => `2${pad((n(o) * 7919) % 1000000000000, 12)}`, []],
    ['Data de Validação', (c, o) => (btState(o) === 'Validado' ? `${dmy(btShowP(o), '/')} ${pad(20 + (n(o) % 2))}:${pad((n(o) * 7) % 60)}` : ''), []],
    ['Aceita Comunicações', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
  ] },

  // ---------------------------------------------------------------- Germany: digital stamp-card customers
  { name: 'stampay-kunden-export-de', product: 'Stampay (digitale Stempelkarte und Kundenbindungs-App; Dashboard > Kunden > Export (CSV), one row per app customer with stamp, reward and visit counts, German UI, a Freiburg im Breisgau organic bakery with five branches)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c) => `K${pad((n(c) * 7) % 1000000, 6)}`, ['_id', 'personID']],
    ['Kartennummer', (c) => `${pad(4100 + (n(c) % 900), 4)} ${pad((n(c) * 31) % 10000, 4)} ${pad((n(c) * 7919) % 10000, 4)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => (n(c) % 7 === 3 ? '' : c.last), ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 === 1 ? c.mobile.replace(/ /g, '') : ''), ['mobilePhone.number']],
    ['Geburtstag', (c) => (n(c) % 4 === 2 ? '' : dmy(v.parts(c.birth))), ['person.birthDate']],
    ['Geschlecht', (c) => (n(c) % 5 === 1 ? 'keine Angabe' : fem(c) ? 'weiblich' : 'männlich'), ['person.gender']],
    ['PLZ', (c) => row(SP_PLZ, n(c) >> 1), at(HOME, 'postalCode')],
    ['Registriert am', (c) => deDT(spJoin(c)), ['loyalty.joinDate']],
    ['Stammfiliale', (c) => row(spBranches, n(c) >> 2), []],
    ['Besuche', (c) => String(spVisits(c)), []],
    ['Stempel gesamt', (c) => String(spTotal(c)), ['loyalty.lifetimePoints'], opt],
    ['Stempel aktuell', (c) => String(spTotal(c) % 10), ['loyalty.points'], opt],
    ['Prämien eingelöst', (c) => String(spRewards(c)), [], opt],
    ['Prämien offen', (c) => String(spOpen(c)), []],
    ['Letzter Besuch', (c) => deDT(spLast(c)), [], opt],
    ['Status', (c) => (spActive(c) ? 'aktiv' : 'inaktiv'), ['loyalty.status'], opt],
    ['Push-Benachrichtigungen', (c) => (n(c) % 3 ? 'Ja' : 'Nein'), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Registrierungsweg', (c) => row(['QR-Code an der Theke', 'App Store', 'Google Play', 'QR-Code an der Theke', 'Web-App'], n(c) >> 3), []],
    ['Geworben von', (c) => (n(c) % 8 === 5 ? `K${pad((n(c) * 13) % 1000000, 6)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- Netherlands: sports-club member list
  { name: 'allunited-ledenlijst-export-nl', product: 'AllUnited (ledenadministratie voor verenigingen; Leden > Ledenlijst > Exporteren (CSV), one row per member with membership type, team, contribution and SEPA mandate, Dutch UI, an Amersfoort field-hockey club)', family: 'crm', language: 'nl', schema: P, cols: [
    ['Relatienummer', (c) => String(100000 + (n(c) % 900000)), ['_id', 'personID']],
    ['Bondsnummer', (c) => `${row(['D', 'H', 'F', 'G'], n(c))}${row(['JKL', 'BRT', 'MPV', 'SWN', 'CXZ'], n(c) >> 1)}${pad(n(c) % 100)}${row(['A', 'S', 'T', 'R'], n(c) >> 3)}`, [], opt],
    ['Voorletters', (c) => `${c.first[0]}.${n(c) % 3 === 0 ? `${row(['J', 'M', 'A', 'W', 'H'], n(c) >> 2)}.` : ''}`, [], opt],
    ['Roepnaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => splitNl(c.last)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => splitNl(c.last)[1], ['person.name.lastName']],
    ['Geslacht', (c) => (fem(c) ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => dmy(v.parts(auBirth(c)), '-'), ['person.birthDate']],
    ['Straat', (c) => auPlace(c)[2], at(HOME, 'street1')],
    ['Huisnummer', (c) => String(1 + (n(c) % 212)), [], opt],
    ['Toevoeging', (c) => (n(c) % 6 === 1 ? row(['A', 'bis', '2', 'B'], n(c) >> 2) : ''), [], opt],
    ['Postcode', (c) => auPc(c), at(HOME, 'postalCode')],
    ['Woonplaats', (c) => auPlace(c)[0], at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoon', (c) => (n(c) % 3 === 0 ? `033-${v.int(seeded(c, 'tel'), 4000000, 4999999)}` : ''), ['homePhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['E-mail ouder/verzorger', (c) => (auJunior(c) ? `${row(['ouders', 'fam', 'j.'], n(c))}${slug(splitNl(c.last)[1])}@${row(['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.com'], n(c) >> 1)}` : ''), [], opt],
    ['Lid sinds', (c) => dmy(v.parts(auSince(c)), '-'), [], opt],
    ['Lidsoort', (c) => auKind(c), []],
    ['Team', (c) => auTeam(c), []],
    ['Contributie', (c) => `€ ${dec(auFee(c))}`, []],
    ['IBAN', (c) => ibanNl(c), []],
    ['Machtiging incasso', (c) => (n(c) % 9 === 4 ? 'Nee' : 'Ja'), []],
    ['Vrijwilligerstaak', (c) => row(['', 'Bardienst', '', 'Scheidsrechter', 'Teambegeleider', '', 'Trainer'], n(c) >> 2), []],
    ['Toestemming foto\'s', (c) => (n(c) % 4 === 3 ? 'Nee' : 'Ja'), []],
    ['Afmelddatum', (c) => (n(c) % 11 === 6 ? `30-06-${2023 + (n(c) % 3)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- France: Google Maps business list (B2B)
  { name: 'scrapio-export-etablissements-fr', product: 'Scrap.io (extracteur de fiches Google Maps; Mes exports > Télécharger (CSV), one row per business place with the e-mail and social links found on its website, French UI, a Bordeaux specialty-coffee roaster prospecting cafés, restaurants and hotels in Gironde)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['Nom', (c, o, r, i) => scPlace(i)[0], CO],
    ['Catégorie principale', (c, o, r, i) => scPlace(i)[1], []],
    ['Catégories', (c, o, r, i) => scPlace(i)[2], []],
    ['Adresse complète', (c, o, r, i) => `${scPlace(i)[3]}, ${scPlace(i)[4]} ${scPlace(i)[5]}, France`, [W('street1')], opt],
    ['Rue', (c, o, r, i) => scPlace(i)[3], [W('street1')]],
    ['Code postal', (c, o, r, i) => scPlace(i)[4], [W('postalCode')]],
    ['Ville', (c, o, r, i) => scPlace(i)[5], [W('city')]],
    ['Département', () => 'Gironde', [W('stateProvince'), W('state'), W('region')], opt],
    ['Pays', () => 'France', [W('country')]],
    ['Code pays', () => 'FR', [W('countryCode')]],
    ['Latitude', (c, o, r, i) => String(scPlace(i)[6]), ['workAddress._schema.latitude']],
    ['Longitude', (c, o, r, i) => String(scPlace(i)[7]), ['workAddress._schema.longitude']],
    ['Téléphone', (c, o, r, i) => scPlace(i)[13], ['workPhone.number']],
    ['Téléphone international', (c, o, r, i) => `+33 ${scPlace(i)[13].slice(1)}`, ['workPhone.number']],
    ['Site web', (c, o, r, i) => (scPlace(i)[11] === 'all.accor.com' ? 'https://all.accor.com/hotel/B4U1/index.fr.shtml' : scPlace(i)[11] ? `https://www.${scPlace(i)[11]}/` : ''), ['b2b.companyWebsite']],
    ['Email', (c, o, r, i) => scMail(i), ['workEmail.address']],
    ['Facebook', (c, o, r, i) => (i % 3 ? `https://www.facebook.com/${scSlug(i)}` : ''), []],
    ['Instagram', (c, o, r, i) => (i % 4 !== 2 ? `https://www.instagram.com/${scSlug(i)}/` : ''), []],
    ['LinkedIn', (c, o, r, i) => (scPlace(i)[1] === 'Hôtel' || scPlace(i)[1] === 'Espace de coworking' ? `https://www.linkedin.com/company/${scSlug(i)}` : ''), []],
    ['Note', (c, o, r, i) => String(scPlace(i)[8]).replace('.', ','), []],
    ["Nombre d'avis", (c, o, r, i) => String(scPlace(i)[9]), []],
    ['Gamme de prix', (c, o, r, i) => scPlace(i)[10], []],
    ['Horaires', (c, o, r, i) => scPlace(i)[12], []],
    ['Statut', (c, o, r, i) => (i === 11 ? 'Fermé temporairement' : 'Ouvert'), []],
    ['Fiche revendiquée', (c, o, r, i) => (i % 5 === 1 ? 'Non' : 'Oui'), []],
    ['Lien Google Maps', (c, o, r, i) => `https://www.google.com/maps/place/?q=place_id:${placeId(i)}`, []],
    ['Place ID', (c, o, r, i) => placeId(i), [...ACCT, 'extSourceSystemAudit.externalID'], opt],
  ] },

  // ---------------------------------------------------------------- Germany: funnel responses (B2B solar leads)
  { name: 'heyflow-antworten-export-de', product: 'Heyflow (Hamburg no-code funnel builder; Flow > Antworten > Exportieren (CSV), one row per submitted response with the flow\'s questions as columns and the tracking parameters, German UI, a Stuttgart commercial-solar installer\'s "Gewerbe-PV Dachcheck" lead funnel)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Antwort-ID', (c) => v.alnum(seeded(c, 'hf'), 20), B2BID],
    ['Eingegangen am', (c) => { const p = cet(open(c.created, cet, 6, 22)); return `${dmy(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Flow', () => 'Gewerbe-PV Dachcheck', []],
    ['Welche Art von Gebäude möchten Sie mit PV ausstatten?', (c) => hfFirm(c)[2], []],
    ['Wie groß ist die Dachfläche ungefähr (m²)?', (c) => String(hfFirm(c)[3]), []],
    ['Welche Dachform hat das Gebäude?', (c) => row(['Flachdach', 'Satteldach', 'Pultdach', 'Sheddach', 'Flachdach'], n(c) >> 1), []],
    ['Jährlicher Stromverbrauch (kWh)', (c) => String(hfFirm(c)[4]), []],
    ['Sind Sie Eigentümer des Gebäudes?', (c) => row(['Ja', 'Ja', 'Nein, Mieter', 'Ja'], n(c) >> 2), []],
    ['Interesse an Stromspeicher?', (c) => row(['Ja', 'Vielleicht', 'Nein'], n(c) >> 1), []],
    ['Wann soll die Anlage in Betrieb gehen?', (c) => row(['In den nächsten 6 Monaten', 'Innerhalb von 12 Monaten', 'Noch offen'], n(c) >> 3), []],
    ['Firmenname', (c) => hfFirm(c)[0], CO],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => hfRole(c), ['extendedWorkDetails.jobTitle']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${hfFirm(c)[1]}`, ['workEmail.address']],
    ['Telefon', (c) => (n(c) % 3 === 0 ? c.mobile.replace('+49 ', '0') : `${HF_AREA[hfFirm(c)[7]]} ${v.int(seeded(c, 'hft'), 100000, 999999)}${n(c) % 2 ? `-${v.int(seeded(c, 'hfd'), 10, 299)}` : ''}`), ['workPhone.number', 'mobilePhone.number']],
    ['Straße und Hausnummer', (c) => hfFirm(c)[5], [W('street1')]],
    ['PLZ', (c) => hfFirm(c)[6], [W('postalCode')]],
    ['Ort', (c) => hfFirm(c)[7], [W('city')]],
    ['Datenschutzerklärung akzeptiert', () => 'true', [], opt],
    ['utm_source', (c) => hfUtm(c)[0], ['b2b.personSource'], opt],
    ['utm_medium', (c) => hfUtm(c)[1], []],
    ['utm_campaign', (c) => hfUtm(c)[2], []],
    ['gclid', (c) => (hfUtm(c)[3] ? `${hfUtm(c)[3]}${v.alnum(seeded(c, 'gc'), 30)}` : ''), []],
    ['Gerät', (c) => row(['Desktop', 'Mobil', 'Desktop', 'Tablet', 'Mobil'], n(c) >> 2), []],
  ] },

  // ---------------------------------------------------------------- Italy: CRM contacts (B2B)
  { name: 'onpipeline-contatti-export-it', product: 'Onpipeline (CRM italiano in cloud; Contatti > Esporta (CSV), one row per contact person with the linked company, owner, stage and source, Italian UI, a Padua industrial-automation and robotics systems integrator\'s sales pipeline in the Veneto)', family: 'crm', language: 'it', schema: B, cols: [
    ['ID', (c) => String(48000 + (n(c) % 52000)), B2BID],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Azienda', (c) => opFirm(c)[0], CO],
    ['Ruolo', (c) => opRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Reparto', (c) => opRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => opMail(c), ['workEmail.address']],
    ['Telefono', (c) => opFirm(c)[8], ['workPhone.number']],
    ['Cellulare', (c) => (n(c) % 3 === 2 ? '' : c.mobile), ['mobilePhone.number']],
    ['Indirizzo', (c) => opFirm(c)[4], [W('street1')]],
    ['CAP', (c) => opFirm(c)[5], [W('postalCode')]],
    ['Città', (c) => opFirm(c)[6], [W('city')]],
    ['Provincia', (c) => opFirm(c)[7], STATE(['workAddress'])],
    ['Nazione', () => 'Italia', [W('country')]],
    ['Sito web', (c) => `www.${opFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Partita IVA', (c) => `IT${opFirm(c)[2]}`, []],
    ['Settore', (c) => opFirm(c)[3], []],
    ['Origine', (c) => row(['Fiera SPS Italia Parma', 'Sito web', 'Passaparola', 'LinkedIn', 'Fiera MECSPE Bologna', 'Sito web'], n(c) >> 1), ['b2b.personSource']],
    ['Stato', (c) => opStage(c), ['b2b.personStatus'], opt],
    ['Punteggio', (c) => String(10 + (n(c) % 90)), ['b2b.personScore'], opt],
    ['Responsabile', (c) => row(['Marco Zanella', 'Elisa Trevisan', 'Davide Baldan'], n(c) >> 3), []],
    ['Tag', (c) => row(['robot pallettizzazione', 'retrofit PLC; Industria 4.0', '', 'visione artificiale', 'manutenzione programmata', ''], n(c) >> 2), []],
    ['Consenso privacy', (c) => (n(c) % 6 === 5 ? 'No' : 'Sì'), [], opt],
    ['Iscritto newsletter', (c) => (c.bool ? 'Sì' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Note', (c) => row(['', 'Richiesta offerta cella robotizzata per fine linea', '', 'Budget 2025 in approvazione', 'Ha già un fornitore per i quadri elettrici', ''], n(c) >> 1), []],
    ['Data creazione', (c) => dmy(cet(opCreated(c)), '/'), ['extSourceSystemAudit.createdDate']],
    ['Ultima modifica', (c) => { const p = cet(opUpdated(c)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate']],
  ] },
]
