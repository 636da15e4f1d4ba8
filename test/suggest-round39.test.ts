// Rules of rounds 39-44 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

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

describe('round 40 (tune67-69)', () => {
  it('a bare code in the first columns beside a column naming the order\'s number is no order id (a gift card\'s "Code")', async () => {
    const codes = ['T5AHP', 'GR0E4', 'JHLWR', '8DZYK', 'WMXFG', 'Q2PLA']
    const { to } = await suggestOn(E, { Code: codes, 'Order Number': ['GU-435878', 'GU-128342', 'GU-860794'], 'Created At': dates, Price: ['65.00', '50.00', '150.00'], Quantity: ['1', '1', '2'] })
    expect(to('Code')).toBeUndefined()
    expect(to('Order Number')).toBe('commerce.order.purchaseID')
    const alone = await suggestOn(E, { Code: codes, 'Created At': dates, Price: ['65.00', '50.00', '150.00'], Quantity: ['1', '1', '2'] })
    expect(alone.to('Code')).toBe('commerce.order.purchaseID')
  })

  it('German ERP words: the first numbered line of a company\'s name, Internet holding URLs, Durchwahl, Faxnr.', async () => {
    const companies = ['Brandt Haustechnik GmbH', 'Krüger Logistik GmbH & Co. KG', 'Hofmann Elektro e.K.', 'Nordlicht Software GmbH']
    const { to } = await suggestOn(B, {
      Kundennummer: ['10001', '10002', '10003', '10004'], Firma1: companies, Firma2: ['Niederlassung Nord', '', 'Zentrale', ''], Vorname: ['Jan', 'Eva', 'Tom', 'Ute'], Name: ['Brandt', 'Krüger', 'Hofmann', 'Lenz'], Funktion: ['CEO', 'CFO', 'CTO', 'COO'],
      Telefon: ['+49 30 1234567', '+49 89 7654321', '+49 40 1112223', '+49 69 9988776'], Durchwahl: ['29', '114', '264', '83'], 'Faxnr.': ['+49 30 1234568', '+49 89 7654322', '+49 40 1112224', '+49 69 9988777'],
      Internet: ['www.brandt-haustechnik.de', 'www.krueger-logistik.de', 'www.elektro-hofmann.de', 'www.nordlicht-software.de'],
    })
    expect(to('Firma1')).toBe('b2b.companyName')
    expect(to('Firma2')).toBeUndefined()
    expect(to('Durchwahl')).toBe('workPhone.extension')
    expect(to('Faxnr.')).toBe('faxPhone.number')
    expect(to('Internet')).toBe('b2b.companyWebsite')
    const sage = await suggestOn(B, { Kundennr: ['1', '2', '3', '4'], Name1: companies, Name2: ['', 'Filiale', '', ''], Ansprechpartner: ['Jan Brandt', 'Eva Krüger', 'Tom Hofmann', 'Ute Lenz'], Position: ['CEO', 'CFO', 'CTO', 'COO'] })
    expect(sage.to('Name1')).toBe('b2b.companyName')
  })

  it('of numbered surnames ("Apellido 1", "Apellido 2") the first is the last name', async () => {
    const { to } = await suggestOn(P, { Nombre: ['Lucía', 'Pablo', 'Marta'], 'Apellido 1': ['Martínez', 'Gómez', 'García'], 'Apellido 2': ['García', 'Ruiz', 'López'], Email: ['l@example.com', 'p@example.com', 'm@example.com'] })
    expect(to('Apellido 1')).toBe('person.name.lastName')
    expect(to('Apellido 2')).toBeUndefined()
  })
})

describe('round 41 (tune70-72)', () => {
  it("a company's domain (Company Domain: acme.com) is its website", async () => {
    const { to } = await suggestOn(B, { 'First Name': ['Ann', 'Bob', 'Cy'], 'Job Title': ['CEO', 'CTO', 'CFO'], 'Company Name': ['Acme', 'Globex', 'Initech'], 'Company Domain': ['acme.com', 'globex.io', 'initech.net'] })
    expect(to('Company Domain')).toBe('b2b.companyWebsite')
  })

  it("the event of a ticket export named with a title ('Titolo evento') is the item sold, unless a ticket's type or package is named", async () => {
    const cols = { 'ID Ordine': ['1', '2', '3'], 'Data acquisto': dates, 'Titolo evento': ['La Traviata', 'Gran Galà', 'Tosca'], Prezzo: ['45.00', '60.00', '30.00'], Nome: ['Anna', 'Luca', 'Sara'] }
    const it1 = await suggestOn(E, cols)
    expect(it1.to('Titolo evento')).toBe('productListItems[0].name')
    const en = await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Order date': dates, 'Event name': ['Gala', 'Concert', 'Gala'], 'Ticket types': ['VIP', 'General', 'VIP'], Quantity: ['1', '2', '1'], Total: ['45.00', '60.00', '30.00'] })
    expect(en.to('Event name')).not.toBe('productListItems[0].name')
  })

  it('Italian and Spanish loyalty, booking and tax words: Punti fidelity, Puntos disponibles, N. prenotazione, Totale soggiorno, di cui IVA', async () => {
    const it1 = await suggestOn(P, { Nome: ['Anna', 'Luca', 'Sara'], Cognome: ['Rossi', 'Bianchi', 'Verdi'], 'Punti fidelity': ['120', '45', '300'] })
    expect(it1.to('Punti fidelity')).toBe('loyalty.points')
    const es = await suggestOn(P, { Nombre: ['Ana', 'Luis', 'Eva'], Apellido: ['Soto', 'Vera', 'Rojas'], 'Puntos disponibles': ['120', '45', '300'] })
    expect(es.to('Puntos disponibles')).toBe('loyalty.points')
    const hotel = await suggestOn(E, { 'N. prenotazione': ['A1', 'A2', 'A3'], 'Data inserimento': dates, Ospite: ['Anna Rossi', 'Luca Bianchi', 'Sara Verdi'], 'Totale soggiorno': ['450.00', '600.00', '300.00'], 'di cui IVA': ['40.91', '54.55', '27.27'] })
    expect(hotel.to('N. prenotazione')).toBe('commerce.order.purchaseID')
    expect(hotel.to('Totale soggiorno')).toBe('commerce.order.priceTotal')
    expect(hotel.to('di cui IVA')).toBe('commerce.order.taxAmount')
  })
})

describe('round 42 (tune73-75)', () => {
  it("the quantity ordered is the line's quantity; a supplier's reference of the goods is the SKU unless a bare SKU column exists", async () => {
    const base = { 'Order ID': ['A-1', 'A-2', 'A-3'], 'Order date': dates, Description: ['Sofa', 'Bed', 'Chair'], 'Unit price': ['199.00', '349.00', '49.00'] }
    const en = await suggestOn(E, { ...base, 'Quantity Ordered': ['1', '2', '4'], 'Supplier SKU': ['VP-8841201', 'VP-8841377', 'VP-8842010'] })
    expect(en.to('Quantity Ordered')).toBe('productListItems[0].quantity')
    expect(en.to('Supplier SKU')).toBe('productListItems[0].SKU')
    const fr = await suggestOn(E, { 'N° commande': ['A-1', 'A-2', 'A-3'], 'Date de commande': dates, 'Réf. fournisseur': ['VP-8841201', 'VP-8841377', 'VP-8842010'], 'Quantité commandée': ['1', '2', '4'], 'Prix unitaire': ['199.00', '349.00', '49.00'] })
    expect(fr.to('Réf. fournisseur')).toBe('productListItems[0].SKU')
    expect(fr.to('Quantité commandée')).toBe('productListItems[0].quantity')
    const both = await suggestOn(E, { ...base, SKU: ['SOFA-1', 'BED-2', 'CHR-3'], 'Supplier SKU': ['VP-8841201', 'VP-8841377', 'VP-8842010'], Quantity: ['1', '2', '4'] })
    expect(both.to('SKU')).toBe('productListItems[0].SKU')
    expect(both.to('Supplier SKU')).not.toBe('productListItems[0].SKU')
  })
})

describe('round 43 (tune76-78)', () => {
  const order = { 'Order ID': ['A-1001', 'A-1002', 'A-1003'], 'Order date': dates, 'Product name': ['Sofa', 'Bed', 'Chair'], Quantity: ['1', '2', '1'], 'Unit price': ['199.00', '349.00', '49.00'] }
  const later = ['2024-05-06T10:11:12Z', '2024-05-07T09:00:00Z', '2024-05-08T16:45:00Z']

  it("a shipment's date of goods is the ship date; a delivery's date and a message log's sending date are not", async () => {
    for (const h of ['Ship Date', 'Shipped At', 'Versanddatum', "Date d'expédition", 'Fecha de envío']) {
      const { to } = await suggestOn(E, { ...order, [h]: later })
      expect(to(h), h).toBe('commerce.shipping.shipDate')
    }
    for (const h of ['Delivery Date', 'Fecha de entrega', 'Lieferdatum']) {
      const { to } = await suggestOn(E, { ...order, [h]: later })
      expect(to(h), h).not.toBe('commerce.shipping.shipDate')
    }
    const sms = await suggestOn(E, { 'ID message': ['m1', 'm2', 'm3'], Numéro: ['+33612345678', '+33698765432', '+33611223344'], "Date d'envoi": later, Statut: ['Délivré', 'Échec', 'Délivré'] })
    expect(sms.to("Date d'envoi")).not.toBe('commerce.shipping.shipDate')
  })

  it("a marketplace offer's or a merchant's SKU is the SKU; a phone's Ext, a till's PLU, a middle initial, Spanish C.P.", async () => {
    const mirakl = await suggestOn(E, { ...order, 'Order line ID': ['1870286578-A-1', '1041677355-A-1', '1366912752-A-1'], 'Offer SKU': ['HK-321-7654', 'HK-309-1122', 'HK-315-9087'] })
    expect(mirakl.to('Offer SKU')).toBe('productListItems[0].SKU')
    const de = await suggestOn(E, { Bestellnummer: ['A-1', 'A-2', 'A-3'], Bestelldatum: dates, 'Artikelnummer Händler': ['DG-1001-50', 'DG-2002-75', 'DG-3003-30'], Menge: ['1', '2', '1'], Preis: ['19.90', '34.90', '9.90'] })
    expect(de.to('Artikelnummer Händler')).toBe('productListItems[0].SKU')
    const offer = await suggestOn(E, { Bestellnummer: ['A-1', 'A-2', 'A-3'], Bestelldatum: dates, 'Angebots-SKU': ['CO-1001-50', 'CO-2002-75', 'CO-3003-30'], Menge: ['1', '2', '1'], Preis: ['19.90', '34.90', '9.90'] })
    expect(offer.to('Angebots-SKU')).toBe('productListItems[0].SKU')
    const pos = await suggestOn(E, { 'Bon-Nr.': ['1', '2', '3'], Datum: dates, PLU: ['1001', '1002', '1003'], Artikel: ['Brezel', 'Kaffee', 'Semmel'], Menge: ['2', '1', '4'], Betrag: ['2.40', '3.10', '1.60'] })
    expect(pos.to('PLU')).toBe('productListItems[0].SKU')
    const b2b = await suggestOn(B, { 'First Name': ['Ann', 'Bob', 'Cy'], 'Middle Initial': ['J', 'K', 'L'], 'Last Name': ['Lee', 'Ray', 'Fox'], Company: ['Acme', 'Globex', 'Initech'], Phone: ['(312) 555-0134', '(212) 555-0199', '(646) 555-0101'], Ext: ['214', '33', '1020'] })
    expect(b2b.to('Ext')).toBe('workPhone.extension')
    expect(b2b.to('Middle Initial')).toBe('person.name.middleName')
    const es = await suggestOn(E, { Albarán: ['1', '2', '3'], Fecha: dates, 'Dirección destino': ['Calle Mayor 9', 'Paseo de la Independencia 18', 'Calle Larios 5'], 'C.P. destino': ['30001', '50004', '29005'], 'Población destino': ['Murcia', 'Zaragoza', 'Málaga'], 'Nº seguimiento': ['6A6290171473', '6A3287684462', '6A5595232195'] })
    expect(es.to('C.P. destino')).toBe('commerce.shipping.address.postalCode')
  })
})

describe('round 44 (tune79-81)', () => {
  it("an order's unqualified address beside its named delivery address is the billing address; parts follow the street before them", async () => {
    const base = { Ordernummer: ['1001', '1002', '1003'], Datum: dates, Artikel: ['Tröja', 'Mössa', 'Väska'], Antal: ['1', '2', '1'], Totalt: ['199.00', '349.00', '49.00'] }
    const sv = await suggestOn(E, { ...base, Adress: ['Storgatan 1', 'Kungsgatan 5', 'Drottninggatan 9'], Postnr: ['111 22', '411 05', '211 34'], Ort: ['Stockholm', 'Göteborg', 'Malmö'], 'Lev. adress': ['Sveavägen 3', 'Avenyn 7', 'Södra Förstadsgatan 2'], 'Lev. postnr': ['113 50', '411 36', '211 43'], 'Lev. ort': ['Stockholm', 'Göteborg', 'Malmö'] })
    expect(sv.to('Adress')).toBe('commerce.billing.address.street1')
    expect(sv.to('Postnr')).toBe('commerce.billing.address.postalCode')
    expect(sv.to('Ort')).toBe('commerce.billing.address.city')
    expect(sv.to('Lev. adress')).toBe('commerce.shipping.address.street1')
    expect(sv.to('Lev. ort')).toBe('commerce.shipping.address.city')
    // (parts after the delivery street are the delivery's; a sender's street is nobody's billing address)
    const fr = await suggestOn(E, { 'N° commande': ['1', '2', '3'], 'Date de commande': dates, 'Adresse de livraison': ['12 rue des Tanneurs', '4 allée des Tilleuls', '27 avenue Jean Jaurès'], 'Code postal': ['75001', '69002', '13001'], Ville: ['Paris', 'Lyon', 'Marseille'], 'Adresse de retrait': ['1 rue du Dépôt', '1 rue du Dépôt', '1 rue du Dépôt'], Pays: ['France', 'France', 'France'], Total: ['19.90', '34.90', '9.90'] })
    expect(fr.to('Code postal')).toBe('commerce.shipping.address.postalCode')
    expect(fr.to('Ville')).toBe('commerce.shipping.address.city')
    expect(fr.to('Adresse de retrait')).not.toBe('commerce.billing.address.street1')
    expect(fr.to('Pays')).not.toBe('commerce.billing.address.country')
    // (a sender's postcode after the delivery's street is the sender's, no delivery's: a label export's ご依頼主, the shop)
    const ja = await suggestOn(E, { 発送予定日: dates, 'お届け先 郵便番号': ['100-0001', '530-0001', '810-0001'], 'お届け先 住所1': ['東京都千代田区1-1', '大阪府大阪市北区2-2', '福岡県福岡市博多区3-3'], 'ご依頼主 郵便番号': ['150-0001', '150-0001', '150-0001'], 'ご依頼主 住所1': ['東京都渋谷区4-4', '東京都渋谷区4-4', '東京都渋谷区4-4'], 品名: ['本', '服', '靴'], 代引金額: ['1200', '3400', '5600'] })
    expect(ja.to('お届け先 郵便番号')).toBe('commerce.shipping.address.postalCode')
    expect(ja.to('ご依頼主 郵便番号')).toBeUndefined()
  })

  it('Nordic order-line sums and discounts (Radsumma, Linjetotal, Radrabatt), a parcel number (Kollinr), a recipient\'s address', async () => {
    const sv = await suggestOn(E, { Ordernr: ['1001', '1002', '1003'], Orderdatum: dates, Artikelnr: ['TR-1', 'MO-2', 'VA-3'], Antal: ['1', '2', '1'], Radrabatt: ['0.00', '20.00', '5.00'], 'Radsumma inkl. moms': ['199.00', '329.00', '44.00'], Kollinr: ['370123456789', '370123456790', '370123456791'], 'Mottagarens adress': ['Sveavägen 3', 'Avenyn 7', 'Storgatan 2'] })
    expect(sv.to('Radsumma inkl. moms')).toBe('productListItems[0].priceTotal')
    expect(sv.to('Radrabatt')).toBe('productListItems[0].discountAmount')
    expect(sv.to('Kollinr')).toBe('commerce.shipping.trackingNumber')
    expect(sv.to('Mottagarens adress')).toBe('commerce.shipping.address.street1')
    const da = await suggestOn(E, { Ordrenummer: ['1001', '1002', '1003'], Dato: dates, Varenummer: ['TR-1', 'MO-2', 'VA-3'], Antal: ['1', '2', '1'], Linjetotal: ['199.00', '329.00', '44.00'] })
    expect(da.to('Linjetotal')).toBe('productListItems[0].priceTotal')
  })
})
