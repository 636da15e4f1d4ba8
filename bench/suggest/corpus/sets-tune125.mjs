// Round 59, tune125: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of languages, each export in its product's UI language: a US website
// builder's store order lines (Strikingly), a UK acquiring bank's card transactions with settlement (Lloyds Bank
// Cardnet), a WordPress analytics plugin's visitor table (WP Statistics, raw column names), a Sales Navigator
// lead-list exporter's CSV (Evaboot) (en 4); a Mexican ticketing site's order lines (Boletia, es-MX) and a Spanish box/gym
// management app's client list (Resawod, es-ES) (es 2); a Brazilian acquirer's sales statement (SafraPay) and a Brazilian
// loyalty platform's members (Bonuz) (pt 2); an open-source ITSM's user requests (iTop, German UI) and a German
// agency ERP/CRM's contact persons (projectfacts) (de 2); a Danish newsletter system's subscribers (Peytz Mail, da 1);
// a Polish ERP's customer file with contact persons (Symfonia ERP Handel, pl 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, mdy, hms, hm, hm12, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const GEO = (leaf) => `placeContext.geo.${leaf}`
// local clocks: the UK, Germany, Denmark, Poland and Spain keep summer time; US Pacific too; Mexico (no DST since
// 2022) and Brazil do not
const uk = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
const pst = (ms) => local(ms, -8)
const mx = (ms) => shift(ms, -6)
const br = (ms) => shift(ms, -3)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- check digits for local ids
const digits = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const cpfDv = (ds) => { const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); return [a, f([...ds, a], 11)] }
const cpf = (n9) => { const ds = digits(pad(n9, 9)); const [a, b] = cpfDv(ds); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
// Polish NIP (weights 6 5 7 2 3 4 5 6 7; a stem whose check is 10 is moved on) and REGON (9 digits)
const nip = (stem) => { for (let k = stem; ; k++) { const ds = digits(pad(k, 9)); const s = ds.reduce((a, d, i) => a + d * [6, 5, 7, 2, 3, 4, 5, 6, 7][i], 0) % 11; if (s < 10) { const x = ds.join('') + s; return `${x.slice(0, 3)}-${x.slice(3, 6)}-${x.slice(6, 8)}-${x.slice(8)}` } } }
const regon = (stem) => { const ds = digits(pad(stem, 8)); const s = ds.reduce((a, d, i) => a + d * [8, 9, 2, 3, 4, 5, 6, 7][i], 0) % 11; return ds.join('') + (s === 10 ? 0 : s) }

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames ([m, f] where they differ), [city, region, postcode, area], streets, mail domains]
  uk: [['Oliver', 'George', 'Harry', 'Jack', 'James', 'Thomas', 'Daniel', 'Samuel', 'Joshua', 'Callum', 'Rhys', 'Matthew'],
    ['Olivia', 'Amelia', 'Isla', 'Emily', 'Sophie', 'Charlotte', 'Grace', 'Lucy', 'Hannah', 'Jessica', 'Chloe', 'Megan'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'Roberts', 'Clarke', 'Hall', 'Wood', 'Hughes', 'Atkinson', 'Ellis'],
    [['York', 'North Yorkshire', 'YO1 7HT', '01904'], ['York', 'North Yorkshire', 'YO31 8EW', '01904'], ['Harrogate', 'North Yorkshire', 'HG1 2RR', '01423'], ['Leeds', 'West Yorkshire', 'LS6 2AE', '0113'], ['Leeds', 'West Yorkshire', 'LS8 1DQ', '0113'], ['Bradford', 'West Yorkshire', 'BD9 4JB', '01274'], ['Wakefield', 'West Yorkshire', 'WF1 2DD', '01924'], ['Sheffield', 'South Yorkshire', 'S11 8YA', '0114'], ['Hull', 'East Riding of Yorkshire', 'HU5 3SA', '01482'], ['Malton', 'North Yorkshire', 'YO17 7LY', '01653']],
    ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Bootham', 'Otley Road', 'Kirkgate', 'Queen Street', 'Heslington Road', 'Ecclesall Road'],
    ['gmail.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'sky.com']],
  mx: [['José Luis', 'Juan Carlos', 'Alejandro', 'Diego', 'Luis Fernando', 'Rodrigo', 'Emiliano', 'Jorge', 'Ricardo', 'Arturo', 'Óscar', 'Eduardo'],
    ['María Fernanda', 'Guadalupe', 'Ximena', 'Daniela', 'Andrea', 'Valeria', 'Mariana', 'Paola', 'Itzel', 'Alejandra', 'Karla', 'Regina'],
    ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Gutiérrez', 'Ruvalcaba', 'Orozco', 'Navarro'],
    [['Guadalajara', 'Jalisco', '44160', '33'], ['Guadalajara', 'Jalisco', '44600', '33'], ['Zapopan', 'Jalisco', '45110', '33'], ['Zapopan', 'Jalisco', '45070', '33'], ['Tlaquepaque', 'Jalisco', '45500', '33'], ['Tonalá', 'Jalisco', '45400', '33'], ['Ciudad de México', 'Ciudad de México', '06700', '55'], ['León', 'Guanajuato', '37000', '477'], ['Aguascalientes', 'Aguascalientes', '20000', '449'], ['Tepic', 'Nayarit', '63000', '311']],
    ['Av. Chapultepec', 'Av. López Mateos', 'Calle Morelos', 'Av. Vallarta', 'Calle Independencia', 'Av. Patria'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com']],
  dk: [['Lars', 'Søren', 'Jens', 'Mads', 'Frederik', 'Rasmus', 'Anders', 'Mikkel', 'Christian', 'Niels', 'Kasper', 'Jonas'],
    ['Mette', 'Anne', 'Kirsten', 'Camilla', 'Ida', 'Sofie', 'Line', 'Louise', 'Maria', 'Julie', 'Signe', 'Pernille'],
    ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen', 'Østergaard', 'Mikkelsen'],
    [['Aarhus C', 'Region Midtjylland', '8000', ''], ['Aarhus N', 'Region Midtjylland', '8200', ''], ['Aarhus V', 'Region Midtjylland', '8210', ''], ['Viby J', 'Region Midtjylland', '8260', ''], ['Højbjerg', 'Region Midtjylland', '8270', ''], ['Risskov', 'Region Midtjylland', '8240', ''], ['Brabrand', 'Region Midtjylland', '8220', ''], ['Skanderborg', 'Region Midtjylland', '8660', ''], ['Silkeborg', 'Region Midtjylland', '8600', ''], ['Randers C', 'Region Midtjylland', '8900', '']],
    ['Jægergårdsgade', 'Frederiks Allé', 'Ny Munkegade', 'Vestergade', 'Søndergade', 'Viborgvej', 'Randersvej', 'Silkeborgvej', 'Grenåvej', 'Nørregade'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'live.dk', 'outlook.dk', 'mail.dk', 'yahoo.dk', 'stofanet.dk']],
  pl: [['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Grzegorz', 'Jakub', 'Adam', 'Rafał', 'Wojciech'],
    ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Natalia', 'Karolina', 'Justyna', 'Beata'],
    [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'], ['Mazur', 'Mazur']],
    [['Poznań', 'wielkopolskie', '61-001', '61']], ['ul. Główna'], ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl']],
}
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const l = v.pick(r, LAST), last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const [city, region, postal, area] = v.pick(r, PLACES)
  const no = v.int(r, 1, 160)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, area, birth: v.birth(r), no, streetName: v.pick(r, STREETS) }
  p.email = `${slug(first.split(' ')[0])}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'uk') {
    p.street = `${no} ${p.streetName}`
    p.phone = area.length === 4 ? `${area} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 9999), 4)}` : `${area} ${v.int(r, 100000, 999999)}`
    p.mobile = `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`
  }
  if (cc === 'mx') {
    p.street = `${p.streetName} ${v.int(r, 100, 3999)}`
    p.mobile = `${area}${pad(v.int(r, 0, area.length === 2 ? 99999999 : 9999999), 10 - area.length)}`
  }
  if (cc === 'dk') {
    const floor = r() < 0.6 ? `, ${v.int(r, 1, 5)}. ${v.pick(r, ['tv.', 'th.', 'mf.'])}` : ''
    p.street = `${p.streetName} ${no}${floor}`
    const m = `${v.pick(r, ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '40', '41', '42', '50', '51', '52', '53', '60', '61'])}${pad(v.int(r, 0, 999999), 6)}`
    p.mobile = `${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4, 6)} ${m.slice(6)}`
  }
  if (cc === 'pl') {
    p.mobile = `${v.pick(r, ['501', '502', '504', '508', '512', '530', '535', '600', '601', '602', '660', '691', '730', '790', '880'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  }
  return p
})
// the shared person's first name decides the gender where a column shows it (Anrede, Sexo, Sexo/gênero)
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia', 'Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)
const UK = (c) => lp(c, 'uk'), MXP = (c) => lp(c, 'mx'), DK = (c) => lp(c, 'dk'), PLP = (c) => lp(c, 'pl')

// ---------------------------------------------------------------- Strikingly: a Portland ceramics studio's store
// [SKU, item, variation, price]
const CER = [['MUG-SPK-12', 'Speckled Stoneware Mug', 'Glaze: Oatmeal', 34], ['BWL-RAM-07', 'Hand-thrown Ramen Bowl', 'Glaze: Tenmoku', 48], ['VAS-BUD-03', 'Bud Vase Trio', '', 56], ['PLT-DIN-10', 'Dinner Plate 10"', 'Glaze: Celadon', 42], ['DRP-POV-01', 'Pour-Over Coffee Dripper', 'Glaze: Matte White', 52], ['PLN-HNG-06', 'Hanging Planter 6"', 'Cord: Natural Jute', 38], ['GFT-CRD-50', 'Digital Gift Card', 'Amount: $50', 50]]
const stItem = (o, i) => row(CER, i + n(o))
const stGift = (o, i) => stItem(o, i)[0].startsWith('GFT')
const stPickup = (o, i) => !stGift(o, i) && n(o) % 7 === 0
const stSub = (o, i) => stItem(o, i)[3] * o.qty
const stMethod = (o, i) => (stGift(o, i) ? 'Digital delivery' : stPickup(o, i) ? 'Studio pickup (SE Division St)' : stSub(o, i) >= 120 ? 'Free shipping over $120' : 'USPS Priority Mail')
const stShip = (o, i) => (stGift(o, i) || stPickup(o, i) || stSub(o, i) >= 120 ? 0 : 12)
const stDisc = (o, i) => (o.discount && !stGift(o, i) ? Math.round(stSub(o, i) * 10) / 100 : 0)
const stTotal = (o, i) => stSub(o, i) + stShip(o, i) - stDisc(o, i)
const stPay = (o) => row(['Paid', 'Paid', 'Paid', 'Refunded', 'Paid', 'Pending', 'Paid', 'Paid', 'Paid'], n(o))
const stFul = (o, i) => (stPay(o) !== 'Paid' ? 'Unfulfilled' : stGift(o, i) ? 'Fulfilled' : stPickup(o, i) ? 'Picked up' : row(['Fulfilled', 'Fulfilled', 'Unfulfilled'], n(o) >> 1))
const stAddr = (c, o, i) => !stGift(o, i) && !stPickup(o, i)

// ---------------------------------------------------------------- Cardnet: a York bookshop and café
const cnEntry = (o) => row(['Contactless', 'Chip & PIN', 'Contactless', 'eCommerce', 'Contactless', 'Contactless', 'eCommerce', 'Chip & PIN', 'Contactless'], n(o))
const cnOnline = (o) => cnEntry(o) === 'eCommerce'
const cnAt = (o) => (cnOnline(o) ? o.at : inHours(o.at, uk, 8, 17))
// [scheme, BIN, rate]
const CN_CARDS = [['Visa Debit', '465858', 0.0035], ['Mastercard Debit', '535522', 0.0035], ['Visa Credit', '454742', 0.009], ['Mastercard Credit', '542418', 0.009], ['Visa Debit', '475117', 0.0035], ['Visa Business Debit', '484427', 0.016], ['Maestro', '675911', 0.0035]]
const cnCard = (o) => row(CN_CARDS, (n(o) >> 1) + 3)
const cnType = (o) => (n(o) % 13 === 0 ? 'Refund' : 'Sale')
const cnStatus = (o) => (cnType(o) === 'Sale' && n(o) % 11 === 5 ? 'Declined' : 'Settled')
const cnAmt = (o) => Math.round((cnOnline(o) ? 12.99 + (n(o) % 40) * 1.25 + o.qty * 8.99 : 3.2 + (n(o) % 60) * 0.45 + o.qty * 3.5) * 100) / 100
const cnSigned = (o) => (cnType(o) === 'Refund' ? -cnAmt(o) : cnAmt(o))
const cnFee = (o) => (cnStatus(o) === 'Settled' && cnType(o) === 'Sale' ? Math.round(cnAmt(o) * (cnCard(o)[2] + (cnOnline(o) ? 0.002 : 0)) * 100) / 100 : 0)
const cnCashback = (o) => (cnEntry(o) === 'Chip & PIN' && cnCard(o)[0].includes('Debit') && cnType(o) === 'Sale' && n(o) % 4 === 1 ? 20 : 0)
const cnDT = (ms) => { const p = uk(ms); return `${dmy(p, '/')} ${hms(p)}` }

// ---------------------------------------------------------------- WP Statistics: a Brighton recipe blog
// [agent, version, platform, device, model, user agent]
const WPS_DEV = [
  ['Mobile Safari', '17.4', 'iOS', 'smartphone', 'iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'],
  ['Chrome Mobile', '124.0', 'Android', 'smartphone', 'Galaxy A54 5G', 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36'],
  ['Chrome', '124.0', 'Windows', 'desktop', '', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'],
  ['Mobile Safari', '17.4', 'iOS', 'smartphone', 'iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'],
  ['Safari', '17.4', 'Mac', 'desktop', '', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'],
  ['Samsung Browser', '24.0', 'Android', 'smartphone', 'Galaxy S23', 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36'],
  ['Mobile Safari', '17.3', 'iPadOS', 'tablet', 'iPad', 'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1'],
  ['Microsoft Edge', '124.0', 'Windows', 'desktop', '', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67'],
  ['Firefox', '125.0', 'GNU/Linux', 'desktop', '', 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'],
]
const wpDev = (o) => row(WPS_DEV, (n(o) * 5) % 9)
// [source_channel, source_name, referrer]
const WPS_SRC = [['search', 'Google', 'https://www.google.com/'], ['search', 'Google', 'https://www.google.co.uk/'], ['social', 'Pinterest', 'https://www.pinterest.co.uk/'], ['direct', '', ''], ['search', 'Google', 'https://www.google.com/'], ['social', 'Facebook', 'https://l.facebook.com/'], ['email', 'Newsletter', ''], ['search', 'Bing', 'https://www.bing.com/'], ['referral', 'BBC Good Food', 'https://www.bbcgoodfood.com/'], ['search', 'DuckDuckGo', 'https://duckduckgo.com/'], ['social', 'Instagram', 'https://l.instagram.com/']]
const wpSrc = (o) => row(WPS_SRC, n(o))
// [country, city, region, continent, IP prefix]
const WPS_GEO = [['GB', 'Brighton', 'England', 'Europe', '86.4'], ['GB', 'London', 'England', 'Europe', '81.2'], ['GB', 'Manchester', 'England', 'Europe', '92.40'], ['GB', 'Hove', 'England', 'Europe', '86.4'], ['GB', 'Edinburgh', 'Scotland', 'Europe', '90.214'], ['IE', 'Dublin', 'Leinster', 'Europe', '86.44'], ['GB', '', '', 'Europe', '2.24'], ['US', 'New York', 'New York', 'North America', '72.229'], ['GB', 'Bristol', 'England', 'Europe', '82.132'], ['AU', 'Sydney', 'New South Wales', 'Oceania', '1.144'], ['GB', 'Cardiff', 'Wales', 'Europe', '31.51']]
const wpGeo = (o) => row(WPS_GEO, (n(o) * 7) % 11)
const wpHits = (o) => 1 + (n(o) % 5 === 0 ? n(o) % 9 : n(o) % 3)
const wpPages = [12, 2874, 3105, 3311, 1988, 4020, 2650, 7, 3477, 3562]
const wpLast = (o) => o.at + (wpHits(o) - 1) * (47 + (n(o) % 200)) * 1000
const wpDT = (ms) => { const p = uk(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Evaboot: a Denver HR-software vendor's prospects
// [company, domain, industry, headcount, company location, LinkedIn slug]
const EV_FIRMS = [
  ['Summit Ridge Health Partners', 'summitridgehealth.com', 'Hospitals and Health Care', '501-1,000', 'Denver, Colorado', 'summit-ridge-health-partners'],
  ['Basalt Logistics', 'basaltlogistics.com', 'Transportation, Logistics, Supply Chain and Storage', '201-500', 'Salt Lake City, Utah', 'basalt-logistics'],
  ['Front Range Credit Union', 'frontrangecu.org', 'Banking', '201-500', 'Fort Collins, Colorado', 'front-range-credit-union'],
  ['Copperline Software', 'copperline.io', 'Software Development', '51-200', 'Boulder, Colorado', 'copperline-software'],
  ['High Desert Builders Inc.', 'highdesertbuilders.com', 'Construction', '201-500', 'Albuquerque, New Mexico', 'high-desert-builders'],
  ['Wasatch Outdoor Co.', 'wasatchoutdoor.com', 'Retail Apparel and Fashion', '501-1,000', 'Ogden, Utah', 'wasatch-outdoor-co'],
  ['Pinecrest Senior Living', 'pinecrestliving.com', 'Hospitals and Health Care', '1,001-5,000', 'Colorado Springs, Colorado', 'pinecrest-senior-living'],
]
const evFirm = (c) => row(EV_FIRMS, n(c) % 7)
// [job title, headline tail]
const EV_TITLES = [['VP of People', 'People & Culture leader'], ['Director of Human Resources', 'HR leader | SHRM-SCP'], ['Chief People Officer', 'Building great places to work'], ['HR Manager', 'HR generalist turned HR manager'], ['Head of Talent Acquisition', 'Hiring the best in the Mountain West'], ['HR Business Partner', 'Employee relations | Benefits'], ['Director of Total Rewards', 'Compensation & benefits']]
const evTitle = (c) => row(EV_TITLES, (n(c) >> 1) % 7)
const EV_CITY = ['Denver, Colorado, United States', 'Greater Denver Area', 'Salt Lake City, Utah, United States', 'Boulder, Colorado, United States', 'Albuquerque, New Mexico, United States', 'Colorado Springs, Colorado, United States', 'Fort Collins, Colorado, United States']
const evMail = (c) => (n(c) % 5 === 4 ? ['', 'not_found'] : [`${slug(c.first)}${n(c) % 3 === 0 ? '' : '.'}${slug(c.last)}@${evFirm(c)[1]}`, n(c) % 4 === 1 ? 'catch_all' : 'valid'])
const evPos = (c) => 5 + (n(c) % 70)
const evTenure = (m) => `${Math.floor(m / 12)} year${Math.floor(m / 12) === 1 ? '' : 's'} ${m % 12} month${m % 12 === 1 ? '' : 's'}`
const evId = (c) => `ACwAA${v.alnum(seeded(c, 'ev'), 22)}`

// ---------------------------------------------------------------- Boletia: a Guadalajara beer festival
// [ticket type, price, event date]
const BO_TIX = [['General - Sábado', 450, '13/07/2024'], ['General - Domingo', 450, '14/07/2024'], ['Abono 2 días', 790, '13/07/2024'], ['VIP Sábado (incluye vaso y 10 fichas)', 1200, '13/07/2024'], ['Conductor designado', 250, '13/07/2024'], ['Preventa General - Sábado', 380, '13/07/2024']]
const boTix = (o, i) => row(BO_TIX, i + n(o))
const boBox = (o) => n(o) % 9 === 0
const boPay = (o) => (boBox(o) ? 'Efectivo' : row(['Tarjeta de crédito/débito', 'Tarjeta de crédito/débito', 'OXXO Pay', 'PayPal', 'Tarjeta de crédito/débito', 'Transferencia SPEI'], n(o)))
const boState = (o) => (boBox(o) ? 'Pagado' : boPay(o) === 'OXXO Pay' ? row(['Pagado', 'Pendiente de pago', 'Cancelado'], n(o) >> 1) : row(['Pagado', 'Pagado', 'Pagado', 'Reembolsado', 'Pagado'], n(o) >> 1))
const boSub = (o, i) => boTix(o, i)[1] * o.qty
const boDisc = (o, i) => (o.discount && !boBox(o) ? Math.round(boSub(o, i) * 10) / 100 : 0)
const boFee = (o, i) => (boBox(o) ? 0 : Math.round(((boSub(o, i) - boDisc(o, i)) * 0.07 + 15 * o.qty) * 100) / 100)
const boTotal = (o, i) => boSub(o, i) - boDisc(o, i) + boFee(o, i)
const boAt = (o) => Date.UTC(2024, 3, 1) + (n(o) % 100) * day + (n(o) % 86400) * 1000
const mxn = (x) => thou(x, ',', '.')

// ---------------------------------------------------------------- Resawod: a Valencia functional-training box
const VLC = [['Valencia', 'Valencia', '46005', 'Calle de Cuba'], ['Valencia', 'Valencia', '46021', 'Avenida de Blasco Ibáñez'], ['Valencia', 'Valencia', '46010', 'Calle de Jaca'], ['Valencia', 'Valencia', '46023', 'Avenida del Puerto'], ['Burjassot', 'Valencia', '46100', 'Calle Jorge Juan'], ['Paterna', 'Valencia', '46980', 'Calle Mayor'], ['Mislata', 'Valencia', '46920', 'Avenida Gregorio Gea'], ['Alboraya', 'Valencia', '46120', 'Calle Mare de Déu dels Desemparats']]
const LAST2 = ['Ferrer', 'Navarro', 'Soler', 'Martí', 'Ruiz', 'Vidal', 'Sanchis', 'Giménez', 'Torres', 'Moreno', 'Cano', 'Llorens']
const rsPlace = (c) => row(VLC, n(c) % 8)
// [rate, monthly fee]
const RS_RATES = [['Ilimitado mensual', 65], ['3 días/semana', 55], ['2 días/semana', 45], ['Bono 10 sesiones', 90], ['Trimestral ilimitado', 180], ['Open Box', 40]]
const rsRate = (c) => row(RS_RATES, n(c) >> 1)
const rsState = (c) => row(['Activo', 'Activo', 'Activo', 'Baja', 'Activo', 'Impago', 'Activo'], n(c))
const rsPay = (c) => (rsRate(c)[0] === 'Bono 10 sesiones' ? 'Tarjeta' : row(['Domiciliación SEPA', 'Domiciliación SEPA', 'Tarjeta', 'Domiciliación SEPA', 'Efectivo'], n(c) >> 2))
const rsEnd = (c) => later(c, 200)

// ---------------------------------------------------------------- SafraPay: a Campinas pet shop and vet clinic
const spProd = (o) => row(['Crédito à vista', 'Débito', 'Crédito parcelado loja', 'Pix', 'Débito', 'Crédito à vista', 'Débito', 'Crédito à vista'], n(o))
const spLink = (o) => spProd(o).startsWith('Crédito') && n(o) % 5 === 0
const spMode = (o) => (spProd(o) === 'Pix' ? 'QR Code' : spLink(o) ? 'Link de pagamento' : row(['Aproximação', 'Chip', 'Aproximação', 'Chip', 'Tarja'], n(o) >> 1))
const spBrand = (o) => (spProd(o) === 'Pix' ? '' : spProd(o) === 'Débito' ? row(['Visa Electron', 'Maestro', 'Elo Débito'], n(o) >> 1) : row(['Visa', 'Mastercard', 'Elo', 'Mastercard', 'Hipercard', 'American Express'], n(o) >> 1))
const spBin = (o) => ({ 'Visa Electron': '422061', Maestro: '502121', 'Elo Débito': '506722', Visa: '498408', Mastercard: '516292', Elo: '636368', Hipercard: '606282', 'American Express': '376449' })[spBrand(o)]
const spGross = (o) => Math.round((24.9 + (n(o) % 80) * 7.35 + o.qty * 19.9 + (spProd(o) === 'Crédito parcelado loja' ? 320 : 0)) * 100) / 100
const spInst = (o) => (spProd(o) === 'Crédito parcelado loja' ? 2 + (n(o) % 5) : 1)
const spState = (o) => (n(o) % 12 === 0 ? 'Cancelada' : n(o) % 15 === 7 ? 'Negada' : 'Aprovada')
const spRate = (o) => ({ 'Crédito à vista': 2.79, Débito: 1.19, 'Crédito parcelado loja': 3.19 + spInst(o) * 0.3, Pix: 0.99 })[spProd(o)]
const spFee = (o) => (spState(o) === 'Aprovada' ? Math.round(spGross(o) * spRate(o)) / 100 : 0)
const spAt = (o) => inHours(o.at, br, 8, 19)
const spPayDay = (o) => spAt(o) + ({ 'Crédito à vista': 30, Débito: 1, 'Crédito parcelado loja': 30, Pix: 0 })[spProd(o)] * day
const brl = (x) => thou(x)

// ---------------------------------------------------------------- Bonuz: a Florianópolis açaí chain's points club
const FLN = [['Florianópolis', 'SC', '88010-400'], ['Florianópolis', 'SC', '88015-200'], ['Florianópolis', 'SC', '88036-001'], ['Florianópolis', 'SC', '88062-100'], ['São José', 'SC', '88101-000'], ['São José', 'SC', '88103-300'], ['Palhoça', 'SC', '88130-000'], ['Biguaçu', 'SC', '88160-000']]
const bzPlace = (c) => row(FLN, n(c) % 8)
const bzStores = ['Lagoa da Conceição', 'Centro', 'Trindade', 'Kobrasol', 'Pedra Branca', 'Jurerê']
const bzEarned = (c) => 40 + (n(c) % 97) * 23
const bzRedeemed = (c) => Math.min(bzEarned(c), (n(c) % 4) * 150)
const bzExpired = (c) => (n(c) % 5 === 0 ? Math.min(60, bzEarned(c) - bzRedeemed(c)) : 0)
const bzBalance = (c) => bzEarned(c) - bzRedeemed(c) - bzExpired(c)
const bzTier = (c) => (bzEarned(c) >= 1800 ? 'Ouro' : bzEarned(c) >= 900 ? 'Prata' : 'Bronze')
const bzExpiring = (c) => (n(c) % 3 === 0 ? Math.min(bzBalance(c), 80) : 0)
const bzMobile = (c) => { const r = seeded(c, 'bz'); return `(48) 9${v.int(r, 8000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }

// ---------------------------------------------------------------- iTop: a Freiburg practice-software vendor's service desk
// [organisation, mail domain, phone prefix]
const IT_ORGS = [['Praxis Dr. med. Albrecht', 'praxis-albrecht.de', '0761'], ['Gemeinschaftspraxis am Münsterplatz', 'gp-muensterplatz.de', '0761'], ['Zahnarztpraxis Seidel & Partner', 'zahnarzt-seidel.de', '07633'], ['Physiotherapie Kaiser', 'physio-kaiser.de', '07665'], ['MVZ Breisgau GmbH', 'mvz-breisgau.de', '0761'], ['Hausarztpraxis Lindenhof', 'hausarzt-lindenhof.de', '07641']]
const itOrg = (c) => row(IT_ORGS, n(c) % 6)
// [title, type, service, category, team]
const IT_TOPICS = [
  ['Terminkalender lädt nicht nach Update 24.2', 'Störung', 'PraxisManager Desktop', 'Anwendungsfehler', '2nd Level Anwendung'],
  ['KV-Abrechnung Quartal: Prüfmodul meldet Fehler', 'Störung', 'Abrechnung', 'Abrechnung KV', '2nd Level Abrechnung'],
  ['Neuen Benutzer für MFA anlegen', 'Serviceanfrage', 'Benutzerverwaltung', 'Benutzer und Rechte', '1st Level Support'],
  ['eRezept: Signatur mit eHBA schlägt fehl', 'Störung', 'Telematikinfrastruktur', 'TI-Konnektor', '2nd Level TI'],
  ['Schulung Online-Terminbuchung gewünscht', 'Serviceanfrage', 'Online-Terminbuchung', 'Schulung', '1st Level Support'],
  ['Drucker für Rezeptformulare druckt versetzt', 'Störung', 'PraxisManager Desktop', 'Formulardruck', '1st Level Support'],
  ['Datensicherung meldet Warnung', 'Störung', 'Datensicherung', 'Backup', '2nd Level Anwendung'],
]
const itTopic = (o) => row(IT_TOPICS, n(o))
const itState = (o) => row(['Geschlossen', 'Gelöst', 'Zugewiesen', 'Geschlossen', 'Wartend', 'Neu', 'Geschlossen', 'Gelöst', 'Eskaliert TTR'], n(o))
const itDone = (o) => ['Gelöst', 'Geschlossen'].includes(itState(o))
const itAt = (o) => inHours(o.at, cet, 7, 18)
const itAssign = (o) => itAt(o) + (12 + (n(o) % 90)) * 60000
const itSolve = (o) => inHours(itAt(o) + (2 + (n(o) % 70)) * 3600000, cet, 8, 17)
const itDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }
const itPrio = (o) => (itTopic(o)[1] === 'Serviceanfrage' ? 'niedrig' : row(['mittel', 'hoch', 'mittel', 'kritisch', 'mittel'], n(o) >> 1))

// ---------------------------------------------------------------- projectfacts: a Hamburg web agency's contacts
// [company no., company, street, postcode, city, country, domain, phone prefix]
const PF_FIRMS = [
  ['K-10214', 'Hanseatische Kaffeerösterei GmbH', 'Große Elbstraße 68', '22767', 'Hamburg', 'Deutschland', 'hanseatische-kaffee.de', '040'],
  ['K-10233', 'Nordlicht Reisen GmbH & Co. KG', 'Stresemannstraße 29', '22769', 'Hamburg', 'Deutschland', 'nordlicht-reisen.de', '040'],
  ['K-10251', 'Elbe Logistik Service GmbH', 'Am Sandtorkai 50', '20457', 'Hamburg', 'Deutschland', 'elbe-logistik.de', '040'],
  ['K-10302', 'Stadtwerke Norderstedt', 'Heidbergstraße 101-111', '22846', 'Norderstedt', 'Deutschland', 'stadtwerke-norderstedt.de', '040'],
  ['K-10318', 'Brandt & Hoffmann Rechtsanwälte PartG mbB', 'Neuer Wall 10', '20354', 'Hamburg', 'Deutschland', 'brandt-hoffmann.de', '040'],
  ['K-10340', 'Lübecker Marzipanmanufaktur GmbH', 'Breite Straße 12', '23552', 'Lübeck', 'Deutschland', 'marzipan-manufaktur.de', '0451'],
  ['K-10377', 'Möbelhaus Krüger e.K.', 'Bremer Straße 120', '21073', 'Hamburg', 'Deutschland', 'moebel-krueger.de', '040'],
  ['K-10391', 'Alpenblick Hotels GmbH', 'Mariahilfer Straße 77', '1060', 'Wien', 'Österreich', 'alpenblick-hotels.at', '+43 1'],
]
const pfFirm = (c) => row(PF_FIRMS, n(c) % 8)
// [department, position (m), position (f)]
const PF_ROLES = [['Marketing', 'Leiter Marketing', 'Leiterin Marketing'], ['Geschäftsführung', 'Geschäftsführer', 'Geschäftsführerin'], ['E-Commerce', 'E-Commerce Manager', 'E-Commerce Managerin'], ['IT', 'IT-Leiter', 'IT-Leiterin'], ['Unternehmenskommunikation', 'Pressesprecher', 'Pressesprecherin'], ['Marketing', 'Online-Marketing-Manager', 'Online-Marketing-Managerin'], ['Vertrieb', 'Vertriebsleiter', 'Vertriebsleiterin'], ['Einkauf', 'Einkäufer', 'Einkäuferin']]
const pfRole = (c) => row(PF_ROLES, (n(c) >> 1) % 8)
const pfStatus = (c) => row(['Kunde', 'Kunde', 'Interessent', 'Kunde', 'Partner', 'Ehemaliger Kunde', 'Interessent'], n(c))
const pfPhone = (c, k) => { const f = pfFirm(c); return f[7].startsWith('+') ? `${f[7]} ${v.int(seeded(c, 'pf' + k), 5000000, 5999999)}` : `${f[7]} ${v.int(seeded(c, 'pf' + k), 300000, 899999)}-${v.int(seeded(c, 'pfx' + k), 10, 89)}` }
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }

// ---------------------------------------------------------------- Peytz Mail: an Aarhus independent cinema
const pzState = (c) => row(['Aktiv', 'Aktiv', 'Aktiv', 'Afmeldt', 'Aktiv', 'Aktiv', 'Hard bounce', 'Aktiv'], n(c))
const pzLists = (c) => row(['Nyhedsbrev', 'Nyhedsbrev;Børnebiffen', 'Nyhedsbrev;Filmklub', 'Nyhedsbrev', 'Nyhedsbrev;Events og festivaler', 'Filmklub', 'Nyhedsbrev;Børnebiffen;Filmklub'], n(c) >> 1)
const pzSource = (c) => row(['Hjemmeside', 'Billetkøb', 'Hjemmeside', 'Facebook-konkurrence', 'Billetkøb', 'Import', 'I biografen (tablet)'], n(c) >> 2)
const dkDate = (p) => dmy(p, '-')
const dkDT = (ms) => { const p = cet(ms); return `${dkDate(p)} ${hm(p)}` }

// ---------------------------------------------------------------- Symfonia: a Poznań packaging wholesaler's customers
// [code, short name, full name, NIP stem, REGON stem, street, house no., flat, postcode, city, voivodeship, phone, domain, group]
const PL_FIRMS = [
  ['PIEK-LEW', 'Piekarnia Lewandowscy', 'Piekarnia Lewandowscy Spółka Jawna', 778120450, 30012345, 'ul. Dąbrowskiego', '112', '', '60-577', 'Poznań', 'wielkopolskie', '61 847 22 10', 'piekarnia-lewandowscy.pl', 'Piekarnie i cukiernie'],
  ['AGRO-WIELK', 'Agro-Wielkopolska', 'Agro-Wielkopolska Sp. z o.o.', 777300812, 30154402, 'ul. Przemysłowa', '48', '', '62-020', 'Swarzędz', 'wielkopolskie', '61 817 40 05', 'agrowielkopolska.pl', 'Hurt spożywczy'],
  ['KOSM-NAT', 'Kosmetyki Naturalne Lila', 'Lila Kosmetyki Naturalne Anna Kowalczyk', 779210334, 36118203, 'ul. Głogowska', '216', '4', '60-104', 'Poznań', 'wielkopolskie', '502 334 118', 'lilakosmetyki.pl', 'E-commerce'],
  ['BROW-OST', 'Browar Ostrów', 'Browar Rzemieślniczy Ostrów Sp. z o.o.', 622280117, 25099187, 'ul. Wrocławska', '71', '', '63-400', 'Ostrów Wielkopolski', 'wielkopolskie', '62 735 90 12', 'browarostrow.pl', 'Producenci napojów'],
  ['MEB-KAL', 'Meble Kalisz', 'Meble Kalisz Sp. z o.o. Sp. k.', 618195562, 25188460, 'ul. Częstochowska', '140', '', '62-800', 'Kalisz', 'wielkopolskie', '62 766 31 40', 'meblekalisz.pl', 'Producenci mebli'],
  ['EKO-PACK', 'EkoPack Wrocław', 'EkoPack Dystrybucja S.A.', 899277054, 93230118, 'ul. Krakowska', '29', '', '50-424', 'Wrocław', 'dolnośląskie', '71 344 10 80', 'ekopack.com.pl', 'Dystrybutorzy'],
  ['SKLEP-ZIEL', 'Zielony Koszyk', 'Zielony Koszyk Tomasz Mazur', 972105688, 30290311, 'os. Stefana Batorego', '9', '12', '60-687', 'Poznań', 'wielkopolskie', '601 220 475', 'zielonykoszyk.pl', 'E-commerce'],
]
const plK = (c) => n(c) % 7
const plFirm = (c) => row(PL_FIRMS, plK(c))
const PL_ROLES = ['Właściciel', 'Kierownik zakupów', 'Specjalista ds. zaopatrzenia', 'Prezes Zarządu', 'Kierownik produkcji', 'Główna księgowa', 'Kierownik magazynu']
const pln = (x) => thou(x, ' ', ',')

export const SETS = [
  // ---------------------------------------------------------------- US: website-builder store order lines
  { name: 'strikingly-store-orders-export', product: 'Strikingly (Simple Store; Store > Orders > Export orders (CSV), one row per order line with the order fields repeated, English UI, a Portland, Oregon handmade-ceramics studio; Oregon has no sales tax)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => String(1040 + (n(o) % 9000)), [OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = pst(o.at); return `${mdy(p)} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Payment Status', (c, o) => stPay(o), []],
    ['Fulfillment Status', (c, o, r, i) => stFul(o, i), []],
    ['Customer First Name', (c) => c.first, []],
    ['Customer Last Name', (c) => c.last, []],
    ['Customer Email', (c) => c.email, EMAIL_ID],
    ['Customer Phone', (c) => (n(c) % 3 ? c.phone : ''), PHONE_ID, opt],
    ['Shipping Name', (c, o, r, i) => (stAddr(c, o, i) ? (n(o) % 8 === 3 ? `Laura ${c.last}` : c.full) : ''), []],
    ['Shipping Address 1', (c, o, r, i) => (stAddr(c, o, i) ? c.street : ''), [SHIP('street1')]],
    ['Shipping Address 2', (c, o, r, i) => (stAddr(c, o, i) ? c.street2 : ''), [SHIP('street2')]],
    ['Shipping City', (c, o, r, i) => (stAddr(c, o, i) ? c.city : ''), [SHIP('city')]],
    ['Shipping State', (c, o, r, i) => (stAddr(c, o, i) ? c.region : ''), STATE(['commerce.shipping.address'])],
    ['Shipping Zip', (c, o, r, i) => (stAddr(c, o, i) ? c.postcode : ''), [SHIP('postalCode')]],
    ['Shipping Country', (c, o, r, i) => (stAddr(c, o, i) ? 'US' : ''), [SHIP('countryCode')]],
    ['Item SKU', (c, o, r, i) => stItem(o, i)[0], [PL('SKU')]],
    ['Item Name', (c, o, r, i) => stItem(o, i)[1], [PL('name')]],
    ['Item Variation', (c, o, r, i) => stItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Item Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => num(stItem(o, i)[3]), [], opt],
    ['Subtotal', (c, o, r, i) => num(stSub(o, i)), [], opt],
    ['Shipping Method', (c, o, r, i) => stMethod(o, i), ['commerce.shipping.shippingMethod']],
    ['Shipping Fee', (c, o, r, i) => num(stShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Tax', () => '0.00', [OR('taxAmount')]],
    ['Discount', (c, o, r, i) => num(stDisc(o, i)), [OR('discountAmount')]],
    ['Coupon Code', (c, o, r, i) => (stDisc(o, i) ? 'KILNOPENING10' : ''), ['commerce.promotionID'], opt],
    ['Total', (c, o, r, i) => num(stTotal(o, i)), [OR('priceTotal')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Payment Method', (c, o) => row(['Credit Card (Stripe)', 'PayPal', 'Credit Card (Stripe)', 'Credit Card (Stripe)', 'Apple Pay'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Refunded Amount', (c, o, r, i) => (stPay(o) === 'Refunded' ? num(stTotal(o, i)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Order Notes', (c, o) => row(['', '', 'Gift - please no receipt in the box', '', 'Birthday present, thank you!', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- UK: acquiring bank card transactions with settlement
  { name: 'lloyds-cardnet-transactions-export', product: 'Lloyds Bank Cardnet (Cardnet merchant portal > Reporting > Transactions > Export (CSV), one row per card transaction with its settlement batch and service charge, English UI, a York independent bookshop and café that also sells online)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant ID', () => '5412780046', []],
    ['Outlet Name', () => 'Minster Gate Books & Coffee', []],
    ['Terminal ID', (c, o) => (cnOnline(o) ? 'ECOM0001' : row(['22410431', '22410432'], n(o) >> 2)), []],
    ['Transaction Date', (c, o) => cnDT(cnAt(o)), ['timestamp']],
    ['Transaction Type', (c, o) => cnType(o), [], opt],
    ['Status', (c, o) => cnStatus(o), []],
    ['Response Code', (c, o) => (cnStatus(o) === 'Declined' ? row(['05', '51', '54'], n(o) >> 3) : '00'), []],
    ['Transaction ID', (c, o) => `${cnOnline(o) ? 'E' : 'P'}${pad(7000000000 + n(o) * 7919, 11)}`, ['_id', OR('payments[0].transactionID')]],
    ['Card Scheme', (c, o) => cnCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o) => `${cnCard(o)[1]}******${pad((n(o) * 7919) % 10000, 4)}`, []],
    ['Expiry Date', (c, o) => `${pad(1 + (n(o) % 12))}/${26 + (n(o) % 4)}`, []],
    ['Entry Mode', (c, o) => cnEntry(o), []],
    ['Auth Code', (c, o, r) => (cnStatus(o) === 'Declined' ? '' : `${pad(v.int(r, 0, 999999), 6)}`), []],
    ['Currency', () => 'GBP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Transaction Amount', (c, o) => num(cnSigned(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Cashback Amount', (c, o) => num(cnCashback(o)), []],
    ['Gratuity Amount', (c, o) => num(!cnOnline(o) && cnType(o) === 'Sale' && n(o) % 6 === 2 ? 1 : 0), []],
    ['Order Reference', (c, o) => (cnOnline(o) ? `MGB-${24000 + (n(o) % 9000)}` : ''), [OR('purchaseID')]],
    ['Customer Email', (c, o) => (cnOnline(o) ? UK(c).email : ''), EMAIL_ID],
    ['AVS Postcode', (c, o) => (cnOnline(o) ? UK(c).postal : ''), [BILL('postalCode')]],
    ['Batch Number', (c, o) => (cnStatus(o) === 'Settled' ? String(300 + Math.floor(n(o) / 350)) : ''), []],
    ['Settlement Date', (c, o) => (cnStatus(o) === 'Settled' ? dmy(uk(cnAt(o) + day), '/') : ''), [], opt],
    ['Merchant Service Charge', (c, o) => num(cnFee(o)), []],
    ['Net Amount', (c, o) => num(cnStatus(o) === 'Settled' ? cnSigned(o) - cnFee(o) : 0), []],
  ] },

  // ---------------------------------------------------------------- UK: WordPress analytics plugin visitor table
  { name: 'wp-statistics-visitor-table-export', product: 'WP Statistics (WordPress analytics plugin, VeronaLabs; Statistics > Optimization > Export: table visitor, CSV with header row, the database column names, one row per visitor and day, plugin set to keep user agents and anonymise IPs, a Brighton vegan recipe blog)', family: 'analytics', language: 'en', schema: E, cols: [
    ['ID', (c, o) => String(84000 + n(o)), ['_id']],
    ['last_counter', (c, o) => ymd(uk(o.at)), ['timestamp'], opt],
    ['referred', (c, o) => wpSrc(o)[2], ['web.webReferrer.URL']],
    ['agent', (c, o) => wpDev(o)[0], ['environment.browserDetails.name']],
    ['platform', (c, o) => wpDev(o)[2], ['environment.operatingSystem']],
    ['version', (c, o) => wpDev(o)[1], ['environment.browserDetails.version']],
    ['device', (c, o) => wpDev(o)[3], ['device.type']],
    ['model', (c, o) => wpDev(o)[4], ['device.model']],
    ['UAString', (c, o) => wpDev(o)[5], ['environment.browserDetails.userAgent']],
    ['ip', (c, o) => `${wpGeo(o)[4]}.${(n(o) * 13) % 256}.0`, ['environment.ipV4']],
    ['location', (c, o) => wpGeo(o)[0], [GEO('countryCode')]],
    ['user_id', (c, o) => (n(o) % 9 === 0 ? String(2 + (n(c) % 340)) : '0'), CUST_ID, opt],
    ['hits', (c, o) => String(wpHits(o)), []],
    ['honeypot', () => '0', []],
    ['city', (c, o) => wpGeo(o)[1], [GEO('city')]],
    ['region', (c, o) => wpGeo(o)[2], [GEO('stateProvince')], opt],
    ['continent', (c, o) => wpGeo(o)[3], []],
    ['first_page', (c, o) => String(row(wpPages, n(o))), []],
    ['first_view', (c, o) => wpDT(o.at), ['timestamp']],
    ['last_page', (c, o) => String(wpHits(o) === 1 ? row(wpPages, n(o)) : row(wpPages, n(o) + 3)), []],
    ['last_view', (c, o) => wpDT(wpLast(o)), [], opt],
    ['source_channel', (c, o) => wpSrc(o)[0], ['web.webReferrer.type'], opt],
    ['source_name', (c, o) => wpSrc(o)[1], [], opt],
  ] },

  // ---------------------------------------------------------------- US: Sales Navigator lead-list export
  { name: 'evaboot-sales-navigator-leads-export', product: 'Evaboot (Chrome extension exporting LinkedIn Sales Navigator lead lists; Evaboot dashboard > Exports > Download CSV, one row per lead with the found and verified e-mail, English UI, a Denver HR-software vendor\'s list of HR leaders at Mountain West employers)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Sales Navigator Profile URL', (c) => `https://www.linkedin.com/sales/lead/${evId(c)},NAME_SEARCH,${v.alnum(seeded(c, 'ev2'), 4)}`, []],
    ['LinkedIn Profile URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(seeded(c, 'ev3'), 8)}`, []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Headline', (c) => `${evTitle(c)[0]} at ${evFirm(c)[0]} | ${evTitle(c)[1]}`, []],
    ['Job Title', (c) => evTitle(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => evMail(c)[0], ['workEmail.address']],
    ['Email Status', (c) => evMail(c)[1], []],
    ['Location', (c) => row(EV_CITY, n(c) % 7), []],
    ['Tenure In Position', (c) => evTenure(evPos(c)), []],
    ['Tenure In Company', (c) => evTenure(evPos(c) + (n(c) % 5) * 14), []],
    ['Company Name', (c) => evFirm(c)[0], CO],
    ['Company Domain', (c) => evFirm(c)[1], ['b2b.companyWebsite'], opt],
    ['Company Website', (c) => `https://www.${evFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${evFirm(c)[5]}`, []],
    ['Company Industry', (c) => evFirm(c)[2], []],
    ['Company Headcount', (c) => evFirm(c)[3], []],
    ['Company Location', (c) => evFirm(c)[4], []],
    ['Open Profile', (c) => (n(c) % 6 === 1 ? 'true' : 'false'), []],
    ['Premium Account', (c) => (n(c) % 3 === 0 ? 'true' : 'false'), []],
    ['Connection Degree', (c) => row(['3rd', '2nd', '3rd', '3rd', '2nd', 'Out of network'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Mexico: ticketing order lines
  { name: 'boletia-asistentes-exportar-es', product: 'Boletia (boletia.com ticketing; Panel del organizador > Mis eventos > Ventas > Exportar a Excel, one row per ticket type bought in an order, Spanish UI, a Guadalajara craft-beer festival with online sales and a box office)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => `BOL-${pad(480000 + n(o) * 3, 7)}`, [OR('purchaseID')]],
    ['Fecha de compra', (c, o) => { const p = mx(boAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Evento', () => 'Festival Cervecero Tapatío 2024', []],
    ['Fecha del evento', (c, o, r, i) => boTix(o, i)[2], []],
    ['Tipo de boleto', (c, o, r, i) => boTix(o, i)[0], [PL('name')]],
    ['Precio unitario', (c, o, r, i) => mxn(boTix(o, i)[1]), [], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Subtotal', (c, o, r, i) => mxn(boSub(o, i)), [PL('priceTotal')], opt],
    ['Descuento', (c, o, r, i) => mxn(boDisc(o, i)), [OR('discountAmount')]],
    ['Código de descuento', (c, o, r, i) => (boDisc(o, i) ? 'CHELAS10' : ''), ['commerce.promotionID'], opt],
    ['Cargo por servicio', (c, o, r, i) => mxn(boFee(o, i)), []],
    ['Total', (c, o, r, i) => mxn(boTotal(o, i)), [OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), PL('currencyCode')]],
    ['Método de pago', (c, o) => boPay(o), [OR('payments[0].paymentType')]],
    ['Estatus', (c, o) => boState(o), []],
    ['Monto reembolsado', (c, o, r, i) => mxn(boState(o) === 'Reembolsado' ? boTotal(o, i) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Canal de venta', (c, o) => (boBox(o) ? 'Taquilla' : 'En línea'), [], opt],
    ['Nombre del comprador', (c) => MXP(c).full, []],
    ['Correo electrónico', (c, o) => (boBox(o) ? '' : MXP(c).email), EMAIL_ID],
    ['Teléfono', (c, o) => (boBox(o) ? '' : MXP(c).mobile), PHONE_ID, opt],
    ['Ciudad', (c, o) => (boBox(o) ? '' : MXP(c).city), [BILL('city'), GEO('city')], opt],
    ['Nombre del asistente', (c, o) => (n(o) % 4 === 1 ? row(['Luis Ángel Ortega', 'Fernanda Ibarra', 'Raúl Cisneros'], n(o) >> 2) : MXP(c).full), []],
    ['Check-in', (c, o) => (boState(o) === 'Pagado' && n(o) % 3 ? 'Sí' : 'No'), []],
    ['Fecha de check-in', (c, o, r, i) => (boState(o) === 'Pagado' && n(o) % 3 ? `${boTix(o, i)[2]} ${row(['14:12', '15:40', '16:05', '17:31', '18:48'], n(o) >> 1)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Spain: box / gym client list
  { name: 'resawod-clientes-exportar-es', product: 'Resawod (software de gestión para boxes y centros de entrenamiento; Panel > Clientes > Exportar (Excel), one row per client with the active rate, Spanish UI, a Valencia functional-training box)', family: 'memberships', language: 'es', schema: P, cols: [
    ['ID', (c) => String(18200 + (n(c) % 9000)), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(LAST2, n(c) >> 1)}`, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c) => c.mobile.replace('+34 ', '').replace(/ /g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['DNI/NIE', (c) => dniEs(20000000 + (n(c) * 37) % 30000000), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Dirección', (c) => `${rsPlace(c)[3]}, ${(n(c) % 120) + 1}${n(c) % 3 ? `, ${(n(c) % 8) + 1}º ${'ABCD'[n(c) % 4]}` : ''}`, at(HOME, 'street1')],
    ['Código postal', (c) => rsPlace(c)[2], at(HOME, 'postalCode')],
    ['Población', (c) => rsPlace(c)[0], at(HOME, 'city')],
    ['Provincia', (c) => rsPlace(c)[1], STATE(HOME)],
    ['Fecha de alta', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Estado', (c) => rsState(c), ['loyalty.status'], opt],
    ['Fecha de baja', (c) => (rsState(c) === 'Baja' ? dmy(cet(rsEnd(c)), '/') : ''), []],
    ['Tarifa', (c) => (rsState(c) === 'Baja' ? '' : rsRate(c)[0]), ['loyalty.tier'], opt],
    ['Importe tarifa', (c) => (rsState(c) === 'Baja' ? '' : dec(rsRate(c)[1])), []],
    ['Sesiones restantes', (c) => (rsRate(c)[0] === 'Bono 10 sesiones' && rsState(c) !== 'Baja' ? String(n(c) % 11) : ''), []],
    ['Próximo cobro', (c) => (['Activo', 'Impago'].includes(rsState(c)) && rsRate(c)[0] !== 'Bono 10 sesiones' ? `01/${pad(1 + (n(c) % 12))}/2025` : ''), []],
    ['Forma de pago', (c) => rsPay(c), []],
    ['IBAN', (c) => (rsPay(c) === 'Domiciliación SEPA' ? `ES${pad(10 + (n(c) % 89))} **** **** **** **** ${pad((n(c) * 7) % 10000, 4)}` : ''), []],
    ['Nivel', (c) => row(['Iniciación', 'Scaled', 'Scaled', 'RX', 'Iniciación'], n(c) >> 2), []],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Último acceso', (c) => (rsState(c) === 'Baja' ? '' : (() => { const p = cet(inHours(later(c, 90), cet, 7, 21)); return `${dmy(p, '/')} ${hm(p)}` })()), [], opt],
    ['Observaciones', (c) => row(['', '', 'Lesión de hombro derecho, evitar kipping', '', 'Viene con su pareja (descuento 10%)', '', 'Embarazada - adaptar entrenos'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Brazil: acquirer sales statement
  { name: 'safrapay-extrato-vendas-pt', product: 'SafraPay (Banco Safra\'s card acquirer; Portal SafraPay > Vendas > Extrato de vendas > Exportar (Excel), one row per sale with its MDR and expected payment date, Brazilian Portuguese UI, a Campinas (SP) pet shop and veterinary clinic)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data da venda', (c, o) => dmy(br(spAt(o)), '/'), ['timestamp']],
    ['Hora', (c, o) => hms(br(spAt(o))), [], opt],
    ['Estabelecimento', () => '1020345678', []],
    ['Nº lógico', (c, o) => (spLink(o) ? '' : row(['40218877', '40218878'], n(o) >> 3)), []],
    ['NSU', (c, o) => String(100000000 + n(o) * 7919).slice(0, 9), ['_id', OR('payments[0].transactionID')]],
    ['Código de autorização', (c, o, r) => (spState(o) === 'Negada' || spProd(o) === 'Pix' ? '' : `${v.int(r, 100000, 999999)}`), []],
    ['Produto', (c, o) => spProd(o), [OR('payments[0].paymentType')], opt],
    ['Bandeira', (c, o) => spBrand(o), [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o) => String(spInst(o)), []],
    ['Cartão', (c, o) => (spProd(o) === 'Pix' ? '' : `${spBin(o)}******${pad((n(o) * 31) % 10000, 4)}`), []],
    ['Modo de captura', (c, o) => spMode(o), []],
    ['Status', (c, o) => spState(o), []],
    ['Valor bruto (R$)', (c, o) => brl(spGross(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa MDR (%)', (c, o) => dec(spRate(o)), []],
    ['Valor MDR (R$)', (c, o) => brl(spFee(o)), []],
    ['Valor líquido (R$)', (c, o) => brl(spState(o) === 'Aprovada' ? spGross(o) - spFee(o) : 0), []],
    ['Valor cancelado (R$)', (c, o) => brl(spState(o) === 'Cancelada' ? spGross(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Previsão de pagamento', (c, o) => (spState(o) === 'Aprovada' ? dmy(br(spPayDay(o)), '/') : ''), [], opt],
    ['Nº do pedido', (c, o) => (spLink(o) ? `PED${pad(5100 + (n(o) % 4000), 6)}` : ''), [OR('purchaseID')]],
    ['Nome do comprador', (c, o) => (spLink(o) ? c.full : ''), []],
    ['E-mail do comprador', (c, o) => (spLink(o) ? c.email : ''), EMAIL_ID],
  ] },

  // ---------------------------------------------------------------- Brazil: loyalty programme members
  { name: 'bonuz-clientes-exportar-pt', product: 'Bonuz (plataforma de programas de fidelidade; Painel do lojista > Clientes > Exportar (CSV), one row per programme member with points balance, Brazilian Portuguese UI, a Florianópolis açaí and juice-bar chain\'s points club)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(7730000 + n(c)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['CPF', (c) => cpf(10000000 + (n(c) * 97) % 899999999), ['person.taxId']],
    ['E-mail', (c) => (n(c) % 6 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Celular', (c) => bzMobile(c), ['mobilePhone.number']],
    ['Data de nascimento', (c) => (n(c) % 4 === 0 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (n(c) % 5 === 0 ? 'Não informado' : fem(c) ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => bzPlace(c)[2], at(HOME, 'postalCode')],
    ['Cidade', (c) => bzPlace(c)[0], at(HOME, 'city')],
    ['UF', (c) => bzPlace(c)[1], STATE(HOME)],
    ['Data de cadastro', (c) => { const p = br(inHours(c.created, br, 10, 21)); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Loja de cadastro', (c) => row(bzStores, n(c)), []],
    ['Nível', (c) => bzTier(c), ['loyalty.tier']],
    ['Saldo de pontos', (c) => String(bzBalance(c)), ['loyalty.points']],
    ['Pontos acumulados', (c) => String(bzEarned(c)), ['loyalty.lifetimePoints']],
    ['Pontos resgatados', (c) => String(bzRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Pontos expirados', (c) => String(bzExpired(c)), ['loyalty.expiredPoints']],
    ['Pontos a expirar', (c) => String(bzExpiring(c)), ['loyalty.pointsExpiration[0].pointsExpiring']],
    ['Data de expiração', (c) => (bzExpiring(c) ? dmy(br(later(c, 60) + 60 * day), '/') : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate']],
    ['Total gasto (R$)', (c) => brl(bzEarned(c) + (n(c) % 100) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Qtde. de compras', (c) => String(1 + Math.floor(bzEarned(c) / 35)), []],
    ['Última compra', (c) => dmy(br(later(c, 120)), '/'), [], opt],
    ['Aceita SMS', (c) => (n(c) % 3 ? 'Sim' : 'Não'), [], opt],
    ['Aceita e-mail', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Status', (c) => (n(c) % 11 === 0 ? 'Inativo' : 'Ativo'), ['loyalty.status']],
  ] },

  // ---------------------------------------------------------------- Germany: ITSM user requests
  { name: 'itop-benutzeranfragen-export-de', product: 'iTop (Combodo open-source ITSM; Helpdesk > Benutzeranfragen > Suche > Exportieren (CSV, Datumsformat Y-m-d H:i:s, mit Feldern der Anrufer-Person), one row per user request, German UI, a Freiburg im Breisgau practice-software vendor\'s customer service desk)', family: 'support', language: 'de', schema: E, cols: [
    ['Referenz', (c, o) => `R-${pad(30000 + (n(o) % 60000), 6)}`, ['_id']],
    ['Titel', (c, o) => itTopic(o)[0], []],
    ['Organisation', (c) => itOrg(c)[0], []],
    ['Anrufer', (c) => `${c.first} ${c.last}`, []],
    ['Anrufer->E-Mail', (c) => `${slug(c.first[0])}.${slug(c.last)}@${itOrg(c)[1]}`, EMAIL_ID],
    ['Anrufer->Telefon', (c) => `${itOrg(c)[2]} ${v.int(seeded(c, 'it'), 20000, 899999)}`, PHONE_ID, opt],
    ['Status', (c, o) => itState(o), []],
    ['Anfragetyp', (c, o) => itTopic(o)[1], []],
    ['Herkunft', (c, o) => row(['E-Mail', 'Telefon', 'Portal', 'E-Mail', 'Telefon'], n(o) >> 1), [], opt],
    ['Auswirkung', (c, o) => (itPrio(o) === 'kritisch' ? 'Eine Abteilung' : 'Eine Person'), []],
    ['Dringlichkeit', (c, o) => itPrio(o), []],
    ['Priorität', (c, o) => itPrio(o), []],
    ['Service', (c, o) => itTopic(o)[2], []],
    ['Servicekategorie', (c, o) => itTopic(o)[3], []],
    ['Team', (c, o) => (itState(o) === 'Neu' ? '' : itTopic(o)[4]), []],
    ['Bearbeiter', (c, o) => (itState(o) === 'Neu' ? '' : row(['Jonas Weber', 'Miriam Baumann', 'Felix Schäfer', 'Sabine Kern'], n(o) >> 2)), []],
    ['Startdatum', (c, o) => itDT(itAt(o)), ['timestamp']],
    ['Zuweisungsdatum', (c, o) => (itState(o) === 'Neu' ? '' : itDT(itAssign(o))), []],
    ['Letzte Aktualisierung', (c, o) => itDT(itDone(o) ? itSolve(o) + (itState(o) === 'Geschlossen' ? 3 * day : 0) : itAssign(o) + 3600000), [], opt],
    ['Lösungsdatum', (c, o) => (itDone(o) ? itDT(itSolve(o)) : ''), []],
    ['Schließdatum', (c, o) => (itState(o) === 'Geschlossen' ? itDT(itSolve(o) + 3 * day) : ''), []],
    ['Lösungscode', (c, o) => (itDone(o) ? row(['Fehler behoben', 'Anwenderfehler', 'Konfiguration angepasst', 'Anfrage erledigt'], n(o) >> 1) : ''), []],
    ['TTO überschritten', (c, o) => (n(o) % 10 === 4 ? 'Ja' : 'Nein'), []],
    ['TTR überschritten', (c, o) => (itState(o) === 'Eskaliert TTR' ? 'Ja' : 'Nein'), []],
    ['Benutzerzufriedenheit', (c, o) => (itState(o) === 'Geschlossen' ? row(['Sehr zufrieden', 'Zufrieden', 'Sehr zufrieden', 'Unzufrieden'], n(o) >> 2) : ''), []],
  ] },

  // ---------------------------------------------------------------- Germany: agency ERP/CRM contact persons
  { name: 'projectfacts-kontakte-export-de', product: 'projectfacts (5 POINT AG, ERP/CRM for service companies; Kontakte > Personen > Listenansicht > Export (CSV), one row per contact person with the company, German UI, a Hamburg web agency\'s clients, prospects and partners)', family: 'crm', language: 'de', schema: B, cols: [
    ['Personen-Nr.', (c) => `P-${20400 + (n(c) % 9000)}`, B2BID],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 7 === 2 ? 'Dr.' : ''), ['person.name.courtesyTitle', 'person.name.suffix'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => pfFirm(c)[1], CO],
    ['Firmen-Nr.', (c) => pfFirm(c)[0], ACCT, opt],
    ['Abteilung', (c) => pfRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Position', (c) => pfRole(c)[fem(c) ? 2 : 1], ['extendedWorkDetails.jobTitle']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${pfFirm(c)[6]}`, ['workEmail.address']],
    ['Telefon', (c) => pfPhone(c, 1), ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 4 === 0 ? pfPhone(c, 2) : ''), ['faxPhone.number']],
    ['Straße', (c) => pfFirm(c)[2], [W('street1')]],
    ['PLZ', (c) => pfFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => pfFirm(c)[4], [W('city')]],
    ['Land', (c) => pfFirm(c)[5], [W('country')]],
    ['Website', (c) => `https://www.${pfFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['Kontaktstatus', (c) => pfStatus(c), ['b2b.personStatus'], opt],
    ['Verantwortlich', (c) => row(['Jana Petersen', 'Ole Hansen', 'Kim Bräuer'], n(c) >> 2), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Geburtstag', (c) => (n(c) % 3 === 0 ? dmy(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['Angelegt am', (c) => deDT(inHours(c.created, cet, 8, 18)), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deDT(inHours(Math.max(c.updated, c.created + day), cet, 8, 18)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemerkung', (c) => row(['', '', 'Relaunch 2024 angefragt', '', 'Ansprechpartner für SEA-Budget', 'Wartungsvertrag bis 12/2025', ''], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Denmark: newsletter subscribers
  { name: 'peytz-mail-abonnenter-eksport-da', product: 'Peytz Mail (Peytz & Co, København; Abonnenter > Eksportér abonnenter (CSV), one row per subscriber with the account\'s own fields and list memberships, Danish UI, an Aarhus independent cinema\'s newsletters)', family: 'email', language: 'da', schema: P, cols: [
    ['Abonnent-ID', (c) => String(3300000 + n(c) * 3), ['_id', 'personID']],
    ['E-mail', (c) => DK(c).email, ['personalEmail.address']],
    ['Fornavn', (c) => DK(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => DK(c).last, ['person.name.lastName']],
    ['Mobilnummer', (c) => (n(c) % 3 === 0 ? DK(c).mobile : ''), ['mobilePhone.number']],
    ['Fødselsdato', (c) => (n(c) % 4 === 1 ? '' : dkDate(v.parts(DK(c).birth))), ['person.birthDate']],
    ['Køn', (c) => (n(c) % 6 === 0 ? '' : DK(c).female ? 'Kvinde' : 'Mand'), ['person.gender']],
    ['Adresse', (c) => (n(c) % 2 ? DK(c).street : ''), at(HOME, 'street1')],
    ['Postnummer', (c) => DK(c).postal, at(HOME, 'postalCode')],
    ['By', (c) => DK(c).city, at(HOME, 'city')],
    ['Lister', (c) => pzLists(c), []],
    ['Status', (c) => pzState(c), [], opt],
    ['Tilmeldt', (c) => dkDT(c.created), [], opt],
    ['Kilde', (c) => pzSource(c), []],
    ['Afmeldt', (c) => (pzState(c) === 'Afmeldt' ? dkDT(later(c)) : ''), []],
    ['Antal bounces', (c) => String(pzState(c) === 'Hard bounce' ? 1 : n(c) % 5 === 2 ? 1 : 0), []],
    ['Seneste åbning', (c) => (pzState(c) === 'Aktiv' && n(c) % 4 ? dkDT(later(c, 200)) : ''), [], opt],
    ['Seneste klik', (c) => (pzState(c) === 'Aktiv' && n(c) % 4 === 1 ? dkDT(later(c, 200) + 60000) : ''), [], opt],
    ['Interesser', (c) => row(['Nye film', 'Dokumentar', 'Nye film;Klassikere', 'Børnefilm', '', 'Events;Dokumentar'], n(c) >> 1), []],
    ['Medlem af Filmklubben', (c) => (pzLists(c).includes('Filmklub') ? 'Ja' : 'Nej'), []],
  ] },

  // ---------------------------------------------------------------- Poland: ERP customer file with contact persons
  { name: 'symfonia-kontrahenci-eksport-pl', product: 'Symfonia ERP Handel (Symfonia sp. z o.o., formerly Sage Symfonia; Kartoteki > Kontrahenci > Eksport do arkusza (Excel/CSV) with the contact-person fields, one row per contact person with the customer\'s fields repeated, Polish UI, a Poznań packaging wholesaler)', family: 'b2b', language: 'pl', schema: B, cols: [
    ['Kod', (c) => plFirm(c)[0], ACCT, opt],
    ['Nazwa', (c) => plFirm(c)[1], CO],
    ['Pełna nazwa', (c) => plFirm(c)[2], CO],
    ['NIP', (c) => nip(plFirm(c)[3]), []],
    ['REGON', (c) => regon(plFirm(c)[4]), []],
    ['Ulica', (c) => plFirm(c)[5], [W('street1')]],
    ['Nr domu', (c) => plFirm(c)[6], [W('street1')], opt],
    ['Nr lokalu', (c) => plFirm(c)[7], [W('street2')], opt],
    ['Kod pocztowy', (c) => plFirm(c)[8], [W('postalCode')]],
    ['Miejscowość', (c) => plFirm(c)[9], [W('city')]],
    ['Województwo', (c) => plFirm(c)[10], STATE(['workAddress'])],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Telefon', (c) => plFirm(c)[11], ['workPhone.number']],
    ['E-mail', (c) => `biuro@${plFirm(c)[12]}`, ['workEmail.address'], opt],
    ['WWW', (c) => `www.${plFirm(c)[12]}`, ['b2b.companyWebsite']],
    ['Osoba kontaktowa', (c) => PLP(c).full, ['person.name.fullName']],
    ['Stanowisko', (c) => row(PL_ROLES, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Telefon osoby kontaktowej', (c) => PLP(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['E-mail osoby kontaktowej', (c) => `${slug(PLP(c).first)}.${slug(PLP(c).last)}@${plFirm(c)[12]}`, ['workEmail.address']],
    ['Grupa', (c) => plFirm(c)[13], []],
    ['Forma płatności', (c) => row(['przelew', 'przelew', 'przelew', 'przelew', 'przelew', 'przelew', 'pobranie'], plK(c)), []],
    ['Termin płatności (dni)', (c) => String(row([14, 30, 7, 21, 30, 60, 0], plK(c))), []],
    ['Limit kredytowy', (c) => pln(row([20000, 50000, 5000, 30000, 40000, 150000, 0], plK(c))), []],
    ['Rabat (%)', (c) => dec(row([0, 3, 0, 2.5, 3, 7, 0], plK(c))), []],
    ['Opiekun', (c) => row(['Marek Nowicki', 'Ewelina Sikora', 'Damian Pawlak', 'Ewelina Sikora', 'Marek Nowicki', 'Damian Pawlak', 'Damian Pawlak'], plK(c)), []],
    ['Data utworzenia', (c) => row(['12.03.2014', '05.09.2016', '21.01.2020', '17.06.2018', '03.11.2015', '28.02.2012', '09.05.2022'], plK(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Uwagi', (c) => row(['Dostawa tylko do 14:00', '', 'Faktury e-mailem', '', '', 'Klient VIP - priorytet wysyłki', 'Płatność przy odbiorze'], plK(c)), []],
  ] },
]
