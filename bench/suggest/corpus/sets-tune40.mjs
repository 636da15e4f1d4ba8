// Round 40, tune40: tune sets written blind for round 40 (tuned on). Same format as sets.mjs (sources in ../README.md).
// Russian, Ukrainian and Simplified Chinese exports; people, places, phones and money are local (Russian people from
// values12's loc12, Ukrainian and Chinese ones below).
import { E, B, P, v, HOME, WORK, ID, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12, translit } from './values12.mjs'

// local times written without an offset: Moscow (+3), Kyiv (+2), Beijing (+8)
const dmyS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const ymdS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdD = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdSlash = (ms, h) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const msk = (ms) => dmyS(ms, 3), kyiv = (ms) => dmyS(ms, 2), bj = (ms) => ymdS(ms, 8)
// "1490,00" (Russian Excel exports write a decimal comma), "1490.00"
const comma = (n) => n.toFixed(2).replace('.', ',')
const dot = (n) => n.toFixed(2)

const ru = (c) => loc12(c, 'ru')
const RU_COURSES = [['Курс «Таргетолог с нуля»', 24900], ['Марафон «Английский за 30 дней»', 3990], ['Мастер-класс по акварели', 1490], ['Тариф «Профи»: SMM-менеджер', 49900], ['Консультация с наставником', 5000]]
const RU_GOODS = [['Кофемолка электрическая', 3490], ['Комплект постельного белья евро', 5290], ['Кроссовки беговые, 42', 7990], ['Набор косметики для ухода', 2650], ['Настольная лампа LED', 1890]]
const RU_CO = [['ООО «Ромашка»', '7701234567', '770101001', '1027700123456'], ['ИП Смирнова Елена Сергеевна', '500100732259', '', '316774600123456'], ['АО «СтройТехМонтаж»', '6658012345', '665801001', '1036602345678'], ['ООО «Вектор Плюс»', '7813456789', '781301001', '1157847123456'], ['ООО «Северный ветер»', '5406123456', '540601001', '1125476012345']]
const RU_BANKS = [['ПАО Сбербанк', '044525225', '30101810400000000225'], ['АО «ТБанк»', '044525974', '30101810145250000974'], ['АО «Альфа-Банк»', '044525593', '30101810200000000593'], ['ООО «Банк Точка»', '044525104', '30101810745374525104']]
const RU_JOBS = ['Генеральный директор', 'Главный бухгалтер', 'Менеджер по закупкам', 'Индивидуальный предприниматель', 'Коммерческий директор']

const UA_FIRST = [['Олександр', 'Олена'], ['Андрій', 'Наталія'], ['Дмитро', 'Ірина'], ['Сергій', 'Оксана'], ['Максим', 'Юлія'], ['Богдан', 'Анастасія']]
const UA_LAST = [['Шевченко', 'Шевченко'], ['Коваленко', 'Коваленко'], ['Бондаренко', 'Бондаренко'], ['Ткаченко', 'Ткаченко'], ['Кравчук', 'Кравчук'], ['Мельник', 'Мельник'], ['Бойко', 'Бойко'], ['Петренко', 'Петренко']]
const UA_PLACES = [['Київ', 'вул. Хрещатик', '01001'], ['Львів', 'вул. Городоцька', '79000'], ['Харків', 'просп. Науки', '61000'], ['Одеса', 'вул. Дерибасівська', '65000'], ['Дніпро', 'просп. Яворницького', '49000'], ['Вінниця', 'вул. Соборна', '21000']]
const UA_TRANSLIT = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia' }
const uaLat = (s) => [...s.toLowerCase()].map((ch) => UA_TRANSLIT[ch] ?? ch).join('').replace(/[^a-z]/g, '')
const ua = (c) => {
  const n = +c.id, f = n % 2
  const first = UA_FIRST[n % UA_FIRST.length][f], last = UA_LAST[(n >> 3) % UA_LAST.length][f]
  const [city, street, zip] = UA_PLACES[(n >> 5) % UA_PLACES.length]
  const tel = `380${['67', '50', '63', '97', '93', '66'][(n >> 2) % 6]}${pad(n % 10000000, 7)}`
  return { first, last, full: `${first} ${last}`, city, street: `${street}, ${1 + (n % 90)}`, zip, tel,
    email: `${uaLat(first)}.${uaLat(last)}${n % 90}@${['gmail.com', 'ukr.net', 'i.ua'][n % 3]}` }
}
const UA_GOODS = [['HM-2231', 'Худі оверсайз чорне, L', 1299], ['KP-0415', 'Кавоварка гейзерна 300 мл', 849], ['SN-7702', 'Кросівки жіночі білі, 38', 2199], ['BG-1108', 'Рюкзак міський 20 л', 1150], ['CR-3309', 'Крем для обличчя зволожуючий 50 мл', 459]]

const CN_NAMES = [['张伟', '男'], ['王芳', '女'], ['李娜', '女'], ['刘洋', '男'], ['陈静', '女'], ['杨磊', '男'], ['赵敏', '女'], ['黄俊杰', '男'], ['周晓燕', '女'], ['吴昊', '男']]
const CN_PLACES = [['北京市', '北京市', '朝阳区', '建国路88号SOHO现代城2号楼1203'], ['上海市', '上海市', '浦东新区', '世纪大道100号15楼'], ['广东省', '深圳市', '南山区', '科技园南区粤海街道高新南七道6号'], ['浙江省', '杭州市', '西湖区', '文三路398号东信大厦8楼'], ['四川省', '成都市', '武侯区', '天府大道北段1700号'], ['江苏省', '南京市', '鼓楼区', '中山北路30号']]
const cnMobile = (r) => `1${v.pick(r, ['38', '39', '58', '86', '36', '77', '52'])}${v.int(r, 10000000, 99999999)}`
const CN_PINYIN = { 张伟: 'zhangwei', 王芳: 'wangfang', 李娜: 'lina', 刘洋: 'liuyang', 陈静: 'chenjing', 杨磊: 'yanglei', 赵敏: 'zhaomin', 黄俊杰: 'huangjunjie', 周晓燕: 'zhouxiaoyan', 吴昊: 'wuhao' }
const cnMail = (r, i) => `${CN_PINYIN[row(CN_NAMES, i)[0]]}${v.int(r, 10, 999)}@${v.pick(r, ['qq.com', '163.com', '126.com', 'foxmail.com'])}`
const CN_CO = ['深圳市云帆科技有限公司', '杭州数联信息技术有限公司', '上海启明电子商务有限公司', '北京智行未来文化传播有限公司', '成都锦程物流有限公司', '南京博远软件股份有限公司']
const CN_JOBS = ['市场总监', '运营经理', 'IT负责人', '采购专员', '总经理', '产品经理']
const QUNAR_ROOMS = [['高级大床房', 468], ['豪华双床房', 528], ['行政套房', 1288], ['商务大床房(含双早)', 399]]
const QUNAR_HOTELS = ['杭州西湖国宾馆', '三亚亚龙湾度假酒店', '成都春熙路亚朵酒店', '北京国贸大酒店']
const DAMAI_SHOWS = [['周杰伦嘉年华世界巡回演唱会-上海站', '内场 1280元', 1280], ['开心麻花爆笑舞台剧《乌龙山伯爵》', 'VIP 580元', 580], ['音乐剧《猫》中文版-北京站', '看台 380元', 380], ['草莓音乐节-武汉站', '单日票 280元', 280]]

export const SETS = [
  // ---------------------------------------------------------------- payments (Prodamus, Платежи > Выгрузить в Excel)
  { name: 'prodamus-platezhi-ru', product: 'Prodamus (личный кабинет, Платежи > выгрузка в Excel, Russian UI)', family: 'payments', language: 'ru', schema: E, cols: [
    ['ID заказа', (c, o) => String(18000000 + +o.id * 37), [OR('payments[0].transactionID'), OR('purchaseID'), '_id']],
    ['Номер заказа', (c, o) => `${o.id}`, [OR('purchaseID')], opt],
    ['Дата', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o, r) => (r() < 0.85 ? msk(o.at + 120000) : ''), [], opt],
    ['Сайт', () => 'school-nails.payform.ru', []],
    ['Товары', (c, o, r, i) => row(RU_COURSES, i)[0], [PL('name')], opt],
    ['Количество', () => '1', [PL('quantity')], opt],
    ['Сумма', (c, o, r, i) => comma(row(RU_COURSES, i)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валюта', () => 'rub', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Скидка', (c, o, r) => (r() < 0.3 ? comma(500) : comma(0)), [OR('discountAmount')], opt],
    ['Промокод', (c, o, r) => (r() < 0.3 ? 'VESNA500' : ''), ['commerce.promotionID'], opt],
    ['ФИО покупателя', (c) => ru(c).full, []],
    ['Телефон', (c) => ru(c).mobile.replace(/[^0-9+]/g, ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта РФ', 'СБП', 'Долями', 'Рассрочка Тинькофф', 'Банковская карта (не РФ)']), [OR('payments[0].paymentType')]],
    ['Статус оплаты', (c, o, r) => v.pick(r, ['Оплачен', 'Оплачен', 'Оплачен', 'Не оплачен', 'Возврат']), [], opt],
    ['Описание статуса', (c, o, r) => v.pick(r, ['', '', 'Недостаточно средств', 'Отказ банка-эмитента']), []],
    ['Комиссия, %', (c, o, r) => v.pick(r, ['3,5', '3,9', '5']), []],
    ['Сумма комиссии', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.035), []],
    ['К зачислению', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.965), []],
    ['Подписка', (c, o, r) => (r() < 0.2 ? 'Клуб «Ноготочки», 990 ₽/мес' : ''), []],
    ['Попытка', (c, o, r) => v.pick(r, ['1', '1', '2']), []],
    ['Ссылка на оплату', (c, o, r) => `https://school-nails.payform.ru/${v.alnum(r, 6).toLowerCase()}/`, []],
    ['Доп. информация', (c, o, r) => v.pick(r, ['', '', 'Поток март', 'Оплата за друга']), []],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'vk', 'telegram', 'yandex']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'cpc', 'post', 'stories']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'vesna_sale', 'webinar_0312']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (GetCourse, Продажи > Заказы > Экспорт)
  { name: 'getcourse-zakazy-ru', product: 'GetCourse (Продажи > Заказы > Экспорт, Russian UI)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['ID заказа', (c, o) => String(240000000 + +o.id * 113), ['_id', OR('purchaseID')]],
    ['Номер', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID'), '_id'], opt],
    ['ID пользователя', (c) => String(300000000 + +c.id * 7), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Пользователь', (c) => `${ru(c).first} ${ru(c).last}`, []],
    ['Email', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c) => ru(c).mobile.replace(/[^0-9]/g, ''), [], opt],
    ['Дата создания', (c, o) => ymdS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o, r) => (r() < 0.7 ? ymdS(o.at + 900000, 3) : ''), [], opt],
    ['Title', (c, o, r, i) => row(RU_COURSES, i)[0], [PL('name')], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Завершен', 'Завершен', 'Новый', 'Частично оплачен', 'Отменен']), [], opt],
    ['Стоимость, RUB', (c, o, r, i) => String(row(RU_COURSES, i)[1]), [OR('priceTotal')]],
    ['Оплачено', (c, o, r, i) => String(row(RU_COURSES, i)[1]), [OR('payments[0].paymentAmount')], opt],
    ['Комиссия платежной системы', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.035), []],
    ['Получено', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.965), [], opt],
    ['Налог', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.06), [], opt],
    ['Осталось получить', () => '0', []],
    ['Другие комиссии', () => '0', []],
    ['Заработано', (c, o, r, i) => comma(row(RU_COURSES, i)[1] * 0.905), []],
    ['Валюта', () => 'RUB', [OR('currencyCode')]],
    ['Менеджер', (c, o, r) => v.pick(r, ['', 'Ольга Менеджер', 'Артём Продажи']), []],
    ['Город', (c) => ru(c).city, [], opt],
    ['Платежная система', (c, o, r) => v.pick(r, ['Prodamus', 'ЮKassa', 'Т-Банк', 'CloudPayments', '']), [OR('payments[0].paymentType')], opt],
    ['ID партнера', (c, o, r) => (r() < 0.2 ? String(v.int(r, 100000000, 399999999)) : ''), []],
    ['Использован промокод', (c, o, r) => (r() < 0.25 ? 'START20' : ''), ['commerce.promotionID'], opt],
    ['Промоакция', (c, o, r) => v.pick(r, ['', '', 'Чёрная пятница']), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'vk', 'yandex', 'telegram']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'cpc', 'email', 'social']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'autowebinar', 'bf2024']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['utm_content', (c, o, r) => v.pick(r, ['', 'banner1', 'video']), [], opt],
    ['utm_term', (c, o, r) => v.pick(r, ['', 'курс таргет', '']), [], opt],
    ['Теги', (c, o, r) => v.pick(r, ['', 'рассрочка', 'vip, повторная']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce shipments (CDEK, личный кабинет > Заказы > Выгрузить в Excel)
  { name: 'cdek-zakazy-ru', product: 'CDEK (личный кабинет, Заказы > выгрузка списка в Excel, Russian UI)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа СДЭК', (c, o) => String(1500000000 + +o.id * 9173), ['commerce.shipping.trackingNumber']],
    ['Номер заказа ИМ', (c, o) => `SH-${o.id}`, [OR('purchaseID'), '_id']],
    ['Дата создания', (c, o) => dmy(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o, r) => v.pick(r, ['Вручен', 'Вручен', 'Принят на склад доставки', 'В пути', 'Создан', 'Не вручен, возврат']), [], opt],
    ['Дата статуса', (c, o) => dmy(o.at + 3 * 86400000, 3), [], opt],
    ['Тариф', (c, o, r) => v.pick(r, ['Посылка склад-склад', 'Посылка склад-дверь', 'Экономичная посылка склад-склад', 'Экспресс дверь-дверь']), ['commerce.shipping.shippingMethod'], opt],
    ['Город отправителя', () => 'Москва', []],
    ['Отправитель', () => 'ООО «Домашний уют»', []],
    ['Получатель', (c) => ru(c).full, []],
    ['Телефон получателя', (c) => ru(c).mobile, [], opt],
    ['Email получателя', (c, o, r) => (r() < 0.6 ? ru(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Город получателя', (c) => ru(c).city, [SHIP('city')]],
    ['Индекс получателя', (c) => ru(c).zip, [SHIP('postalCode')]],
    ['Адрес получателя', (c, o, r) => (r() < 0.5 ? ru(c).street : ''), [SHIP('street1')]],
    ['Код ПВЗ', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['MSK', 'SPB', 'NSK', 'EKB'])}${v.int(r, 10, 999)}` : ''), [], opt],
    ['Количество мест', () => '1', []],
    ['Вес, кг', (c, o, r) => comma(v.int(r, 3, 80) / 10).replace(/0$/, ''), []],
    ['Габариты, см', (c, o, r) => `${v.int(r, 20, 40)}x${v.int(r, 15, 30)}x${v.int(r, 5, 20)}`, []],
    ['Объявленная стоимость', (c, o, r, i) => comma(row(RU_GOODS, i)[1]), [], opt],
    ['Наложенный платеж', (c, o, r, i) => (r() < 0.4 ? comma(row(RU_GOODS, i)[1]) : comma(0)), [OR('priceTotal')], opt],
    ['Стоимость доставки', (c, o, r) => comma(v.int(r, 250, 900)), ['commerce.shipping.shippingAmount'], opt],
    ['Доп. сбор за доставку с получателя', (c, o, r) => (r() < 0.3 ? comma(350) : comma(0)), ['commerce.shipping.shippingAmount'], opt],
    ['Товары', (c, o, r, i) => row(RU_GOODS, i)[0], [PL('name')], opt],
    ['Планируемая дата доставки', (c, o) => dmy(o.at + 4 * 86400000, 3), [], opt],
    ['Дата вручения', (c, o, r) => (r() < 0.6 ? dmy(o.at + 5 * 86400000, 3) : ''), [], opt],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Позвонить за час', 'Хрупкое']), []],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (Моё дело, Контрагенты > Выгрузить в Excel)
  { name: 'moedelo-kontragenty-ru', product: 'Моё дело (Moedelo, Контрагенты > выгрузка списка в Excel, Russian UI)', family: 'crm', language: 'ru', schema: B, cols: [
    ['Наименование', (c, o, r, i) => row(RU_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Тип', (c, o, r, i) => (row(RU_CO, i)[0].startsWith('ИП') ? 'ИП' : 'Юридическое лицо'), []],
    ['ИНН', (c, o, r, i) => row(RU_CO, i)[1], [], opt],
    ['КПП', (c, o, r, i) => row(RU_CO, i)[2], []],
    ['ОГРН/ОГРНИП', (c, o, r, i) => row(RU_CO, i)[3], []],
    ['Роль', (c, o, r) => v.pick(r, ['Покупатель', 'Поставщик', 'Покупатель, поставщик']), [], opt],
    ['Группа', (c, o, r) => v.pick(r, ['', 'Опт', 'Маркетплейсы']), []],
    ['Юридический адрес', (c) => `${ru(c).zip}, г. ${ru(c).city}, ${ru(c).street}`, at(WORK, 'street1'), opt],
    ['Фактический адрес', (c, o, r) => (r() < 0.5 ? `${ru(c).zip}, г. ${ru(c).city}, ${ru(c).street}` : ''), at(WORK, 'street1'), opt],
    ['Контактное лицо', (c) => ru(c).full, ['person.name.fullName']],
    ['Должность', (c, o, r) => v.pick(r, RU_JOBS), ['extendedWorkDetails.jobTitle']],
    ['Телефон', (c) => ru(c).mobile, ['workPhone.number', 'mobilePhone.number']],
    ['E-mail', (c) => ru(c).email, ['workEmail.address', 'personalEmail.address']],
    ['Сайт', (c, o, r, i) => (r() < 0.5 ? `www.${translit(ru(c).last)}-${i}.ru` : ''), ['b2b.companyWebsite']],
    ['Банк', (c, o, r, i) => row(RU_BANKS, i)[0], []],
    ['БИК', (c, o, r, i) => row(RU_BANKS, i)[1], []],
    ['Расчетный счет', (c, o, r) => `40702810${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`, []],
    ['Корр. счет', (c, o, r, i) => row(RU_BANKS, i)[2], []],
    ['Договор', (c, o, r, i) => (r() < 0.6 ? `№ ${i + 12}/24 от ${dmy(c.created, 3)}` : ''), []],
    ['Задолженность', (c, o, r) => comma(r() < 0.5 ? 0 : v.int(r, 1000, 250000)), []],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Работаем по предоплате', 'ЭДО через Диадок']), []],
    ['Дата создания', (c) => dmy(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (WayForPay, Особистий кабінет > Транзакції > Експорт)
  { name: 'wayforpay-tranzaktsii-uk', product: 'WayForPay (особистий кабінет мерчанта, Транзакції > експорт, Ukrainian UI)', family: 'payments', language: 'uk', schema: E, cols: [
    ['ID транзакції', (c, o) => String(240000000 + +o.id * 311), [OR('payments[0].transactionID'), '_id']],
    ['Номер замовлення', (c, o, r) => `${o.id}_${v.int(r, 1000, 9999)}`, [OR('purchaseID'), '_id']],
    ['Дата створення', (c, o) => kyiv(o.at), ['timestamp', OR('createdDate')]],
    ['Дата оплати', (c, o, r) => (r() < 0.85 ? kyiv(o.at + 60000) : ''), [], opt],
    ['Тип операції', (c, o, r) => v.pick(r, ['Purchase', 'Purchase', 'Purchase', 'Refund']), [], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Approved', 'Approved', 'Approved', 'Declined', 'Refunded']), [], opt],
    ['Причина', (c, o, r) => v.pick(r, ['Ok', 'Ok', 'Ok', 'Insufficient funds']), [], opt],
    ['Сума', (c, o, r, i) => dot(row(UA_GOODS, i)[2]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валюта', () => 'UAH', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Комісія', (c, o, r, i) => dot(row(UA_GOODS, i)[2] * 0.02), []],
    ['До зарахування', (c, o, r, i) => dot(row(UA_GOODS, i)[2] * 0.98), []],
    ['Спосіб оплати', (c, o, r) => v.pick(r, ['card', 'card', 'applePay', 'googlePay', 'privat24']), [OR('payments[0].paymentType')]],
    ['Платіжна система', (c, o, r) => v.pick(r, ['Visa', 'MasterCard']), []],
    ['Картка', (c, o, r) => `${v.pick(r, ['41', '53', '51', '45'])}****${v.int(r, 1000, 9999)}`, []],
    ['Банк-емітент', (c, o, r) => v.pick(r, ['PRIVATBANK', 'UNIVERSAL BANK (monobank)', 'OSCHADBANK', 'PUMB']), []],
    ['Країна картки', () => 'UKR', [], opt],
    ['Клієнт', (c) => ua(c).full, []],
    ['Email', (c) => ua(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c) => ua(c).tel, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Товари', (c, o, r, i) => row(UA_GOODS, i)[1], [PL('name')], opt],
    ['Домен магазину', () => 'myshop.com.ua', []],
    ['Код авторизації', (c, o, r) => v.alnum(r, 6).toUpperCase(), []],
    ['RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['IP клієнта', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (KeyCRM, Замовлення > Експорт в Excel)
  { name: 'keycrm-zamovlennya-uk', product: 'KeyCRM (Замовлення > Експорт в Excel, Ukrainian UI)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
    ['ID', (c, o) => String(10000 + +o.id), [OR('purchaseID'), '_id']],
    ['Джерело', (c, o, r) => v.pick(r, ['Сайт', 'Instagram', 'Rozetka', 'Prom.ua', 'Telegram']), [], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Новий', 'Підтверджено', 'Відправлено', 'Виконано', 'Скасовано']), [], opt],
    ['Дата створення', (c, o) => ymdS(o.at, 2), ['timestamp', OR('createdDate')]],
    ['Дата оновлення', (c, o) => ymdS(o.at + 2 * 86400000, 2), [OR('lastUpdatedDate')], opt],
    ['Менеджер', (c, o, r) => v.pick(r, ['Марина', 'Тарас', '']), []],
    ['Покупець', (c) => ua(c).full, []],
    ['Телефон покупця', (c) => `+${ua(c).tel}`, [], opt],
    ['Email покупця', (c, o, r) => (r() < 0.5 ? ua(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Товари', (c, o, r, i) => row(UA_GOODS, i)[1], [PL('name')], opt],
    ['SKU', (c, o, r, i) => row(UA_GOODS, i)[0], [PL('SKU')]],
    ['Кількість', (c, o) => String(o.qty), [PL('quantity')]],
    ['Сума товарів', (c, o, r, i) => dot(row(UA_GOODS, i)[2] * o.qty), [], opt],
    ['Знижка', (c, o) => dot(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['Вартість доставки', (c, o) => dot(o.shipping ? 80 : 0), ['commerce.shipping.shippingAmount']],
    ['Загальна сума', (c, o, r, i) => dot(row(UA_GOODS, i)[2] * o.qty - (o.discount ? 100 : 0) + (o.shipping ? 80 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Валюта', () => 'UAH', [OR('currencyCode')]],
    ['Спосіб оплати', (c, o, r) => v.pick(r, ['Накладений платіж', 'Оплата на карту', 'LiqPay', 'Plata by mono']), [OR('payments[0].paymentType')]],
    ['Статус оплати', (c, o, r) => v.pick(r, ['Оплачено', 'Не оплачено', 'Частково оплачено']), [], opt],
    ['Служба доставки', (c, o, r) => v.pick(r, ['Нова Пошта', 'Нова Пошта', 'Укрпошта', 'Meest']), ['commerce.shipping.shippingMethod'], opt],
    ['ТТН', (c, o, r) => (r() < 0.7 ? `204${v.int(r, 10000000, 99999999)}${v.int(r, 10, 99)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Отримувач', (c) => ua(c).full, []],
    ['Телефон отримувача', (c) => `+${ua(c).tel}`, [], opt],
    ['Місто', (c) => ua(c).city, [SHIP('city')]],
    ['Адреса доставки', (c, o, r) => `Відділення №${v.int(r, 1, 180)}: ${ua(c).street}`, [SHIP('street1')], opt],
    ['Коментар', (c, o, r) => v.pick(r, ['', '', 'Передзвонити перед відправкою', 'Подарункова упаковка']), []],
    ['UTM source', (c, o, r) => v.pick(r, ['', 'instagram', 'google', 'facebook']), [], opt],
    ['UTM campaign', (c, o, r) => v.pick(r, ['', 'spring_sale', 'retarget_ua']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- travel orders (Qunar hotel merchant back office, 订单管理 > 导出订单)
  { name: 'qunar-jiudian-dingdan-zh', product: '去哪儿 Qunar (酒店商家后台, 订单管理 > 导出订单, Simplified Chinese)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单号', (c, o, r) => `${v.pick(r, ['hta', 'htb'])}${v.int(r, 100000000, 999999999)}${v.int(r, 1000, 9999)}`, [OR('purchaseID'), '_id']],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['酒店名称', (c, o, r, i) => row(QUNAR_HOTELS, i >> 1), [], opt],
    ['房型', (c, o, r, i) => row(QUNAR_ROOMS, i)[0], [PL('name')], opt],
    ['支付类型', (c, o, r) => v.pick(r, ['预付', '预付', '现付']), [OR('payments[0].paymentType')], opt],
    ['入住日期', (c, o) => ymdD(o.at + 7 * 86400000, 8), []],
    ['离店日期', (c, o) => ymdD(o.at + 9 * 86400000, 8), []],
    ['间数', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')], opt],
    ['间夜数', (c, o) => String(Math.min(o.qty, 2) * 2), [], opt],
    ['入住人', (c, o, r, i) => row(CN_NAMES, i)[0], []],
    ['联系人', (c, o, r, i) => row(CN_NAMES, i)[0], []],
    ['联系电话', (c, o, r) => cnMobile(r), [], opt],
    ['订单状态', (c, o, r) => v.pick(r, ['已确认', '已入住', '已离店', '已取消', '待确认']), [], opt],
    ['订单金额', (c, o, r, i) => dot(row(QUNAR_ROOMS, i)[1] * Math.min(o.qty, 2) * 2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['优惠金额', (c, o, r) => dot(r() < 0.3 ? 30 : 0), [OR('discountAmount')], opt],
    ['底价', (c, o, r, i) => dot(row(QUNAR_ROOMS, i)[1] * Math.min(o.qty, 2) * 2 * 0.85), []],
    ['佣金', (c, o, r, i) => dot(row(QUNAR_ROOMS, i)[1] * Math.min(o.qty, 2) * 2 * 0.15), []],
    ['币种', () => 'CNY', [OR('currencyCode')]],
    ['酒店确认号', (c, o, r) => (r() < 0.7 ? String(v.int(r, 10000000, 99999999)) : ''), [], opt],
    ['预计到店时间', (c, o, r) => v.pick(r, ['14:00', '18:00', '20:00之前', '']), []],
    ['特殊要求', (c, o, r) => v.pick(r, ['', '', '尽量安排高楼层', '无烟房']), []],
    ['取消时间', (c, o, r) => (r() < 0.15 ? bj(o.at + 86400000) : ''), [OR('cancelDate')], opt],
  ] },

  // ---------------------------------------------------------------- event tickets (Damai organiser back office, 订单管理 > 导出)
  { name: 'damai-dingdan-zh', product: '大麦 Damai (主办方票务后台, 订单管理 > 导出订单, Simplified Chinese)', family: 'events', language: 'zh', schema: E, cols: [
    ['订单号', (c, o, r) => `${v.int(r, 1000000, 9999999)}${v.int(r, 1000000, 9999999)}${v.int(r, 100, 999)}`, [OR('purchaseID'), '_id']],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['支付时间', (c, o) => bj(o.at + 95000), [], opt],
    ['项目名称', (c, o, r, i) => row(DAMAI_SHOWS, i)[0], [PL('name')], opt],
    ['场次', (c, o) => `${ymdSlash(o.at + 30 * 86400000, 8).slice(0, 10)} 19:30`, []],
    ['票档', (c, o, r, i) => row(DAMAI_SHOWS, i)[1], [PL('selectedOptions[0].value'), PL('name')], opt],
    ['票价', (c, o, r, i) => dot(row(DAMAI_SHOWS, i)[2]), [], opt],
    ['数量', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['订单金额', (c, o, r, i) => dot(row(DAMAI_SHOWS, i)[2] * Math.min(o.qty, 2)), [OR('priceTotal')]],
    ['优惠金额', (c, o, r) => dot(r() < 0.2 ? 20 : 0), [OR('discountAmount')]],
    ['实付金额', (c, o, r, i) => dot(row(DAMAI_SHOWS, i)[2] * Math.min(o.qty, 2)), [OR('payments[0].paymentAmount')]],
    ['支付方式', (c, o, r) => v.pick(r, ['支付宝', '支付宝', '微信支付', '银联']), [OR('payments[0].paymentType')]],
    ['订单状态', (c, o, r) => v.pick(r, ['交易成功', '交易成功', '已退款', '待出票']), [], opt],
    ['购票人', (c, o, r, i) => row(CN_NAMES, i)[0], []],
    ['购票人手机号', (c, o, r) => `${cnMobile(r).slice(0, 3)}****${v.int(r, 1000, 9999)}`, [], opt],
    ['观演人', (c, o, r, i) => row(CN_NAMES, i + 3)[0], []],
    ['证件类型', () => '身份证', []],
    ['证件号码', (c, o, r) => `${v.int(r, 110101, 510107)}********${v.int(r, 1000, 9999)}`, []],
    ['取票方式', (c, o, r) => v.pick(r, ['电子票', '电子票', '快递', '现场取票']), ['commerce.shipping.shippingMethod'], opt],
    ['收货地址', (c, o, r, i) => (r() < 0.3 ? row(CN_PLACES, i).join('') : ''), [SHIP('street1')], opt],
    ['快递单号', (c, o, r) => (r() < 0.3 ? `SF${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['座位信息', (c, o, r) => v.pick(r, ['', `${v.int(r, 1, 12)}层${v.int(r, 1, 30)}排${v.int(r, 1, 40)}座`]), []],
    ['销售渠道', (c, o, r) => v.pick(r, ['大麦App', '大麦App', '淘宝', '支付宝小程序']), [], opt],
    ['检票状态', (c, o, r) => v.pick(r, ['未检票', '已检票']), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (Xiaoe-tech knowledge store, 用户 > 用户列表 > 导出)
  { name: 'xiaoe-yonghu-zh', product: '小鹅通 Xiaoe-tech (用户 > 用户列表 > 导出用户, Simplified Chinese)', family: 'memberships', language: 'zh', schema: P, cols: [
    ['用户ID', (c, o, r) => `u_${v.alnum(r, 13)}_${v.alnum(r, 6)}`, ID],
    ['昵称', (c, o, r) => v.pick(r, ['小鱼儿', '阳光少年', 'Cindy', '追风', '静待花开', '']), [], opt],
    ['真实姓名', (c, o, r, i) => row(CN_NAMES, i)[0], ['person.name.fullName']],
    ['绑定手机号', (c, o, r) => (r() < 0.8 ? cnMobile(r) : ''), ['mobilePhone.number']],
    ['采集手机号', (c, o, r) => (r() < 0.5 ? cnMobile(r) : ''), ['mobilePhone.number', 'homePhone.number'], opt],
    ['性别', (c, o, r, i) => row(CN_NAMES, i)[1], ['person.gender'], opt],
    ['生日', (c) => ymdD(c.birth, 0), ['person.birthDate']],
    ['邮箱', (c, o, r, i) => (r() < 0.4 ? cnMail(r, i) : ''), ['personalEmail.address']],
    ['地区', (c, o, r, i) => `${row(CN_PLACES, i)[0]} ${row(CN_PLACES, i)[1]}`, [], opt],
    ['详细地址', (c, o, r, i) => (r() < 0.4 ? row(CN_PLACES, i)[3] : ''), at(HOME, 'street1'), opt],
    ['公司', (c, o, r, i) => (r() < 0.3 ? row(CN_CO, i) : ''), ['organizations[0]'], opt],
    ['职位', (c, o, r) => (r() < 0.3 ? v.pick(r, CN_JOBS) : ''), []],
    ['微信号', (c, o, r) => (r() < 0.5 ? `wxid_${v.alnum(r, 10).toLowerCase()}` : ''), []],
    ['用户来源', (c, o, r) => v.pick(r, ['微信公众号', '小程序', 'H5', '抖音', '导入']), [], opt],
    ['用户创建时间', (c) => bj(c.created), [], opt],
    ['最近访问时间', (c) => bj(c.updated), [], opt],
    ['会员', (c, o, r) => v.pick(r, ['年度会员', '', '', '终身会员']), ['loyalty.tier'], opt],
    ['会员到期时间', (c, o, r) => (r() < 0.4 ? ymdD(c.updated + 365 * 86400000, 8) : ''), ['loyalty.tierExpiryDate'], opt],
    ['积分', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.points']],
    ['消费总额(元)', (c, o, r) => dot(v.int(r, 0, 600000) / 100), [], opt],
    ['购买次数', (c, o, r) => String(v.int(r, 0, 12)), [], opt],
    ['用户标签', (c, o, r) => v.pick(r, ['', '高意向', '训练营学员, 复购']), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '转介绍']), []],
  ] },

  // ---------------------------------------------------------------- B2B leads (Jinshuju form, 数据 > 导出 Excel; a demo-request form)
  { name: 'jinshuju-xiansuo-zh', product: '金数据 Jinshuju (表单数据 > 导出 Excel, a B2B demo-request form, Simplified Chinese)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
    ['序号', (c, o, r, i) => String(i + 1), [], opt],
    ['姓名', (c, o, r, i) => row(CN_NAMES, i)[0], ['person.name.fullName']],
    ['手机号码', (c, o, r) => cnMobile(r), ['mobilePhone.number', 'workPhone.number']],
    ['邮箱', (c, o, r, i) => cnMail(r, i), ['workEmail.address', 'personalEmail.address']],
    ['公司名称', (c, o, r, i) => row(CN_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['职位', (c, o, r) => v.pick(r, CN_JOBS), ['extendedWorkDetails.jobTitle']],
    ['所在地区', (c, o, r, i) => `${row(CN_PLACES, i)[0]}-${row(CN_PLACES, i)[1]}-${row(CN_PLACES, i)[2]}`, [], opt],
    ['公司规模', (c, o, r) => v.pick(r, ['1-49人', '50-199人', '200-999人', '1000人以上']), []],
    ['所属行业', (c, o, r) => v.pick(r, ['互联网', '零售', '教育培训', '制造业']), []],
    ['感兴趣的产品', (c, o, r) => v.pick(r, ['SCRM', '数据中台', 'SCRM┋营销自动化']), []],
    ['需求描述', (c, o, r) => v.pick(r, ['', '想了解私域运营方案', '希望预约产品演示']), []],
    ['您是如何了解到我们的', (c, o, r) => v.pick(r, ['搜索引擎', '朋友推荐', '微信公众号', '展会']), ['b2b.personSource'], opt],
    ['提交人', (c, o, r) => v.pick(r, ['', '', '市场部-李婷']), [], opt],
    ['提交时间', (c) => bj(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['修改时间', (c) => bj(c.created + 3600000), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['填写时长', (c, o, r) => `${v.int(r, 30, 400)}秒`, []],
    ['填写设备', (c, o, r) => v.pick(r, ['手机', '电脑', '平板']), []],
    ['操作系统', (c, o, r) => v.pick(r, ['iOS', 'Android', 'Windows', 'Mac OS']), []],
    ['浏览器', (c, o, r) => v.pick(r, ['微信', 'Chrome', 'Safari', 'Edge']), []],
    ['填写地区', (c, o, r, i) => `${row(CN_PLACES, i)[0]} ${row(CN_PLACES, i)[1]}`, [], opt],
    ['IP', (c, o, r) => v.ip4(r), []],
    ['渠道', (c, o, r) => v.pick(r, ['官网', '公众号菜单', '直接访问']), ['b2b.personSource'], opt],
    ['微信昵称', (c, o, r) => v.pick(r, ['', 'Leo', '晴天', '老王']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Xiaoshouyi / Neocrm, 客户 > 导出)
  { name: 'xiaoshouyi-kehu-zh', product: '销售易 Xiaoshouyi (客户 > 列表 > 导出, Simplified Chinese)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户名称', (c, o, r, i) => row(CN_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['客户ID', (c, o, r) => String(v.int(r, 1000000000000, 1999999999999)), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['客户级别', (c, o, r) => v.pick(r, ['A(重点客户)', 'B(普通客户)', 'C(非优先客户)']), []],
    ['行业', (c, o, r) => v.pick(r, ['IT/互联网', '零售', '物流运输', '制造业']), []],
    ['电话', (c, o, r) => `0${v.pick(r, ['10', '21', '755', '571'])}-${v.int(r, 60000000, 89999999)}`, ['workPhone.number'], opt],
    ['网址', (c, o, r, i) => (r() < 0.6 ? `www.${['yunfan', 'shulian', 'qiming', 'zhixing', 'jincheng', 'boyuan'][i % 6]}.com.cn` : ''), ['b2b.companyWebsite']],
    ['省份', (c, o, r, i) => row(CN_PLACES, i)[0], at(WORK, 'stateProvince').concat(at(WORK, 'state')), opt],
    ['城市', (c, o, r, i) => row(CN_PLACES, i)[1], at(WORK, 'city'), opt],
    ['区县', (c, o, r, i) => row(CN_PLACES, i)[2], [], opt],
    ['详细地址', (c, o, r, i) => row(CN_PLACES, i)[3], at(WORK, 'street1'), opt],
    ['联系人', (c, o, r, i) => row(CN_NAMES, i)[0], ['person.name.fullName']],
    ['联系人手机', (c, o, r) => cnMobile(r), ['mobilePhone.number', 'workPhone.number']],
    ['联系人邮箱', (c, o, r, i) => (r() < 0.6 ? cnMail(r, i) : ''), ['workEmail.address', 'personalEmail.address']],
    ['联系人职务', (c, o, r) => v.pick(r, CN_JOBS), ['extendedWorkDetails.jobTitle']],
    ['客户来源', (c, o, r) => v.pick(r, ['市场活动', '官网注册', '老客户介绍', '电话营销']), ['b2b.personSource'], opt],
    ['客户状态', (c, o, r) => v.pick(r, ['潜在客户', '成交客户', '流失客户']), [], opt],
    ['所有人', (c, o, r) => v.pick(r, ['王磊', '孙丽', '郑浩']), []],
    ['所属部门', (c, o, r) => v.pick(r, ['华东销售部', '华南销售部', '大客户部']), []],
    ['创建人', (c, o, r) => v.pick(r, ['王磊', '孙丽', '系统管理员']), ['extSourceSystemAudit.createdBy'], opt],
    ['创建日期', (c) => bj(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['最新修改日期', (c) => bj(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['最新跟进时间', (c) => bj(c.updated + 86400000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['年营业额(万元)', (c, o, r) => String(v.int(r, 50, 50000)), []],
    ['员工人数', (c, o, r) => String(v.int(r, 10, 5000)), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '年底有采购预算']), []],
  ] },

  // ---------------------------------------------------------------- event sign-up (Tencent Docs 收集表, results sheet)
  { name: 'tencentdocs-shoujibiao-zh', product: '腾讯文档 Tencent Docs (收集表, 活动报名结果表格, Simplified Chinese)', family: 'events', language: 'zh', schema: P, cols: [
    ['提交者', (c, o, r) => v.pick(r, ['微信用户', '阿杰', 'Amy', '晨曦', '匿名']), [], opt],
    ['提交时间', (c) => ymdSlash(c.created, 8), [], opt],
    ['姓名', (c, o, r, i) => row(CN_NAMES, i)[0], ['person.name.fullName']],
    ['性别', (c, o, r, i) => row(CN_NAMES, i)[1], ['person.gender']],
    ['手机号', (c, o, r) => cnMobile(r), ['mobilePhone.number']],
    ['邮箱', (c, o, r, i) => cnMail(r, i), ['personalEmail.address']],
    ['出生日期', (c) => ymdD(c.birth, 0), ['person.birthDate']],
    ['身份证号', (c, o, r) => `${v.int(r, 110101, 510107)}${ymdD(c.birth, 0).replace(/-/g, '')}${v.int(r, 100, 999)}${v.pick(r, ['1', '2', 'X'])}`, []],
    ['所在城市', (c, o, r, i) => row(CN_PLACES, i)[1], at(HOME, 'city'), opt],
    ['详细地址', (c, o, r, i) => `${row(CN_PLACES, i)[2]}${row(CN_PLACES, i)[3]}`, at(HOME, 'street1')],
    ['工作单位', (c, o, r, i) => row(CN_CO, i), ['organizations[0]'], opt],
    ['职务', (c, o, r) => v.pick(r, CN_JOBS), []],
    ['报名场次', (c, o, r) => v.pick(r, ['6月15日上午场', '6月15日下午场', '6月16日全天']), []],
    ['参加人数', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['是否需要发票', (c, o, r) => v.pick(r, ['是', '否', '否']), []],
    ['您是从哪里得知本次活动的', (c, o, r) => v.pick(r, ['朋友圈', '公众号推文', '朋友推荐', '其他']), [], opt],
    ['紧急联系人', (c, o, r, i) => row(CN_NAMES, i + 5)[0], []],
    ['紧急联系人电话', (c, o, r) => cnMobile(r), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '需要素食', '可能迟到半小时']), []],
  ] },
]
