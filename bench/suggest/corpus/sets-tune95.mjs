// Round 95, tune95: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). French, Belgian and Swiss-French loyalty, CRM, marketing automation and emailing
// tools: member, contact, subscriber, customer and conversion exports; headers in French.
import { E, B, P, v, at, HOME, B2BID, OR, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// dates: "22/05/2024", "22/05/2024 14:31", "22/05/2024 14:31:07", "2024-05-22 14:31:07", Paris/Brussels/Geneva time (+1/+2)
const off = (ms) => ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)
const frD = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDHM = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDHMS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const chD = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const day = 86400000
// money and numbers: "1 234,50" (fr), "49,90 €", "1'234.50" (CH)
const fr = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const eur = (n) => `${fr(n)} €`
const ouiNon = (b) => (b ? 'Oui' : 'Non')
const civ = (c) => (c.female ? 'Mme' : 'M.')
const frMob = (r) => `06${v.int(r, 10000000, 99999999)}`
const frMobIntl = (r) => `+33${v.pick(r, ['6', '7'])}${v.int(r, 10000000, 99999999)}`

// places
const BE_ADDR = [
  ['Rue Neuve 45', '1000', 'Bruxelles', 'BE', 'Belgique'], ['Boulevard d\'Avroy 12', '4000', 'Liège', 'BE', 'Belgique'],
  ['Rue de Fer 28', '5000', 'Namur', 'BE', 'Belgique'], ['Grand-Place 7', '7000', 'Mons', 'BE', 'Belgique'],
  ['Avenue Louise 231', '1050', 'Ixelles', 'BE', 'Belgique'], ['Rue de Marcinelle 3', '6000', 'Charleroi', 'BE', 'Belgique'],
  ['Rue de la Station 18', '1300', 'Wavre', 'BE', 'Belgique'], ['Place Saint-Lambert 2', '4000', 'Liège', 'BE', 'Belgique'],
]
const CH_ADDR = [
  ['Rue du Rhône 62', '1204', 'Genève', 'GE', 'Suisse'], ['Avenue de la Gare 10', '1003', 'Lausanne', 'VD', 'Suisse'],
  ['Rue de l\'Hôpital 15', '2000', 'Neuchâtel', 'NE', 'Suisse'], ['Rue de Romont 22', '1700', 'Fribourg', 'FR', 'Suisse'],
  ['Grand-Rue 4', '1820', 'Montreux', 'VD', 'Suisse'], ['Avenue du Midi 8', '1950', 'Sion', 'VS', 'Suisse'],
  ['Rue de Carouge 44', '1205', 'Genève', 'GE', 'Suisse'], ['Rue du Simplon 3', '1800', 'Vevey', 'VD', 'Suisse'],
]
const beMob = (r) => `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const chMob = (r) => `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const chTel = (r) => `022 ${v.int(r, 300, 899)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const USERS_FR = ['Sophie Marchand', 'Julien Roussel', 'Nathalie Girard', 'Thomas Lemaire', 'Claire Fontaine']
const SHOPS_FR = ['Lyon Part-Dieu', 'Paris Opéra', 'Lille Centre', 'Bordeaux Sainte-Catherine', 'Nantes Atlantis', 'Web']

export const SETS = [
  // ---------------------------------------------------------------- NP6 (Messengeo), Bases > Contacts > Exporter
  { name: 'np6-messengeo-contacts-export-fr', product: 'NP6 (Messengeo platform: Bases > Contacts > Exporter la sélection, CSV ;-separated, French UI, a French fashion retailer sending newsletters and triggered e-mails)', family: 'email', language: 'fr', schema: P, cols: [
    ['ID contact', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['EMAIL', (c) => c.email, ['personalEmail.address']],
    ['CIVILITE', (c) => civ(c), ['person.name.courtesyTitle']],
    ['PRENOM', (c) => c.first, ['person.name.firstName']],
    ['NOM', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['DATE_NAISSANCE', (c) => frD(c.birth), ['person.birthDate'], opt],
    ['CODE_POSTAL', (c) => c.postcode, at(HOME, 'postalCode')],
    ['VILLE', (c) => c.city, at(HOME, 'city')],
    ['PAYS', () => 'FR', at(HOME, 'countryCode')],
    ['TELEPHONE_MOBILE', (c, o, r) => (r() < 0.6 ? frMobIntl(r) : ''), ['mobilePhone.number']],
    ['LANGUE', (c, o, r) => v.pick(r, ['FR', 'FR', 'FR', 'EN']), [], opt],
    ['MAGASIN_PREFERE', (c, o, r) => v.pick(r, SHOPS_FR), []],
    ['OPTIN_EMAIL', (c) => (c.bool ? '1' : '0'), [], opt],
    ['OPTIN_SMS', (c, o, r) => (r() < 0.4 ? '1' : '0'), [], opt],
    ['OPTIN_PARTENAIRES', (c, o, r) => (r() < 0.15 ? '1' : '0'), []],
    ['Statut email', (c, o, r) => (c.bool ? 'Valide' : v.pick(r, ['Désabonné', 'Hard bounce', 'Plainte'])), ['personalEmail.status'], opt],
    ['Date d\'inscription', (c) => frDHMS(c.created), [], opt],
    ['Source d\'inscription', (c, o, r) => v.pick(r, ['Formulaire site', 'Jeu concours', 'Caisse magasin', 'Import']), []],
    ['Date de désabonnement', (c) => (c.bool ? '' : frDHMS(c.updated)), [], opt],
    ['Date dernière ouverture', (c, o, r) => (r() < 0.7 ? frDHMS(c.updated) : ''), [], opt],
    ['Date dernier clic', (c, o, r) => (r() < 0.4 ? frDHMS(c.updated) : ''), [], opt],
    ['Date de création', (c) => frDHMS(c.created), [], opt],
    ['Date de modification', (c) => frDHMS(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Adloop, Conversions > Export
  { name: 'adloop-conversions-export-fr', product: 'Adloop (attribution and ROI dashboard: Conversions > Détail des conversions > Exporter CSV, French UI, a French e-commerce site measuring which channels drive its orders)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Date de conversion', (c, o) => frDHMS(o.at), ['timestamp']],
    ['ID conversion', (c, o, r) => v.uuid(r), ['_id']],
    ['Type de conversion', (c, o, r) => v.pick(r, ['Vente', 'Vente', 'Vente', 'Lead', 'Appel entrant']), ['eventType'], opt],
    ['ID commande', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID')]],
    ['CA HT (€)', (c, o) => fr(o.subtotal), [], opt],
    ['CA TTC (€)', (c, o) => fr(o.total), [OR('priceTotal')]],
    ['Marge (€)', (c, o) => fr(o.subtotal * 0.35), []],
    ['Nouveau client', (c, o, r) => ouiNon(r() < 0.45), []],
    ['Canal', (c, o, r) => v.pick(r, ['SEA', 'SEO', 'Emailing', 'Social Ads', 'Affiliation', 'Direct']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['google', 'facebook', 'newsletter', 'awin', '(direct)']), [], opt],
    ['Support', (c, o, r) => v.pick(r, ['cpc', 'organic', 'email', 'paid_social', 'affiliate', '(none)']), [], opt],
    ['Campagne', (c, o, r) => v.pick(r, ['FR_Search_Marque', 'FR_Shopping_Soldes', 'NL_2024_S21', 'Retargeting_DPA', '']), ['marketing.campaignName']],
    ['Mot-clé', (c, o, r) => v.pick(r, ['', 'robe lin femme', 'basket blanche', '']), [], opt],
    ['Appareil', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Ordinateur', 'Tablette']), ['device.type'], opt],
    ['Nb points de contact', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Premier levier', (c, o, r) => v.pick(r, ['SEA', 'SEO', 'Social Ads', 'Direct']), []],
    ['Dernier levier', (c, o, r) => v.pick(r, ['SEA', 'Emailing', 'Direct', 'Affiliation']), []],
    ['Durée du parcours (jours)', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Modèle d\'attribution', () => 'Data-driven', []],
    ['Poids attribué (%)', (c, o, r) => String(v.int(r, 5, 100)), []],
    ['ID visiteur', (c, o, r) => `${v.int(r, 1000000000, 1999999999)}.${v.int(r, 1600000000, 1730000000)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- Loyalty Operator, Membres > Export
  { name: 'loyaltyoperator-membres-export-fr', product: 'Loyalty Operator (back-office: Clients > Membres > Exporter, CSV ;-separated, French UI, a French chain of beauty shops running a card-based loyalty programme)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['N° carte', (c, o, r) => `2900${v.int(r, 100000000, 999999999)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Portable', (c, o, r) => (r() < 0.8 ? frMob(r) : ''), ['mobilePhone.number']],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate'], opt],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => c.street2, at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Magasin d\'adhésion', (c, o, r) => v.pick(r, SHOPS_FR), []],
    ['Date d\'adhésion', (c) => frD(c.created), ['loyalty.joinDate'], opt],
    ['Statut carte', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Bloquée', 'Perdue']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Niveau', (c, o, r) => v.pick(r, ['Essentiel', 'Essentiel', 'Privilège', 'Prestige']), ['loyalty.tier']],
    ['Solde points', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Points cumulés', (c, o, r) => String(v.int(r, 200, 9000)), ['loyalty.lifetimePoints']],
    ['Bons émis', (c, o, r) => String(v.int(r, 0, 8)), []],
    ['Bons utilisés', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['CA cumulé TTC', (c, o, r) => fr(v.int(r, 1500, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Nb passages', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Date dernier achat', (c) => frD(c.updated), [], opt],
    ['Optin email', (c) => ouiNon(c.bool), [], opt],
    ['Optin SMS', (c, o, r) => ouiNon(r() < 0.5), [], opt],
  ] },

  // ---------------------------------------------------------------- Everwin GX, CRM > Contacts > Export Excel
  { name: 'everwin-gx-contacts-export-fr', product: 'Everwin GX (ERP/CRM for service companies: CRM > Contacts > liste > Exporter vers Excel, XLSX, French UI, a French engineering consultancy)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Code contact', (c, o, r) => `CT${v.int(r, 10000, 99999)}`, B2BID],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o, r) => v.pick(r, ['Achats', 'Direction technique', 'Direction générale', 'Bureau d\'études', '']), [], opt],
    ['Tiers', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Code tiers', (c, o, r) => `C${v.int(r, 1000, 9999)}`, ['b2b.accountID', 'b2b.accountKey.sourceID']],
    ['Type de tiers', (c, o, r) => v.pick(r, ['Client', 'Client', 'Prospect', 'Partenaire']), [], opt],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Portable', (c, o, r) => (r() < 0.6 ? frMob(r) : ''), ['mobilePhone.number']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address']],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', () => 'FRANCE', ['workAddress.country']],
    ['Responsable commercial', (c, o, r) => v.pick(r, USERS_FR), []],
    ['Secteur d\'activité', (c, o, r) => v.pick(r, ['Industrie', 'BTP', 'Énergie', 'Collectivités', 'Transport']), [], opt],
    ['Actif', (c, o, r) => ouiNon(r() < 0.9), [], opt],
    ['Exclu des mailings', (c, o, r) => ouiNon(r() < 0.1), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Observations', (c, o, r) => v.pick(r, ['', '', 'Décideur sur lot CVC', 'Rencontré au salon Pollutec']), []],
    ['Créé le', (c) => frD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Créé par', (c, o, r) => v.pick(r, ['SMARCHAND', 'JROUSSEL', 'ADMIN']), ['extSourceSystemAudit.createdBy'], opt],
    ['Modifié le', (c) => frD(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Eudonet CRM, Contacts > Export
  { name: 'eudonet-contacts-export-fr', product: 'Eudonet CRM (Contacts > liste filtrée > Exporter > Excel, XLSX, French UI, a French non-profit association managing members, donors and volunteers)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Contacts.Identifiant', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['Contacts.Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Contacts.Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Contacts.Prénom', (c) => c.first, ['person.name.firstName']],
    ['Contacts.Date de naissance', (c) => frD(c.birth), ['person.birthDate'], opt],
    ['Contacts.E-mail', (c) => c.email, ['personalEmail.address']],
    ['Contacts.Téléphone mobile', (c, o, r) => (r() < 0.7 ? frMob(r).replace(/(\d{2})(?=\d)/g, '$1 ') : ''), ['mobilePhone.number']],
    ['Contacts.Téléphone fixe', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Adresses.Adresse ligne 1', (c) => c.street, at(HOME, 'street1')],
    ['Adresses.Adresse ligne 2', (c) => c.street2, at(HOME, 'street2')],
    ['Adresses.Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Adresses.Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Adresses.Pays', () => 'France', at(HOME, 'country')],
    ['Contacts.Type de contact', (c, o, r) => v.pick(r, ['Adhérent', 'Adhérent', 'Donateur', 'Bénévole', 'Adhérent;Donateur']), []],
    ['Contacts.Date de première adhésion', (c) => frD(c.created), [], opt],
    ['Contacts.Cotisation à jour', (c, o, r) => ouiNon(r() < 0.7), []],
    ['Contacts.Montant total des dons', (c, o, r) => (r() < 0.5 ? eur(v.int(r, 20, 1500)) : ''), []],
    ['Contacts.Date du dernier don', (c, o, r) => (r() < 0.5 ? frD(c.updated) : ''), [], opt],
    ['Contacts.Accepte les e-mailings', (c) => ouiNon(c.bool), [], opt],
    ['Contacts.Accepte les courriers', (c, o, r) => ouiNon(r() < 0.8), [], opt],
    ['Contacts.Origine', (c, o, r) => v.pick(r, ['Site web', 'Événement', 'Parrainage', 'Street marketing', '']), []],
    ['Contacts.Archivé', (c, o, r) => ouiNon(r() < 0.05), [], opt],
    ['Contacts.Créé le', (c) => frDHM(c.created), [], opt],
    ['Contacts.Créé par', (c, o, r) => v.pick(r, USERS_FR), []],
    ['Contacts.Modifié le', (c) => frDHM(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Flexmail (Belgium), Contacts > Exporter, French UI
  { name: 'flexmail-contacts-export-fr', product: 'Flexmail (Contacts > Tous les contacts > Exporter, CSV, French UI, a Belgian (Walloon) garden-centre chain e-mailing its customers)', family: 'email', language: 'fr', schema: P, cols: [
    ['Adresse e-mail', (c) => c.email.replace(/@.*/, '@skynet.be'), ['personalEmail.address']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Langue', (c, o, r) => v.pick(r, ['fr', 'fr', 'fr', 'nl']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Formulaire site', 'Import caisse 2023', 'Concours printemps', 'Ajout manuel']), []],
    ['Statut', (c) => (c.bool ? 'Confirmé' : 'Non confirmé'), [], opt],
    ['Intérêts', (c, o, r) => v.pick(r, ['Potager', 'Plantes d\'intérieur', 'Potager, Outillage', '', 'Animalerie']), []],
    ['Préférences', (c, o, r) => v.pick(r, ['Newsletter hebdomadaire', 'Promotions', 'Newsletter hebdomadaire, Promotions']), []],
    ['Date d\'inscription', (c) => ymdHMS(c.created), [], opt],
    ['Numéro client', (c, o, r) => String(v.int(r, 200000, 299999)), ['_id', 'personID'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? beMob(r) : ''), ['mobilePhone.number']],
    ['Rue', (c, o, r, i) => row(BE_ADDR, i)[0], at(HOME, 'street1')],
    ['Code postal', (c, o, r, i) => row(BE_ADDR, i)[1], at(HOME, 'postalCode')],
    ['Commune', (c, o, r, i) => row(BE_ADDR, i)[2], at(HOME, 'city')],
    ['Magasin', (c, o, r) => v.pick(r, ['Namur', 'Wavre', 'Liège', 'Mons']), []],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate'], opt],
    ['Carte fidélité', (c, o, r) => (r() < 0.6 ? `BE${v.int(r, 1000000, 9999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
  ] },

  // ---------------------------------------------------------------- Mailpro (Switzerland), Contacts > Carnets d'adresses > Exporter
  { name: 'mailpro-carnet-adresses-export-frch', product: 'Mailpro (Contacts > Carnets d\'adresses > Exporter le carnet, CSV, French UI, a Swiss (Geneva) wine shop sending newsletters to private customers)', family: 'email', language: 'fr', schema: P, cols: [
    ['Email', (c, o, r) => c.email.replace(/@.*/, v.pick(r, ['@bluewin.ch', '@gmail.com', '@sunrise.ch'])), ['personalEmail.address']],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Société', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c, o, r, i) => row(CH_ADDR, i)[0], at(HOME, 'street1')],
    ['NPA', (c, o, r, i) => row(CH_ADDR, i)[1], at(HOME, 'postalCode')],
    ['Localité', (c, o, r, i) => row(CH_ADDR, i)[2], at(HOME, 'city')],
    ['Canton', (c, o, r, i) => row(CH_ADDR, i)[3], at(HOME, 'stateProvince'), opt],
    ['Pays', (c, o, r, i) => row(CH_ADDR, i)[4], at(HOME, 'country')],
    ['Téléphone', (c, o, r) => (r() < 0.4 ? chTel(r) : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? chMob(r) : ''), ['mobilePhone.number']],
    ['Date de naissance', (c) => chD(c.birth), ['person.birthDate'], opt],
    ['Langue', (c, o, r) => v.pick(r, ['Français', 'Français', 'Allemand']), [], opt],
    ['Statut', (c, o, r) => (c.bool ? 'Actif' : v.pick(r, ['Désabonné', 'Bounce'])), ['personalEmail.status'], opt],
    ['Date d\'ajout', (c) => chD(c.created), [], opt],
    ['Champ libre 1', (c, o, r) => v.pick(r, ['Rouge', 'Blanc', 'Rouge;Blanc', '']), []],
    ['Champ libre 2', (c, o, r) => v.pick(r, ['Client cave', 'Dégustation 2023', '']), []],
  ] },

  // ---------------------------------------------------------------- Mail Performance, Cibles > Exporter
  { name: 'mailperformance-cibles-export-fr', product: 'Mail Performance (Données > Cibles > Exporter les cibles, CSV ;-separated, French UI, a French regional newspaper sending editorial newsletters)', family: 'email', language: 'fr', schema: P, cols: [
    ['Identifiant unique', (c, o, r) => `${v.hex(r, 8).toUpperCase()}`, ['_id', 'personID']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? frD(c.birth) : ''), ['person.birthDate'], opt],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Téléphone mobile', (c, o, r) => (r() < 0.4 ? frMob(r) : ''), ['mobilePhone.number']],
    ['Abonné papier', (c, o, r) => (r() < 0.3 ? '1' : '0'), []],
    ['Newsletter quotidienne', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Newsletter sport', (c, o, r) => (r() < 0.3 ? '1' : '0'), [], opt],
    ['Offres partenaires', (c, o, r) => (r() < 0.1 ? '1' : '0'), []],
    ['Désabonné', (c) => (c.bool ? '0' : '1'), [], opt],
    ['Date de désabonnement', (c) => (c.bool ? '' : frDHM(c.updated)), [], opt],
    ['NPAI', (c, o, r) => (r() < 0.05 ? '1' : '0'), ['personalEmail.status'], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Inscription site', 'Espace abonné', 'Jeu concours', 'Application mobile']), []],
    ['Segments', (c, o, r) => v.pick(r, ['Actifs 3 mois', 'Inactifs 6 mois', 'Actifs 3 mois;Lecteurs sport', '']), []],
    ['Date de création', (c) => frDHM(c.created), [], opt],
    ['Date de modification', (c) => frDHM(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Cybermailing, Listes > Abonnés > Exporter
  { name: 'cybermailing-abonnes-export-fr', product: 'Cybermailing (Mes listes > Abonnés > Exporter la liste, CSV, French UI, a French online-training entrepreneur running an autoresponder list)', family: 'email', language: 'fr', schema: P, cols: [
    ['email', (c) => c.email, ['personalEmail.address']],
    ['prenom', (c) => c.first, ['person.name.firstName']],
    ['nom', (c, o, r) => (r() < 0.6 ? c.last : ''), ['person.name.lastName']],
    ['telephone', (c, o, r) => (r() < 0.3 ? frMob(r) : ''), ['mobilePhone.number']],
    ['ville', (c, o, r) => (r() < 0.3 ? c.city : ''), at(HOME, 'city')],
    ['date_inscription', (c) => ymdHMS(c.created), [], opt],
    ['ip_inscription', (c, o, r) => v.ip4(r), [], opt],
    ['date_confirmation', (c) => ymdHMS(c.created + 600000), [], opt],
    ['ip_confirmation', (c, o, r) => v.ip4(r), [], opt],
    ['formulaire', (c, o, r) => v.pick(r, ['Page capture ebook', 'Popup blog', 'Webinaire mars']), []],
    ['statut', (c, o, r) => (c.bool ? 'actif' : v.pick(r, ['desinscrit', 'bounce', 'non confirme'])), ['personalEmail.status'], opt],
    ['etape_sequence', (c, o, r) => String(v.int(r, 1, 21)), []],
    ['date_dernier_envoi', (c) => ymdHMS(c.updated), [], opt],
    ['nb_ouvertures', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['nb_clics', (c, o, r) => String(v.int(r, 0, 15)), []],
    ['affilie', (c, o, r) => (r() < 0.2 ? `aff${v.int(r, 100, 999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Acemailing, Contacts > Exporter
  { name: 'acemailing-contacts-export-fr', product: 'Acemailing (Contacts > Mes contacts > Exporter, CSV ;-separated, French UI, a French tourism office e-mailing visitors and local businesses)', family: 'email', language: 'fr', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Société', (c, o, r) => (r() < 0.25 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Téléphone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? frMob(r) : ''), ['mobilePhone.number']],
    ['Date de naissance', (c, o, r) => (r() < 0.3 ? frD(c.birth) : ''), ['person.birthDate'], opt],
    ['Groupes', (c, o, r) => v.pick(r, ['Visiteurs 2023', 'Prestataires', 'Visiteurs 2023, Newsletter été', 'Presse']), []],
    ['Statut', (c, o, r) => (c.bool ? 'Abonné' : v.pick(r, ['Désabonné', 'Erreur', 'Liste rouge'])), ['personalEmail.status'], opt],
    ['Date d\'ajout', (c) => frD(c.created), [], opt],
    ['Date de désinscription', (c) => (c.bool ? '' : frD(c.updated)), [], opt],
    ['Ouvertures', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Clics', (c, o, r) => String(v.int(r, 0, 12)), []],
  ] },

  // ---------------------------------------------------------------- Neolane v6, Profils et cibles > Destinataires > Exporter
  { name: 'neolane-destinataires-export-fr', product: 'Neolane v6 (console: Profils et cibles > Destinataires > clic droit > Exporter, assistant d\'export générique, CSV ;-separated with column labels, French UI, a French insurance mutual running marketing campaigns)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['Clé primaire', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID'], opt],
    ['Compte', (c, o, r) => `AD${v.int(r, 1000000, 9999999)}`, ['_id', 'personID']],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Format email', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'Choix du destinataire', 'Texte']), [], opt],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate'], opt],
    ['Sexe', (c) => (c.female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? frMob(r) : ''), ['mobilePhone.number']],
    ['Adresse (ligne 2)', (c) => c.street2, at(HOME, 'street2'), opt],
    ['Adresse (ligne 3)', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FR', at(HOME, 'countryCode')],
    ['Langue', () => 'fr', [], opt],
    ['Ne plus contacter (tous canaux)', (c, o, r) => (r() < 0.03 ? 'Oui' : 'Non'), [], opt],
    ['Ne plus contacter par email', (c) => (c.bool ? 'Non' : 'Oui'), [], opt],
    ['Ne plus contacter par SMS', (c, o, r) => (r() < 0.2 ? 'Oui' : 'Non'), [], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Agence', 'Site web', 'Devis en ligne', 'Import SI']), []],
    ['Dossier', () => 'Destinataires', []],
    ['Créé le', (c) => frDHM(c.created), [], opt],
    ['Modifié le', (c) => frDHM(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- Becash (Swiss POS with loyalty module), Clients > Exporter
  { name: 'becash-clients-fidelite-export-frch', product: 'Becash (Swiss POS, back-office: Données > Clients > Exporter, with the Fidélité module, CSV, French UI, a Swiss (Lausanne) bakery-café running a points programme)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['ID client', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id', 'personID']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['E-mail', (c) => c.email.replace(/@.*/, '@bluewin.ch'), ['personalEmail.address']],
    ['Téléphone', (c, o, r) => chMob(r), ['mobilePhone.number']],
    ['Adresse', (c, o, r, i) => row(CH_ADDR, i)[0], at(HOME, 'street1')],
    ['NPA', (c, o, r, i) => row(CH_ADDR, i)[1], at(HOME, 'postalCode')],
    ['Ville', (c, o, r, i) => row(CH_ADDR, i)[2], at(HOME, 'city')],
    ['Date de naissance', (c, o, r) => (r() < 0.6 ? chD(c.birth) : ''), ['person.birthDate'], opt],
    ['N° carte fidélité', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Points fidélité', (c, o, r) => String(v.int(r, 0, 480)), ['loyalty.points']],
    ['Points échangés', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.pointsRedeemed']],
    ['Total achats (CHF)', (c, o, r) => (v.int(r, 500, 200000) / 100).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Nombre de visites', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Dernière visite', (c) => chD(c.updated), [], opt],
    ['Remise (%)', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Catégorie', (c, o, r) => v.pick(r, ['Particulier', 'Particulier', 'Employé', 'Entreprise']), []],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Créé le', (c) => chD(c.created), [], opt],
  ] },
]
