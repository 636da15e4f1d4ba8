// Round 119, tune119: tune sets written blind (by a helper that never opened the suggester, its tests, the scorer or a
// score). Same format as sets.mjs (sources in ../README.md). Spanish, French, Italian, Portuguese, Dutch, Japanese and
// Russian exports of shop, booking, POS, SMS, delivery, payment, invoicing, e-mail, loyalty and B2B tools: a Spanish
// beauty-clinic booking tool's client list, a Mexican SMS platform's message detail report, a Spanish bar POS's ticket
// list, a French appointment-booking tool's bookings, a French invoicing package's client file, an Italian parcel
// broker's shipments, an Italian company-list vendor's firms, a Brazilian shop platform's orders, a Brazilian e-mail
// marketing tool's contacts, a Dutch iDEAL payment provider's transactions, a Japanese business-card manager's cards and
// a Russian loyalty platform's card holders. Headers in the product's UI language. TargetPay's columns follow its
// report/check API fields (trxid, idealtrxid, rtlo, status, cname, cbank, cbic, amount) and PremiumBonus' follow its
// buyer-info fields (card_number, group_name, balance, balance_bonus_*, bonus_inactive, is_refused_receive_*,
// init_purchase_count, external_id, child1_*); the other headers are written from the writer's knowledge of each
// product's UI.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// local wall-clock time written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const mxt = (ms) => shift(ms, -6)
const brt = (ms) => shift(ms, -3)
const jst = (ms) => shift(ms, 9)
const msk = (ms) => shift(ms, 3)
const bd = (ms) => v.parts(ms)
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const r2 = (n) => Math.round(n * 100) / 100
const dec = (n, sep = ',') => r2(n).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = r2(n).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [male, female, latin slug]; places: [city, postcode, region, extra]
const LOC = {
  es: { first: [['Javier', 'Laura'], ['Alejandro', 'Marta'], ['Sergio', 'Cristina'], ['Raúl', 'Nerea'], ['Iván', 'Rocío'], ['Adrián', 'Beatriz'], ['Rubén', 'Alba']],
    last: [['Navarro Ruiz', 'Navarro Ruiz', 'navarro'], ['Moreno Castillo', 'Moreno Castillo', 'moreno'], ['Romero Vidal', 'Romero Vidal', 'romero'], ['Ortega Blanco', 'Ortega Blanco', 'ortega'], ['Delgado Serrano', 'Delgado Serrano', 'delgado'], ['Castro Molina', 'Castro Molina', 'castro'], ['Rubio Marín', 'Rubio Marín', 'rubio']],
    places: [['Zaragoza', '50004', 'Zaragoza'], ['Zaragoza', '50009', 'Zaragoza'], ['Huesca', '22002', 'Huesca'], ['Utebo', '50180', 'Zaragoza'], ['Cuarte de Huerva', '50410', 'Zaragoza'], ['Logroño', '26001', 'La Rioja'], ['Teruel', '44001', 'Teruel']],
    street: (r) => `${v.pick(r, ['C/ Alfonso I', 'Paseo Independencia', 'Avda. Goya', 'C/ San Vicente de Paúl', 'Avda. César Augusto', 'C/ Delicias'])}, ${v.int(r, 1, 120)}, ${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}`,
    mobile: (r) => `6${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    phone: (r) => `976 ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'] },
  mx: { first: [['José Luis', 'Guadalupe'], ['Juan Carlos', 'Verónica'], ['Miguel Ángel', 'Alejandra'], ['Jorge', 'Mariana'], ['Ricardo', 'Daniela'], ['Óscar', 'Fernanda']],
    last: [['Hernández Ramírez', 'Hernández Ramírez', 'hernandez'], ['Gutiérrez Flores', 'Gutiérrez Flores', 'gutierrez'], ['Torres Mendoza', 'Torres Mendoza', 'torres'], ['Vázquez Cruz', 'Vázquez Cruz', 'vazquez'], ['Reyes Aguilar', 'Reyes Aguilar', 'reyes'], ['Morales Ortiz', 'Morales Ortiz', 'morales']],
    places: [['Guadalajara', '44100', 'Jalisco'], ['Zapopan', '45010', 'Jalisco'], ['Tlaquepaque', '45500', 'Jalisco'], ['Tonalá', '45400', 'Jalisco'], ['Tlajomulco de Zúñiga', '45640', 'Jalisco']],
    street: (r) => `${v.pick(r, ['Av. Vallarta', 'Av. Chapultepec', 'Calle Morelos', 'Av. Patria', 'Calz. Independencia'])} ${v.int(r, 100, 5800)}`,
    mobile: (r) => `52${v.pick(r, ['33', '33', '33', '55', '81'])}${v.int(r, 10000000, 99999999)}`,
    phone: (r) => `33 ${v.int(r, 3000, 3999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'] },
  fr: { first: [['Nicolas', 'Aurélie'], ['Sébastien', 'Céline'], ['Julien', 'Sandrine'], ['Mathieu', 'Émilie'], ['Kévin', 'Pauline'], ['Karim', 'Nadia'], ['Romain', 'Laetitia']],
    last: [['Girard', 'Girard', 'girard'], ['Bonnet', 'Bonnet', 'bonnet'], ['Fontaine', 'Fontaine', 'fontaine'], ['Chevalier', 'Chevalier', 'chevalier'], ['Mercier', 'Mercier', 'mercier'], ['Benali', 'Benali', 'benali'], ['Roux', 'Roux', 'roux']],
    places: [['Lyon', '69003', 'Rhône'], ['Villeurbanne', '69100', 'Rhône'], ['Vénissieux', '69200', 'Rhône'], ['Bron', '69500', 'Rhône'], ['Caluire-et-Cuire', '69300', 'Rhône'], ['Écully', '69130', 'Rhône'], ['Décines-Charpieu', '69150', 'Rhône']],
    street: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['rue Paul Bert', 'cours Lafayette', 'avenue Jean Jaurès', 'rue de la République', 'chemin de Champagne', 'boulevard des Belges'])}`,
    mobile: (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    phone: (r) => `0${v.pick(r, ['4', '5'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['orange.fr', 'free.fr', 'gmail.com', 'sfr.fr', 'laposte.net', 'hotmail.fr'] },
  bx: { first: [['Thierry', 'Isabelle'], ['Olivier', 'Véronique'], ['Pierre-Henri', 'Sophie'], ['Guillaume', 'Anne-Laure'], ['Franck', 'Hélène'], ['Benoît', 'Delphine']],
    last: [['Lacoste', 'Lacoste', 'lacoste'], ['Dufour', 'Dufour', 'dufour'], ['Garnier', 'Garnier', 'garnier'], ['Labat', 'Labat', 'labat'], ['Castaing', 'Castaing', 'castaing'], ['Perrin', 'Perrin', 'perrin']],
    places: [['Bordeaux', '33000', 'Gironde'], ['Mérignac', '33700', 'Gironde'], ['Libourne', '33500', 'Gironde'], ['Saint-Émilion', '33330', 'Gironde'], ['Pessac', '33600', 'Gironde'], ['Arcachon', '33120', 'Gironde'], ['Pauillac', '33250', 'Gironde']],
    street: (r) => `${v.int(r, 1, 90)} ${v.pick(r, ['quai des Chartrons', 'cours de l\'Intendance', 'rue Sainte-Catherine', 'avenue de la Libération', 'route des Châteaux', 'ZA du Courneau'])}`,
    mobile: (r) => `06 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    phone: (r) => `05 56 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`,
    mail: ['orange.fr', 'wanadoo.fr', 'gmail.com'] },
  it: { first: [['Giuseppe', 'Francesca'], ['Davide', 'Valentina'], ['Simone', 'Martina'], ['Luca', 'Silvia'], ['Stefano', 'Paola'], ['Antonio', 'Alessia'], ['Riccardo', 'Roberta']],
    last: [['Conti', 'Conti', 'conti'], ['De Luca', 'De Luca', 'deluca'], ['Mancini', 'Mancini', 'mancini'], ['Lombardi', 'Lombardi', 'lombardi'], ['Moretti', 'Moretti', 'moretti'], ['Barbieri', 'Barbieri', 'barbieri'], ['Fontana', 'Fontana', 'fontana']],
    places: [['Milano', '20135', 'MI', 'Lombardia'], ['Roma', '00185', 'RM', 'Lazio'], ['Torino', '10138', 'TO', 'Piemonte'], ['Napoli', '80134', 'NA', 'Campania'], ['Bologna', '40126', 'BO', 'Emilia-Romagna'], ['Verona', '37121', 'VR', 'Veneto'], ['Lecce', '73100', 'LE', 'Puglia'], ['Monza', '20900', 'MB', 'Lombardia']],
    street: (r) => `${v.pick(r, ['Via Giuseppe Mazzini', 'Corso Vittorio Emanuele II', 'Via Alessandro Manzoni', 'Viale dei Mille', 'Via XX Settembre', 'Piazza Cavour'])}, ${v.int(r, 1, 160)}`,
    mobile: (r) => `3${v.pick(r, ['33', '35', '38', '40', '47', '49', '66', '93'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    phone: (r) => `0${v.pick(r, ['2', '6', '11', '51', '45'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['libero.it', 'gmail.com', 'virgilio.it', 'alice.it', 'tiscali.it'] },
  br: { first: [['Leandro', 'Fernanda'], ['Rodrigo', 'Patrícia'], ['Gustavo', 'Aline'], ['Felipe', 'Renata'], ['Marcelo', 'Juliana'], ['Bruno', 'Tatiane'], ['Diego', 'Priscila']],
    last: [['Carvalho Ribeiro', 'Carvalho Ribeiro', 'carvalho'], ['Almeida Nunes', 'Almeida Nunes', 'almeida'], ['Barbosa Teixeira', 'Barbosa Teixeira', 'barbosa'], ['Rocha Mendes', 'Rocha Mendes', 'rocha'], ['Cardoso Pinto', 'Cardoso Pinto', 'cardoso'], ['Moreira Dias', 'Moreira Dias', 'moreira'], ['Araújo Freitas', 'Araújo Freitas', 'araujo']],
    places: [['Belo Horizonte', '30130-010', 'MG', 'Savassi', '31'], ['Contagem', '32017-900', 'MG', 'Eldorado', '31'], ['São Paulo', '04538-132', 'SP', 'Itaim Bibi', '11'], ['Rio de Janeiro', '22041-001', 'RJ', 'Copacabana', '21'], ['Curitiba', '80240-210', 'PR', 'Batel', '41'], ['Porto Alegre', '90570-020', 'RS', 'Moinhos de Vento', '51'], ['Salvador', '41820-020', 'BA', 'Caminho das Árvores', '71'], ['Uberlândia', '38400-100', 'MG', 'Centro', '34']],
    street: (r) => v.pick(r, ['Rua da Bahia', 'Av. do Contorno', 'Rua Padre Chagas', 'Av. Sete de Setembro', 'Rua Pernambuco', 'Av. Afonso Pena', 'Rua Visconde de Pirajá']),
    num: (r) => String(v.int(r, 10, 3200)),
    mobile: (r) => `(${v.pick(r, ['31', '31', '11', '21', '41', '51', '71', '34'])}) 9${v.int(r, 8000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`,
    phone: (r) => `(${v.pick(r, ['31', '11', '41'])}) ${v.int(r, 3000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br', 'outlook.com'] },
  nl: { first: [['Thijs', 'Lotte'], ['Ruben', 'Anouk'], ['Niels', 'Iris'], ['Sander', 'Eline'], ['Wouter', 'Marieke'], ['Koen', 'Esther']],
    last: [['van der Linden', 'van der Linden', 'vanderlinden'], ['Hendriks', 'Hendriks', 'hendriks'], ['Mulder', 'Mulder', 'mulder'], ['de Graaf', 'de Graaf', 'degraaf'], ['Kuipers', 'Kuipers', 'kuipers'], ['Verhoeven', 'Verhoeven', 'verhoeven'], ['Bos', 'Bos', 'bos']],
    places: [['Zwolle', '8011 CW', 'Overijssel'], ['Deventer', '7411 HR', 'Overijssel'], ['Apeldoorn', '7311 KZ', 'Gelderland'], ['Amersfoort', '3811 HP', 'Utrecht'], ['Enschede', '7511 JE', 'Overijssel']],
    street: (r) => `${v.pick(r, ['Diezerstraat', 'Assendorperstraat', 'Hoofdstraat', 'Kamperweg'])} ${v.int(r, 1, 200)}`,
    mobile: (r) => `06-${v.int(r, 10000000, 99999999)}`, phone: (r) => `038-${v.int(r, 4000000, 4999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl'] },
  ru: { first: [['Алексей', 'Екатерина', 'Алексеевич', 'Алексеевна', 'aleksey', 'ekaterina'], ['Дмитрий', 'Анна', 'Дмитриевич', 'Дмитриевна', 'dmitriy', 'anna'], ['Артём', 'Ольга', 'Сергеевич', 'Сергеевна', 'artem', 'olga'], ['Руслан', 'Гульнара', 'Ринатович', 'Ринатовна', 'ruslan', 'gulnara'], ['Илья', 'Юлия', 'Игоревич', 'Игоревна', 'ilya', 'yuliya'], ['Тимур', 'Алсу', 'Ильдарович', 'Ильдаровна', 'timur', 'alsu']],
    last: [['Смирнов', 'Смирнова', 'smirnov'], ['Кузнецов', 'Кузнецова', 'kuznetsov'], ['Сафин', 'Сафина', 'safin'], ['Гарипов', 'Гарипова', 'garipov'], ['Попов', 'Попова', 'popov'], ['Николаев', 'Николаева', 'nikolaev'], ['Хабибуллин', 'Хабибуллина', 'khabibullin']],
    places: [['Казань', '420111', 'Республика Татарстан'], ['Набережные Челны', '423800', 'Республика Татарстан'], ['Зеленодольск', '422540', 'Республика Татарстан']],
    street: (r) => `ул. ${v.pick(r, ['Баумана', 'Пушкина', 'Чистопольская', 'Декабристов'])}, д. ${v.int(r, 1, 90)}`,
    mobile: (r) => `79${v.pick(r, ['03', '17', '27', '50', '60', '87', '96'])}${v.int(r, 1000000, 9999999)}`, phone: (r) => '',
    mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0], slug = lr[2]
  const fslug = cc === 'ru' ? fr[female ? 5 : 4] : slugify(first.split(' ')[0])
  const [city, zip, region, extra, ddd] = v.pick(r, d.places)
  const p = { first, last, female, slug, fslug, city, zip, region, extra: extra ?? '', full: `${first} ${last}`,
    street: d.street(r), num: d.num ? d.num(r) : '', mobile: d.mobile(r), phone: d.phone(r),
    patronymic: cc === 'ru' ? fr[female ? 3 : 2] : '',
    email: `${fslug}${v.pick(r, ['.', '', '_'])}${slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  if (ddd) { p.mobile = p.mobile.replace(/^\(\d\d\)/, `(${ddd})`); p.phone = p.phone.replace(/^\(\d\d\)/, `(${ddd})`) }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- Japan (SKYPCE business cards of a Tokyo IT vendor)
const JA_LAST = [['山田', 'ヤマダ', 'yamada'], ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['渡辺', 'ワタナベ', 'watanabe'], ['伊藤', 'イトウ', 'ito'], ['中村', 'ナカムラ', 'nakamura']]
const JA_FIRST = [['太郎', 'タロウ', 't'], ['健一', 'ケンイチ', 'k'], ['翔太', 'ショウタ', 's'], ['大輔', 'ダイスケ', 'd'], ['美咲', 'ミサキ', 'm'], ['由美', 'ユミ', 'y'], ['直子', 'ナオコ', 'n'], ['陽子', 'ヨウコ', 'y']]
const JA_CO = [['株式会社東邦精機', 'トウホウセイキ', 'toho-seiki.co.jp'], ['北陸ロジテック株式会社', 'ホクリクロジテック', 'hokuriku-logitec.co.jp'], ['株式会社みらい建設', 'ミライケンセツ', 'mirai-kensetsu.co.jp'], ['三栄フーズ株式会社', 'サンエイフーズ', 'sanei-foods.co.jp'], ['株式会社グリーンメディカル', 'グリーンメディカル', 'greenmedical.jp'], ['大和化成工業株式会社', 'ヤマトカセイコウギョウ', 'yamato-kasei.co.jp']]
const JA_PLACE = [['東京都', '100-0005', '千代田区丸の内1-6-5', '丸の内北口ビル 12F'], ['神奈川県', '220-0012', '横浜市西区みなとみらい3-3-1', '三菱重工横浜ビル 8F'], ['大阪府', '530-0001', '大阪市北区梅田2-4-9', 'ブリーゼタワー 21F'], ['愛知県', '450-6490', '名古屋市中村区名駅3-28-12', '大名古屋ビルヂング 15F'], ['福岡県', '812-0011', '福岡市博多区博多駅前2-1-1', ''], ['石川県', '920-0853', '金沢市本町2-15-1', 'ポルテ金沢 7F'], ['埼玉県', '330-6090', 'さいたま市中央区新都心11-2', '']]
const JA_DEPT = ['営業部', '情報システム部', '総務部', '購買部', '経営企画室', 'DX推進室', '製造部 生産管理課']
const JA_TITLE = ['部長', '課長', '主任', '係長', '代表取締役社長', 'マネージャー', '']
const JA_OWNER = ['小林 誠', '加藤 彩', '吉田 隆', '山口 恵']
const jaMemo = new Map()
const ja = (c) => {
  if (jaMemo.has(c.id + c.first)) return jaMemo.get(c.id + c.first)
  const r = v.rng(+c.id * 43 + c.last.length * 3 + 7)
  const l = v.pick(r, JA_LAST), f = v.pick(r, JA_FIRST), co = v.pick(r, JA_CO), pl = v.pick(r, JA_PLACE)
  const area = pl[0] === '東京都' ? '03' : pl[0] === '大阪府' ? '06' : pl[0] === '愛知県' ? '052' : pl[0] === '神奈川県' ? '045' : pl[0] === '福岡県' ? '092' : pl[0] === '石川県' ? '076' : '048'
  const tel = area.length === 2 ? `${area}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` : `${area}-${v.int(r, 100, 999)}-${v.int(r, 1000, 9999)}`
  const p = { l, f, co, pl, tel, fax: tel.replace(/\d{4}$/, (x) => String((+x + 1) % 10000).padStart(4, '0')),
    mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
    dept: v.pick(r, JA_DEPT), title: v.pick(r, JA_TITLE), email: `${f[2]}.${l[2]}@${co[2]}` }
  jaMemo.set(c.id + c.first, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Auronix: [estatus, código de error]
const AX_ST = [['Entregado', ''], ['Entregado', ''], ['Entregado', ''], ['Enviado', ''], ['Entregado', ''], ['No entregado', '1002 Número fuera de servicio'], ['Entregado', ''], ['Rechazado', '1011 Número en lista negra'], ['Entregado', '']]
const axSt = (o) => row(AX_ST, +o.id >> 1)
// Camarero10: a Málaga tapas bar: [local, terminal]
const BAR_LOCALS = ['Taberna La Alcazaba - Centro', 'Taberna La Alcazaba - Pedregalejo']
const BAR_TABLES = ['Barra', 'Mesa 3', 'Mesa 7', 'Terraza 2', 'Terraza 5', 'Salón 11', 'Para llevar']
const BAR_WAITERS = ['Paco', 'Lucía', 'Antonio', 'Noelia', 'Encargado']
const barTotal = (o) => r2(8 + (+o.id * 37 % 9000) / 100)
const barAt = (o) => { const base = Math.floor(o.at / day) * day; const ms = base + ((12 + (+o.id % 12)) * 60 + (+o.id * 7 % 60)) * 60000; return ms - (summer(ms) ? 2 : 1) * 3600000 }
// RDV360: a Lyon car-repair garage: [prestation, catégorie, prix TTC, durée min]
const GARAGE = [['Vidange + filtre à huile', 'Entretien', 89, 45], ['Révision constructeur', 'Entretien', 219, 120], ['Changement plaquettes avant', 'Freinage', 145, 60], ['Pré-contrôle technique', 'Contrôle', 29, 30], ['Recharge climatisation', 'Climatisation', 79, 45], ['Montage 4 pneus', 'Pneumatiques', 60, 45], ['Diagnostic électronique', 'Diagnostic', 49, 30]]
const CARS = ['Peugeot 208 1.2 PureTech', 'Renault Clio IV dCi 90', 'Citroën C3 BlueHDi', 'Dacia Sandero Stepway', 'Volkswagen Golf VII TDI', 'Toyota Yaris Hybride', 'Renault Mégane III']
const plate = (r) => `${String.fromCharCode(65 + v.int(r, 0, 25))}${String.fromCharCode(65 + v.int(r, 0, 25))}-${v.int(r, 100, 999)}-${String.fromCharCode(65 + v.int(r, 0, 25))}${String.fromCharCode(65 + v.int(r, 0, 25))}`
// Ciel: a Bordeaux cellar-equipment wholesaler's client companies: [raison sociale, famille, domaine]
const BX_CO = [['SARL Cave des Chartrons', 'Caviste', 'cavedeschartrons.fr'], ['SCEA Château Lamothe-Bellevue', 'Domaine viticole', 'lamothe-bellevue.com'], ['SAS Le Comptoir Bordelais', 'CHR', 'comptoir-bordelais.fr'], ['EURL Vins & Terroirs', 'Caviste', 'vins-terroirs.fr'], ['GFA Domaine de la Garenne', 'Domaine viticole', 'domainedelagarenne.fr'], ['SAS Bistrot du Port', 'CHR', ''], ['Cave coopérative de Saint-Sulpice', 'Coopérative', 'cave-saintsulpice.com']]
// Paccofacile: a Bari olive-oil producer's web shop: [contenuto, valore €]
const OLIO = [['Olio EVO 3 x 1 L', 42], ['Olio EVO latta 5 L', 55], ['Confezione regalo olio + taralli', 34.9], ['Olio EVO 6 x 0,75 L', 68], ['Olio EVO 2 x 3 L', 59.8]]
const IT_CARRIER = [['BRT', 'BRT Express'], ['GLS', 'GLS Standard'], ['SDA', 'SDA Extra Large'], ['Poste Delivery Business', 'Poste Delivery Business Express'], ['TNT', 'TNT 12:00 Express']]
// UfficioCamerale: Lombard and Venetian firms: [denominazione, forma, ateco, descrizione, comune, cap, prov, regione, dominio]
const IT_FIRMS = [['MECCANICA BRIANZOLA S.R.L.', 'Società a responsabilità limitata', '25.62.00', 'Lavori di meccanica generale', 'Seregno', '20831', 'MB', 'Lombardia', 'meccanicabrianzola.it'], ['OFFICINE RINALDI S.P.A.', 'Società per azioni', '28.22.09', 'Fabbricazione di altre macchine e apparecchi di sollevamento e movimentazione', 'Brescia', '25125', 'BS', 'Lombardia', 'officinerinaldi.com'], ['TESSITURA BASSI S.N.C. DI BASSI MARIO & C.', 'Società in nome collettivo', '13.20.00', 'Tessitura', 'Como', '22100', 'CO', 'Lombardia', ''], ['PLASTIK VENETA S.R.L.', 'Società a responsabilità limitata', '22.29.09', 'Fabbricazione di altri articoli in materie plastiche nca', 'Treviso', '31100', 'TV', 'Veneto', 'plastikveneta.it'], ['LOGISTICA PADANA S.R.L.S.', 'Società a responsabilità limitata semplificata', '52.29.22', 'Servizi logistici relativi alla distribuzione delle merci', 'Lodi', '26900', 'LO', 'Lombardia', ''], ['FERRAMENTA COLOMBO DI COLOMBO LUCA', 'Impresa individuale', '47.52.10', 'Commercio al dettaglio di ferramenta, vernici, vetro piano e materiale elettrico e termoidraulico', 'Bergamo', '24121', 'BG', 'Lombardia', ''], ['STAMPI VICENTINI S.R.L.', 'Società a responsabilità limitata', '25.73.20', 'Fabbricazione di stampi, portastampi, sagome, forme per macchine', 'Vicenza', '36100', 'VI', 'Veneto', 'stampivicentini.it']]
const piva = (c) => pad(1000000000 + (+c.id * 104729) % 3999999999, 11)
const CARICA = { 'Impresa individuale': 'Titolare firmatario', 'Società in nome collettivo': 'Socio amministratore', 'Società per azioni': 'Presidente del consiglio di amministrazione' }
const cfCode = (p, r) => `${(p.slug.replace(/[aeiou]/g, '') + 'XXX').slice(0, 3).toUpperCase()}${(slugify(p.first).replace(/[aeiou]/g, '') + 'XXX').slice(0, 3).toUpperCase()}${pad(v.int(r, 50, 99))}${v.pick(r, ['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'])}${pad(p.female ? v.int(r, 41, 71) : v.int(r, 1, 31))}${v.pick(r, ['F205', 'B157', 'C933', 'L840', 'A794', 'H501'])}${String.fromCharCode(65 + v.int(r, 0, 25))}`
// Iluria: a Belo Horizonte handmade-jewellery shop: [código, produto, variação, preço R$]
const JOIAS = [['BRC-PR925-01', 'Brinco Argola Prata 925', 'Prata / 2 cm', 89.9], ['ANL-SOL-16', 'Anel Solitário Zircônia', 'Aro 16', 129.0], ['COL-NOME-45', 'Colar Nome Personalizado', 'Banhado a ouro / 45 cm', 159.9], ['PUL-MIC-OUR', 'Pulseira Miçangas Coloridas', 'Única', 49.9], ['BRC-PER-NAT', 'Brinco Pérola Natural', 'Ouro 18k', 219.0], ['KIT-MAE-01', 'Kit Dia das Mães (colar + brinco)', 'Prata', 189.9]]
const brShip = (o) => row([['PAC', 18.4], ['SEDEX', 27.9], ['Frete grátis (PAC)', 0], ['SEDEX', 32.15], ['Retirada na loja', 0], ['PAC', 21.75]], +o.id)
// TargetPay: a Zwolle bicycle-parts web shop: [methode, bank, bic]
const NL_PAY = [['iDEAL', 'ING', 'INGBNL2A'], ['iDEAL', 'Rabobank', 'RABONL2U'], ['iDEAL', 'ABN AMRO', 'ABNANL2A'], ['iDEAL', 'SNS Bank', 'SNSBNL2A'], ['Bancontact', '', ''], ['iDEAL', 'ASN Bank', 'ASNBNL21'], ['iDEAL', 'bunq', 'BUNQNL2A'], ['Creditcard', '', ''], ['Sofort Banking', '', ''], ['iDEAL', 'Knab', 'KNABNL2H']]
const nlPay = (o) => row(NL_PAY, +o.id)
const NL_ST = [['Betaald', '000000 OK'], ['Betaald', '000000 OK'], ['Open', 'TP0010 Transaction has not been completed, try again later'], ['Betaald', '000000 OK'], ['Betaald', '000000 OK'], ['Geannuleerd', 'TP0011 Transaction has been cancelled'], ['Betaald', '000000 OK'], ['Verlopen', 'TP0012 Transaction has expired']]
const nlSt = (o) => row(NL_ST, +o.id >> 1)
const nlAmt = (o) => r2(o.total * 0.6 + 4.95)
// PremiumBonus: a Kazan children's-clothing chain
const PB_GROUPS = ['Карта 3%', 'Карта 5%', 'Карта 5%', 'Карта 7%', 'VIP 10%']
const PB_POINTS = ['ТЦ «Мега» Казань', 'ТРК «Кольцо»', 'ТЦ «Южный»', 'Интернет-магазин', 'ТЦ «Омега» Набережные Челны']
const rub = (n) => thou(n, ' ', ',')

export const SETS = [
  // ---------------------------------------------------------------- Spain: beauty/aesthetic clinic client list (booking)
  { name: 'flowww-clientes-exportar-es', product: 'Flowww (software de gestión para clínicas de medicina estética y centros de belleza; Clientes > Listado > Exportar a Excel, one row per client, Spanish UI, a Zaragoza aesthetic-medicine and beauty centre with two sites)', family: 'booking', language: 'es', schema: P, cols: [
    ['Nº Historia', (c) => String(1000 + +c.id % 8000), ['_id', 'personID']],
    ['Nombre', (c) => loc(c, 'es').first, ['person.name.firstName']],
    ['Apellidos', (c) => loc(c, 'es').last, ['person.name.lastName']],
    ['NIF', (c, o, r) => (r() < 0.7 ? `${v.int(r, 10000000, 79999999)}${'TRWAGMYFPDXBNJZSQVHLCKE'[v.int(r, 0, 22)]}` : ''), ['person.taxId']],
    ['Sexo', (c) => (loc(c, 'es').female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha nacimiento', (c, o, r) => (r() < 0.8 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Email', (c, o, r) => (r() < 0.9 ? loc(c, 'es').email : ''), ['personalEmail.address']],
    ['Móvil', (c) => loc(c, 'es').mobile, ['mobilePhone.number']],
    ['Teléfono', (c, o, r) => (r() < 0.2 ? loc(c, 'es').phone : ''), ['homePhone.number']],
    ['Dirección', (c, o, r) => (r() < 0.6 ? loc(c, 'es').street : ''), at(HOME, 'street1')],
    ['C.P.', (c) => loc(c, 'es').zip, at(HOME, 'postalCode')],
    ['Población', (c) => loc(c, 'es').city, at(HOME, 'city')],
    ['Provincia', (c) => loc(c, 'es').region, STATE(HOME)],
    ['País', () => 'España', at(HOME, 'country')],
    ['Centro', (c, o) => row(['Estética Aragón - Centro', 'Estética Aragón - Centro', 'Estética Aragón - Actur'], +o.id), []],
    ['Profesional de referencia', (c, o) => row(['Dra. Elena Sanz', 'Marta (esteticista)', '', 'Nuria (fisio)'], +o.id >> 1), []],
    ['Canal de captación', (c, o) => row(['Instagram', 'Recomendación', 'Google', '', 'Groupon', 'Pasaba por delante'], +o.id >> 2), []],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['LOPD firmada', (c, o) => (+o.id % 9 ? 'Sí' : 'No'), [], opt],
    ['Recordatorios SMS', (c, o) => (+o.id % 5 ? 'Sí' : 'No'), [], opt],
    ['Bonos activos', (c, o) => row(['', 'Bono 10 sesiones presoterapia (4 restantes)', '', 'Bono láser axilas (2 restantes)', ''], +o.id >> 1), []],
    ['Puntos fidelización', (c, o) => String((+o.id * 7) % 640), ['loyalty.points']],
    ['Total facturado', (c, o) => `${thou((+o.id * 53 % 300000) / 100)} €`, ['loyalty.lifetimePurchases'], opt],
    ['Nº visitas', (c, o) => String(1 + (+o.id % 38)), []],
    ['Última visita', (c) => dmy(cet(later(c))), [], opt],
    ['Fecha de alta', (c) => dmy(cet(c.created)), [], opt],
    ['Observaciones', (c, o) => row(['', '', 'Alergia al látex', 'Piel sensible, no peeling químico', '', 'Hipertensión: consultar antes de radiofrecuencia'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Mexico: SMS platform message detail (sms)
  { name: 'auronix-calixta-detalle-envios-es', product: 'Auronix (Calixta; Reportes > Detalle de envíos > Exportar CSV, one row per SMS, Spanish UI, a Guadalajara dental-clinic chain\'s appointment reminders and a teeth-whitening promotion; Mexico City time)', family: 'sms', language: 'es', schema: E, cols: [
    ['ID Mensaje', (c, o) => String(880000000000 + +o.id * 7919), ['_id']],
    ['Fecha de envío', (c, o) => `${dmy(mxt(o.at))} ${hms(mxt(o.at))}`, ['timestamp']],
    ['Número', (c) => loc(c, 'mx').mobile, PHONE_ID],
    ['Mensaje', (c, o) => (+o.id % 3 ? `Sonrisa Plena: le recordamos su cita el ${dmy(mxt(o.at + day))} a las ${hm(mxt(o.at + day))}. Confirme respondiendo SI o cancele con NO.` : 'Sonrisa Plena: blanqueamiento dental 40% de descuento todo el mes. Agenda al 33 3615 2020. Baja: envia BAJA'), []],
    ['Campaña', (c, o) => (+o.id % 3 ? 'Recordatorio de citas' : 'Promo blanqueamiento junio'), ['marketing.campaignName'], opt],
    ['Tipo de envío', (c, o) => (+o.id % 3 ? 'API' : 'Masivo'), []],
    ['Marcación', (c, o) => (+o.id % 3 ? '26262' : '89899'), []],
    ['Operador', (c, o) => row(['Telcel', 'Telcel', 'AT&T', 'Movistar', 'Telcel', 'Bait'], +o.id), ['environment.carrier'], opt],
    ['Estatus', (c, o) => axSt(o)[0], []],
    ['Código de error', (c, o) => axSt(o)[1], []],
    ['Fecha de entrega', (c, o) => (axSt(o)[0] === 'Entregado' ? `${dmy(mxt(o.at + 4000))} ${hms(mxt(o.at + 4000))}` : ''), [], opt],
    ['Segmentos', (c, o) => (+o.id % 3 ? '1' : '2'), []],
    ['Créditos', (c, o) => (+o.id % 3 ? '1' : '2'), []],
    ['Referencia', (c) => (c.bool ? `PAC-${pad(+c.id % 100000, 5)}` : ''), CUST_ID, opt],
    ['Respuesta', (c, o) => (+o.id % 3 ? row(['SI', '', 'NO', '', 'si gracias'], +o.id >> 1) : row(['', '', 'BAJA', ''], +o.id >> 1)), []],
    ['Fecha de respuesta', (c, o) => (+o.id % 3 && row(['SI', '', 'NO', '', 'si gracias'], +o.id >> 1) ? `${dmy(mxt(o.at + 600000))} ${hms(mxt(o.at + 600000))}` : ''), [], opt],
    ['Usuario', (c, o) => (+o.id % 3 ? 'api_agenda' : 'mkt.gdl'), []],
    ['Centro de costos', (c, o) => row(['Clínica Providencia', 'Clínica Chapalita', 'Clínica Zapopan Centro', 'Corporativo'], +o.id >> 2), []],
    ['País', () => 'MX', [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: bar POS ticket list (pos)
  { name: 'camarero10-listado-tickets-es', product: 'Camarero10 (TPV para hostelería; Informes > Listado de tickets > Exportar a Excel, one row per ticket, Spanish UI, a Málaga tapas bar with two premises)', family: 'pos', language: 'es', schema: E, cols: [
    ['Nº Ticket', (c, o) => `T${1 + (+o.id % 2)}-${pad(+o.id * 13 % 100000, 6)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => dmy(cet(barAt(o))), ['timestamp'], opt],
    ['Hora', (c, o) => hm(cet(barAt(o))), []],
    ['Hora apertura', (c, o) => hm(cet(barAt(o) - (20 + (+o.id % 70)) * 60000)), [], opt],
    ['Local', (c, o) => row(BAR_LOCALS, +o.id >> 3), ['commerce.commerceScope.storeCode'], opt],
    ['Terminal', (c, o) => `TPV ${1 + (+o.id % 2)}`, []],
    ['Mesa', (c, o) => row(BAR_TABLES, +o.id), []],
    ['Comensales', (c, o) => (row(BAR_TABLES, +o.id) === 'Para llevar' ? '0' : String(1 + (+o.id % 6))), []],
    ['Camarero', (c, o) => row(BAR_WAITERS, +o.id >> 1), []],
    ['Tipo', (c, o) => (row(BAR_TABLES, +o.id) === 'Para llevar' ? 'Para llevar' : 'Local'), [], opt],
    ['Nº artículos', (c, o) => String(2 + (+o.id % 11)), []],
    ['Base imponible', (c, o) => dec(barTotal(o) / 1.1), [], opt],
    ['% IVA', () => '10', []],
    ['Cuota IVA', (c, o) => dec(barTotal(o) - r2(barTotal(o) / 1.1)), [OR('taxAmount')]],
    ['Descuento', (c, o) => (+o.id % 11 === 0 ? dec(barTotal(o) * 0.1) : '0,00'), [OR('discountAmount')]],
    ['Invitación', (c, o) => (+o.id % 13 === 0 ? '3,50' : '0,00'), []],
    ['Total', (c, o) => dec(barTotal(o)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Mixto', 'Tarjeta'], +o.id >> 1), [OR('payments[0].paymentType')]],
    ['Efectivo', (c, o) => { const m = row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Mixto', 'Tarjeta'], +o.id >> 1); return m === 'Efectivo' ? dec(barTotal(o)) : m === 'Mixto' ? '10,00' : '0,00' }, [], opt],
    ['Tarjeta', (c, o) => { const m = row(['Tarjeta', 'Efectivo', 'Tarjeta', 'Bizum', 'Mixto', 'Tarjeta'], +o.id >> 1); return m === 'Tarjeta' ? dec(barTotal(o)) : m === 'Mixto' ? dec(barTotal(o) - 10) : '0,00' }, [], opt],
    ['Propina', (c, o) => (+o.id % 4 === 0 ? dec(1 + (+o.id % 3)) : '0,00'), []],
    ['Cliente', (c, o) => (+o.id % 9 === 0 ? 'Construcciones Benítez S.L.' : ''), []],
    ['NIF cliente', (c, o) => (+o.id % 9 === 0 ? 'B29845631' : ''), []],
    ['Nº factura', (c, o) => (+o.id % 9 === 0 ? `F${bd(barAt(o)).y}-${pad(+o.id % 900, 4)}` : ''), [], opt],
    ['Estado', (c, o) => (+o.id % 17 === 0 ? 'Anulado' : 'Cobrado'), []],
    ['Huella VeriFactu', (c, o, r) => v.hex(r, 16).toUpperCase(), []],
  ] },
  // ---------------------------------------------------------------- France: online appointment booking (booking)
  { name: 'rdv360-export-rendez-vous-fr', product: 'RDV360 (prise de rendez-vous en ligne; Agenda > Rendez-vous > Exporter en CSV, one row per appointment, French UI, a Lyon car-repair garage booking servicing and tyre jobs online)', family: 'booking', language: 'fr', schema: E, cols: [
    ['Référence', (c, o) => `RDV-${pad(+o.id * 7 % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Date de prise de RDV', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Date du RDV', (c, o) => dmy(cet(o.at + (2 + (+o.id % 12)) * day)), [], opt],
    ['Heure de début', (c, o) => `${pad(8 + (+o.id % 9))}:${row(['00', '15', '30', '45'], +o.id >> 2)}`, [], opt],
    ['Durée (min)', (c, o) => String(row(GARAGE, +o.id)[3]), [], opt],
    ['Prestation', (c, o) => row(GARAGE, +o.id)[0], [PL('name')]],
    ['Catégorie', (c, o) => row(GARAGE, +o.id)[1], [PL('productCategories[0].categoryName')], opt],
    ['Prix TTC', (c, o) => `${dec(row(GARAGE, +o.id)[2])} €`, [OR('priceTotal'), PL('priceTotal')]],
    ['Acompte', (c, o) => (+o.id % 4 === 0 ? `${dec(20)} €` : ''), [OR('payments[0].paymentAmount')], opt],
    ['Ressource', (c, o) => row(['Pont 1 - Karim', 'Pont 2 - Julien', 'Pneus - Mathis', 'Diagnostic - Yann'], +o.id >> 1), []],
    ['Civilité', (c) => (loc(c, 'fr').female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => loc(c, 'fr').last.toUpperCase(), []],
    ['Prénom', (c) => loc(c, 'fr').first, []],
    ['E-mail', (c) => loc(c, 'fr').email, EMAIL_ID, opt],
    ['Téléphone', (c) => loc(c, 'fr').mobile, PHONE_ID, opt],
    ['Adresse', (c, o, r) => (r() < 0.5 ? loc(c, 'fr').street : ''), [BILL('street1')], opt],
    ['Code postal', (c) => loc(c, 'fr').zip, [BILL('postalCode')], opt],
    ['Ville', (c) => loc(c, 'fr').city, [BILL('city')], opt],
    ['Immatriculation', (c, o, r) => plate(r), []],
    ['Véhicule', (c, o) => row(CARS, +o.id >> 1), []],
    ['Kilométrage', (c, o) => `${(+o.id * 97 % 180000) + 8000}`, []],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmé', 'Honoré', 'Honoré', 'Honoré', 'Annulé', 'Absent']), []],
    ['Origine', (c, o) => row(['Site web', 'Google (Réserver)', 'Site web', 'Back-office', 'Facebook'], +o.id >> 2), [], opt],
    ['Rappel SMS envoyé', (c, o) => (+o.id % 6 ? 'Oui' : 'Non'), []],
    ['Date d\'annulation', (c, o, r) => (r() < 0.15 ? `${dmy(cet(o.at + day))} ${hm(cet(o.at + day))}` : ''), [OR('cancelDate')], opt],
    ['Commentaire client', (c, o) => row(['', '', 'Bruit au freinage à l\'avant', 'Voyant moteur allumé', '', 'Je laisse le véhicule la journée'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- France: invoicing client file (B2B)
  { name: 'ciel-gestion-commerciale-clients-fr', product: 'Ciel Gestion Commerciale (Sage; Listes > Clients > Exporter, one row per client company with its main contact, French UI, a Bordeaux cellar-equipment wholesaler invoicing wine estates, wine shops and restaurants)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Code', (c) => `C${pad(+c.id % 100000, 5)}`, [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['Raison sociale', (c, o) => row(BX_CO, +c.id)[0], CO],
    ['Civilité', (c) => (loc(c, 'bx').female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Nom du contact', (c) => loc(c, 'bx').last, ['person.name.lastName']],
    ['Prénom du contact', (c) => loc(c, 'bx').first, ['person.name.firstName']],
    ['Fonction', (c, o) => row(['Gérant', 'Maître de chai', 'Responsable achats', 'Directrice', 'Comptable', 'Sommelier'], +o.id), ['extendedWorkDetails.jobTitle']],
    ['Adresse 1', (c) => loc(c, 'bx').street, [W('street1')]],
    ['Adresse 2', (c, o) => row(['', '', 'BP 42', 'Bâtiment B', ''], +o.id), [W('street2')], opt],
    ['Code postal', (c) => loc(c, 'bx').zip, [W('postalCode')]],
    ['Ville', (c) => loc(c, 'bx').city.toUpperCase(), [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['Téléphone', (c) => loc(c, 'bx').phone, ['workPhone.number']],
    ['Portable', (c, o) => (+o.id % 3 ? loc(c, 'bx').mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o) => (+o.id % 4 === 0 ? loc(c, 'bx').phone.replace(/\d\d$/, '99') : ''), ['faxPhone.number']],
    ['E-mail', (c) => { const d = row(BX_CO, +c.id)[2]; return d ? `${loc(c, 'bx').fslug[0]}.${loc(c, 'bx').slug}@${d}` : loc(c, 'bx').email }, WE],
    ['Site Internet', (c) => { const d = row(BX_CO, +c.id)[2]; return d ? `www.${d}` : '' }, ['b2b.companyWebsite']],
    ['N° TVA intracommunautaire', (c, o, r) => `FR${pad(v.int(r, 10, 99))}${v.int(r, 300000000, 899999999)}`, []],
    ['SIRET', (c, o, r) => `${v.int(r, 300000000, 899999999)}000${v.int(r, 10, 99)}`, []],
    ['Code NAF', (c) => ({ Caviste: '4725Z', 'Domaine viticole': '0121Z', CHR: '5610A', Coopérative: '1102B' }[row(BX_CO, +c.id)[1]]), []],
    ['Famille', (c) => row(BX_CO, +c.id)[1], []],
    ['Mode de règlement', (c, o) => row(['Virement 30 jours fin de mois', 'LCR 45 jours', 'Chèque à réception', 'Virement à 30 jours'], +o.id >> 1), []],
    ['Représentant', (c, o) => row(['Jean-Marc LABORDE', 'Stéphanie ROQUES', ''], +o.id), []],
    ['Remise (%)', (c, o) => row(['0,00', '5,00', '0,00', '10,00'], +o.id >> 2), []],
    ['Encours autorisé', (c, o) => thou(row([3000, 5000, 15000, 1500], +o.id), ' '), []],
    ['Solde', (c, o) => thou((+o.id * 31 % 800000) / 100, ' '), []],
    ['Compte comptable', (c) => `411${loc(c, 'bx').slug.toUpperCase().slice(0, 6)}`, []],
    ['Date de création', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['En sommeil', (c, o) => (+o.id % 11 === 0 ? 'Oui' : 'Non'), []],
    ['Observations', (c, o) => row(['', '', 'Livraison uniquement le matin', 'Relancer pour les bouchons liège', ''], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Italy: parcel broker shipments (delivery)
  { name: 'paccofacile-spedizioni-export-it', product: 'Paccofacile.it (comparatore e broker di spedizioni; Area riservata > Le mie spedizioni > Esporta CSV, one row per shipment, Italian UI, a Bari olive-oil producer\'s web shop shipping across Italy)', family: 'delivery', language: 'it', schema: E, cols: [
    ['ID spedizione', (c, o) => `PF${pad(+o.id * 7919 % 10000000, 7)}`, ['_id'], opt],
    ['Data ordine', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp'], opt],
    ['Data ritiro', (c, o, r) => (r() < 0.9 ? dmy(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Corriere', (c, o) => row(IT_CARRIER, +o.id)[0], ['commerce.shipping.shippingMethod']],
    ['Servizio', (c, o) => row(IT_CARRIER, +o.id)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Lettera di vettura', (c, o, r) => row([`${v.int(r, 10000000000, 99999999999)}`, `${v.pick(r, ['BA', 'M1'])}${v.int(r, 100000000, 999999999)}`, `${v.int(r, 100000000000, 999999999999)}`, `${v.pick(r, ['1U', '2S'])}${v.int(r, 10000000000, 99999999999)}`, `GE${v.int(r, 100000000, 999999999)}IT`], +o.id), ['commerce.shipping.trackingNumber']],
    ['Stato', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Consegnata', 'In transito', 'In giacenza', 'In attesa di ritiro']), []],
    ['Mittente', () => 'Frantoio Di Gioia - Bari', []],
    ['Destinatario', (c) => loc(c, 'it').full, []],
    ['Presso', (c, o) => (+o.id % 8 === 0 ? `Studio ${loc(c, 'it').last}` : ''), []],
    ['Indirizzo destinatario', (c) => loc(c, 'it').street, [SHIP('street1')]],
    ['CAP destinatario', (c) => loc(c, 'it').zip, [SHIP('postalCode')]],
    ['Città destinatario', (c) => loc(c, 'it').city, [SHIP('city')]],
    ['Provincia destinatario', (c) => loc(c, 'it').region, STATE(['commerce.shipping.address'])],
    ['Nazione destinatario', () => 'IT', [SHIP('countryCode')]],
    ['Telefono destinatario', (c) => loc(c, 'it').mobile, PHONE_ID, opt],
    ['Email destinatario', (c, o) => (+o.id % 5 ? loc(c, 'it').email : ''), EMAIL_ID, opt],
    ['Colli', (c, o) => (+o.id % 7 === 0 ? '2' : '1'), []],
    ['Peso (kg)', (c, o) => dec(2 + (+o.id % 90) / 10), []],
    ['Dimensioni (cm)', (c, o) => row(['30x20x25', '40x30x30', '25x25x35', '30x30x20'], +o.id >> 1), []],
    ['Contenuto', (c, o) => row(OLIO, +o.id >> 1)[0], [PL('name')], opt],
    ['Valore merce (€)', (c, o) => dec(row(OLIO, +o.id >> 1)[1]), [], opt],
    ['Contrassegno (€)', (c, o) => (+o.id % 6 === 0 ? dec(row(OLIO, +o.id >> 1)[1] + 9.9) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Assicurazione', (c, o) => (+o.id % 5 === 0 ? 'Sì' : 'No'), []],
    ['Totale pagato (€)', (c, o) => row(['8,90', '9,49', '11,20', '12,90', '14,50'], +o.id), ['commerce.shipping.shippingAmount'], opt],
    ['Riferimento', (c, o) => `#${1000 + (+o.id % 9000)}`, [OR('purchaseID')]],
    ['Note', (c, o) => row(['', '', 'Fragile - vetro', 'Consegnare al portiere', '', 'Chiamare prima della consegna'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Italy: company lists (B2B leads)
  { name: 'ufficiocamerale-elenco-imprese-it', product: 'UfficioCamerale.it (Liste imprese / elenchi aziende; Ricerca > Scarica elenco in Excel, one row per firm with its legal representative, Italian UI, a Milan industrial-supplies distributor\'s prospect list of Lombard and Venetian firms)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Denominazione', (c) => row(IT_FIRMS, +c.id)[0], CO],
    ['Partita IVA', (c) => piva(c), []],
    ['Codice fiscale', (c) => piva(c), []],
    ['Forma giuridica', (c) => row(IT_FIRMS, +c.id)[1], []],
    ['Numero REA', (c, o, r) => `${row(IT_FIRMS, +c.id)[6]}-${v.int(r, 100000, 2600000)}`, []],
    ['Data iscrizione', (c, o, r) => `${pad(v.int(r, 1, 28))}/${pad(v.int(r, 1, 12))}/${v.int(r, 1978, 2021)}`, []],
    ['Stato attività', (c, o) => (+o.id % 15 === 0 ? 'Inattiva' : 'Attiva'), []],
    ['Codice ATECO', (c) => row(IT_FIRMS, +c.id)[2], []],
    ['Descrizione ATECO', (c) => row(IT_FIRMS, +c.id)[3], []],
    ['Indirizzo', (c, o, r) => `${v.pick(r, ['VIA', 'VIALE', 'VIA'])} ${v.pick(r, ['DELL\'INDUSTRIA', 'GIUSEPPE GARIBALDI', 'DELL\'ARTIGIANATO', 'ENRICO FERMI', 'ROMA'])} ${v.int(r, 1, 140)}`, [W('street1')]],
    ['CAP', (c) => row(IT_FIRMS, +c.id)[5], [W('postalCode')]],
    ['Comune', (c) => row(IT_FIRMS, +c.id)[4].toUpperCase(), [W('city')]],
    ['Provincia', (c) => row(IT_FIRMS, +c.id)[6], STATE(['workAddress'])],
    ['Regione', (c) => row(IT_FIRMS, +c.id)[7], [W('region')], opt],
    ['PEC', (c) => `${slugify(row(IT_FIRMS, +c.id)[0].split(' ')[0])}${+c.id % 100}@pec.it`, ['workEmail.address'], opt],
    ['Telefono', (c, o, r) => (r() < 0.7 ? `0${v.pick(r, ['362', '30', '31', '422', '371', '35', '444'])} ${v.int(r, 100000, 999999)}` : ''), ['workPhone.number']],
    ['Sito web', (c) => (row(IT_FIRMS, +c.id)[8] ? `www.${row(IT_FIRMS, +c.id)[8]}` : ''), ['b2b.companyWebsite']],
    ['Fatturato', (c, o) => row(['fino a 500.000 €', '500.000 - 2.000.000 €', '2.000.000 - 10.000.000 €', 'oltre 10.000.000 €'], +o.id), []],
    ['Dipendenti', (c, o) => row(['1-5', '6-9', '10-49', '50-249'], +o.id >> 1), []],
    ['Capitale sociale (€)', (c, o) => row(['10.000,00', '50.000,00', '1.000,00', '120.000,00', '0,00'], +o.id), []],
    ['Legale rappresentante', (c) => `${loc(c, 'it').last.toUpperCase()} ${loc(c, 'it').first.toUpperCase()}`, ['person.name.fullName']],
    ['Carica', (c) => CARICA[row(IT_FIRMS, +c.id)[1]] ?? 'Amministratore unico', ['extendedWorkDetails.jobTitle'], opt],
    ['Codice fiscale rappresentante', (c, o, r) => cfCode(loc(c, 'it'), r), ['person.taxId']],
  ] },
  // ---------------------------------------------------------------- Brazil: shop orders (ecommerce-orders)
  { name: 'iluria-pedidos-exportar-pt', product: 'Iluria (plataforma de loja virtual; Pedidos > Exportar pedidos (CSV), one row per ordered product, Portuguese UI, a Belo Horizonte handmade-jewellery shop; Brasília time)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(10000 + (+o.id % 90000)), [OR('purchaseID')]],
    ['Data', (c, o) => `${dmy(brt(o.at))} ${hm(brt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Situação', (c, o, r) => v.pick(r, ['Aguardando pagamento', 'Pagamento confirmado', 'Enviado', 'Entregue', 'Entregue', 'Cancelado']), []],
    ['Cliente', (c) => loc(c, 'br').full, []],
    ['E-mail', (c) => loc(c, 'br').email, EMAIL_ID, opt],
    ['CPF/CNPJ', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`, []],
    ['Telefone', (c) => loc(c, 'br').mobile, PHONE_ID, opt],
    ['Endereço', (c) => loc(c, 'br').street, [SHIP('street1')]],
    ['Número', (c) => loc(c, 'br').num, [SHIP('street1')], opt],
    ['Complemento', (c, o) => row(['', 'Apto 302', '', 'Casa 2', 'Bloco B apto 1104', ''], +o.id), [SHIP('street2')], opt],
    ['Bairro', (c) => loc(c, 'br').extra, [SHIP('street3'), SHIP('street2'), SHIP('region')], opt],
    ['Cidade', (c) => loc(c, 'br').city, [SHIP('city')]],
    ['Estado', (c) => loc(c, 'br').region, STATE(['commerce.shipping.address'])],
    ['CEP', (c) => loc(c, 'br').zip, [SHIP('postalCode')]],
    ['Código do produto', (c, o, r, i) => row(JOIAS, i + +o.id)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => row(JOIAS, i + +o.id)[1], [PL('name')]],
    ['Variação', (c, o, r, i) => row(JOIAS, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o, r, i) => thou(row(JOIAS, i + +o.id)[3]), [], opt],
    ['Subtotal', (c, o, r, i) => thou(row(JOIAS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')], opt],
    ['Desconto', (c, o, r, i) => (o.discount ? thou(row(JOIAS, i + +o.id)[3] * 0.1) : '0,00'), [OR('discountAmount')]],
    ['Cupom', (c, o) => (o.discount ? 'MAES10' : ''), ['commerce.promotionID'], opt],
    ['Frete', (c, o) => dec(brShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Forma de envio', (c, o) => brShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o, r) => (brShip(o)[0] !== 'Retirada na loja' && r() < 0.8 ? `${v.pick(r, ['QM', 'OY', 'NL', 'AA'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Total', (c, o, r, i) => { const s = row(JOIAS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty); return thou(s - (o.discount ? s * 0.1 : 0) + brShip(o)[1]) }, [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => row(['Pix', 'Cartão de crédito', 'Boleto bancário', 'Pix', 'Cartão de crédito'], +o.id >> 1), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (row(['Pix', 'Cartão de crédito', 'Boleto bancário', 'Pix', 'Cartão de crédito'], +o.id >> 1) === 'Cartão de crédito' ? `${1 + (+o.id % 6)}x` : '1x'), []],
    ['Observações do cliente', (c, o) => row(['', '', 'É para presente, pode embrulhar?', '', 'Gravar o nome "Helena"'], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Brazil: e-mail marketing contacts (email)
  { name: 'mailee-contatos-exportar-pt', product: 'Mailee (e-mail marketing; Contatos > Exportar contatos (CSV), one row per contact, Portuguese UI, a Curitiba cooking school\'s newsletter with a custom "Curso de interesse" field)', family: 'email', language: 'pt', schema: P, cols: [
    ['Email', (c) => loc(c, 'br').email, ['personalEmail.address']],
    ['Nome', (c) => loc(c, 'br').full, ['person.name.fullName']],
    ['Sexo', (c, o) => (+o.id % 7 === 0 ? '' : loc(c, 'br').female ? 'F' : 'M'), ['person.gender']],
    ['Data de nascimento', (c, o, r) => (r() < 0.5 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Empresa', (c, o) => (+o.id % 6 === 0 ? row(['Bistrô Batel', 'Padaria Dona Rosa', 'Buffet Sabor & Arte'], +o.id) : ''), ['organizations[0]'], opt],
    ['Cargo', (c, o) => (+o.id % 6 === 0 ? row(['Chef de cozinha', 'Proprietária', 'Confeiteiro'], +o.id) : ''), []],
    ['Telefone', (c, o, r) => (r() < 0.2 ? loc(c, 'br').phone : ''), ['homePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.7 ? loc(c, 'br').mobile : ''), ['mobilePhone.number']],
    ['Endereço', (c, o, r) => (r() < 0.3 ? `${loc(c, 'br').street}, ${loc(c, 'br').num}` : ''), at(HOME, 'street1')],
    ['Cidade', (c) => loc(c, 'br').city, at(HOME, 'city')],
    ['Estado', (c) => loc(c, 'br').region, STATE(HOME)],
    ['CEP', (c, o, r) => (r() < 0.4 ? loc(c, 'br').zip : ''), at(HOME, 'postalCode')],
    ['Listas', (c, o) => row(['Newsletter', 'Newsletter, Alunos 2023', 'Interessados Confeitaria', 'Newsletter'], +o.id), []],
    ['Tags', (c, o) => row(['', 'aluno', 'landing-panetone', '', 'workshop-sushi'], +o.id >> 1), []],
    ['Status', (c, o) => row(['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Ativo', 'Bounce'], +o.id), ['personalEmail.status'], opt],
    ['Motivo', (c, o) => ({ Descadastrado: 'Não quero mais receber', Bounce: 'Caixa inexistente (hard bounce)' }[row(['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Ativo', 'Bounce'], +o.id)] ?? ''), ['personalEmail.statusReason'], opt],
    ['Origem', (c, o) => row(['Formulário do site', 'Importação', 'Formulário do site', 'API', 'Pop-up'], +o.id >> 1), []],
    ['IP', (c, o, r) => (row(['Formulário do site', 'Importação', 'Formulário do site', 'API', 'Pop-up'], +o.id >> 1) === 'Importação' ? '' : `${v.pick(r, ['177', '189', '201', '179'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`), []],
    ['Data de cadastro', (c) => `${dmy(brt(c.created))} ${hm(brt(c.created))}`, [], opt],
    ['Data de descadastro', (c, o) => (row(['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Ativo', 'Bounce'], +o.id) === 'Descadastrado' ? `${dmy(brt(later(c)))} ${hm(brt(later(c)))}` : ''), [], opt],
    ['Última abertura', (c, o) => (+o.id % 3 ? dmy(brt(later(c) - 3 * day)) : ''), [], opt],
    ['Último clique', (c, o) => (+o.id % 5 === 0 ? dmy(brt(later(c) - 3 * day)) : ''), [], opt],
    ['Curso de interesse', (c, o) => row(['Confeitaria', 'Cozinha italiana', 'Panificação', '', 'Comida japonesa'], +o.id >> 2), []],
    ['Notas', (c, o) => row(['', '', '', 'Pediu nota fiscal em nome da empresa', ''], +o.id), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: iDEAL payment provider (payments)
  { name: 'targetpay-transactieoverzicht-nl', product: 'TargetPay (Digiwallet; Transactieoverzicht > Exporteer naar CSV, one row per payment, Dutch UI, a Zwolle bicycle-parts web shop taking iDEAL, Bancontact, Sofort and credit cards)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie ID', (c, o) => String(170000000 + +o.id * 613), [OR('payments[0].transactionID'), '_id']],
    ['Datum', (c, o) => `${dmy(cet(o.at), '-')} ${hms(cet(o.at))}`, ['timestamp']],
    ['Layoutcode', () => '156099', ['commerce.commerceScope.storeCode'], opt],
    ['Betaalmethode', (c, o) => nlPay(o)[0], [OR('payments[0].paymentType')]],
    ['Bank', (c, o) => nlPay(o)[1], [], opt],
    ['Omschrijving', (c, o) => `Bestelling ${20000 + (+o.id % 9000)} fietsonderdelen-zwolle.nl`, []],
    ['Bestelnummer', (c, o) => String(20000 + (+o.id % 9000)), [OR('purchaseID')]],
    ['Bedrag', (c, o) => dec(nlAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Kosten', (c, o) => (nlPay(o)[0] === 'iDEAL' ? '0,44' : nlPay(o)[0] === 'Creditcard' ? dec(nlAmt(o) * 0.028 + 0.25) : dec(nlAmt(o) * 0.015 + 0.25)), []],
    ['Status', (c, o) => nlSt(o)[0], []],
    ['Statuscode', (c, o) => nlSt(o)[1], []],
    ['Naam rekeninghouder', (c, o) => (nlPay(o)[1] ? `${loc(c, 'nl').first[0]}. ${loc(c, 'nl').last}` : ''), []],
    ['IBAN rekeninghouder', (c, o, r) => (nlPay(o)[1] ? `NL${pad(v.int(r, 10, 99))}${nlPay(o)[2].slice(0, 4)}0${v.int(r, 100000000, 999999999)}` : ''), []],
    ['BIC', (c, o) => nlPay(o)[2], []],
    ['iDEAL transactie ID', (c, o, r) => (nlPay(o)[0] === 'iDEAL' ? `00${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}` : ''), [OR('payments[0].transactionID')], opt],
    ['IP-adres', (c, o, r) => `${v.pick(r, ['84.104', '77.161', '145.53', '62.45', '86.93'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Land', (c, o) => (nlPay(o)[0] === 'Bancontact' ? 'BE' : nlPay(o)[0] === 'Sofort Banking' ? 'DE' : 'NL'), [], opt],
    ['Terugbetaald', (c, o) => (nlSt(o)[0] === 'Betaald' && +o.id % 13 === 0 ? dec(nlAmt(o)) : '0,00'), [OR('refundTotal')], opt],
    ['Uitbetaald', (c, o) => (nlSt(o)[0] === 'Betaald' && +o.id % 4 ? 'Ja' : 'Nee'), []],
    ['Uitbetalingsdatum', (c, o) => (nlSt(o)[0] === 'Betaald' && +o.id % 4 ? dmy(cet(o.at + 7 * day), '-') : ''), [], opt],
    ['Test', () => 'Nee', []],
  ] },
  // ---------------------------------------------------------------- Japan: business-card management (B2B)
  { name: 'skypce-meishi-csv-ja', product: 'SKYPCE (Sky株式会社; 名刺一覧 > CSV出力, one row per business card, Japanese UI, a Tokyo system integrator\'s sales department)', family: 'crm', language: 'ja', schema: B, cols: [
    ['名刺ID', (c) => String(300000 + +c.id % 600000), B2BID],
    ['会社名', (c) => ja(c).co[0], CO],
    ['会社名カナ', (c) => ja(c).co[1], [], opt],
    ['部署名', (c) => ja(c).dept, ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => ja(c).title, ['extendedWorkDetails.jobTitle']],
    ['姓', (c) => ja(c).l[0], ['person.name.lastName']],
    ['名', (c) => ja(c).f[0], ['person.name.firstName']],
    ['姓カナ', (c) => ja(c).l[1], [], opt],
    ['名カナ', (c) => ja(c).f[1], [], opt],
    ['氏名', (c) => `${ja(c).l[0]} ${ja(c).f[0]}`, ['person.name.fullName']],
    ['メールアドレス', (c) => ja(c).email, ['workEmail.address']],
    ['郵便番号', (c) => ja(c).pl[1], [W('postalCode')]],
    ['都道府県', (c) => ja(c).pl[0], STATE(['workAddress'])],
    ['住所1', (c) => ja(c).pl[2], [W('street1')]],
    ['住所2', (c) => ja(c).pl[3], [W('street2')]],
    ['国名', () => '日本', [W('country')]],
    ['電話番号', (c) => ja(c).tel, ['workPhone.number']],
    ['携帯電話', (c, o) => (+o.id % 3 ? ja(c).mobile : ''), ['mobilePhone.number']],
    ['FAX', (c, o) => (+o.id % 2 ? ja(c).fax : ''), ['faxPhone.number']],
    ['URL', (c) => `https://www.${ja(c).co[2]}/`, ['b2b.companyWebsite']],
    ['名刺交換日', (c) => ymd(jst(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['所有者', (c, o) => row(JA_OWNER, +o.id), []],
    ['タグ', (c, o) => row(['', '展示会2024', '既存顧客', '', 'セミナー参加'], +o.id >> 1), []],
    ['メモ', (c, o) => row(['', '', 'Japan IT Week 春で名刺交換', 'クラウド移行を検討中', ''], +o.id), []],
    ['登録日時', (c) => `${ymd(jst(c.created + day), '/')} ${hm(jst(c.created + day))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => `${ymd(jst(later(c)), '/')} ${hm(jst(later(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Russia: loyalty card holders (loyalty)
  { name: 'premiumbonus-pokupateli-eksport-ru', product: 'PremiumBonus (программа лояльности; Покупатели > Экспорт в Excel, one row per card holder, Russian UI, a Kazan children\'s-clothing store chain; Moscow time)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['Телефон', (c) => loc(c, 'ru').mobile, ['mobilePhone.number']],
    ['Номер карты', (c) => `77${pad(+c.id * 7 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['ФИО', (c) => `${loc(c, 'ru').last} ${loc(c, 'ru').first} ${loc(c, 'ru').patronymic}`, ['person.name.fullName']],
    ['Пол', (c) => (loc(c, 'ru').female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c, o, r) => (r() < 0.8 ? dmy(bd(c.birth), '.') : ''), ['person.birthDate']],
    ['Email', (c, o, r) => (r() < 0.45 ? loc(c, 'ru').email : ''), ['personalEmail.address']],
    ['Группа', (c, o) => row(PB_GROUPS, +o.id), ['loyalty.tier']],
    ['Баланс', (c, o) => rub((+o.id * 17 % 300000) / 100), ['loyalty.points']],
    ['Накопленные бонусы', (c, o) => rub((+o.id * 17 % 300000) / 100 * 0.8), [], opt],
    ['Подарочные бонусы', (c, o) => rub((+o.id * 17 % 300000) / 100 * 0.2), [], opt],
    ['Акционные бонусы', () => '0,00', [], opt],
    ['Неактивные бонусы', (c, o) => (+o.id % 3 ? rub((+o.id % 400) + 0.5) : '0,00'), ['loyalty.promisedPoints'], opt],
    ['Количество покупок', (c, o) => String(1 + (+o.id % 44)), []],
    ['Сумма покупок', (c, o) => rub((1 + (+o.id % 44)) * 1870.4), ['loyalty.lifetimePurchases'], opt],
    ['Последняя покупка', (c) => dmy(msk(later(c)), '.'), [], opt],
    ['Дата регистрации', (c) => `${dmy(msk(c.created), '.')} ${hm(msk(c.created))}`, ['loyalty.joinDate']],
    ['Точка продаж регистрации', (c, o) => row(PB_POINTS, +o.id >> 1), []],
    ['Канал регистрации', (c, o) => row(['Касса', 'Касса', 'Сайт', 'Telegram-бот', 'Анкета'], +o.id >> 2), []],
    ['Телефон подтверждён', (c, o) => (+o.id % 5 ? 'Да' : 'Нет'), []],
    ['Отказ от SMS', (c, o) => (+o.id % 7 === 0 ? 'Да' : 'Нет'), [], opt],
    ['Отказ от email', (c, o) => (+o.id % 4 === 0 ? 'Да' : 'Нет'), [], opt],
    ['Заблокирован', (c, o) => (+o.id % 23 === 0 ? 'Да' : 'Нет'), ['loyalty.status'], opt],
    ['Пригласивший', (c, o, r) => (+o.id % 6 === 0 ? `79${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Внешний ID', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
    ['Имя ребёнка 1', (c, o) => (+o.id % 3 ? row(['Амир', 'Алиса', 'Михаил', 'София', 'Камила'], +o.id >> 1) : ''), []],
    ['Дата рождения ребёнка 1', (c, o) => (+o.id % 3 ? `${pad(1 + (+o.id % 28))}.${pad(1 + (+o.id % 12))}.${2013 + (+o.id % 10)}` : ''), []],
  ] },
]
