// Rules of round 51 (tune103-108; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const days = ['01/07/2022', '02/02/2019', '21/06/2022', '14/03/2021']
const amounts = ['12.00', '13.50', '9.99', '45.10']

describe('round 51 (tune103-108)', () => {
  it("a bare date of a sales or invoices export is the event's time, to the day, read day-first when a day above 12 says so", async () => {
    for (const h of ['Date', 'Fecha', 'Transaction Date', 'Invoice Date']) {
      const r = await suggestOn(E, { Number: ['F-1', 'F-2', 'F-3', 'F-4'], [h]: days, Customer: ['Acme', 'Globex', 'Initech', 'Umbrella'], Total: amounts })
      expect(r.to(h)).toBe('timestamp')
      // (01/07/2022 is the first of July: read by date() day-first, never by the converters month-first)
      expect(r.r.mappings.find((m) => m.source === h)?.expression).toBe(`date(\${${h}}, "dd/MM/yyyy")`)
    }
  })

  it("... not an analytics report's day, nor an invoice's date beside the order's; a date beside its own time column is read with it", async () => {
    // (round 57: the date and its time of day make the instant together, by one expression)
    const split = await suggestOn(E, { Date: days, Time: ['10:11:12', '09:00:00', '16:45:00', '08:00:00'], Gross: amounts, 'Transaction ID': ['t1', 't2', 't3', 't4'] })
    expect(split.to('Date')).toBe('timestamp')
    expect(split.r.mappings.find((m) => m.source === 'Date')?.expression).toBe('date(trim(concat(${Date}, " ", ${Time})), "dd/MM/yyyy H:mm:ss", date(${Date}, "dd/MM/yyyy", null))')
    const report = await suggestOn(E, { Date: days, 'Page path': ['/a', '/b', '/c', '/d'], Sessions: ['10', '20', '30', '40'], Browser: ['Chrome', 'Safari', 'Firefox', 'Edge'] })
    expect(report.to('Date')).toBeUndefined()
    const order = await suggestOn(E, { 'Order No': ['S1', 'S2', 'S3', 'S4'], 'Order Date': ['31 Jul 2019', '22 Sep 2021', '28 Aug 2024', '01 Jan 2020'], 'Invoice Date': days, Total: amounts })
    expect(order.to('Invoice Date')).toBeUndefined()
  })

  it('a bare shipping column of an order export holding carriers is the shipping method; a recipient of names is not', async () => {
    const cs = await suggestOn(E, { 'Číslo objednávky': ['1', '2', '3', '4', '5'], Produkt: ['A', 'B', 'C', 'D', 'E'], Cena: amounts.concat(['5.00']),
      Doprava: ['PPL', 'Česká pošta', 'PPL', 'Zásilkovna', 'PPL'] })
    expect(cs.to('Doprava')).toBe('commerce.shipping.shippingMethod')
    const nl = await suggestOn(E, { Bestelnummer: ['1', '2', '3', '4', '5'], Product: ['A', 'B', 'C', 'D', 'E'], Totaal: amounts.concat(['5.00']),
      Verzending: ['Jan de Vries', 'Piet Bakker', 'Anna Smit', 'Kees Visser', 'Eva Mulder'] })
    expect(nl.to('Verzending')).not.toBe('commerce.shipping.shippingMethod')
  })

  it('the UTM campaign is the marketing campaign beside a bare (fundraising) campaign', async () => {
    const r = await suggestOn(E, { 'Donation ID': ['d1', 'd2', 'd3'], Amount: ['10.00', '25.00', '50.00'], Campaign: ['Spring appeal', 'Gala', 'Spring appeal'], 'UTM campaign': ['yea2024', 'fb-ads', 'yea2024'] })
    expect(r.to('UTM campaign')).toBe('marketing.campaignName')
    expect(r.to('Campaign')).toBeUndefined()
  })

  it('a landing page holding addresses is the page URL; a device make is the device maker; a brand of no device is none', async () => {
    const lead = await suggestOn(E, { 'Lead ID': ['1', '2', '3'], 'Landing Page': ['https://a.com/x/', 'https://a.com/y/', 'https://a.com/x/'], 'Device Make': ['Apple', 'Google', 'Samsung'] })
    expect(lead.to('Landing Page')).toBe('web.webPageDetails.URL')
    expect(lead.to('Device Make')).toBe('device.manufacturer')
    const tickets = await suggestOn(E, { 'Ticket ID': ['1', '2', '3'], Subject: ['Help', 'Refund', 'Login'], Brand: ['Acme Support', 'Globex Help', 'Acme Support'], Status: ['open', 'closed', 'open'] })
    expect(tickets.to('Brand')).toBeUndefined()
  })

  it('vocabulary: Swedish billing and delivery addresses, Hungarian possessives and genders, Norwegian cards and bonus used, German refunds and payment options, Spanish tax ids, IGV and expiring points, lifetime and spent points', async () => {
    const sv = await suggestOn(P, { Förnamn: ['Anna', 'Erik', 'Sara'], 'Fakturaadress postnummer': ['211 20', '753 20', '114 51'], 'Leveransadress ort': ['Malmö', 'Uppsala', 'Stockholm'] })
    expect(sv.to('Fakturaadress postnummer')).toBe('billingAddress.postalCode')
    expect(sv.to('Leveransadress ort')).toBe('shippingAddress.city')
    const hu = await suggestOn(E, { Számlaszám: ['BZ-1', 'BZ-2', 'BZ-3'], 'Vevő irányítószáma': ['4025', '6720', '7621'], 'Vevő települése': ['Debrecen', 'Szeged', 'Pécs'], Összeg: amounts.slice(0, 3) })
    expect(hu.to('Vevő irányítószáma')).toBe('commerce.billing.address.postalCode')
    expect(hu.to('Vevő települése')).toBe('commerce.billing.address.city')
    const gender = await suggestOn(P, { 'E-mail': ['a@b.hu', 'c@d.hu', 'e@f.hu'], Nem: ['Nő', 'Férfi', 'Nő'] })
    expect(gender.to('Nem')).toBe('person.gender')
    const nb = await suggestOn(P, { Fornavn: ['Ola', 'Kari', 'Per'], Kortnr: ['7080351337', '7080725261', '7080575112'], Bonuspoeng: ['120', '80', '45'], 'Brukt bonus': ['887', '159', '17'] })
    expect(nb.to('Kortnr')).toBe('loyalty.cardsDetails[0].number')
    expect(nb.to('Brukt bonus')).toBe('loyalty.pointsRedeemed')
    const de = await suggestOn(E, { 'Transaktions-ID': ['t1', 't2', 't3'], Betrag: ['12,00', '13,50', '9,99'], Zahlungsoption: ['Rechnung', 'Kreditkarte', 'PayPal'], 'Erstatteter Betrag': ['0,00', '13,50', '0,00'] })
    expect(de.to('Zahlungsoption')).toBe('commerce.order.payments[0].paymentType')
    expect(de.to('Erstatteter Betrag')).toBe('commerce.order.refundTotal')
    const es = await suggestOn(P, { Nombre: ['Ana', 'Luis', 'Sofía'], RUT: ['12.345.678-5', '9.876.543-2', '15.111.222-K'], Puntos: ['100', '200', '300'], 'Puntos por vencer': ['10', '0', '25'] })
    expect(es.to('RUT')).toBe('person.taxId')
    expect(es.to('Puntos por vencer')).toBe('loyalty.pointsExpiration[0].pointsExpiring')
    const pe = await suggestOn(E, { serie: ['F001', 'F001', 'F002'], total_gravada: ['100.00', '50.00', '20.00'], total_igv: ['18.00', '9.00', '3.60'], total: ['118.00', '59.00', '23.60'] })
    expect(pe.to('total_igv')).toBe('commerce.order.taxAmount')
    const points = await suggestOn(P, { Email: ['a@b.com', 'c@d.com', 'e@f.com'], 'Rewards Points': ['5', '6', '7'], 'All-Time Points': ['100', '200', '300'], 'Points Spent on Prizes': ['10', '20', '30'] })
    expect(points.to('All-Time Points')).toBe('loyalty.lifetimePoints')
    expect(points.to('Points Spent on Prizes')).toBe('loyalty.pointsRedeemed')
  })

  it('an order value in Polish is the order total', async () => {
    const r = await suggestOn(E, { 'Numer zamówienia': ['1', '2', '3'], 'Nazwa produktu': ['A', 'B', 'C'], Ilość: ['1', '2', '1'], 'Wartość brutto': ['37,00', '267,00', '134,10'], 'Wartość zamówienia': ['55,99', '267,00', '153,09'] })
    expect(r.to('Wartość zamówienia')).toBe('commerce.order.priceTotal')
  })
})
