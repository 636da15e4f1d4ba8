// Rules of round 57 (tune1-124, first look on tune123-124; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { checkExpression, compileExpression } from '../src/expression/compile.js'
import { decompound } from '../src/suggest/vocabulary/index.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 57 (tune123-124)', () => {
  it('a compound ends in a two-letter part only when it is an abbreviation (id, nr, no, ip, by; ts after a participle)', () => {
    expect(decompound('kundennr')).toEqual(['customer', 'number'])
    expect(decompound('clientid')).toEqual(['customer', 'id'])
    expect(decompound('createdts')).toEqual(['created', 'timestamp'])
    // (Spanish plurals are no operating system, English plurals no timestamp, "start" no state)
    for (const w of ['productos', 'usuarios', 'comentarios', 'eventstart', 'variants']) expect(decompound(w), w).toBeUndefined()
    expect(decompound('loyaltypoints')).toEqual(['loyalty', 'points'])
    // (two characters of Chinese or Japanese are a word)
    expect(decompound('紧急联系人电话')).toEqual(['emergency', 'contact', 'phone'])
  })

  it("a person's type takes kinds of individual (B2C, Consumer), no legal form (Física / Jurídica, PF / PJ) or CRM role", async () => {
    for (const vals of [['Física', 'Física', 'Jurídica'], ['PF', 'PJ', 'PF']]) {
      const r = await suggestOn(P, { Nome: ['Ana Lima', 'Rui Costa', 'Eva Souza'], 'Tipo de pessoa': vals, 'CPF/CNPJ': ['123.456.789-09', '987.654.321-00', '12.345.678/0001-95'] })
      expect(r.to('Tipo de pessoa'), vals.join()).toBeUndefined()
    }
    const en = await suggestOn(P, { Name: ['Ana Lima', 'Rui Costa', 'Eva Souza'], 'Person Type': ['B2C', 'B2C', 'B2B'] })
    expect(en.to('Person Type')).toBe('person.type')
  })

  it("a bare name beside a first name is the last name, unless its values are whole names beginning with that first name", async () => {
    const fr = await suggestOn(P, { email: ['s.l@x.fr', 'a.c@x.fr', 'r.b@x.fr'], name: ['Sophie Lambert', 'Antoine Chevalier', 'Romain Bernard'], Prénom: ['Sophie', 'Antoine', 'Romain'], Nom: ['Lambert', 'Chevalier', 'Bernard'] })
    expect(fr.to('name')).toBe('person.name.fullName')
    expect(fr.to('Nom')).toBe('person.name.lastName')
    // (German "Name" beside "Vorname" holds the surname)
    const de = await suggestOn(P, { Vorname: ['Jonas', 'Lea', 'Paul'], Name: ['Müller', 'Schmidt', 'Weber'] })
    expect(de.to('Name')).toBe('person.name.lastName')
  })

  it('vocabulary: Spanish cuenta (a CRM contact\'s firm), Italian saluto and "strumento di pagamento"', async () => {
    const es = await suggestOn(B, { Nombre: ['Ana', 'Luis', 'Eva'], Apellido: ['Gómez', 'Ruiz', 'Sanz'], Cuenta: ['Aceros del Norte, S.A. de C.V.', 'Autopartes Saltillo, S. de R.L. de C.V.', 'Logística Bajío, S.A. de C.V.'] })
    expect(es.to('Cuenta')).toBe('b2b.companyName')
    const it = await suggestOn(B, { Saluto: ['Sig.', 'Dott.ssa', 'Sig.ra'], Nome: ['Marco', 'Giulia', 'Elena'], Cognome: ['Rossi', 'Bianchi', 'Greco'] })
    expect(it.to('Saluto')).toBe('person.name.courtesyTitle')
    const pay = await suggestOn(E, { 'ID transazione': ['T1', 'T2', 'T3'], 'Data ordine': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'], Importo: ['12.00', '13.50', '9.99'], 'Strumento di pagamento': ['VISA', 'MASTERCARD', 'PAYPAL'] })
    expect(pay.to('Strumento di pagamento')).toBe('commerce.order.payments[0].paymentType')
  })

  it("a B2B person's company or organization id is the account's (\"Company Id\", \"Organization ID\", \"ID de compañía\")", async () => {
    for (const h of ['Company Id', 'Organization ID', 'ID de compañía']) {
      const r = await suggestOn(B, { 'Contact Id': ['C-1', 'C-2', 'C-3'], 'First Name': ['Ann', 'Bob', 'Eve'], 'Last Name': ['Lee', 'Roy', 'Fox'], Company: ['Acme Ltd', 'Globex plc', 'Initech Inc'], [h]: ['A-10', 'A-11', 'A-12'] })
      expect(r.to(h), h).toBe('b2b.accountID')
    }
  })

  it("an event's date beside its time of day (\"Data\" + \"Hora\") is the timestamp, read together by one expression", async () => {
    const r = await suggestOn(E, { Pedido: ['1001', '1002', '1003', '1004', '1005', '1006'], Data: ['13/04/2024', '22/01/2022', '10/03/2020', '25/04/2023', '13/08/2021', '20/05/2022'], Hora: ['23:54', '12:38', '15:17', '09:01', '21:49', '07:05'], Produto: ['Sérum', 'Creme', 'Tônico', 'Sérum', 'Creme', 'Óleo'], Quantidade: ['1', '2', '1', '3', '1', '2'], 'Total do pedido': ['89.90', '120.00', '45.50', '99.00', '60.00', '75.25'] })
    expect(r.to('Data')).toBe('timestamp')
    expect(r.why('Hora')).toBe('read with "Data" into timestamp: its time of day')
    const m = r.r.mappings.find((x) => x.source === 'Data')!
    expect(m.expression).toBe('date(trim(concat(${Data}, " ", ${Hora})), "dd/MM/yyyy H:mm", date(${Data}, "dd/MM/yyyy", null))')
    const tree = checkExpression(m.expression!)
    const ev = compileExpression(tree, new Map([['Data', 0], ['Hora', 1]]), m.expression!)
    expect((ev(['13/04/2024', '23:54']) as { toISOString(): string }).toISOString()).toBe('2024-04-13T23:54:00.000Z')
    // (no time on a row: the day alone)
    expect((ev(['13/04/2024', '']) as { toISOString(): string }).toISOString()).toBe('2024-04-13T00:00:00.000Z')
    // (ISO dates and seconds)
    const iso = await suggestOn(E, { 'Transaction ID': ['T1', 'T2', 'T3'], Date: ['2024-04-13', '2024-04-14', '2024-04-15'], Time: ['23:54:01', '12:38:00', '15:17:59'], Amount: ['12.00', '13.50', '9.99'] })
    expect(iso.r.mappings.find((x) => x.source === 'Date')?.expression).toBe('date(trim(concat(${Date}, " ", ${Time})), "yyyy-MM-dd H:mm:ss", date(${Date}, "yyyy-MM-dd", null))')
    // (US dates, month first, with a 12-hour clock)
    const us = await suggestOn(E, { 'Transaction ID': ['T1', 'T2', 'T3'], Date: ['07/07/2023', '12/18/2020', '01/02/2022'], Time: ['3:24 PM', '12:27 AM', '9:05 AM'], Amount: ['12.00', '13.50', '9.99'] })
    expect(us.r.mappings.find((x) => x.source === 'Date')?.expression).toBe('date(trim(concat(${Date}, " ", ${Time})), "M/d/yyyy h:mm a", date(${Date}, "M/d/yyyy", null))')
    // (a time column of no times of day, or day and month in doubt, leaves the date alone)
    const doubt = await suggestOn(E, { 'Transaction ID': ['T1', 'T2', 'T3'], Date: ['03/04/2024', '04/05/2024', '05/06/2024'], Time: ['23:54', '12:38', '15:17'], Amount: ['12.00', '13.50', '9.99'] })
    expect(doubt.to('Date')).toBeUndefined()
  })

  it("vocabulary: a purchase's value (\"Valor Compra\", \"Valor da Compra\") and an invoice's amount (\"Rechnungsbetrag\") are the order's total", async () => {
    const es = await suggestOn(E, { 'Fecha Transacción': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'], Documento: ['1020304050', '52123456', '79876543'], 'Valor Compra': ['120000', '45500', '99000'], 'Puntos Otorgados': ['120', '45', '99'] })
    expect(es.to('Valor Compra')).toBe('commerce.order.priceTotal')
    const de = await suggestOn(E, { Bestellnummer: ['B-1', 'B-2', 'B-3'], Bestelldatum: ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'], Artikelnummer: ['A-1', 'A-2', 'A-3'], Menge: ['1', '2', '1'], 'Gesamtpreis brutto': ['19.90', '39.80', '9.95'], Versandkosten: ['4.90', '0.00', '4.90'], Rechnungsbetrag: ['24.80', '39.80', '14.85'] })
    expect(de.to('Rechnungsbetrag')).toBe('commerce.order.priceTotal')
    expect(de.to('Gesamtpreis brutto')).toBe('productListItems[0].priceTotal')
  })
})

