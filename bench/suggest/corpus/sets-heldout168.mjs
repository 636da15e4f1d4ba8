// Round 68, heldout168: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French, Italian and Spanish exports, headers in the product's UI
// language: a French B2B prospecting database's lead list with its decision makers (Societeinfo, France); a Belgian
// doctor-booking platform's appointment agenda (Doctoranytime, Belgium); a Swiss football-club management service's
// member list (Footgestion, Suisse romande); a Quebec donor-management software's donation transactions (Prodon,
// Québec) (fr 4); an Italian hotel channel manager's reservation search export (WuBook), an Italian SMS-marketing
// platform's sent-message report (Ubiquity), an Italian electronic school register's pupil registry (Nuvola) and an
// Italian marketing CRM's contacts (Delera) (it 4); a Spanish hotel booking engine's reservations (Neobookings), a
// Spanish payment provider's transaction report (Universal Pay), a Spanish shop-loyalty app's customers (Tokapp) and a
// Spanish CRM's contacts (Distrito K) (es 4). E 6, P 3, B 3.
// Headers are written from each product's documentation where it describes the export (WuBook, Prodon, Footgestion)
// and otherwise from the writer's knowledge of the product; no public page listed an exact header.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
// local clocks: France, Belgium, Switzerland, Italy and Spain +1 with summer time; Quebec -5 with summer time
// (both approximated by values.local)
const cet = (ms) => local(ms, 1)
const qct = (ms) => local(ms, -5)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 8, span = 11) => { const H = local(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5a17c0de); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const D = {
  be: { m: ['Maxime', 'Nicolas', 'Thomas', 'Julien', 'Olivier', 'Antoine', 'Quentin', 'Cédric'], f: ['Aurélie', 'Marie', 'Laura', 'Charlotte', 'Sophie', 'Julie', 'Émilie', 'Céline'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Collard', 'Leclercq', 'Dumont', 'Jacobs', 'Willems', 'Goossens'],
    // [localité, code postal, rue]
    places: [['Namur', '5000', 'Rue de Fer'], ['Jambes', '5100', 'Avenue Jean Materne'], ['Bruxelles', '1000', 'Rue Haute'], ['Ixelles', '1050', 'Chaussée de Boondael'], ['Gembloux', '5030', 'Rue Théo Toussaint'], ['Wavre', '1300', 'Rue du Commerce'], ['Louvain-la-Neuve', '1348', 'Place de l\'Université'], ['Dinant', '5500', 'Rue Grande'], ['Andenne', '5300', 'Rue Brun']],
    mail: ['gmail.com', 'skynet.be', 'hotmail.com', 'outlook.be', 'proximus.be', 'live.be'] },
  ch: { m: ['Luca', 'Noah', 'Loïc', 'Yannick', 'Kevin', 'Mathieu', 'Samuel', 'Dylan', 'Gaël', 'Nathan'], f: ['Léa', 'Chloé', 'Zoé', 'Mélanie', 'Sarah', 'Jessica', 'Aline', 'Valérie'],
    last: ['Favre', 'Rochat', 'Pittet', 'Cuendet', 'Bonvin', 'Perrin', 'Jaccard', 'Mottier', 'Chappuis', 'Berset', 'Gachoud', 'Monnier', 'Rey', 'da Silva', 'Gashi'],
    // [localité, NPA, canton, rue]
    places: [['Yverdon-les-Bains', '1400', 'VD', 'Rue du Lac'], ['Yverdon-les-Bains', '1400', 'VD', 'Avenue des Bains'], ['Grandson', '1422', 'VD', 'Rue Basse'], ['Yvonand', '1462', 'VD', 'Route de Cheseaux'], ['Orbe', '1350', 'VD', 'Rue Centrale'], ['Montagny-près-Yverdon', '1442', 'VD', 'Chemin des Vergers'], ['Estavayer-le-Lac', '1470', 'FR', 'Grand-Rue'], ['Sainte-Croix', '1450', 'VD', 'Rue Neuve']],
    mail: ['bluewin.ch', 'gmail.com', 'hotmail.com', 'sunrise.ch', 'hispeed.ch', 'gmx.ch'] },
  qc: { m: ['Jean-François', 'Marc-André', 'Sylvain', 'Mathieu', 'Benoît', 'Éric', 'Luc', 'Pierre-Luc', 'Réjean', 'Gilles'], f: ['Marie-Ève', 'Isabelle', 'Geneviève', 'Nathalie', 'Josée', 'Annie', 'Chantal', 'Mélanie', 'Francine', 'Sylvie'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron'],
    // [ville, code postal, rue, indicatif]
    places: [['Sherbrooke', 'J1H 1Z4', 'rue King Ouest', '819'], ['Sherbrooke', 'J1J 2E4', 'boulevard de Portland', '819'], ['Magog', 'J1X 2E8', 'rue Principale Ouest', '819'], ['Granby', 'J2G 3V6', 'rue Dufferin', '450'], ['Montréal', 'H2J 2L1', 'avenue du Mont-Royal Est', '514'], ['Coaticook', 'J1A 1X7', 'rue Child', '819'], ['Lennoxville', 'J1M 1K6', 'rue Queen', '819'], ['Québec', 'G1R 2L3', 'rue Saint-Jean', '418']],
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'sympatico.ca', 'live.ca'] },
}
const memo = new Map()
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), d = D[cc]
  const female = r() < 0.55
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const pl = v.pick(r, d.places)
  const email = `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  const p = { female, first, last, full: `${first} ${last}`, email, r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 140) }
  if (cc === 'be') return { ...p, city: pl[0], zip: pl[1], street: `${pl[2]} ${p.no}`, mobile: `+32 4${v.pick(r, ['70', '75', '77', '78', '86', '95'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  if (cc === 'ch') return { ...p, city: pl[0], zip: pl[1], canton: pl[2], street: `${pl[3]} ${p.no % 60 + 1}`,
    mobile: `07${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, land: `024 4${v.int(r, 20, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  return { ...p, city: pl[0], zip: pl[1], street: `${v.int(r, 12, 4999)}, ${pl[2]}`, phone: `${pl[3]} ${v.int(r, 200, 899)}-${pad(v.int(r, 0, 9999), 4)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }

// ---------------------------------------------------------------- 1. Societeinfo lead list (France, B)
// French SMEs that a Lyon HR-software vendor prospects: [raison sociale, enseigne, SIREN, NAF, libellé NAF, forme, rue, CP, ville, département, région, standard, site, effectif, CA, création]
const SI_FIRMS = [
  ['TRANSPORTS GIRAUD ET FILS', 'Giraud Logistique', '412 873 559', '49.41B', 'Transports routiers de fret de proximité', 'SAS', '14 rue des Frères Lumière', '69330', 'Meyzieu', 'Rhône', 'Auvergne-Rhône-Alpes', '04 78 31 22 90', 'www.giraud-logistique.fr', '50 à 99 salariés', 11400000, '1997-03-12'],
  ['BOULANGERIES MAISON PERRIN', 'Maison Perrin', '528 114 306', '10.71C', 'Boulangerie et boulangerie-pâtisserie', 'SARL', '3 place Bellecour', '69002', 'Lyon', 'Rhône', 'Auvergne-Rhône-Alpes', '04 72 40 18 65', 'www.maison-perrin.fr', '20 à 49 salariés', 3100000, '2010-11-02'],
  ['CLINIQUE VÉTÉRINAIRE DES ALPES', 'VetAlpes', '803 552 917', '75.00Z', 'Activités vétérinaires', 'SELARL', '27 avenue Alsace-Lorraine', '38000', 'Grenoble', 'Isère', 'Auvergne-Rhône-Alpes', '04 76 46 09 33', 'www.vetalpes.fr', '10 à 19 salariés', 1850000, '2014-06-20'],
  ['MECA-PRECISION DU FOREZ', 'MPF', '389 402 771', '25.62B', 'Mécanique industrielle', 'SAS', 'ZI du Bas Rollet, 8 rue Benoît Fourneyron', '42160', 'Andrézieux-Bouthéon', 'Loire', 'Auvergne-Rhône-Alpes', '04 77 55 71 20', 'www.mpf-usinage.fr', '100 à 199 salariés', 24600000, '1992-09-01'],
  ['AGENCE DIGITALE KOALA', 'Koala Studio', '841 209 664', '73.11Z', 'Activités des agences de publicité', 'SAS', '52 quai Rambaud', '69002', 'Lyon', 'Rhône', 'Auvergne-Rhône-Alpes', '09 72 55 30 14', 'www.koala-studio.fr', '20 à 49 salariés', 2700000, '2018-07-16'],
  ['HÔTELLERIE SAVOIE MONT-BLANC', 'Hôtels Les Aiguilles', '450 661 238', '55.10Z', 'Hôtels et hébergement similaire', 'SA', '110 route du Bouchet', '74400', 'Chamonix-Mont-Blanc', 'Haute-Savoie', 'Auvergne-Rhône-Alpes', '04 50 53 14 88', 'www.hotels-aiguilles.com', '50 à 99 salariés', 8900000, '2003-12-08'],
  ['PHARMACIE CENTRALE DE VALENCE', '', '498 337 105', '47.73Z', 'Commerce de détail de produits pharmaceutiques en magasin spécialisé', 'SELAS', '12 Grande Rue', '26000', 'Valence', 'Drôme', 'Auvergne-Rhône-Alpes', '04 75 43 02 11', '', '10 à 19 salariés', 4200000, '2007-05-30'],
]
const SI_ROLES = [['Directeur général', 'Direction générale'], ['Directrice des ressources humaines', 'Ressources humaines'], ['Responsable paie', 'Ressources humaines'], ['Directeur administratif et financier', 'Finance'], ['Gérant', 'Direction générale'], ['Chargée de recrutement', 'Ressources humaines'], ['Président', 'Direction générale']]
const siFirm = (c) => row(SI_FIRMS, n(c) % SI_FIRMS.length)
const siRole = (c) => row(SI_ROLES, (n(c) >> 2) % SI_ROLES.length)
const siDomain = (c) => (siFirm(c)[12] ? siFirm(c)[12].replace(/^www\./, '') : 'orange.fr')
const siMail = (c) => (siFirm(c)[12] ? `${ascii(siFirst(c))}.${ascii(c.last)}@${siDomain(c)}` : `pharmacie.centrale.valence@orange.fr`)
const siMailQ = (c) => (n(c) % 7 === 3 ? '' : row(['Valide', 'Valide', 'Valide', 'Catch-all', 'Valide', 'Risqué'], n(c) % 6))
const siFemale = (c) => /rice|Chargée/.test(siRole(c)[0]) || (!/eur |Gérant|Président/.test(siRole(c)[0]) && n(c) % 2 === 1)
const siFirst = (c) => (siFemale(c) ? row(['Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Camille', 'Sandrine', 'Nathalie'], n(c) % 9) : row(['Louis', 'Hugo', 'Jules', 'Gabriel', 'Arthur', 'Théo', 'Laurent', 'Philippe'], n(c) % 8))

// ---------------------------------------------------------------- 2. Doctoranytime appointments (Belgium, E)
const dat = (c) => who(c, 'be')
const daAt = (o) => open(o.at, 1, 8, 11)
const daSlot = (o) => { const ms = daAt(o); const p = local(ms, 1); return ms - (p.M % 15) * 60000 - p.S * 1000 }
const daType = (o) => row(['Première consultation', 'Séance de kinésithérapie', 'Séance de kinésithérapie', 'Rééducation post-opératoire', 'Séance de kinésithérapie', 'Bilan postural', 'Drainage lymphatique'], n(o) % 7)
const daDur = (o) => ({ 'Première consultation': 45, 'Bilan postural': 45, 'Drainage lymphatique': 60 })[daType(o)] ?? 30
const daPrac = (o) => row(['Kin. Hélène Charlier', 'Kin. Grégory Massart', 'Kin. Hélène Charlier', 'Kin. Sarah Delvaux'], (n(o) >> 1) % 4)
const daSt = (o) => row(['Confirmé', 'Confirmé', 'Terminé', 'Terminé', 'Terminé', 'Annulé par le patient', 'Terminé', 'Absent', 'Confirmé', 'Terminé'], n(o) % 10)
const daVia = (o) => row(['Doctoranytime (web)', 'Doctoranytime (app)', 'Ajouté par le cabinet', 'Doctoranytime (web)', 'Ajouté par le cabinet'], n(o) % 5)
const daBooked = (o) => daSlot(o) - ((n(o) % 19) + 1) * day - (n(o) % 7) * 3600000 - ((n(o) * 7) % 53) * 60000 - ((n(o) * 13) % 59) * 1000
const daFee = (o) => ({ 'Première consultation': 35, 'Bilan postural': 40, 'Drainage lymphatique': 45, 'Rééducation post-opératoire': 30.5 })[daType(o)] ?? 27.5

// ---------------------------------------------------------------- 3. Footgestion members (Suisse romande, P)
const fg = (c) => who(c, 'ch')
// member's age band decides the team; juniors get a birth date that fits
const fgTeam = (c) => row(['Juniors E', 'Juniors D', 'Juniors C', 'Actifs 1', 'Actifs 2', 'Seniors 30+', 'Juniors D', 'Féminine', 'Comité', 'Membre supporter'], n(c) % 10)
const fgFn = (c) => ({ Comité: 'Membre du comité', 'Membre supporter': 'Supporter' })[fgTeam(c)] ?? (n(c) % 13 === 4 && !fgTeam(c).startsWith('Juniors') ? 'Entraîneur' : 'Joueur')
const fgBirth = (c) => {
  const base = { 'Juniors E': 2015, 'Juniors D': 2013, 'Juniors C': 2011, 'Actifs 1': 1999, 'Actifs 2': 1995, 'Seniors 30+': 1986, Féminine: 2001 }[fgTeam(c)]
  return base ? Date.UTC(base - (n(c) % 2), (n(c) >> 1) % 12, (n(c) % 27) + 1) : c.birth
}
const fgSex = (c) => (fgTeam(c) === 'Féminine' ? 'F' : fgTeam(c).startsWith('Juniors') || fgTeam(c).startsWith('Actifs') || fgTeam(c).startsWith('Seniors') ? 'M' : fg(c).female ? 'F' : 'M')
const fgFirst = (c) => (fgSex(c) === 'F' ? row(D.ch.f, n(c) % D.ch.f.length) : row(D.ch.m, n(c) % D.ch.m.length))
const fgJunior = (c) => fgTeam(c).startsWith('Juniors')
const fgNat = (c) => row(['Suisse', 'Suisse', 'Suisse', 'Portugal', 'Suisse', 'Kosovo', 'Suisse', 'Italie', 'France', 'Suisse'], (n(c) >> 1) % 10)
const fgMail = (c) => `${ascii(fgFirst(c))}${row(['.', '', '_'], n(c) % 3)}${ascii(fg(c).last)}${n(c) % 2 ? n(c) % 90 + 10 : ''}@${row(D.ch.mail, (n(c) >> 1) % 6)}`
const fgEntry = (c) => Date.UTC(Math.max(v.parts(fgBirth(c)).y + 6, 2008 + (n(c) % 15)), 7, 1 + (n(c) % 20))

// ---------------------------------------------------------------- 4. Prodon donations (Québec, E)
const pd = (c) => who(c, 'qc')
const pdYear = (o) => qct(o.at).y
const pdOcc = (o) => row([[`Campagne annuelle ${pdYear(o)}`, 'Don général'], [`Souper-bénéfice du président ${pdYear(o)}`, 'Billet souper'], [`Campagne annuelle ${pdYear(o)}`, 'Don mensuel'], [`Radiothon ${pdYear(o)}`, 'Don général'], ['In memoriam', 'Don in memoriam'], [`Campagne annuelle ${pdYear(o)}`, 'Don général'], [`Tournoi de golf ${pdYear(o)}`, 'Quatuor']], n(o) % 7)
const pdAmt = (o) => ({ 'Billet souper': 150, Quatuor: 600, 'Don mensuel': 20 })[pdOcc(o)[1]] ?? row([25, 50, 100, 40, 250, 75, 500, 30], (n(o) >> 1) % 8)
const pdElig = (o) => ({ 'Billet souper': 90, Quatuor: 340 })[pdOcc(o)[1]] ?? pdAmt(o)
const pdPay = (o) => (pdOcc(o)[1] === 'Don mensuel' ? 'Prélèvement bancaire' : row(['Visa', 'Chèque', 'MasterCard', 'Comptant', 'Visa', 'Virement Interac', 'Chèque'], n(o) % 7))
const pdOrig = (o) => (pdOcc(o)[0].startsWith('Radiothon') ? 'RADIO-CITE' : row(['PUBLIPOSTAGE-A24', 'WEB', 'COURRIEL-NOV', 'WEB', 'TELEPHONE', 'EVENEMENT'], n(o) % 6))
const $ca = (x) => `${thou(x, ' ', ',')} $`
const pdNo = (c) => 10000 + (n(c) % 8900)
const pdLot = (o) => 400 + (n(o) % 37)

// ---------------------------------------------------------------- 5. WuBook reservations (Italy, E)
const wbRoom = (o) => row([['Camera Doppia Standard', 98], ['Camera Doppia Vista Lago', 135], ['Camera Singola', 72], ['Junior Suite', 190], ['Camera Tripla', 128], ['Camera Doppia Standard', 98]], n(o) % 6)
const wbNights = (o) => 1 + (n(o) % 5)
const wbArr = (o) => o.at + (3 + (n(o) % 70)) * day
const wbChan = (o) => row(['Booking.com', 'Expedia', 'Diretta (booking engine)', 'Booking.com', 'Airbnb', 'Diretta (booking engine)', 'Booking.com'], n(o) % 7)
const wbSt = (o) => row(['Confermata', 'Confermata', 'Confermata', 'Cancellata', 'Confermata', 'Cancellata con penale', 'Confermata', 'Confermata', 'In attesa'], n(o) % 9)
const wbDisc = (o) => (wbChan(o).startsWith('Diretta') && n(o) % 2 ? 0.1 : 0)
const wbGross = (o) => wbRoom(o)[1] * wbNights(o)
const wbTot = (o) => +(wbGross(o) * (1 - wbDisc(o))).toFixed(2)
const wbComm = (o) => ({ 'Booking.com': 0.18, Expedia: 0.2, Airbnb: 0.15 })[wbChan(o)] ?? 0
const wbCountry = (c) => row(['Italia', 'Italia', 'Germania', 'Italia', 'Svizzera', 'Paesi Bassi', 'Italia', 'Francia'], n(c) % 8)
const wbName = (c) => (wbCountry(c) === 'Germania' ? row(['Jonas Becker', 'Sabine Hoffmann', 'Stefan Weber'], n(c) % 3) : wbCountry(c) === 'Paesi Bassi' ? row(['Daan de Vries', 'Femke Bakker'], n(c) % 2) : wbCountry(c) === 'Francia' ? 'Camille Moreau' : wbCountry(c) === 'Svizzera' ? 'Urs Meier' : c.full)
const wbMail = (c, o) => (wbChan(o) === 'Booking.com' ? `${ascii(wbName(c).split(' ')[0]).slice(0, 6)}.${ascii(wbName(c).split(' ').pop()).slice(0, 5)}.${v.hex(seeded(c, 'wb'), 6)}@guest.booking.com` : wbChan(o) === 'Airbnb' ? '' : `${ascii(wbName(c).split(' ')[0])}.${ascii(wbName(c).split(' ').pop())}@${row(['gmail.com', 'libero.it', 'web.de', 'outlook.com'], n(c) % 4)}`)

// ---------------------------------------------------------------- 6. Ubiquity sent-SMS report (Italy, E)
const ubCamp = (o) => row(['Promo Saldi Estivi', 'Promemoria appuntamento', 'Promo Saldi Estivi', 'Auguri compleanno', 'Nuova collezione AI', 'Promemoria appuntamento', 'Black Friday'], n(o) % 7)
const ubPromo = (o) => ubCamp(o) !== 'Promemoria appuntamento'
const ubSt = (o) => row(['Consegnato', 'Consegnato', 'Consegnato', 'Consegnato', 'Non consegnato', 'Consegnato', 'In attesa di esito', 'Consegnato', 'Numero inesistente'], n(o) % 9)
const ubOp = (o) => row(['TIM', 'Vodafone', 'WindTre', 'Iliad', 'TIM', 'Vodafone', 'Fastweb', 'WindTre'], n(o) % 8)
const ubAt = (o) => open(o.at, 1, 9, 10)
const ubMsisdn = (c) => `+39${c.mobile.replace(/\D/g, '').slice(2)}`
const ubText = (c, o) => ({
  'Promo Saldi Estivi': `Ciao ${c.first}! Saldi fino al -50% da Boutique Aurora, via Dante 12. Ti aspettiamo! Info: aurora.link/saldi Rispondi STOP per non ricevere più SMS`,
  'Promemoria appuntamento': `Gentile ${c.first}, le ricordiamo l'appuntamento di domani presso Boutique Aurora per la prova sartoriale. Per disdire chiami lo 0541 22 31 90`,
  'Auguri compleanno': `Buon compleanno ${c.first}! Per te uno sconto del 20% valido 15 giorni. Codice AUGURI20. STOP al 3399942311`,
  'Nuova collezione AI': `${c.first}, e' arrivata la nuova collezione Autunno/Inverno! Scoprila in negozio o su aurora.link/ai STOP al 3399942311`,
  'Black Friday': `BLACK FRIDAY da Boutique Aurora: -30% su tutto solo venerdi e sabato! STOP al 3399942311`,
})[ubCamp(o)]
const ubParts = (c, o) => (ubText(c, o).length > 160 ? 2 : 1)

// ---------------------------------------------------------------- 7. Nuvola pupil registry (Italy, P)
const nvClass = (c) => row(['1A', '1B', '2A', '2C', '3A', '3B', '1C', '2B'], n(c) % 8)
const nvBirth = (c) => Date.UTC(2013 - (+nvClass(c)[0]) + 1 - (n(c) % 5 === 0 ? 1 : 0), n(c) % 12, (n(c) % 28) + 1)
const nvMale = (c) => n(c) % 2 === 0
const nvFirst = (c) => (nvMale(c) ? row(['Leonardo', 'Francesco', 'Tommaso', 'Riccardo', 'Edoardo', 'Gabriele', 'Lorenzo', 'Mattia'], n(c) % 8) : row(['Sofia', 'Giulia', 'Aurora', 'Ginevra', 'Beatrice', 'Alice', 'Emma', 'Vittoria'], n(c) % 8))
const CF_MONTH = 'ABCDEHLMPRST'
const nvCf = (c) => {
  const cons = (s) => s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '')
  const vow = (s) => s.toUpperCase().normalize('NFD').replace(/[^AEIOU]/g, '')
  const last = (cons(c.last) + vow(c.last) + 'XXX').slice(0, 3)
  const fc = cons(nvFirst(c)), first = (fc.length > 3 ? fc[0] + fc[2] + fc[3] : (fc + vow(nvFirst(c)) + 'XXX').slice(0, 3))
  const p = v.parts(nvBirth(c))
  return `${last}${first}${String(p.y).slice(2)}${CF_MONTH[p.m - 1]}${pad(p.d + (nvMale(c) ? 0 : 40))}${row(['H294', 'H294', 'F137', 'D704', 'H294', 'C357'], n(c) % 6)}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[n(c) % 24]}`
}
const nvBornIn = (c) => ({ H294: ['Rimini', 'RN'], F137: ['Riccione', 'RN'], D704: ['Forlì', 'FC'], C357: ['Cattolica', 'RN'] })[nvCf(c).slice(11, 15)]
const nvRes = (c) => row([['Rimini', 'RN', '47921', 'Via Flaminia'], ['Rimini', 'RN', '47923', 'Via della Fiera'], ['Santarcangelo di Romagna', 'RN', '47822', 'Via Emilia'], ['Rimini', 'RN', '47924', 'Viale Regina Margherita'], ['Coriano', 'RN', '47853', 'Via Malatesta'], ['Riccione', 'RN', '47838', 'Viale Ceccarini']], (n(c) >> 1) % 6)
const nvParent = (c) => (n(c) % 3 === 0 ? `${row(['Roberta', 'Silvia', 'Monica', 'Elisa'], n(c) % 4)} ${row(['Pari', 'Semprini', 'Gasperoni', 'Fabbri'], (n(c) >> 2) % 4)}` : `${row(['Davide', 'Massimo', 'Paolo', 'Stefano'], n(c) % 4)} ${c.last}`)
const nvParentMail = (c) => `${ascii(nvParent(c).split(' ')[0])}.${ascii(nvParent(c).split(' ').pop())}${n(c) % 7}@${row(['gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it'], n(c) % 4)}`

// ---------------------------------------------------------------- 8. Delera contacts (Italy, B)
const DL_FIRMS = [['Termoidraulica Bassi S.r.l.', '02981440366', 'Modena', 'MO', '41122', 'Via Emilia Est 512', 'termoidraulicabassi.it'], ['Studio Associato Guidi & Neri', '03322150404', 'Cesena', 'FC', '47521', 'Corso Sozzi 44', 'studioguidineri.it'],
  ['Ceramiche Valsecchia S.p.A.', '01544870359', 'Sassuolo', 'MO', '41049', 'Via Radici in Piano 231', 'valsecchia.com'], ['Officine Meccaniche Farini S.r.l.', '04120560377', 'Bologna', 'BO', '40132', 'Via del Lavoro 18', 'omfarini.it'],
  ['Caseificio Sociale San Pietro', '00413210350', 'Reggio Emilia', 'RE', '42124', 'Via Gorizia 90', 'caseificiosanpietro.it'], ['Logistica Adriatica S.r.l.', '02455900400', 'Forlì', 'FC', '47122', 'Via Punta di Ferro 2', 'logisticaadriatica.it']]
const dlFirm = (c) => row(DL_FIRMS, n(c) % DL_FIRMS.length)
const dlRole = (c) => row(['Titolare', 'Responsabile acquisti', 'Amministratore delegato', 'Office manager', 'Responsabile IT', 'Direttore commerciale', 'Responsabile amministrativo'], (n(c) >> 1) % 7)
const dlStage = (c) => row(['Lead', 'Lead qualificato', 'Opportunità', 'Cliente', 'Lead', 'Non interessato'], n(c) % 6)
const dlSrc = (c) => row(['Form sito web', 'Fiera SAIE Bologna', 'LinkedIn', 'Form sito web', 'Passaparola', 'Webinar'], (n(c) >> 2) % 6)
const dlScore = (c) => (dlStage(c) === 'Non interessato' ? 0 : 5 + (n(c) % 90))
const dlMail = (c) => `${ascii(c.first)[0]}.${ascii(c.last)}@${dlFirm(c)[6]}`

// ---------------------------------------------------------------- 9. Neobookings reservations (Spain, E)
const nbHotel = (o) => row(['Hotel Mar Azul Benidorm', 'Hotel Mar Azul Benidorm', 'Hotel Sierra Nevada Spa'], n(o) % 3)
const nbRoom = (o) => (nbHotel(o).includes('Benidorm') ? row([['Doble Estándar', 84], ['Doble Vista Mar', 112], ['Familiar', 139]], (n(o) >> 1) % 3) : row([['Doble Superior', 96], ['Junior Suite', 158]], (n(o) >> 1) % 2))
const nbBoard = (o) => row(['Solo alojamiento', 'Alojamiento y desayuno', 'Media pensión', 'Alojamiento y desayuno', 'Todo incluido'], n(o) % 5)
const nbNights = (o) => 2 + (n(o) % 6)
const nbKids = (o) => (nbRoom(o)[0] === 'Familiar' ? 2 : n(o) % 5 === 0 ? 1 : 0)
const nbCode = (o) => (n(o) % 6 === 1 ? 'VERANO10' : '')
const nbTot = (o) => +(nbRoom(o)[1] * nbNights(o) * ({ 'Media pensión': 1.3, 'Todo incluido': 1.6, 'Alojamiento y desayuno': 1.12 }[nbBoard(o)] ?? 1) * (nbCode(o) ? 0.9 : 1)).toFixed(2)
const nbPay = (o) => row(['Tarjeta (pago en hotel)', 'TPV Redsys', 'TPV Redsys', 'Bizum', 'Tarjeta (pago en hotel)', 'Transferencia'], n(o) % 6)
const nbPaid = (o) => (nbPay(o) === 'Tarjeta (pago en hotel)' ? 0 : nbPay(o) === 'Transferencia' ? nbTot(o) * 0.3 : nbTot(o))
const nbSt = (o) => row(['Confirmada', 'Confirmada', 'Confirmada', 'Cancelada', 'Confirmada', 'Modificada', 'Confirmada'], n(o) % 7)
const nbDni = (c) => { const k = 10000000 + (n(c) * 7919) % 89999999; return `${k}${'TRWAGMYFPDXBNJZSQVHLCKE'[k % 23]}` }

// ---------------------------------------------------------------- 10. Universal Pay transactions (Spain, E)
const upType = (o) => row(['Venta', 'Venta', 'Venta', 'Devolución', 'Venta', 'Preautorización', 'Venta', 'Venta'], n(o) % 8)
const upOk = (o) => n(o) % 9 !== 4
const upBrand = (o) => row(['VISA', 'MASTERCARD', 'VISA', 'VISA', 'MASTERCARD', 'AMEX', 'VISA'], n(o) % 7)
const upChan = (o) => row(['E-commerce', 'E-commerce', 'Pay by Link', 'E-commerce', 'TPV Virtual', 'E-commerce'], (n(o) >> 1) % 6)
const upAmt = (o) => (upType(o) === 'Devolución' ? -Math.min(o.total, 49.9) : o.total)
const upFee = (o) => Math.abs(upAmt(o)) * (upBrand(o) === 'AMEX' ? 0.025 : 0.0045) + 0.05
const upCard = (o) => `${({ VISA: '4', MASTERCARD: '5', AMEX: '3' })[upBrand(o)]}${pad((n(o) * 131) % 100000, 5)}******${pad((n(o) * 97) % 10000, 4)}`

// the base Spanish first names carry the person's sex
const esF = (c) => ['Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'].includes(c.first)

// ---------------------------------------------------------------- 11. Tokapp loyalty customers (Spain, P)
const tkVisits = (c) => 1 + (n(c) % 41)
const tkPts = (c) => tkVisits(c) * (5 + (n(c) % 4) * 5)
const tkRedeemed = (c) => Math.floor(tkPts(c) / 150) * 100
const tkJoin = (c) => Date.UTC(2021 + (n(c) % 4), (n(c) >> 1) % 12, (n(c) % 27) + 1, 10 + (n(c) % 9), (n(c) * 7) % 60)
const tkLast = (c) => Math.min(tkJoin(c) + tkVisits(c) * 9 * day, Date.UTC(2025, 4, 30, 12, 0))
const tkLevel = (c) => (tkPts(c) >= 600 ? 'Oro' : tkPts(c) >= 250 ? 'Plata' : 'Bronce')
const tkShop = (c) => row(['Café Lumière - Ruzafa', 'Café Lumière - Benimaclet', 'Café Lumière - Ruzafa', 'Café Lumière - Centro'], (n(c) >> 1) % 4)
const tkCp = (c) => row(['46006', '46020', '46004', '46001', '46022', '46010'], (n(c) >> 1) % 6)

// ---------------------------------------------------------------- 12. Distrito K contacts (Spain, B)
const DK_FIRMS = [['Construcciones Ebro Norte S.L.', 'B50871234', 'Zaragoza', 'Zaragoza', '50014', 'Calle Miguel Servet 184', '976 41 22 80', 'www.ebronorte.es', 'Construcción'], ['Talleres Moncayo S.A.', 'A50123987', 'Tarazona', 'Zaragoza', '50500', 'Polígono Industrial Las Arenas, nave 7', '976 64 10 55', 'www.talleresmoncayo.com', 'Metal'],
  ['Distribuciones Aragón Fresh S.L.', 'B99344120', 'Zaragoza', 'Zaragoza', '50197', 'Plataforma Logística PLAZA, Calle Bari 31', '976 52 07 33', 'www.aragonfresh.es', 'Alimentación'], ['Gestoría Huesca Asesores S.L.P.', 'B22401876', 'Huesca', 'Huesca', '22002', 'Calle Coso Alto 37', '974 23 88 10', 'www.huescaasesores.es', 'Servicios profesionales'],
  ['Hotel Los Arcos Teruel S.L.', 'B44210598', 'Teruel', 'Teruel', '44001', 'Plaza del Torico 9', '978 61 02 44', 'www.hotellosarcosteruel.com', 'Hostelería'], ['Clínica Dental Delicias S.L.', 'B50998761', 'Zaragoza', 'Zaragoza', '50017', 'Avenida de Madrid 212', '976 33 41 90', '', 'Sanidad']]
const dkFirm = (c) => row(DK_FIRMS, n(c) % DK_FIRMS.length)
const dkRole = (c) => { const x = row([['Gerente', 'Gerente', 'Dirección'], ['Responsable de compras', 'Responsable de compras', 'Compras'], ['Director financiero', 'Directora financiera', 'Administración'], ['Jefe de mantenimiento', 'Jefa de mantenimiento', 'Producción'], ['Responsable de RR.HH.', 'Responsable de RR.HH.', 'Recursos Humanos'], ['Administrativo', 'Administrativa', 'Administración']], (n(c) >> 1) % 6); return [esF(c) ? x[1] : x[0], x[2]] }
const dkType = (c) => row(['Cliente', 'Potencial', 'Potencial', 'Cliente', 'Ex-cliente', 'Potencial'], n(c) % 6)
const dkMail = (c) => (dkFirm(c)[7] ? `${ascii(c.first)}.${ascii(c.last)}@${dkFirm(c)[7].replace(/^www\./, '')}` : `${ascii(c.first)}${ascii(c.last)}@gmail.com`)
const dkMod = (c) => Math.max(c.created, c.updated)

export const SETS = [
  // ---------------------------------------------------------------- France: B2B prospecting database
  { name: 'societeinfo-export-prospects-fr', product: 'Societeinfo (Prospection > Liste de prospects > Exporter (Excel), one row per decision maker of a company, French UI, a Lyon HR and payroll software vendor prospecting SMEs in Auvergne-Rhône-Alpes)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Raison sociale', (c) => siFirm(c)[0], CO],
    ['Enseigne', (c) => siFirm(c)[1], CO, opt],
    ['SIREN', (c) => siFirm(c)[2], ACCT, opt],
    ['SIRET du siège', (c) => `${siFirm(c)[2]} 000${pad((n(c) % 4) + 1)}`, [], opt],
    ['Code NAF', (c) => siFirm(c)[3], []],
    ['Libellé NAF', (c) => siFirm(c)[4], []],
    ['Forme juridique', (c) => siFirm(c)[5], []],
    ['Adresse', (c) => siFirm(c)[6], [W('street1')]],
    ['Code postal', (c) => siFirm(c)[7], [W('postalCode')]],
    ['Ville', (c) => siFirm(c)[8], [W('city')]],
    ['Département', (c) => siFirm(c)[9], [...STATE(['workAddress']), W('region')], opt],
    ['Région', (c) => siFirm(c)[10], [...STATE(['workAddress']), W('region')], opt],
    ['Téléphone standard', (c) => siFirm(c)[11], ['workPhone.number'], opt],
    ['Site web', (c) => siFirm(c)[12], ['b2b.companyWebsite']],
    ['Tranche d\'effectif', (c) => siFirm(c)[13], []],
    ['Chiffre d\'affaires (€)', (c) => group(siFirm(c)[14], ' '), []],
    ['Date de création', (c) => siFirm(c)[15].split('-').reverse().join('/'), []],
    ['Civilité', (c) => (siFemale(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => siFirst(c), ['person.name.firstName']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Fonction', (c) => siRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => siRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => (siMailQ(c) ? siMail(c) : ''), ['workEmail.address']],
    ['Statut email', (c) => siMailQ(c), []],
    ['Téléphone mobile', (c) => (n(c) % 3 === 0 ? c.mobile : ''), ['mobilePhone.number']],
    ['LinkedIn', (c) => (n(c) % 4 === 2 ? '' : `https://www.linkedin.com/in/${ascii(siFirst(c))}-${ascii(c.last)}-${v.hex(seeded(c, 'li'), 6)}`), []],
  ] },
  // ---------------------------------------------------------------- Belgium: doctor-booking platform
  { name: 'doctoranytime-rendez-vous-be', product: 'Doctoranytime (espace praticien: Agenda > Liste des rendez-vous > Exporter (Excel), one row per appointment, Belgian French UI, a Namur physiotherapy practice with three practitioners, Europe/Brussels, EUR)', family: 'clinics', language: 'fr', schema: E, cols: [
    ['ID rendez-vous', (c, o) => String(7300000 + n(o) * 13), ['_id']],
    ['Date', (c, o) => dmy(cet(daSlot(o)), '/'), ['timestamp']],
    ['Heure', (c, o) => hm(cet(daSlot(o))), ['timestamp'], opt],
    ['Durée (min)', (c, o) => String(daDur(o)), []],
    ['Praticien', (c, o) => daPrac(o), []],
    ['Adresse du cabinet', (c, o) => (daPrac(o).includes('Massart') ? 'Chaussée de Louvain 412, 5020 Vedrin' : 'Rue de Bruxelles 61, 5000 Namur'), [], opt],
    ['Motif de consultation', (c, o) => daType(o), [], opt],
    ['Type de consultation', (c, o) => (n(o) % 11 === 5 ? 'Vidéoconsultation' : 'Au cabinet'), []],
    ['Patient', (c) => `${dat(c).last.toUpperCase()} ${dat(c).first}`, []],
    ['Date de naissance', (c) => (n(c) % 3 ? dmy(v.parts(c.birth), '/') : ''), []],
    ['E-mail', (c, o) => (daVia(o) === 'Ajouté par le cabinet' && n(c) % 2 ? '' : dat(c).email), EMAIL_ID],
    ['Téléphone', (c) => dat(c).mobile, PHONE_ID, opt],
    ['Nouveau patient', (c, o) => (daType(o) === 'Première consultation' ? 'Oui' : 'Non'), []],
    ['Mutuelle', (c) => row(['Solidaris', 'Mutualité chrétienne (MC)', 'Partenamut', 'Mutualité libérale', 'Helan', 'Solidaris'], n(c) % 6), []],
    ['Statut', (c, o) => daSt(o), []],
    ['Réservé via', (c, o) => daVia(o), [], opt],
    ['Date de réservation', (c, o) => `${dmy(cet(daBooked(o)), '/')} ${hm(cet(daBooked(o)))}`, [], opt],
    ['Tarif (€)', (c, o) => dec(daFee(o)), [], opt],
    ['Rappel SMS envoyé', (c, o) => (daSt(o).startsWith('Annulé') ? 'Non' : 'Oui'), []],
    ['Remarque du patient', (c, o) => row(['', 'Douleur lombaire depuis 2 semaines', '', 'Prescription du Dr Lemaire jointe', '', 'Suite entorse cheville droite', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: football-club management
  { name: 'footgestion-liste-membres-ch', product: 'Footgestion (Gestion des membres > Liste des membres > Exporter (Excel), one row per club member (players, coaches, committee, supporters), Swiss French UI, a football club in the Nord vaudois)', family: 'nonprofit', language: 'fr', schema: P, cols: [
    ['N° membre', (c) => String(1000 + (n(c) % 8999)), ID],
    ['Nom', (c) => fg(c).last, ['person.name.lastName']],
    ['Prénom', (c) => fgFirst(c), ['person.name.firstName']],
    ['Sexe', (c) => fgSex(c), ['person.gender']],
    ['Date de naissance', (c) => dmy(v.parts(fgBirth(c)), '.'), ['person.birthDate']],
    ['Nationalité', (c) => fgNat(c), ['person.nationality']],
    ['Adresse', (c) => fg(c).street, at(HOME, 'street1')],
    ['NPA', (c) => fg(c).zip, at(HOME, 'postalCode')],
    ['Localité', (c) => fg(c).city, at(HOME, 'city')],
    ['Canton', (c) => fg(c).canton, STATE(HOME), opt],
    ['Téléphone privé', (c) => (n(c) % 3 === 0 ? fg(c).land : ''), ['homePhone.number']],
    ['Natel', (c) => fg(c).mobile, ['mobilePhone.number']],
    ['E-mail', (c) => (fgJunior(c) ? `famille.${ascii(fg(c).last)}@${row(D.ch.mail, n(c) % 6)}` : fgMail(c)), ['personalEmail.address']],
    ['Représentant légal', (c) => (fgJunior(c) ? `${row(['Nadia', 'Sandra', 'Pascal', 'Christophe', 'Ana', 'Besnik'], n(c) % 6)} ${fg(c).last}` : ''), []],
    ['Fonction', (c) => fgFn(c), []],
    ['Équipe', (c) => (['Comité', 'Membre supporter'].includes(fgTeam(c)) ? '' : fgTeam(c)), []],
    ['N° de licence ASF', (c) => (fgFn(c) === 'Joueur' || fgFn(c) === 'Entraîneur' ? `${v.int(seeded(c, 'asf'), 100, 999)}.${v.int(seeded(c, 'asf2'), 1000, 9999)}.${pad(n(c) % 100)}` : ''), []],
    ['Date d\'entrée', (c) => dmy(v.parts(fgEntry(c)), '.'), ['loyalty.joinDate'], opt],
    ['Cotisation', (c) => ({ 'Juniors E': '180.00', 'Juniors D': '220.00', 'Juniors C': '250.00', Comité: '0.00', 'Membre supporter': '50.00' })[fgTeam(c)] ?? '320.00', []],
    ['Cotisation payée', (c) => (n(c) % 7 === 2 ? 'Non' : 'Oui'), []],
    ['Remarques', (c) => row(['', 'Allergie aux arachides', '', 'Frère en Juniors E', '', 'Arbitre certifié', ''], n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- Quebec: donor-management software
  { name: 'prodon-transactions-dons-qc', product: 'Prodon (Logilys; Transactions > Gestion des transactions > Exporter la grille (Excel), one row per donation transaction, Quebec French UI, a Sherbrooke hospital foundation, America/Toronto, CAD)', family: 'nonprofit', language: 'fr', schema: E, cols: [
    ['No transaction', (c, o) => String(182000 + n(o) * 3), ['_id', OR('payments[0].transactionID')]],
    ['Date de la transaction', (c, o) => ymd(qct(o.at)), ['timestamp']],
    ['No client', (c) => String(pdNo(c)), CUST_ID],
    ['Type de client', (c) => (n(c) % 9 === 0 ? 'Organisme' : 'Individu'), []],
    ['Appellation', (c) => (pd(c).female ? 'Madame' : 'Monsieur'), []],
    ['Prénom', (c) => pd(c).first, []],
    ['Nom', (c) => pd(c).last, []],
    ['Courriel', (c) => (pd(c).r1 < 0.8 ? pd(c).email : ''), EMAIL_ID],
    ['Téléphone', (c) => pd(c).phone, PHONE_ID, opt],
    ['Adresse', (c) => pd(c).street, [BILL('street1')], opt],
    ['Ville', (c) => pd(c).city, [BILL('city')], opt],
    ['Province', () => 'QC', STATE(['commerce.billing.address']), opt],
    ['Code postal', (c) => pd(c).zip, [BILL('postalCode')], opt],
    ['Occasion', (c, o) => pdOcc(o)[0], ['marketing.campaignName', 'marketing.campaignGroup'], opt],
    ['Activité', (c, o) => pdOcc(o)[1], [], opt],
    ['Code d\'origine', (c, o) => pdOrig(o), ['marketing.trackingCode'], opt],
    ['Mode de paiement', (c, o) => pdPay(o), [OR('payments[0].paymentType')]],
    ['Montant', (c, o) => $ca(pdAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Montant admissible', (c, o) => $ca(pdElig(o)), []],
    ['No reçu', (c, o) => (pdElig(o) >= 20 ? String(24000 + n(o) % 9000) : ''), []],
    ['Lot', (c, o) => String(pdLot(o)), []],
    ['Date de report', (c, o) => ymd(qct(o.at + (2 + n(o) % 5) * day)), []],
    ['Engagement', (c, o) => (pdOcc(o)[1] === 'Don mensuel' ? 'Oui' : 'Non'), []],
    ['In memoriam de', (c, o) => (pdOcc(o)[0] === 'In memoriam' ? row(['Gaétan Lessard', 'Thérèse Bolduc', 'Roland Provencher'], n(o) % 3) : ''), []],
    ['Note', (c, o) => row(['', 'Remerciement téléphonique fait', '', 'Reçu envoyé par courriel', '', 'Don de la succession'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: hotel channel manager
  { name: 'wubook-ricerca-prenotazioni-it', product: 'WuBook (extranet: Prenotazioni > Cerca (Wutool) > Esporta CSV, one row per reservation, Italian UI, a three-star hotel on Lake Garda selling through Booking.com, Expedia, Airbnb and its own booking engine, Europe/Rome, EUR)', family: 'hospitality', language: 'it', schema: E, cols: [
    ['Codice', (c, o) => String(1600000000 + n(o) * 3571), ['_id', OR('purchaseID')]],
    ['Data prenotazione', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Arrivo', (c, o) => dmy(cet(wbArr(o)), '/'), []],
    ['Partenza', (c, o) => dmy(cet(wbArr(o) + wbNights(o) * day), '/'), []],
    ['Notti', (c, o) => String(wbNights(o)), []],
    ['Cliente', (c) => wbName(c), []],
    ['Email', (c, o) => wbMail(c, o), EMAIL_ID],
    ['Telefono', (c) => (wbCountry(c) === 'Italia' ? c.mobile : ({ Germania: '+49 171 4482310', Svizzera: '+41 79 331 20 18', 'Paesi Bassi': '+31 6 48213977', Francia: '+33 6 12 48 90 31' })[wbCountry(c)]), PHONE_ID, opt],
    ['Paese', (c) => wbCountry(c), [BILL('country')], opt],
    ['Camere', (c, o) => wbRoom(o)[0], [PL('name')], opt],
    ['Adulti', (c, o) => String(wbRoom(o)[0] === 'Camera Singola' ? 1 : wbRoom(o)[0] === 'Camera Tripla' ? 3 : 2), []],
    ['Bambini', (c, o) => String(wbRoom(o)[0] === 'Camera Tripla' ? 1 : 0), []],
    ['Trattamento', (c, o) => row(['Pernottamento e colazione', 'Mezza pensione', 'Pernottamento e colazione', 'Solo pernottamento'], n(o) % 4), [], opt],
    ['Stato', (c, o) => wbSt(o), []],
    ['Canale', (c, o) => wbChan(o), [], opt],
    ['Fonte', (c, o) => (wbChan(o).startsWith('Diretta') ? row(['Google Hotel Ads', 'Sito web', 'Trivago'], n(o) % 3) : ''), ['marketing.trackingCode'], opt],
    ['Importo', (c, o) => dec(wbTot(o)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Sconto', (c, o) => (wbDisc(o) ? dec(wbGross(o) - wbTot(o)) : '0,00'), [OR('discountAmount')], opt],
    ['Commissione', (c, o) => dec(wbTot(o) * wbComm(o)), []],
    ['Data cancellazione', (c, o) => (wbSt(o).startsWith('Cancellata') ? dmy(cet(o.at + ((n(o) % 9) + 1) * day), '/') : ''), [OR('cancelDate')]],
    ['Letta', (c, o) => (n(o) % 5 === 0 ? 'No' : 'Sì'), []],
    ['Note', (c, o) => row(['', 'Arrivo previsto dopo le 22', '', 'Richiesta culla', 'Anniversario di matrimonio', '', 'Posto auto in garage'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Italy: SMS-marketing platform
  { name: 'ubiquity-report-invii-sms-it', product: 'Ubiquity (piattaforma SMS: Report > Dettaglio invii > Esporta CSV, one row per sent SMS, Italian UI, a Rimini fashion boutique\'s promotions and appointment reminders, Europe/Rome)', family: 'marketing', language: 'it', schema: E, cols: [
    ['ID messaggio', (c, o) => String(5400000000 + n(o) * 7919), ['_id']],
    ['Data invio', (c, o) => `${dmy(cet(ubAt(o)), '/')} ${hms(cet(ubAt(o)))}`, ['timestamp']],
    ['Data esito', (c, o) => (ubSt(o) === 'In attesa di esito' ? '' : `${dmy(cet(ubAt(o) + 6000), '/')} ${hms(cet(ubAt(o) + 6000))}`), []],
    ['Destinatario', (c) => ubMsisdn(c), PHONE_ID],
    ['Mittente', () => 'AuroraBtq', []],
    ['Testo', (c, o) => ubText(c, o), []],
    ['Numero SMS', (c, o) => String(ubParts(c, o)), []],
    ['Tipo invio', (c, o) => (ubPromo(o) ? 'Marketing' : 'Servizio'), [], opt],
    ['Stato', (c, o) => ubSt(o), []],
    ['Campagna', (c, o) => ubCamp(o), ['marketing.campaignName']],
    ['Lista', (c, o) => (ubPromo(o) ? row(['Clienti fidelity', 'Clienti fidelity', 'Newsletter negozio'], n(o) % 3) : ''), [], opt],
    ['Operatore', (c, o) => ubOp(o), ['environment.carrier']],
    ['Nazione', () => 'IT', [], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Codice cliente', (c) => `AUR${String(n(c)).padStart(6, '0')}`, CUST_ID, opt],
    ['Click', (c, o) => (ubText(c, o).includes('aurora.link') && ubSt(o) === 'Consegnato' ? String(n(o) % 3) : '0'), []],
    ['Costo (crediti)', (c, o) => String(ubParts(c, o)), []],
    ['Disiscritto', (c, o) => (ubPromo(o) && n(o) % 19 === 0 ? 'Sì' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Italy: electronic school register
  { name: 'nuvola-anagrafica-alunni-it', product: 'Nuvola (Madisoft; area segreteria: Anagrafiche > Alunni > Esporta in Excel, one row per pupil, Italian UI, a Rimini lower-secondary school (scuola secondaria di primo grado))', family: 'education', language: 'it', schema: P, cols: [
    ['ID alunno', (c) => String(2100000 + n(c)), ID],
    ['Cognome', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Nome', (c) => nvFirst(c).toUpperCase(), ['person.name.firstName']],
    ['Codice fiscale', (c) => nvCf(c), ['person.taxId']],
    ['Sesso', (c) => (nvMale(c) ? 'M' : 'F'), ['person.gender']],
    ['Data di nascita', (c) => dmy(v.parts(nvBirth(c)), '/'), ['person.birthDate']],
    ['Comune di nascita', (c) => nvBornIn(c)[0], []],
    ['Provincia di nascita', (c) => nvBornIn(c)[1], []],
    ['Cittadinanza', (c) => (n(c) % 11 === 3 ? row(['ALBANIA', 'ROMANIA', 'UCRAINA'], n(c) % 3) : 'ITALIA'), ['person.nationality']],
    ['Indirizzo residenza', (c) => `${nvRes(c)[3]} ${(n(c) % 140) + 1}`, at(HOME, 'street1')],
    ['CAP residenza', (c) => nvRes(c)[2], at(HOME, 'postalCode')],
    ['Comune residenza', (c) => nvRes(c)[0], at(HOME, 'city')],
    ['Provincia residenza', (c) => nvRes(c)[1], STATE(HOME)],
    ['Telefono', (c) => (n(c) % 4 === 0 ? `0541 ${v.int(seeded(c, 'nvt'), 700000, 799999)}` : ''), ['homePhone.number']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number'], opt],
    ['Email', (c) => nvParentMail(c), ['personalEmail.address'], opt],
    ['Classe', (c) => nvClass(c)[0], []],
    ['Sezione', (c) => nvClass(c)[1], []],
    ['Plesso', () => 'Scuola secondaria "A. Di Duccio"', []],
    ['Data iscrizione', (c) => dmy(v.parts(Date.UTC(2024 - (+nvClass(c)[0]) + 1, 8, 12)), '/'), [], opt],
    ['Religione cattolica', (c) => (n(c) % 6 === 1 ? 'No' : 'Sì'), []],
    ['Genitore 1', (c) => nvParent(c), []],
    ['Email genitore 1', (c) => nvParentMail(c), [], opt],
    ['Cellulare genitore 1', (c) => c.mobile, [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: marketing CRM
  { name: 'delera-contatti-export-it', product: 'Delera (Contatti > Esporta CSV, one row per contact, Italian UI, an Emilia-Romagna office-IT and cloud-telephony reseller\'s leads and customers)', family: 'crm', language: 'it', schema: B, cols: [
    ['ID', (c) => String(880000 + n(c) * 3), B2BID],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => dlMail(c), WE],
    ['Telefono', (c) => `+39 0${row(['59', '547', '536', '51', '522', '543'], n(c) % 6)} ${v.int(seeded(c, 'dlt'), 200000, 899999)}`, ['workPhone.number']],
    ['Cellulare', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Azienda', (c) => dlFirm(c)[0], CO],
    ['Partita IVA', (c) => dlFirm(c)[1], [], opt],
    ['Ruolo', (c) => dlRole(c), ['extendedWorkDetails.jobTitle']],
    ['Indirizzo', (c) => dlFirm(c)[5], [W('street1')]],
    ['CAP', (c) => dlFirm(c)[4], [W('postalCode')]],
    ['Città', (c) => dlFirm(c)[2], [W('city')]],
    ['Provincia', (c) => dlFirm(c)[3], STATE(['workAddress'])],
    ['Nazione', () => 'Italia', [W('country')]],
    ['Sito web', (c) => `https://www.${dlFirm(c)[6]}`, ['b2b.companyWebsite']],
    ['Fase', (c) => dlStage(c), ['b2b.personStatus'], opt],
    ['Fonte', (c) => dlSrc(c), ['b2b.personSource']],
    ['Punteggio', (c) => String(dlScore(c)), ['b2b.personScore']],
    ['Tag', (c) => row(['centralino cloud', 'rinnovo PC, fibra', '', 'centralino cloud, Microsoft 365', 'stampanti', ''], n(c) % 6), []],
    ['Consenso marketing', (c) => (n(c) % 5 === 2 ? 'No' : 'Sì'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Assegnato a', (c) => row(['Marco Venturi', 'Chiara Zanotti', 'Marco Venturi'], n(c) % 3), []],
    ['Data creazione', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Ultima attività', (c) => `${dmy(cet(Math.max(c.created, c.updated)), '/')} ${hm(cet(Math.max(c.created, c.updated)))}`, ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- Spain: hotel booking engine
  { name: 'neobookings-reservas-export-es', product: 'Neobookings (extranet del motor de reservas: Reservas > Listado > Exportar a Excel, one row per direct booking, Spanish UI, a two-hotel group on the Costa Blanca and in Sierra Nevada, Europe/Madrid, EUR)', family: 'hospitality', language: 'es', schema: E, cols: [
    ['Localizador', (c, o) => `NB${String(n(o) * 613).padStart(8, '0')}`, ['_id', OR('purchaseID')]],
    ['Fecha reserva', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Hotel', (c, o) => nbHotel(o), STORE, opt],
    ['Entrada', (c, o) => dmy(cet(o.at + ((n(o) % 60) + 2) * day), '/'), []],
    ['Salida', (c, o) => dmy(cet(o.at + ((n(o) % 60) + 2 + nbNights(o)) * day), '/'), []],
    ['Noches', (c, o) => String(nbNights(o)), []],
    ['Habitación', (c, o) => nbRoom(o)[0], [PL('name')], opt],
    ['Régimen', (c, o) => nbBoard(o), [], opt],
    ['Tarifa', (c, o) => (nbCode(o) ? 'Oferta Verano' : row(['Tarifa flexible', 'No reembolsable', 'Tarifa flexible'], n(o) % 3)), [], opt],
    ['Adultos', (c, o) => String(2), []],
    ['Niños', (c, o) => String(nbKids(o)), []],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => `${c.last} ${row(['Ruiz', 'Navarro', 'Torres', 'Romero', 'Vidal'], n(c) % 5)}`, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Teléfono', (c) => c.mobile, PHONE_ID, opt],
    ['País', (c) => (n(c) % 7 === 3 ? 'Reino Unido' : 'España'), [BILL('country')], opt],
    ['DNI/Pasaporte', (c) => (n(c) % 7 === 3 ? `5${v.int(seeded(c, 'pp'), 10000000, 99999999)}` : nbDni(c)), []],
    ['Importe total', (c, o) => dec(nbTot(o)), [OR('priceTotal')]],
    ['Importe pagado', (c, o) => dec(nbPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Forma de pago', (c, o) => nbPay(o), [OR('payments[0].paymentType')]],
    ['Código promocional', (c, o) => nbCode(o), ['commerce.promotionID']],
    ['Estado', (c, o) => nbSt(o), []],
    ['Fecha cancelación', (c, o) => (nbSt(o) === 'Cancelada' ? dmy(cet(o.at + ((n(o) % 20) + 1) * day), '/') : ''), [OR('cancelDate')]],
    ['Dispositivo', (c, o) => row(['Móvil', 'Ordenador', 'Móvil', 'Tablet', 'Ordenador'], n(o) % 5), ['device.type'], opt],
    ['Idioma', (c) => (n(c) % 7 === 3 ? 'EN' : 'ES'), [], opt],
    ['Observaciones', (c, o) => row(['', 'Llegada tarde', '', 'Cama supletoria', '', 'Celebramos aniversario'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Spain: payment provider
  { name: 'universal-pay-transacciones-es', product: 'Universal Pay (Portal del comercio: Informes > Transacciones > Exportar CSV, one row per card operation, Spanish UI, a Valencia online furniture and home-décor shop, Europe/Madrid, EUR)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID Transacción', (c, o) => String(31000000000 + n(o) * 104729), ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => `${dmy(cet(o.at), '/')} ${hms(cet(o.at))}`, ['timestamp']],
    ['Nº Pedido', (c, o) => `${String(n(o)).padStart(6, '0')}${v.alnum(seeded({ id: o.id, first: 'up', last: 'o' }, 'ped'), 4).toUpperCase()}`, [OR('purchaseID')]],
    ['Tipo de operación', (c, o) => upType(o), [], opt],
    ['Resultado', (c, o) => (upOk(o) ? 'Autorizada' : 'Denegada'), []],
    ['Código de respuesta', (c, o) => (upOk(o) ? '0000' : row(['0190', '0180', '0116'], n(o) % 3)), []],
    ['Nº Autorización', (c, o) => (upOk(o) ? String(100000 + (n(o) * 4673) % 899999) : ''), []],
    ['Importe', (c, o) => dec(upAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Marca', (c, o) => upBrand(o), [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => (upBrand(o) === 'AMEX' || n(o) % 3 ? 'Crédito' : 'Débito'), [OR('payments[0].paymentType')], opt],
    ['Tarjeta', (c, o) => upCard(o), []],
    ['País emisor', (c, o) => (n(o) % 8 === 5 ? 'FR' : 'ES'), [], opt],
    ['Titular', (c) => c.full.toUpperCase(), []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Canal', (c, o) => upChan(o), [], opt],
    ['Comercio', () => '345812077 - MUEBLES ALBUFERA ONLINE', STORE, opt],
    ['Terminal', (c, o) => (upChan(o) === 'TPV Virtual' ? '002' : '001'), []],
    ['3DS', (c, o) => (upChan(o) === 'TPV Virtual' ? 'No' : 'Sí'), []],
    ['IP cliente', (c, o, r) => (upChan(o) === 'TPV Virtual' ? '' : `88.${v.int(r, 0, 31)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`), ['environment.ipV4']],
    ['Comisión', (c, o) => dec(upOk(o) ? upFee(o) : 0), []],
    ['Fecha liquidación', (c, o) => (upOk(o) && upType(o) !== 'Preautorización' ? dmy(cet(o.at + 2 * day), '/') : ''), []],
  ] },
  // ---------------------------------------------------------------- Spain: shop-loyalty app
  { name: 'tokapp-clientes-fidelizacion-es', product: 'Tokapp (panel del comercio: Clientes > Exportar a Excel, one row per loyalty-card customer, Spanish UI, a three-café speciality coffee chain in Valencia)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID', (c) => String(610000 + n(c)), ID],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 6 === 4 ? '' : c.email), ['personalEmail.address']],
    ['Teléfono', (c) => c.mobile.replace(/ /g, ''), ['mobilePhone.number']],
    ['Sexo', (c) => (n(c) % 8 === 7 ? '' : esF(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha de nacimiento', (c) => (n(c) % 4 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Código postal', (c) => tkCp(c), at(HOME, 'postalCode')],
    ['Nº tarjeta', (c) => `TK${String(n(c) * 37).padStart(9, '0')}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Establecimiento de alta', (c) => tkShop(c), [], opt],
    ['Fecha de alta', (c) => `${dmy(v.parts(tkJoin(c)), '/')} ${hm(v.parts(tkJoin(c)))}`, ['loyalty.joinDate']],
    ['Puntos', (c) => String(tkPts(c) - tkRedeemed(c)), ['loyalty.points']],
    ['Puntos acumulados', (c) => String(tkPts(c)), ['loyalty.lifetimePoints']],
    ['Puntos canjeados', (c) => String(tkRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Premios canjeados', (c) => String(tkRedeemed(c) / 100), []],
    ['Visitas', (c) => String(tkVisits(c)), []],
    ['Última visita', (c) => dmy(v.parts(tkLast(c)), '/'), [], opt],
    ['Nivel', (c) => tkLevel(c), ['loyalty.tier']],
    ['Acepta publicidad', (c) => (n(c) % 5 === 0 ? 'No' : 'Sí'), [], opt],
    ['Origen', (c) => row(['App', 'App', 'Tablet en tienda', 'Web', 'Tablet en tienda'], n(c) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: CRM
  { name: 'distrito-k-contactos-es', product: 'Distrito K (CRM: Contactos > Listado > Exportar a Excel, one row per contact person of a company, Spanish UI, a Zaragoza industrial-cleaning and facility-services company\'s customers and prospects in Aragón)', family: 'crm', language: 'es', schema: B, cols: [
    ['Código', (c) => `C${String(n(c) % 100000).padStart(5, '0')}`, B2BID],
    ['Tratamiento', (c) => (esF(c) ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Lacasa', 'Gracia', 'Lasheras', 'Bernal', 'Sancho', 'Latorre'], n(c) % 6)}`, ['person.name.lastName']],
    ['Cargo', (c) => dkRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => dkRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Empresa', (c) => dkFirm(c)[0], CO],
    ['CIF', (c) => dkFirm(c)[1], [], opt],
    ['Email', (c) => dkMail(c), WE],
    ['Teléfono', (c) => dkFirm(c)[6], ['workPhone.number']],
    ['Extensión', (c) => (n(c) % 3 ? String(100 + (n(c) % 80)) : ''), ['workPhone.extension']],
    ['Móvil', (c) => (n(c) % 4 === 1 ? '' : c.mobile.replace('+34 ', '')), ['mobilePhone.number']],
    ['Dirección', (c) => dkFirm(c)[5], [W('street1')]],
    ['C.P.', (c) => dkFirm(c)[4], [W('postalCode')]],
    ['Población', (c) => dkFirm(c)[2], [W('city')]],
    ['Provincia', (c) => dkFirm(c)[3], STATE(['workAddress'])],
    ['País', () => 'España', [W('country')]],
    ['Web', (c) => dkFirm(c)[7], ['b2b.companyWebsite']],
    ['Sector', (c) => dkFirm(c)[8], []],
    ['Tipo', (c) => dkType(c), ['b2b.personType', 'b2b.personStatus'], opt],
    ['Comercial asignado', (c) => row(['Pilar Aznar', 'Jorge Lahoz', 'Pilar Aznar', 'Raúl Esteban'], n(c) % 4), []],
    ['Origen', (c) => row(['Web', 'Feria', 'Recomendación', 'Llamada en frío', 'Web'], (n(c) >> 1) % 5), ['b2b.personSource'], opt],
    ['No enviar emails', (c) => (n(c) % 7 === 2 ? 'Sí' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Fecha alta', (c) => dmy(cet(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Fecha modificación', (c) => `${dmy(cet(dkMod(c)), '/')} ${hm(cet(dkMod(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Observaciones', (c) => row(['', 'Contrato de limpieza renovable en enero', '', 'Pide presupuesto anual', 'Solo contactar por la mañana', ''], n(c) % 6), []],
  ] },
]
