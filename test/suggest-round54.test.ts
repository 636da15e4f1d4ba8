// Rules of round 54 (tune1-117, first look on tune115-117; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { checkExpression, compileExpression } from '../src/expression/compile.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00']
const amounts = ['12.00', '13.50', '9.99']
/** What a suggested expression gives for one value of its column. */
const evaluate = (src: string, column: string, value: string): unknown => compileExpression(checkExpression(src), new Map([[column, 0]]), src)([value])

describe('round 54 (tune115-117)', () => {
  it("a ticket shop's event date is the show's, not the record's time; the order's date is", async () => {
    for (const [show, when] of [['Event Start', 'Date'], ['Eventdatum', 'Erstellt am'], ['Data evento', 'Data ordine']] as const) {
      const r = await suggestOn(E, { 'Transaction ID': ['T-1', 'T-2', 'T-3'], [when]: times, Event: ['Folk Fest', 'Comedy Night', 'Jazz Brunch'], [show]: ['2024-06-20 20:00:00', '2024-07-01 19:30:00', '2024-07-14 11:00:00'], Quantity: ['2', '1', '4'], Total: amounts })
      expect(r.to(show), show).toBeUndefined()
      expect(r.to(when), when).toBe('timestamp')
    }
    // (an analytics export's event time is the event's)
    const hits = await suggestOn(E, { event_name: ['page_view', 'click', 'scroll'], event_time: times, page_url: ['https://x.example/a', 'https://x.example/b', 'https://x.example/c'], session_id: ['s1', 's2', 's3'] })
    expect(hits.to('event_time')).toBe('timestamp')
  })

  it("the ticket a ticket shop sold is the item (en, nl, de), and a count of tickets the quantity", async () => {
    for (const h of ['Ticket Type', 'Tickettype', 'Ticketname']) {
      const r = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], Event: ['Folk Fest', 'Comedy Night', 'Jazz Brunch'], [h]: ['Early Bird', 'VIP', 'Regular'], Price: amounts })
      expect(r.to(h), h).toBe('productListItems[0].name')
    }
    // (a bare ticket beside no event named: beside "Event", the event is the item, as rounds before chose)
    const bare = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], Ticket: ['Early Bird', 'VIP', 'Regular'], Price: amounts })
    expect(bare.to('Ticket')).toBe('productListItems[0].name')
    for (const h of ['Ticket Quantity', 'Aantal tickets']) {
      const r = await suggestOn(E, { 'Order ID': ['O-1', 'O-2', 'O-3'], 'Ticket Name': ['Early Bird', 'VIP', 'Regular'], [h]: ['2', '1', '4'], Total: amounts })
      expect(r.to(h), h).toBe('productListItems[0].quantity')
    }
    // (a support desk's ticket type sells nothing)
    const desk = await suggestOn(E, { 'Ticket ID': ['1', '2', '3'], 'Ticket Type': ['Question', 'Incident', 'Problem'], Subject: ['Login', 'Refund', 'Crash'], 'Created At': times })
    expect(desk.to('Ticket Type')).not.toBe('productListItems[0].name')
  })

  it("a loyalty programme's sign-up or registration date is the joining; not a record's creation, nor a shop's registration beside one points column", async () => {
    for (const h of ['Sign Up Date', 'Registration date', 'Data de cadastro', 'Дата регистрации', 'Klant sinds']) {
      const r = await suggestOn(P, { 'Card Number': ['1001', '1002', '1003'], Points: ['300', '467', '575'], Tier: ['Gold', 'Silver', 'Gold'], [h]: ['2021-03-01', '2022-11-15', '2020-01-20'] })
      expect(r.to(h), h).toBe('loyalty.joinDate')
    }
    const created = await suggestOn(P, { 'Card Number': ['1001', '1002', '1003'], Points: ['300', '467', '575'], Tier: ['Gold', 'Silver', 'Gold'], 'Créé le': ['2021-03-01', '2022-11-15', '2020-01-20'] })
    expect(created.to('Créé le')).not.toBe('loyalty.joinDate')
    const shop = await suggestOn(P, { Email: ['a@x.example', 'b@x.example', 'c@x.example'], 'Loyalty points': ['300', '467', '575'], 'Data rejestracji': ['2021-03-01', '2022-11-15', '2020-01-20'] })
    expect(shop.to('Data rejestracji')).not.toBe('loyalty.joinDate')
  })

  it('dates with a dot after the year (hr), an @ before the time (FareHarbor) and a 12-hour clock with its offset are read by date() with their pattern', async () => {
    const cases: [string[], string][] = [
      [['17.09.2020. 23:13:31', '14.08.2019. 04:05:47', '06.08.2024. 13:08:31'], 'd.M.yyyy. H:mm:ss'],
      [['Jan 26, 2019 @ 6:05am', 'Jan 2, 2024 @ 6:07pm', 'Oct 18, 2020 @ 7:59pm'], "MMM d, yyyy '@' h:mma"],
      [['2022-08-12 12:47 AM -04:00', '2023-08-28 07:37 PM -04:00', '2021-01-11 03:09 AM -05:00'], 'yyyy-MM-dd h:mm a XXX'],
    ]
    for (const [values, pattern] of cases) {
      const r = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], 'Order Date': values, Total: amounts })
      const m = r.r.mappings.find((x) => x.source === 'Order Date')
      expect(m?.destination, pattern).toBe('timestamp')
      expect(m?.expression, pattern).toBe(`date(\${Order Date}, "${pattern.replace(/"/g, '\\"')}")`)
    }
  })

  it("a call log's start and a message log's 'Sent On' are the event's time", async () => {
    for (const h of ['started_at', 'date_started', 'Call Started At']) {
      const r = await suggestOn(E, { 'Call ID': ['c1', 'c2', 'c3'], 'Call Direction': ['inbound', 'outbound', 'inbound'], [h]: times, answered_at: times, ended_at: times, 'Call Duration': ['61', '120', '15'] })
      expect(r.to(h), h).toBe('timestamp')
    }
    const sms = await suggestOn(E, { 'Message ID': ['m1', 'm2', 'm3'], Message: ['Hi', 'Code 1234', 'Bye'], Recipient: ['+447700900123', '+447700900124', '+447700900125'], 'Sent On': times })
    expect(sms.to('Sent On')).toBe('timestamp')
    const pl = await suggestOn(E, { 'ID wiadomości': ['m1', 'm2', 'm3'], Wiadomość: ['Hej', 'Kod 1234', 'Pa'], Odbiorca: ['+48601234567', '+48601234568', '+48601234569'], 'Data wysłania': times })
    expect(pl.to('Data wysłania')).toBe('timestamp')
  })

  it("beside a device's columns a bare carrier is the mobile network; in an order export it is the parcel's", async () => {
    const app = await suggestOn(E, { 'Event Time': times, 'Event Name': ['install', 'open', 'purchase'], Revenue: amounts, Currency: ['INR', 'INR', 'INR'], 'Device Model': ['SM-A515F', 'iPhone14,2', 'Pixel 7'], 'OS Version': ['13', '17.1', '14'], Carrier: ['Jio', 'Airtel', 'Vodafone'] })
    expect(app.to('Carrier')).toBe('environment.carrier')
    const order = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], Carrier: ['UPS', 'DHL', 'FedEx'], 'Tracking Number': ['1Z999', '1Z998', '1Z997'], Total: amounts })
    expect(order.to('Carrier')).not.toBe('environment.carrier')
  })

  it('Latvian, Lithuanian and Estonian gender words are decoded into the gender enum', async () => {
    for (const [h, values] of [['Dzimums', ['Vīrietis', 'Sieviete', 'Sieviete']], ['Lytis', ['Vyras', 'Moteris', 'Moteris']], ['Sugu', ['Mees', 'Naine', 'Naine']]] as const) {
      const r = await suggestOn(P, { Vārds: ['Jānis', 'Anna', 'Līga'], [h]: [...values] })
      expect(r.to(h), h).toBe('person.gender')
    }
  })

  it("amounts grouped by a space or an apostrophe before a decimal point are read by an expression; 0,045 is no thousand", async () => {
    const r = await suggestOn(E, { 'Номер': ['1', '2', '3'], 'Сума за плащане': ['5 364.00', '768.00', '1 176.00'], Дата: times })
    const m = r.r.mappings.find((x) => x.source === 'Сума за плащане')
    expect(m?.destination).toBe('commerce.order.priceTotal')
    expect(evaluate(m!.expression!, 'Сума за плащане', '5 364.00')).toBe(5364)
    const ch = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], Total: ["1'234.50", '768.00', "2'176.95"] })
    const c = ch.r.mappings.find((x) => x.source === 'Total')
    expect(evaluate(c!.expression!, 'Total', "1'234.50")).toBe(1234.5)
    // (a cost of 0,045 per message is a decimal comma's: never 45)
    const sms = await suggestOn(E, { 'Order ID': ['A-1', 'A-2', 'A-3'], Total: ['0,045', '0,090', '0,045'] })
    const t = sms.r.mappings.find((x) => x.source === 'Total')
    expect(t?.expression).toBeDefined()
    expect(evaluate(t!.expression!, 'Total', '0,045')).toBe(0.045)
  })

  it("a bare description in a list of goods is the item's name; a payment's description is not", async () => {
    for (const h of ['Descrizione', 'Omschrijving', 'Description']) {
      const r = await suggestOn(E, { 'Receipt No': ['R-1', 'R-2', 'R-3'], [h]: ['CAFFE', 'CAPPUCCINO', 'TORTA FETTA'], Quantity: ['2', '1', '3'], Amount: amounts })
      expect(r.to(h), h).toBe('productListItems[0].name')
    }
    // a column naming something of the item (its id, its price) leaves the description the item's name
    const lines = await suggestOn(E, { 'Order ID': ['1001', '1002', '1003'], 'Customer name': ['Ann Lee', 'Bo Chen', 'Cy Dorn'], 'Product ID': ['P-11', 'P-12', 'P-13'], Description: ['Blue mug', 'Tea towel', 'Oak tray'], Quantity: ['2', '1', '3'], 'Item Price': amounts })
    expect(lines.to('Description')).toBe('productListItems[0].name')
    const pay = await suggestOn(E, { 'Payment ID': ['p1', 'p2', 'p3'], Description: ['Invoice 1001', 'Invoice 1002', 'Top-up'], Amount: amounts, Fee: ['0.30', '0.30', '0.25'] })
    expect(pay.to('Description')).not.toBe('productListItems[0].name')
  })

  it("Italian sales documents: the document's number, its total; points accumulated are lifetime points", async () => {
    const r = await suggestOn(E, { 'N. Documento': ['1746-0393', '1863-0345', '1793-0034'], Data: ['02/05/2024', '03/05/2024', '14/05/2024'], Descrizione: ['CAFFE', 'CAPPUCCINO', 'TORTA'], Quantità: ['2', '1', '3'], 'Totale Documento': ['3,60', '4,40', '11,70'] })
    expect(r.to('N. Documento')).toBe('commerce.order.purchaseID')
    expect(r.to('Totale Documento')).toBe('commerce.order.priceTotal')
    const card = await suggestOn(P, { 'Numero tessera': ['1001', '1002', '1003'], 'Saldo punti': ['300', '467', '575'], 'Punti accumulati': ['8688', '8718', '5499'] })
    expect(card.to('Punti accumulati')).toBe('loyalty.lifetimePoints')
  })

  it("an Italian SMS report is a message log: its cost is no sale's, its recipient the person's phone; an invoice's sending is no event time", async () => {
    const sms = await suggestOn(E, { 'ID Messaggio': ['m1', 'm2', 'm3'], 'Data Invio': times, Mittente: ['Shop', 'Shop', 'Shop'], Destinatario: ['+393405578071', '+393404066522', '+393288477181'], Testo: ['Ciao', 'Codice 1234', 'Grazie'], 'Costo (€)': ['0,045', '0,090', '0,045'] })
    expect(sms.to('Costo (€)')).toBeUndefined()
    expect(sms.to('Destinatario')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(sms.to('Data Invio')).toBe('timestamp')
    const invoice = await suggestOn(E, { Numero: ['1', '2', '3'], Data: ['2024-05-02', '2024-05-03', '2024-05-04'], 'Codice Destinatario': ['ABC1234', 'KRRH6B9', '0000000'], Imposta: ['2,20', '4,40', '1,10'], 'Totale Documento': ['12,20', '24,40', '6,10'], 'Data Invio': times })
    expect(invoice.to('Data Invio')).not.toBe('timestamp')
  })

  it("a consumer's bare phone holding Vietnamese, Thai or Swedish national mobiles is the mobile (by the file's language)", async () => {
    for (const [h, values, first, last] of [['Số điện thoại', ['0903660119', '0868570254', '0983410892'], 'Tên', 'Họ'], ['เบอร์โทรศัพท์', ['0613218857', '0950151593', '0891182758'], 'ชื่อ', 'นามสกุล'], ['Telefonnummer', ['073-407 44 45', '070-849 92 00', '076-555 55 45'], 'Förnamn', 'Efternamn']] as const) {
      const r = await suggestOn(P, { [first]: ['An', 'Binh', 'Chi'], [last]: ['Nguyen', 'Tran', 'Le'], [h]: [...values], Email: ['a@x.example', 'b@x.example', 'c@x.example'] })
      expect(r.to(h), h).toBe('mobilePhone.number')
    }
    // (ten digits with 03 or 08 are Australian landlines in an English file)
    const au = await suggestOn(P, { Phone: ['0398765432', '0891234567', '0312345678'], Email: ['a@x.example', 'b@x.example', 'c@x.example'] })
    expect(au.to('Phone')).not.toBe('mobilePhone.number')
  })

  it("a unit price with its gross is the unit price, and beside the order's own value the rows' quantity times unit price are line totals", async () => {
    const r = await suggestOn(E, { Bestellnummer: ['B-1', 'B-2', 'B-3'], Artikelnummer: ['AB-1', 'AB-2', 'AB-3'], Menge: ['3', '3', '2'], 'Einzelpreis brutto': ['89,99', '39,90', '74,95'], 'Gesamtpreis brutto': ['269,97', '119,70', '149,90'], Versandkosten: ['4,90', '0,00', '4,90'], Bestellwert: ['274,87', '119,70', '154,80'] })
    expect(r.to('Gesamtpreis brutto')).toBe('productListItems[0].priceTotal')
    expect(r.to('Einzelpreis brutto')).not.toBe('productListItems[0].priceTotal')
  })

  it("German and Polish SMS journals are message logs: the price of a message is no sale's, the recipient the person's phone", async () => {
    const de = await suggestOn(E, { ID: ['1', '2', '3'], Datum: times, Absender: ['Shop', 'Shop', 'Shop'], Empfänger: ['+4915112345678', '+4917612345678', '+4916012345678'], Text: ['Hallo', 'Code 1234', 'Danke'], Teile: ['1', '2', '1'], Preis: ['0,150 €', '0,075 €', '0,075 €'] })
    expect(de.to('Preis')).toBeUndefined()
    expect(de.to('Empfänger')).toBe('endUserIDs._experience.phonenumberid.id')
    const pl = await suggestOn(E, { ID: ['1', '2', '3'], 'Numer telefonu': ['+48601234567', '+48601234568', '+48601234569'], Nadawca: ['Sklep', 'Sklep', 'Sklep'], Treść: ['Cześć', 'Kod 1234', 'Dzięki'], Części: ['1', '2', '1'], Koszt: ['0,32', '0,07', '0,16'] })
    expect(pl.to('Koszt')).toBeUndefined()
  })

  it('everyday words of Czech, Slovenian and Estonian exports', async () => {
    const cs = await suggestOn(E, { 'Číslo objednávky': ['1', '2', '3'], 'Název zboží': ['Mýdlo', 'Šampon', 'Krém'], Množství: ['2', '1', '3'], 'Cena celkem': amounts })
    expect(cs.to('Název zboží')).toBe('productListItems[0].name')
    const sl = await suggestOn(E, { 'Številka naročila': ['1', '2', '3'], 'Naslov prejemnika': ['Slovenska cesta 1', 'Celovška 12', 'Trubarjeva 5'], 'Znesek z DDV': amounts })
    expect(sl.to('Naslov prejemnika')).toBe('commerce.shipping.address.street1')
    expect(sl.to('Znesek z DDV')).toBe('commerce.order.priceTotal')
    const et = await suggestOn(B, { Ettevõte: ['Acme OÜ', 'Globex AS', 'Initech OÜ'], Kontaktisik: ['Rasmus Sepp', 'Andres Rebane', 'Triin Mägi'], 'E-post': ['r@acme.example', 'a@globex.example', 't@initech.example'] })
    expect(et.to('Kontaktisik')).toBe('person.name.fullName')
  })
})
