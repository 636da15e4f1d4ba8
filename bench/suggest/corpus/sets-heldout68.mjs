// Round 68, heldout68: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products:
// French-language (France, Switzerland, Québec) CRM, marketing/e-mail/SMS tools, e-commerce customers and orders,
// support chat, loyalty, B2B lists, invoicing, POS and card payments, headers in French as each product's UI writes them.
import { E, B, P, v, at, HOME, WORK, B2BID, OR, PL, SHIP, GEO, opt } from './sets.mjs'
import { slug } from './values9.mjs'
import { pad, parts, shift } from './values.mjs'

// Paris / Geneva local time (summer time April-October, good enough for generated rows); Montréal local time
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const mtl = (ms) => shift(ms, dst(ms) ? -4 : -5)
const frD = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTs = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frHour = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}` }
const frHourS = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoLocal = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const qcDate = (ms) => { const p = mtl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const frNum = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const euro = (n) => `${frNum(n)} €`
const nr = (c) => +c.id
const onr = (o) => +o.id
const mob33 = (c) => `0${[6, 7][nr(c) % 2]} ${pad(nr(c) % 100)} ${pad((nr(c) >> 2) % 100)} ${pad((nr(c) >> 4) % 100)} ${pad((nr(c) >> 6) % 100)}`
const intl33 = (c) => `33${[6, 7][nr(c) % 2]}${pad(nr(c) % 100)}${pad((nr(c) >> 2) % 100)}${pad((nr(c) >> 4) % 100)}${pad((nr(c) >> 6) % 100)}`
const civ = (c) => (c.female ? 'Mme' : 'M.')

// Koban CRM: a Nantes packaging distributor's contacts at its customer and prospect companies (Koban > Contacts > Exporter, Excel; French UI).
const KB_CO = [['Biscuiterie de l\'Océan', 'biscuiterie-ocean.fr', 'Industrie agroalimentaire'], ['Transports Guérin SAS', 'transports-guerin.fr', 'Transport et logistique'], ['Fromagerie Lebreton', 'fromagerie-lebreton.fr', 'Industrie agroalimentaire'], ['Cosmétiques Arvor SARL', 'arvor-cosmetiques.com', 'Cosmétique'], ['Brasserie du Vieux Port', 'brasserieduvieuxport.fr', 'Boissons'], ['Menuiserie Pichon', 'menuiserie-pichon.fr', 'Bâtiment']]
const kbCo = (c) => KB_CO[nr(c) % KB_CO.length]
const KB_FONC = ['Responsable achats', 'Directeur général', 'Responsable logistique', 'Gérant', 'Acheteuse', 'Responsable qualité']
const KB_SERV = ['Achats', 'Direction', 'Logistique', 'Qualité', 'Production']
const KB_TYPE = ['Client', 'Client', 'Prospect', 'Suspect', 'Ancien client']
const KB_ORIG = ['Salon', 'Site web', 'Recommandation', 'Prospection téléphonique', 'LinkedIn']
const siret = (c) => `${String(300000000 + nr(c) * 37 % 599999999)}000${pad(nr(c) % 90 + 10)}`
// Digitaleo: a network of optician shops' customer contacts (Digitaleo > Contacts > Exporter, CSV; French UI, store networks).
const DG_MAG = ['Rennes Centre', 'Brest Siam', 'Vannes Port', 'Saint-Malo Intra-Muros', 'Lorient Merville']
const DG_LISTES = ['Clients magasin', 'Clients magasin;Relance lentilles', 'Jeu concours été', 'Clients magasin;Anniversaire']
// Infomaniak Newsletter: a Lausanne theatre's subscribers (Infomaniak Manager > Newsletter > Abonnés > Exporter, CSV; French UI, Swiss subscribers).
const CH_CITY = [['Lausanne', '1003', 'VD'], ['Genève', '1204', 'GE'], ['Neuchâtel', '2000', 'NE'], ['Fribourg', '1700', 'FR'], ['Sion', '1950', 'VS'], ['Yverdon-les-Bains', '1400', 'VD'], ['Montreux', '1820', 'VD']]
const ch = (c) => CH_CITY[nr(c) % CH_CITY.length]
const chMob = (c) => `+41 7${[6, 7, 8, 9][nr(c) % 4]} ${String(100 + nr(c) % 900)} ${pad((nr(c) >> 3) % 100)} ${pad((nr(c) >> 5) % 100)}`
const IM_STAT = ['Abonné', 'Abonné', 'Abonné', 'Désabonné', 'Abonné', 'Erreur (bounce)']
const imStat = (c) => IM_STAT[nr(c) % IM_STAT.length]
const IM_GRP = ['Saison 2024-2025', 'Saison 2024-2025, Jeune public', 'Abonnés théâtre', 'Presse', 'Saison 2024-2025, Abonnés théâtre']
const chStreet = (c) => `${['Avenue de la Gare', 'Rue du Petit-Chêne', 'Chemin des Pâquis', 'Rue de Lausanne', 'Avenue de Rumine', 'Rue du Simplon'][nr(c) % 6]} ${nr(c) % 60 + 1}`
// SMSFactor: a Bordeaux fashion retailer's SMS campaign report, one row per recipient (SMSFactor > Campagnes > Statistiques > Exporter, CSV; French UI).
const SF_CAMP = ['Soldes d\'été -50%', 'Vente privée VIP', 'Nouvelle collection automne', 'Black Friday', 'Relance panier']
const SF_STAT = ['Délivré', 'Délivré', 'Délivré', 'Délivré', 'Non délivré', 'En attente', 'Délivré', 'STOP']
const sfStat = (o) => SF_STAT[onr(o) % SF_STAT.length]
const SF_OP = ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile']
// iAdvize: a French home-appliance e-shop's chat and messaging conversations (iAdvize > Statistiques > Conversations > Exporter, CSV; French UI).
const IA_CANAL = ['Chat', 'Chat', 'WhatsApp', 'Messenger', 'Appel', 'Chat']
const IA_OPS = ['Sophie L.', 'Karim B.', 'Expert iAdvize - Julien', 'Aurélie M.', 'Bot IA']
const IA_PAGES = ['https://www.electro-maison.fr/', 'https://www.electro-maison.fr/lave-linge/hublot', 'https://www.electro-maison.fr/refrigerateur-americain', 'https://www.electro-maison.fr/panier', 'https://www.electro-maison.fr/aide/livraison']
const IA_REF = ['https://www.google.fr/', '', 'https://www.idealo.fr/', 'https://www.facebook.com/', 'https://www.leboncoin.fr/']
const IA_SRC = ['Moteur de recherche', 'Accès direct', 'Comparateur', 'Réseaux sociaux', 'Campagne e-mail']
const IA_TAGS = ['', 'livraison', 'SAV;garantie', 'avant-vente', 'retour produit']
const iaCanal = (o) => IA_CANAL[onr(o) % IA_CANAL.length]
// GoodBarber: a Montpellier bakery's app-shop customers (GoodBarber back office > Clients > Exporter, CSV; French UI).
const GB_CANAL = ['App iOS', 'App Android', 'Site web (PWA)', 'App iOS']
const gbOrders = (c) => nr(c) % 23
// Sellermania: a Lyon toy seller's marketplace orders, one row per order line (Sellermania > Commandes > Export des commandes, CSV; French UI).
const SM_MP = ['Amazon.fr', 'Cdiscount', 'Fnac', 'Rakuten', 'ManoMano', 'Amazon.fr']
const SM_GOODS = [['JEU-PUZ-1000-CHAT', '3760123451014', 'Puzzle 1000 pièces Chats de Paris', 14.9], ['PEL-RUB-45', '3760123452202', 'Peluche lapin 45 cm beige', 24.5], ['JEU-SOC-ECH', '3760123453308', 'Jeu d\'échecs magnétique de voyage', 19.99], ['CONS-KAPLA-200', '3760123454411', 'Planchettes en bois 200 pièces', 39], ['DINO-ROBOT-RC', '3760123455500', 'Dinosaure robot télécommandé', 49.9], ['LIVRE-CAHIER-MS', '3760123456606', 'Cahier d\'activités moyenne section', 6.5]]
const smG = (o) => SM_GOODS[onr(o) % SM_GOODS.length]
const SM_CARR = ['Colissimo', 'Mondial Relay', 'Chronopost', 'Colissimo', 'DPD']
const SM_STAT = ['Expédiée', 'Expédiée', 'À expédier', 'Livrée', 'Annulée', 'Expédiée']
const smStat = (o) => SM_STAT[onr(o) % SM_STAT.length]
const smQty = (o) => 1 + onr(o) % 3
const smPort = (o) => [0, 4.9, 6.5, 0, 3.9][onr(o) % 5]
const smLine = (o) => +(smG(o)[3] * smQty(o)).toFixed(2)
// Flying Blue: a French hotel group's miles-accrual report sent to Air France-KLM (Flying Blue partner extranet > Rapports d'accumulation > Exporter, Excel; French UI).
const FB_NIV = ['Explorer', 'Explorer', 'Silver', 'Gold', 'Platinum', 'Explorer', 'Ultimate']
const FB_HOTEL = ['Paris Opéra', 'Lyon Part-Dieu', 'Nice Promenade', 'Bordeaux Chartrons', 'Strasbourg Cathédrale']
const fbNights = (o) => 1 + onr(o) % 4
const fbRev = (o) => fbNights(o) * [129, 149, 189, 99, 159][onr(o) % 5]
const FB_STAT = ['Crédité', 'Crédité', 'Crédité', 'Rejeté', 'En attente']
const fbStat = (o) => FB_STAT[onr(o) % FB_STAT.length]
// Icriq: a Montréal automation supplier's list of Québec manufacturers and their leaders (Icriq.com > Recherche avancée > Exporter la liste, Excel; French UI).
const QC = { first: ['Marc-André', 'Sylvain', 'Stéphane', 'Martin', 'Jean-François', 'Mathieu'], firstF: ['Josée', 'Nathalie', 'Isabelle', 'Julie', 'Geneviève', 'Marie-Ève'], last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger'] }
const QC_CITY = [['Montréal', 'H2X 1Y4', 'Montréal', '514'], ['Laval', 'H7T 2P5', 'Laval', '450'], ['Québec', 'G1K 3A9', 'Capitale-Nationale', '418'], ['Sherbrooke', 'J1H 4B6', 'Estrie', '819'], ['Trois-Rivières', 'G9A 5H3', 'Mauricie', '819'], ['Saint-Hyacinthe', 'J2S 2J9', 'Montérégie', '450'], ['Drummondville', 'J2B 6V9', 'Centre-du-Québec', '819']]
const QC_CO = [['Usinage Beauce Précision inc.', 'usinagebeauce.ca', 'Fabrication de produits métalliques', '332710'], ['Les Aliments Boréal ltée', 'alimentsboreal.com', 'Fabrication d\'aliments', '311990'], ['Plastiques Laurentides inc.', 'plastiqueslaurentides.ca', 'Fabrication de produits en plastique', '326198'], ['Meubles Riverin inc.', 'meublesriverin.com', 'Fabrication de meubles', '337123'], ['Emballages Saint-Laurent inc.', 'emballagesstlaurent.ca', 'Fabrication de produits en papier', '322211'], ['Acier Mauricie ltée', 'aciermauricie.com', 'Première transformation des métaux', '331110']]
const QC_TITRE = ['Président', 'Directeur des achats', 'Directrice de l\'usine', 'Vice-président aux opérations', 'Directeur de la production', 'Présidente-directrice générale']
const qc = (c) => {
  const r = v.rng(nr(c) * 13 + 7)
  const first = v.pick(r, c.female ? QC.firstF : QC.first), last = v.pick(r, QC.last)
  const city = QC_CITY[nr(c) % QC_CITY.length], co = QC_CO[(nr(c) >> 1) % QC_CO.length]
  return { first, last, city, co, a: v.int(r, 200, 989), b: v.int(r, 1000, 9999), no: v.int(r, 10, 9999) }
}
const qcTel = (c) => `${qc(c).city[3]} ${qc(c).a}-${qc(c).b}`
// facturation.pro: a Grenoble web agency's invoices (facturation.pro > Factures > Exporter, CSV; French UI, one row per invoice).
const FP_OBJ = ['Maintenance site web - mars', 'Refonte site vitrine', 'Hébergement annuel', 'Formation WordPress (2 jours)', 'Campagne Google Ads - gestion', 'Développement module de réservation']
const FP_MODE = ['Virement', 'Chèque', 'Carte bancaire', 'Prélèvement', 'Virement']
const FP_CAT = ['Développement', 'Maintenance', 'Formation', 'Hébergement', '']
const fpHT = (o) => [450, 3200, 240, 1400, 680, 5150][onr(o) % 6]
const fpPaid = (o) => onr(o) % 4 !== 0
// Innovorder: a Paris burger chain's orders across kiosks, counter and delivery (Innovorder back-office > Commandes > Exporter, CSV; French UI).
const IO_CANAL = ['Borne', 'Caisse', 'Click & Collect', 'Uber Eats', 'Borne', 'Deliveroo', 'Site web']
const IO_MODE = ['Sur place', 'À emporter', 'Livraison']
const IO_REST = ['Paris 11 - Oberkampf', 'Paris 9 - Saint-Lazare', 'Boulogne-Billancourt', 'La Défense', 'Paris 15 - Convention']
const IO_PROD = ['Menu Classic Burger, Coca-Cola 33cl', 'Menu Veggie, Limonade', 'Cheese Burger, Frites maison, Cookie', 'Menu Kids, Compote', 'Bacon Burger, Frites patate douce, Milkshake vanille']
const IO_PAY = ['CB', 'CB', 'Espèces', 'Titre-restaurant', 'Apple Pay', 'Paiement en ligne']
const ioCanal = (o) => IO_CANAL[onr(o) % IO_CANAL.length]
const ioTTC = (o) => +(8.5 + (onr(o) % 40) * 0.75).toFixed(2)
// Smile&Pay: a Toulouse florist's card-terminal transactions (Smile&Pay espace client > Mes transactions > Exporter, CSV; French UI).
const SP_MOY = ['CB', 'Visa', 'Mastercard', 'CB', 'American Express', 'CB']
const SP_LECT = ['Sans contact', 'Puce', 'Sans contact', 'Apple Pay', 'Google Pay', 'Sans contact']
const SP_TYPE = ['Paiement', 'Paiement', 'Paiement', 'Paiement', 'Remboursement', 'Paiement', 'Paiement']
const spType = (o) => SP_TYPE[onr(o) % SP_TYPE.length]
const spAmt = (o) => +(6 + (onr(o) % 57) * 1.35).toFixed(2)
const spFee = (o) => +(spAmt(o) * 0.0175).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- CRM / B2B
  { name: 'koban-contacts-export-fr', product: 'Koban CRM (Koban > Contacts > Exporter, Excel; French UI, a Nantes packaging distributor\'s contacts at customer and prospect companies)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Code contact', (c) => `CT${String(nr(c)).padStart(7, '0')}`, B2BID],
    ['Compte', (c) => kbCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Code compte', (c) => `CL${String(1000 + nr(c) % 900)}`, ['b2b.accountKey.sourceID'], opt],
    ['Type de compte', (c) => KB_TYPE[nr(c) % KB_TYPE.length], [], opt],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Fonction', (c) => KB_FONC[nr(c) % KB_FONC.length], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => KB_SERV[nr(c) % KB_SERV.length], ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => `${slug(c.first[0])}.${slug(c.last)}@${kbCo(c)[1]}`, ['workEmail.address']],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Portable', (c) => mob33(c), ['mobilePhone.number']],
    ['Adresse', (c) => c.street, at(WORK, 'street1')],
    ['Complément d\'adresse', (c) => (nr(c) % 4 === 0 ? `ZA de la Chapelle, bât. ${'ABC'[nr(c) % 3]}` : ''), at(WORK, 'street2')],
    ['Code postal', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(WORK, 'city')],
    ['Pays', () => 'France', at(WORK, 'country')],
    ['Site web', (c) => `www.${kbCo(c)[1]}`, ['b2b.companyWebsite']],
    ['SIRET', (c) => siret(c), [], opt],
    ['Secteur d\'activité', (c) => kbCo(c)[2], [], opt],
    ['Commercial', (c) => ['Yann Le Goff', 'Claire Bodin', 'Thomas Hervé'][nr(c) % 3], []],
    ['Origine', (c) => KB_ORIG[nr(c) % KB_ORIG.length], ['b2b.personSource'], opt],
    ['Opt-in email', (c) => (c.bool ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Créé le', (c) => frD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modifié le', (c) => frD(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Commentaire', (c) => ['', '', 'Rappeler après le salon', 'Devis cartons en cours'][nr(c) % 4], []],
  ] },
  { name: 'icriq-liste-entreprises-fr', product: 'Icriq (CRIQ\'s directory of Québec manufacturers: Icriq.com > Recherche avancée > Exporter la liste, Excel; French UI, a Montréal automation supplier\'s list of plants and their leaders)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['NEQ', (c) => String(1140000000 + nr(c) * 17 % 9999999), ['b2b.accountKey.sourceID'], opt],
    ['Nom de l\'entreprise', (c) => qc(c).co[0], ['b2b.companyName', 'organizations[0]']],
    ['Adresse', (c) => `${qc(c).no}, ${['boulevard Industriel', 'rue Principale', 'rue de l\'Église', 'avenue du Parc', 'chemin du Lac'][nr(c) % 5]}`, at(WORK, 'street1')],
    ['Ville', (c) => qc(c).city[0], at(WORK, 'city')],
    ['Province', () => 'QC', at(WORK, 'stateProvince')],
    ['Code postal', (c) => qc(c).city[1], at(WORK, 'postalCode')],
    ['Région administrative', (c) => qc(c).city[2], [], opt],
    ['Téléphone', (c) => qcTel(c), ['workPhone.number']],
    ['Télécopieur', (c) => (nr(c) % 3 ? `${qc(c).city[3]} ${qc(c).a}-${String(qc(c).b + 1).slice(-4)}` : ''), ['faxPhone.number']],
    ['Sans frais', (c) => (nr(c) % 4 === 0 ? `1 800 ${qc(c).a}-${qc(c).b}` : ''), [], opt],
    ['Site Web', (c) => `www.${qc(c).co[1]}`, ['b2b.companyWebsite']],
    ['Courriel', (c) => `info@${qc(c).co[1]}`, ['workEmail.address'], opt],
    ['Année de fondation', (c) => String(1948 + nr(c) % 70), []],
    ['Nombre d\'employés', (c) => ['10 à 19', '20 à 49', '50 à 99', '100 à 199', '200 à 499'][nr(c) % 5], [], opt],
    ['Code SCIAN', (c) => qc(c).co[3], [], opt],
    ['Activité principale', (c) => qc(c).co[2], [], opt],
    ['Exportateur', (c) => (c.bool ? 'Oui' : 'Non'), []],
    ['Certification', (c) => ['ISO 9001:2015', '', 'SQF', 'ISO 14001', ''][nr(c) % 5], []],
    ['Prénom du dirigeant', (c) => qc(c).first, ['person.name.firstName']],
    ['Nom du dirigeant', (c) => qc(c).last, ['person.name.lastName']],
    ['Titre', (c) => QC_TITRE[nr(c) % QC_TITRE.length], ['extendedWorkDetails.jobTitle']],
    ['Courriel du dirigeant', (c) => (nr(c) % 5 ? `${slug(qc(c).first)}.${slug(qc(c).last)}@${qc(c).co[1]}` : ''), ['workEmail.address']],
    ['Date de mise à jour', (c) => qcDate(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketing, e-mail and SMS
  { name: 'digitaleo-contacts-export-fr', product: 'Digitaleo (Digitaleo > Contacts > Exporter, CSV; French UI, a Breton optician network\'s customer contacts per store)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => String(nr(c) * 7), ['_id', 'personID']],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (nr(c) % 6 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Mobile', (c) => `+${intl33(c)}`, ['mobilePhone.number']],
    ['Téléphone fixe', (c) => (nr(c) % 3 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'FR', at(HOME, 'countryCode')],
    ['Date de naissance', (c) => (nr(c) % 4 === 0 ? '' : frD(c.birth)), ['person.birthDate'], opt],
    ['Magasin', (c) => DG_MAG[nr(c) % DG_MAG.length], [], opt],
    ['N° carte fidélité', (c) => (c.bool ? `OPT${String(nr(c)).padStart(8, '0')}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['Date dernier achat', (c) => frD(c.updated), [], opt],
    ['Optin email', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Optin SMS', (c) => (nr(c) % 5 === 0 ? '0' : '1'), [], opt],
    ['Listes', (c) => DG_LISTES[nr(c) % DG_LISTES.length], [], opt],
    ['Source', (c) => ['Caisse', 'Formulaire web', 'Import', 'Jeu concours'][nr(c) % 4], [], opt],
    ['Date de création', (c) => frDT(c.created), [], opt],
    ['Date de modification', (c) => frDT(c.updated), [], opt],
  ] },
  { name: 'infomaniak-newsletter-abonnes-fr', product: 'Infomaniak Newsletter (Infomaniak Manager > Newsletter > Abonnés > Exporter, CSV; French UI, a Lausanne theatre\'s subscribers with its custom fields)', family: 'email', language: 'fr', schema: P, cols: [
    ['Adresse e-mail', (c) => `${slug(c.first)}.${slug(c.last)}${nr(c) % 90}@${['bluewin.ch', 'gmail.com', 'sunrise.ch', 'hotmail.ch'][nr(c) % 4]}`, ['personalEmail.address']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Statut', (c) => imStat(c), ['personalEmail.status'], opt],
    ['Groupes', (c) => IM_GRP[nr(c) % IM_GRP.length], [], opt],
    ['Date d\'ajout', (c) => isoLocal(c.created), [], opt],
    ['Date de désinscription', (c) => (imStat(c) === 'Désabonné' ? isoLocal(c.updated) : ''), [], opt],
    ['Source', (c) => ['Formulaire', 'Import', 'Billetterie', 'Ajout manuel'][nr(c) % 4], [], opt],
    ['Langue', () => 'fr', [], opt],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Date de naissance', (c) => (nr(c) % 3 === 0 ? '' : (() => { const p = parts(c.birth); return `${pad(p.d)}.${pad(p.m)}.${p.y}` })()), ['person.birthDate'], opt],
    ['Téléphone', (c) => chMob(c), ['mobilePhone.number']],
    ['Adresse', (c) => chStreet(c), at(HOME, 'street1')],
    ['NPA', (c) => ch(c)[1], at(HOME, 'postalCode')],
    ['Localité', (c) => ch(c)[0], at(HOME, 'city')],
    ['Canton', (c) => ch(c)[2], at(HOME, 'stateProvince')],
    ['Pays', () => 'Suisse', at(HOME, 'country')],
    ['Abonnement', (c) => ['Abonnement 6 spectacles', '', 'Carte 20 ans / 20 francs', 'Abonnement libre'][nr(c) % 4], [], opt],
    ['Ouvertures', (c) => String(nr(c) % 31), []],
    ['Clics', (c) => String(nr(c) % 9), []],
    ['Dernière ouverture', (c) => (nr(c) % 31 ? isoLocal(c.updated) : ''), [], opt],
  ] },
  { name: 'smsfactor-statistiques-envoi-fr', product: 'SMSFactor (SMSFactor > Campagnes > Statistiques > Exporter, CSV; French UI, a Bordeaux fashion retailer\'s SMS campaigns, one row per recipient)', family: 'email', language: 'fr', schema: E, cols: [
    ['ID campagne', (c, o) => String(2400000 + onr(o) % 5 * 113), ['marketing.trackingCode'], opt],
    ['Campagne', (c, o) => SF_CAMP[onr(o) % SF_CAMP.length], ['marketing.campaignName']],
    ['Ticket', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id'], opt],
    ['Expéditeur', () => 'LAMODEBX', [], opt],
    ['Date d\'envoi', (c, o) => frDTs(o.at), ['timestamp']],
    ['Numéro', (c) => intl33(c), ['endUserIDs._experience.phonenumberid.id']],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['Message', (c, o) => `${c.first}, ${SF_CAMP[onr(o) % SF_CAMP.length]} chez La Mode BX ! En boutique et sur lamodebx.fr STOP au 36111`, [], opt],
    ['Nombre de SMS', (c, o) => String(1 + onr(o) % 2), []],
    ['Type', (c, o) => (onr(o) % 5 === 4 ? 'Transactionnel' : 'Marketing'), [], opt],
    ['Statut', (c, o) => sfStat(o), [], opt],
    ['Date de réception', (c, o) => (sfStat(o) === 'Délivré' ? frDTs(o.at + 4000 + onr(o) % 50000) : ''), [], opt],
    ['Opérateur', (c) => SF_OP[nr(c) % SF_OP.length], ['environment.carrier'], opt],
    ['Pays', () => 'FR', [], opt],
    ['Coût (crédits)', (c, o) => comma((1 + onr(o) % 2) * 0.045), []],
    ['Lien court', (c, o) => `https://smsf.co/${v.alnum(v.rng(onr(o)), 6)}`, [], opt],
    ['Clics', (c, o) => String(onr(o) % 3 === 0 ? 1 : 0), []],
    ['Désinscrit', (c, o) => (sfStat(o) === 'STOP' ? 'Oui' : 'Non'), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'iadvize-conversations-export-fr', product: 'iAdvize (iAdvize > Statistiques > Conversations > Exporter, CSV; French UI, a French home-appliance e-shop\'s chat, messaging and call conversations)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID conversation', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Date de début', (c, o) => frDTs(o.at), ['timestamp']],
    ['Date de fin', (c, o) => frDTs(o.at + (60 + onr(o) % 1500) * 1000), [], opt],
    ['Durée (s)', (c, o) => String(60 + onr(o) % 1500), [], opt],
    ['Canal', (c, o) => iaCanal(o), [], opt],
    ['Site', () => 'electro-maison.fr', ['web.webPageDetails.server'], opt],
    ['Règle de ciblage', (c, o) => ['Panier > 300 €', 'Page produit > 30 s', 'Page aide livraison', 'Bouton contact'][onr(o) % 4], [], opt],
    ['Opérateur', (c, o) => IA_OPS[onr(o) % IA_OPS.length], []],
    ['Groupe d\'opérateurs', (c, o) => ['Avant-vente', 'SAV', 'Experts produit'][onr(o) % 3], []],
    ['ID visiteur', (c, o, r) => v.hex(r, 24), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Nom du visiteur', (c, o) => (onr(o) % 3 ? `${c.first} ${c.last[0]}.` : ''), []],
    ['E-mail du visiteur', (c, o) => (onr(o) % 3 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone du visiteur', (c, o) => (iaCanal(o) === 'Appel' || iaCanal(o) === 'WhatsApp' ? `+${intl33(c)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Page de démarrage', (c, o) => IA_PAGES[onr(o) % IA_PAGES.length], ['web.webPageDetails.URL']],
    ['Référent', (c, o) => IA_REF[onr(o) % IA_REF.length], ['web.webReferrer.URL']],
    ['Source de trafic', (c, o) => IA_SRC[onr(o) % IA_SRC.length], [], opt],
    ['Campagne', (c, o) => (onr(o) % 5 === 4 ? 'newsletter_soldes_janvier' : ''), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Appareil', (c, o) => ['Ordinateur', 'Mobile', 'Tablette', 'Mobile'][onr(o) % 4], ['device.type']],
    ['Navigateur', (c, o) => ['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet'][onr(o) % 5], ['environment.browserDetails.name']],
    ['Système d\'exploitation', (c, o) => ['Windows', 'iOS', 'Android', 'macOS'][onr(o) % 4], ['environment.operatingSystem']],
    ['Pays', (c, o) => ['France', 'France', 'France', 'Belgique', 'Suisse'][onr(o) % 5], [GEO('countryCode')], opt],
    ['Ville', (c) => c.city, [GEO('city')]],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Temps de première réponse (s)', (c, o) => String(5 + onr(o) % 90), []],
    ['Nombre de messages', (c, o) => String(3 + onr(o) % 25), []],
    ['Satisfaction', (c, o) => (onr(o) % 3 === 0 ? '' : String(1 + onr(o) % 5)), [], opt],
    ['Tags', (c, o) => IA_TAGS[onr(o) % IA_TAGS.length], []],
    ['Conversion', (c, o) => (onr(o) % 4 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Montant de la commande', (c, o) => (onr(o) % 4 === 0 ? comma(o.total * 6) : ''), [OR('priceTotal')], opt],
    ['N° de commande', (c, o) => (onr(o) % 4 === 0 ? `EM${o.id}` : ''), [OR('purchaseID')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce
  { name: 'goodbarber-clients-export-fr', product: 'GoodBarber (GoodBarber back office > Clients > Exporter, CSV; French UI, a Montpellier bakery\'s app-shop customers)', family: 'ecommerce-customers', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(nr(c)), ['_id', 'personID']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c) => mob33(c), ['mobilePhone.number', 'homePhone.number']],
    ['Date d\'inscription', (c) => frDT(c.created), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Canal d\'acquisition', (c) => GB_CANAL[nr(c) % GB_CANAL.length], [], opt],
    ['Nombre de commandes', (c) => String(gbOrders(c)), []],
    ['Total dépensé', (c) => euro(gbOrders(c) * 18.4), ['loyalty.lifetimePurchases'], opt],
    ['Panier moyen', (c) => (gbOrders(c) ? euro(18.4) : '0,00 €'), []],
    ['Date de la dernière commande', (c) => (gbOrders(c) ? frD(c.updated) : ''), [], opt],
    ['Dernière commande', (c) => (gbOrders(c) ? `#${1000 + nr(c) % 8000}` : ''), [], opt],
    ['Adresse de facturation', (c) => c.street, at(['billingAddress'], 'street1')],
    ['Complément (facturation)', (c) => (nr(c) % 5 === 0 ? `Bât. ${'ABC'[nr(c) % 3]}, apt ${nr(c) % 40}` : ''), at(['billingAddress'], 'street2')],
    ['Code postal (facturation)', (c) => c.postcode, at(['billingAddress'], 'postalCode')],
    ['Ville (facturation)', (c) => c.city, at(['billingAddress'], 'city')],
    ['Pays (facturation)', () => 'France', at(['billingAddress'], 'country')],
    ['Adresse de livraison', (c) => (nr(c) % 3 === 0 ? '' : c.street), at(['shippingAddress'], 'street1')],
    ['Code postal (livraison)', (c) => (nr(c) % 3 === 0 ? '' : c.postcode), at(['shippingAddress'], 'postalCode')],
    ['Ville (livraison)', (c) => (nr(c) % 3 === 0 ? '' : c.city), at(['shippingAddress'], 'city')],
    ['Pays (livraison)', (c) => (nr(c) % 3 === 0 ? '' : 'France'), at(['shippingAddress'], 'country')],
    ['Note', (c) => ['', '', 'Sans gluten', 'Livrer avant 8h'][nr(c) % 4], []],
  ] },
  { name: 'sellermania-commandes-export-fr', product: 'Sellermania (Sellermania > Commandes > Export des commandes, CSV; French UI, a Lyon toy seller\'s marketplace orders, one row per order line)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Marketplace', (c, o) => SM_MP[onr(o) % SM_MP.length], [], opt],
    ['N° commande marketplace', (c, o, r) => (SM_MP[onr(o) % SM_MP.length] === 'Amazon.fr' ? `40${v.int(r, 1, 9)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : `${String(onr(o) * 7919).padStart(10, '0')}`), [OR('purchaseID')]],
    ['N° commande Sellermania', (c, o) => `SM${String(onr(o)).padStart(8, '0')}`, [OR('purchaseID'), '_id'], opt],
    ['Date de commande', (c, o) => frDTs(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => smStat(o), [], opt],
    ['SKU', (c, o) => smG(o)[0], [PL('SKU')]],
    ['EAN', (c, o) => smG(o)[1], [], opt],
    ['Titre', (c, o) => smG(o)[2], [PL('name')]],
    ['Quantité', (c, o) => String(smQty(o)), [PL('quantity')]],
    ['Prix unitaire', (c, o) => comma(smG(o)[3]), [], opt],
    ['Prix total', (c, o) => comma(smLine(o)), [PL('priceTotal')]],
    ['Frais de port', (c, o) => comma(smPort(o)), ['commerce.shipping.shippingAmount']],
    ['Total commande', (c, o) => comma(smLine(o) + smPort(o)), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Commission', (c, o) => comma(+(smLine(o) * 0.15).toFixed(2)), []],
    ['Acheteur', (c) => `${c.first} ${c.last}`, []],
    ['E-mail acheteur', (c, o, r) => { const mp = SM_MP[onr(o) % SM_MP.length]; return mp === 'Amazon.fr' ? `${v.alnum(r, 12).toLowerCase()}@marketplace.amazon.fr` : mp === 'Cdiscount' ? `${v.alnum(r, 10).toLowerCase()}@clients.cdiscount.com` : c.email }, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone acheteur', (c) => mob33(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nom livraison', (c) => `${c.first} ${c.last}`, []],
    ['Adresse livraison 1', (c) => c.street, [SHIP('street1')]],
    ['Adresse livraison 2', (c) => (nr(c) % 4 === 0 ? 'Résidence Les Tilleuls' : ''), [SHIP('street2')]],
    ['Code postal livraison', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville livraison', (c) => c.city, [SHIP('city')]],
    ['Pays livraison', () => 'FR', [SHIP('countryCode')]],
    ['Mode de livraison', (c, o) => ['Standard', 'Standard', 'Express', 'Point relais'][onr(o) % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Transporteur', (c, o) => SM_CARR[onr(o) % SM_CARR.length], ['commerce.shipping.shippingMethod'], opt],
    ['N° de suivi', (c, o, r) => (smStat(o) === 'Expédiée' || smStat(o) === 'Livrée' ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Date d\'expédition', (c, o) => (smStat(o) === 'Expédiée' || smStat(o) === 'Livrée' ? frD(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'flyingblue-accumulation-partenaire-fr', product: 'Flying Blue (Air France-KLM: partner extranet > Rapports d\'accumulation > Exporter, Excel; French UI, a French hotel group\'s miles accruals for its guests)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Référence transaction', (c, o) => `HTL${o.id}${pad(onr(o) % 97)}`, [], opt],
    ['Numéro Flying Blue', (c) => String(1000000000 + nr(c) * 1733 % 999999999), ['loyalty.loyaltyID[0]']],
    ['Civilité', (c) => (c.female ? 'MME' : 'M'), ['person.name.courtesyTitle']],
    ['Nom', (c) => slug(c.last).toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => slug(c.first).toUpperCase(), ['person.name.firstName']],
    ['Niveau', (c) => FB_NIV[nr(c) % FB_NIV.length], ['loyalty.tier']],
    ['Programme', () => 'Flying Blue', ['loyalty.program']],
    ['Code partenaire', () => 'HTLGRPFR', [], opt],
    ['Hôtel', (c, o) => FB_HOTEL[onr(o) % FB_HOTEL.length], [], opt],
    ['Date d\'arrivée', (c, o) => frD(o.at), [], opt],
    ['Date de départ', (c, o) => frD(o.at + fbNights(o) * 86400000), [], opt],
    ['Nuits', (c, o) => String(fbNights(o)), []],
    ['Montant éligible (EUR)', (c, o) => comma(fbRev(o)), [], opt],
    ['Miles', (c, o) => String(fbNights(o) * 500 + (onr(o) % 3) * 250), ['loyalty.points', 'loyalty.promisedPoints'], opt],
    ['Miles bonus', (c, o) => (onr(o) % 5 === 0 ? '1000' : '0'), ['loyalty.adjustedPoints'], opt],
    ['Statut', (c, o) => fbStat(o), [], opt],
    ['Motif de rejet', (c, o) => (fbStat(o) === 'Rejeté' ? ['Nom non concordant', 'Numéro inconnu'][onr(o) % 2] : ''), []],
    ['Date d\'envoi', (c, o) => frD(o.at + 7 * 86400000), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing, POS, payments
  { name: 'facturationpro-factures-export-fr', product: 'facturation.pro (facturation.pro > Factures > Exporter, CSV; French UI, a Grenoble web agency\'s invoices, one row per invoice)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['Facture n°', (c, o) => `${parts(o.at).y}${pad(parts(o.at).m)}-${onr(o) % 60 + 1}`, [OR('purchaseID'), '_id']],
    ['Date de facture', (c, o) => frD(o.at), ['timestamp'], opt],
    ['Client', (c) => `${c.company}`, []],
    ['Nom de famille', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Email', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['Objet', (c, o) => FP_OBJ[onr(o) % FP_OBJ.length], [], opt],
    ['Catégorie', (c, o) => FP_CAT[onr(o) % FP_CAT.length], [], opt],
    ['Bon de commande', (c, o) => (onr(o) % 3 === 0 ? `BC-${onr(o) % 9000 + 1000}` : ''), [OR('purchaseOrderNumber')]],
    ['Montant total HT', (c, o) => comma(fpHT(o)), [], opt],
    ['TVA', (c, o) => comma(fpHT(o) * 0.2), [OR('taxAmount')]],
    ['Montant total TTC', (c, o) => comma(fpHT(o) * 1.2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Réduction globale', (c, o) => (onr(o) % 7 === 0 ? '10,0' : '0,0'), [], opt],
    ['Délai de paiement', () => '30 jours', []],
    ['Échéance', (c, o) => frD(o.at + 30 * 86400000), [], opt],
    ['Réglée le', (c, o) => (fpPaid(o) ? frD(o.at + (5 + onr(o) % 25) * 86400000) : ''), [], opt],
    ['Mode de règlement', (c, o) => (fpPaid(o) ? FP_MODE[onr(o) % FP_MODE.length] : ''), [OR('payments[0].paymentType')]],
    ['Référence du règlement', (c, o) => (fpPaid(o) && onr(o) % 2 ? `VIR${onr(o) * 13 % 1000000}` : ''), [OR('payments[0].transactionID')], opt],
    ['Géré par', () => 'Julie Perrin', []],
    ['Créé le', (c, o) => frDT(o.at), [OR('createdDate')], opt],
    ['Modifié le', (c, o) => frDT(o.at + 86400000 * (onr(o) % 9)), [OR('lastUpdatedDate')], opt],
    ['Note interne', (c, o) => ['', '', 'Relance envoyée', 'Acompte 30 % déjà versé'][onr(o) % 4], []],
  ] },
  { name: 'innovorder-commandes-export-fr', product: 'Innovorder (Innovorder back-office > Commandes > Exporter, CSV; French UI, a Paris burger chain\'s kiosk, counter, click & collect and delivery orders)', family: 'pos', language: 'fr', schema: E, cols: [
    ['ID commande', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['N° de commande', (c, o) => String(onr(o) % 900 + 100), [OR('purchaseID')], opt],
    ['Date', (c, o) => frD(o.at), ['timestamp'], opt],
    ['Heure', (c, o) => frHour(o.at), []],
    ['Restaurant', (c, o) => IO_REST[onr(o) % IO_REST.length], ['commerce.commerceScope.storeCode'], opt],
    ['Canal', (c, o) => ioCanal(o), [], opt],
    ['Mode de consommation', (c, o) => (['Uber Eats', 'Deliveroo'].includes(ioCanal(o)) ? 'Livraison' : IO_MODE[onr(o) % 2]), [OR('orderType')], opt],
    ['Statut', (c, o) => ['Terminée', 'Terminée', 'En préparation', 'Annulée', 'Terminée'][onr(o) % 5], [], opt],
    ['Client', (c, o) => (ioCanal(o) === 'Borne' || ioCanal(o) === 'Caisse' ? '' : `${c.first} ${c.last[0]}.`), []],
    ['Email client', (c, o) => (ioCanal(o) === 'Click & Collect' || ioCanal(o) === 'Site web' ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone client', (c, o) => (ioCanal(o) === 'Borne' || ioCanal(o) === 'Caisse' ? '' : mob33(c)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Produits', (c, o) => IO_PROD[onr(o) % IO_PROD.length], [], opt],
    ['Nombre d\'articles', (c, o) => String(2 + onr(o) % 4), []],
    ['Total HT', (c, o) => comma(ioTTC(o) / 1.1), [], opt],
    ['TVA', (c, o) => comma(ioTTC(o) - ioTTC(o) / 1.1), [OR('taxAmount')]],
    ['Remise', (c, o) => (onr(o) % 6 === 0 ? '2,00' : '0,00'), [OR('discountAmount')]],
    ['Code promo', (c, o) => (onr(o) % 6 === 0 ? 'BIENVENUE2' : ''), ['commerce.promotionID'], opt],
    ['Total TTC', (c, o) => comma(ioTTC(o)), [OR('priceTotal')]],
    ['Moyen de paiement', (c, o) => (['Uber Eats', 'Deliveroo', 'Site web', 'Click & Collect'].includes(ioCanal(o)) ? 'Paiement en ligne' : IO_PAY[onr(o) % 5]), [OR('payments[0].paymentType')]],
    ['Pourboire', (c, o) => (onr(o) % 7 === 0 ? '1,00' : '0,00'), []],
    ['Borne / caisse', (c, o) => (ioCanal(o) === 'Borne' ? `Borne ${1 + onr(o) % 3}` : ioCanal(o) === 'Caisse' ? 'Caisse 1' : ''), [], opt],
    ['Commentaire', (c, o) => ['', '', 'Sans oignons', 'Sauce à part', ''][onr(o) % 5], []],
  ] },
  { name: 'smileandpay-transactions-fr', product: 'Smile&Pay (Smile&Pay espace client > Mes transactions > Exporter, CSV; French UI, a Toulouse florist\'s card-terminal payments)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frD(o.at), ['timestamp'], opt],
    ['Heure', (c, o) => frHourS(o.at), []],
    ['Référence', (c, o, r) => `SP${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o) => spType(o), [], opt],
    ['Montant', (c, o) => (spType(o) === 'Remboursement' ? `-${comma(spAmt(o))}` : comma(spAmt(o))), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Commission', (c, o) => (spType(o) === 'Remboursement' ? '0,00' : comma(spFee(o))), []],
    ['Montant net', (c, o) => (spType(o) === 'Remboursement' ? `-${comma(spAmt(o))}` : comma(spAmt(o) - spFee(o))), [], opt],
    ['Moyen de paiement', (c, o) => SP_MOY[onr(o) % SP_MOY.length], [OR('payments[0].paymentType')]],
    ['Mode de lecture', (c, o) => SP_LECT[onr(o) % SP_LECT.length], [], opt],
    ['Numéro de carte', (c, o, r) => `${['4970', '5132', '4561', '3759'][onr(o) % 4]} XXXX XXXX ${v.int(r, 1000, 9999)}`, []],
    ['Numéro d\'autorisation', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Statut', (c, o) => (onr(o) % 13 === 0 ? 'Refusée' : 'Acceptée'), [], opt],
    ['Terminal', (c, o) => ['SP-M2-204518', 'SP-M2-204519'][onr(o) % 2], [], opt],
    ['Vendeur', (c, o) => ['Camille', 'Boutique', 'Lucas'][onr(o) % 3], []],
    ['Description', (c, o) => ['Bouquet de saison', 'Composition deuil', '', 'Orchidée', 'Livraison'][onr(o) % 5], [], opt],
    ['Date de remise', (c, o) => frD(o.at + 86400000), [], opt],
  ] },
]
