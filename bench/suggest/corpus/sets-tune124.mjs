// Round 57, tune124: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Western-European and Latin-American exports in their UI language: an open-source
// ERP's sales-invoice report (de, Germany), an open-source CRM's contacts with its levelled address fields (de,
// Austria), a WordPress booking plugin's appointments (nl, Flemish Belgium), a restaurant-reservation system's guest
// list (nl, Netherlands), a pay-by-link service's transactions (fr, France), a Joomla newsletter extension's subscribers
// (fr, France), a Chilean payment gateway's received payments (es, Chile), an open-source CRM's contacts (es, Mexico),
// a Brazilian shop platform's order lines (pt, Brazil), a Brazilian free POS/ERP's customer list (pt, Brazil), an
// Italian bank's e-commerce gateway transactions (it, Italy) and an open-source ERP's lead list (it, Italy). Headers: Flow's
// field vocabulary follows its public payment API; kivitendo's follow its sales-invoice report columns and German
// locale; the rest is written from the writer's knowledge of each product (see the "Round 57 tune" paragraph).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, summer, local, dec, thou } from './values.mjs'

const day = 86400000
const bd = (ms) => v.parts(ms)
const cet = (ms) => local(ms, 1) // Germany, Austria, Benelux, France, Italy
const clt = (ms) => shift(ms, summer(ms) ? -4 : -3) // Chile: UTC-4 in the southern winter, UTC-3 in summer
const mex = (ms) => shift(ms, -6) // Mexico (no DST since 2022)
const brt = (ms) => shift(ms, -3) // Brasília
const n = (x) => +x.id
// the same instant moved to opening hours (09:00-20:59 local) for things people key in at work
const inHours = (ms, off) => { const H = shift(ms, off).H; return ms + ((9 + (H % 12)) - H) * 3600000 }
const later = (o, d) => o.at + d * day

const WE = ['workEmail.address', 'personalEmail.address']
const ADR = ['workAddress', ...HOME] // a B2B contact's single, unqualified address

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')

const PEOPLE = {
  // [male first names], [female first names], [last names], mail domains
  at: [['Florian', 'Stefan', 'Markus', 'Christoph', 'Bernhard', 'Lukas', 'Wolfgang'], ['Katharina', 'Julia', 'Sabine', 'Elisabeth', 'Verena', 'Birgit', 'Magdalena'], ['Gruber', 'Huber', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder'], ['gmx.at', 'aon.at', 'gmail.com', 'chello.at']],
  be: [['Wout', 'Pieter', 'Jens', 'Thomas', 'Bart', 'Arne', 'Koen'], ['Lotte', 'Elke', 'Annelies', 'Sofie', 'Ine', 'Hanne', 'Marie'], ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'De Smet', 'Vermeulen', 'Van Damme'], ['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com']],
  nl: [['Daan', 'Joost', 'Ruben', 'Bas', 'Thijs', 'Maarten', 'Sander'], ['Femke', 'Sanne', 'Lieke', 'Anouk', 'Marloes', 'Ilse', 'Eva'], ['de Vries', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Graaf', 'van Leeuwen', 'Kok', 'Verhoeven', 'Hendriks', 'van der Linden'], ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'outlook.com']],
  fr: [['Julien', 'Nicolas', 'Antoine', 'Mathieu', 'Sébastien', 'Romain', 'Guillaume'], ['Camille', 'Aurélie', 'Claire', 'Émilie', 'Sophie', 'Pauline', 'Céline'], ['Martin', 'Bernard', 'Girard', 'Bonnet', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'Chevalier'], ['orange.fr', 'gmail.com', 'free.fr', 'sfr.fr', 'laposte.net', 'hotmail.fr']],
  cl: [['Matías', 'Sebastián', 'Felipe', 'Cristóbal', 'Diego', 'Tomás', 'Rodrigo'], ['Valentina', 'Catalina', 'Javiera', 'Constanza', 'Francisca', 'Camila', 'Fernanda'], ['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Fuentes'], ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'uc.cl']],
  mx: [['José Luis', 'Alejandro', 'Juan Carlos', 'Eduardo', 'Ricardo', 'Jorge', 'Arturo'], ['María Fernanda', 'Guadalupe', 'Claudia', 'Adriana', 'Verónica', 'Alejandra', 'Mariana'], ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Garza', 'Treviño'], ['gmail.com', 'hotmail.com', 'outlook.com', 'prodigy.net.mx']],
  br: [['Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Felipe', 'Bruno', 'Gustavo'], ['Ana Clara', 'Juliana', 'Fernanda', 'Beatriz', 'Larissa', 'Patrícia', 'Camila'], ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Ferreira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Carvalho'], ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br']],
  it: [['Marco', 'Luca', 'Andrea', 'Giuseppe', 'Davide', 'Stefano', 'Matteo'], ['Giulia', 'Francesca', 'Chiara', 'Valentina', 'Elisa', 'Silvia', 'Martina'], ['Rossi', 'Bianchi', 'Ferrari', 'Colombo', 'Ricci', 'Marino', 'Galli', 'Conti', 'Bruno', 'Lombardi', 'Moretti', 'Barbieri'], ['libero.it', 'gmail.com', 'alice.it', 'hotmail.it', 'virgilio.it', 'tiscali.it']],
}
// [city, region/state, postcode, street, area code]
const PLACES = {
  at: [['Graz', 'Steiermark', '8010', 'Herrengasse', '0316', 'Graz'], ['Wien', 'Wien', '1070', 'Neubaugasse', '01', 'Wien'], ['Linz', 'Oberösterreich', '4020', 'Landstraße', '0732', 'Linz'], ['Leoben', 'Steiermark', '8700', 'Franz-Josef-Straße', '03842', 'Leoben'], ['Klagenfurt am Wörthersee', 'Kärnten', '9020', 'Bahnhofstraße', '0463', 'Klagenfurt am Wörthersee'], ['Gleisdorf', 'Steiermark', '8200', 'Florianiplatz', '03112', 'Weiz'], ['Salzburg', 'Salzburg', '5020', 'Linzer Gasse', '0662', 'Salzburg']],
  be: [['Gent', 'Oost-Vlaanderen', '9000', 'Kortrijksesteenweg'], ['Gentbrugge', 'Oost-Vlaanderen', '9050', 'Brusselsesteenweg'], ['Merelbeke', 'Oost-Vlaanderen', '9820', 'Hundelgemsesteenweg'], ['Lochristi', 'Oost-Vlaanderen', '9080', 'Dorp-West'], ['Destelbergen', 'Oost-Vlaanderen', '9070', 'Dendermondesteenweg'], ['Sint-Martens-Latem', 'Oost-Vlaanderen', '9830', 'Kortrijksesteenweg'], ['Deinze', 'Oost-Vlaanderen', '9800', 'Markt']],
  nl: [['Utrecht', 'Utrecht', '3581 KB', 'Biltstraat'], ['Utrecht', 'Utrecht', '3515 AB', 'Adelaarstraat'], ['Zeist', 'Utrecht', '3701 AA', 'Slotlaan'], ['Amersfoort', 'Utrecht', '3811 CD', 'Langestraat'], ['Houten', 'Utrecht', '3991 AB', 'Plein'], ['Nieuwegein', 'Utrecht', '3431 GH', 'Dukatenburg'], ['Amsterdam', 'Noord-Holland', '1072 VK', 'Ferdinand Bolstraat']],
  fr: [['Bordeaux', 'Nouvelle-Aquitaine', '33000', 'cours de l\'Intendance'], ['Mérignac', 'Nouvelle-Aquitaine', '33700', 'avenue de la Marne'], ['Pessac', 'Nouvelle-Aquitaine', '33600', 'rue Gambetta'], ['Libourne', 'Nouvelle-Aquitaine', '33500', 'rue Victor Hugo'], ['Arcachon', 'Nouvelle-Aquitaine', '33120', 'boulevard de la Plage'], ['Paris', 'Île-de-France', '75011', 'rue Oberkampf'], ['Toulouse', 'Occitanie', '31000', 'rue d\'Alsace-Lorraine']],
  cl: [['Santiago', 'Región Metropolitana', '8320000', 'Providencia'], ['Ñuñoa', 'Región Metropolitana', '7750000', 'Ñuñoa'], ['Viña del Mar', 'Valparaíso', '2520000', 'Viña del Mar'], ['Concepción', 'Biobío', '4030000', 'Concepción'], ['Las Condes', 'Región Metropolitana', '7550000', 'Las Condes'], ['Temuco', 'La Araucanía', '4780000', 'Temuco']],
  mx: [['Monterrey', 'Nuevo León', '64000', 'Av. Constitución', '81'], ['San Pedro Garza García', 'Nuevo León', '66220', 'Av. Vasconcelos', '81'], ['Apodaca', 'Nuevo León', '66600', 'Blvd. Miguel Alemán', '81'], ['Saltillo', 'Coahuila', '25000', 'Blvd. Venustiano Carranza', '844'], ['Ciudad de México', 'Ciudad de México', '06600', 'Paseo de la Reforma', '55'], ['Guadalajara', 'Jalisco', '44100', 'Av. Chapultepec', '33'], ['Querétaro', 'Querétaro', '76000', 'Av. 5 de Febrero', '442']],
  br: [['Curitiba', 'PR', '80240-030', 'Rua Padre Anchieta', 'Batel', '41'], ['Curitiba', 'PR', '80420-090', 'Av. Sete de Setembro', 'Água Verde', '41'], ['São Paulo', 'SP', '05407-002', 'Rua Cardeal Arcoverde', 'Pinheiros', '11'], ['Joinville', 'SC', '89201-100', 'Rua do Príncipe', 'Centro', '47'], ['Porto Alegre', 'RS', '90570-020', 'Rua Dona Laura', 'Rio Branco', '51'], ['Londrina', 'PR', '86010-390', 'Av. Higienópolis', 'Centro', '43'], ['Recife', 'PE', '52011-010', 'Rua da Aurora', 'Boa Vista', '81'], ['Olinda', 'PE', '53120-000', 'Av. Getúlio Vargas', 'Bairro Novo', '81']],
  it: [['Firenze', 'FI', '50122', 'Via dei Servi'], ['Milano', 'MI', '20135', 'Corso Lodi'], ['Roma', 'RM', '00185', 'Via Merulana'], ['Bologna', 'BO', '40126', 'Via Zamboni'], ['Torino', 'TO', '10128', 'Via Nizza'], ['Napoli', 'NA', '80134', 'Via Toledo'], ['Prato', 'PO', '59100', 'Via Pistoiese']],
}
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = seeded(c, cc)
  const [males, females, lasts, mails] = PEOPLE[cc]
  const female = r() < 0.52
  const first = v.pick(r, female ? females : males), last = v.pick(r, lasts)
  const pl = v.pick(r, PLACES[cc])
  const no = v.int(r, 1, 180)
  const p = { female, first, last, full: `${first} ${last}`, city: pl[0], region: pl[1], zip: pl[2], streetName: pl[3], no: String(no) }
  const fs = slug(first.split(' ')[0]), ls = slug(last)
  p.email = `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, mails)}`
  if (cc === 'at') {
    p.street = `${pl[3]} ${no}`; p.top = r() < 0.4 ? `Top ${v.int(r, 1, 24)}` : ''; p.bezirk = pl[5]
    p.mobile = `+43 6${v.pick(r, ['64', '60', '76', '99', '50'])} ${v.int(r, 1000000, 9999999)}`
    p.tel = `+43 ${pl[4].slice(1)} ${v.int(r, 200000, 899999)}`
  } else if (cc === 'be') {
    p.street = `${pl[3]} ${no}`
    p.mobile = `+32 4${v.pick(r, ['70', '75', '77', '78', '85', '86', '96', '99'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  } else if (cc === 'nl') {
    p.street = `${pl[3]} ${no}`; p.mobile = `06${v.int(r, 10000000, 99999999)}`
  } else if (cc === 'fr') {
    p.street = `${no} ${pl[3]}`
    p.mobile = `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    p.tel = `05 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  } else if (cc === 'cl') {
    p.comuna = pl[3]; p.mobile = `+569${v.int(r, 10000000, 99999999)}`
    const body = v.int(r, 8000000, 21999999); let s = 0, m = 2
    for (const d of String(body).split('').reverse()) { s += +d * m; m = m === 7 ? 2 : m + 1 }
    const dv = 11 - (s % 11)
    p.rut = `${String(body).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${dv === 11 ? '0' : dv === 10 ? 'K' : dv}`
  } else if (cc === 'mx') {
    p.street = `${pl[3]} ${v.int(r, 100, 4800)}${r() < 0.3 ? ` Int. ${v.int(r, 1, 30)}` : ''}`; p.colonia = v.pick(r, ['Col. Centro', 'Col. Del Valle', 'Col. Obispado', 'Col. Mitras Centro', 'Col. Roma Norte', 'Col. Americana'])
    p.mobile = `+52 ${pl[4]} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`.replace(/^(\+52 \d{3}) (\d{4}) (\d{4})$/, '$1 $2 $3')
    p.tel = `${pl[4]} ${v.int(r, 8000, 8999)} ${v.int(r, 1000, 9999)}`
  } else if (cc === 'br') {
    p.street = pl[3]; p.bairro = pl[4]; p.uf = pl[1]; p.ddd = pl[5]
    p.compl = v.pick(r, ['', '', '', `Apto ${v.int(r, 11, 1204)}`, `Casa ${v.int(r, 1, 4)}`, `Bloco ${v.pick(r, ['A', 'B', 'C'])} Apto ${v.int(r, 101, 804)}`])
    p.mobile = `(${pl[5]}) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
    p.tel = `(${pl[5]}) ${v.int(r, 3000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`
    p.cpf = `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
  } else if (cc === 'it') {
    p.street = `${pl[3]} ${no}`; p.prov = pl[1]
    p.mobile = `+39 3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
  }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- kivitendo: a Bielefeld machine-parts wholesaler's customers
const DE_FIRMS = [['Schäfer Maschinenbau GmbH', '10047', 'DE', 'Deutschland', 'DE812345671', 'Inland', 'Industrie'], ['Hüttemann Fördertechnik GmbH & Co. KG', '10112', 'DE', 'Deutschland', 'DE125776034', 'Inland', 'Industrie'], ['Landwirtschaftliche Lohnunternehmen Brinkmann', '10208', 'DE', 'Deutschland', '', 'Inland', 'Landwirtschaft'], ['Kettler Antriebstechnik AG', '10315', 'DE', 'Deutschland', 'DE278114590', 'Inland', 'Industrie'], ['Van Wijk Techniek B.V.', '20011', 'NL', 'Niederlande', 'NL815432976B01', 'EU mit USt-ID Nummer', 'Händler'], ['Hydraulik Gmeiner GmbH', '20034', 'AT', 'Österreich', 'ATU62345178', 'EU mit USt-ID Nummer', 'Händler'], ['Stahlbau Kröger e.K.', '10422', 'DE', 'Deutschland', 'DE301288734', 'Inland', 'Handwerk'], ['Muster & Sohn Agrartechnik OHG', '10501', 'DE', 'Deutschland', 'DE119945206', 'Inland', 'Landwirtschaft'], ['Brunner Industrieservice AG', '30007', 'CH', 'Schweiz', 'CHE-116.281.710 MWST', 'Außerhalb EU', 'Industrie']]
const kvFirm = (o) => row(DE_FIRMS, n(o) % 9)
const kvNet = (o) => Math.round((180 + (n(o) * 37.31) % 7400) * 100) / 100
const kvTax = (o) => (kvFirm(o)[5] === 'Inland' ? Math.round(kvNet(o) * 19) / 100 : 0)
const kvGross = (o) => Math.round((kvNet(o) + kvTax(o)) * 100) / 100
const kvType = (o) => (n(o) % 17 === 0 ? 'G' : n(o) % 23 === 0 ? 'S' : 'R')
const kvPaid = (o) => (kvType(o) !== 'R' ? 0 : n(o) % 5 === 0 ? 0 : n(o) % 11 === 0 ? Math.round(kvGross(o) * 50) / 100 : kvGross(o))
const kvSign = (o) => (kvType(o) === 'G' ? -1 : 1)

// ---------------------------------------------------------------- YetiForce: a Graz IT-service firm's contacts
const AT_ORGS = [['Steirische Holzbau GmbH', 'holzbau-stmk.at'], ['Alpenländische Spedition Pichler GmbH', 'pichler-logistik.at'], ['Murtal Kunststofftechnik GmbH', 'murtal-kt.at'], ['Weingut Tement', 'tement.at'], ['Ordination Dr. Leitner', 'ordination-leitner.at'], ['Stadtwerke Gleisdorf GmbH', 'stadtwerke-gleisdorf.at'], ['Hofer & Partner Steuerberatung OG', 'hofer-partner.at']]
const AT_JOBS = [['Geschäftsführer', 'Geschäftsführerin', 'Geschäftsführung'], ['IT-Leiter', 'IT-Leiterin', 'IT'], ['Leiter Einkauf', 'Leiterin Einkauf', 'Einkauf'], ['Prokurist', 'Prokuristin', 'Buchhaltung'], ['Systemadministrator', 'Systemadministratorin', 'IT'], ['Büroleiter', 'Büroleiterin', 'Verwaltung']]

// ---------------------------------------------------------------- Bookly: a Ghent physiotherapy practice (kinesitherapie)
const BE_SERV = [['Kinesitherapie - standaardbehandeling', 'Kinesitherapie', 30, 29.78], ['Eerste consult / bilan', 'Kinesitherapie', 45, 45], ['Manuele therapie', 'Kinesitherapie', 30, 35], ['Sportrevalidatie', 'Revalidatie', 45, 40], ['Perinatale kinesitherapie', 'Bekkenbodem', 30, 32.5], ['Dry needling', 'Kinesitherapie', 30, 35], ['Shockwave-therapie', 'Revalidatie', 20, 30]]
const beServ = (o) => row(BE_SERV, n(o) % 7)
const beStart = (o) => { const d = later(o, (n(o) % 40) + 1); const p = cet(d); return d - (p.H * 60 + p.M) * 60000 + (8 * 60 + 30 * (n(o) % 22)) * 60000 }

// ---------------------------------------------------------------- Paytweak: a Bordeaux boutique hotel's payment links
const PT_MEANS = [['Carte bancaire', 'CB'], ['Carte bancaire', 'VISA'], ['Carte bancaire', 'MASTERCARD'], ['Carte bancaire', 'AMEX'], ['Apple Pay', 'VISA'], ['Virement instantané', '']]
const ptMean = (o) => row(PT_MEANS, (n(o) >> 1) % 6)
const ptStatus = (o) => row(['Payé', 'Payé', 'Payé', 'Expiré', 'Payé', 'Remboursé', 'Payé', 'Refusé', 'En attente'], n(o) % 9)
const ptAmount = (o) => Math.round((90 + (n(o) * 13.7) % 1400) * 100) / 100
const ptType = (o) => row(['Acompte réservation', 'Solde séjour', 'Empreinte bancaire', 'Acompte réservation', 'Bon cadeau', 'Séminaire'], n(o) % 6)

// ---------------------------------------------------------------- Flow: a Santiago online wine and gourmet shop
const FL_MEDIA = ['Webpay', 'Webpay', 'Webpay', 'Mach', 'Servipag', 'Khipu', 'Multicaja', 'Onepay', 'Mercado Pago']
const flMedia = (o) => row(FL_MEDIA, n(o) % 9)
const flStatus = (o) => row(['Pagada', 'Pagada', 'Pagada', 'Pagada', 'Rechazada', 'Pagada', 'Pendiente de pago', 'Pagada', 'Anulada'], (n(o) >> 1) % 9)
const flAmount = (o) => 1000 * Math.round((8 + (n(o) * 7) % 180) * 1.1) + 990 * (n(o) % 2)
const flFee = (o) => Math.round(flAmount(o) * (flMedia(o) === 'Webpay' ? 0.0319 : 0.0289))

// ---------------------------------------------------------------- Zurmo: a Monterrey industrial-supply distributor's contacts
const MX_ORGS = [['Aceros y Perfiles del Norte, S.A. de C.V.', 'acerosdelnorte.com.mx', 'Manufactura'], ['Grupo Industrial Treviño, S.A.P.I. de C.V.', 'grupotrevino.mx', 'Manufactura'], ['Empaques Plásticos de Apodaca, S.A. de C.V.', 'empaquesapodaca.com', 'Manufactura'], ['Constructora Regia del Valle, S.A. de C.V.', 'regiadelvalle.com.mx', 'Construcción'], ['Autopartes Saltillo, S. de R.L. de C.V.', 'autopartessaltillo.mx', 'Automotriz'], ['Logística Integral Bajío, S.A. de C.V.', 'libajio.com', 'Transporte'], ['Hospital San José del Norte', 'hsjnorte.org.mx', 'Salud']]
const MX_JOBS = [['Gerente de Compras', 'Gerente de Compras', 'Compras'], ['Jefe de Mantenimiento', 'Jefa de Mantenimiento', 'Mantenimiento'], ['Director General', 'Directora General', 'Dirección'], ['Comprador', 'Compradora', 'Compras'], ['Gerente de Planta', 'Gerente de Planta', 'Producción'], ['Coordinador de Almacén', 'Coordinadora de Almacén', 'Logística']]

// ---------------------------------------------------------------- FastCommerce: a Curitiba natural-cosmetics shop
const BR_ITEMS = [['SAB-LAV-90', 'Sabonete Artesanal Lavanda 90g', 'Banho', 18.9], ['SHA-ALE-250', 'Shampoo Sólido Alecrim', 'Cabelos', 39.9], ['OLE-ROS-30', 'Óleo Facial Rosa Mosqueta 30ml', 'Rosto', 64.5], ['HID-KAR-200', 'Hidratante Corporal Karité 200ml', 'Corpo', 54.9], ['KIT-PRES-03', 'Kit Presente Autocuidado', 'Kits', 149.9], ['DES-NAT-55', 'Desodorante Natural Sem Alumínio', 'Corpo', 34.9], ['MAN-CAC-120', 'Manteiga de Cacau Pura 120g', 'Corpo', 42]]
const brItem = (o) => row(BR_ITEMS, n(o) % 7)
const brQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 1 : 0)
const brShip = (o) => row([['Correios - PAC', 21.4], ['Correios - SEDEX', 34.9], ['Jadlog .Package', 18.75], ['Retirar na loja', 0], ['Frete grátis (PAC)', 0]], (n(o) >> 1) % 5)
const brPay = (o) => row([['Cartão de crédito - Visa', 3], ['Pix', 1], ['Cartão de crédito - Mastercard', 1], ['Boleto bancário', 1], ['Pix', 1], ['Cartão de crédito - Elo', 6]], n(o) % 6)
const brStatus = (o) => row(['Entregue', 'Enviado', 'Pagamento aprovado', 'Aguardando pagamento', 'Entregue', 'Cancelado', 'Em separação', 'Entregue'], (n(o) >> 2) % 8)
const brDisc = (o, sub) => (n(o) % 5 === 0 ? Math.round(sub * 10) / 100 : 0)

// ---------------------------------------------------------------- UniCredit PagOnline: a Valpolicella winery's online shop
const UC_PAY = [['Carta di credito', 'VISA'], ['Carta di credito', 'MASTERCARD'], ['Carta di credito', 'VISA'], ['Carta di debito', 'MAESTRO'], ['Carta di credito', 'AMEX'], ['MyBank', 'MYBANK'], ['PayPal', 'PAYPAL']]
const ucPay = (o) => row(UC_PAY, (n(o) >> 1) % 7)
const ucStatus = (o) => row(['Contabilizzato', 'Contabilizzato', 'Autorizzato', 'Contabilizzato', 'Negato', 'Contabilizzato', 'Rimborsato', 'Contabilizzato', 'Annullato'], n(o) % 9)
const ucOk = (o) => !['Negato'].includes(ucStatus(o))
const ucAmount = (o) => Math.round((24 + (n(o) * 11.3) % 480) * 100) / 100
const ucEsito = (o) => (ucOk(o) ? ['00', 'Transazione autorizzata'] : row([['05', 'Autorizzazione negata'], ['51', 'Fondi insufficienti'], ['91', 'Emittente non disponibile']], n(o) % 3))
const UC_COUNTRY = ['ITA', 'ITA', 'ITA', 'DEU', 'ITA', 'CHE', 'AUT', 'ITA', 'NLD']

// ---------------------------------------------------------------- ERPNext: a Brescia industrial-automation integrator's leads
const IT_ORGS = [['Officine Meccaniche Bresciane S.r.l.', 'omb-brescia.it', 'Manifatturiero', 'Medie imprese', '51-200'], ['Trafilerie Valtrompia S.p.A.', 'trafilerievaltrompia.it', 'Metallurgia', 'Grandi imprese', '201-500'], ['Caseificio Sociale Lodigiano Soc. Coop.', 'caseificiolodigiano.it', 'Alimentare', 'Medie imprese', '51-200'], ['Plastitalia Stampaggi S.r.l.', 'plastitaliastampaggi.com', 'Materie plastiche', 'Piccole imprese', '11-50'], ['Logistica Garda S.r.l.', 'logisticagarda.it', 'Trasporti', 'Piccole imprese', '11-50'], ['Vetreria Franciacorta S.p.A.', 'vetreriafranciacorta.it', 'Vetro', 'Grandi imprese', '201-500']]
const IT_B2B_PLACES = [['Brescia', 'BS'], ['Lumezzane', 'BS'], ['Bergamo', 'BG'], ['Lodi', 'LO'], ['Desenzano del Garda', 'BS'], ['Verona', 'VR'], ['Cremona', 'CR']]
const IT_JOBS = [['Responsabile di produzione', 'Produzione'], ['Direttore tecnico', 'Ufficio tecnico'], ['Responsabile acquisti', 'Acquisti'], ['Amministratore delegato', 'Direzione'], ['Responsabile manutenzione', 'Manutenzione'], ['Ingegnere di processo', 'Ufficio tecnico']]

export const SETS = [
  // ---------------------------------------------------------------- German: Germany and Austria
  { name: 'kivitendo-rechnungen-bericht-de', product: 'kivitendo (open-source ERP; Verkauf > Berichte > Rechnungen, Gutschriften und Stornos > Export als CSV, one row per sales invoice, German UI, a Bielefeld machine-parts wholesaler)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Typ', (c, o) => kvType(o), [], opt],
    ['Rechnungsnummer', (c, o) => `${kvType(o) === 'G' ? 'G' : 'RE'}${bd(o.at).y}-${pad(1000 + n(o) % 9000, 5)}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Fälligkeitsdatum', (c, o) => dmy(cet(later(o, kvFirm(o)[5] === 'Inland' ? 14 : 30))), [], opt],
    ['Auftragsnummer', (c, o) => (n(o) % 4 === 3 ? '' : `AB${bd(o.at).y}-${pad(400 + n(o) % 6000, 5)}`), [], opt],
    ['Kundenbestellnummer', (c, o) => (n(o) % 3 === 0 ? '' : row(['4500', 'BE-', 'PO ', ''], n(o)) + String(10000 + (n(o) * 7) % 89999)), [OR('purchaseOrderNumber')]],
    ['Kundennummer', (c, o) => kvFirm(o)[1], CUST_ID, opt],
    ['Kunde', (c, o) => kvFirm(o)[0], []],
    ['Kundentyp', (c, o) => kvFirm(o)[6], []],
    ['Land', (c, o) => kvFirm(o)[3], [BILL('country')], opt],
    ['USt-IdNr.', (c, o) => kvFirm(o)[4], []],
    ['Steuerzone', (c, o) => kvFirm(o)[5], []],
    ['Währung', (c, o) => (kvFirm(o)[2] === 'CH' ? 'CHF' : 'EUR'), [OR('currencyCode')]],
    ['Netto', (c, o) => thou(kvSign(o) * kvNet(o)), [], opt],
    ['Steuer', (c, o) => thou(kvSign(o) * kvTax(o)), [OR('taxAmount')]],
    ['Summe', (c, o) => thou(kvSign(o) * kvGross(o)), [OR('priceTotal')]],
    ['Bezahlt', (c, o) => thou(kvPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Zahldatum', (c, o) => (kvPaid(o) ? dmy(cet(later(o, 3 + n(o) % 20))) : ''), [], opt],
    ['Offener Betrag', (c, o) => thou(kvType(o) === 'R' ? kvGross(o) - kvPaid(o) : 0), []],
    ['Zahlungsbedingungen', (c, o) => (kvFirm(o)[5] === 'Inland' ? row(['14 Tage netto', '8 Tage 2 % Skonto, 30 Tage netto', 'Lastschrift 10 Tage'], n(o)) : '30 Tage netto'), []],
    ['Lastschrifteinzug', (c, o) => (n(o) % 3 === 2 && kvFirm(o)[5] === 'Inland' ? 'ja' : 'nein'), []],
    ['Transportmittel', (c, o) => row(['DHL Paket', 'Spedition Dachser', 'Abholung', 'UPS Standard', 'DHL Paket'], n(o) % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Vorgangsbezeichnung', (c, o) => row(['Ersatzteile Förderband', 'Wartungsset Hydraulik', 'Lager und Dichtungen', 'Rahmenvertrag Q' + (1 + (bd(o.at).m - 1) / 3 | 0), 'Reparatur Getriebe', ''], n(o) % 6), []],
    ['Verkäufer/in', (c, o) => row(['Tanja Meier', 'Holger Brinkhoff', 'Jens Oberwelland'], n(o) % 3), []],
    ['Bearbeiter', (c, o) => row(['Sandra Kuhlmann', 'Dirk Tiemann'], n(o) % 2), []],
    ['Bemerkungen', (c, o, r) => v.pick(r, ['', '', '', 'Teillieferung, Rest folgt', 'Lieferschein LS-2211 beigelegt', 'Skonto abgezogen']), []],
    ['Erfassungsdatum', (c, o) => `${dmy(cet(inHours(o.at, 1)))} ${hms(cet(inHours(o.at, 1)))}`, [OR('createdDate')], opt],
  ] },
  { name: 'yetiforce-kontakte-at-de', product: 'YetiForce CRM (open-source; Kontakte > Listenansicht > Exportieren (CSV), one row per contact, German UI, a Graz IT-service and network firm in Austria)', family: 'crm', language: 'de', schema: B, cols: [
    ['Nummer', (c) => `KO${pad(+c.id % 4000 + 120, 5)}`, B2BID],
    ['Anrede', (c) => (loc(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => v.pick(r, ['', '', '', 'Mag.', 'Ing.', 'DI', 'Dr.', 'MSc']), [], opt],
    ['Vorname', (c) => loc(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => loc(c, 'at').last, ['person.name.lastName']],
    ['Organisation', (c) => row(AT_ORGS, +c.id % 7)[0], CO],
    ['Position', (c) => row(AT_JOBS, +c.id % 6)[loc(c, 'at').female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(AT_JOBS, +c.id % 6)[2], ['extendedWorkDetails.departments[0]']],
    ['Primäre E-Mail', (c) => `${slug(loc(c, 'at').first)[0]}.${slug(loc(c, 'at').last)}@${row(AT_ORGS, +c.id % 7)[1]}`, WE],
    ['Sekundäre E-Mail', (c, o, r) => (r() < 0.3 ? loc(c, 'at').email : ''), ['personalEmail.address'], opt],
    ['Telefon Büro', (c) => loc(c, 'at').tel, ['workPhone.number']],
    ['Mobiltelefon', (c) => loc(c, 'at').mobile, ['mobilePhone.number']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.4 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['Kontaktstatus', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Inaktiv', 'Interessent']), ['b2b.personStatus'], opt],
    ['Quelle', (c, o, r) => v.pick(r, ['Empfehlung', 'Website', 'Messe', 'Kaltakquise', 'Bestandskunde']), ['b2b.personSource'], opt],
    ['Land', () => 'Österreich', at(ADR, 'country')],
    ['Bundesland', (c) => loc(c, 'at').region, STATE(ADR)],
    ['Bezirk', (c) => loc(c, 'at').bezirk, at(ADR, 'region'), opt],
    ['Ort', (c) => loc(c, 'at').city, at(ADR, 'city')],
    ['PLZ', (c) => loc(c, 'at').zip, at(ADR, 'postalCode')],
    ['Straße', (c) => loc(c, 'at').streetName, at(ADR, 'street1')],
    ['Hausnummer', (c) => loc(c, 'at').no, [], opt],
    ['Wohnungsnummer', (c) => loc(c, 'at').top, at(ADR, 'street2'), opt],
    ['E-Mail-Opt-out', (c, o, r) => (r() < 0.15 ? 'Ja' : 'Nein'), [], opt],
    ['Zugewiesen an', (c) => row(['Andreas Pölzl', 'Martina Reinisch', 'Vertrieb Graz'], +c.id % 3), []],
    ['Erstellt am', (c) => { const p = cet(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => { const p = cet(Math.max(c.created, c.updated)); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Dutch: Flemish Belgium and the Netherlands
  { name: 'bookly-afspraken-export-nl', product: 'Bookly Pro (WordPress booking plugin; Bookly > Afspraken > Exporteren naar CSV, one row per appointment, Dutch UI, a Ghent physiotherapy practice in Belgium)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Nr.', (c, o) => String(1200 + n(o) % 9000), ['_id']],
    ['Afspraakdatum', (c, o) => { const p = cet(beStart(o)); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
    ['Medewerker', (c, o) => row(['Wout Van Hecke', 'Lien De Clercq', 'Sarah Verstraete'], n(o) % 3), []],
    ['Klantnaam', (c) => loc(c, 'be').full, []],
    ['Telefoon klant', (c) => loc(c, 'be').mobile, PHONE_ID, opt],
    ['E-mail klant', (c) => loc(c, 'be').email, EMAIL_ID, opt],
    ['Adres klant', (c) => `${loc(c, 'be').street}, ${loc(c, 'be').zip} ${loc(c, 'be').city}`, [], opt],
    ['Dienst', (c, o) => beServ(o)[0], [PL('name')], opt],
    ['Categorie', (c, o) => beServ(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Duur', (c, o) => `${beServ(o)[2]} min`, []],
    ['Aantal personen', () => '1', [PL('quantity')], opt],
    ['Prijs', (c, o) => `€${dec(beServ(o)[3])}`, [OR('priceTotal'), PL('priceTotal')], opt],
    ['Status', (c, o) => row(['Goedgekeurd', 'Goedgekeurd', 'Afgewerkt', 'Afgewerkt', 'Geannuleerd', 'In afwachting', 'Niet verschenen'], n(o) % 7), [], opt],
    ['Betaling', (c, o) => `€${dec(beServ(o)[3])} ${row(['Lokaal', 'Lokaal', 'Bancontact (Mollie)', 'Lokaal'], n(o) % 4)} ${n(o) % 3 ? 'Voltooid' : 'In afwachting'}`, [], opt],
    ['Kortingscode', (c, o) => (n(o) % 11 === 0 ? 'WELKOM10' : ''), ['commerce.promotionID'], opt],
    ['Locatie', (c, o) => (n(o) % 3 === 2 ? 'Praktijk Merelbeke' : 'Praktijk Gent-Centrum'), ['commerce.commerceScope.storeCode'], opt],
    ['Notities', (c, o, r) => v.pick(r, ['', '', '', 'Voorschrift meebrengen', 'Knie rechts, na operatie', 'Lage rugpijn sinds 3 weken']), []],
    ['Interne notitie', (c, o, r) => v.pick(r, ['', '', '', 'Sessie 4/9', 'E-attest verstuurd', 'Factuur mutualiteit']), []],
    ['Mutualiteit', (c, o, r) => v.pick(r, ['CM', 'Solidaris', 'Helan', 'Liberale Mutualiteit', 'Vlaams & Neutraal Ziekenfonds', '']), []],
    ['Voorschrift arts', (c, o, r) => (r() < 0.7 ? 'Ja' : 'Nee'), []],
    ['Aangemaakt', (c, o) => { const p = cet(n(o) % 4 ? inHours(o.at, 1) : o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
  ] },
  { name: 'guestplan-gasten-export-nl', product: 'Guestplan (restaurant reservations; Gasten > Exporteren (CSV), one row per guest, Dutch UI, a Utrecht bistro with a terrace)', family: 'booking', language: 'nl', schema: P, cols: [
    ['Gast ID', (c) => String(880000 + +c.id % 100000), ['_id', 'personID']],
    ['Aanhef', (c) => (+c.id % 7 === 0 ? '' : loc(c, 'nl').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => loc(c, 'nl').first, ['person.name.firstName']],
    ['Achternaam', (c) => loc(c, 'nl').last, ['person.name.lastName']],
    ['E-mailadres', (c) => loc(c, 'nl').email, ['personalEmail.address']],
    ['Telefoonnummer', (c) => loc(c, 'nl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Geboortedatum', (c) => (+c.id % 3 === 0 ? dmy(bd(c.birth), '-') : ''), ['person.birthDate']],
    ['Geslacht', (c) => (+c.id % 4 === 0 ? '' : loc(c, 'nl').female ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Taal', (c) => (+c.id % 6 === 0 ? 'Engels' : 'Nederlands'), [], opt],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Rabobank', 'Jaarbeurs Utrecht', 'UMC Utrecht', 'Gemeente Zeist']) : ''), ['organizations[0]'], opt],
    ['Straat', (c) => (+c.id % 3 === 1 ? '' : loc(c, 'nl').streetName), at(HOME, 'street1')],
    ['Huisnummer', (c) => (+c.id % 3 === 1 ? '' : loc(c, 'nl').no), [], opt],
    ['Postcode', (c) => (+c.id % 3 === 1 ? '' : loc(c, 'nl').zip), at(HOME, 'postalCode')],
    ['Plaats', (c) => (+c.id % 3 === 1 ? '' : loc(c, 'nl').city), at(HOME, 'city')],
    ['Land', (c) => (+c.id % 3 === 1 ? '' : 'Nederland'), at(HOME, 'country')],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Aantal reserveringen', (c) => String(1 + +c.id % 14), []],
    ['Aantal no-shows', (c) => String(+c.id % 9 === 0 ? 1 : 0), []],
    ['Aantal annuleringen', (c) => String(+c.id % 4 === 0 ? 1 : 0), []],
    ['Eerste bezoek', (c) => dmy(cet(c.created), '-'), [], opt],
    ['Laatste bezoek', (c) => dmy(cet(Math.max(c.created, c.updated)), '-'), []],
    ['Totaal besteed', (c) => `€ ${thou((1 + +c.id % 14) * (38 + +c.id % 60))}`, ['loyalty.lifetimePurchases'], opt],
    ['Allergieën', (c, o, r) => v.pick(r, ['', '', '', '', 'Glutenvrij', 'Notenallergie', 'Lactose-intolerant', 'Vegetarisch']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Vaste gast', 'VIP', 'Terras', 'Zakelijk']), []],
    ['Gastnotitie', (c, o, r) => v.pick(r, ['', '', '', 'Zit graag bij het raam', 'Komt met rolstoel', 'Verjaardag partner in juni']), []],
    ['Aangemaakt op', (c) => { const p = cet(c.created); return `${dmy(p, '-')} ${hm(p)}` }, [], opt],
  ] },

  // ---------------------------------------------------------------- French: France
  { name: 'paytweak-transactions-export-fr', product: 'Paytweak (pay-by-link by SMS/e-mail; Back-office > Transactions > Exporter (CSV), one row per payment link/transaction, French UI, a Bordeaux boutique hotel)', family: 'payments', language: 'fr', schema: E, cols: [
    ['ID transaction', (c, o) => `PTW${bd(o.at).y}${pad(bd(o.at).m)}${pad(n(o) * 97 % 1000000, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['Référence', (c, o) => `RES-${pad(2000 + n(o) % 8000, 5)}`, [OR('purchaseID')]],
    ['Type', (c, o) => ptType(o), [], opt],
    ['Date de création', (c, o) => { const p = cet(inHours(o.at, 1)); return `${dmy(p, '/')} ${hms(p)}` }, [OR('createdDate')], opt],
    ['Date de paiement', (c, o) => { if (!['Payé', 'Remboursé'].includes(ptStatus(o))) return ''; const p = cet(inHours(o.at, 1) + (n(o) % 50) * 600000); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Statut', (c, o) => ptStatus(o), [], opt],
    ['Montant', (c, o) => dec(ptAmount(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Moyen de paiement', (c, o) => (['Payé', 'Remboursé', 'Refusé'].includes(ptStatus(o)) ? ptMean(o)[0] : ''), [OR('payments[0].paymentType')]],
    ['Type de carte', (c, o) => (['Payé', 'Remboursé', 'Refusé'].includes(ptStatus(o)) ? ptMean(o)[1] : ''), [OR('payments[0].paymentType')], opt],
    ['Numéro de carte', (c, o, r) => (ptMean(o)[1] && ['Payé', 'Remboursé', 'Refusé'].includes(ptStatus(o)) ? `${ptMean(o)[1] === 'AMEX' ? '3767' : ptMean(o)[1] === 'MASTERCARD' ? '5132' : '4970'}XXXXXXXX${v.int(r, 1000, 9999)}` : ''), []],
    ['Code autorisation', (c, o, r) => (ptStatus(o) === 'Payé' || ptStatus(o) === 'Remboursé' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['3D Secure', (c, o) => (ptMean(o)[1] && ptStatus(o) !== 'Expiré' ? 'Oui' : ''), []],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => loc(c, 'fr').last.toUpperCase(), []],
    ['Prénom', (c) => loc(c, 'fr').first, []],
    ['E-mail', (c, o) => (n(o) % 5 === 1 ? '' : loc(c, 'fr').email), EMAIL_ID, opt],
    ['Téléphone', (c) => loc(c, 'fr').mobile.replace(/^0/, '+33 '), PHONE_ID, opt],
    ["Canal d'envoi", (c, o) => row(['SMS', 'E-mail', 'SMS + E-mail', 'WhatsApp', 'SMS'], n(o) % 5), []],
    ['Lien de paiement', (c, o, r) => `https://pay.paytweak.com/l/${v.alnum(r, 10)}`, []],
    ["Date d'expiration du lien", (c, o) => dmy(cet(later(o, 7)), '/'), []],
    ['Montant remboursé', (c, o) => (ptStatus(o) === 'Remboursé' ? dec(ptAmount(o)) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Chambre Prestige 2 nuits', 'Arrhes 30 %', 'Dîner dégustation inclus', 'Séminaire 12 pers.']), []],
    ['Utilisateur', (c, o) => row(['reception@hotel-les-chartrons.fr', 'direction@hotel-les-chartrons.fr', 'resa@hotel-les-chartrons.fr'], n(o) % 3), []],
    ['Point de vente', (c, o) => (n(o) % 4 === 3 ? 'Restaurant Le Quai' : 'Hôtel Les Chartrons'), ['commerce.commerceScope.storeCode'], opt],
  ] },
  { name: 'acymailing-abonnes-export-fr', product: 'AcyMailing (Joomla newsletter extension by Acyba, Lyon; Abonnés > Exporter (CSV), one row per subscriber, database field names plus the site\'s own French custom fields, a Bordeaux wine merchant\'s newsletter)', family: 'email', language: 'fr', schema: P, cols: [
    ['id', (c) => String(+c.id % 40000 + 17), ['_id', 'personID']],
    ['email', (c) => loc(c, 'fr').email, ['personalEmail.address']],
    ['name', (c) => loc(c, 'fr').full, ['person.name.fullName']],
    ['creation_date', (c) => { const p = cet(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['active', (c) => (+c.id % 13 === 0 ? '0' : '1'), []],
    ['confirmed', (c) => (+c.id % 7 === 0 ? '0' : '1'), []],
    ['confirmation_date', (c) => { if (+c.id % 7 === 0) return ''; const p = cet(c.created + 400000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['confirmation_ip', (c, o, r) => (+c.id % 7 === 0 ? '' : `${v.pick(r, ['90', '86', '109', '176', '78'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`), []],
    ['cms_id', (c) => (+c.id % 3 === 0 ? String(400 + +c.id % 3000) : '0'), [], opt],
    ['source', (c) => row(['Formulaire module', 'Inscription Joomla', 'Import CSV', 'Formulaire module', 'Back-end'], +c.id % 5), []],
    ['tracking', (c) => (+c.id % 5 === 0 ? '0' : '1'), []],
    ['language', (c) => (+c.id % 8 === 0 ? 'en-GB' : 'fr-FR'), [], opt],
    ['last_open_date', (c) => { if (+c.id % 4 === 0) return ''; const p = cet(Math.max(c.created, c.updated)); return `${ymd(p)} ${hms(p)}` }, []],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => loc(c, 'fr').first, ['person.name.firstName']],
    ['Nom', (c) => loc(c, 'fr').last, ['person.name.lastName']],
    ['Date de naissance', (c) => (+c.id % 2 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Téléphone', (c) => (+c.id % 3 === 1 ? '' : loc(c, 'fr').mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Adresse', (c) => (+c.id % 4 === 1 ? '' : loc(c, 'fr').street), at(HOME, 'street1')],
    ['Code postal', (c) => loc(c, 'fr').zip, at(HOME, 'postalCode')],
    ['Ville', (c) => loc(c, 'fr').city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Listes', (c) => row(['Newsletter mensuelle', 'Newsletter mensuelle, Ventes privées', 'Primeurs Bordeaux', 'Ventes privées, Primeurs Bordeaux'], +c.id % 4), []],
    ["Centres d'intérêt", (c, o, r) => v.pick(r, ['Rouges', 'Blancs secs, Liquoreux', 'Champagnes', 'Rouges, Primeurs', '']), []],
  ] },

  // ---------------------------------------------------------------- Spanish: Chile and Mexico
  { name: 'flow-pagos-recibidos-es', product: 'Flow (flow.cl payment gateway; Mis pagos > Pagos recibidos > Descargar (Excel/CSV), one row per payment order, Spanish UI, a Santiago online wine and gourmet shop)', family: 'payments', language: 'es', schema: E, cols: [
    ['N° Orden Flow', (c, o) => String(48000000 + n(o) * 131), [OR('payments[0].transactionID'), '_id']],
    ['Orden Comercio', (c, o) => `WC-${30000 + n(o) % 60000}`, [OR('purchaseID')]],
    ['Fecha Creación', (c, o) => { const p = clt(inHours(o.at, -4)); return `${dmy(p, '-')} ${hms(p)}` }, [OR('createdDate')], opt],
    ['Fecha Pago', (c, o) => { if (flStatus(o) !== 'Pagada') return ''; const p = clt(inHours(o.at, -4) + 95000); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp']],
    ['Asunto', (c, o) => `Pedido #WC-${30000 + n(o) % 60000} - Vinos del Valle`, [], opt],
    ['Estado', (c, o) => flStatus(o), [], opt],
    ['Moneda', () => 'CLP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Monto', (c, o) => `$${thou(flAmount(o), '.', ',').replace(/,00$/, '')}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Medio de Pago', (c, o) => (flStatus(o) === 'Pendiente de pago' ? '' : flMedia(o)), [OR('payments[0].paymentType')]],
    ['Tipo Tarjeta', (c, o) => (flMedia(o) === 'Webpay' && flStatus(o) !== 'Pendiente de pago' ? row(['Crédito', 'Débito', 'Prepago', 'Crédito'], n(o) % 4) : ''), [OR('payments[0].paymentType')], opt],
    ['Últimos 4 dígitos', (c, o, r) => (flMedia(o) === 'Webpay' && flStatus(o) === 'Pagada' ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Cuotas', (c, o) => (flMedia(o) === 'Webpay' && flStatus(o) === 'Pagada' ? String(row([0, 3, 0, 6, 0, 1], n(o) % 6)) : ''), []],
    ['Código Autorización', (c, o, r) => (flStatus(o) === 'Pagada' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Email Pagador', (c) => loc(c, 'cl').email, EMAIL_ID],
    ['Comisión', (c, o) => (flStatus(o) === 'Pagada' ? `$${thou(flFee(o), '.', ',').replace(/,00$/, '')}` : ''), []],
    ['IVA Comisión', (c, o) => (flStatus(o) === 'Pagada' ? `$${thou(Math.round(flFee(o) * 0.19), '.', ',').replace(/,00$/, '')}` : ''), []],
    ['Monto a Depositar', (c, o) => (flStatus(o) === 'Pagada' ? `$${thou(flAmount(o) - Math.round(flFee(o) * 1.19), '.', ',').replace(/,00$/, '')}` : ''), []],
    ['Fecha Abono', (c, o) => (flStatus(o) === 'Pagada' ? dmy(clt(later(o, n(o) % 2 ? 1 : 3)), '-') : ''), [], opt],
    ['Datos Opcionales', (c) => `{"rut":"${loc(c, 'cl').rut}","comuna":"${loc(c, 'cl').comuna}"}`, []],
    ['Id Comercio', () => '4C7A91D2-5E13-4B0F-9A1E-77F2C3B8D410', []],
  ] },
  { name: 'zurmo-contactos-exportar-es', product: 'Zurmo CRM (open-source; Contactos > Exportar (CSV), one row per contact, Spanish UI, a Monterrey industrial-supply distributor in Mexico)', family: 'crm', language: 'es', schema: B, cols: [
    ['Id', (c) => String(+c.id % 20000 + 3), B2BID],
    ['Tratamiento', (c) => row(loc(c, 'mx').female ? ['Sra.', 'Lic.', 'Ing.', 'Srta.'] : ['Sr.', 'Ing.', 'Lic.', 'C.P.'], +c.id % 4), ['person.name.courtesyTitle']],
    ['Nombre', (c) => loc(c, 'mx').first, ['person.name.firstName']],
    ['Apellido', (c) => loc(c, 'mx').last, ['person.name.lastName']],
    ['Puesto', (c) => row(MX_JOBS, +c.id % 6)[loc(c, 'mx').female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c) => row(MX_JOBS, +c.id % 6)[2], ['extendedWorkDetails.departments[0]']],
    ['Cuenta', (c) => row(MX_ORGS, +c.id % 7)[0], CO],
    ['Nombre de empresa', (c) => (+c.id % 5 === 0 ? row(MX_ORGS, +c.id % 7)[0].replace(/,? S\.[^,]*$/, '') : ''), CO, opt],
    ['Correo electrónico principal', (c) => `${slug(loc(c, 'mx').first.split(' ')[0])}.${slug(loc(c, 'mx').last)}@${row(MX_ORGS, +c.id % 7)[1]}`, WE],
    ['Correo electrónico secundario', (c, o, r) => (r() < 0.25 ? loc(c, 'mx').email : ''), ['personalEmail.address'], opt],
    ['Teléfono de oficina', (c) => loc(c, 'mx').tel, ['workPhone.number']],
    ['Teléfono móvil', (c) => loc(c, 'mx').mobile, ['mobilePhone.number']],
    ['Fax de oficina', (c, o, r) => (r() < 0.15 ? loc(c, 'mx').tel.replace(/\d{4}$/, String(v.int(r, 1000, 9999))) : ''), ['faxPhone.number']],
    ['Dirección principal - Calle 1', (c) => loc(c, 'mx').street, at(ADR, 'street1')],
    ['Dirección principal - Calle 2', (c) => loc(c, 'mx').colonia, at(ADR, 'street2'), opt],
    ['Dirección principal - Ciudad', (c) => loc(c, 'mx').city, at(ADR, 'city')],
    ['Dirección principal - Estado', (c) => loc(c, 'mx').region, STATE(ADR)],
    ['Dirección principal - Código postal', (c) => loc(c, 'mx').zip, at(ADR, 'postalCode')],
    ['Dirección principal - País', () => 'México', at(ADR, 'country')],
    ['Sitio web', (c) => `https://www.${row(MX_ORGS, +c.id % 7)[1]}`, ['b2b.companyWebsite']],
    ['Industria', (c) => row(MX_ORGS, +c.id % 7)[2], []],
    ['Fuente', (c, o, r) => v.pick(r, ['Recomendación', 'Expo Industrial', 'Sitio web', 'Llamada en frío', 'Distribuidor']), ['b2b.personSource'], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Nuevo', 'En proceso', 'Calificado', 'Cliente', 'Cliente']), ['b2b.personStatus'], opt],
    ['Descripción', (c, o, r) => v.pick(r, ['', '', 'Compra rodamientos y bandas cada mes', 'Pide cotización antes del día 20', 'Requiere factura CFDI 4.0']), []],
    ['Propietario', (c) => row(['Luis Garza', 'Ana Sofía Elizondo', 'Roberto Cantú'], +c.id % 3), []],
    ['Fecha de creación', (c) => { const p = mex(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Fecha de modificación', (c) => { const p = mex(Math.max(c.created, c.updated)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Portuguese: Brazil
  { name: 'fastcommerce-pedidos-itens-pt', product: 'FastCommerce (Brazilian shop platform; Pedidos > Exportar pedidos (CSV), one row per order line, Brazilian Portuguese UI, a Curitiba natural-cosmetics shop)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Pedido', (c, o) => String(100000 + n(o) % 90000), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmy(brt(o.at), '/'), ['timestamp', OR('createdDate')]],
    ['Hora', (c, o) => hm(brt(o.at)), [], opt],
    ['Situação', (c, o) => brStatus(o), [], opt],
    ['Cliente', (c) => loc(c, 'br').full, []],
    ['CPF/CNPJ', (c) => loc(c, 'br').cpf, [], opt],
    ['E-mail', (c) => loc(c, 'br').email, EMAIL_ID, opt],
    ['Celular', (c) => loc(c, 'br').mobile, PHONE_ID, opt],
    ['Endereço', (c) => loc(c, 'br').street, [SHIP('street1')]],
    ['Número', (c) => loc(c, 'br').no, [], opt],
    ['Complemento', (c) => loc(c, 'br').compl, [SHIP('street2')], opt],
    ['Bairro', (c) => loc(c, 'br').bairro, [SHIP('street2'), SHIP('region')], opt],
    ['Cidade', (c) => loc(c, 'br').city, [SHIP('city')]],
    ['UF', (c) => loc(c, 'br').uf, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => loc(c, 'br').zip, [SHIP('postalCode')]],
    ['Código do produto', (c, o) => brItem(o)[0], [PL('SKU')]],
    ['Produto', (c, o) => brItem(o)[1], [PL('name')]],
    ['Categoria', (c, o) => brItem(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Quantidade', (c, o) => String(brQty(o)), [PL('quantity')]],
    ['Preço unitário', (c, o) => thou(brItem(o)[3]), [], opt],
    ['Subtotal', (c, o) => thou(brItem(o)[3] * brQty(o)), [PL('priceTotal')], opt],
    ['Desconto', (c, o) => thou(brDisc(o, brItem(o)[3] * brQty(o))), [OR('discountAmount')], opt],
    ['Cupom', (c, o) => (brDisc(o, 1) ? 'BEMVINDA10' : ''), ['commerce.promotionID']],
    ['Frete', (c, o) => thou(brShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Total do pedido', (c, o) => thou(brItem(o)[3] * brQty(o) - brDisc(o, brItem(o)[3] * brQty(o)) + brShip(o)[1]), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => brPay(o)[0], [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => `${brPay(o)[1]}x`, []],
    ['Forma de envio', (c, o) => brShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o, r) => (['Enviado', 'Entregue'].includes(brStatus(o)) && brShip(o)[0] !== 'Retirar na loja' ? `${v.pick(r, ['QB', 'OY', 'NL'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'marketup-clientes-exportar-pt', product: 'MarketUP (free Brazilian POS/ERP; Cadastros > Clientes > Exportar (Excel/CSV), one row per customer, Brazilian Portuguese UI, a Recife pet shop)', family: 'pos', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(+c.id % 9000 + 1), ['_id', 'personID']],
    ['Nome', (c) => loc(c, 'br').full, ['person.name.fullName']],
    ['Apelido', (c) => (+c.id % 4 === 0 ? loc(c, 'br').first.split(' ')[0] : ''), [], opt],
    ['Tipo de pessoa', () => 'Física', []],
    ['CPF/CNPJ', (c) => (+c.id % 5 === 0 ? '' : loc(c, 'br').cpf), ['person.taxId'], opt],
    ['RG', (c, o, r) => (+c.id % 3 === 0 ? `${v.int(r, 1, 9)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}` : ''), [], opt],
    ['Data de nascimento', (c) => (+c.id % 3 === 1 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (loc(c, 'br').female ? 'Feminino' : 'Masculino'), ['person.gender'], opt],
    ['E-mail', (c) => (+c.id % 6 === 0 ? '' : loc(c, 'br').email), ['personalEmail.address']],
    ['Telefone', (c) => (+c.id % 3 === 0 ? loc(c, 'br').tel.replace(/^\(\d\d\)/, '(81)') : ''), ['homePhone.number']],
    ['Celular', (c) => loc(c, 'br').mobile.replace(/^\(\d\d\)/, '(81)'), ['mobilePhone.number']],
    ['CEP', (c) => row(['52011-010', '52050-000', '51020-010', '53120-000', '52060-000'], +c.id % 5), at(HOME, 'postalCode')],
    ['Endereço', (c) => row(['Rua da Aurora', 'Av. Rui Barbosa', 'Av. Boa Viagem', 'Av. Getúlio Vargas', 'Estrada do Arraial'], +c.id % 5), at(HOME, 'street1')],
    ['Número', (c) => loc(c, 'br').no, [], opt],
    ['Complemento', (c) => loc(c, 'br').compl, at(HOME, 'street2')],
    ['Bairro', (c) => row(['Boa Vista', 'Graças', 'Boa Viagem', 'Bairro Novo', 'Casa Amarela'], +c.id % 5), at(HOME, 'region'), opt],
    ['Cidade', (c) => (+c.id % 5 === 3 ? 'Olinda' : 'Recife'), at(HOME, 'city')],
    ['UF', () => 'PE', STATE(HOME)],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Tutor do Thor (golden)', 'Gata Mel - ração renal', 'Banho e tosa quinzenal']), []],
    ['Limite de crédito', (c) => (+c.id % 7 === 0 ? '300,00' : '0,00'), []],
    ['Data de cadastro', (c) => dmy(brt(c.created), '/'), [], opt],
    ['Última compra', (c) => dmy(brt(Math.max(c.created, c.updated)), '/'), []],
    ['Total em compras', (c) => thou(60 + (+c.id % 97) * 23.5), ['loyalty.lifetimePurchases'], opt],
    ['Ativo', (c) => (+c.id % 17 === 0 ? 'Não' : 'Sim'), []],
  ] },

  // ---------------------------------------------------------------- Italian: Italy
  { name: 'unicredit-pagonline-transazioni-it', product: 'UniCredit PagOnline Imprese (bank e-commerce gateway; Back office > Ricerca transazioni > Esporta (CSV), one row per transaction, Italian UI, a Valpolicella winery\'s online shop near Verona)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o) => `8032${pad(n(o) * 7919 % 100000000, 8)}`, [OR('payments[0].transactionID'), '_id']],
    ['Numero ordine', (c, o) => `CV${bd(o.at).y}${pad(n(o) % 100000, 5)}`, [OR('purchaseID')]],
    ['Data ordine', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hms(p)}` }, [OR('createdDate')], opt],
    ['Data autorizzazione', (c, o) => { const p = cet(o.at + 41000); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Tipo operazione', (c, o) => (ucStatus(o) === 'Rimborsato' ? 'Rimborso' : ucStatus(o) === 'Annullato' ? 'Storno' : 'Autorizzazione'), [], opt],
    ['Stato', (c, o) => ucStatus(o), [], opt],
    ['Importo', (c, o) => dec(ucAmount(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Importo contabilizzato', (c, o) => (['Contabilizzato', 'Rimborsato'].includes(ucStatus(o)) ? dec(ucAmount(o)) : '0,00'), [], opt],
    ['Importo rimborsato', (c, o) => (ucStatus(o) === 'Rimborsato' ? dec(ucAmount(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Strumento di pagamento', (c, o) => ucPay(o)[0], [OR('payments[0].paymentType')]],
    ['Circuito', (c, o) => ucPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['PAN', (c, o, r) => (ucPay(o)[0].startsWith('Carta') ? `${ucPay(o)[1] === 'AMEX' ? '3753' : ucPay(o)[1] === 'VISA' ? '4023' : '5255'}********${v.int(r, 1000, 9999)}` : ''), []],
    ['Scadenza carta', (c, o, r) => (ucPay(o)[0].startsWith('Carta') ? `${pad(v.int(r, 1, 12))}/${v.int(r, 25, 30)}` : ''), []],
    ['Paese emissione carta', (c, o) => (ucPay(o)[0].startsWith('Carta') ? UC_COUNTRY[n(o) % 9] : ''), [], opt],
    ['Codice autorizzazione', (c, o, r) => (ucOk(o) && ucPay(o)[0].startsWith('Carta') ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Esito 3D Secure', (c, o) => (ucPay(o)[0].startsWith('Carta') ? (ucOk(o) ? 'Autenticato' : 'Autenticazione fallita') : 'Non applicabile'), []],
    ['Codice esito', (c, o) => ucEsito(o)[0], []],
    ['Descrizione esito', (c, o) => ucEsito(o)[1], []],
    ['Titolare', (c) => loc(c, 'it').full.toUpperCase(), []],
    ['Email acquirente', (c) => loc(c, 'it').email, EMAIL_ID, opt],
    ['Indirizzo IP', (c, o, r) => `${v.pick(r, ['79', '93', '151', '2', '87'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Lingua', (c, o) => (UC_COUNTRY[n(o) % 9] === 'DEU' || UC_COUNTRY[n(o) % 9] === 'AUT' ? 'DEU' : 'ITA'), [], opt],
    ['ID negozio', () => '20010471', []],
    ['ID terminale', (c, o) => (ucPay(o)[0] === 'PayPal' ? 'UNI_PAYPAL' : ucPay(o)[0] === 'MyBank' ? 'UNI_MYBANK' : 'UNI_ECOM'), []],
  ] },
  { name: 'erpnext-lead-esporta-it', product: 'ERPNext (open-source ERP, Frappe; CRM > Lead > Vista report > Esporta (CSV), one row per lead, Italian UI, a Brescia industrial-automation integrator)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['ID', (c) => `CRM-LEAD-${bd(c.created).y}-${pad(+c.id % 9000 + 100, 5)}`, B2BID],
    ['Saluto', (c) => row(loc(c, 'it').female ? ['Sig.ra', 'Dott.ssa', 'Ing.', 'Sig.ra'] : ['Sig.', 'Ing.', 'Dott.', 'Geom.'], +c.id % 4), ['person.name.courtesyTitle']],
    ['Nome', (c) => loc(c, 'it').first, ['person.name.firstName']],
    ['Cognome', (c) => loc(c, 'it').last, ['person.name.lastName']],
    ['Nome completo', (c) => loc(c, 'it').full, ['person.name.fullName']],
    ['Genere', (c) => (+c.id % 5 === 0 ? '' : loc(c, 'it').female ? 'Femmina' : 'Maschio'), ['person.gender'], opt],
    ['Titolo di lavoro', (c) => row(IT_JOBS, +c.id % 6)[0], ['extendedWorkDetails.jobTitle']],
    ['Nome azienda', (c) => row(IT_ORGS, +c.id % 6)[0], CO],
    ['Email', (c) => `${slug(loc(c, 'it').first)}.${slug(loc(c, 'it').last)}@${row(IT_ORGS, +c.id % 6)[1]}`, WE],
    ['Telefono', (c, o, r) => `+39 0${v.pick(r, ['30', '35', '371', '30', '45'])} ${v.int(r, 100000, 999999)}`, ['workPhone.number']],
    ['Cellulare', (c) => loc(c, 'it').mobile, ['mobilePhone.number']],
    ['Sito web', (c) => `www.${row(IT_ORGS, +c.id % 6)[1]}`, ['b2b.companyWebsite']],
    ['Città', (c) => row(IT_B2B_PLACES, +c.id % 7)[0], at(ADR, 'city')],
    ['Provincia', (c) => row(IT_B2B_PLACES, +c.id % 7)[1], STATE(ADR)],
    ['Paese', () => 'Italy', at(ADR, 'country')],
    ['Stato', (c, o, r) => v.pick(r, ['Lead', 'Aperto', 'Risposto', 'Opportunità', 'Preventivo', 'Interessato', 'Non interessato', 'Convertito']), ['b2b.personStatus'], opt],
    ['Fonte', (c, o, r) => v.pick(r, ['Fiera', 'Sito web', 'Riferimento cliente', 'Campagna', 'Chiamata a freddo', 'LinkedIn']), ['b2b.personSource'], opt],
    ['Stato di qualificazione', (c, o, r) => v.pick(r, ['Non qualificato', 'In corso', 'Qualificato']), [], opt],
    ['Tipo di richiesta', (c, o, r) => v.pick(r, ['Prodotto', 'Richiesta di informazioni', 'Assistenza', '']), []],
    ['Settore', (c) => row(IT_ORGS, +c.id % 6)[2], []],
    ['Segmento di mercato', (c) => row(IT_ORGS, +c.id % 6)[3], []],
    ['Numero di dipendenti', (c) => row(IT_ORGS, +c.id % 6)[4], []],
    ['Territorio', (c) => (+c.id % 7 === 2 || +c.id % 7 === 5 ? 'Veneto' : 'Lombardia'), [], opt],
    ['Proprietario del lead', (c) => row(['m.zanetti@automazionibresciane.it', 'e.gatti@automazionibresciane.it'], +c.id % 2), []],
    ['Campagna', (c, o, r) => v.pick(r, ['', '', 'MECSPE 2024', 'Webinar Industria 5.0', 'Newsletter Q3']), []],
    ['Creato il', (c) => { const p = cet(c.created); return `${dmy(p, '-')} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Ultimo aggiornamento', (c) => { const p = cet(Math.max(c.created, c.updated)); return `${dmy(p, '-')} ${hms(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
