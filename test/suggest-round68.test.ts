// Rules of round 68 (tune1-138; each test fails with its rule removed), checked on made-up headers: two parts of a name
// joined into one word only when the second is not a letter that begins the next part's word (Swedish "Kund e-post"),
// a lead's score in a B2B list as the person's score, and a birthday without its year (03/25, 25.03) into the MM-DD
// field by an expression run converts.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toMappingSet } from '../src/suggest/index.js'
import { dayMonthOf } from '../src/suggest/time.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round68-')
const runWith = <T>(schema: string, table: string[][], mapping: object) => runMapping<T>(base, schema, table, mapping)

const pad = (n: number): string => String(n).padStart(2, '0')

const EMAILS = ['sara.karlsson@telia.com', 'nils.nilsson@outlook.com', 'anna.berg@gmail.com']
const RECEIPTS = { Kvittonummer: ['10231', '10232', '10233'], Summa: ['219,00', '84,50', '1 045,00'] }

describe('round 68 (tune1-138)', () => {
  it('Swedish "Kund e-post" is the customer\'s e-mail, not "kunde" and a post: the letter e belongs to e-post', async () => {
    for (const col of ['Kund e-post', 'Kund E-post', 'Kund e-mail', 'Kunde e-post']) {
      const { to } = await suggestOn(E, { ...RECEIPTS, [col]: EMAILS })
      expect(to(col), col).toBe('endUserIDs._experience.emailid.id')
    }
  })

  it('two parts written apart are still one word where no letter begins the next word ("e mail", "zip code")', async () => {
    const { to } = await suggestOn(P, { 'First Name': ['Sara', 'Nils', 'Anna'], 'e mail': EMAILS, 'zip code': ['11122', '41103', '21145'] })
    expect(to('e mail')).toBe('personalEmail.address')
    expect(to('zip code')).toMatch(/postalCode$/)
  })

  it('a lead\'s score in a B2B list ("Lead Score", "Lead-Score", "Leadscore") is the person\'s score', async () => {
    const people = { 'First Name': ['Sara', 'Nils', 'Anna'], 'Last Name': ['Karlsson', 'Nilsson', 'Berg'], Company: ['Acme AB', 'Volvo AB', 'Ikea AB'], Email: EMAILS }
    for (const col of ['Lead Score', 'Lead-Score', 'lead_score', 'Leadscore']) {
      const { to } = await suggestOn(B, { ...people, [col]: ['54', '12', '87'] })
      expect(to(col), col).toBe('b2b.personScore')
    }
  })

  it('other scores in a B2B list (NPS, health, risk) are not the person\'s score', async () => {
    const people = { 'First Name': ['Sara', 'Nils', 'Anna'], 'Last Name': ['Karlsson', 'Nilsson', 'Berg'], Email: EMAILS }
    for (const col of ['NPS Score', 'Health Score', 'Risk Score']) {
      const { to } = await suggestOn(B, { ...people, [col]: ['9', '7', '10'] })
      expect(to(col), col).toBeUndefined()
    }
  })

  it('a birthday without its year (03/25 in the US, 25.03 or 25/03 in Europe) goes to the MM-DD field, and run writes MM-DD', async () => {
    for (const [col, values, expected] of [
      ['Birthday', ['03/25', '12/09', '', '07/13'], ['03-25', '12-09', undefined, '07-13']],
      ['Cumpleaños', ['25/03', '9/12', '13/07', ''], ['03-25', '12-09', '07-13', undefined]],
      ['Geburtstag', ['25.03', '1.9', '29.2', '7.11'], ['03-25', '09-01', '02-29', '11-07']],
      ['Birthday', ['23-06', '01-12', '09-09', '30-11'], ['06-23', '12-01', '09-09', '11-30']],
    ] as const) {
      const cols = { Email: ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example'], [col]: [...values] }
      const { r, to } = await suggestOn(P, cols)
      expect(to(col), `${col} ${values.join(' ')}`).toBe('person.birthDayAndMonth')
      const m = r.mappings.find((x) => x.source === col)!
      expect(m.expression, col).toMatch(/^format\(date\(concat\("2000/)
      const header = Object.keys(cols)
      const rows = [0, 1, 2, 3].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
      const out = await runWith<{ person?: { birthDayAndMonth?: string } }>(P, [header, ...rows], toMappingSet(r))
      expect(out.written + out.rejected, col).toBe(4)
      expect(out.records.map((o) => o.person?.birthDayAndMonth), col).toEqual(expected)
    }
  })

  it('MM-DD birthdays need no expression, and a sample that cannot tell the day from the month (03/05, 12/09, 07/11) is not guessed', async () => {
    const iso = await suggestOn(P, { Email: ['a@x.example', 'b@x.example', 'c@x.example'], Birthday: ['03-25', '12-09', '07-13'] })
    expect(iso.to('Birthday')).toBe('person.birthDayAndMonth')
    expect(iso.r.mappings.find((x) => x.source === 'Birthday')!.expression).toBeUndefined()
    const unsure = await suggestOn(P, { Email: ['a@x.example', 'b@x.example', 'c@x.example'], Birthday: ['03/05', '12/09', '07/11'] })
    expect(unsure.to('Birthday')).toBeUndefined()
    // (a full date stays the birth date)
    const full = await suggestOn(P, { Email: ['a@x.example', 'b@x.example', 'c@x.example'], Birthday: ['03/25/1984', '12/09/1990', '07/13/1975'] })
    expect(full.to('Birthday')).toBe('person.birthDate')
  })

  it('dayMonthOf reads the order the values show, against an oracle over made-up days and months', () => {
    const day = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), padded: fc.boolean() })
    fc.assert(fc.property(fc.array(day, { minLength: 3, maxLength: 20 }), fc.boolean(), fc.constantFrom('/', '.', '-'), (days, dayFirst, sep) => {
      const text = (x: { d: number; m: number; padded: boolean }): string => { const [a, b] = dayFirst ? [x.d, x.m] : [x.m, x.d]; return x.padded ? `${pad(a)}${sep}${pad(b)}` : `${a}${sep}${b}` }
      const got = dayMonthOf(days.map(text))
      // (the order shows only where some day is above 12)
      if (days.some((x) => x.d > 12)) expect(got).toEqual({ dayFirst, separator: sep })
      else expect(got).toBeUndefined()
    }))
    // (fewer than three values, a part above 31, mixed marks, a year, words, or both parts above 12 are no day and month)
    for (const xs of [['03/25', '04/11'], ['32/01', '40/02', '35/03'], ['03/25', '04.11', '12/30'], ['03/25/1990', '04/11/1990', '12/30/1990'], ['Mar 25', 'Apr 11', 'Dec 30'], ['13/25', '14/11', '12/30']]) expect(dayMonthOf(xs), xs.join(' ')).toBeUndefined()
  })
})

