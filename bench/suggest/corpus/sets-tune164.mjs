// Round 79, tune164: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or
// a score. Same format as sets.mjs (sources in ../README.md). Southern Europe (Spain, Portugal, Italy, Greece, Malta,
// Cyprus), headers in the language each product's UI uses there: a crowdfunding platform's backer export for a
// Lluçanès cultural association's book-and-CD campaign (Verkami) (ES, ca E 1); a courier's business-portal shipment list
// for a Limassol natural-cosmetics e-shop (ACS Courier) (CY, el E 1); Malta's ticketing platform's order export for a
// Christmas pantomime at the Mediterranean Conference Centre (Showshappening) (MT, en E 1); a delivery platform's
// partner-portal order history for a two-store Lisbon poke restaurant (Glovo) (PT, pt E 1); an Italian ticketing
// platform's order report for an exhibition at a Lecce museum (MidaTicket) (IT, it E 1); a municipal sports-centre
// management system's member list for Getafe's sports centres (Deporsite) (ES, es P 1); a dental practice-management
// system's patient registry for a Turin dental studio (CGM XDENT) (IT, it P 1); a Greek ERP's loyalty-module member
// export for a Thessaloniki chain of pharmacy-cosmetics stores (SingularLogic Galaxy) (GR, el P 1); an ITSM/service-desk
// tool's user export for a Madrid software vendor's customer-support desk (Proactivanet) (ES, es B 1); a Greek
// conference-registration platform's delegate export for a physiotherapy congress in Thessaloniki (Synedry) (GR, el B 1).
// E 5, P 3, B 2.
// Sources: the search tool found Verkami's own help article on campaign closing (ajuda.verkami.com/article/340-tancament-
// definitiu-de-la-campanya-i-facturacio: contributions are paid by card or Bizum, unpaid contributions are resolved
// before closing), which sets the payment methods and statuses but lists no export columns; ACS's Cyprus and Greek help
// pages (cyp.acscourier.net FAQ, acscourier.net service pages: ACS Web Business Tools for contract clients, Express Next
// Day Door to Door / ACS Kiosk / Same Day services, cash-on-delivery, ACS Info notifications) give the services and the
// portal but no column list; MidaTicket's public FAQ (www.midaticket.it/faq: categories musei, mostre, sport, spettacolo,
// fiere; full, reduced and free tickets decided by the organiser) gives the ticket kinds; a CGM XDENT quick guide and
// release notes exist (docplayer.it / doczz.it "CGM XDENT software", patient registry, appointments, SMS reminders) but
// the search found no export layout; Synedry's event sites (e.g. childcbt2023.synedry.com, Greek-language member terms)
// confirm the platform; SingularLogic Galaxy's loyalty pages (www.mygalaxy.gr, "Προνόμια" of the loyalty programme:
// members, points, privileges) name the loyalty concepts. All column lists and their exact wording, and the whole of
// Showshappening, Glovo, Deporsite and Proactivanet, are written from the writer's knowledge of each product. A
// realistic subset of each export's columns. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, W, CO, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, dmy, hm, hms, dec, thou, hash, shift, local } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
// Madrid/Rome/Valletta +1, Lisbon 0, Athens/Nicosia +2; one hour more April-September (an approximation of EU DST)
const cet = (ms) => local(ms, 1)
const wet = (ms) => local(ms, 0)
const eet = (ms) => local(ms, 2)
const eu = (x) => dec(x, ',')
const eu1k = (x) => thou(x, '.', ',')
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
// an instant k-dependent within `days` days after `base` (a UTC midnight) at a local hour between h0 and h1, zone `off`
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x16a4c0de); r(); r(); return r }
const GRL = { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o' }
const lat = (s) => [...s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ου/g, 'ou').replace(/μπ/g, 'mp')].map((ch) => GRL[ch] ?? ch).join('').replace(/[^a-z]/g, '')
const d = (r, k) => v.digits(r, k)
const LOC = {
  // Catalonia and the Balearics; [postcode, town, province]
  cat: { m: ['Jordi', 'Pere', 'Joan', 'Arnau', 'Oriol', 'Pau', 'Gerard', 'Marc', 'Xavier', 'Ramon', 'Martí', 'Josep'],
    f: ['Montserrat', 'Núria', 'Marta', 'Laia', 'Mireia', 'Aina', 'Carla', 'Anna', 'Meritxell', 'Roser', 'Clara', 'Júlia'],
    last: ['Puig', 'Vila', 'Soler', 'Casals', 'Roca', 'Font', 'Serra', 'Riera', 'Costa', 'Vidal', 'Ferrer', 'Sala', 'Pujol', 'Bosch', 'Masferrer', 'Vilaró'],
    places: [['08500', 'Vic', 'Barcelona'], ['08513', 'Prats de Lluçanès', 'Barcelona'], ['08560', 'Manlleu', 'Barcelona'], ['08012', 'Barcelona', 'Barcelona'], ['08026', 'Barcelona', 'Barcelona'], ['08241', 'Manresa', 'Barcelona'], ['08201', 'Sabadell', 'Barcelona'], ['08401', 'Granollers', 'Barcelona'], ['17001', 'Girona', 'Girona'], ['17800', 'Olot', 'Girona'], ['25002', 'Lleida', 'Lleida'], ['43003', 'Tarragona', 'Tarragona'], ['07013', 'Palma', 'Illes Balears'], ['08600', 'Berga', 'Barcelona']],
    street: (r) => `${v.pick(r, ['Carrer Major', 'Carrer de Sant Pere', 'Passeig de la Generalitat', 'Carrer del Pont', 'Rambla del Passeig', 'Carrer de Verdi', 'Carrer Nou', 'Plaça Major', 'Carrer de la Riera'])}, ${v.int(r, 1, 140)}${r() < 0.4 ? `, ${v.int(r, 1, 5)}r ${v.int(r, 1, 2)}a` : ''}`,
    mob: (r) => `6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com', 'telefonica.net'] },
  // south of Madrid; [postcode, town, province]
  es: { m: ['Javier', 'David', 'Alejandro', 'Daniel', 'Sergio', 'Pablo', 'Álvaro', 'Jesús', 'Rubén', 'Manuel', 'Adrián', 'Iván'],
    f: ['María', 'Lucía', 'Laura', 'Cristina', 'Marta', 'Paula', 'Sara', 'Elena', 'Raquel', 'Beatriz', 'Silvia', 'Nerea'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz'],
    places: [['28901', 'Getafe', 'Madrid'], ['28903', 'Getafe', 'Madrid'], ['28904', 'Getafe', 'Madrid'], ['28905', 'Getafe', 'Madrid'], ['28906', 'Getafe', 'Madrid'], ['28907', 'Getafe', 'Madrid'], ['28909', 'Getafe', 'Madrid'], ['28911', 'Leganés', 'Madrid'], ['28320', 'Pinto', 'Madrid'], ['28041', 'Madrid', 'Madrid'], ['28980', 'Parla', 'Madrid']],
    street: (r) => `${v.pick(r, ['C/ Madrid', 'Avda. de los Ángeles', 'C/ Toledo', 'Avda. Juan de la Cierva', 'C/ Leganés', 'C/ Ramón y Cajal', 'Avda. de España', 'C/ Getafe', 'Pza. de la Magdalena'])}, ${v.int(r, 1, 90)}${r() < 0.6 ? `, ${v.int(r, 1, 9)}º ${v.pick(r, ['A', 'B', 'C', 'D', 'Izda', 'Dcha'])}` : ''}`,
    mob: (r) => `6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, land: (r) => `91 ${v.pick(r, ['682', '695', '681', '665', '601'])} ${d(r, 2)} ${d(r, 2)}`, mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'] },
  // Lisbon and around; [postcode, locality]
  pt: { m: ['João', 'Tiago', 'Rui', 'Miguel', 'Pedro', 'Diogo', 'André', 'Nuno', 'Ricardo', 'Gonçalo'],
    f: ['Ana', 'Inês', 'Mariana', 'Beatriz', 'Sofia', 'Catarina', 'Joana', 'Rita', 'Marta', 'Carolina'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques'],
    places: [['1200-109', 'Lisboa'], ['1250-096', 'Lisboa'], ['1050-044', 'Lisboa'], ['1000-150', 'Lisboa'], ['1070-100', 'Lisboa'], ['1170-222', 'Lisboa'], ['1600-196', 'Lisboa']],
    street: (r) => `${v.pick(r, ['Rua Castilho', 'Avenida da República', 'Rua de São Bento', 'Avenida Almirante Reis'])}, ${v.int(r, 1, 200)}`,
    mob: (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`, mail: ['gmail.com', 'sapo.pt', 'hotmail.com'] },
  // Turin; [CAP, city, province]
  to: { m: ['Marco', 'Luca', 'Andrea', 'Alessandro', 'Matteo', 'Davide', 'Stefano', 'Paolo', 'Giorgio', 'Riccardo', 'Fabio', 'Simone'],
    f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Elena', 'Martina', 'Valentina', 'Federica', 'Alessia', 'Silvia', 'Paola', 'Laura'],
    last: ['Rossi', 'Ferrero', 'Bianco', 'Gallo', 'Russo', 'Colombo', 'Bruno', 'Ricci', 'Marino', 'Greco', 'Costa', 'Giordano', 'Rinaldi', 'Esposito', 'Cravero', 'Bertolino'],
    places: [['10121', 'Torino', 'TO'], ['10128', 'Torino', 'TO'], ['10134', 'Torino', 'TO'], ['10138', 'Torino', 'TO'], ['10141', 'Torino', 'TO'], ['10152', 'Torino', 'TO'], ['10024', 'Moncalieri', 'TO'], ['10098', 'Rivoli', 'TO'], ['10093', 'Collegno', 'TO'], ['10042', 'Nichelino', 'TO'], ['10023', 'Chieri', 'TO'], ['10095', 'Grugliasco', 'TO']],
    street: (r) => `${v.pick(r, ['Via Nizza', 'Corso Vittorio Emanuele II', 'Via Roma', 'Corso Francia', 'Via Cibrario', 'Corso Sebastopoli', 'Via Po', 'Corso Unione Sovietica', 'Via Garibaldi', 'Corso Moncalieri'])} ${v.int(r, 1, 220)}`,
    mob: (r) => `3${v.pick(r, ['33', '35', '38', '39', '40', '47', '49'])} ${d(r, 7)}`, land: (r) => `011 ${d(r, 7)}`, mail: ['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'yahoo.it', 'alice.it'] },
  // Italy-wide buyers for a Lecce exhibition; [CAP, city, province]
  it: { m: ['Antonio', 'Giuseppe', 'Francesco', 'Luigi', 'Marco', 'Vincenzo', 'Salvatore', 'Lorenzo', 'Andrea', 'Cosimo'],
    f: ['Maria', 'Anna', 'Giulia', 'Francesca', 'Chiara', 'Antonella', 'Valentina', 'Roberta', 'Serena', 'Ilaria'],
    last: ['De Giorgi', 'Russo', 'Esposito', 'Greco', 'Rizzo', 'Quarta', 'Romano', 'Colombo', 'Marzo', 'Longo', 'Perrone', 'Bianchi', 'Conte', 'Leo'],
    places: [['73100', 'Lecce', 'LE'], ['73100', 'Lecce', 'LE'], ['73048', 'Nardò', 'LE'], ['73024', 'Maglie', 'LE'], ['73014', 'Gallipoli', 'LE'], ['72100', 'Brindisi', 'BR'], ['70121', 'Bari', 'BA'], ['74121', 'Taranto', 'TA'], ['00184', 'Roma', 'RM'], ['20121', 'Milano', 'MI'], ['80133', 'Napoli', 'NA'], ['40121', 'Bologna', 'BO']],
    street: (r) => `Via ${v.pick(r, ['Roma', 'Trinchese', 'Oberdan', 'Garibaldi', 'Mazzini'])} ${v.int(r, 1, 120)}`,
    mob: (r) => `+39 3${v.pick(r, ['20', '28', '33', '38', '40', '47', '92'])} ${d(r, 7)}`, mail: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'tiscali.it'] },
  // Thessaloniki and Central Macedonia; [T.K., town, νομός]
  gr: { m: ['Γιώργος', 'Δημήτρης', 'Νίκος', 'Κώστας', 'Γιάννης', 'Χρήστος', 'Παναγιώτης', 'Βασίλης', 'Θανάσης', 'Στέλιος', 'Μιχάλης', 'Αλέξανδρος'],
    f: ['Μαρία', 'Ελένη', 'Κατερίνα', 'Βασιλική', 'Σοφία', 'Γεωργία', 'Δέσποινα', 'Αναστασία', 'Χριστίνα', 'Ευαγγελία', 'Αθηνά', 'Ιωάννα'],
    last: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Παπαδημητρίου', 'Παπαδημητρίου'], ['Γεωργίου', 'Γεωργίου'], ['Νικολάου', 'Νικολάου'], ['Ιωάννου', 'Ιωάννου'], ['Οικονόμου', 'Οικονόμου'], ['Καραγιάννης', 'Καραγιάννη'], ['Βασιλείου', 'Βασιλείου'], ['Μαυρίδης', 'Μαυρίδου'], ['Τσολάκης', 'Τσολάκη'], ['Αθανασιάδης', 'Αθανασιάδου'], ['Κωνσταντινίδης', 'Κωνσταντινίδου'], ['Ζαφειρίου', 'Ζαφειρίου'], ['Χατζηδάκης', 'Χατζηδάκη'], ['Παπαγεωργίου', 'Παπαγεωργίου'], ['Σαββίδης', 'Σαββίδου']],
    places: [['546 22', 'Θεσσαλονίκη', 'Θεσσαλονίκης'], ['546 35', 'Θεσσαλονίκη', 'Θεσσαλονίκης'], ['546 42', 'Θεσσαλονίκη', 'Θεσσαλονίκης'], ['546 45', 'Θεσσαλονίκη', 'Θεσσαλονίκης'], ['551 33', 'Καλαμαριά', 'Θεσσαλονίκης'], ['552 36', 'Πανόραμα', 'Θεσσαλονίκης'], ['564 29', 'Νέα Ευκαρπία', 'Θεσσαλονίκης'], ['562 24', 'Εύοσμος', 'Θεσσαλονίκης'], ['570 01', 'Θέρμη', 'Θεσσαλονίκης'], ['601 00', 'Κατερίνη', 'Πιερίας'], ['621 22', 'Σέρρες', 'Σερρών'], ['591 00', 'Βέροια', 'Ημαθίας']],
    street: (r) => `${v.pick(r, ['Εγνατίας', 'Τσιμισκή', 'Βασ. Όλγας', 'Μητροπόλεως', 'Δελφών', 'Κασσάνδρου', 'Εθνικής Αμύνης', 'Αγίας Σοφίας', 'Πλαστήρα', 'Μεγάλου Αλεξάνδρου'])} ${v.int(r, 1, 180)}`,
    mob: (r) => `69${v.pick(r, ['4', '7', '8', '9', '3'])}${d(r, 7)}`, land: (r) => `2310${d(r, 6)}`, mail: ['gmail.com', 'gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'windowslive.com'] },
  // Cyprus; [T.K., town, district]
  cy: { m: ['Ανδρέας', 'Χαράλαμπος', 'Κώστας', 'Μάριος', 'Γιώργος', 'Χρίστος', 'Νικόλας', 'Παναγιώτης', 'Σάββας', 'Μιχάλης', 'Λοΐζος', 'Στέλιος'],
    f: ['Μαρία', 'Έλενα', 'Άντρη', 'Χριστιάνα', 'Ελένη', 'Στέλλα', 'Κατερίνα', 'Μαρίνα', 'Δήμητρα', 'Παναγιώτα', 'Ραφαέλλα', 'Αντρούλα'],
    last: ['Γεωργίου', 'Χριστοδούλου', 'Κωνσταντίνου', 'Ιωάννου', 'Χαραλάμπους', 'Νικολάου', 'Αντωνίου', 'Παναγιώτου', 'Σάββα', 'Μιχαήλ', 'Ευαγγέλου', 'Κυριάκου', 'Λοΐζου', ['Πετρίδης', 'Πετρίδου'], 'Ευσταθίου', 'Θεοδώρου'],
    places: [['1066', 'Λευκωσία', 'Λευκωσία'], ['2003', 'Στρόβολος', 'Λευκωσία'], ['2320', 'Λακατάμια', 'Λευκωσία'], ['2410', 'Έγκωμη', 'Λευκωσία'], ['3025', 'Λεμεσός', 'Λεμεσός'], ['3085', 'Λεμεσός', 'Λεμεσός'], ['4043', 'Γερμασόγεια', 'Λεμεσός'], ['4154', 'Κάτω Πολεμίδια', 'Λεμεσός'], ['6023', 'Λάρνακα', 'Λάρνακα'], ['7060', 'Λειβάδια', 'Λάρνακα'], ['8010', 'Πάφος', 'Πάφος'], ['5280', 'Παραλίμνι', 'Αμμόχωστος']],
    street: (r) => `${v.pick(r, ['Λεωφ. Μακαρίου Γ΄', 'Αρχ. Κυπριανού', 'Γλάδστωνος', 'Αγίου Ανδρέου', 'Λεωφ. Σπύρου Κυπριανού', 'Αθηνών', 'Ομήρου', 'Λεωφ. Γρίβα Διγενή', 'Ελευθερίας', 'Κολωνακίου'])} ${v.int(r, 1, 120)}`,
    mob: (r) => `9${v.pick(r, ['9', '9', '7', '6', '5'])}${d(r, 6)}`, mail: ['gmail.com', 'gmail.com', 'cytanet.com.cy', 'hotmail.com', 'primehome.com', 'yahoo.com'] },
  // Malta and Gozo; [postcode, locality]
  mt: { m: ['Joseph', 'Mark', 'Daniel', 'Luke', 'Jean Paul', 'Kurt', 'Matthew', 'Clayton', 'Nicholas', 'Karl', 'Ryan', 'Jake'],
    f: ['Maria', 'Anna', 'Christine', 'Rebecca', 'Nicole', 'Michela', 'Claire', 'Rachel', 'Francesca', 'Kimberly', 'Elaine', 'Roberta'],
    last: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Grech', 'Micallef', 'Attard', 'Spiteri', 'Cassar', 'Azzopardi', 'Mifsud', 'Debono', 'Agius', 'Pace'],
    places: [['SLM 1540', 'Sliema'], ['BKR 4011', 'Birkirkara'], ['MST 1011', 'Mosta'], ['QRM 3040', 'Qormi'], ['ZBR 1010', 'Żabbar'], ['VCT 1011', 'Victoria'], ['STJ 3100', "St Julian's"], ['NXR 1090', 'Naxxar'], ['MSK 1120', 'Marsaskala'], ['ZTN 1020', 'Żejtun'], ['SPB 3010', "St Paul's Bay"], ['RBT 1210', 'Rabat']],
    street: (r) => `${v.int(r, 1, 90)}, Triq ${v.pick(r, ['il-Kbira', 'San Ġorġ', 'il-Wied', 'Santa Marija'])}`,
    mob: (r) => `${v.pick(r, ['79', '99', '77', '79'])}${d(r, 6)}`, mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'maltanet.net'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m), l = v.pick(r, L.last), last = Array.isArray(l) ? l[female ? 1 : 0] : l
  const pl = v.pick(r, L.places)
  const sep = v.pick(r, ['.', '.', '', '_'])
  const f1 = lat(first.split(' ')[0]), l1 = lat(last.split(' ').pop())
  return { female, first, last, full: `${first} ${last}`, pl, street: L.street(r), mobile: L.mob(r), land: L.land ? L.land(r) : '',
    mail: `${f1}${sep}${l1}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`, f1, l1,
    birth: Date.UTC(1950, 0, 1) + Math.floor(r() * 55 * 365) * day, k: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const cat = (c) => who(c, 'cat')
const es = (c) => who(c, 'es')
const pt = (c) => who(c, 'pt')
const to = (c) => who(c, 'to')
const it = (c) => who(c, 'it')
const gr = (c) => who(c, 'gr')
const cy = (c) => who(c, 'cy')
const mt = (c) => who(c, 'mt')

// ---------------------------------------------------------------- 1. Verkami backer export (ES, ca, E)
// a cultural association in the Lluçanès raising money for an illustrated book and CD of traditional songs; one row per
// contribution (aportació), with the chosen reward and the delivery address for physical rewards; all-or-nothing campaign
// [reward, price, physical]
const VK_REW = [['Agraïment a la web', 10, false], ['Llibre digital (PDF)', 15, false], ['Llibre', 25, true], ['Llibre + CD', 40, true], ['Llibre + CD + samarreta', 55, true], ['Pack família: 2 llibres + CD', 70, true], ['Presentació privada per a 20 persones', 300, false]]
const vkR = (o) => row(VK_REW, [0, 1, 2, 2, 3, 3, 3, 4, 5, 2, 3, 6][n(o) % 12])
const vkExtra = (o) => (n(o) % 5 === 0 ? row([5, 10, 20, 5], n(o) % 4) : 0)
const vkAbroad = (c) => n(c) % 17 === 0
const vkShip = (o, c) => (vkR(o)[2] ? (vkAbroad(c) ? 9 : cat(c).pl[2] === 'Illes Balears' ? 6 : 4) : 0)
const vkTot = (o, c) => vkR(o)[1] + vkExtra(o) + vkShip(o, c)
const vkAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 13, 40, 7, 24, 1)
const vkPay = (o) => row(['Targeta', 'Targeta', 'Bizum', 'Targeta', 'Bizum'], n(o) % 5)
const vkSt = (o) => (n(o) % 23 === 0 ? 'Impagada' : n(o) % 31 === 0 ? 'Pendent de cobrament' : 'Cobrada')
const vkPl = (c) => (vkAbroad(c) ? row([['75011', 'Paris', '', 'França'], ['66000', 'Perpinyà', '', 'França'], ['AD500', 'Andorra la Vella', '', 'Andorra']], n(c) % 3) : [...cat(c).pl, 'Espanya'])
const SET_VK = { name: 'verkami-mecenes-associacio-llucanes-es', product: 'Verkami (Panell del projecte > Mecenes > Descarregar llistat (Excel), one row per contribution with reward and delivery address, Catalan UI, a Lluçanès cultural association funding a book and CD of traditional songs, Europe/Madrid, EUR)', family: 'crowdfunding', language: 'ca', schema: E, cols: [
  ['Núm. aportació', (c, o) => String(2480000 + (n(o) * 7) % 90000), ['_id', OR('purchaseID')]],
  ['Data', (c, o) => dmyhm(cet(vkAt(o))), ['timestamp', OR('createdDate')]],
  ['Nom', (c) => cat(c).first, []],
  ['Cognoms', (c) => `${cat(c).last} ${row(LOC.cat.last, cat(c).k)}`, []],
  ['Correu electrònic', (c) => cat(c).mail, EMAIL_ID],
  ['Telèfon', (c, o) => (vkR(o)[2] ? cat(c).mobile : ''), PHONE_ID],
  ['Recompensa', (c, o) => vkR(o)[0], [PL('name')]],
  ['Import recompensa', (c, o) => eu(vkR(o)[1]), [PL('priceTotal')], opt],
  ['Aportació addicional', (c, o) => eu(vkExtra(o)), []],
  ["Despeses d'enviament", (c, o) => eu(vkShip(o, c)), ['commerce.shipping.shippingAmount']],
  ['Import total', (c, o) => eu(vkTot(o, c)), [OR('priceTotal')]],
  ['Mètode de pagament', (c, o) => vkPay(o), [OR('payments[0].paymentType')], opt],
  ['Estat', (c, o) => vkSt(o), [], opt],
  ['Talla', (c, o) => (vkR(o)[0].includes('samarreta') ? row(['S', 'M', 'L', 'XL', 'M'], n(c) % 5) : ''), [PL('selectedOptions[0].value')], opt],
  ['Nom de lliurament', (c, o) => (vkR(o)[2] ? cat(c).full : ''), []],
  ['Adreça', (c, o) => (vkR(o)[2] ? (vkAbroad(c) ? `${v.int(seeded(c, 'fr'), 2, 80)} rue ${row(['de la République', 'Foch', 'Prat de la Riba'], n(c) % 3)}` : cat(c).street) : ''), [SHIP('street1')]],
  ['Codi postal', (c, o) => (vkR(o)[2] ? vkPl(c)[0] : ''), [SHIP('postalCode')]],
  ['Població', (c, o) => (vkR(o)[2] ? vkPl(c)[1] : ''), [SHIP('city')]],
  ['Província', (c, o) => (vkR(o)[2] ? vkPl(c)[2] : ''), STATE(['commerce.shipping.address'])],
  ['País', (c, o) => (vkR(o)[2] ? vkPl(c)[3] : ''), [SHIP('country')]],
  ['Vols aparèixer als agraïments?', (c) => (n(c) % 4 === 0 ? 'No' : 'Sí'), []],
  ['Nom als agraïments', (c) => (n(c) % 4 === 0 ? '' : n(c) % 7 === 0 ? `Família ${cat(c).last}` : cat(c).full), []],
  ['Comentari', (c, o) => row(['', '', 'Molta sort amb el projecte!', '', 'Per a la meva àvia, que cantava aquestes cançons', '', 'Visca el Lluçanès!', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 2. ACS Courier shipment list (CY, el, E)
// a Limassol e-shop of natural carob and olive-oil cosmetics shipping island-wide with ACS, many orders cash on delivery
const AC_TODAY = Date.UTC(2025, 6, 7)
const acAt = (o) => Date.UTC(2025, 4, 5) + ((n(o) * 7) % 60) * day
const acCod = (o) => n(o) % 3 !== 0
const acVal = (o) => row([18.9, 24.5, 32, 41.8, 27.4, 56.3, 15.5, 38.7], n(o) % 8)
const acSvc = (o) => row(['Express Next Day Door to Door', 'Express Next Day Door to Door', 'ACS Kiosk Xpress', 'Express Next Day Point to Door', 'Express Next Day Door to Door', 'Express Same Day Door to Door'], n(o) % 6)
const acFee = (o) => ({ 'Express Next Day Door to Door': 4.5, 'ACS Kiosk Xpress': 3.2, 'Express Next Day Point to Door': 3.9, 'Express Same Day Door to Door': 8.5 })[acSvc(o)] + (acCod(o) ? 1.5 : 0)
const acDel = (o) => acAt(o) + (acSvc(o).includes('Same Day') ? 0 : 1 + n(o) % 3) * day
const acSt = (o) => (n(o) % 19 === 0 ? 'Επιστροφή στον αποστολέα' : acDel(o) > AC_TODAY ? 'Σε διακίνηση' : n(o) % 11 === 0 ? 'Μη επιτυχής επίδοση' : 'Παραδόθηκε')
const acStore = (c) => ({ Λευκωσία: 'Λευκωσία - Στρόβολος', Λεμεσός: 'Λεμεσός - Κέντρο', Λάρνακα: 'Λάρνακα', Πάφος: 'Πάφος', Αμμόχωστος: 'Παραλίμνι' })[cy(c).pl[2]]
// Greek capitals are written without accents
const GUP = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()
const acKg = (o) => (0.4 + (n(o) % 9) * 0.3).toFixed(1).replace('.', ',')
const SET_AC = { name: 'acs-courier-apostoles-eshop-limassol-cy', product: 'ACS Courier (ACS Web Business Tools > Οι αποστολές μου > Εξαγωγή σε Excel, one row per voucher, Greek UI, a Limassol e-shop of carob and olive-oil cosmetics shipping island-wide, many orders cash on delivery, Asia/Nicosia, EUR)', family: 'shipping', language: 'el', schema: E, cols: [
  ['Αριθμός Αποστολής', (c, o) => `${row(['72', '73', '80'], n(o) % 3)}${pad((n(o) * 104729) % 1e8, 8)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Ημερομηνία Παραλαβής', (c, o) => dmy(shift(acAt(o), 0), '/'), ['timestamp', 'commerce.shipping.shipDate']],
  ['Κωδικός Πελάτη', () => '2CY41725', []],
  ['Σχετικό Παραστατικό', (c, o) => `#${3100 + n(o) % 2500}`, [OR('purchaseID')]],
  ['Παραλήπτης', (c) => GUP(`${cy(c).last} ${cy(c).first}`), []],
  ['Διεύθυνση Παραλήπτη', (c, o) => (acSvc(o) === 'ACS Kiosk Xpress' ? `ACS Kiosk - ${cy(c).pl[1]}` : cy(c).street), [SHIP('street1')]],
  ['Περιοχή', (c) => cy(c).pl[1], [SHIP('city')]],
  ['Τ.Κ.', (c) => cy(c).pl[0], [SHIP('postalCode')]],
  ['Χώρα', () => 'ΚΥΠΡΟΣ', [SHIP('country')]],
  ['Κινητό Παραλήπτη', (c) => cy(c).mobile, PHONE_ID],
  ['Τηλέφωνο Παραλήπτη', (c) => (n(c) % 4 === 0 ? `2${row(['2', '5', '4', '6'], n(c) % 4)}${pad((n(c) * 31) % 1e6, 6)}` : ''), PHONE_ID, opt],
  ['Email Παραλήπτη', (c) => (n(c) % 3 === 0 ? '' : cy(c).mail), EMAIL_ID],
  ['Υπηρεσία', (c, o) => acSvc(o), ['commerce.shipping.shippingMethod']],
  ['Πρόσθετες Υπηρεσίες', (c, o) => [acCod(o) ? 'Αντικαταβολή' : '', n(o) % 7 === 0 ? 'Παράδοση Σάββατο' : ''].filter(Boolean).join(', '), []],
  ['Τεμάχια', (c, o) => String(n(o) % 10 === 0 ? 2 : 1), []],
  ['Βάρος (kg)', (c, o) => acKg(o), []],
  ['Ποσό Αντικαταβολής', (c, o) => (acCod(o) ? eu(acVal(o)) : '0,00'), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
  ['Χρέωση', (c, o) => eu(acFee(o)), [], opt],
  ['Κατάσταση', (c, o) => acSt(o), [], opt],
  ['Ημερομηνία Παράδοσης', (c, o) => (acSt(o) === 'Παραδόθηκε' ? `${dmy(shift(acDel(o), 0), '/')} ${pad(9 + n(o) % 9)}:${pad((n(o) * 7) % 60)}` : ''), [], opt],
  ['Παρέλαβε', (c, o) => (acSt(o) === 'Παραδόθηκε' ? GUP(`${cy(c).last} ${cy(c).first[0]}.`) : ''), []],
  ['Κατάστημα Προορισμού', (c) => acStore(c), []],
  ['Παρατηρήσεις', (c, o) => row(['', '', 'Να τηλεφωνήσει πριν την παράδοση', '', 'Εύθραυστο', '', 'Παράδοση μετά τις 15:00', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 3. Showshappening order export (MT, en, E)
// a Maltese theatre company's Christmas pantomime at the Mediterranean Conference Centre, Valletta; one row per order
// [ticket type, price]
const SH_TIX = [['Adult - Stalls', 28], ['Adult - Stalls', 28], ['Child (under 12) - Stalls', 18], ['Adult - Balcony', 22], ['Child (under 12) - Balcony', 15], ['Family Pack (2+2)', 80], ['Senior (60+)', 20], ['VIP Front Row', 40]]
const SH_PERF = [Date.UTC(2024, 11, 13, 18, 30), Date.UTC(2024, 11, 14, 14, 0), Date.UTC(2024, 11, 14, 18, 30), Date.UTC(2024, 11, 15, 14, 0), Date.UTC(2024, 11, 20, 18, 30), Date.UTC(2024, 11, 21, 14, 0), Date.UTC(2024, 11, 22, 14, 0), Date.UTC(2024, 11, 26, 17, 0)]
const shT = (o) => row(SH_TIX, n(o) % 8)
const shQ = (o) => (shT(o)[0].startsWith('Family') || shT(o)[0].startsWith('VIP') ? 1 : 1 + (n(o) >> 1) % 4)
const shCode = (o) => (n(o) % 7 === 0 ? 'PANTO10' : n(o) % 13 === 0 ? 'SCHOOLGRP' : '')
const shSub = (o) => shT(o)[1] * shQ(o)
const shDisc = (o) => (shCode(o) ? Math.round(shSub(o) * 10) / 100 : 0)
const shFee = (o) => (shBox(o) ? 0 : 1.5 * shQ(o))
const shBox = (o) => n(o) % 9 === 0
const shTot = (o) => shSub(o) - shDisc(o) + shFee(o)
const shSt = (o) => (n(o) % 29 === 0 ? 'Refunded' : 'Paid')
const shAt = (o) => biz(Date.UTC(2024, 9, 1), n(o) * 11, 70, 8, 23, 1)
const SET_SH = { name: 'showshappening-orders-panto-valletta-mt', product: 'Showshappening (Organiser dashboard > Events > Reports > Orders > Export CSV, one row per order, English UI, a Maltese theatre company\'s Christmas pantomime at the Mediterranean Conference Centre in Valletta, Europe/Malta, EUR)', family: 'ticketing', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => `SH${pad(480000 + (n(o) * 17) % 90000, 7)}`, ['_id', OR('purchaseID')]],
  ['Order Date', (c, o) => dmyhm(cet(shAt(o))), ['timestamp', OR('createdDate')]],
  ['Event', () => 'Aladdin - The Christmas Pantomime 2024', [PL('productCategories[0].categoryName'), PL('name')], opt],
  ['Performance', (c, o) => { const p = shift(row(SH_PERF, (n(o) >> 2) % 8), 0); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ['Venue', () => 'Mediterranean Conference Centre, Valletta', []],
  ['Ticket Type', (c, o) => shT(o)[0], [PL('name')]],
  ['Seats', (c, o) => (shT(o)[0].includes('Family') ? `Row ${row('DEFGHJ', n(o))} 11-14` : `Row ${row('ABCDEFGHJKLM', n(o) >> 1)} ${1 + n(o) % 20}${shQ(o) > 1 ? `-${n(o) % 20 + shQ(o)}` : ''}`), []],
  ['Quantity', (c, o) => String(shQ(o)), [PL('quantity')]],
  ['Unit Price', (c, o) => dec(shT(o)[1], '.'), [], opt],
  ['Discount Code', (c, o) => shCode(o), ['commerce.promotionID']],
  ['Discount', (c, o) => dec(shDisc(o), '.'), [OR('discountAmount')]],
  ['Booking Fee', (c, o) => dec(shFee(o), '.'), []],
  ['Total', (c, o) => dec(shTot(o), '.'), [OR('priceTotal')]],
  ['Currency', () => 'EUR', [OR('currencyCode')]],
  ['Payment Method', (c, o) => (shBox(o) ? row(['Cash', 'Card (POS)'], n(o) % 2) : row(['Card', 'Card', 'Apple Pay', 'Google Pay', 'Card'], n(o) % 5)), [OR('payments[0].paymentType')], opt],
  ['Sales Channel', (c, o) => (shBox(o) ? 'Box Office' : 'Online'), [OR('orderType')], opt],
  ['Status', (c, o) => shSt(o), [], opt],
  ['Refund Amount', (c, o) => (shSt(o) === 'Refunded' ? dec(shSub(o) - shDisc(o), '.') : ''), [OR('refundTotal')]],
  ['First Name', (c) => mt(c).first, []],
  ['Last Name', (c) => mt(c).last, []],
  ['Email', (c, o) => (shBox(o) && n(c) % 2 ? '' : mt(c).mail), EMAIL_ID],
  ['Mobile', (c) => `+356 ${mt(c).mobile.slice(0, 4)} ${mt(c).mobile.slice(4)}`, PHONE_ID],
  ['Locality', (c) => mt(c).pl[1], [BILL('city')], opt],
  ['Post Code', (c) => (n(c) % 5 === 0 ? '' : mt(c).pl[0]), [BILL('postalCode')]],
  ['Marketing Opt-in', (c) => (n(c) % 3 === 0 ? 'No' : 'Yes'), []],
  ['Checked In', (c, o) => (row(SH_PERF, (n(o) >> 2) % 8) < Date.UTC(2024, 11, 21) && shSt(o) === 'Paid' ? 'Yes' : 'No'), []],
] }

// ---------------------------------------------------------------- 4. Glovo partner order history (PT, pt, E)
// a poke restaurant with two stores in Lisbon selling through Glovo; prices include 13 % IVA; Glovo shows partners the
// customer's first name only
const GL_ITEM = [['Poke Salmão Clássico', 12.9], ['Poke Atum Picante', 13.5], ['Poke Frango Teriyaki', 11.5], ['Poke Vegan Tofu', 11.9], ['Gyoza de Legumes (6 un.)', 5.5], ['Edamame', 4], ['Limonada de Gengibre', 3.5], ['Mochi de Manga', 3.9]]
const GL_STORE = [['Poke Tejo - Santos', '312045'], ['Poke Tejo - Saldanha', '318870']]
const glLines = (o) => { const k = n(o), a = [[1 + (k % 3 === 0 ? 1 : 0), row(GL_ITEM, k % 4)]]; if (k % 2) a.push([1, row(GL_ITEM, 4 + (k >> 1) % 4)]); if (k % 5 === 0) a.push([1, row(GL_ITEM, (k >> 2) % 4)]); return a }
const glSub = (o) => glLines(o).reduce((s, [q, it]) => s + q * it[1], 0)
const glQty = (o) => glLines(o).reduce((s, [q]) => s + q, 0)
const glPromoP = (o) => (n(o) % 6 === 0 ? Math.round(glSub(o) * 20) / 100 : 0)
const glPromoG = (o) => (n(o) % 8 === 3 ? 2 : 0)
const glPick = (o) => n(o) % 7 === 0
const glSt = (o) => (n(o) % 21 === 0 ? 'Cancelado' : 'Entregue')
const glTot = (o) => glSub(o) - glPromoP(o)
const glAt = (o) => { const b = Date.UTC(2025, 3, 1) + ((n(o) * 7919) % 80) * day; return b + (n(o) % 2 ? 11 : 18) * 3600000 + ((n(o) * 37) % 150) * 60000 + ((n(o) * 13) % 60) * 1000 }
const glCode = (o) => { const r = v.rng(hash(`gl${o.id}`)); return UP(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') }
const ptT = (ms) => { const p = wet(ms); return `${dmy(p, '/')} ${hms(p)}` }
const SET_GL = { name: 'glovo-historico-pedidos-poke-lisboa-pt', product: 'Glovo (Portal de Parceiros / Glovo Manager > Histórico de pedidos > Exportar CSV, one row per order, Portuguese UI, a poke restaurant with two stores in Lisbon, Europe/Lisbon, EUR incl. 13% IVA)', family: 'food-orders', language: 'pt', schema: E, cols: [
  ['ID do pedido', (c, o) => String(100300000000 + (n(o) * 7919) % 900000000), ['_id', OR('purchaseID')]],
  ['Código do pedido', (c, o) => glCode(o), [OR('purchaseID')], opt],
  ['Data do pedido', (c, o) => ptT(glAt(o)), ['timestamp', OR('createdDate')]],
  ['Loja', (c, o) => row(GL_STORE, n(o) >> 1)[0], ['commerce.commerceScope.storeCode'], opt],
  ['ID da loja', (c, o) => row(GL_STORE, n(o) >> 1)[1], ['commerce.commerceScope.storeCode'], opt],
  ['Estado', (c, o) => glSt(o), [], opt],
  ['Tipo de entrega', (c, o) => (glPick(o) ? 'Recolha na loja' : 'Entrega Glovo'), ['commerce.shipping.shippingMethod', OR('orderType')], opt],
  ['Cliente', (c) => `${pt(c).first} ${pt(c).last[0]}.`, []],
  ['Produtos', (c, o) => glLines(o).map(([q, it]) => `${q}x ${it[0]}`).join('; '), [PL('name')], opt],
  ['Nº de artigos', (c, o) => String(glQty(o)), [PL('quantity')], opt],
  ['Subtotal', (c, o) => eu(glSub(o)), []],
  ['Promoção paga pelo parceiro', (c, o) => eu(glPromoP(o)), [OR('discountAmount')]],
  ['Promoção paga pela Glovo', (c, o) => eu(glPromoG(o)), []],
  ['Total do pedido', (c, o) => eu(glTot(o)), [OR('priceTotal')]],
  ['IVA incluído', (c, o) => eu(glTot(o) * 13 / 113), [OR('taxAmount')]],
  ['Moeda', () => 'EUR', [OR('currencyCode')]],
  ['Método de pagamento', (c, o) => row(['Cartão', 'Cartão', 'Apple Pay', 'MB WAY', 'Cartão', 'Google Pay'], n(o) % 6), [OR('payments[0].paymentType')], opt],
  ['Comissão Glovo', (c, o) => eu(glPick(o) ? glTot(o) * 0.12 : glTot(o) * 0.3), []],
  ['Tempo de preparação (min)', (c, o) => String(8 + (n(o) * 3) % 14), []],
  ['Hora de entrega', (c, o) => (glSt(o) === 'Entregue' ? hms(wet(glAt(o) + (25 + n(o) % 25) * 60000)) : ''), [], opt],
  ['Motivo de cancelamento', (c, o) => (glSt(o) === 'Cancelado' ? row(['Produto indisponível', 'Cancelado pelo cliente', 'Loja fechada'], n(o) % 3) : ''), [], opt],
  ['Reembolso', (c, o) => eu(glSt(o) === 'Cancelado' ? glTot(o) : 0), [OR('refundTotal')], opt],
  ['Observações do cliente', (c, o) => row(['', '', 'Sem cebola, por favor', '', 'Molho à parte', '', 'Tocar no 2º esquerdo', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 5. MidaTicket order report (IT, it, E)
// a civic museum in Lecce selling timed tickets for a temporary exhibition online, at partner points and at the desk
// [ticket type, price]
const MD_TIX = [['Intero', 12], ['Intero', 12], ['Ridotto 18-25 anni', 8], ['Ridotto over 65', 8], ['Ridotto gruppi (min. 15)', 7], ['Gratuito under 18', 0], ['Intero + audioguida', 15], ['Ridotto convenzioni', 9]]
const mdT = (o) => row(MD_TIX, n(o) % 8)
const mdQ = (o) => (mdT(o)[0].includes('gruppi') ? 15 + n(o) % 10 : 1 + (n(o) >> 1) % 3)
const mdPre = (o) => (mdCh(o) === 'Biglietteria' || mdT(o)[1] === 0 ? 0 : 1)
const mdCh = (o) => row(['Web', 'Web', 'Web', 'Biglietteria', 'Punto vendita', 'Web'], n(o) % 6)
const mdTot = (o) => (mdT(o)[1] + mdPre(o)) * mdQ(o)
const mdSt = (o) => (n(o) % 27 === 0 ? 'Rimborsato' : n(o) % 31 === 0 ? 'Annullato' : 'Pagato')
const mdAt = (o) => biz(Date.UTC(2025, 3, 10), n(o) * 7, 90, 8, 23, 1)
const mdVisit = (o) => mdAt(o) + ((n(o) % 4) * 3 + 1) * day
const mdPay = (o) => (mdCh(o) === 'Biglietteria' ? row(['Contanti', 'POS'], n(o) % 2) : mdCh(o) === 'Punto vendita' ? 'Contanti' : row(['Carta di credito', 'PayPal', 'Carta di credito', 'Satispay'], n(o) % 4))
const SET_MD = { name: 'midaticket-report-ordini-mostra-lecce-it', product: 'MidaTicket (Area organizzatore > Report > Elenco ordini > Esporta Excel, one row per order, Italian UI, a civic museum in Lecce selling timed tickets for a temporary exhibition, Europe/Rome, EUR)', family: 'ticketing', language: 'it', schema: E, cols: [
  ['Codice ordine', (c, o) => `MT${pad(2025000000 + (n(o) * 131) % 1000000, 10)}`, ['_id', OR('purchaseID')]],
  ['Data ordine', (c, o) => { const p = cet(mdAt(o)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
  ['Evento', () => 'Mostra "Il Barocco leccese. Pietra, luce e devozione"', [PL('productCategories[0].categoryName'), PL('name')], opt],
  ['Luogo', () => 'Museo Civico - Ex Convitto Palmieri, Lecce', []],
  ['Data evento', (c, o) => dmy(cet(mdVisit(o)), '/'), []],
  ['Fascia oraria', (c, o) => `${pad(9 + (n(o) % 10))}:${n(o) % 2 ? '30' : '00'}`, []],
  ['Tipologia biglietto', (c, o) => mdT(o)[0], [PL('name')]],
  ['Quantità', (c, o) => String(mdQ(o)), [PL('quantity')]],
  ['Prezzo', (c, o) => eu(mdT(o)[1]), [], opt],
  ['Prevendita', (c, o) => eu(mdPre(o)), []],
  ['Codice sconto', (c, o) => (mdT(o)[0].includes('convenzioni') ? row(['FAI2025', 'COOPSOCI', 'TCI'], n(o) % 3) : ''), ['commerce.promotionID']],
  ['Totale', (c, o) => eu(mdTot(o)), [OR('priceTotal')]],
  ['Canale di vendita', (c, o) => mdCh(o), [OR('orderType')], opt],
  ['Metodo di pagamento', (c, o) => mdPay(o), [OR('payments[0].paymentType')], opt],
  ['ID transazione', (c, o) => (mdCh(o) === 'Web' ? `${row(['PAY', 'PP-', 'SAT'], n(o) % 3)}${v.alnum(v.rng(n(o) * 17 + 3), 12).toUpperCase()}` : ''), [OR('payments[0].transactionID')]],
  ['Stato', (c, o) => mdSt(o), [], opt],
  ['Cognome', (c) => it(c).last, []],
  ['Nome', (c) => it(c).first, []],
  ['Email', (c, o) => (mdCh(o) === 'Web' ? it(c).mail : ''), EMAIL_ID],
  ['Telefono', (c, o) => (mdCh(o) === 'Biglietteria' ? '' : it(c).mobile), PHONE_ID],
  ['Città', (c) => it(c).pl[1], [BILL('city')], opt],
  ['Sigillo fiscale', (c, o) => v.hex(v.rng(n(o) * 97 + 11), 16).toUpperCase(), []],
  ['Consenso newsletter', (c) => (n(c) % 3 === 0 ? 'Sì' : 'No'), []],
] }

// ---------------------------------------------------------------- 6. Deporsite member list (ES, es, P)
// the municipal sports service of Getafe (Madrid): members (abonados) of its sports centres with individual, family,
// youth and senior passes, monthly direct debit
const DP_ABO = [['Abono individual adulto', 32.5], ['Abono individual adulto', 32.5], ['Abono familiar', 52], ['Abono joven (14-25)', 21.9], ['Abono mayores 65', 12.4], ['Abono individual adulto', 32.5], ['Abono mañanas', 24], ['Abono familiar', 52]]
const DP_CTR = ['Polideportivo Juan de la Cierva', 'Polideportivo San Isidro', 'Polideportivo Alhóndiga-Sector III', 'Piscina cubierta El Bercial']
const dpA = (c) => row(DP_ABO, n(c) % 8)
const dpAlta = (c) => Date.UTC(2016, 8, 1) + ((n(c) * 7919) % (3100 * 86400)) * 1000
const dpSt = (c) => (n(c) % 11 === 0 ? 'Baja' : n(c) % 13 === 0 ? 'Suspendido' : 'Activo')
const dpDob = (c) => (dpA(c)[0].includes('joven') ? Date.UTC(2001, 0, 1) + ((n(c) * 131) % (3600)) * day : dpA(c)[0].includes('mayores') ? Date.UTC(1938, 0, 1) + ((n(c) * 131) % (7000)) * day : es(c).birth)
const DNIL = 'TRWAGMYFPDXBNJZSQVHLCKE'
const dni = (c) => { const k = 10000000 + (n(c) * 7919) % 89999999; return n(c) % 12 === 5 ? `Y${pad(k % 10000000, 7)}${DNIL[(10000000 + k % 10000000) % 23]}` : `${k}${DNIL[k % 23]}` }
const SET_DP = { name: 'deporsite-abonados-deportes-getafe-es', product: 'Deporsite (Gestión > Abonados > Listado de abonados > Exportar a Excel, one row per member, Spanish UI, the municipal sports service of Getafe, Madrid, with four sports centres, Europe/Madrid, EUR)', family: 'gym-members', language: 'es', schema: P, cols: [
  ['Nº abonado', (c) => String(20000 + (n(c) * 7) % 60000), ID],
  ['DNI/NIE', (c) => dni(c), ['person.taxId'], opt],
  ['Nombre', (c) => es(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${es(c).last} ${row(LOC.es.last, es(c).k)}`, ['person.name.lastName']],
  ['Fecha de nacimiento', (c) => dmy(shift(dpDob(c), 0), '/'), ['person.birthDate']],
  ['Sexo', (c) => (es(c).female ? 'Mujer' : 'Hombre'), ['person.gender']],
  ['Dirección', (c) => es(c).street, HOMES('street1')],
  ['Código postal', (c) => es(c).pl[0], HOMES('postalCode')],
  ['Localidad', (c) => es(c).pl[1], HOMES('city')],
  ['Provincia', (c) => es(c).pl[2], STATE(HOME)],
  ['Teléfono', (c) => (n(c) % 3 === 0 ? es(c).land : ''), ['homePhone.number']],
  ['Móvil', (c) => es(c).mobile, ['mobilePhone.number']],
  ['Email', (c) => (n(c) % 9 === 0 ? '' : es(c).mail), ['personalEmail.address']],
  ['Tipo de abono', (c) => dpA(c)[0], []],
  ['Cuota mensual', (c) => eu(dpA(c)[1]), []],
  ['Empadronado', (c) => (es(c).pl[1] === 'Getafe' ? 'Sí' : 'No'), []],
  ['Centro', (c) => row(DP_CTR, es(c).k % 4), []],
  ['Fecha de alta', (c) => dmy(shift(dpAlta(c), 0), '/'), ['loyalty.joinDate'], opt],
  ['Fecha de baja', (c) => (dpSt(c) === 'Baja' ? dmy(shift(Math.max(dpAlta(c) + 90 * day, Date.UTC(2024, 9, 1) + (n(c) % 200) * day), 0), '/') : ''), []],
  ['Estado', (c) => dpSt(c), [], opt],
  ['Forma de pago', (c) => (n(c) % 6 === 0 ? 'Tarjeta' : 'Domiciliación bancaria'), []],
  ['IBAN', (c) => (n(c) % 6 === 0 ? '' : `ES** **** **** **** **** ${pad(n(c) % 10000, 4)}`), []],
  ['Último acceso', (c) => (dpSt(c) === 'Baja' ? '' : dmyhm(cet(biz(Date.UTC(2025, 5, 2), n(c), 14, 7, 22, 1)))), []],
  ['Acepta comunicaciones', (c) => (n(c) % 4 === 0 ? 'No' : 'Sí'), []],
] }

// ---------------------------------------------------------------- 7. CGM XDENT patient registry export (IT, it, P)
// a dental studio in Turin with two dentists and a hygienist: adults and children, recalls every six months
const XD_DOC = ['Dott. Ferrero', 'Dott.ssa Bianco', 'Igienista Gallo']
const xdChild = (c) => n(c) % 5 === 0
const xdDob = (c) => (xdChild(c) ? Date.UTC(2010, 0, 1) + ((n(c) * 104729) % (12 * 365)) * day : to(c).birth)
const CFM = 'ABCDEHLMPRST'
const cfCons = (s) => { const x = lat(s).toUpperCase(), k = x.replace(/[AEIOU]/g, ''), w = x.replace(/[^AEIOU]/g, ''); return (k + w + 'XXX').slice(0, 3) }
const cf = (c) => { const p = shift(xdDob(c), 0), r = seeded(c, 'cf'); return `${cfCons(to(c).last)}${cfCons(to(c).first)}${String(p.y).slice(2)}${CFM[p.m - 1]}${pad(p.d + (to(c).female ? 40 : 0))}${row(['L219', 'L219', 'F335', 'H355', 'L219', 'C627'], to(c).k)}${UP(r, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}` }
const xdFirst = (c) => Math.max(xdDob(c) + 3 * 365 * day, Date.UTC(2011, 0, 10)) + ((n(c) * 7919) % (4000 * 86400)) * 1000
const xdLast = (c) => Math.max(xdFirst(c), Date.UTC(2024, 8, 1) + ((n(c) * 131) % (280 * 86400)) * 1000)
const itD = (ms) => dmy(cet(ms), '/')
const SET_XD = { name: 'cgm-xdent-anagrafica-pazienti-torino-it', product: 'CGM XDENT (Anagrafica > Pazienti > Esporta elenco (Excel), one row per patient, Italian UI, a dental studio in Turin with two dentists and a hygienist, Europe/Rome, EUR)', family: 'healthcare', language: 'it', schema: P, cols: [
  ['Codice paziente', (c) => String(1 + (n(c) * 13) % 9000), ID],
  ['Titolo', (c) => (xdChild(c) ? '' : n(c) % 9 === 0 ? (to(c).female ? 'Dott.ssa' : 'Dott.') : to(c).female ? 'Sig.ra' : 'Sig.'), ['person.name.courtesyTitle']],
  ['Cognome', (c) => to(c).last, ['person.name.lastName']],
  ['Nome', (c) => to(c).first, ['person.name.firstName']],
  ['Sesso', (c) => (to(c).female ? 'F' : 'M'), ['person.gender']],
  ['Data di nascita', (c) => dmy(shift(xdDob(c), 0), '/'), ['person.birthDate']],
  ['Luogo di nascita', (c) => row(['Torino', 'Torino', 'Napoli', 'Palermo', 'Torino', 'Cuneo'], to(c).k), []],
  ['Codice fiscale', (c) => cf(c), ['person.taxId']],
  ['Indirizzo', (c) => to(c).street, HOMES('street1')],
  ['CAP', (c) => to(c).pl[0], HOMES('postalCode')],
  ['Città', (c) => to(c).pl[1], HOMES('city')],
  ['Provincia', (c) => to(c).pl[2], STATE(HOME)],
  ['Telefono', (c) => (n(c) % 3 === 0 ? to(c).land : ''), ['homePhone.number']],
  ['Cellulare', (c) => (xdChild(c) && n(c) % 2 ? '' : to(c).mobile), ['mobilePhone.number']],
  ['E-mail', (c) => (xdChild(c) ? '' : to(c).mail), ['personalEmail.address']],
  ['Professione', (c) => (xdChild(c) ? 'Studente' : row(['Impiegato', 'Insegnante', 'Pensionato', 'Libero professionista', 'Operaio', 'Commerciante'], to(c).k >> 2)), []],
  ['Medico curante', (c) => row(['Dott. Rinaldi', 'Dott.ssa Costa', 'Dott. Giordano', ''], n(c) % 4), []],
  ['Dentista di riferimento', (c) => row(XD_DOC, n(c) % 2), []],
  ['Data prima visita', (c) => itD(xdFirst(c)), [], opt],
  ['Ultimo appuntamento', (c) => itD(xdLast(c)), []],
  ['Prossimo richiamo', (c) => itD(xdLast(c) + 182 * day), []],
  ['Consenso privacy', () => 'Sì', []],
  ['Consenso SMS', (c) => (n(c) % 6 === 0 ? 'No' : 'Sì'), []],
  ['Saldo', (c) => (n(c) % 7 === 0 ? `€ ${eu(row([80, 250, 1200], n(c) % 3))}` : '€ 0,00'), []],
] }

// ---------------------------------------------------------------- 8. SingularLogic Galaxy loyalty member export (GR, el, P)
// a Thessaloniki chain of six pharmacy-cosmetics stores: loyalty card members with points, tiers and expiring points
const GX_STORE = ['Τσιμισκή', 'Καλαμαριά', 'Πανόραμα', 'Εύοσμος', 'Θέρμη', 'e-shop']
const gxSpend = (c) => 40 + (n(c) * 7919) % 5200 + (n(c) % 100) / 100
const gxLife = (c) => Math.floor(gxSpend(c))
const gxRed = (c) => Math.floor(gxLife(c) * (n(c) % 4) * 0.2 / 100) * 100
const gxTier = (c) => (gxSpend(c) >= 2500 ? 'Platinum' : gxSpend(c) >= 800 ? 'Gold' : 'Silver')
const gxSt = (c) => (n(c) % 17 === 0 ? 'Ακυρωμένη' : n(c) % 9 === 0 ? 'Ανενεργή' : 'Ενεργή')
const gxJoin = (c) => Date.UTC(2017, 2, 1) + ((n(c) * 104729) % (2900 * 86400)) * 1000
const grD = (ms) => dmy(eet(ms), '/')
const SET_GX = { name: 'singularlogic-galaxy-loyalty-meli-thessaloniki-gr', product: 'SingularLogic Galaxy (Loyalty > Μέλη προγράμματος > Εξαγωγή σε Excel, one row per member card, Greek UI, a Thessaloniki chain of pharmacy-cosmetics stores with a points card, Europe/Athens, EUR)', family: 'loyalty', language: 'el', schema: P, cols: [
  ['Κωδικός Μέλους', (c) => `ΜΕ${pad((n(c) * 7) % 100000, 6)}`, [...ID, 'loyalty.loyaltyID[0]']],
  ['Αριθμός Κάρτας', (c) => `2100${pad((n(c) * 104729) % 1e9, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
  ['Επώνυμο', (c) => gr(c).last, ['person.name.lastName']],
  ['Όνομα', (c) => gr(c).first, ['person.name.firstName']],
  ['Φύλο', (c) => (gr(c).female ? 'Γυναίκα' : 'Άνδρας'), ['person.gender']],
  ['Ημ/νία Γέννησης', (c) => (n(c) % 5 === 0 ? '' : dmy(shift(gr(c).birth, 0), '/')), ['person.birthDate']],
  ['Διεύθυνση', (c) => gr(c).street, HOMES('street1')],
  ['Πόλη', (c) => gr(c).pl[1], HOMES('city')],
  ['Τ.Κ.', (c) => gr(c).pl[0], HOMES('postalCode')],
  ['Νομός', (c) => gr(c).pl[2], [...STATE(HOME), ...HOMES('region')]],
  ['Κινητό', (c) => gr(c).mobile, ['mobilePhone.number']],
  ['Σταθερό', (c) => (n(c) % 4 === 0 ? gr(c).land : ''), ['homePhone.number']],
  ['Email', (c) => (n(c) % 6 === 0 ? '' : gr(c).mail), ['personalEmail.address']],
  ['Κατηγορία Κάρτας', (c) => gxTier(c), ['loyalty.tier']],
  ['Κατάσταση Κάρτας', (c) => gxSt(c), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
  ['Ημ/νία Εγγραφής', (c) => grD(gxJoin(c)), ['loyalty.joinDate']],
  ['Κατάστημα Εγγραφής', (c) => row(GX_STORE, gr(c).k % 6), []],
  ['Υπόλοιπο Πόντων', (c) => eu1k(gxLife(c) - gxRed(c)).slice(0, -3), ['loyalty.points']],
  ['Συνολικοί Πόντοι', (c) => eu1k(gxLife(c)).slice(0, -3), ['loyalty.lifetimePoints']],
  ['Εξαργυρωμένοι Πόντοι', (c) => eu1k(gxRed(c)).slice(0, -3), ['loyalty.pointsRedeemed']],
  ['Πόντοι προς Λήξη', (c) => String(n(c) % 3 === 0 ? (n(c) * 7) % 400 : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
  ['Ημ/νία Λήξης Πόντων', (c) => (n(c) % 3 === 0 ? '31/12/2025' : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
  ['Τζίρος (€)', (c) => eu1k(gxSpend(c)), ['loyalty.lifetimePurchases'], opt],
  ['Τελευταία Συναλλαγή', (c) => (gxSt(c) === 'Ενεργή' ? grD(Date.UTC(2025, 3, 1) + (n(c) % 90) * day) : grD(Date.UTC(2023, 5, 1) + (n(c) % 300) * day)), []],
  ['Αποδοχή SMS', (c) => (n(c) % 5 === 0 ? 'Όχι' : 'Ναι'), []],
  ['Αποδοχή Email', (c) => (n(c) % 6 === 0 ? 'Όχι' : 'Ναι'), []],
] }

// ---------------------------------------------------------------- 9. Proactivanet user export (ES, es, B)
// a Madrid software vendor of ERP for wholesale distributors whose support desk registers its client companies' users
// [company, domain, city, province, address]
const PA_CO = [['Distribuciones Hermanos Lozano, S.L.', 'hermanoslozano.es', 'Getafe', 'Madrid', 'C/ Confianza, 12 - Pol. Ind. Los Olivos'], ['Suministros Industriales del Henares, S.A.', 'sihenares.com', 'Alcalá de Henares', 'Madrid', 'Avda. de Madrid, 101'],
  ['Frutas Ecológicas Valle del Jerte, S.Coop.', 'vallejerte.coop', 'Cabezuela del Valle', 'Cáceres', 'Ctra. N-110, km 372'], ['Cash & Carry Bahía, S.L.', 'cashbahia.es', 'El Puerto de Santa María', 'Cádiz', 'Pol. Ind. Las Salinas, nave 8'],
  ['Ferretería Profesional Norte, S.L.', 'ferronorte.es', 'Bilbao', 'Bizkaia', 'Ribera de Deusto, 70'], ['Bebidas y Licores Levante, S.A.', 'bylevante.com', 'Paterna', 'Valencia', 'C/ Ciudad de Sevilla, 45']]
const PA_JOB = ['Responsable de Sistemas', 'Jefe de Administración', 'Técnico de Compras', 'Director Financiero', 'Responsable de Almacén', 'Administrativa', 'Jefa de Ventas', 'Controller']
const PA_DEP = ['Sistemas', 'Administración', 'Compras', 'Dirección Financiera', 'Logística', 'Administración', 'Comercial', 'Finanzas']
const paCo = (c) => row(PA_CO, n(c) % 6)
const paJ = (c) => (n(c) >> 1) % 8
const paAlta = (c) => biz(Date.UTC(2019, 1, 4), n(c) * 7, 2100, 8, 19, 1)
const paTel = (c) => { const r = seeded(c, 'pat'); return `${row(['91', '91', '927', '956', '94', '96'], n(c) % 6)}${d(r, row([7, 7, 6, 6, 7, 7], n(c) % 6))}` }
const SET_PA = { name: 'proactivanet-usuarios-soporte-erp-es', product: 'Proactivanet (Configuración > Usuarios > Exportar a Excel, one row per requester of the service desk, Spanish UI, a Madrid ERP vendor\'s customer-support desk serving wholesale distributors, Europe/Madrid)', family: 'helpdesk', language: 'es', schema: B, cols: [
  ['Código', (c) => `USR${pad((n(c) * 7) % 100000, 6)}`, B2BID],
  ['Nombre', (c) => es(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${es(c).last} ${row(LOC.es.last, es(c).k)}`, ['person.name.lastName']],
  ['Login', (c) => `${es(c).f1[0]}${es(c).l1}@${paCo(c)[1].split('.')[0]}`, []],
  ['Correo electrónico', (c) => `${es(c).f1}.${es(c).l1}@${paCo(c)[1]}`, WE],
  ['Teléfono', (c) => paTel(c), ['workPhone.number']],
  ['Extensión', (c) => (n(c) % 3 === 0 ? '' : String(200 + (n(c) * 7) % 300)), ['workPhone.extension']],
  ['Móvil', (c) => (n(c) % 4 === 0 ? '' : es(c).mobile), ['mobilePhone.number']],
  ['Empresa', (c) => paCo(c)[0], CO],
  ['Departamento', (c) => row(PA_DEP, paJ(c)), ['extendedWorkDetails.departments[0]']],
  ['Cargo', (c) => row(PA_JOB, paJ(c)), ['extendedWorkDetails.jobTitle']],
  ['Ubicación', (c) => `${paCo(c)[2]} - Sede central`, [], opt],
  ['Dirección', (c) => paCo(c)[4], [W('street1')]],
  ['Población', (c) => paCo(c)[2], [W('city')]],
  ['Provincia', (c) => paCo(c)[3], STATE(['workAddress'])],
  ['Idioma', (c) => (n(c) % 9 === 0 ? 'Català' : 'Español'), []],
  ['VIP', (c) => (paJ(c) === 3 ? 'Sí' : 'No'), []],
  ['Perfil', (c) => (paJ(c) === 0 ? 'Usuario avanzado' : 'Usuario final'), ['b2b.personType'], opt],
  ['Acuerdo de servicio', (c) => row(['SLA Premium 24x7', 'SLA Estándar', 'SLA Estándar', 'SLA Básico', 'SLA Estándar', 'SLA Premium 24x7'], n(c) % 6), []],
  ['Activo', (c) => (n(c) % 13 === 0 ? 'No' : 'Sí'), [], opt],
  ['Fecha de alta', (c) => dmyhm(cet(paAlta(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Fecha de modificación', (c) => dmyhm(cet(paAlta(c) + (30 + n(c) % 600) * day)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ['Incidencias abiertas', (c) => String(n(c) % 5 === 0 ? 1 + n(c) % 3 : 0), []],
] }

// ---------------------------------------------------------------- 10. Synedry delegate export (GR, el, B)
// a three-day national physiotherapy congress in Thessaloniki: physiotherapists, doctors, academics, students, exhibitors
// [affiliation, domain, city, T.K., street]
const SY_AFF = [['ΑΧΕΠΑ - Πανεπιστημιακό Γενικό Νοσοκομείο Θεσσαλονίκης', 'auth.gr', 'Θεσσαλονίκη', '546 36', 'Στίλπωνος Κυριακίδη 1'], ['Διεθνές Πανεπιστήμιο της Ελλάδος - Τμήμα Φυσικοθεραπείας', 'ihu.gr', 'Σίνδος', '574 00', 'Αλεξάνδρειας Πανεπιστημιούπολη'],
  ['Κέντρο Φυσικοθεραπείας Κινησιολογία', 'kinisiologia.gr', 'Θεσσαλονίκη', '546 22', 'Μητροπόλεως 58'], ['Γενικό Νοσοκομείο Παπαγεωργίου', 'papageorgiou-hospital.gr', 'Θεσσαλονίκη', '564 29', 'Περιφερειακή Οδός Θεσσαλονίκης'],
  ['Ιδιωτικό Φυσικοθεραπευτήριο', 'gmail.com', 'Κατερίνη', '601 00', '28ης Οκτωβρίου 41'], ['ΠΑΟΚ ΚΑΕ - Ιατρικό Τμήμα', 'paokbc.gr', 'Θεσσαλονίκη', '555 35', 'Αγίου Δημητρίου 120'],
  ['Πανεπιστήμιο Θεσσαλίας', 'uth.gr', 'Λαμία', '351 32', 'Παπαναστασίου 2'], ['Physio Equipment Hellas Α.Ε.', 'physioequipment.gr', 'Αθήνα', '115 26', 'Λεωφ. Μεσογείων 215']]
const SY_CAT = [['Μέλος ΠΣΦ', 120, 'Φυσικοθεραπευτής/τρια'], ['Μέλος ΠΣΦ', 120, 'Φυσικοθεραπευτής/τρια'], ['Μη μέλος', 180, 'Φυσικοθεραπευτής/τρια'], ['Φοιτητής', 40, 'Φοιτητής/τρια'], ['Ιατρός', 150, 'Ιατρός'], ['Ομιλητής', 0, 'Πανεπιστημιακός'], ['Μέλος ΠΣΦ', 120, 'Φυσικοθεραπευτής/τρια'], ['Εκθέτης', 0, 'Εκπρόσωπος εταιρείας']]
const syA = (c) => row(SY_AFF, n(c) % 8)
const syC = (c) => (syA(c)[0].startsWith('Physio Equipment') ? SY_CAT[7] : row(SY_CAT, (n(c) >> 1) % 7))
const syRole = (c) => (syC(c)[0] === 'Ομιλητής' ? 'Ομιλητής' : syC(c)[0] === 'Εκθέτης' ? 'Εκθέτης' : 'Σύνεδρος')
const syAt = (c) => biz(Date.UTC(2025, 1, 10), n(c) * 3, 220, 8, 23, 2)
const syMail = (c) => (syA(c)[1] === 'gmail.com' || syC(c)[0] === 'Φοιτητής' ? gr(c).mail : `${gr(c).f1[0]}${gr(c).l1}@${syA(c)[1]}`)
const SET_SY = { name: 'synedry-synedroi-synedrio-fysikotherapeias-gr', product: 'Synedry (Διαχείριση συνεδρίου > Σύνεδροι > Εξαγωγή σε Excel, one row per registered delegate, Greek UI, a three-day national physiotherapy congress in Thessaloniki, Europe/Athens, EUR)', family: 'events', language: 'el', schema: B, cols: [
  ['Κωδικός Εγγραφής', (c) => `PT25-${pad((n(c) * 13) % 10000, 4)}`, B2BID],
  ['Τίτλος', (c) => (syC(c)[2] === 'Πανεπιστημιακός' ? row(['Καθ.', 'Δρ.'], n(c) % 2) : syC(c)[2] === 'Ιατρός' ? 'Δρ.' : ''), ['person.name.courtesyTitle']],
  ['Επώνυμο', (c) => gr(c).last, ['person.name.lastName']],
  ['Όνομα', (c) => gr(c).first, ['person.name.firstName']],
  ['Email', (c) => syMail(c), WE],
  ['Κινητό', (c) => gr(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['Ιδιότητα', (c) => syC(c)[2], ['extendedWorkDetails.jobTitle'], opt],
  ['Φορέας / Ίδρυμα', (c) => (syA(c)[1] === 'gmail.com' ? `Ιδιωτικό Φυσικοθεραπευτήριο ${gr(c).last}` : syA(c)[0]), CO],
  ['Διεύθυνση', (c) => syA(c)[4], [W('street1'), 'homeAddress.street1']],
  ['Πόλη', (c) => syA(c)[2], [W('city'), 'homeAddress.city']],
  ['Τ.Κ.', (c) => syA(c)[3], [W('postalCode'), 'homeAddress.postalCode']],
  ['Χώρα', () => 'Ελλάδα', [W('country'), 'homeAddress.country']],
  ['Συμμετοχή ως', (c) => syRole(c), ['b2b.personType'], opt],
  ['Κατηγορία Εγγραφής', (c) => syC(c)[0], []],
  ['Αρ. Μητρώου ΠΣΦ', (c) => (syC(c)[0] === 'Μέλος ΠΣΦ' ? String(8000 + (n(c) * 7) % 9000) : ''), []],
  ['Κόστος (€)', (c) => eu(syC(c)[1]), []],
  ['Τρόπος Πληρωμής', (c) => (syC(c)[1] === 0 ? '' : row(['Πιστωτική/Χρεωστική κάρτα', 'Τραπεζική κατάθεση', 'Πιστωτική/Χρεωστική κάρτα'], n(c) % 3)), []],
  ['Κατάσταση Πληρωμής', (c) => (syC(c)[1] === 0 ? 'Δωρεάν' : n(c) % 10 === 0 ? 'Εκκρεμεί' : 'Εξοφλήθηκε'), []],
  ['Παραστατικό', (c) => (syA(c)[0].includes('Α.Ε.') || n(c) % 7 === 0 ? 'Τιμολόγιο' : 'Απόδειξη'), []],
  ['ΑΦΜ', (c) => (syA(c)[0].includes('Α.Ε.') || n(c) % 7 === 0 ? pad((n(c) * 7919) % 1e9, 9) : ''), ['person.taxId'], opt],
  ['Ημ/νία Εγγραφής', (c) => dmyhm(eet(syAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Βεβαίωση Παρακολούθησης', (c) => (n(c) % 8 === 0 ? 'Όχι' : 'Ναι'), []],
  ['Αποδοχή Ενημερωτικών', (c) => (n(c) % 4 === 0 ? 'Όχι' : 'Ναι'), OPTIN, opt],
] }

export const SETS = [SET_VK, SET_AC, SET_SH, SET_GL, SET_MD, SET_DP, SET_XD, SET_GX, SET_PA, SET_SY]
