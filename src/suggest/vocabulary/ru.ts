/**
 * Russian and Ukrainian column vocabulary (keys lower-case Cyrillic, folded as names are: й→и, ё→е, ї→і): the words
 * of shop, CRM and invoice exports (1C, Bitrix24 and CRM UIs in Russian), with the genitive forms headers use
 * ("Номер заказа", "Дата рождения", "Наименование товара").
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: Ukrainian картка, a card, "Номер картки"; бонусний, of bonus, "Бонусний баланс" the bonus points held)
  картка: ['card'], картки: ['card'], бонуснии: ['points'], бонусна: ['points'],
  // (round 84: an insurance policy, полис, поліс, is the record the rows are; its premium, премия, премія, the price paid)
  полис: ['policy'], полиса: ['policy'], поліс: ['policy'], поліса: ['policy'], премия: ['premium'], премія: ['premium'],
  // a school's pupil or student (ученик, учень, студент) is the person the record is about; a parent's or guardian's (родитель,
  // мать, отец, опекун, батько, мати) another person's
  ученик: ['customer'], ученика: ['customer'], учень: ['customer'], учня: ['customer'], студент: ['customer'], студента: ['customer'],
  родитель: ['parent'], родителя: ['parent'], мать: ['parent'], матери: ['parent'], отец: ['parent'], отца: ['parent'], опекун: ['guardian'], опекуна: ['guardian'], батько: ['parent'], батька: ['parent'], матері: ['parent'],
  // Ukrainian ПІБ (прізвище, ім'я, по батькові) is the full name, as Russian ФИО; посади (of the position) the job title; департамент the department
  піб: ['full', 'name'], посади: ['job', 'title'], департамент: ['department'],
  загальна: ['total'], оновлення: ['updated'],
  ос: ['operating', 'system'],
  гость: ['customer'], гостя: ['customer'], гостей: ['customer'],
  широта: ['latitude'], долгота: ['longitude'],
  имя: ['first', 'name'], фамилия: ['last', 'name'], отчество: ['middle', 'name'], фио: ['full', 'name'], пол: ['gender'], рождения: ['birth'], обращение: ['courtesy', 'title'],
  должность: ['job', 'title'], отдел: ['department'], компания: ['company'], компании: ['company'], организация: ['company'], организации: ['company'], инн: ['tax', 'id'],
  адрес: ['@address'], улица: ['street'], дом: ['house', 'number'], квартира: ['street', '2'], индекс: ['postal', 'code'], город: ['city'], населенныи: ['city'], область: ['state'], регион: ['state'], раион: ['district'], операция: ['transaction'], операции: ['transaction'], операций: ['transaction'], счет: ['billing'], счета: ['billing'], транзакция: ['transaction'], транзакции: ['transaction'], транзакций: ['transaction'], эмитент: ['issuer'], эмитента: ['issuer'], страна: ['country'],
  телефон: ['phone'], мобильныи: ['mobile', 'phone'], рабочии: ['work'], домашнии: ['home'], почта: ['email'], факс: ['fax', 'phone'], саит: ['website'],
  клиент: ['customer'], клиента: ['customer'], покупатель: ['customer'], покупателя: ['customer'], заказ: ['order'], заказа: ['order'], номер: ['number'], дата: ['date'], время: ['time'],
  сумма: ['amount'], итого: ['total'], всего: ['total'], ндс: ['tax'], налог: ['tax'], скидка: ['discount'], скидки: ['discount'], доставка: ['shipping'], доставки: ['shipping'], стоимость: ['price'],
  оплата: ['payment'], оплаты: ['payment'], оплати: ['payment'], бронь: ['order'], брони: ['order'], бронирования: ['order'], способ: ['method'], валюта: ['currency'], количество: ['quantity'], цена: ['price'], товар: ['product'], товара: ['product'], товары: ['goods'], наименование: ['name'], название: ['name'], артикул: ['sku'],
  статус: ['status'], создан: ['created'], создано: ['created'], создания: ['created'], изменен: ['updated'], изменения: ['updated'], обновлен: ['updated'], подписка: ['opt', 'in'], согласие: ['opt', 'in'], язык: ['language'],
  комментарии: ['note'], примечание: ['note'], описание: ['description'],
  // Ukrainian
  прізвище: ['last', 'name'], місто: ['city'], вулиця: ['street'], краіна: ['country'], замовлення: ['order'], кількість: ['quantity'], ціна: ['price'], знижка: ['discount'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (1C, Bitrix24, amoCRM, InSales, marketplace
  // seller reports, Yandex Metrica; keys folded by index.ts, so й and ё may be written)
  гражданство: ['nationality'], национальность: [], заметка: ['note'], заметки: ['note'], примечания: ['note'], емейл: ['email'], имейл: ['email'], email: ['email'],
  тел: ['phone'], телефона: ['phone'], телефоны: ['phone'], моб: ['mobile', 'phone'], сотовый: ['mobile', 'phone'], мобильного: ['mobile', 'phone'], личный: ['personal'], личная: ['personal'], телеграм: ['social'], вконтакте: ['social'], соцсети: ['social'],
  корпус: ['street', '2'], строение: ['street', '2'], кв: ['street', '2'], улицы: ['street'], края: ['state'], край: ['state'], страны: ['country'], города: ['city'], плательщик: ['billing'], плательщика: ['billing'], почтовый: ['mailing'],
  подразделение: ['department'], кпп: ['registration'], огрн: ['registration'], огрнип: ['registration'], аккаунт: ['account'], контрагент: ['customer'], контрагента: ['customer'],
  код: ['code'], идентификатор: ['id'], ид: ['id'], контакт: ['contact'], контакта: ['contact'], пользователь: ['user'], пользователя: ['user'], логин: ['login'], участник: ['member'], участника: ['member'], карта: ['card'], карты: ['card'], лид: ['lead'], лида: ['lead'], внешний: ['external'], ссылка: ['url'],
  заказы: ['order'], заказов: ['order'], оформления: ['order'], оформлен: ['created'], покупка: ['order'], покупки: ['order'], продажа: ['order'], продажи: ['order'], чека: ['order'], оплачен: ['paid'], оплачено: ['paid'], оплачена: ['paid'],
  позиция: ['product'], позиции: ['product'], штрихкод: ['sku'], категория: ['category'], категории: ['category'], бренд: ['manufacturer'], производитель: ['manufacturer'], марка: ['manufacturer'], шт: ['quantity'],
  подытог: ['subtotal'], промокод: ['coupon', 'code'], купон: ['coupon'], перевозчик: ['carrier'], курьер: ['carrier'], трек: ['tracking'], отслеживания: ['tracking'], платеж: ['payment'], платежа: ['payment'],
  возврат: ['refund'], возврата: ['refund'], возвращено: ['refund'], отменен: ['cancel'], отменено: ['cancel'], отмена: ['cancel'], отмены: ['cancel'], регистрации: ['created'], зарегистрирован: ['created'], обновлено: ['updated'], обновления: ['updated'], последний: ['last'], последняя: ['last'], последнего: ['last'], последнее: ['last'],
  подписан: ['opt', 'in'], отписан: ['opt', 'out'], отписался: ['opt', 'out'], отписка: ['opt', 'out'], рассылка: ['newsletter'], рассылки: ['newsletter'], источник: ['source'], канал: ['channel'], кампания: ['campaign'], кампании: ['campaign'], теги: ['tag'], метки: ['tag'], тег: ['tag'],
  баллы: ['points'], баллов: ['points'], бонусы: ['points'], бонусов: ['points'], баланс: ['balance'], уровень: ['tier'], лояльности: ['loyalty'], истекает: ['expiry'], списано: ['redeemed'], начислено: ['earned'], вступления: ['join'],
  событие: ['event'], события: ['event'], сессия: ['session'], сессии: ['session'], визит: ['visit'], визиты: ['visits'], страница: ['page'], страницы: ['page'], заголовок: ['title'], реферер: ['referrer'], браузер: ['browser'], устройство: ['device'], устройства: ['device'], разрешение: ['resolution'], экрана: ['screen'], посетитель: ['visitor'],
  // Ukrainian (ї folded to і, й to и; і and є kept)
  стать: ['gender'], народження: ['birth'], мова: ['language'], примітка: ['note'], коментар: ['note'], пошта: ['email'], мобільний: ['mobile', 'phone'], адреса: ['@address'], будинок: ['house', 'number'], індекс: ['postal', 'code'],
  компанія: ['company'], компанії: ['company'], організація: ['company'], посада: ['job', 'title'], відділ: ['department'], єдрпоу: ['registration'], клієнт: ['customer'], клієнта: ['customer'], дзвінок: ['call'], дзвінка: ['call'], дзвінки: ['call'], звонок: ['call'], звонка: ['call'], розмова: ['call'], розмови: ['call'], разговор: ['call'], разговора: ['call'], покупець: ['customer'], покупця: ['customer'], рахунок: ['billing'], рахунку: ['billing'],
  товари: ['goods'], товару: ['product'], назва: ['name'], категорія: ['category'], виробник: ['manufacturer'], сума: ['amount'], разом: ['total'], всього: ['total'], пдв: ['tax'], вартість: ['price'], спосіб: ['method'], створено: ['created'], створення: ['created'], оновлено: ['updated'], змінено: ['updated'], зміни: ['updated'],
  підписка: ['opt', 'in'], джерело: ['source'], кампанія: ['campaign'], бали: ['points'], балів: ['points'], рівень: ['tier'], подія: ['event'], час: ['time'], сторінка: ['page'], сторінки: ['page'], пристрій: ['device'], ттн: ['tracking', 'number'], перевізник: ['carrier'], повернення: ['refund'], скасовано: ['cancel'],
  с: [], по: [], для: [], на: [], от: [], до: [], т: [], ч: [], і: [], з: [], та: [],
  ответственныи: ['owner'], ответственного: ['owner'], владелец: ['owner'], активность: ['activity'], активности: ['activity'], просмотры: ['views'], просмотров: ['views'], длительность: ['duration'], продолжительность: ['duration'], перегляди: ['views'], тривалість: ['duration'],
  тип: ['type'], последнеи: ['last'], вес: ['weight'], цвет: ['color'], размер: ['size'], вариант: ['variant'], причина: ['reason'], колір: ['color'], розмір: ['size'], вага: ['weight'],
  и: [], в: [], за: [],
  // (round 77: tickets, Russian "Билеты", Ukrainian "Квитки", "Кількість квитків")
  билет: ['ticket'], билеты: ['ticket'], билетов: ['ticket'], квиток: ['ticket'], квитки: ['ticket'], квитків: ['ticket'],
}

export const PHRASES: Record<string, string[]> = {
  'контактное лицо': ['contact', 'person'], 'контактна особа': ['contact', 'person'],
  'полное имя': ['full', 'name'], 'дата рождения': ['birth', 'date'], 'почтовыи индекс': ['postal', 'code'], 'электронная почта': ['email'], 'адрес электроннои почты': ['email'],
  'мобильныи телефон': ['mobile', 'phone'], 'рабочии телефон': ['work', 'phone'], 'домашнии телефон': ['home', 'phone'], 'название компании': ['company', 'name'], 'номер клиента': ['customer', 'id'],
  'номер заказа': ['order', 'number'], 'дата заказа': ['order', 'date'], 'сумма заказа': ['total'], 'стоимость доставки': ['shipping', 'amount'], 'способ доставки': ['shipping', 'method'], 'способ оплаты': ['payment', 'method'], 'форма оплаты': ['payment', 'method'], 'форма оплати': ['payment', 'method'],
  'кол во': ['quantity'], 'цена за единицу': ['unit', 'price'], 'наименование товара': ['product', 'name'], 'название товара': ['product', 'name'], 'дата создания': ['created', 'date'], 'дата изменения': ['updated', 'date'],
  'трек номер': ['tracking', 'number'], 'ім я': ['first', 'name'], 'номер замовлення': ['order', 'number'], 'дата замовлення': ['order', 'date'],
  // everyday phrases of shop, CRM, newsletter, loyalty and analytics exports
  'ф и о': ['full', 'name'], 'день рождения': ['birth', 'date'], 'эл почта': ['email'], 'эл адрес': ['email'], 'e mail': ['email'], 'номер телефона': ['phone', 'number'], 'сотовый телефон': ['mobile', 'phone'], 'веб саит': ['website'], 'социальные сети': ['social'],
  'населенныи пункт': ['city'], 'код страны': ['country', 'code'], 'почтовыи адрес': ['mailing', '@address'], 'адрес доставки': ['shipping', '@address'], 'название организации': ['company', 'name'], 'наименование организации': ['company', 'name'], 'наименование компании': ['company', 'name'],
  'код клиента': ['customer', 'id'], 'id клиента': ['customer', 'id'], 'номер карты': ['card', 'number'], 'номер счета': ['billing', 'number'], 'дата покупки': ['order', 'date'], 'дата продажи': ['order', 'date'], 'дата оплаты': ['paid', 'date'], 'статус заказа': ['order', 'status'], 'статус оплаты': ['payment', 'status'],
  'штрих код': ['sku'], 'код товара': ['sku'], 'промежуточныи итог': ['subtotal'], 'без ндс': ['net'], 'с ндс': ['incl', 'tax'], 'в т ч ндс': ['tax', 'amount'], 'в том числе ндс': ['tax', 'amount'], 'сумма ндс': ['tax', 'amount'], 'сумма скидки': ['discount', 'amount'], 'служба доставки': ['carrier'], 'номер отслеживания': ['tracking', 'number'],
  'тип оплаты': ['payment', 'method'], 'тип доставки': ['shipping', 'method'], 'id транзакции': ['transaction', 'id'], 'сумма возврата': ['refund', 'amount'], 'дата регистрации': ['created', 'date'], 'дата обновления': ['updated', 'date'], 'согласие на рассылку': ['opt', 'in'], 'подписка на рассылку': ['opt', 'in'], 'рекламная кампания': ['campaign'], 'рекламна кампанія': ['campaign'],
  'бонусные баллы': ['points'], 'программа лояльности': ['loyalty', 'program'], 'деиствует до': ['expiry'], 'деиствителен до': ['expiry'], 'срок деиствия': ['expiry'], 'дата вступления': ['join', 'date'], 'участник с': ['join', 'date'], 'клиент с': ['created'],
  'время события': ['timestamp'], 'дата и время': ['timestamp'], 'заголовок страницы': ['page', 'name'], 'адрес страницы': ['page', 'url'], 'url страницы': ['page', 'url'], 'тип устроиства': ['device', 'type'], 'операционная система': ['operating', 'system'], 'разрешение экрана': ['screen', 'resolution'], 'ip адрес': ['ip'],
  'по батькові': ['middle', 'name'], 'дата народження': ['birth', 'date'], 'електронна пошта': ['email'], 'поштовии індекс': ['postal', 'code'], 'назва компанії': ['company', 'name'], 'назва товару': ['product', 'name'], 'вартість доставки': ['shipping', 'amount'], 'спосіб доставки': ['shipping', 'method'], 'спосіб оплати': ['payment', 'method'],
  'дата створення': ['created', 'date'], 'номер ттн': ['tracking', 'number'], 'операціина система': ['operating', 'system'], 'тип пристрою': ['device', 'type'], 'час події': ['timestamp'], 'номер телефону': ['phone', 'number'],
  'дата выставления': ['created', 'date'], 'срок оплаты': ['due', 'date'], 'оплатить до': ['due', 'date'],
  'сумма покупок': ['lifetime', 'spend'], 'всего потрачено': ['lifetime', 'spend'], 'последняя активность': ['last', 'activity'],
  'средний чек': ['average', 'basket'],
}
