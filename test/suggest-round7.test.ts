// General rules of round 7 (each test fails without its rule): currency-symbol amounts, amounts that are not
// identifiers, net amounts, IP-derived places, VAT and B2B tax numbers, lead statuses that are no place, columns
// whose names say the same thing, and the words of the vocabulary those need.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { suggestFrom, toMappingSet } from '../src/suggest/index.js'
import { profileColumn } from '../src/suggest/profile.js'
import { ROOT } from './helpers/fixtures.js'
import { B2B_PERSON as B, catalogOf, EVENT_RICH as E, PROFILE_RICH as P } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const suggestOn = async (schema: string, header: string[], rows: string[][]) => {
  const r = suggestFrom(header, rows, await catalogOf(schema))
  return { r, to: (c: string) => r.mappings.find((m) => m.source === c), why: (c: string) => r.unmapped.find((u) => u.source === c)?.reason }
}

describe('amounts written with a currency symbol', () => {
  it('are recognised, mapped to number fields and read by an expression run converts', async () => {
    const p = profileColumn('x', ['$19.90', '-$5.00', '£1,234.50', '19.90 €']).shares
    expect(p.symbolAmount).toBe(1)
    // (an ISO code is a mark too since round 29: "USD 5" is an amount; a word is none)
    expect(profileColumn('x', ['19.90', 'apples 5']).shares.symbolAmount).toBe(0)
    const header = ['Order ID', 'Order Date', 'Total Price', 'Shipping And Handling']
    const rows = [['1001', '2024-03-01T10:00:00Z', '$71.04', '$4.95'], ['1002', '2024-03-02T10:00:00Z', '$1,157.27', '$0.00'], ['1003', '2024-03-03T10:00:00Z', '$19.90', '$4.95']]
    const { r, to } = await suggestOn(E, header, rows)
    expect(to('Total Price')).toMatchObject({ destination: 'commerce.order.priceTotal', expression: 'to_decimal(trim(replacestr(replacestr(${Total Price}, ",", ""), "$", "")))' })
    expect(to('Total Price')!.reason).toMatch(/currency mark/)
    expect(to('Shipping And Handling')?.destination).toBe('commerce.shipping.shippingAmount')
    const dir = tmpDir('xdmap-suggest-symbol-')
    const csv = join(dir, 'o.csv')
    writeFileSync(csv, [header.join(';'), ...rows.map((x) => x.join(';'))].join('\n') + '\n')
    const set = toMappingSet(r)
    const mappingFile = join(dir, 'mapping.json')
    writeFileSync(mappingFile, JSON.stringify({ ...set, mappings: [...set.mappings.filter((m) => m.destination !== '_id'), { sourceType: 'ATTRIBUTE', source: 'Order ID', destination: '_id' }] }))
    const report = await run({ input: csv, schema: join(ROOT, E), mapping: mappingFile, out: join(dir, 'out'), threads: 0 })
    expect(report.counts.written, JSON.stringify(report)).toBe(3)
    const out = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { commerce: { order: { priceTotal: number } } })
    expect(out.map((o) => o.commerce.order.priceTotal)).toEqual([71.04, 1157.27, 19.9])
    // they are numbers: a text field ("Shipping Method") does not take them
    const method = await suggestOn(E, ['Order ID', 'Shipping Method', 'Total'], [['1', '$5.00', '9.90'], ['2', '$10.00', '19.90'], ['3', '$2.50', '29.90']])
    expect(method.to('Shipping Method')).toBeUndefined()
  })

  it('are never an identifier', async () => {
    // "Sold For" reads as an order word; its values are money
    const { to, why } = await suggestOn(E, ['Sold For', 'Quantity', 'Total'], [['$19.90', '1', '24.85'], ['$64.00', '2', '132.95'], ['$12.50', '1', '17.45']])
    expect(to('Sold For')).toBeUndefined()
    expect(why('Sold For')).toBeDefined()
    const plain = await suggestOn(E, ['Order Number', 'Sold', 'Total'], [['11-1', '19.90', '24.85'], ['11-2', '64.00', '132.95'], ['11-3', '12.50', '17.45']])
    expect(plain.to('Order Number')?.destination).toBe('commerce.order.purchaseID')
  })
})

describe('what a column is about', () => {
  it('a net amount is neither the total nor the amount paid', async () => {
    const { to } = await suggestOn(E, ['Order ID', 'Net Total', 'Tax'], [['1', '90.00', '19.00'], ['2', '45.00', '8.55'], ['3', '12.00', '2.28']])
    expect(to('Net Total')).toBeUndefined()
    const de = await suggestOn(E, ['Bestellnummer', 'Gesamtbetrag netto', 'Versandkosten'], [['B1', '90,00', '4,95'], ['B2', '45,00', '0,00'], ['B3', '12,00', '4,95']])
    expect(de.to('Gesamtbetrag netto')).toBeUndefined()
    expect(de.to('Bestellnummer')?.destination).toBe('commerce.order.purchaseID')
  })

  it('a place of the IP address is no postal address', async () => {
    const { to } = await suggestOn(E, ['Order ID', 'Total', 'Street', 'City', 'Country', 'IP Country'], [['1', '9.90', 'Main St 1', 'Austin', 'US', 'US'], ['2', '19.90', 'Oak Ave 2', 'Boston', 'US', 'DE'], ['3', '29.90', 'Elm St 3', 'Denver', 'US', 'FR']])
    expect(to('IP Country')?.destination ?? '').not.toMatch(/address/)
  })

  it('a VAT number, and any tax number of a B2B list, is not the person\'s tax id', async () => {
    const b2b = await suggestOn(B, ['Vorname', 'Nachname', 'Firma', 'Position', 'Steuernummer'], [['Anna', 'Weber', 'Acme GmbH', 'CFO', '12/345/67890'], ['Paul', 'Fischer', 'Globex AG', 'CTO', '21/543/09876'], ['Lea', 'Meyer', 'Initech', 'CEO', '33/222/11111']])
    expect(b2b.to('Steuernummer')).toBeUndefined()
    const vat = await suggestOn(P, ['Email', 'VAT number'], [['a@b.de', 'DE123456789'], ['c@d.fr', 'FR12345678901'], ['e@f.it', 'IT12345678901']])
    expect(vat.to('VAT number')).toBeUndefined()
    // a consumer's tax id (CPF) still is
    const cpf = await suggestOn(P, ['Email', 'Tax ID'], [['a@b.br', '123.456.789-09'], ['c@d.br', '987.654.321-00'], ['e@f.br', '111.222.333-44']])
    expect(cpf.to('Tax ID')?.destination).toBe('person.taxId')
  })

  it('lead stages in a "state" column are statuses, not a region', async () => {
    expect(profileColumn('x', ['Nuevo', 'Contactado', 'Calificado', 'Qualified', 'nieuw']).shares.status).toBe(1)
    const { to } = await suggestOn(B, ['Nombre', 'Apellidos', 'Cargo', 'Ciudad', 'Estado del prospecto'], [['Ana', 'Gil', 'CFO', 'Madrid', 'Nuevo'], ['Luis', 'Paz', 'CTO', 'Sevilla', 'Contactado'], ['Eva', 'Sanz', 'CEO', 'Bilbao', 'Calificado']])
    expect(to('Estado del prospecto')?.destination ?? '').not.toMatch(/address/i)
  })

  it('two columns whose names say the same thing and fit one field alike: neither is chosen', async () => {
    const { to, why } = await suggestOn(E, ['Transaction ID', 'Gross Sales', 'Total Collected', 'Tax'], [['a1', '10.00', '11.90', '1.90'], ['a2', '20.00', '23.80', '3.80'], ['a3', '5.00', '5.95', '0.95']])
    expect(to('Gross Sales')).toBeUndefined()
    expect(to('Total Collected')).toBeUndefined()
    expect(why('Gross Sales')).toMatch(/ambiguous: .*alike/)
    // different words (a salutation and a title holding Dr./Prof.) are not a tie
    const de = await suggestOn(B, ['Anrede', 'Titel', 'Vorname', 'Nachname', 'Firma', 'Position'], [['Herr', 'Dr.', 'Paul', 'Fischer', 'Acme', 'CFO'], ['Frau', '', 'Anna', 'Weber', 'Globex', 'CTO'], ['Frau', 'Prof.', 'Lea', 'Meyer', 'Initech', 'CEO']])
    expect(de.to('Anrede')?.destination).toBe('person.name.courtesyTitle')
  })
})

describe('vocabulary', () => {
  // each word decides where a made-up column goes (without it the column lands elsewhere or nowhere)
  const ts = ['2024-03-01T10:00:00Z', '2024-03-02T10:00:00Z', '2024-03-03T10:00:00Z']
  it.each<[string, string, string, string[][], string]>([
    // a mobile network is the carrier, not a "net" amount or the "work" qualifier
    ['Network', E, 'timestamp;Page URL;Network', [[ts[0]!, 'https://a.example/x', 'Vodafone'], [ts[1]!, 'https://a.example/y', 'T-Mobile'], [ts[2]!, 'https://a.example/z', 'Verizon']], 'environment.carrier'],
    ['tax_formatted', E, 'Order ID;total_formatted;tax_formatted', [['1', '$19.90', '$1.90'], ['2', '$64.00', '$6.40'], ['3', '$1,212.50', '$121.25']], 'commerce.order.taxAmount'],
    ['Telefon - Arbeit', P, 'Vorname;Nachname;Telefon - Arbeit', [['Anna', 'Weber', '+49 30 1234567'], ['Paul', 'Fischer', '+49 40 2345678'], ['Lea', 'Meyer', '+49 89 3456789']], 'workPhone.number'],
    ['Nombre del prospecto', B, 'Email;Nombre del prospecto', [['a@acme.com', 'Ana Gil'], ['b@x.com', 'Luis Paz'], ['c@y.com', 'Eva Sanz']], 'person.name.fullName'],
  ])('%s', async (column, schema, header, rows, destination) => {
    const { to } = await suggestOn(schema, header.split(';'), rows)
    expect(to(column)?.destination).toBe(destination)
  })
})
