// Rules of round 62 (tune1-127; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 62 (tune1-127)', () => {
  it('Swedish visiting address and direct number are the work address and the work phone', async () => {
    const r = await suggestOn(B, { Förnamn: ['Anna', 'Erik', 'Sara'], Efternamn: ['Berg', 'Lund', 'Holm'], Företag: ['Berg AB', 'Lund AB', 'Holm AB'], Besöksadress: ['Industrigatan 22', 'Storgatan 1', 'Kungsgatan 5'], Direktnummer: ['0511-45 79 21', '08-123 45 67', '031-77 88 99'] })
    expect(r.to('Besöksadress')).toBe('workAddress.street1')
    expect(r.to('Direktnummer')).toBe('workPhone.number')
  })

  it('a gender column whose third answer is "prefer not to say" in Spanish is still the gender, decoded to not_specified', async () => {
    const r = await suggestOn(P, { Nombre: ['Ana', 'Luis', 'Eva'], Género: ['Femenino', 'Masculino', 'Prefiero no decir'] })
    const m = r.r.mappings.find((x) => x.source === 'Género')!
    expect(m.destination).toBe('person.gender')
    expect(m.expression).toContain('"prefiero no decir", "not_specified"')
  })

  it('Japanese 売上金額 (sales amount) is the order total', async () => {
    const r = await suggestOn(E, { 注文ID: ['A1', 'A2', 'A3'], 売上金額: ['2980', '0', '15800'], 通貨: ['JPY', 'JPY', 'JPY'] })
    expect(r.to('売上金額')).toBe('commerce.order.priceTotal')
  })
})
