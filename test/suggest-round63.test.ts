// Rules of round 63 (tune1-128; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 63 (tune1-128)', () => {
  it("a reference repeating from row to row in a list of payments is no order's id: the order's own column takes it", async () => {
    const r = await suggestOn(E, { 'Order-ID': ['100048644', '100079179', '100066712', '100012345', '100054321', '100099999'], Händlerreferenz: ['Webshop', 'Webshop', '', 'Abo Juni', 'Webshop', 'Webshop'], Betrag: ['10,00', '12,00', '3,00', '4,50', '9,90', '1,00'], Währung: ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR'] })
    expect(r.to('Order-ID')).toBe('commerce.order.purchaseID')
    expect(r.to('Händlerreferenz')).toBeUndefined()
  })
})
