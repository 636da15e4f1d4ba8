// Round 61, heldout140: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French-language and Italian exports, headers in the product's UI
// language: a French food collective's order lines (Cagette.net), a French shop till's detailed sales journal
// (Kezia II), a Belgian payment-request platform's payments (Digiteal), a Québec recreation-registration platform's
// registrations (Qidigo), a Swiss club-management tool's members (ClubDesk), a French Gmail mail-merge tool's campaign
// recipients (Mailmeteor), a French e-mail finder's bulk-search results (Icypeas), an Italian beach-club booking
// system's bookings (Spiagge.it), an Italian phone-as-POS app's transactions (Qromo), an Italian digital loyalty
// card's customers (ePunti), an Italian ERP's CRM contacts (Fluentis) and an Italian call-centre CRM's campaign
// prospects (Siseco CRM) (fr 7, it 5; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, dec, thou, local, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: France, Belgium, Switzerland and Italy at +1 (+2 in summer), Québec at -5 (-4 in summer)
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// calendar parts moved into opening hours (lo .. lo+span-1)
const inHours = (p, lo, span) => ({ ...p, H: lo + (p.H % span) })
const frT = (p) => `${dmy(p, '/')} ${hm(p)}`
const frTs = (p) => `${dmy(p, '/')} ${hms(p)}`
const itT = (p) => `${dmy(p, '/')} ${hm(p)}`
const eur = (x) => `${dec(x)} €`
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const mail = (f, l, r, doms) => `${slug(f)}${v.pick(r, ['.', '', '_', '.'])}${slug(l)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
// Belgium (Wallonia and Brussels): [localité, code postal, province]
const BE_PLACES = [['Namur', '5000', 'Namur'], ['Jambes', '5100', 'Namur'], ['Gembloux', '5030', 'Namur'], ['Liège', '4000', 'Liège'], ['Charleroi', '6000', 'Hainaut'], ['Ixelles', '1050', 'Bruxelles-Capitale'], ['Wavre', '1300', 'Brabant wallon'], ['Dinant', '5500', 'Namur']]
const BE_STREETS = ['Rue de Fer', 'Avenue Reine Astrid', 'Rue des Carmes', 'Chaussée de Louvain', 'Rue Godefroid', 'Boulevard Cauchy', 'Rue Saint-Nicolas']
// Romandy: [localité, NPA, canton]
const CH_PLACES = [['Lausanne', '1007', 'VD'], ['Pully', '1009', 'VD'], ['Morges', '1110', 'VD'], ['Renens', '1020', 'VD'], ['Lutry', '1095', 'VD'], ['Vevey', '1800', 'VD'], ['Genève', '1205', 'GE'], ['Fribourg', '1700', 'FR']]
const CH_STREETS = ['Avenue de Cour', 'Chemin du Levant', 'Rue de Bourg', 'Avenue d\'Ouchy', 'Chemin de Montolivet', 'Route de Berne', 'Avenue de Rumine']
// Québec (Estrie): [ville, code postal]
const QC_PLACES = [['Sherbrooke', 'J1H 4C7'], ['Sherbrooke', 'J1E 2K3'], ['Sherbrooke', 'J1L 1X9'], ['Sherbrooke', 'J1G 3B1'], ['Magog', 'J1X 2W4'], ['North Hatley', 'J0B 2C0'], ['Sherbrooke', 'J1N 0G8']]
const QC_STREETS = ['rue King Ouest', 'boulevard de Portland', 'rue Wellington Nord', 'rue Galt Est', 'boulevard Jacques-Cartier Sud', 'rue du Conseil', 'chemin de Sainte-Catherine']
const QC_FIRST = { f: ['Maëlle', 'Florence', 'Léa', 'Rosalie', 'Alice', 'Juliette', 'Charlotte'], m: ['Félix', 'Samuel', 'William', 'Thomas', 'Édouard', 'Olivier', 'Mathis'] }
const QC_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger']
// the person's sex read from the generated first name (Camille goes either way)
const FEM = new Set(['Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica'])
const fem = (c) => (c.first === 'Camille' ? c.female : FEM.has(c.first))
const memo = new Map()
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  if (cc === 'be') {
    const pl = v.pick(r, BE_PLACES)
    return { city: pl[0], zip: pl[1], prov: pl[2], street: `${v.pick(r, BE_STREETS)} ${v.int(r, 1, 180)}${r() < 0.2 ? ` bte ${v.int(r, 1, 12)}` : ''}`,
      mobile: `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
      email: mail(c.first, c.last, r, ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'voo.be', 'outlook.be']) }
  }
  if (cc === 'ch') {
    const pl = v.pick(r, CH_PLACES)
    return { city: pl[0], zip: pl[1], canton: pl[2], street: `${v.pick(r, CH_STREETS)} ${v.int(r, 1, 90)}`,
      mobile: `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
      home: `+41 21 ${v.int(r, 600, 799)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
      email: mail(c.first, c.last, r, ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'outlook.com']) }
  }
  if (cc === 'qc') {
    const female = r() < 0.5, pl = v.pick(r, QC_PLACES)
    const first = v.pick(r, female ? QC_FIRST.f : QC_FIRST.m), last = v.pick(r, QC_LAST)
    return { female, first, last, city: pl[0], zip: pl[1], street: `${v.int(r, 12, 4800)}, ${v.pick(r, QC_STREETS)}`,
      phone: `${v.pick(r, ['819', '819', '873'])} ${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}` }
  }
  return {}
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const be = (c) => who(c, 'be')
const ch = (c) => who(c, 'ch')
const qc = (c) => who(c, 'qc')
// a French mobile written the national way: +33 6 12 34 56 78 -> 06 12 34 56 78
const frMob = (c) => `0${c.mobile.slice(4)}`
// an Italian mobile without the country code: +39 347 1234567 -> 347 1234567
const itMob = (c) => c.mobile.slice(4)
const itEmail = (c) => c.email

// ---------------------------------------------------------------- 1. Cagette.net order lines (fr, E)
// a vegetable-and-dairy collective near Nantes: [producteur, réf, produit, unité, prix TTC, TVA]
const CG_ITEMS = [['GAEC des Trois Chênes', 'LEG-PAN', 'Panier de légumes moyen', 'pièce', 15, '5,5'], ['GAEC des Trois Chênes', 'LEG-CAR', 'Carottes nouvelles', 'kg', 2.8, '5,5'], ['Ferme de la Noë', 'LAI-YAO', 'Yaourts nature x4', 'lot', 3.2, '5,5'], ['Ferme de la Noë', 'FRO-TOM', 'Tomme de vache affinée', 'kg', 21.5, '5,5'], ['Boulangerie Le Fournil Paysan', 'PAI-SEI', 'Pain au levain de seigle 1 kg', 'pièce', 6.4, '5,5'], ['Les Vergers de Sucé', 'JUS-POM', 'Jus de pomme bio 1 L', 'bouteille', 3.9, '5,5'], ['Domaine de la Pépière', 'VIN-MUS', 'Muscadet sèvre-et-maine 75 cl', 'bouteille', 9.5, '20']]
const cgItem = (o, i) => row(CG_ITEMS, i + n(o))
const cgQty = (o, i) => (cgItem(o, i)[3] === 'kg' ? [0.5, 1, 1.5, 2][o.qty - 1] : o.qty)
const cgSub = (o, i) => cgItem(o, i)[4] * cgQty(o, i)
const cgFee = (o, i) => Math.round(cgSub(o, i) * 0.03 * 100) / 100
const cgDistrib = (o) => o.at + ((n(o) % 5) + 1) * day
const cgPay = (o) => row(['Carte bancaire (en ligne)', 'Chèque', 'Espèces', 'Carte bancaire (en ligne)', 'Virement', 'Carte bancaire (en ligne)'], n(o) % 6)
// ---------------------------------------------------------------- 2. Kezia II sales journal (fr, E)
// a bakery and fine grocery in Lyon: [code, EAN, désignation, famille, prix TTC, TVA]
const KZ_ITEMS = [['BAG01', '2000000000015', 'Baguette tradition', 'Pains', 1.3, 5.5], ['CRO01', '2000000000022', 'Croissant pur beurre', 'Viennoiseries', 1.2, 5.5], ['PAC01', '2000000000039', 'Pain au chocolat', 'Viennoiseries', 1.35, 5.5], ['TAR04', '2000000000046', 'Tarte aux pralines 4 parts', 'Pâtisseries', 14.9, 5.5], ['EPI12', '3760123450127', 'Confiture abricot Bergeron 320 g', 'Épicerie fine', 6.9, 5.5], ['CAF02', '2000000000053', 'Café expresso', 'Boissons chaudes', 1.8, 10], ['BOI07', '3245678901236', 'Limonade artisanale 33 cl', 'Boissons fraîches', 2.9, 5.5], ['SAN03', '2000000000060', 'Sandwich jambon-beurre', 'Snacking', 4.9, 10]]
const kzItem = (o, i) => row(KZ_ITEMS, i + n(o))
const kzAt = (o) => inHours(cet(o.at), 7, 12)
const kzDisc = (o, i) => (o.discount && i % 3 === 0 ? Math.round(kzItem(o, i)[4] * o.qty * 10) / 100 : 0)
const kzTtc = (o, i) => kzItem(o, i)[4] * o.qty - kzDisc(o, i)
const kzTva = (o, i) => kzTtc(o, i) - kzTtc(o, i) / (1 + kzItem(o, i)[5] / 100)
const kzPay = (o) => row(['CB', 'Espèces', 'CB sans contact', 'Ticket restaurant', 'CB', 'Chèque', 'CB sans contact'], n(o) % 7)
const kzLoyal = (c) => n(c) % 3 === 0
// ---------------------------------------------------------------- 3. Digiteal payments (fr, E)
// a Namur swimming club's fees and camps: [description, montant]
const DG_ITEMS = [['Cotisation annuelle – Benjamins', 320], ['Stage natation été – semaine 2', 145], ['Cotisation annuelle – Masters', 260], ['Stage multisports Toussaint', 95], ['Licence FFBN et assurance', 42], ['Stage perfectionnement crawl – 5 séances', 75]]
const dgItem = (o) => row(DG_ITEMS, n(o) % 6)
const dgSt = (o) => row(['Payé', 'Payé', 'En attente', 'Payé', 'Expiré', 'Payé', 'Remboursé', 'Payé'], n(o) % 8)
const dgPaid = (o) => ['Payé', 'Remboursé'].includes(dgSt(o))
const dgMethod = (o) => (!dgPaid(o) ? '' : row(['Bancontact', 'Virement SEPA', 'Payconiq by Bancontact', 'Bancontact', 'Visa', 'Domiciliation SEPA'], n(o) % 6))
const dgFee = (o) => (dgMethod(o) === 'Visa' ? dgItem(o)[1] * 0.018 + 0.25 : dgMethod(o) === '' ? 0 : 0.25)
const dgCreated = (o) => inHours(cet(o.at), 8, 12)
const dgPaidAt = (o) => cet(o.at + ((n(o) % 72) + 1) * 3600000)
const ogm = (o) => { const b = 100000000 + (n(o) * 7919) % 900000000, k = String(b).padStart(10, '0'), m = (b % 97) || 97; return `+++${k.slice(0, 3)}/${k.slice(3, 7)}/${k.slice(7)}${pad(m)}+++` }
const BE_BANKS = [['BNP Paribas Fortis', 'BE68'], ['Belfius', 'BE32'], ['ING Belgique', 'BE71'], ['KBC Brussels', 'BE43'], ['Crelan', 'BE10'], ['Argenta', 'BE55']]
const dgBank = (c) => row(BE_BANKS, n(c) % 6)
// ---------------------------------------------------------------- 4. Qidigo registrations (fr, E)
// a Sherbrooke recreation department: [activité, groupe, lieu, prix, taxable]
const QD_ACT = [['Natation – Junior 3', 'Samedi 9 h 00', 'Piscine Lucien-Blanchard', 78, false], ['Patinage libre parent-enfant', 'Dimanche 13 h 30', 'Aréna Eugène-Lalonde', 45, false], ['Yoga doux (adultes)', 'Mardi 18 h 30', 'Centre communautaire de Fleurimont', 120, true], ['Camp de jour – semaine du 8 juillet', 'Groupe 6-8 ans', 'École du Sacré-Cœur', 165, false], ['Initiation au pickleball', 'Jeudi 19 h 00', 'Centre sportif Richard-Gingras', 60, true], ['Danse créative 4-5 ans', 'Samedi 10 h 15', 'Centre culturel de Rock Forest', 85, false]]
const qdAct = (o) => row(QD_ACT, n(o) % 6)
const qdAt = (o) => inHours(est(o.at), 7, 16)
// the session that follows the registration: Nov-Jan winter, Feb-Apr spring, May-Jul summer, Aug-Oct autumn
const qdSession = (o) => { const p = qdAt(o); return `${['Hiver', 'Printemps', 'Printemps', 'Printemps', 'Été', 'Été', 'Été', 'Automne', 'Automne', 'Automne', 'Hiver', 'Hiver'][p.m - 1]} ${p.y + (p.m >= 11 ? 1 : 0)}` }
const qdResident = (c) => qc(c).city === 'Sherbrooke'
const qdPrice = (c, o) => qdAct(o)[3] * (qdResident(c) ? 1 : 1.5)
const qdDisc = (o) => (n(o) % 5 === 3 ? 10 : 0)
const qdTps = (c, o) => (qdAct(o)[4] ? (qdPrice(c, o) - qdDisc(o)) * 0.05 : 0)
const qdTvq = (c, o) => (qdAct(o)[4] ? (qdPrice(c, o) - qdDisc(o)) * 0.09975 : 0)
const qdTotal = (c, o) => qdPrice(c, o) - qdDisc(o) + qdTps(c, o) + qdTvq(c, o)
const qdSt = (o) => row(['Confirmée', 'Confirmée', 'Confirmée', 'Liste d\'attente', 'Confirmée', 'Annulée', 'Confirmée'], n(o) % 7)
const qdPaid = (c, o) => (qdSt(o) === 'Liste d\'attente' || qdSt(o) === 'Annulée' ? 0 : n(o) % 4 === 1 ? Math.round(qdTotal(c, o) / 2 * 100) / 100 : qdTotal(c, o))
const cad = (x) => `${dec(x)} $`
const qdKid = (c, o) => !qdAct(o)[0].includes('adultes') && !qdAct(o)[0].includes('pickleball')
const qdPart = (c, o) => (qdKid(c, o) ? who(c, 'qc', 'enfant') : qc(c))
const qdBirth = (c, o) => (qdKid(c, o) ? Date.UTC(2015 + (n(c) % 6), n(c) % 12, 1 + (n(o) % 28)) : c.birth)
// ---------------------------------------------------------------- 5. ClubDesk members (fr, P)
const cdCat = (c) => row(['Actif', 'Actif', 'Junior', 'Passif', 'Actif', 'Vétéran', 'Honoraire'], n(c) % 7)
const cdLeft = (c) => n(c) % 9 === 4
// ---------------------------------------------------------------- 6. Mailmeteor recipients (fr, P)
const mmSt = (c) => row(['Ouvert', 'Envoyé', 'Cliqué', 'Ouvert', 'Répondu', 'Rebond', 'Ouvert', 'Désabonné', 'Envoyé'], n(c) % 9)
const mmOpens = (c) => (['Ouvert', 'Cliqué', 'Répondu', 'Désabonné'].includes(mmSt(c)) ? 1 + (n(c) % 4) : 0)
const MM_SENT = Date.UTC(2024, 10, 14, 8, 30)
// ---------------------------------------------------------------- 7. Icypeas bulk search (fr, B)
// [entreprise, domaine, ville]
const IP_FIRMS = [['Transports Dupré', 'transports-dupre.fr', 'Arras'], ['Logistique Nord Distribution', 'lnd-logistique.fr', 'Lesquin'], ['Groupe Vandemoortele France', 'vandemoortele.fr', 'Arras'], ['Rhenus Logistics France', 'rhenus.com', 'Lille'], ['Entrepôts du Cambrésis', 'entrepots-cambresis.fr', 'Cambrai'], ['Kiabi Logistique', 'kiabi.com', 'Lezennes'], ['Stef Transport Lille', 'stef.com', 'Lesquin']]
const ipFirm = (c) => row(IP_FIRMS, n(c) % 7)
const ipJob = (c) => row(['Responsable logistique', 'Directeur des opérations', 'Responsable entrepôt', 'Supply chain manager', 'Directrice supply chain', 'Responsable transport', 'Chef de quai'], n(c) % 7)
const ipCert = (c) => row(['ultra_sure', 'very_sure', 'probable', 'ultra_sure', 'not_found', 'very_sure'], n(c) % 6)
// ---------------------------------------------------------------- 8. Spiagge.it bookings (it, E)
// a Rimini lido: [prodotto, settore, prezzo al giorno]
const SP_ITEMS = [['Ombrellone + 2 lettini', 'Prima fila', 32], ['Ombrellone + 2 lettini', 'Seconda fila', 27], ['Ombrellone + lettino + sdraio', 'Terza fila', 24], ['Gazebo + 2 lettini', 'Area Palme', 55], ['Solo lettino', 'Battigia', 12], ['Ombrellone + 2 lettini', 'Quarta fila', 22]]
const spItem = (o) => row(SP_ITEMS, n(o) % 6)
// bookings made for the summer season: the stay starts between 1 June and 10 September
const spStart = (o) => Date.UTC(2023 + (n(o) % 2), 5, 1, 7) + ((n(o) * 7) % 100) * day
const spDays = (o) => row([1, 1, 2, 7, 1, 3, 14, 1], n(o) % 8)
const spCreated = (o) => spStart(o) - ((n(o) % 30) + 1) * day - (n(o) % 600) * 60000
const spSt = (o) => row(['Confermata', 'Confermata', 'Check-in effettuato', 'Annullata', 'Confermata', 'Check-in effettuato', 'No show'], n(o) % 7)
const spExtra = (o) => row(['', '', 'Lettino aggiuntivo', '', 'Cabina', '', 'Lettino aggiuntivo'], n(o) % 7)
const spExtraEur = (o) => (spExtra(o) === 'Lettino aggiuntivo' ? 8 : spExtra(o) === 'Cabina' ? 10 : 0) * spDays(o)
const spDisc = (o) => (spDays(o) >= 7 ? Math.round(spItem(o)[2] * spDays(o) * 0.1) : 0)
const spTotal = (o) => spItem(o)[2] * spDays(o) + spExtraEur(o) - spDisc(o)
const spChan = (o) => row(['Spiagge.it', 'Spiagge.it', 'Gestionale', 'Telefono', 'Widget sito', 'Spiagge.it'], n(o) % 6)
const spPay = (o) => (spChan(o) === 'Gestionale' || spChan(o) === 'Telefono' ? 'In cassa' : row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito'], n(o) % 4))
const spPaid = (o) => (spSt(o) === 'Annullata' ? 0 : spPay(o) === 'In cassa' && spSt(o) === 'Confermata' ? 0 : spTotal(o))
// ---------------------------------------------------------------- 9. Qromo transactions (it, E)
// a Bologna physiotherapy practice: [descrizione, importo]
const QR_ITEMS = [['Seduta di fisioterapia', 55], ['Tecarterapia – seduta', 40], ['Pacchetto 5 sedute riabilitazione', 250], ['Valutazione posturale', 70], ['Massaggio decontratturante', 50], ['Onde d\'urto – seduta', 60]]
const qrItem = (o) => row(QR_ITEMS, n(o) % 6)
const qrChan = (o) => row(['Tap to Pay', 'Tap to Pay', 'Link di pagamento', 'Tap to Pay', 'QR code', 'Tap to Pay', 'Link di pagamento'], n(o) % 7)
const qrSt = (o) => row(['Completata', 'Completata', 'Completata', 'Rifiutata', 'Completata', 'Rimborsata', 'Completata', 'Completata'], n(o) % 8)
const qrCirc = (o) => row(['Visa', 'Mastercard', 'Maestro', 'Visa', 'American Express', 'Mastercard', 'V PAY'], n(o) % 7)
const qrFee = (o) => (qrSt(o) === 'Rifiutata' ? 0 : Math.round(qrItem(o)[1] * (qrCirc(o) === 'American Express' ? 0.029 : 0.0139) * 100) / 100)
const qrAt = (o) => inHours(cet(o.at), 8, 12)
const qrLink = (o) => qrChan(o) === 'Link di pagamento'
// ---------------------------------------------------------------- 10. ePunti customers (it, P)
const epPoints = (c) => (n(c) * 37) % 900
const epRedeemed = (c) => ((n(c) * 53) % 6) * 200
const cf = (c) => { const r = seeded(c, 'cf'), L = 'ABCDEFGHILMNPRSTVZ'; const p = v.parts(c.birth); const cons = (s) => (slug(s).replace(/[aeiou]/g, '').toUpperCase() + 'XXX').slice(0, 3); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${v.pick(r, ['F', 'H', 'L', 'G', 'A'])}${v.int(r, 100, 999)}${L[v.int(r, 0, L.length - 1)]}` }
// ---------------------------------------------------------------- 11. Fluentis CRM contacts (it, B)
// [ragione sociale, codice soggetto, tipo, dominio, comune, CAP, provincia, indirizzo, centralino]
const FL_FIRMS = [['Idrotermica Veneta S.p.A.', 'C000412', 'Cliente', 'idrotermicaveneta.it', 'Castelfranco Veneto', '31033', 'TV', 'Via dell\'Industria 18', '0423 49'], ['Carraro Impianti S.r.l.', 'C000987', 'Cliente', 'carraroimpianti.com', 'Padova', '35127', 'PD', 'Corso Stati Uniti 22', '049 870'], ['Acque del Chiampo S.p.A.', 'P001203', 'Prospect', 'acquedelchiampo.it', 'Arzignano', '36071', 'VI', 'Via Ferraretta 20', '0444 45'], ['Bianchi Serbatoi S.r.l.', 'C000156', 'Cliente', 'bianchiserbatoi.it', 'Brescia', '25124', 'BS', 'Via Orzinuovi 77', '030 35'], ['Termoidraulica Friulana S.n.c.', 'P001377', 'Prospect', 'termoidraulicafriulana.it', 'Pordenone', '33170', 'PN', 'Viale Treviso 9', '0434 52'], ['Euroflow Engineering S.r.l.', 'C001045', 'Cliente', 'euroflow-eng.it', 'Milano', '20157', 'MI', 'Via Stephenson 43', '02 390']]
const flFirm = (c) => row(FL_FIRMS, n(c) >> 1)
const FL_ROLE = [['Responsabile acquisti', 'Acquisti', 'Sig.'], ['Direttore tecnico', 'Ufficio tecnico', 'Ing.'], ['Buyer', 'Acquisti', 'Sig.ra'], ['Amministratore delegato', 'Direzione', 'Dott.'], ['Responsabile manutenzione', 'Produzione', 'Geom.'], ['Project manager', 'Ufficio tecnico', 'Ing.']]
const flRole = (c) => row(FL_ROLE, n(c) % 6)
const flTitle = (c) => { const t = flRole(c)[2]; return t === 'Sig.' || t === 'Sig.ra' ? (fem(c) ? 'Sig.ra' : 'Sig.') : t === 'Dott.' && fem(c) ? 'Dott.ssa' : t }
const piva = (k) => `IT0${pad((k * 7919) % 10000000000, 10)}`
// ---------------------------------------------------------------- 12. Siseco CRM campaign prospects (it, B)
// [ragione sociale, settore ATECO, dipendenti, comune, CAP, provincia, indirizzo, dominio]
const SS_FIRMS = [['Studio Associato Colombo & Ricci', 'Attività degli studi legali', '10-19', 'Varese', '21100', 'VA', 'Via Sacco 14', 'studiocolomboricci.it'], ['Ortopedia Sanitaria Lariana S.r.l.', 'Commercio al dettaglio di articoli medicali', '5-9', 'Como', '22100', 'CO', 'Viale Varese 61', 'ortopedialariana.it'], ['Autotrasporti Bossi S.r.l.', 'Trasporto di merci su strada', '20-49', 'Gallarate', '21013', 'VA', 'Via Aleardi 5', 'bossitrasporti.it'], ['Istituto Scolastico Paritario Maria Ausiliatrice', 'Istruzione secondaria', '50-99', 'Busto Arsizio', '21052', 'VA', 'Via Bellini 20', 'ausiliatricebusto.it'], ['Farmacia Centrale Dr. Greco', 'Farmacie', '5-9', 'Saronno', '21047', 'VA', 'Corso Italia 88', 'farmaciacentralesaronno.it'], ['Edil Lombarda Costruzioni S.p.A.', 'Costruzione di edifici', '50-99', 'Legnano', '20025', 'MI', 'Via Novara 112', 'edillombarda.it'], ['Hotel Ristorante Il Sole', 'Alberghi', '10-19', 'Ranco', '21020', 'VA', 'Piazza Venezia 5', 'ilsolediranco.it']]
const ssFirm = (c) => row(SS_FIRMS, n(c) % 7)
const ssRole = (c) => row(['Titolare', 'Responsabile amministrativo', 'Office manager', 'Direttore', 'Segreteria', 'Responsabile acquisti'], (n(c) >> 2) % 6)
const ssOut = (c) => row(['Appuntamento fissato', 'Non interessato', 'Richiamare', 'Non risponde', 'Inviare preventivo', 'Numero errato', 'Già cliente di un concorrente'], n(c) % 7)
const SS_DAY = Date.UTC(2024, 8, 9, 7)

export const SETS = [
  // ---------------------------------------------------------------- France: food collective order lines
  { name: 'cagette-export-commandes-distribution-fr', product: 'Cagette.net (Alilo; espace du groupe: Distributions > une distribution > Exporter les commandes (CSV), one row per product ordered by a member for that distribution, French UI, a vegetable-and-dairy producers\' collective near Nantes, Europe/Paris, EUR)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o) => String(480000 + (n(o) * 13) % 100000), [OR('purchaseID')]],
    ['Date de commande', (c, o) => frT(inHours(cet(o.at), 7, 16)), ['timestamp', OR('createdDate')]],
    ['Distribution', (c, o) => dmy(cet(cgDistrib(o)), '/'), [], opt],
    ['Lieu de distribution', (c, o) => row(['Salle de la Fraternité, Rezé', 'Ferme de la Noë, Vertou', 'Bar associatif Le Lieu Unique, Nantes'], n(o) % 3), [], opt],
    ['N° adhérent', (c) => String(1000 + n(c) % 9000), CUST_ID, opt],
    ['Nom', (c) => c.last.toUpperCase(), []],
    ['Prénom', (c) => c.first, []],
    ['Nom du binôme', (c) => (n(c) % 4 === 1 ? row(['MARTIN', 'GIRAUD', 'LEROY', 'BRIAND', 'PICHON'], (n(c) >> 2) % 5) : ''), []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Téléphone', (c) => frMob(c), PHONE_ID, opt],
    ['Producteur', (c, o, r, i) => cgItem(o, i)[0], []],
    ['Référence', (c, o, r, i) => cgItem(o, i)[1], [PL('SKU')]],
    ['Produit', (c, o, r, i) => cgItem(o, i)[2], [PL('name')]],
    ['Unité', (c, o, r, i) => cgItem(o, i)[3], [PL('unitOfMeasureCode')], opt],
    ['Prix unitaire TTC', (c, o, r, i) => dec(cgItem(o, i)[4]), [], opt],
    ['Quantité', (c, o, r, i) => String(cgQty(o, i)).replace('.', ','), [PL('quantity')]],
    ['Sous-total', (c, o, r, i) => dec(cgSub(o, i)), [PL('priceTotal')]],
    ['Frais de gestion', (c, o, r, i) => dec(cgFee(o, i)), []],
    ['Total', (c, o, r, i) => dec(cgSub(o, i) + cgFee(o, i)), [PL('priceTotal')], opt],
    ['TVA', (c, o, r, i) => `${cgItem(o, i)[5]} %`, []],
    ['Moyen de paiement', (c, o) => cgPay(o), [OR('payments[0].paymentType')]],
    ['Payé', (c, o) => (cgPay(o).startsWith('Carte') || n(o) % 3 ? 'Oui' : 'Non'), []],
  ] },
  // ---------------------------------------------------------------- France: shop till sales journal
  { name: 'kezia-journal-ventes-detaille-fr', product: 'Kezia II (Kezia; Statistiques > Journal des ventes > Détail par ligne > Exporter vers Excel, one row per ticket line, French UI, a bakery and fine-grocery shop in Lyon Croix-Rousse with two tills, Europe/Paris, EUR)', family: 'pos', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => dmy(kzAt(o), '/'), ['timestamp'], opt],
    ['Heure', (c, o) => hms(kzAt(o)), [], opt],
    ['N° ticket', (c, o) => String(100000 + (n(o) * 7) % 900000), [OR('purchaseID')]],
    ['Caisse', (c, o) => `Caisse ${1 + n(o) % 2}`, []],
    ['Vendeur', (c, o) => row(['Sophie', 'Karim', 'Lucie', 'Patron'], n(o) % 4), []],
    ['Code article', (c, o, r, i) => kzItem(o, i)[0], [PL('SKU')]],
    ['Code barre', (c, o, r, i) => kzItem(o, i)[1], [PL('_id'), PL('SKU')], opt],
    ['Désignation', (c, o, r, i) => kzItem(o, i)[2], [PL('name')]],
    ['Famille', (c, o, r, i) => kzItem(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => dec(kzItem(o, i)[4]), [], opt],
    ['Remise', (c, o, r, i) => dec(kzDisc(o, i)), [PL('discountAmount')]],
    ['Montant TTC', (c, o, r, i) => dec(kzTtc(o, i)), [PL('priceTotal')]],
    ['Taux TVA', (c, o, r, i) => dec(kzItem(o, i)[5]), []],
    ['Montant TVA', (c, o, r, i) => dec(kzTva(o, i)), [OR('taxAmount')], opt],
    ['Montant HT', (c, o, r, i) => dec(kzTtc(o, i) - kzTva(o, i)), [], opt],
    ['Mode de règlement', (c, o) => kzPay(o), [OR('payments[0].paymentType')]],
    ['Client', (c) => (kzLoyal(c) ? `${c.last.toUpperCase()} ${c.first}` : ''), []],
    ['N° carte fidélité', (c) => (kzLoyal(c) ? `FID${pad(n(c) % 100000, 6)}` : ''), CUST_ID, opt],
    ['Magasin', () => 'Croix-Rousse', STORE, opt],
  ] },
  // ---------------------------------------------------------------- Belgium: payment requests
  { name: 'digiteal-paiements-export-fr', product: 'Digiteal (Digiteal SA; espace marchand: Paiements > Liste des paiements > Exporter (CSV), one row per payment request sent by e-mail or link, French UI, a Namur swimming club collecting fees and camp payments by Bancontact, Payconiq and SEPA, Europe/Brussels, EUR)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => v.uuid(v.rng(hash(`dg${o.id}`) || 1)), ['_id', OR('payments[0].transactionID')]],
    ['Date de création', (c, o) => frT(dgCreated(o)), [OR('createdDate')], opt],
    ['Date de paiement', (c, o) => (dgPaid(o) ? frT(dgPaidAt(o)) : ''), ['timestamp']],
    ['Statut', (c, o) => dgSt(o), []],
    ['Référence', (c, o) => `NAM-${cet(o.at).y}-${pad(n(o) % 10000, 4)}`, [OR('purchaseID')]],
    ['Communication structurée', (c, o) => ogm(o), [], opt],
    ['Description', (c, o) => dgItem(o)[0], [PL('name')], opt],
    ['Montant', (c, o) => dec(dgItem(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Méthode de paiement', (c, o) => dgMethod(o), [OR('payments[0].paymentType')]],
    ['Frais', (c, o) => dec(dgFee(o)), []],
    ['Montant net', (c, o) => (dgPaid(o) ? dec(dgItem(o)[1] - dgFee(o)) : ''), [], opt],
    ['Nom du payeur', (c) => `${c.first} ${c.last}`, []],
    ['E-mail du payeur', (c) => be(c).email, EMAIL_ID],
    ['GSM du payeur', (c) => (n(c) % 3 === 0 ? '' : be(c).mobile), PHONE_ID, opt],
    ['Banque', (c, o) => (dgPaid(o) && dgMethod(o) !== 'Visa' ? dgBank(c)[0] : ''), []],
    ['IBAN du payeur', (c, o) => (dgPaid(o) && dgMethod(o) !== 'Visa' ? `${dgBank(c)[1]} **** **** ${pad((n(c) * 31) % 10000, 4)}` : ''), []],
    ['Montant remboursé', (c, o) => (dgSt(o) === 'Remboursé' ? dec(dgItem(o)[1]) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Date d\'échéance', (c, o) => dmy(cet(o.at + 14 * day), '/'), []],
  ] },
  // ---------------------------------------------------------------- Québec: recreation registrations
  { name: 'qidigo-rapport-inscriptions-fr', product: 'Qidigo (Qidigo inc.; console de l\'organisme: Rapports > Inscriptions > Exporter (Excel), one row per participant registered to an activity group, French (Québec) UI, a Sherbrooke municipal recreation department\'s sessions, America/Toronto, CAD)', family: 'booking', language: 'fr', schema: E, cols: [
    ['No d\'inscription', (c, o) => String(2400000 + (n(o) * 17) % 600000), [OR('purchaseID'), '_id']],
    ['No de facture', (c, o) => `F-${pad((n(o) * 7) % 1000000, 6)}`, [], opt],
    ['Date d\'inscription', (c, o) => `${ymd(qdAt(o))} ${hm(qdAt(o))}`, ['timestamp', OR('createdDate')]],
    ['Session', (c, o) => qdSession(o), []],
    ['Activité', (c, o) => qdAct(o)[0], [PL('name')]],
    ['Groupe', (c, o) => qdAct(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Lieu', (c, o) => qdAct(o)[2], [], opt],
    ['Statut', (c, o) => qdSt(o), []],
    ['Prénom du participant', (c, o) => qdPart(c, o).first, []],
    ['Nom du participant', (c, o) => (qdKid(c, o) ? qc(c).last : qdPart(c, o).last), []],
    ['Date de naissance', (c, o) => ymd(v.parts(qdBirth(c, o))), []],
    ['Sexe', (c, o) => (qdPart(c, o).female ? 'F' : 'M'), []],
    ['Nom du responsable', (c) => `${qc(c).first} ${qc(c).last}`, []],
    ['Courriel', (c) => `${slug(qc(c).first)}.${slug(qc(c).last)}${n(c) % 50}@${row(['videotron.ca', 'gmail.com', 'hotmail.com', 'cooptel.qc.ca', 'outlook.com'], n(c) % 5)}`, EMAIL_ID],
    ['Téléphone', (c) => qc(c).phone, PHONE_ID, opt],
    ['Adresse', (c) => qc(c).street, [BILL('street1')], opt],
    ['Ville', (c) => qc(c).city, [BILL('city')], opt],
    ['Code postal', (c) => qc(c).zip, [BILL('postalCode')], opt],
    ['Résident', (c) => (qdResident(c) ? 'Oui' : 'Non'), []],
    ['Prix', (c, o) => cad(qdPrice(c, o)), [], opt],
    ['Rabais', (c, o) => cad(qdDisc(o)), [OR('discountAmount')]],
    ['TPS', (c, o) => cad(qdTps(c, o)), [], opt],
    ['TVQ', (c, o) => cad(qdTvq(c, o)), [], opt],
    ['Total', (c, o) => cad(qdTotal(c, o)), [OR('priceTotal')]],
    ['Montant payé', (c, o) => cad(qdPaid(c, o)), [OR('payments[0].paymentAmount')]],
    ['Solde', (c, o) => cad(qdSt(o) === 'Confirmée' ? qdTotal(c, o) - qdPaid(c, o) : 0), []],
    ['Mode de paiement', (c, o) => (qdPaid(c, o) ? row(['Carte de crédit', 'Carte de crédit', 'Paiement Interac', 'Comptoir – débit'], n(o) % 4) : ''), [OR('payments[0].paymentType')]],
  ] },
  // ---------------------------------------------------------------- Switzerland: club members
  { name: 'clubdesk-membres-export-fr', product: 'ClubDesk (ClubDesk GmbH; Membres > Contacts > Exporter > Excel, one row per club member with the club\'s own fields, French UI, a Lausanne rowing club, CHF)', family: 'crm', language: 'fr', schema: P, cols: [
    ['N° de membre', (c) => String(100 + n(c) % 900), ['_id', 'personID']],
    ['Salutation', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Adresse', (c) => ch(c).street, at(HOME, 'street1')],
    ['Complément d\'adresse', (c) => (n(c) % 5 === 2 ? 'c/o Famille Rochat' : n(c) % 5 === 4 ? 'Case postale 112' : ''), at(HOME, 'street2'), opt],
    ['NPA', (c) => ch(c).zip, at(HOME, 'postalCode')],
    ['Localité', (c) => ch(c).city, at(HOME, 'city')],
    ['Canton', (c) => ch(c).canton, STATE(HOME)],
    ['Pays', () => 'Suisse', at(HOME, 'country')],
    ['E-mail', (c) => ch(c).email, ['personalEmail.address']],
    ['Téléphone privé', (c) => (n(c) % 3 === 0 ? ch(c).home : ''), ['homePhone.number']],
    ['Téléphone mobile', (c) => ch(c).mobile, ['mobilePhone.number']],
    ['Téléphone professionnel', (c) => (n(c) % 4 === 1 ? `+41 21 ${v.int(seeded(c, 'w'), 300, 399)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}` : ''), ['workPhone.number']],
    ['Date de naissance', (c) => dmy(v.parts(c.birth)), ['person.birthDate']],
    ['Sexe', (c) => (fem(c) ? 'Féminin' : 'Masculin'), ['person.gender']],
    ['Langue', (c) => (n(c) % 6 === 5 ? 'Allemand' : 'Français'), []],
    ['Catégorie de membre', (c) => cdCat(c), [], opt],
    ['Membre depuis', (c) => dmy(cet(c.created)), ['loyalty.joinDate'], opt],
    ['Date de sortie', (c) => (cdLeft(c) ? dmy(cet(c.updated)) : ''), []],
    ['Groupes', (c) => row(['Aviron loisir', 'Compétition;Masters', 'Juniors', 'Aviron loisir;Comité', 'Compétition', ''], n(c) % 6), []],
    ['Licence Swiss Rowing', (c) => (cdCat(c) === 'Passif' || cdCat(c) === 'Honoraire' ? '' : `SR-${pad((n(c) * 7) % 100000, 5)}`), []],
    ['Employeur', (c) => (n(c) % 4 === 1 ? row(['Vaudoise Assurances', 'CHUV', 'EPFL', 'Nestlé SA', 'Retraites Populaires'], (n(c) >> 2) % 5) : ''), ['organizations[0]'], opt],
    ['Cotisation 2024', (c) => (cdLeft(c) ? '' : n(c) % 5 === 3 ? 'Ouverte' : 'Payée'), []],
    ['Remarques', (c) => row(['', '', 'Clé du hangar n° 14', '', 'Moniteur J+S', 'Bateau privé au râtelier B'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- France: Gmail mail-merge campaign recipients
  { name: 'mailmeteor-destinataires-campagne-fr', product: 'Mailmeteor (Mailmeteor SAS; tableau de bord: Campagnes > une campagne > Exporter les destinataires (CSV), one row per recipient with the Google Sheets merge columns and the tracking status, French UI, a Bordeaux wine estate\'s newsletter to private customers)', family: 'email', language: 'fr', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Téléphone', (c) => (n(c) % 3 === 1 ? '' : frMob(c)), ['mobilePhone.number']],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['N° client', (c) => `CLI-${pad(n(c) % 10000, 4)}`, ['_id', 'personID'], opt],
    ['Client depuis', (c) => String(cet(c.created).y), [], opt],
    ['Cuvée préférée', (c) => row(['Château Lestage 2019', 'Réserve du Château', 'Rosé de Saignée', 'Crémant de Bordeaux', ''], n(c) % 5), []],
    ['Statut', (c) => mmSt(c), []],
    ['Envoyé le', (c) => frT(cet(MM_SENT + (n(c) % 900) * 1000)), [], opt],
    ['Ouvertures', (c) => String(mmOpens(c)), []],
    ['Clics', (c) => String(mmSt(c) === 'Cliqué' ? 1 + n(c) % 3 : 0), []],
    ['Dernière ouverture', (c) => (mmOpens(c) ? frT(cet(MM_SENT + ((n(c) % 40) + 1) * 3600000)) : ''), [], opt],
    ['Désabonné', (c) => (mmSt(c) === 'Désabonné' ? 'Oui' : 'Non'), [], opt],
    ['Erreur', (c) => (mmSt(c) === 'Rebond' ? '550 5.1.1 Adresse inconnue' : ''), []],
  ] },
  // ---------------------------------------------------------------- France: e-mail finder bulk results
  { name: 'icypeas-recherche-en-masse-fr', product: 'Icypeas (Icypeas SAS; Recherche en masse > un fichier > Télécharger les résultats (CSV), one row per searched person: the uploaded columns kept, then the found e-mail and its certainty, French UI, a Lille IT-services firm\'s outbound list of logistics managers)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Entreprise', (c) => ipFirm(c)[0], CO],
    ['Domaine', (c) => ipFirm(c)[1], ['b2b.companyWebsite'], opt],
    ['Poste', (c) => ipJob(c), ['extendedWorkDetails.jobTitle']],
    ['URL LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(seeded(c, 'li'), 6)}`, []],
    ['Ville', (c) => ipFirm(c)[2], [W('city')], opt],
    ['Email', (c) => (ipCert(c) === 'not_found' ? '' : `${slug(c.first)}.${slug(c.last)}@${ipFirm(c)[1]}`), WE],
    ['Certitude', (c) => ipCert(c), []],
    ['Fournisseur MX', (c) => (ipCert(c) === 'not_found' ? '' : row(['Google', 'Microsoft', 'Microsoft', 'OVH', 'Microsoft', 'Google', 'Mimecast'], n(c) % 7)), []],
    ['Statut', (c) => (ipCert(c) === 'not_found' ? 'NOT_FOUND' : 'DEBITED'), []],
    ['Crédits', (c) => (ipCert(c) === 'not_found' ? '0' : '1'), []],
    ['Date de la recherche', () => '2024-10-03 14:21', [], opt],
    ['ID', (c) => v.alnum(seeded(c, 'ip'), 20), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: beach-club bookings
  { name: 'spiagge-it-prenotazioni-esporta-it', product: 'Spiagge.it (Spiagge S.r.l.; gestionale dello stabilimento: Prenotazioni > Elenco > Esporta Excel, one row per booking of a beach spot, Italian UI, a Rimini lido, Europe/Rome, EUR)', family: 'booking', language: 'it', schema: E, cols: [
    ['Codice prenotazione', (c, o) => `SP${pad((n(o) * 104729) % 10000000, 7)}`, [OR('purchaseID'), '_id']],
    ['Data creazione', (c, o) => itT(inHours(cet(spCreated(o)), 7, 16)), ['timestamp', OR('createdDate')]],
    ['Canale', (c, o) => spChan(o), [], opt],
    ['Stato', (c, o) => spSt(o), []],
    ['Dal', (c, o) => dmy(cet(spStart(o)), '/'), []],
    ['Al', (c, o) => dmy(cet(spStart(o) + (spDays(o) - 1) * day), '/'), []],
    ['Giorni', (c, o) => String(spDays(o)), [PL('quantity')], opt],
    ['Prodotto', (c, o) => spItem(o)[0], [PL('name')]],
    ['Settore', (c, o) => spItem(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Postazione', (c, o) => `${1 + (n(o) % 12)}${'ABCDEF'[n(o) % 6]}`, [], opt],
    ['Extra', (c, o) => spExtra(o), []],
    ['Cliente', (c) => `${c.last} ${c.first}`, []],
    ['Email', (c) => itEmail(c), EMAIL_ID],
    ['Telefono', (c) => itMob(c), PHONE_ID, opt],
    ['Codice sconto', (c, o) => (spDisc(o) ? 'SETTIMANA10' : n(o) % 9 === 4 ? 'ESTATE5' : ''), ['commerce.promotionID'], opt],
    ['Sconto', (c, o) => dec(spDisc(o)), [OR('discountAmount')]],
    ['Totale', (c, o) => dec(spTotal(o)), [OR('priceTotal')]],
    ['Pagato', (c, o) => dec(spPaid(o)), [OR('payments[0].paymentAmount')]],
    ['Da pagare', (c, o) => dec(spSt(o) === 'Annullata' ? 0 : spTotal(o) - spPaid(o)), []],
    ['Metodo di pagamento', (c, o) => spPay(o), [OR('payments[0].paymentType')]],
    ['Assicurazione meteo', (c, o) => (spChan(o) === 'Spiagge.it' && n(o) % 3 === 0 ? 'Sì' : 'No'), []],
    ['Data annullamento', (c, o) => (spSt(o) === 'Annullata' ? itT(cet(spStart(o) - 2 * day)) : ''), [OR('cancelDate')], opt],
    ['Note', (c, o) => row(['', '', 'Cliente abituale', '', 'Con cane (area pet)', 'Vicino ai giochi bimbi'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: phone-as-POS transactions
  { name: 'qromo-transazioni-esporta-it', product: 'Qromo (Qromo S.r.l.; area esercente web: Transazioni > Esporta CSV, one row per card payment taken by tap-to-pay on the phone, QR code or payment link, Italian UI, a Bologna physiotherapy practice, Europe/Rome, EUR)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o) => v.uuid(v.rng(hash(`qr${o.id}`) || 1)), ['_id', OR('payments[0].transactionID')]],
    ['Data', (c, o) => `${dmy(qrAt(o), '/')} ${hms(qrAt(o))}`, ['timestamp']],
    ['Tipo', (c, o) => (qrSt(o) === 'Rimborsata' ? 'Pagamento rimborsato' : 'Pagamento'), []],
    ['Canale', (c, o) => qrChan(o), [], opt],
    ['Stato', (c, o) => qrSt(o), []],
    ['Descrizione', (c, o) => qrItem(o)[0], [PL('name')], opt],
    ['Riferimento', (c, o) => (qrLink(o) || n(o) % 3 === 0 ? `Fatt. ${qrAt(o).y}/${(n(o) % 400) + 1}` : ''), [OR('purchaseID')], opt],
    ['Importo', (c, o) => dec(qrItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commissione', (c, o) => dec(qrFee(o)), []],
    ['Netto', (c, o) => dec(qrSt(o) === 'Rifiutata' ? 0 : qrItem(o)[1] - qrFee(o)), [], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Circuito', (c, o) => qrCirc(o), [OR('payments[0].paymentType')], opt],
    ['Carta', (c, o) => `**** ${pad((n(o) * 37) % 10000, 4)}`, []],
    ['Codice autorizzazione', (c, o) => (qrSt(o) === 'Rifiutata' ? '' : pad((n(o) * 7919) % 1000000, 6)), [], opt],
    ['Email cliente', (c, o) => (qrLink(o) || n(c) % 4 === 0 ? itEmail(c) : ''), EMAIL_ID],
    ['Telefono cliente', (c, o) => (qrLink(o) ? itMob(c) : ''), PHONE_ID, opt],
    ['Operatore', (c, o) => row(['Dott.ssa Marino', 'Dott. Colombo', 'Reception'], n(o) % 3), []],
    ['Importo rimborsato', (c, o) => (qrSt(o) === 'Rimborsata' ? dec(qrItem(o)[1]) : ''), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Data accredito', (c, o) => (qrSt(o) === 'Rifiutata' ? '' : dmy(cet(o.at + 2 * day), '/')), []],
  ] },
  // ---------------------------------------------------------------- Italy: digital loyalty card customers
  { name: 'epunti-clienti-esporta-it', product: 'ePunti (ePunti; pannello esercente: Clienti > Elenco clienti > Esporta Excel, one row per loyalty customer with the points balance, Italian UI, a Padua pet shop\'s digital points card)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice cliente', (c) => String(30000 + n(c) % 70000), ['_id', 'personID']],
    ['Codice tessera', (c) => `2${pad((n(c) * 7919) % 100000000000, 11)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => (n(c) % 5 === 2 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Cellulare', (c) => itMob(c), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 4 === 3 ? '' : itEmail(c)), ['personalEmail.address']],
    ['Indirizzo', (c) => (n(c) % 3 === 1 ? '' : c.street), at(HOME, 'street1')],
    ['CAP', (c) => (n(c) % 3 === 1 ? '' : c.postcode), at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, STATE(HOME)],
    ['Codice fiscale', (c) => (n(c) % 3 === 0 ? cf(c) : ''), ['person.taxId']],
    ['Data iscrizione', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate']],
    ['Saldo punti', (c) => String(epPoints(c)), ['loyalty.points']],
    ['Punti accumulati', (c) => String(epPoints(c) + epRedeemed(c)), ['loyalty.lifetimePoints']],
    ['Punti utilizzati', (c) => String(epRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Premi ritirati', (c) => String(epRedeemed(c) / 200), []],
    ['Totale speso', (c) => thou(epPoints(c) + epRedeemed(c) + (n(c) % 97) / 10), ['loyalty.lifetimePurchases'], opt],
    ['Visite', (c) => String(1 + (n(c) * 7) % 60), []],
    ['Ultima visita', (c) => dmy(cet(c.updated), '/'), [], opt],
    ['Animale', (c) => row(['Cane', 'Gatto', 'Cane', 'Coniglio', 'Gatto', 'Cane e gatto'], n(c) % 6), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: ERP CRM contacts
  { name: 'fluentis-crm-contatti-esporta-it', product: 'Fluentis ERP (Fluentis S.p.A.; CRM > Contatti > griglia di ricerca > Esporta in Excel, one row per contact person of a customer or prospect, Italian UI, a Treviso industrial-valve maker\'s sales office)', family: 'crm', language: 'it', schema: B, cols: [
    ['Codice contatto', (c) => `CNT${pad(n(c) % 100000, 6)}`, B2BID],
    ['Titolo', (c) => flTitle(c), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Codice soggetto', (c) => flFirm(c)[1], ACCT],
    ['Ragione sociale', (c) => flFirm(c)[0], CO],
    ['Tipo soggetto', (c) => flFirm(c)[2], [], opt],
    ['Ruolo', (c) => flRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Reparto', (c) => flRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Telefono', (c) => `${flFirm(c)[8]}${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Interno', (c) => (n(c) % 3 === 0 ? '' : String(200 + n(c) % 80)), ['workPhone.extension']],
    ['Cellulare', (c) => (n(c) % 4 === 2 ? '' : itMob(c)), ['mobilePhone.number']],
    ['E-mail', (c) => `${slug(c.first)[0]}.${slug(c.last)}@${flFirm(c)[3]}`, WE],
    ['Indirizzo', (c) => flFirm(c)[7], [W('street1')]],
    ['CAP', (c) => flFirm(c)[5], [W('postalCode')]],
    ['Località', (c) => flFirm(c)[4], [W('city')]],
    ['Provincia', (c) => flFirm(c)[6], STATE(['workAddress'])],
    ['Nazione', () => 'IT', [W('countryCode')]],
    ['Partita IVA', (c) => piva(n(c) >> 1), []],
    ['Agente', (c) => row(['Zanin Paolo', 'Bortolotto Marta', 'Ufficio vendite'], n(c) % 3), []],
    ['Zona', (c) => (['MI', 'BS'].includes(flFirm(c)[6]) ? 'Lombardia' : 'Triveneto'), []],
    ['Data inserimento', (c) => itT(inHours(cet(c.created), 8, 10)), ['extSourceSystemAudit.createdDate'], opt],
    ['Data ultima modifica', (c) => itT(inHours(cet(c.updated), 8, 10)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Consenso privacy', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Note', (c) => row(['', 'Preferisce contatto via mail', '', 'Visita in fiera MCE 2024', '', 'Referente per le gare d\'appalto'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: call-centre campaign prospects
  { name: 'siseco-crm-esiti-campagna-it', product: 'Siseco CRM (Siseco S.r.l.; Campagne > una campagna > Esiti chiamate > Esporta CSV, one row per prospect company in an outbound teleselling campaign with its contact person and last call outcome, Italian UI, a Varese office-supplies wholesaler\'s call centre)', family: 'b2b', language: 'it', schema: B, cols: [
    ['ID anagrafica', (c) => String(50000 + (n(c) * 3) % 50000), ACCT, opt],
    ['Ragione sociale', (c) => ssFirm(c)[0], CO],
    ['Referente', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Ruolo referente', (c) => ssRole(c), ['extendedWorkDetails.jobTitle']],
    ['Telefono', (c) => `${row(['0332', '031', '0331', '0331', '02', '0331', '0331'], n(c) % 7)} ${v.int(seeded(c, 't'), 200000, 899999)}`, ['workPhone.number']],
    ['Cellulare', (c) => (n(c) % 3 === 0 ? itMob(c) : ''), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 4 === 1 ? `info@${ssFirm(c)[7]}` : `${slug(c.first)}.${slug(c.last)}@${ssFirm(c)[7]}`), WE],
    ['Indirizzo', (c) => ssFirm(c)[6], [W('street1')]],
    ['CAP', (c) => ssFirm(c)[4], [W('postalCode')]],
    ['Comune', (c) => ssFirm(c)[3], [W('city')]],
    ['Provincia', (c) => ssFirm(c)[5], STATE(['workAddress'])],
    ['Partita IVA', (c) => piva(1000003 * (n(c) % 7 + 3)), []],
    ['Settore', (c) => ssFirm(c)[1], []],
    ['Dipendenti', (c) => ssFirm(c)[2], []],
    ['Campagna', () => 'Cancelleria e consumabili – autunno 2024', [], opt],
    ['Portafoglio', (c) => row(['Generico/Predefinito', 'Varese città', 'Alto Milanese'], n(c) % 3), []],
    ['Operatore', (c) => row(['Giulia T.', 'Marco B.', 'Sara L.', 'Davide P.'], n(c) % 4), []],
    ['Esito', (c) => ssOut(c), ['b2b.personStatus'], opt],
    ['Data ultimo contatto', (c) => itT(inHours(cet(SS_DAY + (n(c) % 20) * day + (n(c) % 480) * 60000), 9, 9)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Data richiamo', (c) => (ssOut(c) === 'Richiamare' || ssOut(c) === 'Non risponde' ? itT(inHours(cet(SS_DAY + ((n(c) % 20) + 3) * day), 9, 9)) : ''), []],
    ['Fonte', (c) => row(['Lista acquistata', 'Fiera', 'Sito web', 'Lista acquistata', 'Passaparola'], n(c) % 5), ['b2b.personSource'], opt],
    ['Note', (c) => row(['', 'Chiedere di Elena in amministrazione', '', 'Ha già fornitore Amazon Business', '', 'Richiamare dopo le 15'], n(c) % 6), []],
  ] },
]
