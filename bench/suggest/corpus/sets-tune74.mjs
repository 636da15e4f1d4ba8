// Round 74, tune74: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). French-language marketplace, flash-sale, delivery, shipping and fulfilment
// exports (France and Belgium), all French.
import { E, P, v, PL, OR, SHIP, BILL, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// dates (Paris, +1 h, enough for generated rows)
const frD = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTS = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms) => { const p = shift(ms, 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoOff = (ms) => { const p = shift(ms, 1); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+01:00` }
const hm = (ms) => { const p = shift(ms, 1); return `${pad(p.H)}:${pad(p.M)}` }
const day = 86400000
// money: "24,90", "24,90 €", "24.90"
const eu = (n) => n.toFixed(2).replace('.', ',')
const eu$ = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} €`
const dot = (n) => n.toFixed(2)
const mob = (r) => `06${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}`
const mobSp = (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const mob33 = (r) => `+33${v.pick(r, ['6', '7'])}${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}${pad(v.int(r, 10, 99))}`

// places and goods
const FR_ADDR = [
  ['12 rue des Tanneurs', 'Strasbourg', '67000', 'FR', 'France'], ['4 allée des Tilleuls', 'Nantes', '44300', 'FR', 'France'],
  ['27 avenue Jean Jaurès', 'Lyon', '69007', 'FR', 'France'], ['3 impasse du Moulin', 'Rennes', '35000', 'FR', 'France'],
  ['58 boulevard de la Liberté', 'Lille', '59800', 'FR', 'France'], ['9 rue Sainte-Catherine', 'Bordeaux', '33000', 'FR', 'France'],
  ['141 rue de Charenton', 'Paris', '75012', 'FR', 'France'], ['21 chemin des Vignes', 'Montpellier', '34070', 'FR', 'France'],
  ['Rue Neuve 44', 'Bruxelles', '1000', 'BE', 'Belgique'], ['6 cours Mirabeau', 'Aix-en-Provence', '13100', 'FR', 'France'],
]
const DECO = [['LR-COUSSIN-LIN-45', 'Housse de coussin lin lavé 45x45', 'Maison > Linge de maison', 19.99], ['LR-PLAID-GAUF', 'Plaid gaufré coton 130x170', 'Maison > Plaids', 34.9], ['LR-ROBE-MIDI-38', 'Robe midi imprimée fleurie T38', 'Femme > Robes', 49.99], ['LR-LAMPE-ROTIN', 'Lampe à poser en rotin', 'Maison > Luminaires', 59.0], ['LR-CHAUSS-39', 'Baskets cuir blanc P39', 'Chaussures > Baskets', 79.0]]
const MEUBLES = [['CF-CANAPE-3P-GR', 'Canapé 3 places tissu gris ALBA', 'Salon > Canapés', 399.0], ['CF-MATELAS-140', 'Matelas mousse 140x190 cm', 'Literie > Matelas', 249.0], ['CF-BUFFET-CHENE', 'Buffet 2 portes décor chêne', 'Salle à manger > Buffets', 189.99], ['CF-CHAISE-X4', 'Lot de 4 chaises scandinaves', 'Salle à manger > Chaises', 129.0], ['CF-LAVE-LINGE-8', 'Lave-linge hublot 8 kg', 'Électroménager > Lavage', 329.0]]
const MODE = [['VP-8841201', 'Pull col rond mérinos', 'Bleu marine / M', 39.0, 89.0], ['VP-8841377', 'Jean slim stretch', 'Brut / 40', 29.0, 79.0], ['VP-8842010', 'Sac cabas cuir grainé', 'Camel / TU', 69.0, 159.0], ['VP-8842655', 'Bottines à talon', 'Noir / 38', 49.0, 120.0], ['VP-8843102', 'Parure de lit percale 240x220', 'Blanc / 240x220', 45.0, 110.0]]
const BEAUTE = [['BB-SERUM-30', 'Sérum vitamine C 30 ml', 24.9], ['BB-CREME-50', 'Crème hydratante 50 ml', 19.5], ['BB-KIT-DECOUV', 'Kit découverte 4 soins', 39.0], ['BB-HUILE-100', 'Huile sèche corps 100 ml', 22.0], ['BB-SHAMP-250', 'Shampoing solide 75 g', 12.9]]
const CARRIERS = ['Colissimo', 'Chronopost', 'DPD Predict', 'Mondial Relay', 'GLS']
const trackFor = (r, cr) => (cr === 'Colissimo' ? `6A${v.int(r, 10000000000, 99999999999)}` : cr === 'Chronopost' ? `XY${v.int(r, 100000000, 999999999)}FR` : cr === 'Mondial Relay' ? String(v.int(r, 10000000, 99999999)) : String(v.int(r, 10000000000000, 99999999999999)))
const SHOPS = ['Épicerie Rivoli', 'Boulangerie Maison Fabre', 'Caviste Le Cep d\'Or', 'Fleurs de Saison', 'Pharmacie du Marché', 'Librairie des Halles']
const STUART_PRICES = [7.9, 9.5, 11.9, 14.9, 8.9, 19.9]
// Mirakl order number shared by the order and its line (Conforama: ten digits + "-A")
const cfId = (o) => 8500000000 + ((+o.id * 40993) % 399999999)
const nm = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- La Redoute Marketplace (Mirakl back-office: Commandes > Exporter en CSV)
  { name: 'laredoute-marketplace-commandes-fr', product: 'La Redoute Marketplace (back-office vendeur Mirakl: Commandes > Toutes les commandes > Exporter (CSV), French UI, a home-and-fashion brand selling on laredoute.fr)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Date de création', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')], opt],
    ['N° de commande', (c, o, r) => `${v.int(r, 100000000, 999999999)}-A`, [OR('purchaseID'), '_id']],
    ['N° de ligne de commande', (c, o, r) => `${v.int(r, 100000000, 999999999)}-A-1`, [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Expédiée', 'Expédiée', 'Reçue', 'En attente d\'expédition', 'Annulée', 'Remboursée']), [], opt],
    ['SKU offre', (c, o, r, i) => row(DECO, i)[0], [PL('SKU')]],
    ['Libellé produit', (c, o, r, i) => row(DECO, i)[1], [PL('name')]],
    ['Catégorie', (c, o, r, i) => row(DECO, i)[2], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')], opt],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => eu(row(DECO, i)[3]), [], opt],
    ['Montant (hors frais de port)', (c, o, r, i) => eu(row(DECO, i)[3] * o.qty), [PL('priceTotal')]],
    ['Frais de port', (c, o) => eu(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Montant total', (c, o, r, i) => eu(row(DECO, i)[3] * o.qty + o.shipping), [OR('priceTotal')]],
    ['Commission (HT)', (c, o, r, i) => eu(row(DECO, i)[3] * o.qty * 0.17), []],
    ['TVA sur commission', (c, o, r, i) => eu(row(DECO, i)[3] * o.qty * 0.034), []],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), []],
    ['Nom client', (c) => c.last, []],
    ['Prénom client', (c) => c.first, []],
    ['Adresse de livraison', (c, o, r, i) => row(FR_ADDR, i)[0], [SHIP('street1')]],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.3 ? `Bât. ${v.pick(r, ['A', 'B', 'C'])}, ${v.int(r, 1, 6)}e étage` : ''), [SHIP('street2')]],
    ['Code postal', (c, o, r, i) => row(FR_ADDR, i)[2], [SHIP('postalCode')]],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i)[1], [SHIP('city')]],
    ['Pays', (c, o, r, i) => row(FR_ADDR, i)[4], [SHIP('country')], opt],
    ['Téléphone', (c, o, r) => mob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Mode de livraison', (c, o, r) => v.pick(r, ['Livraison à domicile', 'Livraison en point relais', 'Livraison express']), ['commerce.shipping.shippingMethod'], opt],
    ['Transporteur', (c, o, r) => v.pick(r, CARRIERS), [], opt],
    ['N° de suivi', (c, o, r) => `6A${v.int(r, 10000000000, 99999999999)}`, ['commerce.shipping.trackingNumber']],
    ['Date d\'expédition', (c, o, r) => (r() < 0.8 ? frD(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- Conforama Marketplace (Mirakl: Commandes > Export des lignes de commande, Excel)
  { name: 'conforama-marketplace-lignes-fr', product: 'Conforama Marketplace (espace vendeur Mirakl: Commandes > Lignes de commande > Exporter (Excel .xlsx), French UI, a furniture and appliance seller on conforama.fr)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Commande', (c, o) => `${cfId(o)}-A`, [OR('purchaseID'), '_id']],
    ['Ligne de commande', (c, o) => `${cfId(o)}-A-1`, [], opt],
    ['Date de commande', (c, o) => frDTS(o.at), ['timestamp', OR('createdDate')], opt],
    ['Date d\'acceptation', (c, o) => frDTS(o.at + 7200000), [], opt],
    ['État', (c, o, r) => v.pick(r, ['En attente d\'acceptation', 'En cours d\'expédition', 'Expédiée', 'Reçue', 'Refusée', 'Clôturée']), [], opt],
    ['Référence vendeur', (c, o, r, i) => row(MEUBLES, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r) => `3${v.int(r, 100000000000, 999999999999)}`, [PL('_id'), PL('product')], opt],
    ['Désignation', (c, o, r, i) => row(MEUBLES, i)[1], [PL('name')]],
    ['Catégorie', (c, o, r, i) => row(MEUBLES, i)[2], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')], opt],
    ['Qté', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => eu$(row(MEUBLES, i)[3]), [], opt],
    ['Total ligne TTC', (c, o, r, i) => eu$(row(MEUBLES, i)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Éco-participation', (c, o, r) => eu$(v.pick(r, [1.2, 3.5, 6.0, 10.0])), []],
    ['Frais de port TTC', (c, o, r) => eu$(v.pick(r, [0, 0, 29.9, 49.0])), ['commerce.shipping.shippingAmount']],
    ['Commission TTC', (c, o, r, i) => eu$(row(MEUBLES, i)[3] * 0.15), []],
    ['Montant remboursé', (c, o, r, i) => (r() < 0.1 ? eu$(row(MEUBLES, i)[3]) : ''), [OR('refundTotal')], opt],
    ['Nom de facturation', (c) => nm(c), []],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['CP facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville facturation', (c) => c.city, [BILL('city')]],
    ['Nom de livraison', (c) => nm(c), []],
    ['Adresse de livraison', (c) => c.street, [SHIP('street1')]],
    ['CP livraison', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville livraison', (c) => c.city, [SHIP('city')]],
    ['Téléphone livraison', (c, o, r) => `+33 (0) 6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Méthode de livraison', (c, o, r) => v.pick(r, ['Livraison 2 personnes dans la pièce', 'Livraison au pied de l\'immeuble', 'Retrait en magasin']), ['commerce.shipping.shippingMethod'], opt],
    ['Date limite d\'expédition', (c, o) => frD(o.at + 3 * day), [], opt],
  ] },

  // ---------------------------------------------------------------- Veepee (portail partenaires: Ventes > Commandes > Export)
  { name: 'veepee-partenaire-commandes-fr', product: 'Veepee (ex vente-privee; portail partenaires / marques: Mes ventes > Commandes > Exporter (CSV, séparateur ;), French UI, a fashion brand running a flash sale)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Code opération', (c, o, r) => `OP${v.int(r, 40000, 49999)}`, [], opt],
    ['Nom de la vente', (c, o, r) => v.pick(r, ['Maison Colette - Mode femme', 'Maison Colette - Accessoires', 'Linge de maison Blanc d\'Ivoire']), []],
    ['N° commande', (c, o, r) => String(v.int(r, 300000000, 399999999)), [OR('purchaseID'), '_id']],
    ['Date commande', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')], opt],
    ['Réf. fournisseur', (c, o, r, i) => row(MODE, i)[0], [PL('SKU')]],
    ['Libellé article', (c, o, r, i) => row(MODE, i)[1], [PL('name')]],
    ['Couleur / Taille', (c, o, r, i) => row(MODE, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantité commandée', (c, o) => String(o.qty), [PL('quantity')]],
    ['Quantité annulée', (c, o, r) => String(r() < 0.1 ? 1 : 0), [], opt],
    ['Prix de vente TTC', (c, o, r, i) => eu(row(MODE, i)[3]), [], opt],
    ['Prix public conseillé', (c, o, r, i) => eu(row(MODE, i)[4]), []],
    ['Montant TTC', (c, o, r, i) => eu(row(MODE, i)[3] * o.qty), [PL('priceTotal')]],
    ['Prix d\'achat HT', (c, o, r, i) => eu(row(MODE, i)[3] * 0.5), []],
    ['Statut logistique', (c, o, r) => v.pick(r, ['À préparer', 'Préparée', 'Expédiée', 'Livrée']), [], opt],
    ['Entrepôt', (c, o, r) => v.pick(r, ['Saint-Ouen-l\'Aumône', 'Le Blanc-Mesnil', 'Beaune']), [], opt],
    ['Code postal livraison', (c, o, r, i) => row(FR_ADDR, i)[2], [SHIP('postalCode')]],
    ['Ville livraison', (c, o, r, i) => row(FR_ADDR, i)[1], [SHIP('city')]],
    ['Pays livraison', (c, o, r, i) => row(FR_ADDR, i)[3], [SHIP('countryCode')]],
    ['Date expédition', (c, o, r) => (r() < 0.7 ? frD(o.at + v.int(r, 10, 25) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Transporteur', (c, o, r) => v.pick(r, CARRIERS), [], opt],
    ['N° colis', (c, o, r) => `6A${v.int(r, 10000000000, 99999999999)}`, ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- Showroomprivé (espace marque: Suivi des ventes > Export commandes)
  { name: 'showroomprive-suivi-commandes-fr', product: 'Showroomprivé (espace marque / fournisseur: Suivi des ventes > Détail des commandes > Export Excel, French UI, a beauty brand in a private sale)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID Vente', (c, o, r) => String(v.int(r, 180000, 189999)), [], opt],
    ['Date début vente', (c, o) => frD(o.at - 2 * day), [], opt],
    ['Date fin vente', (c, o) => frD(o.at + 3 * day), [], opt],
    ['ID Commande', (c, o, r) => String(v.int(r, 70000000, 79999999)), [OR('purchaseID'), '_id']],
    ['Date de commande', (c, o) => frDTS(o.at), ['timestamp', OR('createdDate')], opt],
    ['Code article', (c, o, r, i) => row(BEAUTE, i)[0], [PL('SKU')]],
    ['Désignation', (c, o, r, i) => row(BEAUTE, i)[1], [PL('name')]],
    ['Qté', (c, o) => String(o.qty), [PL('quantity')]],
    ['PV TTC unitaire', (c, o, r, i) => eu(row(BEAUTE, i)[2]), [], opt],
    ['CA TTC', (c, o, r, i) => eu(row(BEAUTE, i)[2] * o.qty), [PL('priceTotal')]],
    ['CA HT', (c, o, r, i) => eu(row(BEAUTE, i)[2] * o.qty / 1.2), [], opt],
    ['TVA', (c, o, r, i) => eu(row(BEAUTE, i)[2] * o.qty / 6), [OR('taxAmount')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Validée', 'Validée', 'Annulée', 'Retournée']), [], opt],
    ['Motif de retour', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Ne convient pas', 'Produit abîmé', 'Erreur de commande']) : ''), [PL('returnItem.returnReason')], opt],
    ['Pays', (c, o, r) => v.pick(r, ['FR', 'FR', 'FR', 'BE', 'ES']), [SHIP('countryCode')], opt],
    ['Device', (c, o, r) => v.pick(r, ['Appli iOS', 'Appli Android', 'Site mobile', 'Desktop']), [], opt],
  ] },

  // ---------------------------------------------------------------- Shopopop (espace commerçant: Historique des livraisons > Exporter)
  { name: 'shopopop-livraisons-commercant-fr', product: 'Shopopop (espace commerçant / enseigne: Livraisons > Historique > Exporter (CSV), French UI, a supermarket drive offering crowdshipped delivery)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Référence livraison', (c, o, r) => `SHP-${v.int(r, 1000000, 9999999)}`, ['_id'], opt],
    ['Référence commande', (c, o, r) => `CMD${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Magasin', (c, o, r) => v.pick(r, ['Drive Nantes Atlantis', 'Drive Rezé', 'Drive Saint-Herblain', 'Drive Carquefou']), [], opt],
    ['Date de création', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')], opt],
    ['Date de livraison', (c, o) => frD(o.at + day), [], opt],
    ['Créneau', (c, o, r) => v.pick(r, ['10:00 - 12:00', '12:00 - 14:00', '17:00 - 19:00', '19:00 - 21:00']), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Livrée', 'Livrée', 'Annulée', 'En cours', 'Non livrée']), [], opt],
    ['Prénom destinataire', (c) => c.first, []],
    ['Nom destinataire', (c) => c.last, []],
    ['Téléphone destinataire', (c, o, r) => mobSp(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse', (c, o, r, i) => row(FR_ADDR, i)[0], [SHIP('street1')]],
    ['Code postal', (c, o, r, i) => row(FR_ADDR, i)[2], [SHIP('postalCode')]],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i)[1], [SHIP('city')]],
    ['Informations complémentaires', (c, o, r) => v.pick(r, ['', '', 'Digicode 4512B', 'Sonner chez Martin', '3e étage sans ascenseur']), [], opt],
    ['Nombre de sacs', (c, o, r) => String(v.int(r, 2, 9)), [], opt],
    ['Montant de la commande', (c, o, r) => eu(v.int(r, 4000, 22000) / 100), [OR('priceTotal')]],
    ['Rémunération Shopper', (c, o, r) => eu(v.pick(r, [5, 6, 7, 8])), []],
    ['Frais de livraison client', (c, o, r) => eu(v.pick(r, [0, 4.9, 5.9])), ['commerce.shipping.shippingAmount']],
    ['Prénom du Shopper', (c, o, r) => v.pick(r, ['Sophie', 'Karim', 'Julien', 'Nathalie', 'Yann']), []],
    ['Note', (c, o, r) => (r() < 0.7 ? String(v.int(r, 3, 5)) : ''), []],
  ] },

  // ---------------------------------------------------------------- Stuart (dashboard client: Livraisons > Exporter CSV, French UI)
  { name: 'stuart-dashboard-livraisons-fr', product: 'Stuart (dashboard client: Historique des livraisons > Exporter au format CSV, French UI, a Paris restaurant-and-grocery retailer using on-demand couriers)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID de la course', (c, o, r) => String(v.int(r, 150000000, 199999999)), ['_id']],
    ['ID de livraison', (c, o, r) => String(v.int(r, 200000000, 299999999)), [], opt],
    ['Référence client', (c, o, r) => `#${v.int(r, 1000, 9999)}`, [OR('purchaseID')]],
    ['Créée le', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Livrée', 'Livrée', 'Annulée', 'Expirée']), [], opt],
    ['Type de véhicule', (c, o, r) => v.pick(r, ['Vélo', 'Scooter', 'Voiture', 'Vélo cargo']), ['commerce.shipping.shippingMethod'], opt],
    ['Taille du colis', (c, o, r) => v.pick(r, ['Petit', 'Moyen', 'Grand', 'Très grand']), [], opt],
    ['Adresse de retrait', (c, o, r, i) => row(SHOPS, i), []],
    ['Adresse de livraison', (c) => `${c.street}, ${c.postcode} ${c.city}`, [SHIP('street1')], opt],
    ['Nom du destinataire', (c) => nm(c), []],
    ['Téléphone du destinataire', (c, o, r) => mob33(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email du destinataire', (c, o, r) => (r() < 0.5 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Heure de retrait', (c, o) => hm(o.at + 900000), [], opt],
    ['Heure de livraison', (c, o) => hm(o.at + 2700000), [], opt],
    ['Distance (km)', (c, o, r) => (v.int(r, 8, 95) / 10).toFixed(1).replace('.', ','), [], opt],
    ['Coursier', (c, o, r) => v.pick(r, ['Moussa D.', 'Lucas P.', 'Amine B.', 'Thomas R.']), []],
    ['Prix HT (€)', (c, o, r, i) => eu(row(STUART_PRICES, i)), []],
    ['Prix TTC (€)', (c, o, r, i) => eu(row(STUART_PRICES, i) * 1.2), [], opt],
    ['Lien de suivi', (c, o, r) => `https://stuart.link/t/${v.alnum(r, 10)}`, ['commerce.shipping.trackingURL']],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Code porte 1234A', 'Appeler en arrivant']), []],
  ] },

  // ---------------------------------------------------------------- Boxtal (Carnet d'adresses > Exporter)
  { name: 'boxtal-carnet-adresses-fr', product: 'Boxtal (espace client: Carnet d\'adresses > Exporter (CSV), French UI, a small online shop keeping its recipients)', family: 'ecommerce-customers', language: 'fr', schema: P, cols: [
    ['Libellé', (c) => `${c.last} ${c.first[0]}.`, [], opt],
    ['Type', (c, o, r) => v.pick(r, ['Particulier', 'Particulier', 'Particulier', 'Entreprise']), [], opt],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.gender'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Société', (c, o, r) => (r() < 0.2 ? c.company : ''), [], opt],
    ['Adresse', (c, o, r, i) => row(FR_ADDR, i)[0], at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => c.street2, at(HOME, 'street2')],
    ['Code postal', (c, o, r, i) => row(FR_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i)[1], at(HOME, 'city')],
    ['Pays', (c, o, r, i) => row(FR_ADDR, i)[3], at(HOME, 'countryCode')],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Instructions de livraison', (c, o, r) => v.pick(r, ['', '', 'Laisser chez le gardien', 'Interphone au nom de Dupont']), []],
    ['Adresse par défaut', (c, o, r) => (r() < 0.1 ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => frD(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- Cubyn (app.cubyn.com: Commandes > Exporter)
  { name: 'cubyn-commandes-export-fr', product: 'Cubyn (interface marchand app.cubyn.com: Commandes > Exporter (CSV), French UI, a DTC brand outsourcing its fulfilment)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Id Cubyn', (c, o, r) => String(v.int(r, 30000000, 39999999)), ['_id'], opt],
    ['Référence commande', (c, o, r) => `#${v.int(r, 10001, 99999)}`, [OR('purchaseID'), '_id']],
    ['Canal de vente', (c, o, r) => v.pick(r, ['Shopify', 'Amazon FR', 'Cdiscount', 'API']), [], opt],
    ['Date de création', (c, o) => isoOff(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Créée', 'En préparation', 'En transit', 'Livrée', 'Livrée', 'En retour', 'Retournée', 'Exception']), [], opt],
    ['Date d\'expédition', (c, o, r) => (r() < 0.8 ? isoOff(o.at + v.int(r, 1, 2) * day) : ''), ['commerce.shipping.shipDate']],
    ['Offre de livraison', (c, o, r) => v.pick(r, ['Standard', 'Express', 'Point relais']), ['commerce.shipping.shippingMethod'], opt],
    ['Réf. point relais', (c, o, r) => (r() < 0.35 ? `FR-${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['Transporteur', (c, o, r) => v.pick(r, CARRIERS), [], opt],
    ['Numéro de suivi', (c, o, r) => `XY${v.int(r, 100000000, 999999999)}FR`, ['commerce.shipping.trackingNumber']],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse ligne 1', (c) => c.street, [SHIP('street1')]],
    ['Adresse ligne 2', (c) => c.street2, [SHIP('street2')]],
    ['Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city, [SHIP('city')]],
    ['Pays', (c) => c.countryCode, [SHIP('countryCode')]],
    ['SKU', (c, o, r, i) => row(BEAUTE, i)[0], [PL('SKU')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Poids (g)', (c, o, r) => String(v.int(r, 120, 2400)), [], opt],
    ['Coût logistique HT', (c, o, r) => eu(v.int(r, 250, 900) / 100), []],
  ] },

  // ---------------------------------------------------------------- Bigblue (app: Commandes > Exporter en CSV)
  { name: 'bigblue-commandes-csv-fr', product: 'Bigblue (app marchand: Commandes > Exporter en CSV, French UI, a cosmetics brand with Bigblue fulfilment)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Commande', (c, o, r) => `BB${v.int(r, 100000, 999999)}`, ['_id'], opt],
    ['Référence externe', (c, o, r) => `#${v.int(r, 1001, 29999)}`, [OR('purchaseID'), '_id']],
    ['Boutique', () => 'Shopify', [], opt],
    ['Créée le', (c, o) => isoZ(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Expédiée', 'En préparation', 'Bloquée', 'Annulée']), [], opt],
    ['Expédiée le', (c, o, r) => (r() < 0.8 ? isoZ(o.at + v.int(r, 4, 30) * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Livrée le', (c, o, r) => (r() < 0.6 ? isoZ(o.at + v.int(r, 2, 4) * day) : ''), [], opt],
    ['Méthode de livraison', (c, o, r) => v.pick(r, ['Colissimo Domicile', 'Mondial Relay Point Relais', 'Chronopost 13h']), ['commerce.shipping.shippingMethod'], opt],
    ['Numéro de suivi', (c, o, r) => `6A${v.int(r, 10000000000, 99999999999)}`, ['commerce.shipping.trackingNumber']],
    ['URL de suivi', (c, o, r) => `https://track.bigblue.co/${v.alnum(r, 12)}`, ['commerce.shipping.trackingURL']],
    ['Nom du destinataire', (c) => nm(c), []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Adresse', (c) => c.street, [SHIP('street1')]],
    ['Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city, [SHIP('city')]],
    ['Code pays', (c) => c.countryCode, [SHIP('countryCode')]],
    ['Produit', (c, o, r, i) => row(BEAUTE, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(BEAUTE, i)[0], [PL('SKU')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valeur de la commande', (c, o, r, i) => dot(row(BEAUTE, i)[2] * o.qty), [OR('priceTotal')], opt],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Tags', (c, o, r) => v.pick(r, ['', 'VIP', 'cadeau', 'b2b']), []],
  ] },

  // ---------------------------------------------------------------- Vente-unique.com (extranet fournisseur: Commandes > Export)
  { name: 'vente-unique-extranet-commandes-fr', product: 'Vente-unique.com (extranet fournisseur / dropship: Commandes > Export CSV, French UI, a furniture maker shipping marketplace orders)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o, r) => String(v.int(r, 20000000, 29999999)), [OR('purchaseID'), '_id']],
    ['Date commande', (c, o) => frD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Date validation', (c, o) => frD(o.at + day), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['À expédier', 'Expédiée', 'Livrée', 'Annulée', 'SAV en cours']), [], opt],
    ['Référence fournisseur', (c, o, r, i) => row(MEUBLES, i)[0], [PL('SKU')]],
    ['Référence VU', (c, o, r) => String(v.int(r, 100000, 999999)), [PL('_id')], opt],
    ['Libellé', (c, o, r, i) => row(MEUBLES, i)[1], [PL('name')]],
    ['Quantité', () => '1', [PL('quantity')]],
    ['Prix achat HT', (c, o, r, i) => eu(row(MEUBLES, i)[3] * 0.55), []],
    ['Nombre de colis', (c, o, r) => String(v.int(r, 1, 4)), [], opt],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Adresse 1', (c, o, r, i) => row(FR_ADDR, i)[0], [SHIP('street1')]],
    ['Adresse 2', (c, o, r) => (r() < 0.25 ? `Résidence Les Pins, appt ${v.int(r, 1, 60)}` : ''), [SHIP('street2')]],
    ['CP', (c, o, r, i) => row(FR_ADDR, i)[2], [SHIP('postalCode')]],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i)[1], [SHIP('city')]],
    ['Pays', (c, o, r, i) => row(FR_ADDR, i)[4], [SHIP('country')], opt],
    ['Tél. portable', (c, o, r) => mob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Étage', (c, o, r) => v.pick(r, ['RDC', '1', '2', '4', '']), [], opt],
    ['Ascenseur', (c, o, r) => (r() < 0.5 ? 'Oui' : 'Non'), []],
    ['Transporteur', (c, o, r) => v.pick(r, ['Geodis', 'Kuehne+Nagel', 'DB Schenker', 'Colissimo']), [], opt],
    ['N° tracking', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000, 999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Date expédition', (c, o, r) => (r() < 0.7 ? frD(o.at + v.int(r, 2, 9) * day) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- BrandAlley (extranet marque: Commandes dropshipping > Export)
  { name: 'brandalley-dropship-commandes-fr', product: 'BrandAlley (extranet marques: Ventes > Commandes dropshipping > Exporter (Excel), French UI, a fashion label shipping its own orders)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o, r) => `BA${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Nouvelle', 'En préparation', 'Expédiée', 'Annulée']), [], opt],
    ['Ref produit', (c, o, r, i) => row(MODE, i)[0].replace('VP', 'BA'), [PL('SKU')]],
    ['EAN', (c, o, r) => `3${v.int(r, 100000000000, 999999999999)}`, [PL('_id'), PL('product')], opt],
    ['Produit', (c, o, r, i) => row(MODE, i)[1], [PL('name')]],
    ['Taille', (c, o, r, i) => row(MODE, i)[2].split(' / ')[1], [PL('selectedOptions[0].value')], opt],
    ['Couleur', (c, o, r, i) => row(MODE, i)[2].split(' / ')[0], [PL('selectedOptions[0].value')], opt],
    ['Qté', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix de vente TTC', (c, o, r, i) => eu(row(MODE, i)[3] * o.qty), [PL('priceTotal')]],
    ['Prix de cession HT', (c, o, r, i) => eu(row(MODE, i)[3] * 0.6), []],
    ['Client', (c) => nm(c), []],
    ['Adresse', (c) => c.street, [SHIP('street1')]],
    ['Code Postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city, [SHIP('city')]],
    ['Pays', (c) => c.countryName, [SHIP('country')], opt],
    ['Téléphone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Date limite expédition', (c, o) => frD(o.at + 2 * day), [], opt],
    ['Numéro de suivi', (c, o, r) => (r() < 0.6 ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- Shoppingfeed (back-office: Commandes > Exporter)
  { name: 'shoppingfeed-commandes-export-fr', product: 'Shoppingfeed (back-office: Commandes > Liste des commandes > Exporter (CSV), French UI, a home-goods merchant centralising its marketplace orders)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID Shoppingfeed', (c, o, r) => String(v.int(r, 500000000, 599999999)), ['_id'], opt],
    ['Référence', (c, o, r) => `${v.int(r, 400, 409)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Canal', (c, o, r) => v.pick(r, ['Amazon FR', 'Cdiscount', 'ManoMano', 'Fnac', 'Rakuten']), [], opt],
    ['Date de commande', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Date de mise à jour', (c, o) => ymdHMS(o.at + day), [OR('lastUpdatedDate')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Expédiée', 'Expédiée', 'En attente d\'expédition', 'Acceptée', 'Annulée', 'Remboursée']), [], opt],
    ['Statut d\'acquittement', (c, o, r) => v.pick(r, ['Acquittée', 'Non acquittée']), [], opt],
    ['Référence boutique', (c, o, r) => (r() < 0.8 ? String(v.int(r, 10000, 99999)) : ''), [], opt],
    ['Montant total', (c, o, r, i) => dot(row(DECO, i)[3] * o.qty + o.shipping), [OR('priceTotal')]],
    ['Frais de port', (c, o) => dot(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'PayPal', 'Marketplace']), [OR('payments[0].paymentType')], opt],
    ['Transporteur', (c, o, r) => v.pick(r, CARRIERS), [], opt],
    ['Numéro de suivi', (c, o, r) => (r() < 0.7 ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Facturation - Prénom', (c) => c.first, []],
    ['Facturation - Nom', (c) => c.last, []],
    ['Facturation - Adresse', (c) => c.street, [BILL('street1')]],
    ['Facturation - Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Facturation - Ville', (c) => c.city, [BILL('city')]],
    ['Facturation - Pays', (c) => c.countryCode, [BILL('countryCode')]],
    ['Facturation - Email', (c, o, r) => `${v.alnum(r, 12).toLowerCase()}@marketplace.amazon.fr`, ['endUserIDs._experience.emailid.id'], opt],
    ['Livraison - Nom', (c) => nm(c), []],
    ['Livraison - Adresse', (c) => c.street, [SHIP('street1')]],
    ['Livraison - Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Livraison - Ville', (c) => c.city, [SHIP('city')]],
    ['Livraison - Pays', (c) => c.countryCode, [SHIP('countryCode')]],
    ['Livraison - Téléphone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nombre d\'articles', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'urgent', 'à vérifier', 'colis volumineux']), []],
  ] },
]
