// Round 113, heldout113: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Italian-language and Spanish-language (Spain, Mexico, Colombia, Peru,
// Ecuador) tools: an SMS gateway's send report, a shipping aggregator's shipments, a marketplace integrator's order
// lines, a booking widget's appointments, a same-day courier's orders, a payment gateway's transactions (E); a WhatsApp
// inbox's contacts, a loyalty app's card holders, a WhatsApp customer-service platform's contacts (P); an invoicing
// program's client register, an ERP's client catalogue and a company-data vendor's firm list (B). Headers in the
// product's UI language (it, es); PayPhone's columns follow its public transaction fields, Microsip's its export
// format's field names; the rest are written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Italy and Spain (CET/CEST), Mexico (UTC-6, no DST since 2022), Colombia, Peru and Ecuador (UTC-5), no offset written
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const mxt = (ms) => shift(ms, -6)
const and = (ms) => shift(ms, -5)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region, bigger region]
const LOC = {
  it: { first: [['Giuseppe', 'Francesca'], ['Davide', 'Silvia'], ['Simone', 'Valentina'], ['Riccardo', 'Martina'], ['Stefano', 'Alessia'], ['Luca', 'Giorgia'], ['Paolo', 'Elisa']],
    last: ['Conti', 'Gallo', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Caruso', 'Ferraro'],
    places: [['Verona', '37121', 'VR', 'Veneto'], ['Brescia', '25122', 'BS', 'Lombardia'], ['Bari', '70122', 'BA', 'Puglia'], ['Padova', '35122', 'PD', 'Veneto'], ['Modena', '41121', 'MO', 'Emilia-Romagna'], ['Bergamo', '24122', 'BG', 'Lombardia'], ['Lecce', '73100', 'LE', 'Puglia'], ['Perugia', '06121', 'PG', 'Umbria'], ['Salerno', '84122', 'SA', 'Campania'], ['Cagliari', '09124', 'CA', 'Sardegna']],
    street: (r) => `${v.pick(r, ['Via Cavour', 'Viale della Repubblica', 'Corso Vittorio Emanuele II', 'Via San Francesco', 'Via Mazzini', 'Via dei Mille', 'Viale Europa'])} ${v.int(r, 1, 140)}${r() < 0.15 ? '/B' : ''}`,
    mobile: (r) => `3${v.pick(r, ['33', '35', '38', '39', '40', '45', '47', '48', '49', '66', '92'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'libero.it', 'hotmail.it', 'alice.it', 'yahoo.it', 'tiscali.it'] },
  es: { first: [['Sergio', 'Laura'], ['Adrián', 'Elena'], ['Raúl', 'Cristina'], ['Iván', 'Nuria'], ['Jorge', 'Alba'], ['Rubén', 'Irene'], ['Vicente', 'Amparo']],
    last: ['Navarro', 'Torres', 'Ruiz', 'Ramírez', 'Serrano', 'Molina', 'Ortega', 'Delgado', 'Castro', 'Vidal', 'Romero', 'Ferrer', 'Soler', 'Llorens'],
    places: [['Valencia', '46005', 'Valencia', 'Comunitat Valenciana'], ['Paterna', '46980', 'Valencia', 'Comunitat Valenciana'], ['Torrent', '46900', 'Valencia', 'Comunitat Valenciana'], ['Burjassot', '46100', 'Valencia', 'Comunitat Valenciana'], ['Mislata', '46920', 'Valencia', 'Comunitat Valenciana'], ['Valencia', '46021', 'Valencia', 'Comunitat Valenciana']],
    street: (r) => `${v.pick(r, ['Calle de Colón', 'Avenida del Puerto', 'Calle de Cuba', 'Gran Vía Marqués del Turia', 'Avenida Blasco Ibáñez', 'Calle Sueca'])}, ${v.int(r, 1, 160)}${r() < 0.5 ? `, ${v.int(r, 1, 9)}º ${v.pick(r, ['A', 'B', 'C', 'D'])}` : ''}`,
    mobile: (r) => `6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  mx: { first: [['José Luis', 'Guadalupe'], ['Alejandro', 'Fernanda'], ['Jorge', 'Mariana'], ['Ricardo', 'Daniela'], ['Arturo', 'Verónica'], ['Eduardo', 'Claudia']],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Reyes', 'Vázquez', 'Castillo'],
    places: [['Guadalajara', '44160', 'Jalisco', '33'], ['Zapopan', '45050', 'Jalisco', '33'], ['Monterrey', '64000', 'Nuevo León', '81'], ['Querétaro', '76000', 'Querétaro', '442'], ['León', '37000', 'Guanajuato', '477'], ['Puebla', '72000', 'Puebla', '222'], ['Ciudad de México', '06600', 'Ciudad de México', '55']],
    street: (r) => v.pick(r, ['Av. Vallarta', 'Av. Adolfo López Mateos Sur', 'Calle Morelos', 'Av. Juárez', 'Calz. Lázaro Cárdenas', 'Calle Hidalgo', 'Av. Constitución']),
    mobile: (r) => `${v.pick(r, ['33', '81', '55', '442', '477'])}${v.int(r, 10000000, 99999999)}`.slice(0, 10),
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'prodigy.net.mx', 'yahoo.com.mx'] },
  co: { first: [['Andrés', 'Luisa Fernanda'], ['Camilo', 'Natalia'], ['Juan David', 'Paola'], ['Santiago', 'Catalina'], ['Felipe', 'Juliana'], ['Sebastián', 'Daniela']],
    last: ['Restrepo', 'Gómez', 'Rodríguez', 'Ospina', 'Vargas', 'Castaño', 'Zapata', 'Muñoz', 'Jaramillo', 'Cardona', 'Quintero', 'Mejía'],
    places: [['Bogotá', '110111', 'Bogotá D.C.', ''], ['Medellín', '050021', 'Antioquia', ''], ['Envigado', '055420', 'Antioquia', ''], ['Cali', '760001', 'Valle del Cauca', ''], ['Barranquilla', '080001', 'Atlántico', ''], ['Bucaramanga', '680001', 'Santander', ''], ['Pereira', '660001', 'Risaralda', '']],
    street: (r) => `${v.pick(r, ['Cra.', 'Calle', 'Cl.', 'Av. Cra.', 'Tv.'])} ${v.int(r, 1, 120)}${v.pick(r, ['', '', 'A', 'B'])} # ${v.int(r, 1, 99)}-${v.int(r, 1, 99)}${r() < 0.4 ? ` Apto ${v.int(r, 101, 1204)}` : ''}`,
    mobile: (r) => `3${v.pick(r, ['00', '01', '04', '10', '13', '15', '16', '20', '21', '23', '50'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'] },
  pe: { first: [['Luis', 'Rosa'], ['Carlos', 'Milagros'], ['Renzo', 'Fiorella'], ['Miguel', 'Kiara'], ['Diego', 'Andrea'], ['Jhonatan', 'Lucía']],
    last: ['Quispe', 'Flores', 'Huamán', 'Chávez', 'Rojas', 'Mendoza', 'Vásquez', 'Torres', 'Castillo', 'Ramos', 'Paredes', 'Salazar'],
    places: [['Miraflores', '15074', 'Lima', ''], ['San Isidro', '15073', 'Lima', ''], ['Santiago de Surco', '15023', 'Lima', ''], ['San Borja', '15036', 'Lima', ''], ['Jesús María', '15072', 'Lima', ''], ['Lince', '15046', 'Lima', ''], ['La Molina', '15024', 'Lima', ''], ['Barranco', '15063', 'Lima', ''], ['Pueblo Libre', '15084', 'Lima', ''], ['Magdalena del Mar', '15076', 'Lima', '']],
    street: (r) => `${v.pick(r, ['Av. José Larco', 'Calle Los Pinos', 'Av. Javier Prado Este', 'Jr. Huiracocha', 'Av. Benavides', 'Av. Salaverry', 'Calle Alcanfores'])} ${v.int(r, 100, 4800)}${r() < 0.4 ? ` Dpto. ${v.int(r, 101, 1502)}` : ''}`,
    mobile: (r) => `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  ec: { first: [['Byron', 'Johanna'], ['Xavier', 'Gabriela'], ['Fausto', 'Mishell'], ['Danilo', 'Estefanía'], ['Patricio', 'Karina'], ['Wilson', 'Lorena']],
    last: ['Andrade', 'Zambrano', 'Moreira', 'Cevallos', 'Guerrero', 'Villacís', 'Carrión', 'Vera', 'Intriago', 'Salazar', 'Paredes', 'Mora'],
    places: [['Quito', '170135', 'Pichincha', '17'], ['Cumbayá', '170157', 'Pichincha', '17'], ['Guayaquil', '090112', 'Guayas', '09'], ['Samborondón', '092301', 'Guayas', '09'], ['Cuenca', '010101', 'Azuay', '01'], ['Manta', '130802', 'Manabí', '13']],
    street: (r) => `${v.pick(r, ['Av. República de El Salvador', 'Av. 6 de Diciembre', 'Av. Francisco de Orellana', 'Calle Larga', 'Av. Interoceánica'])} ${v.pick(r, ['N34-', 'E12-', 'y ', 'S/N '])}${v.int(r, 10, 400)}`,
    mobile: (r) => `9${v.int(r, 10000000, 99999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last), last2 = v.pick(r, d.last)
  const [city, zip, region, extra] = v.pick(r, d.places)
  const fs = slugify(first.split(' ')[0]), ls = slugify(last)
  const p = { first, last, last2, female, city, zip, region, extra, street: d.street(r), mobile: d.mobile(r),
    full: ['es', 'mx', 'co', 'pe', 'ec'].includes(cc) && r() < 0.7 ? `${first} ${last} ${last2}` : `${first} ${last}`,
    email: `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues and firms
// Yocabè: a Carpi knitwear brand on Zalando, Amazon and Zalando Lounge: [SKU, EAN, nome, prezzo]
const KNIT = [['CRD-MER-BLN', '8056312004417', 'Cardigan in lana merino', 119.0], ['MAG-CSH-CAM', '8056312004523', 'Maglione girocollo misto cashmere', 149.0], ['DOL-COT-GRM', '8056312004608', 'Dolcevita in cotone a coste', 69.9], ['GIL-MER-VRD', '8056312004714', 'Gilet in lana merino', 89.0], ['POL-LIN-BIA', '8056312004820', 'Polo in maglia di lino', 79.0], ['SCI-ALP-ROS', '8056312004936', 'Sciarpa in alpaca', 59.0]]
const COLORS = ['Blu notte', 'Cammello', 'Grigio melange', 'Verde salvia', 'Bianco latte', 'Rosso mattone']
// marketplace buyers' shipping addresses: [country, city, postcode, region, street, first, last]
const EU_SHIP = [['DE', 'Berlin', '10437', 'Berlin', 'Schönhauser Allee 120', 'Jonas', 'Becker'], ['IT', 'Milano', '20144', 'MI', 'Via Solari 25', 'Chiara', 'Colombo'], ['FR', 'Lyon', '69003', 'Rhône', '12 rue Garibaldi', 'Camille', 'Roux'], ['AT', 'Wien', '1070', 'Wien', 'Neubaugasse 44', 'Lena', 'Huber'], ['NL', 'Utrecht', '3581 CH', 'Utrecht', 'Biltstraat 101', 'Sanne', 'Visser'], ['IT', 'Bologna', '40125', 'BO', 'Via Santo Stefano 30', 'Matteo', 'Ricci'], ['DE', 'München', '80469', 'Bayern', 'Fraunhoferstraße 8', 'Anna', 'Wagner'], ['IT', 'Torino', '10123', 'TO', 'Via Po 18', 'Sara', 'Greco']]
const MKT = [['Zalando', 'zl'], ['Amazon', 'az'], ['Zalando', 'zl'], ['Zalando Lounge', 'zll'], ['Amazon', 'az']]
// Spedisci.online: a Modena balsamic-vinegar and deli shop: [carrier, service]
const CARRIERS_IT = [['BRT', 'Express'], ['GLS', 'Business Parcel'], ['SDA', 'Extra Large'], ['Poste Delivery Business', 'Standard'], ['InPost', 'Locker to Locker'], ['BRT', 'Express']]
const DELI = ['Aceto Balsamico di Modena IGP 250ml x2', 'Parmigiano Reggiano 24 mesi 1kg', 'Confezione regalo Tradizionale DOP', 'Lambrusco Grasparossa x3', 'Aceto Balsamico Tradizionale DOP 100ml']
// FattureGB: a Padova IT-services firm's clients: [ragione sociale, dominio]
const IT_FIRMS = [['Officine Meccaniche Berti S.r.l.', 'omberti.it'], ['Studio Associato Zanella & Fabris', 'studiozanellafabris.it'], ['Panificio Da Nico di Nicola Gallo', 'panificiodanico.it'], ['Euganea Impianti S.n.c.', 'euganeaimpianti.it'], ['Cantina Colli Berici Soc. Agr.', 'cantinacolliberici.it'], ['Farmacia San Lorenzo Dott.ssa Moretti', 'farmaciasanlorenzo.it'], ['Trasporti Venturato S.r.l.s.', 'trasportiventurato.it']]
// Microsip: a Guadalajara electrical-supplies distributor's clients: [nombre, dominio, tipo]
const MX_FIRMS = [['FERRETERIA EL TORNILLO SA DE CV', 'eltornillo.com.mx', 'Moral'], ['CONSTRUCTORA ALTAVISTA DE OCCIDENTE SA DE CV', 'altavistaoccidente.mx', 'Moral'], ['ELECTRICA DEL BAJIO S DE RL DE CV', 'electricabajio.com', 'Moral'], ['INSTALACIONES INDUSTRIALES REGIO SA DE CV', 'iiregio.com.mx', 'Moral'], ['GRUPO ILUMINACION QUERETANA SA DE CV', 'giq.mx', 'Moral'], ['MANTENIMIENTO INTEGRAL DEL CENTRO SC', 'micentro.com.mx', 'Moral'], ['', '', 'Física']]
const MX_COL = ['Centro', 'Americana', 'Providencia', 'Del Valle', 'Chapalita', 'Jardines del Bosque', 'Obrera', 'Ladrón de Guevara']
// Infoempresa: wholesale food firms across Spain: [razón social, dominio, forma, CNAE]
const ES_FIRMS = [['DISTRIBUCIONES CARNICAS EBRO SL', 'carnicasebro.es', 'Sociedad limitada', '4632 - Comercio al por mayor de carne y productos cárnicos'], ['FRUTAS HERMANOS SEGURA SL', 'frutassegura.com', 'Sociedad limitada', '4631 - Comercio al por mayor de frutas y hortalizas'], ['CONSERVAS DEL CANTABRICO SA', 'conservascantabrico.es', 'Sociedad anónima', '1022 - Fabricación de conservas de pescado'], ['QUESOS ARTESANOS DEL DUERO SL', 'quesosduero.es', 'Sociedad limitada', '1054 - Fabricación de quesos'], ['ACEITES SIERRA SUR SCA', 'aceitessierrasur.com', 'Sociedad cooperativa', '1043 - Fabricación de aceite de oliva'], ['BODEGAS VALLE DEL JALON SL', 'bodegasjalon.es', 'Sociedad limitada', '1102 - Elaboración de vinos']]
const ES_PLACES = [['Zaragoza', '50004', 'Zaragoza', 'Aragón'], ['Murcia', '30003', 'Murcia', 'Región de Murcia'], ['Valladolid', '47004', 'Valladolid', 'Castilla y León'], ['Vigo', '36202', 'Pontevedra', 'Galicia'], ['Elche', '03203', 'Alicante', 'Comunitat Valenciana'], ['Granada', '18014', 'Granada', 'Andalucía'], ['Pamplona', '31006', 'Navarra', 'Comunidad Foral de Navarra'], ['Gijón', '33207', 'Asturias', 'Principado de Asturias']]
const ES_PREFIX = { Zaragoza: '976', Murcia: '968', Valladolid: '983', Vigo: '986', Elche: '965', Granada: '958', Pamplona: '948', Gijón: '985' }
const esPlace = (c) => row(ES_PLACES, +c.id % 7 + (+c.id % 3))
const esFirm = (c) => row(ES_FIRMS, +c.id % 6)
const mxFirm = (c) => row(MX_FIRMS, +c.id % 7)
const itFirm = (c) => row(IT_FIRMS, +c.id % 7)
const ppApp = (o) => row(['Botón de pago', 'Link de pago', 'PayPhone App', 'Botón de pago'], +o.id >> 1) === 'PayPhone App'
const esSales = (o) => 250000 + (+o.id * 7919) % 24000000
const esBand = (n) => (n < 500000 ? 'Menos de 500.000 €' : n < 1e6 ? 'De 500.000 a 1 millón €' : n < 2e6 ? 'De 1 a 2 millones €' : n < 5e6 ? 'De 2 a 5 millones €' : n < 1e7 ? 'De 5 a 10 millones €' : 'Más de 10 millones €')
const PD_PLACES = [['Via Venezia 59', '35131', 'Padova'], ['Corso Stati Uniti 14/C', '35127', 'Padova'], ['Via Vigonovese 81', '35127', 'Padova'], ['Riviera Tito Livio 28', '35123', 'Padova'], ['Via Nona Strada 23', '35129', 'Padova'], ['Via Monteortone 12', '35031', 'Abano Terme'], ['Via Gramsci 40', '35010', 'Cadoneghe'], ['Piazza dei Signori 5', '35139', 'Padova']]
const pdPlace = (c) => row(PD_PLACES, +c.id >> 1)
const VR_PLACES = [['Verona', '37135'], ['Verona', '37121'], ['Verona', '37138'], ['San Giovanni Lupatoto', '37057'], ['Villafranca di Verona', '37069'], ['Verona', '37131'], ['Bussolengo', '37012']]
const vrPlace = (c) => row(VR_PLACES, +c.id)

export const SETS = [
  // ---------------------------------------------------------------- Italy: SMS gateway send report
  { name: 'aimon-report-invii-sms-it', product: 'Aimon (aimon.it SMS gateway; Report > Report invii > Esporta CSV, one row per SMS sent, Italian UI, a Brescia dental-clinic group\'s appointment reminders and promotions)', family: 'sms', language: 'it', schema: E, cols: [
    ['ID messaggio', (c, o, r) => String(v.int(r, 480000000, 489999999)), ['_id'], opt],
    ['Data invio', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Mittente', (c, o) => row(['SorrisoBS', 'SorrisoBS', '393351234567'], +o.id), []],
    ['Destinatario', (c) => `39${loc(c, 'it').mobile}`, PHONE_ID],
    ['Nome', (c) => loc(c, 'it').first, []],
    ['Cognome', (c) => loc(c, 'it').last, []],
    ['Testo', (c, o) => (+o.id % 3 ? `Gentile ${loc(c, 'it').first}, le ricordiamo l'appuntamento del ${dmy(cet(o.at + 2 * day))} alle ${row(['09:00', '10:30', '11:15', '14:30', '16:00', '17:45', '18:30'], +o.id)}. Studio Sorriso Brescia` : 'Igiene dentale a 59 euro fino al 30/06! Prenota allo 030 2401888. Rispondi STOP per non ricevere piu SMS'), []],
    ['Caratteri', (c, o) => (+o.id % 3 ? String(118 + (+o.id % 9)) : '132'), []],
    ['Numero SMS', () => '1', []],
    ['Tipo SMS', (c, o) => (+o.id % 3 ? 'SMS Pro' : 'SMS Smart'), [], opt],
    ['Campagna', (c, o) => (+o.id % 3 ? 'Promemoria appuntamenti' : 'Promo igiene giugno'), ['marketing.campaignName'], opt],
    ['Canale', (c, o) => (+o.id % 3 ? 'API' : 'Web'), [], opt],
    ['Stato', (c, o) => row(['Consegnato', 'Consegnato', 'Consegnato', 'Consegnato', 'Non consegnato', 'In attesa di notifica', 'Scaduto'], +o.id), [], opt],
    ['Data consegna', (c, o) => (+o.id % 7 < 4 ? `${dmy(cet(o.at + 7000))} ${hms(cet(o.at + 7000))}` : ''), [], opt],
    ['Codice errore', (c, o) => row(['', '', '', '', '06', '', '12'], +o.id), []],
    ['Operatore', (c, o) => row(['TIM', 'Vodafone', 'WindTre', 'Iliad', 'PosteMobile', 'Vodafone'], +o.id >> 1), ['environment.carrier'], opt],
    ['Nazione', () => 'Italia', [], opt],
    ['Crediti', (c, o) => (+o.id % 3 ? '1,00' : '0,80'), []],
    ['Gruppo rubrica', (c, o) => (+o.id % 3 ? 'Pazienti' : 'Newsletter SMS'), []],
    ['Utente', (c, o) => row(['segreteria.bs1', 'segreteria.bs2', 'marketing'], +o.id >> 2), []],
  ] },
  // ---------------------------------------------------------------- Italy: shipping aggregator
  { name: 'spedisci-online-spedizioni-it', product: 'Spedisci.online (shipping aggregator; Spedizioni > Elenco spedizioni > Esporta Excel, one row per shipment, Italian UI, a Modena balsamic-vinegar and deli web shop on WooCommerce)', family: 'delivery', language: 'it', schema: E, cols: [
    ['ID', (c, o) => String(2100000 + (+o.id * 37) % 900000), ['_id'], opt],
    ['Data creazione', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp']],
    ['Rif. ordine', (c, o) => `#${10240 + (+o.id % 8000)}`, [OR('purchaseID')]],
    ['Corriere', (c, o) => row(CARRIERS_IT, +o.id)[0], ['commerce.shipping.shippingMethod']],
    ['Servizio', (c, o) => row(CARRIERS_IT, +o.id)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o) => row([`0${pad((+o.id * 7919) % 1e9, 9)}${pad(+o.id % 100000, 7)}`, `M1${pad((+o.id * 331) % 1e9, 9)}`, `6P${pad((+o.id * 97) % 1e11, 11)}`, `3UW${pad((+o.id * 13) % 1e10, 10)}`, `6${pad((+o.id * 7) % 1e16, 16)}`, `0${pad((+o.id * 7919) % 1e9, 9)}${pad(+o.id % 100000, 7)}`], +o.id), ['commerce.shipping.trackingNumber']],
    ['Stato', (c, o) => row(['Consegnata', 'Consegnata', 'In transito', 'Consegnata', 'In giacenza', 'Creata', 'Consegnata'], +o.id >> 1), [], opt],
    ['Destinatario', (c) => loc(c, 'it').full, []],
    ['Presso', (c, o) => (+o.id % 9 === 0 ? `c/o ${loc(c, 'it').last} S.r.l.` : ''), [SHIP('street2')], opt],
    ['Indirizzo', (c) => loc(c, 'it').street, [SHIP('street1')]],
    ['CAP', (c) => loc(c, 'it').zip, [SHIP('postalCode')]],
    ['Città', (c) => loc(c, 'it').city, [SHIP('city')]],
    ['Provincia', (c) => loc(c, 'it').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['Telefono', (c) => `+39 ${loc(c, 'it').mobile}`, PHONE_ID, opt],
    ['Email', (c) => loc(c, 'it').email, EMAIL_ID, opt],
    ['Colli', (c, o) => (+o.id % 11 === 0 ? '2' : '1'), [], opt],
    ['Peso (kg)', (c, o) => dec(0.8 + (+o.id % 40) / 10), []],
    ['Dimensioni (cm)', (c, o) => row(['30x20x15', '40x30x20', '25x25x25', '20x15x10'], +o.id >> 2), []],
    ['Contenuto', (c, o) => row(DELI, +o.id >> 1), [PL('name')], opt],
    ['Contrassegno (€)', (c, o) => (+o.id % 5 === 0 ? dec(o.total + 7.9) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Assicurazione (€)', (c, o) => (+o.id % 6 === 0 ? dec(o.subtotal) : '0,00'), [], opt],
    ['Costo (€)', (c, o) => row(['7,90', '6,49', '9,90', '8,20', '4,99', '7,90'], +o.id), ['commerce.shipping.shippingAmount'], opt],
    ['Data ritiro', (c, o) => dmy(cet(o.at + day)), ['commerce.shipping.shipDate'], opt],
    ['Data consegna', (c, o) => (+o.id % 7 < 3 ? '' : dmy(cet(o.at + 3 * day))), [], opt],
    ['Note', (c, o) => row(['', '', 'Fragile - contiene vetro', '', 'Consegnare al portiere', ''], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Italy: marketplace integrator order lines
  { name: 'yocabe-ordini-marketplace-it', product: 'Yocabè (marketplace integration service for fashion brands; Ordini > Esporta CSV, one row per order line, Italian UI, a Carpi knitwear brand selling on Zalando, Amazon and Zalando Lounge)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => `YCB-${pad(+o.id * 17 % 1000000, 6)}`, ['_id'], opt],
    ['Canale', (c, o) => row(MKT, +o.id)[0], [], opt],
    ['Numero ordine marketplace', (c, o) => (row(MKT, +o.id)[1] === 'az' ? `40${+o.id % 8}-${pad(+o.id * 7919 % 10000000, 7)}-${pad(+o.id * 104729 % 10000000, 7)}` : `1010${pad(+o.id * 7919 % 1e10, 10)}`), [OR('purchaseID')]],
    ['Data ordine', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => row(['Spedito', 'Spedito', 'Consegnato', 'Da evadere', 'Reso', 'Spedito', 'Annullato'], +o.id >> 1), [], opt],
    ['SKU', (c, o) => `${row(KNIT, +o.id)[0]}-${row(['S', 'M', 'L', 'XL'], +o.id >> 2)}`, [PL('SKU')]],
    ['EAN', (c, o) => row(KNIT, +o.id)[1], [PL('SKU')], opt],
    ['Prodotto', (c, o) => row(KNIT, +o.id)[2], [PL('name')]],
    ['Taglia', (c, o) => row(['S', 'M', 'L', 'XL'], +o.id >> 2), [`${PL('selectedOptions[0].value')}`], opt],
    ['Colore', (c, o) => row(COLORS, +o.id), [], opt],
    ['Quantità', (c, o) => (+o.id % 6 === 0 ? '2' : '1'), [PL('quantity')]],
    ['Prezzo unitario', (c, o) => dec(row(KNIT, +o.id)[3]), [], opt],
    ['Totale riga', (c, o) => dec(row(KNIT, +o.id)[3] * (+o.id % 6 === 0 ? 2 : 1)), [PL('priceTotal')]],
    ['Spese di spedizione', (c, o) => (row(MKT, +o.id)[1] === 'az' && +o.id % 2 ? '4,90' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Totale ordine', (c, o) => dec(row(KNIT, +o.id)[3] * (+o.id % 6 === 0 ? 2 : 1) + (row(MKT, +o.id)[1] === 'az' && +o.id % 2 ? 4.9 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Commissione marketplace', (c, o) => dec(row(KNIT, +o.id)[3] * 0.22), []],
    ['Cliente', (c, o) => `${row(EU_SHIP, +o.id >> 1)[5]} ${row(EU_SHIP, +o.id >> 1)[6]}`, []],
    ['Email cliente', (c, o, r) => (row(MKT, +o.id)[1] === 'az' ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.${row(EU_SHIP, +o.id >> 1)[0] === 'IT' ? 'it' : 'de'}` : ''), EMAIL_ID, opt],
    ['Indirizzo spedizione', (c, o) => row(EU_SHIP, +o.id >> 1)[4], [SHIP('street1')]],
    ['CAP spedizione', (c, o) => row(EU_SHIP, +o.id >> 1)[2], [SHIP('postalCode')]],
    ['Città spedizione', (c, o) => row(EU_SHIP, +o.id >> 1)[1], [SHIP('city')]],
    ['Provincia spedizione', (c, o) => row(EU_SHIP, +o.id >> 1)[3], [SHIP('stateProvince'), SHIP('state')], opt],
    ['Paese spedizione', (c, o) => row(EU_SHIP, +o.id >> 1)[0], [SHIP('countryCode')]],
    ['Corriere', (c, o) => row(['BRT', 'DHL', 'GLS', 'UPS'], +o.id >> 1), ['commerce.shipping.shippingMethod']],
    ['Tracking', (c, o) => (+o.id % 7 === 3 ? '' : `JVGL${pad(+o.id * 7919 % 1e12, 12)}`), ['commerce.shipping.trackingNumber']],
    ['Magazzino', () => 'Carpi (MO)', [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: WhatsApp shared inbox contacts
  { name: 'callbell-contatti-export-it', product: 'Callbell (WhatsApp/Instagram/Messenger shared inbox; Contatti > Esporta CSV, one row per contact with custom fields, Italian UI, a Verona gym chain)', family: 'marketing-automation', language: 'it', schema: P, cols: [
    ['UUID', (c, o, r) => v.hex(r, 32), ['_id', 'personID']],
    ['Nome', (c) => loc(c, 'it').full, ['person.name.fullName']],
    ['Numero di telefono', (c) => `+39 ${loc(c, 'it').mobile.slice(0, 3)} ${loc(c, 'it').mobile.slice(3)}`, ['mobilePhone.number']],
    ['Email', (c, o) => (+o.id % 3 ? loc(c, 'it').email : ''), ['personalEmail.address']],
    ['Canale', (c, o) => row(['WhatsApp', 'WhatsApp', 'Instagram', 'WhatsApp', 'Facebook Messenger'], +o.id), []],
    ['Tag', (c, o) => row(['prova gratuita', 'iscritto, rinnovo', '', 'ex iscritto', 'iscritto', 'lead sito'], +o.id), []],
    ['Assegnato a', (c, o) => row(['Giulia Reception', 'Marco Sales', '', 'Giulia Reception'], +o.id >> 1), []],
    ['Team', (c, o) => row(['Reception', 'Vendite', 'Reception'], +o.id >> 2), []],
    ['Stato conversazione', (c, o) => (+o.id % 4 ? 'Chiusa' : 'Aperta'), []],
    ['Bot attivo', (c, o) => (+o.id % 5 ? 'No' : 'Sì'), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Bloccato', (c, o) => (+o.id % 23 === 0 ? 'Sì' : 'No'), []],
    ['Creato il', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Ultimo messaggio', (c) => `${dmy(cet(later(c)))} ${hm(cet(later(c)))}`, [], opt],
    ['data_di_nascita', (c, o) => (+o.id % 4 === 1 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['citta', (c) => vrPlace(c)[0], at(HOME, 'city')],
    ['cap', (c, o) => (+o.id % 3 ? vrPlace(c)[1] : ''), at(HOME, 'postalCode')],
    ['sede', (c, o) => row(['Verona Borgo Roma', 'Verona Centro', 'San Giovanni Lupatoto', 'Villafranca'], +o.id), []],
    ['abbonamento', (c, o) => row(['Open annuale', 'Trimestrale', '', 'Corsi serali', 'Open annuale'], +o.id >> 1), []],
    ['scadenza_abbonamento', (c) => dmy(bd(later(c) + 120 * day)), []],
    ['Link conversazione', (c, o, r) => `https://dash.callbell.eu/chat/${v.hex(r, 32)}`, []],
    ['Note', (c, o) => row(['', '', 'Chiede info su personal trainer', '', 'Richiamare dopo le 18'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Italy: loyalty app card holders
  { name: 'pienissimo-clienti-fidelity-it', product: 'Pienissimo (digital fidelity card app for local shops; Clienti > Esporta Excel, one row per card holder, Italian UI, a Bari chain of three bakeries and pastry shops)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['ID cliente', (c) => String(30000 + +c.id % 60000), ['_id', 'personID']],
    ['Codice tessera', (c) => `PNS${pad(+c.id * 7 % 10000000, 7)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => loc(c, 'it').first, ['person.name.firstName']],
    ['Cognome', (c) => loc(c, 'it').last, ['person.name.lastName']],
    ['Sesso', (c) => (loc(c, 'it').female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c, o) => (+o.id % 5 === 0 ? '' : dmy(bd(c.birth))), ['person.birthDate']],
    ['Email', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'it').email), ['personalEmail.address']],
    ['Cellulare', (c) => loc(c, 'it').mobile, ['mobilePhone.number']],
    ['Indirizzo', (c, o) => (+o.id % 3 ? loc(c, 'it').street : ''), at(HOME, 'street1')],
    ['CAP', (c, o) => (+o.id % 3 ? row(['70121', '70122', '70124', '70126', '70010', '70054'], +c.id) : ''), at(HOME, 'postalCode')],
    ['Città', (c) => row(['Bari', 'Bari', 'Bari', 'Bari', 'Valenzano', 'Giovinazzo'], +c.id), at(HOME, 'city')],
    ['Provincia', () => 'BA', STATE(HOME)],
    ['Livello', (c, o) => row(['Base', 'Base', 'Argento', 'Oro'], +o.id), ['loyalty.tier']],
    ['Punti', (c, o) => String((+o.id * 7) % 480), ['loyalty.points']],
    ['Punti accumulati', (c, o) => String(480 + (+o.id * 13) % 4200), ['loyalty.lifetimePoints']],
    ['Punti utilizzati', (c, o) => String(480 + (+o.id * 13) % 4200 - (+o.id * 7) % 480), ['loyalty.pointsRedeemed']],
    ['Premi riscattati', (c, o) => String(+o.id % 9), []],
    ['Visite', (c, o) => String(3 + (+o.id % 140)), []],
    ['Spesa totale', (c, o) => `${thou(25 + (+o.id * 17) % 2400)} €`, ['loyalty.lifetimePurchases'], opt],
    ['Ultima visita', (c) => dmy(cet(later(c))), [], opt],
    ['Data iscrizione', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, ['loyalty.joinDate'], opt],
    ['Punto vendita iscrizione', (c, o) => row(['Panificio Poggiofranco', 'Pasticceria Murat', 'Panificio Japigia'], +o.id >> 1), []],
    ['Fonte', (c, o) => row(['App', 'Cassa', 'App', 'Modulo web'], +o.id >> 2), []],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Consenso profilazione', (c, o) => (+o.id % 3 ? 'No' : 'Sì'), [], opt],
    ['Note', (c, o) => row(['', '', '', 'Intollerante al lattosio', 'Ordina torte per eventi'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Italy: invoicing client register (B2B)
  { name: 'fatturegb-anagrafica-clienti-it', product: 'FattureGB (desktop invoicing and e-invoicing program; Anagrafiche > Clienti > Esporta in Excel, one row per client with its contact person, Italian UI, a Padova IT-support firm invoicing local businesses)', family: 'invoicing', language: 'it', schema: B, cols: [
    ['Codice', (c) => `C${pad(+c.id % 10000, 4)}`, B2BID, opt],
    ['Ragione sociale', (c) => itFirm(c)[0], CO],
    ['Referente', (c) => loc(c, 'it').full, ['person.name.fullName']],
    ['Partita IVA', (c, o, r) => pad(v.int(r, 1000000000, 4999999999), 11), []],
    ['Codice fiscale', (c, o, r) => (+c.id % 7 === 2 ? `${loc(c, 'it').last.slice(0, 3).toUpperCase()}${loc(c, 'it').first.slice(0, 3).toUpperCase()}${pad(bd(c.birth).y % 100)}A${pad(bd(c.birth).d)}G224${v.pick(r, ['K', 'X', 'W'])}` : pad(v.int(r, 1000000000, 4999999999), 11)), []],
    ['Indirizzo', (c) => pdPlace(c)[0], [W('street1')]],
    ['CAP', (c) => pdPlace(c)[1], [W('postalCode')]],
    ['Comune', (c) => pdPlace(c)[2], [W('city')]],
    ['Provincia', () => 'PD', STATE(['workAddress'])],
    ['Nazione', () => 'Italia', [W('country')]],
    ['Telefono', (c, o, r) => `049 ${v.int(r, 600, 899)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Cellulare', (c, o) => (+o.id % 3 ? `${loc(c, 'it').mobile.slice(0, 3)} ${loc(c, 'it').mobile.slice(3)}` : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (+o.id % 5 === 0 ? `049 ${v.int(r, 600, 899)} ${v.int(r, 1000, 9999)}` : ''), ['faxPhone.number'], opt],
    ['E-mail', (c) => `${slugify(loc(c, 'it').first)}.${slugify(loc(c, 'it').last)}@${itFirm(c)[1]}`, WE],
    ['PEC', (c) => `${itFirm(c)[1].split('.')[0]}@pec.it`, ['workEmail.address'], opt],
    ['Codice destinatario SDI', (c) => row(['M5UXCR1', 'KRRH6B9', '0000000', 'SUBM70N', 'USAL8PV', 'T04ZHR3'], +c.id), []],
    ['Sito web', (c, o) => (+o.id % 4 ? `www.${itFirm(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['IBAN', (c, o, r) => `IT${v.int(r, 10, 99)}${v.pick(r, ['A', 'B', 'D', 'X'])}0306912${v.int(r, 100, 999)}${pad(v.int(r, 0, 999999999), 12)}`, []],
    ['Pagamento', (c, o) => row(['Bonifico 30 gg d.f.', 'Rimessa diretta', 'Ri.Ba. 60 gg f.m.', 'Bonifico vista fattura'], +o.id), []],
    ['Split payment', (c) => (+c.id % 11 === 0 ? 'Sì' : 'No'), []],
    ['Sconto %', (c, o) => row(['0', '0', '5', '10'], +o.id >> 1), []],
    ['Fatturato anno', (c, o) => thou(300 + (+o.id * 37) % 18000), []],
    ['Note', (c, o) => row(['', '', 'Contratto assistenza annuale', '', 'Inviare fattura anche in copia cortesia'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Spain: booking widget appointments
  { name: 'bookitit-citas-export-es', product: 'Bookitit (online appointment booking; Panel de control > Citas > Exportar a Excel, one row per appointment, Spanish UI, a Valencia physiotherapy and pilates centre with two sites)', family: 'booking', language: 'es', schema: E, cols: [
    ['Id cita', (c, o) => String(8800000 + (+o.id * 53) % 900000), ['_id', OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(cet(o.at + (2 + (+o.id % 12)) * day)), [], opt],
    ['Hora inicio', (c, o) => row(['09:00', '10:30', '12:00', '16:00', '17:30', '19:00'], +o.id), [], opt],
    ['Hora fin', (c, o) => row(['09:45', '11:30', '12:45', '16:45', '18:30', '19:45'], +o.id), []],
    ['Servicio', (c, o) => row(['Fisioterapia - sesión 45 min', 'Pilates máquina (grupo)', 'Osteopatía', 'Fisioterapia suelo pélvico', 'Punción seca', 'Valoración inicial'], +o.id), [PL('name')]],
    ['Agenda', (c, o) => row(['Marta (Fisio)', 'Sala Reformer', 'Pau (Osteópata)', 'Marta (Fisio)', 'Carles (Fisio)', 'Carles (Fisio)'], +o.id), []],
    ['Centro', (c, o) => (+o.id % 3 ? 'Fisio Ruzafa' : 'Fisio Benimaclet'), STORE, opt],
    ['Nombre', (c) => loc(c, 'es').first, []],
    ['Apellidos', (c) => `${loc(c, 'es').last} ${loc(c, 'es').last2}`, []],
    ['Email', (c) => loc(c, 'es').email, EMAIL_ID, opt],
    ['Teléfono', (c) => loc(c, 'es').mobile, PHONE_ID, opt],
    ['DNI', (c, o, r) => (+o.id % 3 ? '' : `${pad(v.int(r, 10000000, 49999999), 8)}${v.pick(r, ['T', 'R', 'W', 'A', 'G', 'M', 'Y'])}`), []],
    ['Precio', (c, o) => `${row(['40,00', '18,00', '55,00', '45,00', '35,00', '0,00'], +o.id)} €`, [OR('priceTotal'), PL('priceTotal')]],
    ['Pagado', (c, o) => (+o.id % 4 === 0 ? 'Sí' : 'No'), []],
    ['Importe pagado online', (c, o) => (+o.id % 4 === 0 ? `${row(['40,00', '18,00', '55,00', '45,00', '35,00', '0,00'], +o.id)} €` : '0,00 €'), [OR('payments[0].paymentAmount')], opt],
    ['Estado', (c, o) => row(['Confirmada', 'Confirmada', 'Asistida', 'Cancelada', 'No presentado', 'Pendiente de confirmar'], +o.id >> 1), [], opt],
    ['Origen', (c, o) => row(['Widget web', 'Panel', 'Reserva con Google', 'Widget web', 'App'], +o.id >> 2), [], opt],
    ['Fecha de creación', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Fecha de cancelación', (c, o) => (row(['Confirmada', 'Confirmada', 'Asistida', 'Cancelada', 'No presentado', 'Pendiente de confirmar'], +o.id >> 1) === 'Cancelada' ? `${dmy(cet(o.at + day))} ${hm(cet(o.at + day))}` : ''), [OR('cancelDate')], opt],
    ['Recordatorio', (c, o) => row(['SMS', 'Email', 'SMS y email'], +o.id), []],
    ['Nº historia', (c) => (+c.id % 5 ? `H-${pad(+c.id % 9000, 4)}` : ''), CUST_ID, opt],
    ['Comentarios', (c, o) => row(['', '', 'Dolor lumbar desde hace 2 semanas', '', 'Viene con informe de la mutua', 'Bono 10 sesiones'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Peru: same-day courier orders
  { name: 'urbaner-pedidos-lima-pe', product: 'Urbaner (Lima same-day courier platform; Mis pedidos > Descargar reporte Excel, one row per delivery, Spanish UI, a Miraflores cosmetics e-shop delivering across Lima)', family: 'delivery', language: 'es', schema: E, cols: [
    ['Código', (c, o) => `UR${pad((+o.id * 7919) % 10000000, 7)}`, ['_id']],
    ['Referencia', (c, o) => `PED-${5200 + (+o.id % 4000)}`, [OR('purchaseID')]],
    ['Fecha de creación', (c, o) => `${dmy(and(o.at))} ${hm(and(o.at))}`, ['timestamp']],
    ['Tipo de servicio', (c, o) => row(['Express', 'Programado', 'Mismo día', 'Mismo día'], +o.id), ['commerce.shipping.shippingMethod']],
    ['Vehículo', (c, o) => row(['Moto', 'Moto', 'Auto', 'Bicicleta'], +o.id >> 1), [], opt],
    ['Estado', (c, o) => row(['Entregado', 'Entregado', 'Entregado', 'Cancelado', 'En ruta', 'Entregado'], +o.id >> 1), [], opt],
    ['Dirección de recojo', () => 'Av. Comandante Espinar 675, Miraflores', []],
    ['Contacto de recojo', () => 'Tienda Bella Piel', []],
    ['Dirección de entrega', (c) => loc(c, 'pe').street, [SHIP('street1')]],
    ['Referencia de entrega', (c, o) => row(['Frente al parque Kennedy', 'Al costado de la farmacia Inkafarma', '', 'Edificio azul, timbre 301', 'Cerca al óvalo Gutiérrez', ''], +o.id), [SHIP('street2')], opt],
    ['Distrito de entrega', (c) => loc(c, 'pe').city, [SHIP('city')], opt],
    ['Destinatario', (c) => loc(c, 'pe').full, []],
    ['Teléfono destinatario', (c) => loc(c, 'pe').mobile, PHONE_ID, opt],
    ['Email destinatario', (c, o) => (+o.id % 3 ? loc(c, 'pe').email : ''), EMAIL_ID, opt],
    ['Descripción del paquete', (c, o) => row(['Kit skincare x3', 'Protector solar 50ml', 'Sérum vitamina C', 'Caja regalo'], +o.id >> 2), [PL('name')], opt],
    ['Monto a cobrar', (c, o) => (+o.id % 3 === 0 ? `S/ ${(o.total * 4).toFixed(2)}` : 'S/ 0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Método de cobro', (c, o) => (+o.id % 3 === 0 ? row(['Efectivo', 'Yape', 'POS'], +o.id >> 1) : ''), [OR('payments[0].paymentType')], opt],
    ['Distancia (km)', (c, o) => (1.2 + (+o.id % 180) / 10).toFixed(1), []],
    ['Tarifa', (c, o) => `S/ ${(8 + (+o.id % 14)).toFixed(2)}`, ['commerce.shipping.shippingAmount'], opt],
    ['Urbaner asignado', (c, o) => row(['Jhon C.', 'Kevin R.', 'Alex M.', 'Brayan Q.'], +o.id >> 1), []],
    ['Fecha de entrega', (c, o) => (row(['Entregado', 'Entregado', 'Entregado', 'Cancelado', 'En ruta', 'Entregado'], +o.id >> 1) !== 'Entregado' ? '' : `${dmy(and(o.at + 3 * 3600000))} ${hm(and(o.at + 3 * 3600000))}`), [], opt],
    ['Link de seguimiento', (c, o) => `https://urbaner.com/tracking/UR${pad((+o.id * 7919) % 10000000, 7)}`, ['commerce.shipping.trackingURL'], opt],
    ['Calificación', (c, o) => (+o.id % 4 ? String(4 + (+o.id % 2)) : ''), []],
    ['Comentario', (c, o) => row(['', 'Dejar con el portero', '', 'Llamar antes de llegar'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Ecuador: payment gateway transactions
  { name: 'payphone-transacciones-ec', product: 'PayPhone (Ecuadorian card and app payments; PayPhone Business > Transacciones > Exportar, one row per charge, Spanish UI, a Quito specialty-coffee roaster selling through payment links and its web shop)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => `${dmy(and(o.at))} ${hms(and(o.at))}`, ['timestamp']],
    ['Id transacción', (c, o) => String(23000000 + (+o.id * 97) % 9000000), [OR('payments[0].transactionID'), '_id']],
    ['Id transacción cliente', (c, o) => (+o.id % 3 ? `WEB-${pad(+o.id % 100000, 6)}` : `LINK-${((+o.id * 2654435761) >>> 0).toString(36).toUpperCase().slice(0, 6)}`), [OR('purchaseID')], opt],
    ['Referencia', (c, o) => row(['Pedido tienda online', 'Café de especialidad 1kg', 'Suscripción mensual', 'Pedido tienda online'], +o.id), [], opt],
    ['Estado', (c, o) => (+o.id % 9 === 0 ? 'Cancelada' : 'Aprobada'), [], opt],
    ['Código de autorización', (c, o) => (+o.id % 9 === 0 ? '' : `W${23000000 + (+o.id * 97) % 9000000}`), [], opt],
    ['Monto', (c, o) => (o.total * 1.15 + (+o.id % 7 === 0 ? 1 : 0)).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monto con impuesto', (c, o) => o.total.toFixed(2), [], opt],
    ['Monto sin impuesto', () => '0.00', [], opt],
    ['Impuesto', (c, o) => (o.total * 0.15).toFixed(2), [OR('taxAmount')]],
    ['Servicio', () => '0.00', []],
    ['Propina', (c, o) => (+o.id % 7 === 0 ? '1.00' : '0.00'), []],
    ['Moneda', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Tipo de transacción', (c, o) => row(['Botón de pago', 'Link de pago', 'PayPhone App', 'Botón de pago'], +o.id >> 1), [], opt],
    ['Tipo de tarjeta', (c, o) => (row(['Botón de pago', 'Link de pago', 'PayPhone App', 'Botón de pago'], +o.id >> 1) === 'PayPhone App' ? 'Saldo PayPhone' : +o.id % 2 ? 'Crédito' : 'Débito'), [OR('payments[0].paymentType')], opt],
    ['Marca', (c, o) => (ppApp(o) ? '' : row(['Visa Banco Pichincha', 'Mastercard Produbanco/Promerica', 'Diners Club', 'Visa Banco Guayaquil', 'Mastercard Banco del Pacífico'], +o.id)), [], opt],
    ['Bin', (c, o) => (ppApp(o) ? '' : row(['455187', '530219', '361234', '406098', '522176'], +o.id)), []],
    ['Últimos dígitos', (c, o) => (ppApp(o) ? '' : `XX${pad(+o.id % 100)}`), []],
    ['Diferido', (c, o) => (+o.id % 5 === 0 ? 'Sí' : 'No'), []],
    ['Titular', (c) => loc(c, 'ec').full.toUpperCase(), []],
    ['Cédula', (c, o, r) => `${loc(c, 'ec').extra}${pad(v.int(r, 10000000, 99999999), 8)}`, []],
    ['Correo', (c) => loc(c, 'ec').email, EMAIL_ID, opt],
    ['Teléfono', (c) => `593${loc(c, 'ec').mobile}`, PHONE_ID, opt],
    ['Tienda', (c, o) => (+o.id % 4 ? 'Tostaduría Pichincha - Web' : 'Tostaduría Pichincha - Cumbayá'), STORE, opt],
    ['País', () => 'EC', [BILL('countryCode')], opt],
  ] },
  // ---------------------------------------------------------------- Colombia: WhatsApp customer-service contacts
  { name: 'b2chat-contactos-export-co', product: 'B2Chat (Colombian WhatsApp/Facebook/Instagram customer-service platform; Contactos > Exportar, one row per contact with custom fields, Spanish UI, a Medellín dental clinic network)', family: 'marketing-automation', language: 'es', schema: P, cols: [
    ['ID', (c) => String(41000000 + (+c.id * 31) % 9000000), ['_id', 'personID']],
    ['Nombre completo', (c) => loc(c, 'co').full, ['person.name.fullName']],
    ['Celular', (c) => `57${loc(c, 'co').mobile}`, ['mobilePhone.number']],
    ['Correo electrónico', (c, o) => (+o.id % 4 ? loc(c, 'co').email : ''), ['personalEmail.address']],
    ['Tipo de documento', (c, o) => row(['CC', 'CC', 'CC', 'CE', 'TI', 'PA'], +o.id), []],
    ['Número de documento', (c, o, r) => String(v.int(r, 10000000, 1099999999)), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c, o) => (+o.id % 3 === 0 ? '' : ymd(bd(c.birth))), ['person.birthDate']],
    ['Dirección', (c, o) => (+o.id % 3 ? loc(c, 'co').street : ''), at(HOME, 'street1')],
    ['Ciudad', (c) => loc(c, 'co').city, at(HOME, 'city')],
    ['Departamento', (c) => loc(c, 'co').region, STATE(HOME)],
    ['País', () => 'Colombia', at(HOME, 'country')],
    ['Empresa', (c, o) => (+o.id % 8 === 0 ? 'Bancolombia' : ''), ['organizations[0]'], opt],
    ['Canal de origen', (c, o) => row(['WhatsApp', 'WhatsApp', 'Facebook', 'Instagram', 'Livechat'], +o.id), []],
    ['Etiquetas', (c, o) => row(['Ortodoncia', 'Valoración, Blanqueamiento', '', 'Paciente activo', 'Implantes'], +o.id >> 1), []],
    ['Agente asignado', (c, o) => row(['Valentina Agudelo', 'Sara Montoya', '', 'Mateo Ríos'], +o.id >> 1), []],
    ['Sede de preferencia', (c, o) => row(['El Poblado', 'Laureles', 'Envigado', 'Bello'], +o.id >> 2), []],
    ['Autoriza tratamiento de datos', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Fecha de creación', (c) => `${ymd(and(c.created))} ${hms(and(c.created))}`, [], opt],
    ['Última interacción', (c) => `${ymd(and(later(c)))} ${hms(and(later(c)))}`, [], opt],
    ['Bloqueado', (c, o) => (+o.id % 29 === 0 ? 'Sí' : 'No'), []],
    ['Notas', (c, o) => row(['', '', 'Prefiere citas en la tarde', '', 'Pendiente cotización de brackets'], +o.id >> 1), []],
  ] },
  // ---------------------------------------------------------------- Mexico: ERP client catalogue (B2B)
  { name: 'microsip-catalogo-clientes-mx', product: 'Microsip (Mexican ERP; Ventas > Clientes > Archivo > Exportar clientes a un archivo with a custom export format, one row per client with its contact, Spanish UI, a Guadalajara electrical-supplies distributor)', family: 'crm', language: 'es', schema: B, cols: [
    ['Clave', (c) => `C${pad(+c.id % 100000, 5)}`, B2BID, opt],
    ['Nombre', (c) => (mxFirm(c)[0] || `${loc(c, 'mx').first} ${loc(c, 'mx').last} ${loc(c, 'mx').last2}`.toUpperCase()), CO],
    ['Contacto', (c) => `${loc(c, 'mx').first} ${loc(c, 'mx').last}`, ['person.name.fullName']],
    ['RFC_CURP', (c, o, r) => (mxFirm(c)[2] === 'Moral' ? `${mxFirm(c)[0].replace(/[^A-Z]/g, '').slice(0, 3)}${pad(v.int(r, 0, 99))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.alnum(r, 3).toUpperCase()}` : `${slugify(loc(c, 'mx').last).slice(0, 2).toUpperCase()}${slugify(loc(c, 'mx').last2)[0].toUpperCase()}${slugify(loc(c, 'mx').first)[0].toUpperCase()}${pad(bd(c.birth).y % 100)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${v.alnum(r, 3).toUpperCase()}`), []],
    ['Tipo de persona', (c) => mxFirm(c)[2], []],
    ['Régimen fiscal', (c) => (mxFirm(c)[2] === 'Moral' ? '601 - General de Ley Personas Morales' : '612 - Personas Físicas con Actividades Empresariales y Profesionales'), []],
    ['Uso del CFDI', (c, o) => row(['G03 - Gastos en general', 'G01 - Adquisición de mercancías', 'G03 - Gastos en general'], +o.id), []],
    ['Calle', (c) => loc(c, 'mx').street, [W('street1')]],
    ['Num. exterior', (c, o) => String(100 + (+o.id * 7) % 3800), [W('street1')], opt],
    ['Num. interior', (c, o) => (+o.id % 3 ? '' : `Int. ${1 + (+o.id % 12)}`), [W('street2')], opt],
    ['Colonia', (c, o) => row(MX_COL, +o.id), [W('street2'), W('street3')], opt],
    ['Ciudad', (c) => loc(c, 'mx').city, [W('city')]],
    ['Estado', (c) => loc(c, 'mx').region, STATE(['workAddress'])],
    ['Código postal', (c) => loc(c, 'mx').zip, [W('postalCode')]],
    ['País', () => 'México', [W('country')]],
    ['Teléfono 1', (c, o, r) => `${loc(c, 'mx').extra} ${String(v.int(r, 10000000, 99999999)).slice(0, 10 - loc(c, 'mx').extra.length)}`, ['workPhone.number']],
    ['Teléfono 2', (c, o) => (+o.id % 2 ? loc(c, 'mx').mobile : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['Email', (c) => (mxFirm(c)[1] ? `${slugify(loc(c, 'mx').first)}.${slugify(loc(c, 'mx').last)}@${mxFirm(c)[1]}` : loc(c, 'mx').email), WE],
    ['Límite de crédito', (c, o) => thou(row([0, 25000, 50000, 100000, 150000], +o.id), ',', '.'), []],
    ['Condición de pago', (c, o) => row(['Contado', 'Crédito 15 días', 'Crédito 30 días', 'Crédito 30 días'], +o.id >> 1), []],
    ['Moneda', (c, o) => (+o.id % 13 === 0 ? 'Dólar americano' : 'Peso mexicano'), []],
    ['Vendedor', (c, o) => row(['MARIO ROBLES', 'ANA PAULA IBARRA', 'OFICINA'], +o.id >> 2), []],
    ['Zona', (c) => ({ Jalisco: 'Occidente', 'Nuevo León': 'Norte', Querétaro: 'Bajío', Guanajuato: 'Bajío', Puebla: 'Centro', 'Ciudad de México': 'Centro' }[loc(c, 'mx').region]), []],
    ['Tipo de cliente', (c, o) => row(['Contratista', 'Mayoreo', 'Distribuidor', 'Industria'], +o.id), []],
    ['Estatus', (c, o) => (+o.id % 11 === 0 ? 'Suspendido' : 'Activo'), []],
  ] },
  // ---------------------------------------------------------------- Spain: company-data firm list (B2B)
  { name: 'infoempresa-listado-empresas-es', product: 'Infoempresa (Spanish company-information service; Búsqueda avanzada > Exportar listado a Excel, one row per firm with its main registered officer, Spanish UI, a packaging supplier\'s prospect list of food producers and wholesalers)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Razón social', (c) => esFirm(c)[0], CO],
    ['CIF', (c, o, r) => `${esFirm(c)[2] === 'Sociedad anónima' ? 'A' : esFirm(c)[2] === 'Sociedad cooperativa' ? 'F' : 'B'}${pad(v.int(r, 10000000, 99999999), 8)}`, []],
    ['Forma jurídica', (c) => esFirm(c)[2], []],
    ['Domicilio social', (c, o) => `${row(['CALLE', 'AVENIDA', 'POLIGONO INDUSTRIAL', 'CARRETERA'], +o.id)} ${row(['MAYOR', 'DE LA INDUSTRIA', 'LOS SERRANOS', 'DE CASTILLA', 'SAN JUAN'], +o.id >> 1)}, ${1 + (+o.id % 90)}`, [W('street1')]],
    ['Código postal', (c) => esPlace(c)[1], [W('postalCode')]],
    ['Localidad', (c) => esPlace(c)[0].toUpperCase(), [W('city')]],
    ['Provincia', (c) => esPlace(c)[2].toUpperCase(), STATE(['workAddress'])],
    ['Comunidad autónoma', (c) => esPlace(c)[3], [W('region')], opt],
    ['Teléfono', (c, o, r) => (+o.id % 5 === 0 ? '' : `${ES_PREFIX[esPlace(c)[0]]} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`), ['workPhone.number']],
    ['Email', (c, o) => (+o.id % 3 === 0 ? '' : `info@${esFirm(c)[1]}`), WE, opt],
    ['Web', (c, o) => (+o.id % 4 === 0 ? '' : `www.${esFirm(c)[1]}`), ['b2b.companyWebsite']],
    ['CNAE', (c) => esFirm(c)[3], []],
    ['Objeto social', (c) => `${esFirm(c)[3].split(' - ')[1]}, así como su distribución y comercialización.`, []],
    ['Fecha de constitución', (c, o) => dmy({ y: 1975 + (+o.id % 45), m: 1 + (+o.id % 12), d: 1 + (+o.id % 28) }), []],
    ['Capital social (€)', (c, o) => thou(row([3006, 3010, 60101.21, 120000, 601012.1], +o.id)), []],
    ['Ventas (€)', (c, o) => thou(esSales(o)), []],
    ['Tramo de ventas', (c, o) => esBand(esSales(o)), []],
    ['Empleados', (c, o) => String(4 + (+o.id % 180)), []],
    ['Cargo', (c, o) => row(['Administrador único', 'Consejero delegado', 'Administrador solidario', 'Presidente'], +o.id >> 1), ['extendedWorkDetails.jobTitle']],
    ['Nombre del cargo', (c) => `${loc(c, 'es').last} ${loc(c, 'es').last2} ${loc(c, 'es').first}`.toUpperCase(), ['person.name.fullName']],
    ['Fecha de nombramiento', (c) => dmy(bd(c.created)), []],
    ['Situación', (c, o) => (+o.id % 17 === 0 ? 'Concurso de acreedores' : 'Activa'), []],
    ['Última actualización', (c) => dmy(bd(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
