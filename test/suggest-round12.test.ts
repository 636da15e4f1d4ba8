// Precision mechanisms of round 12 (each test fails with its mechanism removed), checked on made-up headers: the
// file's language decides words the languages read differently, values alone decide only when one field fits them
// clearly better in a header whose names are read, a postal address is no event location.
import { describe, expect, it } from 'vitest'
import { detectLanguages, tokens, withLanguages } from '../src/suggest/names.js'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe("the file's language", () => {
  it('is decided from all the names of the header', () => {
    expect(detectLanguages(['Jméno', 'Příjmení', 'Ulice', 'Město', 'PSČ'])[0]).toBe('cs')
    expect(detectLanguages(['Imię', 'Nazwisko', 'Ulica', 'Miejscowość', 'Kod pocztowy'])[0]).toBe('pl')
    expect(detectLanguages(['q1', 'q2', 'x9'])).toEqual([])
  })
  it('reads a word two languages read differently as the file says it: Czech "Kraj" a region, Polish "Kraj" the country', async () => {
    const cz = await suggestOn(P, {
      'Jméno': ['Marek', 'Hana', 'Ondřej'],
      'Příjmení': ['Beneš', 'Kučerová', 'Pospíšil'],
      'Ulice': ['Palackého 12', 'Husova 7', 'Jiráskova 33'],
      'Město': ['Olomouc', 'Zlín', 'Liberec'],
      'Kraj': ['Olomoucký', 'Zlínský', 'Liberecký'],
    })
    expect(cz.to('Kraj')).toMatch(/Address\.(stateProvince|state)$/)
    const pl = await suggestOn(P, {
      'Imię': ['Marek', 'Hanna', 'Olga'],
      'Nazwisko': ['Zając', 'Mazur', 'Krawczyk'],
      'Ulica': ['ul. Polna 3', 'ul. Leśna 8', 'ul. Krótka 1'],
      'Miejscowość': ['Lublin', 'Opole', 'Toruń'],
      'Kraj': ['Polska', 'Polska', 'Niemcy'],
    })
    expect(pl.to('Kraj')).toMatch(/Address\.country$/)
  })
  it('reads a word the languages read differently, none of them the file\'s, only as the whole header', () => {
    // Italian "via" is the street; in a German file "Bestellt via" is how the order came in
    expect(withLanguages(['de'], () => tokens('Bestellt via'))).not.toContain('street')
    expect(withLanguages(['it'], () => tokens('Via'))).toContain('street')
    // Dutch and Swedish "Firma" is the company, as German's
    expect(withLanguages(['nl'], () => tokens('Firma'))).toContain('company')
  })
  it('keeps a false friend out: Spanish "Firma" is a signature, not a company; Italian "Tara" a tare weight, not a country', async () => {
    const es = await suggestOn(P, {
      'Nombre': ['Lucía', 'Pablo', 'Marta'],
      'Apellidos': ['Ruiz', 'Navarro', 'Gil'],
      'Dirección': ['Calle Luna 4', 'Calle Sol 9', 'Av. Mar 2'],
      'Ciudad': ['Toledo', 'Cádiz', 'Lugo'],
      'Firma del cliente': ['L. Ruiz', 'P. Navarro', 'M. Gil'],
    })
    expect(es.to('Firma del cliente')).toBeUndefined()
    const it_ = await suggestOn(E, {
      'Numero ordine': ['A-101', 'A-102', 'A-103'],
      'Nome prodotto': ['Tazza', 'Piatto', 'Vaso'],
      'Quantità': ['1', '2', '1'],
      'Tara lorda': ['Italia', 'Italia', 'Francia'],
    })
    expect(it_.to('Tara lorda')).toBeUndefined()
  })
})

describe('values alone', () => {
  it('do not choose among fields alike (home, mobile, fax phone) for an unread name in a header whose names are read', async () => {
    const { to } = await suggestOn(P, {
      'First Name': ['Ava', 'Noah', 'Mia'],
      'Last Name': ['Hill', 'Cole', 'Reed'],
      'Email': ['ava@example.com', 'noah@example.org', 'mia@example.net'],
      'Street': ['1 Elm St', '2 Oak Ave', '3 Pine Rd'],
      'City': ['Reno', 'Boise', 'Provo'],
      'Tlfx': ['+1 775 555 0101', '+1 208 555 0102', '+1 801 555 0103'],
    })
    expect(to('Tlfx')).toBeUndefined()
  })
  it('still decide in a header of codes (nothing else is read)', async () => {
    const { to } = await suggestOn(P, {
      'k1': ['ava@example.com', 'noah@example.org', 'mia@example.net'],
      'k2': ['+1 775 555 0101', '+1 208 555 0102', '+1 801 555 0103'],
    })
    expect(to('k1')).toBe('personalEmail.address')
    expect(to('k2')).toBe('homePhone.number')
  })
})

describe('a postal address', () => {
  it("is not where an event happened: an order's \"Address City\" goes to no geo field", async () => {
    const { to } = await suggestOn(E, {
      'Order Reference': ['R-1', 'R-2', 'R-3'],
      'Order Date': ['2024-03-01T10:00:00Z', '2024-03-02T11:00:00Z', '2024-03-03T12:00:00Z'],
      'Address City': ['Reno', 'Boise', 'Provo'],
      'Address Postal Code': ['89501', '83702', '84601'],
      'Total': ['10.00', '20.00', '30.00'],
    })
    expect(to('Address City') ?? '').not.toMatch(/^placeContext\.geo\./)
    expect(to('Address Postal Code') ?? '').not.toMatch(/^placeContext\.geo\./)
  })
})

describe('a field named by a weak word', () => {
  it("a person's type needs a column naming a type: a contact person is a person", async () => {
    const { to } = await suggestOn(P, {
      'First Name': ['Ava', 'Noah', 'Mia'],
      'Last Name': ['Hill', 'Cole', 'Reed'],
      'Contact Person': ['Ann Lee', 'Bo Park', 'Cy Dunn'],
      'Email': ['ava@example.com', 'noah@example.org', 'mia@example.net'],
    })
    expect(to('Contact Person')).not.toBe('person.type')
  })
  it('a bare word loses the field to a column naming it more fully ("Número" and "Número de pedido")', async () => {
    const { to } = await suggestOn(E, {
      'Número de pedido': ['PV-5501', 'PV-5502', 'PV-5503'],
      'Fecha de pedido': ['2024-05-01T09:00:00Z', '2024-05-02T10:30:00Z', '2024-05-03T11:45:00Z'],
      'Número': ['14', '220', '7'],
      'Calle': ['Calle Luna 4', 'Calle Sol 9', 'Av. Mar 2'],
      'Total del pedido': ['19.90', '45.00', '12.50'],
    })
    expect(to('Número de pedido')).toBe('commerce.order.purchaseID')
    expect(to('Número')).toBeUndefined()
  })
})

describe('places and attributes of an order', () => {
  it("the order's or buyer's country is not the event's location; a parcel carrier is not the mobile network", async () => {
    const { to } = await suggestOn(E, {
      'order_ref': ['O-1', 'O-2', 'O-3'],
      'order_time': ['2024-05-01T09:00:00Z', '2024-05-02T10:30:00Z', '2024-05-03T11:45:00Z'],
      'buyer_country': ['DE', 'FR', 'NL'],
      'Paketdienst': ['DHL', 'Hermes', 'DPD'],
      'order_total': ['19.90', '45.00', '12.50'],
    })
    expect(to('buyer_country') ?? '').not.toMatch(/^placeContext\.geo\./)
    expect(to('Paketdienst')).not.toBe('environment.carrier')
  })
  it("a purchase's country in a payments file is not the event's location", async () => {
    const { to } = await suggestOn(E, {
      'transaction_id': ['T1', 'T2', 'T3'],
      'purchase_country': ['DE', 'FR', 'NL'],
      'amount': ['19.90', '45.00', '12.50'],
      'currency': ['EUR', 'EUR', 'EUR'],
    })
    expect(to('purchase_country') ?? '').not.toMatch(/^placeContext\.geo\./)
  })
  it('a carrier in a shipments file (no order, no analytics) is the parcel service, not the mobile network', async () => {
    const { to } = await suggestOn(E, {
      'Shipment ID': ['S-1', 'S-2', 'S-3'],
      'Carrier': ['DHL', 'UPS', 'FedEx'],
      'Ship Date': ['2024-01-02', '2024-01-03', '2024-01-04'],
    })
    expect(to('Carrier')).not.toBe('environment.carrier')
  })
  it("a product's path or slug is not its name", async () => {
    const { to } = await suggestOn(E, {
      'Order ID': ['O-1', 'O-2', 'O-3'],
      'Product Slug': ['blue-mug', 'red-cup', 'tea-pot'],
      'Quantity': ['1', '2', '1'],
    })
    expect(to('Product Slug')).not.toBe('productListItems[0].name')
  })
})


const names3 = { a: ['x1@example.com', 'x2@example.org', 'x3@example.net'] }
describe('languages with a vocabulary since round 12', () => {
  it('Japanese: a header without spaces is read by its longest known words (注文番号 is 注文 + 番号)', async () => {
    expect(tokens('注文番号')).toEqual(['order', 'number'])
    const { to } = await suggestOn(E, {
      '注文番号': ['JP-1001', 'JP-1002', 'JP-1003'],
      '注文日時': ['2024-05-01T09:00:00Z', '2024-05-02T10:30:00Z', '2024-05-03T11:45:00Z'],
      '商品名': ['湯呑み', '急須', '箸置き'],
      '数量': ['1', '2', '1'],
      '合計金額': ['1980', '4500', '1250'],
    })
    expect(to('注文番号')).toBe('commerce.order.purchaseID')
    expect(to('商品名')).toBe('productListItems[0].name')
    expect(to('数量')).toBe('productListItems[0].quantity')
    expect(to('合計金額')).toBe('commerce.order.priceTotal')
  })
  it('Chinese and Korean member lists', async () => {
    const zh = await suggestOn(P, { '姓名': ['王伟', '李娜', '张敏'], '手机号码': ['+86 138 0013 8000', '+86 139 0013 9000', '+86 137 0013 7000'], '电子邮件': names3.a, '城市': ['北京', '上海', '广州'] })
    expect(zh.to('姓名')).toBe('person.name.fullName')
    expect(zh.to('手机号码')).toBe('mobilePhone.number')
    expect(zh.to('城市')).toMatch(/Address\.city$/)
    const ko = await suggestOn(P, { '성명': ['김민준', '이서연', '박지훈'], '휴대폰번호': ['010-1234-5678', '010-2345-6789', '010-3456-7890'], '이메일': names3.a, '우편번호': ['04524', '06236', '48058'] })
    expect(ko.to('성명')).toBe('person.name.fullName')
    expect(ko.to('휴대폰번호')).toBe('mobilePhone.number')
    expect(ko.to('우편번호')).toMatch(/Address\.postalCode$/)
  })
  it('Indonesian, Vietnamese and Greek customer lists', async () => {
    const id = await suggestOn(P, { 'Nama Depan': ['Budi', 'Siti', 'Agus'], 'Nama Belakang': ['Santoso', 'Wijaya', 'Pratama'], 'Kota': ['Bandung', 'Surabaya', 'Medan'], 'Kode Pos': ['40111', '60111', '20111'] })
    expect(id.to('Nama Depan')).toBe('person.name.firstName')
    expect(id.to('Nama Belakang')).toBe('person.name.lastName')
    expect(id.to('Kota')).toMatch(/Address\.city$/)
    const vi = await suggestOn(P, { 'Họ và tên': ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu'], 'Số điện thoại': ['+84 90 123 4567', '+84 91 234 5678', '+84 93 345 6789'], 'Ngày sinh': ['1990-01-02', '1985-03-04', '1992-05-06'] })
    expect(vi.to('Họ và tên')).toBe('person.name.fullName')
    expect(vi.to('Ngày sinh')).toBe('person.birthDate')
    const el = await suggestOn(P, { 'Όνομα': ['Νίκος', 'Μαρία', 'Γιώργος'], 'Επώνυμο': ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου'], 'Πόλη': ['Αθήνα', 'Πάτρα', 'Βόλος'], 'Ταχυδρομικός Κώδικας': ['10558', '26221', '38221'] })
    expect(el.to('Όνομα')).toBe('person.name.firstName')
    expect(el.to('Επώνυμο')).toBe('person.name.lastName')
    expect(el.to('Ταχυδρομικός Κώδικας')).toMatch(/Address\.postalCode$/)
  })
  it('Bulgarian, Croatian, Baltic and Catalan order lists', async () => {
    const bg = await suggestOn(E, { 'Номер на поръчка': ['BG-1', 'BG-2', 'BG-3'], 'Количество': ['1', '2', '3'], 'Отстъпка': ['0.00', '5.00', '0.00'], 'Валута': ['BGN', 'BGN', 'EUR'] })
    expect(bg.to('Номер на поръчка')).toBe('commerce.order.purchaseID')
    expect(bg.to('Отстъпка')).toBe('commerce.order.discountAmount')
    const hr = await suggestOn(E, { 'Broj narudžbe': ['HR-1', 'HR-2', 'HR-3'], 'Količina': ['1', '2', '3'], 'Popust': ['0.00', '5.00', '0.00'], 'Ukupno': ['19.90', '45.00', '12.50'] })
    expect(hr.to('Broj narudžbe')).toBe('commerce.order.purchaseID')
    expect(hr.to('Popust')).toBe('commerce.order.discountAmount')
    const lv = await suggestOn(E, { 'Pasūtījuma numurs': ['LV-1', 'LV-2', 'LV-3'], 'Daudzums': ['1', '2', '3'], 'Atlaide': ['0.00', '5.00', '0.00'] })
    expect(lv.to('Pasūtījuma numurs')).toBe('commerce.order.purchaseID')
    expect(lv.to('Daudzums')).toBe('productListItems[0].quantity')
    const ca = await suggestOn(E, { 'Número de comanda': ['CA-1', 'CA-2', 'CA-3'], 'Quantitat': ['1', '2', '3'], 'Descompte': ['0.00', '5.00', '0.00'], 'Preu unitari': ['9.95', '22.50', '12.50'] })
    expect(ca.to('Número de comanda')).toBe('commerce.order.purchaseID')
    expect(ca.to('Descompte')).toBe('commerce.order.discountAmount')
  })
  it('Arabic and Hebrew contact lists', async () => {
    const ar = await suggestOn(P, { 'الاسم الأول': ['محمد', 'فاطمة', 'أحمد'], 'اسم العائلة': ['العلي', 'الحسن', 'السيد'], 'البريد الإلكتروني': names3.a, 'المدينة': ['الرياض', 'جدة', 'الدمام'] })
    expect(ar.to('الاسم الأول')).toBe('person.name.firstName')
    expect(ar.to('المدينة')).toMatch(/Address\.city$/)
    const he = await suggestOn(P, { 'שם פרטי': ['דנה', 'יוסי', 'נועה'], 'שם משפחה': ['כהן', 'לוי', 'מזרחי'], 'עיר': ['חיפה', 'ירושלים', 'אילת'], 'מיקוד': ['3303100', '9103401', '8810001'] })
    expect(he.to('שם פרטי')).toBe('person.name.firstName')
    expect(he.to('שם משפחה')).toBe('person.name.lastName')
    expect(he.to('עיר')).toMatch(/Address\.city$/)
  })
})

describe('derived values', () => {
  it('an average, a bound, an estimate or the next value is not the value itself', async () => {
    const { to } = await suggestOn(E, {
      'Order ID': ['O-1', 'O-2', 'O-3'],
      'Order Date': ['2024-05-01T09:00:00Z', '2024-05-02T10:30:00Z', '2024-05-03T11:45:00Z'],
      'Next Invoice Amount': ['49.00', '90.00', '12.00'],
      'Estimated Tax': ['3.10', '7.20', '0.90'],
    })
    expect(to('Next Invoice Amount')).toBeUndefined()
    expect(to('Estimated Tax')).toBeUndefined()
  })
})

describe('a loyalty programme', () => {
  it("is not a newsletter's member rating alone: its referral code is no loyalty referral", async () => {
    const { to } = await suggestOn(P, {
      'Email Address': ['a@example.com', 'b@example.org', 'c@example.net'],
      'Member Rating': ['4', '2', '5'],
      'Referral Code': ['ABC', 'XYZ', 'QRS'],
    })
    expect(to('Referral Code') ?? '').not.toMatch(/^loyalty\./)
  })
})

describe('system fields and methods', () => {
  it("a CRM's \"Create Date\" is no repository date the platform writes", async () => {
    const { to } = await suggestOn(P, {
      'Record ID': ['1', '2', '3'],
      'First name': ['Ann', 'Bo', 'Cy'],
      'Create Date': ['2023-01-01', '2023-02-01', '2023-03-01'],
    })
    expect(to('Create Date') ?? '').not.toMatch(/_repo\./)
  })
  it('a traffic medium of a web analytics report is no shipping method', async () => {
    const { to } = await suggestOn(E, {
      'Fecha': ['2024-05-01T00:00:00Z', '2024-05-02T00:00:00Z', '2024-05-03T00:00:00Z'],
      'Navegador': ['Chrome', 'Safari', 'Firefox'],
      'Sistema operativo': ['Android', 'iOS', 'Windows'],
      'Fuente / Medio': ['google / organic', 'direct / none', 'newsletter / email'],
      'Ingresos': ['1200.50', '300.00', '80.00'],
    })
    expect(to('Fuente / Medio')).not.toBe('commerce.shipping.shippingMethod')
  })
})

describe('a payments export', () => {
  it("takes a bare ID as the payment's, never as the order's number", async () => {
    const { to } = await suggestOn(E, {
      'ID': ['pay_81', 'pay_82', 'pay_83'],
      'Created': ['2024-05-01T09:00:00Z', '2024-05-02T10:30:00Z', '2024-05-03T11:45:00Z'],
      'Amount': ['100.00', '50.00', '20.00'],
      'Fee': ['3.20', '1.75', '0.90'],
      'Tax': ['0.51', '0.28', '0.14'],
      'Net': ['96.80', '48.25', '19.10'],
      'Currency': ['EUR', 'EUR', 'USD'],
    })
    expect(to('ID')).not.toBe('commerce.order.purchaseID')
  })
})
