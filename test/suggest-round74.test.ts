// Rules of round 74 (tune143-146 and tune1-142; each test fails with its rule removed), checked on made-up headers: the
// vocabulary of Hebrew, Turkish, Arabic, Romanian, Serbian, Polish, Czech, Slovak, German and Portuguese exports the
// new blind tune halves brought (restaurant checks, bookings, clinics, couriers, ticket sales); a B2B person's source;
// Indian day-first dates with a 12-hour clock; a food order's delivery address; an order's goods as its product's name;
// a booking's service; what was paid; a first-name column of firms; a free union's marital status; a Colombian
// order's departamento; an Egyptian governorate beside its area.
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round74-')

const ORDER = { 'Order number': ['1001', '1002', '1003', '1004'], Email: ['ana@x.com', 'ben@y.com', 'cy@z.com', 'di@w.com'] }
const LEADS = { Name: ['Anil Kumar', 'Ravi Shah', 'Meera Iyer', 'Priya Nair'], Email: ['anil@acme.in', 'ravi@globex.in', 'meera@initech.in', 'priya@umbrella.in'], 'Company Name': ['Acme Pvt Ltd', 'Globex Ltd', 'Initech LLP', 'Umbrella Ltd'] }

describe('round 74 (tune143-146, tune1-142)', () => {
  it('Hebrew restaurant checks: זמן פתיחה is when the check opened, הנחות its discounts, the amount before the discount no discount', async () => {
    const { to } = await suggestOn(E, {
      'מספר הזמנה': ['5001', '5002', '5003', '5004'], 'זמן פתיחה': ['28/08/2025 21:02', '23/05/2025 20:15', '26/09/2025 19:40', '01/10/2025 12:05'],
      'סכום לפני הנחה': ['101.00', '120.00', '143.00', '88.00'], 'הנחות': ['10.00', '0.00', '14.30', '0.00'], 'סה"כ': ['91.00', '120.00', '128.70', '88.00'],
    })
    expect(['timestamp', 'commerce.order.createdDate']).toContain(to('זמן פתיחה'))
    expect(to('הנחות')).toBe('commerce.order.discountAmount')
    expect(to('סכום לפני הנחה')).not.toBe('commerce.order.discountAmount')
  })

  it('the total paid ("סה\\"כ שולם", "Total pagado") is the order\'s total; the amount paid ("Valor pago", "Montant payé") the payment\'s', async () => {
    for (const col of ['סה"כ שולם', 'Total pagado']) {
      const { to } = await suggestOn(E, { ...ORDER, [col]: ['410', '250', '410', '120'] })
      expect(to(col), col).toBe('commerce.order.priceTotal')
    }
    for (const [col, other] of [['Valor pago', 'Valor'], ['Montant payé', 'Montant']]) {
      const { to } = await suggestOn(E, { Código: ['48540494', '52368578', '52413257', '52413258'], [other]: ['459,00', '245,00', '377,55', '439,00'], [col]: ['459,00', '', '377,55', '439,00'] })
      expect(to(col), col).toBe('commerce.order.payments[0].paymentAmount')
    }
  })

  it('a Turkish restaurant POS\'s check number (Adisyon No) is the order\'s; Web Adresi a company\'s website', async () => {
    const { to } = await suggestOn(E, { 'Adisyon No': ['A-1024', 'A-1025', 'A-1026', 'A-1027'], Tarih: ['13.09.2025 15:13', '08.09.2025 22:13', '09.04.2025 00:33', '10.04.2025 12:00'], Toplam: ['751,00', '986,00', '1.612,00', '240,00'] })
    expect(['commerce.order.purchaseID', '_id']).toContain(to('Adisyon No'))
    const b = await suggestOn(B, { 'Firma Adı': ['Akın Makina A.Ş.', 'Deniz Gıda Ltd. Şti.', 'Yıldız Tekstil A.Ş.', 'Ege Lojistik Ltd. Şti.'], 'Web Adresi': ['www.akinmakina.com.tr', 'www.denizgida.com', 'www.yildiztekstil.com.tr', 'www.egelojistik.com'] })
    expect(b.to('Web Adresi')).toBe('b2b.companyWebsite')
  })

  it('Arabic bookings, tickets and patients: رقم الحجز, عدد التذاكر, رقم الملف, اسم المريض', async () => {
    const { to } = await suggestOn(E, { 'رقم الحجز': ['WB-88121', 'WB-88122', 'WB-88123', 'WB-88124'], 'عدد التذاكر': ['2', '1', '4', '2'], 'المبلغ الإجمالي': ['300.00', '150.00', '600.00', '300.00'] })
    expect(['commerce.order.purchaseID', '_id']).toContain(to('رقم الحجز'))
    expect(to('عدد التذاكر')).toBe('productListItems[0].quantity')
    const p = await suggestOn(P, { 'رقم الملف': ['1494', '3994', '5887', '6021'], 'اسم المريض': ['دينا يوسف عادل', 'يوسف كريم إبراهيم', 'حسام عمرو إبراهيم', 'منى علي حسن'], 'البريد الإلكتروني': ['dina@gmail.com', 'yousef@gmail.com', 'hossam@yahoo.com', 'mona@gmail.com'] })
    expect(['_id', 'personID']).toContain(p.to('رقم الملف'))
    expect(p.to('اسم المريض')).toBe('person.name.fullName')
  })

  it('an Egyptian governorate (المحافظة) beside its area (المنطقة) is the region, the area the city', async () => {
    const { to } = await suggestOn(P, { 'الاسم': ['دينا عادل', 'يوسف كريم', 'حسام عمرو', 'منى علي'], 'المحافظة': ['القاهرة', 'القاهرة', 'الجيزة', 'الإسكندرية'], 'المنطقة': ['مدينة نصر', 'التجمع الخامس', 'الدقي', 'سموحة'] })
    expect(to('المحافظة')).toBe('homeAddress.stateProvince')
    expect(to('المنطقة')).toBe('homeAddress.city')
  })

  it('Romanian promotional codes: the code, its discount, and the sum after it', async () => {
    const { to } = await suggestOn(E, {
      'Număr comandă': ['10021', '10022', '10023', '10024'], 'Cod promoțional': ['TOAMNA10', '', 'TOAMNA10', 'VIP15'],
      'Reducere cod promoțional': ['12,50', '0,00', '8,90', '30,00'], 'Suma cu reducere': ['112,50', '89,00', '80,10', '170,00'],
    })
    expect(to('Cod promoțional')).toBe('commerce.promotionID')
    expect(to('Reducere cod promoțional')).toBe('commerce.order.discountAmount')
    expect(['commerce.order.priceTotal', 'commerce.order.payments[0].paymentAmount']).toContain(to('Suma cu reducere'))
  })

  it('a Serbian courier\'s recipient address and pickup day (Adresa primaoca, Datum preuzimanja)', async () => {
    const { to } = await suggestOn(E, {
      'Broj pošiljke': ['2025071400123', '2025071400124', '2025071400125', '2025071400126'], 'Datum preuzimanja': ['14.07.2025. 10:13', '14.07.2025. 11:40', '15.07.2025. 09:05', '15.07.2025. 14:20'],
      'Adresa primaoca': ['Bulevar oslobođenja 12', 'Njegoševa 4', 'Cara Dušana 77', 'Knez Mihailova 3'], Mesto: ['Novi Sad', 'Beograd', 'Niš', 'Beograd'],
    })
    expect(to('Adresa primaoca')).toBe('commerce.shipping.address.street1')
    expect(to('Datum preuzimanja')).toBe('commerce.shipping.shipDate')
  })

  it('Polish, Czech and Slovak ticket counts, cancellations and totals; a German practice\'s patient number and cancellation day', async () => {
    const { to } = await suggestOn(E, { 'Numer zamówienia': ['B-771', 'B-772', 'B-773', 'B-774'], 'Liczba biletów': ['1', '2', '1', '4'], 'Wartość': ['89,00', '178,00', '89,00', '356,00'] })
    expect(to('Liczba biletów')).toBe('productListItems[0].quantity')
    const sk = await suggestOn(E, { 'Číslo objednávky': ['T-101', 'T-102', 'T-103', 'T-104'], 'Počet vstupeniek': ['2', '1', '1', '3'], 'Suma spolu': ['58,00', '29,00', '29,00', '87,00'], 'Datum storna': ['', '12.05.2025 10:00', '', '13.05.2025 09:30'] })
    expect(sk.to('Počet vstupeniek')).toBe('productListItems[0].quantity')
    expect(['commerce.order.priceTotal', 'commerce.order.payments[0].paymentAmount']).toContain(sk.to('Suma spolu'))
    expect(sk.to('Datum storna')).toBe('commerce.order.cancelDate')
    const de = await suggestOn(E, { 'Termin-ID': ['T1', 'T2', 'T3', 'T4'], Datum: ['12.05.2025', '13.05.2025', '14.05.2025', '15.05.2025'], Gesamt: ['45,00', '60,00', '45,00', '90,00'], 'Abgesagt am': ['', '10.05.2025', '', '11.05.2025'] })
    expect(de.to('Abgesagt am')).toBe('commerce.order.cancelDate')
    const p = await suggestOn(P, { 'Pat.-Nr.': ['10021', '10022', '10023', '10024'], Nachname: ['Huber', 'Gruber', 'Bauer', 'Wagner'], Vorname: ['Anna', 'Lukas', 'Lena', 'Jonas'] })
    expect(['_id', 'personID']).toContain(p.to('Pat.-Nr.'))
  })

  it('a B2B person\'s source ("Lead Source", "Source", "Kaynak", "Origine") is the person\'s source; a count of leads is none', async () => {
    for (const col of ['Lead Source', 'Source', 'Kaynak', 'Origine du lead']) {
      const { to } = await suggestOn(B, { ...LEADS, [col]: ['IndiaMART', 'Referral', 'JustDial', 'Website'] })
      expect(to(col), col).toBe('b2b.personSource')
    }
    const { to } = await suggestOn(B, { ...LEADS, Leads: ['3', '5', '1', '0'] })
    expect(to('Leads')).toBeUndefined()
  })

  it('Indian day-first dashed dates with a 12-hour clock (05-03-2024 7:38 AM) are read with their pattern and convert in run()', async () => {
    const values = ['05-03-2024 7:38 AM', '29-01-2019 9:10 PM', '12-05-2020 12:21 PM', '17-02-2023 2:36 AM']
    const { r, to } = await suggestOn(B, { ...LEADS, 'Created On': values })
    expect(to('Created On')).toBe('extSourceSystemAudit.createdDate')
    const header = ['Name', 'Email', 'Company Name', 'Created On']
    const rows = values.map((v, i) => [LEADS.Name[i]!, LEADS.Email[i]!, LEADS['Company Name'][i]!, v])
    const out = await runMapping<{ extSourceSystemAudit?: { createdDate?: string } }>(base, B, [header, ...rows], toMappingSet(r))
    expect(out.rejected).toBe(0)
    expect(out.records.map((x) => x.extSourceSystemAudit?.createdDate?.slice(0, 16))).toEqual(['2024-03-05T07:38', '2019-01-29T21:10', '2020-05-12T12:21', '2023-02-17T02:36'])
  })

  it('a food order delivered home (an order type of משלוח, Paket Servis, Delivery) is addressed to its shipping address', async () => {
    for (const [kind, addr, city] of [[['משלוח', 'טייק אווי', 'משלוח', 'ישיבה'], 'כתובת', 'עיר'], [['Paket Servis', 'Gel Al', 'Restoran', 'Paket Servis'], 'Adres', 'Şehir'], [['Delivery', 'Takeaway', 'Dine-in', 'Delivery'], 'Address', 'City']] as const) {
      const { to } = await suggestOn(E, { 'Check No': ['5001', '5002', '5003', '5004'], 'Order Type': [...kind], Total: ['91.00', '120.00', '128.70', '88.00'], [addr]: ['Dizengoff 30', '', '', 'Bograshov 7'], [city]: ['Tel Aviv', '', '', 'Tel Aviv'] })
      expect(to(addr), addr).toBe('commerce.shipping.address.street1')
    }
    const { to } = await suggestOn(E, { 'Check No': ['5001', '5002', '5003', '5004'], 'Order Type': ['Takeaway', 'Dine-in', 'Takeaway', 'Dine-in'], Total: ['91.00', '120.00', '128.70', '88.00'], Address: ['Dizengoff 30', '', '', 'Bograshov 7'], City: ['Tel Aviv', '', '', 'Tel Aviv'] })
    expect(to('Address')).toBe('commerce.billing.address.street1')
  })

  it('an order\'s goods holding one named item a row ("Productos": Sandalia Guayacán Negra) are its product\'s name; counted lists are not', async () => {
    const { to } = await suggestOn(E, { ...ORDER, Productos: ['Sandalia Guayacán Negra', 'Sandalia Plataforma Nutibara', 'Sandalia Guayacán Miel', 'Bolso Tejido Wayuu'], Total: ['189900', '219900', '189900', '159900'] })
    expect(to('Productos')).toBe('productListItems[0].name')
    const counted = await suggestOn(E, { ...ORDER, Productos: ['2 x Docena de empanadas', '1 x Milanesa napolitana', '3 x Pizza muzzarella', '1 x Flan'], Total: ['18900', '9900', '27900', '3900'] })
    expect(counted.to('Productos')).toBeUndefined()
  })

  it('a booking\'s service ("Servicio", "Leistung", "Služba") is the product booked; a courier\'s ("Servicio": SEUR 24) its shipping method, unless a column names that', async () => {
    for (const [id, col] of [['Id cita', 'Servicio'], ['Termin-ID', 'Leistung'], ['ID rezervace', 'Služba']]) {
      const { to } = await suggestOn(E, { [id]: ['8036780', '8776195', '8834046', '8834047'], [col]: ['Corte y peinado', 'Mechas balayage', 'Manicura semipermanente', 'Corte caballero'], Email: ['ana@x.es', 'luis@y.es', 'eva@z.es', 'jon@w.es'] })
      expect(to(col), col).toBe('productListItems[0].name')
    }
    const { to } = await suggestOn(E, { Referencia: ['ES-1', 'ES-2', 'ES-3', 'ES-4'], 'Número de seguimiento': ['0082801234', '0082801235', '0082801236', '0082801237'], Servicio: ['SEUR 24', 'Classic Internacional', 'SEUR 24', 'SEUR 48'] })
    expect(to('Servicio')).toBe('commerce.shipping.shippingMethod')
    const named = await suggestOn(E, { Referencia: ['ES-1', 'ES-2', 'ES-3', 'ES-4'], 'Tracking Number': ['0082801234', '0082801235', '0082801236', '0082801237'], 'Requested Shipping Method': ['Ground', 'Express', 'Ground', 'Standard'], Service: ['2nd Day Air', 'Home Delivery', 'Ground', 'Express Saver'] })
    expect(named.to('Requested Shipping Method')).toBe('commerce.shipping.shippingMethod')
    expect(named.to('Service')).toBeUndefined()
  })

  it('what was paid ("Pagado", "Оплачено", "Zapłacono") holding amounts is the payment\'s amount; a paid flag is not', async () => {
    for (const col of ['Pagado', 'Оплачено', 'Zapłacono']) {
      const { to } = await suggestOn(E, { Reserva: ['R-101', 'R-102', 'R-103', 'R-104'], Total: ['160,38', '175,38', '1.595,79', '95,00'], [col]: ['160,38', '0,00', '800,00', '95,00'] })
      expect(to(col), col).toBe('commerce.order.payments[0].paymentAmount')
    }
    const { to } = await suggestOn(E, { Reserva: ['R-101', 'R-102', 'R-103', 'R-104'], Total: ['160,38', '175,38', '1.595,79', '95,00'], Pagado: ['Sí', 'No', 'Sí', 'Sí'] })
    expect(to('Pagado')).not.toBe('commerce.order.payments[0].paymentAmount')
  })

  it('a Bulgarian counterparty list\'s Име holding firms (ЕООД, АД, a sole trader ЕТ „…“) is the company\'s name', async () => {
    const { to } = await suggestOn(B, {
      'Име': ['Пекарна Златен клас ЕООД', 'ЕТ „Хлебозавод Родопи – Силвия Петкова“', 'Сладкарница Житен дом ООД', 'ЕТ „Фурна Тракия – Радостина Ангелова“'],
      'Имейл': ['office@zlatenklas.bg', 'rodopi@abv.bg', 'zhiten@abv.bg', 'trakia@mail.bg'], 'Населено място': ['Пловдив', 'Смолян', 'Пазарджик', 'Пловдив'],
    })
    expect(['b2b.companyName', 'organizations[0]']).toContain(to('Име'))
  })

  it('a free or de facto union (Unión libre, conviviente) is decoded as married', async () => {
    const { r, to } = await suggestOn(P, { Nombre: ['Ana', 'Luis', 'Eva', 'Juan'], 'Estado civil': ['Unión libre', 'Soltero(a)', 'Casado(a)', 'Conviviente'] })
    expect(to('Estado civil')).toBe('person.maritalStatus')
    const m = r.mappings.find((x) => x.source === 'Estado civil')!
    expect(m.expression).toMatch(/uni[oó]n libre/i)
    expect(m.expression).toMatch(/married/)
  })

  it('a Colombian order\'s Departamento beside its city is the address\'s region; an Argentine flat number or a Mexican store\'s department beside the state is not', async () => {
    const { to } = await suggestOn(E, { ...ORDER, Total: ['189900', '219900', '189900', '159900'], 'Dirección': ['Cra 7 # 45-10', 'Cl 10 # 5-51', 'Av 6N # 23-45', 'Cra 43A # 1-50'], Ciudad: ['Bogotá', 'Medellín', 'Cali', 'Medellín'], Departamento: ['Cundinamarca', 'Antioquia', 'Valle del Cauca', 'Antioquia'] })
    expect(to('Departamento')).toMatch(/^commerce\.(shipping|billing)\.address\.stateProvince$/)
    const ar = await suggestOn(E, { ...ORDER, Total: ['18900', '9900', '27900', '3900'], 'Dirección': ['Av. Corrientes 1234', 'Thames 2200', 'Av. Santa Fe 3456', 'Gorriti 4500'], Ciudad: ['CABA', 'CABA', 'CABA', 'CABA'], Departamento: ['4B', '12', '', '2A'] })
    expect(ar.to('Departamento') ?? '').not.toMatch(/stateProvince/)
    const mx = await suggestOn(E, { ...ORDER, Total: ['1899.00', '2199.00', '899.00', '1599.00'], Ciudad: ['Monterrey', 'Puebla', 'León', 'Mérida'], Estado: ['Nuevo León', 'Puebla', 'Guanajuato', 'Yucatán'], Departamento: ['Electrodomésticos', 'Calzado', 'Blancos', 'Calzado'] })
    expect(mx.to('Departamento') ?? '').not.toMatch(/stateProvince/)
  })
})
