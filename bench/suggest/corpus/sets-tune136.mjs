// Round 67, tune136: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). A mix of languages, each export in its product's UI language: an Austrian hotel
// software's reservation list (GASTROdat, Tyrol) and a German driving-school software's student list (ClickClickDrive)
// (de 2); a Dutch holiday-park PMS's reservations (Booking Experts) and a Dutch ticketing platform's ticket list (GUTS
// Tickets) (nl 2); a coworking platform's coworkers in its French UI (Nexudus) and a French online-course platform's
// contacts (LearnyBox) (fr 2); an Italian open-source LMS's users with custom fields (Forma LMS, it 1); a Spanish hotel
// PMS's reservation list (Ulyses Cloud, es 1); a Brazilian clinic system's patients (Feegow Clinic, pt 1); a Polish
// event-registration platform's participants with invoice data (Evenea, pl 1); a Japanese ticketing site's purchaser
// list (LivePocket, ja 1); a Korean clinic-booking app's reservation list (똑닥 / Ddocdoc, ko 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Austria, Germany, the Netherlands, France, Italy, Spain and Poland keep summer time; Brazil (since
// 2019), Japan and Korea do not
const cet = (ms) => local(ms, 1)
const br = (ms) => shift(ms, -3)
const jst = (ms) => shift(ms, 9)
const kst = (ms) => shift(ms, 9)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const seeded = (c, salt) => { const r = v.rng(v.hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2f6b1c3d); r(); r(); return r }
// the shared person's first name decides the gender where a column shows it (Anrede, Civilité, Sexo)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)
// a later instant than the person's creation (last visit, last login)
const after = (c, k = 600) => c.created + ((+c.id % k) + 2) * day + (+c.id % 40000) * 1000
const mail = (a, b, r, doms) => `${v.slug(a)}${v.pick(r, ['.', '', '_', '.'])}${v.slug(b)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
// a stay: arrival some days after booking, nights from the row
const arrive = (o, lead = 120) => { const p = cet(o.at + (3 + (n(o) % lead)) * day); return Date.UTC(p.y, p.m - 1, p.d, 12) }

// ---------------------------------------------------------------- GASTROdat: a Zillertal family hotel (Tyrol)
const AT_PLACES = [['Innsbruck', '6020', 'Österreich'], ['Wien', '1070', 'Österreich'], ['Salzburg', '5020', 'Österreich'], ['Linz', '4020', 'Österreich'], ['Schwaz', '6130', 'Österreich']]
const gdHome = (c) => (n(c) % 3 === 0 ? [...row(AT_PLACES, n(c) >> 2), `${row(['Museumstraße', 'Linzer Gasse', 'Mariahilfer Straße', 'Landstraße', 'Franz-Josef-Straße'], n(c) >> 1)} ${(n(c) % 60) + 1}`] : n(c) % 7 === 1 ? ['Utrecht', '3512 JK', 'Niederlande', `Oudegracht ${(n(c) % 200) + 1}`] : [c.city, c.postcode, 'Deutschland', c.street])
// [category, price per night (half board, 2 persons)]
const GD_CAT = [['Doppelzimmer Standard', 168], ['Doppelzimmer Superior mit Balkon', 196], ['Familiensuite Zillertal', 284], ['Einzelzimmer Komfort', 98], ['Appartement Ahorn (4 Pers.)', 312], ['Juniorsuite Penken', 238]]
const gdCat = (o) => row(GD_CAT, n(o))
const gdNights = (o) => [3, 7, 4, 5, 2, 7, 10, 3][n(o) % 8]
const gdArr = (o) => arrive(o, 150)
const gdBoard = (o) => row(['Halbpension', 'Halbpension', 'Frühstück', 'Halbpension', '3/4-Verwöhnpension'], n(o) >> 1)
const gdAdults = (o) => (gdCat(o)[0].startsWith('Einzel') ? 1 : 2)
const gdKids = (o) => (gdCat(o)[0].startsWith('Familien') || gdCat(o)[0].startsWith('Appartement') ? 1 + (n(o) % 3) : 0)
const gdStatus = (o) => row(['Fix', 'Abgereist', 'Fix', 'Storniert', 'Abgereist', 'Option', 'Angereist', 'Abgereist', 'Fix'], n(o))
const gdTotal = (o) => gdCat(o)[1] * gdNights(o) + gdKids(o) * 45 * gdNights(o)
const gdTax = (o) => Math.round((gdAdults(o) * gdNights(o) * 3.5) * 100) / 100
const gdChannel = (o) => row(['Booking.com', 'Hotelwebsite (Buchungsmaske)', 'Telefon', 'E-Mail-Anfrage', 'Booking.com', 'Expedia', 'Stammgast direkt', 'HRS'], n(o) >> 2)
const gdDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const eur = (x) => thou(x)

// ---------------------------------------------------------------- ClickClickDrive: a Leipzig driving school
const LEJ = [['Leipzig', '04103', 'Eisenbahnstraße'], ['Leipzig', '04229', 'Karl-Heine-Straße'], ['Leipzig', '04275', 'Karl-Liebknecht-Straße'], ['Leipzig', '04155', 'Georg-Schumann-Straße'], ['Markkleeberg', '04416', 'Hauptstraße'], ['Taucha', '04425', 'Leipziger Straße'], ['Schkeuditz', '04435', 'Rathausplatz'], ['Leipzig', '04318', 'Zweinaundorfer Straße']]
const ccPlace = (c) => row(LEJ, n(c) % 8)
const ccBirth = (c) => { const r = seeded(c, 'cc'); return Date.UTC(v.int(r, 1996, 2008), v.int(r, 0, 11), v.int(r, 1, 28)) }
const ccClass = (c) => row(['B', 'B', 'B197', 'BF17', 'A2', 'B, BE', 'A1', 'B', 'BF17', 'AM'], n(c) >> 1)
const ccStatus = (c) => row(['Ausbildung', 'Ausbildung', 'Bestanden', 'Ausbildung', 'Theorie bestanden', 'Abgebrochen', 'Bestanden', 'Pausiert'], n(c))
const ccStart = (c) => Date.UTC(2024, 0, 8) + (n(c) % 300) * day
const ccMobile = (c) => { const r = seeded(c, 'ccm'); return `0${v.pick(r, ['151', '152', '157', '160', '162', '170', '171', '176', '178'])} ${v.int(r, 1000000, 99999999)}` }
const ccTeacher = (c) => row(['Thomas Richter', 'Sandra Vogel', 'Mirko Hahn', 'Jens Lorenz', 'Katrin Böhme'], n(c) >> 3)
const ccHours = (c) => (ccStatus(c) === 'Bestanden' ? 28 + (n(c) % 14) : n(c) % 25)

// ---------------------------------------------------------------- Booking Experts: a Veluwe holiday park
// [accommodation type, per night, object prefix]
const BX_TYPES = [['Boslodge 4 personen', 119, 'BL'], ['Chalet Veluwezicht 6 personen', 149, 'CH'], ['Safaritent 5 personen', 89, 'ST'], ['Kampeerplaats Comfort (incl. stroom)', 36.5, 'KP'], ['Wellnesslodge 2 personen met hottub', 179, 'WL'], ['Boomhut 4 personen', 135, 'BH']]
const bxType = (o) => row(BX_TYPES, n(o))
const bxNights = (o) => [2, 3, 4, 7, 3, 2, 7, 5][n(o) % 8]
const bxArr = (o) => arrive(o, 200)
const bxChannel = (o) => row(['Website', 'Website', 'Booking.com', 'Natuurhuisje', 'Telefonisch', 'Website', 'Campings.net', 'Booking.com'], n(o) >> 1)
const bxStatus = (o) => row(['Bevestigd', 'Uitgecheckt', 'Bevestigd', 'Geannuleerd', 'Uitgecheckt', 'Ingecheckt', 'Optie', 'Uitgecheckt', 'Bevestigd'], n(o))
const bxDisc = (o) => (o.discount && bxChannel(o) === 'Website' ? 25 : 0)
const bxTax = (o) => Math.round(bxNights(o) * (bxType(o)[0].includes('2 personen') ? 2 : 4) * 1.95 * 100) / 100
const bxTotal = (o) => Math.round((bxType(o)[1] * bxNights(o) + 29.5 + bxTax(o) - bxDisc(o) + (n(o) % 4 === 0 ? 27.5 : 0)) * 100) / 100
const bxPaid = (o) => (['Uitgecheckt', 'Ingecheckt'].includes(bxStatus(o)) ? bxTotal(o) : bxStatus(o) === 'Optie' ? 0 : bxStatus(o) === 'Geannuleerd' ? Math.round(bxTotal(o) * 0.3 * 100) / 100 : Math.round(bxTotal(o) * 0.5 * 100) / 100)
const bxHome = (c) => (n(c) % 5 === 2 ? ['Kettwiger Straße 14', '45127', 'Essen', 'Duitsland'] : n(c) % 7 === 3 ? ['Meir 88', '2000', 'Antwerpen', 'België'] : [c.street, c.postcode, c.city, 'Nederland'])
const nlDT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- GUTS Tickets: an Utrecht wine festival
// [ticket type, price]
const GT_TIX = [['Dagticket zaterdag incl. proefglas', 32.5], ['Dagticket zondag incl. proefglas', 29.5], ['Weekendticket incl. proefglas', 52], ['Dagticket zaterdag + 10 proefmunten', 47.5], ['Early Bird dagticket', 24.5], ['VIP Proeverij (masterclass Bourgogne)', 89]]
const gtTix = (o, i) => row(GT_TIX, n(o) + i)
const gtAt = (o) => Date.UTC(2024, 1, 1) + (n(o) % 120) * day + (n(o) % 86400) * 1000
const gtStatus = (o) => row(['Geldig', 'Gescand', 'Geldig', 'Doorverkocht', 'Gescand', 'Geretourneerd', 'Gescand', 'Geldig'], n(o) >> 1)
const gtFee = () => 1.75
const gtOrderTotal = (o, i) => Math.round((gtTix(o, i)[1] + gtFee()) * o.qty * 100) / 100
const gtPay = (o) => row(['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Creditcard', 'iDEAL', 'PayPal'], n(o))
const gtPhone = (c) => { const r = seeded(c, 'gt'); return `+316${v.int(r, 10000000, 99999999)}` }
const gtBirth = (c) => { const r = seeded(c, 'gtb'); return Date.UTC(v.int(r, 1960, 2005), v.int(r, 0, 11), v.int(r, 1, 28)) }
const gtDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Nexudus: a Lyon coworking space
// [company, domain, street, postcode, city, SIRET stem]
const NX_FIRMS = [
  ['Studio Traboule', 'studio-traboule.fr', '12 rue Mercière', '69002', 'Lyon', 81234567],
  ['Canut Data SAS', 'canutdata.io', '45 quai Rambaud', '69002', 'Lyon', 84412098],
  ['Agence Fourvière Conseil', 'fourviere-conseil.fr', '3 place Bellecour', '69002', 'Lyon', 79033218],
  ['Rhône Mobilités SCOP', 'rhone-mobilites.coop', '18 rue de la Villette', '69003', 'Lyon', 88255103],
  ['Atelier Presqu\'île Architectes', 'atelier-presquile.fr', '7 rue Grenette', '69002', 'Lyon', 75218844],
  ['Vinomad SARL', 'vinomad.fr', '101 cours Lafayette', '69006', 'Lyon', 90133472],
  ['Freelance', '', '', '', '', 0],
]
const nxFirm = (c) => row(NX_FIRMS, n(c) % 7)
const nxFree = (c) => nxFirm(c)[0] === 'Freelance'
const nxPlan = (c) => row(['Résident - poste fixe', 'Nomade - 10 jours/mois', 'Bureau privé 4 postes', 'Nomade illimité', 'Domiciliation', 'Résident - poste fixe', 'Pass journée (carnet de 10)'], n(c) >> 1)
const NX_JOBS = ['Développeuse web', 'Directeur associé', 'Chef de projet digital', 'Data scientist', 'Architecte DPLG', 'Responsable commerciale', 'Consultant en mobilité', 'Graphiste indépendante']
const frMobile = (c, salt) => { const r = seeded(c, salt); return `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` }
const tvaFr = (siren) => `FR${pad((12 + 3 * (siren % 97)) % 97, 2)}${siren}`
const frDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- LearnyBox: a Bordeaux wine merchant's online courses
const LB_TAGS = ['prospect;guide-accords-mets-vins', 'client;formation-degustation-niveau-1', 'client;formation-degustation-niveau-1;atelier-bordeaux-live', 'prospect;webinaire-vins-nature', 'client;pack-decouverte-bourgogne', 'prospect;guide-accords-mets-vins;relance-panier']
const lbBuyer = (c) => row(LB_TAGS, n(c) >> 1).startsWith('client')
const lbSpent = (c) => (lbBuyer(c) ? row([97, 147, 244, 49, 97, 391], n(c) >> 2) : 0)
const lbStatus = (c) => row(['Actif', 'Actif', 'Actif', 'Désinscrit', 'Actif', 'Bounce', 'Actif'], n(c))
const lbSource = (c) => row(['Page de capture - Guide accords mets-vins', 'Tunnel de vente - Formation dégustation', 'Import CSV (clients boutique)', 'Webinaire 12/03', 'Formulaire site cave-des-chartrons.fr', 'Page de capture - Guide accords mets-vins'], n(c) >> 3)

// ---------------------------------------------------------------- Forma LMS: IVASS refresher courses for insurance agencies
// [agency code, agency, city, province, organisation-chart node, mail domain]
const FL_AG = [
  ['AG-0412', 'Agenzia Generali Bologna Saragozza', 'Bologna', 'BO', '/Agenzie/Emilia-Romagna/Bologna', 'generalibolognasaragozza.it'],
  ['AG-0431', 'Assicurazioni Ferri & Guidi Snc', 'Modena', 'MO', '/Agenzie/Emilia-Romagna/Modena', 'ferriguidi.it'],
  ['AG-0455', 'UnipolSai Agenzia Imola Centro', 'Imola', 'BO', '/Agenzie/Emilia-Romagna/Bologna', 'imolacentro-assicurazioni.it'],
  ['AG-0478', 'Broker Adriatico Srl', 'Rimini', 'RN', '/Broker/Romagna', 'brokeradriatico.it'],
  ['AG-0502', 'Agenzia Reale Mutua Ferrara Est', 'Ferrara', 'FE', '/Agenzie/Emilia-Romagna/Ferrara', 'realemutuaferraraest.it'],
  ['AG-0519', 'Studio Assicurativo Tosi', 'Reggio Emilia', 'RE', '/Agenzie/Emilia-Romagna/Reggio Emilia', 'studiotosi.it'],
]
const flAg = (c) => row(FL_AG, n(c) % 6)
const FL_ROLES = [['Agente', 'A'], ['Subagente', 'E'], ['Addetto all\'attività di intermediazione', 'E'], ['Responsabile amministrativa', ''], ['Produttore', 'E'], ['Broker', 'B']]
const flRole = (c) => (flAg(c)[0] === 'AG-0478' ? row([['Broker', 'B'], ['Responsabile amministrativa', ''], ['Addetto all\'attività di intermediazione', 'E']], n(c) >> 1) : row(FL_ROLES.filter((x) => x[0] !== 'Broker'), (n(c) >> 1) % 5))
const CF_MONTH = 'ABCDEHLMPRST'
const cfIt = (c) => { const cons = (s) => (v.slug(s).replace(/[aeiou]/g, '') + v.slug(s).replace(/[^aeiou]/g, '') + 'xxx').slice(0, 3).toUpperCase(); const p = v.parts(c.birth); const r = seeded(c, 'cf'); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${CF_MONTH[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${v.pick(r, ['A944', 'F257', 'H223', 'D548', 'H294', 'E289'])}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[v.int(r, 0, 25)]}` }
const itDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const flPhone = (c) => { const pre = { Bologna: '051', Imola: '0542', Modena: '059', Rimini: '0541', Ferrara: '0532', 'Reggio Emilia': '0522' }[flAg(c)[2]]; return `${pre} ${v.int(seeded(c, 'flp'), 200000, 999999)}` }
const flMail = (c) => `${v.slug(c.first)[0]}.${v.slug(c.last)}@${flAg(c)[5]}`

// ---------------------------------------------------------------- Ulyses Cloud: a Granada boutique hotel
const UL_ROOMS = [['Doble Estándar', 89], ['Doble Superior vistas Alhambra', 139], ['Individual', 69], ['Junior Suite Albaicín', 185], ['Triple', 115], ['Doble uso individual', 79]]
const ulRoom = (o) => row(UL_ROOMS, n(o))
const ulNights = (o) => [1, 2, 3, 2, 4, 2, 1, 5][n(o) % 8]
const ulArr = (o) => arrive(o, 90)
const ulBoard = (o) => row(['SA', 'AD', 'AD', 'SA', 'MP', 'AD'], n(o) >> 1)
const ulChannel = (o) => row(['Booking.com', 'Booking.com', 'Web directa', 'Expedia', 'Teléfono', 'Booking.com', 'Hotelbeds', 'Web directa'], n(o) >> 2)
const ulStatus = (o) => row(['Confirmada', 'Check-out', 'Confirmada', 'Cancelada', 'Check-out', 'No show', 'Check-in', 'Check-out'], n(o))
const ulTotal = (o) => Math.round((ulRoom(o)[1] * ulNights(o) + (ulBoard(o) === 'AD' ? 12 * 2 * ulNights(o) : ulBoard(o) === 'MP' ? 35 * 2 * ulNights(o) : 0)) * 1.1 * 100) / 100
const ulComm = (o) => (['Booking.com', 'Expedia', 'Hotelbeds'].includes(ulChannel(o)) ? Math.round(ulTotal(o) * (ulChannel(o) === 'Expedia' ? 0.18 : 0.15) * 100) / 100 : 0)
const ulNat = (c) => row(['ES', 'ES', 'ES', 'GB', 'FR', 'ES', 'US', 'DE', 'IT', 'ES'], n(c) >> 1)
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
const ulGuest = (c) => (ulNat(c) === 'ES' ? [c.first, c.last] : ulNat(c) === 'GB' ? ['Oliver', 'Hughes'] : ulNat(c) === 'FR' ? ['Camille', 'Rousseau'] : ulNat(c) === 'US' ? ['Megan', 'Carter'] : ulNat(c) === 'DE' ? ['Jonas', 'Becker'] : ['Giulia', 'Conti'])
const ulMail = (c) => (ulNat(c) === 'ES' ? c.email : `${v.slug(ulGuest(c)[0])}.${v.slug(ulGuest(c)[1])}${(n(c) % 90) + 10}@${row(['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'], n(c) >> 3)}`)
const ulPhone = (c) => { const k = (n(c) >> 2) % 1000000; return ({ ES: c.mobile, GB: `+44 7${pad(k % 1000, 3)} ${pad(k, 6)}`, FR: `+33 6 ${pad(k % 100)} ${pad((k >> 3) % 100)} ${pad((k >> 5) % 100)} ${pad((k >> 7) % 100)}`, US: `+1 (${200 + (k % 700)}) 555-${pad(k % 10000, 4)}`, DE: `+49 17${k % 10} ${pad(k, 7)}`, IT: `+39 3${30 + (k % 20)} ${pad(k, 7)}` })[ulNat(c)] }
const esDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- Feegow: a Belo Horizonte dermatology clinic
const BH = [['Savassi', '30140-071', 'Rua Pernambuco'], ['Funcionários', '30130-151', 'Rua Gonçalves Dias'], ['Lourdes', '30170-041', 'Rua Curitiba'], ['Buritis', '30575-170', 'Avenida Professor Mário Werneck'], ['Pampulha', '31270-901', 'Avenida Otacílio Negrão de Lima'], ['Sion', '30310-000', 'Rua Itajubá'], ['Castelo', '30840-460', 'Avenida dos Engenheiros']]
const fgPlace = (c) => row(BH, n(c) % 7)
const digitsOf = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const cpf = (n9) => { const ds = digitsOf(pad(n9, 9)); const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); const b = f([...ds, a], 11); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const fgIns = (c) => row(['Particular', 'Unimed BH', 'Bradesco Saúde', 'Particular', 'SulAmérica', 'Amil', 'Unimed BH', 'Cemig Saúde'], n(c) >> 1)
const fgCell = (c) => { const r = seeded(c, 'fg'); return `(31) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }

// ---------------------------------------------------------------- Evenea: a Warsaw energy and telecom congress
const PL_M = ['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz', 'Grzegorz', 'Jakub', 'Adam']
const PL_F = ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Aleksandra', 'Ewa', 'Natalia', 'Karolina']
const PL_L = [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur']]
const plp = (c) => { const r = seeded(c, 'pl'); const first = v.pick(r, fem(c) ? PL_F : PL_M); const last = v.pick(r, PL_L)[fem(c) ? 1 : 0]; return { first, last } }
const plSlug = (s) => v.slug(s.replace(/ł/g, 'l').replace(/Ł/g, 'L'))
// [company, domain, NIP, street, postcode, city]
const EV_FIRMS = [
  ['PGE Dystrybucja S.A.', 'pgedystrybucja.pl', '946-25-75-811', 'ul. Garbarska 21A', '20-340', 'Lublin'],
  ['Orange Polska S.A.', 'orange.com', '526-02-50-995', 'Aleje Jerozolimskie 160', '02-326', 'Warszawa'],
  ['Tauron Sprzedaż sp. z o.o.', 'tauron.pl', '676-23-02-082', 'ul. Łagiewnicka 60', '30-417', 'Kraków'],
  ['Energa-Operator S.A.', 'energa-operator.pl', '957-06-55-812', 'ul. Marynarki Polskiej 130', '80-557', 'Gdańsk'],
  ['Netia S.A.', 'netia.pl', '526-02-50-972', 'ul. Poleczki 13', '02-822', 'Warszawa'],
  ['Columbus Energy S.A.', 'columbusenergy.pl', '677-23-85-036', 'ul. Kuźnicy Kołłątajowskiej 13', '31-234', 'Kraków'],
  ['Fiberhost S.A.', 'fiberhost.pl', '525-25-61-240', 'ul. Marszałkowska 126/134', '00-008', 'Warszawa'],
]
const evFirm = (c) => row(EV_FIRMS, n(c) % 7)
const EV_JOBS = [['Dyrektor ds. Rozwoju Sieci', 'Dyrektorka ds. Rozwoju Sieci'], ['Kierownik Działu Regulacji', 'Kierowniczka Działu Regulacji'], ['Specjalista ds. Smart Grid', 'Specjalistka ds. Smart Grid'], ['Członek Zarządu', 'Członkini Zarządu'], ['Architekt Sieci FTTH', 'Architektka Sieci FTTH'], ['Kierownik Projektu', 'Kierowniczka Projektu']]
const evJob = (c) => row(EV_JOBS, (n(c) >> 1) % 6)[fem(c) ? 1 : 0]
// [ticket, price net]
const EV_TIX = [['Pakiet Standard (2 dni)', 1890], ['Pakiet Early Bird (2 dni)', 1490], ['Pakiet VIP (2 dni + gala)', 2790], ['Dzień 1 (konferencja)', 1190], ['Bilet dla prelegenta', 0]]
const evTix = (c) => row(EV_TIX, n(c) >> 2)
const evPay = (c) => (evTix(c)[1] === 0 ? 'Nie dotyczy' : row(['Opłacone', 'Opłacone', 'Oczekuje na płatność', 'Opłacone', 'Anulowane', 'Opłacone'], n(c)))
const plDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hm(p)}` }
const pln = (x) => thou(x, ' ', ',')
const evMobile = (c) => { const r = seeded(c, 'evm'); return `+48 ${v.pick(r, ['501', '502', '512', '600', '601', '602', '660', '691', '730', '790'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }

// ---------------------------------------------------------------- LivePocket: a Fukuoka live house
// [surname, kana, romaji]
const JA_L = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['松尾', 'マツオ', 'matsuo']]
const JA_M = [['大輝', 'ダイキ', 'daiki'], ['翔太', 'ショウタ', 'shota'], ['健太', 'ケンタ', 'kenta'], ['拓海', 'タクミ', 'takumi'], ['直樹', 'ナオキ', 'naoki']]
const JA_F = [['美咲', 'ミサキ', 'misaki'], ['葵', 'アオイ', 'aoi'], ['彩花', 'アヤカ', 'ayaka'], ['結衣', 'ユイ', 'yui'], ['真由美', 'マユミ', 'mayumi']]
// [postcode, prefecture, rest of address]
const JA_ADDR = [['810-0001', '福岡県', '福岡市中央区天神2-5-12'], ['812-0011', '福岡県', '福岡市博多区博多駅前3-18-8'], ['814-0002', '福岡県', '福岡市早良区西新4-1-20'], ['802-0001', '福岡県', '北九州市小倉北区浅野1-2-39'], ['849-0919', '佐賀県', '佐賀市兵庫北3-8-30'], ['860-0806', '熊本県', '熊本市中央区花畑町4-1'], ['815-0041', '福岡県', '福岡市南区野間1-11-5']]
const jap = (c) => { const r = seeded(c, 'ja'); const l = v.pick(r, JA_L), g = v.pick(r, fem(c) ? JA_F : JA_M); return { name: `${l[0]} ${g[0]}`, kana: `${l[1]} ${g[1]}`, email: `${g[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${v.int(r, 1, 999)}@${v.pick(r, ['gmail.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com', 'yahoo.co.jp', 'softbank.ne.jp'])}`, tel: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, addr: v.pick(r, JA_ADDR) } }
// [ticket, price]
const LP_TIX = [['前売り一般（1D別）', 3500], ['前売り学割（1D別・要学生証）', 2500], ['当日券（1D別）', 4000], ['最前エリア優先入場チケット', 5500], ['グッズ付きチケット（Tシャツ）', 6800]]
const lpTix = (o) => row(LP_TIX, n(o))
const lpPay = (o) => row(['クレジットカード', 'コンビニ決済', 'クレジットカード', 'PayPay', '楽天ペイ', 'クレジットカード', 'ソフトバンクまとめて支払い'], n(o) >> 1)
const lpState = (o) => (lpPay(o) === 'コンビニ決済' ? row(['入金済', '未入金', '期限切れ'], n(o) >> 2) : row(['決済済', '決済済', '決済済', 'キャンセル'], n(o) >> 2))
const lpFee = (o) => 220 * o.qty
const lpAt = (o) => Date.UTC(2024, 2, 1) + (n(o) % 60) * day + (n(o) % 86400) * 1000
const jaDT = (ms) => { const p = jst(ms); return `${ymd(p, '/')} ${hm(p)}` }
const yen = (x) => group(x, ',')

// ---------------------------------------------------------------- 똑닥 (Ddocdoc): a Seoul paediatric clinic
const KO_L = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오']
const KO_CHILD = ['서준', '하윤', '도윤', '서아', '이준', '지유', '시우', '하린', '은우', '수아', '유준', '지안']
const KO_ADULT = ['지영', '민수', '현정', '성민', '은지', '준호', '수진', '동현']
const kop = (c) => { const r = seeded(c, 'ko'); const l = v.pick(r, KO_L); return { child: `${l}${v.pick(r, KO_CHILD)}`, parent: `${l}${v.pick(r, KO_ADULT)}`, birth: Date.UTC(v.int(r, 2011, 2023), v.int(r, 0, 11), v.int(r, 1, 28)), tel: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, boy: r() < 0.5 } }
const ddType = (o) => row(['모바일 예약', '모바일 접수', '모바일 접수', '현장 접수', '모바일 예약', '모바일 접수'], n(o))
const ddState = (o) => row(['진료완료', '진료완료', '취소', '진료완료', '노쇼', '진료완료', '접수대기', '진료완료', '취소'], n(o) >> 1)
const ddAt = (o) => inHours(o.at, kst, 8, 18)
const ddSlot = (o) => { const p = kst(ddAt(o) + (1 + (n(o) % 6)) * day); return `${ymd(p)} ${pad(9 + (n(o) % 9))}:${pad((n(o) % 4) * 15)}` }
const ddDoc = (o) => row(['김하늘 원장', '박지훈 원장', '이소영 원장'], n(o) >> 2)
const koDT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hm(p)}` }
const ddPaid = (o) => (ddState(o) === '진료완료' && n(o) % 3 !== 0 ? row([4900, 6300, 1500, 12400, 8600], n(o) >> 1) : 0)

export const SETS = [
  // ---------------------------------------------------------------- Austria: hotel software reservation list
  { name: 'gastrodat-reservierungen-export-de', product: 'GASTROdat (Austrian hotel software; Reservierung > Reservierungsliste > Export nach Excel, one row per reservation with the main guest\'s address, German UI (Austria), a four-star family hotel in Mayrhofen, Zillertal, Tyrol)', family: 'booking', language: 'de', schema: E, cols: [
    ['Res.-Nr.', (c, o) => String(24000 + (n(o) % 9000)), [OR('purchaseID')]],
    ['Angelegt am', (c, o) => gdDT(o.at), ['timestamp', OR('createdDate')]],
    ['Anreise', (c, o) => dmy(v.parts(gdArr(o))), []],
    ['Abreise', (c, o) => dmy(v.parts(gdArr(o) + gdNights(o) * day)), []],
    ['Nächte', (c, o) => String(gdNights(o)), [PL('quantity')], opt],
    ['Zimmer', (c, o) => (gdStatus(o) === 'Option' ? '' : String(100 * (1 + (n(o) % 4)) + (n(o) % 18) + 1)), []],
    ['Kategorie', (c, o) => gdCat(o)[0], [PL('name')]],
    ['Arrangement', (c, o) => gdBoard(o), [PL('selectedOptions[0].value')], opt],
    ['Erw.', (c, o) => String(gdAdults(o)), []],
    ['Kind.', (c, o) => String(gdKids(o)), []],
    ['Gast-Nr.', (c) => String(8000 + (n(c) % 12000)), CUST_ID],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), []],
    ['Titel', (c) => row(['', '', '', 'Dr.', '', 'Mag.', '', '', 'Ing.'], n(c)), []],
    ['Nachname', (c) => c.last, []],
    ['Vorname', (c) => c.first, []],
    ['Straße', (c) => gdHome(c)[3], [BILL('street1')], opt],
    ['PLZ', (c) => gdHome(c)[1], [BILL('postalCode')], opt],
    ['Ort', (c) => gdHome(c)[0], [BILL('city')], opt],
    ['Land', (c) => gdHome(c)[2], [BILL('country')], opt],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 4 === 0 ? '' : c.mobile), PHONE_ID, opt],
    ['Buchungsquelle', (c, o) => gdChannel(o), []],
    ['Status', (c, o) => gdStatus(o), []],
    ['Storniert am', (c, o) => (gdStatus(o) === 'Storniert' ? gdDT(o.at + (5 + (n(o) % 30)) * day) : ''), [OR('cancelDate')]],
    ['Logis gesamt', (c, o) => eur(gdTotal(o)), [OR('priceTotal')]],
    ['Ortstaxe', (c, o) => eur(gdTax(o)), []],
    ['Anzahlung', (c, o) => (gdChannel(o) === 'Booking.com' || gdChannel(o) === 'Expedia' ? '0,00' : eur(Math.round(gdTotal(o) * 0.3))), [OR('payments[0].paymentAmount')], opt],
    ['Zahlungsart', (c, o) => row(['Überweisung', 'Kreditkarte', 'Bar', 'Bankomat', 'Kreditkarte', 'Überweisung'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Bemerkung', (c, o) => row(['', 'Allergie: Nüsse', '', 'Kinderbett benötigt', 'Anreise ca. 21 Uhr', '', 'Jahrestag - Sekt aufs Zimmer', '', 'Hund (klein)'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Germany: driving-school student list
  { name: 'clickclickdrive-fahrschueler-export-de', product: 'ClickClickDrive (Fahrschulsoftware; Fahrschüler > Liste > Exportieren (CSV), one row per student with classes, instructor and exam dates, German UI, a driving school with three branches in Leipzig)', family: 'education', language: 'de', schema: P, cols: [
    ['Schüler-Nr.', (c) => String(3100 + (n(c) % 4000)), ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => dmy(v.parts(ccBirth(c))), ['person.birthDate']],
    ['Geburtsort', (c) => row(['Leipzig', 'Leipzig', 'Halle (Saale)', 'Dresden', 'Leipzig', 'Borna', 'Kyiv', 'Leipzig', 'Delitzsch'], n(c) >> 1), []],
    ['Straße', (c) => `${ccPlace(c)[2]} ${(n(c) % 140) + 1}`, at(HOME, 'street1')],
    ['PLZ', (c) => ccPlace(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => ccPlace(c)[0], at(HOME, 'city')],
    ['Mobil', (c) => ccMobile(c), ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Klasse(n)', (c) => ccClass(c), []],
    ['Filiale', (c) => row(['Leipzig-Zentrum', 'Leipzig-Plagwitz', 'Markkleeberg'], n(c) >> 2), []],
    ['Fahrlehrer', (c) => ccTeacher(c), []],
    ['Anmeldedatum', (c) => dmy(v.parts(ccStart(c))), [], opt],
    ['Antrag Führerscheinstelle', (c) => (n(c) % 5 === 0 ? 'Nein' : 'Ja'), []],
    ['Sehtest', (c) => (n(c) % 6 === 1 ? 'Nein' : 'Ja'), []],
    ['Erste-Hilfe-Kurs', (c) => (n(c) % 7 === 2 ? 'Nein' : 'Ja'), []],
    ['Theorieprüfung', (c) => (['Bestanden', 'Theorie bestanden'].includes(ccStatus(c)) ? dmy(v.parts(ccStart(c) + 60 * day)) : ''), []],
    ['Praxisprüfung', (c) => (ccStatus(c) === 'Bestanden' ? dmy(v.parts(ccStart(c) + 110 * day)) : ''), []],
    ['Fahrstunden', (c) => String(ccHours(c)), []],
    ['Sonderfahrten', (c) => `${Math.min(12, Math.floor(ccHours(c) / 3))}/12`, []],
    ['Saldo', (c) => dec(row([0, -245, 0, -89.5, 120, 0, -610], n(c) >> 1)), []],
    ['Status', (c) => ccStatus(c), []],
    ['Begleitperson BF17', (c) => (ccClass(c) === 'BF17' ? `${row(['Andrea', 'Frank', 'Petra', 'Uwe'], n(c) >> 2)} ${c.last}` : ''), []],
    ['Bemerkung', (c) => row(['', '', 'Prüfungsangst', '', 'zahlt Vater', '', 'Brille', 'Automatik'], n(c) >> 3), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: holiday-park reservations
  { name: 'bookingexperts-reserveringen-export-nl', product: 'Booking Experts (Dutch PMS for holiday parks and campsites; Reserveringen > Overzicht > Exporteren (CSV), one row per reservation with the booker and amounts, Dutch UI, a holiday park with lodges, chalets and pitches on the Veluwe)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Reserveringsnummer', (c, o) => `R${pad(1800000 + n(o) * 7, 7)}`, [OR('purchaseID')]],
    ['Geboekt op', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Aankomst', (c, o) => dmy(v.parts(bxArr(o)), '-'), []],
    ['Vertrek', (c, o) => dmy(v.parts(bxArr(o) + bxNights(o) * day), '-'), []],
    ['Nachten', (c, o) => String(bxNights(o)), [PL('quantity')], opt],
    ['Accommodatietype', (c, o) => bxType(o)[0], [PL('name')]],
    ['Accommodatie', (c, o) => (bxStatus(o) === 'Optie' ? '' : `${bxType(o)[2]} ${(n(o) % 60) + 1}`), [PL('SKU')], opt],
    ['Volwassenen', (c, o) => String(bxType(o)[0].includes('2 personen') ? 2 : 2 + (n(o) % 2)), []],
    ['Kinderen', (c, o) => String(bxType(o)[0].includes('2 personen') ? 0 : n(o) % 3), []],
    ['Huisdieren', (c, o) => String(n(o) % 4 === 0 ? 1 : 0), []],
    ['Kanaal', (c, o) => bxChannel(o), []],
    ['Status', (c, o) => bxStatus(o), []],
    ['Hoofdboeker', (c) => c.full, []],
    ['E-mail', (c) => c.email, EMAIL_ID],
    ['Telefoon', (c) => c.mobile, PHONE_ID, opt],
    ['Adres', (c) => bxHome(c)[0], [BILL('street1')], opt],
    ['Postcode', (c) => bxHome(c)[1], [BILL('postalCode')], opt],
    ['Plaats', (c) => bxHome(c)[2], [BILL('city')], opt],
    ['Land', (c) => bxHome(c)[3], [BILL('country')], opt],
    ['Kortingscode', (c, o) => (bxDisc(o) ? 'HERFST25' : ''), ['commerce.promotionID']],
    ['Korting', (c, o) => dec(bxDisc(o)), [OR('discountAmount')]],
    ['Toeristenbelasting', (c, o) => dec(bxTax(o)), []],
    ['Reserveringskosten', () => '29,50', []],
    ['Totaalbedrag', (c, o) => dec(bxTotal(o)), [OR('priceTotal')]],
    ['Betaald', (c, o) => dec(bxPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Openstaand', (c, o) => dec(bxStatus(o) === 'Geannuleerd' ? 0 : bxTotal(o) - bxPaid(o)), []],
    ['Annuleringsverzekering', (c, o) => (n(o) % 3 === 0 ? 'Ja' : 'Nee'), []],
    ['Geannuleerd op', (c, o) => (bxStatus(o) === 'Geannuleerd' ? nlDT(o.at + (4 + (n(o) % 40)) * day) : ''), [OR('cancelDate')]],
    ['Opmerking gast', (c, o) => row(['', 'Graag plek dicht bij speeltuin', '', 'Aankomst na 20:00', '', 'Wij komen met 2 honden?', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: ticketing ticket list
  { name: 'guts-tickets-bestellingen-export-nl', product: 'GUTS Tickets (Amsterdam ticketing platform with resale marketplace; Dashboard > Evenement > Bestellingen > Exporteer (CSV), one row per ticket with its order, Dutch UI, a two-day wine festival in Utrecht with an 18+ age check)', family: 'events', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => `GT-${v.hex(v.rng(n(o) * 7 + 1), 8).toUpperCase()}`, [OR('purchaseID')]],
    ['Ticketnummer', (c, o, r, i) => String(70000000 + n(o) * 10 + (i % 10)), []],
    ['Besteldatum', (c, o) => gtDT(gtAt(o)), ['timestamp', OR('createdDate')]],
    ['Evenement', () => 'Utrechts Wijnfestival 2024', []],
    ['Ticketsoort', (c, o, r, i) => gtTix(o, i)[0], [PL('name')]],
    ['Aantal in bestelling', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Ticketprijs', (c, o, r, i) => dec(gtTix(o, i)[1]), [], opt],
    ['Servicekosten', () => dec(gtFee()), []],
    ['Totaalbedrag bestelling', (c, o, r, i) => dec(gtOrderTotal(o, i)), [OR('priceTotal')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => gtPhone(c), PHONE_ID, opt],
    ['Geboortedatum', (c) => dmy(v.parts(gtBirth(c)), '-'), []],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Ticketstatus', (c, o) => gtStatus(o), []],
    ['Gescand op', (c, o) => (gtStatus(o) === 'Gescand' ? `2024-06-${row(['15', '16'], n(o))} ${pad(13 + (n(o) % 6))}:${pad(n(o) % 60)}:${pad((n(o) * 7) % 60)}` : ''), []],
    ['Doorverkocht', (c, o) => (gtStatus(o) === 'Doorverkocht' ? 'Ja' : 'Nee'), []],
    ['Betaalmethode', (c, o) => gtPay(o), [OR('payments[0].paymentType')]],
    ['Kortingscode', (c, o) => (o.discount ? 'PROOST10' : ''), ['commerce.promotionID']],
    ['Trackinglink', (c, o) => row(['', 'instagram-bio', '', 'nieuwsbrief-mei', '', 'partner-wijnhandel', ''], n(o) >> 2), ['marketing.trackingCode', 'marketing.campaignName'], opt],
    ['Taal', (c, o) => (n(o) % 6 === 0 ? 'en' : 'nl'), ['environment._dc.language'], opt],
  ] },

  // ---------------------------------------------------------------- France: coworking members
  { name: 'nexudus-coworkers-export-fr', product: 'Nexudus (coworking management platform; Espace administrateur > Clients > Coworkers > Exporter (CSV), one row per coworker with billing company and plan, French UI, a coworking space on the Presqu\'île in Lyon)', family: 'b2b-crm', language: 'fr', schema: B, cols: [
    ['Id', (c) => String(1414000000 + n(c)), B2BID],
    ['Nom complet', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => (nxFree(c) ? c.email : `${v.slug(c.first)}@${nxFirm(c)[1]}`), ['workEmail.address', 'personalEmail.address']],
    ['Société', (c) => (nxFree(c) ? '' : nxFirm(c)[0]), CO],
    ['Fonction', (c) => row(NX_JOBS, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Téléphone mobile', (c) => frMobile(c, 'nx'), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Téléphone', (c) => (nxFree(c) || n(c) % 3 === 0 ? '' : `04 ${pad(70 + (n(c) % 9))} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)}`), ['workPhone.number']],
    ['Adresse de facturation', (c) => (nxFree(c) ? c.street : nxFirm(c)[2]), [W('street1'), 'mailingAddress.street1'], opt],
    ['Code postal', (c) => (nxFree(c) ? c.postcode : nxFirm(c)[3]), [W('postalCode'), 'mailingAddress.postalCode'], opt],
    ['Ville', (c) => (nxFree(c) ? c.city : nxFirm(c)[4]), [W('city'), 'mailingAddress.city'], opt],
    ['Pays', () => 'France', [W('country'), 'mailingAddress.country'], opt],
    ['Numéro de TVA', (c) => (nxFree(c) ? '' : tvaFr(nxFirm(c)[5] * 10 + 3)), []],
    ['SIRET', (c) => (nxFree(c) ? String(91000000000000 + (n(c) % 900000) * 10) : `${nxFirm(c)[5]}3${pad(10 + (n(c) % 80), 5)}`), []],
    ['Site web', (c) => (nxFree(c) ? '' : `https://www.${nxFirm(c)[1]}`), ['b2b.companyWebsite']],
    ['Formule', (c) => nxPlan(c), []],
    ['Date d\'inscription', (c) => frDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière visite', (c) => frDT(inHours(after(c), cet, 8, 19)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Actif', (c) => (n(c) % 6 === 0 ? 'Non' : 'Oui'), [], opt],
    ['Équipe', (c) => (nxFree(c) ? '' : nxFirm(c)[0].split(' ')[0]), [], opt],
    ['Crédits salle de réunion (h)', (c) => String(n(c) % 9), []],
    ['Numéro de badge', (c) => (n(c) % 5 === 0 ? '' : `04A3${v.hex(seeded(c, 'nxb'), 10).toUpperCase()}`), []],
    ['Newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Tags', (c) => row(['', 'tech', 'ambassadeur', '', 'design;événements', '', 'prospect-bureau'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- France: online-course platform contacts
  { name: 'learnybox-contacts-export-fr', product: 'LearnyBox (French all-in-one platform for online courses and sales funnels; Contacts > Tous les contacts > Exporter (CSV), one row per contact with tags and revenue, French UI, a Bordeaux (Chartrons) wine merchant selling online tasting courses)', family: 'email', language: 'fr', schema: P, cols: [
    ['ID', (c) => String(5240000 + n(c)), ['_id', 'personID']],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c) => (n(c) % 3 === 0 ? '' : c.mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Date de naissance', (c) => (n(c) % 4 === 0 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Adresse', (c) => (lbBuyer(c) ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => (lbBuyer(c) ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ville', (c) => (lbBuyer(c) ? c.city : ''), at(HOME, 'city')],
    ['Pays', (c) => (lbBuyer(c) ? 'France' : ''), at(HOME, 'country')],
    ['Société', (c) => (n(c) % 9 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Date d\'inscription', (c) => frDT(c.created), [], opt],
    ['Source', (c) => lbSource(c), []],
    ['Tags', (c) => row(LB_TAGS, n(c) >> 1), []],
    ['Statut', (c) => lbStatus(c), ['personalEmail.status'], opt],
    ['Chiffre d\'affaires', (c) => dec(lbSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Nombre de commandes', (c) => String(lbSpent(c) ? 1 + (n(c) % 3) : 0), [], opt],
    ['Score', (c) => String((n(c) % 90) + 5), []],
    ['Adresse IP', (c) => `${row(['90.', '86.', '176.', '92.', '78.'], n(c))}${(n(c) >> 3) % 255}.${(n(c) >> 5) % 255}.${(n(c) % 250) + 2}`, []],
    ['Affilié', (c) => (n(c) % 11 === 0 ? 'sommelier-julien' : ''), []],
    ['Dernière ouverture email', (c) => (lbStatus(c) === 'Actif' ? frDT(after(c, 300)) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- Italy: LMS users with custom fields
  { name: 'forma-lms-utenti-export-it', product: 'Forma LMS (open-source learning platform; Amministrazione > Utenti > Gestione utenti > Esporta (CSV) with the custom fields, one row per user, Italian UI, a Bologna training provider running the IVASS-mandated refresher courses for insurance agencies\' staff)', family: 'b2b-crm', language: 'it', schema: B, cols: [
    ['ID utente', (c) => String(12000 + (n(c) % 8000)), B2BID],
    ['Username', (c) => `${v.slug(c.first)}.${v.slug(c.last)}`, [], opt],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => flMail(c), ['workEmail.address']],
    ['Codice fiscale', (c) => cfIt(c), ['person.taxId']],
    ['Data di nascita', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Codice agenzia', (c) => flAg(c)[0], ACCT],
    ['Agenzia', (c) => flAg(c)[1], CO],
    ['Ruolo', (c) => flRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Sezione RUI', (c) => flRole(c)[1], []],
    ['Numero iscrizione RUI', (c) => (flRole(c)[1] ? `${flRole(c)[1]}000${pad(100000 + (n(c) % 899999), 6)}` : ''), []],
    ['Telefono', (c) => flPhone(c), ['workPhone.number']],
    ['Città', (c) => flAg(c)[2], [W('city')]],
    ['Provincia', (c) => flAg(c)[3], STATE(['workAddress'])],
    ['Nodo organigramma', (c) => flAg(c)[4], ['extendedWorkDetails.departments[0]'], opt],
    ['Livello', (c) => (n(c) % 17 === 0 ? 'Amministratore' : 'Utente'), []],
    ['Lingua', () => 'italian', [], opt],
    ['Stato', (c) => (n(c) % 8 === 0 ? 'Sospeso' : 'Attivo'), ['b2b.personStatus'], opt],
    ['Data registrazione', (c) => itDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ultimo accesso', (c) => itDT(inHours(after(c), cet, 8, 22)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Ore aggiornamento IVASS 2024', (c) => dec((n(c) % 31), ','), []],
    ['Scadenza biennio', () => '31/12/2025', []],
  ] },

  // ---------------------------------------------------------------- Spain: hotel PMS reservation list
  { name: 'ulyses-cloud-reservas-export-es', product: 'Ulyses Cloud (Spanish hotel PMS; Reservas > Listado de reservas > Exportar a Excel, one row per reservation with the holder and OTA commission, Spanish UI, a boutique hotel in the Albaicín, Granada)', family: 'booking', language: 'es', schema: E, cols: [
    ['Localizador', (c, o) => `UL${pad(52000 + (n(o) % 40000), 6)}`, [OR('purchaseID')]],
    ['Localizador canal', (c, o) => (ulChannel(o) === 'Booking.com' ? String(3100000000 + n(o) * 11) : ulChannel(o) === 'Expedia' ? String(2150000000 + n(o) * 3) : ''), [OR('purchaseOrderNumber')], opt],
    ['Fecha reserva', (c, o) => esDT(o.at), ['timestamp', OR('createdDate')]],
    ['Entrada', (c, o) => dmy(v.parts(ulArr(o)), '/'), []],
    ['Salida', (c, o) => dmy(v.parts(ulArr(o) + ulNights(o) * day), '/'), []],
    ['Noches', (c, o) => String(ulNights(o)), [PL('quantity')], opt],
    ['Tipo habitación', (c, o) => ulRoom(o)[0], [PL('name')]],
    ['Habitación', (c, o) => (ulStatus(o) === 'Confirmada' ? '' : String(100 * (1 + (n(o) % 3)) + (n(o) % 9) + 1)), []],
    ['Régimen', (c, o) => ulBoard(o), [PL('selectedOptions[0].value')], opt],
    ['Adultos', (c, o) => String(ulRoom(o)[0].startsWith('Individual') || ulRoom(o)[0].includes('individual') ? 1 : ulRoom(o)[0] === 'Triple' ? 3 : 2), []],
    ['Niños', (c, o) => String(ulRoom(o)[0] === 'Triple' ? n(o) % 2 : 0), []],
    ['Nombre', (c) => ulGuest(c)[0], []],
    ['Apellidos', (c) => ulGuest(c)[1], []],
    ['DNI/Pasaporte', (c) => (ulNat(c) === 'ES' ? dniEs(10000000 + (n(c) * 41) % 80000000) : `${row(['PA', 'XK', 'C0', '1P'], n(c))}${pad(n(c) % 10000000, 7)}`), []],
    ['Nacionalidad', (c) => ulNat(c), [], opt],
    ['Email', (c, o) => (ulChannel(o) === 'Booking.com' ? `${v.slug(ulGuest(c)[0])}.${v.slug(ulGuest(c)[1])}.${v.hex(seeded(c, 'ul'), 6)}@guest.booking.com` : ulMail(c)), EMAIL_ID],
    ['Teléfono', (c) => ulPhone(c), PHONE_ID, opt],
    ['Canal', (c, o) => ulChannel(o), []],
    ['Estado', (c, o) => ulStatus(o), []],
    ['Fecha cancelación', (c, o) => (ulStatus(o) === 'Cancelada' ? esDT(o.at + (2 + (n(o) % 20)) * day) : ''), [OR('cancelDate')]],
    ['Importe total', (c, o) => dec(ulTotal(o)), [OR('priceTotal')]],
    ['Pagado', (c, o) => dec(ulStatus(o) === 'Check-out' ? ulTotal(o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Forma de pago', (c, o) => (ulChannel(o) === 'Expedia' || ulChannel(o) === 'Hotelbeds' ? 'Tarjeta virtual' : row(['Tarjeta', 'Tarjeta', 'Efectivo', 'Transferencia', 'Bizum'], n(o) >> 1)), [OR('payments[0].paymentType')]],
    ['Comisión', (c, o) => dec(ulComm(o)), []],
    ['Código promocional', (c, o) => (o.discount && ulChannel(o) === 'Web directa' ? 'ALHAMBRA10' : ''), ['commerce.promotionID']],
    ['Observaciones', (c, o) => row(['', 'Llegada tarde (23:00)', '', 'Cama de matrimonio, por favor', '', 'Luna de miel', 'Necesita parking'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Brazil: clinic patient list
  { name: 'feegow-pacientes-export-pt', product: 'Feegow Clinic (Brazilian clinic management system; Pacientes > Relatório de pacientes > Exportar (Excel), one row per patient with health plan, Brazilian Portuguese UI, a dermatology clinic in Savassi, Belo Horizonte (MG))', family: 'healthcare', language: 'pt', schema: P, cols: [
    ['Prontuário', (c) => String(10200 + (n(c) % 30000)), ['_id', 'personID']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Nome social', (c) => (n(c) % 23 === 0 ? `${row(['Alex', 'Sam', 'Luca'], n(c))} ${c.last}` : ''), [], opt],
    ['CPF', (c) => cpf(10000000 + (n(c) * 97) % 899999999), ['person.taxId']],
    ['RG', (c) => (n(c) % 4 === 0 ? '' : `MG-${v.int(seeded(c, 'rg'), 10, 23)}.${v.int(seeded(c, 'rg2'), 100, 999)}.${v.int(seeded(c, 'rg3'), 100, 999)}`), []],
    ['Data de nascimento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Estado civil', (c) => row(['Solteiro(a)', 'Casado(a)', 'Casado(a)', 'Divorciado(a)', 'Solteiro(a)', 'União estável', 'Viúvo(a)'], n(c) >> 1), ['person.maritalStatus']],
    ['Profissão', (c) => row([['Advogado', 'Advogada'], ['Engenheiro', 'Engenheira'], ['Professor', 'Professora'], ['Estudante', 'Estudante'], ['Médico', 'Médica'], ['Autônomo', 'Autônoma'], ['', '']], n(c) >> 2)[fem(c) ? 1 : 0], []],
    ['Celular', (c) => fgCell(c), ['mobilePhone.number']],
    ['Telefone', (c) => (n(c) % 3 === 0 ? `(31) 3${v.int(seeded(c, 'fgt'), 200, 599)}-${pad(n(c) % 10000, 4)}` : ''), ['homePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['CEP', (c) => fgPlace(c)[1], at(HOME, 'postalCode')],
    ['Endereço', (c) => fgPlace(c)[2], at(HOME, 'street1')],
    ['Número', (c) => String((n(c) % 2400) + 10), [], opt],
    ['Complemento', (c) => (n(c) % 2 ? `Apto ${100 * (1 + (n(c) % 12)) + (n(c) % 4) + 1}` : ''), at(HOME, 'street2')],
    ['Bairro', (c) => fgPlace(c)[0], [...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', () => 'Belo Horizonte', at(HOME, 'city')],
    ['Estado', () => 'MG', STATE(HOME)],
    ['Convênio', (c) => fgIns(c), []],
    ['Matrícula do convênio', (c) => (fgIns(c) === 'Particular' ? '' : `${pad(n(c) % 1000, 4)}${v.int(seeded(c, 'fgm'), 100000000, 999999999)}`), []],
    ['Validade da carteirinha', (c) => (fgIns(c) === 'Particular' ? '' : `${pad(1 + (n(c) % 12))}/${2025 + (n(c) % 3)}`), []],
    ['Como conheceu', (c) => row(['Instagram', 'Indicação de amigo', 'Google', 'Convênio', 'Indicação médica', ''], n(c) >> 3), []],
    ['Data de cadastro', (c) => dmy(br(c.created), '/'), [], opt],
    ['Observações', (c) => row(['', 'Alergia a dipirona', '', 'Prefere contato por WhatsApp', '', 'Gestante'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Poland: event participants with invoice data
  { name: 'evenea-uczestnicy-export-pl', product: 'Evenea (Polish event-registration and ticketing platform; Panel organizatora > Wydarzenie > Uczestnicy > Eksportuj do Excela, one row per participant with ticket, payment and invoice data, Polish UI, a two-day Warsaw congress on energy grids and fibre networks)', family: 'events', language: 'pl', schema: B, cols: [
    ['Nr zamówienia', (c) => `EV/${2024}/${pad(n(c) % 100000, 5)}`, []],
    ['Nr biletu', (c) => `${v.alnum(seeded(c, 'evt'), 8).toUpperCase()}`, []],
    ['Data rejestracji', (c) => plDT(Date.UTC(2024, 0, 10) + (n(c) % 140) * day + (n(c) % 50000) * 1000), ['extSourceSystemAudit.createdDate'], opt],
    ['Rodzaj biletu', (c) => evTix(c)[0], []],
    ['Cena brutto (PLN)', (c) => pln(evTix(c)[1] * 1.23), []],
    ['Status płatności', (c) => evPay(c), []],
    ['Imię', (c) => plp(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => plp(c).last, ['person.name.lastName']],
    ['E-mail', (c) => `${plSlug(plp(c).first)}.${plSlug(plp(c).last)}@${evFirm(c)[1]}`, ['workEmail.address']],
    ['Telefon', (c) => evMobile(c), ['workPhone.number', 'mobilePhone.number']],
    ['Firma', (c) => evFirm(c)[0], CO],
    ['Stanowisko', (c) => evJob(c), ['extendedWorkDetails.jobTitle']],
    ['Faktura', (c) => (evTix(c)[1] === 0 ? 'Nie' : 'Tak'), []],
    ['Nazwa firmy (faktura)', (c) => (evTix(c)[1] === 0 ? '' : evFirm(c)[0]), CO, opt],
    ['NIP', (c) => (evTix(c)[1] === 0 ? '' : evFirm(c)[2]), []],
    ['Ulica', (c) => (evTix(c)[1] === 0 ? '' : evFirm(c)[3]), [W('street1')]],
    ['Kod pocztowy', (c) => (evTix(c)[1] === 0 ? '' : evFirm(c)[4]), [W('postalCode')]],
    ['Miejscowość', (c) => (evTix(c)[1] === 0 ? '' : evFirm(c)[5]), [W('city')]],
    ['Kraj', (c) => (evTix(c)[1] === 0 ? '' : 'Polska'), [W('country')]],
    ['Kod rabatowy', (c) => (evTix(c)[0].startsWith('Pakiet Standard') && n(c) % 3 === 0 ? 'PARTNER15' : ''), []],
    ['Warsztaty', (c) => row(['Magazyny energii', 'Cyberbezpieczeństwo OT', '', 'Światłowód w gminach', 'Magazyny energii'], n(c) >> 1), []],
    ['Dieta', (c) => row(['Standardowa', 'Standardowa', 'Wegetariańska', 'Standardowa', 'Bezglutenowa', 'Wegańska'], n(c) >> 2), []],
    ['Zgoda marketingowa', (c) => (c.bool ? 'Tak' : 'Nie'), [], opt],
    ['Obecność', (c) => (evPay(c) === 'Anulowane' ? 'Nie' : n(c) % 5 === 0 ? 'Nie' : 'Tak'), []],
  ] },

  // ---------------------------------------------------------------- Japan: ticketing purchaser list
  { name: 'livepocket-kounyusha-csv-ja', product: 'LivePocket (Fans\' ticketing service; 主催者管理画面 > イベント管理 > 申込者一覧 > CSVダウンロード, one row per application with ticket type and count, Japanese UI, a Fukuoka live house\'s one-man show of an indie band)', family: 'events', language: 'ja', schema: E, cols: [
    ['申込番号', (c, o) => `LP${pad(30000000 + n(o) * 13, 9)}`, [OR('purchaseID')]],
    ['申込日時', (c, o) => jaDT(lpAt(o)), ['timestamp', OR('createdDate')]],
    ['イベント名', () => 'ナツノオト 5th Anniversary ワンマンライブ', []],
    ['公演日', () => '2024/06/22', []],
    ['会場', () => '福岡 DRUM LOGOS', []],
    ['チケット種別', (c, o) => lpTix(o)[0], [PL('name')]],
    ['枚数', (c, o) => String(Math.min(o.qty, 4)), [PL('quantity')]],
    ['単価', (c, o) => yen(lpTix(o)[1]), [], opt],
    ['手数料', (c, o) => yen(lpFee({ qty: Math.min(o.qty, 4) })), []],
    ['合計金額', (c, o) => yen(lpTix(o)[1] * Math.min(o.qty, 4) + lpFee({ qty: Math.min(o.qty, 4) })), [OR('priceTotal')]],
    ['支払方法', (c, o) => lpPay(o), [OR('payments[0].paymentType')]],
    ['決済状況', (c, o) => lpState(o), []],
    ['氏名', (c) => jap(c).name, []],
    ['フリガナ', (c) => jap(c).kana, []],
    ['メールアドレス', (c) => jap(c).email, EMAIL_ID],
    ['電話番号', (c) => jap(c).tel, PHONE_ID, opt],
    ['郵便番号', (c) => jap(c).addr[0], [BILL('postalCode')], opt],
    ['都道府県', (c) => jap(c).addr[1], STATE(['commerce.billing.address']), opt],
    ['住所', (c) => jap(c).addr[2], [BILL('street1')], opt],
    ['整理番号', (c, o) => (lpState(o).startsWith('決済済') || lpState(o) === '入金済' ? `A${pad((n(o) % 600) + 1, 3)}` : ''), []],
    ['分配状況', (c, o) => (Math.min(o.qty, 4) > 1 ? row(['分配済', '未分配'], n(o)) : '-'), []],
    ['入場状況', (c, o) => (lpState(o).startsWith('決済済') || lpState(o) === '入金済' ? row(['入場済', '入場済', '未入場'], n(o) >> 1) : '未入場'), []],
  ] },

  // ---------------------------------------------------------------- Korea: clinic booking app reservation list
  { name: 'ddocdoc-yeyak-naeyeok-ko', product: '똑닥 / Ddocdoc (Korean clinic booking and queueing app, BBros; 병원 관리자 페이지 > 예약·접수 내역 > 엑셀 다운로드, one row per booking or mobile check-in, Korean UI, a paediatric clinic in Mapo-gu, Seoul)', family: 'healthcare', language: 'ko', schema: E, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['접수번호', (c, o) => `D${pad(n(o) * 17 % 100000000, 8)}`, ['_id', OR('purchaseID')], opt],
    ['신청일시', (c, o) => koDT(ddAt(o)), ['timestamp']],
    ['예약일시', (c, o) => (ddType(o) === '모바일 예약' ? ddSlot(o) : ''), [], opt],
    ['접수구분', (c, o) => ddType(o), []],
    ['진료과', () => '소아청소년과', []],
    ['담당의', (c, o) => ddDoc(o), []],
    ['환자명', (c) => kop(c).child, []],
    ['생년월일', (c) => ymd(v.parts(kop(c).birth)), []],
    ['성별', (c) => (kop(c).boy ? '남' : '여'), []],
    ['보호자명', (c) => kop(c).parent, []],
    ['휴대폰번호', (c) => kop(c).tel, PHONE_ID, opt],
    ['초진/재진', (c, o) => (n(o) % 4 === 0 ? '초진' : '재진'), []],
    ['증상', (c, o) => row(['발열', '기침, 콧물', '예방접종', '복통', '영유아검진', '중이염 재진', '기침, 가래'], n(o) >> 1), []],
    ['상태', (c, o) => ddState(o), []],
    ['취소일시', (c, o) => (ddState(o) === '취소' ? koDT(ddAt(o) + (30 + (n(o) % 300)) * 60000) : ''), [OR('cancelDate')], opt],
    ['취소사유', (c, o) => (ddState(o) === '취소' ? row(['환자 취소', '병원 취소', '시간 초과'], n(o) >> 3) : ''), []],
    ['결제수단', (c, o) => (ddPaid(o) ? '똑닥페이' : ''), [OR('payments[0].paymentType')], opt],
    ['결제금액', (c, o) => (ddPaid(o) ? group(ddPaid(o), ',') : ''), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['메모', (c, o) => row(['', '', '열 38.5도', '', '형제 같이 진료', ''], n(o) >> 2), []],
  ] },
]
