// Rules of round 21 (each test fails with its rule removed), checked on made-up headers: codes written in lower case,
// a payment method in the product's own words, an order's date without a time, "placed", dotted names whose last
// segment says nothing alone, marketplace order lines without totals, an order export's place words without a street,
// payment statuses in Spanish, and a number sign glued to its word.
import { describe, expect, it } from 'vitest'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../src/index.js'
import { suggestFrom, toMappingSet } from '../src/suggest/index.js'
import { profileColumn } from '../src/suggest/profile.js'
import { ROOT } from './helpers/fixtures.js'
import { catalogOf, EVENT_RICH as E, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round21-')

describe('codes written in lower case', () => {
  const cols = {
    'Order ID': ['order_01HV2', 'order_01HV3', 'order_01HV4', 'order_01HV5'],
    'Created At': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
    'Currency Code': ['eur', 'usd', 'eur', 'gbp'],
    'Shipping Country Code': ['de', 'us', 'fr', 'gb'],
    'Shipping City': ['Berlin', 'Austin', 'Lyon', 'Leeds'],
    'Total': ['42.50', '19.90', '120.00', '7.25'],
  }

  it('go to the code fields, read by upper()', async () => {
    const { r, to, why } = await suggestOn(E, cols)
    expect(to('Currency Code')).toBe('commerce.order.currencyCode')
    expect(to('Shipping Country Code')).toBe('commerce.shipping.address.countryCode')
    expect(why('Currency Code')).toContain('upper()')
    expect(r.mappings.find((m) => m.source === 'Currency Code')?.expression).toBe('upper(${Currency Code})')
    // (codes already in capitals need no expression)
    const caps = await suggestOn(E, { ...cols, 'Currency Code': ['EUR', 'USD', 'EUR', 'GBP'] })
    expect(caps.r.mappings.find((m) => m.source === 'Currency Code')?.expression).toBeUndefined()
  })

  it('and run writes them in capitals', async () => {
    const header = Object.keys(cols)
    const rows = Array.from({ length: 4 }, (_, i) => header.map((h) => cols[h as keyof typeof cols][i % cols[h as keyof typeof cols].length]!))
    const r = suggestFrom(header, rows, await catalogOf(E))
    const dir = join(base, 'upper')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.csv'), [header, ...rows].map((x) => x.join(',')).join('\n') + '\n')
    const set = toMappingSet(r)
    // (the record's _id from the order's id)
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ ...set, mappings: [...set.mappings.filter((m) => m.destination !== '_id'), { sourceType: 'ATTRIBUTE', source: 'Order ID', destination: '_id' }] }))
    const report = await run({ input: join(dir, 'in.csv'), schema: join(ROOT, E), mapping: join(dir, 'mapping.json'), out: join(dir, 'out'), threads: 0 })
    expect(report.counts.written, JSON.stringify(report)).toBe(4)
    const recs = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { commerce: { order: { currencyCode: string }; shipping: { address: { countryCode: string } } } })
    expect(recs.map((x) => x.commerce.order.currencyCode)).toEqual(['EUR', 'USD', 'EUR', 'GBP'])
    expect(recs.map((x) => x.commerce.shipping.address.countryCode)).toEqual(['DE', 'US', 'FR', 'GB'])
  })
})

describe('payments and orders', () => {
  it("a payment method in the product's own words is the payment type", async () => {
    const { to } = await suggestOn(E, {
      'Numer zamówienia': ['ZAM-1001', 'ZAM-1002', 'ZAM-1003', 'ZAM-1004'],
      'Data': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Kwota': ['129,00', '49,90', '15,00'],
      'Metoda płatności': ['Przelew tradycyjny', 'BLIK', 'Płacę z iPKO', 'mTransfer'],
    })
    expect(to('Metoda płatności')).toBe('commerce.order.payments[0].paymentType')
    // (numbers under such a name are no method)
    const nums = await suggestOn(E, { 'Order Number': ['A-1', 'A-2', 'A-3'], 'Order Total': ['10.00', '12.50', '9.99'], 'Payment Method': ['1', '2', '3', '2'] })
    expect(nums.to('Payment Method')).toBeUndefined()
  })

  // (round 60: where no column of date-times is left for the event's required timestamp, the order's day fills it)
  it("an order's date without a time is the order's day (the event's timestamp when nothing else fills it); 'placed' is its creation", async () => {
    const a = await suggestOn(E, {
      'Order#': ['200012705413174', '200019016817258', '200011111111111', '200022222222222'],
      'Order Date': ['12/03/2023', '10/02/2024', '05/16/2020'],
      'Item Cost': ['119.91', '20.00', '35.50'],
      'Tax': ['9.89', '1.60', '2.84'],
    })
    expect(a.to('Order Date')).toBe('timestamp')
    // (a number sign glued to its word: "Order#" is the order number)
    expect(a.to('Order#')).toBe('commerce.order.purchaseID')
    const b = await suggestOn(E, {
      'Number': ['R123456', 'R123457', 'R123458'],
      'Placed at': ['2023-08-19 10:11:47', '2020-02-28 01:03:58', '2021-01-02 12:00:00'],
      'Shipment at': ['2023-08-20 09:00:00', '2020-03-01 10:00:00', '2021-01-04 08:30:00'],
      'Item total': ['30.00', '45.00', '12.00'],
      'Tax total': ['2.40', '3.60', '0.96'],
    })
    expect(b.to('Placed at')).toBe('timestamp')
    expect(b.why('Placed at')).toContain('[created]')
  })

  it("a dotted name's generic last segments are read with their parent", async () => {
    const { to } = await suggestOn(E, {
      'id': ['T3JkZXI6MQ==', 'T3JkZXI6Mg==', 'T3JkZXI6Mw=='],
      'created': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
      'billingAddress.city': ['Austin', 'Denver', 'Boston'],
      'billingAddress.country.code': ['US', 'US', 'CA'],
      'total.gross.amount': ['33.51', '233.43', '94.72'],
      'total.tax.amount': ['4.56', '36.48', '7.01'],
    })
    expect(to('billingAddress.country.code')).toBe('commerce.billing.address.countryCode')
    expect(to('total.gross.amount')).toBe('commerce.order.priceTotal')
    expect(to('total.tax.amount')).toBe('commerce.order.taxAmount')
  })

  it("marketplace order lines without totals are an order export: the brand is no device's, the region the buyer's", async () => {
    const { to } = await suggestOn(E, {
      'Дата': ['2024-05-02T10:11:12', '2024-05-03T09:00:00', '2024-05-04T16:45:00'],
      'Артикул продавца': ['WB-TS-01', 'WB-TS-02', 'WB-SH-11', 'WB-SH-12'],
      'Бренд': ['Nike', 'Adidas', 'Puma', 'Zara'],
      'Цена': ['1299.00', '2499.00', '899.00'],
      'Страна': ['Россия', 'Россия', 'Казахстан'],
      'Регион': ['Нижегородская область', 'Республика Татарстан', 'Московская область'],
    })
    expect(to('Бренд')).toBeUndefined()
    expect(to('Страна')).toBe('commerce.shipping.address.country')
    expect(['commerce.shipping.address.stateProvince', 'commerce.shipping.address.state']).toContain(to('Регион'))
  })

  it('a Spanish payment status is no state, even beside a country (a sales export of an infoproduct platform)', async () => {
    const { to } = await suggestOn(E, {
      'Producto': ['Curso de Fotografía con Celular', 'Inglés Fluido en 6 Meses', 'Masterclass de Repostería Creativa', 'Ebook Finanzas Personales 2024', 'Curso de Fotografía con Celular', 'Inglés Fluido en 6 Meses'],
      'Código del producto': ['3456789', '2987654', '4123098', '3879012', '3456789', '2987654'],
      'Transacción': ['HP67644597219940', 'HP81451015238237', 'HP49363782300268', 'HP45668840453978', 'HP81519133892678', 'HP51480198553664'],
      'Estado': ['Cancelado', 'Completo', 'Completo', 'Reembolsado', 'Cancelado', 'Completo'],
      'Fecha de pedido': ['19/01/2022 04:07:41', '28/06/2021 03:09:28', '28/10/2024 18:59:59', '09/06/2022 22:20:12', '05/12/2021 23:57:16', '26/02/2020 16:41:44'],
      'Fecha de aprobación': ['19/01/2022 04:09:16', '28/06/2021 03:11:03', '28/10/2024 19:01:34', '09/06/2022 22:21:47', '05/12/2021 23:58:51', '26/02/2020 16:43:19'],
      'Comprador': ['Javier Fernández', 'Diego Rodríguez', 'María López', 'Diego Rodríguez', 'Hugo Fernández', 'María Martín'],
      'Email del comprador': ['javier.fernandez17@hotmail.es', 'diego.rodriguez56@hotmail.es', 'maria.lopez56@hotmail.es', 'diego.rodriguez26@gmail.com', 'hugo.fernandez22@yahoo.es', 'maria.martin89@hotmail.es'],
      'Teléfono': ['+34 677 567 712', '+34 638 539 681', '', '+34 645 895 444', '+34 612 246 159', ''],
      'Documento': ['16521220L', '', '31288503K', '87541228L', '45579097A', '62288829A'],
      'País': ['España', 'España', 'España', 'España', 'España', 'España'],
      'Método de pago': ['Google Pay', 'Google Pay', 'Google Pay', 'Google Pay', 'PayPal', 'PayPal'],
      'Número de cuotas': ['1', '1', '6', '3', '6', '6'],
      'Moneda': ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR'],
      'Precio del producto': ['47,00', '197,00', '97,00', '19,00', '47,00', '197,00'],
      'Precio total': ['42,30', '197,00', '87,30', '17,10', '47,00', '177,30'],
      'Tarifa Hotmart': ['5,65', '20,50', '10,60', '2,88', '5,65', '20,50'],
      'Comisión del afiliado': ['23,50', '0,00', '48,50', '9,50', '0,00', '98,50'],
      'Mi comisión': ['17,85', '176,50', '37,90', '6,62', '41,35', '78,00'],
      'Afiliado': ['Marta Afiliada', '', 'Marta Afiliada', 'Marta Afiliada', '', 'Marta Afiliada'],
      'Código del cupón': ['VUELTA10', '', 'VUELTA10', 'VUELTA10', '', 'VUELTA10'],
      'Oferta': ['b2n8m4zt', 'b2n8m4zt', 'b2n8m4zt', 'w7x3k9pq', 'w7x3k9pq', 'b2n8m4zt'],
      'Tipo de cobro': ['Pago único', 'Suscripción', 'Pago único', 'Suscripción', 'Suscripción', 'Suscripción'],
      'src': ['email-lanzamiento', '', 'email-lanzamiento', 'email-lanzamiento', 'youtube', 'youtube'],
      'sck': ['', '', 'bio-link', 'HOTMART_PRODUCT_PAGE', 'HOTMART_PRODUCT_PAGE', ''],
    })
    expect(to('Estado') ?? 'unmapped').not.toMatch(/address\.(stateProvince|state)$/)
    expect(to('País')).toBe('commerce.billing.address.country')
    // (the words themselves are statuses, as the place fields refuse them)
    expect(profileColumn('Estado', ['Aprobado', 'Reembolsado', 'Completo', 'Rechazado', 'Aprovado', 'Reembolsado']).shares.status).toBe(1)
  })


  it('a run of Japanese is read as the words that leave the fewest letters unknown (注文日時 is 注文 + 日時)', async () => {
    const { to } = await suggestOn(E, {
      '注文番号': ['m20220224-01', 'm20220823-02', 'm20210413-03'],
      '注文日時': ['2022/02/24 09:53', '2022/08/23 08:48', '2021/04/13 09:13'],
      '発送日時': ['2022/02/25 10:00', '2022/08/24 11:30', '2021/04/14 15:20'],
      '商品名': ['本革キーケース', '有田焼 豆皿 5枚セット', 'ハンドドリップ セット'],
      '合計金額': ['4800', '6600', '3200'],
    })
    expect(to('注文日時')).toBe('timestamp')
    expect(to('発送日時')).not.toBe('timestamp')
  })

  it("a bare title in an export of goods sold is the product's name (a marketplace listing's title)", async () => {
    const cols = {
      'Sale ID': ['TM-88121', 'TM-88122', 'TM-88125'],
      'Sold date': ['2024-09-02 08:22:00', '2023-12-29 07:52:00', '2024-01-15 10:00:00'],
      'Title': ['Vintage Rimu bookcase', 'iPhone 13 128GB Midnight', 'Kids bike 16 inch'],
      'Sale price': ['120.00', '640.00', '45.00'],
      'Shipping': ['0.00', '8.50', '12.00'],
    }
    expect((await suggestOn(E, cols)).to('Title')).toBe('productListItems[0].name')
    // (an analytics export's title stays the page's)
    const page = await suggestOn(E, { 'Session ID': ['s1', 's2', 's3'], 'Page URL': ['https://a.example/x', 'https://a.example/y', 'https://a.example/z'], 'Title': ['Home', 'Pricing', 'Blog'], 'Timestamp': ['2024-09-02T08:22:00Z', '2024-09-03T08:22:00Z', '2024-09-04T08:22:00Z'] })
    expect(page.to('Title')).not.toBe('productListItems[0].name')
  })
})
