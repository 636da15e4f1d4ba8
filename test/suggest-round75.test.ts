// Rules of round 75 (tune147-150 and tune1-146; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 75 (tune147-150, tune1-146)', () => {
  it('Solar Hijri dates (1370/05/12) keep their field, and the reason warns that Data Prep would read them as Gregorian years', async () => {
    const { to, why } = await suggestOn(P, { 'تاریخ تولد': ['1370/05/12', '1365/11/02', '1380/01/30'], 'Birth date (Gregorian)': ['', '', ''] })
    expect(to('تاریخ تولد')).toBe('person.birthDate')
    expect(why('تاریخ تولد')).toMatch(/Solar Hijri \(Jalali\) dates \(1370\/05\/12\).*convert them before ingestion/)
    const iso = await suggestOn(P, { 'Birth date': ['1990-05-12', '1985-11-02', '2001-01-30'] })
    expect(iso.why('Birth date')).not.toMatch(/Jalali/)
    // (an order's Solar Hijri time warns too; a Gregorian 2024/03/05 does not)
    const ev = await suggestOn(E, { 'شماره سفارش': ['1001', '1002', '1003'], 'تاریخ ثبت سفارش': ['1403/02/14 10:22', '1402/12/01 09:00', '1404/01/05 18:30'] })
    expect(ev.to('تاریخ ثبت سفارش')).toBe('timestamp')
    expect(ev.why('تاریخ ثبت سفارش')).toMatch(/Solar Hijri/)
    const greg = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], 'Order date': ['2024/02/14 10:22', '2023/12/01 09:00', '2025/01/05 18:30'] })
    expect(greg.to('Order date')).toBeDefined()
    expect(greg.why('Order date')).not.toMatch(/Jalali/)
  })

  it('an unmapped column whose name says a field outright, but whose values do not fit its type, says so (a parcel code into the number-typed trackingNumber)', async () => {
    const { to, why } = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], Carrier: ['UPS', 'DHL', 'UPS'], 'Tracking number': ['BR525083298BR', 'BR653698832BR', 'BR816266632BR'] })
    expect(to('Tracking number')).toBeUndefined()
    expect(why('Tracking number')).toBe('its name matches commerce.shipping.trackingNumber, but that field is a number and only 0% of sampled values convert to it ("BR525083298BR")')
    // (digits convert: the column is mapped)
    const digits = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], Carrier: ['UPS', 'DHL', 'UPS'], 'Tracking number': ['9400100000000', '9400100000001', '9400100000002'] })
    expect(digits.to('Tracking number')).toBe('commerce.shipping.trackingNumber')
    // (a name that says nothing keeps the plain reason)
    const plain = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], Zzyzx: ['BR525083298BR', 'BR653698832BR', 'BR816266632BR'] })
    expect(plain.why('Zzyzx')).toBe('no field matches its name or values')
  })

  it("South Africa's rand glued to an amount with cents (R500.00, R1,240.00) is an amount with a currency mark; a code's R (R970626966) is not", async () => {
    const { r, to } = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], 'Amount paid': ['R500.00', 'R320.00', 'R1,240.00'] })
    expect(to('Amount paid')).toBe('commerce.order.payments[0].paymentAmount')
    expect(r.mappings.find((m) => m.source === 'Amount paid')?.reason).toMatch(/currency mark/)
    const codes = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], 'Amount paid': ['R970626966', 'R970626967', 'R970626968'] })
    expect(codes.to('Amount paid')).toBeUndefined()
  })

  it('Persian, Arabic, Korean, Chinese, French, German and Indonesian words of the new tune halves', async () => {
    const fa = await suggestOn(B, {
      پیشوند: ['دکتر', 'خانم', 'مهندس', 'آقای'], نام: ['علی', 'مریم', 'رضا', 'سارا'], جنسیت: ['زن', 'مرد', 'زن', 'مرد'],
      'تلفن محل کار': ['021-42777443', '021-49418357', '013-35980080', '021-1234567'], 'وب سایت': ['www.niloofarabi.com', 'www.baghsabztea.ir', 'www.x.ir', 'www.y.com'],
    })
    expect(fa.to('پیشوند')).toBe('person.name.courtesyTitle')
    expect(fa.to('جنسیت')).toBe('person.gender')
    expect(fa.to('تلفن محل کار')).toBe('workPhone.number')
    expect(fa.to('وب سایت')).toBe('b2b.companyWebsite')
    const ar = await suggestOn(E, { 'رقم الفاتورة': ['INV-1', 'INV-2', 'INV-3'], 'قيمة الفاتورة': ['105.000', '62.000', '27.750'] })
    expect(ar.to('قيمة الفاتورة')).toBe('commerce.order.priceTotal')
    // (직무, the job's function beside 직책, the position: the position is the title)
    const ko = await suggestOn(B, { 이름: ['김민준', '이서연', '박지훈'], 직책: ['팀장', '팀원', '대리'], 직무: ['개발', '마케팅', '영업'] })
    expect(ko.to('직책')).toBe('extendedWorkDetails.jobTitle')
    expect(ko.to('직무')).toBeUndefined()
    // (a questionnaire's numbered questions: "1、您的姓名" is the name, "5、所在部门" the department)
    const zh = await suggestOn(B, { '1、您的姓名': ['黄俊杰', '何婷婷', '陈思琪'], '2、手机号码': ['13812345678', '13987654321', '13700001111'], '5、所在部门': ['供应链中心', '海外事业部', '运营部'] })
    expect(zh.to('1、您的姓名')).toBe('person.name.fullName')
    expect(zh.to('5、所在部门')).toBe('extendedWorkDetails.departments[0]')
    const tw = await suggestOn(E, { 訂位代號: ['EZ8A1B2C', 'EZ8A1B2D', 'EZ8A1B2E'], 訂位人數: ['2', '4', '3'], 用餐日期: ['2025/03/01 18:30', '2025/03/02 19:00', '2025/03/03 12:00'] })
    expect(['commerce.order.purchaseID', '_id']).toContain(tw.to('訂位代號'))
    const fr = await suggestOn(P, { 'N° dossier': ['P-1001', 'P-1002', 'P-1003', 'P-1004', 'P-1005', 'P-1006'], Nom: ['Dupont', 'Martin', 'Durand'], 'Tél. travail': ['01 42 55 66 77', '01 42 55 66 78', '01 42 55 66 79'] })
    expect(fr.to('N° dossier')).toBe('_id')
    expect(fr.to('Tél. travail')).toBe('workPhone.number')
    const de = await suggestOn(P, { 'E-Mail': ['a@x.at', 'b@y.at', 'c@z.at'], Punktestand: ['120', '40', '310'], 'Gesammelte Punkte': ['1472', '54', '1439'] })
    expect(de.to('Gesammelte Punkte')).toBe('loyalty.lifetimePoints')
    const id = await suggestOn(E, { 'No. Pesanan': ['SC-1', 'SC-2', 'SC-3'], 'Total Bayar': ['150000', '89000', '230000'] })
    expect(id.to('Total Bayar')).toBe('commerce.order.priceTotal')
  })

  it("a ticket's barcode is no product's SKU where the header names tickets and no product; a product's barcode still is", async () => {
    const tickets = { 'Ticket ID': ['T1', 'T2', 'T3'], 'Ticket type': ['VIP', 'Early bird', 'VIP'], Barcode: ['8841200113', '8841200114', '8841200115'], Price: ['45.00', '30.00', '45.00'], 'Order ID': ['O1', 'O2', 'O3'] }
    expect((await suggestOn(E, tickets)).to('Barcode')).toBeUndefined()
    const fr = { 'N° billet': ['B1', 'B2', 'B3'], 'Code-barres': ['8841200113', '8841200114', '8841200115'], Prix: ['45,00', '30,00', '45,00'], 'N° commande': ['C1', 'C2', 'C3'] }
    expect((await suggestOn(E, fr)).to('Code-barres')).toBeUndefined()
    const goods = { 'Order ID': ['O1', 'O2', 'O3'], 'Product name': ['Tee', 'Cap', 'Mug'], Barcode: ['4006381333931', '4006381333932', '4006381333933'], Quantity: ['1', '2', '1'], 'Ticket ID': ['T1', 'T2', 'T3'] }
    expect((await suggestOn(E, goods)).to('Barcode')).toBe('productListItems[0].SKU')
  })

  it("a ticket shop's buyer's postcode and town are the billing address's (tickets, their price and the order's number)", async () => {
    const { to } = await suggestOn(E, { 'N° billet': ['B1', 'B2', 'B3'], 'N° commande': ['C1', 'C2', 'C3'], Prix: ['45,00', '30,00', '45,00'], 'E-mail': ['a@x.fr', 'b@y.fr', 'c@z.fr'], 'Code postal': ['75011', '69003', '33000'], Ville: ['Paris', 'Lyon', 'Bordeaux'] })
    expect(to('Code postal')).toBe('commerce.billing.address.postalCode')
    expect(to('Ville')).toBe('commerce.billing.address.city')
  })

  it("a tracking link where nothing ships (a ticket shop's promoter link) is no parcel's tracking URL; beside a carrier it is", async () => {
    const promo = await suggestOn(E, { 'Order ID': ['O1', 'O2', 'O3'], 'Ticket type': ['VIP', 'GA', 'GA'], 'Tracking Link': ['https://t.example/p/abc', 'https://t.example/p/def', 'https://t.example/p/abc'] })
    expect(promo.to('Tracking Link')).not.toBe('commerce.shipping.trackingURL')
    const parcel = await suggestOn(E, { 'Order ID': ['O1', 'O2', 'O3'], Carrier: ['DHL', 'UPS', 'DHL'], 'Tracking Link': ['https://dhl.example/t/1', 'https://ups.example/t/2', 'https://dhl.example/t/3'] })
    expect(parcel.to('Tracking Link')).toBe('commerce.shipping.trackingURL')
  })

  it("a contact's ID is the person's record, never the account's (b2b.accountID is titled 'Contact Account id')", async () => {
    const { to } = await suggestOn(B, { 'Member Number': ['M-1', 'M-2', 'M-3'], 'Contact ID': ['221193', '185338', '188637'], 'First Name': ['Ana', 'Ben', 'Cy'], Email: ['a@x.com', 'b@y.com', 'c@z.com'] })
    expect(to('Contact ID')).not.toBe('b2b.accountID')
    const acct = await suggestOn(B, { 'Account ID': ['A-1', 'A-2', 'A-3'], 'First Name': ['Ana', 'Ben', 'Cy'], Email: ['a@x.com', 'b@y.com', 'c@z.com'] })
    expect(acct.to('Account ID')).toBe('b2b.accountID')
  })

  it('a column left empty in the sample goes where its name says it well, for a text field; never to the record id, the event time or a number', async () => {
    const { to, why } = await suggestOn(E, { 'Order number': ['1001', '1002', '1003'], 'Code promo': ['', '', ''], Data: ['', '', ''], is_refunded: ['', '', ''], 'Order date': ['2024-03-01T10:00:00Z', '2024-03-02T11:00:00Z', '2024-03-03T12:00:00Z'] })
    expect(to('Code promo')).toBe('commerce.promotionID')
    expect(why('Code promo')).toMatch(/no values in the sample: the name alone decides/)
    expect(to('Data')).toBeUndefined()
    expect(to('is_refunded')).toBeUndefined()
    const p = await suggestOn(P, { Email: ['a@x.com', 'b@y.com', 'c@z.com'], Firma: ['', '', ''], KEY5: ['', '', ''] })
    expect(p.to('Firma')).toBe('organizations[0]')
    expect(p.to('KEY5')).toBeUndefined()
  })

  it('a Korean department or team ("부서/팀") is the department', async () => {
    const { to } = await suggestOn(B, { 이름: ['김민준', '이서연', '박지훈'], 이메일: ['a@x.kr', 'b@y.kr', 'c@z.kr'], '부서/팀': ['인프라실', '데이터분석팀', '인프라실'] })
    expect(to('부서/팀')).toBe('extendedWorkDetails.departments[0]')
  })
})
