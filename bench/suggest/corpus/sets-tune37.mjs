// Round 37, tune37: tune sets written blind before round-37 tuning (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { loc } from './values10.mjs'
import { loc12, translit } from './values12.mjs'
import { slug } from './values.mjs'

// local formats: Moscow dd.MM.yyyy HH:mm(:ss), Athens dd/MM/yyyy HH:mm:ss, Prague dd.MM.yyyy HH:mm:ss, Nairobi
// dd-MM-yyyy HH:mm:ss, Paris/Brussels dd/MM/yyyy HH:mm; roubles, euros and koruny with a decimal comma, shillings with
// thousands commas
const mskMin = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const mskSec = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ruDate = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const athens = (ms) => { const p = shift(ms, 2); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const prague = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const nairobi = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const paris = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const rub = (n) => (n * 90).toFixed(2).replace('.', ',')
const comma = (n) => n.toFixed(2).replace('.', ',')
const kes = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const ru = (c) => loc12(c, 'ru')
const cz = (c) => loc(c, 'cs')

// local people, places and goods the shared generators lack
const RU_GOODS = [['TSH-001-M', 'Футболка хлопковая, чёрная, M', 'Одежда', 1290], ['HD-014-L', 'Худи на молнии, серое, L', 'Одежда', 3490], ['MUG-350', 'Кружка керамическая 350 мл', 'Посуда', 590], ['SNK-42-R', 'Кроссовки беговые, красные, 42', 'Обувь', 6990], ['BP-20-N', 'Рюкзак городской 20 л', 'Сумки', 4290]]
const RU_SHOP = [['Кофе в зёрнах Арабика 250 г', '4607001771234', 450, 'Без НДС'], ['Молоко 3,2% 1 л', '4600605012345', 89.9, 'НДС 10%'], ['Круассан миндальный', '2000000012345', 149, 'НДС 20%'], ['Вода питьевая 0,5 л', '4603934000793', 59, 'НДС 20%'], ['Шоколад молочный 90 г', '4690228012345', 119.5, 'НДС 20%']]
const GR = [['GEORGIOS', 'PAPADOPOULOS'], ['MARIA', 'NIKOLAOU'], ['DIMITRIOS', 'GEORGIOU'], ['ELENI', 'KONSTANTINOU'], ['NIKOLAOS', 'IOANNOU'], ['KATERINA', 'PAPPA'], ['IOANNIS', 'VASILEIOU'], ['SOFIA', 'DIMITRIOU']]
const KE = [['JOHN', 'KAMAU'], ['MARY', 'WANJIKU'], ['PETER', 'OTIENO'], ['GRACE', 'AKINYI'], ['JAMES', 'MWANGI'], ['FAITH', 'CHEBET'], ['BRIAN', 'KIPROTICH'], ['MERCY', 'NJERI']]
const BE = [['Brussel', '1000'], ['Antwerpen', '2000'], ['Gent', '9000'], ['Leuven', '3000'], ['Brugge', '8000'], ['Hasselt', '3500'], ['Mechelen', '2800']]
const BE_CO = ['Vandenberghe NV', 'Brouwerij De Kroon BV', 'Peeters & Zonen BV', 'Logistiek Maes NV', 'Janssens Bouw BV', 'Dewitte Consult BV']
const NL_JOBS = ['Zaakvoerder', 'Aankoopverantwoordelijke', 'Marketingmanager', 'IT-verantwoordelijke', 'Financieel directeur', 'Office manager']
const FR_CO = ['Menuiserie Dubois SARL', 'Cabinet Lefèvre & Associés', 'Transports Moreau SAS', 'Atelier Petit', 'Garage Durand', 'Imprimerie Leroy SA']
const AREAS = [['msk', 'Москва и МО', 'Europe/Moscow'], ['spb', 'Санкт-Петербург', 'Europe/Moscow'], ['ekb', 'Екатеринбург', 'Asia/Yekaterinburg'], ['msk', 'Москва и МО', 'Europe/Moscow'], ['nsk', 'Новосибирск', 'Asia/Novosibirsk']]
const MPESA = [['Pay Bill Online', 'Pay Bill Online from'], ['Pay Bill Online', 'Pay Bill Online from'], ['Business Buy Goods', 'Merchant Payment from'], ['Pay Bill Online', 'Pay Bill Online from'], ['Business Pay Bill Charge', 'Business Pay Bill Charge']]
const EP_STATUS = ['Captured', 'Captured', 'Captured', 'Refunded', 'Captured', 'Partially Refunded', 'Pre authorized', 'Captured', 'Failed']
const CG_STATUS = ['Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Zrušeno', 'Zaplaceno', 'Čeká na zaplacení', 'Autorizováno']
const masked = (o) => `2547${(+o.id % 90) + 10}***${((+o.id * 7) % 900) + 100}`
const mpesaRef = (r) => `${v.pick(r, ['S', 'T'])}${v.pick(r, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L'])}${v.int(r, 1, 9)}${v.alnum(r, 7).toUpperCase()}`

export const SETS = [
  // ---------------------------------------------------------------- loyalty / CRM (Mindbox, Клиенты > Экспорт, columns in Mindbox system field names; a brand's subscriptions and bonus balance)
  { name: 'mindbox-customers', product: 'Mindbox (Клиенты > Экспорт клиентов, semicolon CSV with Mindbox system field names)', family: 'loyalty', language: 'none', schema: P, cols: [
    ['CustomerFirstName', (c) => ru(c).first, ['person.name.firstName']],
    ['CustomerMiddleName', (c) => ru(c).middle, ['person.name.middleName']],
    ['CustomerLastName', (c) => ru(c).last, ['person.name.lastName']],
    ['CustomerEmail', (c) => ru(c).email, ['personalEmail.address']],
    ['CustomerMobilePhone', (c) => ru(c).mobile.replace(/\D/g, ''), ['mobilePhone.number']],
    ['CustomerCustomFieldsCustomerTown', (c) => ru(c).city, at(HOME, 'city'), opt],
    ['CustomerCustomFieldsPhoneConfirmed', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['CustomerSex', (c) => (ru(c).female ? 'female' : 'male'), ['person.gender']],
    ['CustomerAreaIdsExternalId', (c, o, r, i) => row(AREAS, i)[0], []],
    ['CustomerAreaName', (c, o, r, i) => row(AREAS, i)[1], [], opt],
    ['CustomerIanaTimeZone', (c, o, r, i) => row(AREAS, i)[2], []],
    ['CustomerTimeZoneSource', (c, o, r) => v.pick(r, ['Area', 'MobilePhone', 'Manual']), []],
    ['CustomerIdsMindboxId', (c, o, r) => String(v.int(r, 100000, 9999999)), ID],
    ['CustomerBirthDate', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['CustomerIsEmailInvalid', (c, o, r) => (r() < 0.08 ? 'true' : 'false'), [], opt],
    ['CustomerIsMobilePhoneInvalid', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), [], opt],
    ['CustomerChangeDateTimeUtc', (c) => f.ymdhms(c.updated), [], opt],
    ['CustomerIsEmailConfirmed', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), [], opt],
    ['CustomerIsMobilePhoneConfirmed', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['CustomerIdsWebsiteID', (c) => `${c.id}`, ID, opt],
    ['CustomerLastActivatedCardIdsNumber', (c, o, r) => (r() < 0.7 ? `2${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}` : ''), ['loyalty.cardsDetails[0].number']],
    ['CustomerCustomerSubscriptionsEcomarketIsSubscribed', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['CustomerCustomerSubscriptionsEcomarketSmsIsSubscribed', (c, o, r) => (r() < 0.5 ? 'true' : 'false'), ['mobilePhone.status'], opt],
    ['CustomerCustomerSubscriptionsEcomarketEmailIsSubscribed', (c) => (c.bool ? 'true' : 'false'), ['personalEmail.status'], opt],
    ['CustomerCustomerSubscriptionsEcomarketMobilePushIsSubscribed', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), [], opt],
    ['CustomerCustomerSubscriptionsEcomarketWebPushIsSubscribed', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), [], opt],
    ['CustomerPendingEmail', (c, o, r) => (r() < 0.1 ? `${translit(ru(c).first)}${v.int(r, 1, 99)}@yandex.ru` : ''), [], opt],
    ['CustomerPendingMobilePhone', (c, o, r) => (r() < 0.05 ? `79${v.int(r, 100000000, 999999999)}` : ''), [], opt],
    ['CustomerBalanceBonusTotal', (c) => String(+c.id % 12000), ['loyalty.points']],
    ['CustomerBalanceBonusAvailable', (c) => String(Math.floor((+c.id % 12000) * 0.8)), ['loyalty.points'], opt],
    ['CustomerBalanceBonusBlocked', (c, o, r) => String(v.pick(r, [0, 0, 0, 150, 500])), [], opt],
  ] },

  // ---------------------------------------------------------------- email (Sendsay, Подписчики > Экспорт, Russian UI)
  { name: 'sendsay-podpischiki-ru', product: 'Sendsay (Подписчики > Экспорт в CSV, Russian UI)', family: 'email', language: 'ru', schema: P, cols: [
    ['Email', (c) => ru(c).email, ['personalEmail.address']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
    ['Отчество', (c, o, r) => (r() < 0.5 ? ru(c).middle : ''), ['person.name.middleName']],
    ['Пол', (c) => (ru(c).female ? 'ж' : 'м'), ['person.gender']],
    ['Дата рождения', (c) => ruDate(c.birth), ['person.birthDate']],
    ['Телефон', (c, o, r) => (r() < 0.6 ? ru(c).mobile.replace(/[\s()-]/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Город', (c) => ru(c).city, at(HOME, 'city')],
    ['Статус', (c, o, r) => v.pick(r, ['Активен', 'Активен', 'Активен', 'Отписан', 'Недоступен']), ['personalEmail.status'], opt],
    ['Отписан от рассылок', (c, o, r) => (r() < 0.15 ? 'Да' : 'Нет'), [], opt],
    ['Группы', (c, o, r) => v.pick(r, ['Новости', 'Новости, Покупатели', 'Вебинар 2024', '']), []],
    ['Дата добавления', (c) => mskSec(c.created), [], opt],
    ['Источник', (c, o, r) => v.pick(r, ['Форма на сайте', 'Импорт', 'API', 'Попап']), [], opt],
    ['Дата последней активности', (c) => mskSec(c.updated), [], opt],
    ['Количество писем', (c, o, r) => String(v.int(r, 0, 240)), []],
    ['Открытия', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['Клики', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Последнее открытие', (c, o, r) => (r() < 0.7 ? mskSec(c.updated) : ''), [], opt],
    ['Язык', () => 'ru', [], opt],
    ['Часовой пояс', (c, o, r) => v.pick(r, ['Europe/Moscow', 'Asia/Novosibirsk', 'Asia/Yekaterinburg']), []],
    ['IP-адрес подписки', (c, o, r) => v.ip4(r), []],
  ] },

  // ---------------------------------------------------------------- analytics events (Calltouch, Журнал звонков > Экспорт)
  { name: 'calltouch-zvonki-ru', product: 'Calltouch (Журнал звонков > Экспорт в Excel, Russian UI)', family: 'analytics', language: 'ru', schema: E, cols: [
    ['ID звонка', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id']],
    ['Дата и время звонка', (c, o) => mskSec(o.at), ['timestamp']],
    ['Номер абонента', (c) => ru(c).mobile.replace(/\D/g, ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Отслеживаемый номер', (c, o, r) => `7495${v.int(r, 1000000, 9999999)}`, []],
    ['Номер переадресации', (c, o, r) => `7495${v.int(r, 1000000, 9999999)}`, []],
    ['Статус', (c, o, r) => v.pick(r, ['Успешный', 'Успешный', 'Неуспешный', 'Пропущенный']), [], opt],
    ['Длительность звонка', (c, o, r) => String(v.int(r, 0, 900)), [], opt],
    ['Время ожидания', (c, o, r) => String(v.int(r, 2, 40)), []],
    ['Уникальный', (c, o, r) => (r() < 0.6 ? 'Да' : 'Нет'), []],
    ['Целевой', (c, o, r) => (r() < 0.5 ? 'Да' : 'Нет'), []],
    ['Источник', (c, o, r) => v.pick(r, ['yandex', 'google', '(direct)', 'vk']), [], opt],
    ['Канал', (c, o, r) => v.pick(r, ['cpc', 'organic', '(none)', 'referral']), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['yandex', 'google', '', 'vk']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['cpc', 'cpc', '', 'social']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['brand_msk', 'poisk_obshchie', '', 'retarget_vk']), ['marketing.campaignName'], opt],
    ['utm_content', (c, o, r) => v.pick(r, ['', 'banner_1', 'text_2']), [], opt],
    ['utm_term', (c, o, r) => v.pick(r, ['', 'купить кроссовки', 'доставка цветов']), [], opt],
    ['Страница входа', (c, o, r) => v.pick(r, ['https://shop.example.ru/', 'https://shop.example.ru/catalog/obuv', 'https://shop.example.ru/contacts']), ['web.webPageDetails.URL'], opt],
    ['Реферер', (c, o, r) => v.pick(r, ['https://yandex.ru/', 'https://www.google.com/', '']), ['web.webReferrer.URL']],
    ['Город', (c) => ru(c).city, ['placeContext.geo.city']],
    ['Устройство', (c, o, r) => v.pick(r, ['Компьютер', 'Смартфон', 'Планшет']), ['device.type'], opt],
    ['Браузер', (c, o, r) => v.pick(r, ['Chrome', 'Yandex Browser', 'Safari', 'Firefox']), ['environment.browserDetails.name']],
    ['ОС', (c, o, r) => v.pick(r, ['Windows', 'Android', 'iOS', 'macOS']), ['environment.operatingSystem']],
    ['IP-адрес', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Session ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['Теги', (c, o, r) => v.pick(r, ['', 'Заказ', 'Консультация', 'Спам']), []],
    ['Менеджер', (c, o, r) => v.pick(r, ['Ольга', 'Андрей', '']), []],
    ['Запись разговора', (c, o, r) => (r() < 0.7 ? `https://api.calltouch.ru/calls-service/RestAPI/rec/${v.hex(r, 16)}.mp3` : ''), []],
  ] },

  // ---------------------------------------------------------------- support desk (Omnidesk, Обращения > Экспорт, Russian UI; read as the client's profile)
  { name: 'omnidesk-obrashcheniya-ru', product: 'Omnidesk (Обращения > Экспорт в Excel/CSV, Russian UI)', family: 'support', language: 'ru', schema: P, cols: [
    ['Номер обращения', (c, o, r) => `${v.int(r, 100, 999)}-${v.int(r, 100000, 999999)}`, []],
    ['Тема', (c, o, r) => v.pick(r, ['Где мой заказ?', 'Возврат товара', 'Не приходит код подтверждения', 'Вопрос по оплате']), []],
    ['Статус', (c, o, r) => v.pick(r, ['Открыто', 'В ожидании', 'Закрыто']), []],
    ['Приоритет', (c, o, r) => v.pick(r, ['Низкий', 'Обычный', 'Высокий', 'Критический']), []],
    ['Канал', (c, o, r) => v.pick(r, ['Email', 'Чат', 'Telegram', 'ВКонтакте', 'Телефон']), []],
    ['Группа', (c, o, r) => v.pick(r, ['Поддержка', 'Отдел продаж', 'Возвраты']), []],
    ['Сотрудник', (c, o, r) => v.pick(r, ['Анна Орлова', 'Игорь Белов', '']), []],
    ['ID клиента', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID, opt],
    ['Клиент', (c) => `${ru(c).first} ${ru(c).last}`, ['person.name.fullName']],
    ['Email клиента', (c) => ru(c).email, ['personalEmail.address']],
    ['Телефон клиента', (c, o, r) => (r() < 0.5 ? ru(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Компания', (c, o, r) => (r() < 0.3 ? v.pick(r, ['ООО «Ромашка»', 'АО «Вектор»', 'ИП Смирнов']) : ''), ['organizations[0]'], opt],
    ['Дата создания', (c, o) => mskMin(o.at), [], opt],
    ['Дата последнего изменения', (c, o) => mskMin(o.at + 7200000), [], opt],
    ['Дата закрытия', (c, o, r) => (r() < 0.6 ? mskMin(o.at + 86400000) : ''), [], opt],
    ['Время первого ответа', (c, o, r) => `${v.int(r, 0, 5)} ч ${v.int(r, 1, 59)} мин`, []],
    ['Количество ответов', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['Метки', (c, o, r) => v.pick(r, ['', 'доставка', 'возврат, vip', 'оплата']), []],
    ['Оценка', (c, o, r) => v.pick(r, ['', 'Отлично', 'Хорошо', 'Плохо']), []],
    ['Язык', () => 'Русский', [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (InSales, Заказы > Экспорт, one row per line)
  { name: 'insales-zakazy-ru', product: 'InSales (Заказы > Экспорт заказов в CSV, one row per order line, Russian UI)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => String(1000 + +o.id), [OR('purchaseID'), '_id']],
    ['Дата создания', (c, o) => mskMin(o.at), ['timestamp', OR('createdDate')]],
    ['Дата изменения', (c, o) => mskMin(o.at + 86400000), [OR('lastUpdatedDate')], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Новый', 'Принят', 'Доставляется', 'Выполнен', 'Отменён']), [], opt],
    ['Статус оплаты', (c, o, r) => v.pick(r, ['Оплачен', 'Оплачен', 'Не оплачен']), [], opt],
    ['Контактное лицо', (c) => ru(c).full, []],
    ['Email', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c) => ru(c).mobile, [], opt],
    ['Страна', () => 'Россия', [SHIP('country')]],
    ['Регион', (c) => ru(c).region, [SHIP('stateProvince'), SHIP('state')]],
    ['Город', (c) => ru(c).city, [SHIP('city')]],
    ['Индекс', (c) => ru(c).zip, [SHIP('postalCode')]],
    ['Адрес', (c) => ru(c).street, [SHIP('street1')]],
    ['Способ доставки', (c, o, r) => v.pick(r, ['СДЭК до ПВЗ', 'Почта России', 'Курьер', 'Самовывоз', 'Boxberry']), ['commerce.shipping.shippingMethod'], opt],
    ['Стоимость доставки', (c, o) => rub(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковской картой онлайн', 'СБП', 'Наличными при получении']), [OR('payments[0].paymentType')], opt],
    ['Артикул', (c, o, r, i) => row(RU_GOODS, i)[0], [PL('SKU')]],
    ['Название товара', (c, o, r, i) => row(RU_GOODS, i)[1], [PL('name')]],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Цена', (c, o, r, i) => comma(row(RU_GOODS, i)[3]), [], opt],
    ['Сумма по позиции', (c, o, r, i) => comma(row(RU_GOODS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Скидка', (c, o) => comma(o.discount * 90), [OR('discountAmount')]],
    ['Промокод', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Сумма заказа', (c, o, r, i) => comma(row(RU_GOODS, i)[3] * o.qty + o.shipping * 90 - o.discount * 90), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Валюта', () => 'RUR', [OR('currencyCode')], opt],
    ['Трек-номер', (c, o, r) => (r() < 0.6 ? `${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Комментарий клиента', (c, o, r) => v.pick(r, ['', '', 'Позвонить за час', 'Домофон не работает']), []],
    ['Комментарий менеджера', (c, o, r) => v.pick(r, ['', 'VIP', 'Повторный заказ']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce / retail receipts (Evotor, Отчёты > Чеки, one row per receipt position)
  { name: 'evotor-cheki-ru', product: 'Evotor (личный кабинет, Отчёты > Документы/чеки > Выгрузить в Excel, one row per position)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Дата и время', (c, o) => mskSec(o.at), ['timestamp', OR('createdDate')]],
    ['Магазин', (c, o, r) => v.pick(r, ['Кофейня на Тверской', 'Магазин у дома №2', 'Пекарня Садовая']), ['placeContext.POIinteraction.POIDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['Терминал', (c, o, r) => `Касса ${v.int(r, 1, 3)}`, []],
    ['Сотрудник', (c, o, r) => v.pick(r, ['Иванова Мария', 'Петров Сергей', 'Администратор']), []],
    ['Тип документа', (c, o, r) => v.pick(r, ['Продажа', 'Продажа', 'Продажа', 'Возврат']), [OR('orderType')], opt],
    ['Номер смены', (c, o, r) => String(v.int(r, 1, 900)), []],
    ['Номер чека', (c, o, r) => String(v.int(r, 1, 300)), [OR('purchaseID')], opt],
    ['ID документа', (c, o, r) => v.uuid(r), ['_id', OR('purchaseID')], opt],
    ['Наименование', (c, o, r, i) => row(RU_SHOP, i)[0], [PL('name')]],
    ['Штрихкод', (c, o, r, i) => row(RU_SHOP, i)[1], [PL('SKU')], opt],
    ['Код товара', (c, o, r) => String(v.int(r, 1, 500)), [PL('SKU'), PL('_id')], opt],
    ['Количество', (c, o) => comma(o.qty).replace(',00', ',000'), [PL('quantity')]],
    ['Цена', (c, o, r, i) => comma(row(RU_SHOP, i)[2]), [], opt],
    ['Скидка', (c, o) => comma(o.discount * 10), [PL('discountAmount')], opt],
    ['Сумма', (c, o, r, i) => comma(row(RU_SHOP, i)[2] * o.qty - o.discount * 10), [PL('priceTotal')]],
    ['Ставка НДС', (c, o, r, i) => row(RU_SHOP, i)[3], []],
    ['Сумма НДС', (c, o, r, i) => comma(row(RU_SHOP, i)[3] === 'НДС 20%' ? (row(RU_SHOP, i)[2] * o.qty) / 6 : row(RU_SHOP, i)[3] === 'НДС 10%' ? (row(RU_SHOP, i)[2] * o.qty) / 11 : 0), [], opt],
    ['Тип оплаты', (c, o, r) => v.pick(r, ['Наличными', 'Безналичными', 'Безналичными']), [OR('payments[0].paymentType')]],
    ['Итого по чеку', (c, o, r, i) => comma(row(RU_SHOP, i)[2] * o.qty - o.discount * 10 + v.int(r, 0, 3) * 59), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Номер ФН', (c, o, r) => `73840${v.int(r, 10000000000, 99999999999)}`, []],
    ['ФД', (c, o, r) => String(v.int(r, 1, 99999)), []],
    ['ФПД', (c, o, r) => String(v.int(r, 1000000000, 4294967295)), []],
    ['Телефон или email покупателя', (c, o, r) => (r() < 0.3 ? ru(c).email : r() < 0.5 ? `+7${ru(c).mobile.replace(/\D/g, '').slice(1)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Everypay, dashboard Πληρωμές > Εξαγωγή, Greek UI; the payment object's fields)
  { name: 'everypay-synallages-el', product: 'Everypay (dashboard, Πληρωμές > Εξαγωγή CSV, Greek UI)', family: 'payments', language: 'el', schema: E, cols: [
    ['Κωδικός πληρωμής', (c, o, r) => `pmt_${v.alnum(r, 24)}`, [OR('payments[0].transactionID'), '_id']],
    ['Ημερομηνία δημιουργίας', (c, o) => athens(o.at), ['timestamp', OR('createdDate')]],
    ['Περιγραφή', (c, o, r) => v.pick(r, [`Order #${o.id}`, `Παραγγελία ${o.id}`, `Κράτηση ${o.id}`]), [OR('purchaseID')], opt],
    ['Ποσό', (c, o) => comma(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Νόμισμα', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Κατάσταση', (c, o, r, i) => row(EP_STATUS, i), [], opt],
    ['Ποσό επιστροφής', (c, o, r, i) => (row(EP_STATUS, i) === 'Refunded' ? comma(o.total) : row(EP_STATUS, i) === 'Partially Refunded' ? comma(o.total / 2) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Επιστράφηκε', (c, o, r, i) => (row(EP_STATUS, i) === 'Refunded' ? 'Ναι' : 'Όχι'), []],
    ['Προμήθεια', (c, o) => comma(o.total * 0.015 + 0.1), []],
    ['Δόσεις', (c, o, r) => String(v.pick(r, [0, 0, 0, 3, 6, 12])), []],
    ['Email πληρωτή', (c, o, r, i) => (r() < 0.8 ? `${row(GR, i)[0].toLowerCase()}.${row(GR, i)[1].toLowerCase()}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'])}` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Τηλέφωνο πληρωτή', (c, o, r) => (r() < 0.5 ? `69${v.int(r, 10000000, 99999999)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Όνομα κατόχου', (c, o, r, i) => `${row(GR, i)[0]} ${row(GR, i)[1]}`, []],
    ['Τύπος κάρτας', (c, o, r) => v.pick(r, ['Visa', 'Visa', 'MasterCard', 'Maestro', 'American Express']), [OR('payments[0].paymentType')], opt],
    ['Τελευταία 4 ψηφία', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Μήνας λήξης', (c, o, r) => pad(v.int(r, 1, 12)), []],
    ['Έτος λήξης', (c, o, r) => String(v.int(r, 2025, 2031)), []],
  ] },

  // ---------------------------------------------------------------- payments (ComGate, Klientský portál > Platby > Export do CSV, Czech UI; the payment status fields)
  { name: 'comgate-platby-cs', product: 'ComGate (Klientský portál, Platby > Export do CSV, Czech UI)', family: 'payments', language: 'cs', schema: E, cols: [
    ['ID transakce', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Reference', (c, o) => `OBJ${o.id}`, [OR('purchaseID')]],
    ['Datum založení', (c, o) => prague(o.at), ['timestamp', OR('createdDate')]],
    ['Datum zaplacení', (c, o, r, i) => (row(CG_STATUS, i) === 'Zaplaceno' ? prague(o.at + 90000) : ''), [], opt],
    ['Stav', (c, o, r, i) => row(CG_STATUS, i), [], opt],
    ['Částka', (c, o) => comma(o.total * 25), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Poplatek', (c, o, r, i) => (row(CG_STATUS, i) === 'Zaplaceno' ? comma(o.total * 25 * 0.012) : ''), []],
    ['Popis', (c, o, r) => v.pick(r, [`Objednávka ${o.id}`, 'Dárkový poukaz', `Obj. ${o.id}`]), [], opt],
    ['Produkt', (c, o, r) => v.pick(r, ['eshop', 'eshop', 'predplatne', 'poukazy']), [], opt],
    ['Platební metoda', (c, o, r) => v.pick(r, ['Platební karta', 'Platební karta', 'Apple Pay', 'Google Pay', 'Bankovní převod – Fio banka', 'Platba online – Komerční banka']), [OR('payments[0].paymentType')]],
    ['ID plátce', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000, 99999)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['E-mail plátce', (c) => cz(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon plátce', (c, o, r) => (r() < 0.4 ? cz(c).phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Jméno plátce', (c, o, r) => (r() < 0.7 ? cz(c).full : ''), []],
    ['Účet plátce', (c, o, r) => (r() < 0.3 ? `${v.int(r, 100000, 9999999)}/${v.pick(r, ['0800', '0100', '2010', '0300'])}` : ''), []],
    ['Variabilní symbol', (c, o) => String(20240000 + +o.id), [OR('purchaseID')], opt],
    ['Účet obchodníka', () => '2801234567/2010', []],
    ['Obchod', () => '412345 – eshop.example.cz', []],
    ['Test', () => 'Ne', []],
  ] },

  // ---------------------------------------------------------------- payments (M-Pesa, org portal / Business statement CSV, Kenya)
  { name: 'mpesa-statement', product: 'M-Pesa (Safaricom M-PESA org portal, Organization statement > Export CSV, paybill/till account)', family: 'payments', language: 'en', schema: E, cols: [
    ['Receipt No.', (c, o, r) => mpesaRef(r), [OR('payments[0].transactionID'), '_id']],
    ['Completion Time', (c, o) => nairobi(o.at + 3000), ['timestamp', OR('createdDate')]],
    ['Initiation Time', (c, o) => nairobi(o.at), ['timestamp', OR('createdDate')], opt],
    ['Details', (c, o, r, i) => (row(MPESA, i)[0] === 'Business Pay Bill Charge' ? 'Business Pay Bill Charge' : `${row(MPESA, i)[1]} ${masked(o)} - ${row(KE, i).join(' ')}${row(MPESA, i)[0] === 'Pay Bill Online' ? ` Acc. INV${o.id}` : ''}`), []],
    ['Transaction Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Failed']), [], opt],
    ['Paid In', (c, o, r, i) => (row(MPESA, i)[0] === 'Business Pay Bill Charge' ? '' : kes(o.total * 140)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Withdrawn', (c, o, r, i) => (row(MPESA, i)[0] === 'Business Pay Bill Charge' ? kes(v.int(r, 10, 200)) : ''), [], opt],
    ['Balance', (c, o, r) => kes(v.int(r, 10000, 900000) + 0.5), []],
    ['Balance Confirmed', () => 'true', []],
    ['Reason Type', (c, o, r, i) => row(MPESA, i)[0], [], opt],
    ['Other Party Info', (c, o, r, i) => (row(MPESA, i)[0] === 'Business Pay Bill Charge' ? '' : `${masked(o)} - ${row(KE, i).join(' ')}`), []],
    ['Linked Transaction ID', (c, o, r) => (r() < 0.2 ? mpesaRef(r) : ''), [], opt],
    ['A/C No.', (c, o, r, i) => (row(MPESA, i)[0] === 'Pay Bill Online' ? `INV${o.id}` : ''), [OR('purchaseID')], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads (Krayin CRM 2.x, Leads > Export, the leads datagrid's columns)
  { name: 'krayin-leads', product: 'Krayin CRM 2.x (Leads list view > Export CSV, the leads datagrid columns)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1, 9999)), [...B2BID], opt],
    ['Sales Person', (c, o, r) => v.pick(r, ['Example Admin', 'Dana Reed', 'Marcus Hill']), []],
    ['Subject', (c, o, r) => `${c.company} - ${v.pick(r, ['Website redesign', 'Annual support contract', 'ERP integration', '50 laptops quote'])}`, []],
    ['Source', (c, o, r) => v.pick(r, ['Email', 'Web', 'Web Form', 'Phone', 'Direct']), ['b2b.personSource'], opt],
    ['Lead Value', (c, o, r) => `$${(v.int(r, 5, 200) * 100).toLocaleString('en-US')}.00`, []],
    ['Lead Type', (c, o, r) => v.pick(r, ['New Business', 'Existing Business']), [], opt],
    ['Tag Name', (c, o, r) => v.pick(r, ['--', '--', 'Hot', 'Partner']), []],
    ['Contact Person', (c) => c.full, ['person.name.fullName']],
    ['Stage', (c, o, r) => v.pick(r, ['New', 'Follow Up', 'Prospect', 'Negotiation', 'Won', 'Lost']), ['b2b.personStatus'], opt],
    ['Rotten Lead', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Expected Close Date', (c, o, r) => (r() < 0.8 ? f.ymd(c.updated) : '--'), []],
    ['Created At', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads (noCRM.io, Leads > Exporter, French UI)
  { name: 'nocrm-leads-fr', product: 'noCRM.io (Leads > Exporter en CSV, French UI)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [...B2BID], opt],
    ['Titre', (c, o, r, i) => `${row(FR_CO, i)} - ${v.pick(r, ['devis site web', 'contrat maintenance', 'renouvellement'])}`, []],
    ['Statut', (c, o, r) => v.pick(r, ['À faire', 'En attente', 'Gagné', 'Perdu', 'Annulé']), ['b2b.personStatus'], opt],
    ['Étape', (c, o, r) => v.pick(r, ['Contacté', 'Rendez-vous', 'Proposition envoyée', 'Négociation']), ['b2b.personStatus'], opt],
    ['Montant', (c, o, r) => comma(v.int(r, 5, 300) * 100), []],
    ['Probabilité', (c, o, r) => `${v.pick(r, [10, 25, 50, 75, 90])}%`, []],
    ['Utilisateur', (c, o, r) => v.pick(r, ['Sophie Garnier', 'Julien Roux', 'Admin']), []],
    ['Nom de l\'entreprise', (c, o, r, i) => row(FR_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${slug(row(FR_CO, i)).slice(0, 12)}.fr`, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Adresse', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Code postal', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Ville', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['Pays', () => 'France', at([...WORK, ...HOME], 'country')],
    ['Site web', (c, o, r, i) => `https://www.${slug(row(FR_CO, i)).slice(0, 12)}.fr`, ['b2b.companyWebsite']],
    ['Source', (c, o, r) => v.pick(r, ['Site web', 'Salon', 'Recommandation', 'Prospection']), ['b2b.personSource'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'PME', 'chaud, relance']), []],
    ['Date de création', (c) => paris(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de mise à jour', (c) => paris(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Date de rappel', (c) => paris(c.updated + 5 * 86400000), []],
    ['Date de clôture', (c, o, r) => (r() < 0.4 ? paris(c.updated).slice(0, 10) : ''), []],
    ['Description', (c, o, r) => v.pick(r, ['', 'Rappeler après le salon', 'Intéressé par l\'offre Pro']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Efficy, Contacten > Exporteren naar Excel, Dutch UI, Belgium)
  { name: 'efficy-contacten-nl', product: 'Efficy CRM (Contacten, lijst > Exporteren naar Excel/CSV, Dutch UI, Belgium)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Sleutel', (c, o, r) => String(v.int(r, 10000, 999999)), B2BID],
    ['Aanspreking', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Naam', (c) => c.last, ['person.name.lastName']],
    ['Functie', (c, o, r) => v.pick(r, NL_JOBS), ['extendedWorkDetails.jobTitle']],
    ['Bedrijf', (c, o, r, i) => row(BE_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['E-mail', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${slug(row(BE_CO, i)).slice(0, 10)}.be`, ['workEmail.address', 'personalEmail.address']],
    ['Telefoon', (c, o, r) => `+32 ${v.pick(r, ['2', '3', '9', '16'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['GSM', (c, o, r) => (r() < 0.7 ? `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? `+32 2 ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['faxPhone.number']],
    ['Adres', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Postcode', (c, o, r, i) => row(BE, i)[1], at([...WORK, ...HOME], 'postalCode')],
    ['Gemeente', (c, o, r, i) => row(BE, i)[0], at([...WORK, ...HOME], 'city')],
    ['Land', () => 'België', at([...WORK, ...HOME], 'country')],
    ['Taal', (c, o, r) => v.pick(r, ['NL', 'NL', 'FR', 'EN']), [], opt],
    ['Geboortedatum', (c, o, r) => (r() < 0.3 ? f.eu(c.birth) : ''), ['person.birthDate']],
    ['Website', (c, o, r, i) => `www.${slug(row(BE_CO, i)).slice(0, 10)}.be`, ['b2b.companyWebsite'], opt],
    ['Verantwoordelijke', (c, o, r) => v.pick(r, ['Wouters Koen', 'Claes An', 'Admin']), []],
    ['Categorie', (c, o, r) => v.pick(r, ['Klant', 'Prospect', 'Partner', 'Leverancier']), ['b2b.personType'], opt],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', 'Beurs Kortrijk 2024', 'Enkel in het Frans contacteren']), []],
    ['Aangemaakt op', (c) => f.euTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Gewijzigd op', (c) => f.euTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Aangemaakt door', (c, o, r) => v.pick(r, ['ADMIN', 'KWOUTERS', 'ACLAES']), ['extSourceSystemAudit.createdBy'], opt],
  ] },
]
