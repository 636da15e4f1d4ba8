import { describe, expect, it } from 'vitest'
import { CsvParser } from '../src/csv/parse.js'
import { sniff, sniffStream, SNIFF_CHARS } from '../src/csv/sniff.js'
import { XdmapError } from '../src/util/errors.js'

describe('sniff (dialect detection over the first lines)', () => {
  it('does not let a tie in the header line decide: the data lines do', () => {
    expect(sniff('Name, vollständig;Betrag\nMüller;12,50\nSchmidt;7\n', { final: true }).delimiter).toBe(';')
    // even when every line ties: fields starting with a space mark prose, not a delimiter
    expect(sniff('Name, vollständig;Betrag\nMüller;12,50\n', { final: true }).delimiter).toBe(';')
    expect(sniff('id|name, full|city, state\n1|Doe, John|Paris, TX\n2|Roe|Lyon\n', { final: true }).delimiter).toBe('|')
    expect(sniff('id|name, full|city, state\n', { final: true }).delimiter).toBe('|')
    // a header with more commas than the data has
    expect(sniff('Name, first, last;Amount\nMüller;12\nMeier;7\n', { final: true }).delimiter).toBe(';')
  })

  it('scores by consistency over the data, with more columns and the usual order as tie-breakers', () => {
    expect(sniff('a,b,c\n1,2,3\n', { final: true })).toMatchObject({ delimiter: ',', columns: 3, delimiterFrom: 'sniffed', titleLines: 0, skipLines: 0, headerLine: 1 })
    expect(sniff('a\tb\tc\n1\t2,5\t3\n', { final: true })).toMatchObject({ delimiter: '\t', relaxQuotes: true })
    expect(sniff('"a;b",c\n"1;2",3\n', { final: true }).delimiter).toBe(',')
    expect(sniff('single\n1\n2\n', { final: true })).toMatchObject({ delimiter: ',', columns: 1, delimiterFrom: 'default' })
    expect(sniff('', { final: true })).toMatchObject({ delimiter: ',', columns: 0, headerLine: 1 })
    // not one complete record in the first 64 Ki characters: the most frequent candidate of what there is
    expect(sniff(Array.from({ length: 9000 }, (_, i) => `column_${i}`).join(';') + '\n1;2\n').delimiter).toBe(';')
  })

  it("honours and skips Excel's sep= line; an explicit delimiter overrides it", () => {
    expect(sniff('sep=;\r\na;b\r\n1;2\r\n', { final: true })).toMatchObject({ delimiter: ';', sepLine: true, skipLines: 1, headerLine: 2, lineEnding: 'crlf', delimiterFrom: 'sep-line' })
    expect(sniff('sep=|\na|b,c\n', { final: true, delimiter: ',' })).toMatchObject({ delimiter: ',', sepLine: true, skipLines: 1, delimiterFrom: 'option' })
    expect(sniff('a;b,c\n1;2,3\n', { final: true, delimiter: ';' })).toMatchObject({ delimiter: ';', delimiterFrom: 'option' })
  })

  it('finds title lines above the header and skips them', () => {
    const d = sniff('Sales report\nExported 2024-01-01\n\nid;name;amount\n1;a;2\n2;b;3\n', { final: true })
    expect(d).toMatchObject({ delimiter: ';', titleLines: 2, skipLines: 3, headerLine: 4 })
    const p = new CsvParser({ delimiter: d.delimiter, skipLines: d.skipLines })
    expect([...p.push('Sales report\nExported 2024-01-01\n\nid;name;amount\n1;a;2\n', true).rows].map((r) => [r.line, r.cells])).toEqual([[4, ['id', 'name', 'amount']], [5, ['1', 'a', '2']]])
    // a header with fewer names than the data has fields is still the header (not a title)
    expect(sniff('a,b\n1,2,3\n4,5,6\n', { final: true })).toMatchObject({ titleLines: 0, headerLine: 1 })
  })

  it('detects the line ending: LF, CRLF, CR, and says when they are mixed', () => {
    expect(sniff('a,b\n1,2\n', { final: true })).toMatchObject({ lineEnding: 'lf', mixedLineEndings: false })
    expect(sniff('a,b\r\n"x\ny",2\r\n', { final: true })).toMatchObject({ lineEnding: 'crlf', mixedLineEndings: false })
    expect(sniff('a,b,c\r1,2,3\r', { final: true })).toMatchObject({ lineEnding: 'cr', delimiter: ',', columns: 3 })
    expect(sniff('a,b\r\n1,2\n3,4\n', { final: true })).toMatchObject({ lineEnding: 'lf', mixedLineEndings: true })
    expect(sniff('a,b', { final: true }).lineEnding).toBe('none')
  })

  it('refuses with CSV_DIALECT_AMBIGUOUS, naming the candidates, when no delimiter is consistent', () => {
    let err: unknown
    try { sniff('a,b;c\n1;2,3,4\n5|6\n7,8,9,0|1\n', { final: true }) } catch (e) { err = e }
    expect(err).toBeInstanceOf(XdmapError)
    expect((err as XdmapError).code).toBe('CSV_DIALECT_AMBIGUOUS')
    expect((err as XdmapError).exitCode).toBe(2)
    expect((err as XdmapError).message).toMatch(/","[^;]*;[^;]*";".*--delimiter/)
    // an explicit delimiter is never refused
    expect(sniff('a,b;c\n1;2,3,4\n5|6\n7,8,9,0|1\n', { final: true, delimiter: ',' }).delimiter).toBe(',')
    // a file whose only multi-column reading has bad rows is read with it (the bad rows are rejected later)
    expect(sniff('a,b,c\n1,2\n3\n4,5,6,7\n', { final: true }).delimiter).toBe(',')
  })

  it('looks at the first 64 Ki characters only, whatever the chunking of the stream', async () => {
    const text = 'a;b\n' + '1;2\n'.repeat(40000)
    const results = []
    for (const size of [1000, 7777, 1 << 20]) {
      const chunks = (async function* () { for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size) })()[Symbol.asyncIterator]()
      const { dialect, head, done } = await sniffStream(chunks)
      expect(head.length).toBeGreaterThanOrEqual(SNIFF_CHARS)
      expect(done).toBe(false)
      results.push(dialect)
    }
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
    expect(results[0]!.delimiter).toBe(';')
  })
})
