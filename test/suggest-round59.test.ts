// Rules of round 59 (tune1-125; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00', '2024-05-05 11:00:00', '2024-05-06 12:30:00', '2024-05-07 08:15:00']
const people = ['Grzegorz Dąbrowski', 'Joanna Jankowska', 'Piotr Zieliński', 'Anna Nowak', 'Marek Wójcik', 'Ewa Lewandowska']

describe('round 59 (tune1-125)', () => {
  it("a company's domain is its website only when no column names the website itself", async () => {
    const both = await suggestOn(B, { 'First Name': ['Ann', 'Bob', 'Eve'], 'Company Name': ['Basalt Logistics', 'Front Range CU', 'Acme'], 'Company Domain': ['basalt.com', 'frontrange.org', 'acme.io'], 'Company Website': ['https://www.basalt.com', 'https://www.frontrange.org', 'https://acme.io'] })
    expect(both.to('Company Website')).toBe('b2b.companyWebsite')
    expect(both.to('Company Domain')).toBeUndefined()
    const alone = await suggestOn(B, { 'First Name': ['Ann', 'Bob', 'Eve'], 'Company Name': ['Basalt Logistics', 'Front Range CU', 'Acme'], 'Company Domain': ['basalt.com', 'frontrange.org', 'acme.io'] })
    expect(alone.to('Company Domain')).toBe('b2b.companyWebsite')
  })

  it("a B2B list's bare name beside its contact person is the firm's, even when firm names look like people's", async () => {
    const r = await suggestOn(B, { Kod: ['MEB-KAL', 'AGRO-W', 'DRUK-P'], Nazwa: ['Meble Kalisz', 'Agro Wielkopolska', 'Drukarnia Poznań'], 'Pełna nazwa': ['Meble Kalisz Sp. z o.o. Sp. k.', 'Agro Wielkopolska Sp. z o.o.', 'Drukarnia Poznań Sp. j.'], Miejscowość: ['Kalisz', 'Swarzędz', 'Poznań'], 'Osoba kontaktowa': people, Stanowisko: ['Księgowa', 'Właściciel', 'Kierownik'] })
    expect(['b2b.companyName', 'organizations[0]']).toContain(r.to('Nazwa'))
    expect(['b2b.companyName', 'organizations[0]']).toContain(r.to('Pełna nazwa'))
    expect(r.to('Osoba kontaktowa')).toBe('person.name.fullName')
    // (a bare name with no contact person beside it stays the person's)
    const alone = await suggestOn(P, { Nazwa: people, Miejscowość: ['Kalisz', 'Swarzędz', 'Poznań'] })
    expect(alone.to('Nazwa')).toBe('person.name.fullName')
  })

  it('a bare Estado whose values are statuses is no state; one holding states stays a state', async () => {
    const ship = await suggestOn(E, { 'Nº Encomenda': ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'], 'Data de criação': times, Estado: ['Enviada', 'Em espera de envio', 'Recebida', 'Reembolsada', 'Enviada', 'Recebida'], 'Morada de entrega': ['Rua Augusta 21', 'Rua de Santa Catarina 3', 'Avenida da Liberdade 10', 'Rua Direita 2', 'Rua Nova 8', 'Largo do Rato 5'], 'Código postal de entrega': ['1100-048', '4000-447', '1250-096', '3810-109', '4050-000', '1250-185'], 'Cidade de entrega': ['Lisboa', 'Porto', 'Lisboa', 'Aveiro', 'Porto', 'Lisboa'], 'Valor total': ['10,00', '12,00', '9,50', '3,00', '4,00', '5,00'] })
    expect(ship.to('Estado') ?? '').not.toMatch(/state/i)
    const mx = await suggestOn(E, { Pedido: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'], Fecha: times, Ciudad: ['Guadalajara', 'Monterrey', 'Puebla', 'León', 'Mérida', 'Tijuana'], Estado: ['Jalisco', 'Nuevo León', 'Puebla', 'Guanajuato', 'Yucatán', 'Baja California'], Total: ['10.00', '12.00', '9.50', '3.00', '4.00', '5.00'] })
    expect(mx.to('Estado')).toMatch(/stateProvince|\.state$/)
    // (a state named "Nuevo León" is no new status)
    const nl = await suggestOn(B, { 'Razón social': ['Alimentos del Norte SA de CV', 'Química Regia SA de CV', 'Dulces La Abuela SA de CV'], Calle: ['Av. Ruiz Cortines 100', 'Av. Miguel Alemán 5', 'Calle Hidalgo 3'], Municipio: ['Monterrey', 'Guadalupe', 'Saltillo'], Estado: ['Nuevo León', 'Nuevo León', 'Nuevo León', 'Coahuila', 'Nuevo León', 'Nuevo León'], CP: ['64530', '67130', '25270'] })
    expect(nl.to('Estado')).toMatch(/stateProvince|\.state$/)
  })

  it("a product's or a line's subtotal is the line's total", async () => {
    const s = await suggestOn(E, { 'No. Pesanan': ['INV1', 'INV2', 'INV3'], Tanggal: times.slice(0, 3), SKU: ['SK-1', 'SK-2', 'SK-3'], 'Nama Produk': ['Kaos Polos', 'Kemeja Batik', 'Topi'], Jumlah: ['2', '1', '3'], 'Subtotal Produk': ['120.50', '249.00', '90.00'], 'Total Pembayaran': ['140.50', '259.00', '99.00'] })
    expect(s.to('Subtotal Produk')).toBe('productListItems[0].priceTotal')
    expect(s.to('Total Pembayaran')).toBe('commerce.order.priceTotal')
    const l = await suggestOn(E, { OrderNumber: ['SO-1', 'SO-2', 'SO-3'], OrderDate: times.slice(0, 3), ProductSKU: ['SK-1', 'SK-2', 'SK-3'], ProductQuantity: ['2', '1', '3'], ProductSubTotal: ['49.00', '38.50', '79.99'] })
    expect(l.to('ProductSubTotal')).toBe('productListItems[0].priceTotal')
  })

  it('whole amounts grouped by one dot (356.000 rupiah) are read as thousands, not three decimals', async () => {
    const r = await suggestOn(E, { 'No. Pesanan': ['INV1', 'INV2', 'INV3'], Tanggal: times.slice(0, 3), 'Total Pembayaran': ['374.000', '267.000', '1.250.000'] })
    const m = r.r.mappings.find((x) => x.source === 'Total Pembayaran')!
    expect(m.destination).toBe('commerce.order.priceTotal')
    expect(m.expression).toContain('replacestr')
    // (decimals that are not all zero stay decimals)
    const d = await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Order Date': times.slice(0, 3), Total: ['12.500', '3.125', '7.000'] })
    expect(d.r.mappings.find((x) => x.source === 'Total')?.expression).toBeUndefined()
  })

  it("a PO number is the buyer's purchase order, and leaves the order's own number to the order number", async () => {
    const r = await suggestOn(E, { 'Order Number': ['SO-1', 'SO-2', 'SO-3'], 'PO Number': ['PO-1', 'PO-2', 'PO-3'], 'Order Date': times.slice(0, 3), Total: ['10.00', '12.00', '13.00'] })
    expect(r.to('PO Number')).toBe('commerce.order.purchaseOrderNumber')
    expect(r.to('Order Number')).toBe('commerce.order.purchaseID')
    const w = await suggestOn(E, { 'Order#': ['2000127', '2000190', '2000191'], 'PO#': ['1098537', '1088209', '1088210'], 'Order Date': times.slice(0, 3), Total: ['10.00', '12.00', '13.00'] })
    expect(w.to('Order#')).toBe('commerce.order.purchaseID')
  })

  it('Portuguese and Spanish points that lapsed or are about to', async () => {
    const pt = await suggestOn(P, { 'Saldo de pontos': ['822', '799', '0'], 'Pontos expirados': ['0', '150', '20'], 'Pontos a expirar': ['50', '0', '10'] })
    expect(pt.to('Pontos expirados')).toBe('loyalty.expiredPoints')
    expect(pt.to('Pontos a expirar')).toBe('loyalty.pointsExpiration[0].pointsExpiring')
    const es = await suggestOn(P, { 'Saldo de puntos': ['822', '799', '0'], 'Puntos caducados': ['0', '150', '20'] })
    expect(es.to('Puntos caducados')).toBe('loyalty.expiredPoints')
  })
})
