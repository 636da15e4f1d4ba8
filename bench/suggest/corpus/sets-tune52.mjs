// Round 52, tune52: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Greek, Hungarian, Romanian, Bulgarian, Slovenian and Baltic products, headers in
// the product's UI language.
import { E, B, v, B2BID, OR, SHIP, BILL, PL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local date formats (local time written without its offset)
const dmyHM = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}` }
const ymdHMS = (ms, h, sep = '-') => { const p = shift(ms, h); return `${p.y}${sep}${pad(p.m)}${sep}${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHM = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const DAY = 86400000
// "1.234,50" (decimal comma, dot thousands: el, ro), "1234,50" (decimal comma, no grouping: bg, et, lt), "12 990" (HUF)
const eu = (n) => { const [a, b] = n.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const cm = (n) => n.toFixed(2).replace('.', ',')
const huf = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
// a row's status chosen from its order id, so the columns that depend on it agree
const st = (o, xs) => xs[+o.id % xs.length]

// Greek
const GR_NAMES = [['Γεώργιος', 'Παπαδόπουλος', 'giorgos.papadopoulos'], ['Μαρία', 'Κωνσταντίνου', 'maria.konst'], ['Δημήτρης', 'Νικολάου', 'dnikolaou'], ['Ελένη', 'Γεωργίου', 'eleni.georgiou'], ['Νικόλαος', 'Οικονόμου', 'nikos.oikonomou'], ['Αικατερίνη', 'Μακρή', 'katerina.makri'], ['Κωνσταντίνος', 'Αλεξίου', 'kalexiou']]
const GR_ADDR = [['Ερμού 45', 'Αθήνα', '10563', 'Αττικής'], ['Τσιμισκή 102', 'Θεσσαλονίκη', '54622', 'Θεσσαλονίκης'], ['Κορίνθου 210', 'Πάτρα', '26223', 'Αχαΐας'], ['Λεωφ. Κηφισίας 88', 'Μαρούσι', '15125', 'Αττικής'], ['25ης Αυγούστου 17', 'Ηράκλειο', '71202', 'Ηρακλείου'], ['Ιωαννίνων 3', 'Λάρισα', '41222', 'Λάρισας']]
const grMobile = (r) => `69${v.pick(r, ['4', '7', '8', '9', '3'])}${v.int(r, 1000000, 9999999)}`
const grPhone = (r) => `2${v.pick(r, ['10', '31', '61', '81', '41'])}${v.int(r, 1000000, 9999999)}`
const afm = (r) => String(v.int(r, 100000000, 999999999))
const SHOPFLIX_ITEMS = [['Xiaomi Redmi Note 13 8/256GB Μαύρο', '6941812756072', 219.9], ['Philips Airfryer XXL HD9650/90', '8710103930318', 249.0], ['Tefal Ingenio Σετ Τηγάνια 3τμχ', '3168430300922', 59.9], ['JBL Flip 6 Αδιάβροχο Ηχείο Μπλε', '6925281993800', 99.0], ['Lego City 60337 Επιβατικό Τρένο', '5702017189925', 129.99]]
const SF_ST = ['Ολοκληρώθηκε', 'Ολοκληρώθηκε', 'Ολοκληρώθηκε', 'Απεστάλη', 'Προς αποστολή', 'Σε επεξεργασία', 'Ακυρώθηκε', 'Απορρίφθηκε']
const SF_SHIPPED = new Set(['Ολοκληρώθηκε', 'Απεστάλη'])
const GR_COMPANIES = [['ΑΦΟΙ ΠΑΠΑΔΑΚΗ Ο.Ε.', 'Χονδρεμπόριο ειδών διατροφής', 'Α\' ΑΘΗΝΩΝ', 'papadakis-bros.gr'], ['ΤΕΧΝΟΔΟΜΙΚΗ ΑΕ', 'Κατασκευή κτιρίων', 'ΦΑΕ ΑΘΗΝΩΝ', 'technodomiki.gr'], ['ΚΑΦΕ ΑΡΩΜΑ ΙΚΕ', 'Καφετέρια', 'Δ\' ΘΕΣΣΑΛΟΝΙΚΗΣ', 'aromacafe.gr'], ['ΜΑΚΡΗΣ ΓΕΩΡΓΙΟΣ', 'Λογιστικά γραφεία', 'ΠΑΤΡΩΝ', 'makris-logistis.gr'], ['ΝΗΣΙΩΤΙΚΗ ΛΟΓΙΣΤΙΚΗ ΜΟΝ. ΙΚΕ', 'Παροχή συμβουλών', 'ΗΡΑΚΛΕΙΟΥ', 'nisiotiki.gr'], ['ΘΕΣΣΑΛΙΚΑ ΕΛΑΙΑ ΑΒΕΕ', 'Παραγωγή ελαιολάδου', 'ΛΑΡΙΣΑΣ', 'thessalika-elaia.gr']]

// Hungarian
const HU_NAMES = [['Nagy', 'Katalin'], ['Kovács', 'László'], ['Tóth', 'Eszter'], ['Szabó', 'Péter'], ['Horváth', 'Anna'], ['Varga', 'Gábor'], ['Kiss', 'Zsófia']]
const SP_ST = ['FINISHED', 'FINISHED', 'FINISHED', 'FINISHED', 'CANCELLED', 'TIMEOUT', 'REFUND']
const spAmt = (o) => (2 + (+o.id % 118)) * 990
const HU_SHOPS = ['bioboltom.hu', 'kavemanufaktura.hu', 'jatekvar.hu']

// Romanian
const RO_CLIENTS = [['SC Floare de Colț SRL', 'RO31245678', 'J40/1234/2013', 'Str. Lipscani 12', 'București', 'Sector 3'], ['Popescu Andrei', '1850312400123', '', 'Bd. Eroilor 5, bl. A2, ap. 14', 'Cluj-Napoca', 'Cluj'], ['Atelier Design Mobila SRL', '40123987', 'J22/876/2018', 'Str. Palat 8', 'Iași', 'Iași'], ['Ionescu Maria PFA', '38899120', 'F12/441/2017', 'Str. Republicii 44', 'Brașov', 'Brașov'], ['TransCarpatic Logistic SA', 'RO16543217', 'J12/3345/2004', 'Calea Turzii 178', 'Cluj-Napoca', 'Cluj'], ['Dumitrescu Elena', '', '', 'Str. Mihai Viteazu 9', 'Timișoara', 'Timiș']]

const OB_ST = ['Incasata', 'Incasata', 'Neincasata', 'Incasata', 'Partial incasata', 'Incasata', 'Anulata']

// Bulgarian
const BG_NAMES = [['Иван', 'Петров'], ['Мария', 'Георгиева'], ['Георги', 'Димитров'], ['Елена', 'Николова'], ['Димитър', 'Стоянов'], ['Десислава', 'Иванова'], ['Николай', 'Христов']]
const BG_PLACES = [['София', '1000', 'ул. Граф Игнатиев 15'], ['Пловдив', '4000', 'бул. Руски 42'], ['Варна', '9000', 'ул. Драгоман 7'], ['Бургас', '8000', 'ул. Александровска 60'], ['Русе', '7000', 'ул. Борисова 11'], ['Стара Загора', '6000', 'бул. Цар Симеон Велики 120']]
const BG_OFFICES = ['София - Младост 1', 'Пловдив - Тракия', 'Варна - Чайка', 'Бургас - Меден рудник', 'Русе - Център']
const EC_ST = ['Доставена', 'Доставена', 'Доставена', 'В офис', 'Доставена', 'Върната', 'В процес на доставка']
const SPD_ST = ['Изплатен', 'Изплатен', 'Изплатен', 'Събран', 'Изплатен', 'Върнат на подателя']
const bgMobile = (r) => `08${v.pick(r, ['7', '8', '9'])}${v.int(r, 1000000, 9999999)}`

// Slovenian
const SI_PARTNERS = [['Mizarstvo Kovač d.o.o.', 'Tržaška cesta 112', '1000', 'Ljubljana', 'Janez', 'Kovač'], ['Gostilna Pri Lipi, Marija Novak s.p.', 'Glavni trg 5', '2000', 'Maribor', 'Marija', 'Novak'], ['Elektro Horvat d.o.o.', 'Ljubljanska cesta 20', '3000', 'Celje', 'Marko', 'Horvat'], ['Turistična agencija Sonček d.o.o.', 'Obala 33', '6320', 'Portorož', 'Petra', 'Zupančič'], ['Avtoservis Krajnc d.o.o.', 'Cesta talcev 7', '4000', 'Kranj', 'Luka', 'Krajnc'], ['Kmetija Potočnik', 'Zgornja vas 14', '3310', 'Žalec', 'Ana', 'Potočnik']]

// Lithuanian, Estonian, Latvian
const LT_NAMES = [['Jonas', 'Kazlauskas'], ['Rūta', 'Petrauskienė'], ['Mantas', 'Jankauskas'], ['Eglė', 'Stankevičiūtė'], ['Tomas', 'Vasiliauskas'], ['Ieva', 'Žukauskaitė']]
const LT_PLACES = [['Gedimino pr. 28-5', 'Vilnius', 'LT-01104'], ['Savanorių pr. 190', 'Kaunas', 'LT-50182'], ['Taikos pr. 61-12', 'Klaipėda', 'LT-91182'], ['Vilniaus g. 40', 'Šiauliai', 'LT-76286'], ['Respublikos g. 22', 'Panevėžys', 'LT-35185']]
const PG_ST = ['Įvykdytas', 'Įvykdytas', 'Įvykdytas', 'Išsiųstas', 'Naujas', 'Atšauktas']
const PG_SENT = new Set(['Įvykdytas', 'Išsiųstas'])
const VP_ST = ['Pristatyta', 'Pristatyta', 'Pristatyta', 'Vežama', 'Pristatyta', 'Grąžinta siuntėjui']
const ltMobile = (r) => `+3706${v.int(r, 1000000, 9999999)}`
const PIGU_ITEMS = [['Samsung Galaxy A55 5G 8/256GB Navy', 'SM-A556BZKCEUE', 'Mobilieji telefonai', 399.99], ['Dyson V12 Detect Slim', '448884-01', 'Dulkių siurbliai', 549.0], ['LEGO Technic 42154 Ford GT', '5702017413044', 'Konstruktoriai', 109.99], ['Philips Sonicare DiamondClean 9000', 'HX9911/19', 'Elektriniai dantų šepetėliai', 159.0], ['Tefal Ultimate Pure FV9844', 'FV9844E0', 'Lygintuvai', 119.99]]
const EE_NAMES = [['Mari', 'Tamm'], ['Jaan', 'Saar'], ['Kadri', 'Sepp'], ['Martin', 'Mägi'], ['Liis', 'Kask'], ['Andres', 'Kukk'], ['Triin', 'Rebane']]
const OM_ST = ['Kätte toimetatud', 'Kätte toimetatud', 'Kätte toimetatud', 'Pakiautomaadis', 'Teel', 'Saatjale tagastatud']
const EE_TERMINALS = [['Tallinna Kristiine Prisma pakiautomaat', 'Tallinn', '10617'], ['Tartu Lõunakeskuse pakiautomaat', 'Tartu', '50106'], ['Pärnu Kaubamajaka pakiautomaat', 'Pärnu', '80010'], ['Viimsi Keskuse pakiautomaat', 'Viimsi', '74001'], ['Narva Fama pakiautomaat', 'Narva', '20308']]
const MT_ST = ['Makstud', 'Makstud', 'Makstud', 'Ootel', 'Makstud', 'Tühistatud', 'Tagastatud']
const MT_PAID = new Set(['Makstud', 'Tagastatud'])
const MT_METHOD = ['Pangalink', 'Pangalink', 'Kaardimakse', 'Järelmaks', 'Maksa hiljem']
const eeMobile = (r) => `+372 5${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const MC_ST = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'REFUNDED']
const MC_METHOD = ['swedbank', 'seb', 'citadele', 'luminor', 'card', 'apple_pay']
const LV_NAMES = [['Jānis', 'Bērziņš'], ['Anna', 'Kalniņa'], ['Mārtiņš', 'Ozols'], ['Ilze', 'Liepiņa'], ['Andris', 'Krūmiņš'], ['Laura', 'Jansone']]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Shopflix Merchant Center, Παραγγελίες > Εξαγωγή, Greek UI)
  { name: 'shopflix-paraggelies-el', product: 'Shopflix (Merchant Center: Παραγγελίες > Εξαγωγή σε Excel, Greek UI, a Greek electronics seller on the marketplace, one row per order line)', family: 'ecommerce-orders', language: 'el', seed: 'shopflix-el', schema: E, cols: [
    ['Κωδικός παραγγελίας', (c, o, r) => String(v.int(r, 3000, 99999)), [OR('purchaseID'), '_id']],
    ['Αριθμός αναφοράς', (c, o, r) => `GR--${v.int(r, 3000, 99999)}--MER78`, [OR('purchaseID'), '_id'], opt],
    ['Ημερομηνία παραγγελίας', (c, o) => dmyHM(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Κατάσταση', (c, o) => st(o, SF_ST), [], opt],
    ['Όνομα', (c, o, r, i) => row(GR_NAMES, i)[0], []],
    ['Επώνυμο', (c, o, r, i) => row(GR_NAMES, i)[1], []],
    ['Email', (c, o, r, i) => `${row(GR_NAMES, i)[2]}@${v.pick(r, ['gmail.com', 'yahoo.gr', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Τηλέφωνο', (c, o, r) => grMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Διεύθυνση αποστολής', (c, o, r, i) => row(GR_ADDR, i)[0], [SHIP('street1')]],
    ['Πόλη', (c, o, r, i) => row(GR_ADDR, i)[1], [SHIP('city')]],
    ['Τ.Κ.', (c, o, r, i) => row(GR_ADDR, i)[2], [SHIP('postalCode')]],
    ['Νομός', (c, o, r, i) => row(GR_ADDR, i)[3], [SHIP('stateProvince'), SHIP('region')], opt],
    ['SKU', (c, o, r, i) => `MER78-${1000 + (i % 5)}`, [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(SHOPFLIX_ITEMS, i)[1], [PL('SKU'), PL('product')], opt],
    ['Περιγραφή προϊόντος', (c, o, r, i) => row(SHOPFLIX_ITEMS, i)[0], [PL('name')]],
    ['Ποσότητα', (c, o) => String(o.qty), [PL('quantity')]],
    ['Τιμή μονάδας', (c, o, r, i) => eu(row(SHOPFLIX_ITEMS, i)[2]), [], opt],
    ['Σύνολο γραμμής', (c, o, r, i) => eu(row(SHOPFLIX_ITEMS, i)[2] * o.qty), [PL('priceTotal')]],
    ['Μεταφορικά', (c, o) => eu(o.shipping ? 3.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Σύνολο παραγγελίας', (c, o, r, i) => eu(row(SHOPFLIX_ITEMS, i)[2] * o.qty + (o.shipping ? 3.5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Τρόπος πληρωμής', (c, o, r) => v.pick(r, ['Κάρτα', 'Αντικαταβολή', 'IRIS', 'Άτοκες δόσεις']), [OR('payments[0].paymentType')], opt],
    ['Τρόπος αποστολής', (c, o, r) => v.pick(r, ['Courier στο σπίτι', 'Παραλαβή από Clever Point']), ['commerce.shipping.shippingMethod'], opt],
    ['Αριθμός voucher', (c, o, r) => (SF_SHIPPED.has(st(o, SF_ST)) ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Παραστατικό', (c, o, r) => v.pick(r, ['Απόδειξη', 'Απόδειξη', 'Απόδειξη', 'Τιμολόγιο']), [], opt],
    ['ΑΦΜ', (c, o, r) => (r() < 0.25 ? afm(r) : ''), [], opt],
    ['Προμήθεια Shopflix', (c, o, r, i) => eu(row(SHOPFLIX_ITEMS, i)[2] * o.qty * 0.12), []],
    ['Ημερομηνία αποστολής', (c, o) => (SF_SHIPPED.has(st(o, SF_ST)) ? dmy(o.at + 2 * DAY, 3) : ''), ['commerce.shipping.shipDate'], opt],
    ['Σχόλια πελάτη', (c, o, r) => v.pick(r, ['', '', '', 'Παράδοση μετά τις 17:00', 'Να με καλέσετε πριν']), []],
  ] },

  // ---------------------------------------------------------------- B2B (Epsilon Net, Epsilon Smart: Συναλλασσόμενοι > Πελάτες > Εξαγωγή, Greek UI)
  { name: 'epsilon-smart-pelates-el', product: 'Epsilon Net (Epsilon Smart cloud invoicing: Συναλλασσόμενοι > Πελάτες > Εξαγωγή σε Excel, Greek UI, a Thessaloniki wholesaler\'s business customers with their contact person)', family: 'b2b', language: 'el', seed: 'epsilon-el', schema: B, cols: [
    ['Κωδικός', (c, o, r, i) => `Π${pad(i + 1, 5)}`, B2BID],
    ['Επωνυμία', (c, o, r, i) => row(GR_COMPANIES, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Διακριτικός τίτλος', (c, o, r, i) => (i % 3 === 0 ? '' : row(GR_COMPANIES, i)[0].split(' ')[0]), ['b2b.companyName', 'organizations[0]'], opt],
    ['Α.Φ.Μ.', (c, o, r) => afm(r), [], opt],
    ['Δ.Ο.Υ.', (c, o, r, i) => row(GR_COMPANIES, i)[2], []],
    ['Επάγγελμα', (c, o, r, i) => row(GR_COMPANIES, i)[1], [], opt],
    ['Διεύθυνση', (c, o, r, i) => row(GR_ADDR, i)[0], ['workAddress.street1']],
    ['Πόλη', (c, o, r, i) => row(GR_ADDR, i)[1], ['workAddress.city']],
    ['Τ.Κ.', (c, o, r, i) => row(GR_ADDR, i)[2], ['workAddress.postalCode']],
    ['Χώρα', () => 'ΕΛΛΑΔΑ', ['workAddress.country']],
    ['Τηλέφωνο', (c, o, r) => grPhone(r), ['workPhone.number']],
    ['Κινητό', (c, o, r) => (r() < 0.7 ? grMobile(r) : ''), ['mobilePhone.number']],
    ['Email', (c, o, r, i) => `${v.pick(r, ['info', 'logistirio', 'sales'])}@${row(GR_COMPANIES, i)[3]}`, ['workEmail.address']],
    ['Υπεύθυνος επικοινωνίας', (c, o, r, i) => `${row(GR_NAMES, i + 3)[0]} ${row(GR_NAMES, i + 3)[1]}`, ['person.name.fullName']],
    ['Κατηγορία ΦΠΑ', (c, o, r) => v.pick(r, ['Κανονικό', 'Κανονικό', 'Μειωμένο (νησιά)', 'Απαλλάσσεται']), []],
    ['Τρόπος πληρωμής', (c, o, r) => v.pick(r, ['Επί πιστώσει 30 ημ.', 'Μετρητά', 'Κατάθεση σε τράπεζα']), []],
    ['Τιμοκατάλογος', (c, o, r) => v.pick(r, ['Χονδρικής', 'Χονδρικής', 'Λιανικής']), []],
    ['Υπόλοιπο', (c, o, r) => eu(v.int(r, 0, 2500000) / 100), []],
    ['Ενεργός', (c, o, r) => (r() < 0.9 ? 'Ναι' : 'Όχι'), ['b2b.isBlocked'], opt],
    ['Ημ/νία δημιουργίας', (c) => dmy(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['Παρατηρήσεις', (c, o, r) => v.pick(r, ['', '', 'Παράδοση μόνο πρωί', 'Στέλνουμε τιμολόγιο με email']), []],
  ] },

  // ---------------------------------------------------------------- payments (SimplePay, kereskedői admin: Tranzakciók > Exportálás, Hungarian UI)
  { name: 'simplepay-tranzakciok-hu', product: 'SimplePay (OTP Mobil kereskedői admin felület: Tranzakciók > Keresés > Exportálás CSV, Hungarian UI, a Hungarian web shop\'s card and wallet payments in HUF)', family: 'payments', language: 'hu', seed: 'simplepay-hu', schema: E, cols: [
    ['SimplePay azonosító', (c, o, r) => String(v.int(r, 500000000, 599999999)), [OR('payments[0].transactionID'), '_id']],
    ['Kereskedői tranzakció azonosító', (c, o, r) => `WEB-${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Kereskedő', (c, o, r) => v.pick(r, HU_SHOPS), [], opt],
    ['Tranzakció ideje', (c, o) => ymdHMS(o.at, 2, '.'), ['timestamp']],
    ['Utolsó módosítás', (c, o) => ymdHMS(o.at + 3 * 60000, 2, '.'), [], opt],
    ['Státusz', (c, o) => st(o, SP_ST), [], opt],
    ['Tranzakció típusa', (c, o, r) => v.pick(r, ['Azonnali terhelés', 'Azonnali terhelés', 'Kétlépcsős fizetés']), [], opt],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Bankkártya', 'Bankkártya', 'SimplePay wallet', 'Apple Pay', 'Google Pay', 'qvik']), [OR('payments[0].paymentType')], opt],
    ['Kártyatípus', (c, o, r) => v.pick(r, ['VISA', 'MasterCard', 'Maestro', '']), [], opt],
    ['Kártyaszám', (c, o, r) => `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Összeg', (c, o) => huf(spAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Deviza', () => 'HUF', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Visszatérített összeg', (c, o) => (st(o, SP_ST) === 'REFUND' ? huf(+o.id % 2 ? spAmt(o) : 990) : '0'), [OR('refundTotal')], opt],
    ['Vásárló neve', (c, o, r, i) => `${row(HU_NAMES, i)[0]} ${row(HU_NAMES, i)[1]}`, []],
    ['Vásárló e-mail címe', (c, o, r, i) => `${slug(row(HU_NAMES, i)[1])}.${slug(row(HU_NAMES, i)[0])}@${v.pick(r, ['gmail.com', 'freemail.hu', 'citromail.hu'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Számlázási név', (c, o, r, i) => `${row(HU_NAMES, i)[0]} ${row(HU_NAMES, i)[1]}`, []],
    ['Számlázási ország', () => 'HU', [BILL('countryCode')], opt],
    ['Számlázási irányítószám', (c, o, r) => String(v.pick(r, [1052, 1117, 4025, 6720, 7621, 9021])), [BILL('postalCode')], opt],
    ['Számlázási város', (c, o, r) => v.pick(r, ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr']), [BILL('city')], opt],
    ['Engedélyszám', (c, o, r) => (['FINISHED', 'REFUND'].includes(st(o, SP_ST)) ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['3DS', (c, o, r) => v.pick(r, ['Igen', 'Igen', 'Nem']), []],
    ['IP cím', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['Megjegyzés', (c, o) => (st(o, SP_ST) === 'REFUND' && !(+o.id % 2) ? 'Részleges visszatérítés' : ''), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Oblio, Rapoarte > Facturi emise > Export Excel, Romanian UI)
  { name: 'oblio-facturi-emise-ro', product: 'Oblio (Rapoarte > Facturi emise > Export Excel, Romanian UI, a Romanian furniture workshop\'s issued invoices, one row per invoice)', family: 'invoicing', language: 'ro', seed: 'oblio-ro', schema: E, cols: [
    ['Serie', () => 'MOB', [], opt],
    ['Numar', (c, o, r, i) => String(1240 + i), [OR('purchaseID'), '_id']],
    ['Data emitere', (c, o) => dmy(o.at, 2, '.'), ['timestamp', OR('createdDate')]],
    ['Data scadenta', (c, o) => dmy(o.at + 15 * DAY, 2, '.'), [], opt],
    ['Client', (c, o, r, i) => row(RO_CLIENTS, i)[0], []],
    ['CIF/CNP', (c, o, r, i) => row(RO_CLIENTS, i)[1], [], opt],
    ['Reg. Com.', (c, o, r, i) => row(RO_CLIENTS, i)[2], []],
    ['Adresa', (c, o, r, i) => row(RO_CLIENTS, i)[3], [BILL('street1')]],
    ['Localitate', (c, o, r, i) => row(RO_CLIENTS, i)[4], [BILL('city')]],
    ['Judet', (c, o, r, i) => row(RO_CLIENTS, i)[5], [BILL('stateProvince'), BILL('region')], opt],
    ['Tara', () => 'România', [BILL('country')], opt],
    ['Email client', (c, o, r, i) => (row(RO_CLIENTS, i)[2] ? `office@${slug(row(RO_CLIENTS, i)[0]).slice(0, 14)}.ro` : `${slug(row(RO_CLIENTS, i)[0]).slice(0, 14)}@yahoo.com`), ['endUserIDs._experience.emailid.id'], opt],
    ['Total fara TVA', (c, o) => eu(o.subtotal * 5), [], opt],
    ['TVA', (c, o) => eu(o.subtotal * 5 * 0.19), [OR('taxAmount')]],
    ['Total', (c, o) => eu(o.subtotal * 5 * 1.19), [OR('priceTotal')]],
    ['Moneda', (c, o) => (+o.id % 4 === 3 ? 'EUR' : 'RON'), [OR('currencyCode')]],
    ['Curs', (c, o) => (+o.id % 4 === 3 ? '4,9750' : ''), []],
    ['Incasat', (c, o) => eu({ Incasata: 1, 'Partial incasata': 0.5 }[st(o, OB_ST)] * o.subtotal * 5 * 1.19 || 0), [OR('payments[0].paymentAmount')], opt],
    ['Rest de plata', (c, o) => eu({ Neincasata: 1, 'Partial incasata': 0.5 }[st(o, OB_ST)] * o.subtotal * 5 * 1.19 || 0), []],
    ['Stare', (c, o) => st(o, OB_ST), [], opt],
    ['Trimis SPV', (c, o, r) => v.pick(r, ['Da', 'Da', 'Nu']), []],
    ['Index incarcare e-Factura', (c, o, r) => (r() < 0.7 ? String(v.int(r, 3000000000, 4999999999)) : ''), []],
    ['Emisa de', (c, o, r) => v.pick(r, ['Andreea Pop', 'Mihai Stan']), []],
    ['Mentiuni', (c, o, r) => v.pick(r, ['', '', 'Conform contract nr. 12/2024', 'Avans 50%']), []],
  ] },

  // ---------------------------------------------------------------- shipments (Econt, e-Econt: Справки > Пратки > Експорт в Excel, Bulgarian UI)
  { name: 'econt-spravka-pratki-bg', product: 'Econt (e-Econt / Еконт за бизнес: Справки > Изпратени пратки > Експорт в Excel, Bulgarian UI, a Sofia cosmetics web shop\'s parcels with cash on delivery)', family: 'shipments', language: 'bg', seed: 'econt-bg', schema: E, cols: [
    ['Номер на товарителница', (c, o, r) => `10${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber', '_id']],
    ['Дата на създаване', (c, o) => dmyHM(o.at, 3, '.'), ['timestamp'], opt],
    ['Дата на изпращане', (c, o) => dmy(o.at + DAY, 3, '.'), ['commerce.shipping.shipDate']],
    ['Статус', (c, o) => st(o, EC_ST), [], opt],
    ['Дата на доставка', (c, o) => (st(o, EC_ST) === 'Доставена' ? dmyHM(o.at + 2 * DAY, 3, '.') : ''), [], opt],
    ['Подател', () => 'Натурална козметика ЕООД', []],
    ['Офис на подател', () => 'София - Младост 1', []],
    ['Получател', (c, o, r, i) => `${row(BG_NAMES, i)[0]} ${row(BG_NAMES, i)[1]}`, []],
    ['Телефон на получател', (c, o, r) => bgMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Населено място', (c, o, r, i) => row(BG_PLACES, i)[0], [SHIP('city')]],
    ['Пощенски код', (c, o, r, i) => row(BG_PLACES, i)[1], [SHIP('postalCode')]],
    ['Адрес / Офис на получател', (c, o, r, i) => (i % 2 ? row(BG_PLACES, i)[2] : `Офис ${row(BG_OFFICES, i)}`), [SHIP('street1')], opt],
    ['Услуга', (c, o, r, i) => (i % 2 ? 'до адрес' : 'до офис'), ['commerce.shipping.shippingMethod'], opt],
    ['Брой пакети', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), []],
    ['Тегло (кг)', (c, o, r) => cm(v.int(r, 2, 60) / 10), []],
    ['Описание на пратката', (c, o, r) => v.pick(r, ['козметика', 'кремове и серуми', 'шампоани']), [], opt],
    ['Наложен платеж', (c, o, r) => (r() < 0.75 ? cm(v.int(r, 1500, 18000) / 100) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Обявена стойност', (c, o, r) => (r() < 0.3 ? cm(v.int(r, 2000, 15000) / 100) : ''), []],
    ['Цена на доставката', (c, o, r) => cm(v.int(r, 450, 990) / 100), ['commerce.shipping.shippingAmount'], opt],
    ['Платец на доставката', (c, o, r) => v.pick(r, ['получател', 'получател', 'подател']), []],
    ['Преглед преди плащане', (c, o, r) => v.pick(r, ['да', 'не']), []],
    ['Номер на поръчка', (c, o, r) => `NK${v.int(r, 10000, 99999)}`, [OR('purchaseID')], opt],
    ['Валута', () => 'BGN', [OR('currencyCode')], opt],
    ['Забележка', (c, o, r) => v.pick(r, ['', '', 'Да се обади преди доставка', 'Чупливо']), []],
  ] },

  // ---------------------------------------------------------------- payments (Speedy, Моят Спиди: Справки > Наложени платежи > Експорт, Bulgarian UI)
  { name: 'speedy-nalozheni-platezhi-bg', product: 'Speedy (Моят Спиди / MySpeedy: Справки > Наложени платежи (пощенски парични преводи) > Експорт в Excel, Bulgarian UI, a Plovdiv toy shop\'s collected cash on delivery, one row per shipment)', family: 'payments', language: 'bg', seed: 'speedy-bg', schema: E, cols: [
    ['Товарителница', (c, o, r) => String(v.int(r, 60000000000, 69999999999)), ['commerce.shipping.trackingNumber', '_id']],
    ['Реф. 1', (c, o, r) => `ORD-${v.int(r, 20000, 29999)}`, [OR('purchaseID')], opt],
    ['Реф. 2', () => '', [], opt],
    ['Дата на приемане', (c, o) => dmy(o.at, 3, '.'), ['commerce.shipping.shipDate'], opt],
    ['Дата на доставка', (c, o) => dmyHM(o.at + 2 * DAY, 3, '.'), ['timestamp'], opt],
    ['Получател', (c, o, r, i) => `${row(BG_NAMES, i + 2)[0]} ${row(BG_NAMES, i + 2)[1]}`, []],
    ['Телефон', (c, o, r) => bgMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Град', (c, o, r, i) => row(BG_PLACES, i + 1)[0], [SHIP('city')]],
    ['Услуга', (c, o, r) => v.pick(r, ['СТАНДАРТ 24 ЧАСА', 'СТАНДАРТ 24 ЧАСА', 'ЕКСПРЕС']), ['commerce.shipping.shippingMethod'], opt],
    ['Сума НП', (c, o) => cm(o.total * 1.95583), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валута', () => 'BGN', [OR('payments[0].currencyCode'), OR('currencyCode')], opt],
    ['Такса ППП', (c, o) => cm(0.9 + o.total * 1.95583 * 0.015), []],
    ['Сума за превод', (c, o) => cm(o.total * 1.95583 * 0.985 - 0.9), []],
    ['Начин на плащане от получателя', (c, o, r) => v.pick(r, ['В брой', 'В брой', 'С карта']), [OR('payments[0].paymentType')], opt],
    ['Статус на НП', (c, o) => st(o, SPD_ST), [], opt],
    ['Дата на изплащане', (c, o) => (st(o, SPD_ST) === 'Изплатен' ? dmy(o.at + 5 * DAY, 3, '.') : ''), [], opt],
    ['Номер на превод', (c, o, r) => (st(o, SPD_ST) === 'Изплатен' ? String(v.int(r, 1000000, 9999999)) : ''), [], opt],
    ['IBAN', () => 'BG80BNBG96611020345678', []],
    ['Съдържание', (c, o, r) => v.pick(r, ['играчки', 'пъзел', 'конструктор']), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B (Minimax, Šifranti > Stranke > Izvoz v Excel, Slovenian UI)
  { name: 'minimax-stranke-sl', product: 'Minimax (SAOP/Seyfor: Šifranti > Stranke > Izvoz v Excel, Slovenian UI, an accounting firm\'s client register of companies and sole traders with their contact person)', family: 'b2b', language: 'sl', seed: 'minimax-sl', schema: B, cols: [
    ['Šifra', (c, o, r, i) => String(100 + i), B2BID],
    ['Naziv', (c, o, r, i) => row(SI_PARTNERS, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['GLN stranke', (c, o, r) => (r() < 0.2 ? `383${v.int(r, 1000000000, 9999999999)}` : ''), [], opt],
    ['Naslov', (c, o, r, i) => row(SI_PARTNERS, i)[1], ['workAddress.street1']],
    ['Država', () => 'SI', ['workAddress.countryCode']],
    ['Pošta', (c, o, r, i) => row(SI_PARTNERS, i)[2], ['workAddress.postalCode']],
    ['Kraj pošte', (c, o, r, i) => row(SI_PARTNERS, i)[3], ['workAddress.city']],
    ['Zavezanec za DDV', (c, o, r) => v.pick(r, ['D', 'D', 'N']), []],
    ['Davčna številka', (c, o, r) => `SI${v.int(r, 10000000, 99999999)}`, [], opt],
    ['Matična številka', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), [], opt],
    ['Telefon', (c, o, r) => `0${v.pick(r, ['1', '2', '3', '4', '5'])} ${v.int(r, 200, 799)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, ['workPhone.number']],
    ['E-pošta', (c, o, r, i) => `info@${slug(row(SI_PARTNERS, i)[0]).slice(0, 12)}.si`, ['workEmail.address']],
    ['Spletna stran', (c, o, r, i) => (i % 2 ? `www.${slug(row(SI_PARTNERS, i)[0]).slice(0, 12)}.si` : ''), ['b2b.companyWebsite']],
    ['Kontaktna oseba', (c, o, r, i) => `${row(SI_PARTNERS, i)[4]} ${row(SI_PARTNERS, i)[5]}`, ['person.name.fullName']],
    ['Rok plačila (dni)', (c, o, r) => String(v.pick(r, [8, 15, 30, 30])), []],
    ['Valuta', () => 'EUR', []],
    ['TRR', (c, o, r) => `SI56 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 100, 999)}`, []],
    ['Kupec', () => 'D', [], opt],
    ['Dobavitelj', (c, o, r) => v.pick(r, ['N', 'N', 'D']), []],
    ['Opomba', (c, o, r) => v.pick(r, ['', '', 'Račune pošiljamo po e-pošti', 'Pogodba o vodenju knjig 2023']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Pigu.lt, Pardavėjo sistema: Užsakymai > Eksportuoti, Lithuanian UI)
  { name: 'pigu-uzsakymai-lt', product: 'Pigu.lt (Pigu.lt / 220.lv / kaup24.ee / hobbyhall.fi marketplace seller system: Užsakymai > Eksportuoti į Excel, Lithuanian UI, a Vilnius electronics seller, one row per order line)', family: 'ecommerce-orders', language: 'lt', seed: 'pigu-lt', schema: E, cols: [
    ['Užsakymo ID', (c, o, r) => String(v.int(r, 40000000, 49999999)), [OR('purchaseID'), '_id']],
    ['Užsakymo data', (c, o) => ymdHM(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Parduotuvė', (c, o, r) => v.pick(r, ['pigu.lt', 'pigu.lt', '220.lv', 'kaup24.ee']), [], opt],
    ['Būsena', (c, o) => st(o, PG_ST), [], opt],
    ['Prekės kodas', (c, o, r, i) => row(PIGU_ITEMS, i)[1], [PL('SKU')]],
    ['Prekės pavadinimas', (c, o, r, i) => row(PIGU_ITEMS, i)[0], [PL('name')]],
    ['Kategorija', (c, o, r, i) => row(PIGU_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Kiekis', (c, o) => String(o.qty), [PL('quantity')]],
    ['Kaina su PVM', (c, o, r, i) => cm(row(PIGU_ITEMS, i)[3]), [], opt],
    ['Suma su PVM', (c, o, r, i) => cm(row(PIGU_ITEMS, i)[3] * o.qty), [PL('priceTotal'), OR('priceTotal')]],
    ['PVM', (c, o, r, i) => cm(row(PIGU_ITEMS, i)[3] * o.qty * 21 / 121), [OR('taxAmount')], opt],
    ['Valiuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')], opt],
    ['Komisinis mokestis', (c, o, r, i) => cm(row(PIGU_ITEMS, i)[3] * o.qty * 0.1), []],
    ['Pirkėjas', (c, o, r, i) => `${row(LT_NAMES, i)[0]} ${row(LT_NAMES, i)[1]}`, []],
    ['Telefonas', (c, o, r) => ltMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Pristatymo būdas', (c, o, r) => v.pick(r, ['Paštomatas', 'Kurjeris', 'Atsiėmimo punktas']), ['commerce.shipping.shippingMethod'], opt],
    ['Pristatymo adresas', (c, o, r, i) => row(LT_PLACES, i)[0], [SHIP('street1')]],
    ['Miestas', (c, o, r, i) => row(LT_PLACES, i)[1], [SHIP('city')]],
    ['Pašto kodas', (c, o, r, i) => row(LT_PLACES, i)[2], [SHIP('postalCode')]],
    ['Šalis', () => 'LT', [SHIP('countryCode')]],
    ['Siuntos numeris', (c, o, r) => (PG_SENT.has(st(o, PG_ST)) ? `V${v.int(r, 10000, 99999)}E${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Išsiuntimo terminas', (c, o) => ymd(o.at + 2 * DAY, 3), [], opt],
    ['Išsiųsta', (c, o) => (PG_SENT.has(st(o, PG_ST)) ? ymdHM(o.at + DAY, 3) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Montonio, Partnerisüsteem: Maksed > Ekspordi CSV, Estonian UI)
  { name: 'montonio-maksed-et', product: 'Montonio (Partnerisüsteem: Maksed > Ekspordi CSV, Estonian UI, a Tallinn garden shop\'s bank-link, card and pay-later payments)', family: 'payments', language: 'et', seed: 'montonio-et', schema: E, cols: [
    ['Makse ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Tellimuse viide', (c, o) => `#${10000 + (+o.id % 20000)}`, [OR('purchaseID')]],
    ['Loodud', (c, o) => dmyHM(o.at, 3, '.'), ['timestamp', OR('createdDate')]],
    ['Makstud', (c, o) => (MT_PAID.has(st(o, MT_ST)) ? dmyHM(o.at + 60000, 3, '.') : ''), [], opt],
    ['Staatus', (c, o) => st(o, MT_ST), [], opt],
    ['Makseviis', (c, o) => MT_METHOD[+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Pank', (c, o, r) => (MT_METHOD[+o.id % 5] === 'Pangalink' ? v.pick(r, ['Swedbank', 'SEB', 'LHV', 'Luminor', 'Coop Pank']) : ''), [], opt],
    ['Summa', (c, o) => cm(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Tagastatud summa', (c, o) => (st(o, MT_ST) === 'Tagastatud' ? cm(o.total) : '0,00'), [OR('refundTotal')], opt],
    ['Teenustasu', (c, o) => cm(o.total * 0.012), []],
    ['Maksja nimi', (c, o, r, i) => `${row(EE_NAMES, i)[0]} ${row(EE_NAMES, i)[1]}`.toUpperCase(), []],
    ['Maksja IBAN', (c, o, r) => (MT_METHOD[+o.id % 5] === 'Pangalink' ? `EE${v.int(r, 10, 99)}2200${v.int(r, 100000000000, 999999999999)}` : ''), []],
    ['Kliendi e-post', (c, o, r, i) => `${slug(row(EE_NAMES, i)[0])}.${slug(row(EE_NAMES, i)[1])}@${v.pick(r, ['gmail.com', 'hot.ee', 'mail.ee'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Kliendi telefon', (c, o, r) => eeMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Pood', () => 'aiapood.ee', [], opt],
    ['Väljamakse kuupäev', (c, o) => (MT_PAID.has(st(o, MT_ST)) ? dmy(o.at + 2 * DAY, 3, '.') : ''), [], opt],
    ['Selgitus', (c, o) => `Tellimus ${10000 + (+o.id % 20000)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- payments (MakeCommerce / Maksekeskus, Tirgotāja portāls: Darījumi > Eksportēt, Latvian UI)
  { name: 'makecommerce-darijumi-lv', product: 'MakeCommerce (Maksekeskus AS; Tirgotāja portāls: Darījumi > Eksportēt CSV, Latvian UI, a Riga bookshop\'s bank-link and card transactions)', family: 'payments', language: 'lv', seed: 'makecommerce-lv', schema: E, cols: [
    ['Darījuma ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Veikala ID', (c, o, r) => v.uuid(r), [], opt],
    ['Pasūtījuma numurs', (c, o) => String(100000 + +o.id), [OR('purchaseID')]],
    ['Izveidots', (c, o) => dmyHM(o.at, 3, '.'), ['timestamp', OR('createdDate')]],
    ['Statuss', (c, o) => st(o, MC_ST), [], opt],
    ['Maksājuma metode', (c, o) => MC_METHOD[+o.id % 6], [OR('payments[0].paymentType')], opt],
    ['Summa', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valūta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Komisija', (c, o) => (0.25 + o.total * 0.009).toFixed(2), []],
    ['Neto summa', (c, o) => (o.total - 0.25 - o.total * 0.009).toFixed(2), []],
    ['Atmaksāts', (c, o) => (st(o, MC_ST) === 'REFUNDED' ? o.total.toFixed(2) : '0.00'), [OR('refundTotal')], opt],
    ['Maksātājs', (c, o, r, i) => `${row(LV_NAMES, i)[0]} ${row(LV_NAMES, i)[1]}`, []],
    ['Klienta e-pasts', (c, o, r, i) => `${slug(row(LV_NAMES, i)[0])}.${slug(row(LV_NAMES, i)[1])}@${v.pick(r, ['inbox.lv', 'gmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Valsts', () => 'LV', [], opt],
    ['Klienta IP', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['Kartes numurs', (c, o, r) => (['card', 'apple_pay'].includes(MC_METHOD[+o.id % 6]) ? `****${v.int(r, 1000, 9999)}` : ''), []],
    ['Izmaksas datums', (c, o) => (['COMPLETED', 'REFUNDED'].includes(st(o, MC_ST)) ? dmy(o.at + DAY, 3, '.') : ''), [], opt],
    ['Apraksts', (c, o) => `Pasūtījums Nr. ${100000 + +o.id}`, [], opt],
  ] },

  // ---------------------------------------------------------------- shipments (Omniva, iseteenindus: Saadetised > Ekspordi Excel, Estonian UI)
  { name: 'omniva-saadetised-et', product: 'Omniva (Äriklientide iseteenindus: Saadetised > Otsi > Ekspordi Excelisse, Estonian UI, a Tartu clothing web shop\'s parcels to parcel machines and by courier)', family: 'shipments', language: 'et', seed: 'omniva-et', schema: E, cols: [
    ['Saadetise number', (c, o, r) => `CE${v.int(r, 100000000, 999999999)}EE`, ['commerce.shipping.trackingNumber', '_id']],
    ['Registreeritud', (c, o) => dmyHM(o.at, 3, '.'), ['timestamp'], opt],
    ['Teenus', (c, o, r, i) => (i % 3 ? 'Pakiautomaat' : 'Kuller'), ['commerce.shipping.shippingMethod'], opt],
    ['Olek', (c, o) => st(o, OM_ST), [], opt],
    ['Viimane sündmus', (c, o) => dmyHM(o.at + 2 * DAY, 3, '.'), [], opt],
    ['Saaja nimi', (c, o, r, i) => `${row(EE_NAMES, i)[0]} ${row(EE_NAMES, i)[1]}`, []],
    ['Saaja telefon', (c, o, r) => eeMobile(r).replace(/ /g, ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Saaja e-post', (c, o, r, i) => `${slug(row(EE_NAMES, i)[0])}${v.int(r, 1, 99)}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Pakiautomaat', (c, o, r, i) => (i % 3 ? row(EE_TERMINALS, i)[0] : ''), [], opt],
    ['Aadress', (c, o, r, i) => (i % 3 ? '' : v.pick(r, ['Riia 15-4', 'Narva mnt 7', 'Pikk 22'])), [SHIP('street1')]],
    ['Linn', (c, o, r, i) => row(EE_TERMINALS, i)[1], [SHIP('city')]],
    ['Postiindeks', (c, o, r, i) => row(EE_TERMINALS, i)[2], [SHIP('postalCode')]],
    ['Riik', () => 'EE', [SHIP('countryCode')]],
    ['Kaal (kg)', (c, o, r) => cm(v.int(r, 2, 50) / 10).replace(/0$/, ''), []],
    ['Pakiautomaadi suurus', (c, o, r, i) => (i % 3 ? v.pick(r, ['S', 'M', 'L']) : ''), []],
    ['Lunasumma', (c, o, r) => (r() < 0.15 ? cm(o.total) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Viide', (c, o, r) => `TLL-${v.int(r, 10000, 99999)}`, [OR('purchaseID')], opt],
    ['Lisateenused', (c, o, r) => v.pick(r, ['', '', 'SMS teavitus', 'Kindlustus']), []],
    ['Hind', (c, o, r) => cm(v.pick(r, [2.99, 3.49, 4.99])), ['commerce.shipping.shippingAmount'], opt],
  ] },

  // ---------------------------------------------------------------- shipments (Venipak, Mano Venipak: Siuntos > Eksportuoti, Lithuanian UI)
  { name: 'venipak-siuntos-lt', product: 'Venipak (Mano Venipak klientų sistema: Siuntos > Eksportuoti į Excel, Lithuanian UI, a Kaunas supplement shop\'s parcels by courier and to pickup points)', family: 'shipments', language: 'lt', seed: 'venipak-lt', schema: E, cols: [
    ['Siuntos numeris', (c, o, r) => `V${v.int(r, 10000, 99999)}E${v.int(r, 1000000, 9999999)}`, ['commerce.shipping.trackingNumber', '_id']],
    ['Manifesto nr.', (c, o, r) => `${v.int(r, 10000, 99999)}${ymd(o.at, 3).replace(/-/g, '')}`, []],
    ['Sukūrimo data', (c, o) => ymdHMS(o.at, 3), ['timestamp'], opt],
    ['Paėmimo data', (c, o) => ymd(o.at + DAY, 3), ['commerce.shipping.shipDate']],
    ['Būsena', (c, o) => st(o, VP_ST), [], opt],
    ['Pristatymo data', (c, o) => (st(o, VP_ST) === 'Pristatyta' ? ymdHMS(o.at + 2 * DAY, 3) : ''), [], opt],
    ['Gavėjas', (c, o, r, i) => `${row(LT_NAMES, i)[0]} ${row(LT_NAMES, i)[1]}`, []],
    ['Gavėjo įmonė', (c, o, r) => (r() < 0.15 ? 'UAB Sveikatos linija' : ''), []],
    ['Adresas', (c, o, r, i) => row(LT_PLACES, i)[0], [SHIP('street1')]],
    ['Miestas', (c, o, r, i) => row(LT_PLACES, i)[1], [SHIP('city')]],
    ['Pašto kodas', (c, o, r, i) => row(LT_PLACES, i)[2].replace('LT-', ''), [SHIP('postalCode')]],
    ['Šalis', () => 'LT', [SHIP('countryCode')]],
    ['Kontaktinis telefonas', (c, o, r) => ltMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['El. paštas', (c, o, r, i) => `${slug(row(LT_NAMES, i)[0])}.${slug(row(LT_NAMES, i)[1])}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Paslauga', (c, o, r) => v.pick(r, ['Kurjeris', 'Kurjeris', 'Pickup taškas', 'Kurjeris iki 12 val.']), ['commerce.shipping.shippingMethod'], opt],
    ['Pakuočių sk.', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), []],
    ['Svoris, kg', (c, o, r) => (v.int(r, 3, 80) / 10).toFixed(1), []],
    ['Išperkamoji suma', (c, o, r) => (r() < 0.3 ? cm(o.total) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Užsakymo nr.', (c, o, r) => String(v.int(r, 50000, 59999)), [OR('purchaseID')], opt],
    ['Pastabos', (c, o, r) => v.pick(r, ['', '', 'Skambinti prieš atvežant', 'Palikti prie durų']), []],
  ] },
]
