// Rules of round 77 (tune151-158; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round77-')

describe('round 77 (tune151-158)', () => {
  it('Czech and Slovak dates with a space after each dot (18. 4. 1996, 14. 4. 2025 10:19) and Hungarian year-first ones (1965. 08. 09.) are read by an expression', async () => {
    const sk = await suggestOn(P, { Meno: ['Ján', 'Eva', 'Peter'], 'Dátum narodenia': ['18. 4. 1996', '11. 3. 1997', '22. 12. 1982'] })
    expect(sk.to('Dátum narodenia')).toBe('person.birthDate')
    expect(sk.r.mappings.find((m) => m.source === 'Dátum narodenia')?.expression).toBe('date(${Dátum narodenia}, "d. M. yyyy")')
    const hu = await suggestOn(P, { Név: ['Kiss Anna', 'Nagy Béla', 'Tóth Éva'], 'Születési dátum': ['1965. 08. 09.', '1971. 12. 30.', '1988. 02. 01.'] })
    expect(hu.to('Születési dátum')).toBe('person.birthDate')
    expect(hu.r.mappings.find((m) => m.source === 'Születési dátum')?.expression).toBe('date(${Születési dátum}, "yyyy. M. d.")')
    const cz = await suggestOn(E, { 'ID daru': ['1001', '1002', '1003'], 'Datum přijetí': ['14. 4. 2025 10:19', '3. 10. 2025 13:17', '7. 2. 2025 18:25'], Částka: ['1000,00', '500,00', '1500,00'] })
    expect(cz.to('Datum přijetí')).toBe('timestamp')
  })

  it('run converts what those expressions and the new gender words suggest: every row written, the dates and genders as the values say', async () => {
    const rows = [['Ján', '18. 4. 1996', '1965. 08. 09.', 'Мъж'], ['Eva', '1. 12. 1997', '1971. 12. 30.', 'Жена'], ['Peter', '22. 2. 1982', '1988. 02. 01.', 'Мъж']]
    const header = ['Meno', 'Dátum narodenia', 'Születési dátum', 'Пол']
    // (one column at a time: each file has its own language; the mapping sets are joined for one run)
    const sets = await Promise.all([1, 2, 3].map((k) => suggestOn(P, { [header[0]!]: rows.map((x) => x[0]!), [header[k]!]: rows.map((x) => x[k]!) })))
    const mappings = sets.flatMap((x, k) => toMappingSet(x.r).mappings.filter((m) => m.source !== header[0] || k === 0))
    expect(mappings.filter((m) => m.destination === 'person.birthDate')).toHaveLength(2)
    const both = { ...toMappingSet(sets[0]!.r), mappings: mappings.filter((m) => !(m.destination === 'person.birthDate' && m.source.includes('Születési'))) }
    const out = await runMapping<{ person: { birthDate: string; gender: string } }>(base, P, [header, ...rows], both)
    expect(out.written).toBe(3)
    expect(out.records.map((o) => o.person.birthDate)).toEqual(['1996-04-18', '1997-12-01', '1982-02-22'])
    expect(out.records.map((o) => o.person.gender)).toEqual(['male', 'female', 'male'])
    const hu = { ...toMappingSet(sets[1]!.r), mappings: mappings.filter((m) => m.source.includes('Születési')) }
    const out2 = await runMapping<{ person: { birthDate: string } }>(base, P, [header, ...rows], hu)
    expect(out2.records.map((o) => o.person.birthDate)).toEqual(['1965-08-09', '1971-12-30', '1988-02-01'])
  })

  it('a day-first month name with a 12-hour clock (13-Jul-2025 7:04 AM) is a date-time', async () => {
    const { to } = await suggestOn(E, { 'Res. No.': ['55212', '68680', '63868'], 'Booking Date': ['13-Jul-2025 7:04 AM', '19-May-2025 1:02 PM', '10-Jul-2025 5:41 PM'], Amount: ['120.00', '98.50', '240.00'] })
    expect(to('Booking Date')).toBe('timestamp')
    // (an abbreviated reservation number is the booking's number)
    expect(['_id', 'commerce.order.purchaseID']).toContain(to('Res. No.'))
  })

  it('in a file of a day-first language, dashed dates with no day above 12 are day-first (Danish "Aflyst den": 12-02-2025 14:45)', async () => {
    const da = await suggestOn(E, { 'Booking-ID': ['5001', '5002', '5003'], Dato: ['12.03.2025', '13.03.2025', '14.03.2025'], Pris: ['350,00', '520,00', '780,00'], 'Aflyst den': ['12-02-2025 14:45', '03-04-2025 09:10', '11-11-2025 17:00'] })
    expect(da.to('Aflyst den')).toBe('commerce.order.cancelDate')
    // (in English the same values stay in doubt: 12-02 may be December the 2nd)
    const en = await suggestOn(E, { 'Booking ID': ['5001', '5002', '5003'], Date: ['2025-03-12', '2025-03-13', '2025-03-14'], Price: ['350.00', '520.00', '780.00'], 'Cancelled on': ['12-02-2025 14:45', '03-04-2025 09:10', '11-11-2025 17:00'] })
    expect(en.to('Cancelled on')).toBeUndefined()
    expect(en.why('Cancelled on')).toMatch(/only 0% of sampled values convert/)
  })

  it('"First Name" holding two given names (Yong Sheng, María José) stays the first name beside a last-name column its values lack; whole names (Jan Novák beside Novák) are the full name', async () => {
    const sg = await suggestOn(P, { 'First Name': ['Yong Sheng', 'Hui Min', 'Xin Yi', 'Wei Ling'], 'Last Name': ['Goh', 'Tan', 'Lim', 'Ong'] })
    expect(sg.to('First Name')).toBe('person.name.firstName')
    const cz = await suggestOn(P, { Jméno: ['Jan Novák', 'Eva Dvořáková', 'Petr Svoboda', 'Jana Černá'], Příjmení: ['Novák', 'Dvořáková', 'Svoboda', 'Černá'] })
    expect(cz.to('Jméno')).toBe('person.name.fullName')
  })

  it('gender words of Bulgarian, Finnish and Serbo-Croatian, and Chinese "not given" (不提供), are decoded', async () => {
    const bg = await suggestOn(P, { Име: ['Иван', 'Мария', 'Георги'], Пол: ['Мъж', 'Жена', 'Мъж'] })
    expect(bg.to('Пол')).toBe('person.gender')
    expect(bg.r.mappings.find((m) => m.source === 'Пол')?.expression).toMatch(/"мъж", "male"/)
    const fi = await suggestOn(P, { Etunimi: ['Mikko', 'Anna', 'Juha'], Sukupuoli: ['Mies', 'Nainen', 'Mies'] })
    expect(fi.to('Sukupuoli')).toBe('person.gender')
    const tw = await suggestOn(P, { 姓名: ['王小明', '李美', '陳大文'], 性別: ['女', '男', '不提供', '男'] })
    expect(tw.to('性別')).toBe('person.gender')
  })

  it('a booking\'s bare service or treatment column in the Nordic and other languages (Danish "Ydelse") is the product booked', async () => {
    const { to } = await suggestOn(E, { 'Booking-ID': ['B-1', 'B-2', 'B-3'], Dato: ['12.03.2025', '13.03.2025', '14.03.2025'], Ydelse: ['Herreklip', 'Kur + føn', 'Farvning'], Pris: ['350,00', '520,00', '780,00'] })
    expect(to('Ydelse')).toBe('productListItems[0].name')
  })

  it('a count of tickets ("Nr. bilete", "Кількість квитків") is the line quantity', async () => {
    const ro = await suggestOn(E, { 'ID comandă': ['1001', '1002', '1003'], Eveniment: ['Concert', 'Teatru', 'Concert'], 'Nr. bilete': ['2', '1', '4'], Total: ['200,00', '80,00', '400,00'] })
    expect(ro.to('Nr. bilete')).toBe('productListItems[0].quantity')
    const uk = await suggestOn(E, { 'Номер замовлення': ['1001', '1002', '1003'], 'Кількість квитків': ['2', '1', '3'], 'Сума, грн': ['900,00', '450,00', '1350,00'] })
    expect(uk.to('Кількість квитків')).toBe('productListItems[0].quantity')
  })

  it('Estonian "KM 22%" and "Soodustus", Croatian "Ukupna cijena" and "Datum otkazivanja", the German VAT an amount contains ("enth. MwSt. 19 %")', async () => {
    const et = await suggestOn(E, { 'Tellimuse nr': ['1001', '1002', '1003'], Kuupäev: ['12.03.2025', '13.03.2025', '14.03.2025'], 'KM 22%': ['0,77', '1,85', '0,46'], Soodustus: ['0,00', '1,00', '0,50'], Kokku: ['4,27', '10,25', '2,56'] })
    expect(et.to('KM 22%')).toBe('commerce.order.taxAmount')
    expect(et.to('Soodustus')).toBe('commerce.order.discountAmount')
    const hr = await suggestOn(E, { 'Broj rezervacije': ['R-1', 'R-2', 'R-3'], 'Ukupna cijena': ['660,00', '1856,25', '204,00'], 'Datum otkazivanja': ['14.03.2025.', '02.04.2025.', '20.05.2025.'] })
    expect(hr.to('Ukupna cijena')).toBe('commerce.order.priceTotal')
    expect(hr.to('Datum otkazivanja')).toBe('commerce.order.cancelDate')
    const de = await suggestOn(E, { Bestellnummer: ['A1', 'A2', 'A3'], Gesamt: ['12,50', '8,00', '20,00'], 'enth. MwSt. 19 %': ['2,00', '1,28', '3,19'] })
    expect(de.to('enth. MwSt. 19 %')).toBe('commerce.order.taxAmount')
  })

  it('Latvian, Irish, Baltic and Latin American mobile numbers make an unqualified phone the mobile', async () => {
    const lv = await suggestOn(P, { Vārds: ['Mārtiņš', 'Anna', 'Jānis'], Uzvārds: ['Balodis', 'Ozola', 'Kalniņš'], Tālrunis: ['+371 28937912', '+371 26123456', '+371 29876543'] })
    expect(lv.to('Tālrunis')).toBe('mobilePhone.number')
    const ie = await suggestOn(P, { 'First Name': ['Róisín', 'Cian', 'Aoife'], 'Last Name': ['Byrne', 'Walsh', 'Ryan'], Phone: ['087 258 2679', '085 123 4567', '089 765 4321'] })
    expect(ie.to('Phone')).toBe('mobilePhone.number')
    const cl = await suggestOn(P, { Nombre: ['Camila', 'Diego', 'Valentina'], Apellido: ['Rojas', 'Muñoz', 'Soto'], Teléfono: ['+56 9 8765 4321', '+56 9 1234 5678', '+56 9 5555 1234'] })
    expect(cl.to('Teléfono')).toBe('mobilePhone.number')
  })

  it('Latvian "Dzīvesvieta", Hungarian "Adóazonosító jel", Danish "Stillingsbetegnelse", Chinese 加入日期 and 累積點數, Korean 예약번호, Vietnamese "Chiết khấu", "Legal Entity", "Official Email ID"', async () => {
    const lv = await suggestOn(P, { Vārds: ['Mārtiņš', 'Anna', 'Jānis'], Dzīvesvieta: ['Rīga', 'Jūrmala', 'Ogre'] })
    expect(['homeAddress.city', 'mailingAddress.city']).toContain(lv.to('Dzīvesvieta'))
    const hu = await suggestOn(P, { Név: ['Kiss Anna', 'Nagy Béla', 'Tóth Éva'], 'Adóazonosító jel': ['8188453807', '8312345678', '8456789012'] })
    expect(hu.to('Adóazonosító jel')).toBe('person.taxId')
    const da = await suggestOn(B, { Fornavn: ['Anne', 'Lars', 'Mette'], Firma: ['Novo A/S', 'Maersk', 'Lego'], Stillingsbetegnelse: ['Driftschef', 'Teknisk chef', 'Facility manager'] })
    expect(da.to('Stillingsbetegnelse')).toBe('extendedWorkDetails.jobTitle')
    const tw = await suggestOn(P, { 會員編號: ['M1', 'M2', 'M3'], 會員等級: ['銀卡會員', '一般會員', '金卡會員'], 累積點數: ['1280', '450', '5400'], 加入日期: ['2024/01/14', '2023/10/12', '2024/11/13'] })
    expect(tw.to('加入日期')).toBe('loyalty.joinDate')
    expect(tw.to('累積點數')).toBe('loyalty.lifetimePoints')
    const ko = await suggestOn(E, { 예약번호: ['R2025-001', 'R2025-002', 'R2025-003'], 예약일시: ['2025-03-01 10:00', '2025-03-02 11:30', '2025-03-03 15:00'], 결제금액: ['35000', '42000', '28000'] })
    expect(['_id', 'commerce.order.purchaseID']).toContain(ko.to('예약번호'))
    const vi = await suggestOn(E, { 'Mã đơn hàng': ['DH001', 'DH002', 'DH003'], 'Tổng tiền': ['350000', '520000', '780000'], 'Chiết khấu': ['0', '20000', '50000'] })
    expect(vi.to('Chiết khấu')).toBe('commerce.order.discountAmount')
    const en = await suggestOn(B, { 'Employee Name': ['Rohan Sharma', 'Priya Iyer', 'Kavya Rao'], 'Official Email ID': ['rohan.sharma@acme.in', 'priya.iyer@acme.in', 'kavya.rao@acme.in'], 'Legal Entity': ['Acme Technologies Pvt Ltd', 'Acme Technologies Pvt Ltd', 'Acme Services LLP'] })
    expect(en.to('Official Email ID')).toBe('workEmail.address')
    expect(['b2b.companyName', 'organizations[0]']).toContain(en.to('Legal Entity'))
  })

  it('a seat or ticket named by its number ("Seat No": 1, 2, 3) is no count; a sparse nickname column ("Apelido") is no last name', async () => {
    const seat = await suggestOn(E, { 'Booking Ref': ['BK-1', 'BK-2', 'BK-3', 'BK-4'], Route: ['Nairobi - Mombasa', 'Nairobi - Kisumu', 'Nairobi - Mombasa', 'Nakuru - Nairobi'], 'Seat No': ['12', '3', '27', '8'], Fare: ['1500', '1200', '1500', '900'] })
    expect(seat.to('Seat No')).toBeUndefined()
    const br = await suggestOn(P, {
      Nome: ['Vanessa Santos Ribeiro', 'Marcelo Teixeira Almeida', 'Aline Carvalho Nascimento', 'Tatiane Teixeira Moreira', 'Diego Souza Rocha', 'Bruno Souza Santos', 'Rafael Ribeiro Souza', 'Renata Almeida Barbosa'],
      Apelido: ['', '', 'Nanda', 'Ju', 'Dudu', '', '', ''],
      'E-mail': ['vanessa@uol.com.br', 'marcelo@uol.com.br', 'aline@uol.com.br', 'tati@uol.com.br', 'diego@uol.com.br', 'bruno@uol.com.br', 'rafa@uol.com.br', 'renata@uol.com.br'],
    })
    expect(br.to('Nome')).toBe('person.name.fullName')
  })

  it('"incl. tax" alone is the tax amount; before or after another word it qualifies that amount ("Sales (incl. tax)" is no tax)', async () => {
    const de = await suggestOn(E, { Bestellnummer: ['A1', 'A2', 'A3'], Gesamt: ['12,50', '8,00', '20,00'], 'inkl. MwSt.': ['2,00', '1,28', '3,19'] })
    expect(de.to('inkl. MwSt.')).toBe('commerce.order.taxAmount')
    const en = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Sales (incl. tax)': ['12.50', '8.00', '20.00'], 'Tax on Sales': ['2.08', '1.33', '3.33'] })
    expect(en.to('Sales (incl. tax)')).not.toBe('commerce.order.taxAmount')
  })

  it('a crowdfunding backer\'s reward is the product ("Contrepartie", リターン名, 回报档位), the Japanese backing (支援ID, 支援金額) the order; Korean 예약일시 stays no order date', async () => {
    const fr = await suggestOn(E, { 'N° contribution': ['C-1', 'C-2', 'C-3'], Date: ['2025-01-01', '2025-01-02', '2025-01-03'], Contrepartie: ['Album dédicacé', 'Pack BD + ex-libris', 'Remerciement'], 'Montant total': ['25,00', '40,00', '10,00'] })
    expect(fr.to('Contrepartie')).toBe('productListItems[0].name')
    const ja = await suggestOn(E, { 支援ID: ['S-001', 'S-002', 'S-003'], リターン名: ['サイン入り写真集', 'お礼メール', '限定Tシャツ'], 支援金額: ['3000', '5000', '10000'] })
    expect(ja.to('リターン名')).toBe('productListItems[0].name')
    expect(['_id', 'commerce.order.purchaseID']).toContain(ja.to('支援ID'))
    expect(ja.to('支援金額')).toBe('commerce.order.priceTotal')
    const zh = await suggestOn(E, { 订单号: ['M1', 'M2', 'M3'], 回报档位: ['签名版', '感谢信', '限定T恤'], 金额: ['30', '50', '100'] })
    expect(zh.to('回报档位')).toBe('productListItems[0].name')
    const ko = await suggestOn(E, { 신청일시: ['2025-02-20 09:00', '2025-02-21 10:00', '2025-02-22 11:00'], 예약일시: ['2025-03-01 10:00', '2025-03-02 11:30', '2025-03-03 15:00'], 진료과: ['내과', '소아과', '내과'] })
    expect(ko.to('예약일시')).not.toBe('commerce.order.createdDate')
  })

  it('ISBN is the line\'s SKU, Italian "Data vendita" the sale\'s date, Spanish "Importe cobrado" the payment', async () => {
    const it = await suggestOn(E, { 'Data vendita': ['2025-03-01', '2025-03-02', '2025-03-04'], ISBN: ['9788804668237', '9788806219355', '9788845292613'], Titolo: ['Il nome della rosa', 'Se questo è un uomo', 'Lessico famigliare'], Quantità: ['1', '2', '1'] })
    expect(it.to('ISBN')).toBe('productListItems[0].SKU')
    expect(['timestamp', 'commerce.order.createdDate']).toContain(it.to('Data vendita'))
    const es = await suggestOn(E, { Localizador: ['TC-1', 'TC-2', 'TC-3'], 'Importe total': ['100,00', '250,00', '80,00'], 'Importe cobrado': ['100,00', '125,00', '80,00'] })
    expect(es.to('Importe cobrado')).toBe('commerce.order.payments[0].paymentAmount')
  })
})
