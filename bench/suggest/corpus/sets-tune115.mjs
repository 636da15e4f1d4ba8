// Round 115, tune115: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Italian-language products of Italy, Ticino and San Marino: an SMS send report, a
// shipping platform's shipments, hotel bookings and guests, a fidelity-card list, cash-register receipts, restaurant
// delivery orders, e-invoices, card-gateway transactions, contest participants, CRM contacts and B2B leads.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
// Italian / Swiss local time (CET, written without offset)
const cet = (ms) => shift(ms, 1)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const dmyhm = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const dmyhms = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const bdate = (c) => dmy(v.parts(c.birth))
// amounts: decimal comma, thousands point
const eur = (n) => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const dot2 = (n) => (Math.round(n * 100) / 100).toFixed(2)

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const CO = ['b2b.companyName', 'organizations[0]']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people and places, seeded by the row's person
const IT = {
  first: [['Francesco', 'Giulia'], ['Alessandro', 'Chiara'], ['Lorenzo', 'Sofia'], ['Matteo', 'Aurora'], ['Luca', 'Elena'], ['Marco', 'Federica'], ['Davide', 'Martina'], ['Simone', 'Valentina'], ['Giuseppe', 'Francesca'], ['Antonio', 'Silvia']],
  last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti'],
  // [comune, sigla provincia, CAP, regione, prefisso]
  places: [['Milano', 'MI', '20121', 'Lombardia', '02'], ['Roma', 'RM', '00185', 'Lazio', '06'], ['Torino', 'TO', '10123', 'Piemonte', '011'], ['Napoli', 'NA', '80133', 'Campania', '081'], ['Bologna', 'BO', '40121', 'Emilia-Romagna', '051'], ['Firenze', 'FI', '50123', 'Toscana', '055'], ['Bergamo', 'BG', '24121', 'Lombardia', '035'], ['Verona', 'VR', '37121', 'Veneto', '045'], ['Bari', 'BA', '70121', 'Puglia', '080'], ['Padova', 'PD', '35122', 'Veneto', '049'], ['Rimini', 'RN', '47921', 'Emilia-Romagna', '0541'], ['Monza', 'MB', '20900', 'Lombardia', '039']],
  streets: ['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Viale Europa', 'Via Giuseppe Mazzini', 'Piazza della Repubblica', 'Via Dante Alighieri', 'Via Cavour', 'Via XX Settembre', 'Via Manzoni', 'Via San Francesco', 'Via dei Mille'],
  mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'virgilio.it', 'outlook.it', 'alice.it', 'icloud.com'],
  // Ticino: [Comune, NPA]
  ch: [['Lugano', '6900'], ['Bellinzona', '6500'], ['Locarno', '6600'], ['Mendrisio', '6850'], ['Chiasso', '6830'], ['Ascona', '6612']],
}
const CF_M = 'ABCDEHLMPRST'
const memo = new Map()
const it = (c) => {
  if (memo.has(c.id + c.first)) return memo.get(c.id + c.first)
  const r = v.rng(+c.id * 31 + c.last.length * 7 + 11)
  const female = r() < 0.5
  const first = v.pick(r, IT.first)[female ? 1 : 0], last = v.pick(r, IT.last)
  const [city, prov, cap, regione, pref] = v.pick(r, IT.places)
  const bp = v.parts(c.birth)
  const cons = (s) => (s.toUpperCase().replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)
  const cf = `${cons(last)}${cons(first)}${String(bp.y).slice(2)}${CF_M[bp.m - 1]}${pad(bp.d + (female ? 40 : 0))}${v.pick(r, ['F205', 'H501', 'L219', 'F839', 'A944', 'D612', 'A794'])}${'ABCDEFGHLMNPRSTUVWXYZ'[v.int(r, 0, 20)]}`
  const p = {
    first, last, full: `${first} ${last}`, female, city, prov, cap, regione, cf,
    street: `${v.pick(r, IT.streets)}, ${v.int(r, 1, 180)}${r() < 0.15 ? '/' + v.pick(r, ['A', 'B', 'bis']) : ''}`,
    tel: `${pref} ${v.int(r, 1000000, 9999999)}`.slice(0, pref.length + 8),
    cell: `3${v.pick(r, ['33', '35', '38', '39', '40', '45', '47', '49', '20', '28', '66', '77', '88', '51'])}${v.int(r, 1000000, 9999999)}`,
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 60, 99) : ''}@${v.pick(r, IT.mail)}`,
    piva: `${pad(v.int(r, 1000000, 9999999), 7)}${pad(v.int(r, 1, 120), 3)}${v.int(r, 0, 9)}`,
  }
  const [chCity, npa] = v.pick(r, IT.ch)
  p.chCity = chCity; p.npa = npa
  p.chMobile = `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  memo.set(c.id + c.first, p)
  return p
}
const mob39 = (c) => `+39 ${it(c).cell.slice(0, 3)} ${it(c).cell.slice(3)}`

// ---------------------------------------------------------------- catalogues
// ShippyPro: a Marche shoe shop selling on its site, Amazon and eBay: [SKU, contenuto, valore]
const SHOES = [['MOC-4021-42', 'Mocassino in pelle testa di moro 42', 129], ['SNK-1187-39', 'Sneaker donna bianca 39', 89.9], ['STV-3300-38', 'Stivaletto chelsea nero 38', 149], ['SAN-0912-37', 'Sandalo intrecciato cuoio 37', 69.5], ['DRB-2210-44', 'Derby stringata blu 44', 139], ['CIN-0050-95', 'Cintura in pelle 95 cm', 45]]
// Ditron: a Bologna bar-pasticceria: [PLU, descrizione, reparto, prezzo, aliquota]
const BAR = [['1', 'CAFFE', 'BAR', 1.2, '10%'], ['2', 'CAPPUCCINO', 'BAR', 1.6, '10%'], ['14', 'BRIOCHE', 'PASTICCERIA', 1.4, '10%'], ['22', 'SPREMUTA', 'BAR', 3.5, '10%'], ['35', 'TRAMEZZINO', 'GASTRONOMIA', 3.2, '10%'], ['48', 'ACQUA 0,5L', 'BEVANDE', 1.0, '10%'], ['60', 'TORTA FETTA', 'PASTICCERIA', 4.0, '10%'], ['81', 'GRATTA E VINCI', 'VARIE', 5.0, 'N2']]
// Deliverart: a Napoli pizzeria
const PIZZE = [['Margherita', 6.5], ['Diavola', 7.5], ['Capricciosa', 8.5], ['Marinara', 5.5], ['Quattro formaggi', 8.0], ['Bufalina', 9.0], ['Frittatina', 3.0], ['Coca-Cola 33cl', 2.5]]
// Vertical Booking: a Lugano lakeside hotel, CHF: [tipologia, trattamento, tariffa, prezzo per notte]
const ROOMS = [['Camera Doppia Classic', 'Pernottamento e colazione', 'Tariffa Flessibile', 210], ['Camera Doppia Vista Lago', 'Pernottamento e colazione', 'Tariffa Flessibile', 285], ['Junior Suite', 'Mezza pensione', 'Non rimborsabile', 390], ['Camera Singola', 'Pernottamento e colazione', 'Early Booking -15%', 150], ['Camera Doppia Vista Lago', 'Mezza pensione', 'Pacchetto Romantico', 340]]
// Dylog: a Brescia metalwork supplier's customers: [ragione sociale, P.IVA, cod. destinatario, PEC, comune, prov, CAP, via]
const CUST = [['Officine Meccaniche Ferretti S.r.l.', '03312450987', 'M5UXCR1', 'ferretti@pec.it', 'Lumezzane', 'BS', '25065', 'Via Montini, 112'], ['Edil Garda S.p.A.', '02198770174', 'KRRH6B9', 'amministrazione@pec.edilgarda.it', 'Desenzano del Garda', 'BS', '25015', 'Via Mantova, 45'], ['Carpenteria Bonomi S.n.c.', '01876540989', '0000000', 'carpenteriabonomi@legalmail.it', 'Rovato', 'BS', '25038', 'Via Franciacorta, 8'], ['Idraulica Lombarda S.r.l.', '04455120163', 'SUBM70N', 'idraulicalombarda@pec.it', 'Bergamo', 'BG', '24126', 'Via Zanica, 19'], ['Comune di Gussago', '00841370170', 'UFH3K2', 'protocollo@pec.comune.gussago.bs.it', 'Gussago', 'BS', '25064', 'Piazza Vittorio Veneto, 1']]
const dylogRow = (o) => row(CUST, +o.id % 5)
const dylogImp = (o) => Math.round((o.subtotal * 18 + 40) * 100) / 100
// Eudata / Boxxapps companies: [ragione sociale, dominio, città, prov, CAP, via]
const COMP = [['Gruppo Alimentare Toscano S.p.A.', 'gatoscano.it', 'Prato', 'PO', '59100', 'Via Galcianese, 67'], ['Logistica Adriatica S.r.l.', 'logisticaadriatica.it', 'Ancona', 'AN', '60131', 'Via Flaminia, 220'], ['Tecnoplast Veneta S.r.l.', 'tecnoplastveneta.com', 'Treviso', 'TV', '31100', 'Viale della Repubblica, 12'], ['Studio Associato Riva & Partners', 'rivapartners.it', 'Milano', 'MI', '20123', 'Corso Magenta, 56'], ['Farmacie Comunali Emiliane S.p.A.', 'fce.it', 'Reggio Emilia', 'RE', '42121', 'Via Emilia San Pietro, 9'], ['Sistemi Informativi Sud S.r.l.', 'sisud.it', 'Bari', 'BA', '70126', 'Viale Japigia, 188']]
const comp = (c) => row(COMP, +c.id % 6)
const JOBS = ['Responsabile acquisti', 'Direttore generale', 'Responsabile IT', 'Marketing manager', 'Amministratore delegato', 'Responsabile amministrazione', 'Office manager', 'Direttore commerciale']
const DEPTS = ['Acquisti', 'Direzione', 'IT', 'Marketing', 'Direzione', 'Amministrazione', 'Segreteria', 'Vendite']
const workMail = (c) => `${slug(it(c).first)[0]}.${slug(it(c).last)}@${comp(c)[1]}`
const fmtCell = (c) => `${it(c).cell.slice(0, 3)} ${it(c).cell.slice(3)}`

export const SETS = [
  // ---------------------------------------------------------------- SMS
  { name: 'trendoo-report-invii-sms-it', product: 'Trendoo (SMS marketing; Report > Invii > esporta CSV, one row per recipient message, Italian UI, a Verona gym chain\'s promotional SMS)', family: 'sms', language: 'it', schema: E, cols: [
    ['ID Messaggio', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['ID Invio', (c, o) => String(880000 + +o.id % 4000), [], opt],
    ['Data Invio', (c, o) => dmyhms(o.at), ['timestamp']],
    ['Mittente', () => 'FitLife', []],
    ['Destinatario', (c) => `39${it(c).cell}`, PHONE_ID],
    ['Nome', (c) => it(c).first, []],
    ['Cognome', (c) => it(c).last, []],
    ['Testo', (c, o) => row(['FitLife: iscriviti entro domenica, 1 mese GRATIS! Info: trnd.it/a8Kq2', 'FitLife: la tua palestra riapre lunedi 8 con orario 6-23. Ti aspettiamo!', 'Ciao {nome}, con il codice ESTATE25 hai il 25% sul corso di spinning. Stop SMS: trnd.it/s'], +o.id % 3), []],
    ['Tipo SMS', (c, o, r) => v.pick(r, ['Alta Qualità', 'Alta Qualità', 'Media Qualità']), []],
    ['Numero Parti', (c, o) => (+o.id % 3 === 2 ? '2' : '1'), []],
    ['Crediti', (c, o) => (+o.id % 3 === 2 ? '2' : '1'), []],
    ['Stato', (c, o, r) => v.pick(r, ['Consegnato', 'Consegnato', 'Consegnato', 'Consegnato', 'Non consegnato', 'In attesa']), [], opt],
    ['Data Consegna', (c, o, r) => (r() < 0.85 ? dmyhms(o.at + v.int(r, 2, 40) * 1000) : ''), [], opt],
    ['Operatore', (c, o, r) => v.pick(r, ['TIM', 'Vodafone', 'WindTre', 'Iliad', 'PosteMobile', 'ho. mobile']), ['environment.carrier'], opt],
    ['Nazione', () => 'Italia', [GEO('countryCode')], opt],
    ['Campagna', (c, o) => row(['Promo Iscrizioni Settembre', 'Riapertura Estate', 'Codice ESTATE25'], +o.id % 3), ['marketing.campaignName']],
    ['Gruppo', (c, o, r) => v.pick(r, ['Iscritti attivi', 'Ex iscritti', 'Lead sito web']), [], opt],
    ['Short URL', (c, o) => (+o.id % 3 === 1 ? '' : row(['trnd.it/a8Kq2', '', 'trnd.it/s'], +o.id % 3)), [], opt],
    ['Click', (c, o, r) => (+o.id % 3 === 1 ? '0' : String(v.int(r, 0, 2))), [], opt],
    ['Data Ultimo Click', (c, o, r) => (+o.id % 3 !== 1 && r() < 0.3 ? dmyhms(o.at + v.int(r, 60, 7200) * 1000) : ''), [], opt],
    ['Rimozione', (c, o, r) => (r() < 0.04 ? 'Sì' : 'No'), [], opt],
    ['Costo (€)', (c, o) => (+o.id % 3 === 2 ? '0,090' : '0,045'), []],
  ] },
  // ---------------------------------------------------------------- e-commerce shipping
  { name: 'shippypro-spedizioni-export-it', product: 'ShippyPro (Spedizioni > Spedite > Esporta CSV, one row per shipment, Italian UI, a Marche shoe shop selling on its own site, Amazon and eBay)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID Spedizione', (c, o) => String(41000000 + +o.id * 7), ['_id'], opt],
    ['ID Ordine', (c, o) => (+o.id % 3 === 0 ? `40${v.int(() => (+o.id % 89) / 89, 1, 8)}-${pad(+o.id * 131 % 10000000, 7)}-${pad(+o.id * 17 % 10000000, 7)}` : `#${20000 + +o.id % 9000}`), [OR('purchaseID')]],
    ['Marketplace', (c, o) => row(['Amazon', 'Shopify', 'eBay'], +o.id % 3), [], opt],
    ['Data Ordine', (c, o) => dmyhm(o.at), ['timestamp', OR('createdDate')]],
    ['Data Spedizione', (c, o) => dmyhm(o.at + day + 3600000 * 5), ['commerce.shipping.shipDate'], opt],
    ['Nome Destinatario', (c) => it(c).full, []],
    ['Azienda', (c, o, r) => (r() < 0.15 ? 'Studio Dentistico Sorriso' : ''), []],
    ['Indirizzo', (c) => it(c).street, [SHIP('street1')]],
    ['Indirizzo 2', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Scala B', 'Int. 4', 'c/o portineria', 'Piano 2']) : ''), [SHIP('street2')]],
    ['Città', (c) => it(c).city, [SHIP('city')]],
    ['CAP', (c) => it(c).cap, [SHIP('postalCode')]],
    ['Provincia', (c) => it(c).prov, STATE(['commerce.shipping.address'])],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['Telefono', (c) => it(c).cell, PHONE_ID, opt],
    ['Email', (c) => it(c).email, EMAIL_ID, opt],
    ['Corriere', (c, o) => row(['BRT', 'GLS', 'Poste Delivery Business', 'SDA', 'UPS'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Servizio', (c, o) => row(['Express', 'Business Parcel', 'Standard', 'Extra Large', 'Standard'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o) => row([`${v.int(() => (+o.id % 97) / 97, 10000, 99999)}${pad(+o.id * 7919 % 1000000000, 9)}`, `ME${pad(+o.id * 3571 % 10000000, 9)}`, `1UW${pad(+o.id * 9973 % 100000000, 8)}`, `6E${pad(+o.id * 31 % 100000000, 11)}`, `1Z${pad(+o.id * 7 % 100000000, 8)}6841${pad(+o.id % 10000, 4)}`], +o.id % 5), ['commerce.shipping.trackingNumber'], opt],
    ['Stato Tracking', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'In transito', 'In consegna', 'Giacenza']), [], opt],
    ['Contenuto', (c, o, r, i) => row(SHOES, i + +o.id)[1], [PL('name')], opt],
    ['SKU', (c, o, r, i) => row(SHOES, i + +o.id)[0], [PL('SKU')]],
    ['Quantità', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Colli', () => '1', []],
    ['Peso (kg)', (c, o, r) => v.money(r, 0.6, 3.2, true), []],
    ['Valore Ordine', (c, o, r, i) => eur(row(SHOES, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Contrassegno', (c, o, r, i) => (+o.id % 7 === 0 ? eur(row(SHOES, i + +o.id)[2] * (o.qty > 2 ? 1 : o.qty)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Costo Spedizione', (c, o) => eur(row([6.9, 5.4, 7.2, 5.9, 11.5], +o.id % 5)), ['commerce.shipping.shippingAmount'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Citofonare Rossi', 'Consegnare al mattino']), []],
  ] },
  // ---------------------------------------------------------------- booking (Ticino)
  { name: 'vertical-booking-prenotazioni-ch-it', product: 'Vertical Booking (extranet: Prenotazioni > Elenco prenotazioni > Esporta Excel, Italian UI, a Lugano lakeside hotel selling in CHF)', family: 'booking', language: 'it', schema: E, cols: [
    ['N. Prenotazione', (c, o) => `VB${pad(+o.id * 37 % 1000000, 6)}`, [OR('purchaseID'), '_id']],
    ['Data Prenotazione', (c, o) => dmyhm(o.at), ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => row(['Confermata', 'Confermata', 'Confermata', 'Modificata', 'Cancellata'], +o.id % 5), [], opt],
    ['Canale', (c, o) => row(['Sito web', 'Booking.com', 'Expedia', 'Sito web', 'Telefono'], +o.id % 5), [], opt],
    ['Cognome', (c) => it(c).last, []],
    ['Nome', (c) => it(c).first, []],
    ['E-mail', (c) => it(c).email, EMAIL_ID, opt],
    ['Telefono', (c, o) => (+o.id % 3 === 0 ? it(c).chMobile : mob39(c)), PHONE_ID, opt],
    ['Nazione', (c, o) => (+o.id % 3 === 0 ? 'Svizzera' : 'Italia'), [BILL('country')], opt],
    ['Lingua', (c, o) => (+o.id % 4 === 0 ? 'DE' : 'IT'), []],
    ['Arrivo', (c, o) => dmy(cet(o.at + (10 + +o.id % 40) * day)), [], opt],
    ['Partenza', (c, o) => dmy(cet(o.at + (10 + +o.id % 40 + 1 + +o.id % 4) * day)), [], opt],
    ['Notti', (c, o) => String(1 + +o.id % 4), []],
    ['Camere', () => '1', [PL('quantity')], opt],
    ['Tipologia Camera', (c, o, r, i) => row(ROOMS, i + +o.id)[0], [PL('name')]],
    ['Trattamento', (c, o, r, i) => row(ROOMS, i + +o.id)[1], [], opt],
    ['Tariffa', (c, o, r, i) => row(ROOMS, i + +o.id)[2], [], opt],
    ['Adulti', (c, o) => String(1 + +o.id % 2 + (+o.id % 5 === 0 ? 1 : 0)), []],
    ['Bambini', (c, o) => (+o.id % 6 === 0 ? '1' : '0'), []],
    ['Codice Promozione', (c, o) => (+o.id % 4 === 1 ? 'LAGO2024' : ''), ['commerce.promotionID'], opt],
    ['Totale Soggiorno', (c, o, r, i) => dot2(row(ROOMS, i + +o.id)[3] * (1 + +o.id % 4)), [OR('priceTotal')]],
    ['Valuta', () => 'CHF', [OR('currencyCode')]],
    ['Acconto', (c, o, r, i) => (row(ROOMS, i + +o.id)[2] === 'Non rimborsabile' ? dot2(row(ROOMS, i + +o.id)[3] * (1 + +o.id % 4)) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Garanzia', (c, o, r) => v.pick(r, ['Carta di credito', 'Carta di credito', 'TWINT', 'Bonifico']), [OR('payments[0].paymentType')], opt],
    ['Data Cancellazione', (c, o) => (+o.id % 5 === 4 ? dmyhm(o.at + 3 * day) : ''), [OR('cancelDate')], opt],
    ['Richieste Speciali', (c, o, r) => v.pick(r, ['', '', '', 'Arrivo tardi dopo le 22', 'Letto aggiunto per bambino', 'Anniversario']), []],
  ] },
  // ---------------------------------------------------------------- booking (San Marino) guests
  { name: 'hotel-in-cloud-anagrafica-ospiti-sm-it', product: 'Hotel in Cloud (PMS: Anagrafiche > Ospiti > Esporta Excel, Italian UI, a San Marino hotel whose guests are mostly Italian)', family: 'booking', language: 'it', schema: P, cols: [
    ['ID', (c) => String(150000 + +c.id % 80000), ['_id', 'personID']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => bdate(c), ['person.birthDate']],
    ['Luogo di nascita', (c, o, r) => v.pick(r, ['Rimini', 'Bologna', 'Milano', 'Pesaro', 'Forlì', 'San Marino']), []],
    ['Cittadinanza', (c, o, r) => (r() < 0.9 ? 'Italia' : 'San Marino'), ['person.nationality']],
    ['Tipo documento', (c, o, r) => v.pick(r, ["Carta d'identità", "Carta d'identità", 'Passaporto', 'Patente di guida']), []],
    ['Numero documento', (c, o, r) => `CA${v.int(r, 10000, 99999)}${v.pick(r, ['AB', 'CD', 'FK', 'LM'])}`, []],
    ['Rilasciato da', (c) => `Comune di ${it(c).city}`, []],
    ['Codice fiscale', (c) => it(c).cf, ['person.taxId']],
    ['Indirizzo', (c) => it(c).street, at(HOME, 'street1')],
    ['CAP', (c) => it(c).cap, at(HOME, 'postalCode')],
    ['Città', (c) => it(c).city, at(HOME, 'city')],
    ['Provincia', (c) => it(c).prov, STATE(HOME)],
    ['Nazione', () => 'Italia', at(HOME, 'country')],
    ['Email', (c) => it(c).email, ['personalEmail.address']],
    ['Telefono', (c, o, r) => (r() < 0.3 ? it(c).tel : ''), ['homePhone.number']],
    ['Cellulare', (c) => mob39(c), ['mobilePhone.number']],
    ['Lingua', () => 'Italiano', []],
    ['Privacy', () => 'Sì', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['N. soggiorni', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Ultimo soggiorno', (c) => dmy(cet(c.updated)), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Allergico alle graminacee', 'Cliente abituale - camera vista Titano', 'Richiede cuscino anallergico']), []],
  ] },
  // ---------------------------------------------------------------- loyalty
  { name: 'softvision-fidelity-card-tessere-it', product: 'Softvision Fidelity Card (web application: Tessere > Elenco tessere > Esporta, Italian UI, a Padova perfumery\'s points card)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice tessera', (c) => `80${pad(+c.id * 13 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Campagna', (c, o, r) => v.pick(r, ['Raccolta punti 2024', 'Raccolta punti 2024', 'Card Gold']), ['loyalty.program'], opt],
    ['Stato', (c, o, r) => (r() < 0.92 ? 'Attiva' : 'Bloccata'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Data attivazione', (c) => dmy(cet(c.created)), ['loyalty.joinDate']],
    ['Data scadenza', (c) => dmy(cet(c.created + 730 * day)), [], opt],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => bdate(c), ['person.birthDate']],
    ['Indirizzo', (c) => it(c).street, at(HOME, 'street1')],
    ['CAP', (c) => it(c).cap, at(HOME, 'postalCode')],
    ['Città', (c) => it(c).city, at(HOME, 'city')],
    ['Prov.', (c) => it(c).prov, STATE(HOME)],
    ['Telefono', (c, o, r) => (r() < 0.25 ? it(c).tel : ''), ['homePhone.number']],
    ['Cellulare', (c) => it(c).cell, ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.8 ? it(c).email : ''), ['personalEmail.address']],
    ['Saldo punti', (c, o, r) => String(v.int(r, 0, 1800)), ['loyalty.points']],
    ['Punti accumulati', (c, o, r) => String(v.int(r, 1800, 9000)), ['loyalty.lifetimePoints']],
    ['Punti utilizzati', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.pointsRedeemed']],
    ['Premi ritirati', (c, o, r) => String(v.int(r, 0, 6)), [], opt],
    ['Credito residuo', (c, o, r) => eur(r() < 0.3 ? v.int(r, 5, 60) : 0), []],
    ['Totale acquisti', (c, o, r) => eur(v.int(r, 8000, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Ultimo movimento', (c) => dmyhm(c.updated), [], opt],
    ['Punto vendita', (c, o, r) => v.pick(r, ['Padova Centro', 'Padova Centro', 'Abano Terme', 'Cittadella']), []],
    ['Consenso privacy', () => 'SI', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'SI' : 'NO'), [], opt],
  ] },
  // ---------------------------------------------------------------- POS
  { name: 'ditron-giornale-scontrini-it', product: 'Ditron (registratore telematico via its PC/cloud software: Giornale elettronico > Esporta righe scontrino CSV, Italian, a Bologna bar-pasticceria)', family: 'pos', language: 'it', schema: E, cols: [
    ['Matricola RT', () => '72MDI012345', []],
    ['N. Azzeramento', (c, o) => String(1200 + Math.floor((o.at - Date.UTC(2019, 0, 1)) / day) % 900), [], opt],
    ['N. Documento', (c, o) => `${pad(1200 + Math.floor((o.at - Date.UTC(2019, 0, 1)) / day) % 900, 4)}-${pad(+o.id % 400 + 1, 4)}`, [OR('purchaseID')]],
    ['Data', (c, o) => dmy(cet(o.at)), ['timestamp'], opt],
    ['Ora', (c, o) => hm(cet(o.at)), ['timestamp'], opt],
    ['Cassa', () => '01', []],
    ['Operatore', (c, o, r) => v.pick(r, ['OPERATORE 1', 'MARIA', 'LUCA']), []],
    ['Reparto', (c, o, r, i) => row(BAR, i + +o.id)[2], [PL('productCategories[0].categoryName')], opt],
    ['PLU', (c, o, r, i) => row(BAR, i + +o.id)[0], [PL('SKU')]],
    ['Descrizione', (c, o, r, i) => row(BAR, i + +o.id)[1], [PL('name')]],
    ['Quantità', (c, o) => `${o.qty},000`, [PL('quantity')]],
    ['Prezzo Unitario', (c, o, r, i) => eur(row(BAR, i + +o.id)[3]), [], opt],
    ['Importo', (c, o, r, i) => eur(row(BAR, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['Sconto', (c, o) => (o.discount ? eur(0.5) : '0,00'), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Aliquota IVA', (c, o, r, i) => row(BAR, i + +o.id)[4], []],
    ['Imposta', (c, o, r, i) => (row(BAR, i + +o.id)[4] === '10%' ? eur((row(BAR, i + +o.id)[3] * o.qty) / 11) : '0,00'), [OR('taxAmount')], opt],
    ['Totale Documento', (c, o, r, i) => eur(row(BAR, i + +o.id)[3] * o.qty + 1.2 - (o.discount ? 0.5 : 0)), [OR('priceTotal')]],
    ['Pagamento', (c, o) => row(['CONTANTI', 'CONTANTI', 'ELETTRONICO', 'ELETTRONICO', 'TICKET'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Non Riscosso', () => '0,00', []],
    ['Codice Lotteria', (c, o, r) => (+o.id % 5 >= 2 && r() < 0.2 ? v.alnum(r, 8).toUpperCase() : ''), []],
    ['Tipo Documento', (c, o, r) => (r() < 0.03 ? 'RESO' : 'VENDITA'), [], opt],
  ] },
  // ---------------------------------------------------------------- restaurant delivery
  { name: 'deliverart-ordini-export-it', product: 'Deliverart (gestionale delivery e asporto: Ordini > Esporta CSV, Italian UI, a Napoli pizzeria taking orders on its site, by phone, Just Eat and Glovo)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID', (c, o) => v.uuid(v.rng(+o.id * 3 + 1)), ['_id'], opt],
    ['Numero ordine', (c, o) => String(5000 + +o.id % 5000), [OR('purchaseID'), '_id']],
    ['Data creazione', (c, o) => dmyhm(o.at), ['timestamp', OR('createdDate')]],
    ['Data consegna', (c, o) => dmyhm(o.at + 45 * 60000), ['commerce.shipping.shipDate'], opt],
    ['Punto vendita', () => 'Pizzeria Da Gennaro - Vomero', STORE, opt],
    ['Canale', (c, o) => row(['Sito web', 'Telefono', 'Just Eat', 'Glovo', 'App'], +o.id % 5), [], opt],
    ['Tipologia', (c, o) => row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Consegnato', 'Consegnato', 'Completato', 'Annullato']), [], opt],
    ['Cliente', (c) => it(c).full, []],
    ['Telefono', (c) => it(c).cell, PHONE_ID, opt],
    ['Email', (c, o) => (+o.id % 5 === 1 ? '' : it(c).email), EMAIL_ID, opt],
    ['Indirizzo', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : it(c).street.split(',')[0]), [SHIP('street1')]],
    ['Civico', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : it(c).street.split(', ')[1]), [SHIP('street2')], opt],
    ['CAP', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : v.pick(() => (+c.id % 5) / 5, ['80127', '80128', '80129', '80131', '80125'])), [SHIP('postalCode')]],
    ['Città', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : 'Napoli'), [SHIP('city')]],
    ['Citofono', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : it(c).last), []],
    ['Prodotti', (c, o, r, i) => `${o.qty}x ${row(PIZZE, i + +o.id)[0]}, 1x ${row(PIZZE, i + +o.id + 3)[0]}`, [PL('name')], opt],
    ['Subtotale', (c, o, r, i) => eur(o.qty * row(PIZZE, i + +o.id)[1] + row(PIZZE, i + +o.id + 3)[1]), [], opt],
    ['Costo consegna', (c, o) => eur(row([2, 0, 2.5, 1.5, 0], +o.id % 5)), ['commerce.shipping.shippingAmount']],
    ['Sconto', (c, o) => eur(o.discount ? 3 : 0), [OR('discountAmount')]],
    ['Codice sconto', (c, o) => (o.discount ? 'PIZZA3' : ''), ['commerce.promotionID'], opt],
    ['Totale', (c, o, r, i) => eur(o.qty * row(PIZZE, i + +o.id)[1] + row(PIZZE, i + +o.id + 3)[1] + row([2, 0, 2.5, 1.5, 0], +o.id % 5) - (o.discount ? 3 : 0)), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o) => row(['Carta online', 'Contanti', 'Just Eat', 'Glovo', 'Satispay'], +o.id % 5), [OR('payments[0].paymentType')], opt],
    ['Pagato', (c, o) => (+o.id % 5 === 1 ? 'No' : 'Sì'), [], opt],
    ['Rider', (c, o) => (row(['Consegna', 'Asporto', 'Consegna', 'Consegna', 'Asporto'], +o.id % 5) === 'Asporto' ? '' : row(['Ciro', 'Salvatore', 'Ciro'], +o.id % 3)), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Senza basilico', 'Ben cotta', 'Suonare al secondo piano']), []],
  ] },
  // ---------------------------------------------------------------- invoicing
  { name: 'dylog-fatture-emesse-sdi-it', product: 'Dylog (fatturazione elettronica: Documenti emessi > Esporta Excel, one row per invoice with its SDI state, Italian UI, a Brescia metalwork supplier)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo Documento', (c, o) => (+o.id % 9 === 0 ? 'TD04 - Nota di credito' : 'TD01 - Fattura'), [], opt],
    ['Numero', (c, o) => `${+o.id % 900 + 1}/${v.parts(o.at).y}`, [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Ragione Sociale', (c, o) => dylogRow(o)[0], []],
    ['Partita IVA', (c, o) => dylogRow(o)[1], []],
    ['Codice Fiscale', (c, o) => dylogRow(o)[1], []],
    ['Codice Destinatario', (c, o) => dylogRow(o)[2], []],
    ['PEC', (c, o) => dylogRow(o)[3], EMAIL_ID, opt],
    ['Indirizzo', (c, o) => dylogRow(o)[7], [BILL('street1')]],
    ['CAP', (c, o) => dylogRow(o)[6], [BILL('postalCode')]],
    ['Comune', (c, o) => dylogRow(o)[4], [BILL('city')]],
    ['Provincia', (c, o) => dylogRow(o)[5], STATE(['commerce.billing.address'])],
    ['Nazione', () => 'IT', [BILL('countryCode')]],
    ['Imponibile', (c, o) => eur(dylogImp(o)), [], opt],
    ['Imposta', (c, o) => eur(dylogImp(o) * 0.22), [OR('taxAmount')]],
    ['Totale Documento', (c, o) => eur(dylogImp(o) * 1.22), [OR('priceTotal')]],
    ['Bollo', () => '0,00', []],
    ['Ritenuta', () => '0,00', []],
    ['Split Payment', (c, o) => (dylogRow(o)[0].startsWith('Comune') ? 'S' : 'N'), []],
    ['Modalità Pagamento', (c, o) => row(['MP05 - Bonifico', 'MP12 - RIBA', 'MP05 - Bonifico', 'MP01 - Contanti', 'MP05 - Bonifico'], +o.id % 5), [OR('payments[0].paymentType')], opt],
    ['Scadenza', (c, o) => dmy(cet(o.at + 60 * day)), [], opt],
    ['Stato SDI', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Consegnata', 'Mancata consegna', 'Scartata', 'Inviata']), [], opt],
    ['Identificativo SDI', (c, o) => String(9000000000 + +o.id * 104729 % 999999999), [], opt],
    ['Data Invio', (c, o) => dmyhm(o.at + 3600000), [], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'axepta-ricerca-transazioni-it', product: 'Axepta (BNP Paribas card gateway, Italy; back office Ricerca transazioni > Esporta CSV, Italian UI, an online wine shop)', family: 'payments', language: 'it', schema: E, cols: [
    ['Data', (c, o) => dmy(cet(o.at)), ['timestamp'], opt],
    ['Ora', (c, o) => hms(cet(o.at)), ['timestamp'], opt],
    ['ID Transazione', (c, o) => `${v.parts(o.at).y}${pad(+o.id * 7717 % 1000000000, 9)}`, [OR('payments[0].transactionID'), '_id']],
    ['Codice Ordine', (c, o) => `ENO-${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Negozio', () => 'ENOTECAONLINE', STORE, opt],
    ['Terminale', () => '03108754', []],
    ['Tipo Operazione', (c, o) => (+o.id % 11 === 0 ? 'Storno' : 'Pagamento'), [], opt],
    ['Importo', (c, o) => eur(o.total * 2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Esito', (c, o, r) => (r() < 0.9 ? 'OK' : 'KO'), [], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Contabilizzata', 'Contabilizzata', 'Autorizzata', 'Annullata']), [], opt],
    ['Codice Autorizzazione', (c, o, r) => v.alnum(r, 6).toUpperCase(), [], opt],
    ['Circuito', (c, o) => row(['VISA', 'MASTERCARD', 'MAESTRO', 'AMEX', 'PAYPAL', 'VISA'], +o.id % 6), [OR('payments[0].paymentType')], opt],
    ['PAN', (c, o) => (row(['VISA', 'MASTERCARD', 'MAESTRO', 'AMEX', 'PAYPAL', 'VISA'], +o.id % 6) === 'PAYPAL' ? '' : `${row(['4', '5', '6', '3', '', '4'], +o.id % 6)}${pad(+o.id % 100000, 5)}******${pad(+o.id * 13 % 10000, 4)}`), []],
    ['Scadenza Carta', (c, o) => `${pad(+o.id % 12 + 1)}/${27 + +o.id % 4}`, []],
    ['Titolare', (c) => it(c).full.toUpperCase(), []],
    ['Email', (c) => it(c).email, EMAIL_ID, opt],
    ['Paese Carta', (c, o) => (+o.id % 8 === 0 ? 'DEU' : 'ITA'), [], opt],
    ['Indirizzo IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['3D Secure', (c, o, r) => v.pick(r, ['Autenticata', 'Autenticata', 'Frictionless', 'Non applicabile']), []],
    ['Canale', (c, o) => (+o.id % 10 === 0 ? 'MO.TO.' : 'E-commerce'), [], opt],
    ['Importo Stornato', (c, o) => (+o.id % 11 === 0 ? eur(o.total * 2) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Data Contabilizzazione', (c, o) => dmy(cet(o.at + day)), [], opt],
  ] },
  // ---------------------------------------------------------------- contests (marketing)
  { name: 'leevia-partecipanti-concorso-it', product: 'Leevia (concorsi a premi / instant win: Partecipanti > Esporta CSV, Italian UI, a supermarket chain\'s receipt-upload contest)', family: 'marketing-automation', language: 'it', schema: P, cols: [
    ['ID Partecipazione', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['ID Utente', (c) => String(400000 + +c.id % 500000), ['_id', 'personID']],
    ['Data partecipazione', (c, o) => dmyhms(o.at), [], opt],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Email', (c) => it(c).email, ['personalEmail.address']],
    ['Cellulare', (c) => it(c).cell, ['mobilePhone.number']],
    ['Data di nascita', (c) => bdate(c), ['person.birthDate']],
    ['Sesso', (c) => (it(c).female ? 'Donna' : 'Uomo'), ['person.gender']],
    ['Indirizzo', (c) => it(c).street, at(HOME, 'street1')],
    ['CAP', (c) => it(c).cap, at(HOME, 'postalCode')],
    ['Città', (c) => it(c).city, at(HOME, 'city')],
    ['Provincia', (c) => it(c).prov, STATE(HOME)],
    ['Regione', (c) => it(c).regione, at(HOME, 'region'), opt],
    ['Punto vendita', (c, o, r) => v.pick(r, ['Superstore Bergamo', 'Market Monza Centro', 'Superstore Verona Sud', 'Express Milano Isola']), []],
    ['Data scontrino', (c, o) => dmy(cet(o.at - day)), [], opt],
    ['Ora scontrino', (c, o, r) => `${pad(v.int(r, 8, 20))}:${pad(v.int(r, 0, 59))}`, []],
    ['Numero scontrino', (c, o, r) => `${pad(v.int(r, 1, 2500), 4)}-${pad(v.int(r, 1, 900), 4)}`, []],
    ['Importo scontrino', (c, o) => eur(o.total), [], opt],
    ['Esito', (c, o, r) => (r() < 0.06 ? 'Vincente' : 'Non vincente'), []],
    ['Premio', (c, o, r) => (r() < 0.06 ? 'Gift card 50€' : ''), []],
    ['Stato convalida', (c, o, r) => v.pick(r, ['Convalidata', 'Convalidata', 'Da verificare', 'Respinta']), []],
    ['Accettazione regolamento', () => 'Sì', []],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Fonte', (c, o, r) => v.pick(r, ['instagram', 'facebook', 'volantino', 'diretto', 'newsletter']), [], opt],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'boxxapps-contatti-export-it', product: 'Boxxapps (CRM/ERP per PMI: Anagrafiche > Contatti > Esporta Excel, Italian UI, an IT services reseller)', family: 'crm', language: 'it', schema: B, cols: [
    ['Codice', (c) => `C${pad(+c.id % 100000, 6)}`, B2BID],
    ['Ragione sociale', (c) => comp(c)[0], CO],
    ['Titolo', (c, o, r) => (it(c).female ? v.pick(r, ['Dott.ssa', 'Sig.ra', 'Ing.']) : v.pick(r, ['Dott.', 'Sig.', 'Ing.', 'Avv.'])), ['person.name.courtesyTitle']],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Ruolo', (c) => JOBS[+c.id % 8], ['extendedWorkDetails.jobTitle']],
    ['Reparto', (c) => DEPTS[+c.id % 8], ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => workMail(c), ['workEmail.address']],
    ['PEC', (c) => `${slug(comp(c)[0]).slice(0, 14)}@pec.it`, [], opt],
    ['Telefono', (c) => `0${v.int(() => (+c.id % 89) / 89, 10, 99)} ${v.int(() => (+c.id % 83) / 83, 100000, 999999)}`, ['workPhone.number']],
    ['Cellulare', (c) => fmtCell(c), ['mobilePhone.number']],
    ['Indirizzo', (c) => comp(c)[5], at(['workAddress'], 'street1')],
    ['CAP', (c) => comp(c)[4], at(['workAddress'], 'postalCode')],
    ['Città', (c) => comp(c)[2], at(['workAddress'], 'city')],
    ['Provincia', (c) => comp(c)[3], STATE(['workAddress'])],
    ['Nazione', () => 'Italia', at(['workAddress'], 'country')],
    ['Partita IVA', (c) => it(c).piva, [], opt],
    ['Sito web', (c) => `www.${comp(c)[1]}`, ['b2b.companyWebsite']],
    ['Tipologia', (c, o, r) => v.pick(r, ['Cliente', 'Cliente', 'Prospect', 'Fornitore']), ['b2b.personType'], opt],
    ['Fonte', (c, o, r) => v.pick(r, ['Sito web', 'Fiera SMAU', 'Passaparola', 'LinkedIn', 'Telemarketing']), ['b2b.personSource'], opt],
    ['Agente', (c, o, r) => v.pick(r, ['Roberto Galli', 'Paola Fontana', 'Ufficio commerciale']), []],
    ['Newsletter', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Data creazione', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Ultima modifica', (c) => dmyhm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Richiamare dopo il 15', 'Interessato a rinnovo licenze', 'Referente per gara d\'appalto']), []],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'eudata-lead-export-it', product: 'Eudata (customer engagement / CRM: Lead > Esporta CSV, Italian UI, a Milan B2B software vendor\'s webinar and trade-fair leads)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Id Lead', (c) => `L-${pad(+c.id * 3 % 1000000, 7)}`, B2BID],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Azienda', (c) => comp(c)[0], CO],
    ['Qualifica', (c) => JOBS[(+c.id + 3) % 8], ['extendedWorkDetails.jobTitle']],
    ['Email aziendale', (c) => workMail(c), ['workEmail.address']],
    ['Telefono ufficio', (c) => `+39 0${v.int(() => (+c.id % 89) / 89, 10, 99)} ${v.int(() => (+c.id % 83) / 83, 1000000, 9999999)}`, ['workPhone.number']],
    ['Cellulare', (c) => mob39(c), ['mobilePhone.number']],
    ['Città', (c) => comp(c)[2], at(['workAddress'], 'city')],
    ['Provincia', (c) => comp(c)[3], STATE(['workAddress'])],
    ['Settore', (c) => row(['Alimentare', 'Trasporti e logistica', 'Industria plastica', 'Servizi professionali', 'Sanità', 'Informatica'], +c.id % 6), [], opt],
    ['N. dipendenti', (c) => row(['250-499', '50-99', '100-249', '10-49', '500+', '50-99'], +c.id % 6), [], opt],
    ['Origine lead', (c, o, r) => v.pick(r, ['Webinar', 'Fiera', 'Form sito web', 'Campagna LinkedIn', 'Segnalazione']), ['b2b.personSource'], opt],
    ['Campagna', (c, o, r) => v.pick(r, ['Webinar Customer Care 4.0', 'SMAU Milano', 'Whitepaper Omnicanalità', '']), [], opt],
    ['Stato lead', (c, o, r) => v.pick(r, ['Nuovo', 'Contattato', 'Qualificato', 'Non interessato', 'Convertito']), ['b2b.personStatus'], opt],
    ['Punteggio', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore'], opt],
    ['Convertito', (c, o, r) => (r() < 0.15 ? 'Sì' : 'No'), ['b2b.isConverted'], opt],
    ['Assegnato a', (c, o, r) => v.pick(r, ['Chiara Benedetti', 'Stefano Riva', 'Inside Sales']), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Data creazione', (c) => dmyhm(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ultima attività', (c) => dmyhm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Chiede demo a settembre', 'Usa già un CRM concorrente', 'Budget approvato Q4']), []],
  ] },
]
