// Round 66, tune134: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Each export in its product's UI language, in families the corpus has few of: a
// Berlin-born studio booking app's class bookings (Fitogram) and a German veterinary practice system's pet owners
// (easyVET) (de 2); a Dutch fundraising platform's donations (Kentaa) and a Dutch field-service app's relations with
// contact persons (Outsmart) (nl 2); an Italian charity crowdfunding site's donations (Rete del Dono) and an Italian LMS's
// user export for corporate learners (Docebo) (it 2); a Spanish online-pharmacy marketplace's seller orders (PromoFarma)
// and a Spanish veterinary management system's client list (Qvet) (es 2); a French gym/studio software's class
// bookings (Deciplus) and a French landlord rental-management app's tenants (Rentila) (fr 2); a Japanese wholesale
// marketplace's supplier order CSV (SUPER DELIVERY) and a Japanese B2B ordering system's member (trade customer) CSV
// (Bカート) (ja 2). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Germany, the Netherlands, Italy, Spain and France keep CET/CEST; Japan keeps JST all year
const cet = (ms) => local(ms, 1)
const jst = (ms) => shift(ms, 9)
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Alice', 'Francesca'])
const fem = (c) => FEM.has(c.first)
const streetName = (c) => c.street.replace(/\s+\d+$/, '')
const houseNo = (c) => (c.street.match(/(\d+)$/) || ['', '1'])[1]
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')

// ---------------------------------------------------------------- Italian codice fiscale (with its check letter)
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfVal = (ch, odd) => { const k = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; return odd ? CF_ODD[k] : k }
const cfPart = (s, first) => {
  const L = s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '')
  const cons = L.replace(/[AEIOU]/g, ''), vow = L.replace(/[^AEIOU]/g, '')
  const cs = first && cons.length >= 4 ? cons[0] + cons[2] + cons[3] : cons
  return (cs + vow + 'XXX').slice(0, 3)
}
const cf = (c) => {
  const p = v.parts(c.birth)
  const body = `${cfPart(c.last)}${cfPart(c.first, true)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${row(['A944', 'F205', 'H501', 'L219', 'D612', 'F839'], n(c))}`
  const s = [...body].reduce((a, ch, i) => a + cfVal(ch, i % 2 === 0), 0)
  return body + String.fromCharCode(65 + (s % 26))
}
// Spanish DNI with its letter
const dni = (c) => { const k = 10000000 + (n(c) * 73) % 89999999; return `${k}${'TRWAGMYFPDXBNJZSQVHLCKE'[k % 23]}` }

// ---------------------------------------------------------------- Japanese people, seeded by the row's person
const JA_LAST = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['渡辺', 'ワタナベ', 'watanabe'], ['伊藤', 'イトウ', 'ito'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada']]
const JA_FIRST = [['大輔', 'ダイスケ', 'daisuke'], ['健太', 'ケンタ', 'kenta'], ['翔太', 'ショウタ', 'shota'], ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki'], ['美咲', 'ミサキ', 'misaki'], ['由美', 'ユミ', 'yumi'], ['裕子', 'ユウコ', 'yuko'], ['恵', 'メグミ', 'megumi'], ['麻衣', 'マイ', 'mai']]
// [prefecture, city + town, postcode, area code]
const JA_PLACES = [['東京都', '渋谷区神宮前', '150-0001', '03'], ['東京都', '世田谷区三軒茶屋', '154-0024', '03'], ['神奈川県', '横浜市中区山下町', '231-0023', '045'], ['大阪府', '大阪市北区梅田', '530-0001', '06'], ['京都府', '京都市中京区河原町通', '604-8005', '075'], ['愛知県', '名古屋市中区栄', '460-0008', '052'], ['福岡県', '福岡市中央区天神', '810-0001', '092'], ['北海道', '札幌市中央区南一条西', '060-0061', '011'], ['静岡県', '静岡市葵区呉服町', '420-0031', '054'], ['兵庫県', '神戸市中央区三宮町', '650-0021', '078']]
const JA_SHOPS = [['雑貨店 こもれび', 'ザッカテン コモレビ', 'komorebi-zakka.jp'], ['セレクトショップ ミナト', 'セレクトショップ ミナト', 'minato-select.com'], ['有限会社 つばめ商店', 'ツバメショウテン', 'tsubame-shoten.co.jp'], ['株式会社 はなもり', 'ハナモリ', 'hanamori.co.jp'], ['カフェ&ギャラリー 灯', 'カフェアンドギャラリー アカリ', 'akari-gallery.jp'], ['生活道具 ひより', 'セイカツドウグ ヒヨリ', 'hiyori-dougu.com'], ['株式会社 丸八茶舗', 'マルハチチャホ', 'maruhachi-chaho.co.jp'], ['合同会社 青葉堂', 'アオバドウ', 'aobado.jp'], ['ギフトショップ 結', 'ギフトショップ ユイ', 'gift-yui.jp'], ['株式会社 山田屋', 'ヤマダヤ', 'yamadaya.co.jp']]
const jp = (c) => {
  const r = seeded(c, 'ja')
  const [l, lk, lr] = v.pick(r, JA_LAST), [f, fk, fr] = v.pick(r, JA_FIRST)
  const [pref, town, postal, area] = v.pick(r, JA_PLACES)
  const [shop, shopKana, dom] = v.pick(r, JA_SHOPS)
  const chome = `${v.int(r, 1, 5)}-${v.int(r, 1, 24)}-${v.int(r, 1, 18)}`
  const bld = r() < 0.5 ? `${v.pick(r, ['サンライズビル', 'メゾン桜', 'グランドハイツ', '第2山本ビル'])} ${v.int(r, 1, 8)}0${v.int(r, 1, 5)}` : ''
  const tel = area.length === 2 ? `${area}-${v.int(r, 3000, 6999)}-${pad(v.int(r, 0, 9999), 4)}` : `${area}-${v.int(r, 200, 899)}-${pad(v.int(r, 0, 9999), 4)}`
  const mob = `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
  const mail = `${fr}.${lr}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'outlook.jp'])}`
  return { l, lk, f, fk, full: `${l} ${f}`, kana: `${lk} ${fk}`, pref, town, postal, chome, bld, tel, mob, mail, shop, shopKana, dom, romaji: lr }
}
const jpDT = (ms) => { const p = jst(ms); return `${ymd(p, '/')} ${hms(p)}` }
const jpD = (ms) => ymd(jst(ms), '/')

// ---------------------------------------------------------------- Fitogram: a Leipzig yoga and pilates studio
// [class, category, trainer, room]
const FG_CLASSES = [['Vinyasa Flow', 'Yoga', 'Mara Köhler', 'Studio 1'], ['Hatha Yoga sanft', 'Yoga', 'Jens Albrecht', 'Studio 2'], ['Mat Pilates', 'Pilates', 'Carla Weiß', 'Studio 1'], ['Yin Yoga', 'Yoga', 'Mara Köhler', 'Studio 2'], ['Reformer Pilates Basics', 'Pilates', 'Carla Weiß', 'Reformer-Raum'], ['Power Yoga', 'Yoga', 'Tobias Reiß', 'Studio 1'], ['Rückenfit', 'Gesundheitskurs', 'Jens Albrecht', 'Studio 2']]
// [product used, price charged for this booking]
const FG_PRODUCTS = [['10er-Karte', 16.5], ['Monatsabo Unlimited', 0], ['Einzelstunde', 19], ['Monatsabo Unlimited', 0], ['5er-Karte', 17.8], ['Urban Sports Club', 0], ['Probestunde', 9]]
const fgClass = (o) => row(FG_CLASSES, n(o) * 3)
const fgProd = (o) => row(FG_PRODUCTS, n(o) >> 1)
const fgStatus = (o) => row(['Eingecheckt', 'Eingecheckt', 'Gebucht', 'Storniert', 'Eingecheckt', 'Nicht erschienen', 'Eingecheckt', 'Warteliste'], n(o))
const fgSession = (o) => { const p = cet(o.at + 3 * day); const H = row([7, 9, 12, 17, 18, 19, 20], n(o)); return Date.UTC(p.y, p.m - 1, p.d, H, n(o) % 2 ? 30 : 0) }
const fgBooked = (o) => o.at - ((n(o) % 60) + 5) * 3600000

// ---------------------------------------------------------------- Kentaa: a Utrecht animal-shelter foundation
const KT_ACTIONS = [['Loop voor de Asieldieren', 'Team Hondenuitlaatservice'], ['Sponsorloop Singelloop', ''], ['Verjaardagsactie van Sanne', ''], ['Kerstcampagne Warme Mand', ''], ['Fietstocht Utrechtse Heuvelrug', 'Team Kattenvrienden'], ['Algemene donatie', '']]
// a Dutch surname's tussenvoegsel, which Dutch systems keep in a column of its own
const tussen = (c) => (c.last.match(/^(van den|van der|van|de) /) || ['', ''])[1]
const achter = (c) => c.last.replace(/^(van den|van der|van|de) /, '')
const ktAction = (o) => row(KT_ACTIONS, n(o))
const ktAmount = (o) => row([10, 25, 15, 50, 20, 5, 35, 100, 12.5, 25], n(o))
const ktCover = (o) => n(o) % 3 === 0
const ktFee = (o) => Math.round((ktAmount(o) * 0.019 + 0.29) * 100) / 100
const ktMethod = (o) => row(['iDEAL', 'iDEAL', 'iDEAL', 'Creditcard', 'Bancontact', 'iDEAL', 'PayPal', 'iDEAL', 'SEPA-incasso'], n(o))
const ktStatus = (o) => row(['Betaald', 'Betaald', 'Betaald', 'Betaald', 'Geannuleerd', 'Betaald', 'Open', 'Betaald'], n(o) >> 1)
const ktAnon = (o) => n(o) % 7 === 3

// ---------------------------------------------------------------- Rete del Dono: a Bologna onlus for children's hospital wards
const RD_PROJECTS = [['Un letto per ogni mamma', 'Corri con noi – Run Tune Up'], ['Un letto per ogni mamma', ''], ['Giochi in reparto', 'Il compleanno di Giulia'], ['Borse di studio per infermieri', 'Bologna Marathon'], ['Giochi in reparto', ''], ['Ecografo portatile per la Pediatria', 'Pedalata solidale sui Colli']]
const rdProj = (o) => row(RD_PROJECTS, n(o))
const rdAmt = (o) => row([20, 50, 10, 30, 25, 100, 15, 40, 200, 35], n(o))
const rdFee = (o) => Math.round(rdAmt(o) * 0.045 * 100) / 100
const rdMethod = (o) => row(['Carta di credito', 'PayPal', 'Carta di credito', 'Satispay', 'Bonifico bancario', 'Carta di credito', 'PayPal'], n(o))
const PROV = { Milano: 'MI', Roma: 'RM', Torino: 'TO', Napoli: 'NA', Bologna: 'BO', Firenze: 'FI' }
const yesNoIt = (b) => (b ? 'Sì' : 'No')

// ---------------------------------------------------------------- PromoFarma: a Valencia pharmacy selling on the marketplace
// [Código Nacional, EAN, product, price]
const PF_ITEMS = [['154122', '8470001541222', 'Isdin Fotoprotector Fusion Water SPF50 50 ml', 22.95], ['181933', '8470001819338', 'La Roche-Posay Cicaplast Baume B5 40 ml', 11.5], ['203761', '8428749560903', 'Arkopharma Arkocápsulas Valeriana 84 cáps', 8.9], ['165872', '8470001658722', 'Avène Eau Thermale spray 300 ml', 12.75], ['171298', '8414042002561', 'Cerave Crema Hidratante 454 g', 17.99], ['195520', '8470001955203', 'Lactoflora Protector Intestinal 20 viales', 14.2], ['160412', '8470001604125', 'Bexident Encías pasta dentífrica 125 ml', 7.45]]
const pfItem = (o) => row(PF_ITEMS, n(o) * 5)
const pfLine = (o) => Math.round(pfItem(o)[3] * o.qty * 100) / 100
const pfShip = (o) => (pfLine(o) >= 39 ? 0 : 3.99)
const pfStatus = (o) => row(['Enviado', 'Enviado', 'Entregado', 'Pendiente de confirmar', 'Enviado', 'Cancelado', 'Entregado', 'Preparando'], n(o))
const pfShipped = (o) => ['Enviado', 'Entregado'].includes(pfStatus(o))
const pfCarrier = (o) => row(['Correos Express', 'SEUR', 'GLS', 'Correos Express', 'MRW'], n(o) >> 2)
const pfTrack = (o) => (pfCarrier(o) === 'SEUR' ? `0${v.digits(seeded({ id: o.id, first: 'pf', last: 'tr' }, 's'), 13)}` : pfCarrier(o) === 'GLS' ? `61${pad(n(o) * 7919 % 1e9, 9)}` : pfCarrier(o) === 'MRW' ? `0${pad(n(o) * 31, 6)}${pad(n(o) % 997, 6)}` : `3230${pad(n(o) * 104729 % 1e12, 12)}`)
const pfAt = (o) => o.at

// ---------------------------------------------------------------- Deciplus: a Lyon cross-training and boxing club
const DP_ACT = [['WOD', 'Box 1', 'Kévin'], ['Boxe anglaise', 'Ring', 'Samir'], ['Haltérophilie', 'Box 2', 'Laura'], ['Gym Strong', 'Box 1', 'Laura'], ['Mobility', 'Studio', 'Nina'], ['WOD', 'Box 2', 'Thomas'], ['Open Gym', 'Box 1', '']]
const dpAct = (o) => row(DP_ACT, n(o) * 3)
const dpFormule = (c) => row(['Abonnement Illimité 12 mois', 'Carnet 10 séances', 'Abonnement 2x/semaine', 'Illimité sans engagement', 'Étudiant Illimité', 'Séance d\'essai'], n(c))
const dpStatus = (o) => row(['Présent', 'Présent', 'Réservé', 'Annulé', 'Présent', 'Absent', 'Liste d\'attente', 'Présent'], n(o))
const dpSession = (o) => { const p = cet(o.at + 2 * day); return Date.UTC(p.y, p.m - 1, p.d, row([6, 7, 12, 12, 18, 19, 20], n(o)), n(o) % 2 ? 30 : 0) }

// ---------------------------------------------------------------- SUPER DELIVERY: a Kyoto ceramics maker selling wholesale
// [品番, 商品名, カラー/サイズ, 卸価格 (税抜)]
const SD_ITEMS = [['KY-M-012', '清水焼 マグカップ 粉引', 'ホワイト', 1650], ['KY-B-105', '手描き 小鉢 藍染', '藍', 1320], ['KY-P-220', '銘々皿 5枚セット', 'ミックス', 4400], ['KY-T-031', '急須 横手 300ml', '黒', 3520], ['KY-C-077', '湯呑 しのぎ', 'グレー', 990], ['KY-V-008', '一輪挿し 結晶釉', '青', 2200]]
const sdItem = (o) => row(SD_ITEMS, n(o) * 7)
const sdQty = (o) => row([6, 12, 3, 4, 10, 6, 24], n(o))
const sdSub = (o) => sdItem(o)[3] * sdQty(o)
const sdShip = (o) => (sdSub(o) >= 20000 ? 0 : 1100)
const sdTax = (o) => Math.floor((sdSub(o) + sdShip(o)) * 0.1)
const sdStatus = (o) => row(['発送済み', '発送済み', '新規受付', '発送準備中', '発送済み', 'キャンセル', '発送済み'], n(o))
const sdPay = (o) => row(['SD後払い', 'クレジットカード', 'SD後払い', '銀行振込', 'SD後払い'], n(o) >> 1)

// ---------------------------------------------------------------- easyVET: a small-animal practice in Hannover
const EV_PETS = [['Bello (Hund)'], ['Minka (Katze)', 'Felix (Katze)'], ['Luna (Hund)'], ['Hoppel (Kaninchen)', 'Mümmel (Kaninchen)'], ['Rocky (Hund)', 'Mia (Katze)'], ['Paul (Wellensittich)'], ['Sammy (Hund)']]
const evPets = (c) => row(EV_PETS, n(c))
const evTitle = (c) => row(['', '', '', 'Dr.', '', '', '', '', 'Prof. Dr.', ''], n(c))
const evChannel = (c) => row(['E-Mail', 'SMS', 'Brief', 'E-Mail', 'E-Mail', 'keine'], n(c) >> 1)

// ---------------------------------------------------------------- Qvet: a Sevilla veterinary clinic
const QV_PETS = [['Toby', 'Perro'], ['Luna', 'Gato'], ['Coco', 'Perro'], ['Nala', 'Gato'], ['Rocky', 'Perro'], ['Kiwi', 'Agapornis'], ['Lola', 'Perro']]
const qvCentre = (c) => row(['Clínica Veterinaria Nervión', 'Clínica Veterinaria Nervión', 'Hospital Veterinario Aljarafe'], n(c))

// ---------------------------------------------------------------- Rentila: a Nantes landlord's furnished flats
const RT_LOTS = [['T2 Île de Nantes', 620, 80], ['Studio Graslin', 470, 45], ['T3 Chantenay', 790, 110], ['T1 bis Talensac', 520, 60], ['T2 Madeleine', 655, 75]]
const rtLot = (c) => row(RT_LOTS, n(c))
const rtStreet = (c) => row(['12 rue de la Paix', '4 rue Crébillon', '27 boulevard de Chantenay', '9 rue Talensac', '31 chaussée de la Madeleine'], n(c))
const rtPostal = (c) => row(['44200', '44000', '44100', '44000', '44000'], n(c))
const rtJob = (c) => row(['Infirmière', 'Développeur web', 'Étudiant', 'Professeur des écoles', 'Technicien de maintenance', 'Comptable', 'Étudiante'], n(c))
const rtEmployer = (c) => row(['CHU de Nantes', 'Sopra Steria', '', 'Éducation nationale', 'Airbus Atlantic', 'Fiducial', ''], n(c))

// ---------------------------------------------------------------- Outsmart: an Eindhoven installation company's business relations
const OS_COS = [['Bakkerij Verhoeven B.V.', 'bakkerijverhoeven.nl'], ['VvE De Lindenhof', 'vvelindenhof.nl'], ['Autobedrijf Van Lieshout', 'vanlieshoutauto.nl'], ['Huisartsenpraktijk Stratum', 'hapstratum.nl'], ['Basisschool De Klimboom', 'deklimboom.nl'], ['Woonstichting Trudo', 'trudo.nl'], ['Restaurant De Karpendonk', 'karpendonk.nl'], ['Van den Heuvel Vastgoed B.V.', 'vdheuvelvastgoed.nl']]
const osCo = (c) => row(OS_COS, n(c))
const osJob = (c) => row(['Eigenaar', 'Facilitair manager', 'Beheerder', 'Praktijkmanager', 'Directeur', 'Technisch beheerder', 'Bedrijfsleider'], n(c))
const kvk = (c) => pad(10000000 + (n(c) * 7907) % 89999999, 8)

// ---------------------------------------------------------------- Docebo: a Milan safety and compliance training company
const DC_COS = [['Officine Meccaniche Brambilla S.p.A.', 'Produzione'], ['Logistica Padana S.r.l.', 'Magazzino'], ['Farmacie Comunali Riunite', 'Punto vendita'], ['Edil Lombarda S.r.l.', 'Cantieri'], ['Studio Associato Ferri', 'Amministrazione'], ['Hotel Principe di Brera', 'Ricevimento']]
const dcCo = (c) => row(DC_COS, n(c))
const dcJob = (c) => row(['Operaio specializzato', 'Magazziniere', 'Farmacista', 'Capocantiere', 'Impiegata amministrativa', 'Receptionist', 'Responsabile HSE', 'Preposto'], n(c))
const dcUser = (c) => `${slug(c.first)}.${slug(c.last)}`
const dcDomain = (c) => slug(dcCo(c)[0].split(' ').slice(0, 2).join('')) + '.it'

// ---------------------------------------------------------------- Bカート: a Shizuoka green-tea wholesaler's trade customers
const BC_RANK = ['一般卸', 'ゴールド', '一般卸', '代理店', 'シルバー']
const BC_IND = ['小売（雑貨）', '飲食店', '小売（食品）', 'ホテル・旅館', 'ギフト・通販']

export const SETS = [
  { name: 'fitogram-buchungen-de', product: 'Fitogram (Fitogram Pro; Kunden → Buchungen → Export CSV, one row per class booking; German UI; a Leipzig yoga and pilates studio)', family: 'booking', language: 'de', schema: E, cols: [
    ['Buchungs-ID', (c, o) => String(4800000 + n(o) * 13), ['_id', OR('purchaseID')], opt],
    ['Kurs', (c, o) => fgClass(o)[0], [PL('name')], opt],
    ['Kategorie', (c, o) => fgClass(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Datum', (c, o) => dmy(v.parts(fgSession(o))), []],
    ['Uhrzeit', (c, o) => hm(v.parts(fgSession(o))), []],
    ['Dauer (Min.)', (c, o) => row(['60', '75', '60', '90', '50', '60'], n(o)), []],
    ['Trainer:in', (c, o) => fgClass(o)[2], []],
    ['Raum', (c, o) => fgClass(o)[3], [], opt],
    ['Standort', () => 'Yogaloft Leipzig – Südvorstadt', ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name'], opt],
    ['Kunden-Nr.', (c) => String(20000 + (n(c) % 9000)), CUST_ID],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Telefon', (c) => c.mobile, PHONE_ID, opt],
    ['Status', (c, o) => fgStatus(o), [], opt],
    ['Eingecheckt', (c, o) => (fgStatus(o) === 'Eingecheckt' ? 'Ja' : 'Nein'), []],
    ['Produkt', (c, o) => fgProd(o)[0], [], opt],
    ['Preis (EUR)', (c, o) => dec(fgProd(o)[1]), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Gebucht am', (c, o) => { const p = cet(fgBooked(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Storniert am', (c, o) => (fgStatus(o) === 'Storniert' ? (() => { const p = cet(fgBooked(o) + 7200000); return `${dmy(p)} ${hm(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Buchungskanal', (c, o) => row(['App', 'Widget', 'App', 'Studio', 'Webseite', 'App'], n(o)), [], opt],
    ['Notiz', (c, o) => row(['', '', 'Schwanger, 2. Trimester', '', 'Knieprobleme links', '', ''], n(o) + n(c)), []],
  ] },
  { name: 'kentaa-donaties-nl', product: 'Kentaa (fundraising platform; Beheeromgeving → Donaties → Exporteren naar CSV, one row per donation; Dutch UI; a Utrecht animal-shelter foundation\'s sponsor runs and campaigns)', family: 'donations', language: 'nl', schema: E, cols: [
    ['Donatie ID', (c, o) => String(910000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Actie', (c, o) => ktAction(o)[0], ['marketing.campaignName'], opt],
    ['Team', (c, o) => ktAction(o)[1], []],
    ['Project', () => 'Stichting Dierenopvang Domstad', [], opt],
    ['Voornaam', (c, o) => (ktAnon(o) ? '' : c.first), []],
    ['Tussenvoegsel', (c, o) => (ktAnon(o) ? '' : tussen(c)), []],
    ['Achternaam', (c, o) => (ktAnon(o) ? '' : achter(c)), []],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => (n(c) % 3 ? '' : c.mobile), PHONE_ID, opt],
    ['Straat', (c) => streetName(c), [BILL('street1')], opt],
    ['Huisnummer', (c) => houseNo(c), [], opt],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Woonplaats', (c) => c.city, [BILL('city')], opt],
    ['Land', () => 'Nederland', [BILL('country')], opt],
    ['Bedrag', (c, o) => dec(ktAmount(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Transactiekosten gedekt', (c, o) => (ktCover(o) ? 'Ja' : 'Nee'), []],
    ['Transactiekosten', (c, o) => (ktCover(o) ? dec(ktFee(o)) : '0,00'), []],
    ['Totaalbedrag', (c, o) => dec(ktAmount(o) + (ktCover(o) ? ktFee(o) : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Betaalmethode', (c, o) => ktMethod(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => ktStatus(o), [], opt],
    ['Transactie ID', (c, o) => `tr_${v.alnum(seeded(c, o.id), 10)}`, [OR('payments[0].transactionID')]],
    ['Anoniem', (c, o) => (ktAnon(o) ? 'Ja' : 'Nee'), []],
    ['Periodiek', (c, o) => (n(o) % 5 === 0 ? 'Maandelijks' : 'Eenmalig'), [], opt],
    ['Bericht', (c, o) => row(['', 'Zet hem op Sanne!', '', 'Voor alle poezen in de opvang ❤', '', 'Succes met de loop!', ''], n(o)), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), []],
    ['Aangemaakt op', (c, o) => { const p = cet(o.at); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
  ] },
  { name: 'retedeldono-donazioni-it', product: 'Rete del Dono (charity crowdfunding; Area riservata non profit → Donazioni → Esporta CSV, one row per donation; Italian UI; a Bologna onlus funding children\'s hospital wards)', family: 'donations', language: 'it', schema: E, cols: [
    ['ID donazione', (c, o) => String(300000 + n(o) * 7), ['_id', OR('purchaseID')]],
    ['Data donazione', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Progetto', (c, o) => rdProj(o)[0], ['marketing.campaignName'], opt],
    ['Campagna personal fundraiser', (c, o) => rdProj(o)[1], ['marketing.campaignName'], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Telefono', (c) => (n(c) % 2 ? c.mobile : ''), PHONE_ID, opt],
    ['Codice fiscale', (c) => cf(c), [], opt],
    ['Indirizzo', (c) => c.street, [BILL('street1')], opt],
    ['CAP', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Città', (c) => c.city, [BILL('city')], opt],
    ['Provincia', (c) => PROV[c.city] ?? c.region, STATE(['commerce.billing.address']), opt],
    ['Nazione', () => 'Italia', [BILL('country')], opt],
    ['Importo (€)', (c, o) => dec(rdAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Commissioni (€)', (c, o) => dec(rdFee(o)), []],
    ['Netto (€)', (c, o) => dec(rdAmt(o) - rdFee(o)), [], opt],
    ['Metodo di pagamento', (c, o) => rdMethod(o), [OR('payments[0].paymentType')]],
    ['Donazione anonima', (c, o) => yesNoIt(n(o) % 6 === 1), []],
    ['Importo nascosto', (c, o) => yesNoIt(n(o) % 9 === 2), []],
    ['Messaggio', (c, o) => row(['', 'Forza ragazzi!', '', 'In memoria di nonno Franco', '', 'Per i piccoli del Sant\'Orsola'], n(o)), []],
    ['Richiesta ricevuta', (c, o) => yesNoIt(n(o) % 3 === 0), []],
    ['Consenso newsletter', (c) => yesNoIt(c.bool), []],
  ] },
  { name: 'promofarma-pedidos-es', product: 'PromoFarma (DocMorris marketplace; Panel de vendedor → Pedidos → Exportar, one row per order line; Spanish UI; a Valencia pharmacy selling parapharmacy on the marketplace)', family: 'marketplace', language: 'es', schema: E, cols: [
    ['Nº pedido', (c, o) => `PF${pad(24000000 + n(o) * 37, 9)}`, [OR('purchaseID'), '_id']],
    ['Fecha pedido', (c, o) => { const p = cet(pfAt(o)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => pfStatus(o), [], opt],
    ['Código Nacional', (c, o) => pfItem(o)[0], [PL('SKU'), PL('_id')]],
    ['EAN', (c, o) => pfItem(o)[1], [PL('SKU'), PL('_id')], opt],
    ['Producto', (c, o) => pfItem(o)[2], [PL('name')]],
    ['Unidades', (c, o) => String(o.qty), [PL('quantity')]],
    ['PVP unitario', (c, o) => dec(pfItem(o)[3]), [], opt],
    ['Total línea', (c, o) => dec(pfLine(o)), [PL('priceTotal')]],
    ['IVA (%)', (c, o) => (pfItem(o)[2].includes('Valeriana') ? '10' : '21'), []],
    ['Gastos de envío', (c, o) => dec(pfShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total pedido', (c, o) => dec(pfLine(o) + pfShip(o)), [OR('priceTotal')]],
    ['Comisión PromoFarma', (c, o) => dec(pfLine(o) * 0.15), []],
    ['Nombre cliente', (c) => `${c.first} ${c.last}`, []],
    ['Dirección de envío', (c) => c.street, [SHIP('street1')]],
    ['Código postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Población', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, STATE(['commerce.shipping.address'])],
    ['País', () => 'España', [SHIP('country')]],
    ['Teléfono', (c) => c.mobile, PHONE_ID, opt],
    ['Transportista', (c, o) => (pfShipped(o) ? pfCarrier(o) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Nº seguimiento', (c, o) => (pfShipped(o) ? pfTrack(o) : ''), ['commerce.shipping.trackingNumber']],
    ['Fecha envío', (c, o) => (pfShipped(o) ? dmy(cet(pfAt(o) + day), '/') : ''), ['commerce.shipping.shipDate']],
  ] },
  { name: 'deciplus-reservations-fr', product: 'Deciplus (gym/studio management; Planning → Réservations → Exporter (Excel/CSV), one row per class booking; French UI; a Lyon cross-training and boxing club)', family: 'booking', language: 'fr', schema: E, cols: [
    ['Date séance', (c, o) => dmy(v.parts(dpSession(o)), '/'), []],
    ['Heure', (c, o) => hm(v.parts(dpSession(o))), []],
    ['Activité', (c, o) => dpAct(o)[0], [PL('name')], opt],
    ['Salle', (c, o) => dpAct(o)[1], [], opt],
    ['Coach', (c, o) => dpAct(o)[2], []],
    ['Places', (c, o) => row(['16', '12', '10', '16', '14'], n(o)), []],
    ['N° adhérent', (c) => String(1000 + (n(c) % 3000)), CUST_ID],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last.toUpperCase(), []],
    ['Prénom', (c) => c.first, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Téléphone', (c) => c.mobile.replace('+33 ', '0'), PHONE_ID, opt],
    ['Formule', (c) => dpFormule(c), [], opt],
    ['Statut', (c, o) => dpStatus(o), [], opt],
    ['Réservé le', (c, o) => { const p = cet(o.at); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Annulé le', (c, o) => (dpStatus(o) === 'Annulé' ? (() => { const p = cet(o.at + 20 * 3600000); return `${dmy(p, '/')} ${hm(p)}` })() : ''), [OR('cancelDate')], opt],
    ['Origine', (c, o) => row(['Application', 'Application', 'Site web', 'Accueil', 'Application'], n(o)), [], opt],
    ['Crédits débités', (c, o) => (dpFormule(c).startsWith('Carnet') && dpStatus(o) !== 'Annulé' ? '1' : '0'), []],
    ['Commentaire', (c, o) => row(['', '', 'Vient avec un ami (essai)', '', '', 'Blessure épaule'], n(o)), []],
  ] },
  { name: 'superdelivery-juchu-ja', product: 'SUPER DELIVERY (wholesale marketplace; 出展者管理画面 → 受注管理 → 受注CSVダウンロード, one row per order line; Japanese UI; a Kyoto ceramics maker selling to retail shops)', family: 'wholesale', language: 'ja', schema: E, cols: [
    ['受注番号', (c, o) => `SD${pad(51000000 + n(o) * 11, 9)}`, [OR('purchaseID'), '_id']],
    ['受注日時', (c, o) => jpDT(o.at), ['timestamp', OR('createdDate')]],
    ['ステータス', (c, o) => sdStatus(o), [], opt],
    ['会員ID', (c) => String(880000 + (n(c) % 90000)), CUST_ID],
    ['店舗名', (c) => jp(c).shop, []],
    ['担当者名', (c) => jp(c).full, []],
    ['メールアドレス', (c) => jp(c).mail, EMAIL_ID],
    ['電話番号', (c) => jp(c).tel, PHONE_ID, opt],
    ['お届け先郵便番号', (c) => jp(c).postal, [SHIP('postalCode')]],
    ['お届け先都道府県', (c) => jp(c).pref, STATE(['commerce.shipping.address'])],
    ['お届け先住所', (c) => `${jp(c).town}${jp(c).chome}${jp(c).bld ? ' ' + jp(c).bld : ''}`, [SHIP('street1')]],
    ['お届け先名', (c) => jp(c).shop, []],
    ['商品番号', (c, o) => sdItem(o)[0], [PL('SKU'), PL('_id')]],
    ['商品名', (c, o) => sdItem(o)[1], [PL('name')]],
    ['カラー・サイズ', (c, o) => sdItem(o)[2], [PL('selectedOptions[0].value')]],
    ['卸単価', (c, o) => String(sdItem(o)[3]), [], opt],
    ['数量', (c, o) => String(sdQty(o)), [PL('quantity')]],
    ['小計', (c, o) => String(sdSub(o)), [PL('priceTotal')], opt],
    ['送料', (c, o) => String(sdShip(o)), ['commerce.shipping.shippingAmount']],
    ['消費税', (c, o) => String(sdTax(o)), [OR('taxAmount')]],
    ['合計金額', (c, o) => String(sdSub(o) + sdShip(o) + sdTax(o)), [OR('priceTotal')]],
    ['決済方法', (c, o) => sdPay(o), [OR('payments[0].paymentType')]],
    ['配送業者', (c, o) => (sdStatus(o) === '発送済み' ? row(['ヤマト運輸', '佐川急便', '日本郵便'], n(o)) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['送り状番号', (c, o) => (sdStatus(o) === '発送済み' ? `${pad(4000 + n(o) % 5000, 4)}-${pad(n(o) * 37 % 10000, 4)}-${pad(n(o) * 91 % 10000, 4)}` : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o) => (sdStatus(o) === '発送済み' ? jpD(o.at + 2 * day) : ''), ['commerce.shipping.shipDate']],
    ['備考', (c, o) => row(['', '', '納品書不要', '', '熨斗不要・簡易包装でお願いします', '', ''], n(o)), []],
  ] },

  // ---------------------------------------------------------------- profiles
  { name: 'easyvet-tierhalter-de', product: 'easyVET (IFS veterinary practice software; Stammdaten → Tierhalter → Liste exportieren (CSV), one row per pet owner; German UI; a small-animal practice in Hannover)', family: 'veterinary', language: 'de', schema: P, cols: [
    ['Kundennr.', (c) => String(10000 + (n(c) % 60000)), ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => evTitle(c), ['person.name.courtesyTitle', 'person.name.suffix'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => row(['30159', '30161', '30173', '30519', '30625', '30851', '31275'], n(c)), at(HOME, 'postalCode')],
    ['Ort', (c) => row(['Hannover', 'Hannover', 'Hannover', 'Hannover', 'Hannover', 'Langenhagen', 'Lehrte'], n(c)), at(HOME, 'city')],
    ['Land', () => 'D', [...at(HOME, 'countryCode'), ...at(HOME, 'country')], opt],
    ['Telefon privat', (c) => `0511 ${v.int(seeded(c, 'tp'), 100000, 9999999)}`, ['homePhone.number']],
    ['Telefon geschäftl.', (c) => (n(c) % 3 === 0 ? `0511 ${v.int(seeded(c, 'tg'), 100000, 9999999)}` : ''), ['workPhone.number']],
    ['Mobil', (c) => c.mobile.replace('+49 ', '0'), ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 4 === 1 ? '' : dmy(v.parts(c.birth))), ['person.birthDate']],
    ['Tiere', (c) => evPets(c).join(', '), []],
    ['Anzahl Tiere', (c) => String(evPets(c).length), []],
    ['Letzter Besuch', (c) => dmy(cet(later(c, 300))), [], opt],
    ['Saldo', (c) => dec(row([0, 0, -48.3, 0, 0, -112.9, 0], n(c))), []],
    ['Mahnsperre', (c) => (n(c) % 11 === 4 ? 'Ja' : 'Nein'), []],
    ['Rabattgruppe', (c) => row(['', '', 'Tierschutz 10 %', '', 'Züchter', ''], n(c)), []],
    ['Impferinnerung per', (c) => evChannel(c), [], opt],
    ['Einwilligung Werbung', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Angelegt am', (c) => dmy(cet(c.created)), [], opt],
    ['Bemerkung', (c) => row(['', '', 'Hund beißt – Maulkorb!', '', 'zahlt nur bar', '', ''], n(c)), []],
  ] },
  { name: 'qvet-clientes-es', product: 'Qvet (veterinary management; Clientes → Listados → Exportar a Excel, one row per client; Spanish UI; a Sevilla veterinary clinic with two centres)', family: 'veterinary', language: 'es', schema: P, cols: [
    ['Código', (c) => String(n(c) % 40000), ['_id', 'personID']],
    ['NIF', (c) => dni(c), ['person.taxId']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['García', 'Romero', 'Ruiz', 'Moreno', 'Jiménez', 'Navarro', 'Díaz'], n(c) >> 2)}`, ['person.name.lastName']],
    ['Dirección', (c) => row(['Av. Eduardo Dato 34, 3º B', 'C/ Luis Montoto 112, 1º A', 'C/ Asunción 41, 5º D', 'Av. de la Buhaira 18', 'C/ Virgen de Luján 9, bajo', 'C/ Real 15'], n(c)), at(HOME, 'street1')],
    ['C.P.', (c) => row(['41005', '41018', '41011', '41018', '41011', '41940'], n(c)), at(HOME, 'postalCode')],
    ['Población', (c) => row(['Sevilla', 'Sevilla', 'Sevilla', 'Sevilla', 'Sevilla', 'Tomares'], n(c)), at(HOME, 'city')],
    ['Provincia', () => 'Sevilla', STATE(HOME)],
    ['País', () => 'España', at(HOME, 'country')],
    ['Teléfono', (c) => `954 ${v.int(seeded(c, 'q1'), 100, 999)} ${v.int(seeded(c, 'q2'), 100, 999)}`, ['homePhone.number']],
    ['Móvil', (c) => c.mobile.replace('+34 ', ''), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Fecha nacimiento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (fem(c) ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Fecha alta', (c) => dmy(cet(c.created), '/'), [], opt],
    ['Última visita', (c) => dmy(cet(later(c, 200)), '/'), [], opt],
    ['Mascotas', (c) => `${row(QV_PETS, n(c))[0]} (${row(QV_PETS, n(c))[1]})`, []],
    ['Centro', (c) => qvCentre(c), []],
    ['Tarifa', (c) => row(['General', 'General', 'Protectora', 'Club Qvet Salud', 'General'], n(c)), []],
    ['Saldo pendiente', (c) => dec(row([0, 0, 35.5, 0, 0, 0, 120], n(c))), []],
    ['Acepta RGPD', (c) => (n(c) % 13 === 0 ? 'No' : 'Sí'), [], opt],
    ['Acepta comunicaciones comerciales', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
    ['Recordatorios por', (c) => row(['SMS', 'WhatsApp', 'E-mail', 'SMS', 'Ninguno'], n(c)), [], opt],
    ['Observaciones', (c) => row(['', '', 'Cliente de la protectora Adopta', '', 'Pago aplazado autorizado', ''], n(c)), []],
  ] },
  { name: 'rentila-locataires-fr', product: 'Rentila (landlord rental management; Locataires → Exporter (Excel), one row per tenant; French UI; a Nantes private landlord letting five furnished flats)', family: 'property', language: 'fr', schema: P, cols: [
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone mobile', (c) => c.mobile.replace('+33 ', '0'), ['mobilePhone.number']],
    ['Téléphone fixe', (c) => (n(c) % 3 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Date de naissance', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Lieu de naissance', (c) => row(['Nantes', 'Angers', 'Rennes', 'Casablanca', 'La Roche-sur-Yon', 'Brest'], n(c)), []],
    ['Nationalité', (c) => row(['Française', 'Française', 'Française', 'Marocaine', 'Française', 'Espagnole'], n(c)), ['person.nationality']],
    ['Profession', (c) => rtJob(c), [], opt],
    ['Employeur', (c) => rtEmployer(c), ['organizations[0]'], opt],
    ['Revenus mensuels', (c) => dec(row([2150, 2800, 650, 2050, 1900, 2400, 700], n(c))), []],
    ['Adresse', (c) => rtStreet(c), at(HOME, 'street1')],
    ['Code postal', (c) => rtPostal(c), at(HOME, 'postalCode')],
    ['Ville', () => 'Nantes', at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Bien', (c) => rtLot(c)[0], []],
    ['Date d\'entrée', (c) => dmy(cet(c.created), '/'), [], opt],
    ['Date de sortie', (c) => (n(c) % 4 === 0 ? dmy(cet(later(c, 600)), '/') : ''), []],
    ['Loyer hors charges', (c) => dec(rtLot(c)[1]), []],
    ['Charges', (c) => dec(rtLot(c)[2]), []],
    ['Dépôt de garantie', (c) => dec(rtLot(c)[1] * 2), []],
    ['Solde', (c) => dec(row([0, 0, -700, 0, 0, -80], n(c))), []],
    ['Garant', (c) => row(['Visale', '', 'M. et Mme ' + c.last, '', 'Visale', ''], n(c)), []],
    ['Notes', (c) => row(['', 'APL versée directement', '', '', 'Préavis réduit (zone tendue)', ''], n(c)), []],
  ] },

  // ---------------------------------------------------------------- B2B persons
  { name: 'outsmart-relaties-nl', product: 'Outsmart (field-service / work-order app; Relaties → Exporteren (Excel), one row per relation with its contact person; Dutch UI; an Eindhoven installation company\'s business customers)', family: 'field-service', language: 'nl', schema: B, cols: [
    ['Relatienummer', (c) => String(10000 + (n(c) % 8000)), ACCT],
    ['Debiteurnummer', (c) => String(200000 + (n(c) % 8000)), ACCT, opt],
    ['Type', () => 'Zakelijk', [], opt],
    ['Bedrijfsnaam', (c) => osCo(c)[0], CO],
    ['Contactpersoon voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tussen(c), ['person.name.middleName'], opt],
    ['Contactpersoon achternaam', (c) => achter(c), ['person.name.lastName']],
    ['Functie', (c) => osJob(c), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${slug(c.first)}@${osCo(c)[1]}`, ['workEmail.address']],
    ['Telefoon', (c) => `040-${v.int(seeded(c, 'ot'), 2000000, 2999999)}`, ['workPhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['Straat', (c) => row(['Hoogstraat', 'Stratumsedijk', 'Boschdijk', 'Kruisstraat', 'Dommelstraat', 'Aalsterweg'], n(c)), [W('street1')]],
    ['Huisnummer', (c) => String(1 + (n(c) % 240)), [], opt],
    ['Postcode', (c) => row(['5654 NB', '5611 NE', '5612 HJ', '5612 CJ', '5611 CK', '5644 RC'], n(c)), [W('postalCode')]],
    ['Plaats', () => 'Eindhoven', [W('city')]],
    ['Land', () => 'Nederland', [W('country')]],
    ['Factuur e-mail', (c) => `facturen@${osCo(c)[1]}`, ['workEmail.address'], opt],
    ['Website', (c) => `https://www.${osCo(c)[1]}`, ['b2b.companyWebsite']],
    ['KvK-nummer', (c) => kvk(c), [], opt],
    ['Btw-nummer', (c) => `NL${pad((n(c) * 7331) % 1e9, 9)}B01`, [], opt],
    ['Betalingstermijn (dagen)', (c) => row(['14', '30', '30', '14', '60'], n(c)), []],
    ['Onderhoudscontract', (c) => (n(c) % 2 ? 'Ja' : 'Nee'), []],
    ['Aangemaakt op', (c) => f2nl(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Opmerkingen', (c) => row(['', 'Sleutel bij de buren (nr. 12)', '', 'Alleen na 16:00 uur werken', '', ''], n(c)), []],
  ] },
  { name: 'docebo-utenti-it', product: 'Docebo (LMS; Amministrazione → Gestione utenti → Esporta (CSV), one row per learner; Italian UI; a Milan safety and compliance training company\'s corporate learners)', family: 'courses', language: 'it', schema: B, cols: [
    ['Nome utente', (c) => dcUser(c), B2BID, opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)[0]}.${slug(c.last)}@${dcDomain(c)}`, ['workEmail.address']],
    ['Ramo', (c) => `Clienti / ${dcCo(c)[0]}`, [], opt],
    ['Azienda', (c) => dcCo(c)[0], CO],
    ['Reparto', (c) => dcCo(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Mansione', (c) => dcJob(c), ['extendedWorkDetails.jobTitle']],
    ['Responsabile', (c) => row(['r.colombo', 'm.galli', '', 'a.conti', '', 's.ferri'], n(c)), ['extendedWorkDetails.reportsToID'], opt],
    ['Codice fiscale', (c) => cf(c), ['person.taxId'], opt],
    ['Matricola', (c) => `M${pad(n(c) % 9000, 5)}`, ['extSourceSystemAudit.externalID'], opt],
    ['Telefono', (c) => c.phone, ['workPhone.number']],
    ['Sede', (c) => c.city, [W('city')]],
    ['Livello', (c) => (n(c) % 9 === 0 ? 'Power User' : 'Utente'), []],
    ['Stato', (c) => (n(c) % 10 === 3 ? 'Disattivato' : 'Attivo'), ['b2b.personStatus'], opt],
    ['Lingua', () => 'Italiano', [], opt],
    ['Fuso orario', () => '(GMT+01:00) Europe/Rome', [], opt],
    ['Data di creazione', (c) => { const p = cet(c.created); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate']],
    ['Ultimo accesso', (c) => { const p = cet(later(c, 200)); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Data di scadenza', (c) => (n(c) % 4 === 0 ? dmy(cet(later(c, 700) + 365 * day), '/') : ''), [], opt],
    ['Corsi iscritti', (c) => String(2 + (n(c) % 6)), []],
    ['Corsi completati', (c) => String(1 + (n(c) % 3)), []],
  ] },
  { name: 'bcart-kaiin-ja', product: 'Bカート (B-Cart, B2B ordering system; 管理画面 → 会員 → 会員一覧 → CSVダウンロード, one row per trade-customer member; Japanese UI; a Shizuoka green-tea wholesaler)', family: 'wholesale', language: 'ja', schema: B, cols: [
    ['会員ID', (c) => String(1000 + (n(c) % 8000)), [...ACCT, ...B2BID], opt],
    ['得意先コード', (c) => `T${pad(n(c) % 90000, 5)}`, ACCT, opt],
    ['会社名', (c) => jp(c).shop, CO],
    ['会社名カナ', (c) => jp(c).shopKana, [], opt],
    ['部署名', (c) => row(['', '仕入部', '', '商品部', '', '購買課'], n(c)), ['extendedWorkDetails.departments[0]']],
    ['担当者名', (c) => jp(c).full, ['person.name.fullName']],
    ['担当者名カナ', (c) => jp(c).kana, [], opt],
    ['メールアドレス', (c) => `${jp(c).romaji}@${jp(c).dom}`, ['workEmail.address']],
    ['電話番号', (c) => jp(c).tel, ['workPhone.number']],
    ['FAX番号', (c) => (n(c) % 2 ? jp(c).tel.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['携帯番号', (c) => (n(c) % 3 ? jp(c).mob : ''), ['mobilePhone.number']],
    ['郵便番号', (c) => jp(c).postal, [W('postalCode')]],
    ['都道府県', (c) => jp(c).pref, STATE(['workAddress'])],
    ['住所1', (c) => `${jp(c).town}${jp(c).chome}`, [W('street1'), W('city')], opt],
    ['住所2', (c) => jp(c).bld, [W('street2')]],
    ['URL', (c) => (n(c) % 3 === 1 ? '' : `https://www.${jp(c).dom}/`), ['b2b.companyWebsite']],
    ['業種', (c) => row(BC_IND, n(c)), [], opt],
    ['会員ランク', (c) => row(BC_RANK, n(c)), [], opt],
    ['支払方法', (c) => row(['請求書払い（月末締め翌月末）', 'クレジットカード', '代金引換', '請求書払い（月末締め翌月末）', '銀行振込（前払い）'], n(c)), []],
    ['承認状態', (c) => (n(c) % 8 === 5 ? '審査中' : '承認済み'), ['b2b.personStatus'], opt],
    ['登録日', (c) => jpD(c.created), ['extSourceSystemAudit.createdDate']],
    ['最終ログイン日時', (c) => jpDT(later(c, 200)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['営業担当', (c) => row(['望月', '杉山', '望月', '鈴木'], n(c)), []],
    ['メモ', (c) => row(['', '', '年末は配送遅延の旨連絡済み', '', '試飲用サンプル送付済み', ''], n(c)), []],
  ] },
]

// Outsmart writes its dates dd-mm-jjjj in Dutch time
function f2nl(ms) { return dmy(cet(ms), '-') }
