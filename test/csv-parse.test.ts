import { parse as csvParse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvParser, detectDelimiter, rawText, splitRecord, splitRecords, type CsvRow } from '../src/csv/parse.js'

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

/** A CSV field as a writer would quote it (`quoteEmpty`: some writers also quote empty fields, `""`). */
function quote(v: string, delim: string, quoteEmpty = false): string {
  return /["\r\n]/.test(v) || v.includes(delim) || (v === '' && quoteEmpty) ? `"${v.replace(/"/g, '""')}"` : v
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
        fc.boolean(),
        (rows, delim, eol, finalEol, chunks, quoteEmpty) => {
          // a record that is a single empty cell would be a blank line: csv-parse and we both skip those
          const data = rows.filter((r) => !(r.length === 1 && r[0] === ''))
          const text = data.map((r) => r.map((v) => quote(v, delim, quoteEmpty)).join(delim)).join(eol) + (finalEol ? eol : '')
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

describe('splitRecord (a worker splits the records the main thread cut)', () => {
  const piece = fc.oneof(
    cell.map((v) => quote(v, ',')),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('"a"x', 'b"c', '"unclosed', '"x""y"', '""', '""""', ' "q" ', '"a\r\nb"', '"', 'z'),
  )
  it("gives the parser's cells for any one record, strict or relaxed (property)", () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.boolean(), (fields, relaxQuotes) => {
      const raw = fields.join(',')
      const parser = new CsvParser({ delimiter: ',', relaxQuotes, maxFieldBytes: Number.MAX_SAFE_INTEGER })
      const rows = parser.push(raw, true).rows
      // one record (the main thread hands over neither blank lines nor a raw with a bare line end)
      fc.pre(rows.length === 1)
      expect(splitRecord(raw, { delimiter: ',', relaxQuotes })).toEqual(rows[0]!.cells)
    }), { numRuns: 3000 })
  })

  it('splitRecords gives splitRecord\'s cells for every record of a batch, straight from the batch text (property)', () => {
    // records as the reader cuts them (boundaries only), some settled by the reader (start -1); the delimiter one or
    // two characters long
    fc.assert(fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.boolean(), fc.constantFrom(',', ';', '||'), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (records, relaxQuotes, delimiter, skip) => {
      const text = records.map((f) => f.join(delimiter)).join('\n') + '\n'
      const parser = new CsvParser({ delimiter, relaxQuotes, maxFieldBytes: Number.MAX_SAFE_INTEGER, cells: false })
      const rows = parser.push(text, true).rows.filter((r) => !r.error)
      const starts = Int32Array.from(rows, (r, i) => (skip[i % 12] ? -1 : r.start))
      const ends = Int32Array.from(rows, (r) => r.end)
      const got = splitRecords(text, starts, ends, { delimiter, relaxQuotes })
      expect(got).toEqual(rows.map((r, i) => (starts[i]! < 0 ? null : splitRecord(text.slice(r.start, r.end), { delimiter, relaxQuotes }))))
    }), { numRuns: 3000 })
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

  it('rejects a field over maxFieldBytes without keeping it, in any chunking; its raw text is exactly that record', () => {
    const big = 'x'.repeat(5000)
    for (const chunk of [7, 100, 1024, 100000]) {
      for (const [text, raw] of [[`a,b\n1,${big}\n2,ok\n`, `1,${big}`], [`a,b\n1,"${big}\n${big}"\n2,ok\n`, `1,"${big}\n${big}"`], [`a,b\n1,"${big}",3\n2,ok\n`, `1,"${big}",3`]] as const) {
        const rows = parseAll(text, { maxFieldBytes: 1000 }, [chunk])
        expect(rows.map((r) => r.error?.code)).toEqual([undefined, 'CSV_FIELD_TOO_LARGE', undefined])
        expect(rows[2]!.cells).toEqual(['2', 'ok'])
        expect(rows[2]!.line).toBe(text.includes(`${big}\n${big}`) ? 4 : 3)
        // under rawCap (2 x maxFieldBytes + 64 KiB) the raw text is the record, exactly, and nothing of the next rows
        expect(rows[1]!.rawText).toBe(raw)
      }
    }
  })

  it('cuts the raw text of a record longer than rawCap inside its too-large field, closing its quote, so that it reads back as one record rejected again', () => {
    const big = 'y'.repeat(200_000)
    for (const chunk of [997, 65536, 1 << 20]) {
      for (const [text, quoted] of [[`a,b\n1,${big},3\n2,ok\n`, false], [`a,b\n1,"${big}\n""${big}",3\n2,ok\n`, true], [`a,b\n1,"${big}\n${big}`, true]] as const) {
        const rows = parseAll(text, { maxFieldBytes: 1000 }, [chunk])
        expect(rows[1]!.error?.code).toBe('CSV_FIELD_TOO_LARGE')
        expect(rows[1]!.rawTruncated).toBe(true)
        const raw = rows[1]!.rawText
        expect(raw).toBe(`1,${quoted ? '"' : ''}${'y'.repeat(1001)}${quoted ? '"' : ''}`)
        if (text.endsWith('ok\n')) expect(rows[2]!.cells).toEqual(['2', 'ok'])
        const again = parseAll(`a,b\n${raw}\n2,ok\n`, { maxFieldBytes: 1000 })
        expect(again.map((r) => r.error?.code)).toEqual([undefined, 'CSV_FIELD_TOO_LARGE', undefined])
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

describe('CsvParser on messy files (issue 16)', () => {
  it('reads a lone CR as a line end (CR-only files), also split between chunks, and a CR inside quotes exactly', () => {
    for (const chunk of [1, 2, 3, 100]) {
      expect(parseAll('a,b,c\r1,2,3\r', {}, [chunk]).map((r) => [r.line, r.cells])).toEqual([[1, ['a', 'b', 'c']], [2, ['1', '2', '3']]])
      expect(parseAll('a,b\r\n1,2\n3,4\r5,6', { delimiter: ',' }, [chunk]).map((r) => [r.line, r.cells])).toEqual([[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']], [4, ['5', '6']]])
      const q = parseAll('a,b\r"x\ry",2\r"z\r",3\r', { delimiter: ',' }, [chunk])
      expect(q.map((r) => [r.line, r.cells, r.rawText])).toEqual([[1, ['a', 'b'], 'a,b'], [2, ['x\ry', '2'], '"x\ry",2'], [4, ['z\r', '3'], '"z\r",3']])
    }
  })

  it('reads a line holding only CR, or CRLF, as a blank line, not a row', () => {
    for (const chunk of [1, 2, 50]) {
      const p = new CsvParser({ delimiter: ',' })
      const rows = [...p.push('a,b\n\r\n1,2\r\r\n\r3,4\n'.slice(0, 0))!.rows]
      const text = 'a,b\n\r\n1,2\r\r\n\r3,4\n'
      for (let i = 0; i < text.length; i += chunk) rows.push(...p.push(text.slice(i, i + chunk)).rows)
      rows.push(...p.push('', true).rows)
      expect(rows.map((r) => [r.line, r.cells])).toEqual([[1, ['a', 'b']], [3, ['1', '2']], [6, ['3', '4']]])
      expect(p.emptyLines).toBe(3)
    }
  })

  it('skips whitespace-only lines like blank ones and counts them', () => {
    for (const chunk of [1, 4, 100]) {
      const p = new CsvParser({ delimiter: ',' })
      const text = 'a,b\n  \n1,2\n\t \n\n3,4\n \t'
      const rows: CsvRow[] = []
      for (let i = 0; i < text.length; i += chunk) rows.push(...p.push(text.slice(i, i + chunk)).rows)
      rows.push(...p.push('', true).rows)
      expect(rows.map((r) => [r.line, r.record, r.cells])).toEqual([[1, 0, ['a', 'b']], [3, 1, ['1', '2']], [6, 2, ['3', '4']]])
      expect([p.emptyLines, p.whitespaceLines, p.skipped]).toEqual([1, 3, 4])
    }
    // in a tab file a line of tabs is a record of empty fields, not whitespace
    expect(parseAll('a\tb\n\t\n', { delimiter: '\t' }).map((r) => r.cells)).toEqual([['a', 'b'], ['', '']])
  })

  it('relaxQuotes: a quote inside an unquoted field is literal, spaces around a quoted field are dropped', () => {
    const text = 'id,h,n\n1,5\'10",12" pipe\n2, "two" ,3\n3,"a ""b""" ,  "c"\n4,  x ,y"\n'
    for (const chunk of [1, 3, 1000]) {
      const rows = parseAll(text, { delimiter: ',', relaxQuotes: true }, [chunk])
      expect(rows.map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined, undefined])
      expect(rows.map((r) => r.cells)).toEqual([['id', 'h', 'n'], ['1', '5\'10"', '12" pipe'], ['2', 'two', '3'], ['3', 'a "b"', 'c'], ['4', '  x ', 'y"']])
    }
    const strict = parseAll(text, { delimiter: ',' })
    expect(strict.map((r) => r.error?.code)).toEqual([undefined, 'CSV_INVALID_OPENING_QUOTE', 'CSV_INVALID_OPENING_QUOTE', 'CSV_INVALID_CLOSING_QUOTE', 'CSV_INVALID_OPENING_QUOTE'])
    expect(strict[1]!.error!.message).toMatch(/--relax-quotes/)
    // text after a closing quote stays an error either way
    expect(parseAll('a\n"x"y\n', { delimiter: ',', relaxQuotes: true })[1]!.error?.code).toBe('CSV_INVALID_CLOSING_QUOTE')
    // tab files default to relaxed quotes
    expect(parseAll('a\tb\n5\'10"\tx\n', { delimiter: '\t' })[1]!.cells).toEqual(['5\'10"', 'x'])
    expect(splitRecord('1, "two" ,3', { delimiter: ',', relaxQuotes: true })).toEqual(['1', 'two', '3'])
  })

  it('skips the given preamble lines (a sep= line, title lines) before the header', () => {
    const p = new CsvParser({ delimiter: ';', skipLines: 2 })
    const rows = [...p.push('sep=;\r\nReport "2024"\r\nid;v\r\n1;2\r\n').rows, ...p.push('', true).rows]
    expect(rows.map((r) => [r.line, r.record, r.cells])).toEqual([[3, 0, ['id', 'v']], [4, 1, ['1', '2']]])
    expect(p.preambleLines).toBe(2)
  })

  it('sniffs the dialect itself with delimiter auto', () => {
    const p = new CsvParser()
    const rows = [...p.push('sep=;\nid;name, full\n1;Müller, A\n').rows, ...p.push('', true).rows]
    expect(rows.map((r) => r.cells)).toEqual([['id', 'name, full'], ['1', 'Müller, A']])
    expect(p.dialect).toMatchObject({ delimiter: ';', sepLine: true, skipLines: 1, headerLine: 2 })
    // with an explicit delimiter, sniff: true still finds the sep= line and title lines to skip
    const q = new CsvParser({ delimiter: ',', sniff: true })
    expect(q.push('sep=;\nReport\nid,v\n1,2\n', true).rows.map((r) => r.cells)).toEqual([['id', 'v'], ['1', '2']])
    expect(q.dialect).toMatchObject({ delimiter: ',', delimiterFrom: 'option', sepLine: true, titleLines: 1, skipLines: 2 })
  })

  // messy text for the chunking property: every kind of line end, whitespace lines, quotes of every sort
  const messy = fc.oneof(
    cell,
    fc.constantFrom('"a"x', 'b"c', '"unclosed', '"x""y"', '\r', '\n', '\r\n', '  ', ' \t', ' "q" ', 'z'.repeat(40), '"' + 'q'.repeat(40) + '"', '😀', '"é\r\n"', '""'),
    fc.integer({ min: 26, max: 33 }).map((n) => `"${'q'.repeat(n - 2)}""${'q'}"`),
    fc.integer({ min: 13, max: 17 }).map((n) => `"${'é'.repeat(n)}"`),
    fc.integer({ min: 6, max: 9 }).map((n) => '😀'.repeat(n)),
  )
  it('gives the same rows, raw text, errors and counts whatever the chunking (maxFieldBytes is per field)', () => {
    fc.assert(fc.property(
      fc.array(fc.array(messy, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(1 << 20, 30, 10),
      fc.boolean(),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom(undefined, 40, 100),
      (rows, eol, chunks, maxFieldBytes, relaxQuotes, delimiter, maxRecordChars) => {
        const text = rows.map((r) => r.join(delimiter)).join(eol) + eol
        const run = (sizes: number[], cells = true) => {
          const p = new CsvParser({ delimiter, maxFieldBytes, relaxQuotes, cells, ...(maxRecordChars ? { maxRecordChars } : {}) })
          const out = parseAll(text, { delimiter }, [1]).length >= 0 ? [] as unknown[] : []
          let pos = 0
          let k = 0
          const take = (b: ReturnType<CsvParser['push']>) => { for (const r of b.rows) out.push([r.line, r.record, cells ? r.cells : null, rawText(b, r), r.rawTruncated, r.error?.code, r.error?.message]) }
          while (pos < text.length) { const n = sizes[k++ % sizes.length]!; take(p.push(text.slice(pos, pos + n))); pos += n }
          take(p.push('', true))
          return { out, counts: [p.emptyLines, p.whitespaceLines] }
        }
        const whole = run([text.length])
        expect(run(chunks)).toEqual(whole)
        expect(run(chunks, false).out.map((r) => (r as unknown[]).filter((_, i) => i !== 2))).toEqual(whole.out.map((r) => (r as unknown[]).filter((_, i) => i !== 2)))
      },
    ), { numRuns: 1500 })
  })

  it('sniffs the same dialect and gives the same rows with delimiter auto, whatever the chunking', () => {
    fc.assert(fc.property(
      fc.array(fc.array(messy, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom(',', ';', '\t', '|'),
      fc.constantFrom('', 'sep=;\n', 'Title\n', 'sep=|\r\nTitle\r\n\r\n'),
      fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 5 }),
      (rows, eol, delimiter, preamble, chunks) => {
        const text = preamble + rows.map((r) => r.join(delimiter)).join(eol) + eol
        const run = (sizes: number[]) => {
          const p = new CsvParser()
          const out: unknown[] = []
          let pos = 0
          let k = 0
          const take = (b: ReturnType<CsvParser['push']>) => { for (const r of b.rows) out.push([r.line, r.record, r.cells, rawText(b, r), r.error?.code]) }
          try {
            while (pos < text.length) { const n = sizes[k++ % sizes.length]!; take(p.push(text.slice(pos, pos + n))); pos += n }
            take(p.push('', true))
          } catch (e) { return { error: (e as { code?: string }).code } }
          return { out, dialect: p.dialect, counts: [p.emptyLines, p.whitespaceLines, p.preambleLines] }
        }
        expect(run(chunks)).toEqual(run([text.length]))
      },
    ), { numRuns: 800 })
  })

  it('raw text of every row reads back as that row: same cells, or the same error', () => {
    fc.assert(fc.property(
      fc.array(fc.array(messy, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom(1 << 20, 30),
      fc.constantFrom(1 << 20, 40, 100),
      (rows, eol, maxFieldBytes, maxRecordChars) => {
        const text = rows.map((r) => r.join(',')).join(eol) + eol
        const parsed = parseAll(text, { delimiter: ',', maxFieldBytes, maxRecordChars })
        // rejects.csv: each raw row and a LF
        const rejects = parsed.map((r) => r.rawText + '\n').join('')
        const again = parseAll(rejects, { delimiter: ',', maxFieldBytes, maxRecordChars })
        expect(again.map((r) => r.error?.code ?? r.cells)).toEqual(parsed.map((r) => r.error?.code ?? r.cells))
      },
    ), { numRuns: 1500 })
  })

  it('an unclosed quote at the end of input: the row drops its trailing line ends, so that it reads back the same (fuzz case)', () => {
    for (const chunk of [1, 5, 100]) {
      const rows = parseAll('a,b\n1,"x\r \r2,y\r\r', { delimiter: ',' }, [chunk])
      expect(rows[1]!.rawText).toBe('1,"x\r \r2,y')
      expect(parseAll(`a,b\n${rows[1]!.rawText}\n`, { delimiter: ',' })[1]!.rawText).toBe(rows[1]!.rawText)
    }
  })

  it('rejects a record longer than maxRecordChars at the field that goes over, keeping its fields so far', () => {
    const line = Array.from({ length: 50 }, (_, i) => `f${i}`).join(',')
    for (const chunk of [1, 7, 1000]) {
      const rows = parseAll(`a\n${line}\n"x,""y",${line}\n${'b"c,'.repeat(30)}\nok\n`, { delimiter: ',', maxRecordChars: 40 }, [chunk])
      expect(rows.map((r) => [r.error?.code, r.rawText, r.rawTruncated])).toEqual([
        [undefined, 'a', undefined],
        ['CSV_RECORD_TOO_LARGE', 'f0,f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,f11,f12', true],
        ['CSV_RECORD_TOO_LARGE', '"x,""y",f0,f1,f2,f3,f4,f5,f6,f7,f8,f9,f10', true],
        // an error row too long to keep: its text up to the character in error
        ['CSV_INVALID_OPENING_QUOTE', 'b"', true],
        [undefined, 'ok', undefined],
      ])
    }
  })

  it('never rescans: pathological inputs parse in about a second', () => {
    const time = (f: () => void): number => { const t = performance.now(); f(); return performance.now() - t }
    // a quoted field then 1 MB of delimiters
    const commas = 'h\nR-1,"q",' + ','.repeat(1 << 20) + '\n'
    expect(time(() => { const rows = parseAll(commas, { delimiter: ',' }, [1 << 17]); expect(rows[1]!.cells.length).toBe((1 << 20) + 3) })).toBeLessThan(5000)
    // a 1 MB field fed in small chunks
    const long = 'h\n"' + 'x'.repeat(1 << 20) + '"\n'
    for (const size of [1, 7, 4096]) {
      expect(time(() => { const rows = parseAll(long, { delimiter: ',', maxFieldBytes: 2 << 20 }, [size]); expect(rows[1]!.cells[0]!.length).toBe(1 << 20) }), `chunks of ${size}`).toBeLessThan(5000)
    }
    // an unclosed quote with a raised maxFieldBytes: the rest of a 4 MB input is one broken record
    const unclosed = 'h\n"' + 'abc,def\n'.repeat(1 << 19)
    expect(time(() => { const rows = parseAll(unclosed, { delimiter: ',', maxFieldBytes: 64 << 20 }, [1 << 16]); expect(rows[1]!.error?.code).toBe('CSV_QUOTE_UNCLOSED') })).toBeLessThan(5000)
  })
})
