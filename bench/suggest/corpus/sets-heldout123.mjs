// Round 57, heldout123: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French (Québec, France), Italian, Spanish (Colombia, Mexico, Spain) and
// Portuguese (Brazil, Portugal) exports in the product's UI language: a Canadian courier's shipment history, a French
// payment gateway's transactions and a French B2B database's contact list (fr); a holiday-rental PMS's reservations, an
// invoicing program's document list and a pharmacy management program's loyalty-card holders (it); a shipping
// aggregator's shipments, the Mexican national business directory and a clinic program's patients (es); an e-commerce
// platform's orders, a Brazilian company-registry service's firm list and a salon booking platform's clients (pt).
// Easytransac's columns follow its public SDK's field names, DENUE's the published download layout (seen in public code);
// the rest are written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group } from './values.mjs'
import { slug } from './values.mjs'

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
// office hours (09-20 local) for things keyed in at a desk
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + ((9 + (H % 12)) - H) * 3600000 }

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
// Krossbooking: a Venice property manager's holiday apartments: [struttura, alloggio, prezzo/notte, pulizie]
const KB_APT = [['Ca\' Dorina', 'Appartamento Canal View', 165, 70], ['Ca\' Dorina', 'Monolocale Corte', 98, 50], ['Residenza San Polo', 'Bilocale Rialto', 140, 60], ['Residenza San Polo', 'Trilocale Frari', 210, 80], ['Casa Zattere', 'Attico Giudecca', 260, 90], ['Casa Zattere', 'Bilocale Zattere', 130, 60]]
const KB_CH = ['Booking.com', 'Airbnb', 'Diretta', 'Booking.com', 'Airbnb', 'Vrbo', 'Diretta (sito)']
const kbNights = (o) => 2 + (n(o) % 5)
const kbRent = (o) => row(KB_APT, n(o) % 6)[2] * kbNights(o)
const kbStatus = (o) => row(['Confermata', 'Check-out effettuato', 'Confermata', 'Cancellata', 'Check-out effettuato', 'Confermata', 'Opzione'], n(o) % 7)
// holiday guests who are not Italian: [nome, cognome, nazione, lingua, email domain, phone prefix]
const GUESTS = [['Lukas', 'Hoffmann', 'Germania', 'DE', 'web.de', '+49 151 '], ['Emily', 'Carter', 'Stati Uniti', 'EN', 'gmail.com', '+1 617 '], ['Camille', 'Roux', 'Francia', 'FR', 'orange.fr', '+33 6 1'], ['Sophie', 'de Vries', 'Paesi Bassi', 'NL', 'ziggo.nl', '+31 6 2'], ['Javier', 'Ortega', 'Spagna', 'ES', 'gmail.com', '+34 61'], ['Hannah', 'Brooks', 'Regno Unito', 'EN', 'outlook.com', '+44 770 ']]
const guest = (c) => (+c.id % 3 === 0 ? null : row(GUESTS, +c.id % 6))
// Effatta: a Bergamo heating and plumbing installer's documents: [descrizione, imponibile]
const IMP = [['Manutenzione annuale caldaia a condensazione', 120], ['Sostituzione caldaia Vaillant ecoTEC plus 25 kW', 2450], ['Installazione climatizzatore dual split 9000+12000 BTU', 2180], ['Riparazione perdita impianto idraulico bagno', 260], ['Analisi fumi e bollino blu', 95], ['Posa scaldabagno a pompa di calore 110 l', 1340]]
const IT_FIRMS = [['Condominio Le Betulle', '95012340165'], ['Immobiliare Orobica S.r.l.', '03451230163'], ['Trattoria Da Gigi di Gritti Luigi', '02987650168'], ['Studio Dentistico Dott. Pesenti', '03122450162']]
const effClient = (c) => (+c.id % 3 === 0 ? row(IT_FIRMS, +c.id % 4) : null)
const effSdi = (o) => row(['Consegnata', 'Consegnata', 'Accettata', 'Consegnata', 'Scartata', 'Mancata consegna', 'Consegnata'], n(o) % 7)
const effPaid = (o) => n(o) % 3 !== 1
// Envioclick Colombia: a Medellín sportswear shop's parcels: [transportadora, servicio]
const CO_CARRIERS = [['Coordinadora', 'Estándar'], ['Servientrega', 'Mercancía Premier'], ['Interrapidísimo', 'Mensajería'], ['TCC', 'Paquetería'], ['Envía', 'Estándar'], ['Deprisa', 'Día hábil siguiente']]
const CO_ITEMS = [['Leggings deportivos', 89900], ['Top deportivo', 64900], ['Conjunto deportivo x2', 159900], ['Chaqueta cortavientos', 179900], ['Sudadera jogger', 99900]]
const CO_BARRIO = { Bogotá: ['Chapinero', 'Cedritos', 'Modelia'], Medellín: ['El Poblado', 'Laureles', 'Belén'], Cali: ['San Fernando', 'Ciudad Jardín'], Barranquilla: ['El Prado', 'Riomar'], Bucaramanga: ['Cabecera del Llano', 'Sotomayor'], Pereira: ['Álamos', 'Pinares'], Cartagena: ['Bocagrande', 'Manga'], Envigado: ['Zúñiga', 'La Magnolia'] }
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
  // ---------------------------------------------------------------- Italy: holiday-rental PMS reservations (E)
  { name: 'krossbooking-elenco-prenotazioni-it', product: 'Krossbooking (Italian PMS and channel manager; Prenotazioni > Elenco prenotazioni > Esporta (Excel), one row per reservation, Italian UI, a Venice property manager running holiday apartments)', family: 'booking', language: 'it', schema: E, cols: [
    ['N. prenotazione', (c, o) => String(40000 + (n(o) * 13) % 60000), ['_id', OR('purchaseID')]],
    ['Data inserimento', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Canale', (c, o) => row(KB_CH, n(o) % 7), [], opt],
    ['Codice canale', (c, o, r) => (row(KB_CH, n(o) % 7) === 'Booking.com' ? String(v.int(r, 2000000000, 4999999999)) : row(KB_CH, n(o) % 7) === 'Airbnb' ? `HM${v.alnum(r, 8).toUpperCase()}` : ''), [], opt],
    ['Stato', (c, o) => kbStatus(o), []],
    ['Struttura', (c, o) => row(KB_APT, n(o) % 6)[0], []],
    ['Alloggio', (c, o) => row(KB_APT, n(o) % 6)[1], [PL('name')]],
    ['Check-in', (c, o) => dmy(cet(o.at + (10 + n(o) % 90) * day), '/'), [], opt],
    ['Check-out', (c, o) => dmy(cet(o.at + (10 + n(o) % 90 + kbNights(o)) * day), '/'), [], opt],
    ['Notti', (c, o) => String(kbNights(o)), []],
    ['Ospiti', (c, o) => String(2 + (n(o) % 3)), []],
    ['Nome', (c) => (guest(c) ? guest(c)[0] : loc(c, 'it').first), []],
    ['Cognome', (c) => (guest(c) ? guest(c)[1] : loc(c, 'it').last), []],
    ['Email', (c, o) => { const g = guest(c); if (row(KB_CH, n(o) % 7) === 'Airbnb') return ''; return g ? `${slug(g[0])}.${slug(g[1])}@${g[4]}` : loc(c, 'it').email }, EMAIL_ID, opt],
    ['Telefono', (c) => { const g = guest(c); return g ? `${g[5]}${pad(+c.id % 10000000, 7)}` : `+39 ${loc(c, 'it').mobile}` }, PHONE_ID, opt],
    ['Nazionalità', (c) => (guest(c) ? guest(c)[2] : 'Italia'), []],
    ['Lingua', (c) => (guest(c) ? guest(c)[3].toLowerCase() : 'it'), []],
    ['Prezzo alloggio', (c, o) => dec(kbRent(o)), [PL('priceTotal')], opt],
    ['Pulizie', (c, o) => dec(row(KB_APT, n(o) % 6)[3]), []],
    ['Tassa di soggiorno', (c, o) => dec(4 * (2 + (n(o) % 3)) * Math.min(kbNights(o), 5)), [], opt],
    ['Commissione canale', (c, o) => (row(KB_CH, n(o) % 7).startsWith('Diretta') ? '0,00' : dec(kbRent(o) * (row(KB_CH, n(o) % 7) === 'Airbnb' ? 0.03 : 0.18))), []],
    ['Totale', (c, o) => dec(kbRent(o) + row(KB_APT, n(o) % 6)[3]), [OR('priceTotal')]],
    ['Pagato', (c, o) => (kbStatus(o) === 'Check-out effettuato' || row(KB_CH, n(o) % 7) === 'Airbnb' ? dec(kbRent(o) + row(KB_APT, n(o) % 6)[3]) : n(o) % 2 ? dec((kbRent(o) + row(KB_APT, n(o) % 6)[3]) * 0.3) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Metodo di pagamento', (c, o) => (row(KB_CH, n(o) % 7) === 'Airbnb' ? 'Pagato al canale' : row(['Carta di credito', 'Bonifico', 'Carta di credito', 'Contanti'], n(o) % 4)), [OR('payments[0].paymentType')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Arrivo in treno ore 21', 'Richiesto deposito bagagli', 'Self check-in']), []],
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
  // ---------------------------------------------------------------- Colombia: shipping aggregator's shipments (E)
  { name: 'envioclick-mis-envios-co', product: 'Envioclick (shipping aggregator; Mis envíos > Exportar (Excel), one row per shipment, Spanish UI, a Medellín women\'s sportswear web shop shipping across Colombia)', family: 'shipments', language: 'es', schema: E, cols: [
    ['ID envío', (c, o) => String(5200000 + (n(o) * 37) % 800000), ['_id']],
    ['Fecha de creación', (c, o) => { const p = bog(inHours(o.at, -5)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Número de guía', (c, o, r) => (ecStatus(o) === 'Cancelado' ? '' : String(v.int(r, 10000000, 99999999) * 100 + v.int(r, 10, 99))), ['commerce.shipping.trackingNumber']],
    ['Transportadora', (c, o) => row(CO_CARRIERS, n(o) % 6)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Servicio', (c, o) => row(CO_CARRIERS, n(o) % 6)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Estado', (c, o) => ecStatus(o), []],
    ['Referencia', (c, o) => `#${10000 + (n(o) % 90000)}`, [OR('purchaseID')], opt],
    ['Ciudad origen', () => 'Medellín', []],
    ['Destinatario', (c) => `${loc(c, 'co').first} ${loc(c, 'co').last} ${loc(c, 'co').last2}`, []],
    ['Teléfono destinatario', (c) => loc(c, 'co').mobile, PHONE_ID, opt],
    ['Correo destinatario', (c, o) => (n(o) % 4 === 0 ? '' : loc(c, 'co').email), EMAIL_ID, opt],
    ['Dirección destino', (c) => loc(c, 'co').street, [SHIP('street1')]],
    ['Barrio', (c, o) => row(CO_BARRIO[loc(c, 'co').city], n(o)), [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Ciudad destino', (c) => loc(c, 'co').city, [SHIP('city')]],
    ['Departamento destino', (c) => loc(c, 'co').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Código DANE', (c) => loc(c, 'co').area, []],
    ['Contenido', (c, o) => row(CO_ITEMS, n(o) % 5)[0], [PL('name')], opt],
    ['Valor declarado', (c, o) => String(row(CO_ITEMS, n(o) % 5)[1] * (o.qty > 2 ? 2 : 1)), []],
    ['Peso (kg)', (c, o) => String(o.qty > 2 ? 2 : 1), []],
    ['Largo (cm)', () => '30', []],
    ['Ancho (cm)', () => '25', []],
    ['Alto (cm)', (c, o) => String(o.qty > 2 ? 15 : 10), []],
    ['Valor flete', (c, o) => String(row([11900, 13500, 9800, 12700, 10900, 15400], n(o) % 6) + (loc(c, 'co').city === 'Medellín' || loc(c, 'co').city === 'Envigado' ? -3000 : 0)), ['commerce.shipping.shippingAmount']],
    ['Recaudo contraentrega', (c, o) => (n(o) % 3 === 0 ? String(row(CO_ITEMS, n(o) % 5)[1] * (o.qty > 2 ? 2 : 1)) : '0'), [OR('priceTotal')], opt],
    ['Comisión recaudo', (c, o) => (n(o) % 3 === 0 ? String(Math.round(row(CO_ITEMS, n(o) % 5)[1] * (o.qty > 2 ? 2 : 1) * 0.03)) : '0'), []],
    ['Fecha de entrega', (c, o) => (ecStatus(o) === 'Entregado' ? dmy(bog(inHours(o.at, -5) + (1 + n(o) % 4) * day), '/') : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Mexico: national business directory (B)
  { name: 'inegi-denue-descarga-unidades-economicas-mx', product: 'DENUE (INEGI\'s Directorio Estadístico Nacional de Unidades Económicas; Descarga masiva / Exportar resultados de búsqueda (CSV), one row per establishment, Spanish field names, a Guadalajara B2B supplier building a prospect list of the metro area)', family: 'b2b', language: 'es', schema: B, cols: [
    ['id', (c) => String(6500000 + (+c.id * 31) % 3000000), ['_id', 'b2b.accountKey.sourceID', 'b2b.accountID']],
    ['clee', (c) => `14${gdl(c)[0]}${den(c)[2]}${pad(+c.id % 1000000, 6)}000000000${pad(+c.id % 10, 1)}`, [], opt],
    ['nom_estab', (c) => den(c)[0], CO],
    ['raz_social', (c) => den(c)[1], CO],
    ['codigo_act', (c) => den(c)[2], []],
    ['nombre_act', (c) => den(c)[3], []],
    ['per_ocu', (c) => den(c)[4], []],
    ['tipo_vial', (c) => row(VIAL, +c.id % 8)[0], []],
    ['nom_vial', (c) => row(VIAL, +c.id % 8)[1], [W('street1')], opt],
    ['tipo_v_e_1', (c) => row(VIAL, (+c.id + 3) % 8)[0], []],
    ['nom_v_e_1', (c) => row(VIAL, (+c.id + 3) % 8)[1], []],
    ['tipo_v_e_2', (c) => row(VIAL, (+c.id + 5) % 8)[0], []],
    ['nom_v_e_2', (c) => row(VIAL, (+c.id + 5) % 8)[1], []],
    ['tipo_v_e_3', (c, o) => (n(o) % 2 ? 'CALLE' : ''), []],
    ['nom_v_e_3', (c, o) => (n(o) % 2 ? row(['NINGUNO', 'PRIVADA DEL SOL', 'GARIBALDI'], n(o) % 3) : ''), []],
    ['numero_ext', (c, o) => (n(o) % 6 === 0 ? '' : String(10 + (+c.id % 3800))), []],
    ['letra_ext', (c, o) => (n(o) % 6 === 0 ? 'SN' : n(o) % 5 === 0 ? 'A' : ''), []],
    ['edificio', (c, o) => (n(o) % 7 === 0 ? 'TORRE CHAPULTEPEC' : ''), []],
    ['edificio_e', (c, o) => (n(o) % 7 === 0 ? 'PISO 4' : ''), []],
    ['numero_int', (c, o) => (n(o) % 4 === 0 ? String(1 + (n(o) % 30)) : ''), []],
    ['letra_int', (c, o) => (n(o) % 8 === 0 ? 'B' : ''), []],
    ['tipo_asent', (c) => asent(c)[0], []],
    ['nomb_asent', (c) => asent(c)[1], [W('street2'), W('street3'), W('region')], opt],
    ['tipoCenCom', (c, o) => (n(o) % 9 === 0 ? 'PLAZA COMERCIAL' : ''), []],
    ['nom_CenCom', (c, o) => (n(o) % 9 === 0 ? 'PLAZA PATRIA' : ''), []],
    ['num_local', (c, o) => (n(o) % 9 === 0 ? `L-${10 + (n(o) % 80)}` : ''), []],
    ['cod_postal', (c) => asent(c)[2], [W('postalCode')]],
    ['cve_ent', () => '14', []],
    ['entidad', () => 'Jalisco', STATE(['workAddress'])],
    ['cve_mun', (c) => gdl(c)[0], []],
    ['municipio', (c) => gdl(c)[1], [W('city')]],
    ['cve_loc', () => '0001', []],
    ['localidad', (c) => gdl(c)[1], [W('city')], opt],
    ['ageb', (c) => `${pad(+c.id % 900 + 100, 3)}${(+c.id % 10)}`, []],
    ['manzana', (c) => pad(+c.id % 60 + 1, 3), []],
    ['telefono', (c, o, r) => (n(o) % 3 === 0 ? '' : `33${v.int(r, 30000000, 39999999)}`), ['workPhone.number']],
    ['correoelec', (c) => (den(c)[5] ? `contacto@${den(c)[5]}` : ''), ['workEmail.address']],
    ['www', (c) => (den(c)[5] ? `www.${den(c)[5]}` : ''), ['b2b.companyWebsite']],
    ['tipoUniEco', (c, o) => (n(o) % 11 === 0 ? 'Semifijo' : 'Fijo'), []],
    ['latitud', (c, o, r) => (20.6 + v.int(r, 0, 1200) / 10000).toFixed(8), [W('_schema.latitude')], opt],
    ['longitud', (c, o, r) => (-103.45 + v.int(r, 0, 1600) / 10000).toFixed(8), [W('_schema.longitude')], opt],
    ['fecha_alta', (c) => row(['2010-07', '2014-12', '2019-11', '2020-11', '2022-11', '2024-05'], +c.id % 6), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Spain: clinic program's patients (P)
  { name: 'clinic-cloud-pacientes-es', product: 'Clinic Cloud (Spanish clinic-management software; Pacientes > Listado > Exportar a Excel, one row per patient, Spanish UI, a physiotherapy clinic in Madrid)', family: 'crm', language: 'es', schema: P, cols: [
    ['Nº historia', (c) => String(1 + (+c.id % 6000)), ['_id', 'personID']],
    ['Nombre', (c) => loc(c, 'es').first, ['person.name.firstName']],
    ['Apellidos', (c) => `${loc(c, 'es').last} ${loc(c, 'es').last2}`, ['person.name.lastName']],
    ['DNI/NIE', (c) => { const num = (+c.id * 7919) % 100000000; return `${pad(num, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}` }, ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (loc(c, 'es').female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Teléfono móvil', (c) => loc(c, 'es').mobile, ['mobilePhone.number']],
    ['Teléfono fijo', (c, o, r) => (n(o) % 4 === 0 ? `91 ${v.int(r, 300, 799)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['homePhone.number']],
    ['Email', (c, o) => (n(o) % 6 === 0 ? '' : loc(c, 'es').email), ['personalEmail.address']],
    ['Dirección', (c) => loc(c, 'es').street, at(HOME, 'street1')],
    ['Código postal', (c) => loc(c, 'es').zip, at(HOME, 'postalCode')],
    ['Población', (c) => loc(c, 'es').city, at(HOME, 'city')],
    ['Provincia', (c) => loc(c, 'es').region, STATE(HOME)],
    ['País', () => 'España', at(HOME, 'country')],
    ['Profesión', (c, o) => row(['Administrativa', 'Profesor', 'Enfermera', 'Jubilado', 'Ingeniero', '', 'Estudiante'], n(o) % 7), []],
    ['Mutua / Aseguradora', (c, o) => row(CC_INS, n(o) % 7), []],
    ['Nº póliza', (c, o, r) => (row(CC_INS, n(o) % 7) === 'Privado' ? '' : `${v.int(r, 10000000, 99999999)}`), []],
    ['¿Cómo nos conoció?', (c, o) => row(CC_SOURCE, n(o) % 6), []],
    ['Fisioterapeuta asignado', (c, o) => row(['Lucía Ortega', 'Pablo Herrera', 'Lucía Ortega', 'Sara Calvo'], n(o) % 4), []],
    ['Fecha de alta', (c) => dmy(cet(c.created), '/'), [], opt],
    ['Última cita', (c) => `${dmy(cet(later(c)), '/')} ${hm(cet(inHours(later(c), 1)))}`, [], opt],
    ['Nº de citas', (c, o) => String(1 + (n(o) * 7) % 24), []],
    ['Saldo pendiente', (c, o) => (n(o) % 8 === 0 ? dec(45) : '0,00'), []],
    ['Consentimiento RGPD', () => 'Sí', []],
    ['Acepta comunicaciones comerciales', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Sí'), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', '', 'Lumbalgia crónica', 'Post-operatorio LCA rodilla derecha', 'Prefiere citas por la tarde']), []],
  ] },
  // ---------------------------------------------------------------- Brazil: e-commerce platform order lines (E)
  { name: 'uappi-pedidos-export-br', product: 'Uappi (Brazilian e-commerce platform; Pedidos > Exportar pedidos (CSV), one row per order item, Brazilian Portuguese UI, a São Paulo specialty-coffee roaster\'s web shop)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Pedido', (c, o) => String(100000 + (n(o) * 7) % 900000), [OR('purchaseID')]],
    ['Data do pedido', (c, o) => { const p = brt(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => uaStatus(o), []],
    ['Cliente', (c) => `${loc(c, 'br').first} ${loc(c, 'br').last}`, []],
    ['CPF/CNPJ', (c) => cpf(+c.id), []],
    ['E-mail', (c) => loc(c, 'br').email, EMAIL_ID, opt],
    ['Telefone', (c) => loc(c, 'br').mobile, PHONE_ID, opt],
    ['Endereço', (c) => loc(c, 'br').street, [SHIP('street1')]],
    ['Número', (c) => String(20 + (+c.id % 2900)), [], opt],
    ['Complemento', (c, o) => (n(o) % 3 === 0 ? `Apto ${10 + (+c.id % 190)}` : ''), [SHIP('street2')]],
    ['Bairro', (c) => loc(c, 'br').regionName, [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['Cidade', (c) => loc(c, 'br').city, [SHIP('city')]],
    ['UF', (c) => loc(c, 'br').region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => loc(c, 'br').zip, [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => row(CAFE, n(o) + i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => row(CAFE, n(o) + i)[1], [PL('name')]],
    ['Variação', (c, o, r, i) => row(CAFE, n(o) + i)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valor unitário', (c, o, r, i) => dec(row(CAFE, n(o) + i)[3]), [], opt],
    ['Valor total do item', (c, o, r, i) => dec(row(CAFE, n(o) + i)[3] * o.qty), [PL('priceTotal')]],
    ['Cupom', (c, o) => (o.discount ? 'PRIMEIRACOMPRA' : ''), ['commerce.promotionID']],
    ['Desconto', (c, o) => dec(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['Frete', (c, o) => dec(uaShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Forma de envio', (c, o) => uaShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o, r) => (['Entregue', 'Enviado'].includes(uaStatus(o)) ? (uaShip(o)[0].startsWith('Correios') ? `${v.pick(r, ['QB', 'AD', 'OY'])}${v.int(r, 100000000, 999999999)}BR` : String(v.int(r, 10000000, 99999999) * 1000 + v.int(r, 100, 999))) : ''), ['commerce.shipping.trackingNumber']],
    ['Total do pedido', (c, o, r, i) => dec(row(CAFE, n(o) + i)[3] * o.qty - (o.discount ? 10 : 0) + uaShip(o)[1]), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => uaPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (uaPay(o) === 'Cartão de crédito' ? String(1 + (n(o) % 3)) : '1'), []],
    ['Canal de venda', (c, o) => row(['Loja virtual', 'Loja virtual', 'App', 'Loja virtual', 'WhatsApp'], n(o) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: company-registry service's firm list (B)
  { name: 'cnpja-lista-empresas-export-br', product: 'CNPJá (Brazilian CNPJ lookup and company-list service; Pesquisa > Lista de empresas > Exportar (CSV), one row per establishment with its managing partner, Brazilian Portuguese UI, a Curitiba food-packaging distributor prospecting food manufacturers)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpj(+c.id), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Razão social', (c) => brFirm(c)[0], CO],
    ['Nome fantasia', (c) => brFirm(c)[1], CO, opt],
    ['Matriz/Filial', (c, o) => (n(o) % 5 === 0 ? 'Filial' : 'Matriz'), []],
    ['Situação cadastral', (c, o) => (n(o) % 13 === 0 ? 'Inapta' : 'Ativa'), []],
    ['Data de abertura', (c) => dmy({ y: 1978 + (+c.id % 44), m: 1 + (+c.id % 12), d: 1 + (+c.id % 28) }, '/'), []],
    ['Porte', (c) => brFirm(c)[4], []],
    ['Natureza jurídica', (c) => brFirm(c)[5], []],
    ['Capital social', (c) => thou(row([2500000, 120000, 50000, 10000000, 5000000, 80000], +c.id % 6)), []],
    ['Simples Nacional', (c) => (brFirm(c)[4] === 'Demais' ? 'Não' : 'Sim'), []],
    ['CNAE principal', (c) => brFirm(c)[2], []],
    ['Descrição CNAE principal', (c) => brFirm(c)[3], []],
    ['Logradouro', (c, o) => `${row(['Rua', 'Avenida', 'Rodovia', 'Rua'], n(o) % 4)} ${row(['Das Indústrias', 'Brasil', 'BR-277', 'Sete de Setembro', 'Getúlio Vargas'], n(o) % 5)}`.toUpperCase(), [W('street1')]],
    ['Número', (c, o) => (n(o) % 7 === 0 ? 'S/N' : String(10 + (n(o) % 3200))), [], opt],
    ['Complemento', (c, o) => (n(o) % 4 === 0 ? `BARRACAO ${1 + (n(o) % 5)}` : ''), [W('street2')]],
    ['Bairro', (c) => brFirm(c)[9].toUpperCase(), [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c) => brFirm(c)[6].toUpperCase(), [W('city')]],
    ['UF', (c) => brFirm(c)[7], STATE(['workAddress'])],
    ['CEP', (c) => brFirm(c)[8].replace('-', ''), [W('postalCode')]],
    ['Telefone', (c, o, r) => `(${brFirm(c)[10]}) ${v.int(r, 3000, 3999)}-${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['E-mail', (c, o) => (n(o) % 3 === 0 ? '' : `${row(['contato', 'financeiro', 'comercial'], n(o) % 3)}@${slug(brFirm(c)[1]).slice(0, 14)}.com.br`), ['workEmail.address']],
    ['Sócio administrador', (c) => `${loc(c, 'br').first} ${loc(c, 'br').last} ${loc(c, 'br').last2}`.toUpperCase(), ['person.name.fullName']],
    ['Qualificação do sócio', (c, o) => row(['Sócio-Administrador', 'Sócio-Administrador', 'Administrador', 'Diretor', 'Presidente'], n(o) % 5), ['extendedWorkDetails.jobTitle'], opt],
    ['Data de entrada do sócio', (c) => dmy(bd(c.created), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: salon booking platform's clients (P)
  { name: 'buk-clientes-export-pt', product: 'Buk (Portuguese booking platform for salons and clinics, buk.pt; Backoffice > Clientes > Exportar (Excel), one row per client, European Portuguese UI, a hair and nail salon in Porto)', family: 'booking', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(800000 + (+c.id * 11) % 200000), ['_id', 'personID']],
    ['Nome', (c) => loc(c, 'pt').full, ['person.name.fullName']],
    ['Email', (c, o) => (n(o) % 5 === 0 ? '' : loc(c, 'pt').email), ['personalEmail.address']],
    ['Telemóvel', (c) => `+351 ${loc(c, 'pt').mobile}`, ['mobilePhone.number']],
    ['NIF', (c, o) => (n(o) % 3 === 0 ? String(200000000 + (+c.id * 613) % 99999999) : ''), ['person.taxId']],
    ['Data de nascimento', (c, o) => (n(o) % 4 === 0 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Género', (c) => (loc(c, 'pt').female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Morada', (c, o) => (n(o) % 3 === 1 ? '' : loc(c, 'pt').street), at(HOME, 'street1')],
    ['Código postal', (c, o) => (n(o) % 3 === 1 ? '' : loc(c, 'pt').zip), at(HOME, 'postalCode')],
    ['Localidade', (c) => loc(c, 'pt').city, at(HOME, 'city')],
    ['Data de registo', (c) => { const p = lis(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['Origem', (c, o) => row(['App Buk', 'Marketplace Buk', 'Balcão', 'App Buk', 'Instagram'], n(o) % 5), []],
    ['Nº de marcações', (c, o) => String(1 + (n(o) * 3) % 40), []],
    ['Faltas', (c, o) => String(n(o) % 9 === 0 ? 2 : n(o) % 4 === 0 ? 1 : 0), []],
    ['Última marcação', (c) => dmy(lis(later(c)), '/'), [], opt],
    ['Último serviço', (c, o) => row(BUK_SVC, n(o) % 6), []],
    ['Profissional preferido', (c, o) => row(['Sem preferência', 'Carla', 'Bruno', 'Sem preferência', 'Marta'], n(o) % 5), []],
    ['Total gasto', (c, o) => dec(25 + (n(o) * 17) % 1400), ['loyalty.lifetimePurchases'], opt],
    ['Aceita comunicações de marketing', (c, o) => (n(o) % 3 === 0 ? 'Não' : 'Sim'), []],
    ['Aceita SMS', (c, o) => (n(o) % 4 === 0 ? 'Não' : 'Sim'), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Alergia a amoníaco', 'Prefere marcações ao sábado', 'Cabelo muito fino']), []],
  ] },
]
