// Rules of round 64 (tune1-130; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 64 (tune1-130)', () => {
  it("a booking's guest is its customer: the guest's e-mail is the event's e-mail identity, the guest's city the billing address's", async () => {
    const r = await suggestOn(E, { 'Reservation #': ['R-1001', 'R-1002', 'R-1003'], Arrival: ['2024-05-01', '2024-05-03', '2024-05-07'], 'Guest Email': ['ann@example.com', 'bo@example.org', 'cy@example.net'], 'Guest City': ['Denver', 'Austin', 'Boise'] })
    expect(r.to('Guest Email')).toBe('endUserIDs._experience.emailid.id')
    expect(r.to('Guest City')).toBe('commerce.billing.address.city')
  })

  it("a clinic's patient number and a hotel's guest number (Patient ID, ID ospite) are the person's own id", async () => {
    const r = await suggestOn(P, { 'Patient ID': ['P563341', 'P313358', 'P100234'], 'First Name': ['Ann', 'Bo', 'Cy'], 'Last Name': ['Lee', 'Moe', 'Day'] })
    expect(r.to('Patient ID')).toBe('_id')
    const it2 = await suggestOn(P, { 'ID ospite': ['59364', '53555', '51002'], Nome: ['Anna', 'Bruno', 'Carla'], Cognome: ['Rossi', 'Bianchi', 'Greco'] })
    expect(it2.to('ID ospite')).toBe('_id')
  })

  it("a lead list's bare or company's URL holding home pages is the company's website; profile links are not", async () => {
    const r = await suggestOn(B, { 会社名: ['株式会社ひかり食品', '北海物産株式会社', '三栄フーズ'], 氏名: ['山田 太郎', '佐藤 花子', '鈴木 一郎'], 企業URL: ['https://www.hikari-foods.co.jp/', 'https://www.hokkai.co.jp/', 'https://www.sanei-f.jp/'] })
    expect(r.to('企業URL')).toBe('b2b.companyWebsite')
    const en = await suggestOn(B, { Company: ['Acme Corp', 'Tyrell Ltda', 'Vandelay Inc'], 'Full Name': ['Ann Lee', 'Bo Moe', 'Cy Day'], URL: ['https://www.acmecorp.com', 'https://www.tyrellltda.com', 'www.vandelay.com/'] })
    expect(en.to('URL')).toBe('b2b.companyWebsite')
    const li = await suggestOn(B, { Company: ['Acme Corp', 'Tyrell Ltda', 'Vandelay Inc'], 'Full Name': ['Ann Lee', 'Bo Moe', 'Cy Day'], URL: ['https://www.linkedin.com/in/ann-lee', 'https://www.linkedin.com/in/bo-moe', 'https://www.linkedin.com/in/cy-day'] })
    expect(li.to('URL')).toBeUndefined()
  })

  it("a Mexican sale's folio is the order's number; an Argentinian payment's operation id is its transaction id", async () => {
    const mx = await suggestOn(E, { Folio: ['V-015075', 'V-014580', 'V-014581'], Fecha: ['2024-03-01 10:00', '2024-03-01 11:30', '2024-03-02 09:15'], Total: ['120.00', '80.50', '15.00'] })
    expect(mx.to('Folio')).toBe('commerce.order.purchaseID')
    const ar = await suggestOn(E, { 'ID de operación': ['6530351693', '6260094378', '6260094371'], Fecha: ['2024-03-01 10:00', '2024-03-01 11:30', '2024-03-02 09:15'], Monto: ['1200,00', '805,50', '150,00'] })
    expect(ar.to('ID de operación')).toBe('commerce.order.payments[0].transactionID')
  })

  it("a Swedish till's article group is the item's category; a Brazilian contact's Ramal is the work phone's extension", async () => {
    const sv = await suggestOn(E, { Kvittonummer: ['1001', '1002', '1003'], Artikelnamn: ['Kanelbulle', 'Kaffe', 'Smörgås'], Artikelgrupp: ['Bageri', 'Kaffe', 'Mat'], Antal: ['2', '1', '1'], Belopp: ['50,00', '32,00', '65,00'] })
    expect(sv.to('Artikelgrupp')).toBe('productListItems[0].productCategories[0].categoryName')
    const br = await suggestOn(B, { Nome: ['Ana Souza', 'Bruno Lima', 'Carla Dias'], Empresa: ['Acme Ltda', 'Beta SA', 'Gama ME'], Telefone: ['(11) 3333-4444', '(21) 2222-1111', '(31) 3555-0000'], Ramal: ['238', '257', '101'] })
    expect(br.to('Ramal')).toBe('workPhone.extension')
  })
})
