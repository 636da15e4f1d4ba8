// Round 112, heldout112: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French-language exports from Luxembourg, Algeria, Morocco, Cameroon,
// Switzerland, Belgium, France and Québec: a marketplace's orders (one row per article), a courier's parcels, a card
// gateway's transactions, an SMS platform's message history, a booking tool's appointments, a freelancer accounting
// app's sales invoices, a restaurant-booking tool's guest list, an e-mail autoresponder's subscribers, a shared
// shopkeepers' loyalty card's holders, and three B2B lists (a company register's firms with their manager, a CRM's
// contacts, an invoicing app's clients). Headers in each product's French UI; Yalidine's columns follow its public
// API field set (community SDKs), the rest is the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9, 10].includes(new Date(ms).getUTCMonth() + 1)
// Central European (Luxembourg, Belgium, Switzerland, France), West African / Maghreb (+1, no DST: Algeria, Cameroon,
// Morocco) and Eastern (Québec) local time, written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const wat = (ms) => shift(ms, 1)
const est = (ms) => shift(ms, summer(ms) ? -4 : -5)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = ' ', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 400) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const SHIP_ST = STATE(['commerce.shipping.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: names; places: [city, postcode, region]
const LOC = {
  lu: { first: [['Tom', 'Laura'], ['Luc', 'Martine'], ['Claude', 'Anne'], ['Gilles', 'Sarah'], ['Yves', 'Carole'], ['Pedro', 'Ana']],
    last: ['Schmit', 'Muller', 'Weber', 'Wagner', 'Hoffmann', 'Thill', 'Reuter', 'Kremer', 'Da Silva', 'Pereira', 'Schroeder'],
    places: [['Luxembourg', 'L-1330', 'Luxembourg'], ['Esch-sur-Alzette', 'L-4011', 'Esch-sur-Alzette'], ['Differdange', 'L-4570', 'Esch-sur-Alzette'], ['Dudelange', 'L-3450', 'Esch-sur-Alzette'], ['Ettelbruck', 'L-9050', 'Diekirch'], ['Mersch', 'L-7535', 'Mersch'], ['Strassen', 'L-8010', 'Luxembourg']],
    street: (r) => `${v.int(r, 1, 140)}, ${v.pick(r, ['rue de la Gare', 'avenue de la Liberté', "route d'Arlon", 'rue du Fossé', 'boulevard Royal', 'rue de l\'Alzette', 'Grand-Rue'])}`,
    mobile: (r) => `+352 ${v.pick(r, ['621', '661', '691'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['pt.lu', 'gmail.com', 'hotmail.com', 'internet.lu'] },
  dz: { first: [['Amine', 'Nadia'], ['Yacine', 'Amel'], ['Karim', 'Meriem'], ['Sofiane', 'Lina'], ['Rachid', 'Samira'], ['Walid', 'Imene']],
    last: ['Benali', 'Boudiaf', 'Khelifi', 'Meziane', 'Haddad', 'Saidi', 'Belkacem', 'Zerrouki', 'Bensalem', 'Hamidi', 'Ait Ahmed'],
    places: [['Bab Ezzouar', '16024', 'Alger'], ['Hydra', '16035', 'Alger'], ['Bir El Djir', '31130', 'Oran'], ['Es Senia', '31100', 'Oran'], ['El Khroub', '25100', 'Constantine'], ['Sétif', '19000', 'Sétif'], ['Blida', '09000', 'Blida'], ['Béjaïa', '06000', 'Béjaïa'], ['Tizi Ouzou', '15000', 'Tizi Ouzou'], ['Annaba', '23000', 'Annaba']],
    street: (r) => v.pick(r, [`Cité ${v.int(r, 200, 1200)} Logements Bt ${v.int(r, 1, 40)} N° ${v.int(r, 1, 20)}`, `Rue Didouche Mourad N° ${v.int(r, 1, 90)}`, `Lotissement El Wiam Villa ${v.int(r, 1, 80)}`, `Cité AADL Bt C${v.int(r, 1, 9)} Appt ${v.int(r, 1, 30)}`, `Rue des Frères Bouadou N° ${v.int(r, 1, 60)}`]),
    mobile: (r) => `0${v.pick(r, ['550', '555', '560', '661', '662', '670', '697', '770', '775', '792'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'yahoo.fr', 'hotmail.com'] },
  ma: { first: [['Youssef', 'Salma'], ['Mehdi', 'Khadija'], ['Omar', 'Imane'], ['Hamza', 'Zineb'], ['Anas', 'Ghita'], ['Reda', 'Hajar']],
    last: ['El Amrani', 'Benjelloun', 'Alaoui', 'Bennani', 'Tazi', 'El Idrissi', 'Berrada', 'Chraibi', 'Ouazzani', 'Lahlou', 'Fassi Fihri'],
    places: [['Casablanca', '20250', 'Casablanca-Settat'], ['Rabat', '10090', 'Rabat-Salé-Kénitra'], ['Marrakech', '40000', 'Marrakech-Safi'], ['Agadir', '80000', 'Souss-Massa'], ['Tanger', '90000', 'Tanger-Tétouan-Al Hoceïma'], ['Fès', '30000', 'Fès-Meknès'], ['Kénitra', '14000', 'Rabat-Salé-Kénitra']],
    street: (r) => v.pick(r, [`${v.int(r, 1, 200)}, Bd Zerktouni, Résidence Al Fath, Appt ${v.int(r, 1, 30)}`, `${v.int(r, 1, 120)} Rue Ibn Batouta`, `Lot. Al Massira N° ${v.int(r, 1, 400)}`, `Angle Bd Anfa et Rue Moulay Youssef, ${v.int(r, 1, 9)}e étage`, `Hay Riad, Secteur ${v.int(r, 1, 24)}, N° ${v.int(r, 1, 90)}`]),
    mobile: (r) => `06${v.pick(r, ['61', '62', '66', '70', '41', '50', '00'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'hotmail.fr', 'yahoo.fr', 'menara.ma'] },
  cm: { first: [['Serge', 'Christelle'], ['Arnaud', 'Larissa'], ['Hervé', 'Carine'], ['Brice', 'Blandine'], ['Franck', 'Sandrine'], ['Rodrigue', 'Nadège']],
    last: ['Mbarga', 'Fotso', 'Nkoulou', 'Essomba', 'Kamga', 'Ngono', 'Atangana', 'Tchakounté', 'Eto\'o', 'Njoya', 'Mballa'],
    places: [['Douala', '', 'Littoral'], ['Yaoundé', '', 'Centre'], ['Bafoussam', '', 'Ouest'], ['Garoua', '', 'Nord'], ['Limbé', '', 'Sud-Ouest']],
    street: (r) => `${v.pick(r, ['Akwa', 'Bonamoussadi', 'Bastos', 'Biyem-Assi', 'Deido'])}, BP ${v.int(r, 100, 9999)}`,
    mobile: (r) => `2376${v.pick(r, ['77', '78', '79', '70', '52', '80', '99', '96', '91', '56', '58', '66', '20'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'yahoo.fr', 'hotmail.com'] },
  ch: { first: [['Nicolas', 'Céline'], ['Julien', 'Sandrine'], ['Sébastien', 'Mélanie'], ['Olivier', 'Stéphanie'], ['Cédric', 'Nathalie'], ['Loïc', 'Aurélie']],
    last: ['Favre', 'Rochat', 'Perret', 'Pittet', 'Bonvin', 'Jaquet', 'Mottier', 'Chappuis', 'Gay', 'Rey', 'Cuendet'],
    places: [['Lausanne', '1004', 'VD'], ['Genève', '1205', 'GE'], ['Morges', '1110', 'VD'], ['Renens', '1020', 'VD'], ['Fribourg', '1700', 'FR'], ['Neuchâtel', '2000', 'NE'], ['Sion', '1950', 'VS'], ['Yverdon-les-Bains', '1400', 'VD']],
    street: (r) => `${v.pick(r, ['Avenue de la Gare', 'Rue de Bourg', 'Chemin des Vignes', 'Route de Berne', 'Avenue d\'Ouchy'])} ${v.int(r, 1, 90)}`,
    mobile: (r) => `+41 ${v.pick(r, ['76', '77', '78', '79'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['bluewin.ch', 'gmail.com', 'hotmail.com', 'sunrise.ch'] },
  be: { first: [['Maxime', 'Charlotte'], ['Thomas', 'Marie'], ['Olivier', 'Nathalie'], ['Benoît', 'Sophie'], ['Grégory', 'Aurore'], ['Quentin', 'Pauline']],
    last: ['Dubois', 'Lambert', 'Dupont', 'Lejeune', 'Renard', 'Mertens', 'Jacobs', 'Leclercq', 'Collignon', 'Lemaire', 'Delvaux'],
    places: [['Bruxelles', '1000', 'Bruxelles-Capitale'], ['Ixelles', '1050', 'Bruxelles-Capitale'], ['Liège', '4000', 'Liège'], ['Namur', '5000', 'Namur'], ['Charleroi', '6000', 'Hainaut'], ['Mons', '7000', 'Hainaut'], ['Wavre', '1300', 'Brabant wallon']],
    street: (r) => `${v.pick(r, ['Rue de la Loi', 'Avenue Louise', 'Rue Saint-Gilles', 'Chaussée de Wavre', 'Rue de Fer', 'Boulevard Tirou'])} ${v.int(r, 1, 240)}${r() < 0.25 ? ` bte ${v.int(r, 1, 12)}` : ''}`,
    mobile: (r) => `+32 ${v.pick(r, ['470', '472', '475', '478', '484', '493', '497'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'outlook.be'] },
  fr: { first: [['Nicolas', 'Sandrine'], ['Sébastien', 'Isabelle'], ['Guillaume', 'Émilie'], ['Romain', 'Aurélie'], ['Vincent', 'Laetitia'], ['Florian', 'Camille'], ['Jean-Pierre', 'Martine']],
    last: ['Lebrun', 'Guérin', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Rousseau', 'Mercier', 'Blanchard', 'Chevalier', 'Faure', 'Perrin'],
    places: [['Montpellier', '34000', 'Occitanie'], ['Angers', '49100', 'Pays de la Loire'], ['Rennes', '35000', 'Bretagne'], ['Dijon', '21000', 'Bourgogne-Franche-Comté'], ['Grenoble', '38000', 'Auvergne-Rhône-Alpes'], ['Tours', '37000', 'Centre-Val de Loire'], ['Nantes', '44000', 'Pays de la Loire'], ['Limoges', '87000', 'Nouvelle-Aquitaine']],
    street: (r) => `${v.int(r, 1, 160)} ${v.pick(r, ['rue Nationale', 'avenue Jean Jaurès', 'boulevard Foch', 'allée des Tilleuls', 'rue de la République', 'impasse des Lilas', 'chemin du Moulin'])}`,
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['orange.fr', 'gmail.com', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr'] },
  dordogne: { first: [['Jean-Claude', 'Monique'], ['Didier', 'Sylvie'], ['Thierry', 'Corinne'], ['Julien', 'Céline'], ['Bernard', 'Josette'], ['Mathis', 'Chloé']],
    last: ['Delpech', 'Lacoste', 'Faure', 'Bouchard', 'Lafon', 'Peyrat', 'Chassaing', 'Mazeau', 'Vergnaud', 'Boissière'],
    places: [['Périgueux', '24000', 'Dordogne'], ['Boulazac Isle Manoire', '24750', 'Dordogne'], ['Trélissac', '24750', 'Dordogne'], ['Chancelade', '24650', 'Dordogne'], ['Coulounieix-Chamiers', '24660', 'Dordogne'], ["Marsac-sur-l'Isle", '24430', 'Dordogne']],
    street: (r) => v.pick(r, [`${v.int(r, 1, 90)} rue Taillefer`, `${v.int(r, 1, 20)} place Bugeaud`, `${v.int(r, 1, 140)} avenue Daumesnil`, `${v.int(r, 1, 40)} allée des Tilleuls`, 'Lieu-dit Les Granges', `${v.int(r, 1, 60)} route de Bordeaux`]),
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['orange.fr', 'wanadoo.fr', 'gmail.com', 'free.fr', 'laposte.net'] },
  qc: { first: [['Mathieu', 'Geneviève'], ['Marc-André', 'Isabelle'], ['Jean-François', 'Catherine'], ['Simon', 'Véronique'], ['Maxime', 'Émilie'], ['Philippe', 'Mélanie']],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Pelletier', 'Bélanger'],
    places: [['Montréal', 'H2X 1Y4', 'QC'], ['Québec', 'G1R 2J6', 'QC'], ['Laval', 'H7T 2P5', 'QC'], ['Longueuil', 'J4K 2T4', 'QC'], ['Gatineau', 'J8X 3X5', 'QC'], ['Sherbrooke', 'J1H 1R5', 'QC'], ['Trois-Rivières', 'G9A 5H1', 'QC']],
    street: (r) => `${v.int(r, 100, 9800)}, ${v.pick(r, ['rue Sainte-Catherine Ouest', 'boulevard René-Lévesque Est', 'rue Saint-Denis', 'avenue du Mont-Royal Est', 'boulevard Saint-Laurent', 'chemin Sainte-Foy'])}${r() < 0.4 ? `, bureau ${v.int(r, 100, 900)}` : ''}`,
    mobile: (r) => `${v.pick(r, ['514', '438', '450', '418', '819'])} ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`,
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com'] },
}
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region] = v.pick(r, d.places)
  const p = { first, last, female, city, zip, region, full: `${first} ${last}`, street: d.street(r), mobile: d.mobile(r),
    email: `${slugify(first)}${v.pick(r, ['.', '', '_'])}${slugify(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues and firms
// Letzshop: a Luxembourg City tea and coffee shop: [SKU, EAN, article, variante, prix TTC, taux TVA]
const LU_ITEMS = [['THE-EARLGREY-100', '5413872000121', 'Thé noir Earl Grey bio', '100 g', 8.9, 3], ['CAFE-MOKA-250', '5413872000312', "Café en grains Moka d'Éthiopie", '250 g', 11.5, 3], ['MUG-LETZ-35', '5413872000459', 'Mug « Lëtzebuerg » en porcelaine', '35 cl', 14.9, 17], ['THEIERE-FONTE-08', '5413872000527', 'Théière en fonte japonaise', '0,8 L', 49.0, 17], ['COFFRET-DECOUV-6', '5413872000633', 'Coffret découverte 6 thés', '6 x 20 g', 32.0, 3], ['PRALINES-NOIR-200', '5413872000701', 'Pralines au chocolat noir', '200 g', 18.5, 3]]
// Yalidine: an Algiers women's clothing shop selling through Instagram: [produits, prix DA]
const DZ_ITEMS = [['Robe kabyle brodée taille M', 6500], ['Ensemble hijab + abaya noir', 4800], ['Karakou velours bordeaux taille L', 14500], ['Sac à main cuir camel', 3900], ['Djellaba satin beige taille S', 5200], ['Lot 3 foulards mousseline', 2400]]
// Accountable: a Namur freelance web developer's services: [description, montant HTVA]
const BE_SERV = [['Développement site vitrine WordPress', 2400], ['Maintenance mensuelle site web', 95], ['Intégration module de réservation', 650], ['Hébergement et nom de domaine (1 an)', 180], ['Formation WordPress (demi-journée)', 380], ['Audit SEO technique', 720]]
const BE_CLIENTS = [['Brasserie du Marché SRL', 'BE 0712.345.618'], ['ASBL Les Jardins de Meuse', 'BE 0456.789.103'], ['Immo Lambert SRL', 'BE 0822.114.905'], ['Cabinet dentaire Renard', 'BE 0631.902.447'], ['Collignon & Fils SC', 'BE 0403.558.219'], ['', '']]
// Charika: Moroccan firms: [raison sociale, forme, domaine, activité]
const MA_FIRMS = [['ATLAS EMBALLAGES', 'SARL', 'atlasemballages.ma', "Fabrication d'emballages en matières plastiques"], ['MAGHREB AGRO INDUSTRIE', 'SA', 'maghrebagro.ma', 'Transformation et conservation de fruits'], ['SUD PLAST', 'SARL AU', 'sudplast.ma', "Fabrication d'articles en plastique"], ['SOUSS CONSERVES', 'SARL', 'sousconserves.ma', 'Conserverie de poisson'], ['LIXUS TEXTILE', 'SARL', 'lixustextile.ma', 'Confection de vêtements'], ['ORIENTAL MATERIAUX', 'SA', 'orientalmateriaux.ma', 'Négoce de matériaux de construction'], ['BOUREGREG LOGISTIQUE', 'SARL', 'bouregreglog.ma', 'Entreposage et logistique'], ['TADLA LAIT', 'SARL', 'tadlalait.ma', 'Fabrication de produits laitiers']]
// Simple CRM: firms of an Angers IT-services company's prospects and clients
const FR_FIRMS = [['Menuiserie Lebrun SARL', 'menuiserie-lebrun.fr', '1623Z'], ['Transports Guérin SAS', 'transports-guerin.fr', '4941A'], ['Cabinet Morel Expertise', 'morel-expertise.fr', '6920Z'], ['Clinique vétérinaire des Ponts', 'cliniquedesponts.fr', '7500Z'], ['Boulangeries Hardy SAS', 'boulangeries-hardy.fr', '1071C'], ['Atlantique Emballages', 'atlantique-emballages.com', '1721A'], ['Garage Poirier & Fils', 'garage-poirier.fr', '4520A'], ['Anjou Paysages SARL', 'anjou-paysages.fr', '8130Z']]
const FR_ADDR = [['4 rue du Bois Briand', 'ZA de la Chauvinière', '44300', 'Nantes'], ['12 boulevard du Roi René', '', '49100', 'Angers'], ['3 rue de la Claie', 'ZI Angers-Beaucouzé', '49070', 'Beaucouzé'], ['27 avenue Patton', '', '49000', 'Angers'], ['8 rue Blaise Pascal', 'Parc d\'activités Atlantique', '85000', 'La Roche-sur-Yon'], ['15 rue de Paris', '', '35000', 'Rennes'], ['2 allée des Artisans', 'ZAC du Moulin Marcille', '49130', 'Les Ponts-de-Cé']]
// Momenteo: a Montréal freelance translator's clients
const QC_FIRMS = [['Agence Tandem inc.', 'agencetandem.ca'], ['Les Éditions du Fleuve', 'editionsdufleuve.qc.ca'], ['Groupe Conseil Laurentides', 'gclaurentides.com'], ['Studio Boréal', 'studioboreal.ca'], ['Cliniques Santé Rive-Sud', 'santerivesud.ca'], ['Atelier Cartier & Fils ltée', 'ateliercartier.com'], ['Coopérative Les Affamés', 'lesaffames.coop']]

const luItem = (o, i) => row(LU_ITEMS, i + +o.id)
const luQty = (o) => (o.qty > 2 ? 1 : o.qty)
const luLine = (o, i) => luItem(o, i)[4] * luQty(o)
const luShip = (o) => (luLine(o, 0) >= 50 ? 0 : +o.id % 4 === 1 ? 0 : 4.9)
const dzItem = (o, i) => row(DZ_ITEMS, i + +o.id)
const dzFee = (c) => row([400, 450, 600, 750, 800, 900], loc(c, 'dz').city.length)
const maAmt = (o) => Math.round(o.total * 11 * 100) / 100
const beServ = (o, i) => row(BE_SERV, i + +o.id)
const beClient = (o) => row(BE_CLIENTS, +o.id)
const maFirm = (c) => row(MA_FIRMS, +c.id)
const frFirm = (c) => row(FR_FIRMS, +c.id)
const frAddr = (c) => row(FR_ADDR, +c.id >> 1)
const qcFirm = (c) => row(QC_FIRMS, +c.id)
const fidUsed = (o) => 130 * (+o.id % 19)
const fidSolde = (o) => (+o.id * 7) % 130
const bePaid = (o) => +o.id % 5 !== 3
const chServ = (o) => row([['Physiothérapie (séance 30 min)', 30, '48.35'], ['Physiothérapie (séance 45 min)', 45, '72.50'], ['Drainage lymphatique', 60, '96.70'], ['Première consultation', 60, '96.70'], ['Massage sportif 60 min', 60, '120.00']], +o.id % 5)
const chStart = (o) => 7 * 60 + (+o.id % 22) * 30
const clock = (m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
const cmMsg = (c, o) => (+o.id % 3 ? `Bonjour ${loc(c, 'cm').first}, votre commande N°${4000 + +o.id % 5000} est prete. Retrait au magasin d'Akwa ou livraison demain. ElectroPlus` : "PROMO ElectroPlus: -15% sur les TV et frigos jusqu'a samedi! Livraison gratuite a Douala et Yaounde des 150 000 FCFA d'achat. Akwa & Bonamoussadi. Infos 233 42 18 90. STOP au 8080")
const cmParts = (c, o) => (cmMsg(c, o).length <= 160 ? 1 : Math.ceil(cmMsg(c, o).length / 153))
const cmCarrier = (num) => { const p = num.slice(3, 6); return /^6(7|8|5[0-4])/.test(p) ? 'MTN Cameroon' : /^6(9|5[5-9])/.test(p) ? 'Orange Cameroun' : /^66/.test(p) ? 'Nexttel' : 'Camtel' }

export const SETS = [
  // ---------------------------------------------------------------- Luxembourg: marketplace orders
  { name: 'letzshop-commandes-articles-fr', product: 'Letzshop (letzshop.lu, the Luxembourg retailers\' marketplace; espace commerçant > Commandes > Exporter CSV, one row per ordered article, French UI, a Luxembourg City tea and coffee shop)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o) => `LS${bd(o.at).y}${pad(+o.id * 37 % 1000000, 6)}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Livrée', 'Expédiée', 'Confirmée', 'En attente de confirmation', 'Annulée', 'Retournée']), []],
    ['Prénom client', (c) => loc(c, 'lu').first, []],
    ['Nom client', (c) => loc(c, 'lu').last, []],
    ['E-mail client', (c) => loc(c, 'lu').email, EMAIL_ID, opt],
    ['Téléphone client', (c, o) => (+o.id % 5 === 0 ? '' : loc(c, 'lu').mobile), PHONE_ID, opt],
    ['Adresse de livraison', (c, o) => (+o.id % 4 === 2 ? '' : loc(c, 'lu').street), [SHIP('street1')]],
    ['Code postal', (c, o) => (+o.id % 4 === 2 ? '' : loc(c, 'lu').zip), [SHIP('postalCode')]],
    ['Localité', (c, o) => (+o.id % 4 === 2 ? '' : loc(c, 'lu').city), [SHIP('city')]],
    ['Pays', (c, o) => (+o.id % 4 === 2 ? '' : 'Luxembourg'), [SHIP('country')]],
    ['Mode de livraison', (c, o) => row(['Livraison à domicile', 'Livraison à domicile', 'Retrait en magasin (Click & Collect)', 'Livraison express le jour même'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Frais de livraison', (c, o) => dec(+o.id % 4 === 2 ? 0 : luShip(o)), ['commerce.shipping.shippingAmount']],
    ['Référence article', (c, o, r, i) => luItem(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => luItem(o, i)[1], [PL('SKU')], opt],
    ['Désignation', (c, o, r, i) => luItem(o, i)[2], [PL('name')]],
    ['Variante', (c, o, r, i) => luItem(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Quantité', (c, o) => String(luQty(o)), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => dec(luItem(o, i)[4]), [], opt],
    ['Taux de TVA', (c, o, r, i) => `${luItem(o, i)[5]} %`, []],
    ['Total article TTC', (c, o, r, i) => dec(luLine(o, i)), [PL('priceTotal')]],
    ['Dont TVA', (c, o, r, i) => dec(luLine(o, i) * luItem(o, i)[5] / (100 + luItem(o, i)[5])), [OR('taxAmount')], opt],
    ['Total commande TTC', (c, o, r, i) => dec(luLine(o, i) + (+o.id % 4 === 2 ? 0 : luShip(o))), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Mode de paiement', (c, o) => row(['Carte bancaire', 'Payconiq', 'PayPal', 'Carte bancaire', 'Bon cadeau Letzshop'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Code promo', (c, o) => (o.coupon ? 'BIENVENUE10' : ''), ['commerce.promotionID'], opt],
    ['N° de suivi', (c, o, r) => (+o.id % 4 === 2 || r() < 0.2 ? '' : `CE${v.int(r, 100000000, 999999999)}LU`), ['commerce.shipping.trackingNumber']],
    ["Date d'expédition", (c, o, r) => (+o.id % 4 === 2 || r() < 0.2 ? '' : dmy(cet(o.at + day))), ['commerce.shipping.shipDate'], opt],
    ['Message du client', (c, o, r) => v.pick(r, ['', '', '', 'Emballage cadeau svp', 'Sonner chez le voisin si absent']), []],
  ] },
  // ---------------------------------------------------------------- Algeria: courier parcels
  { name: 'yalidine-colis-export-fr', product: 'Yalidine (Algerian express courier; espace e-commerçant > Mes colis > Exporter Excel, one row per parcel, French UI, an Algiers women\'s clothing shop selling through Instagram with cash on delivery)', family: 'delivery', language: 'fr', schema: E, cols: [
    ['Tracking', (c, o) => `yal-${v.alnum(v.rng(+o.id * 7919 + 3), 6).toUpperCase()}`, ['commerce.shipping.trackingNumber', '_id']],
    ['Référence commande', (c, o) => `CMD-${10000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Date de création', (c, o) => `${ymd(wat(o.at))} ${hms(wat(o.at))}`, ['timestamp']],
    ["Date d'expédition", (c, o, r) => (r() < 0.85 ? `${ymd(wat(o.at + day))} ${hms(wat(o.at + day))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['Nom', (c) => loc(c, 'dz').last, []],
    ['Prénom', (c) => loc(c, 'dz').first, []],
    ['Téléphone', (c) => loc(c, 'dz').mobile, PHONE_ID, opt],
    ['Adresse', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'dz').street), [SHIP('street1')]],
    ['Wilaya de départ', () => 'Alger', []],
    ['Wilaya', (c) => loc(c, 'dz').region, [...SHIP_ST, SHIP('city')]],
    ['Commune', (c) => loc(c, 'dz').city, [SHIP('city')]],
    ['Stop desk', (c, o) => (+o.id % 3 === 0 ? 'Oui' : 'Non'), ['commerce.shipping.shippingMethod'], opt],
    ['Centre stop desk', (c, o) => (+o.id % 3 === 0 ? `Agence ${loc(c, 'dz').city}` : ''), [], opt],
    ['Produits', (c, o, r, i) => dzItem(o, i)[0], [PL('name')], opt],
    ['Montant', (c, o, r, i) => String(dzItem(o, i)[1] + (+o.id % 5 === 0 ? 0 : dzFee(c))), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Livraison gratuite', (c, o) => (+o.id % 5 === 0 ? 'Oui' : 'Non'), []],
    ['Frais de livraison', (c) => String(dzFee(c)), ['commerce.shipping.shippingAmount']],
    ['Assurance', (c, o, r, i) => (dzItem(o, i)[1] > 10000 ? 'Oui' : 'Non'), []],
    ['Valeur déclarée', (c, o, r, i) => (dzItem(o, i)[1] > 10000 ? String(dzItem(o, i)[1]) : ''), [], opt],
    ['Poids (kg)', (c, o) => String(1 + (+o.id % 3)), []],
    ['Échange', (c, o) => (+o.id % 11 === 0 ? 'Oui' : 'Non'), []],
    ['Dernier statut', (c, o, r) => v.pick(r, ['Livré', 'Livré', 'Livré', 'Sorti en livraison', 'Vers Wilaya', 'Centre', 'Échec de livraison', 'Retourné au vendeur']), []],
    ['Date dernier statut', (c, o) => `${ymd(wat(o.at + 3 * day))} ${hms(wat(o.at + 3 * day + 4000))}`, [], opt],
    ['Motif', (c, o, r) => v.pick(r, ['', '', '', '', 'Client absent (échoué)', 'Ne répond pas', 'Annulé par le client']), []],
    ['Statut paiement', (c, o, r) => v.pick(r, ['Encaissé', 'Payé au vendeur', 'Non encaissé']), []],
    ['Remarque', (c, o, r) => v.pick(r, ['', '', '', 'Appeler avant de passer', 'Livrer après 17h']), []],
  ] },
  // ---------------------------------------------------------------- Morocco: card gateway
  { name: 'payzone-transactions-fr', product: 'Payzone (Payzone.ma / Vantage Payment Systems, Casablanca; console marchand > Transactions > Exporter CSV, one row per card payment or refund, French UI, an Agadir argan-cosmetics web shop)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => `${dmy(wat(o.at))} ${hms(wat(o.at))}`, ['timestamp']],
    ['ID transaction', (c, o) => String(80000000 + +o.id * 4171 % 9999999), [OR('payments[0].transactionID'), '_id']],
    ['Référence commande', (c, o) => `ARG-${bd(o.at).y}-${pad(+o.id % 10000, 5)}`, [OR('purchaseID')]],
    ['Type', (c, o) => (+o.id % 17 === 0 ? 'Remboursement' : 'Paiement'), [], opt],
    ['Montant', (c, o) => thou(maAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'MAD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Statut', (c, o, r) => v.pick(r, ['Capturée', 'Capturée', 'Capturée', 'Autorisée', 'Refusée', 'Annulée']), []],
    ['Code réponse', (c, o, r) => v.pick(r, ['00', '00', '00', '05', '51']), []],
    ['Message', (c, o, r) => v.pick(r, ['Transaction approuvée', 'Transaction approuvée', 'Refusée par la banque émettrice', 'Provision insuffisante']), []],
    ['Moyen de paiement', (c, o) => row(['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Wallet'], +o.id % 4), [OR('payments[0].paymentType')]],
    ['Type de carte', (c, o, r) => (+o.id % 4 === 3 ? '' : v.pick(r, ['VISA', 'MASTERCARD', 'CMI'])), [], opt],
    ['Numéro de carte', (c, o, r) => (+o.id % 4 === 3 ? '' : `${v.pick(r, ['440567', '525698', '461712'])}******${v.int(r, 1000, 9999)}`), []],
    ['Pays émetteur', (c, o) => (+o.id % 7 === 0 ? 'FR' : 'MA'), [BILL('countryCode')], opt],
    ['Porteur', (c) => `${loc(c, 'ma').first} ${loc(c, 'ma').last}`.toUpperCase(), []],
    ['E-mail client', (c) => loc(c, 'ma').email, EMAIL_ID, opt],
    ['Téléphone client', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'ma').mobile), PHONE_ID, opt],
    ['3D Secure', (c, o, r) => (r() < 0.92 ? 'Oui' : 'Non'), []],
    ["Code d'autorisation", (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Commission', (c, o) => thou(maAmt(o) * 0.02), []],
    ['Montant net', (c, o) => thou(maAmt(o) * 0.98), []],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Site marchand', () => 'www.argan-souss.ma', ['commerce.commerceScope.websiteCode'], opt],
    ['Description', (c, o) => `Commande ARG-${bd(o.at).y}-${pad(+o.id % 10000, 5)}`, []],
  ] },
  // ---------------------------------------------------------------- Cameroon: SMS platform
  { name: 'camoo-historique-sms-fr', product: 'Camoo (camoo.cm, Douala; Espace client > SMS > Historique des envois > Exporter CSV, one row per message, French UI, a Douala electronics retailer\'s delivery notices and promotions)', family: 'sms', language: 'fr', schema: E, cols: [
    ['ID message', (c, o, r) => v.hex(r, 24), ['_id']],
    ["Date d'envoi", (c, o) => `${ymd(wat(o.at))} ${hms(wat(o.at))}`, ['timestamp']],
    ['Expéditeur', () => 'ELECTROPLUS', []],
    ['Destinataire', (c) => loc(c, 'cm').mobile, PHONE_ID],
    ['Message', (c, o) => cmMsg(c, o), []],
    ['Nombre de caractères', (c, o) => String(cmMsg(c, o).length), []],
    ['Encodage', () => 'GSM 7 bits', []],
    ['Nombre de SMS', (c, o) => String(cmParts(c, o)), []],
    ['Type', (c, o) => (+o.id % 3 ? 'Transactionnel' : 'Marketing'), []],
    ['Statut', (c, o) => (+o.id % 10 === 7 ? 'Échec' : row(['Délivré', 'Délivré', 'Délivré', 'Envoyé', 'Délivré'], +o.id % 5)), []],
    ['Date de livraison', (c, o, r) => (r() < 0.8 ? `${ymd(wat(o.at + 9000))} ${hms(wat(o.at + 9000))}` : ''), [], opt],
    ["Code d'erreur", (c, o) => (+o.id % 10 === 7 ? row(['EC_UNKNOWN_SUBSCRIBER', 'EC_ABSENT_SUBSCRIBER'], +o.id % 2) : ''), []],
    ['Opérateur', (c) => cmCarrier(loc(c, 'cm').mobile), ['environment.carrier'], opt],
    ['Pays', () => 'CM', [], opt],
    ['Coût (FCFA)', (c, o) => String(25 * cmParts(c, o)), []],
    ['Campagne', (c, o) => (+o.id % 3 ? '' : 'Promo TV & Froid'), ['marketing.campaignName'], opt],
    ['Référence client', (c, o) => (+o.id % 3 ? `CLT-${pad(+c.id % 100000, 5)}` : ''), CUST_ID, opt],
    ['Source', (c, o) => (+o.id % 3 ? 'API' : 'Fichier importé'), []],
    ['Utilisateur', (c, o) => (+o.id % 3 ? 'api@electroplus.cm' : 'marketing'), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: appointments
  { name: 'agenda-ch-rendez-vous-fr', product: 'agenda.ch (agenda.ch sàrl; Rendez-vous > Liste > Exporter Excel, one row per appointment, Swiss French UI, a Lausanne and Morges physiotherapy practice)', family: 'booking', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(7000000 + +o.id * 53), ['_id']],
    ['Date', (c, o) => dmy(cet(o.at + 4 * day), '.'), [], opt],
    ['Début', (c, o) => clock(chStart(o)), []],
    ['Fin', (c, o) => clock(chStart(o) + chServ(o)[1]), []],
    ['Prestation', (c, o) => chServ(o)[0], [PL('name')], opt],
    ['Prix (CHF)', (c, o) => chServ(o)[2], [OR('priceTotal'), PL('priceTotal')], opt],
    ['Collaborateur', (c, o) => row(['Julien Favre', 'Céline Rochat', 'Loïc Pittet'], +o.id % 3), []],
    ['Lieu', (c, o) => (+o.id % 3 === 2 ? 'Morges' : 'Lausanne - Flon'), ['commerce.commerceScope.storeCode'], opt],
    ['Civilité', (c) => (loc(c, 'ch').female ? 'Madame' : 'Monsieur'), []],
    ['Prénom', (c) => loc(c, 'ch').first, []],
    ['Nom', (c) => loc(c, 'ch').last, []],
    ['E-mail', (c, o) => (+o.id % 6 === 0 ? '' : loc(c, 'ch').email), EMAIL_ID, opt],
    ['Mobile', (c) => loc(c, 'ch').mobile, PHONE_ID, opt],
    ['Date de naissance', (c) => dmy(bd(c.birth), '.'), []],
    ['Assurance', (c, o, r) => v.pick(r, ['CSS', 'Groupe Mutuel', 'Helsana', 'Assura', 'Visana', '']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmé', 'Confirmé', 'Terminé', 'Terminé', 'Annulé', 'Absent (non excusé)']), []],
    ['Pris en ligne', (c, o) => (+o.id % 3 ? 'Oui' : 'Non'), []],
    ['Créé le', (c, o) => `${dmy(cet(o.at), '.')} ${hm(cet(o.at))}`, ['timestamp']],
    ['Créé par', (c, o) => (+o.id % 3 ? 'Client (réservation en ligne)' : 'Réception'), []],
    ['Modifié le', (c, o, r) => (r() < 0.3 ? `${dmy(cet(o.at + day), '.')} ${hm(cet(o.at + day))}` : ''), [], opt],
    ['Rappel SMS', (c, o, r) => (r() < 0.85 ? 'Envoyé' : 'Non'), []],
    ['Remarque', (c, o, r) => v.pick(r, ['', '', '', 'Ordonnance Dr Mottier - 9 séances', 'Genou droit, post-op LCA']), []],
  ] },
  // ---------------------------------------------------------------- Belgium: sales invoices
  { name: 'accountable-factures-vente-fr', product: 'Accountable (Brussels; bookkeeping app for the self-employed; Revenus > Factures > Exporter (CSV), one row per sales invoice, French UI, a Namur freelance web developer)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['Numéro de facture', (c, o) => `${bd(o.at).y}-${pad(+o.id % 300 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Date de facture', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ["Date d'échéance", (c, o) => dmy(cet(o.at + 30 * day)), [], opt],
    ['Client', (c, o) => beClient(o)[0] || loc(c, 'be').full, []],
    ['N° TVA client', (c, o) => beClient(o)[1], []],
    ['E-mail client', (c, o) => (beClient(o)[0] ? `comptabilite@${slugify(beClient(o)[0]).slice(0, 14)}.be` : loc(c, 'be').email), EMAIL_ID, opt],
    ['Adresse', (c) => loc(c, 'be').street, [BILL('street1')]],
    ['Code postal', (c) => loc(c, 'be').zip, [BILL('postalCode')]],
    ['Ville', (c) => loc(c, 'be').city, [BILL('city')]],
    ['Pays', () => 'Belgique', [BILL('country')]],
    ['Description', (c, o, r, i) => beServ(o, i)[0], [PL('name')], opt],
    ['Montant HTVA', (c, o, r, i) => thou(beServ(o, i)[1], '.'), [], opt],
    ['Taux TVA', (c, o) => (+o.id % 9 === 0 ? '0% (autoliquidation)' : '21%'), []],
    ['Montant TVA', (c, o, r, i) => thou(+o.id % 9 === 0 ? 0 : beServ(o, i)[1] * 0.21, '.'), [OR('taxAmount')]],
    ['Montant TVAC', (c, o, r, i) => thou(beServ(o, i)[1] * (+o.id % 9 === 0 ? 1 : 1.21), '.'), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut', (c, o) => (bePaid(o) ? 'Payée' : +o.id % 2 ? 'Envoyée' : 'En retard'), []],
    ['Date de paiement', (c, o) => (bePaid(o) ? dmy(cet(o.at + (3 + +o.id % 35) * day)) : ''), [], opt],
    ['Montant payé', (c, o, r, i) => (bePaid(o) ? thou(beServ(o, i)[1] * (+o.id % 9 === 0 ? 1 : 1.21), '.') : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Communication structurée', (c, o) => `+++${pad(+o.id % 1000, 3)}/${pad(+o.id * 7 % 10000, 4)}/${pad(+o.id * 13 % 100000, 5)}+++`, []],
    ['Catégorie', (c, o) => (beServ(o, 0)[0].includes('Hébergement') ? 'Revente' : 'Prestations de services'), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Acompte 30 % déduit', 'Bon de commande n° 2024/118']), []],
  ] },
  // ---------------------------------------------------------------- Belgium: restaurant guests (P)
  { name: 'tablebooker-clients-export-fr', product: 'Tablebooker (Belgian restaurant booking; Gestion > Clients > Exporter (CSV), one row per guest, French UI, a Brussels brasserie in Ixelles)', family: 'booking', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(1200000 + +c.id * 7 % 800000), ['_id', 'personID']],
    ['Civilité', (c) => (loc(c, 'be').female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'be').first, ['person.name.firstName']],
    ['Nom', (c) => loc(c, 'be').last, ['person.name.lastName']],
    ['E-mail', (c, o) => (+o.id % 7 === 0 ? '' : loc(c, 'be').email), ['personalEmail.address']],
    ['Téléphone', (c) => loc(c, 'be').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Langue', (c, o) => row(['FR', 'FR', 'NL', 'FR', 'EN'], +o.id % 5), [], opt],
    ['Société', (c, o) => (+o.id % 6 === 0 ? row(['Proximus', 'ING Belgique', 'Cabinet Lejeune & Associés'], +c.id % 3) : ''), ['organizations[0]'], opt],
    ['Date de naissance', (c, o) => (+o.id % 3 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Code postal', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'be').zip), at(HOME, 'postalCode')],
    ['Ville', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'be').city), at(HOME, 'city')],
    ['Pays', () => 'BE', at(HOME, 'countryCode')],
    ['Réservations', (c, o) => String(1 + (+o.id % 14)), []],
    ['Couverts', (c, o) => String((1 + (+o.id % 14)) * (2 + (+c.id % 3))), []],
    ['No-shows', (c, o) => (+o.id % 9 === 0 ? '1' : '0'), []],
    ['Première réservation', (c) => dmy(cet(c.created)), [], opt],
    ['Dernière réservation', (c) => dmy(cet(later(c))), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Tags', (c, o) => row(['', 'Habitué', 'VIP', '', 'Terrasse'], +o.id % 5), []],
    ['Remarques', (c, o, r) => v.pick(r, ['', '', '', 'Allergie fruits à coque', 'Table près de la fenêtre', 'Végétarienne']), []],
    ['Source', (c, o) => row(['tablebooker.be', 'Site du restaurant', 'Téléphone', 'Google Réserver'], +o.id % 4), []],
  ] },
  // ---------------------------------------------------------------- France: e-mail autoresponder (P)
  { name: 'sg-autorepondeur-abonnes-fr', product: 'SG Autorépondeur (sg-autorepondeur.com; Mes listes > Abonnés > Exporter la liste (CSV), one row per subscriber, French UI, a Montpellier online yoga teacher\'s newsletter and course-launch list)', family: 'email', language: 'fr', schema: P, cols: [
    ['ID abonné', (c) => String(30000000 + +c.id * 41 % 9000000), ['_id', 'personID']],
    ['Email', (c) => loc(c, 'fr').email, ['personalEmail.address']],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'fr').first, ['person.name.firstName']],
    ['Nom', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'fr').last), ['person.name.lastName']],
    ['Pseudo', (c, o) => (+o.id % 5 === 0 ? `${slugify(loc(c, 'fr').first)}${bd(c.birth).y % 100}` : ''), [], opt],
    ['Sexe', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'fr').female ? 'F' : 'H'), ['person.gender']],
    ['Jour de naissance', (c, o) => (+o.id % 2 ? String(bd(c.birth).d) : ''), [], opt],
    ['Mois de naissance', (c, o) => (+o.id % 2 ? String(bd(c.birth).m) : ''), [], opt],
    ['Année de naissance', (c, o) => (+o.id % 2 ? String(bd(c.birth).y) : ''), ['person.birthYear']],
    ['Adresse', (c, o) => (+o.id % 3 === 1 ? loc(c, 'fr').street : ''), at(HOME, 'street1')],
    ['Code postal', (c, o) => (+o.id % 3 === 1 ? loc(c, 'fr').zip : ''), at(HOME, 'postalCode')],
    ['Ville', (c, o) => (+o.id % 3 !== 0 ? loc(c, 'fr').city : ''), at(HOME, 'city')],
    ['Pays', (c, o) => (+o.id % 3 !== 0 ? 'France' : ''), at(HOME, 'country')],
    ['Téléphone', (c, o, r) => (+o.id % 4 === 1 ? `04 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['homePhone.number']],
    ['Mobile', (c, o) => (+o.id % 2 ? loc(c, 'fr').mobile : ''), ['mobilePhone.number']],
    ['Site web', (c, o) => (+o.id % 9 === 0 ? `https://www.${slugify(loc(c, 'fr').last)}-bienetre.fr` : ''), []],
    ['Skype', () => '', []],
    ['Parrain', (c, o) => (+o.id % 8 === 0 ? `parrain${200 + +o.id % 50}@gmail.com` : ''), []],
    ["Date d'inscription", (c) => `${dmy(cet(c.created))} ${hms(cet(c.created))}`, [], opt],
    ["IP d'inscription", (c, o, r) => v.ip4(r), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Actif', 'Actif', 'Actif', 'Actif', 'Désinscrit', 'Adresse invalide (bounce)']), ['personalEmail.status'], opt],
    ['Liste', (c, o) => (+o.id % 3 ? 'Newsletter Yoga Chez Soi' : 'Lancement formation Yin Yoga'), []],
    ['Niveau de pratique', (c, o) => row(['Débutant', 'Intermédiaire', 'Avancé', ''], +o.id % 4), []],
  ] },
  // ---------------------------------------------------------------- France: shared shopkeepers' loyalty card (P)
  { name: 'fidelium-net-porteurs-carte-fr', product: 'Fidelium-net (multi-merchant loyalty card for shopkeepers\' associations; back-office association > Porteurs > Export Excel, one row per card holder, French UI, the town-centre card of a Périgueux shopkeepers\' association)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code porteur', (c) => String(10000 + +c.id % 80000), ['_id', 'personID']],
    ['N° carte', (c) => `2402${pad(+c.id * 73 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Statut carte', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Active', 'Perdue', 'Bloquée']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Civilité', (c) => (loc(c, 'dordogne').female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => loc(c, 'dordogne').last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => loc(c, 'dordogne').first, ['person.name.firstName']],
    ['Date de naissance', (c, o) => (+o.id % 4 === 0 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Adresse', (c) => loc(c, 'dordogne').street, at(HOME, 'street1')],
    ['CP', (c) => loc(c, 'dordogne').zip, at(HOME, 'postalCode')],
    ['Ville', (c) => loc(c, 'dordogne').city.toUpperCase(), at(HOME, 'city')],
    ['Tél. fixe', (c, o, r) => (+o.id % 3 === 0 ? `05 53 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['homePhone.number']],
    ['Portable', (c, o) => (+o.id % 5 === 0 ? '' : loc(c, 'dordogne').mobile), ['mobilePhone.number']],
    ['E-mail', (c, o) => (+o.id % 3 === 1 ? '' : loc(c, 'dordogne').email), ['personalEmail.address']],
    ["Date d'adhésion", (c) => dmy(cet(c.created)), ['loyalty.joinDate']],
    ["Commerçant d'inscription", (c, o) => row(['Boulangerie du Coderc', 'Librairie Marbot', 'Pharmacie Taillefer', 'Maison Léon Chaussures', 'Le Fournil de la Clautre'], +o.id % 5), []],
    ['Solde points', (c, o) => String(fidSolde(o)), ['loyalty.points']],
    ['Points cumulés', (c, o) => String(fidSolde(o) + fidUsed(o)), ['loyalty.lifetimePoints']],
    ['Points utilisés', (c, o) => String(fidUsed(o)), ['loyalty.pointsRedeemed']],
    ['Remises obtenues (€)', (c, o) => dec(fidUsed(o) / 130 * 10), [], opt],
    ['Montant des achats (€)', (c, o, r) => thou(v.int(r, 45000, 900000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Nb passages', (c, o) => String(3 + (+o.id % 60)), []],
    ['Dernier passage', (c) => dmy(cet(later(c))), [], opt],
    ['Accepte SMS', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Accepte e-mail', (c, o) => (+o.id % 3 === 1 ? 'Non' : 'Oui'), [], opt],
    ['Crédit chèques cadeaux (€)', (c, o) => (+o.id % 7 === 0 ? dec(20 + (+o.id % 4) * 10) : '0,00'), []],
  ] },
  // ---------------------------------------------------------------- Morocco: company register (B)
  { name: 'charika-entreprises-dirigeants-fr', product: 'Charika.ma (Moroccan company information; Recherche avancée > Exporter la sélection (Excel), one row per firm with its manager, French UI, a Casablanca industrial-packaging supplier\'s prospect list)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['Raison sociale', (c) => maFirm(c)[0], CO],
    ['Forme juridique', (c) => maFirm(c)[1], []],
    ['ICE', (c, o, r) => `00${v.int(r, 1000000, 3999999)}000${v.int(r, 10, 99)}`, []],
    ['RC', (c) => `${loc(c, 'ma').city} ${v.int(v.rng(+c.id), 10000, 599999)}`, []],
    ['IF', (c, o, r) => String(v.int(r, 1000000, 52999999)), []],
    ['Date de création', (c, o, r) => dmy({ d: v.int(r, 1, 28), m: v.int(r, 1, 12), y: v.int(r, 1985, 2019) }), []],
    ['Capital (DH)', (c, o, r) => thou(v.pick(r, [100000, 500000, 1000000, 3000000, 10000000]), ' ').replace(/,00$/, ''), []],
    ['Activité', (c) => maFirm(c)[3], []],
    ['Adresse', (c) => loc(c, 'ma').street, [W('street1')]],
    ['Ville', (c) => loc(c, 'ma').city, [W('city')]],
    ['Région', (c) => loc(c, 'ma').region, STATE(['workAddress'])],
    ['Téléphone', (c, o, r) => `05${v.pick(r, ['22', '37', '24', '28', '39'])}${v.int(r, 100000, 999999)}`, ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.5 ? `05${v.pick(r, ['22', '37', '24'])}${v.int(r, 100000, 999999)}` : ''), ['faxPhone.number'], opt],
    ['E-mail', (c, o) => (+o.id % 3 ? `contact@${maFirm(c)[2]}` : ''), WE],
    ['Site web', (c, o) => (+o.id % 4 ? `www.${maFirm(c)[2]}` : ''), ['b2b.companyWebsite']],
    ['Dirigeant', (c) => `${loc(c, 'ma').last.toUpperCase()} ${loc(c, 'ma').first.toUpperCase()}`, ['person.name.fullName']],
    ['Fonction', (c, o) => (loc(c, 'ma').female ? row(['Gérante', 'Gérante associée', 'Directrice générale'], +o.id % 3) : row(['Gérant', 'Gérant associé', 'Président du conseil', 'Directeur général'], +o.id % 4)), ['extendedWorkDetails.jobTitle']],
    ['Effectif', (c, o) => row(['10 à 49', '50 à 99', '100 à 249', '1 à 9', '250 et plus'], +o.id % 5), []],
    ["Tranche chiffre d'affaires", (c, o) => row(['10 à 50 MDH', '1 à 10 MDH', '50 à 100 MDH', 'Moins de 1 MDH'], +o.id % 4), []],
    ['Statut', (c, o) => (+o.id % 13 === 0 ? 'En liquidation' : 'En activité'), []],
  ] },
  // ---------------------------------------------------------------- France: CRM contacts (B)
  { name: 'simple-crm-contacts-export-fr', product: 'Simple CRM (French SME CRM; Contacts > Exporter (CSV), one row per contact with its company, French UI, an Angers IT-services and network-maintenance company\'s prospects and clients in the west of France)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Id', (c) => String(4000 + +c.id % 90000), B2BID],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'fr').first, ['person.name.firstName']],
    ['Nom', (c) => loc(c, 'fr').last, ['person.name.lastName']],
    ['Fonction', (c, o) => row(['Gérant', 'Directrice administrative et financière', 'Responsable informatique', 'Assistante de direction', 'Président', 'Responsable des achats'], +o.id % 6), ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o) => row(['Direction', 'Finances', 'Informatique', 'Direction', 'Direction', 'Achats'], +o.id % 6), ['extendedWorkDetails.departments[0]'], opt],
    ['Société', (c) => frFirm(c)[0], CO],
    ['SIRET', (c, o, r) => `${v.int(r, 300, 899)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99999), 5)}`, []],
    ['Code NAF', (c) => frFirm(c)[2], []],
    ['E-mail', (c) => `${slugify(loc(c, 'fr').first)}.${slugify(loc(c, 'fr').last)}@${frFirm(c)[1]}`, WE],
    ['Téléphone', (c, o, r) => `02 ${pad(v.int(r, 40, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['workPhone.number']],
    ['Portable', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'fr').mobile), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (+o.id % 5 === 0 ? `02 41 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['faxPhone.number'], opt],
    ['Adresse 1', (c) => frAddr(c)[0], [W('street1')]],
    ['Adresse 2', (c) => frAddr(c)[1], [W('street2')]],
    ['Code postal', (c) => frAddr(c)[2], [W('postalCode')]],
    ['Ville', (c) => frAddr(c)[3], [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['Type', (c, o) => row(['Prospect', 'Client', 'Prospect', 'Client', 'Ancien client', 'Partenaire'], +o.id % 6), ['b2b.personStatus'], opt],
    ['Origine', (c, o) => row(['Salon', 'Site web', 'Recommandation', 'Prospection téléphonique', 'LinkedIn'], +o.id % 5), ['b2b.personSource'], opt],
    ['Commercial', (c, o) => row(['Florian Girard', 'Aurélie Bonnet'], +o.id % 2), []],
    ['Date de création', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => `${dmy(cet(later(c)))} ${hm(cet(later(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Dernière action', (c, o) => (+o.id % 4 ? dmy(cet(c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Ne pas envoyer d\'e-mailing', (c, o) => (+o.id % 11 === 0 ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Contrat de maintenance à renouveler en septembre', 'Intéressé par la téléphonie IP']), []],
  ] },
  // ---------------------------------------------------------------- Québec: invoicing clients (B)
  { name: 'momenteo-clients-export-fr', product: 'Momenteo (Québec invoicing and bookkeeping for freelancers; Clients > Exporter (CSV), one row per client with its contact, Québec French UI, a Montréal freelance translator)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Nom du client', (c) => qcFirm(c)[0], CO],
    ['Prénom du contact', (c) => loc(c, 'qc').first, ['person.name.firstName']],
    ['Nom du contact', (c) => loc(c, 'qc').last, ['person.name.lastName']],
    ['Courriel', (c) => `${slugify(loc(c, 'qc').first)[0]}${slugify(loc(c, 'qc').last)}@${qcFirm(c)[1]}`, WE],
    ['Téléphone', (c, o, r) => `${v.pick(r, ['514', '450', '418'])} ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number']],
    ['Poste', (c, o, r) => (+o.id % 3 === 0 ? String(v.int(r, 100, 450)) : ''), ['workPhone.extension']],
    ['Cellulaire', (c, o) => (+o.id % 2 ? loc(c, 'qc').mobile : ''), ['mobilePhone.number']],
    ['Adresse', (c) => loc(c, 'qc').street, [W('street1')]],
    ['Ville', (c) => loc(c, 'qc').city, [W('city')]],
    ['Province', () => 'Québec', STATE(['workAddress'])],
    ['Code postal', (c) => loc(c, 'qc').zip, [W('postalCode')]],
    ['Pays', () => 'Canada', [W('country')]],
    ['Langue de facturation', (c, o) => (+o.id % 4 === 0 ? 'Anglais' : 'Français'), [], opt],
    ['Devise', () => 'CAD', []],
    ['Conditions de paiement', (c, o) => row(['Net 30 jours', 'Net 15 jours', 'Payable sur réception'], +o.id % 3), []],
    ['Taux (par mot)', (c, o) => row(['0,18 $', '0,20 $', '0,22 $'], +o.id % 3), []],
    ['Numéro de TPS', (c, o, r) => (+o.id % 5 ? `${v.int(r, 100000000, 899999999)} RT0001` : ''), []],
    ['Numéro de TVQ', (c, o, r) => (+o.id % 5 ? `${v.int(r, 1000000000, 1299999999)} TQ0001` : ''), []],
    ['Total facturé', (c, o, r) => `${thou(v.int(r, 400, 38000))} $`, []],
    ['Solde à recevoir', (c, o, r) => (r() < 0.3 ? `${thou(v.int(r, 150, 4200))} $` : '0,00 $'), []],
    ["Date d'ajout", (c) => ymd(est(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Envoyer les factures à comptes.payables@', 'Bon de commande obligatoire']), []],
  ] },
]
