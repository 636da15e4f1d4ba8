// Rules of round 66 (tune1-134; each test fails with its rule removed), checked on made-up headers: yes/no words of the
// file's language into a boolean field by a decode that run converts, "is" of a boolean leaf, blocked customers,
// the Irish Eircode, the Finnish street address, the Nordic "Att." line, 担当者名, "Gebucht am" and "geschäftl.".
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { flagDecode } from '../src/suggest/flags.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round66-')
const runWith = <T>(schema: string, table: string[][], mapping: object) => runMapping<T>(base, schema, table, mapping)

describe('round 66 (tune1-134)', () => {
  it('a blocked flag written Nej/Ja, Nein/Ja, Nee/Ja or Non/Oui goes to b2b.isBlocked, decoded to true and false by an expression run converts', async () => {
    for (const [col, values, expected] of [
      ['Spærret', ['Nej', 'Ja', 'Nej'], [false, true, false]],
      ['Gesperrt', ['Nein', 'Nein', 'Ja'], [false, false, true]],
      ['Geblokkeerd', ['Nee', 'Ja', ' nee '], [false, true, false]],
      ['Bloqué', ['Non', 'Oui', 'Non'], [false, true, false]],
    ] as const) {
      const cols = { Firma: ['Nordlys A/S', 'Havn ApS', 'Fjord I/S'], Email: ['a@nordlys.example', 'b@havn.example', 'c@fjord.example'], [col]: [...values] }
      const { r, to } = await suggestOn(B, cols)
      expect(to(col), col).toBe('b2b.isBlocked')
      const m = r.mappings.find((x) => x.source === col)!
      expect(m.expression, col).toMatch(/^decode\(lower\(trim\(/)
      const header = Object.keys(cols)
      const rows = [0, 1, 2].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
      const out = await runWith<{ b2b: { isBlocked: boolean } }>(B, [header, ...rows], toMappingSet(r))
      expect(out.written, col).toBe(3)
      expect(out.records.map((o) => o.b2b.isBlocked), col).toEqual(expected)
    }
  })

  it('the blocked flag in other languages: Sperre, Blokeret, Sperret, Spärrad, Blockerad, Bloqueado, Bloccato, Zablokowany', async () => {
    for (const [col, values] of [['Sperre', ['Nein', 'Ja', 'Nein']], ['Blokeret', ['Nej', 'Ja', 'Nej']], ['Sperret', ['Nei', 'Ja', 'Nei']], ['Spärrad', ['Nej', 'Ja', 'Nej']],
      ['Blockerad', ['Nej', 'Ja', 'Nej']], ['Bloqueado', ['No', 'Sí', 'No']], ['Bloccato', ['No', 'Sì', 'No']], ['Zablokowany', ['Nie', 'Tak', 'Nie']]] as const) {
      const { r, to } = await suggestOn(B, { Firma: ['Nordlys A/S', 'Havn ApS', 'Fjord I/S'], Email: ['a@nordlys.example', 'b@havn.example', 'c@fjord.example'], [col]: [...values] })
      expect(to(col), col).toBe('b2b.isBlocked')
      // (every yes word is decoded, Italian "Sì" with its grave accent too)
      expect(r.mappings.find((x) => x.source === col)?.expression, col).toContain(`"${values[1]!.toLowerCase()}", "true"`)
    }
  })

  it('a column of "Nej" alone decodes a later "Ja" too, and a value that is no yes/no word is rejected, not lost', async () => {
    const table = flagDecode(['Nej', 'Nej', 'nej'])!
    expect(new Map(table).get('ja')).toBe('true')
    expect(new Map(table).get('nej')).toBe('false')
    const cols = { Firma: ['Nordlys A/S', 'Havn ApS', 'Fjord I/S'], Email: ['a@nordlys.example', 'b@havn.example', 'c@fjord.example'], Spærret: ['Nej', 'Nej', 'Nej'] }
    const { r, to } = await suggestOn(B, cols)
    expect(to('Spærret')).toBe('b2b.isBlocked')
    const out = await runWith<{ b2b: { isBlocked: boolean } }>(B, [['Firma', 'Email', 'Spærret'], ['Nordlys A/S', 'a@nordlys.example', 'Nej'], ['Havn ApS', 'b@havn.example', 'Ja'], ['Fjord I/S', 'c@fjord.example', 'Måske']], toMappingSet(r))
    expect(out.records.map((o) => o.b2b.isBlocked)).toEqual([false, true])
    expect(out.written + out.rejected).toBe(3)
    expect(out.rejected).toBe(1)
  })

  it('words that are no yes/no (Gold, Silver) or already convert (yes/no) get no flag decode', () => {
    expect(flagDecode(['Gold', 'Nej'])).toBeUndefined()
    expect(flagDecode(['yes', 'no', 'No'])).toBeUndefined()
    expect(flagDecode(['0', '1'])).toEqual([['1', 'true'], ['0', 'false']])
  })

  it('"is" of a boolean leaf says only that it is one: "Blocked" and "Is Locked" with true/false are b2b.isBlocked', async () => {
    const { to } = await suggestOn(B, { Company: ['Acme', 'Globex', 'Initech'], Email: ['a@acme.example', 'b@globex.example', 'c@initech.example'], Blocked: ['false', 'true', 'false'] })
    expect(to('Blocked')).toBe('b2b.isBlocked')
    const locked = await suggestOn(B, { Company: ['Acme', 'Globex', 'Initech'], Email: ['a@acme.example', 'b@globex.example', 'c@initech.example'], 'Is Locked': ['false', 'false', 'true'] })
    expect(locked.to('Is Locked')).toBe('b2b.isBlocked')
  })

  it("Ireland's Eircode is the postal code; a Finnish Lähiosoite the street", async () => {
    const ie = await suggestOn(P, { 'First Name': ['Aoife', 'Cian', 'Niamh'], Surname: ['Byrne', 'Kelly', 'Walsh'], Eircode: ['D02 X285', 'T12 X8K2', 'W91 P2C6'] })
    expect(ie.to('Eircode')).toBe('homeAddress.postalCode')
    const fi = await suggestOn(P, { Etunimi: ['Aino', 'Eero', 'Liisa'], Sukunimi: ['Virtanen', 'Korhonen', 'Mäkinen'], Lähiosoite: ['Pyynikintie 15', 'Koulukatu 3 C 5', 'Hämeenkatu 8'], Postinumero: ['33100', '00100', '20100'] })
    expect(fi.to('Lähiosoite')).toBe('homeAddress.street1')
  })

  it('the Nordic "Att." line says only that a person follows: "Att./Kontaktperson" is the contact\'s full name', async () => {
    const { to } = await suggestOn(B, { Kundenr: ['1001', '1002', '1003'], Firmanavn: ['Nordlys A/S', 'Havn ApS', 'Fjord I/S'], 'Att./Kontaktperson': ['Lars Kristensen', 'Ida Madsen', 'Mette Holm'], 'E-mail': ['lk@nordlys.example', 'im@havn.example', 'mh@fjord.example'] })
    expect(to('Att./Kontaktperson')).toBe('person.name.fullName')
  })

  it("a B2B member's 担当者名 is the contact's full name", async () => {
    const { to } = await suggestOn(B, { 会社名: ['株式会社山田商事', '有限会社佐藤', '鈴木工業株式会社'], 担当者名: ['田中 恵', '高橋 由美', '渡辺 翔太'], メールアドレス: ['tanaka@yamada.example', 'takahashi@sato.example', 'watanabe@suzuki.example'] })
    expect(to('担当者名')).toBe('person.name.fullName')
  })

  it('"Gebucht am" is when the booking was made; "Telefon geschäftl." the work phone', async () => {
    const { to, why } = await suggestOn(E, { 'Buchungs-Nr.': ['B-1', 'B-2', 'B-3'], Kurs: ['Yoga', 'Pilates', 'Spinning'], 'Gebucht am': ['05.04.2024 22:09', '17.09.2023 01:20', '14.05.2023 11:44'], Preis: ['12,00', '15,00', '9,50'] })
    expect(to('Gebucht am')).toMatch(/^(timestamp|commerce\.order\.createdDate)$/)
    // (its name says so: before, only its values did)
    expect(why('Gebucht am')).toMatch(/^name "Gebucht am" → \[order created\]/)
    const ph = await suggestOn(P, { Vorname: ['Anna', 'Jonas', 'Lena'], Nachname: ['Meyer', 'Schulz', 'Wagner'], 'Telefon privat': ['0511 4180519', '0511 2885927', '0511 9860012'], 'Telefon geschäftl.': ['0511 7828721', '0511 7828722', '0511 7828723'] })
    expect(ph.to('Telefon geschäftl.')).toBe('workPhone.number')
    const nl = await suggestOn(E, { Boekingsnummer: ['B-1', 'B-2', 'B-3'], Les: ['Yoga', 'Pilates', 'Spinning'], 'Geboekt op': ['05-04-2024 22:09', '17-09-2023 01:20', '14-05-2023 11:44'] })
    expect(nl.why('Geboekt op')).toMatch(/^name "Geboekt op" → \[order created\]/)
  })

  it("a sale's price with no quantity or total beside it (a car dealer's \"Sale Price\") is the order's total; beside a quantity it is not", async () => {
    const car = await suggestOn(E, { 'Invoice No': ['INV-1', 'INV-2', 'INV-3'], 'Sale Date': ['2024-05-01', '2024-05-03', '2024-05-04'], 'Stock ID': ['S101', 'S102', 'S103'], Make: ['Ford', 'Audi', 'Kia'], 'Sale Price': ['15190.00', '9295.00', '12000.00'], 'Gross Profit': ['1200.00', '800.00', '950.00'] })
    expect(car.to('Sale Price')).toBe('commerce.order.priceTotal')
    const lines = await suggestOn(E, { 'Order ID': ['1', '2', '3'], Item: ['Mug', 'Cap', 'Pen'], Quantity: ['2', '1', '3'], 'Sale Price': ['9.50', '12.00', '1.20'] })
    expect(lines.to('Sale Price')).not.toBe('commerce.order.priceTotal')
  })

  it('a Nordic campaign code (Kampanjkod, Kampagnekode, Kampanjekode) is the discount code, commerce.promotionID', async () => {
    for (const col of ['Kampanjkod', 'Kampagnekode', 'Kampanjekode']) {
      const { to } = await suggestOn(E, { Ordernr: ['1001', '1002', '1003'], Datum: ['2024-05-01 10:00', '2024-05-02 11:30', '2024-05-03 09:15'], Summa: ['499.00', '129.00', '89.00'], [col]: ['SOMMAR10', '', 'VÅR15'] })
      expect(to(col), col).toBe('commerce.promotionID')
    }
  })
})
