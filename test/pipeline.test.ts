import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { normalizeRunOptions, type RunOptions } from '../src/plan/options.js'
import { XdmapError } from '../src/util/errors.js'
import { PROFILE } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-pipeline-')
let n = 0
const mapping = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
  { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
  { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
] }
const csv = (rows: number, bad = (i: number) => i % 10 === 3): string =>
  'id,name,pts\n' + Array.from({ length: rows }, (_, i) => `${i},n${i},${bad(i) ? 'x' : i}`).join('\n') + '\n'

function write(name: string, data: string | Buffer): { dir: string; file: string } {
  const dir = join(base, `c${++n}`)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, name)
  writeFileSync(file, data)
  return { dir, file }
}

const lines = (f: string): string[] => readFileSync(f, 'utf8').split('\n').filter(Boolean)

describe('source: gzip', () => {
  it('reads gzip by its magic bytes (file and stdin) with the same records as the plain file, and records both sizes', async () => {
    const text = csv(5000)
    const plain = write('in.csv', text)
    const gz = write('in.csv.gz', gzipSync(text))
    const odd = write('export.dat', gzipSync(text))
    const a = await run({ input: plain.file, schema: PROFILE, mapping, out: join(plain.dir, 'out'), maxErrors: '20%' })
    const b = await run({ input: gz.file, schema: PROFILE, mapping, out: join(gz.dir, 'out'), maxErrors: '20%' })
    const c = await run({ input: odd.file, schema: PROFILE, mapping, out: join(odd.dir, 'out'), maxErrors: '20%' })
    const d = await run({ input: '-', stdin: Readable.from([gzipSync(text)]), schema: PROFILE, mapping, out: join(gz.dir, 'out-stdin'), maxErrors: '20%' })
    for (const r of [b, c, d]) {
      expect(r.counts).toEqual(a.counts)
      expect(r.files[0]!.sha256).toBe(a.files[0]!.sha256)
      expect(r.input.bytes).toBe(Buffer.byteLength(text))
      expect(r.input.sha256).toBe(a.input.sha256)
      expect(r.input.gzip!.compressedBytes).toBeLessThan(r.input.bytes)
    }
    expect(a.input.gzip).toBeUndefined()
  })

  it('a .gz file that is not gzip, or a broken gzip stream, is a clear error', async () => {
    const fake = write('in.csv.gz', csv(3))
    await expect(run({ input: fake.file, schema: PROFILE, mapping, out: join(fake.dir, 'out') })).rejects.toMatchObject({ code: 'CSV_GZIP_INVALID' })
    const cut = gzipSync(csv(20000))
    const broken = write('cut.csv.gz', cut.subarray(0, cut.length >> 1))
    await expect(run({ input: broken.file, schema: PROFILE, mapping, out: join(broken.dir, 'out') })).rejects.toMatchObject({ code: 'CSV_GZIP_INVALID' })
  })
})

describe('sink: stdout and --limit', () => {
  it('--out - writes exactly the JSON Lines a directory run writes; rejects go to --rejects-dir or nowhere', async () => {
    const { dir, file } = write('in.csv', csv(3000))
    const ref = await run({ input: file, schema: PROFILE, mapping, out: join(dir, 'out'), maxErrors: '20%' })
    const expected = readFileSync(join(dir, 'out', 'part-00001.json'), 'utf8')
    for (const rejectsDir of [undefined, join(dir, 'rej')]) {
      const stdout = new PassThrough()
      const chunks: Buffer[] = []
      stdout.on('data', (c: Buffer) => chunks.push(c))
      const r = await run({ input: file, schema: PROFILE, mapping, out: '-', stdout, maxErrors: '20%', ...(rejectsDir ? { rejectsDir } : {}) })
      expect(Buffer.concat(chunks).toString('utf8')).toBe(expected)
      expect(r.counts).toEqual(ref.counts)
      expect(r.out).toBe('-')
      if (rejectsDir) {
        expect(readFileSync(join(rejectsDir, 'rejects.csv'), 'utf8')).toBe(readFileSync(join(dir, 'out', 'rejects.csv'), 'utf8'))
        expect(JSON.parse(readFileSync(join(rejectsDir, 'manifest.json'), 'utf8')).files).toEqual([{ name: '-', rows: ref.counts.written, bytes: Buffer.byteLength(expected), sha256: ref.files[0]!.sha256 }])
      } else expect(r.rejects).toBeNull()
    }
  })

  it('--limit N stops after N data rows, whatever the batching, and says so', async () => {
    const { dir, file } = write('in.csv', csv(20000))
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 19999 }), fc.constantFrom(0, 2), async (limit, threads) => {
      const r = await run({ input: file, schema: PROFILE, mapping, out: join(dir, `o${limit}-${threads}`), limit, threads, maxErrors: '100%' })
      expect(r.counts.read).toBe(limit)
      expect(r.counts.written + r.counts.rejected).toBe(limit)
      expect(r.limited).toBe(true)
      expect(lines(join(dir, `o${limit}-${threads}`, 'part-00001.json')).length).toBe(r.counts.written)
    }), { numRuns: 6 })
  })
})

describe('rejects: errors.json is capped per code', () => {
  it('keeps the first N rows per code in full, counts the rest, and rejects.csv keeps every row', async () => {
    const { dir, file } = write('in.csv', csv(500, () => true))
    const r = await run({ input: file, schema: PROFILE, mapping, out: join(dir, 'out'), maxErrors: '100%', errorDetails: 40 })
    expect(r.counts.rejected).toBe(500)
    expect(lines(join(dir, 'out', 'errors.json')).length).toBe(40)
    expect(r.errors!.omittedByCode).toEqual({ CONVERT_NOT_NUMBER: 460 })
    expect(lines(join(dir, 'out', 'rejects.csv')).length).toBe(501)
    const m = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'))
    expect(m.errors.omittedByCode).toEqual({ CONVERT_NOT_NUMBER: 460 })
    expect(m.errors.rows).toBe(40)
  })
})

describe('options are normalised once', () => {
  const ok: RunOptions = { input: 'x.csv', schema: 's.json', mapping: 'm.json', out: 'o' }
  it.each([
    ['maxRows', 0, 'OPTION_MAX_ROWS'], ['maxRows', -5, 'OPTION_MAX_ROWS'], ['maxRows', 1.5, 'OPTION_MAX_ROWS'],
    ['maxRecordBytes', 0, 'OPTION_MAX_RECORD_BYTES'], ['rowGroupRows', 0, 'OPTION_ROW_GROUP_ROWS'],
    ['maxFieldBytes', 0, 'OPTION_MAX_FIELD_BYTES'], ['maxFileBytes', 100, 'OPTION_MAX_FILE_BYTES'],
    ['threads', -1, 'OPTION_THREADS'], ['threads', 65, 'OPTION_THREADS'], ['limit', 0, 'OPTION_LIMIT'],
    ['format', 'csv', 'OPTION_FORMAT'], ['compression', 'lz4', 'OPTION_COMPRESSION'], ['serializer', 'x', 'OPTION_SERIALIZER'], ['serializer', 'fjs', 'OPTION_SERIALIZER'],
    ['onConversionError', 'skip', 'OPTION_ON_CONVERSION_ERROR'], ['maxErrors', '-1', 'OPTION_MAX_ERRORS'], ['maxErrors', '120%', 'OPTION_MAX_ERRORS'],
    ['delimiter', ';;', 'OPTION_DELIMITER'], ['encoding', 'ebcdic', 'OPTION_ENCODING'], ['timezone', 'Mars/Base', 'OPTION_TIMEZONE'],
  ] as const)('%s = %j is %s', (key, value, code) => {
    let err: unknown
    try { normalizeRunOptions({ ...ok, [key]: value } as RunOptions) } catch (e) { err = e }
    expect(err).toBeInstanceOf(XdmapError)
    expect((err as XdmapError).code).toBe(code)
    expect((err as XdmapError).message).toMatch(/--[a-z-]+/)
  })

  it('fills every default once', () => {
    const s = normalizeRunOptions({ ...ok, delimiter: 'tab' })
    expect(s).toMatchObject({ format: 'json', compression: 'snappy', rowGroupRows: 10000, multiline: false, maxErrors: '5%', threshold: { percent: 5 }, nullField: false, encoding: 'utf8', delimiter: '\t', maxFieldBytes: 1048576, serializer: 'auto', force: false, errorDetails: 1000, toStdout: false })
    expect(() => normalizeRunOptions({ ...ok, out: '-', format: 'parquet' })).toThrow(/--out -/)
  })
})
