// Round 63, heldout148: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French-language exports from France, Switzerland and Québec and Spanish
// exports from Spain, headers in the product's UI language: a Québec e-commerce platform's order lines (Panierdachat), a
// French vintage-furniture marketplace's seller sales (Selency), a Swiss medical-booking platform's appointments
// (OneDoc), a French SMS platform's contact directory (iSendPro), a Québec SME management suite's CRM contacts
// (Kiwili), a French business-information service's prospect list (Ellisphere), a Spanish e-commerce platform's order
// lines (Ebasnet), a Spanish hotel booking system's reservations (Amenitiz), a Spanish buy-now-pay-later provider's
// merchant operations (Pagantis), a Spanish hotel CRM's guest profiles with loyalty-club data (Fideltour), a Spanish
// SMS platform's address book (Mensatek) and a Spanish invoicing and field-service tool's clients (StelOrder)
// (fr 6, es 6; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, dec, local, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: France, Switzerland and Spain at +1 (+2 in summer), Québec at -5 (-4 in summer)
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// calendar parts moved into opening hours (lo .. lo+span-1)
const inHours = (p, lo, span) => ({ ...p, H: lo + (p.H % span) })
const frT = (p) => `${dmy(p, '/')} ${hm(p)}`
const frTs = (p) => `${dmy(p, '/')} ${hms(p)}`
const isoT = (p) => `${ymd(p)} ${hms(p)}`
const WE = ['workEmail.address', 'personalEmail.address']
const STATE_BILL = STATE(['commerce.billing.address'])
const STATE_SHIP = STATE(['commerce.shipping.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x6f4a7c15); r(); r(); return r }
const mail = (f, l, r, doms) => `${slug(f)}${v.pick(r, ['.', '', '_', '.'])}${slug(l)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
// Québec and a few other provinces: [ville, province, code postal, indicatif]
const QC_PLACES = [['Québec', 'QC', 'G1R 2J6', '418'], ['Québec', 'QC', 'G1S 1C1', '418'], ['Lévis', 'QC', 'G6V 4Z2', '418'], ['Montréal', 'QC', 'H2J 1M6', '514'], ['Laval', 'QC', 'H7N 3T4', '450'], ['Gatineau', 'QC', 'J8Y 6T3', '819'], ['Sherbrooke', 'QC', 'J1H 1Y7', '819'], ['Saguenay', 'QC', 'G7H 4B7', '418'], ['Ottawa', 'ON', 'K1N 5T5', '613'], ['Moncton', 'NB', 'E1C 4P1', '506']]
const QC_STREETS = ['rue Saint-Jean', 'avenue Cartier', 'boulevard René-Lévesque Ouest', 'rue Saint-Joseph Est', 'chemin Sainte-Foy', 'rue Fleury Est', 'avenue du Mont-Royal Est', 'boulevard Talbot']
const EN_STREETS = ['Elgin Street', 'Bank Street', 'Main Street', 'King Street', 'Somerset Street West']
const QC_FIRST = { f: ['Maëlle', 'Florence', 'Léa', 'Rosalie', 'Marie-Ève', 'Juliette', 'Geneviève', 'Catherine'], m: ['Félix', 'Samuel', 'William', 'Jean-François', 'Éric', 'Olivier', 'Mathieu', 'Simon'] }
const QC_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron']
// Romandy: [localité, NPA, canton]
const CH_PLACES = [['Lausanne', '1004', 'VD'], ['Lausanne', '1006', 'VD'], ['Pully', '1009', 'VD'], ['Prilly', '1008', 'VD'], ['Renens', '1020', 'VD'], ['Épalinges', '1066', 'VD'], ['Morges', '1110', 'VD'], ['Lutry', '1095', 'VD']]
const CH_STREETS = ['Avenue de Béthusy', 'Chemin de Pierrefleur', 'Rue du Valentin', 'Avenue de Morges', 'Chemin du Reposoir', 'Avenue du Léman', 'Route d\'Oron']
// Gironde: [commune, code postal]
const BX_PLACES = [['Bordeaux', '33000'], ['Bordeaux', '33800'], ['Bordeaux', '33300'], ['Mérignac', '33700'], ['Pessac', '33600'], ['Talence', '33400'], ['Bègles', '33130'], ['Le Bouscat', '33110']]
const BX_STREETS = ['rue Notre-Dame', 'cours de l\'Argonne', 'rue du Jardin Public', 'avenue de la Libération', 'rue Fondaudège', 'cours Victor Hugo', 'rue de Pessac', 'avenue Thiers']
// Spain: [población, código postal, provincia]
const ES_PLACES = [['Madrid', '28014', 'Madrid'], ['Madrid', '28039', 'Madrid'], ['Sevilla', '41003', 'Sevilla'], ['Jerez de la Frontera', '11402', 'Cádiz'], ['Barcelona', '08013', 'Barcelona'], ['Bilbao', '48009', 'Bizkaia'], ['Valencia', '46004', 'Valencia'], ['Málaga', '29016', 'Málaga'], ['Oviedo', '33003', 'Asturias'], ['Valladolid', '47002', 'Valladolid'], ['Palma', '07003', 'Illes Balears'], ['Murcia', '30008', 'Murcia']]
const ES_STREETS = ['Calle Larga', 'Avenida de la Constitución', 'Calle San Vicente', 'Calle Alfonso XIII', 'Paseo de la Castellana', 'Calle Real', 'Avenida del Puerto', 'Calle Gran Vía']
const ES_FLOOR = ['', '', '1º A', '2º B', '3º izda.', '4º dcha.', 'bajo', '5º C']
const ES_LAST2 = ['Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Molina', 'Ortega']
// Zaragoza area: [localidad, C.P.]
const ZGZ_PLACES = [['Zaragoza', '50009'], ['Zaragoza', '50015'], ['Zaragoza', '50018'], ['Zaragoza', '50012'], ['Utebo', '50180'], ['Cuarte de Huerva', '50410'], ['La Puebla de Alfindén', '50171'], ['Villanueva de Gállego', '50830']]
const ZGZ_STREETS = ['Calle de Delicias', 'Avenida de Valencia', 'Calle Duquesa Villahermosa', 'Avenida de Cataluña', 'Calle Pablo Ruiz Picasso', 'Avenida de Navarra', 'Calle Miguel Servet']
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const dni = (k) => `${pad(k, 8)}${DNI_L[k % 23]}`
// foreign guests of Spanish hotels: [país, nacionalidad, idioma, nombres, apellidos, [ciudad, código postal], móvil]
const GUEST_FOREIGN = [
  ['Alemania', 'Alemana', 'Alemán', ['Lukas', 'Sabine', 'Stefan', 'Anna', 'Jürgen', 'Katrin'], ['Müller', 'Schneider', 'Weber', 'Hoffmann', 'Becker'], [['München', '80331'], ['Köln', '50667'], ['Düsseldorf', '40213'], ['Hamburg', '20095']], (r) => `+49 1${v.pick(r, ['51', '60', '70', '76'])} ${v.int(r, 1000000, 99999999)}`, 'gmx.de'],
  ['Reino Unido', 'Británica', 'Inglés', ['James', 'Emily', 'Oliver', 'Sarah', 'Thomas', 'Charlotte'], ['Smith', 'Taylor', 'Brown', 'Walker', 'Evans'], [['London', 'SE1 7PB'], ['Manchester', 'M1 4BT'], ['Bristol', 'BS1 5TR'], ['Leeds', 'LS1 4DY']], (r) => `+44 7${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`, 'btinternet.com'],
  ['Francia', 'Francesa', 'Francés', ['Léa', 'Hugo', 'Camille', 'Julien', 'Chloé', 'Nicolas'], ['Martin', 'Dubois', 'Moreau', 'Lefèvre', 'Girard'], [['Lyon', '69002'], ['Paris', '75011'], ['Toulouse', '31000'], ['Bordeaux', '33000']], (r) => `+33 6 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, 'orange.fr'],
  ['Suiza', 'Suiza', 'Alemán', ['Reto', 'Nicole', 'Beat', 'Andrea', 'Martin'], ['Meier', 'Keller', 'Frei', 'Brunner', 'Huber'], [['Zürich', '8004'], ['Bern', '3011'], ['Basel', '4051']], (r) => `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, 'bluewin.ch'],
]
const FEM_FIRST = new Set(['Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Sabine', 'Anna', 'Katrin', 'Emily', 'Sarah', 'Charlotte', 'Nicole', 'Andrea'])
const fem = (c) => (c.first === 'Camille' ? c.female : FEM_FIRST.has(c.first))
const memo = new Map()
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  if (cc === 'qc') {
    const female = r() < 0.5, pl = r() < 0.85 ? v.pick(r, QC_PLACES.slice(0, 8)) : v.pick(r, QC_PLACES.slice(8))
    const first = v.pick(r, female ? QC_FIRST.f : QC_FIRST.m), last = v.pick(r, QC_LAST)
    const street = pl[1] === 'QC' ? `${v.int(r, 12, 4800)}, ${v.pick(r, QC_STREETS)}` : `${v.int(r, 12, 980)} ${v.pick(r, EN_STREETS)}`
    return { female, first, last, city: pl[0], prov: pl[1], zip: pl[2], street, apt: r() < 0.3 ? `app. ${v.int(r, 1, 12)}` : '',
      phone: `${pl[3]} ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`,
      email: mail(first, last, r, ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'bell.net', 'icloud.com']) }
  }
  if (cc === 'ch') {
    const pl = v.pick(r, CH_PLACES)
    return { city: pl[0], zip: pl[1], canton: pl[2], street: `${v.pick(r, CH_STREETS)} ${v.int(r, 1, 90)}`,
      mobile: `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
      email: mail(c.first, c.last, r, ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'outlook.com']),
      avs: `756.${pad(v.int(r, 1000, 9999), 4)}.${pad(v.int(r, 0, 9999), 4)}.${pad(v.int(r, 10, 99))}` }
  }
  if (cc === 'bx') {
    const pl = v.pick(r, BX_PLACES)
    return { city: pl[0], zip: pl[1], street: `${v.int(r, 1, 160)} ${v.pick(r, BX_STREETS)}`,
      mobile: `33${v.pick(r, ['6', '7'])}${pad(v.int(r, 0, 99999999), 8)}`,
      email: mail(c.first, c.last, r, ['orange.fr', 'gmail.com', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr']) }
  }
  if (cc === 'es' || cc === 'zgz') {
    const pl = cc === 'zgz' ? [...v.pick(r, ZGZ_PLACES), 'Zaragoza'] : v.pick(r, ES_PLACES)
    const last2 = v.pick(r, ES_LAST2)
    return { last2, city: pl[0], zip: pl[1], prov: pl[2], street: `${v.pick(r, cc === 'zgz' ? ZGZ_STREETS : ES_STREETS)}, ${v.int(r, 1, 140)}`, floor: v.pick(r, ES_FLOOR),
      mobile: `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
      dni: dni(v.int(r, 10000000, 79999999)),
      email: mail(c.first, r() < 0.3 ? last2 : c.last, r, ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net']) }
  }
  if (cc === 'guest') {
    if (r() < 0.45) {
      const e = who(c, 'es', salt)
      return { country: 'España', nat: 'Española', lang: 'Español', female: fem(c), first: c.first, last: `${c.last} ${e.last2}`, city: e.city, zip: e.zip, prov: e.prov,
        street: `${e.street}${e.floor ? ', ' + e.floor : ''}`, phone: `+34 ${e.mobile}`, email: e.email, doc: e.dni }
    }
    const g = v.pick(r, GUEST_FOREIGN), first = v.pick(r, g[3]), last = v.pick(r, g[4]), pl = v.pick(r, g[5])
    return { country: g[0], nat: g[1], lang: g[2], female: FEM_FIRST.has(first), first, last, city: pl[0], zip: pl[1], prov: '',
      street: g[0] === 'Reino Unido' ? `${v.int(r, 1, 220)} ${v.pick(r, ['High Street', 'Church Road', 'Victoria Road', 'Park Lane'])}` : g[0] === 'Francia' ? `${v.int(r, 1, 120)} rue ${v.pick(r, ['de la République', 'Victor Hugo', 'des Lilas'])}` : `${v.pick(r, ['Bahnhofstraße', 'Lindenweg', 'Hauptstraße', 'Gartenstraße'])} ${v.int(r, 1, 120)}`,
      phone: g[6](r), email: `${slug(first)}.${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${r() < 0.5 ? 'gmail.com' : g[7]}`, doc: `${v.pick(r, ['C', 'L', 'P', 'X'])}${v.int(r, 10000000, 99999999)}` }
  }
  return {}
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const qc = (c) => who(c, 'qc')
const ch = (c) => who(c, 'ch')
const bx = (c) => who(c, 'bx')
const es = (c) => who(c, 'es')
const zgz = (c) => who(c, 'zgz')
const guest = (c) => who(c, 'guest')
const frMob = (c) => `0${c.mobile.slice(4)}`
const eur = (x) => dec(x)

// ---------------------------------------------------------------- 1. Panierdachat order lines (fr, E)
// a maple-products shop near Québec City: [code, produit, format, prix, taxable]
const PA_ITEMS = [['SIR-540-AMB', 'Sirop d\'érable ambré, goût riche', '540 ml', 12.95, false], ['SIR-1L-FON', 'Sirop d\'érable foncé, goût robuste', '1 L', 21.5, false], ['BEU-250', 'Beurre d\'érable', '250 g', 9.75, false], ['TIRE-06', 'Tire d\'érable sur bâtonnets', 'Boîte de 6', 14, true], ['SUC-500', 'Sucre d\'érable granulé', '500 g', 16.95, false], ['COF-DEC', 'Coffret découverte de l\'érablière', 'Emballage cadeau', 54, true], ['BON-200', 'Bonbons à l\'érable en forme de feuille', '200 g', 8.5, true]]
const paItem = (o, i) => row(PA_ITEMS, i + n(o))
const paAt = (o) => inHours(est(o.at), 7, 16)
const paLine = (o, i) => paItem(o, i)[3] * o.qty
const paDisc = (o, i) => (o.discount ? Math.round(paLine(o, i) * 10) / 100 : 0)
const paShipWay = (o) => row(['Postes Canada – Colis accélérés', 'Postes Canada – Colis accélérés', 'Cueillette à l\'érablière (Saint-Henri)', 'Purolator Express', 'Postes Canada – Colis accélérés', 'Livraison locale (Québec et Lévis)'], n(o) % 6)
const paShip = (o, i) => (paShipWay(o).startsWith('Cueillette') || paLine(o, i) >= 100 ? 0 : paShipWay(o).startsWith('Purolator') ? 24.95 : paShipWay(o).startsWith('Livraison') ? 8 : 14.95)
const paTaxBase = (o, i) => (paItem(o, i)[4] ? paLine(o, i) - paDisc(o, i) : 0) + paShip(o, i)
const paTps = (o, i) => Math.round(paTaxBase(o, i) * 5) / 100
const paTvq = (o, i) => Math.round(paTaxBase(o, i) * 9.975) / 100
const paTotal = (o, i) => paLine(o, i) - paDisc(o, i) + paShip(o, i) + paTps(o, i) + paTvq(o, i)
const paSt = (o) => row(['Complétée', 'Expédiée', 'Complétée', 'En traitement', 'Complétée', 'Annulée', 'Expédiée', 'En attente de paiement'], n(o) % 8)
const paGift = (o) => n(o) % 5 === 2
const paTo = (c, o) => (paGift(o) ? who(c, 'qc', 'cadeau') : qc(c))
const paShipped = (o) => ['Complétée', 'Expédiée'].includes(paSt(o)) && !paShipWay(o).startsWith('Cueillette') && !paShipWay(o).startsWith('Livraison')
// ---------------------------------------------------------------- 2. Selency seller sales (fr, E)
// a Lyon second-hand furniture dealer: [titre, catégorie, prix, volumineux]
const SE_ITEMS = [['Fauteuil cocktail années 50 en velours vert', 'Fauteuils', 480, true], ['Commode scandinave en teck, 1960', 'Commodes', 890, true], ['Suspension en rotin tressé', 'Luminaires', 145, false], ['Miroir soleil en métal doré', 'Miroirs', 260, false], ['Table basse en travertin', 'Tables basses', 1250, true], ['Paire de chaises bistrot Baumann', 'Chaises', 320, true], ['Lampe de bureau Jieldé vintage', 'Luminaires', 390, false]]
const seItem = (o) => row(SE_ITEMS, n(o) % 7)
const seAt = (o) => cet(o.at)
const seWay = (o) => (seItem(o)[3] ? row(['Livraison Selency', 'Livraison Selency', 'Retrait chez le vendeur'], n(o) % 3) : row(['Envoi par le vendeur (Colissimo)', 'Livraison Selency', 'Envoi par le vendeur (Colissimo)'], n(o) % 3))
const seShip = (o) => (seWay(o) === 'Retrait chez le vendeur' ? 0 : seWay(o) === 'Livraison Selency' ? (seItem(o)[2] > 800 ? 129 : 79) : 19.9)
const sePrice = (o) => (n(o) % 4 === 1 ? Math.round(seItem(o)[2] * 0.9) : seItem(o)[2])
const seComm = (o) => Math.round(sePrice(o) * 0.2 * 100) / 100
const seSt = (o) => row(['Livrée', 'Livrée', 'En cours de livraison', 'À expédier', 'Livrée', 'Annulée', 'Livrée', 'Litige en cours'], n(o) % 8)
const seSent = (o) => ['Livrée', 'En cours de livraison', 'Litige en cours'].includes(seSt(o)) && seWay(o) !== 'Retrait chez le vendeur'
const seBe = (o) => n(o) % 6 === 5
const BE_DEST = [['Ixelles', '1050', 'Rue du Bailli 41'], ['Uccle', '1180', 'Avenue Brugmann 212'], ['Liège', '4000', 'Boulevard de la Sauvenière 88']]
// ---------------------------------------------------------------- 3. OneDoc appointments (fr, E)
// a Lausanne physiotherapy practice: [motif, durée]
const OD_MOTIF = [['Première consultation physiothérapie', 45], ['Séance de physiothérapie (suivi)', 30], ['Rééducation post-opératoire', 45], ['Drainage lymphatique manuel', 60], ['Physiothérapie du sport', 30], ['Rééducation périnéale', 45]]
const odMotif = (o) => row(OD_MOTIF, n(o) % 6)
const OD_PRAT = ['Aline Favre', 'Jérôme Chappuis', 'Sophie Perrin']
const odCreated = (o) => cet(o.at)
const odAppt = (o) => { const p = inHours(cet(o.at + ((n(o) % 20) + 1) * day), 7, 12); return { ...p, M: p.M < 30 ? 0 : 30, S: 0 } }
const odEnd = (o) => { const s = odAppt(o); const m = s.H * 60 + s.M + odMotif(o)[1]; return { ...s, H: Math.floor(m / 60), M: m % 60 } }
const odSt = (o) => row(['Confirmé', 'Honoré', 'Honoré', 'Annulé par le patient', 'Honoré', 'Non présenté', 'Confirmé', 'Honoré'], n(o) % 8)
const odVia = (o) => row(['OneDoc', 'OneDoc', 'Cabinet', 'OneDoc', 'Téléphone'], n(o) % 5)
const odNew = (o) => odMotif(o)[0].startsWith('Première')
// ---------------------------------------------------------------- 4. iSendPro directory (fr, P)
// a Bordeaux chain of three bakeries' SMS club
const isShop = (c) => row(['Chartrons', 'Saint-Augustin', 'Caudéran'], n(c) % 3)
const isStop = (c) => n(c) % 11 === 4
// ---------------------------------------------------------------- 5. Kiwili contacts (fr, B)
// client companies of a Montréal commercial-cleaning firm: [entreprise, site, adresse, ville, code postal, indicatif]
const KW_FIRMS = [['Clinique dentaire Beaubien inc.', 'cliniquebeaubien.ca', '2450, rue Beaubien Est', 'Montréal', 'H2G 1N3', '514'], ['Groupe Immobilier Laurentien', 'gilaurentien.com', '1000, boulevard de la Gauchetière Ouest, bureau 2400', 'Montréal', 'H3B 4W5', '514'], ['Cabinet comptable Roy Lavoie CPA s.e.n.c.r.l.', 'roylavoiecpa.ca', '3080, boulevard Le Carrefour, bureau 500', 'Laval', 'H7T 2R5', '450'], ['Garderie Les Petits Explorateurs', 'petitsexplorateurs.qc.ca', '7120, rue Saint-Hubert', 'Montréal', 'H2R 2N1', '514'], ['Industries Rive-Sud ltée', 'industriesrivesud.com', '1255, boulevard Marie-Victorin', 'Longueuil', 'J4G 1A1', '450'], ['Centre sportif Mercier', 'centresportifmercier.ca', '8105, rue Hochelaga', 'Montréal', 'H1L 2K9', '514']]
const kwFirm = (c) => row(KW_FIRMS, n(c) >> 1)
// [poste (m), poste (f), service]
const KW_ROLE = [['Directeur des opérations', 'Directrice des opérations', 'Opérations'], ['Gestionnaire d\'immeuble', 'Gestionnaire d\'immeuble', 'Gestion immobilière'], ['Adjoint administratif', 'Adjointe administrative', 'Administration'], ['Directeur général', 'Directrice générale', 'Direction'], ['Responsable des installations', 'Responsable des installations', 'Services techniques'], ['Contrôleur financier', 'Contrôleuse financière', 'Finances']]
const kwRole = (c) => { const k = row(KW_ROLE, n(c) % 6); return [kwPerson(c).female ? k[1] : k[0], k[2]] }
const kwPerson = (c) => who(c, 'qc', 'contact')
const kwTel = (c) => `(${kwFirm(c)[5]}) ${280 + (n(c) % 700)}-${pad((n(c) * 7) % 10000, 4)}`
// ---------------------------------------------------------------- 6. Ellisphere prospect list (fr, B)
// manufacturers in the West of France: [raison sociale, enseigne, forme, NAF, libellé NAF, effectif, CA k€, adresse, CP, commune, département, région, standard, site, SIREN, création]
const EL_FIRMS = [
  ['ATLANTIQUE USINAGE PRECISION', 'AUP', 'SAS', '2562B', 'Mécanique industrielle', '50 à 99 salariés', '11 480', '12 rue de l\'Industrie', '44470', 'Carquefou', 'Loire-Atlantique (44)', 'Pays de la Loire', '02 40 52 18 60', 'www.aup-usinage.fr', '412 687 391', '14/03/1997'],
  ['MENUISERIES DU BOCAGE', '', 'SARL', '1623Z', 'Fabrication de charpentes et d\'autres menuiseries', '20 à 49 salariés', '6 215', 'ZA de la Croix Blanche', '85500', 'Les Herbiers', 'Vendée (85)', 'Pays de la Loire', '02 51 91 44 02', 'www.menuiseries-bocage.fr', '329 104 857', '02/09/1983'],
  ['ARMOR EMBALLAGES', '', 'SAS', '2221Z', 'Fabrication de plaques, feuilles, tubes et profilés en matières plastiques', '100 à 199 salariés', '24 900', '5 rue Ampère', '22440', 'Ploufragan', 'Côtes-d\'Armor (22)', 'Bretagne', '02 96 76 31 00', 'www.armor-emballages.com', '381 246 905', '21/06/1991'],
  ['SOCIETE NOUVELLE DES CONSERVERIES MORBIHANNAISES', 'CONSERVERIE DE L\'OCEAN', 'SA', '1020Z', 'Transformation et conservation de poisson, de crustacés et de mollusques', '200 à 249 salariés', '58 300', '1 quai Jean Bart', '56100', 'Lorient', 'Morbihan (56)', 'Bretagne', '02 97 37 52 10', 'www.conserverie-ocean.fr', '552 081 734', '11/01/1955'],
  ['ELECTRO-SERVICES ANJOU', 'ESA', 'SAS', '2712Z', 'Fabrication de matériel de distribution et de commande électrique', '50 à 99 salariés', '13 760', '27 avenue du Grésillé', '49000', 'Angers', 'Maine-et-Loire (49)', 'Pays de la Loire', '02 41 66 70 70', 'www.esa-anjou.fr', '440 918 226', '08/11/2001'],
  ['FONDERIE DE LA SARTHE', '', 'SAS', '2451Z', 'Fonderie de fonte', '100 à 199 salariés', '31 050', 'Route de Laval', '72000', 'Le Mans', 'Sarthe (72)', 'Pays de la Loire', '02 43 28 55 00', 'www.fonderie-sarthe.fr', '306 529 183', '30/04/1975'],
]
const elFirm = (c) => row(EL_FIRMS, n(c) >> 1)
const EL_ROLE = [['Président', 'Présidente'], ['Directeur général', 'Directrice générale'], ['Directeur administratif et financier', 'Directrice administrative et financière'], ['Directeur des systèmes d\'information', 'Directrice des systèmes d\'information'], ['Directeur industriel', 'Directrice industrielle'], ['Responsable des achats', 'Responsable des achats'], ['Directeur des ressources humaines', 'Directrice des ressources humaines']]
const elRole = (c) => row(EL_ROLE, n(c) % 7)[fem(c) ? 1 : 0]
const elDomain = (c) => elFirm(c)[13].replace('www.', '')
// ---------------------------------------------------------------- 7. Ebasnet order lines (es, E)
// a Jerez sherry and ibérico shop: [referencia, producto, IVA %, precio con IVA]
const EB_ITEMS = [['FIN-RAMA-75', 'Fino en rama 75 cl', 21, 14.9], ['AMO-VORS-50', 'Amontillado VORS 50 cl', 21, 39.5], ['PX-30A-37', 'Pedro Ximénez 30 años 37,5 cl', 21, 28], ['JAM-BEL-100', 'Jamón ibérico de bellota 100% loncheado 100 g', 10, 18.95], ['LOM-BEL-MP', 'Lomo ibérico de bellota media pieza (aprox. 500 g)', 10, 42], ['AOVE-PIC-500', 'Aceite de oliva virgen extra picual 500 ml', 10, 11.5], ['VIN-JER-RES', 'Vinagre de Jerez Reserva 25 cl', 10, 6.8]]
const ebItem = (o, i) => row(EB_ITEMS, i + n(o))
const ebAt = (o) => cet(o.at)
const ebLine = (o, i) => ebItem(o, i)[3] * o.qty
const ebShip = (o, i) => (ebLine(o, i) >= 60 ? 0 : 5.95)
const ebDisc = (o, i) => (o.discount ? Math.round(ebLine(o, i) * 10) / 100 : 0)
const ebTotal = (o, i) => ebLine(o, i) - ebDisc(o, i) + ebShip(o, i)
const ebIva = (o, i) => (ebLine(o, i) - ebDisc(o, i)) * ebItem(o, i)[2] / (100 + ebItem(o, i)[2]) + ebShip(o, i) * 21 / 121
const ebSt = (o) => row(['Entregado', 'Enviado', 'Entregado', 'En preparación', 'Pendiente de pago', 'Entregado', 'Cancelado'], n(o) % 7)
const ebPay = (o) => row(['Tarjeta (Redsys)', 'PayPal', 'Bizum', 'Tarjeta (Redsys)', 'Transferencia bancaria', 'Contra reembolso'], n(o) % 6)
const ebCarrier = (o) => row(['SEUR 24', 'Correos Express', 'SEUR 24', 'MRW', 'Recogida en tienda'], n(o) % 5)
const ebOther = (o) => n(o) % 5 === 3
const ebTo = (c, o) => (ebOther(o) ? who(c, 'es', 'regalo') : es(c))
const ebToName = (c, o) => (ebOther(o) ? `${row(['Carmen', 'Javier', 'Pilar', 'Antonio', 'Rocío'], n(o) % 5)} ${ebTo(c, o).last2}` : `${c.first} ${c.last} ${es(c).last2}`)
// ---------------------------------------------------------------- 8. Amenitiz reservations (es, E)
// a 12-room boutique hotel in Ronda: [habitación, precio por noche]
const AM_ROOMS = [['Doble Estándar', 95], ['Doble Superior vistas al Tajo', 140], ['Junior Suite con terraza', 185], ['Individual', 72], ['Doble Superior vistas al Tajo', 140]]
const amRoom = (o) => row(AM_ROOMS, n(o) % 5)
const amRate = (o) => row(['Tarifa flexible', 'No reembolsable', 'Alojamiento y desayuno', 'Tarifa flexible'], n(o) % 4)
const amNights = (o) => 1 + (n(o) % 4)
const amChan = (o) => row(['Booking.com', 'Directo (motor de reservas)', 'Booking.com', 'Expedia', 'Airbnb', 'Directo (motor de reservas)', 'Teléfono'], n(o) % 7)
const amChanRef = (o) => ({ 'Booking.com': `4${pad((n(o) * 91733) % 1000000000, 9)}`, Expedia: String(2100000000 + (n(o) * 4391) % 90000000), Airbnb: `HM${slug(String.fromCharCode(65 + n(o) % 26, 65 + (n(o) >> 3) % 26)).toUpperCase()}${pad((n(o) * 37) % 1000000, 6)}` }[amChan(o)] ?? '')
const amAt = (o) => cet(o.at)
const amIn = (o) => o.at + ((n(o) % 90) + 3) * day
const amTotal = (o) => amRoom(o)[1] * amNights(o) * (amRate(o) === 'No reembolsable' ? 0.9 : 1) + (amRate(o) === 'Alojamiento y desayuno' ? 24 * amNights(o) : 0)
const amSt = (o) => row(['Confirmada', 'Check-out', 'Confirmada', 'Cancelada', 'Check-out', 'No presentado', 'Confirmada'], n(o) % 7)
const amPaid = (o) => (amSt(o) === 'Cancelada' && amRate(o) !== 'No reembolsable' ? 0 : amRate(o) === 'No reembolsable' || amSt(o) === 'Check-out' ? amTotal(o) : n(o) % 3 === 0 ? Math.round(amTotal(o) * 30) / 100 : 0)
const amComm = (o) => (amSt(o) === 'Cancelada' ? 0 : 1) * amTotal(o) * ({ 'Booking.com': 0.15, Expedia: 0.18, Airbnb: 0.03 }[amChan(o)] ?? 0)
// ---------------------------------------------------------------- 9. Pagantis operations (es, E)
// a Madrid online bike shop: [producto, importe]
const PG_ITEMS = [['Bicicleta de carretera Orbea Orca M30', 2299], ['Bicicleta eléctrica urbana Gazelle Ultimate', 2899], ['MTB doble suspensión Conor WRC', 1349], ['Rodillo inteligente Tacx Flux S', 699], ['Bicicleta gravel BH Atom X', 1599], ['Casco + luces + candado (pack ciudad)', 349]]
const pgItem = (o) => row(PG_ITEMS, n(o) % 6)
const pgProd = (o) => (pgItem(o)[1] < 800 && n(o) % 2 ? 'Paga en 4 plazos' : 'Financiación a plazos')
const pgCuotas = (o) => (pgProd(o) === 'Paga en 4 plazos' ? 4 : row([3, 6, 12, 6, 9, 12], n(o) % 6))
const pgFeePct = (o) => (pgProd(o) === 'Paga en 4 plazos' ? 3.95 : pgCuotas(o) >= 12 ? 6.5 : 4.95)
const pgSt = (o) => row(['Confirmada', 'Confirmada', 'Rechazada', 'Confirmada', 'Devuelta parcialmente', 'Confirmada', 'Cancelada', 'Pendiente de confirmar'], n(o) % 8)
const pgOk = (o) => ['Confirmada', 'Devuelta parcialmente'].includes(pgSt(o))
const pgRefund = (o) => (pgSt(o) === 'Devuelta parcialmente' ? row([59.9, 120, 349], n(o) % 3) : 0)
const pgAt = (o) => inHours(cet(o.at), 8, 15)
const pgId = (o) => `${(n(o) * 2654435761 >>> 0).toString(36)}${(n(o) * 40503 >>> 0).toString(36)}`.slice(0, 12)
// ---------------------------------------------------------------- 10. Fideltour guest profiles (es, P)
// three hotels in Mallorca with a loyalty club
const FT_HOTELS = ['Hotel Cala Blava', 'Hotel Port de Sóller', 'Hotel Sa Tanca']
const ftStays = (c) => 1 + (n(c) % 7)
const ftClub = (c) => n(c) % 4 !== 2
const ftTier = (c) => (ftStays(c) >= 5 ? 'Oro' : ftStays(c) >= 3 ? 'Plata' : 'Bronce')
const ftPts = (c) => ftStays(c) * 420 + (n(c) % 300)
const ftJoin = (c) => c.created
const ftLast = (c) => c.created + ((n(c) % 600) + 30) * day
// ---------------------------------------------------------------- 11. Mensatek address book (es, P)
// a chain of driving schools in Zaragoza
const mkGroup = (c) => row(['Alumnos permiso B 2024', 'Antiguos alumnos', 'Interesados moto A2', 'Alumnos permiso B 2024', 'Curso CAP', 'Alumnos permiso B 2025'], n(c) % 6)
const mkAge = (c) => (mkGroup(c).startsWith('Alumnos') ? Date.UTC(2003 + (n(c) % 5), n(c) % 12, 1 + (n(c) % 27)) : c.birth)
// ---------------------------------------------------------------- 12. StelOrder clients (es, B)
// a Valencia HVAC and maintenance installer's business clients: [nombre jurídico, nombre comercial, NIF, dirección, población, CP, web, tipo, teléfono]
const ST_CLIENTS = [['Restaurantes La Albufera S.L.', 'Casa Vicent', 'B46812345', 'Carrer de Sueca, 25', 'Valencia', '46006', 'www.casavicent.es', 'Empresa', '963 41 27 80'], ['Comunidad de Propietarios Edificio Turia 12', '', 'H46523187', 'Avenida del Puerto, 12', 'Valencia', '46021', '', 'Comunidad de propietarios', '963 30 18 44'], ['Clínica Dental Ruzafa S.L.P.', 'Dental Ruzafa', 'B98234567', 'Carrer de Cadis, 50', 'Valencia', '46006', 'www.dentalruzafa.com', 'Empresa', '961 10 52 33'], ['Hotel Marítimo Playa S.A.', 'Hotel Marítimo', 'A46109876', 'Passeig de Neptú, 4', 'Valencia', '46011', 'www.hotelmaritimoplaya.es', 'Empresa', '963 56 02 10'], ['Fincas Levante Administradores S.L.', 'Fincas Levante', 'B97561230', 'Avenida de Aragón, 30, 5º', 'Valencia', '46010', 'www.fincaslevante.es', 'Empresa', '963 93 71 15'], ['Supermercados Horta Nord S.L.', 'Horta Nord Super', 'B96781245', 'Carrer Major, 88', 'Alboraia', '46120', 'www.hortanordsuper.es', 'Empresa', '961 85 66 20'], ['Laura Sanchis Peris', '', '', 'Carrer de Jesús, 61, bajo', 'Valencia', '46007', '', 'Autónomo', '']]
const stCli = (c) => row(ST_CLIENTS, n(c) % 7)
const stRole = (c) => row([['Gerente', 'Gerente'], ['Presidente de la comunidad', 'Presidenta de la comunidad'], ['Responsable de mantenimiento', 'Responsable de mantenimiento'], ['Director', 'Directora'], ['Administrador de fincas', 'Administradora de fincas'], ['Jefe de compras', 'Jefa de compras'], ['Titular', 'Titular']], n(c) % 7)[fem(c) ? 1 : 0]
const stRef = (c) => `CLI${pad(n(c) % 10000, 5)}`

export const SETS = [
  // ---------------------------------------------------------------- Québec: e-commerce order lines
  { name: 'panierdachat-export-commandes-fr', product: 'Panierdachat (Panierdachat inc.; administration de la boutique: Commandes > Exporter les commandes (CSV), one row per ordered product, French (Québec) UI, a maple-products shop near Québec City shipping across Canada, America/Toronto, CAD)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['No commande', (c, o) => String(10000 + n(o)), [OR('purchaseID')]],
    ['Date', (c, o) => isoT(paAt(o)), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => paSt(o), []],
    ['Statut du paiement', (c, o) => (paSt(o) === 'En attente de paiement' ? 'Non payé' : paSt(o) === 'Annulée' ? 'Remboursé' : 'Payé'), []],
    ['Prénom', (c) => qc(c).first, []],
    ['Nom', (c) => qc(c).last, []],
    ['Courriel', (c) => qc(c).email, EMAIL_ID],
    ['Téléphone', (c) => qc(c).phone, PHONE_ID, opt],
    ['Adresse (facturation)', (c) => qc(c).street, [BILL('street1')]],
    ['Adresse 2 (facturation)', (c) => qc(c).apt, [BILL('street2')]],
    ['Ville (facturation)', (c) => qc(c).city, [BILL('city')]],
    ['Province (facturation)', (c) => qc(c).prov, STATE_BILL],
    ['Code postal (facturation)', (c) => qc(c).zip, [BILL('postalCode')]],
    ['Nom (livraison)', (c, o) => `${paTo(c, o).first} ${paTo(c, o).last}`, []],
    ['Adresse (livraison)', (c, o) => paTo(c, o).street, [SHIP('street1')]],
    ['Ville (livraison)', (c, o) => paTo(c, o).city, [SHIP('city')]],
    ['Province (livraison)', (c, o) => paTo(c, o).prov, STATE_SHIP],
    ['Code postal (livraison)', (c, o) => paTo(c, o).zip, [SHIP('postalCode')]],
    ['Pays (livraison)', () => 'Canada', [SHIP('country')]],
    ['Code produit', (c, o, r, i) => paItem(o, i)[0], [PL('SKU')]],
    ['Produit', (c, o, r, i) => paItem(o, i)[1], [PL('name')]],
    ['Format', (c, o, r, i) => paItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => dec(paItem(o, i)[3], '.'), [], opt],
    ['Total ligne', (c, o, r, i) => dec(paLine(o, i), '.'), [PL('priceTotal')]],
    ['Code promo', (c, o) => (o.discount ? 'TEMPSDESSUCRES10' : ''), ['commerce.promotionID'], opt],
    ['Rabais', (c, o, r, i) => dec(paDisc(o, i), '.'), [OR('discountAmount')]],
    ['Frais de livraison', (c, o, r, i) => dec(paShip(o, i), '.'), ['commerce.shipping.shippingAmount']],
    ['TPS', (c, o, r, i) => dec(paTps(o, i), '.'), [], opt],
    ['TVQ', (c, o, r, i) => dec(paTvq(o, i), '.'), [], opt],
    ['Total', (c, o, r, i) => dec(paTotal(o, i), '.'), [OR('priceTotal')]],
    ['Devise', () => 'CAD', [OR('currencyCode'), PL('currencyCode')]],
    ['Mode de paiement', (c, o) => row(['Carte de crédit (Visa)', 'Carte de crédit (Mastercard)', 'PayPal', 'Carte de crédit (Visa)', 'Virement Interac'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Mode de livraison', (c, o) => paShipWay(o), ['commerce.shipping.shippingMethod']],
    ['No de suivi', (c, o) => (!paShipped(o) ? '' : paShipWay(o).startsWith('Purolator') ? String(330000000000 + (n(o) * 7919) % 99999999) : String(7023000000000000 + n(o) * 104729)), ['commerce.shipping.trackingNumber']],
    ['Note du client', (c, o) => row(['', '', 'Laisser le colis sur la galerie svp', '', 'C\'est un cadeau, ne pas inclure la facture', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- France: marketplace seller sales
  { name: 'selency-mes-ventes-export-fr', product: 'Selency (Selency SAS; espace vendeur professionnel: Mes ventes > Exporter (CSV ;), one row per sold listing, French UI, a Lyon second-hand furniture dealer selling to France and Belgium, Europe/Paris, EUR)', family: 'marketplace', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o) => `SEL${pad((n(o) * 7) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Date de la vente', (c, o) => frT(seAt(o)), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => seSt(o), []],
    ['Référence annonce', (c, o) => String(2400000 + (n(o) * 13) % 700000), [PL('SKU')]],
    ['Titre de l\'annonce', (c, o) => seItem(o)[0], [PL('name')]],
    ['Catégorie', (c, o) => seItem(o)[1], [PL('productCategories[0].categoryName')]],
    ['Quantité', () => '1', [PL('quantity')]],
    ['Offre acceptée', (c, o) => (n(o) % 4 === 1 ? 'Oui' : 'Non'), []],
    ['Prix de vente TTC', (c, o) => eur(sePrice(o)), [PL('priceTotal')]],
    ['Frais de livraison TTC', (c, o) => eur(seShip(o)), ['commerce.shipping.shippingAmount']],
    ['Montant payé par l\'acheteur', (c, o) => eur(sePrice(o) + seShip(o)), [OR('priceTotal')]],
    ['Taux de commission', () => '20 %', []],
    ['Commission Selency TTC', (c, o) => eur(seComm(o)), []],
    ['Montant net vendeur', (c, o) => eur(sePrice(o) - seComm(o) + (seWay(o).startsWith('Envoi') ? seShip(o) : 0)), []],
    ['Mode de livraison', (c, o) => seWay(o), ['commerce.shipping.shippingMethod']],
    ['Acheteur', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Adresse de livraison', (c, o) => (seWay(o) === 'Retrait chez le vendeur' ? '' : seBe(o) ? row(BE_DEST, n(c))[2] : c.street), [SHIP('street1')]],
    ['Code postal', (c, o) => (seWay(o) === 'Retrait chez le vendeur' ? '' : seBe(o) ? row(BE_DEST, n(c))[1] : c.postcode), [SHIP('postalCode')]],
    ['Ville', (c, o) => (seWay(o) === 'Retrait chez le vendeur' ? '' : seBe(o) ? row(BE_DEST, n(c))[0] : c.city), [SHIP('city')]],
    ['Pays', (c, o) => (seWay(o) === 'Retrait chez le vendeur' ? '' : seBe(o) ? 'Belgique' : 'France'), [SHIP('country')]],
    ['Date d\'expédition', (c, o) => (seSent(o) ? dmy(cet(o.at + ((n(o) % 6) + 2) * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['N° de suivi', (c, o) => (seSent(o) && seWay(o).startsWith('Envoi') ? `6A${20000000000 + n(o) * 48271}` : ''), ['commerce.shipping.trackingNumber']],
    ['Date de versement', (c, o) => (seSt(o) === 'Livrée' ? dmy(cet(o.at + ((n(o) % 6) + 16) * day), '/') : ''), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: medical-booking appointments
  { name: 'onedoc-export-rendez-vous-fr', product: 'OneDoc (OneDoc SA; agenda OneDoc Pro du cabinet: Rendez-vous > Exporter (Excel), one row per appointment, French UI, a Lausanne physiotherapy practice with three physiotherapists, Europe/Zurich)', family: 'booking', language: 'fr', schema: E, cols: [
    ['ID rendez-vous', (c, o) => String(18000000 + (n(o) * 173) % 9000000), ['_id'], opt],
    ['Créé le', (c, o) => `${dmy(odCreated(o))} ${hm(odCreated(o))}`, ['timestamp']],
    ['Date', (c, o) => dmy(odAppt(o)), [], opt],
    ['Début', (c, o) => hm(odAppt(o)), []],
    ['Fin', (c, o) => hm(odEnd(o)), []],
    ['Durée (min)', (c, o) => String(odMotif(o)[1]), []],
    ['Praticien', (c, o) => row(OD_PRAT, n(o) % 3), []],
    ['Lieu', () => 'Physio Béthusy – Lausanne', [], opt],
    ['Motif de consultation', (c, o) => odMotif(o)[0], [PL('name')], opt],
    ['Statut', (c, o) => odSt(o), []],
    ['Réservé via', (c, o) => odVia(o), []],
    ['Nouveau patient', (c, o) => (odNew(o) ? 'Oui' : 'Non'), []],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Date de naissance', (c) => dmy(v.parts(c.birth)), []],
    ['Téléphone mobile', (c) => ch(c).mobile, PHONE_ID, opt],
    ['E-mail', (c, o) => (odVia(o) === 'Téléphone' && n(c) % 2 ? '' : ch(c).email), EMAIL_ID],
    ['Adresse', (c) => ch(c).street, [BILL('street1')], opt],
    ['NPA', (c) => ch(c).zip, [BILL('postalCode')], opt],
    ['Localité', (c) => ch(c).city, [BILL('city')], opt],
    ['Assurance', (c) => row(['CSS', 'Helsana', 'Groupe Mutuel', 'SWICA', 'Assura', 'Visana', 'Sanitas'], n(c) % 7), []],
    ['N° AVS', (c) => (n(c) % 3 ? ch(c).avs : ''), []],
    ['Rappel SMS envoyé', (c, o) => (odSt(o) === 'Annulé par le patient' ? 'Non' : 'Oui'), []],
    ['Annulé le', (c, o) => (odSt(o) === 'Annulé par le patient' ? `${dmy(cet(o.at + (n(o) % 5 + 1) * 3600000 * 7))} ${hm(cet(o.at + (n(o) % 5 + 1) * 3600000 * 7))}` : ''), [], opt],
    ['Remarque', (c, o) => row(['', '', 'Ordonnance du Dr Rochat', '', 'Apporter les radiographies', 'Genou droit – ligament croisé', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- France: SMS platform directory
  { name: 'isendpro-repertoire-contacts-fr', product: 'iSendPro (iSendPro / Sms Pro Système; espace client: Répertoires > Mon répertoire > Exporter (CSV ;), one row per contact of an SMS directory, French UI, the SMS club of three Bordeaux bakeries)', family: 'sms-marketing', language: 'fr', schema: P, cols: [
    ['numero', (c) => bx(c).mobile, ['mobilePhone.number']],
    ['civilite', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['nom', (c) => c.last, ['person.name.lastName']],
    ['prenom', (c) => c.first, ['person.name.firstName']],
    ['email', (c) => (n(c) % 4 === 3 ? '' : bx(c).email), ['personalEmail.address']],
    ['date_naissance', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['adresse', (c) => (n(c) % 5 < 2 ? bx(c).street : ''), at(HOME, 'street1')],
    ['code_postal', (c) => bx(c).zip, at(HOME, 'postalCode')],
    ['ville', (c) => bx(c).city, at(HOME, 'city')],
    ['societe', (c) => (n(c) % 9 === 0 ? row(['Cabinet Lamarque', 'Pharmacie des Chartrons', 'Agence Aquitaine Immo'], n(c)) : ''), ['organizations[0]'], opt],
    ['champ1', (c) => isShop(c), []],
    ['champ2', (c) => row(['Carte fidélité', '', 'Carte fidélité', 'Commande gâteaux', ''], n(c) % 5), []],
    ['repertoire', () => 'Club SMS Boulangeries', []],
    ['date_ajout', (c) => isoT(inHours(cet(c.created), 7, 14)), []],
    ['source', (c) => row(['Formulaire web', 'Saisie en boutique', 'Import CSV', 'Mot-clé SMS PAIN', 'Saisie en boutique'], n(c) % 5), []],
    ['stop', (c) => (isStop(c) ? '1' : '0'), []],
    ['date_stop', (c) => (isStop(c) ? isoT(cet(c.updated)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Québec: SME suite CRM contacts
  { name: 'kiwili-contacts-export-fr', product: 'Kiwili (Kiwili inc.; CRM: Contacts > Exporter (Excel), one row per contact person with their company, French (Québec) UI, a Montréal commercial-cleaning company\'s client contacts)', family: 'crm', language: 'fr', schema: B, cols: [
    ['No', (c) => String(1000 + n(c) % 4000), B2BID],
    ['Entreprise', (c) => kwFirm(c)[0], CO],
    ['Titre', (c) => (kwPerson(c).female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => kwPerson(c).first, ['person.name.firstName']],
    ['Nom', (c) => kwPerson(c).last, ['person.name.lastName']],
    ['Poste', (c) => kwRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => kwRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Courriel', (c) => `${slug(kwPerson(c).first[0])}${slug(kwPerson(c).last)}@${kwFirm(c)[1]}`, WE],
    ['Téléphone bureau', (c) => kwTel(c), ['workPhone.number']],
    ['Poste téléphonique', (c) => (n(c) % 3 ? String(200 + n(c) % 90) : ''), ['workPhone.extension']],
    ['Cellulaire', (c) => (n(c) % 2 ? `${kwFirm(c)[5]} ${300 + (n(c) * 3) % 680}-${pad((n(c) * 11) % 10000, 4)}` : ''), ['mobilePhone.number']],
    ['Adresse', (c) => kwFirm(c)[2], [W('street1')]],
    ['Ville', (c) => kwFirm(c)[3], [W('city')]],
    ['Province', () => 'Québec', STATE(['workAddress'])],
    ['Code postal', (c) => kwFirm(c)[4], [W('postalCode')]],
    ['Pays', () => 'Canada', [W('country')]],
    ['Site Web', (c) => `https://www.${kwFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Langue', (c) => (n(c) % 5 === 4 ? 'Anglais' : 'Français'), []],
    ['Catégorie', (c) => row(['Client', 'Client', 'Prospect', 'Client', 'Ancien client'], n(c) % 5), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Provenance', (c) => row(['Référence', 'Site Web', 'Salon Expo-Entretien', 'Appel à froid', 'Référence'], n(c) % 5), ['b2b.personSource'], opt],
    ['Responsable', (c) => row(['Nathalie Pelletier', 'Marc-André Gagnon'], n(c) % 2), []],
    ['Infolettre', (c) => (c.bool ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Date de création', (c) => ymd(est(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c) => row(['', 'Contrat annuel – 3 visites/semaine', '', 'Demande de soumission pour l\'entretien des vitres', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- France: business-information prospect list
  { name: 'ellisphere-liste-prospects-fr', product: 'Ellisphere (Ellisphere SA; Ellipro Prospection: Ciblage > Mes listes > Exporter (CSV ;), one row per executive of a targeted company, French UI, a Nantes IT-services firm prospecting manufacturers in Brittany and the Pays de la Loire)', family: 'b2b-prospects', language: 'fr', schema: B, cols: [
    ['SIREN', (c) => elFirm(c)[14], ACCT, opt],
    ['Raison sociale', (c) => elFirm(c)[0], CO],
    ['Enseigne', (c) => elFirm(c)[1], CO, opt],
    ['Forme juridique', (c) => elFirm(c)[2], []],
    ['Code NAF', (c) => elFirm(c)[3], []],
    ['Libellé NAF', (c) => elFirm(c)[4], []],
    ['Tranche d\'effectif', (c) => elFirm(c)[5], []],
    ['Chiffre d\'affaires (K€)', (c) => elFirm(c)[6], []],
    ['Date de création', (c) => elFirm(c)[15], []],
    ['Adresse', (c) => elFirm(c)[7], [W('street1')]],
    ['Code postal', (c) => elFirm(c)[8], [W('postalCode')]],
    ['Commune', (c) => elFirm(c)[9], [W('city')]],
    ['Département', (c) => elFirm(c)[10], [W('region')], opt],
    ['Région', (c) => elFirm(c)[11], [...STATE(['workAddress']), W('region')]],
    ['Téléphone standard', (c) => elFirm(c)[12], ['workPhone.number'], opt],
    ['Site internet', (c) => elFirm(c)[13], ['b2b.companyWebsite']],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Fonction', (c) => elRole(c), ['extendedWorkDetails.jobTitle']],
    ['Email nominatif', (c) => (n(c) % 4 === 3 ? '' : `${slug(c.first)}.${slug(c.last)}@${elDomain(c)}`), ['workEmail.address']],
    ['Ligne directe', (c) => (n(c) % 3 === 0 ? `${elFirm(c)[12].slice(0, 9)}${pad(10 + n(c) % 89)} ${pad(n(c) % 100)}` : ''), ['workPhone.number']],
    ['Score Ellisphere', (c) => `${1 + (n(c) >> 1) % 10}/10`, []],
    ['Opposition démarchage', (c) => (n(c) % 8 === 5 ? 'Oui' : 'Non'), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: e-commerce order lines
  { name: 'ebasnet-listado-pedidos-es', product: 'Ebasnet (Ebasnet Comercio Electrónico S.L.; panel de la tienda: Pedidos > Listado de pedidos > Exportar a Excel, one row per order line, Spanish UI, a Jerez de la Frontera sherry and ibérico gourmet shop, Europe/Madrid, EUR prices with IVA)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Nº pedido', (c, o) => String(20240000 + n(o)), [OR('purchaseID')]],
    ['Fecha', (c, o) => frTs(ebAt(o)), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => ebSt(o), []],
    ['Cliente', (c) => `${c.first} ${c.last} ${es(c).last2}`, []],
    ['NIF', (c) => (n(c) % 4 === 0 ? es(c).dni : ''), [], opt],
    ['Email', (c) => es(c).email, EMAIL_ID],
    ['Teléfono', (c) => es(c).mobile, PHONE_ID, opt],
    ['Dirección facturación', (c) => `${es(c).street}${es(c).floor ? ', ' + es(c).floor : ''}`, [BILL('street1')]],
    ['C.P. facturación', (c) => es(c).zip, [BILL('postalCode')]],
    ['Población facturación', (c) => es(c).city, [BILL('city')]],
    ['Provincia facturación', (c) => es(c).prov, STATE_BILL],
    ['País facturación', () => 'España', [BILL('country')]],
    ['Nombre envío', (c, o) => ebToName(c, o), []],
    ['Dirección envío', (c, o) => `${ebTo(c, o).street}${ebTo(c, o).floor ? ', ' + ebTo(c, o).floor : ''}`, [SHIP('street1')]],
    ['C.P. envío', (c, o) => ebTo(c, o).zip, [SHIP('postalCode')]],
    ['Población envío', (c, o) => ebTo(c, o).city, [SHIP('city')]],
    ['Provincia envío', (c, o) => ebTo(c, o).prov, STATE_SHIP],
    ['País envío', () => 'España', [SHIP('country')]],
    ['Referencia', (c, o, r, i) => ebItem(o, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => ebItem(o, i)[1], [PL('name')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unidad', (c, o, r, i) => dec(ebItem(o, i)[3]), [], opt],
    ['% IVA', (c, o, r, i) => String(ebItem(o, i)[2]), []],
    ['Total línea', (c, o, r, i) => dec(ebLine(o, i)), [PL('priceTotal')]],
    ['Cupón', (c, o) => (o.discount ? 'BIENVENIDA10' : ''), ['commerce.promotionID'], opt],
    ['Descuento', (c, o, r, i) => dec(ebDisc(o, i)), [OR('discountAmount')]],
    ['Gastos de envío', (c, o, r, i) => dec(ebShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Base imponible', (c, o, r, i) => dec(ebTotal(o, i) - ebIva(o, i)), [], opt],
    ['Total IVA', (c, o, r, i) => dec(ebIva(o, i)), [OR('taxAmount')]],
    ['Total pedido', (c, o, r, i) => dec(ebTotal(o, i)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => ebPay(o), [OR('payments[0].paymentType')]],
    ['Transportista', (c, o) => ebCarrier(o), ['commerce.shipping.shippingMethod']],
    ['Nº seguimiento', (c, o) => (['Enviado', 'Entregado'].includes(ebSt(o)) && ebCarrier(o) !== 'Recogida en tienda' ? (ebCarrier(o) === 'MRW' ? `0${26000000000 + n(o) * 7717}` : String(6060000000000 + n(o) * 104723)) : ''), ['commerce.shipping.trackingNumber']],
    ['Observaciones', (c, o) => row(['', '', 'Es para regalo, no incluir precio', '', 'Entregar por la mañana', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Spain: hotel reservations
  { name: 'amenitiz-exportar-reservas-es', product: 'Amenitiz (Amenitiz Solutions S.L.; panel del alojamiento: Reservas > Lista de reservas > Exportar (CSV), one row per booking from the booking engine and the channel manager, Spanish UI, a 12-room boutique hotel in Ronda, Europe/Madrid, EUR)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID reserva', (c, o) => String(3100000 + (n(o) * 29) % 900000), [OR('purchaseID'), '_id']],
    ['Canal', (c, o) => amChan(o), []],
    ['Referencia del canal', (c, o) => amChanRef(o), [OR('purchaseOrderNumber')], opt],
    ['Estado', (c, o) => amSt(o), []],
    ['Fecha de creación', (c, o) => frT(amAt(o)), ['timestamp', OR('createdDate')]],
    ['Llegada', (c, o) => dmy(cet(amIn(o)), '/'), [], opt],
    ['Salida', (c, o) => dmy(cet(amIn(o) + amNights(o) * day), '/'), [], opt],
    ['Noches', (c, o) => String(amNights(o)), [PL('quantity')], opt],
    ['Habitación', (c, o) => amRoom(o)[0], [PL('name')]],
    ['Tarifa', (c, o) => amRate(o), [PL('selectedOptions[0].value')], opt],
    ['Adultos', (c, o) => String(amRoom(o)[0] === 'Individual' ? 1 : 2), []],
    ['Niños', (c, o) => String(amRoom(o)[0].startsWith('Junior') && n(o) % 2 ? 1 : 0), []],
    ['Nombre', (c) => guest(c).first, []],
    ['Apellidos', (c) => guest(c).last, []],
    ['Email', (c, o) => (amChan(o) === 'Booking.com' ? `${slug(guest(c).first)}${slug(guest(c).last).slice(0, 4)}.${(n(c) * 7) % 1000}@guest.booking.com` : amChan(o) === 'Airbnb' ? '' : guest(c).email), EMAIL_ID],
    ['Teléfono', (c) => guest(c).phone, PHONE_ID, opt],
    ['País', (c) => guest(c).country, [BILL('country')], opt],
    ['Idioma', (c) => guest(c).lang, []],
    ['Total', (c, o) => dec(amTotal(o)), [OR('priceTotal')]],
    ['Pagado', (c, o) => dec(amPaid(o)), [OR('payments[0].paymentAmount')]],
    ['Pendiente', (c, o) => dec(['Cancelada', 'No presentado'].includes(amSt(o)) ? 0 : amTotal(o) - amPaid(o)), []],
    ['Comisión del canal', (c, o) => dec(amComm(o)), []],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Método de pago', (c, o) => (amChan(o) === 'Airbnb' ? 'Cobrado por el canal' : amChan(o) === 'Expedia' ? 'Tarjeta virtual (Expedia Collect)' : row(['Tarjeta de crédito', 'Pago en el alojamiento', 'Tarjeta de crédito', 'Transferencia'], n(o) % 4)), [OR('payments[0].paymentType')]],
    ['Hora estimada de llegada', (c, o) => row(['', '15:00 - 16:00', '18:00 - 19:00', '', '21:00 - 22:00'], n(o) % 5), []],
    ['Fecha de cancelación', (c, o) => (amSt(o) === 'Cancelada' ? dmy(cet(o.at + ((n(o) % 20) + 1) * day), '/') : ''), [OR('cancelDate')], opt],
    ['Comentarios', (c, o) => row(['', 'Aniversario, si es posible botella de cava', '', 'Llegamos en coche, ¿hay parking?', '', 'Cama de matrimonio, por favor'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Spain: buy-now-pay-later operations
  { name: 'pagantis-operaciones-es', product: 'Pagantis (Pagamastarde S.L.U.; panel de comercio: Operaciones > Descargar CSV, one row per purchase financed in instalments, Spanish UI, a Madrid online bicycle shop, Europe/Madrid, EUR)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID operación', (c, o) => pgId(o), [OR('payments[0].transactionID')]],
    ['ID pedido comercio', (c, o) => `BK-${40000 + n(o)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => isoT(pgAt(o)), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => pgSt(o), []],
    ['Producto', (c, o) => pgProd(o), [OR('payments[0].paymentType')], opt],
    ['Descripción', (c, o) => pgItem(o)[0], [PL('name')], opt],
    ['Importe', (c, o) => dec(pgItem(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Nº de cuotas', (c, o) => String(pgCuotas(o)), []],
    ['Importe cuota', (c, o) => dec(pgItem(o)[1] / pgCuotas(o)), []],
    ['Comisión comercio (%)', (c, o) => dec(pgFeePct(o)), []],
    ['Comisión comercio', (c, o) => dec(pgOk(o) ? pgItem(o)[1] * pgFeePct(o) / 100 : 0), []],
    ['Importe a liquidar', (c, o) => dec(pgOk(o) ? pgItem(o)[1] * (1 - pgFeePct(o) / 100) - pgRefund(o) : 0), []],
    ['Importe devuelto', (c, o) => dec(pgRefund(o)), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Fecha de liquidación', (c, o) => (pgOk(o) ? dmy(cet(o.at + ((n(o) % 3) + 2) * day), '/') : ''), []],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => `${c.last} ${es(c).last2}`, []],
    ['DNI/NIE', (c) => es(c).dni, []],
    ['Email', (c) => es(c).email, EMAIL_ID],
    ['Teléfono móvil', (c) => `+34${es(c).mobile.replace(/ /g, '')}`, PHONE_ID, opt],
    ['Dirección', (c) => `${es(c).street}${es(c).floor ? ', ' + es(c).floor : ''}`, [BILL('street1')]],
    ['Código postal', (c) => es(c).zip, [BILL('postalCode')]],
    ['Ciudad', (c) => es(c).city, [BILL('city')]],
    ['Canal', (c, o) => (n(o) % 5 === 4 ? 'Tienda física (enlace de pago)' : 'Online'), []],
  ] },
  // ---------------------------------------------------------------- Spain: hotel CRM guests with loyalty club
  { name: 'fideltour-clientes-segmento-es', product: 'Fideltour (Fideltour S.L.; CRM hotelero: Clientes > Segmentos > Exportar (CSV), one row per guest profile merged from the PMS, Wi-Fi and web, with its loyalty-club data, Spanish UI, a three-hotel chain in Mallorca)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID cliente', (c) => String(880000 + n(c) % 100000), ['_id', 'personID']],
    ['Tratamiento', (c) => (guest(c).female ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => guest(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => guest(c).last, ['person.name.lastName']],
    ['Email', (c) => guest(c).email, ['personalEmail.address']],
    ['Teléfono', (c) => guest(c).phone, ['mobilePhone.number', 'homePhone.number']],
    ['Fecha de nacimiento', (c) => (n(c) % 4 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (guest(c).female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Nacionalidad', (c) => guest(c).nat, ['person.nationality']],
    ['Idioma', (c) => guest(c).lang, []],
    ['Documento', (c) => (n(c) % 3 ? guest(c).doc : ''), ['person.taxId'], opt],
    ['Dirección', (c) => (n(c) % 5 === 2 ? '' : guest(c).street), at(HOME, 'street1')],
    ['Código postal', (c) => guest(c).zip, at(HOME, 'postalCode')],
    ['Ciudad', (c) => guest(c).city, at(HOME, 'city')],
    ['Provincia', (c) => guest(c).prov, STATE(HOME)],
    ['País', (c) => guest(c).country, at(HOME, 'country')],
    ['Nº estancias', (c) => String(ftStays(c)), []],
    ['Noches totales', (c) => String(ftStays(c) * (3 + n(c) % 5)), []],
    ['Gasto total (€)', (c) => dec(ftStays(c) * (3 + n(c) % 5) * (118 + n(c) % 90)), ['loyalty.lifetimePurchases'], opt],
    ['Última estancia', (c) => dmy(cet(ftLast(c)), '/'), []],
    ['Hotel última estancia', (c) => row(FT_HOTELS, n(c) % 3), []],
    ['Club', (c) => (ftClub(c) ? 'Club Illa' : ''), ['loyalty.program']],
    ['Nº socio', (c) => (ftClub(c) ? `CI-${pad(n(c) % 100000, 6)}` : ''), ['loyalty.loyaltyID[0]']],
    ['Nivel', (c) => (ftClub(c) ? ftTier(c) : ''), ['loyalty.tier']],
    ['Puntos', (c) => (ftClub(c) ? String(ftPts(c)) : ''), ['loyalty.points']],
    ['Fecha alta club', (c) => (ftClub(c) ? dmy(cet(ftJoin(c)), '/') : ''), ['loyalty.joinDate']],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), []],
    ['Origen', (c) => row(['PMS', 'Wi-Fi', 'Web', 'PMS', 'Encuesta'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Spain: SMS platform address book
  { name: 'mensatek-agenda-contactos-es', product: 'Mensatek (Mensatek S.L.; panel web: Agenda > Grupos > Exportar contactos (CSV ;), one row per contact of an SMS group, Spanish UI, a chain of driving schools in Zaragoza)', family: 'sms-marketing', language: 'es', schema: P, cols: [
    ['Móvil', (c) => `34${zgz(c).mobile.replace(/ /g, '')}`, ['mobilePhone.number']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${zgz(c).last2}`, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 1 ? '' : zgz(c).email), ['personalEmail.address']],
    ['Grupo', (c) => mkGroup(c), []],
    ['Fecha de nacimiento', (c) => dmy(v.parts(mkAge(c)), '/'), ['person.birthDate']],
    ['DNI', (c) => zgz(c).dni, ['person.taxId'], opt],
    ['Dirección', (c) => `${zgz(c).street}${zgz(c).floor ? ', ' + zgz(c).floor : ''}`, at(HOME, 'street1')],
    ['C.P.', (c) => zgz(c).zip, at(HOME, 'postalCode')],
    ['Localidad', (c) => zgz(c).city, at(HOME, 'city')],
    ['Provincia', () => 'Zaragoza', STATE(HOME)],
    ['Empresa', (c) => (mkGroup(c) === 'Curso CAP' ? row(['Transportes Ebro Logística S.L.', 'Autobuses Urbanos de Zaragoza', 'Frutas Cinco Villas S.A.'], n(c)) : ''), ['organizations[0]'], opt],
    ['Campo 1', (c) => (mkGroup(c).includes('moto') ? 'A2' : mkGroup(c) === 'Curso CAP' ? 'C' : 'B'), []],
    ['Campo 2', (c) => row(['Delicias', 'Actur', 'Utebo', 'Centro', 'Delicias'], n(c) % 5), []],
    ['Fecha alta', (c) => frT(inHours(cet(c.created), 9, 11)), []],
    ['Baja', (c) => (n(c) % 10 === 7 ? 'Sí' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Spain: invoicing tool clients
  { name: 'stelorder-clientes-exportar-es', product: 'StelOrder (StelOrder S.L.; Clientes > Exportar (Excel), one row per client with its main contact person, Spanish UI, a Valencia air-conditioning and building-maintenance installer invoicing businesses and property communities)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['Referencia', (c) => stRef(c), [...ACCT, ...B2BID], opt],
    ['Nombre jurídico', (c) => (stCli(c)[7] === 'Autónomo' ? `${c.first} ${c.last} ${es(c).last2}` : stCli(c)[0]), CO],
    ['Nombre comercial', (c) => stCli(c)[1], CO, opt],
    ['NIF', (c) => (stCli(c)[7] === 'Autónomo' ? es(c).dni : stCli(c)[2]), [], opt],
    ['Tipo de cliente', (c) => stCli(c)[7], []],
    ['Dirección', (c) => stCli(c)[3], [W('street1')]],
    ['Población', (c) => stCli(c)[4], [W('city')]],
    ['Código postal', (c) => stCli(c)[5], [W('postalCode')]],
    ['Provincia', () => 'Valencia', STATE(['workAddress'])],
    ['País', () => 'España', [W('country')]],
    ['Teléfono 1', (c) => stCli(c)[8], ['workPhone.number']],
    ['Teléfono 2', (c) => es(c).mobile, ['mobilePhone.number', 'workPhone.number'], opt],
    ['Email', (c) => (stCli(c)[6] ? `${slug(c.first)}.${slug(c.last)}@${stCli(c)[6].replace('www.', '')}` : es(c).email), WE],
    ['Web', (c) => stCli(c)[6], ['b2b.companyWebsite']],
    ['Persona de contacto', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Cargo', (c) => stRole(c), ['extendedWorkDetails.jobTitle']],
    ['Forma de pago', (c) => row(['Transferencia 30 días', 'Recibo domiciliado', 'Transferencia 30 días', 'Confirming 60 días', 'Contado'], n(c) % 5), []],
    ['Tarifa', (c) => row(['General', 'Mantenimiento anual', 'General', 'Comunidades'], n(c) % 4), []],
    ['Descuento (%)', (c) => (n(c) % 3 === 0 ? '5' : '0'), []],
    ['IBAN', (c) => (n(c) % 5 === 1 ? `ES${pad(10 + n(c) % 89)} 2100 ${pad(n(c) % 10000, 4)} ${pad((n(c) * 7) % 100, 2)}${pad((n(c) * 13) % 100, 2)} ${pad((n(c) * 17) % 10000, 4)} ${pad((n(c) * 19) % 10000, 4)}` : ''), []],
    ['Agente comercial', (c) => row(['Vicent Ferrer', 'Amparo Llopis', ''], n(c) % 3), []],
    ['Fecha de alta', (c) => dmy(cet(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Notas', (c) => row(['', 'Revisión anual de máquinas en marzo', '', 'Llamar antes de ir, portero hasta las 14:00', ''], n(c) % 5), []],
  ] },
]
