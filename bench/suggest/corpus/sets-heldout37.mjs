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
]
