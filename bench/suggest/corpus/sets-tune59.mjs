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
]
