// Round 69, tune140: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). European and Latin American exports, each in its product's UI language: an
// Austrian practice software's invoice list (CGM MAXX, a Graz Wahlarzt practice), an Austrian court-booking
// platform's booking list (Venuzle, a Vienna tennis and padel centre) and a German company-register database's
// person search export (North Data, decision makers of Bavarian building firms for a software vendor) (de 3); a
// French open-source shop's customer export (Thelia, a Bordeaux tea shop) and a French B2B prospecting database's
// contact export (Corporama, plant managers for a Lyon industrial-maintenance firm) (fr 2); a Spanish restaurant
// POS's invoice-line detail (Revo XEF, a Seville tapas bar) and a Spanish box-management app's charges (WodBuster, a
// Madrid CrossFit box) (es 2); a Brazilian gym-management system's sales report (Tecnofit, a Belo Horizonte
// functional-training studio) and a Brazilian school-payments platform's financial statement (edunext, a Recife
// pre-university course) (pt 2); an Italian solidarity-purchase-group manager's member list (GASdotto, a Turin GAS)
// (it 1); the Dutch Protestant church's member-registration programme's pledge-campaign participant export (LRP, a
// congregation in Amersfoort) (nl 1); a Polish CRM's contact list (Firmao, a Wrocław HVAC wholesaler) (pl 1).
// E 6, P 3, B 3.
// Headers: Thelia and GASdotto are copied from their public source code (the customer export's column aliases, the
// user export formatter's column names); LRP, CGM MAXX and edunext from their public help pages listing the export's
// columns (LRP: a choice of 31 of its selectable export fields, in their order; edunext: the listed fields, the address
// split into its listed parts); the other seven are written from each product's documentation and UI as the writer
// knows them. Nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const r2 = (x) => Math.round(x * 100) / 100
// local clocks: Germany, Austria, France, Spain, Italy, the Netherlands and Poland keep summer time; Brazil does not
// (since 2019)
const cet = (ms) => local(ms, 1)
const brt = (ms) => shift(ms, -3)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 19) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const seeded = (c, salt) => { const r = v.rng(v.hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x1a0c140d); r(); r(); return r }
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const dmyT = (p, s = '.') => `${dmy(p, s)} ${hm(p)}`
const ymdT = (p) => `${ymd(p)} ${hms(p)}`
// a Ruby float as Rails writes it into an unformatted CSV: 24.0, 12.5
const rb = (x) => { const s = String(r2(x)); return s.includes('.') ? s : `${s}.0` }

// ---------------------------------------------------------------- LRP: a Protestant congregation in Amersfoort
// [street, postcode, place]
const AMF = [['Utrechtseweg', '3818 EM', 'Amersfoort'], ['Leusderweg', '3817 KB', 'Amersfoort'], ['Hogeweg', '3814 CE', 'Amersfoort'], ['Kapelweg', '3818 BM', 'Amersfoort'], ['Nieuwe Bunschoterweg', '3826 AC', 'Amersfoort'], ['Dorpsstraat', '3832 AK', 'Leusden'], ['Berkenlaan', '3833 AZ', 'Leusden'], ['Ringweg Randenbroek', '3816 AD', 'Amersfoort']]
const lrpPlace = (c) => row(AMF, n(c) % 8)
const lrpPrefix = (c) => { const m = c.last.match(/^((?:van den|van der|van|de|den|ter|ten)) (.+)$/); return m ? [m[1], m[2]] : ['', c.last] }
const lrpInit = (c) => `${c.first[0]}.${n(c) % 3 === 0 ? `${'JMAPHW'[n(c) % 6]}.` : ''}`
const lrpPledge = (c) => row([120, 240, 360, 500, 180, 600, 96, 300], n(c) >> 1)
const lrpPaid = (c) => r2(lrpPledge(c) * row([1, 0.75, 0.5, 1, 0.25, 1, 0, 0.5], n(c) >> 2))
const lrpMonthly = (c) => row(['Maandelijks', 'Jaarlijks', 'Maandelijks', 'Per kwartaal', 'Maandelijks'], n(c) % 5)
const lrpBirth = (c) => c.birth - 12 * 365 * day
const lrpEur = (x) => dec(x)
// pledges of the Kerkbalans 2025 campaign were entered from mid-January 2025 on
const lrpEntered = (c) => Date.UTC(2025, 0, 18) + (n(c) % 60) * day

// ---------------------------------------------------------------- Thelia: a Bordeaux tea shop
const BDX = [['12 rue Sainte-Catherine', '33000', 'Bordeaux'], ['48 cours de l\'Intendance', '33000', 'Bordeaux'], ['7 rue Notre-Dame', '33000', 'Bordeaux'], ['21 avenue Thiers', '33100', 'Bordeaux'], ['3 place du Parlement', '33000', 'Bordeaux'], ['15 allée des Pins', '33600', 'Pessac'], ['9 rue Jean Jaurès', '33400', 'Talence'], ['30 avenue de la Libération', '33700', 'Mérignac']]
const thPlace = (c) => row(BDX, n(c) % 8)
const thMobile = (c) => `0${6 + (n(c) % 2)}${pad(n(c) % 100)}${pad((n(c) >> 3) % 100)}${pad((n(c) >> 5) % 100)}${pad((n(c) >> 7) % 100)}`

// ---------------------------------------------------------------- GASdotto: a solidarity purchase group in Turin
const TO = [['Via Nizza', 'Torino', '10126'], ['Corso Vittorio Emanuele II', 'Torino', '10128'], ['Via Madama Cristina', 'Torino', '10125'], ['Via San Secondo', 'Torino', '10128'], ['Corso Regina Margherita', 'Torino', '10152'], ['Via Cibrario', 'Torino', '10143'], ['Via Roma', 'Moncalieri', '10024'], ['Corso Francia', 'Collegno', '10093']]
const gasPlace = (c) => row(TO, n(c) % 8)
const CF_MONTH = 'ABCDEHLMPRST'
const gasCf = (c) => { const cons = (s) => (ascii(s).replace(/[aeiou]/g, '') + 'xxx').slice(0, 3).toUpperCase(); const p = v.parts(c.birth); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${CF_MONTH[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}L219${'ABCDEFGHJKLMNPRSTUVWXYZ'[n(c) % 23]}` }
const gasStatus = (c) => row(['Attivo', 'Attivo', 'Attivo', 'Sospeso', 'Attivo', 'Cessato', 'Attivo'], n(c) % 7)
const gasJoin = (c) => c.created - ((n(c) % 7) * 365 + 40) * day

// ---------------------------------------------------------------- CGM MAXX: a private practice (Wahlarzt) in Graz
const GRZ = [['Herrengasse', '8010 Graz'], ['Leonhardstraße', '8010 Graz'], ['Annenstraße', '8020 Graz'], ['Grabenstraße', '8010 Graz'], ['Kärntner Straße', '8053 Graz'], ['Hauptplatz', '8045 Graz'], ['Grazer Straße', '8071 Hausmannstätten'], ['Hauptstraße', '8141 Premstätten']]
const cgPlace = (c) => row(GRZ, n(c) % 8)
// [base fee (exempt), aesthetic part (20 % VAT)]
const CG_FEES = [[120, 0], [85, 0], [160, 0], [95, 0], [140, 0], [110, 180], [75, 0], [210, 0]]
const cgFee = (o) => row(CG_FEES, n(o) % 8)
const cgNet20 = (o) => cgFee(o)[1]
const cgVat20 = (o) => r2(cgNet20(o) * 0.2)
const cgGross = (o) => r2(cgFee(o)[0] + cgNet20(o) + cgVat20(o))
const cgAt = (o) => inHours(o.at, cet, 8, 18)
const cgStatus = (o) => row(['bezahlt', 'bezahlt', 'offen', 'bezahlt', 'storniert', 'bezahlt', 'offen', 'bezahlt'], (n(o) >> 3) % 8)
const cgTitle = (c) => row(['', 'Mag. ', '', 'Dr. ', '', 'Ing. ', '', 'DI '], n(c) >> 2)

// ---------------------------------------------------------------- Venuzle: a tennis and padel centre in Vienna
// [court, sport, minutes, price per hour member, non-member]
const VZ_COURTS = [['Halle 1', 'Tennis', 60, 22, 28], ['Halle 2', 'Tennis', 60, 22, 28], ['Padel 1', 'Padel', 90, 32, 40], ['Padel 2', 'Padel', 90, 32, 40], ['Sandplatz 3', 'Tennis', 60, 16, 20], ['Squash A', 'Squash', 45, 12, 15]]
const vzCourt = (o) => row(VZ_COURTS, n(o) % 6)
const vzMember = (c) => n(c) % 3 !== 0
const vzPrice = (c, o) => r2((vzMember(c) ? vzCourt(o)[3] : vzCourt(o)[4]) * vzCourt(o)[2] / 60)
const vzBooked = (o) => o.at
const vzStart = (o) => { const t = o.at + (1 + (n(o) % 9)) * day; const H = local(t, 1).H; return t + (((7 + (n(o) % 15)) - H) * 3600000) - (local(t, 1).M * 60000) }
const vzStatus = (o) => row(['bestätigt', 'bestätigt', 'bestätigt', 'storniert', 'bestätigt', 'bestätigt', 'nicht erschienen'], (n(o) >> 2) % 7)
const vzPay = (o) => row(['Kreditkarte', 'Guthaben', 'vor Ort', 'Kreditkarte', 'Apple Pay', 'Guthaben'], n(o) >> 1)
const atMobile = (c) => `+43 6${row(['64', '76', '60', '50', '99'], n(c) % 5)} ${(n(c) * 37) % 9000000 + 1000000}`

// ---------------------------------------------------------------- North Data: decision makers of Bavarian building firms
// [firm, legal form, court, street, postcode, place, sector, revenue (m EUR), staff, web]
const ND_FIRMS = [['Gebr. Haslbeck Bau', 'GmbH', 'Amtsgericht Landshut', 'Industriestraße 14', '84030', 'Ergolding', 'Hochbau', 18.4, 95, 'haslbeck-bau.de'], ['Zimmerei Brandl', 'GmbH & Co. KG', 'Amtsgericht Traunstein', 'Gewerbering 3', '83278', 'Traunstein', 'Holzbau', 6.2, 38, 'zimmerei-brandl.de'], ['Kaltenecker Tiefbau', 'GmbH', 'Amtsgericht Regensburg', 'Straubinger Straße 52', '93055', 'Regensburg', 'Tiefbau', 31.7, 160, 'kaltenecker-tiefbau.de'], ['Wimmer Schlüsselfertigbau', 'AG', 'Amtsgericht München', 'Landsberger Straße 310', '80687', 'München', 'Schlüsselfertigbau', 74.0, 240, 'wimmer-sfb.de'], ['Holzner Dach + Fassade', 'GmbH', 'Amtsgericht Augsburg', 'Bgm.-Wegele-Straße 9', '86167', 'Augsburg', 'Dachdeckerei', 4.8, 27, 'holzner-dach.de'], ['Bauunternehmung Strasser', 'GmbH', 'Amtsgericht Passau', 'Spitalhofstraße 88', '94032', 'Passau', 'Hochbau', 12.9, 70, 'strasser-bau.de']]
const ndFirm = (c) => row(ND_FIRMS, n(c) % 6)
const ndRole = (c) => row(['Geschäftsführer', 'Geschäftsführer', 'Prokurist', 'Vorstand', 'Geschäftsführer', 'Kommanditist'], n(c) >> 1)
const ndHome = (c) => row(['Landshut', 'Traunstein', 'Regensburg', 'München', 'Augsburg', 'Passau', 'Freising', 'Rosenheim'], n(c) >> 2)
const ndHrb = (c) => `${ndFirm(c)[1].includes('KG') ? 'HRA' : 'HRB'} ${1000 + ((n(c) * 7) % 98000)}`

// ---------------------------------------------------------------- Revo XEF: a tapas bar in Seville
// [product, category, price incl. 10 % VAT]
const RV_ITEMS = [['Caña Cruzcampo', 'Cervezas', 2.2], ['Tinto de verano', 'Bebidas', 2.8], ['Salmorejo', 'Tapas frías', 4.5], ['Espinacas con garbanzos', 'Tapas calientes', 4.0], ['Solomillo al whisky', 'Tapas calientes', 4.8], ['Montadito de pringá', 'Montaditos', 2.9], ['Tortilla de patatas', 'Tapas frías', 3.5], ['Manzanilla La Guita', 'Vinos', 2.6]]
const rvItem = (o) => row(RV_ITEMS, n(o) % 8)
const rvQty = (o) => 1 + (n(o) % 4)
const rvLine = (o) => r2(rvItem(o)[2] * rvQty(o))
const rvDisc = (o) => (n(o) % 9 === 4 ? r2(rvLine(o) * 0.1) : 0)
const rvNet = (o) => r2(rvLine(o) - rvDisc(o))
const rvTicket = (o) => r2(rvNet(o) + row([6.6, 11.4, 0, 18.9, 4.4, 9.8, 23.5], n(o) >> 2))
const rvAt = (o) => inHours(o.at, cet, 12, 23)
const rvNominal = (c) => n(c) % 5 === 0

// ---------------------------------------------------------------- WodBuster: a CrossFit box in Madrid
// [tariff, price]
const WB_TARIFFS = [['Ilimitado mensual', 89], ['3 días/semana', 69], ['2 días/semana', 55], ['Bono 10 clases', 110], ['Open Box', 45], ['Ilimitado trimestral', 240]]
const wbTariff = (c) => row(WB_TARIFFS, n(c) % 6)
const wbDisc = (c) => (n(c) % 7 === 3 ? 10 : 0)
const wbAt = (o) => inHours(o.at, cet, 8, 21)
const wbPay = (c) => row(['Domiciliación', 'Tarjeta', 'Domiciliación', 'Efectivo', 'Bizum', 'Domiciliación'], n(c) >> 1)
const wbStatus = (c, o) => (wbPay(c) === 'Domiciliación' && n(o) % 6 === 2 ? 'Devuelto' : n(o) % 9 === 5 ? 'Pendiente' : 'Pagado')
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
const dni = (x) => { const num = x % 100000000; return `${pad(num, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}` }

// ---------------------------------------------------------------- Tecnofit: a functional-training studio in Belo Horizonte
// [item, kind, price, months]
const TF_ITEMS = [['Plano Mensal Livre', 'Plano', 289, 1], ['Plano Trimestral 3x semana', 'Plano', 699, 3], ['Plano Semestral Livre', 'Plano', 1494, 6], ['Aula avulsa', 'Serviço', 60, 0], ['Camiseta Dry Fit', 'Produto', 79.9, 0], ['Avaliação física', 'Serviço', 120, 0], ['Plano Anual Livre', 'Plano', 2628, 12], ['Garrafa térmica 1L', 'Produto', 59.9, 0]]
const tfItem = (o) => row(TF_ITEMS, n(o) % 8)
const tfQty = (o) => (tfItem(o)[1] === 'Produto' ? 1 + (n(o) % 2) : 1)
const tfGross = (o) => r2(tfItem(o)[2] * tfQty(o))
const tfDisc = (o) => (tfItem(o)[1] === 'Plano' && n(o) % 4 === 1 ? r2(tfGross(o) * 0.1) : 0)
const tfPay = (o) => row(['Pix', 'Cartão de crédito', 'Cartão de débito', 'Pix', 'Cartão de crédito', 'Dinheiro'], n(o) >> 1)
const tfAt = (o) => inHours(o.at, brt, 6, 21)

// ---------------------------------------------------------------- edunext: a pre-university course in Recife
const REC = [['Rua do Futuro', 'Aflitos', '52050-005'], ['Avenida Conselheiro Aguiar', 'Boa Viagem', '51021-020'], ['Rua das Graças', 'Graças', '52011-200'], ['Estrada do Arraial', 'Casa Amarela', '52051-380'], ['Rua Real da Torre', 'Madalena', '50610-000'], ['Avenida Norte Miguel Arraes de Alencar', 'Encruzilhada', '52041-080']]
const enPlace = (c) => row(REC, n(c) % 6)
const cpf = (x) => { const d = String(100000000 + (x % 900000000)); return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${pad(x % 100)}` }
// [course id, course, monthly fee]
const EN_COURSES = [['3417', 'Extensivo ENEM 2025', 489], ['3418', 'Medicina Intensivo', 690], ['3502', 'Redação Nota 1000', 210], ['3420', 'Extensivo ENEM 2025 - Noite', 459]]
const enCourse = (c) => row(EN_COURSES, n(c) % 4)
const enKind = (o) => row(['Mensalidade', 'Mensalidade', 'Matrícula', 'Mensalidade', 'Taxa de saque'], n(o) % 5)
const enValue = (c, o) => (enKind(o) === 'Taxa de saque' ? 3.49 : enKind(o) === 'Matrícula' ? 150 : enCourse(c)[2])
const enMethod = (o) => row(['Pix', 'Boleto', 'Cartão de crédito', 'Pix', 'Boleto'], n(o) >> 1)
const enMinor = (c) => n(c) % 3 !== 0
const enGuardian = (c) => row(['Cláudia', 'Roberto', 'Fernanda', 'Sérgio'], n(c) % 4)
const enPayerMail = (c) => (enMinor(c) ? `${ascii(enGuardian(c))}.${ascii(c.last)}${n(c) % 90}@${row(['gmail.com', 'hotmail.com', 'yahoo.com.br'], n(c) % 3)}` : c.email)
const brl = (x) => thou(x)

// ---------------------------------------------------------------- Corporama: plant decision-makers for a Lyon industrial-maintenance firm
// [company, sector, street, postcode, city, web, SIREN, legal form, NAF, NAF label, headcount band, revenue (m EUR), département]
// [company, sector, street, postcode, city, web]
const AX_FIRMS = [['Plasturgie Rhône SAS', 'Plasturgie', '14 rue de l\'Industrie', '69200', 'Vénissieux', 'plasturgie-rhone.fr', '412 587 309', 'SAS', '22.29A', 'Fabrication de pièces techniques à base de matières plastiques', '100 à 199 salariés', '28,4', 'Rhône (69)'], ['Fonderies du Dauphiné', 'Métallurgie', '2 avenue des Forges', '38300', 'Bourgoin-Jallieu', 'fonderies-dauphine.fr', '329 104 556', 'SA à conseil d\'administration', '24.51Z', 'Fonderie de fonte', '200 à 249 salariés', '41,9', 'Isère (38)'], ['Laiterie des Monts du Lyonnais', 'Agroalimentaire', 'ZA Les Plaines', '69590', 'Saint-Symphorien-sur-Coise', 'laiterie-mdl.fr', '780 412 113', 'Société coopérative agricole', '10.51C', 'Fabrication de fromage', '50 à 99 salariés', '36,2', 'Rhône (69)'], ['Cartonnages Bertin', 'Emballage', '37 chemin du Moulin', '01120', 'Montluel', 'cartonnages-bertin.fr', '552 098 741', 'SAS', '17.21B', 'Fabrication de cartonnages', '50 à 99 salariés', '12,7', 'Ain (01)'], ['Verrerie de Givors SA', 'Verre', '5 quai Roger Salengro', '69700', 'Givors', 'verrerie-givors.fr', '957 200 418', 'SA à directoire', '23.13Z', 'Fabrication de verre creux', '250 à 499 salariés', '88,0', 'Rhône (69)'], ['Mécanique de Précision Tarare', 'Mécanique', '18 rue du Stade', '69170', 'Tarare', 'mpt-tarare.fr', '483 665 027', 'SARL', '25.62B', 'Mécanique industrielle', '20 à 49 salariés', '5,3', 'Rhône (69)']]
const axFirm = (c) => row(AX_FIRMS, n(c) % 6)
const axJob = (c) => row(fem(c) ? ['Responsable maintenance', 'Directrice de site', 'Acheteuse', 'Responsable travaux neufs', 'Directrice technique', 'Responsable d\'atelier'] : ['Responsable maintenance', 'Directeur de site', 'Acheteur', 'Responsable travaux neufs', 'Directeur technique', 'Chef d\'atelier'], n(c) >> 1)
const frTel = (c, lead = '4') => `0${lead} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)} ${pad((n(c) >> 6) % 100)}`

// ---------------------------------------------------------------- Firmao: a Wrocław HVAC wholesaler's contacts
const PL_FIRST = [['Tomasz', 0], ['Anna', 1], ['Piotr', 0], ['Katarzyna', 1], ['Marcin', 0], ['Agnieszka', 1], ['Paweł', 0], ['Magdalena', 1], ['Krzysztof', 0], ['Joanna', 1]]
const PL_LAST = [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska']]
const plp = (c) => { const [first, f] = row(PL_FIRST, n(c) % 10); return { first, last: row(PL_LAST, (n(c) >> 2) % 8)[f], f } }
// [firm, NIP, street, postcode, city, voivodeship, domain]
const FM_FIRMS = [['Klimatech Instalacje Sp. z o.o.', '8971234567', 'ul. Krakowska 180', '52-015', 'Wrocław', 'dolnośląskie', 'klimatech.pl', '71'], ['TermoBud s.c.', '9141098765', 'ul. Strzegomska 42', '58-100', 'Świdnica', 'dolnośląskie', 'termobud.com.pl', '74'], ['Went-Serwis Opole', '7543217890', 'ul. Ozimska 64', '45-368', 'Opole', 'opolskie', 'went-serwis.pl', '77'], ['ProKlima Legnica Sp. z o.o.', '6912345678', 'ul. Jaworzyńska 225', '59-220', 'Legnica', 'dolnośląskie', 'proklima-legnica.pl', '76'], ['Instal-Eko Jelenia Góra', '6110987654', 'ul. Wolności 120', '58-500', 'Jelenia Góra', 'dolnośląskie', 'instal-eko.pl', '75'], ['Chłodnictwo Kalisz Sp. z o.o.', '6181112233', 'ul. Wrocławska 101', '62-800', 'Kalisz', 'wielkopolskie', 'chlodnictwo-kalisz.pl', '62']]
const fmFirm = (c) => row(FM_FIRMS, n(c) % 6)
const fmJob = (c) => row(['Właściciel', 'Kierownik zakupów', 'Specjalista ds. zaopatrzenia', 'Kierownik budowy', 'Prezes zarządu', 'Projektant instalacji'], n(c) >> 1)
const plDT = (ms) => { const p = cet(inHours(ms, cet, 7, 17)); return `${ymd(p)} ${hm(p)}` }

export const SETS = [
  // ---------------------------------------------------------------- the Netherlands: church pledge campaign
  { name: 'lrp-deelnemers-kerkbalans-export-nl', product: 'LRP (Leden Registratie Programma of the Protestantse Kerk in Nederland; Bijdragenadministratie > fonds Kerkbalans > Overig > Export deelnemers, with a choice of the available export fields, one row per participant (pledging member) of the fund\'s action year with address, church status and pledge, Dutch UI, a Protestant congregation in Amersfoort)', family: 'donations', language: 'nl', schema: P, cols: [
    ['Geregistreerde_nummer', (c) => String(1000000 + ((n(c) * 13) % 8999999)), ['_id', 'personID']],
    ['Voorletters', (c) => lrpInit(c), []],
    ['Tussenvoegsels', (c) => lrpPrefix(c)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => lrpPrefix(c)[1], ['person.name.lastName']],
    ['Aanschrijfnaam', (c) => `${fem(c) ? 'Mevr.' : 'Dhr.'} ${lrpInit(c)} ${c.last}`, ['person.name.fullName'], opt],
    ['Adres', (c) => `${lrpPlace(c)[0]} ${(n(c) % 140) + 1}${n(c) % 7 === 2 ? ' a' : ''}`, at(HOME, 'street1')],
    ['Postcode', (c) => lrpPlace(c)[1], at(HOME, 'postalCode')],
    ['Plaats', (c) => lrpPlace(c)[2].toUpperCase(), at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoonnummer_vast', (c) => (n(c) % 3 === 0 ? '' : `033-${4000000 + ((n(c) * 31) % 999999)}`), ['homePhone.number']],
    ['Telefoonnummer_mobiel', (c) => (n(c) % 4 === 1 ? '' : c.mobile), ['mobilePhone.number']],
    ['Emailadres', (c) => (n(c) % 5 === 2 ? '' : c.email), ['personalEmail.address']],
    ['Geboortedatum', (c) => v.fmt.nl(lrpBirth(c)), ['person.birthDate']],
    ['Burgerlijke_staat', (c) => row(['Gehuwd', 'Gehuwd', 'Ongehuwd', 'Weduwe/weduwnaar', 'Gehuwd', 'Gescheiden'], n(c) % 6), ['person.maritalStatus']],
    ['Kerkelijke_staat', (c) => row(['Belijdend lid', 'Dooplid', 'Belijdend lid', 'Gastlid', 'Belijdend lid', 'Dooplid'], (n(c) >> 1) % 6), []],
    ['Wenst_geen_contact', (c) => (n(c) % 11 === 4 ? 'Ja' : 'Nee'), [], opt],
    ['IBAN', (c) => `NL${pad((n(c) % 89) + 10)}RABO0${pad((n(c) * 97) % 1000000000, 9)}`, []],
    ['MachtigingsID', (c) => (lrpMonthly(c) === 'Maandelijks' ? `KB2025-${pad(n(c) % 100000, 5)}` : ''), []],
    ['Toegezegd', (c) => lrpEur(lrpPledge(c)), []],
    ['Ontvangen', (c) => lrpEur(lrpPaid(c)), []],
    ['Nog_te_ontvangen', (c) => lrpEur(lrpPledge(c) - lrpPaid(c)), []],
    ['Achterstand', (c) => lrpEur(n(c) % 6 === 5 ? r2((lrpPledge(c) - lrpPaid(c)) / 2) : 0), []],
    ['Meer_ontvangen', () => lrpEur(0), []],
    ['Invoerdatum', (c) => v.fmt.nl(lrpEntered(c)), []],
    ['Bron', (c) => row(['Antwoordformulier', 'Online toezegging', 'Antwoordformulier', 'Handmatig', 'Online toezegging'], n(c) % 5), []],
    ['Betaalschema', (c) => lrpMonthly(c), []],
    ['Betaalwijze', (c) => (lrpMonthly(c) === 'Maandelijks' ? 'Automatische incasso' : 'Overboeking'), []],
    ['Doorlopend', (c) => (n(c) % 3 === 0 ? 'Nee' : 'Ja'), []],
    ['Toezeggingscommentaar', (c) => row(['', '', 'Verhoogd t.o.v. vorig jaar', '', 'Graag geen bezoek', ''], n(c) % 6), []],
    ['Wijkgem_eigenaar_naam', (c) => row(['Wijkgemeente Oost', 'Wijkgemeente Centrum', 'Wijkgemeente Zuid'], n(c) % 3), []],
    ['Aanhef', (c) => `Geachte ${fem(c) ? 'mevrouw' : 'heer'} ${c.last.charAt(0).toUpperCase()}${c.last.slice(1)}`, []],
  ] },

  // ---------------------------------------------------------------- France: open-source shop customers
  { name: 'thelia-clients-export-fr', product: 'Thelia (French open-source e-commerce; back office > Outils > Exports > Clients, CSV, one row per customer with the default address and newsletter subscription; the export\'s column aliases swap first and last name, so last_name holds the first name, French shop, a loose-leaf tea shop in Bordeaux)', family: 'ecommerce-customers', language: 'fr', schema: P, cols: [
    ['ref', (c) => `CUS${pad(n(c) % 1000000000000, 12)}`, ['_id', 'personID']],
    ['title', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['last_name', (c) => c.first, ['person.name.firstName']],
    ['first_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['discount', (c) => (n(c) % 9 === 0 ? '5.000000' : '0.000000'), []],
    ['is_registered_to_newsletter', (c) => (n(c) % 3 === 0 ? '' : String((n(c) % 900) + 12)), [], opt],
    ['sign_up_date', (c) => ymdT(cet(c.created)), [], opt],
    ['company', (c) => (n(c) % 8 === 3 ? row(['Salon de thé Mirabelle', 'Cabinet Dufour', 'Épicerie Les Chartrons'], n(c) >> 4) : ''), ['organizations[0]'], opt],
    ['address1', (c) => thPlace(c)[0], at(HOME, 'street1')],
    ['address2', (c) => (n(c) % 4 === 1 ? `Appartement ${(n(c) % 30) + 1}` : ''), at(HOME, 'street2')],
    ['address3', (c) => (n(c) % 9 === 5 ? 'Résidence Les Quais' : ''), at(HOME, 'street3')],
    ['zipcode', (c) => thPlace(c)[1], at(HOME, 'postalCode')],
    ['city', (c) => thPlace(c)[2], at(HOME, 'city')],
    ['country', () => 'France', at(HOME, 'country')],
    ['phone', (c) => (n(c) % 3 === 2 ? `05 56 ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)} ${pad((n(c) >> 5) % 100)}` : ''), ['homePhone.number']],
    ['cellphone', (c) => (n(c) % 5 === 0 ? '' : thMobile(c)), ['mobilePhone.number']],
  ] },

  // ---------------------------------------------------------------- Italy: solidarity purchase group members
  { name: 'gasdotto-utenti-export-it', product: 'GASdotto (Italian open-source manager for Gruppi di Acquisto Solidale; Utenti > Esporta CSV with all columns ticked, one row per member with contacts, card, payment mode and delivery place, Italian UI, a GAS in Turin\'s San Salvario district)', family: 'memberships', language: 'it', schema: P, cols: [
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Nome Completo', (c) => `${c.last} ${c.first}`, ['person.name.fullName']],
    ['Username', (c) => `${ascii(c.first)}.${ascii(c.last)}`, [], opt],
    ['Codice Fiscale', (c) => gasCf(c), ['person.taxId']],
    ['Numero Tessera', (c) => (n(c) % 6 === 5 ? '' : String(100 + (n(c) % 400))), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Stato', (c) => gasStatus(c), ['loyalty.status'], opt],
    ['Modalità Pagamento', (c) => row(['Credito Utente', 'Bonifico', 'Contanti', 'Credito Utente', 'SEPA'], n(c) % 5), []],
    ['Indirizzo', (c) => `${gasPlace(c)[0]} ${(n(c) % 180) + 1}, ${gasPlace(c)[1]}, ${gasPlace(c)[2]}`, at(HOME, 'street1'), opt],
    ['Referente', () => '', []],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c) => (n(c) % 3 === 0 ? `011 ${(n(c) * 7) % 9000000 + 1000000}` : ''), ['homePhone.number']],
    ['Cellulare', (c) => c.mobile.replace('+39 ', ''), ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number']],
    ['Sito Web', () => '', []],
    ['Luogo di Consegna', (c) => row(['Cascina Roccafranca', 'Casa del Quartiere San Salvario', 'Cascina Roccafranca'], n(c) % 3), []],
    ['IBAN', (c) => (row(['Credito Utente', 'Bonifico', 'Contanti', 'Credito Utente', 'SEPA'], n(c) % 5) === 'SEPA' ? `IT${pad((n(c) % 89) + 10)}X030690100${pad((n(c) * 53) % 100000000, 8)}00${(n(c) % 90) + 10}` : ''), []],
    ['Ultimo Accesso', (c) => (gasStatus(c) === 'Cessato' ? '' : ymdT(cet(c.updated))), []],
    ['Ultima Prenotazione', (c) => (gasStatus(c) === 'Cessato' ? '' : ymd(cet(c.updated - ((n(c) % 20) * day)))), []],
    ['Membro da', (c) => ymd(cet(gasJoin(c))), ['loyalty.joinDate'], opt],
  ] },

  // ---------------------------------------------------------------- Austria: private practice invoice list
  { name: 'cgm-maxx-rechnungsliste-export-at', product: 'CGM MAXX (Austrian practice software of CompuGroup Medical; MENÜ > Rechnungen > Rechnungsliste exportieren (CSV, with the six info rows removed), one row per invoice with VAT split, the recipient\'s address block and open days, German UI (Austria), a private internist and aesthetic-medicine practice (Wahlarzt) in Graz)', family: 'payments', language: 'de', schema: E, cols: [
    ['Rechnungsnummer', (c, o) => `${new Date(cgAt(o)).getUTCFullYear()}/${pad(n(o) % 10000, 4)}`, [OR('purchaseID')]],
    ['Rechnungsdatum', (c, o) => dmy(cet(cgAt(o))), ['timestamp']],
    ['Rechnungsbetrag Brutto', (c, o) => thou(cgGross(o)), [OR('priceTotal')]],
    ['USt Satz 1 Prozent', () => '0', []],
    ['USt Satz 1 Betrag', () => '0,00', [], opt],
    ['USt Satz 2 Prozent', (c, o) => (cgNet20(o) ? '20' : ''), []],
    ['USt Satz 2 Betrag', (c, o) => (cgNet20(o) ? thou(cgVat20(o)) : ''), [OR('taxAmount')], opt],
    ['USt Satz 3 Prozent', () => '', []],
    ['USt Satz 3 Betrag', () => '', []],
    ['Rechnungsstatus', (c, o) => cgStatus(o), []],
    ['Rechnungsempfänger Zeile 0', (c) => (fem(c) ? 'Frau' : 'Herrn'), []],
    ['Rechnungsempfänger Zeile 1', (c) => `${cgTitle(c)}${c.first} ${c.last}`, []],
    ['Rechnungsempfänger Zeile 2', (c) => `${cgPlace(c)[0]} ${(n(c) % 60) + 1}${n(c) % 4 === 1 ? `/${(n(c) % 9) + 1}` : ''}`, [BILL('street1')], opt],
    ['Rechnungsempfänger Zeile 3', (c) => cgPlace(c)[1], [], opt],
    ['Rechnungsempfänger Zeile 4', () => '', []],
    ['Tage Offen', (c, o) => (cgStatus(o) === 'offen' ? String(3 + (n(o) % 40)) : ''), []],
    ['Storno-Datum', (c, o) => (cgStatus(o) === 'storniert' ? dmy(cet(cgAt(o) + (2 + (n(o) % 10)) * day)) : ''), [OR('cancelDate')], opt],
    ['Storno-Begründung', (c, o) => (cgStatus(o) === 'storniert' ? row(['Falscher Empfänger', 'Leistung doppelt verrechnet', 'Korrektur Honorar'], n(o) % 3) : ''), []],
  ] },

  // ---------------------------------------------------------------- Austria: court bookings
  { name: 'venuzle-buchungen-export-at', product: 'Venuzle (Austrian online booking platform for sports facilities; Anbieter-Backend > Buchungen > Export (Excel), one row per court booking with the booker, member tariff, price, payment and status, German UI (Austria), a tennis, padel and squash centre in Vienna-Donaustadt)', family: 'bookings', language: 'de', schema: E, cols: [
    ['Buchungsnummer', (c, o) => `VZ-${pad((n(o) * 4391) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Gebucht am', (c, o) => dmyT(cet(vzBooked(o))), ['timestamp']],
    ['Datum', (c, o) => dmy(cet(vzStart(o))), [], opt],
    ['Von', (c, o) => hm(cet(vzStart(o))), []],
    ['Bis', (c, o) => hm(cet(vzStart(o) + vzCourt(o)[2] * 60000)), []],
    ['Dauer (Min.)', (c, o) => String(vzCourt(o)[2]), []],
    ['Anlage', () => 'Sportcenter Donaustadt', ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Platz', (c, o) => vzCourt(o)[0], []],
    ['Sportart', (c, o) => vzCourt(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email.replace(/@.*/, '@gmx.at'), EMAIL_ID],
    ['Telefon', (c) => atMobile(c), PHONE_ID],
    ['Mitglied', (c) => (vzMember(c) ? 'Ja' : 'Nein'), []],
    ['Tarif', (c, o) => `${vzCourt(o)[1]} ${vzMember(c) ? 'Mitglied' : 'Gast'}`, [PL('name')], opt],
    ['Preis', (c, o) => thou(vzPrice(c, o)), [OR('priceTotal')]],
    ['Bezahlt', (c, o) => (vzPay(o) === 'vor Ort' && vzStatus(o) !== 'bestätigt' ? 'Nein' : 'Ja'), []],
    ['Zahlungsart', (c, o) => vzPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => vzStatus(o), []],
    ['Storniert am', (c, o) => (vzStatus(o) === 'storniert' ? dmyT(cet(vzBooked(o) + (n(o) % 20) * 3600000)) : ''), [OR('cancelDate')], opt],
    ['Quelle', (c, o) => row(['Online', 'App', 'Online', 'Backend'], n(o) >> 3), [], opt],
    ['Mitspieler', (c, o) => (n(o) % 3 === 0 ? '' : row(['M. Gruber', 'S. Huber; T. Wagner; L. Bauer', 'K. Pichler'], n(o) % 3)), []],
    ['Anmerkung', (c, o) => row(['', '', 'Ballmaschine gewünscht', '', 'Trainerstunde', ''], n(o) % 6), []],
  ] },

  // ---------------------------------------------------------------- Germany: company-register person search
  { name: 'northdata-personen-export-de', product: 'North Data (German company-register database; Suche > Personen mit Filter Rolle/Region/Branche > Export (Excel, Premium), one row per officer of a registered company with role, birth date, residence and the company\'s register, address and key figures, German UI, decision makers of Bavarian building firms prospected by a construction-software vendor)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Name', (c) => `${c.last}, ${c.first}`, ['person.name.fullName']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => v.fmt.de(c.birth), ['person.birthDate']],
    ['Wohnort', (c) => ndHome(c), ['homeAddress.city'], opt],
    ['Rolle', (c) => ndRole(c), ['extendedWorkDetails.jobTitle']],
    ['Seit', (c) => v.fmt.de(c.created - (n(c) % 12) * 365 * day), []],
    ['Unternehmen', (c) => `${ndFirm(c)[0]} ${ndFirm(c)[1]}`, CO],
    ['Rechtsform', (c) => ndFirm(c)[1], []],
    ['Registergericht', (c) => ndFirm(c)[2], []],
    ['Registernummer', (c) => ndHrb(c), ACCT, opt],
    ['Straße', (c) => ndFirm(c)[3], [W('street1')]],
    ['PLZ', (c) => ndFirm(c)[4], [W('postalCode')]],
    ['Ort', (c) => ndFirm(c)[5], [W('city')]],
    ['Bundesland', () => 'Bayern', ['workAddress.stateProvince', 'workAddress.state']],
    ['Branche', (c) => ndFirm(c)[6], []],
    ['Umsatz (Mio. EUR)', (c) => dec(ndFirm(c)[7]), []],
    ['Mitarbeiter', (c) => String(ndFirm(c)[8]), []],
    ['Status', () => 'aktiv', []],
    ['Website', (c) => `https://www.${ndFirm(c)[9]}`, ['b2b.companyWebsite']],
    ['Telefon', (c) => `+49 ${row(['871', '861', '941', '89', '821', '851'], n(c) % 6)} ${(n(c) * 11) % 900000 + 100000}`, ['workPhone.number']],
    ['E-Mail', (c) => `info@${ndFirm(c)[9]}`, ['workEmail.address'], opt],
    ['Letzte Änderung', (c) => v.fmt.de(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Link', (c) => `https://www.northdata.de/${encodeURIComponent(`${c.last}, ${c.first}`)}/${ndHome(c)}`, []],
  ] },

  // ---------------------------------------------------------------- Spain: restaurant POS invoice lines
  { name: 'revo-xef-detalle-facturas-export-es', product: 'Revo XEF (Spanish iPad restaurant POS; back-office > Informes > Facturación > Detalle de facturas (CSV), one row per product line of each invoice with table, waiter, VAT and payment, Spanish UI, a tapas bar in Seville\'s Alameda de Hércules)', family: 'pos', language: 'es', schema: E, cols: [
    ['Factura', (c, o) => `${rvNominal(c) ? 'NOM-' : 'R'}${pad((n(o) * 37) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => dmyT(cet(rvAt(o)), '/'), ['timestamp']],
    ['Orden', (c, o) => String(410000 + (n(o) % 90000)), [OR('purchaseID')], opt],
    ['Sala', (c, o) => row(['Barra', 'Terraza', 'Salón', 'Terraza'], n(o) % 4), []],
    ['Mesa', (c, o) => (n(o) % 4 === 0 ? `B${(n(o) % 8) + 1}` : `${(n(o) % 18) + 1}`), []],
    ['Camarero', (c, o) => row(['Manolo', 'Rocío', 'Javi', 'Triana'], n(o) >> 2), []],
    ['Cliente', (c) => (rvNominal(c) ? `${c.first} ${c.last}` : ''), []],
    ['NIF', (c) => (rvNominal(c) ? dni(n(c) * 131) : ''), []],
    ['Email', (c) => (rvNominal(c) ? c.email : ''), EMAIL_ID],
    ['Producto', (c, o) => rvItem(o)[0], [PL('name')]],
    ['Categoría', (c, o) => rvItem(o)[1], [PL('productCategories[0].categoryName')]],
    ['Cantidad', (c, o) => String(rvQty(o)), [PL('quantity')]],
    ['Precio', (c, o) => dec(rvItem(o)[2]), [], opt],
    ['Descuento', (c, o) => dec(rvDisc(o)), [PL('discountAmount')], opt],
    ['Base imponible', (c, o) => dec(rvNet(o) / 1.1), [], opt],
    ['% IVA', () => '10', []],
    ['IVA', (c, o) => dec(rvNet(o) - rvNet(o) / 1.1), [], opt],
    ['Total', (c, o) => dec(rvNet(o)), [PL('priceTotal')]],
    ['Total factura', (c, o) => dec(rvTicket(o)), [OR('priceTotal')]],
    ['Método de pago', (c, o) => row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Tarjeta'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Propina', (c, o) => dec(n(o) % 4 === 1 ? 1 + (n(o) % 3) : 0), []],
  ] },

  // ---------------------------------------------------------------- Spain: CrossFit box charges
  { name: 'wodbuster-cobros-export-es', product: 'WodBuster (Spanish management app for CrossFit and functional-training boxes; Administración > Cobros > Exportar a Excel, one row per charge of an athlete\'s tariff with period, payment method and remittance, Spanish UI, a CrossFit box in Madrid\'s Chamberí district)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => dmy(cet(wbAt(o)), '/'), ['timestamp']],
    ['Atleta', (c) => `${c.last}, ${c.first}`, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Teléfono', (c) => c.mobile.replace('+34 ', ''), PHONE_ID],
    ['DNI', (c) => dni(n(c) * 977), []],
    ['Concepto', (c, o) => `Cuota ${MESES[cet(wbAt(o)).m - 1]} ${cet(wbAt(o)).y}`, [], opt],
    ['Tarifa', (c) => wbTariff(c)[0], [PL('name')]],
    ['Importe', (c) => dec(wbTariff(c)[1]), [], opt],
    ['Descuento', (c) => dec(wbDisc(c)), [OR('discountAmount')]],
    ['Total', (c) => dec(wbTariff(c)[1] - wbDisc(c)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Forma de pago', (c) => wbPay(c), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => wbStatus(c, o), []],
    ['Fecha de cobro', (c, o) => (wbStatus(c, o) === 'Pendiente' ? '' : dmy(cet(wbAt(o) + (wbPay(c) === 'Domiciliación' ? 4 : 0) * day), '/')), [], opt],
    ['Desde', (c, o) => `01/${pad(cet(wbAt(o)).m)}/${cet(wbAt(o)).y}`, []],
    ['Hasta', (c, o) => { const p = cet(wbAt(o)); return `${new Date(Date.UTC(p.y, p.m, 0)).getUTCDate()}/${pad(p.m)}/${p.y}` }, []],
    ['Remesa', (c, o) => (wbPay(c) === 'Domiciliación' ? `REM-${cet(wbAt(o)).y}${pad(cet(wbAt(o)).m)}-01` : ''), [OR('payments[0].transactionID')], opt],
    ['IBAN', (c) => (wbPay(c) === 'Domiciliación' ? `ES${pad((n(c) % 89) + 10)} 2100 **** **** **** ${pad(n(c) % 10000, 4)}` : ''), []],
    ['Observaciones', (c, o) => (wbStatus(c, o) === 'Devuelto' ? 'Recibo devuelto - MS03' : n(c) % 7 === 3 ? 'Descuento amigo' : ''), []],
  ] },

  // ---------------------------------------------------------------- Brazil: gym sales
  { name: 'tecnofit-vendas-export-br', product: 'Tecnofit (Brazilian gym and studio management system; Financeiro > Relatórios > Vendas > Exportar (Excel), one row per sale item with client, plan or product, discount, payment method and instalments, seller and contract period, Portuguese UI (Brazil), a functional-training studio in Belo Horizonte\'s Savassi)', family: 'memberships', language: 'pt', schema: E, cols: [
    ['Código da venda', (c, o) => String(180000 + (n(o) % 70000)), [OR('purchaseID')]],
    ['Data da venda', (c, o) => dmyT(brt(tfAt(o)), '/'), ['timestamp']],
    ['Cliente', (c) => c.full, []],
    ['CPF', (c) => cpf(n(c) * 5309), []],
    ['E-mail', (c) => c.email, EMAIL_ID],
    ['Celular', (c) => `(31) 9${8100 + (n(c) % 1800)}-${pad((n(c) * 17) % 10000, 4)}`, PHONE_ID],
    ['Item', (c, o) => tfItem(o)[0], [PL('name')]],
    ['Tipo', (c, o) => tfItem(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Quantidade', (c, o) => String(tfQty(o)), [PL('quantity')]],
    ['Valor bruto', (c, o) => brl(tfGross(o)), [PL('priceTotal')], opt],
    ['Desconto', (c, o) => brl(tfDisc(o)), [OR('discountAmount')]],
    ['Valor líquido', (c, o) => brl(tfGross(o) - tfDisc(o)), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => tfPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (tfPay(o) === 'Cartão de crédito' && tfItem(o)[1] === 'Plano' ? String(row([1, 3, 6, 12], n(o) >> 2)) : '1'), []],
    ['Status', (c, o) => row(['Paga', 'Paga', 'Paga', 'Em aberto', 'Paga', 'Cancelada'], (n(o) >> 1) % 6), []],
    ['Vendedor', (c, o) => row(['Recepção', 'Bruna Alves', 'Diego Martins', 'Recepção'], n(o) >> 3), []],
    ['Unidade', () => 'Savassi', ['commerce.commerceScope.storeCode'], opt],
    ['Início do contrato', (c, o) => (tfItem(o)[1] === 'Plano' ? dmy(brt(tfAt(o) + day), '/') : ''), []],
    ['Fim do contrato', (c, o) => (tfItem(o)[1] === 'Plano' ? dmy(brt(tfAt(o) + day + tfItem(o)[3] * 30 * day), '/') : ''), []],
    ['Observação', (c, o) => row(['', '', 'Renovação', '', 'Indicação de aluno', ''], n(o) % 6), []],
  ] },

  // ---------------------------------------------------------------- Brazil: school payments statement
  { name: 'edunext-extrato-financeiro-export-br', product: 'edunext (Brazilian payments and enrolment platform for schools and courses; Carteira > Extrato Financeiro > Relatório por Período (sent by e-mail as a spreadsheet), one row per account movement with its invoice, contract, paying guardian, address, student and course, Portuguese UI (Brazil), a pre-university (ENEM) course in Recife)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data da movimentação', (c, o) => dmyT(brt(o.at), '/'), ['timestamp']],
    ['Descrição', (c, o) => (enKind(o) === 'Taxa de saque' ? 'Tarifa de saque' : `Pagamento de fatura - ${enKind(o)}`), []],
    ['Valor', (c, o) => brl(enValue(c, o)), [OR('payments[0].paymentAmount')]],
    ['Saldo', (c, o) => brl(2000 + (n(o) % 30000) + 0.37), []],
    ['Crédito/Débito', (c, o) => (enKind(o) === 'Taxa de saque' ? 'Débito' : 'Crédito'), []],
    ['Fatura', (c, o) => (enKind(o) === 'Taxa de saque' ? '' : String(880000 + (n(o) % 100000))), [OR('payments[0].transactionID'), OR('purchaseID')], opt],
    ['Tipo de pagamento', (c, o) => (enKind(o) === 'Taxa de saque' ? '' : enKind(o)), [], opt],
    ['Status', (c, o) => (enKind(o) === 'Taxa de saque' ? '' : 'Pago'), []],
    ['Forma de pagamento', (c, o) => (enKind(o) === 'Taxa de saque' ? '' : enMethod(o)), [OR('payments[0].paymentType')]],
    ['Contrato', (c) => String(51000 + (n(c) % 9000)), [], opt],
    ['Tipo de contrato', (c) => row(['Recorrente', 'Mensalidade', 'À vista'], n(c) % 3), []],
    ['Razão social do tomador', () => 'Pré-Vestibular Capibaribe Ltda', []],
    ['CPF/CNPJ do tomador', () => '12.345.678/0001-90', []],
    ['Nome/Razão social do cliente (responsável financeiro)', (c) => (enMinor(c) ? `${enGuardian(c)} ${c.last}` : c.full), []],
    ['CPF/CNPJ do responsável financeiro', (c) => (enMinor(c) ? cpf(n(c) * 7331) : cpf(n(c) * 9157)), []],
    ['E-mail do cliente', (c) => enPayerMail(c), EMAIL_ID],
    ['Telefone do cliente', (c) => `(81) 9${8000 + (n(c) % 1999)}-${pad((n(c) * 13) % 10000, 4)}`, PHONE_ID],
    ['Endereço', (c) => enPlace(c)[0], [BILL('street1')]],
    ['Número', (c) => String((n(c) % 1500) + 10), [], opt],
    ['Complemento', (c) => (n(c) % 3 === 1 ? `Apto ${(n(c) % 20) + 1}0${(n(c) % 4) + 1}` : ''), [BILL('street2')]],
    ['Bairro', (c) => enPlace(c)[1], [], opt],
    ['Cidade', () => 'Recife', [BILL('city')]],
    ['Estado', () => 'PE', [BILL('stateProvince'), BILL('state')]],
    ['País', () => 'Brasil', [BILL('country')]],
    ['CEP', (c) => enPlace(c)[2], [BILL('postalCode')]],
    ['ID do aluno', (c) => String(200000 + (n(c) % 90000)), CUST_ID, opt],
    ['Nome do aluno', (c) => c.full, []],
    ['CPF do aluno', (c) => cpf(n(c) * 9157), []],
    ['ID do produto/curso', (c) => enCourse(c)[0], [PL('SKU'), PL('_id')], opt],
    ['Nome do produto/curso', (c) => enCourse(c)[1], [PL('name')]],
  ] },

  // ---------------------------------------------------------------- France: B2B prospecting database contacts
  { name: 'corporama-contacts-export-fr', product: 'Corporama (French B2B prospecting database; Recherche > Contacts (filtres fonction, secteur, zone) > Exporter (Excel), one row per decision-maker with verified e-mail, direct line and the company\'s SIREN, NAF code, headcount band and revenue, French UI, an industrial-maintenance company near Lyon building a list of plant and maintenance managers in Auvergne-Rhône-Alpes)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => axJob(c), ['extendedWorkDetails.jobTitle']],
    ['Niveau de fonction', (c) => row(['Responsable', 'Direction', 'Cadre', 'Responsable', 'Direction', 'Responsable'], n(c) >> 1), []],
    ['Service', (c) => row(['Maintenance', 'Direction générale', 'Achats', 'Travaux neufs', 'Technique', 'Production'], n(c) >> 1), ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${ascii(c.first)}.${ascii(c.last)}@${axFirm(c)[5]}`, ['workEmail.address']],
    ['Statut e-mail', (c) => row(['Vérifié', 'Vérifié', 'Catch-all', 'Vérifié', 'Probable'], n(c) % 5), []],
    ['Téléphone direct', (c) => (n(c) % 3 === 0 ? '' : frTel(c)), ['workPhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}-${(n(c) % 9000) + 1000}`, []],
    ['Raison sociale', (c) => axFirm(c)[0], CO],
    ['SIREN', (c) => axFirm(c)[6], ACCT, opt],
    ['Forme juridique', (c) => axFirm(c)[7], []],
    ['Code NAF', (c) => axFirm(c)[8], []],
    ['Libellé NAF', (c) => axFirm(c)[9], []],
    ['Tranche d\'effectif', (c) => axFirm(c)[10], []],
    ['Chiffre d\'affaires', (c) => `${axFirm(c)[11]} M€`, []],
    ['Adresse', (c) => axFirm(c)[2], [W('street1')]],
    ['Code postal', (c) => axFirm(c)[3], [W('postalCode')]],
    ['Ville', (c) => axFirm(c)[4], [W('city')]],
    ['Département', (c) => axFirm(c)[12], [], opt],
    ['Région', () => 'Auvergne-Rhône-Alpes', ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Site web', (c) => `www.${axFirm(c)[5]}`, ['b2b.companyWebsite']],
    ['Téléphone standard', (c) => `04 ${pad((n(c) >> 1) % 100)} ${pad((n(c) >> 5) % 100)} 00 00`, ['workPhone.number'], opt],
    ['Date de mise à jour', (c) => v.fmt.eu(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Poland: CRM contacts
  { name: 'firmao-kontakty-export-pl', product: 'Firmao (Polish CRM and ERP for small firms; Kontakty > Osoby kontaktowe > Eksportuj do pliku CSV, one row per contact person with the customer firm, NIP, address, owner, tags and marketing consent, Polish UI, a Wrocław wholesaler of ventilation and air-conditioning equipment selling to installers)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(10000 + (n(c) % 80000)), B2BID],
    ['Imię', (c) => plp(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => plp(c).last, ['person.name.lastName']],
    ['Stanowisko', (c) => fmJob(c), ['extendedWorkDetails.jobTitle']],
    ['Firma', (c) => fmFirm(c)[0], CO],
    ['NIP', (c) => fmFirm(c)[1], []],
    ['E-mail', (c) => `${ascii(plp(c).first)}.${ascii(plp(c).last)}@${fmFirm(c)[6]}`, ['workEmail.address']],
    ['Telefon', (c) => `+48 ${fmFirm(c)[7]} ${(n(c) * 3) % 900 + 100} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`, ['workPhone.number']],
    ['Telefon komórkowy', (c) => `+48 ${row(['501', '602', '693', '784', '512'], n(c) % 5)} ${(n(c) * 7) % 900 + 100} ${(n(c) * 11) % 900 + 100}`, ['mobilePhone.number']],
    ['Ulica', (c) => fmFirm(c)[2], [W('street1')]],
    ['Kod pocztowy', (c) => fmFirm(c)[3], [W('postalCode')]],
    ['Miasto', (c) => fmFirm(c)[4], [W('city')]],
    ['Województwo', (c) => fmFirm(c)[5], ['workAddress.stateProvince', 'workAddress.state']],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Opiekun', (c) => row(['Łukasz Dąbrowski', 'Monika Pawlak', 'Łukasz Dąbrowski'], n(c) >> 2), []],
    ['Etykiety', (c) => row(['instalator', 'instalator, VIP', 'projektant', '', 'serwis'], n(c) % 5), []],
    ['Źródło', (c) => row(['Targi Instalacje', 'Strona WWW', 'Polecenie', 'Telefon', 'Strona WWW'], n(c) % 5), ['b2b.personSource']],
    ['Zgoda marketingowa', (c) => (n(c) % 4 === 3 ? 'Nie' : 'Tak'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Data utworzenia', (c) => plDT(c.created), ['extSourceSystemAudit.createdDate']],
    ['Data modyfikacji', (c) => plDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Uwagi', (c) => row(['', 'Zainteresowany rekuperatorami', '', 'Prosi o cennik hurtowy', ''], n(c) % 5), []],
  ] },
]
