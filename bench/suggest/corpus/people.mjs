// One generated row's worth of facts (a person, an address, an order line, an event), from which every set's columns
// take their values in their product's format.
import * as v from './values.mjs'

export function person(r, lang) {
  const first = v.first(r, lang), last = v.last(r, lang)
  const [city, region, postcode] = v.cityRow(r, lang)
  const [countryCode, countryName] = v.country(lang)
  const co = v.company(r)
  const female = r() < 0.5
  return {
    first, last, full: `${first} ${last}`, email: v.email(r, first, last, lang), workEmail: v.workEmail(first, last, co),
    phone: v.phone(r, lang), mobile: v.mobile(r, lang), street: v.street(r, lang), street2: r() < 0.3 ? `Apt ${v.int(r, 1, 40)}` : '',
    city, region, postcode, countryCode, countryName, countryEn: v.countryEn(countryCode),
    company: co, job: v.job(r, lang), birth: v.birth(r), created: v.instant(r), updated: v.instant(r), female,
    id: String(v.int(r, 100000, 999999)), bool: r() < 0.6,
  }
}

export function order(r) {
  const [sku, name, category, price] = v.product(r)
  const qty = v.int(r, 1, 4)
  const subtotal = +(price * qty).toFixed(2)
  const shipping = r() < 0.3 ? 0 : 4.95
  const tax = +(subtotal * 0.19).toFixed(2)
  const discount = r() < 0.7 ? 0 : 5
  return {
    id: String(v.int(r, 1000, 99999)), number: `#${v.int(r, 1001, 9999)}`, sku, name, category, price, qty, lineTotal: +(price * qty).toFixed(2),
    subtotal, shipping, tax, discount, total: +(subtotal + shipping + tax - discount).toFixed(2), at: v.instant(r),
    currency: 'EUR', coupon: discount ? 'SPRING5' : '',
  }
}

export const BROWSERS = ['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet']
export const OSES = ['Windows', 'iOS', 'Android', 'Macintosh', 'Linux']
export const DEVICES = ['desktop', 'mobile', 'tablet']
export const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15']
export const PAGES = ['https://shop.example.com/', 'https://shop.example.com/products/classic-tee', 'https://shop.example.com/cart', 'https://shop.example.com/checkout', 'https://shop.example.com/collections/sale']
