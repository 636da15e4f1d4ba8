// Round 72, tune72: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Italian POS, e-commerce, ticketing, booking, email-marketing, CRM/ERP and
// sports-club exports, all with Italian headers.
import { E, P, B, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values8.mjs'

// Italian formats: "22/05/2024", "22/05/2024 14:31", "2024-05-22 14:31:07" (Rome, +1 / +2 in summer)
const off = (ms) => ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)
const itD = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const itDT = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const itDTS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const day = 86400000
// "1.234,56", "€ 12,50", "12.50"
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eurS = (n) => `€ ${eur(n)}`
const dot = (n) => n.toFixed(2)
const cell = (r) => `3${v.int(r, 20, 49)}${v.int(r, 1000000, 9999999)}`
const cell39 = (r) => `+39 3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const fisso = (r) => `0${v.int(r, 2, 99)} ${v.int(r, 100000, 9999999)}`
const LET = 'ABCDEFGHILMNPRSTVZ'
const cf = (c, r) => `${c.last.slice(0, 3).toUpperCase().padEnd(3, 'X')}${c.first.slice(0, 3).toUpperCase().padEnd(3, 'X')}${pad(new Date(c.birth).getUTCFullYear() % 100)}${'ABCDEHLMPRST'[new Date(c.birth).getUTCMonth()]}${pad(new Date(c.birth).getUTCDate() + (c.female ? 40 : 0))}${LET[v.int(r, 0, 17)]}${v.int(r, 100, 999)}${LET[v.int(r, 0, 17)]}`
const piva = (r) => `IT${v.int(r, 10000000, 99999999)}${v.int(r, 100, 999)}`
const sex = (c) => (c.female ? 'F' : 'M')
const siNo = (b) => (b ? 'Sì' : 'No')
const nm = (c) => `${c.first} ${c.last}`

// places and goods
const PROV = { Milano: 'MI', Roma: 'RM', Torino: 'TO', Napoli: 'NA', Bologna: 'BO', Firenze: 'FI' }
const REGIONE = { MI: 'Lombardia', RM: 'Lazio', TO: 'Piemonte', NA: 'Campania', BO: 'Emilia-Romagna', FI: 'Toscana' }
const AZIENDE = [['Rossi Impianti S.r.l.', 'rossiimpianti.it'], ['Ferramenta Colombo S.n.c.', 'ferramentacolombo.it'], ['Studio Bianchi & Associati', 'studiobianchi.it'], ['Greco Alimentari S.p.A.', 'grecoalimentari.it'], ['Tipografia Marino S.r.l.', 'tipografiamarino.it'], ['Edilnord Costruzioni S.r.l.', 'edilnord.it']]
const ARTICOLI = [['CAF-ESP-1KG', 'Caffè in grani Espresso 1 kg', 'Caffè', 18.9], ['OLIO-EVO-750', 'Olio extravergine di oliva 0,75 l', 'Dispensa', 12.5], ['PAST-GRAG-500', 'Pasta di Gragnano Paccheri 500 g', 'Pasta', 3.2], ['VINO-CHI-2020', 'Chianti Classico DOCG 2020', 'Vini', 16.0], ['BISC-CANT-250', 'Cantucci toscani 250 g', 'Dolci', 5.8], ['MIEL-ACA-400', 'Miele di acacia 400 g', 'Dispensa', 7.4]]
const MODA = [['MAG-LIN-BLU-M', 'Camicia in lino', 'Blu / M', 59.0], ['ABI-MID-VER-42', 'Abito midi', 'Verde salvia / 42', 89.0], ['SNE-PEL-BIA-40', 'Sneaker in pelle', 'Bianco / 40', 120.0], ['BOR-SEC-NER', 'Borsa a secchiello', 'Nero', 145.0], ['FOU-SET-ROS', 'Foulard di seta', 'Rosso', 45.0]]
const MUSEI = [['Biglietto intero Galleria Borghese', 'Galleria Borghese', 'Roma', 22.0], ['Cenacolo Vinciano - ingresso', 'Cenacolo Vinciano', 'Milano', 15.0], ['Galleria degli Uffizi - salta la fila', 'Galleria degli Uffizi', 'Firenze', 29.0], ['Musei Vaticani e Cappella Sistina', 'Musei Vaticani', 'Roma', 32.0], ['Museo Egizio - biglietto d\'ingresso', 'Museo Egizio', 'Torino', 18.0]]
const EVENTI = [['Concerto Ultimo - Stadio Olimpico', 'Stadio Olimpico', 'Roma', 'Prato gold', 69.0], ['Marracash - Mi.Ami Festival', 'Idroscalo', 'Milano', 'Posto unico', 35.0], ['Cesare Cremonini Tour', 'Unipol Arena', 'Bologna', 'Parterre in piedi', 55.0], ['Il Volo - Arena di Verona', 'Arena di Verona', 'Verona', 'Gradinata numerata', 48.0], ['Jova Beach Party', 'Spiaggia di Lignano', 'Lignano Sabbiadoro', 'Posto unico', 59.0]]
const SETTORI = [['Platea A', 'Fila 7', 'Posto 12'], ['Galleria', 'Fila 2', 'Posto 5'], ['Tribuna Est', 'Fila 14', 'Posto 33'], ['Posto unico', '', ''], ['Parterre', '', '']]
const PRESTAZIONI = [['Visita ortopedica', 'Ortopedico', 120], ['Visita dermatologica', 'Dermatologo', 100], ['Seduta di fisioterapia', 'Fisioterapista', 50], ['Visita cardiologica con ECG', 'Cardiologo', 140], ['Igiene dentale', 'Dentista', 80]]
const CAMERE = [['Doppia Standard', 'BB', 95], ['Matrimoniale Superior vista mare', 'HB', 160], ['Singola', 'RO', 70], ['Junior Suite', 'BB', 210], ['Tripla Comfort', 'BB', 135]]
const arr = (o) => o.at + ((Number(o.id) % 100) + 7) * day
const dep = (o, i) => (Number(o.id) % 2 ? row(CAMERE, i)[2] : 0)
const CORSI = ['Padel', 'Tennis', 'Calcetto', 'Nuoto libero', 'Pilates', 'Functional training']

export const SETS = [
  // ---------------------------------------------------------------- POS customers (Tilby, Clienti > Esporta, CSV)
  { name: 'tilby-clienti-esporta-it', product: 'Tilby (cloud POS, back office: Clienti > seleziona > Esporta, CSV with the chosen columns, Italian UI, a bar-pasticceria in Bologna)', family: 'crm', language: 'it', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id', 'personID']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Ragione sociale', (c, o, r, i) => (r() < 0.2 ? row(AZIENDE, i)[0] : ''), ['organizations[0]'], opt],
    ['Codice fiscale', (c, o, r) => (r() < 0.6 ? cf(c, r) : ''), ['person.taxId']],
    ['Partita IVA', (c, o, r) => (r() < 0.2 ? piva(r).slice(2) : ''), []],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c, o, r) => (r() < 0.3 ? fisso(r) : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => cell(r), ['mobilePhone.number']],
    ['Data di nascita', (c, o, r) => (r() < 0.5 ? itD(c.birth) : ''), ['person.birthDate']],
    ['Sesso', (c) => sex(c), ['person.gender']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, at(HOME, 'stateProvince')],
    ['Nazione', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['Codice fidelity', (c, o, r) => `F${v.int(r, 100000000, 999999999)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Punti fidelity', (c, o, r) => String(v.int(r, 0, 1200)), ['loyalty.points']],
    ['Totale speso', (c, o, r) => eur(v.int(r, 500, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Scontrino medio', (c, o, r) => eur(v.int(r, 250, 4000) / 100), []],
    ['Numero scontrini', (c, o, r) => String(v.int(r, 1, 180)), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Intollerante al lattosio', 'Cliente abituale colazione', 'Ordina torte per compleanni']), []],
    ['Data creazione', (c) => itDT(c.created), [], opt],
    ['Ultima modifica', (c) => itDT(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- email contacts (magnews, Profile studio > Esporta contatti)
  { name: 'magnews-esporta-contatti-it', product: 'magnews (Diennea; Profile studio > Contatti > Esporta, CSV, Italian UI, a Milan fashion retailer\'s newsletter database)', family: 'email', language: 'it', schema: P, cols: [
    ['idcontact', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['EMAIL', (c) => c.email, ['personalEmail.address']],
    ['NOME', (c) => c.first, ['person.name.firstName']],
    ['COGNOME', (c) => c.last, ['person.name.lastName']],
    ['SESSO', (c) => sex(c), ['person.gender']],
    ['DATA_NASCITA', (c, o, r) => (r() < 0.5 ? itD(c.birth) : ''), ['person.birthDate']],
    ['CITTA', (c) => c.city, at(HOME, 'city')],
    ['PROVINCIA', (c) => c.region, at(HOME, 'stateProvince')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['MOBILE', (c, o, r) => (r() < 0.6 ? `+39${cell(r)}` : ''), ['mobilePhone.number']],
    ['LINGUA', (c, o, r) => v.pick(r, ['it', 'it', 'it', 'en']), [], opt],
    ['PUNTO_VENDITA_PREFERITO', (c, o, r) => v.pick(r, ['Milano Brera', 'Milano Corso Buenos Aires', 'Bergamo Oriocenter', 'Online']), []],
    ['CONSENSO_NEWSLETTER', (c) => (c.bool ? '1' : '0'), [], opt],
    ['CONSENSO_PROFILAZIONE', (c, o, r) => (r() < 0.5 ? '1' : '0'), [], opt],
    ['DATA_CONSENSO', (c) => ymdHMS(c.created), [], opt],
    ['FONTE', (c, o, r) => v.pick(r, ['form_sito', 'checkout', 'wifi_negozio', 'import_crm']), [], opt],
    ['stato', (c, o, r) => v.pick(r, ['iscritto', 'iscritto', 'iscritto', 'disiscritto', 'bounce']), ['personalEmail.status'], opt],
    ['data_iscrizione', (c) => ymdHMS(c.created), [], opt],
    ['data_ultima_modifica', (c) => ymdHMS(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- email subscribers (SendBlaster desktop, Liste > Esporta)
  { name: 'sendblaster-lista-esporta-it', product: 'SendBlaster Pro (eDisplay, desktop bulk mailer: Gestione liste > Esporta > file CSV, Italian UI, a Florentine wine shop\'s newsletter list)', family: 'email', language: 'it', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Azienda', (c, o, r, i) => (r() < 0.25 ? row(AZIENDE, i)[0] : ''), ['organizations[0]'], opt],
    ['Indirizzo', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['CAP', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Telefono', (c, o, r) => (r() < 0.4 ? cell(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Iscritto', (c) => (c.bool ? 'Sì' : 'No'), ['personalEmail.status'], opt],
    ['Data iscrizione', (c) => itD(c.created), [], opt],
    ['Formato', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'Testo']), []],
    ['Campo 1', (c, o, r) => v.pick(r, ['Rossi', 'Bianchi', 'Bollicine', '']), []],
    ['Campo 2', (c, o, r) => v.pick(r, ['fiera 2023', 'negozio', 'sito', '']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'socio club degustazioni']), []],
  ] },

  // ---------------------------------------------------------------- attraction bookings (Tiqets venue portal, Prenotazioni > Esporta)
  { name: 'tiqets-venue-prenotazioni-it', product: 'Tiqets (venue/partner portal: Prenotazioni > Esporta CSV, Italian UI, an Italian museum selling timed tickets through Tiqets)', family: 'events', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o, r) => String(v.int(r, 100000000, 299999999)), [OR('purchaseID'), '_id']],
    ['Codice biglietto', (c, o, r) => `TQ${v.alnum(r, 10).toUpperCase()}`, [], opt],
    ['Data prenotazione', (c, o) => itDT(o.at), ['timestamp', OR('createdDate')]],
    ['Data visita', (c, o, r) => itD(o.at + v.int(r, 1, 40) * day), [], opt],
    ['Fascia oraria', (c, o, r) => v.pick(r, ['09:00', '10:30', '12:00', '14:30', '16:00']), []],
    ['Prodotto', (c, o, r, i) => row(MUSEI, i)[0], [PL('name')]],
    ['ID prodotto', (c, o, r, i) => String(974000 + (i % 5) * 117), [PL('SKU'), PL('_id')], opt],
    ['Tipologia biglietto', (c, o, r) => v.pick(r, ['Adulto', 'Adulto', 'Ridotto 18-25', 'Bambino (6-17)']), [PL('selectedOptions[0].value')], opt],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo totale', (c, o, r, i) => eur(row(MUSEI, i)[3] * o.qty), [PL('priceTotal'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Nome cliente', (c) => nm(c), []],
    ['Email cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono cliente', (c, o, r) => (r() < 0.5 ? cell39(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Paese cliente', (c, o, r) => v.pick(r, ['IT', 'IT', 'US', 'DE', 'FR', 'GB']), [], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Confermato', 'Confermato', 'Riscattato', 'Annullato']), [], opt],
    ['Riscattato il', (c, o, r) => (r() < 0.5 ? itDT(o.at + 2 * day) : ''), [], opt],
    ['Canale', (c, o, r) => v.pick(r, ['tiqets.com', 'App Tiqets', 'GetYourGuide via Tiqets', 'Partner']), [], opt],
  ] },

  // ---------------------------------------------------------------- ticketing orders (TicketSMS organiser area, Report > Ordini > Esporta)
  { name: 'ticketsms-ordini-organizzatore-it', product: 'TicketSMS (area organizzatore: Report > Ordini > Esporta Excel, Italian UI, a concert promoter in Naples)', family: 'events', language: 'it', schema: E, cols: [
    ['Numero ordine', (c, o, r) => `TS${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Data ordine', (c, o) => itDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o, r, i) => row(EVENTI, i)[0], [PL('name')]],
    ['Data evento', (c, o, r) => itDT(o.at + v.int(r, 5, 90) * day), [], opt],
    ['Luogo', (c, o, r, i) => `${row(EVENTI, i)[1]}, ${row(EVENTI, i)[2]}`, []],
    ['Tipologia', (c, o, r, i) => row(EVENTI, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Nominativo', (c) => nm(c), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Cellulare', (c, o, r) => `+39${cell(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Codice fiscale', (c, o, r) => cf(c, r), []],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo', (c, o, r, i) => eur(row(EVENTI, i)[4]), [PL('priceTotal')], opt],
    ['Prevendita', (c, o, r, i) => eur(row(EVENTI, i)[4] * 0.12), []],
    ['Totale', (c, o, r, i) => eur(row(EVENTI, i)[4] * 1.12 * o.qty), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o, r) => v.pick(r, ['Carta di credito', 'Satispay', 'PayPal', 'Apple Pay']), [OR('payments[0].paymentType')], opt],
    ['Codice promo', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Pagato', 'Pagato', 'Pagato', 'Rimborsato', 'Annullato']), [], opt],
    ['Canale di vendita', (c, o, r) => v.pick(r, ['App', 'Web', 'Punto vendita']), [], opt],
    ['Check-in', (c, o, r) => siNo(r() < 0.4), []],
  ] },

  // ---------------------------------------------------------------- ticketing participants (Ciaotickets organiser panel, Vendite > Partecipanti > Esporta)
  { name: 'ciaotickets-partecipanti-it', product: 'Ciaotickets (pannello organizzatore: Vendite > Elenco partecipanti > Esporta CSV, Italian UI, a theatre in Florence)', family: 'events', language: 'it', schema: E, cols: [
    ['ID Ordine', (c, o, r) => String(v.int(r, 5000000, 8999999)), [OR('purchaseID'), '_id']],
    ['ID Biglietto', (c, o, r) => String(v.int(r, 20000000, 39999999)), [], opt],
    ['Data acquisto', (c, o) => itDT(o.at), ['timestamp', OR('createdDate')]],
    ['Titolo evento', (c, o, r) => v.pick(r, ['La Traviata', 'Il berretto a sonagli', 'Gran Galà di Capodanno', 'Lo schiaccianoci']), [PL('name')]],
    ['Data spettacolo', (c, o, r) => itDT(o.at + v.int(r, 3, 60) * day), [], opt],
    ['Settore', (c, o, r, i) => row(SETTORI, i)[0], [PL('selectedOptions[0].value')], opt],
    ['Fila', (c, o, r, i) => row(SETTORI, i)[1], []],
    ['Posto', (c, o, r, i) => row(SETTORI, i)[2], []],
    ['Riduzione', (c, o, r) => v.pick(r, ['Intero', 'Intero', 'Ridotto over 65', 'Ridotto under 26']), [], opt],
    ['Prezzo', (c, o, r) => eurS(v.pick(r, [25, 32, 40, 18])), [PL('priceTotal')]],
    ['Diritti di prevendita', (c, o, r) => eurS(v.pick(r, [2.5, 3, 4])), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c, o, r) => cell(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Punto vendita', (c, o, r) => v.pick(r, ['Online', 'Online', 'Botteghino teatro', 'Tabaccheria Centrale']), [], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Emesso', 'Emesso', 'Annullato']), [], opt],
  ] },

  // ---------------------------------------------------------------- patients (MioDottore, Calendario > Pazienti > Esporta)
  { name: 'miodottore-pazienti-esporta-it', product: 'MioDottore (Docplanner Italia, Agenda Pro: Pazienti > Esporta lista pazienti, XLSX, Italian UI, a physiotherapy and orthopaedics practice in Turin)', family: 'crm', language: 'it', schema: P, cols: [
    ['ID paziente', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (c.female ? 'Femmina' : 'Maschio'), ['person.gender']],
    ['Data di nascita', (c) => itD(c.birth), ['person.birthDate']],
    ['Codice fiscale', (c, o, r) => (r() < 0.7 ? cf(c, r) : ''), ['person.taxId']],
    ['Telefono', (c, o, r) => cell39(r), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Indirizzo', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1')],
    ['Città', (c, o, r) => (r() < 0.6 ? c.city : ''), at(HOME, 'city')],
    ['CAP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Assicurazione', (c, o, r) => v.pick(r, ['', '', 'Unisalute', 'Generali', 'Fasi']), []],
    ['Numero tessera assicurativa', (c, o, r) => (r() < 0.3 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['Consenso marketing', (c) => siNo(c.bool), [], opt],
    ['Consenso promemoria SMS', (c, o, r) => siNo(r() < 0.9), [], opt],
    ['Ultima visita', (c, o, r) => itD(c.updated), [], opt],
    ['Prossima visita', (c, o, r) => (r() < 0.3 ? itDT(c.updated + v.int(r, 5, 40) * day) : ''), []],
    ['Numero visite', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Allergia al lattice', 'Post-operatorio LCA', 'Preferisce orari serali']), []],
    ['Data registrazione', (c) => itD(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- shop orders (Vetrina Live, Ordini > Esporta ordini, CSV)
  { name: 'vetrinalive-ordini-esporta-it', product: 'Vetrina Live (e-commerce builder, pannello: Ordini > Esporta ordini in CSV, Italian UI, a small Italian food shop; one row per order line)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Numero ordine', (c, o, r) => String(v.int(r, 1000, 9999)), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => itDT(o.at), ['timestamp', OR('createdDate')]],
    ['Stato ordine', (c, o, r) => v.pick(r, ['Evaso', 'Evaso', 'In lavorazione', 'In attesa di pagamento', 'Annullato']), [], opt],
    ['Stato pagamento', (c, o, r) => v.pick(r, ['Pagato', 'Pagato', 'Non pagato']), [], opt],
    ['Metodo di pagamento', (c, o, r) => v.pick(r, ['PayPal', 'Carta di credito', 'Bonifico bancario', 'Contrassegno']), [OR('payments[0].paymentType')], opt],
    ['Cliente', (c) => nm(c), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c, o, r) => cell(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Indirizzo spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP spedizione', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città spedizione', (c) => c.city, [SHIP('city')]],
    ['Provincia spedizione', (c) => c.region, [SHIP('stateProvince')]],
    ['Nazione spedizione', (c) => c.countryName, [SHIP('country')]],
    ['Codice articolo', (c, o, r, i) => row(ARTICOLI, i)[0], [PL('SKU')]],
    ['Prodotto', (c, o, r, i) => row(ARTICOLI, i)[1], [PL('name')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => eur(row(ARTICOLI, i)[3]), [PL('priceTotal')], opt],
    ['Subtotale', (c, o, r, i) => eur(row(ARTICOLI, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Sconto', (c, o) => eur(o.discount), [OR('discountAmount')]],
    ['Codice sconto', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Spese di spedizione', (c, o) => eur(o.shipping ? 6.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Metodo di spedizione', (c, o, r) => v.pick(r, ['Corriere espresso BRT', 'Poste Italiane', 'Ritiro in negozio']), ['commerce.shipping.shippingMethod']],
    ['Totale ordine', (c, o, r, i) => eur(row(ARTICOLI, i)[3] * o.qty - o.discount + (o.shipping ? 6.9 : 0)), [OR('priceTotal')]],
    ['di cui IVA', (c, o, r, i) => eur(row(ARTICOLI, i)[3] * o.qty * 0.1 / 1.1), [OR('taxAmount')]],
    ['Richiesta fattura', (c, o, r) => siNo(r() < 0.15), []],
    ['Note cliente', (c, o, r) => v.pick(r, ['', '', '', 'Lasciare al portiere', 'Confezione regalo per favore']), []],
  ] },

  // ---------------------------------------------------------------- hotel reservations (Slope PMS, Prenotazioni > Esporta Excel)
  { name: 'slope-prenotazioni-esporta-it', product: 'Slope (cloud hotel PMS: Prenotazioni > Elenco > Esporta Excel, Italian UI, a 30-room hotel on the Riviera romagnola)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['N. prenotazione', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('purchaseID'), '_id']],
    ['Codice canale', (c, o, r) => (r() < 0.6 ? String(v.int(r, 2000000000, 4999999999)) : ''), [OR('purchaseID')], opt],
    ['Data inserimento', (c, o) => itDT(o.at), ['timestamp', OR('createdDate')]],
    ['Arrivo', (c, o) => itD(arr(o)), [], opt],
    ['Partenza', (c, o) => itD(arr(o) + (o.qty + 1) * day), []],
    ['Notti', (c, o) => String(o.qty + 1), []],
    ['Ospite', (c) => `${c.last} ${c.first}`, []],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c, o, r) => cell39(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nazionalità', (c, o, r) => v.pick(r, ['Italia', 'Italia', 'Germania', 'Svizzera', 'Austria']), [], opt],
    ['Tipologia camera', (c, o, r, i) => row(CAMERE, i)[0], [PL('name')]],
    ['Camera', (c, o, r) => String(v.int(r, 101, 330)), []],
    ['Trattamento', (c, o, r, i) => row(CAMERE, i)[1], [PL('selectedOptions[0].value')], opt],
    ['Adulti', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Bambini', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['Canale', (c, o, r) => v.pick(r, ['Booking.com', 'Expedia', 'Sito web', 'Diretto telefono', 'Email']), [], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Confermata', 'Confermata', 'Check-out', 'Cancellata', 'Opzione']), [], opt],
    ['Totale soggiorno', (c, o, r, i) => eur(row(CAMERE, i)[2] * (o.qty + 1)), [OR('priceTotal')]],
    ['Acconto', (c, o, r, i) => eur(dep(o, i)), [OR('payments[0].paymentAmount')], opt],
    ['Saldo', (c, o, r, i) => eur(row(CAMERE, i)[2] * (o.qty + 1) - dep(o, i)), []],
    ['Tassa di soggiorno', (c, o, r) => eur(v.int(r, 2, 14) * 1.5), []],
    ['Commissione OTA', (c, o, r, i) => eur(row(CAMERE, i)[2] * (o.qty + 1) * 0.15), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Arrivo tardi dopo le 22', 'Culla in camera', 'Cane di piccola taglia']), []],
  ] },

  // ---------------------------------------------------------------- club members (Sportclubby, Gestionale > Utenti > Esporta)
  { name: 'sportclubby-utenti-esporta-it', product: 'Sportclubby (gestionale del circolo: Utenti/Membri > Esporta Excel, Italian UI, a padel and tennis club near Milan)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['ID utente', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c, o, r) => `+39${cell(r)}`, ['mobilePhone.number']],
    ['Sesso', (c) => sex(c), ['person.gender']],
    ['Data di nascita', (c, o, r) => (r() < 0.7 ? itD(c.birth) : ''), ['person.birthDate']],
    ['Codice fiscale', (c, o, r) => (r() < 0.6 ? cf(c, r) : ''), ['person.taxId']],
    ['Indirizzo', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1')],
    ['Comune', (c) => c.city, at(HOME, 'city')],
    ['Tessera', (c, o, r) => `SC${v.int(r, 10000, 99999)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Tipo abbonamento', (c, o, r) => v.pick(r, ['Socio annuale', 'Socio under 18', 'Carnet 10 ingressi', 'Nessuno']), ['loyalty.tier', 'loyalty.program'], opt],
    ['Scadenza abbonamento', (c, o, r) => itD(c.updated + v.int(r, 30, 365) * day), ['loyalty.tierExpiryDate'], opt],
    ['Certificato medico scadenza', (c, o, r) => (r() < 0.7 ? itD(c.updated + v.int(r, 10, 360) * day) : ''), []],
    ['Livello', (c, o, r) => v.pick(r, ['Principiante', 'Intermedio', 'Avanzato', '3.5', '4.0']), [], opt],
    ['Sport preferito', (c, o, r) => v.pick(r, CORSI), []],
    ['Credito wallet', (c, o, r) => eur(v.int(r, 0, 15000) / 100), []],
    ['Prenotazioni totali', (c, o, r) => String(v.int(r, 0, 220)), []],
    ['Ultima prenotazione', (c, o, r) => itDT(c.updated), [], opt],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => siNo(c.bool), [], opt],
    ['Data iscrizione', (c) => itD(c.created), ['loyalty.joinDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM contacts (vtenext, Contatti > Esporta)
  { name: 'vtenext-contatti-esporta-it', product: 'vtenext (Italian CRM/BPM, formerly VTE CRM: Contatti > Esporta, CSV, Italian UI, an industrial-supplies distributor near Padua; contacts at customer companies)', family: 'b2b', language: 'it', schema: B, cols: [
    ['Numero Contatto', (c, o, r) => `CON${v.int(r, 1000, 29999)}`, B2BID],
    ['Titolo', (c, o, r) => v.pick(r, ['Sig.', 'Sig.ra', 'Dott.', 'Ing.', '']), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome Azienda', (c, o, r, i) => row(AZIENDE, i)[0], ['b2b.companyName', 'organizations[0]'], opt],
    ['Qualifica', (c, o, r) => v.pick(r, ['Responsabile acquisti', 'Titolare', 'Direttore tecnico', 'Amministrazione', 'Capo cantiere']), ['extendedWorkDetails.jobTitle']],
    ['Dipartimento', (c, o, r) => v.pick(r, ['Acquisti', 'Direzione', 'Ufficio tecnico', 'Amministrazione']), ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c, o, r, i) => `${slug(c.first)[0]}.${slug(c.last)}@${row(AZIENDE, i)[1]}`, ['workEmail.address']],
    ['Email secondaria', (c, o, r) => (r() < 0.2 ? c.email : ''), ['personalEmail.address'], opt],
    ['Telefono Ufficio', (c, o, r) => fisso(r), ['workPhone.number']],
    ['Cellulare', (c, o, r) => (r() < 0.7 ? cell39(r) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? fisso(r) : ''), ['faxPhone.number'], opt],
    ['Fonte Lead', (c, o, r) => v.pick(r, ['Fiera', 'Sito web', 'Passaparola', 'Chiamata a freddo', '']), ['b2b.personSource'], opt],
    ['Indirizzo (Postale)', (c) => c.street, ['workAddress.street1']],
    ['Città (Postale)', (c) => c.city, ['workAddress.city']],
    ['Provincia (Postale)', (c) => c.region, ['workAddress.stateProvince']],
    ['CAP (Postale)', (c) => c.postcode, ['workAddress.postalCode']],
    ['Nazione (Postale)', (c) => c.countryName, ['workAddress.country']],
    ['Non inviare email', (c) => (c.bool ? '0' : '1'), [], opt],
    ['Assegnato a', (c, o, r) => v.pick(r, ['admin', 'm.ferrari', 'Team Vendite Nord']), []],
    ['Descrizione', (c, o, r) => v.pick(r, ['', '', 'Referente per ordini ricorrenti', 'Incontrato a SAIE Bologna']), []],
    ['Orario creazione', (c) => ymdHMS(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Orario modifica', (c) => ymdHMS(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- shop orders (Maxpho Commerce, Ordini > Esporta CSV)
  { name: 'maxpho-ordini-csv-it', product: 'Maxpho Commerce (pannello: Ordini > elenco ordini > CSV, Italian UI, an Italian fashion boutique\'s webshop; one row per order line)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['order_id', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('purchaseID'), '_id']],
    ['data', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['status', (c, o, r) => v.pick(r, ['shipped', 'shipped', 'payment_received', 'preparing', 'pending', 'canceled']), [], opt],
    ['cliente', (c) => nm(c), []],
    ['email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['telefono', (c, o, r) => cell(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['indirizzo_fatturazione', (c) => c.street, [BILL('street1')]],
    ['cap_fatturazione', (c) => c.postcode, [BILL('postalCode')]],
    ['citta_fatturazione', (c) => c.city, [BILL('city')]],
    ['provincia_fatturazione', (c) => c.region, [BILL('stateProvince')]],
    ['indirizzo_spedizione', (c, o, r) => (r() < 0.8 ? c.street : 'Via Torino 15'), [SHIP('street1')]],
    ['cap_spedizione', (c) => c.postcode, [SHIP('postalCode')]],
    ['citta_spedizione', (c) => c.city, [SHIP('city')]],
    ['provincia_spedizione', (c) => c.region, [SHIP('stateProvince')]],
    ['nazione_spedizione', (c) => c.countryCode, [SHIP('countryCode')]],
    ['codice_prodotto', (c, o, r, i) => row(MODA, i)[0], [PL('SKU')]],
    ['prodotto', (c, o, r, i) => row(MODA, i)[1], [PL('name')]],
    ['variante', (c, o, r, i) => row(MODA, i)[2], [PL('selectedOptions[0].value')], opt],
    ['quantita', (c, o) => String(o.qty), [PL('quantity')]],
    ['prezzo', (c, o, r, i) => dot(row(MODA, i)[3]), [PL('priceTotal')], opt],
    ['sconto', (c, o) => dot(o.discount), [OR('discountAmount')]],
    ['spese_spedizione', (c, o) => dot(o.shipping ? 7.5 : 0), ['commerce.shipping.shippingAmount']],
    ['totale', (c, o, r, i) => dot(row(MODA, i)[3] * o.qty - o.discount + (o.shipping ? 7.5 : 0)), [OR('priceTotal')]],
    ['metodo_pagamento', (c, o, r) => v.pick(r, ['PayPal', 'Carta di credito', 'Scalapay', 'Bonifico']), [OR('payments[0].paymentType')], opt],
    ['tracking_code', (c, o, r) => v.pick(r, ['brt', 'gls', 'sda', 'posteitaliane']), ['commerce.shipping.shippingMethod'], opt],
    ['tracking_number', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['note', (c, o, r) => v.pick(r, ['', '', '', 'Regalo: non inserire lo scontrino']), []],
  ] },
]
