// Rules of round 72 (tuned on tune141-142, Korean, Thai, Vietnamese, Indonesian and Malay exports, and tune1-140; each test
// fails with its rule removed), checked on made-up headers: a Thai member or student list's prefix, family name, district,
// identification numbers and sign-up date; a member's code written code first; a payment's channel; a Korean ticket
// booking, its tickets and delivery fee, a clinic's patient and chart; a Vietnamese booking's and slip's code and a bus's
// plate; Malaysian and dashed Thai mobiles; an Indonesian sign-up date; South African rand amounts (R 1 220.00).
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round72-')

const TH_NAMES = { ชื่อ: ['สมชาย', 'วรรณา', 'ณัฐพล', 'กมลชนก'], อีเมล: ['somchai@gmail.com', 'wanna@hotmail.com', 'nattapon@gmail.com', 'kamon@yahoo.com'] }
const TH_POINTS = { คะแนนคงเหลือ: ['1,200', '340', '5,020', '80'], ระดับสมาชิก: ['Silver', 'Gold', 'Member', 'Member'] }
const KO_BOOKING = { 예매일시: ['2024-03-01 10:12', '2024-03-02 19:40', '2024-03-03 08:05', '2024-03-04 12:00'], 상품명: ['뮤지컬 A', '뮤지컬 A', '연극 B', '연극 B'], 총결제금액: ['110,000', '55,000', '88,000', '44,000'] }

describe('round 72 (tune141-142, tune1-140)', () => {
  it('a Thai list\'s name prefix (นาย, นางสาว, เด็กชาย) is the courtesy title; ชื่อสกุล the family name beside ชื่อ the given name', async () => {
    for (const values of [['นาย', 'นาง', 'นางสาว', 'นาย'], ['เด็กชาย', 'เด็กหญิง', 'เด็กชาย', 'ด.ญ.']]) {
      const { to } = await suggestOn(P, { คำนำหน้า: values, ...TH_NAMES, ชื่อสกุล: ['ใจดี', 'ศรีสุข', 'แก้วมณี', 'วงศ์สวัสดิ์'] })
      expect(to('คำนำหน้า'), values.join(' ')).toBe('person.name.courtesyTitle')
      expect(to('ชื่อ')).toBe('person.name.firstName')
      expect(to('ชื่อสกุล')).toBe('person.name.lastName')
    }
    // (the titles are read by their values under a header that says little, and the header by its name over other titles:
    // Dr., Asst. Prof.)
    const byValues = await suggestOn(P, { 'ค.น.': ['นาย', 'นาง', 'นางสาว', 'นาย'], ...TH_NAMES })
    expect(byValues.why('ค.น.')).toMatch(/100% of sampled values look like courtesy titles/)
    const byName = await suggestOn(P, { คำนำหน้า: ['ดร.', 'ผศ.', 'ดร.', 'นพ.'], ...TH_NAMES })
    expect(byName.to('คำนำหน้า')).toBe('person.name.courtesyTitle')
  })

  it('a Thai address\'s district (อำเภอ/เขต) is its city; a gender column with ไม่ระบุ (not said) is still decoded', async () => {
    const { to, r } = await suggestOn(P, { ...TH_NAMES, 'อำเภอ/เขต': ['วังทองหลาง', 'เมืองนนทบุรี', 'บางรัก', 'หาดใหญ่'], จังหวัด: ['กรุงเทพมหานคร', 'นนทบุรี', 'กรุงเทพมหานคร', 'สงขลา'], เพศ: ['ชาย', 'หญิง', 'ไม่ระบุ', 'หญิง'] })
    expect(to('อำเภอ/เขต')).toBe('homeAddress.city')
    expect(to('จังหวัด')).toBe('homeAddress.stateProvince')
    expect(to('เพศ')).toBe('person.gender')
    expect(JSON.stringify(r.mappings.find((m) => m.source === 'เพศ'))).toContain('not_specified')
  })

  it('a Thai identification number (เลขประจำตัว) is the record\'s; a citizen\'s ID (1-1685-48942-23-9) is no phone', async () => {
    const { to } = await suggestOn(P, { เลขประจำตัว: ['11089', '12937', '13904', '10422'], ...TH_NAMES, เลขประจำตัวประชาชน: ['2-4140-78532-09-1', '1-5446-90848-92-4', '1-1685-48942-23-9', '1-1020-33345-67-2'] })
    expect(to('เลขประจำตัว')).toBe('_id')
    expect(to('เลขประจำตัวประชาชน')).not.toMatch(/Phone/)
  })

  it('a member\'s code written code first (รหัสสมาชิก, Código de socio, Code adhérent, Kode Member) or "Member Code" is the record\'s id', async () => {
    const people = { Email: ['ana@gmail.com', 'luis@gmail.com', 'eva@gmail.com', 'jon@gmail.com'] }
    for (const col of ['รหัสสมาชิก', 'Código de socio', 'Code adhérent', 'Kode Member', 'Member Code']) {
      const { to } = await suggestOn(P, { [col]: ['M0901', 'M0902', 'M0903', 'M0904'], ...people })
      expect(to(col), col).toBe('_id')
    }
  })

  it('the channel a payment went through ("Payment Channel", ช่องทางการชำระเงิน) is its type', async () => {
    const order = { 'Order ID': ['A-1001', 'A-1002', 'A-1003', 'A-1004'], Total: ['250.00', '120.50', '99.00', '310.00'] }
    for (const col of ['Payment Channel', 'ช่องทางการชำระเงิน']) {
      const { to } = await suggestOn(E, { ...order, [col]: ['PromptPay', 'Credit Card', 'TrueMoney', 'PromptPay'] })
      expect(to(col), col).toBe('commerce.order.payments[0].paymentType')
    }
  })

  it('a Korean ticket booking: 예매번호 its number, 매수 the tickets, 배송료 and 배달팁 the delivery fee', async () => {
    const { to } = await suggestOn(E, { 예매번호: ['T1828559704', 'T1845230013', 'T1850023445', 'T1850023999'], ...KO_BOOKING, 매수: ['2', '1', '2', '1'], 배송료: ['0', '3,000', '0', '0'] })
    expect(to('예매번호')).toBe('commerce.order.purchaseID')
    expect(to('매수')).toBe('productListItems[0].quantity')
    expect(to('배송료')).toBe('commerce.shipping.shippingAmount')
    const tip = await suggestOn(E, { 주문번호: ['B001', 'B002', 'B003', 'B004'], ...KO_BOOKING, 배달팁: ['2,500', '3,000', '3,500', '2,000'] })
    expect(tip.to('배달팁')).toBe('commerce.shipping.shippingAmount')
  })

  it('a Korean clinic\'s patient list: 환자명 the patient\'s name, 차트번호 the chart\'s number', async () => {
    const { to } = await suggestOn(P, { 차트번호: ['40966', '18086', '78068', '51234'], 환자명: ['김하은', '오지우', '조성민', '박서연'], 휴대폰: ['010-2943-8155', '010-7199-2919', '010-9183-6688', '010-1234-5678'] })
    expect(to('차트번호')).toBe('_id')
    expect(to('환자명')).toBe('person.name.fullName')
  })

  it('Vietnamese: a ticket booking\'s code (Mã đặt vé) and a slip\'s (Mã phiếu) are the order\'s; a bus\'s plate (Biển số xe) is nothing', async () => {
    const rest = { 'Ngày đặt': ['01/03/2024 10:12', '02/03/2024 19:40', '03/03/2024 08:05', '04/03/2024 12:00'], 'Số lượng': ['1', '2', '1', '3'], 'Tổng tiền': ['350.000', '700.000', '350.000', '420.000'] }
    const plates = { 'Biển số xe': ['51B-123.45', '51B-678.90', '49B-024.68', '51B-135.79'] }
    for (const col of ['Mã đặt vé', 'Mã phiếu']) {
      const { to } = await suggestOn(E, { [col]: ['VXR8F2K1', 'VXR9A7Q3', 'VXR1C5M8', 'VXR4D2P6'], ...rest, ...plates })
      expect(['commerce.order.purchaseID', '_id'], col).toContain(to(col))
      expect(to('Biển số xe')).toBeUndefined()
    }
  })

  it('mobiles by their national form: Malaysian 01x (011-917 5949) and dashed Thai 08x (098-915-4766) under a bare phone header', async () => {
    const my = await suggestOn(P, { 'Nama Penuh': ['Aina Sofea', 'Rajesh Kumar', 'Mohd Azlan', 'Lim Wei Ling'], 'No. Telefon': ['011-917 5949', '016-418 3546', '019-342 4174', '012-345 6789'], Emel: ['aina@gmail.com', 'rajesh@gmail.com', 'azlan@yahoo.com', 'wl@gmail.com'] })
    expect(my.to('No. Telefon')).toBe('mobilePhone.number')
    const th = await suggestOn(P, { ...TH_NAMES, เบอร์โทร: ['098-915-4766', '081-161-3120', '092-123-5902', '064-555-0101'] })
    expect(th.to('เบอร์โทร')).toBe('mobilePhone.number')
  })

  it('the day a member signed up (วันที่สมัคร, Tanggal Daftar, Tarikh Daftar) is when they joined a loyalty programme', async () => {
    const joined = ['22/04/2562 01:35', '06/07/2562 12:11', '09/02/2562 09:46', '11/11/2563 18:00']
    const th = await suggestOn(P, { ...TH_NAMES, ...TH_POINTS, วันที่สมัคร: joined })
    expect(th.to('วันที่สมัคร')).toBe('loyalty.joinDate')
    for (const col of ['Tanggal Daftar', 'Tarikh Daftar']) {
      const { to } = await suggestOn(P, { 'Nama Lengkap': ['Wulan Sari', 'Intan Permata', 'Agus Santoso', 'Budi Hartono'], Poin: ['1200', '340', '5020', '80'], Tingkat: ['Silver', 'Gold', 'Member', 'Member'], [col]: ['2022-04-22', '2022-07-06', '2023-02-09', '2023-11-11'] })
      expect(to(col), col).toBe('loyalty.joinDate')
    }
  })

  it('South African rand amounts (R 696.30, R 1 220.00) are amounts: the order total, converted by run; an R glued to digits is a code', async () => {
    const cols = {
      'Ticket ID': ['HWT0035360', 'HWT1269425', 'HWT1158575', 'HWT1158576', 'HWT1158577', 'HWT1158578'], SKU: ['GA-SAT', 'GA-SUN', 'VIP-SAT', 'GA-SAT', 'GA-SUN', 'VIP-SUN'],
      'Order Number': ['HWL-862880', 'HWL-577392', 'HWL-553209', 'HWL-553210', 'HWL-553211', 'HWL-553212'],
      'Order Date': ['2023-04-01 20:57', '2023-03-07 04:59', '2022-08-24 02:18', '2022-08-25 10:00', '2022-08-26 11:30', '2022-08-27 12:45'],
      Quantity: ['3', '1', '2', '1', '4', '2'], 'Order Total': ['R 696.30', 'R 0.00', 'R 1 220.00', 'R 12 500.50', 'R 880.00', 'R 440.00'],
    }
    const { r, to } = await suggestOn(E, cols)
    expect(to('Order Total')).toBe('commerce.order.priceTotal')
    const header = Object.keys(cols)
    const rows = [0, 1, 2, 3, 4, 5].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
    const out = await runMapping<{ commerce?: { order?: { priceTotal?: number } } }>(base, E, [header, ...rows], toMappingSet(r))
    expect(out.written + out.rejected).toBe(6)
    expect(out.rejected).toBe(0)
    expect(out.records.map((o) => o.commerce?.order?.priceTotal)).toEqual([696.3, 0, 1220, 12500.5, 880, 440])
    const codes = await suggestOn(E, { ...cols, 'Order Total': ['R970626966', 'R225127028', 'R212778686', 'R212778687', 'R212778688', 'R212778689'] })
    expect(codes.to('Order Total')).not.toBe('commerce.order.priceTotal')
  })
})
