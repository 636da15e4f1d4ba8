// Rules of round 56 (tune1-121, first look on tune120-121; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00']
const amounts = ['12.00', '13.50', '9.99']

describe('round 56 (tune120-121)', () => {
  it("a points programme's transaction heading the header is the booking's record, no payment's", async () => {
    for (const h of ['Transaction ID', 'Transaktions-ID', 'ID Transacción']) {
      const r = await suggestOn(E, { [h]: ['T-1001', 'T-1002', 'T-1003', 'T-1004', 'T-1005', 'T-1006'], Date: times, 'Card No': ['6001', '6002', '6003'], 'Bill Amount': amounts, 'Points Issued': ['12', '13', '9'], 'Points Redeemed': ['0', '100', '0'] })
      expect(r.to(h), h).toBe('_id')
    }
    // (a shop's or a gateway's transaction stays the payment's)
    const pay = await suggestOn(E, { 'Transaction ID': ['T-1001', 'T-1002', 'T-1003'], Date: times, Amount: amounts, 'Payment Method': ['Visa', 'Mastercard', 'Visa'] })
    expect(pay.to('Transaction ID')).toBe('commerce.order.payments[0].transactionID')
  })

  it("a B2B list's bare name beside its contact person (pt, de) is the firm's; the contact's e-mail the work e-mail beside the firm's bare one", async () => {
    const r = await suggestOn(B, { Código: ['C001', 'C002', 'C003'], Nome: ['Lusoflex Lda', 'Tecnimar SA', 'Vinhos do Douro Lda'], NIF: ['501234567', '502345678', '503456789'], 'Pessoa de Contacto': ['Ana Sousa', 'Rui Costa', 'Marta Lopes'] })
    expect(r.to('Nome')).toBe('b2b.companyName')
    expect(r.to('Pessoa de Contacto')).toBe('person.name.fullName')
    const de = await suggestOn(B, { Firma: ['Lorenz IT GmbH', 'Kessler StB', 'Hofmann Immobilien'], 'E-Mail': ['info@lorenz-it.de', 'info@kessler-stb.de', 'info@hofmann-immo.de'], Entscheider: ['Tim Schröder', 'Eva Kessler', 'Max Hartmann'], 'E-Mail Entscheider': ['t.schroeder@lorenz-it.de', 'e.kessler@kessler-stb.de', 'm.hartmann@hofmann-immo.de'] })
    expect(de.to('E-Mail Entscheider')).toBe('workEmail.address')
    expect(de.to('E-Mail')).toBeUndefined()
    // (an executive in capitals, surname first with a comma: Empresite's "Directivo")
    const es = await suggestOn(B, { 'Razón social': ['Talleres Gómez S.L.', 'Frutas Pérez S.A.', 'Nexo Digital S.L.'], Cargo: ['Administrador', 'Gerente', 'Consejero'], Directivo: ['GÓMEZ RUIZ, JUAN', 'PÉREZ GIL, MARÍA', 'SANZ LÓPEZ, ANA'] })
    expect(es.to('Directivo')).toBe('person.name.fullName')
  })

  it("a Colombian departamento beside a city is the region; a bare Estado beside a province is a status; a document's type is no tax id", async () => {
    const r = await suggestOn(P, { Nombre: ['Ana', 'Luis', 'Eva'], 'Tipo de documento': ['CC', 'CE', 'CC'], 'Número de documento': ['1020304050', '52123456', '79876543'], Ciudad: ['Bogotá', 'Medellín', 'Chía'], Departamento: ['Bogotá D.C.', 'Antioquia', 'Cundinamarca'] })
    expect(r.to('Departamento')).toBe('homeAddress.stateProvince')
    expect(r.to('Tipo de documento')).toBeUndefined()
    const co = await suggestOn(B, { 'Razón social': ['Talleres Gómez S.L.', 'Frutas Pérez S.A.', 'Nexo Digital S.L.'], Localidad: ['Elche', 'Paterna', 'Gandia'], Provincia: ['Alicante', 'Valencia', 'Valencia'], Estado: ['Activa', 'Activa', 'Extinguida'] })
    expect(co.to('Provincia')).toBe('workAddress.stateProvince')
    expect(co.to('Estado')).toBeUndefined()
  })

  it("the carrier of an order's or a shipment's goods is its shipping method when no column names one", async () => {
    for (const h of ['Carrier', 'Transportadora', 'Paquetería', 'Vervoerder', 'Corriere']) {
      const r = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], Date: times, SKU: ['S-1', 'S-2', 'S-3'], Quantity: ['1', '2', '1'], Total: amounts, [h]: ['DHL Express', 'UPS', 'DPD Classic'] })
      expect(r.to(h), h).toBe('commerce.shipping.shippingMethod')
    }
    const method = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], SKU: ['S-1', 'S-2', 'S-3'], Total: amounts, Carrier: ['DHL', 'UPS', 'DPD'], 'Shipping Method': ['Express', 'Standard', 'Standard'] })
    expect(method.to('Shipping Method')).toBe('commerce.shipping.shippingMethod')
  })

  it("a shop line's total (Positionstotal), a Belgian firm's registered name and a Dutch SMS log's recipient", async () => {
    const r = await suggestOn(E, { Bestellnummer: ['1', '2', '3'], Artikelnummer: ['A-1', 'A-2', 'A-3'], Menge: ['2', '1', '3'], Positionstotal: ['24,00', '13,50', '29,97'], Bestelltotal: ['24,00', '13,50', '29,97'] })
    expect(r.to('Positionstotal')).toBe('productListItems[0].priceTotal')
    const be = await suggestOn(B, { 'Maatschappelijke naam': ['Janssens BV', 'Peeters NV', 'De Smet BV'], Functie: ['Zaakvoerder', 'CEO', 'CFO'], Voornaam: ['Jan', 'Els', 'Tom'] })
    expect(be.to('Maatschappelijke naam')).toBe('b2b.companyName')
    const sms = await suggestOn(E, { 'Bericht ID': ['b1', 'b2', 'b3'], Ontvanger: ['31612345678', '31687654321', '31611122233'], Afzender: ['SHOP', 'SHOP', 'SHOP'], Bericht: ['Hallo', 'Actie', 'Herinnering'], 'Aantal delen': ['1', '2', '1'], 'Verzonden op': times })
    expect(sms.to('Ontvanger')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(sms.to('Aantal delen')).toBeUndefined()
  })

  it("an order's buyer address written postcode first (ja) is the billing address beside the delivery's", async () => {
    const r = await suggestOn(E, {
      注文番号: ['1001', '1002', '1003'], 郵便番号: ['222-0033', '530-0001', '604-8166'], 都道府県: ['神奈川県', '大阪府', '京都府'], 市区郡町村: ['横浜市港北区', '大阪市北区', '京都市中京区'], 番地: ['新横浜2-6-13', '梅田1-3-1', '烏丸通601'], ビル名: ['', 'ビル3F', ''],
      配送先郵便番号: ['222-0033', '530-0001', '604-8166'], 配送先都道府県: ['神奈川県', '大阪府', '京都府'], 配送先番地: ['新横浜2-6-13', '梅田1-3-1', '烏丸通601'], 総合計金額: ['5400', '3200', '8800'],
    })
    expect(r.to('郵便番号')).toBe('commerce.billing.address.postalCode')
    expect(r.to('市区郡町村')).toBe('commerce.billing.address.city')
    expect(r.to('ビル名')).toBe('commerce.billing.address.street2')
    expect(r.to('配送先郵便番号')).toBe('commerce.shipping.address.postalCode')
  })

  it('Asian and Persian everyday words: a representative (ja, zh), a province "it belongs to" (zh), a mobile and a member card (id), a currency (th), a record code (vi), a recipient (fa)', async () => {
    const ja = await suggestOn(B, { 企業名: ['株式会社アルファ', '株式会社ベータ', '合同会社ガンマ'], 代表者名: ['山田 太郎', '佐藤 花子', '鈴木 一郎'], 企業URL: ['https://alpha.example.jp', 'https://beta.example.jp', 'https://gamma.example.jp'] })
    expect(ja.to('代表者名')).toBe('person.name.fullName')
    const zh = await suggestOn(B, { 企业名称: ['北京甲公司', '上海乙公司', '深圳丙公司'], 法定代表人: ['张伟', '王芳', '李强'], 所属省份: ['北京市', '上海市', '广东省'], 所属城市: ['北京市', '上海市', '深圳市'] })
    expect(zh.to('法定代表人')).toBe('person.name.fullName')
    expect(zh.to('所属城市')).toBe('workAddress.city')
    const id = await suggestOn(P, { Nama: ['Budi Santoso', 'Siti Aminah', 'Agus Salim'], 'No. Handphone': ['081234567890', '085712345678', '081398765432'], 'No. Kartu Member': ['M0001', 'M0002', 'M0003'], Poin: ['120', '45', '300'] })
    expect(id.to('No. Handphone')).toBe('mobilePhone.number')
    expect(id.to('No. Kartu Member')).toBe('loyalty.cardsDetails[0].number')
    const th = await suggestOn(E, { วันที่: ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'], จำนวนเงิน: ['120.00', '450.00', '99.00'], สกุลเงิน: ['THB', 'THB', 'THB'] })
    expect(th.to('สกุลเงิน')).toBe('commerce.order.currencyCode')
    const vi = await suggestOn(B, { 'Mã người liên hệ': ['LH001', 'LH002', 'LH003', 'LH004', 'LH005', 'LH006'], 'Họ và tên': ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'], 'Công ty': ['Công ty A', 'Công ty B', 'Công ty C'], 'Chức vụ': ['Giám đốc', 'Kế toán', 'Trưởng phòng'] })
    expect(vi.to('Mã người liên hệ')).toMatch(/^(personID|_id|b2b\.personKey\.sourceID|extSourceSystemAudit\.externalID)$/)
    const fa = await suggestOn(E, { 'شناسه پیام': ['1', '2', '3'], گیرنده: ['09121234567', '09351234567', '09191234567'], 'متن پیام': ['سلام', 'تخفیف', 'یادآوری'], وضعیت: ['ارسال شده', 'تحویل', 'ارسال شده'] })
    expect(fa.to('گیرنده')).toBe('endUserIDs._experience.phonenumberid.id')
  })
})
