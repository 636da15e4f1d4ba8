// Rules of rounds 29-32 (each test fails with its rule removed), checked on made-up headers: gender words and
// company names of Japanese, Chinese, Korean and Greek exports; amounts with currency marks and decimal commas, read
// by the run; bookings' prices, orders' values, coupons of amounts, tickets; words in other languages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/index.js'
import { toMappingSet } from '../src/suggest/index.js'
import { profileColumn } from '../src/suggest/profile.js'
import { symbolAmountExpression } from '../src/suggest/time.js'
import { tokens, withLanguages } from '../src/suggest/names.js'
import { ROOT } from './helpers/fixtures.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const dates = ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z']

describe('Japanese, Chinese, Korean and Greek values', () => {
  it('gender words are decoded to the enum: 男性/女性, 男/女, 남자/여자, Άνδρας/Γυναίκα', async () => {
    for (const [col, vals] of [['性別', ['女性', '男性', '女性']], ['性别', ['男', '女', '男']], ['성별', ['남자', '여자', '남자']], ['Φύλο', ['Άνδρας', 'Γυναίκα', 'Άνδρας']]] as const) {
      const { r } = await suggestOn(P, { Email: ['a@example.com', 'b@example.com', 'c@example.com'], [col]: [...vals] })
      const m = r.mappings.find((x) => x.source === col)
      expect(m?.destination, col).toBe('person.gender')
      expect(m?.expression, col).toMatch(/^decode\(lower\(trim\(/)
    }
  })

  it("legal forms mark company names (株式会社, 有限公司, 주식회사), so a customer's name of companies is the company's", async () => {
    expect(profileColumn('x', ['株式会社サンプル', '北京华远咨询有限公司', '(주)한빛소프트', '成都天府食品有限公司']).shares.company).toBe(1)
    expect(profileColumn('x', ['刘洋', '杨磊', '佐藤 花子']).shares.company).toBe(0)
    const { to } = await suggestOn(B, {
      姓名: ['刘洋', '杨磊', '王芳'], 客户名称: ['北京华远咨询有限公司', '成都天府食品有限公司', '上海明德贸易有限公司'], 职务: ['经理', '总监', '主管'],
      手机: ['13812345678', '13987654321', '13711112222'],
    })
    expect(to('姓名')).toBe('person.name.fullName')
    expect(to('客户名称')).toBe('b2b.companyName')
  })

  it('Korean 성 after another word is a suffix, not the family name (광고성: of an advertising nature)', async () => {
    expect(withLanguages(['ko'], () => tokens('광고성 정보 수신 동의'))).not.toContain('last')
    expect(withLanguages(['ko'], () => tokens('성'))).toEqual(['last', 'name'])
    const { to } = await suggestOn(P, {
      '이메일 주소': ['kim@example.com', 'lee@example.com', 'park@example.com'], 이름: ['김민준', '이서연', '박지호'],
      '광고성 정보 수신 동의': ['Y', 'N', 'Y'],
    })
    expect(to('이름')).toBe('person.name.fullName')
  })
})

describe('amounts with a currency mark', () => {
  it('codes, local marks and the backquote WeChat Pay writes are read, with English decimals or a decimal comma', () => {
    const p = (vals: string[]) => profileColumn('x', vals).shares
    expect(p(['236.00 EUR', 'USD 5', '8.99 zł', '`691.20']).symbolAmount).toBe(1)
    expect(p(['1,234.00 CHF', 'PLN 12.50']).symbolAmount).toBe(1)
    expect(p(['R$ 1.819,00', 'R$ 88,00', '45 000 Ft', '12,50 €']).symbolComma).toBe(1)
    // (an invoice number is no amount: INV is no currency)
    expect(p(['INV00082437', 'INV00098480']).symbolAmount).toBe(0)
    expect(symbolAmountExpression('Total', ['R$'], true)).toBe('to_decimal(replacestr(replacestr(replacestr(replacestr(replacestr(replacestr(${Total}, "R$", ""), ".", ""), " ", ""), "\u00a0", ""), "\u202f", ""), ",", "."))')
  })

  it('are mapped to number fields with an expression the run converts (R$ 1.819,00 is 1819)', async () => {
    const cols = {
      'Order ID': ['1001', '1002', '1003'], 'Order Date': dates,
      Total: ['R$ 1.819,00', 'R$ 149,00', 'R$ 88,00'], Tax: ['R$ 90,95', 'R$ 7,45', 'R$ 4,40'], Shipping: ['R$ 0,00', 'R$ 12,50', 'R$ 1.012,00'],
    }
    const { r, to } = await suggestOn(E, cols)
    expect(to('Total')).toBe('commerce.order.priceTotal')
    expect(to('Tax')).toBe('commerce.order.taxAmount')
    // (a bare qualifier of amounts is that qualifier's amount)
    expect(to('Shipping')).toBe('commerce.shipping.shippingAmount')
    const dir = tmpDir('xdmap-suggest-marks-')
    const header = Object.keys(cols)
    const csv = join(dir, 'o.csv')
    writeFileSync(csv, [header.join(';'), ...[0, 1, 2].map((i) => header.map((h) => cols[h as keyof typeof cols][i]).join(';'))].join('\n') + '\n')
    const set = toMappingSet(r)
    const mappingFile = join(dir, 'mapping.json')
    writeFileSync(mappingFile, JSON.stringify({ ...set, mappings: [...set.mappings, { sourceType: 'ATTRIBUTE', source: 'Order ID', destination: '_id' }] }))
    const report = await run({ input: csv, schema: join(ROOT, E), mapping: mappingFile, out: join(dir, 'out'), threads: 0 })
    expect(report.counts.written, JSON.stringify(report)).toBe(3)
    const out = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { commerce: { order: { priceTotal: number, taxAmount: number }, shipping: { shippingAmount: number } } })
    expect(out.map((o) => o.commerce.order.priceTotal)).toEqual([1819, 149, 88])
    expect(out.map((o) => o.commerce.shipping.shippingAmount)).toEqual([0, 12.5, 1012])
  })
})

describe('orders and bookings', () => {
  it("a bare price of a booking export is the order's total; beside a product, a quantity or a bare amount it is not", async () => {
    const booking = {
      'Confirmation Code': ['HM2V9BXWOX', 'HMJGWCASLV', 'HMQ7TZ2K1P'], 'Booked on': dates, Arrival: ['2024-06-02T15:00:00Z', '2024-06-10T15:00:00Z', '2024-07-01T15:00:00Z'],
      'Unit type': ['Double room', 'Suite', 'Double room'], Price: ['236.00 EUR', '252.00 EUR', '165.00 EUR'],
    }
    const { to } = await suggestOn(E, booking)
    expect(to('Price')).toBe('commerce.order.priceTotal')
    // (ordered/booked dates are the order's; a confirmation code is the order's id)
    expect(to('Booked on')).toBe('timestamp')
    expect(to('Confirmation Code')).toBe('commerce.order.purchaseID')
    expect((await suggestOn(E, { ...booking, Quantity: ['1', '2', '1'] })).to('Price')).not.toBe('commerce.order.priceTotal')
    expect((await suggestOn(E, { ...booking, Valor: ['236.00', '252.00', '165.00'] })).to('Price')).not.toBe('commerce.order.priceTotal')
  })

  it("an order's value is its total when no column names one; a coupon of amounts is the discount when no other column is", async () => {
    const order = { 'Order ID': ['A1', 'A2', 'A3'], 'Order date': dates, 'Order value': ['23.39', '33.99', '12.00'], 'Coupon discount': ['5,000', '0', '5,000'] }
    const { to } = await suggestOn(E, order)
    expect(to('Order value')).toBe('commerce.order.priceTotal')
    expect(to('Coupon discount')).toBe('commerce.order.discountAmount')
    const both = await suggestOn(E, { ...order, 'Order Total': ['25.39', '35.99', '14.00'], Discount: ['1.00', '0.00', '2.00'] })
    expect(both.to('Order Total')).toBe('commerce.order.priceTotal')
    expect(both.to('Discount')).toBe('commerce.order.discountAmount')
    expect(both.to('Coupon discount')).not.toBe('commerce.order.discountAmount')
  })

  it("a ticket export's event is the item sold and its number of tickets the quantity", async () => {
    const { to } = await suggestOn(E, {
      'Order number': ['T-1001', 'T-1002', 'T-1003'], 'Booked at': dates, Event: ['Pottery taster session', "Beginners' sourdough workshop", 'Pottery taster session'],
      'Number of tickets': ['1', '2', '1'], 'Total paid': ['25.00', '50.00', '25.00'],
    })
    expect(to('Event')).toBe('productListItems[0].name')
    expect(to('Number of tickets')).toBe('productListItems[0].quantity')
  })

  it("a booking's guest address with a deposit or a commission is the billing address", async () => {
    const { to } = await suggestOn(E, {
      bookId: ['5507631', '5507632', '5507633'], bookingTime: dates, unitId: ['1', '2', '1'], Address: ['5750 Cedar Lane', '7670 Sunset Blvd', '6742 5th Ave'],
      City: ['Austin', 'Denver', 'Boston'], price: ['236.00', '252.00', '165.00'], deposit: ['50.00', '0.00', '50.00'],
    })
    expect(to('Address')).toBe('commerce.billing.address.street1')
    expect(to('City')).toBe('commerce.billing.address.city')
  })

  it("a shop's name or a bare store is no store code; a store id is", async () => {
    const base = { 'Order ID': ['A1', 'A2', 'A3'], 'Order date': dates, Total: ['23.39', '33.99', '12.00'] }
    expect((await suggestOn(E, { ...base, 'Store Name': ['Burger do Zé - Pinheiros', 'Burger do Zé - Moema', 'Burger do Zé - Pinheiros'] })).to('Store Name')).toBeUndefined()
    expect((await suggestOn(E, { ...base, Store: ['Main Street', 'Airport', 'Main Street'] })).to('Store')).toBeUndefined()
    expect((await suggestOn(E, { ...base, 'Store Code': ['S01', 'S02', 'S01'] })).to('Store Code')).toBe('commerce.commerceScope.storeCode')
  })
})

describe('words', () => {
  it('shipping fees and transaction amounts in any language; GST is a tax; Nro. is a number', async () => {
    const { to } = await suggestOn(E, {
      Bestellnummer: ['100231', '100232', '100233'], Bestelldatum: dates, Liefergebühr: ['2,50', '2,50', '0,00'], Gesamtbetrag: ['23,40', '31,90', '18,00'],
    })
    expect(to('Liefergebühr')).toBe('commerce.shipping.shippingAmount')
    const ko = await suggestOn(E, { 주문번호: ['2024050201', '2024050202', '2024050203'], '거래번호(TID)': ['StdpayCARD01', 'StdpayCARD02', 'StdpayCARD03'], 승인번호: ['30012345', '30012346', '30012347'], 거래금액: ['260800', '264300', '9900'], 거래일시: dates })
    expect(ko.to('거래금액')).toBe('commerce.order.payments[0].paymentAmount')
    expect(ko.to('거래번호(TID)')).toBe('commerce.order.payments[0].transactionID')
    expect(ko.to('승인번호')).toBeUndefined()
    expect((await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Order Date': dates, 'GST Collected': ['15.45', '35.90', '9.00'], Total: ['324.45', '613.90', '99.00'] })).to('GST Collected')).toBe('commerce.order.taxAmount')
    expect(withLanguages(['es'], () => tokens('Nro. de pedido'))).toEqual(['number', 'order'])
    expect(withLanguages(['zh'], () => tokens('客户编码'))).toEqual(['customer', 'id'])
    expect(withLanguages(['ja'], () => tokens('氏名（名札用）')).slice(0, 2)).toEqual(['full', 'name'])
    // (a code written before the customer is the customer's id since round 72, as "Customer Code" was)
    expect(withLanguages(['ru'], () => tokens('Код гостя'))).toEqual(['customer', 'id'])
    // (what a total includes is not what it is: "Total Sale Amount (Incl. Shipping & GST)" is no tax)
    expect(tokens('Total Sale Amount (Incl. Shipping & GST)')).not.toContain('tax')
  })

  it('yes and no in other languages are flags, no phone (Отправлять SMS: Да/Нет)', async () => {
    expect(profileColumn('x', ['Да', 'Нет', 'Да']).shares.flag).toBe(1)
    const { to } = await suggestOn(P, { Имя: ['Анна', 'Иван', 'Олег'], Телефон: ['+7 912 345-67-89', '+7 915 111-22-33', '+7 903 222-33-44'], 'Отправлять SMS': ['Да', 'Нет', 'Да'] })
    expect(to('Отправлять SMS')).toBeUndefined()
  })

  it('a 12-hour clock after a day-first month name is read (28 Jul 2021, 05:22 AM)', async () => {
    const { r } = await suggestOn(E, { 'Complaint ID': ['C1', 'C2', 'C3'], 'Created At': ['28 Jul 2021, 05:22 AM', '02 May 2021, 05:28 PM', '13 Jan 2022, 11:05 AM'] })
    expect(r.mappings.find((m) => m.source === 'Created At')).toMatchObject({ destination: 'timestamp', expression: 'date(${Created At}, "d MMM yyyy, h:mm a")' })
  })
})

describe('round 30', () => {
  it("a pledge is an order; a reward's or lot's title and a bare category of a goods export are the product's", async () => {
    const { to } = await suggestOn(E, {
      'Backer Number': ['1', '2', '3'], 'Reward Title': ['Early Bird - Core Box', 'Core Box', 'Deluxe Box'], 'Pledge Amount': ['49.00', '71.00', '120.00'],
      'Pledged At': ['2023-09-01 11:36:35', '2024-02-20 12:40:20', '2024-02-21 09:00:00'], 'Shipping Amount': ['5.00', '5.00', '10.00'], Category: ['Board games', 'Board games', 'Accessories'],
    })
    expect(to('Reward Title')).toBe('productListItems[0].name')
    expect(to('Pledge Amount')).toBe('commerce.order.priceTotal')
    expect(to('Pledged At')).toBe('timestamp')
    expect(to('Category')).toBe('productListItems[0].productCategories[0].categoryName')
  })

  it("beside a job title a bare title is the lead's own, no job title; a salesperson is no person type", async () => {
    const { to } = await suggestOn(B, {
      Titre: ['Refonte du site', 'Contrat annuel', 'Audit SEO'], Fonction: ['Directeur commercial', 'Chef de projet', 'DSI'], Entreprise: ['Acme SAS', 'Globex SARL', 'Initech SA'],
      'E-mail': ['a@acme.fr', 'b@globex.fr', 'c@initech.fr'],
    })
    expect(to('Fonction')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Titre')).toBeUndefined()
    const krayin = await suggestOn(B, { ID: ['1', '2', '3'], 'Sales Person': ['Ann Lee', 'Bo Li', 'Ann Lee'], 'Contact Person': ['Mary Young', 'Michael Wilson', 'Linda Brown'], 'Lead Type': ['New', 'Existing', 'New'] })
    expect(krayin.to('Sales Person')).not.toBe('b2b.personType')
    expect(krayin.to('Contact Person')).toBe('person.name.fullName')
  })

  it("a bare client or contact of people's names is the full name, in Latin, Cyrillic or Han letters", async () => {
    expect((await suggestOn(P, { Клиент: ['Ольга Новикова', 'Ольга Попова', 'Иван Петров'], Email: ['a@example.ru', 'b@example.ru', 'c@example.ru'] })).to('Клиент')).toBe('person.name.fullName')
    expect((await suggestOn(B, { 客户名称: ['北京华远咨询有限公司', '成都天府食品有限公司', '上海明德贸易有限公司'], 联系人: ['张伟', '王芳', '欧阳娜娜'], 电话: ['13812345678', '13987654321', '13711112222'] })).to('联系人')).toBe('person.name.fullName')
  })

  it('words: Russian ОС, Japanese お支払方法, ID de pago, complete_name', async () => {
    expect((await suggestOn(E, { 'Дата звонка': dates, ОС: ['Windows', 'iOS', 'Android'], Браузер: ['Chrome', 'Safari', 'Chrome'] })).to('ОС')).toBe('environment.operatingSystem')
    expect((await suggestOn(E, { 注文番号: ['1001', '1002', '1003'], 注文日時: dates, お支払方法: ['楽天ペイ', 'コンビニ払い', 'クレジットカード'], 合計金額: ['1200', '3400', '560'] })).to('お支払方法')).toBe('commerce.order.payments[0].paymentType')
    expect((await suggestOn(E, { 'ID de pago': ['D-4057-bd93', 'D-4461-bb0c', 'D-4470-aa01'], Fecha: dates, Monto: ['3371.81', '120.00', '55.50'], 'Monto en USD': ['187.32', '6.67', '3.08'] })).to('ID de pago')).toBe('commerce.order.payments[0].transactionID')
    expect((await suggestOn(P, { complete_name: ['Linda Johnson', 'Olivia Brown', 'Mark Stone'], email: ['l@example.com', 'o@example.com', 'm@example.com'] })).to('complete_name')).toBe('person.name.fullName')
  })

  it('of two amounts alike, the one naming no other currency is the field\'s ("Monto" before "Monto en USD")', async () => {
    const { to } = await suggestOn(E, { 'ID de pago': ['D-4057-bd93', 'D-4461-bb0c', 'D-4470-aa01'], Fecha: dates, Monto: ['3371.81', '120.00', '55.50'], 'Monto en USD': ['187.32', '6.67', '3.08'] })
    expect(to('Monto')).toBe('commerce.order.priceTotal')
    expect(to('Monto en USD')).toBeUndefined()
  })
})

describe('round 31', () => {
  it('gender words of Vietnamese, Indonesian, Arabic and Hebrew exports are decoded', async () => {
    for (const [col, vals] of [['Giới tính', ['Nam', 'Nữ', 'Nam']], ['Jenis Kelamin', ['Laki-laki', 'Perempuan', 'Laki-laki']], ['الجنس', ['ذكر', 'أنثى', 'ذكر']], ['מין', ['זכר', 'נקבה', 'זכר']]] as const) {
      const { r } = await suggestOn(P, { Email: ['a@example.com', 'b@example.com', 'c@example.com'], [col]: [...vals] })
      expect(r.mappings.find((x) => x.source === col)?.expression, col).toMatch(/^decode\(/)
    }
  })

  it('legal forms before the name and in other scripts mark companies; a customer name of them is the company', async () => {
    expect(profileColumn('x', ['Công ty TNHH ABC', 'PT Maju Jaya', 'شركة النور', 'אלביט מערכות בע"מ', 'Δέλτα Α.Ε.', 'Koç Holding A.Ş.']).shares.company).toBe(1)
    expect(profileColumn('x', ['Nguyễn Văn An', 'Budi Santoso', 'Ana Pérez']).shares.company).toBe(0)
    const { to } = await suggestOn(B, { 'Tên khách hàng': ['Công ty TNHH Minh Phát', 'Công ty Cổ phần Hòa Bình', 'Công ty TNHH Sao Việt'], 'Người liên hệ': ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Minh'], Email: ['an@minhphat.vn', 'ngoc@hoabinh.vn', 'minh@saoviet.vn'] })
    expect(to('Tên khách hàng')).toBe('b2b.companyName')
    expect(to('Người liên hệ')).toBe('person.name.fullName')
  })

  it("a contact person in Russian and Hebrew (Контактное лицо, איש קשר) is the person's full name", async () => {
    expect((await suggestOn(B, { Наименование: ['ООО «Ромашка»', 'АО «Вектор»', 'ООО «Север»'], 'Контактное лицо': ['Кузнецов Андрей Александрович', 'Кузнецова Наталья Сергеевна', 'Иванов Пётр'], 'E-mail': ['a@romashka.ru', 'b@vector.ru', 'c@sever.ru'] })).to('Контактное лицо')).toBe('person.name.fullName')
    expect((await suggestOn(B, { 'שם הלקוח': ['אלביט מערכות בע"מ', 'טבע בע"מ', 'צ׳ק פוינט בע"מ'], 'איש קשר': ['יוסי כהן', 'מיכל לוי', 'דוד מזרחי'], 'דוא"ל': ['y@elbit.co.il', 'm@teva.co.il', 'd@cp.co.il'] })).to('איש קשר')).toBe('person.name.fullName')
  })

  it('whole amounts grouped by dots or spaces are read (3.024.000 VND is 3024000); a currency code in the header is a unit', async () => {
    expect(profileColumn('x', ['3.024.000', '166 963', '8 888']).shares.groupedInt).toBe(1)
    const { r, to } = await suggestOn(E, { 'Mã giao dịch': ['MM1', 'MM2', 'MM3'], 'Thời gian': dates, 'Số tiền (VND)': ['3.024.000', '1.339.000', '250.000'] })
    expect(to('Số tiền (VND)')).toBe('commerce.order.priceTotal')
    expect(r.mappings.find((m) => m.source === 'Số tiền (VND)')?.expression).toMatch(/^to_decimal\(replacestr/)
  })

  it('year-first dotted dates are read (2022.07.14 23:55; 2019.01.01. 18:21:52)', async () => {
    const { r } = await suggestOn(E, { 주문번호: ['1', '2', '3'], 거래일시: ['2022.07.14 23:55', '2024.03.23 09:53', '2024.03.24 19:53'] })
    expect(r.mappings.find((m) => m.source === '거래일시')).toMatchObject({ destination: 'timestamp', expression: 'date(${거래일시}, "yyyy.M.d H:mm")' })
    const hu = await suggestOn(E, { Azonosító: ['1', '2', '3'], Létrehozva: ['2019.01.01. 18:21:52', '2021.07.16. 19:42:49', '2021.07.17. 09:42:49'] })
    expect(hu.r.mappings.find((m) => m.source === 'Létrehozva')).toMatchObject({ destination: 'timestamp', expression: 'date(${Létrehozva}, "yyyy.M.d. H:mm:ss")' })
  })

  it("an actually-paid amount is the payment's", async () => {
    const zh = await suggestOn(E, { 订单编号: ['1', '2', '3'], 下单时间: dates, 订单金额: ['2560.00', '1160.00', '99.00'], 实付金额: ['2460.00', '1160.00', '89.00'] })
    expect(zh.to('实付金额')).toBe('commerce.order.payments[0].paymentAmount')
    expect(zh.to('订单金额')).toBe('commerce.order.priceTotal')
  })

  it("a bare price of whole numbers in an export without goods is the order's total (Стоимость, RUB: 24900)", async () => {
    expect((await suggestOn(E, { 'ID заказа': ['240868292', '246222345', '246222346'], 'Дата создания': dates, 'Стоимость, RUB': ['24900', '3990', '12000'] })).to('Стоимость, RUB')).toBe('commerce.order.priceTotal')
  })
})

describe('round 32', () => {
  it("a bare product repeating a few values in an export without goods is the service sold: a shipment's shipping method, a payment's no line", async () => {
    const shipments = {
      'N° de colis': ['XW750865819FR', 'XW814927093FR', 'XW814927094FR', 'XW814927095FR'], 'Date': dates, Produit: ['Chrono 13', 'Chrono Relais 13', 'Chrono 13', 'Chrono 13'],
      Transporteur: ['Chronopost', 'Chronopost', 'Chronopost', 'Chronopost'], Montant: ['12.50', '9.90', '12.50', '12.50'],
    }
    expect((await suggestOn(E, shipments)).to('Produit')).toBe('commerce.shipping.shippingMethod')
    const payments = { 'Transaction ID': ['T1', 'T2', 'T3', 'T4'], Date: dates, Product: ['Pay in 4', 'Pay in 4', 'Pay in 4', 'Pay in 4'], Amount: ['120.00', '80.00', '45.50', '19.99'] }
    expect((await suggestOn(E, payments)).to('Product')).toBeUndefined()
    // (beside a quantity, or holding many names, it is the product's name)
    expect((await suggestOn(E, { ...payments, Quantity: ['1', '2', '1', '1'] })).to('Product')).toBe('productListItems[0].name')
    expect((await suggestOn(E, { ...payments, Product: ['Desk lamp', 'Office chair', 'Monitor arm', 'Cable tray'] })).to('Product')).toBe('productListItems[0].name')
  })

  it("a bare reference of a sales export naming no order is the order's id", async () => {
    expect((await suggestOn(E, { Referencia: ['2019053090566', '2021013111902', '2021013111903'], Fecha: dates, Importe: ['152.32', '20.00', '9.99'] })).to('Referencia')).toBe('commerce.order.purchaseID')
    expect((await suggestOn(E, { Reference: ['R1', 'R2', 'R3'], 'Order ID': ['1001', '1002', '1003'], Date: dates, Amount: ['1.00', '2.00', '3.00'] })).to('Reference')).not.toBe('commerce.order.purchaseID')
  })
})
