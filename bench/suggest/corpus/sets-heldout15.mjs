// Round 15, heldout15: held-out sets added in round 15, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { trTime, trMoney, loc11 } from './values11.mjs'
import { loc12, translit } from './values12.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const shift = (ms, h) => parts(ms + h * 3600000)
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Megaplan (Russian UI): a Moscow company's clients; one in three is a company, the rest people (some at a company).
const ru = (c) => loc12(c, 'ru')
const mpCompany = (c) => +c.id % 3 === 0
const RU_CO = ['ООО «Вектор»', 'АО «СтройИнвест»', 'ООО «Северный ветер»', 'ИП Кузнецов А. С.', 'ООО «ТехноСервис»', 'ООО «Альфа Логистик»']
const ruCo = (c) => RU_CO[+c.id % RU_CO.length]
const RU_JOB = ['Генеральный директор', 'Менеджер по закупкам', 'Главный бухгалтер', 'Руководитель отдела продаж', 'Маркетолог', 'Офис-менеджер']
const mpDate = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const inn = (c) => String(7700000000 + ((+c.id * 7919) % 99999999))

// Sage Business Cloud Contabilidad (Spanish UI): a Spanish firm's customers and suppliers; half are companies.
const sgEmpresa = (c) => +c.id % 2 === 1
const SG_EMP = ['Reformas Castilla S.L.', 'Suministros Norte S.A.', 'Asesoría Turia S.L.', 'Imprenta Guadalquivir S.L.', 'Transportes Ebro S.L.', 'Clínica Dental Retiro S.L.P.']
const sgEmp = (c) => SG_EMP[+c.id % SG_EMP.length]
const sgName = (c) => (sgEmpresa(c) ? sgEmp(c) : `${c.first} ${c.last}`)
const sgRef = (c) => `${slug(sgEmpresa(c) ? sgEmp(c) : c.last).toUpperCase().slice(0, 6)}${pad(+c.id % 100)}`
const sgEntrega = (c) => sgEmpresa(c) && +c.id % 4 === 1
const NIF_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const sgNif = (c) => { const n = 10000000 + ((+c.id * 6151) % 89999999); return sgEmpresa(c) ? `B${String(n).slice(0, 8)}` : `${n}${NIF_L[n % 23]}` }
const es2 = (n) => n.toFixed(2).replace('.', ',')

// Hepsiburada: a Turkish merchant's order lines from the merchant panel (one row per item of a package).
const tr = (c) => loc(c, 'tr')
const HB_P = [['TSHRT-ORG-M', 'Organik Pamuk Tişört Beyaz M', 'HBV00000ABC12', 249.9], ['KUPA-SRM-350', 'Seramik Kupa 350 ml', 'HBV00000DEF34', 89.9], ['SIRT-CANTA-20', 'Şehir Sırt Çantası 20 L', 'HBV00000GHI56', 599.0], ['SPOR-AYK-42', 'Koşu Ayakkabısı Siyah 42', 'HBV00000JKL78', 1249.9], ['TERMOS-500', 'Çelik Termos 500 ml', 'HBV00000MNO90', 329.5]]
const hbp = (o) => HB_P[+o.id % HB_P.length]
const hbLine = (o) => +(hbp(o)[3] * o.qty).toFixed(2)
const hbDisc = (o) => (+o.id % 5 === 0 ? +(hbLine(o) * 0.1).toFixed(2) : 0)
const HB_ST = ['Teslim Edildi', 'Teslim Edildi', 'Kargoya Verildi', 'Paketlenecek', 'İptal Edildi', 'İade Edildi']
const hbSt = (o) => HB_ST[+o.id % HB_ST.length]
const hbShipped = (o) => ['Teslim Edildi', 'Kargoya Verildi', 'İade Edildi'].includes(hbSt(o))
const hbCorp = (o) => +o.id % 7 === 3

// Empik Marketplace (Polish seller panel, Mirakl-based): order lines of a Polish shop selling on empik.com.
const pl = (c) => loc(c, 'pl')
const EM_P = [['KUB-CER-350-B', '5901234123457', 'Kubek ceramiczny 350 ml biały', 34.99], ['PLE-MIE-20-G', '5902345234568', 'Plecak miejski 20 l granatowy', 189.0], ['KOS-BAW-M-C', '5903456345679', 'Koszulka bawełniana czarna M', 59.9], ['LAM-LED-BIU', '5904567456780', 'Lampka biurkowa LED', 129.0], ['GRA-PLA-ZW', '5905678567891', 'Gra planszowa Zwierzaki', 99.99]]
const emp = (o) => EM_P[+o.id % EM_P.length]
const emLine = (o) => +(emp(o)[3] * o.qty).toFixed(2)
const emShip = (o) => (emLine(o) >= 99 ? 0 : [9.99, 12.99, 14.99][+o.id % 3])
const EM_ST = ['Odebrane', 'Wysłane', 'Wysłane', 'Do wysyłki', 'Oczekuje na akceptację', 'Anulowane']
const emSt = (o) => EM_ST[+o.id % EM_ST.length]
const emOther = (o) => +o.id % 5 === 1
const emFv = (o) => +o.id % 6 === 2
const warsaw = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const plz = (n) => n.toFixed(2).replace('.', ',')

export const SETS = [
  // ---------------------------------------------------------------- CRM / invoicing
  { name: 'megaplan-klienty-ru', product: 'Megaplan (Клиенты > Экспорт, CSV; Russian UI, a Moscow company)', family: 'crm', language: 'ru', schema: B, cols: [
    ['ID', (c) => String(1000000 + (+c.id % 900000)), B2BID],
    ['Тип', (c) => (mpCompany(c) ? 'Компания' : 'Человек'), [], opt],
    ['Название', (c) => (mpCompany(c) ? ruCo(c) : ru(c).full), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Фамилия', (c) => (mpCompany(c) ? '' : ru(c).last), ['person.name.lastName']],
    ['Имя', (c) => (mpCompany(c) ? '' : ru(c).first), ['person.name.firstName']],
    ['Отчество', (c) => (mpCompany(c) ? '' : ru(c).middle), ['person.name.middleName']],
    ['Компания', (c) => (mpCompany(c) || +c.id % 3 === 1 ? ruCo(c) : ''), ['b2b.companyName', 'organizations[0]']],
    ['Должность', (c) => (+c.id % 3 === 1 ? RU_JOB[+c.id % RU_JOB.length] : ''), ['extendedWorkDetails.jobTitle']],
    ['Пол', (c) => (mpCompany(c) ? '' : ru(c).female ? 'Женский' : 'Мужской'), ['person.gender'], opt],
    ['Дата рождения', (c, o, r) => (!mpCompany(c) && r() < 0.4 ? f.de(c.birth) : ''), ['person.birthDate'], opt],
    ['Рабочий телефон', (c, o, r) => `+7 (495) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['Мобильный телефон', (c) => (mpCompany(c) ? '' : ru(c).mobile), ['mobilePhone.number']],
    ['E-mail', (c) => (mpCompany(c) ? `info@${translit(ruCo(c).split('«')[1] ?? 'kuznetsov')}.ru` : ru(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Сайт', (c) => (mpCompany(c) ? `www.${translit(ruCo(c).split('«')[1] ?? 'kuznetsov')}.ru` : ''), ['b2b.companyWebsite']],
    ['Адрес', (c) => `${ru(c).zip}, ${ru(c).city}, ${ru(c).street}`, [], opt],
    ['Skype', (c, o, r) => (r() < 0.2 ? `live:${translit(ru(c).first)}.${translit(ru(c).last)}` : ''), []],
    ['Telegram', (c, o, r) => (r() < 0.35 ? `@${translit(ru(c).first)}_${translit(ru(c).last)}` : ''), []],
    ['ИНН', (c) => (mpCompany(c) ? inn(c) : ''), []],
    ['Категория', (c) => ['Клиент', 'Клиент', 'Партнёр', 'Поставщик'][+c.id % 4], ['b2b.personType'], opt],
    ['Источник', (c) => ['Сайт', 'Рекомендация', 'Выставка', 'Холодный звонок', 'Яндекс.Директ'][+c.id % 5], ['b2b.personSource'], opt],
    ['Ответственный', (c) => ['Смирнова Ольга', 'Попов Андрей', 'Лебедев Максим'][+c.id % 3], []],
    ['Теги', (c, o, r) => v.pick(r, ['', '', 'VIP', 'опт', 'тендер']), []],
    ['Описание', (c, o, r) => v.pick(r, ['', '', '', 'Звонить после 14:00', 'Работает по предоплате']), []],
    ['Дата создания', (c) => mpDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Дата последнего контакта', (c) => mpDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'sage-contactos-es', product: 'Sage Business Cloud Contabilidad (Contactos > Exportar, CSV; Spanish UI, a firm in Spain)', family: 'crm', language: 'es', schema: B, cols: [
    ['Tipo de contacto', (c) => (+c.id % 5 === 0 ? 'Proveedor' : 'Cliente'), ['b2b.personType'], opt],
    ['Nombre', (c) => sgName(c), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Referencia', (c) => sgRef(c), B2BID],
    ['Persona de contacto', (c) => (sgEmpresa(c) ? c.full : ''), ['person.name.fullName'], opt],
    ['Correo electrónico', (c) => (sgEmpresa(c) ? `${slug(c.first)}.${slug(c.last)}@${slug(sgEmp(c)).slice(0, 12)}.es` : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (sgEmpresa(c) && r() < 0.15 ? c.phone.replace(/ \d{3}$/, ` ${v.int(r, 100, 999)}`) : ''), ['faxPhone.number']],
    ['Sitio web', (c) => (sgEmpresa(c) ? `www.${slug(sgEmp(c)).slice(0, 12)}.es` : ''), ['b2b.companyWebsite']],
    ['NIF', (c) => sgNif(c), ['person.taxId'], opt],
    ['Dirección línea 1', (c) => c.street, at(['billingAddress', 'workAddress', ...HOME], 'street1')],
    ['Dirección línea 2', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : ''), at(['billingAddress', 'workAddress', ...HOME], 'street2')],
    ['Población', (c) => c.city, at(['billingAddress', 'workAddress', ...HOME], 'city')],
    ['Provincia', (c) => c.region, [...at(['billingAddress', 'workAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', 'workAddress', ...HOME], 'state')]],
    ['Código postal', (c) => c.postcode, at(['billingAddress', 'workAddress', ...HOME], 'postalCode')],
    ['País', () => 'España', at(['billingAddress', 'workAddress', ...HOME], 'country')],
    ['Dirección de entrega línea 1', (c) => (sgEntrega(c) ? 'Polígono Industrial Las Arenas, Nave 7' : ''), ['shippingAddress.street1']],
    ['Población de entrega', (c) => (sgEntrega(c) ? 'Getafe' : ''), ['shippingAddress.city']],
    ['Provincia de entrega', (c) => (sgEntrega(c) ? 'Madrid' : ''), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Código postal de entrega', (c) => (sgEntrega(c) ? '28906' : ''), ['shippingAddress.postalCode']],
    ['País de entrega', (c) => (sgEntrega(c) ? 'España' : ''), ['shippingAddress.country']],
    ['Moneda', () => 'EUR', []],
    ['Límite de crédito', (c) => (sgEmpresa(c) ? ['3000,00', '6000,00', '0,00'][+c.id % 3] : '0,00'), []],
    ['Días de crédito', (c) => ['0', '30', '60', '30'][+c.id % 4], []],
    ['Forma de pago', (c) => ['Transferencia', 'Domiciliación bancaria', 'Tarjeta', 'Confirming'][+c.id % 4], []],
    ['IBAN', (c, o, r) => (r() < 0.5 ? `ES${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}${v.int(r, 10, 99)} ${v.int(r, 100000, 999999)}${v.int(r, 1000, 9999)}` : ''), []],
    ['Cuenta contable', (c) => (+c.id % 5 === 0 ? `400${pad(+c.id % 100000, 5)}` : `430${pad(+c.id % 100000, 5)}`), []],
    ['Saldo', (c) => es2((+c.id % 7) * 318.45), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Enviar facturas por correo', 'Pedido mínimo 150 €']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'hepsiburada-siparisler-tr', product: 'Hepsiburada (Merchant panel: Siparişler > Excel\'e Aktar; Turkish, one row per order line)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş Numarası', (c, o) => String(4000000000 + +o.id * 9173), [OR('purchaseID')]],
    ['Paket Numarası', (c, o) => String(3100000000 + +o.id * 41), [], opt],
    ['Kalem Numarası', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o) => hbSt(o), [], opt],
    ['Müşteri Adı Soyadı', (c) => tr(c).full, []],
    ['Alıcı Telefon', (c) => tr(c).mobile, [], opt],
    ['Teslimat Adresi', (c) => tr(c).street, [SHIP('street1')]],
    ['İlçe', (c) => tr(c).ilce, [SHIP('city')]],
    ['İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state')]],
    ['Fatura Adresi', (c) => `${tr(c).street} ${tr(c).ilce}/${tr(c).il}`, [], opt],
    ['Fatura Türü', (c, o) => (hbCorp(o) ? 'Kurumsal' : 'Bireysel'), [], opt],
    ['Firma Adı', (c, o) => (hbCorp(o) ? tr(c).company : ''), []],
    ['Vergi Dairesi', (c, o) => (hbCorp(o) ? `${tr(c).ilce} V.D.` : ''), []],
    ['Vergi Numarası', (c, o, r) => (hbCorp(o) ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['Ürün Adı', (c, o) => hbp(o)[1], [PL('name')]],
    ['Satıcı Stok Kodu', (c, o) => hbp(o)[0], [PL('SKU')]],
    ['Hepsiburada Stok Kodu', (c, o) => hbp(o)[2], [PL('SKU'), PL('product')], opt],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => trMoney(hbp(o)[3]), []],
    ['Toplam Tutar', (c, o) => trMoney(hbLine(o)), [PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trMoney(hbDisc(o)), [PL('discountAmount'), OR('discountAmount')]],
    ['Faturalanacak Tutar', (c, o) => trMoney(hbLine(o) - hbDisc(o)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['KDV Oranı', (c, o) => (hbp(o)[1].startsWith('Organik') ? '%10' : '%20'), []],
    ['Komisyon Oranı', (c, o) => ['%18', '%15', '%21', '%12', '%16'][+o.id % 5], []],
    ['Komisyon Tutarı', (c, o) => trMoney((hbLine(o) - hbDisc(o)) * [0.18, 0.15, 0.21, 0.12, 0.16][+o.id % 5]), []],
    ['Kargo Firması', (c, o) => ['HepsiJET', 'Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip Numarası', (c, o, r) => (hbShipped(o) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Kargoya Veriliş Tarihi', (c, o) => (hbShipped(o) ? trTime(o.at + 30 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Teslim Tarihi', (c, o) => (['Teslim Edildi', 'İade Edildi'].includes(hbSt(o)) ? trTime(o.at + 3 * 86400000) : ''), [], opt],
    ['Vade Tarihi', (c, o) => trTime(o.at + 21 * 86400000).slice(0, 10), []],
  ] },
  { name: 'empik-zamowienia-pl', product: 'Empik Marketplace (panel sprzedawcy: Zamówienia > Eksportuj, CSV; Polish UI, one row per order line)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o) => `${20240000000 + +o.id * 131}-A`, [OR('purchaseID')]],
    ['Numer linii zamówienia', (c, o) => `${20240000000 + +o.id * 131}-A-1`, ['_id'], opt],
    ['Data utworzenia', (c, o) => warsaw(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => emSt(o), [], opt],
    ['SKU oferty', (c, o) => emp(o)[0], [PL('SKU')]],
    ['EAN', (c, o) => emp(o)[1], [PL('SKU')], opt],
    ['Nazwa produktu', (c, o) => emp(o)[2], [PL('name')]],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena jednostkowa', (c, o) => plz(emp(o)[3]), []],
    ['Cena', (c, o) => plz(emLine(o)), [PL('priceTotal')]],
    ['Koszt wysyłki', (c, o) => plz(emShip(o)), ['commerce.shipping.shippingAmount']],
    ['Kwota całkowita', (c, o) => plz(emLine(o) + emShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Prowizja', (c, o) => plz((emLine(o) + emShip(o)) * 0.13), []],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Metoda dostawy', (c, o) => ['Kurier InPost', 'Paczkomat InPost', 'Kurier DPD', 'Odbiór w salonie Empik'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Przewoźnik', (c, o) => ['InPost', 'InPost', 'DPD', ''][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Numer przesyłki', (c, o, r) => (['Odebrane', 'Wysłane'].includes(emSt(o)) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Data wysyłki', (c, o) => (['Odebrane', 'Wysłane'].includes(emSt(o)) ? warsaw(o.at + 26 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Klient - imię', (c) => pl(c).first, []],
    ['Klient - nazwisko', (c) => pl(c).last, []],
    ['Adres dostawy - ulica', (c, o) => (emOther(o) ? 'ul. Grójecka 120/4' : pl(c).street), [SHIP('street1')]],
    ['Adres dostawy - kod pocztowy', (c, o) => (emOther(o) ? '02-367' : pl(c).zip), [SHIP('postalCode')]],
    ['Adres dostawy - miasto', (c, o) => (emOther(o) ? 'Warszawa' : pl(c).city), [SHIP('city')]],
    ['Adres dostawy - kraj', () => 'Polska', [SHIP('country')]],
    ['Adres dostawy - telefon', (c) => pl(c).mobile, [], opt],
    ['Adres rozliczeniowy - firma', (c, o) => (emFv(o) ? pl(c).company : ''), []],
    ['Adres rozliczeniowy - ulica', (c) => pl(c).street, [BILL('street1')]],
    ['Adres rozliczeniowy - kod pocztowy', (c) => pl(c).zip, [BILL('postalCode')]],
    ['Adres rozliczeniowy - miasto', (c) => pl(c).city, [BILL('city')]],
    ['Adres rozliczeniowy - kraj', () => 'Polska', [BILL('country')]],
    ['NIP', (c, o, r) => (emFv(o) ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}` : ''), []],
    ['Faktura', (c, o) => (emFv(o) ? 'Tak' : 'Nie'), [], opt],
  ] },
]
