// Round 106, heldout106: held-out sets written apart by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). French-language products of France, Belgium,
// Switzerland and Québec and Italian-language products of Italy and Ticino: an order-management system's order lines,
// an SMS gateway's send history, a salon-booking platform's appointments, a food-delivery platform's partner orders, a
// Québec clinic-booking tool's client file, a fitness-studio booking platform's members, a Belgian company database's
// prospect list, a hotel booking engine's reservations, a parcel broker's shipments, an SMS platform's address book,
// a credit-information provider's prospect list and a Swiss SME app's contacts. Headers are in the product's UI
// language as the writer knows or found them (SMSBOX's history columns and status words from its API manual, Qlara's
// contact fields from Agile Telecom's knowledge base, Trends Top's contact and export data from its FAQ); the rest from
// the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Paris / Brussels / Geneva / Rome / Lugano time (+1, +2 in summer); Montréal (-5, -4 in summer)
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const est = (ms) => shift(ms, summer(ms) ? -4 : -5)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const frDT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const bd = (c) => v.parts(c.birth)
// a Geneva restaurant order placed at lunch or dinner time (local parts with the hour set from the order)
const meal = (o) => ({ ...cet(o.at), H: row([11, 12, 12, 13, 18, 19, 19, 20, 20, 21], +o.id >> 2) })
const plus = (p, m) => { const t = p.H * 60 + p.M + m; return `${pad(Math.floor(t / 60) % 24)}:${pad(t % 60)}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
// amounts: decimal comma (1234,50), space or dot thousands (1 234,50 / 1.234,50), Québec (1 234,50 $)
const dec = (n, s = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', s)
const thou = (n, t = ' ', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const grp = (n, t) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const W = (leaf) => `workAddress.${leaf}`
const STORE = ['commerce.commerceScope.storeCode']
const ACCOUNT = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people and places, seeded by the row's person
// first: [male, female]; places: [city, postcode, region]
const LOC = {
  fr: { first: [['Nicolas', 'Sandrine'], ['Julien', 'Aurélie'], ['Mathieu', 'Céline'], ['Sébastien', 'Virginie'], ['Antoine', 'Pauline'], ['Romain', 'Émilie'], ['Guillaume', 'Claire']],
    last: ['Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Chevalier', 'Gauthier'],
    places: [['Bordeaux', '33000', 'Nouvelle-Aquitaine'], ['Mérignac', '33700', 'Nouvelle-Aquitaine'], ['Lyon', '69003', 'Auvergne-Rhône-Alpes'], ['Villeurbanne', '69100', 'Auvergne-Rhône-Alpes'], ['Nantes', '44000', 'Pays de la Loire'], ['Rennes', '35000', 'Bretagne'], ['Montpellier', '34000', 'Occitanie'], ['Strasbourg', '67000', 'Grand Est'], ['Paris', '75011', 'Île-de-France'], ['Boulogne-Billancourt', '92100', 'Île-de-France']],
    street: (r) => `${v.int(r, 1, 160)}${r() < 0.1 ? ' bis' : ''} ${v.pick(r, ['rue Sainte-Catherine', 'cours de l\'Intendance', 'rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Nationale', 'allée des Tilleuls', 'impasse des Lilas'])}`,
    street2: (r) => (r() < 0.3 ? v.pick(r, ['Bâtiment B', 'Appartement 12', 'Résidence Les Pins', '3e étage', 'Chez M. et Mme Rey']) : ''),
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['orange.fr', 'free.fr', 'gmail.com', 'hotmail.fr', 'laposte.net', 'sfr.fr', 'yahoo.fr'] },
  be: { first: [['Maxime', 'Laura'], ['Thomas', 'Charlotte'], ['Arnaud', 'Sophie'], ['Cédric', 'Marie'], ['Olivier', 'Nathalie'], ['Kevin', 'Justine']],
    last: ['Dubois', 'Lambert', 'Dupont', 'Peeters', 'Mertens', 'Lejeune', 'Renard', 'Simon', 'Collignon', 'Leclercq', 'Jacobs', 'Lemaire'],
    places: [['Bruxelles', '1000', 'Bruxelles-Capitale'], ['Ixelles', '1050', 'Bruxelles-Capitale'], ['Uccle', '1180', 'Bruxelles-Capitale'], ['Liège', '4000', 'Liège'], ['Namur', '5000', 'Namur'], ['Charleroi', '6000', 'Hainaut'], ['Mons', '7000', 'Hainaut'], ['Wavre', '1300', 'Brabant wallon'], ['Ottignies-Louvain-la-Neuve', '1340', 'Brabant wallon']],
    street: (r) => `${v.pick(r, ['Rue Neuve', 'Chaussée de Waterloo', 'Avenue Louise', 'Rue de Fer', 'Boulevard d\'Avroy', 'Rue des Carmes', 'Rue de la Station'])} ${v.int(r, 1, 240)}`,
    street2: (r) => (r() < 0.25 ? `bte ${v.int(r, 1, 12)}` : ''),
    mobile: (r) => `+32 4${v.pick(r, ['70', '75', '76', '77', '78', '85', '86', '95', '96'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'voo.be', 'outlook.be'] },
  ch: { first: [['Yannick', 'Sandra'], ['Loïc', 'Mélanie'], ['Cédric', 'Séverine'], ['Fabien', 'Laetitia'], ['Raphaël', 'Anouk']],
    last: ['Favre', 'Rochat', 'Morel', 'Bonvin', 'Berset', 'Perrin', 'Rey', 'Pittet', 'Jaquier', 'Bovet'],
    places: [['Genève', '1205', 'GE'], ['Genève', '1201', 'GE'], ['Genève', '1207', 'GE'], ['Carouge GE', '1227', 'GE'], ['Lancy', '1212', 'GE'], ['Vernier', '1214', 'GE'], ['Chêne-Bougeries', '1224', 'GE']],
    street: (r) => `${v.pick(r, ['Rue de Carouge', 'Boulevard Carl-Vogt', 'Rue des Eaux-Vives', 'Avenue de Champel', 'Rue de Lausanne', 'Route de Chêne', 'Rue de la Servette'])} ${v.int(r, 1, 120)}`,
    street2: (r) => (r() < 0.4 ? `${v.int(r, 1, 7)}e étage, code ${v.int(r, 1000, 9999)}` : ''),
    mobile: (r) => `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['bluewin.ch', 'gmail.com', 'hotmail.com', 'sunrise.ch', 'romandie.com'] },
  qc: { first: [['Jean-François', 'Marie-Ève'], ['Mathieu', 'Geneviève'], ['Alexandre', 'Catherine'], ['Maxime', 'Véronique'], ['Simon', 'Isabelle'], ['Étienne', 'Annie']],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque'],
    places: [['Montréal', 'H2J 2L1', 'QC'], ['Montréal', 'H1V 3R2', 'QC'], ['Laval', 'H7N 4Y6', 'QC'], ['Longueuil', 'J4K 2T5', 'QC'], ['Québec', 'G1R 4P5', 'QC'], ['Lévis', 'G6V 6N5', 'QC'], ['Sherbrooke', 'J1H 1Z3', 'QC'], ['Gatineau', 'J8X 2K6', 'QC']],
    street: (r) => `${v.int(r, 10, 9800)}, ${v.pick(r, ['rue Saint-Denis', 'boulevard René-Lévesque Ouest', 'avenue du Mont-Royal Est', 'rue Sherbrooke Est', 'chemin Sainte-Foy', 'rue King Ouest', 'boulevard des Laurentides'])}`,
    street2: (r) => (r() < 0.35 ? String(v.int(r, 1, 12) * 100 + v.int(r, 1, 12)) : ''),
    mobile: (r) => `${v.pick(r, ['514', '438', '450', '418', '819'])}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`,
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'bell.net', 'sympatico.ca'] },
  it: { first: [['Giuseppe', 'Francesca'], ['Davide', 'Valentina'], ['Simone', 'Martina'], ['Luca', 'Alessia'], ['Stefano', 'Silvia'], ['Roberto', 'Paola'], ['Antonio', 'Roberta']],
    last: ['Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Caruso', 'Ferri'],
    places: [['Firenze', '50122', 'FI'], ['Prato', '59100', 'PO'], ['Milano', '20135', 'MI'], ['Monza', '20900', 'MB'], ['Bologna', '40126', 'BO'], ['Bari', '70121', 'BA'], ['Lecce', '73100', 'LE'], ['Padova', '35121', 'PD'], ['Verona', '37121', 'VR'], ['Napoli', '80121', 'NA'], ['Roma', '00185', 'RM'], ['Torino', '10128', 'TO']],
    street: (r) => `${v.pick(r, ['Via Roma', 'Via Giuseppe Verdi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale della Repubblica', 'Via Sparano da Bari', 'Piazza della Libertà', 'Via XX Settembre'])}, ${v.int(r, 1, 180)}${r() < 0.1 ? '/A' : ''}`,
    street2: (r) => (r() < 0.25 ? v.pick(r, ['Scala B', 'Interno 5', 'c/o Studio Rossi', 'Piano 2']) : ''),
    mobile: (r) => `3${v.pick(r, ['20', '28', '33', '35', '38', '40', '47', '49'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['libero.it', 'gmail.com', 'virgilio.it', 'hotmail.it', 'alice.it', 'tiscali.it'] },
  ti: { first: [['Fabio', 'Daniela'], ['Claudio', 'Monica'], ['Sandro', 'Michela'], ['Marco', 'Sara'], ['Ivan', 'Nadia']],
    last: ['Bernasconi', 'Rusconi', 'Pedrazzini', 'Cattaneo', 'Ferrari', 'Gianella', 'Lepori', 'Soldati', 'Bianchi', 'Moretti'],
    places: [['Lugano', '6900', 'TI'], ['Bellinzona', '6500', 'TI'], ['Locarno', '6600', 'TI'], ['Mendrisio', '6850', 'TI'], ['Chiasso', '6830', 'TI'], ['Massagno', '6900', 'TI'], ['Paradiso', '6900', 'TI'], ['Biasca', '6710', 'TI']],
    street: (r) => v.pick(r, ['Via Nassa', 'Viale Stefano Franscini', 'Via Cantonale', 'Corso Pestalozzi', 'Via Canonica', 'Piazza Grande', 'Via San Gottardo', 'Via Lugano']),
    street2: (r) => String(v.int(r, 1, 60)),
    mobile: (r) => `07${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['bluewin.ch', 'gmail.com', 'ticino.com', 'hispeed.ch'] },
}
// firms: [name, domain, activity]
const FIRMS = {
  be: [['Ateliers Collignon SRL', 'ateliers-collignon.be', '25.110 Fabrication de structures métalliques'], ['Boulangerie Renard SRL', 'boulangerie-renard.be', '10.711 Boulangerie'], ['Menuiserie Lejeune SA', 'menuiserie-lejeune.be', '16.230 Fabrication de charpentes et menuiseries'], ['Transports Leclercq & Fils SA', 'transports-leclercq.be', '49.410 Transports routiers de fret'], ['Imprimerie Mosane SC', 'imprimerie-mosane.be', '18.120 Autre imprimerie'], ['Clinique Vétérinaire du Condroz SRL', 'vetocondroz.be', '75.000 Activités vétérinaires']],
  it: [['Meccanica Fontana S.r.l.', 'meccanicafontana.it', '25.62.00 Lavori di meccanica generale'], ['Tessitura Santoro S.p.A.', 'tessiturasantoro.it', '13.20.00 Tessitura'], ['Caruso Arredamenti S.r.l.s.', 'carusoarredamenti.it', '31.09.90 Fabbricazione di altri mobili'], ['Lombardi Logistica S.r.l.', 'lombardilogistica.it', '52.10.20 Magazzini frigoriferi per conto terzi'], ['Oleificio Rizzo S.n.c.', 'oleificiorizzo.it', '10.41.10 Produzione di olio di oliva'], ['Studio Tecnico Barbieri', 'studiobarbieri.it', '71.12.10 Attività degli studi di ingegneria']],
  ti: [['Fiduciaria Rusconi SA', 'fiduciaria-rusconi.ch', ''], ['Ticino Immobili Sagl', 'ticinoimmobili.ch', ''], ['Carrozzeria Pedrazzini SA', 'carrozzeria-pedrazzini.ch', ''], ['Studio d\'architettura Lepori Sagl', 'lepori-architetti.ch', ''], ['Grotto Gianella Sagl', 'grottogianella.ch', ''], ['Cattaneo Impianti SA', 'cattaneo-impianti.ch', '']],
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region] = v.pick(r, d.places)
  const [company, domain, activity] = FIRMS[cc] ? v.pick(r, FIRMS[cc]) : ['', '', '']
  const p = { first, last, female, city, zip, region, company, domain, activity, full: `${first} ${last}`,
    street: d.street(r), street2: d.street2(r), mobile: d.mobile(r),
    email: `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${slug(first)}.${slug(last)}@${domain}` : p.email
  memo.set(k, p)
  return p
}
const fr = (c) => loc(c, 'fr'), be = (c) => loc(c, 'be'), ch = (c) => loc(c, 'ch'), qc = (c) => loc(c, 'qc'), it = (c) => loc(c, 'it'), ti = (c) => loc(c, 'ti')
const IT_REGION = { FI: 'Toscana', PO: 'Toscana', MI: 'Lombardia', MB: 'Lombardia', BO: 'Emilia-Romagna', BA: 'Puglia', LE: 'Puglia', PD: 'Veneto', VR: 'Veneto', NA: 'Campania', RM: 'Lazio', TO: 'Piemonte' }

// ---------------------------------------------------------------- catalogues
// Shippingbo: a Bordeaux solid-cosmetics brand selling on its Shopify shop, Amazon and Cdiscount: [ref, titre, EAN, prix TTC]
const COSME = [['SHP-SOL-AVO', 'Shampoing solide avocat 85 g', '3770012345017', 11.9], ['APS-SOL-COCO', 'Après-shampoing solide coco 60 g', '3770012345024', 12.9], ['SAV-SURG-LAV', 'Savon surgras lavande 100 g', '3770012345031', 6.5], ['DEO-BAUME-01', 'Déodorant baume palmarosa 50 g', '3770012345048', 9.9], ['COF-ZERO-DEC', 'Coffret zéro déchet découverte', '3770012345055', 34.9], ['PRT-SAV-BAMB', 'Porte-savon bambou', '3770012345062', 7.5]]
// Salonkee: a Brussels hair salon with two branches: [prestation, catégorie, prix, durée]
const SALON = [['Coupe femme + brushing', 'Coiffure femme', 48, 60], ['Coupe homme', 'Coiffure homme', 28, 30], ['Couleur + coupe + brushing', 'Coloration', 95, 120], ['Balayage + brushing', 'Coloration', 130, 150], ['Lissage kératine', 'Soins', 160, 180], ['Taille de barbe', 'Barbier', 18, 20]]
// Smood: a Geneva Thai restaurant's baskets: [articles, nb articles, sous-total CHF]
const THAI = [['1x Pad thaï poulet, 1x Nems (4 pces)', 2, 33.5], ['2x Curry vert bœuf, 2x Riz jasmin', 4, 52.0], ['1x Tom yam crevettes, 1x Riz gluant mangue', 2, 29.0], ['1x Bò bún, 1x Thé glacé maison', 2, 27.5], ['3x Pad krapow porc, 3x Riz jasmin, 1x Singha 33cl', 7, 71.5], ['1x Salade de papaye, 1x Satay poulet', 2, 31.0]]
// Simple Booking: a Riva del Garda lakeside hotel: [tipologia, prezzo a notte, trattamento]
const ROOMS = [['Camera Doppia Classic', 128, 'Pernottamento e prima colazione'], ['Camera Doppia Superior Vista Lago', 172, 'Pernottamento e prima colazione'], ['Junior Suite con terrazza', 245, 'Mezza pensione'], ['Camera Singola', 89, 'Pernottamento e prima colazione'], ['Camera Family (4 persone)', 210, 'Mezza pensione']]
// Sendabox: a Florence leather-goods web shop: [contenuto, valore €]
const PELLE = [['Borsa a mano in pelle', 189], ['Portafoglio uomo in cuoio', 59], ['Cintura in cuoio conciato al vegetale', 45], ['Zaino in pelle', 239], ['Portachiavi e porta carte', 29]]

export const SETS = [
  // ---------------------------------------------------------------- France: order-management system
  { name: 'shippingbo-commandes-export-fr', product: 'Shippingbo (order and warehouse management; Commandes > Exporter (CSV), one row per order line, French UI, a Bordeaux solid-cosmetics brand selling on Shopify, Amazon and Cdiscount)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(38000000 + +o.id * 97), ['_id'], opt],
    ['Référence', (c, o) => `BC-${pad(20000 + +o.id % 80000, 6)}`, [OR('purchaseID')]],
    ['Origine', (c, o) => row(['Shopify', 'Amazon', 'Shopify', 'Cdiscount'], +o.id % 4), [], opt],
    ['Réf. origine', (c, o) => row([`#${1000 + +o.id % 9000}`, `40${v.int(() => (+o.id % 97) / 97, 2, 8)}-${pad(+o.id * 7919 % 10000000, 7)}-${pad(+o.id * 104729 % 10000000, 7)}`, `#${1000 + +o.id % 9000}`, `${2300000000 + +o.id * 37}`], +o.id % 4), [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Date de commande', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Expédiée', 'Expédiée', 'Expédiée', 'En préparation', 'En attente de stock', 'Annulée']), []],
    ['Livraison - Prénom', (c) => fr(c).first, []],
    ['Livraison - Nom', (c) => fr(c).last, []],
    ['Livraison - Société', (c, o, r) => (r() < 0.08 ? `${fr(c).last} Coiffure` : ''), []],
    ['Livraison - Adresse 1', (c) => fr(c).street, [SHIP('street1')]],
    ['Livraison - Adresse 2', (c) => fr(c).street2, [SHIP('street2')]],
    ['Livraison - Code postal', (c) => fr(c).zip, [SHIP('postalCode')]],
    ['Livraison - Ville', (c) => fr(c).city, [SHIP('city')]],
    ['Livraison - Pays', (c, o) => (+o.id % 13 === 0 ? 'BE' : 'FR'), [SHIP('countryCode')]],
    ['Livraison - Email', (c, o, r) => (+o.id % 4 === 1 ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.fr` : fr(c).email), EMAIL_ID, opt],
    ['Livraison - Téléphone', (c) => fr(c).mobile, PHONE_ID, opt],
    ['Facturation - Adresse 1', (c) => fr(c).street, [BILL('street1')]],
    ['Facturation - Code postal', (c) => fr(c).zip, [BILL('postalCode')]],
    ['Facturation - Ville', (c) => fr(c).city, [BILL('city')]],
    ['Réf. produit', (c, o, r, i) => row(COSME, i + +o.id)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(COSME, i + +o.id)[2], [PL('SKU')], opt],
    ['Titre', (c, o, r, i) => row(COSME, i + +o.id)[1], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => dec(row(COSME, i + +o.id)[3]), [], opt],
    ['Total ligne TTC', (c, o, r, i) => dec(row(COSME, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['Frais de port TTC', (c, o) => (o.shipping ? '4,90' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Total TVA', (c, o, r, i) => dec((row(COSME, i + +o.id)[3] * o.qty + (o.shipping ? 4.9 : 0)) / 6), [OR('taxAmount')]],
    ['Total TTC', (c, o, r, i) => dec(row(COSME, i + +o.id)[3] * o.qty + (o.shipping ? 4.9 : 0)), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Transporteur', (c, o) => row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Chronopost'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Méthode de livraison', (c, o) => row(['Colissimo Domicile sans signature', 'Mondial Relay Point Relais', 'Colissimo Domicile sans signature', 'Chronopost 13h'], +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['N° de suivi', (c, o, r) => (r() < 0.85 ? row([`6A${v.int(r, 10000000000, 99999999999)}`, String(v.int(r, 10000000, 99999999)), `6A${v.int(r, 10000000000, 99999999999)}`, `XW${v.int(r, 100000000, 999999999)}FR`], +o.id % 4) : ''), ['commerce.shipping.trackingNumber']],
    ['Date d\'expédition', (c, o, r) => (r() < 0.85 ? dmy(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Poids (g)', (c, o) => String(120 * o.qty + 80), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Cadeau', 'Client fidèle', 'Prioritaire']), []],
  ] },
  // ---------------------------------------------------------------- France: SMS gateway
  { name: 'smsbox-historique-envois-fr', product: 'SMSBOX (smsbox.net, Boulogne-Billancourt; Espace client > Historique > Exporter en CSV, one row per SMS, French UI, a Bordeaux-area car-service chain\'s appointment reminders and a promotion)', family: 'sms', language: 'fr', schema: E, cols: [
    ['Date d\'envoi', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['ID', (c, o) => String(700000000 + +o.id * 4021), ['_id']],
    ['Référence', (c, o) => (+o.id % 2 ? `RDV-${pad(+o.id % 100000, 6)}` : 'PROMO-PNEUS-HIVER'), [], opt],
    ['Destinataire', (c) => `33${fr(c).mobile.replace(/ /g, '').slice(1)}`, PHONE_ID],
    ['Expéditeur', (c, o) => (+o.id % 5 === 4 ? '' : 'AUTOPLUS33'), []],
    ['Mode', (c, o) => (+o.id % 5 === 4 ? 'Economique' : 'Expert'), []],
    ['Stratégie', (c, o) => (+o.id % 2 ? 'Notification' : 'Marketing'), []],
    ['Type', () => 'Classique', []],
    ['Message', (c, o) => (+o.id % 2 ? `Bonjour ${fr(c).first}, rappel de votre RDV atelier le ${dmy(cet(o.at + day))} a ${8 + +o.id % 10}h${row(['00', '15', '30', '45'], +o.id >> 2)}. Pour annuler : 05 56 12 34 56. AutoPlus` : 'Pneus hiver : -20% sur le montage jusqu\'au 30/11 chez AutoPlus ! Prenez RDV sur autoplus33.fr STOP SMS 36111'), []],
    ['Nb SMS', (c, o) => (+o.id % 2 ? '1' : '2'), []],
    ['Crédits', (c, o) => (+o.id % 5 === 4 ? '0,5' : +o.id % 2 ? '1' : '2'), []],
    ['Statut', (c, o, r) => v.pick(r, ['Message reçu', 'Message reçu', 'Message reçu', 'Message transmis', 'Échec de transmission', 'Mobile destinataire inactif', 'Numéro inconnu']), []],
    ['Date du statut', (c, o, r) => (r() < 0.9 ? `${dmy(cet(o.at + 9000))} ${hms(cet(o.at + 9000))}` : ''), [], opt],
    ['Opérateur', (c, o, r) => v.pick(r, ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile']), ['environment.carrier'], opt],
    ['Pays', () => 'France', [], opt],
    ['Campagne', (c, o) => (+o.id % 2 ? '' : 'Pneus hiver novembre'), ['marketing.campaignName'], opt],
    ['Groupe', (c, o) => (+o.id % 2 ? '' : v.pick(() => (+o.id % 7) / 7, ['Clients Mérignac', 'Clients Pessac', 'Clients Bègles'])), []],
    ['Contact', (c, o, r) => (r() < 0.6 ? `${fr(c).last.toUpperCase()} ${fr(c).first}` : ''), []],
    ['Réponse', (c, o, r) => (+o.id % 2 ? '' : r() < 0.1 ? 'STOP' : ''), []],
    ['Source', (c, o) => (+o.id % 2 ? 'API' : 'Interface web'), []],
  ] },
  // ---------------------------------------------------------------- Belgium: salon booking platform
  { name: 'salonkee-rendez-vous-export-fr', product: 'Salonkee (salon booking and management; Agenda > Rendez-vous > Exporter (Excel), one row per booked service, French UI, a Brussels hair salon with branches in Ixelles and Uccle)', family: 'booking', language: 'fr', schema: E, cols: [
    ['ID réservation', (c, o) => `SK${pad(+o.id * 7349 % 10000000, 7)}`, [OR('purchaseID'), '_id']],
    ['Salon', (c, o) => (+o.id % 3 ? 'Maison Capillaire Ixelles' : 'Maison Capillaire Uccle'), STORE, opt],
    ['Réservé le', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Date du rendez-vous', (c, o) => dmy(cet(o.at + ((+o.id % 20) + 1) * day)), [], opt],
    ['Heure', (c, o) => `${pad(9 + +o.id % 9)}:${row(['00', '15', '30', '45'], +o.id >> 3)}`, []],
    ['Durée (min)', (c, o, r, i) => String(row(SALON, i + +o.id)[3]), []],
    ['Prestation', (c, o, r, i) => row(SALON, i + +o.id)[0], [PL('name')]],
    ['Catégorie', (c, o, r, i) => row(SALON, i + +o.id)[1], [PL('productCategories[0].categoryName')], opt],
    ['Collaborateur', (c, o) => row(['Sarah', 'Mehdi', 'Julie', 'Premier disponible'], +o.id % 4), []],
    ['Prénom', (c) => be(c).first, []],
    ['Nom', (c) => be(c).last, []],
    ['E-mail', (c, o, r) => (r() < 0.9 ? be(c).email : ''), EMAIL_ID, opt],
    ['Téléphone', (c) => be(c).mobile, PHONE_ID, opt],
    ['Nouveau client', (c, o, r) => (r() < 0.3 ? 'Oui' : 'Non'), []],
    ['Prix (€)', (c, o, r, i) => dec(row(SALON, i + +o.id)[2]), [OR('priceTotal'), PL('priceTotal')]],
    ['Réduction (€)', (c, o) => (o.discount ? dec(row(SALON, +o.id)[2] * 0.1) : '0,00'), [OR('discountAmount')], opt],
    ['Acompte (€)', (c, o, r, i) => (+o.id % 4 === 0 ? dec(row(SALON, i + +o.id)[2] * 0.3) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Paiement', (c, o) => row(['Au salon', 'Au salon', 'Bancontact', 'Payé en ligne'], +o.id % 4), [OR('payments[0].paymentType')], opt],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut', (c, o, r) => v.pick(r, ['Terminé', 'Terminé', 'Confirmé', 'Annulé par le client', 'Absent']), []],
    ['Annulé le', (c, o, r) => (r() < 0.15 ? frDT(o.at + 2 * day) : ''), [OR('cancelDate')], opt],
    ['Source', (c, o) => row(['Salonkee.be', 'Application Salonkee', 'Au salon', 'Site web (widget)', 'Instagram'], +o.id % 5), [], opt],
    ['Remarque du client', (c, o, r) => v.pick(r, ['', '', '', 'Cheveux très longs', 'Première visite, allergie au PPD']), []],
    ['Rappel SMS', (c, o, r) => (r() < 0.85 ? 'Envoyé' : 'Non envoyé'), []],
  ] },
  // ---------------------------------------------------------------- Switzerland (Geneva): food-delivery platform partner orders
  { name: 'smood-commandes-partenaire-fr', product: 'Smood (Swiss food and grocery delivery; Espace partenaire > Commandes > Exporter CSV, one row per order, French UI, a Geneva Thai restaurant in Carouge)', family: 'delivery', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o) => String(5100000 + +o.id * 13), [OR('purchaseID'), '_id']],
    ['Date de commande', (c, o) => `${dmy(meal(o), '.')} ${hm(meal(o))}`, ['timestamp', OR('createdDate')]],
    ['Établissement', () => 'Bangkok Street - Carouge', STORE, opt],
    ['Type', (c, o) => (+o.id % 5 === 0 ? 'À emporter' : 'Livraison'), ['commerce.shipping.shippingMethod'], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Livrée', 'Livrée', 'Livrée', 'Annulée', 'Remboursée']), []],
    ['Client', (c) => `${ch(c).first} ${ch(c).last[0]}.`, []],
    ['Adresse de livraison', (c, o) => (+o.id % 5 === 0 ? '' : ch(c).street), [SHIP('street1')]],
    ['Complément d\'adresse', (c, o) => (+o.id % 5 === 0 ? '' : ch(c).street2), [SHIP('street2')], opt],
    ['NPA', (c, o) => (+o.id % 5 === 0 ? '' : ch(c).zip), [SHIP('postalCode')]],
    ['Localité', (c, o) => (+o.id % 5 === 0 ? '' : ch(c).city), [SHIP('city')]],
    ['Articles', (c, o) => row(THAI, +o.id)[0], [PL('name')], opt],
    ['Nombre d\'articles', (c, o) => String(row(THAI, +o.id)[1]), [PL('quantity')], opt],
    ['Sous-total', (c, o) => dec(row(THAI, +o.id)[2], '.'), [], opt],
    ['Frais de livraison', (c, o) => (+o.id % 5 === 0 ? '0.00' : '4.90'), ['commerce.shipping.shippingAmount']],
    ['Rabais', (c, o) => (o.discount ? '5.00' : '0.00'), [OR('discountAmount')], opt],
    ['Code promo', (c, o) => (o.discount ? 'SMOOD5' : ''), ['commerce.promotionID'], opt],
    ['Total', (c, o) => dec(row(THAI, +o.id)[2] + (+o.id % 5 === 0 ? 0 : 4.9) - (o.discount ? 5 : 0), '.'), [OR('priceTotal')]],
    ['Devise', () => 'CHF', [OR('currencyCode')]],
    ['Moyen de paiement', (c, o) => row(['Carte de crédit', 'TWINT', 'Carte de crédit', 'Apple Pay', 'Espèces'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Pourboire', (c, o, r) => (r() < 0.3 ? dec(v.pick(r, [2, 3, 5]), '.') : '0.00'), []],
    ['Commission Smood', (c, o) => dec(row(THAI, +o.id)[2] * 0.28, '.'), []],
    ['Montant net partenaire', (c, o) => dec(row(THAI, +o.id)[2] * 0.72, '.'), []],
    ['Heure de livraison', (c, o, r) => (+o.id % 5 === 0 ? '' : plus(meal(o), v.int(r, 25, 55))), [], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'Sans coriandre svp', 'Sonner chez Morel, 3e étage', 'Pas trop épicé']), []],
  ] },
  // ---------------------------------------------------------------- Québec: clinic booking client file
  { name: 'gorendezvous-clients-export-fr', product: 'GOrendezvous (Montréal online booking for clinics and salons; Clients > Exporter la liste (Excel), one row per client, Québec French UI, a Laval physiotherapy and massage clinic)', family: 'booking', language: 'fr', schema: P, cols: [
    ['No de dossier', (c) => String(1000 + +c.id % 9000), ['_id', 'personID']],
    ['Prénom', (c) => qc(c).first, ['person.name.firstName']],
    ['Nom', (c) => qc(c).last, ['person.name.lastName']],
    ['Sexe', (c) => (qc(c).female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Date de naissance', (c, o, r) => (r() < 0.85 ? ymd(bd(c)) : ''), ['person.birthDate']],
    ['Courriel', (c, o, r) => (r() < 0.92 ? qc(c).email : ''), ['personalEmail.address']],
    ['Téléphone cellulaire', (c) => qc(c).mobile, ['mobilePhone.number']],
    ['Téléphone à la maison', (c, o, r) => (r() < 0.3 ? `450-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}` : ''), ['homePhone.number']],
    ['Téléphone au travail', (c, o, r) => (r() < 0.15 ? `514-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}, poste ${v.int(r, 100, 999)}` : ''), ['workPhone.number'], opt],
    ['Adresse', (c) => qc(c).street, at(HOME, 'street1')],
    ['App.', (c) => qc(c).street2, at(HOME, 'street2'), opt],
    ['Ville', (c) => qc(c).city, at(HOME, 'city')],
    ['Province', (c) => qc(c).region, STATE(HOME)],
    ['Code postal', (c) => qc(c).zip, at(HOME, 'postalCode')],
    ['Pays', () => 'Canada', at(HOME, 'country')],
    ['Langue de communication', (c, o, r) => (r() < 0.85 ? 'Français' : 'Anglais'), [], opt],
    ['Rappels par texto', (c, o, r) => (r() < 0.8 ? 'Oui' : 'Non'), [], opt],
    ['Rappels par courriel', (c, o, r) => (r() < 0.7 ? 'Oui' : 'Non'), [], opt],
    ['Accepte les communications promotionnelles', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Référé par', (c, o, r) => v.pick(r, ['', 'Google', 'Médecin', 'Un ami', 'Assureur', '']), []],
    ['Date de création', (c) => `${ymd(est(c.created))} ${hm(est(c.created))}`, [], opt],
    ['Dernier rendez-vous', (c) => ymd(est(later(c))), [], opt],
    ['Nombre de rendez-vous', (c) => String(1 + +c.id % 37), []],
    ['Solde', (c, o, r) => (r() < 0.15 ? `${thou(v.int(r, 40, 180), ' ', ',')} $` : '0,00 $'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Entorse cheville droite - suivi CNESST', 'Préfère les RDV en soirée', 'Reçus au nom du conjoint']), []],
  ] },
  // ---------------------------------------------------------------- France: fitness-studio booking platform members
  { name: 'bsport-membres-export-fr', product: 'bsport (studio booking and management; Membres > Exporter (CSV), one row per member, French UI, a Paris yoga and reformer-pilates studio with two locations)', family: 'booking', language: 'fr', schema: P, cols: [
    ['ID membre', (c) => String(2400000 + +c.id * 3), ['_id', 'personID']],
    ['Prénom', (c) => fr(c).first, ['person.name.firstName']],
    ['Nom', (c) => fr(c).last, ['person.name.lastName']],
    ['Email', (c) => fr(c).email, ['personalEmail.address']],
    ['Téléphone', (c) => fr(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Date de naissance', (c, o, r) => (r() < 0.7 ? dmy(bd(c)) : ''), ['person.birthDate']],
    ['Genre', (c, o, r) => (r() < 0.1 ? '' : fr(c).female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Adresse', (c) => (+c.id % 5 < 3 ? fr(c).street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => (+c.id % 5 < 3 ? row(['75011', '75003', '75010', '75020', '93100'], +c.id >> 3) : ''), at(HOME, 'postalCode')],
    ['Ville', (c) => (+c.id % 5 < 3 ? (row(['75011', '75003', '75010', '75020', '93100'], +c.id >> 3) === '93100' ? 'Montreuil' : 'Paris') : ''), at(HOME, 'city')],
    ['Établissement', (c) => (+c.id % 3 ? 'Studio Oberkampf' : 'Studio Canal Saint-Martin'), []],
    ['Date d\'inscription', (c) => dmy(cet(c.created)), [], opt],
    ['Offre en cours', (c) => row(['Carnet 10 cours', 'Abonnement illimité mensuel', 'Cours d\'essai', 'Abonnement 4 cours / mois', ''], +c.id % 5), [], opt],
    ['Crédits restants', (c) => String(+c.id % 5 === 1 ? '∞' : +c.id % 5 === 4 ? 0 : +c.id % 9), [], opt],
    ['Fin de validité', (c) => (+c.id % 5 === 4 ? '' : dmy(cet(later(c) + 60 * day))), [], opt],
    ['Nombre de réservations', (c) => String(+c.id % 140), []],
    ['Dernière réservation', (c) => frDT(later(c)), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Reformer', 'Prénatal', 'Ancien ClassPass', 'Entreprise Alan']), []],
    ['Source', (c, o, r) => v.pick(r, ['Instagram', 'ClassPass', 'Bouche à oreille', 'Google', 'Gympass']), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Code de parrainage', (c) => `${fr(c).first.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}${+c.id % 100}`, [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Actif', 'Actif', 'Inactif', 'Prospect']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Douleurs lombaires', 'Enceinte (2e trimestre)']), []],
  ] },
  // ---------------------------------------------------------------- Belgium: company database prospect list
  { name: 'trends-top-export-entreprises-fr', product: 'Trends Top (Trends Business Information / Roularta; Recherche > Exporter la sélection (Excel), one row per company with one contact person, French UI, a Namur IT-services firm\'s prospect list of Walloon SMEs)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['Numéro d\'entreprise', (c) => `0${400 + +c.id % 400}.${pad(+c.id * 7 % 1000, 3)}.${pad(+c.id * 13 % 1000, 3)}`, ACCOUNT, opt],
    ['Nom', (c) => be(c).company, CO],
    ['Forme juridique', (c) => be(c).company.split(' ').pop(), []],
    ['Date de création', (c, o, r) => dmy(v.parts(Date.UTC(v.int(r, 1965, 2019), v.int(r, 0, 11), v.int(r, 1, 28)))), []],
    ['Adresse', (c) => be(c).street, [W('street1')]],
    ['Code postal', (c) => be(c).zip, [W('postalCode')]],
    ['Commune', (c) => be(c).city, [W('city')]],
    ['Province', (c) => be(c).region, STATE(['workAddress'])],
    ['Téléphone', (c, o, r) => `0${v.pick(r, ['81', '4', '71', '65', '10'])} ${v.int(r, 20, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['E-mail', (c) => `info@${be(c).domain}`, ['workEmail.address'], opt],
    ['Site web', (c) => `www.${be(c).domain}`, ['b2b.companyWebsite']],
    ['Code NACE', (c) => be(c).activity.split(' ')[0], []],
    ['Activité principale', (c) => be(c).activity.split(' ').slice(1).join(' '), []],
    ['B2B/B2C', (c, o, r) => v.pick(r, ['B2B', 'B2B', 'B2C', 'B2B/B2C']), []],
    ['Import/Export', (c, o, r) => v.pick(r, ['', 'Export', 'Import', 'Import et export']), []],
    ['Chiffre d\'affaires (€)', (c, o, r) => grp(v.int(r, 300, 48000) * 1000, '.'), []],
    ['Marge brute (€)', (c, o, r) => grp(v.int(r, 100, 9000) * 1000, '.'), []],
    ['Bénéfice/Perte (€)', (c, o, r) => `${r() < 0.2 ? '-' : ''}${grp(v.int(r, 5, 900) * 1000, '.')}`, []],
    ['Personnel (ETP)', (c, o, r) => (v.int(r, 20, 2400) / 10).toFixed(1).replace('.', ','), []],
    ['Score de santé financière', (c, o, r) => `${v.int(r, 1, 10)}/10`, [], opt],
    ['Contact - Civilité', (c) => (be(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Contact - Prénom', (c) => be(c).first, ['person.name.firstName']],
    ['Contact - Nom', (c) => be(c).last, ['person.name.lastName']],
    ['Contact - Fonction', (c, o, r) => v.pick(r, ['Administrateur délégué', 'Gérant', 'Directeur financier', 'Responsable IT', 'Office manager']), ['extendedWorkDetails.jobTitle']],
    ['Contact - Département', (c, o, r) => v.pick(r, ['Direction générale', 'Finances', 'Informatique', 'Achats']), ['extendedWorkDetails.departments[0]'], opt],
    ['Contact - E-mail', (c, o, r) => (r() < 0.75 ? be(c).workEmail : ''), WE],
    ['Contact - Langue', (c, o, r) => (r() < 0.9 ? 'FR' : 'NL'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: hotel booking engine
  { name: 'simple-booking-prenotazioni-it', product: 'Simple Booking (QNT hotel booking engine; Extranet > Prenotazioni > Esporta Excel, one row per reservation, Italian UI, a Riva del Garda lakeside hotel)', family: 'booking', language: 'it', schema: E, cols: [
    ['Codice prenotazione', (c, o) => `${'ABCDEFGHJKLMNPQRSTUVWXYZ'[+o.id % 24]}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[(+o.id >> 3) % 24]}${pad(+o.id * 7919 % 10000000, 7)}`, [OR('purchaseID'), '_id']],
    ['Data prenotazione', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Stato', (c, o, r) => v.pick(r, ['Confermata', 'Confermata', 'Confermata', 'Modificata', 'Cancellata']), [], opt],
    ['Arrivo', (c, o) => dmy(cet(o.at + ((+o.id % 90) + 3) * day)), [], opt],
    ['Partenza', (c, o) => dmy(cet(o.at + ((+o.id % 90) + 3 + 1 + +o.id % 6) * day)), []],
    ['Notti', (c, o) => String(1 + +o.id % 6), [PL('quantity')], opt],
    ['Camere', (c, o) => (+o.id % 11 === 0 ? '2' : '1'), []],
    ['Tipologia camera', (c, o) => row(ROOMS, +o.id)[0], [PL('name')], opt],
    ['Trattamento', (c, o) => row(ROOMS, +o.id)[2], [], opt],
    ['Tariffa', (c, o) => row(['Flessibile', 'Non rimborsabile -12%', 'Flessibile', 'Offerta Early Booking', 'Speciale Lago 3 notti'], +o.id % 5), [], opt],
    ['Adulti', (c, o) => String(row([2, 2, 1, 2, 3], +o.id % 5)), []],
    ['Bambini', (c, o) => String(+o.id % 7 === 0 ? 1 : 0), []],
    ['Nome', (c) => it(c).first, []],
    ['Cognome', (c) => it(c).last, []],
    ['Email', (c) => it(c).email, EMAIL_ID, opt],
    ['Telefono', (c) => `+39 ${it(c).mobile}`, PHONE_ID, opt],
    ['Nazione', (c, o) => row(['Italia', 'Germania', 'Italia', 'Austria', 'Paesi Bassi', 'Italia'], +o.id % 6), [BILL('country')], opt],
    ['Lingua', (c, o) => row(['Italiano', 'Tedesco', 'Italiano', 'Tedesco', 'Inglese', 'Italiano'], +o.id % 6), [], opt],
    ['Totale', (c, o) => thou(row(ROOMS, +o.id)[1] * (1 + +o.id % 6) * (+o.id % 11 === 0 ? 2 : 1) * (+o.id % 5 === 1 ? 0.88 : 1), '.', ','), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Acconto', (c, o) => (+o.id % 5 === 1 ? thou(row(ROOMS, +o.id)[1] * (1 + +o.id % 6) * (+o.id % 11 === 0 ? 2 : 1) * 0.88, '.', ',') : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Metodo di pagamento', (c, o) => (+o.id % 5 === 1 ? 'Pagamento anticipato con carta' : row(['Carta di credito a garanzia', 'Bonifico bancario', 'PayPal'], +o.id % 3)), [OR('payments[0].paymentType')], opt],
    ['Codice promozionale', (c, o) => (o.discount ? 'GARDA10' : ''), ['commerce.promotionID'], opt],
    ['Canale', (c, o) => row(['Sito web', 'Google Hotel Ads', 'Sito web', 'Trivago', 'Meta search - Tripadvisor'], +o.id % 5), [], opt],
    ['Dispositivo', (c, o) => row(['Desktop', 'Mobile', 'Mobile', 'Tablet'], +o.id % 4), ['device.type'], opt],
    ['Iscrizione newsletter', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Data cancellazione', (c, o, r) => (r() < 0.15 ? frDT(o.at + 6 * day) : ''), [OR('cancelDate')], opt],
    ['Richieste speciali', (c, o, r) => v.pick(r, ['', '', '', 'Arrivo in tarda serata', 'Culla in camera', 'Posto auto coperto']), []],
  ] },
  // ---------------------------------------------------------------- Italy: parcel broker shipments
  { name: 'sendabox-spedizioni-export-it', product: 'Sendabox (Milan parcel broker; Le mie spedizioni > Esporta CSV, one row per shipment, Italian UI, a Florence leather-goods web shop shipping by BRT, SDA, GLS and Poste Delivery Business)', family: 'delivery', language: 'it', schema: E, cols: [
    ['ID spedizione', (c, o) => `SBX${pad(+o.id * 6151 % 100000000, 8)}`, ['_id'], opt],
    ['Data creazione', (c, o) => frDT(o.at), ['timestamp']],
    ['Corriere', (c, o) => row(['BRT', 'SDA', 'GLS', 'Poste Delivery Business'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Servizio', (c, o) => row(['Express', 'Extra Large', 'Business Parcel', 'Express'], +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o, r) => (r() < 0.9 ? row([String(v.int(r, 10000000000000, 99999999999999)), `${v.int(r, 100000000000, 999999999999)}`, `M${v.int(r, 100000000, 999999999)}`, `1UW${v.int(r, 100000000, 999999999)}`], +o.id % 4) : ''), ['commerce.shipping.trackingNumber']],
    ['Stato', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Consegnata', 'In transito', 'In giacenza', 'Annullata']), []],
    ['Data ritiro', (c, o, r) => (r() < 0.9 ? dmy(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Data consegna', (c, o, r) => (r() < 0.7 ? dmy(cet(o.at + 3 * day)) : ''), [], opt],
    ['Mittente', () => 'Pelletteria Ponte Vecchio S.r.l.', []],
    ['Destinatario', (c) => it(c).full, []],
    ['Presso', (c) => it(c).street2, [SHIP('street2')], opt],
    ['Indirizzo', (c) => it(c).street, [SHIP('street1')]],
    ['CAP', (c) => it(c).zip, [SHIP('postalCode')]],
    ['Città', (c) => it(c).city, [SHIP('city')]],
    ['Provincia', (c) => it(c).region, STATE(['commerce.shipping.address'])],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['Telefono destinatario', (c) => it(c).mobile, PHONE_ID, opt],
    ['Email destinatario', (c) => it(c).email, EMAIL_ID, opt],
    ['Colli', () => '1', []],
    ['Peso (kg)', (c, o, r) => dec(v.int(r, 4, 60) / 10), []],
    ['Dimensioni (cm)', (c, o) => row(['40x30x15', '30x20x10', '50x40x20', '25x15x5'], +o.id % 4), []],
    ['Contenuto', (c, o) => row(PELLE, +o.id)[0], [PL('name')], opt],
    ['Valore merce (€)', (c, o) => dec(row(PELLE, +o.id)[1]), [], opt],
    ['Contrassegno (€)', (c, o) => (+o.id % 6 === 0 ? dec(row(PELLE, +o.id)[1] + 8.9) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Assicurazione', (c, o) => (row(PELLE, +o.id)[1] > 150 ? 'Sì' : 'No'), []],
    ['Costo spedizione (€)', (c, o) => row(['8,49', '7,90', '9,20', '10,35'], +o.id % 4), ['commerce.shipping.shippingAmount'], opt],
    ['Riferimento ordine', (c, o) => `#${3000 + +o.id % 7000}`, [OR('purchaseID')]],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Citofonare Rossi', 'Consegna al mattino']), []],
  ] },
  // ---------------------------------------------------------------- Italy: SMS platform address book
  { name: 'qlara-rubrica-contatti-it', product: 'Qlara by Agile Telecom (SMS and messaging platform; Rubrica > Contatti > Esporta CSV, one row per contact, Italian UI, a Bari optician chain whose three custom fields hold the store-system customer code, the shop and the next eye-test date)', family: 'sms', language: 'it', schema: P, cols: [
    ['ID contatto', (c) => String(880000 + +c.id % 100000), ['_id', 'personID']],
    ['Prefisso', () => '+39', ['mobilePhone.countryCode'], opt],
    ['Numero', (c) => `39${it(c).mobile.replace(/ /g, '')}`, ['mobilePhone.number']],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.6 ? it(c).email : ''), ['personalEmail.address']],
    ['Azienda', (c, o, r) => (r() < 0.08 ? `Studio ${it(c).last}` : ''), ['organizations[0]'], opt],
    ['Campo personalizzato 1', (c) => `CL${pad(+c.id % 100000, 6)}`, [], opt],
    ['Campo personalizzato 2', (c) => row(['Bari Poggiofranco', 'Bari Centro', 'Modugno', 'Altamura'], +c.id % 4), []],
    ['Campo personalizzato 3', (c) => dmy(cet(later(c) + 300 * day)), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Lenti progressive', 'Preferisce WhatsApp']), []],
    ['Stato', (c, o, r) => (r() < 0.92 ? 'Attivo' : 'Disattivato'), [], opt],
    ['Liste', (c, o, r) => v.pick(r, ['Clienti 2024', 'Clienti 2024; Promo occhiali da sole', 'Controllo vista', 'Clienti 2024; Controllo vista']), []],
    ['Opt-out', (c, o, r) => (r() < 0.06 ? 'Sì' : 'No'), [], opt],
    ['Data opt-out', () => '', [], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Importazione file', 'Importazione file', 'API', 'Inserimento manuale']), []],
    ['Data creazione', (c) => frDT(c.created), [], opt],
    ['Ultimo aggiornamento', (c) => frDT(later(c)), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: credit-information prospect list
  { name: 'creditsafe-lista-prospect-it', product: 'Creditsafe Italia (Ricerca aziende > Prospect > Esporta lista in Excel, one row per company with its legal representative, Italian UI, a Modena packaging maker\'s prospect list of manufacturers)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Numero Creditsafe', (c) => `IT${pad(+c.id * 31 % 100000000, 8)}`, [...B2BID, ...ACCOUNT], opt],
    ['Ragione sociale', (c) => it(c).company, CO],
    ['Partita IVA', (c) => pad(+c.id * 7919 % 100000000000, 11), [], opt],
    ['Codice fiscale', (c) => pad(+c.id * 7919 % 100000000000, 11), [], opt],
    ['Numero REA', (c) => `${it(c).region}-${100000 + +c.id % 900000}`, []],
    ['Forma giuridica', (c) => (/S\.p\.A\./.test(it(c).company) ? 'Società per azioni' : /S\.n\.c\./.test(it(c).company) ? 'Società in nome collettivo' : /Studio/.test(it(c).company) ? 'Studio associato' : 'Società a responsabilità limitata'), []],
    ['Stato', (c, o, r) => (r() < 0.93 ? 'Attiva' : 'In liquidazione'), []],
    ['Data costituzione', (c, o, r) => dmy(v.parts(Date.UTC(v.int(r, 1972, 2020), v.int(r, 0, 11), v.int(r, 1, 28)))), []],
    ['Indirizzo', (c) => it(c).street, [W('street1')]],
    ['CAP', (c) => it(c).zip, [W('postalCode')]],
    ['Comune', (c) => it(c).city, [W('city')]],
    ['Provincia', (c) => it(c).region, STATE(['workAddress'])],
    ['Regione', (c) => IT_REGION[it(c).region], [], opt],
    ['Telefono', (c, o, r) => (r() < 0.8 ? `0${v.int(r, 10, 99)} ${v.int(r, 100000, 9999999)}` : ''), ['workPhone.number']],
    ['Sito web', (c, o, r) => (r() < 0.75 ? `www.${it(c).domain}` : ''), ['b2b.companyWebsite']],
    ['PEC', (c) => `${it(c).domain.split('.')[0]}@pec.it`, [], opt],
    ['Codice ATECO', (c) => it(c).activity.split(' ')[0], []],
    ['Descrizione ATECO', (c) => it(c).activity.split(' ').slice(1).join(' '), []],
    ['Fatturato (€)', (c, o, r) => grp(v.int(r, 400, 60000) * 1000, '.'), []],
    ['Dipendenti', (c, o, r) => String(v.int(r, 3, 240)), []],
    ['Creditsafe Score', (c, o, r) => String(v.int(r, 8, 99)), [], opt],
    ['Classe di rischio', (c, o, r) => v.pick(r, ['A - Rischio molto basso', 'B - Rischio basso', 'B - Rischio basso', 'C - Rischio moderato', 'D - Rischio alto']), []],
    ['Fido consigliato (€)', (c, o, r) => grp(v.int(r, 5, 400) * 1000, '.'), []],
    ['Esponente - Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Esponente - Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Esponente - Carica', (c, o, r) => v.pick(r, ['Amministratore unico', 'Presidente del consiglio di amministrazione', 'Amministratore delegato', 'Socio amministratore']), ['extendedWorkDetails.jobTitle']],
  ] },
  // ---------------------------------------------------------------- Ticino: SME app contacts
  { name: 'klara-contatti-export-it', product: 'KLARA Business (Swiss SME software; Contatti > Esporta (Excel), one row per contact person or firm, Italian UI, a Lugano fiduciary firm\'s client contacts)', family: 'crm', language: 'it', schema: B, cols: [
    ['N. contatto', (c) => String(10000 + +c.id % 90000), B2BID],
    ['Tipo', (c) => (+c.id % 6 === 0 ? 'Persona privata' : 'Persona di contatto'), [], opt],
    ['Azienda', (c) => (+c.id % 6 === 0 ? '' : ti(c).company), CO],
    ['Appellativo', (c) => (ti(c).female ? 'Signora' : 'Signor'), ['person.name.courtesyTitle']],
    ['Titolo', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Dott.', 'Avv.', 'Ing.', 'lic. oec.']) : ''), ['person.name.courtesyTitle'], opt],
    ['Nome', (c) => ti(c).first, ['person.name.firstName']],
    ['Cognome', (c) => ti(c).last, ['person.name.lastName']],
    ['Funzione', (c, o) => (+c.id % 6 === 0 ? '' : row(['Direttore', 'Amministratore', 'Responsabile contabilità', 'Titolare'], +c.id % 4)), ['extendedWorkDetails.jobTitle']],
    ['Via', (c) => ti(c).street, [W('street1')]],
    ['N.', (c) => ti(c).street2, [W('street2')], opt],
    ['Casella postale', (c, o, r) => (r() < 0.15 ? `Casella postale ${v.int(r, 100, 6999)}` : ''), [], opt],
    ['NPA', (c) => ti(c).zip, [W('postalCode')]],
    ['Località', (c) => ti(c).city, [W('city')]],
    ['Cantone', (c) => ti(c).region, STATE(['workAddress'])],
    ['Paese', () => 'Svizzera', [W('country')]],
    ['Telefono', (c, o, r) => `091 ${v.int(r, 600, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['Cellulare', (c, o, r) => (r() < 0.7 ? ti(c).mobile : ''), ['mobilePhone.number']],
    ['E-mail', (c) => (+c.id % 6 === 0 ? ti(c).email : ti(c).workEmail), WE],
    ['Sito web', (c) => (+c.id % 6 === 0 ? '' : `www.${ti(c).domain}`), ['b2b.companyWebsite']],
    ['Lingua', (c, o, r) => (r() < 0.85 ? 'Italiano' : 'Tedesco'), [], opt],
    ['Data di nascita', (c, o, r) => (r() < 0.3 ? dmy(bd(c), '.') : ''), ['person.birthDate']],
    ['IDI', (c) => (+c.id % 6 === 0 ? '' : `CHE-${pad(+c.id % 1000, 3)}.${pad(+c.id * 7 % 1000, 3)}.${pad(+c.id * 11 % 1000, 3)}`), [], opt],
    ['Categoria', (c) => row(['Cliente', 'Cliente', 'Fornitore', 'Partner', 'Cliente'], +c.id % 5), ['b2b.personType'], opt],
    ['Condizioni di pagamento', (c) => row(['30 giorni netto', '10 giorni 2% sconto, 30 giorni netto', '30 giorni netto', 'Pagamento anticipato'], +c.id % 4), []],
    ['Osservazioni', (c, o, r) => v.pick(r, ['', '', '', 'Mandato contabilità e IVA', 'Chiusura annuale entro aprile']), []],
    ['Creato il', (c) => dmy(cet(c.created), '.'), ['extSourceSystemAudit.createdDate'], opt],
    ['Modificato il', (c) => dmy(cet(later(c)), '.'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
