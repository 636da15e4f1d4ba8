// Rules of round 55 (tune1-119, first look on tune118-119; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['16/07/2023 14:04:39', '19/05/2023 11:10:18', '07/10/2023 03:57:34']
const mobiles = ['525567256830', '528147171652', '523354103791']

describe('round 55 (tune118-119)', () => {
  it("an SMS platform's message log (es, pt) ships nothing: its envío is the sending, its bare number the recipient, its carrier the network", async () => {
    const r = await suggestOn(E, {
      'ID Mensaje': ['m-1', 'm-2', 'm-3'], 'Fecha de envío': times, 'Número': mobiles, Mensaje: ['Su cita es mañana', 'Promo 2x1', 'Recordatorio'],
      'Tipo de envío': ['API', 'Masivo', 'API'], Operador: ['Telcel', 'AT&T', 'Movistar'], 'Fecha de entrega': times, Segmentos: ['1', '2', '1'], 'Centro de costos': ['Ventas', 'Clínica', 'Ventas'],
    })
    expect(r.to('Fecha de envío')).toBe('timestamp')
    expect(r.to('Número')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(r.to('Tipo de envío')).toBeUndefined()
    expect(r.to('Fecha de entrega')).toBeUndefined()
    const pt = await suggestOn(E, { 'ID da mensagem': ['m-1', 'm-2', 'm-3'], Mensagem: ['Olá', 'Promo', 'Lembrete'], Remetente: ['LOJA', 'LOJA', 'LOJA'], 'Data de envio': times, Destinatário: ['5511987654321', '5521998765432', '5531976543210'] })
    expect(pt.to('Data de envio')).toBe('timestamp')
    // (a parcel's carrier still ships goods: a shipment's date of dispatch stays the ship date)
    const parcels = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], Carrier: ['DHL', 'UPS', 'DPD'], 'Tracking Number': ['123456789012', '223456789012', '323456789012'], 'Ship Date': times, Total: ['10.00', '12.50', '9.90'] })
    expect(parcels.to('Ship Date')).toBe('commerce.shipping.shipDate')
  })

  it("a message report's bare phone number (pl) is the recipient; a call log's start is its time beside a flag naming a booking", async () => {
    const r = await suggestOn(E, { ID: ['1', '2', '3'], 'Numer telefonu': ['48889665172', '48608166201', '48661141578'], 'Treść wiadomości': ['Dzień dobry', 'Promocja', 'Przypomnienie'], Części: ['1', '2', '1'], Sieć: ['Orange', 'Play', 'Plus'] })
    expect(r.to('Numer telefonu')).toBe('endUserIDs._experience.phonenumberid.id')
    const calls = await suggestOn(E, { 'Call ID': ['c1', 'c2', 'c3'], 'Call Started At': ['2024-10-03T01:37:19.491Z', '2024-10-08T13:55:56.796Z', '2024-09-27T00:55:17.014Z'], Direction: ['outbound', 'outbound', 'inbound'], 'Meeting Booked': ['Yes', 'No', 'No'] })
    expect(calls.to('Call Started At')).toBe('timestamp')
  })

  it("Spanish fidelización is the loyalty programme's: its points are the balance", async () => {
    const r = await suggestOn(P, { 'Nº Cliente': ['1', '2', '3'], Nombre: ['Ana', 'Luis', 'Eva'], 'Puntos fidelización': ['235', '107', '1'] })
    expect(r.to('Puntos fidelización')).toBe('loyalty.points')
  })

  it("a tax's cuota (Cuota IVA) and the VAT contained in a gross amount (enthaltene MwSt., davon MwSt.) are the tax amount", async () => {
    for (const [h, other] of [['Cuota IVA', 'Base imponible'], ['enthaltene MwSt.', 'Preis brutto'], ['davon MwSt.', 'Betrag']] as const) {
      const r = await suggestOn(E, { 'Nº Factura': ['F-1', 'F-2', 'F-3'], Fecha: times, [other]: ['100,00', '50,00', '20,00'], [h]: ['21,00', '10,50', '4,20'], Total: ['121,00', '60,50', '24,20'] })
      expect(r.to(h), h).toBe('commerce.order.taxAmount')
    }
  })

  it("a line's extended price or amount is the line's total beside its unit price", async () => {
    for (const h of ['ExtendedPrice', 'Extended Amount', 'Ext Price']) {
      const r = await suggestOn(E, { OrderID: ['1', '2', '3'], ItemNumber: ['SKU-1', 'SKU-2', 'SKU-3'], Quantity: ['2', '1', '4'], Price: ['79.90', '238.00', '14.99'], [h]: ['159.80', '238.00', '59.96'], ShippingTotal: ['5.00', '0.00', '5.00'], GrandTotal: ['164.80', '238.00', '64.96'] })
      expect(r.to(h), h).toBe('productListItems[0].priceTotal')
    }
  })

  it("a company's legal representative (it, es, pt) is the contact person, in capitals too, and his tax code the person's", async () => {
    const r = await suggestOn(B, {
      Denominazione: ['Rossi Impianti S.r.l.', 'Bianchi Legno S.p.A.', 'Verdi Tech S.r.l.'], 'Codice fiscale': ['04675177973', '01262718613', '01061604318'],
      'Legale rappresentante': ['DE LUCA VALENTINA', 'LOMBARDI DAVIDE', 'MORETTI RICCARDO'], 'Codice fiscale rappresentante': ['DLCVLN71P68A794T', 'LMBDVD94H06B157G', 'MRTRCC54B11C933B'],
    })
    expect(r.to('Legale rappresentante')).toBe('person.name.fullName')
    expect(r.to('Codice fiscale rappresentante')).toBe('person.taxId')
    expect(r.to('Codice fiscale')).toBeUndefined()
    const es = await suggestOn(B, { 'Razón social': ['Talleres Gómez S.L.', 'Frutas Pérez S.A.', 'Nexo Digital S.L.'], 'Representante legal': ['María López García', 'Juan Martín Ruiz', 'Lucía Sánchez Gil'] })
    expect(es.to('Representante legal')).toBe('person.name.fullName')
  })

  it("in a B2B list the contact person's e-mail is the work e-mail, not the firm's mailbox beside it; a person's own beside a company's stays apart", async () => {
    const r = await suggestOn(B, { Firma: ['Eberle GmbH', 'Kunststoff AG', 'Weber KG'], 'E-Mail (Firma)': ['info@eberle.de', 'kontakt@kunststoff.de', 'info@weber.de'], Ansprechpartner: ['Marie Weber', 'Jonas Berg', 'Lena Koch'], 'E-Mail Ansprechpartner': ['marie.weber@eberle.de', 'j.berg@kunststoff.de', 'l.koch@weber.de'] })
    expect(r.to('E-Mail Ansprechpartner')).toBe('workEmail.address')
    expect(r.to('E-Mail (Firma)')).toBeUndefined()
    const own = await suggestOn(B, { companyName: ['Tyrell Ltda', 'Vandelay Inc', 'Initech SA'], personEmail: ['max@gmail.com', 'anna@gmx.de', 'paul@web.de'], companyEmail: ['f.becker@tyrell.com', 'm.schulz@vandelay.com', 's.schneider@initech.com'] })
    expect(own.to('companyEmail')).toBe('workEmail.address')
  })

  it('a country or currency named with its ISO code (billingcountryiso2a, CountryISO2, currencyiso3a) is the code', async () => {
    const r = await suggestOn(E, { orderreference: ['O-1', 'O-2', 'O-3'], mainamount: ['10.00', '20.00', '30.00'], currencyiso3a: ['GBP', 'GBP', 'EUR'], billingfirstname: ['Amy', 'Ben', 'Cat'], billingcountryiso2a: ['GB', 'GB', 'IE'] })
    expect(r.to('billingcountryiso2a')).toBe('commerce.billing.address.countryCode')
    const p = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], Total: ['10.00', '20.00', '30.00'], 'Billing City': ['Leeds', 'York', 'Cork'], Billing_Country_ISO2: ['GB', 'GB', 'IE'] })
    expect(p.to('Billing_Country_ISO2')).toBe('commerce.billing.address.countryCode')
  })
})
