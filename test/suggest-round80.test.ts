// Rules of round 80 (tune167-170; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { tokens, withLanguages } from '../src/suggest/names.js'
import { B2B_PERSON as B2B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 80 (tune167-170)', () => {
  it('a column named phone whose values are mobile numbers in digits alone (254712345678, as M-Pesa and SMS tools write them) holds phone numbers', async () => {
    const ke = await suggestOn(E, { Date: ['2025-04-12 14:50:24', '2025-01-18 15:27:48', '2025-01-20 12:41:46'], 'Transaction ID': ['TI65JODG', 'TI65JODH', 'TI65JODJ'], 'Phone Number': ['254797552786', '254713888993', '254790150840'] })
    expect(ke.to('Phone Number')).toBe('endUserIDs._experience.phonenumberid.id')
    const ng = await suggestOn(P, { 'Full Name': ['Ada Obi', 'Tunde Bello', 'Ngozi Eze'], Phone: ['2348031234567', '2347059876543', '2349012345678'] })
    // (Danish eight digits and Polish nine: a name saying phone is enough for digits alone)
    const dk = await suggestOn(E, { 'Booking date': ['2025-01-01', '2025-01-02', '2025-01-03'], 'Customer phone': ['31969777', '22931298', '20913240'] })
    expect(dk.to('Customer phone')).toBe('endUserIDs._experience.phonenumberid.id')
    // (digits alone under a name that says nothing stay no phone: they are as often an order's or a parcel's number)
    const ref = await suggestOn(E, { Date: ['2025-04-12 14:50:24', '2025-01-18 15:27:48', '2025-01-20 12:41:46'], Ref: ['254797552786', '254713888993', '254790150840'] })
    expect(ref.to('Ref')).not.toBe('endUserIDs._experience.phonenumberid.id')
    expect(ng.to('Phone')).toBe('mobilePhone.number')
  })

  it("an Israeli studio's bare phone column (טלפון) holding 05x national mobiles (054-7754317) is the mobile", async () => {
    const il = await suggestOn(P, { 'שם פרטי': ['נועה', 'דני', 'מיכל'], 'שם משפחה': ['כהן', 'לוי', 'מזרחי'], 'טלפון': ['053-0786620', '054-7754317', '052-8356255'] })
    expect(il.to('טלפון')).toBe('mobilePhone.number')
  })

  it("a Romanian school's bare Telefon holding 07xx national mobiles (0747 001 598) is the mobile", async () => {
    const ro = await suggestOn(P, { 'Nr. matricol': ['1201', '1202', '1203'], Nume: ['Pop', 'Ionescu', 'Mureșan'], Prenume: ['Ana', 'Mihai', 'Ioana'], Telefon: ['0747 001 598', '0726 726 915', '0745 630 120'] })
    expect(ro.to('Telefon')).toBe('mobilePhone.number')
  })

  it("a school's student or pupil is the person the record is about: Student Number, Elevnr., Nr. matricol, a lone Matrícula or Legajo is the person's id", async () => {
    const en = await suggestOn(P, { Student_Number: ['1001', '1002', '1003'], First_Name: ['Ava', 'Liam', 'Mia'], Last_Name: ['Smith', 'Jones', 'Brown'] })
    expect(['_id', 'personID']).toContain(en.to('Student_Number'))
    const da = await suggestOn(P, { 'Elevnr.': ['20231', '20232', '20233'], Fornavn: ['Freja', 'Oscar', 'Ida'], Efternavn: ['Jensen', 'Nielsen', 'Hansen'] })
    expect(['_id', 'personID']).toContain(da.to('Elevnr.'))
    const ro = await suggestOn(P, { 'Nr. matricol': ['1201', '1202', '1203'], Nume: ['Pop', 'Ionescu', 'Mureșan'], Prenume: ['Ana', 'Mihai', 'Ioana'] })
    expect(['_id', 'personID']).toContain(ro.to('Nr. matricol'))
    const ar = await suggestOn(P, { Legajo: ['A-1201', 'A-1202', 'A-1203'], Apellido: ['Gómez', 'Pérez', 'Díaz'], Nombre: ['Lucía', 'Mateo', 'Sofía'] })
    expect(['_id', 'personID']).toContain(ar.to('Legajo'))
    const mx = await suggestOn(P, { 'Matrícula': ['A01201', 'A01202', 'A01203'], Apellido: ['Gómez', 'Pérez', 'Díaz'], Nombre: ['Lucía', 'Mateo', 'Sofía'] })
    expect(['_id', 'personID']).toContain(mx.to('Matrícula'))
    // (an enrolment's date is no identifier)
    const date = await suggestOn(P, { 'Matrícula': ['A01201', 'A01202', 'A01203'], 'Fecha de matrícula': ['2024-02-01', '2024-02-03', '2023-08-15'] })
    expect(['_id', 'personID']).not.toContain(date.to('Fecha de matrícula'))
  })

  it("a parent's, mother's, father's or guardian's phone in a pupil list is another person's: never the pupil's phone", async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ 'Ime': ['Ana', 'Luka', 'Eva'], 'Telefon matere': ['041 123 456', '041 123 457', '041 123 458'] }, 'Telefon matere'],
      [{ 'Prenume': ['Ana', 'Mihai', 'Ioana'], 'Telefon părinte': ['0748 220 380', '0747 145 334', '0745 630 120'] }, 'Telefon părinte'],
      [{ 'Vardas': ['Jonas', 'Ona', 'Tomas'], 'Tėvo telefonas': ['+370 612 34567', '+370 612 34568', '+370 612 34569'] }, 'Tėvo telefonas'],
      [{ 'Nombre': ['Lucía', 'Mateo', 'Sofía'], 'Celular del tutor': ['33 1234 5678', '33 1234 5679', '33 1234 5670'] }, 'Celular del tutor'],
      [{ 'First Name': ['Ava', 'Liam', 'Mia'], "Mother's Phone": ['+1 614 555 0101', '+1 614 555 0102', '+1 614 555 0103'] }, "Mother's Phone"],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(P, cols)
      expect(r.to(col), col).toBeUndefined()
    }
  })

  it('a reservation in Czech, Croatian and Polish (Číslo rezervace, Broj rezervacije, Numer rezerwacji) is a booking whose number is the order number', async () => {
    for (const [col, other] of [['Číslo rezervace', 'Příjezd'], ['Broj rezervacije', 'Dolazak'], ['Numer rezerwacji', 'Przyjazd']] as const) {
      const r = await suggestOn(E, { [col]: ['18408039', '18698669', '18542836'], 'E-mail': ['a@example.com', 'b@example.com', 'c@example.com'], [other]: ['2025-07-01', '2025-07-04', '2025-08-10'] })
      expect(['_id', 'commerce.order.purchaseID']).toContain(r.to(col))
    }
  })

  it("Ukrainian ПІБ is the full name and Департамент the department; a parcel's postage and postal service are its shipping amount and method", async () => {
    const ua = await suggestOn(B2B, { 'ПІБ': ['Шевченко Вікторія Миколаївна', 'Поліщук Назар Ярославович', 'Бойко Назар Миколайович'], 'Департамент': ['Відділ закупівель', 'Адміністрація', 'Логістика'], 'E-mail': ['v@example.ua', 'n@example.ua', 'b@example.ua'] })
    expect(ua.to('ПІБ')).toBe('person.name.fullName')
    expect(ua.to('Департамент')).toBe('extendedWorkDetails.departments[0]')
    const uk = await suggestOn(E, { 'Order Id': ['155035', '129634', '150021'], SKU: ['HL-1', 'HL-2', 'HL-3'], 'Postage Cost': ['3.95', '2.99', '3.95'], 'Postal Service': ['DPD Next Day', 'Royal Mail 2nd Class', 'DPD Next Day'] })
    expect(uk.to('Postage Cost')).toBe('commerce.shipping.shippingAmount')
    expect(uk.to('Postal Service')).toBe('commerce.shipping.shippingMethod')
  })

  it("Nordic, Finnish, Latvian and Argentine words: fødselsår, laskupäivä, verollinen, Reģistrācijas, kontaktpersonas, CUIL; Australian Phone BH", async () => {
    const no = await suggestOn(B2B, { Navn: ['Kari Nordmann', 'Ola Hansen', 'Per Berg'], 'Fødselsår': ['1980', '1982', '1978'], 'E-post': ['k@example.no', 'o@example.no', 'p@example.no'] })
    expect(no.to('Fødselsår')).toBe('person.birthYear')
    const fi = await suggestOn(E, { Laskunumero: ['1001', '1002', '1003'], 'Laskupäivä': ['30.04.2025', '18.02.2025', '16.03.2025'], Verollinen: ['326,30', '326,30', '3012,00'] })
    expect(['timestamp', 'commerce.order.createdDate']).toContain(fi.to('Laskupäivä'))
    expect(fi.to('Verollinen')).toBe('commerce.order.priceTotal')
    const ar = await suggestOn(P, { Apellido: ['Gómez', 'Pérez', 'Díaz'], Nombre: ['Lucía', 'Mateo', 'Sofía'], CUIL: ['20-12345678-6', '27-23456789-1', '20-34567890-5'] })
    expect(ar.to('CUIL')).toBe('person.taxId')
    // (Latvian: the registration number's word, and the contact person's e-mail as the person's work e-mail)
    expect(withLanguages(['baltic'], () => tokens('Reģistrācijas Nr.'))).toEqual(['registration', 'number'])
    const lv = await suggestOn(B2B, { Uzņēmums: ['SIA Nordsoft', 'SIA JVG', 'AS Maiznica'], Kontaktpersona: ['Raivis Pētersons', 'Roberts Zariņš', 'Elīna Balode'], 'Kontaktpersonas e-pasts': ['raivis@nordsoft.lv', 'roberts@jvg.lv', 'elina@maiznica.lv'] })
    expect(lv.to('Kontaktpersonas e-pasts')).toBe('workEmail.address')
    const au = await suggestOn(P, { Surname: ['Smith', 'Jones', 'Brown'], 'Given Name': ['Ava', 'Liam', 'Mia'], 'Phone BH': ['07 5444 1234', '07 5444 1235', '07 5444 1236'], 'Phone AH': ['07 5491 2345', '07 5491 2346', '07 5491 2347'] })
    expect(au.to('Phone BH')).toBe('workPhone.number')
    expect(au.to('Phone AH')).toBe('homePhone.number')
  })

  it("a payment gateway's merchant transaction id is the shop's order number; a payment's state (processed, initial) is no address's state", async () => {
    const za = await suggestOn(E, { 'Transaction Date': ['2025-03-01 10:00:00', '2025-03-02 11:00:00', '2025-03-03 12:00:00'], 'Merchant Transaction ID': ['52805', '52769', '53234'], Amount: ['100.00', '250.00', '75.50'] })
    expect(za.to('Merchant Transaction ID')).toBe('commerce.order.purchaseID')
    const dk = await suggestOn(E, { 'Order id': ['A1', 'A2', 'A3'], Created: ['2025-03-01 10:00:00', '2025-03-02 11:00:00', '2025-03-03 12:00:00'], State: ['processed', 'processed', 'initial'], 'Billing city': ['København', 'Aarhus', 'Odense'] })
    expect(dk.to('State')).toBeUndefined()
  })

  it('a Czech academic title (Bc., Ing., Mgr.) is a courtesy title', async () => {
    const cz = await suggestOn(B2B, { 'Titul': ['Bc.', 'Ing.', 'Mgr.', 'Ing.', 'MUDr.'], 'Jméno': ['Jan', 'Petr', 'Eva', 'Karel', 'Jana'], 'Příjmení': ['Novák', 'Svoboda', 'Dvořáková', 'Černý', 'Veselá'], 'Funkce': ['IT manažer', 'Ředitel', 'Nákupčí', 'CFO', 'Lékařka'] })
    expect(cz.to('Titul')).toBe('person.name.courtesyTitle')
  })

  it("an invoice's issue date beside its creation date: the creation goes to the event's time, the issue date keeps the order's creation date", async () => {
    const ca = await suggestOn(E, { 'Client email': ['a@example.ca', 'b@example.ca', 'c@example.ca'], 'Invoice #': ['1201', '1202', '1203'], 'Created date': ['Aug 20, 2025', 'Sep 15, 2025', 'Sep 1, 2025'], 'Issued date': ['Aug 25, 2025', 'Sep 19, 2025', 'Sep 5, 2025'], 'Total ($)': ['310.75', '350.30', '723.20'] })
    expect(ca.to('Created date')).toBe('timestamp')
    expect(ca.to('Issued date')).toBe('commerce.order.createdDate')
  })

  it('a service column is no department and no internet provider: the English word keeps its own meaning ("Service street" is where the service is done)', async () => {
    expect(withLanguages(['en'], () => tokens('Service'))).toEqual(['service'])
    const de = await suggestOn(E, { Ticketnummer: ['1001', '1002', '1003'], Erstellt: ['2025-01-02 10:00', '2025-01-03 11:00', '2025-01-04 12:00'], Service: ['Onlineshop', 'Abrechnung', 'Onlineshop'] })
    expect(de.to('Service')).toBeUndefined()
    const isp = await suggestOn(E, { 'Visit Time': ['2025-01-02 10:00', '2025-01-03 11:00', '2025-01-04 12:00'], ISP: ['Comcast', 'Verizon', 'AT&T'] })
    expect(isp.to('ISP')).toBe('environment.ISP')
  })
})
