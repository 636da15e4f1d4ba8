// Rules of round 78 (tune159-162; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round78-')
const PHONE_ID = 'endUserIDs._experience.phonenumberid.id'

describe('round 78 (tune159-162)', () => {
  it("an order's or a booking's phone (Telefon, Mobile: +48 601 234 567) is the end user's phone identity, as its e-mail is the e-mail identity", async () => {
    const pl = await suggestOn(E, { 'Nr zamówienia': ['1001', '1002', '1003'], Email: ['anna@example.pl', 'jan@example.pl', 'ewa@example.pl'], Telefon: ['+48 601 234 567', '+48 502 111 222', '+48 733 444 555'], Suma: ['59,00', '72,50', '38,00'] })
    expect(pl.to('Email')).toBe('endUserIDs._experience.emailid.id')
    expect(pl.to('Telefon')).toBe(PHONE_ID)
    const au = await suggestOn(E, { 'Booking ID': ['B-1', 'B-2', 'B-3'], Mobile: ['0412 345 678', '0423 456 789', '0434 567 890'], Total: ['120.00', '85.50', '240.00'] })
    expect(au.to('Mobile')).toBe(PHONE_ID)
    // (values that are no phone numbers stay out: a "Mobile" of yes/no or device words is no number)
    const dev = await suggestOn(E, { 'Order ID': ['1', '2', '3'], Mobile: ['Yes', 'No', 'Yes'], Total: ['1.00', '2.00', '3.00'] })
    expect(dev.to('Mobile')).not.toBe(PHONE_ID)
    // (nor do digits and dashes under a name that says nothing of a phone: a shipment's number, 12345678-0001-1)
    const ru = await suggestOn(E, { 'Номер заказа': ['5100-2233', '5100-2234', '5100-2235'], 'Номер отправления': ['51002233-0001-1', '51002234-0001-1', '51002235-0002-1'], Сумма: ['1200', '990', '4500'] })
    expect(ru.to('Номер отправления')).not.toBe(PHONE_ID)
  })

  it("a recruiting tool's candidates on a B2B person schema keep their own contact details: personal e-mail, mobile, home city", async () => {
    const lv = await suggestOn(B, { 'ID do candidato': ['393', '394', '395'], Nome: ['Bruna', 'Carlos', 'Ana'], 'E-mail': ['bruna@outlook.com', 'carlos@gmail.com', 'ana@uol.com.br'], Celular: ['(21) 97326-3845', '(11) 98877-1122', '(31) 99111-2233'], Cidade: ['Rio de Janeiro', 'São Paulo', 'Belo Horizonte'] })
    expect(lv.to('E-mail')).toBe('personalEmail.address')
    expect(lv.to('Celular')).toBe('mobilePhone.number')
    expect(lv.to('Cidade')).toBe('homeAddress.city')
    const cz = await suggestOn(B, { 'ID kandidáta': ['9638080', '9638081', '9638082'], Jméno: ['Veronika', 'Petr', 'Jana'], 'E-mail': ['v.horakova@email.cz', 'petr@seznam.cz', 'jana@gmail.com'], Telefon: ['+420 605 680 228', '+420 777 123 456', '+420 603 222 111'] })
    expect(cz.to('Telefon')).toBe('mobilePhone.number')
    // (the same columns of a CRM's business contacts stay work's)
    const crm = await suggestOn(B, { 'ID kontaktu': ['1', '2', '3'], Jméno: ['Veronika', 'Petr', 'Jana'], Firma: ['Škoda Auto a.s.', 'Kofola a.s.', 'Avast s.r.o.'], 'E-mail': ['v.horakova@skoda.cz', 'petr@kofola.cz', 'jana@avast.com'] })
    expect(crm.to('E-mail')).toBe('workEmail.address')
  })

  it('Croatian residence (Država, Grad, Adresa prebivališta) is the home address and Muški / Ženski are genders the run decodes', async () => {
    const cols = { Ime: ['Florian', 'Ana', 'Marko'], Prezime: ['Meyer', 'Horvat', 'Kovač'], Spol: ['Muški', 'Ženski', 'Muški'], 'Grad prebivališta': ['Augsburg', 'Zagreb', 'Split'], 'Adresa prebivališta': ['Lindenstraße 85', 'Ilica 12', 'Poljička cesta 3'] }
    const hr = await suggestOn(P, cols)
    expect(hr.to('Spol')).toBe('person.gender')
    expect(['homeAddress.city', 'mailingAddress.city']).toContain(hr.to('Grad prebivališta'))
    expect(['homeAddress.street1', 'mailingAddress.street1']).toContain(hr.to('Adresa prebivališta'))
    const header = Object.keys(cols)
    const rows = [0, 1, 2].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
    const out = await runMapping<{ person: { gender: string } }>(base, P, [header, ...rows], toMappingSet(hr.r))
    expect(out.written).toBe(3)
    expect(out.records.map((o) => o.person.gender)).toEqual(['male', 'female', 'male'])
  })

  it('"Fecha Nac." is the birth date', async () => {
    const uy = await suggestOn(P, { Nombre: ['Lucía', 'Martín', 'Sofía'], 'Fecha Nac.': ['12/03/1990', '01/11/1985', '23/07/2001'] })
    expect(uy.to('Fecha Nac.')).toBe('person.birthDate')
  })

  it("a Swedish call log's Starttid (beside Sluttid) is the event time; a Ukrainian call log's customer number (0938032249) the phone identity", async () => {
    const se = await suggestOn(E, { 'Samtals-ID': ['a1', 'a2', 'a3'], Starttid: ['2025-10-25 11:12:29', '2025-10-25 12:01:10', '2025-10-26 09:30:00'], Sluttid: ['2025-10-25 11:24:53', '2025-10-25 12:03:40', '2025-10-26 09:41:15'], Samtalstid: ['00:12:24', '00:02:30', '00:11:15'] })
    expect(se.to('Starttid')).toBe('timestamp')
    expect(se.to('Sluttid')).toBeUndefined()
    const ua = await suggestOn(E, { 'ID дзвінка': ['3773869790', '3773869791', '3773869792'], 'Дата і час': ['11.10.2025 18:22:10', '11.10.2025 18:30:00', '12.10.2025 09:05:41'], 'Номер клієнта': ['0938032249', '0671234567', '0509876543'], 'Тривалість розмови': ['03:15', '00:40', '12:01'], 'Рекламна кампанія': ['Осінь', 'Google Ads', 'Осінь'] })
    expect(ua.to('Номер клієнта')).toBe(PHONE_ID)
    expect(ua.to('Рекламна кампанія')).toBe('marketing.campaignName')
  })

  it('a German ticket export\'s "Veranstaltung" (no ticket type beside it) is the item sold', async () => {
    const de = await suggestOn(E, { Bestellnummer: ['T-1', 'T-2', 'T-3'], Veranstaltung: ['Jazz im Keller: Trio Mondstein', 'Elektro-Sonntag Open Air', 'Jazz im Keller: Trio Mondstein'], Anzahl: ['2', '1', '4'], Gesamt: ['38,00', '19,00', '76,00'] })
    expect(de.to('Veranstaltung')).toBe('productListItems[0].name')
  })

  it('an Icelandic ticket export is read as Icelandic (Samtals is the total, not a Swedish call) and "3.350 kr." amounts are converted', async () => {
    const cols = {
      Pöntunarnúmer: ['3112024', '3112025', '3112026'], 'Dags. pöntunar': ['11.10.2025 03:58', '12.10.2025 14:20', '13.10.2025 20:01'], Viðburður: ['Djasskvöld', 'Útgáfutónleikar', 'Djasskvöld'],
      'Fjöldi miða': ['1', '2', '3'], Samtals: ['3.350 kr.', '6.700 kr.', '10.050 kr.'], Netfang: ['kristjan@gmail.com', 'anna@simnet.is', 'jon@visir.is'], Farsími: ['754-8049', '861-2233', '899-1020'],
    }
    const is = await suggestOn(E, cols)
    expect(is.to('Samtals')).toBe('commerce.order.priceTotal')
    expect(is.to('Viðburður')).toBe('productListItems[0].name')
    expect(is.to('Fjöldi miða')).toBe('productListItems[0].quantity')
    expect(is.to('Netfang')).toBe('endUserIDs._experience.emailid.id')
    expect(is.to('Farsími')).toBe(PHONE_ID)
    const header = Object.keys(cols)
    const rows = [0, 1, 2].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
    // (the event schema requires _id, and a product line its SKU: the order number gives the one, the lines stay out of this run)
    const set = toMappingSet(is.r)
    const mappings = [...set.mappings.filter((m) => !m.destination.startsWith('productListItems')), { sourceType: 'ATTRIBUTE', source: '${Pöntunarnúmer}', destination: '_id' }]
    const out = await runMapping<{ commerce: { order: { priceTotal: number } } }>(base, E, [header, ...rows], { ...set, mappings })
    expect(out.written).toBe(3)
    expect(out.records.map((o) => o.commerce.order.priceTotal)).toEqual([3350, 6700, 10050])
    // (Icelandic words other languages spell the same way are left out: an English e-mail log's "Sending Method" is no
    // shipment's, and the file stays English)
    const en = await suggestOn(E, { Email: ['a@example.com', 'c@example.com', 'e@example.com'], 'Sending Method': ['API', 'SMTP', 'API'], Subject: ['Hello', 'Offer', 'News'], Opened: ['Yes', 'No', 'Yes'] })
    expect(en.to('Sending Method')).toBeUndefined()
  })

  it('a national number written without spaces after its trunk 0 (0795605843) is a phone number: an invoice\'s "Phone" is the phone identity', async () => {
    const ke = await suggestOn(E, { Number: ['INV-1001', 'INV-1002', 'INV-1003'], Email: ['wanjiru@gmail.com', 'otieno@yahoo.com', 'akinyi@gmail.com'], Phone: ['0795605843', '0712515041', '0733856542'], Total: ['2999.00', '4500.00', '2999.00'] })
    expect(ke.to('Phone')).toBe(PHONE_ID)
    // (a zero-padded code of another length, or a number with two leading zeros, is none)
    const ids = await suggestOn(E, { Number: ['INV-1001', 'INV-1002', 'INV-1003'], Phone: ['00123456', '0012345678', '000000042'], Total: ['1.00', '2.00', '3.00'] })
    expect(ids.to('Phone')).toBeUndefined()
  })

  it('"Contact Number" holding phone numbers is the phone; holding codes it is none', async () => {
    const sg = await suggestOn(B, { 'Contact ID': ['1', '2', '3'], Name: ['Tan Wei Ming', 'Priya Nair', 'Lim Hui Min'], 'Contact Number': ['+65 9123 4567', '+65 8234 5678', '+65 9345 6789'] })
    expect(['workPhone.number', 'mobilePhone.number']).toContain(sg.to('Contact Number'))
    const codes = await suggestOn(B, { 'Contact ID': ['1', '2', '3'], Name: ['Tan Wei Ming', 'Priya Nair', 'Lim Hui Min'], 'Contact Number': ['C-1001', 'C-1002', 'C-1003'] })
    expect(codes.to('Contact Number') ?? '').not.toMatch(/phone/i)
  })

  it('an invoice\'s issuing_date is its time', async () => {
    const ng = await suggestOn(E, { number: ['LAG-001', 'LAG-002', 'LAG-003'], issuing_date: ['2025-09-01', '2025-10-01', '2025-11-01'], total_amount_cents: ['1500000', '2750000', '1500000'] })
    expect(ng.to('issuing_date')).toBe('timestamp')
  })

  it('a donation platform\'s contribution ("Valor aporte") is the amount of the order it records', async () => {
    const co = await suggestOn(E, { 'ID aporte': ['1', '2', '3'], Fecha: ['2025-01-01 10:00', '2025-01-02 11:00', '2025-01-03 12:00'], 'Valor aporte': ['50000', '20000', '100000'] })
    expect(co.to('Valor aporte')).toBe('commerce.order.priceTotal')
  })

  it("an attendee's Affiliation is the company", async () => {
    const ca = await suggestOn(B, { 'First Name': ['Priya', 'Marc', 'Lena'], 'Last Name': ['Shah', 'Tremblay', 'Wu'], Affiliation: ['Shopify', 'University of Toronto', 'RBC'], Email: ['p@shopify.com', 'm@utoronto.ca', 'l@rbc.com'] })
    expect(['b2b.companyName', 'organizations[0]']).toContain(ca.to('Affiliation'))
    // (a club member's affiliation on a consumer profile is a club, no employer)
    const golf = await suggestOn(P, { 'First Name': ['Priya', 'Marc', 'Lena'], 'Last Name': ['Shah', 'Tremblay', 'Wu'], Affiliation: ['Glen Abbey GC', 'Lionhead', 'Glen Abbey GC'], Email: ['p@gmail.com', 'm@gmail.com', 'l@gmail.com'] })
    expect(golf.to('Affiliation')).toBeUndefined()
  })
})
