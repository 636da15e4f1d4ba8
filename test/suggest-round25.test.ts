// Rules of rounds 25-28 (each test fails with its rule removed), checked on made-up headers: the header's languages
// and whole-header words; payment exports' guards; flags, constant codes and company names by their values; later
// times; bookings, donations and invoices as orders; ties, first columns, types and salutations; date patterns.
import { describe, expect, it } from 'vitest'
import { detectLanguages, tokens } from '../src/suggest/names.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('the languages of a header', () => {
  it('count two-letter words of scripts written without spaces', () => {
    expect(detectLanguages(['姓名', '电话', '地址', '城市'])).toEqual(['zh'])
    expect(detectLanguages(['氏名', '住所', '電話', 'メール'])).toEqual(['ja'])
    expect(detectLanguages(['이름', '전화', '주소', '이메일'])).toEqual(['ko'])
    // (two Latin letters are still no evidence: "Id", "No")
    expect(detectLanguages(['Id', 'No', 'Ad'])).toEqual([])
  })
})

describe('a word that names a field only as the whole header', () => {
  const people = {
    'E-mail': ['ayse@example.com', 'mehmet@example.com', 'ali@example.com'],
    'Telefon': ['+90 532 555 0100', '+90 533 555 0101', '+90 534 555 0102'],
  }

  it("is read in the file's language: Turkish \"Ad\" is the first name", async () => {
    const { to } = await suggestOn(P, { Ad: ['Ayşe', 'Mehmet', 'Ali'], Soyad: ['Yılmaz', 'Kaya', 'Demir'], ...people, 'İl': ['İstanbul', 'Ankara', 'İzmir'] })
    expect(to('Ad')).toBe('person.name.firstName')
    expect(to('İl')).toBe('homeAddress.city')
  })

  it('and not in another: an English ads export\'s "Ad" is the advert', async () => {
    const { to } = await suggestOn(P, {
      Campaign: ['Spring Sale', 'Spring Sale', 'Retargeting'], 'Ad Set': ['Lookalike 1%', 'Interests', 'Visitors 30d'],
      Ad: ['Carousel A', 'Video 15s', 'Carousel B'], Email: ['ann@example.com', 'bo@example.com', 'cy@example.com'],
      'Full Name': ['Ann Lee', 'Bo Li', 'Cy Park'], 'Created Time': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
    })
    expect(to('Email')).toBe('personalEmail.address')
    expect(to('Ad')).toBeUndefined()
  })
})

describe('a payment export', () => {
  const payments = {
    'Fecha venta': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
    'Tipo de tarjeta': ['Crédito', 'Débito', 'Crédito'],
    Marca: ['Visa', 'Mastercard', 'Visa'],
    'Monto venta': ['15990', '8990', '45990'],
    'Comisión': ['390', '220', '1120'],
    'ID sesión': ['sess-91021', 'sess-91022', 'sess-91023'],
    locale: ['es-CL', 'es-CL', 'en-US'],
    'Link del comprobante': ['https://pay.example.cl/r/91021', 'https://pay.example.cl/r/91022', 'https://pay.example.cl/r/91023'],
  }

  it("keeps the card's brand, the buyer's locale and its links out of the device, the environment and the web (a checkout session makes no analytics)", async () => {
    const { to } = await suggestOn(E, payments)
    expect(to('Monto venta')).toBeDefined()
    for (const c of ['Marca', 'locale', 'Link del comprobante']) expect(to(c), c).toBeUndefined()
  })

  it('and a column about the payment is no operating system: "payment_platform"', async () => {
    const { to } = await suggestOn(E, { created_on: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], amount: ['5.00', '15.00', '10.00'], payment_platform: ['Stripe', 'PayPal', 'Stripe'] })
    expect(to('payment_platform')).toBeUndefined()
  })

  it('but an analytics export with two columns of its own keeps them', async () => {
    const { to } = await suggestOn(E, { ...payments, 'Página de destino': ['https://shop.example.cl/', 'https://shop.example.cl/ofertas', 'https://shop.example.cl/'] })
    expect(to('locale')).toBe('environment._dc.language')
  })
})

describe('an invoice export', () => {
  it("sends its links nowhere by their values alone (\"Lien public\" is the invoice's)", async () => {
    const { to } = await suggestOn(E, {
      'Numéro': ['F-2024-0101', 'F-2024-0102', 'F-2024-0103'], 'Date': ['2024-05-02', '2024-05-03', '2024-05-04'], 'Total TTC': ['120,00', '89,90', '45,00'], TVA: ['20,00', '14,98', '7,50'],
      'Lien public': ['https://app.example.fr/public/invoice/8f2a', 'https://app.example.fr/public/invoice/91c3', 'https://app.example.fr/public/invoice/a0d4'],
    })
    expect(to('Total TTC')).toBe('commerce.order.priceTotal')
    expect(to('Lien public')).toBeUndefined()
  })
})

describe("a transaction's id", () => {
  it("is the payment's transaction outside analytics, the order's in an analytics export", async () => {
    const sale = {
      DateTime: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], Email: ['ann@example.com', 'bo@example.com', 'cy@example.com'],
      Item: ['Coffee', 'Membership', 'Coffee'], Quantity: ['1', '3', '2'], Received: ['5.00', '15.00', '10.00'],
      TransactionId: ['8c1f2e4a-3b7d-4e21', '0d2e9a11-77c3-4b90', 'f41a0c55-1e2b-4d6a'],
    }
    expect((await suggestOn(E, sale)).to('TransactionId')).toBe('commerce.order.payments[0].transactionID')
    const ga = { event_date: ['20240502', '20240503', '20240504'], page_location: ['https://shop.example.com/a', 'https://shop.example.com/b', 'https://shop.example.com/c'], session_id: ['1', '2', '3'], transaction_id: ['T-1001', 'T-1002', 'T-1003'], purchase_revenue: ['15.00', '20.00', '9.50'] }
    expect((await suggestOn(E, ga)).to('transaction_id')).toBe('commerce.order.purchaseID')
  })

  it('is read from glued gateway names (TXNID)', async () => {
    const { to } = await suggestOn(E, { TXNID: ['20240501111212800110168', '20240501111212800110169', '20240501111212800110170'], TXNAMOUNT: ['1741.00', '2479.00', '99.00'], TXNDATE: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'] })
    expect(to('TXNID')).toBe('commerce.order.payments[0].transactionID')
  })
})

describe('values that are no such thing', () => {
  it('flags (0/1) are no phone number: "Do Not SMS"', async () => {
    const { to } = await suggestOn(P, { 'First Name': ['Ann', 'Bo', 'Cy'], Phone: ['+1 401 555 0100', '+1 401 555 0101', '+1 401 555 0102'], 'Do Not Sms': ['0', '1', '0', '0'] })
    expect(to('Phone')).toBe('homePhone.number')
    expect(to('Do Not Sms')).toBeUndefined()
  })

  it("one code on every row is the merchant's, no product's", async () => {
    const cols = { TXNDATE: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], TXNAMOUNT: ['1741.00', '2479.00', '99.00'], MID: ['SHREEG48102931705583'] }
    expect((await suggestOn(E, cols)).to('MID')).toBeUndefined()
  })

  it('company names with Central European legal forms are no person\'s name', async () => {
    const { to } = await suggestOn(B, { Nazwa: ['Kowalski i Syn sp. z o.o.', 'Novák s.r.o.', 'Tóth Kft.', 'ООО «Ромашка»'], 'E-mail': ['biuro@example.pl', 'info@example.cz', 'iroda@example.hu', 'info@example.ru'] })
    expect(to('Nazwa')).not.toBe('person.name.fullName')
  })
})

describe('times later than the order', () => {
  it('a confirmation time is not the event time', async () => {
    const { to } = await suggestOn(E, {
      订单号: ['240502-123', '240503-456', '240504-789'], 订单确认时间: ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      商品: ['毛巾', '杯子', '毛巾'], 数量: ['1', '2', '1'], 实付金额: ['19.90', '39.80', '19.90'],
    })
    expect(to('订单确认时间')).not.toBe('timestamp')
  })
})

describe('an export that sells no goods and ships nothing (a booking)', () => {
  it("has the guest's address as the billing address", async () => {
    const { to } = await suggestOn(E, {
      'Buchungs-ID': ['69991324', '49787274', '51234567'], Ankunft: ['2024-06-01', '2024-06-05', '2024-07-11'], Gast: ['Anna Weber', 'Jonas Klein', 'Mia Wolf'],
      Adresse: ['Hauptstr. 5', 'Ringweg 12', 'Am Markt 3'], PLZ: ['10115', '80331', '50667'], Ort: ['Berlin', 'München', 'Köln'], Land: ['Deutschland', 'Deutschland', 'Österreich'],
      Preis: ['235,00', '330,00', '410,00'], 'Erstellt am': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
    })
    expect(to('Adresse')).toBe('commerce.billing.address.street1')
    expect(to('Ort')).toBe('commerce.billing.address.city')
  })
})

describe('words of other languages', () => {
  it('名 after another word is its name (チケット名), the given name alone', async () => {
    const { to } = await suggestOn(P, { チケット名: ['一般チケット', '学生チケット', '一般チケット'], 氏名: ['山田 太郎', '佐藤 花子', '鈴木 一郎'], メールアドレス: ['taro@example.jp', 'hanako@example.jp', 'ichiro@example.jp'] })
    expect(to('氏名')).toBe('person.name.fullName')
    expect(to('チケット名')).toBeUndefined()
    const pair = await suggestOn(P, { 姓: ['山田', '佐藤', '鈴木'], 名: ['太郎', '花子', '一郎'], メールアドレス: ['taro@example.jp', 'hanako@example.jp', 'ichiro@example.jp'] })
    expect(pair.to('名')).toBe('person.name.firstName')
  })

  it('Czech academic titles before and after the name', async () => {
    const { to } = await suggestOn(B, { 'Titul před': ['Ing.', 'Mgr.', 'Ing.'], Jméno: ['Jan', 'Petra', 'Tomáš'], Příjmení: ['Novák', 'Svobodová', 'Dvořák'], 'Titul za': ['Ph.D.', 'MBA', 'CSc.'], Pozice: ['Nákupčí', 'Jednatel', 'Ředitel'] })
    expect(to('Titul za')).toBe('person.name.suffix')
    expect(to('Titul před')).toBe('person.name.courtesyTitle')
    expect(to('Pozice')).toBe('extendedWorkDetails.jobTitle')
  })

  it('a mobile column beside a WhatsApp one takes the mobile phone', async () => {
    const { to } = await suggestOn(P, { Nome: ['Ana Souza', 'Bruno Lima', 'Carla Dias'], Celular: ['(45) 96777-5446', '(66) 98745-5154', '(11) 91234-5678'], WhatsApp: ['(45) 96777-5446', '(66) 98745-5154', '(11) 91234-5678'], Identificador: ['c-1001', 'c-1002', 'c-1003'] })
    expect(to('Celular')).toBe('mobilePhone.number')
    expect(to('Identificador')).toBe('_id')
  })

  it('yuan, yen and won written into a header are a unit: 实付金额(元) is 实付金额', () => {
    for (const [withUnit, bare] of [['实付金额(元)', '实付金额'], ['合計金額(円)', '合計金額'], ['결제금액(원)', '결제금액']]) expect(tokens(withUnit!)).toEqual(tokens(bare!))
  })
})

describe('round 26: from the blind tune28-30 sets', () => {
  it('a day-first date with a 12-hour clock (24/02/2022 10:12 pm) is read by its pattern', async () => {
    const { r, to } = await suggestOn(E, { 'Order ID': ['vtkq-1', 'xwq6-2', 'ab12-3'], 'Order date': ['07/09/2023 3:02 pm', '24/02/2022 10:12 pm', '13/01/2024 9:45 am'], 'Order total': ['45.00', '120.50', '19.95'] })
    expect(to('Order date')).toBe('timestamp')
    expect(r.mappings.find((m) => m.source === 'Order date')?.expression).toContain("d/M/yyyy h:mm a")
  })

  it("coordinates without a street are the event's place, not an order's address", async () => {
    const { to } = await suggestOn(E, {
      Zeit: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], 'IP-Adresse': ['93.184.216.34', '81.2.69.160', '5.9.1.1'], Einstiegsseite: ['https://example.de/', 'https://example.de/preise', 'https://example.de/blog'],
      Land: ['DE', 'AT', 'CH'], Breitengrad: ['52.52', '48.14', '47.37'], Längengrad: ['13.40', '11.58', '8.54'], 'Kommt von': ['https://www.google.com/', 'https://www.bing.com/', 'https://duckduckgo.com/'],
    })
    expect(to('Breitengrad')).toBe('placeContext.geo._schema.latitude')
    expect(to('Längengrad')).toBe('placeContext.geo._schema.longitude')
  })

  it('a bare "URL" is a page only beside another column about analytics; a bill\'s state holding statuses is no place', async () => {
    const bill = {
      id: ['8x1z2q', '9y2a3r', '7w3b4s'], 'Paid At': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], Amount: ['50.00', '75.00', '50.00'],
      URL: ['https://www.billplz.com/bills/8x1z2q', 'https://www.billplz.com/bills/9y2a3r', 'https://www.billplz.com/bills/7w3b4s'], State: ['overdue', 'deleted', 'due', 'paid'],
    }
    const { to } = await suggestOn(E, bill)
    expect(to('URL')).not.toBe('web.webPageDetails.URL')
    // (beside the event's country a "State" would be its region, were its values no statuses: overdue, deleted, due)
    const placed = await suggestOn(E, { ...bill, 'Country Code': ['MY', 'MY', 'SG'] })
    expect(placed.to('Country Code')).toBe('placeContext.geo.countryCode')
    expect(placed.to('State')).toBeUndefined()
    const visits = await suggestOn(E, { ...bill, 'Page Title': ['Pricing', 'Home', 'Blog'] })
    expect(visits.to('URL')).toBe('web.webPageDetails.URL')
  })

  it('words: Breitengrad, Zahlart, Dénomination, "Came From"', async () => {
    expect(tokens('Breitengrad')).toEqual(['latitude'])
    expect(tokens('Längengrad')).toEqual(['longitude'])
    expect(tokens('Zahlart')).toEqual(tokens('Zahlungsart'))
    expect(tokens('Dénomination')).toEqual(['company', 'name'])
    expect(tokens('Came From')).toEqual(['referrer'])
  })
})

describe('two columns that fit one field alike', () => {
  it('the one whose name says the field as written wins ("City" before "Town"); of identifiers, the order\'s reference (round 67)', async () => {
    const cols = {
      'Order ID': ['100048644', '100079179', '100081234'], 'Order Reference': ['R-48644', 'R-79179', 'R-81234'], 'Order Date': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
      Total: ['45.00', '120.50', '19.95'], 'Shipping Street': ['1 High St', '22 Mill Rd', '5 Church Ln'], City: ['Leeds', 'York', 'Bath'], Town: ['Leeds', 'York', 'Bath'],
    }
    const { to, why } = await suggestOn(E, cols)
    expect(to('City')).toBe('commerce.shipping.address.city')
    expect(to('Town')).toBeUndefined()
    // (identifiers are no "as written" matter; since round 67 the order's reference takes the purchase id from "Order ID")
    expect(to('Order ID')).toBeUndefined()
    expect(to('Order Reference')).toBe('commerce.order.purchaseID')
    expect(why('Order ID')).toContain('"Order Reference"')
  })
})

describe('round 26: identifiers and people', () => {
  it("the header's first column, unique on every row and saying id, is the record's own", async () => {
    const { to } = await suggestOn(E, { support_id: ['5039422', '5361443', '5120877', '5120878', '5120901', '5121002'], supporter_name: ['Ann', 'Bo', 'Cy'], support_coffees: ['1', '3', '5'], support_created_on: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'] })
    expect(to('support_id')).toBe('_id')
    // (not elsewhere in the header, nor when values repeat)
    const later = await suggestOn(E, { supporter_name: ['Ann', 'Bo', 'Cy'], support_id: ['5039422', '5361443', '5120877', '5120878', '5120901', '5121002'], support_created_on: ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'] })
    expect(later.to('support_id')).toBeUndefined()
  })

  it("a company's type is no person's type; a salutation of many first names no courtesy title (a few Pan, Pani are titles); an alternate contact another person", async () => {
    const { to } = await suggestOn(B, {
      'First Name': ['Daniel', 'Sarah', 'John'], 'Last Name': ['Moss', 'Reed', 'Hale'], 'Mr/Ms': ['Mr.', 'Ms.', 'Mr.'], Salutation: ['Daniel', 'Sarah', 'John', 'Mary', 'David', 'Emma', 'Paul', 'Laura'],
      'Company Type': ['Private', 'Public', 'Non-profit'], Phone: ['+1 401 555 0100', '+1 401 555 0101', '+1 401 555 0102'], 'Alternate Contact Phone': ['+1 401 555 0190', '+1 401 555 0191', '+1 401 555 0192'],
    })
    expect(to('Company Type')).toBeUndefined()
    expect(to('Salutation')).toBeUndefined()
    expect(to('Mr/Ms')).toBe('person.name.courtesyTitle')
    expect(to('Alternate Contact Phone')).toBeUndefined()
  })
})

describe('round 27: from the blind tune31-33 sets', () => {
  it('a booking, a reservation or a donation is the order of its trade; an end date is no event time', async () => {
    const { to } = await suggestOn(E, {
      'Booking #': ['100760393', '100781371', '100790012'], 'Date de réservation': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Date de fin': ['2024-06-02 10:00:00', '2024-06-03 11:00:00', '2024-06-04 12:00:00'], Prestation: ['Massage', 'Bilan postural', 'Massage'], 'Donation Amount': ['71.35', '81.11', '20.00'],
      // (a price beside the service: without one, round 32 reads a few repeated services as the service sold, no line)
      Prix: ['60.00', '55.00', '80.00'],
    })
    expect(to('Booking #')).toBe('commerce.order.purchaseID')
    expect(to('Date de réservation')).toBe('timestamp')
    expect(to('Date de fin')).toBeUndefined()
    // (nor does an end date fill the required event time when no other column does)
    const end = await suggestOn(E, { 'Booking #': ['100760393', '100781371', '100790012'], 'Date de fin': ['2024-06-02 10:00:00', '2024-06-03 11:00:00', '2024-06-04 12:00:00'], Prix: ['60,00', '55,00', '80,00'] })
    expect(end.to('Date de fin')).toBeUndefined()
    expect(to('Prestation')).toBe('productListItems[0].name')
    expect(to('Donation Amount')).toBe('commerce.order.priceTotal')
  })

  it("the required event time takes a column named for no time only when its values are written as dates (sizes 48, 42 are not)", async () => {
    const { to } = await suggestOn(E, { 'Order Code': ['GR-1', 'GR-2', 'GR-3'], Size: ['48', '42', 'L', '32'], Price: ['120.00', '85.00', '60.00'] })
    expect(to('Size')).toBeUndefined()
  })

  it('an invoice number is the order\'s number; day-first dates with a 12-hour clock and seconds, and dates with a month name and a time, are read', async () => {
    const { to } = await suggestOn(E, { Fakturanummer: ['1101', '1102', '1103'], 'Tarikh Transaksi': ['02/08/2023 2:25:35 AM', '15/08/2019 2:07:33 AM', '21/01/2024 11:40:02 PM'], Amaun: ['3213.86', '279.31', '45.00'] })
    expect(to('Fakturanummer')).toBe('commerce.order.purchaseID')
    expect(to('Tarikh Transaksi')).toBe('timestamp')
    expect(to('Amaun')).toBe('commerce.order.priceTotal')
    const snap = await suggestOn(E, { 'Order Code': ['SD-1', 'SD-2', 'SD-3'], 'Order Date': ['11-Mar-2021 04:40', '06-May-2023 04:36', '21-Jan-2024 18:02'], 'Order Total': ['499.00', '1299.00', '89.00'] })
    expect(snap.to('Order Date')).toBe('timestamp')
  })

  it("members alone make no loyalty programme; a bare opt-in is no device's push opt-in", async () => {
    const { to } = await suggestOn(P, {
      'Member ID': ['M-1001', 'M-1002', 'M-1003'], 'First Name': ['Ann', 'Bo', 'Cy'], Email: ['ann@example.com', 'bo@example.com', 'cy@example.com'],
      Membership: ['Unlimited Monthly', 'Class Pack 10', 'Unlimited Annual'], Status: ['Active', 'Active', 'Inactive'], 'End Date': ['2025-03-01', '2025-07-15', '2024-01-09'],
    })
    for (const c of ['Status', 'End Date']) expect(to(c), c).toBeUndefined()
    const gift = await suggestOn(E, { 'Transaction ID': ['t-1', 't-2', 't-3'], 'Transaction Date': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], Amount: ['25.00', '50.00', '10.00'], 'Opt In': ['Yes', 'No', 'Yes'] })
    expect(gift.to('Opt In')).toBeUndefined()
  })

  it("a bare name or client column of company names is the company's name, a bare contact of people's names the person's", async () => {
    const { to } = await suggestOn(B, {
      Nazwa: ['Piekarnia Wiśniewscy s.c.', 'Mazowsze Logistyka Sp. z o.o.', 'Nowak Sp. z o.o.'], 'Osoba kontaktowa': ['Magdalena Lewandowska', 'Agnieszka Nowak', 'Piotr Zieliński'],
      'E-mail': ['biuro@piekarnia.pl', 'kontakt@mazowsze.pl', 'info@nowak.pl'], Telefon: ['+48 601 555 010', '+48 602 555 011', '+48 603 555 012'],
    })
    expect(to('Nazwa')).toBe('b2b.companyName')
    expect(to('Osoba kontaktowa')).toBe('person.name.fullName')
  })
})

describe('round 28', () => {
  it("a first column naming a loyalty account is not the record's _id (schemas/profile.schema.json's tenant field takes it)", async () => {
    const { to } = await suggestOn('schemas/profile.schema.json', {
      'Loyalty ID': ['L-1001', 'L-1002', 'L-1003', 'L-1004', 'L-1005', 'L-1006'], 'Tier Level': ['Gold', 'Silver', 'Bronze'], 'Points Balance': ['120', '80', '45'],
      'Member Since': ['2021-03-01', '2022-07-15', '2023-01-09'],
    })
    expect(to('Loyalty ID')).not.toBe('_id')
  })

  it("a lead's, contact's or customer's type is no person's type; a person type is", async () => {
    const cols = { Email: ['ann@example.com', 'bo@example.com', 'cy@example.com'], 'First Name': ['Ann', 'Bo', 'Cy'] }
    expect((await suggestOn(P, { ...cols, 'Contact Type': ['Individual', 'Organization', 'Household'] })).to('Contact Type')).toBeUndefined()
    expect((await suggestOn(P, { ...cols, 'Person Type': ['B2C', 'B2C', 'B2B'] })).to('Person Type')).toBe('person.type')
  })
})
