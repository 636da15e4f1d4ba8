import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvParser, rawText } from '../src/csv/parse.js'
import { decode, type Encoding } from '../src/csv/decode.js'
import { globalNumbers } from '../src/distributed/merge.js'
import { planSplit, type SplitPlan } from '../src/distributed/split.js'
import type { Storage } from '../src/distributed/storage.js'

/** Bytes in memory, served in pieces of `piece` bytes (so pieces split characters and line ends anywhere). */
function memory(bytes: Uint8Array, piece: number): Storage {
  return {
    kind: 'fs',
    url: (k: string) => k,
    async head() { return { size: bytes.length, version: '1' } },
    readRange(_k: string, start: number, end: number) {
      return (async function* () {
        for (let i = start; i < end; i += piece) yield bytes.slice(i, Math.min(end, i + piece))
      })()
    },
  } as unknown as Storage
}

interface Row { line: number; record: number; raw: string; error?: string }

/** Every row of a CSV as the engine parses it (the oracle). */
async function parseAll(bytes: Uint8Array, encoding: Encoding, delimiter: string): Promise<{ rows: Row[]; emptyLines: number }> {
  const parser = new CsvParser({ delimiter, cells: false })
  const rows: Row[] = []
  const take = (b: ReturnType<CsvParser['push']>): void => {
    for (const r of b.rows) rows.push({ line: r.line, record: r.record, raw: rawText(b, r), ...(r.error ? { error: r.error.code } : {}) })
  }
  for await (const t of decode((async function* () { yield bytes })(), { encoding })) take(parser.push(t))
  take(parser.push('', true))
  return { rows, emptyLines: parser.emptyLines }
}

/** The chunk's file as a worker builds it: the header record (BOM first) unless the chunk starts the file, then its bytes. */
function chunkFile(bytes: Uint8Array, split: SplitPlan, index: number): Uint8Array {
  const c = split.chunks[index]!
  if (c.start === 0) return bytes.subarray(0, c.end)
  const h = split.header
  const parts = [h.bomBytes && h.start > 0 ? bytes.subarray(0, h.bomBytes) : new Uint8Array(0), bytes.subarray(h.start, h.end), bytes.subarray(c.start, c.end)]
  return Buffer.concat(parts)
}

function encode(text: string, enc: Encoding, bom: boolean): Uint8Array {
  switch (enc) {
    case 'utf8': return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
    case 'utf16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf16be': { const b = Buffer.from(text, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]) }
    default: return Buffer.from(text, 'latin1')
  }
}

const plain = fc.stringMatching(/^[a-zé€😀 ]{0,6}$/)
const field = fc.oneof(
  { weight: 6, arbitrary: plain },
  { weight: 3, arbitrary: fc.tuple(plain, fc.constantFrom('\n', '\r\n', ',', '""', '\n\n'), plain).map(([a, s, b]) => `"${a}${s}${b}"`) },
  { weight: 1, arbitrary: plain.map((a) => `${a}"x`) }, // stray quote in an unquoted field
  { weight: 1, arbitrary: plain.map((a) => `"${a}"junk`) }, // text after a closing quote
)
const csv = fc.record({
  header: fc.constantFrom('a,b,c', '"a\nwith newline",b,c', 'a,"b,c",d'),
  rows: fc.array(fc.oneof({ weight: 8, arbitrary: fc.array(field, { minLength: 1, maxLength: 4 }).map((f) => f.join(',')) }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 60 }),
  eol: fc.constantFrom('\n', '\r\n'),
  lastEol: fc.boolean(),
  leadingBlank: fc.boolean(),
  unclosedTail: fc.boolean(),
})

async function checkSplit(text: string, enc: Encoding, bom: boolean, chunkBytes: number, piece: number, indexEvery?: number): Promise<void> {
  const bytes = encode(text, enc, bom)
  const split = await planSplit(memory(bytes, piece), 'x.csv', bytes.length, { chunkBytes, encoding: enc, delimiter: ',', ...(indexEvery !== undefined ? { indexEvery } : {}) })
  const whole = await parseAll(bytes, split.encoding, ',')
  // chunks tile the file
  expect(split.chunks[0]!.start).toBe(0)
  expect(split.chunks.at(-1)!.end).toBe(bytes.length)
  for (let i = 1; i < split.chunks.length; i++) expect(split.chunks[i]!.start).toBe(split.chunks[i - 1]!.end)
  // each chunk's file parses to exactly its rows of the whole file, renumbered
  const rows: Row[] = []
  let empty = 0
  for (const c of split.chunks) {
    const part = await parseAll(chunkFile(bytes, split, c.index), split.encoding, ',')
    const body = c.start === 0 ? part.rows.slice(1) : part.rows.slice(1)
    expect(body.length).toBe(c.records)
    const num = globalNumbers(split, c.index)
    for (const r of body) rows.push({ ...r, line: num.line(r.line), record: num.record(r.record) })
    empty += part.emptyLines
  }
  expect(rows).toEqual(whole.rows.slice(1))
  expect(empty).toBe(whole.emptyLines)
  expect(split.records).toBe(whole.rows.length - 1)
}

describe('planSplit: chunks start on record boundaries, with exact line and record numbers', () => {
  it('matches a whole-file parse for any chunk size, piece size and encoding (property)', async () => {
    await fc.assert(fc.asyncProperty(
      csv,
      fc.constantFrom<[Encoding, boolean]>(['utf8', false], ['utf8', true], ['utf16le', true], ['utf16be', true], ['latin1', false]),
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1, max: 37 }),
      fc.option(fc.integer({ min: 1, max: 150 }), { nil: undefined }),
      async (c, [enc, bom], chunkBytes, piece, indexEvery) => {
        let body = (c.leadingBlank ? c.eol : '') + [c.header, ...c.rows].join(c.eol) + (c.lastEol ? c.eol : '')
        if (c.unclosedTail) body += (c.lastEol ? '' : c.eol) + '"never closed' + c.eol + 'x,y'
        const text = enc === 'latin1' ? body.replace(/[^\x00-\xff]/g, '?') : body
        await checkSplit(text, enc, bom, chunkBytes, piece, indexEvery)
      },
    ), { numRuns: 300 })
  })

  it('keeps a record whose quoted field spans several chunk sizes in one chunk', async () => {
    const big = `"${'line\n'.repeat(200)}end"`
    const text = ['id,note', ...Array.from({ length: 50 }, (_, i) => (i === 20 ? `${i},${big}` : `${i},n${i}`))].join('\n') + '\n'
    const bytes = Buffer.from(text)
    const split = await planSplit(memory(bytes, 64), 'x.csv', bytes.length, { chunkBytes: 100, delimiter: ',' })
    const holder = split.chunks.find((c) => c.start <= text.indexOf(big) && c.end > text.indexOf(big))!
    expect(holder.end).toBeGreaterThan(text.indexOf(big) + big.length)
    await checkSplit(text, 'utf8', false, 100, 64)
  })

  it('rejects an empty input and a header that cannot be parsed, as run does', async () => {
    await expect(planSplit(memory(new Uint8Array(0), 8), 'e.csv', 0, { chunkBytes: 10 })).rejects.toMatchObject({ code: 'CSV_EMPTY' })
    const bad = Buffer.from('a,"b"x,c\n1,2,3\n')
    await expect(planSplit(memory(bad, 8), 'h.csv', bad.length, { chunkBytes: 10 })).rejects.toMatchObject({ code: 'CSV_HEADER_INVALID' })
  })
})

describe('a gzip input', () => {
  it('is refused for a distributed run (byte ranges of a gzip stream cannot be read on their own)', async () => {
    const { gzipSync } = await import('node:zlib')
    const bytes = gzipSync(Buffer.from('a,b\n1,2\n'))
    await expect(planSplit(memory(bytes, 64), 'x.csv.gz', bytes.length, { chunkBytes: 100 })).rejects.toMatchObject({ code: 'OPTION_QUEUE', message: expect.stringMatching(/gzip/) })
  })
})
