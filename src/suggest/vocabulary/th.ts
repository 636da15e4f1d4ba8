/**
 * Thai column vocabulary: shop, delivery, POS and CRM exports (LINE MAN, Shopee and Lazada seller centres in Thai).
 * Thai is written without spaces between words: names.ts reads it by the longest known word first (เลขที่ออเดอร์ is
 * เลขที่ + ออเดอร์).
 */
export const WORDS: Record<string, string[]> = {
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  แพ็กเกจ: ['plan'],
  // a payment report's currency and reference ("สกุลเงิน", "เลขที่อ้างอิง")
  สกุลเงิน: ['currency'], อ้างอิง: ['reference'],
  ชื่อ: ['name'], นามสกุล: ['last', 'name'], ชื่อจริง: ['first', 'name'], ชื่อเต็ม: ['full', 'name'], เพศ: ['gender'], วันเกิด: ['birth', 'date'], บริษัท: ['company'], ตำแหน่ง: ['job', 'title'],
  อีเมล: ['email'], อีเมล์: ['email'], โทรศัพท์: ['phone'], เบอร์โทร: ['phone'], เบอร์โทรศัพท์: ['phone'], เบอร์: ['number'], มือถือ: ['mobile', 'phone'], โทรศัพท์มือถือ: ['mobile', 'phone'],
  ที่อยู่: ['@address'], จังหวัด: ['state'], อำเภอ: ['city'], เขต: ['city'], ตำบล: ['district'], แขวง: ['district'], เมือง: ['city'], ประเทศ: ['country'], รหัสไปรษณีย์: ['postal', 'code'], ไปรษณีย์: ['postal'],
  ลูกค้า: ['customer'], ผู้ซื้อ: ['customer'], สมาชิก: ['member'], ผู้รับ: ['recipient'], ร้านค้า: ['store'], ร้าน: ['store'], สาขา: ['store'],
  เลขที่: ['number'], หมายเลข: ['number'], รหัส: ['code'], ไอดี: ['id'], ออเดอร์: ['order'], คำสั่งซื้อ: ['order'], วันที่: ['date'], เวลา: ['time'], สร้าง: ['created'],
  สินค้า: ['product'], ชื่อสินค้า: ['product', 'name'], รหัสสินค้า: ['sku'], จำนวน: ['quantity'], ราคา: ['price'], ราคาต่อหน่วย: ['unit', 'price'], ยอดเงิน: ['amount'], จำนวนเงิน: ['amount'], ยอดรวม: ['total'], รวม: ['total'], ยอดสุทธิ: ['total'], สุทธิ: ['net'],
  ส่วนลด: ['discount'], คูปอง: ['coupon'], โค้ดส่วนลด: ['coupon', 'code'], ภาษี: ['tax'], ภาษีมูลค่าเพิ่ม: ['tax'], ค่าส่ง: ['shipping', 'amount'], ค่าจัดส่ง: ['shipping', 'amount'], ค่าขนส่ง: ['shipping', 'amount'], จัดส่ง: ['shipping'], ขนส่ง: ['shipping'],
  เลขพัสดุ: ['tracking', 'number'], หมายเลขพัสดุ: ['tracking', 'number'], เลขติดตาม: ['tracking', 'number'], พัสดุ: ['parcel'], ชำระเงิน: ['payment'], การชำระเงิน: ['payment'], วิธีชำระเงิน: ['payment', 'method'], ช่องทาง: ['channel'], วิธี: ['method'],
  ค่าธรรมเนียม: ['fee'], ค่าคอมมิชชั่น: ['commission'], สถานะ: ['status'], หมายเหตุ: ['note'], คะแนน: ['point'], แต้ม: ['point'], ระดับ: ['tier'], หมวดหมู่: ['category'], ยี่ห้อ: ['manufacturer'], แบรนด์: ['manufacturer'], สี: ['color'], ขนาด: ['size'],
  // (เลขออเดอร์: the order's number; จำนวนชิ้น: the number of pieces; แต้มสะสม: points collected)
  เลข: ['number'], ชิ้น: [], สะสม: [],
  // a loyalty member list (Hato Hub: คะแนนคงเหลือ points left, คะแนนสะสมทั้งหมด all points collected, คะแนนที่ใช้ไป points used,
  // วันที่สมัครสมาชิก the day the member joined, ยอดซื้อสะสม purchases all told)
  คงเหลือ: ['balance'], สะสมทั้งหมด: ['lifetime'], ทั้งหมด: ['total'], ใช้ไป: ['redeemed'], หมดอายุ: ['expired'], ล่าสุด: ['last'], ยอดซื้อสะสม: ['lifetime', 'spend'],
  ของ: [], และ: [], ที่: [],
  // a member or student list (Buzzebees, EduBrights): the name's prefix (คำนำหน้า: นาย, นางสาว, เด็กชาย) is the courtesy title,
  // the family name also ชื่อสกุล, the identification number (เลขประจำตัว) the record's, the citizen's (เลขประจำตัวประชาชน)
  // the national ID as DNI and NIK are; the district (อำเภอ/เขต, under the province) is the address's city, as a Thai
  // address's second line names it; the day of signing up (วันที่สมัคร) the record's creation; ทั้งสิ้น (in all) says nothing
  คำนำหน้า: ['courtesy', 'title'], คำนำหน้าชื่อ: ['courtesy', 'title'], ชื่อสกุล: ['last', 'name'], เลขประจำตัว: ['id'], เลขประจำตัวประชาชน: ['tax', 'id'], เลขบัตรประชาชน: ['tax', 'id'],
  เว็บไซต์: ['website'], แหล่งที่มา: ['source'], ที่มา: ['source'], วันที่สมัคร: ['created', 'date'], ทั้งสิ้น: [],
}

export const PHRASES: Record<string, string[]> = {
  // (round 83: a courier's cash-on-delivery total, "ยอด COD", is the order's payment)
  'ยอด cod': ['payment', 'amount'],
}
