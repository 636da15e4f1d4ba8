// Round 73, heldout192: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Italian, Greek and Turkish exports, headers in the product's UI
// language: a fitness-studio booking app's class-booking list (ShaggyOwl), a small-town food-delivery app's order
// list for a partner pizzeria (Alfonsino), a school register's pupil registry (ClassEviva by Spaggiari) and a wine
// fair's business-matching platform's lead list for an exhibitor (Vinitaly Plus) (it 4); a Greek hotel booking
// engine and PMS's reservation list (Hotelizer) and a Greek commercial-management package's customer list
// (Megasoft Prisma Win) (el 2); a Turkish event-ticketing platform's organizer sales report (Bubilet) and a Turkish
// gym-management system's member list (Macrofit) (tr 2).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (searches of the pages and docs
// corpora found no public listing of the columns); a subset of each export's columns, in the order the writer knows.
// Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO, ACCT } from './sets.mjs'
import { pad, dmy, hm, shift, summer, hash } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOME2 = ['homeAddress', 'mailingAddress']
const WM = ['workAddress', 'mailingAddress']
// local clocks: Italy +1/+2, Greece +2/+3, Turkey +3 all year
const ita = (ms) => shift(ms, summer(ms) ? 2 : 1)
const grc = (ms) => shift(ms, summer(ms) ? 3 : 2)
const trt = (ms) => shift(ms, 3)
const DAY = 86400000

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const ascii = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/ç/g, 'c').replace(/ö/g, 'o').replace(/ü/g, 'u')
  .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const comma2 = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const eur = (x) => v.thou(x, '.', ',')

const IT = {
  m: ['Marco', 'Luca', 'Alessandro', 'Davide', 'Matteo', 'Simone', 'Federico', 'Giuseppe', 'Lorenzo', 'Gabriele'],
  f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Martina', 'Elena', 'Alessia', 'Sofia', 'Beatrice'],
  last: ['Rossi', 'Zanella', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Bertoldi', 'Ricci', 'Marchetti', 'Greco', 'Fontana', 'Gallo', 'Conti', 'De Rossi', 'Tommasi', 'Zanon'],
  mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'alice.it', 'virgilio.it', 'icloud.com'],
}
// Verona and province: [comune, provincia, CAP, via]
const VR = [['Verona', 'VR', '37121', 'Via Mazzini'], ['Verona', 'VR', '37138', 'Via Albere'], ['Verona', 'VR', '37131', 'Via Centro'], ['San Giovanni Lupatoto', 'VR', '37057', 'Via Garofoli'],
  ['Villafranca di Verona', 'VR', '37069', 'Corso Vittorio Emanuele'], ['Bussolengo', 'VR', '37012', 'Via De Gasperi'], ['San Martino Buon Albergo', 'VR', '37036', 'Via Nazionale'], ['Pescantina', 'VR', '37026', 'Via Ponte']]
// Caserta area (Alfonsino's small-town delivery zone): [comune, CAP, via]
const CE = [['Maddaloni', '81024', 'Via Roma'], ['Maddaloni', '81024', 'Via Napoli'], ['San Nicola la Strada', '81020', 'Viale Carlo III'], ['Caserta', '81100', 'Via Unità Italiana'], ['Marcianise', '81025', 'Via Duomo'], ['San Marco Evangelista', '81020', 'Via Vittorio Emanuele']]
function mkIt (c) {
  const r = seeded(c, 'it'), female = r() < 0.5
  const first = v.pick(r, female ? IT.f : IT.m), last = v.pick(r, IT.last)
  const pl = v.pick(r, VR), ce = v.pick(r, CE)
  const L = 'ABCDEHLMPRST'
  const cons = (s) => ascii(s).toUpperCase().replace(/[AEIOU]/g, '').padEnd(3, 'X').slice(0, 3)
  return { female, first, last, full: `${first} ${last}`, city: pl[0], prov: pl[1], cap: pl[2], street: `${pl[3]}, ${v.int(r, 1, 160)}`,
    ceCity: ce[0], ceCap: ce[1], ceStreet: `${ce[2]} ${v.int(r, 1, 220)}`,
    email: `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, IT.mail)}`,
    mobile: `3${v.pick(r, ['28', '33', '35', '39', '40', '45', '47', '49'])} ${v.int(r, 1000000, 9999999)}`,
    fixed: `045 ${v.int(r, 500000, 9999999)}`, r1: r(), r2: r(), cfTail: `${v.pick(r, [...L])}`, cfPlace: v.pick(r, ['L781', 'L781', 'L781', 'H783', 'L949', 'B296', 'Z129', 'Z100']), cfCk: v.pick(r, [...'ABCDEFGHJKLMNPQRSTUVWXYZ']), cons }
}

const EL = {
  m: [['Γιώργος', 'Giorgos'], ['Δημήτρης', 'Dimitris'], ['Νίκος', 'Nikos'], ['Κώστας', 'Kostas'], ['Γιάννης', 'Giannis'], ['Παναγιώτης', 'Panagiotis'], ['Χρήστος', 'Christos'], ['Βασίλης', 'Vasilis']],
  f: [['Μαρία', 'Maria'], ['Ελένη', 'Eleni'], ['Κατερίνα', 'Katerina'], ['Βασιλική', 'Vasiliki'], ['Σοφία', 'Sofia'], ['Αγγελική', 'Angeliki'], ['Δέσποινα', 'Despoina'], ['Ιωάννα', 'Ioanna']],
  // [male, female, latin]
  last: [['Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos'], ['Γεωργίου', 'Γεωργίου', 'georgiou'], ['Νικολάου', 'Νικολάου', 'nikolaou'], ['Οικονόμου', 'Οικονόμου', 'oikonomou'], ['Καραγιάννης', 'Καραγιάννη', 'karagiannis'],
    ['Βλάχος', 'Βλάχου', 'vlachos'], ['Μακρής', 'Μακρή', 'makris'], ['Δημητρίου', 'Δημητρίου', 'dimitriou'], ['Σταματόπουλος', 'Σταματοπούλου', 'stamatopoulos'], ['Κωνσταντινίδης', 'Κωνσταντινίδου', 'konstantinidis'], ['Τσολάκης', 'Τσολάκη', 'tsolakis'], ['Αλεξίου', 'Αλεξίου', 'alexiou']],
  mail: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'windowslive.com'],
}
function mkEl (c) {
  const r = seeded(c, 'el'), female = r() < 0.5
  const f = v.pick(r, female ? EL.f : EL.m), l = v.pick(r, EL.last)
  const last = female ? l[1] : l[0]
  return { female, first: f[0], last, full: `${last} ${f[0]}`, latin: `${f[1].toLowerCase()}.${l[2]}`, email: `${f[1].toLowerCase()}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.4 ? v.int(r, 70, 99) : ''}@${v.pick(r, EL.mail)}`,
    mobile: `69${v.pick(r, ['44', '45', '47', '48', '72', '77', '36', '93'])}${v.int(r, 100000, 999999)}` }
}

const TR = {
  m: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Oğuz', 'Serkan', 'Murat', 'Kerem', 'Onur'],
  f: ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Büşra', 'Ebru', 'Selin', 'Gizem', 'Deniz', 'İrem'],
  last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç', 'Kurt', 'Özdemir', 'Çakır'],
  mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'gmail.com'],
  // Ankara: [ilçe, mahalle]
  ank: [['Çankaya', 'Bahçelievler Mah.'], ['Çankaya', 'Ayrancı Mah.'], ['Yenimahalle', 'Batıkent Mah.'], ['Keçiören', 'Etlik Mah.'], ['Etimesgut', 'Eryaman Mah.'], ['Çankaya', 'Çukurambar Mah.'], ['Gölbaşı', 'Bahçelievler Mah.']],
}
function tckn (r) {
  const d = [v.int(r, 1, 9), ...Array.from({ length: 8 }, () => v.int(r, 0, 9))]
  const d10 = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10
  return [...d, d10, d11].join('')
}
function mkTr (c) {
  const r = seeded(c, 'tr'), female = r() < 0.5
  const first = v.pick(r, female ? TR.f : TR.m), last = v.pick(r, TR.last)
  const a = v.pick(r, TR.ank)
  const gsm = `5${v.pick(r, ['32', '33', '35', '42', '44', '05', '06', '52', '55', '30'])}${v.int(r, 1000000, 9999999)}`
  return { female, first, last, full: `${first} ${last}`, ilce: a[0], street: `${a[1]} ${v.int(r, 1, 40)}. Sok. No:${v.int(r, 1, 60)}/${v.int(r, 1, 16)}`,
    email: `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, TR.mail)}`,
    gsm, gsmFmt: `0${gsm.slice(0, 3)} ${gsm.slice(3, 6)} ${gsm.slice(6, 8)} ${gsm.slice(8)}`, tc: tckn(r), r1: r() }
}

const memo = new Map()
const who = (c, cc, mk) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c)); return memo.get(k) }
const it = (c) => who(c, 'it', mkIt), el = (c) => who(c, 'el', mkEl), tr = (c) => who(c, 'tr', mkTr)

// ---------------------------------------------------------------- 1. ShaggyOwl bookings (it, E)
// a Pilates and functional-training studio in Verona; [corso, sala, durata min, istruttore]
const SO_CLASS = [['Pilates Reformer', 'Sala Reformer', 50, 'Giada Benetti'], ['Pilates Matwork', 'Sala Grande', 55, 'Giada Benetti'], ['Functional Training', 'Sala Functional', 45, 'Nicola Zampieri'],
  ['Yoga Vinyasa', 'Sala Grande', 60, 'Irene Sartori'], ['Ginnastica Posturale', 'Sala Grande', 55, 'Irene Sartori'], ['Total Body', 'Sala Functional', 45, 'Nicola Zampieri']]
const SO_SLOT = ['07:15', '09:00', '12:30', '13:30', '18:00', '19:00', '20:15']
const SO_ST = ['Confermata', 'Presente', 'Presente', 'Presente', 'Assente', 'Cancellata', 'In lista d\'attesa']
const SO_SUB = [['Carnet 10 ingressi', 10], ['Mensile Open', 0], ['Trimestrale 2 volte a settimana', 24], ['Lezione singola', 1], ['Carnet 20 ingressi Reformer', 20]]
const soCls = (o) => SO_CLASS[n(o) % SO_CLASS.length]
const soSt = (o) => SO_ST[(n(o) >> 2) % SO_ST.length]
const soSub = (c) => SO_SUB[n(c) % SO_SUB.length]
const soLesson = (o) => o.at + (1 + (n(o) % 9)) * DAY
const soEnd = (slot, min) => { const [h, m] = slot.split(':').map(Number), e = h * 60 + m + min; return `${pad(Math.floor(e / 60))}:${pad(e % 60)}` }
const itTime = (ms) => { const p = ita(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- 2. Alfonsino orders (it, E)
// a pizzeria in Maddaloni (CE); menu [voce, prezzo]
const AF_MENU = [['Margherita', 5], ['Diavola', 6.5], ['Capricciosa', 7.5], ['Marinara', 4.5], ['Bufala', 8], ['Calzone fritto', 6], ['Frittatina di pasta', 2.5], ['Crocchè', 1.5], ['Coca-Cola 33cl', 2], ['Birra Peroni 66cl', 3.5]]
const afItems = (o) => { const k = 1 + (n(o) % 4), out = []; for (let j = 0; j < k; j++) out.push([AF_MENU[(n(o) + j * 3) % AF_MENU.length], 1 + ((n(o) >> j) % 2)]); return out }
// orders fall in the pizzeria's evening service: the order's Italian day at 18:00-22:59
const afAt = (o) => { const p = ita(o.at); return { ...p, H: 18 + (n(o) % 5), M: (n(o) * 7) % 60 } }
const afSub = (o) => afItems(o).reduce((a, [m, q]) => a + m[1] * q, 0)
const afPickup = (o) => n(o) % 5 === 0
const afFee = (o) => (afPickup(o) ? 0 : 2.5)
const afDisc = (o) => (n(o) % 7 === 0 ? 3 : 0)
const afTot = (o) => afSub(o) + afFee(o) - afDisc(o)

// ---------------------------------------------------------------- 3. ClassEviva pupil registry (it, P)
// a liceo scientifico in Verona
const CV_CORSO = ['LICEO SCIENTIFICO', 'LICEO SCIENTIFICO - OPZIONE SCIENZE APPLICATE', 'LICEO SCIENTIFICO - SEZIONE SPORTIVA']
const CV_CIT = ['ITALIANA', 'ITALIANA', 'ITALIANA', 'ITALIANA', 'ITALIANA', 'ITALIANA', 'ROMENA', 'ALBANESE', 'MAROCCHINA', 'MOLDAVA']
const CV_BORN = ['VERONA', 'VERONA', 'VERONA', 'SAN BONIFACIO', 'VILLAFRANCA DI VERONA', 'LEGNAGO', 'PESCHIERA DEL GARDA']
const cvBirth = (c) => Date.UTC(2011 - (n(c) % 5), 0, 1) + ((n(c) * 37) % 365) * DAY
const cvYear = (c) => 1 + (n(c) % 5)
const cvCf = (c) => {
  const p = it(c), b = new Date(cvBirth(c)), M = 'ABCDEHLMPRST'
  return `${p.cons(p.last)}${p.cons(p.first)}${String(b.getUTCFullYear()).slice(2)}${M[b.getUTCMonth()]}${pad(b.getUTCDate() + (p.female ? 40 : 0))}${p.cfPlace}${p.cfCk}`
}
const cvParent = (c) => { const p = it(c), r = seeded(c, 'gen'), mum = r() < 0.6; return { name: `${p.last.toUpperCase()} ${v.pick(r, mum ? IT.f : IT.m).toUpperCase()}`, email: `${ascii(p.last)}.${v.pick(r, ['fam', 'casa', 'genitori', ascii(p.first)])}@${v.pick(r, IT.mail)}`, mobile: `3${v.pick(r, ['33', '39', '40', '47'])}${v.int(r, 1000000, 9999999)}` } }

// ---------------------------------------------------------------- 4. Vinitaly Plus leads (it, B)
// a Valpolicella winery's stand; buyer companies [azienda, tipologia, sito, città, CAP, nazione, lingua nomi]
const VP_CO = [['Weinhandel Kessler GmbH', 'Importatore', 'weinhandel-kessler.de', 'München', '80331', 'Germania', 'de'], ['Enoteca Il Tralcio', 'Enoteca', 'enotecailtralcio.it', 'Bergamo', '24121', 'Italia', 'it'],
  ['Northbridge Wine Imports LLC', 'Importatore', 'northbridgewine.com', 'Chicago', '60607', 'Stati Uniti', 'en'], ['Vinícola Distribuidora Sur SL', 'Distributore', 'distribuidorasur.es', 'Valencia', '46004', 'Spagna', 'es'],
  ['Ristorante Da Vittorio al Porto', 'Ristorazione', 'davittorioalporto.it', 'Genova', '16128', 'Italia', 'it'], ['Hansen & Lund Vinhandel ApS', 'Importatore', 'hansenlund.dk', 'Aarhus', '8000', 'Danimarca', 'en'],
  ['The Cellar Collective Ltd', 'Distributore', 'cellarcollective.co.uk', 'London', 'SE1 9PG', 'Regno Unito', 'en'], ['Gruppo Bevande Nord Est Srl', 'Grossista Ho.Re.Ca.', 'bevandenordest.it', 'Treviso', '31100', 'Italia', 'it']]
const VP_NAMES = { de: [['Thomas', 'Kessler'], ['Julia', 'Brandt'], ['Stefan', 'Vogt']], it: [['Paolo', 'Carminati'], ['Silvia', 'Moretti'], ['Andrea', 'Pellegrini']], en: [['Michael', 'Harris'], ['Emma', 'Clarke'], ['Daniel', 'Sørensen']], es: [['Javier', 'Morales'], ['Lucía', 'Navarro'], ['Carlos', 'Ibáñez']] }
const VP_JOB = ['Buyer', 'Responsabile acquisti', 'Sommelier', 'Titolare', 'Export manager', 'Wine director', 'Category manager']
const vpCo = (c) => VP_CO[n(c) % VP_CO.length]
const vpName = (c) => VP_NAMES[vpCo(c)[6]][(n(c) >> 3) % 3]

// ---------------------------------------------------------------- 5. Hotelizer reservations (el, E)
// a 24-room suites hotel on Naxos; room types [τύπος, τιμή/νύχτα]
const HZ_ROOM = [['Δίκλινο Standard', 95], ['Superior Δίκλινο με θέα θάλασσα', 135], ['Junior Suite', 165], ['Οικογενειακή Σουίτα', 210], ['Honeymoon Suite με ιδιωτική πισίνα', 290]]
const HZ_SRC = ['Booking.com', 'Booking.com', 'Expedia', 'Απευθείας (Booking Engine)', 'Airbnb', 'Τηλεφωνικά', 'Email']
const HZ_PAY = { 'Booking.com': 'Πιστωτική κάρτα', Expedia: 'Virtual card (Expedia Collect)', Airbnb: 'Airbnb Payout', 'Απευθείας (Booking Engine)': 'Πιστωτική κάρτα', 'Τηλεφωνικά': 'Τραπεζική κατάθεση', Email: 'Μετρητά' }
const HZ_ST = ['Επιβεβαιωμένη', 'Επιβεβαιωμένη', 'Ολοκληρωμένη', 'Ολοκληρωμένη', 'Ακυρωμένη', 'No show']
const HZ_GUEST = [['DE', 'Γερμανία', '+49 17'], ['FR', 'Γαλλία', '+33 6'], ['IT', 'Ιταλία', '+39 3'], ['GB', 'Ηνωμένο Βασίλειο', '+44 7'], ['GR', 'Ελλάδα', '+30 69'], ['GR', 'Ελλάδα', '+30 69'], ['NL', 'Ολλανδία', '+31 6'], ['US', 'Η.Π.Α.', '+1 917']]
const hzRoom = (o) => HZ_ROOM[n(o) % HZ_ROOM.length]
const hzSrc = (o) => HZ_SRC[(n(o) >> 1) % HZ_SRC.length]
const hzNights = (o) => 2 + (n(o) % 6)
const hzIn = (o) => { const p = grc(o.at + (10 + (n(o) % 120)) * DAY); return Date.UTC(p.y, p.m - 1, p.d) }
const hzTot = (o) => hzRoom(o)[1] * hzNights(o) * (summer(hzIn(o)) ? 1.25 : 1)
const hzPaid = (o) => (hzSrc(o) === 'Expedia' || hzSrc(o) === 'Airbnb' ? hzTot(o) : n(o) % 3 === 0 ? hzTot(o) : Math.round(hzTot(o) * 0.3))
const hzGuest = (c) => HZ_GUEST[n(c) % HZ_GUEST.length]
const hzGreek = (c) => hzGuest(c)[0] === 'GR'
const HZ_NAMES = { DE: [['Lukas', 'Becker'], ['Anna', 'Schmitt'], ['Jonas', 'Hoffmann'], ['Katrin', 'Wagner']], FR: [['Julien', 'Moreau'], ['Camille', 'Lefèvre'], ['Thomas', 'Girard'], ['Claire', 'Fournier']],
  IT: [['Matteo', 'Galli'], ['Chiara', 'Fabbri'], ['Stefano', 'Longo'], ['Laura', 'Barbieri']], GB: [['James', 'Turner'], ['Sophie', 'Walker'], ['Oliver', 'Bennett'], ['Hannah', 'Price']],
  NL: [['Daan', 'de Vries'], ['Sanne', 'Bakker'], ['Ruben', 'Visser'], ['Lotte', 'Jansen']], US: [['Ryan', 'Mitchell'], ['Ashley', 'Cooper'], ['Kevin', 'Brooks'], ['Megan', 'Reed']] }
const hzName = (c) => (hzGreek(c) ? [el(c).first, el(c).last] : HZ_NAMES[hzGuest(c)[0]][(n(c) >> 3) % 4])
const hzForeignMail = (c) => `${ascii(hzName(c)[0])}.${ascii(hzName(c)[1])}${n(c) % 90 + 10}@${v.pick(seeded(c, 'hm'), ['gmail.com', 'gmail.com', 'outlook.com', 'icloud.com', 'web.de', 'orange.fr', 'hotmail.co.uk'])}`
const hzPhone = (c) => (hzGreek(c) ? `+30 ${el(c).mobile}` : `${hzGuest(c)[2]}${v.digits(seeded(c, 'ph'), hzGuest(c)[0] === 'US' ? 7 : 8)}`)
const hzMail = (c, o) => (hzSrc(o) === 'Booking.com' ? `${ascii(hzName(c)[0])}.${ascii(hzName(c)[1]).slice(0, 6)}.${pad(n(o) % 1000, 3)}@guest.booking.com` : hzGreek(c) ? el(c).email : hzForeignMail(c))
const elDate = (ms) => dmy(v.parts(ms), '/')
const euroEl = (x) => `${eur(x)} €`

// ---------------------------------------------------------------- 6. Megasoft Prisma Win customers (el, B)
// a Thessaloniki coffee and bakery-goods wholesaler; customer businesses [επωνυμία, διακριτικός τίτλος, επάγγελμα, οδός, πόλη, ΤΚ, ΔΟΥ]
const PW_CO = [['ΑΡΩΜΑ ΚΑΦΕ Ο.Ε.', 'CAFE AROMA', 'ΚΑΦΕΤΕΡΙΑ', 'ΤΣΙΜΙΣΚΗ 112', 'ΘΕΣΣΑΛΟΝΙΚΗ', '54622', 'Δ ΘΕΣΣΑΛΟΝΙΚΗΣ'], ['ΧΡΥΣΗ ΣΤΑΧΥΑ Ι.Κ.Ε.', 'ΦΟΥΡΝΟΣ Η ΧΡΥΣΗ ΣΤΑΧΥΑ', 'ΑΡΤΟΠΟΙΕΙΟ', 'ΕΓΝΑΤΙΑΣ 45', 'ΚΑΛΑΜΑΡΙΑ', '55132', 'ΚΑΛΑΜΑΡΙΑΣ'],
  ['ΔΗΜΗΤΡΙΟΥ ΑΘΑΝΑΣΙΟΣ', 'MINI MARKET ΔΗΜΗΤΡΙΟΥ', 'ΠΑΝΤΟΠΩΛΕΙΟ', 'Κ. ΚΑΡΑΜΑΝΛΗ 87', 'ΕΥΟΣΜΟΣ', '56224', 'ΑΜΠΕΛΟΚΗΠΩΝ'], ['ΘΕΡΜΑΪΚΟΣ ΕΣΤΙΑΣΗ Α.Ε.', 'THERMAIKOS BISTRO', 'ΕΣΤΙΑΤΟΡΙΟ', 'ΝΙΚΗΣ 15', 'ΘΕΣΣΑΛΟΝΙΚΗ', '54624', 'ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ'],
  ['ΚΑΡΑΓΙΑΝΝΗ ΣΤΕΛΛΑ & ΣΙΑ Ε.Ε.', 'ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ ΓΛΥΚΟ ΤΡΙΓΩΝΟ', 'ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ', 'ΠΑΠΑΝΑΣΤΑΣΙΟΥ 61', 'ΘΕΣΣΑΛΟΝΙΚΗ', '54642', 'Ε ΘΕΣΣΑΛΟΝΙΚΗΣ'], ['ΚΑΦΕΚΟΠΤΕΙΟ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Μ.Ι.Κ.Ε.', 'COFFEE ROASTERS NORTH', 'ΚΑΦΕΚΟΠΤΕΙΟ', '26ΗΣ ΟΚΤΩΒΡΙΟΥ 38', 'ΘΕΣΣΑΛΟΝΙΚΗ', '54627', 'Β ΘΕΣΣΑΛΟΝΙΚΗΣ'],
  ['ΠΑΠΑΔΟΠΟΥΛΟΣ Κ. - ΝΙΚΟΛΑΟΥ Μ. Ο.Ε.', 'ΚΑΝΤΙΝΑ ΠΑΝΕΠΙΣΤΗΜΙΟΥ', 'ΚΥΛΙΚΕΙΟ', 'ΠΑΝΕΠΙΣΤΗΜΙΟΥΠΟΛΗ ΑΠΘ', 'ΘΕΣΣΑΛΟΝΙΚΗ', '54124', 'ΣΤ ΘΕΣΣΑΛΟΝΙΚΗΣ'], ['ΠΕΡΙΒΟΛΑΚΙ ΞΕΝΟΔΟΧΕΙΑΚΗ Α.Ε.', 'HOTEL PERIVOLAKI', 'ΞΕΝΟΔΟΧΕΙΟ', 'ΑΚΤΗ ΘΕΡΜΑΪΚΟΥ 4', 'ΠΕΡΑΙΑ', '57019', 'Ζ ΘΕΣΣΑΛΟΝΙΚΗΣ']]
const PW_JOB = ['Ιδιοκτήτης', 'Υπεύθυνος αγορών', 'Διαχειριστής', 'Λογιστήριο', 'Υπεύθυνη καταστήματος', 'F&B Manager']
const pwCo = (c) => PW_CO[n(c) % PW_CO.length]
const afm = (k) => { const d = String(99000000 + ((k * 7919) % 900000)).split('').map(Number); const s = d.reduce((a, x, i) => a + x * 2 ** (8 - i), 0); return `${d.join('')}${(s % 11) % 10}` }
const PW_DOM = ['cafearoma', 'chrysistachya', 'minimarketdimitriou', 'thermaikosbistro', 'glykotrigono', 'coffeeroastersnorth', 'kantinaapth', 'hotelperivolaki']
const pwDom = (c) => PW_DOM[n(c) % PW_CO.length]

// ---------------------------------------------------------------- 7. Bubilet sales report (tr, E)
// a stand-up comedy organizer touring Ankara, İstanbul and İzmir; [etkinlik, mekan, şehir]
const BB_EV = [['Gece Yarısı Stand-Up Gösterisi', 'CSO Ada Ankara - Ahmet Adnan Saygun Salonu', 'Ankara'], ['Gece Yarısı Stand-Up Gösterisi', 'Zorlu PSM - Drama Sahnesi', 'İstanbul'], ['Tek Kişilik Dev Kadro', 'Bornova Sahne', 'İzmir'], ['Doğaçlama Gecesi', 'IF Performance Hall Tunus', 'Ankara']]
const BB_CAT = [['Tam', 450], ['Öğrenci', 350], ['1. Kategori', 600], ['2. Kategori', 500], ['VIP (Ön sıra)', 900]]
const bbEv = (o) => BB_EV[n(o) % BB_EV.length]
const bbCat = (o) => BB_CAT[(n(o) >> 1) % BB_CAT.length]
const bbQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0)
const bbFee = (o) => Math.round(bbCat(o)[1] * 0.1)
const bbDisc = (o) => (n(o) % 9 === 0 ? Math.round(bbCat(o)[1] * bbQty(o) * 0.15) : 0)
const bbTot = (o) => (bbCat(o)[1] + bbFee(o)) * bbQty(o) - bbDisc(o)
const tl = (x) => `${eur(x)} ₺`
const trTime = (ms) => { const p = trt(ms); return `${dmy(p, '.')} ${hm(p)}` }

// ---------------------------------------------------------------- 8. Macrofit members (tr, P)
// a two-branch gym in Ankara; packages [paket, ay, fiyat]
const MF_PKG = [['Aylık Fitness', 1, 1500], ['3 Aylık Fitness', 3, 3900], ['6 Aylık Fitness + Grup Dersleri', 6, 7200], ['Yıllık Full Paket', 12, 12500], ['Öğrenci 3 Aylık', 3, 3000], ['10 Ders PT Paketi', 2, 9000]]
const MF_BR = ['Çukurambar Şube', 'Batıkent Şube']
const mfPkg = (c) => MF_PKG[n(c) % MF_PKG.length]
const mfStart = (c) => Math.max(c.created, c.updated) - (n(c) % 60) * DAY
const mfEnd = (c) => mfStart(c) + mfPkg(c)[1] * 30 * DAY
const mfFrozen = (c) => n(c) % 11 === 0
const trDate = (ms) => dmy(v.parts(ms), '.')

export const SETS = [
  { name: 'shaggyowl-prenotazioni-it', product: 'ShaggyOwl (gestionale: Prenotazioni > Esporta Excel, one row per class booking, Italian UI, a Pilates and functional-training studio in Verona)', family: 'fitness', language: 'it', schema: E, cols: [
    ['ID prenotazione', (c, o) => String(3810000 + n(o) * 7), ['_id']],
    ['Data prenotazione', (c, o) => itTime(o.at), ['timestamp']],
    ['Corso', (c, o) => soCls(o)[0], [PL('name')], opt],
    ['Data lezione', (c, o) => dmy(ita(soLesson(o)), '/'), []],
    ['Orario', (c, o) => { const s = SO_SLOT[n(o) % SO_SLOT.length]; return `${s} - ${soEnd(s, soCls(o)[2])}` }, []],
    ['Istruttore', (c, o) => soCls(o)[3], []],
    ['Sala', (c, o) => soCls(o)[1], [], opt],
    ['ID cliente', (c) => String(20400 + (n(c) % 5000)), CUST_ID, opt],
    ['Nome', (c) => it(c).first, []],
    ['Cognome', (c) => it(c).last, []],
    ['Email', (c) => it(c).email, EMAIL_ID],
    ['Cellulare', (c) => `+39${it(c).mobile.replace(' ', '')}`, PHONE_ID],
    ['Stato', (c, o) => soSt(o), ['eventType'], opt],
    ['Abbonamento', (c) => soSub(c)[0], [], opt],
    ['Ingressi utilizzati', (c, o) => (soSt(o) === 'Cancellata' || soSt(o) === 'In lista d\'attesa' ? '0' : '1'), [], opt],
    ['Ingressi residui', (c, o) => (soSub(c)[1] ? String((n(o) + n(c)) % soSub(c)[1]) : 'Illimitati'), []],
    ['Prenotato da', (c, o) => v.pick(v.rng(n(o) + 11), ['App', 'App', 'App', 'Web', 'Staff']), [], opt],
    ['Data cancellazione', (c, o) => (soSt(o) === 'Cancellata' ? itTime(o.at + (2 + (n(o) % 40)) * 3600000) : ''), [], opt],
    ['Note', (c, o) => (n(o) % 8 === 0 ? 'Prima lezione di prova' : n(o) % 13 === 0 ? 'Mal di schiena, avvisare istruttore' : ''), []],
  ] },
  { name: 'alfonsino-ordini-ristorante-it', product: 'Alfonsino (pannello partner: Ordini > Storico ordini > Scarica Excel, one row per order, Italian UI, a pizzeria in Maddaloni in the province of Caserta)', family: 'food-delivery', language: 'it', schema: E, cols: [
    ['N. ordine', (c, o) => String(1184000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Data', (c, o) => dmy(afAt(o), '/'), ['timestamp']],
    ['Ora', (c, o) => hm(afAt(o)), [], opt],
    ['Orario richiesto', (c, o) => { const p = afAt(o), e = p.H * 60 + p.M + 40 + (n(o) % 4) * 15; return `${pad(Math.floor(e / 60) % 24)}:${pad(Math.floor(e % 60 / 15) * 15)}` }, []],
    ['Tipo', (c, o) => (afPickup(o) ? 'Ritiro' : 'Consegna'), ['commerce.shipping.shippingMethod'], opt],
    ['Cliente', (c) => it(c).full, []],
    ['Telefono', (c) => `+39 ${it(c).mobile}`, PHONE_ID],
    ['Email', (c) => it(c).email, EMAIL_ID],
    ['Indirizzo', (c, o) => (afPickup(o) ? '' : it(c).ceStreet), [SHIP('street1')]],
    ['Citofono', (c, o) => (afPickup(o) ? '' : n(c) % 3 === 0 ? `${it(c).last} - scala B` : it(c).last), []],
    ['Comune', (c, o) => (afPickup(o) ? '' : it(c).ceCity), [SHIP('city')]],
    ['CAP', (c, o) => (afPickup(o) ? '' : it(c).ceCap), [SHIP('postalCode')]],
    ['Prodotti', (c, o) => afItems(o).map(([m, q]) => `${q}x ${m[0]}`).join(', '), [PL('name')], opt],
    ['Subtotale', (c, o) => `€ ${comma2(afSub(o))}`, [], opt],
    ['Costo consegna', (c, o) => `€ ${comma2(afFee(o))}`, ['commerce.shipping.shippingAmount']],
    ['Sconto', (c, o) => `€ ${comma2(afDisc(o))}`, [OR('discountAmount')]],
    ['Codice sconto', (c, o) => (afDisc(o) ? 'BENVENUTO3' : ''), ['commerce.promotionID']],
    ['Totale', (c, o) => `€ ${comma2(afTot(o))}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metodo di pagamento', (c, o) => v.pick(v.rng(n(o) + 5), ['Contanti alla consegna', 'Contanti alla consegna', 'Carta di credito', 'Satispay', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Stato', (c, o) => (n(o) % 17 === 0 ? 'Annullato' : n(o) % 23 === 0 ? 'Rifiutato' : 'Consegnato'), [], opt],
    ['Note', (c, o) => v.pick(v.rng(n(o) + 9), ['', '', '', 'Pizza ben cotta', 'Senza cipolla', 'Suonare al secondo citofono']), []],
  ] },
  { name: 'classeviva-anagrafe-alunni-it', product: 'ClassEviva by Spaggiari (segreteria: Anagrafe > Alunni > Esporta Excel, one row per enrolled pupil, Italian UI, a liceo scientifico in Verona)', family: 'education', language: 'it', schema: P, cols: [
    ['Matricola', (c) => String(4100 + (n(c) % 2500)), ID],
    ['Cognome', (c) => it(c).last.toUpperCase(), ['person.name.lastName']],
    ['Nome', (c) => it(c).first.toUpperCase(), ['person.name.firstName']],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(v.parts(cvBirth(c)), '/'), ['person.birthDate']],
    ['Comune di nascita', (c) => (it(c).cfPlace.startsWith('Z') ? (it(c).cfPlace === 'Z129' ? 'ROMANIA' : 'ALBANIA') : CV_BORN[n(c) % CV_BORN.length]), []],
    ['Codice fiscale', (c) => cvCf(c), ['person.taxId']],
    ['Cittadinanza', (c) => (it(c).cfPlace === 'Z129' ? 'ROMENA' : it(c).cfPlace === 'Z100' ? 'ALBANESE' : CV_CIT[n(c) % 6]), ['person.nationality']],
    ['Classe', (c) => `${cvYear(c)}${'ABCDE'[(n(c) >> 2) % 5]}`, []],
    ['Corso', (c) => CV_CORSO[(n(c) >> 2) % 5 < 3 ? 0 : (n(c) >> 2) % 5 - 2], []],
    ['Indirizzo residenza', (c) => it(c).street.toUpperCase(), at(HOME2, 'street1')],
    ['CAP residenza', (c) => it(c).cap, at(HOME2, 'postalCode')],
    ['Comune residenza', (c) => it(c).city.toUpperCase(), at(HOME2, 'city')],
    ['Provincia residenza', (c) => it(c).prov, STATE(HOME2)],
    ['Telefono', (c) => (n(c) % 3 === 0 ? it(c).fixed : ''), ['homePhone.number']],
    ['Cellulare', (c) => (cvYear(c) >= 3 ? it(c).mobile.replace(' ', '') : ''), ['mobilePhone.number']],
    ['E-mail', (c) => `${ascii(it(c).first)}.${ascii(it(c).last)}@studenti.liceogalileivr.edu.it`, ['personalEmail.address']],
    ['Genitore 1', (c) => cvParent(c).name, []],
    ['E-mail genitore 1', (c) => cvParent(c).email, []],
    ['Cellulare genitore 1', (c) => cvParent(c).mobile, []],
    ['Data iscrizione', (c) => `01/09/${2025 - cvYear(c)}`, [], opt],
    ['Ritirato', (c) => (n(c) % 29 === 0 ? 'S' : 'N'), []],
  ] },
  { name: 'vinitaly-plus-contatti-espositore-it', product: 'Vinitaly Plus (Veronafiere; area espositore: I miei contatti > Esporta Excel, one row per buyer met or scanned at the stand, Italian UI, a Valpolicella winery exhibiting at Vinitaly)', family: 'events-b2b', language: 'it', schema: B, cols: [
    ['ID contatto', (c) => `VP${String(700000 + n(c) * 3)}`, B2BID],
    ['Data contatto', (c, o) => { const p = ita(Date.UTC(2025, 3, 6 + (n(o) % 4), 7 + (n(o) % 9), (n(o) * 7) % 60)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Origine', (c, o) => v.pick(v.rng(n(o) + 1), ['Scansione badge', 'Scansione badge', 'Appuntamento B2B', 'Richiesta informazioni', 'Degustazione guidata']), ['b2b.personSource'], opt],
    ['Nome', (c) => vpName(c)[0], ['person.name.firstName']],
    ['Cognome', (c) => vpName(c)[1], ['person.name.lastName']],
    ['Qualifica', (c) => VP_JOB[n(c) % VP_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Azienda', (c) => vpCo(c)[0], CO],
    ['Tipologia azienda', (c) => vpCo(c)[1], [], opt],
    ['Email', (c) => `${ascii(vpName(c)[0])}.${ascii(vpName(c)[1])}@${vpCo(c)[2]}`, WE],
    ['Telefono', (c) => (n(c) % 4 === 0 ? '' : { de: '+49 89 ', it: '+39 0', en: '+1 312 ', es: '+34 96 ' }[vpCo(c)[6]] + v.digits(seeded(c, 'vp'), 7)), ['workPhone.number', 'mobilePhone.number']],
    ['Sito web', (c) => `www.${vpCo(c)[2]}`, ['b2b.companyWebsite']],
    ['Città', (c) => vpCo(c)[3], at(WM, 'city')],
    ['CAP', (c) => vpCo(c)[4], at(WM, 'postalCode')],
    ['Nazione', (c) => vpCo(c)[5], at(WM, 'country')],
    ['Prodotti di interesse', (c) => v.pick(seeded(c, 'pr'), ['Amarone della Valpolicella DOCG', 'Valpolicella Ripasso DOC', 'Amarone, Ripasso', 'Recioto della Valpolicella', 'Valpolicella Classico DOC']), []],
    ['Valutazione', (c) => v.pick(seeded(c, 'va'), ['Caldo', 'Tiepido', 'Freddo', 'Caldo']), ['b2b.personStatus', 'b2b.personScore'], opt],
    ['Note', (c) => v.pick(seeded(c, 'no'), ['', 'Inviare listino export e schede tecniche', 'Interessato a esclusiva per la Baviera', 'Richiede campionatura dopo la fiera', '']), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  { name: 'hotelizer-kratiseis-el', product: 'Hotelizer (Κρατήσεις > Λίστα κρατήσεων > Εξαγωγή σε Excel, one row per reservation, Greek UI, a 24-room suites hotel on Naxos)', family: 'hospitality', language: 'el', schema: E, cols: [
    ['Κωδικός κράτησης', (c, o) => `HZ${String(2400000 + n(o) * 11)}`, ['_id', OR('purchaseID')]],
    ['Ημ/νία κράτησης', (c, o) => { const p = grc(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Πηγή', (c, o) => hzSrc(o), [], opt],
    ['Κωδικός καναλιού', (c, o) => (hzSrc(o) === 'Booking.com' ? String(4100000000 + n(o) * 97) : hzSrc(o) === 'Expedia' ? String(2190000000 + n(o) * 13) : hzSrc(o) === 'Airbnb' ? `HM${v.alnum(v.rng(n(o)), 8).toUpperCase()}` : ''), [], opt],
    ['Άφιξη', (c, o) => elDate(hzIn(o)), []],
    ['Αναχώρηση', (c, o) => elDate(hzIn(o) + hzNights(o) * DAY), []],
    ['Νύχτες', (c, o) => String(hzNights(o)), [PL('quantity')], opt],
    ['Τύπος δωματίου', (c, o) => hzRoom(o)[0], [PL('name')], opt],
    ['Δωμάτιο', (c, o) => String([101, 102, 103, 104, 201, 202, 203, 204, 301, 302][n(o) % 10]), []],
    ['Ενήλικες', (c, o) => String(hzRoom(o)[0].startsWith('Οικογενειακή') ? 2 : 1 + (n(o) % 5 !== 0)), []],
    ['Παιδιά', (c, o) => (hzRoom(o)[0].startsWith('Οικογενειακή') ? String(1 + (n(o) % 2)) : '0'), []],
    ['Διατροφή', (c, o) => (n(o) % 4 === 0 ? 'Χωρίς διατροφή' : 'Πρωινό'), []],
    ['Όνομα', (c) => hzName(c)[0], []],
    ['Επώνυμο', (c) => hzName(c)[1], []],
    ['Email', (c, o) => (hzSrc(o) === 'Τηλεφωνικά' && n(c) % 2 ? '' : hzMail(c, o)), EMAIL_ID],
    ['Τηλέφωνο', (c) => hzPhone(c), PHONE_ID],
    ['Χώρα', (c) => hzGuest(c)[1], [], opt],
    ['Σύνολο', (c, o) => euroEl(hzTot(o)), [OR('priceTotal')]],
    ['Πληρωμένο', (c, o) => euroEl(hzPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Υπόλοιπο', (c, o) => euroEl(hzTot(o) - hzPaid(o)), []],
    ['Τρόπος πληρωμής', (c, o) => HZ_PAY[hzSrc(o)], [OR('payments[0].paymentType')]],
    ['Κατάσταση', (c, o) => HZ_ST[n(o) % HZ_ST.length], [], opt],
    ['Σχόλια πελάτη', (c, o) => v.pick(v.rng(n(o) + 4), ['', '', 'Άφιξη αργά το βράδυ με το πλοίο των 23:00', 'Late check-in, ferry arrives 22:30', 'Επέτειος γάμου', 'Baby cot please']), []],
  ] },
  { name: 'prisma-win-pelates-el', product: 'Megasoft Prisma Win (Πελάτες > Λίστα πελατών > Εξαγωγή σε Excel, one row per customer business with its contact person, Greek UI, a Thessaloniki coffee and bakery-goods wholesaler)', family: 'erp', language: 'el', schema: B, cols: [
    ['Κωδικός', (c) => `30.${pad(n(c) % 9000 + 100, 5)}`, [...ACCT, ...B2BID]],
    ['Επωνυμία', (c) => pwCo(c)[0], CO],
    ['Διακριτικός τίτλος', (c) => pwCo(c)[1], CO, opt],
    ['ΑΦΜ', (c) => afm(n(c) % 8 + 1), []],
    ['ΔΟΥ', (c) => pwCo(c)[6], []],
    ['Επάγγελμα', (c) => pwCo(c)[2], []],
    ['Διεύθυνση', (c) => pwCo(c)[3], at(WM, 'street1')],
    ['Πόλη', (c) => pwCo(c)[4], at(WM, 'city')],
    ['Τ.Κ.', (c) => pwCo(c)[5], at(WM, 'postalCode')],
    ['Νομός', () => 'ΘΕΣΣΑΛΟΝΙΚΗΣ', STATE(WM), opt],
    ['Υπεύθυνος επικοινωνίας', (c) => el(c).full, ['person.name.fullName']],
    ['Θέση', (c) => PW_JOB[n(c) % PW_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Τηλέφωνο 1', (c) => `2310${v.int(seeded(c, 't1'), 200000, 999999)}`, ['workPhone.number']],
    ['Κινητό', (c) => el(c).mobile, ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? `2310${v.int(seeded(c, 'fx'), 200000, 999999)}` : ''), ['faxPhone.number']],
    ['E-mail', (c) => (n(c) % 5 === 0 ? `${el(c).latin.split('.')[0]}${pwDom(c).slice(0, 6)}@gmail.com` : `info@${pwDom(c)}.gr`), WE],
    ['Πωλητής', (c) => v.pick(seeded(c, 'pw'), ['ΣΑΒΒΙΔΗΣ Π.', 'ΜΟΥΡΑΤΙΔΟΥ Ε.', 'ΓΡΑΦΕΙΟ']), []],
    ['Τρόπος πληρωμής', (c) => v.pick(seeded(c, 'tp'), ['ΜΕΤΡΗΤΟΙΣ', 'ΕΠΙ ΠΙΣΤΩΣΕΙ 30 ΗΜΕΡΕΣ', 'ΕΠΙ ΠΙΣΤΩΣΕΙ 60 ΗΜΕΡΕΣ', 'ΕΠΙΤΑΓΗ 90']), []],
    ['Πιστωτικό όριο', (c) => eur([1000, 2500, 5000, 0][n(c) % 4]), []],
    ['Υπόλοιπο', (c) => eur(((n(c) * 37) % 480000) / 100), []],
    ['Ημ/νία δημιουργίας', (c) => elDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ανενεργός', (c) => (n(c) % 13 === 0 ? 'Ναι' : 'Όχι'), []],
  ] },
  { name: 'bubilet-satis-raporu-tr', product: 'Bubilet (organizatör paneli: Raporlar > Satış Raporu > Excel\'e Aktar, one row per order, Turkish UI, a stand-up comedy organizer touring Ankara, İstanbul and İzmir)', family: 'events', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(56100000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp']],
    ['Etkinlik', (c, o) => bbEv(o)[0], [], opt],
    ['Mekan', (c, o) => bbEv(o)[1], [], opt],
    ['Şehir', (c, o) => bbEv(o)[2], [], opt],
    ['Seans', (c, o) => `${trDate(o.at + (4 + (n(o) % 30)) * DAY)} ${n(o) % 2 ? '21:00' : '20:30'}`, []],
    ['Bilet Kategorisi', (c, o) => bbCat(o)[0], [PL('name')], opt],
    ['Adet', (c, o) => String(bbQty(o)), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => tl(bbCat(o)[1]), [], opt],
    ['Hizmet Bedeli', (c, o) => tl(bbFee(o) * bbQty(o)), []],
    ['İndirim Kodu', (c, o) => (bbDisc(o) ? 'GULMEKSERBEST15' : ''), ['commerce.promotionID']],
    ['İndirim Tutarı', (c, o) => tl(bbDisc(o)), [OR('discountAmount')]],
    ['Toplam Tutar', (c, o) => tl(bbTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Ödeme Tipi', (c, o) => v.pick(v.rng(n(o) + 2), ['Kredi Kartı', 'Kredi Kartı', 'Banka Kartı', 'Bubilet Cüzdan']), [OR('payments[0].paymentType')]],
    ['Taksit', (c, o) => (bbTot(o) > 1500 && n(o) % 2 ? String([2, 3, 6][n(o) % 3]) : 'Tek Çekim'), []],
    ['Durum', (c, o) => (n(o) % 19 === 0 ? 'İade Edildi' : n(o) % 31 === 0 ? 'İptal' : 'Başarılı'), [], opt],
    ['Ad Soyad', (c) => tr(c).full, []],
    ['E-posta', (c) => tr(c).email, EMAIL_ID],
    ['Telefon', (c) => `+90${tr(c).gsm}`, PHONE_ID],
    ['Bilet Numaraları', (c, o) => Array.from({ length: bbQty(o) }, (_, k) => `BB${9100000 + n(o) * 4 + k}`).join(', '), []],
    ['Giriş Durumu', (c, o) => (n(o) % 4 === 0 ? 'Okutulmadı' : 'Okutuldu'), []],
  ] },
  { name: 'macrofit-uye-listesi-tr', product: 'Macrofit (Üyeler > Üye Listesi > Excel\'e Aktar, one row per member, Turkish UI, a two-branch gym in Ankara)', family: 'fitness', language: 'tr', schema: P, cols: [
    ['Üye No', (c) => String(1000 + (n(c) % 8000)), ID],
    ['Ad', (c) => tr(c).first, ['person.name.firstName']],
    ['Soyad', (c) => tr(c).last, ['person.name.lastName']],
    ['TC Kimlik No', (c) => (n(c) % 4 === 0 ? '' : tr(c).tc), ['person.taxId'], opt],
    ['Cinsiyet', (c) => (tr(c).female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['Doğum Tarihi', (c) => trDate(c.birth), ['person.birthDate']],
    ['Cep Telefonu', (c) => tr(c).gsmFmt, ['mobilePhone.number']],
    ['E-posta', (c) => (n(c) % 6 === 0 ? '' : tr(c).email), ['personalEmail.address']],
    ['Adres', (c) => (n(c) % 3 === 0 ? '' : tr(c).street), at(HOME2, 'street1')],
    ['İlçe', (c) => tr(c).ilce, at(HOME2, 'city')],
    ['İl', () => 'Ankara', [...STATE(HOME2), ...at(HOME2, 'city')], opt],
    ['Şube', (c) => MF_BR[n(c) % 2], [], opt],
    ['Paket', (c) => mfPkg(c)[0], [], opt],
    ['Başlangıç Tarihi', (c) => trDate(mfStart(c)), []],
    ['Bitiş Tarihi', (c) => trDate(mfEnd(c) + (mfFrozen(c) ? 15 * DAY : 0)), []],
    ['Durum', (c) => (mfFrozen(c) ? 'Donduruldu' : n(c) % 5 === 0 ? 'Pasif' : 'Aktif'), [], opt],
    ['Toplam Ödenen', (c) => tl(mfPkg(c)[2] * (1 + (n(c) % 3))), ['loyalty.lifetimePurchases'], opt],
    ['Kalan Borç', (c) => tl(n(c) % 7 === 0 ? mfPkg(c)[2] / 2 : 0), []],
    ['Kayıt Tarihi', (c) => trDate(Math.min(c.created, mfStart(c))), ['loyalty.joinDate'], opt],
    ['Son Giriş', (c) => { const p = v.parts(mfStart(c) + (n(c) % 50) * DAY); return `${dmy(p, '.')} ${pad(7 + (n(c) % 15))}:${pad((n(c) * 13) % 60)}` }, []],
    ['Kart No', (c) => pad((n(c) * 7919) % 10000000000, 10), [], opt],
    ['Nereden Duydunuz', (c) => v.pick(seeded(c, 'ref'), ['Instagram', 'Arkadaş tavsiyesi', 'Google', 'Yoldan geçerken', '']), [], opt],
    ['SMS İzni', (c) => (c.bool ? 'Evet' : 'Hayır'), [], opt],
  ] },
]
