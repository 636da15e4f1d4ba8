// Language coverage of round 11 (each test fails without its language's new words), checked on made-up headers:
// Turkish, Czech, Hungarian, Romanian and Russian customer and order exports, more Danish, Norwegian and Finnish
// words, and words that name a field only as the whole header.
import { describe, expect, it } from 'vitest'
import { tokens } from '../src/suggest/names.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('Turkish', () => {
  it('a customer list: possessive forms, dotless ı, İl and İlçe', async () => {
    const { to } = await suggestOn(P, {
      'Müşteri Adı': ['Deniz', 'Burak', 'Selin'],
      'Müşteri Soyadı': ['Aydın', 'Koç', 'Arslan'],
      'Cep Telefonu': ['0532 111 22 33', '0544 222 33 44', '0505 333 44 55'],
      'Doğum Tarihi': ['1988-04-12', '1975-11-30', '1992-06-05'],
      'İl': ['Eskişehir', 'Antalya', 'Trabzon'],
      'Posta Kodu': ['26010', '07100', '61030'],
      'Ülke': ['Türkiye', 'Türkiye', 'Türkiye'],
    })
    expect(to('Müşteri Adı')).toBe('person.name.firstName')
    expect(to('Müşteri Soyadı')).toBe('person.name.lastName')
    expect(to('Cep Telefonu')).toBe('mobilePhone.number')
    expect(to('Doğum Tarihi')).toBe('person.birthDate')
    expect(to('İl')).toMatch(/Address\.city$/)
    expect(to('Posta Kodu')).toMatch(/Address\.postalCode$/)
    expect(to('Ülke')).toMatch(/Address\.country$/)
  })
  it('an order list: order number, line and totals', async () => {
    const { to } = await suggestOn(E, {
      'Sipariş Numarası': ['TR-2201', 'TR-2202', 'TR-2203'],
      'Ürün Adı': ['Seramik Kupa', 'Keten Havlu', 'Bambu Tabak'],
      'Miktar': ['1', '3', '2'],
      'İndirim Tutarı': ['0,00', '15,00', '0,00'],
      'Toplam': ['249,90', '410,00', '129,50'],
    })
    expect(to('Sipariş Numarası')).toBe('commerce.order.purchaseID')
    expect(to('Ürün Adı')).toBe('productListItems[0].name')
    expect(to('Miktar')).toBe('productListItems[0].quantity')
    expect(to('İndirim Tutarı')).toBe('commerce.order.discountAmount')
    expect(to('Toplam')).toBe('commerce.order.priceTotal')
  })
})

describe('Turkish CRM', () => {
  it('Ünvan is the job title, İş and Ev the work and home phones, Firma Ünvanı the company', async () => {
    const { to } = await suggestOn(B, {
      'Adı': ['Deniz', 'Burak', 'Selin'],
      'Soyadı': ['Aydın', 'Koç', 'Arslan'],
      'Ünvan': ['Satın Alma Müdürü', 'Muhasebe Uzmanı', 'Genel Müdür'],
      'Firma Ünvanı': ['Anadolu Tekstil A.Ş.', 'Ege Gıda Ltd. Şti.', 'Marmara Lojistik A.Ş.'],
      'İş Telefonu': ['0212 555 10 20', '0232 555 30 40', '0216 555 50 60'],
    })
    expect(to('Adı')).toBe('person.name.firstName')
    expect(to('Soyadı')).toBe('person.name.lastName')
    expect(to('Ünvan')).toBe('extendedWorkDetails.jobTitle')
    expect(['b2b.companyName', 'organizations[0]']).toContain(to('Firma Ünvanı'))
    expect(to('İş Telefonu')).toBe('workPhone.number')
  })
})

describe('Czech and Slovak', () => {
  it('a customer list: first and last name, birth date and the address', async () => {
    const { to } = await suggestOn(P, {
      'Jméno': ['Kateřina', 'Ondřej', 'Zuzana'],
      'Příjmení': ['Horáková', 'Kučera', 'Benešová'],
      'Datum narození': ['1984-02-17', '1990-09-03', '1979-12-24'],
      'Ulice': ['Palackého 8', 'Husova 21', 'Dlouhá 3'],
      'Město': ['Olomouc', 'Liberec', 'Pardubice'],
      'PSČ': ['779 00', '460 01', '530 02'],
      'Stát': ['Česko', 'Česko', 'Slovensko'],
    })
    expect(to('Jméno')).toBe('person.name.firstName')
    expect(to('Příjmení')).toBe('person.name.lastName')
    expect(to('Datum narození')).toBe('person.birthDate')
    expect(to('Ulice')).toMatch(/Address\.street1$/)
    expect(to('Město')).toMatch(/Address\.city$/)
    expect(to('PSČ')).toMatch(/Address\.postalCode$/)
    expect(to('Stát')).toMatch(/Address\.country$/)
  })
  it('an order list: genitive headers', async () => {
    const { to } = await suggestOn(E, {
      'Číslo objednávky': ['2024001', '2024002', '2024003'],
      'Název produktu': ['Hrnek', 'Ručník', 'Talíř'],
      'Množství': ['2', '1', '4'],
      'Sleva': ['0', '50', '0'],
      'Měna': ['CZK', 'CZK', 'EUR'],
    })
    expect(to('Číslo objednávky')).toBe('commerce.order.purchaseID')
    expect(to('Název produktu')).toBe('productListItems[0].name')
    expect(to('Množství')).toBe('productListItems[0].quantity')
    expect(to('Sleva')).toBe('commerce.order.discountAmount')
    expect(to('Měna')).toBe('commerce.order.currencyCode')
  })
})

describe('Hungarian', () => {
  it('a customer list: family name first, the address parts', async () => {
    const { to } = await suggestOn(P, {
      'Vezetéknév': ['Kovács', 'Szabó', 'Tóth'],
      'Keresztnév': ['Eszter', 'Bence', 'Réka'],
      'Irányítószám': ['6720', '9021', '4025'],
      'Város': ['Szeged', 'Győr', 'Debrecen'],
      'Ország': ['Magyarország', 'Magyarország', 'Ausztria'],
      'Telefonszám': ['+36 30 123 4567', '+36 20 234 5678', '+36 70 345 6789'],
    })
    expect(to('Vezetéknév')).toBe('person.name.lastName')
    expect(to('Keresztnév')).toBe('person.name.firstName')
    expect(to('Irányítószám')).toMatch(/Address\.postalCode$/)
    expect(to('Város')).toMatch(/Address\.city$/)
    expect(to('Ország')).toMatch(/Address\.country$/)
    expect(to('Telefonszám')).toMatch(/Phone\.number$/)
  })
  it('an order list: possessive forms', async () => {
    const { to } = await suggestOn(E, {
      'Rendelés száma': ['H-1001', 'H-1002', 'H-1003'],
      'Termék neve': ['Bögre', 'Törölköző', 'Tányér'],
      'Mennyiség': ['1', '2', '5'],
      'Kedvezmény': ['0', '500', '0'],
      'Pénznem': ['HUF', 'HUF', 'EUR'],
    })
    expect(to('Rendelés száma')).toBe('commerce.order.purchaseID')
    expect(to('Termék neve')).toBe('productListItems[0].name')
    expect(to('Mennyiség')).toBe('productListItems[0].quantity')
    expect(to('Kedvezmény')).toBe('commerce.order.discountAmount')
    expect(to('Pénznem')).toBe('commerce.order.currencyCode')
  })
})

describe('Romanian', () => {
  it('a customer list: prenume, județ, localitate, cod poștal', async () => {
    const { to } = await suggestOn(P, {
      'Prenume': ['Ioana', 'Andrei', 'Mihaela'],
      'Nume de familie': ['Popescu', 'Ionescu', 'Dumitru'],
      'Data nașterii': ['1987-03-14', '1993-08-22', '1970-01-09'],
      'Localitate': ['Cluj-Napoca', 'Iași', 'Brașov'],
      'Județ': ['Cluj', 'Iași', 'Brașov'],
      'Cod poștal': ['400001', '700028', '500030'],
      'Țara': ['România', 'România', 'Moldova'],
    })
    expect(to('Prenume')).toBe('person.name.firstName')
    expect(to('Nume de familie')).toBe('person.name.lastName')
    expect(to('Data nașterii')).toBe('person.birthDate')
    expect(to('Localitate')).toMatch(/Address\.city$/)
    expect(to('Județ')).toMatch(/Address\.(state|stateProvince)$/)
    expect(to('Cod poștal')).toMatch(/Address\.postalCode$/)
    expect(to('Țara')).toMatch(/Address\.country$/)
  })
  it('an order list: comandă, cantitate, reducere, cost transport', async () => {
    const { to } = await suggestOn(E, {
      'Număr comandă': ['RO-501', 'RO-502', 'RO-503'],
      'Data comenzii': ['2024-05-02T09:15:00Z', '2024-05-03T14:40:00Z', '2024-05-04T18:05:00Z'],
      'Cantitate': ['1', '2', '3'],
      'Reducere': ['0.00', '10.00', '0.00'],
      'Cost transport': ['15.99', '0.00', '15.99'],
    })
    expect(to('Număr comandă')).toBe('commerce.order.purchaseID')
    expect(['timestamp', 'commerce.order.createdDate']).toContain(to('Data comenzii'))
    expect(to('Cantitate')).toBe('productListItems[0].quantity')
    expect(to('Reducere')).toBe('commerce.order.discountAmount')
    expect(to('Cost transport')).toBe('commerce.shipping.shippingAmount')
  })
})

describe('Russian and Ukrainian (Cyrillic words are words)', () => {
  it('a customer list', async () => {
    const { to } = await suggestOn(P, {
      'Фамилия': ['Смирнова', 'Кузнецов', 'Попова'],
      'Имя': ['Ольга', 'Дмитрий', 'Анна'],
      'Дата рождения': ['1985-07-19', '1991-01-28', '1977-10-02'],
      'Город': ['Казань', 'Самара', 'Томск'],
      'Почтовый индекс': ['420111', '443099', '634050'],
      'Мобильный телефон': ['+7 912 345-67-89', '+7 923 456-78-90', '+7 934 567-89-01'],
    })
    expect(to('Фамилия')).toBe('person.name.lastName')
    expect(to('Имя')).toBe('person.name.firstName')
    expect(to('Дата рождения')).toBe('person.birthDate')
    expect(to('Город')).toMatch(/Address\.city$/)
    expect(to('Почтовый индекс')).toMatch(/Address\.postalCode$/)
    expect(to('Мобильный телефон')).toBe('mobilePhone.number')
  })
  it('an order list', async () => {
    const { to } = await suggestOn(E, {
      'Номер заказа': ['RU-3101', 'RU-3102', 'RU-3103'],
      'Наименование товара': ['Кружка', 'Полотенце', 'Тарелка'],
      'Кол-во': ['2', '1', '3'],
      'Скидка': ['0', '150', '0'],
      'Валюта': ['RUB', 'RUB', 'EUR'],
    })
    expect(to('Номер заказа')).toBe('commerce.order.purchaseID')
    expect(to('Наименование товара')).toBe('productListItems[0].name')
    expect(to('Кол-во')).toBe('productListItems[0].quantity')
    expect(to('Скидка')).toBe('commerce.order.discountAmount')
    expect(to('Валюта')).toBe('commerce.order.currencyCode')
  })
})

describe('Danish, Norwegian and Finnish', () => {
  it('Danish "By" is the city, "Fulde navn" the full name; Norwegian "Gateadresse" the street', async () => {
    const { to } = await suggestOn(P, {
      'Fulde navn': ['Mette Nielsen', 'Søren Jensen', 'Freja Holm'],
      'Postnr.': ['8000', '5000', '9000'],
      'By': ['Aarhus', 'Odense', 'Aalborg'],
      'Gateadresse': ['Fjordveien 4', 'Solbakken 17', 'Elvegata 2'],
    })
    expect(to('Fulde navn')).toBe('person.name.fullName')
    expect(to('By')).toMatch(/Address\.city$/)
    expect(to('Gateadresse')).toMatch(/Address\.street1$/)
  })
  it('Swedish article numbers and Finnish genitives and order words', async () => {
    const { to } = await suggestOn(E, {
      'Artikelnummer': ['A-100', 'B-220', 'C-310'],
      'Tilauksen numero': ['FI-9001', 'FI-9002', 'FI-9003'],
      'Tuotteen nimi': ['Muki', 'Pyyhe', 'Lautanen'],
      'Alennus': ['0,00', '5,00', '0,00'],
      'Toimituskulut': ['4,90', '0,00', '4,90'],
    })
    expect(to('Artikelnummer')).toBe('productListItems[0].SKU')
    expect(to('Tilauksen numero')).toBe('commerce.order.purchaseID')
    expect(to('Tuotteen nimi')).toBe('productListItems[0].name')
    expect(to('Alennus')).toBe('commerce.order.discountAmount')
    expect(to('Toimituskulut')).toBe('commerce.shipping.shippingAmount')
  })
})

describe('whole-header words', () => {
  it('İl and By name a place alone; the Italian article and "Created by" keep their meaning', () => {
    expect(tokens('İl')).toEqual(['city'])
    expect(tokens('By')).toEqual(['city'])
    expect(tokens('Data per il ritiro')).not.toContain('city')
    expect(tokens('Created by')).not.toContain('city')
  })
})
