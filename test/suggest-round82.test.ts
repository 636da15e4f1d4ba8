// Rules of round 82 (tune175-178; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B2B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 82 (tune175-178)', () => {
  it("a tax's rate read as a fee (Lithuanian \"PVM tarifas\") does not make the tax amount after it a fee's tax", async () => {
    const lt = await suggestOn(E, { 'Užsakymo Nr.': ['U-1', 'U-2', 'U-3'], 'PVM tarifas': ['9 %', '9 %', '21 %'], 'PVM suma': ['1,02', '1,82', '0,46'], Valiuta: ['EUR', 'EUR', 'EUR'] })
    expect(lt.to('PVM suma')).toBe('commerce.order.taxAmount')
    // (a payment processor's fee and its tax stay apart: the tax right after a fee is the fee's)
    const fee = await suggestOn(E, { 'ID de pago': ['P1', 'P2', 'P3'], Monto: ['100.00', '250.00', '80.00'], 'Comisión': ['3.50', '8.75', '2.80'], IVA: ['0.56', '1.40', '0.45'] })
    expect(fee.to('IVA')).not.toBe('commerce.order.taxAmount')
  })

  it("a bare price beside a total of something else (a refund's) is still the order's total; beside the order's total it is not", async () => {
    const lt = await suggestOn(E, { 'Užsakymo Nr.': ['U-1', 'U-2', 'U-3'], Kaina: ['12,40', '22,00', '5,60'], 'Grąžinta suma': ['0,00', '22,00', '0,00'] })
    expect(lt.to('Kaina')).toBe('commerce.order.priceTotal')
    const en = await suggestOn(E, { 'Booking ref': ['B-1', 'B-2', 'B-3'], Price: ['120.00', '80.00', '95.50'], 'Refund total': ['0.00', '80.00', '0.00'] })
    expect(en.to('Price')).toBe('commerce.order.priceTotal')
    const both = await suggestOn(E, { 'Booking ref': ['B-1', 'B-2', 'B-3'], Price: ['120.00', '80.00', '95.50'], 'Order total': ['240.00', '80.00', '191.00'] })
    expect(both.to('Price')).not.toBe('commerce.order.priceTotal')
  })

  it("an order line's item code, item name and unit of measure (Nimike, Nimikkeen nimi, Yksikkö, UM, UOM)", async () => {
    const fi = await suggestOn(E, { Tilausnumero: ['1001', '1002', '1003'], Nimike: ['2300450', '6300801', '8800010', '2300451', '6300802', '8800011'], 'Nimikkeen nimi': ['Höylätty mänty 42x148', 'Kattoruuvi 4,8x35', 'Sementti 25 kg'], 'Määrä': ['12', '2', '4'], 'Yksikkö': ['jm', 'pkt', 'säk', 'kpl', 'jm', 'pkt'], 'A-hinta': ['2,10', '18,90', '7,95'], 'Rivin summa': ['25,20', '37,80', '31,80'] })
    expect(fi.to('Nimike')).toBe('productListItems[0].SKU')
    expect(fi.to('Nimikkeen nimi')).toBe('productListItems[0].name')
    expect(fi.to('Yksikkö')).toBe('productListItems[0].unitOfMeasureCode')
    const en = await suggestOn(E, { 'Invoice #': ['I-1', 'I-2', 'I-3'], SKU: ['LBR-2x4-8', 'PNT-EXT-1G', 'SCR-3IN-1LB'], Qty: ['24', '2', '1'], UM: ['EA', 'GL', 'LB', 'EA', 'GL', 'LB'], Price: ['4.98', '38.99', '9.49'], Extended: ['119.52', '77.98', '9.49'] })
    expect(en.to('UM')).toBe('productListItems[0].unitOfMeasureCode')
    const uom = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], SKU: ['A-100', 'B-200', 'C-300'], Quantity: ['1', '2', '3'], UOM: ['EA', 'BX', 'CS', 'EA', 'BX', 'CS'], 'Unit Price': ['1.00', '2.00', '3.00'] })
    expect(uom.to('UOM')).toBe('productListItems[0].unitOfMeasureCode')
    // (a bare item holding names is no code)
    const names = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], Item: ['Red rose bouquet', 'Lily basket', 'Orchid pot'], 'Item name': ['Red rose bouquet (12)', 'Lily basket (L)', 'Orchid pot (S)'], Price: ['39.00', '55.00', '29.00'] })
    expect(names.to('Item')).not.toBe('productListItems[0].SKU')
  })

  it("a shop's customer card (Kundkortsnummer, Kanta-asiakaskortti) is the loyalty card's number", async () => {
    const sv = await suggestOn(P, { 'Förnamn': ['Anna', 'Erik', 'Karin'], Efternamn: ['Lind', 'Berg', 'Holm'], Kundkortsnummer: ['700100', '700101', '700102'], 'Totalt köpt': ['1 200,00', '350,00', '99,00'] })
    expect(sv.to('Kundkortsnummer')).toBe('loyalty.cardsDetails[0].number')
    const fi = await suggestOn(P, { Etunimi: ['Aino', 'Eero', 'Liisa'], Sukunimi: ['Virtanen', 'Korhonen', 'Mäkinen'], 'Kanta-asiakaskortti': ['217951261', '215578987', '219030112'], Bonussaldo: ['12', '0', '40'] })
    expect(fi.to('Kanta-asiakaskortti')).toBe('loyalty.cardsDetails[0].number')
  })

  it("the tax an amount holds (Herav mva, Heraf moms, Varav moms) is the order's tax amount", async () => {
    const cases: [Record<string, string[]>, string][] = [
      [{ Bookingnummer: ['B1', 'B2', 'B3'], 'Totalbeløp': ['2 450,00', '980,00', '1 340,00'], 'Herav mva': ['564,11', '81,96', '638,57'] }, 'Herav mva'],
      [{ Ordrenummer: ['O1', 'O2', 'O3'], 'Total': ['2 450,00', '980,00', '1 340,00'], 'Heraf moms': ['490,00', '196,00', '268,00'] }, 'Heraf moms'],
      [{ Ordernummer: ['O1', 'O2', 'O3'], Totalt: ['2 450,00', '980,00', '1 340,00'], 'Varav moms': ['490,00', '196,00', '268,00'] }, 'Varav moms'],
    ]
    for (const [cols, col] of cases) {
      const r = await suggestOn(E, cols)
      expect(r.to(col), col).toBe('commerce.order.taxAmount')
    }
  })

  it("a Latvian business partner's name is the company's, an \"actual\" address the street; a Czech \"Útvar\" the department", async () => {
    const lv = await suggestOn(B2B, { 'Partnera nosaukums': ['SIA "Lasītava"', 'Rīgas Centrālā bibliotēka', 'SIA "Grāmatu Nams"'], 'Vārds': ['Anna', 'Jānis', 'Līga'], 'Uzvārds': ['Ozola', 'Kalniņš', 'Bērziņa'], 'Faktiskā adrese': ['Brīvības iela 85', 'Lielā iela 12', 'Tērbatas iela 4'], 'Pilsēta': ['Rīga', 'Jelgava', 'Rīga'] })
    expect(lv.to('Partnera nosaukums')).toBe('b2b.companyName')
    expect(lv.to('Faktiskā adrese')).toBe('workAddress.street1')
    const cs = await suggestOn(B2B, { 'Jméno': ['Jan', 'Eva', 'Petr'], 'Příjmení': ['Novák', 'Svobodová', 'Dvořák'], 'Útvar': ['Obchod', 'Nákup', 'Marketing'], 'E-mail': ['jan@firma.cz', 'eva@firma.cz', 'petr@firma.cz'] })
    expect(cs.to('Útvar')).toBe('extendedWorkDetails.departments[0]')
  })

  it("a parcel's recipient's phone and e-mail (Címzett telefonszáma, Címzett e-mail címe) are the end user's", async () => {
    const hu = await suggestOn(E, { 'Csomagszám': ['CLFOX1', 'CLFOX2', 'CLFOX3'], 'Feladás dátuma': ['2025.03.04.', '2025.03.05.', '2025.03.06.'], 'Címzett telefonszáma': ['+36 30 123 4567', '+36 20 765 4321', '+36 70 111 2222'], 'Címzett e-mail címe': ['a@example.hu', 'b@example.hu', 'c@example.hu'], 'Utánvét összege': ['4 990', '0', '12 500'], 'Szállítási díj': ['1 290', '1 290', '1 590'] })
    expect(hu.to('Címzett telefonszáma')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(hu.to('Címzett e-mail címe')).toBe('endUserIDs._experience.emailid.id')
  })

  it('a Chilean comuna beside a city column leaves the city to the city column', async () => {
    const cl = await suggestOn(B2B, { 'Razón social': ['Constructora Andes SpA', 'Ferretería Sur Ltda', 'Maderas Maule SA'], Contacto: ['Pedro Soto', 'María Rojas', 'Luis Muñoz'], 'Dirección': ['Av. Apoquindo 3000', 'Calle Ramón Freire 12', 'Av. San Miguel 88'], Comuna: ['Las Condes', 'Rancagua', 'Talca', 'Providencia', 'Maipú', 'Ñuñoa'], Ciudad: ['Santiago', 'Rancagua', 'Talca', 'Santiago', 'Santiago', 'Santiago'] })
    expect(cl.to('Ciudad')).toBe('workAddress.city')
    expect(cl.to('Comuna')).toBeUndefined()
  })

  it("a ticket's number heading a ticket sales export (Číslo jízdenky, N° ticket) is the order's; a support desk's ticket is not", async () => {
    const cs = await suggestOn(E, { 'Číslo jízdenky': ['2581384869', '6023619327', '5090231410', '2581384870', '6023619328', '5090231411'], 'Datum prodeje': ['04.03.2025 10:12', '05.03.2025 11:40', '06.03.2025 09:05'], Cena: ['249,00', '189,00', '99,00'], 'Měna': ['CZK', 'CZK', 'CZK'] })
    expect(cs.to('Číslo jízdenky')).toBe('commerce.order.purchaseID')
    expect(cs.to('Cena')).toBe('commerce.order.priceTotal')
    const fr = await suggestOn(E, { 'N° ticket': ['101368', '101369', '101370', '101371', '101372', '101373'], Date: ['04/03/2025 10:12', '05/03/2025 11:40', '06/03/2025 09:05'], 'Montant TTC': ['24,90', '12,50', '8,00'] })
    expect(fr.to('N° ticket')).toBe('commerce.order.purchaseID')
    const desk = await suggestOn(E, { 'Ticket number': ['1001', '1002', '1003', '1004', '1005', '1006'], Subject: ['Login fails', 'Invoice copy', 'Refund'], Created: ['2025-03-04T10:12:00Z', '2025-03-05T11:40:00Z', '2025-03-06T09:05:00Z'], Priority: ['High', 'Low', 'Normal'] })
    expect(desk.to('Ticket number')).not.toBe('commerce.order.purchaseID')
  })

  it("the packages a game store sells and the yacht chartered are the item sold; a booking's final price is its total and its period no event time", async () => {
    const tebex = await suggestOn(E, { 'Transaction ID': ['tbx-1', 'tbx-2', 'tbx-3'], Date: ['2025-03-04 10:12:00', '2025-03-05 11:40:00', '2025-03-06 09:05:00'], Packages: ['VIP Rank (30 Days)', 'Elite Rank (Lifetime)', 'Island Upgrade - Tier 3'], Price: ['5.99', '49.99', '17.99'], Currency: ['GBP', 'GBP', 'GBP'] })
    expect(tebex.to('Packages')).toBe('productListItems[0].name')
    // (a fundraiser's package is an appeal's mailing)
    const re = await suggestOn(E, { 'Gift ID': ['G1', 'G2', 'G3'], 'Gift amount': ['50.00', '25.00', '100.00'], Appeal: ['Spring 2025', 'Spring 2025', 'Year End'], Package: ['Email 1', 'Letter A', 'Email 2'] })
    expect(re.to('Package')).not.toBe('productListItems[0].name')
    const yacht = await suggestOn(E, { 'Reservation ID': ['R-1', 'R-2', 'R-3'], Created: ['04.03.2025 10:12', '05.03.2025 11:40', '06.03.2025 09:05'], Yacht: ['Bavaria Cruiser 46 | Luna', 'Lagoon 42 | Aria', 'Hanse 418 | Mare'], 'Date from': ['19.04.2025', '03.05.2025', '31.05.2025'], 'Date to': ['26.04.2025', '10.05.2025', '07.06.2025'], 'Final price': ['3.150,00', '5.400,00', '2.880,00'], Currency: ['EUR', 'EUR', 'EUR'] })
    expect(yacht.to('Yacht')).toBe('productListItems[0].name')
    expect(yacht.to('Final price')).toBe('commerce.order.priceTotal')
    expect(yacht.to('Created')).toBe('timestamp')
    expect(yacht.to('Date to')).toBeUndefined()
  })

  it("a sales export's reference code naming no order (Referenciakód) is the order's number", async () => {
    const hu = await suggestOn(E, { 'Referenciakód': ['WEB-10021', 'WEB-10022', 'WEB-10023'], 'Létrehozva': ['2025.03.04 10:12', '2025.03.05 11:40', '2025.03.06 09:05'], 'Összeg': ['4 990', '7 500', '12 500'] })
    expect(hu.to('Referenciakód')).toBe('commerce.order.purchaseID')
    // (beside an invoice's number, a card terminal's reference number is the payment's)
    const td = await suggestOn(E, { 'Transaction Date': ['2025-03-04', '2025-03-05', '2025-03-06'], 'Reference Number': ['R-1', 'R-2', 'R-3'], 'Invoice Number': ['NEB-1', 'NEB-2', 'NEB-3'], 'Transaction Amount': ['10.00', '20.00', '30.00'] })
    expect(td.to('Reference Number')).not.toBe('commerce.order.purchaseID')
  })

  it("a point of sale's tender (Cash, Check, Charge) is the payment's type", async () => {
    const en = await suggestOn(E, { 'Invoice #': ['I-1', 'I-2', 'I-3'], SKU: ['LBR-2x4-8', 'PNT-EXT-1G', 'SCR-3IN-1LB'], Qty: ['24', '2', '1'], Price: ['4.98', '38.99', '9.49'], Extended: ['119.52', '77.98', '9.49'], Tender: ['Cash', 'Charge', 'Check', 'Visa', 'Cash', 'Charge'] })
    expect(en.to('Tender')).toBe('commerce.order.payments[0].paymentType')
  })

  it('Bulgarian mobiles written in digits alone (359883965881, 359985597053) are mobiles', async () => {
    const bg = await suggestOn(P, { 'Име': ['Иван', 'Мария', 'Георги'], 'Фамилия': ['Иванов', 'Петрова', 'Димитров'], 'Телефонен номер': ['359883965881', '359879062330', '359985597053'] })
    expect(bg.to('Телефонен номер')).toBe('mobilePhone.number')
  })
})
