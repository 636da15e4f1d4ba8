// Round 65, tune132: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Each export in its product's UI language: a French event-venue CRM's contacts
// (Bookingshake, fr-FR), a Belgian ticketing platform's participants (Fikket, fr-BE) and a Québec local-food
// marketplace's producer order lines (Maturin, fr-CA) (fr 3); a Madrid restaurant-booking system's guest file (Restoo,
// es-ES) and a Colombian card acquirer's transaction report (Credibanco, es-CO) (es 2); a Brazilian restaurant POS's
// item sales (Colibri, pt-BR) and a Brazilian geo-prospecting platform's company list (Datlo, pt-BR) (pt 2); an
// Italian virtual-queue and appointment app's bookings (Qurami, it 1); a Japanese company database's list export
// (SALES NOW, ja 1); a Korean meetup platform's participant list (Onoffmix, ko 1); a Vietnamese live-chat support
// tool's customers (Subiz, vi 1); a Turkish SMS gateway's delivery report (Mutlucell, tr 1). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const POI = 'placeContext.POIinteraction.POIDetail.name'
// local clocks: Belgium, France, Spain and Italy keep summer time (CET/CEST), Québec too (EST/EDT); Colombia, Brazil,
// Japan, Korea, Vietnam and Turkey do not
const cet = (ms) => local(ms, 1)
const est = (ms) => local(ms, -5)
const cot = (ms) => shift(ms, -5)
const brt = (ms) => shift(ms, -3)
const jst = (ms) => shift(ms, 9)
const kst = (ms) => shift(ms, 9)
const ict = (ms) => shift(ms, 7)
const trt = (ms) => shift(ms, 3)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const eur = (x) => dec(x, ',')
const cop = (x) => thou(x, '.', ',')
const brl = (x) => thou(x, '.', ',')

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 29)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x3a71c5e9); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/ı/g, 'i').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames, [city, region, postcode, area], streets, mail domains]
  be: [['Thomas', 'Nicolas', 'Maxime', 'Julien', 'Antoine', 'Olivier', 'Benoît', 'Arnaud', 'Cédric', 'Grégory', 'Quentin', 'Louis'],
    ['Marie', 'Sophie', 'Julie', 'Laura', 'Aurélie', 'Charlotte', 'Émilie', 'Céline', 'Pauline', 'Sarah', 'Manon', 'Amélie'],
    ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Renard', 'Goffin', 'Lejeune', 'Jacquet', 'Collignon', 'Mertens', 'Wauters', 'Delvaux', 'Hubert'],
    [['Namur', 'Namur', '5000', '081'], ['Jambes', 'Namur', '5100', '081'], ['Liège', 'Liège', '4000', '04'], ['Liège', 'Liège', '4020', '04'], ['Charleroi', 'Hainaut', '6000', '071'], ['Mons', 'Hainaut', '7000', '065'], ['Wavre', 'Brabant wallon', '1300', '010'], ['Louvain-la-Neuve', 'Brabant wallon', '1348', '010'], ['Bruxelles', 'Bruxelles-Capitale', '1000', '02'], ['Ixelles', 'Bruxelles-Capitale', '1050', '02'], ['Dinant', 'Namur', '5500', '082']],
    ['Rue de Fer', 'Avenue de la Gare', 'Rue des Carmes', 'Chaussée de Louvain', 'Rue Saint-Gilles', 'Boulevard d\'Avroy', 'Rue de Bruxelles', 'Avenue Reine Astrid', 'Rue du Château', 'Place Saint-Aubain'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'outlook.be', 'live.be', 'proximus.be', 'yahoo.fr']],
  qc: [['Jean-François', 'Mathieu', 'Alexandre', 'Simon', 'Gabriel', 'Étienne', 'Marc-André', 'Félix', 'Philippe', 'Olivier', 'Guillaume', 'Samuel'],
    ['Marie-Ève', 'Catherine', 'Geneviève', 'Isabelle', 'Julie', 'Émilie', 'Audrey', 'Stéphanie', 'Mélanie', 'Véronique', 'Annie', 'Valérie'],
    ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc'],
    [['Montréal', 'QC', 'H2J 3K5', '514'], ['Montréal', 'QC', 'H2S 2M2', '514'], ['Montréal', 'QC', 'H4A 1T2', '514'], ['Laval', 'QC', 'H7N 4T1', '450'], ['Longueuil', 'QC', 'J4K 2T9', '450'], ['Québec', 'QC', 'G1R 2L3', '418'], ['Québec', 'QC', 'G1S 1C1', '418'], ['Lévis', 'QC', 'G6V 6N8', '418'], ['Sherbrooke', 'QC', 'J1H 1Z3', '819'], ['Gatineau', 'QC', 'J8Y 3R5', '819'], ['Boucherville', 'QC', 'J4B 5E4', '450']],
    ['rue Saint-Denis', 'avenue du Mont-Royal Est', 'rue Fleury Ouest', 'boulevard René-Lévesque', 'rue Beaubien Est', 'avenue Cartier', 'rue King Ouest', 'chemin Sainte-Foy', 'rue Principale', 'boulevard des Laurentides'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'videotron.ca', 'outlook.com', 'yahoo.ca', 'bell.net', 'icloud.com']],
  es: [['Javier', 'Carlos', 'Alejandro', 'Daniel', 'Pablo', 'Sergio', 'Jorge', 'Álvaro', 'Adrián', 'Raúl', 'Iñigo', 'Manuel'],
    ['María', 'Laura', 'Lucía', 'Paula', 'Marta', 'Cristina', 'Elena', 'Nuria', 'Irene', 'Beatriz', 'Carmen', 'Sara'],
    ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez'],
    [['Madrid', 'Madrid', '28004', '91'], ['Madrid', 'Madrid', '28010', '91'], ['Madrid', 'Madrid', '28045', '91'], ['Pozuelo de Alarcón', 'Madrid', '28224', '91'], ['Alcobendas', 'Madrid', '28100', '91'], ['Getafe', 'Madrid', '28901', '91']],
    ['Calle de Fuencarral', 'Calle de Alcalá', 'Calle de Serrano', 'Paseo de la Castellana'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'icloud.com']],
  co: [['Juan David', 'Andrés Felipe', 'Carlos Andrés', 'Santiago', 'Sebastián', 'Julián', 'Camilo', 'Jhon Fredy', 'Luis Eduardo', 'Diego Alejandro', 'Mauricio', 'Óscar'],
    ['María Camila', 'Laura Sofía', 'Valentina', 'Daniela', 'Natalia', 'Paola Andrea', 'Luisa Fernanda', 'Diana Marcela', 'Carolina', 'Juliana', 'Ángela', 'Manuela'],
    ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez', 'Pérez', 'Díaz', 'Moreno', 'Muñoz', 'Rojas', 'Vargas', 'Castañeda'],
    [['Bogotá', 'Bogotá D.C.', '110221', ''], ['Bogotá', 'Bogotá D.C.', '110111', '']], ['Calle 85', 'Carrera 11'], ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com']],
  br: [['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Bruno', 'Felipe', 'Gustavo', 'Rodrigo', 'Leonardo', 'Diego', 'André'],
    ['Ana Clara', 'Mariana', 'Fernanda', 'Juliana', 'Camila', 'Beatriz', 'Larissa', 'Patrícia', 'Aline', 'Bruna', 'Letícia', 'Renata'],
    ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Araújo', 'Barbosa'],
    [['São Paulo', 'SP', '01310-100', '11']], ['Rua Augusta'], ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br']],
  it: [['Marco', 'Luca', 'Andrea', 'Francesco', 'Alessandro', 'Matteo', 'Davide', 'Stefano', 'Giuseppe', 'Paolo', 'Simone', 'Roberto'],
    ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Elena', 'Silvia', 'Federica', 'Alessandra', 'Laura', 'Paola'],
    ['Rossi', 'Bianchi', 'Ferrari', 'Russo', 'Romano', 'Gallo', 'Costa', 'Fontana', 'Conti', 'Esposito', 'Ricci', 'Bruno', 'Marchetti', 'Mazza', 'Lombardi', 'Barbieri'],
    [['Bologna', 'BO', '40121', '051']], ['Via Indipendenza'], ['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it', 'virgilio.it', 'alice.it', 'outlook.it']],
  ko: [['민준', '서준', '도윤', '예준', '시우', '지호', '현우', '준서', '성민', '동현', '재원', '태윤'],
    ['서연', '지우', '서윤', '하은', '민서', '지민', '수빈', '예은', '유진', '혜진', '다은', '은지'],
    ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신'],
    [['서울특별시', '강남구', '06236', '02'], ['서울특별시', '마포구', '04044', '02'], ['서울특별시', '성동구', '04778', '02'], ['서울특별시', '송파구', '05551', '02'], ['경기도', '성남시 분당구', '13529', '031'], ['경기도', '수원시 영통구', '16677', '031'], ['인천광역시', '연수구', '21984', '032']],
    ['테헤란로'], ['naver.com', 'naver.com', 'gmail.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net']],
  vn: [['Minh', 'Tuấn', 'Hùng', 'Dũng', 'Quang', 'Đức', 'Hoàng', 'Long', 'Thành', 'Nam', 'Khánh', 'Phong'],
    ['Linh', 'Trang', 'Hương', 'Ngọc', 'Thảo', 'Phương', 'Hà', 'Mai', 'Lan', 'Hằng', 'Vy', 'Anh'],
    ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'],
    [['Hà Nội', 'Quận Cầu Giấy', '', ''], ['Hà Nội', 'Quận Đống Đa', '', ''], ['Hà Nội', 'Quận Hoàn Kiếm', '', ''], ['Hà Nội', 'Quận Hai Bà Trưng', '', ''], ['Hồ Chí Minh', 'Quận 1', '', ''], ['Hồ Chí Minh', 'Quận 3', '', ''], ['Hồ Chí Minh', 'Quận Bình Thạnh', '', ''], ['Đà Nẵng', 'Quận Hải Châu', '', ''], ['Hải Phòng', 'Quận Lê Chân', '', '']],
    ['Xuân Thủy', 'Cầu Giấy', 'Tây Sơn', 'Chùa Bộc', 'Hàng Bài', 'Bà Triệu', 'Nguyễn Thị Minh Khai', 'Võ Văn Tần', 'Điện Biên Phủ', 'Lê Duẩn'],
    ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.vn', 'hotmail.com', 'outlook.com']],
  tr: [['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Murat', 'Can', 'Oğuz', 'Serkan', 'Kerem', 'Onur', 'Hakan'],
    ['Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Merve', 'Esra', 'Büşra', 'Selin', 'Derya', 'Gizem', 'Ece', 'Özlem'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Koç'],
    [['İzmir', 'İzmir', '35220', '232']], ['Kıbrıs Şehitleri Cd.'], ['gmail.com', 'hotmail.com']],
}
const VN_STREETS = { 'Hà Nội': ['Xuân Thủy', 'Cầu Giấy', 'Tây Sơn', 'Chùa Bộc', 'Hàng Bài', 'Bà Triệu'], 'Hồ Chí Minh': ['Nguyễn Thị Minh Khai', 'Võ Văn Tần', 'Điện Biên Phủ', 'Lê Duẩn'], 'Đà Nẵng': ['Lê Duẩn', 'Nguyễn Văn Linh', 'Hùng Vương'], 'Hải Phòng': ['Tô Hiệu', 'Lạch Tray', 'Hai Bà Trưng'] }
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M), last = v.pick(r, LAST)
  const [city, region, postal, area] = v.pick(r, PLACES)
  const no = v.int(r, 1, 160)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, area, birth: v.birth(r), no, streetName: v.pick(r, STREETS) }
  p.email = `${slug(first.split(/[ -]/)[0])}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'be') {
    p.street = `${p.streetName} ${no}`
    const m = `4${v.pick(r, ['70', '71', '72', '73', '75', '76', '77', '78', '79', '84', '85', '86', '87', '88', '89', '91', '92', '93', '94', '95', '96', '97', '98', '99'])}${pad(v.int(r, 0, 999999), 6)}`
    p.mobile = `0${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`
  }
  if (cc === 'qc') {
    p.street = `${v.int(r, 100, 9999)}, ${p.streetName}`
    p.mobile = `${area}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'es') p.mobile = `+34 6${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  if (cc === 'co') p.mobile = `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '16', '20', '21', '23', '50'])}${v.int(r, 1000000, 9999999)}`
  if (cc === 'br') {
    const ddd = v.pick(r, ['11', '11', '11', '11', '12', '13', '19'])
    p.mobile = `(${ddd}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'it') p.mobile = `3${v.pick(r, ['20', '28', '29', '33', '35', '38', '39', '40', '45', '47', '48', '49', '51', '66', '88', '92'])} ${v.int(r, 1000000, 9999999)}`
  if (cc === 'ko') {
    p.full = `${last}${first}`
    p.mobile = `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
    p.email = `${v.pick(r, ['min', 'jun', 'seo', 'ji', 'ha', 'yu', 'su', 'hye', 'dong', 'jae'])}${v.pick(r, ['jun', 'yeon', 'woo', 'hee', 'kyung', 'jin', 'min', 'bin'])}${v.pick(r, ['', '_', '.'])}${v.pick(r, ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon'])}${v.int(r, 1, 99)}@${v.pick(r, MAIL)}`
    p.street = `${region} ${v.pick(r, ['테헤란로', '월드컵북로', '왕십리로', '올림픽로', '판교역로', '광교중앙로', '센트럴로'])} ${v.int(r, 1, 520)}`
  }
  if (cc === 'vn') {
    const mid = v.pick(r, (female ? ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh'] : ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu']).filter((x) => x !== first))
    p.full = `${last} ${mid} ${first}`
    p.street = `Số ${v.int(r, 1, 220)} ${v.pick(r, VN_STREETS[city])}`
    p.mobile = `0${v.pick(r, ['90', '91', '93', '94', '96', '97', '98', '86', '88', '89', '32', '33', '34', '35', '36', '37', '38', '39', '70', '76', '77', '78', '79', '81', '83', '84', '85'])}${v.int(r, 1000000, 9999999)}`
    p.email = `${slug(first)}${slug(last)}${v.int(r, 90, 2005)}@${v.pick(r, MAIL)}`
  }
  if (cc === 'tr') p.mobile = `905${v.pick(r, ['30', '32', '33', '35', '36', '38', '39', '42', '43', '44', '45', '46', '52', '53', '54', '55', '59'])}${v.int(r, 1000000, 9999999)}`
  return p
})
const BE = (c) => lp(c, 'be'), QC = (c) => lp(c, 'qc'), ESP = (c) => lp(c, 'es'), COP = (c) => lp(c, 'co'), BRP = (c) => lp(c, 'br'), ITP = (c) => lp(c, 'it'), KO = (c) => lp(c, 'ko'), VN = (c) => lp(c, 'vn'), TRP = (c) => lp(c, 'tr')
const FEM = new Set(['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- Bookingshake: a Lyon event venue (péniche + rooftop)
const bsSource = (c) => row(['Site web (formulaire)', 'ABC Salles', 'Bedouk', 'Bouche à oreille', 'Site web (formulaire)', 'Salon Heavent', 'Appel entrant', 'Kactus', 'LinkedIn'], n(c))
const bsType = (c) => row(['Entreprise', 'Agence événementielle', 'Entreprise', 'Entreprise', 'Association', 'Particulier', 'Entreprise', 'Agence événementielle'], n(c) >> 1)
const bsPriv = (c) => bsType(c) === 'Particulier'
const bsEvents = (c) => (n(c) % 5 === 0 ? 0 : (n(c) % 4) + 1)
const bsCA = (c) => bsEvents(c) * (2400 + (n(c) % 37) * 310)
const bsSiret = (c) => `${pad(300000000 + (n(c) * 7919) % 600000000, 9)}${pad((n(c) % 900) + 11, 5)}`
const bsWeb = (c) => `https://www.${c.company.toLowerCase().replace(/\b(gmbh|sa|bv|inc|s\.r\.l\.|ltda|corp)\b/g, '').replace(/[^a-z]/g, '')}.fr`

// ---------------------------------------------------------------- Fikket: a Namur summer jazz festival
// [ticket, price]
const FK_T = [['Pass 3 jours', 65], ['Vendredi 12/07', 28], ['Samedi 13/07', 32], ['Dimanche 14/07', 25], ['Pass 3 jours – Étudiant', 45], ['Samedi 13/07', 32], ['Vendredi 12/07 – Enfant (6-12 ans)', 10]]
const fkT = (o, i) => row(FK_T, n(o) + i)
const fkFee = (o, i) => Math.round((0.99 + fkT(o, i)[1] * 0.025) * 100) / 100
const fkDisc = (o, i) => (o.discount ? Math.round(fkT(o, i)[1] * 0.15 * 100) / 100 : 0)
const fkTotal = (o, i) => Math.round((fkT(o, i)[1] - fkDisc(o, i) + fkFee(o, i)) * o.qty * 100) / 100
const fkStatus = (o) => row(['Payé', 'Payé', 'Payé', 'Payé', 'Remboursé', 'Payé', 'Payé', 'En attente', 'Payé'], n(o))
const fkDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
// orders fall in the festival's sales window (January to early July 2024)
const fkAt = (o) => Date.UTC(2024, 0, 10) + (o.at % (175 * day))
const fkScan = (o) => fkStatus(o) === 'Payé' && n(o) % 3 !== 0

// ---------------------------------------------------------------- Maturin: a Charlevoix cheese and charcuterie farm
// [code, product, format, category, price, taxable]
const MT_P = [['FRM-MIGN-250', 'Migneron de Charlevoix', '250 g', 'Fromages', 14.5, false], ['FRM-TAP-200', '1608 tomme', '200 g', 'Fromages', 11.75, false], ['CHR-SAUC-180', 'Saucisson à l\'érable', '180 g', 'Charcuteries', 12.95, false], ['CHR-TERR-250', 'Terrine de campagne', '250 g', 'Charcuteries', 9.5, false], ['PNR-DEC-01', 'Panier découverte du terroir', '1 panier', 'Paniers-cadeaux', 64, true], ['CRT-CHIP-150', 'Croustilles de pommes séchées', '150 g', 'Collations', 5.25, true], ['ERB-SIR-540', 'Sirop d\'érable ambré', '540 ml', 'Produits de l\'érable', 13, false]]
const mtP = (o, i) => row(MT_P, n(o) + i)
const mtSub = (o, i) => Math.round(mtP(o, i)[4] * o.qty * 100) / 100
const mtTPS = (o, i) => (mtP(o, i)[5] ? Math.round(mtSub(o, i) * 0.05 * 100) / 100 : 0)
const mtTVQ = (o, i) => (mtP(o, i)[5] ? Math.round(mtSub(o, i) * 0.09975 * 100) / 100 : 0)
const mtPickup = (o) => n(o) % 4 === 0
const mtPoint = (o) => row(['Marché Jean-Talon – kiosque Maturin', 'Épicerie Le Pied de Cochon (Plateau)', 'Marché du Vieux-Port de Québec'], n(o) >> 2)
const mtStatus = (o) => row(['Livrée', 'Livrée', 'Expédiée', 'Livrée', 'Confirmée', 'Livrée', 'Annulée', 'Livrée'], n(o))
const cad = (x) => dec(x, ',')

// ---------------------------------------------------------------- Restoo: a Madrid Basque restaurant (Chamberí)
const rsOrigin = (c) => row(['Web', 'Teléfono', 'TheFork', 'Google Reserve', 'Web', 'Walk-in', 'Instagram', 'Teléfono'], n(c))
const rsRes = (c) => (n(c) % 17) + 1
const rsNoShow = (c) => (n(c) % 9 === 0 ? 1 : n(c) % 23 === 0 ? 2 : 0)
const rsCanc = (c) => n(c) % 4 === 1 ? 1 : 0
const rsVisits = (c) => Math.max(0, rsRes(c) - rsNoShow(c) - rsCanc(c))

// ---------------------------------------------------------------- Credibanco: a Bogotá (Chapinero) restaurant
const cbFr = (o) => row([['VISA', 'CRÉDITO', '457562'], ['MASTERCARD', 'CRÉDITO', '542650'], ['VISA', 'DÉBITO', '491511'], ['MAESTRO', 'DÉBITO', '601676'], ['AMEX', 'CRÉDITO', '377813'], ['MASTERCARD', 'DÉBITO', '530372'], ['DINERS', 'CRÉDITO', '361234']], n(o) >> 1)
const cbState = (o) => (n(o) % 19 === 0 ? 'RECHAZADA' : n(o) % 13 === 0 ? 'ANULADA' : 'APROBADA')
const cbBase = (o) => 38000 + (n(o) % 57) * 4100 + o.qty * 12500
const cbIva = () => 0
const cbInc = (o) => Math.round(cbBase(o) - cbBase(o) / 1.08)
const cbTip = (o) => (cbFr(o)[1] === 'CRÉDITO' || n(o) % 3 ? Math.round(cbBase(o) * 0.1 / 100) * 100 : 0)
const cbTotal = (o) => cbBase(o) + cbTip(o)
const cbFee = (o) => (cbState(o) === 'APROBADA' ? Math.round(cbTotal(o) * (cbFr(o)[1] === 'CRÉDITO' ? 0.0219 : 0.0119)) : 0)
const cbRete = (o) => (cbState(o) === 'APROBADA' ? Math.round(cbTotal(o) * 0.015) : 0)
const cbAt = (o) => inHours(o.at, cot, 12, 22)
const cbDT = (ms) => { const p = cot(ms); return `${ymd(p, '/')} ${hms(p)}` }

// ---------------------------------------------------------------- Colibri: a São Paulo (Pinheiros) bar and restaurant
// [code, product, group, price]
const CL_P = [['1021', 'CHOPP PILSEN 300ML', 'CERVEJAS', 12.9], ['1044', 'CAIPIRINHA LIMAO', 'DRINKS', 26], ['2010', 'PICANHA NA CHAPA P/2', 'PRATOS', 119.9], ['2033', 'BOLINHO DE BACALHAU (6UN)', 'PETISCOS', 48], ['2051', 'PASTEL DE QUEIJO (8UN)', 'PETISCOS', 39.9], ['3005', 'AGUA S/ GAS 500ML', 'BEBIDAS', 7.5], ['3012', 'REFRIGERANTE LATA', 'BEBIDAS', 8.5], ['4002', 'PUDIM DE LEITE', 'SOBREMESAS', 22]]
const clP = (o, i) => row(CL_P, n(o) + i)
const clMode = (o) => row(['SALAO', 'SALAO', 'SALAO', 'BALCAO', 'SALAO', 'DELIVERY', 'SALAO', 'VIAGEM'], n(o))
const clItem = (o, i) => Math.round(clP(o, i)[3] * o.qty * 100) / 100
const clDisc = (o, i) => (o.discount ? Math.round(clItem(o, i) * 0.1 * 100) / 100 : 0)
const clTicket = (o, i) => Math.round((clItem(o, i) - clDisc(o, i) + 35 + (n(o) % 40) * 6.5) * 100) / 100
const clServ = (o, i) => (clMode(o) === 'SALAO' ? Math.round(clTicket(o, i) * 0.1 * 100) / 100 : 0)
const clClose = (o) => inHours(o.at, brt, 12, 23)
const clOpen = (o) => clClose(o) - (25 + (n(o) % 90)) * 60000
const clDT = (ms) => { const p = brt(ms); return `${dmy(p, '/')} ${hm(p)}` }
const cpfFmt = (k) => { const ds = String(k).padStart(9, '0').split('').map(Number); const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10), b = f([...ds, a], 11); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }

// ---------------------------------------------------------------- Datlo: a Campinas coffee-machine leasing firm prospecting offices
// [CNAE, description]
const DT_CNAE = [['6920-6/01', 'Atividades de contabilidade'], ['6911-7/01', 'Serviços advocatícios'], ['7020-4/00', 'Atividades de consultoria em gestão empresarial'], ['8630-5/04', 'Atividade odontológica'], ['6201-5/01', 'Desenvolvimento de programas de computador sob encomenda'], ['6821-8/01', 'Corretagem na compra e venda e avaliação de imóveis'], ['7112-0/00', 'Serviços de engenharia']]
const DT_PLACE = [['Campinas', 'SP', '13024-', 'Cambuí', '19'], ['Campinas', 'SP', '13092-', 'Taquaral', '19'], ['Campinas', 'SP', '13025-', 'Centro', '19'], ['Valinhos', 'SP', '13270-', 'Centro', '19'], ['Jundiaí', 'SP', '13201-', 'Anhangabaú', '11'], ['Paulínia', 'SP', '13140-', 'Nova Paulínia', '19'], ['Sumaré', 'SP', '13170-', 'Centro', '19']]
const DT_STREET = ['Av. Norte-Sul', 'Rua Coronel Quirino', 'Av. José de Souza Campos', 'Rua Barão de Jaguara', 'Av. Francisco Glicério', 'Rua Maria Monteiro', 'Av. Brasil', 'Rua Conceição']
const dtC = (c) => row(DT_CNAE, n(c) >> 1)
const dtPl = (c) => row(DT_PLACE, n(c))
const dtBrand = (c) => `${c.last} ${row(['Contabilidade', 'Advogados', 'Consultoria', 'Odontologia', 'Tecnologia', 'Imóveis', 'Engenharia'], n(c) >> 1)}`
const dtCnpj = (c) => { const base = pad(10000000 + (n(c) * 7331) % 89999999, 8) + '0001'; const ds = base.split('').map(Number); const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]), b = f([...ds, a], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const s = base + a + b; return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}` }
const dtSize = (c) => row(['ME', 'ME', 'EPP', 'DEMAIS', 'ME', 'EPP'], n(c))
const dtStaff = (c) => row(['1 a 5', '6 a 10', '11 a 20', '21 a 50', '1 a 5', '51 a 100'], n(c))

// ---------------------------------------------------------------- Qurami: a Bologna tax-assistance centre (CAF) with three offices
const QR_SERV = [['Modello 730', 25], ['ISEE', 20], ['IMU', 15], ['Successioni', 60], ['Modello 730', 25], ['Colf e badanti', 30], ['RED / INPS', 20]]
const qrServ = (o) => row(QR_SERV, n(o))
const qrSede = (o) => row(['CAF Bologna – Via Marconi', 'CAF Bologna – San Donato', 'CAF Casalecchio di Reno'], n(o) >> 1)
const qrType = (o) => (n(o) % 3 === 0 ? 'Coda virtuale' : 'Appuntamento')
const qrState = (o) => row(['Servito', 'Servito', 'Servito', 'Annullato', 'Servito', 'Non presentato', 'Servito', 'Prenotato'], n(o))
const qrBooked = (o) => inHours(o.at, cet, 7, 22)
const qrSlot = (o) => (qrType(o) === 'Coda virtuale' ? qrBooked(o) + (10 + (n(o) % 50)) * 60000 : inHours(qrBooked(o) + ((n(o) % 9) + 1) * day, cet, 9, 17) - (cet(qrBooked(o)).M % 15) * 60000)
const qrOs = (o) => row(['iOS', 'Android', 'Android', 'iOS', 'Web', 'Android'], n(o) >> 1)
const qrDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const cf = (c, p) => { const L = 'ABCDEFGHILMNPRSTUVZ'; const s = (x) => x.toUpperCase().replace(/[^A-Z]/g, ''); const cons = (x) => (s(x).replace(/[AEIOU]/g, '') + s(x).replace(/[^AEIOU]/g, '') + 'XXX').slice(0, 3); const b = shift(p.birth, 0); return `${cons(p.last)}${cons(p.first)}${String(b.y).slice(2)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (p.female ? 40 : 0))}${'AFHL'[n(c) % 4]}${pad(n(c) % 1000, 3).replace(/^0/, '2')}${L[n(c) % L.length]}` }

// ---------------------------------------------------------------- SALES NOW: a Tokyo SaaS firm's target list (Kansai manufacturers)
const SN_CO = [['株式会社丸栄精機', 'カブシキガイシャマルエイセイキ', '製造業', '金属加工機械製造業'], ['大和化成工業株式会社', 'ダイワカセイコウギョウカブシキガイシャ', '製造業', 'プラスチック製品製造業'], ['株式会社北浜テクノ', 'カブシキガイシャキタハマテクノ', '情報通信業', 'ソフトウェア業'], ['近畿パッケージ株式会社', 'キンキパッケージカブシキガイシャ', '製造業', '紙器製造業'], ['株式会社サンライズ物流', 'カブシキガイシャサンライズブツリュウ', '運輸業，郵便業', '一般貨物自動車運送業'], ['株式会社阪神フーズ', 'カブシキガイシャハンシンフーズ', '製造業', '食料品製造業'], ['株式会社ミヤコ電装', 'カブシキガイシャミヤコデンソウ', '製造業', '電気機械器具製造業']]
const SN_PL = [['530-0001', '大阪府', '大阪市北区', '梅田', '06'], ['541-0041', '大阪府', '大阪市中央区', '北浜', '06'], ['577-0011', '大阪府', '東大阪市', '荒本北', '06'], ['660-0892', '兵庫県', '尼崎市', '東難波町', '06'], ['650-0034', '兵庫県', '神戸市中央区', '京町', '078'], ['604-8151', '京都府', '京都市中京区', '橋弁慶町', '075'], ['590-0985', '大阪府', '堺市堺区', '戎島町', '072']]
const SN_NAME = [['佐藤', '健一'], ['鈴木', '隆'], ['高橋', '誠'], ['田中', '浩二'], ['伊藤', '和也'], ['渡辺', '直樹'], ['山本', '由美'], ['中村', '明美']]
const snC = (c) => row(SN_CO, n(c))
const snPl = (c) => row(SN_PL, n(c) >> 1)
const snRom = (c) => row(['maruei-seiki', 'daiwa-kasei', 'kitahama-techno', 'kinki-pkg', 'sunrise-logi', 'hanshin-foods', 'miyako-denso'], n(c))
const snCorp = (c) => { const b = pad(120001000000 + (n(c) * 104729) % 880000000000, 12); const ds = b.split('').map(Number).reverse(); const s = ds.reduce((a, d, i) => a + d * (i % 2 ? 2 : 1), 0); return `${9 - (s % 9)}${b}` }
const snTel = (c, k) => { const a = snPl(c)[4]; return a.length === 2 ? `${a}-${v.int(() => ((n(c) * k) % 97) / 97, 6100, 6999)}-${pad((n(c) * k) % 10000, 4)}` : `${a}-${v.int(() => ((n(c) * k) % 97) / 97, 200, 899)}-${pad((n(c) * k) % 10000, 4)}` }
const snEmp = (c) => 18 + (n(c) % 40) * 23
const snSales = (c) => snEmp(c) * (18 + (n(c) % 9)) * 1000000

// ---------------------------------------------------------------- Onoffmix: a Seoul startup-marketing seminar series
const OM_T = [['일반 참가', 30000], ['얼리버드', 20000], ['일반 참가', 30000], ['스타트업 재직자', 15000], ['일반 참가', 30000], ['학생', 10000]]
const omT = (c) => row(OM_T, n(c))
const omState = (c) => row(['참여확정', '참여확정', '참여확정', '대기', '참여확정', '취소', '참여확정'], n(c))
const omPay = (c) => row(['카드결제', '카카오페이', '카드결제', '네이버페이', '계좌이체', '카드결제'], n(c) >> 1)
const omCo = (c) => row(['(주)그로스랩', '당근마켓', '토스', '프리랜서', '(주)하이브리드컴퍼니', '스타트업 재직중', '무직', '(주)오늘의집'], n(c) >> 2)
const omDT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Subiz: a Hanoi cosmetics shop's chat customers
const sbSrc = (c) => row(['Facebook Messenger', 'Zalo OA', 'Website', 'Facebook Messenger', 'Website', 'Instagram', 'Zalo OA'], n(c))
const sbAgent = (c) => row(['Nguyễn Thu Trang', 'Lê Minh Hằng', 'Phạm Ngọc Anh', 'Trần Đức Long'], n(c) >> 1)
const sbOrders = (c) => (n(c) % 5 === 0 ? 0 : (n(c) % 7) + 1)
const vnd = (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const vnDT = (ms) => { const p = ict(ms); return `${hm(p)} ${dmy(p, '/')}` }

// ---------------------------------------------------------------- Mutlucell: an İzmir natural-cosmetics brand's SMS campaigns
const MC_CAMP = [['Anneler Günü %20', 'Anneler Günü\'ne özel tüm ürünlerde %20 indirim! Kod: ANNE20 lavantakozmetik.com.tr/anne B002 iptal icin RET yazin 4609'], ['Yaz İndirimi', 'Yaz indirimi başladı! Güneş ürünlerinde 2 al 1 öde. lavantakozmetik.com.tr/yaz B002 iptal icin RET yazin 4609'], ['Sepet Hatırlatma', 'Sepetinizdeki ürünler sizi bekliyor, 24 saat boyunca kargo bedava! lvnt.co/s B002 iptal icin RET yazin 4609'], ['Kasım Fırsatları', 'Efsane Kasım fırsatları: sitewide %30 indirim, sadece bu hafta! lvnt.co/k B002 iptal icin RET yazin 4609']]
const mcCamp = (o) => row(MC_CAMP, n(o) >> 2)
const mcOp = (o) => row(['Turkcell', 'Vodafone', 'Türk Telekom', 'Turkcell', 'Turkcell', 'Vodafone'], n(o))
const mcState = (o) => row(['İletildi', 'İletildi', 'İletildi', 'İletildi', 'Zaman Aşımı', 'İletildi', 'Numara Hatalı', 'Beklemede', 'İletildi'], n(o))
const mcLen = (o) => [...mcCamp(o)[1]].length
const mcParts = (o) => (/[çğıöşüÇĞİÖŞÜ]/.test(mcCamp(o)[1]) ? Math.ceil(mcLen(o) / 67) : Math.ceil(mcLen(o) / 153))
const mcAt = (o) => inHours(o.at, trt, 10, 20)
const mcDT = (ms) => { const p = trt(ms); return `${dmy(p)} ${hms(p)}` }

export const SETS = [
  // ================================================================ French (France, Belgium, Québec)
  { name: 'bookingshake-contacts-export-fr', product: 'Bookingshake (event-venue CRM and quoting; Contacts > Exporter (CSV), one row per contact with its company, French UI, a Lyon venue renting a river barge and a rooftop for corporate events)', family: 'crm', language: 'fr', schema: B, cols: [
    ['ID contact', (c) => String(418000 + n(c)), B2BID],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (bsPriv(c) ? c.email : c.workEmail), ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fonction', (c) => (bsPriv(c) ? '' : c.job), ['extendedWorkDetails.jobTitle']],
    ['Société', (c) => (bsPriv(c) ? '' : c.company), CO],
    ['Type de client', (c) => bsType(c), ['b2b.personType'], opt],
    ['SIRET', (c) => (bsPriv(c) ? '' : bsSiret(c)), [], opt],
    ['N° TVA intracommunautaire', (c) => (bsPriv(c) ? '' : `FR${pad((n(c) * 13) % 97, 2)}${bsSiret(c).slice(0, 9)}`), []],
    ['Adresse', (c) => c.street, [W('street1')]],
    ['Code postal', (c) => c.postcode, [W('postalCode')]],
    ['Ville', (c) => c.city, [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['Site web', (c) => (bsPriv(c) ? '' : bsWeb(c)), ['b2b.companyWebsite']],
    ['Source', (c) => bsSource(c), ['b2b.personSource']],
    ['Statut', (c) => (bsEvents(c) ? 'Client' : 'Prospect'), ['b2b.personStatus'], opt],
    ['Propriétaire', (c) => row(['Claire Vasseur', 'Thibault Roux', 'Claire Vasseur', 'Inès Barbier'], n(c) >> 2), []],
    ['Nombre d\'événements', (c) => String(bsEvents(c)), []],
    ['CA total HT', (c) => eur(bsCA(c)), []],
    ['Date de création', (c) => { const p = cet(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => { const p = cet(later(c)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Opt-in newsletter', (c) => (c.bool ? 'Oui' : 'Non'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Tags', (c) => row(['séminaire', 'soirée de fin d\'année', '', 'team building', 'lancement produit', '', 'mariage'], n(c) >> 1), []],
    ['Commentaire', (c) => row(['', 'Demande devis pour 120 pers. en décembre', '', 'Rappeler après validation budget', '', 'Allergies à prévoir côté traiteur'], n(c) >> 1), []],
  ] },
  { name: 'fikket-participants-export-fr-be', product: 'Fikket (Belgian event-ticketing platform; Mon événement > Participants > Exporter (Excel), one row per ticket with its order and the buyer\'s answers, French UI, a Namur summer jazz festival; prices in EUR incl. 6 % VAT)', family: 'events', language: 'fr', schema: E, cols: [
    ['Numéro de commande', (c, o) => `FK${pad(240000 + n(o), 7)}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => fkDT(fkAt(o)), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => fkStatus(o), []],
    ['Prénom', (c) => BE(c).first, []],
    ['Nom', (c) => BE(c).last, []],
    ['E-mail', (c) => BE(c).email, EMAIL_ID],
    ['Téléphone', (c) => (n(c) % 4 ? BE(c).mobile : ''), PHONE_ID, opt],
    ['Langue', (c) => row(['FR', 'FR', 'FR', 'NL', 'FR', 'EN'], n(c)), []],
    ['Ticket', (c, o, r, i) => fkT(o, i)[0], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => eur(fkT(o, i)[1]), [], opt],
    ['Réduction', (c, o, r, i) => eur(fkDisc(o, i) * o.qty), [OR('discountAmount'), PL('discountAmount')]],
    ['Code promo', (c, o) => (o.discount ? 'JAZZFRIENDS15' : ''), ['commerce.promotionID']],
    ['Frais de service', (c, o, r, i) => eur(fkFee(o, i) * o.qty), []],
    ['Total', (c, o, r, i) => eur(fkTotal(o, i)), [OR('priceTotal')]],
    ['Moyen de paiement', (c, o) => row(['Bancontact', 'Visa', 'Bancontact', 'Payconiq', 'Mastercard', 'KBC/CBC', 'Bancontact', 'Belfius'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Montant remboursé', (c, o, r, i) => (fkStatus(o) === 'Remboursé' ? eur(fkTotal(o, i)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Code-barres', (c, o, r, i) => `${pad(5400000000 + n(o) * 31 + i, 12)}`, []],
    ['Scanné', (c, o) => (fkScan(o) ? 'Oui' : 'Non'), []],
    ['Date du scan', (c, o) => (fkScan(o) ? `${row(['12/07/2024', '13/07/2024', '14/07/2024'], n(o))} ${pad(17 + (n(o) % 5))}:${pad(n(o) % 60)}` : ''), [], opt],
    ['Société', (c) => (n(c) % 5 === 0 ? c.company : ''), [], opt],
    ['Code postal', (c) => BE(c).postal, [BILL('postalCode')], opt],
    ['Comment avez-vous connu le festival ?', (c) => row(['Facebook', 'Bouche à oreille', 'Affiche', 'Instagram', 'Radio (Classic 21)', ''], n(c) >> 1), []],
    ['J\'accepte de recevoir la newsletter', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },
  { name: 'maturin-commandes-producteur-fr-ca', product: 'Maturin (Québec local-food marketplace; Espace producteur > Commandes > Exporter (CSV), one row per order line with the order repeated, Canadian French UI, a Charlevoix cheese and charcuterie farm; amounts in CAD, GST/QST only on taxable items)', family: 'marketplace', language: 'fr', schema: E, cols: [
    ['No de commande', (c, o) => `M-${pad(58000 + n(o), 6)}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => { const p = est(o.at); return `${ymd(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => mtStatus(o), []],
    ['Client', (c) => QC(c).full, []],
    ['Courriel', (c) => QC(c).email, EMAIL_ID],
    ['Téléphone', (c) => QC(c).mobile, PHONE_ID, opt],
    ['Mode de livraison', (c, o) => (mtPickup(o) ? 'Point de cueillette' : 'Livraison à domicile'), ['commerce.shipping.shippingMethod']],
    ['Point de cueillette', (c, o) => (mtPickup(o) ? mtPoint(o) : ''), [], opt],
    ['Adresse de livraison', (c, o) => (mtPickup(o) ? '' : QC(c).street), [SHIP('street1')]],
    ['Ville', (c, o) => (mtPickup(o) ? '' : QC(c).city), [SHIP('city')]],
    ['Province', (c, o) => (mtPickup(o) ? '' : QC(c).region), STATE(['commerce.shipping.address'])],
    ['Code postal', (c, o) => (mtPickup(o) ? '' : QC(c).postal), [SHIP('postalCode')]],
    ['Date de livraison prévue', (c, o) => { const p = est(o.at + ((n(o) % 4) + 2) * day); return ymd(p) }, ['commerce.shipping.shipDate'], opt],
    ['Code produit', (c, o, r, i) => mtP(o, i)[0], [PL('SKU')]],
    ['Produit', (c, o, r, i) => mtP(o, i)[1], [PL('name')]],
    ['Format', (c, o, r, i) => mtP(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Catégorie', (c, o, r, i) => mtP(o, i)[3], [PL('productCategories[0].categoryName')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => cad(mtP(o, i)[4]), [], opt],
    ['Sous-total', (c, o, r, i) => cad(mtSub(o, i)), [PL('priceTotal')]],
    ['TPS', (c, o, r, i) => cad(mtTPS(o, i)), [OR('taxAmount')], opt],
    ['TVQ', (c, o, r, i) => cad(mtTVQ(o, i)), [OR('taxAmount')], opt],
    ['Commission Maturin', (c, o, r, i) => cad(mtSub(o, i) * 0.25), []],
    ['Montant net producteur', (c, o, r, i) => cad(mtSub(o, i) * 0.75 + mtTPS(o, i) + mtTVQ(o, i)), []],
    ['Devise', () => 'CAD', [OR('currencyCode'), PL('currencyCode')]],
    ['Note du client', (c, o) => row(['', '', 'Laisser sur le balcon SVP', '', 'Cadeau – ne pas inclure la facture', ''], n(o) >> 1), []],
  ] },

  // ================================================================ Spanish (Spain, Colombia)
  { name: 'restoo-clientes-exportar-es', product: 'Restoo (restaurant reservation and guest CRM; Clientes > Exportar (Excel), one row per guest with visit counters, Spanish UI, a Basque restaurant in Chamberí, Madrid)', family: 'booking', language: 'es', schema: P, cols: [
    ['ID', (c) => String(910000 + n(c)), ID],
    ['Nombre', (c) => ESP(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => `${ESP(c).last} ${row(LOCAL.es[2], n(c) >> 3)}`, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 6 ? ESP(c).email : ''), ['personalEmail.address']],
    ['Teléfono', (c) => ESP(c).mobile, ['mobilePhone.number']],
    ['Idioma', (c) => row(['Español', 'Español', 'Español', 'Inglés', 'Español', 'Francés'], n(c)), [], opt],
    ['Fecha de nacimiento', (c) => (n(c) % 3 ? dmy(shift(ESP(c).birth, 0), '/') : ''), ['person.birthDate']],
    ['Empresa', (c) => (n(c) % 5 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Código postal', (c) => (n(c) % 2 ? ESP(c).postal : ''), at(HOME, 'postalCode'), opt],
    ['Reservas', (c) => String(rsRes(c)), []],
    ['Visitas', (c) => String(rsVisits(c)), []],
    ['No shows', (c) => String(rsNoShow(c)), []],
    ['Cancelaciones', (c) => String(rsCanc(c)), []],
    ['Última visita', (c) => (rsVisits(c) ? dmy(cet(later(c, 300)), '/') : ''), [], opt],
    ['Ticket medio', (c) => (rsVisits(c) ? eur(38 + (n(c) % 45)) : ''), [], opt],
    ['Etiquetas', (c) => row(['', 'Habitual', 'VIP', '', 'Cliente empresa', 'Habitual; Terraza', ''], n(c) >> 1), []],
    ['Alergias e intolerancias', (c) => row(['', '', 'Celiaquía', '', 'Frutos secos', '', 'Lactosa', ''], n(c) >> 2), []],
    ['Notas', (c) => row(['', 'Prefiere mesa junto a la ventana', '', 'Cumpleaños en marzo, avisar a sala', '', ''], n(c) >> 1), []],
    ['Origen', (c) => rsOrigin(c), []],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Fecha de alta', (c) => { const p = cet(c.created); return `${dmy(p, '/')} ${hm(p)}` }, [], opt],
  ] },
  { name: 'credibanco-transacciones-exportar-co', product: 'Credibanco (Colombian card acquirer; Portal de Comercios > Consultas > Transacciones > Exportar a Excel, one row per card transaction with its commission and withholdings, Colombian Spanish UI, a Bogotá (Chapinero) restaurant paying 8 % impoconsumo; amounts in COP)', family: 'payments', language: 'es', schema: E, cols: [
    ['Código único', () => '012468935', []],
    ['Nombre comercio', () => 'RESTAURANTE LA HUERTA CHAPINERO', [POI], opt],
    ['Terminal', (c, o) => `CB${pad(4471 + (n(o) % 3), 6)}`, []],
    ['Fecha y hora', (c, o) => cbDT(cbAt(o)), ['timestamp']],
    ['Tipo de transacción', (c, o) => (cbState(o) === 'ANULADA' ? 'ANULACIÓN' : 'COMPRA'), []],
    ['Franquicia', (c, o) => cbFr(o)[0], [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => cbFr(o)[1], [OR('payments[0].paymentType')], opt],
    ['Número de tarjeta', (c, o) => `${cbFr(o)[2]}******${pad((n(o) * 37) % 10000, 4)}`, []],
    ['Número de recibo', (c, o) => pad(n(o) % 1000000, 6), [], opt],
    ['Número de aprobación', (c, o) => (cbState(o) === 'RECHAZADA' ? '' : pad((n(o) * 7919) % 1000000, 6)), [OR('payments[0].transactionID')]],
    ['Código de respuesta', (c, o) => (cbState(o) === 'RECHAZADA' ? '51' : '00'), []],
    ['Estado', (c, o) => cbState(o), []],
    ['Valor compra', (c, o) => cop(cbBase(o)), [OR('priceTotal')]],
    ['IVA', () => cop(cbIva()), [OR('taxAmount')], opt],
    ['Impoconsumo', (c, o) => cop(cbInc(o)), [OR('taxAmount')]],
    ['Propina', (c, o) => cop(cbTip(o)), []],
    ['Valor total', (c, o) => cop(cbTotal(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Cuotas', (c, o) => (cbFr(o)[1] === 'CRÉDITO' ? String(row([1, 1, 3, 1, 6, 12, 1], n(o))) : '1'), []],
    ['Moneda', () => 'COP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Comisión', (c, o) => cop(cbFee(o)), []],
    ['IVA comisión', (c, o) => cop(Math.round(cbFee(o) * 0.19)), []],
    ['Retefuente', (c, o) => cop(cbRete(o)), []],
    ['ReteICA', (c, o) => cop(cbState(o) === 'APROBADA' ? Math.round(cbTotal(o) * 0.00966) : 0), []],
    ['Valor neto', (c, o) => cop(cbState(o) === 'APROBADA' ? cbTotal(o) - cbFee(o) - Math.round(cbFee(o) * 0.19) - cbRete(o) - Math.round(cbTotal(o) * 0.00966) : 0), []],
    ['Fecha de abono', (c, o) => (cbState(o) === 'APROBADA' ? ymd(cot(cbAt(o) + day), '/') : ''), []],
    ['Canal', (c, o) => row(['DATÁFONO', 'DATÁFONO', 'DATÁFONO', 'LINK DE PAGO', 'DATÁFONO'], n(o) >> 1), [], opt],
  ] },

  // ================================================================ Portuguese (Brazil)
  { name: 'colibri-vendas-por-item-pt', product: 'Colibri (restaurant POS; Colibri Retaguarda > Relatórios > Vendas > Vendas por item > Exportar (Excel), one row per item on a fiscal coupon (NFC-e) with the coupon totals repeated, Brazilian Portuguese UI, a Pinheiros (São Paulo) bar and restaurant)', family: 'pos', language: 'pt', schema: E, cols: [
    ['Loja', () => 'BOTECO DA FIDALGA - PINHEIROS', [POI], opt],
    ['PDV', (c, o) => `CAIXA ${pad((n(o) % 3) + 1)}`, []],
    ['Abertura', (c, o) => clDT(clOpen(o)), [], opt],
    ['Fechamento', (c, o) => clDT(clClose(o)), ['timestamp', OR('createdDate')]],
    ['Nº Cupom', (c, o) => String(184000 + n(o)), [OR('purchaseID')]],
    ['Modo de venda', (c, o) => clMode(o), [], opt],
    ['Mesa/Comanda', (c, o) => (clMode(o) === 'SALAO' ? String((n(o) % 42) + 1) : ''), []],
    ['Garçom', (c, o) => (clMode(o) === 'SALAO' ? row(['RENATO', 'JAQUELINE', 'DOUGLAS', 'CIDA'], n(o) >> 1) : ''), []],
    ['Código', (c, o, r, i) => clP(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => clP(o, i)[1], [PL('name')]],
    ['Grupo', (c, o, r, i) => clP(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Qtde', (c, o) => dec(o.qty, ','), [PL('quantity')]],
    ['Vl. Unitário', (c, o, r, i) => brl(clP(o, i)[3]), [], opt],
    ['Vl. Total Item', (c, o, r, i) => brl(clItem(o, i)), [PL('priceTotal')]],
    ['Desconto', (c, o, r, i) => brl(clDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Taxa de serviço', (c, o, r, i) => brl(clServ(o, i)), []],
    ['Total Cupom', (c, o, r, i) => brl(clTicket(o, i) + clServ(o, i)), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => row(['CRÉDITO', 'DÉBITO', 'PIX', 'DINHEIRO', 'CRÉDITO', 'VALE REFEIÇÃO', 'PIX'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['CPF na nota', (c, o) => (n(o) % 3 === 0 ? cpfFmt(100000 + (n(c) * 4099) % 899999999) : ''), CUST_ID, opt],
    ['Cliente', (c, o) => (clMode(o) === 'DELIVERY' ? BRP(c).full.toUpperCase() : ''), []],
    ['Telefone', (c, o) => (clMode(o) === 'DELIVERY' ? BRP(c).mobile : ''), PHONE_ID, opt],
    ['Cancelado', (c, o) => (n(o) % 17 === 0 ? 'S' : 'N'), []],
    ['Operador', (c, o) => row(['MARCIA', 'FABIO', 'MARCIA'], n(o)), []],
    ['Chave NFC-e', (c, o) => `3524${pad(5, 2)}12345678000190650${pad((n(o) % 3) + 1, 3)}${pad(184000 + n(o), 9)}1${pad((n(o) * 7919) % 100000000, 8)}${n(o) % 10}`, []],
  ] },
  { name: 'datlo-lista-empresas-pt', product: 'Datlo (Brazilian geo-prospecting platform; Prospecção > Lista de empresas > Exportar (CSV), one row per establishment (CNPJ) with its main partner, Brazilian Portuguese UI, a Campinas coffee-machine leasing firm prospecting offices in the region)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => dtCnpj(c), ACCT, opt],
    ['Razão social', (c) => `${dtBrand(c).toUpperCase()} ${row(['LTDA', 'LTDA', 'EIRELI', 'SOCIEDADE SIMPLES', 'LTDA ME'], n(c))}`, CO],
    ['Nome fantasia', (c) => dtBrand(c), CO, opt],
    ['Situação cadastral', () => 'ATIVA', []],
    ['Data de abertura', (c) => dmy(shift(Date.UTC(1995, 0, 1) + (n(c) % 10000) * day, 0), '/'), []],
    ['Porte', (c) => dtSize(c), []],
    ['Natureza jurídica', (c) => row(['206-2 - Sociedade Empresária Limitada', '206-2 - Sociedade Empresária Limitada', '230-5 - Empresa Individual de Responsabilidade Limitada', '224-0 - Sociedade Simples Pura'], n(c)), []],
    ['CNAE principal', (c) => dtC(c)[0], []],
    ['Descrição CNAE', (c) => dtC(c)[1], []],
    ['Capital social', (c) => brl(10000 * ((n(c) % 30) + 1)), []],
    ['Logradouro', (c) => row(DT_STREET, n(c) >> 2), [W('street1')]],
    ['Número', (c) => String((n(c) % 1900) + 10), [W('street1')], opt],
    ['Complemento', (c) => (n(c) % 3 ? `SALA ${(n(c) % 120) + 1}` : ''), [W('street2')]],
    ['Bairro', (c) => dtPl(c)[3], [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c) => dtPl(c)[0], [W('city')]],
    ['UF', (c) => dtPl(c)[1], STATE(['workAddress'])],
    ['CEP', (c) => `${dtPl(c)[2]}${pad(n(c) % 1000, 3)}`, [W('postalCode')]],
    ['Telefone 1', (c) => `(${dtPl(c)[4]}) ${v.int(() => (n(c) % 89) / 89, 3200, 3899)}-${pad((n(c) * 7) % 10000, 4)}`, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 2 ? BRP(c).mobile : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['E-mail', (c) => (n(c) % 4 ? `contato@${slug(dtBrand(c))}.com.br` : ''), ['workEmail.address']],
    ['Site', (c) => (n(c) % 3 ? `www.${slug(dtBrand(c))}.com.br` : ''), ['b2b.companyWebsite']],
    ['Sócio administrador', (c) => BRP(c).full.toUpperCase(), ['person.name.fullName'], opt],
    ['Qualificação do sócio', () => 'Sócio-Administrador', ['extendedWorkDetails.jobTitle'], opt],
    ['Funcionários (estimativa)', (c) => dtStaff(c), []],
    ['Faturamento presumido', (c) => row(['Até R$ 360 mil', 'R$ 360 mil a R$ 1,2 mi', 'R$ 1,2 mi a R$ 4,8 mi', 'Até R$ 360 mil'], n(c)), []],
    ['Latitude', (c) => dec(-22.89 - (n(c) % 900) / 10000, '.').replace(/(\.\d{2})$/, '$1' + pad(n(c) % 100, 2)), []],
    ['Longitude', (c) => dec(-47.05 - (n(c) % 700) / 10000, '.').replace(/(\.\d{2})$/, '$1' + pad((n(c) * 3) % 100, 2)), []],
    ['Score de potencial', (c) => String(40 + (n(c) % 60)), ['b2b.personScore'], opt],
  ] },

  // ================================================================ Italian
  { name: 'qurami-prenotazioni-export-it', product: 'Qurami (virtual-queue and appointment app; Dashboard > Report > Prenotazioni > Esporta (CSV), one row per booking or queue ticket, Italian UI, a Bologna tax-assistance centre (CAF) with three offices)', family: 'booking', language: 'it', schema: E, cols: [
    ['ID prenotazione', (c, o) => `QR${pad(77000000 + n(o) * 13, 9)}`, ['_id'], opt],
    ['Codice ticket', (c, o) => `${'ABC'[n(o) % 3]}${pad(n(o) % 1000, 3)}`, []],
    ['Tipo', (c, o) => qrType(o), ['eventType'], opt],
    ['Sede', (c, o) => qrSede(o), [POI]],
    ['Servizio', (c, o) => qrServ(o)[0], [PL('name')], opt],
    ['Data creazione', (c, o) => qrDT(qrBooked(o)), ['timestamp']],
    ['Data appuntamento', (c, o) => dmy(cet(qrSlot(o)), '/'), [], opt],
    ['Ora appuntamento', (c, o) => hm(cet(qrSlot(o))), [], opt],
    ['Stato', (c, o) => qrState(o), []],
    ['Nome', (c) => ITP(c).first, []],
    ['Cognome', (c) => ITP(c).last, []],
    ['Email', (c) => ITP(c).email, EMAIL_ID],
    ['Cellulare', (c) => `+39 ${ITP(c).mobile}`, PHONE_ID, opt],
    ['Codice fiscale', (c) => cf(c, ITP(c)), CUST_ID, opt],
    ['Canale', (c, o) => (qrOs(o) === 'Web' ? 'Web' : n(o) % 7 === 0 ? 'Totem' : 'App'), [], opt],
    ['Sistema operativo', (c, o) => (qrOs(o) === 'Web' || n(o) % 7 === 0 ? '' : qrOs(o)), ['environment.operatingSystem'], opt],
    ['Sportello', (c, o) => (qrState(o) === 'Servito' ? `Sportello ${(n(o) % 5) + 1}` : ''), []],
    ['Operatore', (c, o) => (qrState(o) === 'Servito' ? row(['Rita M.', 'Gianni B.', 'Elisa F.', 'Rita M.'], n(o) >> 1) : ''), []],
    ['Ora chiamata', (c, o) => (qrState(o) === 'Servito' ? hm(cet(qrSlot(o) + (n(o) % 12) * 60000)) : ''), [], opt],
    ['Attesa (min)', (c, o) => (qrState(o) === 'Servito' ? String(n(o) % 12) : ''), []],
    ['Durata servizio (min)', (c, o) => (qrState(o) === 'Servito' ? String(8 + (n(o) % 35)) : ''), []],
    ['Tariffa', (c, o) => eur(qrServ(o)[1]), [PL('priceTotal')], opt],
    ['Note', (c, o) => row(['', '', 'Porta CU e spese mediche', '', 'Primo accesso', '', 'Delega per il coniuge'], n(o) >> 1), []],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },

  // ================================================================ Japanese
  { name: 'sales-now-kigyo-list-ja', product: 'SALES NOW (Japanese company database; 企業検索 > リスト作成 > CSV出力, one row per company with its representative and one department, Japanese UI, a Tokyo SaaS vendor building a list of Kansai manufacturers and logistics firms)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['SALES NOW ID', (c) => `SN${pad(3100000 + n(c) * 7, 9)}`, [...ACCT, 'extSourceSystemAudit.externalID'], opt],
    ['法人番号', (c) => snCorp(c), ACCT, opt],
    ['企業名', (c) => snC(c)[0], CO],
    ['企業名（カナ）', (c) => snC(c)[1], [], opt],
    ['代表者名', (c) => row(SN_NAME, n(c) >> 1).join(' '), ['person.name.fullName'], opt],
    ['代表者役職', (c) => row(['代表取締役', '代表取締役社長', '代表取締役', '代表取締役会長'], n(c)), ['extendedWorkDetails.jobTitle'], opt],
    ['郵便番号', (c) => snPl(c)[0], [W('postalCode')]],
    ['都道府県', (c) => snPl(c)[1], STATE(['workAddress'])],
    ['市区町村', (c) => snPl(c)[2], [W('city')]],
    ['番地・建物名', (c) => `${snPl(c)[3]}${(n(c) % 4) + 1}丁目${(n(c) % 20) + 1}-${(n(c) % 9) + 1}`, [W('street1')]],
    ['電話番号', (c) => snTel(c, 3), ['workPhone.number']],
    ['FAX番号', (c) => (n(c) % 3 ? snTel(c, 5) : ''), ['faxPhone.number']],
    ['代表メールアドレス', (c) => (n(c) % 2 ? `info@${snRom(c)}.co.jp` : ''), ['workEmail.address'], opt],
    ['企業URL', (c) => `https://www.${snRom(c)}.co.jp/`, ['b2b.companyWebsite']],
    ['問い合わせフォームURL', (c) => `https://www.${snRom(c)}.co.jp/contact/`, []],
    ['業種（大分類）', (c) => snC(c)[2], []],
    ['業種（小分類）', (c) => snC(c)[3], []],
    ['従業員数', (c) => String(snEmp(c)), []],
    ['売上高（円）', (c) => String(snSales(c)), []],
    ['資本金（円）', (c) => String(((n(c) % 9) + 1) * 10000000), []],
    ['設立年月', (c) => `${1952 + (n(c) % 60)}年${(n(c) % 12) + 1}月`, []],
    ['上場区分', (c) => (n(c) % 11 === 0 ? '東証スタンダード' : '未上場'), []],
    ['部署名', (c) => row(['営業部', '総務部', '製造部', '情報システム部', '経営企画室'], n(c) >> 2), ['extendedWorkDetails.departments[0]'], opt],
    ['部署電話番号', (c) => (n(c) % 2 ? snTel(c, 11) : ''), ['workPhone.number'], opt],
    ['情報更新日', (c) => { const p = jst(later(c, 200)); return ymd(p, '/') }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ================================================================ Korean
  { name: 'onoffmix-participants-excel-ko', product: 'Onoffmix (온오프믹스, Korean meetup and seminar platform; 개설자 센터 > 모임 관리 > 참여자 관리 > 엑셀 다운로드, one row per applicant with the organiser\'s extra questions, Korean UI, a Seoul startup-marketing seminar series)', family: 'events', language: 'ko', schema: P, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['신청번호', (c) => String(2310000 + n(c) * 3), [], opt],
    ['아이디', (c) => KO(c).email.split('@')[0], ID, opt],
    ['이름', (c) => KO(c).full, ['person.name.fullName']],
    ['이메일', (c) => KO(c).email, ['personalEmail.address']],
    ['휴대폰', (c) => KO(c).mobile, ['mobilePhone.number']],
    ['성별', (c) => (KO(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c) => (n(c) % 3 ? ymd(shift(KO(c).birth, 0), '.') : ''), ['person.birthDate']],
    ['소속', (c) => omCo(c), ['organizations[0]'], opt],
    ['직책', (c) => row(['마케터', '대표', 'PM', '', '팀장', '디자이너', '', '개발자'], n(c) >> 1), [], opt],
    ['지역', (c) => KO(c).city, [...at(HOME, 'city'), ...STATE(HOME)], opt],
    ['신청그룹', (c) => omT(c)[0], []],
    ['결제금액', (c) => String(omT(c)[1]).replace(/\B(?=(\d{3})+(?!\d))/g, ','), []],
    ['결제수단', (c) => omPay(c), []],
    ['신청일시', (c) => omDT(later(c, 120)), [], opt],
    ['상태', (c) => omState(c), []],
    ['출석체크', (c) => (omState(c) === '참여확정' && n(c) % 4 ? '출석' : '미출석'), []],
    ['참여 경로', (c) => row(['온오프믹스 검색', '지인 추천', '인스타그램', '페이스북 그룹', '뉴스레터'], n(c)), []],
    ['세미나에서 듣고 싶은 내용', (c) => row(['그로스 해킹 사례', '퍼포먼스 마케팅 예산 배분', '', 'CRM 마케팅', ''], n(c) >> 1), []],
    ['마케팅 정보 수신 동의', (c) => (c.bool ? 'Y' : 'N'), [], opt],
  ] },

  // ================================================================ Vietnamese
  { name: 'subiz-khach-hang-xuat-vi', product: 'Subiz (Vietnamese live-chat and omnichannel support tool; Khách hàng > Xuất Excel, one row per customer profile merged from website chat, Facebook Messenger and Zalo OA, Vietnamese UI, a Hanoi cosmetics shop)', family: 'support', language: 'vi', schema: P, cols: [
    ['ID', (c) => `us${(n(c) * 7919 + 1e9).toString(36)}`, ID],
    ['Họ và tên', (c) => VN(c).full, ['person.name.fullName']],
    ['Email', (c) => (n(c) % 3 ? VN(c).email : ''), ['personalEmail.address']],
    ['Số điện thoại', (c) => VN(c).mobile, ['mobilePhone.number']],
    ['Giới tính', (c) => (VN(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c) => (n(c) % 2 ? dmy(shift(VN(c).birth, 0), '/') : ''), ['person.birthDate']],
    ['Địa chỉ', (c) => (n(c) % 3 === 1 ? '' : `${VN(c).street}, ${VN(c).region}`), at(HOME, 'street1')],
    ['Thành phố', (c) => VN(c).city, at(HOME, 'city')],
    ['Quốc gia', () => 'Việt Nam', at(HOME, 'country')],
    ['Công ty', (c) => (n(c) % 7 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Nguồn', (c) => sbSrc(c), []],
    ['Nhân viên phụ trách', (c) => sbAgent(c), []],
    ['Nhãn', (c) => row(['Khách quen', '', 'Hỏi giá', 'Khiếu nại', 'Khách sỉ', '', 'VIP'], n(c) >> 1), []],
    ['Số cuộc hội thoại', (c) => String((n(c) % 14) + 1), []],
    ['Số đơn hàng', (c) => String(sbOrders(c)), []],
    ['Tổng chi tiêu', (c) => vnd(sbOrders(c) * (185000 + (n(c) % 40) * 25000)), ['loyalty.lifetimePurchases'], opt],
    ['Lần đầu truy cập', (c) => vnDT(c.created), [], opt],
    ['Hoạt động gần nhất', (c) => vnDT(later(c, 250)), [], opt],
    ['Trang đầu tiên', (c) => row(['https://myphamhoalan.vn/', 'https://myphamhoalan.vn/serum-vitamin-c', 'https://myphamhoalan.vn/kem-chong-nang', ''], n(c) >> 1), []],
    ['Facebook ID', (c) => (sbSrc(c) === 'Facebook Messenger' ? String(5300000000000000 + n(c) * 104729) : ''), []],
    ['Zalo ID', (c) => (sbSrc(c) === 'Zalo OA' ? String(4400000000000000000n + BigInt(n(c)) * 7919n) : ''), []],
    ['Ghi chú', (c) => row(['', 'Da dầu, hay nổi mụn', '', 'Giao hàng giờ hành chính', '', ''], n(c) >> 1), []],
  ] },

  // ================================================================ Turkish
  { name: 'mutlucell-gonderim-raporu-tr', product: 'Mutlucell (Turkish bulk-SMS gateway; Raporlar > Gönderim Raporları > Detay > Excel\'e Aktar, one row per recipient of a campaign package, Turkish UI, an İzmir natural-cosmetics web shop; commercial messages checked against İYS)', family: 'sms', language: 'tr', schema: E, cols: [
    ['Paket ID', (c, o) => String(88410000 + (n(o) >> 2)), [], opt],
    ['Mesaj ID', (c, o) => String(5120000000 + n(o) * 17), ['_id'], opt],
    ['Gönderim Tarihi', (c, o) => mcDT(mcAt(o)), ['timestamp']],
    ['Başlık', () => 'LAVANTAKOZM', []],
    ['Numara', (c) => TRP(c).mobile, PHONE_ID, opt],
    ['Ad Soyad', (c) => `${TRP(c).first} ${TRP(c).last}`, []],
    ['Grup', (c, o) => row(['Tüm Müşteriler', 'Sadık Müşteriler', 'Tüm Müşteriler', 'Bülten Aboneleri'], n(o)), ['marketing.campaignGroup'], opt],
    ['Kampanya', (c, o) => mcCamp(o)[0], ['marketing.campaignName']],
    ['Mesaj', (c, o) => mcCamp(o)[1], []],
    ['Karakter', (c, o) => String(mcLen(o)), []],
    ['Mesaj Boyu', (c, o) => String(mcParts(o)), []],
    ['Kredi', (c, o) => String(mcState(o) === 'Numara Hatalı' ? 0 : mcParts(o)), []],
    ['Operatör', (c, o) => mcOp(o), ['environment.carrier']],
    ['Durum', (c, o) => mcState(o), []],
    ['İletilme Tarihi', (c, o) => (mcState(o) === 'İletildi' ? mcDT(mcAt(o) + (3 + (n(o) % 40)) * 1000) : ''), [], opt],
    ['İleti Tipi', () => 'Ticari', []],
    ['İYS Durumu', (c, o) => (mcState(o) === 'Numara Hatalı' ? 'Kayıt Yok' : 'Onaylı'), []],
    ['Türkçe Karakter', (c, o) => (/[çğıöşüÇĞİÖŞÜ]/.test(mcCamp(o)[1]) ? 'Evet' : 'Hayır'), []],
    ['Kısa Link Tıklama', (c, o) => (mcState(o) === 'İletildi' && n(o) % 5 === 0 ? '1' : '0'), []],
  ] },
]
