// Rules of round 49 (tune100-102; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const times = ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00']

describe('round 49 (tune100-102)', () => {
  it('amounts grouped in lakhs and crores (1,00,300.00) are read as amounts with thousands separators', async () => {
    const r = await suggestOn(E, { 'Invoice No': ['A1', 'A2', 'A3'], 'Invoice Date': ['31 Jul 2022', '11 Jul 2020', '03 Dec 2020'], 'Total Tax': ['7,200.00', '15,300.00', '22,950.00'],
      'Total Amount': ['47,200.00', '1,00,300.00', '1,50,450.00'] })
    expect(r.to('Total Amount')).toBe('commerce.order.priceTotal')
    expect(r.r.mappings.find((m) => m.source === 'Total Amount')?.expression).toContain('replacestr')
  })

  it("a shopper's IP and e-mail on a payment event are the end user's", async () => {
    const r = await suggestOn(E, { 'Payment ID': ['p1', 'p2', 'p3'], 'Created at': times, Amount: ['12.50', '13.00', '9.99'], Fee: ['0.30', '0.31', '0.29'],
      'Shopper email': ['a@x.com', 'b@y.com', 'c@z.com'], 'Shopper IP address': ['27.173.100.21', '58.184.189.59', '73.150.157.4'] })
    expect(r.to('Shopper IP address')).toBe('environment.ipV4')
    expect(r.to('Shopper email')).toBe('endUserIDs._experience.emailid.id')
  })

  it('codes alone make no SKU in a header that names no goods, unless no name says anything', async () => {
    const pay = await suggestOn(E, { txnid: ['T1', 'T2', 'T3', 'T4', 'T5'], addedon: times.concat(times.slice(0, 2)), amount: ['10.00', '20.00', '30.00', '40.00', '50.00'],
      status: ['success', 'success', 'failure', 'success', 'success'], PG_TYPE: ['UPI-PG', 'UPI-PG', 'HDFC-PG', 'HDFC-PG', 'UPI-PG'] })
    expect(pay.to('PG_TYPE')).toBeUndefined()
    const mute = await suggestOn(E, { F1: ['SKU-100', 'SKU-200', 'SKU-100', 'SKU-300', 'SKU-200'], F2: ['x', 'y', 'z', 'x', 'y'], F3: ['3', '1', '2', '1', '4'] })
    expect(mute.to('F1')).toBe('productListItems[0].SKU')
  })

  it("an order's code is its number (en, it)", async () => {
    for (const h of ['Order Code', 'Codice ordine']) {
      const r = await suggestOn(E, { [h]: ['BK41347', 'BK47883', 'BK78721'], Product: ['Bike A', 'Bike B', 'Bike C'], Amount: ['12.00', '13.50', '99.00'] })
      expect(r.to(h)).toBe('commerce.order.purchaseID')
    }
  })

  it("a till's ticket number is no count of tickets; a number of tickets is", async () => {
    const till = await suggestOn(E, { 'N° ticket': ['101368', '37513', '18918'], Date: times, 'Total TTC': ['12,50', '8,00', '31,20'] })
    expect(till.to('N° ticket')).not.toBe('productListItems[0].quantity')
    const booking = await suggestOn(E, { 'Booking ID': ['B1', 'B2', 'B3'], 'Number of tickets': ['2', '1', '4'], Total: ['24.00', '12.00', '48.00'] })
    expect(booking.to('Number of tickets')).toBe('productListItems[0].quantity')
  })

  it("a bare mode beside a column naming the payment is no payment method; the payment is", async () => {
    const r = await suggestOn(E, { 'N° ticket': ['101368', '37513', '18918'], Date: times, Mode: ['Sur place', 'À emporter', 'Sur place'], Paiement: ['CB', 'Espèces', 'CB'],
      'Total TTC': ['12,50', '8,00', '31,20'], 'Carte': ['Visa', 'Mastercard', 'Visa'], Net: ['10,42', '6,67', '26,00'] })
    expect(r.to('Mode')).toBeUndefined()
    expect(r.to('Paiement')).toBe('commerce.order.payments[0].paymentType')
  })

  it("an issue date is the record's creation (pt, es, it, fr, de)", async () => {
    for (const h of ['Data de emissão', 'Fecha de emisión', 'Data emissione', "Date d'émission", 'Ausstellungsdatum']) {
      const r = await suggestOn(E, { 'Nº': ['F-1', 'F-2', 'F-3'], [h]: ['21/01/2024', '21/10/2022', '03/06/2019'], Total: ['12,50', '13,00', '9,99'] })
      // (as the event's required timestamp, which the record's creation takes when nothing else names the event's time: round 53)
      expect(r.to(h), h).toBe('timestamp')
    }
  })

  it("a company's registered name and a person's office in it (it), a line's price (de), a receipt's total (nl)", async () => {
    const it_ = await suggestOn(B, { DENOMINAZIONE: ['OFFICINE BRAMBILLA S.R.L.', 'CERAMICHE EMILIANE S.P.A.', 'TESSITURA LARIANA S.N.C.'], Nome: ['Giulia', 'Andrea', 'Chiara'],
      Cognome: ['Rossi', 'Bianchi', 'Verdi'], Carica: ['Direttore generale', 'Responsabile acquisti', 'Direttore tecnico'] })
    expect(it_.to('DENOMINAZIONE')).toBe('b2b.companyName')
    expect(it_.to('Carica')).toBe('extendedWorkDetails.jobTitle')
    const de = await suggestOn(E, { Bestellnummer: ['B1', 'B2', 'B3'], Artikelbezeichnung: ['Tee', 'Cap', 'Mug'], Menge: ['1', '2', '1'], Positionspreis: ['537,00', '49,90', '319,60'], Gesamtbetrag: ['600,00', '80,00', '320,00'] })
    expect(de.to('Positionspreis')).toBe('productListItems[0].priceTotal')
    const nl = await suggestOn(E, { Bonnummer: ['1', '2', '3'], Datum: times, Omschrijving: ['Appeltaart', 'Tompouce', 'Koffie'], Aantal: ['1', '2', '1'], Bontotaal: ['11,45', '12,50', '7,90'] })
    expect(nl.to('Bontotaal')).toBe('commerce.order.priceTotal')
  })

  it('mobile numbers written as SMS tools write them (digits with the country code, Spanish nine digits, +372 5, +52 1) are mobiles', async () => {
    for (const nums of [['447505669951', '447489838710', '447352757324'], ['393459080525', '393365471779', '393418096933'], ['5531985417155', '5561960172674', '5571994819053'],
      ['675236739', '640170124', '687628537'], ['+3725428470', '+3725798810', '+3725625142'], ['+5218169784828', '+5215559685911', '+5215560193720']]) {
      const r = await suggestOn(P, { Name: ['Ann Lee', 'Bob Roe', 'Cy Poe'], Email: ['a@x.com', 'b@y.com', 'c@z.com'], Phone: nums })
      expect(r.to('Phone')).toBe('mobilePhone.number')
    }
  })
})
