// Rules of round 60 (tune1-125; each test fails with its rule removed), checked on made-up headers: an event's required
// timestamp, which a run needs on every row, filled where the header has a time for it.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 60 (tune1-125)', () => {
  it("an order's date without a time is the event's time when no column of date-times is left, read by its pattern", async () => {
    const r = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Order Date': ['26/01/2020', '03/07/2024', '02/11/2021'], Total: ['10.00', '12.00', '3.00'] })
    const m = r.r.mappings.find((x) => x.source === 'Order Date')!
    expect(m.destination).toBe('timestamp')
    expect(m.expression).toBe('date(${Order Date}, "dd/MM/yyyy")')
    // (a column of date-times takes it first: the order's date stays the order's)
    const t = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], 'Order Date': ['2020-01-26', '2024-07-03', '2021-11-02'], 'Transaction Time': ['2020-01-26 10:11:12', '2024-07-03 09:00:00', '2021-11-02 16:45:00'], Total: ['10.00', '12.00', '3.00'] })
    expect(t.to('Transaction Time')).toBe('timestamp')
    expect(t.to('Order Date')).toBe('commerce.order.createdDate')
  })

  it('a 24-hour clock after a slashed date no day above 12 shows to be day-first is read month-first', async () => {
    const r = await suggestOn(E, { Date: ['09/07/2020 21:33:37', '10/19/2019 01:31:16', '12/04/2023 11:35:48'], 'Event Name': ['Launch', 'Click', 'Close'] })
    const m = r.r.mappings.find((x) => x.source === 'Date')!
    expect(m.destination).toBe('timestamp')
    expect(m.expression).toBe('date(${Date}, "M/d/yyyy H:mm:ss")')
  })

  it('of several columns of date-times naming a time, the record\'s first time takes the timestamp, else the first of them', async () => {
    const ticket = await suggestOn(E, { Ref: ['T1', 'T2', 'T3'], 'Date Logged': ['01/05/2019 10:56', '21/04/2020 09:23', '21/02/2024 10:44'], 'Date Responded': ['01/05/2019 11:56', '21/04/2020 10:23', '21/02/2024 11:44'], 'Date Closed': ['02/05/2019 10:56', '22/04/2020 09:23', '22/02/2024 10:44'] })
    expect(ticket.to('Date Logged')).toBe('timestamp')
    expect(ticket.to('Date Closed')).toBeUndefined()
    const pay = await suggestOn(E, { Reference: ['P1', 'P2', 'P3'], 'Initiation Time': ['2020-01-26 10:11:12', '2024-07-03 09:00:00', '2021-11-02 16:45:00'], 'Completion Time': ['2020-01-26 10:11:15', '2024-07-03 09:00:03', '2021-11-02 16:45:04'], 'Transaction Date': ['2020-01-26 10:11:15', '2024-07-03 09:00:03', '2021-11-02 16:45:04'] })
    expect(pay.to('Transaction Date')).toBe('timestamp')
    const review = await suggestOn(E, { Reference: ['R1', 'R2', 'R3'], 'Visit Date (UTC)': ['2020-01-26 10:11:12', '2024-07-03 09:00:00', '2021-11-02 16:45:00'], 'Review Created (UTC)': ['2020-01-28 10:11:12', '2024-07-05 09:00:00', '2021-11-04 16:45:00'], Rating: ['5', '4', '3'] })
    expect(review.to('Review Created (UTC)')).toBe('timestamp')
  })
})
