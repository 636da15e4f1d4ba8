// Round 57, heldout123: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (Québec, France), Italian, Spanish (Colombia, Mexico, Spain) and
// Portuguese (Brazil, Portugal) exports in the product's UI language: a Canadian courier's shipment history, a French
// payment gateway's transactions and a French B2B database's contact list (fr); a hotel PMS's reservations, an
// invoicing program's document list and a pharmacy management program's loyalty-card holders (it); a shipping
// aggregator's shipments, the Mexican national business directory and a clinic program's patients (es); an e-commerce
// platform's orders, a Brazilian company-registry service's firm list and a salon booking platform's clients (pt).
// Easytransac's columns follow its public SDK's field names, DENUE's the published download layout, WuBook's the help
// centre's reservation-search fields; the rest are written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'

const day = 86400000
const qc = (ms) => local(ms, -5) // Montréal (EST/EDT)
const cet = (ms) => local(ms, 1) // Paris, Rome, Madrid
const lis = (ms) => local(ms, 0) // Lisbon (WET/WEST)
const bog = (ms) => shift(ms, -5) // Bogotá, no DST
const mex = (ms) => shift(ms, -6) // Mexico City, no DST since 2022
const brt = (ms) => shift(ms, -3) // São Paulo, no DST since 2019
const bd = (ms) => v.parts(ms)
const n = (x) => +x.id
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
// office hours (09-20 local) for things keyed in at a desk
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + ((9 + (H % 12)) - H) * 3600000 }

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const CARD = ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region code, region name, phone area]
const LOC = {
  qc: { first: [['Mathieu', 'Geneviève'], ['Jean-François', 'Marie-Ève'], ['Olivier', 'Catherine'], ['Simon', 'Isabelle'], ['Étienne', 'Mélanie'], ['Maxime', 'Stéphanie']],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger'],
    places: [['Montréal', 'H2J 3K5', 'QC', 'Québec', '514'], ['Québec', 'G1R 4S9', 'QC', 'Québec', '418'], ['Laval', 'H7N 4A2', 'QC', 'Québec', '450'], ['Gatineau', 'J8X 3X7', 'QC', 'Québec', '819'], ['Sherbrooke', 'J1H 1E1', 'QC', 'Québec', '819'], ['Longueuil', 'J4K 2T6', 'QC', 'Québec', '450'], ['Ottawa', 'K1N 7B7', 'ON', 'Ontario', '613'], ['Trois-Rivières', 'G9A 5H2', 'QC', 'Québec', '819'], ['Moncton', 'E1C 4B6', 'NB', 'Nouveau-Brunswick', '506'], ['Toronto', 'M5V 2T6', 'ON', 'Ontario', '416']],
    street: (r) => `${v.int(r, 12, 9800)}, ${v.pick(r, ['rue Saint-Denis', 'rue Principale', 'boul. René-Lévesque Ouest', 'rue King Ouest', 'av. du Parc', 'rue des Érables', 'rue Wellington Nord', 'ch. Sainte-Foy'])}`,
    mobile: (r, a) => `${a}-${v.int(r, 220, 989)}-${v.int(r, 1000, 9999)}`,
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'sympatico.ca'] },
  fr: { first: [['Nicolas', 'Aurélie'], ['Julien', 'Céline'], ['Guillaume', 'Sandrine'], ['Romain', 'Émilie'], ['Sébastien', 'Caroline'], ['Thomas', 'Pauline']],
    last: ['Lefebvre', 'Fontaine', 'Chevalier', 'Girard', 'Mercier', 'Blanc', 'Garnier', 'Faure', 'Rousseau', 'Vincent', 'Muller', 'Lambert'],
    places: [['Rennes', '35000', '35', 'Bretagne', '02'], ['Bordeaux', '33000', '33', 'Nouvelle-Aquitaine', '05'], ['Montpellier', '34000', '34', 'Occitanie', '04'], ['Strasbourg', '67000', '67', 'Grand Est', '03'], ['Nantes', '44000', '44', 'Pays de la Loire', '02'], ['Lyon', '69003', '69', 'Auvergne-Rhône-Alpes', '04'], ['Lille', '59000', '59', 'Hauts-de-France', '03'], ['Dijon', '21000', '21', 'Bourgogne-Franche-Comté', '03'], ['Tours', '37000', '37', 'Centre-Val de Loire', '02']],
    street: (r) => `${v.int(r, 1, 140)} ${v.pick(r, ['rue Nationale', 'avenue Jean Jaurès', 'rue de la République', 'boulevard Gambetta', 'rue des Lilas', 'allée des Tilleuls', 'rue Pasteur'])}`,
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['orange.fr', 'free.fr', 'gmail.com', 'sfr.fr', 'laposte.net', 'hotmail.fr'] },
  it: { first: [['Alberto', 'Chiara'], ['Massimo', 'Roberta'], ['Fabio', 'Daniela'], ['Claudio', 'Paola'], ['Mattia', 'Beatrice'], ['Enrico', 'Marta']],
    last: ['Locatelli', 'Pesenti', 'Rota', 'Carminati', 'Mazzoleni', 'Cortinovis', 'Bonfanti', 'Gritti', 'Ghisleni', 'Milesi', 'Rossi', 'Ferrari'],
    places: [['Bergamo', '24121', 'BG', 'Lombardia', '035'], ['Bergamo', '24128', 'BG', 'Lombardia', '035'], ['Seriate', '24068', 'BG', 'Lombardia', '035'], ['Dalmine', '24044', 'BG', 'Lombardia', '035'], ['Treviglio', '24047', 'BG', 'Lombardia', '0363'], ['Curno', '24035', 'BG', 'Lombardia', '035'], ['Torre Boldone', '24020', 'BG', 'Lombardia', '035'], ['Alzano Lombardo', '24022', 'BG', 'Lombardia', '035']],
    street: (r) => `${v.pick(r, ['Via Borgo Palazzo', 'Via Broseta', 'Via Corridoni', 'Viale Giulio Cesare', 'Via Nazionale', 'Via San Giovanni Bosco', 'Via Roma'])} ${v.int(r, 1, 180)}`,
    mobile: (r) => `3${v.pick(r, ['33', '35', '38', '39', '40', '47', '49', '66', '92'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'alice.it', 'yahoo.it', 'virgilio.it'] },
  es: { first: [['Alberto', 'Marta'], ['Ignacio', 'Beatriz'], ['Óscar', 'Rocío'], ['Fernando', 'Silvia'], ['Gonzalo', 'Patricia'], ['Marcos', 'Lorena']],
    last: ['Sanz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Domínguez', 'Gil', 'Vázquez', 'Blanco', 'Herrero', 'Prieto'],
    places: [['Madrid', '28015', 'Madrid', 'Comunidad de Madrid', '91'], ['Madrid', '28039', 'Madrid', 'Comunidad de Madrid', '91'], ['Alcobendas', '28100', 'Madrid', 'Comunidad de Madrid', '91'], ['Getafe', '28901', 'Madrid', 'Comunidad de Madrid', '91'], ['Pozuelo de Alarcón', '28223', 'Madrid', 'Comunidad de Madrid', '91'], ['Majadahonda', '28220', 'Madrid', 'Comunidad de Madrid', '91'], ['Leganés', '28911', 'Madrid', 'Comunidad de Madrid', '91']],
    street: (r) => `${v.pick(r, ['Calle de Fuencarral', 'Calle de Bravo Murillo', 'Avenida de Europa', 'Calle Mayor', 'Paseo de la Castellana', 'Calle de Toledo'])}, ${v.int(r, 1, 180)}${r() < 0.6 ? `, ${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : ''}`,
    mobile: (r) => `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  co: { first: [['Andrés Felipe', 'María Camila'], ['Juan Sebastián', 'Valentina'], ['Carlos Mario', 'Laura Sofía'], ['Julián', 'Manuela'], ['Esteban', 'Daniela'], ['Mauricio', 'Ángela']],
    last: ['Restrepo', 'Gómez', 'Rodríguez', 'Ospina', 'Vargas', 'Castaño', 'Zapata', 'Muñoz', 'Jaramillo', 'Cardona', 'Quintero', 'Mejía'],
    places: [['Bogotá', '110221', 'Bogotá D.C.', 'Bogotá, D.C.', '11001'], ['Medellín', '050021', 'Antioquia', 'Antioquia', '05001'], ['Cali', '760042', 'Valle del Cauca', 'Valle del Cauca', '76001'], ['Barranquilla', '080020', 'Atlántico', 'Atlántico', '08001'], ['Bucaramanga', '680003', 'Santander', 'Santander', '68001'], ['Pereira', '660003', 'Risaralda', 'Risaralda', '66001'], ['Cartagena', '130001', 'Bolívar', 'Bolívar', '13001'], ['Envigado', '055422', 'Antioquia', 'Antioquia', '05266']],
    street: (r) => `${v.pick(r, ['Cra.', 'Calle', 'Cl.', 'Av. Cra.', 'Tv.', 'Dg.'])} ${v.int(r, 1, 140)}${v.pick(r, ['', '', 'A', 'B', 'Bis'])} # ${v.int(r, 1, 99)}-${v.int(r, 1, 99)}`,
    mobile: (r) => `3${v.pick(r, ['00', '01', '04', '10', '13', '15', '16', '20', '22', '50'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'] },
  br: { first: [['Rodrigo', 'Fernanda'], ['Gustavo', 'Patrícia'], ['Bruno', 'Aline'], ['Felipe', 'Renata'], ['Leonardo', 'Vanessa'], ['Marcelo', 'Tatiane']],
    last: ['Carvalho', 'Ribeiro', 'Almeida', 'Nascimento', 'Araújo', 'Barbosa', 'Cardoso', 'Teixeira', 'Mendes', 'Rocha', 'Martins', 'Moreira'],
    places: [['São Paulo', '04538-132', 'SP', 'Itaim Bibi', '11'], ['Campinas', '13025-320', 'SP', 'Cambuí', '19'], ['Rio de Janeiro', '22071-000', 'RJ', 'Copacabana', '21'], ['Belo Horizonte', '30140-071', 'MG', 'Funcionários', '31'], ['Curitiba', '80240-210', 'PR', 'Batel', '41'], ['Porto Alegre', '90570-020', 'RS', 'Moinhos de Vento', '51'], ['Salvador', '41820-020', 'BA', 'Caminho das Árvores', '71'], ['Recife', '51020-280', 'PE', 'Boa Viagem', '81'], ['Goiânia', '74230-010', 'GO', 'Setor Bueno', '62'], ['Florianópolis', '88015-200', 'SC', 'Centro', '48']],
    street: (r) => `${v.pick(r, ['Rua Joaquim Floriano', 'Av. Nossa Senhora de Copacabana', 'Rua Pernambuco', 'Rua Padre Anchieta', 'Rua Padre Chagas', 'Av. Tancredo Neves', 'Av. Boa Viagem', 'Rua T-37'])}`,
    mobile: (r, a) => `(${a}) 9${v.int(r, 6000, 9999)}-${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com', 'uol.com.br', 'bol.com.br'] },
  pt: { first: [['Tiago', 'Inês'], ['Rui', 'Sofia'], ['Nuno', 'Catarina'], ['Diogo', 'Joana'], ['Miguel', 'Rita'], ['André', 'Filipa']],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Lopes'],
    places: [['Porto', '4000-322', 'Porto', 'Porto', '22'], ['Porto', '4150-145', 'Porto', 'Porto', '22'], ['Vila Nova de Gaia', '4400-239', 'Porto', 'Porto', '22'], ['Matosinhos', '4450-208', 'Porto', 'Porto', '22'], ['Maia', '4470-157', 'Porto', 'Porto', '22'], ['Gondomar', '4420-086', 'Porto', 'Porto', '22'], ['Valongo', '4440-503', 'Porto', 'Porto', '22']],
    street: (r) => `${v.pick(r, ['Rua de Santa Catarina', 'Avenida da Boavista', 'Rua do Almada', 'Rua de Costa Cabral', 'Avenida da República', 'Rua Brito Capelo', 'Rua de Cedofeita'])}, ${v.int(r, 1, 1500)}${r() < 0.5 ? `, ${v.int(r, 1, 7)}º ${v.pick(r, ['Esq.', 'Dto.', 'Frt.', 'B'])}` : ''}`,
    mobile: (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'live.com.pt'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 173 + c.last.length * 29 + cc.charCodeAt(0) * 11 + cc.charCodeAt(1) * 3)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last), last2 = v.pick(r, d.last)
  const [city, zip, region, regionName, area] = v.pick(r, d.places)
  const fs = slug(first.split(/[ -]/)[0]), ls = slug(last)
  const p = { first, last, last2, female, city, zip, region, regionName, area, street: d.street(r), mobile: d.mobile(r, area),
    email: `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.full = `${first} ${last}`
  memo.set(k, p)
  return p
}
// Brazilian CPF / CNPJ with their check digits
const cpfDigits = (seed) => { const b = String(100000000 + (seed * 7919) % 899999999).split('').map(Number); const dv = (a) => { const s = a.reduce((t, x, i) => t + x * (a.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const d1 = dv(b); const d2 = dv([...b, d1]); return [...b, d1, d2].join('') }
const cpf = (seed) => cpfDigits(seed).replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4')
const cnpjDigits = (seed) => { const b = [...String(10000000 + (seed * 104729) % 89999999).split('').map(Number), 0, 0, 0, 1]; const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]; const w2 = [6, ...w1]; const dv = (a, w) => { const s = a.reduce((t, x, i) => t + x * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }; const d1 = dv(b, w1); const d2 = dv([...b, d1], w2); return [...b, d1, d2].join('') }
const cnpj = (seed) => cnpjDigits(seed).replace(/^(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})$/, '$1.$2.$3/$4-$5')

// Italian codice fiscale (check letter computed; comune code of the place of birth)
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfPart = (s, first) => { const u = slug(s).toUpperCase(); const cons = u.replace(/[AEIOU]/g, ''), voc = u.replace(/[^AEIOU]/g, ''); const cc = first && cons.length > 3 ? cons[0] + cons.slice(2, 4) : cons; return (cc + voc + 'XXX').slice(0, 3) }
const codiceFiscale = (p, birth, comune) => {
  const b = bd(birth)
  const base = `${cfPart(p.last, false)}${cfPart(p.first, true)}${pad(b.y % 100)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (p.female ? 40 : 0))}${comune}`
  const sum = [...base].reduce((t, ch, i) => { const k = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; return t + (i % 2 === 0 ? CF_ODD[k] : k) }, 0)
  return base + String.fromCharCode(65 + (sum % 26))
}
const COMUNI = ['A794', 'A794', 'F205', 'I628', 'D245', 'L400', 'A246']

// ---------------------------------------------------------------- catalogues, firms and statuses
// Purolator: a Saint-Hyacinthe maple-products shop shipping across Canada: [service, base cost]
const PURO_SVC = [['Purolator Sol', 14.85], ['Purolator Express', 24.6], ['Purolator Sol', 16.2], ['Purolator Express 10 h 30', 38.95], ['Purolator Sol', 13.4], ['Purolator Express', 27.1]]
const puroStatus = (o) => row(['Livré', 'Livré', 'En transit', 'Livré', 'Livré', 'Annulé', 'Livré', 'Exception de livraison'], n(o) % 8)
// Easytransac: a Nantes online cooking-class and kitchenware shop
const ET_DESC = ['Atelier cuisine – Pâtisserie du dimanche', 'Coffret couteaux japonais', 'Bon cadeau atelier 2 personnes', 'Cours en ligne – Pain au levain', 'Cocotte fonte 24 cm', 'Atelier cuisine – Menu de fêtes']
const ET_AMT = [59, 149.9, 118, 29, 89.9, 79]
const etAmt = (o) => row(ET_AMT, n(o) % 6) * (n(o) % 6 === 2 ? 1 : o.qty > 2 ? 2 : 1)
const etFee = (o) => Math.round((etAmt(o) * 0.014 + 0.25) * 100) / 100
const etStatus = (o) => row(['Réussie', 'Réussie', 'Réussie', 'Refusée', 'Réussie', 'Remboursée', 'Réussie', 'En attente'], n(o) % 8)
// Decidento: a Lyon IT-services firm prospecting manufacturers: [raison sociale, enseigne, NAF, libellé, forme, domaine, ville, CP, dépt, région, indicatif]
const FR_FIRMS = [['PLASTIVALOIRE INDUSTRIE', 'Plastivaloire', '22.29A', 'Fabrication de pièces techniques à base de matières plastiques', 'SAS', 'plastivaloire-ind.fr', 'Langeais', '37130', '37', 'Centre-Val de Loire', '02'], ['MECANIQUE GENERALE DU FOREZ', 'MGF', '25.62B', 'Mécanique industrielle', 'SARL', 'mgforez.fr', 'Andrézieux-Bouthéon', '42160', '42', 'Auvergne-Rhône-Alpes', '04'], ['ATELIERS BRETONS DE CHAUDRONNERIE', 'ABC Inox', '25.29Z', 'Fabrication d\'autres réservoirs, citernes et conteneurs métalliques', 'SAS', 'abc-inox.bzh', 'Loudéac', '22600', '22', 'Bretagne', '02'], ['SOCIETE NOUVELLE DES EMBALLAGES DU SUD-OUEST', 'SNESO', '17.21A', 'Fabrication de carton ondulé', 'SA', 'sneso.fr', 'Agen', '47000', '47', 'Nouvelle-Aquitaine', '05'], ['ALSACE ELECTRONIQUE SYSTEMES', 'AES', '26.12Z', 'Fabrication de cartes électroniques assemblées', 'SAS', 'aes-electronique.fr', 'Molsheim', '67120', '67', 'Grand Est', '03'], ['FROMAGERIE DES MONTS DU JURA', 'Fromagerie des Monts', '10.51C', 'Fabrication de fromage', 'SAS', 'montsdujura-fromages.fr', 'Pontarlier', '25300', '25', 'Bourgogne-Franche-Comté', '03']]
const frFirm = (c) => row(FR_FIRMS, +c.id % 6)
// WuBook / Zak: a Florence 3-star hotel near Santa Maria Novella
const WB_ROOMS = [['Doppia Standard', 1], ['Matrimoniale Superior', 1], ['Tripla', 1], ['Singola', 1], ['Doppia Standard', 2], ['Junior Suite', 1]]
const WB_CH = ['Booking.com', 'Diretta (booking engine)', 'Expedia', 'Booking.com', 'Airbnb', 'Telefono', 'Booking.com']
// guests who are not Italian: [nome, cognome, nazione, lingua, email domain, phone prefix]
const GUESTS = [['Lukas', 'Hoffmann', 'Germania', 'DE', 'web.de', '+49 151 '], ['Emily', 'Carter', 'Stati Uniti', 'EN', 'gmail.com', '+1 617 '], ['Camille', 'Roux', 'Francia', 'FR', 'orange.fr', '+33 6 '], ['Sophie', 'de Vries', 'Paesi Bassi', 'NL', 'ziggo.nl', '+31 6 '], ['Javier', 'Ortega', 'Spagna', 'ES', 'gmail.com', '+34 6'], ['Hannah', 'Brooks', 'Regno Unito', 'EN', 'outlook.com', '+44 7700 ']]
const wbGuest = (c) => (+c.id % 3 === 0 ? null : row(GUESTS, +c.id % 6))
const wbStatus = (o) => row(['Confermata', 'Confermata', 'Confermata', 'Cancellata', 'Confermata', 'Cancellata con penale', 'Confermata'], n(o) % 7)
const wbNights = (o) => 1 + (n(o) % 4)
const wbRate = (o) => row([135, 168, 189, 92, 135, 260], n(o) % 6)
// Effatta: a Bergamo heating and plumbing installer's documents: [descrizione, imponibile]
const IMP = [['Manutenzione annuale caldaia a condensazione', 120], ['Sostituzione caldaia Vaillant ecoTEC plus 25 kW', 2450], ['Installazione climatizzatore dual split 9000+12000 BTU', 2180], ['Riparazione perdita impianto idraulico bagno', 260], ['Analisi fumi e bollino blu', 95], ['Posa scaldabagno a pompa di calore 110 l', 1340]]
const IT_FIRMS = [['Condominio Le Betulle', '95012340165'], ['Immobiliare Orobica S.r.l.', '03451230163'], ['Trattoria Da Gigi di Gritti Luigi', '02987650168'], ['Studio Dentistico Dott. Pesenti', '03122450162']]
const effClient = (c) => (+c.id % 3 === 0 ? row(IT_FIRMS, +c.id % 4) : null)
const effSdi = (o) => row(['Consegnata', 'Consegnata', 'Accettata', 'Consegnata', 'Scartata', 'Mancata consegna', 'Consegnata'], n(o) % 7)
const effPaid = (o) => n(o) % 3 !== 1
// Envioclick Colombia: a Medellín sportswear shop's parcels: [transportadora, servicio]
const CO_CARRIERS = [['Coordinadora', 'Estándar'], ['Servientrega', 'Mercancía Premier'], ['Interrapidísimo', 'Mensajería'], ['TCC', 'Paquetería'], ['Envía', 'Estándar'], ['Deprisa', 'Día hábil siguiente']]
const CO_ITEMS = [['Leggings deportivos', 89900], ['Top deportivo', 64900], ['Conjunto deportivo x2', 159900], ['Chaqueta cortavientos', 179900], ['Sudadera jogger', 99900]]
const ecStatus = (o) => row(['Entregado', 'Entregado', 'En tránsito', 'Entregado', 'Recolectado', 'Entregado', 'Novedad', 'Cancelado'], n(o) % 8)
// DENUE: establishments in the Guadalajara metro area: [nom_estab, raz_social, codigo_act, nombre_act, per_ocu, dominio]
const DENUE = [['FERRETERIA Y TLAPALERIA EL GALLO', '', '467111', 'Comercio al por menor en ferreterías y tlapalerías', '0 a 5 personas', ''], ['CLINICA DENTAL SONRISAS DE OCCIDENTE', 'SONRISAS DE OCCIDENTE SC', '621211', 'Consultorios dentales del sector privado', '6 a 10 personas', 'sonrisasdeoccidente.mx'], ['TALLER MECANICO HERMANOS RAMIREZ', '', '811111', 'Reparación mecánica en general de automóviles y camiones', '0 a 5 personas', ''], ['PANIFICADORA LA TAPATIA', 'PANIFICADORA LA TAPATIA SA DE CV', '311812', 'Panificación tradicional', '11 a 30 personas', 'latapatia.com.mx'], ['SOFTTEK GUADALAJARA', 'SOFTTEK SERVICIOS Y TECNOLOGIA SA DE CV', '541510', 'Servicios de diseño de sistemas de cómputo y servicios relacionados', '251 y más personas', 'softtek.com'], ['ABARROTES DOÑA LUPE', '', '461110', 'Comercio al por menor en tiendas de abarrotes, ultramarinos y misceláneas', '0 a 5 personas', ''], ['DISTRIBUIDORA DE PLASTICOS DE JALISCO', 'DIPLAJAL SA DE CV', '434311', 'Comercio al por mayor de fibras, hilos y telas', '31 a 50 personas', 'diplajal.com']]
// [cve_mun, municipio, asentamientos [tipo, nombre, cp], vialidades]
const GDL = [['039', 'Guadalajara', [['COLONIA', 'AMERICANA', '44160'], ['COLONIA', 'LADRON DE GUEVARA', '44600'], ['COLONIA', 'CENTRO', '44100']]], ['120', 'Zapopan', [['COLONIA', 'CIUDAD GRANJA', '45010'], ['FRACCIONAMIENTO', 'PUERTA DE HIERRO', '45116'], ['COLONIA', 'JARDINES UNIVERSIDAD', '45110']]], ['098', 'San Pedro Tlaquepaque', [['BARRIO', 'SAN JUAN', '45500'], ['COLONIA', 'LAS HUERTAS', '45589']]], ['101', 'Tonalá', [['COLONIA', 'CENTRO', '45400']]]]
const VIAL = [['AVENIDA', 'CHAPULTEPEC'], ['CALLE', 'PEDRO MORENO'], ['AVENIDA', 'LOPEZ MATEOS NORTE'], ['CALLE', 'MORELOS'], ['AVENIDA', 'PATRIA'], ['CALLE', 'JUAREZ'], ['CALZADA', 'INDEPENDENCIA SUR'], ['CALLE', 'HIDALGO']]
const den = (c) => row(DENUE, +c.id % 7)
const gdl = (c) => row(GDL, (+c.id >> 2) % 4)
const asent = (c) => row(gdl(c)[2], +c.id % 3)
// Clinic Cloud: a Madrid physiotherapy clinic
const CC_SOURCE = ['Google', 'Recomendación de otro paciente', 'Doctoralia', 'Mutua / aseguradora', 'Instagram', 'Pasaba por la puerta']
const CC_INS = ['Privado', 'Privado', 'Sanitas', 'Adeslas', 'Mapfre', 'DKV', 'Asisa']
// Uappi: a São Paulo coffee roaster's online shop: [SKU, produto, variação, preço]
const CAFE = [['CF-BOU-250G', 'Café Especial Bourbon Amarelo 250g', 'Moagem: Grão', 54.9], ['CF-CAT-500G', 'Café Catuaí Vermelho 500g', 'Moagem: Média', 89.9], ['KIT-DEG-3', 'Kit Degustação 3 Cafés', 'Moagem: Fina (espresso)', 129.0], ['ACS-V60-02', 'Coador Hario V60 02', '', 119.9], ['CF-GEI-250G', 'Café Geisha Microlote 250g', 'Moagem: Grão', 98.0], ['CF-DRIP-10', 'Drip Coffee 10 sachês', '', 39.9]]
const uaStatus = (o) => row(['Entregue', 'Entregue', 'Enviado', 'Pagamento aprovado', 'Entregue', 'Cancelado', 'Aguardando pagamento', 'Entregue'], n(o) % 8)
const uaPay = (o) => row(['Pix', 'Cartão de crédito', 'Cartão de crédito', 'Boleto', 'Pix', 'Cartão de crédito'], n(o) % 6)
const uaShip = (o) => row([['Correios PAC', 14.9], ['Correios SEDEX', 27.5], ['Jadlog .Package', 18.4], ['Loggi', 12.9], ['Frete grátis', 0]], n(o) % 5)
// CNPJá: a Curitiba packaging distributor's prospect list of food firms: [razão social, fantasia, CNAE, descrição, porte, natureza, cidade, UF, CEP, bairro, DDD]
const BR_FIRMS = [['LATICINIOS SERRA AZUL LTDA', 'Serra Azul Laticínios', '10.52-0-00', 'Fabricação de laticínios', 'Demais', '206-2 - Sociedade Empresária Limitada', 'Castro', 'PR', '84165-000', 'Distrito Industrial', '42'], ['PANIFICADORA PAO DOURADO LTDA', 'Pão Dourado', '10.91-1-02', 'Fabricação de produtos de padaria e confeitaria com predominância de produção própria', 'Empresa de Pequeno Porte', '206-2 - Sociedade Empresária Limitada', 'Curitiba', 'PR', '80620-010', 'Água Verde', '41'], ['CAFE TORREFACAO SUL MINAS EIRELI', 'Café Sul Minas', '10.81-3-02', 'Torrefação e moagem de café', 'Microempresa', '230-5 - Empresa Individual de Responsabilidade Limitada', 'Varginha', 'MG', '37062-480', 'Centro', '35'], ['DOCES FINOS CATARINENSE S.A.', 'Doces Catarinense', '10.93-7-01', 'Fabricação de produtos derivados do cacau e de chocolates', 'Demais', '205-4 - Sociedade Anônima Fechada', 'Blumenau', 'SC', '89032-000', 'Itoupava Norte', '47'], ['FRIGORIFICO VALE DO IGUACU LTDA', 'Frigovale', '10.12-1-01', 'Abate de aves', 'Demais', '206-2 - Sociedade Empresária Limitada', 'União da Vitória', 'PR', '84600-000', 'São Basílio Magno', '42'], ['MASSAS ARTESANAIS NONNA ROSA LTDA', 'Nonna Rosa', '10.94-5-00', 'Fabricação de massas alimentícias', 'Microempresa', '206-2 - Sociedade Empresária Limitada', 'Caxias do Sul', 'RS', '95020-472', 'São Pelegrino', '54']]
const brFirm = (c) => row(BR_FIRMS, +c.id % 6)
// Buk: a Porto hair and nails salon
const BUK_SVC = ['Corte + brushing', 'Manicure gel', 'Coloração raiz', 'Corte homem', 'Madeixas', 'Pedicure spa']

export const SETS = [
  // ---------------------------------------------------------------- Québec: courier shipment history (E)
  { name: 'purolator-eship-historique-expeditions-fr', product: 'Purolator E-Ship Online (Purolator Inc.; Expédition > Historique des expéditions > Exporter (CSV), one row per shipment, French UI, a Saint-Hyacinthe maple-products shop shipping web orders across Canada)', family: 'shipments', language: 'fr', schema: E, cols: [
    ['NIP', (c, o, r) => `${v.int(r, 3290, 3359)}${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber']],
    ["Date d'expédition", (c, o) => ymd(qc(inHours(o.at, -5))), ['timestamp', 'commerce.shipping.shipDate']],
    ['Statut', (c, o) => puroStatus(o), []],
    ['Service', (c, o) => row(PURO_SVC, n(o) % 6)[0], ['commerce.shipping.shippingMethod']],
    ['Référence 1', (c, o) => `#${3000 + (n(o) % 7000)}`, [OR('purchaseID')], opt],
    ['Référence 2', (c, o) => (n(o) % 4 === 0 ? 'Boutique Shopify' : ''), []],
    ['Nom du destinataire', (c) => loc(c, 'qc').full, []],
    ['Entreprise du destinataire', (c, o) => (n(o) % 7 === 0 ? row(['Fromagerie du Village', 'Cabinet Lavoie CPA', 'Épicerie fine Le Marché'], +c.id % 3) : ''), []],
    ['Adresse 1 du destinataire', (c) => loc(c, 'qc').street, [SHIP('street1')]],
    ['Adresse 2 du destinataire', (c, o) => (n(o) % 3 === 0 ? `app. ${v.int(v.rng(+c.id), 1, 40)}` : ''), [SHIP('street2')]],
    ['Ville du destinataire', (c) => loc(c, 'qc').city, [SHIP('city')]],
    ['Province du destinataire', (c) => loc(c, 'qc').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Code postal du destinataire', (c) => loc(c, 'qc').zip, [SHIP('postalCode')]],
    ['Pays du destinataire', () => 'CA', [SHIP('countryCode')]],
    ['Téléphone du destinataire', (c) => loc(c, 'qc').mobile, PHONE_ID, opt],
    ['Courriel du destinataire', (c, o) => (n(o) % 5 === 0 ? '' : loc(c, 'qc').email), EMAIL_ID, opt],
    ['Nombre de pièces', (c, o) => String(o.qty > 3 ? 2 : 1), []],
    ['Poids total', (c, o) => String(2 + o.qty * 2), []],
    ['Unité de poids', () => 'lb', []],
    ['Type de colis', (c, o) => (n(o) % 9 === 0 ? 'Enveloppe' : 'Colis'), []],
    ['Valeur déclarée', (c, o) => (n(o) % 3 === 0 ? dec(o.subtotal * 1.4, '.') : '0.00'), []],
    ['Coût estimé', (c, o) => dec(row(PURO_SVC, n(o) % 6)[1] + o.qty * 1.35, '.'), ['commerce.shipping.shippingAmount'], opt],
    ['Devise', () => 'CAD', ['commerce.shipping.currencyCode'], opt],
    ['Date de livraison', (c, o) => (puroStatus(o) === 'Livré' ? ymd(qc(inHours(o.at, -5) + (1 + n(o) % 4) * day)) : ''), [], opt],
    ['Signé par', (c, o) => (puroStatus(o) === 'Livré' ? (n(o) % 3 === 0 ? 'LAISSÉ À LA PORTE' : loc(c, 'qc').last.toUpperCase()) : ''), []],
    ['Instructions spéciales', (c, o, r) => v.pick(r, ['', '', '', 'Laisser chez le voisin', 'Sonner au 2e']), []],
    ['Numéro de compte', () => '5412387', []],
  ] },
  // ---------------------------------------------------------------- France: payment gateway transactions (E)
  { name: 'easytransac-transactions-export-fr', product: 'Easytransac (French payment gateway; Espace commerçant > Transactions > Exporter (CSV), one row per transaction, French UI, a Nantes cooking-school and kitchenware web shop)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Tid', (c, o, r) => v.alnum(r, 10).toLowerCase(), ['_id', OR('payments[0].transactionID')]],
    ['Date', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Statut', (c, o) => etStatus(o), []],
    ['Type', (c, o) => (etStatus(o) === 'Remboursée' ? 'Remboursement' : 'Paiement'), [], opt],
    ['Id commande', (c, o) => `CMD-${pad(n(o) % 100000, 6)}`, [OR('purchaseID')]],
    ['Description', (c, o) => row(ET_DESC, n(o) % 6), [PL('name')], opt],
    ['Montant', (c, o) => dec(etAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Frais', (c, o) => (etStatus(o) === 'Refusée' ? '0,00' : dec(etFee(o))), []],
    ['Montant net', (c, o) => (etStatus(o) === 'Refusée' ? '0,00' : dec(etAmt(o) - etFee(o))), [], opt],
    ['Moyen de paiement', (c, o) => row(['Carte bancaire', 'Carte bancaire', 'Apple Pay', 'Carte bancaire', 'Virement instantané', 'Carte bancaire'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Type de carte', (c, o) => (n(o) % 6 === 4 ? '' : row(['CB', 'VISA', 'MASTERCARD', 'CB', '', 'AMEX'], n(o) % 6)), [], opt],
    ['Carte', (c, o, r) => (n(o) % 6 === 4 ? '' : `${row(['497', '453', '535', '497', '', '377'], n(o) % 6)}***${pad(v.int(r, 0, 9999), 4)}`), []],
    ['Pays de la carte', (c, o) => (n(o) % 6 === 4 ? '' : n(o) % 11 === 0 ? 'BE' : 'FR'), []],
    ['3DSecure', (c, o) => (n(o) % 6 === 4 ? '' : n(o) % 5 === 0 ? 'Non' : 'Oui'), []],
    ['Paiement multiple', (c, o) => (n(o) % 6 === 1 && o.qty > 1 ? '3 fois' : 'Non'), []],
    ["Code d'autorisation", (c, o, r) => (etStatus(o) === 'Refusée' ? '' : String(v.int(r, 100000, 999999))), []],
    ['Message', (c, o) => (etStatus(o) === 'Refusée' ? row(['Fonds insuffisants', 'Authentification 3DS échouée', 'Carte expirée'], n(o) % 3) : ''), []],
    ['Uid client', (c) => `${slug(loc(c, 'fr').last).slice(0, 3)}${pad(+c.id % 100000, 5)}`, CUST_ID, opt],
    ['Prénom', (c) => loc(c, 'fr').first, []],
    ['Nom', (c) => loc(c, 'fr').last, []],
    ['Email', (c) => loc(c, 'fr').email, EMAIL_ID],
    ['Téléphone', (c, o) => (n(o) % 4 === 0 ? '' : loc(c, 'fr').mobile), PHONE_ID, opt],
    ['Adresse', (c) => loc(c, 'fr').street, [BILL('street1')]],
    ['Code postal', (c) => loc(c, 'fr').zip, [BILL('postalCode')]],
    ['Ville', (c) => loc(c, 'fr').city, [BILL('city')]],
    ['Pays', () => 'FRA', [BILL('countryCode')], opt],
    ['IP client', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- France: B2B database contact list (B)
  { name: 'decidento-export-contacts-fr', product: 'Decidento (French B2B prospect database; Recherche > Mes listes > Exporter (Excel), one row per decision-maker with their firm, French UI, a Lyon industrial-IT integrator prospecting manufacturers)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['ID contact', (c) => `C${pad(+c.id * 13 % 10000000, 7)}`, B2BID],
    ['Raison sociale', (c) => frFirm(c)[0], CO],
    ['Enseigne', (c) => frFirm(c)[1], CO, opt],
    ['SIREN', (c) => String(300000000 + (+c.id * 9973) % 600000000).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'), []],
    ['SIRET du siège', (c) => `${300000000 + (+c.id * 9973) % 600000000}000${pad(+c.id % 90 + 10)}`, []],
    ['Code NAF', (c) => frFirm(c)[2], []],
    ['Libellé NAF', (c) => frFirm(c)[3], []],
    ['Forme juridique', (c) => frFirm(c)[4], []],
    ['Adresse', (c, o) => `${1 + (n(o) % 60)} ${row(['ZI des Grandes Terres', 'rue de l\'Industrie', 'avenue du Général de Gaulle', 'ZA Les Noës', 'route de Lyon'], n(o) % 5)}`, [W('street1')]],
    ['Code postal', (c) => frFirm(c)[7], [W('postalCode')]],
    ['Ville', (c) => frFirm(c)[6].toUpperCase(), [W('city')]],
    ['Département', (c) => frFirm(c)[8], STATE(['workAddress']), opt],
    ['Région', (c) => frFirm(c)[9], [W('region')], opt],
    ['Téléphone standard', (c, o, r) => `${frFirm(c)[10]} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['workPhone.number'], opt],
    ['Site web', (c) => `www.${frFirm(c)[5]}`, ['b2b.companyWebsite']],
    ['Tranche effectif', (c) => row(['50 à 99 salariés', '20 à 49 salariés', '100 à 199 salariés', '250 à 499 salariés', '50 à 99 salariés', '20 à 49 salariés'], +c.id % 6), []],
    ["Chiffre d'affaires (K€)", (c) => group(2500 + (+c.id * 37) % 90000, ' '), []],
    ['Date de création', (c) => dmy({ y: 1962 + (+c.id % 55), m: 1 + (+c.id % 12), d: 1 + (+c.id % 28) }, '/'), []],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'fr').first, ['person.name.firstName']],
    ['Nom', (c) => loc(c, 'fr').last.toUpperCase(), ['person.name.lastName']],
    ['Fonction', (c, o) => row(['Directeur industriel', 'Responsable maintenance', 'DSI', 'Directeur de site', 'Responsable méthodes', 'Président'], n(o) % 6), ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o) => row(['Production', 'Maintenance', 'Informatique', 'Direction générale', 'Méthodes / Industrialisation', 'Direction générale'], n(o) % 6), ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => `${slug(loc(c, 'fr').first.split('-')[0])}.${slug(loc(c, 'fr').last)}@${frFirm(c)[5]}`, ['workEmail.address']],
    ['Fiabilité email', (c, o) => row(['Vérifié', 'Vérifié', 'Probable', 'Vérifié', 'Catch-all'], n(o) % 5), [], opt],
    ['Ligne directe', (c, o, r) => (n(o) % 3 === 0 ? `${frFirm(c)[10]} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` : ''), ['workPhone.number']],
    ['Mobile', (c, o) => (n(o) % 4 === 1 ? loc(c, 'fr').mobile : ''), ['mobilePhone.number']],
    ['LinkedIn', (c, o, r) => (r() < 0.6 ? `https://www.linkedin.com/in/${slug(loc(c, 'fr').first)}-${slug(loc(c, 'fr').last)}-${v.hex(r, 6)}` : ''), []],
    ['Date de mise à jour', (c) => dmy(bd(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Italy: hotel PMS reservations (E)
  { name: 'wubook-zak-prenotazioni-export-it', product: 'WuBook Zak (WuBook PMS; Prenotazioni > Cerca > Esporta (CSV), one row per reservation, Italian UI, a three-star hotel near Santa Maria Novella in Florence)', family: 'booking', language: 'it', schema: E, cols: [
    ['Codice', (c, o) => { const g = wbGuest(c); const f = g ? g[0] : loc(c, 'it').first, l = g ? g[1] : loc(c, 'it').last; return `${f[0]}${l.replace(/^de /, '')[0]}${pad(n(o) % 10000, 4)}`.toUpperCase() }, ['_id', OR('purchaseID')]],
    ['Data creazione', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Cliente', (c) => { const g = wbGuest(c); return g ? `${g[1]} ${g[0]}` : `${loc(c, 'it').last} ${loc(c, 'it').first}` }, []],
    ['Email', (c, o) => { const g = wbGuest(c); if (n(o) % 4 === 1) return `${slug(g ? g[1] : loc(c, 'it').last).slice(0, 6)}.${pad(n(o) % 1000, 3)}${v.hex(v.rng(n(o)), 6)}@guest.booking.com`; return g ? `${slug(g[0])}.${slug(g[1])}@${g[4]}` : loc(c, 'it').email }, EMAIL_ID, opt],
    ['Telefono', (c, o) => { const g = wbGuest(c); return g ? `${g[5]}${pad(+c.id % 10000000, 7)}` : `+39 ${loc(c, 'it').mobile}` }, PHONE_ID, opt],
    ['Nazione', (c) => (wbGuest(c) ? wbGuest(c)[2] : 'Italia'), [], opt],
    ['Lingua', (c) => (wbGuest(c) ? wbGuest(c)[3] : 'IT'), []],
    ['Arrivo', (c, o) => dmy(cet(o.at + (5 + n(o) % 60) * day), '/'), [], opt],
    ['Partenza', (c, o) => dmy(cet(o.at + (5 + n(o) % 60 + wbNights(o)) * day), '/'), [], opt],
    ['Notti', (c, o) => String(wbNights(o)), []],
    ['Camere', (c, o) => String(row(WB_ROOMS, n(o) % 6)[1]), [PL('quantity')], opt],
    ['Tipologia', (c, o) => row(WB_ROOMS, n(o) % 6)[0], [PL('name')]],
    ['Tariffa', (c, o) => row(['Standard', 'Non rimborsabile', 'Standard', 'Early booking', 'Standard'], n(o) % 5), [], opt],
    ['Trattamento', (c, o) => (n(o) % 5 === 2 ? 'Solo pernottamento' : 'Pernottamento e colazione'), []],
    ['Adulti', (c, o) => String(row([2, 2, 3, 1, 4, 2], n(o) % 6)), []],
    ['Bambini', (c, o) => String(n(o) % 6 === 2 ? 1 : 0), []],
    ['Stato', (c, o) => wbStatus(o), []],
    ['Canale', (c, o) => row(WB_CH, n(o) % 7), [], opt],
    ['Fonte', (c, o) => (row(WB_CH, n(o) % 7).startsWith('Diretta') ? row(['Google Hotel Ads', 'Trivago', 'Sito web'], n(o) % 3) : ''), [], opt],
    ['ID canale', (c, o, r) => (row(WB_CH, n(o) % 7).startsWith('Booking') ? String(v.int(r, 2000000000, 4999999999)) : row(WB_CH, n(o) % 7) === 'Expedia' ? String(v.int(r, 10000000, 99999999)) : ''), [], opt],
    ['Sconto', (c, o) => (n(o) % 5 === 3 ? 'Early booking -10%' : ''), ['commerce.promotionID'], opt],
    ['Totale', (c, o) => dec(wbRate(o) * wbNights(o) * row(WB_ROOMS, n(o) % 6)[1] * (n(o) % 5 === 3 ? 0.9 : 1)), [OR('priceTotal')]],
    ['Pagato', (c, o) => (row(['Non rimborsabile', 'Standard'], n(o) % 5 === 1 ? 0 : 1) === 'Non rimborsabile' ? dec(wbRate(o) * wbNights(o) * row(WB_ROOMS, n(o) % 6)[1]) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Tassa di soggiorno', (c, o) => dec(5.5 * row([2, 2, 3, 1, 4, 2], n(o) % 6) * Math.min(wbNights(o), 7)), [], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Letta', (c, o) => (n(o) % 9 === 0 ? 'No' : 'Sì'), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Arrivo previsto dopo le 22', 'Culla richiesta', 'Anniversario di matrimonio']), []],
  ] },
  // ---------------------------------------------------------------- Italy: invoicing program's document list (E)
  { name: 'effatta-elenco-documenti-it', product: 'Effatta (Italian invoicing and e-invoicing program; Documenti > Elenco documenti > Esporta in Excel, one row per document, Italian UI, a Bergamo heating and plumbing installer)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo documento', (c, o) => (n(o) % 13 === 0 ? 'Nota di credito' : 'Fattura'), []],
    ['Numero', (c, o) => `${1 + (n(o) % 480)}/${bd(o.at).y}`, [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmy(cet(o.at), '/'), ['timestamp', OR('createdDate')]],
    ['Cliente', (c) => (effClient(c) ? effClient(c)[0] : `${loc(c, 'it').last} ${loc(c, 'it').first}`), []],
    ['Partita IVA', (c) => (effClient(c) && !effClient(c)[0].startsWith('Condominio') ? effClient(c)[1] : ''), []],
    ['Codice fiscale', (c) => (effClient(c) ? effClient(c)[1] : codiceFiscale(loc(c, 'it'), c.birth, row(COMUNI, +c.id % 7))), []],
    ['Indirizzo', (c) => loc(c, 'it').street, [BILL('street1')]],
    ['CAP', (c) => loc(c, 'it').zip, [BILL('postalCode')]],
    ['Comune', (c) => loc(c, 'it').city, [BILL('city')]],
    ['Provincia', (c) => loc(c, 'it').region, [BILL('stateProvince'), BILL('state')]],
    ['Nazione', () => 'IT', [BILL('countryCode')]],
    ['Email', (c, o) => (effClient(c) ? `amministrazione@${slug(effClient(c)[0]).slice(0, 12)}.it` : n(o) % 4 === 0 ? '' : loc(c, 'it').email), EMAIL_ID, opt],
    ['PEC', (c) => (effClient(c) ? `${slug(effClient(c)[0]).slice(0, 12)}@pec.it` : ''), []],
    ['Codice destinatario', (c) => (effClient(c) ? row(['M5UXCR1', 'KRRH6B9', 'USAL8PV', 'T9K4ZHO'], +c.id % 4) : '0000000'), []],
    ['Descrizione', (c, o) => row(IMP, n(o) % 6)[0], [PL('name')], opt],
    ['Imponibile', (c, o) => dec(row(IMP, n(o) % 6)[1]), [], opt],
    ['Aliquota IVA', (c) => (effClient(c) && !effClient(c)[0].startsWith('Condominio') ? '22%' : '10%'), []],
    ['IVA', (c, o) => dec(row(IMP, n(o) % 6)[1] * (effClient(c) && !effClient(c)[0].startsWith('Condominio') ? 0.22 : 0.1)), [OR('taxAmount')]],
    ['Totale documento', (c, o) => dec(row(IMP, n(o) % 6)[1] * (effClient(c) && !effClient(c)[0].startsWith('Condominio') ? 1.22 : 1.1)), [OR('priceTotal')]],
    ['Ritenuta', (c, o) => (effClient(c) && effClient(c)[0].startsWith('Condominio') ? dec(row(IMP, n(o) % 6)[1] * 0.04) : '0,00'), []],
    ['Netto a pagare', (c, o) => dec(row(IMP, n(o) % 6)[1] * (effClient(c) && !effClient(c)[0].startsWith('Condominio') ? 1.22 : effClient(c) ? 1.06 : 1.1)), [OR('payments[0].paymentAmount')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Metodo di pagamento', (c, o) => (effClient(c) ? 'Bonifico bancario' : row(['Bonifico bancario', 'Contanti', 'Bancomat', 'Carta di credito', 'Bonifico bancario'], n(o) % 5)), [OR('payments[0].paymentType')]],
    ['Scadenza', (c, o) => dmy(cet(o.at + (effClient(c) ? 30 : 0) * day), '/'), [], opt],
    ['Stato pagamento', (c, o) => (effPaid(o) ? 'Pagato' : 'Da pagare'), []],
    ['Stato SdI', (c, o) => effSdi(o), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Intervento del 12 c.m.', 'Rif. preventivo n. 58']), []],
  ] },
  // ---------------------------------------------------------------- Italy: pharmacy loyalty-card holders (P)
  { name: 'wingesfar-tessere-fidelity-it', product: 'Wingesfar (CGM pharmacy management program; Fidelity > Anagrafica clienti fidelity > Esporta (Excel), one row per card holder, Italian UI, a pharmacy in Bergamo)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice cliente', (c) => String(10000 + +c.id % 90000), ['_id', 'personID']],
    ['Numero tessera', (c) => `2900${pad(+c.id * 37 % 100000000, 8)}`, CARD],
    ['Cognome', (c) => loc(c, 'it').last.toUpperCase(), ['person.name.lastName']],
    ['Nome', (c) => loc(c, 'it').first.toUpperCase(), ['person.name.firstName']],
    ['Sesso', (c) => (loc(c, 'it').female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Codice fiscale', (c) => codiceFiscale(loc(c, 'it'), c.birth, row(COMUNI, +c.id % 7)), ['person.taxId']],
    ['Indirizzo', (c) => loc(c, 'it').street.toUpperCase(), at(HOME, 'street1')],
    ['CAP', (c) => loc(c, 'it').zip, at(HOME, 'postalCode')],
    ['Comune', (c) => loc(c, 'it').city.toUpperCase(), at(HOME, 'city')],
    ['Provincia', (c) => loc(c, 'it').region, STATE(HOME)],
    ['Telefono', (c, o, r) => (n(o) % 3 === 0 ? `${loc(c, 'it').area} ${v.int(r, 200000, 999999)}` : ''), ['homePhone.number']],
    ['Cellulare', (c, o) => (n(o) % 7 === 0 ? '' : loc(c, 'it').mobile), ['mobilePhone.number']],
    ['E-mail', (c, o) => (n(o) % 3 === 1 ? '' : loc(c, 'it').email), ['personalEmail.address']],
    ['Data emissione', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate']],
    ['Tipo tessera', (c, o) => (bd(c.birth).y <= 1959 ? 'Over 65' : row(['Standard', 'Standard', 'Gold', 'Mamma & Bimbo', 'Standard', 'Gold'], n(o) % 6)), ['loyalty.tier'], opt],
    ['Stato', (c, o) => (n(o) % 15 === 0 ? 'Bloccata' : 'Attiva'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Saldo punti', (c, o) => String((n(o) * 13) % 820), ['loyalty.points']],
    ['Punti utilizzati', (c, o) => String(((n(o) * 7) % 6) * 100), ['loyalty.pointsRedeemed'], opt],
    ['Totale acquisti', (c, o) => dec(180 + (n(o) * 31) % 2400), ['loyalty.lifetimePurchases'], opt],
    ['Data ultimo acquisto', (c) => dmy(cet(later(c)), '/'), [], opt],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Sì'), []],
    ['Consenso dossier farmaceutico', (c, o) => (n(o) % 4 === 0 ? 'Sì' : 'No'), []],
    ['Esenzione', (c, o) => row(['', '', '', 'E01', '048', '', 'E04'], n(o) % 7), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Allergia penicillina', 'Ritira per la madre']), []],
  ] },
]
