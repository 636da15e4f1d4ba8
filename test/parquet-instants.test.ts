import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { jsonBytes } from '../src/output/parquet/shred.js'
import { createValidator } from '../src/validate.js'
import { EVENTS, eventsCatalog } from './helpers/fixtures.js'
import { normalize, readWithDuckDB, readWithHyparquet } from './helpers/parquet.js'
import { tmpDir } from './helpers/tmp.js'

// For Parquet the row function keeps instants as epoch ms from the converter to the column (no ISO text written and
// parsed back per value). What must not change: which rows are written or rejected, and why (the record-size limit is
// on the JSON text, where an instant is 26 bytes, not 13 digits; a row rejected for another field gets no error for
// its timestamp), and the values read back.

const base = tmpDir('xdmap-parquet-instants-')
const mapping = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
  // an expression's date (the Data Prep date() function) into the date-time field
  { sourceType: 'EXPRESSION', source: 'date(ts, "dd.MM.yyyy HH:mm:ss")', destination: 'timestamp' },
  { sourceType: 'ATTRIBUTE', source: 'cur', destination: 'commerce.order.currencyCode' },
  { sourceType: 'ATTRIBUTE', source: 'note', destination: 'web.webPageDetails.name' },
] }
const LIMIT = 300

function input(dir: string): string {
  const lines = ['id,ts,cur,note']
  for (let i = 0; i < 400; i++) {
    const ts = `${String(1 + (i % 28)).padStart(2, '0')}.0${1 + (i % 9)}.20${10 + (i % 15)} ${String(i % 24).padStart(2, '0')}:15:${String(i % 60).padStart(2, '0')}`
    // every 7th row breaks the currency pattern; the notes make records of every size around the limit
    const cur = i % 7 === 3 ? 'euro' : 'EUR'
    lines.push(`E${i},${ts},${cur},${'n'.repeat(130 + (i % 80))}`)
  }
  const file = join(dir, 'in.csv')
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

describe('Parquet instants as epoch ms', () => {
  for (const threads of [0, 2]) {
    it(`threads ${threads}: the same rows written and rejected, for the same reasons, as JSON Lines; the same instants read back`, async () => {
      const dir = join(base, `t${threads}`)
      mkdirSync(dir, { recursive: true })
      const common = { input: input(dir), schema: EVENTS, mapping, maxErrors: '100%', maxRecordBytes: LIMIT, threads }
      const json = await run({ ...common, out: join(dir, 'json') })
      const pq = await run({ ...common, out: join(dir, 'pq'), format: 'parquet' })
      // records on both sides of the limit, and rows rejected for the currency only
      expect(json.counts.issuesByCode.XDM_RECORD_TOO_LARGE).toBeGreaterThan(20)
      expect(json.counts.written).toBeGreaterThan(100)
      expect(json.counts.issuesByCode.XDM_PATTERN).toBeGreaterThan(10)
      // the JSON text of each instant, written digit by digit from epoch ms, is the ISO text of the row's date
      for (const f of json.files) {
        for (const line of readFileSync(join(dir, 'json', f.name), 'utf8').split('\n').filter(Boolean)) {
          const r = JSON.parse(line) as { _id: string; timestamp: string }
          const i = Number(r._id.slice(1))
          const [d, m, y] = [1 + (i % 28), 1 + (i % 9), 2010 + (i % 15)]
          expect(r.timestamp).toBe(new Date(Date.UTC(y, m - 1, d, i % 24, 15, i % 60)).toISOString())
        }
      }
      expect(pq.counts).toEqual(json.counts)
      expect(readFileSync(join(dir, 'pq', 'rejects.csv'), 'utf8')).toBe(readFileSync(join(dir, 'json', 'rejects.csv'), 'utf8'))
      expect(readFileSync(join(dir, 'pq', 'errors.json'), 'utf8')).toBe(readFileSync(join(dir, 'json', 'errors.json'), 'utf8'))
      const expected = json.files.flatMap((f) => readFileSync(join(dir, 'json', f.name), 'utf8').split('\n').filter(Boolean).map((l) => normalize(JSON.parse(l)) ?? {}))
      const duck = await readWithDuckDB(join(dir, 'pq', 'part-*.parquet'))
      expect(duck.types.timestamp).toBe('TIMESTAMP')
      expect(duck.rows.map((r) => normalize(r) ?? {})).toEqual(expected)
      const hy = (await Promise.all(pq.files.map((f) => readWithHyparquet(join(dir, 'pq', f.name))))).flat()
      expect(hy.map((r) => normalize(r) ?? {})).toEqual(expected)
    }, 120_000)
  }

  it('measures a record with epoch-ms instants as its JSON text: 26 bytes an instant', async () => {
    const catalog = await eventsCatalog()
    const shape = { kind: 'object' as const, children: [['timestamp', { kind: 'leaf' as const, xdmType: 'date-time' as const }], ['n', { kind: 'leaf' as const, xdmType: 'number' as const }]] as [string, never][] }
    for (const ms of [0, 1_700_000_000_123, -62135596800000, 253402300799999, 7]) {
      const iso = new Date(ms).toISOString()
      expect(jsonBytes({ timestamp: ms, n: ms }, shape)).toBe(Buffer.byteLength(JSON.stringify({ timestamp: iso, n: ms })))
    }
    // the validator of such records takes the number in the date-time field, and still reports the other fields
    const v = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true, instantsMs: true })
    expect(v({ _id: 'a', timestamp: 1_700_000_000_000 })).toBeUndefined()
    const issues = v({ _id: 'a', timestamp: 1_700_000_000_000, commerce: { order: { currencyCode: 'euro' } } })!
    expect(issues.map((i) => i.field)).toEqual(['commerce.order.currencyCode'])
    // the ISO validator does not
    expect(createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })({ _id: 'a', timestamp: 1_700_000_000_000 })).toBeDefined()
  })
})
