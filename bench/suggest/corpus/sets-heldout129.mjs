// Round 58, heldout129: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (France, Belgium, Switzerland, Québec) and Italian exports in the
// product's UI language: a club-ticketing platform's ticket holders, a self-hosted issue tracker's support requests (a
// Québec software vendor), a hotel PMS's reservations, a therapists' booking site's patient file, a retail loyalty
// platform's members (a Walloon bakery chain), a company-information site's firm list and an ERP-CRM's contacts (a
// Lausanne integrator) (fr); a self-service ticketing site's participants, a hotel PMS's reservations, the Italian tax
// agency's e-invoice portal's issued-invoice list, a hotel program's guest register and an ERP's customer list (it)
// (fr 7, it 5). No public source was found for these headers: all are written from the writer's knowledge of each
// product (Redmine's are its French locale's field labels as the writer recalls them).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const cet = (ms) => local(ms, 1) // Paris, Brussels, Lausanne, Rome
const est = (ms) => local(ms, -5) // Québec City (EST/EDT)
const bd = (ms) => v.parts(ms)
const n = (x) => +x.id
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
const dt = (p) => `${dmy(p, '/')} ${hm(p)}`

const CARD = ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region code, region name, phone area]
const LOC = {
  fr: { first: [['Antoine', 'Camille'], ['Mathis', 'Léa'], ['Benoît', 'Nathalie'], ['Kévin', 'Laura'], ['Yann', 'Marine'], ['Florian', 'Manon'], ['Loïc', 'Océane']],
    last: ['Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Fournier', 'Morel'],
    places: [['Marseille', '13006', '13', 'Provence-Alpes-Côte d\'Azur', '04'], ['Aix-en-Provence', '13100', '13', 'Provence-Alpes-Côte d\'Azur', '04'], ['Toulouse', '31000', '31', 'Occitanie', '05'], ['Blagnac', '31700', '31', 'Occitanie', '05'], ['Paris', '75011', '75', 'Île-de-France', '01'], ['Lyon', '69007', '69', 'Auvergne-Rhône-Alpes', '04'], ['Nantes', '44000', '44', 'Pays de la Loire', '02'], ['Annecy', '74000', '74', 'Auvergne-Rhône-Alpes', '04'], ['Grenoble', '38000', '38', 'Auvergne-Rhône-Alpes', '04'], ['Toulon', '83000', '83', 'Provence-Alpes-Côte d\'Azur', '04']],
    street: (r) => `${v.int(r, 1, 160)} ${v.pick(r, ['rue Paradis', 'boulevard Baille', 'rue de Metz', 'allée Jean Jaurès', 'avenue de Grande-Bretagne', 'rue Oberkampf', 'chemin des Vignes', 'impasse des Acacias', 'rue Sainte'])}`,
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['gmail.com', 'orange.fr', 'hotmail.fr', 'free.fr', 'yahoo.fr', 'outlook.fr', 'icloud.com'] },
  be: { first: [['Maxime', 'Julie'], ['Thomas', 'Sarah'], ['Arnaud', 'Laetitia'], ['Cédric', 'Audrey'], ['Jérôme', 'Florence'], ['Quentin', 'Amandine']],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Lejeune', 'Renard', 'Collard', 'Hubert', 'Lemaire', 'Jacquet', 'Gérard', 'Denis', 'Leclercq'],
    places: [['Liège', '4000', 'Liège', 'Wallonie', '04'], ['Namur', '5000', 'Namur', 'Wallonie', '081'], ['Charleroi', '6000', 'Hainaut', 'Wallonie', '071'], ['Bruxelles', '1000', 'Bruxelles', 'Bruxelles-Capitale', '02'], ['Ixelles', '1050', 'Bruxelles', 'Bruxelles-Capitale', '02'], ['Wavre', '1300', 'Brabant wallon', 'Wallonie', '010'], ['Mons', '7000', 'Hainaut', 'Wallonie', '065'], ['Uccle', '1180', 'Bruxelles', 'Bruxelles-Capitale', '02'], ['Seraing', '4100', 'Liège', 'Wallonie', '04']],
    street: (r) => `${v.pick(r, ['Rue de Fragnée', 'Chaussée de Louvain', 'Avenue de la Toison d\'Or', 'Rue Saint-Gilles', 'Boulevard Tirou', 'Rue de Fer', 'Chaussée de Waterloo', 'Rue des Carmes'])} ${v.int(r, 1, 220)}${r() < 0.2 ? `/${v.int(r, 1, 12)}` : ''}`,
    mobile: (r) => `04${v.pick(r, ['70', '71', '72', '75', '76', '77', '78', '79', '86', '94', '95', '96', '97', '98'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['gmail.com', 'hotmail.com', 'skynet.be', 'outlook.be', 'yahoo.fr', 'proximus.be', 'live.be'] },
  ch: { first: [['Laurent', 'Sophie'], ['Pascal', 'Valérie'], ['Yves', 'Christine'], ['Fabien', 'Sandrine'], ['Raphaël', 'Nadia'], ['Stéphane', 'Anne-Claude']],
    last: ['Favre', 'Rochat', 'Cuénoud', 'Jaquier', 'Pittet', 'Chappuis', 'Bovet', 'Gay', 'Perrin', 'Monnier', 'Berset', 'Mottier', 'Dubuis', 'Rey'],
    places: [['Lausanne', '1003', 'VD', 'Vaud', '021'], ['Renens', '1020', 'VD', 'Vaud', '021'], ['Genève', '1201', 'GE', 'Genève', '022'], ['Carouge', '1227', 'GE', 'Genève', '022'], ['Fribourg', '1700', 'FR', 'Fribourg', '026'], ['Neuchâtel', '2000', 'NE', 'Neuchâtel', '032'], ['Sion', '1950', 'VS', 'Valais', '027'], ['Yverdon-les-Bains', '1400', 'VD', 'Vaud', '024'], ['Morges', '1110', 'VD', 'Vaud', '021']],
    street: (r) => `${v.pick(r, ['Avenue de la Gare', 'Chemin du Viaduc', 'Rue du Simplon', 'Route de Genève', 'Rue de Lausanne', 'Chemin de Maillefer', 'Avenue de Sévelin', 'Route des Arsenaux'])} ${v.int(r, 1, 80)}`,
    mobile: (r) => `07${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['bluewin.ch', 'gmail.com', 'hotmail.ch', 'sunrise.ch', 'gmx.ch'] },
  qc: { first: [['Francis', 'Mélissa'], ['Sébastien', 'Karine'], ['Patrick', 'Josée'], ['Alexandre', 'Valérie'], ['Dominic', 'Annie']],
    last: ['Tremblay', 'Lavoie', 'Fortin', 'Gagnon', 'Boucher', 'Caron', 'Paquette', 'Lévesque', 'Bergeron', 'Ouellet'],
    places: [['Québec', 'G1K 3Y2', 'QC', 'Québec', '418'], ['Lévis', 'G6V 6N4', 'QC', 'Québec', '418'], ['Saguenay', 'G7H 4S2', 'QC', 'Québec', '418'], ['Trois-Rivières', 'G9A 2M2', 'QC', 'Québec', '819'], ['Rimouski', 'G5L 1E4', 'QC', 'Québec', '418'], ['Sherbrooke', 'J1H 1R8', 'QC', 'Québec', '819'], ['Drummondville', 'J2B 5E7', 'QC', 'Québec', '819']],
    street: (r) => `${v.int(r, 100, 2900)}, ${v.pick(r, ['boul. Laurier', 'rue Saint-Joseph Est', 'boul. Talbot', 'rue des Forges', 'rue King Ouest'])}`,
    mobile: (r, a) => `${a} ${v.int(r, 220, 989)}-${v.int(r, 1000, 9999)}`,
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com'] },
  it: { first: [['Luca', 'Giulia'], ['Andrea', 'Francesca'], ['Stefano', 'Elena'], ['Davide', 'Silvia'], ['Simone', 'Valentina'], ['Matteo', 'Federica'], ['Riccardo', 'Alessandra']],
    last: ['Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Lombardi', 'Barbieri', 'Fontana'],
    places: [['Bologna', '40126', 'BO', 'Emilia-Romagna', '051'], ['Casalecchio di Reno', '40033', 'BO', 'Emilia-Romagna', '051'], ['Rimini', '47921', 'RN', 'Emilia-Romagna', '0541'], ['Milano', '20135', 'MI', 'Lombardia', '02'], ['Verona', '37122', 'VR', 'Veneto', '045'], ['Vicenza', '36100', 'VI', 'Veneto', '0444'], ['Padova', '35121', 'PD', 'Veneto', '049'], ['Torino', '10128', 'TO', 'Piemonte', '011'], ['Firenze', '50129', 'FI', 'Toscana', '055'], ['Modena', '41121', 'MO', 'Emilia-Romagna', '059'], ['Brescia', '25122', 'BS', 'Lombardia', '030']],
    street: (r) => `${v.pick(r, ['Via Indipendenza', 'Via Emilia Levante', 'Viale Regina Margherita', 'Via Mazzini', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Via dei Mille', 'Piazza della Libertà', 'Via Cavour'])}, ${v.int(r, 1, 160)}`,
    mobile: (r) => `3${v.pick(r, ['20', '28', '31', '33', '35', '38', '40', '47', '49', '66', '88', '92'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'virgilio.it', 'icloud.com', 'tiscali.it'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 181 + c.last.length * 31 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region, regionName, area] = v.pick(r, d.places)
  const fs = slug(first.split(/[ -]/)[0]), ls = slug(last)
  const p = { first, last, female, city, zip, region, regionName, area, street: d.street(r), mobile: d.mobile(r, area),
    email: `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.full = `${first} ${last}`
  memo.set(k, p)
  return p
}
const frFixed = (r, area) => `${area.length === 2 ? area : '0' + area.slice(-1)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`

// Italian codice fiscale (check letter computed; comune code of the place of birth)
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfPart = (s, first) => { const u = slug(s).toUpperCase(); const cons = u.replace(/[AEIOU]/g, ''), voc = u.replace(/[^AEIOU]/g, ''); const cc = first && cons.length > 3 ? cons[0] + cons.slice(2, 4) : cons; return (cc + voc + 'XXX').slice(0, 3) }
const COMUNI = [['A944', 'Bologna'], ['H294', 'Rimini'], ['F205', 'Milano'], ['L781', 'Verona'], ['L840', 'Vicenza'], ['G224', 'Padova'], ['L219', 'Torino'], ['D612', 'Firenze'], ['F839', 'Napoli'], ['H501', 'Roma']]
const comune = (c) => row(COMUNI, +c.id % 10)
const codiceFiscale = (p, c) => {
  const b = bd(c.birth)
  const base = `${cfPart(p.last, false)}${cfPart(p.first, true)}${pad(b.y % 100)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (p.female ? 40 : 0))}${comune(c)[0]}`
  const sum = [...base].reduce((t, ch, i) => { const k = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; return t + (i % 2 === 0 ? CF_ODD[k] : k) }, 0)
  return base + String.fromCharCode(65 + (sum % 26))
}
// Italian partita IVA with its Luhn-style check digit
const piva = (seed) => { const b = String(1000000000 + (seed * 7907) % 8999999999).slice(0, 10).split('').map(Number); const s = b.reduce((t, x, i) => t + (i % 2 === 0 ? x : (x * 2 > 9 ? x * 2 - 9 : x * 2)), 0); return b.join('') + String((10 - (s % 10)) % 10) }

// ---------------------------------------------------------------- Shotgun: a Marseille electronic-music club
const SG_EV = [['Nuit Électronique w/ Agoria', 0], ['Closing Season — Dixon', 1], ['La Friche Sessions #14', 2], ['Techno Tuesday', 3], ['Boiler Room Marseille', 4], ['Warm Up Festival', 5]]
const SG_TAR = [['Early Bird', 12], ['Prévente 1', 16], ['Prévente 2', 20], ['Sur place', 25], ['Prévente 1', 16], ['Table VIP (4 pers.)', 180]]
const sgTar = (o) => row(SG_TAR, n(o) % 6)
const sgFee = (p) => Math.round(p * 0.085 * 100) / 100 + 0.49
const sgStatus = (o) => row(['Valide', 'Valide', 'Valide', 'Remboursé', 'Valide', 'Valide', 'Annulé', 'Valide'], n(o) % 8)

// ---------------------------------------------------------------- Redmine: a Québec City POS-software vendor's support project
const RM_TR = ['Demande de support', 'Anomalie', 'Demande de support', 'Évolution', 'Demande de support']
const RM_ST = ['Nouveau', 'En cours', 'En attente du client', 'Résolu', 'Fermé', 'Fermé', 'Résolu']
const RM_SUBJ = ['Imprimante de reçus ne répond plus après mise à jour', 'Erreur de synchronisation des ventes avec Acomba', 'Ajouter le pourboire au rapport de fin de journée', 'Terminal Moneris refuse les cartes sans contact', 'Taxes TPS/TVQ mal calculées sur les items consignés', 'Réinitialiser le NIP du gérant', 'Rapport de ventes par employé vide']
const RM_STORES = ['Boulangerie Le Fournil inc.', 'Dépanneur Chez Ginette', 'Quincaillerie Lévis', 'Resto-Bar Le Sextant', 'Fromagerie du Vieux-Port', 'Boutique Vélo Plein Air', 'Café La Maison Smith']
const RM_AGENTS = ['Marc-André Pelletier', 'Julie Fournier', 'Équipe Soutien N2', 'Simon Beaulieu', '']

// ---------------------------------------------------------------- Misterbooking: a 28-room hotel in Annecy
const MB_ORIG = [['Booking.com', 0.17], ['Direct', 0], ['Expedia', 0.18], ['Site web (moteur)', 0.03], ['Booking.com', 0.17], ['Téléphone', 0]]
const MB_ROOM = [['Double Classique', 118], ['Double Supérieure vue lac', 164], ['Twin Classique', 118], ['Suite Junior', 229], ['Single', 89], ['Familiale', 189]]
const MB_RATE = ['Flexible', 'Flexible petit-déjeuner inclus', 'Non remboursable', 'Flexible', 'Offre Week-end 2 nuits', 'Non remboursable']
const mbN = (o) => 1 + (n(o) % 4)
const mbStatus = (o) => row(['Confirmée', 'Partie', 'Partie', 'Annulée', 'Confirmée', 'Arrivée', 'Partie', 'No show'], n(o) % 8)
const mbAmount = (o) => row(MB_ROOM, n(o) % 6)[1] * mbN(o) * (row(MB_RATE, n(o) % 6) === 'Non remboursable' ? 0.9 : 1)

// ---------------------------------------------------------------- Mobivi: a bakery chain in Wallonia and Brussels
const MV_SHOPS = ['Liège Guillemins', 'Namur Gare', 'Wavre Centre', 'Bruxelles Flagey', 'Charleroi Ville 2', 'Mons Grand-Place']

// ---------------------------------------------------------------- firms
// Société.com: [dénomination, enseigne, NAF, libellé, forme, site, ville, cp, dept, tel area, qualité]
const SC_FIRMS = [
  ['ATLANTIQUE CONSEIL EXPERTISE', '', '69.20Z', 'Activités comptables', 'SAS', 'atlantique-conseil.fr', 'Nantes', '44000', '44', '02', 'Président'],
  ['LOIRE DIGITAL', 'Studio LD', '62.01Z', 'Programmation informatique', 'SARL', 'loiredigital.fr', 'Saint-Herblain', '44800', '44', '02', 'Gérant'],
  ['CABINET MEDICAL DES OLIVETTES', '', '86.21Z', 'Activité des médecins généralistes', 'SCM', '', 'Nantes', '44000', '44', '02', 'Gérant'],
  ['ANJOU IMMOBILIER TRANSACTIONS', 'Anjou Immo', '68.31Z', 'Agences immobilières', 'SARL', 'anjou-immo.com', 'Angers', '49100', '49', '02', 'Gérante'],
  ['OUEST LOGISTIQUE SERVICES', '', '52.29A', 'Messagerie, fret express', 'SAS', 'ols-transport.fr', 'Carquefou', '44470', '44', '02', 'Directeur général'],
  ['MAINE ARCHITECTURE', '', '71.11Z', 'Activités d\'architecture', 'SELARL', 'maine-architecture.fr', 'Le Mans', '72000', '72', '02', 'Gérant'],
  ['VENDEE ASSURANCES COURTAGE', '', '66.22Z', 'Activités des agents et courtiers d\'assurances', 'SAS', 'vendee-courtage.fr', 'La Roche-sur-Yon', '85000', '85', '02', 'Président'],
  ['NOTAIRES ASSOCIES DE L\'ERDRE', '', '69.10Z', 'Activités juridiques', 'SCP', 'notaires-erdre.fr', 'Nantes', '44300', '44', '02', 'Associé'],
]
const scFirm = (c) => row(SC_FIRMS, +c.id % 8)
const siren = (c) => String(300000000 + (+c.id * 7919) % 600000000)
// WaveSoft (Lausanne building-automation integrator): [raison sociale, type, langue]
const WS_FIRMS = [['Régie Rochat & Fils SA', 'Client'], ['Commune de Prilly', 'Client'], ['EMS Les Pervenches', 'Prospect'], ['Hôtel du Lac Sàrl', 'Client'], ['HEIG-VD', 'Prospect'], ['Clinique Bois-Cerf SA', 'Client'], ['Bâtiplus Genève SA', 'Prospect'], ['Migros Vaud', 'Client']]
const wsFirm = (c) => row(WS_FIRMS, +c.id % 8)
const wsDomain = (c) => slug(wsFirm(c)[0].replace(/ (SA|Sàrl)$/, '')).slice(0, 20) + '.ch'
// ad hoc Revolution (Vicenza plumbing-supplies wholesaler): [ragione sociale, categoria, comune, cap, prov, area, ruolo]
const AH_FIRMS = [
  ['Termoidraulica Zanon S.r.l.', 'Installatori', 'Bassano del Grappa', '36061', 'VI', '0424', 'Titolare'],
  ['Edilcasa Costruzioni S.p.A.', 'Imprese edili', 'Schio', '36015', 'VI', '0445', 'Responsabile acquisti'],
  ['F.lli Dalla Costa S.n.c.', 'Installatori', 'Thiene', '36016', 'VI', '0445', 'Socio'],
  ['Idrotecnica Veneta S.r.l.', 'Rivenditori', 'Padova', '35129', 'PD', '049', 'Ufficio acquisti'],
  ['Clima Service di Marchetto Luca', 'Installatori', 'Arzignano', '36071', 'VI', '0444', 'Titolare'],
  ['Bagno Design S.r.l.', 'Showroom', 'Verona', '37135', 'VR', '045', 'Amministratore'],
  ['Impianti Berica S.r.l.s.', 'Installatori', 'Vicenza', '36100', 'VI', '0444', 'Tecnico'],
]
const ahFirm = (c) => row(AH_FIRMS, +c.id % 7)

// ---------------------------------------------------------------- DIYTicket: a Bologna theatre association
const DT_EV = ['Sei personaggi in cerca d\'autore', 'Serata di improvvisazione teatrale', 'Concerto di Natale — Coro Euridice', 'Rassegna Teatro Ragazzi: Pinocchio', 'Stand-up comedy night']
const DT_TIP = [['Intero', 15], ['Ridotto under 26', 10], ['Ridotto soci', 8], ['Intero', 15], ['Omaggio', 0], ['Ridotto over 65', 10]]
const dtTip = (o) => row(DT_TIP, n(o) % 6)
const dtFee = (p) => (p === 0 ? 0 : Math.round((0.99 + p * 0.05) * 100) / 100)

// ---------------------------------------------------------------- Bedzzle: a 3-star hotel in Rimini
const BZ_CH = ['Booking.com', 'Sito web', 'Expedia', 'Telefono', 'Booking.com', 'Email']
const BZ_ROOM = [['Doppia Standard', 78], ['Doppia Vista Mare', 96], ['Tripla', 105], ['Quadrupla Family', 128], ['Singola', 55], ['Doppia Vista Mare', 96]]
const BZ_TR = ['BB', 'HB', 'FB', 'HB', 'BB', 'All Inclusive']
const bzN = (o) => 2 + (n(o) % 6)
const bzAmount = (o) => row(BZ_ROOM, n(o) % 6)[1] * bzN(o)
const bzStatus = (o) => row(['Confermata', 'Check-out', 'Check-out', 'Cancellata', 'Confermata', 'In casa', 'Check-out', 'Opzione'], n(o) % 8)

// ---------------------------------------------------------------- Fatture e Corrispettivi: a Padua IT-consulting firm
const FC_CLIENTS = [['Farmacia Comunale Selvazzano S.r.l.', '04215380287'], ['Studio Dentistico Associato Rizzo', '03911520289'], ['Calzaturificio Brenta S.p.A.', '00887340282'], ['Comune di Vigonza', '80009670284'], ['Autotrasporti Pegoraro S.r.l.', '02749160287'], ['Hotel Terme Abano S.r.l.', '01322990281']]
const fcImp = (o) => 180 + (n(o) * 37) % 4800

export const SETS = [
  // ---------------------------------------------------------------- France: club ticketing (E)
  { name: 'shotgun-export-participants-fr', product: 'Shotgun (Paris ticketing platform for clubs and festivals; Smartboard > Événement > Participants > Exporter (CSV), one row per ticket, French UI, a Marseille electronic-music club)', family: 'events', language: 'fr', schema: E, cols: [
    ['ID billet', (c, o) => String(18000000 + (n(o) * 131) % 9000000), ['_id']],
    ['N° de commande', (c, o) => String(7400000 + (n(o) * 17) % 600000), [OR('purchaseID')]],
    ['Événement', (c, o) => row(SG_EV, n(o) % 6)[0], [], opt],
    ["Date de l'événement", (c, o) => { const p = cet(o.at + (3 + n(o) % 40) * day); return `${dmy(p, '/')} 23:00` }, [], opt],
    ['Tarif', (c, o) => sgTar(o)[0], [PL('name')], opt],
    ['Prix', (c, o) => dec(sgTar(o)[1]), [PL('priceTotal')]],
    ['Frais de service', (c, o) => dec(sgFee(sgTar(o)[1])), []],
    ['Total payé', (c, o) => dec(sgTar(o)[1] + sgFee(sgTar(o)[1])), [OR('priceTotal')]],
    ['Statut', (c, o) => sgStatus(o), []],
    ['Prénom', (c) => loc(c, 'fr').first, []],
    ['Nom', (c) => loc(c, 'fr').last, []],
    ['Email', (c) => loc(c, 'fr').email, EMAIL_ID, opt],
    ['Téléphone', (c, o) => (n(o) % 3 === 0 ? '' : `+33 ${loc(c, 'fr').mobile.slice(1)}`), PHONE_ID, opt],
    ['Date de naissance', (c) => dmy(bd(Math.max(c.birth, Date.UTC(1975, 0, 1) + (+c.id % 9000) * day)), '/'), []],
    ['Genre', (c) => (loc(c, 'fr').female ? 'Femme' : 'Homme'), []],
    ['Code postal', (c) => loc(c, 'fr').zip, [BILL('postalCode')], opt],
    ['Ville', (c) => loc(c, 'fr').city, [BILL('city')], opt],
    ["Date d'achat", (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Canal de vente', (c, o) => row(['App Shotgun', 'Site web', 'App Shotgun', 'Lien privé', 'Guichet'], n(o) % 5), [], opt],
    ['Code promo', (c, o) => (n(o) % 7 === 0 ? 'CREW20' : ''), ['commerce.promotionID']],
    ['Moyen de paiement', (c, o) => row(['Carte bancaire', 'Apple Pay', 'Carte bancaire', 'Google Pay', 'Carte bancaire'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Scanné', (c, o) => (sgStatus(o) === 'Valide' && n(o) % 4 !== 0 ? 'Oui' : 'Non'), []],
    ["Opt-in organisateur", (c, o) => (n(o) % 3 === 1 ? 'Non' : 'Oui'), []],
  ] },
  // ---------------------------------------------------------------- Québec: issue tracker used as a support desk (E)
  { name: 'redmine-demandes-export-csv-qc-fr', product: 'Redmine 5 (self-hosted issue tracker run as a help desk; Demandes > Options (toutes les colonnes) > CSV, one row per issue, French UI, a Québec City point-of-sale software vendor\'s client-support project)', family: 'support', language: 'fr', schema: E, cols: [
    ['#', (c, o) => String(20000 + (n(o) * 7) % 9000), ['_id']],
    ['Projet', (c, o) => row(['Soutien clients', 'Soutien clients', 'Soutien clients — Restauration', 'Soutien clients'], n(o) % 4), []],
    ['Tracker', (c, o) => row(RM_TR, n(o) % 5), []],
    ['Tâche parente', (c, o) => (n(o) % 9 === 0 ? String(19000 + (n(o) * 3) % 900) : ''), []],
    ['Statut', (c, o) => row(RM_ST, n(o) % 7), []],
    ['Priorité', (c, o) => row(['Normal', 'Normal', 'Haut', 'Urgent', 'Bas', 'Normal'], n(o) % 6), []],
    ['Sujet', (c, o) => row(RM_SUBJ, n(o) % 7), []],
    ['Auteur', (c, o) => (n(o) % 3 === 0 ? row(RM_AGENTS, n(o) % 4) : 'Portail client'), []],
    ['Assigné à', (c, o) => row(RM_AGENTS, (n(o) + 1) % 5), []],
    ['Mis-à-jour', (c, o) => dt(est(o.at + (1 + n(o) % 12) * day)), []],
    ['Catégorie', (c, o) => row(['Matériel', 'Logiciel caisse', 'Paiements', 'Rapports', 'Comptabilité'], n(o) % 5), []],
    ['Version cible', (c, o) => (row(RM_TR, n(o) % 5) === 'Demande de support' ? '' : row(['7.4.2', '7.5.0', '8.0'], n(o) % 3)), []],
    ['Début', (c, o) => dmy(est(o.at), '/'), [], opt],
    ['Echéance', (c, o) => (n(o) % 4 === 0 ? dmy(est(o.at + 5 * day), '/') : ''), []],
    ['Temps estimé', (c, o) => (n(o) % 3 === 0 ? dec(0.5 * (1 + n(o) % 8)) : ''), []],
    ['Temps passé', (c, o) => dec(0.25 * (n(o) % 13)), []],
    ['% réalisé', (c, o) => String(row(RM_ST, n(o) % 7) === 'Fermé' || row(RM_ST, n(o) % 7) === 'Résolu' ? 100 : 10 * (n(o) % 8)), []],
    ['Créé', (c, o) => dt(est(o.at)), ['timestamp']],
    ['Fermé', (c, o) => (row(RM_ST, n(o) % 7) === 'Fermé' ? dt(est(o.at + (2 + n(o) % 12) * day)) : ''), []],
    ['Client', (c, o) => row(RM_STORES, +c.id % 7), []],
    ['Courriel du demandeur', (c) => loc(c, 'qc').email, EMAIL_ID],
    ['Téléphone du demandeur', (c) => loc(c, 'qc').mobile, PHONE_ID, opt],
    ['No de licence', (c) => `PDV-${pad(+c.id % 100000, 5)}`, []],
    ['Privée', (c, o) => (n(o) % 10 === 0 ? 'Oui' : 'Non'), []],
    ['Description', (c, o) => row(['Bonjour, depuis ce matin la caisse 2 affiche une erreur au démarrage.', 'Le client demande une formation pour le nouveau module.', 'Voir capture d\'écran jointe.', 'Problème récurrent chaque lundi matin.'], n(o) % 4), []],
  ] },
  // ---------------------------------------------------------------- France: hotel PMS reservations (E)
  { name: 'misterbooking-liste-reservations-fr', product: 'Misterbooking (French hotel PMS; Réservations > Liste des réservations > Export Excel, one row per reservation, French UI, a 28-room hotel in Annecy)', family: 'booking', language: 'fr', schema: E, cols: [
    ['N° résa', (c, o) => String(100000 + (n(o) * 29) % 90000), ['_id', OR('purchaseID')]],
    ['Date de création', (c, o) => dt(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Origine', (c, o) => row(MB_ORIG, n(o) % 6)[0], [], opt],
    ['Réf. origine', (c, o, r) => (row(MB_ORIG, n(o) % 6)[0] === 'Booking.com' ? String(v.int(r, 2000000000, 4999999999)) : row(MB_ORIG, n(o) % 6)[0] === 'Expedia' ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
    ['Statut', (c, o) => mbStatus(o), []],
    ['Arrivée', (c, o) => dmy(cet(o.at + (7 + n(o) % 120) * day), '/'), [], opt],
    ['Départ', (c, o) => dmy(cet(o.at + (7 + n(o) % 120 + mbN(o)) * day), '/'), [], opt],
    ['Nuits', (c, o) => String(mbN(o)), []],
    ['Chambre', (c, o) => (mbStatus(o) === 'Annulée' ? '' : String(100 * (1 + n(o) % 3) + 1 + n(o) % 9)), []],
    ['Type de chambre', (c, o) => row(MB_ROOM, n(o) % 6)[0], [PL('name')]],
    ['Tarif', (c, o) => row(MB_RATE, n(o) % 6), []],
    ['Adultes', (c, o) => String(row(MB_ROOM, n(o) % 6)[0] === 'Single' ? 1 : 2), []],
    ['Enfants', (c, o) => String(row(MB_ROOM, n(o) % 6)[0] === 'Familiale' ? 2 : 0), []],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => loc(c, 'fr').last.toUpperCase(), []],
    ['Prénom', (c) => loc(c, 'fr').first, []],
    ['Email', (c, o) => (row(MB_ORIG, n(o) % 6)[0] === 'Booking.com' ? `${slug(loc(c, 'fr').first)}${slug(loc(c, 'fr').last).slice(0, 3)}.${v.alnum(v.rng(n(o)), 6).toLowerCase()}@guest.booking.com` : loc(c, 'fr').email), EMAIL_ID, opt],
    ['Téléphone', (c) => `+33 ${loc(c, 'fr').mobile.slice(1)}`, PHONE_ID, opt],
    ['Pays', (c, o) => row(['France', 'France', 'Suisse', 'France', 'Belgique', 'Allemagne', 'France'], n(o) % 7), [BILL('country')], opt],
    ['Montant hébergement', (c, o) => dec(mbAmount(o)), [PL('priceTotal')], opt],
    ['Extras', (c, o) => dec(n(o) % 3 === 0 ? 19 * mbN(o) : 0), []],
    ['Taxe de séjour', (c, o) => dec(1.65 * mbN(o) * (row(MB_ROOM, n(o) % 6)[0] === 'Single' ? 1 : 2)), [], opt],
    ['Montant total TTC', (c, o) => dec(mbAmount(o) + (n(o) % 3 === 0 ? 19 * mbN(o) : 0)), [OR('priceTotal')]],
    ['Acompte versé', (c, o) => dec(row(MB_RATE, n(o) % 6) === 'Non remboursable' ? mbAmount(o) : n(o) % 2 ? mbAmount(o) * 0.3 : 0), [OR('payments[0].paymentAmount')], opt],
    ["Date d'annulation", (c, o) => (mbStatus(o) === 'Annulée' ? dmy(cet(o.at + (2 + n(o) % 5) * day), '/') : ''), [OR('cancelDate')]],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'Arrivée tardive vers 22h', 'Lit bébé demandé', 'Parking réservé', 'Anniversaire de mariage']), []],
  ] },
  // ---------------------------------------------------------------- France: therapists' booking site, patient file (P)
  { name: 'resalib-export-patients-fr', product: 'Resalib (French online booking for therapists and wellness practitioners; Mon agenda > Mes patients > Exporter (CSV), one row per patient, French UI, an osteopath in Toulouse)', family: 'booking', language: 'fr', schema: P, cols: [
    ['N° patient', (c) => String(300000 + (+c.id * 7) % 600000), ['_id', 'personID']],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => loc(c, 'fr').last, ['person.name.lastName']],
    ['Prénom', (c) => loc(c, 'fr').first, ['person.name.firstName']],
    ['Nom de naissance', (c, o) => (loc(c, 'fr').female && n(o) % 3 === 0 ? row(LOC.fr.last, n(o) % 14) : ''), []],
    ['Date de naissance', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Email', (c, o) => (n(o) % 8 === 0 ? '' : loc(c, 'fr').email), ['personalEmail.address']],
    ['Téléphone portable', (c) => loc(c, 'fr').mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (n(o) % 4 === 0 ? frFixed(r, '05') : ''), ['homePhone.number']],
    ['Adresse', (c, o) => (n(o) % 5 === 0 ? '' : loc(c, 'fr').street), at(HOME, 'street1')],
    ["Complément d'adresse", (c, o) => (n(o) % 6 === 1 ? `Résidence Les Tilleuls, bât. ${'ABC'[n(o) % 3]}` : ''), at(HOME, 'street2')],
    ['Code postal', (c, o) => (n(o) % 5 === 0 ? '' : loc(c, 'fr').zip), at(HOME, 'postalCode')],
    ['Ville', (c, o) => (n(o) % 5 === 0 ? '' : loc(c, 'fr').city), at(HOME, 'city')],
    ['Profession', (c, o) => row(['Infirmière', 'Enseignant', 'Développeur', 'Retraité', '', 'Commerciale', 'Étudiant'], n(o) % 7), []],
    ['Médecin traitant', (c, o) => row(['Dr Castan', '', 'Dr Vidal', 'Dr Bonnet', ''], n(o) % 5), []],
    ['Comment nous avez-vous connu ?', (c, o) => row(['Resalib', 'Bouche à oreille', 'Google', 'Resalib', 'Médecin'], n(o) % 5), []],
    ['Premier rendez-vous', (c) => dmy(bd(c.created), '/'), [], opt],
    ['Dernier rendez-vous', (c) => dmy(bd(later(c)), '/'), [], opt],
    ['Nombre de rendez-vous', (c, o) => String(1 + (n(o) * 3) % 14), []],
    ['Rendez-vous non honorés', (c, o) => String(n(o) % 7 === 0 ? 1 : 0), []],
    ['Rappels SMS', (c, o) => (n(o) % 5 === 0 ? 'Non' : 'Oui'), []],
    ['Remarques', (c, o, r) => v.pick(r, ['', '', '', 'Suivi post-partum', 'Lombalgie chronique', 'Sportif (trail)', 'Vient avec son fils']), []],
  ] },
  // ---------------------------------------------------------------- Belgium: retail loyalty platform's members (P)
  { name: 'mobivi-export-porteurs-carte-be-fr', product: 'Mobivi (French loyalty and CRM platform for retail networks; Back-office > Clients > Exporter (CSV), one row per loyalty member, French UI, a chain of bakeries in Wallonia and Brussels)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['N° carte', (c) => `2${pad(+c.id * 37 % 100000000000, 11)}`, CARD],
    ['Code client', (c) => `CL${pad(+c.id % 1000000, 6)}`, ['_id', 'personID']],
    ['Civilité', (c) => (loc(c, 'be').female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'be').first, ['person.name.firstName']],
    ['Nom', (c) => loc(c, 'be').last, ['person.name.lastName']],
    ['Email', (c, o) => (n(o) % 6 === 0 ? '' : loc(c, 'be').email), ['personalEmail.address']],
    ['Mobile', (c) => loc(c, 'be').mobile, ['mobilePhone.number']],
    ['Date de naissance', (c, o) => (n(o) % 4 === 0 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Adresse', (c) => loc(c, 'be').street, at(HOME, 'street1')],
    ['Code postal', (c) => loc(c, 'be').zip, at(HOME, 'postalCode')],
    ['Ville', (c) => loc(c, 'be').city, at(HOME, 'city')],
    ['Pays', () => 'Belgique', at(HOME, 'country')],
    ["Magasin d'inscription", (c) => row(MV_SHOPS, +c.id % 6), []],
    ["Date d'inscription", (c) => dmy(bd(c.created), '/'), ['loyalty.joinDate']],
    ['Statut carte', (c, o) => (n(o) % 15 === 0 ? 'Bloquée' : 'Active'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Niveau', (c, o) => row(['Classique', 'Classique', 'Gourmand', 'Classique', 'Gourmand+'], n(o) % 5), ['loyalty.tier']],
    ['Solde points', (c, o) => String((n(o) * 7) % 480), ['loyalty.points']],
    ['Points cumulés', (c, o) => String((n(o) * 7) % 480 + (n(o) * 13) % 2500), ['loyalty.lifetimePoints']],
    ['Points utilisés', (c, o) => String((n(o) * 13) % 2500), ['loyalty.pointsRedeemed']],
    ['Nombre de passages', (c, o) => String(3 + (n(o) * 11) % 260), []],
    ['CA cumulé TTC', (c, o) => dec(12 + (n(o) * 19) % 2600), ['loyalty.lifetimePurchases'], opt],
    ['Panier moyen', (c, o) => dec(4.2 + (n(o) % 90) / 10), []],
    ['Dernier passage', (c) => dmy(bd(later(c)), '/'), [], opt],
    ['Optin email', (c, o) => (n(o) % 3 === 0 ? '0' : '1'), []],
    ['Optin SMS', (c, o) => (n(o) % 4 === 0 ? '1' : '0'), []],
  ] },
  // ---------------------------------------------------------------- France: company-information site's firm list (B)
  { name: 'societe-com-export-liste-entreprises-fr', product: 'Société.com (French company-information site; Recherche avancée > Exporter la liste (Excel, Société.com Pro), one row per company with its main executive, French UI, a Nantes office-furniture dealer building a prospect list)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Dénomination', (c) => scFirm(c)[0], CO],
    ['Enseigne', (c) => scFirm(c)[1], CO, opt],
    ['SIREN', (c) => siren(c), ACC, opt],
    ['SIRET (siège)', (c) => `${siren(c)}000${pad(+c.id % 90 + 10)}`, []],
    ['Forme juridique', (c) => scFirm(c)[4], []],
    ['Code NAF', (c) => scFirm(c)[2], []],
    ['Activité', (c) => scFirm(c)[3], []],
    ['Date de création', (c) => dmy({ y: 1978 + (+c.id % 45), m: 1 + (+c.id % 12), d: 1 + (+c.id % 28) }, '/'), []],
    ['Capital social', (c) => `${group(row([1000, 5000, 10000, 37000, 100000, 7622.45], +c.id % 6) | 0, ' ')} €`, []],
    ["Tranche d'effectif", (c) => row(['10 à 19 salariés', '3 à 5 salariés', '20 à 49 salariés', '6 à 9 salariés', '50 à 99 salariés'], +c.id % 5), []],
    ["Chiffre d'affaires", (c, o) => (n(o) % 4 === 0 ? '' : `${group(300000 + (+c.id * 9173) % 9000000, ' ')} €`), []],
    ['Résultat net', (c, o) => (n(o) % 4 === 0 ? '' : `${(+c.id % 7 === 0 ? '-' : '')}${group(8000 + (+c.id * 311) % 400000, ' ')} €`), []],
    ['Année des comptes', (c, o) => (n(o) % 4 === 0 ? '' : String(2021 + (+c.id % 3))), []],
    ['Adresse du siège', (c, o) => `${1 + (n(o) % 80)} ${row(['rue de Strasbourg', 'boulevard des Martyrs Nantais', 'rue du Général Buat', 'avenue Jacques Cartier', 'rue de la Fontaine'], n(o) % 5)}`, [W('street1')]],
    ['Code postal', (c) => scFirm(c)[7], [W('postalCode')]],
    ['Ville', (c) => scFirm(c)[6].toUpperCase(), [W('city')]],
    ['Département', (c) => scFirm(c)[8], STATE(['workAddress']), opt],
    ['Téléphone', (c, o, r) => (n(o) % 3 === 0 ? '' : frFixed(r, scFirm(c)[9])), ['workPhone.number'], opt],
    ['Site internet', (c) => (scFirm(c)[5] ? `www.${scFirm(c)[5]}` : ''), ['b2b.companyWebsite']],
    ['Dirigeant', (c) => `${loc(c, 'fr').first} ${loc(c, 'fr').last.toUpperCase()}`, ['person.name.fullName']],
    ['Qualité', (c) => scFirm(c)[10], ['extendedWorkDetails.jobTitle']],
    ['N° TVA intracommunautaire', (c) => `FR${pad((12 + 3 * (+siren(c) % 97)) % 97, 2)}${siren(c)}`, []],
    ['État', (c) => (+c.id % 23 === 0 ? 'Radiée' : 'Active'), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: ERP-CRM contacts (B)
  { name: 'wavesoft-crm-contacts-export-ch-fr', product: 'WaveSoft (French ERP and CRM; CRM > Contacts > Liste > Exporter (Excel), one row per contact with their company, French UI, a Lausanne building-automation integrator)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Code contact', (c) => `CT${pad(+c.id % 100000, 5)}`, B2BID],
    ['Code tiers', (c) => `C${pad((+c.id % 8) * 37 + 1000, 5)}`, ACC],
    ['Raison sociale', (c) => wsFirm(c)[0], CO],
    ['Type de tiers', (c) => wsFirm(c)[1], [], opt],
    ['Civilité', (c) => (loc(c, 'ch').female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom', (c) => loc(c, 'ch').last, ['person.name.lastName']],
    ['Prénom', (c) => loc(c, 'ch').first, ['person.name.firstName']],
    ['Fonction', (c, o) => row(['Responsable technique', 'Gérant d\'immeubles', 'Directeur', 'Chef de projet', 'Responsable des achats', 'Concierge'], n(o) % 6), ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o) => row(['Technique', 'Gérance', 'Direction', 'Projets', 'Achats', 'Exploitation'], n(o) % 6), ['extendedWorkDetails.departments[0]'], opt],
    ['Téléphone', (c, o, r) => `${loc(c, 'ch').area} ${v.int(r, 200, 989)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['workPhone.number']],
    ['Portable', (c, o) => (n(o) % 3 === 0 ? '' : loc(c, 'ch').mobile), ['mobilePhone.number']],
    ['E-mail', (c) => `${slug(loc(c, 'ch').first.split('-')[0])}.${slug(loc(c, 'ch').last)}@${wsDomain(c)}`, ['workEmail.address']],
    ['Adresse 1', (c) => loc(c, 'ch').street, [W('street1')]],
    ['Adresse 2', (c, o) => (n(o) % 5 === 0 ? `Case postale ${v.int(v.rng(n(o)), 100, 999)}` : ''), [W('street2')], opt],
    ['NPA', (c) => loc(c, 'ch').zip, [W('postalCode')]],
    ['Localité', (c) => loc(c, 'ch').city, [W('city')]],
    ['Canton', (c) => loc(c, 'ch').region, STATE(['workAddress']), opt],
    ['Pays', () => 'Suisse', [W('country')]],
    ['Langue', (c) => (loc(c, 'ch').region === 'FR' && +c.id % 2 ? 'Allemand' : 'Français'), []],
    ['Commercial', (c, o) => row(['P. Mottier', 'S. Keller', 'A. Da Silva'], n(o) % 3), []],
    ['Origine', (c, o) => row(['Salon Batimat', 'Site internet', 'Recommandation', 'Prospection téléphonique', 'Client existant'], n(o) % 5), ['b2b.personSource'], opt],
    ['Mailing autorisé', (c, o) => (n(o) % 4 === 0 ? 'Non' : 'Oui'), [], opt],
    ['Date de création', (c) => dmy(bd(c.created), '.'), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => dmy(bd(later(c)), '.'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Inactif', (c, o) => (n(o) % 12 === 0 ? 'Oui' : 'Non'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: self-service ticketing participants (E)
  { name: 'diyticket-elenco-partecipanti-it', product: 'DIYTicket (Italian self-service ticketing; Area organizzatore > Eventi > Partecipanti > Esporta (Excel), one row per ticket, Italian UI, a Bologna theatre association)', family: 'events', language: 'it', schema: E, cols: [
    ['Codice biglietto', (c, o) => `DIY${v.alnum(v.rng(n(o) * 7), 8).toUpperCase()}`, ['_id']],
    ['N. ordine', (c, o) => String(500000 + (n(o) * 23) % 400000), [OR('purchaseID')]],
    ['Evento', (c, o) => row(DT_EV, n(o) % 5), [], opt],
    ['Data evento', (c, o) => { const p = cet(o.at + (5 + n(o) % 30) * day); return `${dmy(p, '/')} 21:00` }, [], opt],
    ['Tipologia biglietto', (c, o) => dtTip(o)[0], [PL('name')], opt],
    ['Settore/Posto', (c, o) => (n(o) % 2 ? `Platea fila ${'ABCDEFGH'[n(o) % 8]} posto ${1 + n(o) % 20}` : 'Posto unico'), []],
    ['Prezzo', (c, o) => dec(dtTip(o)[1]), [PL('priceTotal')]],
    ['Diritti di prevendita', (c, o) => dec(dtFee(dtTip(o)[1])), []],
    ['Totale', (c, o) => dec(dtTip(o)[1] + dtFee(dtTip(o)[1])), [OR('priceTotal')]],
    ['Nome', (c) => loc(c, 'it').first, []],
    ['Cognome', (c) => loc(c, 'it').last, []],
    ['Email', (c) => loc(c, 'it').email, EMAIL_ID, opt],
    ['Cellulare', (c, o) => (n(o) % 4 === 0 ? '' : `+39 ${loc(c, 'it').mobile}`), PHONE_ID, opt],
    ['Data di nascita', (c) => dmy(bd(c.birth), '/'), []],
    ['Luogo di nascita', (c) => comune(c)[1], []],
    ['Data acquisto', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Metodo di pagamento', (c, o) => (dtTip(o)[1] === 0 ? '' : row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito', 'Bonifico'], n(o) % 5)), [OR('payments[0].paymentType')]],
    ['Codice sconto', (c, o) => (n(o) % 9 === 0 ? 'AMICI10' : ''), ['commerce.promotionID']],
    ['Stato', (c, o) => row(['Valido', 'Valido', 'Valido', 'Annullato', 'Valido', 'Rimborsato', 'Valido'], n(o) % 7), []],
    ['Check-in', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Sì'), []],
    ['Consenso marketing', (c, o) => (n(o) % 2 ? 'Sì' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Italy: hotel PMS reservations (E)
  { name: 'bedzzle-lista-prenotazioni-it', product: 'Bedzzle (Italian hotel PMS and booking engine; Prenotazioni > Lista prenotazioni > Esporta Excel, one row per reservation, Italian UI, a 3-star seaside hotel in Rimini)', family: 'booking', language: 'it', schema: E, cols: [
    ['ID prenotazione', (c, o) => String(80000 + (n(o) * 11) % 20000), ['_id', OR('purchaseID')]],
    ['Data prenotazione', (c, o) => dt(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Canale', (c, o) => row(BZ_CH, n(o) % 6), [], opt],
    ['ID canale', (c, o, r) => (row(BZ_CH, n(o) % 6) === 'Booking.com' ? String(v.int(r, 2000000000, 4999999999)) : row(BZ_CH, n(o) % 6) === 'Expedia' ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
    ['Stato', (c, o) => bzStatus(o), []],
    ['Arrivo', (c, o) => dmy(cet(o.at + (20 + n(o) % 100) * day), '/'), [], opt],
    ['Partenza', (c, o) => dmy(cet(o.at + (20 + n(o) % 100 + bzN(o)) * day), '/'), [], opt],
    ['Notti', (c, o) => String(bzN(o)), []],
    ['Camera', (c, o) => (bzStatus(o) === 'Cancellata' ? '' : String(100 * (1 + n(o) % 5) + 1 + n(o) % 12)), []],
    ['Tipologia camera', (c, o) => row(BZ_ROOM, n(o) % 6)[0], [PL('name')]],
    ['Trattamento', (c, o) => row(BZ_TR, n(o) % 6), []],
    ['Adulti', (c, o) => String(row(BZ_ROOM, n(o) % 6)[0] === 'Singola' ? 1 : 2), []],
    ['Bambini', (c, o) => String(row(BZ_ROOM, n(o) % 6)[0].startsWith('Quadrupla') ? 2 : row(BZ_ROOM, n(o) % 6)[0] === 'Tripla' ? 1 : 0), []],
    ['Intestatario', (c) => `${loc(c, 'it').last} ${loc(c, 'it').first}`, []],
    ['Email', (c) => loc(c, 'it').email, EMAIL_ID, opt],
    ['Telefono', (c) => `+39 ${loc(c, 'it').mobile}`, PHONE_ID, opt],
    ['Nazione', (c, o) => row(['Italia', 'Italia', 'Germania', 'Italia', 'Svizzera', 'Italia', 'Austria'], n(o) % 7), [BILL('country')], opt],
    ['Importo soggiorno', (c, o) => dec(bzAmount(o)), [PL('priceTotal')], opt],
    ['Extra', (c, o) => dec(n(o) % 3 === 0 ? 12 * bzN(o) : 0), []],
    ['Imposta di soggiorno', (c, o) => dec(1.8 * Math.min(bzN(o), 7) * (row(BZ_ROOM, n(o) % 6)[0] === 'Singola' ? 1 : 2)), [], opt],
    ['Totale', (c, o) => dec(bzAmount(o) + (n(o) % 3 === 0 ? 12 * bzN(o) : 0)), [OR('priceTotal')]],
    ['Acconto', (c, o) => dec(n(o) % 2 ? bzAmount(o) * 0.3 : 0), [OR('payments[0].paymentAmount')], opt],
    ['Saldo', (c, o) => dec(n(o) % 2 ? bzAmount(o) * 0.7 : bzAmount(o)), []],
    ['Codice promozionale', (c, o) => (n(o) % 8 === 0 ? 'ESTATE24' : ''), ['commerce.promotionID']],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Ombrellone prima fila', 'Arrivo in serata', 'Celiaco', 'Culla in camera']), []],
  ] },
  // ---------------------------------------------------------------- Italy: tax agency's e-invoice portal, issued invoices (E)
  { name: 'fatture-e-corrispettivi-fatture-emesse-it', product: 'Fatture e Corrispettivi (Agenzia delle Entrate\'s e-invoicing portal; Consultazione > Fatture elettroniche e altri dati IVA > Fatture emesse > Esporta (CSV), one row per invoice, Italian UI, a Padua IT-consulting firm)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo fattura', (c, o) => (n(o) % 13 === 0 ? 'Nota di credito' : 'Fattura'), []],
    ['Tipo documento', (c, o) => (n(o) % 13 === 0 ? 'TD04 - Nota di credito' : 'TD01 - Fattura'), [OR('orderType')], opt],
    ['Numero fattura / Documento', (c, o) => `${1 + (n(o) % 420)}/${bd(o.at).y}`, [OR('purchaseID'), '_id']],
    ['Data emissione', (c, o) => dmy(cet(o.at), '/'), ['timestamp', OR('createdDate')]],
    ['Identificativo SDI', (c, o) => String(9000000000 + (n(o) * 7919) % 999999999), [], opt],
    ['Partita IVA cedente/prestatore', () => 'IT04873620283', []],
    ['Denominazione cedente/prestatore', () => 'NORDEST SISTEMI INFORMATICI S.R.L.', []],
    ['Partita IVA cessionario/committente', (c, o) => (row(FC_CLIENTS, n(o) % 6)[1].startsWith('8') ? '' : `IT${row(FC_CLIENTS, n(o) % 6)[1]}`), []],
    ['Codice fiscale cessionario/committente', (c, o) => row(FC_CLIENTS, n(o) % 6)[1], []],
    ['Denominazione cessionario/committente', (c, o) => row(FC_CLIENTS, n(o) % 6)[0].toUpperCase(), []],
    ['Imponibile/Importo (totale in euro)', (c, o) => dec(fcImp(o)), [], opt],
    ['Imposta (totale in euro)', (c, o) => dec(fcImp(o) * 0.22), [OR('taxAmount')]],
    ['Esigibilità IVA', (c, o) => (row(FC_CLIENTS, n(o) % 6)[1].startsWith('8') ? 'S - scissione dei pagamenti' : 'I - immediata'), []],
    ['Bollo virtuale', () => 'NO', []],
    ['Data trasmissione', (c, o) => dmy(cet(o.at + day), '/'), [], opt],
    ['Data consegna', (c, o) => (n(o) % 9 === 0 ? '' : dmy(cet(o.at + day), '/')), []],
    ['Stato', (c, o) => (n(o) % 9 === 0 ? 'Non consegnata - messa a disposizione' : n(o) % 25 === 0 ? 'Scartata' : 'Consegnata'), []],
    ['Totale documento', (c, o) => dec(fcImp(o) * 1.22), [OR('priceTotal')]],
  ] },
  // ---------------------------------------------------------------- Italy: hotel program's guest register (P)
  { name: 'ericsoft-anagrafica-clienti-esporta-it', product: 'Ericsoft Hotel (Italian hotel management software; Anagrafiche > Clienti > Esporta (Excel), one row per guest, Italian UI, a family-run hotel on Lake Garda)', family: 'booking', language: 'it', schema: P, cols: [
    ['Codice', (c) => String(10000 + (+c.id * 3) % 90000), ['_id', 'personID']],
    ['Cognome', (c) => loc(c, 'it').last, ['person.name.lastName']],
    ['Nome', (c) => loc(c, 'it').first, ['person.name.firstName']],
    ['Sesso', (c) => (loc(c, 'it').female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Luogo di nascita', (c) => comune(c)[1], []],
    ['Cittadinanza', () => 'Italiana', ['person.nationality']],
    ['Codice fiscale', (c, o) => (n(o) % 3 === 0 ? '' : codiceFiscale(loc(c, 'it'), c)), ['person.taxId']],
    ['Tipo documento', (c, o) => row(["Carta d'identità", 'Patente di guida', 'Passaporto', "Carta d'identità"], n(o) % 4), []],
    ['Numero documento', (c, o, r) => (n(o) % 4 === 2 ? `YA${v.int(r, 1000000, 9999999)}` : `CA${v.int(r, 10000, 99999)}${v.alnum(r, 2).toUpperCase()}`), []],
    ['Indirizzo', (c) => loc(c, 'it').street, at(HOME, 'street1')],
    ['CAP', (c) => loc(c, 'it').zip, at(HOME, 'postalCode')],
    ['Comune', (c) => loc(c, 'it').city, at(HOME, 'city')],
    ['Provincia', (c) => loc(c, 'it').region, STATE(HOME)],
    ['Nazione', () => 'Italia', at(HOME, 'country')],
    ['Telefono', (c, o, r) => (n(o) % 3 === 0 ? `${loc(c, 'it').area} ${v.int(r, 200000, 9999999)}` : ''), ['homePhone.number']],
    ['Cellulare', (c) => loc(c, 'it').mobile, ['mobilePhone.number']],
    ['E-mail', (c, o) => (n(o) % 7 === 0 ? '' : loc(c, 'it').email), ['personalEmail.address']],
    ['Lingua', () => 'Italiano', []],
    ['N. soggiorni', (c, o) => String(1 + (n(o) % 9)), []],
    ['Ultimo soggiorno', (c) => dmy(bd(later(c)), '/'), [], opt],
    ['Totale speso', (c, o) => dec(240 + (n(o) * 41) % 6200), ['loyalty.lifetimePurchases'], opt],
    ['Consenso marketing', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Sì'), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Cliente abituale, camera 204', 'Allergico ai crostacei', 'Viaggia con cane', 'Preferisce piano alto']), []],
  ] },
  // ---------------------------------------------------------------- Italy: ERP customer list (B)
  { name: 'adhoc-revolution-elenco-clienti-it', product: 'ad hoc Revolution (Zucchetti ERP; Archivi > Clienti > Stampa elenco > Esporta su Excel, one row per customer with its reference person, Italian UI, a Vicenza wholesale distributor of plumbing and heating supplies)', family: 'b2b', language: 'it', schema: B, cols: [
    ['Codice cliente', (c) => pad(1200 + (+c.id % 7) * 37, 6), ACC],
    ['Ragione sociale', (c) => ahFirm(c)[0], CO],
    ['Indirizzo', (c, o) => `${row(['Via dell\'Industria', 'Viale del Lavoro', 'Via Roma', 'Via Marosticana', 'Zona Industriale Via Lago di Garda'], n(o) % 5)}, ${1 + n(o) % 90}`, [W('street1')]],
    ['CAP', (c) => ahFirm(c)[3], [W('postalCode')]],
    ['Località', (c) => ahFirm(c)[2], [W('city')]],
    ['Provincia', (c) => ahFirm(c)[4], STATE(['workAddress'])],
    ['Nazione', () => 'IT', [W('countryCode')]],
    ['Partita IVA', (c) => piva(+c.id % 7 + 11), []],
    ['Codice fiscale', (c) => piva(+c.id % 7 + 11), []],
    ['Telefono', (c, o, r) => `${ahFirm(c)[5]} ${v.int(r, 200000, 999999)}`, ['workPhone.number'], opt],
    ['Fax', (c, o, r) => (n(o) % 3 === 0 ? `${ahFirm(c)[5]} ${v.int(r, 200000, 999999)}` : ''), ['faxPhone.number']],
    ['E-mail', (c) => `info@${slug(ahFirm(c)[0].split(' ')[0] + ahFirm(c)[0].split(' ')[1])}.it`, ['workEmail.address'], opt],
    ['PEC', (c) => `${slug(ahFirm(c)[0].split(' ')[0] + ahFirm(c)[0].split(' ')[1])}@pec.it`, []],
    ['Sito internet', (c, o) => (n(o) % 3 === 1 ? '' : `www.${slug(ahFirm(c)[0].split(' ')[0] + ahFirm(c)[0].split(' ')[1])}.it`), ['b2b.companyWebsite']],
    ['Persona di riferimento', (c) => `${loc(c, 'it').first} ${loc(c, 'it').last}`, ['person.name.fullName']],
    ['Ruolo', (c) => ahFirm(c)[6], ['extendedWorkDetails.jobTitle']],
    ['Cellulare referente', (c) => loc(c, 'it').mobile, ['mobilePhone.number']],
    ['E-mail referente', (c) => `${slug(loc(c, 'it').first)}.${slug(loc(c, 'it').last)}@${slug(ahFirm(c)[0].split(' ')[0] + ahFirm(c)[0].split(' ')[1])}.it`, ['workEmail.address']],
    ['Categoria commerciale', (c) => ahFirm(c)[1], []],
    ['Zona', (c) => (ahFirm(c)[4] === 'VI' ? 'Vicenza' : 'Fuori provincia'), []],
    ['Agente', (c, o) => row(['001 - Dal Santo Giorgio', '002 - Pozza Elisa', '003 - Tessaro Marco'], n(o) % 3), []],
    ['Pagamento', (c, o) => row(['RB 60 gg f.m.', 'Bonifico 30 gg d.f.', 'RB 30/60 gg f.m.', 'Rimessa diretta'], n(o) % 4), []],
    ['Listino', (c) => row(['Listino installatori', 'Listino rivenditori', 'Listino imprese'], +c.id % 3), []],
    ['Codice destinatario', (c, o) => row(['M5UXCR1', 'KRRH6B9', 'SUBM70N', '0000000', 'T04ZHR3'], n(o) % 5), []],
    ['Data inserimento', (c) => dmy(bd(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
