// Round 52, heldout52: held-out sets written apart from the suggester and any tuning (by a helper that never opened the
// suggester or a score), scored once at the end. French-language CRM, shop, loyalty and e-mail tools (France, Belgium,
// Switzerland, Québec). Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

// Paris / Brussels / Zurich time (summer time April-October, good enough for generated rows), Montréal time
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const par = (ms) => shift(ms, dst(ms) ? 2 : 1)
const frD = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTS = (ms) => { const p = par(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoS = (ms) => { const p = par(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms) => { const p = par(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const eur = (n) => n.toFixed(2).replace('.', ',')
const eurSp = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
const day = 86400000
const civ = (c) => (c.female ? 'Mme' : 'M.')
const frMob = (c) => `06 ${pad(+c.id % 100)} ${pad((+c.id >> 2) % 100)} ${pad((+c.id >> 4) % 100)} ${pad((+c.id >> 6) % 100)}`
const frTel = (c) => `01 ${pad((+c.id >> 1) % 100)} ${pad((+c.id >> 3) % 100)} ${pad((+c.id >> 5) % 100)} ${pad((+c.id >> 7) % 100)}`
const e164fr = (c) => `+33${frMob(c).replace(/\s/g, '').slice(1)}`
const coSlug = (c) => slug(c.company).slice(0, 12)
const work = (c) => `${slug(c.first)}.${slug(c.last)}@${coSlug(c)}.fr`
const siret = (c) => { const n = String(30000000000000 + (+c.id * 7919177) % 69999999999999); return n }
const sumCodes = (c) => String(10000 + +c.id % 90000)

// Initiative CRM: client/prospect records of a French industrial-supplies distributor (Fiches > Exporter, CSV ;-separated).
const IC_TYPE = ['Client', 'Client', 'Prospect', 'Prospect', 'Ancien client', 'Suspect']
const IC_COM = ['Sophie Lemaire', 'Julien Barbier', 'Nadia Cherif']
const IC_ORIG = ['Salon', 'Site internet', 'Recommandation', 'Phoning', 'Annuaire']
const IC_FCT = ['Responsable achats', 'Directeur technique', 'Gérant', 'Assistante de direction', 'Chef d\'atelier']
const IC_NAF = ['2562B', '4669B', '2899B', '3312Z', '4322A']
// Karlia: contacts of a Lyon web agency's CRM (Contacts > Exporter, Excel; French UI, one row per contact with its company).
const KA_ETAT = ['Client', 'Prospect chaud', 'Prospect froid', 'Partenaire', 'Client']
const KA_FCT = ['CEO', 'Responsable marketing', 'Chargée de communication', 'DSI', 'Office manager']
// Divalto (weavy / Divalto infinity): customer master of a Belgian wholesale florist (Tiers > Clients > Export Excel; French UI).
const DV_FAM = ['FLEUR', 'FLEUR', 'EVENT', 'JARDI', 'GMS']
const DV_REG = ['30 jours fin de mois', 'Comptant', '45 jours date de facture', 'Prélèvement 30 jours']
const DV_REP = ['REP01', 'REP02', 'REP05']
// Lundi Matin Business: order lines of a French tea shop's shop back-office (Ventes > Commandes > Exporter, CSV).
const LM_ST = ['Expédiée', 'Expédiée', 'Livrée', 'En préparation', 'Annulée', 'Payée']
const lmSt = (o) => LM_ST[+o.id % LM_ST.length]
const LM_PAY = ['Carte bancaire', 'Carte bancaire', 'PayPal', 'Virement', 'Chèque']
const LM_TR = ['Colissimo', 'Mondial Relay', 'Chronopost', 'Retrait en boutique']
const LM_ITEM = [['TH-0412', 'Thé vert Sencha bio 100 g', 9.9], ['TH-1107', 'Earl Grey fumé vrac 250 g', 18.5], ['INF-0023', 'Infusion verveine menthe 50 g', 6.9], ['ACC-0301', 'Théière fonte Arare 0,8 L', 54], ['TH-0788', 'Rooibos vanille 100 g', 8.4], ['COF-0005', 'Coffret découverte 6 thés', 32]]
const lmIt = (o) => LM_ITEM[+o.id % LM_ITEM.length]
const lmLine = (o) => +(lmIt(o)[2] * o.qty).toFixed(2)
const lmTotal = (o) => +(lmLine(o) + o.shipping - o.discount).toFixed(2)
// Obypay: click-and-collect and table orders of a Paris bakery chain (Back-office > Commandes > Export CSV; French UI).
const OB_MODE = ['À emporter', 'À emporter', 'Sur place', 'Livraison', 'Click & collect']
const OB_ST = ['Terminée', 'Terminée', 'Terminée', 'Remboursée', 'Annulée']
const obSt = (o) => OB_ST[+o.id % OB_ST.length]
const OB_PAY = ['CB', 'CB', 'Apple Pay', 'Google Pay', 'Titre-restaurant', 'Swile']
const OB_SHOP = ['Boulangerie Oberkampf', 'Boulangerie Batignolles', 'Boulangerie Bastille']
const OB_ITEM = [['Formule déjeuner', 11.9], ['Croissant au beurre', 1.35], ['Baguette tradition', 1.3], ['Flan pâtissier (part)', 3.6], ['Sandwich jambon-beurre', 5.2]]
// L'Addition: customer file of a Bordeaux bistro's POS (Back-office > Clients > Exporter, Excel; French UI).
const LA_TAG = ['', 'Habitué', 'VIP', 'Allergie gluten', '', 'Comité d\'entreprise']
// Cegid Retail (Y2): loyalty customers of a French shoe-shop chain (Clients > Export, CSV; French UI).
const CG_TIER = ['Standard', 'Standard', 'Silver', 'Gold']
const CG_MAG = ['Lyon Part-Dieu', 'Nantes Centre', 'Lille Euralille', 'Toulouse Wilson', 'Site web']
const cgPts = (c) => (+c.id * 37) % 1800
// Fidback: loyalty members of a Swiss-French (Lausanne) café (Clients > Exporter, CSV; French UI, CHF).
// Fidme (Fidme Pro): members of a Belgian (Liège) bakery's stamp card (Espace commerçant > Clients > Export CSV).
// Captain Wallet: wallet loyalty-card holders of a French cosmetics brand (Audience > Export, CSV; French UI).
const CW_OS = ['iOS', 'iOS', 'Android', 'Android', 'iOS']
const CW_ST = ['installée', 'installée', 'installée', 'supprimée', 'non installée']
// Ividence: subscribers of a Québec news publisher's sponsored newsletters (Audience > Abonnés > Exporter, CSV; French UI).
const IV_LIST = ['Matin Express', 'Matin Express', 'Hebdo Affaires', 'Sorties Montréal']
const mtl = (ms) => { const p = shift(ms, dst(ms) ? -4 : -5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const QC = [['Montréal', 'H2J 3K5'], ['Québec', 'G1R 4P5'], ['Laval', 'H7N 2T3'], ['Sherbrooke', 'J1H 1Z2'], ['Gatineau', 'J8Y 3R8'], ['Longueuil', 'J4K 2T1']]
const qc = (c) => QC[+c.id % QC.length]
// Kiliba: contacts of a French organic-cosmetics PrestaShop store's e-mail automation (Contacts > Exporter, CSV).
const KI_ST = ['Abonné', 'Abonné', 'Abonné', 'Désabonné', 'Bounce', 'Abonné']
const kiOrders = (c) => (+c.id % 4 === 0 ? 0 : 1 + +c.id % 6)

export const SETS = [
  // ---------------------------------------------------------------- CRM / B2B
  { name: 'initiative-crm-fiches-fr', product: 'Initiative CRM (liste des Fiches > Exporter, CSV ;-separated; French UI, a French industrial-supplies distributor, one row per company record with its main contact)', family: 'crm', language: 'fr', schema: B, cols: [
    ['N° fiche', (c) => String(10000 + +c.id % 90000), B2BID, opt],
    ['Type de fiche', (c) => IC_TYPE[+c.id % IC_TYPE.length], ['b2b.personType'], opt],
    ['Raison sociale', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['SIRET', (c) => siret(c), [], opt],
    ['Code NAF', (c) => IC_NAF[+c.id % IC_NAF.length], [], opt],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', () => 'France', ['workAddress.country']],
    ['Téléphone', (c) => frTel(c), ['workPhone.number']],
    ['Site web', (c) => `www.${coSlug(c)}.fr`, ['b2b.companyWebsite'], opt],
    ['Civilité contact', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom contact', (c) => c.last, ['person.name.lastName']],
    ['Prénom contact', (c) => c.first, ['person.name.firstName']],
    ['Fonction contact', (c) => IC_FCT[+c.id % IC_FCT.length], ['extendedWorkDetails.jobTitle']],
    ['Email contact', (c) => work(c), ['workEmail.address', 'personalEmail.address']],
    ['Portable contact', (c, o, r) => (r() < 0.6 ? frMob(c) : ''), ['mobilePhone.number']],
    ['Commercial', (c) => IC_COM[+c.id % IC_COM.length], []],
    ['Origine', (c) => IC_ORIG[+c.id % IC_ORIG.length], ['b2b.personSource'], opt],
    ['Date de création', (c) => frD(c.created), [], opt],
    ['Date de modification', (c) => frD(Math.max(c.created, c.updated)), [], opt],
    ['Date dernière action', (c) => frD(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Observations', (c, o, r) => v.pick(r, ['', '', 'Rappeler en septembre', 'Intéressé par les EPI', '']), []],
  ] },
  { name: 'karlia-contacts-fr', product: 'Karlia (Contacts > Exporter, Excel; French UI, a Lyon web agency, one row per contact with its company)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Id', (c) => String(800000 + +c.id), B2BID, opt],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => KA_FCT[+c.id % KA_FCT.length], ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email', (c) => work(c), ['workEmail.address', 'personalEmail.address']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.5 ? frTel(c) : ''), ['workPhone.number']],
    ['Téléphone mobile', (c) => frMob(c), ['mobilePhone.number']],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['CP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Etat', (c) => KA_ETAT[+c.id % KA_ETAT.length], ['b2b.personStatus'], opt],
    ['Responsable', (c) => ['Thomas G.', 'Claire V.'][+c.id % 2], []],
    ['Etiquettes', (c) => ['', 'Refonte site', 'SEO, Newsletter', 'Maintenance'][+c.id % 4], []],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), [], opt],
    ['Date de création', (c) => frDT(c.created), [], opt],
    ['Dernière modification', (c) => frDT(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'divalto-clients-fr', product: 'Divalto infinity (Tiers > Clients > Export Excel; French UI, a Belgian wholesale florist\'s customer master with its main contact)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Code client', (c) => `C${pad(+c.id % 100000, 5)}`, B2BID, opt],
    ['Raison sociale', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Famille', (c) => DV_FAM[+c.id % DV_FAM.length], [], opt],
    ['Adresse 1', (c) => c.street, ['workAddress.street1']],
    ['Adresse 2', (c, o, r) => (r() < 0.2 ? 'Zoning industriel' : ''), ['workAddress.street2']],
    ['Code postal', (c) => String(4000 + +c.id % 900), ['workAddress.postalCode']],
    ['Ville', (c) => ['Liège', 'Namur', 'Charleroi', 'Mons', 'Bruxelles'][+c.id % 5], ['workAddress.city']],
    ['Pays', () => 'BE', ['workAddress.countryCode']],
    ['N° TVA', (c) => `BE0${String(400000000 + +c.id * 97 % 599999999)}`, [], opt],
    ['Téléphone', (c) => `+32 4 ${v.int(v.rng(+c.id), 200, 999)} ${pad(+c.id % 100)} ${pad((+c.id >> 3) % 100)}`, ['workPhone.number']],
    ['E-mail', (c) => `info@${coSlug(c)}.be`, ['workEmail.address'], opt],
    ['Contact principal', (c) => c.full, ['person.name.fullName']],
    ['Mode de règlement', (c) => DV_REG[+c.id % DV_REG.length], []],
    ['Représentant', (c) => DV_REP[+c.id % DV_REP.length], []],
    ['Encours autorisé', (c) => eur(2500 + (+c.id % 20) * 500), []],
    ['Bloqué', (c) => (+c.id % 17 === 3 ? 'Oui' : 'Non'), ['b2b.isBlocked'], opt],
    ['Date création', (c) => frD(c.created), [], opt],
    ['Date dernière facture', (c) => frD(Math.max(c.created, c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- orders
  { name: 'lundi-matin-commandes-fr', product: 'Lundi Matin Business (Ventes > Commandes > Exporter, CSV; French UI, a French tea shop\'s web and boutique orders, one row per order line)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o) => `CMD${pad(+o.id % 100000, 6)}`, [OR('purchaseID')]],
    ['Date commande', (c, o) => frDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => lmSt(o), [], opt],
    ['Canal', (c, o) => (+o.id % 3 === 0 ? 'Boutique' : 'Site web'), [OR('orderType')], opt],
    ['Code client', (c) => `CL${c.id}`, [], opt],
    ['Nom client', (c) => `${c.last.toUpperCase()} ${c.first}`, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Référence article', (c, o) => lmIt(o)[0], [PL('SKU')]],
    ['Désignation', (c, o) => lmIt(o)[1], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o) => eur(lmIt(o)[2]), [], opt],
    ['Montant ligne TTC', (c, o) => eur(lmLine(o)), [PL('priceTotal')]],
    ['Remise', (c, o) => eur(o.discount), [OR('discountAmount')], opt],
    ['Frais de port', (c, o) => eur(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Total TVA', (c, o) => eur(lmTotal(o) * 0.055 / 1.055), [OR('taxAmount')]],
    ['Total TTC', (c, o) => eur(lmTotal(o)), [OR('priceTotal')]],
    ['Mode de paiement', (c, o) => LM_PAY[+o.id % LM_PAY.length], [OR('payments[0].paymentType')]],
    ['Transporteur', (c, o) => LM_TR[+o.id % LM_TR.length], ['commerce.shipping.shippingMethod']],
    ['N° de suivi', (c, o, r) => (lmSt(o) === 'Expédiée' || lmSt(o) === 'Livrée' ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Adresse livraison', (c) => c.street, [SHIP('street1')]],
    ['CP livraison', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville livraison', (c) => c.city, [SHIP('city')]],
    ['Pays livraison', () => 'France', [SHIP('country')]],
    ['Code promo', (c, o) => (o.discount ? 'THE10' : ''), [], opt],
  ] },
  { name: 'obypay-commandes-fr', product: 'Obypay (Back-office > Commandes > Export CSV; French UI, a Paris bakery chain\'s click-and-collect, table and delivery orders)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID commande', (c, o, r) => v.hex(r, 24), ['_id', OR('purchaseID')], opt],
    ['N° de commande', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')]],
    ['Établissement', (c, o, r) => v.pick(r, OB_SHOP), [], opt],
    ['Date', (c, o) => frD(o.at), ['timestamp']],
    ['Heure', (c, o) => { const p = par(o.at); return `${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['Mode', (c, o) => OB_MODE[+o.id % OB_MODE.length], [OR('orderType')], opt],
    ['Statut', (c, o) => obSt(o), [], opt],
    ['Client', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Téléphone', (c) => e164fr(c), [], opt],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Produits', (c, o) => { const it = OB_ITEM[+o.id % OB_ITEM.length]; return `${1 + +o.id % 3} x ${it[0]}` }, [PL('name')], opt],
    ['Montant HT', (c, o) => { const it = OB_ITEM[+o.id % OB_ITEM.length]; return eur(it[1] * (1 + +o.id % 3) / 1.1) }, [], opt],
    ['TVA', (c, o) => { const it = OB_ITEM[+o.id % OB_ITEM.length]; return eur(it[1] * (1 + +o.id % 3) * (1 - 1 / 1.1)) }, [OR('taxAmount')]],
    ['Montant TTC', (c, o) => { const it = OB_ITEM[+o.id % OB_ITEM.length]; return eur(it[1] * (1 + +o.id % 3)) }, [OR('priceTotal')]],
    ['Pourboire', (c, o) => (+o.id % 6 === 1 ? '1,00' : '0,00'), []],
    ['Moyen de paiement', (c, o) => OB_PAY[+o.id % OB_PAY.length], [OR('payments[0].paymentType')]],
    ['Montant remboursé', (c, o) => (obSt(o) === 'Remboursée' ? eur(OB_ITEM[+o.id % OB_ITEM.length][1] * (1 + +o.id % 3)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Créneau de retrait', (c, o) => { const p = par(o.at + 1800000); return OB_MODE[+o.id % OB_MODE.length] === 'Sur place' ? '' : `${pad(p.H)}:${pad(p.M - p.M % 15)}` }, [], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'Sans sésame svp', 'Bien cuite']), []],
  ] },
  // ---------------------------------------------------------------- loyalty / POS customers
  { name: 'laddition-clients-fr', product: 'L\'Addition (Back-office > Clients > Exporter, Excel; French UI, a Bordeaux bistro\'s POS customer file with its account and visit totals)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => String(30000 + +c.id % 70000), ['_id', 'personID'], opt],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Société', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Téléphone', (c) => frMob(c), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['Adresse', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c, o, r) => (r() < 0.5 ? c.city : ''), at(HOME, 'city')],
    ['Date de naissance', (c, o, r) => (r() < 0.3 ? frD(c.birth) : ''), ['person.birthDate']],
    ['Nombre de visites', (c) => String(1 + +c.id % 40), ['loyalty.lifetimePurchases'], opt],
    ['Total dépensé', (c) => eur(((+c.id % 40) + 1) * 31.5), ['loyalty.lifetimePurchases'], opt],
    ['Solde compte client', (c) => eur(+c.id % 5 === 0 ? -(+c.id % 60) : 0), []],
    ['Tags', (c) => LA_TAG[+c.id % LA_TAG.length], []],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Table près de la fenêtre', 'Ne pas servir de fruits à coque']), []],
    ['Accepte les SMS', (c) => (+c.id % 3 ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => frD(c.created), [], opt],
    ['Dernière visite', (c) => frD(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'cegid-retail-clients-fr', product: 'Cegid Retail (Y2) (Clients > Exporter, CSV; French UI, a French shoe-shop chain\'s loyalty customers)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code client', (c) => `${pad(+c.id % 1000000, 9)}`, ['_id', 'personID'], opt],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Sexe', (c) => (c.female ? 'F' : 'H'), ['person.gender']],
    ['Date de naissance', (c) => frD(c.birth), ['person.birthDate']],
    ['Adresse 1', (c) => c.street, at(HOME, 'street1')],
    ['Adresse 2', (c, o, r) => (r() < 0.15 ? `Bât. ${v.pick(r, ['A', 'B', 'C'])}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FRA', at(HOME, 'countryCode'), opt],
    ['Téléphone', (c, o, r) => (r() < 0.3 ? frTel(c) : ''), ['homePhone.number']],
    ['Portable', (c) => frMob(c), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['N° carte fidélité', (c) => `2900${pad(+c.id % 100000000, 9)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Date adhésion', (c) => frD(c.created), ['loyalty.joinDate']],
    ['Niveau', (c) => CG_TIER[+c.id % CG_TIER.length], ['loyalty.tier']],
    ['Points', (c) => String(cgPts(c)), ['loyalty.points']],
    ['CA cumulé TTC', (c) => eurSp(cgPts(c) * 1.7 + 40), ['loyalty.lifetimePurchases'], opt],
    ['Magasin de rattachement', (c) => CG_MAG[+c.id % CG_MAG.length], [], opt],
    ['Accepte e-mailing', (c) => (+c.id % 4 ? 'Oui' : 'Non'), [], opt],
    ['Accepte SMS', (c) => (+c.id % 5 ? 'Oui' : 'Non'), [], opt],
    ['Accepte courrier', (c) => (+c.id % 6 ? 'Non' : 'Oui'), [], opt],
    ['Nationalité', (c) => (+c.id % 11 === 2 ? 'BEL' : 'FRA'), ['person.nationality'], opt],
    ['Vendeur', (c) => ['V012', 'V034', 'V051', ''][+c.id % 4], []],
    ['Date dernier achat', (c) => frD(Math.max(c.created, c.updated)), [], opt],
    ['Date création', (c) => frD(c.created), [], opt],
  ] },
  { name: 'fidback-clients-fr', product: 'Fidback (Clients > Exporter, CSV; French UI, a Lausanne café\'s loyalty members, CHF)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c) => `+41 7${6 + +c.id % 4} ${v.int(v.rng(+c.id), 100, 999)} ${pad(+c.id % 100)} ${pad((+c.id >> 2) % 100)}`, ['mobilePhone.number']],
    ['Date de naissance', (c, o, r) => (r() < 0.6 ? frD(c.birth) : ''), ['person.birthDate']],
    ['Code postal', (c) => String(1000 + +c.id % 20), at(HOME, 'postalCode'), opt],
    ['Points', (c) => String(+c.id % 120), ['loyalty.points']],
    ['Nombre de passages', (c) => String(1 + +c.id % 50), ['loyalty.lifetimePurchases'], opt],
    ['Montant dépensé', (c) => ((+c.id % 50 + 1) * 8.4).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Récompenses obtenues', (c) => String(+c.id % 7), [], opt],
    ['Inscrit le', (c) => frD(c.created), ['loyalty.joinDate']],
    ['Dernier passage', (c) => frD(Math.max(c.created, c.updated)), [], opt],
    ['Optin', (c) => (+c.id % 3 ? 'oui' : 'non'), [], opt],
  ] },
  { name: 'fidme-clients-fr', product: 'Fidme (Fidme Pro > Espace commerçant > Clients > Export CSV; French UI, a Liège bakery\'s stamp card)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['ID', (c) => String(7000000 + +c.id), ['_id', 'personID'], opt],
    ['Numéro de carte', (c) => `FM${pad(+c.id % 10000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c, o, r) => (r() < 0.75 ? c.email : ''), ['personalEmail.address']],
    ['Genre', (c) => (c.female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Tampons', (c) => String(+c.id % 10), ['loyalty.points'], opt],
    ['Cartes complétées', (c) => String(+c.id % 4), [], opt],
    ['Date d\'ajout', (c) => isoS(c.created), ['loyalty.joinDate']],
    ['Dernière visite', (c) => isoS(Math.max(c.created, c.updated)), [], opt],
    ['Opt-in commerçant', (c) => (+c.id % 3 ? '1' : '0'), [], opt],
  ] },
  { name: 'captain-wallet-cartes-fr', product: 'Captain Wallet (Audience > Export, CSV; French UI, a French cosmetics brand\'s Apple/Google Wallet loyalty cards)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['identifiant_client', (c) => `CRM${c.id}`, ['_id', 'personID'], opt],
    ['numero_carte', (c) => `3${pad(+c.id % 1000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['civilite', (c) => civ(c), ['person.name.courtesyTitle']],
    ['prenom', (c) => c.first, ['person.name.firstName']],
    ['nom', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['telephone', (c) => e164fr(c), ['mobilePhone.number']],
    ['statut_fidelite', (c) => ['Essentielle', 'Privilège', 'Prestige'][+c.id % 3], ['loyalty.tier']],
    ['solde_points', (c) => String((+c.id * 13) % 2500), ['loyalty.points']],
    ['magasin_id', (c) => `MAG${pad(+c.id % 120, 3)}`, [], opt],
    ['systeme', (c) => CW_OS[+c.id % CW_OS.length], [], opt],
    ['statut_carte', (c) => CW_ST[+c.id % CW_ST.length], ['loyalty.cardsDetails[0].status'], opt],
    ['date_installation', (c) => (CW_ST[+c.id % CW_ST.length] === 'non installée' ? '' : isoS(c.created)), [], opt],
    ['date_desinstallation', (c) => (CW_ST[+c.id % CW_ST.length] === 'supprimée' ? isoS(Math.max(c.created, c.updated)) : ''), [], opt],
    ['geolocalisation', (c) => (+c.id % 2 ? 'oui' : 'non'), [], opt],
    ['date_maj', (c) => isoS(Math.max(c.created, c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- e-mail
  { name: 'ividence-abonnes-fr', product: 'Ividence (Audience > Abonnés > Exporter, CSV; French UI, a Québec news publisher\'s newsletter subscribers)', family: 'email', language: 'fr', schema: P, cols: [
    ['Courriel', (c) => c.email, ['personalEmail.address']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Ville', (c) => qc(c)[0], at(HOME, 'city')],
    ['Code postal', (c) => qc(c)[1], at(HOME, 'postalCode')],
    ['Province', () => 'QC', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Liste', (c) => IV_LIST[+c.id % IV_LIST.length], [], opt],
    ['Statut', (c) => (+c.id % 9 === 2 ? 'Désabonné' : +c.id % 13 === 4 ? 'Rejet' : 'Actif'), ['personalEmail.status'], opt],
    ['Source', (c) => ['Formulaire site', 'Concours', 'Import', 'Page abonnement'][+c.id % 4], [], opt],
    ['Date d\'abonnement', (c) => mtl(c.created), [], opt],
    ['Date de désabonnement', (c) => (+c.id % 9 === 2 ? mtl(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Dernière ouverture', (c, o, r) => (r() < 0.7 ? mtl(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Dernier clic', (c, o, r) => (r() < 0.35 ? mtl(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Taux d\'ouverture (%)', (c) => String((+c.id * 7) % 100), []],
    ['Consentement', (c) => (+c.id % 9 === 2 ? 'Non' : 'Oui'), [], opt],
  ] },
  { name: 'kiliba-contacts-fr', product: 'Kiliba (Contacts > Exporter, CSV; French UI, a French organic-cosmetics PrestaShop store\'s automated e-mailing with the shop\'s purchase data)', family: 'email', language: 'fr', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Civilité', (c) => civ(c), ['person.name.courtesyTitle']],
    ['Langue', () => 'fr', [], opt],
    ['Date de naissance', (c, o, r) => (r() < 0.35 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['ID client boutique', (c) => String(100 + +c.id % 30000), ['_id', 'personID'], opt],
    ['Statut', (c) => KI_ST[+c.id % KI_ST.length], ['personalEmail.status'], opt],
    ['Newsletter', (c) => (KI_ST[+c.id % KI_ST.length] === 'Abonné' ? '1' : '0'), [], opt],
    ['Nombre de commandes', (c) => String(kiOrders(c)), [], opt],
    ['Total dépensé', (c) => eur(kiOrders(c) * (29.9 + (+c.id % 11) * 4.1)), ['loyalty.lifetimePurchases'], opt],
    ['Date première commande', (c) => (kiOrders(c) ? ymd(c.created) : ''), [], opt],
    ['Date dernière commande', (c) => (kiOrders(c) ? ymd(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Date d\'inscription', (c) => ymd(c.created), [], opt],
    ['Segment', (c) => ['Nouveaux clients', 'Clients fidèles', 'Clients inactifs', 'Prospects'][+c.id % 4], [], opt],
  ] },
]
