// Round 49, tune49: tune sets written blind (by a helper that never opened the suggester or a score): Russian,
// Ukrainian, Kazakh and Belarusian products, headers in Russian, Ukrainian or Kazakh. Same format as sets.mjs
// (sources in ../README.md): header as the product exports it, one value generator per column in the product's
// formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, P, B, v, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12, translit } from './values12.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
// "05.03.2024 14:22:31" / "05.03.2024 14:22" / "05.03.2024" in a zone (Moscow +3, Minsk +3, Almaty +5, Kyiv +2/+3)
const dmyHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const kyiv = (ms) => (dst(ms) ? 3 : 2)
const day = 86400000
// "1 234,50" (Russian/Ukrainian/Kazakh grouping with a space, decimal comma), "1234,50" and "1234.50"
const sp = (n, d = 2) => n.toFixed(d).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const cm = (n) => n.toFixed(2).replace('.', ',')
const dt = (n) => n.toFixed(2)

// local people the shared generators lack (Ukrainian, Kazakh, Belarusian), [first, last, patronymic, female]
const UA = [['Олександр', 'Коваленко', 'Петрович', false], ['Олена', 'Шевченко', 'Іванівна', true], ['Андрій', 'Бондаренко', 'Миколайович', false], ['Наталія', 'Ткаченко', 'Олегівна', true], ['Дмитро', 'Мельник', 'Сергійович', false], ['Ірина', 'Кравченко', 'Василівна', true], ['Максим', 'Ковальчук', 'Андрійович', false], ['Юлія', 'Бойко', 'Віталіївна', true], ['Тарас', 'Олійник', 'Богданович', false]]
const UA_LAT = { Олександр: 'oleksandr', Олена: 'olena', Андрій: 'andrii', Наталія: 'nataliia', Дмитро: 'dmytro', Ірина: 'iryna', Максим: 'maksym', Юлія: 'yuliia', Тарас: 'taras', Коваленко: 'kovalenko', Шевченко: 'shevchenko', Бондаренко: 'bondarenko', Ткаченко: 'tkachenko', Мельник: 'melnyk', Кравченко: 'kravchenko', Ковальчук: 'kovalchuk', Бойко: 'boiko', Олійник: 'oliinyk' }
const UA_CITY = [['Київ', 'Київська', '01001'], ['Львів', 'Львівська', '79000'], ['Одеса', 'Одеська', '65000'], ['Дніпро', 'Дніпропетровська', '49000'], ['Харків', 'Харківська', '61000'], ['Вінниця', 'Вінницька', '21000']]
const uaMobile = (r) => `+380${v.pick(r, ['50', '66', '67', '68', '93', '97', '99', '73'])}${v.int(r, 1000000, 9999999)}`
const KZ = [['Айгерим', 'Серикова', true], ['Нурлан', 'Абенов', false], ['Данияр', 'Жумабаев', false], ['Асель', 'Нурланова', true], ['Ерлан', 'Касымов', false], ['Динара', 'Ахметова', true], ['Бауыржан', 'Сейтказиев', false]]
const KZ_CITY = [['Алматы', 'Абай даңғылы'], ['Астана', 'Мәңгілік Ел даңғылы'], ['Шымкент', 'Тәуке хан даңғылы'], ['Қарағанды', 'Бұқар жырау даңғылы'], ['Ақтөбе', 'Әбілқайыр хан даңғылы']]
const kzMobile = (r) => `+7 (7${v.pick(r, ['01', '05', '07', '47', '71', '77'])}) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`
const BY = [['Алексей', 'Ковалёв'], ['Ольга', 'Новик'], ['Андрей', 'Шевчук'], ['Татьяна', 'Климович'], ['Сергей', 'Лукашевич'], ['Ирина', 'Богданович'], ['Павел', 'Жук']]
const ruPhone = (p) => p.mobile
const ruDigits = (p) => p.mobile.replace(/[^\d+]/g, '')

// goods, rooms and services
const RU_GOODS = [['Молоко Простоквашино 3,2% 930 мл', 109.99], ['Хлеб Бородинский нарезка 400 г', 64.9], ['Бананы, 1 кг', 139.9], ['Сыр Ламбер 50% 230 г', 329], ['Кофе Jardin Colombia 250 г', 449], ['Яйцо куриное С1, 10 шт', 124.9]]
const UA_GOODS = [['Навушники JBL Tune 520BT', 1899], ['Чохол для iPhone 15 силіконовий', 349], ['Павербанк Xiaomi 20000 mAh', 1299], ['Зарядний пристрій Baseus 65W', 899], ['Смарт-годинник Amazfit Bip 5', 3499]]
const KZ_GOODS = [['Samsung Galaxy A35 128 ГБ', 'SM-A356E', 159990], ['Apple AirPods 3', 'MME73', 89990], ['Philips HD9252 аэрогрилі', 'HD9252/90', 54990], ['Xiaomi Redmi Note 13 256 ГБ', 'RN13-256', 109990], ['Bosch MUM5 асүйлік комбайны', 'MUM58243', 119990]]
const TL_ROOMS = [['Стандарт двухместный', 5400], ['Улучшенный с видом на море', 7900], ['Семейный номер', 9800], ['Люкс', 14500]]
const CAFE = [['Пицца Пепперони 30 см', 590], ['Ролл Филадельфия', 650], ['Бургер Классик', 390], ['Сет «Семейный»', 1890]]

const ru = (c) => loc12(c, 'ru')
// TravelLine: days from booking to arrival and nights, one value per row
const tlIn = (o) => 3 + (+o.id % 50)
const tlN = (o) => 1 + (+o.id % 7)
// ПланФикс: the contact's company and its domain, one per row
const PF_CO = [['ООО «СтройИнвест»', 'stroyinvest.ru'], ['АО «Уралтехмаш»', 'uraltechmash.ru'], ['ООО «ТехноСервис»', 'technoservice.ru'], ['ООО «Северный ветер»', 'sev-veter.ru'], ['АО «Волгаэнергомонтаж»', 'vem.ru']]
const pfCo = (c) => PF_CO[+c.id % PF_CO.length]

export const SETS = [
  // ---------------------------------------------------------------- payments (PayKeeper, личный кабинет: Платежи > Выгрузить в Excel, Russian UI)
  { name: 'paykeeper-platezhi-ru', product: 'PayKeeper (личный кабинет: Платежи > Выгрузить в Excel, Russian UI; an online shop taking card and SBP payments)', family: 'payments', language: 'ru', schema: E, cols: [
    ['ID платежа', (c, o, r) => String(v.int(r, 1200000, 4999999)), [OR('payments[0].transactionID'), '_id']],
    ['Дата и время', (c, o) => dmyHMS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Сумма', (c, o) => sp(o.total * 90), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Статус', (c, o, r) => v.pick(r, ['Совершён', 'Совершён', 'Получен', 'Отменён', 'Не состоялся', 'Возвращён']), [], opt],
    ['Номер заказа', (c, o) => o.id, [OR('purchaseID')]],
    ['Плательщик', (c) => ru(c).full, []],
    ['E-mail', (c, o, r) => (r() < 0.8 ? ru(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c) => ruDigits(ru(c)), [], opt],
    ['Услуга', (c, o, r) => v.pick(r, ['Оплата заказа', 'Оплата по счёту', 'Предоплата 50%']), [], opt],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта', 'Банковская карта', 'СБП', 'SberPay', 'T-Pay']), [OR('payments[0].paymentType')]],
    ['Платёжная система', (c, o, r) => v.pick(r, ['Сбербанк', 'Т-Банк', 'ВТБ', 'Альфа-Банк']), [], opt],
    ['Номер карты', (c, o, r) => `${v.pick(r, ['220220', '427600', '546938', '553691'])}******${v.int(r, 1000, 9999)}`, []],
    ['Держатель карты', (c) => `${translit(ru(c).first).toUpperCase()} ${translit(ru(c).last).toUpperCase()}`, []],
    ['RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Код авторизации', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Сумма возврата', (c, o, r) => (r() < 0.1 ? sp(o.total * 90) : '0,00'), [OR('refundTotal')], opt],
    ['Дата списания', (c, o, r) => (r() < 0.9 ? dmyHMS(o.at + v.int(r, 1, 60) * 1000, 3) : ''), [], opt],
    ['Чек', (c, o, r) => v.pick(r, ['Отправлен', 'Отправлен', 'Не требуется', 'Ошибка']), []],
    ['Комиссия', (c, o) => sp(o.total * 90 * 0.025), []],
  ] },

  // ---------------------------------------------------------------- payments / POS receipts (Checkbox ПРРО, кабінет: Звіти > Чеки > Експорт, Ukrainian UI)
  { name: 'checkbox-cheky-uk', product: 'Checkbox (програмний РРО, веб-кабінет: Чеки > Експорт у Excel, Ukrainian UI; a Kyiv electronics shop with two cash registers)', family: 'payments', language: 'uk', schema: E, cols: [
    ['ID чека', (c, o, r) => v.uuid(r), ['_id', OR('purchaseID')]],
    ['Фіскальний номер', (c, o, r) => `${v.int(r, 1000000, 9999999)}${v.int(r, 100, 999)}`, [OR('purchaseID')], opt],
    ['Дата та час', (c, o) => dmyHMS(o.at, kyiv(o.at)), ['timestamp', OR('createdDate')]],
    ['Тип чека', (c, o, r) => v.pick(r, ['Продаж', 'Продаж', 'Продаж', 'Повернення']), [], opt],
    ['Торгова точка', (c, o, r) => v.pick(r, ['Магазин Хрещатик 22', 'Магазин ТРЦ Ocean Plaza']), [], opt],
    ['Каса', (c, o, r) => v.pick(r, ['Каса 1', 'Каса 2']), []],
    ['Фіскальний номер ПРРО', (c, o, r) => String(v.pick(r, [4000123456, 4000123457])), []],
    ['Касир', (c, o, r) => v.pick(r, ['Петренко О.В.', 'Гончаренко І.М.']), []],
    ['Зміна', (c, o, r) => String(v.int(r, 100, 900)), []],
    ['Товари', (c, o, r, i) => row(UA_GOODS, i)[0], [PL('name')], opt],
    ['Кількість', (c, o) => cm(o.qty).replace(',00', ',000'), [PL('quantity')], opt],
    ['Сума без знижки', (c, o, r, i) => sp(row(UA_GOODS, i)[1] * o.qty), [], opt],
    ['Знижка', (c, o) => sp(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['Сума', (c, o, r, i) => sp(row(UA_GOODS, i)[1] * o.qty - (o.discount ? 100 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['ПДВ 20%', (c, o, r, i) => sp((row(UA_GOODS, i)[1] * o.qty - (o.discount ? 100 : 0)) / 6), [OR('taxAmount')]],
    ['Форма оплати', (c, o, r) => v.pick(r, ['Готівка', 'Картка', 'Картка', 'Безготівковий розрахунок']), [OR('payments[0].paymentType')]],
    ['Валюта', () => 'UAH', [OR('currencyCode')]],
    ['Email покупця', (c, o, r, i) => (r() < 0.3 ? `${UA_LAT[row(UA, i)[0]]}.${UA_LAT[row(UA, i)[1]]}@ukr.net` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Доставлено в ДПС', 'Доставлено в ДПС', 'Доставлено в ДПС', 'Офлайн']), [], opt],
    ['Офлайн', (c, o, r) => (r() < 0.1 ? 'Так' : 'Ні'), []],
  ] },

  // ---------------------------------------------------------------- payments (Wooppay, кабинет мерчанта: Операции > Экспорт, Russian UI, Kazakhstan)
  { name: 'wooppay-operacii-ru', product: 'Wooppay (кабинет мерчанта: Операции > Экспорт в Excel, Russian UI, Kazakhstan; an online cinema-ticket seller)', family: 'payments', language: 'ru', seed: 'wooppay-kz', schema: E, cols: [
    ['ID операции', (c, o, r) => String(v.int(r, 180000000, 399999999)), [OR('payments[0].transactionID'), '_id']],
    ['Дата создания', (c, o) => dmyHMS(o.at, 5), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o, r) => (r() < 0.85 ? dmyHMS(o.at + v.int(r, 20, 300) * 1000, 5) : ''), [], opt],
    ['Номер заказа', (c, o, r) => `KN-${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Услуга', (c, o, r) => v.pick(r, ['Билеты в кино', 'Билеты в кино', 'Подарочный сертификат']), [], opt],
    ['Описание', (c, o, r) => v.pick(r, ['Оплата заказа', 'Билеты: Дюна 2, 2 шт.', 'Сертификат 10 000 ₸']), []],
    ['Сумма', (c, o) => sp(o.total * 500), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Валюта', () => 'KZT', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Комиссия', (c, o) => sp(o.total * 500 * 0.029), []],
    ['К зачислению', (c, o) => sp(o.total * 500 * 0.971), []],
    ['Статус', (c, o, r) => v.pick(r, ['Оплачено', 'Оплачено', 'Оплачено', 'Ожидает оплаты', 'Отклонено', 'Возврат']), [], opt],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта', 'Банковская карта', 'Кошелёк Wooppay', 'Баланс мобильного']), [OR('payments[0].paymentType')]],
    ['Маска карты', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['400303', '440563', '539545'])}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Телефон плательщика', (c, o, r) => kzMobile(r).replace(/[^\d+]/g, ''), [], opt],
    ['Email плательщика', (c, o, r, i) => (r() < 0.6 ? `${translit(row(KZ, i)[0])}.${translit(row(KZ, i)[1])}@mail.ru` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Сумма возврата', (c, o, r) => (r() < 0.08 ? sp(o.total * 500) : '0,00'), [OR('refundTotal')], opt],
    ['Код ошибки', (c, o, r) => v.pick(r, ['', '', '', '', '05', '51']), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (UDS, UDS Business: Клиенты > Экспорт, Russian UI)
  { name: 'uds-klienty-ru', product: 'UDS (UDS Business, кабинет компании: Клиенты > Экспорт в Excel, Russian UI; a coffee-shop chain\'s loyalty app)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['UID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['Имя', (c) => `${ru(c).first} ${ru(c).last}`, ['person.name.fullName']],
    ['Телефон', (c) => ruDigits(ru(c)), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.4 ? ru(c).email : ''), ['personalEmail.address']],
    ['Дата рождения', (c, o, r) => (r() < 0.7 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Пол', (c) => (ru(c).female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Статус', (c, o, r) => v.pick(r, ['Новичок', 'Постоянный', 'Постоянный', 'VIP']), ['loyalty.tier'], opt],
    ['Баллы', (c, o, r) => cm(v.int(r, 0, 250000) / 100), ['loyalty.points']],
    ['Кешбэк, %', (c, o, r) => v.pick(r, ['3', '5', '7', '10']), []],
    ['Скидка, %', (c, o, r) => v.pick(r, ['0', '0', '5']), []],
    ['Количество покупок', (c, o, r) => String(v.int(r, 0, 120)), [], opt],
    ['Сумма покупок', (c, o, r) => cm(v.int(r, 0, 9000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Дата регистрации', (c) => dmyHM(c.created, 3), ['loyalty.joinDate'], opt],
    ['Последняя покупка', (c, o, r) => (r() < 0.85 ? dmyHM(Math.max(c.created, c.updated) + day, 3) : ''), [], opt],
    ['Реферальный код', (c, o, r) => v.alnum(r, 6).toLowerCase(), []],
    ['Пригласил', (c, o, r) => (r() < 0.2 ? `${ru({ ...c, id: String(+c.id + 1) }).first} ${ru({ ...c, id: String(+c.id + 1) }).last[0]}.` : ''), []],
    ['Филиал', (c, o, r) => v.pick(r, ['ул. Ленина, 12', 'ТЦ Галерея', 'пр-т Мира, 48']), []],
    ['Источник', (c, o, r) => v.pick(r, ['QR-код на кассе', 'Приглашение', 'Приложение UDS', 'Сайт']), [], opt],
    ['Теги', (c, o, r) => v.pick(r, ['', '', 'студент', 'сотрудник']), []],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', '', 'без сахара']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (СберМаркет / Kuper, кабинет партнёра-ритейлера: Заказы > Выгрузить в Excel, Russian UI)
  { name: 'sbermarket-zakazy-ru', product: 'СберМаркет (Kuper; кабинет партнёра-ритейлера: Заказы > Выгрузить в Excel, Russian UI; a regional grocery chain selling through the service)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o, r) => `H${v.int(r, 10000000000, 99999999999)}`, [OR('purchaseID'), '_id']],
    ['Номер отправления', (c, o, r) => `${v.int(r, 10000000, 99999999)}-${v.int(r, 1, 2)}`, [], opt],
    ['Дата создания', (c, o) => dmyHM(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Дата доставки', (c, o) => dmy(o.at + day, 3), [], opt],
    ['Интервал доставки', (c, o, r) => v.pick(r, ['10:00–12:00', '14:00–16:00', '18:00–20:00', '20:00–22:00']), []],
    ['Магазин', (c, o, r) => v.pick(r, ['Гипермаркет на Ленинском, 45', 'Супермаркет ул. Мира, 12', 'Даркстор Юг']), [], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Доставлен', 'Доставлен', 'Доставлен', 'Отменён', 'Собирается', 'В пути']), [], opt],
    ['Способ получения', (c, o, r) => v.pick(r, ['Доставка', 'Доставка', 'Самовывоз']), ['commerce.shipping.shippingMethod'], opt],
    ['Город', (c) => ru(c).city, [SHIP('city')]],
    ['Адрес доставки', (c) => ru(c).street, [SHIP('street1')]],
    ['Покупатель', (c) => `${ru(c).first} ${ru(c).last[0]}.`, []],
    ['Количество позиций', (c, o) => String(o.qty + 3), [], opt],
    ['Сумма заказа', (c, o, r, i) => cm(row(RU_GOODS, i)[1] * (o.qty + 3)), [], opt],
    ['Сумма после сборки', (c, o, r, i) => cm(row(RU_GOODS, i)[1] * (o.qty + 3) * (r() < 0.3 ? 0.95 : 1) - (o.discount ? 150 : 0) + (o.shipping ? 199 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Скидка', (c, o) => cm(o.discount ? 150 : 0), [OR('discountAmount')]],
    ['Промокод', (c, o) => (o.discount ? 'ВЕСНА150' : ''), ['commerce.promotionID'], opt],
    ['Стоимость доставки', (c, o) => cm(o.shipping ? 199 : 0), ['commerce.shipping.shippingAmount']],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Картой онлайн', 'Картой онлайн', 'СберПэй', 'Картой курьеру']), [OR('payments[0].paymentType')], opt],
    ['Замены', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Не найдено товаров', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['Сборщик', (c, o, r) => v.pick(r, ['Гусейнов Р.', 'Павлова Е.', 'Тимуров А.']), []],
    ['Курьер', (c, o, r) => v.pick(r, ['Курьер СберМаркета', 'Курьер магазина', '']), []],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Позвонить за 30 минут', 'Домофон не работает']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Frontpad, Клиенты > Экспорт в Excel, Russian UI; a food-delivery business)
  { name: 'frontpad-klienty-ru', product: 'Frontpad (Клиенты > Экспорт в Excel, Russian UI; a pizza and sushi delivery business)', family: 'crm', language: 'ru', schema: P, cols: [
    ['Код', (c, o, r) => String(v.int(r, 1, 48000)), ['_id', 'personID']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName', 'person.name.fullName']],
    ['Телефон', (c) => ruDigits(ru(c)).replace('+7', '8'), ['mobilePhone.number', 'homePhone.number']],
    ['Доп. телефон', (c, o, r) => (r() < 0.15 ? `8${v.int(r, 9000000000, 9999999999)}` : ''), ['homePhone.number'], opt],
    ['E-mail', (c, o, r) => (r() < 0.3 ? ru(c).email : ''), ['personalEmail.address']],
    ['День рождения', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Улица', (c) => ru(c).street.split(',')[0], at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Дом', (c, o, r) => String(v.int(r, 1, 120)), [], opt],
    ['Подъезд', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1, 8)) : ''), []],
    ['Этаж', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1, 16)) : ''), []],
    ['Квартира', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1, 250)) : ''), at(['homeAddress', 'mailingAddress'], 'street2'), opt],
    ['Карта', (c, o, r) => (r() < 0.4 ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['Скидка', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Баллы', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.points']],
    ['Группа', (c, o, r) => v.pick(r, ['', '', 'Постоянные', 'Сотрудники', 'VIP']), [], opt],
    ['Кол-во заказов', (c, o, r) => String(v.int(r, 1, 90)), [], opt],
    ['Сумма заказов', (c, o, r) => String(v.int(r, 500, 180000)), ['loyalty.lifetimePurchases'], opt],
    ['Последний заказ', (c) => dmy(Math.max(c.created, c.updated), 3), [], opt],
    ['Дата добавления', (c) => dmy(c.created, 3), [], opt],
    ['Рассылка SMS', (c, o, r) => (r() < 0.6 ? 'да' : 'нет'), [], opt],
    ['Примечание', (c, o, r) => v.pick(r, ['', '', 'Не звонить в домофон', 'Аллергия на орехи', 'Оплата только картой']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (SalesDrive, Заявки > Експорт в Excel, Ukrainian UI)
  { name: 'salesdrive-zayavky-uk', product: 'SalesDrive (CRM для інтернет-магазинів: Заявки > Експорт в Excel, Ukrainian UI; a gadget-accessories shop selling on its site, Rozetka and Prom)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
    ['№', (c, o, r) => String(v.int(r, 10000, 89999)), [OR('purchaseID'), '_id']],
    ['Зовнішній номер', (c, o, r) => (r() < 0.6 ? String(v.int(r, 300000000, 399999999)) : ''), [OR('purchaseID')], opt],
    ['Дата', (c, o) => dmyHM(o.at, kyiv(o.at)), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o, r) => v.pick(r, ['Новий', 'Підтверджено', 'Відправлено', 'Продаж', 'Продаж', 'Відмова', 'Повернення']), [], opt],
    ['Джерело', (c, o, r) => v.pick(r, ['Сайт', 'Rozetka', 'Prom.ua', 'Instagram']), [], opt],
    ['ПІБ', (c, o, r, i) => `${row(UA, i)[1]} ${row(UA, i)[0]}`, []],
    ['Телефон', (c, o, r) => uaMobile(r), [], opt],
    ['Email', (c, o, r, i) => (r() < 0.5 ? `${UA_LAT[row(UA, i)[0]]}.${UA_LAT[row(UA, i)[1]]}${v.int(r, 1, 99)}@gmail.com` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Товари', (c, o, r, i) => `${row(UA_GOODS, i)[0]} x ${o.qty}`, [PL('name')], opt],
    ['Кількість', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Сума', (c, o, r, i) => cm(row(UA_GOODS, i)[1] * o.qty - (o.discount ? 50 : 0)), [OR('priceTotal')]],
    ['Знижка', (c, o) => cm(o.discount ? 50 : 0), [OR('discountAmount')]],
    ['Спосіб оплати', (c, o, r) => v.pick(r, ['Накладений платіж', 'Накладений платіж', 'Оплата на карту', 'LiqPay', 'Оплата частинами']), [OR('payments[0].paymentType')]],
    ['Дата оплати', (c, o, r) => (r() < 0.5 ? dmy(o.at + 2 * day, kyiv(o.at)) : ''), [], opt],
    ['Спосіб доставки', (c, o, r) => v.pick(r, ['Нова Пошта', 'Нова Пошта', 'Укрпошта', 'Самовивіз']), ['commerce.shipping.shippingMethod'], opt],
    ['Місто', (c, o, r, i) => row(UA_CITY, i)[0], [SHIP('city')]],
    ['Відділення', (c, o, r) => `Відділення №${v.int(r, 1, 320)}`, [SHIP('street1')], opt],
    ['ТТН', (c, o, r) => (r() < 0.7 ? `204${v.int(r, 50000000000, 59999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Менеджер', (c, o, r) => v.pick(r, ['Аліна', 'Вадим', 'Оксана']), []],
    ['Причина відмови', (c, o, r) => v.pick(r, ['', '', '', '', 'Не відповідає', 'Передумав']), [], opt],
    ['Коментар', (c, o, r) => v.pick(r, ['', '', 'Передзвонити після 18:00', 'Подарункова упаковка']), []],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'google', 'instagram', 'facebook']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'black_friday', 'remarketing', '']), ['marketing.campaignName'], opt],
  ] },

  // ---------------------------------------------------------------- email tools (eSputnik, Контакти > Експорт контактів, Ukrainian UI)
  { name: 'esputnik-kontakty-uk', product: 'eSputnik (Контакти > Експорт контактів у CSV, Ukrainian UI; a Ukrainian cosmetics online shop)', family: 'email', language: 'uk', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 900000000, 1999999999)), ['_id', 'personID']],
    ['Зовнішній ID', (c, o, r) => (r() < 0.7 ? String(v.int(r, 10000, 99999)) : ''), ['_id', 'personID'], opt],
    ['Email', (c, o, r, i) => `${UA_LAT[row(UA, i)[0]]}.${UA_LAT[row(UA, i)[1]]}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'ukr.net', 'i.ua'])}`, ['personalEmail.address']],
    ['Телефон', (c, o, r) => (r() < 0.7 ? uaMobile(r) : ''), ['mobilePhone.number']],
    ["Ім'я", (c, o, r, i) => row(UA, i)[0], ['person.name.firstName']],
    ['Прізвище', (c, o, r, i) => (r() < 0.7 ? row(UA, i)[1] : ''), ['person.name.lastName']],
    ['Стать', (c, o, r, i) => (row(UA, i)[3] ? 'Жіноча' : 'Чоловіча'), ['person.gender'], opt],
    ['Дата народження', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Місто', (c, o, r, i) => row(UA_CITY, i)[0], at(['homeAddress', 'mailingAddress'], 'city')],
    ['Мова', (c, o, r) => v.pick(r, ['uk', 'uk', 'uk', 'ru', 'en']), [], opt],
    ['Часовий пояс', () => 'Europe/Kyiv', [], opt],
    ['Статус Email', (c, o, r) => v.pick(r, ['Активний', 'Активний', 'Активний', 'Відписаний', 'Недоставлений']), ['personalEmail.status'], opt],
    ['Статус SMS', (c, o, r) => v.pick(r, ['Активний', 'Активний', 'Відписаний', '']), [], opt],
    ['Web Push', (c, o, r) => (r() < 0.3 ? 'Так' : 'Ні'), []],
    ['Джерело', (c, o, r) => v.pick(r, ['Сайт', 'Імпорт', 'Форма підписки', 'API']), [], opt],
    ['Сегменти', (c, o, r) => v.pick(r, ['Всі підписники', 'Всі підписники; Покупці', 'Покупці; VIP', 'Неактивні 90 днів']), []],
    ['Кількість замовлень', (c, o, r) => String(v.int(r, 0, 25)), [], opt],
    ['Сума замовлень', (c, o, r) => cm(v.int(r, 0, 4000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Дата створення', (c) => dmyHMS(c.created, 2), [], opt],
    ['Дата оновлення', (c) => dmyHMS(Math.max(c.created, c.updated), 2), [], opt],
  ] },
  // ---------------------------------------------------------------- bookings (TravelLine, личный кабинет отеля: Бронирования > Список бронирований > Выгрузить в Excel, Russian UI)
  { name: 'travelline-broni-ru', product: 'TravelLine (личный кабинет отеля: Бронирования > Выгрузить в Excel, Russian UI; a Sochi seaside hotel selling through its booking module and OTAs)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер брони', (c, o, r) => `${v.fmt.compact(o.at)}-${v.int(r, 1000, 9999)}-${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Дата создания', (c, o) => dmyHM(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o, r) => v.pick(r, ['Активная', 'Активная', 'Активная', 'Отменена', 'Незаезд']), [], opt],
    ['Источник', (c, o, r) => v.pick(r, ['Модуль бронирования', 'Модуль бронирования', 'Островок', 'Яндекс Путешествия', 'Суточно.ру']), [], opt],
    ['Гость', (c) => `${ru(c).last} ${ru(c).first}`, []],
    ['Телефон', (c) => ruPhone(ru(c)), [], opt],
    ['E-mail', (c, o, r) => (r() < 0.85 ? ru(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Заезд', (c, o) => dmy(o.at + tlIn(o) * day, 3), [], opt],
    ['Выезд', (c, o) => dmy(o.at + (tlIn(o) + tlN(o)) * day, 3), [], opt],
    ['Ночей', (c, o) => String(tlN(o)), []],
    ['Категория номера', (c, o, r, i) => row(TL_ROOMS, i)[0], [PL('name')], opt],
    ['Тариф', (c, o, r) => v.pick(r, ['Стандартный с завтраком', 'Невозвратный', 'Раннее бронирование −15%']), [], opt],
    ['Номеров', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['Взрослых', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Детей', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['Сумма', (c, o, r, i) => sp(row(TL_ROOMS, i)[1] * tlN(o)), [OR('priceTotal')]],
    ['Оплачено', (c, o, r, i) => sp(r() < 0.5 ? row(TL_ROOMS, i)[1] * tlN(o) : r() < 0.5 ? row(TL_ROOMS, i)[1] : 0), [OR('payments[0].paymentAmount')], opt],
    ['Валюта', () => 'RUB', [OR('currencyCode')]],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта онлайн', 'Оплата при заселении', 'СБП', 'Безналичный расчёт']), [OR('payments[0].paymentType')], opt],
    ['Промокод', (c, o) => (o.discount ? 'SEA2024' : ''), ['commerce.promotionID'], opt],
    ['Комиссия канала', (c, o, r, i) => sp(row(TL_ROOMS, i)[1] * tlN(o) * 0.15), []],
    ['Дата отмены', (c, o, r) => (r() < 0.15 ? dmyHM(o.at + v.int(r, 1, 20) * day, 3) : ''), [OR('cancelDate')], opt],
    ['Комментарий гостя', (c, o, r) => v.pick(r, ['', '', 'Поздний заезд около 23:00', 'Нужна детская кроватка', 'Номер на высоком этаже']), []],
  ] },

  // ---------------------------------------------------------------- payments (bePaid, личный кабинет: Транзакции > Экспорт, Russian UI, Belarus)
  { name: 'bepaid-tranzakcii-ru', product: 'bePaid (личный кабинет мерчанта: Транзакции > Экспорт в CSV, Russian UI, Belarus; a Minsk online bookshop taking cards and ЕРИП)', family: 'payments', language: 'ru', seed: 'bepaid-by', schema: E, cols: [
    ['UID', (c, o, r) => `${v.int(r, 100000000, 999999999)}-${v.hex(r, 10)}`, [OR('payments[0].transactionID'), '_id']],
    ['Дата создания', (c, o) => ymdHMS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o, r) => (r() < 0.85 ? ymdHMS(o.at + v.int(r, 10, 240) * 1000, 3) : ''), [], opt],
    ['Тип', (c, o, r) => v.pick(r, ['Платёж', 'Платёж', 'Платёж', 'Авторизация', 'Возврат']), [], opt],
    ['Статус', (c, o) => ['Успешная', 'Успешная', 'Успешная', 'Неуспешная', 'Ожидает'][+o.id % 5], [], opt],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта', 'Банковская карта', 'ЕРИП', 'Apple Pay', 'Google Pay']), [OR('payments[0].paymentType')]],
    ['ID заказа', (c, o) => `order-${o.id}`, [OR('purchaseID')]],
    ['Описание', (c, o, r) => v.pick(r, ['Оплата заказа на knizhny-dom.by', 'Подписка на журнал', 'Подарочный сертификат']), [], opt],
    ['Сумма', (c, o) => cm(o.total * 1.2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Валюта', () => 'BYN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Комиссия', (c, o) => cm(o.total * 1.2 * 0.022), []],
    ['К перечислению', (c, o) => cm(o.total * 1.2 * 0.978), []],
    ['Плательщик', (c, o, r, i) => `${translit(row(BY, i)[0]).toUpperCase()} ${translit(row(BY, i)[1]).toUpperCase()}`, []],
    ['Email', (c, o, r, i) => `${translit(row(BY, i)[0])}.${translit(row(BY, i)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['tut.by', 'mail.ru', 'gmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Карта', (c, o, r) => `${v.pick(r, ['4', '5', '9'])}*** ${v.int(r, 1000, 9999)}`, []],
    ['Бренд карты', (c, o, r) => v.pick(r, ['VISA', 'MASTER', 'BELKART']), [], opt],
    ['Банк-эмитент', (c, o, r) => v.pick(r, ['Беларусбанк', 'Приорбанк', 'Альфа-Банк', 'МТБанк', 'БПС-Сбербанк']), []],
    ['Страна банка', (c, o, r) => v.pick(r, ['BY', 'BY', 'BY', 'RU', 'PL']), [], opt],
    ['Код авторизации', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['RRN', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Сообщение', (c, o) => ['Успешно', 'Успешно', 'Успешно', +o.id % 2 ? 'Недостаточно средств' : 'Отклонено банком-эмитентом', 'Ожидание ответа'][+o.id % 5], [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Halyk Market, сатушы кабинеті: Тапсырыстар > Excel-ге жүктеу, Kazakh UI)
  { name: 'halyk-market-tapsyrystar-kk', product: 'Halyk Market (сатушы кабинеті: Тапсырыстар > Excel-ге жүктеу, Kazakh UI; an Almaty electronics seller)', family: 'ecommerce-orders', language: 'kk', schema: E, cols: [
    ['Тапсырыс нөмірі', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('purchaseID'), '_id']],
    ['Тапсырыс күні', (c, o) => dmyHM(o.at, 5), ['timestamp', OR('createdDate')]],
    ['Күйі', (c, o, r) => v.pick(r, ['Жеткізілді', 'Жеткізілді', 'Жаңа', 'Жиналуда', 'Жолда', 'Бас тартылды']), [], opt],
    ['Тауар атауы', (c, o, r, i) => row(KZ_GOODS, i)[0], [PL('name')]],
    ['Тауар коды', (c, o, r, i) => row(KZ_GOODS, i)[1], [PL('SKU')]],
    ['Саны', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Бағасы, ₸', (c, o, r, i) => sp(row(KZ_GOODS, i)[2], 0), [], opt],
    ['Сомасы, ₸', (c, o, r, i) => sp(row(KZ_GOODS, i)[2] * (o.qty > 2 ? 1 : o.qty), 0), [OR('priceTotal'), PL('priceTotal')]],
    ['Төлем тәсілі', (c, o, r) => v.pick(r, ['Halyk картасы', 'Бөліп төлеу 0-0-12', 'Бөліп төлеу 0-0-24', 'Несие', 'Басқа банк картасы']), [OR('payments[0].paymentType')], opt],
    ['Жеткізу тәсілі', (c, o, r) => v.pick(r, ['Курьерлік жеткізу', 'Өзі алып кету', 'Halyk Market жеткізуі']), ['commerce.shipping.shippingMethod'], opt],
    ['Қала', (c, o, r, i) => row(KZ_CITY, i)[0], [SHIP('city')]],
    ['Жеткізу мекенжайы', (c, o, r, i) => `${row(KZ_CITY, i)[1]}, ${v.int(r, 1, 250)}, пәт. ${v.int(r, 1, 120)}`, [SHIP('street1')]],
    ['Сатып алушы', (c, o, r, i) => `${row(KZ, i)[0]} ${row(KZ, i)[1][0]}.`, []],
    ['Сатып алушының телефоны', (c, o, r) => kzMobile(r), [], opt],
    ['Жеткізу күні', (c, o, r) => dmy(o.at + v.int(r, 1, 5) * day, 5), [], opt],
    ['Қойма', (c, o, r) => v.pick(r, ['Алматы, Райымбек 221', 'Астана, Сарыарқа 15']), []],
    ['Комиссия, ₸', (c, o, r, i) => sp(row(KZ_GOODS, i)[2] * 0.08, 0), []],
    ['Ескерту', (c, o, r) => v.pick(r, ['', '', 'Келер алдында қоңырау шалыңыз', 'Кешкі 18:00-ден кейін']), []],
  ] },

  // ---------------------------------------------------------------- B2B / CRM contacts (ПланФикс, Контакты > Экспорт в Excel, Russian UI)
  { name: 'planfix-kontakty-ru', product: 'ПланФикс (Planfix; Контакты > список > Экспорт в Excel, Russian UI; an engineering-services firm\'s client contacts)', family: 'b2b', language: 'ru', schema: B, cols: [
    ['Номер', (c, o, r) => String(v.int(r, 100, 9999)), B2BID],
    ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Отчество', (c, o, r) => (r() < 0.6 ? ru(c).middle : ''), ['person.name.middleName'], opt],
    ['Компания', (c) => pfCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Должность', (c, o, r) => v.pick(r, ['Главный инженер', 'Директор по закупкам', 'Генеральный директор', 'Менеджер по снабжению', 'Главный бухгалтер']), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c, o, r) => `${translit(ru(c).first)[0]}.${translit(ru(c).last)}@${pfCo(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Мобильный телефон', (c) => ruPhone(ru(c)), ['mobilePhone.number']],
    ['Рабочий телефон', (c, o, r) => (r() < 0.6 ? `+7 (${v.pick(r, ['495', '343', '812'])}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}` : ''), ['workPhone.number']],
    ['Адрес', (c) => `${ru(c).zip}, г. ${ru(c).city}, ${ru(c).street.split(', кв.')[0]}`, at(['workAddress'], 'street1'), opt],
    ['Сайт', (c) => (+c.id % 4 ? `https://${pfCo(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['Telegram', (c, o, r) => (r() < 0.4 ? `@${translit(ru(c).first)}_${translit(ru(c).last)}` : ''), []],
    ['День рождения', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Пол', (c) => (ru(c).female ? 'Женский' : 'Мужской'), ['person.gender'], opt],
    ['Группа', (c, o, r) => v.pick(r, ['Клиенты', 'Клиенты', 'Потенциальные клиенты', 'Партнёры']), ['b2b.personType'], opt],
    ['Ответственный', (c, o, r) => v.pick(r, ['Смирнова Ольга', 'Петров Игорь']), []],
    ['Дата создания', (c) => dmy(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['Описание', (c, o, r) => v.pick(r, ['', '', 'Принимает решения по закупке оборудования', 'Звонить до 17:00 МСК']), []],
  ] },
]
