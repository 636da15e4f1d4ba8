import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawText, splitRecord, splitRecords, UNSPLIT } from '../src/csv/parse.js'
import { splitByteRecords } from '../src/csv/split.js'
import { RecordScanner, utf16Offsets } from '../src/csv/ranges.js'
import { isByteBatch, Reader, type Batch } from '../src/pipeline/reader.js'
import { openSource, type Source } from '../src/pipeline/source.js'
import { tmpDir } from './helpers/tmp.js'

/**
 * The byte-range reader (records found in the raw bytes, split by workers) against the text reader (the parser over
 * decoded text, cells split at once): the same records with the same lines, record numbers, raw text, cells and
 * errors, the same skipped-line counts, the same input hash, whatever the input and its chunking.
 */

const base = tmpDir('xdmap-ranges-')

interface Seen { line: number; record: number; raw: string; cells: string[] | null; error?: string }

function chunked(bytes: Uint8Array, sizes: number[]): Source {
  let read = 0
  return {
    name: 'stdin',
    bytes: (async function* () {
      let at = 0
      let k = 0
      while (at < bytes.length) {
        const n = Math.max(1, sizes[k++ % sizes.length]!)
        const chunk = Buffer.from(bytes.subarray(at, at + n))
        at += n
        read += chunk.length
        yield chunk
      }
    })(),
    totalBytes: undefined,
    gzip: false,
    get sourceBytes() { return read },
    close() {},
  }
}

const dialect = (r: Reader): { delimiter: string; relaxQuotes: boolean } => ({ delimiter: r.delimiter, relaxQuotes: r.relaxQuotes })

/** Every record a reader gives, as a worker would see it (ranges split as the worker splits them). */
async function readAll(source: Source, cells: boolean, maxFieldBytes = 1 << 20): Promise<{ header: string[]; rows: Seen[]; empty: number; other: number; sha: string | undefined; kinds: Set<string> }> {
  const r = new Reader(source, { encoding: 'utf8', delimiter: 'auto', relaxQuotes: undefined, maxFieldBytes, cells })
  const header = (await r.header()).cells
  const rows: Seen[] = []
  const kinds = new Set<string>()
  for (let b: Batch | undefined; (b = await r.next());) {
    if (isByteBatch(b)) {
      const d = dialect(r)
      const split = b.bytes ? splitByteRecords(b.bytes, b.starts, b.ends, d.delimiter, d.relaxQuotes) : { rows: splitRecords(b.text!, b.starts, b.ends, d), raw: (i: number) => b.text!.slice(b.starts[i], b.ends[i]) }
      kinds.add(b.bytes ? 'bytes' : 'text')
      for (let i = 0; i < b.starts.length; i++) rows.push({ line: b.lines[i]!, record: b.records[i]!, raw: split.raw(i), cells: split.rows[i] as string[] })
      if (b.bytes) r.recycle(b.bytes.buffer as ArrayBuffer)
    } else {
      kinds.add('parser')
      for (const row of b.rows) {
        const raw = rawText(b, row)
        const seen: Seen = { line: row.line, record: row.record, raw, cells: row.error ? null : row.cells === UNSPLIT ? splitRecord(raw, dialect(r)) : row.cells }
        if (row.error) seen.error = row.error.code
        rows.push(seen)
      }
    }
  }
  return { header, rows, empty: r.emptyLines, other: r.otherSkippedLines, sha: r.stats.sha256, kinds }
}

// CSV-ish text: the pieces where readers disagree if anything does
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'bc', '12.5', 'Köln', 'José', '日本', '😀', '', ' ', '  x') },
  { weight: 3, arbitrary: fc.constantFrom(',', ',', ';', '\t') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \n', '\t\n') },
  { weight: 2, arbitrary: fc.constantFrom('"q"', '"a,b"', '"x""y"', '"multi\nline"', '"cr\r\nlf"', '"lone\rcr"', '""', '"', 'a"b', '" x"', '"q" ', '"open') },
  // well-formed quoted fields (after a delimiter), which the scanner takes itself
  { weight: 3, arbitrary: fc.constantFrom(',"q"', ',"a,b"', ',"x""y"', ',"multi\nline"', ',"cr\r\nlf"', ',"lone\rcr"', ',"\r"', ',"\n\n"', ',""') },
)
// rows enough to pass the sniffer's 64 KiB, so that what follows is read in chunks after the header
const PREFIX = Array.from({ length: 2500 }, (_, i) => `${i},n${i},"q ${i}"\n`).join('')
const bytesOf = (parts: string[], extra: { bom: boolean; invalid: boolean; long: boolean }): Uint8Array => {
  const text = 'id,name,note\n' + (extra.long ? PREFIX : '') + parts.join('')
  const b = Buffer.from(text, 'utf8')
  const withBom = extra.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b
  if (!extra.invalid || withBom.length < 20) return withBom
  const out = Buffer.from(withBom)
  out[out.length - 3] = 0xff
  return out
}

describe('record ranges found in the bytes (ranges.ts, the reader with worker threads)', () => {
  it('give what the text parser gives: records, lines, raw text, cells, errors, skipped lines, hash (any input, any chunking)', async () => {
    let byteRuns = 0
    await fc.assert(fc.asyncProperty(
      fc.array(piece, { maxLength: 300 }), fc.record({ bom: fc.boolean(), invalid: fc.boolean(), long: fc.boolean() }), fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 8 }),
      async (parts, extra, sizes) => {
        const bytes = bytesOf(parts, extra)
        // a header the sniffer or the parser refuses: both readers refuse it alike
        const refusal = (e: unknown): string => String((e as { code?: string }).code ?? e)
        const text = await readAll(chunked(bytes, [1 << 20]), true).catch(refusal)
        const ranges = await readAll(chunked(bytes, sizes), false).catch(refusal)
        if (typeof text === 'string' || typeof ranges === 'string') { expect(ranges).toEqual(text); return }
        expect(ranges.header).toEqual(text.header)
        expect(ranges.rows).toEqual(text.rows)
        expect([ranges.empty, ranges.other, ranges.sha]).toEqual([text.empty, text.other, text.sha])
        if (ranges.kinds.has('bytes') || ranges.kinds.has('text')) byteRuns++
      }), { numRuns: 300, seed: 20261130 })
    // the byte ranges were used (not every input went to the parser)
    expect(byteRuns).toBeGreaterThan(80)
  }, 60_000)

  it('give what the text parser gives on the public suites: csv-spectrum and papaparse\'s cases (as the file, and after 70 KiB of rows)', async () => {
    const corpus = join(import.meta.dirname, 'fixtures', 'csv')
    const spectrum = readdirSync(join(corpus, 'csv-spectrum', 'csvs')).map((f) => readFileSync(join(corpus, 'csv-spectrum', 'csvs', f)))
    const papa = (JSON.parse(readFileSync(join(corpus, 'papaparse', 'core-parser-tests.json'), 'utf8')) as { input: string }[]).map((c) => Buffer.from(c.input, 'utf8'))
    const refusal = (e: unknown): string => String((e as { code?: string }).code ?? e)
    let compared = 0
    let ranged = 0
    for (const input of [...spectrum, ...papa]) {
      // as it is (read in the header phase), and with its header line first and 70 KiB of rows before the rest (read in chunks)
      const text = input.toString('utf8')
      const cut = text.search(/\r\n|\n|\r/)
      const header = cut < 0 ? text : text.slice(0, cut)
      const width = header.split(',').length
      const filler = Array.from({ length: 4000 }, (_, i) => Array.from({ length: width }, (_, k) => `r${i}c${k}`).join(',')).join('\n')
      const long = Buffer.from(cut < 0 ? text : `${header}\n${filler}${text.slice(cut)}`, 'utf8')
      for (const bytes of [input, long]) {
        // what the readers give (the kinds of batches are the byte-range reader's own)
        const seen = (r: string | Awaited<ReturnType<typeof readAll>>): unknown => (typeof r === 'string' ? r : { ...r, kinds: undefined })
        const a = await readAll(chunked(bytes, [1 << 20]), true).catch(refusal)
        const b = await readAll(chunked(bytes, [7, 4096, 333]), false).catch(refusal)
        expect(seen(b)).toEqual(seen(a))
        if (typeof b !== 'string' && (b.kinds.has('bytes') || b.kinds.has('text'))) ranged++
        compared++
      }
    }
    expect(compared).toBe(2 * (spectrum.length + papa.length))
    // most were read as byte ranges (the others hold what only the parser reads: bad quotes, another delimiter...)
    expect(ranged).toBeGreaterThan(compared / 2)
  })

  it('read straight from a file into recycled buffers, they give the same on a large input with every kind of record', async () => {
    const lines: string[] = ['id,name,note']
    for (let i = 0; i < 30_000; i++) {
      // ASCII first (its batches go as bytes), then every kind of record
      const k = i < 10_000 ? 0 : i % 50
      lines.push(k === 7 ? `${i},"two\nlines","x"` : k === 13 ? '' : k === 17 ? '   ' : k === 19 ? `${i},Müller,"a ""q"""` : k === 23 ? `${i},😀,\r` : `${i},name ${i},note`)
    }
    // a quoting error near the end: from there the text parser reads on
    lines.push('1,bad"quote,x', '2,after,x', '3,"last"')
    const file = join(base, 'big.csv')
    writeFileSync(file, lines.join('\n'))
    const text = await readAll(await openSource(file), true)
    const ranges = await readAll(await openSource(file), false)
    expect(ranges.rows.length).toBe(text.rows.length)
    expect(ranges.rows).toEqual(text.rows)
    expect([ranges.empty, ranges.other, ranges.sha]).toEqual([text.empty, text.other, text.sha])
    // ASCII batches went as bytes, the others as text, and the parser took over at the error
    expect([...ranges.kinds].sort()).toEqual(['bytes', 'parser', 'text'])
    expect(ranges.rows.find((r) => r.error)?.error).toBe('CSV_INVALID_OPENING_QUOTE')
  })

  it('a record longer than the field limit is left to the parser, which rejects it', async () => {
    const file = join(base, 'long.csv')
    writeFileSync(file, `id,name\n1,short\n2,${'y'.repeat(5000)}\n3,after\n`)
    const text = await readAll(await openSource(file), true, 1000)
    const ranges = await readAll(await openSource(file), false, 1000)
    expect(ranges.rows).toEqual(text.rows)
    expect(ranges.rows.map((r) => r.error)).toEqual([undefined, 'CSV_FIELD_TOO_LARGE', undefined])
  })

  it('from a file, a record that outgrows the limit while it is read hands the rest of the file to the parser: no row after it is lost', async () => {
    const file = join(base, 'overlong.csv')
    // past the sniffer's 64 KiB first, so that the long record comes in direct reads
    writeFileSync(file, 'id,name\n' + PREFIX.replace(/,"q \d+"/g, '') + `9,${'x'.repeat(300_000)}\n10,after\n11,"last"\n`)
    const text = await readAll(await openSource(file), true, 1000)
    const ranges = await readAll(await openSource(file), false, 1000)
    expect(ranges.rows.slice(-3).map((r) => [r.cells?.[0] ?? null, r.error])).toEqual([[null, 'CSV_FIELD_TOO_LARGE'], ['10', undefined], ['11', undefined]])
    expect(ranges.rows).toEqual(text.rows)
    expect(ranges.sha).toBe(text.sha)
  })

  it('the scanner waits for the byte after a CR or a closing quote at a buffer end before it ends a record', () => {
    const s = new RecordScanner({ delimiter: 44, quote: 34, relaxQuotes: false, maxRecordBytes: 1 << 20, line: 1, record: 0 })
    const a = s.scan(Buffer.from('1,"x"'), false)
    expect([a.count, a.rest, a.hard]).toEqual([0, 0, false])
    const b = s.scan(Buffer.from('1,"x""'), false)
    expect([b.count, b.rest]).toEqual([0, 0])
    const c = s.scan(Buffer.from('1,x\r'), false)
    expect([c.count, c.rest]).toEqual([0, 0])
    const d = s.scan(Buffer.from('1,x\r\n2,"a\r\nb"\n'), false)
    expect([d.count, [...d.lines], [...d.records], d.rest]).toEqual([2, [2, 3], [1, 2], 14])
    expect(s.line).toBe(4)
    // a lone CR inside quotes is a line break too
    const e = s.scan(Buffer.from('3,"lone\rcr",x\n4,b\n'), true)
    expect([...e.lines]).toEqual([5, 7])
  })

  it('utf16Offsets turns byte offsets into the offsets of the decoded text', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 40 }), (recs) => {
      const text = recs.join('\n')
      const buf = Buffer.from(text, 'utf8')
      const starts = new Int32Array(recs.length)
      const ends = new Int32Array(recs.length)
      let at = 0
      recs.forEach((r, i) => { starts[i] = at; at += Buffer.byteLength(r); ends[i] = at; at += 1 })
      utf16Offsets(buf, starts, ends)
      const decoded = buf.toString('utf8')
      recs.forEach((r, i) => expect(decoded.slice(starts[i], ends[i])).toBe(Buffer.from(r, 'utf8').toString('utf8')))
    }), { numRuns: 300, seed: 7 })
  })
})
