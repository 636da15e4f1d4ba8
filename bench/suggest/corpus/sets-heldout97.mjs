// Round 97, heldout97: held-out sets written apart by a helper that never opened the suggester or a score. Same format
// as sets.mjs (sources in ../README.md). French-language products of France, Belgium, Switzerland, Québec and Côte
// d'Ivoire: a shop platform's order lines, an SMS send report, a bank card gateway's transactions, a mobile-money
// aggregator's payments, a Québec ticket shop's tickets, a Swiss invoicing tool's sales documents, a customer-service
// desk's requests, an e-mailing list, a Swiss stamp-card loyalty programme, a Belgian theatre's ticketing contacts, a
// French SME CRM's contacts and a Québec marketing-automation tool's B2B leads.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const min = 60000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Paris / Brussels / Geneva time (+1, +2 in summer); Montréal (-5, -4 in summer); Abidjan (UTC)
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const est = (ms) => shift(ms, summer(ms) ? -4 : -5)
const utc = (ms) => shift(ms, 0)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const frDT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const frDTs = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const bdate = (c, s = '/') => dmy(v.parts(c.birth), s)
const upd = (c) => c.created + ((+c.id % 400) + 1) * day + (+c.id % 86400) * 1000
// amounts: French decimal comma (1234,50), with a space for thousands (1 234,50), Swiss apostrophe (1'234.50), CFA francs
const dec = (n) => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',')
const thou = (n, t = ' ', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const chf = (n) => thou(n, '\'', '.')
const xof = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const cad = (n) => `${thou(n, ' ', ',')} $`

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const CO = ['b2b.companyName', 'organizations[0]']
const W = (leaf) => `workAddress.${leaf}`
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people and places, seeded by the row's person
const FIRST = {
  fr: [['Thomas', 'Camille'], ['Nicolas', 'Julie'], ['Julien', 'Sophie'], ['Maxime', 'Pauline'], ['Antoine', 'Émilie'], ['Romain', 'Claire'], ['Guillaume', 'Aurélie'], ['Benoît', 'Mathilde'], ['Quentin', 'Laura'], ['Sébastien', 'Céline']],
  be: [['Arnaud', 'Charlotte'], ['Olivier', 'Anne-Sophie'], ['Grégory', 'Élise'], ['Cédric', 'Amandine'], ['Laurent', 'Manon'], ['Damien', 'Justine'], ['Jérôme', 'Virginie'], ['Kevin', 'Sarah']],
  ch: [['Yves', 'Nathalie'], ['Pascal', 'Sandrine'], ['Stéphane', 'Valérie'], ['Loïc', 'Coralie'], ['Fabien', 'Joëlle'], ['Michaël', 'Aline'], ['Raphaël', 'Mélanie'], ['Cyril', 'Séverine']],
  qc: [['Mathieu', 'Geneviève'], ['Simon', 'Marie-Ève'], ['Jean-François', 'Isabelle'], ['Alexandre', 'Catherine'], ['Samuel', 'Audrey'], ['Félix', 'Émilie'], ['Gabriel', 'Marie-Pier'], ['Olivier', 'Annie']],
  ci: [['Kouassi', 'Aya'], ['Yao', 'Adjoua'], ['Konan', 'Affoué'], ['Moussa', 'Mariam'], ['Ibrahim', 'Fatou'], ['Serge', 'Christelle'], ['Didier', 'Nadège'], ['Jean-Marc', 'Awa']],
}
const LAST = {
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert'],
  be: ['Peeters', 'Dubois', 'Lambert', 'Dupont', 'Lejeune', 'Renard', 'Leclercq', 'Martin', 'Simon', 'Laurent', 'Collard', 'Denis', 'Jacobs', 'Delvaux', 'Hubert'],
  ch: ['Favre', 'Rochat', 'Perrin', 'Dubois', 'Berset', 'Morand', 'Bonvin', 'Jaquier', 'Chappuis', 'Monnier', 'Rey', 'Cuche', 'Gerber', 'Tissot', 'Mottier'],
  qc: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron'],
  ci: ['Kouadio', 'Koffi', "N'Guessan", 'Konaté', 'Traoré', 'Ouattara', 'Bamba', 'Yao', 'Coulibaly', 'Kouamé', 'Diabaté', 'Touré', 'Aka', 'Brou'],
}
// [ville, code postal, région/province/canton, indicatif]
const PLACES = {
  fr: [['Paris', '75011', 'Île-de-France', '01'], ['Lyon', '69003', 'Auvergne-Rhône-Alpes', '04'], ['Bordeaux', '33000', 'Nouvelle-Aquitaine', '05'], ['Nantes', '44000', 'Pays de la Loire', '02'], ['Lille', '59000', 'Hauts-de-France', '03'], ['Toulouse', '31000', 'Occitanie', '05'], ['Strasbourg', '67000', 'Grand Est', '03'], ['Rennes', '35000', 'Bretagne', '02'], ['Montpellier', '34000', 'Occitanie', '04'], ['Marseille', '13006', "Provence-Alpes-Côte d'Azur", '04'], ['Annecy', '74000', 'Auvergne-Rhône-Alpes', '04'], ['Angers', '49100', 'Pays de la Loire', '02']],
  be: [['Namur', '5000', 'Namur', '081'], ['Liège', '4000', 'Liège', '04'], ['Charleroi', '6000', 'Hainaut', '071'], ['Bruxelles', '1000', 'Bruxelles-Capitale', '02'], ['Ixelles', '1050', 'Bruxelles-Capitale', '02'], ['Wavre', '1300', 'Brabant wallon', '010'], ['Gembloux', '5030', 'Namur', '081'], ['Mons', '7000', 'Hainaut', '065']],
  ch: [['Lausanne', '1003', 'VD', '021'], ['Genève', '1205', 'GE', '022'], ['Fribourg', '1700', 'FR', '026'], ['Neuchâtel', '2000', 'NE', '032'], ['Sion', '1950', 'VS', '027'], ['Montreux', '1820', 'VD', '021'], ['Yverdon-les-Bains', '1400', 'VD', '024'], ['Bulle', '1630', 'FR', '026']],
  qc: [['Montréal', 'H2J 2L1', 'QC', '514'], ['Québec', 'G1R 4P5', 'QC', '418'], ['Laval', 'H7T 1C8', 'QC', '450'], ['Longueuil', 'J4K 2T5', 'QC', '450'], ['Gatineau', 'J8X 3X5', 'QC', '819'], ['Sherbrooke', 'J1H 1R2', 'QC', '819'], ['Montréal', 'H1W 3J2', 'QC', '514'], ['Trois-Rivières', 'G9A 5H3', 'QC', '819']],
  ci: [['Abidjan', 'Cocody', 'Abidjan', '27'], ['Abidjan', 'Yopougon', 'Abidjan', '27'], ['Abidjan', 'Marcory', 'Abidjan', '27'], ['Bouaké', 'Commerce', 'Gbêkê', '27'], ['Abidjan', 'Plateau', 'Abidjan', '27'], ['San-Pédro', 'Bardot', 'San-Pédro', '27'], ['Yamoussoukro', 'Habitat', 'Bélier', '27']],
}
const STREETS = {
  fr: ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta', 'rue Pasteur', 'place du Marché', 'rue des Lilas', 'allée des Tilleuls', 'rue Nationale', 'chemin des Vignes'],
  be: ['rue de Fer', 'chaussée de Louvain', 'rue Saint-Gilles', 'avenue de la Toison d\'Or', 'rue du Collège', 'boulevard d\'Avroy', 'rue Haute', 'chaussée de Charleroi'],
  ch: ['avenue de la Gare', 'rue du Simplon', 'chemin des Roches', 'rue de Lausanne', 'route de Berne', 'rue du Bourg', 'avenue de Rumine', 'rue des Alpes'],
  qc: ['rue Saint-Denis', 'boulevard René-Lévesque Ouest', 'avenue du Mont-Royal Est', 'rue Sherbrooke Est', 'chemin Sainte-Foy', 'rue Wellington Nord', 'boulevard Saint-Laurent', 'rue Ontario Est'],
  ci: ['Rue des Jardins, Deux-Plateaux', 'Boulevard Latrille', 'Rue du Commerce', 'Avenue Chardy', 'Boulevard VGE', 'Rue 12, Zone 4', 'Cité SIR, Riviera 3'],
}
const MAIL = {
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'yahoo.fr', 'laposte.net', 'sfr.fr', 'outlook.fr'],
  be: ['gmail.com', 'skynet.be', 'hotmail.com', 'outlook.be', 'telenet.be', 'proximus.be'],
  ch: ['bluewin.ch', 'gmail.com', 'hotmail.ch', 'sunrise.ch', 'netplus.ch', 'outlook.com'],
  qc: ['gmail.com', 'videotron.ca', 'hotmail.com', 'outlook.com', 'sympatico.ca', 'yahoo.ca'],
  ci: ['gmail.com', 'yahoo.fr', 'hotmail.com', 'outlook.fr'],
}
const d2 = (r) => pad(v.int(r, 0, 99))
const memo = new Map()
const loc = (c, cc) => {
  const key = `${cc}|${c.id}|${c.first}`
  if (memo.has(key)) return memo.get(key)
  const r = v.rng(+c.id * 37 + c.last.length * 11 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1))
  const female = r() < 0.5
  const first = v.pick(r, FIRST[cc])[female ? 1 : 0], last = v.pick(r, LAST[cc])
  const [city, zip, region, pre] = v.pick(r, PLACES[cc])
  const no = v.int(r, 1, 160)
  const st = v.pick(r, STREETS[cc])
  const street = cc === 'qc' ? `${v.int(r, 100, 9800)}, ${st}` : cc === 'ci' ? st : `${no}${cc === 'fr' && r() < 0.1 ? ' bis' : ''} ${st}`
  const p = {
    first, last, full: `${first} ${last}`, female, city, zip, region, street,
    email: `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[cc])}`,
  }
  if (cc === 'fr') { p.mobile = `0${v.pick(r, ['6', '7'])} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`; p.tel = `${pre} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}` }
  if (cc === 'be') { p.mobile = `+32 4${v.pick(r, ['70', '75', '77', '78', '85', '86', '95', '96'])} ${d2(r)} ${d2(r)} ${d2(r)}`; p.tel = `+32 ${pre.slice(1)} ${v.int(r, 10, 99)} ${d2(r)} ${d2(r)}` }
  if (cc === 'ch') { p.mobile = `07${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${d2(r)} ${d2(r)}`; p.tel = `${pre} ${v.int(r, 100, 999)} ${d2(r)} ${d2(r)}` }
  if (cc === 'qc') { p.mobile = `${pre}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`; p.tel = p.mobile }
  if (cc === 'ci') { const op = v.pick(r, [['07', 'Orange Money'], ['05', 'MTN MoMo'], ['01', 'Moov Money'], ['07', 'Wave'], ['05', 'Wave']]); p.op = op[1]; p.msisdn = `225${op[0]}${pad(v.int(r, 0, 99999999), 8)}`; p.mobile = `+225 ${op[0]} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}` }
  memo.set(key, p)
  return p
}
const fr = (c) => loc(c, 'fr'), be = (c) => loc(c, 'be'), ch = (c) => loc(c, 'ch'), qc = (c) => loc(c, 'qc'), ci = (c) => loc(c, 'ci')

// ---------------------------------------------------------------- catalogues
// Kiubi: a Bordeaux tea and infusion shop: [référence, produit, variante, prix TTC]
const TEA = [['TH-VERT-SEN', 'Thé vert Sencha Bio', '100 g', 9.5], ['TH-NOIR-EARL', 'Earl Grey Impérial', '100 g', 8.9], ['INF-VERV', 'Infusion Verveine Menthe', '80 g', 7.2], ['TH-BLANC-PAI', 'Thé blanc Pai Mu Tan', '50 g', 12.4], ['ACC-THEI-FONTE', 'Théière en fonte Tetsubin 0,8 L', 'Noir', 54], ['COF-DECOUV', 'Coffret découverte 6 thés', '', 29.9], ['TH-ROOI-VAN', 'Rooibos Vanille Bourbon', '100 g', 7.9]]
// Lepointdevente.com: a Montréal comedy and music venue: [événement, type de billet, prix]
const SHOWS = [['Soirée d\'humour - Les Grandes Gueules', 'Admission générale', 35], ['Soirée d\'humour - Les Grandes Gueules', 'Étudiant', 25], ['Lisa LeBlanc en spectacle', 'Parterre', 49.5], ['Lisa LeBlanc en spectacle', 'Balcon VIP', 79], ['Festival Bières et Saveurs - Passeport', 'Passeport 1 jour', 42], ['Improv Montréal - Match d\'impro', 'Régulier', 22]]
// Winbiz: a Fribourg print shop's customers: [société, code adresse, rue, NPA, localité]
const WB = [['Boulangerie Berset Sàrl', 'BERSET', 'Rue de Lausanne 41', '1700', 'Fribourg'], ['Commune de Marly', 'MARLY', 'Route de Fribourg 11', '1723', 'Marly'], ['Garage du Lac SA', 'GARLAC', 'Route de Berne 8', '3280', 'Morat'], ['Fiduciaire Rochat & Associés', 'ROCHAT', 'Avenue de la Gare 12', '1630', 'Bulle'], ['', 'PRIVE', '', '', ''], ['Club de hockey HC Gruyère', 'HCGRU', 'Rue du Bourg 3', '1630', 'Bulle']]
// Nextdeal / Leadfox companies: [raison sociale, domaine, ville, code postal, rue, secteur]
const FR_CO = [['Nettoyage Industriel du Nord SAS', 'nin-proprete.fr', 'Villeneuve-d\'Ascq', '59650', '12 rue des Techniques', 'Services aux entreprises'], ['Clinique Vétérinaire des Flandres', 'cliniquevetflandres.fr', 'Hazebrouck', '59190', '5 avenue de la Gare', 'Santé animale'], ['Logistique Artois Transports', 'artois-transports.fr', 'Arras', '62000', 'ZI Est, 3 rue Gutenberg', 'Transport et logistique'], ['Brasserie du Pévèle SARL', 'brasseriepevele.fr', 'Orchies', '59310', '28 rue Jules Roch', 'Agroalimentaire'], ['Mairie de Marcq-en-Barœul', 'marcq-en-baroeul.fr', 'Marcq-en-Barœul', '59700', '73 rue Raymond Derain', 'Collectivité'], ['Groupe Scolaire Saint-Joseph', 'stjo-lille.fr', 'Lille', '59000', '2 rue Négrier', 'Enseignement']]
const QC_CO = [['Usinage Précision Beauce inc.', 'usinagebeauce.ca', 'Saint-Georges', 'G5Y 5B8', '11505, 1re Avenue', 'Fabrication'], ['Groupe Conseil Laurentides', 'gclaurentides.com', 'Saint-Jérôme', 'J7Z 5T3', '265, rue Saint-Georges', 'Services professionnels'], ['Clinique Dentaire du Plateau', 'dentaireplateau.ca', 'Montréal', 'H2J 1Y3', '4321, rue Saint-Denis', 'Santé'], ['Transport Gagnon & Fils ltée', 'transportgagnon.ca', 'Lévis', 'G6V 6Y8', '5000, boul. Guillaume-Couture', 'Transport'], ['Coopérative Agricole du Bas-Saint-Laurent', 'coopbsl.coop', 'Rimouski', 'G5L 1B4', '180, rue des Gouverneurs', 'Agroalimentaire'], ['Ville de Boucherville', 'boucherville.ca', 'Boucherville', 'J4B 2Y8', '500, rue de la Rivière-aux-Pins', 'Municipal']]
const frCo = (c) => row(FR_CO, +c.id % 6)
const qcCo = (c) => row(QC_CO, +c.id % 6)
const JOBS_FR = ['Responsable des services généraux', 'Directeur administratif et financier', 'Gérante', 'Responsable achats', 'Directeur d\'exploitation', 'Assistante de direction', 'Responsable maintenance', 'Directrice des ressources humaines']
const SERV_FR = ['Services généraux', 'Finance', 'Direction', 'Achats', 'Exploitation', 'Direction', 'Technique', 'Ressources humaines']
const JOBS_QC = ['Directeur des opérations', 'Présidente', 'Contrôleur financier', 'Directrice marketing', 'Responsable des TI', 'Adjointe administrative', 'Directeur de l\'ingénierie', 'Gestionnaire de projets']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (France)
  { name: 'kiubi-commandes-lignes-export-fr', product: 'Kiubi (French site and shop builder; back-office: Boutique > Commandes > Exporter (CSV), one row per ordered item, French UI, a Bordeaux tea shop)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Référence commande', (c, o) => `K${v.parts(o.at).y}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Expédiée', 'Expédiée', 'En préparation', 'Payée', 'Annulée', 'En attente de paiement']), [], opt],
    ['Paiement', (c, o) => row(['Carte bancaire', 'PayPal', 'Carte bancaire', 'Virement', 'Chèque'], +o.id), [OR('payments[0].paymentType')]],
    ['Client', (c) => `${fr(c).first} ${fr(c).last}`, []],
    ['Email', (c) => fr(c).email, EMAIL_ID, opt],
    ['Téléphone', (c) => fr(c).mobile, PHONE_ID, opt],
    ['Facturation - Adresse', (c) => fr(c).street, [BILL('street1')]],
    ['Facturation - Code postal', (c) => fr(c).zip, [BILL('postalCode')]],
    ['Facturation - Ville', (c) => fr(c).city, [BILL('city')]],
    ['Facturation - Pays', () => 'France', [BILL('country')]],
    ['Livraison - Nom', (c, o) => (+o.id % 6 === 0 ? 'Hélène Bonnet' : fr(c).full), []],
    ['Livraison - Adresse', (c, o) => (+o.id % 6 === 0 ? '4 cours de l\'Intendance' : fr(c).street), [SHIP('street1')]],
    ['Livraison - Code postal', (c, o) => (+o.id % 6 === 0 ? '33000' : fr(c).zip), [SHIP('postalCode')]],
    ['Livraison - Ville', (c, o) => (+o.id % 6 === 0 ? 'Bordeaux' : fr(c).city), [SHIP('city')]],
    ['Livraison - Pays', () => 'France', [SHIP('country')]],
    ['Transporteur', (c, o) => row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Retrait en boutique'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Frais de port', (c, o) => (row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Retrait en boutique'], +o.id) === 'Retrait en boutique' || o.shipping === 0 ? '0,00' : row(['6,90', '4,50', '6,90', '0,00'], +o.id)), ['commerce.shipping.shippingAmount']],
    ['Code promo', (c, o) => (o.discount ? 'BIENVENUE10' : ''), ['commerce.promotionID'], opt],
    ['Remise', (c, o, r, i) => (o.discount ? dec(row(TEA, i + +o.id)[3] * o.qty * 0.1) : '0,00'), [OR('discountAmount')], opt],
    ['Référence produit', (c, o, r, i) => row(TEA, i + +o.id)[0], [PL('SKU')]],
    ['Produit', (c, o, r, i) => row(TEA, i + +o.id)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => row(TEA, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => dec(row(TEA, i + +o.id)[3]), [], opt],
    ['Total ligne TTC', (c, o, r, i) => dec(row(TEA, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['Taux TVA', (c, o, r, i) => (row(TEA, i + +o.id)[0].startsWith('ACC') ? '20 %' : '5,5 %'), []],
    ['Total commande TTC', (c, o, r, i) => dec(row(TEA, i + +o.id)[3] * o.qty * (o.discount ? 0.9 : 1) + (row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Retrait en boutique'], +o.id) === 'Retrait en boutique' || o.shipping === 0 ? 0 : row([6.9, 4.5, 6.9, 0], +o.id))), [OR('priceTotal')]],
    ['Numéro de suivi', (c, o, r) => (row(['Colissimo', 'Mondial Relay', 'Colissimo', 'Retrait en boutique'], +o.id) !== 'Retrait en boutique' && r() < 0.7 ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Commentaire client', (c, o, r) => v.pick(r, ['', '', '', 'Paquet cadeau svp', 'Laisser chez la voisine au n°12']), []],
  ] },
  // ---------------------------------------------------------------- SMS (France)
  { name: 'allmysms-historique-envois-fr', product: 'allmysms.com (MS Innovations, Nice; espace client: Historique > Envois > Exporter (CSV ;), one row per message, French UI, a garden centre chain\'s promotional SMS and click-and-collect notices)', family: 'sms', language: 'fr', schema: E, cols: [
    ['Identifiant SMS', (c, o, r) => `${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`, ['_id']],
    ['Campagne', (c, o) => (+o.id % 3 === 0 ? '' : row(['', 'PromoPrintemps', 'OuvertureDimanche'], +o.id % 3)), ['marketing.campaignName'], opt],
    ['Date de création', (c, o) => frDTs(o.at - 5 * min), [], opt],
    ['Date d\'envoi', (c, o) => frDTs(o.at), ['timestamp']],
    ['Expéditeur', () => 'JardiVert', []],
    ['Destinataire', (c) => `33${fr(c).mobile.replace(/ /g, '').slice(1)}`, PHONE_ID],
    ['Prénom', (c, o, r) => (r() < 0.8 ? fr(c).first : ''), []],
    ['Nom', (c, o, r) => (r() < 0.8 ? fr(c).last : ''), []],
    ['Message', (c, o) => row(['JardiVert : votre commande est prête ! Retrait au magasin de Mérignac sous 7 jours. STOP 36180', 'JardiVert : -20% sur les rosiers ce week-end avec le code ROSE20. STOP 36180', 'JardiVert : votre magasin est ouvert ce dimanche de 10h à 18h. STOP 36180'], +o.id % 3), []],
    ['Qualité', (c, o) => (+o.id % 3 === 0 ? 'Premium' : 'Low cost'), []],
    ['Nombre de SMS', (c, o) => (+o.id % 3 === 1 ? '2' : '1'), []],
    ['Crédits consommés', (c, o) => (+o.id % 3 === 1 ? '2' : '1'), []],
    ['Statut', (c, o, r) => v.pick(r, ['Reçu', 'Reçu', 'Reçu', 'Reçu', 'Envoyé', 'Non reçu', 'Numéro invalide']), [], opt],
    ['Date accusé de réception', (c, o, r) => (r() < 0.85 ? frDTs(o.at + v.int(r, 3, 90) * 1000) : ''), [], opt],
    ['Opérateur', (c, o, r) => v.pick(r, ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile']), ['environment.carrier'], opt],
    ['Pays', () => 'France', [], opt],
    ['Liste de contacts', (c, o) => (+o.id % 3 === 0 ? 'Click & Collect' : 'Clients fidélité'), [], opt],
    ['Réponse', (c, o, r) => (r() < 0.05 ? 'STOP' : ''), []],
    ['Désinscrit', (c, o, r) => (r() < 0.05 ? 'Oui' : 'Non'), [], opt],
    ['Sous-compte', (c, o) => row(['Mérignac', 'Pessac', 'Siège'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- payments (France, bank card gateway)
  { name: 'sogenactif-journal-transactions-fr', product: 'Sogenactif (Société Générale e-commerce card acceptance on Worldline Sips; Sogenactif Gestion: Transactions > Recherche > Export CSV, French UI, a Lyon independent bookshop\'s online sales)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date de transaction', (c, o) => frDTs(o.at), ['timestamp']],
    ['Référence transaction', (c, o) => `${v.parts(o.at).y}${pad(v.parts(o.at).m)}${pad(v.parts(o.at).d)}${pad(+o.id * 7, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['Numéro de commande', (c, o) => `LIB${pad(+o.id, 7)}`, [OR('purchaseID')]],
    ['Identifiant boutique', () => '211000048970001', STORE, opt],
    ['Type d\'opération', (c, o) => (+o.id % 13 === 0 ? 'Remboursement' : 'Débit'), [], opt],
    ['Montant', (c, o) => dec(o.total * 1.4), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Moyen de paiement', (c, o) => row(['CB', 'VISA', 'MASTERCARD', 'CB', 'AMEX', 'PAYLIB'], +o.id), [OR('payments[0].paymentType')]],
    ['Numéro de carte', (c, o) => (row(['CB', 'VISA', 'MASTERCARD', 'CB', 'AMEX', 'PAYLIB'], +o.id) === 'PAYLIB' ? '' : `${row(['4970', '4974', '5132', '4970', '3782', ''], +o.id)}##########${pad(+o.id * 13 % 100, 2)}`), []],
    ['Date d\'expiration', (c, o) => `${27 + +o.id % 4}${pad(+o.id % 12 + 1)}`, []],
    ['Statut', (c, o, r) => v.pick(r, ['Remis', 'Remis', 'Remis', 'À remettre', 'Refusé', 'Annulé']), [], opt],
    ['Code réponse', (c, o, r) => v.pick(r, ['00', '00', '00', '00', '05', '51']), []],
    ['Numéro d\'autorisation', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Garantie', (c, o, r) => v.pick(r, ['Oui', 'Oui', 'Non']), []],
    ['Authentification 3-D Secure', (c, o, r) => v.pick(r, ['Authentifié', 'Authentifié', 'Sans friction', 'Non applicable']), []],
    ['Canal', (c, o) => (+o.id % 10 === 0 ? 'MOTO' : 'Internet'), [], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Pays IP', (c, o) => (+o.id % 9 === 0 ? 'BEL' : 'FRA'), [], opt],
    ['E-mail client', (c) => fr(c).email, EMAIL_ID, opt],
    ['Identifiant client', (c) => `CL${pad(+c.id % 100000, 6)}`, CUST_ID, opt],
    ['Date de remise', (c, o) => dmy(cet(o.at + day)), [], opt],
    ['Montant remboursé', (c, o) => (+o.id % 13 === 0 ? dec(o.total * 1.4) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
  ] },
  // ---------------------------------------------------------------- payments (Côte d'Ivoire, mobile money)
  { name: 'hub2-transactions-export-ci-fr', product: 'HUB2 (Abidjan mobile-money and card aggregator; dashboard marchand: Transactions > Exporter CSV, one row per payment intent, French UI, an Abidjan electronics e-shop collecting Orange Money, MTN MoMo, Moov Money, Wave and cards, amounts in F CFA)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID', (c, o, r) => `pi_${v.alnum(r, 20)}`, ['_id', OR('payments[0].transactionID')]],
    ['Référence marchand', (c, o) => `CMD-${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Date de création', (c, o) => `${dmy(utc(o.at))} ${hms(utc(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Date de mise à jour', (c, o, r) => `${dmy(utc(o.at + v.int(r, 10, 300) * 1000))} ${hms(utc(o.at + v.int(r, 10, 300) * 1000))}`, [], opt],
    ['Montant', (c, o) => xof(Math.round(o.total * 656 / 50) * 50), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => xof(Math.round(o.total * 656 * 0.02)), []],
    ['Montant net', (c, o) => xof(Math.round(o.total * 656 / 50) * 50 - Math.round(o.total * 656 * 0.02)), [], opt],
    ['Devise', () => 'XOF', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Pays', () => 'CI', [], opt],
    ['Moyen de paiement', (c, o) => (+o.id % 7 === 0 ? 'Carte bancaire' : ci(c).op), [OR('payments[0].paymentType')]],
    ['Mode', () => 'Paiement', [], opt],
    ['Numéro du client', (c, o) => (+o.id % 7 === 0 ? '' : ci(c).msisdn), PHONE_ID, opt],
    ['Nom du client', (c) => `${ci(c).first} ${ci(c).last}`, []],
    ['Email du client', (c, o, r) => (r() < 0.7 ? ci(c).email : ''), EMAIL_ID, opt],
    ['Statut', (c, o, r) => v.pick(r, ['Réussie', 'Réussie', 'Réussie', 'Échouée', 'En attente', 'Annulée']), [], opt],
    ['Motif d\'échec', (c, o, r) => v.pick(r, ['', '', '', '', 'Solde insuffisant', 'Délai de confirmation dépassé']), []],
    ['Référence opérateur', (c, o, r) => (+o.id % 7 === 0 ? '' : `${v.pick(r, ['MP', 'CI', 'T'])}${v.int(r, 100000000, 999999999)}`), [], opt],
    ['Description', (c, o) => row(['Commande Smartphone Tecno Spark 20', 'Commande Écouteurs sans fil', 'Commande Ventilateur sur pied', 'Commande Télévision 43 pouces'], +o.id), [], opt],
    ['Environnement', () => 'live', []],
  ] },
  // ---------------------------------------------------------------- ticketing (Québec)
  { name: 'lepointdevente-detenteurs-billets-qc-fr', product: 'Lepointdevente.com (Québec ticketing; Espace promoteur: Rapports > Liste des détenteurs de billets > Exporter (Excel), one row per ticket, Québec French UI, a Montréal comedy and music venue, Eastern time, CAD)', family: 'ticketing', language: 'fr', schema: E, cols: [
    ['No de commande', (c, o) => String(4800000 + +o.id * 3), [OR('purchaseID')]],
    ['No de billet', (c, o, r) => `${v.int(r, 100000000000, 999999999999)}`, ['_id'], opt],
    ['Date de la transaction', (c, o) => `${ymd(est(o.at))} ${hm(est(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Événement', (c, o, r, i) => row(SHOWS, i + +o.id)[0], [PL('name')], opt],
    ['Date de l\'événement', (c, o) => `${ymd(est(o.at + (5 + +o.id % 40) * day))} 20:00`, [], opt],
    ['Salle', () => 'Le Bordel Comédie Club', [], opt],
    ['Type de billet', (c, o, r, i) => row(SHOWS, i + +o.id)[1], [PL('name')]],
    ['Prix', (c, o, r, i) => cad(row(SHOWS, i + +o.id)[2]), [], opt],
    ['Frais de service', (c, o, r, i) => cad(row(SHOWS, i + +o.id)[2] * 0.08 + 1.5), []],
    ['TPS', (c, o, r, i) => cad((row(SHOWS, i + +o.id)[2] * 1.08 + 1.5) * 0.05), [OR('taxAmount')], opt],
    ['TVQ', (c, o, r, i) => cad((row(SHOWS, i + +o.id)[2] * 1.08 + 1.5) * 0.09975), [], opt],
    ['Total', (c, o, r, i) => cad((row(SHOWS, i + +o.id)[2] * 1.08 + 1.5) * 1.14975), [PL('priceTotal'), OR('priceTotal')]],
    ['Prénom', (c) => qc(c).first, []],
    ['Nom', (c) => qc(c).last, []],
    ['Courriel', (c) => qc(c).email, EMAIL_ID, opt],
    ['Téléphone', (c, o, r) => (r() < 0.7 ? qc(c).mobile : ''), PHONE_ID, opt],
    ['Code postal', (c) => qc(c).zip, [BILL('postalCode')], opt],
    ['Mode de paiement', (c, o) => row(['Visa', 'Mastercard', 'Visa', 'Apple Pay', 'Carte-cadeau'], +o.id), [OR('payments[0].paymentType')]],
    ['Code promo', (c, o) => (o.discount ? 'HUMOUR15' : ''), ['commerce.promotionID'], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Payé', 'Payé', 'Payé', 'Remboursé', 'Transféré']), [], opt],
    ['Balayé', (c, o, r) => (r() < 0.6 ? 'Oui' : 'Non'), []],
    ['Accepte de recevoir l\'infolettre', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },
  // ---------------------------------------------------------------- invoicing (Switzerland)
  { name: 'winbiz-documents-vente-ch-fr', product: 'Winbiz (Winbiz Cloud, Swiss SME accounting and invoicing; Documents commerciaux > Factures, liste > Exporter vers Excel, Swiss French UI, a Fribourg print shop, CHF)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['N° document', (c, o) => String(24000 + +o.id % 6000), [OR('purchaseID'), '_id']],
    ['Type', (c, o) => (+o.id % 11 === 0 ? 'Note de crédit' : 'Facture'), [], opt],
    ['Date', (c, o) => dmy(cet(o.at), '.'), ['timestamp', OR('createdDate')]],
    ['Code adresse', (c, o) => row(WB, +o.id)[1], [], opt],
    ['Société', (c, o) => row(WB, +o.id)[0], []],
    ['Titre', (c) => (ch(c).female ? 'Madame' : 'Monsieur'), []],
    ['Nom', (c) => ch(c).last, []],
    ['Prénom', (c) => ch(c).first, []],
    ['Rue', (c, o) => row(WB, +o.id)[2] || ch(c).street, [BILL('street1')]],
    ['NPA', (c, o) => row(WB, +o.id)[3] || ch(c).zip, [BILL('postalCode')]],
    ['Localité', (c, o) => row(WB, +o.id)[4] || ch(c).city, [BILL('city')]],
    ['Pays', () => 'CH', [BILL('countryCode')]],
    ['E-mail', (c) => ch(c).email, EMAIL_ID, opt],
    ['Votre référence', (c, o, r) => v.pick(r, ['', '', 'Flyers printemps', 'Cartes de visite', 'Bon de commande 2024-118']), [OR('purchaseOrderNumber')], opt],
    ['Montant HT', (c, o) => chf(o.subtotal * 6), [], opt],
    ['TVA', (c, o) => chf(o.subtotal * 6 * 0.081), [OR('taxAmount')]],
    ['Montant TTC', (c, o) => chf(o.subtotal * 6 * 1.081), [OR('priceTotal')]],
    ['Monnaie', () => 'CHF', [OR('currencyCode')]],
    ['Condition de paiement', (c, o) => row(['30 jours net', '30 jours net', '10 jours 2%, 30 jours net', 'Comptant'], +o.id), [], opt],
    ['Échéance', (c, o) => dmy(cet(o.at + 30 * day), '.'), [], opt],
    ['Montant payé', (c, o, r) => (r() < 0.6 ? chf(o.subtotal * 6 * 1.081) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Date du paiement', (c, o, r) => (r() < 0.6 ? dmy(cet(o.at + v.int(r, 5, 40) * day), '.') : ''), [], opt],
    ['Rappel', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Vendeur', (c, o) => row(['PB', 'SM', 'PB'], +o.id), []],
    ['Remarque', (c, o, r) => v.pick(r, ['', '', '', 'Livré le 12', 'Facture QR envoyée par e-mail']), []],
  ] },
  // ---------------------------------------------------------------- support desk (France)
  { name: 'eptica-demandes-export-fr', product: 'Eptica (customer-service and knowledge platform; Supervision > Recherche de demandes > Export CSV, French UI, a French mutual health insurer\'s member service handling e-mail, web-form, chat and post)', family: 'support', language: 'fr', schema: E, cols: [
    ['Identifiant', (c, o) => `DEM-${pad(+o.id * 11 % 10000000, 7)}`, ['_id'], opt],
    ['Date de réception', (c, o) => frDT(o.at), ['timestamp']],
    ['Canal', (c, o) => row(['E-mail', 'Formulaire web', 'Chat', 'E-mail', 'Courrier numérisé'], +o.id), [], opt],
    ['Boîte de réception', (c, o) => row(['adherents@', 'remboursements@', 'Chat espace adhérent', 'adherents@', 'Courrier'], +o.id), []],
    ['Motif', (c, o, r, i) => row(['Remboursement', 'Attestation', 'Adhésion', 'Tiers payant', 'Cotisations', 'Résiliation'], i), []],
    ['Sous-motif', (c, o, r, i) => row(['Délai de remboursement', 'Attestation de droits', 'Ajout d\'un bénéficiaire', 'Carte de tiers payant', 'Échéancier', 'Demande de résiliation'], i), []],
    ['Objet', (c, o, r) => v.pick(r, ['Remboursement lunettes non reçu', 'Demande d\'attestation', 'Ajout de mon enfant', 'Carte mutuelle 2024', 'Changement de RIB']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Clôturée', 'Clôturée', 'Répondue', 'En attente', 'Nouvelle', 'Transférée']), [], opt],
    ['Priorité', (c, o, r) => v.pick(r, ['Normale', 'Normale', 'Haute', 'Urgente']), [], opt],
    ['File', (c, o, r) => v.pick(r, ['Niveau 1', 'Niveau 1', 'Prestations', 'Cotisations']), []],
    ['Agent', (c, o, r) => v.pick(r, ['Nadia K.', 'Florian D.', 'Sylvie R.', '']), []],
    ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => fr(c).last.toUpperCase(), []],
    ['Prénom', (c) => fr(c).first, []],
    ['Adresse e-mail', (c) => fr(c).email, EMAIL_ID, opt],
    ['N° adhérent', (c) => `${pad(+c.id % 10000000, 8)}`, CUST_ID, opt],
    ['Langue', () => 'Français', []],
    ['Date de première réponse', (c, o, r) => frDT(o.at + v.int(r, 30, 2880) * min), [], opt],
    ['Date de clôture', (c, o, r) => (r() < 0.35 ? '' : frDT(o.at + v.int(r, 1, 10) * day)), [], opt],
    ['Délai de réponse (h)', (c, o, r) => (v.int(r, 2, 190) / 4).toFixed(1).replace('.', ','), []],
    ['Nombre d\'échanges', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Réponse suggérée utilisée', (c, o, r) => (r() < 0.5 ? 'Oui' : 'Non'), []],
    ['Satisfaction', (c, o, r) => v.pick(r, ['', '', '', 'Satisfait', 'Très satisfait', 'Insatisfait']), []],
  ] },
  // ---------------------------------------------------------------- e-mailing (France)
  { name: 'mailkitchen-base-abonnes-export-fr', product: 'MailKitchen (French free e-mailing tool; Base d\'abonnés > Toutes mes listes > une liste > Exporter (CSV), French UI, a Nantes climbing gym\'s member newsletter list)', family: 'email', language: 'fr', schema: P, cols: [
    ['Adresse email', (c) => fr(c).email, ['personalEmail.address']],
    ['Civilité', (c) => (fr(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => fr(c).last, ['person.name.lastName']],
    ['Prénom', (c) => fr(c).first, ['person.name.firstName']],
    ['Date de naissance', (c, o, r) => (r() < 0.6 ? bdate(c) : ''), ['person.birthDate']],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? fr(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Adresse', (c, o, r) => (r() < 0.4 ? fr(c).street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => fr(c).zip, at(HOME, 'postalCode')],
    ['Ville', (c) => fr(c).city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Société', (c, o, r) => (r() < 0.1 ? 'CE Airbus Bouguenais' : ''), ['organizations[0]'], opt],
    ['Type d\'abonnement', (c, o, r) => v.pick(r, ['Annuel', 'Carte 10 séances', 'Mensuel', 'Étudiant', '']), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Abonné', 'Abonné', 'Abonné', 'Abonné', 'Désabonné', 'Hard bounce', 'Soft bounce']), ['personalEmail.status'], opt],
    ['Date d\'inscription', (c) => frDT(c.created), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Import CSV', 'Formulaire d\'inscription', 'Import CSV', 'Ajout manuel']), [], opt],
    ['Date de désinscription', (c, o, r) => (r() < 0.1 ? frDT(upd(c)) : ''), [], opt],
    ['Dernière ouverture', (c, o, r) => (r() < 0.6 ? frDT(upd(c)) : ''), [], opt],
    ['Dernier clic', (c, o, r) => (r() < 0.3 ? frDT(upd(c)) : ''), [], opt],
    ['Nombre d\'ouvertures', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Nombre de clics', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Liste', () => 'Adhérents Nantes 2024', []],
  ] },
  // ---------------------------------------------------------------- loyalty (Switzerland)
  { name: 'poinz-membres-export-ch-fr', product: 'Poinz (Swiss digital stamp-card and loyalty app; tableau de bord partenaire: Clients > Exporter (CSV), French UI, a Lausanne bakery-café chain with three shops)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['ID client', (c) => v.uuid(v.rng(+c.id * 5 + 3)), ['_id', 'personID']],
    ['Prénom', (c) => ch(c).first, ['person.name.firstName']],
    ['Nom', (c) => ch(c).last, ['person.name.lastName']],
    ['E-mail', (c, o, r) => (r() < 0.85 ? ch(c).email : ''), ['personalEmail.address']],
    ['Téléphone mobile', (c, o, r) => (r() < 0.5 ? ch(c).mobile : ''), ['mobilePhone.number']],
    ['Sexe', (c) => (ch(c).female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Date de naissance', (c, o, r) => (r() < 0.7 ? bdate(c, '.') : ''), ['person.birthDate']],
    ['NPA', (c) => ch(c).zip, at(HOME, 'postalCode')],
    ['Localité', (c) => ch(c).city, at(HOME, 'city')],
    ['Langue', (c, o, r) => v.pick(r, ['fr', 'fr', 'fr', 'de', 'en']), [], opt],
    ['Membre depuis', (c) => dmy(cet(c.created), '.'), ['loyalty.joinDate']],
    ['Programme', (c, o, r) => v.pick(r, ['Carte café 10 + 1', 'Carte café 10 + 1', 'Club Boulangerie']), ['loyalty.program'], opt],
    ['Niveau', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Gold']), ['loyalty.tier'], opt],
    ['Tampons actuels', (c, o, r) => String(v.int(r, 0, 9)), ['loyalty.points'], opt],
    ['Tampons collectés', (c, o, r) => String(v.int(r, 10, 240)), ['loyalty.lifetimePoints'], opt],
    ['Récompenses échangées', (c, o, r) => String(v.int(r, 0, 22)), [], opt],
    ['Bons actifs', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Dernière visite', (c) => dmy(cet(upd(c)), '.'), [], opt],
    ['Nombre de visites', (c, o, r) => String(v.int(r, 1, 260)), []],
    ['Magasin favori', (c, o, r) => v.pick(r, ['Lausanne - Flon', 'Lausanne - Ouchy', 'Pully']), []],
    ['Chiffre d\'affaires (CHF)', (c, o, r) => chf(v.int(r, 1500, 90000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },
  // ---------------------------------------------------------------- ticketing contacts (Belgium)
  { name: 'ticketmatic-contacts-export-be-fr', product: 'Ticketmatic (Belgian ticketing and CRM for venues; Contacts > sélection > Exporter (Excel), French UI, a Namur theatre\'s ticket buyers and subscribers)', family: 'ticketing', language: 'fr', schema: P, cols: [
    ['ID', (c) => String(100000 + +c.id % 800000), ['_id', 'personID']],
    ['Titre', (c) => (be(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => be(c).first, ['person.name.firstName']],
    ['Nom', (c) => be(c).last, ['person.name.lastName']],
    ['E-mail', (c) => be(c).email, ['personalEmail.address']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? bdate(c) : ''), ['person.birthDate']],
    ['Langue', (c, o, r) => (r() < 0.9 ? 'fr' : 'nl'), [], opt],
    ['Adresse - Rue', (c) => be(c).street.replace(/^\d+ /, ''), at(HOME, 'street1')],
    ['Adresse - Numéro', (c) => be(c).street.split(' ')[0], at(HOME, 'street2'), opt],
    ['Adresse - Boîte', (c, o, r) => (r() < 0.2 ? String(v.int(r, 1, 12)) : ''), [], opt],
    ['Adresse - Code postal', (c) => be(c).zip, at(HOME, 'postalCode')],
    ['Adresse - Ville', (c) => be(c).city, at(HOME, 'city')],
    ['Adresse - Pays', () => 'BE', at(HOME, 'countryCode')],
    ['Téléphone - Mobile', (c, o, r) => (r() < 0.7 ? be(c).mobile : ''), ['mobilePhone.number']],
    ['Téléphone - Fixe', (c, o, r) => (r() < 0.3 ? be(c).tel : ''), ['homePhone.number']],
    ['Société', (c, o, r) => (r() < 0.1 ? 'Province de Namur' : ''), ['organizations[0]'], opt],
    ['Types de relation', (c, o, r) => v.pick(r, ['', '', 'Abonné', 'Abonné, Ami du théâtre', 'Presse', 'Enseignant']), [], opt],
    ['Opt-in newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Créé le', (c) => frDT(c.created), [], opt],
    ['Modifié le', (c) => frDT(upd(c)), [], opt],
    ['Nombre de commandes', (c, o, r) => String(v.int(r, 1, 35)), []],
    ['Total dépensé', (c, o, r) => dec(v.int(r, 1500, 120000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Dernière commande', (c) => dmy(cet(upd(c))), [], opt],
  ] },
  // ---------------------------------------------------------------- CRM (France)
  { name: 'nextdeal-contacts-export-fr', product: 'Nextdeal (French SME CRM; Contacts > Exporter (Excel), French UI, a Lille-area industrial cleaning company\'s contacts at client and prospect organisations)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Identifiant', (c) => String(52000 + +c.id % 40000), B2BID],
    ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => fr(c).first, ['person.name.firstName']],
    ['Nom', (c) => fr(c).last, ['person.name.lastName']],
    ['Fonction', (c) => JOBS_FR[+c.id % 8], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => SERV_FR[+c.id % 8], ['extendedWorkDetails.departments[0]'], opt],
    ['Société', (c) => frCo(c)[0], CO],
    ['E-mail', (c) => `${slug(fr(c).first)}.${slug(fr(c).last)}@${frCo(c)[1]}`, ['workEmail.address']],
    ['Téléphone', (c) => `03 20 ${pad(+c.id % 100)} ${pad(+c.id * 7 % 100)} ${pad(+c.id * 3 % 100)}`, ['workPhone.number']],
    ['Portable', (c, o, r) => (r() < 0.6 ? fr(c).mobile : ''), ['mobilePhone.number']],
    ['Adresse', (c) => frCo(c)[4], [W('street1')]],
    ['Code postal', (c) => frCo(c)[3], [W('postalCode')]],
    ['Ville', (c) => frCo(c)[2], [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['SIRET', (c) => `${v.int(v.rng(+c.id % 6 + 1), 300000000, 899999999)}000${pad(+c.id % 6 + 12, 2)}`, []],
    ['Site web', (c) => `https://www.${frCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Secteur d\'activité', (c) => frCo(c)[5], [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Client', 'Client', 'Prospect', 'Prospect chaud', 'Ancien client']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Site internet', 'Salon Préventica', 'Recommandation', 'Prospection téléphonique', 'Appel d\'offres']), ['b2b.personSource'], opt],
    ['Commercial', (c, o, r) => v.pick(r, ['Vincent L.', 'Sarah M.', 'Agence Lille']), []],
    ['Date de création', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière action', (c) => dmy(cet(upd(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Prochaine action', (c, o, r) => (r() < 0.5 ? dmy(cet(upd(c) + v.int(r, 3, 40) * day)) : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Contrat annuel', 'Vitrerie', 'Bureaux; Vitrerie', 'Remise en état']), []],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'Rappeler avant renouvellement du contrat en septembre', 'Visite de site à planifier']), []],
  ] },
  // ---------------------------------------------------------------- B2B leads (Québec)
  { name: 'leadfox-contacts-export-qc-fr', product: 'Leadfox (Québec marketing-automation platform; Contacts > Exporter (CSV), Québec French UI, an industrial-software vendor in Québec City collecting webinar and demo-request leads)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['Courriel', (c) => `${slug(qc(c).first)}.${slug(qc(c).last)}@${qcCo(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Prénom', (c) => qc(c).first, ['person.name.firstName']],
    ['Nom', (c) => qc(c).last, ['person.name.lastName']],
    ['Entreprise', (c) => qcCo(c)[0], CO],
    ['Titre du poste', (c) => JOBS_QC[+c.id % 8], ['extendedWorkDetails.jobTitle']],
    ['Téléphone', (c) => qc(c).tel, ['workPhone.number', 'mobilePhone.number']],
    ['Adresse', (c) => qcCo(c)[4], [W('street1')]],
    ['Ville', (c) => qcCo(c)[2], [W('city')]],
    ['Province', () => 'QC', STATE(['workAddress'])],
    ['Code postal', (c) => qcCo(c)[3], [W('postalCode')]],
    ['Pays', () => 'Canada', [W('country')]],
    ['Site Web', (c) => `${qcCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Industrie', (c) => qcCo(c)[5], [], opt],
    ['Nombre d\'employés', (c) => row(['50-199', '10-49', '1-9', '200-499', '200-499', '500+'], +c.id % 6), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Formulaire - Demande de démo', 'Webinaire', 'Page d\'atterrissage - Guide 4.0', 'Importation']), ['b2b.personSource'], opt],
    ['Pointage', (c, o, r) => String(v.int(r, 0, 150)), ['b2b.personScore']],
    ['Étape du cycle de vie', (c, o, r) => v.pick(r, ['Abonné', 'Lead', 'Lead qualifié marketing', 'Lead qualifié ventes', 'Client']), ['b2b.personStatus'], opt],
    ['Statut courriel', (c, o, r) => v.pick(r, ['Abonné', 'Abonné', 'Abonné', 'Désabonné', 'Rebond']), [], opt],
    ['Consentement LCAP', (c, o, r) => v.pick(r, ['Exprès', 'Exprès', 'Tacite']), [], opt],
    ['Listes', (c, o, r) => v.pick(r, ['Infolettre', 'Infolettre; Webinaires', 'Prospects démo']), []],
    ['Date de création', (c) => `${ymd(est(c.created))} ${hm(est(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière activité', (c) => `${ymd(est(upd(c)))} ${hm(est(upd(c)))}`, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Propriétaire', (c, o, r) => v.pick(r, ['Marc-André Bolduc', 'Julie Carrier', '']), []],
  ] },
]
