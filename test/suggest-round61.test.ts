// Rules of round 61 (tune1-126; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 61 (tune1-126)', () => {
  it("what was paid (\"Amount Paid\", \"Total Paid\", \"AmountPaid\") is the payment's amount, beside the order's total", async () => {
    const r = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Order Total': ['50.00', '12.00', '30.00'], 'Amount Paid': ['50.00', '0.00', '30.00'] })
    expect(r.to('Amount Paid')).toBe('commerce.order.payments[0].paymentAmount')
    expect(r.to('Order Total')).toBe('commerce.order.priceTotal')
    const t = await suggestOn(E, { Reference: ['R1', 'R2', 'R3'], 'Total Paid': ['100.00', '75.00', '20.00'], Currency: ['GBP', 'GBP', 'GBP'] })
    expect(t.to('Total Paid')).toBe('commerce.order.payments[0].paymentAmount')
  })

  it('Italian cancellation and department words: "Data annullamento", "Data Cancellazione", "Dipartimento"', async () => {
    const r = await suggestOn(E, { 'N. ordine': ['1001', '1002', '1003'], 'Data acquisto': ['2024-01-02 10:00:00', '2024-01-03 11:00:00', '2024-01-04 12:00:00'], Totale: ['10,00', '12,00', '3,00'], 'Data annullamento': ['2024-01-05 10:00:00', '', ''] })
    expect(r.to('Data annullamento')).toBe('commerce.order.cancelDate')
    const c = await suggestOn(E, { 'N. ordine': ['1001', '1002', '1003'], Totale: ['10,00', '12,00', '3,00'], 'Data Cancellazione': ['2024-01-05 10:00:00', '', '2024-02-01 09:00:00'] })
    expect(c.to('Data Cancellazione')).toBe('commerce.order.cancelDate')
    const d = await suggestOn(B, { Nome: ['Anna', 'Luca', 'Marco'], Cognome: ['Rossi', 'Bianchi', 'Verdi'], Dipartimento: ['Acquisti', 'Ingegneria', 'Vendite'] })
    expect(d.to('Dipartimento')).toBe('extendedWorkDetails.departments[0]')
  })

  it('two-digit years: a glued am/pm clock (2/17/22 9:05pm) and a month-first date some second number shows (12/18/24)', async () => {
    const r = await suggestOn(E, { date: ['2/17/22 9:05pm', '1/3/20 4:27pm', '12/15/24 6:33pm'], 'item name': ['LP', 'CD', 'Tape'], quantity: ['1', '2', '1'] })
    const m = r.r.mappings.find((x) => x.source === 'date')!
    expect(m.destination).toBe('timestamp')
    expect(m.expression).toBe('date(${date}, "M/d/yy h:mma")')
    const o = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Order Date': ['2/19/22', '1/5/20', '12/18/24'], Total: ['10.00', '12.00', '3.00'] })
    const d = o.r.mappings.find((x) => x.source === 'Order Date')!
    expect(d.destination).toBe('timestamp')
    expect(d.expression).toBe('date(${Order Date}, "M/d/yy")')
    // (no second number above 12: day and month stay in doubt, and the column unmapped)
    const u = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Order Date': ['2/10/22', '1/5/20', '12/11/24'], Total: ['10.00', '12.00', '3.00'] })
    expect(u.to('Order Date')).toBeUndefined()
  })

  it('a long month name with a lower-case am/pm clock (November 21, 2024 2:39 pm)', async () => {
    const r = await suggestOn(E, { 'Registration ID': ['R1', 'R2', 'R3'], 'Registered At': ['November 21, 2024 2:39 pm', 'December 3, 2020 11:08 am', 'July 2, 2023 4:27 pm'] })
    const m = r.r.mappings.find((x) => x.source === 'Registered At')!
    expect(m.destination).toBe('timestamp')
    expect(m.expression).toBe('date(${Registered At}, "MMMM d, yyyy h:mm a")')
  })

  // (values cycle over 6 rows: six of them make the column count the rows)
  it('a key numbered from 1 is the record\'s id when its name says so ("Kundennummer", "ID"); a bare row number is not', async () => {
    const r = await suggestOn(P, { Kundennummer: ['1', '2', '3', '4', '5', '6'], Vorname: ['Anna', 'Paul', 'Lena', 'Max', 'Eva', 'Jan'], Nachname: ['Huber', 'Gruber', 'Wagner', 'Bauer', 'Moser', 'Egger'] })
    expect(r.to('Kundennummer')).toBe('_id')
    const id = await suggestOn(P, { ID: ['1', '2', '3', '4', '5', '6'], Vorname: ['Anna', 'Paul', 'Lena', 'Max', 'Eva', 'Jan'], Nachname: ['Huber', 'Gruber', 'Wagner', 'Bauer', 'Moser', 'Egger'] })
    expect(id.to('ID')).toBe('_id')
    const no = await suggestOn(P, { No: ['1', '2', '3', '4', '5', '6'], Vorname: ['Anna', 'Paul', 'Lena', 'Max', 'Eva', 'Jan'], Nachname: ['Huber', 'Gruber', 'Wagner', 'Bauer', 'Moser', 'Egger'] })
    expect(no.to('No')).toBeUndefined()
  })

  it("a form's submission is the response's time, before the time it was started", async () => {
    const r = await suggestOn(E, { 'Response ID': ['1651', '5927', '5888'], 'Time Started': ['2021-07-19 17:09:32', '2019-01-20 19:35:23', '2020-04-11 19:58:02'], 'Date Submitted': ['2021-07-19 17:16:32', '2019-01-20 19:37:23', '2020-04-11 20:02:42'], Status: ['Complete', 'Complete', 'Partial'] })
    expect(r.to('Date Submitted')).toBe('timestamp')
    expect(r.to('Time Started')).toBeUndefined()
  })
})
