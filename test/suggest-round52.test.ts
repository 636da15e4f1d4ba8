// Rules of round 52 (tune106-111; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const days = ['2024-05-02', '2024-05-03', '2024-05-04']
const amounts = ['12.00', '13.50', '9.99']

describe('round 52 (tune106-111)', () => {
  it("an invoices export's invoice number is its purchase ID, and an order reference after it the customer's order (it, fr, hu)", async () => {
    for (const [inv, ref] of [['Numero fattura', 'Riferimento ordine'], ['N° de facture', 'Référence'], ['Számlaszám', 'Rendelésszám']] as const) {
      const r = await suggestOn(E, { [inv]: ['101/2021', '102/2021', '103/2021'], Data: days, [ref]: ['PO-88', 'PO-91', 'PO-95'], Totale: amounts })
      expect(r.to(inv)).toBe('commerce.order.purchaseID')
      expect(r.to(ref)).toBe('commerce.order.purchaseOrderNumber')
    }
    // (an order export naming its order first keeps the order's number)
    const order = await suggestOn(E, { 'Order Number': ['1001', '1002', '1003'], 'Invoice Number': ['INV-1', 'INV-2', 'INV-3'], Total: amounts })
    expect(order.to('Order Number')).toBe('commerce.order.purchaseID')
  })

  it("an e-mail log's recipient is the person's e-mail, its sender nobody's; a call log's caller is the person's phone", async () => {
    const mail = await suggestOn(E, { 'Message ID': ['m1', 'm2', 'm3'], Sender: ['no-reply@shop.example', 'no-reply@shop.example', 'no-reply@shop.example'],
      Recipient: ['ann@mail.example', 'bob@mail.example', 'cy@mail.example'], Subject: ['Hi', 'Order', 'News'], Status: ['delivered', 'bounced', 'delivered'] })
    expect(mail.to('Recipient')).toBe('endUserIDs._experience.emailid.id')
    expect(mail.to('Sender')).toBeUndefined()
    const calls = await suggestOn(E, { 'Call ID': ['c1', 'c2', 'c3'], 'Call Score': ['1', '2', '3'], 'Sale Value': amounts,
      'Caller Number': ['+19025555844', '+15435554437', '+12045552269'], 'Tracking Number': ['+14045550155', '+14045550100', '+14045550166'] })
    expect(calls.to('Caller Number')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(calls.to('Tracking Number')).toBeUndefined()
  })

  it("a total of time is no order's total: a ticket export's bare ID is the record's", async () => {
    const r = await suggestOn(E, { ID: ['56 271', '63 021', '76 269'], Titre: ['Imprimante', 'Réseau', 'Accès'], Statut: ['Nouveau', 'Clos', 'En cours'],
      'Dernière modification': ['06-04-2024 01:50', '13-06-2024 22:04', '18-08-2024 05:25'], 'Durée totale': ['120', '45', '300'] })
    expect(r.to('ID')).toBe('_id')
    expect(r.to('Dernière modification')).not.toBe('commerce.order.lastUpdatedDate')
  })

  it('a municipality beside a city leaves the city its field; invoice statuses are statuses, no state', async () => {
    const nl = await suggestOn(B, { Bedrijfsnaam: ['Acme BV', 'Globex BV', 'Initech BV'], Straat: ['Kerkstraat 1', 'Dorpsweg 2', 'Markt 3'], Plaats: ['Breda', 'Eindhoven', 'Helmond'], Gemeente: ['Breda', 'Eindhoven', 'Helmond'] })
    expect(nl.to('Plaats')).toBe('workAddress.city')
    const es = await suggestOn(E, { 'Nº factura': ['F1', 'F2', 'F3'], Cliente: ['Ana', 'Luis', 'Sofía'], Dirección: ['Calle Mayor 1', 'Gran Vía 2', 'Calle Sol 3'], Provincia: ['Málaga', 'Madrid', 'Sevilla'],
      Estado: ['Cobrada', 'Borrador', 'Cobrada'], Total: amounts })
    expect(es.to('Provincia')).toBe('commerce.billing.address.stateProvince')
  })

  it("a messaging tool's contact list keeps mobiles: its bare phone is the mobile phone", async () => {
    const r = await suggestOn(P, { 'Phone Number': ['(415) 555-0101', '(415) 555-0102', '(415) 555-0103'], 'First Name': ['Ann', 'Bob', 'Cy'], 'Messages Received': ['3', '10', '1'] })
    expect(r.to('Phone Number')).toBe('mobilePhone.number')
  })

  it('vocabulary: Dutch visiting addresses and trade names, French managers and opening dates, Spanish lots, shipping types and user agents, Brazilian service takers and ISS', async () => {
    const nl = await suggestOn(B, { Handelsnaam: ['Acme BV', 'Globex BV', 'Initech BV'], 'Bezoekadres straat': ['Kerkstraat 1', 'Dorpsweg 2', 'Markt 3'], 'Bezoekadres plaats': ['Breda', 'Eindhoven', 'Helmond'] })
    expect(nl.to('Handelsnaam')).toBe('b2b.companyName')
    expect(nl.to('Bezoekadres straat')).toBe('workAddress.street1')
    expect(nl.to('Bezoekadres plaats')).toBe('workAddress.city')
    const fr = await suggestOn(B, { 'Raison sociale': ['Acme SA', 'Globex SA', 'Initech SA'], 'Nom dirigeant': ['Martin', 'Bernard', 'Petit'], 'E-mail dirigeant': ['a@acme.fr', 'b@globex.fr', 'c@initech.fr'] })
    expect(['person.name.lastName', 'person.name.fullName']).toContain(fr.to('Nom dirigeant'))
    expect(fr.to('E-mail dirigeant')).toBe('workEmail.address')
    const ticket = await suggestOn(E, { ID: ['1', '2', '3'], Titre: ['a', 'b', 'c'], "Date d'ouverture": ['2024-04-04 18:50:00', '2024-06-06 04:04:00', '2024-08-10 22:25:00'] })
    expect(ticket.to("Date d'ouverture")).toBe('timestamp')
    const es = await suggestOn(E, { 'Nº pedido': ['1', '2', '3'], 'Título del lote': ['Moneda 1950', 'Sello 1960', 'Postal 1910'], Precio: amounts, 'Tipo de envío': ['Certificado', 'Ordinario', 'Certificado'],
      'Agente de usuario': ['Mozilla/5.0 (Windows NT 10.0)', 'Mozilla/5.0 (Macintosh)', 'Mozilla/5.0 (X11; Linux)'] })
    expect(es.to('Título del lote')).toBe('productListItems[0].name')
    expect(es.to('Tipo de envío')).toBe('commerce.shipping.shippingMethod')
    expect(es.to('Agente de usuario')).toBe('environment.browserDetails.userAgent')
    const br = await suggestOn(E, { 'Número da nota': ['1', '2', '3'], 'Valor dos serviços': ['100,00', '50,00', '20,00'], 'Valor ISS': ['5,00', '2,50', '1,00'], 'E-mail do tomador': ['a@b.com.br', 'c@d.com.br', 'e@f.com.br'] })
    expect(br.to('Valor ISS')).toBe('commerce.order.taxAmount')
    expect(br.to('E-mail do tomador')).toBe('endUserIDs._experience.emailid.id')
  })
})
