// Rules of round 63 (tune1-128; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 63 (tune1-128)', () => {
  it("a reference repeating from row to row in a list of payments is no order's id: the order's own column takes it", async () => {
    const r = await suggestOn(E, { 'Order-ID': ['100048644', '100079179', '100066712', '100012345', '100054321', '100099999'], Händlerreferenz: ['Webshop', 'Webshop', '', 'Abo Juni', 'Webshop', 'Webshop'], Betrag: ['10,00', '12,00', '3,00', '4,50', '9,90', '1,00'], Währung: ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR'] })
    expect(r.to('Order-ID')).toBe('commerce.order.purchaseID')
    expect(r.to('Händlerreferenz')).toBeUndefined()
  })

  it("Indonesian rupiah amounts written Rp318.000 are read as amounts: a shipping fee's, not its discount's", async () => {
    const r = await suggestOn(E, { 'ID Order': ['A1', 'A2', 'A3'], 'No. Resi': ['JP1', 'JP2', 'JP3'], Ongkir: ['Rp15.000', 'Rp11.000', 'Rp22.000'], 'Diskon Ongkir': ['Rp0', 'Rp2.000', 'Rp0'], 'Nilai COD': ['Rp333.000', 'Rp1.311.000', 'Rp0'] })
    const m = r.r.mappings.find((x) => x.source === 'Ongkir')!
    expect(m.destination).toBe('commerce.shipping.shippingAmount')
    expect(m.expression).toContain('Rp')
    expect(r.to('Diskon Ongkir')).toBeUndefined()
  })

  it("a shipping discount is neither the order's nor an item's discount, nor the shipping's amount", async () => {
    const r = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], SKU: ['S1', 'S2', 'S3'], Quantity: ['1', '2', '1'], 'Shipping Discount': ['0.00', '2.00', '0.00'] })
    expect(r.to('Shipping Discount')).toBeUndefined()
  })

  it("Korean OS and device-model words of an app analytics export (OS 버전, 기기 모델)", async () => {
    const r = await suggestOn(E, { '이벤트 시간': ['2024-01-02 10:00:00', '2024-01-03 11:00:00', '2024-01-04 12:00:00'], OS: ['Android', 'iOS', 'Android'], 'OS 버전': ['12', '17.2', '13'], '기기 모델': ['LM-V510N', 'iPhone14,2', 'SM-S911N'] })
    expect(r.to('OS 버전')).toBe('environment.operatingSystemVersion')
    expect(r.to('기기 모델')).toBe('device.model')
  })

  it("a call centre's date and time of day make the event's time, though a campaign column makes the header look like analytics", async () => {
    const r = await suggestOn(E, { 'ID appel': ['3297805-595', '3714812-348', '3059543-697'], Date: ['16/07/2019', '06/09/2023', '04/03/2022'], Heure: ['09:37:12', '11:33:42', '18:06:06'], Campagne: ['Relance', 'SAV', 'Relance'], Statut: ['Répondu', 'Non répondu', 'Répondu'] })
    const m = r.r.mappings.find((x) => x.source === 'Date')!
    expect(m.destination).toBe('timestamp')
    expect(m.expression).toContain('concat(${Date}, " ", ${Heure})')
  })
})
