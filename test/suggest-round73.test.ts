// Rules of round 73 (tune1-142; each test fails with its rule removed), checked on made-up headers: a mailing list's
// status (Bounced, Opted in, afgemeld, Non confirmé) or an SMS or e-mail status is no loyalty status, nor a card's; a
// marketplace offer's SKU (the seller's own) is the SKU beside the marketplace's product SKU or EAN; an order line's own
// identifier is no SKU.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const PEOPLE = { 'First Name': ['Anna', 'Jan', 'Ola', 'Piet', 'Eva', 'Tom'], Email: ['anna@x.nl', 'jan@x.nl', 'ola@x.nl', 'piet@x.nl', 'eva@x.nl', 'tom@x.nl'] }
const LOYAL = { Points: ['120', '40', '980', '0', '15', '300'], Tier: ['Gold', 'Silver', 'Gold', 'Bronze', 'Silver', 'Gold'] }

describe('round 73 (tune1-142)', () => {
  it('a status column of a mailing list\'s states (Bounced, Opted in, afgemeld, Non confirmé) is no loyalty or card status', async () => {
    for (const [col, values] of [['status', ['Opted in', 'Opted in', 'Bounced', 'Opted in', 'Incomplete double opt-in', 'Opted in']], ['Status', ['actief', 'actief', 'afgemeld', 'bounced', 'actief', 'actief']], ['Statut', ['Confirmé', 'Confirmé', 'Non confirmé', 'Confirmé', 'Confirmé', 'Non confirmé']]] as const) {
      const { to } = await suggestOn(P, { ...PEOPLE, ...LOYAL, [col]: [...values] })
      expect(to(col) ?? '', `${col}: ${values.join(', ')}`).not.toMatch(/^loyalty\./)
    }
  })

  it('an SMS or e-mail status ("SMS Status", "Email Status") is no loyalty status; a member\'s status in a loyalty list is', async () => {
    const states = ['Active', 'Active', 'Inactive', 'Active', 'Inactive', 'Active']
    for (const col of ['SMS Status', 'Email Status']) {
      const { to } = await suggestOn(P, { ...PEOPLE, ...LOYAL, [col]: states })
      expect(to(col) ?? '', col).not.toMatch(/^loyalty\./)
    }
    const { to } = await suggestOn(P, { ...PEOPLE, ...LOYAL, Status: ['Active', 'Active', 'Suspended', 'Active', 'Inactive', 'Active'] })
    expect(to('Status')).toBe('loyalty.status')
  })

  it('a marketplace offer\'s SKU ("Offer SKU", "SKU de la oferta", "Angebots-SKU", "SKU offre", "SKU offerta") is the SKU beside the product\'s SKU or EAN', async () => {
    const orders = ['1870286578-A', '1041677355-A', '1366912752-A', '1366912753-A']
    const offers = ['HK-321-7654', 'HK-309-1122', 'HK-315-9087', 'HK-315-9088']
    const eans = ['4016138987652', '4250366863341', '4006381333931', '4006381333932']
    const cases: [string, string, Record<string, string[]>][] = [
      ['Offer SKU', 'Product SKU', { 'Order number': orders, Quantity: ['1', '2', '2', '1'], Price: ['69.99', '168.00', '55.00', '12.50'] }],
      ['SKU de la oferta', 'SKU del producto', { 'Número de pedido': orders, Cantidad: ['1', '2', '2', '1'], Precio: ['69,99', '168,00', '55,00', '12,50'] }],
      ['Angebots-SKU', 'Produkt-EAN', { Bestellnummer: orders, Menge: ['1', '2', '2', '1'], Preis: ['69,99', '168,00', '55,00', '12,50'] }],
      ['SKU offre', 'EAN', { 'Numéro de commande': orders, Quantité: ['1', '2', '2', '1'], Prix: ['69,99', '168,00', '55,00', '12,50'] }],
      ['SKU offerta', 'EAN', { 'Numero ordine': orders, Quantità: ['1', '2', '2', '1'], Prezzo: ['69,99', '168,00', '55,00', '12,50'] }],
    ]
    for (const [col, other, lines] of cases) {
      const { to } = await suggestOn(E, { ...lines, [col]: offers, [other]: eans })
      expect(to(col), col).toBe('productListItems[0].SKU')
      expect(to(other), other).toBeUndefined()
    }
  })

  it('an order line\'s own identifier ("Order line ID", "Lineitem ID") is no SKU; a line\'s SKU ("Lineitem sku") is', async () => {
    const lines = { 'Order number': ['1001', '1002', '1003', '1004'], 'Lineitem quantity': ['1', '2', '2', '1'], 'Lineitem price': ['69.99', '84.00', '27.50', '12.50'] }
    for (const col of ['Order line ID', 'Lineitem ID', 'line_item_id']) {
      const { to } = await suggestOn(E, { ...lines, [col]: ['1870286578-A-1', '1041677355-A-1', '1366912752-A-1', '1366912752-A-2'] })
      expect(to(col), col).not.toBe('productListItems[0].SKU')
    }
    const { to } = await suggestOn(E, { ...lines, 'Lineitem sku': ['TSH-BLK-M', 'MUG-350', 'RUN-42', 'CAP-RED'] })
    expect(to('Lineitem sku')).toBe('productListItems[0].SKU')
  })
})
