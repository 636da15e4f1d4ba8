import { describe, expect, it } from 'vitest'
import { CsvParser, rawText } from '../src/csv/parse.js'
import { decode } from '../src/csv/decode.js'
import { csvRunner } from './helpers/run-csv.js'

/** The messy-file cases of issue 16 end to end: through run(), nothing silently lost. */

const runCsv = csvRunner('xdmap-csv-run-', { maxErrors: '100%', threads: 0 })

describe('messy CSV through run()', () => {
  it('reads CR-only files (old Mac / Excel exports) row by row', async () => {
    const { report, parts } = await runCsv('id,name,pts\r1,Ann,3\r2,Bob,4\r')
    expect(report.counts).toMatchObject({ read: 2, written: 2, rejected: 0 })
    expect(parts().map((r) => r._id)).toEqual(['1', '2'])
  })

  it("honours Excel's sep= line and a title line, with the delimiter sniffed or given", async () => {
    for (const delimiter of ['auto', ';']) {
      const { report, parts } = await runCsv('sep=;\r\nCustomer export\r\nid;name;pts\r\n1;Müller, A;3\r\n', { delimiter })
      expect(report.counts).toMatchObject({ read: 1, written: 1, rejected: 0 })
      expect(parts()[0]!._id).toBe('1')
      expect(report.input.delimiter).toBe(';')
    }
  })

  it('sniffs the delimiter over the data: commas inside values do not make the header a title line', async () => {
    const { report } = await runCsv('id;name;pts\n1;Müller, A;12\n2;Meier, B;7\n')
    expect(report.input.delimiter).toBe(';')
    expect(report.counts).toMatchObject({ read: 2, written: 2 })
  })

  it('skips whitespace-only lines instead of rejecting them', async () => {
    const { report } = await runCsv('id,name,pts\n1,Ann,3\n   \n\t\n2,Bob,4\n')
    expect(report.counts).toMatchObject({ read: 2, written: 2, rejected: 0 })
  })

  it('refuses an input whose delimiter it cannot tell (exit 2, CSV_DIALECT_AMBIGUOUS)', async () => {
    await expect(runCsv('id,name;pts\n1;2,3,4\n5|6\n7,8,9,0|1\n')).rejects.toMatchObject({ code: 'CSV_DIALECT_AMBIGUOUS', exitCode: 2 })
  })

  it('counts a field\'s unreadable bytes as rejects.csv holds them, so re-running rejects.csv rejects the row for the same reason (fuzz seed 2611, case 3214)', async () => {
    // UTF-16LE ending in an odd byte: the unclosed field ends in a lone surrogate, which rejects.csv (UTF-8) holds as a
    // 3-byte form that reads back as three escaped bytes; each side counts 3, so the field is exactly at the limit
    const input = Buffer.concat([Buffer.from('id,name,pts\n1,Ann,3\n2,"' + 'x'.repeat(40), 'utf16le'), Buffer.from([0x41])])
    for (const threads of [0, 2]) {
      const first = await runCsv(input, { threads, encoding: 'utf16le', maxFieldBytes: 43 })
      expect(first.report.counts).toMatchObject({ read: 2, written: 1, rejected: 1 })
      expect(first.report.counts.issuesByCode).toEqual({ CSV_QUOTE_UNCLOSED: 1 })
      const again = await runCsv(first.bytes('rejects.csv'), { threads, maxFieldBytes: 43 })
      expect(again.report.counts).toMatchObject({ read: 1, written: 0, rejected: 1 })
      expect(again.report.counts.issuesByCode).toEqual({ CSV_QUOTE_UNCLOSED: 1 })
      // one byte less and both runs find the field too large
      const small = await runCsv(input, { threads, encoding: 'utf16le', maxFieldBytes: 42 })
      expect(small.report.counts.issuesByCode).toEqual({ CSV_FIELD_TOO_LARGE: 1 })
      expect((await runCsv(small.bytes('rejects.csv'), { threads, maxFieldBytes: 42 })).report.counts.issuesByCode).toEqual({ CSV_FIELD_TOO_LARGE: 1 })
    }
  })

  it('writes each rejected row to rejects.csv with its own original bytes: invalid UTF-8 stays invalid, a too-large row carries nothing of the next rows', async () => {
    const big = 'x'.repeat(300_000)
    const input = Buffer.concat([
      Buffer.from('id,name,pts\n1,Ann,3\n2,B'), Buffer.from([0xe9]), Buffer.from('b,4\n3,\uFFFD,5\n'),
      Buffer.from(`4,"${big}",6\n5,Cy,7\n6,"open\r\r`),
    ])
    for (const threads of [0, 2]) {
      const { report, bytes } = await runCsv(input, { threads, maxFieldBytes: 1000 })
      expect(report.counts).toMatchObject({ read: 6, written: 3, rejected: 3 })
      expect(report.counts.issuesByCode).toMatchObject({ CSV_INVALID_ENCODING: 1, CSV_FIELD_TOO_LARGE: 1, CSV_QUOTE_UNCLOSED: 1 })
      const rejects = bytes('rejects.csv')
      expect(rejects.subarray(0, 20)).toEqual(Buffer.concat([Buffer.from('id,name,pts\n2,B'), Buffer.from([0xe9]), Buffer.from('b,4\n')]))
      // read back: exactly the rejected rows, and a re-run rejects each again for the same reason
      const p = new CsvParser({ delimiter: ',', maxFieldBytes: 1000 })
      const rows: string[] = []
      for await (const t of decode((async function* () { yield rejects })())) { const b = p.push(t); for (const r of b.rows) rows.push(rawText(b, r)) }
      const last = p.push('', true)
      for (const r of last.rows) rows.push(rawText(last, r))
      expect(rows).toHaveLength(4)
      expect(rows[2]).toBe(`4,"${'x'.repeat(1001)}"`)
      expect(rows[3]).toBe('6,"open')
      const again = await runCsv(rejects, { maxFieldBytes: 1000 })
      expect(again.report.counts).toMatchObject({ read: 3, written: 0, rejected: 3 })
      expect(again.report.counts.issuesByCode).toMatchObject({ CSV_INVALID_ENCODING: 1, CSV_FIELD_TOO_LARGE: 1, CSV_QUOTE_UNCLOSED: 1 })
    }
  })

  it('reads UTF-16 without a BOM', async () => {
    const { report, parts } = await runCsv(Buffer.from('id,name,pts\n1,Zoë,3\n', 'utf16le'))
    expect(report.input.encoding).toBe('utf16le')
    expect(parts()[0]!._id).toBe('1')
  })
})
