// Round 72, heldout188: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French- and Dutch-language exports, headers in the product's UI
// language: a Québec venue-ticketing system's transaction report (Ticketacces), a French campsite booking engine's
// reservation list (Secureholiday by Ctoutvert), a Belgian appointment-booking service's appointment list for a
// Brussels physiotherapy practice in its French UI (Progenda), a French sports-club app's member list (SportEasy) and
// a French webinar platform's registrant list (Webikeo) (fr 5); a Dutch venue-booking platform's booking list
// (Zaaltje), a Flemish school-administration package's pupil list (Informat) and a Dutch recruitment CRM's contact-
// person list (OTYS) (nl 3).
// E 4, P 2, B 2.
// Headers: Informat follows the field names of its documented Excel pupil import (helpdesk.informat.be) where they
// overlap, the rest from the writer's knowledge; the other 7 sets are written from the writer's knowledge of each
// product (no public listing of the columns was found in the time available); a subset of each export's columns,
// in the order the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CO, ACCT, W } from './sets.mjs'
import { pad, dmy, ymd, hm, local, hash, thou } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOME2 = ['homeAddress', 'mailingAddress']
const WM = ['workAddress', 'mailingAddress']
const day = 86400000
// local clocks: Québec -5/-4, France, Belgium and the Netherlands +1/+2
const est = (ms) => local(ms, -5)
const cet = (ms) => local(ms, 1)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const d2 = (r) => pad(v.int(r, 0, 99))
const POOL = {
  qc: { m: ['Jean-François', 'Mathieu', 'Olivier', 'Maxime', 'Étienne', 'Simon', 'Guillaume', 'Louis-Philippe'], f: ['Marie-Ève', 'Geneviève', 'Catherine', 'Annie', 'Véronique', 'Émilie', 'Isabelle', 'Mélanie'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque'],
    // [ville, code postal, indicatif]
    places: [['Montréal', 'H2J 3K5', '514'], ['Montréal', 'H1V 2C8', '514'], ['Laval', 'H7N 4T2', '450'], ['Longueuil', 'J4K 2T6', '450'], ['Terrebonne', 'J6W 3L9', '450'], ['Québec', 'G1R 2B4', '418'], ['Saint-Jérôme', 'J7Z 5T3', '450']],
    mail: ['gmail.com', 'hotmail.com', 'videotron.ca', 'outlook.com', 'yahoo.ca', 'sympatico.ca'] },
  fr: { m: ['Thomas', 'Nicolas', 'Julien', 'Antoine', 'Romain', 'Maxime', 'Kévin', 'Sébastien', 'Hugo', 'Lucas'], f: ['Camille', 'Julie', 'Aurélie', 'Émilie', 'Céline', 'Pauline', 'Manon', 'Laura', 'Chloé', 'Sandrine'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet'],
    // [ville, code postal, rue]
    places: [['Nantes', '44000', 'rue de Strasbourg'], ['Rennes', '35000', 'boulevard de la Liberté'], ['Angers', '49100', 'rue Plantagenêt'], ['Tours', '37000', 'rue Nationale'], ['Lyon', '69007', 'avenue Jean Jaurès'], ['Lille', '59800', 'rue de Béthune'], ['Bordeaux', '33000', 'cours Victor Hugo'], ['Dijon', '21000', 'rue de la Liberté'], ['Orléans', '45000', 'rue Jeanne d\'Arc'], ['Le Mans', '72000', 'avenue du Général Leclerc']],
    mail: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'sfr.fr', 'yahoo.fr', 'outlook.fr'] },
  be: { m: ['Maxime', 'Nicolas', 'Julien', 'Sébastien', 'Arnaud', 'Benoît', 'Quentin', 'François'], f: ['Marie', 'Sophie', 'Aurélie', 'Charlotte', 'Laura', 'Céline', 'Justine', 'Pauline'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Lejeune', 'Renard', 'Collard', 'Mertens', 'Jacobs', 'Denis', 'Lemaire'],
    // [commune, code postal, rue]
    places: [['Ixelles', '1050', 'Rue du Bailli'], ['Etterbeek', '1040', 'Avenue d\'Auderghem'], ['Uccle', '1180', 'Chaussée d\'Alsemberg'], ['Schaerbeek', '1030', 'Rue Royale Sainte-Marie'], ['Woluwe-Saint-Lambert', '1200', 'Avenue Georges Henri'], ['Forest', '1190', 'Avenue Van Volxem'], ['Saint-Gilles', '1060', 'Chaussée de Waterloo']],
    mail: ['gmail.com', 'skynet.be', 'hotmail.com', 'outlook.be', 'proximus.be', 'telenet.be'] },
  vl: { m: ['Wout', 'Jens', 'Lars', 'Arne', 'Seppe', 'Stan', 'Vic', 'Ruben', 'Kobe', 'Mathias'], f: ['Lotte', 'Fien', 'Lien', 'Noor', 'Hanne', 'Marie', 'Elise', 'Febe', 'Jana', 'Ella'],
    last: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van den Broeck', 'Desmet', 'Verhoeven'],
    // [gemeente, postcode, straat]
    places: [['Mechelen', '2800', 'Hanswijkstraat'], ['Mechelen', '2800', 'Tervuursesteenweg'], ['Bonheiden', '2820', 'Rijmenamseweg'], ['Sint-Katelijne-Waver', '2860', 'Stationsstraat'], ['Duffel', '2570', 'Mechelsebaan'], ['Willebroek', '2830', 'Dorpstraat'], ['Putte', '2580', 'Lierbaan']],
    mail: ['gmail.com', 'telenet.be', 'hotmail.com', 'outlook.com', 'skynet.be'] },
  nl: { m: ['Daan', 'Bram', 'Thijs', 'Jeroen', 'Sander', 'Martijn', 'Ruud', 'Joost', 'Niels', 'Wouter'], f: ['Sanne', 'Lotte', 'Anouk', 'Marieke', 'Femke', 'Iris', 'Eva', 'Linda', 'Esther', 'Maartje'],
    // [tussenvoegsel, achternaam]
    last: [['', 'de Jong'], ['', 'Jansen'], ['van', 'Dijk'], ['', 'Bakker'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'], ['van der', 'Meer'], ['', 'Hendriks'], ['van den', 'Berg'], ['', 'Dekker'], ['', 'Vermeulen']],
    places: [['Utrecht', '3511 LN', 'Oudegracht', '030'], ['Amersfoort', '3811 HH', 'Stationsplein', '033'], ['Amsterdam', '1017 RR', 'Weteringschans', '020'], ['Rotterdam', '3012 CN', 'Coolsingel', '010'], ['Den Haag', '2514 JA', 'Lange Voorhout', '070'], ['Eindhoven', '5611 AD', 'Vestdijk', '040'], ['Zwolle', '8011 LW', 'Melkmarkt', '038']],
    mail: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl'] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m)
  let tv = '', last = v.pick(r, d.last)
  if (cc === 'nl') { tv = last[0]; last = last[1] }
  const sur = tv ? `${tv} ${last}` : last
  const pl = v.pick(r, d.places)
  const p = { female, first, last, tv, sur, full: `${first} ${sur}`, r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 180) }
  p.email = `${ascii(first)}${v.pick(r, ['.', '', '_', '.'])}${ascii(sur)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  if (cc === 'qc') return { ...p, city: pl[0], cp: pl[1], tel: `${pl[2]} ${v.int(r, 230, 989)}-${pad(v.int(r, 0, 9999), 4)}` }
  if (cc === 'fr') return { ...p, city: pl[0], cp: pl[1], street: `${p.no} ${pl[2]}`, mobile: `0${v.pick(r, ['6', '7'])} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}` }
  if (cc === 'be' || cc === 'vl') return { ...p, city: pl[0], cp: pl[1], str: pl[2], no: String(v.int(r, 1, 220)), bus: r() < 0.25 ? String(v.int(r, 1, 12)) : '', mobile: `04${v.pick(r, ['70', '72', '75', '76', '77', '78', '79', '86', '88', '94', '95', '96', '97', '98'])} ${d2(r)} ${d2(r)} ${d2(r)}` }
  return { ...p, city: pl[0], cp: pl[1], str: pl[2], area: pl[3], mobile: `06-${v.int(r, 10000000, 69999999)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const qc = (c) => who(c, 'qc'), fr = (c) => who(c, 'fr'), be = (c) => who(c, 'be'), vl = (c) => who(c, 'vl'), nl = (c) => who(c, 'nl')
const comma2 = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const frDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const nlD = (ms) => dmy(cet(ms), '-')
const nlDT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- 1. Ticketacces transactions (fr-CA, E)
// a Laurentides performance hall's season; [spectacle, prix régulier]
const TA_SHOW = [['Les Cowboys Fringants - Hommage', 64.5], ['Mathieu Dufour - Nouveau spectacle', 52], ['Orchestre symphonique de Laval - Bach et Vivaldi', 48], ['Théâtre: Le Dîner de cons', 58], ['Conte pour enfants: Le Petit Prince', 24]]
const TA_CAT = [['Régulier', 1], ['Régulier', 1], ['Aîné (65+)', 0.9], ['Étudiant', 0.8], ['Enfant (12 ans et moins)', 0.6]]
const taShow = (o) => TA_SHOW[n(o) % TA_SHOW.length]
const taCat = (o) => TA_CAT[(n(o) >> 2) % TA_CAT.length]
const taQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 2 : 0)
const taUnit = (o) => Math.round(taShow(o)[1] * taCat(o)[1] * 100) / 100
const taFee = 3.5
const taTotal = (o) => (taUnit(o) + taFee) * taQty(o)
const cad = (x) => `${comma2(x)} $`
const taChan = (o) => ['Internet', 'Internet', 'Billetterie', 'Téléphone', 'Internet'][n(o) % 5]

// ---------------------------------------------------------------- 2. Secureholiday reservations (fr, E)
// a four-star campsite in Vendée; [hébergement, prix/nuit]
const SH_ACC = [['Emplacement Confort (électricité 10A)', 32], ['Mobil-home Cottage 2 chambres', 89], ['Mobil-home Premium 3 chambres + terrasse', 132], ['Chalet Bois 2 chambres', 104], ['Tente Lodge safari', 76]]
const shAcc = (o) => SH_ACC[n(o) % SH_ACC.length]
const shN = (o) => [7, 7, 3, 14, 5, 2, 7, 10][n(o) % 8]
// arrivals fall in the season (May to September), in the booking's year or the next
const shArr = (o) => { const y = new Date(o.at).getUTCFullYear(), m = 4 + (n(o) % 5), d = 1 + (n(o) % 27); const t = Date.UTC(y, m, d, 12); return t > o.at + 5 * day ? t : Date.UTC(y + 1, m, d, 12) }
const shAd = (o) => 1 + ((n(o) >> 1) % 3 === 0 ? 0 : 1)
const shKid = (o) => (n(o) >> 2) % 4
const shStay = (o) => shAcc(o)[1] * shN(o)
const shTax = (o) => 0.66 * shAd(o) * shN(o)
const shTotal = (o) => shStay(o) + shTax(o) + (shAcc(o)[1] > 40 ? 25 : 0)
const shDep = (o) => Math.round(shTotal(o) * 0.25 * 100) / 100
const shStat = (o) => (n(o) % 17 === 0 ? 'Annulée' : n(o) % 11 === 0 ? 'Option' : 'Confirmée')

// ---------------------------------------------------------------- 3. Progenda appointments (fr-BE, E)
const PG_TYPE = [['Première séance de kinésithérapie', 45], ['Séance de kinésithérapie', 30], ['Séance de kinésithérapie', 30], ['Rééducation périnéale', 30], ['Ostéopathie', 60], ['Kiné respiratoire (enfant)', 30]]
const PG_PRAT = ['Sophie Vandenbroucke', 'Arnaud Delvaux', 'Laura Nguyen']
const PG_ST = ['Confirmé', 'Confirmé', 'Confirmé', 'Annulé par le patient', 'Absent', 'Confirmé', 'Annulé par le cabinet']
const pgType = (o) => PG_TYPE[n(o) % PG_TYPE.length]
const pgStart = (o) => { const p = cet(o.at); return { ...p, H: 8 + (p.H % 11), M: [0, 15, 30, 45][p.M % 4] } }

// ---------------------------------------------------------------- 4. SportEasy members (fr, P)
const SE_TEAM = ['Seniors A', 'Seniors B', 'U17', 'U15', 'U13', 'Vétérans', 'Féminines Seniors']
const SE_ROLE = ['Joueur', 'Joueur', 'Joueur', 'Joueur', 'Coach', 'Dirigeant', 'Parent']
const SE_POS = ['Gardien', 'Défenseur', 'Milieu', 'Attaquant', 'Milieu', 'Défenseur']
const seRole = (c) => SE_ROLE[n(c) % SE_ROLE.length]
// adults play in the senior, veteran or women's teams; parents and coaches follow a youth team
const seTeam = (c) => { const k = seRole(c); if (k === 'Dirigeant') return 'Seniors A, Seniors B'; if (k === 'Parent' || k === 'Coach') return SE_TEAM[2 + (n(c) % 3)]; if (fr(c).female) return 'Féminines Seniors'; return new Date(c.birth).getUTCFullYear() < 1986 ? 'Vétérans' : SE_TEAM[n(c) % 2] }

// ---------------------------------------------------------------- 5. Webikeo registrants (fr, B)
const WK_CO = [['Groupe Fauvel Logistique', 'Transport et logistique', '250 à 499 salariés', 'groupe-fauvel.fr'], ['Altavia Conseil', 'Conseil', '50 à 99 salariés', 'altavia-conseil.fr'], ['Mairie de Saint-Herblain', 'Administration publique', '1000 salariés et plus', 'saint-herblain.fr'], ['Clinique du Parc', 'Santé', '100 à 249 salariés', 'cliniqueduparc.fr'], ['Biscuiterie Lemaître', 'Industrie agroalimentaire', '100 à 249 salariés', 'biscuiterie-lemaitre.fr'], ['Néovia Informatique', 'Services informatiques', '20 à 49 salariés', 'neovia-informatique.fr'], ['Crédit Mutuel Océan', 'Banque et assurance', '1000 salariés et plus', 'cmocean.fr']]
const WK_JOB = [['Responsable RH', 'Ressources humaines'], ['DRH', 'Ressources humaines'], ['Chargée de recrutement', 'Ressources humaines'], ['Directeur administratif et financier', 'Finance'], ['Gestionnaire paie', 'Finance'], ['Responsable formation', 'Ressources humaines'], ['Office manager', 'Direction générale']]
const wkCo = (c) => WK_CO[n(c) % WK_CO.length]
const wkJob = (c) => WK_JOB[(n(c) >> 1) % WK_JOB.length]
const wkLive = (c) => n(c) % 3 !== 0
const wkAt = Date.UTC(2024, 10, 19, 10, 0)

// ---------------------------------------------------------------- 6. Zaaltje bookings (nl, E)
const ZT_ROOM = [['De Bibliotheek', 'Carré', 12], ['De Serre', 'U-opstelling', 20], ['Grote Zaal', 'Theater', 80], ['De Kapel', 'Cabaret', 40], ['Boardroom', 'Boardroom', 10]]
const ZT_TYPE = ['Vergadering', 'Workshop', 'Training', 'Borrel', 'Bedrijfsuitje', 'Heidag']
const ZT_ARR = [['Vergaderarrangement hele dag', 54.5], ['Vergaderarrangement dagdeel', 32.5], ['Borrelarrangement 2 uur', 27.5], ['Zaalhuur exclusief catering', 0]]
const ZT_CO = [['Gemeente Amersfoort', 'amersfoort.nl'], ['Woonstichting De Key', 'dekey.nl'], ['Rabobank Utrecht', 'rabobank.nl'], ['Arcadis Nederland', 'arcadis.com'], ['Stichting Vluchtelingenwerk', 'vluchtelingenwerk.nl'], ['Coolblue', 'coolblue.nl'], ['Hogeschool Utrecht', 'hu.nl']]
const ztRoom = (o) => ZT_ROOM[n(o) % ZT_ROOM.length]
const ztArr = (o) => ZT_ARR[(n(o) >> 1) % ZT_ARR.length]
const ztPax = (o) => Math.max(4, ztRoom(o)[2] - (n(o) % 7))
const ztRent = (o) => [350, 450, 1250, 650, 275][n(o) % ZT_ROOM.length]
const ztEx = (o) => ztRent(o) + ztArr(o)[1] * ztPax(o)
const ztVat = (o) => ztEx(o) * 0.21
const ztSt = (o) => ['Bevestigd', 'Bevestigd', 'Optie', 'Offerte verstuurd', 'Bevestigd', 'Geannuleerd'][n(o) % 6]

// ---------------------------------------------------------------- 7. Informat pupils (nl-BE, P)
const IN_KLAS = ['1A1', '1A2', '2A Latijn', '3 LAT', '3 ECWI', '4 HW', '5 WEWI', '6 ECMT', '3 BIO-TECH', '5 BIO-TECH']
const IN_LAND = ['Nederlands', 'Nederlands', 'Nederlands', 'Nederlands', 'Frans', 'Arabisch', 'Pools', 'Turks']
const inBirth = (c) => Date.UTC(2007, 8, 1) + (n(c) * 7919 % 2190) * day
const rrn = (c) => { const p = dmy({ y: new Date(inBirth(c)).getUTCFullYear(), m: new Date(inBirth(c)).getUTCMonth() + 1, d: new Date(inBirth(c)).getUTCDate() }, ''); const yy = p.slice(6, 8), mm = p.slice(2, 4), dd = p.slice(0, 2); const seq = pad((n(c) % 497) * 2 + (vl(c).female ? 2 : 1), 3); const base = BigInt(`2${yy}${mm}${dd}${seq}`); const ck = pad(97 - Number(base % 97n), 2); return `${yy}.${mm}.${dd}-${seq}.${ck}` }
const lpv = (c) => { const r = seeded(c, 'lpv'), d = POOL.vl; const mother = r() < 0.6; return { rel: mother ? 'Moeder' : 'Vader', first: v.pick(r, mother ? ['Katrien', 'Ann', 'Sofie', 'Els', 'Veerle', 'Inge', 'Tine'] : ['Bart', 'Kristof', 'Tom', 'Pieter', 'Steven', 'Wim', 'Dirk']), last: vl(c).last, gsm: `04${v.pick(r, ['75', '77', '79', '94', '96'])} ${d2(r)} ${d2(r)} ${d2(r)}`, mail: v.pick(r, d.mail) } }

// ---------------------------------------------------------------- 8. OTYS contact persons (nl, B)
const OT_CO = [['Bouwbedrijf Van Wijnen Midden', 'vanwijnen.nl'], ['Zorggroep Charim', 'zorggroepcharim.nl'], ['Technische Unie', 'technischeunie.nl'], ['Kuehne + Nagel Nederland', 'kuehne-nagel.nl'], ['Gemeente Zeist', 'zeist.nl'], ['Lely Industries', 'lely.com'], ['Vitens', 'vitens.nl']]
const OT_JOB = [['HR-manager', 'HR'], ['Recruiter', 'HR'], ['Teamleider Productie', 'Productie'], ['Projectleider', 'Projecten'], ['Hoofd Financiën', 'Financiën'], ['Manager Logistiek', 'Logistiek'], ['Directeur', 'Directie']]
const otCo = (c) => OT_CO[n(c) % OT_CO.length]
const otJob = (c) => OT_JOB[(n(c) >> 1) % OT_JOB.length]

export const SETS = [
  { name: 'ticketacces-rapport-transactions-qc', product: 'Ticketacces (console de billetterie: Rapports > Transactions > Exporter Excel, one row per transaction, Québec French UI, a performance hall in the Laurentides)', family: 'events', language: 'fr', schema: E, cols: [
    ['No transaction', (c, o) => String(4100000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Date de transaction', (c, o) => { const p = est(o.at); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Spectacle', (c, o) => taShow(o)[0], [], opt],
    ['Représentation', (c, o) => `${ymd(est(o.at + (5 + (n(o) % 60)) * day))} ${n(o) % 4 === 0 ? '14:00' : '20:00'}`, []],
    ['Salle', () => 'Salle Antony-Lessard', [], opt],
    ['Section', (c, o) => (n(o) % 3 === 0 ? 'Balcon' : 'Parterre'), []],
    ['Rangée', (c, o) => 'ABCDEFGHJKLMN'[n(o) % 13], []],
    ['Sièges', (c, o) => Array.from({ length: taQty(o) }, (_, k) => String(1 + (n(o) % 20) + k)).join(', '), []],
    ['Catégorie de prix', (c, o) => taCat(o)[0], [PL('name')], opt],
    ['Quantité', (c, o) => String(taQty(o)), [PL('quantity')]],
    ['Prix unitaire', (c, o) => cad(taUnit(o)), [], opt],
    ['Frais de service', (c, o) => cad(taFee * taQty(o)), []],
    ['Total', (c, o) => cad(taTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Mode de paiement', (c, o) => (taChan(o) === 'Billetterie' ? v.pick(v.rng(n(o)), ['Interac', 'Comptant', 'Visa']) : v.pick(v.rng(n(o)), ['Visa', 'Mastercard', 'Visa', 'American Express'])), [OR('payments[0].paymentType')]],
    ['Point de vente', (c, o) => taChan(o), [], opt],
    ['Prénom', (c) => qc(c).first, []],
    ['Nom', (c) => qc(c).last, []],
    ['Courriel', (c, o) => (taChan(o) === 'Billetterie' && n(o) % 2 ? '' : qc(c).email), EMAIL_ID],
    ['Téléphone', (c) => qc(c).tel, PHONE_ID],
    ['Ville', (c) => qc(c).city, [BILL('city')], opt],
    ['Code postal', (c) => qc(c).cp, [BILL('postalCode')], opt],
    ['Code promo', (c, o) => (n(o) % 9 === 0 ? 'ABONNE15' : ''), ['commerce.promotionID']],
    ['Infolettre', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },
  { name: 'secureholiday-liste-reservations-fr', product: 'Secureholiday by Ctoutvert (extranet du camping: Réservations > Liste des réservations > Export Excel, one row per booking, French UI, a four-star campsite in Vendée)', family: 'travel', language: 'fr', schema: E, cols: [
    ['N° de réservation', (c, o) => `SH${String(2400000 + n(o) * 7)}`, ['_id', OR('purchaseID')]],
    ['Date de réservation', (c, o) => frDT(o.at), ['timestamp']],
    ['Statut', (c, o) => shStat(o), [], opt],
    ['Origine', (c, o) => ['Site internet du camping', 'Secureholiday', 'Site internet du camping', 'Partenaire (Campings.com)', 'Téléphone'][n(o) % 5], [], opt],
    ['Hébergement', (c, o) => shAcc(o)[0], [PL('name')], opt],
    ['Date d\'arrivée', (c, o) => dmy(cet(shArr(o)), '/'), [], opt],
    ['Date de départ', (c, o) => dmy(cet(shArr(o) + shN(o) * day), '/'), [], opt],
    ['Nuits', (c, o) => String(shN(o)), []],
    ['Adultes', (c, o) => String(shAd(o)), []],
    ['Enfants', (c, o) => String(shKid(o)), []],
    ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => fr(c).last.toUpperCase(), []],
    ['Prénom', (c) => fr(c).first, []],
    ['Adresse', (c) => fr(c).street, [BILL('street1')], opt],
    ['Code postal', (c) => fr(c).cp, [BILL('postalCode')]],
    ['Ville', (c) => fr(c).city, [BILL('city')]],
    ['Pays', () => 'France', [BILL('country')]],
    ['Email', (c) => fr(c).email, EMAIL_ID],
    ['Téléphone', (c) => fr(c).mobile, PHONE_ID],
    ['Montant du séjour', (c, o) => comma2(shStay(o)), [], opt],
    ['Taxe de séjour', (c, o) => comma2(shTax(o)), [OR('taxAmount')], opt],
    ['Montant total', (c, o) => comma2(shTotal(o)), [OR('priceTotal')]],
    ['Acompte versé', (c, o) => (shStat(o) === 'Option' ? '0,00' : comma2(shDep(o))), [OR('payments[0].paymentAmount')], opt],
    ['Solde restant', (c, o) => comma2(shStat(o) === 'Option' ? shTotal(o) : shTotal(o) - shDep(o)), []],
    ['Assurance annulation', (c, o) => (n(o) % 3 === 0 ? 'Oui' : 'Non'), []],
    ['Code promo', (c, o) => (n(o) % 8 === 0 ? 'EARLY2025' : ''), ['commerce.promotionID']],
  ] },
  { name: 'progenda-liste-rendez-vous-be', product: 'Progenda (Agenda > Rendez-vous > Exporter, one row per appointment, Belgian French UI, a three-physiotherapist practice in Ixelles)', family: 'healthcare', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => dmy(pgStart(o), '/'), ['timestamp']],
    ['Heure', (c, o) => hm(pgStart(o)), [], opt],
    ['Durée (min)', (c, o) => String(pgType(o)[1]), []],
    ['Prestataire', (c, o) => PG_PRAT[n(o) % PG_PRAT.length], []],
    ['Type de rendez-vous', (c, o) => pgType(o)[0], [PL('name')], opt],
    ['Lieu', (c, o) => (n(o) % 5 === 0 ? 'Visite à domicile' : 'Cabinet Flagey - Rue du Bailli 38'), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Statut', (c, o) => PG_ST[n(o) % PG_ST.length], ['eventType'], opt],
    ['Nom', (c) => be(c).last, []],
    ['Prénom', (c) => be(c).first, []],
    ['Date de naissance', (c) => v.fmt.eu(c.birth), []],
    ['E-mail', (c) => (n(c) % 5 === 0 ? '' : be(c).email), EMAIL_ID],
    ['GSM', (c) => be(c).mobile, PHONE_ID],
    ['Mutuelle', (c) => v.pick(seeded(c, 'mut'), ['Mutualité chrétienne', 'Solidaris', 'Partenamut', 'Mutualité libérale', 'Helan', 'Mutualité neutre']), []],
    ['Nouveau patient', (c, o) => (pgType(o)[0].startsWith('Première') ? 'Oui' : 'Non'), []],
    ['Réservé via', (c, o) => (n(o) % 3 === 0 ? 'Secrétariat' : n(o) % 3 === 1 ? 'En ligne' : 'Prestataire'), [], opt],
    ['Créé le', (c, o) => frDT(o.at - (1 + (n(o) % 20)) * day), [], opt],
    ['Rappel SMS', (c, o) => (n(o) % 4 === 0 ? 'Non' : 'Envoyé'), []],
    ['Remarque', (c, o) => (n(o) % 6 === 0 ? 'Prescription à apporter' : n(o) % 6 === 3 ? 'Lombalgie - 9 séances prescrites' : ''), []],
  ] },
  { name: 'sporteasy-export-membres-fr', product: 'SportEasy (espace manager du club: Membres > Exporter la liste (Excel), one row per member, French UI, an amateur football club near Nantes)', family: 'sports', language: 'fr', schema: P, cols: [
    ['Prénom', (c) => fr(c).first, ['person.name.firstName']],
    ['Nom', (c) => fr(c).last, ['person.name.lastName']],
    ['Sexe', (c) => (fr(c).female ? 'Femme' : 'Homme'), ['person.gender']],
    ['Date de naissance', (c) => v.fmt.eu(c.birth), ['person.birthDate']],
    ['Email', (c) => (n(c) % 11 === 0 ? '' : fr(c).email), ['personalEmail.address']],
    ['Téléphone', (c) => (n(c) % 7 === 0 ? '' : fr(c).mobile), ['mobilePhone.number']],
    ['Adresse', (c) => (n(c) % 4 === 0 ? '' : fr(c).street), at(HOME2, 'street1')],
    ['Code postal', (c) => (n(c) % 4 === 0 ? '' : fr(c).cp), at(HOME2, 'postalCode')],
    ['Ville', (c) => (n(c) % 4 === 0 ? '' : fr(c).city), at(HOME2, 'city')],
    ['Nationalité', (c) => (n(c) % 13 === 0 ? 'Portugaise' : 'Française'), ['person.nationality']],
    ['Équipe(s)', (c) => seTeam(c), []],
    ['Rôle', (c) => seRole(c), [], opt],
    ['Poste', (c) => (seRole(c) === 'Joueur' ? SE_POS[n(c) % SE_POS.length] : ''), []],
    ['Numéro de maillot', (c) => (seRole(c) === 'Joueur' ? String(1 + (n(c) % 23)) : ''), []],
    ['Numéro de licence', (c) => (seRole(c) === 'Parent' ? '' : String(2540000000 + (n(c) * 7919) % 99999999)), [], opt],
    ['Statut', (c) => (n(c) % 9 === 0 ? 'Invitation envoyée' : 'Inscrit'), [], opt],
    ['Date d\'inscription', (c) => v.fmt.eu(c.created), ['loyalty.joinDate'], opt],
    ['Cotisation réglée', (c) => (c.bool ? 'Oui' : 'Non'), []],
    ['Contact d\'urgence', (c) => `${v.pick(seeded(c, 'urg'), ['Nathalie', 'Stéphane', 'Valérie', 'Christophe', 'Sylvie'])} ${fr(c).last}`, []],
    ['Téléphone d\'urgence', (c) => { const r = seeded(c, 'urgt'); return `06 ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}` }, []],
  ] },
  { name: 'webikeo-export-inscrits-fr', product: 'Webikeo (espace organisateur: Mes webinars > Inscrits > Exporter (Excel), one row per registrant of one webinar, French UI, an HR-software vendor\'s webinar on payroll regulation)', family: 'webinar', language: 'fr', schema: B, cols: [
    ['Civilité', (c) => (fr(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle'], opt],
    ['Prénom', (c) => fr(c).first, ['person.name.firstName']],
    ['Nom', (c) => fr(c).last, ['person.name.lastName']],
    ['Email', (c) => `${ascii(fr(c).first)}.${ascii(fr(c).last)}@${wkCo(c)[3]}`, ['workEmail.address']],
    ['Téléphone', (c) => (n(c) % 3 === 0 ? '' : fr(c).mobile), ['workPhone.number', 'mobilePhone.number']],
    ['Société', (c) => wkCo(c)[0], CO],
    ['Fonction', (c) => wkJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Service', (c) => wkJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Secteur d\'activité', (c) => wkCo(c)[1], []],
    ['Effectif', (c) => wkCo(c)[2], []],
    ['Code postal', (c) => fr(c).cp, [W('postalCode')], opt],
    ['Ville', (c) => fr(c).city, at(WM, 'city'), opt],
    ['Pays', () => 'France', at(WM, 'country'), opt],
    ['Date d\'inscription', (c) => frDT(wkAt - (1 + (n(c) % 25)) * day - (n(c) % 50000) * 1000), ['extSourceSystemAudit.createdDate'], opt],
    ['Source', (c) => ['Webikeo', 'Email organisateur', 'LinkedIn', 'Webikeo', 'Site organisateur'][n(c) % 5], ['b2b.personSource'], opt],
    ['Présent en direct', (c) => (wkLive(c) ? 'Oui' : 'Non'), []],
    ['Temps de visionnage live (min)', (c) => (wkLive(c) ? String(8 + (n(c) % 50)) : '0'), []],
    ['Replay vu', (c) => (!wkLive(c) && n(c) % 2 === 0 ? 'Oui' : 'Non'), []],
    ['Questions posées', (c) => (wkLive(c) && n(c) % 4 === 1 ? 'Le forfait mobilités durables est-il cumulable avec le remboursement transport ?' : ''), []],
    ['Note du webinar', (c) => (wkLive(c) && n(c) % 2 ? `${3 + (n(c) % 3)}/5` : ''), []],
    ['Accepte d\'être contacté par l\'organisateur', (c) => (c.bool ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },
  { name: 'zaaltje-boekingen-export-nl', product: 'Zaaltje (locatie-dashboard: Boekingen > Exporteren naar Excel, one row per room booking, Dutch UI, a meeting and event venue in a former monastery in Amersfoort)', family: 'bookings', language: 'nl', schema: E, cols: [
    ['Boekingsnummer', (c, o) => `ZT-${String(61000 + n(o) * 3)}`, ['_id', OR('purchaseID')]],
    ['Aangemaakt op', (c, o) => nlDT(o.at), ['timestamp']],
    ['Status', (c, o) => ztSt(o), [], opt],
    ['Locatie', () => 'Het Klooster Amersfoort', ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Zaal', (c, o) => ztRoom(o)[0], [], opt],
    ['Datum', (c, o) => nlD(o.at + (10 + (n(o) % 90)) * day), [], opt],
    ['Begintijd', (c, o) => (ztArr(o)[0].startsWith('Borrel') ? '16:00' : '09:00'), []],
    ['Eindtijd', (c, o) => (ztArr(o)[0].startsWith('Borrel') ? '18:00' : ztArr(o)[0].endsWith('dagdeel') ? '12:30' : '17:00'), []],
    ['Soort bijeenkomst', (c, o) => ZT_TYPE[n(o) % ZT_TYPE.length], [], opt],
    ['Aantal personen', (c, o) => String(ztPax(o)), []],
    ['Opstelling', (c, o) => ztRoom(o)[1], []],
    ['Arrangement', (c, o) => ztArr(o)[0], [PL('name')], opt],
    ['Organisatie', (c) => ZT_CO[n(c) % ZT_CO.length][0], []],
    ['Contactpersoon', (c) => nl(c).full, []],
    ['E-mailadres', (c) => `${ascii(nl(c).first)}.${ascii(nl(c).sur)}@${ZT_CO[n(c) % ZT_CO.length][1]}`, EMAIL_ID],
    ['Telefoonnummer', (c) => nl(c).mobile, PHONE_ID],
    ['Bedrag excl. btw', (c, o) => `€ ${thou(ztEx(o))}`, [], opt],
    ['Btw', (c, o) => `€ ${thou(ztVat(o))}`, [OR('taxAmount')]],
    ['Bedrag incl. btw', (c, o) => `€ ${thou(ztEx(o) + ztVat(o))}`, [OR('priceTotal')]],
    ['Betaalwijze', (c, o) => (n(o) % 3 === 0 ? 'iDEAL' : 'Op factuur'), [OR('payments[0].paymentType')]],
    ['Referentie klant', (c, o) => (n(o) % 2 ? `PO-${v.int(v.rng(n(o)), 100000, 999999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Opmerkingen', (c, o) => (n(o) % 5 === 0 ? 'Graag glutenvrije lunch voor 2 personen' : n(o) % 5 === 2 ? 'Beamer en flipover gewenst' : ''), []],
  ] },
  { name: 'informat-leerlingenlijst-be', product: 'Informat (Leerlingen > Lijsten > Exporteren naar Excel, one row per enrolled pupil, Flemish Dutch UI, a secondary school in Mechelen)', family: 'education', language: 'nl', schema: P, cols: [
    ['Stamnummer', (c) => String(20000 + (n(c) % 9000)), ID],
    ['Naam', (c) => vl(c).last, ['person.name.lastName']],
    ['Voornaam', (c) => vl(c).first, ['person.name.firstName']],
    ['Geslacht', (c) => (vl(c).female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => v.fmt.eu(inBirth(c)), ['person.birthDate']],
    ['Geboorteplaats', (c) => v.pick(seeded(c, 'gp'), ['Mechelen', 'Mechelen', 'Bonheiden', 'Leuven', 'Antwerpen', 'Lier']), []],
    ['Nationaliteit', (c) => (n(c) % 12 === 0 ? 'Nederlandse' : 'Belg'), ['person.nationality']],
    ['Rijksregisternummer', (c) => rrn(c), ['person.taxId'], opt],
    ['Klas', (c) => IN_KLAS[n(c) % IN_KLAS.length], []],
    ['Schooljaar', () => '2024-25', []],
    ['Begindatum inschrijving', (c) => (n(c) % 10 === 0 ? v.fmt.eu(Date.UTC(2024, 10, 4)) : '01/09/2024'), [], opt],
    ['Straat', (c) => vl(c).str, at(HOME2, 'street1')],
    ['Nummer', (c) => vl(c).no, at(HOME2, 'street1'), opt],
    ['Bus', (c) => vl(c).bus, at(HOME2, 'street2'), opt],
    ['Postcode', (c) => vl(c).cp, at(HOME2, 'postalCode')],
    ['Gemeente', (c) => vl(c).city, at(HOME2, 'city')],
    ['Land', () => 'België', at(HOME2, 'country')],
    ['GSM-nummer', (c) => (n(c) % 5 === 0 ? '' : vl(c).mobile), ['mobilePhone.number']],
    ['E-mailadres', (c) => `${ascii(vl(c).first)}.${ascii(vl(c).last)}@leerling.sintromboutscollege.be`, ['personalEmail.address'], opt],
    ['Telefoon domicilie', (c) => (n(c) % 4 === 0 ? `015 ${d2(seeded(c, 't'))} ${d2(seeded(c, 'u'))} ${d2(seeded(c, 'w'))}` : ''), ['homePhone.number']],
    ['Thuistaal', (c) => IN_LAND[n(c) % IN_LAND.length], []],
    ['LPV1 relatie', (c) => lpv(c).rel, []],
    ['LPV1 naam', (c) => `${lpv(c).last} ${lpv(c).first}`, []],
    ['LPV1 GSM', (c) => lpv(c).gsm, []],
    ['LPV1 e-mail', (c) => `${ascii(lpv(c).first)}.${ascii(lpv(c).last)}@${lpv(c).mail}`, []],
    ['Toelating foto', (c) => (c.bool ? 'Ja' : 'Nee'), []],
  ] },
  { name: 'otys-contactpersonen-export-nl', product: 'OTYS (Relaties > Contactpersonen > Selectie exporteren naar Excel, one row per contact person at a client company, Dutch UI, a technical staffing and recruitment agency in Utrecht)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Contactpersoon ID', (c) => String(300000 + (n(c) * 17) % 600000), B2BID],
    ['Relatie ID', (c) => String(18000 + (n(c) % OT_CO.length) * 131), ACCT],
    ['Relatie', (c) => otCo(c)[0], CO],
    ['Aanhef', (c) => (nl(c).female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle', 'person.gender']],
    ['Voorletters', (c) => `${nl(c).first[0]}.`, [], opt],
    ['Voornaam', (c) => nl(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => nl(c).tv, ['person.name.middleName', 'person.name.lastName'], opt],
    ['Achternaam', (c) => nl(c).last, ['person.name.lastName']],
    ['Functie', (c) => otJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Afdeling', (c) => otJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${ascii(nl(c).first)}.${ascii(nl(c).sur)}@${otCo(c)[1]}`, ['workEmail.address']],
    ['Telefoon', (c) => (n(c) % 3 === 0 ? '' : `${nl(c).area}-${v.int(seeded(c, 'tel'), 2000000, 8999999)}`), ['workPhone.number']],
    ['Mobiel', (c) => (n(c) % 4 === 1 ? '' : nl(c).mobile), ['mobilePhone.number']],
    ['Adres', (c) => `${nl(c).str} ${1 + (n(c) % 140)}`, [W('street1')], opt],
    ['Postcode', (c) => nl(c).cp, [W('postalCode')], opt],
    ['Plaats', (c) => nl(c).city, [W('city')], opt],
    ['Status', (c) => (n(c) % 8 === 0 ? 'Inactief' : 'Actief'), ['b2b.personStatus'], opt],
    ['Eigenaar', (c) => v.pick(seeded(c, 'own'), ['Marloes Verbeek', 'Joris Haverkamp', 'Ilse Koster']), []],
    ['Laatste contact', (c) => nlD(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Aangemaakt op', (c) => nlD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['LinkedIn', (c) => (n(c) % 2 ? `https://www.linkedin.com/in/${ascii(nl(c).first)}-${ascii(nl(c).sur)}` : ''), []],
  ] },
]
