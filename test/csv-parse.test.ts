import { parse as csvParse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvParser, detectDelimiter, rawText, type CsvRow } from '../src/index.js'

/** Parses text fed in the given chunk sizes; returns rows with their raw text. */
function parseAll(text: string, options: ConstructorParameters<typeof CsvParser>[0] = {}, chunkSizes: number[] = [text.length || 1]): (CsvRow & { rawText: string })[] {
  const p = new CsvParser(options)
  const out: (CsvRow & { rawText: string })[] = []
  let pos = 0
  let k = 0
  while (pos < text.length) {
    const size = Math.max(1, chunkSizes[k++ % chunkSizes.length]!)
    const b = p.push(text.slice(pos, pos + size))
    for (const r of b.rows) out.push({ ...r, rawText: rawText(b, r) })
    pos += size
  }
  const b = p.push('', true)
  for (const r of b.rows) out.push({ ...r, rawText: rawText(b, r) })
  return out
}

/** A CSV field as a writer would quote it. */
function quote(v: string, delim: string): string {
  return /["\r\n]/.test(v) || v.includes(delim) || v === '' && Math.random() < 0 ? `"${v.replace(/"/g, '""')}"` : v
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '"', '""', ',', ';', '\n', '\r\n', 'a,b', 'line1\nline2', 'Zoë', '東京', '\t'),
)

describe('CsvParser against the csv-parse oracle', () => {
  it('gives the same records as csv-parse for random well-formed CSV, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }),
        (rows, delim, eol, finalEol, chunks) => {
          // a record that is a single empty cell would be a blank line: csv-parse and we both skip those
          const data = rows.filter((r) => !(r.length === 1 && r[0] === ''))
          const text = data.map((r) => r.map((v) => quote(v, delim)).join(delim)).join(eol) + (finalEol ? eol : '')
          const expected = csvParse(text, { delimiter: delim, relax_column_count: true, skip_empty_lines: true, record_delimiter: eol === '\n' ? ['\n'] : ['\r\n'] }) as string[][]
          const actual = parseAll(text, { delimiter: delim }, chunks)
          expect(actual.map((r) => r.error)).toEqual(actual.map(() => undefined))
          expect(actual.map((r) => r.cells)).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('keeps the physical start line of every record (csv-parse info.lines)', () => {
    fc.assert(
      // LF line ends only: with CR in the data csv-parse's record-delimiter detection changes what a line is
      fc.property(fc.array(fc.array(cell.filter((c) => !c.includes('\r')), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }), (rows, chunks) => {
        const text = rows.map((r) => r.map((v) => quote(v, ',')).join(',')).join('\n') + '\n'
        const records = csvParse(text, { info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as { info: { lines: number }; record: string[] }[]
        const actual = parseAll(text, { delimiter: ',' }, chunks)
        // csv-parse reports the line where the record ends; we report where it starts: compare via raw text line count
        expect(actual.length).toBe(records.length)
        actual.forEach((r, i) => {
          const spanned = r.rawText.split('\n').length - 1
          expect(r.line + spanned).toBe(records[i]!.info.lines)
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('CsvParser without cells (boundaries only, as the main thread uses it with workers)', () => {
  // messy text: well-formed and malformed quoting, CR, blank lines, long fields
  const piece = fc.oneof(
    cell,
    fc.constantFrom('"a"x', 'b"c', '"unclosed', '"x""y"', '\r', 'z'.repeat(40), '"' + 'q'.repeat(40) + '"'),
    // values around the 30-byte limit below: doubled quotes and two-byte characters count once, as the value has them
    fc.integer({ min: 26, max: 33 }).map((n) => `"${'q'.repeat(n - 2)}""${'q'}"`),
    fc.integer({ min: 13, max: 17 }).map((n) => `"${'""'.repeat(n)}${'q'.repeat(14)}"`),
    fc.integer({ min: 13, max: 17 }).map((n) => `"${'é'.repeat(n)}"`),
    fc.integer({ min: 13, max: 17 }).map((n) => 'é'.repeat(n)),
  )
  it('finds the same records, lines, raw text and errors as the full parse, whatever the chunking', () => {
    fc.assert(fc.property(
      fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n'),
      fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(1 << 20, 30),
      (rows, eol, chunks, maxFieldBytes) => {
        const text = rows.map((r) => r.join(',')).join(eol) + eol
        const full = parseAll(text, { delimiter: ',', maxFieldBytes }, chunks)
        const bounds = parseAll(text, { delimiter: ',', maxFieldBytes, cells: false }, chunks)
        const key = (r: CsvRow & { rawText: string }) => [r.line, r.record, r.rawText, r.error?.code, r.error?.message]
        expect(bounds.map(key)).toEqual(full.map(key))
      },
    ), { numRuns: 1500 })
  })
})

describe('CsvParser', () => {
  it('numbers records and lines across quoted newlines and blank lines', () => {
    const rows = parseAll('a,b\n1,"x\ny"\n\n2,z\r\n')
    expect(rows.map((r) => [r.record, r.line, r.cells])).toEqual([[0, 1, ['a', 'b']], [1, 2, ['1', 'x\ny']], [2, 5, ['2', 'z']]])
  })

  it('gives the raw text of each record without its line end', () => {
    const rows = parseAll('a,b\r\n"1","x\r\ny"\r\n')
    expect(rows.map((r) => r.rawText)).toEqual(['a,b', '"1","x\r\ny"'])
  })

  it('rejects a quote inside an unquoted field and resumes at the next line', () => {
    const rows = parseAll('a,b\n1,x"y\n2,z\n')
    expect(rows[1]!.error?.code).toBe('CSV_INVALID_OPENING_QUOTE')
    expect(rows[2]!.cells).toEqual(['2', 'z'])
    expect(rows[2]!.line).toBe(3)
  })

  it('rejects text after a closing quote', () => {
    const rows = parseAll('a,b\n"1"x,y\n2,z\n')
    expect(rows[1]!.error?.code).toBe('CSV_INVALID_CLOSING_QUOTE')
    expect(rows[1]!.rawText).toBe('"1"x,y')
    expect(rows[2]!.cells).toEqual(['2', 'z'])
  })

  it('reports an unclosed quote at the end of input as one broken record', () => {
    const rows = parseAll('a,b\n1,"open\n2,z\n')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.error?.code).toBe('CSV_QUOTE_UNCLOSED')
    expect(rows[1]!.error?.message).toMatch(/line 2/)
  })

  it('handles a file without a final line end, and CR before LF', () => {
    expect(parseAll('a,b\r\n1,2').map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']])
    expect(parseAll('a,b\n"1","2"').map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']])
  })

  it('rejects a field over maxFieldBytes without keeping it, in any chunking', () => {
    const big = 'x'.repeat(5000)
    for (const chunk of [7, 100, 1024, 100000]) {
      for (const text of [`a,b\n1,${big}\n2,ok\n`, `a,b\n1,"${big}\n${big}"\n2,ok\n`, `a,b\n1,"${big}",3\n2,ok\n`]) {
        const rows = parseAll(text, { maxFieldBytes: 1000 }, [chunk])
        expect(rows.map((r) => r.error?.code)).toEqual([undefined, 'CSV_FIELD_TOO_LARGE', undefined])
        expect(rows[2]!.cells).toEqual(['2', 'ok'])
        expect(rows[2]!.line).toBe(text.includes(`${big}\n${big}`) ? 4 : 3)
        expect(rows[1]!.rawText.length).toBeLessThan(1100)
      }
    }
  })

  it('counts maxFieldBytes in UTF-8 bytes', () => {
    const rows = parseAll(`a\n${'é'.repeat(600)}\n`, { maxFieldBytes: 1000 })
    expect(rows[1]!.error?.code).toBe('CSV_FIELD_TOO_LARGE')
    expect(parseAll(`a\n${'e'.repeat(600)}\n`, { maxFieldBytes: 1000 })[1]!.error).toBeUndefined()
  })

  it('detects the delimiter from the header', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';')
    expect(detectDelimiter('a\tb\n')).toBe('\t')
    expect(detectDelimiter('"a,b"|c|d\n')).toBe('|')
    expect(detectDelimiter('single\n')).toBe(',')
    expect(parseAll('a;b\n1;2\n').map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']])
  })
})
