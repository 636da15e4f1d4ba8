// Round 26, tune26: tune sets added in round 26, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
// "1 234,56" (French amounts, narrow no-break space for thousands as Pennylane and HelloAsso write them), "1.234,56"
// (Brazilian and Italian amounts), "12.990" (Chilean pesos, no decimals)
const frMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
const brMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const clp = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// dates: dd/MM/yyyy and dd/MM/yyyy HH:mm(:ss) in the product's local time (Paris +1, Brasília -3, Santiago -3,
// Rome +1), yyyy-MM-dd HH:mm:ss (Emailchef)
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const DAY = 86400000
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const rut = (r) => `${v.int(r, 8, 24)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`

// local people, places and goods the shared generators lack
const FR_CO = ['Boulangerie Martin SARL', 'Atelier Dubois', 'Cabinet Leroy & Associés', 'Transports Moreau SAS', 'Studio Petit', 'Garage Durand SARL', 'Pharmacie du Centre']
const FR_INV = [['Prestation de conseil - mars', 1500], ['Maintenance site web', 480], ['Formation Excel (2 jours)', 1200], ['Abonnement logiciel annuel', 2388], ['Création logo et charte', 950], ['Audit comptable', 3200]]
const PLANITY_SERVICES = ['Coupe + brushing', 'Couleur racines', 'Balayage', 'Barbe', 'Manucure semi-permanent', 'Soin visage']
const BR_BAIRROS = ['Centro', 'Jardins', 'Copacabana', 'Savassi', 'Batel', 'Moinhos de Vento', 'Pinheiros']
const EDUZZ_PRODUCTS = [['1874521', 'Curso Completo de Confeitaria Lucrativa', 497], ['2033190', 'Mentoria Marketing Digital 360', 1997], ['1650877', 'E-book Receitas Low Carb', 47], ['2210456', 'Planilha Financeira Pessoal', 29.9], ['1988342', 'Curso de Inglês Fluente em 6 Meses', 697]]
const CL_PEOPLE = [['Sebastián', 'González'], ['Catalina', 'Muñoz'], ['Matías', 'Rojas'], ['Valentina', 'Díaz'], ['Benjamín', 'Soto'], ['Javiera', 'Contreras'], ['Joaquín', 'Silva'], ['Francisca', 'Sepúlveda']]
const CL_ADDR = [['Av. Providencia 1234, depto 502', 'Providencia', 'Región Metropolitana', '7500000'], ['Av. Apoquindo 4501', 'Las Condes', 'Región Metropolitana', '7550000'], ['Irarrázaval 2950, casa 3', 'Ñuñoa', 'Región Metropolitana', '7750000'], ['Av. Libertad 1020', 'Viña del Mar', 'Región de Valparaíso', '2520000'], ['Barros Arana 845', 'Concepción', 'Región del Biobío', '4030000'], ['Av. Alemania 0671', 'Temuco', 'Región de La Araucanía', '4780000']]
const FALABELLA_ITEMS = [['ZAP-RUN-42N', '882745120', 'Zapatillas Running Hombre Negro', 'Talla: 42', 39990], ['POL-ALG-M-AZ', '881230554', 'Polera Algodón Básica', 'Talla: M / Color: Azul', 9990], ['AUD-BT-300', '883990017', 'Audífonos Bluetooth Over-Ear', 'Color: Negro', 54990], ['SAR-TEF-28', '880154321', 'Sartén Antiadherente 28 cm', '', 19990], ['MOC-URB-20L', '884001239', 'Mochila Urbana 20L', 'Color: Gris', 24990]]
const IT_PROV = [['Milano', 'MI', '20121', 'Lombardia'], ['Roma', 'RM', '00184', 'Lazio'], ['Torino', 'TO', '10121', 'Piemonte'], ['Napoli', 'NA', '80133', 'Campania'], ['Bologna', 'BO', '40121', 'Emilia-Romagna'], ['Firenze', 'FI', '50122', 'Toscana']]

export const SETS = [
  // ---------------------------------------------------------------- invoicing (Pennylane, Factures clients > Exporter, French)
  { name: 'pennylane-factures-fr', product: 'Pennylane (Ventes > Factures clients > Exporter la liste en CSV/Excel, French)', family: 'crm', language: 'fr', schema: E, cols: [
    ['Numéro de facture', (c, o, r, i) => `F-2024-${pad(120 + i * 3, 4)}`, [OR('purchaseID'), '_id'], opt],
    ['Client', (c, o, r, i) => (i % 3 ? row(FR_CO, i) : c.full), []],
    ['Référence client', (c, o, r, i) => `CLI${pad(40 + (i % 7), 5)}`, [], opt],
    ['Date de facturation', (c, o) => dmy(o.at, 1), ['timestamp', OR('createdDate')], opt],
    ['Date d\'échéance', (c, o) => dmy(o.at + 30 * DAY, 1), []],
    ['Libellé', (c, o, r, i) => row(FR_INV, i)[0], [PL('name')], opt],
    ['Montant HT', (c, o, r, i) => frMoney(row(FR_INV, i)[1]), [], opt],
    ['Remise', (c, o, r, i) => (i % 5 === 0 ? frMoney(row(FR_INV, i)[1] * 0.1) : '0,00'), [OR('discountAmount')], opt],
    ['Montant TVA', (c, o, r, i) => frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 0.2), [OR('taxAmount')]],
    ['Montant TTC', (c, o, r, i) => frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 1.2), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut', (c, o, r) => v.pick(r, ['Payée', 'Payée', 'À venir', 'En retard', 'Brouillon']), [], opt],
    ['Reste à payer', (c, o, r, i) => (r() < 0.35 ? frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 1.2) : '0,00'), []],
    ['Date de paiement', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 3, 40) * DAY, 1) : ''), [], opt],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Virement', 'Virement', 'Prélèvement SEPA', 'Carte bancaire', 'Chèque']), [OR('payments[0].paymentType')], opt],
    ['Conditions de paiement', (c, o, r) => v.pick(r, ['30 jours', 'À réception', '45 jours fin de mois']), []],
    ['Catégorie', (c, o, r) => v.pick(r, ['Prestations de services', 'Ventes de logiciels', 'Formation']), [], opt],
    ['Email client', (c, o, r, i) => (i % 3 ? `compta@${ascii(row(FR_CO, i)).slice(0, 12)}.fr` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['SIREN client', (c, o, r, i) => (i % 3 ? `${v.int(r, 300, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), []],
    ['N° TVA intracommunautaire', (c, o, r, i) => (i % 3 ? `FR${v.int(r, 10, 99)}${v.int(r, 300000000, 999999999)}` : ''), []],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['Code postal de facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville de facturation', (c) => c.city, [BILL('city')]],
    ['Pays de facturation', () => 'France', [BILL('country')]],
    ['Numéro de devis', (c, o, r, i) => (i % 2 ? `D-2024-${pad(80 + i, 4)}` : ''), []],
    ['Lien public', (c, o, r) => `https://app.pennylane.com/public/invoice/pdf?encrypted_id=${v.alnum(r, 24)}`, []],
    ['Créée le', (c, o) => dmyHm(o.at - DAY, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / salon clients (Planity Pro, Clients > Exporter, French)
  { name: 'planity-clients-fr', product: 'Planity Pro (logiciel de caisse et de réservation des salons: Clients > Exporter le fichier clients, French)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Téléphone mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.25 ? c.phone : ''), ['homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Date de naissance', (c, o, r) => (r() < 0.45 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Adresse', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Client depuis le', (c) => dmy(c.created, 1), [], opt],
    ['Nombre de rendez-vous', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['Dernier rendez-vous', (c) => dmyHm(c.updated, 1), [], opt],
    ['Prochain rendez-vous', (c, o, r) => (r() < 0.3 ? dmyHm(c.updated + v.int(r, 5, 40) * DAY, 1) : ''), []],
    ['Rendez-vous non honorés', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1, 2])), []],
    ['Prestation favorite', (c, o, r) => v.pick(r, PLANITY_SERVICES), []],
    ['Collaborateur préféré', (c, o, r) => v.pick(r, ['Sarah', 'Kevin', 'Inès', 'Aucun']), []],
    ['Total dépensé', (c, o, r) => frMoney(v.int(r, 3000, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Points fidélité', (c, o, r) => String(v.int(r, 0, 400)), ['loyalty.points'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Planity.com', 'Planity.com', 'Salon', 'Téléphone', 'Import']), [], opt],
    ['Accepte les SMS', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Accepte les emails', (c, o, r) => (r() < 0.5 ? 'Oui' : 'Non'), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Cheveux fins, éviter le décolorant', 'Allergie PPD', 'Préfère le samedi matin']), []],
  ] },

  // ---------------------------------------------------------------- events (Weezevent, Participants > Exporter, French)
  { name: 'weezevent-participants-fr', product: 'Weezevent (WeezTicket back-office: Participants > Exporter la liste des participants, French)', family: 'events', language: 'fr', schema: P, cols: [
    ['ID participant', (c, o, r) => String(v.int(r, 100000000, 199999999)), ID, opt],
    ['Code-barres', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Tarif', (c, o, r) => v.pick(r, ['Plein tarif', 'Tarif réduit', 'Pass 2 jours', 'Invitation']), []],
    ['Montant', (c, o, r) => frMoney(v.pick(r, [25, 18, 42, 0])), []],
    ['Date d\'achat', (c, o) => dmyHm(o.at, 1), [], opt],
    ['N° de commande', (c, o) => String(30000000 + +o.id * 7), []],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'Guichet', 'Gratuit']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Validé', 'Validé', 'Validé', 'Annulé', 'Remboursé']), [], opt],
    ['Contrôlé', (c, o, r) => (r() < 0.6 ? 'Oui' : 'Non'), []],
    ['Date de contrôle', (c, o, r) => (r() < 0.6 ? dmyHm(o.at + v.int(r, 2, 60) * DAY, 1) : ''), []],
    ['Nom acheteur', (c, o, r) => (r() < 0.7 ? c.last : v.last(r, 'fr')), [], opt],
    ['Prénom acheteur', (c, o, r) => (r() < 0.7 ? c.first : v.first(r, 'fr')), [], opt],
    ['Email acheteur', (c) => c.email, [], opt],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle'], opt],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Date de naissance', (c) => dmy(c.birth), ['person.birthDate']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Société', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Comment avez-vous connu l\'événement ?', (c, o, r) => v.pick(r, ['Réseaux sociaux', 'Bouche à oreille', 'Affichage', 'Radio']), []],
    ['Accepte de recevoir les informations de l\'organisateur', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (HelloAsso, campagne d'adhésion > Commandes > Exporter, French)
  { name: 'helloasso-commandes-fr', product: 'HelloAsso (espace association: campagne d\'adhésion > Commandes / Inscriptions > Exporter, French)', family: 'memberships', language: 'fr', schema: E, cols: [
    ['Référence commande', (c, o) => String(150000000 + +o.id * 97), [OR('purchaseID'), '_id']],
    ['Date de la commande', (c, o) => dmyHm(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Statut de la commande', (c, o, r) => v.pick(r, ['Validé', 'Validé', 'Validé', 'Remboursé']), [], opt],
    ['Nom participant', (c) => c.last, []],
    ['Prénom participant', (c) => c.first, []],
    ['Nom payeur', (c, o, r) => (r() < 0.8 ? c.last : v.last(r, 'fr')), []],
    ['Prénom payeur', (c, o, r) => (r() < 0.8 ? c.first : v.first(r, 'fr')), []],
    ['Email payeur', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Raison sociale', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Chèque', 'Espèces']), [OR('payments[0].paymentType')], opt],
    ['Billet', (c, o, r) => { const y = new Date(o.at).getUTCFullYear(); return v.pick(r, [`Adhésion ${y}-${y + 1}`, `Adhésion ${y}-${y + 1}`, `Adhésion + licence FFME ${y}-${y + 1}`]) }, [PL('name')], opt],
    ['Numéro de billet', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Tarif', (c, o, r) => v.pick(r, ['Adulte', 'Adulte', 'Étudiant / demandeur d\'emploi', 'Jeune (-18 ans)', 'Famille']), [PL('name')], opt],
    ['Montant tarif', (c, o, r) => frMoney(v.pick(r, [95, 95, 60, 70, 180])), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Code Promo', (c, o) => (o.discount ? 'REINSCRIPTION' : ''), ['commerce.promotionID'], opt],
    ['Montant code promo', (c, o) => (o.discount ? '10,00' : ''), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Adresse payeur', (c) => c.street, [BILL('street1')]],
    ['Code Postal payeur', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville payeur', (c) => c.city, [BILL('city')]],
    ['Pays payeur', () => 'France', [BILL('country')]],
    ['Date de naissance', (c) => dmy(c.birth), []],
    ['Téléphone', (c) => c.mobile, [], opt],
    ['Club', (c, o, r) => v.pick(r, ['Grimpe en Vercors', 'ESC Lyon Escalade', 'Vertical Nantes']), []],
    ['Numéro de licence FFME', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Certificat médical', (c, o, r) => (r() < 0.7 ? 'Oui' : 'Non'), []],
  ] },
]
