import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CsvParser, type CsvRow } from '../src/csv/parse.js'

/** Public CSV test suites (see test/fixtures/csv/README.md for where each file comes from). */
const DIR = join(import.meta.dirname, 'fixtures', 'csv')

function parse(text: string, options: ConstructorParameters<typeof CsvParser>[0] = {}, chunk = text.length || 1): CsvRow[] {
  const p = new CsvParser(options)
  const rows: CsvRow[] = []
  for (let i = 0; i < text.length; i += chunk) rows.push(...p.push(text.slice(i, i + chunk)).rows)
  rows.push(...p.push('', true).rows)
  return rows
}

/**
 * location_coordinates has stray quotes in unquoted fields (`37.8"N`): rejected unless --relax-quotes. Its JSON also
 * gives a phone number its CSV does not hold (1234567890 for 2095257564, upstream since the case was added).
 */
const SPECTRUM_DIFFERENCES: Record<string, { fix: (rows: Record<string, string>[]) => Record<string, string>[] }> = {
  location_coordinates: { fix: (rows) => rows.map((r) => ({ ...r, 'Contact Phone Number': '2095257564' })) },
}

describe('csv-spectrum (max-mapper/csv-spectrum)', () => {
  const names = readdirSync(join(DIR, 'csv-spectrum', 'csvs')).map((f) => f.replace(/\.csv$/, ''))
  it('has the 12 cases', () => expect(names).toHaveLength(12))
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(DIR, 'csv-spectrum', 'csvs', `${name}.csv`), 'utf8')
      const json = JSON.parse(readFileSync(join(DIR, 'csv-spectrum', 'json', `${name}.json`), 'utf8')) as Record<string, string>[] | Record<string, string>
      // location_coordinates.json holds its one row as an object, not an array
      const expected = Array.isArray(json) ? json : [json]
      for (const chunk of [1, 3, 1 << 16]) {
        const diff = SPECTRUM_DIFFERENCES[name]
        if (diff) expect(parse(text, {}, chunk).some((r) => r.error)).toBe(true)
        const rows = parse(text, diff ? { relaxQuotes: true } : {}, chunk)
        expect(rows.filter((r) => r.error)).toEqual([])
        const [header, ...data] = rows.map((r) => r.cells)
        const objects = data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]])))
        expect(objects).toEqual(diff ? diff.fix(expected) : expected)
      }
    })
  }
})

interface PapaCase { description: string; input: string; config: Record<string, unknown>; expected: { data: string[][]; errors: unknown[] } }

/**
 * Where we differ from papaparse on purpose. Papaparse reads a stray quote as text and keeps spaces around a quoted
 * field; we reject such rows unless --relax-quotes, which then drops the spaces (as Python's skipinitialspace and
 * DuckDB do) rather than keep the quotes as text.
 */
const DIFFERENCES: Record<string, { strict: 'rejects'; relaxed: string[][] | 'papaparse' }> = {
  'Unquoted field with quotes at end of field': { strict: 'rejects', relaxed: 'papaparse' },
  'Misplaced quotes in data, not as opening quotes': { strict: 'rejects', relaxed: 'papaparse' },
  'Quoted field with whitespace around quotes': { strict: 'rejects', relaxed: [['A', 'B', 'C']] },
}

describe("papaparse's core parser cases (mholt/PapaParse tests/test-cases.js)", () => {
  const cases = (JSON.parse(readFileSync(join(DIR, 'papaparse', 'core-parser-tests.json'), 'utf8')) as PapaCase[])
    // the options we have: a delimiter and a line end (comments, preview, fast mode and header handling are papaparse's own)
    .filter((c) => Object.keys(c.config).every((k) => k === 'delimiter' || k === 'newline'))
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(40))
  for (const c of cases) {
    it(c.description, () => {
      // we skip blank and whitespace-only lines where papaparse returns a row holding one empty field
      const expected = c.expected.data.filter((r) => !(r.length === 1 && r[0]!.trim() === ''))
      for (const chunk of [1, 1 << 16]) {
        const delimiter = (c.config.delimiter as string | undefined) ?? 'auto'
        const strict = parse(c.input, { delimiter, relaxQuotes: false }, chunk)
        const diff = DIFFERENCES[c.description]
        if (c.expected.errors.length || diff) {
          // papaparse flags the input as malformed (or we do, on purpose): at least one row is rejected, none swallowed silently
          expect(strict.some((r) => r.error)).toBe(true)
          if (diff) {
            const relaxed = parse(c.input, { delimiter, relaxQuotes: true }, chunk)
            expect(relaxed.map((r) => r.error)).toEqual(relaxed.map(() => undefined))
            expect(relaxed.map((r) => r.cells)).toEqual(diff.relaxed === 'papaparse' ? expected : diff.relaxed)
          }
          continue
        }
        expect(strict.map((r) => r.error?.message)).toEqual(strict.map(() => undefined))
        expect(strict.map((r) => r.cells)).toEqual(expected)
      }
    })
  }
})
