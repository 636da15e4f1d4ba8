// Round 59, tune59: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). French tools for associations, training, healthcare practices, real estate,
// car dealers and local services (France and Belgium), headers in French.
import { E, P, B, v, HOME, B2BID, OR, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// French formats: "22/05/2024", "22/05/2024 14:31" (Paris, UTC+1/+2 taken as +2), "1 234,50" and "1 234,50 €"
const frD = (ms) => { const p = shift(ms, 2); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = shift(ms, 2); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frH = (ms) => { const p = shift(ms, 2); return `${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms) => { const p = shift(ms, 2); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const eurS = (n) => `${eur(n)} €`
const day = 86400000
const frMob = (r) => `06 ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const bePhone = (r) => `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const civ = (c) => (c.female ? 'Mme' : 'M.')
const ouiNon = (b) => (b ? 'Oui' : 'Non')
const FR_CARS = [['Peugeot', '208', 'Allure Pack PureTech 100', 'Essence', 18990], ['Renault', 'Clio V', 'Intens E-Tech 145', 'Hybride', 21490], ['Citroën', 'C3 Aircross', 'Shine BlueHDi 110', 'Diesel', 17490], ['Dacia', 'Sandero', 'Stepway Confort TCe 90', 'Essence', 13990], ['Volkswagen', 'Golf VIII', 'Life 1.5 eTSI 130 DSG7', 'Essence', 24900], ['Toyota', 'Yaris', 'Design Hybride 116h', 'Hybride', 19490]]
const FORMATIONS = [['Excel perfectionnement', 'EXC-02', 14, 890], ['Management d\'équipe', 'MGT-01', 21, 1450], ['Sauveteur Secouriste du Travail (SST)', 'SST-INI', 14, 290], ['Anglais professionnel TOEIC', 'ANG-TOE', 30, 1690], ['Habilitation électrique B0-H0V', 'HAB-B0', 7, 220]]
const MOTIFS = ['Consultation', 'Première consultation', 'Suivi', 'Vaccination', 'Renouvellement d\'ordonnance', 'Téléconsultation']
const BIENS = [['Appartement', 'T3 lumineux avec balcon', 3, 68, 245000], ['Maison', 'Maison de ville avec jardin', 5, 120, 389000], ['Appartement', 'Studio proche gare', 1, 24, 98000], ['Terrain', 'Terrain constructible viabilisé', 0, 0, 75000], ['Appartement', 'T2 rénové centre-ville', 2, 45, 159000]]
const PRESTA = [['Coupe femme + brushing', 48, 60], ['Coupe homme', 25, 30], ['Couleur + coupe', 85, 120], ['Soin visage hydratant', 65, 60], ['Manucure semi-permanent', 35, 45], ['Barbe', 15, 20]]

export const SETS = [
  // ---------------------------------------------------------------- association members (AssoConnect, Contacts > Exporter, French UI)
  { name: 'assoconnect-contacts-fr', product: 'AssoConnect (Administration > Contacts > sélection > Exporter en Excel, French UI, a French association)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => c.id, ['_id', 'personID']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => c.street2, at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Téléphone mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['Profession', (c) => c.job, [], opt],
    ['Groupes', (c, o, r) => v.pick(r, ['Adhérents 2024', 'Adhérents 2024;Bénévoles', 'Bureau', 'Donateurs']), []],
    ['Adhésion en cours', (c, o, r) => ouiNon(r() < 0.7), [], opt],
    ['Date de fin d\'adhésion', (c, o, r) => (r() < 0.7 ? '31/08/2025' : ''), [], opt],
    ['Accepte de recevoir les emails', (c) => ouiNon(c.bool), [], opt],
    ['Droit à l\'image', (c, o, r) => ouiNon(r() < 0.8), []],
    ['Date de création', (c) => frD(c.created), [], opt],
    ['Dernière modification', (c) => frD(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- training trainees (Digiforma, Apprenants > Exporter, French UI)
  { name: 'digiforma-apprenants-fr', product: 'Digiforma (Apprenants > Exporter (Excel), French UI, a French training organisation)', family: 'crm', language: 'fr', schema: B, cols: [
    ['ID', (c) => c.id, B2BID],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c) => c.mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Statut', (c, o, r) => v.pick(r, ['Salarié', 'Salarié', 'Demandeur d\'emploi', 'Indépendant']), [], opt],
    ['Adresse', (c) => c.street, ['workAddress.street1', 'homeAddress.street1'], opt],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode', 'homeAddress.postalCode'], opt],
    ['Ville', (c) => c.city, ['workAddress.city', 'homeAddress.city'], opt],
    ['Numéro de sécurité sociale', () => '', [], opt],
    ['Situation de handicap', (c, o, r) => ouiNon(r() < 0.05), []],
    ['Dernière session', (c, o, r, i) => row(FORMATIONS, i)[0], []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'CPF', 'OPCO', 'Inter', 'Intra']), []],
    ['Créé le', (c) => frD(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- training sessions sold (Dendreo, Ventes > Inscriptions > Export, French UI)
  { name: 'dendreo-inscriptions-fr', product: 'Dendreo (Sessions > Participants/Inscriptions > Exporter en Excel, French UI, a French training organisation)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° inscription', (c, o) => `INS-${o.id}`, ['_id', OR('purchaseID')]],
    ['Date d\'inscription', (c, o) => frD(o.at), ['timestamp', OR('createdDate')]],
    ['Formation', (c, o, r, i) => row(FORMATIONS, i)[0], [PL('name')]],
    ['Code formation', (c, o, r, i) => row(FORMATIONS, i)[1], [PL('SKU')]],
    ['Session', (c, o, r, i) => `${row(FORMATIONS, i)[1]}-${ymd(o.at + 20 * day)}`, [], opt],
    ['Date de début', (c, o) => frD(o.at + 20 * day), []],
    ['Date de fin', (c, o, r, i) => frD(o.at + 20 * day + Math.ceil(row(FORMATIONS, i)[2] / 7) * day), []],
    ['Durée (heures)', (c, o, r, i) => String(row(FORMATIONS, i)[2]), []],
    ['Modalité', (c, o, r) => v.pick(r, ['Présentiel', 'Distanciel', 'Mixte']), [], opt],
    ['Participant', (c) => `${c.first} ${c.last}`, []],
    ['Email participant', (c) => c.email, [], opt],
    ['Entreprise', (c) => c.company, [], opt],
    ['Financeur', (c, o, r) => v.pick(r, ['OPCO Atlas', 'OPCO EP', 'CPF', 'Entreprise', 'Pôle emploi']), [OR('payments[0].paymentType')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmé', 'Confirmé', 'Pré-inscrit', 'Annulé']), [], opt],
    ['Prix HT', (c, o, r, i) => eur(row(FORMATIONS, i)[3]), [PL('priceTotal')], opt],
    ['TVA', (c, o, r, i) => eur(row(FORMATIONS, i)[3] * 0.2), [OR('taxAmount')]],
    ['Prix TTC', (c, o, r, i) => eur(row(FORMATIONS, i)[3] * 1.2), [OR('priceTotal')]],
    ['Commercial', (c, o, r) => v.pick(r, ['Claire Martin', 'Julien Bernard', 'Sophie Petit']), []],
    ['Présence (%)', (c, o, r) => String(v.pick(r, [100, 100, 85, 50, 0])), []],
  ] },

  // ---------------------------------------------------------------- patients (Maiia, Patientèle > Exporter, French UI)
  { name: 'maiia-patients-fr', product: 'Maiia (Patientèle > Exporter la liste des patients (CSV), French UI, a French medical practice)', family: 'crm', language: 'fr', schema: P, cols: [
    ['N° dossier', (c) => c.id, ['_id', 'personID']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom de naissance', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Nom d\'usage', (c, o, r) => (c.female && r() < 0.3 ? 'DURAND' : ''), [], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Sexe', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate']],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Médecin traitant', (c, o, r) => v.pick(r, ['Dr Lefebvre', 'Dr Moreau', '', 'Dr Garnier']), []],
    ['Mutuelle', (c, o, r) => v.pick(r, ['MGEN', 'Harmonie Mutuelle', 'Malakoff Humanis', '']), []],
    ['Premier RDV', (c) => frD(c.created), [], opt],
    ['Dernier RDV', (c) => frD(c.updated), [], opt],
    ['Nombre de RDV', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['RDV non honorés', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
  ] },

  // ---------------------------------------------------------------- appointments (Keldoc, Agenda > Rendez-vous > Exporter, French UI)
  { name: 'keldoc-rendez-vous-fr', product: 'Keldoc (espace praticien: Agenda > Liste des rendez-vous > Exporter (CSV), French UI, a French clinic or practice)', family: 'events', language: 'fr', schema: E, cols: [
    ['Id rendez-vous', (c, o) => String(10000000 + Number(o.id) * 37), ['_id']],
    ['Date', (c, o) => frD(o.at), ['timestamp']],
    ['Heure', (c, o) => frH(o.at), [], opt],
    ['Durée (min)', (c, o, r) => String(v.pick(r, [10, 15, 20, 30])), []],
    ['Praticien', (c, o, r) => v.pick(r, ['Dr Sophie LAMBERT', 'Dr Antoine ROUSSEL', 'Dr Karima BENALI']), []],
    ['Spécialité', (c, o, r) => v.pick(r, ['Médecine générale', 'Ophtalmologie', 'Dermatologie', 'Kinésithérapie']), []],
    ['Lieu', (c, o, r) => v.pick(r, ['Centre médical Saint-Exupéry', 'Cabinet Lyon 6e']), []],
    ['Motif', (c, o, r) => v.pick(r, MOTIFS), [], opt],
    ['Patient', (c) => `${c.last.toUpperCase()} ${c.first}`, []],
    ['Date de naissance', (c) => frD(c.birth), []],
    ['Téléphone', (c) => c.mobile, []],
    ['Email', (c) => c.email, []],
    ['Nouveau patient', (c, o, r) => ouiNon(r() < 0.25), []],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmé', 'Confirmé', 'Honoré', 'Annulé', 'Absent']), [], opt],
    ['Pris par', (c, o, r) => v.pick(r, ['Internet', 'Internet', 'Secrétariat', 'Téléphone']), [], opt],
    ['Créé le', (c, o, r) => frDT(o.at - v.int(r, 1, 30) * day), [OR('createdDate')], opt],
    ['Annulé le', (c, o, r) => (r() < 0.15 ? frDT(o.at - day) : ''), [OR('cancelDate')], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Apporter ordonnance', 'Carte vitale oubliée']), []],
  ] },

  // ---------------------------------------------------------------- buyer contacts (Hektor by Apimo? no: Hektor, Contacts > Acquéreurs > Export, French UI)
  { name: 'hektor-acquereurs-fr', product: 'Hektor (La Boite Immo; Contacts > Acquéreurs > Exporter (Excel), French UI, a French real estate agency)', family: 'crm', language: 'fr', schema: P, cols: [
    ['N°', (c) => c.id, ['_id', 'personID']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Tél. portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Tél. domicile', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Tél. bureau', (c, o, r) => (r() < 0.15 ? c.phone : ''), ['workPhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['CP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Type de recherche', (c, o, r) => v.pick(r, ['Achat', 'Achat', 'Location']), []],
    ['Type de bien', (c, o, r) => v.pick(r, ['Appartement', 'Maison', 'Appartement, Maison', 'Terrain']), []],
    ['Budget min', (c, o, r) => String(v.int(r, 8, 20) * 10000), []],
    ['Budget max', (c, o, r) => String(v.int(r, 21, 45) * 10000), []],
    ['Secteurs', (c, o, r) => v.pick(r, ['Centre-ville', 'Nord; Est', 'Périphérie']), []],
    ['Nb pièces min', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Surface min', (c, o, r) => String(v.int(r, 2, 12) * 10), []],
    ['Négociateur', (c, o, r) => v.pick(r, ['Thomas Girard', 'Laura Fontaine', 'Nicolas Mercier']), []],
    ['Origine', (c, o, r) => v.pick(r, ['SeLoger', 'Leboncoin', 'Site agence', 'Vitrine', 'Bouche à oreille']), [], opt],
    ['Date de création', (c) => frD(c.created), [], opt],
    ['Dernière action', (c) => frD(c.updated), [], opt],
    ['Actif', (c) => ouiNon(c.bool), [], opt],
  ] },

  // ---------------------------------------------------------------- real estate contacts (Netty, Contacts > Exporter, French UI)
  { name: 'netty-contacts-fr', product: 'Netty (logiciel immobilier; Contacts > Liste > Exporter CSV, French UI, a French real estate agency)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Référence', (c) => `C${c.id}`, ['_id', 'personID']],
    ['Type', (c, o, r) => v.pick(r, ['Acquéreur', 'Vendeur', 'Locataire', 'Propriétaire bailleur']), [], opt],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone', (c, o, r) => (r() < 0.35 ? c.phone : ''), ['homePhone.number']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'FRANCE', at(HOME, 'country')],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Agence', (c, o, r) => v.pick(r, ['Agence Centre', 'Agence Rive Gauche']), []],
    ['Collaborateur', (c, o, r) => v.pick(r, ['Marie Dubois', 'Hugo Lemaire', 'Chloé Simon']), []],
    ['Newsletter', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Consentement RGPD', (c, o, r) => (r() < 0.85 ? '1' : '0'), [], opt],
    ['Date création', (c) => ymd(c.created), [], opt],
    ['Date modification', (c) => ymd(c.updated), [], opt],
    ['Commentaires', (c, o, r) => v.pick(r, ['', '', 'Recherche rapide, financement OK', 'Rappeler en septembre']), []],
  ] },

  // ---------------------------------------------------------------- property vendors (Périclès, Vendeurs/Propriétaires > Export, French UI)
  { name: 'pericles-proprietaires-fr', product: 'Périclès (logiciel de transaction immobilière; Propriétaires > Liste > Export Excel, French UI, a French real estate agency)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Code propriétaire', (c) => `P${pad(Number(c.id) % 100000, 5)}`, ['_id', 'personID']],
    ['Titre', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Adresse 1', (c) => c.street, at(HOME, 'street1')],
    ['Adresse 2', (c) => c.street2, at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Tél. 1', (c) => c.phone, ['homePhone.number', 'mobilePhone.number'], opt],
    ['Tél. 2', (c) => c.mobile, ['mobilePhone.number'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['N° mandat', (c, o, r) => String(v.int(r, 1200, 2899)), []],
    ['Type de mandat', (c, o, r) => v.pick(r, ['Simple', 'Exclusif', 'Semi-exclusif']), []],
    ['Date mandat', (c) => frD(c.created), [], opt],
    ['Type de bien', (c, o, r, i) => row(BIENS, i)[0], []],
    ['Nb pièces', (c, o, r, i) => String(row(BIENS, i)[2]), []],
    ['Surface habitable', (c, o, r, i) => String(row(BIENS, i)[3]), []],
    ['Prix de vente', (c, o, r, i) => eurS(row(BIENS, i)[4]), []],
    ['Honoraires', (c, o, r, i) => eurS(row(BIENS, i)[4] * 0.05), []],
    ['Ville du bien', (c) => c.city, [], opt],
    ['Négociateur', (c, o, r) => v.pick(r, ['JD', 'ML', 'FB']), []],
    ['Observations', (c, o, r) => v.pick(r, ['', '', 'Succession en cours', 'Clés à l\'agence']), []],
  ] },
]
