/** Bulgarian column vocabulary (Cyrillic, folded as names are; words Russian shares are in ru.ts): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance policy, полица, is the record the rows are; its premium, премия, the price paid)
  полица: ['policy'], полицата: ['policy'], премия: ['premium'],
  // a courier's waybill (товарителница) is the parcel's tracking number; sending (изпращане) is shipping
  товарителница: ['tracking', 'number'], изпращане: ['shipping'],
  име: ['first', 'name'], презиме: ['middle', 'name'], фамилия: ['last', 'name'], пол: ['gender'], раждане: ['birth'], фирма: ['company'], длъжност: ['job', 'title'], отдел: ['department'],
  имеил: ['email'], имейл: ['email'], телефон: ['phone'], мобилен: ['mobile', 'phone'], адрес: ['@address'], улица: ['street'], град: ['city'], област: ['state'], държава: ['country'], пощенски: ['postal'],
  клиент: ['customer'], член: ['member'], номер: ['number'], код: ['code'], поръчка: ['order'], поръчката: ['order'], дата: ['date'], час: ['time'], продукт: ['product'], количество: ['quantity'],
  цена: ['price'], единична: ['unit'], сума: ['amount'], общо: ['total'], ддс: ['tax'], данък: ['tax'], отстъпка: ['discount'], доставка: ['shipping'], валута: ['currency'], плащане: ['payment'], начин: ['method'],
  статус: ['status'], създаден: ['created'], създаване: ['created'], точки: ['point'], ниво: ['tier'], бележка: ['note'], коментар: ['note'], език: ['language'], еик: ['registration'], булстат: ['registration'], описание: ['description'], тип: ['type'],
  // everyday words of shop, invoicing, newsletter, loyalty and analytics exports (WooCommerce, CloudCart, invoicing and GA in Bulgarian)
  обръщение: ['courtesy', 'title'], титла: ['courtesy', 'title'], гражданство: ['nationality'], националност: ['nationality'], бележки: ['note'], забележка: ['note'], коментари: ['note'], поща: ['email'], тел: ['phone'], телефонен: ['phone'], факс: ['fax', 'phone'],
  служебен: ['work'], служебна: ['work'], домашен: ['home'], личен: ['personal'], уебсайт: ['website'], сайт: ['website'], ул: ['street'], вход: ['street', '2'], етаж: ['street', '2'], апартамент: ['street', '2'], община: ['city'], квартал: ['district'], район: ['district'], страна: ['country'], държавата: ['country'],
  фактуриране: ['billing'], фактура: ['billing'], фактурата: ['billing'], кореспонденция: ['mailing'], компания: ['company'], организация: ['company'], фирмата: ['company'], позиция: ['job', 'title'],
  клиента: ['customer'], потребител: ['user'], потребителя: ['user'], членски: ['member'], контакт: ['contact'], референция: ['reference'], външен: ['external'],
  поръчки: ['order'], покупка: ['order'], продажба: ['order'], платено: ['paid'], платена: ['paid'], състояние: ['status'], продукти: ['goods'], продукта: ['product'], стока: ['product'], наименование: ['name'], категория: ['category'], марка: ['manufacturer'], производител: ['manufacturer'],
  бр: ['quantity'], брой: ['quantity'], купон: ['coupon'], ваучер: ['coupon'], такса: ['fee'], куриер: ['carrier'], проследяване: ['tracking'], метод: ['method'], транзакция: ['transaction'], възстановяване: ['refund'], върнато: ['refund'], отказана: ['cancel'], анулирана: ['cancel'], отменена: ['cancel'],
  създадена: ['created'], регистрация: ['created'], обновен: ['updated'], обновена: ['updated'], променен: ['updated'], последна: ['last'], последен: ['last'], бюлетин: ['newsletter'], абонамент: ['subscription'], абониран: ['opt', 'in'], отписан: ['opt', 'out'], съгласие: ['opt', 'in'], източник: ['source'], канал: ['channel'], кампания: ['campaign'], етикети: ['tag'], тагове: ['tag'],
  събитието: ['event'], баланс: ['balance'], лоялност: ['loyalty'], изтичане: ['expiry'], използвани: ['redeemed'], натрупани: ['earned'], събитие: ['event'], време: ['time'], сесия: ['session'], страница: ['page'], страницата: ['page'], заглавие: ['title'], препращащ: ['referrer'], браузър: ['browser'], устройство: ['device'], резолюция: ['resolution'], екран: ['screen'], екрана: ['screen'], посещение: ['visit'],
  падеж: ['due', 'date'],
  собственик: ['owner'], отговорник: ['owner'], активност: ['activity'], преглеждания: ['views'], продължителност: ['duration'],
  тегло: ['weight'], цвят: ['color'], размер: ['size'], вариант: ['variant'], причина: ['reason'],
  за: [], от: [], до: [], с: [], и: [],
  на: [],
  // (round 77: tickets, "Билети")
  билети: ['ticket'], билета: ['ticket'],
}

export const PHRASES: Record<string, string[]> = {
  'дата на раждане': ['birth', 'date'], 'пощенски код': ['postal', 'code'], 'номер на поръчка': ['order', 'number'], 'дата на поръчка': ['order', 'date'], 'начин на плащане': ['payment', 'method'], 'начин на доставка': ['shipping', 'method'],
  'цена за брои': ['unit', 'price'], 'единична цена': ['unit', 'price'], 'име на продукт': ['product', 'name'], 'товарителница': ['tracking', 'number'],
  // everyday phrases of shop, invoicing, newsletter, loyalty and analytics exports
  'пълно име': ['full', 'name'], 'рожден ден': ['birth', 'date'], 'е мейл': ['email'], 'е маил': ['email'], 'ел поща': ['email'], 'електронна поща': ['email'], 'телефонен номер': ['phone', 'number'], 'интернет страница': ['website'], 'населено място': ['city'], 'код на държава': ['country', 'code'], 'код на държавата': ['country', 'code'],
  'име на фирма': ['company', 'name'], 'име на фирмата': ['company', 'name'], 'ддс номер': ['registration'], 'потребителско име': ['login'], 'членски номер': ['member', 'id'], 'дата на плащане': ['paid', 'date'], 'статус на поръчка': ['order', 'status'], 'статус на поръчката': ['order', 'status'], 'код на продукт': ['sku'], 'код на артикул': ['sku'],
  'междинна сума': ['subtotal'], 'обща сума': ['total'], 'крайна сума': ['total'], 'сума за плащане': ['total'], 'без ддс': ['net'], 'с ддс': ['incl', 'tax'], 'данъчна основа': ['net'], 'промо код': ['coupon', 'code'], 'код за отстъпка': ['coupon', 'code'], 'цена на доставка': ['shipping', 'amount'], 'цена за доставка': ['shipping', 'amount'], 'такса доставка': ['shipping', 'amount'],
  'куриерска фирма': ['carrier'], 'номер на товарителница': ['tracking', 'number'], 'метод на плащане': ['payment', 'method'], 'метод на доставка': ['shipping', 'method'], 'възстановена сума': ['refund', 'amount'], 'дата на създаване': ['created', 'date'], 'дата на регистрация': ['created', 'date'],
  'програма за лоялност': ['loyalty', 'program'], 'валидна до': ['expiry'], 'валиден до': ['expiry'], 'член от': ['join', 'date'], 'време на събитието': ['timestamp'], 'дата и час': ['timestamp'], 'заглавие на страницата': ['page', 'name'], 'url на страницата': ['page', 'url'], 'операционна система': ['operating', 'system'], 'тип устройство': ['device', 'type'], 'резолюция на екрана': ['screen', 'resolution'], 'ip адрес': ['ip'],
  'дата на издаване': ['created', 'date'], 'срок за плащане': ['due', 'date'],
}
