// Round 59, heldout133: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French and Italian exports in the product's UI language: a Québec
// restaurant POS's item sales (Veloce), a Swiss-Romand ticketing site's tickets (Monbillet.ch), a French bank's card
// gateway journal (Mercanet, BNP Paribas), a French SMS platform's contacts (SMSEnvoi), a French company-data site's
// prospect file (Infonet), an event platform's attendee list for a Brussels conference (Eventmaker), an Italian
// ticketing site's orders (Boxol), an Italian e-commerce/marketplace back office's orders (Ready Pro), a cashback
// loyalty programme's partner transactions (myWorld / Cashback World), an Italian VoIP/SMS operator's address book
// (Messagenet), a fitness-club CRM's member list for a Lugano club (Technogym Mywellness) and a company database's
// firm list (AIDA, Bureau van Dijk) (fr 6, it 6).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, rng, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: France, Belgium, Switzerland and Italy are UTC+1 with summer time; Québec is UTC-5 with summer time
const cet = (ms) => local(ms, 1)
const qc = (ms) => local(ms, -5)
// the same instant moved into opening hours (lo:00-hi:59 local, zone at std hours with summer time)
const within = (ms, std, lo, hi) => { const H = local(ms, std).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const dmyhm = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const dmyhms = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const chf = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- check digits (Luhn: SIREN/SIRET, partita IVA)
const luhn = (payload) => { const s = String(payload).split('').reverse().reduce((a, ch, i) => { let d = +ch; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9 } return a + d }, 0); return `${payload}${(10 - (s % 10)) % 10}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const FIRST = {
  fr: [['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Sophie', 'Nathalie', 'Céline', 'Aurélie', 'Julie'], ['Louis', 'Hugo', 'Jules', 'Gabriel', 'Arthur', 'Théo', 'Nicolas', 'Julien', 'Thomas', 'Maxime', 'Antoine', 'Pierre']],
  qc: [['Geneviève', 'Marie-Ève', 'Isabelle', 'Mélanie', 'Stéphanie', 'Catherine', 'Julie', 'Véronique', 'Annie', 'Karine', 'Émilie', 'Josée'], ['Jean-François', 'Mathieu', 'Simon', 'Maxime', 'Alexandre', 'Guillaume', 'Frédéric', 'Martin', 'Sébastien', 'Olivier', 'Éric', 'Marc-André']],
  it: [['Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Francesca', 'Valentina', 'Martina', 'Alessia', 'Silvia', 'Laura'], ['Francesco', 'Alessandro', 'Lorenzo', 'Matteo', 'Andrea', 'Marco', 'Luca', 'Davide', 'Simone', 'Giuseppe', 'Stefano', 'Paolo']],
}
FIRST.ch = FIRST.fr; FIRST.be = FIRST.fr; FIRST.ti = FIRST.it
const LAST = {
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Girard', 'Fontaine', 'Chevalier', 'Rousseau', 'Guérin'],
  qc: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque'],
  ch: ['Favre', 'Rochat', 'Morel', 'Perret', 'Bonvin', 'Mottier', 'Jaquet', 'Cuendet', 'Pittet', 'Chevalley', 'Monnier', 'Berset', 'Dupraz', 'Vuilleumier'],
  be: ['Dubois', 'Lambert', 'Dupont', 'Leclercq', 'Lejeune', 'Renard', 'Denis', 'Simon', 'Laurent', 'Mertens', 'Claes', 'Peeters', 'Wauters', 'Jacobs'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Galli', 'Conti', 'De Luca', 'Brambilla', 'Lombardi'],
  ti: ['Bernasconi', 'Ferrari', 'Rezzonico', 'Molinari', 'Cattaneo', 'Pedrazzini', 'Galli', 'Fontana', 'Lepori', 'Guidotti', 'Induni', 'Pellandini', 'Bianchi', 'Soldati'],
}
// [city, département/province/canton, postcode (Québec: FSA), street, region, landline prefix]
const PLACES = {
  fr: [['Nantes', 'Loire-Atlantique', '44000', 'rue Crébillon', 'Pays de la Loire', '02'], ['Nantes', 'Loire-Atlantique', '44300', 'route de Saint-Joseph', 'Pays de la Loire', '02'], ['Rezé', 'Loire-Atlantique', '44400', 'avenue de la Libération', 'Pays de la Loire', '02'], ['Saint-Herblain', 'Loire-Atlantique', '44800', 'rue de la Bernardière', 'Pays de la Loire', '02'], ['Orvault', 'Loire-Atlantique', '44700', 'route de Vannes', 'Pays de la Loire', '02'], ['Saint-Sébastien-sur-Loire', 'Loire-Atlantique', '44230', 'rue de la Libération', 'Pays de la Loire', '02'], ['Vertou', 'Loire-Atlantique', '44120', 'rue de l\'Ile de France', 'Pays de la Loire', '02'], ['Carquefou', 'Loire-Atlantique', '44470', 'rue du Souvenir Français', 'Pays de la Loire', '02']],
  qc: [['Québec', 'QC', 'G1R', 'rue Saint-Jean', 'Capitale-Nationale', '418'], ['Québec', 'QC', 'G1S', 'avenue Cartier', 'Capitale-Nationale', '418'], ['Lévis', 'QC', 'G6V', 'boulevard Alphonse-Desjardins', 'Chaudière-Appalaches', '418'], ['Québec', 'QC', 'G1V', 'chemin Sainte-Foy', 'Capitale-Nationale', '581'], ['Montréal', 'QC', 'H2J', 'avenue du Mont-Royal Est', 'Montréal', '514']],
  ch: [['Lausanne', 'VD', '1003', 'Rue de Bourg', 'Vaud', '021'], ['Lausanne', 'VD', '1004', 'Avenue d\'Echallens', 'Vaud', '021'], ['Genève', 'GE', '1205', 'Rue de Carouge', 'Genève', '022'], ['Fribourg', 'FR', '1700', 'Rue de Romont', 'Fribourg', '026'], ['Neuchâtel', 'NE', '2000', 'Rue du Seyon', 'Neuchâtel', '032'], ['Morges', 'VD', '1110', 'Grand-Rue', 'Vaud', '021'], ['Vevey', 'VD', '1800', 'Rue du Simplon', 'Vaud', '021']],
  be: [['Bruxelles', 'Bruxelles-Capitale', '1000', 'Rue Neuve', 'Bruxelles', '02'], ['Ixelles', 'Bruxelles-Capitale', '1050', 'Chaussée d\'Ixelles', 'Bruxelles', '02'], ['Namur', 'Namur', '5000', 'Rue de Fer', 'Wallonie', '081'], ['Liège', 'Liège', '4000', 'Boulevard d\'Avroy', 'Wallonie', '04'], ['Louvain-la-Neuve', 'Brabant wallon', '1348', 'Place de l\'Université', 'Wallonie', '010'], ['Mons', 'Hainaut', '7000', 'Rue de Nimy', 'Wallonie', '065']],
  it: [['Milano', 'MI', '20129', 'Viale Piave', 'Lombardia', '02'], ['Roma', 'RM', '00185', 'Via Merulana', 'Lazio', '06'], ['Torino', 'TO', '10128', 'Corso Vittorio Emanuele II', 'Piemonte', '011'], ['Bologna', 'BO', '40125', 'Via Santo Stefano', 'Emilia-Romagna', '051'], ['Bari', 'BA', '70121', 'Via Sparano da Bari', 'Puglia', '080'], ['Verona', 'VR', '37121', 'Via Mazzini', 'Veneto', '045'], ['Firenze', 'FI', '50123', 'Via dei Servi', 'Toscana', '055'], ['Como', 'CO', '22100', 'Via Vittorio Emanuele II', 'Lombardia', '031']],
  ti: [['Lugano', 'TI', '6900', 'Via Nassa', 'Ticino', '091'], ['Massagno', 'TI', '6900', 'Via San Gottardo', 'Ticino', '091'], ['Bellinzona', 'TI', '6500', 'Viale Stazione', 'Ticino', '091'], ['Locarno', 'TI', '6600', 'Via della Pace', 'Ticino', '091'], ['Mendrisio', 'TI', '6850', 'Via Lavizzari', 'Ticino', '091'], ['Chiasso', 'TI', '6830', 'Corso San Gottardo', 'Ticino', '091'], ['Paradiso', 'TI', '6900', 'Riva Paradiso', 'Ticino', '091']],
}
const MAIL = {
  fr: ['orange.fr', 'gmail.com', 'free.fr', 'hotmail.fr', 'laposte.net', 'sfr.fr', 'gmail.com'],
  qc: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'gmail.com'],
  ch: ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'gmail.com'],
  be: ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'gmail.com'],
  it: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'alice.it', 'virgilio.it', 'gmail.com'],
  ti: ['bluewin.ch', 'gmail.com', 'ticino.com', 'hispeed.ch', 'gmail.com'],
}
const plain = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const pairs = (r, k) => Array.from({ length: k }, () => pad(int(r, 0, 99))).join(' ')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x5bd1e995); r(); r()
  const female = r() < 0.5
  const first = pick(r, FIRST[cc][female ? 0 : 1]), last = pick(r, LAST[cc])
  const pl = pick(r, PLACES[cc]), num = int(r, 1, 140)
  const p = { female, first, last, full: `${first} ${last}`, city: pl[0], state: pl[1], zip: pl[2], streetName: pl[3], region: pl[4], area: pl[5], num,
    email: `${plain(first.split(/[- ]/)[0])}${pick(r, ['.', '', '_', '.'])}${plain(last)}${r() < 0.5 ? int(r, 1, 99) : ''}@${pick(r, MAIL[cc])}` }
  if (cc === 'fr') { p.street = `${num} ${pl[3]}`; const m = `0${pick(r, ['6', '6', '7'])} ${pairs(r, 4)}`; p.mobile = m; p.intl = `+33${m.replace(/\s/g, '').slice(1)}`; p.country = 'France' }
  if (cc === 'qc') { p.street = `${num * 10 + int(r, 0, 9)}, ${pl[3]}${r() < 0.3 ? `, app. ${int(r, 1, 12)}` : ''}`; p.zip = `${pl[2]} ${int(r, 1, 9)}${pick(r, ['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V'])}${int(r, 0, 9)}`; p.mobile = `${pl[5]}-${int(r, 200, 999)}-${pad(int(r, 0, 9999), 4)}`; p.country = 'Canada' }
  if (cc === 'ch') { p.street = `${pl[3]} ${num % 60 + 1}`; p.mobile = `+41 ${pick(r, ['76', '78', '79', '79'])} ${int(r, 100, 999)} ${pairs(r, 2)}`; p.phone = `${pl[5]} ${int(r, 300, 999)} ${pairs(r, 2)}`; p.country = 'Suisse' }
  if (cc === 'be') { p.street = `${pl[3]} ${num % 90 + 1}`; p.mobile = `+32 4${pick(r, ['70', '75', '77', '78', '86', '94', '96'])} ${pairs(r, 3)}`; p.country = 'Belgique' }
  if (cc === 'it') { p.street = `${pl[3]}, ${num % 120 + 1}`; p.mobile = `3${pick(r, ['20', '28', '33', '38', '40', '45', '47', '49', '66', '93'])} ${int(r, 1000000, 9999999)}`; p.phone = `${pl[5]} ${int(r, 100000, 9999999)}`; p.country = 'Italia' }
  if (cc === 'ti') { p.street = `${pl[3]} ${num % 60 + 1}`; p.mobile = `+41 ${pick(r, ['76', '78', '79', '79'])} ${int(r, 100, 999)} ${pairs(r, 2)}`; p.phone = `${pl[5]} ${int(r, 900, 999)} ${pairs(r, 2)}`; p.country = 'Svizzera' }
  memo.set(k, p)
  return p
}
const FR = (c) => loc(c, 'fr'), QC = (c) => loc(c, 'qc'), CH = (c) => loc(c, 'ch'), BE = (c) => loc(c, 'be'), IT = (c) => loc(c, 'it'), TI = (c) => loc(c, 'ti')
const civ = (p) => (p.female ? 'Mme' : 'M.')

// ---------------------------------------------------------------- Veloce: a Québec City bistro's menu
// [no article, article, catégorie, groupe, prix]
const QC_MENU = [['1101', 'Soupe à l\'oignon gratinée', 'Entrées', 'Nourriture', 9.5], ['1105', 'Tartare de saumon', 'Entrées', 'Nourriture', 16], ['1210', 'Poutine classique', 'Plats principaux', 'Nourriture', 14.5], ['1222', 'Burger du bistro', 'Plats principaux', 'Nourriture', 21], ['1240', 'Tourtière du Lac-Saint-Jean', 'Plats principaux', 'Nourriture', 24], ['1310', 'Pouding chômeur', 'Desserts', 'Nourriture', 9], ['2104', 'Pinte Blanche de Chambly', 'Bières en fût', 'Alcool', 9.75], ['2210', 'Verre de vin rouge 6 oz', 'Vins au verre', 'Alcool', 11], ['3005', 'Café allongé', 'Breuvages chauds', 'Breuvages', 3.5]]
const QC_MODS = { 1210: ['', 'Extra fromage', 'Sauce à part'], 1222: ['Cuisson: médium', 'Cuisson: bien cuit', 'Sans oignons, Frites patates douces'], 1105: ['', 'Sans gluten'], 3005: ['', 'Lait d\'avoine'] }
const vlItem = (o, i) => row(QC_MENU, i + n(o))
const vlAt = (o) => within(o.at, -5, 11, 22)
const vlQty = (o, i) => (vlItem(o, i)[3] === 'Nourriture' ? 1 + (n(o) % 2) : o.qty)
const vlGross = (o, i) => vlItem(o, i)[4] * vlQty(o, i)
const vlDisc = (o, i) => (o.discount ? Math.round(vlGross(o, i) * 0.15 * 100) / 100 : 0)
const vlNet = (o, i) => vlGross(o, i) - vlDisc(o, i)
const vlMode = (o) => row(['Sur place', 'Sur place', 'Sur place', 'Pour emporter', 'Sur place', 'Livraison'], n(o))
const vlSection = (o) => (vlMode(o) !== 'Sur place' ? '' : row(['Salle à manger', 'Terrasse', 'Bar', 'Salle à manger'], n(o) >> 1))
const vlVoid = (o) => n(o) % 17 === 0

// ---------------------------------------------------------------- Monbillet.ch: a Lausanne concert club's season
// [événement, jours après la commande, lieu]
const MB_EVENTS = [['Hommage à Brassens – Trio Acoustique', 12, 'Salle del Castillo, Vevey'], ['Soirée Jazz Manouche', 20, 'Le Bourg, Lausanne'], ['Festival Les Voix du Lac – Pass samedi', 45, 'Parc de l\'Indépendance, Morges'], ['Stand-up : Nouvelle scène romande', 9, 'Le Bourg, Lausanne']]
const MB_TARIFS = [['Plein tarif', 38], ['AVS/AI', 32], ['Étudiant/Apprenti', 25], ['Plein tarif', 38], ['Enfant (-16 ans)', 15]]
const mbEv = (o) => row(MB_EVENTS, n(o))
const mbTarif = (o) => row(MB_TARIFS, n(o) >> 2)
const mbChannel = (o) => row(['Internet', 'Internet', 'Internet', 'Caisse du soir', 'Internet', 'Point de vente'], n(o))
const mbState = (o) => (mbChannel(o) !== 'Internet' ? 'Payé' : row(['Payé', 'Payé', 'Remboursé', 'Payé', 'Payé', 'Payé', 'Annulé'], n(o)))
const mbFee = (o) => (mbChannel(o) === 'Internet' ? 2 : 0)
const mbPay = (o) => (mbChannel(o) === 'Caisse du soir' ? row(['Espèces', 'TWINT', 'Espèces'], n(o)) : mbChannel(o) === 'Point de vente' ? 'Carte de débit' : row(['TWINT', 'Visa', 'Mastercard', 'PostFinance Card', 'TWINT'], n(o) >> 1))
const mbOnline = (o) => mbChannel(o) === 'Internet'

// ---------------------------------------------------------------- Mercanet: a Bordeaux online wine merchant
const mcState = (o) => row(['Remisé', 'Remisé', 'Refusé', 'Remisé', 'Remboursé', 'Remisé', 'En attente de remise', 'Annulé'], n(o))
const mcOk = (o) => mcState(o) !== 'Refusé'
const mcBrand = (o) => row(['CB', 'VISA', 'CB', 'MASTERCARD', 'CB', 'AMEX', 'PAYPAL'], n(o) >> 1)
const mcBin = (o) => ({ CB: '497010', VISA: '455673', MASTERCARD: '513691', AMEX: '374283' })[mcBrand(o)]
const mcAmt = (o) => 24 + (n(o) % 50) * 6.4 + o.qty * 18
const mcRemis = (o) => ['Remisé', 'Remboursé'].includes(mcState(o))

// ---------------------------------------------------------------- SMSEnvoi: a Nantes hair salon's SMS contacts
const seStop = (c) => n(c) % 9 === 4
const seLast = (c) => c.created + ((n(c) % 300) + 20) * day

// ---------------------------------------------------------------- Infonet: firms found by a Lyon IT-services company
// [raison sociale, enseigne, forme, SIREN stem (8), NAF, libellé NAF, adresse, CP, ville, département, région, préfixe, domaine, tranche effectif, CA, création, capital]
const FR_FIRMS = [
  ['TRANSPORTS GIRAUD ET FILS', 'Giraud Logistique', 'SAS, société par actions simplifiée', '38215764', '49.41A', 'Transports routiers de fret interurbains', '12 rue de l\'Industrie', '69800', 'Saint-Priest', 'Rhône', 'Auvergne-Rhône-Alpes', '04 78', 'giraud-logistique.fr', '50 à 99 salariés', 14800000, '14/05/1992', 240000],
  ['BOULANGERIES PAUL MERCIER', '', 'SARL, société à responsabilité limitée', '51843207', '10.71C', 'Boulangerie et boulangerie-pâtisserie', '3 place Bellecour', '69002', 'Lyon', 'Rhône', 'Auvergne-Rhône-Alpes', '04 72', 'boulangeries-mercier.fr', '20 à 49 salariés', 3100000, '02/09/2009', 50000],
  ['CLINIQUE VETERINAIRE DU PARC', '', 'SELARL, société d\'exercice libéral à responsabilité limitée', '79431652', '75.00Z', 'Activités vétérinaires', '48 avenue Jean Jaurès', '38000', 'Grenoble', 'Isère', 'Auvergne-Rhône-Alpes', '04 76', 'cliniqueduparc38.fr', '10 à 19 salariés', 1650000, '21/11/2013', 10000],
  ['MECANIQUE DE PRECISION DU FOREZ', 'MPF', 'SA à conseil d\'administration', '30587412', '25.62B', 'Mécanique industrielle', 'ZI de Montreynaud, 7 rue Jean Servanton', '42000', 'Saint-Étienne', 'Loire', 'Auvergne-Rhône-Alpes', '04 77', 'mpf-forez.com', '100 à 199 salariés', 22500000, '06/03/1978', 1200000],
  ['CABINET D\'EXPERTISE COMPTABLE ROCHE ET ASSOCIES', 'Roche & Associés', 'SAS, société par actions simplifiée', '44901836', '69.20Z', 'Activités comptables', '25 cours Émile Zola', '69100', 'Villeurbanne', 'Rhône', 'Auvergne-Rhône-Alpes', '04 37', 'roche-associes.fr', '20 à 49 salariés', 2900000, '17/01/2003', 37000],
  ['HOTEL DES ALPES ANNECY', 'Hôtel des Alpes', 'SARL, société à responsabilité limitée', '53372195', '55.10Z', 'Hôtels et hébergement similaire', '12 rue de la Poste', '74000', 'Annecy', 'Haute-Savoie', 'Auvergne-Rhône-Alpes', '04 50', 'hotel-des-alpes-annecy.fr', '10 à 19 salariés', 1250000, '30/06/2011', 8000],
]
const frFirm = (c) => row(FR_FIRMS, n(c) % 6)
const FR_ROLES = ['Président', 'Gérant', 'Directeur général', 'Président directeur général', 'Directeur général', 'Gérant']
const FR_ROLES_F = ['Présidente', 'Gérante', 'Directrice générale', 'Présidente directrice générale', 'Directrice générale', 'Gérante']
const inSiren = (c) => luhn(frFirm(c)[3])

// ---------------------------------------------------------------- Eventmaker: a Brussels energy-transition summit
// [société, rue, code postal, ville, domaine, secteur]
const BE_FIRMS = [['Engie Electrabel', 'Boulevard Simon Bolivar 34', '1000', 'Bruxelles', 'engie.com', 'Énergie'], ['Sibelga', 'Quai des Usines 16', '1000', 'Bruxelles', 'sibelga.be', 'Réseaux & distribution'], ['Ores', 'Avenue Jean Monnet 2', '1348', 'Louvain-la-Neuve', 'ores.be', 'Réseaux & distribution'], ['Université de Liège', 'Place du 20-Août 7', '4000', 'Liège', 'uliege.be', 'Recherche & enseignement'], ['Ville de Namur', 'Hôtel de Ville', '5000', 'Namur', 'ville.namur.be', 'Secteur public'], ['Solaris Renov SRL', 'Rue de la Station 118', '1410', 'Waterloo', 'solarisrenov.be', 'Installateurs'], ['Bruxelles Environnement', 'Avenue du Port 86C', '1000', 'Bruxelles', 'environnement.brussels', 'Secteur public']]
const BE_JOBS = [['Responsable achats énergie', 'Responsable achats énergie'], ['Chargé de projets', 'Chargée de projets'], ['Directeur technique', 'Directrice technique'], ['Conseiller en énergie', 'Conseillère en énergie'], ['Ingénieur réseau', 'Ingénieure réseau'], ['CEO', 'CEO'], ['Chercheur', 'Chercheuse']]
const emFirm = (c) => row(BE_FIRMS, n(c) % 7)
const emCat = (c) => row(['Visiteur', 'Visiteur', 'Exposant', 'Visiteur', 'Orateur', 'Visiteur', 'Presse', 'VIP'], n(c))
const emState = (c) => row(['Confirmé', 'Confirmé', 'Confirmé', 'En attente de paiement', 'Confirmé', 'Annulé'], n(c) >> 1)
const emPresent = (c) => emState(c) === 'Confirmé' && n(c) % 4 !== 1
const emPrice = (c) => ({ Visiteur: 195, Exposant: 0, Orateur: 0, Presse: 0, VIP: 0 })[emCat(c)]
const emSummit = Date.UTC(2024, 9, 17, 6, 45)

// ---------------------------------------------------------------- Boxol: a Bologna jazz club's concerts
const BX_EVENTS = [['Paolo Fresu Quintet', 'Cantina Bentivoglio, Bologna', 18], ['Serata Swing con la Big Band Città di Bologna', 'Cantina Bentivoglio, Bologna', 10], ['Rosalba Blues Trio', 'Teatro Duse, Bologna', 30], ['Jam session del giovedì', 'Cantina Bentivoglio, Bologna', 6]]
const BX_TYPES = [['Intero', 25], ['Ridotto under 26', 18], ['Intero', 25], ['Ridotto soci', 20]]
const bxEv = (o) => row(BX_EVENTS, n(o))
const bxType = (o) => (n(o) % 9 === 0 ? ['Omaggio', 0] : row(BX_TYPES, n(o) >> 1))
const bxPrev = (o) => (bxType(o)[1] ? 2.5 : 0)
const bxTot = (o) => (bxType(o)[1] + bxPrev(o)) * o.qty
const bxState = (o) => (bxType(o)[1] === 0 ? 'Emesso' : row(['Pagato', 'Pagato', 'Rimborsato', 'Pagato', 'Pagato', 'Annullato'], n(o)))

// ---------------------------------------------------------------- Ready Pro: a Bitonto olive-oil and food shop
const rpChannel = (o) => row(['Sito web', 'Amazon.it', 'Sito web', 'eBay.it', 'Sito web', 'ManoMano.it'], n(o))
const rpGoods = (o) => Math.round((18.9 * o.qty + (n(o) % 30) * 3.5) * 100) / 100
const rpDisc = (o) => (o.discount && rpChannel(o) === 'Sito web' ? Math.round(rpGoods(o) * 0.1 * 100) / 100 : 0)
const rpState = (o) => row(['Evaso', 'Evaso', 'In lavorazione', 'Evaso', 'Da evadere', 'Annullato', 'Evaso'], n(o))
const rpPickup = (o) => rpChannel(o) === 'Sito web' && n(o) % 11 === 0
const rpShip = (o) => (rpPickup(o) ? 0 : rpGoods(o) - rpDisc(o) >= 69 ? 0 : 7.9)
const rpTot = (o) => rpGoods(o) - rpDisc(o) + rpShip(o)
const rpVat = (o) => (rpGoods(o) - rpDisc(o)) * 4 / 104 + rpShip(o) * 22 / 122
const rpPay = (o) => (rpChannel(o) === 'Amazon.it' ? 'Amazon Pay' : rpChannel(o) === 'eBay.it' ? 'eBay Pagamenti gestiti' : rpChannel(o) === 'ManoMano.it' ? 'ManoMano' : row(['PayPal', 'Carta di credito', 'Bonifico bancario', 'Contrassegno', 'Satispay'], n(o) >> 1))
const rpCourier = (o) => (rpPickup(o) ? 'Ritiro in sede' : row(['BRT', 'GLS', 'BRT', 'SDA', 'Poste Italiane'], n(o) >> 2))
// an Italian personal tax code: surname and name consonants, birth year, month letter, day (+40 for women), a comune and a check letter
const cons3 = (s, first) => { const u = plain(s).toUpperCase(); const cs = u.replace(/[AEIOU]/g, ''), vs = u.replace(/[^AEIOU]/g, ''); const k = first && cs.length > 3 ? cs[0] + cs[2] + cs[3] : cs; return (k + vs + 'XXX').slice(0, 3) }
const codFisc = (p, birth) => { const b = v.parts(birth); return `${cons3(p.last)}${cons3(p.first, true)}${String(b.y).slice(2)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (p.female ? 40 : 0))}${row(['F205', 'H501', 'L219', 'A944', 'A662', 'L781', 'D612', 'C933'], b.d)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[(b.y + b.m * 7 + b.d * 3) % 26]}` }
const rpShipped = (o) => rpState(o) === 'Evaso' && !rpPickup(o)

// ---------------------------------------------------------------- myWorld: a Verona optician's partner transactions
const mwStore = (o) => row(['Ottica Arena – Verona Centro', 'Ottica Arena – Verona Centro', 'Ottica Arena – San Giovanni Lupatoto'], n(o))
const mwAmt = (o) => 39 + (n(o) % 40) * 12.5 + o.qty * 15
const mwState = (o) => row(['Confermata', 'Confermata', 'In attesa', 'Confermata', 'Stornata', 'Confermata'], n(o))
const mwRate = (o) => (mwAmt(o) >= 300 ? 3 : 2)
const mwCard = (c) => `${row(['300', '301', '306', '308'], n(c))} ${pad(n(c) % 1000, 3)} ${pad((n(c) * 7) % 1000, 3)} ${pad((n(c) * 13) % 1000, 3)}`

// ---------------------------------------------------------------- Messagenet: a Como wine bar's SMS address book (Italian and Ticino customers)
const mnTi = (c) => n(c) % 4 === 0
const MN = (c) => (mnTi(c) ? TI(c) : IT(c))
const mnCountry = (c) => (mnTi(c) ? 'Svizzera' : 'Italia')
const mnCell = (c) => (mnTi(c) ? `+${TI(c).mobile.replace(/\D/g, '')}` : `+39${IT(c).mobile.replace(/\D/g, '')}`)
// Italian customers of a Como or Lugano business live on the Italian side of the border
const LARIO = [['Como', 'CO', '22100', 'Via Vittorio Emanuele II'], ['Cernobbio', 'CO', '22012', 'Via Regina'], ['Cantù', 'CO', '22063', 'Via Matteotti'], ['Erba', 'CO', '22036', 'Corso XXV Aprile'], ['Varese', 'VA', '21100', 'Corso Matteotti'], ['Porlezza', 'CO', '22018', 'Via Lungolago']]
const lario = (c) => { const [city, state, zip, s] = row(LARIO, n(c) >> 2); return { city, state, zip, street: `${s}, ${(n(c) % 90) + 1}` } }
const mnCo = (c) => (mnTi(c) ? TI(c) : lario(c))

// ---------------------------------------------------------------- Mywellness: a Lugano fitness club's members (some cross-border from Como/Varese)
const mwIt = (c) => n(c) % 5 === 0
const MY = (c) => (mwIt(c) ? IT(c) : TI(c))
const myAddr = (c) => (mwIt(c) ? lario(c) : TI(c))
const myPlan = (c) => row([['Open annuale', 1290], ['Open annuale', 1290], ['Trimestrale', 420], ['Under 25 annuale', 890], ['10 ingressi', 250], ['Corporate annuale', 990]], n(c))
const myState = (c) => row(['Attivo', 'Attivo', 'Attivo', 'Scaduto', 'Attivo', 'Sospeso', 'Attivo'], n(c))
const myTerm = (c) => ({ 'Trimestrale': 91, '10 ingressi': 180 })[myPlan(c)[0]] ?? 365
const myEnd = (c) => c.created + ((n(c) % 3) + 1) * myTerm(c) * day

// ---------------------------------------------------------------- AIDA: firms found by a Bergamo industrial-automation supplier
// [ragione sociale, P.IVA stem (10), forma giuridica, indirizzo, CAP, comune, provincia, regione, prefisso, sito, ATECO, descrizione ATECO, ricavi migl EUR, dipendenti, anno costituzione, REA]
const IT_FIRMS = [
  ['OFFICINE MECCANICHE BREMBATE S.P.A.', '0231764016', 'Società per azioni', 'Via Provinciale, 42', '24041', 'Brembate', 'BG', 'Lombardia', '035', 'ombrembate.it', '28.41.00', 'Fabbricazione di macchine utensili per la formatura dei metalli', 38412, 164, 1968, 'BG-128841'],
  ['PLASTICA VENETA S.R.L.', '0348851024', 'Società a responsabilità limitata', 'Via dell\'Artigianato, 15', '35010', 'Limena', 'PD', 'Veneto', '049', 'plasticaveneta.com', '22.29.09', 'Fabbricazione di altri articoli in materie plastiche', 12987, 58, 1991, 'PD-302117'],
  ['CASEIFICIO SOCIALE SAN PROSPERO SOC. AGR. COOP.', '0074523036', 'Società cooperativa', 'Strada Provinciale Est, 310', '41030', 'San Prospero', 'MO', 'Emilia-Romagna', '059', 'caseificiosanprospero.it', '10.51.20', 'Produzione dei derivati del latte', 21340, 37, 1959, 'MO-104556'],
  ['IMBALLAGGI LARIO S.R.L.', '0287105013', 'Società a responsabilità limitata', 'Via per Cantù, 8', '22070', 'Senna Comasco', 'CO', 'Lombardia', '031', 'imballaggilario.it', '17.21.00', 'Fabbricazione di carta e cartone ondulato e di imballaggi di carta e cartone', 8754, 41, 1983, 'CO-185230'],
  ['ROBOTEC AUTOMAZIONI S.R.L.', '0451270016', 'Società a responsabilità limitata', 'Corso Francia, 220', '10093', 'Collegno', 'TO', 'Piemonte', '011', 'robotecautomazioni.it', '28.99.99', 'Fabbricazione di altre macchine per impieghi speciali nca', 6120, 29, 2004, 'TO-1012877'],
  ['CANTINE COLLI BERICI S.P.A.', '0199384024', 'Società per azioni', 'Via Gioia, 4', '36023', 'Longare', 'VI', 'Veneto', '0444', 'cantinecolliberici.it', '11.02.10', 'Produzione di vini da tavola e v.q.p.r.d.', 45980, 96, 1957, 'VI-87312'],
]
const itFirm = (c) => row(IT_FIRMS, n(c) % 6)
const IT_ROLES = ['Amministratore delegato', 'Presidente del consiglio di amministrazione', 'Presidente', 'Amministratore unico', 'Amministratore unico', 'Direttore generale']

export const SETS = [
  // ---------------------------------------------------------------- Québec: restaurant POS item sales
  { name: 'veloce-ventes-articles-fr', product: 'Veloce POS (Veloce Back-Office > Rapports > Ventes détaillées par article > Exporter (CSV), one row per item sold, Québec French UI, a Québec City bistro-brasserie, amounts in CAD with TPS and TVQ)', family: 'pos', language: 'fr', schema: E, cols: [
    ['Succursale', (c, o) => row(['001 - Vieux-Québec', '002 - Limoilou'], n(o)), ['commerce.commerceScope.storeCode'], opt],
    ['Date d\'affaires', (c, o) => ymd(qc(vlAt(o))), ['timestamp', OR('createdDate')]],
    ['Heure', (c, o) => hm(qc(vlAt(o))), [], opt],
    ['No facture', (c, o) => String(400000 + n(o) * 3), [OR('purchaseID')]],
    ['Terminal', (c, o) => `TERM0${(n(o) % 3) + 1}`, []],
    ['Employé', (c, o) => row(['102 - Annie B.', '115 - Kevin L.', '121 - Sarah-Maude P.', '108 - Jonathan G.'], n(o)), []],
    ['Type de commande', (c, o) => vlMode(o), [OR('orderType')], opt],
    ['Section', (c, o) => vlSection(o), []],
    ['Table', (c, o) => (vlSection(o) ? String((n(o) % 28) + 1) : ''), []],
    ['Nb clients', (c, o) => String(vlMode(o) === 'Sur place' ? row([2, 4, 1, 3, 2, 6], n(o)) : 1), []],
    ['No article', (c, o, r, i) => vlItem(o, i)[0], [PL('SKU')]],
    ['Article', (c, o, r, i) => vlItem(o, i)[1], [PL('name')]],
    ['Modificateurs', (c, o, r, i) => row(QC_MODS[vlItem(o, i)[0]] ?? [''], n(o)), [PL('selectedOptions[0].value')], opt],
    ['Catégorie', (c, o, r, i) => vlItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Groupe', (c, o, r, i) => vlItem(o, i)[3], [PL('productCategories[0].categoryName')], opt],
    ['Qté', (c, o, r, i) => String(vlQty(o, i)), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => dec(vlItem(o, i)[4]), [], opt],
    ['Montant brut', (c, o, r, i) => dec(vlGross(o, i)), [PL('priceTotal')]],
    ['Rabais', (c, o, r, i) => dec(vlDisc(o, i)), [PL('discountAmount')]],
    ['Raison du rabais', (c, o) => (o.discount ? 'Repas employé 15 %' : ''), []],
    ['Montant net', (c, o, r, i) => dec(vlNet(o, i)), [PL('priceTotal')], opt],
    ['TPS', (c, o, r, i) => dec(vlNet(o, i) * 0.05), [], opt],
    ['TVQ', (c, o, r, i) => dec(vlNet(o, i) * 0.09975), [], opt],
    ['Annulé', (c, o) => (vlVoid(o) ? 'Oui' : 'Non'), []],
    ['Raison d\'annulation', (c, o) => (vlVoid(o) ? 'Erreur de saisie' : ''), []],
    ['Mode de paiement', (c, o) => row(['Débit', 'Visa', 'Mastercard', 'Comptant', 'Débit', 'American Express', 'Carte-cadeau'], n(o) >> 1), [OR('payments[0].paymentType')]],
  ] },
  // ---------------------------------------------------------------- Switzerland (Romandie): ticketing
  { name: 'monbillet-billets-export-fr', product: 'Monbillet.ch (billetterie en ligne de Suisse romande; Espace organisateur > Ventes > Liste des billets > Exporter (CSV), one row per ticket, French UI, a Lausanne concert organiser, prices in CHF)', family: 'ticketing', language: 'fr', schema: E, cols: [
    ['N° billet', (c, o) => `MB${pad((n(o) * 7919) % 10000000, 7)}`, ['_id']],
    ['N° commande', (c, o) => String(2600000 + n(o) * 11), [OR('purchaseID')]],
    ['Date de commande', (c, o) => dmyhm(cet(o.at), '.'), ['timestamp', OR('createdDate')]],
    ['Événement', (c, o) => mbEv(o)[0], [PL('name')], opt],
    ['Date de l\'événement', (c, o) => `${dmy(cet(o.at + mbEv(o)[1] * day), '.')} 20:00`, []],
    ['Lieu', (c, o) => mbEv(o)[2], []],
    ['Catégorie de prix', (c, o) => mbTarif(o)[0], [], opt],
    ['Place', (c, o) => (mbEv(o)[0].startsWith('Festival') ? 'Placement libre' : `Rang ${(n(o) % 14) + 1}, place ${(n(o) % 22) + 1}`), []],
    ['Prix', (c, o) => chf(mbTarif(o)[1]), [PL('priceTotal')], opt],
    ['Frais de location', (c, o) => chf(mbFee(o)), []],
    ['Total', (c, o) => chf(mbTarif(o)[1] + mbFee(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Devise', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Code promo', (c, o) => (mbOnline(o) && o.discount ? 'AMIS-DU-BOURG' : ''), ['commerce.promotionID'], opt],
    ['Canal de vente', (c, o) => mbChannel(o), []],
    ['Mode de paiement', (c, o) => mbPay(o), [OR('payments[0].paymentType')]],
    ['Statut', (c, o) => mbState(o), []],
    ['Montant remboursé', (c, o) => (mbState(o) === 'Remboursé' ? chf(mbTarif(o)[1]) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Civilité', (c, o) => (mbOnline(o) ? civ(CH(c)) : ''), []],
    ['Nom', (c, o) => (mbOnline(o) ? CH(c).last : ''), []],
    ['Prénom', (c, o) => (mbOnline(o) ? CH(c).first : ''), []],
    ['E-mail', (c, o) => (mbOnline(o) ? CH(c).email : ''), EMAIL_ID],
    ['Téléphone', (c, o) => (mbOnline(o) && n(c) % 3 ? CH(c).mobile : ''), PHONE_ID],
    ['NPA', (c, o) => (mbOnline(o) ? CH(c).zip : ''), [BILL('postalCode')]],
    ['Localité', (c, o) => (mbOnline(o) ? CH(c).city : ''), [BILL('city')]],
    ['Pays', (c, o) => (mbOnline(o) ? (n(c) % 13 === 0 ? 'France' : 'Suisse') : ''), [BILL('country')]],
    ['Contrôlé', (c, o) => (mbState(o) === 'Payé' && n(o) % 4 !== 1 ? 'Oui' : 'Non'), []],
    ['Date du contrôle', (c, o) => (mbState(o) === 'Payé' && n(o) % 4 !== 1 ? dmyhm(cet(o.at - (o.at % day) + mbEv(o)[1] * day + 17 * 3600000 + (n(o) % 59) * 60000), '.') : ''), []],
    ['Newsletter de l\'organisateur', (c, o) => (mbOnline(o) ? (c.bool ? 'Oui' : 'Non') : ''), []],
  ] },
  // ---------------------------------------------------------------- France: bank card gateway journal
  { name: 'mercanet-journal-transactions-fr', product: 'Mercanet (BNP Paribas, plateforme Worldline Sips; Mercanet Gestion > Journal des transactions > Exporter (CSV), one row per transaction, French UI, a Bordeaux online wine merchant)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date de transaction', (c, o) => dmyhms(cet(o.at)), ['timestamp']],
    ['Référence de transaction', (c, o) => `VB${cet(o.at).y}${pad(cet(o.at).m)}${pad(cet(o.at).d)}${pad(n(o) % 1000000, 6)}`, ['_id', OR('payments[0].transactionID')]],
    ['Identifiant commerçant', () => '211000021310001', []],
    ['Référence commande', (c, o) => `CMD-${pad(n(o) * 3 % 1000000, 6)}`, [OR('purchaseID')]],
    ['Montant', (c, o) => dec(mcAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Statut', (c, o) => mcState(o), []],
    ['Moyen de paiement', (c, o) => mcBrand(o), [OR('payments[0].paymentType')]],
    ['Numéro de carte', (c, o, r) => (mcBrand(o) === 'PAYPAL' ? '' : `${mcBin(o)}${'X'.repeat(mcBrand(o) === 'AMEX' ? 5 : 6)}${pad(int(r, 0, 9999), 4)}`), []],
    ['Date d\'expiration', (c, o) => (mcBrand(o) === 'PAYPAL' ? '' : `${pad((n(o) % 12) + 1)}/${cet(o.at).y + 1 + (n(o) % 4)}`), []],
    ['Pays de la carte', (c, o) => (mcBrand(o) === 'PAYPAL' ? '' : n(o) % 9 === 0 ? 'BEL' : 'FRA'), []],
    ['Code réponse', (c, o) => (mcOk(o) ? '00' : row(['05', '51', '05'], n(o))), []],
    ['Code d\'autorisation', (c, o, r) => (mcOk(o) && mcBrand(o) !== 'PAYPAL' ? pad(int(r, 0, 999999), 6) : ''), []],
    ['Authentification 3-D Secure', (c, o) => (mcBrand(o) === 'PAYPAL' ? 'Non applicable' : n(o) % 6 === 0 ? 'Exemption' : 'Authentifié'), []],
    ['Canal', (c, o) => (n(o) % 10 === 0 ? 'Vente par téléphone (MOTO)' : 'Internet'), [], opt],
    ['Date de remise', (c, o) => (mcRemis(o) ? dmy(cet(o.at + day), '/') : ''), []],
    ['N° de remise', (c, o) => (mcRemis(o) ? String(880000 + Math.floor(o.at / day) % 100000) : ''), []],
    ['Montant remboursé', (c, o) => (mcState(o) === 'Remboursé' ? dec(mcAmt(o)) : '0,00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Identifiant client', (c) => `CLI${pad(n(c) % 100000, 5)}`, CUST_ID],
    ['E-mail client', (c) => FR(c).email, EMAIL_ID],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Pays de l\'adresse IP', (c, o) => (n(o) % 9 === 0 ? 'BEL' : 'FRA'), [], opt],
    ['Garantie de paiement', (c, o) => (mcOk(o) && mcBrand(o) !== 'PAYPAL' && n(o) % 6 ? 'Oui' : 'Non'), []],
  ] },
  // ---------------------------------------------------------------- France: SMS platform contacts
  { name: 'smsenvoi-contacts-export-fr', product: 'SMSEnvoi (smsenvoi.com, plateforme d\'envoi de SMS; Contacts > Mes listes > Exporter les contacts (CSV), one row per contact, French UI, a Nantes hair salon)', family: 'sms', language: 'fr', schema: P, cols: [
    ['Numéro', (c) => FR(c).intl, ['mobilePhone.number']],
    ['Civilité', (c) => civ(FR(c)), ['person.name.courtesyTitle']],
    ['Nom', (c) => FR(c).last, ['person.name.lastName']],
    ['Prénom', (c) => FR(c).first, ['person.name.firstName']],
    ['Email', (c) => (n(c) % 4 ? FR(c).email : ''), ['personalEmail.address']],
    ['Date de naissance', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Adresse', (c) => (n(c) % 5 ? FR(c).street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => FR(c).zip, at(HOME, 'postalCode')],
    ['Ville', (c) => FR(c).city, at(HOME, 'city')],
    ['Société', (c) => (n(c) % 11 === 0 ? 'Comité d\'entreprise Airbus Bouguenais' : ''), ['organizations[0]'], opt],
    ['Liste', (c) => (n(c) % 7 === 3 ? 'Jeu concours Instagram' : FR(c).female ? 'Clientes salon' : 'Clients barbier'), []],
    ['Champ personnalisé 1', (c) => row(['Coloriste : Julie', 'Coiffeuse : Manon', '', 'Coiffeur : Kévin', ''], n(c)), []],
    ['Champ personnalisé 2', (c) => (FR(c).female ? row(['Cheveux longs', 'Balayage', '', 'Lissage brésilien', ''], n(c)) : row(['Coupe + barbe', '', 'Dégradé américain'], n(c))), []],
    ['Date d\'ajout', (c) => dmyhm(cet(within(c.created, 1, 9, 19)), '/'), [], opt],
    ['Désinscrit (STOP)', (c) => (seStop(c) ? 'Oui' : 'Non'), ['mobilePhone.status'], opt],
    ['Date de désinscription', (c) => (seStop(c) ? dmy(cet(seLast(c)), '/') : ''), []],
    ['SMS reçus', (c) => String(seStop(c) ? (n(c) % 6) + 1 : (n(c) % 24) + 2), []],
    ['Dernier envoi', (c) => (seStop(c) ? '' : dmyhm(cet(within(seLast(c), 1, 9, 19)), '/')), []],
  ] },
  // ---------------------------------------------------------------- France: company-data prospect file
  { name: 'infonet-fichier-prospection-fr', product: 'Infonet (infonet.fr, informations légales et financières sur les entreprises; Prospection > Créer un fichier > Exporter (Excel), one row per company with its main dirigeant, French UI, a Lyon IT-services firm prospecting in Auvergne-Rhône-Alpes)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['SIREN', (c) => inSiren(c).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'), ACCT, opt],
    ['SIRET du siège', (c) => luhn(`${inSiren(c)}0001`), ACCT, opt],
    ['Raison sociale', (c) => frFirm(c)[0], CO],
    ['Enseigne', (c) => frFirm(c)[1], CO, opt],
    ['Forme juridique', (c) => frFirm(c)[2], []],
    ['Code NAF', (c) => frFirm(c)[4], []],
    ['Libellé NAF', (c) => frFirm(c)[5], []],
    ['Adresse', (c) => frFirm(c)[6], [W('street1')]],
    ['Code postal', (c) => frFirm(c)[7], [W('postalCode')]],
    ['Ville', (c) => frFirm(c)[8], [W('city')]],
    ['Département', (c) => frFirm(c)[9], [...STATE(['workAddress']), W('region')], opt],
    ['Région', (c) => frFirm(c)[10], [W('region'), ...STATE(['workAddress'])], opt],
    ['Téléphone', (c) => `${frFirm(c)[11]} ${pad(((n(c) % 6) * 37 + 11) % 100)} ${pad(((n(c) % 6) * 53 + 20) % 100)} ${pad(((n(c) % 6) * 71 + 5) % 100)}`, ['workPhone.number']],
    ['Site internet', (c) => `www.${frFirm(c)[12]}`, ['b2b.companyWebsite']],
    ['E-mail', (c) => (n(c) % 3 ? `contact@${frFirm(c)[12]}` : ''), ['workEmail.address'], opt],
    ['Tranche d\'effectif', (c) => frFirm(c)[13], []],
    ['Chiffre d\'affaires (€)', (c) => thou(frFirm(c)[14], ' ').replace(/,00$/, ''), []],
    ['Date de création', (c) => frFirm(c)[15], []],
    ['Capital social (€)', (c) => thou(frFirm(c)[16], ' ').replace(/,00$/, ''), []],
    ['Civilité du dirigeant', (c) => civ(FR(c)), ['person.name.courtesyTitle']],
    ['Nom du dirigeant', (c) => FR(c).last.toUpperCase(), ['person.name.lastName']],
    ['Prénom du dirigeant', (c) => FR(c).first, ['person.name.firstName']],
    ['Fonction du dirigeant', (c) => (FR(c).female ? FR_ROLES_F : FR_ROLES)[n(c) % 6], ['extendedWorkDetails.jobTitle']],
    ['Date de mise à jour', (c) => dmy(cet(c.updated), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Belgium: B2B conference attendees
  { name: 'eventmaker-participants-fr', product: 'Eventmaker (plateforme de gestion d\'événements; Événement > Participants > Exporter (Excel), one row per registered attendee, French UI, a Brussels energy-transition summit with Belgian exhibitors and visitors)', family: 'events', language: 'fr', schema: B, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), B2BID],
    ['Catégorie', (c) => emCat(c), ['b2b.personType'], opt],
    ['Statut', (c) => emState(c), [], opt],
    ['Civilité', (c) => civ(BE(c)), ['person.name.courtesyTitle']],
    ['Prénom', (c) => BE(c).first, ['person.name.firstName']],
    ['Nom', (c) => BE(c).last, ['person.name.lastName']],
    ['E-mail', (c) => `${plain(BE(c).first.split('-')[0])}.${plain(BE(c).last)}@${emFirm(c)[4]}`, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c) => BE(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Société', (c) => emFirm(c)[0], CO],
    ['Fonction', (c) => BE_JOBS[n(c) % 7][BE(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Secteur d\'activité', (c) => emFirm(c)[5], [], opt],
    ['Adresse', (c) => emFirm(c)[1], [W('street1')]],
    ['Code postal', (c) => emFirm(c)[2], [W('postalCode')]],
    ['Ville', (c) => emFirm(c)[3], [W('city')]],
    ['Pays', () => 'Belgique', [W('country')]],
    ['Langue', (c) => (emFirm(c)[3] === 'Bruxelles' && n(c) % 3 === 0 ? 'nl' : n(c) % 11 === 0 ? 'en' : 'fr'), [], opt],
    ['Date d\'inscription', (c) => dmyhm(cet(within(emSummit - ((n(c) % 80) + 2) * day - (n(c) % 600) * 60000, 1, 8, 21)), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Tarif', (c) => (emPrice(c) ? 'Pass 1 jour – Professionnel' : `Invitation ${emCat(c).toLowerCase()}`), []],
    ['Montant payé (€)', (c) => (emPrice(c) && emState(c) === 'Confirmé' ? dec(emPrice(c) * 1.21) : '0,00'), []],
    ['Référence de paiement', (c, o, r) => (emPrice(c) && emState(c) === 'Confirmé' ? `pi_${v.alnum(r, 14)}` : ''), []],
    ['Ateliers', (c) => row(['Communautés d\'énergie ; Rénovation du bâti public', 'Hydrogène vert', '', 'Flexibilité du réseau ; Hydrogène vert', 'Rénovation du bâti public'], n(c)), []],
    ['Check-in', (c) => (emPresent(c) ? dmyhm(cet(emSummit + (n(c) % 150) * 60000), '/') : ''), [], opt],
    ['Badge imprimé', (c) => (emPresent(c) ? 'Oui' : 'Non'), []],
    ['J\'accepte d\'être recontacté par les partenaires', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: ticketing orders
  { name: 'boxol-ordini-export-it', product: 'Boxol (biglietteria online; Area organizzatore > Ordini > Esporta (Excel), one row per order, Italian UI, a Bologna jazz club, SIAE-sealed tickets)', family: 'ticketing', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => String(1840000 + n(o) * 7), ['_id', OR('purchaseID')]],
    ['Data ordine', (c, o) => dmyhm(cet(o.at), '/'), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => bxEv(o)[0], [PL('name')], opt],
    ['Data evento', (c, o) => `${dmy(cet(o.at + bxEv(o)[2] * day), '/')} 21:30`, []],
    ['Luogo', (c, o) => bxEv(o)[1], []],
    ['Tipologia biglietto', (c, o) => bxType(o)[0], [], opt],
    ['Settore', (c, o) => (bxEv(o)[1].startsWith('Teatro') ? row(['Platea', 'Galleria', 'Palco'], n(o)) : 'Posto unico'), []],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o) => dec(bxType(o)[1]), [], opt],
    ['Diritti di prevendita', (c, o) => dec(bxPrev(o) * o.qty), []],
    ['Totale', (c, o) => dec(bxTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Codice sconto', (c, o) => (bxType(o)[0] === 'Ridotto soci' ? 'SOCI2024' : ''), ['commerce.promotionID'], opt],
    ['Metodo di pagamento', (c, o) => (bxTot(o) ? row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito'], n(o) >> 2) : ''), [OR('payments[0].paymentType')]],
    ['Stato ordine', (c, o) => bxState(o), []],
    ['Importo rimborsato', (c, o) => (bxState(o) === 'Rimborsato' ? dec(bxType(o)[1] * o.qty) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Nome', (c) => IT(c).first, []],
    ['Cognome', (c) => IT(c).last, []],
    ['Email', (c) => IT(c).email, EMAIL_ID],
    ['Telefono', (c) => (n(c) % 3 ? `+39 ${IT(c).mobile}` : ''), PHONE_ID],
    ['Canale di vendita', (c, o) => (bxType(o)[1] === 0 ? 'Backoffice' : 'Online'), []],
    ['Sigillo fiscale', (c, o, r) => (bxState(o) === 'Annullato' ? '' : v.hex(r, 16).toUpperCase()), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Italy: e-commerce / marketplace back-office orders
  { name: 'readypro-ordini-export-it', product: 'Ready Pro (gestionale per e-commerce e marketplace; Ordini > Elenco ordini > Esporta in Excel, one row per order, Italian UI, a Bitonto olive-oil and Apulian food shop selling on its site, Amazon, eBay and ManoMano)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['N. ordine', (c, o) => `${cet(o.at).y}/${pad(n(o) % 10000, 5)}`, [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmy(cet(o.at), '/'), ['timestamp', OR('createdDate')]],
    ['Ora', (c, o) => hm(cet(o.at)), [], opt],
    ['Canale', (c, o) => rpChannel(o), ['commerce.commerceScope.websiteCode'], opt],
    ['Rif. ordine marketplace', (c, o, r) => (rpChannel(o) === 'Amazon.it' ? `40${int(r, 2, 8)}-${int(r, 1000000, 9999999)}-${int(r, 1000000, 9999999)}` : rpChannel(o) === 'eBay.it' ? `${int(r, 10, 27)}-${int(r, 10000, 99999)}-${int(r, 10000, 99999)}` : rpChannel(o) === 'ManoMano.it' ? `M${int(r, 100000000, 999999999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Stato', (c, o) => rpState(o), []],
    ['Cliente', (c) => `${IT(c).last} ${IT(c).first}`, []],
    ['Codice fiscale / P.IVA', (c) => (n(c) % 4 !== 0 ? '' : n(c) % 8 === 0 ? luhn(pad(n(c) * 37 % 10000000000, 10)) : codFisc(IT(c), c.birth)), [], opt],
    ['Email', (c, o) => (rpChannel(o) === 'Amazon.it' ? `${v.alnum(rng(n(c)), 14).toLowerCase()}@marketplace.amazon.it` : IT(c).email), EMAIL_ID],
    ['Telefono', (c) => IT(c).mobile, PHONE_ID],
    ['Indirizzo di spedizione', (c, o) => (rpPickup(o) ? 'Via Traetta, 21' : IT(c).street), [SHIP('street1')]],
    ['CAP', (c, o) => (rpPickup(o) ? '70032' : IT(c).zip), [SHIP('postalCode')]],
    ['Città', (c, o) => (rpPickup(o) ? 'Bitonto' : IT(c).city), [SHIP('city')]],
    ['Provincia', (c, o) => (rpPickup(o) ? 'BA' : IT(c).state), STATE(['commerce.shipping.address'])],
    ['Nazione', () => 'Italia', [SHIP('country')]],
    ['Pagamento', (c, o) => rpPay(o), [OR('payments[0].paymentType')]],
    ['Pagato', (c, o) => (rpState(o) === 'Annullato' || (rpPay(o) === 'Contrassegno' && rpState(o) !== 'Evaso') ? 'No' : 'Sì'), []],
    ['Corriere', (c, o) => rpCourier(o), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o, r) => (rpShipped(o) ? (rpCourier(o) === 'BRT' ? String(int(r, 100000000, 999999999)) + String(int(r, 100000, 999999)) : rpCourier(o) === 'GLS' ? `M${int(r, 1000000, 9999999)}` : `${v.alnum(r, 4).toUpperCase()}${int(r, 10000000, 99999999)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['Merce', (c, o) => dec(rpGoods(o)), [], opt],
    ['Sconto', (c, o) => dec(rpDisc(o)), [OR('discountAmount')]],
    ['Spese di spedizione', (c, o) => dec(rpShip(o)), ['commerce.shipping.shippingAmount']],
    ['di cui IVA', (c, o) => dec(rpVat(o)), [OR('taxAmount')]],
    ['Totale', (c, o) => dec(rpTot(o)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Documento', (c, o) => (rpState(o) === 'Evaso' ? `${n(c) % 4 === 0 ? 'Fattura' : 'Ricevuta'} n. ${(n(o) % 900) + 1}/${cet(o.at).y}` : ''), []],
    ['Note', (c, o, r) => (rpState(o) === 'Annullato' ? 'Annullato su richiesta del cliente' : pick(r, ['', '', '', 'Confezione regalo', 'Citofono: interno 4', 'Consegnare al portiere'])), []],
  ] },
  // ---------------------------------------------------------------- Italy: cashback loyalty partner transactions
  { name: 'myworld-transazioni-partner-it', product: 'myWorld / Cashback World (Partner Portal per esercenti: Transazioni > Esporta (CSV), one row per purchase registered with a member\'s Cashback Card, Italian UI, a Verona optician with two shops)', family: 'loyalty', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o) => String(550000000 + n(o) * 13), ['_id']],
    ['Data acquisto', (c, o) => dmyhm(cet(within(o.at, 1, 9, 19)), '.'), ['timestamp']],
    ['Punto vendita', (c, o) => mwStore(o), ['commerce.commerceScope.storeCode'], opt],
    ['Numero Cashback Card', (c) => mwCard(c), CUST_ID],
    ['Nome membro', (c) => `${IT(c).first} ${IT(c).last.charAt(0)}.`, []],
    ['N. scontrino', (c, o) => `${pad((n(o) % 9000) + 1, 4)}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
    ['Importo acquisto', (c, o) => dec(mwAmt(o)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Categoria', (c, o) => row(['Occhiali da vista', 'Occhiali da sole', 'Lenti a contatto', 'Occhiali da vista'], n(o)), [PL('productCategories[0].categoryName')], opt],
    ['Cashback %', (c, o) => `${mwRate(o)},00`, []],
    ['Cashback', (c, o) => dec(mwAmt(o) * mwRate(o) / 100), []],
    ['Shopping Points', (c, o) => dec(mwAmt(o) * 0.5 / 100), []],
    ['Contributo partner', (c, o) => dec(mwAmt(o) * (mwRate(o) + 2) / 100), []],
    ['Stato', (c, o) => mwState(o), []],
    ['Data conferma', (c, o) => (mwState(o) === 'Confermata' ? dmy(cet(o.at + ((n(o) % 20) + 14) * day), '.') : ''), []],
    ['Motivo storno', (c, o) => (mwState(o) === 'Stornata' ? 'Reso merce' : ''), []],
    ['Registrata da', (c, o) => row(['Cassa 1', 'Cassa 2', 'App membro (scansione QR)'], n(o) >> 1), []],
  ] },
  // ---------------------------------------------------------------- Italy (Como) / Ticino: SMS address book
  { name: 'messagenet-rubrica-sms-it', product: 'Messagenet (operatore VoIP e SMS; Area clienti > SMS > Rubrica > Esporta contatti (CSV), one row per contact, Italian UI, a Como wine bar with customers from Lombardy and Canton Ticino)', family: 'sms', language: 'it', schema: P, cols: [
    ['Nome', (c) => MN(c).first, ['person.name.firstName']],
    ['Cognome', (c) => MN(c).last, ['person.name.lastName']],
    ['Cellulare', (c) => mnCell(c), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 ? MN(c).email : ''), ['personalEmail.address']],
    ['Data di nascita', (c) => (n(c) % 4 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Sesso', (c) => (MN(c).female ? 'F' : 'M'), ['person.gender']],
    ['Indirizzo', (c) => (n(c) % 5 ? mnCo(c).street : ''), at(HOME, 'street1')],
    ['CAP', (c) => mnCo(c).zip, at(HOME, 'postalCode')],
    ['Città', (c) => mnCo(c).city, at(HOME, 'city')],
    ['Provincia', (c) => mnCo(c).state, STATE(HOME)],
    ['Nazione', (c) => mnCountry(c), at(HOME, 'country')],
    ['Azienda', (c) => (n(c) % 9 === 0 ? 'Studio Associato Lario' : ''), ['organizations[0]'], opt],
    ['Gruppo', (c) => row(['Clienti enoteca', 'Degustazioni', 'Clienti enoteca', 'Club del vino'], n(c)), []],
    ['Note', (c) => row(['', 'Preferisce rossi piemontesi', '', 'Allergico ai solfiti', 'Tavolo esterno'], n(c)), []],
    ['Data inserimento', (c) => dmyhm(cet(within(c.created, 1, 10, 23)), '/'), [], opt],
    ['Disiscritto', (c) => (n(c) % 10 === 3 ? 'Sì' : 'No'), ['mobilePhone.status'], opt],
  ] },
  // ---------------------------------------------------------------- Ticino: fitness-club CRM members
  { name: 'mywellness-clienti-export-it', product: 'Technogym Mywellness (mywellness CRM per club; Clienti > Elenco clienti > Esporta (Excel), one row per member, Italian UI, a Lugano fitness club with cross-border members from Como and Varese, fees in CHF)', family: 'crm', language: 'it', schema: P, cols: [
    ['Codice cliente', (c) => String(10000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Nome', (c) => MY(c).first, ['person.name.firstName']],
    ['Cognome', (c) => MY(c).last, ['person.name.lastName']],
    ['Sesso', (c) => (MY(c).female ? 'Femmina' : 'Maschio'), ['person.gender']],
    ['Data di nascita', (c) => dmy(v.parts(c.birth), '.'), ['person.birthDate']],
    ['Email', (c) => MY(c).email, ['personalEmail.address']],
    ['Cellulare', (c) => (mwIt(c) ? `+39 ${IT(c).mobile}` : TI(c).mobile), ['mobilePhone.number']],
    ['Telefono', (c) => (n(c) % 3 === 0 ? (mwIt(c) ? `+39 ${IT(c).phone}` : TI(c).phone) : ''), ['homePhone.number']],
    ['Indirizzo', (c) => myAddr(c).street, at(HOME, 'street1')],
    ['CAP', (c) => myAddr(c).zip, at(HOME, 'postalCode')],
    ['Località', (c) => myAddr(c).city, at(HOME, 'city')],
    ['Nazione', (c) => (mwIt(c) ? 'Italia' : 'Svizzera'), at(HOME, 'country')],
    ['Data iscrizione', (c) => dmy(local(c.created, 1), '.'), [], opt],
    ['Abbonamento', (c) => myPlan(c)[0], []],
    ['Importo abbonamento (CHF)', (c) => chf(myPlan(c)[1]), []],
    ['Scadenza abbonamento', (c) => dmy(local(myEnd(c), 1), '.'), []],
    ['Stato', (c) => myState(c), [], opt],
    ['Ultimo accesso', (c) => (myState(c) === 'Attivo' ? dmyhm(local(within(myEnd(c) - ((n(c) % 20) + 1) * day, 1, 6, 21), 1), '.') : ''), [], opt],
    ['Accessi totali', (c) => String((n(c) % 180) + 3), []],
    ['Obiettivo', (c) => row(['Tonificazione', 'Perdita di peso', 'Benessere', 'Preparazione atletica', 'Riabilitazione'], n(c)), []],
    ['Istruttore di riferimento', (c) => row(['Mattia R.', 'Sara B.', 'Nicola P.', ''], n(c)), []],
    ['Numero badge', (c) => pad((n(c) * 31) % 100000000, 10), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: company-database firm list
  { name: 'aida-bvd-lista-aziende-it', product: 'AIDA (Bureau van Dijk, a Moody\'s Analytics company; Ricerca > Lista aziende > Esporta (Excel), one row per company with its first manager, Italian UI, a Bergamo industrial-automation supplier prospecting in the North)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Ragione sociale', (c) => itFirm(c)[0], CO],
    ['Codice fiscale', (c) => luhn(itFirm(c)[1]), ACCT, opt],
    ['Partita IVA', (c) => `IT${luhn(itFirm(c)[1])}`, ACCT, opt],
    ['Numero CCIAA', (c) => itFirm(c)[15], []],
    ['Forma giuridica', (c) => itFirm(c)[2], []],
    ['Stato giuridico', (c) => (n(c) % 6 === 4 ? 'Attiva (con procedure di insolvenza)' : 'Attiva'), []],
    ['Indirizzo sede legale', (c) => itFirm(c)[3], [W('street1')]],
    ['CAP', (c) => itFirm(c)[4], [W('postalCode')]],
    ['Comune', (c) => itFirm(c)[5], [W('city')]],
    ['Provincia', (c) => itFirm(c)[6], STATE(['workAddress'])],
    ['Regione', (c) => itFirm(c)[7], [W('region')], opt],
    ['Numero di telefono', (c) => `+39 ${itFirm(c)[8]} ${pad(((n(c) % 6) * 7919 + 412305) % 1000000, 6)}`, ['workPhone.number']],
    ['Indirizzo web', (c) => `www.${itFirm(c)[9]}`, ['b2b.companyWebsite']],
    ['Indirizzo PEC', (c) => `${itFirm(c)[9].split('.')[0]}@pec.it`, ['workEmail.address'], opt],
    ['Anno di costituzione', (c) => String(itFirm(c)[14]), []],
    ['ATECO 2007 codice', (c) => itFirm(c)[10], []],
    ['ATECO 2007 descrizione', (c) => itFirm(c)[11], []],
    ['Ricavi delle vendite migl EUR Ultimo anno disp.', (c) => thou(itFirm(c)[12]).replace(/,00$/, ''), []],
    ['Dipendenti Ultimo anno disp.', (c) => String(itFirm(c)[13]), []],
    ['EBITDA migl EUR Ultimo anno disp.', (c) => thou(Math.round(itFirm(c)[12] * (0.06 + (n(c) % 6) / 100))).replace(/,00$/, ''), []],
    ['DM Nome completo', (c) => `${IT(c).last.toUpperCase()} ${IT(c).first.toUpperCase()}`, ['person.name.fullName']],
    ['DM Carica', (c) => IT_ROLES[n(c) % 6], ['extendedWorkDetails.jobTitle']],
    ['DM Data di nascita', (c) => (n(c) % 4 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate'], opt],
  ] },
]
