// Round 24 brief, heldout23: held-out sets written apart from the suggester and any tuning, scored once at the end.
// Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column
// in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, v, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { trTime, trMoney } from './values11.mjs'
import { msk, loc12 } from './values12.mjs'
import { pad, shift } from './values.mjs'

const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const kyiv = (ms) => shift(ms, dst(ms) ? 3 : 2)
const uaDate = (ms) => { const p = kyiv(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const uaSec = (ms) => { const p = kyiv(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const uah = (n) => n.toFixed(2).replace('.', ',')

// A Ukrainian buyer (names, city, oblast, postcode, street, Nova Poshta branch, mobile) from the generated person's id.
const UA_FIRST = [['Олександр', 'Олена'], ['Андрій', 'Наталія'], ['Дмитро', 'Ірина'], ['Сергій', 'Оксана'], ['Максим', 'Юлія'], ['Віталій', 'Тетяна']]
const UA_LAST = ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Мельник', 'Бойко', 'Олійник']
const UA_MID = [['Олександрович', 'Олександрівна'], ['Іванович', 'Іванівна'], ['Петрович', 'Петрівна'], ['Миколайович', 'Миколаївна']]
const UA_CITY = [['Київ', 'Київська', '01001'], ['Львів', 'Львівська', '79000'], ['Харків', 'Харківська', '61000'], ['Одеса', 'Одеська', '65000'], ['Дніпро', 'Дніпропетровська', '49000'], ['Вінниця', 'Вінницька', '21000']]
const UA_STREET = ['вул. Шевченка', 'вул. Грушевського', 'просп. Перемоги', 'вул. Січових Стрільців', 'вул. Соборна', 'вул. Незалежності']
const ua = (c) => {
  const n = +c.id, fem = c.female ? 1 : 0
  const first = UA_FIRST[n % UA_FIRST.length][fem], last = UA_LAST[(n >> 2) % UA_LAST.length], mid = UA_MID[(n >> 3) % UA_MID.length][fem]
  const [city, oblast, zip] = UA_CITY[(n >> 1) % UA_CITY.length]
  const op = ['67', '50', '93', '97', '63', '66'][n % 6], num = String(1000000 + (n * 37) % 8999999).slice(0, 7)
  return { first, last, mid, full: `${last} ${first} ${mid}`, short: `${last} ${first}`, city, oblast, zip,
    street: `${UA_STREET[n % 5]}, ${1 + (n % 140)}${n % 3 ? `, кв. ${1 + (n % 90)}` : ''}`,
    branch: `Відділення №${1 + (n % 180)}: ${UA_STREET[(n >> 1) % 5]}, ${2 + (n % 60)}`,
    mobile: `380${op}${num}`, mobileFmt: `+380 ${op} ${num.slice(0, 3)} ${num.slice(3, 5)} ${num.slice(5)}`,
    email: `${['olena', 'andrii', 'dmytro', 'iryna', 'maksym', 'yuliia'][n % 6]}.${['shevchenko', 'kovalenko', 'bondarenko', 'tkachenko', 'kravchenko', 'melnyk', 'boiko', 'oliinyk'][(n >> 2) % 8]}${n % 97}@${['gmail.com', 'ukr.net', 'i.ua'][n % 3]}` }
}
const ttn = (o) => `2045${String(1000000000 + (+o.id * 7919) % 8999999999).slice(0, 10)}`

// A Turkish buyer (names, il, ilçe, postcode, address, mobile).
const TR_FIRST = [['Mehmet', 'Ayşe'], ['Mustafa', 'Fatma'], ['Ahmet', 'Zeynep'], ['Emre', 'Elif'], ['Burak', 'Merve'], ['Can', 'Esra']]
const TR_LAST = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk']
const TR_CITY = [['İstanbul', 'Kadıköy', '34710'], ['Ankara', 'Çankaya', '06690'], ['İzmir', 'Karşıyaka', '35540'], ['Bursa', 'Nilüfer', '16110'], ['Antalya', 'Muratpaşa', '07100'], ['Konya', 'Selçuklu', '42060']]
const tr = (c) => {
  const n = +c.id, fem = c.female ? 1 : 0
  const first = TR_FIRST[n % TR_FIRST.length][fem], last = TR_LAST[(n >> 2) % TR_LAST.length]
  const [il, ilce, zip] = TR_CITY[(n >> 1) % TR_CITY.length]
  const num = String(1000000 + (n * 53) % 8999999).slice(0, 7)
  return { first, last, full: `${first} ${last}`, il, ilce, zip,
    street: `${['Atatürk Cad.', 'Cumhuriyet Mah. 1203 Sok.', 'İnönü Bulvarı', 'Bağdat Cad.', 'Gazi Mustafa Kemal Bulvarı'][n % 5]} No: ${1 + (n % 120)} D: ${1 + (n % 14)}`,
    mobile: `05${['32', '33', '42', '44', '53', '55'][n % 6]} ${num.slice(0, 3)} ${num.slice(3, 5)} ${num.slice(5)}`,
    email: `${slug(first)}.${slug(last)}${n % 97}@${['gmail.com', 'hotmail.com', 'yandex.com'][n % 3]}` }
}

// Rozetka Marketplace: a Kyiv seller's orders (кабінет продавця: Замовлення > Експорт, Excel; Ukrainian UI, one row per order).
const RZ_ST = ['Виконано', 'Виконано', 'Передано до служби доставки', 'Обробляється менеджером', 'Нове', 'Скасовано. Не вдається зв\'язатися', 'Повернення']
const rzSt = (o) => RZ_ST[+o.id % RZ_ST.length]
const rzSent = (o) => ['Виконано', 'Передано до служби доставки', 'Повернення'].includes(rzSt(o))
const RZ_P = [['Навушники бездротові JBL Tune 520BT Black', 'JBL-T520BT-BLK', 1899], ['Павербанк Xiaomi 20000 mAh 22.5W', 'XM-PB20K-225', 1199], ['Кабель USB-C - USB-C 1 м 60W', 'CBL-CC-1M', 249], ['Чохол для iPhone 15 силіконовий', 'CS-IP15-SIL', 399], ['Смарт-годинник Amazfit Bip 5', 'AMZ-BIP5-GRY', 3499]]
const rzp = (o) => RZ_P[+o.id % RZ_P.length]
const rzOther = (o) => +o.id % 6 === 4 // parcel picked up by someone else

// LiqPay: payments of a Ukrainian online school (LiqPay API "status"/report fields, one row per payment, CSV from the API).
const LP_ST = ['success', 'success', 'success', 'success', 'failure', 'reversed', 'wait_accept']
const lpSt = (o) => LP_ST[+o.id % LP_ST.length]
const LP_PT = ['card', 'card', 'gpay', 'apay', 'privat24', 'card']
const lpAmt = (o) => [450, 900, 1350, 2400, 3600, 199][+o.id % 6]

// n11: a Turkish seller's orders (Mağaza Paneli > Siparişler > Excel'e aktar; one row per order line).
const N11_ST = ['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Onaylandı', 'Yeni Sipariş', 'İptal Edildi', 'İade Edildi']
const n11St = (o) => N11_ST[+o.id % N11_ST.length]
const n11Sent = (o) => ['Teslim Edildi', 'Kargoya Verildi', 'İade Edildi'].includes(n11St(o))
const N11_P = [['Erkek Slim Fit Pamuklu Gömlek', 'Beden: L / Renk: Beyaz', 'GMK-SLM-001-L', 449.9], ['Kadın Örme Hırka', 'Beden: M / Renk: Bej', 'HRK-ORM-220-M', 379.0], ['Paslanmaz Çelik Termos 750 ml', 'Renk: Siyah', 'TRM-750-SYH', 289.5], ['Bebek Battaniyesi Pamuk', 'Renk: Pembe', 'BBK-BTN-PMB', 199.99], ['Deri Cüzdan Erkek', 'Renk: Kahverengi', 'CZD-DRI-KHV', 249.0]]
const n11p = (o) => N11_P[+o.id % N11_P.length]
const n11Sub = (o) => +(n11p(o)[3] * o.qty).toFixed(2)
const n11Disc = (o) => (+o.id % 4 === 1 ? +(n11Sub(o) * 0.1).toFixed(2) : 0)
const n11Ship = (o) => (n11Sub(o) >= 400 ? 0 : 49.99)
const n11Comm = (o) => +((n11Sub(o) - n11Disc(o)) * 0.16).toFixed(2)

// Avito: leads of a Moscow car-repair shop's listings (Авито Pro: Звонки и сообщения > Выгрузить в Excel; Russian UI, one row per contact).
const ru = (c) => loc12(c, 'ru')
const AV_AD = [['Ремонт и обслуживание автомобилей, замена масла', 'Предложение услуг / Транспорт, перевозки / Автосервис'], ['Диагностика ходовой части бесплатно', 'Предложение услуг / Транспорт, перевозки / Автосервис'], ['Шиномонтаж и хранение шин', 'Предложение услуг / Транспорт, перевозки / Автосервис'], ['Масло моторное Mobil 1 5W-30 4 л', 'Запчасти и аксессуары / Масла и автохимия']]
const avAd = (o) => AV_AD[+o.id % AV_AD.length]
const avCall = (o) => +o.id % 3 !== 1
const avMissed = (o) => avCall(o) && +o.id % 7 === 2

// Nova Poshta: a Lviv shop's outgoing parcels (Бізнес-кабінет: Мої відправлення > Експорт в Excel; Ukrainian UI, one row per waybill).
const NP_ST = ['Отримано', 'Отримано', 'Прибув у відділення', 'Прямує до міста одержувача', 'Відправлення зареєстроване', 'Відмова від отримання', 'Повернення']
const npSt = (o) => NP_ST[+o.id % NP_ST.length]
const npCod = (o) => +o.id % 3 !== 0
const npVal = (o) => [349, 560, 1299, 890, 2150, 415][+o.id % 6]
const npFee = (o) => +(60 + npVal(o) * 0.005 + (npCod(o) ? 20 + npVal(o) * 0.02 : 0)).toFixed(2)

// Çiçeksepeti: a florist-seller's orders on the marketplace (Satıcı Paneli > Siparişler > Excel İndir; Turkish UI, one row per order line; the recipient is often not the buyer).
const CS_ST = ['Teslim Edildi', 'Teslim Edildi', 'Kargoda', 'Hazırlanıyor', 'Yeni', 'İptal']
const csSt = (o) => CS_ST[+o.id % CS_ST.length]
const CS_P = [['Kırmızı Güller 11 Adet Buket', 'CS-GUL-011', 649.9], ['Beyaz Orkide Çift Dal Seramik Saksıda', 'CS-ORK-2D-BYZ', 899.0], ['Papatya ve Lisianthus Aranjman', 'CS-ARJ-PPT', 499.5], ['Çikolata ve Gül Kutusu', 'CS-KUT-CKG', 749.0], ['Sukulent Teraryum', 'CS-TRR-SUK', 379.9]]
const csp = (o) => CS_P[+o.id % CS_P.length]
const csGift = (o) => +o.id % 4 !== 3
const CS_TO = [['Zeynep Arslan', '0532 418 22 90'], ['Hakan Koç', '0505 771 04 13'], ['Selin Aksoy', '0544 230 68 57'], ['Deniz Polat', '0553 902 11 46']]
const csTo = (o) => CS_TO[+o.id % CS_TO.length]
const csDeliv = (ms) => trTime(ms + 26 * 3600000).slice(0, 10)

// OLX: replies to a Warsaw real-estate agency's listings (OLX konto firmowe: Odpowiedzi > Eksportuj do CSV; Polish UI, one row per reply).
const PL_F = [['Jakub', 'Anna'], ['Mateusz', 'Katarzyna'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Łukasz', 'Joanna'], ['Michał', 'Zofia']]
const PL_L = [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Zieliński', 'Zielińska']]
const pl = (c) => {
  const n = +c.id, fem = c.female ? 1 : 0
  const first = PL_F[n % PL_F.length][fem], last = PL_L[(n >> 2) % PL_L.length][fem]
  const num = String(100000000 + (n * 41) % 899999999)
  return { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${n % 97}@${['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl'][n % 4]}`, mobile: `+48 ${['50', '60', '51', '69', '79'][n % 5]}${num.slice(0, 1)} ${num.slice(1, 4)} ${num.slice(4, 7)}` }
}
const OLX_AD = [['Mieszkanie 2 pokoje, 48 m², Mokotów, balkon', 'Nieruchomości / Mieszkania / Sprzedaż', 'Warszawa, Mokotów'], ['Kawalerka do wynajęcia, Wola, metro 300 m', 'Nieruchomości / Mieszkania / Wynajem', 'Warszawa, Wola'], ['Dom wolnostojący 140 m², Piaseczno', 'Nieruchomości / Domy / Sprzedaż', 'Piaseczno'], ['Lokal użytkowy 65 m², Praga-Północ', 'Nieruchomości / Biura i lokale / Wynajem', 'Warszawa, Praga-Północ']]
const olxAd = (o) => OLX_AD[+o.id % OLX_AD.length]
const plTime = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }

// Prom.ua: a Kharkiv household-goods shop's orders (кабінет компанії: Замовлення > Експорт замовлень, Excel; Ukrainian UI, one row per order line).
const PR_ST = ['Виконано', 'Виконано', 'Прийнято', 'Новий', 'Скасовано']
const prSt = (o) => PR_ST[+o.id % PR_ST.length]
const PR_P = [['Сковорода Tefal Unlimited 26 см', 'G2550502', 1249], ['Набір ножів Fissler 5 предметів', 'FSL-5KN', 2890], ['Термос Stanley Classic 1 л зелений', '10-08266-001', 1690], ['Каструля емальована 4 л', 'EM-4L-WHT', 459], ['Блендер занурювальний Bosch MSM2610B', 'MSM2610B', 1399]]
const prp = (o) => PR_P[+o.id % PR_P.length]
const prSrc = (o) => ['Prom.ua', 'Prom.ua', 'Сайт компанії', 'Мобільний застосунок Prom', 'Prom.ua'][+o.id % 5]

// Megamarket: a Moscow seller's shipments (Личный кабинет продавца: Заказы > Выгрузить в Excel; Russian UI, one row per item, DBS and FBS).
const MM_ST = ['Доставлен', 'Доставлен', 'Передан в доставку', 'Подтвержден', 'Новый', 'Отменен покупателем', 'Возврат']
const mmSt = (o) => MM_ST[+o.id % MM_ST.length]
const MM_P = [['Робот-пылесос Xiaomi Robot Vacuum S10 белый', 'BHR5988EU', 'Бытовая техника', 21990], ['Чайник электрический Polaris PWK 1725CGLD', 'PWK1725CGLD', 'Бытовая техника', 3290], ['Утюг Philips DST7040/80', 'DST7040/80', 'Бытовая техника', 7490], ['Фен Dyson Supersonic HD08', 'HD08-386732', 'Красота и здоровье', 44990]]
const mmp = (o) => MM_P[+o.id % MM_P.length]
const mmBonus = (o) => Math.round(mmp(o)[3] * [0.1, 0.25, 0.05, 0][+o.id % 4])
const rub = (n) => n.toFixed(2).replace('.', ',')

// YooKassa: payments of a Russian online course shop (Личный кабинет ЮKassa: Платежи > Выгрузить, XLSX; Russian UI, one row per payment).
const YK_ST = ['Успешно', 'Успешно', 'Успешно', 'Успешно', 'Отменен', 'Ожидает подтверждения']
const ykSt = (o) => YK_ST[+o.id % YK_ST.length]
const YK_M = ['Банковская карта', 'Банковская карта', 'СБП', 'SberPay', 'ЮMoney', 'T-Pay']
const ykM = (o) => YK_M[+o.id % YK_M.length]
const ykAmt = (o) => [1990, 4900, 12900, 790, 24900, 3500][+o.id % 6]
const mskSec = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// T-Bank (Tinkoff) internet acquiring: operations of a St Petersburg flower delivery (Личный кабинет: Операции > Выгрузить в CSV; Russian UI, one row per operation).
const TB_OP = ['Оплата', 'Оплата', 'Оплата', 'Оплата', 'Возврат', 'Оплата']
const tbOp = (o) => TB_OP[+o.id % TB_OP.length]
const TB_ST = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'REJECTED', 'REFUNDED', 'AUTHORIZED']
const tbSt = (o) => (tbOp(o) === 'Возврат' ? 'REFUNDED' : TB_ST[+o.id % TB_ST.length])
const tbAmt = (o) => [2490, 3890, 5600, 1750, 8900, 4200, 3150][+o.id % 7]
const tbPay = (o) => ['Карта', 'Карта', 'СБП', 'T-Pay', 'SberPay', 'Карта'][+o.id % 6]

// PayTR: payments of an Izmir online shop (PayTR Mağaza Paneli > İşlemler > Excel'e Aktar; Turkish UI, one row per transaction).
const PT_ST = ['Başarılı', 'Başarılı', 'Başarılı', 'Başarısız', 'Başarılı', 'İade Edildi']
const ptSt = (o) => PT_ST[+o.id % PT_ST.length]
const ptAmt = (o) => [349.9, 1249.0, 689.5, 2199.0, 159.99, 879.0][+o.id % 6]
const ptInst = (o) => [1, 1, 3, 6, 1, 9][+o.id % 6]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'rozetka-zamovlennia-uk', product: 'Rozetka Marketplace (кабінет продавця: Замовлення > Експорт, Excel; Ukrainian UI, a Kyiv electronics seller, one row per order)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
    ['№ замовлення', (c, o) => String(780000000 + +o.id * 131), [OR('purchaseID')]],
    ['Дата створення', (c, o) => uaDate(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => rzSt(o), [], opt],
    ['Джерело', (c, o) => ['Кошик', 'Кошик', 'Колл-центр', 'Мобільний застосунок'][+o.id % 4], [], opt],
    ['ПІБ покупця', (c) => ua(c).short, []],
    ['Телефон покупця', (c) => ua(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Отримувач', (c, o) => (rzOther(o) ? 'Гончаренко Марія' : ua(c).short), []],
    ['Телефон отримувача', (c, o) => (rzOther(o) ? '380501234518' : ua(c).mobile), [], opt],
    ['Товар', (c, o) => rzp(o)[0], [PL('name')], opt],
    ['Артикул', (c, o) => rzp(o)[1], [PL('SKU')], opt],
    ['Кількість', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Ціна', (c, o) => uah(rzp(o)[2]), [], opt],
    ['Сума замовлення', (c, o) => uah(rzp(o)[2] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Спосіб оплати', (c, o) => ['Оплата під час отримання товару', 'Онлайн-оплата карткою', 'Оплата частинами від ПриватБанку', 'Онлайн-оплата карткою'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Статус оплати', (c, o) => (+o.id % 4 === 0 ? (rzSt(o) === 'Виконано' ? 'Оплачено' : 'Не оплачено') : 'Оплачено'), [], opt],
    ['Спосіб доставки', (c, o) => ['Нова Пошта', 'Нова Пошта', 'Укрпошта', 'Meest ПОШТА', 'Самовивіз з магазинів ROZETKA'][+o.id % 5], ['commerce.shipping.shippingMethod'], opt],
    ['Місто доставки', (c) => ua(c).city, [SHIP('city')]],
    ['Адреса доставки', (c, o) => (+o.id % 5 === 1 ? ua(c).street : ua(c).branch), [SHIP('street1')], opt],
    ['ТТН', (c, o) => (rzSent(o) ? ttn(o) : ''), ['commerce.shipping.trackingNumber']],
    ['Коментар покупця', (c, o, r) => v.pick(r, ['', '', '', 'Передзвоніть перед відправкою', 'Потрібен фіскальний чек']), []],
    ['Коментар менеджера', (c, o, r) => v.pick(r, ['', '', '', 'Підтвердив по телефону', 'Не бере трубку']), []],
    ['Менеджер', (c, o) => ['Ірина', 'Богдан', ''][+o.id % 3], []],
  ] },
  { name: 'n11-siparisler-tr', product: 'n11 (Mağaza Paneli > Sipariş Yönetimi > Excel\'e Aktar; Turkish UI, an Istanbul clothing seller, one row per order line)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(210000000000 + +o.id * 977), [OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => n11St(o), [], opt],
    ['Alıcı', (c) => tr(c).full, []],
    ['Alıcı Telefon', (c) => tr(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Alıcı E-posta', (c) => tr(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['TC Kimlik No', (c, o, r) => (+o.id % 3 === 0 ? String(v.int(r, 10000000000, 99999999999)) : ''), []],
    ['Teslimat Adresi', (c) => tr(c).street, [SHIP('street1')]],
    ['Teslimat İlçe', (c) => tr(c).ilce, [SHIP('city')], opt],
    ['Teslimat İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state'), SHIP('city')], opt],
    ['Fatura Adresi', (c) => tr(c).street, [BILL('street1')]],
    ['Fatura İl', (c) => tr(c).il, [BILL('stateProvince'), BILL('state'), BILL('city')], opt],
    ['Ürün Adı', (c, o) => n11p(o)[0], [PL('name')]],
    ['Ürün Seçenekleri', (c, o) => n11p(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Mağaza Ürün Kodu', (c, o) => n11p(o)[2], [PL('SKU')]],
    ['n11 Ürün ID', (c, o) => String(500000000 + (+o.id % 90000) * 37), [PL('SKU'), PL('_id')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(n11p(o)[3]), []],
    ['Satış Tutarı', (c, o) => trMoney(n11Sub(o)), [PL('priceTotal')]],
    ['Mağaza İndirimi', (c, o) => trMoney(n11Disc(o)), [OR('discountAmount')], opt],
    ['Kargo Ücreti', (c, o) => trMoney(n11Ship(o)), ['commerce.shipping.shippingAmount']],
    ['Komisyon Tutarı', (c, o) => trMoney(n11Comm(o)), []],
    ['Hakediş', (c, o) => trMoney(n11Sub(o) - n11Disc(o) - n11Comm(o)), []],
    ['Ödeme Tipi', (c, o) => ['Kredi Kartı', 'Kredi Kartı', 'n11 Bakiye', 'Kredi Kartı - 3 Taksit'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Kargo Firması', (c, o) => ['Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo', 'PTT Kargo'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Kampanya Kodu', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Kargo Takip No', (c, o, r) => (n11Sent(o) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Kargoya Veriliş Tarihi', (c, o) => (n11Sent(o) ? trTime(o.at + 30 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'liqpay-payments', product: 'LiqPay (payments of a Ukrainian online school; the fields of LiqPay\'s API payment status / report, flattened to CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['payment_id', (c, o) => String(2400000000 + +o.id * 1031), [OR('payments[0].transactionID'), '_id']],
    ['order_id', (c, o) => `school-${70000 + (+o.id % 30000)}`, [OR('purchaseID')]],
    ['liqpay_order_id', (c, o, r) => `${v.alnum(r, 8).toUpperCase()}${+o.id % 1000000}`, [OR('payments[0].transactionID')], opt],
    ['transaction_id', (c, o) => String(2400000000 + +o.id * 1031 + 1), [OR('payments[0].transactionID')], opt],
    ['action', (c, o) => (+o.id % 9 === 0 ? 'subscribe' : 'pay'), [], opt],
    ['status', (c, o) => lpSt(o), [], opt],
    ['paytype', (c, o) => LP_PT[+o.id % LP_PT.length], [OR('payments[0].paymentType')]],
    ['amount', (c, o) => String(lpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['currency', () => 'UAH', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['description', (c, o) => ['Оплата курсу "Англійська B1", місяць', 'Курс Python для початківців', 'Індивідуальне заняття 60 хв'][+o.id % 3], [], opt],
    ['sender_first_name', (c) => ua(c).first, []],
    ['sender_last_name', (c) => ua(c).last, []],
    ['sender_phone', (c) => ua(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['sender_card_mask2', (c, o, r) => `${['4149', '5168', '5375', '4441'][+o.id % 4]}${v.int(r, 10, 99)}*${v.int(r, 10, 99)}`, []],
    ['sender_card_bank', (c, o) => ['pb', 'monobank', 'oschadbank', 'pb'][+o.id % 4], []],
    ['sender_card_type', (c, o) => ['visa', 'mc', 'mc', 'visa'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['sender_card_country', () => '804', []],
    ['ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['sender_commission', () => '0', []],
    ['receiver_commission', (c, o) => (lpAmt(o) * 0.015).toFixed(2), []],
    ['amount_credit', (c, o) => String(lpAmt(o)), [], opt],
    ['create_date', (c, o) => String(o.at), ['timestamp', OR('createdDate')]],
    ['end_date', (c, o) => String(o.at + 14000), ['timestamp'], opt],
    ['err_code', (c, o) => (lpSt(o) === 'failure' ? ['limit', '9859', 'cvv'][+o.id % 3] : ''), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (flowers)
  { name: 'ciceksepeti-siparisler-tr', product: 'Çiçeksepeti (Satıcı Paneli > Siparişler > Excel İndir; Turkish UI, an Ankara florist, one row per order line, gift deliveries)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(95000000 + +o.id * 61), [OR('purchaseID')]],
    ['Sipariş Kalem No', (c, o) => String(130000000 + +o.id * 67), ['_id'], opt],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => csSt(o), [], opt],
    ['Teslimat Tarihi', (c, o) => csDeliv(o.at), [], opt],
    ['Teslimat Saati', (c, o) => ['09:00-13:00', '13:00-18:00', '18:00-21:00'][+o.id % 3], []],
    ['Ürün Adı', (c, o) => csp(o)[0], [PL('name')]],
    ['Ürün Kodu', (c, o) => csp(o)[1], [PL('SKU')]],
    ['Adet', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(csp(o)[2]), []],
    ['Toplam Tutar', (c, o) => trMoney(csp(o)[2] * Math.min(o.qty, 2)), [PL('priceTotal')]],
    ['Komisyon Oranı', () => '%20', []],
    ['Sipariş Veren', (c) => tr(c).full, []],
    ['Alıcı Adı Soyadı', (c, o) => (csGift(o) ? csTo(o)[0] : tr(c).full), []],
    ['Alıcı Telefon', (c, o) => (csGift(o) ? csTo(o)[1] : tr(c).mobile), [], opt],
    ['Teslimat Adresi', (c, o) => (csGift(o) ? `${['Kızılay Mah. Atatürk Blv.', 'Bahçelievler 7. Cad.', 'Tunalı Hilmi Cad.'][+o.id % 3]} No: ${1 + (+o.id % 80)}` : tr(c).street), [SHIP('street1')]],
    ['İlçe', (c, o) => (csGift(o) ? ['Çankaya', 'Çankaya', 'Keçiören', 'Yenimahalle'][+o.id % 4] : tr(c).ilce), [SHIP('city')], opt],
    ['İl', (c, o) => (csGift(o) ? 'Ankara' : tr(c).il), [SHIP('stateProvince'), SHIP('state'), SHIP('city')], opt],
    ['Kart Mesajı', (c, o) => (csGift(o) ? ['İyi ki doğdun, nice mutlu yıllara!', 'Geçmiş olsun, en kısa zamanda iyileş.', 'Seni seviyorum.', 'Yeni işinde başarılar!'][+o.id % 4] : ''), []],
    ['Kart İmzası', (c, o) => (csGift(o) ? (+o.id % 5 === 0 ? 'İsimsiz' : tr(c).first) : ''), []],
    ['Teslimat Tipi', (c, o) => (+o.id % 4 === 2 ? 'Kargo ile Teslimat' : 'Aynı Gün Teslimat'), ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (+o.id % 4 === 2 && ['Teslim Edildi', 'Kargoda'].includes(csSt(o)) ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Fatura Adı', (c, o) => (+o.id % 6 === 1 ? 'Yıldız Mimarlık Ltd. Şti.' : tr(c).full), []],
    ['Vergi Dairesi', (c, o) => (+o.id % 6 === 1 ? 'Çankaya' : ''), []],
    ['Vergi / TC No', (c, o, r) => (+o.id % 6 === 1 ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['Fatura Adresi', (c) => tr(c).street, [BILL('street1')]],
  ] },
  { name: 'nova-poshta-vidpravlennia-uk', product: 'Nova Poshta (Бізнес-кабінет: Мої відправлення > Експорт в Excel; Ukrainian UI, a Lviv online shop\'s outgoing parcels, one row per waybill)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
    ['Номер ЕН', (c, o) => ttn(o), ['commerce.shipping.trackingNumber']],
    ['Дата створення', (c, o) => uaDate(o.at), ['timestamp', 'commerce.shipping.shipDate'], opt],
    ['Статус', (c, o) => npSt(o), [], opt],
    ['Внутрішній номер замовлення', (c, o) => `LV-${10000 + (+o.id % 90000)}`, [OR('purchaseID')]],
    ['Місто відправника', () => 'Львів', []],
    ['Відправник', () => 'ФОП Стасюк Роман Ігорович', []],
    ['Одержувач', (c) => ua(c).short, []],
    ['Телефон одержувача', (c) => ua(c).mobileFmt, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Місто одержувача', (c) => ua(c).city, [SHIP('city')]],
    ['Область одержувача', (c) => ua(c).oblast, [SHIP('stateProvince'), SHIP('state')]],
    ['Адреса одержувача', (c, o) => (+o.id % 5 === 1 ? ua(c).street : ua(c).branch), [SHIP('street1')], opt],
    ['Тип доставки', (c, o) => ['Відділення-Відділення', 'Відділення-Відділення', 'Відділення-Поштомат', 'Відділення-Адреса', 'Відділення-Відділення'][+o.id % 5], ['commerce.shipping.shippingMethod'], opt],
    ['Опис відправлення', (c, o) => ['Одяг', 'Косметика', 'Взуття', 'Аксесуари'][+o.id % 4], [], opt],
    ['Кількість місць', () => '1', []],
    ['Фактична вага, кг', (c, o) => (0.5 + (+o.id % 9) * 0.5).toFixed(1).replace('.', ','), []],
    ['Оголошена вартість, грн', (c, o) => uah(npVal(o)), [OR('priceTotal')], opt],
    ['Накладений платіж, грн', (c, o) => (npCod(o) ? uah(npVal(o)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Вартість доставки, грн', (c, o) => uah(npFee(o)), ['commerce.shipping.shippingAmount'], opt],
    ['Платник', (c, o) => (+o.id % 4 === 0 ? 'Відправник' : 'Одержувач'), []],
    ['Форма оплати', (c, o) => (+o.id % 2 ? 'Готівка' : 'Безготівковий'), [], opt],
    ['Планова дата доставки', (c, o) => uaDate(o.at + 30 * 3600000).slice(0, 10), [], opt],
    ['Дата отримання', (c, o) => (npSt(o) === 'Отримано' ? uaDate(o.at + 52 * 3600000) : ''), [], opt],
    ['Дата повернення', (c, o) => (npSt(o) === 'Повернення' ? uaDate(o.at + 9 * 86400000) : ''), []],
  ] },

  // ---------------------------------------------------------------- leads
  { name: 'avito-kontakty-ru', product: 'Avito (Авито Pro: Звонки и сообщения > Выгрузить в Excel; Russian UI, leads of a Moscow car-repair shop\'s listings, one row per contact)', family: 'crm', language: 'ru', schema: B, cols: [
    ['Дата и время', (c, o) => msk(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['Тип контакта', (c, o) => (avCall(o) ? 'Звонок' : 'Сообщение'), [], opt],
    ['Статус звонка', (c, o) => (avCall(o) ? (avMissed(o) ? 'Пропущенный' : 'Принятый') : ''), []],
    ['Длительность, сек', (c, o) => (avCall(o) && !avMissed(o) ? String(20 + (+o.id % 400)) : ''), []],
    ['Номер объявления', (c, o) => String(3400000000 + (+o.id % 4) * 118331), []],
    ['Название объявления', (c, o) => avAd(o)[0], []],
    ['Категория', (c, o) => avAd(o)[1], []],
    ['Имя клиента', (c) => ru(c).first, ['person.name.firstName', 'person.name.fullName']],
    ['Телефон клиента', (c, o) => (avCall(o) || +o.id % 2 ? ru(c).mobile : ''), ['mobilePhone.number']],
    ['Подменный номер', (c, o) => (avCall(o) ? `+7 (9${50 + (+o.id % 40)}) ${100 + (+o.id % 800)}-${pad(+o.id % 100)}-${pad((+o.id >> 2) % 100)}` : ''), []],
    ['Текст первого сообщения', (c, o) => (avCall(o) ? '' : ['Здравствуйте, актуально?', 'Сколько стоит замена колодок на Kia Rio?', 'Можно записаться на субботу?'][+o.id % 3]), []],
    ['Ссылка на профиль', (c, o) => `https://www.avito.ru/user/${(+c.id * 2654435761 >>> 0).toString(16)}/profile`, [], opt],
    ['Город', (c) => ru(c).city, ['workAddress.city'], opt],
    ['Источник', () => 'Авито', ['b2b.personSource'], opt],
    ['Сотрудник', (c, o) => ['Алексей', 'Марина', ''][+o.id % 3], []],
    ['Запись разговора', (c, o) => (avCall(o) && !avMissed(o) ? `https://pro.avito.ru/calls/record/${+o.id * 7919}` : ''), []],
    ['Итог', (c, o, r) => v.pick(r, ['', 'Записан', 'Консультация', 'Дорого', 'Не дозвонились']), [], opt],
  ] },
  { name: 'olx-odpowiedzi-pl', product: 'OLX (konto firmowe: Odpowiedzi > Eksportuj do CSV; Polish UI, leads of a Warsaw real-estate agency\'s listings, one row per reply)', family: 'crm', language: 'pl', schema: B, cols: [
    ['Data', (c, o) => plTime(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['ID ogłoszenia', (c, o) => `${['IDW', 'IDX', 'IDV'][+o.id % 3]}${(+o.id * 48271 >>> 0).toString(36).slice(0, 4).toUpperCase()}`, []],
    ['Tytuł ogłoszenia', (c, o) => olxAd(o)[0], []],
    ['Kategoria', (c, o) => olxAd(o)[1], []],
    ['Link do ogłoszenia', (c, o) => `https://www.olx.pl/d/oferta/${slug(olxAd(o)[0].split(',')[0]).slice(0, 24)}-CID3-${['IDW', 'IDX', 'IDV'][+o.id % 3]}${(+o.id * 48271 >>> 0).toString(36).slice(0, 4).toUpperCase()}.html`, []],
    ['Lokalizacja', (c, o) => olxAd(o)[2], [], opt],
    ['Imię', (c) => pl(c).first, ['person.name.firstName', 'person.name.fullName']],
    ['E-mail', (c, o) => (+o.id % 4 === 0 ? '' : pl(c).email), ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o) => (+o.id % 3 === 1 ? '' : pl(c).mobile), ['mobilePhone.number']],
    ['Treść wiadomości', (c, o) => ['Dzień dobry, czy oferta jest aktualna?', 'Czy możliwe jest obejrzenie w sobotę?', 'Jaka jest wysokość czynszu administracyjnego?', 'Czy cena do negocjacji?'][+o.id % 4], []],
    ['Liczba wiadomości', (c, o) => String(1 + (+o.id % 6)), []],
    ['Status', (c, o) => ['Nowa', 'Odpowiedziano', 'Odpowiedziano', 'Zarchiwizowana'][+o.id % 4], ['b2b.personStatus'], opt],
    ['Opiekun', (c, o) => ['Karolina Maj', 'Paweł Sikora', ''][+o.id % 3], []],
    ['Ostatnia wiadomość', (c, o) => plTime(o.at + (+o.id % 50) * 3600000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Źródło', (c, o) => (+o.id % 5 === 0 ? 'OLX - telefon' : 'OLX - wiadomość'), ['b2b.personSource'], opt],
  ] },
  { name: 'prom-ua-zamovlennia-uk', product: 'Prom.ua (кабінет компанії: Замовлення > Експорт замовлень, Excel; Ukrainian UI, a Kharkiv household-goods shop, one row per order line)', family: 'ecommerce-orders', language: 'uk', schema: E, cols: [
    ['Номер замовлення', (c, o) => String(310000000 + +o.id * 389), [OR('purchaseID')]],
    ['Дата', (c, o) => uaSec(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => prSt(o), [], opt],
    ['Джерело', (c, o) => prSrc(o), [], opt],
    ['ПІБ', (c) => ua(c).full, []],
    ['Телефон', (c) => ua(c).mobileFmt, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c, o) => (+o.id % 3 === 0 ? '' : ua(c).email), ['endUserIDs._experience.emailid.id'], opt],
    ['Назва товару', (c, o) => prp(o)[0], [PL('name')]],
    ['Код товару', (c, o) => prp(o)[1], [PL('SKU')]],
    ['Кількість', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ціна', (c, o) => uah(prp(o)[2]), []],
    ['Сума', (c, o) => uah(prp(o)[2] * o.qty), [PL('priceTotal')], opt],
    ['Валюта', () => 'UAH', [OR('currencyCode'), PL('currencyCode')], opt],
    ['Спосіб доставки', (c, o) => ['Нова Пошта', 'Нова Пошта', 'Укрпошта', 'Rozetka Delivery', 'Самовивіз'][+o.id % 5], ['commerce.shipping.shippingMethod'], opt],
    ['Адреса доставки', (c, o) => `${ua(c).city}, ${+o.id % 5 === 1 ? ua(c).street : ua(c).branch}`, [SHIP('street1')], opt],
    ['Спосіб оплати', (c, o) => ['Пром-оплата', 'Накладений платіж', 'Пром-оплата', 'Оплата на рахунок', 'Накладений платіж'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Статус оплати', (c, o) => (prSt(o) === 'Скасовано' ? 'Не оплачено' : ['Оплачено', 'Не оплачено', 'Оплачено'][+o.id % 3]), [], opt],
    ['ТТН', (c, o) => (prSt(o) === 'Виконано' ? ttn(o) : ''), ['commerce.shipping.trackingNumber']],
    ['Коментар', (c, o, r) => v.pick(r, ['', '', '', 'Зателефонуйте перед відправкою', 'Подарункова упаковка']), []],
    ['Мітки', (c, o) => ['', '', 'повторний', 'опт'][+o.id % 4], []],
    ['Промокод', (c, o) => (+o.id % 6 === 1 ? 'HOME10' : ''), [], opt],
  ] },
  { name: 'megamarket-zakazy-ru', product: 'Megamarket (Личный кабинет продавца: Заказы > Выгрузить в Excel; Russian UI, a Moscow appliance seller, one row per item)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер отправления', (c, o) => String(9000000000 + +o.id * 4093), [], opt],
    ['Номер заказа', (c, o) => String(8000000000 + +o.id * 3571), [OR('purchaseID')]],
    ['Дата заказа', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => mmSt(o), [], opt],
    ['Схема работы', (c, o) => (+o.id % 3 === 0 ? 'DBS' : 'FBS'), []],
    ['Артикул продавца', (c, o) => mmp(o)[1], [PL('SKU')]],
    ['Код товара Мегамаркет', (c, o) => String(100020000000 + (+o.id % 4) * 7177), [PL('SKU'), PL('_id')], opt],
    ['Наименование товара', (c, o) => mmp(o)[0], [PL('name')]],
    ['Категория', (c, o) => mmp(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Количество', () => '1', [PL('quantity')]],
    ['Цена', (c, o) => rub(mmp(o)[3]), [PL('priceTotal')], opt],
    ['Скидка продавца', (c, o) => rub(+o.id % 5 === 2 ? 500 : 0), [OR('discountAmount')], opt],
    ['Бонусы СберСпасибо', (c, o) => String(mmBonus(o)), []],
    ['Склад', () => 'Москва, Складочная ул. 1', []],
    ['Дата отгрузки', (c, o) => (['Доставлен', 'Передан в доставку', 'Возврат'].includes(mmSt(o)) ? msk(o.at + 28 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Способ доставки', (c, o) => (+o.id % 3 === 0 ? 'Доставка продавцом' : ['Курьером', 'В пункт выдачи'][+o.id % 2]), ['commerce.shipping.shippingMethod'], opt],
    ['Город доставки', (c) => ru(c).city, [SHIP('city')]],
    ['Адрес доставки', (c, o) => (+o.id % 3 === 0 ? ru(c).street : ''), [SHIP('street1')], opt],
    ['ФИО покупателя', (c, o) => (+o.id % 3 === 0 ? ru(c).full : ''), []],
    ['Телефон покупателя', (c, o) => (+o.id % 3 === 0 ? ru(c).mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Причина отмены', (c, o) => (mmSt(o) === 'Отменен покупателем' ? 'Передумал покупать' : ''), []],
  ] },
  // ---------------------------------------------------------------- payments (Russian, Turkish)
  { name: 'yookassa-platezhi-ru', product: 'YooKassa / ЮKassa (личный кабинет: Платежи > Выгрузить, XLSX; Russian UI, an online course shop, one row per payment)', family: 'payments', language: 'ru', schema: E, cols: [
    ['Идентификатор платежа', (c, o) => `${(+o.id * 2654435761 >>> 0).toString(16).padStart(8, '0')}-000f-5000-${['8000', '9000', 'a000', 'b000'][+o.id % 4]}-${String(1000000000000 + +o.id * 7919).slice(0, 12)}`, [OR('payments[0].transactionID'), '_id']],
    ['Дата создания', (c, o) => mskSec(o.at), ['timestamp', OR('createdDate')]],
    ['Дата подтверждения', (c, o) => (ykSt(o) === 'Успешно' ? mskSec(o.at + 25000) : ''), ['timestamp'], opt],
    ['Статус', (c, o) => ykSt(o), [], opt],
    ['Сумма', (c, o) => rub(ykAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валюта', () => 'RUB', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Сумма к зачислению', (c, o) => rub(ykAmt(o) * (ykM(o) === 'СБП' ? 0.996 : 0.965)), [], opt],
    ['Комиссия', (c, o) => rub(ykAmt(o) * (ykM(o) === 'СБП' ? 0.004 : 0.035)), []],
    ['Способ оплаты', (c, o) => ykM(o), [OR('payments[0].paymentType')]],
    ['Номер заказа', (c, o) => `ORD-${50000 + (+o.id % 50000)}`, [OR('purchaseID')]],
    ['Описание', (c, o) => ['Курс «Основы SQL»', 'Подписка на 3 месяца', 'Курс «Английский для IT»', 'Консультация ментора'][+o.id % 4], [], opt],
    ['Карта', (c, o, r) => (ykM(o) === 'Банковская карта' ? `${['220220', '427601', '546938', '220070'][+o.id % 4]}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Банк-эмитент', (c, o) => (ykM(o) === 'Банковская карта' ? ['Сбербанк', 'Т-Банк', 'Альфа-Банк', 'ВТБ'][+o.id % 4] : ''), []],
    ['Платежная система', (c, o) => (ykM(o) === 'Банковская карта' ? ['Мир', 'Visa', 'Mastercard', 'Мир'][+o.id % 4] : ''), [OR('payments[0].paymentType')], opt],
    ['Email покупателя', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон покупателя', (c, o) => (+o.id % 2 ? ru(c).mobile.replace(/\D/g, '') : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Чек отправлен', (c, o) => (ykSt(o) === 'Успешно' ? 'Да' : 'Нет'), []],
    ['Возвращено', (c, o) => (+o.id % 11 === 3 ? rub(ykAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Причина отмены', (c, o) => (ykSt(o) === 'Отменен' ? ['insufficient_funds', '3d_secure_failed', 'expired_on_confirmation'][+o.id % 3] : ''), []],
    ['ID магазина', () => '318412', []],
  ] },
  { name: 'tbank-operacii-ru', product: 'T-Bank (Tinkoff) internet acquiring (личный кабинет: Операции > Выгрузить в CSV; Russian UI, a St Petersburg flower delivery, one row per operation)', family: 'payments', language: 'ru', schema: E, cols: [
    ['Дата и время', (c, o) => mskSec(o.at), ['timestamp']],
    ['Терминал', () => '1712053927412', []],
    ['ID платежа', (c, o) => String(5200000000 + +o.id * 997), [OR('payments[0].transactionID'), '_id']],
    ['Номер заказа', (c, o) => String(240000 + (+o.id % 60000)), [OR('purchaseID')]],
    ['Тип операции', (c, o) => tbOp(o), [], opt],
    ['Статус', (c, o) => tbSt(o), [], opt],
    ['Сумма, ₽', (c, o) => rub(tbAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Комиссия, ₽', (c, o) => rub(tbAmt(o) * 0.0249), []],
    ['Способ оплаты', (c, o) => tbPay(o), [OR('payments[0].paymentType')]],
    ['Номер карты', (c, o, r) => (tbPay(o) === 'Карта' ? `${['220070', '553691', '437772'][+o.id % 3]}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Платежная система', (c, o) => (tbPay(o) === 'Карта' ? ['MIR', 'MASTERCARD', 'VISA'][+o.id % 3] : ''), [OR('payments[0].paymentType')], opt],
    ['Код авторизации', (c, o, r) => (tbSt(o) === 'REJECTED' ? '' : String(v.int(r, 100000, 999999))), []],
    ['RRN', (c, o, r) => String(v.int(r, 100000, 999999)) + String(v.int(r, 100000, 999999)), []],
    ['Описание', (c, o) => ['Букет «Нежность» 25 роз', 'Монобукет из пионов', 'Композиция в коробке', 'Доставка цветов'][+o.id % 4], [], opt],
    ['Email', (c) => ru(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c) => ru(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Код ошибки', (c, o) => (tbSt(o) === 'REJECTED' ? ['1051', '1089', '1082'][+o.id % 3] : '0'), []],
  ] },
  { name: 'paytr-islemler-tr', product: 'PayTR (Mağaza Paneli > İşlemler > Excel\'e Aktar; Turkish UI, an Izmir online shop, one row per transaction)', family: 'payments', language: 'tr', schema: E, cols: [
    ['İşlem Tarihi', (c, o) => trTime(o.at), ['timestamp']],
    ['Sipariş No', (c, o) => `SP${String(100000 + (+o.id % 900000))}`, [OR('purchaseID')]],
    ['Müşteri Adı', (c) => tr(c).full, []],
    ['E-posta', (c) => tr(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => tr(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Ödeme Tipi', (c, o) => (+o.id % 7 === 3 ? 'EFT' : 'Kredi Kartı'), [OR('payments[0].paymentType')]],
    ['Kart Tipi', (c, o) => (+o.id % 7 === 3 ? '' : ['Bonus', 'World', 'Maximum', 'Axess', 'Paraf'][+o.id % 5]), [], opt],
    ['Kart Numarası', (c, o, r) => (+o.id % 7 === 3 ? '' : `${['454360', '540667', '979209'][+o.id % 3]}******${v.int(r, 1000, 9999)}`), []],
    ['Taksit', (c, o) => String(ptInst(o)), []],
    ['Tutar', (c, o) => trMoney(ptAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Para Birimi', () => 'TL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Komisyon', (c, o) => trMoney(ptAmt(o) * (ptInst(o) > 1 ? 0.0599 : 0.0399)), []],
    ['Net Tutar', (c, o) => trMoney(ptAmt(o) * (ptInst(o) > 1 ? 0.9401 : 0.9601)), [], opt],
    ['Durum', (c, o) => ptSt(o), [], opt],
    ['Hata Mesajı', (c, o) => (ptSt(o) === 'Başarısız' ? ['Yetersiz bakiye', '3D doğrulama başarısız', 'Kart limiti yetersiz'][+o.id % 3] : ''), []],
    ['İade Tutarı', (c, o) => (ptSt(o) === 'İade Edildi' ? trMoney(ptAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['IP Adresi', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Ödeme Linki', (c, o) => (+o.id % 5 === 0 ? 'Evet' : 'Hayır'), []],
  ] },
]
