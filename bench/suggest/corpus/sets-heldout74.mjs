// Round 74, heldout74: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products:
// French-language payment providers (Benin, Senegal), restaurant and retail POS (France, Québec), invoicing and
// accounting (France, Switzerland, Québec, Belgium) and a French solidarity marketplace: transactions, tickets,
// invoices, marketplace orders and customer lists, every header in French as each product's UI writes it.
import { E, P, B, v, at, HOME, WORK, ID, B2BID, OR, PL, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values9.mjs'
import { pad, shift } from './values.mjs'

// local times: Paris / Brussels / Geneva (summer time April-October, good enough for generated rows), Cotonou (UTC+1,
// no summer time), Dakar (UTC), Montréal (EDT/EST)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const wat = (ms) => shift(ms, 1)
const gmt = (ms) => shift(ms, 0)
const mtl = (ms) => shift(ms, dst(ms) ? -4 : -5)
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const dmyHm = (p) => `${dmy(p)} ${pad(p.H)}:${pad(p.M)}`
const dmyHms = (p) => `${dmy(p)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const dotD = (p) => `${pad(p.d)}.${pad(p.m)}.${p.y}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const ymdHms = (p) => `${ymd(p)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const day = 86400000
const n = (x) => +x.id
const comma = (x) => x.toFixed(2).replace('.', ',')
const frNum = (x) => { const [a, b] = x.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${b}` }
const euro = (x) => `${frNum(x)} €`
const chf = (x) => { const [a, b] = x.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '\'')}.${b}` }
const fcfa = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
// an order total in francs CFA (XOF has no minor unit; prices end in 00 or 50)
const xof = (o, k = 1) => Math.max(500, Math.round(o.total * 656 / k / 50) * 50)

// ---------------------------------------------------------------- West African payers (Benin, Senegal)
const BJ_FIRST = ['Sèna', 'Rodrigue', 'Fifamè', 'Comlan', 'Ayaba', 'Gildas', 'Mahoutin', 'Prudence', 'Ulrich', 'Nadège', 'Romaric', 'Carine']
const BJ_LAST = ['Houénou', 'Ahouandjinou', 'Dossou', 'Agossou', 'Hounkpatin', 'Zinsou', 'Tchibozo', 'Kpadonou', 'Gbaguidi', 'Akpovi', 'Sossou', 'Adjovi']
const SN_FIRST = ['Mamadou', 'Fatou', 'Aminata', 'Ousmane', 'Cheikh', 'Awa', 'Ibrahima', 'Mariama', 'Moussa', 'Khady', 'Abdoulaye', 'Ndèye']
const SN_LAST = ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Ba', 'Sarr', 'Gueye', 'Diallo', 'Faye', 'Mbaye', 'Seck', 'Cissé']
const bjF = (c) => BJ_FIRST[n(c) % BJ_FIRST.length]
const bjL = (c) => BJ_LAST[(n(c) >> 3) % BJ_LAST.length]
const snF = (c) => SN_FIRST[n(c) % SN_FIRST.length]
const snL = (c) => SN_LAST[(n(c) >> 3) % SN_LAST.length]
const afMail = (f, l, c) => `${slug(f)}.${slug(l)}${n(c) % 90 + 10}@${['gmail.com', 'yahoo.fr', 'gmail.com', 'outlook.fr'][n(c) % 4]}`
// Benin mobile money numbers as the operators write them (MTN 96/97/61/62/66/67, Moov 94/95/98/99/60/63/64/65)
const BJ_OP = [['mtn_open', 'MTN Mobile Money', ['96', '97', '61', '62', '66', '67']], ['moov', 'Moov Money', ['94', '95', '98', '99', '60', '65']]]
const bjOp = (c) => BJ_OP[(n(c) >> 2) % 2]
const bjNum = (c) => `${bjOp(c)[2][n(c) % 6]}${pad((n(c) * 37) % 1000000, 6)}`
const SN_PFX = ['77', '78', '76', '70', '75']
const snNum = (c) => { const k = n(c) * 13; return `${SN_PFX[n(c) % 5]} ${pad(k % 1000, 3)} ${pad((k >> 4) % 100)} ${pad((k >> 8) % 100)}` }

// FedaPay: a Cotonou online school's payment collections (FedaPay dashboard > Transactions > Exporter, CSV; French UI).
const FP_ST = ['Approuvée', 'Approuvée', 'Approuvée', 'Déclinée', 'Annulée', 'En attente', 'Approuvée', 'Remboursée']
const fpSt = (o) => FP_ST[n(o) % FP_ST.length]
const fpMode = (c, o) => (n(o) % 9 === 0 ? 'card' : bjOp(c)[0])
const FP_DESC = ['Frais de scolarité - Trimestre 1', 'Inscription formation Excel', 'Frais de scolarité - Trimestre 2', 'Achat manuels scolaires', 'Frais d\'examen BTS']
const fpFee = (o) => Math.round(xof(o) * 0.017)
// KkiaPay: a Porto-Novo event-ticketing site's collections (KkiaPay dashboard > Transactions > Exporter, Excel; French UI).
const KK_SRC = [['Mobile Money', 'MTN Bénin'], ['Mobile Money', 'Moov Bénin'], ['Mobile Money', 'MTN Bénin'], ['Carte bancaire', 'Visa'], ['Mobile Money', 'Celtiis'], ['Wallet KKiaPay', 'KKiaPay']]
const kkSrc = (o) => KK_SRC[n(o) % KK_SRC.length]
const kkSt = (o) => (n(o) % 11 === 0 ? 'ÉCHEC' : n(o) % 13 === 0 ? 'EN ATTENTE' : 'SUCCÈS')
const KK_MOTIF = ['Billet concert Fête du Vodoun', 'Pass 2 jours Festival', 'Billet VIP soirée gala', 'Ticket match ASPAC', 'Billet théâtre']
const kkFee = (o) => Math.round(xof(o, 4) * 0.019)
// PayTech: a Dakar e-shop's online payments (PayTech dashboard > Transactions > Exporter, CSV; French UI).
const PT_MOY = ['Orange Money', 'Wave', 'Orange Money', 'Free Money', 'Carte Bancaire', 'Wave']
const ptMoy = (o) => PT_MOY[n(o) % PT_MOY.length]
const ptSt = (o) => (n(o) % 10 === 0 ? 'Annulée' : n(o) % 7 === 0 ? 'En attente' : 'Réussie')
const PT_ITEM = ['Boubou brodé homme', 'Sac en wax', 'Lot de 3 pagnes', 'Sandales cuir artisanales', 'Bissap séché 1 kg', 'Parfum thiouraye']
const ptPromo = (o) => (n(o) % 5 === 0 ? 10 : 0)
const ptFinal = (o) => Math.round(xof(o, 2) * (100 - ptPromo(o)) / 100 / 50) * 50

// ---------------------------------------------------------------- restaurant POS (Cashpad, Paris; Maitre'D, Montréal)
const CP_SALLE = ['Salle', 'Salle', 'Terrasse', 'Bar', 'Emporter']
const cpSalle = (o) => CP_SALLE[n(o) % CP_SALLE.length]
const cpTTC = (o) => +(6 + o.total * 0.3 * (0.5 + (n(o) % 40) / 40)).toFixed(2)
const cpRem = (o) => (n(o) % 9 === 0 ? 5 : 0)
const cpOpen = (o) => { const p = cet(o.at); return o.at + ((11 + p.H % 12) - p.H) * 3600000 }
const CP_PAY = ['Carte bancaire', 'Carte bancaire', 'Espèces', 'Ticket restaurant', 'Carte bancaire']
const cpPay = (o) => CP_PAY[n(o) % CP_PAY.length]
const MD_SECT = ['Salle à manger', 'Salle à manger', 'Bar', 'Terrasse', 'Livraison', 'Pour emporter']
const mdAt = (o) => { const p = mtl(o.at); return o.at + ((11 + p.H % 12) - p.H) * 3600000 }
const mdSect = (o) => MD_SECT[n(o) % MD_SECT.length]
const mdSub = (o) => +(12 + o.subtotal * 0.5 * (0.4 + (n(o) % 50) / 50)).toFixed(2)
const mdRab = (o) => (n(o) % 8 === 0 ? +(mdSub(o) * 0.1).toFixed(2) : 0)
const mdTps = (o) => +((mdSub(o) - mdRab(o)) * 0.05).toFixed(2)
const mdTvq = (o) => +((mdSub(o) - mdRab(o)) * 0.09975).toFixed(2)
const mdTot = (o) => +(mdSub(o) - mdRab(o) + mdTps(o) + mdTvq(o)).toFixed(2)
const MD_PAY = ['Débit', 'Visa', 'MasterCard', 'Comptant', 'Amex', 'Carte-cadeau', 'Débit']
const mdPay = (o) => MD_PAY[n(o) % MD_PAY.length]
const QC_FIRST = ['Geneviève', 'Marc-André', 'Isabelle', 'Sébastien', 'Julie', 'Mathieu', 'Nathalie', 'François', 'Catherine', 'Jean-François', 'Mélanie', 'Éric']
const QC_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Pelletier', 'Bélanger', 'Lévesque']
const qcF = (c) => QC_FIRST[n(c) % QC_FIRST.length]
const qcL = (c) => QC_LAST[(n(c) >> 5) % QC_LAST.length]
const MTL_ADDR = [['4521, rue Saint-Denis', 'Montréal', 'H2J 2L4'], ['1280, avenue du Mont-Royal Est', 'Montréal', 'H2J 1Y4'], ['6655, boulevard Saint-Laurent', 'Montréal', 'H2S 3C5'], ['3470, rue Beaubien Est', 'Montréal', 'H1X 1G6'], ['215, rue Fleury Ouest', 'Montréal', 'H3L 1T7'], ['890, boulevard des Laurentides', 'Laval', 'H7G 2W1']]
const mtlAddr = (c) => MTL_ADDR[n(c) % MTL_ADDR.length]
const qcPhone = (c, area = ['514', '438', '450'][n(c) % 3]) => `${area} ${pad((n(c) * 7) % 900 + 100, 3)}-${pad((n(c) * 13) % 10000, 4)}`

// ---------------------------------------------------------------- invoicing (Freebe, France)
const FB_CLIENT = [['Agence Pixel Nord', 'Lille', '59000', '18 rue Nationale'], ['Studio Garance', 'Nantes', '44000', '3 quai de la Fosse'], ['Maison Verdier SAS', 'Lyon', '69002', '41 rue de la République'], ['Cabinet Morel Avocats', 'Bordeaux', '33000', '12 cours de l\'Intendance'], ['Les Ateliers Océane', 'Brest', '29200', '7 rue de Siam'], ['Bio & Co SARL', 'Montpellier', '34000', '25 avenue de Toulouse']]
const fbCli = (c) => FB_CLIENT[n(c) % FB_CLIENT.length]
const FB_PROJ = ['Refonte site vitrine', 'Identité visuelle', 'Maintenance WordPress', 'Audit SEO', 'Formation réseaux sociaux']
const fbHT = (o) => Math.round(o.total * 9) + 150
const fbTva = (o) => (n(o) % 3 === 0 ? 0 : +(fbHT(o) * 0.2).toFixed(2))
const FB_ST = ['Payée', 'Payée', 'En attente', 'En retard', 'Payée', 'Partiellement payée']
const fbSt = (o) => FB_ST[n(o) % FB_ST.length]
const fbPaid = (o) => { const t = fbHT(o) + fbTva(o); return fbSt(o) === 'Payée' ? t : fbSt(o) === 'Partiellement payée' ? +(t * 0.3).toFixed(2) : 0 }

// ---------------------------------------------------------------- marketplace (Label Emmaüs)
const LE_ITEMS = [['Le Petit Prince - Antoine de Saint-Exupéry', 'Livres', 4.5], ['Cocotte en fonte 24 cm', 'Maison', 28], ['Veste en jean Levi\'s taille M', 'Vêtements', 19], ['Lampe de bureau vintage', 'Décoration', 24], ['Service à café 6 tasses porcelaine', 'Maison', 15], ['Vinyle Jacques Brel - Ne me quitte pas', 'Musique', 12], ['Smartphone reconditionné Samsung Galaxy A52', 'High-tech', 149], ['Pull en laine femme taille 38', 'Vêtements', 9]]
const leItem = (o) => LE_ITEMS[n(o) % LE_ITEMS.length]
const LE_SHOP = ['Emmaüs Grenoble', 'Label Emmaüs Noisy-le-Sec', 'Emmaüs Alternatives Montreuil', 'Ressourcerie La Fabrique', 'Emmaüs Connect Marseille']
const LE_LIV = ['Colissimo', 'Mondial Relay', 'Mondial Relay', 'Retrait en boutique', 'Colissimo']
const leLiv = (o) => LE_LIV[n(o) % LE_LIV.length]
const lePort = (o) => (leLiv(o) === 'Retrait en boutique' ? 0 : leLiv(o) === 'Mondial Relay' ? 4.4 : 6.9)
const LE_ST = ['Expédiée', 'Livrée', 'Livrée', 'À expédier', 'Annulée', 'Livrée']
const leSt = (o) => LE_ST[n(o) % LE_ST.length]
const RELAIS = ['Tabac Le Balto', 'Pressing du Centre', 'Carrefour City', 'Fleuriste Les Lilas', 'Librairie du Marché']

// ---------------------------------------------------------------- retail customers (Cashmag, Fastmag)
const CM_CAT = ['Particulier', 'Particulier', 'VIP', 'Professionnel', 'Particulier']
const cmVisits = (c) => n(c) % 37 + 1
const mob33 = (c) => `0${[6, 7][n(c) % 2]} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) >> 6) % 100)}`
const FM_MAG = ['PARIS MARAIS', 'LYON CONFLUENCE', 'BORDEAUX STE CATHERINE', 'LILLE EURALILLE', 'WEB']
const FM_PROV = ['Boutique', 'Site web', 'Jeu concours', 'Parrainage', 'Boutique']
const fmCard = (c) => `2910${pad(n(c) % 100000000, 8)}`

// ---------------------------------------------------------------- invoicing customers (Crésus, Acomba, eFactori)
const CH_FIRST = ['Jean-Marc', 'Sandrine', 'Olivier', 'Nathalie', 'Pascal', 'Valérie', 'Yves', 'Corinne', 'Laurent', 'Séverine', 'Thierry', 'Muriel']
const CH_LAST = ['Favre', 'Rochat', 'Pittet', 'Perrin', 'Jaquet', 'Morier', 'Bovet', 'Cuénod', 'Mottier', 'Chappuis', 'Rey', 'Monnier']
const CH_TOWN = [['Lausanne', 'VD', '1003', '021'], ['Genève', 'GE', '1204', '022'], ['Neuchâtel', 'NE', '2000', '032'], ['Fribourg', 'FR', '1700', '026'], ['Sion', 'VS', '1950', '027'], ['Yverdon-les-Bains', 'VD', '1400', '024'], ['Montreux', 'VD', '1820', '021']]
const CH_STREET = ['Avenue de la Gare', 'Rue du Simplon', 'Chemin des Vignes', 'Rue de Lausanne', 'Route de Berne', 'Place du Marché', 'Rue du Lac']
const chF = (c) => CH_FIRST[n(c) % CH_FIRST.length]
const chL = (c) => CH_LAST[(n(c) >> 3) % CH_LAST.length]
const chTown = (c) => CH_TOWN[(n(c) >> 1) % CH_TOWN.length]
const chNum = (c, pre) => `${pre} ${pad((n(c) * 7) % 900 + 100, 3)} ${pad((n(c) * 3) % 100)} ${pad((n(c) * 11) % 100)}`
const crBilled = (c) => (n(c) % 23) * 187.5 + 240
// a Québec customer company: [name, domain, street, city, postal code, area code] from a kind, a family name and a town
const QC_KIND = [['Boulangerie', 'inc.'], ['Épicerie', 'inc.'], ['Restaurant', 'enr.'], ['Traiteur', 'inc.'], ['Fromagerie', 'ltée'], ['Dépanneur', 'enr.'], ['Café', 'inc.'], ['Marché', 'inc.']]
const QC_NAME = ['Bérubé', 'Lachance', 'Gagné', 'Thibodeau', 'Paquette', 'Desrosiers', 'Ouellet', 'Poirier', 'Bergeron', 'Lapointe', 'Caron', 'Simard']
const QC_TOWN = [['rue Cherrier', 'Montréal', 'H2L 1J1', '514'], ['boulevard Industriel', 'Laval', 'H7S 1P7', '450'], ['rue Principale', 'Saint-Jérôme', 'J7Z 1Y2', '450'], ['rang 4', 'Saint-Hyacinthe', 'J2R 1B3', '450'], ['boulevard Charest Est', 'Québec', 'G1K 3J3', '418'], ['chemin de la Côte-Vertu', 'Saint-Laurent', 'H4R 2J8', '514'], ['rue King Ouest', 'Sherbrooke', 'J1H 1P8', '819'], ['boulevard Saint-Laurent', 'Montréal', 'H2T 1R2', '514']]
const qcCo = (c) => { const k = QC_KIND[n(c) % QC_KIND.length], nm = QC_NAME[(n(c) >> 3) % QC_NAME.length], t = QC_TOWN[(n(c) >> 7) % QC_TOWN.length]; return [`${k[0]} ${nm} ${k[1]}`, `${slug(k[0])}${slug(nm)}.ca`, `${(n(c) * 7) % 4000 + 12}, ${t[0]}`, t[1], t[2], t[3]] }
const AC_TITRE = ['Directrice des achats', 'Propriétaire', 'Contrôleur', 'Gérant', 'Adjointe administrative', 'Président']
const acNo = (c) => `${slug(QC_NAME[(n(c) >> 3) % QC_NAME.length]).slice(0, 4).toUpperCase()}${pad(n(c) % 1000, 3)}`
// a Belgian customer company: [name, street, postal code, town, area code, domain] from a trade, a family name and a town
const BE_TRADE = [['Boulangerie', 'SRL'], ['Menuiserie', 'SRL'], ['Cabinet', 'SC'], ['Brasserie', 'SA'], ['Garage', 'SRL'], ['Pharmacie', 'SRL'], ['Imprimerie', 'SA'], ['Fiduciaire', 'SRL']]
const BE_NAME = ['Lemaire', 'Dubois', 'Renard', 'Lambert', 'Collignon', 'Mertens', 'Goffin', 'Delvaux', 'Lejeune', 'Hermans', 'Piron', 'Lecomte']
const BE_TOWN = [['Rue de Fer', '5000', 'Namur', '081'], ['Chaussée de Bruxelles', '1410', 'Waterloo', '02'], ['Boulevard d\'Avroy', '4000', 'Liège', '04'], ['Rue de la Station', '7000', 'Mons', '065'], ['Avenue Louise', '1050', 'Ixelles', '02'], ['Route du Condroz', '4100', 'Seraing', '04'], ['Rue de Marchienne', '6000', 'Charleroi', '071'], ['Grand-Place', '1348', 'Louvain-la-Neuve', '010']]
const beCo = (c) => { const t = BE_TRADE[n(c) % BE_TRADE.length], nm = BE_NAME[(n(c) >> 3) % BE_NAME.length], w = BE_TOWN[(n(c) >> 7) % BE_TOWN.length]; return [`${t[0]} ${nm} ${t[1]}`, w[0], w[1], w[2], w[3], `${slug(t[0])}-${slug(nm)}.be`] }
const BE_FIRST = ['Benoît', 'Sophie', 'Grégory', 'Aurélie', 'Quentin', 'Valérie', 'Frédéric', 'Laetitia', 'Christophe', 'Audrey']
const BE_LAST = ['Lemaire', 'Dubois', 'Renard', 'Lambert', 'Collignon', 'Mertens', 'Goffin', 'Dupont', 'Lejeune', 'Hermans']
const beF = (c) => BE_FIRST[(n(c) >> 2) % BE_FIRST.length]
const beL = (c) => BE_LAST[(n(c) >> 5) % BE_LAST.length]
const beVat = (c) => { const d = String(400000000 + (n(c) * 7919) % 599999999).padStart(9, '0'); return `0${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}` }
const beGsm = (c) => `04${[70, 75, 77, 78, 79, 86, 95, 96][n(c) % 8]} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) >> 6) % 100)}`
const EF_FONC = ['Gérant', 'Comptable', 'Administrateur délégué', 'Responsable achats', 'Directeur']

export const SETS = [
  // ---------------------------------------------------------------- payments (West Africa)
  { name: 'fedapay-transactions-fr', product: 'FedaPay (FedaPay dashboard > Transactions > Exporter, CSV; French UI, a Cotonou training school\'s mobile-money and card collections in XOF, Benin)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(98000000 + (n(o) * 97) % 999999), ['_id', OR('payments[0].transactionID')]],
    ['Référence', (c, o, r) => `trx_${v.alnum(r, 3).toUpperCase()}_${o.at}`, [OR('payments[0].transactionID'), '_id'], opt],
    ['Description', (c, o) => FP_DESC[n(o) % FP_DESC.length], [], opt],
    ['Montant', (c, o) => String(xof(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => String(fpFee(o)), []],
    ['Commission', () => '0.017', []],
    ['Montant débité', (c, o) => (fpSt(o) === 'Approuvée' || fpSt(o) === 'Remboursée' ? String(xof(o) + fpFee(o)) : ''), [], opt],
    ['Devise', () => 'XOF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Statut', (c, o) => fpSt(o), [], opt],
    ['Opération', () => 'Paiement', [], opt],
    ['Mode', (c, o) => fpMode(c, o), [OR('payments[0].paymentType')]],
    ['Numéro', (c, o) => (fpMode(c, o) === 'card' ? `4${pad(n(o) % 1000, 3)} **** **** ${pad(n(c) % 10000, 4)}` : `229${bjNum(c)}`), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Pays', () => 'BJ', [GEO('countryCode')], opt],
    ['Client', (c) => `${bjF(c)} ${bjL(c)}`, []],
    ['Email du client', (c) => afMail(bjF(c), bjL(c), c), ['endUserIDs._experience.emailid.id'], opt],
    ['ID client', (c) => String(2300000 + n(c) % 99999), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Référence marchand', (c, o) => (n(o) % 4 ? `INSC-${parts2(o)}-${pad(n(o) % 1000, 4)}` : ''), [OR('purchaseID')]],
    ['Clé de transaction', (c, o) => (fpSt(o) === 'En attente' ? '' : `8${ymd(wat(o.at)).replace(/-/g, '')}00${pad(n(o) % 100000, 6)}`), [OR('payments[0].transactionID')], opt],
    ['Dernier code d\'erreur', (c, o) => (fpSt(o) === 'Déclinée' ? 'INSUFFICIENT_FUND_ERROR' : fpSt(o) === 'Annulée' ? 'CANCELED_BY_CUSTOMER' : ''), [], opt],
    ['Créée le', (c, o) => dmyHms(wat(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Approuvée le', (c, o) => (fpSt(o) === 'Approuvée' || fpSt(o) === 'Remboursée' ? dmyHms(wat(o.at + 41000)) : ''), ['timestamp'], opt],
    ['Annulée le', (c, o) => (fpSt(o) === 'Annulée' ? dmyHms(wat(o.at + 600000)) : ''), [OR('cancelDate')], opt],
    ['Remboursée le', (c, o) => (fpSt(o) === 'Remboursée' ? dmyHms(wat(o.at + 2 * day)) : ''), [], opt],
    ['Mise à jour le', (c, o) => dmyHms(wat(o.at + 45000 + (fpSt(o) === 'Remboursée' ? 2 * day : 0))), [OR('lastUpdatedDate')], opt],
  ] },
  { name: 'kkiapay-transactions-fr', product: 'KkiaPay (KkiaPay dashboard > Transactions > Exporter, Excel; French UI, a Porto-Novo event-ticketing site\'s payments in XOF, Benin)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID Transaction', (c, o, r) => v.alnum(r, 9), [OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => dmyHm(wat(o.at)), ['timestamp'], opt],
    ['Type', (c, o) => (n(o) % 17 === 0 ? 'REMBOURSEMENT' : 'PAIEMENT'), [], opt],
    ['Statut', (c, o) => kkSt(o), [], opt],
    ['Moyen de paiement', (c, o) => kkSrc(o)[0], [OR('payments[0].paymentType')]],
    ['Opérateur', (c, o) => kkSrc(o)[1], [OR('payments[0].paymentType')], opt],
    ['Montant', (c, o) => fcfa(xof(o, 4)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => fcfa(kkFee(o)), []],
    ['Frais supportés par', (c, o) => (n(o) % 3 === 0 ? 'Client' : 'Marchand'), []],
    ['Montant reçu', (c, o) => (kkSt(o) === 'SUCCÈS' ? fcfa(n(o) % 3 === 0 ? xof(o, 4) : xof(o, 4) - kkFee(o)) : '0'), [], opt],
    ['Devise', () => 'XOF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Motif', (c, o) => KK_MOTIF[n(o) % KK_MOTIF.length], [], opt],
    ['Partner ID', (c, o) => (n(o) % 5 ? `TCK${pad(n(o) % 100000, 6)}` : ''), [OR('purchaseID')]],
    ['Nom complet', (c) => `${bjL(c).toUpperCase()} ${bjF(c)}`, []],
    ['Téléphone', (c, o) => (kkSrc(o)[0] === 'Mobile Money' ? `+229 01${bjNum(c)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => (n(c) % 3 ? afMail(bjF(c), bjL(c), c) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Pays', (c, o) => (kkSrc(o)[1] === 'Visa' && n(o) % 2 ? 'Côte d\'Ivoire' : 'Bénin'), [GEO('countryCode')], opt],
    ['Code d\'échec', (c, o) => (kkSt(o) === 'ÉCHEC' ? ['INSUFFICIENT_FUND', 'TIMEOUT', 'USER_CANCELLED'][n(o) % 3] : ''), [], opt],
    ['Canal', (c, o) => ['Widget', 'Lien de paiement', 'Widget', 'API'][n(o) % 4], [], opt],
  ] },
  { name: 'paytech-transactions-fr', product: 'PayTech (PayTech dashboard > Transactions > Exporter, CSV; French UI, a Dakar fashion e-shop\'s Orange Money, Wave, Free Money and card payments in XOF, Senegal)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => dmyHms(gmt(o.at)), ['timestamp'], opt],
    ['Référence commande', (c, o) => `CMD_${pad(n(o) % 100000, 5)}`, [OR('purchaseID')]],
    ['Token', (c, o, r) => `${v.hex(r, 4)}${v.alnum(r, 16).toLowerCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Article', (c, o) => PT_ITEM[n(o) % PT_ITEM.length], [PL('name')], opt],
    ['Nom de la commande', (c, o) => `Commande #${pad(n(o) % 100000, 5)} - Kër Style`, [], opt],
    ['Montant initial', (c, o) => fcfa(xof(o, 2)), [], opt],
    ['Promo (%)', (c, o) => String(ptPromo(o)), [], opt],
    ['Montant', (c, o) => fcfa(ptFinal(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => fcfa(Math.round(ptFinal(o) * 0.02)), []],
    ['Montant net', (c, o) => fcfa(ptFinal(o) - Math.round(ptFinal(o) * 0.02)), [], opt],
    ['Devise', () => 'XOF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Moyen de paiement', (c, o) => ptMoy(o), [OR('payments[0].paymentType')]],
    ['Téléphone client', (c, o) => (ptMoy(o) === 'Carte Bancaire' ? '' : snNum(c)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nom client', (c) => `${snF(c)} ${snL(c)}`, []],
    ['Statut', (c, o) => ptSt(o), [], opt],
    ['Réf. opérateur', (c, o) => (ptSt(o) !== 'Réussie' ? '' : ptMoy(o) === 'Orange Money' ? `MP${ymd(gmt(o.at)).slice(2).replace(/-/g, '')}.${pad(n(o) % 10000, 4)}.A${pad(n(c) % 100000, 5)}` : ptMoy(o) === 'Wave' ? `T_${String.fromCharCode(65 + n(o) % 26)}${String.fromCharCode(65 + n(c) % 26)}${pad(n(c) % 1000000, 6)}` : `FM${pad(n(o) * 31 % 100000000, 8)}`), [OR('payments[0].transactionID')], opt],
    ['Environnement', () => 'prod', []],
    ['Champ personnalisé', (c, o) => `{"client_id":"${n(c) % 10000}","panier":"${n(o) % 1000}"}`, [], opt],
  ] },

  // ---------------------------------------------------------------- restaurant POS
  { name: 'cashpad-tickets-fr', product: 'Cashpad (Cashpad back-office > Historique des tickets > Exporter, Excel, one row per ticket; French UI, a Paris brasserie)', family: 'pos', language: 'fr', schema: E, cols: [
    ['Identifiant', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['N° ticket', (c, o) => String(n(o) % 9000 + 1000), [OR('purchaseID')]],
    ['Ouverture', (c, o) => dmyHm(cet(cpOpen(o) - 3000000)), [OR('createdDate'), 'timestamp'], opt],
    ['Clôture', (c, o) => dmyHm(cet(cpOpen(o))), ['timestamp'], opt],
    ['Établissement', () => 'Brasserie Les Arcades', ['commerce.commerceScope.storeCode'], opt],
    ['Salle', (c, o) => cpSalle(o), [], opt],
    ['Table', (c, o) => (cpSalle(o) === 'Emporter' ? '' : String(n(o) % 28 + 1)), []],
    ['Couverts', (c, o) => (cpSalle(o) === 'Emporter' ? '1' : String(n(o) % 5 + 1)), []],
    ['Serveur', (c, o) => ['Karim', 'Léa', 'Thomas', 'Inès'][n(o) % 4], []],
    ['Mode de vente', (c, o) => (cpSalle(o) === 'Emporter' ? 'À emporter' : 'Sur place'), [OR('orderType')], opt],
    ['Client', (c, o) => (n(o) % 6 === 0 ? `${c.first} ${c.last}` : ''), []],
    ['Total HT', (c, o) => comma((cpTTC(o) - cpRem(o)) / 1.1), [], opt],
    ['TVA 10 %', (c, o) => comma((cpTTC(o) - cpRem(o)) * 0.85 / 11), [], opt],
    ['TVA 20 %', (c, o) => comma((cpTTC(o) - cpRem(o)) * 0.15 / 6), [], opt],
    ['Total TVA', (c, o) => comma((cpTTC(o) - cpRem(o)) * 0.85 / 11 + (cpTTC(o) - cpRem(o)) * 0.15 / 6), [OR('taxAmount')]],
    ['Remises', (c, o) => comma(cpRem(o)), [OR('discountAmount')]],
    ['Total TTC', (c, o) => comma(cpTTC(o) - cpRem(o)), [OR('priceTotal')]],
    ['Pourboire', (c, o) => (cpPay(o) === 'Carte bancaire' && n(o) % 4 === 0 ? '2,00' : '0,00'), []],
    ['Moyen de paiement', (c, o) => cpPay(o), [OR('payments[0].paymentType')]],
    ['Carte bancaire', (c, o) => (cpPay(o) === 'Carte bancaire' ? comma(cpTTC(o) - cpRem(o)) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Espèces', (c, o) => (cpPay(o) === 'Espèces' ? comma(cpTTC(o) - cpRem(o)) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Titres restaurant', (c, o) => (cpPay(o) === 'Ticket restaurant' ? comma(cpTTC(o) - cpRem(o)) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Statut', (c, o) => (n(o) % 19 === 0 ? 'Annulé' : 'Clôturé'), [], opt],
    ['Caisse', (c, o) => `iPad ${n(o) % 2 + 1}`, [], opt],
    ['Commentaire', (c, o) => ['', '', 'Allergie arachides', 'Anniversaire', ''][n(o) % 5], []],
  ] },
  { name: 'maitred-factures-fr', product: 'Maitre\'D (Posera; Maitre\'D Back-Office > Rapports > Ventes > Détail des factures > Exporter, CSV; Québec French UI, a Montréal restaurant with delivery, amounts in CAD)', family: 'pos', language: 'fr', schema: E, cols: [
    ['Date d\'affaires', (c, o) => ymd(mtl(mdAt(o))), ['timestamp'], opt],
    ['No facture', (c, o) => String(100000 + n(o) % 90000), [OR('purchaseID')]],
    ['Section', (c, o) => mdSect(o), [OR('orderType')], opt],
    ['Table', (c, o) => (['Livraison', 'Pour emporter'].includes(mdSect(o)) ? '' : String(n(o) % 40 + 1)), []],
    ['No employé', (c, o) => String(100 + n(o) % 23), []],
    ['Serveur', (c, o) => ['Maxime', 'Audrey', 'Félix', 'Camille', 'Olivier'][n(o) % 5], []],
    ['Clients', (c, o) => String(n(o) % 4 + 1), []],
    ['Heure ouverture', (c, o) => hm(mtl(mdAt(o) - 2700000)), []],
    ['Heure fermeture', (c, o) => hm(mtl(mdAt(o))), [], opt],
    ['Sous-total', (c, o) => comma(mdSub(o)), [], opt],
    ['Rabais', (c, o) => comma(mdRab(o)), [OR('discountAmount')]],
    ['TPS', (c, o) => comma(mdTps(o)), [], opt],
    ['TVQ', (c, o) => comma(mdTvq(o)), [], opt],
    ['Total', (c, o) => comma(mdTot(o)), [OR('priceTotal')]],
    ['Pourboire', (c, o) => comma(mdTot(o) * 0.15), []],
    ['Mode de paiement', (c, o) => mdPay(o), [OR('payments[0].paymentType')]],
    ['No carte', (c, o) => (['Visa', 'MasterCard', 'Amex'].includes(mdPay(o)) ? `************${pad(n(c) % 10000, 4)}` : ''), []],
    ['No client', (c, o) => (mdSect(o) === 'Livraison' || mdSect(o) === 'Pour emporter' ? String(5000 + n(c) % 4000) : ''), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Nom du client', (c, o) => (mdSect(o) === 'Livraison' || mdSect(o) === 'Pour emporter' ? `${qcF(c)} ${qcL(c)}` : ''), []],
    ['Téléphone', (c, o) => (mdSect(o) === 'Livraison' || mdSect(o) === 'Pour emporter' ? qcPhone(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse de livraison', (c, o) => (mdSect(o) === 'Livraison' ? mtlAddr(c)[0] : ''), [SHIP('street1')]],
    ['Ville', (c, o) => (mdSect(o) === 'Livraison' ? mtlAddr(c)[1] : ''), [SHIP('city')]],
    ['Code postal', (c, o) => (mdSect(o) === 'Livraison' ? mtlAddr(c)[2] : ''), [SHIP('postalCode')]],
    ['Terminal', (c, o) => `POS${n(o) % 3 + 1}`, [], opt],
    ['Annulée', (c, o) => (n(o) % 23 === 0 ? 'Oui' : 'Non'), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing
  { name: 'freebe-factures-fr', product: 'Freebe (Freebe > Facturation > Factures > Exporter, CSV; French UI, a Rennes freelance web designer\'s invoices, one row per invoice)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['Numéro', (c, o) => `F-${cet(o.at).y}-${pad(n(o) % 300 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Date d\'émission', (c, o) => dmy(cet(o.at)), ['timestamp'], opt],
    ['Date d\'échéance', (c, o) => dmy(cet(o.at + 30 * day)), [], opt],
    ['Client', (c) => fbCli(c)[0], []],
    ['Contact', (c) => `${c.first} ${c.last}`, []],
    ['Email du contact', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(fbCli(c)[0])}.fr`, ['endUserIDs._experience.emailid.id'], opt],
    ['Projet', (c, o) => FB_PROJ[n(o) % FB_PROJ.length], [], opt],
    ['Objet', (c, o) => `${FB_PROJ[n(o) % FB_PROJ.length]} - ${['acompte 30 %', 'solde', 'forfait mensuel', 'livraison'][n(o) % 4]}`, [], opt],
    ['Montant HT', (c, o) => comma(fbHT(o)), [], opt],
    ['TVA', (c, o) => comma(fbTva(o)), [OR('taxAmount')]],
    ['Montant TTC', (c, o) => comma(fbHT(o) + fbTva(o)), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Mention TVA', (c, o) => (fbTva(o) ? '' : 'TVA non applicable, art. 293 B du CGI'), []],
    ['Statut', (c, o) => fbSt(o), [], opt],
    ['Date de paiement', (c, o) => (fbPaid(o) ? dmy(cet(o.at + (n(o) % 25 + 3) * day)) : ''), [], opt],
    ['Moyen de paiement', (c, o) => (fbPaid(o) ? ['Virement', 'Virement', 'Chèque', 'Carte bancaire'][n(o) % 4] : ''), [OR('payments[0].paymentType')]],
    ['Montant payé', (c, o) => comma(fbPaid(o)), [OR('payments[0].paymentAmount')]],
    ['Reste à payer', (c, o) => comma(fbHT(o) + fbTva(o) - fbPaid(o)), []],
    ['Catégorie', (c, o) => (n(o) % 5 === 0 ? 'Vente de marchandises' : 'Prestation de services'), [], opt],
    ['N° bon de commande', (c, o) => (n(o) % 4 === 0 ? `BC${pad(n(o) % 10000, 5)}` : ''), [OR('purchaseOrderNumber')]],
    ['SIRET client', (c) => `${pad(300000000 + (n(c) * 37) % 599999999, 9)}000${pad(n(c) % 90 + 10)}`, []],
    ['Adresse', (c) => fbCli(c)[3], [BILL('street1')]],
    ['Code postal', (c) => fbCli(c)[2], [BILL('postalCode')]],
    ['Ville', (c) => fbCli(c)[1], [BILL('city')]],
    ['Pays', () => 'France', [BILL('country')]],
    ['Notes', (c, o) => ['', '', 'Pénalités de retard : 3 fois le taux légal', 'Relance envoyée le 15'][n(o) % 4], []],
  ] },

  // ---------------------------------------------------------------- marketplace orders
  { name: 'labelemmaus-commandes-fr', product: 'Label Emmaüs (espace vendeur > Commandes > Exporter, CSV, one row per ordered item; French UI, the solidarity marketplace\'s partner shops selling second-hand goods)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o) => `LE${pad(n(o) * 7 % 10000000, 7)}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => dmyHm(cet(o.at)), ['timestamp'], opt],
    ['Statut', (c, o) => leSt(o), [], opt],
    ['Boutique', (c, o) => LE_SHOP[n(o) % LE_SHOP.length], ['commerce.commerceScope.storeCode'], opt],
    ['Référence produit', (c, o) => `LE-${pad((n(o) * 13) % 1000000, 6)}`, [PL('SKU')]],
    ['Produit', (c, o) => leItem(o)[0], [PL('name')]],
    ['Catégorie', (c, o) => leItem(o)[1], [PL('productCategories[0].categoryName')]],
    ['État', (c, o) => ['Très bon état', 'Bon état', 'État correct', 'Comme neuf'][n(o) % 4], [], opt],
    ['Quantité', (c, o) => (leItem(o)[1] === 'Livres' && n(o) % 5 === 0 ? '2' : '1'), [PL('quantity')]],
    ['Prix de vente TTC', (c, o) => comma(leItem(o)[2] * (leItem(o)[1] === 'Livres' && n(o) % 5 === 0 ? 2 : 1)), [PL('priceTotal'), OR('priceTotal')]],
    ['Frais de port', (c, o) => comma(lePort(o)), ['commerce.shipping.shippingAmount']],
    ['Commission', (c, o) => comma(leItem(o)[2] * 0.15), []],
    ['Montant reversé', (c, o) => comma(leItem(o)[2] * 0.85 + lePort(o)), [], opt],
    ['Mode de livraison', (c, o) => leLiv(o), ['commerce.shipping.shippingMethod']],
    ['N° de suivi', (c, o) => (leSt(o) === 'Expédiée' || leSt(o) === 'Livrée' ? (leLiv(o) === 'Colissimo' ? `6A${pad((n(o) * 7919) % 1e11, 11)}` : leLiv(o) === 'Mondial Relay' ? pad((n(o) * 104729) % 1e8, 8) : '') : ''), ['commerce.shipping.trackingNumber']],
    ['Date d\'expédition', (c, o) => (leSt(o) === 'Expédiée' || leSt(o) === 'Livrée' ? dmy(cet(o.at + 2 * day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Acheteur', (c) => `${c.first} ${c.last}`, []],
    ['Adresse de livraison', (c, o) => (leLiv(o) === 'Retrait en boutique' ? '' : c.street), [SHIP('street1')]],
    ['Complément d\'adresse', (c, o) => (leLiv(o) !== 'Retrait en boutique' && n(c) % 4 === 0 ? `Bât. ${'ABC'[n(c) % 3]}, ${n(c) % 6 + 1}e étage` : ''), [SHIP('street2')]],
    ['Code postal', (c, o) => (leLiv(o) === 'Retrait en boutique' ? '' : c.postcode), [SHIP('postalCode')]],
    ['Ville', (c, o) => (leLiv(o) === 'Retrait en boutique' ? '' : c.city), [SHIP('city')]],
    ['Pays', (c, o) => (leLiv(o) === 'Retrait en boutique' ? '' : 'France'), [SHIP('country')]],
    ['Point relais', (c, o) => (leLiv(o) === 'Mondial Relay' ? `${RELAIS[n(o) % RELAIS.length]} (${pad(n(o) % 100000, 6)})` : ''), [], opt],
    ['Message de l\'acheteur', (c, o) => ['', '', 'Merci pour votre engagement !', 'Possible de grouper avec ma commande précédente ?'][n(o) % 4], []],
  ] },

  // ---------------------------------------------------------------- POS customer and loyalty lists
  { name: 'cashmag-clients-fr', product: 'Cashmag (Cashmag back-office > Clients > Exporter, Excel; French UI, a Toulouse delicatessen\'s till customers with loyalty cards)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Code client', (c) => `C${pad(n(c) % 100000, 6)}`, ID],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Société', (c) => (n(c) % 9 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c) => (n(c) % 5 === 1 ? '' : c.street), at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => (n(c) % 6 === 0 ? `Résidence Les Tilleuls, apt ${n(c) % 40 + 1}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => (n(c) % 5 === 1 ? '' : ['31000', '31400', '31500', '31200', '31130'][n(c) % 5]), at(HOME, 'postalCode')],
    ['Ville', (c) => (n(c) % 5 === 1 ? '' : ['Toulouse', 'Toulouse', 'Toulouse', 'Toulouse', 'Balma'][n(c) % 5]), at(HOME, 'city')],
    ['Pays', (c) => (n(c) % 5 === 1 ? '' : 'France'), at(HOME, 'country')],
    ['Téléphone', (c) => (n(c) % 3 === 0 ? `05 ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)} ${pad((n(c) >> 5) % 100)} ${pad((n(c) >> 7) % 100)}` : ''), ['homePhone.number']],
    ['Mobile', (c) => mob33(c), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 7 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Date de naissance', (c) => (n(c) % 2 ? dmy(cet(c.birth)) : ''), ['person.birthDate']],
    ['N° carte fidélité', (c) => `FID${pad(n(c) % 1000000, 7)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Points fidélité', (c) => String(cmVisits(c) * 7 % 250), ['loyalty.points']],
    ['Avoir disponible', (c) => (n(c) % 8 === 0 ? '5,00' : '0,00'), []],
    ['Solde compte client', (c) => (n(c) % 9 === 0 ? '-42,60' : '0,00'), []],
    ['Remise (%)', (c) => (CM_CAT[n(c) % CM_CAT.length] === 'Professionnel' ? '10' : '0'), []],
    ['Catégorie client', (c) => CM_CAT[n(c) % CM_CAT.length], ['loyalty.tier'], opt],
    ['Accepte SMS', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Accepte email', (c) => (n(c) % 7 === 0 ? 'Non' : c.bool ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => dmy(cet(c.created)), ['loyalty.joinDate'], opt],
    ['Dernier passage', (c) => dmy(cet(c.updated)), [], opt],
    ['Nombre de passages', (c) => String(cmVisits(c)), []],
    ['CA TTC', (c) => comma(cmVisits(c) * 23.85), ['loyalty.lifetimePurchases'], opt],
    ['Commentaire', (c) => ['', '', 'Commande foie gras Noël', 'Préfère le comté 24 mois', ''][n(c) % 5], []],
  ] },
  { name: 'fastmag-clients-fr', product: 'Fastmag (Fastmag > Clients > Extraction du fichier clients, CSV; French UI, a French ready-to-wear chain\'s customer file with loyalty cards, shops and e-shop)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code client', (c) => String(n(c) % 900000 + 100000), ID],
    ['Magasin', (c) => FM_MAG[n(c) % FM_MAG.length], [], opt],
    ['Civilité', (c) => (c.female ? (n(c) % 7 === 0 ? 'Mademoiselle' : 'Madame') : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Société', (c) => (n(c) % 15 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse 1', (c) => c.street, at(HOME, 'street1')],
    ['Adresse 2', (c) => (n(c) % 5 === 0 ? `Bât ${'ABCD'[n(c) % 4]} esc ${n(c) % 3 + 1}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FRANCE', at(HOME, 'country')],
    ['Téléphone', (c) => (n(c) % 4 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Portable', (c) => mob33(c), ['mobilePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Jour naissance', (c) => (n(c) % 3 ? String(cet(c.birth).d) : '0'), [], opt],
    ['Mois naissance', (c) => (n(c) % 3 ? String(cet(c.birth).m) : '0'), [], opt],
    ['Carte fidélité', (c) => (n(c) % 6 === 0 ? '' : fmCard(c)), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Points fidélité', (c) => (n(c) % 6 === 0 ? '0' : String((n(c) * 3) % 480)), ['loyalty.points']],
    ['Taux remise', (c) => (n(c) % 11 === 0 ? '10.00' : '0.00'), []],
    ['Provenance', (c) => FM_PROV[n(c) % FM_PROV.length], [], opt],
    ['Code externe', (c) => (FM_MAG[n(c) % FM_MAG.length] === 'WEB' || n(c) % 4 === 0 ? `PS${n(c) % 50000}` : ''), ['identityMap{}[0].id'], opt],
    ['Date création', (c) => dmy(cet(c.created)), ['loyalty.joinDate'], opt],
    ['Date dernier achat', (c) => dmy(cet(c.updated)), [], opt],
    ['Nb tickets', (c) => String(n(c) % 19 + 1), []],
    ['CA TTC', (c) => comma((n(c) % 19 + 1) * 64.9), ['loyalty.lifetimePurchases'], opt],
    ['Opt-in email', (c) => (c.bool ? 'O' : 'N'), [], opt],
    ['Opt-in SMS', (c) => (n(c) % 3 === 0 ? 'O' : 'N'), [], opt],
    ['Observations', (c) => ['', '', 'Taille 38 en pantalon', 'Cliente fidèle depuis 2015', ''][n(c) % 5], []],
  ] },

  // ---------------------------------------------------------------- invoicing customer lists
  { name: 'cresus-clients-fr', product: 'Crésus Facturation (Epsitec; base Clients > Fichier > Exporter, texte tabulé; Swiss French UI, a Lausanne heating installer\'s customers)', family: 'invoicing', language: 'fr', schema: P, cols: [
    ['Numéro', (c) => String(1000 + n(c) % 4000), ID],
    ['Titre', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => chF(c), ['person.name.firstName']],
    ['Nom', (c) => chL(c), ['person.name.lastName']],
    ['Entreprise', (c) => (n(c) % 6 === 0 ? `Régie ${chL(c)} SA` : ''), ['organizations[0]'], opt],
    ['Adresse', (c) => `${CH_STREET[n(c) % CH_STREET.length]} ${n(c) % 60 + 1}`, at(HOME, 'street1')],
    ['Complément', (c) => (n(c) % 5 === 0 ? 'c/o Fiduciaire Romande' : ''), at(HOME, 'street2')],
    ['Case postale', (c) => (n(c) % 7 === 0 ? `Case postale ${n(c) % 900 + 100}` : ''), at(HOME, 'postOfficeBox'), opt],
    ['NPA', (c) => chTown(c)[2], at(HOME, 'postalCode')],
    ['Localité', (c) => chTown(c)[0], at(HOME, 'city')],
    ['Canton', (c) => chTown(c)[1], at(HOME, 'stateProvince')],
    ['Pays', () => 'Suisse', at(HOME, 'country')],
    ['Tél. privé', (c) => (n(c) % 3 === 0 ? chNum({ id: String(n(c) + 3) }, chTown(c)[3]) : ''), ['homePhone.number']],
    ['Tél. prof.', (c) => (n(c) % 4 === 1 ? chNum({ id: String(n(c) + 17) }, chTown(c)[3]) : ''), ['workPhone.number']],
    ['Natel', (c) => chNum(c, ['079', '078', '076', '077'][n(c) % 4]), ['mobilePhone.number']],
    ['E-mail', (c) => `${slug(chF(c))}.${slug(chL(c))}@${['bluewin.ch', 'gmail.com', 'sunrise.ch', 'hispeed.ch'][n(c) % 4]}`, ['personalEmail.address']],
    ['Langue', (c) => (n(c) % 8 === 0 ? 'Allemand' : 'Français'), [], opt],
    ['Catégorie', (c) => (n(c) % 6 === 0 ? 'Régie' : 'Particulier'), [], opt],
    ['Rabais %', (c) => (n(c) % 6 === 0 ? '5.00' : '0.00'), []],
    ['Délai de paiement', () => '30', []],
    ['Total facturé', (c) => chf(crBilled(c)), ['loyalty.lifetimePurchases'], opt],
    ['Solde', (c) => chf(n(c) % 4 === 0 ? crBilled(c) * 0.2 : 0), []],
    ['Dernière facture', (c) => dotD(cet(c.updated)), [], opt],
    ['Créé le', (c) => dotD(cet(c.created)), [], opt],
    ['Remarques', (c) => ['', '', 'Contrat d\'entretien annuel', 'Chaudière Viessmann 2012', ''][n(c) % 5], []],
  ] },
  { name: 'acomba-clients-fr', product: 'Acomba (Acceo Solutions; Acomba > Clients > Liste des clients > Exporter, CSV; Québec French UI, a Montréal food distributor\'s business customers with their contact person)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Numéro', (c) => acNo(c), ['b2b.accountKey.sourceID', ...B2BID]],
    ['Nom', (c) => qcCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Adresse', (c) => qcCo(c)[2], at(WORK, 'street1')],
    ['Ville', (c) => qcCo(c)[3], at(WORK, 'city')],
    ['Province', () => 'QC', at(WORK, 'stateProvince')],
    ['Code postal', (c) => qcCo(c)[4], at(WORK, 'postalCode')],
    ['Pays', () => 'Canada', at(WORK, 'country')],
    ['Téléphone', (c) => qcPhone(c, qcCo(c)[5]), ['workPhone.number']],
    ['Poste', (c) => (n(c) % 3 === 0 ? String(200 + n(c) % 50) : ''), ['workPhone.extension'], opt],
    ['Télécopieur', (c) => (n(c) % 2 ? qcPhone({ id: String(n(c) + 5) }, qcCo(c)[5]) : ''), ['faxPhone.number']],
    ['Courriel', (c) => `${slug(qcF(c))[0]}${slug(qcL(c))}@${qcCo(c)[1]}`, ['workEmail.address']],
    ['Personne-ressource', (c) => `${qcF(c)} ${qcL(c)}`, ['person.name.fullName']],
    ['Titre', (c) => AC_TITRE[n(c) % AC_TITRE.length], ['extendedWorkDetails.jobTitle']],
    ['Langue', (c) => (n(c) % 7 === 0 ? 'Anglais' : 'Français'), [], opt],
    ['Représentant', (c) => ['Luc Bérubé', 'Annie Paquette', 'Maison'][n(c) % 3], []],
    ['Territoire', (c) => ['Montréal', 'Laurentides', 'Montérégie', 'Capitale-Nationale'][n(c) % 4], [], opt],
    ['Conditions de paiement', (c) => ['Net 30 jours', '2 % 10, net 30', 'Sur réception'][n(c) % 3], []],
    ['Limite de crédit', (c) => comma((n(c) % 10 + 1) * 2500), []],
    ['Solde', (c) => comma((n(c) % 97) * 31.4), []],
    ['No TPS', (c) => `${pad((n(c) * 7919) % 1e9, 9)} RT0001`, [], opt],
    ['No TVQ', (c) => `${pad((n(c) * 104729) % 1e10, 10)} TQ0001`, [], opt],
    ['Exempt de taxes', (c) => (n(c) % 10 === 0 ? 'Oui' : 'Non'), []],
    ['Site Web', (c) => `www.${qcCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Date de création', (c) => ymd(mtl(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière vente', (c) => ymd(mtl(c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Actif', (c) => (n(c) % 12 === 0 ? 'Non' : 'Oui'), [], opt],
    ['Note', (c) => ['', '', 'Livrer avant 7 h', 'Chèque post-daté accepté', ''][n(c) % 5], []],
  ] },
  { name: 'efactori-clients-fr', product: 'eFactori (eFactori > Clients > Exporter, Excel; Belgian French UI, a Namur IT service company\'s business customers with their contact person)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Numéro client', (c) => String(n(c) % 900 + 100), ['b2b.accountKey.sourceID', ...B2BID]],
    ['Nom', (c) => beCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Numéro TVA', (c) => `BE ${beVat(c)}`, [], opt],
    ['Rue', (c) => beCo(c)[1], at(WORK, 'street1')],
    ['Numéro', (c) => String(n(c) % 180 + 1), [], opt],
    ['Boîte', (c) => (n(c) % 4 === 0 ? String(n(c) % 12 + 1) : ''), at(WORK, 'street2'), opt],
    ['Code postal', (c) => beCo(c)[2], at(WORK, 'postalCode')],
    ['Commune', (c) => beCo(c)[3], at(WORK, 'city')],
    ['Pays', () => 'Belgique', at(WORK, 'country')],
    ['Téléphone', (c) => `${beCo(c)[4]} ${pad((n(c) * 7) % 1000, 3)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}`, ['workPhone.number']],
    ['E-mail', (c) => `info@${beCo(c)[5]}`, ['workEmail.address'], opt],
    ['E-mail facturation', (c) => (n(c) % 3 === 0 ? `comptabilite@${beCo(c)[5]}` : ''), [], opt],
    ['Site web', (c) => `https://www.${beCo(c)[5]}`, ['b2b.companyWebsite']],
    ['Contact - Prénom', (c) => beF(c), ['person.name.firstName']],
    ['Contact - Nom', (c) => beL(c), ['person.name.lastName']],
    ['Contact - Fonction', (c) => EF_FONC[n(c) % EF_FONC.length], ['extendedWorkDetails.jobTitle']],
    ['Contact - E-mail', (c) => `${slug(beF(c))}.${slug(beL(c))}@${beCo(c)[5]}`, ['workEmail.address']],
    ['Contact - GSM', (c) => beGsm(c), ['mobilePhone.number']],
    ['Langue', (c) => (n(c) % 9 === 0 ? 'Néerlandais' : 'Français'), [], opt],
    ['Délai de paiement (jours)', (c) => ['30', '30', '15', '60'][n(c) % 4], []],
    ['Remise (%)', (c) => (n(c) % 5 === 0 ? '5' : '0'), []],
    ['IBAN', (c) => `BE${pad(n(c) % 100)} ${pad((n(c) * 13) % 10000, 4)} ${pad((n(c) * 17) % 10000, 4)} ${pad((n(c) * 19) % 10000, 4)}`, []],
    ['Peppol ID', (c) => (n(c) % 3 ? `0208:${beVat(c).replace(/\./g, '')}` : ''), [], opt],
    ['Créé le', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Remarque', (c) => ['', '', 'Contrat de maintenance annuel', 'Facturer au siège', ''][n(c) % 5], []],
  ] },
]

// the year and month of an order, "202405", for merchant references
function parts2(o) { const p = wat(o.at); return `${p.y}${pad(p.m)}` }
