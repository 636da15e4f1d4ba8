// Round 69, heldout172: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French, Italian and Spanish exports, headers in the product's UI
// language: a French open-source ERP/CRM's lead file of a Lyon IT-services company (Axelor Open Suite, FR); the
// Belgian Open Food Network's order-cycle customer-totals report of a Namur short-circuit food hub (Open Food Network
// Belgique, BE); a French open-source association manager's member list of a Lausanne choir (Paheko, CH); a Québec
// nonprofit fundraising platform's donation list of a Montréal food bank (Simplyk, QC) (fr 4); an Italian PBX/CTI's
// shared phonebook of a Padova machinery distributor (NethVoice CTI by Nethesis, IT), an Italian cloud POS's customer
// list of a Bologna wine shop (Scloby, IT), an Italian booking engine's reservation list of a Sorrento hotel
// (Ciaobooking, IT) and an Italian medical-booking platform's appointment list of a Milano physiotherapy practice
// (iDoctors, IT) (it 4); a Spanish-born open-source LMS's user export of a Valencia language academy (Chamilo, ES), a
// Spanish contact-center suite's call-detail export of a Madrid energy retailer (inConcert, ES), a Spanish B2B data
// provider's contact list (Datacentric, ES) and a Spanish clinic software's appointment export of a Sevilla dental
// clinic (Nubimed, ES) (es 4).
// E 6, P 3, B 3.
// Headers: Axelor's lead file, the Open Food Network report (its column keys and fr_BE labels), Paheko's member-field
// presets and export code, NethVoice's phonebook CSV and Chamilo's user export were seen in the products' public
// GitHub repositories; the other headers are written from the products' documentation and UI as the writer knows them
// (no public page listed their exact columns). Nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
// local clocks: Paris, Brussels, Lausanne, Rome, Madrid +1 with summer time (approximated); Montréal -5 with summer time
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// an instant moved into opening hours (lo .. lo+span-1, local) of a zone off hours (+dst) from UTC
const open = (ms, off, lo = 9, span = 10) => { const H = local(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const sp = (p) => `${ymd(p)} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x172fe0a9); r(); r(); return r }
const asc = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const L = {
  fr: { m: ['Julien', 'Nicolas', 'Sébastien', 'Mathieu', 'Romain', 'Guillaume', 'Antoine', 'Benoît'], f: ['Aurélie', 'Sandrine', 'Céline', 'Émilie', 'Claire', 'Sophie', 'Pauline', 'Hélène'],
    last: ['Girard', 'Bonnet', 'Fontaine', 'Chevalier', 'Rousseau', 'Garnier', 'Faure', 'Mercier', 'Blanc', 'Guerin', 'Perrin', 'Morel'],
    // [ville, code postal, rue]
    places: [['Lyon', '69003', 'rue Garibaldi'], ['Villeurbanne', '69100', 'cours Émile Zola'], ['Lyon', '69007', 'avenue Jean Jaurès'], ['Grenoble', '38000', 'boulevard Gambetta'], ['Saint-Étienne', '42000', 'rue de la République'], ['Annecy', '74000', 'avenue de Genève'], ['Vénissieux', '69200', 'avenue Marcel Houël']] },
  be: { m: ['Olivier', 'Benoît', 'François', 'Arnaud', 'Maxime', 'Cédric', 'Thibault', 'Quentin'], f: ['Nathalie', 'Isabelle', 'Géraldine', 'Caroline', 'Manon', 'Justine', 'Noémie', 'Virginie'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Mathieu', 'Collard', 'Jacquet', 'Hubert', 'Leclercq', 'Michaux'],
    // [localité, code postal, rue]
    places: [['Namur', '5000', 'Rue de Fer'], ['Jambes', '5100', 'Avenue Jean Materne'], ['Gembloux', '5030', 'Rue Théo Toussaint'], ['Namur', '5000', 'Boulevard Cauchy'], ['Wépion', '5100', 'Chaussée de Dinant'], ['Andenne', '5300', 'Rue Brun'], ['Profondeville', '5170', 'Rue Colonel Bourg']],
    mail: ['gmail.com', 'skynet.be', 'hotmail.com', 'proximus.be', 'outlook.be', 'voo.be'] },
  ch: { m: ['Laurent', 'Pascal', 'Yves', 'Christophe', 'Frédéric', 'Patrick', 'Stéphane', 'Luc'], f: ['Anne-Claude', 'Valérie', 'Corinne', 'Sylvie', 'Nadia', 'Mélanie', 'Joëlle', 'Françoise'],
    last: ['Favre', 'Rochat', 'Cuendet', 'Pittet', 'Jaquier', 'Perret', 'Chappuis', 'Bovet', 'Mottier', 'Golay', 'Cherpillod', 'Bettex'],
    // [localité, NPA, rue]
    places: [['Lausanne', '1004', 'Avenue de France'], ['Lausanne', '1005', 'Avenue de la Gare'], ['Pully', '1009', 'Avenue de Lavaux'], ['Renens VD', '1020', 'Rue de Lausanne'], ['Prilly', '1008', 'Route de Cossonay'], ['Morges', '1110', 'Grand-Rue'], ['Épalinges', '1066', 'Route de la Croix-Blanche']],
    mail: ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'bluewin.ch', 'protonmail.ch'] },
  qc: { m: ['Jean-François', 'Mathieu', 'Simon', 'Étienne', 'Marc-André', 'Félix', 'Alexandre', 'Louis-Philippe'], f: ['Marie-Ève', 'Geneviève', 'Catherine', 'Isabelle', 'Véronique', 'Mélissa', 'Annie', 'Josée'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque'],
    // [ville, province, code postal, rue, indicatif]
    places: [['Montréal', 'QC', 'H2J 2L2', 'rue Saint-Denis', '514'], ['Montréal', 'QC', 'H1V 3R2', 'rue Ontario Est', '514'], ['Laval', 'QC', 'H7N 4H1', 'boulevard des Laurentides', '450'], ['Longueuil', 'QC', 'J4K 1A5', 'chemin de Chambly', '450'], ['Montréal', 'QC', 'H4C 2G3', 'rue Notre-Dame Ouest', '514'], ['Terrebonne', 'QC', 'J6W 3M8', 'boulevard Moody', '450'], ['Québec', 'QC', 'G1R 3Z5', 'rue Saint-Jean', '418']],
    mail: ['gmail.com', 'videotron.ca', 'hotmail.com', 'outlook.com', 'icloud.com', 'sympatico.ca'] },
  it: { m: ['Davide', 'Simone', 'Riccardo', 'Stefano', 'Luca', 'Giovanni', 'Paolo', 'Nicola'], f: ['Francesca', 'Valentina', 'Silvia', 'Martina', 'Alessia', 'Roberta', 'Paola', 'Serena'],
    last: ['Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso'],
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'alice.it', 'tiscali.it', 'virgilio.it'] },
  es: { m: ['Sergio', 'Adrián', 'Raúl', 'Iván', 'Rubén', 'Alberto', 'Jorge', 'Fernando'], f: ['Laura', 'Cristina', 'Marta', 'Raquel', 'Beatriz', 'Nuria', 'Irene', 'Silvia'],
    last: ['Navarro', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'gmail.com', 'telefonica.net'] },
}
const memo = new Map()
const mk = (c, cc) => {
  const r = seeded(c, cc), d = L[cc]
  const female = r() < 0.55
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const last2 = cc === 'es' ? v.pick(r, d.last.filter((x) => x !== last)) : ''
  const p = { female, first, last, last2, full: `${first} ${last}${last2 ? ' ' + last2 : ''}`, r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 999) }
  const dom = d.mail ? v.pick(r, d.mail) : 'gmail.com'
  p.email = `${asc(first)}${v.pick(r, ['.', '', '_', '.'])}${asc(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${dom}`
  if (cc === 'fr') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], cp: pl[1], street: `${v.int(r, 1, 180)} ${pl[2]}`, mobile: `0${v.pick(r, ['6', '7'])}.${pad(v.int(r, 10, 99))}.${pad(v.int(r, 10, 99))}.${pad(v.int(r, 10, 99))}.${pad(v.int(r, 10, 99))}` } }
  if (cc === 'be') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], cp: pl[1], street: `${pl[2]} ${v.int(r, 1, 140)}`, mobile: `+32 4${v.pick(r, ['70', '75', '77', '78', '85', '86', '94', '96'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` } }
  if (cc === 'ch') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], cp: pl[1], street: `${pl[2]} ${v.int(r, 1, 90)}`, mobile: `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, land: `021 ${v.int(r, 600, 799)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` } }
  if (cc === 'qc') { const pl = v.pick(r, d.places); return { ...p, city: pl[0], prov: pl[1], cp: pl[2], street: `${v.int(r, 100, 8900)} ${pl[3]}`, mobile: `${pl[4]} ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}` } }
  if (cc === 'it') return { ...p, mobile: `3${v.pick(r, ['33', '35', '38', '39', '40', '45', '47', '49'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}` }
  return { ...p, mobile: `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const fr = (c) => who(c, 'fr'), be = (c) => who(c, 'be'), ch = (c) => who(c, 'ch'), qc = (c) => who(c, 'qc'), it = (c) => who(c, 'it'), es = (c) => who(c, 'es')

// ---------------------------------------------------------------- 1. Axelor leads (fr, B)
// [entreprise, domaine, site, service]
const AX_CO = [['Maugin Plasturgie', 'maugin-plasturgie.fr', 'Production'], ['Transports Dessaigne', 'dessaigne-transports.fr', 'Exploitation'], ['Cabinet Verdier & Associés', 'verdier-associes.fr', 'Direction'], ['Boulangeries Rivoire', 'rivoire-boulangeries.fr', 'Achats'], ['Clinique vétérinaire des Monts d\'Or', 'vetomontsdor.fr', 'Administration'], ['Isotherm Rhône', 'isotherm-rhone.fr', 'Services généraux'], ['Groupe Scolaire Saint-Just', 'gs-saintjust.fr', 'Informatique']]
const axCo = (c) => row(AX_CO, n(c) % 7)
const AX_JOB = ['Directeur général', 'Responsable informatique', 'Responsable achats', 'Gérante', 'DAF', 'Assistante de direction', 'Chef de projet']
const axSt = (c) => row([1, 2, 2, 3, 4, 3, 5, 2], n(c) % 8)
const axSrc = (c) => row([[3, 'Salon Solutions RH Lyon'], [6, 'Formulaire de contact site web'], [7, 'Recommandation client'], [10, 'Campagne e-mailing T1'], [11, 'Appel entrant']], n(c) % 5)
// ---------------------------------------------------------------- 2. Open Food Network Belgique report (fr, E)
// [producteur, produit, variante, prix unitaire, référence]
const OFN_ITEMS = [['Ferme du Sart', 'Pommes de terre Charlotte', '2,5 kg', 4.2, 'FDS-PDT-25'], ['Ferme du Sart', 'Carottes', '1 kg', 2.3, 'FDS-CAR-1'], ['Fromagerie des Bruyères', 'Tomme de vache', '300 g', 6.9, 'FDB-TOM-300'], ['Brasserie du Bocq', 'Blanche de Namur', 'Bac de 6 x 33 cl', 9.6, 'BOC-BLA-6'], ['Le Fournil de Malonne', 'Pain au levain épeautre', '800 g', 4.8, 'FM-EPE-800'], ['Verger des Coteaux', 'Jus de pomme', '1 L', 3.1, 'VDC-JUS-1L'], ['Ferme Larock', 'Œufs fermiers', 'Boîte de 10', 3.9, 'LAR-OEU-10']]
const ofnIt = (o) => row(OFN_ITEMS, n(o) % 7)
const ofnQty = (o) => 1 + (n(o) % 3)
const ofnFee = 0.12
const ofnShip = (o) => row([['Retrait au comptoir - Halle de Namur', false], ['Livraison à domicile (Namur et environs)', true], ['Retrait - Ferme du Sart', false], ['Retrait au comptoir - Halle de Namur', false]], n(o) % 4)
const ofnAt = (o) => open(o.at, 1, 8, 12)
const ofnCycle = (o) => { const p = cet(ofnAt(o)); return `Marché hebdo ${pad(p.d)}/${pad(p.m)}` }
const ofnPay = (o) => row(['Virement bancaire', 'Paiement au retrait (Bancontact)', 'Carte (Stripe)', 'Paiement au retrait (espèces)'], (n(o) >> 1) % 4)
const ofnPaid = (o) => ofnPay(o).startsWith('Carte') || (ofnPay(o) === 'Virement bancaire' && n(o) % 3 !== 0)
// ---------------------------------------------------------------- 3. Paheko members (fr, CH)
const phCat = (c) => row(['Membres actifs', 'Membres actifs', 'Membres actifs', 'Membres passifs', 'Comité', 'Membres d\'honneur', 'Anciens membres'], n(c) % 7)
const phYear = (c) => new Date(c.birth).getUTCFullYear()
const phJoin = (c) => Date.UTC(2006 + (n(c) % 18), (n(c) * 5) % 12, 1 + (n(c) % 28))
const phParent = (c) => n(c) % 9 === 4
// ---------------------------------------------------------------- 4. Simplyk donations (fr, QC)
const skAmt = (o) => row([25, 50, 20, 100, 35, 250, 15, 75, 500, 40], n(o) % 10)
const skMonthly = (o) => n(o) % 4 === 1
const skTip = (o) => (n(o) % 5 === 2 ? 0 : Math.round(skAmt(o) * row([0.1, 0.15, 0.05, 0.12], n(o) % 4) * 100) / 100)
const skForm = (o) => row(['Campagne des Fêtes', 'Don en ligne — Banque alimentaire Rosemont', 'Guignolée des médias', 'Don en ligne — Banque alimentaire Rosemont', 'Souper-bénéfice annuel'], n(o) % 5)
const skCo = (o) => (n(o) % 7 === 3 ? row(['Boulangerie Les Co\'Pains', 'Clinique dentaire Beaubien', 'Quincaillerie Rosemont'], n(o) % 3) : '')
const skStatus = (o) => (n(o) % 19 === 7 ? 'Remboursé' : n(o) % 23 === 5 ? 'Échoué' : 'Réussi')
const skAt = (o) => o.at
const skReceipt = (o) => skStatus(o) === 'Réussi' && skAmt(o) >= 20 && !skCo(o)
// ---------------------------------------------------------------- 5. NethVoice phonebook (it, B)
// [azienda, dominio, indirizzo, città, provincia, cap, centralino]
const NV_CO = [['Meccanica Zanon S.r.l.', 'meccanicazanon.it', 'Via dell\'Artigianato 14', 'Vigonza', 'PD', '35010', '049 8095 211'], ['Idraulica Bettin S.n.c.', 'idraulicabettin.it', 'Via Venezia 88', 'Padova', 'PD', '35129', '049 7623 400'], ['Agricola Berica Soc. Coop.', 'agricolaberica.it', 'Strada di Paradiso 3', 'Vicenza', 'VI', '36100', '0444 512 070'], ['Fonderie Dal Santo S.p.A.', 'dalsanto.com', 'Viale dell\'Industria 41', 'Schio', 'VI', '36015', '0445 675 900'], ['Officina Trevisan', 'officinatrevisan.it', 'Via Noalese 120', 'Treviso', 'TV', '31100', '0422 430 118'], ['Costruzioni Rampazzo S.r.l.', 'rampazzocostruzioni.it', 'Via Roma 212', 'Cittadella', 'PD', '35013', '049 9401 622']]
const nvCo = (c) => row(NV_CO, n(c) % 6)
const NV_TITLE = ['Responsabile acquisti', 'Titolare', 'Ufficio tecnico', 'Amministrazione', 'Capo officina', 'Responsabile manutenzione', '']
const nvMail = (c) => `${asc(it(c).first)[0]}.${asc(it(c).last)}@${nvCo(c)[1]}`
const nvPrivate = (c) => n(c) % 5 === 3
// ---------------------------------------------------------------- 6. Scloby customers (it, P)
const scPts = (c) => (n(c) % 4 === 0 ? '' : String((n(c) * 7) % 1800))
const scCf = (c) => {
  const p = it(c), b = v.parts(c.birth), cons = (s) => (asc(s).toUpperCase().replace(/[AEIOU]/g, '') + 'XXX')
  return `${cons(p.last).slice(0, 3)}${cons(p.first).slice(0, 3)}${String(b.y).slice(2)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (p.female ? 40 : 0))}A944${'ABCDEFGHJKLMNPQRSTUVWXYZ'[n(c) % 24]}`
}
const scBiz = (c) => n(c) % 6 === 2
// ---------------------------------------------------------------- 7. Ciaobooking reservations (it, E)
// [camera, tipologia, prezzo a notte]
const CB_ROOM = [['101', 'Doppia Standard', 135], ['104', 'Doppia Vista Mare', 189], ['203', 'Tripla Superior', 210], ['206', 'Junior Suite', 265], ['302', 'Singola', 95], ['305', 'Doppia Vista Mare', 189]]
const cbRoom = (o) => row(CB_ROOM, n(o) % 6)
const cbNights = (o) => 1 + (n(o) % 6)
const cbAdults = (o) => (cbRoom(o)[1] === 'Singola' ? 1 : 2 + (cbRoom(o)[1].startsWith('Tripla') ? 1 : 0))
const cbKids = (o) => (cbRoom(o)[1] === 'Junior Suite' && n(o) % 2 ? 1 : 0)
const cbChan = (o) => row(['Sito web', 'Booking.com', 'Expedia', 'Sito web', 'Booking.com', 'Telefono'], (n(o) >> 1) % 6)
const cbIn = (o) => { const p = cet(o.at + (8 + (n(o) % 70)) * day); return Date.UTC(p.y, p.m - 1, p.d) }
const cbTot = (o) => cbRoom(o)[2] * cbNights(o) * (cbRoom(o)[1] !== 'Singola' && cbTreat(o) === 'Mezza pensione' ? 1.25 : 1)
const cbTreat = (o) => row(['Pernottamento e colazione', 'Pernottamento e colazione', 'Mezza pensione', 'Solo pernottamento'], n(o) % 4)
const cbState = (o) => row(['Confermata', 'Confermata', 'Confermata', 'Cancellata', 'Confermata', 'No show', 'Confermata'], n(o) % 7)
const cbTax = (o) => (cbState(o) === 'Confermata' ? 3 * cbAdults(o) * Math.min(cbNights(o), 7) : 0)
// the guest: Italian for most rows, else a foreign guest with that country's name, mail and phone
const CB_FOREIGN = [['Germania', 'de', ['Jonas Weber', 'Katrin Hoffmann', 'Stefan Krüger'], 'web.de', (x) => `+49 171 ${x % 10000000}`], ['Regno Unito', 'en', ['Oliver Bennett', 'Emma Hughes', 'James Whitfield'], 'gmail.com', (x) => `+44 7700 ${900000 + (x % 1000)}`], ['Stati Uniti', 'en', ['Ashley Carter', 'Michael Brooks', 'Lauren Mitchell'], 'gmail.com', (x) => `+1 617 555 ${pad(x % 10000, 4)}`], ['Francia', 'fr', ['Camille Girard', 'Julien Mercier', 'Élodie Faure'], 'orange.fr', (x) => `+33 6 ${String(x % 100000000).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')}`]]
const cbG = (c) => {
  const k = n(c) % 7
  if (k < 3) { const p = it(c); return { first: p.first, last: p.last, email: p.email, phone: `+39 ${p.mobile}`, nat: 'Italia', lang: 'it' } }
  const f = CB_FOREIGN[k - 3], nm = row(f[2], n(c) % 3).split(' ')
  return { first: nm[0], last: nm[1], email: `${asc(nm[0])}.${asc(nm[1])}${n(c) % 90}@${f[3]}`, phone: f[4](n(c) * 7919 + 1234567), nat: f[0], lang: f[1] }
}
// ---------------------------------------------------------------- 8. iDoctors appointments (it, E)
// [prestazione, durata, prezzo, professionista]
const ID_SVC = [['Prima visita fisiatrica', 30, 90, 'Dott. Marco Valsecchi'], ['Seduta di fisioterapia', 45, 55, 'Dott.ssa Chiara Brambilla'], ['Tecarterapia', 30, 45, 'Dott.ssa Chiara Brambilla'], ['Onde d\'urto (seduta)', 20, 70, 'Dott. Andrea Colombo'], ['Visita di controllo', 20, 60, 'Dott. Marco Valsecchi'], ['Osteopatia', 50, 75, 'Dott. Andrea Colombo']]
const idSvc = (o) => row(ID_SVC, n(o) % 6)
const idAt = (o) => { const p = cet(o.at); const slot = 8 * 60 + ((n(o) % 22) * 30); return Date.UTC(p.y, p.m - 1, p.d, Math.floor(slot / 60), slot % 60) }
const idState = (o) => row(['Confermato', 'Eseguito', 'Eseguito', 'Cancellato dal paziente', 'Eseguito', 'Da confermare', 'Non presentato'], n(o) % 7)
const idChan = (o) => row(['iDoctors.it', 'App iDoctors', 'Inserito dallo studio', 'iDoctors.it'], (n(o) >> 2) % 4)
// ---------------------------------------------------------------- 9. Chamilo users (es, P)
const chLogin = (c) => `${asc(es(c).first)[0]}${asc(es(c).last)}${n(c) % 100}`
const chStatus = (c) => (n(c) % 11 === 0 ? '1' : '5')
const chDni = (c) => { const x = 10000000 + ((n(c) * 7919) % 89999999); return `${x}${'TRWAGMYFPDXBNJZSQVHLCKE'[x % 23]}` }
// ---------------------------------------------------------------- 10. inConcert calls (es, E)
const icDir = (o) => (n(o) % 3 === 2 ? 'Saliente' : 'Entrante')
const icCamp = (o) => (icDir(o) === 'Saliente' ? row(['OUT_Retención_Gas', 'OUT_Bienvenida'], n(o) % 2) : row(['IN_Atención_Cliente', 'IN_Facturación', 'IN_Altas', 'IN_Averías'], n(o) % 4))
const icQueue = (o) => (n(o) % 13 === 0 ? 38 + (n(o) % 300) : 4 + (n(o) % 95))
const icTalk = (o) => (icRes(o) === 'Abandonada' || icRes(o) === 'No contesta' ? 0 : 60 + ((n(o) * 37) % 900))
const icRes = (o) => (icDir(o) === 'Saliente' ? row(['Contactado - Acepta oferta', 'No contesta', 'Contactado - No interesado', 'Contactado - Volver a llamar'], n(o) % 4) : row(['Resuelta', 'Resuelta', 'Transferida a backoffice', 'Abandonada', 'Resuelta', 'Reclamación registrada'], n(o) % 6))
const icAgent = (o) => (icTalk(o) ? row(['lmartin', 'jsantos', 'agarcia', 'rperez', 'mlopez'], (n(o) >> 1) % 5) : '')
const icAcw = (o) => (icTalk(o) ? 10 + (n(o) % 50) : 0)
const icAt = (o) => open(o.at, 1, 8, 13)
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
const icPhone = (c) => `34${es(c).mobile.replace(/ /g, '')}`
// ---------------------------------------------------------------- 11. Datacentric contacts (es, B)
// [razón social, CIF, dirección, CP, población, provincia, teléfono, web, CNAE, actividad, empleados, facturación]
const DC_CO = [['Talleres Mecánicos Irurzun SL', 'B31845210', 'Polígono Landaben, Calle E 12', '31012', 'Pamplona', 'Navarra', '948 185 420', 'www.irurzun.es', '2562', 'Ingeniería mecánica por cuenta de terceros', '50-99', '5.000.000 - 10.000.000 €'], ['Conservas Olmeda SA', 'A26011825', 'Carretera de Logroño km 4', '26250', 'Santo Domingo de la Calzada', 'La Rioja', '941 340 112', 'www.conservasolmeda.com', '1039', 'Otro procesado y conservación de frutas y hortalizas', '100-249', '20.000.000 - 50.000.000 €'], ['Logística Levantina del Frío SL', 'B97412355', 'Calle de la Ciencia 8, Parque Tecnológico', '46980', 'Paterna', 'Valencia', '961 366 700', 'www.levantinafrio.es', '5210', 'Depósito y almacenamiento', '50-99', '10.000.000 - 20.000.000 €'], ['Grupo Hostelero Maresme SL', 'B65188732', 'Carrer de Sant Pere 45', '08301', 'Mataró', 'Barcelona', '937 414 300', 'www.ghmaresme.cat', '5610', 'Restaurantes y puestos de comidas', '20-49', '2.000.000 - 5.000.000 €'], ['Plásticos Guadalhorce SL', 'B92733128', 'Calle Tucídides 21, P.I. Guadalhorce', '29004', 'Málaga', 'Málaga', '952 241 509', 'www.plasticosguadalhorce.es', '2229', 'Fabricación de otros productos de plástico', '20-49', '5.000.000 - 10.000.000 €']]
const dcCo = (c) => row(DC_CO, n(c) % 5)
const DC_ROLE = [['Director General', 'Dirección General'], ['Director Financiero', 'Finanzas'], ['Responsable de Compras', 'Compras'], ['Director de Recursos Humanos', 'Recursos Humanos'], ['Responsable de Sistemas', 'Informática'], ['Director Comercial', 'Comercial']]
const dcRole = (c) => row(DC_ROLE, n(c) % 6)
const dcMail = (c) => `${asc(es(c).first)[0]}${asc(es(c).last)}@${dcCo(c)[7].replace('www.', '')}`
// ---------------------------------------------------------------- 12. Nubimed appointments (es, E)
// [tratamiento, minutos, importe, profesional, gabinete]
const NB_TX = [['Revisión y limpieza', 30, 45, 'Dra. Rocío Castaño', 'Gabinete 1'], ['Empaste composite', 45, 70, 'Dr. Javier Lozano', 'Gabinete 2'], ['Primera visita', 30, 0, 'Dra. Rocío Castaño', 'Gabinete 1'], ['Endodoncia unirradicular', 60, 180, 'Dr. Javier Lozano', 'Gabinete 2'], ['Control ortodoncia', 20, 0, 'Dra. Macarena Vela', 'Gabinete 3'], ['Blanqueamiento', 60, 290, 'Dra. Macarena Vela', 'Gabinete 3'], ['Extracción simple', 30, 60, 'Dr. Javier Lozano', 'Gabinete 2']]
const nbTx = (o) => row(NB_TX, n(o) % 7)
const nbAt = (o) => { const p = cet(o.at); const slot = 9 * 60 + ((n(o) % 20) * 30); return Date.UTC(p.y, p.m - 1, p.d, Math.floor(slot / 60), slot % 60) }
const nbState = (o) => row(['Finalizada', 'Finalizada', 'Confirmada', 'Anulada', 'Finalizada', 'Falta sin avisar', 'Pendiente de confirmar', 'Finalizada'], n(o) % 8)
const nbIns = (c) => row(['Privado', 'Sanitas', 'Adeslas', 'Privado', 'DKV', 'Privado', 'Asisa'], n(c) % 7)

export const SETS = [
  { name: 'axelor-crm-leads-export-fr', product: 'Axelor Open Suite (CRM > Pistes > Exporter / import-export file of the Lead object, one row per lead, French installation, a Lyon IT-services company prospecting SMEs, Europe/Paris)', family: 'crm', language: 'fr', schema: B, cols: [
    ['importId', (c) => String(1000 + (n(c) % 9000)), B2BID],
    ['titleSelect', (c) => (fr(c).female ? '2' : '1'), ['person.name.courtesyTitle'], opt],
    ['enterpriseName', (c) => axCo(c)[0], CO],
    ['name', (c) => fr(c).last.toUpperCase(), ['person.name.lastName']],
    ['firstName', (c) => fr(c).first, ['person.name.firstName']],
    ['officeName', (c) => (n(c) % 4 === 1 ? 'Siège' : ''), []],
    ['jobTitle', (c) => row(AX_JOB, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['mobilePhone', (c) => (n(c) % 5 === 2 ? '' : fr(c).mobile), ['mobilePhone.number']],
    ['fixedPhone', (c) => `04.${pad(70 + (n(c) % 29))}.${pad((n(c) * 3) % 100)}.${pad((n(c) * 7) % 100)}.${pad((n(c) * 11) % 100)}`, ['workPhone.number']],
    ['department', (c) => (n(c) % 3 ? axCo(c)[2] : ''), ['extendedWorkDetails.departments[0]'], opt],
    ['fax', (c) => (n(c) % 6 === 0 ? `04.${pad(70 + (n(c) % 29))}.${pad((n(c) * 3) % 100)}.${pad((n(c) * 7) % 100)}.99` : ''), ['faxPhone.number']],
    ['website', (c) => `www.${axCo(c)[1]}`, ['b2b.companyWebsite']],
    ['primaryAddress', (c) => fr(c).street.toUpperCase(), [W('street1')]],
    ['primaryPostalCode', (c) => fr(c).cp, [W('postalCode')]],
    ['primaryCity', (c) => fr(c).city.toUpperCase(), [W('city')]],
    ['primaryCountry.alpha3Code', () => 'FRA', [W('countryCode'), W('country')], opt],
    ['email', (c) => `${asc(fr(c).first)[0]}.${asc(fr(c).last)}@${axCo(c)[1]}`, WE],
    ['description', (c) => row(['', 'Souhaite remplacer son ERP vieillissant', '', 'Intéressé par le module GRC', 'Rappeler après le salon', ''], n(c) % 6), []],
    ['contactDate', (c) => ymd(cet(c.created)), [], opt],
    ['statusSelect', (c) => String(axSt(c)), ['b2b.personStatus'], opt],
    ['source.importId', (c) => String(axSrc(c)[0]), ['b2b.personSource'], opt],
    ['statusDescription', (c) => (axSt(c) === 5 ? 'Projet reporté à 2026' : ''), []],
    ['sourceDescription', (c) => axSrc(c)[1], ['b2b.personSource'], opt],
    ['campaign.id', (c) => (axSrc(c)[0] === 10 ? '4' : ''), []],
    ['referredBy', (c) => (axSrc(c)[0] === 7 ? row(['Imprimerie Chauvet', 'Cabinet Delorme'], n(c) % 2) : ''), []],
    ['isDoNotCall', (c) => (n(c) % 9 === 4 ? 'true' : 'false'), [], opt],
    ['partner.importId', (c) => (axSt(c) === 4 ? String(300 + (n(c) % 7)) : ''), ACCT, opt],
    ['userImportId', (c) => String(8 + (n(c) % 4)), []],
    ['team.id', (c) => String(1 + (n(c) % 3)), []],
  ] },
  { name: 'openfoodnetwork-totaux-acheteurs-export-be', product: 'Open Food Network Belgique (openfoodnetwork.be: Rapports > Commandes et Livraisons > Totaux acheteurs par cycle de vente > Télécharger CSV, one row per ordered product line of a completed order, Belgian French UI (fr_BE), a Namur short-circuit food hub selling farmers\' produce, Europe/Brussels, EUR)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Comptoir', () => 'Le Panier Namurois', [], opt],
    ['Client', (c) => `${be(c).first} ${be(c).last}`, []],
    ['Email', (c) => be(c).email, EMAIL_ID],
    ['N° tel', (c) => be(c).mobile, PHONE_ID, opt],
    ['Producteur·trice', (c, o) => ofnIt(o)[0], []],
    ['Produit', (c, o) => ofnIt(o)[1], [PL('name')]],
    ['Variante', (c, o) => ofnIt(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Nb commandé', (c, o) => String(ofnQty(o)), [PL('quantity')]],
    ['Coût produits (EUR)', (c, o) => (ofnIt(o)[3] * ofnQty(o)).toFixed(2), [PL('priceTotal')]],
    ['Coût produits + Marge (EUR)', (c, o) => (ofnIt(o)[3] * ofnQty(o) * (1 + ofnFee)).toFixed(2), [PL('priceTotal')], opt],
    ['Frais si par commande (EUR)', () => '', []],
    ['Frais de livraison (EUR)', () => '', ['commerce.shipping.shippingAmount']],
    ['Frais de Transaction (EUR)', () => '', []],
    ['Total (EUR)', () => '', [OR('priceTotal')]],
    ['Payé ?', (c, o) => (ofnPaid(o) ? 'Oui' : 'Non'), []],
    ['Livraison', (c, o) => ofnShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Livré ?', (c, o) => (ofnShip(o)[1] ? 'Oui' : 'Non'), []],
    ['Rue de la livraison', (c, o) => (ofnShip(o)[1] ? be(c).street : 'Halle al\'Chair, Rue du Pont 21'), [SHIP('street1')]],
    [' Rue (2) Livraison', () => '', [SHIP('street2')]],
    ['Ville Livraison', (c, o) => (ofnShip(o)[1] ? be(c).city : 'Namur'), [SHIP('city')]],
    ['Code Postal Livraison', (c, o) => (ofnShip(o)[1] ? be(c).cp : '5000'), [SHIP('postalCode')]],
    ['Province Livraison', () => 'Namur', STATE(['commerce.shipping.address'])],
    ['Commentaire', () => '', []],
    ['Référence Produit', (c, o) => ofnIt(o)[4], [PL('SKU')]],
    ['Cycle de Vente', (c, o) => ofnCycle(o), []],
    ['Méthode de paiement', (c, o) => ofnPay(o), [OR('payments[0].paymentType')]],
    ['Code acheteur', (c) => (n(c) % 3 ? `PN${String(n(c) % 1000).padStart(4, '0')}` : ''), CUST_ID, opt],
    ['Tags', (c) => row(['', 'abonné-panier', '', 'bénévole', 'membre-coopérateur', ''], n(c) % 6), []],
    ['Rue Facturation', (c) => be(c).street, [BILL('street1')]],
    ['Rue (2) Facturation', () => '', [BILL('street2')]],
    ['Ville Facturation', (c) => be(c).city, [BILL('city')]],
    ['Code Postal Facturation', (c) => be(c).cp, [BILL('postalCode')]],
    ['Province Facturation', () => 'Namur', STATE(['commerce.billing.address'])],
    ['N° commande', (c, o) => `R${String(100000000 + n(o) * 7919).slice(0, 9)}`, [OR('purchaseID')]],
    ['Date', (c, o) => sp(cet(ofnAt(o))), ['timestamp']],
  ] },
  { name: 'paheko-membres-export-ch', product: 'Paheko (Membres > Exporter > Tous les membres (CSV), one row per member, French UI, a Lausanne amateur choir association (Swiss accounting chart), Europe/Zurich)', family: 'association', language: 'fr', schema: P, cols: [
    ['id', (c) => String(n(c) % 400 + 1), ID],
    ['Numéro de membre', (c) => String(n(c) % 400 + 1), [...ID, 'loyalty.loyaltyID[0]'], opt],
    ['Pronom', (c) => (n(c) % 4 === 3 ? '' : ch(c).female ? 'elle' : 'il'), ['person.gender'], opt],
    ['Nom & prénom', (c) => `${ch(c).last} ${ch(c).first}`, ['person.name.fullName']],
    ['Adresse E-Mail', (c) => (n(c) % 8 === 5 ? '' : ch(c).email), ['personalEmail.address']],
    ['Adresse postale', (c) => ch(c).street, at(HOME, 'street1')],
    ['Code postal', (c) => ch(c).cp, at(HOME, 'postalCode')],
    ['Ville', (c) => ch(c).city, at(HOME, 'city')],
    ['Pays', (c) => (n(c) % 11 === 6 ? 'France' : 'Suisse'), at(HOME, 'country')],
    ['Numéro de téléphone', (c) => (n(c) % 3 === 0 ? ch(c).land : ch(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Inscription à la lettre d\'information', (c) => (n(c) % 5 === 1 ? 'Non' : 'Oui'), [], opt],
    ['Année de naissance', (c) => String(phYear(c)), ['person.birthYear']],
    ['Âge', (c) => String(2025 - phYear(c)), []],
    ['Date d\'inscription', (c) => dmy(v.parts(phJoin(c)), '/'), ['loyalty.joinDate'], opt],
    ['Ancienneté', (c) => String(2025 - new Date(phJoin(c)).getUTCFullYear()), []],
    ['Rattaché à', (c) => (phParent(c) ? `${ch(c).last} ${row(['Pascal', 'Corinne', 'Yves'], n(c) % 3)}` : ''), []],
    ['Membres rattachés', (c) => (n(c) % 9 === 2 ? `${ch(c).last} ${row(['Léa', 'Noé', 'Zoé'], n(c) % 3)}` : ''), []],
    ['Catégorie', (c) => phCat(c), []],
  ] },
  { name: 'simplyk-dons-export-qc', product: 'Simplyk (tableau de bord OBNL: Transactions > Exporter (CSV), one row per donation payment received through a donation form, Québec French UI, a Montréal (Rosemont) food bank, America/Toronto, CAD)', family: 'nonprofit', language: 'fr', schema: E, cols: [
    ['Numéro de transaction', (c, o, r) => `pi_3${v.alnum(r, 23)}`, ['_id', OR('payments[0].transactionID')]],
    ['Date', (c, o) => { const p = est(skAt(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Formulaire', (c, o) => skForm(o), ['marketing.campaignName'], opt],
    ['Type de formulaire', (c, o) => (skForm(o).startsWith('Souper') ? 'Billetterie' : 'Don'), []],
    ['Prénom', (c) => qc(c).first, []],
    ['Nom', (c) => qc(c).last, []],
    ['Entreprise', (c, o) => skCo(o), []],
    ['Courriel', (c) => qc(c).email, EMAIL_ID],
    ['Téléphone', (c) => (n(c) % 3 === 1 ? '' : qc(c).mobile), PHONE_ID, opt],
    ['Adresse', (c) => qc(c).street, [BILL('street1')]],
    ['Ville', (c) => qc(c).city, [BILL('city')]],
    ['Province', (c) => qc(c).prov, STATE(['commerce.billing.address'])],
    ['Code postal', (c) => qc(c).cp, [BILL('postalCode')]],
    ['Pays', () => 'Canada', [BILL('country')]],
    ['Montant', (c, o) => dec(skAmt(o), ','), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Contribution volontaire à Simplyk', (c, o) => dec(skTip(o), ','), []],
    ['Don mensuel', (c, o) => (skMonthly(o) ? 'Oui' : 'Non'), []],
    ['Statut', (c, o) => skStatus(o), []],
    ['Méthode de paiement', (c, o) => row(['Carte de crédit', 'Carte de crédit', 'Apple Pay', 'Virement Interac', 'Carte de crédit', 'Google Pay'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Reçu fiscal émis', (c, o) => (skReceipt(o) ? 'Oui' : 'Non'), []],
    ['Numéro de reçu fiscal', (c, o) => (skReceipt(o) ? `${est(skAt(o)).y}-${String(n(o) % 10000).padStart(5, '0')}` : ''), []],
    ['Montant admissible', (c, o) => (skReceipt(o) ? dec(skAmt(o), ',') : ''), []],
    ['Anonyme', (c, o) => (n(o) % 6 === 4 ? 'Oui' : 'Non'), []],
    ['Langue', (c) => (n(c) % 7 === 3 ? 'en' : 'fr'), [], opt],
    ['Message', (c, o) => (n(o) % 5 === 1 ? row(['En mémoire de ma mère', 'Bravo pour votre travail!', 'Pour les paniers de Noël'], n(o) % 3) : ''), []],
  ] },
  { name: 'nethvoice-rubrica-export-it', product: 'NethVoice CTI (Nethesis: Rubrica > Esporta contatti CSV, one row per shared phonebook contact, Italian UI, a Padova agricultural-machinery distributor\'s sales office and its customers and suppliers)', family: 'b2b', language: 'it', schema: B, cols: [
    ['name', (c) => `${it(c).first} ${it(c).last}`, ['person.name.fullName']],
    ['type', (c) => (nvPrivate(c) ? 'private' : 'public'), []],
    ['workemail', (c) => (n(c) % 7 === 4 ? '' : nvMail(c)), ['workEmail.address']],
    ['homeemail', (c) => (n(c) % 6 === 1 ? it(c).email : ''), ['personalEmail.address']],
    ['workphone', (c) => nvCo(c)[6], ['workPhone.number']],
    ['homephone', () => '', ['homePhone.number']],
    ['cellphone', (c) => (n(c) % 3 === 2 ? '' : it(c).mobile), ['mobilePhone.number']],
    ['fax', (c) => (n(c) % 4 === 0 ? nvCo(c)[6].replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['title', (c) => row(NV_TITLE, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['company', (c) => nvCo(c)[0], CO],
    ['notes', (c) => row(['', 'Chiamare dopo le 14', '', 'Referente per i ricambi', 'Parla tedesco', ''], n(c) % 6), []],
    ['homestreet', () => '', at(HOME, 'street1')],
    ['homepob', () => '', at(HOME, 'postOfficeBox')],
    ['homecity', () => '', at(HOME, 'city')],
    ['homeprovince', () => '', STATE(HOME)],
    ['homepostalcode', () => '', at(HOME, 'postalCode')],
    ['homecountry', () => '', at(HOME, 'country')],
    ['workstreet', (c) => nvCo(c)[2], [W('street1')]],
    ['workpob', () => '', [W('postOfficeBox')]],
    ['workcity', (c) => nvCo(c)[3], [W('city')]],
    ['workprovince', (c) => nvCo(c)[4], STATE(['workAddress'])],
    ['workpostalcode', (c) => nvCo(c)[5], [W('postalCode')]],
    ['workcountry', () => 'Italia', [W('country')]],
    ['url', (c) => `https://www.${nvCo(c)[1]}`, ['b2b.companyWebsite']],
    ['extension', () => '', ['workPhone.extension'], opt],
    ['speeddial_num', (c) => (n(c) % 3 === 2 ? nvCo(c)[6] : it(c).mobile).replace(/ /g, ''), [], opt],
  ] },
  { name: 'scloby-clienti-export-it', product: 'Scloby (Clienti > Esporta (Excel), one row per customer card, Italian UI, a Bologna wine shop and bistrot using the POS fidelity points)', family: 'ecommerce-customers', language: 'it', schema: P, cols: [
    ['ID', (c) => String(n(c) % 5000 + 1), ID],
    ['Nome', (c) => it(c).first, ['person.name.firstName']],
    ['Cognome', (c) => it(c).last, ['person.name.lastName']],
    ['Ragione sociale', (c) => (scBiz(c) ? row(['Studio Legale Conti', 'Osteria Al Portico S.n.c.', 'Caruso Eventi S.r.l.'], n(c) % 3) : ''), ['organizations[0]'], opt],
    ['Sesso', (c) => (it(c).female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => (n(c) % 5 === 3 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Codice fiscale', (c) => scCf(c), ['person.taxId']],
    ['Partita IVA', (c) => (scBiz(c) ? `0${String(2640000000 + n(c) * 37).slice(0, 10)}` : ''), [], opt],
    ['Email', (c) => it(c).email, ['personalEmail.address']],
    ['Telefono', (c) => (n(c) % 4 === 0 ? `051 ${v.int(() => it(c).r2, 200000, 699999)}` : ''), ['homePhone.number']],
    ['Cellulare', (c) => it(c).mobile, ['mobilePhone.number']],
    ['Indirizzo', (c) => `${row(['Via Saragozza', 'Via Mazzini', 'Strada Maggiore', 'Via San Vitale', 'Via Andrea Costa', 'Via Emilia Ponente'], n(c) % 6)} ${1 + (n(c) % 160)}`, at(HOME, 'street1')],
    ['CAP', (c) => row(['40123', '40137', '40125', '40126', '40134', '40133'], n(c) % 6), at(HOME, 'postalCode')],
    ['Città', (c) => (n(c) % 9 === 7 ? 'Casalecchio di Reno' : 'Bologna'), at(HOME, 'city')],
    ['Provincia', () => 'BO', STATE(HOME)],
    ['Nazione', () => 'IT', at(HOME, 'countryCode')],
    ['Codice destinatario SDI', (c) => (scBiz(c) ? 'M5UXCR1' : ''), []],
    ['PEC', (c) => (scBiz(c) ? `${asc(it(c).last)}@pec.it` : ''), []],
    ['Codice fidelity', (c) => (scPts(c) === '' ? '' : `2900${String(n(c) * 13).padStart(9, '0')}`), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Punti fidelity', (c) => scPts(c), ['loyalty.points']],
    ['Consenso marketing', (c) => (n(c) % 3 ? 'Sì' : 'No'), [], opt],
    ['Note', (c) => row(['', 'Preferisce rossi fermi', '', 'Cliente aziendale: fattura', 'Allergico ai solfiti', ''], n(c) % 6), []],
    ['Data creazione', (c) => { const p = cet(Math.min(c.created, c.updated)); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate'], opt],
  ] },
  { name: 'ciaobooking-prenotazioni-export-it', product: 'Ciaobooking (Prenotazioni > Elenco prenotazioni > Esporta Excel, one row per reservation, Italian UI, a 3-star Sorrento hotel selling through its website and OTAs, Europe/Rome, EUR)', family: 'hospitality', language: 'it', schema: E, cols: [
    ['ID prenotazione', (c, o) => String(480000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Data prenotazione', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Stato', (c, o) => cbState(o), []],
    ['Canale', (c, o) => cbChan(o), [], opt],
    ['Codice OTA', (c, o) => (cbChan(o) === 'Booking.com' ? String(3900000000 + n(o) * 17) : cbChan(o) === 'Expedia' ? String(2200000000 + n(o) * 13) : ''), []],
    ['Check-in', (c, o) => dmy(v.parts(cbIn(o)), '/'), []],
    ['Check-out', (c, o) => dmy(v.parts(cbIn(o) + cbNights(o) * day), '/'), []],
    ['Notti', (c, o) => String(cbNights(o)), []],
    ['Camera', (c, o) => cbRoom(o)[0], []],
    ['Tipologia', (c, o) => cbRoom(o)[1], [PL('name')], opt],
    ['Trattamento', (c, o) => cbTreat(o), []],
    ['Adulti', (c, o) => String(cbAdults(o)), []],
    ['Bambini', (c, o) => String(cbKids(o)), []],
    ['Nome', (c) => cbG(c).first, []],
    ['Cognome', (c) => cbG(c).last, []],
    ['Email', (c, o, r) => (cbChan(o) === 'Booking.com' ? `${asc(cbG(c).first)}${asc(cbG(c).last).slice(0, 3)}.${v.hex(r, 6)}@guest.booking.com` : cbG(c).email), EMAIL_ID],
    ['Telefono', (c) => cbG(c).phone, PHONE_ID, opt],
    ['Nazione', (c) => cbG(c).nat, [BILL('country')], opt],
    ['Lingua', (c) => cbG(c).lang, [], opt],
    ['Totale', (c, o) => dec(cbTot(o), ','), [OR('priceTotal')]],
    ['Acconto', (c, o) => (cbChan(o) === 'Sito web' ? dec(cbTot(o) * 0.3, ',') : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Saldo', (c, o) => dec(cbChan(o) === 'Sito web' ? cbTot(o) * 0.7 : cbTot(o), ','), []],
    ['Tassa di soggiorno', (c, o) => dec(cbTax(o), ','), []],
    ['Metodo di pagamento', (c, o) => (cbChan(o) === 'Sito web' ? 'Carta di credito' : cbChan(o) === 'Telefono' ? 'Bonifico' : 'Pagamento in struttura'), [OR('payments[0].paymentType')]],
    ['Codice promozione', (c, o) => (cbChan(o) === 'Sito web' && n(o) % 3 === 0 ? 'EARLY10' : ''), ['commerce.promotionID']],
    ['Note', (c, o) => row(['', 'Arrivo tardi, dopo le 22', '', 'Anniversario di matrimonio', 'Richiesta culla', ''], n(o) % 6), []],
  ] },
  { name: 'idoctors-appuntamenti-export-it', product: 'iDoctors (agenda professionisti: Appuntamenti > Esporta (Excel), one row per booked appointment, Italian UI, a Milano (Città Studi) physiotherapy and physiatry practice, Europe/Rome, EUR)', family: 'clinic', language: 'it', schema: E, cols: [
    ['Data', (c, o) => dmy(v.parts(idAt(o)), '/'), ['timestamp']],
    ['Ora', (c, o) => hm(v.parts(idAt(o))), ['timestamp'], opt],
    ['Durata (min)', (c, o) => String(idSvc(o)[1]), []],
    ['Professionista', (c, o) => idSvc(o)[3], []],
    ['Prestazione', (c, o) => idSvc(o)[0], [PL('name')], opt],
    ['Sede', () => 'Studio FisioLambrate - Via Pacini 22, Milano', ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Paziente', (c) => `${it(c).last} ${it(c).first}`, []],
    ['Codice fiscale', (c) => (n(c) % 3 === 1 ? '' : scCf(c)), []],
    ['Data di nascita', (c) => (n(c) % 3 === 1 ? '' : dmy(v.parts(c.birth), '/')), []],
    ['Telefono', (c) => it(c).mobile, PHONE_ID],
    ['Email', (c) => it(c).email, EMAIL_ID],
    ['Stato', (c, o) => idState(o), []],
    ['Prezzo', (c, o) => `${idSvc(o)[2]},00 €`, [OR('priceTotal')]],
    ['Prenotato tramite', (c, o) => idChan(o), [], opt],
    ['Data prenotazione', (c, o) => { const p = cet(open(idAt(o) - (2 + (n(o) % 20)) * day, 1, 8, 14) + (n(o) % 60) * 60000); return `${dmy(p, '/')} ${hm(p)}` }, []],
    ['Prima visita', (c, o) => (idSvc(o)[0].startsWith('Prima') ? 'Sì' : 'No'), []],
    ['Note del paziente', (c, o) => row(['', 'Dolore alla spalla destra da 2 settimane', '', 'Porto la risonanza', '', 'Lombalgia'], n(o) % 6), []],
    ['ID prenotazione', (c, o) => `IDR${String(7000000 + n(o) * 11)}`, ['_id']],
  ] },
  { name: 'chamilo-usuarios-export-es', product: 'Chamilo LMS (Administración > Usuarios > Exportar lista de usuarios (CSV con cabecera), one row per platform user, Spanish installation, a Valencia language academy\'s online campus)', family: 'education', language: 'es', schema: P, cols: [
    ['UserId', (c) => String(n(c) % 3000 + 2), ID],
    ['LastName', (c) => `${es(c).last} ${es(c).last2}`, ['person.name.lastName']],
    ['FirstName', (c) => es(c).first, ['person.name.firstName']],
    ['Email', (c) => es(c).email, ['personalEmail.address']],
    ['UserName', (c) => chLogin(c), []],
    ['AuthSource', () => 'platform', []],
    ['Status', (c) => chStatus(c), []],
    ['OfficialCode', (c) => (n(c) % 4 === 2 ? '' : chDni(c)), ['person.taxId'], opt],
    ['PhoneNumber', (c) => (n(c) % 5 === 1 ? '' : es(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['legal_accept', (c) => (n(c) % 3 ? `1:1:${Math.floor(c.created / 1000)}` : ''), [], opt],
    ['already_logged_in', (c) => (n(c) % 7 === 3 ? 'false' : 'true'), []],
    ['timezone', () => 'Europe/Madrid', []],
    ['mail_notify_invitation', () => '1', []],
    ['mail_notify_message', (c) => (n(c) % 4 === 0 ? '0' : '1'), []],
    ['mail_notify_group_message', () => '1', []],
    ['user_chat_status', (c) => (n(c) % 2 ? '0' : ''), []],
    ['skype', () => '', []],
    ['linkedin_url', (c) => (chStatus(c) === '1' ? `https://www.linkedin.com/in/${asc(es(c).first)}-${asc(es(c).last)}` : ''), []],
  ] },
  { name: 'inconcert-detalle-llamadas-export-es', product: 'inConcert Allegro (Reportes > Detalle de interacciones > Exportar CSV, one row per voice interaction, Spanish UI, a Madrid energy retailer\'s customer-service and retention contact center, Europe/Madrid)', family: 'support', language: 'es', schema: E, cols: [
    ['ID Interacción', (c, o, r) => `${v.hex(r, 8)}-${String(n(o) * 7919).padStart(10, '0')}`, ['_id']],
    ['Fecha', (c, o) => dmy(cet(icAt(o)), '/'), ['timestamp']],
    ['Hora', (c, o) => hms(cet(icAt(o))), ['timestamp'], opt],
    ['Tipo', (c, o) => icDir(o), []],
    ['Campaña', (c, o) => icCamp(o), ['marketing.campaignName'], opt],
    ['Número cliente', (c) => icPhone(c), PHONE_ID],
    ['Número compañía', (c, o) => (icDir(o) === 'Saliente' ? '34910601544' : '34900814212'), []],
    ['Agente', (c, o) => icAgent(o), []],
    ['Grupo', (c, o) => (icDir(o) === 'Saliente' ? 'Retención' : row(['Atención general', 'Facturación', 'Altas y cambios', 'Técnico'], n(o) % 4)), []],
    ['Tiempo en cola', (c, o) => dur(icQueue(o)), []],
    ['Tiempo de conversación', (c, o) => dur(icTalk(o)), []],
    ['Tiempo en espera', (c, o) => dur(icTalk(o) && n(o) % 4 === 1 ? 20 + (n(o) % 90) : 0), []],
    ['Tiempo ACW', (c, o) => dur(icAcw(o)), []],
    ['Duración total', (c, o) => dur(icQueue(o) + icTalk(o) + icAcw(o)), []],
    ['Resultado', (c, o) => icRes(o), []],
    ['Motivo de corte', (c, o) => (icTalk(o) ? row(['Cliente', 'Agente', 'Cliente'], n(o) % 3) : icRes(o) === 'Abandonada' ? 'Abandono en cola' : 'Sin respuesta'), []],
    ['ID Contacto', (c) => `CT-${String(n(c) * 31).padStart(8, '0')}`, CUST_ID, opt],
    ['Nombre contacto', (c) => `${es(c).first} ${es(c).last} ${es(c).last2}`, []],
    ['Email contacto', (c) => (n(c) % 4 === 3 ? '' : es(c).email), EMAIL_ID],
    ['CUPS', (c) => `ES0021${String(n(c) * 104729).padStart(12, '0').slice(0, 12)}${'ABCDEFGHJK'[n(c) % 10]}${'LMNPQRSTVW'[n(c) % 10]}0F`, []],
    ['Grabación', (c, o) => (icTalk(o) ? 'Sí' : 'No'), []],
  ] },
  { name: 'datacentric-contactos-export-es', product: 'Datacentric (plataforma de prospección B2B: Búsqueda de empresas > Contactos > Exportar a Excel, one row per decision-maker of a company, Spanish UI, an industrial-software vendor building a target list)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Razón social', (c) => dcCo(c)[0], CO],
    ['CIF', (c) => dcCo(c)[1], [], opt],
    ['Dirección', (c) => dcCo(c)[2], [W('street1')]],
    ['Código postal', (c) => dcCo(c)[3], [W('postalCode')]],
    ['Población', (c) => dcCo(c)[4], [W('city')]],
    ['Provincia', (c) => dcCo(c)[5], STATE(['workAddress'])],
    ['Teléfono empresa', (c) => dcCo(c)[6], ['workPhone.number'], opt],
    ['Web', (c) => dcCo(c)[7], ['b2b.companyWebsite']],
    ['CNAE', (c) => dcCo(c)[8], []],
    ['Actividad', (c) => dcCo(c)[9], []],
    ['Empleados', (c) => dcCo(c)[10], []],
    ['Facturación', (c) => dcCo(c)[11], []],
    ['Tratamiento', (c) => (es(c).female ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => es(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => `${es(c).last} ${es(c).last2}`, ['person.name.lastName']],
    ['Cargo', (c) => (es(c).female ? dcRole(c)[0].replace(/^Director /, 'Directora ') : dcRole(c)[0]), ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => dcRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => (n(c) % 5 === 4 ? '' : dcMail(c)), ['workEmail.address']],
    ['Teléfono directo', (c) => (n(c) % 3 === 0 ? es(c).mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['LinkedIn', (c, o, r) => (n(c) % 2 ? `https://www.linkedin.com/in/${asc(es(c).first)}-${asc(es(c).last)}-${v.hex(r, 6)}` : ''), []],
    ['Fecha de actualización', (c) => dmy(cet(c.updated), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'nubimed-citas-export-es', product: 'Nubimed (Agenda > Listado de citas > Exportar a Excel, one row per appointment, Spanish UI, a Sevilla (Nervión) dental clinic with three surgeries, Europe/Madrid, EUR)', family: 'clinic', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(v.parts(nbAt(o)), '/'), ['timestamp']],
    ['Hora inicio', (c, o) => hm(v.parts(nbAt(o))), ['timestamp'], opt],
    ['Hora fin', (c, o) => hm(v.parts(nbAt(o) + nbTx(o)[1] * 60000)), []],
    ['Duración', (c, o) => `${nbTx(o)[1]} min`, []],
    ['Profesional', (c, o) => nbTx(o)[3], []],
    ['Gabinete', (c, o) => nbTx(o)[4], []],
    ['Tratamiento', (c, o) => nbTx(o)[0], [PL('name')], opt],
    ['Estado', (c, o) => nbState(o), []],
    ['Nº historia', (c) => String(1200 + (n(c) % 4000)), CUST_ID, opt],
    ['Paciente', (c) => `${es(c).last} ${es(c).last2}, ${es(c).first}`, []],
    ['NIF', (c) => (n(c) % 4 === 1 ? '' : chDni(c)), []],
    ['Teléfono', (c) => es(c).mobile, PHONE_ID],
    ['Email', (c) => (n(c) % 5 === 2 ? '' : es(c).email), EMAIL_ID],
    ['Aseguradora', (c) => nbIns(c), []],
    ['Importe', (c, o) => thou(nbTx(o)[2], '.', ','), [OR('priceTotal')]],
    ['Cobrado', (c, o) => (nbState(o) === 'Finalizada' && nbTx(o)[2] > 0 ? 'Sí' : 'No'), []],
    ['Origen', (c, o) => row(['Recepción', 'Cita online', 'Recepción', 'Teléfono'], (n(o) >> 1) % 4), [], opt],
    ['Observaciones', (c, o) => row(['', 'Paciente con ansiedad dental', '', 'Traer radiografía', '', 'Recordatorio enviado por SMS'], n(o) % 6), []],
    ['Fecha de creación', (c, o) => { const p = cet(nbAt(o) - (1 + (n(o) % 25)) * day); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ] },
]
