// Round 77, heldout77: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Italian and Dutch/Flemish shops, POS, loyalty programs, invoicing and
// support desks: an Italian loyalty-card SaaS's cardholders, a restaurant POS's bills, a retail POS's customer and
// fidelity-card registry, an e-invoicing service's issued invoices, a live-chat/video customer-service platform's
// contacts, an Italian electronics marketplace's seller orders; a Dutch service desk's calls, a Dutch invoicing tool's
// invoices, a Flemish bookkeeping tool's customers, a Dutch marketplace integrator's orders, a Dutch hospitality POS's
// receipt lines and a Dutch loyalty-card supplier's savings-card members.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

// times: Rome, Amsterdam and Brussels (CET, summer time roughly April-October)
const day = 86400000
const euOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const loc = (ms) => shift(ms, euOff(ms))
const itD = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const itT = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const itTs = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hm = (ms) => { const p = loc(ms); return `${pad(p.H)}:${pad(p.M)}` }
const nlD = (ms) => { const p = loc(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const nlT = (ms) => { const p = loc(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoLoc = (ms) => { const h = euOff(ms), p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${h}:00` }
const dUTC = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dUTCnl = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
// a meal time: the instant moved to 12:30-14:30 or 19:30-22:30 local
const meal = (ms, id) => { const base = Math.floor(ms / day) * day; const lunch = id % 3 === 0; return base + ((lunch ? 10.5 : 17.5) + (id % 9) * 0.25) * 3600000 + (id % 60) * 1000 }

// amounts: "1.234,56", "€ 1.234,56", "1234,56"
const dec = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eur = (n) => `€ ${dec(n)}`
const plain = (n) => n.toFixed(2).replace('.', ',')
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const mailOf = (c, dom) => `${slug(c.first)}.${slug(c.last)}@${dom}`
// gender from the first name (person() draws it apart from the name)
const FEM = new Set(['Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const siNo = (b) => (b ? 'Sì' : 'No')
const jaNee = (b) => (b ? 'Ja' : 'Nee')

// Italian tax numbers
const piva = (r) => `${pad(v.int(r, 0, 9999999), 7)}${v.pick(r, ['015', '058', '001', '037', '048'])}${v.int(r, 0, 9)}`
const cons = (s) => (s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)
const cfIt = (c, r) => { const p = shift(c.birth, 0); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${v.pick(r, ['F205', 'H501', 'L219', 'F839', 'A944'])}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[v.int(r, 0, 23)]}` }
const itMob = (r) => `3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const itFix = (r) => `0${v.pick(r, ['2', '6', '11', '51', '55', '81'])} ${v.int(r, 100000, 9999999)}`
const ITMAIL = ['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'alice.it']

// Italian companies (B2B invoices): [name, street, CAP, comune, provincia]
const IT_CO = [
  ['Tipografia Moderna S.n.c.', 'Via dell\'Artigianato 14', '40057', 'Granarolo dell\'Emilia', 'BO'],
  ['Studio Tecnico Associato Ferri', 'Corso Vittorio Emanuele II 88', '10121', 'Torino', 'TO'],
  ['Ortofrutta Sole di Puglia S.r.l.', 'Via per Adelfia km 2', '70010', 'Valenzano', 'BA'],
  ['Idraulica Brambilla S.a.s.', 'Via Monza 201', '20127', 'Milano', 'MI'],
  ['Hotel Bellavista S.r.l.', 'Lungomare Marconi 44', '47838', 'Riccione', 'RN'],
  ['Farmacia San Marco dott.ssa Greco', 'Piazza San Marco 3', '35121', 'Padova', 'PD'],
  ['Cantina Colli Berici Soc. Agr.', 'Via Roma 60', '36023', 'Longare', 'VI'],
]

// Dutch and Flemish people, places and companies
const NL_TUS = (last) => { const m = last.match(/^((?:van der|van den|van de|van|de|den|der|ter|te) )(.+)$/); return m ? [m[1].trim(), m[2]] : ['', last] }
const nlMob = (r) => `06-${v.int(r, 10000000, 99999999)}`
const nlFix = (r) => `0${v.pick(r, ['20', '10', '30', '40', '50', '70'])}-${v.int(r, 1000000, 9999999)}`
const NLMAIL = ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.com', 'outlook.com', 'xs4all.nl']
const NL_PLACE = [['Amsterdam', '1055 KL'], ['Utrecht', '3532 AB'], ['Haarlem', '2012 JK'], ['Zwolle', '8011 LP'], ['Breda', '4811 CD'], ['Nijmegen', '6511 PP'], ['Leiden', '2311 EZ'], ['Apeldoorn', '7311 GR']]
const NL_STREET = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Julianalaan', 'Beatrixstraat', 'Hoofdstraat', 'Lindelaan', 'Prins Hendrikkade']
const BE_FIRST = ['Lotte', 'Wout', 'Jana', 'Pieter', 'Ellen', 'Bart', 'Sofie', 'Jens', 'Nele', 'Koen', 'Lien', 'Thomas']
const BE_LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van Damme', 'Verhoeven']
const BE_PLACE = [['Antwerpen', '2018'], ['Gent', '9000'], ['Leuven', '3000'], ['Brugge', '8000'], ['Hasselt', '3500'], ['Mechelen', '2800'], ['Kortrijk', '8500']]
const BE_STREET = ['Kerkstraat', 'Stationsstraat', 'Nieuwstraat', 'Molenstraat', 'Kapelstraat', 'Schoolstraat', 'Dorpsstraat']
const BE_CO = ['Bakkerij Vermeulen BV', 'Schrijnwerkerij De Eik', 'Studio Lijn & Vorm', 'Dakwerken Claes BV', 'Fietsen Wouters', 'Tandartspraktijk Zuid', 'Koffiebar Het Pleintje', 'Architect Van Damme BV']
const bePerson = (c) => { const i = (Math.imul(n(c), 2654435761) >>> 0) >>> 3; return { first: BE_FIRST[i % BE_FIRST.length], last: BE_LAST[(i >> 2) % BE_LAST.length], place: BE_PLACE[(i >> 3) % BE_PLACE.length], street: `${BE_STREET[(i >> 4) % BE_STREET.length]}`, nr: String(1 + (i % 140)), co: BE_CO[(i >> 1) % BE_CO.length] } }
const beVat = (c) => { const k = String(400000000 + (n(c) * 7919) % 399999999).padStart(10, '0'); return `BE${k}` }
const beMob = (r) => `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const beFix = (r) => `+32 ${v.pick(r, ['3', '9', '16', '50', '11', '15'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const beIban = (r) => `BE${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`

// common per-event id lists
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']

// restaurant bill (Ristomanager) and hospitality receipt (Unitouch) amounts, from the order id
const bill = (o) => 14 + (n(o) % 96) + (n(o) % 4) * 0.5
const covers = (o) => 1 + (n(o) % 6)
const NL_MENU = [['1012', 'Verse jus', 'Dranken', 4.5], ['1040', 'Cappuccino', 'Warme dranken', 3.4], ['2003', 'Uitsmijter ham/kaas', 'Lunch', 11.5], ['2015', 'Clubsandwich', 'Lunch', 12.75], ['3021', 'Bitterballen (8 st.)', 'Borrel', 8.5], ['4002', 'Hertog Jan tap 0,25', 'Bier', 3.6], ['4410', 'Huiswijn wit glas', 'Wijn', 5.25], ['5108', 'Stoofvlees met friet', 'Hoofdgerechten', 21.5]]

export const SETS = [
  // ---------------------------------------------------------------- Cardnology Fidelity Card: cardholders (it)
  { name: 'cardnology-fidelity-card-tessere-it', product: 'Cardnology Fidelity Card (Italian loyalty-card SaaS: Tessere > Esporta elenco in Excel, Italian UI, a Bologna perfumery chain\'s points card with Silver/Gold categories)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice tessera', (c) => `04${pad(n(c) * 37 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Categoria tessera', (c) => ['Silver', 'Silver', 'Silver', 'Gold', 'Platinum'][n(c) % 5], ['loyalty.tier']],
    ['Stato', (c, o, r) => v.pick(r, ['Attiva', 'Attiva', 'Attiva', 'Attiva', 'Bloccata', 'Da attivare']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dUTC(c.birth), ['person.birthDate'], opt],
    ['Codice fiscale', (c, o, r) => (r() < 0.7 ? cfIt(c, r) : ''), ['person.taxId']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Telefono', (c, o, r) => (r() < 0.3 ? itFix(r) : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => itMob(r), ['mobilePhone.number']],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ITMAIL)), ['personalEmail.address']],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso marketing', (c, o, r) => siNo(r() < 0.6), [], opt],
    ['Data emissione', (c) => itD(c.created), ['loyalty.joinDate'], opt],
    ['Punti', (c) => String((n(c) * 13) % 2400), ['loyalty.points']],
    ['Punti utilizzati', (c) => String(((n(c) * 7) % 6) * 250), ['loyalty.pointsRedeemed']],
    ['Credito (€)', (c) => dec(((n(c) * 3) % 5) * 5), [], opt],
    ['Totale acquisti (€)', (c) => dec(((n(c) * 11) % 1900) + 0.9), ['loyalty.lifetimePurchases'], opt],
    ['N. passaggi', (c) => String(1 + (n(c) % 48)), []],
    ['Ultimo passaggio', (c, o) => itT(o.at), [], opt],
    ['Punto vendita di emissione', (c, o, r) => v.pick(r, ['Bologna - Via Indipendenza', 'Bologna - Centro Lame', 'Casalecchio - Shopville', 'Imola - Via Emilia']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Cliente VIP', 'Tessera sostituita per smarrimento']), []],
  ] },

  // ---------------------------------------------------------------- Ristomanager: bills (it)
  { name: 'ristomanager-storico-conti-it', product: 'Ristomanager (Italian restaurant management and POS software: Statistiche > Storico conti > Esporta Excel, Italian UI, a Naples pizzeria with dine-in, take-away and delivery)', family: 'pos', language: 'it', schema: E, cols: [
    ['N. conto', (c, o) => String(18000 + (n(o) % 9000)), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => itD(meal(o.at, n(o))), ['timestamp'], opt],
    ['Ora apertura', (c, o) => hm(meal(o.at, n(o))), [], opt],
    ['Ora chiusura', (c, o) => hm(meal(o.at, n(o)) + (40 + n(o) % 50) * 60000), [], opt],
    ['Sala', (c, o) => (n(o) % 5 === 0 ? 'Asporto' : n(o) % 7 === 0 ? 'Domicilio' : ['Sala interna', 'Veranda', 'Sala interna'][n(o) % 3]), [], opt],
    ['Tavolo', (c, o) => (n(o) % 5 === 0 || n(o) % 7 === 0 ? '' : String(1 + n(o) % 28)), []],
    ['Coperti', (c, o) => String(n(o) % 5 === 0 || n(o) % 7 === 0 ? 0 : covers(o)), []],
    ['Cameriere', (c, o, r) => v.pick(r, ['Gennaro', 'Ciro', 'Anna', 'Salvatore', 'Titti']), []],
    ['Tipo', (c, o) => (n(o) % 5 === 0 ? 'Asporto' : n(o) % 7 === 0 ? 'Domicilio' : 'Tavolo'), [OR('orderType')], opt],
    ['Cliente', (c, o) => (n(o) % 7 === 0 || n(o) % 5 === 0 ? `${c.last} ${c.first}` : ''), []],
    ['Telefono cliente', (c, o, r) => (n(o) % 7 === 0 || n(o) % 5 === 0 ? itMob(r) : ''), PHONE_ID, opt],
    ['Indirizzo consegna', (c, o) => (n(o) % 7 === 0 ? `${c.street}, Napoli` : ''), [SHIP('street1')], opt],
    ['N. articoli', (c, o) => String(covers(o) * 2 + 1), [], opt],
    ['Coperto (€)', (c, o) => dec(n(o) % 5 === 0 || n(o) % 7 === 0 ? 0 : covers(o) * 2), []],
    ['Sconto (€)', (c, o) => dec(o.discount ? bill(o) * 0.1 : 0), [OR('discountAmount')]],
    ['Imponibile (€)', (c, o) => dec(bill(o) / 1.1), [], opt],
    ['IVA (€)', (c, o) => dec(bill(o) - bill(o) / 1.1), [OR('taxAmount')]],
    ['Totale (€)', (c, o) => dec(bill(o)), [OR('priceTotal')]],
    ['Contanti (€)', (c, o) => dec(n(o) % 3 === 0 ? bill(o) : 0), [], opt],
    ['Carte (€)', (c, o) => dec(n(o) % 3 === 1 ? bill(o) : 0), [], opt],
    ['Buoni pasto (€)', (c, o) => dec(n(o) % 3 === 2 ? Math.min(8, bill(o)) : 0), [], opt],
    ['Pagamento', (c, o) => ['Contanti', 'Bancomat/Carta', 'Misto'][n(o) % 3], [OR('payments[0].paymentType')], opt],
    ['Documento', (c, o, r) => v.pick(r, ['Scontrino', 'Scontrino', 'Scontrino', 'Fattura', 'Non fiscale']), []],
    ['N. documento', (c, o) => `${pad(1 + (n(o) % 900), 4)}-${pad(1 + (n(o) % 365), 4)}`, [], opt],
    ['Postazione', (c, o, r) => v.pick(r, ['Cassa 1', 'Cassa 1', 'Palmare 2', 'Palmare 3']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Senza glutine', 'Pizza ben cotta', 'Citofonare Esposito']), []],
  ] },

  // ---------------------------------------------------------------- 2Bit DUE Retail: customers with fidelity cards (it)
  { name: 'due-retail-anagrafica-clienti-fidelity-it', product: 'DUE Retail (2Bit, Cittadella PD: Italian retail POS and back office: Anagrafiche > Clienti > Esporta in Excel, with the Fidelity module\'s card columns, Italian UI, a Veneto chain of household-goods shops)', family: 'pos', language: 'it', schema: P, cols: [
    ['Codice', (c) => `C${pad(n(c) % 100000, 6)}`, ID],
    ['Ragione sociale', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, ['person.name.fullName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Località', (c) => c.city, at(HOME, 'city')],
    ['Prov.', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nazione', () => 'IT', at(HOME, 'countryCode')],
    ['Telefono', (c, o, r) => (r() < 0.35 ? itFix(r) : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => itMob(r), ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.8 ? mailOf(c, v.pick(r, ITMAIL)) : ''), ['personalEmail.address']],
    ['Codice fiscale', (c, o, r) => cfIt(c, r), ['person.taxId']],
    ['Partita IVA', (c, o, r) => (r() < 0.08 ? piva(r) : ''), [], opt],
    ['Data di nascita', (c) => dUTC(c.birth), ['person.birthDate'], opt],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Codice fidelity', (c) => `2900${pad(n(c) * 91 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Modello fidelity', (c) => (n(c) % 4 === 0 ? 'CARTA ORO' : 'CARTA PUNTI'), ['loyalty.tier', 'loyalty.program'], opt],
    ['Data attivazione', (c) => itD(c.created), ['loyalty.joinDate'], opt],
    ['Punti', (c) => String((n(c) * 17) % 3100), ['loyalty.points']],
    ['Credito', (c) => dec(n(c) % 4 === 0 ? (n(c) % 30) : 0), [], opt],
    ['Totale acquisti', (c) => dec(((n(c) * 13) % 2600) + 0.5), ['loyalty.lifetimePurchases'], opt],
    ['Data ultimo acquisto', (c, o) => itD(o.at), [], opt],
    ['Listino', () => 'Listino 1', []],
    ['Sconto %', (c) => (n(c) % 4 === 0 ? '5' : '0'), []],
    ['Consenso privacy', () => 'S', [], opt],
    ['Consenso marketing', (c) => (n(c) % 3 ? 'S' : 'N'), [], opt],
    ['Negozio', (c, o, r) => v.pick(r, ['001 - Cittadella', '002 - Castelfranco V.', '003 - Bassano d/G', '004 - Padova Arcella']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Fattura su richiesta', 'Tessera duplicata']), []],
  ] },

  // ---------------------------------------------------------------- Namirial: issued e-invoices (it)
  { name: 'namirial-fatture-emesse-it', product: 'Namirial Fatturazione Elettronica (Italian SdI e-invoicing service: Fatture emesse > Esporta elenco in Excel, Italian UI, a Bologna IT consultancy billing small companies)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo documento', (c, o) => (n(o) % 11 === 0 ? 'TD04 - Nota di credito' : 'TD01 - Fattura'), [], opt],
    ['Numero', (c, o) => `${1 + (n(o) % 400)}/${shift(o.at, 1).y}`, [OR('purchaseID'), '_id']],
    ['Data documento', (c, o) => itD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Cessionario/committente', (c, o) => IT_CO[n(o) % IT_CO.length][0], []],
    ['Partita IVA', (c, o, r) => `IT${piva(r)}`, []],
    ['Codice fiscale', (c, o, r) => piva(r), [], opt],
    ['Codice destinatario', (c, o, r) => v.pick(r, ['M5UXCR1', 'SUBM70N', 'KRRH6B9', '0000000', 'T04ZHR3']), []],
    ['PEC', (c, o) => (n(o) % 4 === 0 ? `amministrazione@pec.${slug(IT_CO[n(o) % IT_CO.length][0]).slice(0, 14)}.it` : ''), EMAIL_ID, opt],
    ['Indirizzo', (c, o) => IT_CO[n(o) % IT_CO.length][1], [BILL('street1')]],
    ['CAP', (c, o) => IT_CO[n(o) % IT_CO.length][2], [BILL('postalCode')]],
    ['Comune', (c, o) => IT_CO[n(o) % IT_CO.length][3], [BILL('city')]],
    ['Provincia', (c, o) => IT_CO[n(o) % IT_CO.length][4], [BILL('stateProvince'), BILL('state')]],
    ['Nazione', () => 'IT', [BILL('countryCode')]],
    ['Divisa', () => 'EUR', [OR('currencyCode')]],
    ['Imponibile', (c, o) => dec(o.subtotal * 8), [], opt],
    ['Imposta', (c, o) => dec(o.subtotal * 8 * 0.22), [OR('taxAmount')]],
    ['Totale documento', (c, o) => dec(o.subtotal * 8 * 1.22), [OR('priceTotal')]],
    ['Ritenuta', () => dec(0), []],
    ['Bollo virtuale', (c, o) => (n(o) % 9 === 0 ? 'SI' : 'NO'), []],
    ['Modalità di pagamento', (c, o) => ['MP05 - Bonifico', 'MP05 - Bonifico', 'MP12 - RIBA', 'MP08 - Carta di pagamento'][n(o) % 4], [OR('payments[0].paymentType')], opt],
    ['Data scadenza', (c, o) => itD(o.at + 30 * day), []],
    ['Identificativo SdI', (c, o) => String(9800000000 + n(o) * 1013), [], opt],
    ['Nome file', (c, o, r) => `IT02345670375_${v.alnum(r, 5)}.xml`, []],
    ['Stato', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Consegnata', 'Mancata consegna', 'Scartata', 'In attesa di esito']), [], opt],
    ['Data invio', (c, o) => itTs(o.at + 3 * 3600000), [], opt],
    ['Conservazione', (c, o, r) => v.pick(r, ['Conservata', 'Conservata', 'In conservazione']), []],
  ] },

  // ---------------------------------------------------------------- Vivocha: customer-service contacts (it)
  { name: 'vivocha-contatti-it', product: 'Vivocha (Italian live chat, video and messaging customer-service platform: Statistiche > Contatti > Esporta CSV, Italian UI, an Italian online electronics retailer\'s pre-sales and after-sales chat)', family: 'support', language: 'it', schema: E, cols: [
    ['ID contatto', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Data creazione', (c, o) => isoLoc(o.at), ['timestamp']],
    ['Data chiusura', (c, o) => isoLoc(o.at + (90 + (n(o) * 7) % 1700) * 1000), [], opt],
    ['Durata (s)', (c, o) => String(90 + (n(o) * 7) % 1700), []],
    ['Tempo di attesa (s)', (c, o, r) => String(v.int(r, 3, 240)), []],
    ['Media', (c, o, r) => v.pick(r, ['chat', 'chat', 'chat', 'video', 'voice', 'whatsapp']), [], opt],
    ['Entry point', (c, o, r) => v.pick(r, ['Scheda prodotto', 'Carrello', 'Area clienti - Assistenza', 'Home']), [], opt],
    ['Campagna', (c, o, r) => v.pick(r, ['Assistenza post-vendita', 'Pre-vendita TV e audio', 'Pre-vendita grandi elettrodomestici']), ['marketing.campaignName'], opt],
    ['Coda', (c, o, r) => v.pick(r, ['Vendite', 'Assistenza ordini', 'Resi e rimborsi']), []],
    ['Agente', (c, o, r) => v.pick(r, ['Martina C.', 'Davide R.', 'Serena B.', 'Luca M.', '']), []],
    ['Stato', (c, o, r) => v.pick(r, ['closed', 'closed', 'closed', 'abandoned', 'missed']), [], opt],
    ['Esito', (c, o, r) => v.pick(r, ['Risolto', 'Vendita conclusa', 'Inoltrato a ticket', 'Non risolto', '']), [], opt],
    ['Nome visitatore', (c) => c.first, []],
    ['Email visitatore', (c, o, r) => (r() < 0.6 ? mailOf(c, v.pick(r, ITMAIL)) : ''), EMAIL_ID, opt],
    ['Telefono visitatore', (c, o, r) => (r() < 0.25 ? `+39 ${itMob(r)}` : ''), PHONE_ID, opt],
    ['Codice cliente', (c, o, r) => (r() < 0.4 ? `WEB${pad(n(c), 7)}` : ''), CUST_ID, opt],
    ['Pagina iniziale', (c, o, r) => v.pick(r, ['https://www.example-elettronica.it/tv/smart-tv-55-4k', 'https://www.example-elettronica.it/carrello', 'https://www.example-elettronica.it/area-clienti/ordini', 'https://www.example-elettronica.it/']), ['web.webPageDetails.URL']],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.it/', '', 'https://www.trovaprezzi.it/', 'https://www.facebook.com/']), ['web.webReferrer.URL']],
    ['Lingua', () => 'it-IT', ['environment.browserDetails.acceptLanguage'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 124', 'Safari 17', 'Firefox 125', 'Edge 124', 'Samsung Internet 24']), ['environment.browserDetails.name'], opt],
    ['Sistema operativo', (c, o, r) => v.pick(r, ['Windows 10', 'iOS 17.4', 'Android 14', 'macOS 14']), ['environment.operatingSystem'], opt],
    ['Dispositivo', (c, o, r) => v.pick(r, ['desktop', 'mobile', 'mobile', 'tablet']), ['device.type'], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Paese', () => 'IT', [GEO('countryCode')]],
    ['Città', (c) => c.city, [GEO('city')]],
    ['Valutazione', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 5)) : ''), []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'reso', 'garanzia', 'consegna', 'finanziamento']), []],
  ] },

  // ---------------------------------------------------------------- Unieuro Marketplace (Mirakl seller back office): orders (it)
  { name: 'unieuro-marketplace-ordini-it', product: 'Unieuro Marketplace (the Italian electronics retailer\'s marketplace, run on Mirakl: seller back office Ordini > Esporta CSV, Italian UI, a third-party seller of small kitchen appliances)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Data di creazione', (c, o) => itT(o.at), ['timestamp', OR('createdDate')]],
    ['Numero ordine', (c, o) => `UNI${pad(n(o) * 131 % 10000000, 7)}-A`, [OR('purchaseID'), '_id']],
    ['Stato', (c, o, r) => v.pick(r, ['In attesa di accettazione', 'Spedizione in corso', 'Spedito', 'Ricevuto', 'Ricevuto', 'Chiuso', 'Annullato']), [], opt],
    ['Data di accettazione', (c, o) => itT(o.at + 5 * 3600000), [], opt],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Dettagli', (c, o) => `${o.qty} x ${['Friggitrice ad aria 5,5 L', 'Macchina caffè espresso 15 bar', 'Frullatore a immersione 1000 W', 'Tostapane 2 fette inox'][n(o) % 4]}`, [PL('name')], opt],
    ['SKU offerta', (c, o) => `KIT-${pad(n(o) % 400, 4)}`, [PL('SKU')]],
    ['SKU prodotto', (c, o) => `80${pad(n(o) * 17 % 100000000000, 11)}`, [PL('SKU'), PL('product')], opt],
    ['Categoria', (c, o) => ['Piccoli elettrodomestici > Cottura', 'Piccoli elettrodomestici > Caffè', 'Piccoli elettrodomestici > Preparazione cibi'][n(o) % 3], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Prezzo unitario', (c, o) => dec(39.9 + (n(o) % 12) * 10), []],
    ['Importo', (c, o) => dec((39.9 + (n(o) % 12) * 10) * o.qty), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Spese di spedizione', (c, o) => dec(n(o) % 3 ? 0 : 6.9), ['commerce.shipping.shippingAmount']],
    ['Importo totale (IVA inclusa)', (c, o) => dec((39.9 + (n(o) % 12) * 10) * o.qty + (n(o) % 3 ? 0 : 6.9)), [OR('priceTotal')]],
    ['Commissione (IVA esclusa)', (c, o) => dec(((39.9 + (n(o) % 12) * 10) * o.qty) * 0.12), []],
    ['Importo da versare al venditore', (c, o) => dec(((39.9 + (n(o) % 12) * 10) * o.qty) * 0.8536 + (n(o) % 3 ? 0 : 6.9)), []],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Metodo di spedizione', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Express']), ['commerce.shipping.shippingMethod'], opt],
    ['Corriere', (c, o, r) => v.pick(r, ['BRT', 'GLS', 'SDA', 'Poste Italiane']), ['commerce.shipping.shippingMethod'], opt],
    ['Numero di tracking', (c, o) => (n(o) % 5 ? `0${pad(n(o) * 7771 % 1e12, 12)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Cliente - Nome', (c) => c.first, []],
    ['Cliente - Cognome', (c) => c.last, []],
    ['Indirizzo di spedizione - Via', (c) => c.street, [SHIP('street1')]],
    ['Indirizzo di spedizione - Complemento', (c, o, r) => (r() < 0.2 ? `Scala ${v.pick(r, ['A', 'B'])}, int. ${v.int(r, 1, 20)}` : ''), [SHIP('street2')]],
    ['Indirizzo di spedizione - CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Indirizzo di spedizione - Città', (c) => c.city, [SHIP('city')]],
    ['Indirizzo di spedizione - Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Indirizzo di spedizione - Paese', () => 'ITA', [SHIP('countryCode'), SHIP('country')], opt],
    ['Indirizzo di spedizione - Telefono', (c, o, r) => itMob(r), PHONE_ID, opt],
    ['Indirizzo di fatturazione - CAP', (c) => c.postcode, [BILL('postalCode')]],
    ['Indirizzo di fatturazione - Città', (c) => c.city, [BILL('city')]],
    ['Codice fiscale', (c, o, r) => (r() < 0.3 ? cfIt(c, r) : ''), []],
  ] },

  // ---------------------------------------------------------------- TOPdesk: calls (nl)
  { name: 'topdesk-meldingen-overzicht-nl', product: 'TOPdesk (Dutch service-management software: Meldingbeheer > selectie > Exporteren naar Excel, Dutch UI, the service desk of a Dutch housing corporation handling tenants\' and staff calls)', family: 'support', language: 'nl', schema: E, cols: [
    ['Meldingnummer', (c, o) => `M${String(shift(o.at, 1).y).slice(2)}${pad(shift(o.at, 1).m)} ${pad(n(o) % 1000, 3)}`, ['_id']],
    ['Datum aanmelding', (c, o) => nlT(o.at), ['timestamp']],
    ['Aanmelder', (c) => `${c.first} ${c.last}`, []],
    ['E-mail aanmelder', (c, o, r) => mailOf(c, v.pick(r, NLMAIL)), EMAIL_ID, opt],
    ['Telefoon aanmelder', (c, o, r) => nlMob(r), PHONE_ID, opt],
    ['Vestiging', (c, o, r) => v.pick(r, ['Kantoor Zwolle', 'Wijkkantoor Oost', 'Wijkkantoor Zuid', 'Servicepunt Centrum']), []],
    ['Afdeling', (c, o, r) => v.pick(r, ['Huurders', 'Huurders', 'Onderhoud', 'Verhuur', 'ICT']), []],
    ['Binnenkomst', (c, o, r) => v.pick(r, ['Telefoon', 'E-mail', 'Selfserviceportal', 'Balie']), [], opt],
    ['Soort melding', (c, o, r) => v.pick(r, ['Reparatieverzoek', 'Klacht', 'Vraag', 'Storing']), [], opt],
    ['Korte omschrijving', (c, o, r) => v.pick(r, ['Lekkage badkamerplafond', 'CV-ketel geeft foutcode', 'Huurbetaling niet verwerkt', 'Voordeur sluit niet', 'Geluidsoverlast buren']), []],
    ['Categorie', (c, o, r) => v.pick(r, ['Installaties', 'Bouwkundig', 'Financieel', 'Woonomgeving']), []],
    ['Subcategorie', (c, o, r) => v.pick(r, ['Verwarming', 'Sanitair', 'Deuren en ramen', 'Huur', 'Overlast']), []],
    ['Object', (c, o, r) => (r() < 0.5 ? `VHE-${v.int(r, 10000, 39999)}` : ''), []],
    ['Impact', (c, o, r) => v.pick(r, ['Persoon', 'Persoon', 'Complex', 'Wijk']), []],
    ['Urgentie', (c, o, r) => v.pick(r, ['Laag', 'Normaal', 'Normaal', 'Hoog']), []],
    ['Prioriteit', (c, o, r) => v.pick(r, ['P1', 'P2', 'P3', 'P3', 'P4']), [], opt],
    ['Operatorgroep', (c, o, r) => v.pick(r, ['Klantcontactcentrum', 'Planning onderhoud', 'Huuradministratie', 'Wijkbeheer']), []],
    ['Behandelaar', (c, o, r) => v.pick(r, ['Jansen, Mark', 'Bakker, Sanne', 'Visser, Ruud', '']), []],
    ['Leverancier', (c, o, r) => v.pick(r, ['', '', 'Installatiebedrijf De Vries', 'Glasservice Noord']), []],
    ['Status', (c, o) => (n(o) % 2 ? 'Afgemeld' : ['Geregistreerd', 'In behandeling', 'Wachten op leverancier'][n(o) % 3]), [], opt],
    ['Streefdatum', (c, o) => nlT(o.at + 3 * day), []],
    ['Gereed', (c, o) => jaNee(n(o) % 2 === 1 || n(o) % 4 === 0), []],
    ['Afgemeld', (c, o) => jaNee(n(o) % 2 === 1), []],
    ['Datum afgemeld', (c, o) => (n(o) % 2 ? nlT(o.at + (2 + n(o) % 198) * 3600000) : ''), [], opt],
    ['Doorlooptijd (uren)', (c, o) => (n(o) % 2 ? String(2 + n(o) % 198) : ''), []],
    ['Tevredenheid', (c, o, r) => (r() < 0.3 ? String(v.int(r, 1, 5)) : ''), []],
  ] },

  // ---------------------------------------------------------------- Rompslomp: invoices (nl)
  { name: 'rompslomp-facturen-export-nl', product: 'Rompslomp (Dutch online invoicing and bookkeeping: Verkoop > Facturen > Exporteren (CSV), Dutch UI, a Utrecht photography studio invoicing companies and consumers)', family: 'invoicing', language: 'nl', schema: E, cols: [
    ['Factuurnummer', (c, o) => `${shift(o.at, 1).y}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID'), '_id']],
    ['Factuurdatum', (c, o) => nlD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Vervaldatum', (c, o) => nlD(o.at + 14 * day), []],
    ['Relatie', (c, o) => (n(o) % 3 ? `${['Fotografie', 'Bouwbedrijf', 'Bakkerij', 'Kapsalon'][n(o) % 4]} ${NL_TUS(c.last)[1]}` : `${c.first} ${c.last}`), []],
    ['Contactpersoon', (c) => `${c.first} ${c.last}`, [], opt],
    ['E-mailadres', (c, o, r) => mailOf(c, v.pick(r, NLMAIL)), EMAIL_ID, opt],
    ['Adres', (c, o, r) => `${v.pick(r, NL_STREET)} ${v.int(r, 1, 180)}`, [BILL('street1')]],
    ['Postcode', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][1], [BILL('postalCode')]],
    ['Plaats', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][0], [BILL('city')]],
    ['Land', () => 'Nederland', [BILL('country')]],
    ['KvK-nummer', (c, o, r) => (n(o) % 3 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['Btw-nummer', (c, o, r) => (n(o) % 3 ? `NL${v.int(r, 100000000, 999999999)}B01` : ''), []],
    ['Referentie', (c, o, r) => (r() < 0.4 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Omschrijving', (c, o, r) => v.pick(r, ['Bedrijfsreportage', 'Portretsessie incl. 10 foto\'s', 'Productfotografie webshop', 'Bruiloftsreportage']), [PL('name')], opt],
    ['Bedrag excl. btw', (c, o) => plain(o.subtotal * 6), [], opt],
    ['Btw', (c, o) => plain(o.subtotal * 6 * 0.21), [OR('taxAmount')]],
    ['Bedrag incl. btw', (c, o) => plain(o.subtotal * 6 * 1.21), [OR('priceTotal')]],
    ['Openstaand', (c, o) => plain(n(o) % 4 === 0 ? o.subtotal * 6 * 1.21 : 0), []],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Status', (c, o) => (n(o) % 4 === 0 ? 'Openstaand' : n(o) % 9 === 0 ? 'Verlopen' : 'Betaald'), [], opt],
    ['Betaald op', (c, o) => (n(o) % 4 === 0 ? '' : nlD(o.at + (2 + n(o) % 12) * day)), [], opt],
    ['Betaalmethode', (c, o) => (n(o) % 4 === 0 ? '' : ['Bankoverschrijving', 'iDEAL', 'Bankoverschrijving'][n(o) % 3]), [OR('payments[0].paymentType')], opt],
    ['Verzonden', (c, o, r) => jaNee(r() < 0.95), []],
    ['Notities', (c, o, r) => v.pick(r, ['', '', '', 'Aanbetaling 50% ontvangen', 'Herinnering verstuurd']), []],
  ] },

  // ---------------------------------------------------------------- Dexxter: customers (nl, Flemish)
  { name: 'dexxter-klanten-nl-be', product: 'Dexxter (Flemish bookkeeping and invoicing tool for the self-employed: Klanten > Exporteren naar Excel, Dutch UI as used in Flanders, a Ghent web developer\'s business customers)', family: 'invoicing', language: 'nl', schema: B, cols: [
    ['Klantnummer', (c) => String(1 + (n(c) % 240)), B2BID],
    ['Type', (c) => (n(c) % 6 === 0 ? 'Particulier' : 'Bedrijf'), [], opt],
    ['Bedrijfsnaam', (c) => (n(c) % 6 === 0 ? '' : bePerson(c).co), ['b2b.companyName', 'organizations[0]']],
    ['Voornaam', (c) => bePerson(c).first, ['person.name.firstName']],
    ['Achternaam', (c) => bePerson(c).last, ['person.name.lastName']],
    ['E-mailadres', (c) => `${slug(bePerson(c).first)}@${slug(bePerson(c).co.replace(/ BV$/, ''))}.be`, ['workEmail.address', 'personalEmail.address']],
    ['Telefoonnummer', (c, o, r) => (r() < 0.5 ? beMob(r) : beFix(r)), ['workPhone.number', 'mobilePhone.number']],
    ['Straat', (c) => bePerson(c).street, ['workAddress.street1']],
    ['Huisnummer', (c) => bePerson(c).nr, [], opt],
    ['Bus', (c, o, r) => (r() < 0.15 ? String(v.int(r, 1, 12)) : ''), [], opt],
    ['Postcode', (c) => bePerson(c).place[1], ['workAddress.postalCode']],
    ['Gemeente', (c) => bePerson(c).place[0], ['workAddress.city']],
    ['Land', () => 'België', ['workAddress.country']],
    ['Btw-nummer', (c) => (n(c) % 6 === 0 ? '' : beVat(c)), [], opt],
    ['Btw-plichtig', (c) => jaNee(n(c) % 6 !== 0), []],
    ['Website', (c) => (n(c) % 6 === 0 ? '' : `www.${slug(bePerson(c).co.replace(/ BV$/, ''))}.be`), ['b2b.companyWebsite']],
    ['Taal', (c) => (n(c) % 7 === 0 ? 'Frans' : 'Nederlands'), [], opt],
    ['Betalingstermijn (dagen)', (c) => ['30', '30', '14', '60'][n(c) % 4], []],
    ['IBAN', (c, o, r) => (r() < 0.4 ? beIban(r) : ''), []],
    ['Aangemaakt op', (c) => dUTCnl(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Totaal gefactureerd', (c) => plain(((n(c) * 37) % 14000) + 250), []],
    ['Openstaand bedrag', (c) => plain(n(c) % 5 === 0 ? ((n(c) * 7) % 2000) + 120 : 0), []],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Facturen via Peppol', 'Onderhoudscontract jaarlijks']), []],
  ] },

  // ---------------------------------------------------------------- Vendiro: marketplace orders (nl)
  { name: 'vendiro-bestellingen-nl', product: 'Vendiro (Dutch marketplace integration platform: Orders > Exporteren, Dutch UI, a Rotterdam home-and-garden webshop selling on bol.com, Amazon.nl and Kaufland)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Vendiro ID', (c, o) => String(14000000 + n(o) * 37), ['_id', OR('purchaseID')], opt],
    ['Marktplaats', (c, o) => ['bol.com', 'bol.com', 'Amazon.nl', 'Kaufland.de', 'Beslist.nl'][n(o) % 5], [], opt],
    ['Marktplaats ordernummer', (c, o, r) => (n(o) % 5 === 2 ? `407-${v.int(r, 1000000, 9999999)}-${pad(n(o) * 13 % 10000000, 7)}` : String(1000000000 + n(o) * 911)), [OR('purchaseID'), '_id']],
    ['Besteldatum', (c, o) => nlT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nieuw', 'Geaccepteerd', 'Verzonden', 'Verzonden', 'Geannuleerd']), [], opt],
    ['Verzendmethode', (c, o) => (n(o) % 4 === 0 ? 'LVB' : 'Eigen verzending'), ['commerce.shipping.shippingMethod'], opt],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.1 ? 'Tuincentrum Groen BV' : ''), []],
    ['Voornaam', (c) => c.first, []],
    ['Tussenvoegsel', (c) => NL_TUS(c.last)[0], []],
    ['Achternaam', (c) => NL_TUS(c.last)[1], []],
    ['E-mailadres', (c, o) => `${n(o).toString(36)}${n(c).toString(36)}@verkopen.bol.com`, EMAIL_ID, opt],
    ['Telefoonnummer', (c, o, r) => (r() < 0.6 ? nlMob(r) : ''), PHONE_ID, opt],
    ['Straat', (c, o, r) => v.pick(r, NL_STREET), [SHIP('street1')]],
    ['Huisnummer', (c, o, r) => String(v.int(r, 1, 220)), [], opt],
    ['Toevoeging', (c, o, r) => (r() < 0.15 ? v.pick(r, ['A', 'bis', '2-hoog']) : ''), [SHIP('street2')], opt],
    ['Postcode', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][1], [SHIP('postalCode')]],
    ['Plaats', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][0], [SHIP('city')]],
    ['Land', (c, o) => (n(o) % 5 === 3 ? 'DE' : 'NL'), [SHIP('countryCode')]],
    ['Factuur postcode', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][1], [BILL('postalCode')]],
    ['Factuur plaats', (c, o) => NL_PLACE[n(o) % NL_PLACE.length][0], [BILL('city')]],
    ['EAN', (c, o) => `87${pad(n(o) * 7919 % 100000000000, 11)}`, [PL('SKU'), PL('product')], opt],
    ['SKU', (c, o) => `HG-${pad(n(o) % 800, 4)}`, [PL('SKU')]],
    ['Productnaam', (c, o) => ['Tuinslang 25 m met spuitpistool', 'Plantenbak cortenstaal 80 cm', 'Zonnescherm parasolvoet 25 kg', 'Vogelhuisje hout naturel'][n(o) % 4], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per stuk', (c, o) => plain(19.95 + (n(o) % 8) * 5), []],
    ['Verzendkosten', (c, o) => plain(n(o) % 4 === 0 ? 0 : 4.95), ['commerce.shipping.shippingAmount']],
    ['Totaalbedrag', (c, o) => plain((19.95 + (n(o) % 8) * 5) * o.qty + (n(o) % 4 === 0 ? 0 : 4.95)), [OR('priceTotal')]],
    ['Commissie', (c, o) => plain(((19.95 + (n(o) % 8) * 5) * o.qty) * 0.15 + 0.99), []],
    ['Vervoerder', (c, o, r) => v.pick(r, ['PostNL', 'PostNL', 'DHL', 'DPD']), ['commerce.shipping.shippingMethod'], opt],
    ['Track & trace', (c, o, r) => (n(o) % 5 === 0 ? '' : `3S${v.alnum(r, 4).toUpperCase()}${pad(n(o) * 31 % 1e9, 9)}`), ['commerce.shipping.trackingNumber']],
    ['Verzenddatum', (c, o) => nlD(o.at + day), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- Unitouch: hospitality POS receipt lines (nl)
  { name: 'unitouch-kassabonregels-nl', product: 'Unitouch (Dutch hospitality POS: Rapportages > Bonregels > Export naar Excel, one row per receipt line, Dutch UI, a Nijmegen grand café)', family: 'pos', language: 'nl', schema: E, cols: [
    ['Bonnummer', (c, o) => String(500000 + n(o) % 400000), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => nlD(meal(o.at, n(o))), ['timestamp'], opt],
    ['Tijd', (c, o) => hm(meal(o.at, n(o))), [], opt],
    ['Kassa', (c, o, r) => v.pick(r, ['Bar', 'Restaurant', 'Terras handheld 1', 'Terras handheld 2']), []],
    ['Medewerker', (c, o, r) => v.pick(r, ['Sanne', 'Bram', 'Tess', 'Jeroen', 'Femke']), []],
    ['Tafel', (c, o) => (n(o) % 6 === 0 ? '' : String(1 + n(o) % 40)), []],
    ['Omzetgroep', (c, o) => NL_MENU[n(o) % NL_MENU.length][2], [PL('productCategories[0].categoryName')], opt],
    ['Artikelnummer', (c, o) => NL_MENU[n(o) % NL_MENU.length][0], [PL('SKU')]],
    ['Artikel', (c, o) => NL_MENU[n(o) % NL_MENU.length][1], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs', (c, o) => plain(NL_MENU[n(o) % NL_MENU.length][3]), []],
    ['Korting', (c, o) => plain(o.discount ? NL_MENU[n(o) % NL_MENU.length][3] * o.qty * 0.1 : 0), [PL('discountAmount')], opt],
    ['Bedrag', (c, o) => plain(NL_MENU[n(o) % NL_MENU.length][3] * o.qty * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['Btw %', (c, o) => (['Bier', 'Wijn'].includes(NL_MENU[n(o) % NL_MENU.length][2]) ? '21' : '9'), []],
    ['Btw bedrag', (c, o) => { const m = NL_MENU[n(o) % NL_MENU.length], t = m[3] * o.qty * (o.discount ? 0.9 : 1), p = ['Bier', 'Wijn'].includes(m[2]) ? 21 : 9; return plain(t - t / (1 + p / 100)) }, [], opt],
    ['Totaal bon', (c, o) => plain(NL_MENU[n(o) % NL_MENU.length][3] * o.qty * (o.discount ? 0.9 : 1) + 4 + (n(o) % 30)), [OR('priceTotal')]],
    ['Betaalwijze', (c, o) => ['PIN', 'PIN', 'Contant', 'Creditcard', 'Op rekening'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Fooi', (c, o) => plain(n(o) % 4 === 0 ? 1.5 : 0), []],
    ['Klantnummer', (c, o) => (n(o) % 5 === 4 ? `D${pad(n(c) % 1000, 4)}` : ''), CUST_ID, opt],
    ['Vestiging', () => 'Grand Café Waalkade', [], opt],
    ['Correctie', (c, o, r) => jaNee(r() < 0.04), []],
  ] },

  // ---------------------------------------------------------------- Cards Unlimited: savings-card members (nl)
  { name: 'cardsunlimited-spaarkaart-leden-nl', product: 'Cards Unlimited (Dutch loyalty-card supplier with an online savings-card system: Klantenbeheer > Leden > Exporteer naar CSV, Dutch UI, a Haarlem cheese and deli shop\'s points card)', family: 'loyalty', language: 'nl', schema: P, cols: [
    ['Kaartnummer', (c) => `6${pad(n(c) * 53 % 1e9, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Klantnummer', (c) => String(10000 + n(c) % 90000), ID],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => NL_TUS(c.last)[0], [], opt],
    ['Achternaam', (c) => NL_TUS(c.last)[1], ['person.name.lastName']],
    ['Straat', (c, o, r) => v.pick(r, NL_STREET), at(HOME, 'street1')],
    ['Huisnummer', (c, o, r) => String(v.int(r, 1, 260)), [], opt],
    ['Postcode', (c) => NL_PLACE[n(c) % NL_PLACE.length][1], at(HOME, 'postalCode')],
    ['Woonplaats', (c) => NL_PLACE[n(c) % NL_PLACE.length][0], at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoon', (c, o, r) => (r() < 0.3 ? nlFix(r) : ''), ['homePhone.number']],
    ['Mobiel', (c, o, r) => nlMob(r), ['mobilePhone.number']],
    ['E-mailadres', (c, o, r) => mailOf(c, v.pick(r, NLMAIL)), ['personalEmail.address']],
    ['Geboortedatum', (c) => dUTCnl(c.birth), ['person.birthDate'], opt],
    ['Geslacht', (c) => (fem(c) ? 'V' : 'M'), ['person.gender']],
    ['Lid sinds', (c) => nlD(c.created), ['loyalty.joinDate'], opt],
    ['Kaartstatus', (c, o, r) => v.pick(r, ['Actief', 'Actief', 'Actief', 'Geblokkeerd', 'Vervangen']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Spaarsaldo', (c) => String((n(c) * 19) % 900), ['loyalty.points']],
    ['Ingewisseld', (c) => String(((n(c) * 3) % 5) * 100), ['loyalty.pointsRedeemed']],
    ['Totaal besteed', (c) => plain(((n(c) * 23) % 3200) + 4.5), ['loyalty.lifetimePurchases'], opt],
    ['Aantal bezoeken', (c) => String(1 + n(c) % 120), []],
    ['Laatste bezoek', (c, o) => nlD(o.at), [], opt],
    ['Nieuwsbrief', (c) => jaNee(n(c) % 3 !== 0), [], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Verjaardagskorting gehad', 'Pas kwijt, nieuwe pas uitgegeven']), []],
  ] },
]
