// Round 67, heldout164: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (France, Belgium, Switzerland, Québec), Italian and Spanish
// (Spain) exports, headers in the product's UI language: a retail feedback platform's customer feedbacks (Goodays), a
// Belgian agency marketplace's project briefs (Sortlist), a Swiss hotel channel manager's reservations (Hotel-Spider), a
// Québec appointment portal's appointments (Clic Santé), an Italian event platform's participants (Eventboost), an
// Italian payment service's transactions (Postepay), an Italian site builder's shop orders (Sitonline), an Italian hotel
// management system's guest records (5stelle*), a Spanish company-data service's executives (Insight View), a Spanish
// ticketing platform's tickets (Giglon), a Spanish sports-club booking app's users (Sporttia) and a Spanish SMS and
// e-mail marketing platform's contacts (360NRS) (fr 4, it 4, es 4; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, dec, thou, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Paris, Brussels, Zurich, Rome and Madrid at +1 (+2 in summer); Québec at -5 (-4 in summer)
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
// the same instant moved into opening hours (lo .. lo+span-1 local) for a local clock f
const open = (ms, f, lo = 9, span = 10) => { const H = f(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const bd = (ms) => v.parts(ms)
// the generated person's sex read from its first name (the shared name lists carry no sex)
const FEM = new Set(['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina'])
const fem = (c) => FEM.has(c.first)
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
const POI = ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name']
const ascii = (s) => v.slug(s)
const frSp = (x) => thou(x, '\u202f', ',')
const chf = (x) => thou(x, '\'', '.')
const eur = (x) => thou(x, '.', ',')
const frMob = (c) => `06 ${pad(10 + n(c) % 90)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) * 7) % 100)}`

// ---------------------------------------------------------------- 1. Goodays feedbacks (fr-FR, E)
// an organic grocery network around Lyon: [point de vente, code, région]
const GD_SHOPS = [['Biocoop Croix-Rousse', 'LYO-01', 'Lyon Centre'], ['Biocoop Monplaisir', 'LYO-03', 'Lyon Centre'], ['Biocoop Villeurbanne Gratte-Ciel', 'VIL-02', 'Lyon Est'], ['Biocoop Caluire', 'CAL-01', 'Rhône Nord'], ['Biocoop Écully', 'ECU-01', 'Rhône Ouest'], ['Biocoop Vénissieux', 'VEN-01', 'Lyon Est']]
const gdShop = (o) => row(GD_SHOPS, n(o) % 6)
const gdType = (o) => row(['Compliment', 'Réclamation', 'Suggestion', 'Compliment', 'Question', 'Réclamation', 'Compliment'], n(o) % 7)
const gdTheme = (o) => ({ Compliment: 'Accueil', Réclamation: row(['Attente en caisse', 'Rupture de stock', 'Prix', 'Propreté'], n(o) % 4), Suggestion: 'Assortiment', Question: 'Horaires' })[gdType(o)]
const GD_MSG = { Compliment: ['Toujours un accueil souriant, merci à l\'équipe !', 'Super rayon vrac, très bien tenu.', 'Conseils au top pour les produits ménagers.'], Réclamation: ['Une seule caisse ouverte samedi midi, 20 min d\'attente.', 'Plus de pain au levain depuis 3 jours...', 'Le prix des œufs a encore augmenté.', 'Sol du rayon frais collant.'], Suggestion: ['Ce serait bien d\'avoir du tofu fumé en vrac.'], Question: ['Êtes-vous ouverts le 15 août ?'] }
const gdMsg = (o) => row(GD_MSG[gdType(o)], n(o) >> 3)
const gdNote = (o) => ({ Compliment: 5, Réclamation: 1 + n(o) % 3, Suggestion: 4, Question: 4 })[gdType(o)]
const gdAt = (o) => open(o.at, cet, 8, 12)
const gdSt = (o) => row(['Répondu', 'Résolu', 'En attente', 'Répondu', 'Clôturé', 'Résolu'], n(o) % 6)
const gdReplyH = (o) => (gdSt(o) === 'En attente' ? 0 : 0.5 + ((n(o) * 13) % 470) / 10)
const gdChan = (o) => row(['QR code en magasin', 'E-mail post-achat', 'QR code en magasin', 'SMS post-achat', 'Widget site web', 'Google'], n(o) % 6)
const gdMail = (c) => (n(c) % 5 === 4 ? '' : c.email)
// ---------------------------------------------------------------- 2. Sortlist briefs (fr-BE, B)
// [entreprise, site, secteur, taille, ville, code postal, pays]
const SL_CLIENTS = [['Brasserie du Val-Dieu', 'val-dieu.com', 'Boissons', '11-50', 'Aubel', '4880', 'Belgique'], ['Immo Meuse & Ourthe SPRL', 'immo-meuse-ourthe.be', 'Immobilier', '2-10', 'Liège', '4020', 'Belgique'], ['Cabinet dentaire Les Tilleuls', 'dentiste-lestilleuls.be', 'Santé', '2-10', 'Namur', '5000', 'Belgique'], ['Technifroid SA', 'technifroid.be', 'Industrie', '51-200', 'Herstal', '4040', 'Belgique'], ['Ardennes Aventures ASBL', 'ardennes-aventures.be', 'Tourisme et loisirs', '11-50', 'Durbuy', '6940', 'Belgique'], ['Kinésis Santé SRL', 'kinesis-sante.be', 'Santé', '11-50', 'Bruxelles', '1050', 'Belgique'], ['Maison Lefort Traiteur', 'lefort-traiteur.lu', 'Restauration', '11-50', 'Luxembourg', 'L-1611', 'Luxembourg']]
const slCo = (c) => row(SL_CLIENTS, n(c) % 7)
const SL_PROJ = [['Refonte du site web vitrine', 'Création de site web', '5 000 € - 10 000 €'], ['Nouvelle identité visuelle et logo', 'Branding', '2 500 € - 5 000 €'], ['Référencement naturel du site', 'SEO', '1 000 € - 2 500 €'], ['Campagnes Facebook et Instagram', 'Publicité sur les réseaux sociaux', '1 000 € - 2 500 €'], ['Boutique en ligne WooCommerce', 'E-commerce', '10 000 € - 25 000 €'], ['Vidéo de présentation de l\'entreprise', 'Production vidéo', '2 500 € - 5 000 €']]
const slProj = (c) => row(SL_PROJ, (n(c) >> 1) % 6)
const slSt = (c) => row(['Nouveau', 'Intéressé', 'Proposition envoyée', 'Gagné', 'Perdu', 'Refusé', 'En discussion'], n(c) % 7)
const SL_JOB = [['Gérant', 'Gérante'], ['Directeur marketing', 'Directrice marketing'], ['Administrateur délégué', 'Administratrice déléguée'], ['Responsable communication', 'Responsable communication'], ['Fondateur', 'Fondatrice'], ['Office manager', 'Office manager']]
const beMob = (c) => `+32 4${70 + n(c) % 30} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) * 7) % 100)}`
// ---------------------------------------------------------------- 3. Hotel-Spider reservations (fr-CH, E)
// a Crans-Montana hotel: [type de chambre, code, prix/nuit CHF]
const HS_ROOMS = [['Chambre Double Standard', 'DBL', 210], ['Chambre Double Supérieure vue Alpes', 'DBLS', 265], ['Junior Suite avec balcon', 'JS', 380], ['Chambre Simple', 'SGL', 150], ['Chambre Familiale (4 pers.)', 'FAM', 340]]
const hsRoom = (o) => row(HS_ROOMS, n(o) % 5)
const hsChan = (o) => row(['Booking.com', 'Site web (moteur de réservation)', 'Expedia', 'Booking.com', 'Site web (moteur de réservation)', 'HRS', 'Airbnb'], n(o) % 7)
const hsRate = (o) => row(['Flexible - petit-déjeuner inclus', 'Non remboursable', 'Flexible - demi-pension', 'Séjour 3 nuits -10%'], n(o) % 4)
const hsSt = (o) => row(['Confirmée', 'Confirmée', 'Modifiée', 'Annulée', 'Confirmée', 'Confirmée'], n(o) % 6)
const hsNights = (o) => 1 + n(o) % 6
const hsRooms = (o) => (n(o) % 9 === 4 ? 2 : 1)
const hsAdults = (o) => (hsRoom(o)[1] === 'SGL' ? 1 : hsRoom(o)[1] === 'FAM' ? 2 : 1 + (n(o) % 4 ? 1 : 0))
const hsKids = (o) => (hsRoom(o)[1] === 'FAM' ? 1 + n(o) % 2 : 0)
const hsArr = (o) => o.at + (3 + n(o) % 70) * day
const hsTotal = (o) => hsRoom(o)[2] * hsNights(o) * hsRooms(o) * (hsRate(o) === 'Non remboursable' ? 0.9 : 1)
const hsTax = (o) => (hsAdults(o) * hsRooms(o)) * hsNights(o) * 4.2
const hsComm = (o) => (hsChan(o).startsWith('Site') ? 0 : hsTotal(o) * (hsChan(o) === 'Expedia' ? 0.18 : 0.15))
// guests: [NPA, localité, pays, adresse]
const HS_GUEST = [['1204', 'Genève', 'CH', 'Rue de Carouge 45'], ['1003', 'Lausanne', 'CH', 'Avenue de la Gare 12'], ['8004', 'Zürich', 'CH', 'Badenerstrasse 120'], ['74000', 'Annecy', 'FR', '8 rue Royale'], ['1950', 'Sion', 'CH', 'Rue du Rhône 21'], ['1180', 'Uccle', 'BE', 'Avenue Brugmann 301'], ['69006', 'Lyon', 'FR', '24 cours Vitton'], ['3011', 'Bern', 'CH', 'Kramgasse 58']]
const hsGuest = (c) => row(HS_GUEST, n(c) % 8)
const hsLang = (c) => ({ CH: hsGuest(c)[1] === 'Zürich' || hsGuest(c)[1] === 'Bern' ? 'de' : 'fr', FR: 'fr', BE: 'fr' })[hsGuest(c)[2]]
const hsPhone = (c) => (hsGuest(c)[2] === 'CH' ? `+41 7${6 + n(c) % 4} ${100 + n(c) % 900} ${pad((n(c) >> 3) % 100)} ${pad((n(c) * 3) % 100)}` : hsGuest(c)[2] === 'FR' ? `+33 6 ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) * 7) % 100)}` : beMob(c))
const hsRef = (o, r) => (hsChan(o) === 'Booking.com' ? String(v.int(r, 3000000000, 4999999999)) : hsChan(o) === 'Expedia' ? String(v.int(r, 70000000, 79999999)) : hsChan(o) === 'HRS' ? String(v.int(r, 600000000, 699999999)) : hsChan(o) === 'Airbnb' ? `HM${v.alnum(r, 8).toUpperCase()}` : '')
const dotT = (p) => `${dmy(p)} ${hm(p)}`
// ---------------------------------------------------------------- 4. Clic Santé appointments (fr-CA, E)
const QC = {
  first: ['Mathieu', 'Catherine', 'Jean-François', 'Isabelle', 'Simon', 'Geneviève', 'Étienne', 'Marie-Ève', 'Olivier', 'Julie', 'Gilles', 'Francine'],
  last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger'],
  cp: ['G6V 3P5', 'G6W 1K8', 'G6V 6Z2', 'G6Z 2L4', 'G7A 4X2', 'G1R 2J6', 'G6X 1B9'],
  mail: ['videotron.ca', 'hotmail.com', 'gmail.com', 'outlook.com', 'globetrotter.net'],
}
const qc = (c) => { const f = row(QC.first, n(c) % 12), l = row(QC.last, (n(c) >> 2) % 12); return { f, l, female: ['Catherine', 'Isabelle', 'Geneviève', 'Marie-Ève', 'Julie', 'Francine'].includes(f), email: `${ascii(f)}.${ascii(l)}${n(c) % 3 ? '' : n(c) % 90}@${row(QC.mail, n(c) % 5)}`, tel: `${row(['418', '581', '418', '367'], n(c) % 4)}-${200 + n(c) % 700}-${pad(n(c) % 10000, 4)}`, cp: row(QC.cp, n(c) % 7) } }
// [service, ressource, prix]
const CS_SERV = [['Vaccin contre l\'influenza (grippe saisonnière)', 'Infirmière auxiliaire', 0], ['Vaccin COVID-19 (dose de rappel)', 'Infirmière auxiliaire', 0], ['Vaccin contre le zona (Shingrix)', 'Pharmacien', 25], ['Consultation - infection urinaire', 'Pharmacien', 20], ['Vaccins voyage (hépatite A/B)', 'Infirmière clinicienne', 35], ['Prélèvement sanguin', 'Infirmière clinicienne', 25]]
const csServ = (o) => row(CS_SERV, n(o) % 6)
const csBooked = (o) => open(Date.UTC(2023, 0, 1) + o.at % (700 * day), est, 7, 15)
const csVisit = (o) => { const t = open(csBooked(o) + (1 + n(o) % 12) * day, est, 9, 9); const p = est(t); return { ...p, M: (p.M >> 4) * 15, S: 0 } }
const csSt = (o) => row(['Présent', 'Confirmé', 'Présent', 'Annulé par le client', 'Présent', 'Absent', 'Confirmé'], n(o) % 7)
const cad = (x) => `${dec(x)} $`
const ramq = (c, q) => `${q.l.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().slice(0, 3)}${q.f.normalize('NFD')[0].toUpperCase()} ${String(bd(c.birth).y).slice(2)}${pad(bd(c.birth).m + (q.female ? 50 : 0))} ${pad(bd(c.birth).d)}${pad(n(c) % 100)}`
// ---------------------------------------------------------------- 5. Eventboost participants (it, B)
// a Bologna packaging-machinery maker's open house: [azienda, dominio, settore, città, provincia, nazione]
const EB_FIRMS = [['Pastificio Rigamonti S.p.A.', 'pastificiorigamonti.it', 'Alimentare', 'Parma', 'PR', 'Italia'], ['Farmalabor S.r.l.', 'farmalabor.it', 'Farmaceutico', 'Canosa di Puglia', 'BT', 'Italia'], ['Cosmetica Veneta S.r.l.', 'cosmeticaveneta.com', 'Cosmetico', 'Padova', 'PD', 'Italia'], ['Caffè Borbone S.r.l.', 'caffeborbone.it', 'Alimentare', 'Caivano', 'NA', 'Italia'], ['Detergenti Ruggeri S.p.A.', 'ruggeri-detergenti.it', 'Chimico', 'Brescia', 'BS', 'Italia'], ['Alpenmilch GmbH', 'alpenmilch.at', 'Lattiero-caseario', 'Innsbruck', '', 'Austria']]
const ebFirm = (c) => row(EB_FIRMS, n(c) >> 1)
const EB_ROLE = ['Responsabile di produzione', 'Direttore tecnico', 'Buyer', 'Responsabile manutenzione', 'Plant manager', 'Amministratore delegato', 'Ingegnere di processo']
const ebTicket = (c) => row(['Cliente', 'Visitatore', 'Cliente', 'Agente/Distributore', 'Visitatore', 'Stampa'], n(c) % 6)
const ebSt = (c) => row(['Confermato', 'Confermato', 'In attesa di approvazione', 'Confermato', 'Cancellato', 'Confermato'], n(c) % 6)
const ebIn = (c) => ebSt(c) === 'Confermato' && n(c) % 4 !== 1
const EB_DAY = Date.UTC(2024, 4, 16, 7, 0)
const ebReg = (c) => open(EB_DAY - (3 + n(c) % 40) * day - (n(c) * 7001) % 40000000, cet, 8, 11)
const itMob = (c) => `+39 3${20 + n(c) % 30} ${1000000 + (n(c) * 7919) % 9000000}`
// ---------------------------------------------------------------- 6. Postepay transactions (it, E)
const ppCirc = (o) => row([['Postepay', '402360', 'Prepagata'], ['Visa', '453997', 'Credito'], ['Mastercard', '535110', 'Debito'], ['Postepay', '533317', 'Prepagata'], ['Maestro', '675960', 'Debito'], ['Postepay Evolution', '535110', 'Prepagata']], n(o) % 6)
const ppKind = (o) => row(['Pagamento', 'Pagamento', 'Pagamento', 'Rimborso', 'Pagamento', 'Pagamento', 'Storno'], n(o) % 7)
const ppEsito = (o) => (ppKind(o) !== 'Pagamento' ? 'Contabilizzata' : row(['Contabilizzata', 'Contabilizzata', 'Autorizzata', 'Negata', 'Contabilizzata'], n(o) % 5))
const ppAmt = (o) => o.total
const ppRefund = (o) => (ppKind(o) === 'Pagamento' ? 0 : ppKind(o) === 'Storno' ? ppAmt(o) : Math.round(ppAmt(o) * 40) / 100)
const ppFee = (o) => (ppEsito(o) === 'Negata' ? 0 : 0.25 + ppAmt(o) * (ppCirc(o)[0].startsWith('Postepay') ? 0.01 : 0.015))
const ppAt = (o) => open(o.at, cet, 7, 16)
const itT = (p) => `${dmy(p, '/')} ${hms(p)}`
// ---------------------------------------------------------------- 7. Sitonline orders (it, E)
// an Alba hazelnut and torrone shop: [codice, prodotto, variante, prezzo]
const SO_ITEMS = [['NOC-500', 'Nocciole Tonda Gentile tostate', 'Confezione 500 g', 12.9], ['TOR-MOR-200', 'Torrone morbido alle nocciole', 'Barretta 200 g', 8.5], ['CRE-SPA-350', 'Crema spalmabile 45% nocciole', 'Vasetto 350 g', 9.9], ['BAC-DAMA-250', 'Baci di dama artigianali', 'Scatola 250 g', 11.0], ['FAR-NOC-1KG', 'Farina di nocciole', 'Sacchetto 1 kg', 18.5], ['CES-NAT', 'Cesto natalizio Langhe', 'Grande', 59.0]]
const soItem = (o, i) => row(SO_ITEMS, i + n(o))
const soSub = (o, i) => soItem(o, i)[3] * o.qty
const soShip = (o, i) => (soSub(o, i) >= 49 ? 0 : soPay(o) === 'Contrassegno' ? 11.9 : 7.9)
const soPay = (o) => row(['Carta di credito', 'PayPal', 'Bonifico bancario', 'PayPal', 'Contrassegno', 'Carta di credito'], n(o) % 6)
const soSt = (o) => row(['Spedito', 'Evaso', 'In lavorazione', 'Spedito', 'In attesa di pagamento', 'Annullato', 'Evaso'], n(o) % 7)
const soDisc = (o, i) => (o.discount ? Math.round(soSub(o, i) * 10) / 100 : 0)
const soTot = (o, i) => soSub(o, i) + soShip(o, i) - soDisc(o, i)
const soGift = (o) => n(o) % 5 === 3
const SO_GIFT = [['Via Vittorio Emanuele II 14', '12051', 'Alba', 'CN'], ['Corso Francia 88', '10143', 'Torino', 'TO'], ['Via Solferino 27', '20121', 'Milano', 'MI'], ['Viale Mazzini 5', '00195', 'Roma', 'RM']]
const soTo = (c, o) => (soGift(o) ? row(SO_GIFT, n(c) % 4) : [c.street, c.postcode, c.city, c.region])
const cf = (c) => { const cons = (s) => (ascii(s).replace(/[aeiou]/g, '') + ascii(s).replace(/[^aeiou]/g, '') + 'xxx').slice(0, 3).toUpperCase(); const p = bd(c.birth); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${row(['F205', 'H501', 'L219', 'F839', 'A944', 'D612'], n(c) % 6)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n(c) % 26]}` }
// ---------------------------------------------------------------- 8. 5stelle* guest records (it, P)
// a Riva del Garda hotel: some guests from Germany and Austria
const DE_G = [['Thomas', 'Huber', 'M', 'Leopoldstraße 112', '80802', 'München', 'BY', 'GERMANIA', '+49 89 3012845', 'Tedesco'], ['Sabine', 'Wagner', 'F', 'Hauptstraße 7', '70173', 'Stuttgart', 'BW', 'GERMANIA', '+49 711 2204913', 'Tedesco'], ['Andreas', 'Gruber', 'M', 'Mariahilfer Straße 45', '1060', 'Wien', '', 'AUSTRIA', '+43 1 5879241', 'Tedesco']]
const fsDe = (c) => n(c) % 3 === 0
const fsG = (c) => (fsDe(c) ? row(DE_G, n(c) % 9 / 3 | 0) : null)
const fsCat = (c) => row(['Abituale', 'Nuovo', 'VIP', 'Abituale', 'Nuovo', 'Gruppo', 'Agenzia'], n(c) % 7)
const fsStays = (c) => (fsCat(c) === 'Nuovo' ? 1 : 2 + n(c) % 9)
// ---------------------------------------------------------------- 9. Insight View executives (es, B)
// [CIF, razón social, nombre comercial, forma jurídica, dirección, CP, población, provincia, teléfono, web, CNAE, ventas, empleados, constitución]
const IV_CO = [['B46123457', 'HORNOS ALFA VALENCIA SL', 'Hornos Alfa', 'Sociedad limitada', 'Calle Pintor Sorolla 14', '46002', 'Valencia', 'Valencia', '963 512 480', 'www.hornosalfa.es', '1071 - Fabricación de pan y productos de panadería', 12480000, 86, '1994'], ['A12045871', 'CERÁMICAS DEL MIJARES SA', 'Cerámicas Mijares', 'Sociedad anónima', 'Carretera Onda km 3,5', '12200', 'Onda', 'Castellón', '964 770 215', 'www.ceramijares.com', '2331 - Fabricación de azulejos y baldosas de cerámica', 48300000, 214, '1978'], ['B03987462', 'LOGÍSTICA LEVANTE EXPRESS SL', 'LLE Logística', 'Sociedad limitada', 'Polígono Las Atalayas, Calle del Ámbar 22', '03114', 'Alicante', 'Alicante', '965 107 338', 'www.llexpress.es', '5210 - Depósito y almacenamiento', 7650000, 58, '2006'], ['B98345126', 'CLÍNICA DENTAL TURIA SLP', 'Clínica Turia', 'Sociedad limitada profesional', 'Avenida del Cid 40', '46018', 'Valencia', 'Valencia', '963 854 027', 'www.clinicaturia.es', '8623 - Actividades odontológicas', 2140000, 23, '2011'], ['A46078332', 'HOTELES COSTA AZAHAR SA', 'Costa Azahar Hoteles', 'Sociedad anónima', 'Paseo Marítimo 101', '12560', 'Benicàssim', 'Castellón', '964 300 812', 'www.costaazahar.com', '5510 - Hoteles y alojamientos similares', 19750000, 162, '1988'], ['B30567819', 'CONSERVAS HUERTA DE MURCIA SL', 'Huerta de Murcia', 'Sociedad limitada', 'Carretera de Alicante km 8', '30163', 'Cobatillas', 'Murcia', '968 864 510', 'www.huertademurcia.es', '1039 - Otro procesado y conservación de frutas y hortalizas', 31900000, 140, '1999']]
const ivCo = (c) => row(IV_CO, n(c) >> 1)
const IV_ROLE = [['Administrador Único', 'Dirección General'], ['Director General', 'Dirección General'], ['Director de Compras', 'Compras'], ['Jefe de Mantenimiento', 'Producción y Mantenimiento'], ['Director Financiero', 'Finanzas'], ['Responsable de Calidad', 'Calidad'], ['Director de Operaciones', 'Operaciones']]
const ivRole = (c) => row(IV_ROLE, n(c) % 7)
const ivMail = (c) => (n(c) % 3 === 2 ? '' : `${ascii(c.first)[0]}${ascii(c.last)}@${ivCo(c)[9].replace('www.', '')}`)
const esMob = (c) => `6${pad(10 + n(c) % 90)} ${pad((n(c) * 7) % 1000, 3)} ${pad((n(c) * 13) % 1000, 3)}`
const dni = (c) => { const x = 10000000 + (n(c) * 7919) % 89999999; return `${x}${'TRWAGMYFPDXBNJZSQVHLCKE'[x % 23]}` }
// ---------------------------------------------------------------- 10. Giglon tickets (es, E)
// a Sevilla venue: [evento, fecha (días tras la compra), recinto]
const GG_EV = [['Noche de Flamenco - Tablao Las Setas', 'Sala Las Setas'], ['Concierto acústico: María Arnal', 'Sala Las Setas'], ['Stand-up comedy: Triana se ríe', 'Teatro del Arenal'], ['Jazz en la azotea', 'Azotea Hotel Alfonso'], ['Fiesta Remember 90s', 'Sala Malandar']]
const ggEv = (o) => row(GG_EV, n(o) % 5)
const ggType = (o) => row([['Anticipada', 18], ['General', 22], ['VIP con consumición', 35], ['Anticipada', 18], ['Grupo (4 personas)', 70], ['General', 22]], (n(o) >> 1) % 6)
const ggFee = (o) => Math.round(ggType(o)[1] * 8) / 100
const ggDisc = (o) => (o.discount ? Math.round(ggType(o)[1] * 15) / 100 : 0)
const ggSt = (o) => row(['Válida', 'Validada', 'Validada', 'Devuelta', 'Válida', 'Validada'], n(o) % 6)
const ggAt = (o) => open(o.at, cet, 9, 15)
const ggEvAt = (o) => ggAt(o) + (2 + n(o) % 40) * day
const ggPay = (o) => row(['Tarjeta', 'Bizum', 'Tarjeta', 'Apple Pay', 'Taquilla - efectivo', 'Google Pay'], n(o) % 6)
const esT = (p) => `${dmy(p, '/')} ${hm(p)}`
// ---------------------------------------------------------------- 11. Sporttia users (es, P)
const spAbono = (c) => row([['Abono individual', 'Socio'], ['Abono familiar', 'Socio'], ['', 'No socio'], ['Abono pádel mañanas', 'Socio'], ['', 'No socio'], ['Abono juvenil', 'Socio']], n(c) % 6)
const spSocio = (c) => spAbono(c)[1] === 'Socio'
const spJoin = (c) => c.created
const ZGZ = [['Calle Coso 98', '50001', 'Zaragoza'], ['Avenida Goya 45', '50006', 'Zaragoza'], ['Paseo Sagasta 32', '50008', 'Zaragoza'], ['Calle Mayor 12', '50410', 'Cuarte de Huerva'], ['Avenida de Madrid 210', '50017', 'Zaragoza'], ['Calle Aragón 7', '50180', 'Utebo']]
const zgz = (c) => row(ZGZ, n(c) % 6)
// ---------------------------------------------------------------- 12. 360NRS contacts (es, P)
const MLG = [['29001', 'Málaga'], ['29004', 'Málaga'], ['29640', 'Fuengirola'], ['29620', 'Torremolinos'], ['29602', 'Marbella'], ['29700', 'Vélez-Málaga'], ['29630', 'Benalmádena']]
const mlg = (c) => row(MLG, n(c) % 7)
const nrAgenda = (c) => row(['Clientes Óptica Centro', 'Clientes Fuengirola', 'Recordatorio revisión anual', 'Clientes lentillas', 'Clientes audiología', 'Clientes Óptica Centro'], n(c) % 6)
const nrBajaSms = (c) => n(c) % 9 === 4
const nrBajaMail = (c) => n(c) % 7 === 5

export const SETS = [
  // ---------------------------------------------------------------- France: retail feedback platform
  { name: 'goodays-feedbacks-export-fr', product: 'Goodays (ex-Critizr) (console Goodays: Feedbacks > Exporter > CSV, one row per customer feedback with the store\'s reply, French UI, a network of six organic grocery stores around Lyon, Europe/Paris)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(4800000 + (n(o) * 7919) % 1000000), ['_id']],
    ['Date de création', (c, o) => `${dmy(cet(gdAt(o)), '/')} ${hm(cet(gdAt(o)))}`, ['timestamp']],
    ['Point de vente', (c, o) => gdShop(o)[0], [...STORE, ...POI], opt],
    ['Code point de vente', (c, o) => gdShop(o)[1], STORE],
    ['Région', (c, o) => gdShop(o)[2], []],
    ['Canal', (c, o) => gdChan(o), [], opt],
    ['Type', (c, o) => gdType(o), [], opt],
    ['Thématique', (c, o) => gdTheme(o), []],
    ['Note', (c, o) => String(gdNote(o)), []],
    ['Recommandation (0-10)', (c, o) => (n(o) % 3 ? String(Math.min(10, gdNote(o) * 2 + n(o) % 2)) : ''), []],
    ['Message', (c, o) => gdMsg(o), []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => (n(c) % 4 === 1 ? `${c.last[0]}.` : c.last), []],
    ['E-mail', (c) => gdMail(c), EMAIL_ID],
    ['Téléphone', (c) => (n(c) % 3 === 0 ? frMob(c) : ''), PHONE_ID, opt],
    ['N° carte de fidélité', (c) => (c.bool ? `2${pad((n(c) * 104729) % 1e12, 12)}` : ''), CUST_ID, opt],
    ['Accepte d\'être recontacté', (c) => (gdMail(c) ? 'Oui' : 'Non'), [], opt],
    ['Statut', (c, o) => gdSt(o), []],
    ['Répondu par', (c, o) => (gdSt(o) === 'En attente' ? '' : row(['Claire (responsable magasin)', 'Service client', 'Julien M.', 'Sophie D.'], n(o) % 4)), []],
    ['Date de réponse', (c, o) => (gdReplyH(o) ? `${dmy(cet(gdAt(o) + gdReplyH(o) * 3600000), '/')} ${hm(cet(gdAt(o) + gdReplyH(o) * 3600000))}` : ''), [], opt],
    ['Délai de réponse (h)', (c, o) => (gdReplyH(o) ? String(Math.round(gdReplyH(o) * 10) / 10).replace('.', ',') : ''), []],
    ['Tags', (c, o) => row(['', 'vrac', '', 'caisse;week-end', 'frais', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Belgium: agency marketplace briefs
  { name: 'sortlist-briefs-agence-fr-be', product: 'Sortlist (espace agence Sortlist: Projets > Exporter les briefs (CSV), one row per project brief received with the client contact, French UI, a Liège web and branding agency, Europe/Brussels, EUR)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['ID du projet', (c) => String(410000 + (n(c) * 7919) % 90000), B2BID, opt],
    ['Date de réception', (c) => dmy(cet(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Titre du projet', (c) => slProj(c)[0], []],
    ['Expertise', (c) => slProj(c)[1], []],
    ['Budget', (c) => slProj(c)[2], []],
    ['Démarrage souhaité', (c) => row(['Dès que possible', 'Dans le mois', 'Dans 1 à 3 mois', 'Pas de date précise'], n(c) % 4), []],
    ['Statut', (c) => slSt(c), ['b2b.personStatus'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => row(SL_JOB, n(c) % 6)[fem(c) ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => slCo(c)[0], CO],
    ['Site web', (c) => `https://www.${slCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Secteur', (c) => slCo(c)[2], []],
    ['Taille de l\'entreprise', (c) => `${slCo(c)[3]} employés`, []],
    ['E-mail', (c) => `${ascii(c.first)}${n(c) % 2 ? '.' + ascii(c.last) : ''}@${slCo(c)[1]}`, WE],
    ['Téléphone', (c) => beMob(c), ['mobilePhone.number', 'workPhone.number']],
    ['Code postal', (c) => slCo(c)[5], [W('postalCode')]],
    ['Ville', (c) => slCo(c)[4], [W('city')]],
    ['Pays', (c) => slCo(c)[6], [W('country')]],
    ['Langue du projet', (c) => (n(c) % 5 === 3 ? 'Néerlandais' : 'Français'), [], opt],
    ['Crédits utilisés', (c) => String(slSt(c) === 'Nouveau' || slSt(c) === 'Refusé' ? 0 : 1 + n(c) % 3), []],
    ['Conseiller Sortlist', (c) => row(['Amélie V.', 'Thibault D.', 'Lotte P.'], n(c) % 3), []],
    ['Note interne', (c) => row(['', 'Rappeler mardi', '', 'Budget serré', 'Déjà client en 2021', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: hotel channel manager reservations
  { name: 'hotel-spider-reservations-fr-ch', product: 'Hotel-Spider (extranet Hotel-Spider: Réservations > Liste des réservations > Export CSV, one row per reservation from the booking engine and the OTA channels, French UI, a 3-star hotel in Crans-Montana (Valais), Europe/Zurich, CHF)', family: 'booking', language: 'fr', schema: E, cols: [
    ['N° réservation', (c, o) => `HS${pad(2400000 + (n(o) * 7919) % 600000, 7)}`, ['_id', OR('purchaseID')]],
    ['Réf. canal', (c, o, r) => hsRef(o, r), [OR('purchaseOrderNumber')], opt],
    ['Canal', (c, o) => hsChan(o), [], opt],
    ['Date de réservation', (c, o) => dotT(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => hsSt(o), []],
    ['Date d\'annulation', (c, o) => (hsSt(o) === 'Annulée' ? dotT(cet(o.at + (1 + n(o) % 9) * day)) : ''), [OR('cancelDate')], opt],
    ['Arrivée', (c, o) => dmy(cet(hsArr(o))), [], opt],
    ['Départ', (c, o) => dmy(cet(hsArr(o) + hsNights(o) * day)), [], opt],
    ['Nuits', (c, o) => String(hsNights(o)), []],
    ['Type de chambre', (c, o) => hsRoom(o)[0], [PL('name')]],
    ['Code chambre', (c, o) => hsRoom(o)[1], [PL('SKU')]],
    ['Tarif', (c, o) => hsRate(o), [], opt],
    ['Chambres', (c, o) => String(hsRooms(o)), [PL('quantity')]],
    ['Adultes', (c, o) => String(hsAdults(o)), []],
    ['Enfants', (c, o) => String(hsKids(o)), []],
    ['Montant total', (c, o) => chf(hsTotal(o)), [OR('priceTotal')]],
    ['Devise', () => 'CHF', [OR('currencyCode')]],
    ['Taxe de séjour', (c, o) => chf(hsTax(o)), [OR('taxAmount')], opt],
    ['Commission', (c, o) => chf(hsComm(o)), []],
    ['Garantie', (c, o) => (hsChan(o) === 'Expedia' ? 'Carte virtuelle (VCC)' : hsRate(o) === 'Non remboursable' ? 'Prépaiement' : 'Carte de crédit'), [OR('payments[0].paymentType')], opt],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['E-mail', (c, o) => (hsChan(o) === 'Booking.com' ? `${ascii(c.first)[0]}${ascii(c.last)}.${((n(o) * 7919) % 2176782336).toString(36).padStart(6, '0').slice(-6)}@guest.booking.com` : c.email), EMAIL_ID],
    ['Téléphone', (c) => hsPhone(c), PHONE_ID, opt],
    ['Adresse', (c) => hsGuest(c)[3], [BILL('street1')], opt],
    ['NPA', (c) => hsGuest(c)[0], [BILL('postalCode')], opt],
    ['Localité', (c) => hsGuest(c)[1], [BILL('city')], opt],
    ['Pays', (c) => hsGuest(c)[2], [BILL('countryCode')], opt],
    ['Langue', (c) => hsLang(c), [], opt],
    ['Remarques', (c, o) => row(['', 'Arrivée tardive vers 22h', '', 'Lit bébé svp', 'Allergie aux noix', '', 'Place de parc souhaitée'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Québec: appointment portal
  { name: 'clic-sante-rendez-vous-fr-ca', product: 'Clic Santé (portail établissement Clic Santé: Rendez-vous > Liste des rendez-vous > Exporter, one row per appointment, French UI (Québec), a Lévis community pharmacy\'s vaccination and consultation clinic, America/Toronto, CAD)', family: 'booking', language: 'fr', schema: E, cols: [
    ['No de rendez-vous', (c, o) => String(18000000 + (n(o) * 7919) % 2000000), ['_id']],
    ['Date du rendez-vous', (c, o) => ymd(csVisit(o)), [], opt],
    ['Heure', (c, o) => hm(csVisit(o)), []],
    ['Service', (c, o) => csServ(o)[0], [PL('name')]],
    ['Établissement', () => 'Pharmacie Bélanger et Fortin - Lévis', POI, opt],
    ['Ressource', (c, o) => csServ(o)[1], []],
    ['Statut', (c, o) => csSt(o), []],
    ['Date de prise du rendez-vous', (c, o) => `${ymd(est(csBooked(o)))} ${hms(est(csBooked(o)))}`, ['timestamp', OR('createdDate')]],
    ['Mode de prise', (c, o) => row(['En ligne', 'En ligne', 'Téléphone', 'En ligne', 'Sur place'], n(o) % 5), [], opt],
    ['Prénom', (c) => qc(c).f, []],
    ['Nom', (c) => qc(c).l, []],
    ['Date de naissance', (c) => ymd(bd(c.birth)), []],
    ['Sexe', (c) => (qc(c).female ? 'F' : 'M'), []],
    ['No d\'assurance maladie', (c) => ramq(c, qc(c)), []],
    ['Courriel', (c) => (n(c) % 6 === 5 ? '' : qc(c).email), EMAIL_ID],
    ['Téléphone', (c) => qc(c).tel, PHONE_ID, opt],
    ['Code postal', (c) => qc(c).cp, [], opt],
    ['Montant', (c, o) => cad(csServ(o)[2]), [OR('priceTotal')], opt],
    ['Payé', (c, o) => (csServ(o)[2] === 0 ? 'N/A' : csSt(o) === 'Présent' ? 'Oui' : 'Non'), []],
    ['Rappel envoyé', (c, o) => (csSt(o) === 'Annulé par le client' ? 'Non' : row(['Courriel', 'SMS', 'Courriel et SMS'], n(o) % 3)), []],
    ['Date d\'annulation', (c, o) => (csSt(o) === 'Annulé par le client' ? ymd(est(csBooked(o) + day)) : ''), [OR('cancelDate')], opt],
    ['Note', (c, o) => row(['', '', 'Allergie aux œufs', '', 'Accompagné de sa fille', 'Première dose reçue le 2023-10-14'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: event platform participants
  { name: 'eventboost-partecipanti-it', product: 'Eventboost (piattaforma Eventboost: Evento > Partecipanti > Esporta in Excel, one row per registered participant with the form answers, Italian UI, a Bologna packaging-machinery maker\'s customer open house at its plant, Europe/Rome)', family: 'events', language: 'it', schema: B, cols: [
    ['ID partecipante', (c) => String(5200000 + (n(c) * 7919) % 800000), B2BID, opt],
    ['Data registrazione', (c) => `${dmy(cet(ebReg(c)), '/')} ${hm(cet(ebReg(c)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 4 ? c.email : `${ascii(c.first)[0]}.${ascii(c.last)}@${ebFirm(c)[1]}`), WE],
    ['Cellulare', (c) => itMob(c), ['mobilePhone.number']],
    ['Azienda', (c) => ebFirm(c)[0], CO],
    ['Ruolo aziendale', (c) => row(EB_ROLE, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Settore', (c) => ebFirm(c)[2], []],
    ['Città', (c) => ebFirm(c)[3], [W('city')]],
    ['Provincia', (c) => ebFirm(c)[4], STATE(['workAddress'])],
    ['Nazione', (c) => ebFirm(c)[5], [W('country')]],
    ['Tipologia biglietto', (c) => ebTicket(c), ['b2b.personType'], opt],
    ['Stato', (c) => ebSt(c), ['b2b.personStatus'], opt],
    ['Check-in', (c) => (ebIn(c) ? 'Sì' : 'No'), []],
    ['Data check-in', (c) => (ebIn(c) ? `${dmy(cet(EB_DAY + (n(c) % 90) * 60000), '/')} ${hm(cet(EB_DAY + (n(c) % 90) * 60000))}` : ''), [], opt],
    ['Workshop pomeridiano', (c) => row(['Linee di confezionamento flessibili', 'Manutenzione predittiva', 'Nessuno', 'Packaging sostenibile'], n(c) % 4), []],
    ['Esigenze alimentari', (c) => row(['', '', 'Vegetariano', '', 'Celiachia', ''], n(c) % 6), []],
    ['Come ha conosciuto l\'evento?', (c) => row(['Invito del commerciale', 'Newsletter', 'LinkedIn', 'Sito web', 'Passaparola'], n(c) % 5), ['b2b.personSource'], opt],
    ['Commerciale di riferimento', (c) => row(['Marco Bertolini', 'Elisa Fabbri', 'Roberto Neri'], n(c) % 3), []],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso comunicazioni commerciali', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: payment service transactions
  { name: 'postepay-lista-transazioni-it', product: 'Postepay (Poste Italiane; area riservata esercente Postepay e-commerce: Transazioni > Ricerca > Esporta CSV, one row per payment, refund or reversal, Italian UI, a Lecce online shop of Salento ceramics, Europe/Rome, EUR)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o, r) => `${v.int(r, 10, 99)}${pad((n(o) * 104729) % 1e10, 10)}`, [OR('payments[0].transactionID')]],
    ['Codice ordine', (c, o) => `ORD-${pad(n(o), 6)}`, [OR('purchaseID')]],
    ['Data operazione', (c, o) => itT(cet(ppAt(o))), ['timestamp']],
    ['Tipo operazione', (c, o) => ppKind(o), [], opt],
    ['Esito', (c, o) => ppEsito(o), []],
    ['Importo', (c, o) => eur(ppAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Circuito', (c, o) => ppCirc(o)[0], [OR('payments[0].paymentType')], opt],
    ['Tipo carta', (c, o) => ppCirc(o)[2], [], opt],
    ['Numero carta', (c, o) => `${ppCirc(o)[1]}******${pad((n(o) * 37) % 10000, 4)}`, []],
    ['Codice autorizzazione', (c, o) => (ppEsito(o) === 'Negata' ? '' : pad((n(o) * 7919) % 1000000, 6)), [], opt],
    ['Importo stornato/rimborsato', (c, o) => eur(ppRefund(o)), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Data contabilizzazione', (c, o) => (ppEsito(o) === 'Contabilizzata' ? dmy(cet(ppAt(o) + day), '/') : ''), [], opt],
    ['Commissioni', (c, o) => eur(ppFee(o)), []],
    ['Importo netto', (c, o) => eur(ppEsito(o) === 'Negata' ? 0 : ppAmt(o) - ppRefund(o) - ppFee(o)), []],
    ['Nome titolare', (c) => `${c.first} ${c.last}`.toUpperCase(), []],
    ['Email acquirente', (c) => c.email, EMAIL_ID],
    ['Canale', (c, o) => row(['Web', 'App PostePay', 'Web', 'Web mobile'], n(o) % 4), [], opt],
    ['3D Secure', (c, o) => (n(o) % 8 === 3 ? 'No' : 'Sì'), []],
    ['Paese emissione carta', (c, o) => (n(o) % 9 === 2 ? 'DEU' : 'ITA'), [], opt],
    ['Indirizzo IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Descrizione', (c, o) => `Ordine ${pad(n(o), 6)} - Ceramiche del Salento`, []],
  ] },
  // ---------------------------------------------------------------- Italy: site builder shop orders
  { name: 'sitonline-ordini-ecommerce-it', product: 'Sitonline (pannello Sitonline: E-commerce > Ordini > Esporta ordini CSV, one row per ordered product, Italian UI, an Alba (Cuneo) hazelnut and torrone shop, Europe/Rome, EUR)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Numero ordine', (c, o) => String(1000 + n(o) % 9000), [OR('purchaseID')]],
    ['Data ordine', (c, o) => `${dmy(cet(o.at), '/')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Stato ordine', (c, o) => soSt(o), []],
    ['Stato pagamento', (c, o) => (soSt(o) === 'In attesa di pagamento' || soPay(o) === 'Contrassegno' ? 'Non pagato' : soSt(o) === 'Annullato' ? 'Rimborsato' : 'Pagato'), []],
    ['Metodo di pagamento', (c, o) => soPay(o), [OR('payments[0].paymentType')]],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Telefono', (c) => c.mobile, PHONE_ID, opt],
    ['Codice fiscale', (c) => (n(c) % 4 === 0 ? cf(c) : ''), [], opt],
    ['Indirizzo fatturazione', (c) => c.street, [BILL('street1')]],
    ['CAP fatturazione', (c) => c.postcode, [BILL('postalCode')]],
    ['Città fatturazione', (c) => c.city, [BILL('city')]],
    ['Provincia fatturazione', (c) => c.region, STATE(['commerce.billing.address'])],
    ['Nazione fatturazione', () => 'Italia', [BILL('country')]],
    ['Indirizzo spedizione', (c, o) => soTo(c, o)[0], [SHIP('street1')]],
    ['CAP spedizione', (c, o) => soTo(c, o)[1], [SHIP('postalCode')]],
    ['Città spedizione', (c, o) => soTo(c, o)[2], [SHIP('city')]],
    ['Provincia spedizione', (c, o) => soTo(c, o)[3], STATE(['commerce.shipping.address'])],
    ['Nazione spedizione', () => 'Italia', [SHIP('country')]],
    ['Codice prodotto', (c, o, r, i) => soItem(o, i)[0], [PL('SKU')]],
    ['Prodotto', (c, o, r, i) => soItem(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => soItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => dec(soItem(o, i)[3]), [], opt],
    ['Totale prodotto', (c, o, r, i) => dec(soSub(o, i)), [PL('priceTotal')]],
    ['Codice sconto', (c, o) => (o.discount ? 'NATALE10' : ''), ['commerce.promotionID']],
    ['Sconto', (c, o, r, i) => dec(soDisc(o, i)), [OR('discountAmount')]],
    ['Spedizione', (c, o) => (soGift(o) ? 'Corriere espresso BRT - regalo' : 'Corriere espresso BRT'), ['commerce.shipping.shippingMethod']],
    ['Spese di spedizione', (c, o, r, i) => dec(soShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Totale ordine', (c, o, r, i) => dec(soTot(o, i)), [OR('priceTotal')]],
    ['di cui IVA', (c, o, r, i) => dec(soTot(o, i) * 10 / 110), [OR('taxAmount')], opt],
    ['Note del cliente', (c, o) => row(['', '', 'Biglietto: Auguri da Anna e Luca!', '', 'Citofono Rossi-Bianchi', ''], n(o) % 6), []],
    ['Iscritto alla newsletter', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: hotel management guest records
  { name: '5stelle-anagrafica-clienti-it', product: '5stelle* (hotel management software: Anagrafiche > Clienti/Ospiti > Esporta in Excel, one row per guest record, Italian UI, a lakeside hotel in Riva del Garda with many German-speaking guests)', family: 'crm', language: 'it', schema: P, cols: [
    ['Codice', (c) => String(10000 + n(c) % 90000), ['_id', 'personID']],
    ['Titolo', (c) => (fsG(c) ? (fsG(c)[2] === 'F' ? 'Frau' : 'Herr') : row([fem(c) ? 'Sig.ra' : 'Sig.', fem(c) ? 'Sig.ra' : 'Sig.', fem(c) ? 'Dott.ssa' : 'Dott.'], n(c) % 3)), ['person.name.courtesyTitle']],
    ['Cognome', (c) => (fsG(c) ? fsG(c)[1] : c.last), ['person.name.lastName']],
    ['Nome', (c) => (fsG(c) ? fsG(c)[0] : c.first), ['person.name.firstName']],
    ['Sesso', (c) => (fsG(c) ? fsG(c)[2] : fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Luogo di nascita', (c) => (fsG(c) ? fsG(c)[5] : c.city), []],
    ['Cittadinanza', (c) => (fsG(c) ? fsG(c)[7] : 'ITALIA'), ['person.nationality']],
    ['Codice fiscale', (c) => (fsG(c) ? '' : cf(c)), ['person.taxId'], opt],
    ['Tipo documento', (c) => row(['Carta d\'identità', 'Passaporto', 'Patente di guida', 'Carta d\'identità elettronica'], n(c) % 4), []],
    ['Numero documento', (c) => `C${'ABCDEFGH'[n(c) % 8]}${pad((n(c) * 7919) % 100000, 5)}${'KLMNPQRS'[n(c) % 8]}${'TUVWXYZA'[(n(c) >> 3) % 8]}`, []],
    ['Indirizzo', (c) => (fsG(c) ? fsG(c)[3] : c.street), ['homeAddress.street1', 'mailingAddress.street1']],
    ['CAP', (c) => (fsG(c) ? fsG(c)[4] : c.postcode), ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Località', (c) => (fsG(c) ? fsG(c)[5] : c.city), ['homeAddress.city', 'mailingAddress.city']],
    ['Provincia', (c) => (fsG(c) ? fsG(c)[6] : c.region), STATE(HOME)],
    ['Nazione', (c) => (fsG(c) ? fsG(c)[7] : 'ITALIA'), ['homeAddress.country', 'mailingAddress.country']],
    ['Telefono', (c) => (fsG(c) ? fsG(c)[8] : n(c) % 3 ? '' : c.phone), ['homePhone.number']],
    ['Cellulare', (c) => (fsG(c) ? '' : c.mobile), ['mobilePhone.number']],
    ['E-mail', (c) => (fsG(c) ? `${ascii(fsG(c)[0])}.${ascii(fsG(c)[1])}@${row(['gmx.de', 'web.de', 'gmx.at'], n(c) % 3)}` : c.email), ['personalEmail.address']],
    ['Lingua', (c) => (fsG(c) ? fsG(c)[9] : 'Italiano'), [], opt],
    ['Categoria cliente', (c) => fsCat(c), [], opt],
    ['N. soggiorni', (c) => String(fsStays(c)), []],
    ['Data ultimo soggiorno', (c) => dmy(bd(c.updated), '/'), [], opt],
    ['Totale fatturato', (c) => eur(fsStays(c) * (380 + (n(c) * 37) % 900)), ['loyalty.lifetimePurchases'], opt],
    ['Consenso privacy', () => 'S', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'S' : 'N'), [], opt],
    ['Note', (c) => row(['', 'Camera vista lago', '', 'Intollerante al lattosio', 'Cane di piccola taglia', '', 'Cliente dal 2012'], n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- Spain: company-data executives
  { name: 'insight-view-directivos-es', product: 'Insight View (Insight View: Búsqueda de empresas > Lista de directivos > Exportar a Excel, one row per executive of a selected company, Spanish UI, a prospect list built by a Valencia industrial-cleaning and hygiene supplier)', family: 'b2b', language: 'es', schema: B, cols: [
    ['CIF', (c) => ivCo(c)[0], ACCT, opt],
    ['Razón social', (c) => ivCo(c)[1], CO],
    ['Nombre comercial', (c) => ivCo(c)[2], CO, opt],
    ['Forma jurídica', (c) => ivCo(c)[3], []],
    ['Domicilio social', (c) => ivCo(c)[4], [W('street1')]],
    ['Código postal', (c) => ivCo(c)[5], [W('postalCode')]],
    ['Localidad', (c) => ivCo(c)[6], [W('city')]],
    ['Provincia', (c) => ivCo(c)[7], STATE(['workAddress'])],
    ['Teléfono', (c) => ivCo(c)[8], ['workPhone.number']],
    ['Web', (c) => ivCo(c)[9], ['b2b.companyWebsite']],
    ['CNAE 2009', (c) => ivCo(c)[10], []],
    ['Ventas (€)', (c) => group(ivCo(c)[11], '.'), []],
    ['Empleados', (c) => String(ivCo(c)[12]), []],
    ['Año de constitución', (c) => ivCo(c)[13], []],
    ['Directivo', (c) => `${c.last.toUpperCase()} ${row(['GARCÍA', 'LÓPEZ', 'NAVARRO', 'FERRER', 'SORIANO'], n(c) % 5)}, ${c.first.toUpperCase()}`, ['person.name.fullName']],
    ['Cargo', (c) => ivRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => ivRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Fecha de nombramiento', (c) => dmy(bd(c.created), '/'), [], opt],
    ['Email directivo', (c) => ivMail(c), WE],
    ['Teléfono directivo', (c) => (n(c) % 3 === 1 ? esMob(c) : ''), ['mobilePhone.number', 'workPhone.number']],
    ['LinkedIn', (c) => (n(c) % 2 ? `linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}-${pad(n(c) % 1000, 3)}` : ''), []],
    ['Riesgo comercial', (c) => row(['Bajo', 'Medio', 'Bajo', 'Muy bajo', 'Alto'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Spain: ticketing platform tickets
  { name: 'giglon-entradas-vendidas-es', product: 'Giglon (panel de promotor Giglon: Eventos > Ventas > Exportar asistentes, one row per ticket sold, Spanish UI, a Sevilla promoter of flamenco, comedy and concert nights, Europe/Madrid, EUR)', family: 'events', language: 'es', schema: E, cols: [
    ['Localizador', (c, o) => `GG${((n(o) * 104729) % 2176782336).toString(36).toUpperCase().padStart(6, '0')}`, [OR('purchaseID')]],
    ['Nº entrada', (c, o) => String(80000000 + (n(o) * 7919) % 9999999), [], opt],
    ['Fecha de compra', (c, o) => esT(cet(ggAt(o))), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => ggEv(o)[0], [PL('name')], opt],
    ['Fecha del evento', (c, o) => `${dmy(cet(ggEvAt(o)), '/')} 21:30`, [], opt],
    ['Recinto', (c, o) => ggEv(o)[1], POI, opt],
    ['Tipo de entrada', (c, o) => ggType(o)[0], [PL('name')], opt],
    ['Precio', (c, o) => dec(ggType(o)[1]), [PL('priceTotal')]],
    ['Gastos de gestión', (c, o) => dec(ggFee(o)), []],
    ['Código promocional', (c, o) => (o.discount ? 'SEVILLA15' : ''), ['commerce.promotionID']],
    ['Descuento', (c, o) => dec(ggDisc(o)), [OR('discountAmount')]],
    ['Total', (c, o) => dec(ggType(o)[1] + ggFee(o) - ggDisc(o)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => ggPay(o), [OR('payments[0].paymentType')]],
    ['Canal de venta', (c, o) => (ggPay(o).startsWith('Taquilla') ? 'Taquilla' : row(['Web', 'Widget', 'Web', 'RRPP'], n(o) % 4)), [], opt],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => `${c.last} ${row(['Ruiz', 'Moreno', 'Romero', 'Álvarez', 'Torres'], n(c) % 5)}`, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Teléfono', (c) => esMob(c), PHONE_ID, opt],
    ['DNI', (c) => (n(c) % 3 === 0 ? dni(c) : ''), []],
    ['Código postal', (c) => (n(c) % 4 === 2 ? '' : row(['41001', '41010', '41005', '41927', '41700', '41089'], n(c) % 6)), [BILL('postalCode')], opt],
    ['Estado', (c, o) => ggSt(o), []],
    ['Fecha de validación', (c, o) => (ggSt(o) === 'Validada' ? `${dmy(cet(ggEvAt(o)), '/')} ${pad(20 + n(o) % 2)}:${pad((n(o) * 7) % 60)}` : ''), [], opt],
    ['Importe devuelto', (c, o) => dec(ggSt(o) === 'Devuelta' ? ggType(o)[1] - ggDisc(o) : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Acepta comunicaciones del promotor', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: sports-club booking app users
  { name: 'sporttia-usuarios-club-es', product: 'Sporttia (panel de gestión Sporttia: Usuarios > Exportar a Excel, one row per club user with membership and wallet balance, Spanish UI, a Zaragoza padel and tennis club)', family: 'membership', language: 'es', schema: P, cols: [
    ['Id', (c) => String(1200000 + (n(c) * 7919) % 800000), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Lázaro', 'Gimeno', 'Lasheras', 'Pérez', 'Royo'], n(c) % 5)}`, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Móvil', (c) => esMob(c).replace(/ /g, ''), ['mobilePhone.number']],
    ['DNI', (c) => dni(c), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Dirección', (c) => zgz(c)[0], at(HOME, 'street1')],
    ['Código postal', (c) => zgz(c)[1], at(HOME, 'postalCode')],
    ['Población', (c) => zgz(c)[2], at(HOME, 'city')],
    ['Provincia', () => 'Zaragoza', STATE(HOME)],
    ['Tipo', (c) => spAbono(c)[1], [], opt],
    ['Nº socio', (c) => (spSocio(c) ? String(100 + n(c) % 1900) : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['Abono', (c) => spAbono(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
    ['Fecha de alta', (c) => dmy(bd(spJoin(c)), '/'), ['loyalty.joinDate'], opt],
    ['Caducidad del abono', (c) => (spSocio(c) ? row(['31/12/2025', '30/06/2025', '31/08/2025', '31/12/2024'], n(c) % 4) : ''), ['loyalty.tierExpiryDate'], opt],
    ['Monedero (€)', (c) => dec((n(c) * 37) % 8000 / 100), []],
    ['Nivel', (c) => row(['2.5', '3.0', '3.5', '4.0', '2.0', ''], n(c) % 6), []],
    ['Nº reservas', (c) => String((n(c) * 7) % 160), []],
    ['Última reserva', (c) => `${dmy(bd(c.updated), '/')} ${pad(9 + n(c) % 13)}:${n(c) % 2 ? '30' : '00'}`, [], opt],
    ['Acepta publicidad', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Observaciones', (c) => row(['', '', 'Lesión de rodilla', '', 'Juega con pala propia', 'Hermano de socio'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Spain: SMS and e-mail marketing contacts
  { name: '360nrs-contactos-agenda-es', product: '360NRS (panel 360NRS: Contactos > Agendas > Exportar contactos (CSV), one row per contact of the SMS and e-mail marketing agendas with custom fields, Spanish UI, a Málaga chain of optician and hearing-aid stores)', family: 'marketing', language: 'es', schema: P, cols: [
    ['id', (c) => String(90000000 + (n(c) * 7919) % 9999999), ['_id', 'personID'], opt],
    ['agenda', (c) => nrAgenda(c), []],
    ['prefijo', () => '34', ['mobilePhone.countryCode'], opt],
    ['telefono', (c) => esMob(c).replace(/ /g, ''), ['mobilePhone.number']],
    ['nombre', (c) => c.first, ['person.name.firstName']],
    ['apellidos', (c) => `${c.last} ${row(['Ruiz', 'Moreno', 'Navas', 'Cortés', 'Vega'], n(c) % 5)}`, ['person.name.lastName']],
    ['email', (c) => (n(c) % 4 === 3 ? '' : c.email), ['personalEmail.address']],
    ['fecha_nacimiento', (c) => ymd(bd(c.birth)), ['person.birthDate']],
    ['sexo', (c) => (fem(c) ? 'M' : 'H'), ['person.gender']],
    ['codigo_postal', (c) => mlg(c)[0], at(HOME, 'postalCode')],
    ['ciudad', (c) => mlg(c)[1], at(HOME, 'city')],
    ['pais', () => 'ES', at(HOME, 'countryCode')],
    ['tienda', (c) => row(['Óptica Calle Larios', 'Óptica Fuengirola', 'Óptica Teatinos', 'Óptica Marbella'], n(c) % 4), [], opt],
    ['tipo_cliente', (c) => row(['Gafas graduadas', 'Lentillas', 'Audífonos', 'Gafas de sol', 'Gafas graduadas'], n(c) % 5), []],
    ['ultima_revision', (c) => ymd(bd(c.updated)), [], opt],
    ['puntos_club', (c) => String((n(c) * 37) % 1500), ['loyalty.points'], opt],
    ['fecha_alta', (c) => `${ymd(cet(c.created))} ${hms(cet(c.created))}`, [], opt],
    ['origen', (c) => row(['Importación', 'Formulario web', 'Importación', 'API', 'Landing sorteo'], n(c) % 5), [], opt],
    ['baja_sms', (c) => (nrBajaSms(c) ? '1' : '0'), [], opt],
    ['baja_email', (c) => (nrBajaMail(c) ? '1' : '0'), [], opt],
    ['fecha_baja', (c) => (nrBajaSms(c) || nrBajaMail(c) ? ymd(bd(c.updated + 30 * day)) : ''), [], opt],
  ] },
]
