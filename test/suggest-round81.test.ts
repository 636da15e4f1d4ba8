// Rules of round 81 (tune171-174; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B2B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const AACUSTOMID = 'endUserIDs._experience.aacustomid.id'

describe('round 81 (tune171-174)', () => {
  it("an event export's customer or user id (Kunden-ID, ID Pelanggan, Customer Code) is the end user's Analytics custom ID; a customer's name or a number plate is not", async () => {
    const de = await suggestOn(E, { Rechnungsnummer: ['RE-1001', 'RE-1002', 'RE-1003'], Rechnungsdatum: ['2025-03-01', '2025-03-02', '2025-03-03'], 'Kunden-ID': ['K-20031', 'K-20032', 'K-20033'], Betrag: ['49,00', '99,00', '149,00'] })
    expect(de.to('Kunden-ID')).toBe(AACUSTOMID)
    const id = await suggestOn(E, { 'No. Invoice': ['INV-1', 'INV-2', 'INV-3'], 'ID Pelanggan': ['PLG0012', 'PLG0013', 'PLG0014'], 'Total Tagihan': ['150000', '200000', '250000'] })
    expect(id.to('ID Pelanggan')).toBe(AACUSTOMID)
    const en = await suggestOn(E, { 'Payment ID': ['P1', 'P2', 'P3'], Timestamp: ['2025-03-01T10:00:00Z', '2025-03-02T10:00:00Z', '2025-03-03T10:00:00Z'], 'Customer Code': ['MG-0411', 'MG-0412', 'MG-0413'], Amount: ['2000', '5000', '1000'] })
    expect(en.to('Customer Code')).toBe(AACUSTOMID)
    // (a customer's name and a car's number plate are no identifier of the end user)
    const name = await suggestOn(E, { 'Reservation No': ['R-1', 'R-2', 'R-3'], Customer: ['Brown, Jonas', 'Dubois, Claire', 'Vella, Mark'], Total: ['120.00', '80.00', '95.50'] })
    expect(name.to('Customer')).not.toBe(AACUSTOMID)
    const plate = await suggestOn(E, { 'Nº factura': ['F-1', 'F-2', 'F-3'], 'Matrícula': ['2458 NMN', '6312 PPM', '3869 MMM'], Total: ['21.500,00', '18.900,00', '32.100,00'] })
    expect(plate.to('Matrícula')).not.toBe(AACUSTOMID)
    // (nor a count of guests)
    const guests = await suggestOn(E, { 'Reservation No': ['R-1', 'R-2', 'R-3'], 'Number of guests': ['2', '4', '1'], Total: ['120.00', '80.00', '95.50'] })
    expect(guests.to('Number of guests')).not.toBe(AACUSTOMID)
  })

  it('the plan, tariff or package subscribed to and the vehicle hired are the item sold in an event export that charges for them', async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ Rechnungsnummer: ['1', '2', '3'], Plan: ['Tischplan Basic (monatlich)', 'Tischplan Pro (jährlich)', 'Tischplan Basic (jährlich)'], 'Betrag brutto': ['49,00', '99,00', '490,00'] }, 'Plan'],
      [{ Auftragsnummer: ['A-1', 'A-2', 'A-3'], Tarifname: ['SachsenStrom Natur 24', 'SachsenGas Klima 24', 'SachsenStrom Natur 24'], 'Gesamtpreis': ['1.204,00', '980,00', '1.204,00'] }, 'Tarifname'],
      [{ 'No. Invoice': ['INV-1', 'INV-2', 'INV-3'], Paket: ['Paket Rumahan 10 Mbps', 'Paket Hemat 5 Mbps', 'Paket Rumahan 10 Mbps'], 'Total Tagihan': ['150000', '100000', '150000'] }, 'Paket'],
      [{ 'Reservation No': ['R-1', 'R-2', 'R-3'], Vehicle: ['Toyota Yaris Hybrid Automatic or similar', 'Citroën Berlingo 7 seats or similar', 'Volkswagen Polo Automatic or similar'], 'Total Price': ['120.00', '80.00', '95.50'] }, 'Vehicle'],
      [{ 订单号: ['A1', 'A2', 'A3'], '方案/商品': ['电波会员', '角色亚克力立牌', '制作人合伙'], 金额: ['30.00', '45.00', '120.00'] }, '方案/商品'],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(E, cols)
      expect(r.to(col), col).toBe('productListItems[0].name')
    }
    // (a courier's Paket is the parcel: no plan)
    const parcel = await suggestOn(E, { Sendungsnummer: ['0034', '0035', '0036'], Paket: ['Paket S', 'Paket M', 'Paket L'], Gewicht: ['1,2', '3,4', '0,8'], Preis: ['4,99', '6,99', '4,99'] })
    expect(parcel.to('Paket')).not.toBe('productListItems[0].name')
  })

  it('the first column numbering the contract, policy, subscription or receipt an event export lists is the order number', async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ 'رقم العقد': ['279261', '277599', '335471', '279262', '277600', '335472'], 'تاريخ العقد': ['01/04/2025 10:00', '02/04/2025 11:00', '03/04/2025 12:00'], 'الإجمالي': ['1,150.00', '980.50', '2,300.00'] }, 'رقم العقد'],
      [{ 'Poliçe No': ['2006550419', '1249359749', '900091629', '6241372263', '7517914044', '3310022871'], 'Brüt Prim': ['3.422,48', '827,93', '28.554,75'] }, 'Poliçe No'],
      [{ 'N° abonnement': ['361935', '361869', '337499', '361936', '361870', '337500'], 'Montant TTC': ['49,00', '59,00', '49,00'] }, 'N° abonnement'],
      [{ 'Nº Recibo': ['20257994235', '20251421463', '20258498219', '20251851352', '20255248035', '20259912004'], 'Nº Póliza': ['P-881', 'P-882', 'P-883', 'P-884', 'P-885', 'P-886'], 'Prima total': ['323,92', '1.296,00', '-35,64'] }, 'Nº Recibo'],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(E, cols)
      expect(r.to(col), col).toBe('commerce.order.purchaseID')
    }
    // (the receipt's number comes first: the policy's number beside it is not the order's)
    const eb = await suggestOn(E, cases[3]![0])
    expect(eb.to('Nº Póliza')).not.toBe('commerce.order.purchaseID')
    // (a subscription tool's "Subscription ID" is the record's own id, no order number)
    const sub = await suggestOn(E, { 'Subscription ID': ['s-101', 's-102', 's-103', 's-104', 's-105', 's-106'], 'Customer Email': ['a@x.io', 'b@x.io', 'c@x.io'], Amount: ['10.00', '20.00', '30.00'] })
    expect(sub.to('Subscription ID')).not.toBe('commerce.order.purchaseID')
  })

  it("an insurance policy's premium (Prima total, Brüt Prim) is the order's price total", async () => {
    const es = await suggestOn(E, { 'Nº Recibo': ['1', '2', '3'], 'Prima total': ['323,92', '1.296,00', '88,10'] })
    expect(es.to('Prima total')).toBe('commerce.order.priceTotal')
    const tr = await suggestOn(E, { 'Poliçe No': ['2006550419', '1249359749', '900091629'], 'Brüt Prim': ['3.422,48', '827,93', '28.554,75'] })
    expect(tr.to('Brüt Prim')).toBe('commerce.order.priceTotal')
  })

  it('the date a policy or an invoice was issued (Tanzim Tarihi, Ngày lập) is the event time', async () => {
    const tr = await suggestOn(E, { 'Poliçe No': ['2006550419', '1249359749', '900091629'], 'Tanzim Tarihi': ['21.12.2024', '19.10.2024', '17.02.2025'], 'Brüt Prim': ['3.422,48', '827,93', '28.554,75'] })
    expect(tr.to('Tanzim Tarihi')).toBe('timestamp')
    const vi = await suggestOn(E, { 'Mã hóa đơn': ['HD1', 'HD2', 'HD3'], 'Ngày lập': ['15/04/2025', '16/03/2025', '21/02/2025'], 'Tổng tiền': ['3.500.000', '2.800.000', '4.100.000'] })
    expect(vi.to('Ngày lập')).toBe('timestamp')
  })

  it("dates of the 1st of each month (01/04/2025) are read day-first in a file whose languages all write the day first, and stay in doubt in an English one", async () => {
    const vi = await suggestOn(E, { 'Mã hóa đơn': ['HD1', 'HD2', 'HD3'], 'Khách thuê': ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'], 'Ngày lập': ['01/04/2025', '01/01/2025', '01/03/2025'], 'Tổng tiền': ['3.500.000', '2.800.000', '4.100.000'], 'Trạng thái': ['Đã thu', 'Chưa thu', 'Đã thu'] })
    expect(vi.to('Ngày lập')).toBe('timestamp')
    expect(vi.r.mappings.find((m) => m.source === 'Ngày lập')?.reason).toContain('dd/MM/yyyy')
    const en = await suggestOn(E, { 'Invoice No': ['INV1', 'INV2', 'INV3'], 'Invoice Date': ['01/04/2025', '01/01/2025', '01/03/2025'], Total: ['35.00', '28.00', '41.00'] })
    expect(en.to('Invoice Date')).toBeUndefined()
  })

  it('a marital status in Dutch, Portuguese, Persian, Arabic and Turkish words (Samenwonend, União de facto, متاهل, متزوج, Evli) is decoded into the enum', async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ Achternaam: ['Jansen', 'de Vries', 'Bakker'], 'Burgerlijke staat': ['Gescheiden', 'Samenwonend', 'Gehuwd'] }, 'Burgerlijke staat'],
      [{ Apelido: ['Silva', 'Santos', 'Costa'], 'Estado civil': ['União de facto', 'Divorciado(a)', 'Casado(a)'] }, 'Estado civil'],
      [{ 'نام خانوادگی': ['محمدی', 'حسینی', 'احمدی'], 'وضعیت تاهل': ['مجرد', 'متاهل', 'مجرد'] }, 'وضعیت تاهل'],
      [{ 'الاسم': ['محمد', 'سارة', 'فهد'], 'الحالة الاجتماعية': ['متزوج', 'أعزب', 'متزوجة'] }, 'الحالة الاجتماعية'],
      [{ Soyadı: ['Yılmaz', 'Kaya', 'Demir'], 'Medeni Durum': ['Evli', 'Bekar', 'Evli'] }, 'Medeni Durum'],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(P, cols)
      expect(r.to(col), col).toBe('person.maritalStatus')
    }
  })

  it("a bare phone holding its country's national mobiles in Spanish, Catalan, Italian, Arabic and Persian files is the mobile", async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ Nom: ['Jordi', 'Núria', 'Pau'], Cognoms: ['Puig Serra', 'Vila Roca', 'Font Pujol'], 'Correu electrònic': ['jordi@example.cat', 'nuria@example.cat', 'pau@example.cat'], 'Població': ['Girona', 'Salt', 'Figueres'], 'Telèfon': ['624 29 80 77', '631 41 43 46', '607 32 01 40'] }, 'Telèfon'],
      [{ Nombre: ['Lucía', 'Mateo', 'Sofía'], Apellidos: ['Gómez', 'Pérez', 'Díaz'], 'Teléfono': ['612 345 678', '634 567 890', '711 222 333'] }, 'Teléfono'],
      [{ Nome: ['Luca', 'Giulia', 'Marco'], Cognome: ['Rossi', 'Bianchi', 'Esposito'], Indirizzo: ['Via Roma 1', 'Via Verdi 12', 'Corso Italia 5'], 'Città': ['Milano', 'Monza', 'Lodi'], Telefono: ['338 137 7002', '340 709 4534', '328 161 2856'] }, 'Telefono'],
      [{ 'الاسم': ['علي', 'زينب', 'حيدر'], 'الهاتف': ['07517365934', '07901875419', '07801028716'] }, 'الهاتف'],
      [{ 'نام': ['علی', 'زهرا', 'رضا'], 'تلفن': ['09121234567', '09351234567', '09191234567'] }, 'تلفن'],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(P, cols)
      expect(r.to(col), col).toBe('mobilePhone.number')
    }
  })

  it('words of round 81: Greek identifiers, e-mail written out and refunds; うち消費税; 企业邮箱; No. WhatsApp; Resident Name; CodFisc', async () => {
    const el = await suggestOn(E, { 'Αναγνωριστικό παραγγελίας': ['GPA.1490-4355-1990-29622', 'GPA.4138-1585-1034-21126', 'GPA.6017-8812-2231-11230'], 'Διεύθυνση ηλεκτρονικού ταχυδρομείου': ['a@example.gr', 'b@example.gr', 'c@example.gr'], 'Ποσό επιστροφής χρημάτων': ['0,00', '5,00', '0,00'] })
    expect(el.to('Αναγνωριστικό παραγγελίας')).toBe('commerce.order.purchaseID')
    expect(el.to('Διεύθυνση ηλεκτρονικού ταχυδρομείου')).toBe('endUserIDs._experience.emailid.id')
    expect(['commerce.order.refundTotal', 'commerce.order.refunds[0].refundAmount']).toContain(el.to('Ποσό επιστροφής χρημάτων'))
    const ja = await suggestOn(E, { 予約番号: ['R1', 'R2', 'R3'], 合計金額: ['18,150', '24,530', '10,120'], うち消費税: ['1,650', '2,230', '920'] })
    expect(ja.to('うち消費税')).toBe('commerce.order.taxAmount')
    const zh = await suggestOn(B2B, { 姓名: ['徐思琪', '许宇彤', '王磊'], 企业邮箱: ['xusiqi@anju-wy.com', 'xuyutong@anju-wy.com', 'wanglei@anju-wy.com'] })
    expect(zh.to('企业邮箱')).toBe('workEmail.address')
    const wa = await suggestOn(E, { 'No. Invoice': ['INV-1', 'INV-2', 'INV-3'], 'No. WhatsApp': ['6287787167985', '628132500652', '6285791625094'], 'Total Tagihan': ['150000', '100000', '150000'] })
    expect(wa.to('No. WhatsApp')).toBe('endUserIDs._experience.phonenumberid.id')
    const res = await suggestOn(P, { Flat: ['A-101', 'B-202', 'C-303'], 'Resident Name': ['Priya Reddy', 'Arjun Kumar', 'Sneha Hegde'] })
    expect(res.to('Resident Name')).toBe('person.name.fullName')
    const it_ = await suggestOn(P, { Nominativo: ['Rossi Mario', 'Bianchi Anna', 'Verdi Luca'], CodFisc: ['RSSMRA80A01F205X', 'BNCNNA75B41F205Y', 'VRDLCU90C01F205Z'] })
    expect(it_.to('CodFisc')).toBe('person.taxId')
  })
})
