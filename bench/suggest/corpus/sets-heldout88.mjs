// Round 88, heldout88: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Italian-language (Italy and Ticino) e-commerce, CRM, e-mail/SMS
// marketing, invoicing, payments, POS, analytics and B2B exports: an open-source live-chat platform's contacts, a
// Perfex-based CRM's customer sheet, a multichannel order manager's order lines, an e-commerce platform's orders, a
// free shop builder's customers, a BNPL provider's merchant applications, a business directory's company and
// executive list, an open-source ERP's sales invoices, a marketing-automation platform's contacts, a Swiss POS's
// transaction journal in a Lugano shop, a web-statistics service's last visitors and an SMS/e-mail service's address
// book.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

// times: Rome / Lugano (CET, summer time roughly April-October)
const day = 86400000
const euOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const loc = (ms) => shift(ms, euOff(ms))
const itD = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const itT = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const itTs = (ms) => { const p = loc(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hm = (ms) => { const p = loc(ms); return `${pad(p.H)}:${pad(p.M)}` }
const hms = (ms) => { const p = loc(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const chD = (ms) => { const p = loc(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const ymdT = (ms) => { const p = loc(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const dUTC = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

// amounts: "1.234,56" (Italy), "1234,56", "1'234.50" (Switzerland), "1234.56"
const dec = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const plain = (n) => n.toFixed(2).replace('.', ',')
const chf = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d)\.)/g, "'")
const pt = (n) => n.toFixed(2)
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const mailOf = (c, dom) => `${slug(c.first)}.${slug(c.last)}@${dom}`
const FEM = new Set(['Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica'])
const fem = (c) => FEM.has(c.first)
const siNo = (b) => (b ? 'Sì' : 'No')
const ITMAIL = ['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'alice.it', 'tiscali.it']
const itMob = (r) => `3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const itFix = (r) => `0${v.pick(r, ['2', '6', '11', '51', '55', '81', '45'])} ${v.int(r, 100000, 9999999)}`
const hex = (r, k) => v.hex(r, k)
const oid = (x, salt) => { const r = v.rng(n(x) * 31 + salt); return `6${hex(r, 7)}${hex(r, 16)}` }

// an Italian person for the sets whose header language is not Italian (field-name headers): from the row's id
const IT_FIRST = ['Francesco', 'Giulia', 'Alessandro', 'Chiara', 'Lorenzo', 'Sofia', 'Matteo', 'Aurora', 'Davide', 'Elena', 'Marco', 'Federica', 'Simone', 'Martina']
const IT_LAST = ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'Costa']
const IT_PLACE = [['Milano', 'MI', '20135', 'Lombardia'], ['Roma', 'RM', '00184', 'Lazio'], ['Torino', 'TO', '10128', 'Piemonte'], ['Napoli', 'NA', '80121', 'Campania'], ['Bologna', 'BO', '40126', 'Emilia-Romagna'], ['Firenze', 'FI', '50129', 'Toscana'], ['Bergamo', 'BG', '24121', 'Lombardia'], ['Padova', 'PD', '35121', 'Veneto']]
const IT_STREET = ['Via Roma', 'Corso Italia', 'Via Garibaldi', 'Via Mazzini', 'Viale Europa', 'Via Cavour', 'Via Verdi']
const itP = (c) => { const i = (Math.imul(n(c), 2654435761) >>> 0) >>> 3; const first = IT_FIRST[i % IT_FIRST.length], last = IT_LAST[(i >> 4) % IT_LAST.length]; const pl = IT_PLACE[(i >> 8) % IT_PLACE.length]; return { first, last, full: `${first} ${last}`, city: pl[0], prov: pl[1], cap: pl[2], region: pl[3], street: `${IT_STREET[(i >> 11) % IT_STREET.length]} ${1 + (i % 140)}` } }

// Italian tax numbers
const piva = (r) => `${pad(v.int(r, 0, 9999999), 7)}${v.pick(r, ['015', '058', '001', '037', '048', '023'])}${v.int(r, 0, 9)}`
const cons = (s) => (s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)
const cfIt = (c, r) => { const p = shift(c.birth, 0); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${v.pick(r, ['F205', 'H501', 'L219', 'F839', 'A944', 'D612'])}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[v.int(r, 0, 23)]}` }

// Italian companies: [ragione sociale, forma, street, CAP, comune, provincia, regione, dominio, ATECO, descrizione ATECO]
const IT_CO = [
  ['Meccanica Brianza S.r.l.', 'S.r.l.', 'Via Milano 112', '20841', 'Carate Brianza', 'MB', 'Lombardia', 'meccanicabrianza.it', '25.62.00', 'Lavori di meccanica generale'],
  ['Officine Ferraresi S.p.A.', 'S.p.A.', 'Via Bologna 540', '44124', 'Ferrara', 'FE', 'Emilia-Romagna', 'officineferraresi.com', '28.22.09', 'Fabbricazione di altre macchine e apparecchi di sollevamento'],
  ['Logistica Adriatica S.r.l.', 'S.r.l.', 'Strada Statale 16 km 812', '70026', 'Modugno', 'BA', 'Puglia', 'logisticaadriatica.it', '52.29.22', 'Servizi logistici relativi alla distribuzione delle merci'],
  ['Tessitura Biellese S.a.s.', 'S.a.s.', 'Via Cossila 18', '13900', 'Biella', 'BI', 'Piemonte', 'tessiturabiellese.it', '13.20.00', 'Tessitura'],
  ['Alimentari Val di Non Soc. Coop.', 'Soc. Coop.', 'Via Trento 3', '38023', 'Cles', 'TN', 'Trentino-Alto Adige', 'alimentarivaldinon.it', '10.39.00', 'Lavorazione e conservazione di frutta e ortaggi'],
  ['Studio Informatico Partenopeo S.r.l.s.', 'S.r.l.s.', 'Via Toledo 256', '80134', 'Napoli', 'NA', 'Campania', 'studiopartenopeo.it', '62.01.00', 'Produzione di software non connesso all\'edizione'],
  ['Arredamenti Marchigiani S.r.l.', 'S.r.l.', 'Via Flaminia 77', '60027', 'Osimo', 'AN', 'Marche', 'arredamentimarchigiani.it', '31.09.10', 'Fabbricazione di mobili per arredo domestico'],
  ['Vetreria Muranese S.n.c.', 'S.n.c.', 'Fondamenta dei Vetrai 42', '30141', 'Venezia', 'VE', 'Veneto', 'vetreriamuranese.it', '23.19.10', 'Fabbricazione di vetrerie per laboratori'],
]
const coOf = (c) => IT_CO[n(c) % IT_CO.length]
const coIdx = (c) => n(c) % IT_CO.length
const coPiva = (c) => piva(v.rng(coIdx(c) * 101 + 7))
const CO_AREA = ['0362', '0532', '080', '015', '0463', '081', '071', '041']
const coTel = (c, k) => { const r = v.rng(coIdx(c) * 53 + k); return `${CO_AREA[coIdx(c)]} ${v.int(r, 100000, 9999999)}` }
const coMail = (c, co) => `${slug(c.first).slice(0, 1)}.${slug(c.last)}@${co[7]}`

// Ticino people and places (TCPOS)
const TI_PLACE = [['Lugano', '6900'], ['Bellinzona', '6500'], ['Locarno', '6600'], ['Mendrisio', '6850'], ['Chiasso', '6830'], ['Paradiso', '6900']]

// common per-event id lists
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const POI = ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name']
const PAYTYPE = [OR('payments[0].paymentType')]
const MAILP = ['personalEmail.address']

// catalogues
const SPORT = [['RUN-PEG40-BLK-42', '0195243123456', 'Scarpa running Pegasus 40 nera 42', 89.9], ['TS-DRY-WHT-M', '8056789012345', 'T-shirt tecnica Dry bianca M', 19.9], ['LEG-CMP-NVY-S', '8051234567890', 'Leggings compressione blu S', 34.5], ['ZN-TRAIL-15L', '8059876543210', 'Zaino trail running 15 L', 59.0], ['BOR-PAL-INT-5', '8052468013579', 'Borraccia termica 500 ml', 14.9], ['GUA-PAD-PRO', '8051357924680', 'Racchetta padel Pro Carbon', 129.0]]
const VINO = [['Amarone della Valpolicella DOCG 2018 0,75 l', 49.0], ['Soave Classico DOC 2022 0,75 l', 12.5], ['Ripasso Valpolicella Superiore DOC 2020', 19.9], ['Olio extravergine del Garda DOP 0,5 l', 16.8], ['Confezione regalo Veronese 3 bottiglie', 64.0], ['Recioto della Valpolicella DOCG 0,5 l', 32.0]]
const TI_MENU = [['1001', 'Caffè espresso', 'Caffetteria', 2.8], ['1004', 'Cappuccino', 'Caffetteria', 4.2], ['2010', 'Cornetto alla crema', 'Pasticceria', 2.5], ['3021', 'Panino con prosciutto crudo', 'Spuntini', 8.5], ['4005', 'Merlot del Ticino DOC calice', 'Vini', 7.5], ['5012', 'Birra Bad Attitude 33 cl', 'Birre', 6.8], ['6030', 'Piatto del giorno', 'Cucina', 19.5], ['7001', 'Gazosa Ticinese', 'Bibite', 4.5]]

// Histats visitor places: [paese, regione, città]
const HGEO = [['Italia', 'Lombardia', 'Milano'], ['Italia', 'Lazio', 'Roma'], ['Italia', 'Campania', 'Napoli'], ['Italia', 'Sicilia', 'Palermo'], ['Italia', 'Veneto', 'Verona'], ['Italia', 'Piemonte', 'Torino'], ['Italia', 'Puglia', 'Bari'], ['Svizzera', 'Ticino', 'Lugano'], ['Italia', 'Emilia-Romagna', 'Bologna'], ['Germania', 'Baviera', 'Monaco di Baviera']]

export const SETS = [
  // ---------------------------------------------------------------- Tiledesk: contacts (lead) CSV (field-name header)
  { name: 'tiledesk-contatti-csv', product: 'Tiledesk (Italian open-source live chat and chatbot platform, Salerno: Contatti > Esporta CSV, the semicolon CSV written from the lead records, field names as header; an Italian online furniture shop\'s chat visitors)', family: 'support', language: 'en', schema: P, cols: [
    ['_id', (c) => oid(c, 1), ID],
    ['status', () => '100', []],
    ['tags', (c, o, r) => v.pick(r, ['', '', '', 'preventivo', 'reso,assistenza', 'b2b']), []],
    ['lead_id', (c, o, r) => (r() < 0.7 ? v.uuid(r) : `${oid(c, 7)}`), ['personID', '_id'], opt],
    ['fullname', (c, o, r) => (r() < 0.15 ? `guest#${v.hex(r, 4)}` : itP(c).full), ['person.name.fullName']],
    ['email', (c, o, r) => (r() < 0.8 ? mailOf(itP(c), v.pick(r, ITMAIL)) : ''), MAILP],
    ['id_project', () => '62b1c0f4e7a9a40035d1f2c8', []],
    ['createdBy', (c, o, r) => `system`, []],
    ['createdAt', (c) => isoZ(c.created), [], opt],
    ['updatedAt', (c) => isoZ(c.created + (n(c) % 40) * day), []],
    ['phone', (c, o, r) => (r() < 0.45 ? `+39 ${itMob(r)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['company', (c, o, r) => (r() < 0.2 ? coOf(c)[0] : ''), ['organizations[0]']],
    ['note', (c, o, r) => v.pick(r, ['', '', '', 'Chiede tempi di consegna divano', 'Richiamare per preventivo cucina']), []],
    ['streetAddress', (c, o, r) => (n(c) % 3 === 0 ? itP(c).street : ''), at(HOME, 'street1')],
    ['city', (c, o, r) => (n(c) % 3 < 2 ? itP(c).city : ''), at(HOME, 'city')],
    ['region', (c) => (n(c) % 3 < 2 ? itP(c).region : ''), [...at(HOME, 'region'), ...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['zipcode', (c) => (n(c) % 3 === 0 ? itP(c).cap : ''), at(HOME, 'postalCode')],
    ['country', (c) => (n(c) % 3 < 2 ? 'Italia' : ''), at(HOME, 'country')],
  ] },

  // ---------------------------------------------------------------- FlashCRM (Perfex-based): customers with primary contact
  { name: 'flashcrm-clienti-csv', product: 'FlashCRM (Italian CRM built on Perfex CRM: Clienti, the customer CSV layout of its import sample and export, field names as header, Italian UI; a Milan IT consultancy\'s client companies with their primary contacts)', family: 'crm', language: 'en', schema: B, cols: [
    ['firstname', (c) => itP(c).first, ['person.name.firstName']],
    ['lastname', (c) => itP(c).last, ['person.name.lastName']],
    ['email', (c) => coMail(itP(c), coOf(c)), ['workEmail.address']],
    ['contact_phonenumber', (c, o, r) => `+39 ${itMob(r)}`, ['mobilePhone.number', 'workPhone.number']],
    ['position', (c, o, r) => v.pick(r, ['Amministratore Delegato', 'Responsabile IT', 'Responsabile Acquisti', 'Direttore Amministrativo', 'Office Manager']), ['extendedWorkDetails.jobTitle']],
    ['company', (c) => coOf(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['vat', (c) => `IT${coPiva(c)}`, [], opt],
    ['phonenumber', (c) => `+39 ${coTel(c, 0)}`, ['workPhone.number']],
    ['country', () => 'Italy', ['workAddress.country']],
    ['city', (c) => coOf(c)[4], ['workAddress.city']],
    ['zip', (c) => coOf(c)[3], ['workAddress.postalCode']],
    ['state', (c) => coOf(c)[5], ['workAddress.stateProvince', 'workAddress.state']],
    ['address', (c) => coOf(c)[2], ['workAddress.street1']],
    ['website', (c) => `https://www.${coOf(c)[7]}`, ['b2b.companyWebsite']],
    ['billing_street', (c) => coOf(c)[2], [], opt],
    ['billing_city', (c) => coOf(c)[4], [], opt],
    ['billing_state', (c) => coOf(c)[5], [], opt],
    ['billing_zip', (c) => coOf(c)[3], [], opt],
    ['billing_country', () => 'Italy', [], opt],
    ['shipping_street', (c, o, r) => (r() < 0.5 ? coOf(c)[2] : ''), []],
    ['shipping_city', (c, o, r) => (r() < 0.5 ? coOf(c)[4] : ''), []],
    ['shipping_state', (c, o, r) => (r() < 0.5 ? coOf(c)[5] : ''), []],
    ['shipping_zip', (c, o, r) => (r() < 0.5 ? coOf(c)[3] : ''), []],
    ['shipping_country', (c, o, r) => (r() < 0.5 ? 'Italy' : ''), []],
    ['longitude', (c, o, r) => (r() < 0.3 ? (9 + r() * 6).toFixed(6) : ''), []],
    ['latitude', (c, o, r) => (r() < 0.3 ? (40 + r() * 6).toFixed(6) : ''), []],
    ['groups', (c, o, r) => v.pick(r, ['PMI', 'PMI,Manifatturiero', 'Grande Azienda', 'VIP,Servizi', '']), []],
    ['default_language', () => 'italian', []],
    ['default_currency', () => 'EUR', []],
  ] },

  // ---------------------------------------------------------------- eDock by MarketRock: multichannel order lines
  { name: 'marketrock-edock-ordini-it', product: 'eDock by MarketRock (Italian multichannel order and shipping manager: Ordini > Esporta ordini, Excel from Registro attività, Italian UI, one row per order line; a Bari sportswear seller on marketplaces and its own web shop)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Canale', (c, o) => ['Amazon IT', 'Amazon IT', 'eBay', 'Shopify', 'ManoMano', 'Zalando'][n(o) % 6], [], opt],
    ['ID ordine canale', (c, o) => (n(o) % 6 < 2 ? `40${v.int(v.rng(n(o)), 2, 8)}-${pad(n(o) * 97 % 10000000, 7)}-${pad(n(o) * 7 % 10000000, 7)}` : `${n(o) % 6 === 2 ? '12-' : '#'}${10000 + (n(o) % 90000)}`), [OR('purchaseID')]],
    ['N. ordine', (c, o) => String(200000 + n(o)), ['_id', OR('purchaseID')], opt],
    ['Data ordine', (c, o) => itTs(o.at), ['timestamp', OR('createdDate')]],
    ['Stato', (c, o, r) => v.pick(r, ['Da evadere', 'Spedito', 'Spedito', 'Consegnato', 'Annullato']), [], opt],
    ['Cliente', (c) => `${c.first} ${c.last}`, []],
    ['Email', (c, o) => (n(o) % 6 < 2 ? `${v.alnum(v.rng(n(o)), 14).toLowerCase()}@marketplace.amazon.it` : mailOf(c, 'gmail.com')), EMAIL_ID, opt],
    ['Telefono', (c, o, r) => (r() < 0.7 ? `+39 ${itMob(r)}` : ''), PHONE_ID, opt],
    ['Indirizzo spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['SKU', (c, o) => SPORT[n(o) % SPORT.length][0], [PL('SKU')]],
    ['EAN', (c, o) => SPORT[n(o) % SPORT.length][1], [PL('product'), PL('SKU')], opt],
    ['Descrizione articolo', (c, o) => SPORT[n(o) % SPORT.length][2], [PL('name')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o) => plain(SPORT[n(o) % SPORT.length][3]), []],
    ['Totale riga', (c, o) => plain(SPORT[n(o) % SPORT.length][3] * o.qty), [PL('priceTotal')]],
    ['Spese di spedizione', (c, o) => plain(o.shipping ? 5.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Totale ordine', (c, o) => plain(SPORT[n(o) % SPORT.length][3] * o.qty + (o.shipping ? 5.9 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Metodo di pagamento', (c, o) => (n(o) % 6 < 2 ? 'Amazon Pay' : ['PayPal', 'Carta di credito', 'Contrassegno', 'Bonifico'][n(o) % 4]), PAYTYPE, opt],
    ['Corriere', (c, o, r) => v.pick(r, ['BRT', 'GLS', 'SDA', 'Poste Delivery Business', 'UPS']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o, r) => (r() < 0.75 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Data spedizione', (c, o, r) => (r() < 0.75 ? itD(o.at + (1 + (n(o) % 3)) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Consegna al portiere', 'Fattura richiesta']), []],
  ] },

  // ---------------------------------------------------------------- Websell: orders
  { name: 'websell-ordini-it', product: 'Websell (Italian e-commerce platform: pannello di controllo Ordini > Esporta ordini, CSV, Italian UI, one row per order; a Verona wine and food shop)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Numero ordine', (c, o) => String(10000 + (n(o) % 9000)), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => itD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Ora', (c, o) => hm(o.at), [], opt],
    ['Stato ordine', (c, o, r) => v.pick(r, ['In lavorazione', 'Spedito', 'Spedito', 'Completato', 'Annullato']), [], opt],
    ['Stato pagamento', (c, o, r) => v.pick(r, ['Pagato', 'Pagato', 'Pagato', 'In attesa', 'Rimborsato']), [], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ITMAIL)), EMAIL_ID, opt],
    ['Telefono', (c, o, r) => itMob(r), PHONE_ID, opt],
    ['Ragione sociale', (c, o) => (n(o) % 5 === 0 ? coOf(o)[0] : ''), []],
    ['Partita IVA', (c, o, r) => (n(o) % 5 === 0 ? piva(r) : ''), []],
    ['Codice fiscale', (c, o, r) => (n(o) % 5 === 0 ? '' : cfIt(c, r)), []],
    ['Indirizzo fatturazione', (c) => c.street, [BILL('street1')]],
    ['CAP fatturazione', (c) => c.postcode, [BILL('postalCode')]],
    ['Città fatturazione', (c) => c.city, [BILL('city')]],
    ['Provincia fatturazione', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Nazione fatturazione', () => 'Italia', [BILL('country')]],
    ['Indirizzo spedizione', (c, o) => (n(o) % 4 === 0 ? coOf(o)[2] : c.street), [SHIP('street1')]],
    ['CAP spedizione', (c, o) => (n(o) % 4 === 0 ? coOf(o)[3] : c.postcode), [SHIP('postalCode')]],
    ['Città spedizione', (c, o) => (n(o) % 4 === 0 ? coOf(o)[4] : c.city), [SHIP('city')]],
    ['Provincia spedizione', (c, o) => (n(o) % 4 === 0 ? coOf(o)[5] : c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione spedizione', () => 'Italia', [SHIP('country')]],
    ['Metodo di pagamento', (c, o, r) => v.pick(r, ['Carta di credito', 'PayPal', 'Bonifico bancario', 'Contrassegno', 'Satispay']), PAYTYPE, opt],
    ['Metodo di spedizione', (c, o, r) => v.pick(r, ['Corriere espresso BRT', 'Corriere espresso BRT', 'Ritiro in cantina', 'Consegna refrigerata']), ['commerce.shipping.shippingMethod']],
    ['Subtotale', (c, o) => dec(VINO[n(o) % VINO.length][1] * (o.qty + 1)), [], opt],
    ['Sconto', (c, o) => dec(o.discount), [OR('discountAmount')]],
    ['Codice coupon', (c, o) => (o.discount ? 'BENVENUTO5' : ''), ['commerce.promotionID'], opt],
    ['Spese di spedizione', (c, o) => dec(o.shipping ? 9.9 : 0), ['commerce.shipping.shippingAmount']],
    ['IVA', (c, o) => dec((VINO[n(o) % VINO.length][1] * (o.qty + 1) - o.discount + (o.shipping ? 9.9 : 0)) * 22 / 122), [OR('taxAmount')]],
    ['Totale', (c, o) => dec(VINO[n(o) % VINO.length][1] * (o.qty + 1) - o.discount + (o.shipping ? 9.9 : 0)), [OR('priceTotal')]],
    ['Note cliente', (c, o, r) => v.pick(r, ['', '', '', 'Regalo: non inserire prezzi', 'Consegnare dopo le 14']), []],
    ['Richiesta fattura', (c, o) => siNo(n(o) % 5 === 0), []],
  ] },

  // ---------------------------------------------------------------- Shopyfree: customers
  { name: 'shopyfree-clienti-it', product: 'Shopyfree (Italian free e-commerce builder: pannello Clienti > Esporta clienti, CSV, Italian UI; a Sardinian handicraft shop\'s registered customers)', family: 'ecommerce-customers', language: 'it', schema: P, cols: [
    ['ID', (c) => String(1000 + (n(c) % 9000)), ID],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ITMAIL)), MAILP],
    ['Telefono', (c, o, r) => (r() < 0.3 ? itFix(r) : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => itMob(r), ['mobilePhone.number']],
    ['Data di nascita', (c, o, r) => (r() < 0.5 ? dUTC(c.birth) : ''), ['person.birthDate'], opt],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Codice fiscale', (c, o, r) => (r() < 0.4 ? cfIt(c, r) : ''), ['person.taxId']],
    ['Azienda', (c, o, r) => (r() < 0.15 ? coOf(c)[0] : ''), ['organizations[0]']],
    ['Partita IVA', (c, o, r) => (r() < 0.15 ? piva(r) : ''), [], opt],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nazione', () => 'Italia', at(HOME, 'country')],
    ['Newsletter', (c) => siNo(c.bool), [], opt],
    ['Gruppo clienti', (c, o, r) => v.pick(r, ['Clienti', 'Clienti', 'Rivenditori', 'VIP']), []],
    ['Data registrazione', (c) => itT(c.created), [], opt],
    ['Ultimo accesso', (c) => itT(c.created + (n(c) % 300) * day), []],
    ['N. ordini', (c) => String(n(c) % 9), []],
    ['Totale speso', (c) => dec((n(c) % 9) * 37.5), ['loyalty.lifetimePurchases'], opt],
    ['Attivo', (c, o, r) => siNo(r() < 0.9), []],
  ] },

  // ---------------------------------------------------------------- PagoDIL by Cofidis: merchant applications (pratiche)
  { name: 'pagodil-pratiche-it', product: 'PagoDIL (Cofidis\'s Italian pay-in-instalments service for merchants: Area Convenzionato > Pratiche > Esporta Excel, Italian UI; an optician chain in Lombardy selling in store and online)', family: 'payments', language: 'it', schema: E, cols: [
    ['Codice pratica', (c, o) => `PD${pad(n(o) * 7919 % 100000000, 8)}`, ['commerce.order.payments[0].transactionID', '_id']],
    ['Data richiesta', (c, o) => itT(o.at), ['timestamp']],
    ['Data approvazione', (c, o, r) => (r() < 0.85 ? itT(o.at + v.int(r, 2, 30) * 60000) : ''), [], opt],
    ['Stato pratica', (c, o, r) => v.pick(r, ['Approvata', 'Approvata', 'Liquidata', 'Liquidata', 'Rifiutata', 'Annullata']), [], opt],
    ['Punto vendita', (c, o) => ['Ottica Brera - Milano', 'Ottica Brera - Monza', 'Ottica Brera - Bergamo', 'E-commerce'][n(o) % 4], POI, opt],
    ['Canale', (c, o) => (n(o) % 4 === 3 ? 'Online' : 'Negozio'), [], opt],
    ['Riferimento ordine', (c, o) => (n(o) % 4 === 3 ? `WEB-${30000 + (n(o) % 9000)}` : `SC${pad(n(o) % 100000, 5)}`), [OR('purchaseID')]],
    ['Cognome', (c) => c.last, []],
    ['Nome', (c) => c.first, []],
    ['Codice fiscale', (c, o, r) => cfIt(c, r), []],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ITMAIL)), EMAIL_ID, opt],
    ['Cellulare', (c, o, r) => `+39${itMob(r).replace(/ /g, '')}`, PHONE_ID, opt],
    ['Importo finanziato', (c, o) => dec(120 + (n(o) % 40) * 22.5), [OR('priceTotal'), 'commerce.order.payments[0].paymentAmount']],
    ['Valuta', () => 'EUR', [OR('currencyCode'), 'commerce.order.payments[0].currencyCode']],
    ['Numero rate', (c, o) => String([3, 3, 4, 6, 10, 12][n(o) % 6]), []],
    ['Importo rata', (c, o) => dec((120 + (n(o) % 40) * 22.5) / [3, 3, 4, 6, 10, 12][n(o) % 6]), []],
    ['Commissione esercente', (c, o) => dec((120 + (n(o) % 40) * 22.5) * 0.045), []],
    ['Importo liquidato', (c, o) => dec((120 + (n(o) % 40) * 22.5) * 0.955), [], opt],
    ['Data liquidazione', (c, o, r) => (r() < 0.6 ? itD(o.at + 3 * day) : ''), []],
    ['Strumento di pagamento', (c, o, r) => v.pick(r, ['Carta di debito', 'Carta di credito', 'Carta prepagata']), PAYTYPE, opt],
    ['Circuito', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Maestro', 'V Pay']), [], opt],
    ['Ultime 4 cifre', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Rate pagate', (c, o) => `${n(o) % 3}/${[3, 3, 4, 6, 10, 12][n(o) % 6]}`, []],
    ['Operatore', (c, o, r) => v.pick(r, ['g.ferri', 'm.colombo', 'a.riva', 'web']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Occhiali progressivi + lenti a contatto', 'Cliente richiede fattura']), []],
  ] },

  // ---------------------------------------------------------------- Guida Monaci: companies and executives
  { name: 'guida-monaci-aziende-esponenti-it', product: 'Guida Monaci (Italian business directory and company database: ricerca aziende > Esporta in Excel with esponenti, Italian UI; a Rome software house\'s prospect list of manufacturers and logistics firms, one row per executive)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Codice azienda', (c) => `GM${pad(n(c) * 37 % 10000000, 7)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Ragione sociale', (c) => coOf(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Forma giuridica', (c) => coOf(c)[1], []],
    ['Partita IVA', (c) => coPiva(c), [], opt],
    ['Codice fiscale', (c) => coPiva(c), []],
    ['Indirizzo', (c) => coOf(c)[2], ['workAddress.street1']],
    ['CAP', (c) => coOf(c)[3], ['workAddress.postalCode']],
    ['Comune', (c) => coOf(c)[4], ['workAddress.city']],
    ['Provincia', (c) => coOf(c)[5], ['workAddress.stateProvince', 'workAddress.state']],
    ['Regione', (c) => coOf(c)[6], ['workAddress.region'], opt],
    ['Telefono', (c) => coTel(c, 0), ['workPhone.number']],
    ['Fax', (c) => (n(c) % IT_CO.length % 3 === 0 ? '' : coTel(c, 1)), ['faxPhone.number']],
    ['Sito web', (c) => `www.${coOf(c)[7]}`, ['b2b.companyWebsite']],
    ['Email', (c) => `info@${coOf(c)[7]}`, ['workEmail.address'], opt],
    ['PEC', (c) => `${slug(coOf(c)[0]).slice(0, 16)}@legalmail.it`, []],
    ['Codice ATECO', (c) => coOf(c)[8], []],
    ['Descrizione ATECO', (c) => coOf(c)[9], []],
    ['Fatturato (€)', (c) => dec(800000 + (n(c) % 50) * 412000), []],
    ['Dipendenti', (c) => String(8 + (n(c) % 240)), []],
    ['Anno di fondazione', (c) => String(1950 + (n(c) % 70)), []],
    ['Titolo', (c, o, r) => v.pick(r, ['Dott.', 'Ing.', 'Sig.', 'Rag.', fem(c) ? 'Dott.ssa' : 'Dott.']), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Carica', (c, o, r) => v.pick(r, ['Amministratore Delegato', 'Presidente del CdA', 'Amministratore Unico', 'Consigliere', 'Socio']), ['extendedWorkDetails.jobTitle']],
    ['Funzione', (c, o, r) => v.pick(r, ['Direzione Generale', 'Amministrazione e Finanza', 'Acquisti', 'Sistemi Informativi', 'Produzione']), ['extendedWorkDetails.departments[0]'], opt],
    ['Email esponente', (c, o, r) => (r() < 0.5 ? coMail(c, coOf(c)) : ''), ['workEmail.address']],
  ] },

  // ---------------------------------------------------------------- Gestionale Open: sales invoices
  { name: 'gestionale-open-fatture-vendita-it', product: 'Gestionale Open (Italian open-source ERP and invoicing software: Vendite > Fatture > elenco, Esporta in Excel, Italian UI; a Treviso wholesaler of plumbing and heating supplies invoicing installers and firms)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo documento', (c, o) => (n(o) % 10 === 0 ? 'Nota di credito' : n(o) % 3 === 0 ? 'Fattura accompagnatoria' : 'Fattura immediata'), [], opt],
    ['Serie', (c, o) => (n(o) % 2 ? 'A' : ''), []],
    ['Numero', (c, o) => String(1 + (n(o) % 900)), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => itD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Codice cliente', (c) => `C${pad(n(c) % 10000, 5)}`, CUST_ID, opt],
    ['Ragione sociale', (c, o) => coOf(o)[0], []],
    ['Partita IVA', (c, o) => coPiva(o), []],
    ['Codice fiscale', (c, o) => coPiva(o), []],
    ['Indirizzo', (c, o) => coOf(o)[2], [BILL('street1')]],
    ['CAP', (c, o) => coOf(o)[3], [BILL('postalCode')]],
    ['Località', (c, o) => coOf(o)[4], [BILL('city')]],
    ['Provincia', (c, o) => coOf(o)[5], [BILL('stateProvince'), BILL('state')]],
    ['Nazione', () => 'IT', [BILL('countryCode')]],
    ['Pagamento', (c, o, r) => v.pick(r, ['RIBA 30 GG DF FM', 'RIBA 60 GG DF FM', 'BONIFICO 30 GG DF', 'RIMESSA DIRETTA']), PAYTYPE, opt],
    ['Banca d\'appoggio', (c, o, r) => v.pick(r, ['Banca Intesa Sanpaolo - Treviso', 'UniCredit - Castelfranco Veneto', 'Banca Prealpi SanBiagio']), []],
    ['Agente', (c, o, r) => v.pick(r, ['Zanetti Paolo', 'Bortolin Marco', '']), []],
    ['Imponibile', (c, o) => dec(o.subtotal * 12), [], opt],
    ['IVA', (c, o) => dec(o.subtotal * 12 * 0.22), [OR('taxAmount')]],
    ['Totale documento', (c, o) => dec(o.subtotal * 12 * 1.22 + (n(o) % 3 === 0 ? 15 : 0)), [OR('priceTotal')]],
    ['Spese trasporto', (c, o) => dec(n(o) % 3 === 0 ? 15 : 0), ['commerce.shipping.shippingAmount'], opt],
    ['Spese incasso', (c, o) => dec(n(o) % 2 ? 2.5 : 0), []],
    ['Scadenza', (c, o) => itD(o.at + 60 * day), []],
    ['Pagata', (c, o, r) => (r() < 0.6 ? 'S' : 'N'), []],
    ['Stato SdI', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Inviata', 'Scartata', 'Da inviare']), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Rif. vs. ordine n. 44 del cantiere Via Roma', 'DDT n. 812']), []],
  ] },

  // ---------------------------------------------------------------- Blendee: marketing-automation contacts
  { name: 'blendee-contatti-it', product: 'Blendee (Italian marketing-automation and customer-data platform: Contatti > Esporta CSV, Italian UI; an Italian cosmetics e-shop\'s newsletter and customer contacts)', family: 'marketing', language: 'it', schema: P, cols: [
    ['ID contatto', (c, o, r) => v.uuid(r), ID],
    ['Email', (c, o, r) => mailOf(c, v.pick(r, ITMAIL)), MAILP],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (fem(c) ? 'Donna' : 'Uomo'), ['person.gender']],
    ['Data di nascita', (c, o, r) => (r() < 0.6 ? dUTC(c.birth) : ''), ['person.birthDate'], opt],
    ['Cellulare', (c, o, r) => (r() < 0.6 ? `+39${itMob(r).replace(/ /g, '')}` : ''), ['mobilePhone.number']],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Paese', () => 'IT', at(HOME, 'countryCode')],
    ['Lingua', () => 'it', []],
    ['Consenso newsletter', (c) => siNo(c.bool), [], opt],
    ['Data consenso', (c) => (c.bool ? itTs(c.created) : ''), []],
    ['Consenso profilazione', (c, o, r) => siNo(c.bool && r() < 0.7), [], opt],
    ['Fonte', (c, o, r) => v.pick(r, ['Popup iscrizione', 'Checkout e-commerce', 'Concorso Instagram', 'Import CRM']), []],
    ['Data creazione', (c) => itTs(c.created), [], opt],
    ['Ultima visita', (c) => itTs(c.created + (n(c) % 200) * day), []],
    ['Ultimo acquisto', (c, o, r) => (r() < 0.6 ? itD(c.created + (n(c) % 150) * day) : ''), []],
    ['Numero acquisti', (c) => String(n(c) % 12), []],
    ['Valore acquisti', (c) => dec((n(c) % 12) * 42.3), ['loyalty.lifetimePurchases'], opt],
    ['Segmenti', (c, o, r) => v.pick(r, ['Clienti fedeli', 'Nuovi iscritti', 'Carrello abbandonato;Skincare', 'Inattivi 90 gg', '']), []],
    ['Email aperte', (c) => String(n(c) % 60), []],
    ['Email cliccate', (c) => String(n(c) % 14), []],
    ['Disiscritto', (c) => siNo(!c.bool && n(c) % 3 === 0), [], opt],
    ['ID cliente e-commerce', (c, o, r) => (r() < 0.6 ? String(40000 + (n(c) % 9000)) : ''), ['personID'], opt],
  ] },

  // ---------------------------------------------------------------- TCPOS: transaction journal, Lugano (CHF)
  { name: 'tcpos-giornale-transazioni-ti', product: 'TCPOS (Swiss POS for hospitality and retail: WebReporting > Giornale transazioni > Esporta in Excel, Italian UI; a Lugano café-bakery with two shops, CHF, one row per article line)', family: 'pos', language: 'it', schema: E, cols: [
    ['Negozio', (c, o) => ['Lugano Centro', 'Lugano Centro', 'Paradiso Lago'][n(o) % 3], POI, opt],
    ['Cassa', (c, o) => `Cassa ${1 + (n(o) % 3)}`, []],
    ['Data', (c, o) => chD(o.at), ['timestamp'], opt],
    ['Ora', (c, o) => hms(o.at), [], opt],
    ['N. transazione', (c, o) => String(500000 + n(o)), [OR('purchaseID'), '_id']],
    ['Operatore', (c, o, r) => v.pick(r, ['Bernasconi L.', 'Pedrazzini S.', 'Rossi M.', 'Galli A.']), []],
    ['Tavolo', (c, o) => (n(o) % 3 === 0 ? '' : String(1 + (n(o) % 18))), []],
    ['Codice articolo', (c, o) => TI_MENU[n(o) % TI_MENU.length][0], [PL('SKU')]],
    ['Articolo', (c, o) => TI_MENU[n(o) % TI_MENU.length][1], [PL('name')]],
    ['Gruppo articoli', (c, o) => TI_MENU[n(o) % TI_MENU.length][2], [PL('productCategories[0].categoryName')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo', (c, o) => chf(TI_MENU[n(o) % TI_MENU.length][3]), []],
    ['Sconto', (c, o) => chf(o.discount ? TI_MENU[n(o) % TI_MENU.length][3] * o.qty * 0.1 : 0), [PL('discountAmount')], opt],
    ['Importo', (c, o) => chf(TI_MENU[n(o) % TI_MENU.length][3] * o.qty * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['Aliquota IVA', (c, o) => (n(o) % 3 === 0 ? '2.6%' : '8.1%'), []],
    ['IVA', (c, o) => chf(TI_MENU[n(o) % TI_MENU.length][3] * o.qty * (o.discount ? 0.9 : 1) * (n(o) % 3 === 0 ? 0.026 / 1.026 : 0.081 / 1.081)), [], opt],
    ['Totale transazione', (c, o) => chf(TI_MENU[n(o) % TI_MENU.length][3] * o.qty * (o.discount ? 0.9 : 1) + (n(o) % 5) * 4.2), [OR('priceTotal')]],
    ['Valuta', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Modalità di pagamento', (c, o, r) => v.pick(r, ['Contanti', 'Contanti', 'TWINT', 'Carta di debito', 'Carta di credito', 'Postcard']), PAYTYPE, opt],
    ['Carta cliente', (c, o, r) => (r() < 0.3 ? `7${pad(n(c) % 1000000, 6)}` : ''), CUST_ID, opt],
    ['Cliente', (c, o, r) => (r() < 0.3 ? `${c.last} ${c.first}` : ''), []],
    ['Annullata', (c, o, r) => (r() < 0.05 ? 'Sì' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- Histats: last visitors
  { name: 'histats-ultimi-visitatori-it', product: 'Histats (free web-statistics service: Statistiche > Ultimi visitatori > Esporta CSV, Italian UI; an Italian recipe blog)', family: 'analytics', language: 'it', schema: E, cols: [
    ['Data/Ora', (c, o) => ymdT(o.at), ['timestamp']],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Paese', (c, o) => HGEO[n(o) % HGEO.length][0], [GEO('countryCode')], opt],
    ['Regione', (c, o) => HGEO[n(o) % HGEO.length][1], [GEO('stateProvince')], opt],
    ['Città', (c, o) => HGEO[n(o) % HGEO.length][2], [GEO('city')]],
    ['Provider', (c, o, r) => v.pick(r, ['Telecom Italia', 'Vodafone Italia', 'Wind Tre', 'Fastweb', 'Iliad Italia']), ['environment.ISP']],
    ['Sistema operativo', (c, o, r) => v.pick(r, ['Android 14', 'iOS 17.4', 'Windows 10', 'Windows 11', 'Mac OS X']), ['environment.operatingSystem']],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 124', 'Safari 17', 'Samsung Internet 24', 'Firefox 125', 'Edge 124']), ['environment.browserDetails.name']],
    ['Risoluzione', (c, o, r) => v.pick(r, ['1920x1080', '390x844', '412x915', '1366x768', '1536x864']), [], opt],
    ['Lingua', (c, o, r) => v.pick(r, ['it-IT', 'it-IT', 'it', 'de-CH', 'en-US']), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.it/', 'https://www.google.com/', '', 'https://www.facebook.com/', 'https://www.pinterest.it/']), ['web.webReferrer.URL']],
    ['Parola chiave', (c, o, r) => v.pick(r, ['', '', 'tiramisù ricetta originale', 'lasagne alla bolognese', 'torta di mele soffice']), []],
    ['Pagina di ingresso', (c, o, r) => v.pick(r, ['https://www.example-ricette.it/', 'https://www.example-ricette.it/tiramisu-classico', 'https://www.example-ricette.it/lasagne-bolognese', 'https://www.example-ricette.it/dolci/torta-di-mele']), ['web.webPageDetails.URL'], opt],
    ['Ultima pagina', (c, o, r) => v.pick(r, ['https://www.example-ricette.it/dolci/', 'https://www.example-ricette.it/tiramisu-classico', 'https://www.example-ricette.it/primi-piatti/']), ['web.webPageDetails.URL'], opt],
    ['Pagine viste', (c, o) => String(1 + (n(o) % 9)), ['web.webPageDetails.pageViews.value'], opt],
    ['Durata visita', (c, o) => dur(10 + (n(o) * 13) % 900), [], opt],
    ['Visite', (c, o) => String(1 + (n(o) % 30)), []],
    ['Nuovo visitatore', (c, o) => siNo(n(o) % 30 === 0), []],
  ] },

  // ---------------------------------------------------------------- Mobyt: SMS / e-mail address book
  { name: 'mobyt-rubrica-contatti-it', product: 'Mobyt (Italian SMS and e-mail marketing service: Rubrica > Contatti > Esporta, CSV, Italian UI; a Ferrara chain of hair salons sending appointment reminders and promotions)', family: 'email', language: 'it', schema: P, cols: [
    ['Cellulare', (c, o, r) => `39${itMob(r).replace(/ /g, '')}`, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.7 ? mailOf(c, v.pick(r, ITMAIL)) : ''), MAILP],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c, o, r) => (r() < 0.5 ? dUTC(c.birth) : ''), ['person.birthDate'], opt],
    ['Indirizzo', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CAP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Fax', () => '', ['faxPhone.number']],
    ['Azienda', (c, o, r) => (r() < 0.1 ? coOf(c)[0] : ''), ['organizations[0]']],
    ['Gruppi', (c, o, r) => v.pick(r, ['Clienti Ferrara Centro', 'Clienti Ferrara Centro;Promo estate', 'Clienti Cento', 'Clienti Comacchio']), []],
    ['Campo 1', (c, o, r) => v.pick(r, ['Colore', 'Taglio', 'Piega', 'Trattamento cheratina']), []],
    ['Campo 2', (c, o, r) => v.pick(r, ['Sara', 'Giada', 'Luca', '']), []],
    ['Data inserimento', (c) => itTs(c.created), [], opt],
    ['Stato SMS', (c, o, r) => (r() < 0.92 ? 'Iscritto' : 'Disiscritto'), [], opt],
    ['Stato email', (c, o, r) => v.pick(r, ['Attivo', 'Attivo', 'Attivo', 'Disiscritto', 'Bounce']), ['personalEmail.status'], opt],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Fonte', (c, o, r) => v.pick(r, ['Import Excel', 'Modulo web', 'Inserimento manuale']), []],
  ] },
]
