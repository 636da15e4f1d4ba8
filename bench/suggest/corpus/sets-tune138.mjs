// Round 68, tune138: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of European and Asian languages, each export in its product's UI language:
// a German workshop software's invoiced-order list (WERBAS, an independent workshop in Sindelfingen) and a German
// insurance broker's client list (Professional works, Hamburg) (de 2); a French webinar platform's registrants of a B2B
// product webinar (Livestorm) and a French salon software's sales history (Merci Yanis, a Nantes hair salon) (fr 2); a
// Spanish POS's ticket list (Glop, a Valencia bakery-café, es 1); an Italian car-dealer DMS's customer list (DataCar DMS,
// a Brescia dealership, it 1); a Dutch wholesale marketplace's orders for a brand (Orderchamp, Utrecht, nl 1); a
// Brazilian school system's student list (Sponte, a Curitiba English school, pt 1); a Swedish restaurant POS's receipts
// (Trivec, a Gothenburg bistro, sv 1); a Polish marketing-automation platform's contact list (SALESmanago, a Poznań
// fastener distributor's newsletter, pl 1); a Japanese B2B event platform's participant list (EventHub, a Tokyo SaaS
// seminar, ja 1); a Taiwanese restaurant POS's order list (肚肚 Dudoo, a Taipei brunch café, zh 1). E 6, P 3, B 3.
// Headers are written from the products' documentation and the writer's knowledge of their UIs; no public page listing an
// export's exact columns was found, and nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Germany, France, Spain, Italy, the Netherlands, Sweden and Poland keep summer time; Brazil (since 2019),
// Japan and Taiwan do not
const cet = (ms) => local(ms, 1)
const brt = (ms) => shift(ms, -3)
const jst = (ms) => shift(ms, 9)
const tpe = (ms) => shift(ms, 8)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 19) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const seeded = (c, salt) => { const r = v.rng(v.hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x51c3a7e9); r(); r(); return r }
const r2 = (x) => Math.round(x * 100) / 100
// the shared person's first name decides the gender where a column shows it
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)
const up = (s) => s.toUpperCase()

// ---------------------------------------------------------------- WERBAS: an independent workshop in Sindelfingen
// [place, postcode, street, plate district]
const SIFI = [['Sindelfingen', '71063', 'Planiestraße', 'BB'], ['Böblingen', '71032', 'Sindelfinger Straße', 'BB'], ['Sindelfingen', '71065', 'Hohenzollernstraße', 'BB'], ['Leonberg', '71229', 'Eltinger Straße', 'BB'], ['Herrenberg', '71083', 'Hindenburgstraße', 'BB'], ['Stuttgart', '70565', 'Vaihinger Markt', 'S'], ['Maichingen', '71069', 'Sindelfinger Straße', 'BB'], ['Ehningen', '71139', 'Königstraße', 'BB']]
const wbPlace = (c) => row(SIFI, n(c) % 8)
// [vehicle, VIN prefix]
const WB_CARS = [['VW Golf VII 1.6 TDI', 'WVWZZZAUZ'], ['Mercedes-Benz C 220 d T-Modell (S205)', 'WDD2052041'], ['Opel Corsa E 1.4', 'W0L0XEP68'], ['BMW 320d Touring (F31)', 'WBA8J110X0'], ['Skoda Octavia Combi 2.0 TDI', 'TMBJJ7NE1'], ['Ford Fiesta 1.0 EcoBoost', 'WF0DXXGAK'], ['Mercedes-Benz A 180 (W176)', 'WDD1760421'], ['Audi A4 Avant 2.0 TDI (B9)', 'WAUZZZF40']]
const wbCar = (c) => row(WB_CARS, n(c) >> 1)
// [order type, labour hours, parts net, external net]
const WB_TYPE = [['Inspektion', 1.8, 164.3, 0], ['HU/AU', 0.6, 0, 138.5], ['Reparatur', 3.4, 412.85, 0], ['Reifenwechsel', 0.5, 0, 0], ['Bremsen vorne', 1.6, 238.4, 0], ['Unfallinstandsetzung', 7.5, 986.2, 420], ['Klimaservice', 0.8, 39.9, 0], ['Ölwechsel', 0.5, 68.75, 0]]
const wbType = (o) => row(WB_TYPE, n(o) % 8)
const wbLabour = (o) => r2(wbType(o)[1] * 112)
const wbNet = (o) => r2(wbLabour(o) + wbType(o)[2] + wbType(o)[3])
const wbVat = (o) => r2(wbNet(o) * 0.19)
const wbInv = (o) => inHours(o.at, cet, 8, 17)
const wbOpen = (o) => wbInv(o) - ((n(o) % 3) + (wbType(o)[0] === 'Unfallinstandsetzung' ? 6 : 0)) * day
const wbPay = (o) => row(['EC-Karte', 'Überweisung', 'Bar', 'EC-Karte', 'Kreditkarte', 'Überweisung', 'EC-Karte'], n(o) >> 1)
const wbAge = (c) => 1 + (n(c) % 11)
const wbEZ = (c, o) => wbInv(o) - wbAge(c) * 365 * day - ((n(c) >> 2) % 300) * day
const wbKm = (c, o) => wbAge(c) * (9000 + (n(c) % 9) * 1500) + (n(o) % 4997)
const wbPlate = (c) => `${wbPlace(c)[3]}-${'ABCDEFGHKLMNPRSTUVWXYZ'[n(c) % 22]}${'ABCDEFGHKLMNPRSTUVWXYZ'[(n(c) >> 3) % 22]} ${(n(c) % 9000) + 100}`
const wbFirm = (c) => (n(c) % 9 === 4 ? row(['Gebr. Kienzle GmbH', 'Pflegedienst Sonnenschein e.K.', 'Elektro Rapp GmbH & Co. KG'], n(c) >> 4) : '')

// ---------------------------------------------------------------- Professional works: an insurance broker in Hamburg
const HH = [['20249', 'Hamburg', 'Eppendorfer Landstraße'], ['22765', 'Hamburg', 'Große Brunnenstraße'], ['22305', 'Hamburg', 'Fuhlsbüttler Straße'], ['21073', 'Hamburg', 'Lüneburger Straße'], ['22869', 'Schenefeld', 'Blankeneser Chaussee'], ['22880', 'Wedel', 'Bahnhofstraße'], ['21465', 'Reinbek', 'Bergedorfer Straße'], ['22587', 'Hamburg', 'Blankeneser Landstraße']]
const pwPlace = (c) => row(HH, n(c) % 8)
const PW_JOB = [['Angestellte(r)', 'Ingenieur'], ['Beamte(r)', 'Lehrer'], ['Selbstständig', 'Architekt'], ['Angestellte(r)', 'Pflegefachkraft'], ['Angestellte(r)', 'Bankkaufmann'], ['Freiberufler(in)', 'Zahnarzt'], ['Rentner(in)', ''], ['Student(in)', '']]
const pwJob = (c) => row(PW_JOB, n(c) >> 1)
const pwStatus = (c) => row(['Kunde', 'Kunde', 'Interessent', 'Kunde', 'Kunde', 'ehemaliger Kunde'], n(c) >> 2)
const pwContracts = (c) => (pwStatus(c) === 'Kunde' ? 1 + (n(c) % 9) : pwStatus(c) === 'Interessent' ? 0 : 0)
const pwSince = (c) => Date.UTC(2011 + (n(c) % 13), (n(c) >> 2) % 12, 1 + (n(c) % 28))
const taxId = (c) => { const r = seeded(c, 'stid'); return `${v.int(r, 1, 9)}${v.digits(r, 10)}` }

// ---------------------------------------------------------------- Livestorm: a Paris HR-software vendor's webinar
// [company, domain, size, country]
const LS_FIRMS = [['Groupe Vauban Logistique', 'vauban-logistique.fr', '201-500', 'France'], ['Clinique Saint-Roch', 'clinique-saintroch.fr', '501-1000', 'France'], ['Maison Lenôtre Traiteur', 'lenotre-traiteur.fr', '51-200', 'France'], ['Banque Populaire Grand Ouest', 'bpgo.fr', '1001-5000', 'France'], ['Proxi Bureautique', 'proxibureautique.be', '11-50', 'Belgique'], ['Transports Chabas', 'chabas-transports.fr', '201-500', 'France'], ['Agence Kiosk', 'kiosk-agence.ch', '11-50', 'Suisse'], ['Mutuelle des Pays de Loire', 'mpdl.fr', '501-1000', 'France']]
const lsFirm = (c) => row(LS_FIRMS, n(c) % 8)
const LS_JOBS = ['DRH', 'Responsable paie', 'Chargée de recrutement', 'Responsable SIRH', 'Directeur administratif et financier', 'Gestionnaire RH', 'Office manager', 'Responsable formation']
const lsSession = (c) => row([Date.UTC(2024, 2, 14, 10), Date.UTC(2024, 2, 21, 10), Date.UTC(2024, 3, 4, 9)], n(c) >> 1)
const lsAttended = (c) => n(c) % 5 !== 0 && n(c) % 7 !== 3
const lsMinutes = (c) => (lsAttended(c) ? 6 + (n(c) % 40) : 0)
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const frLong = (ms) => { const p = cet(ms); return `${FR_DAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]} ${p.d} ${FR_MONTHS[p.m - 1]} ${p.y} ${hm(p)}` }
const frDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const lsSrc = (c) => row(['Page d\'inscription', 'Page d\'inscription', 'Widget', 'Page d\'inscription', 'Import', 'API'], n(c) >> 3)
const lsUtm = (c) => (['Import', 'API'].includes(lsSrc(c)) ? ['', '', ''] : lsUtm0(c))
const lsUtm0 = (c) => row([['linkedin', 'social', 'webinar-paie-2024'], ['newsletter', 'email', 'nl-mars-2024'], ['', '', ''], ['google', 'cpc', 'sirh-brand'], ['linkedin', 'paid-social', 'webinar-paie-2024'], ['', '', '']], n(c) >> 2)

// ---------------------------------------------------------------- Merci Yanis: a hair salon in Nantes
// [service, price TTC]
const MY_SERV = [['Coupe femme + Brushing', 52], ['Coupe homme', 26], ['Couleur racines + Brushing', 68], ['Balayage + Soin Olaplex + Brushing', 145], ['Coupe enfant (-12 ans)', 18], ['Brushing cheveux longs', 34], ['Coupe homme + Barbe', 38], ['Lissage brésilien', 190]]
const MY_MEN = [1, 6, 4]
const MY_WOMEN = [0, 2, 3, 5, 7, 0, 2]
const myServ = (o, c) => MY_SERV[fem(c) ? row(MY_WOMEN, n(o)) : row(MY_MEN, n(o))]
// [product, price TTC]
const MY_PROD = [['', 0], ['Shampoing Kérastase Bain Satin 250 ml', 27.5], ['', 0], ['Masque Olaplex N°8 100 ml', 32], ['', 0], ['Huile Moroccanoil 100 ml', 44.9], ['', 0]]
const myProd = (o) => row(MY_PROD, n(o) >> 1)
const myDisc = (o, c) => (o.discount ? r2(myServ(o, c)[1] * 0.1) : 0)
const myTTC = (o, c) => r2(myServ(o, c)[1] + myProd(o)[1] - myDisc(o, c))
const myVat = (o, c) => r2(myTTC(o, c) - myTTC(o, c) / 1.2)
const myAt = (o) => inHours(o.at, cet, 9, 19)
const myPay = (o) => row(['CB', 'CB', 'Espèces', 'CB sans contact', 'Chèque', 'CB', 'Carte cadeau'], n(o) >> 2)
const myStaff = (o) => row(['Clémence', 'Yanis', 'Nadia', 'Clémence', 'Lou'], n(o) >> 3)

// ---------------------------------------------------------------- Glop: a bakery-café with two shops in Valencia
// [item, price with VAT, VAT rate]
const GL_ITEMS = [['Pan de masa madre', 3.2, 4], ['Barra rústica', 1.35, 4], ['Croissant de mantequilla', 1.6, 10], ['Café con leche', 1.7, 10], ['Ensaimada', 2.1, 10], ['Coca de llanda (porción)', 2.4, 10], ['Bocadillo de tortilla', 4.5, 10], ['Zumo de naranja natural', 3.2, 10], ['Tarta de queso (porción)', 3.9, 10], ['Cortado', 1.4, 10]]
const glLines = (o) => { const k = 1 + (n(o) % 4); return Array.from({ length: k }, (_, j) => row(GL_ITEMS, (n(o) >> 2) + j * 3)) }
const glQty = (o) => glLines(o).length + (n(o) % 3 === 0 ? 1 : 0)
const glGross = (o) => r2(glLines(o).reduce((a, x) => a + x[1], 0) + (n(o) % 3 === 0 ? glLines(o)[0][1] : 0))
const glDisc = (o) => (glCust(o) && n(o) % 4 === 1 ? r2(glGross(o) * 0.05) : 0)
const glTotal = (o) => r2(glGross(o) - glDisc(o))
const glVat = (o) => { const f = glTotal(o) / glGross(o); const q = n(o) % 3 === 0 ? [...glLines(o), glLines(o)[0]] : glLines(o); return r2(q.reduce((a, x) => a + (x[1] * f - (x[1] * f) / (1 + x[2] / 100)), 0)) }
const glCust = (o) => n(o) % 3 === 1
const glShop = (o) => row(['Russafa', 'Benimaclet'], n(o) >> 1)
const glAt = (o) => inHours(o.at, cet, 7, 20)
const glPay = (o) => row(['Efectivo', 'Tarjeta', 'Tarjeta', 'Bizum', 'Efectivo', 'Tarjeta'], n(o) >> 2)
const glState = (o) => (n(o) % 17 === 5 ? 'Anulado' : 'Cobrado')
const nifEs = (c) => { const k = 20000000 + (n(c) * 37) % 70000000; return `${k}${'TRWAGMYFPDXBNJZSQVHLCKE'[k % 23]}` }

// ---------------------------------------------------------------- DataCar DMS: a car dealership in Brescia
const BS = [['Brescia', '25121', 'BS', 'Corso Zanardelli'], ['Brescia', '25124', 'BS', 'Via Cefalonia'], ['Desenzano del Garda', '25015', 'BS', 'Via Roma'], ['Rovato', '25038', 'BS', 'Corso Bonomelli'], ['Chiari', '25032', 'BS', 'Via Cesare Battisti'], ['Lumezzane', '25065', 'BS', 'Via Montini'], ['Bergamo', '24121', 'BG', 'Via XX Settembre'], ['Cremona', '26100', 'CR', 'Corso Garibaldi']]
const dcPlace = (c) => row(BS, n(c) % 8)
const dcFirm = (c) => (n(c) % 6 === 2 ? row(['Edil Franzoni Srl', 'Trasporti Bettoni Snc', 'Studio Dentistico Ghidini'], n(c) >> 3) : '')
const CF_MONTH = 'ABCDEHLMPRST'
const cfIt = (c) => { const cons = (s) => (v.slug(s).replace(/[aeiou]/g, '') + v.slug(s).replace(/[^aeiou]/g, '') + 'xxx').slice(0, 3).toUpperCase(); const p = v.parts(c.birth); const r = seeded(c, 'cf'); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${CF_MONTH[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${v.pick(r, ['B157', 'A794', 'D284', 'H598', 'C618'])}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[v.int(r, 0, 25)]}` }
const dcCar = (c) => row(['Volkswagen T-Roc 1.5 TSI Life', 'Škoda Kamiq 1.0 TSI Style', 'Audi A3 Sportback 35 TFSI', 'Volkswagen Polo 1.0 EVO', 'Cupra Formentor 1.5 TSI', 'Volkswagen ID.3 Pro', 'Škoda Octavia Wagon 2.0 TDI'], n(c) >> 1)
const dcPlate = (c) => { const L = 'ABCDEFGHJKLMNPRSTVWXYZ'; return `G${L[n(c) % 22]}${(n(c) % 900) + 100}${L[(n(c) >> 2) % 22]}${L[(n(c) >> 5) % 22]}` }
const itDate = (ms) => dmy(v.parts(ms), '/')

// ---------------------------------------------------------------- Orderchamp: a Utrecht home-and-living brand's retailers
// [shop, contact first, last, street, postcode, city, country]
const OC_SHOPS = [
  ['Wonen bij Fien', 'Fien', 'Verhoeven', 'Oudegracht 212', '3511 NS', 'Utrecht', 'Nederland'],
  ['Conceptstore Groen & Zo', 'Marloes', 'Kuipers', 'Lange Elisabethstraat 9', '3511 JJ', 'Utrecht', 'Nederland'],
  ['Het Kaarsenhuys', 'Anouk', 'Brouwer', 'Steenstraat 41', '6828 CA', 'Arnhem', 'Nederland'],
  ['Juttu Lifestyle', 'Sven', 'Hendriks', 'Kerkstraat 17', '5211 KD', "'s-Hertogenbosch", 'Nederland'],
  ['Maison Bleue', 'Lien', 'Peeters', 'Kammenstraat 52', '2000', 'Antwerpen', 'België'],
  ['Atelier Noord', 'Ruben', 'Dijkstra', 'Folkingestraat 30', '9711 JW', 'Groningen', 'Nederland'],
  ['Hygge & Co', 'Lena', 'Schröder', 'Hohe Straße 88', '50667', 'Köln', 'Duitsland'],
]
const ocShop = (o) => row(OC_SHOPS, n(o) % 7)
const ocStatus = (o) => row(['Afgerond', 'Verzonden', 'Afgerond', 'Bevestigd', 'Nieuw', 'Afgerond', 'Geannuleerd', 'Afgerond'], n(o) >> 1)
const ocItems = (o) => 12 + (n(o) % 7) * 6
const ocSub = (o) => r2(ocItems(o) * row([6.95, 8.5, 12.9, 4.75, 9.95], n(o) >> 2))
const ocShipFee = (o) => (ocSub(o) >= 300 ? 0 : 14.95)
// retailers in Belgium and Germany are invoiced with reverse-charge VAT
const ocVat = (o) => r2((ocSub(o) + ocShipFee(o)) * (ocShop(o)[6] === 'Nederland' ? 0.21 : 0))
const ocTotal = (o) => r2(ocSub(o) + ocShipFee(o) + ocVat(o))
const ocComm = (o) => r2(ocSub(o) * (n(o) % 4 === 0 ? 0.08 : 0.2))
const ocShipped = (o) => ['Afgerond', 'Verzonden'].includes(ocStatus(o))
const ocMail = (o) => `${v.slug(ocShop(o)[1])}@${v.slug(ocShop(o)[0]).slice(0, 14)}.${ocShop(o)[6] === 'België' ? 'be' : ocShop(o)[6] === 'Duitsland' ? 'de' : 'nl'}`
const nlDT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- Sponte: an English school in Curitiba
const CWB = [['80240-030', 'Rua Desembargador Motta', 'Batel'], ['80730-000', 'Avenida Manoel Ribas', 'Mercês'], ['80050-350', 'Rua Amintas de Barros', 'Centro'], ['82590-300', 'Rua Nicola Pellanda', 'Umbará'], ['80250-104', 'Avenida Sete de Setembro', 'Água Verde'], ['82520-590', 'Rua Fernandes de Barros', 'Alto da XV'], ['81070-000', 'Rua João Bettega', 'Portão']]
const spPlace = (c) => row(CWB, n(c) % 7)
const spBirth = (c) => { const r = seeded(c, 'spb'); return Date.UTC(v.int(r, 1975, 2015), v.int(r, 0, 11), v.int(r, 1, 28)) }
const spMinor = (c) => v.parts(spBirth(c)).y > 2006
const spCourse = (c) => (spMinor(c) ? row(['Inglês Kids', 'Inglês Teens', 'Inglês Teens'], n(c) >> 1) : row(['Inglês Adultos', 'Inglês Adultos', 'Business English', 'Conversação Avançada', 'Preparatório TOEFL'], n(c) >> 1))
const spLevel = (c) => row(['Book 1', 'Book 2', 'Book 3', 'Book 4', 'Intermediate', 'Upper-Intermediate', 'Advanced'], n(c) >> 2)
const spStatus = (c) => row(['Ativo', 'Ativo', 'Ativo', 'Trancado', 'Ativo', 'Cancelado', 'Ativo', 'Concluído'], n(c))
const spCell = (c) => { const r = seeded(c, 'spc'); return `(41) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
const spPhone = (c) => (n(c) % 3 === 0 ? `(41) 3${v.int(seeded(c, 'spt'), 200, 399)}-${pad(n(c) % 10000, 4)}` : '')
const spRel = (c) => row(['Sandra', 'Marcos', 'Patrícia', 'Ricardo', 'Cristiane', 'Fernando'], n(c) >> 3)
const cpf = (n9) => { const ds = String(n9).padStart(9, '0').split('').map(Number); const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); const b = f([...ds, a], 11); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const brl = (x) => thou(x, '.', ',')

// ---------------------------------------------------------------- Trivec: a Gothenburg bistro
// [item, price incl. VAT, VAT rate]
const TV_ITEMS = [['Toast Skagen', 165, 12], ['Wallenbergare', 245, 12], ['Räkmacka', 195, 12], ['Fish & chips', 215, 12], ['Dagens lunch', 129, 12], ['Chokladfondant', 110, 12], ['Husets rödvin 18 cl', 125, 25], ['Lager 40 cl', 89, 25], ['Alkoholfri öl', 59, 12], ['Kaffe', 39, 12]]
const tvLines = (o) => { const k = 2 + (n(o) % 5); return Array.from({ length: k }, (_, j) => row(TV_ITEMS, (n(o) >> 1) + j * 3)) }
const tvGross = (o) => tvLines(o).reduce((a, x) => a + x[1], 0)
const tvDisc = (o) => (n(o) % 9 === 2 ? Math.round(tvGross(o) * 0.1) : 0)
const tvTotal = (o) => tvGross(o) - tvDisc(o)
const tvVat = (o, rate) => { const f = tvTotal(o) / tvGross(o); return r2(tvLines(o).filter((x) => x[2] === rate).reduce((a, x) => a + (x[1] * f - (x[1] * f) / (1 + rate / 100)), 0)) }
const tvTip = (o) => (tvPay(o) === 'Kort' && n(o) % 3 === 0 ? row([20, 30, 50, 15], n(o) >> 2) : 0)
const tvPay = (o) => row(['Kort', 'Kort', 'Swish', 'Kort', 'Presentkort', 'Kort', 'Kontant', 'Kort'], n(o) >> 1)
const tvAt = (o) => inHours(o.at, cet, 11, 22)
const sek = (x) => thou(x, ' ', ',')

// ---------------------------------------------------------------- SALESmanago: a Poznań fastener distributor's contacts
const PL_M = ['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Grzegorz', 'Jakub', 'Adam']
const PL_F = ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Natalia', 'Karolina']
const PL_L = [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Jankowski', 'Jankowska'], ['Mazur', 'Mazur']]
const plFem = (c) => n(c) % 2 === 1
const plp = (c) => { const r = seeded(c, 'pl'); const first = v.pick(r, plFem(c) ? PL_F : PL_M); const last = v.pick(r, PL_L)[plFem(c) ? 1 : 0]; return { first, last } }
const plSlug = (s) => v.slug(s.replace(/ł/g, 'l').replace(/Ł/g, 'L'))
// [company, domain, street, postcode, city, voivodeship, NIP, industry]
const SM_FIRMS = [
  ['Stalmet Konstrukcje sp. z o.o.', 'stalmet-konstrukcje.pl', 'ul. Przemysłowa 14', '62-052', 'Komorniki', 'wielkopolskie', '777-312-45-09', 'Konstrukcje stalowe'],
  ['Agromaszyny Leszno S.A.', 'agromaszyny.com.pl', 'ul. Gronowska 8', '64-100', 'Leszno', 'wielkopolskie', '697-210-88-31', 'Maszyny rolnicze'],
  ['PPHU Drewbud Tomasz Kaczmarek', 'drewbud.pl', 'ul. Leśna 3', '63-400', 'Ostrów Wielkopolski', 'wielkopolskie', '622-198-07-54', 'Budownictwo'],
  ['Meblotech sp. z o.o.', 'meblotech.eu', 'ul. Fabryczna 22', '64-920', 'Piła', 'wielkopolskie', '764-260-13-88', 'Produkcja mebli'],
  ['Elwind Serwis sp.j.', 'elwind.pl', 'ul. Szczecińska 51', '75-122', 'Koszalin', 'zachodniopomorskie', '669-251-40-17', 'Energetyka wiatrowa'],
  ['Fabryka Wagonów Gniewczyna', 'fw-gniewczyna.pl', 'Gniewczyna Łańcucka 400', '37-126', 'Gniewczyna Łańcucka', 'podkarpackie', '815-001-77-62', 'Tabor kolejowy'],
  ['Autobudowa Wrocław sp. z o.o.', 'autobudowa.wroc.pl', 'ul. Krakowska 180', '52-015', 'Wrocław', 'dolnośląskie', '899-277-31-05', 'Zabudowy pojazdów'],
]
const smFirm = (c) => row(SM_FIRMS, n(c) % 7)
const SM_JOBS = [['Kierownik Zakupów', 'Kierowniczka Zakupów'], ['Specjalista ds. Zaopatrzenia', 'Specjalistka ds. Zaopatrzenia'], ['Główny Technolog', 'Główna Technolożka'], ['Właściciel', 'Właścicielka'], ['Inżynier Produkcji', 'Inżynierka Produkcji'], ['Kierownik Utrzymania Ruchu', 'Kierowniczka Utrzymania Ruchu']]
const smJob = (c) => row(SM_JOBS, (n(c) >> 1) % 6)[plFem(c) ? 1 : 0]
const smMobile = (c) => { const r = seeded(c, 'smm'); return `+48 ${v.pick(r, ['501', '512', '600', '601', '604', '665', '692', '730', '785'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
const smScore = (c) => (n(c) % 11) * 9 + (n(c) % 5)
const smStage = (c) => (smScore(c) > 70 ? 'Klient' : smScore(c) > 40 ? 'Lead kwalifikowany' : 'Lead')
const smTags = (c) => row(['newsletter,katalog-2024', 'targi-ITM-2024,kotwy-chemiczne', 'newsletter', 'webinar-DIN-ISO,newsletter', 'klient-B2B,wkręty-samowiercące', 'katalog-2024', 'newsletter,promocja-Q2'], n(c) >> 1)
const plDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hm(p)}` }

// ---------------------------------------------------------------- EventHub: a Tokyo SaaS vendor's online seminar
const JA_L = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato']]
const JA_M = [['大輔', 'ダイスケ', 'daisuke'], ['翔太', 'ショウタ', 'shota'], ['健一', 'ケンイチ', 'kenichi'], ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki']]
const JA_F = [['美咲', 'ミサキ', 'misaki'], ['由美', 'ユミ', 'yumi'], ['彩', 'アヤ', 'aya'], ['恵子', 'ケイコ', 'keiko'], ['真理', 'マリ', 'mari']]
// [company, domain, prefecture, industry, employees]
const EH_FIRMS = [['株式会社丸紅ロジテック', 'marubeni-logitech.co.jp', '東京都', '運輸・物流', '1,001〜5,000名'], ['東邦精工株式会社', 'toho-seiko.co.jp', '神奈川県', '製造業', '301〜1,000名'], ['株式会社みらい不動産', 'mirai-fudosan.jp', '大阪府', '不動産', '51〜300名'], ['北陸フードサービス株式会社', 'hokuriku-fs.co.jp', '石川県', '飲食・小売', '301〜1,000名'], ['株式会社アクトシステムズ', 'actsystems.co.jp', '東京都', 'IT・通信', '51〜300名'], ['医療法人社団 青葉会', 'aobakai.or.jp', '宮城県', '医療・福祉', '301〜1,000名'], ['九州建設工業株式会社', 'q-kensetsu.co.jp', '福岡県', '建設', '1,001〜5,000名']]
const ehFirm = (c) => row(EH_FIRMS, n(c) % 7)
const EH_DEPT = [['経理部', '課長'], ['人事総務部', '部長'], ['情報システム部', '主任'], ['経営企画室', '室長'], ['管理本部', '本部長'], ['財務経理課', '担当'], ['総務部', '係長']]
const ehDept = (c) => row(EH_DEPT, n(c) >> 1)
const jaFem = (c) => n(c) % 3 === 1
const jap = (c) => { const r = seeded(c, 'ja'); const l = v.pick(r, JA_L), g = v.pick(r, jaFem(c) ? JA_F : JA_M); return { last: l[0], first: g[0], lastKana: l[1], firstKana: g[1], email: `${g[2][0]}.${l[2]}@${ehFirm(c)[1]}`, tel: `0${v.pick(r, ['3', '45', '6', '76', '22', '92'])}-${v.int(r, 1000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` } }
const ehState = (c) => row(['参加済み', '参加済み', '未参加', '参加済み', 'キャンセル', '参加済み', '未参加'], n(c) >> 1)
const ehMin = (c) => (ehState(c) === '参加済み' ? 8 + (n(c) % 52) : 0)
const jaDT = (ms) => { const p = jst(ms); return `${ymd(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- 肚肚 Dudoo: a brunch café in Taipei
const DD_ITEMS = [['經典班尼迪克蛋', 320], ['酪梨鮭魚貝果', 280], ['法式吐司佐莓果', 260], ['松露野菇燉飯', 340], ['美式咖啡', 120], ['燕麥拿鐵', 160], ['伯爵鮮奶茶', 140], ['今日濃湯', 90]]
const ddLines = (o) => { const k = 1 + (n(o) % 5); return Array.from({ length: k }, (_, j) => row(DD_ITEMS, (n(o) >> 1) + j * 3)) }
const ddChannel = (o) => row(['POS', 'POS', '線上點餐', 'Uber Eats', 'POS', 'foodpanda', 'POS'], n(o) >> 2)
const ddMode = (o) => (ddChannel(o) === 'Uber Eats' || ddChannel(o) === 'foodpanda' ? '外送' : ddChannel(o) === '線上點餐' ? '外帶' : row(['內用', '內用', '外帶'], n(o)))
const ddSub = (o) => ddLines(o).reduce((a, x) => a + x[1], 0)
const ddDisc = (o) => (ddMember(o) && n(o) % 4 === 1 ? Math.round(ddSub(o) * 0.1) : 0)
const ddFee = (o) => (ddMode(o) === '內用' ? Math.round((ddSub(o) - ddDisc(o)) * 0.1) : 0)
const ddTotal = (o) => ddSub(o) - ddDisc(o) + ddFee(o)
const ddMember = (o) => n(o) % 3 !== 0
const ddPay = (o) => (ddMode(o) === '外送' ? '平台支付' : row(['現金', '信用卡', 'LINE Pay', '街口支付', '現金', '信用卡'], n(o) >> 1))
const ddAt = (o) => inHours(o.at, tpe, 8, 16)
const ddDT = (ms) => { const p = tpe(ms); return `${ymd(p, '/')} ${hms(p)}` }
const ZH_L = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊']
const ZH_G = ['怡君', '志明', '雅婷', '俊傑', '佳穎', '宗翰', '詩涵', '冠宇']
const twName = (c) => `${row(ZH_L, n(c) % 10)}${row(ZH_G, (n(c) >> 3) % 8)}`
const twPhone = (c) => { const r = seeded(c, 'tw'); return `09${v.int(r, 10, 88)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}` }
const twd = (x) => group(x, ',')

export const SETS = [
  // ---------------------------------------------------------------- Germany: workshop software, invoiced orders
  { name: 'werbas-rechnungsausgang-export-de', product: 'WERBAS (Werkstatt-Management-System; Auswertungen > Rechnungsausgangsbuch > Export nach Excel, one row per invoiced workshop order with customer and vehicle, German UI, an independent multi-brand workshop in Sindelfingen, Baden-Württemberg)', family: 'automotive', language: 'de', schema: E, cols: [
    ['Rechnungsnr.', (c, o) => String(2400000 + n(o)), [OR('purchaseID')]],
    ['Rechnungsdatum', (c, o) => dmy(cet(wbInv(o))), ['timestamp']],
    ['Auftragsnr.', (c, o) => `A${pad(61000 + (n(o) % 30000), 6)}`, [OR('purchaseID')], opt],
    ['Auftragsdatum', (c, o) => dmy(cet(wbOpen(o))), [OR('createdDate')], opt],
    ['Auftragsart', (c, o) => wbType(o)[0], [OR('orderType')], opt],
    ['Kundennr.', (c) => String(10000 + (n(c) % 40000)), CUST_ID],
    ['Anrede', (c) => (wbFirm(c) ? 'Firma' : fem(c) ? 'Frau' : 'Herr'), []],
    ['Name 1', (c) => wbFirm(c) || `${c.last}, ${c.first}`, []],
    ['Name 2', (c) => (wbFirm(c) ? `z. Hd. ${c.first} ${c.last}` : ''), []],
    ['Straße', (c) => `${wbPlace(c)[2]} ${(n(c) % 90) + 1}`, [BILL('street1')], opt],
    ['PLZ', (c) => wbPlace(c)[1], [BILL('postalCode')], opt],
    ['Ort', (c) => wbPlace(c)[0], [BILL('city')], opt],
    ['Telefon', (c) => `0${row(['7031', '7031', '7152', '7032', '711'], n(c) >> 2)} ${(n(c) % 900000) + 100000}`, PHONE_ID, opt],
    ['Mobil', (c) => (n(c) % 3 === 0 ? '' : c.mobile.replace('+49 ', '0')), PHONE_ID, opt],
    ['E-Mail', (c) => (n(c) % 5 === 1 ? '' : c.email), EMAIL_ID],
    ['Amtl. Kennzeichen', (c) => wbPlate(c), []],
    ['Fahrzeug', (c) => wbCar(c)[0], []],
    ['FIN', (c) => `${wbCar(c)[1]}${v.alnum(seeded(c, 'vin'), 17 - wbCar(c)[1].length).toUpperCase().replace(/[IOQ]/g, '7')}`, []],
    ['Erstzulassung', (c, o) => dmy(v.parts(wbEZ(c, o))), []],
    ['km-Stand', (c, o) => group(wbKm(c, o), '.'), []],
    ['Serviceberater', (c, o) => row(['M. Kübler', 'S. Rath', 'M. Kübler', 'T. Schäfer'], n(o) >> 3), []],
    ['Lohn netto', (c, o) => thou(wbLabour(o)), []],
    ['Teile netto', (c, o) => thou(wbType(o)[2]), []],
    ['Fremdleistung netto', (c, o) => thou(wbType(o)[3]), []],
    ['Summe netto', (c, o) => thou(wbNet(o)), [], opt],
    ['MwSt.', (c, o) => thou(wbVat(o)), [OR('taxAmount')]],
    ['Summe brutto', (c, o) => thou(wbNet(o) + wbVat(o)), [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => wbPay(o), [OR('payments[0].paymentType')]],
    ['Bezahlt', (c, o) => (wbPay(o) === 'Überweisung' && n(o) % 4 === 1 ? 'Nein' : 'Ja'), []],
    ['Bemerkung', (c, o) => row(['', 'Ersatzwagen gestellt', '', 'Kunde wartet', '', 'Altteile mitgegeben', '', 'Nächste HU 03/2026'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Germany: insurance broker's client list
  { name: 'professional-works-kunden-export-de', product: 'Professional works (Maklerverwaltungsprogramm of DEMV Systems; Kunden > Kundenliste > Export (CSV), one row per private client with contact data, household facts and contract count, German UI, an independent insurance broker in Hamburg-Eppendorf)', family: 'insurance', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => `K-${pad(n(c) % 100000, 5)}`, ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Titel', (c) => row(['', '', '', 'Dr.', '', '', 'Prof. Dr.', '', ''], n(c)), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => dmy(v.parts(c.birth)), ['person.birthDate']],
    ['Familienstand', (c) => row(['verheiratet', 'ledig', 'verheiratet', 'geschieden', 'eingetragene Lebenspartnerschaft', 'verwitwet', 'ledig'], n(c) >> 1), ['person.maritalStatus']],
    ['Staatsangehörigkeit', (c) => row(['deutsch', 'deutsch', 'deutsch', 'österreichisch', 'deutsch', 'polnisch', 'deutsch'], n(c) >> 2), ['person.nationality']],
    ['Steuer-ID', (c) => (n(c) % 4 === 3 ? '' : taxId(c)), ['person.taxId']],
    ['Berufsstatus', (c) => pwJob(c)[0], []],
    ['Beruf', (c) => pwJob(c)[1], []],
    ['Straße', (c) => `${pwPlace(c)[2]} ${(n(c) % 180) + 1}`, at(HOME, 'street1')],
    ['PLZ', (c) => pwPlace(c)[0], at(HOME, 'postalCode')],
    ['Ort', (c) => pwPlace(c)[1], at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Telefon privat', (c) => (n(c) % 3 === 0 ? `040 ${(n(c) % 9000000) + 1000000}` : ''), ['homePhone.number']],
    ['Telefon geschäftlich', (c) => (n(c) % 4 === 1 ? `040 ${(n(c) % 900000) + 300000}-${(n(c) % 90) + 10}` : ''), ['workPhone.number'], opt],
    ['Mobil', (c) => c.mobile.replace('+49 ', '0'), ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Kundenstatus', (c) => pwStatus(c), []],
    ['Kunde seit', (c) => (pwStatus(c) === 'Interessent' ? '' : dmy(v.parts(pwSince(c)))), [], opt],
    ['Anzahl Verträge', (c) => String(pwContracts(c)), []],
    ['Jahresbeitrag gesamt', (c) => thou(pwContracts(c) * (180 + (n(c) % 520)) + (pwContracts(c) ? 0.4 : 0)), []],
    ['Maklervertrag', (c) => (pwStatus(c) === 'Interessent' ? 'Nein' : 'Ja'), []],
    ['Maklervollmacht', (c) => (pwStatus(c) === 'Kunde' ? 'Ja' : 'Nein'), []],
    ['Einwilligung Datenschutz', (c) => (n(c) % 6 === 5 ? 'Nein' : 'Ja'), [], opt],
    ['Betreuer', (c) => row(['Jan-Hendrik Petersen', 'Birte Claußen', 'Jan-Hendrik Petersen'], n(c) >> 3), []],
    ['Haushalt', (c) => `Haushalt ${c.last}`, []],
  ] },

  // ---------------------------------------------------------------- France: webinar registrants
  { name: 'livestorm-inscrits-export-fr', product: 'Livestorm (French webinar platform; Événement > Personnes > Exporter (CSV) across all sessions, one row per registrant with the registration-form fields, UTM parameters and attendance, French UI, a Paris HR- and payroll-software vendor\'s product webinar for HR managers)', family: 'webinar', language: 'fr', schema: B, cols: [
    ['ID', (c) => v.uuid(seeded(c, 'ls')), B2BID, opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => `${v.slug(c.first)}.${v.slug(c.last)}@${lsFirm(c)[1]}`, ['workEmail.address']],
    ['Entreprise', (c) => lsFirm(c)[0], CO],
    ['Poste', (c) => row(LS_JOBS, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Taille de l\'entreprise', (c) => lsFirm(c)[2], []],
    ['Téléphone', (c) => (n(c) % 3 === 2 ? '' : c.mobile), ['workPhone.number', 'mobilePhone.number']],
    ['Pays', (c) => lsFirm(c)[3], [W('country')], opt],
    ['Date d\'inscription', (c) => frDT(lsSession(c) - (1 + (n(c) % 20)) * day - (n(c) % 40000) * 1000), ['extSourceSystemAudit.createdDate'], opt],
    ['Session', (c) => frLong(lsSession(c)), []],
    ['Fuseau horaire', (c) => (lsFirm(c)[3] === 'France' ? 'Europe/Paris' : lsFirm(c)[3] === 'Belgique' ? 'Europe/Brussels' : 'Europe/Zurich'), []],
    ['A participé', (c) => (lsAttended(c) ? 'Oui' : 'Non'), []],
    ['Durée de présence (min)', (c) => String(lsMinutes(c)), []],
    ['Replay vu', (c) => (!lsAttended(c) && n(c) % 2 === 0 ? 'Oui' : 'Non'), []],
    ['Messages', (c) => String(lsAttended(c) ? n(c) % 4 : 0), []],
    ['Questions', (c) => String(lsAttended(c) ? (n(c) >> 1) % 3 : 0), []],
    ['Sondages répondus', (c) => String(lsAttended(c) ? (n(c) >> 2) % 3 : 0), []],
    ['Source d\'inscription', (c) => lsSrc(c), ['b2b.personSource'], opt],
    ['utm_source', (c) => lsUtm(c)[0], ['b2b.personSource'], opt],
    ['utm_medium', (c) => lsUtm(c)[1], []],
    ['utm_campaign', (c) => lsUtm(c)[2], []],
    ['Navigateur', (c) => (lsAttended(c) ? row(['Chrome', 'Edge', 'Safari', 'Firefox', 'Chrome'], n(c) >> 1) : ''), []],
    ['Consentement marketing', (c) => (c.bool ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },

  // ---------------------------------------------------------------- France: salon sales history
  { name: 'merci-yanis-ventes-export-fr', product: 'Merci Yanis (French salon software; Caisse > Historique des ventes > Exporter (Excel), one row per till ticket with client, services, products and payment, French UI, a hair salon in the centre of Nantes)', family: 'salon', language: 'fr', schema: E, cols: [
    ['N° de ticket', (c, o) => `T${pad(18000 + (n(o) % 60000), 6)}`, [OR('purchaseID')]],
    ['Date', (c, o) => dmy(cet(myAt(o)), '/'), ['timestamp']],
    ['Heure', (c, o) => hm(cet(myAt(o))), []],
    ['Client', (c) => `${up(c.last)} ${c.first}`, []],
    ['N° client', (c) => String(n(c) % 9000 + 1000), CUST_ID],
    ['E-mail client', (c) => (n(c) % 4 === 3 ? '' : c.email), EMAIL_ID],
    ['Mobile client', (c) => c.mobile.replace('+33 ', '0'), PHONE_ID, opt],
    ['Collaborateur', (c, o) => myStaff(o), []],
    ['Prestations', (c, o) => myServ(o, c)[0], [PL('name')]],
    ['Produits', (c, o) => myProd(o)[0], [PL('name')], opt],
    ['Nb articles', (c, o) => String(1 + (myProd(o)[1] ? 1 : 0)), [PL('quantity')], opt],
    ['Montant HT', (c, o) => dec(myTTC(o, c) - myVat(o, c)), []],
    ['TVA', (c, o) => dec(myVat(o, c)), [OR('taxAmount')]],
    ['Remise', (c, o) => dec(myDisc(o, c)), [OR('discountAmount')]],
    ['Montant TTC', (c, o) => dec(myTTC(o, c)), [OR('priceTotal')]],
    ['Mode de règlement', (c, o) => myPay(o), [OR('payments[0].paymentType')]],
    ['Pourboire', (c, o) => (n(o) % 5 === 0 ? dec(row([2, 5, 3], n(o) >> 3)) : '0,00'), []],
    ['Points fidélité', (c, o) => String(Math.floor(myTTC(o, c))), []],
    ['Nouveau client', (c) => (n(c) % 6 === 0 ? 'Oui' : 'Non'), []],
    ['RDV en ligne', (c, o) => (n(o) % 3 === 0 ? 'Non' : 'Oui'), []],
    ['Commentaire', (c, o) => row(['', '', 'Cheveux sensibilisés', '', 'Formule 6.34 + 7.4', '', 'Vient avec sa fille'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Spain: POS ticket list
  { name: 'glop-tickets-export-es', product: 'Glop (Spanish POS software; Ventas > Tickets > Listado de tickets > Exportar a Excel, one row per ticket (factura simplificada) with the loyalty customer when one was given, Spanish UI, a bakery-café (horno-cafetería) with two shops in Valencia)', family: 'pos', language: 'es', schema: E, cols: [
    ['Serie', (c, o) => (glShop(o) === 'Russafa' ? 'T1' : 'T2'), []],
    ['Número', (c, o) => String(40000 + (n(o) % 50000)), [OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(cet(glAt(o)), '/'), ['timestamp']],
    ['Hora', (c, o) => hms(cet(glAt(o))), []],
    ['Tienda', (c, o) => `Forn ${glShop(o)}`, ['commerce.commerceScope.storeCode'], opt],
    ['Terminal', (c, o) => `Caja ${1 + (n(o) % 2)}`, []],
    ['Empleado', (c, o) => row(['Amparo', 'Vicent', 'Neus', 'Toni'], n(o) >> 3), []],
    ['Tipo documento', (c, o) => (n(o) % 11 === 4 ? 'Factura' : 'Factura simplificada'), []],
    ['Cód. cliente', (c, o) => (glCust(o) ? String(n(c) % 5000 + 1) : ''), CUST_ID, opt],
    ['Cliente', (c, o) => (glCust(o) || n(o) % 11 === 4 ? `${up(c.last)} ${up(c.first)}` : 'CLIENTE CONTADO'), []],
    ['NIF cliente', (c, o) => (n(o) % 11 === 4 ? nifEs(c) : ''), []],
    ['Email cliente', (c, o) => (glCust(o) ? c.email : ''), EMAIL_ID],
    ['Tipo de venta', (c, o) => row(['Mostrador', 'Para llevar', 'Mostrador', 'Terraza'], n(o) >> 1), [OR('orderType')], opt],
    ['Unidades', (c, o) => String(glQty(o)), [PL('quantity')], opt],
    ['Base imponible', (c, o) => dec(glTotal(o) - glVat(o)), []],
    ['Cuota IVA', (c, o) => dec(glVat(o)), [OR('taxAmount')]],
    ['Descuento', (c, o) => dec(glDisc(o)), [OR('discountAmount')]],
    ['Total', (c, o) => dec(glTotal(o)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => glPay(o), [OR('payments[0].paymentType')]],
    ['Entregado', (c, o) => dec(glPay(o) === 'Efectivo' ? Math.ceil(glTotal(o) / 5) * 5 : glTotal(o)), []],
    ['Cambio', (c, o) => dec(glPay(o) === 'Efectivo' ? Math.ceil(glTotal(o) / 5) * 5 - glTotal(o) : 0), []],
    ['Estado', (c, o) => glState(o), []],
    ['Observaciones', (c, o) => row(['', '', 'Encargo tarta domingo', '', '', 'Sin gluten', ''], n(o) >> 2), []],
  ] },

  // ---------------------------------------------------------------- Italy: car-dealer DMS customer list
  { name: 'datacar-clienti-export-it', product: 'DataCar DMS (dealer management system; Clienti > Ricerca clienti > Esporta in Excel, one row per customer with address, tax code, privacy consents and last vehicle, Italian UI, a multi-brand Volkswagen-group dealership in Brescia)', family: 'automotive', language: 'it', schema: P, cols: [
    ['Codice cliente', (c) => String(300000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Tipo', (c) => (dcFirm(c) ? 'Azienda' : 'Privato'), ['person.type'], opt],
    ['Titolo', (c) => (dcFirm(c) ? '' : fem(c) ? 'Sig.ra' : 'Sig.'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Ragione sociale', (c) => dcFirm(c), ['organizations[0]'], opt],
    ['Codice fiscale', (c) => cfIt(c), ['person.taxId']],
    ['Partita IVA', (c) => (dcFirm(c) ? `0${(n(c) * 7919) % 10000000000}`.padStart(11, '0').slice(0, 11) : ''), []],
    ['Data di nascita', (c) => itDate(c.birth), ['person.birthDate']],
    ['Luogo di nascita', (c) => row(['Brescia', 'Brescia', 'Bergamo', 'Salò', 'Milano', 'Chiari', 'Napoli'], n(c) >> 1), []],
    ['Indirizzo', (c) => `${dcPlace(c)[3]} ${(n(c) % 120) + 1}`, at(HOME, 'street1')],
    ['CAP', (c) => dcPlace(c)[1], at(HOME, 'postalCode')],
    ['Città', (c) => dcPlace(c)[0], at(HOME, 'city')],
    ['Provincia', (c) => dcPlace(c)[2], STATE(HOME)],
    ['Nazione', () => 'Italia', at(HOME, 'country')],
    ['Telefono', (c) => (n(c) % 3 === 0 ? `030 ${(n(c) % 9000000) + 1000000}` : ''), ['homePhone.number']],
    ['Cellulare', (c) => c.mobile.replace('+39 ', ''), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['PEC', (c) => (dcFirm(c) ? `amministrazione@pec.${v.slug(dcFirm(c)).slice(0, 12)}.it` : ''), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Consenso profilazione', (c) => (c.bool && n(c) % 2 === 0 ? 'Sì' : 'No'), []],
    ['Data inserimento', (c) => itDate(c.created), [], opt],
    ['Venditore', (c) => row(['Bonetti Luca', 'Zanola Marta', 'Bonetti Luca', 'Pasotti Giorgio'], n(c) >> 2), []],
    ['Ultimo veicolo', (c) => dcCar(c), []],
    ['Targa', (c) => dcPlate(c), []],
    ['Ultimo passaggio officina', (c) => (n(c) % 5 === 0 ? '' : itDate(c.updated)), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: wholesale marketplace orders
  { name: 'orderchamp-bestellingen-export-nl', product: 'Orderchamp (Dutch wholesale marketplace for independent shops; merk-backoffice > Bestellingen > Exporteren (CSV), one row per order from a retailer with shipping address, amounts and payout, Dutch UI, a Utrecht home-and-living brand selling ceramics and scented candles to shops in the Benelux and Germany)', family: 'marketplace', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => `OC${pad(300000 + n(o) * 3, 7)}`, [OR('purchaseID')]],
    ['Besteldatum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => ocStatus(o), []],
    ['Winkel', (c, o) => ocShop(o)[0], []],
    ['Contactpersoon', (c, o) => `${ocShop(o)[1]} ${ocShop(o)[2]}`, []],
    ['E-mailadres', (c, o) => ocMail(o), EMAIL_ID],
    ['Telefoonnummer', (c, o) => (ocShop(o)[6] === 'Nederland' ? `+316${pad((n(o) * 7907) % 100000000, 8)}` : ocShop(o)[6] === 'België' ? `+32 47${n(o) % 10} ${pad(n(o) % 1000000, 6)}` : `+49 17${n(o) % 10} ${pad(n(o) % 10000000, 7)}`), PHONE_ID, opt],
    ['Adres', (c, o) => ocShop(o)[3], [SHIP('street1')]],
    ['Postcode', (c, o) => ocShop(o)[4], [SHIP('postalCode')]],
    ['Plaats', (c, o) => ocShop(o)[5], [SHIP('city')]],
    ['Land', (c, o) => ocShop(o)[6], [SHIP('country')]],
    ['Eerste bestelling', (c, o) => (n(o) % 3 === 0 ? 'Ja' : 'Nee'), []],
    ['Aantal artikelen', (c, o) => String(ocItems(o)), [PL('quantity')], opt],
    ['Subtotaal excl. btw', (c, o) => dec(ocSub(o)), []],
    ['Verzendkosten', (c, o) => dec(ocShipFee(o)), ['commerce.shipping.shippingAmount']],
    ['Btw', (c, o) => dec(ocVat(o)), [OR('taxAmount')]],
    ['Totaal incl. btw', (c, o) => dec(ocTotal(o)), [OR('priceTotal')]],
    ['Commissie', (c, o) => dec(ocComm(o)), []],
    ['Uitbetaling', (c, o) => dec(ocStatus(o) === 'Geannuleerd' ? 0 : ocSub(o) - ocComm(o) + ocShipFee(o)), []],
    ['Betaaltermijn retailer', (c, o) => (n(o) % 2 === 0 ? '60 dagen' : 'Direct'), []],
    ['Verzendmethode', (c, o) => (ocShop(o)[6] === 'Nederland' ? row(['PostNL', 'PostNL', 'DHL'], n(o)) : 'DHL'), ['commerce.shipping.shippingMethod']],
    ['Track & trace', (c, o) => (ocShipped(o) ? (ocShop(o)[6] === 'Nederland' && n(o) % 3 !== 2 ? `3SORD${pad(n(o) * 131 % 10000000, 7)}` : `JVGL0${pad(n(o) * 977 % 1000000000, 9)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['Verzonden op', (c, o) => (ocShipped(o) ? dmy(cet(o.at + (2 + (n(o) % 4)) * day), '-') : ''), ['commerce.shipping.shipDate']],
    ['Geannuleerd op', (c, o) => (ocStatus(o) === 'Geannuleerd' ? nlDT(o.at + 2 * day) : ''), [OR('cancelDate')]],
    ['Opmerking', (c, o) => row(['', 'Graag vóór 1 december leveren', '', '', 'Levering via achteringang', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Brazil: language-school student list
  { name: 'sponte-alunos-export-br', product: 'Sponte (Brazilian school-management system; Alunos > Relatórios > Relação de alunos > Exportar para Excel, one row per student with contact, address, course and guardian, Portuguese UI (Brazil), an English language school with two units in Curitiba)', family: 'education', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(n(c) % 8000 + 100), ['_id', 'personID']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Data de Nascimento', (c) => dmy(v.parts(spBirth(c)), '/'), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CPF', (c) => cpf((n(c) * 7321) % 1000000000), ['person.taxId']],
    ['RG', (c) => `${(n(c) * 13) % 90 + 10}.${pad((n(c) * 7) % 1000, 3)}.${pad(n(c) % 1000, 3)}-${n(c) % 10}`, []],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Celular', (c) => spCell(c), ['mobilePhone.number']],
    ['Telefone', (c) => spPhone(c), ['homePhone.number']],
    ['CEP', (c) => spPlace(c)[0], at(HOME, 'postalCode')],
    ['Endereço', (c) => spPlace(c)[1], at(HOME, 'street1')],
    ['Número', (c) => String((n(c) % 2400) + 10), [], opt],
    ['Complemento', (c) => (n(c) % 3 === 1 ? `Apto ${(n(c) % 20) + 1}0${(n(c) % 4) + 1}` : ''), at(HOME, 'street2')],
    ['Bairro', (c) => spPlace(c)[2], [], opt],
    ['Cidade', () => 'Curitiba', at(HOME, 'city')],
    ['UF', () => 'PR', STATE(HOME)],
    ['Responsável', (c) => (spMinor(c) ? `${spRel(c)} ${c.last}` : ''), []],
    ['CPF Responsável', (c) => (spMinor(c) ? cpf((n(c) * 5113) % 1000000000) : ''), []],
    ['Curso', (c) => spCourse(c), []],
    ['Turma', (c) => `${row(['BAT', 'MER'], n(c) >> 3)}-${row(['SEG/QUA 18h30', 'TER/QUI 19h', 'SAB 9h', 'SEG/QUA 8h'], n(c) >> 1)}`, []],
    ['Estágio', (c) => spLevel(c), []],
    ['Situação', (c) => spStatus(c), []],
    ['Data da Matrícula', (c) => dmy(brt(c.created), '/'), [], opt],
    ['Mensalidade', (c) => brl(row([389, 429, 459, 520, 389], n(c) >> 2)), []],
    ['Como conheceu a escola', (c) => row(['Instagram', 'Indicação de amigo', 'Google', 'Passou em frente', 'Indicação de amigo', 'Facebook'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Sweden: restaurant POS receipts
  { name: 'trivec-kvitton-export-se', product: 'Trivec (Swedish restaurant POS; Back office > Rapporter > Kvitton > Exportera till Excel, one row per receipt with table, staff, VAT split and payment, Swedish UI, a bistro in central Gothenburg)', family: 'pos', language: 'sv', schema: E, cols: [
    ['Kvittonummer', (c, o) => String(182000 + (n(o) % 90000)), [OR('purchaseID')]],
    ['Datum', (c, o) => ymd(cet(tvAt(o))), ['timestamp']],
    ['Tid', (c, o) => hms(cet(tvAt(o))), []],
    ['Kassa', (c, o) => row(['Kassa 1 Bar', 'Handdator 2', 'Handdator 3'], n(o) >> 1), []],
    ['Bord', (c, o) => (n(o) % 6 === 5 ? 'Takeaway' : String((n(o) % 24) + 1)), []],
    ['Personal', (c, o) => row(['Elin', 'Oskar', 'Maja', 'Ahmed', 'Elin'], n(o) >> 2), []],
    ['Antal gäster', (c, o) => String(Math.max(1, Math.ceil(tvLines(o).length / 2))), []],
    ['Antal artiklar', (c, o) => String(tvLines(o).length), [PL('quantity')], opt],
    ['Belopp exkl. moms', (c, o) => sek(tvTotal(o) - tvVat(o, 12) - tvVat(o, 25)), []],
    ['Moms 12 %', (c, o) => sek(tvVat(o, 12)), []],
    ['Moms 25 %', (c, o) => sek(tvVat(o, 25)), []],
    ['Moms totalt', (c, o) => sek(tvVat(o, 12) + tvVat(o, 25)), [OR('taxAmount')]],
    ['Rabatt', (c, o) => sek(tvDisc(o)), [OR('discountAmount')]],
    ['Totalt inkl. moms', (c, o) => sek(tvTotal(o)), [OR('priceTotal')]],
    ['Dricks', (c, o) => sek(tvTip(o)), []],
    ['Betalsätt', (c, o) => tvPay(o), [OR('payments[0].paymentType')]],
    ['Korttyp', (c, o) => (tvPay(o) === 'Kort' ? row(['Visa', 'Mastercard', 'Visa', 'American Express'], n(o) >> 3) : ''), [], opt],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Kund e-post', (c, o) => (n(o) % 4 === 1 ? `${v.slug(row(['Elsa', 'Johan', 'Karin', 'Nils', 'Sara', 'Erik'], n(c) % 6))}.${v.slug(row(['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson'], n(c) >> 2))}@${row(['gmail.com', 'hotmail.se', 'outlook.com', 'telia.com'], n(c) >> 5)}` : ''), EMAIL_ID],
    ['Typ', (c, o) => (n(o) % 19 === 7 ? 'Retur' : 'Försäljning'), []],
    ['Kontrollenhet', () => 'TRI0000000211432', []],
    ['Kommentar', (c, o) => row(['', '', 'Födelsedag bord 7', '', 'Personalmåltid', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Poland: marketing-automation contact list
  { name: 'salesmanago-kontakty-export-pl', product: 'SALESmanago (Polish marketing-automation and CDP platform; CDP > Lista kontaktów > Eksport (CSV), one row per contact with company, address, tags, scoring and opt-in states, Polish UI, a Poznań distributor of industrial fasteners and anchors that sends its B2B newsletter from it)', family: 'newsletter', language: 'pl', schema: B, cols: [
    ['ID kontaktu', (c) => v.uuid(seeded(c, 'sm')), B2BID],
    ['E-mail', (c) => `${plSlug(plp(c).first)}.${plSlug(plp(c).last)}@${smFirm(c)[1]}`, ['workEmail.address']],
    ['Nazwa', (c) => `${plp(c).first} ${plp(c).last}`, ['person.name.fullName']],
    ['Telefon', (c) => smMobile(c), ['workPhone.number', 'mobilePhone.number']],
    ['Firma', (c) => smFirm(c)[0], CO],
    ['Stanowisko', (c) => smJob(c), ['extendedWorkDetails.jobTitle']],
    ['Ulica', (c) => smFirm(c)[2], [W('street1')]],
    ['Kod pocztowy', (c) => smFirm(c)[3], [W('postalCode')]],
    ['Miasto', (c) => smFirm(c)[4], [W('city')]],
    ['Województwo', (c) => smFirm(c)[5], STATE(['workAddress'])],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Data urodzenia', () => '', ['person.birthDate'], opt],
    ['Tagi', (c) => smTags(c), []],
    ['Scoring', (c) => String(smScore(c)), ['b2b.personScore']],
    ['Etap lejka', (c) => smStage(c), ['b2b.personStatus'], opt],
    ['Źródło', (c) => row(['Formularz - katalog 2024', 'Import - targi ITM', 'Formularz - newsletter', 'Webinar', 'Import - CRM'], n(c) >> 1), ['b2b.personSource'], opt],
    ['Opt-in e-mail', (c) => (n(c) % 6 === 5 ? 'Nie' : 'Tak'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']],
    ['Opt-in SMS', (c) => (n(c) % 3 === 0 ? 'Tak' : 'Nie'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/sms']],
    ['Data utworzenia', (c) => plDT(c.created), ['extSourceSystemAudit.createdDate']],
    ['Data modyfikacji', (c) => plDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Ostatnia aktywność', (c) => plDT(Math.max(c.created, c.updated) + (n(c) % 30) * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Właściciel', (c) => row(['b.zielinska@wkretpol.pl', 'm.gorny@wkretpol.pl'], n(c) >> 2), []],
    ['NIP', (c) => smFirm(c)[6], []],
    ['Branża', (c) => smFirm(c)[7], []],
  ] },

  // ---------------------------------------------------------------- Japan: B2B event platform participants
  { name: 'eventhub-participants-export-jp', product: 'EventHub (Japanese B2B event and webinar platform; 管理画面 > イベント > 参加者 > CSVダウンロード, one row per registered participant with company profile, attendance and survey answer, Japanese UI, a Tokyo SaaS vendor\'s online seminar on digitising accounting and back-office work)', family: 'webinar', language: 'ja', schema: B, cols: [
    ['参加者ID', (c) => String(5200000 + (n(c) % 800000)), B2BID, opt],
    ['姓', (c) => jap(c).last, ['person.name.lastName']],
    ['名', (c) => jap(c).first, ['person.name.firstName']],
    ['セイ', (c) => jap(c).lastKana, []],
    ['メイ', (c) => jap(c).firstKana, []],
    ['メールアドレス', (c) => jap(c).email, ['workEmail.address']],
    ['会社名', (c) => ehFirm(c)[0], CO],
    ['部署名', (c) => ehDept(c)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => ehDept(c)[1], ['extendedWorkDetails.jobTitle']],
    ['電話番号', (c) => jap(c).tel, ['workPhone.number']],
    ['都道府県', (c) => ehFirm(c)[2], STATE(['workAddress'])],
    ['業種', (c) => ehFirm(c)[3], []],
    ['従業員数', (c) => ehFirm(c)[4], []],
    ['チケット', (c) => (n(c) % 7 === 6 ? 'パートナー招待' : '一般参加（無料）'), []],
    ['申込日時', (c) => jaDT(Date.UTC(2024, 4, 28, 5) - (1 + (n(c) % 25)) * day - (n(c) % 30000) * 1000), ['extSourceSystemAudit.createdDate'], opt],
    ['参加ステータス', (c) => ehState(c), []],
    ['視聴時間（分）', (c) => String(ehMin(c)), []],
    ['名刺交換数', (c) => String(ehState(c) === '参加済み' ? n(c) % 4 : 0), []],
    ['アンケート：導入検討状況', (c) => row(['情報収集中', '3ヶ月以内に導入検討', '半年以内に導入検討', '情報収集中', '予定なし'], n(c) >> 2), []],
    ['個別相談の希望', (c) => (n(c) % 4 === 1 ? '希望する' : '希望しない'), []],
    ['流入経路', (c) => row(['メールマガジン', '広告（Facebook）', 'パートナー企業からの案内', 'Webサイト', 'メールマガジン'], n(c) >> 1), ['b2b.personSource'], opt],
    ['メール配信の許諾', (c) => (c.bool ? '同意する' : '同意しない'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },

  // ---------------------------------------------------------------- Taiwan: restaurant POS orders
  { name: 'dudoo-orders-export-tw', product: '肚肚 Dudoo (Taiwanese restaurant POS and online ordering; 後台 > 報表 > 訂單明細 > 匯出 Excel, one row per order with channel, member, amounts, payment and e-invoice, Traditional Chinese UI (Taiwan), a brunch café in Taipei\'s Da\'an district)', family: 'pos', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o) => `${ymd(tpe(ddAt(o)), '')}${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
    ['建立時間', (c, o) => ddDT(ddAt(o)), ['timestamp', OR('createdDate')]],
    ['結帳時間', (c, o) => ddDT(ddAt(o) + (20 + (n(o) % 70)) * 60000), [], opt],
    ['門市', () => '大安店', ['commerce.commerceScope.storeCode'], opt],
    ['訂單來源', (c, o) => ddChannel(o), []],
    ['用餐方式', (c, o) => ddMode(o), [OR('orderType')], opt],
    ['桌號', (c, o) => (ddMode(o) === '內用' ? `A${(n(o) % 14) + 1}` : ''), []],
    ['人數', (c, o) => (ddMode(o) === '內用' ? String(Math.max(1, Math.ceil(ddLines(o).length / 2))) : ''), []],
    ['會員姓名', (c, o) => (ddMember(o) ? twName(c) : ''), []],
    ['會員電話', (c, o) => (ddMember(o) ? twPhone(c) : ''), PHONE_ID],
    ['品項數', (c, o) => String(ddLines(o).length), [PL('quantity')], opt],
    ['小計', (c, o) => twd(ddSub(o)), []],
    ['折扣', (c, o) => twd(ddDisc(o)), [OR('discountAmount')]],
    ['服務費', (c, o) => twd(ddFee(o)), []],
    ['總計', (c, o) => twd(ddTotal(o)), [OR('priceTotal')]],
    ['付款方式', (c, o) => ddPay(o), [OR('payments[0].paymentType')]],
    ['發票號碼', (c, o) => (ddMode(o) === '外送' ? '' : `${'ABCDEFGHJKLMNPQRSTUVWXYZ'[n(o) % 24]}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[(n(o) >> 3) % 24]}-${pad((n(o) * 7919) % 100000000, 8)}`), []],
    ['統一編號', (c, o) => (n(o) % 9 === 4 ? String(24500000 + (n(o) % 400000)) : ''), []],
    ['載具', (c, o) => (ddMode(o) !== '外送' && n(o) % 3 === 1 ? `/${v.alnum(v.rng(n(o)), 7).toUpperCase()}` : ''), []],
    ['訂單狀態', (c, o) => (n(o) % 23 === 11 ? '已作廢' : '已完成'), []],
    ['備註', (c, o) => row(['', '', '去冰', '', '蛋全熟', '', '不要香菜'], n(o) >> 1), []],
  ] },
]
