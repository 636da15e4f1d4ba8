// Round 75, tune148: blind tune sets written by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Italian, French, Dutch, European Portuguese and Spanish exports, headers in the
// product's UI language: a French ticketing back office's ticket export for a Nantes theatre (Mapado) (fr-FR E 1); an
// Italian ticketing platform's order export for a Bergamo prose-theatre season (Clappit) (it E 1); a Portuguese ticket
// agency's promoter sales report for a Lisbon concert cycle (Ticketline) (pt-PT E 1); a Spanish holiday-rental booking
// software's booking export for three rural houses in Asturias (Avaibook) (es-ES E 1); a Spanish nightlife guest-list
// and ticketing platform's client list for a Madrid club night (Premium Guest) (es-ES E 1); a Dutch allied-health
// practice system's patient overview for a Utrecht physiotherapy practice (Intramed) (nl P 1); a Quebec clinic
// management system's patient list for a Laval physiotherapy clinic (Kinlogix) (fr-CA P 1); an Italian sports-club
// management app's member list for a Monza volleyball club (Golee) (it P 1); a French B2B event platform's attendee
// export for a Brussels cybersecurity day (inwink) (fr-BE B 1); a Dutch event-registration service's participant export
// for a circular-construction congress in Utrecht (Inschrijven.nl) (nl B 1). E 5, P 3, B 2.
// Headers: from the writer's knowledge of each product for all 10 sets (a short source hunt found no public column
// list for any of them; Premium Guest's help page on adding a client to an event named some of its fields); a subset
// of each export's columns, in the order the writer knows. Nothing was copied from a real export; every value is
// generated.
import { E, P, B, v, PL, OR, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, shift, hash, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
// Paris, Brussels, Amsterdam, Rome and Madrid UTC+1, Lisbon UTC+0, Montreal UTC-5; all with summer time
const cet = (ms) => local(ms, 1)
const lis = (ms) => local(ms, 0)
const mtl = (ms) => local(ms, -5)
const dmyhm = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const dmyhms = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const eur = (x) => dec(x)
const at0 = (ms) => shift(ms, 0)
// an instant on the k-th day after base, between 07:00 and 22:00 UTC
const daytime = (base, days, k) => base + days * day + (7 * 3600 + (k * 7919) % (15 * 3600)) * 1000

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x3c6ef372); r(); r(); return r }
const mailOf = (f, l, r, doms) => `${v.slug(f.split(/[ -]/)[0])}${v.pick(r, ['.', '', '_', '.'])}${v.slug(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
const IT = {
  m: ['Luca', 'Marco', 'Alessandro', 'Davide', 'Simone', 'Federico', 'Matteo', 'Stefano', 'Giorgio', 'Paolo', 'Riccardo', 'Nicola'],
  f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Martina', 'Elisa', 'Silvia', 'Alessia', 'Federica', 'Laura', 'Beatrice'],
  last: ['Rossi', 'Colombo', 'Ferrari', 'Brambilla', 'Bonetti', 'Pesenti', 'Rota', 'Locatelli', 'Gritti', 'Galli', 'Ravasio', 'Cattaneo', 'Bianchi', 'Conti', 'Villa', 'Fumagalli'],
  mob: ['320', '328', '333', '338', '339', '340', '345', '347', '348', '349', '366', '392'],
  mail: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'alice.it', 'outlook.it', 'icloud.com', 'tiscali.it'],
  // [comune, sigla, codice catastale] for birthplaces
  born: [['Bergamo', 'BG', 'A794'], ['Milano', 'MI', 'F205'], ['Monza', 'MB', 'F704'], ['Brescia', 'BS', 'B157'], ['Lecco', 'LC', 'E507'], ['Seriate', 'BG', 'I628'], ['Vimercate', 'MB', 'M052'], ['Desio', 'MB', 'D286']],
}
const FR = {
  m: ['Nicolas', 'Julien', 'Thomas', 'Antoine', 'Maxime', 'Guillaume', 'Romain', 'Pierre', 'Benoît', 'Yann', 'Erwan', 'Olivier'],
  f: ['Camille', 'Julie', 'Claire', 'Marion', 'Pauline', 'Émilie', 'Céline', 'Aurélie', 'Anne-Sophie', 'Gwenaëlle', 'Sophie', 'Laure'],
  last: ['Martin', 'Bernard', 'Le Gall', 'Guérin', 'Moreau', 'Perrin', 'Tessier', 'Roussel', 'Lemoine', 'Barbier', 'Rivière', 'Chevalier', 'Le Floch', 'Gautier'],
  mail: ['gmail.com', 'gmail.com', 'orange.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'hotmail.fr', 'wanadoo.fr', 'yahoo.fr'],
}
const BE = {
  m: ['Olivier', 'Laurent', 'Frédéric', 'Michaël', 'Geoffrey', 'Jérôme', 'Pieter', 'Wouter', 'Kevin', 'Thibault', 'Grégory', 'Arnaud'],
  f: ['Nathalie', 'Sophie', 'Caroline', 'Isabelle', 'Charlotte', 'Aurélie', 'Els', 'Sarah', 'Stéphanie', 'Marie', 'Delphine', 'An'],
  last: ['Dubois', 'Lambert', 'Dupont', 'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Claes', 'Leroy', 'Lemaire', 'Renard', 'Willems', 'Goossens', 'Collard', 'Dethier'],
}
const QC = {
  m: ['Mathieu', 'Alexandre', 'Jean-François', 'Samuel', 'Étienne', 'Gabriel', 'Louis-Philippe', 'Marc-André', 'Simon', 'Patrick', 'Sébastien', 'Francis'],
  f: ['Marie-Ève', 'Isabelle', 'Catherine', 'Geneviève', 'Audrey', 'Véronique', 'Mélanie', 'Julie', 'Annie', 'Stéphanie', 'Émilie', 'Karine'],
  last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'videotron.ca', 'outlook.com', 'yahoo.ca', 'hotmail.ca', 'icloud.com'],
}
const NL = {
  m: ['Jeroen', 'Bas', 'Thijs', 'Ruben', 'Sander', 'Mark', 'Joost', 'Niels', 'Wouter', 'Koen', 'Pieter', 'Martijn'],
  f: ['Anouk', 'Lotte', 'Sanne', 'Marloes', 'Ilse', 'Eline', 'Femke', 'Esther', 'Inge', 'Marieke', 'Lisa', 'Nienke'],
  // [tussenvoegsel, achternaam]
  last: [['', 'Bakker'], ['de', 'Vries'], ['van', 'Dijk'], ['', 'Jansen'], ['van der', 'Meer'], ['', 'Visser'], ['de', 'Graaf'], ['', 'Smit'], ['van den', 'Berg'], ['', 'Mulder'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'], ['', 'Vermeulen']],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl', 'xs4all.nl', 'planet.nl'],
}
const ES = {
  m: ['Javier', 'Pablo', 'Sergio', 'Daniel', 'Álvaro', 'Adrián', 'Raúl', 'Iñigo', 'Marcos', 'Hugo', 'Rubén', 'Carlos'],
  f: ['Lucía', 'Marta', 'Paula', 'Elena', 'Andrea', 'Cristina', 'Nerea', 'Irene', 'Claudia', 'Alba', 'Noelia', 'Ainhoa'],
  last: ['García', 'Fernández', 'González', 'Rodríguez', 'Álvarez', 'Menéndez', 'Suárez', 'López', 'Díaz', 'Moreno', 'Muñoz', 'Ruiz', 'Iglesias', 'Castro', 'Vega', 'Prieto'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'icloud.com', 'telefonica.net'],
}
const PT = {
  m: ['João', 'Tiago', 'Rui', 'Nuno', 'Miguel', 'Pedro', 'Ricardo', 'Hugo', 'Duarte', 'Gonçalo', 'André', 'Bruno'],
  f: ['Inês', 'Sofia', 'Catarina', 'Joana', 'Ana Rita', 'Marta', 'Filipa', 'Sara', 'Mariana', 'Teresa', 'Beatriz', 'Rita'],
  last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Lopes', 'Marques', 'Pinto', 'Carvalho', 'Teixeira'],
  mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'sapo.pt', 'outlook.pt', 'netcabo.pt', 'iol.pt', 'live.com.pt'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  const birth = Date.UTC(1958, 0, 1) + Math.floor(r() * 46 * 365) * day
  const pool = { it: IT, fr: FR, be: BE, qc: QC, nl: NL, es: ES, pt: PT }[cc]
  const first = v.pick(r, female ? pool.f : pool.m)
  if (cc === 'nl') {
    const [tv, last] = v.pick(r, NL.last)
    return { female, first, tv, last, full: `${first} ${tv ? tv + ' ' : ''}${last}`, birth,
      mail: `${v.slug(first)}${v.pick(r, ['.', '', '_'])}${v.slug(tv + last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, NL.mail)}`,
      mob: `06${v.int(r, 10000000, 69999999)}`, r1: v.int(r, 0, 9999), r2: v.int(r, 0, 9999) }
  }
  const last = v.pick(r, pool.last)
  let last2 = v.pick(r, pool.last); if (last2 === last) last2 = cc === 'es' ? 'Pascual' : 'Carvalho'
  const p = { female, first, last, last2, birth, r1: v.int(r, 0, 9999), r2: v.int(r, 0, 9999) }
  if (cc === 'it') return { ...p, mob: `${v.pick(r, IT.mob)} ${v.int(r, 1000000, 9999999)}`, mail: mailOf(first, last, r, IT.mail), born: v.pick(r, IT.born) }
  if (cc === 'fr') return { ...p, mob: `0${v.pick(r, ['6', '6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, mail: mailOf(first, last, r, FR.mail) }
  if (cc === 'be') return { ...p, mob: `+32 4${v.pick(r, ['70', '72', '75', '76', '77', '78', '79', '84', '86', '94', '96', '98'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  if (cc === 'qc') return { ...p, mail: mailOf(first, last, r, QC.mail) }
  if (cc === 'es') {
    const dni = v.int(r, 10000000, 79999999)
    return { ...p, dni: `${dni}${'TRWAGMYFPDXBNJZSQVHLCKE'[dni % 23]}`, mob: `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, mail: mailOf(first, last, r, ES.mail) }
  }
  return { ...p, mob: `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, mail: mailOf(first, last2, r, PT.mail) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const it = (c) => who(c, 'it')
const fr = (c) => who(c, 'fr')
const be = (c) => who(c, 'be')
const qc = (c) => who(c, 'qc')
const nl = (c) => who(c, 'nl')
const es = (c) => who(c, 'es')
const pt = (c) => who(c, 'pt')

// Italian codice fiscale with its check character
const up = (s) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Z]/g, '')
const cons = (s) => up(s).replace(/[AEIOU]/g, '')
const vows = (s) => up(s).replace(/[^AEIOU]/g, '')
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfCheck = (s) => { let t = 0; for (let i = 0; i < 15; i++) { const ch = s[i], k = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; t += i % 2 === 0 ? CF_ODD[k] : k } return String.fromCharCode(65 + (t % 26)) }
const codFisc = (first, last, female, birthMs, code) => {
  const p = at0(birthMs), cn = cons(first)
  const s = `${(cons(last) + vows(last) + 'XXX').slice(0, 3)}${cn.length > 3 ? cn[0] + cn[2] + cn[3] : (cn + vows(first) + 'XXX').slice(0, 3)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (female ? 40 : 0))}${code}`
  return s + cfCheck(s)
}
// Portuguese NIF and Dutch BSN with valid check digits
const nifPt = (seed) => { const d = [2, ...String(1000000 + (seed * 7919) % 8999999).split('').map(Number)]; const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11; return `${d.join('')}${s < 2 ? 0 : 11 - s}` }
const bsn = (seed) => { for (let k = 0; ; k++) { const d = String(10000000 + ((seed + k) * 7919) % 89999999).split('').map(Number); const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11; if (s < 10) return d.join('') + s } }

// ---------------------------------------------------------------- 1. Mapado ticket export (fr-FR, E)
// a Nantes theatre company's 2025-26 season in its own 380-seat hall; one row per ticket
const MP_SHOW = [['Les Fourberies de Scapin', Date.UTC(2025, 10, 14, 19, 0)], ['Cyrano, d\'après Edmond Rostand', Date.UTC(2025, 11, 5, 19, 0)], ['Le Petit Prince (dès 6 ans)', Date.UTC(2025, 11, 17, 14, 30)], ['Cabaret d\'hiver : chansons de Barbara', Date.UTC(2026, 0, 23, 19, 30)], ['Seule en scène : Solène Kervella', Date.UTC(2026, 1, 6, 19, 30)]]
const MP_RATE = [['Plein tarif', 24], ['Tarif réduit', 18], ['Plein tarif', 24], ['Moins de 26 ans', 12], ['Abonné', 16], ['Pass Culture', 12], ['Plein tarif', 24]]
const MP_CH = ['Site web', 'Site web', 'Billetterie (guichet)', 'Site web', 'Réseau Fnac', 'Site web', 'Téléphone']
// [code postal, ville]
const MP_CITY = [['44000', 'Nantes'], ['44100', 'Nantes'], ['44300', 'Nantes'], ['44400', 'Rezé'], ['44800', 'Saint-Herblain'], ['44700', 'Orvault'], ['44240', 'La Chapelle-sur-Erdre'], ['44600', 'Saint-Nazaire'], ['49000', 'Angers'], ['44200', 'Nantes'], ['85000', 'La Roche-sur-Yon']]
const mpShow = (o) => row(MP_SHOW, n(o) % 5)
const mpRate = (o) => row(MP_RATE, (n(o) >> 1) % 7)
const mpPrice = (o) => (n(o) % 5 === 2 ? (mpRate(o)[0] === 'Plein tarif' ? 12 : 8) : mpRate(o)[1])
const mpCh = (o) => row(MP_CH, (n(o) >> 2) % 7)
const mpSt = (o) => (n(o) % 17 === 0 ? 'Remboursé' : n(o) % 13 === 0 ? 'Annulé' : 'Validé')
const mpAt = (o) => mpShow(o)[1] - (2 + (n(o) * 7) % 60) * day - ((n(o) * 7919) % 43200) * 1000
const mpPay = (o) => (mpRate(o)[0] === 'Pass Culture' ? 'Pass Culture' : mpCh(o) === 'Réseau Fnac' ? 'Revendeur' : mpCh(o) === 'Billetterie (guichet)' ? row(['Espèces', 'Carte bancaire', 'Chèque', 'Chèques-Vacances ANCV'], n(o) % 4) : 'Carte bancaire')
const mpDesk = (o) => mpCh(o) === 'Billetterie (guichet)' || mpCh(o) === 'Réseau Fnac'
const mpCity = (c) => row(MP_CITY, fr(c).r1 % 11)
const SET_MP = { name: 'mapado-export-billets-fr', product: 'Mapado (back-office organisateur: Billetterie > Ventes > Billets > Exporter (CSV), one row per ticket, French UI, a Nantes theatre company\'s 2025-26 season in its own hall, Europe/Paris, EUR)', family: 'ticketing', language: 'fr', schema: E, cols: [
  ['N° billet', (c, o) => String(40000000 + n(o) * 11), ['_id']],
  ['Code-barres', (c, o) => `${pad((n(o) * 104729) % 1000000000000, 12)}`, []],
  ['N° commande', (c, o) => `C${pad((n(o) * 37) % 10000000, 7)}`, [OR('purchaseID')]],
  ['Date de commande', (c, o) => dmyhm(cet(mpAt(o))), ['timestamp', OR('createdDate')]],
  ['Événement', (c, o) => mpShow(o)[0], [PL('name')], opt],
  ['Séance', (c, o) => dmyhm(cet(mpShow(o)[1])), []],
  ['Tarif', (c, o) => mpRate(o)[0], [], opt],
  ['Prix', (c, o) => eur(mpPrice(o)), [PL('priceTotal')], opt],
  ['Frais de service', (c, o) => (mpCh(o) === 'Site web' ? '0,90' : '0,00'), []],
  ['Statut', (c, o) => mpSt(o), [], opt],
  ['Canal de vente', (c, o) => mpCh(o), [], opt],
  ['Mode de paiement', (c, o) => mpPay(o), [OR('payments[0].paymentType')]],
  ['Code promo', (c, o) => (n(o) % 9 === 0 && mpRate(o)[0] === 'Plein tarif' ? 'AMISDUTHEATRE' : ''), ['commerce.promotionID']],
  ['Civilité', (c) => (fr(c).female ? 'Mme' : 'M.'), []],
  ['Nom', (c) => (n(c) % 6 === 0 ? fr(c).last.toUpperCase() : fr(c).last), []],
  ['Prénom', (c) => fr(c).first, []],
  ['E-mail', (c, o) => (mpDesk(o) && n(o) % 2 ? '' : fr(c).mail), EMAIL_ID],
  ['Téléphone', (c, o) => (mpDesk(o) || n(c) % 4 === 0 ? '' : n(c) % 3 === 0 ? `+33 ${fr(c).mob.slice(1)}` : fr(c).mob), PHONE_ID, opt],
  ['Code postal', (c, o) => (mpCh(o) === 'Réseau Fnac' ? '' : mpCity(c)[0]), [BILL('postalCode')], opt],
  ['Ville', (c, o) => (mpCh(o) === 'Réseau Fnac' ? '' : mpCity(c)[1]), [BILL('city')], opt],
  ['Pays', (c, o) => (mpCh(o) === 'Réseau Fnac' ? '' : 'France'), [BILL('country')], opt],
  ['Contrôlé le', (c, o) => (mpSt(o) === 'Validé' && n(o) % 6 !== 0 ? dmyhm(cet(mpShow(o)[1] - (8 + (n(o) % 35)) * 60000)) : ''), []],
  ['Accepte les informations de l\'organisateur', (c) => (n(c) % 3 === 0 ? 'Non' : 'Oui'), [], opt],
] }

// ---------------------------------------------------------------- 2. Clappit order export (it, E)
// a Bergamo theatre's prose season; SIAE-certified tickets, presale fee on top of the face price; one row per order
const CL_EV = [['La locandiera', Date.UTC(2025, 10, 8, 19, 45)], ['Sei personaggi in cerca d\'autore', Date.UTC(2025, 11, 12, 19, 45)], ['Natale in casa Cupiello', Date.UTC(2025, 11, 21, 15, 30)], ['Il berretto a sonagli', Date.UTC(2026, 0, 17, 19, 45)], ['Arlecchino servitore di due padroni', Date.UTC(2026, 1, 14, 19, 45)]]
const CL_SEC = [['Platea', 32], ['Galleria', 24], ['Platea', 32], ['Palco', 28], ['Loggione', 15]]
const CL_TYPE = ['Intero', 'Intero', 'Ridotto Over 65', 'Ridotto Under 26', 'Intero', 'Omaggio', 'Ridotto Over 65']
// [CAP, comune, sigla]
const CL_CITY = [['24121', 'Bergamo', 'BG'], ['24128', 'Bergamo', 'BG'], ['24068', 'Seriate', 'BG'], ['24044', 'Dalmine', 'BG'], ['24047', 'Treviglio', 'BG'], ['24020', 'Gorle', 'BG'], ['24036', 'Ponte San Pietro', 'BG'], ['20129', 'Milano', 'MI'], ['25121', 'Brescia', 'BS'], ['24030', 'Mapello', 'BG']]
const clEv = (o) => row(CL_EV, n(o) % 5)
const clSec = (o) => row(CL_SEC, (n(o) >> 1) % 5)
const clType = (o) => row(CL_TYPE, (n(o) >> 2) % 7)
const clQty = (o) => (clType(o) === 'Omaggio' ? 2 : 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 2 : 0))
const clPrice = (o) => (clType(o) === 'Omaggio' ? 0 : clType(o).startsWith('Ridotto') ? Math.round(clSec(o)[1] * 0.8) : clSec(o)[1])
const clPrev = (o) => (clPrice(o) ? Math.round(clPrice(o) * 0.1 * 2) / 2 : 0)
const clCh = (o) => (clType(o) === 'Omaggio' ? 'Botteghino' : row(['Online', 'Online', 'Botteghino', 'Online', 'Punto vendita', 'Online'], n(o) % 6))
const clDisc = (o) => (n(o) % 11 === 0 && clType(o) === 'Intero' && clCh(o) === 'Online' ? clPrice(o) * clQty(o) * 0.1 : 0)
const clTot = (o) => (clPrice(o) + (clCh(o) === 'Botteghino' ? 0 : clPrev(o))) * clQty(o) - clDisc(o)
const clPay = (o) => (clType(o) === 'Omaggio' ? 'Omaggio' : clCh(o) === 'Online' ? (clType(o) === 'Ridotto Under 26' && n(o) % 2 ? 'Carta della Cultura Giovani' : row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito', 'Carta del Docente'], n(o) % 5)) : row(['Contanti', 'Bancomat', 'Carta di credito'], n(o) % 3))
const clSt = (o) => (n(o) % 19 === 0 ? 'Rimborsato' : n(o) % 23 === 0 ? 'Annullato' : 'Pagato')
const clAt = (o) => clEv(o)[1] - (1 + (n(o) * 13) % 50) * day - ((n(o) * 7919) % 40000) * 1000
const clCity = (c) => row(CL_CITY, it(c).r1 % 10)
const clSeats = (o) => { const f = String.fromCharCode(65 + (n(o) % 16)), s = 1 + (n(o) * 7) % 20; return `Fila ${f} posti ${Array.from({ length: clQty(o) }, (_, k) => s + k).join(', ')}` }
const clInv = (o) => n(o) % 4 === 0
const SET_CL = { name: 'clappit-esporta-ordini-it', product: 'Clappit (area organizzatore: Report > Ordini > Esporta Excel, one row per order, Italian UI, a Bergamo theatre\'s 2025/26 prose season with SIAE tickets and presale fees, Europe/Rome, EUR)', family: 'ticketing', language: 'it', schema: E, cols: [
  ['ID ordine', (c, o) => String(2500000 + n(o) * 7), ['_id', OR('purchaseID')]],
  ['Data ordine', (c, o) => dmyhms(cet(clAt(o))), ['timestamp', OR('createdDate')]],
  ['Evento', (c, o) => clEv(o)[0], [PL('name')], opt],
  ['Data evento', (c, o) => dmyhm(cet(clEv(o)[1])), []],
  ['Luogo', () => 'Teatro di Città Alta - Bergamo', [], opt],
  ['Settore', (c, o) => clSec(o)[0], [], opt],
  ['Posti', (c, o) => clSeats(o), []],
  ['Tipologia', (c, o) => clType(o), [], opt],
  ['Quantità', (c, o) => String(clQty(o)), [PL('quantity')]],
  ['Prezzo unitario', (c, o) => eur(clPrice(o)), [], opt],
  ['Prevendita', (c, o) => eur(clCh(o) === 'Botteghino' ? 0 : clPrev(o) * clQty(o)), []],
  ['Sconto', (c, o) => eur(clDisc(o)), [OR('discountAmount')]],
  ['Totale', (c, o) => eur(clTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Metodo di pagamento', (c, o) => clPay(o), [OR('payments[0].paymentType')]],
  ['Stato', (c, o) => clSt(o), [], opt],
  ['Canale di vendita', (c, o) => clCh(o), [], opt],
  ['Codice sconto', (c, o) => (clDisc(o) ? 'AMICIDELTEATRO' : ''), ['commerce.promotionID']],
  ['Nome', (c) => it(c).first, []],
  ['Cognome', (c) => it(c).last, []],
  ['Email', (c, o) => (clCh(o) === 'Botteghino' && n(o) % 2 ? '' : it(c).mail), EMAIL_ID],
  ['Cellulare', (c, o) => (clCh(o) === 'Online' ? `+39 ${it(c).mob}` : ''), PHONE_ID, opt],
  ['Codice fiscale', (c, o) => (clInv(o) ? codFisc(it(c).first, it(c).last, it(c).female, it(c).birth, it(c).born[2]) : ''), []],
  ['Richiesta fattura', (c, o) => (clInv(o) ? 'Sì' : 'No'), []],
  ['Città', (c, o) => (clCh(o) === 'Online' ? clCity(c)[1] : ''), [BILL('city')], opt],
  ['Provincia', (c, o) => (clCh(o) === 'Online' ? clCity(c)[2] : ''), [BILL('stateProvince'), BILL('state')], opt],
  ['Consenso newsletter', (c) => (n(c) % 3 === 1 ? 'No' : 'Sì'), [], opt],
] }

// ---------------------------------------------------------------- 3. Ticketline promoter sales report (pt-PT, E)
// an autumn-winter fado and world-music cycle at a Lisbon venue; sales online, in the app and at agents; one row per sale
const TL_SHOW = [['Ana Lua — Fado de Alfama', Date.UTC(2025, 9, 18, 20, 0)], ['Quarteto Tejo: Guitarra Portuguesa', Date.UTC(2025, 10, 7, 21, 0)], ['Sons do Mundo: Noite de Cabo Verde', Date.UTC(2025, 10, 29, 21, 30)], ['Orquestra Ligeira de Lisboa — Concerto de Ano Novo', Date.UTC(2026, 0, 4, 17, 0)], ['Fado ao Piano: Tributo a Amália', Date.UTC(2026, 1, 20, 21, 0)]]
const TL_ZONE = [['Plateia', 25], ['Balcão', 20], ['Plateia', 25], ['Camarote', 30], ['Plateia VIP', 40]]
const TL_TYPE = ['Normal', 'Normal', 'Jovem (até 25 anos)', 'Normal', 'Sénior (+65)', 'Convite', 'Normal']
const TL_POS = ['ticketline.pt', 'ticketline.pt', 'App Ticketline', 'Fnac Chiado', 'ticketline.pt', 'Worten Colombo', 'El Corte Inglés Lisboa', 'Bilheteira do recinto']
// [código postal, localidade]
const TL_CITY = [['1200-195', 'Lisboa'], ['1100-148', 'Lisboa'], ['1600-209', 'Lisboa'], ['1700-097', 'Lisboa'], ['2750-642', 'Cascais'], ['2780-270', 'Oeiras'], ['2700-605', 'Amadora'], ['2800-253', 'Almada'], ['2710-545', 'Sintra'], ['2830-003', 'Barreiro'], ['4000-322', 'Porto']]
const tlShow = (o) => row(TL_SHOW, n(o) % 5)
const tlZone = (o) => row(TL_ZONE, (n(o) >> 1) % 5)
const tlType = (o) => row(TL_TYPE, (n(o) >> 2) % 7)
const tlPos = (o) => (tlType(o) === 'Convite' ? 'Bilheteira do recinto' : row(TL_POS, (n(o) >> 3) % 8))
const tlOnline = (o) => tlPos(o) === 'ticketline.pt' || tlPos(o) === 'App Ticketline'
const tlQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0)
const tlPrice = (o) => (tlType(o) === 'Convite' ? 0 : tlType(o) === 'Normal' ? tlZone(o)[1] : tlZone(o)[1] * 0.8)
const tlFee = (o) => (tlPrice(o) === 0 || tlPos(o) === 'Bilheteira do recinto' ? 0 : 1.5)
const tlTot = (o) => (tlPrice(o) + tlFee(o)) * tlQty(o)
const tlPay = (o) => (tlType(o) === 'Convite' ? '' : tlOnline(o) ? row(['MB WAY', 'Cartão de crédito', 'Referência Multibanco', 'MB WAY', 'PayPal'], n(o) % 5) : row(['Numerário', 'Multibanco (TPA)', 'Multibanco (TPA)'], n(o) % 3))
const tlSt = (o) => (tlPay(o) === 'Referência Multibanco' && n(o) % 2 ? 'Pendente' : n(o) % 21 === 0 ? 'Anulado' : 'Pago')
const tlAt = (o) => tlShow(o)[1] - (1 + (n(o) * 11) % 45) * day - ((n(o) * 7919) % 50000) * 1000
const tlCity = (c) => row(TL_CITY, pt(c).r1 % 11)
const tlSeats = (o) => { const f = String.fromCharCode(65 + (n(o) % 18)), s = 1 + (n(o) * 3) % 24; return `Fila ${f}, lug. ${Array.from({ length: tlQty(o) }, (_, k) => s + k).join(', ')}` }
const SET_TL = { name: 'ticketline-relatorio-vendas-pt', product: 'Ticketline (área do promotor: Relatórios > Vendas detalhadas > Exportar para Excel, one row per sale, European Portuguese UI, an autumn-winter fado and world-music cycle at a Lisbon venue, Europe/Lisbon, EUR)', family: 'ticketing', language: 'pt', schema: E, cols: [
  ['Nº Venda', (c, o) => String(90000000 + n(o) * 17), ['_id', OR('purchaseID')]],
  ['Data/Hora Venda', (c, o) => dmyhm(lis(tlAt(o)), '-'), ['timestamp', OR('createdDate')]],
  ['Espetáculo', (c, o) => tlShow(o)[0], [PL('name')], opt],
  ['Sessão', (c, o) => dmyhm(lis(tlShow(o)[1]), '-'), []],
  ['Recinto', () => 'Cineteatro da Graça', [], opt],
  ['Ponto de Venda', (c, o) => tlPos(o), [], opt],
  ['Zona', (c, o) => tlZone(o)[0], [], opt],
  ['Lugares', (c, o) => tlSeats(o), []],
  ['Tipo de Bilhete', (c, o) => tlType(o), [], opt],
  ['Qtd.', (c, o) => String(tlQty(o)), [PL('quantity')]],
  ['Preço Unit.', (c, o) => eur(tlPrice(o)), [], opt],
  ['Taxa de Serviço', (c, o) => eur(tlFee(o) * tlQty(o)), []],
  ['Valor Total', (c, o) => eur(tlTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Meio de Pagamento', (c, o) => tlPay(o), [OR('payments[0].paymentType')]],
  ['Estado', (c, o) => tlSt(o), [], opt],
  ['Nome', (c, o) => (tlOnline(o) || n(o) % 3 === 0 ? `${pt(c).first} ${pt(c).last2}` : ''), []],
  ['Email', (c, o) => (tlOnline(o) ? pt(c).mail : ''), EMAIL_ID],
  ['Telemóvel', (c, o) => (tlOnline(o) && n(c) % 4 !== 0 ? pt(c).mob : ''), PHONE_ID, opt],
  ['NIF', (c, o) => (n(o) % 5 === 0 ? nifPt(n(c)) : ''), []],
  ['Código Postal', (c, o) => (tlOnline(o) ? tlCity(c)[0] : ''), [BILL('postalCode')], opt],
  ['Localidade', (c, o) => (tlOnline(o) ? tlCity(c)[1] : ''), [BILL('city')], opt],
  ['Aceita Comunicações do Promotor', (c, o) => (tlOnline(o) ? (n(c) % 3 === 0 ? 'Sim' : 'Não') : ''), [], opt],
] }

// ---------------------------------------------------------------- 4. Avaibook booking export (es-ES, E)
// three rural houses and two flats near Cangas de Onís (Asturias), sold on the owner's own site and on portals
const AV_UNIT = [['Casa de Aldea La Pumarada (8 pax)', 190, 60], ['Apartamento Rural El Hórreo 1 (4 pax)', 85, 30], ['Casa Rural La Quintana de Bodes (6 pax)', 150, 50], ['Apartamento Rural El Hórreo 2 (4 pax)', 85, 30], ['Casa Rural El Texu (2 pax)', 95, 30]]
const AV_CH = ['Web propia', 'Booking.com', 'Escapadarural', 'Web propia', 'Airbnb', 'Clubrural', 'Teléfono', 'Booking.com']
// [provincia, país]
const AV_FROM = [['Madrid', 'España'], ['Asturias', 'España'], ['Bizkaia', 'España'], ['León', 'España'], ['Valladolid', 'España'], ['Barcelona', 'España'], ['Madrid', 'España'], ['Cantabria', 'España'], ['Sevilla', 'España'], ['', 'Francia'], ['Gipuzkoa', 'España'], ['', 'Reino Unido']]
const avUnit = (o) => row(AV_UNIT, n(o) % 5)
const avCh = (o) => row(AV_CH, (n(o) >> 1) % 8)
const avN = (o) => 2 + (n(o) % 4) + (n(o) % 7 === 0 ? 3 : 0)
const avAd = (o) => { const cap = +avUnit(o)[0].match(/\((\d) pax\)/)[1]; return Math.max(2, cap - (n(o) % 3) * 2) }
const avKids = (o) => (avUnit(o)[0].includes('(2 pax)') ? 0 : n(o) % 4 === 1 ? 2 : 0)
const avTot = (o) => avUnit(o)[1] * avN(o) + avUnit(o)[2] - (n(o) % 10 === 0 ? Math.round(avUnit(o)[1] * avN(o) * 0.1) : 0)
const avSt = (o) => row(['Confirmada', 'Confirmada', 'Cancelada', 'Confirmada', 'Pendiente de pago', 'Confirmada', 'Confirmada'], n(o) % 7)
const avPaid = (o) => (avSt(o) === 'Pendiente de pago' ? 0 : avCh(o) === 'Airbnb' ? avTot(o) : avCh(o) === 'Booking.com' ? 0 : Math.round(avTot(o) * 0.3))
const avPay = (o) => ({ 'Web propia': n(o) % 3 ? 'Tarjeta (TPV virtual)' : 'Bizum', 'Booking.com': 'Pago en el alojamiento', Escapadarural: 'Tarjeta (TPV virtual)', Airbnb: 'Cobrado por Airbnb', Clubrural: 'Transferencia', 'Teléfono': 'Transferencia' })[avCh(o)]
const avAt = (o) => daytime(Date.UTC(2025, 0, 8), (n(o) * 37) % 200, n(o))
const avIn = (o) => { const t = avAt(o) + (5 + (n(o) * 3) % 90) * day; return t - (t % day) }
const avFrom = (c) => row(AV_FROM, es(c).r1 % 12)
const avMail = (c, o) => (avCh(o) === 'Airbnb' ? '' : avCh(o) === 'Booking.com' ? `${v.slug(es(c).first)}${v.slug(es(c).last).slice(0, 4)}.${(n(o) * 7919 % 900000) + 100000}@guest.booking.com` : es(c).mail)
const SET_AV = { name: 'avaibook-exportar-reservas-es', product: 'Avaibook (Reservas > Listado de reservas > Exportar a Excel, one row per booking, Spanish (Spain) UI, an owner\'s three rural houses and two flats near Cangas de Onís in Asturias sold on its own site and portals, Europe/Madrid, EUR)', family: 'bookings', language: 'es', schema: E, cols: [
  ['Localizador', (c, o) => String(11000000 + n(o) * 97), ['_id', OR('purchaseID')]],
  ['Fecha de reserva', (c, o) => dmyhm(cet(avAt(o))), ['timestamp', OR('createdDate')]],
  ['Estado', (c, o) => avSt(o), [], opt],
  ['Alojamiento', (c, o) => avUnit(o)[0], [PL('name')], opt],
  ['Entrada', (c, o) => dmy(at0(avIn(o)), '/'), []],
  ['Salida', (c, o) => dmy(at0(avIn(o) + avN(o) * day), '/'), []],
  ['Noches', (c, o) => String(avN(o)), []],
  ['Adultos', (c, o) => String(avAd(o)), []],
  ['Niños', (c, o) => String(avKids(o)), []],
  ['Canal', (c, o) => avCh(o), [], opt],
  ['Nombre', (c) => es(c).first, []],
  ['Apellidos', (c) => `${es(c).last} ${es(c).last2}`, []],
  ['DNI/Pasaporte', (c, o) => (avFrom(c)[1] === 'España' && avCh(o) !== 'Airbnb' ? es(c).dni : ''), []],
  ['Email', (c, o) => avMail(c, o), EMAIL_ID],
  ['Teléfono', (c) => (avFrom(c)[1] === 'España' ? `+34 ${es(c).mob}` : (avFrom(c)[1] === 'Francia' ? `+33 6 ${pad(es(c).r1 % 100)} ${pad(es(c).r2 % 100)} ${pad((es(c).r1 >> 2) % 100)} ${pad((es(c).r2 >> 2) % 100)}` : `+44 7${700 + (es(c).r1 % 300)} ${pad(es(c).r2 * 37 % 1000000, 6)}`)), PHONE_ID, opt],
  ['Provincia', (c) => avFrom(c)[0], [BILL('stateProvince'), BILL('state')], opt],
  ['País', (c) => avFrom(c)[1], [BILL('country')], opt],
  ['Importe total', (c, o) => eur(avTot(o)), [OR('priceTotal')]],
  ['Pagado', (c, o) => eur(avPaid(o)), [OR('payments[0].paymentAmount')], opt],
  ['Pendiente', (c, o) => eur(avSt(o) === 'Cancelada' ? 0 : avTot(o) - avPaid(o)), []],
  ['Forma de pago', (c, o) => avPay(o), [OR('payments[0].paymentType')]],
  ['Código promocional', (c, o) => (n(o) % 10 === 0 && avCh(o) === 'Web propia' ? 'OTONO10' : ''), ['commerce.promotionID']],
  ['Mascotas', (c, o) => (n(o) % 5 === 3 ? 'Sí' : 'No'), []],
  ['Hora de llegada', (c, o) => row(['', '17:00', '19:30', '', '20:00', '16:00'], n(o) % 6), []],
  ['Fecha de cancelación', (c, o) => (avSt(o) === 'Cancelada' ? dmyhm(cet(avAt(o) + (3 + n(o) % 20) * day)) : ''), [OR('cancelDate')]],
  ['Comentarios', (c, o) => row(['', 'Llegaremos tarde, ¿dónde dejáis la llave?', '', 'Viajamos con un perro pequeño', 'Necesitamos cuna', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 5. Premium Guest client list (es-ES, E)
// a Madrid club's weekend nights: guest lists, advance tickets and VIP tables sold by promoters (RR.PP.) and online
const PG_EV = [['Viernes Urban — Sala Nébula', Date.UTC(2025, 9, 17, 23, 0)], ['Sábado Remember 90s', Date.UTC(2025, 9, 25, 23, 0)], ['Halloween Party 2025', Date.UTC(2025, 9, 31, 23, 0)], ['Viernes Urban — Sala Nébula', Date.UTC(2025, 10, 14, 23, 0)], ['Nochevieja 2025 — Gran Fiesta', Date.UTC(2026, 0, 1, 0, 30)]]
// [servicio, tipo, precio por persona (o por reservado)]
const PG_SRV = [['Lista', 'Lista free hasta la 01:30', 0], ['Entrada', 'Entrada anticipada + 1 copa', 15], ['Entrada', 'Entrada anticipada + 2 copas', 22], ['Lista', 'Lista cumpleaños (cumpleañero gratis)', 0], ['Reservado', 'Reservado VIP 6 pax + 1 botella', 250], ['Entrada', 'Entrada anticipada + 1 copa', 15]]
const PG_PR = ['Web', 'Álex G. (RR.PP.)', 'Web', 'Dani Events', 'Marta RRPP', 'Web', 'Coque (RR.PP.)']
const pgEv = (o) => row(PG_EV, n(o) % 5)
const pgSrv = (o) => { const s = row(PG_SRV, (n(o) >> 1) % 6); return pgEv(o)[0].startsWith('Nochevieja') && s[0] !== 'Reservado' ? ['Entrada', 'Cotillón + barra libre 4 h', 60] : s }
const pgQty = (o) => (pgSrv(o)[0] === 'Reservado' ? 6 : pgSrv(o)[0] === 'Lista' ? 1 + (n(o) % 6) : 1 + (n(o) % 4))
const pgTot = (o) => (pgSrv(o)[0] === 'Reservado' ? pgSrv(o)[2] : pgSrv(o)[2] * pgQty(o))
const pgPay = (o) => (pgSrv(o)[0] === 'Lista' ? 'Invitación' : pgSrv(o)[0] === 'Reservado' ? row(['Link de pago', 'Efectivo'], n(o) % 2) : 'Web')
const pgPaid = (o) => (pgPay(o) === 'Invitación' ? '' : pgPay(o) === 'Efectivo' ? 'Pendiente' : n(o) % 13 === 0 ? 'Pendiente' : 'Pagado')
const pgIn = (o) => (pgPaid(o) === 'Pendiente' && pgPay(o) !== 'Efectivo' ? 0 : n(o) % 5 === 0 ? 0 : Math.max(1, pgQty(o) - (n(o) % 3)))
const pgAt = (o) => pgEv(o)[1] - (1 + (n(o) * 7) % 12) * day - ((n(o) * 7919) % 60000) * 1000
const pgBirth = (c) => Date.UTC(1992, 0, 1) + ((n(c) * 7919) % (14 * 365)) * day
const SET_PG = { name: 'premium-guest-clientes-evento-es', product: 'Premium Guest (panel del organizador: Eventos > Ver evento > Clientes > Exportar Excel, one row per client entry (guest list, ticket or VIP table), Spanish (Spain) UI, a Madrid club\'s weekend and holiday nights sold by promoters and online, Europe/Madrid, EUR)', family: 'events', language: 'es', schema: E, cols: [
  ['ID', (c, o) => String(7300000 + n(o) * 13), ['_id', OR('purchaseID')]],
  ['Fecha de creación', (c, o) => dmyhm(cet(pgAt(o))), ['timestamp', OR('createdDate')]],
  ['Evento', (c, o) => pgEv(o)[0], [], opt],
  ['Fecha del evento', (c, o) => dmy(cet(pgEv(o)[1] - 3 * 3600000), '/'), []],
  ['Servicio', (c, o) => pgSrv(o)[0], [], opt],
  ['Tipo de entrada', (c, o) => pgSrv(o)[1], [PL('name')], opt],
  ['Nombre y apellidos', (c) => `${es(c).first} ${es(c).last}`, []],
  ['Email', (c, o) => (pgSrv(o)[0] === 'Lista' && n(o) % 3 === 0 ? '' : es(c).mail), EMAIL_ID],
  ['Teléfono', (c) => `+34${es(c).mob.replace(/ /g, '')}`, PHONE_ID, opt],
  ['Fecha de nacimiento', (c) => (n(c) % 4 === 0 ? '' : dmy(at0(pgBirth(c)), '/')), []],
  ['Género', (c) => (es(c).female ? 'Mujer' : 'Hombre'), []],
  ['Idioma', (c) => (n(c) % 7 === 0 ? 'Inglés' : 'Español'), []],
  ['Cantidad de invitados', (c, o) => String(pgQty(o)), [PL('quantity')], opt],
  ['Precio total', (c, o) => eur(pgTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Método de pago', (c, o) => pgPay(o), [OR('payments[0].paymentType')]],
  ['Estado del pago', (c, o) => pgPaid(o), [], opt],
  ['Relaciones públicas', (c, o) => row(PG_PR, (n(o) >> 2) % 7), []],
  ['Código', (c, o) => `PG${v.alnum(v.rng(n(o) * 31 + 7), 8).toUpperCase()}`, []],
  ['Validados', (c, o) => `${pgIn(o)}/${pgQty(o)}`, []],
  ['Hora de entrada', (c, o) => (pgIn(o) ? hm(cet(pgEv(o)[1] + (20 + (n(o) * 7) % 150) * 60000)) : ''), []],
  ['Acepta publicidad', (c) => (n(c) % 3 === 0 ? 'No' : 'Sí'), [], opt],
] }

// ---------------------------------------------------------------- 6. Intramed patient overview (nl, P)
// a three-therapist physiotherapy practice in Utrecht-Oost
// [postcode digits, woonplaats, straat, vast netnummer]
const IM_PLACE = [['3581', 'Utrecht', 'Biltstraat', '030'], ['3572', 'Utrecht', 'Kanaalweg', '030'], ['3583', 'Utrecht', 'Burgemeester Reigerstraat', '030'], ['3584', 'Utrecht', 'Prins Hendriklaan', '030'], ['3531', 'Utrecht', 'Amsterdamsestraatweg', '030'], ['3704', 'Zeist', 'Slotlaan', '030'], ['3731', 'De Bilt', 'Hessenweg', '030'], ['3991', 'Houten', 'Loerikseweg', '030'], ['3437', 'Nieuwegein', 'Herenstraat', '030'], ['3451', 'Vleuten', 'Dorpsstraat', '030']]
const IM_INS = ['CZ', 'VGZ', 'Zilveren Kruis', 'Menzis', 'DSW', 'ONVZ', 'Zilveren Kruis', 'a.s.r.', 'Univé']
const IM_GP = ['H.J. de Boer (Huisartsenpraktijk Wittevrouwen)', 'M. Kok (Gezondheidscentrum Oost)', 'A.C. Verhoeven (Huisartsen Lombok)', 'R. Pauw (Huisartsenpraktijk Zeist-Centrum)', 'S. el Amrani (Huisartsen De Bilt)']
const imPlace = (c) => row(IM_PLACE, nl(c).r1 % 10)
const imPc = (c) => `${imPlace(c)[0]} ${row('ABCEGHJKLMNPRTVWXZ', nl(c).r2)}${row('ABCEGHJKLMNPRTVWXZ', nl(c).r1 >> 3)}`
const imNo = (c) => 1 + (nl(c).r2 % 180)
const imAdd = (c) => row(['', '', 'bis', '', 'A', '', '2-hoog', ''], n(c) % 8)
const imLast = (c) => Math.max(c.created, c.updated)
const imActive = (c) => imLast(c) > Date.UTC(2024, 0, 1)
const initials = (f) => f.split(/[ -]/).map((x) => `${x[0]}.`).join('')
const SET_IM = { name: 'intramed-patientenoverzicht-nl', product: 'Intramed (Overzichten > Patiënten > Patiëntenoverzicht > Exporteren naar Excel, one row per patient, Dutch UI, a three-therapist physiotherapy practice in Utrecht-Oost)', family: 'healthcare', language: 'nl', schema: P, cols: [
  ['Patiëntnr.', (c) => String(10000 + (n(c) % 9000)), ID],
  ['Achternaam', (c) => nl(c).last, ['person.name.lastName']],
  ['Voorvoegsel', (c) => nl(c).tv, ['person.name.middleName', 'person.name.lastName'], opt],
  ['Voorletters', (c) => initials(nl(c).first), [], opt],
  ['Roepnaam', (c) => nl(c).first, ['person.name.firstName']],
  ['Geslacht', (c) => (nl(c).female ? 'V' : 'M'), ['person.gender']],
  ['Geboortedatum', (c) => dmy(at0(nl(c).birth), '-'), ['person.birthDate']],
  ['BSN', (c) => bsn(n(c)), ['person.taxId'], opt],
  ['Straat', (c) => imPlace(c)[2], HOMES('street1')],
  ['Huisnr.', (c) => String(imNo(c)), HOMES('street1').concat(HOMES('street2')), opt],
  ['Toev.', (c) => imAdd(c), HOMES('street2'), opt],
  ['Postcode', (c) => imPc(c), HOMES('postalCode')],
  ['Woonplaats', (c) => imPlace(c)[1], HOMES('city')],
  ['Telefoon', (c) => (n(c) % 3 === 0 ? `${imPlace(c)[3]}-${2000000 + (nl(c).r1 * 731) % 7999999}` : ''), ['homePhone.number']],
  ['Mobiel', (c) => `${nl(c).mob.slice(0, 2)}-${nl(c).mob.slice(2)}`, ['mobilePhone.number']],
  ['E-mail', (c) => (n(c) % 8 === 0 ? '' : nl(c).mail), ['personalEmail.address']],
  ['Zorgverzekeraar', (c) => row(IM_INS, nl(c).r2 % 9), []],
  ['Polisnummer', (c) => String(100000000 + (nl(c).r1 * 104729 + nl(c).r2) % 899999999), []],
  ['Huisarts', (c) => row(IM_GP, nl(c).r2 % 5), []],
  ['Verwijzing', (c) => row(['Huisarts', 'DTF (zonder verwijzing)', 'Medisch specialist', 'DTF (zonder verwijzing)', 'Huisarts'], n(c) % 5), [], opt],
  ['Therapeut', (c) => row(['Koen Vermeer', 'Lieke Jansma', 'Youssef Tahiri'], n(c) % 3), []],
  ['Datum eerste behandeling', (c) => dmy(cet(Math.min(c.created, c.updated)), '-'), [], opt],
  ['Datum laatste behandeling', (c) => dmy(cet(imLast(c)), '-'), []],
  ['Online toegang', (c) => (n(c) % 8 !== 0 && n(c) % 3 !== 1 ? 'Ja' : 'Nee'), []],
  ['Status', (c) => (imActive(c) ? 'Actief' : 'Inactief'), [], opt],
] }

// ---------------------------------------------------------------- 7. Kinlogix patient list (fr-CA, P)
// a Laval physiotherapy and osteopathy clinic; Quebec dates as AAAA-MM-JJ, amounts as "45,00 $"
// [ville, préfixe postal, indicatif]
const KX_CITY = [['Laval', 'H7N', '450'], ['Laval', 'H7T', '450'], ['Laval', 'H7W', '450'], ['Laval', 'H7G', '450'], ['Montréal', 'H2C', '514'], ['Montréal', 'H4J', '514'], ['Boisbriand', 'J7G', '450'], ['Sainte-Thérèse', 'J7E', '450'], ['Terrebonne', 'J6W', '450'], ['Blainville', 'J7C', '579']]
const KX_STREET = ['boul. Saint-Martin Ouest', 'boul. des Laurentides', 'rue Principale', 'boul. Le Corbusier', 'av. des Bois', 'rue de Villemure', 'boul. Labelle', 'rue Fleury Est', 'boul. Curé-Labelle', 'rue Notre-Dame']
const KX_INS = ['Beneva', 'Desjardins Assurances', 'Sun Life', 'Canada Vie', 'CNESST', 'SAAQ', 'Aucun', 'Manuvie', 'Beneva']
const kxCity = (c) => row(KX_CITY, qc(c).r1 % 10)
const kxPc = (c) => { const q = qc(c).r2; return `${kxCity(c)[1]} ${q % 10}${'ABCEGHJKLMNPRSTVWXYZ'[q % 20]}${(q >> 3) % 10}` }
const kxTel = (c, k) => { const a = kxCity(c)[2]; const x = (qc(c).r1 * 7919 + qc(c).r2 * 31 + k * 104729) % 7999999; return `(${a}) ${200 + Math.floor(x / 10000)}-${pad(x % 10000, 4)}` }
const kxRamq = (c) => { const p = qc(c), b = at0(p.birth); return `${up(p.last).slice(0, 3).padEnd(3, 'X')}${up(p.first)[0]} ${String(b.y).slice(2)}${pad(b.m + (p.female ? 50 : 0))} ${pad(b.d)}${pad(p.r2 % 100)}` }
const SET_KX = { name: 'kinlogix-liste-patients-qc', product: 'Kinlogix (Rapports > Liste des patients > Exporter vers Excel, one row per patient file, French (Canada) UI, a Laval physiotherapy and osteopathy clinic)', family: 'healthcare', language: 'fr', schema: P, cols: [
  ['No de dossier', (c) => String(n(c) % 20000), ID],
  ['Nom', (c) => qc(c).last, ['person.name.lastName']],
  ['Prénom', (c) => qc(c).first, ['person.name.firstName']],
  ['Date de naissance', (c) => ymd(at0(qc(c).birth)), ['person.birthDate']],
  ['Sexe', (c) => (qc(c).female ? 'F' : 'M'), ['person.gender']],
  ['Langue de correspondance', (c) => (n(c) % 6 === 0 ? 'Anglais' : 'Français'), [], opt],
  ['Adresse', (c) => `${10 + (qc(c).r1 * 7) % 4980}, ${row(KX_STREET, qc(c).r2 % 10)}${n(c) % 4 === 0 ? `, app. ${1 + (n(c) % 12)}` : ''}`, HOMES('street1')],
  ['Ville', (c) => kxCity(c)[0], HOMES('city')],
  ['Province', () => 'QC', STATE(['homeAddress', 'mailingAddress'])],
  ['Code postal', (c) => kxPc(c), HOMES('postalCode')],
  ['Tél. résidence', (c) => (n(c) % 3 === 0 ? kxTel(c, 1) : ''), ['homePhone.number']],
  ['Tél. cellulaire', (c) => (n(c) % 7 === 0 ? '' : kxTel(c, 2).replace(/\((450|579)\)/, `(${row(['438', '514', '450'], n(c) % 3)})`)), ['mobilePhone.number']],
  ['Tél. travail', (c) => (n(c) % 5 === 0 ? `${kxTel(c, 3)} poste ${100 + (n(c) % 800)}` : ''), ['workPhone.number']],
  ['Courriel', (c) => (n(c) % 9 === 0 ? '' : qc(c).mail), ['personalEmail.address']],
  ['No d\'assurance maladie', (c) => (n(c) % 5 === 2 ? '' : kxRamq(c)), []],
  ['Assureur', (c) => row(KX_INS, qc(c).r2 % 9), []],
  ['Référé par', (c) => row(['Dre Marie-Claude Gagnon (médecin de famille)', 'Bouche-à-oreille', 'Recherche Google', 'Dr Stéphane Roy (orthopédiste)', 'Bouche-à-oreille', 'Employeur'], n(c) % 6), [], opt],
  ['Professionnel attitré', (c) => row(['Julie Bélanger, pht', 'Maxime Caron, pht', 'Annie Rousseau, ostéopathe', 'Vincent Ouimet, T.R.P.'], n(c) % 4), []],
  ['Date d\'ouverture du dossier', (c) => ymd(mtl(Math.min(c.created, c.updated))), [], opt],
  ['Dernier rendez-vous', (c) => ymd(mtl(Math.max(c.created, c.updated))), []],
  ['Solde', (c) => `${dec(n(c) % 4 === 0 ? row([45, 90, 62.5, 135], n(c) % 7) : 0)} $`, []],
  ['Consentement rappels par courriel/texto', (c) => (n(c) % 9 === 0 || n(c) % 5 === 1 ? 'Non' : 'Oui'), [], opt],
  ['Actif', (c) => (n(c) % 8 === 0 ? 'Non' : 'Oui'), [], opt],
] }

// ---------------------------------------------------------------- 8. Golee member list (it, P)
// a Monza volleyball club (ASD): youth teams, adult teams, coaches and board members; minors carry a parent's contacts
// [CAP, comune, sigla]
const GL_CITY = [['20900', 'Monza', 'MB'], ['20900', 'Monza', 'MB'], ['20861', 'Brugherio', 'MB'], ['20871', 'Vimercate', 'MB'], ['20851', 'Lissone', 'MB'], ['20052', 'Monza', 'MB'], ['20835', 'Muggiò', 'MB'], ['20862', 'Arcore', 'MB'], ['20099', 'Sesto San Giovanni', 'MI'], ['20092', 'Cinisello Balsamo', 'MI']]
const GL_STREET = ['Via Borgazzi', 'Via Lecco', 'Viale Libertà', 'Via Cavallotti', 'Via Mentana', 'Via Italia', 'Via Marsala', 'Via Volta', 'Via Manzoni', 'Via Cesare Battisti']
// [squadra, ruolo, età minima, età massima, quota]
const GL_TEAM = [['Under 13 F', 'Atleta', 11, 12, 380], ['Under 16 F', 'Atleta', 14, 15, 420], ['Under 18 M', 'Atleta', 16, 17, 420], ['Serie D F', 'Atleta', 19, 34, 450], ['Prima Divisione M', 'Atleta', 20, 38, 400], ['Minivolley', 'Atleta', 7, 10, 300], ['Under 16 F', 'Allenatore', 24, 55, 0], ['Consiglio direttivo', 'Dirigente', 40, 66, 0], ['Under 14 M', 'Atleta', 12, 13, 380]]
const glTeam = (c) => row(GL_TEAM, it(c).r2 % 9)
const glBirth = (c) => { const t = glTeam(c); const age = t[2] + (it(c).r1 % (t[3] - t[2] + 1)); return Date.UTC(2025 - age, (it(c).r1 * 7) % 12, 1 + (it(c).r2 % 28)) }
const glMinor = (c) => glTeam(c)[3] < 18
const glFemale = (c) => (glTeam(c)[0].endsWith(' F') ? true : glTeam(c)[0].endsWith(' M') ? false : it(c).female)
const glFirst = (c) => (glFemale(c) === it(c).female ? it(c).first : row(glFemale(c) ? IT.f : IT.m, it(c).r1))
const glCity = (c) => row(GL_CITY, it(c).r1 % 10)
const glParent = (c) => (it(c).first === glFirst(c) ? row(it(c).female ? IT.m : IT.f, it(c).r2) : it(c).first)
const glMail = (c) => { const f = glMinor(c) ? glParent(c) : glFirst(c); return `${v.slug(f)}${row(['.', '', '_', '.'], it(c).r1)}${v.slug(it(c).last)}${it(c).r2 % 3 ? it(c).r2 % 90 + 1 : ''}@${row(IT.mail, it(c).r1 >> 2)}` }
const glPaid = (c) => (glTeam(c)[4] === 0 ? '' : row(['Saldato', 'Saldato', 'Acconto versato', 'Saldato', 'Da pagare'], n(c) % 5))
const SET_GL = { name: 'golee-esporta-tesserati-it', product: 'Golee (gestionale società sportive: Tesserati > Elenco tesserati > Esporta Excel, one row per member of the season, Italian UI, a Monza amateur volleyball club with youth teams)', family: 'memberships', language: 'it', schema: P, cols: [
  ['ID', (c) => String(880000 + (n(c) % 100000)), ID],
  ['Nome', (c) => glFirst(c), ['person.name.firstName']],
  ['Cognome', (c) => it(c).last, ['person.name.lastName']],
  ['Codice fiscale', (c) => codFisc(glFirst(c), it(c).last, glFemale(c), glBirth(c), it(c).born[2]), ['person.taxId']],
  ['Sesso', (c) => (glFemale(c) ? 'F' : 'M'), ['person.gender']],
  ['Data di nascita', (c) => dmy(at0(glBirth(c)), '/'), ['person.birthDate']],
  ['Luogo di nascita', (c) => `${it(c).born[0]} (${it(c).born[1]})`, []],
  ['Cittadinanza', (c) => (n(c) % 13 === 0 ? 'Ucraina' : n(c) % 17 === 0 ? 'Romena' : 'Italiana'), ['person.nationality'], opt],
  ['Indirizzo', (c) => `${row(GL_STREET, it(c).r2 % 10)} ${1 + (it(c).r1 % 140)}`, HOMES('street1')],
  ['CAP', (c) => glCity(c)[0], HOMES('postalCode')],
  ['Comune', (c) => glCity(c)[1], HOMES('city')],
  ['Provincia', (c) => glCity(c)[2], STATE(['homeAddress', 'mailingAddress'])],
  ['Email', (c) => glMail(c), ['personalEmail.address']],
  ['Cellulare', (c) => (n(c) % 6 === 0 ? `+39${it(c).mob.replace(' ', '')}` : it(c).mob), ['mobilePhone.number']],
  ['Ruolo', (c) => glTeam(c)[1], [], opt],
  ['Squadra', (c) => glTeam(c)[0], []],
  ['Stagione', () => '2025/2026', []],
  ['Matricola FIPAV', (c) => (glTeam(c)[1] === 'Dirigente' && n(c) % 2 ? '' : String(1000000 + (n(c) * 7) % 8999999)), [], opt],
  ['Data iscrizione', (c) => dmy(cet(Date.UTC(2025, 7, 25) + ((n(c) * 7919) % (40 * 86400)) * 1000), '/'), ['loyalty.joinDate'], opt],
  ['Quota', (c) => (glTeam(c)[4] ? eur(glTeam(c)[4]) : ''), []],
  ['Stato pagamento', (c) => glPaid(c), []],
  ['Tipo certificato medico', (c) => (glTeam(c)[0] === 'Minivolley' || glTeam(c)[1] !== 'Atleta' ? 'Non agonistico' : 'Agonistico'), []],
  ['Scadenza certificato', (c) => dmy(at0(Date.UTC(2025, 8, 1) + ((n(c) * 131) % 420) * day), '/'), []],
  ['Genitore / tutore', (c) => (glMinor(c) ? `${glParent(c)} ${it(c).last}` : ''), []],
  ['Consenso foto e video', (c) => (n(c) % 7 === 0 ? 'No' : 'Sì'), [], opt],
] }

// ---------------------------------------------------------------- 9. inwink attendee export (fr-BE, B)
// a one-day SME cybersecurity event in Brussels run by a Walloon-Brussels ICT federation; French UI, mostly Belgian
// attendees with a few from northern France
// [société, secteur, taille, code postal, ville, pays, domaine, tél. standard, n° TVA]
const IW_CO = [
  ['Brunet & Fils SRL', 'Construction', '10-49', '5000', 'Namur', 'Belgique', 'brunetfils.be', '+32 81 22 45 10', 'BE0437.512.098'],
  ['Optimaal IT SRL', 'Services informatiques', '10-49', '1348', 'Louvain-la-Neuve', 'Belgique', 'optimaal-it.be', '+32 10 45 67 80', 'BE0712.403.885'],
  ['Wallonie Logistique SA', 'Transport et logistique', '250-499', '6041', 'Gosselies', 'Belgique', 'walolog.be', '+32 71 34 90 00', 'BE0458.221.637'],
  ['Cabinet Renard & Associés', 'Expertise comptable', '1-9', '1050', 'Ixelles', 'Belgique', 'renard-associes.be', '+32 2 640 18 22', 'BE0821.117.452'],
  ['Meuse Agro SC', 'Agroalimentaire', '50-249', '4020', 'Liège', 'Belgique', 'meuseagro.be', '+32 4 343 55 70', 'BE0402.996.314'],
  ['Clinique Saint-Rémy ASBL', 'Santé', '250-499', '1180', 'Uccle', 'Belgique', 'cliniquestremy.be', '+32 2 375 40 00', 'BE0410.327.506'],
  ['Nordis Conseil SAS', 'Conseil', '10-49', '59000', 'Lille', 'France', 'nordis-conseil.fr', '+33 3 20 55 41 90', 'FR42851203477'],
  ['Imprimerie Hennuyère SRL', 'Imprimerie', '10-49', '7000', 'Mons', 'Belgique', 'imprimerie-hennuyere.be', '+32 65 31 72 04', 'BE0450.678.129'],
  ['Commune de Woluwe-Est', 'Secteur public', '250-499', '1200', 'Woluwe-Saint-Lambert', 'Belgique', 'woluwe-est.brussels', '+32 2 761 27 11', ''],
]
const IW_JOB = ['Responsable informatique', 'Administrateur délégué', 'CISO', 'Gérant', 'Chef de projet IT', 'Directrice financière', 'DPO', 'Administrateur systèmes et réseaux', 'Office manager']
const IW_TYPE = ['Visiteur', 'Visiteur', 'Visiteur', 'Intervenant', 'Visiteur', 'Exposant', 'Visiteur', 'Presse']
const iwCo = (c) => row(IW_CO, be(c).r1 % 9)
const iwType = (c) => row(IW_TYPE, be(c).r2 % 8)
const iwSt = (c) => (n(c) % 11 === 0 ? 'Annulé' : n(c) % 4 === 0 ? 'Absent' : n(c) % 3 === 0 ? 'Inscrit' : 'Présent')
const iwEvent = Date.UTC(2025, 9, 16, 7, 30)
const iwReg = (c) => daytime(Date.UTC(2025, 9, 16) - (2 + (n(c) * 7) % 70) * day, 0, n(c))
const iwMail = (c) => `${v.slug(be(c).first)}.${v.slug(be(c).last)}@${iwCo(c)[6]}`
const SET_IW = { name: 'inwink-export-participants-be', product: 'inwink (back-office de l\'événement: Participants > Tous les participants > Exporter (Excel), one row per registered attendee, French UI, a one-day SME cybersecurity event in Brussels run by an ICT federation, Europe/Brussels)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
  ['Identifiant', (c) => v.uuid(v.rng(n(c) * 13 + 5)), B2BID],
  ['Date d\'inscription', (c) => dmyhm(cet(iwReg(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Type de participant', (c) => iwType(c), ['b2b.personType'], opt],
  ['Statut', (c) => iwSt(c), [], opt],
  ['Civilité', (c) => (be(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
  ['Prénom', (c) => be(c).first, ['person.name.firstName']],
  ['Nom', (c) => be(c).last, ['person.name.lastName']],
  ['E-mail', (c) => iwMail(c), WE],
  ['Société', (c) => iwCo(c)[0], CO],
  ['Fonction', (c) => row(IW_JOB, be(c).r2 % 9), ['extendedWorkDetails.jobTitle']],
  ['Secteur d\'activité', (c) => iwCo(c)[1], [], opt],
  ['Taille de l\'entreprise', (c) => iwCo(c)[2], []],
  ['Téléphone', (c) => (n(c) % 3 === 0 ? '' : iwCo(c)[7]), ['workPhone.number']],
  ['Mobile', (c) => (n(c) % 4 === 1 ? '' : iwCo(c)[5] === 'France' ? `+33 6 ${pad(be(c).r1 % 100)} ${pad(be(c).r2 % 100)} ${pad((be(c).r1 * 7) % 100)} ${pad((be(c).r2 * 3) % 100)}` : be(c).mob), ['mobilePhone.number']],
  ['Code postal', (c) => iwCo(c)[3], [W('postalCode')]],
  ['Ville', (c) => iwCo(c)[4], [W('city')]],
  ['Pays', (c) => iwCo(c)[5], [W('country')]],
  ['Numéro de TVA', (c) => iwCo(c)[8], ACCT, opt],
  ['Langue', (c) => (n(c) % 7 === 0 ? 'NL' : n(c) % 13 === 0 ? 'EN' : 'FR'), []],
  ['Source', (c) => row(['newsletter', 'linkedin', 'site-web', 'invitation-exposant', 'newsletter', 'bouche-a-oreille'], n(c) % 6), ['b2b.personSource'], opt],
  ['Sessions', (c) => row(['Atelier NIS2 : par où commencer ?', 'Table ronde ransomware ; Atelier sauvegardes', '', 'Keynote ; Atelier phishing', 'Atelier NIS2 : par où commencer ? ; Keynote'], n(c) % 5), []],
  ['Date de check-in', (c) => (iwSt(c) === 'Présent' ? dmyhm(cet(iwEvent + ((n(c) * 37) % 7200) * 1000)) : ''), []],
  ['Accepte de recevoir la newsletter', (c) => (n(c) % 4 === 2 ? 'Non' : 'Oui'), OPTIN, opt],
] }

// ---------------------------------------------------------------- 10. Inschrijven.nl participant export (nl, B)
// a one-day national congress on circular construction in Utrecht, run by a trade association; members pay less
// [organisatie, straat, postcode, plaats, domein, telefoon, btw-nummer]
const IS_CO = [
  ['Bouwbedrijf Van Wijk B.V.', 'Nijverheidsweg 14', '3534 AM', 'Utrecht', 'vanwijkbouw.nl', '030-2410870', 'NL812345671B01'],
  ['Architectenbureau De Ruimte', 'Oudegracht 221', '3511 NH', 'Utrecht', 'deruimte-architecten.nl', '030-2318844', 'NL853120448B01'],
  ['Woningcorporatie Stadswonen Amersfoort', 'Stationsplein 9', '3818 LE', 'Amersfoort', 'stadswonen-amersfoort.nl', '033-4221900', 'NL004512873B01'],
  ['Ingenieursbureau Kruithof & Partners', 'Vlasakkerweg 33', '3811 MS', 'Amersfoort', 'kruithofpartners.nl', '033-4659012', 'NL809934125B01'],
  ['Groen Demontage B.V.', 'Industrieweg 88', '3401 MA', 'IJsselstein', 'groendemontage.nl', '030-6884420', 'NL861002937B01'],
  ['Gemeente Nieuwegein', 'Stadsplein 1', '3431 LZ', 'Nieuwegein', 'nieuwegein.nl', '14 030', ''],
  ['Hogeschool Domstad', 'Heidelberglaan 15', '3584 CS', 'Utrecht', 'hsdomstad.nl', '088-4812000', ''],
  ['Houtbouw Oost B.V.', 'Europaweg 120', '7336 AL', 'Apeldoorn', 'houtbouwoost.nl', '055-5421180', 'NL857311004B01'],
]
const IS_JOB = ['Projectleider', 'Directeur', 'Adviseur duurzaamheid', 'Architect', 'Inkoper', 'Beleidsmedewerker circulaire economie', 'Werkvoorbereider', 'Docent bouwkunde', 'Assetmanager']
// [deelnametype, bedrag]
const IS_TYPE = [['Dagticket lid', 295], ['Dagticket niet-lid', 395], ['Dagticket lid', 295], ['Student', 75], ['Dagticket niet-lid', 395], ['Spreker', 0], ['Dagticket lid', 295]]
const isCo = (c) => row(IS_CO, nl(c).r1 % 8)
const isType = (c) => (isCo(c)[0].startsWith('Hogeschool') && n(c) % 2 ? IS_TYPE[3] : row(IS_TYPE, nl(c).r2 % 7))
const isSt = (c) => (n(c) % 12 === 0 ? 'Geannuleerd' : n(c) % 15 === 0 ? 'Wachtlijst' : 'Definitief')
const isPayBy = (c) => (isType(c)[1] === 0 ? '' : isType(c)[0] === 'Student' ? 'iDEAL' : isCo(c)[0].startsWith('Gemeente') || n(c) % 3 === 0 ? 'Op factuur' : 'iDEAL')
const isReg = (c) => daytime(Date.UTC(2025, 10, 20) - (3 + (n(c) * 11) % 80) * day, 0, n(c))
const SET_IS = { name: 'inschrijven-nl-deelnemers-export-nl', product: 'Inschrijven.nl (beheeromgeving: Evenement > Deelnemers > Exporteren naar Excel, one row per registration, Dutch UI, a trade association\'s one-day circular-construction congress in Utrecht, Europe/Amsterdam, EUR)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
  ['Inschrijfnummer', (c) => String(500000 + (n(c) * 3) % 400000), B2BID],
  ['Datum inschrijving', (c) => dmyhm(cet(isReg(c)), '-'), ['extSourceSystemAudit.createdDate'], opt],
  ['Status', (c) => isSt(c), [], opt],
  ['Deelnametype', (c) => isType(c)[0], [], opt],
  ['Aanhef', (c) => (nl(c).female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
  ['Voornaam', (c) => nl(c).first, ['person.name.firstName']],
  ['Tussenvoegsel', (c) => nl(c).tv, ['person.name.middleName', 'person.name.lastName'], opt],
  ['Achternaam', (c) => nl(c).last, ['person.name.lastName']],
  ['Organisatie', (c) => isCo(c)[0], CO],
  ['Functie', (c) => (isType(c)[0] === 'Student' ? 'Student' : row(IS_JOB, nl(c).r2 % 9)), ['extendedWorkDetails.jobTitle']],
  ['E-mailadres', (c) => `${v.slug(nl(c).first)[0]}.${v.slug(nl(c).tv + nl(c).last)}@${isCo(c)[4]}`, WE],
  ['Telefoonnummer', (c) => (n(c) % 3 === 0 ? isCo(c)[5] : `${nl(c).mob.slice(0, 2)}-${nl(c).mob.slice(2)}`), ['workPhone.number', 'mobilePhone.number']],
  ['Factuuradres', (c) => isCo(c)[1], ['billingAddress.street1', W('street1')], opt],
  ['Postcode', (c) => isCo(c)[2], ['billingAddress.postalCode', W('postalCode')], opt],
  ['Plaats', (c) => isCo(c)[3], ['billingAddress.city', W('city')], opt],
  ['Uw referentie / PO-nummer', (c) => (isPayBy(c) === 'Op factuur' ? `PO-${2025}${pad((n(c) * 7) % 100000, 5)}` : ''), []],
  ['Btw-nummer', (c) => (isPayBy(c) === 'Op factuur' ? isCo(c)[6] : ''), ACCT, opt],
  ['Bedrag', (c) => `€ ${thou(isType(c)[1])}`, []],
  ['Betaalwijze', (c) => isPayBy(c), []],
  ['Betaalstatus', (c) => (isType(c)[1] === 0 ? '' : isPayBy(c) === 'iDEAL' ? 'Betaald' : n(c) % 4 === 0 ? 'Openstaand' : 'Betaald'), []],
  ['Workshopronde 1', (c) => row(['Materialenpaspoort in de praktijk', 'Circulair aanbesteden', 'Biobased bouwen met hout en hennep', 'Materialenpaspoort in de praktijk'], n(c) % 4), []],
  ['Workshopronde 2', (c) => row(['Urban mining: slopen als grondstofbank', 'MPG en de nieuwe eisen', 'Circulair aanbesteden', 'Urban mining: slopen als grondstofbank', 'Geen voorkeur'], n(c) % 5), []],
  ['Dieetwensen', (c) => row(['', '', 'Vegetarisch', '', 'Glutenvrij', 'Veganistisch', ''], n(c) % 7), []],
  ['Aanwezig', (c) => (isSt(c) !== 'Definitief' ? '' : n(c) % 6 === 0 ? 'Nee' : 'Ja'), []],
  ['Nieuwsbrief ontvangen', (c) => (n(c) % 3 === 2 ? 'Nee' : 'Ja'), OPTIN, opt],
] }

export const SETS = [SET_MP, SET_CL, SET_TL, SET_AV, SET_PG, SET_IM, SET_KX, SET_GL, SET_IW, SET_IS]
