// Round 61, tune126: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of regions and languages, each export in its product's UI language: a US
// music-sales platform's sales report (Bandcamp), an Australian ticketing platform's orders (Megatix), an Australian
// real-estate CRM's contacts (VaultRE) and an e-mail finder's lead list for a UK prospector (Findymail) (en 4); a French
// direct-debit subscription platform's payments (Slimpay) and a French retail loyalty platform's card holders (Kiwup)
// (fr 2); an Italian ticketing site's sales report (Listicket) and a B2B prospecting tool's leads (Genesy, Italian UI)
// (it 2); a Dutch customer-service chat platform's conversations (Watermelon) and a Dutch e-mail marketing platform's
// customers (Clang) (nl 2); a Spanish CRM's contacts (Tecnicrm) and a Spanish ticketing platform's attendees (Woutick)
// (es 2). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, hm12, local, summer, dec, slug, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const GEO = (leaf) => `placeContext.geo.${leaf}`
// local clocks: US Pacific, the UK and central Europe keep summer time (northern months); Sydney keeps it in the
// southern summer; Brisbane (Queensland) never does
const pst = (ms) => local(ms, -8)
const cet = (ms) => local(ms, 1)
const syd = (ms) => shift(ms, summer(ms) ? 10 : 11)
const bne = (ms) => shift(ms, 10)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2f6b1c3d); r(); r(); return r }
const bd = (c) => v.parts(c.birth)
// the shared person's first name decides the gender where a column shows it
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Camille',
  'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- local ids with their check characters
// Italian codice fiscale (surname, name, birth date with +40 for women, municipality, check letter)
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfVal = (ch) => (/\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65)
const up = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z]/g, '')
const cons = (s) => up(s).replace(/[AEIOU]/g, ''), vows = (s) => up(s).replace(/[^AEIOU]/g, '')
const cfCode = (c, town) => {
  const cl = cons(c.last), cf = cons(c.first), p = bd(c)
  const a = (cl + vows(c.last) + 'XXX').slice(0, 3)
  const b = cf.length >= 4 ? cf[0] + cf[2] + cf[3] : (cf + vows(c.first) + 'XXX').slice(0, 3)
  const s = `${a}${b}${pad(p.y % 100)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${town}`
  const sum = [...s].reduce((t, ch, i) => t + (i % 2 === 0 ? CF_ODD[cfVal(ch)] : cfVal(ch)), 0)
  return s + String.fromCharCode(65 + (sum % 26))
}
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
// Spanish CIF of a limited company (B + 7 digits + numeric control)
const cifEs = (stem) => { const d = pad(stem, 7).split('').map(Number); const odd = [0, 2, 4, 6].reduce((t, k) => { const x = d[k] * 2; return t + Math.floor(x / 10) + (x % 10) }, 0); const even = d[1] + d[3] + d[5]; return `B${d.join('')}${(10 - ((odd + even) % 10)) % 10}` }

// ---------------------------------------------------------------- 1. Bandcamp: a Chicago indie label's sales report
// [item type, item name, artist, package, option, sku, catalog number, upc, isrc, price, shippable]
const BC_ITEMS = [
  ['album', 'Static Harbor', 'The Marrow Lines', '', '', '', 'CLR-031', '', '', 9, false],
  ['package', 'Static Harbor', 'The Marrow Lines', '12" Vinyl LP (Sea Glass Blue)', '', 'CLR031-LP-BLU', 'CLR-031', '196292384417', '', 25, true],
  ['track', 'Lake Effect', 'Juniper Hale', '', '', '', 'CLR-029', '', 'QZHN42400112', 1, false],
  ['package', 'Static Harbor', 'The Marrow Lines', 'Cassette', '', 'CLR031-CS', 'CLR-031', '196292384424', '', 10, true],
  ['package', 'Cold Lake Records Logo Tee', 'Cold Lake Records', 'T-Shirt/Apparel', 'Medium', 'CLR-TEE-M', '', '', '', 22, true],
  ['album', 'Northerly', 'Juniper Hale', '', '', '', 'CLR-029', '', '', 8, false],
  ['package', 'Northerly', 'Juniper Hale', 'Compact Disc (CD)', '', 'CLR029-CD', 'CLR-029', '196292311123', '', 12, true],
  ['package', 'Cold Lake Records Logo Tee', 'Cold Lake Records', 'T-Shirt/Apparel', 'Large', 'CLR-TEE-L', '', '', '', 22, true],
]
const bcItem = (o, i) => row(BC_ITEMS, i + n(o))
const bcShips = (o, i) => bcItem(o, i)[10]
const bcQty = (o, i) => (bcShips(o, i) ? Math.min(o.qty, 2) : 1)
const bcTip = (o, i) => (!bcShips(o, i) && n(o) % 4 === 1 ? [1, 2, 5][n(o) % 3] : 0)
const bcSub = (o, i) => bcItem(o, i)[9] * bcQty(o, i) + bcTip(o, i)
const bcDisc = (o, i) => (o.discount && bcShips(o, i) ? Math.round(bcSub(o, i) * 20) / 100 : 0)
const bcShip = (o, i) => (bcShips(o, i) ? (bcItem(o, i)[3].startsWith('12') ? 7 : 4.5) + (bcQty(o, i) - 1) * 2 : 0)
const bcTax = (c, o, i) => (bcShips(o, i) && ['IL', 'NY', 'TX', 'WA'].includes(c.region) ? Math.round((bcSub(o, i) - bcDisc(o, i)) * 0.0825 * 100) / 100 : 0)
const bcTotal = (c, o, i) => bcSub(o, i) - bcDisc(o, i) + bcShip(o, i) + bcTax(c, o, i)
const bcFeeType = (o) => (n(o) % 3 === 0 ? 'paypal' : 'bandcamp pay')
const bcFee = (c, o, i) => Math.round((bcTotal(c, o, i) * 0.029 + 0.3) * 100) / 100
const bcShare = (o, i) => Math.round((bcSub(o, i) - bcDisc(o, i)) * (bcShips(o, i) ? 0.1 : 0.15) * 100) / 100
const bcRef = (o) => row([['bandcamp', 'https://bandcamp.com/discover'], ['direct', ''], ['google', 'https://www.google.com/'], ['bandcamp', 'https://bandcamp.com/'], ['instagram', 'https://l.instagram.com/'], ['fan', 'https://bandcamp.com/'], ['bandcamp daily', 'https://daily.bandcamp.com/']], n(o) >> 1)
const bcDT = (ms) => { const p = pst(ms); return `${p.m}/${p.d}/${String(p.y).slice(2)} ${hm12(p).replace(' ', '').toLowerCase()}` }
const bcShipped = (o, i) => bcShips(o, i) && n(o) % 5 !== 2

// ---------------------------------------------------------------- 2. Megatix: an Enmore (Sydney) live-music room
// [event, event date (local), [ticket type, price]..., doors (UTC instant)]
const MX_EVENTS = [
  ['Saltwater Saints + Hollow Coves (support)', '14/09/2024 19:30', [['Early Bird', 28], ['General Admission', 35], ['VIP Mezzanine', 60]], Date.UTC(2024, 8, 14, 9, 30)],
  ['Sunday Soul Sessions Vol. 14', '22/09/2024 16:00', [['General Admission', 25], ['Table for 4', 110]], Date.UTC(2024, 8, 22, 6, 0)],
  ['Inner West Comedy Night', '03/10/2024 20:00', [['General Admission', 30], ['Concession', 22]], Date.UTC(2024, 9, 3, 9, 0)],
  ['Velvet Static - Album Launch', '19/10/2024 20:00', [['Presale', 32], ['General Admission', 38], ['Meet & Greet Package', 95]], Date.UTC(2024, 9, 19, 9, 0)],
]
const mxEv = (o) => row(MX_EVENTS, n(o) >> 1)
const mxTix = (o, i) => row(mxEv(o)[2], i + n(o))
const mxQty = (o, i) => (mxTix(o, i)[0].startsWith('Table') ? 1 : o.qty)
const mxFee = (o, i) => (mxChan(o) !== 'Online' ? 0 : Math.round(mxQty(o, i) * (1.1 + mxTix(o, i)[1] * 0.045) * 100) / 100)
const mxChan = (o) => row(['Online', 'Online', 'Online', 'Box Office', 'Online', 'Online', 'Complimentary', 'Online'], n(o))
const mxSub = (o, i) => (mxChan(o) === 'Complimentary' ? 0 : mxTix(o, i)[1] * mxQty(o, i))
const mxDisc = (o, i) => (o.discount && mxChan(o) === 'Online' ? Math.round(mxSub(o, i) * 10) / 100 : 0)
const mxTotal = (o, i) => mxSub(o, i) - mxDisc(o, i) + mxFee(o, i)
const mxStatus = (o) => (n(o) % 11 === 3 ? 'Refunded' : 'Completed')
const mxPay = (o) => (mxChan(o) === 'Complimentary' ? 'Complimentary' : mxChan(o) === 'Box Office' ? row(['Card (EFTPOS)', 'Cash'], n(o) >> 2) : row(['Credit Card', 'Apple Pay', 'Credit Card', 'Google Pay', 'PayPal', 'Afterpay'], n(o) >> 1))
const mxAt = (o) => (mxChan(o) === 'Box Office' ? mxEv(o)[3] - (n(o) % 40) * 60000 : inHours(mxEv(o)[3] - ((n(o) % 75) + 1) * day - (n(o) % 86400) * 1000, syd, 8, 23))
const mxIn = (o) => mxEv(o)[3] + (10 + (n(o) % 110)) * 60000
const mxDT = (ms) => { const p = syd(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SYD_PC = ['2042', '2204', '2048', '2049', '2050', '2040', '2044', '2130', '2010', '2016', '2041', '2203']
const auMob = (r) => `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`

// ---------------------------------------------------------------- 3. VaultRE: a Wynnum (Brisbane) real-estate agency
// [street, suburb, postcode]
const BNE = [['Tingal Road', 'Wynnum', '4178'], ['Florence Street', 'Wynnum', '4178'], ['Berrima Street', 'Wynnum', '4178'], ['Bay Terrace', 'Wynnum', '4178'], ['Wondall Road', 'Manly West', '4179'], ['Cambridge Parade', 'Manly', '4179'], ['Ernest Street', 'Manly', '4179'], ['Manly Road', 'Tingalpa', '4173'], ['Preston Road', 'Wynnum West', '4178'], ['Gosport Street', 'Hemmant', '4174'], ['Old Cleveland Road', 'Capalaba', '4157'], ['Wellington Street', 'Ormiston', '4160']]
const vrPlace = (c) => row(BNE, n(c) % 12)
const vrCats = (c) => row(['Buyer', 'Vendor', 'Buyer; Investor', 'Landlord', 'Tenant', 'Vendor; Buyer', 'Appraisal', 'Past Vendor', 'Buyer'], n(c) >> 1)
const vrSource = (c) => row(['realestate.com.au', 'Domain', 'Open Home', 'Referral', 'Letterbox Drop', 'Website Enquiry', 'Walk In', 'realestate.com.au'], n(c) >> 2)
const vrMob = (c) => auMob(seeded(c, 'vr'))
const vrDate = (ms) => dmy(bne(ms), '/')

// ---------------------------------------------------------------- 4. Findymail: a Manchester managed-security provider's prospects
// [company, domain, industry, size, LinkedIn slug, location]
const FM_FIRMS = [
  ['Pennine Housing Group', 'penninehousing.org.uk', 'Non-profit Organizations', '501-1000', 'pennine-housing-group', 'Halifax, England, United Kingdom'],
  ['Irwell Freight Ltd', 'irwellfreight.co.uk', 'Transportation, Logistics, Supply Chain and Storage', '201-500', 'irwell-freight', 'Salford, England, United Kingdom'],
  ['Mersey Dental Partners', 'merseydental.co.uk', 'Hospitals and Health Care', '51-200', 'mersey-dental-partners', 'Liverpool, England, United Kingdom'],
  ['Bridgewater Legal LLP', 'bridgewaterlegal.co.uk', 'Law Practice', '201-500', 'bridgewater-legal', 'Manchester, England, United Kingdom'],
  ['Northern Lights Academies Trust', 'nlatrust.org.uk', 'Primary and Secondary Education', '1001-5000', 'northern-lights-academies-trust', 'Bolton, England, United Kingdom'],
  ['Cheshire Precision Engineering', 'cheshireprecision.com', 'Industrial Machinery Manufacturing', '51-200', 'cheshire-precision-engineering', 'Crewe, England, United Kingdom'],
  ['Saddleworth Building Society', 'saddleworthbs.co.uk', 'Banking', '201-500', 'saddleworth-building-society', 'Oldham, England, United Kingdom'],
]
const fmFirm = (c) => row(FM_FIRMS, n(c) % 7)
const FM_TITLES = ['Head of IT', 'IT Director', 'IT Manager', 'Chief Information Officer', 'Information Security Manager', 'Infrastructure Manager', 'Head of Digital & Technology', 'Operations Director']
const fmTitle = (c) => row(FM_TITLES, (n(c) >> 1) % 8)
const fmStatus = (c) => row(['valid', 'valid', 'valid', 'catch-all', 'valid', 'not found', 'valid'], n(c) >> 2)
const fmMail = (c) => (fmStatus(c) === 'not found' ? '' : `${slug(c.first)}${n(c) % 3 ? '.' : ''}${slug(c.last)}@${fmFirm(c)[1]}`)
const fmPhone = (c) => (n(c) % 4 === 0 ? (() => { const r = seeded(c, 'fm'); return `+44 7${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}` })() : '')

// ---------------------------------------------------------------- 5. Slimpay: a Nantes organic veg-box subscription
// [street, postcode, town]
const NTE = [['12 rue de Strasbourg', '44000', 'Nantes'], ['4 boulevard Guist\'hau', '44000', 'Nantes'], ['37 rue Paul Bellamy', '44000', 'Nantes'], ['8 allée des Tanneurs', '44000', 'Nantes'], ['21 route de Vannes', '44100', 'Nantes'], ['5 rue de la Commune', '44240', 'La Chapelle-sur-Erdre'], ['16 avenue de la République', '44700', 'Orvault'], ['3 rue Jean Jaurès', '44400', 'Rezé'], ['27 rue de la Libération', '44230', 'Saint-Sébastien-sur-Loire'], ['9 chemin du Halage', '44470', 'Carquefou']]
const spPlace = (c) => row(NTE, n(c) % 10)
// [formula, monthly amount]
const SP_PLANS = [['Panier solo', 59.6], ['Panier duo', 89.6], ['Panier famille', 129.6], ['Panier fruits', 47.6], ['Panier duo + œufs', 99.2]]
const spPlan = (c) => row(SP_PLANS, n(c) >> 1)
const spCard = (o) => n(o) % 6 === 0
const spState = (o) => row(['Exécuté', 'Exécuté', 'Exécuté', 'Rejeté', 'Exécuté', 'En cours', 'Exécuté', 'Remboursé', 'Exécuté', 'Exécuté'], n(o))
const spReject = (o) => row([['AM04', 'Provision insuffisante'], ['MD06', 'Contestation du débiteur'], ['AC04', 'Compte clôturé'], ['MS02', 'Refus du débiteur']], n(o) >> 2)
const spAt = (o) => Date.UTC(2024, n(o) % 10, 5, 6, 30) + (n(o) % 5) * 60000
const spMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const frDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hms(p)}` }
const eur = (x) => dec(x)
const spIban = (c) => { const r = seeded(c, 'iban'); return `FR76 **** **** **** **** ***${pad(v.int(r, 0, 9), 1)} ${pad(v.int(r, 0, 999), 3)}` }
const spBic = (c) => row(['CMCIFR2A', 'AGRIFRPP847', 'CCBPFRPPNAN', 'BNPAFRPPXXX', 'SOGEFRPP', 'PSSTFRPPNTE', 'CEPAFRPP444'], n(c) % 7)

// ---------------------------------------------------------------- 6. Kiwup: a Lille bakery chain's loyalty card
const LIL = [['Lille', '59000'], ['Lille', '59800'], ['Lille', '59000'], ['Lambersart', '59130'], ['La Madeleine', '59110'], ['Marcq-en-Barœul', '59700'], ['Villeneuve-d\'Ascq', '59650'], ['Roubaix', '59100'], ['Tourcoing', '59200'], ['Lomme', '59160']]
const LIL_ST = ['rue Solférino', 'rue de Béthune', 'boulevard de la Liberté', 'rue Nationale', 'avenue de Dunkerque', 'rue Esquermoise', 'rue du Molinel', 'rue Pierre Legrand', 'rue de Lille', 'avenue Foch']
const kwPlace = (c) => row(LIL, n(c) % 10)
const kwShops = ['Lille Vieux-Lille', 'Lille Wazemmes', 'Lambersart Canteleu', 'Marcq-en-Barœul Croisé-Laroche', 'Villeneuve-d\'Ascq Hôtel de Ville']
const kwVisits = (c) => 2 + (n(c) % 140)
const kwSpent = (c) => kwVisits(c) * (6.4 + (n(c) % 9) * 0.85)
const kwEarned = (c) => Math.floor(kwSpent(c))
const kwCheques = (c) => Math.floor(kwEarned(c) / 150)
const kwUsed = (c) => Math.max(0, kwCheques(c) - (n(c) % 3 === 0 ? 1 : 0))
const kwBalance = (c) => kwEarned(c) - kwCheques(c) * 150
const kwLevel = (c) => (kwVisits(c) >= 90 ? 'Gourmand' : kwVisits(c) >= 30 ? 'Habitué' : 'Découverte')
const kwMob = (c) => { const r = seeded(c, 'kw'); return `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }

// ---------------------------------------------------------------- 7. Listicket: a Bari theatre's season sales
// [show, date and time, [sector, full price]...]
const LT_SHOWS = [
  ['Il berretto a sonagli', '18/10/2024 21:00', [['Platea', 32], ['Galleria', 24], ['Loggione', 15]], Date.UTC(2024, 9, 18, 19)],
  ['Concerto di Natale - Orchestra della Magna Grecia', '21/12/2024 20:30', [['Platea', 28], ['Galleria', 20]], Date.UTC(2024, 11, 21, 19, 30)],
  ['Aggiungi un posto a tavola', '11/01/2025 21:00', [['Poltronissima', 45], ['Platea', 38], ['Galleria', 28]], Date.UTC(2025, 0, 11, 20)],
  ['Stand-up: Serata Comica Barese', '07/02/2025 21:30', [['Posto unico', 18]], Date.UTC(2025, 1, 7, 20, 30)],
]
const ltShow = (o) => row(LT_SHOWS, n(o) >> 1)
const ltSec = (o, i) => row(ltShow(o)[2], i + n(o))
const ltTar = (o) => row([['Intero', 1], ['Intero', 1], ['Ridotto Over 65', 0.8], ['Intero', 1], ['Ridotto Under 26', 0.7], ['Omaggio', 0], ['Intero', 1]], n(o))
const ltPrice = (o, i) => Math.round(ltSec(o, i)[1] * ltTar(o)[1] * 100) / 100
const ltChan = (o) => row(['Web', 'Web', 'Punto vendita', 'Web', 'Botteghino', 'Web'], n(o) >> 1)
const ltPre = (o, i) => (ltTar(o)[1] === 0 || ltChan(o) === 'Botteghino' ? 0 : Math.round(ltPrice(o, i) * 0.1 * 100) / 100 + (ltChan(o) === 'Web' ? 1 : 0))
const ltDisc = (o, i) => (o.discount && ltChan(o) === 'Web' && ltTar(o)[1] === 1 ? 5 : 0)
const ltTotal = (o, i) => ltPrice(o, i) + ltPre(o, i) - ltDisc(o, i)
const ltState = (o) => (n(o) % 13 === 4 ? 'Annullato' : 'Emesso')
const ltAt = (o) => (ltChan(o) === 'Botteghino' ? ltShow(o)[3] - (20 + (n(o) % 90)) * 60000 : inHours(ltShow(o)[3] - ((n(o) % 90) + 1) * day - (n(o) % 86400) * 1000, cet, 9, 22))
const itDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const ltTown = (c) => row(['A662', 'A662', 'E506', 'L049', 'D643', 'B180', 'A662', 'A225'], n(c) % 8)
const ltMob = (c) => { const r = seeded(c, 'lt'); return `3${v.pick(r, ['20', '28', '33', '35', '38', '40', '45', '47', '49', '66', '92'])}${v.int(r, 1000000, 9999999)}` }
const ltSeal = (o) => v.hex(v.rng(n(o) * 7919 + 13), 16).toUpperCase()

// ---------------------------------------------------------------- 8. Genesy: a Bologna packaging-machinery maker's prospects
// [company, domain, industry, size, city, region, phone prefix]
const GN_FIRMS = [
  ['Caseificio Valle del Taro S.r.l.', 'caseificiovalletaro.it', 'Produzione alimentare', '51-200', 'Parma', 'Emilia-Romagna', '0521'],
  ['Pastificio Fratelli Marchetti S.p.A.', 'pastificiomarchetti.it', 'Produzione alimentare', '201-500', 'Gragnano', 'Campania', '081'],
  ['Dolciaria Monti Iblei S.r.l.', 'dolciariamontiiblei.it', 'Produzione alimentare', '51-200', 'Ragusa', 'Sicilia', '0932'],
  ['Oleificio Colline Pisane', 'oleificiocollinepisane.it', 'Produzione di bevande', '11-50', 'Pontedera', 'Toscana', '0587'],
  ['Birrificio Alpino del Brennero', 'birrificioalpino.it', 'Produzione di bevande', '51-200', 'Bolzano', 'Trentino-Alto Adige', '0471'],
  ['Salumificio Terre Estensi S.p.A.', 'terreestensi.com', 'Produzione alimentare', '201-500', 'Modena', 'Emilia-Romagna', '059'],
  ['Conserve Italiane del Sud S.r.l.', 'conserveitalianesud.it', 'Produzione alimentare', '501-1000', 'Nocera Inferiore', 'Campania', '081'],
  ['Cosmetici Naturali Brianza S.r.l.', 'cosmeticibrianza.it', 'Produzione di cosmetici', '51-200', 'Monza', 'Lombardia', '039'],
]
const gnFirm = (c) => row(GN_FIRMS, n(c) % 8)
// [role, seniority, department]
const GN_ROLES = [['Responsabile di produzione', 'Manager', 'Produzione'], ['Direttore di stabilimento', 'Director', 'Operations'], ['Responsabile acquisti', 'Manager', 'Acquisti'], ['Direttore operations', 'Director', 'Operations'], ['Amministratore delegato', 'C-Level', 'Direzione'], ['Responsabile ufficio tecnico', 'Manager', 'Ingegneria'], ['Responsabile qualità', 'Manager', 'Qualità'], ['Plant Manager', 'Director', 'Operations']]
const gnRole = (c) => row(GN_ROLES, (n(c) >> 1) % 8)
const gnStatus = (c) => row(['Verificata', 'Verificata', 'Catch-all', 'Verificata', 'Non trovata', 'Verificata'], n(c) >> 2)
const gnMail = (c) => (gnStatus(c) === 'Non trovata' ? '' : `${slug(c.first)[0]}.${slug(c.last)}@${gnFirm(c)[1]}`)
const gnStage = (c) => row(['Nuovo', 'Contattato', 'In sequenza', 'Risposto', 'Nuovo', 'Meeting fissato', 'Non interessato'], n(c) >> 1)

// ---------------------------------------------------------------- 9. Watermelon: a Rotterdam e-bike shop's customer service
const WM_CHAN = ['Webchat', 'WhatsApp', 'Webchat', 'Facebook Messenger', 'WhatsApp', 'Instagram', 'Webchat', 'WhatsApp']
const wmChan = (o) => row(WM_CHAN, n(o))
const wmWeb = (o) => wmChan(o) === 'Webchat'
// [subject, label]
const WM_TOPICS = [['Levertijd bestelling', 'Bestelling'], ['Accu laadt niet meer op', 'Reparatie'], ['Afspraak proefrit', 'Showroom'], ['Retour aanvragen', 'Retour'], ['Onderhoudsbeurt plannen', 'Werkplaats'], ['Vraag over leasefiets via werkgever', 'Lease'], ['Factuur kwijt', 'Administratie']]
const wmTopic = (o) => row(WM_TOPICS, n(o) >> 1)
const wmBot = (o) => n(o) % 4 === 0
const wmAgent = (o) => (wmBot(o) ? '' : row(['Sanne Visser', 'Bram Kuipers', 'Yara El Amrani', 'Joost Vermeulen'], n(o) >> 2))
const wmAt = (o) => inHours(o.at, cet, 8, 21)
const wmDur = (o) => (wmBot(o) ? 60 + (n(o) % 240) : 300 + (n(o) % 3000))
const wmState = (o) => row(['Gesloten', 'Gesloten', 'Gesloten', 'Open', 'Gesloten', 'Wachtend op klant', 'Gesloten'], n(o) >> 1)
const nlDT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }
const nlMob = (c, salt) => { const r = seeded(c, salt); return `06${v.int(r, 10000000, 69999999)}` }
const WM_PAGES = ['https://www.stadsfietsrotterdam.nl/', 'https://www.stadsfietsrotterdam.nl/e-bikes/stads-e-bike-s7', 'https://www.stadsfietsrotterdam.nl/klantenservice/retourneren', 'https://www.stadsfietsrotterdam.nl/werkplaats/onderhoud', 'https://www.stadsfietsrotterdam.nl/checkout', 'https://www.stadsfietsrotterdam.nl/leasen']
const WM_BROWSERS = [['Chrome', 'desktop'], ['Safari', 'mobile'], ['Chrome', 'mobile'], ['Edge', 'desktop'], ['Firefox', 'desktop'], ['Safari', 'tablet']]

// ---------------------------------------------------------------- 10. Clang: a Haarlem garden centre's customers
const HLM = [['Haarlem', '2011 RM'], ['Haarlem', '2012 ES'], ['Haarlem', '2021 BV'], ['Haarlem', '2032 AJ'], ['Heemstede', '2101 HL'], ['Bloemendaal', '2061 CB'], ['Zandvoort', '2041 JM'], ['Velserbroek', '1991 AK'], ['Hoofddorp', '2132 TZ'], ['Santpoort-Noord', '2071 EE']]
const HLM_ST = ['Kleverparkweg', 'Zijlweg', 'Rijksstraatweg', 'Schoterweg', 'Binnenweg', 'Bloemendaalseweg', 'Kerkstraat', 'Dreef', 'Amsterdamstraat', 'Tuinbouwstraat']
const clPlace = (c) => row(HLM, n(c) % 10)
// "de Jong" -> ["de", "Jong"]
const tv = (last) => { const m = last.match(/^((?:van |de |den |der |ter )+)(.+)$/); return m ? [m[1].trim(), m[2]] : ['', last] }
const clState = (c) => row(['Actief', 'Actief', 'Actief', 'Afgemeld', 'Actief', 'Bounce', 'Actief'], n(c))
const clSel = (c) => row(['Nieuwsbrief', 'Nieuwsbrief;Moestuin', 'Nieuwsbrief;Kamerplanten', 'Klantenkaart', 'Nieuwsbrief;Klantenkaart', 'Nieuwsbrief;Kerstshow', 'Moestuin'], n(c) >> 1)

// ---------------------------------------------------------------- 11. Tecnicrm: a Zaragoza industrial-supplies distributor
// [company, CIF stem, street, postcode, town, province, phone, domain, sector]
const TC_FIRMS = [
  ['Talleres Metálicos Huerva S.L.', 5012344, 'Calle Río de Janeiro, 18 (Pol. Ind. Cogullada)', '50014', 'Zaragoza', 'Zaragoza', '976 47 12 30', 'talleresmetalicoshuerva.es', 'Metalurgia'],
  ['Carrocerías Moncayo S.L.', 5023711, 'Carretera de Castellón, km 4,5', '50013', 'Zaragoza', 'Zaragoza', '976 41 08 55', 'carroceriasmoncayo.com', 'Automoción'],
  ['Plásticos del Jalón S.A.', 5031288, 'Polígono Industrial La Charluca, parcela 27', '50300', 'Calatayud', 'Zaragoza', '976 88 21 40', 'plasticosdeljalon.es', 'Plásticos'],
  ['Harinera del Cinca S.L.', 2204517, 'Avenida de la Industria, 9', '22400', 'Monzón', 'Huesca', '974 40 33 18', 'harineracinca.es', 'Alimentación'],
  ['Mecanizados Turia S.L.', 4400923, 'Polígono La Paz, calle F, nave 12', '44195', 'Teruel', 'Teruel', '978 61 45 02', 'mecanizadosturia.com', 'Mecanizado'],
  ['Logística Ebro Norte S.L.', 5047560, 'Plataforma Logística PLAZA, calle Osca 4', '50197', 'Zaragoza', 'Zaragoza', '976 07 66 90', 'logisticaebronorte.es', 'Logística'],
  ['Estructuras Metálicas Borja S.L.', 5059132, 'Polígono Barbalanca, nave 3', '50540', 'Borja', 'Zaragoza', '976 86 70 14', 'emborja.es', 'Construcción'],
]
const tcFirm = (c) => row(TC_FIRMS, n(c) % 7)
// [cargo (m), cargo (f), departamento]
const TC_ROLES = [['Jefe de compras', 'Jefa de compras', 'Compras'], ['Director de planta', 'Directora de planta', 'Producción'], ['Responsable de mantenimiento', 'Responsable de mantenimiento', 'Mantenimiento'], ['Gerente', 'Gerente', 'Dirección'], ['Técnico de prevención', 'Técnica de prevención', 'Prevención de riesgos'], ['Jefe de almacén', 'Jefa de almacén', 'Logística'], ['Administrativo de compras', 'Administrativa de compras', 'Compras']]
const tcRole = (c) => row(TC_ROLES, (n(c) >> 1) % 7)
const tcState = (c) => row(['Cliente', 'Cliente', 'Potencial', 'Cliente', 'Inactivo', 'Potencial', 'Cliente'], n(c))
const esMob = (c, salt) => { const r = seeded(c, salt); return `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
const esDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- 12. Woutick: a Seville indie-music festival
// [ticket type, price]
const WT_TIX = [['Abono 2 días', 55], ['Entrada viernes', 32], ['Entrada sábado', 35], ['Abono VIP 2 días', 95], ['Abono 2 días - Early bird', 42], ['Entrada sábado + parking', 43]]
const wtTix = (o, i) => row(WT_TIX, i + n(o))
const wtFee = (o, i) => Math.round(wtTix(o, i)[1] * 0.06 * 100) / 100 + 0.5
const wtDisc = (o, i) => (o.discount ? Math.round(wtTix(o, i)[1] * 10) / 100 : 0)
const wtTotal = (o, i) => wtTix(o, i)[1] + wtFee(o, i) - wtDisc(o, i)
const wtState = (o) => (n(o) % 12 === 5 ? 'Devuelta' : 'Pagada')
const wtPay = (o) => row(['Tarjeta', 'Bizum', 'Tarjeta', 'Tarjeta', 'PayPal', 'Apple Pay', 'Bizum'], n(o) >> 1)
const wtAt = (o) => inHours(Date.UTC(2024, 10, 1) + (n(o) % 180) * day + (n(o) % 86400) * 1000, cet, 8, 23)
const SEV_PC = ['41001', '41003', '41005', '41010', '41011', '41013', '41018', '41020', '41700', '41927', '41500', '14004', '29012', '21001']

export const SETS = [
  // ---------------------------------------------------------------- US: music-sales platform sales report
  { name: 'bandcamp-sales-report-export', product: 'Bandcamp (Tools > Sales Report > download .csv, one row per item sold with buyer, shipping, fees and payout, English UI, a Chicago independent record label selling digital albums, vinyl, cassettes and tees)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['date', (c, o) => bcDT(o.at), ['timestamp']],
    ['paid to', (c, o) => (bcFeeType(o) === 'paypal' ? 'payments@coldlakerecords.com' : 'Cold Lake Records (Bandcamp Pay)'), []],
    ['item type', (c, o, r, i) => bcItem(o, i)[0], [PL('productCategories[0].categoryName')], opt],
    ['item name', (c, o, r, i) => bcItem(o, i)[1], [PL('name')]],
    ['artist', (c, o, r, i) => bcItem(o, i)[2], []],
    ['package', (c, o, r, i) => bcItem(o, i)[3], [PL('name')], opt],
    ['option', (c, o, r, i) => bcItem(o, i)[4], [PL('selectedOptions[0].value')]],
    ['sku', (c, o, r, i) => bcItem(o, i)[5], [PL('SKU')]],
    ['catalog number', (c, o, r, i) => bcItem(o, i)[6], [], opt],
    ['upc', (c, o, r, i) => bcItem(o, i)[7], [], opt],
    ['isrc', (c, o, r, i) => bcItem(o, i)[8], []],
    ['item url', (c, o, r, i) => `https://coldlakerecords.bandcamp.com/${bcItem(o, i)[0] === 'track' ? 'track' : bcItem(o, i)[2] === 'Cold Lake Records' ? 'merch' : 'album'}/${bcItem(o, i)[1].toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, []],
    ['currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
    ['item price', (c, o, r, i) => num(bcItem(o, i)[9]), [], opt],
    ['quantity', (c, o, r, i) => String(bcQty(o, i)), [PL('quantity')]],
    ['discount code', (c, o, r, i) => (bcDisc(o, i) ? 'RSD2024' : ''), ['commerce.promotionID']],
    ['sub total', (c, o, r, i) => num(bcSub(o, i)), [PL('priceTotal')], opt],
    ['additional fan contribution', (c, o, r, i) => num(bcTip(o, i)), []],
    ['seller tax', (c, o, r, i) => num(bcTax(c, o, i)), [OR('taxAmount')]],
    ['marketplace tax', () => '0.00', [OR('taxAmount')], opt],
    ['shipping', (c, o, r, i) => num(bcShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['item total', (c, o, r, i) => num(bcTotal(c, o, i)), [OR('priceTotal')]],
    ['transaction fee', (c, o, r, i) => num(bcFee(c, o, i)), []],
    ['fee type', (c, o) => bcFeeType(o), [OR('payments[0].paymentType')], opt],
    ['amount you received', (c, o, r, i) => num(bcTotal(c, o, i) - bcFee(c, o, i) - bcShare(o, i)), []],
    ['bandcamp transaction id', (c, o) => String(2800000000 + n(o) * 4099), [OR('purchaseID'), '_id']],
    ['paypal transaction id', (c, o) => (bcFeeType(o) === 'paypal' ? v.alnum(v.rng(n(o) + 77), 17).toUpperCase() : ''), [OR('payments[0].transactionID')]],
    ['referer', (c, o) => bcRef(o)[0], ['web.webReferrer.type'], opt],
    ['referer url', (c, o) => bcRef(o)[1], ['web.webReferrer.URL']],
    ['ship date', (c, o, r, i) => (bcShipped(o, i) ? (() => { const p = pst(o.at + (2 + (n(o) % 6)) * day); return `${p.m}/${p.d}/${String(p.y).slice(2)}` })() : ''), ['commerce.shipping.shipDate']],
    ['buyer name', (c) => c.full, []],
    ['buyer email', (c) => c.email, EMAIL_ID],
    ['buyer phone', (c, o, r, i) => (bcShips(o, i) && n(c) % 2 ? c.phone : ''), PHONE_ID, opt],
    ['buyer note', (c, o) => row(['', '', 'Love this record!!', '', '', 'Can you sign the sleeve? Thanks', ''], n(o) >> 1), []],
    ['ship to name', (c, o, r, i) => (bcShips(o, i) ? c.full : ''), []],
    ['ship to street', (c, o, r, i) => (bcShips(o, i) ? c.street : ''), [SHIP('street1')]],
    ['ship to street 2', (c, o, r, i) => (bcShips(o, i) ? c.street2 : ''), [SHIP('street2')]],
    ['ship to city', (c, o, r, i) => (bcShips(o, i) ? c.city : ''), [SHIP('city')]],
    ['ship to state', (c, o, r, i) => (bcShips(o, i) ? c.region : ''), STATE(['commerce.shipping.address'])],
    ['ship to zip', (c, o, r, i) => (bcShips(o, i) ? c.postcode : ''), [SHIP('postalCode')]],
    ['ship to country', (c, o, r, i) => (bcShips(o, i) ? 'United States' : ''), [SHIP('country')]],
    ['ship to country code', (c, o, r, i) => (bcShips(o, i) ? 'US' : ''), [SHIP('countryCode')]],
    ['region/state', (c) => c.region, [GEO('stateProvince')], opt],
    ['country', () => 'United States', [], opt],
  ] },

  // ---------------------------------------------------------------- Australia: ticketing platform order lines
  { name: 'megatix-event-orders-export', product: 'Megatix (organiser dashboard > Events > Orders > Export CSV, one row per order and ticket type with buyer details and check-in, English UI, AEST/AEDT times, an Enmore (Sydney) live-music and comedy room)', family: 'events', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `MTX${pad(4100000 + n(o) * 13, 8)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => mxDT(mxAt(o)), ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => mxEv(o)[0], []],
    ['Event Date', (c, o) => mxEv(o)[1], []],
    ['Venue', () => 'The Wattle Room, Enmore NSW', [], opt],
    ['Ticket Type', (c, o, r, i) => mxTix(o, i)[0], [PL('name')]],
    ['Quantity', (c, o, r, i) => String(mxQty(o, i)), [PL('quantity')]],
    ['Ticket Price', (c, o, r, i) => num(mxChan(o) === 'Complimentary' ? 0 : mxTix(o, i)[1]), [], opt],
    ['Booking Fee', (c, o, r, i) => num(mxFee(o, i)), []],
    ['Promo Code', (c, o, r, i) => (mxDisc(o, i) ? 'WATTLE10' : ''), ['commerce.promotionID']],
    ['Discount', (c, o, r, i) => num(mxDisc(o, i)), [OR('discountAmount')]],
    ['Total Paid', (c, o, r, i) => num(mxTotal(o, i)), [OR('priceTotal')]],
    ['Currency', () => 'AUD', [OR('currencyCode')]],
    ['Payment Method', (c, o) => mxPay(o), [OR('payments[0].paymentType')]],
    ['Sales Channel', (c, o) => mxChan(o), [], opt],
    ['Order Status', (c, o) => mxStatus(o), []],
    ['Refunded Amount', (c, o, r, i) => num(mxStatus(o) === 'Refunded' ? mxTotal(o, i) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email.replace(/@(yahoo|outlook)\.com$/, '@$1.com.au').replace('@example.com', '@bigpond.com'), EMAIL_ID],
    ['Mobile', (c) => auMob(seeded(c, 'mx')), PHONE_ID, opt],
    ['Postcode', (c) => row(SYD_PC, n(c)), [BILL('postalCode'), GEO('postalCode')], opt],
    ['Ticket Barcode', (c, o, r, i) => `${pad(n(o) * 31 + i, 6)}${v.digits(r, 6)}`, []],
    ['Checked In', (c, o) => (mxStatus(o) === 'Refunded' ? 'No' : n(o) % 5 === 1 ? 'No' : 'Yes'), []],
    ['Check-in Time', (c, o) => (mxStatus(o) === 'Refunded' || n(o) % 5 === 1 ? '' : mxDT(mxIn(o))), [], opt],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['How did you hear about this event?', (c, o) => row(['Instagram', 'Friend', 'Facebook', '', 'Venue newsletter', 'Triple J', 'Poster'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Australia: real-estate CRM contacts
  { name: 'vaultre-contacts-export', product: 'VaultRE (real-estate CRM; Contacts > search > Export (CSV), one row per contact with categories and marketing flags, English UI, Australian formats, a Wynnum (Brisbane bayside) residential sales and property-management agency)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(9120000 + n(c) * 3), ['_id', 'personID']],
    ['Title', (c) => (fem(c) ? row(['Ms', 'Mrs', 'Ms', 'Miss'], n(c)) : row(['Mr', 'Mr', 'Dr'], n(c) % 3 === 2 && n(c) % 7 === 0 ? 2 : 0)), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Salutation', (c) => `Dear ${c.first}`, [], opt],
    ['Company', (c) => (vrCats(c).includes('Landlord') && n(c) % 2 ? `${c.last} Family Trust` : ''), ['organizations[0]'], opt],
    ['Email', (c) => c.email.replace('@example.com', '@bigpond.com'), ['personalEmail.address']],
    ['Email 2', (c) => (n(c) % 5 === 0 ? `${slug(c.first)}.${slug(c.last)}@icloud.com` : ''), [], opt],
    ['Mobile', (c) => vrMob(c), ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? `(07) 339${v.int(seeded(c, 'vh'), 0, 9)} ${v.int(seeded(c, 'vh2'), 1000, 9999)}` : ''), ['homePhone.number']],
    ['Work Phone', (c) => (n(c) % 4 === 1 ? `(07) 3${v.int(seeded(c, 'vw'), 100, 899)} ${v.int(seeded(c, 'vw2'), 1000, 9999)}` : ''), ['workPhone.number']],
    ['Address', (c) => `${1 + (n(c) % 140)} ${vrPlace(c)[0]}`, at(HOME, 'street1')],
    ['Suburb', (c) => vrPlace(c)[1], at(HOME, 'city')],
    ['State', () => 'QLD', STATE(HOME)],
    ['Postcode', (c) => vrPlace(c)[2], at(HOME, 'postalCode')],
    ['Country', () => 'Australia', at(HOME, 'country')],
    ['Categories', (c) => vrCats(c), []],
    ['Source', (c) => vrSource(c), []],
    ['Agent', (c) => row(['Kate Pedersen', 'Luke Harland', 'Priya Nair', 'Kate Pedersen', 'Tom Whitfield'], n(c) >> 1), []],
    ['Date of Birth', (c) => (n(c) % 4 === 0 ? dmy(bd(c), '/') : ''), ['person.birthDate']],
    ['Created', (c) => vrDate(c.created), [], opt],
    ['Last Modified', (c) => vrDate(Math.max(c.updated, c.created + day)), [], opt],
    ['Last Contacted', (c) => (n(c) % 3 === 1 ? '' : vrDate(later(c, 300))), [], opt],
    ['Do Not Email', (c) => (c.bool ? 'No' : 'Yes'), [], opt],
    ['Do Not SMS', (c) => (n(c) % 3 ? 'No' : 'Yes'), [], opt],
    ['Notes', (c) => row(['', 'Looking for 3 bed house near Wynnum State School, budget ~$950k', '', 'Appraisal done Mar, may list in spring', '', 'Prefers contact after 5pm'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- UK: e-mail finder lead list
  { name: 'findymail-lead-list-export', product: 'Findymail (e-mail finder and verifier; Lists > list > Export CSV, one row per lead from a Sales Navigator search with the found work e-mail, English UI, a Manchester managed IT-security provider prospecting IT leaders at North West employers)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Job Title', (c) => fmTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => fmFirm(c)[0], CO],
    ['Company Domain', (c) => fmFirm(c)[1], ['b2b.companyWebsite'], opt],
    ['Company Website', (c) => `https://www.${fmFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(seeded(c, 'li'), 6)}`, []],
    ['Email', (c) => fmMail(c), ['workEmail.address']],
    ['Email Status', (c) => fmStatus(c), ['workEmail.status'], opt],
    ['Phone', (c) => fmPhone(c), ['mobilePhone.number', 'workPhone.number']],
    ['Location', (c) => (n(c) % 3 === 0 ? 'Greater Manchester, England, United Kingdom' : fmFirm(c)[5]), [], opt],
    ['Country', () => 'United Kingdom', [W('country')], opt],
    ['Industry', (c) => fmFirm(c)[2], []],
    ['Company Size', (c) => fmFirm(c)[3], []],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${fmFirm(c)[4]}`, []],
    ['List', () => 'NW IT leaders Q3', []],
    ['Found At', (c) => { const p = local(inHours(later(c, 60), (ms) => local(ms, 0), 8, 18), 0); return `${ymd(p)} ${hms(p)}` }, [], opt],
  ] },

  // ---------------------------------------------------------------- France: direct-debit subscription payments
  { name: 'slimpay-paiements-export-fr', product: 'Slimpay (recurring-payment platform; Dashboard > Paiements > Exporter (CSV), one row per SEPA direct debit or card payment with its mandate, debtor and reject reason, French UI, a Nantes organic vegetable-box subscription)', family: 'subscriptions', language: 'fr', schema: E, cols: [
    ['Identifiant', (c, o) => v.uuid(v.rng(n(o) * 31 + 5)), ['_id', OR('payments[0].transactionID')]],
    ['Référence', (c, o) => `ABO-${pad(1200 + (n(c) % 3000), 5)}-${pad(1 + (n(o) % 10), 2)}`, [OR('purchaseID')], opt],
    ['Date de création', (c, o) => frDT(spAt(o)), ['timestamp']],
    ['Date d\'exécution', (c, o) => (spState(o) === 'En cours' ? '' : dmy(cet(spAt(o) + 2 * day), '/')), [], opt],
    ['Montant', (c, o) => eur(spPlan(c)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Statut', (c, o) => spState(o), []],
    ['Moyen de paiement', (c, o) => (spCard(o) ? 'Carte bancaire' : 'Prélèvement SEPA'), [OR('payments[0].paymentType')]],
    ['Séquence', (c, o) => (spCard(o) ? '' : n(o) % 10 === 0 ? 'FRST' : 'RCUR'), []],
    ['Référence du mandat (RUM)', (c, o) => (spCard(o) ? '' : `SLMP${pad(45000000 + n(c) * 7, 10)}`), []],
    ['Date de signature du mandat', (c, o) => (spCard(o) ? '' : dmy(cet(c.created), '/')), [], opt],
    ['Référence abonné', (c) => `CLI-${pad(n(c) % 100000, 5)}`, CUST_ID, opt],
    ['Libellé', (c, o) => `${spPlan(c)[0]} - ${spMonths[n(o) % 10]} 2024`, [], opt],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last.toUpperCase(), []],
    ['Prénom', (c) => c.first, []],
    ['E-mail', (c) => c.email, EMAIL_ID],
    ['Adresse', (c) => spPlace(c)[0], [BILL('street1')]],
    ['Code postal', (c) => spPlace(c)[1], [BILL('postalCode')]],
    ['Ville', (c) => spPlace(c)[2], [BILL('city')]],
    ['Pays', () => 'FR', [BILL('countryCode')]],
    ['IBAN', (c, o) => (spCard(o) ? '' : spIban(c)), []],
    ['BIC', (c, o) => (spCard(o) ? '' : spBic(c)), []],
    ['Code rejet', (c, o) => (spState(o) === 'Rejeté' ? spReject(o)[0] : ''), []],
    ['Motif du rejet', (c, o) => (spState(o) === 'Rejeté' ? spReject(o)[1] : ''), []],
    ['Montant remboursé', (c, o) => eur(spState(o) === 'Remboursé' ? spPlan(c)[1] : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['ICS', () => 'FR47ZZZ8A1B2C', []],
  ] },

  // ---------------------------------------------------------------- France: retail loyalty card holders
  { name: 'kiwup-clients-fidelite-export-fr', product: 'Kiwup (retail loyalty and CRM platform; Back-office > Clients > Exporter la sélection (CSV ;), one row per loyalty card holder with points, reward vouchers and visits, French UI, a Lille-area chain of five bakeries)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code client', (c) => String(310000 + n(c)), ['_id', 'personID']],
    ['N° de carte', (c) => `2990${pad(n(c) * 17 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Statut carte', (c) => (n(c) % 17 === 0 ? 'Bloquée' : 'Active'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => (n(c) % 5 === 0 ? '' : c.email), ['personalEmail.address']],
    ['Téléphone portable', (c) => kwMob(c), ['mobilePhone.number']],
    ['Date de naissance', (c) => (n(c) % 3 === 0 ? '' : dmy(bd(c), '/')), ['person.birthDate']],
    ['Adresse', (c) => (n(c) % 2 ? `${1 + (n(c) % 120)} ${row(LIL_ST, n(c) >> 2)}` : ''), at(HOME, 'street1')],
    ['Code postal', (c) => kwPlace(c)[1], at(HOME, 'postalCode')],
    ['Ville', (c) => kwPlace(c)[0], at(HOME, 'city')],
    ['Magasin de création', (c) => row(kwShops, n(c)), []],
    ['Date de création', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate']],
    ['Niveau', (c) => kwLevel(c), ['loyalty.tier']],
    ['Solde de points', (c) => String(kwBalance(c)), ['loyalty.points']],
    ['Points cumulés', (c) => String(kwEarned(c)), ['loyalty.lifetimePoints']],
    ['Chèques fidélité émis', (c) => String(kwCheques(c)), []],
    ['Chèques fidélité utilisés', (c) => String(kwUsed(c)), []],
    ['Nombre de passages', (c) => String(kwVisits(c)), []],
    ['CA total TTC', (c) => dec(kwSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Panier moyen', (c) => dec(kwSpent(c) / kwVisits(c)), []],
    ['Dernier passage', (c) => dmy(cet(later(c, 90)), '/'), [], opt],
    ['Optin SMS', (c) => (n(c) % 3 ? 'Oui' : 'Non'), [], opt],
    ['Optin Email', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Commentaire', (c) => row(['', '', 'Allergie fruits à coque', '', 'Commande bûche chaque Noël', ''], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Italy: ticketing site sales report
  { name: 'listicket-report-vendite-it', product: 'Listicket (Area Organizzatori > Report > Vendite > Esporta Excel, one row per nominative ticket with its fiscal seal, tariff, presale fee and buyer, Italian UI, a Bari theatre\'s 2024/25 season)', family: 'events', language: 'it', schema: E, cols: [
    ['Codice ordine', (c, o) => `LT${pad(8800000 + n(o) * 3, 8)}`, [OR('purchaseID')]],
    ['Data acquisto', (c, o) => itDT(ltAt(o)), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => ltShow(o)[0], []],
    ['Data evento', (c, o) => ltShow(o)[1], []],
    ['Luogo', () => 'Teatro del Borgo - Bari', [], opt],
    ['Settore', (c, o, r, i) => ltSec(o, i)[0], [], opt],
    ['Fila', (c, o, r, i) => (ltSec(o, i)[0] === 'Posto unico' ? '' : 'ABCDEFGHILMN'[(n(o) + i) % 12]), []],
    ['Posto', (c, o, r, i) => (ltSec(o, i)[0] === 'Posto unico' ? '' : String(1 + ((n(o) * 7 + i) % 24))), []],
    ['Tariffa', (c, o) => ltTar(o)[0], [PL('name')], opt],
    ['Prezzo', (c, o, r, i) => dec(ltPrice(o, i)), [PL('priceTotal')], opt],
    ['Prevendita', (c, o, r, i) => dec(ltPre(o, i)), []],
    ['Codice sconto', (c, o, r, i) => (ltDisc(o, i) ? 'STAGIONE5' : ''), ['commerce.promotionID']],
    ['Totale', (c, o, r, i) => dec(ltTotal(o, i)), [OR('priceTotal')]],
    ['Canale', (c, o) => ltChan(o), [], opt],
    ['Punto vendita', (c, o) => (ltChan(o) === 'Punto vendita' ? row(['Box Office Feltrinelli Bari', 'Tabaccheria Poggiofranco', 'Libreria Laterza'], n(o) >> 3) : ltChan(o) === 'Botteghino' ? 'Botteghino teatro' : ''), [], opt],
    ['Pagamento', (c, o) => (ltTar(o)[1] === 0 ? 'Omaggio' : ltChan(o) === 'Web' ? row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito'], n(o) >> 2) : row(['Contanti', 'POS'], n(o) >> 2)), [OR('payments[0].paymentType')]],
    ['Stato', (c, o) => ltState(o), []],
    ['Data annullamento', (c, o) => (ltState(o) === 'Annullato' ? itDT(ltAt(o) + 3 * day) : ''), [OR('cancelDate')]],
    ['Sigillo fiscale', (c, o) => ltSeal(o), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Codice fiscale', (c) => cfCode(c, ltTown(c)), []],
    ['Data di nascita', (c) => dmy(bd(c), '/'), []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Cellulare', (c) => ltMob(c), PHONE_ID, opt],
  ] },

  // ---------------------------------------------------------------- Italy: B2B prospecting tool leads
  { name: 'genesy-lead-esporta-it', product: 'Genesy (AI B2B prospecting platform; Contatti > seleziona > Esporta CSV, one row per lead with enriched e-mail, phone and company, Italian UI, a Bologna packaging-machinery maker prospecting production and plant managers at Italian food producers)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['ID', (c) => `ld_${v.hex(seeded(c, 'gn'), 12)}`, B2BID, opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Ruolo', (c) => gnRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => gnRole(c)[1], []],
    ['Dipartimento', (c) => gnRole(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Email professionale', (c) => gnMail(c), ['workEmail.address']],
    ['Stato email', (c) => gnStatus(c), ['workEmail.status'], opt],
    ['Cellulare', (c) => (n(c) % 3 === 0 ? (() => { const r = seeded(c, 'gm'); return `+39 3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` })() : ''), ['mobilePhone.number']],
    ['Telefono aziendale', (c) => `+39 ${gnFirm(c)[6]} ${v.int(seeded(c, 'gt'), 100000, 999999)}`, ['workPhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(seeded(c, 'gl'), 7)}`, []],
    ['Azienda', (c) => gnFirm(c)[0], CO],
    ['Sito web', (c) => `https://www.${gnFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Settore', (c) => gnFirm(c)[2], []],
    ['Dipendenti', (c) => gnFirm(c)[3], []],
    ['Città', (c) => gnFirm(c)[4], [W('city')], opt],
    ['Regione', (c) => gnFirm(c)[5], STATE(['workAddress']), opt],
    ['Paese', () => 'Italia', [W('country')], opt],
    ['LinkedIn azienda', (c) => `https://www.linkedin.com/company/${gnFirm(c)[1].replace(/\.(it|com)$/, '')}`, []],
    ['Lista', (c) => row(['Fiera Cibus 2024 - lattiero caseario', 'Alimentare Sud', 'Alimentare Nord-Est'], n(c) >> 2), []],
    ['Stato lead', (c) => gnStage(c), ['b2b.personStatus'], opt],
    ['Proprietario', (c) => row(['Marco Galletti', 'Serena Bassi'], n(c) >> 1), []],
    ['Data creazione', (c) => { const p = cet(inHours(later(c, 120), cet, 8, 19)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- Netherlands: customer-service chat conversations
  { name: 'watermelon-gesprekken-export-nl', product: 'Watermelon (conversational customer-service platform; Inbox > Gesprekken > Exporteren (CSV), one row per conversation across web chat, WhatsApp and social channels with bot hand-off and rating, Dutch UI, a Rotterdam e-bike shop and workshop)', family: 'support', language: 'nl', schema: E, cols: [
    ['Gesprek ID', (c, o) => String(5400000 + n(o) * 11), ['_id']],
    ['Kanaal', (c, o) => wmChan(o), [], opt],
    ['Gestart op', (c, o) => nlDT(wmAt(o)), ['timestamp']],
    ['Gesloten op', (c, o) => (wmState(o) === 'Gesloten' ? nlDT(wmAt(o) + wmDur(o) * 1000) : ''), [], opt],
    ['Status', (c, o) => wmState(o), []],
    ['Onderwerp', (c, o) => wmTopic(o)[0], []],
    ['Labels', (c, o) => wmTopic(o)[1], []],
    ['Afgehandeld door chatbot', (c, o) => (wmBot(o) ? 'Ja' : 'Nee'), []],
    ['Medewerker', (c, o) => wmAgent(o), []],
    ['Team', (c, o) => (wmBot(o) ? '' : wmTopic(o)[1] === 'Werkplaats' || wmTopic(o)[1] === 'Reparatie' ? 'Werkplaats' : 'Klantenservice'), []],
    ['Naam', (c, o) => (wmChan(o) === 'Instagram' ? `${slug(c.first)}_${slug(c.last)}` : c.full), []],
    ['E-mailadres', (c, o) => (wmWeb(o) || n(c) % 3 === 0 ? c.email : ''), EMAIL_ID],
    ['Telefoonnummer', (c, o) => (wmChan(o) === 'WhatsApp' ? `+31${nlMob(c, 'wm').slice(1)}` : ''), PHONE_ID, opt],
    ['Ordernummer', (c, o) => (['Bestelling', 'Retour', 'Administratie'].includes(wmTopic(o)[1]) ? `SFR-${24000 + (n(o) % 6000)}` : ''), [OR('purchaseID')], opt],
    ['Eerste reactietijd (sec)', (c, o) => String(wmBot(o) ? 2 : 25 + (n(o) % 600)), []],
    ['Afhandeltijd (min)', (c, o) => String(Math.round(wmDur(o) / 60)), []],
    ['Aantal berichten', (c, o) => String(4 + (n(o) % 23)), []],
    ['Beoordeling', (c, o) => (wmState(o) === 'Gesloten' && n(o) % 3 ? String(row([5, 4, 5, 3, 5, 1, 4], n(o) >> 1)) : ''), []],
    ['Startpagina', (c, o) => (wmWeb(o) ? row(WM_PAGES, n(o) >> 1) : ''), ['web.webPageDetails.URL']],
    ['Browser', (c, o) => (wmWeb(o) ? row(WM_BROWSERS, n(o) >> 2)[0] : ''), ['environment.browserDetails.name']],
    ['Apparaat', (c, o) => (wmWeb(o) ? row(WM_BROWSERS, n(o) >> 2)[1] : ''), ['device.type'], opt],
    ['Taal', (c, o) => (n(o) % 9 === 4 ? 'en' : 'nl'), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Land', (c, o) => (n(o) % 8 === 3 ? 'BE' : 'NL'), [GEO('countryCode')], opt],
  ] },

  // ---------------------------------------------------------------- Netherlands: e-mail marketing customers
  { name: 'clang-klanten-export-nl', product: 'Clang (E-Village e-mail marketing platform; Klanten > Selectie > Exporteren (CSV), one row per customer record with the standard customer fields, opt-ins and selections, Dutch UI, a Haarlem garden centre\'s newsletter and loyalty card)', family: 'email', language: 'nl', schema: P, cols: [
    ['Klant ID', (c) => String(1800000 + n(c) * 7), ['_id', 'personID']],
    ['Extern ID', (c) => (n(c) % 4 === 3 ? '' : `KK${pad(40000 + (n(c) % 60000), 6)}`), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c.last)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => tv(c.last)[1], ['person.name.lastName']],
    ['Geslacht', (c) => (n(c) % 7 === 0 ? '' : fem(c) ? 'V' : 'M'), ['person.gender']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['E-mailtype', (c) => (n(c) % 11 === 0 ? 'Tekst' : 'HTML'), []],
    ['Mobiel nummer', (c) => (n(c) % 3 === 0 ? nlMob(c, 'cl') : ''), ['mobilePhone.number']],
    ['Straat', (c) => row(HLM_ST, n(c) >> 1), at(HOME, 'street1')],
    ['Huisnummer', (c) => String(1 + (n(c) % 180)), at(HOME, 'street1'), opt],
    ['Huisnummertoevoeging', (c) => (n(c) % 6 === 0 ? row(['A', 'rood', '2', 'B'], n(c) >> 3) : ''), at(HOME, 'street2'), opt],
    ['Postcode', (c) => clPlace(c)[1], at(HOME, 'postalCode')],
    ['Plaats', (c) => clPlace(c)[0], at(HOME, 'city')],
    ['Land', () => 'NL', at(HOME, 'countryCode')],
    ['Geboortedatum', (c) => (n(c) % 4 === 1 ? '' : dmy(bd(c), '-')), ['person.birthDate']],
    ['Status', (c) => clState(c), [], opt],
    ['Aangemeld op', (c) => nlDT(inHours(c.created, cet, 7, 23)), [], opt],
    ['Gewijzigd op', (c) => nlDT(inHours(Math.max(c.updated, c.created + day), cet, 7, 23)), [], opt],
    ['Opt-in e-mail', (c) => (clState(c) === 'Afgemeld' ? 'Nee' : 'Ja'), [], opt],
    ['Opt-in sms', (c) => (n(c) % 3 === 0 && c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Selecties', (c) => clSel(c), []],
    ['Bron', (c) => row(['Website', 'Kassa', 'Kerstshow 2023', 'Website', 'Import klantenkaart', 'Facebook-actie'], n(c) >> 2), []],
    ['Favoriete vestiging', (c) => row(['Haarlem-Noord', 'Heemstede', 'Haarlem-Noord', 'Velserbroek'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Spain: CRM contacts
  { name: 'tecnicrm-contactos-export-es', product: 'Tecnicrm (Spanish CRM for SMEs; Contactos > Listado > Exportar a Excel/CSV, one row per contact person with the account\'s fields, Spanish UI, a Zaragoza industrial-supplies and PPE distributor\'s customers and prospects in Aragón)', family: 'crm', language: 'es', schema: B, cols: [
    ['Id', (c) => String(21000 + (n(c) % 9000)), B2BID],
    ['Tratamiento', (c) => (fem(c) ? 'Sra.' : 'Sr.'), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Lasheras', 'Gracia', 'Lafuente', 'Sancho', 'Royo', 'Aznar', 'Pardo', 'Lacasa'], n(c) >> 1)}`, ['person.name.lastName']],
    ['Cargo', (c) => tcRole(c)[fem(c) ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => tcRole(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Empresa', (c) => tcFirm(c)[0], CO],
    ['CIF', (c) => cifEs(tcFirm(c)[1]), []],
    ['Código cliente', (c) => (tcState(c) === 'Potencial' ? '' : `C${pad(300 + (n(c) % 7) * 17, 5)}`), ACCT, opt],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${tcFirm(c)[7]}`, ['workEmail.address']],
    ['Teléfono', (c) => tcFirm(c)[6], ['workPhone.number']],
    ['Extensión', (c) => (n(c) % 3 === 0 ? String(200 + (n(c) % 60)) : ''), ['workPhone.extension']],
    ['Móvil', (c) => (n(c) % 2 ? esMob(c, 'tc') : ''), ['mobilePhone.number']],
    ['Dirección', (c) => tcFirm(c)[2], [W('street1')]],
    ['Código postal', (c) => tcFirm(c)[3], [W('postalCode')]],
    ['Población', (c) => tcFirm(c)[4], [W('city')]],
    ['Provincia', (c) => tcFirm(c)[5], STATE(['workAddress'])],
    ['País', () => 'España', [W('country')]],
    ['Web', (c) => `www.${tcFirm(c)[7]}`, ['b2b.companyWebsite']],
    ['Sector', (c) => tcFirm(c)[8], []],
    ['Tipo', (c) => tcState(c), ['b2b.personStatus'], opt],
    ['Origen', (c) => row(['Feria', 'Web', 'Recomendación', 'Visita comercial', 'Llamada entrante'], n(c) >> 2), ['b2b.personSource'], opt],
    ['Comercial', (c) => row(['Javier Lasaosa', 'Pilar Bernués', 'Javier Lasaosa', 'Raúl Gimeno'], n(c) >> 1), []],
    ['Fecha de alta', (c) => dmy(cet(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Última actividad', (c) => esDT(inHours(later(c, 200), cet, 8, 19)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Observaciones', (c) => row(['', 'Pedido mínimo 300 € para portes pagados', '', 'Homologar guantes anticorte antes de oferta', '', 'Solo contactar por la mañana'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Spain: festival ticketing attendees
  { name: 'woutick-asistentes-export-es', product: 'Woutick (ticketing platform; Panel del organizador > Evento > Asistentes > Descargar Excel, one row per ticket with its buyer, fees and validation, Spanish UI, a Seville two-day indie-music festival)', family: 'events', language: 'es', schema: E, cols: [
    ['Localizador', (c, o) => `WT${v.alnum(v.rng(n(o) + 911), 8).toUpperCase()}`, [OR('purchaseID')]],
    ['Código de entrada', (c, o, r, i) => `${pad(n(o) * 7 + i, 7)}${v.digits(r, 5)}`, [], opt],
    ['Fecha de compra', (c, o) => esDT(wtAt(o)), ['timestamp', OR('createdDate')]],
    ['Evento', () => 'Alameda Sonora 2025', []],
    ['Tipo de entrada', (c, o, r, i) => wtTix(o, i)[0], [PL('name')]],
    ['Precio', (c, o, r, i) => dec(wtTix(o, i)[1]), [PL('priceTotal')], opt],
    ['Gastos de gestión', (c, o, r, i) => dec(wtFee(o, i)), []],
    ['Código promocional', (c, o, r, i) => (wtDisc(o, i) ? 'SONORA10' : ''), ['commerce.promotionID']],
    ['Descuento', (c, o, r, i) => dec(wtDisc(o, i)), [OR('discountAmount')]],
    ['Total', (c, o, r, i) => dec(wtTotal(o, i)), [OR('priceTotal')]],
    ['Método de pago', (c, o) => wtPay(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => wtState(o), []],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => `${c.last} ${row(['Romero', 'Castillo', 'Delgado', 'Ortega', 'Morales', 'Vega', 'Rubio'], n(c) >> 1)}`, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Teléfono', (c) => esMob(c, 'wt'), PHONE_ID, opt],
    ['DNI', (c) => dniEs(10000000 + (n(c) * 97) % 79999999), []],
    ['Fecha de nacimiento', (c) => dmy(bd(c), '/'), []],
    ['Código postal', (c) => row(SEV_PC, n(c)), [BILL('postalCode'), GEO('postalCode')], opt],
    ['Acepta publicidad', (c) => (c.bool ? 'Sí' : 'No'), []],
    ['Validada', (c, o) => (wtState(o) === 'Devuelta' ? 'No' : n(o) % 6 === 2 ? 'No' : 'Sí'), []],
    ['Fecha de validación', (c, o, r, i) => (wtState(o) === 'Devuelta' || n(o) % 6 === 2 ? '' : `${wtTix(o, i)[0].includes('viernes') ? '23' : '24'}/05/2025 ${pad(18 + (n(o) % 5))}:${pad(n(o) % 60)}`), [], opt],
    ['Canal de venta', (c, o) => row(['Web', 'App', 'Web', 'Web', 'Taquilla'], n(o) >> 2), [], opt],
  ] },
]
