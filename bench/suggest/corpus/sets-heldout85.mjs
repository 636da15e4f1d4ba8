// Round 85, heldout85: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). French-language CRMs, B2B prospecting, SMS / e-mail marketing, support
// desks, cloud telephony, web push and consent management of France (the consent tool's batch export keeps its API
// keys, so that set is counted as en): contacts, leads, campaign send reports, e-mail logs, support interventions and
// conversations, call history, push subscriptions and consent events.
import { P, E, B, v, HOME, WORK, B2BID, ID, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// Paris local time (CET / CEST, switch approximated by month)
const off = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const frD = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frT = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frTS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frHMS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdT = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const bday = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ddmm = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}` }
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const ms2 = (s) => `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
const day = 86400000
const n = (x) => Number(String(x.id ?? '').replace(/\D/g, '')) || 0
const c0 = (c) => Math.min(c.created, c.updated)
const c1 = (c) => Math.max(c.created, c.updated)
const talk = (o) => (n(o) * 7) % 1300
const wait = (o) => (n(o) * 3) % 180
const sends = (c) => 3 + (n(c) % 140)
const opens = (c) => Math.floor(sends(c) * ((n(c) % 7) / 10))
const oxSt = (c) => (n(c) % 9 === 0 ? 'Désabonné' : n(c) % 13 === 0 ? 'NPAI' : 'Abonné')

// phones: 06 12 34 56 78, +33 6 12 34 56 78, 33612345678, 01 42 …
const two = (r) => pad(v.int(r, 0, 99))
const frMob = (r) => `0${v.pick(r, ['6', '6', '7'])} ${two(r)} ${two(r)} ${two(r)} ${two(r)}`
const frMobIntl = (r) => `+33 ${v.pick(r, ['6', '6', '7'])} ${two(r)} ${two(r)} ${two(r)} ${two(r)}`
const frMob33 = (r) => `33${v.pick(r, ['6', '6', '7'])}${two(r)}${two(r)}${two(r)}${two(r)}`
const frFix = (r, z = v.pick(r, ['1', '2', '3', '4', '5'])) => `0${z} ${two(r)} ${two(r)} ${two(r)} ${two(r)}`
const frFixIntl = (r) => `+33${v.pick(r, ['1', '4', '5'])}${two(r)}${two(r)}${two(r)}${two(r)}`
const pmail = (c) => `${slug(c.first)}.${slug(c.last)}@${v.pick(() => (n(c) % 97) / 97, ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'hotmail.fr'])}`
const dec = (x) => x.toFixed(2).replace('.', ',')

// French companies: [name, domain, street, city, postcode, département, région, SIREN, NAF, NAF label, effectif, standard]
const FR_CO = [
  ['Atelier Lumen SAS', 'atelier-lumen.fr', '12 rue de la Villette', 'Lyon', '69003', 'Rhône', 'Auvergne-Rhône-Alpes', '812345678', '62.01Z', 'Programmation informatique', '20 à 49 salariés', '04 72 41 18 30'],
  ['Ouest Logistique SARL', 'ouest-logistique.fr', '4 rue Léon Gaumont', 'Nantes', '44300', 'Loire-Atlantique', 'Pays de la Loire', '523489012', '52.29A', 'Messagerie, fret express', '50 à 99 salariés', '02 40 93 27 11'],
  ['Provence Bio Distribution', 'provencebio.fr', '210 avenue du Prado', 'Marseille', '13008', 'Bouches-du-Rhône', "Provence-Alpes-Côte d'Azur", '441902337', '46.38B', 'Commerce de gros alimentaire spécialisé divers', '10 à 19 salariés', '04 91 22 65 40'],
  ['Hexagone Conseil', 'hexagone-conseil.com', '18 rue de Londres', 'Paris', '75009', 'Paris', 'Île-de-France', '790112554', '70.22Z', 'Conseil pour les affaires et autres conseils de gestion', '100 à 199 salariés', '01 53 20 44 90'],
  ['Lille Métal Industrie', 'lillemetal.fr', '35 rue de Tournai', 'Lille', '59000', 'Nord', 'Hauts-de-France', '380456129', '25.62B', 'Mécanique industrielle', '200 à 249 salariés', '03 20 55 71 02'],
  ['Garonne Informatique', 'garonne-info.fr', '6 allées Jean Jaurès', 'Toulouse', '31000', 'Haute-Garonne', 'Occitanie', '834221907', '62.02A', 'Conseil en systèmes et logiciels informatiques', '20 à 49 salariés', '05 61 12 48 77'],
  ['Alsace Packaging SA', 'alsace-packaging.fr', '9 rue du Port du Rhin', 'Strasbourg', '67000', 'Bas-Rhin', 'Grand Est', '314778066', '17.21A', 'Fabrication de carton ondulé', '250 à 499 salariés', '03 88 61 30 25'],
  ['Chartrons Négoce', 'chartrons-negoce.fr', '42 quai des Chartrons', 'Bordeaux', '33000', 'Gironde', 'Nouvelle-Aquitaine', '502667183', '46.34Z', 'Commerce de gros de boissons', '10 à 19 salariés', '05 56 44 90 16'],
]
const TITLES = ['Directeur commercial', 'Responsable marketing', 'DSI', 'Acheteuse', 'Chargé de communication', 'Directrice administrative et financière', 'Responsable logistique', 'Gérant', 'Office manager', 'Chef de projet digital']
const SERVICES = ['Direction', 'Commercial', 'Marketing', 'Informatique', 'Achats', 'Finance', 'Logistique', 'Ressources humaines']
const civ = (c) => (c.female ? 'Madame' : 'Monsieur')
const civA = (c) => (c.female ? 'Mme' : 'M.')
const wmail = (c, co) => `${slug(c.first)}.${slug(c.last)}@${co[1]}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const CIV = ['person.name.courtesyTitle']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const DEPT = ['extendedWorkDetails.departments[0]']
const MOB = ['mobilePhone.number']
const WPH = ['workPhone.number']
const ADR = (leaf) => at([...WORK, ...HOME], leaf)
const STATE = [...ADR('stateProvince'), ...ADR('state')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id']
const H = (leaf) => at(HOME, leaf)

export const SETS = [
  // ---------------------------------------------------------------- Crème CRM contacts
  { name: 'creme-crm-contacts-export-csv-fr', product: 'Crème CRM (Hybird\'s open-source CRM: Annuaire > Contacts > Télécharger au format CSV, French UI, a Lyon IT-services firm\'s customer and supplier contacts)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Civilité', (c) => civ(c), CIV],
    ['Nom', (c) => c.last, LN],
    ['Prénom', (c) => c.first, FN],
    ['Fonction', (c, o, r, i) => row(TITLES, i), TITLE],
    ['Détail de la fonction', (c, o, r) => v.pick(r, ['', '', 'Responsable des achats IT', 'En charge du parc informatique', 'Directrice du site de Vénissieux']), TITLE, opt],
    ["Secteur d'activité", (c, o, r) => v.pick(r, ['Informatique', 'Industrie', 'Distribution', 'Conseil', 'Transport']), []],
    ['Employé(e) par', (c, o, r, i) => row(FR_CO, i)[0], CO],
    ['Téléphone fixe', (c, o, r) => frFix(r), WPH],
    ['Mobile', (c, o, r) => (r() < 0.3 ? '' : frMob(r)), MOB],
    ['Fax', (c, o, r) => (r() < 0.8 ? '' : frFix(r)), ['faxPhone.number']],
    ['Adresse e-mail', (c, o, r, i) => wmail(c, row(FR_CO, i)), MAIL],
    ['Site Web', (c, o, r, i) => (r() < 0.4 ? '' : `https://www.${row(FR_CO, i)[1]}`), ['b2b.companyWebsite'], opt],
    ['Skype', (c, o, r) => (r() < 0.8 ? '' : `live:${slug(c.first)}.${slug(c.last)}`), []],
    ['Date de naissance', (c, o, r) => (r() < 0.6 ? '' : bday(c.birth)), ['person.birthDate']],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Rencontré au salon Big Data Paris', 'Décideur sur le renouvellement du contrat', 'Préfère être contacté le matin']), []],
    ['Adresse de facturation - Nom', (c, o, r) => v.pick(r, ['Siège', 'Facturation', '']), []],
    ['Adresse de facturation - Adresse', (c, o, r, i) => row(FR_CO, i)[2], at(['billingAddress', 'workAddress'], 'street1')],
    ['Adresse de facturation - Boîte postale', (c, o, r) => (r() < 0.8 ? '' : `BP ${v.int(r, 10, 990)}`), at(['billingAddress', 'workAddress'], 'postOfficeBox')],
    ['Adresse de facturation - Code postal', (c, o, r, i) => row(FR_CO, i)[4], at(['billingAddress', 'workAddress'], 'postalCode')],
    ['Adresse de facturation - Ville', (c, o, r, i) => row(FR_CO, i)[3], at(['billingAddress', 'workAddress'], 'city')],
    ['Adresse de facturation - Département', (c, o, r, i) => row(FR_CO, i)[5], [...at(['billingAddress', 'workAddress'], 'stateProvince'), ...at(['billingAddress', 'workAddress'], 'state')], opt],
    ['Adresse de facturation - Pays', () => 'France', at(['billingAddress', 'workAddress'], 'country')],
    ['Adresse de livraison - Adresse', (c, o, r, i) => (r() < 0.5 ? '' : `ZA des Platières, ${v.int(r, 1, 40)} rue de l'Industrie`), ['shippingAddress.street1']],
    ['Adresse de livraison - Code postal', (c, o, r) => (r() < 0.5 ? '' : v.pick(r, ['69200', '69800', '38070'])), ['shippingAddress.postalCode']],
    ['Adresse de livraison - Ville', (c, o, r) => (r() < 0.5 ? '' : v.pick(r, ['Vénissieux', 'Saint-Priest', "Saint-Quentin-Fallavier"])), ['shippingAddress.city']],
    ['Propriétaire utilisateur', (c, o, r) => v.pick(r, ['Julien Mercier', 'Sophie Garnier', 'Karim Haddad']), []],
    ['Créé le', (c) => frT(c0(c)), CREATED, opt],
    ['Dernière modification', (c) => frT(c1(c)), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- INES CRM contacts
  { name: 'ines-crm-export-contacts-fr', product: 'INES CRM (French SaaS CRM: Contacts > Export Excel, French UI, a Nantes logistics firm\'s sales team contacts at client and prospect companies)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Code contact', (c) => `CT${pad(n(c) % 100000, 6)}`, B2BID],
    ['Civilité', (c) => civA(c), CIV],
    ['Nom', (c) => c.last.toUpperCase(), LN],
    ['Prénom', (c) => c.first, FN],
    ['Fonction', (c, o, r, i) => row(TITLES, i + 3), TITLE],
    ['Service', (c, o, r, i) => row(SERVICES, i + 1), DEPT],
    ['Société', (c, o, r, i) => row(FR_CO, i + 2)[0], CO],
    ['Code client', (c, o, r, i) => `CLI${pad(1000 + (i % 8) * 37, 5)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Type', (c, o, r) => v.pick(r, ['Client', 'Client', 'Prospect', 'Suspect', 'Partenaire']), ['b2b.personType', 'b2b.personStatus'], opt],
    ['Téléphone', (c, o, r) => frFix(r), WPH],
    ['Portable', (c, o, r) => (r() < 0.35 ? '' : frMob(r)), MOB],
    ['E-mail', (c, o, r, i) => wmail(c, row(FR_CO, i + 2)), MAIL],
    ['Adresse 1', (c, o, r, i) => row(FR_CO, i + 2)[2], ADR('street1')],
    ['Adresse 2', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['Bâtiment B', 'Parc d\'activités du Moulin', '3e étage'])), ADR('street2')],
    ['Code postal', (c, o, r, i) => row(FR_CO, i + 2)[4], ADR('postalCode')],
    ['Ville', (c, o, r, i) => row(FR_CO, i + 2)[3].toUpperCase(), ADR('city')],
    ['Pays', () => 'FRANCE', ADR('country')],
    ['Commercial', (c, o, r) => v.pick(r, ['Thomas Leroux', 'Nadia Benali', 'Pierre Guillou']), []],
    ['Origine', (c, o, r) => v.pick(r, ['Salon SITL', 'Site web', 'Recommandation', 'Prospection téléphonique', 'LinkedIn']), ['b2b.personSource'], opt],
    ['Accepte les e-mailings', (c, o, r) => v.pick(r, ['Oui', 'Oui', 'Non']), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['SIRET', (c, o, r, i) => `${row(FR_CO, i + 2)[7]}000${v.int(r, 10, 99)}`, []],
    ['Code NAF', (c, o, r, i) => row(FR_CO, i + 2)[8], []],
    ['Effectif', (c, o, r, i) => row(FR_CO, i + 2)[10], []],
    ['Site internet', (c, o, r, i) => `www.${row(FR_CO, i + 2)[1]}`, ['b2b.companyWebsite']],
    ['Date de création', (c) => frD(c0(c)), CREATED, opt],
    ['Date de modification', (c) => frD(c1(c)), UPDATED, opt],
    ['Date dernière action', (c, o, r) => (r() < 0.3 ? '' : frD(c1(c) + v.int(r, 1, 60) * day)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Remarques', (c, o, r) => v.pick(r, ['', '', 'Appel d\'offres transport prévu en septembre', 'Relancer après devis', 'Interlocuteur principal']), []],
  ] },

  // ---------------------------------------------------------------- Sparklane leads
  { name: 'sparklane-export-contacts-prospects-fr', product: 'Sparklane (B2B prospecting / sales intelligence: Mes listes > Exporter les contacts, CSV, French UI, a Toulouse software vendor\'s target accounts with their business-event signals)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Identifiant contact', (c, o, r) => `SPK-${v.int(r, 10000000, 99999999)}`, B2BID],
    ['Raison sociale', (c, o, r, i) => row(FR_CO, i + 1)[0], CO],
    ['SIREN', (c, o, r, i) => row(FR_CO, i + 1)[7], []],
    ['Code NAF', (c, o, r, i) => row(FR_CO, i + 1)[8], []],
    ['Libellé NAF', (c, o, r, i) => row(FR_CO, i + 1)[9], []],
    ["Tranche d'effectif", (c, o, r, i) => row(FR_CO, i + 1)[10], []],
    ["Chiffre d'affaires (k€)", (c, o, r) => String(v.int(r, 800, 95000)), []],
    ['Adresse', (c, o, r, i) => row(FR_CO, i + 1)[2], ADR('street1')],
    ['Code postal', (c, o, r, i) => row(FR_CO, i + 1)[4], ADR('postalCode')],
    ['Ville', (c, o, r, i) => row(FR_CO, i + 1)[3], ADR('city')],
    ['Département', (c, o, r, i) => row(FR_CO, i + 1)[5], [], opt],
    ['Région', (c, o, r, i) => row(FR_CO, i + 1)[6], [...STATE, ...ADR('region')]],
    ['Site web', (c, o, r, i) => `https://www.${row(FR_CO, i + 1)[1]}`, ['b2b.companyWebsite']],
    ['Téléphone standard', (c, o, r, i) => row(FR_CO, i + 1)[11], WPH, opt],
    ['Civilité', (c) => civA(c), CIV],
    ['Prénom', (c) => c.first, FN],
    ['Nom', (c) => c.last, LN],
    ['Fonction', (c, o, r, i) => row(TITLES, i + 5), TITLE],
    ['Service', (c, o, r, i) => row(SERVICES, i + 3), DEPT],
    ['Niveau hiérarchique', (c, o, r) => v.pick(r, ['Direction générale', 'Directeur', 'Manager', 'Opérationnel']), [], opt],
    ['Email', (c, o, r, i) => wmail(c, row(FR_CO, i + 1)), MAIL],
    ['Statut email', (c, o, r) => v.pick(r, ['Vérifié', 'Vérifié', 'Probable', 'Catch-all']), []],
    ['Ligne directe', (c, o, r) => (r() < 0.5 ? '' : frFix(r)), WPH],
    ['Mobile', (c, o, r) => (r() < 0.6 ? '' : frMob(r)), MOB],
    ['URL LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(n(c) % 9000) + 1000}`, []],
    ["Événement d'affaires", (c, o, r) => v.pick(r, ['Levée de fonds', 'Recrutement en cours', 'Nouveau dirigeant', 'Ouverture de site', 'Déménagement', 'Croissance du CA']), []],
    ["Date de l'événement", (c, o, r) => frD(c.updated - v.int(r, 1, 90) * day), []],
    ['Score', (c, o, r) => String(v.int(r, 12, 98)), ['b2b.personScore'], opt],
    ['Date d\'export', (c) => frD(c.updated), []],
  ] },

  // ---------------------------------------------------------------- Spot-Hit SMS campaign report
  { name: 'spot-hit-rapport-campagne-sms-fr', product: 'Spot-Hit (French SMS / e-mail marketing platform: Campagnes > Statistiques > Exporter le rapport (CSV), French UI, a Bordeaux wine merchant\'s promotional SMS)', family: 'email', language: 'fr', schema: E, cols: [
    ['ID message', (c, o, r) => String(v.int(r, 300000000, 399999999)), ['_id']],
    ['Campagne', (c, o, r) => v.pick(r, ['Foire aux vins septembre', 'Foire aux vins septembre', 'Primeurs 2023', 'Anniversaire clients']), ['marketing.campaignName']],
    ['Expéditeur', () => 'CHARTRONS', []],
    ['Numéro', (c, o, r) => frMob33(r), PHONE_ID],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Message', (c, o, r) => v.pick(r, [`${c.first}, la Foire aux vins commence ! -20% sur les Bordeaux jusqu'au 15/09 : spth.it/aB3x STOP au 36111`, 'Primeurs 2023 : réservez vos caisses avant le 30/06 sur spth.it/Kp9q STOP au 36111', `Joyeux anniversaire ${c.first} ! Un coffret offert dès 50€ d'achat. STOP au 36111`]), []],
    ['Nombre de SMS', (c, o, r) => v.pick(r, ['1', '1', '2']), []],
    ["Date d'envoi", (c, o) => frT(o.at), ['timestamp']],
    ['Statut', (c, o, r) => v.pick(r, ['Reçu', 'Reçu', 'Reçu', 'Envoyé', 'Non reçu', 'Numéro invalide', 'Blacklisté']), [], opt],
    ['Date de réception', (c, o, r) => (r() < 0.2 ? '' : frT(o.at + v.int(r, 3, 300) * 1000)), [], opt],
    ['Opérateur', (c, o, r) => v.pick(r, ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile']), ['environment.carrier']],
    ['Clics', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Date du premier clic', (c, o, r) => (r() < 0.7 ? '' : frT(o.at + v.int(r, 60, 86400) * 1000)), [], opt],
    ['Désinscrit (STOP)', (c, o, r) => v.pick(r, ['Non', 'Non', 'Non', 'Oui']), []],
    ['Réponse', (c, o, r) => (r() < 0.9 ? '' : v.pick(r, ['STOP', 'Merci', 'Infos ?'])), []],
    ['Coût (crédits)', (c, o, r) => dec(v.pick(r, [0.045, 0.045, 0.09])), []],
  ] },

  // ---------------------------------------------------------------- SMS Partner contacts
  { name: 'sms-partner-export-contacts-groupe-fr', product: 'SMS Partner (French SMS platform: Contacts > Groupe > Exporter en CSV, French UI, a Lille fitness-club chain\'s member SMS list with custom fields)', family: 'email', language: 'fr', schema: P, cols: [
    ['Identifiant', (c, o, r) => String(v.int(r, 40000000, 49999999)), ID],
    ['Groupe', (c, o, r) => v.pick(r, ['Adhérents Lille Centre', 'Adhérents Villeneuve', 'Prospects essai gratuit']), []],
    ['Indicatif', () => '+33', ['mobilePhone.countryCode']],
    ['Numéro', (c, o, r) => frMob(r).replace(/ /g, ''), MOB],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['URL personnalisée', (c, o, r) => (r() < 0.5 ? '' : `https://club.fitlille.fr/r/${v.alnum(r, 8)}`), []],
    ['Champ personnalisé 1', (c, o, r) => v.pick(r, ['Lille', 'Villeneuve-d\'Ascq', 'Roubaix', 'Tourcoing', 'Marcq-en-Barœul']), H('city'), opt],
    ['Champ personnalisé 2', (c, o, r) => v.pick(r, ['CLUB01', 'CLUB02', 'CLUB03']), []],
    ['Champ personnalisé 3', (c) => ddmm(c.birth), ['person.birthDayAndMonth'], opt],
    ['Champ personnalisé 4', (c, o, r) => v.pick(r, ['Premium', 'Essentiel', 'Étudiant', 'Essai']), [], opt],
    ["Date d'ajout", (c) => frT(c.created), [], opt],
    ['STOP', (c, o, r) => v.pick(r, ['0', '0', '0', '1']), []],
    ['Date STOP', (c, o, r) => (r() < 0.85 ? '' : frT(c.updated)), []],
    ['Source', (c, o, r) => v.pick(r, ['Import', 'Import', 'API', 'Formulaire']), [], opt],
  ] },

  // ---------------------------------------------------------------- Oxemis OxiMailing contacts
  { name: 'oximailing-export-contacts-fr', product: 'OxiMailing by Oxemis (French e-mail marketing: Contacts > Listes > Exporter, CSV with the statistics columns, French UI, a Marseille organic-grocery chain\'s customer newsletter list)', family: 'email', language: 'fr', schema: P, cols: [
    ['Email', (c) => pmail(c), ['personalEmail.address']],
    ['Civilité', (c) => civA(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Société', (c, o, r) => (r() < 0.8 ? '' : c.company), ['organizations[0]'], opt],
    ['Adresse', (c) => c.street, H('street1')],
    ['Code postal', (c) => c.postcode, H('postalCode')],
    ['Ville', (c) => c.city, H('city')],
    ['Pays', () => 'France', H('country')],
    ['Téléphone', (c, o, r) => (r() < 0.6 ? '' : frFix(r, '4')), ['homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? '' : frMob(r)), ['mobilePhone.number']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? '' : bday(c.birth)), ['person.birthDate']],
    ['Magasin préféré', (c, o, r) => v.pick(r, ['Marseille Prado', 'Aix-en-Provence', 'Aubagne', 'Marseille Castellane']), []],
    ['Liste', () => 'Newsletter clients', []],
    ["Date d'inscription", (c) => frT(c0(c)), [], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Formulaire site', 'Caisse magasin', 'Import', 'Jeu concours']), [], opt],
    ['Statut', (c) => oxSt(c), ['personalEmail.status'], opt],
    ['Date de désabonnement', (c) => (oxSt(c) === 'Désabonné' ? frT(c1(c)) : ''), []],
    ["Nombre d'envois", (c) => String(sends(c)), []],
    ["Nombre d'ouvertures", (c) => String(opens(c)), []],
    ['Nombre de clics', (c) => String(Math.floor(opens(c) / 4)), []],
    ['Dernière ouverture', (c) => (opens(c) ? frT(c1(c)) : ''), []],
    ['Dernier clic', (c) => (opens(c) >= 4 ? frT(c1(c) + 120000) : ''), []],
  ] },

  // ---------------------------------------------------------------- Tipimail logs
  { name: 'tipimail-export-logs-envois-fr', product: 'Tipimail (French transactional e-mail / SMTP relay: Statistiques > Logs > Exporter CSV, French UI, a Paris home-insurance start-up\'s account and claim notification e-mails)', family: 'email', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frTS(o.at), ['timestamp']],
    ['ID du message', (c, o, r) => `${v.hex(r, 24)}@tipimail.com`, ['_id']],
    ['Expéditeur', (c, o, r) => v.pick(r, ['no-reply@assurhabit.fr', 'sinistres@assurhabit.fr']), []],
    ['Destinataire', (c) => pmail(c), EMAIL_ID],
    ['Sujet', (c, o, r) => v.pick(r, ['Votre attestation d\'assurance habitation', 'Confirmez votre adresse e-mail', 'Votre déclaration de sinistre n° S-2024-', 'Réinitialisation de votre mot de passe', 'Votre échéancier 2024']), []],
    ['Tag', (c, o, r) => v.pick(r, ['attestation', 'inscription', 'sinistre', 'mot-de-passe', 'echeancier']), [], opt],
    ['Compte SMTP / clé API', (c, o, r) => v.pick(r, ['api-prod', 'api-prod', 'smtp-backoffice']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Délivré', 'Délivré', 'Ouvert', 'Ouvert', 'Cliqué', 'Soft bounce', 'Hard bounce', 'Rejeté', 'Plainte', 'Désabonné']), [], opt],
    ['Date du statut', (c, o, r) => frTS(o.at + v.int(r, 2, 7200) * 1000), [], opt],
    ['Ouvertures', (c, o, r) => String(v.pick(r, [0, 0, 1, 1, 2, 4])), []],
    ['Clics', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 1, 3])), []],
    ['Dernière ouverture', (c, o, r) => (r() < 0.4 ? '' : frTS(o.at + v.int(r, 60, 86400) * 1000)), [], opt],
    ['Lien cliqué', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['https://espace.assurhabit.fr/attestation', 'https://espace.assurhabit.fr/confirmation', 'https://espace.assurhabit.fr/sinistres'])), ['web.webInteraction.URL'], opt],
    ['Adresse IP', (c, o, r) => (r() < 0.4 ? '' : v.ip4(r)), ['environment.ipV4'], opt],
    ['User agent', (c, o, r) => (r() < 0.4 ? '' : v.pick(r, ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0', 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36'])), ['environment.browserDetails.userAgent'], opt],
    ['Message d\'erreur', (c, o, r) => (r() < 0.85 ? '' : v.pick(r, ['550 5.1.1 Adresse inconnue', '452 4.2.2 Boîte pleine', '554 5.7.1 Message refusé'])), []],
    ['Taille (Ko)', (c, o, r) => String(v.int(r, 18, 420)), []],
  ] },

  // ---------------------------------------------------------------- Dimelo interventions
  { name: 'dimelo-export-messages-interventions-fr', product: 'Dimelo (French social / digital customer-service platform, later RingCentral Engage Digital: Analytics > Exports > Messages, CSV, French UI, a French online bank\'s customer care on Messenger, X, e-mail and chat)', family: 'support', language: 'fr', schema: E, cols: [
    ['Id message', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Date de création', (c, o) => ymdT(o.at), ['timestamp']],
    ['Source', (c, o, r) => v.pick(r, ['Messenger Banque', 'X @MaBanqueEnLigne', 'Email service client', 'Chat site', 'Avis Google']), []],
    ['Type de source', (c, o, r) => v.pick(r, ['Facebook', 'Twitter', 'Email', 'Engage Messaging', 'Google My Business']), [], opt],
    ['Id intervention', (c, o, r) => v.hex(r, 24), []],
    ['Id fil de discussion', (c, o, r) => v.hex(r, 24), []],
    ['Identité', (c, o, r) => v.pick(r, [`${c.first} ${c.last}`, `@${slug(c.first)}${v.int(r, 10, 99)}`, c.first]), []],
    ["Email de l'identité", (c, o, r) => (r() < 0.5 ? '' : pmail(c)), EMAIL_ID, opt],
    ['Id client (CRM)', (c, o, r) => (r() < 0.4 ? '' : `${v.int(r, 10000000, 99999999)}`), CUST_ID, opt],
    ['Auteur', (c, o, r) => v.pick(r, ['Client', 'Client', 'Agent']), []],
    ['Agent', (c, o, r) => v.pick(r, ['Léa M.', 'Yanis B.', 'Chloé R.', '']), []],
    ['Catégories', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire, Opposition', 'Virement', 'Ouverture de compte', 'Réclamation']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Traité', 'Traité', 'En attente', 'Ignoré', 'Répondu']), [], opt],
    ['Contenu', (c, o, r) => v.pick(r, ['Bonjour, ma carte est bloquée depuis ce matin, que faire ?', 'Mon virement n\'est toujours pas arrivé', 'Merci pour votre aide !', 'Je souhaite clôturer mon compte joint']), []],
    ['Langue', () => 'fr', [], opt],
    ['Date de première réponse', (c, o, r) => (r() < 0.2 ? '' : ymdT(o.at + v.int(r, 120, 14400) * 1000)), [], opt],
    ['Temps de première réponse (s)', (c, o, r) => String(v.int(r, 120, 14400)), []],
    ['Temps de traitement (s)', (c, o, r) => String(v.int(r, 60, 1800)), []],
    ['Date de clôture', (c, o, r) => (r() < 0.3 ? '' : ymdT(o.at + v.int(r, 1, 72) * 3600000)), [], opt],
    ['Sentiment', (c, o, r) => v.pick(r, ['Neutre', 'Négatif', 'Positif', 'Neutre']), []],
    ['Satisfaction', (c, o, r) => (r() < 0.7 ? '' : String(v.int(r, 1, 5))), []],
  ] },

  // ---------------------------------------------------------------- Ringover call history
  { name: 'ringover-historique-appels-export-fr', product: 'Ringover (French cloud telephony for support and sales teams: Dashboard > Historique des appels > Exporter (CSV), French UI, a Rennes e-commerce company\'s customer-service lines)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID appel', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), ['_id']],
    ['Date', (c, o) => frD(o.at), ['timestamp']],
    ['Heure', (c, o) => frHMS(o.at), [], opt],
    ['Direction', (c, o, r) => v.pick(r, ['Entrant', 'Entrant', 'Entrant', 'Sortant']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Répondu', 'Répondu', 'Manqué', 'Messagerie', 'Abandonné']), [], opt],
    ['Numéro du contact', (c, o, r) => (r() < 0.1 ? 'Anonyme' : v.pick(r, [frMobIntl(r), frFixIntl(r)])), PHONE_ID, opt],
    ['Nom du contact', (c, o, r) => (r() < 0.4 ? '' : `${c.first} ${c.last}`), []],
    ['Numéro Ringover', () => '+33 2 99 41 20 00', []],
    ['Standard / Groupe', (c, o, r) => v.pick(r, ['Service client', 'Service client', 'SAV', 'Commandes pro']), []],
    ['Utilisateur', (c, o, r) => v.pick(r, ['Manon Le Gall', 'Erwan Picard', 'Inès Morvan', '']), []],
    ['Durée totale', (c, o) => hms(talk(o) + wait(o) + 5), [], opt],
    ['Durée de conversation', (c, o) => hms(talk(o)), []],
    ["Temps d'attente", (c, o) => hms(wait(o)), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Livraison', 'Retour produit', 'Paiement', 'Livraison, Réclamation']), []],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Colis bloqué chez le transporteur', 'Rappeler demain']), []],
    ['Enregistrement', (c, o, r) => (r() < 0.5 ? '' : `https://recordings.ringover.com/${v.hex(r, 32)}.mp3`), []],
    ['Pays', (c, o, r) => v.pick(r, ['France', 'France', 'France', 'Belgique']), [], opt],
    ['Coût (€)', (c, o, r) => dec(v.pick(r, [0, 0, 0.02, 0.05])), []],
  ] },

  // ---------------------------------------------------------------- Alcméon conversations
  { name: 'alcmeon-export-conversations-fr', product: 'Alcméon (French messaging customer-service platform: Statistiques > Export des conversations, CSV, French UI, a French energy supplier\'s WhatsApp, Messenger and Apple Messages for Business care)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID conversation', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}`, ['_id']],
    ['Canal', (c, o, r) => v.pick(r, ['WhatsApp', 'WhatsApp', 'Messenger', 'Apple Messages for Business', 'Instagram', 'RCS']), [], opt],
    ['Compte', (c, o, r) => v.pick(r, ['Énergie Verte Service Client', 'Énergie Verte Dépannage']), []],
    ['Date de début', (c, o) => frTS(o.at), ['timestamp']],
    ['Date de fin', (c, o, r) => frTS(o.at + v.int(r, 300, 20000) * 1000), [], opt],
    ['Pseudo client', (c, o, r) => v.pick(r, [c.first, `${c.first} ${c.last[0]}.`, `${c.first} ${c.last}`]), []],
    ['Téléphone client', (c, o, r) => (r() < 0.4 ? '' : frMob33(r)), PHONE_ID, opt],
    ['Numéro de client', (c, o, r) => (r() < 0.3 ? '' : `EV${v.int(r, 1000000, 9999999)}`), CUST_ID, opt],
    ['Équipe', (c, o, r) => v.pick(r, ['N1 Facturation', 'N1 Contrat', 'N2 Réclamations', 'Bot']), []],
    ['Agent', (c, o, r) => v.pick(r, ['Sarah D.', 'Mehdi K.', 'Julie P.', 'Bot']), []],
    ['Motif', (c, o, r) => v.pick(r, ['Facture', 'Déménagement', 'Relevé de compteur', 'Souscription', 'Réclamation']), []],
    ['Sous-motif', (c, o, r) => v.pick(r, ['Montant contesté', 'Échéancier', 'Mise en service', 'Auto-relève Linky', '']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Clôturée', 'Clôturée', 'En cours', 'En attente client']), [], opt],
    ['Prise en charge par le bot', (c, o, r) => v.pick(r, ['Oui', 'Non']), []],
    ['Transférée à un agent', (c, o, r) => v.pick(r, ['Oui', 'Oui', 'Non']), []],
    ['Nombre de messages', (c, o, r) => String(v.int(r, 2, 45)), []],
    ['Délai de première réponse', (c, o, r) => ms2(v.int(r, 5, 3500)), []],
    ['Durée de traitement', (c, o, r) => ms2(v.int(r, 60, 3500)), []],
    ['Note CSAT', (c, o, r) => (r() < 0.6 ? '' : String(v.int(r, 1, 5))), []],
    ['Commentaire CSAT', (c, o, r) => (r() < 0.85 ? '' : v.pick(r, ['Rapide et efficace', 'Réponse pas claire', 'Merci Sarah !'])), []],
    ['Langue', () => 'fr', [], opt],
  ] },

  // ---------------------------------------------------------------- Adrenalead push subscribers
  { name: 'adrenalead-export-abonnes-push-fr', product: 'Adrenalead (French web-push notification platform: Audience > Abonnés > Export CSV, French UI, a French regional news site\'s browser-push subscribers)', family: 'marketing', language: 'fr', schema: E, cols: [
    ['ID abonné', (c, o, r) => v.uuid(r), ['_id', 'identityMap{}[0].id'], opt],
    ["Date d'abonnement", (c, o) => frTS(o.at), ['timestamp']],
    ["Page d'abonnement", (c, o, r) => v.pick(r, ['https://www.lequotidien-ouest.fr/', 'https://www.lequotidien-ouest.fr/rennes/', 'https://www.lequotidien-ouest.fr/sport/stade-rennais/', 'https://www.lequotidien-ouest.fr/faits-divers/']), ['web.webPageDetails.URL']],
    ['Référent', (c, o, r) => v.pick(r, ['', 'https://www.google.fr/', 'https://news.google.com/', 'https://www.facebook.com/']), ['web.webReferrer.URL'], opt],
    ['Navigateur', (c, o, r) => v.pick(r, ['Chrome', 'Chrome', 'Firefox', 'Edge', 'Safari', 'Samsung Internet']), ['environment.browserDetails.name']],
    ['Version du navigateur', (c, o, r) => `${v.int(r, 110, 124)}.0`, ['environment.browserDetails.version']],
    ["Système d'exploitation", (c, o, r) => v.pick(r, ['Windows', 'Android', 'Android', 'macOS', 'iOS']), ['environment.operatingSystem']],
    ['Appareil', (c, o, r) => v.pick(r, ['Ordinateur', 'Mobile', 'Mobile', 'Tablette']), ['device.type']],
    ['Langue', (c, o, r) => v.pick(r, ['fr-FR', 'fr-FR', 'fr', 'en-US']), ['environment.browserDetails.acceptLanguage'], opt],
    ['Pays', (c, o, r) => v.pick(r, ['FR', 'FR', 'FR', 'BE']), ['placeContext.geo.countryCode']],
    ['Région', (c, o, r) => v.pick(r, ['Bretagne', 'Bretagne', 'Pays de la Loire', 'Normandie']), ['placeContext.geo.stateProvince']],
    ['Ville', (c, o, r) => v.pick(r, ['Rennes', 'Brest', 'Quimper', 'Saint-Malo', 'Nantes']), ['placeContext.geo.city']],
    ['Segments', (c, o, r) => v.pick(r, ['', 'Sport', 'Rennes, Sport', 'Faits divers', 'Économie']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Actif', 'Actif', 'Actif', 'Désabonné', 'Expiré']), [], opt],
    ['Notifications reçues', (c, o, r) => String(v.int(r, 0, 900)), []],
    ['Clics', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Dernière visite', (c, o, r) => frTS(o.at + v.int(r, 1, 200) * day), []],
    ['Dernier clic', (c, o, r) => (r() < 0.4 ? '' : frTS(o.at + v.int(r, 1, 150) * day)), []],
  ] },

  // ---------------------------------------------------------------- Didomi consent events
  { name: 'didomi-batch-export-consent-events', product: 'Didomi (French consent-management platform: Consents batch export to a bucket, consent-event records flattened to CSV with the API\'s keys, a French e-commerce site\'s logged-in customers)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.uuid(r), ['_id']],
    ['created_at', (c, o) => isoZ(o.at), ['timestamp']],
    ['updated_at', (c, o, r) => isoZ(o.at + v.int(r, 0, 5) * 1000), [], opt],
    ['status', (c, o, r) => v.pick(r, ['confirmed', 'confirmed', 'confirmed', 'pending_approval']), [], opt],
    ['organization_id', () => 'maison-cassis', []],
    ['user.id', (c, o, r) => v.uuid(r), [], opt],
    ['user.organization_user_id', (c) => pmail(c), [...EMAIL_ID, 'identityMap{}[0].id'], opt],
    ['user.organization_user_id_type', () => 'email', []],
    ['user.country', (c, o, r) => v.pick(r, ['FR', 'FR', 'FR', 'BE', 'CH']), ['placeContext.geo.countryCode'], opt],
    ['regulation', () => 'gdpr', []],
    ['source.type', (c, o, r) => v.pick(r, ['webapp', 'webapp', 'app', 'api']), [], opt],
    ['source.domain', (c, o, r) => v.pick(r, ['www.maison-cassis.fr', 'www.maison-cassis.fr', 'preferences.maison-cassis.fr']), ['web.webPageDetails.server'], opt],
    ['consents.purposes.cookies.enabled', (c, o, r) => v.pick(r, ['true', 'true', 'false']), []],
    ['consents.purposes.audience_measurement.enabled', (c, o, r) => v.pick(r, ['true', 'false']), []],
    ['consents.purposes.marketing_email.enabled', (c, o, r) => v.pick(r, ['true', 'false', 'false']), []],
    ['consents.vendors.enabled', (c, o, r) => v.pick(r, ['google;facebook;c:criteo', 'google', '']), []],
    ['consents.tcf_consent_string', (c, o, r) => `CP${v.alnum(r, 40)}`, []],
    ['metadata.newsletter_source', (c, o, r) => v.pick(r, ['', 'footer', 'checkout']), []],
  ] },
]
