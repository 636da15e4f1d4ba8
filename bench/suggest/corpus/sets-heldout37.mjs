// Round 37, heldout37: held-out sets added in round 37, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, PL, OR, SHIP, BILL, opt } from './sets.mjs'
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
]
