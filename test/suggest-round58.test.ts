// Rules of round 58 (tune1-124; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00', '2024-05-05 11:00:00', '2024-05-06 12:30:00', '2024-05-07 08:15:00']

describe('round 58 (tune1-124)', () => {
  it("a bare product of a sales export listing titled products is the goods sold; a payment's or a carrier's product is not", async () => {
    const r = await suggestOn(E, { 'ID da venda': ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'], Data: times, Produto: ['Curso Completo de Confeitaria', 'Método Inglês em 90 Dias', 'Mentoria Marketing Digital', 'E-book Receitas Fit', 'Curso Completo de Confeitaria', 'Método Inglês em 90 Dias'], Oferta: ['b2n8m4zt', 'w7x3k9pq', 'b2n8m4zt', 'w7x3k9pq', 'b2n8m4zt', 'w7x3k9pq'], Valor: ['197.00', '97.00', '497.00', '27.00', '197.00', '97.00'] })
    expect(r.to('Produto')).toBe('productListItems[0].name')
    // (a sales platform's offer names no product)
    expect(r.to('Oferta')).toBeUndefined()
    const pay = await suggestOn(E, { 'Transaction ID': ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'], Date: times, Product: ['Pay in 4', 'Pay Monthly', 'Pay in 4', 'Pay in 4', 'Pay Monthly', 'Pay in 4'], Amount: ['12.00', '13.50', '9.99', '20.00', '5.00', '7.50'] })
    expect(pay.to('Product')).not.toBe('productListItems[0].name')
    // (a carrier's service, with the parcels' weight beside it, is the shipping method)
    const fr = await suggestOn(E, { 'N° de colis': ['XW1', 'XW2', 'XW3', 'XW4', 'XW5', 'XW6'], "Date d'expédition": times, Produit: ['Chrono 13', 'Chrono 18', 'Chrono 13', 'Chrono Relais 13', 'Chrono 13', 'Chrono 18'], 'Poids (kg)': ['1.2', '0.5', '3.0', '2.2', '0.8', '1.1'], Ville: ['Paris', 'Lyon', 'Lille', 'Nice', 'Metz', 'Caen'] })
    expect(fr.to('Produit')).toBe('commerce.shipping.shippingMethod')
  })

  it('of two identifiers that tie, the one whose name ends in the word ID is the record\'s own (Id before Identifier, Guid or UID)', async () => {
    for (const [a, b] of [['Id', 'Identifier'], ['ID', 'Guid'], ['Customer ID', 'Customer Code'], ['KundId', 'Kundnummer']]) {
      const r = await suggestOn(P, { [b]: ['x-11', 'x-12', 'x-13', 'x-14', 'x-15', 'x-16'], [a]: ['101', '102', '103', '104', '105', '106'], Email: ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io', 'e@x.io', 'f@x.io'], 'First Name': ['Ann', 'Bob', 'Eve', 'Max', 'Ida', 'Tom'] })
      expect(r.to(a), a).toBe('_id')
      expect(r.to(b), b).not.toBe('_id')
    }
    // (an order's "Order ID" beside its "Order Reference" does not take _id by this rule; the reference takes the purchase id: round 67)
    const o = await suggestOn(E, { 'Order ID': ['100048644', '100079179', '100081234'], 'Order Reference': ['R-48644', 'R-79179', 'R-81234'], 'Order Date': times.slice(0, 3), Total: ['45.00', '120.50', '19.95'] })
    expect(o.to('Order ID')).toBeUndefined()
  })
})

