// Round 66, heldout160: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (France, Belgium, Switzerland, Québec), Italian and Spanish
// (Spain) exports, headers in the product's UI language: a French marketplace platform's order lines (Wizaplace), a
// Québec site-search analytics console's events (Coveo), a French customer-service suite's tickets (Akio), a Spanish
// payment institution's card operations (UniversalPay), a Spanish tour-booking system's bookings (TuriTop), an Italian
// hotel booking engine's reservations (Blastness), an Italian loyalty platform's customers (Movylo), a sports-club
// booking app's customers at a Swiss padel club (Doinsport), a Spanish nightlife ticketing platform's guest CRM
// (Fourvenues), a French company-data site's company and director list (Verif.com), an event-management platform's
// registrants at a Brussels conference (Evenium) and an Italian sales app's contacts (Salesbook) (fr 6, es 3, it 3;
// E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, GEO } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, local, dec, thou, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: France, Belgium, Switzerland, Italy and Spain +1 / +2 in summer; Québec -5 / -4 (approximated)
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
const frDT = (p) => `${dmy(p, '/')} ${hm(p)}`
const frDTs = (p) => `${dmy(p, '/')} ${hms(p)}`
const eur = (x) => dec(x)
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x3a7f1c55); r(); r(); return r }
const L = {
  fr: { male: ['Nicolas', 'Julien', 'Sébastien', 'Mathieu', 'Thomas', 'Guillaume', 'Antoine', 'Romain', 'Olivier', 'Benoît'], female: ['Émilie', 'Céline', 'Aurélie', 'Sophie', 'Julie', 'Nathalie', 'Claire', 'Pauline', 'Marion', 'Élise'],
    last: ['Lambert', 'Fontaine', 'Rousseau', 'Girard', 'Bonnet', 'Mercier', 'Faure', 'Chevalier', 'Gauthier', 'Perrin', 'Morel', 'Lemoine', 'Roux', 'Garnier'],
    mail: ['gmail.com', 'orange.fr', 'hotmail.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com', 'outlook.fr'] },
  qc: { male: ['Jean-François', 'Mathieu', 'Maxime', 'Simon', 'Alexandre', 'Étienne', 'Marc-André', 'Olivier'], female: ['Geneviève', 'Catherine', 'Isabelle', 'Marie-Ève', 'Julie', 'Valérie', 'Stéphanie', 'Audrey'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque'],
    mail: ['gmail.com', 'videotron.ca', 'hotmail.com', 'outlook.com', 'bell.net', 'gmail.com'] },
  ch: { male: ['Yves', 'Laurent', 'Cédric', 'Loïc', 'Fabien', 'Raphaël', 'Grégoire', 'Joël'], female: ['Aline', 'Sandrine', 'Mélanie', 'Valentine', 'Noémie', 'Joëlle', 'Séverine', 'Chloé'],
    last: ['Favre', 'Rochat', 'Bonvin', 'Pittet', 'Cuendet', 'Jaquet', 'Dubuis', 'Monnier', 'Chappuis', 'Rey', 'Sauthier', 'Golay'],
    mail: ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'gmail.com', 'outlook.com'] },
  be: { male: ['Olivier', 'Jérôme', 'Benoît', 'Grégory', 'Arnaud', 'Pieter', 'Maxime', 'Tom'], female: ['Nathalie', 'Laurence', 'Sarah', 'Els', 'Caroline', 'Delphine', 'Hélène', 'Annelies'],
    last: ['Peeters', 'Dubois', 'Lambert', 'Maes', 'Dupont', 'Jacobs', 'Lejeune', 'Wouters', 'Claes', 'Renard', 'Goossens', 'Delvaux'],
    mail: ['skynet.be', 'gmail.com', 'telenet.be', 'proximus.be', 'outlook.com'] },
  es: { male: ['Sergio', 'Raúl', 'Iván', 'Alberto', 'Rubén', 'Adrián', 'Jorge', 'Marcos', 'Óscar', 'Álex'], female: ['Laura', 'Cristina', 'Marta', 'Raquel', 'Nuria', 'Paula', 'Irene', 'Elena', 'Alba', 'Claudia'],
    last: ['Navarro', 'Ruiz', 'Moreno', 'Muñoz', 'Romero', 'Alonso', 'Gutiérrez', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Blanco'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'gmail.com', 'icloud.com'] },
  it: { male: ['Luca', 'Marco', 'Davide', 'Simone', 'Stefano', 'Riccardo', 'Fabio', 'Paolo', 'Giorgio', 'Emanuele'], female: ['Francesca', 'Valentina', 'Silvia', 'Martina', 'Alessia', 'Elisa', 'Sara', 'Laura', 'Roberta', 'Ilaria'],
    last: ['Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Galli'],
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'virgilio.it', 'alice.it', 'gmail.com'] },
}
// [ville, code postal, rue, région / province / canton]
const PLACES = {
  fr: [['Lyon', '69003', 'rue Paul Bert', 'Auvergne-Rhône-Alpes'], ['Grenoble', '38000', 'cours Jean Jaurès', 'Auvergne-Rhône-Alpes'], ['Bordeaux', '33000', 'rue Sainte-Catherine', 'Nouvelle-Aquitaine'], ['Rennes', '35000', 'boulevard de la Liberté', 'Bretagne'], ['Strasbourg', '67000', 'rue du Faubourg National', 'Grand Est'], ['Montpellier', '34000', 'avenue de Toulouse', 'Occitanie'], ['Annecy', '74000', 'avenue de Genève', 'Auvergne-Rhône-Alpes'], ['Nantes', '44000', 'rue de Strasbourg', 'Pays de la Loire'], ['Paris', '75011', 'rue Oberkampf', 'Île-de-France'], ['Lille', '59000', 'rue Solférino', 'Hauts-de-France']],
  ch: [['Lausanne', '1004', 'avenue de France', 'VD'], ['Lausanne', '1006', 'avenue de Cour', 'VD'], ['Pully', '1009', 'avenue de Lavaux', 'VD'], ['Renens', '1020', 'rue de Lausanne', 'VD'], ['Prilly', '1008', 'route de Cossonay', 'VD'], ['Morges', '1110', 'Grand-Rue', 'VD'], ['Épalinges', '1066', 'route de la Croix-Blanche', 'VD']],
  be: [['Bruxelles', '1000', 'rue Royale', 'Bruxelles-Capitale'], ['Ixelles', '1050', 'chaussée d\'Ixelles', 'Bruxelles-Capitale'], ['Liège', '4000', 'boulevard d\'Avroy', 'Liège'], ['Namur', '5000', 'rue de Fer', 'Namur'], ['Wavre', '1300', 'chaussée de Louvain', 'Brabant wallon'], ['Antwerpen', '2000', 'Meir', 'Antwerpen'], ['Gent', '9000', 'Korenmarkt', 'Oost-Vlaanderen']],
  es: [['Madrid', '28004', 'Calle de Fuencarral', 'Madrid'], ['Madrid', '28028', 'Calle de Alcalá', 'Madrid'], ['Pozuelo de Alarcón', '28224', 'Avenida de Europa', 'Madrid'], ['Alcobendas', '28108', 'Paseo de la Chopera', 'Madrid'], ['Getafe', '28901', 'Calle Madrid', 'Madrid'], ['Toledo', '45001', 'Calle Comercio', 'Toledo']],
  it: [['Bologna', '40126', 'Via Zamboni', 'BO'], ['Bologna', '40137', 'Via Massarenti', 'BO'], ['Casalecchio di Reno', '40033', 'Via Porrettana', 'BO'], ['San Lazzaro di Savena', '40068', 'Via Emilia', 'BO'], ['Imola', '40026', 'Via Appia', 'BO'], ['Modena', '41121', 'Via Emilia Centro', 'MO']],
}
const tel = {
  fr: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
  qc: (r) => `${v.pick(r, ['514', '438', '450', '418'])}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`,
  ch: (r) => `+41 ${v.pick(r, ['76', '78', '79', '77'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
  be: (r) => `+32 4${v.int(r, 60, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
  es: (r) => `6${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`,
  it: (r) => `3${v.int(r, 20, 49)}${v.int(r, 1000000, 9999999)}`,
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const T = L[cc], female = r() < 0.5
  const first = v.pick(r, female ? T.female : T.male), last = v.pick(r, T.last)
  const pl = v.pick(r, PLACES[cc] ?? PLACES.fr)
  const num = v.int(r, 1, 140)
  const street = cc === 'es' ? `${pl[2]}, ${num}${r() < 0.5 ? `, ${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izq.', 'Dcha.'])}` : ''}` : cc === 'it' ? `${pl[2]}, ${num}` : cc === 'be' ? `${pl[2]} ${num}` : `${num} ${pl[2]}`
  const sep = v.pick(r, ['.', '', '_', '.'])
  return { female, first, last, full: `${first} ${last}`, city: pl[0], zip: pl[1], street, region: pl[3], mobile: tel[cc](r),
    email: `${slug(first)}${sep}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, T.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const fr = (c) => who(c, 'fr')
const qc = (c) => who(c, 'qc')
const ch = (c) => who(c, 'ch')
const be = (c) => who(c, 'be')
const es = (c) => who(c, 'es')
const it = (c) => who(c, 'it')

// ---------------------------------------------------------------- 1. Wizaplace order lines (fr, E)
// an outdoor-gear marketplace with several sellers: [code produit, nom, déclinaison, prix TTC, vendeur, id vendeur]
const WZ_ITEMS = [['TNT-ALP2-VRT', 'Tente Alpine 2 places', 'Vert forêt', 189.9, 'Montagne & Bivouac', 12], ['SAC-38L-BLU', 'Sac à dos randonnée 38 L', 'Bleu', 94.5, 'Cimes Équipement', 7], ['DUV-800-M', 'Duvet léger 800 g', 'Taille M', 149, 'Montagne & Bivouac', 12], ['CHS-TRAIL-42', 'Chaussures de trail Ridge', 'Pointure 42', 119.99, 'Sentiers Outdoor', 21], ['LMP-FR-400', 'Lampe frontale 400 lumens', '', 39.9, 'Cimes Équipement', 7], ['BTN-CARB-2', 'Bâtons carbone (la paire)', '115-135 cm', 79, 'Sentiers Outdoor', 21]]
const wzItem = (o, i) => row(WZ_ITEMS, i + n(o))
const wzAt = (o) => open(o.at, 1, 7, 16)
const wzSt = (o) => row(['Terminée', 'Expédiée', 'En attente de validation du vendeur', 'Terminée', 'Annulée', 'Expédiée', 'En cours de préparation'], n(o) % 7)
const wzShipped = (o) => ['Terminée', 'Expédiée'].includes(wzSt(o))
const wzLine = (o, i) => wzItem(o, i)[3] * o.qty
const wzShip = (o, i) => (wzLine(o, i) >= 100 ? 0 : 5.9)
const wzCoupon = (o) => (o.discount ? 10 : 0)
const wzTotal = (o, i) => wzLine(o, i) + wzShip(o, i) - wzCoupon(o)
const wzTo = (c, o) => (n(o) % 5 === 0 ? who(c, 'fr', 'dest') : fr(c))
const wzCarrier = (o) => row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Chronopost', 'DPD Predict'], n(o) % 5)
// ---------------------------------------------------------------- 2. Coveo analytics events (fr, E)
const CV_Q = [['tondeuse sans fil', 'Tondeuse sans fil 40 V Ryobi', 'https://www.quincaillerieboreal.ca/fr/p/tondeuse-sans-fil-40v-ryobi-1002345'], ['peinture blanche', 'Peinture d\'intérieur Sico Évolution, blanc pur, 3,78 L', 'https://www.quincaillerieboreal.ca/fr/p/peinture-sico-evolution-blanc-3-78l-2004512'], ['thermopompe', 'Thermopompe murale 12 000 BTU', 'https://www.quincaillerieboreal.ca/fr/p/thermopompe-murale-12000-btu-3007781'], ['pelle à neige', 'Pelle à neige ergonomique 24 po', 'https://www.quincaillerieboreal.ca/fr/p/pelle-neige-ergonomique-24po-4001198'], ['vis à terrasse', 'Vis à terrasse #8 x 2-1/2 po, boîte de 350', 'https://www.quincaillerieboreal.ca/fr/p/vis-terrasse-8x2-5-350-5006620'], ['perceuse', 'Perceuse-visseuse 20 V DeWalt avec 2 batteries', 'https://www.quincaillerieboreal.ca/fr/p/perceuse-visseuse-20v-dewalt-6003341']]
const cvQ = (o) => row(CV_Q, n(o) % 6)
const cvType = (o) => row(['Recherche', 'Clic', 'Recherche', 'Clic', 'Personnalisé', 'Recherche', 'Clic'], n(o) % 7)
const cvCause = (o) => row(['searchboxSubmit', 'documentOpen', 'omniboxAnalytics', 'documentOpen', 'addToCart', 'facetSelect', 'documentOpen'], n(o) % 7)
const cvLogged = (o) => n(o) % 3 === 0
const CV_GEO = [['Montréal', 'Québec'], ['Laval', 'Québec'], ['Québec', 'Québec'], ['Longueuil', 'Québec'], ['Sherbrooke', 'Québec'], ['Gatineau', 'Québec'], ['Ottawa', 'Ontario']]
const cvDev = (o) => row([['Ordinateur', 'Chrome', 'Windows 10'], ['Mobile', 'Safari', 'iOS'], ['Mobile', 'Chrome', 'Android'], ['Ordinateur', 'Edge', 'Windows 11'], ['Tablette', 'Safari', 'iPadOS'], ['Ordinateur', 'Firefox', 'macOS']], n(o) % 6)
// ---------------------------------------------------------------- 3. Akio tickets (fr, E)
const AK_MOTIF = [['Commande', 'Retard de livraison'], ['Commande', 'Colis endommagé'], ['Retour', 'Demande de retour'], ['Produit', 'Correction des verres'], ['Facturation', 'Remboursement mutuelle'], ['Compte client', 'Mot de passe oublié'], ['Retour', 'Suivi de remboursement']]
const akMotif = (o) => row(AK_MOTIF, n(o) % 7)
const akCanal = (o) => row(['E-mail', 'Formulaire web', 'Chat', 'E-mail', 'Téléphone', 'Facebook Messenger', 'E-mail'], n(o) % 7)
const akSt = (o) => row(['Clôturé', 'Clôturé', 'En attente client', 'Ouvert', 'Clôturé', 'En cours', 'Clôturé'], n(o) % 7)
const akAt = (o) => open(o.at, 1, 7, 14)
// ---------------------------------------------------------------- 4. UniversalPay operations (es, E)
const UP_TERM = [['Web', '00000001', 'Comercio electrónico'], ['Tienda Ruzafa', '00000002', 'Presencial'], ['Tienda Ruzafa', '00000003', 'Presencial'], ['Web', '00000001', 'Comercio electrónico'], ['Tienda Campanar', '00000004', 'Presencial']]
const upTerm = (o) => row(UP_TERM, n(o) % 5)
const upWeb = (o) => upTerm(o)[0] === 'Web'
const upAmt = (o) => Math.round((o.total * 6 + (n(o) % 9) * 37.5) * 100) / 100
const upType = (o) => row(['Venta', 'Venta', 'Venta', 'Devolución', 'Venta', 'Preautorización', 'Venta', 'Anulación'], n(o) % 8)
const upOk = (o) => n(o) % 9 !== 4
const upCard = (o) => row([['VISA', 'Débito', 'ESPAÑA'], ['MASTERCARD', 'Crédito', 'ESPAÑA'], ['VISA', 'Crédito', 'FRANCIA'], ['MASTERCARD', 'Débito', 'ESPAÑA'], ['AMEX', 'Crédito', 'ESTADOS UNIDOS'], ['VISA', 'Prepago', 'ALEMANIA']], n(o) % 6)
const upAt = (o) => open(o.at, 1, 10, 11)
// ---------------------------------------------------------------- 5. TuriTop bookings (es, E)
// a Mallorca boat-trip and kayak operator: [producto, precio adulto, precio niño]
const TT_PROD = [['Excursión en barco a Cala Varques', 55, 30], ['Kayak y snorkel en Cala Mondragó', 45, 35], ['Atardecer en catamarán con cena', 89, 49], ['Ruta en kayak por las cuevas de Portocristo', 49, 39], ['Paddle surf para principiantes', 35, 25]]
const ttProd = (o) => row(TT_PROD, n(o) % 5)
const ttAd = (o) => 1 + (n(o) % 4)
const ttKid = (o) => (n(o) % 3 === 0 ? 1 + (n(o) % 2) : 0)
const ttTotal = (o) => ttProd(o)[1] * ttAd(o) + ttProd(o)[2] * ttKid(o) - (o.discount ? 10 : 0)
const ttChan = (o) => row(['Web propia', 'Web propia', 'GetYourGuide', 'Viator', 'Web propia', 'Revendedor', 'Taquilla'], n(o) % 7)
const ttPaid = (o) => (['GetYourGuide', 'Viator'].includes(ttChan(o)) ? ttTotal(o) : ttChan(o) === 'Taquilla' ? 0 : n(o) % 4 === 1 ? Math.round(ttTotal(o) * 0.3) : ttTotal(o))
const ttSt = (o) => row(['Confirmada', 'Confirmada', 'Pendiente de pago', 'Cancelada', 'Confirmada', 'Confirmada'], n(o) % 6)
const ttCountry = (c) => row(['Alemania', 'España', 'Reino Unido', 'España', 'Francia', 'Países Bajos', 'Suiza'], n(c) % 7)
const ttLang = (c) => row(['de', 'es', 'en', 'es', 'fr', 'en', 'de'], n(c) % 7)
// ---------------------------------------------------------------- 6. Blastness reservations (it, E)
// a Sorrento 4-star hotel: [tipologia, trattamento, tariffa, prezzo a notte]
const BL_ROOM = [['Camera Doppia Superior Vista Mare', 'Pernottamento e colazione', 'Tariffa Flessibile', 245], ['Camera Doppia Classic', 'Pernottamento e colazione', 'Non Rimborsabile', 168], ['Junior Suite con Terrazza', 'Mezza pensione', 'Tariffa Flessibile', 390], ['Camera Tripla Comfort', 'Pernottamento e colazione', 'Offerta Soggiorno Lungo', 210], ['Camera Doppia Classic', 'Solo pernottamento', 'Non Rimborsabile', 149]]
const blRoom = (o) => row(BL_ROOM, n(o) % 5)
const blNights = (o) => 2 + (n(o) % 5)
const blIn = (o) => o.at + (10 + (n(o) % 80)) * day
const blAdults = (o) => (blRoom(o)[0].includes('Tripla') ? 3 : 2)
const blKids = (o) => (n(o) % 4 === 0 ? 1 : 0)
const blTotal = (o) => blRoom(o)[3] * blNights(o) * (o.discount ? 0.9 : 1)
const blSt = (o) => row(['Confermata', 'Confermata', 'Cancellata', 'Confermata', 'Modificata', 'Confermata'], n(o) % 6)
const blNat = (c) => row(['Italia', 'Stati Uniti', 'Germania', 'Regno Unito', 'Italia', 'Francia', 'Australia'], n(c) % 7)
// ---------------------------------------------------------------- 7. Movylo customers (it, P)
const mvJoin = (c) => c.created
const mvPts = (c) => (n(c) * 17) % 640
const mvShop = (c) => row(['Forno Galli - Via Zamboni', 'Forno Galli - Mazzini', 'Forno Galli - Casalecchio', 'App Movylo'], n(c) % 4)
// ---------------------------------------------------------------- 8. Doinsport club customers (fr, P)
const DP_SUB = [['Membre Premium annuel'], ['Carnet 10 parties'], [''], ['Membre Off-Peak annuel'], [''], ['Carnet 10 parties'], ['Junior saison']]
const dpSub = (c) => row(DP_SUB, n(c) % 7)
const dpSt = (c) => row(['Actif', 'Actif', 'Actif', 'Bloqué', 'Actif', 'Archivé'], n(c) % 6)
// ---------------------------------------------------------------- 9. Fourvenues guests (es, P)
const fvDni = (c) => { const k = 10000000 + (n(c) * 7919) % 89999999; return `${k}${'TRWAGMYFPDXBNJZSQVHLCKE'[k % 23]}` }
const fvRp = (c) => row(['Dani RRPP', 'Lista Carla', 'Web', 'Álex Vip', 'Web', 'Lista Sergio'], n(c) % 6)
const fvEvent = (c) => row(['Sábado Latino @ Sala Kapital', 'Reggaeton Friday @ Opium Madrid', 'Techno Session @ Fabrik', 'Halloween Party @ Sala Kapital', 'Fin de Año 2024 @ Opium Madrid'], n(c) % 5)
// ---------------------------------------------------------------- 10. Verif.com companies and directors (fr, B)
// [SIREN, raison sociale, enseigne, forme, NAF, libellé NAF, effectif, CA, ville, CP, rue, département, région, site]
const VF_FIRMS = [['812345671', 'BOULANGERIES DU LYONNAIS', 'Maison Perrin', 'SAS', '10.71C', 'Boulangerie et boulangerie-pâtisserie', '20 à 49 salariés', 3420000, 'Villeurbanne', '69100', '18 cours Émile Zola', 'Rhône (69)', 'Auvergne-Rhône-Alpes', 'maison-perrin.fr'], ['493018256', 'TRANSPORTS GIRARD ET FILS', '', 'SARL', '49.41A', 'Transports routiers de fret interurbains', '50 à 99 salariés', 11850000, 'Vienne', '38200', '4 rue des Frères Lumière', 'Isère (38)', 'Auvergne-Rhône-Alpes', 'transports-girard.fr'], ['539127704', 'ALPES MENUISERIE CONCEPT', 'AMC', 'SAS', '43.32A', 'Travaux de menuiserie bois et PVC', '10 à 19 salariés', 1970000, 'Annecy', '74000', '27 avenue de Brogny', 'Haute-Savoie (74)', 'Auvergne-Rhône-Alpes', 'amc-menuiserie.fr'], ['850662013', 'CLINIQUE VÉTÉRINAIRE DES MONTS D\'OR', '', 'SELARL', '75.00Z', 'Activités vétérinaires', '10 à 19 salariés', 1540000, 'Limonest', '69760', '9 rue de la Sablière', 'Rhône (69)', 'Auvergne-Rhône-Alpes', 'veto-montsdor.fr'], ['441203987', 'SOCIÉTÉ DAUPHINOISE D\'USINAGE', 'SDU', 'SA', '25.62B', 'Mécanique industrielle', '100 à 199 salariés', 18400000, 'Voiron', '38500', '12 rue Mainssieux', 'Isère (38)', 'Auvergne-Rhône-Alpes', 'sdu-usinage.com'], ['908776541', 'SAÔNE HABITAT RÉNOVATION', '', 'SAS', '43.39Z', 'Autres travaux de finition', '6 à 9 salariés', 860000, 'Mâcon', '71000', '3 quai Lamartine', 'Saône-et-Loire (71)', 'Bourgogne-Franche-Comté', '']]
const vfFirm = (c) => row(VF_FIRMS, n(c) >> 1)
const vfRole = (c) => row(['Président', 'Gérant', 'Directeur général', 'Co-gérant', 'Président du conseil d\'administration', 'Directeur général délégué'], n(c) % 6)
// ---------------------------------------------------------------- 11. Evenium registrants (fr, B)
// [société, domaine, service, fonction, TVA]
const EV_FIRMS = [['Logistique Delvaux SA', 'delvaux-logistics.be', 'BE0412.345.678'], ['Port of Antwerp-Bruges', 'portofantwerpbruges.com', 'BE0248.399.380'], ['Transports Renard & Fils SRL', 'renard-transports.be', 'BE0455.901.237'], ['Colruyt Group', 'colruytgroup.com', 'BE0400.378.485'], ['Brussels Airport Company', 'brusselsairport.be', 'BE0890.082.292'], ['WallonieLog ASBL', 'wallonielog.be', 'BE0812.334.010']]
const evFirm = (c) => row(EV_FIRMS, n(c) >> 1)
const EV_ROLE = [['Supply Chain', 'Supply Chain Manager'], ['Opérations', 'Directeur des opérations'], ['Achats', 'Acheteuse transport'], ['Direction', 'CEO'], ['IT', 'Responsable WMS'], ['Logistique', 'Responsable entrepôt']]
const evRole = (c) => row(EV_ROLE, n(c) % 6)
const evCat = (c) => row(['Visiteur', 'Visiteur', 'Exposant', 'Orateur', 'Visiteur', 'Presse', 'Partenaire'], n(c) % 7)
const evSt = (c) => row(['Confirmé', 'Confirmé', 'En attente', 'Confirmé', 'Annulé', 'Confirmé'], n(c) % 6)
const evIn = (c) => evSt(c) === 'Confirmé' && n(c) % 4 !== 1
const EV_DAY = Date.UTC(2024, 10, 19, 7, 45)
// ---------------------------------------------------------------- 12. Salesbook contacts (it, B)
// a Brescia industrial-valve maker's field sales: [ragione sociale, P.IVA, dominio, città, CAP, provincia, via, telefono]
const SB_FIRMS = [['Idrotermica Lombarda S.r.l.', '03124560987', 'idrotermicalombarda.it', 'Brescia', '25124', 'BS', 'Via Orzinuovi, 82', '030 3542'], ['Oleodinamica Bergamasca S.p.A.', '02233440163', 'oleoberg.com', 'Dalmine', '24044', 'BG', 'Via Provinciale, 19', '035 561'], ['Impianti Veneti Srl', '04455660265', 'impiantiveneti.it', 'Treviso', '31100', 'TV', 'Viale della Repubblica, 210', '0422 43'], ['Termotecnica Emiliana S.r.l.', '01987650356', 'termotecnicaemiliana.it', 'Reggio Emilia', '42124', 'RE', 'Via Gramsci, 54', '0522 92'], ['F.lli Bertoli Costruzioni Meccaniche', '00876540177', 'bertolimeccanica.it', 'Lumezzane', '25065', 'BS', 'Via Montesuello, 7', '030 8271'], ['Acquedotti Piemontesi S.p.A.', '05566770012', 'acquedottipiemontesi.it', 'Torino', '10156', 'TO', 'Corso Vercelli, 330', '011 2478']]
const sbFirm = (c) => row(SB_FIRMS, n(c) >> 1)
const sbRole = (c) => row(['Responsabile acquisti', 'Titolare', 'Direttore tecnico', 'Ufficio tecnico', 'Project manager', 'Responsabile manutenzione'], n(c) % 6)
const sbStage = (c) => row(['Cliente', 'Prospect', 'Lead', 'Cliente', 'Prospect', 'Ex cliente'], n(c) % 6)
const sbAgent = (c) => row(['Marco Ferri', 'Giulia Sala', 'Andrea Bonetti'], n(c) % 3)

export const SETS = [
  // ---------------------------------------------------------------- France: marketplace order lines
  { name: 'wizaplace-export-commandes-csv-fr', product: 'Wizaplace (back-office opérateur: Commandes > Exporter les commandes, CSV one row per ordered item, French UI, a French outdoor-gear marketplace with several sellers, Europe/Paris, EUR TTC)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID commande', (c, o) => String(40000 + n(o)), [OR('purchaseID')]],
    ['Date de création', (c, o) => frDTs(cet(wzAt(o))), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => wzSt(o), []],
    ['ID vendeur', (c, o, r, i) => String(wzItem(o, i)[5]), [], opt],
    ['Vendeur', (c, o, r, i) => wzItem(o, i)[4], [], opt],
    ['ID client', (c) => String(1000 + (n(c) * 7) % 90000), CUST_ID, opt],
    ['E-mail client', (c) => fr(c).email, EMAIL_ID],
    ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), []],
    ['Prénom (facturation)', (c) => fr(c).first, []],
    ['Nom (facturation)', (c) => fr(c).last, []],
    ['Adresse (facturation)', (c) => fr(c).street, [BILL('street1')]],
    ['Code postal (facturation)', (c) => fr(c).zip, [BILL('postalCode')]],
    ['Ville (facturation)', (c) => fr(c).city, [BILL('city')]],
    ['Pays (facturation)', () => 'FR', [BILL('countryCode'), BILL('country')]],
    ['Téléphone (facturation)', (c) => fr(c).mobile, PHONE_ID, opt],
    ['Prénom (livraison)', (c, o) => wzTo(c, o).first, []],
    ['Nom (livraison)', (c, o) => wzTo(c, o).last, []],
    ['Adresse (livraison)', (c, o) => wzTo(c, o).street, [SHIP('street1')]],
    ['Complément d\'adresse (livraison)', (c, o) => row(['', '', 'Bât. B', '', 'Appt 12, 3e étage', '', 'Digicode 4512'], n(o) % 7), [SHIP('street2')]],
    ['Code postal (livraison)', (c, o) => wzTo(c, o).zip, [SHIP('postalCode')]],
    ['Ville (livraison)', (c, o) => wzTo(c, o).city, [SHIP('city')]],
    ['Pays (livraison)', () => 'FR', [SHIP('countryCode'), SHIP('country')]],
    ['Code produit', (c, o, r, i) => wzItem(o, i)[0], [PL('SKU')]],
    ['Nom du produit', (c, o, r, i) => wzItem(o, i)[1], [PL('name')]],
    ['Déclinaison', (c, o, r, i) => wzItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => eur(wzItem(o, i)[3]), [], opt],
    ['Total ligne TTC', (c, o, r, i) => eur(wzLine(o, i)), [PL('priceTotal')]],
    ['Frais de port TTC', (c, o, r, i) => eur(wzShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Réduction', (c, o) => eur(wzCoupon(o)), [OR('discountAmount')]],
    ['Code promo', (c, o) => (o.discount ? 'RANDO10' : ''), ['commerce.promotionID'], opt],
    ['Total commande TTC', (c, o, r, i) => eur(wzTotal(o, i)), [OR('priceTotal')]],
    ['dont TVA', (c, o, r, i) => eur(wzTotal(o, i) / 6), [OR('taxAmount')]],
    ['Commission', (c, o, r, i) => eur(wzLine(o, i) * 0.15), []],
    ['Moyen de paiement', (c, o) => row(['Carte bancaire', 'Carte bancaire', 'PayPal', 'Virement', 'Carte bancaire', 'Paiement en 3x'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Mode de livraison', (c, o) => wzCarrier(o), ['commerce.shipping.shippingMethod']],
    ['Numéro de suivi', (c, o) => (!wzShipped(o) ? '' : wzCarrier(o) === 'Colissimo' ? `6A${pad((n(o) * 104729) % 100000000000, 11)}` : wzCarrier(o) === 'Mondial Relay' ? pad((n(o) * 7919) % 100000000, 8) : `XY${pad((n(o) * 7307) % 1000000000, 9)}FR`), ['commerce.shipping.trackingNumber']],
    ['Commentaire client', (c, o) => row(['', '', 'Laisser au gardien', '', 'Cadeau, merci de ne pas joindre la facture', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Québec: site-search analytics events
  { name: 'coveo-explorateur-donnees-fr', product: 'Coveo (Console d\'administration Coveo: Analytique > Explorateur de données > Exporter en CSV, one row per search, click or custom event, French UI, a Québec hardware retailer\'s site search, America/Toronto, fr-CA)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Date et heure', (c, o) => `${ymd(est(o.at))} ${hms(est(o.at))}`, ['timestamp']],
    ['Type d\'événement', (c, o) => cvType(o), ['eventType']],
    ['Cause de l\'événement', (c, o) => cvCause(o), ['web.webInteraction.type'], opt],
    ['ID de recherche', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['ID de visite', (c, o) => v.uuid(seeded(c, `visit${n(o) % 3}`)), []],
    ['ID du visiteur', (c) => v.uuid(seeded(c, 'visitor')), ['endUserIDs._experience.mcid.id', 'endUserIDs._experience.aaid.id', 'identityMap{}[0].id'], opt],
    ['Nom d\'utilisateur', (c, o) => (cvLogged(o) ? qc(c).email : 'anonymous'), [...EMAIL_ID, ...CUST_ID], opt],
    ['Requête', (c, o) => cvQ(o)[0], []],
    ['Nombre de résultats', (c, o) => String(3 + (n(o) * 13) % 240), []],
    ['Hub de recherche', (c, o) => (n(o) % 4 === 3 ? 'RechercheMobile' : 'RechercheBoutique'), ['web.webPageDetails.siteSection'], opt],
    ['Onglet', (c, o) => row(['Tous', 'Produits', 'Tous', 'Conseils', 'Produits'], n(o) % 5), [], opt],
    ['Référent', (c, o) => row(['https://www.quincaillerieboreal.ca/fr', 'https://www.quincaillerieboreal.ca/fr/c/outillage', 'https://www.google.ca/', 'https://www.quincaillerieboreal.ca/fr/promotions', ''], n(o) % 5), ['web.webReferrer.URL']],
    ['Titre du document', (c, o) => (cvType(o) === 'Clic' ? cvQ(o)[1] : ''), ['web.webInteraction.name'], opt],
    ['URI du document', (c, o) => (cvType(o) === 'Clic' ? cvQ(o)[2] : ''), ['web.webInteraction.URL'], opt],
    ['Position du clic', (c, o) => (cvType(o) === 'Clic' ? String(1 + n(o) % 6) : ''), []],
    ['Langue', (c, o) => (n(o) % 6 === 5 ? 'en' : 'fr'), ['environment._dc.language'], opt],
    ['Pays', (c, o) => 'Canada', [GEO('countryCode')], opt],
    ['Région', (c, o) => row(CV_GEO, n(o) % 7)[1], [GEO('stateProvince')]],
    ['Ville', (c, o) => row(CV_GEO, n(o) % 7)[0], [GEO('city')]],
    ['Catégorie d\'appareil', (c, o) => cvDev(o)[0], ['device.type']],
    ['Navigateur', (c, o) => cvDev(o)[1], ['environment.browserDetails.name']],
    ['Système d\'exploitation', (c, o) => cvDev(o)[2], ['environment.operatingSystem']],
    ['Adresse IP', (c, o, r) => `${v.pick(r, ['70.81', '24.200', '142.169', '184.161'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Pipeline de requête', (c, o) => (n(o) % 4 === 3 ? 'mobile' : 'default'), []],
    ['Groupe de test A/B', (c, o) => (n(o) % 2 ? 'A' : 'B'), [], opt],
    ['Temps de réponse (ms)', (c, o) => String(80 + (n(o) * 29) % 400), []],
  ] },
  // ---------------------------------------------------------------- France: customer-service tickets
  { name: 'akio-export-interactions-fr', product: 'Akio (Akio Customer Service: Reporting > Exports > Export des tickets, one row per ticket, French UI, a French online optician\'s customer service, Europe/Paris)', family: 'support', language: 'fr', schema: E, cols: [
    ['N° ticket', (c, o) => `T${pad(3100000 + n(o) * 17, 8)}`, ['_id'], opt],
    ['Date de création', (c, o) => frDT(cet(akAt(o))), ['timestamp']],
    ['Date de première réponse', (c, o) => frDT(cet(akAt(o) + (1 + n(o) % 20) * 3600000)), [], opt],
    ['Date de clôture', (c, o) => (akSt(o) === 'Clôturé' ? frDT(cet(akAt(o) + (1 + n(o) % 5) * day)) : ''), [], opt],
    ['Canal', (c, o) => akCanal(o), [], opt],
    ['File', (c, o) => row(['SAV Commandes', 'Service client N1', 'SAV Commandes', 'Opticiens conseil', 'Service client N1'], n(o) % 5), []],
    ['Statut', (c, o) => akSt(o), []],
    ['Priorité', (c, o) => row(['Normale', 'Normale', 'Haute', 'Normale', 'Basse'], n(o) % 5), []],
    ['Motif', (c, o) => akMotif(o)[0], []],
    ['Sous-motif', (c, o) => akMotif(o)[1], []],
    ['Objet', (c, o) => row(['Toujours pas reçu ma commande', 'Monture cassée à la réception', 'Retour lunettes de soleil', 'Vision floue avec les nouveaux verres', 'Facture pour ma mutuelle', 'Impossible de me connecter'], n(o) % 6), []],
    ['Agent', (c, o) => row(['Sonia B.', 'Karim L.', 'Aurélie M.', 'Non attribué', 'Thomas D.'], n(o) % 5), []],
    ['Civilité', (c) => (fr(c).female ? 'Madame' : 'Monsieur'), []],
    ['Nom', (c) => fr(c).last, []],
    ['Prénom', (c) => fr(c).first, []],
    ['E-mail', (c) => fr(c).email, EMAIL_ID],
    ['Téléphone', (c) => fr(c).mobile, PHONE_ID, opt],
    ['N° client', (c) => `C${pad((n(c) * 31) % 10000000, 7)}`, CUST_ID],
    ['N° commande', (c, o) => (akMotif(o)[0] === 'Compte client' ? '' : `CMD-${2024}${pad(n(o) % 1000000, 6)}`), [OR('purchaseID')], opt],
    ['Nombre de messages', (c, o) => String(1 + (n(o) % 7)), []],
    ['Délai de première réponse (h)', (c, o) => dec(1 + (n(o) % 20) + (n(o) % 60) / 60), []],
    ['Satisfaction', (c, o) => (akSt(o) === 'Clôturé' && n(o) % 3 ? String(1 + n(o) % 5) : ''), []],
    ['Tags', (c, o) => row(['', 'relance', 'VIP', '', 'geste commercial', 'mutuelle'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Spain: card operations
  { name: 'universalpay-consulta-operaciones-es', product: 'UniversalPay (Portal de Comercios: Operaciones > Consulta de operaciones > Exportar, one row per card operation, Spanish UI, a Valencia furniture shop with a web TPV and two shop terminals, Europe/Madrid, EUR)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(cet(upAt(o)), '/'), ['timestamp']],
    ['Hora', (c, o) => hms(cet(upAt(o))), [], opt],
    ['Nº Comercio', (c, o) => (upWeb(o) ? '357912468' : '357912470'), [], opt],
    ['Nombre Comercio', (c, o) => (upWeb(o) ? 'MOBLES NAVARRO ONLINE' : 'MOBLES NAVARRO SL'), []],
    ['Terminal', (c, o) => upTerm(o)[1], [], opt],
    ['Canal', (c, o) => upTerm(o)[2], [], opt],
    ['Tipo de operación', (c, o) => upType(o), [], opt],
    ['Importe', (c, o) => dec(upAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Resultado', (c, o) => (upOk(o) ? 'Autorizada' : 'Denegada'), []],
    ['Código de respuesta', (c, o) => (upOk(o) ? '0000' : row(['0190', '0116', '0180'], n(o) % 3)), []],
    ['Nº Autorización', (c, o) => (upOk(o) ? pad((n(o) * 48271) % 1000000, 6) : ''), [], opt],
    ['Tarjeta', (c, o, r) => `${row(['4548', '5402', '4940', '5540', '3777', '4176'], n(o) % 6)}********${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Marca', (c, o) => upCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => upCard(o)[1], [], opt],
    ['País emisor', (c, o) => upCard(o)[2], [], opt],
    ['Nº Pedido', (c, o) => (upWeb(o) ? `WEB${pad(n(o) % 100000, 6)}` : `${ymd(cet(upAt(o)), '').slice(2)}${pad(n(o) % 10000, 4)}`), [OR('purchaseID')]],
    ['Referencia operación', (c, o, r) => `${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, [OR('payments[0].transactionID')]],
    ['Titular', (c, o) => (upWeb(o) ? `${es(c).first} ${es(c).last}`.toUpperCase() : ''), []],
    ['Email', (c, o) => (upWeb(o) ? es(c).email : ''), EMAIL_ID],
    ['Autenticación 3DS', (c, o) => (upWeb(o) ? row(['Autenticada (Frictionless)', 'Autenticada (Challenge)', 'Exenta (bajo importe)'], n(o) % 3) : 'No aplica'), []],
    ['Importe devuelto', (c, o) => (upType(o) === 'Devolución' ? dec(upAmt(o)) : '0,00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Fecha de abono', (c, o) => (upOk(o) ? dmy(cet(upAt(o) + day), '/') : ''), [], opt],
    ['Comisión', (c, o) => dec(upAmt(o) * 0.0035), []],
  ] },
  // ---------------------------------------------------------------- Spain: tour and activity bookings
  { name: 'turitop-exportar-reservas-es', product: 'TuriTop (Panel de administración: Reservas > Listado de reservas > Exportar CSV, one row per booking, Spanish UI, a Mallorca boat-trip and kayak operator selling on its site and through resellers, Europe/Madrid, EUR)', family: 'booking', language: 'es', schema: E, cols: [
    ['Código de reserva', (c, o) => `T${(n(o) * 2654435761 % 0xffffffff).toString(36).toUpperCase().padStart(7, '0').slice(0, 7)}`, [OR('purchaseID'), '_id'], opt],
    ['Fecha de creación', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Producto', (c, o) => ttProd(o)[0], [PL('name')]],
    ['Fecha del servicio', (c, o) => dmy(cet(o.at + (3 + n(o) % 40) * day), '/'), [], opt],
    ['Hora del servicio', (c, o) => row(['09:30', '11:00', '15:30', '18:45', '10:00'], n(o) % 5), []],
    ['Estado', (c, o) => ttSt(o), []],
    ['Adultos', (c, o) => String(ttAd(o)), [], opt],
    ['Niños', (c, o) => String(ttKid(o)), [], opt],
    ['Total personas', (c, o) => String(ttAd(o) + ttKid(o)), [PL('quantity')], opt],
    ['Importe total', (c, o) => dec(ttTotal(o)), [OR('priceTotal')]],
    ['Importe pagado', (c, o) => dec(ttPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Pendiente de pago', (c, o) => dec(ttTotal(o) - ttPaid(o)), []],
    ['Moneda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Forma de pago', (c, o) => (['GetYourGuide', 'Viator', 'Revendedor'].includes(ttChan(o)) ? 'Crédito revendedor' : ttChan(o) === 'Taquilla' ? 'Efectivo' : row(['Tarjeta (Redsys)', 'PayPal', 'Tarjeta (Redsys)'], n(o) % 3)), [OR('payments[0].paymentType')]],
    ['Canal de venta', (c, o) => ttChan(o), [], opt],
    ['Nombre', (c) => es(c).first, []],
    ['Apellidos', (c) => es(c).last, []],
    ['Email', (c) => es(c).email, EMAIL_ID],
    ['Teléfono', (c) => `+34 ${es(c).mobile}`, PHONE_ID, opt],
    ['País', (c) => ttCountry(c), [BILL('country')], opt],
    ['Idioma', (c) => ttLang(c), [], opt],
    ['Punto de recogida', (c, o) => row(['Puerto de Portocristo', 'Hotel (recogida incluida)', 'Cala d\'Or - Puerto deportivo', 'Puerto de Portocristo'], n(o) % 4), []],
    ['Código de descuento', (c, o) => (o.discount ? 'VERANO10' : ''), ['commerce.promotionID'], opt],
    ['Comentarios del cliente', (c, o) => row(['', '', 'Vamos con un bebé de 2 años', '', 'Alérgico a los frutos secos', ''], n(o) % 6), []],
    ['Notas internas', (c, o) => row(['', 'Pagado en taquilla', '', '', 'Cambio de fecha por mal tiempo'], n(o) % 5), []],
    ['Check-in', (c, o) => (ttSt(o) === 'Confirmada' && n(o) % 3 ? 'Sí' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Italy: hotel booking engine reservations
  { name: 'blastness-elenco-prenotazioni-it', product: 'Blastness (Booking Engine extranet: Prenotazioni > Elenco prenotazioni > Esporta in Excel, one row per booking, Italian UI, a Sorrento 4-star hotel selling on its own site, Europe/Rome, EUR)', family: 'booking', language: 'it', schema: E, cols: [
    ['N. prenotazione', (c, o) => `BL${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Data prenotazione', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => blSt(o), []],
    ['Arrivo', (c, o) => dmy(cet(blIn(o)), '/'), [], opt],
    ['Partenza', (c, o) => dmy(cet(blIn(o) + blNights(o) * day), '/'), [], opt],
    ['Notti', (c, o) => String(blNights(o)), [], opt],
    ['Camere', () => '1', [PL('quantity')], opt],
    ['Tipologia camera', (c, o) => blRoom(o)[0], [PL('name')]],
    ['Trattamento', (c, o) => blRoom(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Tariffa', (c, o) => blRoom(o)[2], [], opt],
    ['Adulti', (c, o) => String(blAdults(o)), []],
    ['Bambini', (c, o) => String(blKids(o)), []],
    ['Totale', (c, o) => thou(blTotal(o)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Tassa di soggiorno', (c, o) => dec(3.5 * blAdults(o) * Math.min(blNights(o), 7)), []],
    ['Sconto', (c, o) => (o.discount ? thou(blRoom(o)[3] * blNights(o) * 0.1) : '0,00'), [OR('discountAmount')]],
    ['Codice promozionale', (c, o) => (o.discount ? 'EARLY10' : ''), ['commerce.promotionID'], opt],
    ['Metodo di pagamento', (c, o) => (blRoom(o)[2] === 'Non Rimborsabile' ? 'Carta di credito (addebito immediato)' : row(['Carta di credito a garanzia', 'Bonifico bancario', 'Carta di credito a garanzia', 'PayPal'], n(o) % 4)), [OR('payments[0].paymentType')]],
    ['Cognome', (c) => it(c).last, []],
    ['Nome', (c) => it(c).first, []],
    ['Email', (c) => it(c).email, EMAIL_ID],
    ['Telefono', (c) => `+39 ${it(c).mobile}`, PHONE_ID, opt],
    ['Nazione', (c) => blNat(c), [BILL('country')], opt],
    ['Lingua', (c) => row(['IT', 'EN', 'DE', 'EN', 'IT', 'FR', 'EN'], n(c) % 7), [], opt],
    ['Orario di arrivo previsto', (c, o) => row(['', '14:00 - 16:00', '', '18:00 - 20:00', 'dopo le 22:00'], n(o) % 5), []],
    ['Richieste speciali', (c, o) => row(['', 'Anniversario di matrimonio', '', 'Culla in camera', 'Piano alto se possibile', ''], n(o) % 6), []],
    ['Data cancellazione', (c, o) => (blSt(o) === 'Cancellata' ? dmy(cet(o.at + 5 * day), '/') : ''), [OR('cancelDate')], opt],
    ['Newsletter', (c) => (c.bool ? 'Sì' : 'No'), []],
    ['Provenienza', (c, o) => row(['Sito web', 'Google Hotel Ads', 'Sito web', 'Trivago', 'Sito web mobile'], n(o) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: loyalty customers
  { name: 'movylo-esporta-clienti-it', product: 'Movylo (Dashboard: Clienti > Esporta clienti in CSV, one row per loyalty-card customer, Italian UI, a Bologna bakery chain\'s digital fidelity card)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['ID cliente', (c) => String(880000 + (n(c) * 13) % 100000), ['_id', 'personID'], opt],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 2 ? '' : it(c).email), ['personalEmail.address']],
    ['Cellulare', (c) => `+39${it(c).mobile}`, ['mobilePhone.number']],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => (n(c) % 4 === 3 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['CAP', (c) => it(c).zip, at(HOME, 'postalCode')],
    ['Città', (c) => it(c).city, at(HOME, 'city')],
    ['Codice tessera', (c) => `2900${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Punti', (c) => String(mvPts(c)), ['loyalty.points']],
    ['Punti totali', (c) => String(mvPts(c) + (n(c) * 31) % 2400), ['loyalty.lifetimePoints']],
    ['Punti utilizzati', (c) => String((n(c) * 31) % 2400), ['loyalty.pointsRedeemed']],
    ['Livello', (c) => row(['Base', 'Silver', 'Gold', 'Base', 'Base'], n(c) % 5), ['loyalty.tier']],
    ['Data iscrizione', (c) => dmy(cet(mvJoin(c)), '/'), ['loyalty.joinDate']],
    ['Ultima visita', (c) => dmy(cet(later(c)), '/'), [], opt],
    ['Numero visite', (c) => String(1 + (n(c) * 7) % 140), []],
    ['Spesa totale', (c) => dec(((n(c) * 53) % 90000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Negozio di iscrizione', (c) => mvShop(c), [], opt],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), []],
    ['Coupon attivi', (c) => row(['', 'Cornetto omaggio', '', 'Sconto 10% torte', ''], n(c) % 5), ['loyalty.rewards.coupons[0].name'], opt],
    ['Tag', (c) => row(['', 'senza glutine', 'colazione', '', 'torte su ordinazione'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: padel-club members
  { name: 'doinsport-export-clients-fr', product: 'Doinsport (back-office club: Clients > Exporter la liste des clients (Excel), one row per member or customer, French UI, a Lausanne-area indoor padel and squash club, CHF)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Nom', (c) => ch(c).last, ['person.name.lastName']],
    ['Prénom', (c) => ch(c).first, ['person.name.firstName']],
    ['Email', (c) => ch(c).email, ['personalEmail.address']],
    ['Téléphone', (c) => ch(c).mobile, ['mobilePhone.number']],
    ['Date de naissance', (c) => (n(c) % 5 === 4 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Sexe', (c) => (ch(c).female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Adresse', (c) => ch(c).street, at(HOME, 'street1')],
    ['Code postal', (c) => ch(c).zip, at(HOME, 'postalCode')],
    ['Ville', (c) => ch(c).city, at(HOME, 'city')],
    ['Pays', () => 'Suisse', at(HOME, 'country')],
    ['Date de création', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, [], opt],
    ['Abonnement', (c) => dpSub(c)[0], [], opt],
    ['Date de fin d\'abonnement', (c) => (dpSub(c)[0] ? dmy(cet(later(c)), '/') : ''), [], opt],
    ['Solde porte-monnaie (CHF)', (c) => dec(((n(c) * 29) % 30000) / 100, '.'), []],
    ['Carnets restants', (c) => (dpSub(c)[0].startsWith('Carnet') ? String(n(c) % 10) : ''), []],
    ['Niveau', (c) => row(['Débutant', '3', '4', '5', 'Intermédiaire', '2', '6'], n(c) % 7), []],
    ['N° de licence', (c) => (n(c) % 3 === 0 ? `CH${pad((n(c) * 7919) % 1000000, 6)}` : ''), [], opt],
    ['Groupe', (c) => row(['Membres', 'Membres', 'Clients', 'École de padel', 'Entreprise partenaire', 'Clients'], n(c) % 6), []],
    ['Nombre de réservations', (c) => String((n(c) * 7) % 180), []],
    ['Dernière réservation', (c) => `${dmy(cet(later(c)), '/')} ${row(['18:00', '19:30', '12:00', '20:30', '07:30'], n(c) % 5)}`, [], opt],
    ['Inscrit via', (c) => row(['Application', 'Accueil', 'Site web', 'Application', 'Import'], n(c) % 5), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), []],
    ['Statut', (c) => dpSt(c), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: nightlife guest CRM
  { name: 'fourvenues-crm-clientes-es', product: 'Fourvenues (Panel de organizador: Clientes > Exportar clientes, one row per guest in the organiser\'s CRM, Spanish UI, a Madrid nightclub group selling tickets, guest lists and tables)', family: 'crm', language: 'es', schema: P, cols: [
    ['ID', (c) => v.hex(seeded(c, 'fv'), 24), ['_id', 'personID'], opt],
    ['Nombre', (c) => es(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => es(c).last, ['person.name.lastName']],
    ['Email', (c) => es(c).email, ['personalEmail.address']],
    ['Teléfono', (c) => `+34${es(c).mobile}`, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Edad', (c) => String(2024 - bd(c.birth).y), [], opt],
    ['Género', (c) => (es(c).female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['DNI/NIE', (c) => (n(c) % 3 === 2 ? '' : fvDni(c)), ['person.taxId'], opt],
    ['Código postal', (c) => es(c).zip, at(HOME, 'postalCode')],
    ['Ciudad', (c) => es(c).city, at(HOME, 'city')],
    ['Instagram', (c) => (n(c) % 2 ? `@${slug(es(c).first)}${slug(es(c).last).slice(0, 4)}${n(c) % 100}` : ''), []],
    ['Eventos asistidos', (c) => String(1 + (n(c) * 7) % 24), []],
    ['Entradas compradas', (c) => String(1 + (n(c) * 11) % 40), []],
    ['Gasto total', (c) => dec(((n(c) * 37) % 120000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Último evento', (c) => fvEvent(c), []],
    ['Fecha último evento', (c) => dmy(cet(later(c)), '/'), [], opt],
    ['Relaciones públicas', (c) => fvRp(c), []],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), []],
    ['Fecha de registro', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, [], opt],
    ['Etiquetas', (c) => row(['', 'VIP', 'mesa', '', 'cumpleaños', 'lista'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- France: company and director list
  { name: 'verif-com-fichier-dirigeants-fr', product: 'Verif.com (Recherche avancée d\'entreprises > Exporter le fichier (Excel), one row per director of a listed company, French UI, a Lyon payroll-software vendor prospecting SMEs in Auvergne-Rhône-Alpes)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['SIREN', (c) => vfFirm(c)[0], ACCT, opt],
    ['SIRET du siège', (c) => `${vfFirm(c)[0]}000${pad(12 + (n(c) >> 1) % 80)}`, [], opt],
    ['Raison sociale', (c) => vfFirm(c)[1], CO],
    ['Enseigne', (c) => vfFirm(c)[2], [], opt],
    ['Forme juridique', (c) => vfFirm(c)[3], []],
    ['Code NAF', (c) => vfFirm(c)[4], []],
    ['Activité', (c) => vfFirm(c)[5], []],
    ['Date de création', (c) => dmy(bd(Date.UTC(1985, 0, 1) + ((n(c) >> 1) % 30) * 365 * day), '/'), [], opt],
    ['Tranche d\'effectif', (c) => vfFirm(c)[6], []],
    ['Chiffre d\'affaires (€)', (c) => thou(vfFirm(c)[7], ' ', ',').replace(/,00$/, ''), []],
    ['Adresse', (c) => vfFirm(c)[10], [W('street1')]],
    ['Code postal', (c) => vfFirm(c)[9], [W('postalCode')]],
    ['Ville', (c) => vfFirm(c)[8], [W('city')]],
    ['Département', (c) => vfFirm(c)[11], STATE(['workAddress']), opt],
    ['Région', (c) => vfFirm(c)[12], [W('region'), ...STATE(['workAddress'])], opt],
    ['Téléphone', (c) => `04 ${pad((n(c) * 3) % 90 + 10)} ${pad((n(c) * 7) % 90 + 10)} ${pad((n(c) * 11) % 90 + 10)} ${pad((n(c) * 13) % 90 + 10)}`, ['workPhone.number']],
    ['Site internet', (c) => (vfFirm(c)[13] ? `www.${vfFirm(c)[13]}` : ''), ['b2b.companyWebsite']],
    ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom du dirigeant', (c) => fr(c).last.toUpperCase(), ['person.name.lastName']],
    ['Prénom du dirigeant', (c) => fr(c).first, ['person.name.firstName']],
    ['Fonction', (c) => (fr(c).female ? vfRole(c).replace(/^Président\b/, 'Présidente').replace(/^Directeur général/, 'Directrice générale').replace(/gérant$/i, (g) => g + 'e').replace(/délégué$/, 'déléguée') : vfRole(c)), ['extendedWorkDetails.jobTitle']],
    ['Date de naissance', (c) => `${pad(bd(c.birth).m)}/${bd(c.birth).y}`, [], opt],
    ['Capital social (€)', (c) => thou(row([10000, 50000, 1000, 37000, 150000, 5000], n(c) >> 1), ' ', ',').replace(/,00$/, ''), []],
  ] },
  // ---------------------------------------------------------------- Belgium: B2B conference registrants
  { name: 'evenium-liste-participants-fr', product: 'Evenium (Evenium Net: Participants > Exporter la liste des participants (Excel), one row per registrant, French UI, a Brussels supply-chain conference with exhibitors and speakers, Europe/Brussels)', family: 'events', language: 'fr', schema: B, cols: [
    ['Identifiant', (c) => String(5200000 + (n(c) * 13) % 800000), B2BID, opt],
    ['Civilité', (c) => (be(c).female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => be(c).first, ['person.name.firstName']],
    ['Nom', (c) => be(c).last, ['person.name.lastName']],
    ['Société', (c) => evFirm(c)[0], CO],
    ['Fonction', (c) => evRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => evRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${slug(be(c).first)}.${slug(be(c).last)}@${evFirm(c)[1]}`, WE],
    ['Téléphone', (c) => `+32 2 ${v.int(seeded(c, 'tel'), 200, 799)} ${pad((n(c) * 7) % 100)} ${pad((n(c) * 3) % 100)}`, ['workPhone.number']],
    ['Portable', (c) => be(c).mobile, ['mobilePhone.number']],
    ['Adresse', (c) => be(c).street, [W('street1')]],
    ['Code postal', (c) => be(c).zip, [W('postalCode')]],
    ['Ville', (c) => be(c).city, [W('city')]],
    ['Pays', () => 'Belgique', [W('country')]],
    ['N° TVA', (c) => evFirm(c)[2], ACCT, opt],
    ['Catégorie', (c) => evCat(c), ['b2b.personType'], opt],
    ['Statut', (c) => evSt(c), ['b2b.personStatus'], opt],
    ['Date d\'inscription', (c) => frDT(cet(EV_DAY - (3 + n(c) % 60) * day)), ['extSourceSystemAudit.createdDate'], opt],
    ['Source', (c) => row(['Invitation e-mail', 'Site de l\'événement', 'LinkedIn', 'Import', 'Invitation e-mail'], n(c) % 5), ['b2b.personSource'], opt],
    ['Atelier', (c) => row(['Automatisation d\'entrepôt', 'Transport bas carbone', 'Douane post-Brexit', ''], n(c) % 4), []],
    ['Régime alimentaire', (c) => row(['', '', 'Végétarien', '', 'Sans gluten', 'Halal'], n(c) % 6), []],
    ['Badge imprimé', (c) => (evIn(c) ? 'Oui' : 'Non'), []],
    ['Présent', (c) => (evIn(c) ? 'Oui' : 'Non'), []],
    ['Date de check-in', (c) => (evIn(c) ? frDT(cet(EV_DAY + (n(c) % 150) * 60000)) : ''), [], opt],
    ['Commentaire', (c) => row(['', '', 'Accès PMR', '', 'Arrivera après la plénière'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Italy: field-sales contacts
  { name: 'salesbook-esporta-contatti-it', product: 'Salesbook (web app: Contatti > Esporta contatti in Excel, one row per contact with the linked company, Italian UI, a Brescia industrial-valve maker\'s field sales network)', family: 'crm', language: 'it', schema: B, cols: [
    ['ID contatto', (c) => String(300000 + (n(c) * 17) % 600000), B2BID, opt],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Azienda', (c) => sbFirm(c)[0], CO],
    ['Partita IVA', (c) => sbFirm(c)[1], ACCT, opt],
    ['Ruolo', (c) => sbRole(c), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => `${slug(it(c).first)[0]}.${slug(it(c).last)}@${sbFirm(c)[2]}`, WE],
    ['Telefono', (c) => `${sbFirm(c)[7]}${pad((n(c) * 37) % 1000, 3)}`, ['workPhone.number']],
    ['Cellulare', (c) => `+39 ${it(c).mobile}`, ['mobilePhone.number']],
    ['Indirizzo', (c) => sbFirm(c)[6], [W('street1')]],
    ['CAP', (c) => sbFirm(c)[4], [W('postalCode')]],
    ['Città', (c) => sbFirm(c)[3], [W('city')]],
    ['Provincia', (c) => sbFirm(c)[5], STATE(['workAddress'])],
    ['Nazione', () => 'Italia', [W('country')]],
    ['Sito web', (c) => `www.${sbFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['Tipo', (c) => sbStage(c), ['b2b.personStatus'], opt],
    ['Agente', (c) => sbAgent(c), []],
    ['Data creazione', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Ultima attività', (c) => dmy(cet(later(c)), '/'), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Consenso privacy', (c) => (c.bool ? 'Sì' : 'No'), []],
    ['Note', (c) => row(['', 'Interessato alle valvole a sfera DN50', '', 'Richiamare dopo la fiera MCE', 'Preventivo inviato', ''], n(c) % 6), []],
  ] },
]
