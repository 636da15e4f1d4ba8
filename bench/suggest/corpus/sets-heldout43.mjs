// Round 43, heldout43: held-out sets written apart from the suggester and any tuning (French tools of France, Belgium
// and Switzerland romande, headers in French), scored once at the end. Same format as sets.mjs (sources in
// ../README.md): header as the product exports it, one value generator per column in the product's formats, the
// accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { pad, parts, shift } from './values.mjs'
import { slug } from './values.mjs'

// Paris / Brussels / Geneva local time (CET, CEST April-October), good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const frD = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTS = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoL = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoLM = (ms) => isoL(ms).slice(0, 16)
const hms = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const chD = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const chDT = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const bDay = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const bIso = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const day = 86400000
const later = (c) => Math.max(c.created, c.updated)
const eur = (n) => n.toFixed(2).replace('.', ',')
const eurK = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
const digits = (s) => s.replace(/\D/g, '')
const n = (x) => +x.id
const civ = (c) => (c.female ? 'Mme' : 'M.')
const frMob = (c) => `06 ${pad(n(c) % 90 + 10)} ${pad((n(c) >> 3) % 90 + 10)} ${pad((n(c) >> 5) % 90 + 10)} ${pad(n(c) % 89 + 10)}`

// Belgium (Brussels) and Switzerland romande addresses and phones, derived from the person's id
const BE_CITY = [['Bruxelles', '1000'], ['Ixelles', '1050'], ['Saint-Gilles', '1060'], ['Etterbeek', '1040'], ['Uccle', '1180'], ['Schaerbeek', '1030'], ['Woluwe-Saint-Lambert', '1200']]
const BE_STREET = ['Chaussée de Waterloo', 'Rue du Bailli', 'Avenue Louise', 'Rue de la Loi', 'Chaussée d\'Ixelles', 'Rue Royale', 'Avenue de Tervueren']
const be = (c) => BE_CITY[n(c) % BE_CITY.length]
const beStreet = (c) => `${BE_STREET[(n(c) >> 2) % BE_STREET.length]} ${n(c) % 180 + 1}`
const beMob = (c) => `+32 4${['70', '75', '77', '85', '86', '96'][n(c) % 6]} ${pad(n(c) % 90 + 10)} ${pad((n(c) >> 4) % 90 + 10)} ${pad((n(c) >> 6) % 90 + 10)}`
const CH_CITY = [['Lausanne', '1003', 'VD'], ['Genève', '1204', 'GE'], ['Fribourg', '1700', 'FR'], ['Neuchâtel', '2000', 'NE'], ['Sion', '1950', 'VS'], ['Yverdon-les-Bains', '1400', 'VD'], ['Nyon', '1260', 'VD'], ['Carouge', '1227', 'GE']]
const CH_STREET = ['Rue du Rhône', 'Avenue de la Gare', 'Chemin des Vignes', 'Rue de Lausanne', 'Grand-Rue', 'Route de Berne', 'Rue du Simplon']
const ch = (c) => CH_CITY[n(c) % CH_CITY.length]
const chStreet = (c) => `${CH_STREET[(n(c) >> 2) % CH_STREET.length]} ${n(c) % 90 + 1}`
const chMob = (c) => `+41 7${[6, 7, 8, 9][n(c) % 4]} ${(n(c) % 900) + 100} ${pad((n(c) >> 3) % 90 + 10)} ${pad((n(c) >> 5) % 90 + 10)}`
const chTel = (c) => `+41 ${['21', '22', '26', '32', '27'][n(c) % 5]} ${(n(c) % 900) + 100} ${pad((n(c) >> 4) % 90 + 10)} ${pad((n(c) >> 6) % 90 + 10)}`

// Hiboutik: customers of a Lyon tea shop's POS (Clients > Exporter, CSV with ';'; French UI).
const HB_TAG = ['', '', 'fidèle', 'grossiste', 'salon de thé', '']
const hbSales = (c) => (n(c) % 6 === 0 ? 0 : 1 + (n(c) % 17))
const hbSpent = (c) => +(hbSales(c) * (18.5 + (n(c) % 13) * 2.35)).toFixed(2)
// Tiller (Caisse SumUp Pro): tickets of a Bordeaux brasserie (back-office: Rapports > Tickets > Exporter, CSV; French UI).
const TL_PM = ['CB', 'CB', 'CB', 'Espèces', 'Titre-restaurant', 'Swile', 'CB sans contact', 'Chèque vacances']
const tlPm = (o) => TL_PM[n(o) % TL_PM.length]
const TL_ST = ['Payé', 'Payé', 'Payé', 'Payé', 'Annulé', 'Remboursé']
const tlSt = (o) => TL_ST[n(o) % TL_ST.length]
const tlType = (o) => ['Sur place', 'Sur place', 'Sur place', 'À emporter', 'Livraison'][n(o) % 5]
const tlTtc = (o) => +(o.subtotal * 1.4).toFixed(2)
const tlTva = (o) => +(tlTtc(o) - tlTtc(o) / 1.1).toFixed(2)
const tlCouv = (o) => (tlType(o) === 'Sur place' ? 1 + (n(o) % 6) : 0)
const TL_SRV = ['Léa', 'Karim', 'Mathieu', 'Sofia', 'Bar']
// Zelty: orders of a Brussels burger restaurant group (back-office: Commandes > Exporter, CSV; French UI, EUR, Belgian VAT).
const ZL_MODE = ['Sur place', 'À emporter', 'Livraison', 'Livraison', 'Click & Collect', 'Sur place']
const zlMode = (o) => ZL_MODE[n(o) % ZL_MODE.length]
const zlSrc = (o) => (zlMode(o) === 'Livraison' ? ['Uber Eats', 'Deliveroo', 'Site web'][(n(o) >> 1) % 3] : zlMode(o) === 'Click & Collect' ? 'Site web' : ['Caisse', 'Borne', 'Caisse'][(n(o) >> 1) % 3])
const zlDel = (o) => zlMode(o) === 'Livraison'
const zlShip = (o) => (zlDel(o) ? 2.5 : 0)
const zlTtc = (o) => +(o.subtotal * 1.2 + zlShip(o) - (o.discount ? 3 : 0)).toFixed(2)
const zlSt = (o) => (n(o) % 11 === 5 ? 'Annulée' : 'Terminée')
const ZL_RESTO = ['Flagey', 'Châtelain', 'Sablon', 'Place Lux']
// Stancer: card and SEPA payments of a Paris online bookshop (dashboard: Paiements > Exporter, CSV; French UI).
const ST_ST = ['Capturé', 'Capturé', 'Capturé', 'Autorisé', 'Refusé', 'Capturé', 'Remboursé', 'Annulé']
const stSt = (o) => ST_ST[n(o) % ST_ST.length]
const stSepa = (o) => n(o) % 7 === 3
const ST_BRAND = ['visa', 'mastercard', 'cb', 'visa', 'amex']
const stAmt = (o) => +(o.total * 0.9).toFixed(2)
const stFee = (o) => +(stAmt(o) * 0.005 + 0.15).toFixed(2)
const ST_CODE = { Refusé: ['05', 'Ne pas honorer'], Annulé: ['17', 'Annulation client'] }
// Paybox (Verifone e-commerce): a hotel's online bookings near Annecy (back-office Vision: Transactions > Recherche > Exporter, CSV; French UI).
const PB_ST = ['Télécollecté', 'Télécollecté', 'Télécollecté', 'Autorisé', 'Refusé', 'Remboursé', 'Annulé']
const pbSt = (o) => PB_ST[n(o) % PB_ST.length]
const PB_CARD = ['CB', 'VISA', 'EUROCARD_MASTERCARD', 'CB', 'AMEX', 'CB']
const pbPaypal = (o) => n(o) % 9 === 8
const pbAmt = (o) => +(o.total * 4.2).toFixed(2)
// PowerBoutique: a French garden-supplies web shop's orders (back-office: Commandes > Export des commandes, CSV; one row per order line).
const PW_ST = ['Expédiée', 'Expédiée', 'Expédiée', 'En préparation', 'Paiement accepté', 'Annulée', 'Remboursée']
const pwSt = (o) => PW_ST[n(o) % PW_ST.length]
const PW_PM = ['Carte bancaire', 'Carte bancaire', 'PayPal', 'Virement', 'Chèque', 'Carte bancaire']
const PW_SHIP = ['Colissimo Domicile', 'Colissimo Point Retrait', 'Mondial Relay', 'Chronopost 13h', 'Retrait en magasin']
const pwShipM = (o) => PW_SHIP[n(o) % PW_SHIP.length]
const pwShip = (o) => (pwShipM(o) === 'Retrait en magasin' || o.subtotal > 59 ? 0 : pwShipM(o) === 'Chronopost 13h' ? 14.9 : 6.9)
const pwTtc = (o) => +(o.subtotal + pwShip(o) - o.discount).toFixed(2)
const PW_ITEM = [['GRA-TOM-01', 'Graines de tomates anciennes bio', 3.9], ['SEC-FEL-210', 'Sécateur Felco 2', 54.9], ['TER-UNI-40', 'Terreau universel 40 L', 12.5], ['ARR-ZIN-10', 'Arrosoir zinc 10 L', 29.0], ['GAN-JAR-M', 'Gants de jardinage taille M', 9.9], ['BUL-TUL-25', 'Bulbes de tulipes (x25)', 11.9]]
const pwItem = (o) => PW_ITEM[n(o) % PW_ITEM.length]
// Message Business: contacts of a French cosmetics brand's email and SMS marketing (Contacts > Exporter, CSV; French UI).
const MB_ST = ['Abonné', 'Abonné', 'Abonné', 'Abonné', 'Désabonné', 'Invalide (NPAI)', 'Plainte']
const mbSt = (c) => MB_ST[n(c) % MB_ST.length]
const MB_ORIG = ['Formulaire site', 'Jeu concours', 'Caisse magasin', 'Import', 'Popin newsletter', 'Commande e-shop']
const MB_INT = ['', 'Soins visage', 'Soins visage, Maquillage', 'Parfums', 'Soins corps, Bio', 'Maquillage']
// Mindbaz: subscribers of a Swiss romande department store's newsletter (Abonnés > Exporter, CSV; French UI, CHF shop).
const MZ_ST = ['Actif', 'Actif', 'Actif', 'Actif', 'Désinscrit', 'NPAI', 'Plaintif']
const mzSt = (c) => MZ_ST[n(c) % MZ_ST.length]
const MZ_ORIG = ['Formulaire site', 'Création de compte', 'Borne magasin', 'Jeu-concours', 'Import CRM']
// Plezi: contacts of a Nantes HR-software vendor's B2B marketing automation (Contacts > Exporter, CSV; French UI).
const PZ_ST = ['Visiteur identifié', 'Lead', 'Lead', 'MQL', 'SQL', 'Client']
const pzSt = (c) => PZ_ST[n(c) % PZ_ST.length]
const PZ_SECT = ['Industrie', 'Services aux entreprises', 'Santé', 'Distribution', 'BTP', 'Banque / Assurance']
const PZ_SIZE = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1000+']
const PZ_SRC = ['Formulaire contenu', 'Formulaire contact', 'Inscription webinar', 'Import', 'Connecteur CRM', 'Chat']
const PZ_CONT = ['', 'Livre blanc : onboarding réussi', 'Guide entretien annuel 2024', 'Webinar SIRH, Checklist paie', '']
const PZ_JOB = ['Responsable RH', 'DRH', 'Chargée de recrutement', 'Responsable paie', 'Directeur administratif et financier', 'Office manager']
const coDom = (c) => `${slug(c.company).slice(0, 14)}.fr`
// Webmecanik Automation: contacts of a Geneva training institute (Contacts > Exporter, CSV; French UI, Mautic-based).
const WM_STAGE = ['Visiteur', 'Prospect', 'Prospect qualifié', 'Inscrit', 'Ancien participant']
const WM_TAG = ['', 'formation-continue', 'webinar-2024, brochure', 'salon-geneve', 'cpf', '']
const WM_JOB = ['Responsable formation', 'Chef de projet', 'Assistante de direction', 'Directeur des opérations', 'Comptable', 'Ingénieur qualité']
const chDom = (c) => `${slug(c.company).slice(0, 12)}.ch`
// Eventdrive: participants of a Lyon pharmaceutical company's annual convention (Inviter > Participants > Exporter, Excel; French UI).
const ED_ST = ['Inscrit', 'Inscrit', 'Présent', 'Présent', 'Invité', 'Absent', 'Désinscrit']
const edSt = (c) => ED_ST[n(c) % ED_ST.length]
const ED_CAT = ['Client', 'Partenaire', 'Collaborateur', 'Intervenant', 'Client', 'Presse']
const ED_GRP = ['Pharmaciens Rhône', 'Grands comptes', 'Équipe commerciale', 'Speakers', '', 'Pharmaciens Isère']
const ED_JOB = ['Pharmacien titulaire', 'Directrice des achats', 'Responsable marketing', 'Délégué commercial', 'Préparatrice', 'Journaliste']
// Swile: beneficiaries of a Toulouse engineering firm's meal vouchers (espace administrateur: Titres-restaurant > Collaborateurs > Exporter, CSV).
const SW_SERV = ['Bureau d\'études', 'Production', 'Administration', 'Commercial', 'R&D', 'Qualité']
const SW_CARD = ['Active', 'Active', 'Active', 'Commandée', 'Bloquée', 'Active']

export const SETS = [
  // ---------------------------------------------------------------- POS customers
  { name: 'hiboutik-clients-fr', product: 'Hiboutik (Clients > Exporter, CSV with semicolons; French UI, the customers of a Lyon tea shop\'s cash register, with loyalty points and the customer barcode)', family: 'ecommerce-customers', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(n(c) % 9000 + 1), ['_id', 'personID']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c, o, r) => (r() < 0.75 ? c.email : ''), ['personalEmail.address']],
    ['Civilité', (c, o, r) => (r() < 0.8 ? (c.female ? '2' : '1') : ''), ['person.gender', 'person.name.courtesyTitle'], opt],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c, o, r) => (r() < 0.6 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Etat', () => '', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Pays', () => 'FRA', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Téléphone', (c) => digits(frMob(c)), ['mobilePhone.number', 'homePhone.number']],
    ['Date de naissance', (c, o, r) => (r() < 0.4 ? bIso(c.birth) : ''), ['person.birthDate']],
    ['Note', (c) => ['', '', 'Préfère les thés fumés', 'Commande le Noël pour son CE', ''][n(c) % 5], []],
    ['Points de fidélité', (c) => String(Math.floor(hbSpent(c))), ['loyalty.points']],
    ['EAN', (c) => `2${String(100000000000 + n(c) * 7).slice(1)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Date de création', (c) => isoL(c.created), [], opt],
    ['Nombre de ventes', (c) => String(hbSales(c)), []],
    ['CA TTC', (c) => eur(hbSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Dernière vente', (c) => (hbSales(c) ? isoL(later(c)) : ''), [], opt],
    ['Remise client (%)', (c) => (n(c) % 9 === 0 ? '10' : '0'), []],
    ['Crédit client', (c) => (n(c) % 13 === 0 ? '15,00' : '0,00'), []],
    ['Tags', (c) => HB_TAG[n(c) % HB_TAG.length], []],
    ['Magasin', () => 'Lyon Croix-Rousse', []],
  ] },

  // ---------------------------------------------------------------- POS tickets and restaurant orders
  { name: 'tiller-tickets-fr', product: 'Tiller by SumUp (Caisse SumUp Pro back-office: Rapports > Tickets > Exporter, CSV; French UI, the tickets of a Bordeaux brasserie, one row per ticket)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Établissement', () => 'Brasserie des Chartrons', []],
    ['Identifiant', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['N° de ticket', (c, o) => String(20000 + n(o)), [OR('purchaseID')]],
    ['Date d\'ouverture', (c, o) => frDT(o.at - (45 + n(o) % 60) * 60000), [OR('createdDate'), 'timestamp'], opt],
    ['Date de fermeture', (c, o) => frDT(o.at), ['timestamp']],
    ['Caisse', (c, o) => `iPad ${1 + n(o) % 3}`, []],
    ['Serveur', (c, o) => TL_SRV[n(o) % TL_SRV.length], []],
    ['Salle', (c, o) => (tlType(o) === 'Sur place' ? ['Salle', 'Terrasse', 'Mezzanine'][n(o) % 3] : ''), []],
    ['Table', (c, o) => (tlType(o) === 'Sur place' ? String(1 + n(o) % 40) : ''), []],
    ['Couverts', (c, o) => String(tlCouv(o)), []],
    ['Type', (c, o) => tlType(o), [OR('orderType')], opt],
    ['Nb articles', (c, o) => String(o.qty + tlCouv(o)), [PL('quantity')], opt],
    ['Total HT', (c, o) => eur(tlTtc(o) - tlTva(o)), [], opt],
    ['TVA', (c, o) => eur(tlTva(o)), [OR('taxAmount')]],
    ['Total TTC', (c, o) => eur(tlTtc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Remise', (c, o) => eur(o.discount), [OR('discountAmount')]],
    ['Pourboire', (c, o) => (tlPm(o).startsWith('CB') && n(o) % 4 === 1 ? eur(2 + n(o) % 5) : '0,00'), []],
    ['Moyen de paiement', (c, o) => tlPm(o), [OR('payments[0].paymentType')]],
    ['Statut', (c, o) => tlSt(o), [], opt],
    ['Client', (c, o) => (n(o) % 4 === 0 ? c.full : ''), []],
    ['Email client', (c, o) => (n(o) % 4 === 0 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Commentaire', (c, o) => ['', '', 'Anniversaire table 12', 'Sans gluten', ''][n(o) % 5], []],
  ] },
  { name: 'zelty-commandes-fr', product: 'Zelty (back-office: Commandes > Exporter, CSV; French UI, the orders of a Brussels burger group\'s four restaurants, on site, take-away and delivery, Belgian VAT)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(48000000 + n(o) * 13), ['_id', OR('purchaseID')], opt],
    ['Référence', (c, o) => `${'ABCD'[n(o) % 4]}-${100 + n(o) % 900}`, [OR('purchaseID')]],
    ['Date', (c, o) => isoLM(o.at), ['timestamp', OR('createdDate')]],
    ['Restaurant', (c, o) => ZL_RESTO[n(o) % ZL_RESTO.length], []],
    ['Mode', (c, o) => zlMode(o), [OR('orderType')], opt],
    ['Source', (c, o) => zlSrc(o), [], opt],
    ['Statut', (c, o) => zlSt(o), [], opt],
    ['Client', (c, o) => (zlMode(o) === 'Sur place' ? '' : c.full), []],
    ['Téléphone client', (c, o) => (zlMode(o) === 'Sur place' ? '' : beMob(c)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email client', (c, o) => (zlMode(o) === 'Sur place' || zlSrc(o) !== 'Site web' ? '' : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['Adresse de livraison', (c, o) => (zlDel(o) ? beStreet(c) : ''), [SHIP('street1')]],
    ['Code postal', (c, o) => (zlDel(o) ? be(c)[1] : ''), [SHIP('postalCode')]],
    ['Ville', (c, o) => (zlDel(o) ? be(c)[0] : ''), [SHIP('city')]],
    ['Heure de retrait/livraison', (c, o) => (zlMode(o) === 'Sur place' ? '' : hms(o.at + 1800000).slice(0, 5)), [], opt],
    ['Nb produits', (c, o) => String(o.qty + 1), [PL('quantity')], opt],
    ['Montant HT', (c, o) => eur(zlTtc(o) / 1.12), [], opt],
    ['TVA', (c, o) => eur(zlTtc(o) - zlTtc(o) / 1.12), [OR('taxAmount')]],
    ['Montant TTC', (c, o) => eur(zlTtc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Remise', (c, o) => eur(o.discount ? 3 : 0), [OR('discountAmount')]],
    ['Frais de livraison', (c, o) => eur(zlShip(o)), ['commerce.shipping.shippingAmount']],
    ['Paiement', (c, o) => (zlSrc(o) === 'Uber Eats' || zlSrc(o) === 'Deliveroo' ? 'Plateforme' : ['Bancontact', 'Carte', 'Espèces', 'Payconiq'][n(o) % 4]), [OR('payments[0].paymentType')]],
    ['Commentaire', (c, o) => ['', '', 'Sans oignons', 'Sonner 2x, 3e étage', 'Sauce à part'][n(o) % 5], []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'stancer-paiements-fr', product: 'Stancer (dashboard: Paiements > Exporter, CSV; French UI, the card and SEPA payments of a Paris online bookshop)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Identifiant', (c, o, r) => `paym_${v.alnum(r, 24)}`, [OR('payments[0].transactionID'), '_id']],
    ['Date de création', (c, o) => frDTS(o.at), ['timestamp']],
    ['Montant', (c, o) => eur(stAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Statut', (c, o) => stSt(o), [], opt],
    ['Méthode', (c, o) => (stSepa(o) ? 'Prélèvement SEPA' : 'Carte'), [OR('payments[0].paymentType')]],
    ['Marque', (c, o) => (stSepa(o) ? '' : ST_BRAND[n(o) % ST_BRAND.length]), [OR('payments[0].paymentType')], opt],
    ['Carte / IBAN', (c, o, r) => (stSepa(o) ? `FR76 **** **** **** **** ***${v.int(r, 10, 99)} ${v.int(r, 100, 999)}` : `**** **** **** ${v.int(r, 1000, 9999)}`), []],
    ['Expiration', (c, o, r) => (stSepa(o) ? '' : `${pad(v.int(r, 1, 12))}/${v.int(r, 2026, 2031)}`), []],
    ['Pays', (c, o) => (stSepa(o) ? '' : ['FR', 'FR', 'FR', 'BE', 'CH'][n(o) % 5]), [], opt],
    ['Description', (c, o) => `Commande LIV-${60000 + n(o)}`, [], opt],
    ['ID de commande', (c, o) => `LIV-${60000 + n(o)}`, [OR('purchaseID')]],
    ['ID unique', (c, o) => `liv${60000 + n(o)}-1`, [], opt],
    ['Code de réponse', (c, o) => (ST_CODE[stSt(o)] ?? ['00'])[0], []],
    ['Message', (c, o) => (ST_CODE[stSt(o)] ?? ['00', 'Transaction approuvée'])[1], []],
    ['3-D Secure', (c, o) => (stSepa(o) ? '' : n(o) % 4 === 2 ? 'Sans friction' : 'Authentifié'), []],
    ['Client', (c) => c.full, []],
    ['Email client', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobile client', (c, o) => (n(o) % 3 === 0 ? c.mobile.replace(/ /g, '') : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['ID client', (c, o, r) => `cust_${v.alnum(r, 24)}`, [], opt],
    ['Frais', (c, o) => (['Capturé', 'Remboursé'].includes(stSt(o)) ? eur(stFee(o)) : '0,00'), []],
    ['Montant remboursé', (c, o) => (stSt(o) === 'Remboursé' ? eur(stAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Date de remise', (c, o) => (['Capturé', 'Remboursé'].includes(stSt(o)) ? frD(o.at + 2 * day) : ''), [], opt],
  ] },
  { name: 'paybox-transactions-fr', product: 'Paybox by Verifone (Verifone e-commerce back-office Vision: Transactions > Recherche > Exporter, CSV; French UI, the online room bookings of a hotel near Annecy, numeric ISO currency)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Site', () => '1999888', []],
    ['Rang', () => '032', []],
    ['Date', (c, o) => frD(o.at), ['timestamp']],
    ['Heure', (c, o) => hms(o.at), [], opt],
    ['Numéro de transaction', (c, o) => String(600000000 + n(o) * 17), [OR('payments[0].transactionID'), '_id']],
    ['Numéro d\'appel', (c, o) => String(700000000 + n(o) * 19), [OR('payments[0].transactionID')], opt],
    ['Référence', (c, o) => `RESA-${24000 + n(o)}`, [OR('purchaseID')]],
    ['Montant', (c, o) => eur(pbAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => '978', [], opt],
    ['Type', (c, o) => (pbSt(o) === 'Remboursé' ? 'Remboursement' : pbSt(o) === 'Autorisé' ? 'Autorisation' : 'Autorisation + Débit'), [], opt],
    ['Etat', (c, o) => pbSt(o), [], opt],
    ['Moyen de paiement', (c, o) => (pbPaypal(o) ? 'PAYPAL' : 'CARTE'), [OR('payments[0].paymentType')]],
    ['Type de carte', (c, o) => (pbPaypal(o) ? '' : PB_CARD[n(o) % PB_CARD.length]), [OR('payments[0].paymentType')], opt],
    ['Numéro de carte', (c, o, r) => (pbPaypal(o) ? '' : `${PB_CARD[n(o) % PB_CARD.length] === 'AMEX' ? '3764' : '4970'}${v.int(r, 10, 99)}XXXXXX${v.int(r, 1000, 9999)}`), []],
    ['Date de validité', (c, o, r) => (pbPaypal(o) ? '' : `${pad(v.int(r, 1, 12))}${v.int(r, 26, 30)}`), []],
    ['Numéro d\'autorisation', (c, o, r) => (pbSt(o) === 'Refusé' ? '' : `XXXXXX`.replace(/X/g, () => String(v.int(r, 0, 9)))), []],
    ['Code réponse', (c, o) => (pbSt(o) === 'Refusé' ? '00105' : '00000'), []],
    ['Pays porteur', (c, o) => (pbPaypal(o) ? '' : ['FRA', 'FRA', 'CHE', 'BEL', 'FRA', 'DEU'][n(o) % 6]), [], opt],
    ['Pays IP', (c, o) => ['FRA', 'FRA', 'CHE', 'BEL', 'FRA', 'GBR'][(n(o) >> 1) % 6], [GEO('countryCode')], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Email porteur', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['3DSecure', (c, o) => (pbPaypal(o) ? '' : n(o) % 5 === 3 ? 'N' : 'O'), []],
    ['Garantie', (c, o) => (pbPaypal(o) ? '' : n(o) % 5 === 3 ? 'Non' : 'Oui'), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'powerboutique-commandes-fr', product: 'PowerBoutique (back-office: Commandes > Export des commandes, CSV; French UI, a French garden-supplies web shop, one row per order line)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o) => String(31000 + n(o)), [OR('purchaseID')]],
    ['Date commande', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => pwSt(o), [], opt],
    ['N° client', (c) => String(n(c) % 20000 + 1), [], opt],
    ['Civilité', (c) => civ(c), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse facturation', (c) => c.street, [BILL('street1')]],
    ['Complément adresse facturation', (c) => (n(c) % 5 === 0 ? `Bât. ${'ABC'[n(c) % 3]}` : ''), [BILL('street2')]],
    ['CP facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville facturation', (c) => c.city, [BILL('city')]],
    ['Pays facturation', () => 'France', [BILL('country')]],
    ['Adresse livraison', (c, o) => (pwShipM(o) === 'Colissimo Point Retrait' ? `Relais Pickup ${c.city} Centre` : pwShipM(o) === 'Retrait en magasin' ? '' : c.street), [SHIP('street1')]],
    ['CP livraison', (c, o) => (pwShipM(o) === 'Retrait en magasin' ? '' : c.postcode), [SHIP('postalCode')]],
    ['Ville livraison', (c, o) => (pwShipM(o) === 'Retrait en magasin' ? '' : c.city), [SHIP('city')]],
    ['Pays livraison', (c, o) => (pwShipM(o) === 'Retrait en magasin' ? '' : 'France'), [SHIP('country')]],
    ['Mode de livraison', (c, o) => pwShipM(o), ['commerce.shipping.shippingMethod']],
    ['Frais de port', (c, o) => eur(pwShip(o)), ['commerce.shipping.shippingAmount']],
    ['Mode de paiement', (c, o) => PW_PM[n(o) % PW_PM.length], [OR('payments[0].paymentType')]],
    ['Code promo', (c, o) => (o.discount ? 'JARDIN5' : ''), ['commerce.promotionID'], opt],
    ['Remise', (c, o) => eur(o.discount), [OR('discountAmount')]],
    ['Total HT', (c, o) => eur(pwTtc(o) / 1.2), [], opt],
    ['Total TVA', (c, o) => eur(pwTtc(o) - pwTtc(o) / 1.2), [OR('taxAmount')]],
    ['Total TTC', (c, o) => eur(pwTtc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Référence', (c, o) => pwItem(o)[0], [PL('SKU')]],
    ['Désignation', (c, o) => pwItem(o)[1], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o) => eur(pwItem(o)[2]), []],
    ['Total ligne TTC', (c, o) => eur(pwItem(o)[2] * o.qty), [PL('priceTotal')]],
    ['Poids (kg)', (c, o) => (o.qty * 0.45).toFixed(2).replace('.', ','), [], opt],
    ['N° de suivi', (c, o, r) => (pwSt(o) === 'Expédiée' && pwShipM(o) !== 'Retrait en magasin' ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'message-business-contacts-fr', product: 'Message Business (Contacts > Exporter, CSV; French UI, the email and SMS contacts of a French cosmetics brand with its shops and e-shop)', family: 'email', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => String(1200000 + n(c)), ['_id', 'personID']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c, o, r) => (r() < 0.85 ? civ(c) : ''), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c, o, r) => (r() < 0.8 ? c.last.toUpperCase() : ''), ['person.name.lastName']],
    ['Date de naissance', (c, o, r) => (r() < 0.45 ? bDay(c.birth) : ''), ['person.birthDate']],
    ['Téléphone mobile', (c, o, r) => (r() < 0.6 ? c.mobile.replace('+33 ', '0') : ''), ['mobilePhone.number']],
    ['Adresse', (c, o, r) => (r() < 0.3 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c, o, r) => (r() < 0.7 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Langue', () => 'FR', [], opt],
    ['Statut email', (c) => mbSt(c), ['personalEmail.status'], opt],
    ['Statut SMS', (c) => (n(c) % 3 === 0 ? 'Abonné' : 'Non abonné'), [], opt],
    ['Date d\'inscription', (c) => frDT(c.created), [], opt],
    ['Origine', (c) => MB_ORIG[n(c) % MB_ORIG.length], [], opt],
    ['Date de désinscription', (c) => (mbSt(c) === 'Désabonné' ? frDT(later(c)) : ''), [], opt],
    ['Date de dernière ouverture', (c, o, r) => (mbSt(c) === 'Abonné' && r() < 0.7 ? frDT(c.updated) : ''), [], opt],
    ['Date de dernier clic', (c, o, r) => (mbSt(c) === 'Abonné' && r() < 0.4 ? frDT(c.updated) : ''), [], opt],
    ['Score', (c) => String(n(c) % 101), [], opt],
    ['Centres d\'intérêt', (c) => MB_INT[n(c) % MB_INT.length], []],
    ['Boutique préférée', (c) => ['', 'Paris Marais', 'Lyon Presqu\'île', 'Bordeaux Sainte-Catherine', 'E-shop'][n(c) % 5], []],
    ['Date de modification', (c) => frDT(later(c)), [], opt],
  ] },
  { name: 'mindbaz-abonnes-fr', product: 'Mindbaz (Abonnés > Exporter, CSV; French UI, the newsletter subscribers of a Swiss romande department store, Swiss addresses and phones)', family: 'email', language: 'fr', schema: P, cols: [
    ['Id abonné', (c) => String(n(c) * 3 + 17), ['_id', 'personID']],
    ['Email', (c) => c.email.replace(/@.*/, `@${['bluewin.ch', 'gmail.com', 'hotmail.com', 'sunrise.ch'][n(c) % 4]}`), ['personalEmail.address']],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? chD(c.birth) : ''), ['person.birthDate']],
    ['Téléphone portable', (c, o, r) => (r() < 0.4 ? chMob(c) : ''), ['mobilePhone.number']],
    ['Adresse', (c, o, r) => (r() < 0.5 ? chStreet(c) : ''), at(HOME, 'street1')],
    ['NPA', (c) => ch(c)[1], at(HOME, 'postalCode')],
    ['Localité', (c) => ch(c)[0], at(HOME, 'city')],
    ['Canton', (c) => ch(c)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Pays', () => 'Suisse', at(HOME, 'country')],
    ['Langue', () => 'fr', [], opt],
    ['Format', (c) => (n(c) % 17 === 0 ? 'Texte' : 'HTML'), []],
    ['Statut', (c) => mzSt(c), ['personalEmail.status'], opt],
    ['Date d\'inscription', (c) => chDT(c.created), [], opt],
    ['Origine d\'inscription', (c) => MZ_ORIG[n(c) % MZ_ORIG.length], [], opt],
    ['Date de désinscription', (c) => (mzSt(c) === 'Désinscrit' ? chDT(later(c)) : ''), [], opt],
    ['Date de dernière ouverture', (c) => (mzSt(c) === 'Actif' ? chDT(later(c)) : ''), [], opt],
    ['Date de dernier clic', (c) => (mzSt(c) === 'Actif' && n(c) % 3 === 0 ? chDT(later(c)) : ''), [], opt],
    ['Nombre de messages reçus', (c) => String(n(c) % 240), []],
    ['Optin partenaires', (c) => (n(c) % 4 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Carte client', (c) => (n(c) % 3 === 0 ? `7612${String(n(c) * 11).padStart(9, '0')}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Date de dernière modification', (c) => chDT(later(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- marketing automation (B2B)
  { name: 'plezi-contacts-fr', product: 'Plezi (Contacts > Exporter, CSV; French UI, the contacts of a Nantes HR-software vendor\'s B2B marketing automation, with lead status, score and downloaded content)', family: 'marketing', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${coDom(c)}`, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Fonction', (c) => PZ_JOB[n(c) % PZ_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Site web', (c) => `https://www.${coDom(c)}`, ['b2b.companyWebsite']],
    ['Secteur d\'activité', (c) => PZ_SECT[n(c) % PZ_SECT.length], [], opt],
    ['Taille de l\'entreprise', (c) => PZ_SIZE[n(c) % PZ_SIZE.length], [], opt],
    ['Ville', (c, o, r) => (r() < 0.7 ? c.city : ''), at(['workAddress', ...HOME], 'city')],
    ['Pays', () => 'France', at(['workAddress', ...HOME], 'country')],
    ['Statut', (c) => pzSt(c), ['b2b.personStatus'], opt],
    ['Score', (c) => String(n(c) % 180), ['b2b.personScore']],
    ['Origine', (c) => PZ_SRC[n(c) % PZ_SRC.length], ['b2b.personSource'], opt],
    ['Première conversion', (c) => frDT(c.created), [], opt],
    ['Dernière conversion', (c) => frDT(later(c)), [], opt],
    ['Contenus téléchargés', (c) => PZ_CONT[n(c) % PZ_CONT.length], []],
    ['Nombre de visites', (c) => String(1 + n(c) % 40), []],
    ['Dernière visite', (c) => frDT(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Newsletter', (c) => (n(c) % 3 === 0 ? 'Non' : 'Oui'), [], opt],
    ['Propriétaire', (c) => ['Julien Moreau', 'Claire Petit', ''][n(c) % 3], []],
    ['Space', () => 'France', []],
    ['Date de création', (c) => frDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  { name: 'webmecanik-contacts-fr', product: 'Webmecanik Automation (Contacts > Exporter, CSV; French UI of the Mautic-based tool, the contacts of a Geneva continuing-education institute, Swiss addresses and phones)', family: 'marketing', language: 'fr', schema: B, cols: [
    ['ID', (c) => String(n(c) % 50000 + 1), B2BID],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)[0]}.${slug(c.last)}@${chDom(c)}`, ['workEmail.address', 'personalEmail.address']],
    ['Société', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Fonction', (c) => WM_JOB[n(c) % WM_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Téléphone', (c, o, r) => (r() < 0.6 ? chTel(c) : ''), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? chMob(c) : ''), ['mobilePhone.number']],
    ['Adresse ligne 1', (c, o, r) => (r() < 0.5 ? chStreet(c) : ''), at(['workAddress', ...HOME], 'street1')],
    ['Adresse ligne 2', (c) => (n(c) % 6 === 0 ? 'Case postale 12' : ''), at(['workAddress', ...HOME], 'street2')],
    ['Ville', (c) => ch(c)[0], at(['workAddress', ...HOME], 'city')],
    ['Code postal', (c) => ch(c)[1], at(['workAddress', ...HOME], 'postalCode')],
    ['Région', (c) => ch(c)[2], [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')], opt],
    ['Pays', () => 'Suisse', at(['workAddress', ...HOME], 'country')],
    ['Site web', (c) => `https://www.${chDom(c)}`, ['b2b.companyWebsite']],
    ['Points', (c) => String(n(c) % 250), ['b2b.personScore']],
    ['Étape', (c) => WM_STAGE[n(c) % WM_STAGE.length], ['b2b.personStatus'], opt],
    ['Propriétaire', (c) => ['Nadia Favre', 'Olivier Rochat', ''][n(c) % 3], []],
    ['Tags', (c) => WM_TAG[n(c) % WM_TAG.length], []],
    ['Segments', (c) => ['Newsletter', 'Newsletter, Leads formation', 'Anciens participants'][n(c) % 3], []],
    ['Langue préférée', () => 'fr_CH', [], opt],
    ['Ne pas contacter', (c) => (n(c) % 15 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Adresse IP', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), []],
    ['Date de création', (c) => chDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => chDT(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Dernière activité', (c) => chDT(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- events
  { name: 'eventdrive-participants-fr', product: 'Eventdrive (Inviter > Participants > Exporter, Excel; French UI, the guests of a Lyon pharmaceutical company\'s annual convention, pharmacists, partners and staff, with check-in)', family: 'events', language: 'fr', schema: B, cols: [
    ['ID participant', (c) => String(880000 + n(c)), B2BID],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Société', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Fonction', (c) => ED_JOB[n(c) % ED_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Téléphone', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Pays', () => 'FR', at(['workAddress', ...HOME], 'countryCode')],
    ['Ville', (c, o, r) => (r() < 0.6 ? c.city : ''), at(['workAddress', ...HOME], 'city')],
    ['Catégorie', (c) => ED_CAT[n(c) % ED_CAT.length], [], opt],
    ['Groupes', (c) => ED_GRP[n(c) % ED_GRP.length], []],
    ['Statut', (c) => edSt(c), [], opt],
    ['Date d\'invitation', (c) => frDT(c.created), [], opt],
    ['Date d\'inscription', (c) => (edSt(c) === 'Invité' ? '' : frDT(c.created + 3 * day)), [], opt],
    ['Check-in', (c) => (edSt(c) === 'Présent' ? 'Oui' : 'Non'), []],
    ['Date de check-in', (c) => (edSt(c) === 'Présent' ? frDT(later(c)) : ''), [], opt],
    ['Sessions', (c) => ['Plénière', 'Plénière, Atelier officine 4.0', 'Plénière, Atelier dermocosmétique', ''][n(c) % 4], []],
    ['Régime alimentaire', (c) => ['', '', 'Végétarien', 'Sans gluten', ''][n(c) % 5], []],
    ['Hébergement', (c) => (n(c) % 3 === 0 ? 'Nuit du 12 au 13' : ''), []],
    ['Langue', () => 'Français', [], opt],
    ['Invité par', (c) => ['Équipe marketing', 'Sophie Garnier', 'Thomas Roux'][n(c) % 3], []],
    ['QR code', (c, o, r) => v.alnum(r, 10).toUpperCase(), []],
  ] },

  // ---------------------------------------------------------------- HR benefits
  { name: 'swile-beneficiaires-fr', product: 'Swile (espace administrateur: Titres-restaurant > Collaborateurs > Exporter, CSV; French UI, the meal-voucher beneficiaries of a Toulouse engineering firm, with the order-file columns)', family: 'hr-benefits', language: 'fr', schema: B, cols: [
    ['Identifiant Swile société', () => 'AQT', []],
    ['Matricule', (c) => `M${String(n(c) % 5000).padStart(4, '0')}`, ['personID', '_id', 'extSourceSystemAudit.externalID'], opt],
    ['Civilité', (c) => (c.female ? 'MME' : 'MR'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => slug(c.first)[0].toUpperCase() + c.first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').slice(1), ['person.name.firstName']],
    ['Nom', (c) => c.last.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase(), ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Date de naissance', (c) => bDay(c.birth), ['person.birthDate']],
    ['Téléphone', (c, o, r) => (r() < 0.5 ? frMob(c) : ''), ['mobilePhone.number']],
    ['Service', (c) => SW_SERV[n(c) % SW_SERV.length], ['extendedWorkDetails.departments[0]']],
    ['Identifiant point de livraison', (c) => (n(c) % 4 === 0 ? 'D' : '1'), []],
    ['Adresse', (c) => (n(c) % 4 === 0 ? c.street : ''), at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => (n(c) % 8 === 0 ? `Rés. Les Pins, apt ${n(c) % 40 + 1}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => (n(c) % 4 === 0 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c) => (n(c) % 4 === 0 ? c.city : ''), at(HOME, 'city')],
    ['Valeur faciale', (c) => (n(c) % 5 === 0 ? '10' : '9'), []],
    ['Nombre de jours', (c) => String(17 + n(c) % 5), []],
    ['Code facturation', (c) => ['TLS-SIEGE', 'TLS-ATELIER'][n(c) % 2], []],
    ['Statut de la carte', (c) => SW_CARD[n(c) % SW_CARD.length], [], opt],
    ['Date d\'activation', (c) => (SW_CARD[n(c) % SW_CARD.length] === 'Commandée' ? '' : frD(c.created)), [], opt],
    ['Date d\'entrée', (c) => frD(c.created - 30 * day), [], opt],
  ] },
]
