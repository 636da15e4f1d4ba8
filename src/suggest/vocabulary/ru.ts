/**
 * Russian and Ukrainian column vocabulary (keys lower-case Cyrillic, folded as names are: й→и, ё→е, ї→і): the words
 * of shop, CRM and invoice exports (1C, Bitrix24 and CRM UIs in Russian), with the genitive forms headers use
 * ("Номер заказа", "Дата рождения", "Наименование товара").
 */
export const WORDS: Record<string, string[]> = {
  имя: ['first', 'name'], фамилия: ['last', 'name'], отчество: ['middle', 'name'], фио: ['full', 'name'], пол: ['gender'], рождения: ['birth'], обращение: ['courtesy', 'title'],
  должность: ['job', 'title'], отдел: ['department'], компания: ['company'], компании: ['company'], организация: ['company'], организации: ['company'], инн: ['tax', 'id'],
  адрес: ['@address'], улица: ['street'], дом: ['house', 'number'], квартира: ['street', '2'], индекс: ['postal', 'code'], город: ['city'], населенныи: ['city'], область: ['state'], регион: ['state'], раион: ['district'], операция: ['transaction'], операции: ['transaction'], операций: ['transaction'], счет: ['billing'], счета: ['billing'], транзакция: ['transaction'], транзакции: ['transaction'], транзакций: ['transaction'], эмитент: ['issuer'], эмитента: ['issuer'], страна: ['country'],
  телефон: ['phone'], мобильныи: ['mobile', 'phone'], рабочии: ['work'], домашнии: ['home'], почта: ['email'], факс: ['fax', 'phone'], саит: ['website'],
  клиент: ['customer'], клиента: ['customer'], покупатель: ['customer'], покупателя: ['customer'], заказ: ['order'], заказа: ['order'], номер: ['number'], дата: ['date'], время: ['time'],
  сумма: ['amount'], итого: ['total'], всего: ['total'], ндс: ['tax'], налог: ['tax'], скидка: ['discount'], скидки: ['discount'], доставка: ['shipping'], доставки: ['shipping'], стоимость: ['price'],
  оплата: ['payment'], оплаты: ['payment'], способ: ['method'], валюта: ['currency'], количество: ['quantity'], цена: ['price'], товар: ['product'], товара: ['product'], товары: ['goods'], наименование: ['name'], название: ['name'], артикул: ['sku'],
  статус: ['status'], создан: ['created'], создано: ['created'], создания: ['created'], изменен: ['updated'], изменения: ['updated'], обновлен: ['updated'], подписка: ['opt', 'in'], согласие: ['opt', 'in'], язык: ['language'],
  комментарии: ['note'], примечание: ['note'], описание: ['description'],
  // Ukrainian
  прізвище: ['last', 'name'], місто: ['city'], вулиця: ['street'], краіна: ['country'], замовлення: ['order'], кількість: ['quantity'], ціна: ['price'], знижка: ['discount'],
  и: [], в: [], за: [],
}

export const PHRASES: Record<string, string[]> = {
  'полное имя': ['full', 'name'], 'дата рождения': ['birth', 'date'], 'почтовыи индекс': ['postal', 'code'], 'электронная почта': ['email'], 'адрес электроннои почты': ['email'],
  'мобильныи телефон': ['mobile', 'phone'], 'рабочии телефон': ['work', 'phone'], 'домашнии телефон': ['home', 'phone'], 'название компании': ['company', 'name'], 'номер клиента': ['customer', 'id'],
  'номер заказа': ['order', 'number'], 'дата заказа': ['order', 'date'], 'сумма заказа': ['total'], 'стоимость доставки': ['shipping', 'amount'], 'способ доставки': ['shipping', 'method'], 'способ оплаты': ['payment', 'method'],
  'кол во': ['quantity'], 'цена за единицу': ['unit', 'price'], 'наименование товара': ['product', 'name'], 'название товара': ['product', 'name'], 'дата создания': ['created', 'date'], 'дата изменения': ['updated', 'date'],
  'трек номер': ['tracking', 'number'], 'ім я': ['first', 'name'], 'номер замовлення': ['order', 'number'], 'дата замовлення': ['order', 'date'],
}
