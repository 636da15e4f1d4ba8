// Round 81, heldout224: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Southern Europe, headers in the language each product's
// UI uses there: a delivery platform's merchant order export for a two-venue burger-and-ftira restaurant in Gżira and
// St Julian's (Wolt Merchant Portal) (MT, en E 1); a pharmacy system's sold-products listing for a Braga community
// pharmacy (Sifarma) (PT, pt E 1); a food-delivery platform's partner order export for a Pagkrati souvlaki shop that
// delivers with its own riders (efood) (GR, el E 1); a Santander-group acquirer's card-operations export for a Madrid
// herbalist and natural-cosmetics shop taking card payments in store and by payment link (Getnet) (ES, es E 1); a car
// classifieds site's dealer lead export for a Bologna used-car dealer (AutoScout24) (IT, it P 1); a job board's
// candidate export for a Zaragoza logistics operator hiring warehouse staff (InfoJobs) (ES, es P 1); a Barcelona HR and
// time-tracking tool's employee export in its Catalan UI for a Barcelona restaurant group (Woffu) (ES-CT, ca B 1); a
// spend-management fintech's user export for a Milan chain of herbal and organic-beauty shops (Soldo) (IT, it B 1).
// E 4, P 2, B 2.
// Headers: Wolt's columns follow the fields of Wolt's public order object (developer.wolt.com/docs/api/order-submitter,
// found with the search tool: order id, venue, price, delivery method, items, created_at, consumer_comment, pickup_eta,
// type instant/preorder, consumer_name shown as first name and the last name's initial, a human-readable order number
// that is not unique), which the merchant portal's order history mirrors; the CSV column names and the money columns
// (VAT, commission, payout) are the writer's knowledge. Sifarma's user manual (Sifarma 2000 v2.8.7 "Documento de apoio
// ao utilizador", docplayer.com.br, found with the search tool) has a "Listagem de produtos vendidos" section and the
// payment forms and comparticipação flow, but its table of columns is not in the excerpt; the column names are the
// writer's knowledge. Woffu's help article "Excel de importación masiva" (help.woffu.com, found with the search tool)
// names the employee fields e-mail, e-mail responsable, e-mail supervisor, cargo, departamento and centro de trabajo;
// the Catalan labels and the other columns are the writer's knowledge of the Catalan UI. Soldo's Italian help article
// "Aggiungi un nuovo utente" (support.soldo.com/hc/it, found with the search tool) lists Nome, Cognome, Indirizzo
// e-mail, Numero di telefono cellulare, Secondo nome, Occupazione, ID dipendente and Nota, and its "Liste" article the
// roles Super admin, Amministratore and Contabile; the export's exact column names are the writer's. A third-party
// walkthrough of InfoJobs' employer side (muñozparreño.es, found with the search tool) describes the candidate folders
// Por leer / En proceso / Finalista / Descartado, the filters by población, estudios and experiencia and the "Nota" of
// the filtering questions; the export's columns are the writer's knowledge. efood, Getnet and AutoScout24 were written
// from the writer's knowledge of each product (a short hunt in the pages and docs corpora found no public column list).
// A subset of each export's columns, in the order the writer knows. Nothing was copied from a real export; every value
// is generated.
import { E, P, B, v, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, local, summer, dec, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const eur = (x) => dec(x, ',')
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')
// Malta, Madrid, Barcelona, Rome, Milan +1 (+2 April-September), Lisbon 0 (+1), Athens +2 (+3); summer time approximated
const cet = (ms) => local(ms, 1)
const wet = (ms) => local(ms, 0)
const eet = (ms) => local(ms, 2)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2b4d6e19); r(); r(); return r }
const LOC = {
  mt: { m: ['Joseph', 'Matthew', 'Luke', 'Jean Paul', 'Kurt', 'Daniel', 'Mark', 'Neil', 'Clayton', 'Jake', 'Karl', 'Ryan'],
    f: ['Maria', 'Rebecca', 'Nicole', 'Francesca', 'Rachel', 'Stephanie', 'Martina', 'Kimberly', 'Elaine', 'Claire', 'Julia', 'Amy'],
    last: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Micallef', 'Grech', 'Attard', 'Spiteri', 'Azzopardi', 'Mifsud', 'Cassar', 'Pace', 'Caruana', 'Debono'] },
  pt: { m: ['João', 'Tiago', 'Rui', 'Miguel', 'Diogo', 'Nuno', 'Pedro', 'Ricardo', 'Hugo', 'António', 'Manuel', 'Duarte'],
    f: ['Ana', 'Inês', 'Mariana', 'Joana', 'Catarina', 'Beatriz', 'Sofia', 'Rita', 'Maria', 'Filipa', 'Teresa', 'Leonor'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Ribeiro', 'Carvalho'] },
  // Greek surnames as [male form, female form]
  gr: { m: ['Γιώργος', 'Κώστας', 'Νίκος', 'Δημήτρης', 'Γιάννης', 'Παναγιώτης', 'Βασίλης', 'Χρήστος', 'Θανάσης', 'Μιχάλης', 'Σπύρος', 'Άγγελος'],
    f: ['Μαρία', 'Ελένη', 'Κατερίνα', 'Βασιλική', 'Σοφία', 'Αγγελική', 'Δέσποινα', 'Χριστίνα', 'Γεωργία', 'Ιωάννα', 'Άννα', 'Δήμητρα'],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Παπαδάκης', 'Παπαδάκη'], ['Γεωργίου', 'Γεωργίου'], ['Νικολάου', 'Νικολάου'], ['Οικονόμου', 'Οικονόμου'], ['Καραγιάννης', 'Καραγιάννη'], ['Βασιλείου', 'Βασιλείου'], ['Αντωνίου', 'Αντωνίου'], ['Μακρής', 'Μακρή'], ['Αθανασίου', 'Αθανασίου'], ['Σταθόπουλος', 'Σταθοπούλου'], ['Κωνσταντίνου', 'Κωνσταντίνου'], ['Δημητρίου', 'Δημητρίου'], ['Ιωάννου', 'Ιωάννου']] },
  es: { m: ['Javier', 'David', 'Daniel', 'Carlos', 'Alejandro', 'Sergio', 'Pablo', 'Jorge', 'Adrián', 'Raúl', 'Álvaro', 'Iván'],
    f: ['María', 'Laura', 'Lucía', 'Marta', 'Paula', 'Cristina', 'Elena', 'Sara', 'Andrea', 'Raquel', 'Beatriz', 'Nuria'],
    last: ['García', 'Martínez', 'López', 'Sánchez', 'González', 'Rodríguez', 'Fernández', 'Pérez', 'Gómez', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Gil', 'Serrano'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'icloud.com'] },
  ca: { m: ['Jordi', 'Marc', 'Pau', 'Oriol', 'Arnau', 'Xavier', 'Pol', 'Joan', 'Albert', 'Sergi', 'Gerard', 'Aleix'],
    f: ['Laia', 'Núria', 'Montserrat', 'Marta', 'Anna', 'Mireia', 'Júlia', 'Clara', 'Berta', 'Aina', 'Gemma', 'Carla'],
    last: ['Puig', 'Ferrer', 'Vidal', 'Soler', 'Serra', 'Font', 'Roca', 'Casals', 'Pujol', 'Vila', 'Costa', 'Bosch', 'Mas', 'Sala', 'Riera', 'Camps', 'García', 'Martínez', 'Sánchez', 'Fernández'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'] },
  it: { m: ['Marco', 'Luca', 'Andrea', 'Matteo', 'Alessandro', 'Davide', 'Simone', 'Federico', 'Giuseppe', 'Stefano', 'Lorenzo', 'Riccardo'],
    f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Elisa', 'Alessia', 'Silvia', 'Federica', 'Laura', 'Elena'],
    last: ['Rossi', 'Bianchi', 'Ferrari', 'Russo', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'Costa', 'Mancini', 'Lombardi', 'Barbieri', 'Fontana', 'Moretti'],
    mail: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'outlook.it', 'virgilio.it', 'alice.it'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m)
  const ln = v.pick(r, L.last)
  const last = Array.isArray(ln) ? ln[female ? 1 : 0] : ln
  // Spanish people carry two surnames
  const last2 = cc === 'es' || cc === 'ca' ? v.pick(r, L.last.filter((x) => x !== last)) : ''
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = L.mail ? `${v.slug(first)}${sep}${v.slug(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` : ''
  const birth = Date.UTC(1966, 0, 1) + Math.floor(r() * 39 * 365) * day
  return { female, first, last, last2, full: `${first} ${last}`, mail, birth, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const esMob = (c, salt = 'esm') => { const r = seeded(c, salt); return `6${v.digits(r, 2)} ${v.digits(r, 2)} ${v.digits(r, 2)} ${v.digits(r, 2)}` }
const itMob = (c, salt = 'itm') => { const r = seeded(c, salt); return `3${v.pick(r, ['20', '28', '33', '34', '35', '38', '39', '40', '47', '49'])} ${v.digits(r, 7)}` }

// ---------------------------------------------------------------- 1. Wolt Merchant Portal order export (MT, en, E)
// a burger-and-ftira restaurant with venues in Gżira and St Julian's; Wolt couriers or takeaway; prices incl. 18 % VAT;
// one row per order. Wolt does not hand the venue the customer's address, e-mail or phone.
const WO_MAIN = [['Classic Smash Burger', 11.5], ['Bacon Cheese Burger', 13.0], ['Ftira Maltija (tuna, capers, olives)', 8.5], ['Crispy Chicken Burger', 11.0], ['Bigilla Veggie Burger', 10.5]]
const WO_SIDE = [['Truffle Fries', 5.5], ['Sweet Potato Fries', 5.0], ['Pastizzi Ricotta (4 pcs)', 3.2]]
const WO_DRINK = [['Kinnie 330ml', 2.0], ['Cisk Lager 330ml', 3.0]]
const woLines = (o) => { const k = n(o), a = [[k % 3 === 0 ? 2 : 1, row(WO_MAIN, k % 5)]]; if (k % 2) a.push([1, row(WO_SIDE, (k >> 1) % 3)]); if (k % 4 === 1) a.push([2, row(WO_DRINK, (k >> 2) % 2)]); return a }
const woSub = (o) => woLines(o).reduce((s, [q, it]) => s + q * it[1], 0)
const woQty = (o) => woLines(o).reduce((s, [q]) => s + q, 0)
const woPromo = (o) => (n(o) % 7 === 0 ? 'Burger Week -20%' : n(o) % 13 === 0 ? '10% off for Wolt+ members' : '')
const woDisc = (o) => (woPromo(o) ? Math.round(woSub(o) * (woPromo(o).startsWith('Burger') ? 20 : 10)) / 100 : 0)
const woTot = (o) => woSub(o) - woDisc(o)
const woTake = (o) => n(o) % 5 === 0
const woSt = (o) => (n(o) % 17 === 0 ? 'Rejected' : n(o) % 23 === 0 ? 'Refunded' : woTake(o) ? 'Picked up' : 'Delivered')
const woCom = (o) => (woSt(o) === 'Rejected' ? 0 : Math.round(woTot(o) * (woTake(o) ? 12 : 30)) / 100)
const woAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 13, 100, 11, 23, 1)
const mtIso = (ms) => { const p = cet(ms); return `${ymd(p)}T${hms(p)}${summer(ms) ? '+02:00' : '+01:00'}` }
const SET_WO = { name: 'wolt-merchant-orders-burger-gzira-mt', product: 'Wolt Merchant Portal (Orders > Order history > Export CSV, one row per order, English UI, a burger-and-ftira restaurant with venues in Gżira and St Julian\'s delivering with Wolt couriers and offering takeaway, Europe/Malta, EUR incl. 18% VAT)', family: 'food-orders', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => v.hex(v.rng(hash(`wo${o.id}`)), 24), ['_id', OR('purchaseID')]],
  ['Order number', (c, o) => String(10000 + (n(o) * 37) % 90000), [OR('purchaseID')], opt],
  ['Venue', (c, o) => (n(o) % 2 ? 'Buns & Ftira Gżira' : 'Buns & Ftira St Julian\'s'), ['commerce.commerceScope.storeCode'], opt],
  ['Created at', (c, o) => mtIso(woAt(o)), ['timestamp', OR('createdDate')]],
  ['Order type', (c, o) => (n(o) % 9 === 0 ? 'Preorder' : 'Instant'), [OR('orderType')], opt],
  ['Delivery method', (c, o) => (woTake(o) ? 'Takeaway' : 'Wolt delivery'), ['commerce.shipping.shippingMethod'], opt],
  ['Status', (c, o) => woSt(o), [], opt],
  ['Customer', (c) => `${who(c, 'mt').first} ${who(c, 'mt').last[0]}.`, []],
  ['Items', (c, o) => woLines(o).map(([q, it]) => `${q} x ${it[0]}`).join(', '), [PL('name')], opt],
  ['Item count', (c, o) => String(woQty(o)), [PL('quantity')], opt],
  ['Subtotal', (c, o) => money(woSub(o)), [], opt],
  ['Discount', (c, o) => money(woDisc(o)), [OR('discountAmount')]],
  ['Campaign', (c, o) => woPromo(o), ['commerce.promotionID'], opt],
  ['Total', (c, o) => money(woTot(o)), [OR('priceTotal')]],
  ['VAT', (c, o) => money(woTot(o) * 18 / 118), [OR('taxAmount')]],
  ['Currency', () => 'EUR', [OR('currencyCode')]],
  ['Payment method', (c, o) => row(['Card', 'Apple Pay', 'Card', 'Google Pay', 'Card', 'Wolt credits', 'Apple Pay'], (n(o) >> 1) % 7), [OR('payments[0].paymentType')], opt],
  ['Commission', (c, o) => money(woCom(o)), []],
  ['Payout', (c, o) => money(['Rejected', 'Refunded'].includes(woSt(o)) ? 0 : woTot(o) - woCom(o) * 1.18), []],
  ['Refunded amount', (c, o) => money(woSt(o) === 'Refunded' ? woTot(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['Preparation time (min)', (c, o) => String(row([10, 12, 15, 15, 20], n(o) % 5)), []],
  ['Picked up at', (c, o) => (woSt(o) === 'Rejected' ? '' : mtIso(woAt(o) + (n(o) % 9 === 0 ? 60 : 0) * 60000 + (12 + n(o) % 15) * 60000)), ['commerce.shipping.shipDate'], opt],
  ['Customer comment', (c, o) => row(['', '', 'No onions please', '', 'Extra ketchup', '', 'Burger well done', 'Allergic to sesame', ''], n(o) % 9), []],
  ['Rejection reason', (c, o) => (woSt(o) === 'Rejected' ? row(['Item sold out', 'Venue too busy', 'Closing soon'], n(o) % 3) : ''), []],
] }

// ---------------------------------------------------------------- 2. Sifarma sold-products listing (PT, pt, E)
// a community pharmacy in Braga: prescription medicines with SNS co-payment, OTC, dermocosmetics, baby care and
// supplements; one row per product line of a sale
// [CNP, designação, categoria, laboratório, PVP, IVA %, comparticipação]
const SF_PROD = [
  ['5440987', 'Ben-u-ron 1000 mg x 18 comp', 'MNSRM', 'Bene Farmacêutica', 3.49, 6, 0],
  ['2659187', 'Brufen 400 mg x 60 comp rev', 'MSRM', 'Abbott', 5.95, 6, 0.37],
  ['5093738', 'Atorvastatina Generis 20 mg x 56 comp', 'MSRM', 'Generis', 7.82, 6, 0.69],
  ['6840563', 'Avène Cicalfate+ Creme Reparador 40 ml', 'Dermocosmética', 'Pierre Fabre', 12.9, 23, 0],
  ['6975591', 'La Roche-Posay Anthelios UVMune 400 SPF50+ 50 ml', 'Dermocosmética', 'L\'Oréal Portugal', 21.5, 23, 0],
  ['5371729', 'Omeprazol Mylan 20 mg x 56 cáps', 'MSRM', 'Mylan', 4.1, 6, 0.69],
  ['6326479', 'Bepanthene Plus Spray 30 ml', 'MNSRM', 'Bayer', 8.95, 6, 0],
  ['6189826', 'Chicco Biberão Natural Feeling 250 ml', 'Puericultura', 'Artsana', 11.99, 23, 0],
  ['5787684', 'Metformina Generis 1000 mg x 60 comp', 'MSRM', 'Generis', 3.2, 6, 0.9],
  ['6455401', 'Centrum Homem x 30 comp', 'Suplementos', 'Haleon', 14.75, 23, 0],
]
const sfP = (o) => row(SF_PROD, n(o) % 10)
const sfRx = (o) => sfP(o)[2] === 'MSRM'
const sfQ = (o) => (sfRx(o) ? 1 + ((n(o) >> 1) % 2) : sfP(o)[4] < 5 ? 1 + ((n(o) >> 2) % 2) : 1)
const sfOrg = (o) => (sfRx(o) ? row(['01 - SNS', '48 - SNS Pensionistas', '01 - SNS'], (n(o) >> 3) % 3) : '')
const sfRate = (o) => (sfOrg(o).startsWith('48') ? Math.min(0.95, sfP(o)[6] + 0.15) : sfP(o)[6])
const sfGross = (o) => sfP(o)[4] * sfQ(o)
const sfDisc = (o) => (['Dermocosmética', 'Puericultura', 'Suplementos'].includes(sfP(o)[2]) && n(o) % 4 === 0 ? Math.round(sfGross(o) * 10) / 100 : 0)
const sfComp = (o) => (sfRx(o) ? Math.round(sfGross(o) * sfRate(o) * 100) / 100 : 0)
const sfAnon = (c) => n(c) % 3 === 0
const sfCredit = (c, o) => !sfAnon(c) && n(o) % 11 === 0
const sfAt = (o) => biz(Date.UTC(2025, 3, 1), n(o) * 11, 75, 9, 20, 0)
const sfNif = (c) => { const r = seeded(c, 'nif'); const d = [v.pick(r, [1, 2, 2, 2]), ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]; const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11; return `${d.join('')}${s < 2 ? 0 : 11 - s}` }
const SET_SF = { name: 'sifarma-produtos-vendidos-farmacia-braga-pt', product: 'Sifarma (Atendimento > Listagem de produtos vendidos > Exportar para Excel, one row per product line sold, Portuguese UI, a community pharmacy in Braga dispensing prescriptions with SNS co-payment, OTC, dermocosmetics and baby care, Europe/Lisbon, EUR)', family: 'pos-sales', language: 'pt', schema: E, cols: [
  ['Data', (c, o) => dmy(wet(sfAt(o)), '-'), ['timestamp', OR('createdDate')]],
  ['Hora', (c, o) => hms(wet(sfAt(o))), [], opt],
  ['N.º Venda', (c, o) => String(280000 + (n(o) * 7) % 20000), ['_id', OR('purchaseID')]],
  ['Documento', (c, o) => `FR 2025/${1 + (n(o) * 13) % 20000}`, [OR('purchaseID')], opt],
  ['Operador', (c, o) => row(['Ana Sousa', 'Rui Martins', 'Dra. Teresa Lopes', 'Inês Carvalho'], (n(o) >> 3) % 4), []],
  ['N.º Cliente', (c) => (sfAnon(c) ? '' : String(1000 + (n(c) * 7) % 9000)), CUST_ID, opt],
  ['Cliente', (c) => (sfAnon(c) ? 'Consumidor Final' : `${who(c, 'pt').first} ${who(c, 'pt').last}`), []],
  ['NIF', (c) => (sfAnon(c) || n(c) % 4 === 1 ? '' : sfNif(c)), []],
  ['Cartão Saúda', (c) => (!sfAnon(c) && n(c) % 2 ? `2${v.digits(seeded(c, 'sauda'), 12)}` : ''), []],
  ['CNP', (c, o) => sfP(o)[0], [PL('SKU')]],
  ['Designação', (c, o) => sfP(o)[1], [PL('name')]],
  ['Categoria', (c, o) => sfP(o)[2], [PL('productCategories[0].categoryName')]],
  ['Laboratório', (c, o) => sfP(o)[3], []],
  ['Qtd.', (c, o) => String(sfQ(o)), [PL('quantity')]],
  ['PVP', (c, o) => eur(sfP(o)[4]), [], opt],
  ['Desconto', (c, o) => eur(sfDisc(o)), [PL('discountAmount')]],
  ['Organismo', (c, o) => sfOrg(o), []],
  ['Comparticipação', (c, o) => eur(sfComp(o)), [], opt],
  ['Valor Utente', (c, o) => eur(sfGross(o) - sfDisc(o) - sfComp(o)), [PL('priceTotal')]],
  ['Taxa IVA', (c, o) => `${sfP(o)[5]}%`, []],
  ['Tipo Venda', (c, o) => (sfRx(o) ? 'Com Receita' : sfCredit(c, o) ? 'Crédito' : 'Normal'), [OR('orderType')], opt],
  ['Forma Pagamento', (c, o) => (sfCredit(c, o) && !sfRx(o) ? 'Crédito Cliente' : row(['Multibanco', 'Numerário', 'MB WAY', 'Multibanco', 'Numerário', 'Cartão de Crédito'], (n(o) >> 1) % 6)), [OR('payments[0].paymentType')], opt],
  ['N.º Receita', (c, o) => (sfRx(o) ? `3011${v.digits(v.rng(hash(`rx${o.id}`)), 15)}` : ''), []],
] }

// ---------------------------------------------------------------- 3. efood partner order export (GR, el, E)
// a souvlaki shop in Pagkrati, Athens, delivering with its own riders (so it sees the customer's phone and address);
// prices incl. 13 % VAT; one row per order
const EF_ITEM = [['Πίτα γύρος χοιρινός', 3.8], ['Πίτα καλαμάκι κοτόπουλο', 3.9], ['Πίτα μπιφτέκι', 3.9], ['Μερίδα γύρος χοιρινός', 11.5], ['Μερίδα καλαμάκια χοιρινά (4 τεμ.)', 12.0], ['Πατάτες τηγανητές', 3.5], ['Τζατζίκι', 3.2], ['Χωριάτικη σαλάτα', 7.5], ['Coca-Cola 330ml', 1.8]]
// [περιοχή, Τ.Κ.]
const EF_AREA = [['Παγκράτι', '116 33'], ['Παγκράτι', '116 35'], ['Παγκράτι', '116 34'], ['Βύρωνας', '162 31'], ['Καισαριανή', '161 21'], ['Μετς', '116 36'], ['Νέος Κόσμος', '117 45'], ['Ζωγράφου', '157 71'], ['Ιλίσια', '115 28'], ['Βύρωνας', '162 32']]
const EF_ST = ['Υμηττού', 'Φορμίωνος', 'Ευτυχίδου', 'Αρχελάου', 'Δαμάρεως', 'Σπύρου Μερκούρη', 'Φιλολάου', 'Πρατίνου', 'Κύπρου', 'Εθνικής Αντιστάσεως', 'Καρνεάδου', 'Ιμηττού']
const efLines = (o) => { const k = n(o), a = [[2 + (k % 3), row(EF_ITEM, k % 3)]]; if (k % 2) a.push([1, row(EF_ITEM, 3 + ((k >> 1) % 2))]); if (k % 3 !== 1) a.push([1, row(EF_ITEM, 5 + ((k >> 2) % 3))]); if (k % 4 === 0) a.push([2, EF_ITEM[8]]); return a }
const efSub = (o) => efLines(o).reduce((s, [q, it]) => s + q * it[1], 0)
const efPick = (o) => n(o) % 6 === 0
const efCoupon = (o) => (n(o) % 8 === 0 ? ['WELCOME5', 5] : n(o) % 9 === 0 ? ['SOUVLAKI2', 2] : ['', 0])
const efFee = (o) => (efPick(o) || efSub(o) >= 10 ? 0 : 1.5)
const efTip = (o) => (!efPick(o) && n(o) % 4 === 1 ? row([0.5, 1, 2], n(o) % 3) : 0)
const efTot = (o) => efSub(o) - efCoupon(o)[1] + efFee(o) + efTip(o)
const efAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 17, 90, 12, 24, 2)
const efP = (c) => who(c, 'gr')
const efArea = (c) => row(EF_AREA, efP(c).k1 % 10)
const efPay = (o) => row(['Κάρτα', 'Μετρητά', 'Κάρτα', 'Apple Pay', 'Μετρητά', 'Google Pay', 'PayPal'], (n(o) >> 1) % 7)
const SET_EF = { name: 'efood-paraggelies-souvlaki-pagkrati-gr', product: 'efood (Partner Portal > Παραγγελίες > Εξαγωγή σε Excel, one row per order, Greek UI, a souvlaki shop in Pagkrati, Athens, delivering with its own riders and taking pickup orders, Europe/Athens, EUR incl. 13% VAT)', family: 'food-orders', language: 'el', schema: E, cols: [
  ['Κωδικός παραγγελίας', (c, o) => String(310000000 + (n(o) * 7919) % 90000000), ['_id', OR('purchaseID')]],
  ['Ημερομηνία', (c, o) => { const p = eet(efAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Κατάστημα', () => 'Το Καλαμάκι του Παγκρατίου', ['commerce.commerceScope.storeCode'], opt],
  ['Κατάσταση', (c, o) => (n(o) % 19 === 0 ? 'Ακυρωμένη' : n(o) % 29 === 0 ? 'Απορριφθείσα' : 'Ολοκληρωμένη'), [], opt],
  ['Τρόπος παράδοσης', (c, o) => (efPick(o) ? 'Παραλαβή από το κατάστημα' : 'Διανομή από το κατάστημα'), ['commerce.shipping.shippingMethod'], opt],
  ['Όνομα πελάτη', (c) => `${efP(c).first} ${efP(c).last}`, []],
  ['Τηλέφωνο', (c) => `69${v.pick(seeded(c, 'grm'), ['4', '7', '8', '9', '3', '5'])}${v.digits(seeded(c, 'grm2'), 7)}`, PHONE_ID],
  ['Διεύθυνση', (c, o) => (efPick(o) ? '' : `${row(EF_ST, efP(c).k2 % 12)} ${1 + efP(c).k3 % 140}`), [SHIP('street1')]],
  ['Όροφος', (c, o) => (efPick(o) ? '' : row(['Ισόγειο', '1ος', '2ος', '3ος', '4ος', '5ος', '2ος'], efP(c).k2 % 7)), [SHIP('street2')], opt],
  ['Κουδούνι', (c, o) => (efPick(o) ? '' : efP(c).last), []],
  ['Περιοχή', (c, o) => (efPick(o) ? '' : efArea(c)[0]), [SHIP('city'), SHIP('region')], opt],
  ['Τ.Κ.', (c, o) => (efPick(o) ? '' : efArea(c)[1]), [SHIP('postalCode')]],
  ['Προϊόντα', (c, o) => efLines(o).map(([q, it]) => `${q}x ${it[0]}`).join(', '), [PL('name')], opt],
  ['Τεμάχια', (c, o) => String(efLines(o).reduce((s, [q]) => s + q, 0)), [PL('quantity')], opt],
  ['Υποσύνολο', (c, o) => eur(efSub(o)), [], opt],
  ['Κουπόνι', (c, o) => efCoupon(o)[0], ['commerce.promotionID']],
  ['Έκπτωση', (c, o) => eur(efCoupon(o)[1]), [OR('discountAmount')]],
  ['Κόστος διανομής', (c, o) => eur(efFee(o)), ['commerce.shipping.shippingAmount']],
  ['Φιλοδώρημα', (c, o) => eur(efTip(o)), []],
  ['Σύνολο', (c, o) => eur(efTot(o)), [OR('priceTotal')]],
  ['Τρόπος πληρωμής', (c, o) => efPay(o), [OR('payments[0].paymentType')], opt],
  ['Σχόλια πελάτη', (c, o) => (efPay(o) === 'Μετρητά' && n(o) % 3 === 0 ? 'Ρέστα από 20€' : row(['', 'Χωρίς κρεμμύδι', '', 'Έξτρα σως', 'Χτυπήστε δυνατά το κουδούνι', '', 'Πατάτες καλοψημένες', ''], n(o) % 8)), []],
  ['Προμήθεια efood', (c, o) => eur((efSub(o) - efCoupon(o)[1]) * 0.18), []],
] }

// ---------------------------------------------------------------- 4. Getnet card-operations export (ES, es, E)
// a herbalist and natural-cosmetics shop in Madrid (Chamberí): countertop terminal, Tap on Phone at markets and payment
// links sent for web and WhatsApp orders; one row per card operation
// [marca, tipo de tarjeta, BIN]
const GN_CARD = [['VISA', 'Débito', '4548 81'], ['MASTERCARD', 'Débito', '5402 05'], ['VISA', 'Crédito', '4940 19'], ['MASTERCARD', 'Crédito', '5176 99'], ['VISA', 'Débito', '4174 38'], ['AMEX', 'Crédito', '3759 87'], ['VISA', 'Débito', '4548 81']]
const GN_LINK = ['Pedido web - Aceite de rosa mosqueta bio 30 ml', 'Pedido WhatsApp - Cesta de infusiones', 'Pedido web - Champú sólido + acondicionador', 'Pedido web - Pack magnesio + colágeno']
const gnCh = (o) => row(['TPV físico', 'TPV físico', 'TPV físico', 'Pago por link', 'TPV físico', 'Tap on Phone'], n(o) % 6)
const gnLink = (o) => gnCh(o) === 'Pago por link'
const gnType = (o) => (n(o) % 19 === 0 ? 'Devolución' : 'Venta')
const gnSt = (o) => (n(o) % 13 === 0 ? 'Denegada' : 'Autorizada')
const gnAmt = (o) => { const a = Math.round(450 + (n(o) * 37) % 9000) / 100; return gnType(o) === 'Devolución' ? -a : a }
const gnCard = (o) => row(GN_CARD, (n(o) >> 1) % 7)
const gnFee = (o) => (gnSt(o) === 'Autorizada' && gnType(o) === 'Venta' ? Math.round(Math.abs(gnAmt(o)) * (gnCard(o)[0] === 'AMEX' ? 2.2 : 0.45)) / 100 : 0)
const gnAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 19, 100, 10, 21, 1)
const gnSettle = (o) => { const d = gnAt(o) + day, w = new Date(d).getUTCDay(); return d + (w === 6 ? 2 : w === 0 ? 1 : 0) * day }
const SET_GN = { name: 'getnet-operaciones-herbolario-madrid-es', product: 'Getnet (Portal Getnet > Operaciones > Consulta de operaciones > Exportar a Excel, one row per card operation, Spanish UI, a herbalist and natural-cosmetics shop in Chamberí, Madrid, taking cards in store, with Tap on Phone and by payment link, Europe/Madrid, EUR)', family: 'payments', language: 'es', schema: E, cols: [
  ['Fecha operación', (c, o) => dmy(cet(gnAt(o)), '/'), ['timestamp']],
  ['Hora', (c, o) => hms(cet(gnAt(o))), [], opt],
  ['Nº operación', (c, o) => pad((n(o) * 104729 + 7) % 1e12, 12), ['_id', OR('payments[0].transactionID')]],
  ['Código comercio', () => '349712058', []],
  ['Terminal', (c, o) => (gnLink(o) ? '00000003' : gnCh(o) === 'Tap on Phone' ? '00000002' : '00000001'), []],
  ['Canal', (c, o) => gnCh(o), [], opt],
  ['Tipo operación', (c, o) => gnType(o), [], opt],
  ['Estado', (c, o) => gnSt(o), [], opt],
  ['Importe', (c, o) => eur(gnAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Tarjeta', (c, o) => `${gnCard(o)[2]}** **** ${v.digits(v.rng(hash(`gn4${o.id}`)), 4)}`, []],
  ['Marca', (c, o) => gnCard(o)[0], [OR('payments[0].paymentType')], opt],
  ['Tipo tarjeta', (c, o) => gnCard(o)[1], [OR('payments[0].paymentType')], opt],
  ['Modo de lectura', (c, o) => (gnLink(o) ? 'Comercio electrónico' : gnCh(o) === 'Tap on Phone' ? 'Contactless' : row(['Contactless', 'Contactless', 'Chip', 'Apple Pay', 'Google Pay', 'Contactless'], (n(o) >> 2) % 6)), []],
  ['Código autorización', (c, o) => (gnSt(o) === 'Autorizada' ? UP(v.rng(hash(`gna${o.id}`)), 6, '0123456789ABCDEF') : ''), [], opt],
  ['Código respuesta', (c, o) => (gnSt(o) === 'Autorizada' ? '0000' : row(['0190', '0180', '0116'], n(o) % 3)), []],
  ['País emisor', (c, o) => row(['ESPAÑA', 'ESPAÑA', 'ESPAÑA', 'FRANCIA', 'ESPAÑA', 'ESPAÑA', 'ITALIA', 'ESPAÑA', 'REINO UNIDO'], (n(o) >> 1) % 9), []],
  ['Referencia pedido', (c, o) => (gnLink(o) ? `PED${pad(1000 + (n(o) * 7) % 9000, 5)}` : ''), [OR('purchaseID')]],
  ['Descripción', (c, o) => (gnLink(o) ? row(GN_LINK, (n(o) >> 2) % 4) : ''), [PL('name')], opt],
  ['Email cliente', (c, o) => (gnLink(o) ? who(c, 'es').mail : ''), EMAIL_ID],
  ['Teléfono cliente', (c, o) => (gnLink(o) && n(c) % 2 ? `+34 ${esMob(c).replace(/ /g, '')}` : ''), PHONE_ID, opt],
  ['Comisión', (c, o) => eur(gnFee(o)), []],
  ['Importe neto', (c, o) => eur(gnSt(o) === 'Autorizada' ? gnAmt(o) - gnFee(o) : 0), []],
  ['Fecha abono', (c, o) => (gnSt(o) === 'Autorizada' ? dmy(shift(gnSettle(o), 0), '/') : ''), []],
] }

// ---------------------------------------------------------------- 5. AutoScout24 dealer lead export (IT, it, P)
// a used-car dealer in Bologna: requests from buyers about listed cars (info, call-back, test drive, finance, trade-in);
// one row per request
// [veicolo, prezzo, km]
const AS_CAR = [['Fiat 500 1.0 Hybrid Dolcevita', 14900, 21300], ['Volkswagen T-Roc 1.5 TSI ACT Style', 24900, 38500], ['Jeep Compass 1.3 T4 PHEV 4xe Limited', 27500, 45200], ['Toyota Yaris Cross 1.5 Hybrid Trend', 23800, 18900],
  ['Audi A3 Sportback 30 TDI S tronic Business', 26400, 61000], ['Dacia Duster 1.0 TCe GPL Comfort', 16900, 32000], ['BMW 118d 5p. Msport', 25900, 54800], ['Peugeot 208 PureTech 100 Allure', 15700, 27600]]
const AS_PL = [['40121', 'Bologna'], ['40137', 'Bologna'], ['40133', 'Bologna'], ['40033', 'Casalecchio di Reno'], ['40068', 'San Lazzaro di Savena'], ['40013', 'Castel Maggiore'], ['40026', 'Imola'], ['41121', 'Modena'], ['44121', 'Ferrara'], ['40069', 'Zola Predosa'], ['40017', 'San Giovanni in Persiceto'], ['48121', 'Ravenna']]
const AS_TYPE = ['Richiesta informazioni', 'Richiesta di richiamata', 'Prenotazione test drive', 'Richiesta finanziamento', 'Richiesta informazioni', 'Valutazione permuta']
const AS_TRADE = ['Fiat Panda 1.2 Easy (2015)', 'Ford Fiesta 1.1 Titanium (2017)', 'Renault Clio dCi 90 (2016)', 'Opel Corsa 1.2 (2014)']
const asP = (c) => who(c, 'it')
const asCar = (c) => row(AS_CAR, asP(c).k1 % 8)
const asType = (c) => row(AS_TYPE, n(c) % 6)
const asTrade = (c) => asType(c) === 'Valutazione permuta' || n(c) % 7 === 3
const asPl = (c) => row(AS_PL, asP(c).k2 % 12)
const asAt = (c) => biz(Date.UTC(2025, 2, 1), n(c) * 7, 90, 8, 23, 1)
const asMsg = (c) => ({ 'Richiesta informazioni': `Buongiorno, la ${asCar(c)[0].split(' ').slice(0, 2).join(' ')} è ancora disponibile? Grazie`, 'Richiesta di richiamata': 'Vorrei essere ricontattato in serata', 'Prenotazione test drive': 'Sarei interessato a una prova sabato mattina', 'Richiesta finanziamento': 'Vorrei un preventivo con anticipo 3.000 € in 48 rate', 'Valutazione permuta': 'Ho un\'auto da dare in permuta, potete valutarla?' })[asType(c)]
const SET_AS = { name: 'autoscout24-contatti-concessionario-bologna-it', product: 'AutoScout24 (Area rivenditori > Contatti > Esporta CSV, one row per buyer request about a listed car, Italian UI, a used-car dealer in Bologna, Europe/Rome)', family: 'leads', language: 'it', schema: P, cols: [
  ['ID contatto', (c) => String(40000000 + (n(c) * 7919) % 9000000), ID, opt],
  ['Data', (c) => { const p = cet(asAt(c)); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ['Tipo richiesta', (c) => asType(c), []],
  ['Nome', (c) => asP(c).first, ['person.name.firstName']],
  ['Cognome', (c) => asP(c).last, ['person.name.lastName']],
  ['E-mail', (c) => asP(c).mail, ['personalEmail.address']],
  ['Telefono', (c) => (n(c) % 5 === 1 && asType(c) === 'Richiesta informazioni' ? '' : itMob(c)), ['mobilePhone.number', 'homePhone.number']],
  ['CAP', (c) => asPl(c)[0], HOMES('postalCode')],
  ['Città', (c) => asPl(c)[1], HOMES('city')],
  ['Messaggio', (c) => asMsg(c), []],
  ['Veicolo', (c) => asCar(c)[0], []],
  ['ID annuncio', (c) => v.uuid(v.rng(hash(`as${asP(c).k1 % 8}`))), []],
  ['Prezzo (€)', (c) => group(asCar(c)[1], '.'), []],
  ['Km', (c) => group(asCar(c)[2], '.'), []],
  ['Permuta', (c) => (asTrade(c) ? 'Sì' : 'No'), []],
  ['Veicolo in permuta', (c) => (asTrade(c) ? row(AS_TRADE, n(c) % 4) : ''), []],
  ['Finanziamento', (c) => (asType(c) === 'Richiesta finanziamento' || n(c) % 5 === 2 ? 'Sì' : 'No'), []],
  ['Stato', (c) => row(['Nuovo', 'Contattato', 'Appuntamento fissato', 'Contattato', 'Venduto', 'Perso'], (n(c) >> 1) % 6), [], opt],
  ['Assegnato a', (c) => row(['Marco Bertolini', 'Giulia Venturi', ''], (n(c) >> 2) % 3), []],
  ['Consenso marketing', (c) => (n(c) % 3 === 0 ? 'Sì' : 'No'), []],
] }

// ---------------------------------------------------------------- 6. InfoJobs candidate export (ES, es, P)
// a logistics operator at the PLAZA logistics park in Zaragoza hiring warehouse staff with forklift licences; one row
// per candidate registered for the offer
// [población, provincia, código postal]
const IJ_PL = [['Zaragoza', 'Zaragoza', '50003'], ['Zaragoza', 'Zaragoza', '50012'], ['Zaragoza', 'Zaragoza', '50018'], ['Utebo', 'Zaragoza', '50180'], ['Cuarte de Huerva', 'Zaragoza', '50410'], ['La Muela', 'Zaragoza', '50196'],
  ['Zuera', 'Zaragoza', '50800'], ['Huesca', 'Huesca', '22004'], ['Calatayud', 'Zaragoza', '50300'], ['Alagón', 'Zaragoza', '50630'], ['Tudela', 'Navarra', '31500'], ['Zaragoza', 'Zaragoza', '50015']]
const ijP = (c) => who(c, 'es')
const ijPl = (c) => row(IJ_PL, ijP(c).k1 % 12)
const ijBirth = (c) => Date.UTC(1968, 0, 1) + ((ijP(c).k2 * 7) % (38 * 365)) * day
const ijAt = (c) => biz(Date.UTC(2025, 3, 7), n(c) * 3, 21, 7, 24, 1)
const SET_IJ = { name: 'infojobs-candidatos-logistica-zaragoza-es', product: 'InfoJobs (Empresas > Mis ofertas > Candidatos inscritos > Exportar a Excel, one row per candidate registered for an offer, Spanish UI, a logistics operator at the PLAZA logistics park in Zaragoza hiring warehouse staff, Europe/Madrid)', family: 'recruiting', language: 'es', schema: P, cols: [
  ['Nombre', (c) => ijP(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${ijP(c).last} ${ijP(c).last2}`, ['person.name.lastName']],
  ['Email', (c) => ijP(c).mail, ['personalEmail.address']],
  ['Teléfono', (c) => esMob(c, 'ijm').replace(/ /g, ''), ['mobilePhone.number', 'homePhone.number']],
  ['Fecha de nacimiento', (c) => dmy(shift(ijBirth(c), 0), '/'), ['person.birthDate']],
  ['Nacionalidad', (c) => row(['España', 'España', 'España', 'España', 'España', 'España', 'Rumanía', 'España', 'Colombia', 'España'], ijP(c).k3 % 10), ['person.nationality']],
  ['Población', (c) => ijPl(c)[0], HOMES('city')],
  ['Provincia', (c) => ijPl(c)[1], [...STATE(HOME), ...HOMES('region')]],
  ['Código postal', (c) => (n(c) % 6 === 5 ? '' : ijPl(c)[2]), HOMES('postalCode')],
  ['País', () => 'España', HOMES('country')],
  ['Estudios', (c) => row(['Educación Secundaria Obligatoria', 'Bachillerato', 'Ciclo Formativo Grado Medio', 'Ciclo Formativo Grado Superior', 'Educación Secundaria Obligatoria', 'Grado'], n(c) % 6), []],
  ['Experiencia', (c) => row(['Sin experiencia', 'Menos de 1 año', '1 año', '2 años', 'De 3 a 5 años', 'Más de 5 años'], (n(c) >> 1) % 6), []],
  ['Último puesto', (c) => row(['Mozo de almacén', 'Carretillero', 'Preparador de pedidos', 'Reponedor', 'Operario de producción', 'Repartidor', 'Camarero'], (n(c) >> 2) % 7), []],
  ['Última empresa', (c) => row(['Mercadona', 'DHL Supply Chain', 'Decathlon', 'Stellantis Figueruelas', 'Eroski', '', 'Grupo Sesé', 'Transportes Carreras'], (n(c) >> 2) % 8), ['organizations[0]'], opt],
  ['Carné de conducir', (c) => row(['B', 'B', 'No', 'B, C', 'B', 'B, C, CAP'], ijP(c).k2 % 6), []],
  ['Vehículo propio', (c) => (ijP(c).k2 % 6 === 2 ? 'No' : n(c) % 4 === 0 ? 'No' : 'Sí'), []],
  ['Salario deseado', (c) => row(['18.000 € - 21.000 € Bruto/año', 'No especificado', '21.000 € - 24.000 € Bruto/año', '15.000 € - 18.000 € Bruto/año'], n(c) % 4), []],
  ['Fecha de inscripción', (c) => { const p = cet(ijAt(c)); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ['Estado', (c) => row(['Por leer', 'Por leer', 'En proceso', 'Descartado', 'Finalista', 'En proceso', 'Descartado'], (n(c) >> 1) % 7), [], opt],
  ['Nota', (c) => String(row([40, 60, 80, 100, 60, 80, 20], n(c) % 7)), []],
  ['Oferta', () => 'Mozo/a de almacén con carné de carretillero - PLAZA Zaragoza', []],
] }

// ---------------------------------------------------------------- 7. Woffu employee export (ES-CT, ca, B)
// a Barcelona restaurant group with four restaurants, a central pastry kitchen in L'Hospitalet and a head office;
// Catalan UI; one row per employee
// [departament, càrrec, centre]
const WF_ROLE = [['Sala', 'Cambrer', 'Mossegada Gràcia'], ['Sala', 'Cap de sala', 'Mossegada Poblenou'], ['Cuina', 'Cuiner', 'Mossegada Sant Antoni'], ['Cuina', 'Ajudant de cuina', 'Mossegada Gràcia'],
  ['Cuina', 'Cap de cuina', 'Mossegada Sarrià'], ['Sala', 'Cambrer', 'Mossegada Sant Antoni'], ['Obrador', 'Pastisser', 'Obrador central'], ['Administració', 'Administrativa', 'Oficines centrals'],
  ['Recursos Humans', 'Tècnica de RRHH', 'Oficines centrals'], ['Compres', 'Responsable de compres', 'Oficines centrals'], ['Cuina', 'Rentaplats', 'Mossegada Poblenou'], ['Sala', 'Ajudant de cambrer', 'Mossegada Sarrià']]
const WF_BOSS = { 'Mossegada Gràcia': 'laia.puig@mossegada.cat', 'Mossegada Poblenou': 'oriol.ferrer@mossegada.cat', 'Mossegada Sant Antoni': 'marta.vidal@mossegada.cat', 'Mossegada Sarrià': 'pau.soler@mossegada.cat', 'Obrador central': 'jordi.casals@mossegada.cat', 'Oficines centrals': 'montserrat.roca@mossegada.cat' }
const WF_PL = [['08012', 'Barcelona'], ['08005', 'Barcelona'], ['08015', 'Barcelona'], ['08017', 'Barcelona'], ['08014', 'Barcelona'], ['08902', 'L\'Hospitalet de Llobregat'], ['08921', 'Santa Coloma de Gramenet'], ['08911', 'Badalona'], ['08940', 'Cornellà de Llobregat'], ['08830', 'Sant Boi de Llobregat']]
const WF_ST = ['Carrer de Verdi', 'Carrer Gran de Gràcia', 'Carrer de Pere IV', 'Carrer del Comte Borrell', 'Carrer d\'Aragó', 'Passeig de Sant Joan', 'Carrer de Sants', 'Rambla del Poblenou', 'Carrer Major de Sarrià', 'Avinguda de Madrid']
const wfP = (c) => who(c, 'ca')
const wfRole = (c) => row(WF_ROLE, n(c) % 12)
const wfPl = (c) => row(WF_PL, wfP(c).k1 % 10)
const wfIn = (c) => Date.UTC(2016, 0, 11) + ((wfP(c).k2 * 13) % (3300)) * day
const wfOut = (c) => (n(c) % 9 === 0 ? wfIn(c) + (90 + (n(c) % 400)) * day : 0)
const wfDni = (c) => { const r = seeded(c, 'dni'); const nie = r() < 0.15; const pre = v.int(r, 0, 2); const num = nie ? v.int(r, 0, 9999999) : v.int(r, 10000000, 79999999); const chk = 'TRWAGMYFPDXBNJZSQVHLCKE'[(nie ? pre * 1e7 + num : num) % 23]; return nie ? `${'XYZ'[pre]}${pad(num, 7)}${chk}` : `${num}${chk}` }
const wfMail = (c) => (['Cuina', 'Obrador'].includes(wfRole(c)[0]) && n(c) % 3 === 0 ? `${v.slug(wfP(c).first)}${v.slug(wfP(c).last)}${n(c) % 90 + 10}@${row(LOC.ca.mail, n(c) % 5)}` : `${v.slug(wfP(c).first)}.${v.slug(wfP(c).last)}@mossegada.cat`)
const SET_WF = { name: 'woffu-empleats-grup-restauracio-barcelona-es', product: 'Woffu (Equip > Empleats > Exportar a Excel, one row per employee, Catalan UI, a Barcelona restaurant group with four restaurants, a central pastry kitchen and a head office, Europe/Madrid)', family: 'hr', language: 'ca', schema: B, cols: [
  ['ID', (c) => `E${pad((n(c) * 7) % 10000, 4)}`, B2BID],
  ['Nom', (c) => wfP(c).first, ['person.name.firstName']],
  ['Cognoms', (c) => `${wfP(c).last} ${wfP(c).last2}`, ['person.name.lastName']],
  ['Correu electrònic', (c) => wfMail(c), WE],
  ['DNI/NIE', (c) => wfDni(c), ['person.taxId'], opt],
  ['Telèfon', (c) => esMob(c, 'wfm'), ['mobilePhone.number', 'workPhone.number']],
  ['Data de naixement', (c) => dmy(shift(wfP(c).birth, 0), '/'), ['person.birthDate']],
  ['Gènere', (c) => (wfP(c).female ? 'Dona' : 'Home'), ['person.gender']],
  ['Adreça', (c) => `${row(WF_ST, wfP(c).k3 % 10)}, ${1 + wfP(c).k2 % 180}, ${1 + wfP(c).k3 % 6}r ${1 + wfP(c).k1 % 4}a`, ['homeAddress.street1', 'mailingAddress.street1']],
  ['Codi postal', (c) => wfPl(c)[0], ['homeAddress.postalCode', 'mailingAddress.postalCode']],
  ['Població', (c) => wfPl(c)[1], ['homeAddress.city', 'mailingAddress.city']],
  ['Empresa', (c) => (wfRole(c)[0] === 'Obrador' ? 'Obrador Mossegada, SL' : 'Grup Mossegada, SL'), CO],
  ['Centre de treball', (c) => wfRole(c)[2], [], opt],
  ['Departament', (c) => wfRole(c)[0], ['extendedWorkDetails.departments[0]']],
  ['Càrrec', (c) => wfRole(c)[1], ['extendedWorkDetails.jobTitle']],
  ['Responsable', (c) => WF_BOSS[wfRole(c)[2]], ['extendedWorkDetails.reportsToID'], opt],
  ['Data d\'alta', (c) => dmy(shift(wfIn(c), 0), '/'), []],
  ['Data de baixa', (c) => (wfOut(c) ? dmy(shift(wfOut(c), 0), '/') : ''), []],
  ['Conveni', (c) => ({ Sala: 'Hostaleria de Catalunya', Cuina: 'Hostaleria de Catalunya', Obrador: 'Indústries de pastisseria, confiteria i bolleria de Catalunya' })[wfRole(c)[0]] ?? 'Oficines i despatxos de Catalunya', []],
  ['Calendari', (c) => (wfRole(c)[0] === 'Obrador' ? 'Calendari L\'Hospitalet 2025' : 'Calendari Barcelona 2025'), []],
  ['Hores setmanals', (c) => String(row([40, 40, 30, 20, 40, 25], wfP(c).k3 % 6)), []],
  ['Estat', (c) => (wfOut(c) ? 'Inactiu' : 'Actiu'), [], opt],
] }

// ---------------------------------------------------------------- 8. Soldo user export (IT, it, B)
// a Milan chain of herbal and organic-beauty shops (six shops and a head office) giving store managers and buyers
// prepaid company cards; one row per user
// [gruppo, occupazione, ruolo]
const SO_ROLE = [['Negozio Brera', 'Store manager', 'Dipendente'], ['Negozio Navigli', 'Store manager', 'Dipendente'], ['Negozio Isola', 'Addetta vendite', 'Dipendente'], ['Negozio Monza', 'Store manager', 'Dipendente'],
  ['Sede - Acquisti', 'Buyer', 'Dipendente'], ['Sede - Marketing', 'Responsabile marketing', 'Dipendente'], ['Negozio Bergamo', 'Store manager', 'Dipendente'], ['Sede - Amministrazione', 'Responsabile amministrazione', 'Amministratore'],
  ['Sede - Amministrazione', 'Contabile', 'Contabile'], ['Negozio Como', 'Visual merchandiser', 'Dipendente'], ['Sede - Direzione', 'Area manager', 'Dipendente'], ['Sede - Direzione', 'Amministratore delegato', 'Super admin']]
const soP = (c) => who(c, 'it')
const soRole = (c) => row(SO_ROLE, n(c) % 12)
const soSt = (c) => row(['Attivo', 'Attivo', 'Attivo', 'In attesa di attivazione', 'Attivo', 'Sospeso', 'Attivo'], (n(c) >> 1) % 7)
const soCreated = (c) => biz(Date.UTC(2021, 8, 6), n(c) * 29, 1200, 8, 19, 1)
const itDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_SO = { name: 'soldo-utenti-erboristerie-milano-it', product: 'Soldo (Utenti > Esporta elenco utenti (CSV), one row per user, Italian UI, a Milan chain of herbal and organic-beauty shops giving store managers and buyers prepaid company cards, Europe/Rome, EUR)', family: 'b2b', language: 'it', schema: B, cols: [
  ['ID utente', (c) => `ITA48213-${pad((n(c) * 7) % 1000000, 6)}`, B2BID],
  ['Nome', (c) => soP(c).first, ['person.name.firstName']],
  ['Secondo nome', (c) => (n(c) % 7 === 0 ? (soP(c).female ? 'Maria' : 'Giovanni') : ''), ['person.name.middleName']],
  ['Cognome', (c) => soP(c).last, ['person.name.lastName']],
  ['Email', (c) => `${v.slug(soP(c).first)}.${v.slug(soP(c).last)}@erbedibrera.it`, WE],
  ['Cellulare', (c) => `+39 ${itMob(c, 'som')}`, ['mobilePhone.number', 'workPhone.number']],
  ['Occupazione', (c) => soRole(c)[1], ['extendedWorkDetails.jobTitle']],
  ['ID dipendente', (c) => (n(c) % 5 === 4 ? '' : `EDB-${pad((n(c) * 13) % 1000, 3)}`), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
  ['Ruolo', (c) => soRole(c)[2], []],
  ['Gruppi', (c) => soRole(c)[0], ['extendedWorkDetails.departments[0]'], opt],
  ['Stato', (c) => soSt(c), [], opt],
  ['Carte', (c) => String(soSt(c) === 'In attesa di attivazione' ? 0 : soRole(c)[0].startsWith('Negozio') ? 1 : 1 + (n(c) % 2)), []],
  ['Wallet', (c) => (soRole(c)[0].startsWith('Negozio') ? `Cassa ${soRole(c)[0].replace('Negozio ', '')}` : 'Spese sede'), []],
  ['Saldo disponibile', (c) => `€${thou(soSt(c) === 'In attesa di attivazione' ? 0 : ((n(c) * 97) % 60000) / 100, '.', ',')}`, []],
  ['Lingua', (c) => (n(c) % 9 === 0 ? 'English' : 'Italiano'), []],
  ['Data creazione', (c) => itDT(soCreated(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Ultimo accesso', (c) => (soSt(c) === 'In attesa di attivazione' ? '' : itDT(biz(Date.UTC(2025, 4, 2), n(c) * 31, 40, 7, 22, 2))), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['Nota', (c) => (soRole(c)[0].startsWith('Negozio') ? row(['', 'Carta per piccole spese negozio', '', 'Pulizie e cancelleria'], n(c) % 4) : row(['', 'Rimborsi trasferte fiere', '', 'Spese campionature fornitori'], n(c) % 4)), []],
] }

export const SETS = [SET_WO, SET_SF, SET_EF, SET_GN, SET_AS, SET_IJ, SET_WF, SET_SO]
