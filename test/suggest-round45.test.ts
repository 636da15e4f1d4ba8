// Rules of rounds 45-48 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const dates = ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z']
const days = ['2024-05-02', '2023-11-03', '2022-01-04']

describe('round 45 (tune85-87)', () => {
  it("a CRM's Create Date, Modify Date and Update date/time are the record's audit dates; Registration Date its creation", async () => {
    const crm = await suggestOn(B, { 'Contact ID': ['C1', 'C2', 'C3'], 'First Name': ['Ann', 'Bob', 'Cy'], Company: ['Acme Inc', 'Globex LLC', 'Initech Corp'], 'Job Title': ['CEO', 'CTO', 'COO'],
      'Create Date': days, 'Modify Date': days })
    expect(crm.to('Create Date')).toBe('extSourceSystemAudit.createdDate')
    expect(crm.to('Modify Date')).toBe('extSourceSystemAudit.lastUpdatedDate')
    const reg = await suggestOn(B, { 'Contact ID': ['C1', 'C2', 'C3'], Company: ['Acme Inc', 'Globex LLC', 'Initech Corp'], 'Job Title': ['CEO', 'CTO', 'COO'], 'Registration Date': days, 'Update date/time': dates })
    expect(reg.to('Registration Date')).toBe('extSourceSystemAudit.createdDate')
    expect(reg.to('Update date/time')).toBe('extSourceSystemAudit.lastUpdatedDate')
  })

  it("a message log's price, currency and units are no order's; the number it went to is the phone identity; a Sid is the id", async () => {
    const twilio = { Sid: ['SM0a1b2c3d4e5f', 'SM1b2c3d4e5f6a', 'SM2c3d4e5f6a7b'], From: ['+14155550100', '+14155550100', '+14155550100'], To: ['+14155550123', '+447700900123', '+14155550987'],
      Body: ['Your code is 1234', 'Hi there', 'See you soon'], Status: ['delivered', 'failed', 'delivered'], Direction: ['outbound-api', 'outbound-api', 'inbound'],
      Price: ['-0.0079', '-0.0079', '-0.0400'], PriceUnit: ['USD', 'USD', 'USD'], Units: ['1', '2', '1'] }
    const t = await suggestOn(E, twilio)
    expect(t.to('Price')).toBeUndefined()
    expect(t.to('PriceUnit')).toBeUndefined()
    expect(t.to('Units')).toBeUndefined()
    expect(t.to('To')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(t.to('Sid')).toBe('_id')
    // (digits without a plus, as Bird and Infobip write them)
    const bird = await suggestOn(E, { ID: ['m1', 'm2', 'm3'], Recipient: ['447444259982', '447294218569', '447452017894'], Body: ['Hi', 'Code 12', 'Bye'], Direction: ['mt', 'mt', 'mo'], Price: ['0.05', '0.05', '0.07'], Currency: ['EUR', 'EUR', 'EUR'] })
    expect(bird.to('Recipient')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(bird.to('Currency')).toBeUndefined()
    // (a call log's "To" may be the business's line; an order export's price stays the order's)
    const call = await suggestOn(E, { 'Call SID': ['c1', 'c2', 'c3'], From: ['+14155550123', '+447700900123', '+14155550987'], To: ['+14155550100', '+14155550100', '+14155550100'], Direction: ['inbound', 'inbound', 'outbound'], 'Message Text': ['a', 'b', 'c'] })
    expect(call.to('To')).toBeUndefined()
    const order = await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Message to buyer': ['Thanks', 'Hi', 'Gift'], 'Message template': ['a', 'b', 'c'], Total: ['12.50', '13.00', '9.99'], Currency: ['EUR', 'EUR', 'USD'] })
    expect(order.to('Total')).toBe('commerce.order.priceTotal')
    expect(order.to('Currency')).toBe('commerce.order.currencyCode')
  })
})

describe('rounds 46-47 (tune88-96)', () => {
  it('a column of percentages is a rate, no amount; a tax named with its rate is the amount', async () => {
    const es = await suggestOn(E, { 'Nº factura': ['F-1', 'F-2', 'F-3'], Fecha: ['2024-05-02', '2024-05-03', '2024-05-04'], Base: ['100,00', '20,00', '55,00'], '% IVA': ['21,00', '21,00', '10,00'], 'Cuota IVA': ['21,00', '4,20', '5,50'], Total: ['121,00', '24,20', '60,50'] })
    expect(es.to('% IVA')).toBeUndefined()
    const de = await suggestOn(E, { Auftragsnummer: ['A1', 'A2', 'A3'], Artikel: ['Tee', 'Cap', 'Mug'], Menge: ['1', '2', '1'], 'Rabatt %': ['10', '0', '5'], Gesamtbetrag: ['12,50', '13,00', '9,99'] })
    expect(de.to('Rabatt %')).toBeUndefined()
    const rate = await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Order Total': ['120.00', '24.00', '60.00'], 'VAT 20%': ['20.00', '4.00', '10.00'] })
    expect(rate.to('VAT 20%')).toBe('commerce.order.taxAmount')
  })

  it('quantities written with two decimals stay quantities', async () => {
    const it_ = await suggestOn(E, { 'Numero doc.': ['1', '2', '3'], Descrizione: ['Caldaia', 'Consulenza', 'Stampa'], Quantità: ['2,00', '1,00', '4,00'], Prezzo: ['120,00', '80,00', '3,80'] })
    expect(it_.to('Quantità')).not.toBe('commerce.order.priceTotal')
  })

  it('points accumulated are the points ever earned (es, pt, fr); a Swiss NPA is the postcode', async () => {
    for (const [h, bal, used, name] of [['Puntos acumulados', 'Puntos', 'Puntos canjeados', 'Nombre'], ['Pontos acumulados', 'Pontos', 'Pontos resgatados', 'Nome'], ['Points cumulés', 'Points', 'Points utilisés', 'Nom']]) {
      const r = await suggestOn(P, { [name!]: ['Thiago Souza', 'Júlia Souza', 'Ana Lima'], 'E-mail': ['a@x.com', 'b@y.com', 'c@z.com'], Status: ['Inativo', 'Ativo', 'Ativo'],
        [bal!]: ['20', '226', '365'], [h!]: ['1422', '1182', '1479'], [used!]: ['1767', '1251', '1701'] })
      expect(r.to(h!), h).toBe('loyalty.lifetimePoints')
    }
    const ch = await suggestOn(P, { Nom: ['Favre', 'Rochat', 'Meylan'], Prénom: ['Luc', 'Anne', 'Marc'], Rue: ['Rue du Lac 4', 'Av. de la Gare 12', 'Ch. des Vignes 3'], NPA: ['1003', '1201', '2000'], Localité: ['Lausanne', 'Genève', 'Neuchâtel'] })
    expect(ch.to('NPA')).toMatch(/^(homeAddress|mailingAddress)\.postalCode$/)
  })

  it("the customer's or buyer's address of an order or a payment is the billing address", async () => {
    const pay = await suggestOn(E, { 'Transaction ID': ['t1', 't2', 't3'], Amount: ['10.00', '12.50', '9.90'], 'Card Type': ['Visa', 'Mastercard', 'Visa'], 'Customer Street': ['12 Smith St', '88 George St', '7 Hay St'], 'Customer City': ['Fitzroy', 'Sydney', 'Subiaco'], 'Customer Postcode': ['3065', '2000', '6008'] })
    expect(pay.to('Customer Street')).toBe('commerce.billing.address.street1')
    expect(pay.to('Customer City')).toBe('commerce.billing.address.city')
    expect(pay.to('Customer Postcode')).toBe('commerce.billing.address.postalCode')
    const order = await suggestOn(E, { 'Order ID': ['1', '2', '3'], Total: ['10.00', '12.50', '9.90'], 'Tracking Number': ['1', '2', '3'], 'Buyer City': ['Austin', 'Dallas', 'Waco'], 'Ship To City': ['Austin', 'Plano', 'Waco'] })
    expect(order.to('Buyer City')).toBe('commerce.billing.address.city')
    expect(order.to('Ship To City')).toBe('commerce.shipping.address.city')
  })
})

describe('round 48 (tune97-99)', () => {
  it("a place behind \"destino\" (Ciudad destino, CEP Destino) is the shipping address's; a shipments export's price is the shipping amount", async () => {
    const mx = await suggestOn(E, { 'ID Envío': ['E1', 'E2', 'E3'], Paquetería: ['DHL', 'FedEx', 'Estafeta'], 'Número de guía': ['1', '2', '3'], 'Calle destino': ['Av. Insurgentes Sur 1602', 'Calle Morelos 215', 'Calle 60 No. 455'],
      'Ciudad destino': ['Guadalajara', 'Monterrey', 'Mérida'], 'Estado destino': ['JAL', 'NL', 'YUC'], 'País destino': ['MX', 'MX', 'MX'], 'Costo total': ['189.50', '245.00', '310.20'] })
    expect(mx.to('Calle destino')).toBe('commerce.shipping.address.street1')
    expect(mx.to('Ciudad destino')).toBe('commerce.shipping.address.city')
    expect(mx.to('Estado destino')).toBe('commerce.shipping.address.stateProvince')
    expect(mx.to('País destino')).toBe('commerce.shipping.address.countryCode')
    expect(mx.to('Costo total')).toBe('commerce.shipping.shippingAmount')
    const br = await suggestOn(E, { Pedido: ['1', '2', '3'], 'CEP Destino': ['01310-100', '20040-020', '30130-010'], 'Cidade Destino': ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte'] })
    expect(br.to('CEP Destino')).toBe('commerce.shipping.address.postalCode')
    // (beside goods the total stays the order's)
    const order = await suggestOn(E, { 'Order ID': ['1', '2', '3'], Carrier: ['UPS', 'DHL', 'UPS'], 'Tracking Number': ['1', '2', '3'], Product: ['Tee', 'Cap', 'Mug'], Total: ['12.50', '13.00', '9.99'] })
    expect(order.to('Total')).toBe('commerce.order.priceTotal')
  })
})
