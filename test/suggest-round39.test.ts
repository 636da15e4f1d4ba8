// Rules of rounds 39-44 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const dates = ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z']

describe('orders', () => {
  it("the order's number at the shop, channel or merchant that sold it is the order's id, unless a column names it plainly", async () => {
    for (const h of ['Channel Order ID', 'Marketplace Order Number', 'Merchant Order ID', 'رقم طلب التاجر', '쇼핑몰 주문번호']) {
      const { to } = await suggestOn(E, { [h]: ['A-1001', 'A-1002', 'A-1003'], 'Order Date': dates, Total: ['12.50', '13.00', '9.99'] })
      expect(to(h), h).toBe('commerce.order.purchaseID')
    }
    // (beside a plain "Order ID" the channel's number is not the order's own)
    const both = await suggestOn(E, { 'Order ID': ['1001', '1002', '1003'], 'Channel Order ID': ['A-1', 'A-2', 'A-3'], Total: ['12.50', '13.00', '9.99'] })
    expect(both.to('Order ID')).toBe('commerce.order.purchaseID')
    expect(both.to('Channel Order ID')).not.toBe('commerce.order.purchaseID')
  })

  it('a bare quantity word holding amounts with cents (Malay "Jumlah (RM)") is the total; whole counts stay quantities', async () => {
    const ms = await suggestOn(E, { 'ID Pesanan': ['LL1', 'LL2', 'LL3'], Tarikh: dates, 'Tajuk Item': ['Kerepek', 'Tudung', 'Kemeja'], Kuantiti: ['1', '1', '4'], 'Caj Pos (RM)': ['6.50', '0.00', '6.50'], 'Jumlah (RM)': ['19.40', '25.00', '362.50'] })
    expect(ms.to('Jumlah (RM)')).toBe('commerce.order.priceTotal')
    expect(ms.to('Kuantiti')).toBe('productListItems[0].quantity')
    expect(ms.to('Caj Pos (RM)')).toBe('commerce.shipping.shippingAmount')
    expect(ms.to('Tajuk Item')).toBe('productListItems[0].name')
    const id = await suggestOn(E, { 'No. Pesanan': ['1', '2', '3'], Tanggal: dates, 'Nama Produk': ['Kaos', 'Topi', 'Tas'], Jumlah: ['1', '3', '2'], 'Total Harga': ['12.50', '13.00', '9.99'] })
    expect(id.to('Jumlah')).toBe('productListItems[0].quantity')
  })

  it("Thai and Korean shop words: an order's number, pieces, points collected, a seller's product code", async () => {
    const th = await suggestOn(E, { เลขออเดอร์: ['481047', '437131', '625457'], วันที่: dates, ชื่อสินค้า: ['เสื้อ', 'กางเกง', 'หมวก'], จำนวนชิ้น: ['1', '3', '2'], ยอดรวม: ['120.00', '350.00', '99.00'] })
    expect(th.to('เลขออเดอร์')).toBe('commerce.order.purchaseID')
    expect(th.to('จำนวนชิ้น')).toBe('productListItems[0].quantity')
    const pts = await suggestOn(P, { รหัสสมาชิก: ['M1', 'M2', 'M3'], ชื่อ: ['สมชาย', 'สมหญิง', 'วิชัย'], แต้มสะสม: ['865', '3730', '2918'], ระดับ: ['Gold', 'Silver', 'Gold'] })
    expect(pts.to('แต้มสะสม')).toBe('loyalty.points')
    const ko = await suggestOn(E, { 주문번호: ['1', '2', '3'], 주문일: dates, 판매자관리코드: ['P1002334', 'P2004411', 'P3007720'], 상품명: ['티셔츠', '모자', '가방'], 수량: ['1', '2', '1'] })
    expect(ko.to('판매자관리코드')).toBe('productListItems[0].SKU')
  })
})
