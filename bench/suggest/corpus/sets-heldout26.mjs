// Round 26, heldout26: held-out sets added in round 26, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc12, msk, translit } from './values12.mjs'
import { pad, shift } from './values.mjs'

const ymdhms = (p, sep = '-') => `${p.y}${sep}${pad(p.m)}${sep}${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hashOf = (s) => [...String(s)].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 11)

// ---------------------------------------------------------------- Chinese people, addresses and Beijing time
const ZH_LAST = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周']
const ZH_FIRST = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷', '强', '丽', '晓明', '雨欣', '子涵', '浩然']
// [province, city, district, street, postcode]
const ZH_PLACE = [['浙江省', '杭州市', '西湖区', '文三路', '310012'], ['广东省', '深圳市', '南山区', '科技园南路', '518057'], ['上海', '上海市', '浦东新区', '张杨路', '200120'], ['北京', '北京市', '朝阳区', '建国路', '100022'], ['江苏省', '南京市', '鼓楼区', '中山北路', '210008'], ['四川省', '成都市', '武侯区', '天府大道北段', '610041'], ['湖北省', '武汉市', '洪山区', '珞喻路', '430074']]
const ZH_TOWN = ['西溪街道', '粤海街道', '陆家嘴街道', '建外街道', '湖南路街道', '桂溪街道', '关山街道']
const zh = (c) => {
  const n = hashOf(c.id + c.first)
  const last = ZH_LAST[n % ZH_LAST.length], first = ZH_FIRST[(n >>> 3) % ZH_FIRST.length]
  const pi = (n >>> 5) % ZH_PLACE.length
  const [prov, city, dist, street, zip] = ZH_PLACE[pi]
  const mobile = `1${['38', '39', '58', '59', '86', '88', '35'][(n >>> 7) % 7]}${pad((n >>> 4) % 10000, 4)}${pad((n >>> 9) % 10000, 4)}`
  return { last, first, full: `${last}${first}`, prov, city, dist, town: ZH_TOWN[pi], street: `${street}${1 + (n % 388)}号${n % 3 ? `${1 + (n % 28)}幢${100 + (n % 1200)}室` : ''}`, zip, mobile,
    masked: `${mobile.slice(0, 3)}****${mobile.slice(7)}`, nick: [`tb${pad(n % 100000000, 8)}`, `${slug(c.first)}_${n % 1000}`, `快乐的小鱼${n % 100}`, `${last}${first}_${2000 + (n % 25)}`][n % 4] }
}
const bj = (ms) => ymdhms(shift(ms, 8))

// Taobao / Tmall: the seller's order report (千牛卖家中心 > 交易 > 已卖出的宝贝 > 批量导出, 订单报表 CSV; one row per order).
const TB_ITEMS = [['2024秋冬新款加厚连帽卫衣女宽松韩版', 129], ['纯棉四件套全棉床单被套 1.8m床', 299], ['无线蓝牙耳机降噪运动入耳式', 159], ['儿童保温杯带吸管 316不锈钢', 69], ['办公室午睡枕趴睡枕', 39.9]]
const tbItem = (o) => TB_ITEMS[+o.id % TB_ITEMS.length]
const tbGoods = (o) => +(tbItem(o)[1] * o.qty).toFixed(2)
const tbPost = (o) => (tbGoods(o) >= 99 ? 0 : [6, 8, 10][+o.id % 3])
const tbDisc = (o) => (+o.id % 4 === 1 ? 10 : 0)
const TB_ST = ['交易成功', '交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭', '等待买家付款']
const tbSt = (o) => TB_ST[+o.id % TB_ST.length]
const tbPaid = (o) => tbSt(o) !== '等待买家付款' && !(tbSt(o) === '交易关闭' && +o.id % 2)
const tbShipped = (o) => ['交易成功', '卖家已发货，等待买家确认'].includes(tbSt(o))
const TB_CARRIER = [['中通快递', '75'], ['圆通速递', 'YT'], ['韵达快递', '43'], ['顺丰速运', 'SF']]
const tbCarrier = (o) => TB_CARRIER[+o.id % TB_CARRIER.length]

// Douyin Shop (抖店): the order export (订单管理 > 批量导出, CSV; one row per sub-order, i.e. per order line).
const DY_ITEMS = [['【直播专享】玻尿酸补水面膜 10片装', '规格:10片/盒', 59.9, 'MM-HA-10'], ['东北五常大米 10斤装 新米', '重量:5kg', 69.9, 'RICE-WC-5'], ['冰丝防晒袖套 男女通用', '颜色:白色;尺码:均码', 19.9, 'FSXT-WHT'], ['空气炸锅家用 5L 大容量', '颜色:奶白色', 239, 'KQZG-5L-W']]
const dyItem = (o) => DY_ITEMS[+o.id % DY_ITEMS.length]
const dyLine = (o) => +(dyItem(o)[2] * o.qty).toFixed(2)
const dyPlat = (o) => (+o.id % 3 === 0 ? 5 : 0)
const dyShop = (o) => (+o.id % 4 === 1 ? 3 : 0)
const DY_ST = ['已完成', '已完成', '已发货', '待发货', '已关闭']
const dySt = (o) => DY_ST[+o.id % DY_ST.length]
const DY_TALENT = [['我司商品卡', '', '商品卡'], ['美妆小甜甜', '3872914560', '直播'], ['好物推荐官阿杰', '1923847561', '短视频'], ['我司直播间', '8812390045', '直播']]
const dyTalent = (o) => DY_TALENT[(+o.id >> 1) % DY_TALENT.length]

// PayPay for Business: the transaction history download (取引履歴 > ダウンロード, CSV; the 14 columns of the help page).
const jst = (ms) => ymdhms(shift(ms, 9), '/')
const PP_ST = ['取引完了', '取引完了', '取引完了', '返金済み', '取引完了', '失敗']
const ppSt = (o) => PP_ST[+o.id % PP_ST.length]
const ppAmt = (o) => 300 + (+o.id % 97) * 110
const PP_METHOD = ['PayPay(残高)', 'PayPay(残高)', 'PayPayカード', 'PayPay(クレジット)', 'PayPayポイント']
const ppMethod = (o) => PP_METHOD[+o.id % PP_METHOD.length]
const ppPos = (o) => +o.id % 3 === 0

// GrowingIO: the visit events of the original-data export (原始数据导出 v2, visit 表; documented field names), one row per visit
// of a Chinese retailer's site, app and mini program.
const GIO_PLAT = ['Web', 'iOS', 'Android', 'Web', 'Android']
const gioPlat = (o) => GIO_PLAT[+o.id % GIO_PLAT.length]
const gioApp = (o) => gioPlat(o) !== 'Web'
const GIO_DEV = [['Apple', 'iPhone 15', '1'], ['HUAWEI', 'Mate 60 Pro', '1'], ['Xiaomi', 'Redmi K70', '1'], ['OPPO', 'Reno11', '1'], ['Apple', 'iPad Air', '0']]
const gioDev = (o) => GIO_DEV[(+o.id >> 1) % GIO_DEV.length]

// futureshop: a Japanese apparel shop's orders (受注管理 > 検索結果をダウンロード, the FutureShop2 CSV with the items ticked in
// 受注データ取得項目設定, as an order-management tool's manual lists them; one row per order line, order fields repeated).
const jp = (c) => loc12(c, 'ja')
const jstSec = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const fsGift = (o) => +o.id % 6 === 4
const FS_ITEMS = [['TS-2401-NVY-M', 'オーガニックコットン クルーネックTシャツ ネイビー M', 3900], ['KN-2309-BEI-F', 'ウールブレンド ケーブルニット ベージュ フリー', 9900], ['PT-2402-BLK-L', 'ストレッチ テーパードパンツ ブラック L', 7700], ['BG-2311-GRY', 'ナイロン 2WAY トートバッグ グレー', 5500]]
const fsItem = (o) => FS_ITEMS[+o.id % FS_ITEMS.length]
const fsQty = (o) => (o.qty > 2 ? 1 : o.qty)
const fsGoods = (o) => fsItem(o)[2] * fsQty(o) + ((+o.id >> 2) % 3 === 0 ? 3300 : 0)
const fsShip = (o) => (fsGoods(o) >= 11000 ? 0 : 660)
const fsFee = (o) => (fsPay(o) === '代金引換' ? 330 : 0)
const fsCoupon = (o) => (+o.id % 5 === 2 ? 1000 : 0)
const fsPoint = (o) => (+o.id % 7 === 3 ? 250 : 0)
const fsTotal = (o) => fsGoods(o) + fsShip(o) + fsFee(o) - fsCoupon(o) - fsPoint(o)
const FS_PAY = ['クレジットカード', 'クレジットカード', 'Amazon Pay', '代金引換', 'NP後払い', 'PayPay']
const fsPay = (o) => FS_PAY[+o.id % FS_PAY.length]
const tel = (a) => a.join('-')
const ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const jpMail = (c) => `${ROMA[jp(c).last] ?? 'yamada'}${['.k', '_m', '', '.t'][+c.id % 4]}${+c.id % 90}@${['gmail.com', 'docomo.ne.jp', 'yahoo.co.jp', 'icloud.com'][+c.id % 4]}`

// GMO Payment Gateway: the PG multi-payment shop admin's transaction search (取引検索 > CSVダウンロード) for card payments.
const GM_ST = ['CAPTURE', 'SALES', 'SALES', 'AUTH', 'VOID', 'RETURN', 'UNPROCESSED']
const gmSt = (o) => GM_ST[+o.id % GM_ST.length]
const GM_ST_JA = { CAPTURE: '即時売上', SALES: '実売上', AUTH: '仮売上', VOID: '取消', RETURN: '返品', UNPROCESSED: '未決済' }
const gmAmt = (o) => 1980 + (+o.id % 41) * 500
const gmErr = (o) => gmSt(o) === 'UNPROCESSED' && +o.id % 2 === 0
const gmTs = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// NICEPAY: a Korean online shop's transactions (가맹점 관리자: 거래조회 > 엑셀 다운로드; Korean UI).
const ko = (c) => loc12(c, 'ko')
const kstP = (ms) => shift(ms, 9)
const NP_METHOD = ['신용카드', '신용카드', '신용카드', '계좌이체', '가상계좌', '휴대폰']
const npMethod = (o) => NP_METHOD[+o.id % NP_METHOD.length]
const npCard = (o) => npMethod(o) === '신용카드'
const NP_ST = ['승인', '승인', '승인', '취소', '부분취소']
const npSt = (o) => NP_ST[+o.id % NP_ST.length]
const npAmt = (o) => 12900 + (+o.id % 37) * 3000
const npCancel = (o) => (npSt(o) === '취소' ? npAmt(o) : npSt(o) === '부분취소' ? 5000 : 0)
const won = (n) => n.toLocaleString('en-US')
const NP_GOODS = ['유기농 현미 10kg', '무선 미니 가습기', '남성 기본 반팔티 3종 세트', '고양이 두부모래 7L x 3']

// Skroutz Marketplace: a Greek electronics shop's orders (Skroutz Merchants: Παραγγελίες > Εξαγωγή σε Excel; Greek UI, one row per order line).
const GR = { first: [['Γιώργος', 'Μαρία'], ['Κωνσταντίνος', 'Ελένη'], ['Δημήτρης', 'Αικατερίνη'], ['Νίκος', 'Σοφία'], ['Παναγιώτης', 'Γεωργία']],
  last: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Παπαδάκης', 'Παπαδάκη'], ['Γεωργίου', 'Γεωργίου'], ['Νικολάου', 'Νικολάου'], ['Οικονόμου', 'Οικονόμου'], ['Βασιλείου', 'Βασιλείου']],
  places: [['Αθήνα', 'Αττικής', '104 31', 'Πατησίων'], ['Θεσσαλονίκη', 'Θεσσαλονίκης', '546 22', 'Εγνατία'], ['Πάτρα', 'Αχαΐας', '262 21', 'Κορίνθου'], ['Ηράκλειο', 'Ηρακλείου', '712 02', 'Λεωφόρος Κνωσού'], ['Περιστέρι', 'Αττικής', '121 34', 'Θηβών'], ['Λάρισα', 'Λάρισας', '412 22', 'Παπαναστασίου']] }
const gr = (c) => { const n = hashOf(c.id + c.last); const f = n % 2; const [city, nomos, tk, street] = GR.places[(n >>> 3) % GR.places.length]; return { first: GR.first[(n >>> 1) % GR.first.length][f], last: GR.last[(n >>> 5) % GR.last.length][f], city, nomos, tk, street, no: String(1 + (n % 180)) } }
const athens = (ms) => { const m = new Date(ms).getUTCMonth() + 1; const p = shift(ms, m >= 4 && m <= 10 ? 3 : 2); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const SK_P = [['SM-A556B-BLK', 'Samsung Galaxy A55 5G 8GB/128GB Awesome Navy', '8806095467269', 389.0], ['XIA-RN13-256', 'Xiaomi Redmi Note 13 8GB/256GB Midnight Black', '6941812761939', 219.9], ['JBL-T520BT-B', 'JBL Tune 520BT Ασύρματα Ακουστικά Μαύρα', '6925281964946', 39.9], ['ANK-PD20-W', 'Anker PowerCore 20000 PD Power Bank Λευκό', '0194644098940', 44.9], ['LOG-MX3S-G', 'Logitech MX Master 3S Ποντίκι Γραφίτης', '5099206103969', 94.9]]
const skp = (o) => SK_P[+o.id % SK_P.length]
const SK_ST = ['Ολοκληρωμένη', 'Ολοκληρωμένη', 'Προς αποστολή', 'Νέα', 'Ακυρωμένη', 'Επιστροφή']
const skSt = (o) => SK_ST[+o.id % SK_ST.length]
const skSent = (o) => ['Ολοκληρωμένη', 'Επιστροφή'].includes(skSt(o))
const skInv = (o) => +o.id % 5 === 1
const eurGr = (n) => n.toFixed(2).replace('.', ',')

// ---------------------------------------------------------------- Russian people (loc12) and Moscow time
const ru = (c) => loc12(c, 'ru')
const mskSec = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const digits = (seed, n) => { const r = v.rng(hashOf(seed)); return Array.from({ length: n }, (_, i) => (i === 0 ? v.int(r, 1, 9) : v.int(r, 0, 9))).join('') }

// MoySklad (МойСклад): counterparties of a Moscow building-materials wholesaler (Контрагенты > Экспорт > Excel; Russian UI).
const MS_CO = [['ООО «Стройресурс»', 'Общество с ограниченной ответственностью «Стройресурс»', 'stroyresurs.ru'], ['АО «Северный терминал»', 'Акционерное общество «Северный терминал»', 'sevterminal.ru'], ['ООО «ТД Кровля-Профи»', 'Общество с ограниченной ответственностью «Торговый дом Кровля-Профи»', 'krovlya-profi.ru'], ['ООО «Уютный дом»', 'Общество с ограниченной ответственностью «Уютный дом»', 'uyutdom.ru']]
const msType = (c) => ['Юридическое лицо', 'Юридическое лицо', 'Индивидуальный предприниматель', 'Физическое лицо', 'Юридическое лицо'][+c.id % 5]
const msCo = (c) => MS_CO[(+c.id >> 1) % MS_CO.length]
const msName = (c) => ({ 'Юридическое лицо': msCo(c)[0], 'Индивидуальный предприниматель': `ИП ${ru(c).full}`, 'Физическое лицо': ru(c).full })[msType(c)]
const msLegal = (c) => ({ 'Юридическое лицо': msCo(c)[1], 'Индивидуальный предприниматель': `Индивидуальный предприниматель ${ru(c).full}`, 'Физическое лицо': '' })[msType(c)]
const msAddr = (c) => `${ru(c).zip}, г. ${ru(c).city}, ${ru(c).street.replace(/, кв\. \d+$/, msType(c) === 'Физическое лицо' ? '$&' : ', офис 21')}`
const msMail = (c) => (msType(c) === 'Юридическое лицо' ? `${['info', 'zakupki', 'snab'][+c.id % 3]}@${msCo(c)[2]}` : ru(c).email)
const MS_ST = ['Новый', 'Выслано предложение', 'Переговоры', 'Сделка заключена', 'Сделка заключена', 'Сделка не заключена']

// Usedesk: tickets of a Russian online cosmetics shop's help desk (Обращения > Экспорт, CSV; Russian UI).
const UD_CH = ['Email', 'Email', 'Чат на сайте', 'Telegram', 'WhatsApp', 'ВКонтакте']
const udCh = (c) => UD_CH[+c.id % UD_CH.length]
const UD_SUBJ = ['Где мой заказ?', 'Возврат товара', 'Не пришёл промокод', 'Аллергия на крем — хочу вернуть', 'Смена адреса доставки', 'Вопрос по составу сыворотки']
const UD_ST = ['Закрыто', 'Закрыто', 'Выполнено', 'Открыто', 'В ожидании', 'Новое']
const udSt = (c) => UD_ST[(+c.id >> 1) % UD_ST.length]
const udClosed = (c) => ['Закрыто', 'Выполнено'].includes(udSt(c))

// Carrot quest: leads of a Russian B2B SaaS (Лиды > Экспорт в CSV; Russian UI, system properties and the account's own props).
const CQ_SRC = ['Яндекс: реклама', 'Google: поиск', 'Прямой заход', 'Яндекс: поиск', 'Переход с сайта', 'Социальные сети']
const cqSrc = (c) => CQ_SRC[+c.id % CQ_SRC.length]
const CQ_CO = [['ООО «Вектор Логистик»', 'vector-logistic.ru'], ['ГК «Альфа-Трейд»', 'alfatrade.ru'], ['ООО «МедиаСфера»', 'mediasfera.pro'], ['', ''], ['ООО «Северсталь-Сервис»', 'ss-service.ru']]
const cqCo = (c) => CQ_CO[(+c.id >> 2) % CQ_CO.length]
const CQ_JOB = ['Генеральный директор', 'Коммерческий директор', 'Руководитель отдела продаж', 'Маркетолог', 'Менеджер по закупкам', '']
const CQ_ST = ['Новый', 'Новый', 'Квалифицирован', 'Передан в отдел продаж', 'Не целевой']

// PhonePe: the settlement report of an Indian D2C brand (PhonePe Business dashboard > Reports > Settlement report; the documented format).
const ist = (ms) => { const p = shift(ms + 1800000, 5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const pzRefund = (o) => +o.id % 9 === 4
const pzAmt = (o) => +(149 + (+o.id % 61) * 37.5).toFixed(2)
const pzFee = (o) => +(pzAmt(o) * (pzInstr(o).startsWith('UPI') ? 0 : 0.018)).toFixed(2)
const PZ_INSTR = ['UPI_REDEMPTION', 'UPI_REDEMPTION', 'UPI_REDEMPTION', 'PG_REDEMPTION_CC', 'PG_REDEMPTION_DC', 'WALLET_REDEMPTION']
const pzInstr = (o) => PZ_INSTR[+o.id % PZ_INSTR.length]
const IN_NAMES = ['rahul.sharma', 'priya.patel', 'amit.verma', 'sneha.iyer', 'vikram.singh', 'ananya.reddy']

export const SETS = [
  // ---------------------------------------------------------------- CRM
  { name: 'moysklad-kontragenty-ru', product: 'MoySklad / МойСклад (Контрагенты > Экспорт > Excel; Russian UI, a Moscow building-materials wholesaler)', family: 'crm', language: 'ru', schema: B, cols: [
    ['Код', (c) => pad(+c.id % 100000, 5), B2BID, opt],
    ['Внешний код', (c, o, r) => v.alnum(r, 20), ['extSourceSystemAudit.externalID'], opt],
    ['Наименование', (c) => msName(c), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Полное наименование', (c) => msLegal(c), ['b2b.companyName', 'organizations[0]'], opt],
    ['Тип контрагента', (c) => msType(c), [], opt],
    ['ИНН', (c) => (msType(c) === 'Физическое лицо' ? '' : digits(c.id, msType(c) === 'Юридическое лицо' ? 10 : 12)), []],
    ['КПП', (c) => (msType(c) === 'Юридическое лицо' ? `77${digits(c.id + 'k', 7)}` : ''), []],
    ['ОГРН', (c) => (msType(c) === 'Физическое лицо' ? '' : digits(c.id + 'o', msType(c) === 'Юридическое лицо' ? 13 : 15)), []],
    ['ОКПО', (c) => (msType(c) === 'Юридическое лицо' ? digits(c.id + 'p', 8) : ''), []],
    ['Телефон', (c) => (msType(c) === 'Юридическое лицо' ? `+7 (495) ${100 + (+c.id % 900)}-${pad(+c.id % 100)}-${pad((+c.id >> 3) % 100)}` : ru(c).mobile), ['workPhone.number', 'mobilePhone.number']],
    ['Факс', (c) => (msType(c) === 'Юридическое лицо' && +c.id % 3 === 0 ? `+7 (495) ${100 + (+c.id % 900)}-${pad(+c.id % 100)}-99` : ''), ['faxPhone.number']],
    ['Email', (c) => msMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Фактический адрес', (c) => msAddr(c), [], opt],
    ['Юридический адрес', (c) => (msType(c) === 'Физическое лицо' ? '' : msAddr(c)), [], opt],
    ['Расчетный счет', (c) => (msType(c) === 'Физическое лицо' ? '' : `40702810${digits(c.id + 'rs', 12)}`), []],
    ['БИК', (c) => (msType(c) === 'Физическое лицо' ? '' : ['044525225', '044525974', '044525593'][+c.id % 3]), []],
    ['Банк', (c) => (msType(c) === 'Физическое лицо' ? '' : ['ПАО Сбербанк', 'АО «ТБанк»', 'АО «Альфа-Банк»'][+c.id % 3]), []],
    ['Номер дисконтной карты', (c) => (msType(c) === 'Физическое лицо' ? `2000${digits(c.id + 'dc', 9)}` : ''), [], opt],
    ['Скидка, %', (c) => ['0', '3', '5', '7', '0'][+c.id % 5], []],
    ['Сумма продаж', (c) => `${(+c.id % 900) * 1375},00`, []],
    ['Статус', (c) => MS_ST[+c.id % MS_ST.length], ['b2b.personStatus'], opt],
    ['Группы', (c) => ['оптовики', 'розница', 'прорабы', 'оптовики, vip', ''][+c.id % 5], []],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', '', 'Отгрузка только по предоплате', 'Звонить после 10:00']), []],
    ['Владелец-сотрудник', (c) => ['Петрова Е. А.', 'Козлов Д. В.', 'Администратор'][+c.id % 3], []],
    ['Архивный', (c) => (+c.id % 13 === 0 ? 'да' : 'нет'), [], opt],
    ['Дата создания', (c) => mskSec(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Дата изменения', (c) => mskSec(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'taobao-dingdan-zh', product: 'Taobao / Tmall (千牛卖家中心: 已卖出的宝贝 > 批量导出, 订单报表 CSV; the first 33 columns, one row per order)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单编号', (c, o) => `${3700000000000000000n + BigInt(+o.id) * 91733n}`, [OR('purchaseID')]],
    ['买家会员名', (c) => zh(c).nick, []],
    ['买家支付宝账号', (c) => (hashOf(c.id) % 2 ? zh(c).masked : `${slug(c.first).slice(0, 1)}***@${['163.com', 'qq.com', '126.com'][+c.id % 3]}`), [], opt],
    ['支付交易号', (c, o) => (tbPaid(o) ? `2024${pad(+o.id % 10000, 4)}22001${pad(hashOf(o.id) % 100000000, 8)}${pad(+o.id % 10000, 4)}` : ''), [OR('payments[0].transactionID')]],
    ['买家应付货款', (c, o) => tbGoods(o).toFixed(2), [], opt],
    ['买家应付邮费', (c, o) => tbPost(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['买家支付积分', () => '0', []],
    ['总金额', (c, o) => (tbGoods(o) + tbPost(o)).toFixed(2), [OR('priceTotal')], opt],
    ['返点积分', (c, o) => String(Math.floor(tbGoods(o) * 0.5)), []],
    ['买家实际支付金额', (c, o) => (tbPaid(o) ? (tbGoods(o) + tbPost(o) - tbDisc(o)).toFixed(2) : '0.00'), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['买家实际支付积分', () => '0', []],
    ['订单状态', (c, o) => tbSt(o), [], opt],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '请尽快发货，谢谢', '不要放快递柜', '送人的，不要放发票']), []],
    ['收货人姓名', (c) => zh(c).full, []],
    ['收货地址', (c) => { const z = zh(c); return `${z.prov} ${z.city} ${z.dist} ${z.town} ${z.street}(${z.zip})` }, [SHIP('street1')], opt],
    ['运送方式', (c, o) => (+o.id % 9 === 0 ? 'EMS' : '快递'), ['commerce.shipping.shippingMethod'], opt],
    ['联系电话', (c, o, r) => (r() < 0.1 ? `'0571-${v.int(r, 80000000, 89999999)}` : ''), [], opt],
    ['联系手机', (c) => `'${zh(c).masked}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['订单创建时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['订单付款时间', (c, o) => (tbPaid(o) ? bj(o.at + 95000) : ''), [], opt],
    ['宝贝标题', (c, o) => tbItem(o)[0], [PL('name')], opt],
    ['宝贝种类', () => '1', [], opt],
    ['物流单号', (c, o, r) => (tbShipped(o) ? `No:${tbCarrier(o)[1]}${v.int(r, 100000000, 999999999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['物流公司', (c, o) => (tbShipped(o) ? tbCarrier(o)[0] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['订单备注', (c, o, r) => v.pick(r, ['', '', '', '已联系客户改地址', '赠品：试用装x2']), []],
    ['宝贝总数量', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['店铺Id', () => '0', []],
    ['店铺名称', () => '暖居家纺旗舰店', []],
    ['订单关闭原因', (c, o) => (tbSt(o) === '交易关闭' ? ['买家不想买了', '退款', '超时未付款'][+o.id % 3] : '订单未关闭'), []],
    ['卖家服务费', () => '0', []],
    ['买家服务费', () => '￥0.00元', []],
    ['发票抬头', (c, o) => (+o.id % 7 === 0 ? '杭州云帆科技有限公司' : ''), []],
    ['是否手机订单', (c, o) => (+o.id % 5 === 0 ? '' : '手机订单'), [], opt],
  ] },
  { name: 'doudian-dingdan-zh', product: 'Douyin Shop / 抖店 (商家后台: 订单管理 > 批量导出, CSV; one row per sub-order, a food and home-goods shop selling through live streams)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['主订单编号', (c, o) => `69${pad(hashOf(o.id) % 1000000000, 9)}${pad(+o.id, 8)}`, [OR('purchaseID')]],
    ['子订单编号', (c, o) => `69${pad(hashOf(o.id) % 1000000000, 9)}${pad(+o.id + 1, 8)}`, ['_id', PL('_id')], opt],
    ['选购商品', (c, o) => dyItem(o)[0], [PL('name')]],
    ['商品规格', (c, o) => dyItem(o)[1], [], opt],
    ['商品数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品ID', (c, o) => String(3600000000000000000n + BigInt(+o.id % DY_ITEMS.length) * 1234567n), [PL('SKU'), PL('_id')], opt],
    ['商家编码', (c, o) => dyItem(o)[3], [PL('SKU')]],
    ['商品单价', (c, o) => dyItem(o)[2].toFixed(2), []],
    ['订单应付金额', (c, o) => (dyLine(o) - dyPlat(o) - dyShop(o)).toFixed(2), [PL('priceTotal'), OR('priceTotal')]],
    ['运费', (c, o) => (+o.id % 6 === 0 ? '6.00' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['优惠总金额', (c, o) => (dyPlat(o) + dyShop(o)).toFixed(2), [OR('discountAmount'), PL('discountAmount')], opt],
    ['平台优惠', (c, o) => dyPlat(o).toFixed(2), []],
    ['商家优惠', (c, o) => dyShop(o).toFixed(2), [OR('discountAmount')], opt],
    ['达人优惠', () => '0.00', []],
    ['支付方式', (c, o) => ['抖音支付', '微信', '支付宝', '抖音月付', '抖音支付'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['手续费', (c, o) => (dyLine(o) * 0.006).toFixed(2), []],
    ['收件人', (c) => `${zh(c).last}**`, []],
    ['收件人手机号', (c) => zh(c).masked, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['省', (c) => zh(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['市', (c) => zh(c).city, [SHIP('city')]],
    ['区', (c) => zh(c).dist, [], opt],
    ['街道', (c) => zh(c).town, [], opt],
    ['详细地址', (c) => zh(c).street.replace(/\d+幢\d+室$/, '***'), [SHIP('street1')]],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '主播说送赠品', '周末送货']), []],
    ['订单提交时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['支付完成时间', (c, o) => (dySt(o) === '已关闭' && +o.id % 2 ? '' : bj(o.at + 41000)), [], opt],
    ['订单完成时间', (c, o) => (dySt(o) === '已完成' ? bj(o.at + 5 * 86400000) : ''), [], opt],
    ['订单状态', (c, o) => dySt(o), [], opt],
    ['售后状态', (c, o) => (+o.id % 11 === 3 ? '退款成功' : '-'), [], opt],
    ['取消原因', (c, o) => (dySt(o) === '已关闭' ? '用户取消' : ''), []],
    ['快递信息', (c, o, r) => (['已完成', '已发货'].includes(dySt(o)) ? `${['中通快递', '极兔速递', '圆通速递'][+o.id % 3]} ${v.int(r, 7000000000, 7999999999)}${v.int(r, 1000, 9999)}` : ''), [], opt],
    ['商家备注', (c, o, r) => v.pick(r, ['', '', '', '加急', '已补发']), []],
    ['达人ID', (c, o) => dyTalent(o)[1], []],
    ['达人昵称', (c, o) => dyTalent(o)[0], []],
    ['流量来源', (c, o) => dyTalent(o)[2], [], opt],
    ['APP渠道', (c, o) => ['抖音', '抖音', '抖音极速版', '今日头条'][+o.id % 4], [], opt],
  ] },

  { name: 'futureshop-juchu-ja', product: 'futureshop (運用 > 受注管理 > 検索結果をダウンロード, FutureShop2 形式 CSV with the items ticked in 受注データ取得項目設定; a Japanese apparel shop, one row per order line)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['受注コード', (c, o) => `${pad(+o.id, 8)}`, [OR('purchaseID')]],
    ['注文日時', (c, o) => jstSec(o.at), ['timestamp', OR('createdDate')]],
    ['請求合計金額', (c, o) => String(fsTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['商品合計金額', (c, o) => String(fsGoods(o)), [], opt],
    ['消費税合計', (c, o) => String(Math.floor(fsTotal(o) * 10 / 110)), [OR('taxAmount')]],
    ['送料', (c, o) => String(fsShip(o)), ['commerce.shipping.shippingAmount']],
    ['決済手数料', (c, o) => String(fsFee(o)), []],
    ['決済方法', (c, o) => fsPay(o), [OR('payments[0].paymentType')], opt],
    ['通信欄', (c, o, r) => v.pick(r, ['', '', '', 'ギフト包装希望', '置き配希望']), []],
    ['入金フラグ', (c, o) => (['NP後払い', '代金引換'].includes(fsPay(o)) ? '未入金' : '入金済'), [], opt],
    ['氏名(姓)', (c) => jp(c).last, []],
    ['氏名(名)', (c) => jp(c).first, []],
    ['フリガナ(姓)', (c) => jp(c).lastKana, []],
    ['フリガナ(名)', (c) => jp(c).firstKana, []],
    ['メールアドレス(メイン)', (c) => jpMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['郵便番号', (c) => jp(c).zip, ['commerce.billing.address.postalCode'], opt],
    ['都道府県区分', (c) => jp(c).pref, ['commerce.billing.address.stateProvince', 'commerce.billing.address.state'], opt],
    ['住所1', (c) => jp(c).city, ['commerce.billing.address.city'], opt],
    ['住所2', (c) => jp(c).town.split(' ')[0], ['commerce.billing.address.street1'], opt],
    ['住所3', (c) => jp(c).town.split(' ')[1] ?? '', ['commerce.billing.address.street2'], opt],
    ['携帯電話番号', (c) => tel(jp(c).mobile), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['お届け先氏名(姓)', (c, o) => (fsGift(o) ? '山田' : jp(c).last), []],
    ['お届け先氏名(名)', (c, o) => (fsGift(o) ? '花子' : jp(c).first), []],
    ['お届け先郵便番号', (c, o) => (fsGift(o) ? '812-0011' : jp(c).zip), [SHIP('postalCode')]],
    ['お届け先都道府県区分', (c, o) => (fsGift(o) ? '福岡県' : jp(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先住所1', (c, o) => (fsGift(o) ? '福岡市博多区' : jp(c).city), [SHIP('city')]],
    ['お届け先住所2', (c, o) => (fsGift(o) ? '博多駅前2-1-1' : jp(c).town.split(' ')[0]), [SHIP('street1')]],
    ['お届け先住所3', (c, o) => (fsGift(o) ? '博多ビル502' : jp(c).town.split(' ')[1] ?? ''), [SHIP('street2')]],
    ['お届け先電話番号', (c, o) => (fsGift(o) ? '092-471-0000' : tel(jp(c).mobile)), [], opt],
    ['お届け希望日', (c, o) => (+o.id % 3 === 0 ? jstDay(o.at + 4 * 86400000) : ''), []],
    ['お届け希望時間', (c, o) => ['', '午前中', '14時～16時', '19時～21時'][+o.id % 4], []],
    ['商品番号', (c, o) => fsItem(o)[0], [PL('SKU')]],
    ['商品名', (c, o) => fsItem(o)[1], [PL('name')]],
    ['販売単価', (c, o) => String(fsItem(o)[2]), []],
    ['購入数量', (c, o) => String(fsQty(o)), [PL('quantity')]],
    ['ポイント利用額', (c, o) => String(fsPoint(o)), [], opt],
    ['配送サービス', (c, o) => (+o.id % 4 === 0 ? '佐川急便' : 'ヤマト運輸'), ['commerce.shipping.shippingMethod'], opt],
    ['割引合計金額(商品)', (c, o) => String(fsCoupon(o)), [OR('discountAmount')], opt],
  ] },

  { name: 'skroutz-paraggelies-el', product: 'Skroutz Marketplace (Skroutz Merchants: Παραγγελίες > Εξαγωγή σε Excel; Greek UI, a Greek electronics shop, one row per order line)', family: 'ecommerce-orders', language: 'el', schema: E, cols: [
    ['Κωδικός παραγγελίας', (c, o) => { const p = shift(o.at, 2); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}-${pad(+o.id % 10000000, 7)}` }, [OR('purchaseID')]],
    ['Ημερομηνία', (c, o) => athens(o.at), ['timestamp', OR('createdDate')]],
    ['Κατάσταση', (c, o) => skSt(o), [], opt],
    ['Όνομα', (c) => gr(c).first, []],
    ['Επώνυμο', (c) => gr(c).last, []],
    ['Οδός', (c) => gr(c).street, [SHIP('street1')]],
    ['Αριθμός', (c) => gr(c).no, [], opt],
    ['ΤΚ', (c) => gr(c).tk, [SHIP('postalCode')]],
    ['Πόλη', (c) => gr(c).city, [SHIP('city')]],
    ['Νομός', (c) => gr(c).nomos, [SHIP('stateProvince'), SHIP('state')]],
    ['Τιμολόγιο', (c, o) => (skInv(o) ? 'Ναι' : 'Όχι'), []],
    ['Επωνυμία', (c, o) => (skInv(o) ? ['ΤΕΧΝΟΠΟΛΙΣ Ι.Κ.Ε.', 'ΓΕΩΡΓΙΟΥ & ΣΙΑ Ο.Ε.', 'ΑΛΦΑ ΛΟΓΙΣΤΙΚΗ Μ.Ι.Κ.Ε.'][+o.id % 3] : ''), []],
    ['ΑΦΜ', (c, o, r) => (skInv(o) ? String(v.int(r, 800000000, 999999999)) : ''), []],
    ['ΔΟΥ', (c, o) => (skInv(o) ? ['ΦΑΕ ΑΘΗΝΩΝ', 'Δ΄ ΘΕΣΣΑΛΟΝΙΚΗΣ', 'Α΄ ΠΑΤΡΩΝ'][+o.id % 3] : ''), []],
    ['Κωδικός προϊόντος καταστήματος', (c, o) => skp(o)[0], [PL('SKU')]],
    ['Κωδικός Skroutz', (c, o) => String(40000000 + (+o.id % SK_P.length) * 1187), [PL('SKU'), PL('_id')], opt],
    ['Όνομα προϊόντος', (c, o) => skp(o)[1], [PL('name')]],
    ['EAN', (c, o) => skp(o)[2], [PL('SKU')], opt],
    ['Ποσότητα', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Τιμή μονάδας', (c, o) => eurGr(skp(o)[3]), []],
    ['Συνολική τιμή', (c, o) => eurGr(skp(o)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Τρόπος πληρωμής', (c, o) => ['Κάρτα', 'Κάρτα', 'Apple Pay', 'Αντικαταβολή', 'Google Pay'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Courier', (c, o) => (skSent(o) || skSt(o) === 'Προς αποστολή' ? ['ACS', 'Skroutz Last Mile', 'ELTA Courier', 'BOX NOW'][+o.id % 4] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Voucher', (c, o, r) => (skSent(o) ? String(v.int(r, 7000000000, 7999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Προθεσμία αποστολής', (c, o) => athens(o.at + 2 * 86400000).slice(0, 10), [], opt],
    ['Fulfilled by Skroutz', (c, o) => (+o.id % 6 === 0 ? 'Ναι' : 'Όχι'), []],
    ['Σχόλια πελάτη', (c, o, r) => v.pick(r, ['', '', '', 'Παρακαλώ τηλεφωνήστε πριν την παράδοση', 'Κουδούνι: Παπαδάκης']), []],
    ['Προμήθεια', (c, o) => eurGr(skp(o)[3] * 0.08), []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'paypay-torihiki-ja', product: 'PayPay for Business (取引履歴 > ダウンロード, CSV; a Tokyo café chain with an online shop, the 14 columns of the help page)', family: 'payments', language: 'ja', schema: E, cols: [
    ['取引番号', (c, o) => String(4000000000000000000n + BigInt(+o.id) * 7919n), [OR('payments[0].transactionID'), '_id']],
    ['加盟店ID', () => '58392017463829104', []],
    ['屋号', () => '珈琲ことり', []],
    ['店舗ID', (c, o) => (ppPos(o) ? '58392017463829311' : '58392017463829207'), []],
    ['店舗名', (c, o) => (ppPos(o) ? 'オンラインショップ' : ['渋谷店', '吉祥寺店'][+o.id % 2]), []],
    ['端末番号/PosID', (c, o) => (ppPos(o) ? '' : `00-${v.alnum(v.rng(+o.id), 8).toLowerCase()}${pad(+o.id % 100000000, 8)}`), []],
    ['取引ステータス', (c, o) => ppSt(o), [], opt],
    ['取引日時', (c, o) => jst(o.at), ['timestamp']],
    ['取引金額', (c, o) => String(ppSt(o) === '返金済み' ? -ppAmt(o) : ppAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['レシート番号', (c, o) => (ppPos(o) ? '' : `R${pad(+o.id % 1000000, 6)}`), [OR('purchaseID')], opt],
    ['支払い方法', (c, o) => ppMethod(o), [OR('payments[0].paymentType')], opt],
    ['支払い詳細項目', (c, o) => `[{"paymentMethod":"${ppMethod(o)}","amount":${ppAmt(o)}}]`, []],
    ['取引確定期限', (c, o) => (ppSt(o) === '失敗' ? '' : jst(o.at + 7 * 86400000)), [], opt],
    ['加盟店決済ID', (c, o) => (ppPos(o) ? `kotori-${pad(+o.id, 6)}` : ''), [OR('purchaseID')]],
  ] },

  { name: 'gmo-pg-torihiki-ja', product: 'GMO Payment Gateway (PGマルチペイメントサービス ショップ管理画面: 取引検索 > CSVダウンロード; a Japanese online shop\'s card payments)', family: 'payments', language: 'ja', schema: E, cols: [
    ['ショップID', () => 'tshop00061234', []],
    ['オーダーID', (c, o) => `ORD${pad(+o.id, 8)}-01`, [OR('purchaseID')]],
    ['状態', (c, o) => GM_ST_JA[gmSt(o)], [], opt],
    ['処理区分', (c, o) => gmSt(o), [], opt],
    ['取引ID', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['取引パスワード', (c, o, r) => v.hex(r, 32), []],
    ['利用金額', (c, o) => String(gmAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['税送料', () => '0', [], opt],
    ['通貨コード', () => 'JPN', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['支払方法', (c, o) => (+o.id % 8 === 5 ? '分割' : '一括'), [], opt],
    ['支払回数', (c, o) => (+o.id % 8 === 5 ? '3' : ''), []],
    ['カード番号', (c, o, r) => `************${v.int(r, 1000, 9999)}`, []],
    ['有効期限', (c, o, r) => `${v.int(r, 25, 30)}${pad(v.int(r, 1, 12))}`, []],
    ['承認番号', (c, o, r) => (gmErr(o) ? '' : pad(v.int(r, 0, 9999999), 7)), []],
    ['仕向先コード', (c, o) => ['2a99661', '2s63046', '2a99662'][+o.id % 3], []],
    ['トランザクションID', (c, o, r) => (gmErr(o) ? '' : `${v.int(r, 2400000000, 2499999999)}111111111111${v.int(r, 100000, 999999)}`), [OR('payments[0].transactionID')], opt],
    ['会員ID', (c) => (+c.id % 3 === 0 ? '' : `mem${pad(+c.id % 1000000, 7)}`), [], opt],
    ['サイトID', (c) => (+c.id % 3 === 0 ? '' : 'tsite00045678'), []],
    ['加盟店自由項目1', (c, o) => (+o.id % 2 ? 'WEB' : 'APP'), []],
    ['加盟店自由項目2', () => '', []],
    ['加盟店自由項目3', () => '', []],
    ['処理日時', (c, o) => gmTs(o.at + (['SALES', 'VOID', 'RETURN'].includes(gmSt(o)) ? 3 * 86400000 : 0)), ['timestamp'], opt],
    ['登録日時', (c, o) => gmTs(o.at - 20000), ['timestamp', OR('createdDate')]],
    ['登録者', () => 'MODP-3.141.150', []],
    ['最終更新日時', (c, o) => gmTs(o.at + (['SALES', 'VOID', 'RETURN'].includes(gmSt(o)) ? 3 * 86400000 : 0)), [OR('lastUpdatedDate')], opt],
    ['最終更新者', (c, o) => (['SALES', 'VOID', 'RETURN'].includes(gmSt(o)) ? 'ADMINISTRATOR' : 'MODP-3.141.150'), []],
    ['エラーコード', (c, o) => (gmErr(o) ? 'G02' : ''), []],
    ['エラー詳細コード', (c, o) => (gmErr(o) ? '42G020000' : ''), []],
  ] },
  { name: 'nicepay-georae-ko', product: 'NICEPAY (가맹점 관리자: 거래조회 > 엑셀 다운로드; Korean UI, a Korean online shop)', family: 'payments', language: 'ko', schema: E, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['거래일자', (c, o) => { const p = kstP(o.at); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, ['timestamp'], opt],
    ['거래시간', (c, o) => { const p = kstP(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['결제수단', (c, o) => npMethod(o), [OR('payments[0].paymentType')], opt],
    ['거래상태', (c, o) => npSt(o), [], opt],
    ['TID', (c, o) => { const p = kstP(o.at); return `nicepay00m0101${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(+o.id % 1000000, 6)}` }, [OR('payments[0].transactionID'), '_id']],
    ['주문번호', (c, o) => `2024${pad(+o.id, 8)}`, [OR('purchaseID')]],
    ['상품명', (c, o) => NP_GOODS[+o.id % NP_GOODS.length], [PL('name')], opt],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['구매자 연락처', (c) => ko(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['승인금액', (c, o) => won(npAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['취소금액', (c, o) => won(npCancel(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['카드사', (c, o) => (npCard(o) ? ['신한', 'KB국민', '삼성', '현대', 'BC'][(+o.id >> 1) % 5] : ''), [OR('payments[0].paymentType')], opt],
    ['카드번호', (c, o, r) => (npCard(o) ? `${v.pick(r, ['4518', '5409', '9410', '3560'])}-${v.int(r, 10, 99)}**-****-${v.int(r, 1000, 9999)}` : ''), []],
    ['할부', (c, o) => (npCard(o) ? (+o.id % 7 === 2 ? '3개월' : '일시불') : ''), []],
    ['승인번호', (c, o, r) => (npCard(o) ? pad(v.int(r, 0, 99999999), 8) : ''), []],
    ['간편결제', (c, o) => (npCard(o) ? ['', '카카오페이', '네이버페이', '', '토스페이'][+o.id % 5] : ''), [], opt],
    ['취소일자', (c, o) => (npCancel(o) ? (() => { const p = kstP(o.at + 2 * 86400000); return `${p.y}-${pad(p.m)}-${pad(p.d)}` })() : ''), [], opt],
    ['현금영수증', (c, o) => (['계좌이체', '가상계좌'].includes(npMethod(o)) ? (+o.id % 2 ? '발행' : '미발행') : ''), []],
    ['에스크로', (c, o) => (npMethod(o) === '가상계좌' ? 'Y' : 'N'), []],
    ['MID', () => 'nicepay00m', []],
  ] },

  { name: 'phonepe-settlement-report', product: 'PhonePe (PhonePe Business dashboard: Reports > Settlement report; an Indian D2C skincare brand, the documented report fields)', family: 'payments', language: 'en', schema: E, cols: [
    ['PaymentType', (c, o) => (pzRefund(o) ? 'REFUND' : 'PAYMENT'), [], opt],
    ['MerchantReferenceId', (c, o) => `MUID${pad(+o.id, 7)}${pzRefund(o) ? 'R' : ''}`, [OR('purchaseID')]],
    ['PhonePeReferenceId', (c, o) => `T${2405}${pad(hashOf(o.id) % 1000000000000, 12)}${pad(+o.id % 1000000, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['From', (c, o) => (pzInstr(o).startsWith('UPI') ? `${IN_NAMES[+c.id % IN_NAMES.length]}${+c.id % 90}@${['ybl', 'okaxis', 'oksbi', 'paytm'][+c.id % 4]}` : `XXXXXX${pad(+c.id % 10000, 4)}`), []],
    ['Instrument', (c, o) => (pzRefund(o) ? pzInstr(o).replace(/_REDEMPTION$/, '_REDEMPTION_REVERSE').replace('UPI_REDEMPTION_REVERSE', 'PS_UPI_REDEMPTION_REVERSE') : pzInstr(o)), [OR('payments[0].paymentType')], opt],
    ['CreationDate', (c, o) => ist(o.at), ['timestamp', OR('createdDate')]],
    ['Amount', (c, o) => `${pzRefund(o) ? '-' : ''}${pzAmt(o).toFixed(2)}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Fee', (c, o) => (pzFee(o) ? `-${pzFee(o).toFixed(2)}` : '0.00'), []],
    ['TransactionDate', (c, o) => ist(o.at + 4000).slice(0, 10), ['timestamp'], opt],
    ['SettlementDate', (c, o) => ist(o.at + 86400000).slice(0, 10), [], opt],
    ['BankReferenceNo', (c, o) => `YESB${ist(o.at + 86400000).slice(2, 10).replace(/-/g, '')}${pad(+o.id % 100000, 7)}`, [], opt],
    ['IGST', () => '0.00', []],
    ['CGST', (c, o) => (pzFee(o) ? `-${(pzFee(o) * 0.09).toFixed(2)}` : '0.00'), []],
    ['SGST', (c, o) => (pzFee(o) ? `-${(pzFee(o) * 0.09).toFixed(2)}` : '0.00'), []],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'usedesk-obrashcheniya-ru', product: 'Usedesk (Обращения > Экспорт, CSV; Russian UI, a Russian online cosmetics shop\'s help desk, one row per ticket)', family: 'support', language: 'ru', schema: P, cols: [
    ['ID', (c) => String(90000000 + (+c.id % 900000) * 3), []],
    ['Тема', (c) => UD_SUBJ[+c.id % UD_SUBJ.length], []],
    ['Статус', (c) => udSt(c), [], opt],
    ['Приоритет', (c) => ['Средний', 'Средний', 'Высокий', 'Низкий', 'Срочный'][+c.id % 5], []],
    ['Тип', (c) => ['Вопрос', 'Проблема', 'Вопрос', 'Задача'][+c.id % 4], []],
    ['Канал', (c) => udCh(c), [], opt],
    ['ID клиента', (c) => String(40000000 + (+c.id % 900000)), ['_id', 'personID'], opt],
    ['Клиент', (c) => (udCh(c) === 'Telegram' ? ru(c).first : `${ru(c).first} ${ru(c).last}`), ['person.name.fullName', 'person.name.firstName'], opt],
    ['Email клиента', (c) => (['Email', 'Чат на сайте'].includes(udCh(c)) ? ru(c).email : ''), ['personalEmail.address']],
    ['Телефон клиента', (c) => (['WhatsApp', 'Чат на сайте'].includes(udCh(c)) || +c.id % 4 === 0 ? ru(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Компания клиента', (c) => (+c.id % 11 === 0 ? 'ООО «Бьюти Лаб»' : ''), ['organizations[0]'], opt],
    ['Исполнитель', (c) => ['Ольга Миронова', 'Денис Фролов', ''][+c.id % 3], []],
    ['Группа', (c) => ['Первая линия', 'Возвраты', 'Первая линия'][+c.id % 3], []],
    ['Теги', (c) => ['доставка', 'возврат', 'промокод', 'доставка, сдэк', ''][+c.id % 5], []],
    ['Дата создания', (c) => msk(c.created), [], opt],
    ['Дата обновления', (c) => msk(c.created + (1 + (+c.id % 40)) * 3600000), [], opt],
    ['Дата закрытия', (c) => (udClosed(c) ? msk(c.created + (2 + (+c.id % 40)) * 3600000) : ''), [], opt],
    ['Время первого ответа', (c) => `${pad(+c.id % 3)}:${pad(+c.id % 60)}:${pad((+c.id >> 2) % 60)}`, []],
    ['Оценка', (c) => (udClosed(c) ? ['5', '5', '4', '', '1'][+c.id % 5] : ''), []],
    ['Количество сообщений', (c) => String(2 + (+c.id % 9)), []],
    ['Ссылка', (c) => `https://secure.usedesk.ru/tickets/${90000000 + (+c.id % 900000) * 3}`, []],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'growingio-visit-events', product: 'GrowingIO (原始数据导出 v2: the visit (访问) event file, documented field names; a Chinese retailer\'s site, apps and mini program)', family: 'analytics', language: 'en', schema: E, cols: [
    ['visitUserId', (c, o, r) => v.uuid(r), [], opt],
    ['sessionId', (c, o, r) => v.uuid(r), [], opt],
    ['accountVersion', (c, o) => (gioApp(o) ? '3.8.2' : '3.3.6'), []],
    ['platform', (c, o) => gioPlat(o), [], opt],
    ['domain', (c, o) => (gioApp(o) ? 'com.yunfan.mall' : 'www.yunfanmall.cn'), ['web.webPageDetails.server'], opt],
    ['page', (c, o) => (gioApp(o) ? ['MainActivity', 'ProductDetailActivity', 'CartActivity'][+o.id % 3] : ['/', '/item/10293', '/cart', '/activity/618'][+o.id % 4]), ['web.webPageDetails.URL', 'web.webPageDetails.name'], opt],
    ['queryParameters', (c, o) => (gioApp(o) ? '' : ['', 'spm=a1.b2', 'utm_source=baidu&utm_medium=cpc', ''][+o.id % 4]), [], opt],
    ['referrer', (c, o) => (gioApp(o) ? '' : ['https://www.baidu.com/', '', 'https://weibo.com/', 'https://www.xiaohongshu.com/'][+o.id % 4]), ['web.webReferrer.URL']],
    ['language', (c, o) => (gioApp(o) ? 'zh_CN' : 'zh-cn'), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['screenHeight', (c, o) => (gioApp(o) ? ['2556', '2720', '3200', '2412', '2360'][(+o.id >> 1) % 5] : '1080'), ['device.screenHeight']],
    ['screenWidth', (c, o) => (gioApp(o) ? ['1179', '1260', '1440', '1080', '1640'][(+o.id >> 1) % 5] : '1920'), ['device.screenWidth']],
    ['time', (c, o) => String(o.at + 137), ['timestamp']],
    ['sendTime', (c, o) => String(o.at + 1250), [], opt],
    ['ip', (c, o, r) => `${v.pick(r, ['112', '183', '117', '222'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['userAgent', (c, o) => (gioApp(o) ? '' : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'), ['environment.browserDetails.userAgent']],
    ['operatingSystem', (c, o) => (gioPlat(o) === 'Web' ? 'Windows' : gioPlat(o)), ['environment.operatingSystem']],
    ['operatingSystemVersion', (c, o) => ({ Web: '10', iOS: '17.4.1', Android: '14' })[gioPlat(o)], ['environment.operatingSystemVersion']],
    ['clientVersion', (c, o) => (gioApp(o) ? '6.12.0' : ''), []],
    ['channel', (c, o) => ({ iOS: 'App Store', Android: ['华为应用市场', '小米应用商店', '应用宝'][+o.id % 3], Web: '' })[gioPlat(o)], [], opt],
    ['deviceBrand', (c, o) => (gioApp(o) ? gioDev(o)[0] : ''), ['device.manufacturer']],
    ['deviceModel', (c, o) => (gioApp(o) ? gioDev(o)[1] : ''), ['device.model']],
    ['deviceType', (c, o) => (gioApp(o) ? gioDev(o)[2] : ''), ['device.type'], opt],
    ['deviceOrientation', (c, o) => (gioApp(o) ? (+o.id % 7 === 0 ? 'LANDSCAPE' : 'PORTRAIT') : ''), ['device.screenOrientation']],
    ['latitude', (c, o) => (gioApp(o) && +o.id % 3 === 0 ? (30.27415 + (+o.id % 50) / 1000).toFixed(5) : ''), ['placeContext.geo._schema.latitude'], opt],
    ['longitude', (c, o) => (gioApp(o) && +o.id % 3 === 0 ? (120.15515 + (+o.id % 50) / 1000).toFixed(5) : ''), ['placeContext.geo._schema.longitude'], opt],
    ['vstRequestId', (c, o, r) => v.hex(r, 16), [], opt],
    ['idfa', (c, o, r) => (gioPlat(o) === 'iOS' ? v.uuid(r).toUpperCase() : ''), ['device.typeID'], opt],
    ['androidId', (c, o, r) => (gioPlat(o) === 'Android' ? v.hex(r, 16) : ''), ['device.typeID'], opt],
    ['IMEI', (c, o, r) => (gioPlat(o) === 'Android' && +o.id % 2 ? `86${v.int(r, 1000000000000, 9999999999999)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'carrotquest-lidy-ru', product: 'Carrot quest (Лиды > Экспорт в CSV; Russian UI, a Russian B2B SaaS\'s website leads with its own props Компания, Должность, Сайт компании, Статус лида)', family: 'b2b', language: 'ru', schema: B, cols: [
    ['ID', (c) => String(1100000000000000000n + BigInt(+c.id) * 1000003n), B2BID, opt],
    ['User ID', (c) => (+c.id % 3 === 0 ? `crm-${+c.id % 100000}` : ''), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['Имя', (c) => (+c.id % 2 ? `${ru(c).first} ${ru(c).last}` : ru(c).first), ['person.name.fullName', 'person.name.firstName']],
    ['Email', (c) => (cqCo(c)[1] ? `${translit(ru(c).first)}.${translit(ru(c).last)}@${cqCo(c)[1]}` : ru(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Телефон', (c) => ru(c).mobile.replace(/[^\d+]/g, ''), ['mobilePhone.number', 'workPhone.number']],
    ['Компания', (c) => cqCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Должность', (c) => CQ_JOB[+c.id % CQ_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Сайт компании', (c) => (cqCo(c)[1] ? `https://${cqCo(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['Статус лида', (c) => CQ_ST[+c.id % CQ_ST.length], ['b2b.personStatus'], opt],
    ['Лид-скоринг', (c) => String((+c.id * 7) % 100), ['b2b.personScore'], opt],
    ['Первый визит', (c) => mskSec(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Последняя активность', (c) => mskSec(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Количество сессий', (c) => String(1 + (+c.id % 23)), [], opt],
    ['Город', (c) => ru(c).city, [], opt],
    ['Регион', (c) => ru(c).region, [], opt],
    ['Страна', () => 'Россия', [], opt],
    ['Первый источник трафика', (c) => cqSrc(c), ['b2b.personSource'], opt],
    ['Первый реферер', (c) => ({ 'Яндекс: реклама': 'https://yandex.ru/', 'Google: поиск': 'https://www.google.com/', 'Яндекс: поиск': 'https://ya.ru/', 'Переход с сайта': 'https://vc.ru/', 'Социальные сети': 'https://vk.com/', 'Прямой заход': '' })[cqSrc(c)], [], opt],
    ['Первый UTM source', (c) => (cqSrc(c) === 'Яндекс: реклама' ? 'yandex' : cqSrc(c) === 'Социальные сети' ? 'vk' : ''), [], opt],
    ['Первый UTM campaign', (c) => (cqSrc(c) === 'Яндекс: реклама' ? 'crm_poisk_msk' : cqSrc(c) === 'Социальные сети' ? 'retarget_demo' : ''), [], opt],
    ['Отписан от рассылок', (c) => (+c.id % 8 === 0 ? 'Да' : 'Нет'), [], opt],
    ['Сегменты', (c) => ['Оставили заявку на демо', 'Зарегистрировались', 'Оставили заявку на демо, Тариф Бизнес', ''][+c.id % 4], []],
    ['Теги', (c) => ['вебинар', '', 'демо', 'партнёр'][+c.id % 4], []],
    ['Ответственный', (c) => ['Кирилл', 'Алина', ''][+c.id % 3], []],
  ] },
]
