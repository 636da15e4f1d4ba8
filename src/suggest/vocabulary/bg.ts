/** Bulgarian column vocabulary (Cyrillic, folded as names are; words Russian shares are in ru.ts): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  име: ['first', 'name'], презиме: ['middle', 'name'], фамилия: ['last', 'name'], пол: ['gender'], раждане: ['birth'], фирма: ['company'], длъжност: ['job', 'title'], отдел: ['department'],
  имеил: ['email'], имейл: ['email'], телефон: ['phone'], мобилен: ['mobile', 'phone'], адрес: ['@address'], улица: ['street'], град: ['city'], област: ['state'], държава: ['country'], пощенски: ['postal'],
  клиент: ['customer'], член: ['member'], номер: ['number'], код: ['code'], поръчка: ['order'], поръчката: ['order'], дата: ['date'], час: ['time'], продукт: ['product'], количество: ['quantity'],
  цена: ['price'], единична: ['unit'], сума: ['amount'], общо: ['total'], ддс: ['tax'], данък: ['tax'], отстъпка: ['discount'], доставка: ['shipping'], валута: ['currency'], плащане: ['payment'], начин: ['method'],
  статус: ['status'], създаден: ['created'], създаване: ['created'], точки: ['point'], ниво: ['tier'], бележка: ['note'], коментар: ['note'], език: ['language'], еик: ['registration'], булстат: ['registration'], описание: ['description'], тип: ['type'],
  на: [],
}

export const PHRASES: Record<string, string[]> = {
  'дата на раждане': ['birth', 'date'], 'пощенски код': ['postal', 'code'], 'номер на поръчка': ['order', 'number'], 'дата на поръчка': ['order', 'date'], 'начин на плащане': ['payment', 'method'], 'начин на доставка': ['shipping', 'method'],
  'цена за брои': ['unit', 'price'], 'единична цена': ['unit', 'price'], 'име на продукт': ['product', 'name'], 'товарителница': ['tracking', 'number'],
}
