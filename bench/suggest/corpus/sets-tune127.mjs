// Round 62, tune127: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of regions and languages, each export in its product's UI language: an
// e-mail verification service's results file for a Chicago broker's trade-show list (NeverBounce, US), a Canadian
// bank's card-acquiring transactions for a Halifax bakery (TD Merchant Solutions, CA) and an Indian admissions CRM's
// leads for a Pune university (Meritto, IN) (en 3); a German ticketing system's orders for a Leipzig club (Ticketpay)
// and a Berlin funnel builder's contacts for a Cologne IT service provider (Perspective) (de 2); a Brazilian
// digital-product platform's sales (Hubla) and a Brazilian TEF sub-acquirer's sales report for a Curitiba pharmacy
// (Cappta) (pt 2); a Swedish B2B visitor-identification tool's contact persons (Prospect Eye, sv 1); a Polish contact
// centre's helpdesk tickets (Thulium, pl 1); a Japanese ad-effectiveness tool's conversion attributes (AD EBiS, ja 1);
// a Turkish e-mail/SMS platform's contacts (Euromsg Express, tr 1); a loyalty app's members for a Querétaro coffee
// chain (Fidelizapp, es-MX 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
// local clocks: Halifax (Atlantic), Germany, Sweden and Poland keep summer time; India, Brazil, Japan, Turkey and
// Mexico (no DST since 2022) do not
const hfx = (ms) => local(ms, -4)
const cet = (ms) => local(ms, 1)
const ist = (ms) => shift(ms, 5.5)
const brt = (ms) => shift(ms, -3)
const jst = (ms) => shift(ms, 9)
const trt = (ms) => shift(ms, 3)
const mex = (ms) => shift(ms, -6)
// the same instant moved into opening hours [lo, hi] of a local clock
const open = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const after = (c, k = 300) => c.created + ((n(c) % k) + 2) * day + (n(c) % 40000) * 1000

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hsh = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hsh(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/å/g, 'a').replace(/ü/g, 'u').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames ([m, f] where they differ), [city, state/district, postcode], streets, mail domains]
  in: [['Aarav', 'Rohan', 'Aditya', 'Siddharth', 'Omkar', 'Pranav', 'Yash', 'Atharva', 'Tanmay', 'Rahul', 'Sahil', 'Vedant'],
    ['Ananya', 'Sakshi', 'Shruti', 'Pooja', 'Riya', 'Tanvi', 'Sneha', 'Aishwarya', 'Isha', 'Gauri', 'Neha', 'Mrunal'],
    ['Patil', 'Kulkarni', 'Deshmukh', 'Joshi', 'Shinde', 'Pawar', 'Jadhav', 'Deshpande', 'Gaikwad', 'Sharma', 'Agarwal', 'Iyer', 'Nair', 'Chavan', 'Bhosale', 'Mehta'],
    [['Pune', 'Maharashtra', '411004'], ['Pune', 'Maharashtra', '411038'], ['Pimpri-Chinchwad', 'Maharashtra', '411018'], ['Mumbai', 'Maharashtra', '400076'], ['Thane', 'Maharashtra', '400601'], ['Nashik', 'Maharashtra', '422005'], ['Aurangabad', 'Maharashtra', '431001'], ['Kolhapur', 'Maharashtra', '416003'], ['Nagpur', 'Maharashtra', '440010'], ['Indore', 'Madhya Pradesh', '452001'], ['Panaji', 'Goa', '403001'], ['Hyderabad', 'Telangana', '500034'], ['Jaipur', 'Rajasthan', '302017'], ['Raipur', 'Chhattisgarh', '492001']],
    [], ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.in', 'rediffmail.com', 'outlook.com', 'gmail.com']],
  sv: [['Erik', 'Lars', 'Anders', 'Johan', 'Karl', 'Per', 'Mikael', 'Fredrik', 'Magnus', 'Daniel', 'Oskar', 'Henrik'],
    ['Anna', 'Maria', 'Karin', 'Sara', 'Emma', 'Johanna', 'Sofia', 'Elin', 'Linnea', 'Malin', 'Ida', 'Frida'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Bergström', 'Lundqvist', 'Holm'],
    [['Göteborg', '', '']], [], ['']],
  pl: [['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Grzegorz', 'Jakub', 'Adam', 'Rafał', 'Wojciech'],
    ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Natalia', 'Karolina', 'Justyna', 'Beata'],
    [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Pietrzak', 'Pietrzak']],
    [['Wrocław', 'dolnośląskie', '50-001']], [], ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com']],
  tr: [['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Emre', 'Burak', 'Can', 'Murat', 'Oğuz', 'Kerem', 'Serkan'],
    ['Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Emine', 'Merve', 'Esra', 'Derya', 'Büşra', 'Selin', 'Gizem', 'Ebru'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Koç', 'Kurt'],
    [['İzmir', 'Karşıyaka', '35540'], ['İzmir', 'Bornova', '35040'], ['İzmir', 'Konak', '35250'], ['İzmir', 'Buca', '35390'], ['İzmir', 'Çiğli', '35610'], ['İstanbul', 'Kadıköy', '34710'], ['İstanbul', 'Beşiktaş', '34353'], ['Ankara', 'Çankaya', '06690'], ['Bursa', 'Nilüfer', '16120'], ['Antalya', 'Muratpaşa', '07100'], ['Manisa', 'Yunusemre', '45030'], ['Denizli', 'Pamukkale', '20160']],
    ['Atatürk Cad.', 'Cumhuriyet Bulvarı', 'İnönü Cad.', 'Gazi Bulvarı', '1203/4 Sok.', 'Menderes Cad.', 'Bağdat Cad.', 'Şehit Nevres Bulvarı'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com', 'icloud.com']],
  mx: [['José Luis', 'Juan Carlos', 'Alejandro', 'Diego', 'Luis Fernando', 'Rodrigo', 'Emiliano', 'Jorge', 'Ricardo', 'Arturo', 'Óscar', 'Eduardo'],
    ['María Fernanda', 'Guadalupe', 'Ximena', 'Daniela', 'Andrea', 'Valeria', 'Mariana', 'Paola', 'Itzel', 'Alejandra', 'Karla', 'Regina'],
    ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Reséndiz', 'Ugalde', 'Olvera', 'Mendoza'],
    [['Santiago de Querétaro', 'Querétaro', '76000'], ['Santiago de Querétaro', 'Querétaro', '76090'], ['Santiago de Querétaro', 'Querétaro', '76146'], ['Santiago de Querétaro', 'Querétaro', '76230'], ['Corregidora', 'Querétaro', '76900'], ['El Marqués', 'Querétaro', '76246'], ['San Juan del Río', 'Querétaro', '76800']],
    [], ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com']],
}
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const l = v.pick(r, LAST), last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const [city, region, postal] = v.pick(r, PLACES)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, birth: v.birth(r), no: v.int(r, 1, 90) }
  p.email = `${slug(first.split(' ')[0])}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'in') p.mobile = `${v.pick(r, ['98', '97', '96', '95', '94', '93', '91', '90', '88', '87', '86', '83', '82', '81', '80', '79', '77', '75', '73', '70', '63', '62'])}${pad(v.int(r, 0, 99999999), 8)}`
  if (cc === 'sv') p.mobile = `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  if (cc === 'pl') p.mobile = `${v.pick(r, ['501', '502', '508', '512', '530', '535', '600', '601', '602', '660', '691', '730', '790', '880'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  if (cc === 'tr') {
    p.mobile = `${v.pick(r, ['530', '532', '533', '535', '536', '505', '506', '542', '543', '544', '551', '553', '555'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    p.street = `${v.pick(r, STREETS)} No: ${p.no}${r() < 0.7 ? ` D: ${v.int(r, 1, 24)}` : ''}`
  }
  if (cc === 'mx') p.mobile = `442${pad(v.int(r, 0, 9999999), 7)}`
  return p
})
const IN = (c) => lp(c, 'in'), SV = (c) => lp(c, 'sv'), PLP = (c) => lp(c, 'pl'), TR = (c) => lp(c, 'tr'), MX = (c) => lp(c, 'mx')
// the shared person's first name decides the gender where a column shows it (Anrede)
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia', 'Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- NeverBounce: a Chicago insurance broker's show list
// [company, domain, industry, size, street, suite, city, state, zip, switchboard]
const NB_FIRMS = [
  ['Lakeshore Cold Storage LLC', 'lakeshorecold.com', 'Warehousing', '201-500', '4400 S Racine Ave', '', 'Chicago', 'IL', '60609', '(773) 555-0142'],
  ['Prairie State Fabricators Inc.', 'prairiestatefab.com', 'Manufacturing', '51-200', '1250 Kirk Rd', 'Bldg B', 'Batavia', 'IL', '60510', '(630) 555-0178'],
  ['Great Lakes Dental Partners', 'gldentalpartners.com', 'Health Care', '501-1000', '1 Pierce Pl', 'Suite 900', 'Itasca', 'IL', '60143', '(630) 555-0110'],
  ['Fox Valley Transit Services', 'foxvalleytransit.com', 'Transportation', '201-500', '2100 Corporate Dr', '', 'Aurora', 'IL', '60502', '(630) 555-0166'],
  ['Hoosier Food Distributors', 'hoosierfood.com', 'Wholesale', '201-500', '7750 Zionsville Rd', '', 'Indianapolis', 'IN', '46268', '(317) 555-0193'],
  ['Badger Ridge Senior Living', 'badgerridgeliving.org', 'Senior Care', '501-1000', '8330 W Forest Home Ave', '', 'Greenfield', 'WI', '53220', '(414) 555-0137'],
  ['North Shore Property Group', 'northshorepg.com', 'Real Estate', '51-200', '1800 Sherman Ave', 'Suite 400', 'Evanston', 'IL', '60201', '(847) 555-0121'],
]
const nbFirm = (c) => row(NB_FIRMS, n(c) % 7)
const NB_TITLES = ['Risk Manager', 'CFO', 'Director of Risk Management', 'VP Finance', 'Controller', 'HR Director', 'Safety Manager', 'Director of Operations', 'Benefits Manager']
const nbTitle = (c) => row(NB_TITLES, (n(c) >> 1) % 9)
// [result, flags]
const NB_RES = [['valid', 'has_dns, has_dns_mx, smtp_connectable'], ['valid', 'has_dns, has_dns_mx, smtp_connectable'], ['catchall', 'has_dns, has_dns_mx, accepts_all'], ['valid', 'has_dns, has_dns_mx, smtp_connectable'], ['invalid', 'has_dns, has_dns_mx, bad_syntax'], ['valid', 'has_dns, has_dns_mx, smtp_connectable, role_account'], ['unknown', 'has_dns, has_dns_mx, connect_fails'], ['valid', 'has_dns, has_dns_mx, smtp_connectable, free_email_host']]
const nbRes = (c) => row(NB_RES, (n(c) >> 2) % 8)
const nbMail = (c) => {
  const res = nbRes(c)
  if (res[1].includes('free_email_host')) return `${slug(c.first)}${slug(c.last)}${n(c) % 90}@gmail.com`
  if (res[1].includes('role_account')) return `${row(['info', 'risk', 'accounting'], n(c))}@${nbFirm(c)[1]}`
  if (res[1].includes('bad_syntax')) return `${slug(c.first)}.${slug(c.last)}@${nbFirm(c)[1]}.`
  return `${slug(c.first)[0]}${slug(c.last)}@${nbFirm(c)[1]}`
}
const nbFix = (c) => (nbRes(c)[1].includes('bad_syntax') ? `${slug(c.first)}.${slug(c.last)}@${nbFirm(c)[1]}` : '')

// ---------------------------------------------------------------- TD Merchant Solutions: a Halifax bakery-café
const tdEntry = (o) => row(['Contactless', 'Chip', 'Contactless', 'Contactless', 'eCommerce', 'Chip', 'Contactless', 'Swipe', 'Manual'], n(o))
const tdOnline = (o) => ['eCommerce', 'Manual'].includes(tdEntry(o))
const tdAt = (o) => (tdEntry(o) === 'eCommerce' ? o.at : open(o.at, hfx, 7, 17))
// [card type, BIN]
const TD_CARDS = [['Interac', '451014'], ['Visa', '450231'], ['Mastercard', '520474'], ['Interac', '453781'], ['Visa', '455620'], ['Amex', '371742'], ['Mastercard', '551284'], ['Interac', '451014']]
const tdCard = (o) => (tdOnline(o) ? row(TD_CARDS.filter((x) => x[0] !== 'Interac'), n(o) >> 1) : row(TD_CARDS, n(o) >> 1))
const tdType = (o) => (n(o) % 17 === 0 ? 'Refund' : n(o) % 13 === 0 && tdOnline(o) ? 'Pre-Auth Completion' : 'Purchase')
const tdStatus = (o) => (n(o) % 19 === 4 ? 'Declined' : 'Approved')
const tdBase = (o) => Math.round((tdOnline(o) ? 28 + (n(o) % 50) * 2.15 + o.qty * 6.5 : 4.25 + (n(o) % 70) * 0.35 + o.qty * 2.75) * 100) / 100
const tdTip = (o) => (!tdOnline(o) && tdType(o) === 'Purchase' && n(o) % 3 === 1 ? Math.round(tdBase(o) * 0.15 * 100) / 100 : 0)
const tdCash = (o) => (tdCard(o)[0] === 'Interac' && tdEntry(o) === 'Chip' && n(o) % 5 === 2 ? 40 : 0)
const tdTotal = (o) => (tdType(o) === 'Refund' ? -1 : 1) * (tdBase(o) + tdTip(o) + tdCash(o))
const tdBatch = (o) => String(412 + Math.floor((tdAt(o) - Date.UTC(2019, 0, 1)) / day) % 900)

// ---------------------------------------------------------------- Meritto: a Pune private university's admissions
// [course, specialisation]
const ME_COURSE = [['B.Tech', 'Computer Engineering'], ['B.Tech', 'Artificial Intelligence and Data Science'], ['BBA', 'Digital Marketing'], ['B.Tech', 'Mechanical Engineering'], ['B.Des', 'Communication Design'], ['BCA', 'Cloud Computing'], ['B.Com (Hons)', 'Accounting and Finance'], ['B.Sc', 'Biotechnology'], ['BBA LLB', 'Integrated Law']]
const meCourse = (c) => row(ME_COURSE, n(c) % 9)
// [stage, sub-stage]
const ME_STAGE = [['Fresh Lead', ''], ['Contacted', 'Call Back Later'], ['Interested', 'Campus Visit Scheduled'], ['Application Started', 'Form Fee Pending'], ['Application Submitted', 'Documents Pending'], ['Not Interested', 'Budget Constraint'], ['Enrolled', 'Seat Confirmed'], ['Contacted', 'Not Reachable'], ['Interested', 'Counselling Done'], ['Application Submitted', 'Entrance Test Booked']]
const meStage = (c) => row(ME_STAGE, (n(c) >> 1) % 10)
// [source, medium, campaign]
const ME_SRC = [['Google Ads', 'cpc', 'UG_Admissions_2025_Search'], ['Facebook', 'paid_social', 'UG_2025_Lead_Form'], ['Organic', 'website', ''], ['Shiksha', 'publisher', 'Shiksha_UG_2025'], ['CollegeDekho', 'publisher', 'CD_BTech_2025'], ['Walk-in', 'offline', ''], ['Instagram', 'paid_social', 'UG_2025_Reels'], ['Education Fair', 'offline', 'Nagpur_Fair_Dec']]
const meSrc = (c) => row(ME_SRC, (n(c) >> 2) % 8)
const meApplied = (c) => ['Application Started', 'Application Submitted', 'Enrolled'].includes(meStage(c)[0])
const meCounsellors = ['Prachi Wagh', 'Nikhil Sawant', 'Swati Kale', 'Amol Dhamale', 'Rutuja Patankar']
// the admissions cycle: leads come in between September 2024 and June 2025
const meReg = (c) => open(Date.UTC(2024, 8, 1) + (n(c) % 290) * day + (n(c) % 86400) * 1000, ist, 8, 23)
const meDT = (ms) => { const p = ist(ms); return `${dmy(p, '-')} ${hm(p)}` }
const FATHERS = ['Sunil', 'Rajesh', 'Sanjay', 'Prakash', 'Vijay', 'Anil', 'Ramesh', 'Dilip', 'Mahesh', 'Suresh']

// ---------------------------------------------------------------- Ticketpay: a Leipzig live-music club
// [event, category, price, presale fee]
const TP_EVENTS = [['Kraftklub-Tribute: Wir sind Chemnitz', 'Stehplatz', 18, 2.2], ['Leipziger Indienacht Vol. 14', 'Stehplatz', 14, 1.8], ['Jazz im Keller: Trio Mondstein', 'Sitzplatz freie Platzwahl', 22, 2.4], ['Leipziger Indienacht Vol. 14', 'Ermäßigt (Studierende)', 10, 1.5], ['Elektro-Sonntag Open Air', 'Early Bird', 12, 1.6], ['Singer-Songwriter Abend: Lena Falk', 'Stehplatz', 16, 2.0], ['Elektro-Sonntag Open Air', 'Regulär', 17, 2.0]]
const tpEv = (o, i) => row(TP_EVENTS, i + n(o))
const tpState = (o) => row(['bezahlt', 'bezahlt', 'bezahlt', 'storniert', 'bezahlt', 'offen', 'bezahlt', 'bezahlt'], n(o))
const tpPay = (o) => (tpState(o) === 'offen' ? 'Vorkasse (Überweisung)' : row(['PayPal', 'Kreditkarte', 'PayPal', 'Klarna Sofort', 'Kreditkarte', 'Apple Pay', 'PayPal'], n(o) >> 1))
const tpSys = 0.99
const tpDisc = (o, i) => (o.discount && tpEv(o, i)[1] !== 'Ermäßigt (Studierende)' ? 2 : 0)
const tpLine = (o, i) => tpEv(o, i)[2] + tpEv(o, i)[3] - tpDisc(o, i)
const tpSum = (o, i) => tpLine(o, i) * o.qty + tpSys
const tpShow = (o) => o.at + (4 + (n(o) % 40)) * day
const tpShowP = (o) => { const p = cet(tpShow(o)); return { ...p, H: 20, M: 0 } }
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const eur = (x) => dec(x)

// ---------------------------------------------------------------- Perspective: a Cologne IT managed-services funnel
// [company, domain, industry, postcode]
const PS_FIRMS = [['Schreinerei Brückmann GmbH', 'brueckmann-holz.de', 'Handwerk', '50825'], ['Kanzlei Dr. Voss & Kollegen', 'voss-kollegen.de', 'Rechts- und Steuerberatung', '50672'], ['Rheinland Dental Labor GmbH', 'rheinland-dentallabor.de', 'Gesundheitswesen', '51149'], ['Hausverwaltung Kessler KG', 'kessler-hv.de', 'Immobilien', '50937'], ['Spedition Ahrens GmbH & Co. KG', 'ahrens-spedition.de', 'Logistik', '50996'], ['Bergisch Gladbacher Pflegedienst GmbH', 'bg-pflegedienst.de', 'Pflege', '51465'], ['Feinkost Hansen e.K.', 'feinkost-hansen.de', 'Handel', '53111'], ['Ingenieurbüro Lenz PartG', 'ib-lenz.de', 'Ingenieurwesen', '41460']]
const psFirm = (c) => row(PS_FIRMS, n(c) % 8)
const PS_ROLES = [['Geschäftsführer', 'Geschäftsführerin'], ['Inhaber', 'Inhaberin'], ['Büroleiter', 'Büroleiterin'], ['IT-Verantwortlicher', 'IT-Verantwortliche'], ['Kaufmännischer Leiter', 'Kaufmännische Leiterin'], ['Praxismanager', 'Praxismanagerin']]
const psRole = (c) => row(PS_ROLES, (n(c) >> 1) % 6)[fem(c) ? 1 : 0]
const psStatus = (c) => row(['Neu', 'Kontaktiert', 'Termin vereinbart', 'Neu', 'Qualifiziert', 'Kein Interesse', 'Kontaktiert'], n(c))
const psUtm = (c) => row([['linkedin', 'paid', 'it-sicherheitscheck-q2'], ['google', 'cpc', 'it-sicherheitscheck-search'], ['', '', ''], ['newsletter', 'email', 'kundenmailing-mai'], ['linkedin', 'paid', 'it-sicherheitscheck-q2'], ['facebook', 'paid', 'retargeting-handwerk']], n(c) >> 2)
const psPhone = (c) => (n(c) % 3 === 0 ? c.mobile.replace('+49 ', '0').replace(/ /g, '') : `0221 ${v.int(seeded(c, 'ps'), 2000000, 9999999)}`)

// ---------------------------------------------------------------- Hubla: a Belo Horizonte sourdough teacher
// [product id, product, offer, type, price]
const HB_PRODS = [['prd_8Kq2LmZ1', 'Curso Fermentação Natural do Zero', 'Oferta principal', 'Pagamento único', 397], ['prd_8Kq2LmZ1', 'Curso Fermentação Natural do Zero', 'Lote de lançamento', 'Pagamento único', 297], ['prd_Tn5Xw0aC', 'Comunidade Pão de Verdade', 'Plano mensal', 'Assinatura', 39.9], ['prd_Tn5Xw0aC', 'Comunidade Pão de Verdade', 'Plano anual', 'Assinatura', 358.8], ['prd_Pz71RbQe', 'E-book Panetone Artesanal', 'Oferta principal', 'Pagamento único', 47], ['prd_Hv33KdYs', 'Workshop ao vivo: Focaccia e Ciabatta', 'Ingresso', 'Pagamento único', 127]]
const hbProd = (o) => row(HB_PRODS, n(o) % 6)
const hbPay = (o) => row(['Cartão de crédito', 'Pix', 'Cartão de crédito', 'Pix', 'Boleto', 'Cartão de crédito', 'Pix'], n(o) >> 1)
const hbState = (o) => (hbPay(o) === 'Boleto' && n(o) % 3 === 0 ? 'Expirado' : n(o) % 14 === 3 ? 'Reembolsado' : n(o) % 23 === 7 ? 'Chargeback' : n(o) % 11 === 5 ? 'Aguardando pagamento' : 'Pago')
const hbPaid = (o) => ['Pago', 'Reembolsado', 'Chargeback'].includes(hbState(o))
const hbDisc = (o) => (o.discount && hbProd(o)[3] === 'Pagamento único' ? Math.round(hbProd(o)[4] * 10) / 100 : 0)
const hbGross = (o) => hbProd(o)[4] - hbDisc(o)
const hbInst = (o) => (hbPay(o) === 'Cartão de crédito' && hbGross(o) > 100 ? 1 + (n(o) % 12) : 1)
const hbFee = (o) => (hbPaid(o) ? Math.round((hbGross(o) * 0.0699 + 2.49) * 100) / 100 : 0)
const hbAff = (o) => (n(o) % 5 === 2 && hbProd(o)[3] === 'Pagamento único' ? row(['Padaria da Lu', 'Cozinha com Tati', 'Rafa Fermenta'], n(o) >> 3) : '')
const hbComm = (o) => (hbAff(o) && hbPaid(o) ? Math.round(hbGross(o) * 0.3 * 100) / 100 : 0)
const hbDT = (ms) => { const p = brt(ms); return `${dmy(p, '/')} ${hms(p)}` }
const brl = (x) => thou(x)
// a CPF with its two check digits (mod 11, weights 10..2 then 11..2)
const cpfOf = (k) => { const ds = String(k).padStart(9, '0').split('').map(Number); for (const w0 of [10, 11]) { const s = ds.reduce((a, d, j) => a + d * (w0 - j), 0) % 11; ds.push(s < 2 ? 0 : 11 - s) } const x = ds.join(''); return `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}` }
const UTMS = [['instagram', 'bio'], ['youtube', 'video-fermentacao'], ['', ''], ['instagram', 'stories-lancamento'], ['email', 'lista-espera'], ['facebook', 'ads-remarketing']]

// ---------------------------------------------------------------- Cappta: a Curitiba pharmacy
const cpProd = (o) => row(['Débito', 'Crédito à vista', 'Pix', 'Débito', 'Crédito parcelado', 'Crédito à vista', 'Voucher', 'Débito', 'Pix'], n(o))
const cpBrand = (o) => (cpProd(o) === 'Pix' ? '' : cpProd(o) === 'Voucher' ? row(['Alelo', 'VR', 'Ticket'], n(o) >> 1) : cpProd(o) === 'Débito' ? row(['Visa', 'Mastercard', 'Elo'], n(o) >> 1) : row(['Mastercard', 'Visa', 'Elo', 'Hipercard', 'Visa', 'American Express'], n(o) >> 1))
const CP_BIN = { Visa: '498408', Mastercard: '516292', Elo: '636368', Hipercard: '606282', 'American Express': '376449', Alelo: '506758', VR: '627416', Ticket: '602651' }
const cpInst = (o) => (cpProd(o) === 'Crédito parcelado' ? 2 + (n(o) % 4) : 1)
const cpGross = (o) => Math.round((12.9 + (n(o) % 60) * 3.45 + o.qty * 8.7 + (cpInst(o) > 1 ? 180 : 0)) * 100) / 100
const cpState = (o) => (n(o) % 16 === 0 ? 'Cancelada' : n(o) % 21 === 9 ? 'Desfeita' : 'Aprovada')
const cpRate = (o) => ({ Débito: 1.09, 'Crédito à vista': 2.49, 'Crédito parcelado': 2.99 + cpInst(o) * 0.4, Pix: 0.75, Voucher: 3.9 })[cpProd(o)]
const cpFee = (o) => (cpState(o) === 'Aprovada' ? Math.round(cpGross(o) * cpRate(o)) / 100 : 0)
const cpAt = (o) => open(o.at, brt, 8, 21)
const cpPayDay = (o) => cpAt(o) + ({ Débito: 1, 'Crédito à vista': 30, 'Crédito parcelado': 30, Pix: 0, Voucher: 28 })[cpProd(o)] * day

// ---------------------------------------------------------------- Prospect Eye: a Gothenburg TMS vendor's visitors
// [company, org. no., SNI, employees, turnover (tkr), domain, street, postcode, city, county, switchboard]
const PE_FIRMS = [
  ['Nordic Kyl & Frys Transport AB', '556712-3456', '49410 Vägtransport, godstrafik', '50-99', '84 200', 'nkft.se', 'Importgatan 12', '422 46', 'Hisings Backa', 'Västra Götalands län', '031-52 40 00'],
  ['Borås Textilgrossisten AB', '556433-8812', '46410 Partihandel med textilier', '20-49', '61 500', 'textilgrossisten.se', 'Sandlidsgatan 3', '504 33', 'Borås', 'Västra Götalands län', '033-41 22 80'],
  ['Jönköpings Lagerlogistik AB', '559021-4471', '52100 Magasinering och varulagring', '100-199', '212 000', 'jlagerlogistik.se', 'Bangårdsgatan 8', '553 03', 'Jönköping', 'Jönköpings län', '036-18 77 00'],
  ['Skaraborgs Mejeriprodukter AB', '556120-9937', '10510 Mejerier', '200-499', '1 140 000', 'skaramejeri.se', 'Industrigatan 22', '532 37', 'Skara', 'Västra Götalands län', '0511-34 50 00'],
  ['Halmstad Bygghandel AB', '556245-6620', '46730 Partihandel med trävaror och byggmaterial', '50-99', '348 000', 'halmstadbygg.se', 'Stationsgatan 40', '302 45', 'Halmstad', 'Hallands län', '035-15 60 00'],
  ['Värmlands Pellets AB', '556802-1175', '16290 Tillverkning av andra produkter av trä', '20-49', '96 400', 'varmlandspellets.se', 'Hamngatan 7', '652 24', 'Karlstad', 'Värmlands län', '054-85 21 10'],
  ['Göteborgs Hamnspedition AB', '556074-3302', '52290 Övriga stödtjänster till transport', '100-199', '455 000', 'ghspedition.se', 'Skandiahamnen 4', '418 34', 'Göteborg', 'Västra Götalands län', '031-65 90 00'],
]
const peFirm = (c) => row(PE_FIRMS, n(c) % 7)
// [title, area]
const PE_ROLES = [['Logistikchef', 'Logistik'], ['VD', 'Ledning'], ['Transportansvarig', 'Logistik'], ['Inköpschef', 'Inköp'], ['CFO', 'Ekonomi'], ['IT-chef', 'IT'], ['Trafikledare', 'Logistik'], ['Lagerchef', 'Logistik']]
const peRole = (c) => row(PE_ROLES, (n(c) >> 1) % 8)
const PE_PAGES = ['/priser; /tms-for-akerier; /boka-demo', '/; /kunder', '/integrationer/fortnox; /priser', '/tms-for-grossister; /case/borasfrakt', '/boka-demo', '/blogg/elektroniska-fraktsedlar; /', '/priser; /om-oss; /kontakt']
const peVisits = (c) => 1 + (n(c) % 9)
const peLast = (c) => open(after(c, 60), cet, 7, 18)

// ---------------------------------------------------------------- Thulium: a Wrocław online furniture shop's service desk
// [subject, queue, tags]
const TH_TOPICS = [['Reklamacja - uszkodzony blat stołu', 'Reklamacje', 'reklamacja; transport'], ['Kiedy dostawa zamówienia?', 'Obsługa klienta', 'dostawa; status zamówienia'], ['Zwrot sofy w terminie 14 dni', 'Zwroty', 'zwrot; odstąpienie od umowy'], ['Brak elementu w paczce (zawiasy)', 'Reklamacje', 'reklamacja; brakujące elementy'], ['Faktura VAT na firmę', 'Księgowość', 'faktura'], ['Zmiana adresu dostawy', 'Obsługa klienta', 'dostawa; zmiana danych'], ['Pytanie o wymiary szafy PAX-180', 'Przedsprzedaż', 'pytanie o produkt'], ['Płatność nie została zaksięgowana', 'Księgowość', 'płatność; BLIK']]
const thTopic = (o) => row(TH_TOPICS, n(o) % 8)
const thState = (o) => row(['Zamknięte', 'Otwarte', 'Zamknięte', 'Oczekujące na klienta', 'Nowe', 'Zamknięte', 'Rozwiązane', 'Zamknięte'], n(o) >> 1)
const thDone = (o) => ['Zamknięte', 'Rozwiązane'].includes(thState(o))
const thAt = (o) => open(o.at, cet, 7, 21)
const thFirst = (o) => (thState(o) === 'Nowe' ? 0 : (6 + (n(o) % 230)) * 60000)
const thSolve = (o) => open(thAt(o) + (3 + (n(o) % 96)) * 3600000, cet, 8, 20)
const thDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }
const dur = (ms) => { const m = Math.round(ms / 60000); return `${pad(Math.floor(m / 60))}:${pad(m % 60)}:00` }
const thAgents = ['Marta Sobczak', 'Kamil Wróbel', 'Dominika Lis', 'Bartosz Kubiak']

// ---------------------------------------------------------------- AD EBiS: a Fukuoka skincare D2C brand
// [CV name, base amount, item code]
const EB_CV = [['購入完了', 4980, 'SK-LOT-150'], ['定期購入申込', 3980, 'SK-TEIKI-01'], ['購入完了', 8760, 'SK-SET-TRIAL2'], ['会員登録', 0, ''], ['購入完了', 2980, 'SK-CLN-120'], ['定期購入申込', 3980, 'SK-TEIKI-01'], ['サンプル請求', 0, 'SK-SAMPLE']]
const ebCv = (o) => row(EB_CV, n(o) % 7)
const ebAmt = (o) => (ebCv(o)[1] ? ebCv(o)[1] + (ebCv(o)[0] === '購入完了' ? (o.qty - 1) * 1980 : 0) : 0)
// [inflow type, media type, ad group 1, ad group 2, ad id, ad name, referrer]
const EB_ADS = [
  ['広告', 'リスティング', 'Google検索', 'ブランド指名', 'ad0001284', 'ブランド名_完全一致', 'https://www.google.com/'],
  ['広告', 'SNS', 'Instagram', '定期_リール', 'ad0002210', 'リール_乾燥肌_0412', 'https://l.instagram.com/'],
  ['自然検索', '', '', '', '', '', 'https://www.google.co.jp/'],
  ['広告', 'アフィリエイト', 'A8.net', '美容ブログ', 'ad0001902', 'A8_トライアルセット', 'https://www.example-beauty-blog.jp/review/'],
  ['直接流入', '', '', '', '', '', ''],
  ['広告', 'SNS', 'LINE', '友だち追加', 'ad0002377', 'LINE_クーポン配信', 'https://line.me/'],
  ['参照元', '', '', '', '', '', 'https://www.cosme.net/'],
  ['広告', 'リスティング', 'Yahoo!検索', '一般_保湿', 'ad0001455', '保湿化粧水_部分一致', 'https://search.yahoo.co.jp/'],
]
const ebAd = (o) => row(EB_ADS, (n(o) >> 1) % 8)
// [device, OS, browser]
const EB_DEV = [['スマートフォン', 'iOS', 'Safari'], ['スマートフォン', 'Android', 'Chrome'], ['PC', 'Windows', 'Chrome'], ['スマートフォン', 'iOS', 'LINE'], ['PC', 'Mac OS', 'Safari'], ['タブレット', 'iPadOS', 'Safari'], ['スマートフォン', 'iOS', 'Instagram'], ['PC', 'Windows', 'Edge']]
const ebDev = (o) => row(EB_DEV, (n(o) * 3) % 8)
const ebLatency = (o) => (ebAd(o)[0] === '直接流入' ? 0 : n(o) % 11 === 0 ? 0 : (n(o) % 19))
const ebFirst = (o) => o.at - ebLatency(o) * day - (n(o) % 7200) * 1000
const jaDT = (ms) => { const p = jst(ms); return `${ymd(p, '/')} ${hms(p)}` }
const yen = (x) => String(Math.round(x))

// ---------------------------------------------------------------- Euromsg Express: an İzmir home-textiles shop
const euState = (c) => row(['Aktif', 'Aktif', 'Aktif', 'Abonelikten çıktı', 'Aktif', 'Geri döndü (hard bounce)', 'Aktif', 'Aktif'], n(c))
const euSource = (c) => row(['Web sitesi üyelik', 'Mobil uygulama', 'Web sitesi üyelik', 'Mağaza (Alsancak)', 'Sepet popup', 'Web sitesi üyelik', 'Instagram çekiliş'], n(c) >> 1)
const euOrders = (c) => (euSource(c) === 'Instagram çekiliş' ? 0 : n(c) % 9)
const euSpend = (c) => euOrders(c) * (189.9 + (n(c) % 40) * 17.5)
const trDate = (ms) => dmy(trt(ms))

// ---------------------------------------------------------------- Fidelizapp: a Querétaro coffee-shop chain
const fzStores = ['Centro Histórico', 'Juriquilla', 'Plaza Antea', 'El Refugio', 'Corregidora']
const fzVisits = (c) => 1 + (n(c) % 64)
const fzEarned = (c) => fzVisits(c) * (8 + (n(c) % 7))
const fzRedeemed = (c) => Math.min(fzEarned(c), Math.floor(fzVisits(c) / 10) * 80)
const fzBalance = (c) => fzEarned(c) - fzRedeemed(c)
const fzTier = (c) => (fzEarned(c) >= 400 ? 'Oro' : fzEarned(c) >= 150 ? 'Plata' : 'Bronce')
const fzSpend = (c) => fzVisits(c) * (68 + (n(c) % 9) * 11.5)
const fzLast = (c) => open(after(c, 180), mex, 7, 21)
const mxn = (x) => thou(x, ',', '.')

export const SETS = [
  // ---------------------------------------------------------------- US: verified trade-show contact list
  { name: 'neverbounce-list-results-download', product: 'NeverBounce (ZoomInfo\'s e-mail verification service; Dashboard > Lists > [list] > Download results (CSV, the uploaded columns plus the appended NeverBounce columns), one row per uploaded contact, English UI, a Chicago commercial-insurance brokerage\'s list of contacts met at a Midwest risk-management trade show)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Badge ID', (c) => `RMX24-${pad(10000 + (n(c) % 89999), 5)}`, [], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => nbTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => nbFirm(c)[0], CO],
    ['Address 1', (c) => nbFirm(c)[4], [W('street1')]],
    ['Address 2', (c) => nbFirm(c)[5], [W('street2')]],
    ['City', (c) => nbFirm(c)[6], [W('city')]],
    ['State', (c) => nbFirm(c)[7], STATE(['workAddress'])],
    ['Zip', (c) => nbFirm(c)[8], [W('postalCode')]],
    ['Country', () => 'United States', [W('country')]],
    ['Phone', (c) => (n(c) % 4 === 3 ? nbFirm(c)[9] : `${nbFirm(c)[9].slice(0, 10)}${v.int(seeded(c, 'nb'), 1000, 9999)}`), ['workPhone.number']],
    ['Ext', (c) => (n(c) % 4 === 3 ? String(200 + (n(c) % 90)) : ''), ['workPhone.extension']],
    ['Email', (c) => nbMail(c), ['workEmail.address']],
    ['Website', (c) => `www.${nbFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => nbFirm(c)[2], []],
    ['Employees', (c) => nbFirm(c)[3], []],
    ['Lead Rating', (c) => row(['Hot', 'Warm', 'Cold', 'Warm', 'Cold'], n(c) >> 1), [], opt],
    ['Notes', (c) => row(['', 'Renewal 7/1 - wants a quote on cyber', '', 'Unhappy with current carrier on WC claims', '', 'Send EPLI one-pager', ''], n(c) >> 2), []],
    ['Rep', (c) => row(['K. Novak', 'D. Okafor', 'M. Reyes'], n(c) >> 3), []],
    ['NeverBounce Result', (c) => nbRes(c)[0], ['workEmail.status'], opt],
    ['NeverBounce Flags', (c) => nbRes(c)[1], []],
    ['NeverBounce Suggested Correction', (c) => nbFix(c), []],
    ['NeverBounce Free Email Host', (c) => (nbRes(c)[1].includes('free_email_host') ? 'true' : 'false'), []],
    ['NeverBounce Role Account', (c) => (nbRes(c)[1].includes('role_account') ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- Canada: bank card-acquiring transactions
  { name: 'td-merchant-solutions-transaction-details-export', product: 'TD Merchant Solutions (TD Bank\'s card acquiring; online merchant reporting > Transaction Details > Export (CSV), one row per card transaction with its batch and deposit, English UI, a Halifax, Nova Scotia bakery-café that also takes online pre-orders)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant Number', () => '003100457722', []],
    ['Merchant Name', () => 'NORTH END BAKEHOUSE', []],
    ['Terminal ID', (c, o) => (tdEntry(o) === 'eCommerce' ? 'ECOM0457722' : row(['63418801', '63418802'], n(o) >> 2)), []],
    ['Batch Number', (c, o) => (tdStatus(o) === 'Approved' ? tdBatch(o) : ''), []],
    ['Transaction Date', (c, o) => ymd(hfx(tdAt(o))), ['timestamp']],
    ['Transaction Time', (c, o) => hms(hfx(tdAt(o))), [], opt],
    ['Transaction Type', (c, o) => tdType(o), [], opt],
    ['Status', (c, o) => tdStatus(o), []],
    ['Card Type', (c, o) => tdCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Card Number', (c, o) => `${tdCard(o)[1]}******${pad((n(o) * 7919) % 10000, 4)}`, []],
    ['Entry Mode', (c, o) => tdEntry(o), []],
    ['Approval Code', (c, o, r) => (tdStatus(o) === 'Approved' ? `${v.pick(r, ['0', '1', 'A', 'T'])}${pad(v.int(r, 0, 99999), 5)}` : ''), []],
    ['Response Code', (c, o) => (tdStatus(o) === 'Approved' ? '000' : row(['051', '005', '054'], n(o) >> 3)), []],
    ['Reference Number', (c, o) => pad(660000000000 + n(o) * 104729, 18), ['_id', OR('payments[0].transactionID')]],
    ['Invoice Number', (c, o) => (tdOnline(o) ? `NEB-${10400 + (n(o) % 5000)}` : ''), [OR('purchaseID')]],
    ['Cardholder Name', (c, o) => (tdOnline(o) ? `${c.first} ${c.last}`.toUpperCase() : ''), []],
    ['Currency', () => 'CAD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Tip Amount', (c, o) => num(tdTip(o)), []],
    ['Cashback Amount', (c, o) => num(tdCash(o)), []],
    ['Transaction Amount', (c, o) => num(tdTotal(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Deposit Date', (c, o) => (tdStatus(o) === 'Approved' ? ymd(hfx(tdAt(o) + (hfx(tdAt(o)).H >= 22 ? 2 : 1) * day)) : ''), [], opt],
    ['Clerk ID', (c, o) => (tdOnline(o) ? '' : row(['01', '02', '03', '01'], n(o) >> 2)), []],
  ] },

  // ---------------------------------------------------------------- India: admissions CRM leads
  { name: 'meritto-manage-leads-export', product: 'Meritto (formerly NoPaperForms, education CRM; Leads > Manage Leads > Export (CSV), one row per lead with its stage, source and application, English UI, a Pune private university\'s undergraduate admissions)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c) => `L${pad(2400000 + (n(c) * 13) % 900000, 8)}`, ['_id', 'personID']],
    ['Name', (c) => IN(c).full, ['person.name.fullName']],
    ['Email', (c) => IN(c).email, ['personalEmail.address']],
    ['Mobile Number', (c) => `+91-${IN(c).mobile}`, ['mobilePhone.number']],
    ['Mobile Verified', (c) => (n(c) % 4 ? 'Yes' : 'No'), [], opt],
    ['Alternate Mobile Number', (c) => (n(c) % 3 === 0 ? `+91-${row(['98220', '94221', '90110', '77090'], n(c) >> 1)}${pad((n(c) * 37) % 100000, 5)}` : ''), ['homePhone.number'], opt],
    ['Date of Birth', (c) => (n(c) % 5 === 0 ? '' : dmy({ ...v.parts(Date.UTC(2005, 0, 1) + (n(c) % 900) * day) }, '/')), ['person.birthDate']],
    ['Gender', (c) => (IN(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Father Name', (c) => `${row(FATHERS, n(c) >> 1)} ${IN(c).last}`, []],
    ['State', (c) => IN(c).region, STATE(HOME)],
    ['City', (c) => IN(c).city, at(HOME, 'city')],
    ['Pincode', (c) => (n(c) % 6 === 1 ? '' : IN(c).postal), at(HOME, 'postalCode')],
    ['Country', () => 'India', at(HOME, 'country')],
    ['Course', (c) => meCourse(c)[0], []],
    ['Specialization', (c) => meCourse(c)[1], []],
    ['Lead Stage', (c) => meStage(c)[0], []],
    ['Lead Sub Stage', (c) => meStage(c)[1], []],
    ['Lead Source', (c) => meSrc(c)[0], []],
    ['Lead Medium', (c) => meSrc(c)[1], []],
    ['Campaign Name', (c) => meSrc(c)[2], []],
    ['Lead Score', (c) => String(10 + (n(c) % 90)), []],
    ['Counsellor Name', (c) => (meStage(c)[0] === 'Fresh Lead' ? '' : row(meCounsellors, n(c) >> 3)), []],
    ['Application No', (c) => (meApplied(c) ? `UG25${pad((n(c) * 7) % 100000, 5)}` : ''), []],
    ['Application Fee Status', (c) => (meApplied(c) ? (meStage(c)[1] === 'Form Fee Pending' ? 'Unpaid' : 'Paid') : ''), []],
    ['Registered On', (c) => meDT(meReg(c)), [], opt],
    ['Last Activity On', (c) => meDT(open(meReg(c) + (n(c) % 40) * day + 5400000, ist, 9, 21)), [], opt],
  ] },

  // ---------------------------------------------------------------- Germany: ticketing orders
  { name: 'ticketpay-bestellungen-export-de', product: 'Ticketpay (ticketpay.de, Ticketsystem für Veranstalter; Veranstalter-Bereich > Bestellungen > Export (CSV), one row per order position (event and ticket category) with the order and buyer fields repeated, German UI, a Leipzig live-music club)', family: 'events', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `TP${pad(3100000 + n(o) * 7, 8)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDT(o.at), ['timestamp', OR('createdDate')]],
    ['Veranstaltung', (c, o, r, i) => tpEv(o, i)[0], [PL('name')]],
    ['Veranstaltungsdatum', (c, o) => `${dmy(tpShowP(o))} ${hm(tpShowP(o))}`, []],
    ['Spielstätte', () => 'Moritzkeller Leipzig', []],
    ['Kategorie', (c, o, r, i) => tpEv(o, i)[1], [PL('selectedOptions[0].value')], opt],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticketpreis', (c, o, r, i) => eur(tpEv(o, i)[2]), [], opt],
    ['Vorverkaufsgebühr', (c, o, r, i) => eur(tpEv(o, i)[3]), []],
    ['Systemgebühr', () => eur(tpSys), []],
    ['Rabatt', (c, o, r, i) => eur(tpDisc(o, i) * o.qty), [OR('discountAmount')]],
    ['Gutscheincode', (c, o, r, i) => (tpDisc(o, i) ? 'MORITZ2' : ''), ['commerce.promotionID'], opt],
    ['Gesamtbetrag', (c, o, r, i) => eur(tpSum(o, i)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => tpPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => tpState(o), []],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 3 === 0 ? c.mobile : ''), PHONE_ID, opt],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'Deutschland', [BILL('country')]],
    ['Eingelöst', (c, o) => (tpState(o) === 'bezahlt' && tpShow(o) < Date.UTC(2025, 0, 1) && n(o) % 5 ? 'ja' : 'nein'), []],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
  ] },

  // ---------------------------------------------------------------- Germany: funnel-builder contacts (B2B)
  { name: 'perspective-kontakte-export-de', product: 'Perspective (perspective.co, Berlin funnel builder; Kontakte > Exportieren (CSV), one row per contact who finished the funnel, with the funnel\'s questions as columns, German UI, a Cologne IT managed-services provider\'s "IT-Sicherheitscheck" lead funnel for small businesses)', family: 'marketing', language: 'de', schema: B, cols: [
    ['Kontakt-ID', (c) => v.hex(seeded(c, 'psid'), 24), B2BID],
    ['Erstellt am', (c) => { const p = cet(open(c.created, cet, 7, 22)); return `${dmy(p)}, ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Funnel', () => 'IT-Sicherheitscheck für KMU', []],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${psFirm(c)[1]}`, ['workEmail.address']],
    ['Telefonnummer', (c) => psPhone(c), ['workPhone.number', 'mobilePhone.number']],
    ['Unternehmen', (c) => psFirm(c)[0], CO],
    ['Position', (c) => psRole(c), ['extendedWorkDetails.jobTitle']],
    ['Website', (c) => `www.${psFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['PLZ des Unternehmens', (c) => psFirm(c)[3], [W('postalCode')]],
    ['In welcher Branche ist Ihr Unternehmen tätig?', (c) => psFirm(c)[2], []],
    ['Wie viele Mitarbeiter hat Ihr Unternehmen?', (c) => row(['1-9', '10-49', '10-49', '50-249', '1-9'], n(c) >> 1), []],
    ['Wo laufen Ihre Daten heute?', (c) => row(['Eigener Server im Büro', 'Microsoft 365', 'Gemischt', 'Weiß ich nicht', 'Microsoft 365'], n(c) >> 2), []],
    ['Gab es schon einmal einen IT-Sicherheitsvorfall?', (c) => row(['Nein', 'Ja', 'Nein', 'Nicht sicher'], n(c) >> 3), []],
    ['Wann möchten Sie starten?', (c) => row(['So schnell wie möglich', 'In den nächsten 3 Monaten', 'Erstmal nur informieren'], n(c) >> 1), []],
    ['Status', (c) => psStatus(c), ['b2b.personStatus'], opt],
    ['Datenschutz akzeptiert', () => 'Ja', [], opt],
    ['utm_source', (c) => psUtm(c)[0], ['b2b.personSource'], opt],
    ['utm_medium', (c) => psUtm(c)[1], []],
    ['utm_campaign', (c) => psUtm(c)[2], []],
  ] },

  // ---------------------------------------------------------------- Brazil: digital-product sales
  { name: 'hubla-vendas-exportar-pt', product: 'Hubla (plataforma de venda de produtos digitais e comunidades; Painel > Vendas > Exportar (CSV), one row per invoice, Brazilian Portuguese UI, a Belo Horizonte sourdough-baking teacher\'s online course, e-book and paid community)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['ID da fatura', (c, o) => `inv_${v.alnum(v.rng(n(o) * 7919 + 11), 16)}`, ['_id', OR('purchaseID')]],
    ['ID da transação', (c, o) => (hbState(o) === 'Expirado' ? '' : `ch_${v.alnum(v.rng(n(o) * 104729 + 3), 20)}`), [OR('payments[0].transactionID')]],
    ['Data de criação', (c, o) => hbDT(o.at), ['timestamp', OR('createdDate')]],
    ['Data de pagamento', (c, o) => (hbPaid(o) ? hbDT(o.at + (hbPay(o) === 'Boleto' ? (1 + (n(o) % 2)) * day : (40 + (n(o) % 200)) * 1000)) : ''), [], opt],
    ['ID do produto', (c, o) => hbProd(o)[0], [PL('SKU'), PL('_id')]],
    ['Produto', (c, o) => hbProd(o)[1], [PL('name')]],
    ['Oferta', (c, o) => hbProd(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Tipo de cobrança', (c, o) => hbProd(o)[3], [OR('orderType')], opt],
    ['Status', (c, o) => hbState(o), []],
    ['Método de pagamento', (c, o) => hbPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => String(hbInst(o)), []],
    ['Cupom', (c, o) => (hbDisc(o) ? 'FERMENTA10' : ''), ['commerce.promotionID']],
    ['Desconto', (c, o) => brl(hbDisc(o)), [OR('discountAmount')]],
    ['Valor bruto', (c, o) => brl(hbGross(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxa Hubla', (c, o) => brl(hbFee(o)), []],
    ['Comissão de afiliado', (c, o) => brl(hbComm(o)), []],
    ['Valor líquido', (c, o) => brl(hbPaid(o) ? hbGross(o) - hbFee(o) - hbComm(o) : 0), []],
    ['Valor reembolsado', (c, o) => brl(['Reembolsado', 'Chargeback'].includes(hbState(o)) ? hbGross(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Moeda', () => 'BRL', [OR('currencyCode')]],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail do cliente', (c) => c.email, EMAIL_ID],
    ['Telefone do cliente', (c) => `+55${c.mobile.replace(/\D/g, '')}`, PHONE_ID, opt],
    ['CPF/CNPJ', (c) => cpfOf(100000000 + (n(c) * 7919) % 800000000), []],
    ['Afiliado', (c, o) => hbAff(o), []],
    ['UTM Source', (c, o) => row(UTMS, n(o) >> 2)[0], [], opt],
    ['UTM Campaign', (c, o) => row(UTMS, n(o) >> 2)[1], ['marketing.campaignName']],
  ] },

  // ---------------------------------------------------------------- Brazil: TEF sub-acquirer sales report
  { name: 'cappta-relatorio-vendas-exportar-pt', product: 'Cappta (subadquirente com TEF integrado ao PDV; Portal do Cliente Cappta > Relatórios > Vendas > Exportar (CSV), one row per card, voucher or Pix sale, Brazilian Portuguese UI, a Curitiba neighbourhood pharmacy with two checkouts)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data da venda', (c, o) => dmy(brt(cpAt(o)), '/'), ['timestamp']],
    ['Hora da venda', (c, o) => hms(brt(cpAt(o))), [], opt],
    ['CNPJ', () => '21.884.302/0001-57', []],
    ['Estabelecimento', () => 'Farmácia Bom Retiro', []],
    ['Checkout', (c, o) => row(['PDV 01', 'PDV 02'], n(o) >> 2), []],
    ['NSU Cappta', (c, o) => String(50000000 + n(o) * 7919).slice(0, 9), ['_id', OR('payments[0].transactionID')]],
    ['NSU Adquirente', (c, o) => (cpProd(o) === 'Pix' ? '' : pad((n(o) * 104729) % 1000000, 6)), [], opt],
    ['Código de autorização', (c, o, r) => (cpState(o) === 'Aprovada' && cpProd(o) !== 'Pix' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Produto', (c, o) => cpProd(o), [OR('payments[0].paymentType')], opt],
    ['Bandeira', (c, o) => cpBrand(o), [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o) => String(cpInst(o)), []],
    ['Cartão', (c, o) => (cpProd(o) === 'Pix' ? '' : `${CP_BIN[cpBrand(o)]}******${pad((n(o) * 31) % 10000, 4)}`), []],
    ['Status', (c, o) => cpState(o), []],
    ['Valor bruto (R$)', (c, o) => brl(cpGross(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa (%)', (c, o) => dec(cpRate(o)), []],
    ['Valor da taxa (R$)', (c, o) => brl(cpFee(o)), []],
    ['Valor líquido (R$)', (c, o) => brl(cpState(o) === 'Aprovada' ? cpGross(o) - cpFee(o) : 0), []],
    ['Data prevista de pagamento', (c, o) => (cpState(o) === 'Aprovada' ? dmy(brt(cpPayDay(o)), '/') : ''), [], opt],
    ['Nº do cupom fiscal', (c, o) => String(120000 + (n(o) % 80000)), [OR('purchaseID')], opt],
    ['Operador', (c, o) => row(['Jéssica', 'Marcos', 'Aline', 'Jéssica'], n(o) >> 3), []],
  ] },

  // ---------------------------------------------------------------- Sweden: B2B visitor identification contacts
  { name: 'prospect-eye-kontaktpersoner-export-sv', product: 'Prospect Eye (svensk B2B-besöksidentifiering; Besökare > Företag > Kontaktpersoner > Exportera (CSV), one row per suggested contact person at a company that visited the website, Swedish UI, a Gothenburg transport-management SaaS vendor\'s sales team)', family: 'b2b-leads', language: 'sv', schema: B, cols: [
    ['Företag', (c) => peFirm(c)[0], CO],
    ['Organisationsnummer', (c) => peFirm(c)[1], ACCT, opt],
    ['Bransch (SNI)', (c) => peFirm(c)[2], []],
    ['Antal anställda', (c) => peFirm(c)[3], []],
    ['Omsättning (tkr)', (c) => peFirm(c)[4], []],
    ['Webbplats', (c) => peFirm(c)[5], ['b2b.companyWebsite']],
    ['Besöksadress', (c) => peFirm(c)[6], [W('street1')]],
    ['Postnummer', (c) => peFirm(c)[7], [W('postalCode')]],
    ['Ort', (c) => peFirm(c)[8], [W('city')]],
    ['Län', (c) => peFirm(c)[9], [...STATE(['workAddress']), W('region')], opt],
    ['Växelnummer', (c) => peFirm(c)[10], ['workPhone.number'], opt],
    ['Förnamn', (c) => SV(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => SV(c).last, ['person.name.lastName']],
    ['Titel', (c) => peRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Befattningsområde', (c) => peRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['E-post', (c) => `${slug(SV(c).first)}.${slug(SV(c).last)}@${peFirm(c)[5]}`, ['workEmail.address']],
    ['Direktnummer', (c) => (n(c) % 3 === 0 ? '' : `${peFirm(c)[10].split('-')[0]}-${v.int(seeded(c, 'pe'), 10, 89)} ${v.int(seeded(c, 'pe2'), 10, 99)} ${v.int(seeded(c, 'pe3'), 10, 99)}`), ['workPhone.number']],
    ['Mobilnummer', (c) => (n(c) % 4 === 1 ? '' : SV(c).mobile), ['mobilePhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(SV(c).first)}-${slug(SV(c).last)}-${v.hex(seeded(c, 'peli'), 6)}`, []],
    ['Antal besök', (c) => String(peVisits(c)), []],
    ['Senaste besök', (c) => { const p = cet(peLast(c)); return `${ymd(p)} ${hm(p)}` }, [], opt],
    ['Besökta sidor', (c) => row(PE_PAGES, n(c) >> 1), []],
    ['Leadscore', (c) => String(Math.min(100, peVisits(c) * 9 + (n(c) % 20))), [], opt],
    ['Säljare', (c) => row(['Jonas Ek', 'Hanna Sjöberg', ''], n(c) >> 2), []],
  ] },

  // ---------------------------------------------------------------- Poland: contact-centre helpdesk tickets
  { name: 'thulium-zgloszenia-eksport-pl', product: 'Thulium (polski system contact center i helpdesk; Zgłoszenia > Lista zgłoszeń > Eksport do CSV, one row per ticket with the customer card\'s fields, Polish UI, a Wrocław online furniture shop\'s customer service)', family: 'support', language: 'pl', schema: E, cols: [
    ['ID zgłoszenia', (c, o) => String(184000 + (n(o) * 3) % 90000), ['_id']],
    ['Temat', (c, o) => thTopic(o)[0], []],
    ['Kolejka', (c, o) => thTopic(o)[1], []],
    ['Status', (c, o) => thState(o), []],
    ['Priorytet', (c, o) => (thTopic(o)[1] === 'Reklamacje' ? 'Wysoki' : row(['Normalny', 'Normalny', 'Niski', 'Normalny'], n(o) >> 2)), []],
    ['Kanał', (c, o) => row(['E-mail', 'Telefon', 'Czat', 'E-mail', 'Formularz WWW', 'Messenger'], n(o) >> 1), [], opt],
    ['Data utworzenia', (c, o) => thDT(thAt(o)), ['timestamp']],
    ['Data pierwszej odpowiedzi', (c, o) => (thFirst(o) ? thDT(thAt(o) + thFirst(o)) : ''), []],
    ['Data zamknięcia', (c, o) => (thDone(o) ? thDT(thSolve(o)) : ''), []],
    ['Czas pierwszej reakcji', (c, o) => (thFirst(o) ? dur(thFirst(o)) : ''), []],
    ['Agent', (c, o) => (thState(o) === 'Nowe' ? '' : row(thAgents, n(o) >> 2)), []],
    ['Klient', (c) => PLP(c).full, []],
    ['E-mail klienta', (c) => PLP(c).email, EMAIL_ID],
    ['Telefon klienta', (c) => (n(c) % 3 ? `+48 ${PLP(c).mobile}` : ''), PHONE_ID, opt],
    ['Numer zamówienia', (c, o) => (thTopic(o)[1] === 'Przedsprzedaż' ? '' : `MB/${cet(thAt(o)).y}/${pad(18000 + (n(o) % 9000), 6)}`), [OR('purchaseID')], opt],
    ['Tagi', (c, o) => thTopic(o)[2], []],
    ['Liczba wiadomości', (c, o) => String(thState(o) === 'Nowe' ? 1 : 2 + (n(o) % 7)), []],
    ['Ocena klienta', (c, o) => (thState(o) === 'Zamknięte' && n(o) % 3 ? String(3 + (n(o) % 3)) : ''), []],
  ] },

  // ---------------------------------------------------------------- Japan: ad-effectiveness conversion attributes
  { name: 'adebis-cv-zokusei-csv-ja', product: 'AD EBiS / アドエビス (イルグルム; 分析 > CV属性 > CSVエクスポート, one row per conversion with its user, device and last-touch attribution, Japanese UI, a Fukuoka skincare D2C brand\'s online shop)', family: 'analytics', language: 'ja', schema: E, cols: [
    ['CV日時', (c, o) => jaDT(o.at), ['timestamp']],
    ['CV名', (c, o) => ebCv(o)[0], ['eventType'], opt],
    ['ユーザーID', (c, o) => `${v.hex(v.rng(n(o) * 7 + 5), 8)}${pad(n(c) % 10000, 4)}`, [], opt],
    ['会員ID', (c, o) => (ebCv(o)[0] === 'サンプル請求' ? '' : `M${pad(300000 + (n(c) % 600000), 7)}`), CUST_ID],
    ['売上金額', (c, o) => yen(ebAmt(o)), [OR('priceTotal')]],
    ['項目1', (c, o) => (ebAmt(o) ? `FK${pad(40000 + (n(o) % 60000), 6)}` : ''), [OR('purchaseID')], opt],
    ['項目2', (c, o) => ebCv(o)[2], [PL('SKU')], opt],
    ['デバイス', (c, o) => ebDev(o)[0], ['device.type']],
    ['OS', (c, o) => ebDev(o)[1], ['environment.operatingSystem']],
    ['ブラウザ', (c, o) => ebDev(o)[2], ['environment.browserDetails.name']],
    ['IPアドレス', (c, o) => `${row(['126', '60', '153', '110', '219', '106'], n(o))}.${(n(o) * 7) % 256}.${(n(o) * 13) % 256}.${1 + (n(o) % 253)}`, ['environment.ipV4']],
    ['流入種別', (c, o) => ebAd(o)[0], ['web.webReferrer.type'], opt],
    ['媒体種別', (c, o) => ebAd(o)[1], [], opt],
    ['広告グループ1', (c, o) => ebAd(o)[2], ['marketing.campaignGroup'], opt],
    ['広告グループ2', (c, o) => ebAd(o)[3], [], opt],
    ['広告ID', (c, o) => ebAd(o)[4], ['marketing.trackingCode']],
    ['広告名', (c, o) => ebAd(o)[5], ['marketing.campaignName'], opt],
    ['リファラー', (c, o) => ebAd(o)[6], ['web.webReferrer.URL']],
    ['CVページURL', (c, o) => `https://www.hada-no-mori.jp/${ebCv(o)[0] === '会員登録' ? 'member/complete' : ebCv(o)[0] === 'サンプル請求' ? 'sample/thanks' : 'cart/complete'}`, ['web.webPageDetails.URL'], opt],
    ['初回接触日時', (c, o) => jaDT(ebFirst(o)), []],
    ['接触回数', (c, o) => String(1 + Math.min(ebLatency(o), n(o) % 6)), []],
    ['潜伏期間', (c, o) => `${ebLatency(o)}日`, []],
  ] },

  // ---------------------------------------------------------------- Turkey: e-mail/SMS platform contacts
  { name: 'euromsg-express-kisiler-disa-aktar-tr', product: 'Euromsg Express (Related Digital; Kişiler > Listeler > Dışa Aktar (CSV), one row per contact with the account\'s own columns and permission fields, Turkish UI, an İzmir home-textiles online shop\'s e-mail and SMS audience)', family: 'email', language: 'tr', schema: P, cols: [
    ['MUSTERI_NO', (c) => String(880000 + (n(c) * 7) % 100000), ['_id', 'personID']],
    ['EMAIL', (c) => TR(c).email, ['personalEmail.address']],
    ['AD', (c) => TR(c).first, ['person.name.firstName']],
    ['SOYAD', (c) => TR(c).last, ['person.name.lastName']],
    ['CEP_TELEFONU', (c) => (n(c) % 5 === 0 ? '' : `90${TR(c).mobile.replace(/ /g, '')}`), ['mobilePhone.number']],
    ['DOGUM_TARIHI', (c) => (n(c) % 3 === 0 ? '' : dmy(v.parts(TR(c).birth))), ['person.birthDate']],
    ['CINSIYET', (c) => (n(c) % 7 === 0 ? '' : TR(c).female ? 'K' : 'E'), ['person.gender']],
    ['IL', (c) => TR(c).city, [...at(HOME, 'city'), ...STATE(HOME)], opt],
    ['ILCE', (c) => TR(c).region, [], opt],
    ['ADRES', (c) => (n(c) % 2 ? TR(c).street : ''), at(HOME, 'street1')],
    ['POSTA_KODU', (c) => (n(c) % 2 ? TR(c).postal : ''), at(HOME, 'postalCode')],
    ['ULKE', () => 'Türkiye', at(HOME, 'country')],
    ['EMAIL_IZIN', (c) => (euState(c) === 'Aktif' ? 'E' : 'H'), [], opt],
    ['SMS_IZIN', (c) => (n(c) % 3 ? 'E' : 'H'), [], opt],
    ['IYS_IZIN_TARIHI', (c) => trDate(c.created), [], opt],
    ['DURUM', (c) => euState(c), ['personalEmail.status'], opt],
    ['KAYNAK', (c) => euSource(c), []],
    ['KAYIT_TARIHI', (c) => `${trDate(c.created)} ${hm(trt(c.created))}`, [], opt],
    ['SIPARIS_SAYISI', (c) => String(euOrders(c)), []],
    ['TOPLAM_HARCAMA', (c) => dec(euSpend(c)), [], opt],
    ['SON_SIPARIS_TARIHI', (c) => (euOrders(c) ? trDate(after(c, 200)) : ''), []],
    ['FAVORI_KATEGORI', (c) => (euOrders(c) ? row(['Nevresim Takımı', 'Havlu', 'Pike', 'Yastık', 'Bornoz'], n(c) >> 2) : ''), []],
  ] },

  // ---------------------------------------------------------------- Mexico: loyalty-app members
  { name: 'fidelizapp-clientes-exportar-es-mx', product: 'Fidelizapp (app de lealtad por puntos para negocios; Panel > Clientes > Exportar a Excel (CSV), one row per member with points, level and visits, Spanish UI, a Querétaro specialty-coffee chain with five branches)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID Cliente', (c) => String(51000 + (n(c) * 3) % 40000), ['_id', 'personID']],
    ['Número de tarjeta', (c) => `CQ${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Nombre', (c) => MX(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => MX(c).last, ['person.name.lastName']],
    ['Correo electrónico', (c) => (n(c) % 6 === 0 ? '' : MX(c).email), ['personalEmail.address']],
    ['Celular', (c) => MX(c).mobile, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c) => (n(c) % 4 === 0 ? '' : dmy(v.parts(MX(c).birth), '/')), ['person.birthDate']],
    ['Género', (c) => (n(c) % 9 === 0 ? 'Prefiero no decir' : MX(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
    ['Código postal', (c) => MX(c).postal, at(HOME, 'postalCode')],
    ['Sucursal de registro', (c) => row(fzStores, n(c)), []],
    ['Fecha de registro', (c) => { const p = mex(open(c.created, mex, 7, 21)); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Nivel', (c) => fzTier(c), ['loyalty.tier']],
    ['Puntos disponibles', (c) => String(fzBalance(c)), ['loyalty.points']],
    ['Puntos acumulados', (c) => String(fzEarned(c)), ['loyalty.lifetimePoints']],
    ['Puntos canjeados', (c) => String(fzRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Recompensas canjeadas', (c) => String(Math.floor(fzRedeemed(c) / 80)), []],
    ['Visitas', (c) => String(fzVisits(c)), []],
    ['Consumo total', (c) => mxn(fzSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Última visita', (c) => dmy(mex(fzLast(c)), '/'), [], opt],
    ['Acepta promociones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Estatus', (c) => (fzLast(c) - c.created > 150 * day && n(c) % 4 === 0 ? 'Inactivo' : 'Activo'), ['loyalty.status']],
  ] },
]
