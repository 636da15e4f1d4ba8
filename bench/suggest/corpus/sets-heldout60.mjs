// Round 60, heldout60: held-out sets written apart from the suggester and any tuning (by a helper that never opened the
// suggester or a score), scored once at the end. French-language payment providers, loyalty, shop back-offices,
// marketplaces, review and analytics tools and B2B lead tools (France, Belgium, Switzerland). Same format as sets.mjs
// (sources in ../README.md): header as the product exports it, one value generator per column in the product's formats,
// the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

// Paris / Brussels / Geneva time (summer time April-October, good enough for generated rows)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const par = (ms) => shift(ms, dst(ms) ? 2 : 1)
const frD = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTS = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms) => { const p = par(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoS = (ms) => { const p = par(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
const eur = (n) => n.toFixed(2).replace('.', ',')
const day = 86400000
const n = (c) => +c.id
const pick = (c, xs, k = 1) => xs[Math.floor(n(c) / k) % xs.length]
const civ = (c) => (c.female ? 'Mme' : 'M.')
const frMob = (c) => `0${6 + n(c) % 2} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) >> 6) % 100)}`
const frTel = (c) => `0${1 + n(c) % 5} ${pad((n(c) >> 1) % 100)} ${pad((n(c) >> 3) % 100)} ${pad((n(c) >> 5) % 100)} ${pad((n(c) >> 7) % 100)}`
const e164 = (c) => `+33${frMob(c).replace(/\s/g, '').slice(1)}`
const coSlug = (c) => slug(c.company).slice(0, 12)
const dom = (c) => `${coSlug(c)}.fr`
const work = (c) => `${slug(c.first)}.${slug(c.last)}@${dom(c)}`
const li = (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(n(c) * 7).toString(16).slice(0, 6)}`
const siren = (c) => String(300000000 + (n(c) * 7919) % 599999999)
const masked = (c) => `${pick(c, ['497010', '513100', '453978', '535110', '376400'])}XXXXXX${pad(n(c) % 10000, 4)}`
const cardOf = (c) => pick(c, ['CB', 'VISA', 'MASTERCARD', 'CB', 'AMEX'])

// ---------------------------------------------------------------- loyalty
// Zerosix: members of a Nantes crêperie group's loyalty programme (Espace commerçant > Clients > Exporter, CSV).
const ZS_SHOP = ['Crêperie du Bouffay', 'Crêperie Graslin', 'Crêperie de Rezé']
const ZS_ST = ['Actif', 'Actif', 'Actif', 'À risque', 'Perdu', 'Nouveau']
const ZS_SRC = ['Tablette en caisse', 'Tablette en caisse', 'QR code table', 'Formulaire web', 'Import']
const zsVisits = (c) => 1 + n(c) % 37
// Storeland: customers of a Bordeaux wine shop's online store (Clients > Exporter les clients, CSV).
const SL_GRP = ['Particuliers', 'Particuliers', 'Particuliers', 'Professionnels', 'Club des amateurs']
const slOrders = (c) => n(c) % 9
// KissKissBankBank: contributions to a Rennes board-game publisher's crowdfunding campaign (Mon projet > Contributeurs >
// Exporter la liste, CSV).
const KK_REW = [['Le jeu de base', 39], ['Le jeu + l\'extension', 59], ['Édition collector signée', 89], ['Merci + votre nom dans la règle', 10], ['Pack boutique (3 jeux)', 105]]
const kkRew = (c) => KK_REW[n(c) % KK_REW.length]
const kkExtra = (c) => (n(c) % 4 === 0 ? 5 : 0)
const kkShip = (c) => (kkRew(c)[1] < 20 ? 0 : n(c) % 5 === 0 ? 0 : 8.5)
// Ankorstore: wholesale orders of a Drôme candle brand from independent shops (Espace marque > Commandes > Exporter,
// one row per order line).
const AK_ST = ['Nouvelle', 'Confirmée', 'Expédiée', 'Expédiée', 'Livrée', 'Livrée', 'Annulée']
const akSt = (o) => AK_ST[+o.id % AK_ST.length]
const AK_ITEMS = [['BOU-FIGUE-180', 'Bougie parfumée Figue 180 g', 12.5, 25], ['BOU-LAV-180', 'Bougie parfumée Lavande 180 g', 12.5, 25], ['DIF-AMB-100', 'Diffuseur Ambre 100 ml', 14.9, 29.9], ['FON-VAN-6', 'Fondants Vanille x6', 4.9, 9.9], ['BOU-XL-TH', 'Grande bougie Thé noir 450 g', 24, 48]]
const akIt = (o) => AK_ITEMS[+o.id % AK_ITEMS.length]
const akQty = (o) => [6, 6, 12, 4, 8][+o.id % 5]
const akLine = (o) => +(akIt(o)[2] * akQty(o)).toFixed(2)
const AK_SHOPS = ['La Maison de Léonie', 'Comptoir des Curieux', 'Atelier Sauvage', 'L\'Épicerie Fine du Port', 'Concept Store Nomade', 'Les Petits Riens']
const AK_SHIP = [['12 rue des Carmes', '31000', 'Toulouse', 'France'], ['5 place du Marché', '1000', 'Bruxelles', 'Belgique'], ['48 rue Sainte', '13001', 'Marseille', 'France'], ['3 rue du Bourg', '1003', 'Lausanne', 'Suisse'], ['21 rue Nationale', '37000', 'Tours', 'France']]
const akAddr = (o) => AK_SHIP[+o.id % AK_SHIP.length]
// Avis Vérifiés (Skeepers): reviews collected for a Liège sports-nutrition e-shop (Avis > Tous les avis > Exporter, CSV).
const AV_PROD = [['WHEY-CHOC-1KG', 'Whey Isolate Chocolat 1 kg'], ['BAR-PROT-X12', 'Barres protéinées x12'], ['CREA-300', 'Créatine monohydrate 300 g'], ['SHAKER-700', 'Shaker 700 ml']]
const avProd = (c) => AV_PROD[n(c) % AV_PROD.length]
const AV_TXT = ['Livraison rapide, produit conforme.', 'Très bon goût, se mélange bien.', 'Colis arrivé abîmé mais le service client a réagi vite.', 'Rien à redire, je recommande.', 'Un peu cher mais efficace.']
const avNote = (c) => [5, 5, 4, 5, 3, 4, 2, 5][n(c) % 8]
// Commanders Act: a Geneva department store's CDP audience (Commanders Act > CDP > Segments > Exporter, CSV; CHF).
const CH_CITY = [['1204', 'Genève'], ['1003', 'Lausanne'], ['2000', 'Neuchâtel'], ['1950', 'Sion'], ['1700', 'Fribourg'], ['1227', 'Carouge']]
const chCity = (c) => CH_CITY[n(c) % CH_CITY.length]
const CA_SEG = ['Clients fidèles', 'Paniers abandonnés 30j', 'Nouveaux inscrits', 'Acheteurs beauté', 'Inactifs 12 mois']
const CA_SRC = ['SEA Google', 'Newsletter', 'Direct', 'Instagram', 'SEO', 'Affiliation']

// ---------------------------------------------------------------- payments
// Dalenys: transactions of a Lille concert-ticketing site (Extranet > Transactions > Export CSV).
const DL_OP = ['Paiement', 'Paiement', 'Paiement', 'Autorisation', 'Capture', 'Remboursement']
const DL_RC = [['0000', 'Transaction réussie'], ['0000', 'Transaction réussie'], ['0000', 'Transaction réussie'], ['4001', 'Transaction refusée par la banque'], ['4003', 'Transaction refusée (fraude suspectée)'], ['0001', '3-D Secure requis']]
const dlRc = (o) => DL_RC[+o.id % DL_RC.length]
const DL_EVENTS = ['Festival Main Square - Pass 1 jour', 'Concert Zénith de Lille', 'Spectacle Théâtre Sébastopol', 'Pass 3 jours']
// PayGreen: transactions of a Montpellier zero-waste grocery e-shop (Back-office > Transactions > Exporter, CSV).
const PG_ST = ['Réussie', 'Réussie', 'Réussie', 'Remboursée', 'Échouée', 'En attente']
const pgSt = (o) => PG_ST[+o.id % PG_ST.length]
const PG_PM = ['Carte bancaire', 'Carte bancaire', 'Titre-restaurant Swile', 'Titre-restaurant Conecs', 'Virement instantané']
const PG_TYPE = ['Paiement comptant', 'Paiement comptant', 'Paiement en 3 fois', 'Abonnement']
// Yavin: card terminal transactions of a Lyon bakery chain (Dashboard > Transactions > Exporter, CSV).
const YV_TYPE = ['Vente', 'Vente', 'Vente', 'Vente', 'Remboursement', 'Annulation']
const yvType = (o) => YV_TYPE[+o.id % YV_TYPE.length]
const YV_PM = ['Carte bancaire sans contact', 'Carte bancaire sans contact', 'Carte bancaire', 'Apple Pay', 'Google Pay', 'Ticket restaurant']
const YV_SHOP = ['Boulangerie Croix-Rousse', 'Boulangerie Part-Dieu', 'Boulangerie Confluence']
const YV_STAFF = ['Inès', 'Malik', 'Sophie', 'Thomas']
const yvAmt = (o) => +(2.4 + (+o.id % 47) * 0.65).toFixed(2)

// ---------------------------------------------------------------- B2B lead tools
const PH_SEN = ['C-Level', 'Directeur', 'Manager', 'Manager', 'Responsable']
const PH_DEPT = ['Ressources humaines', 'Finance', 'Direction générale', 'Ressources humaines', 'Administration']
const PH_JOB = ['DRH', 'Directrice administrative et financière', 'Gérant', 'Responsable paie', 'Directeur général', 'Responsable RH']
const PH_NAF = [['6201Z', 'Programmation informatique'], ['4690Z', 'Commerce de gros non spécialisé'], ['7112B', 'Ingénierie, études techniques'], ['5610A', 'Restauration traditionnelle'], ['8559A', 'Formation continue d\'adultes']]
const PH_EFF = ['10 à 19 salariés', '20 à 49 salariés', '50 à 99 salariés', '100 à 199 salariés', '200 à 249 salariés']
const PH_CA = ['1 M€ - 2 M€', '2 M€ - 5 M€', '5 M€ - 10 M€', '10 M€ - 20 M€']
const PH_EMST = ['Valide', 'Valide', 'Valide', 'Catch-all', 'Non trouvé']
const DN_CMP = ['Séquence DSI PME', 'Relance salon IT Partners', 'Séquence DAF ETI']
const DN_ST = ['En cours', 'En cours', 'Terminé', 'A répondu', 'Désinscrit', 'Bounce']
const DN_INT = ['', '', 'Intéressé', 'Pas maintenant', 'Pas intéressé']
const DN_OWN = ['Hugo Lefèvre', 'Sarah Benali', 'Nicolas Girard']
const DN_JOB = ['DSI', 'Responsable infrastructure', 'Directeur des systèmes d\'information', 'CTO', 'Directrice administrative et financière']
const MG_SRV = ['Formation', 'Ressources humaines', 'Direction', 'Qualité', 'Commercial']
const MG_JOB = ['Responsable formation', 'Chargée de développement RH', 'Gérant', 'Responsable qualité', 'Directeur commercial']
const MG_ST = ['Nouveau', 'Contacté', 'Contacté', 'Intéressé', 'Client', 'Non intéressé']
const MG_EMST = ['Vérifié', 'Vérifié', 'Risqué', 'Invalide']
const MG_SECT = ['BTP', 'Industrie agroalimentaire', 'Transport et logistique', 'Santé', 'Commerce de détail']

export const SETS = [
  // ---------------------------------------------------------------- loyalty and shop customers
  { name: 'zerosix-clients-fr', product: 'Zerosix (Espace commerçant > Clients > Exporter, CSV; French UI, a Nantes crêperie group\'s loyalty members across its three restaurants)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => String(2000000 + n(c)), ['_id', 'personID'], opt],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Téléphone', (c) => frMob(c), ['mobilePhone.number']],
    ['Date de naissance', (c) => (n(c) % 3 === 0 ? '' : frD(c.birth)), ['person.birthDate']],
    ['Code postal', (c) => pick(c, ['44000', '44100', '44400', '44200', '44300']), at(HOME, 'postalCode'), opt],
    ['Numéro de carte', (c) => `ZS${pad(n(c) % 10000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Solde de points', (c) => String((n(c) * 7) % 180), ['loyalty.points']],
    ['Points cumulés', (c) => String((n(c) * 7) % 180 + zsVisits(c) * 12), ['loyalty.lifetimePoints']],
    ['Nombre de visites', (c) => String(zsVisits(c)), [], opt],
    ['Montant total dépensé', (c) => eur(zsVisits(c) * (18.5 + (n(c) % 11) * 1.9)), ['loyalty.lifetimePurchases'], opt],
    ['Panier moyen', (c) => eur(18.5 + (n(c) % 11) * 1.9), []],
    ['Récompenses obtenues', (c) => String(Math.floor(zsVisits(c) / 10)), [], opt],
    ['Statut', (c) => pick(c, ZS_ST), ['loyalty.status'], opt],
    ['Établissement d\'inscription', (c) => pick(c, ZS_SHOP, 3), [], opt],
    ['Source', (c) => pick(c, ZS_SRC, 2), [], opt],
    ['Date d\'inscription', (c) => frDT(c.created), ['loyalty.joinDate']],
    ['Dernière visite', (c) => frDT(Math.max(c.created, c.updated)), [], opt],
    ['Optin SMS', (c) => (n(c) % 4 ? 'Oui' : 'Non'), [], opt],
    ['Optin Email', (c) => (n(c) % 3 ? 'Oui' : 'Non'), [], opt],
  ] },
  { name: 'storeland-clients-fr', product: 'Storeland (Back-office > Clients > Exporter les clients, CSV; French UI, a Bordeaux wine shop\'s online customers)', family: 'ecommerce-customers', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(1000 + n(c) % 90000), ['_id', 'personID']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Société', (c) => (pick(c, SL_GRP) === 'Professionnels' ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => (n(c) % 4 === 0 ? `Bât. ${'ABC'[n(c) % 3]}, apt ${n(c) % 40 + 1}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', (c) => c.countryName, at(HOME, 'country')],
    ['Téléphone', (c) => frTel(c), ['homePhone.number', 'mobilePhone.number']],
    ['Portable', (c) => (n(c) % 3 ? frMob(c) : ''), ['mobilePhone.number']],
    ['Date de naissance', (c) => (n(c) % 2 ? frD(c.birth) : ''), ['person.birthDate']],
    ['Groupe client', (c) => pick(c, SL_GRP), [], opt],
    ['Inscrit à la newsletter', (c) => (n(c) % 3 ? 'Oui' : 'Non'), [], opt],
    ['Nombre de commandes', (c) => String(slOrders(c)), []],
    ['Total des commandes', (c) => eur(slOrders(c) * (42 + (n(c) % 13) * 6.5)), ['loyalty.lifetimePurchases'], opt],
    ['Points de fidélité', (c) => String(slOrders(c) * 45), ['loyalty.points']],
    ['N° TVA intracommunautaire', (c) => (pick(c, SL_GRP) === 'Professionnels' ? `FR${pad(n(c) % 100)}${siren(c)}` : ''), [], opt],
    ['Compte activé', (c) => (n(c) % 9 ? 'Oui' : 'Non'), [], opt],
    ['Date d\'inscription', (c) => frDTS(c.created), [], opt],
    ['Dernière connexion', (c) => frDTS(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'commanders-act-segment-fr', product: 'Commanders Act (CDP > Segments > un segment > Exporter, CSV; French UI, a Geneva department store\'s web and store customers, CHF)', family: 'analytics', language: 'fr', schema: P, cols: [
    ['ID visiteur', (c) => `${(n(c) * 2654435761 % 4294967296).toString(16)}.${Math.floor(c.created / 1000)}`, ['_id', 'personID'], opt],
    ['ID client', (c) => `GE${pad(n(c), 7)}`, ['_id', 'personID']],
    ['Email', (c) => c.email.replace('gmail.com', pick(c, ['bluewin.ch', 'gmail.com', 'hotmail.ch'])), ['personalEmail.address']],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Date de naissance', (c) => (n(c) % 3 ? frD(c.birth).replace(/\//g, '.') : ''), ['person.birthDate']],
    ['Téléphone mobile', (c) => `+41 7${6 + n(c) % 4} ${100 + n(c) % 900} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`, ['mobilePhone.number']],
    ['Code postal', (c) => chCity(c)[0], at(HOME, 'postalCode'), opt],
    ['Ville', (c) => chCity(c)[1], at(HOME, 'city'), opt],
    ['Langue', (c) => pick(c, ['fr', 'fr', 'fr', 'de', 'en']), [], opt],
    ['Optin email', (c) => (n(c) % 3 ? 'true' : 'false'), [], opt],
    ['Optin SMS', (c) => (n(c) % 4 ? 'false' : 'true'), [], opt],
    ['Première visite', (c) => isoS(c.created), [], opt],
    ['Dernière visite', (c) => isoS(Math.max(c.created, c.updated)), [], opt],
    ['Nombre de visites', (c) => String(1 + n(c) % 80), []],
    ['Nombre de commandes', (c) => String(n(c) % 12), []],
    ['CA total (CHF)', (c) => ((n(c) % 12) * (64 + n(c) % 90)).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Dernier appareil', (c) => pick(c, ['Mobile', 'Ordinateur', 'Tablette', 'Mobile']), [], opt],
    ['Source d\'acquisition', (c) => pick(c, CA_SRC), [], opt],
    ['Segments', (c) => `${pick(c, CA_SEG)}|${pick(c, CA_SEG, 5)}`, []],
    ['Score d\'appétence', (c) => String(n(c) % 101), []],
  ] },

  // ---------------------------------------------------------------- marketplaces, crowdfunding and reviews
  { name: 'ankorstore-commandes-fr', product: 'Ankorstore (Espace marque > Commandes > Exporter, CSV, one row per order line; French UI, a Drôme candle brand\'s wholesale orders from independent shops in France, Belgium and Switzerland)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Référence commande', (c, o) => String(1200000 + +o.id), [OR('purchaseID')]],
    ['Date de commande', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => akSt(o), [], opt],
    ['Détaillant', (c, o) => AK_SHOPS[+o.id % AK_SHOPS.length], []],
    ['Contact', (c) => c.full, []],
    ['Email du détaillant', (c, o) => `contact@${slug(AK_SHOPS[+o.id % AK_SHOPS.length])}.fr`, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => e164(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Première commande', (c, o) => (+o.id % 3 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Référence produit', (c, o) => akIt(o)[0], [PL('SKU')]],
    ['Nom du produit', (c, o) => akIt(o)[1], [PL('name')]],
    ['Quantité', (c, o) => String(akQty(o)), [PL('quantity')]],
    ['Prix de gros HT', (c, o) => eur(akIt(o)[2]), [], opt],
    ['Prix de vente conseillé TTC', (c, o) => eur(akIt(o)[3]), []],
    ['Total ligne HT', (c, o) => eur(akLine(o)), [PL('priceTotal')]],
    ['Total commande HT', (c, o) => eur(akLine(o) * 2), [OR('priceTotal')], opt],
    ['TVA', (c, o) => eur(akLine(o) * 2 * 0.2), [OR('taxAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Commission Ankorstore', (c, o) => eur(akLine(o) * 2 * 0.2), []],
    ['Montant reversé', (c, o) => eur(akLine(o) * 2 * 0.8), []],
    ['Adresse de livraison', (c, o) => akAddr(o)[0], [SHIP('street1')]],
    ['Code postal', (c, o) => akAddr(o)[1], [SHIP('postalCode')]],
    ['Ville', (c, o) => akAddr(o)[2], [SHIP('city')]],
    ['Pays', (c, o) => akAddr(o)[3], [SHIP('country')]],
    ['Transporteur', (c, o) => (akSt(o) === 'Expédiée' || akSt(o) === 'Livrée' ? ['UPS', 'Colissimo', 'DPD'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Numéro de suivi', (c, o, r) => (akSt(o) === 'Expédiée' || akSt(o) === 'Livrée' ? `1Z${v.alnum(r, 16).toUpperCase()}` : ''), ['commerce.shipping.trackingNumber']],
    ['Date d\'expédition', (c, o) => (akSt(o) === 'Expédiée' || akSt(o) === 'Livrée' ? frD(o.at + 3 * day) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  { name: 'kisskissbankbank-contributions-fr', product: 'KissKissBankBank (Mon projet > Contributeurs > Exporter la liste, CSV; French UI, a Rennes board-game publisher\'s crowdfunding campaign)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de contribution', (c, o) => String(4800000 + +o.id), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Pseudo', (c) => `${c.first}${c.last[0]}${n(c) % 100}`, []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Contrepartie', (c) => kkRew(c)[0], [PL('name')]],
    ['Quantité', (c) => String(1 + (n(c) % 7 === 0 ? 1 : 0)), [PL('quantity')]],
    ['Montant de la contrepartie (€)', (c) => eur(kkRew(c)[1]), [], opt],
    ['Don supplémentaire (€)', (c) => eur(kkExtra(c)), []],
    ['Frais de port (€)', (c) => eur(kkShip(c)), ['commerce.shipping.shippingAmount']],
    ['Montant total (€)', (c) => eur(kkRew(c)[1] * (1 + (n(c) % 7 === 0 ? 1 : 0)) + kkExtra(c) + kkShip(c)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moyen de paiement', (c) => pick(c, ['Carte bancaire', 'Carte bancaire', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Statut', (c) => pick(c, ['Validée', 'Validée', 'Validée', 'Remboursée']), [], opt],
    ['Mode de livraison', (c) => (kkShip(c) ? 'Envoi postal' : kkRew(c)[1] < 20 ? 'Aucune livraison' : 'Retrait sur place'), ['commerce.shipping.shippingMethod']],
    ['Adresse', (c) => (kkShip(c) ? c.street : ''), [SHIP('street1')]],
    ['Complément d\'adresse', (c) => (kkShip(c) && n(c) % 4 === 0 ? `Appartement ${n(c) % 30 + 1}` : ''), [SHIP('street2')]],
    ['Code postal', (c) => (kkShip(c) ? c.postcode : ''), [SHIP('postalCode')]],
    ['Ville', (c) => (kkShip(c) ? c.city : ''), [SHIP('city')]],
    ['Pays', (c) => (kkShip(c) ? 'France' : ''), [SHIP('country')]],
    ['Téléphone', (c) => (kkShip(c) ? frMob(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Contribution anonyme', (c) => (n(c) % 6 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Commentaire', (c) => pick(c, ['', '', 'Bravo pour le projet !', 'Hâte de jouer en famille', '']), []],
  ] },
  { name: 'avis-verifies-avis-fr', product: 'Avis Vérifiés by Skeepers (Avis > Tous les avis > Exporter, CSV; French UI, a Liège sports-nutrition e-shop\'s brand and product reviews)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID avis', (c) => `${(n(c) * 40503).toString(16)}-${pad(n(c) % 10000, 4)}`, ['_id']],
    ['Date de l\'avis', (c) => isoS(c.updated), ['timestamp']],
    ['Référence commande', (c, o) => `BE${o.id}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => isoS(o.at), [OR('createdDate')], opt],
    ['Type d\'avis', (c) => (n(c) % 3 ? 'Produit' : 'Marque'), [], opt],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => `${c.last[0]}.`, []],
    ['Email', (c) => c.email.replace('gmail.com', pick(c, ['gmail.com', 'skynet.be', 'hotmail.com'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Note', (c) => String(avNote(c)), []],
    ['Commentaire', (c) => pick(c, AV_TXT), []],
    ['Référence produit', (c) => (n(c) % 3 ? avProd(c)[0] : ''), [PL('SKU')]],
    ['Nom du produit', (c) => (n(c) % 3 ? avProd(c)[1] : ''), [PL('name')]],
    ['Statut', (c) => pick(c, ['Publié', 'Publié', 'Publié', 'En modération', 'Refusé']), [], opt],
    ['Recommande la marque', (c) => (avNote(c) >= 4 ? 'Oui' : 'Non'), [], opt],
    ['Réponse du marchand', (c) => (avNote(c) <= 3 ? 'Merci pour votre retour, notre service client vous recontacte.' : ''), []],
    ['Date de la réponse', (c) => (avNote(c) <= 3 ? isoS(c.updated + 2 * day) : ''), [], opt],
    ['Canal de collecte', (c) => pick(c, ['Email', 'Email', 'SMS', 'Widget site']), [], opt],
    ['Langue', () => 'fr', [], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'dalenys-transactions-fr', product: 'Dalenys (Extranet > Transactions > Export CSV; French UI, a Lille concert-ticketing site\'s card transactions)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frDTS(o.at), ['timestamp']],
    ['ID transaction', (c, o) => `A${(+o.id * 977).toString(36).toUpperCase()}${pad(+o.id % 1000, 3)}`, [OR('payments[0].transactionID'), '_id']],
    ['Référence commande', (c, o) => `TKT-${o.id}`, [OR('purchaseID')]],
    ['Type d\'opération', (c, o) => DL_OP[+o.id % DL_OP.length], [], opt],
    ['Code retour', (c, o) => dlRc(o)[0], [], opt],
    ['Message', (c, o) => dlRc(o)[1], []],
    ['Montant', (c, o) => eur(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Description', (c, o) => DL_EVENTS[+o.id % DL_EVENTS.length], [], opt],
    ['Identifiant client', (c) => `cli-${n(c)}`, [], opt],
    ['Email client', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Porteur', (c) => c.full.toUpperCase(), []],
    ['Marque de carte', (c) => cardOf(c), [OR('payments[0].paymentType')], opt],
    ['Numéro de carte', (c) => masked(c), []],
    ['Date de validité', (c) => `${pad(1 + n(c) % 12)}-${26 + n(c) % 5}`, []],
    ['Pays de la carte', (c) => pick(c, ['FR', 'FR', 'FR', 'BE']), [], opt],
    ['3-D Secure', (c) => (n(c) % 5 ? 'Oui' : 'Non'), [], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Pays IP', (c) => pick(c, ['FR', 'FR', 'FR', 'BE']), [], opt],
    ['Identifiant du compte', () => 'LILLE-LIVE-BOUTIQUE', []],
    ['Date de remise', (c, o) => (dlRc(o)[0] === '0000' ? frD(o.at + day) : ''), [], opt],
  ] },
  { name: 'paygreen-transactions-fr', product: 'PayGreen (Back-office > Transactions > Exporter, CSV; French UI, a Montpellier zero-waste grocery e-shop, with meal-voucher payments and the round-up donation)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Identifiant', (c, o) => `tr_${(+o.id * 104729).toString(16)}${pad(+o.id % 100)}`, [OR('payments[0].transactionID'), '_id']],
    ['Date de création', (c, o) => isoZ(o.at), ['timestamp', OR('createdDate')]],
    ['Date de paiement', (c, o) => (pgSt(o) === 'Échouée' || pgSt(o) === 'En attente' ? '' : isoZ(o.at + 40000)), [], opt],
    ['Statut', (c, o) => pgSt(o), [], opt],
    ['Type', (c, o) => PG_TYPE[+o.id % PG_TYPE.length], [], opt],
    ['Moyen de paiement', (c, o) => PG_PM[+o.id % PG_PM.length], [OR('payments[0].paymentType')]],
    ['Montant (€)', (c, o) => eur(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Montant remboursé (€)', (c, o) => eur(pgSt(o) === 'Remboursée' ? o.total : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Frais (€)', (c, o) => eur(0.25 + o.total * 0.012), []],
    ['Arrondi solidaire (€)', (c, o) => eur(+o.id % 3 ? 0 : Math.ceil(o.total) - o.total), []],
    ['Référence commande', (c, o) => `CMD-${o.id}`, [OR('purchaseID')]],
    ['Description', (c, o) => `Commande CMD-${o.id}`, []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => e164(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse', (c) => c.street, [BILL('street1')]],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville', (c) => c.city, [BILL('city')]],
    ['Pays', () => 'FR', [BILL('countryCode')]],
    ['CO2 compensé (kg)', (c, o) => (o.total * 0.004).toFixed(3).replace('.', ','), []],
  ] },
  { name: 'yavin-transactions-fr', product: 'Yavin (Dashboard > Transactions > Exporter, CSV; French UI, a Lyon bakery chain\'s Android card terminals in three shops)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frD(o.at), ['timestamp'], opt],
    ['Heure', (c, o) => hms(o.at), [], opt],
    ['ID transaction', (c, o) => `${(+o.id * 2654435761 % 4294967296).toString(16)}-${pad(+o.id % 10000, 4)}`, [OR('payments[0].transactionID'), '_id']],
    ['Établissement', (c, o) => YV_SHOP[+o.id % YV_SHOP.length], [], opt],
    ['Terminal', (c, o) => `YVN-${pad(+o.id % 3 + 1, 2)}-${4410 + (+o.id % 3)}`, []],
    ['Vendeur', (c, o) => YV_STAFF[+o.id % YV_STAFF.length], []],
    ['Type', (c, o) => yvType(o), [], opt],
    ['Statut', (c, o) => (+o.id % 13 === 0 ? 'Refusée' : 'Acceptée'), [], opt],
    ['Montant', (c, o) => eur(yvAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Pourboire', (c, o) => eur(+o.id % 9 === 0 ? 1 : 0), []],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Moyen de paiement', (c, o) => YV_PM[+o.id % YV_PM.length], [OR('payments[0].paymentType')]],
    ['Réseau', (c) => pick(c, ['CB', 'CB', 'VISA', 'MASTERCARD']), [], opt],
    ['Carte', (c) => `**** **** **** ${pad(n(c) % 10000, 4)}`, []],
    ['N° d\'autorisation', (c, o) => (+o.id % 13 === 0 ? '' : String(100000 + (+o.id * 31) % 899999)), [], opt],
    ['Référence caisse', (c, o) => (+o.id % 2 ? `T${pad(+o.id % 100000, 6)}` : ''), [OR('purchaseID')], opt],
    ['Email ticket', (c) => (n(c) % 4 === 0 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['N° de remise', (c, o) => `R${frD(o.at).replace(/\//g, '')}${+o.id % 3 + 1}`, []],
  ] },

  // ---------------------------------------------------------------- B2B lead tools
  { name: 'pharow-leads-fr', product: 'Pharow (Listes > une liste > Exporter en CSV; French UI, a Lyon payroll-software vendor\'s list of HR and finance decision makers at French SMEs)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Poste', (c) => pick(c, PH_JOB), ['extendedWorkDetails.jobTitle']],
    ['Département', (c) => pick(c, PH_DEPT), ['extendedWorkDetails.departments[0]']],
    ['Séniorité', (c) => pick(c, PH_SEN), [], opt],
    ['Email professionnel', (c) => (pick(c, PH_EMST) === 'Non trouvé' ? '' : work(c)), ['workEmail.address']],
    ['Statut de l\'email', (c) => pick(c, PH_EMST), ['workEmail.status'], opt],
    ['Téléphone mobile', (c) => (n(c) % 3 ? '' : frMob(c)), ['mobilePhone.number']],
    ['Téléphone standard', (c) => frTel(c), ['workPhone.number'], opt],
    ['URL LinkedIn', (c) => li(c), []],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['SIREN', (c) => siren(c), [], opt],
    ['Code NAF', (c) => pick(c, PH_NAF)[0], []],
    ['Libellé NAF', (c) => pick(c, PH_NAF)[1], []],
    ['Effectif', (c) => pick(c, PH_EFF, 2), []],
    ['Chiffre d\'affaires', (c) => pick(c, PH_CA, 3), []],
    ['Site web', (c) => `https://www.${dom(c)}`, ['b2b.companyWebsite']],
    ['Adresse du siège', (c) => c.street, ['workAddress.street1']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Région', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Date de création de l\'entreprise', (c) => frD(c.birth + 30 * 365 * day), []],
    ['Ajouté le', (c) => frD(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  { name: 'datananas-prospects-fr', product: 'Datananas (Prospects > sélection > Exporter, CSV ;-separated; French UI, a Paris IT-services firm\'s outbound email sequences)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Email', (c) => work(c), ['workEmail.address', 'personalEmail.address']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Poste', (c) => pick(c, DN_JOB), ['extendedWorkDetails.jobTitle']],
    ['Téléphone', (c) => (n(c) % 2 ? frTel(c) : ''), ['workPhone.number', 'mobilePhone.number']],
    ['LinkedIn', (c) => (n(c) % 3 ? li(c) : ''), []],
    ['Site web', (c) => `www.${dom(c)}`, ['b2b.companyWebsite']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['Liste', (c) => pick(c, ['DSI PME IDF', 'Salon IT Partners 2024', 'DAF ETI Auvergne-Rhône-Alpes']), [], opt],
    ['Campagne', (c) => pick(c, DN_CMP), [], opt],
    ['Statut', (c) => pick(c, DN_ST), ['b2b.personStatus'], opt],
    ['Étape', (c) => `Étape ${1 + n(c) % 5}/5`, []],
    ['Intérêt', (c) => pick(c, DN_INT), [], opt],
    ['Emails envoyés', (c) => String(1 + n(c) % 5), []],
    ['Ouvertures', (c) => String(n(c) % 7), []],
    ['Clics', (c) => String(n(c) % 3), []],
    ['Réponses', (c) => (pick(c, DN_ST) === 'A répondu' ? '1' : '0'), []],
    ['Propriétaire', (c) => pick(c, DN_OWN), []],
    ['Tags', (c) => pick(c, ['', 'prioritaire', 'salon', 'prioritaire;relance']), []],
    ['Date de création', (c) => frDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière activité', (c) => frDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'magileads-contacts-fr', product: 'Magileads (Contacts > sélection > Exporter, Excel; French UI, a Marseille vocational-training organisation\'s B2B prospects)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['ID', (c) => String(5000000 + n(c)), B2BID],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Fonction', (c) => pick(c, MG_JOB), ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => pick(c, MG_SRV), ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => work(c), ['workEmail.address']],
    ['Statut email', (c) => pick(c, MG_EMST), ['workEmail.status'], opt],
    ['Tél. direct', (c) => frTel(c), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 ? '' : frMob(c)), ['mobilePhone.number']],
    ['Société', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['SIRET', (c) => `${siren(c)}000${pad(n(c) % 100)}`, [], opt],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['CP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city.toUpperCase(), ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['Secteur d\'activité', (c) => pick(c, MG_SECT), []],
    ['Tranche effectif', (c) => pick(c, PH_EFF), []],
    ['Score', (c) => String(n(c) % 100), ['b2b.personScore'], opt],
    ['Campagne', (c) => pick(c, ['Relance CPF printemps', 'Offre formation sécurité BTP', '']), [], opt],
    ['Statut', (c) => pick(c, MG_ST), ['b2b.personStatus'], opt],
    ['Désinscrit', (c) => (n(c) % 11 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Date d\'ajout', (c) => frD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière modification', (c) => frD(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
