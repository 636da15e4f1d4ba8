// Rules of round 83 (tune179-182; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 83 (tune179-182)', () => {
  it("a booking's or a reservation's cancellation day is the cancel date, outside an order export too", async () => {
    const fr = await suggestOn(E, { 'N° réservation': ['R-1', 'R-2', 'R-3'], 'Date de réservation': ['01/04/2025 10:12', '13/06/2025 18:40', '08/04/2025 09:05'], Terrain: ['Court 1', 'Court 3', 'Padel 2'], Montant: ['12,00', '18,00', '24,00'], "Date d'annulation": ['', '14/06/2025 08:00', ''] })
    expect(fr.to("Date d'annulation")).toBe('commerce.order.cancelDate')
    // (Spanish anulación, as cancelación)
    const es = await suggestOn(E, { 'Nº reserva': ['1001', '1002', '1003'], Pista: ['Pista 1', 'Pista 2', 'Pista 4'], Importe: ['16,00', '20,00', '16,00'], 'Fecha anulación': ['02/03/2025 10:00', '', '05/03/2025 19:30'] })
    expect(es.to('Fecha anulación')).toBe('commerce.order.cancelDate')
    // (a payment export's cancellation is the payment's, no order's)
    const pay = await suggestOn(E, { 'Payment ID': ['P1', 'P2', 'P3'], Amount: ['10.00', '20.00', '30.00'], Fee: ['0.30', '0.60', '0.90'], Net: ['9.70', '19.40', '29.10'], 'Cancellation date': ['2025-01-02 10:00', '', ''] })
    expect(pay.to('Cancellation date')).not.toBe('commerce.order.cancelDate')
  })

  it("a profile's first column numbering the people (\"Hospital Number\", \"Nº Processo\", \"Patient File No\") is their id", async () => {
    const ng = await suggestOn(P, { 'Hospital Number': ['LFC/02838', 'LFC/21967', 'LFC/08082', 'LFC/11410', 'LFC/00917', 'LFC/13321'], 'First Name': ['Adaeze', 'Zainab', 'Ayodele', 'Emeka'], 'Last Name': ['Okafor', 'Okeke', 'Obi', 'Eze'] })
    expect(ng.to('Hospital Number')).toBe('_id')
    const pt = await suggestOn(P, { 'Nº Processo': ['1971', '10635', '11092', '2204', '8817', '12020'], Nome: ['Ana Sousa', 'Rui Costa', 'Inês Lopes', 'João Reis'] })
    expect(pt.to('Nº Processo')).toBe('_id')
    // (or codes them: a vet's "Contact Code"; not a bare "Number" of an SMS tool's phone numbers)
    const vet = await suggestOn(P, { 'Contact Code': ['25167', '78409', '26842', '31100', '40213', '51987'], 'First Name': ['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo'], Surname: ['Lee', 'Kim', 'Ho', 'Wu', 'Li', 'Ng'] })
    expect(vet.to('Contact Code')).toBe('_id')
    const sms = await suggestOn(P, { 'Numéro': ['33749888257', '33690742879', '33650494687', '33611122233', '33622233344', '33633344455'], Prénom: ['Anne', 'Paul', 'Luc', 'Marie', 'Jean', 'Léa'] })
    expect(sms.to('Numéro')).not.toBe('_id')
    // (an event's patient file number is the end user's id)
    const ae = await suggestOn(E, { 'Appointment ID': ['909395', '752923', '788452'], 'Patient File No': ['JDC-14214', 'JDC-18678', 'JDC-18630'], Fee: ['350.00', '200.00', '450.00'] })
    expect(ae.to('Patient File No')).toBe('endUserIDs._experience.aacustomid.id')
  })

  it('a patient\'s name and marital status in Indonesian and Korean (Nama Pasien, Status Perkawinan: Belum Kawin, 수진자명)', async () => {
    const id = await suggestOn(P, { 'No. RM': ['RM-001', 'RM-002', 'RM-003'], 'Nama Pasien': ['INDAH SANTOSO', 'FITRI NUGROHO', 'EKO NUGROHO'], 'Status Perkawinan': ['Belum Kawin', 'Kawin', 'Cerai Mati', 'Cerai Hidup'] })
    expect(id.to('Nama Pasien')).toBe('person.name.fullName')
    expect(id.to('Status Perkawinan')).toBe('person.maritalStatus')
    const m = id.r.mappings.find((x) => x.source === 'Status Perkawinan')!
    expect(m.expression).toContain('"married"')
    expect(m.expression).toContain('"widowed"')
    const ko = await suggestOn(P, { 차트번호: ['10205', '69583', '44021'], 수진자명: ['최미경', '최영희', '김은정'], 성별: ['여', '여', '남'] })
    expect(ko.to('수진자명')).toBe('person.name.fullName')
  })

  it("a courier's cash-on-delivery amount is the order's payment (COD Amount, Tiền thu hộ, Nilai COD, ยอด COD); its fee is not", async () => {
    const en = await suggestOn(E, { 'CN Number': ['LE378641096', 'LE741621414', 'LE173007060'], 'Booking Date': ['2025-06-14 12:50:06', '2025-04-29 12:37:12', '2025-06-17 10:06:03'], 'COD Amount': ['14500', '9800', '0'], 'COD Charges': ['145', '98', '0'] })
    expect(en.to('COD Amount')).toBe('commerce.order.payments[0].paymentAmount')
    expect(en.to('COD Charges')).not.toBe('commerce.order.payments[0].paymentAmount')
    const vi = await suggestOn(E, { 'Mã đơn hàng': ['S1.A1', 'S1.A2', 'S1.A3'], 'Tiền thu hộ': ['350.000', '0', '307.000'], 'Phí ship': ['30.000', '22.000', '30.000'] })
    expect(vi.to('Tiền thu hộ')).toBe('commerce.order.payments[0].paymentAmount')
    const idn = await suggestOn(E, { 'No. Resi': ['NX1', 'NX2', 'NX3'], 'Nilai COD': ['57000', '72000', '187000'] })
    expect(idn.to('Nilai COD')).toBe('commerce.order.payments[0].paymentAmount')
    const th = await suggestOn(E, { เลขพัสดุ: ['TH01', 'TH02', 'TH03'], 'ยอด COD (บาท)': ['290.00', '0.00', '580.00'] })
    expect(th.to('ยอด COD (บาท)')).toBe('commerce.order.payments[0].paymentAmount')
  })

  it("a consignee is the recipient; a street line with the quarter but no postcode, beside a city column, is the street", async () => {
    const pk = await suggestOn(E, {
      'Order ID': ['#FL71706', '#FL39432', '#FL54113'], 'Destination City': ['Lahore', 'Gujranwala', 'Islamabad'],
      'Consignee Email': ['fatima@example.com', '', 'zainab@example.com'],
      'Consignee Address': ['House 102, Street 16, Johar Town', 'House 246, Street 6, Model Town', 'House 7, Street 8, G-11/3'],
    })
    expect(pk.to('Consignee Address')).toBe('commerce.shipping.address.street1')
    expect(pk.to('Consignee Email')).toBe('endUserIDs._experience.emailid.id')
    // (a whole address with its postcode stays no street line)
    const us = await suggestOn(E, { 'Order ID': ['1', '2', '3'], City: ['Springfield', 'Dayton', 'Austin'], 'Consignee Address': ['12 Main St, Springfield, IL 62704', '4 Oak Rd, Dayton, OH 45402', '9 Elm Ave, Austin, TX 73301'] })
    expect(us.to('Consignee Address')).not.toBe('commerce.shipping.address.street1')
  })

  it('German course enrolments: the participant number (TN-Nr.), the course number (Kursnummer) and the reduction (Ermäßigung)', async () => {
    const de = await suggestOn(E, { 'Beleg-Nr.': ['2512885', '2580951', '2556961'], Kursnummer: ['251-4215', '251-4112', '251-4310'], Titel: ['Spanisch A1', 'Business English B2', 'Italienisch A2'], 'TN-Nr.': ['47023', '68546', '74016'], Entgelt: ['112,00', '118,00', '98,00'], 'Ermäßigung': ['0,00', '11,80', '0,00'], Betrag: ['112,00', '106,20', '98,00'] })
    expect(de.to('Kursnummer')).toBe('productListItems[0].SKU')
    expect(de.to('TN-Nr.')).toBe('endUserIDs._experience.aacustomid.id')
    expect(de.to('Ermäßigung')).toBe('commerce.order.discountAmount')
  })

  it("a supporter's id (サポーターID), a Portuguese booking (Nº Marcação), a Turkish freight amount (Navlun Tutarı) and a unit number", async () => {
    const ja = await suggestOn(P, { サポーターID: ['sp_2cxuhomzxl', 'sp_c5wbaisbdb', 'sp_tqzx3bbhtg', 'sp_aa01kq9xme', 'sp_0pz7rw2nvd', 'sp_m3k8yq2ttc'], 姓: ['伊藤', '佐藤', '渡辺'], 名: ['誠', '翔太', '真由美'] })
    expect(ja.to('サポーターID')).toBe('_id')
    const pt = await suggestOn(E, { 'Nº Marcação': ['663491', '295927', '785036', '410022', '519930', '600127'], 'Data Marcação': ['03-05-2025 14:02', '15-04-2025 16:33', '18-05-2025 17:41'], Especialidade: ['Dermatologia', 'Cardiologia', 'Pediatria'] })
    expect(pt.to('Nº Marcação')).toBe('commerce.order.purchaseID')
    const tr = await suggestOn(E, { 'Gönderi No': ['G1', 'G2', 'G3'], 'Navlun Tutarı': ['89,90', '647,50', '219,90'], 'Alıcı Adı': ['Ayşe Kaya', 'Mehmet Demir', 'Elif Şahin'] })
    expect(tr.to('Navlun Tutarı')).toBe('commerce.shipping.shippingAmount')
    const sg = await suggestOn(E, { 'Donation ID': ['D1', 'D2', 'D3'], Amount: ['50.00', '100.00', '20.00'], 'Block/House No': ['123', '45A', '9'], 'Street Name': ['Ang Mo Kio Ave 3', 'Tampines St 21', 'Bedok North Rd'], 'Unit Number': ['#10-301', '#03-145', '#12-03'], 'Postal Code': ['560123', '520045', '460009'] })
    expect(sg.to('Unit Number')).toMatch(/address\.street2$/)
  })
})
