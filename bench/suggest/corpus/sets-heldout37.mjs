// Round 37, heldout37: held-out sets added in round 37, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, PL, OR, SHIP, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const hashOf = (s) => [...String(s)].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
/** Central European local time parts (Paris, Brussels, Berlin, Amsterdam). */
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const dmy = (p, sep = '/') => `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const frDate = (ms) => dmy(cet(ms))
const frTime = (ms) => { const p = cet(ms); return `${dmy(p)} ${hms(p)}` }
const frHm = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
// French given names of women in the corpus's French list (so the civility matches the name)
const FR_W = new Set(['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux'])
const fem = (c) => FR_W.has(c.first)
const DE_W = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine'])
const EN_W = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia'])
const comma = (n) => n.toFixed(2).replace('.', ',')
const dayMs = 86400000

// Actito: the profile table of a Belgian (French-speaking) home-decor retailer (Profils > Exporter, CSV; the profile
// table's attribute names as Actito writes them, subscriptions and segmentations as `subscription#…`/`segmentation#…`).
const BE = [['Bruxelles', '1000', 'Rue Neuve'], ['Liège', '4000', 'Boulevard d\'Avroy'], ['Namur', '5000', 'Rue de Fer'], ['Charleroi', '6000', 'Rue de la Montagne'], ['Mons', '7000', 'Grand-Rue'], ['Ixelles', '1050', 'Chaussée d\'Ixelles'], ['Wavre', '1300', 'Rue du Commerce']]
const be = (c) => { const n = hashOf(c.id); const [city, zip, street] = BE[n % BE.length]; return { city, zip, street, no: String(1 + (n >>> 3) % 160), box: (n >>> 5) % 5 === 0 ? String(1 + (n % 12)) : '', gsm: `+324${7 + (n % 3)}${pad((n >>> 2) % 100)}${pad((n >>> 4) % 100)}${pad((n >>> 6) % 100)}${(n >>> 8) % 10}`, lang: ['FR', 'FR', 'FR', 'NL', 'EN'][(n >>> 7) % 5] } }
const acDate = (ms) => frTime(ms)

// Splio: loyalty members of a French beauty chain (Splio Loyalty: Membres > Exporter, CSV; French UI).
const SP_TIER = ['Essentiel', 'Essentiel', 'Essentiel', 'Privilège', 'Privilège', 'Prestige']
const SP_SHOP = ['Paris Opéra', 'Lyon Part-Dieu', 'Lille Euralille', 'Nantes Atlantis', 'Boutique en ligne', 'Toulouse Capitole']
const spPts = (c) => (+c.id % 1700)
const spUsed = (c) => (+c.id % 5) * 200

// Dolist: the newsletter base of a French wine merchant (Dolist-V8: Contacts > Exporter, CSV; French UI).
const DL_ST = ['Abonné', 'Abonné', 'Abonné', 'Abonné', 'Désabonné', 'NPAI', 'Plainte']
const dlSt = (c) => DL_ST[+c.id % DL_ST.length]
const DL_SRC = ['Formulaire site', 'Formulaire site', 'Jeu-concours', 'Caisse magasin', 'Import', 'Salon des vins']

// Sendethic: B2B prospects of a French payroll-software publisher (Sendethic: Contacts > Exporter, CSV; French UI).
const SE_CO = [['Boulangeries Durand SARL', 'boulangeries-durand.fr', 'Agroalimentaire', '50 à 99'], ['Cabinet Lefèvre Expertise', 'lefevre-expertise.fr', 'Expertise comptable', '10 à 19'], ['Transports Moreau et Fils', 'transports-moreau.fr', 'Transport et logistique', '100 à 249'], ['Clinique du Parc', 'cliniqueduparc.fr', 'Santé', '250 à 499'], ['Atelier Bernard Menuiserie', 'atelier-bernard.fr', 'BTP', '20 à 49']]
const se = (c) => SE_CO[+c.id % SE_CO.length]
const SE_JOB = [['Responsable paie', 'Ressources humaines'], ['Directeur administratif et financier', 'Finance'], ['Gérante', 'Direction'], ['Chargée RH', 'Ressources humaines'], ['Expert-comptable', 'Comptabilité']]
const seJob = (c) => SE_JOB[(+c.id >> 1) % SE_JOB.length]
const seMail = (c) => `${slug(c.first)}.${slug(c.last)}@${se(c)[1]}`
const siret = (c) => `${String(300000000 + (+c.id * 7919) % 600000000)}${pad(+c.id % 100000, 5)}`

// Quandoo: reservations of a Berlin restaurant (Quandoo for Restaurants: Reservierungen > Exportieren, CSV; German UI).
const deDate = (ms) => { const p = cet(ms); return dmy(p, '.') }
const deHm = (ms) => { const p = cet(ms); return `${dmy(p, '.')} ${hm(p)}` }
const QU_ST = ['Angekommen', 'Angekommen', 'Angekommen', 'Bestätigt', 'Storniert', 'Nicht erschienen']
const quSt = (o) => QU_ST[+o.id % QU_ST.length]
const quVisit = (o) => o.at + (2 + (+o.id % 20)) * dayMs // the table's date: days after the booking was made
const quSlot = (o) => ['12:00', '12:30', '18:00', '19:00', '19:30', '20:00', '20:30', '21:00'][+o.id % 8]
const QU_SRC = ['Quandoo', 'Quandoo', 'Google', 'Website-Widget', 'Telefon', 'Walk-in', 'TripAdvisor']
const quSrc = (o) => QU_SRC[(+o.id >> 1) % QU_SRC.length]

// Formitable: reservations of an Amsterdam restaurant (Formitable: Reserveringen > Exporteren, CSV; Dutch UI).
const nlDate = (ms) => dmy(cet(ms), '-')
const nlHm = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }
const FO_ST = ['Bevestigd', 'Bevestigd', 'Gearriveerd', 'Gearriveerd', 'Geannuleerd', 'No-show', 'Aanvraag']
const foSt = (o) => FO_ST[+o.id % FO_ST.length]
const FO_PROD = [['', 0], ['', 0], ['Chef\'s Table 7 gangen', 95], ['Walk-in lunch', 0], ['Kerstdiner 5 gangen', 79.5], ['Proeverij wijnarrangement', 45]]
const foProd = (o) => FO_PROD[+o.id % FO_PROD.length]
const foPax = (o) => 1 + (+o.id % 6)
const foDeposit = (o) => (foProd(o)[1] ? +(foProd(o)[1] * foPax(o) * 0.5).toFixed(2) : 0)

// SevenRooms: the client directory of a New York restaurant group (CRM > Clients > Export, CSV; English UI).
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const srDate = (ms) => { const p = eastern(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const SR_TAGS = ['', 'VIP', 'Regular', 'Wine Lover', 'Industry, VIP', 'Gluten Free', 'Birthday Guest']
const srVisits = (c) => +c.id % 31
const srTier = (c) => (srVisits(c) >= 20 ? 'Platinum' : srVisits(c) >= 8 ? 'Gold' : 'Member')

// Axeptio: the consent register of a French online shop (Axeptio: Registre des consentements > Exporter, CSV; French UI,
// one row per consent choice, vendors as the project's cookie keys).
const AX_ACT = ['Tout accepter', 'Tout accepter', 'Tout accepter', 'Tout refuser', 'Personnalisé', 'Personnalisé']
const axAct = (o) => AX_ACT[+o.id % AX_ACT.length]
const axOn = (o, k) => axAct(o) === 'Tout accepter' || (axAct(o) === 'Personnalisé' && (+o.id >> k) % 2 === 0)
const AX_PAGE = ['https://www.maison-lumen.fr/', 'https://www.maison-lumen.fr/luminaires/suspensions', 'https://www.maison-lumen.fr/produit/lampe-a-poser-opaline', 'https://www.maison-lumen.fr/panier', 'https://www.maison-lumen.fr/blog/eclairer-un-salon']
const axIso = (ms) => new Date(ms).toISOString()

// ---------------------------------------------------------------- Greek people, addresses and Athens time
const GRN = { first: [['Γιάννης', 'Κατερίνα'], ['Θανάσης', 'Δέσποινα'], ['Χρήστος', 'Βασιλική'], ['Σπύρος', 'Ευαγγελία'], ['Μιχάλης', 'Χριστίνα'], ['Αντώνης', 'Ιωάννα']],
  last: [['Κωνσταντινίδης', 'Κωνσταντινίδου'], ['Αλεξίου', 'Αλεξίου'], ['Μαυρίδης', 'Μαυρίδου'], ['Σταθόπουλος', 'Σταθοπούλου'], ['Δημητρίου', 'Δημητρίου'], ['Καραγιάννης', 'Καραγιάννη'], ['Πετρόπουλος', 'Πετροπούλου']],
  places: [['Αθήνα', 'Αττική', '11521', 'Λεωφόρος Αλεξάνδρας'], ['Θεσσαλονίκη', 'Κεντρική Μακεδονία', '54631', 'Τσιμισκή'], ['Πειραιάς', 'Αττική', '18532', 'Ηρώων Πολυτεχνείου'], ['Ηράκλειο', 'Κρήτη', '71201', 'Ικάρου'], ['Βόλος', 'Θεσσαλία', '38221', 'Ιάσονος'], ['Ιωάννινα', 'Ήπειρος', '45221', 'Δωδώνης'], ['Καλαμαριά', 'Κεντρική Μακεδονία', '55132', 'Μεταμορφώσεως']] }
const grp = (c) => { const n = hashOf(c.id + c.last); const f = n % 2; const [city, region, tk, street] = GRN.places[(n >>> 3) % GRN.places.length]; const first = GRN.first[(n >>> 1) % GRN.first.length][f], last = GRN.last[(n >>> 5) % GRN.last.length][f]; return { first, last, full: `${first} ${last}`, city, region, tk, street: `${street} ${1 + (n % 140)}`, mobile: `69${[4, 7, 8, 9][(n >>> 2) % 4]}${String(1000000 + (n % 8999999)).slice(0, 7)}`, email: `${['giannis', 'katerina', 'thanos', 'despoina', 'christos', 'vasiliki', 'spyros', 'eva'][n % 8]}.${['konst', 'alexiou', 'mavridis', 'stath', 'dimitriou', 'karag', 'petrop'][(n >>> 5) % 7]}${n % 90}@${['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'][(n >>> 4) % 4]}` } }
const athens = (ms) => shift(ms, dst(ms) ? 3 : 2)
const grTime = (ms) => { const p = athens(ms); return `${dmy(p)} ${hm(p)}` }
const grDate = (ms) => dmy(athens(ms))

// Public Marketplace: a Greek seller's order lines (Public Marketplace seller back office: Παραγγελίες > Εξαγωγή, CSV; Greek UI, one row per order line).
const PU_P = [['PS5-DS-WHT', 'Sony DualSense Ασύρματο Χειριστήριο Λευκό', 74.9], ['LGT-G502X-BLK', 'Logitech G502 X Ενσύρματο Gaming Ποντίκι Μαύρο', 79.9], ['SNDK-128-UHS', 'SanDisk Extreme microSDXC 128GB A2 UHS-I', 22.9], ['TPL-DECO-X20', 'TP-Link Deco X20 Mesh Wi-Fi 6 (2-pack)', 149.0], ['XIA-BAND8-B', 'Xiaomi Smart Band 8 Μαύρο', 39.9]]
const pup = (o) => PU_P[+o.id % PU_P.length]
const puQty = (o) => (o.qty > 2 ? 1 : o.qty)
const puLine = (o) => +(pup(o)[2] * puQty(o)).toFixed(2)
const puShip = (o) => (puLine(o) >= 50 ? 0 : 2.9)
const PU_ST = ['Παραδόθηκε', 'Παραδόθηκε', 'Απεστάλη', 'Σε αναμονή αποστολής', 'Σε αναμονή αποδοχής', 'Ακυρώθηκε', 'Επιστράφηκε']
const puSt = (o) => PU_ST[+o.id % PU_ST.length]
const puSent = (o) => ['Παραδόθηκε', 'Απεστάλη', 'Επιστράφηκε'].includes(puSt(o))

// BestPrice: the payments of a Greek shop selling through BestPrice Checkout (merchant panel: Πληρωμές > Εξαγωγή, CSV; Greek UI).
const BP_METH = ['Κάρτα', 'Κάρτα', 'Κάρτα', 'Apple Pay', 'Google Pay', 'IRIS', 'Αντικαταβολή']
const bpMeth = (o) => BP_METH[+o.id % BP_METH.length]
const BP_ST = ['Ολοκληρώθηκε', 'Ολοκληρώθηκε', 'Ολοκληρώθηκε', 'Εκκαθαρίστηκε', 'Σε αναμονή', 'Επιστροφή χρημάτων', 'Απορρίφθηκε']
const bpSt = (o) => BP_ST[(+o.id >> 1) % BP_ST.length]
const bpAmt = (o) => +(18.5 + (+o.id % 230) * 1.45).toFixed(2)
const bpFee = (o) => +(bpAmt(o) * 0.045 + 0.2).toFixed(2)
const bpInst = (o) => (bpMeth(o) === 'Κάρτα' && bpAmt(o) > 100 ? [1, 3, 6][+o.id % 3] : 1)

// AB Tasty: the raw hits of a French fashion shop's tests, as AB Tasty's data-warehouse export writes them (one row per hit).
const AB_T = ['PAGEVIEW', 'PAGEVIEW', 'CAMPAIGN', 'EVENT', 'PAGEVIEW', 'TRANSACTION', 'CAMPAIGN']
const abT = (o) => AB_T[+o.id % AB_T.length]
const AB_PG = [['https://www.atelier-sorel.fr/', 'Atelier Sorel – Mode femme'], ['https://www.atelier-sorel.fr/robes', 'Robes – Atelier Sorel'], ['https://www.atelier-sorel.fr/produit/robe-lin-ecru', 'Robe en lin écru – Atelier Sorel'], ['https://www.atelier-sorel.fr/panier', 'Mon panier – Atelier Sorel'], ['https://www.atelier-sorel.fr/commande/confirmation', 'Confirmation de commande – Atelier Sorel']]
const abPg = (o) => (abT(o) === 'TRANSACTION' ? AB_PG[4] : AB_PG[+o.id % 4])
const AB_CMP = [['1021874', 'Test CTA fiche produit', '1297531', 'Variation 1'], ['1021874', 'Test CTA fiche produit', '0', 'Original'], ['998213', 'Bannière livraison offerte', '1266340', 'Variation bannière'], ['1034502', 'Perso – panier abandonné', '1311178', 'Pop-in -10%']]
const abCmp = (o) => AB_CMP[(+o.id >> 1) % AB_CMP.length]

// Eulerian: the sales report of a French home-appliance shop (Eulerian: Rapports > Ventes > Exporter, CSV; French UI, one row per sale with its last-click channel).
const EU_CH = [['SEA', 'Google Ads', 'gads_marque_fr'], ['SEO', 'Google', ''], ['EMAILING', 'Newsletter', 'nl_soldes_hiver'], ['AFFILIATION', 'Awin', 'awin_cashback'], ['ACCÈS DIRECT', 'Accès direct', ''], ['SOCIAL', 'Meta Ads', 'meta_retargeting'], ['COMPARATEUR', 'Idealo', 'idealo_fr']]
const euCh = (o) => EU_CH[+o.id % EU_CH.length]
const euAmt = (o) => +(39.9 + (+o.id % 160) * 4.15).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- email tools
  { name: 'actito-profils-fr', product: 'Actito (Profils > Exporter la table de profils, CSV; a Belgian French-speaking home-decor retailer, the profile table\'s attribute names)', family: 'email', language: 'fr', schema: P, cols: [
    ['profileId', (c) => String(100000 + (+c.id % 800000)), ['_id', 'personID'], opt],
    ['customerId', (c) => `CL${pad(+c.id % 1000000, 7)}`, ['personID', '_id'], opt],
    ['emailAddress', (c) => c.email, ['personalEmail.address']],
    ['sex', (c) => (fem(c) ? 'F' : 'M'), ['person.gender'], opt],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['birthDate', (c, o, r) => (r() < 0.6 ? frDate(c.birth) : ''), ['person.birthDate']],
    ['motherLanguage', (c) => be(c).lang, [], opt],
    ['gsmNumber', (c, o, r) => (r() < 0.7 ? be(c).gsm : ''), ['mobilePhone.number']],
    ['addressStreet', (c) => be(c).street, at(HOME, 'street1')],
    ['addressNumber', (c) => be(c).no, [], opt],
    ['addressBox', (c) => be(c).box, at(HOME, 'street2'), opt],
    ['addressPostalCode', (c) => be(c).zip, at(HOME, 'postalCode')],
    ['addressLocality', (c) => be(c).city, at(HOME, 'city')],
    ['addressCountry', () => 'BE', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['creationMoment', (c) => acDate(c.created), [], opt],
    ['lastUpdateMoment', (c) => acDate(Math.max(c.created, c.updated)), [], opt],
    ['subscription#newsletter', (c) => (+c.id % 6 === 0 ? 'false' : 'true'), [], opt],
    ['subscription#promotions', (c) => (+c.id % 3 === 0 ? 'false' : 'true'), [], opt],
    ['subscription#sms', (c) => (+c.id % 4 === 1 ? 'true' : 'false'), [], opt],
    ['segmentation#typeClient#Fidele', (c) => (+c.id % 5 < 2 ? 'true' : 'false'), []],
    ['segmentation#magasinPrefere', (c) => ['Bruxelles Louise', 'Liège Médiacité', 'Namur', 'Webshop'][+c.id % 4], []],
    ['nbCommandes', (c) => String(+c.id % 14), [], opt],
    ['dateDernierAchat', (c) => (+c.id % 14 ? frDate(Math.max(c.created, c.updated) + 5 * dayMs) : ''), [], opt],
  ] },
  { name: 'dolist-contacts-fr', product: 'Dolist (Dolist-V8: Contacts > Exporter les contacts, CSV; French UI, a Bordeaux wine merchant\'s newsletter base)', family: 'email', language: 'fr', schema: P, cols: [
    ['Adresse email', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? frDate(c.birth) : ''), ['person.birthDate']],
    ['Téléphone mobile', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Statut email', (c) => dlSt(c), ['personalEmail.status'], opt],
    ['Date d\'abonnement', (c) => frTime(c.created), [], opt],
    ['Date de désabonnement', (c) => (dlSt(c) === 'Désabonné' ? frTime(c.updated) : ''), [], opt],
    ['Source', (c) => DL_SRC[+c.id % DL_SRC.length], [], opt],
    ['Date de création', (c) => frTime(c.created), [], opt],
    ['Date de modification', (c) => frTime(Math.max(c.created, c.updated)), [], opt],
    ['Date de dernière ouverture', (c, o, r) => (dlSt(c) === 'Abonné' && r() < 0.7 ? frTime(Math.max(c.created, c.updated) + 3 * dayMs) : ''), [], opt],
    ['Date de dernier clic', (c, o, r) => (dlSt(c) === 'Abonné' && r() < 0.4 ? frTime(Math.max(c.created, c.updated) + 4 * dayMs) : ''), [], opt],
    ['Nombre d\'ouvertures', (c) => String(+c.id % 37), []],
    ['Nombre de clics', (c) => String(+c.id % 9), []],
    ['Préférence vins', (c) => ['Rouge', 'Blanc', 'Champagne', 'Rouge, Rosé', ''][+c.id % 5], []],
    ['Client', (c) => (+c.id % 3 === 0 ? 'Oui' : 'Non'), []],
    ['Magasin', (c) => ['Bordeaux Chartrons', 'Mérignac', 'Arcachon', ''][+c.id % 4], []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'splio-membres-fr', product: 'Splio (Splio Loyalty: Membres > Exporter, CSV; French UI, a French beauty chain\'s loyalty programme)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => `SP${pad(+c.id % 10000000, 8)}`, ['_id', 'personID']],
    ['Numéro de carte', (c) => `2501${pad((+c.id * 7) % 100000000, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Date de naissance', (c) => frDate(c.birth), ['person.birthDate']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'FR', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Date d\'adhésion', (c) => frDate(c.created), ['loyalty.joinDate']],
    ['Magasin d\'adhésion', (c) => SP_SHOP[+c.id % SP_SHOP.length], []],
    ['Statut', (c) => (+c.id % 9 === 0 ? 'Inactif' : 'Actif'), ['loyalty.status'], opt],
    ['Palier', (c) => SP_TIER[+c.id % SP_TIER.length], ['loyalty.tier']],
    ['Solde de points', (c) => String(spPts(c)), ['loyalty.points']],
    ['Points cumulés', (c) => String(spPts(c) + spUsed(c)), ['loyalty.lifetimePoints']],
    ['Points utilisés', (c) => String(spUsed(c)), ['loyalty.pointsRedeemed']],
    ['Chèques fidélité disponibles', (c) => String(+c.id % 3), []],
    ['Nombre d\'achats', (c) => String(1 + (+c.id % 23)), ['loyalty.lifetimePurchases'], opt],
    ['CA total TTC', (c) => comma(35 + (+c.id % 900) * 1.37), ['loyalty.lifetimePurchases'], opt],
    ['Date du dernier achat', (c) => frDate(c.updated), [], opt],
    ['Optin email', (c) => (+c.id % 5 === 0 ? '0' : '1'), [], opt],
    ['Optin SMS', (c) => (+c.id % 3 === 0 ? '1' : '0'), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'sendethic-prospects-fr', product: 'Sendethic (Contacts > Exporter, CSV; French UI, a payroll-software publisher\'s B2B prospect base)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Email', (c) => seMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Société', (c) => se(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Fonction', (c) => seJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => seJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Téléphone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Adresse', (c) => c.street, at(['workAddress', ...HOME], 'street1')],
    ['Code postal', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['Ville', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['Pays', () => 'France', at(['workAddress', ...HOME], 'country')],
    ['Site web', (c) => `https://www.${se(c)[1]}`, ['b2b.companyWebsite']],
    ['SIRET', (c) => siret(c), [], opt],
    ['Secteur d\'activité', (c) => se(c)[2], []],
    ['Effectif', (c) => se(c)[3], []],
    ['Origine', (c) => ['Livre blanc', 'Webinar', 'Salon Solutions RH', 'Formulaire de contact', 'Achat de fichier'][+c.id % 5], ['b2b.personSource'], opt],
    ['Statut', (c) => ['Suspect', 'Prospect', 'Prospect', 'Client', 'Ancien client'][+c.id % 5], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Score', (c) => String((+c.id % 90) + 5), ['b2b.personScore'], opt],
    ['Désabonné', (c) => (+c.id % 11 === 0 ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Consentement RGPD', (c) => (+c.id % 4 === 0 ? '' : frDate(c.created)), [], opt],
    ['Date de création', (c) => frHm(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => frHm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Dernière activité', (c, o, r) => (r() < 0.6 ? frHm(Math.max(c.created, c.updated) + 2 * dayMs) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (reservations as order events)
  { name: 'quandoo-reservierungen-de', product: 'Quandoo (Quandoo for Restaurants: Reservierungen > Exportieren, CSV; German UI, a Berlin restaurant, one row per reservation)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Reservierungsnummer', (c, o) => `Q${pad((+o.id * 7919) % 100000000, 8)}`, [OR('purchaseID'), '_id']],
    ['Restaurant', () => 'Trattoria Da Enzo Kreuzberg', []],
    ['Datum', (c, o) => deDate(quVisit(o)), [], opt],
    ['Uhrzeit', (c, o) => quSlot(o), []],
    ['Personen', (c, o) => String(1 + (+o.id % 8)), [PL('quantity')], opt],
    ['Status', (c, o) => quSt(o), [], opt],
    ['Anrede', (c) => (DE_W.has(c.first) ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Tisch', (c, o) => (quSt(o) === 'Storniert' ? '' : `T${1 + (+o.id % 24)}`), []],
    ['Bereich', (c, o) => ['Innenraum', 'Innenraum', 'Terrasse', 'Wintergarten'][+o.id % 4], []],
    ['Quelle', (c, o) => quSrc(o), [], opt],
    ['Angebot', (c, o) => (+o.id % 5 === 2 ? '-30% auf die Speisekarte' : ''), ['commerce.promotionID'], opt],
    ['Anmerkungen', (c, o, r) => v.pick(r, ['', '', '', 'Kinderstuhl benötigt', 'Geburtstag – bitte Kerze zum Dessert', 'Glutenunverträglichkeit']), []],
    ['Gast-Tags', (c, o) => ['', '', 'Stammgast', 'VIP', 'Allergie'][+o.id % 5], []],
    ['Anzahl Besuche', (c) => String(1 + (+c.id % 12)), []],
    ['Newsletter', (c) => (+c.id % 3 === 0 ? 'Ja' : 'Nein'), [], opt],
    ['Erstellt am', (c, o) => deHm(o.at), ['timestamp', OR('createdDate')]],
    ['Storniert am', (c, o) => (quSt(o) === 'Storniert' ? deHm(o.at + dayMs) : ''), [OR('cancelDate')], opt],
  ] },
  { name: 'formitable-reserveringen-nl', product: 'Formitable (Reserveringen > Exporteren, CSV; Dutch UI, an Amsterdam restaurant, one row per reservation)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Reserveringsnummer', (c, o) => `FT-${v.alnum(v.rng(+o.id), 6).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => nlDate(o.at + (1 + (+o.id % 30)) * dayMs), [], opt],
    ['Tijd', (c, o) => ['12:00', '12:30', '17:30', '18:00', '19:00', '19:30', '20:30'][+o.id % 7], []],
    ['Aantal personen', (c, o) => String(foPax(o)), [PL('quantity')], opt],
    ['Status', (c, o) => foSt(o), [], opt],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Bedrijfsnaam', (c, o) => (+o.id % 6 === 1 ? c.company : ''), []],
    ['Taal', (c) => (+c.id % 4 === 0 ? 'Engels' : 'Nederlands'), []],
    ['Tafel', (c, o) => (foSt(o) === 'Geannuleerd' ? '' : String(1 + (+o.id % 18))), []],
    ['Ruimte', (c, o) => ['Restaurant', 'Restaurant', 'Serre', 'Bar'][+o.id % 4], []],
    ['Product', (c, o) => foProd(o)[0], [PL('name')], opt],
    ['Aanbetaling', (c, o) => (foDeposit(o) ? comma(foDeposit(o)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Bron', (c, o) => ['Website', 'Website', 'Google', 'Telefonisch', 'Instagram', 'Walk-in'][(+o.id >> 1) % 6], [], opt],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Graag bij het raam', 'Vegetarisch', 'Notenallergie']), []],
    ['Allergieën', (c, o) => ['', '', '', 'Noten', 'Gluten', 'Lactose'][+o.id % 6], []],
    ['Tags', (c, o) => ['', 'Vaste gast', '', 'Verjaardag'][+o.id % 4], []],
    ['Nieuwsbrief', (c) => (+c.id % 2 === 0 ? 'Ja' : 'Nee'), [], opt],
    ['Aangemaakt op', (c, o) => nlHm(o.at), ['timestamp', OR('createdDate')]],
    ['Geannuleerd op', (c, o) => (foSt(o) === 'Geannuleerd' ? nlHm(o.at + 2 * dayMs) : ''), [OR('cancelDate')], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (a restaurant group's guest directory)
  { name: 'sevenrooms-clients', product: 'SevenRooms (CRM > Clients > Export, CSV; a New York restaurant group\'s client directory with its loyalty programme)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Client ID', (c, o, r) => `ahNzfnNldmVucm9vbXMyNjA3MjJy${v.alnum(r, 12)}`, ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Gender', (c) => (EN_W.has(c.first) ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Birthday', (c, o, r) => (r() < 0.5 ? srDate(c.birth).slice(0, 5) : ''), ['person.birthDayAndMonth']],
    ['Anniversary', (c, o, r) => (r() < 0.15 ? srDate(c.created).slice(0, 5) : ''), []],
    ['Company', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]'], opt],
    ['Title', (c, o, r) => (r() < 0.3 ? c.job : ''), []],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Loyalty ID', (c) => `SRL${pad(+c.id % 1000000, 7)}`, ['loyalty.loyaltyID[0]']],
    ['Loyalty Tier', (c) => srTier(c), ['loyalty.tier']],
    ['Total Visits', (c) => String(srVisits(c)), ['loyalty.lifetimePurchases'], opt],
    ['Total Covers', (c) => String(srVisits(c) * 3), []],
    ['Total Spend', (c) => (srVisits(c) * 142.35).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Avg Spend per Cover', (c) => (srVisits(c) ? 47.45 : 0).toFixed(2), []],
    ['Cancellations', (c) => String(+c.id % 3), []],
    ['No Shows', (c) => String(+c.id % 7 === 0 ? 1 : 0), []],
    ['First Visit', (c) => (srVisits(c) ? srDate(c.created + 7 * dayMs) : ''), [], opt],
    ['Last Visit', (c) => (srVisits(c) ? srDate(Math.max(c.created, c.updated) + 7 * dayMs) : ''), [], opt],
    ['Tags', (c) => SR_TAGS[+c.id % SR_TAGS.length], []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Prefers booth 12', 'Shellfish allergy', 'Friend of the owner']), []],
    ['Marketing Opt-In', (c) => (+c.id % 3 === 0 ? 'No' : 'Yes'), [], opt],
    ['Created Date', (c) => srDate(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'axeptio-consentements-fr', product: 'Axeptio (Registre des consentements > Exporter, CSV; French UI, a French lighting shop\'s cookie banner, one row per consent choice)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => axIso(o.at), ['timestamp']],
    ['Jeton', (c, o, r) => v.alnum(r, 22).toLowerCase(), ['endUserIDs._experience.mcid.id', 'identityMap{}[0].id'], opt],
    ['Projet', () => '5f3c1a9e8d2b7c0012a4e6f1', []],
    ['Configuration', () => 'Maison Lumen – FR', []],
    ['Version', (c, o) => (o.at > Date.UTC(2023, 0, 1) ? 'v4' : 'v3'), []],
    ['Langue', (c) => (+c.id % 7 === 0 ? 'en' : 'fr'), ['environment._dc.language'], opt],
    ['Action', (c, o) => axAct(o), [], opt],
    ['Choix complété', (c, o) => (+o.id % 11 === 4 ? 'false' : 'true'), []],
    ['google_analytics', (c, o) => String(axOn(o, 1)), []],
    ['google_ads', (c, o) => String(axOn(o, 2)), []],
    ['facebook_pixel', (c, o) => String(axOn(o, 3)), []],
    ['hotjar', (c, o) => String(axOn(o, 4)), []],
    ['youtube', (c, o) => String(axOn(o, 5)), []],
    ['URL', (c, o) => AX_PAGE[+o.id % AX_PAGE.length], ['web.webPageDetails.URL']],
    ['Navigateur', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['Système', (c, o, r) => v.pick(r, ['Windows', 'iOS', 'Android', 'Mac OS', 'Linux']), ['environment.operatingSystem']],
    ['Appareil', (c, o, r) => v.pick(r, ['desktop', 'mobile', 'mobile', 'tablet']), ['device.type']],
    ['Pays', (c, o) => (+o.id % 9 === 0 ? 'BE' : 'FR'), ['placeContext.geo.countryCode'], opt],
    ['Durée de conservation', () => '180 jours', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Greek marketplace)
  { name: 'public-paraggelies-el', product: 'Public Marketplace (Public.gr seller back office: Παραγγελίες > Εξαγωγή, CSV; Greek UI, an electronics-accessories seller, one row per order line)', family: 'ecommerce-orders', language: 'el', schema: E, cols: [
    ['Ημερομηνία δημιουργίας', (c, o) => grTime(o.at), ['timestamp', OR('createdDate')]],
    ['Αριθμός παραγγελίας', (c, o) => `PUB${pad((+o.id * 131) % 10000000, 7)}-A`, [OR('purchaseID')]],
    ['Κατάσταση', (c, o) => puSt(o), [], opt],
    ['Ποσότητα', (c, o) => String(puQty(o)), [PL('quantity')]],
    ['Περιγραφή', (c, o) => pup(o)[1], [PL('name')]],
    ['SKU προσφοράς', (c, o) => pup(o)[0], [PL('SKU')]],
    ['Κωδικός προϊόντος Public', (c, o) => String(1700000 + (+o.id % PU_P.length) * 2231), [PL('SKU'), PL('_id')], opt],
    ['Τιμή μονάδας', (c, o) => comma(pup(o)[2]), []],
    ['Τιμή', (c, o) => comma(puLine(o)), [PL('priceTotal')]],
    ['Κόστος αποστολής', (c, o) => comma(puShip(o)), ['commerce.shipping.shippingAmount']],
    ['Συνολική τιμή', (c, o) => comma(puLine(o) + puShip(o)), [OR('priceTotal')], opt],
    ['Προμήθεια (χωρίς ΦΠΑ)', (c, o) => comma(puLine(o) * 0.12), []],
    ['ΦΠΑ προμήθειας', (c, o) => comma(puLine(o) * 0.12 * 0.24), []],
    ['Ποσό πληρωμής', (c, o) => comma(puLine(o) + puShip(o) - puLine(o) * 0.12 * 1.24), []],
    ['Όνομα πελάτη', (c) => grp(c).first, []],
    ['Επώνυμο πελάτη', (c) => grp(c).last, []],
    ['Διεύθυνση αποστολής', (c) => grp(c).street, [SHIP('street1')]],
    ['Πόλη αποστολής', (c) => grp(c).city, [SHIP('city')]],
    ['Τ.Κ. αποστολής', (c) => grp(c).tk, [SHIP('postalCode')]],
    ['Περιφέρεια', (c) => grp(c).region, [SHIP('stateProvince'), SHIP('state')], opt],
    ['Χώρα αποστολής', () => 'Ελλάδα', [SHIP('country')]],
    ['Τηλέφωνο', (c) => grp(c).mobile, [], opt],
    ['Τρόπος αποστολής', (c, o) => ['ACS Courier', 'ELTA Courier', 'Public Locker', 'Παραλαβή από κατάστημα Public'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['Αριθμός αποστολής', (c, o, r) => (puSent(o) ? String(v.int(r, 7100000000, 7199999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Ημερομηνία αποστολής', (c, o) => (puSent(o) ? grTime(o.at + 26 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Ημερομηνία αποδοχής', (c, o) => (puSt(o) === 'Σε αναμονή αποδοχής' || puSt(o) === 'Ακυρώθηκε' ? '' : grTime(o.at + 3 * 3600000)), [], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'bestprice-pliromes-el', product: 'BestPrice.gr (BestPrice Checkout merchant panel: Πληρωμές > Εξαγωγή, CSV; Greek UI, a Greek pet-supplies shop, one row per payment)', family: 'payments', language: 'el', schema: E, cols: [
    ['Κωδικός συναλλαγής', (c, o, r) => `BPT-${v.hex(r, 12).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Κωδικός παραγγελίας', (c, o) => String(2400000 + (+o.id * 37) % 900000), [OR('purchaseID')]],
    ['Ημερομηνία', (c, o) => grTime(o.at), ['timestamp']],
    ['Κατάσταση', (c, o) => bpSt(o), [], opt],
    ['Τρόπος πληρωμής', (c, o) => bpMeth(o), [OR('payments[0].paymentType')], opt],
    ['Τύπος κάρτας', (c, o) => (['Κάρτα', 'Apple Pay', 'Google Pay'].includes(bpMeth(o)) ? ['Visa', 'Mastercard', 'Visa', 'Maestro'][(+o.id >> 2) % 4] : ''), [], opt],
    ['Δόσεις', (c, o) => String(bpInst(o)), []],
    ['Ποσό', (c, o) => comma(bpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Νόμισμα', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Προμήθεια BestPrice', (c, o) => comma(bpAmt(o) * 0.04), []],
    ['Χρέωση συναλλαγής', (c, o) => comma(bpFee(o) - bpAmt(o) * 0.04), []],
    ['Καθαρό ποσό', (c, o) => comma(bpAmt(o) - bpFee(o)), []],
    ['Ποσό επιστροφής', (c, o) => (bpSt(o) === 'Επιστροφή χρημάτων' ? comma(bpAmt(o)) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Ημερομηνία εκκαθάρισης', (c, o) => (bpSt(o) === 'Εκκαθαρίστηκε' ? grDate(o.at + 7 * dayMs) : ''), [], opt],
    ['Αριθμός εκκαθάρισης', (c, o) => (bpSt(o) === 'Εκκαθαρίστηκε' ? `ST-${pad(+o.id % 100000, 6)}` : ''), []],
    ['Ονοματεπώνυμο πελάτη', (c) => grp(c).full, []],
    ['Email πελάτη', (c) => grp(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Κινητό πελάτη', (c) => grp(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Παραστατικό', (c, o) => (+o.id % 6 === 1 ? 'Τιμολόγιο' : 'Απόδειξη'), []],
    ['ΑΦΜ', (c, o, r) => (+o.id % 6 === 1 ? String(v.int(r, 800000000, 999999999)) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'abtasty-hits', product: 'AB Tasty (data-warehouse export of Universal Collect hits, CSV; a French fashion shop\'s tests, one row per hit)', family: 'analytics', language: 'en', schema: E, cols: [
    ['timestamp', (c, o) => new Date(o.at).toISOString().replace('.000Z', 'Z'), ['timestamp']],
    ['account_id', () => '7d1c3f0a9b8e4d2c6f5a1b3e8c9d0f2a', []],
    ['visitor_id', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, ['endUserIDs._experience.mcid.id', 'identityMap{}[0].id'], opt],
    ['customer_id', (c, o) => (+o.id % 3 === 0 ? `C${pad(+c.id % 1000000, 7)}` : ''), ['identityMap{}[0].id'], opt],
    ['session_id', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [], opt],
    ['hit_type', (c, o) => abT(o), ['eventType'], opt],
    ['page_url', (c, o) => abPg(o)[0], ['web.webPageDetails.URL']],
    ['page_title', (c, o) => abPg(o)[1], ['web.webPageDetails.name']],
    ['referrer', (c, o) => ['', 'https://www.google.fr/', 'https://www.instagram.com/', '', 'https://www.atelier-sorel.fr/robes'][+o.id % 5], ['web.webReferrer.URL']],
    ['campaign_id', (c, o) => (abT(o) === 'CAMPAIGN' ? abCmp(o)[0] : ''), [], opt],
    ['campaign_name', (c, o) => (abT(o) === 'CAMPAIGN' ? abCmp(o)[1] : ''), [], opt],
    ['variation_id', (c, o) => (abT(o) === 'CAMPAIGN' ? abCmp(o)[2] : ''), [], opt],
    ['variation_name', (c, o) => (abT(o) === 'CAMPAIGN' ? abCmp(o)[3] : ''), [], opt],
    ['event_category', (c, o) => (abT(o) === 'EVENT' ? 'Action Tracking' : ''), [], opt],
    ['event_action', (c, o) => (abT(o) === 'EVENT' ? ['Clic ajout panier', 'Clic guide des tailles', 'Clic CTA newsletter'][+o.id % 3] : ''), ['web.webInteraction.name'], opt],
    ['transaction_id', (c, o) => (abT(o) === 'TRANSACTION' ? `AS-${o.id}` : ''), [OR('purchaseID')]],
    ['transaction_revenue', (c, o) => (abT(o) === 'TRANSACTION' ? o.total.toFixed(2) : ''), [OR('priceTotal')]],
    ['transaction_currency', (c, o) => (abT(o) === 'TRANSACTION' ? 'EUR' : ''), [OR('currencyCode')]],
    ['device_type', (c, o, r) => v.pick(r, ['desktop', 'mobile', 'mobile', 'tablet']), ['device.type']],
    ['browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox', 'Edge']), ['environment.browserDetails.name']],
    ['browser_version', (c, o, r) => `${v.int(r, 110, 124)}.0`, ['environment.browserDetails.version']],
    ['os', (c, o, r) => v.pick(r, ['Windows', 'iOS', 'Android', 'Mac OS']), ['environment.operatingSystem']],
    ['screen_resolution', (c, o, r) => v.pick(r, ['1920x1080', '390x844', '1440x900', '412x915']), [], opt],
    ['language', (c, o) => (+o.id % 8 === 0 ? 'en-GB' : 'fr-FR'), ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['country', (c, o) => (+o.id % 9 === 0 ? 'BE' : 'FR'), ['placeContext.geo.countryCode']],
    ['city', (c, o) => (+o.id % 9 === 0 ? ['Bruxelles', 'Liège'][+o.id % 2] : ['Paris', 'Lyon', 'Bordeaux', 'Lille', 'Nantes', 'Marseille'][(+o.id >> 1) % 6]), ['placeContext.geo.city']],
    ['new_visitor', (c, o) => (+o.id % 4 === 0 ? 'true' : 'false'), []],
  ] },
  { name: 'eulerian-ventes-fr', product: 'Eulerian (Rapports > Ventes > Exporter, CSV; French UI, a French home-appliance shop, one row per sale with its attributed channel)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frTime(o.at), ['timestamp', OR('createdDate')]],
    ['Référence', (c, o) => `CMD${pad(+o.id * 3, 7)}`, [OR('purchaseID')]],
    ['Montant', (c, o) => comma(euAmt(o)), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')], opt],
    ['Frais de port', (c, o) => comma(euAmt(o) >= 200 ? 0 : 9.9), ['commerce.shipping.shippingAmount']],
    ['Nombre de produits', (c, o) => String(o.qty), [], opt],
    ['Type de paiement', (c, o) => ['CB', 'CB', 'PayPal', 'Paiement 3x', 'Virement'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Code promo', (c, o) => (o.coupon ? 'HIVER15' : ''), ['commerce.promotionID']],
    ['Statut', (c, o) => (+o.id % 11 === 3 ? 'Annulée' : 'Validée'), [], opt],
    ['Nouveau client', (c) => (+c.id % 3 === 0 ? 'Oui' : 'Non'), []],
    ['Canal', (c, o) => euCh(o)[0], ['web.webReferrer.type'], opt],
    ['Support', (c, o) => euCh(o)[1], [], opt],
    ['Campagne', (c, o) => euCh(o)[2], ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Canal premier clic', (c, o) => EU_CH[(+o.id >> 2) % EU_CH.length][0], [], opt],
    ['Nombre de visites', (c, o) => String(1 + (+o.id % 9)), []],
    ['Délai de conversion (jours)', (c, o) => String(+o.id % 21), []],
    ['Appareil', (c, o, r) => v.pick(r, ['Ordinateur', 'Mobile', 'Mobile', 'Tablette']), ['device.type']],
    ['ID visiteur', (c, o, r) => v.hex(r, 24), ['endUserIDs._experience.mcid.id'], opt],
    ['ID client', (c) => String(300000 + (+c.id % 600000)), ['identityMap{}[0].id'], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
  ] },
]
