// Round 65, heldout156: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (France, Belgium, Switzerland, Québec), Italian and Spanish
// (Spain) exports, headers in the product's UI language: a French e-commerce marketing-automation tool's customers
// (ShopiMind), a Belgian ticketing platform's tickets (EventSquare), a Swiss business-address database's company
// contacts (Teledata), a Québec group-buying marketplace's vouchers (Tuango), an Italian multichannel e-commerce hub's
// order lines (Bindcommerce), an Italian ticketing platform's participants (Oooh.events), an Italian medical booking
// platform's patients (TuoTempo), an Italian invoicing package's customers (Gestionale Amica), a Spanish restaurant
// POS's ticket lines (Qamarero), a Spanish customer-service platform's tickets (Inbenta), a Spanish company-registry
// browser's officers (LibreBORME) and a Spanish gym software's members (Trainingym) (fr 4, it 4, es 4; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, dec, thou, hash, local } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Paris, Brussels, Zurich, Rome and Madrid +1 (+2 in summer); Québec -5 (-4 in summer)
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = v.shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
const euT = (p) => `${dmy(p, '/')} ${hms(p)}`
const euM = (p) => `${dmy(p, '/')} ${hm(p)}`
const isoT = (p) => `${ymd(p)} ${hms(p)}`
const WE = ['workEmail.address', 'personalEmail.address']
const eur = (x) => dec(x, ',')
const chf = (x) => dec(x, '.')
const cad = (x) => `${dec(x, ',')} $`
const sino = (b) => (b ? 'Sí' : 'No')
const sino2 = (b) => (b ? 'Si' : 'No')
const ouinon = (b) => (b ? 'Oui' : 'Non')

// ---------------------------------------------------------------- local people, seeded by the row's person
// the generated person's first name decides the civility and sex columns (Camille and Andrea read as women in French, men in Italian)
const FEM = new Set(['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'])
const fem = (c) => FEM.has(c.first)
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x6a09e667); r(); r(); return r }
const LOC = {
  // Belgium (Wallonia, Brussels): [commune, code postal, rue]
  be: { first: ['Maxime', 'Julie', 'Thomas', 'Amandine', 'Nicolas', 'Laura', 'Antoine', 'Charlotte', 'Quentin', 'Céline', 'Romain', 'Aurélie'], last: ['Dubois', 'Lambert', 'Dupont', 'Renard', 'Simon', 'Lejeune', 'Collard', 'Hermans', 'Goffin', 'Leclercq', 'Mathieu', 'Jacobs'],
    places: [['Liège', '4000', 'Rue Saint-Gilles'], ['Namur', '5000', 'Rue de Fer'], ['Charleroi', '6000', 'Boulevard Tirou'], ['Mons', '7000', 'Rue de Nimy'], ['Ixelles', '1050', 'Chaussée de Boondael'], ['Wavre', '1300', 'Rue du Commerce'], ['Louvain-la-Neuve', '1348', 'Rue des Wallons'], ['Tournai', '7500', 'Rue Royale']],
    mail: ['gmail.com', 'hotmail.com', 'skynet.be', 'outlook.be', 'proximus.be', 'live.be'] },
  // Québec: [ville, code postal, rue, indicatif]
  qc: { first: ['Jean-François', 'Marie-Ève', 'Mathieu', 'Geneviève', 'Olivier', 'Catherine', 'Simon', 'Isabelle', 'Étienne', 'Mélanie', 'Alexandre', 'Annie'], last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier'],
    places: [['Québec', 'G1R 2J6', 'rue Saint-Jean', '418'], ['Lévis', 'G6V 6Z3', 'boulevard Alphonse-Desjardins', '418'], ['Montréal', 'H2J 1K4', 'avenue du Mont-Royal Est', '514'], ['Laval', 'H7T 2S3', 'boulevard Le Carrefour', '450'], ['Sherbrooke', 'J1H 1Z4', 'rue King Ouest', '819'], ['Trois-Rivières', 'G9A 3K8', 'rue des Forges', '819']],
    mail: ['gmail.com', 'hotmail.com', 'videotron.ca', 'outlook.com', 'icloud.com', 'sympatico.ca'] },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const L = LOC[cc]
  const first = v.pick(r, L.first), last = v.pick(r, L.last), pl = v.pick(r, L.places)
  const email = `${v.slug(first)}${v.pick(r, ['.', '', '_', '.'])}${v.slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`
  if (cc === 'be') return { first, last, email, city: pl[0], zip: pl[1], street: `${pl[2]} ${v.int(r, 1, 180)}`, gsm: `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  return { first, last, email, city: pl[0], zip: pl[1], street: `${v.int(r, 12, 4800)}, ${pl[2]}`, tel: `${pl[3]} ${v.int(r, 520, 989)}-${pad(v.int(r, 0, 9999), 4)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const be = (c) => who(c, 'be')
const qc = (c) => who(c, 'qc')

// ---------------------------------------------------------------- ids with check characters
// Italian codice fiscale (shape and control letter; the birth place code is a real comune code)
const CF_MONTH = 'ABCDEHLMPRST'
const cons = (s) => v.slug(s).toUpperCase().replace(/[AEIOU]/g, '')
const vows = (s) => v.slug(s).toUpperCase().replace(/[^AEIOU]/g, '')
const cf3 = (s, first = false) => { const k = cons(s); const cc = first && k.length >= 4 ? k[0] + k[2] + k[3] : k; return (cc + vows(s) + 'XXX').slice(0, 3) }
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfOf = (first, last, female, birth, place) => {
  const p = bd(birth)
  const s = `${cf3(last)}${cf3(first, true)}${String(p.y).slice(2)}${CF_MONTH[p.m - 1]}${pad(p.d + (female ? 40 : 0))}${place}`
  const val = (ch) => (/[0-9]/.test(ch) ? +ch : ch.charCodeAt(0) - 65)
  const sum = s.split('').reduce((a, ch, i) => a + (i % 2 === 0 ? CF_ODD[val(ch)] : val(ch)), 0)
  return s + String.fromCharCode(65 + (sum % 26))
}
// Spanish DNI: 8 digits and the mod-23 letter
const dniOf = (k) => { const d = 10000000 + (k * 7919) % 89999999; return `${d}${'TRWAGMYFPDXBNJZSQVHLCKE'[d % 23]}` }
// Italian partita IVA (11 digits, Luhn-style check)
const pivaOf = (k) => {
  const d = String(1000000000 + (k * 104729) % 8999999999).slice(0, 10).split('').map(Number)
  const s = d.reduce((a, x, i) => a + (i % 2 === 0 ? x : (x * 2 > 9 ? x * 2 - 9 : x * 2)), 0)
  return `${d.join('')}${(10 - (s % 10)) % 10}`
}
// Swiss UID (CHE-123.456.789, mod-11 check)
const uidOf = (k) => {
  const d = String(10000000 + (k * 15485863) % 89999999).split('').map(Number)
  const w = [5, 4, 3, 2, 7, 6, 5, 4]
  let r = 11 - (d.reduce((a, x, i) => a + x * w[i], 0) % 11)
  if (r === 11) r = 0
  if (r === 10) { d[7] = (d[7] + 1) % 10; return uidOf(k + 1) }
  const s = `${d.join('')}${r}`
  return `CHE-${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6)}`
}
// Spanish company CIF (B + 7 digits + control digit)
const cifOf = (k) => {
  const d = String(1000000 + (k * 7727) % 8999999).split('').map(Number)
  const a = d[1] + d[3] + d[5], b = [0, 2, 4, 6].reduce((s, i) => { const x = d[i] * 2; return s + Math.floor(x / 10) + (x % 10) }, 0)
  return `B${d.join('')}${(10 - ((a + b) % 10)) % 10}`
}

// ---------------------------------------------------------------- 1. ShopiMind customers (fr, P)
// a Nantes organic cosmetics shop on PrestaShop
const SM_GROUP = ['Client', 'Client', 'Client', 'Invité', 'Client VIP', 'Client', 'Professionnel']
const smOrders = (c) => (n(c) % 9 === 4 ? 0 : 1 + (n(c) * 7) % 14)
const smCa = (c) => smOrders(c) * (28 + (n(c) % 37) + 0.9)
const smStatus = (c) => row(['Valide', 'Valide', 'Valide', 'Désinscrit', 'Valide', 'Bounce (hard)', 'Valide', 'Valide'], n(c) % 8)
// ---------------------------------------------------------------- 2. EventSquare tickets (fr, E)
// a Liège concert hall: [événement, type de ticket, prix]
const ES_TICKETS = [['Juicy - Release Party', 'Debout - Prévente', 22], ['Juicy - Release Party', 'Debout - Sur place', 26], ['Saule - Tournée des 20 ans', 'Assis - Catégorie 1', 38], ['Saule - Tournée des 20 ans', 'Assis - Catégorie 2', 30], ['Les Nuits Électro #12', 'Early Bird', 15], ['Les Nuits Électro #12', 'Regular', 19], ['Saule - Tournée des 20 ans', 'PMR + accompagnant', 30]]
const esT = (o) => row(ES_TICKETS, n(o) % 7)
const esEventAt = (o) => { const p = bd(o.at + ((n(o) % 50) + 3) * day); return { ...p, H: 20, M: 0, S: 0 } }
const esPay = (o) => row(['Bancontact', 'Visa', 'Payconiq by Bancontact', 'Mastercard', 'Bancontact', 'Espèces (caisse)', 'Bancontact'], n(o) % 7)
const esBox = (o) => esPay(o) === 'Espèces (caisse)'
const esFee = (o) => (esBox(o) ? 0 : 1.5)
const esDisc = (o) => (o.discount && !esBox(o) ? 3 : 0)
const esSt = (o) => row(['Payé', 'Payé', 'Payé', 'Remboursé', 'Payé', 'Payé', 'Annulé'], n(o) % 7)
// ---------------------------------------------------------------- 3. Teledata company contacts (fr, B)
// [raison sociale, forme juridique, rue, no, npa, localité, canton, branche, code noga, collaborateurs, domaine, tél central]
const TD_FIRMS = [['Boulangerie Pâtisserie du Lac Sàrl', 'Société à responsabilité limitée', 'Rue du Simplon', '14', '1800', 'Vevey', 'VD', 'Boulangeries-pâtisseries', '107100', '10-19', 'boulangeriedulac.ch', '+41 21 921 34 '], ['Fiduciaire Romande SA', 'Société anonyme', 'Avenue de la Gare', '33', '1003', 'Lausanne', 'VD', 'Activités comptables et fiduciaires', '692000', '20-49', 'fidromande.ch', '+41 21 311 70 '], ['Garage des Alpes Sion SA', 'Société anonyme', 'Route de Riddes', '87', '1950', 'Sion', 'VS', 'Commerce de voitures', '451101', '20-49', 'garagedesalpes-sion.ch', '+41 27 203 55 '], ['Menuiserie Rochat Frères', 'Société en nom collectif', 'Chemin des Planches', '5', '1337', 'Vallorbe', 'VD', 'Menuiserie', '433200', '5-9', 'rochat-menuiserie.ch', '+41 21 843 12 '], ['Cabinet Dentaire des Eaux-Vives Sàrl', 'Société à responsabilité limitée', 'Rue du Rhône', '100', '1204', 'Genève', 'GE', 'Cabinets dentaires', '862300', '10-19', 'dentaire-eauxvives.ch', '+41 22 735 48 '], ['Horlogerie Jeanneret SA', 'Société anonyme', 'Rue Jardinière', '157', '2300', 'La Chaux-de-Fonds', 'NE', "Fabrication d'horlogerie", '265200', '50-99', 'jeanneret-horlogerie.ch', '+41 32 913 20 '], ['Imprimerie Saint-Paul Fribourg SA', 'Société anonyme', 'Boulevard de Pérolles', '42', '1700', 'Fribourg', 'FR', 'Imprimerie', '181200', '100-249', 'impstpaul.ch', '+41 26 426 41 ']]
const tdFirm = (c) => row(TD_FIRMS, n(c) >> 1)
// [fonction (m), fonction (f), domaine]
const TD_ROLE = [['Directeur', 'Directrice', 'Direction'], ['Gérant', 'Gérante', 'Direction'], ['Président du conseil d\'administration', 'Présidente du conseil d\'administration', 'Conseil d\'administration'], ['Responsable des achats', 'Responsable des achats', 'Achats'], ['Associé gérant', 'Associée gérante', 'Direction'], ['Responsable RH', 'Responsable RH', 'Ressources humaines'], ['Administrateur', 'Administratrice', 'Conseil d\'administration']]
const tdRole = (c) => { const x = row(TD_ROLE, n(c) % 7); return [fem(c) ? x[1] : x[0], x[2]] }
const tdLang = (c) => (tdFirm(c)[6] === 'FR' && n(c) % 4 === 1 ? 'D' : 'F')
// ---------------------------------------------------------------- 4. Tuango vouchers (fr, E)
// a Québec City spa and a Lévis restaurant: [offre, option, prix payé, valeur, succursale]
const TU_DEALS = [['Soins corporels au Spa Nordik Québec', 'Massage suédois 60 min', 69, 120, 'Vieux-Québec'], ['Soins corporels au Spa Nordik Québec', 'Massage pour 2 - 60 min', 129, 230, 'Vieux-Québec'], ['Soins corporels au Spa Nordik Québec', 'Accès aux bains + massage 30 min', 59, 95, 'Lebourgneuf'], ['Table d\'hôte 4 services pour 2 au Bistro Le Quai', 'Souper pour 2', 59, 110, 'Lévis'], ['Table d\'hôte 4 services pour 2 au Bistro Le Quai', 'Souper pour 4', 109, 220, 'Lévis'], ['Brunch du week-end pour 2', 'Brunch pour 2', 25, 44, 'Lévis']]
const tuD = (o) => row(TU_DEALS, n(o) % 6)
const tuSt = (o) => row(['Utilisé', 'Non utilisé', 'Utilisé', 'Remboursé', 'Utilisé', 'Expiré', 'Non utilisé', 'Utilisé'], n(o) % 8)
const tuGift = (o) => n(o) % 5 === 2
const tuUsed = (o) => o.at + ((n(o) % 80) + 4) * day
// ---------------------------------------------------------------- 5. Bindcommerce order lines (it, E)
// a Bari olive-oil and food producer selling on its site and on marketplaces: [SKU, EAN, descrizione, prezzo, IVA]
const BC_ITEMS = [['OLIO-EVO-075', '8051234500017', 'Olio extravergine di oliva Coratina 0,75 L', 14.9, 4], ['OLIO-EVO-5L', '8051234500024', 'Olio EVO Coratina latta 5 L', 69, 4], ['TAR-PUG-250', '8051234500031', 'Taralli pugliesi al finocchietto 250 g', 3.5, 10], ['ORE-ART-500', '8051234500048', 'Orecchiette di semola rimacinata 500 g', 2.9, 4], ['SUG-RAG-280', '8051234500055', 'Sugo di cime di rapa 280 g', 5.9, 10], ['BOX-REG-01', '8051234500062', 'Box regalo "Sapori di Puglia"', 39.9, 10]]
const bcI = (o, i) => row(BC_ITEMS, n(o) + i)
const bcCh = (o) => row(['Amazon IT', 'Sito web (WooCommerce)', 'eBay', 'Amazon IT', 'ePRICE', 'Sito web (WooCommerce)', 'Amazon DE'], n(o) % 7)
const bcShip = (o, i) => (bcCh(o).startsWith('Amazon') || bcI(o, i)[3] * o.qty >= 49 ? 0 : 6.9)
const bcSt = (o) => row(['Spedito', 'Spedito', 'Da evadere', 'Spedito', 'In lavorazione', 'Annullato', 'Spedito'], n(o) % 7)
const bcPay = (o) => (bcCh(o).startsWith('Amazon') ? 'Amazon Pay (marketplace)' : bcCh(o) === 'eBay' ? 'eBay Managed Payments' : bcCh(o) === 'ePRICE' ? 'ePRICE' : row(['PayPal', 'Carta di credito (Stripe)', 'Bonifico bancario', 'Contrassegno', 'Satispay'], n(o) % 5))
const bcCarrier = (o) => row(['BRT', 'GLS', 'SDA', 'BRT', 'Poste Delivery Business'], n(o) % 5)
const bcOrderNo = (o) => (bcCh(o).startsWith('Amazon') ? `40${n(o) % 10}-${pad((n(o) * 7919) % 10000000, 7)}-${pad((n(o) * 104729) % 10000000, 7)}` : bcCh(o) === 'eBay' ? `1${pad(n(o) % 100, 2)}-${pad((n(o) * 31) % 100000, 5)}-${pad((n(o) * 97) % 100000, 5)}` : String(12000 + n(o) % 9000))
const bcProv = (c) => c.region
// ---------------------------------------------------------------- 6. Oooh.events participants (it, E)
// a Bologna theatre and comedy club: [evento, biglietto, prezzo, prevendita]
const OE_TICKETS = [['Stand-up Comedy Night - Bologna', 'Posto unico', 15, 1.5], ['Stand-up Comedy Night - Bologna', 'Ridotto Under 25', 10, 1], ['Aperitivo con delitto', 'Cena + spettacolo', 45, 3], ['Concerto Jazz al Chiostro', 'Platea', 25, 2.5], ['Concerto Jazz al Chiostro', 'Galleria', 18, 1.8], ['Workshop di improvvisazione teatrale', 'Ingresso', 35, 0]]
const oeT = (o) => row(OE_TICKETS, n(o) % 6)
const oeEvAt = (o) => { const p = bd(o.at + ((n(o) % 40) + 2) * day); return { ...p, H: oeT(o)[0].startsWith('Workshop') ? 10 : 21, M: oeT(o)[0].startsWith('Aperitivo') ? 0 : 0, S: 0 } }
const oeChecked = (o) => n(o) % 4 !== 3
const oePay = (o) => row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito', 'Apple Pay', 'Gratuito'], n(o) % 6)
// ---------------------------------------------------------------- 7. TuoTempo patients (it, P)
// a Turin outpatient clinic group; [comune di nascita, codice catastale]
const TT_BORN = [['Torino', 'L219'], ['Milano', 'F205'], ['Moncalieri', 'F335'], ['Cuneo', 'D205'], ['Napoli', 'F839'], ['Palermo', 'G273'], ['Asti', 'A479'], ['Roma', 'H501']]
const ttBorn = (c) => row(TT_BORN, n(c) % 8)
const ttCf = (c) => cfOf(c.first, c.last, fem(c), c.birth, ttBorn(c)[1])
const ttConv = (c) => row(['Privato', 'Privato', 'UniSalute', 'Fasi', 'Privato', 'Previmedical', 'Generali Welion', 'Privato'], n(c) % 8)
// ---------------------------------------------------------------- 8. Gestionale Amica customers (it, B)
// a Brescia hydraulics wholesaler's customers: [ragione sociale, indirizzo, cap, città, prov, dominio, tel]
const GA_FIRMS = [['Idrotermica Franciacorta S.r.l.', 'Via Brescia 112', '25046', 'Cazzago San Martino', 'BS', 'idrotermicafranciacorta.it', '030 7750'], ['F.lli Bonetti Impianti S.n.c.', 'Via Industriale 8', '25030', 'Castel Mella', 'BS', 'bonettiimpianti.it', '030 2580'], ['Termoidraulica Garda di Zanetti Marco', 'Via Gardesana 45', '25080', 'Padenghe sul Garda', 'BS', 'termoidraulicagarda.it', '030 9907'], ['Edil Clima Bergamo S.p.A.', 'Via Zanica 19', '24126', 'Bergamo', 'BG', 'edilclimabg.it', '035 3184'], ['Cremona Service Caldaie S.r.l.s.', 'Via Mantova 73', '26100', 'Cremona', 'CR', 'cremonaservice.it', '0372 4561'], ['Studio Tecnico Impianti Verona S.r.l.', 'Viale del Lavoro 33', '37135', 'Verona', 'VR', 'stiverona.it', '045 8203']]
const gaFirm = (c) => row(GA_FIRMS, n(c) >> 1)
const gaPay = (c) => row(['RiBa 30 gg d.f.f.m.', 'RiBa 60 gg d.f.f.m.', 'Bonifico 30 gg d.f.', 'Rimessa diretta', 'RiBa 30/60 gg d.f.f.m.', 'Bonifico anticipato'], n(c) % 6)
const gaSdi = (c) => row(['M5UXCR1', 'SUBM70N', 'KRRH6B9', 'T04ZHR3', 'USAL8PV', '0000000'], n(c) % 6)
// ---------------------------------------------------------------- 9. Qamarero ticket lines (es, E)
// a Madrid (Malasaña) tapas bar: [producto, categoría, pvp con IVA]
const QA_MENU = [['Caña Mahou', 'Cervezas', 2.8], ['Tinto de verano', 'Bebidas', 3.5], ['Croquetas de jamón (6 uds)', 'Raciones', 9.5], ['Patatas bravas', 'Raciones', 6.5], ['Tortilla de patata (pincho)', 'Pinchos', 3.2], ['Oreja a la plancha', 'Raciones', 8.9], ['Vermut de grifo', 'Bebidas', 3.9], ['Bocadillo de calamares', 'Bocadillos', 7]]
const qaItem = (o, i) => row(QA_MENU, n(o) + i * 3)
const qaAt = (o) => open(o.at, 1, 12, 12)
const qaZone = (o) => row(['Terraza', 'Barra', 'Salón', 'Terraza', 'Salón'], n(o) % 5)
const qaPay = (o) => row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Tarjeta', 'Mixto (Tarjeta + Efectivo)'], n(o) % 6)
const qaQr = (o) => n(o) % 3 === 0
const qaDisc = (o, i) => (n(o) % 9 === 4 ? Math.round(qaItem(o, i)[2] * o.qty * 10) / 100 : 0)
const qaLine = (o, i) => qaItem(o, i)[2] * o.qty - qaDisc(o, i)
const qaTicket = (o) => qaLine(o, 0) + qaLine(o, 1) + qaLine(o, 2)
// ---------------------------------------------------------------- 10. Inbenta tickets (es, E)
// a Valencia online insurance broker's customer service
const IB_SUBJ = [['No puedo descargar mi póliza', 'Pólizas'], ['Cambio de cuenta bancaria', 'Administración'], ['Parte de siniestro - rotura de luna', 'Siniestros'], ['Quiero cancelar mi seguro de hogar', 'Bajas'], ['Duda sobre la franquicia', 'Pólizas'], ['Recibo duplicado', 'Administración'], ['Solicitud de grúa', 'Siniestros']]
const ibS = (o) => row(IB_SUBJ, n(o) % 7)
const ibCh = (o) => row(['Chat', 'Email', 'Formulario web', 'Chat', 'WhatsApp', 'Chat', 'Email'], n(o) % 7)
const ibSt = (o) => row(['Cerrado', 'Resuelto', 'Abierto', 'Pendiente del cliente', 'Cerrado', 'Cerrado', 'En curso'], n(o) % 7)
const ibAt = (o) => open(o.at, 1, 8, 13)
const ibDone = (o) => ['Cerrado', 'Resuelto'].includes(ibSt(o))
const ibBot = (o) => ibCh(o) === 'Chat' || ibCh(o) === 'WhatsApp'
const ibBrowser = (o) => row(['Chrome 124', 'Safari 17', 'Chrome Mobile 123', 'Edge 124', 'Firefox 125', 'Samsung Internet 24'], n(o) % 6)
const ibOs = (o) => row(['Windows 10', 'iOS 17.4', 'Android 14', 'Windows 11', 'macOS 14', 'Android 13'], n(o) % 6)
// ---------------------------------------------------------------- 11. LibreBORME officers (es, B)
// [denominación, domicilio, provincia, objeto social, capital, constitución, hoja]
const LB_FIRMS = [['TALLERES MECÁNICOS HERMANOS RUIZ SL', 'Calle Río Tajo 14, Polígono Industrial Las Arenas, Pinto', 'Madrid', 'Reparación y mantenimiento de vehículos a motor.', '3.006,00', '2004-03-18', 'M-312458'], ['DISTRIBUCIONES ALIMENTARIAS DEL TURIA SL', 'Avenida del Puerto 221, Valencia', 'Valencia', 'Comercio al por mayor de productos alimenticios.', '60.000,00', '2011-09-07', 'V-145902'], ['CLÍNICA DENTAL SONRÍE BILBAO SLP', 'Calle Licenciado Poza 31, Bilbao', 'Bizkaia', 'Prestación de servicios odontológicos.', '3.000,00', '2016-01-22', 'BI-67331'], ['SOLUCIONES TECNOLÓGICAS ÁBACO SA', 'Calle Balmes 188, Barcelona', 'Barcelona', 'Desarrollo de programas informáticos y consultoría tecnológica.', '120.000,00', '1999-06-30', 'B-214587'], ['HOSTELERÍA COSTA DEL SOL 2018 SL', 'Avenida de Andalucía 9, Málaga', 'Málaga', 'Explotación de bares y restaurantes.', '3.000,00', '2018-05-14', 'MA-140226'], ['CONSTRUCCIONES Y REFORMAS GUADALQUIVIR SL', 'Calle Arjona 6, Sevilla', 'Sevilla', 'Construcción de edificios y reformas.', '12.020,24', '2007-11-02', 'SE-98711']]
const lbFirm = (c) => row(LB_FIRMS, n(c) >> 1)
const lbRole = (c) => row(['Adm. Unico', 'Consejero', 'Apoderado', 'Adm. Solid.', 'Con.Delegado', 'Presidente', 'Secretario', 'Liquidador'], n(c) % 8)
const lbAct = (c) => row(['Nombramientos', 'Reelecciones', 'Ceses/Dimisiones', 'Nombramientos', 'Revocaciones', 'Nombramientos'], n(c) % 6)
const lbOut = (c) => ['Ceses/Dimisiones', 'Revocaciones'].includes(lbAct(c))
const lbName = (c) => `${c.last.toUpperCase()} ${row(['GARCIA', 'MARTINEZ', 'LOPEZ', 'RUIZ', 'NAVARRO', 'MORENO'], n(c) % 6)} ${c.first.toUpperCase()}`
// ---------------------------------------------------------------- 12. Trainingym members (es, P)
// a Zaragoza gym chain with two clubs
const TG_FEES = [['Cuota Total', '44,90'], ['Cuota Mañanas', '29,90'], ['Cuota Joven (<25)', '32,90'], ['Cuota Total Anual', '449,00'], ['Bono 10 sesiones', '65,00']]
const tgFee = (c) => row(TG_FEES, n(c) % 5)
const tgSt = (c) => row(['Activo', 'Activo', 'Activo', 'Baja', 'Activo', 'Impago', 'Activo', 'Congelado'], n(c) % 8)
const tgLevel = (c) => row(['Bronce', 'Plata', 'Oro', 'Bronce', 'Platino', 'Plata'], n(c) % 6)
const tgPoints = (c) => 50 * ((n(c) * 13) % 97)
const ZGZ = [['Calle Delicias', '50017'], ['Paseo Sagasta', '50006'], ['Avenida Goya', '50005'], ['Calle Fray Luis Urbano', '50002'], ['Avenida de Madrid', '50010'], ['Calle Compromiso de Caspe', '50002'], ['Avenida de Valencia', '50005']]
const zgz = (c) => row(ZGZ, n(c) % 7)

export const SETS = [
  // ---------------------------------------------------------------- France: e-commerce marketing automation customers
  { name: 'shopimind-export-clients-fr', product: 'ShopiMind (back office: Clients > Liste des clients > Exporter en CSV, one row per shop customer synced from PrestaShop, French UI, a Nantes organic cosmetics web shop, Europe/Paris, EUR)', family: 'email', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(2000 + (n(c) % 48000)), ['_id', 'personID']],
    ['Boutique', () => 'Les Savons de Loire', []],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c) => (n(c) % 3 === 1 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Téléphone', (c) => (n(c) % 4 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Adresse (2)', (c) => c.street2.replace('Apt', 'Appt'), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', (c) => c.countryName, at(HOME, 'country')],
    ['Langue', () => 'fr', [], opt],
    ['Groupe', (c) => row(SM_GROUP, n(c) % 7), []],
    ['Inscrit newsletter', (c) => (c.bool ? '1' : '0'), []],
    ['Optin partenaires', (c) => (n(c) % 5 === 0 ? '1' : '0'), []],
    ['Statut email', (c) => smStatus(c), ['personalEmail.status'], opt],
    ['Date d\'inscription', (c) => euT(cet(c.created)), [], opt],
    ['Date de dernière commande', (c) => (smOrders(c) ? euT(cet(later(c))) : ''), [], opt],
    ['Nombre de commandes', (c) => String(smOrders(c)), ['loyalty.lifetimePurchases'], opt],
    ['CA total TTC', (c) => eur(smCa(c)), []],
    ['Panier moyen TTC', (c) => (smOrders(c) ? eur(smCa(c) / smOrders(c)) : '0,00'), []],
    ['Segments', (c) => row(['Acheteurs réguliers', 'Inactifs 6 mois', '', 'Acheteurs réguliers;Anniversaire du mois', 'Paniers abandonnés', ''], n(c) % 6), []],
    ['Source', (c) => row(['PrestaShop', 'PrestaShop', 'Pop-up newsletter', 'PrestaShop', 'Jeu concours'], n(c) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Belgium: ticketing tickets
  { name: 'eventsquare-export-tickets-be-fr', product: 'EventSquare (dashboard organisateur: Ventes > Tickets > Exporter (.xlsx), one row per ticket sold online or at the box office, French UI, a Liège concert hall, Europe/Brussels, EUR)', family: 'events', language: 'fr', schema: E, cols: [
    ['Commande', (c, o) => `ES-${(n(o) * 7919 % 900000 + 100000).toString(36).toUpperCase()}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => euM(cet(open(o.at, 1, 8, 15))), ['timestamp', OR('createdDate')]],
    ['Événement', (c, o) => esT(o)[0], [PL('name'), PL('productCategories[0].categoryName')], opt],
    ['Date', (c, o) => euM(esEventAt(o)), []],
    ['Lieu', () => 'La Reine Blanche, Liège', [], opt],
    ['Type de ticket', (c, o) => esT(o)[1], [PL('name')]],
    ['Prix', (c, o) => eur(esT(o)[2]), [PL('priceTotal')]],
    ['Frais', (c, o) => eur(esFee(o)), []],
    ['Code promo', (c, o) => (esDisc(o) ? 'AMIS3' : ''), ['commerce.promotionID']],
    ['Réduction', (c, o) => eur(esDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
    ['Total commande', (c, o) => eur(esT(o)[2] + esFee(o) - esDisc(o)), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Méthode de paiement', (c, o) => esPay(o), [OR('payments[0].paymentType')]],
    ['Statut', (c, o) => esSt(o), [], opt],
    ['Canal', (c, o) => (esBox(o) ? 'Caisse' : 'En ligne'), [], opt],
    ['Prénom', (c) => be(c).first, []],
    ['Nom', (c) => be(c).last, []],
    ['E-mail', (c, o) => (esBox(o) ? '' : be(c).email), EMAIL_ID],
    ['Téléphone', (c, o) => (esBox(o) ? '' : be(c).gsm), PHONE_ID, opt],
    ['Code postal', (c, o) => (esBox(o) ? '' : be(c).zip), [BILL('postalCode')], opt],
    ['Ville', (c, o) => (esBox(o) ? '' : be(c).city), [BILL('city')], opt],
    ['Pays', (c, o) => (esBox(o) ? '' : 'BE'), [BILL('countryCode')], opt],
    ['Langue', (c, o) => row(['fr', 'fr', 'fr', 'nl', 'fr', 'en'], n(o) % 6), ['environment._dc.language'], opt],
    ['Code-barres', (c, o) => `${pad((n(o) * 104729) % 1e9, 9)}${pad(n(c) % 1000, 3)}`, [], opt],
    ['Scanné', (c, o) => (esSt(o) === 'Payé' && n(o) % 3 !== 0 ? 'Oui' : 'Non'), []],
    ['Opt-in organisateur', (c) => ouinon(c.bool), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: business-address database contacts
  { name: 'teledata-adresses-entreprises-ch-fr', product: 'Teledata (Teledata Online: Sélection d\'adresses > Entreprises avec personnes de contact > Exporter (Excel), one row per company contact person, French UI, a Lausanne office-supplies dealer prospecting Romandie firms, CHF)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['N° Teledata', (c) => String(4100000 + ((n(c) >> 1) * 37) % 900000), ACC],
    ['N° IDE', (c) => uidOf(n(c) >> 1), ACC, opt],
    ['Raison sociale', (c) => tdFirm(c)[0], CO],
    ['Forme juridique', (c) => tdFirm(c)[1], []],
    ['Rue', (c) => tdFirm(c)[2], [W('street1')]],
    ['N°', (c) => tdFirm(c)[3], [W('street1'), W('street2')], opt],
    ['Case postale', (c) => (n(c) % 4 === 0 ? `Case postale ${v.int(() => (n(c) % 97) / 97, 10, 990)}` : ''), [W('postOfficeBox')]],
    ['NPA', (c) => tdFirm(c)[4], [W('postalCode')]],
    ['Localité', (c) => tdFirm(c)[5], [W('city')]],
    ['Canton', (c) => tdFirm(c)[6], STATE(['workAddress'])],
    ['Téléphone', (c) => `${tdFirm(c)[11]}${pad(n(c) % 100)}`, ['workPhone.number']],
    ['E-mail', (c) => `info@${tdFirm(c)[10]}`, ['workEmail.address'], opt],
    ['Site Internet', (c) => `www.${tdFirm(c)[10]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => tdFirm(c)[7], []],
    ['Code NOGA', (c) => tdFirm(c)[8], []],
    ['Nombre de collaborateurs', (c) => tdFirm(c)[9], []],
    ['Date d\'inscription RC', (c) => dmy(bd(c.created - 3000 * day), '.'), []],
    ['Langue', (c) => tdLang(c), [], opt],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Titre', (c) => (n(c) % 6 === 2 ? 'Dr' : ''), ['person.name.courtesyTitle'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => tdRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Domaine de fonction', (c) => tdRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Signature (RC)', (c) => row(['Signature individuelle', 'Signature collective à deux', '', 'Signature individuelle', '', 'Procuration collective à deux', 'Signature collective à deux'], n(c) % 7), []],
    ['Blocage publicitaire', (c) => (n(c) % 9 === 0 ? 'Oui' : 'Non'), ['b2b.isMarketingSuspended'], opt],
  ] },
  // ---------------------------------------------------------------- Québec: group-buying marketplace vouchers
  { name: 'tuango-portail-marchand-coupons-qc', product: 'Tuango (Portail marchand: Mes campagnes > Liste des coupons > Exporter (CSV), one row per voucher sold, Canadian French UI, a Québec City spa and a Lévis bistro redeeming vouchers, America/Toronto, CAD)', family: 'marketplace', language: 'fr', schema: E, cols: [
    ['No de commande', (c, o) => String(8800000 + n(o) * 3), [OR('purchaseID')]],
    ['No de coupon', (c, o) => `${String(8800000 + n(o) * 3)}-${1 + (n(o) % 2)}`, [PL('_id')], opt],
    ['Code de validation', (c, o) => v.alnum(() => ((n(o) * 31 + n(c)) % 1000) / 1000, 1) + ((n(o) * 7919) % 1e7).toString(36).toUpperCase().padStart(5, 'K'), []],
    ['Campagne', (c, o) => tuD(o)[0], [PL('name'), PL('productCategories[0].categoryName')], opt],
    ['Option', (c, o) => tuD(o)[1], [PL('name'), PL('selectedOptions[0].value')], opt],
    ['Date d\'achat', (c, o) => isoT(est(o.at)), ['timestamp', OR('createdDate')]],
    ['Acheteur', (c) => `${qc(c).first} ${qc(c).last}`, []],
    ['Courriel', (c) => qc(c).email, EMAIL_ID],
    ['Cadeau', (c, o) => ouinon(tuGift(o)), []],
    ['Bénéficiaire', (c, o) => (tuGift(o) ? `${who(c, 'qc', 'gift').first} ${who(c, 'qc', 'gift').last}` : ''), []],
    ['Prix payé', (c, o) => cad(tuD(o)[2]), [PL('priceTotal'), OR('priceTotal')]],
    ['Valeur', (c, o) => cad(tuD(o)[3]), []],
    ['Montant dû au marchand', (c, o) => cad(tuD(o)[2] * 0.5), []],
    ['Statut', (c, o) => tuSt(o), [], opt],
    ['Date d\'utilisation', (c, o) => (tuSt(o) === 'Utilisé' ? isoT(est(open(tuUsed(o), -4, 10, 10))) : ''), [], opt],
    ['Date d\'expiration', (c, o) => ymd(bd(o.at + 180 * day)), []],
    ['Date de remboursement', (c, o) => (tuSt(o) === 'Remboursé' ? ymd(bd(o.at + ((n(o) % 20) + 1) * day)) : ''), [], opt],
    ['Succursale', (c, o) => tuD(o)[4], ['commerce.commerceScope.storeCode'], opt],
    ['Ville de l\'acheteur', (c) => qc(c).city, [BILL('city')], opt],
    ['Note interne', (c, o) => row(['', '', 'Réservé pour le 14', '', 'Client a appelé', '', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Italy: multichannel e-commerce hub order lines
  { name: 'bindcommerce-esporta-ordini-it', product: 'Bindcommerce (pannello: Ordini > Elenco ordini > Esporta righe ordine in CSV, one row per order line from the web shop and marketplaces, Italian UI, a Bari olive-oil and food producer, Europe/Rome, EUR)', family: 'ecommerce', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => String(560000 + n(o) * 3), [OR('purchaseID')], opt],
    ['Numero ordine canale', (c, o) => bcOrderNo(o), [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Canale', (c, o) => bcCh(o), ['commerce.commerceScope.websiteCode', 'commerce.cart.cartSource'], opt],
    ['Data ordine', (c, o) => euT(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => bcSt(o), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Email', (c, o) => (bcCh(o).startsWith('Amazon') ? `${v.hex(() => (n(o) % 100) / 100, 4)}${(n(c) * 7919).toString(36)}@marketplace.amazon.it` : c.email), EMAIL_ID],
    ['Telefono', (c) => c.mobile, PHONE_ID, opt],
    ['Codice fiscale', (c) => (n(c) % 5 === 0 ? cfOf(c.first, c.last, fem(c), c.birth, 'A662') : ''), []],
    ['Partita IVA', (c) => (n(c) % 11 === 3 ? pivaOf(n(c)) : ''), []],
    ['Indirizzo spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP spedizione', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città spedizione', (c) => c.city, [SHIP('city')]],
    ['Provincia spedizione', (c) => bcProv(c), STATE(['commerce.shipping.address'])],
    ['Nazione spedizione', () => 'IT', [SHIP('countryCode')]],
    ['Indirizzo fatturazione', (c) => c.street, [BILL('street1')]],
    ['CAP fatturazione', (c) => c.postcode, [BILL('postalCode')]],
    ['Città fatturazione', (c) => c.city, [BILL('city')]],
    ['Provincia fatturazione', (c) => bcProv(c), STATE(['commerce.billing.address'])],
    ['SKU', (c, o, r, i) => bcI(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => bcI(o, i)[1], [PL('_id'), PL('product')], opt],
    ['Descrizione', (c, o, r, i) => bcI(o, i)[2], [PL('name')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => eur(bcI(o, i)[3]), []],
    ['Aliquota IVA', (c, o, r, i) => `${bcI(o, i)[4]}%`, []],
    ['Totale riga', (c, o, r, i) => eur(bcI(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['Spese di spedizione', (c, o, r, i) => eur(bcShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Totale ordine', (c, o, r, i) => eur(bcI(o, i)[3] * o.qty + bcShip(o, i)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Metodo di pagamento', (c, o) => bcPay(o), [OR('payments[0].paymentType')]],
    ['Corriere', (c, o) => (bcSt(o) === 'Spedito' ? bcCarrier(o) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o) => (bcSt(o) === 'Spedito' ? `${bcCarrier(o) === 'GLS' ? 'BA' : ''}${pad((n(o) * 15485863) % 1e10, 10)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Data spedizione', (c, o) => (bcSt(o) === 'Spedito' ? dmy(bd(o.at + (1 + n(o) % 2) * day), '/') : ''), ['commerce.shipping.shipDate']],
    ['Note', (c, o) => row(['', '', 'Lasciare al portiere', '', 'Regalo, no prezzi', '', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Italy: ticketing participants
  { name: 'oooh-events-export-partecipanti-it', product: 'Oooh.events (area organizzatore: Report > Partecipanti > Esporta Excel, one row per ticket, Italian UI, a Bologna theatre and comedy club, Europe/Rome, EUR)', family: 'events', language: 'it', schema: E, cols: [
    ['Codice ordine', (c, o) => `OE${pad((n(o) * 7919) % 1e7, 7)}`, [OR('purchaseID')]],
    ['Data ordine', (c, o) => euM(cet(open(o.at, 1, 8, 15))), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => oeT(o)[0], [PL('name'), PL('productCategories[0].categoryName')], opt],
    ['Data evento', (c, o) => euM(oeEvAt(o)), []],
    ['Tipologia biglietto', (c, o) => oeT(o)[1], [PL('name')]],
    ['Prezzo', (c, o) => eur(oeT(o)[2]), [PL('priceTotal')]],
    ['Diritti di prevendita', (c, o) => eur(oeT(o)[3]), []],
    ['Codice sconto', (c, o) => (o.discount ? 'AMICI10' : ''), ['commerce.promotionID']],
    ['Totale pagato', (c, o) => eur(oeT(o)[2] + oeT(o)[3] - (o.discount ? 1 : 0)), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o) => oePay(o), [OR('payments[0].paymentType')]],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Cellulare', (c) => c.mobile, PHONE_ID, opt],
    ['Città', (c) => c.city, [BILL('city')], opt],
    ['Codice biglietto', (c, o) => `${(n(o) * 104729 % 1e8).toString(16).toUpperCase().padStart(7, '0')}${n(c) % 10}`, [], opt],
    ['Check-in', (c, o) => sino2(oeChecked(o)), []],
    ['Data check-in', (c, o) => (oeChecked(o) ? euM({ ...oeEvAt(o), H: oeEvAt(o).H - 1, M: 10 + n(o) % 45 }) : ''), [], opt],
    ['Stato', (c, o) => row(['Confermato', 'Confermato', 'Confermato', 'Rimborsato', 'Confermato'], n(o) % 5), [], opt],
    ['Consenso marketing', (c) => sino2(c.bool), []],
  ] },
  // ---------------------------------------------------------------- Italy: medical booking patients
  { name: 'tuotempo-anagrafica-pazienti-it', product: 'TuoTempo (back office: Anagrafica pazienti > Esporta CSV, one row per patient, Italian UI, a Turin outpatient clinic group, Europe/Rome)', family: 'booking', language: 'it', schema: P, cols: [
    ['ID paziente', (c) => String(300000 + n(c)), ['_id', 'personID']],
    ['Codice fiscale', (c) => ttCf(c), ['person.taxId']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Luogo di nascita', (c) => ttBorn(c)[0], []],
    ['Email', (c) => (n(c) % 6 === 5 ? '' : c.email), ['personalEmail.address']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Telefono', (c) => (n(c) % 3 === 0 ? `011 ${v.int(() => (n(c) % 89) / 89, 2000000, 9999999)}` : ''), ['homePhone.number']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Comune', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, STATE(HOME)],
    ['Cittadinanza', (c) => (n(c) % 10 === 7 ? 'Rumena' : 'Italiana'), ['person.nationality']],
    ['Convenzione', (c) => ttConv(c), []],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), []],
    ['Promemoria SMS', (c) => (n(c) % 4 ? 'Sì' : 'No'), []],
    ['Data registrazione', (c) => euM(cet(c.created)), [], opt],
    ['Ultimo appuntamento', (c) => euM(cet(open(later(c), 1, 8, 11))), [], opt],
    ['Numero appuntamenti', (c) => String(1 + (n(c) * 3) % 17), []],
    ['Mancate presentazioni', (c) => String(n(c) % 7 === 0 ? 1 : 0), []],
    ['Canale di registrazione', (c) => row(['Call center', 'Web', 'App', 'Web', 'Sportello', 'Dottori.it'], n(c) % 6), [], opt],
    ['Note', (c) => row(['', '', 'Allergia al lattice', '', 'Preferisce appuntamenti al mattino', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: invoicing package customers
  { name: 'gestionale-amica-clienti-it', product: 'Gestionale Amica (Anagrafiche > Clienti > Esporta in Excel, one row per customer with its contact person, Italian UI, a Brescia plumbing and heating wholesaler\'s trade customers, EUR)', family: 'invoicing', language: 'it', schema: B, cols: [
    ['Codice', (c) => `C${pad((n(c) >> 1) % 10000, 5)}`, ACC],
    ['Ragione sociale', (c) => gaFirm(c)[0], CO],
    ['Referente', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Indirizzo', (c) => gaFirm(c)[1], [W('street1')]],
    ['CAP', (c) => gaFirm(c)[2], [W('postalCode')]],
    ['Città', (c) => gaFirm(c)[3], [W('city')]],
    ['Prov.', (c) => gaFirm(c)[4], STATE(['workAddress'])],
    ['Nazione', () => 'Italia', [W('country')]],
    ['Partita IVA', (c) => pivaOf(n(c) >> 1), [], opt],
    ['Codice fiscale', (c) => (gaFirm(c)[0].includes(' di ') ? cfOf(c.first, c.last, fem(c), c.birth, 'B157') : pivaOf(n(c) >> 1)), [], opt],
    ['Codice destinatario SDI', (c) => gaSdi(c), []],
    ['PEC', (c) => `${gaFirm(c)[5].split('.')[0]}@pec.it`, ['workEmail.address'], opt],
    ['E-mail', (c) => `${v.slug(c.first)}.${v.slug(c.last)}@${gaFirm(c)[5]}`, WE],
    ['Telefono', (c) => `${gaFirm(c)[6]}${pad(n(c) % 1000, 3)}`, ['workPhone.number']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? `${gaFirm(c)[6]}${pad((n(c) + 1) % 1000, 3)}` : ''), ['faxPhone.number']],
    ['Sito web', (c) => `www.${gaFirm(c)[5]}`, ['b2b.companyWebsite']],
    ['Pagamento', (c) => gaPay(c), []],
    ['Banca d\'appoggio', (c) => row(['BPER Banca - Ag. Rovato', 'Intesa Sanpaolo - Fil. Brescia Centro', 'Banco BPM - Ag. Castel Mella', 'Credito Agricolo - Ag. Verona 3'], n(c) % 4), []],
    ['IBAN', (c) => `IT${pad(10 + n(c) % 89)}X0${pad((n(c) * 7) % 10000, 4)}${pad((n(c) * 131) % 100000, 5)}0000${pad((n(c) * 7919) % 1e8, 8)}`, []],
    ['Listino', (c) => row(['Listino installatori', 'Listino rivenditori', 'Listino installatori', 'Listino base'], n(c) % 4), []],
    ['Sconto %', (c) => String(row([10, 15, 20, 5, 25], n(c) % 5)), []],
    ['Agente', (c) => row(['Bertoli Fabio', 'Ghidini Luca', 'Bertoli Fabio', ''], n(c) % 4), []],
    ['Data inserimento', (c) => dmy(bd(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Note', (c) => row(['', 'Consegna solo mattina', '', 'Fido 15.000 €', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Spain: restaurant POS ticket lines
  { name: 'qamarero-informe-tickets-es', product: 'Qamarero (panel de gestión: Informes > Ventas > Tickets > Exportar a Excel, one row per ticket line, Spanish UI, a Madrid (Malasaña) tapas bar with terrace and QR table ordering, Europe/Madrid, EUR)', family: 'pos', language: 'es', schema: E, cols: [
    ['Nº ticket', (c, o) => `T${v.shift(qaAt(o), 1).y}-${pad((n(o) * 37) % 100000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(cet(qaAt(o)), '/'), ['timestamp'], opt],
    ['Hora', (c, o) => hm(cet(qaAt(o))), [], opt],
    ['Local', () => 'La Bodeguita de Malasaña', ['commerce.commerceScope.storeCode'], opt],
    ['Zona', (c, o) => qaZone(o), [], opt],
    ['Mesa', (c, o) => (qaZone(o) === 'Barra' ? 'Barra' : `${qaZone(o) === 'Terraza' ? 'T' : 'S'}${1 + n(o) % 14}`), []],
    ['Camarero', (c, o) => row(['Dani', 'Lucía', 'Sergio', 'Marta', 'QR Cliente'], qaQr(o) ? 4 : n(o) % 4), []],
    ['Comensales', (c, o) => String(1 + n(o) % 5), []],
    ['Producto', (c, o, r, i) => qaItem(o, i % 3)[0], [PL('name')]],
    ['Categoría', (c, o, r, i) => qaItem(o, i % 3)[1], [PL('productCategories[0].categoryName')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => eur(qaItem(o, i % 3)[2]), []],
    ['Descuento', (c, o, r, i) => eur(qaDisc(o, i % 3)), [PL('discountAmount')]],
    ['Importe', (c, o, r, i) => eur(qaLine(o, i % 3)), [PL('priceTotal')]],
    ['Base imponible', (c, o, r, i) => eur(qaLine(o, i % 3) / 1.1), []],
    ['% IVA', () => '10', []],
    ['Cuota IVA', (c, o, r, i) => eur(qaLine(o, i % 3) - qaLine(o, i % 3) / 1.1), [], opt],
    ['Total ticket', (c, o) => eur(qaTicket(o)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => qaPay(o), [OR('payments[0].paymentType')]],
    ['Propina', (c, o) => eur(qaPay(o) === 'Tarjeta' && n(o) % 4 === 1 ? 1.5 : 0), []],
    ['Pedido por QR', (c, o) => sino(qaQr(o)), [], opt],
    ['Cliente', (c, o) => (qaQr(o) && n(o) % 2 === 0 ? c.full : ''), []],
    ['Email cliente', (c, o) => (qaQr(o) && n(o) % 2 === 0 ? c.email : ''), EMAIL_ID],
    ['Estado', (c, o) => row(['Cobrado', 'Cobrado', 'Cobrado', 'Anulado', 'Cobrado', 'Cobrado', 'Invitación'], n(o) % 7), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: customer-service tickets
  { name: 'inbenta-helpdesk-tickets-es', product: 'Inbenta (Inbenta Helpdesk / Messenger backstage: Tickets > Exportar CSV, one row per ticket from chat, e-mail, web form and WhatsApp, Spanish UI, a Valencia online insurance broker\'s customer service, Europe/Madrid)', family: 'support', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(120000 + n(o) * 3), ['_id'], opt],
    ['Asunto', (c, o) => ibS(o)[0], []],
    ['Estado', (c, o) => ibSt(o), [], opt],
    ['Prioridad', (c, o) => row(['Normal', 'Alta', 'Normal', 'Baja', 'Urgente', 'Normal'], n(o) % 6), []],
    ['Cola', (c, o) => ibS(o)[1], [], opt],
    ['Agente asignado', (c, o) => (ibSt(o) === 'Abierto' ? '' : row(['Laura Ferrer', 'Vicent Soler', 'Andrea Martí', 'Raúl Gil'], n(o) % 4)), []],
    ['Canal', (c, o) => ibCh(o), [], opt],
    ['Creado', (c, o) => euT(cet(ibAt(o))), ['timestamp']],
    ['Actualizado', (c, o) => euT(cet(ibAt(o) + ((n(o) % 30) + 1) * 3600000)), [], opt],
    ['Cerrado', (c, o) => (ibDone(o) ? euT(cet(ibAt(o) + ((n(o) % 72) + 2) * 3600000)) : ''), [], opt],
    ['Nombre', (c) => c.full, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Teléfono', (c, o) => (ibCh(o) === 'WhatsApp' || n(o) % 3 === 0 ? c.mobile : ''), PHONE_ID, opt],
    ['Nº de póliza', (c) => `PV-${pad((n(c) * 7919) % 1e7, 7)}`, CUST_ID, opt],
    ['Idioma', (c, o) => row(['es', 'es', 'ca', 'es', 'es', 'en'], n(o) % 6), ['environment._dc.language'], opt],
    ['País', (c, o) => (n(o) % 13 === 5 ? 'PT' : 'ES'), [at(['placeContext.geo'], 'countryCode')[0]], opt],
    ['Navegador', (c, o) => (ibBot(o) && ibCh(o) === 'Chat' ? ibBrowser(o) : ''), ['environment.browserDetails.name']],
    ['Sistema operativo', (c, o) => (ibBot(o) && ibCh(o) === 'Chat' ? ibOs(o) : ''), ['environment.operatingSystem']],
    ['URL de origen', (c, o) => (ibCh(o) === 'Chat' || ibCh(o) === 'Formulario web' ? row(['https://www.seguroslevante.es/area-cliente/mis-polizas', 'https://www.seguroslevante.es/contacto', 'https://www.seguroslevante.es/seguro-hogar', 'https://www.seguroslevante.es/area-cliente/siniestros'], n(o) % 4) : ''), ['web.webPageDetails.URL']],
    ['IP', (c, o) => (ibCh(o) === 'Chat' || ibCh(o) === 'Formulario web' ? `${row(['83.44', '88.12', '95.127', '79.109', '2.139'], n(o) % 5)}.${n(o) % 255}.${(n(c) % 253) + 1}` : ''), ['environment.ipV4']],
    ['Derivado del chatbot', (c, o) => sino(ibBot(o) && n(o) % 3 !== 1), []],
    ['ID de conversación', (c, o) => (ibBot(o) ? v.uuid(v.rng(n(o) * 7919 + 1)) : ''), [], opt],
    ['Primera respuesta (min)', (c, o) => (ibSt(o) === 'Abierto' ? '' : String(1 + (n(o) * 7) % 240)), []],
    ['Valoración', (c, o) => (ibDone(o) && n(o) % 2 === 0 ? String(1 + n(o) % 5) : ''), []],
    ['Etiquetas', (c, o) => row(['', 'hogar', 'auto;luna', 'baja;retención', '', 'recibos', 'auto;asistencia'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Spain: company-registry officers
  { name: 'libreborme-cargos-empresas-es', product: 'LibreBORME (libreborme.net: Empresa > Cargos > Descargar CSV, one row per officer appointment published in the BORME, Spanish UI, a Madrid B2B insurance broker building a list of company directors, Europe/Madrid)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Empresa', (c) => lbFirm(c)[0], CO],
    ['NIF', (c) => cifOf(n(c) >> 1), ACC, opt],
    ['Nombre', (c) => lbName(c), ['person.name.fullName']],
    ['Tipo', (c) => (n(c) % 11 === 6 ? 'Empresa' : 'Persona'), [], opt],
    ['Cargo', (c) => lbRole(c), ['extendedWorkDetails.jobTitle']],
    ['Acto', (c) => lbAct(c), [], opt],
    ['Fecha de nombramiento', (c) => ymd(bd(c.created)), [], opt],
    ['Fecha de cese', (c) => (lbOut(c) ? ymd(bd(later(c))) : ''), [], opt],
    ['Vigente', (c) => (lbOut(c) ? 'No' : 'Sí'), [], opt],
    ['Domicilio social', (c) => lbFirm(c)[1], [W('street1')], opt],
    ['Provincia', (c) => lbFirm(c)[2], STATE(['workAddress']), opt],
    ['Objeto social', (c) => lbFirm(c)[3], []],
    ['Capital social (€)', (c) => lbFirm(c)[4], []],
    ['Fecha de constitución', (c) => lbFirm(c)[5], []],
    ['Registro Mercantil', (c) => lbFirm(c)[2], [], opt],
    ['Hoja registral', (c) => lbFirm(c)[6], []],
    ['BORME', (c) => `BORME-A-${bd(later(c)).y}-${1 + (n(c) % 240)}-${pad(1 + n(c) % 52)}`, []],
    ['Fecha BORME', (c) => ymd(bd(later(c))), [], opt],
    ['URL', (c) => `https://libreborme.net/borme/empresa/${v.slug(lbFirm(c)[0].toLowerCase()).slice(0, 40)}/`, [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: gym members
  { name: 'trainingym-manager-socios-es', product: 'Trainingym (Trainingym Manager: Socios > Listado de socios > Exportar Excel, one row per member, Spanish UI, a Zaragoza gym chain with two clubs and a points-and-levels programme in the app, Europe/Madrid, EUR)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID', (c) => String(900000 + n(c) * 3), ['_id', 'personID']],
    ['Nº socio', (c) => String(1000 + n(c) % 9000), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Gil', 'Lahoz', 'Sanz', 'Pardo', 'Royo', 'Lasheras'], n(c) % 6)}`, ['person.name.lastName']],
    ['DNI/NIE', (c) => dniOf(n(c)), ['person.taxId'], opt],
    ['Sexo', (c) => (fem(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha de nacimiento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Móvil', (c) => c.mobile.replace('+34 ', ''), ['mobilePhone.number']],
    ['Dirección', (c) => `${zgz(c)[0]} ${1 + n(c) % 120}, ${1 + n(c) % 8}º ${row(['A', 'B', 'C', 'Izda', 'Dcha'], n(c) % 5)}`, at(HOME, 'street1')],
    ['Código postal', (c) => zgz(c)[1], at(HOME, 'postalCode')],
    ['Población', () => 'Zaragoza', at(HOME, 'city')],
    ['Provincia', () => 'Zaragoza', STATE(HOME)],
    ['Centro', (c) => (n(c) % 2 ? 'Fit Ebro Delicias' : 'Fit Ebro Actur'), [], opt],
    ['Estado', (c) => tgSt(c), ['loyalty.status'], opt],
    ['Tipo de cuota', (c) => tgFee(c)[0], [], opt],
    ['Importe cuota', (c) => tgFee(c)[1], []],
    ['Fecha de alta', (c) => dmy(bd(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Fecha de baja', (c) => (tgSt(c) === 'Baja' ? dmy(bd(later(c)), '/') : ''), [], opt],
    ['Forma de pago', (c) => (tgFee(c)[0].startsWith('Bono') ? 'Tarjeta' : 'Domiciliación SEPA'), []],
    ['IBAN', (c) => (tgFee(c)[0].startsWith('Bono') ? '' : `ES${pad(10 + n(c) % 89)} 2085 ${pad(n(c) % 10000, 4)} ${pad((n(c) * 7) % 100, 2)}${pad((n(c) * 13) % 100, 2)} ${pad((n(c) * 7919) % 10000, 4)} ${pad((n(c) * 31) % 10000, 4)}`), []],
    ['Última visita', (c) => (tgSt(c) === 'Baja' ? '' : euM(cet(open(later(c), 1, 7, 15)))), [], opt],
    ['Visitas último mes', (c) => String(tgSt(c) === 'Activo' ? (n(c) * 3) % 22 : 0), []],
    ['Puntos', (c) => String(tgPoints(c)), ['loyalty.points']],
    ['Nivel', (c) => tgLevel(c), ['loyalty.tier']],
    ['App activada', (c) => sino(n(c) % 4 !== 2), []],
    ['Acepta comunicaciones', (c) => sino(c.bool), []],
  ] },
]
