// Rules of round 79 (tune164-166; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { tokens, withLanguages } from '../src/suggest/names.js'
import { B2B_PERSON as B2B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 79 (tune164-166)', () => {
  it("a currency's local name or sign written as the unit of an amount (TL, บาท, ريال, DH, руб, zł, kr) is no word of the name", async () => {
    expect(withLanguages(['tr'], () => tokens('Tutar (TL)'))).toEqual(['amount'])
    expect(withLanguages(['th'], () => tokens('จำนวนเงิน (บาท)'))).toEqual(['amount'])
    expect(withLanguages(['ar'], () => tokens('المبلغ (ريال)'))).toEqual(['amount'])
    expect(withLanguages(['fr'], () => tokens('Montant (DH)'))).toEqual(['amount'])
    expect(withLanguages(['ru'], () => tokens('Сумма, руб.'))).toEqual(['amount'])
    expect(withLanguages(['sv'], () => tokens('Belopp (kr)'))).toEqual(['amount'])
    // (a unit alone is the whole header and stays what it says)
    expect(withLanguages(['tr'], () => tokens('TL'))).toEqual(['tl'])
    // so a Thai donation list's amount in baht is the gift's amount, as "Amount (THB)" is
    const th = await suggestOn(E, { 'วันที่บริจาค': ['2025-01-02 10:00', '2025-01-05 12:30', '2025-02-01 09:15'], 'อีเมล': ['a@example.co.th', 'b@example.co.th', 'c@example.co.th'], 'จำนวนเงิน (บาท)': ['500.00', '1000.00', '200.00'] })
    expect(th.to('จำนวนเงิน (บาท)')).toBe('commerce.order.priceTotal')
  })

  it("a loyalty member list's registration date in Arabic (تاريخ التسجيل) is the day the member joined, as \"Registration Date\" is", async () => {
    const ar = await suggestOn(P, { 'رقم العميل': ['684463', '759783', '701122'], 'المستوى': ['ذهبي', 'فضي', 'ذهبي'], 'رصيد النقاط': ['120', '300', '50'], 'تاريخ التسجيل': ['2022-08-04', '2024-07-31', '2023-12-29'] })
    expect(ar.to('تاريخ التسجيل')).toBe('loyalty.joinDate')
    // (a shop's customer list with no programme keeps it the record's creation, not a joining)
    const shop = await suggestOn(P, { 'رقم العميل': ['684463', '759783', '701122'], 'الاسم': ['فيصل', 'نورة', 'خالد'], 'تاريخ التسجيل': ['2022-08-04', '2024-07-31', '2023-12-29'] })
    expect(shop.to('تاريخ التسجيل')).not.toBe('loyalty.joinDate')
  })

  it('the points earned in all ("Total Points Earned", إجمالي النقاط المكتسبة) are the lifetime points; expired points in Arabic (النقاط المنتهية) the expired', async () => {
    const en = await suggestOn(P, { 'Member ID': ['1001', '1002', '1003'], Tier: ['Gold', 'Silver', 'Gold'], 'Points Balance': ['120', '300', '50'], 'Total Points Earned': ['6700', '2300', '4440'] })
    expect(en.to('Total Points Earned')).toBe('loyalty.lifetimePoints')
    const ar = await suggestOn(P, { 'رقم العميل': ['684463', '759783', '701122'], 'المستوى': ['ذهبي', 'فضي', 'ذهبي'], 'رصيد النقاط': ['120', '300', '50'], 'إجمالي النقاط المكتسبة': ['6700', '2300', '4440'], 'النقاط المنتهية': ['0', '40', '0'] })
    expect(ar.to('إجمالي النقاط المكتسبة')).toBe('loyalty.lifetimePoints')
    expect(ar.to('النقاط المنتهية')).toBe('loyalty.expiredPoints')
  })

  it('a Taiwanese sign-up list: 報名人數 is the quantity, 應繳金額 the amount due, 繳費方式 (traditional 繳) the payment method', async () => {
    const tw = await suggestOn(E, { '報名時間': ['2025/05/04 23:21:27', '2025/04/09 19:34:37', '2025/04/02 15:03:00'], 'E-mail': ['a@example.tw', 'b@example.tw', 'c@example.tw'], '報名人數': ['1', '2', '1'], '應繳金額': ['4320', '2600', '1800'], '繳費方式': ['信用卡', 'ATM轉帳', '信用卡'] })
    expect(tw.to('報名人數')).toBe('productListItems[0].quantity')
    expect(tw.to('應繳金額')).toBe('commerce.order.priceTotal')
    expect(tw.to('繳費方式')).toBe('commerce.order.payments[0].paymentType')
    // (the simplified forms read the same)
    expect(withLanguages(['zh'], () => tokens('缴费方式'))).toEqual(withLanguages(['zh'], () => tokens('繳費方式')))
  })

  it('an Indonesian shipment list\'s "Nomor Pelacakan" is its tracking number, written head first', () => {
    expect(withLanguages(['id'], () => tokens('Nomor Pelacakan'))).toEqual(['tracking', 'number'])
  })

  it("a Greek courier's shipment list: the recipient's (Παραλήπτη) address and e-mail are the shipping's, the service booked (Υπηρεσία) its method", async () => {
    const el = await suggestOn(E, { 'Αριθμός Αποστολής': ['7401234567', '7401234568', '7401234569'], 'Παραλήπτης': ['ΝΙΚΟΛΑΟΥ ΚΑΤΕΡΙΝΑ', 'ΓΕΩΡΓΙΟΥ ΣΤΕΛΙΟΣ', 'ΣΑΒΒΑ ΧΑΡΑΛΑΜΠΟΣ'], 'Διεύθυνση Παραλήπτη': ['Λεωφ. Μακαρίου Γ΄ 69', 'Ελευθερίας 12', 'Αγίου Νικολάου 3'], 'Email Παραλήπτη': ['k@example.com', 's@example.com', 'x@example.com'], 'Υπηρεσία': ['Express Next Day', 'Express Same Day', 'ACS Kiosk Xpress'] })
    expect(el.to('Διεύθυνση Παραλήπτη')).toBe('commerce.shipping.address.street1')
    expect(el.to('Email Παραλήπτη')).toBe('endUserIDs._experience.emailid.id')
    expect(el.to('Υπηρεσία')).toBe('commerce.shipping.shippingMethod')
  })

  it("a Greek loyalty member list's registration date (Ημ/νία Εγγραφής) is the joining; a delegate's body or institution (Φορέας / Ίδρυμα) the company", async () => {
    const gr = await suggestOn(P, { 'Αρ. Κάρτας': ['1001', '1002', '1003'], 'Κατηγορία': ['Gold', 'Silver', 'Gold'], 'Υπόλοιπο Πόντων': ['120', '300', '50'], 'Ημ/νία Εγγραφής': ['06/01/2023', '15/03/2022', '15/12/2019'] })
    expect(gr.to('Ημ/νία Εγγραφής')).toBe('loyalty.joinDate')
    const b2b = await suggestOn(B2B, { 'Επώνυμο': ['Βασιλείου', 'Παπαδόπουλος', 'Γεωργίου'], 'Όνομα': ['Μαρία', 'Νίκος', 'Ελένη'], 'Φορέας / Ίδρυμα': ['Ιδιωτικό Φυσικοθεραπευτήριο Βασιλείου', 'ΑΠΘ', 'Νοσοκομείο Παπαγεωργίου'] })
    expect(b2b.to('Φορέας / Ίδρυμα')).toBe('b2b.companyName')
  })

  it('a country with its region in one column ("Country / Region", "Land/Region", 국가/지역) is the country; a lead score in Chinese (线索评分) the person score', async () => {
    const hk = await suggestOn(B2B, { 'Attendee ID': ['A-1', 'A-2', 'A-3'], 'First Name': ['Wing', 'Ka Yan', 'Chris'], Email: ['w@fintech.hk', 'k@bank.com', 'c@vc.com'], 'Country / Region': ['Hong Kong SAR', 'Mainland China', 'Japan'] })
    expect(hk.to('Country / Region')).toBe('workAddress.country')
    expect(withLanguages(['de'], () => tokens('Land/Region'))).toEqual(['country'])
    expect(withLanguages(['ko'], () => tokens('국가/지역'))).toEqual(['country'])
    const cn = await suggestOn(B2B, { '姓名': ['王伟', '李娜', '张敏'], '公司名称': ['华为', '腾讯', '美的'], '邮箱': ['w@x.cn', 'l@y.cn', 'z@z.cn'], '线索评分': ['38', '91', '19'] })
    expect(cn.to('线索评分')).toBe('b2b.personScore')
  })

  it("a German club's phone of Baden landlines (07666 578589) stays the home phone beside its mobile column (0157 38922602); a UK 07… is still a mobile", async () => {
    const { isMobileNumber } = await import('../src/suggest/mobile.js')
    expect(isMobileNumber('07666 578589', ['de'])).toBe(false)
    expect(isMobileNumber('07700 900123', ['en'])).toBe(true)
    expect(isMobileNumber('07700 900123')).toBe(true)
    expect(isMobileNumber('0157 38922602', ['de'])).toBe(true)
    const de = await suggestOn(P, { Mitgliedsnummer: ['1001', '1002', '1003', '1004'], Vorname: ['Anna', 'Jonas', 'Lea', 'Felix'], Telefon: ['0761 805016', '07666 578589', '07666 555056', '07633 532124'], Mobil: ['0157 38922602', '0152 79875762', '0171 83634763', '0176 79982460'] })
    expect(de.to('Telefon')).toBe('homePhone.number')
    expect(de.to('Mobil')).toBe('mobilePhone.number')
    // (a German consumer's bare phone of mobiles is the mobile phone, as a British one's of 07… is)
    const mob = await suggestOn(P, { Kundennummer: ['1001', '1002', '1003'], Vorname: ['Anna', 'Jonas', 'Lea'], Nachname: ['Maier', 'Huber', 'Wolf'], PLZ: ['79098', '79100', '79102'], Ort: ['Freiburg', 'Freiburg', 'Staufen'], Telefon: ['0157 38922602', '0152 79875762', '0171 83634763'] })
    expect(mob.to('Telefon')).toBe('mobilePhone.number')
  })

  it('an Egyptian courier\'s number of pieces (عدد القطع) is the quantity, as "Number of Pieces" is', async () => {
    const eg = await suggestOn(E, { 'رقم التتبع': ['51234567', '51234568', '51234569'], 'تاريخ الإنشاء': ['2025-03-02 10:00', '2025-03-03 11:00', '2025-03-04 12:00'], 'العنوان': ['12 شارع التحرير', '5 شارع النيل', '3 شارع الهرم'], 'عدد القطع': ['3', '1', '2'] })
    expect(eg.to('عدد القطع')).toBe('productListItems[0].quantity')
  })
})
