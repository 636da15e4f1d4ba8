// Rules of round 53 (tune1-114, first look on tune112-114; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { amountOf, lineTotalColumns } from '../src/suggest/lines.js'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00']
const amounts = ['12.00', '13.50', '9.99']

describe('round 53 (tune112-114)', () => {
  it("an order's creation time is the event's timestamp, before a later date chosen by its values alone", async () => {
    for (const [created, later] of [['Data de criação', 'Data de pagamento'], ['Created At', 'Sent At'], ['Fecha de creación', 'Fecha de aprobación']] as const) {
      const r = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], [created]: times, [later]: ['2024-05-02 11:00:00', '2024-05-03 10:00:00', '2024-05-04 17:00:00'], Total: amounts })
      expect(r.to(created), created).toBe('timestamp')
      expect(r.to(later), later).toBeUndefined()
    }
    // (a created date without its time stays the order's: a date is no event time)
    const day = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], 'Order Date': ['05/02/2024', '05/03/2024', '05/14/2024'], 'Review Date': times, Rating: ['5', '4', '3'] })
    expect(day.to('Order Date')).toBe('commerce.order.createdDate')
    expect(day.to('Review Date')).toBe('timestamp')
  })

  it("in a points programme's export a member's tier and points are the programme's; a club's membership level is not", async () => {
    const r = await suggestOn(P, { 'Member Tier': ['Silver', 'Gold', 'Platinum'], 'Member Points': ['300', '467', '575'], Email: ['a@x.example', 'b@x.example', 'c@x.example'] })
    expect(r.to('Member Tier')).toBe('loyalty.tier')
    expect(r.to('Member Points')).toBe('loyalty.points')
    const club = await suggestOn(P, { 'Membership level': ['Individual', 'Family', 'Student'], 'Membership card': ['1001', '1002', '1003'], Email: ['a@x.example', 'b@x.example', 'c@x.example'] })
    expect(club.to('Membership level')).toBeUndefined()
  })

  it('points written with zero cents are points (Pospal 积分 5220.00); points with cents are money', async () => {
    const r = await suggestOn(P, { 积分: ['5220.00', '442.00', '1862.00'], 会员等级: ['金卡', '银卡', '金卡'] })
    expect(r.to('积分')).toBe('loyalty.points')
    const cents = await suggestOn(P, { Points: ['52.10', '442.35', '1862.99'], Tier: ['Gold', 'Silver', 'Gold'] })
    expect(cents.to('Points')).toBeUndefined()
  })

  it('courtesy titles are no product name; a delivery status is no state', async () => {
    const r = await suggestOn(E, { 'Booking Ref': ['B-1', 'B-2', 'B-3'], Title: ['Ms', 'Mr', 'Mrs'], 'First Name': ['Ann', 'Bob', 'Cy'], Product: ['Tour', 'Tour', 'Show'], Total: amounts })
    expect(r.to('Title')).toBeUndefined()
    const es = await suggestOn(E, { 'ID servicio': ['S-1', 'S-2', 'S-3'], Estado: ['Finalizado', 'En curso', 'Cancelado'], Ciudad: ['Bogotá', 'Cali', 'Medellín'], Tarifa: ['6.900', '7.900', '8.900'] })
    expect(es.to('Estado')).toBeUndefined()
    // (two capitals are a country's code, though MX is also a courtesy title)
    const mx = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], 'País destino': ['MX', 'MX', 'MX'], Total: amounts })
    expect(mx.to('País destino')).toBe('commerce.shipping.address.countryCode')
  })

  it("a message log's send time is the event's timestamp (en, fr, es), unless a column names the message's creation", async () => {
    for (const h of ['Send At', 'Sent Date', "Date d'envoi", 'Fecha de envío']) {
      const r = await suggestOn(E, { 'Message ID': ['m1', 'm2', 'm3'], Recipient: ['+447700900123', '+447700900124', '+447700900125'], Message: ['Hi', 'Code 1234', 'Bye'], [h]: times, 'Delivered At': times })
      expect(r.to(h), h).toBe('timestamp')
    }
    const created = await suggestOn(E, { 'Message ID': ['m1', 'm2', 'm3'], Message: ['Hi', 'Code 1234', 'Bye'], 'Created At': times, 'Sent At': times })
    expect(created.to('Sent At')).not.toBe('timestamp')
  })

  it("e-mail dates (RFC 1123) and dates with a zone's abbreviation are read by date() with their pattern", async () => {
    const cases: [string[], string][] = [
      [['Wed, 29 Nov 2023 20:29:40 +0000', 'Sun, 13 Aug 2023 06:13:49 +0000', 'Mon, 02 Jan 2023 01:02:03 +0000'], 'EEE, d MMM yyyy HH:mm:ss Z'],
      [['Apr 24, 2022 3:49 PM PDT', 'Jun 19, 2019 7:20 AM PDT', 'Nov 6, 2020 7:09 PM PST'], 'MMM d, yyyy h:mm a z'],
      [['2020-04-19 18:53 UTC', '2023-08-16 22:58 UTC', '2023-10-05 04:04 UTC'], 'yyyy-MM-dd HH:mm z'],
    ]
    for (const [values, pattern] of cases) {
      const r = await suggestOn(E, { 'Event ID': ['e1', 'e2', 'e3'], 'Event Date': values, Revenue: amounts })
      const m = r.r.mappings.find((x) => x.source === 'Event Date')
      expect(m?.destination, pattern).toBe('timestamp')
      expect(m?.expression, pattern).toBe(`date(\${Event Date}, "${pattern}")`)
    }
  })

  it("a sales document's bare number first is its purchase ID, and an order's number after it the customer's order (es, ro, pl)", async () => {
    for (const [no, ord] of [['Número', 'Número de pedido'], ['Numar', 'Numar comanda'], ['Numer', 'Numer zamówienia']] as const) {
      const r = await suggestOn(E, { [no]: ['2024-07463', '2023-09034', '2022-06030'], Data: ['02/05/2024', '03/05/2024', '14/05/2024'], [ord]: ['PO-88', 'PO-91', 'PO-95'], IVA: ['2.10', '3.15', '1.05'], Total: amounts })
      expect(r.to(no), no).toBe('commerce.order.purchaseID')
      expect(r.to(ord), ord).toBe('commerce.order.purchaseOrderNumber')
    }
    // (a bare number of an export without taxed amounts is no document's)
    const plain = await suggestOn(E, { Número: ['2024-07463', '2023-09034', '2022-06030'], Nombre: ['Ana', 'Luis', 'Eva'], Estado: ['Activo', 'Activo', 'Baja'] })
    expect(plain.to('Número')).not.toBe('commerce.order.purchaseID')
  })

  it("a column holding quantity times unit price is the line's total, whatever its name; not a column naming the order, nor where rows carry shipping", async () => {
    const cols = { Bestellnummer: ['B-1', 'B-2', 'B-3'], Artikelnummer: ['AB-1', 'AB-2', 'AB-3'], Menge: ['2', '1', '3'], 'Preis pro Stück': ['10,00', '5,50', '3,00'], 'Gesamtpreis brutto': ['20,00', '5,50', '9,00'] }
    const r = await suggestOn(E, cols)
    expect(r.to('Gesamtpreis brutto')).toBe('productListItems[0].priceTotal')
    expect(r.why('Gesamtpreis brutto')).toContain("quantity times its unit price")
    const shipped = await suggestOn(E, { ...cols, Versandkosten: ['4,90', '4,90', '0,00'] })
    expect(shipped.to('Gesamtpreis brutto')).toBe('commerce.order.priceTotal')
    const off = await suggestOn(E, { ...cols, 'Gesamtpreis brutto': ['25,00', '5,50', '9,00'] })
    expect(off.to('Gesamtpreis brutto')).toBe('commerce.order.priceTotal')
  })

  it('amounts are read as exports write them; line totals need two rows with more than one item', () => {
    expect(amountOf('1.234,56')).toBe(1234.56)
    expect(amountOf('1,234.56')).toBe(1234.56)
    expect(amountOf('€12,50')).toBe(12.5)
    expect(amountOf('45 000 Ft')).toBe(45000)
    expect(amountOf('3.024.000')).toBe(3024000)
    expect(amountOf('-5.00')).toBe(-5)
    expect(amountOf('n/a')).toBeNaN()
    const words = [['quantity'], ['unit', 'price'], ['total']]
    expect([...lineTotalColumns(words, [['2', '10', '20'], ['3', '1', '3'], ['1', '4', '4']])]).toEqual([2])
    expect([...lineTotalColumns(words, [['1', '10', '10'], ['2', '1', '2'], ['1', '4', '4']])]).toEqual([])
  })

  it("a payer's address is the billing address, a payer's e-mail the person's (fr, es, ms)", async () => {
    const fr = await suggestOn(E, { 'Numéro de commande': ['C-1', 'C-2', 'C-3'], 'Email payeur': ['ann@x.example', 'bob@x.example', 'cy@x.example'], 'Adresse payeur': ['86 rue de la Paix', '3 place Bellecour', '12 rue Nationale'], 'Ville payeur': ['Paris', 'Lyon', 'Lille'], Montant: amounts })
    expect(fr.to('Adresse payeur')).toBe('commerce.billing.address.street1')
    expect(fr.to('Ville payeur')).toBe('commerce.billing.address.city')
    expect(fr.to('Email payeur')).toBe('endUserIDs._experience.emailid.id')
    for (const h of ['Email del pagador', 'E-mel Pembayar']) {
      const r = await suggestOn(E, { 'ID': ['p1', 'p2', 'p3'], [h]: ['ann@x.example', 'bob@x.example', 'cy@x.example'], Monto: amounts })
      expect(r.to(h), h).toBe('endUserIDs._experience.emailid.id')
    }
  })

  it("a recording's, a receipt's or a review's URL is no web interaction; a clicked link is", async () => {
    for (const h of ['Recording URL', 'Receipt URL', 'Review URL', 'Meeting URL']) {
      const r = await suggestOn(E, { 'Record ID': ['r1', 'r2', 'r3'], [h]: ['https://x.example/a/1', 'https://x.example/a/2', 'https://x.example/a/3'], 'Created At': times })
      expect(r.to(h), h).not.toBe('web.webInteraction.URL')
    }
    const click = await suggestOn(E, { 'Message ID': ['m1', 'm2', 'm3'], 'Clicked URL': ['https://x.example/a/1', 'https://x.example/a/2', 'https://x.example/a/3'], 'Created At': times })
    expect(click.to('Clicked URL')).toBe('web.webInteraction.URL')
  })

  it('loyalty words of Japanese, Chinese and Thai member lists', async () => {
    const ja = await suggestOn(P, { 会員ID: ['M1', 'M2', 'M3'], カード番号: ['2801027467442', '2801056521368', '2801065950226'], 現在ポイント: ['3961', '3310', '1404'], 累計ポイント: ['19460', '22563', '29573'] })
    expect(ja.to('カード番号')).toBe('loyalty.cardsDetails[0].number')
    expect(ja.to('現在ポイント')).toBe('loyalty.points')
    expect(ja.to('累計ポイント')).toBe('loyalty.lifetimePoints')
    const zh = await suggestOn(P, { 积分: ['5220', '442', '1862'], 开卡日期: times })
    expect(zh.to('开卡日期')).toBe('loyalty.joinDate')
    const th = await suggestOn(P, { ระดับสมาชิก: ['Silver', 'Gold', 'Platinum'], คะแนนคงเหลือ: ['300', '467', '575'], คะแนนสะสมทั้งหมด: ['1943', '3690', '2023'], คะแนนที่ใช้ไป: ['2019', '3001', '1146'] })
    expect(th.to('คะแนนคงเหลือ')).toBe('loyalty.points')
    expect(th.to('คะแนนสะสมทั้งหมด')).toBe('loyalty.lifetimePoints')
    expect(th.to('คะแนนที่ใช้ไป')).toBe('loyalty.pointsRedeemed')
    const en = await suggestOn(P, { Tier: ['Gold', 'Silver', 'Gold'], Points: ['300', '467', '575'], 'Points Used': ['20', '30', '11'], 'Cumulative Points': ['1943', '3690', '2023'] })
    expect(en.to('Points Used')).toBe('loyalty.pointsRedeemed')
    expect(en.to('Cumulative Points')).toBe('loyalty.lifetimePoints')
  })
})
