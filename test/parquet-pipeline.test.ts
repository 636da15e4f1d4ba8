import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { EVENTS } from './helpers/fixtures.js'
import { normalize, readWithDuckDB } from './helpers/parquet.js'
import { tmpDir } from './helpers/tmp.js'

// Parquet through the pipeline: row groups shredded and encoded in worker threads (and in this thread), files
// assembled on the main thread within --max-file-bytes and --max-rows, groups within --row-group-rows, the same
// records and rejects as the JSON Lines run, in input order.

const base = tmpDir('xdmap-parquet-pipe-')
const mapping = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' }, { sourceType: 'ATTRIBUTE', source: 'ts', destination: 'timestamp' },
  { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyaltyPointsEarned' }, { sourceType: 'ATTRIBUTE', source: 'qty', destination: 'productListItems[0].quantity' },
  { sourceType: 'ATTRIBUTE', source: 'sku', destination: 'productListItems[0].SKU' }, { sourceType: 'ATTRIBUTE', source: 'sku2', destination: 'productListItems[1].SKU' },
  { sourceType: 'ATTRIBUTE', source: 'price', destination: 'commerce.order.priceTotal' }, { sourceType: 'ATTRIBUTE', source: 'email', destination: 'identityMap.Email[0].id' },
  { sourceType: 'ATTRIBUTE', source: 'note', destination: 'web.webPageDetails.name' },
] }

function input(dir: string, rows: number): string {
  const lines = ['id,ts,pts,qty,sku,sku2,price,email,note']
  for (let i = 0; i < rows; i++) {
    // every 97th row has a bad timestamp, every 89th a note far over the record limit, some have no second item
    const ts = i % 97 === 5 ? 'not-a-time' : i % 2 ? String(1700000000000 + i * 1000) : `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`
    const note = i % 89 === 7 ? 'x'.repeat(3000) : i % 3 ? `"page, ${i}"` : ''
    lines.push(`E${i},${ts},${i * 7},${i % 5},S${i % 13},${i % 4 ? `T${i}` : ''},${(i % 1000) / 10},u${i}@example.com,${note}`)
  }
  const file = join(dir, 'in.csv')
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

async function groupsOf(file: string): Promise<number[]> {
  const meta = await parquetMetadataAsync(await asyncBufferFromFile(file))
  return meta.row_groups.map((g) => Number(g.num_rows))
}

describe('Parquet through the pipeline', () => {
  for (const threads of [2, 0]) {
    it(`threads ${threads}: same records and rejects as JSON Lines; files, rows and row groups within their limits`, async () => {
      const dir = join(base, `t${threads}`)
      mkdirSync(dir, { recursive: true })
      const common = { input: input(dir, 6000), schema: EVENTS, mapping, maxErrors: '100%', maxRecordBytes: 2000, threads }
      const json = await run({ ...common, out: join(dir, 'json') })
      const maxFileBytes = 60_000
      const pq = await run({ ...common, out: join(dir, 'pq'), format: 'parquet', rowGroupRows: 150, maxRows: 400, maxFileBytes })
      expect(pq.counts).toEqual(json.counts)
      expect(json.counts.issuesByCode.XDM_RECORD_TOO_LARGE).toBeGreaterThan(0)
      expect(readFileSync(join(dir, 'pq', 'rejects.csv'), 'utf8')).toBe(readFileSync(join(dir, 'json', 'rejects.csv'), 'utf8'))
      expect(pq.files.length).toBeGreaterThan(10)
      let rows = 0
      for (const f of pq.files) {
        const path = join(dir, 'pq', f.name)
        expect(statSync(path).size).toBe(f.bytes)
        expect(f.bytes).toBeLessThanOrEqual(maxFileBytes)
        expect(f.rows).toBeLessThanOrEqual(400)
        const groups = await groupsOf(path)
        expect(groups.reduce((a, b) => a + b, 0)).toBe(f.rows)
        for (const g of groups) expect(g).toBeLessThanOrEqual(150)
        rows += f.rows
      }
      expect(rows).toBe(json.counts.written)
      const expected = json.files.flatMap((f) => readFileSync(join(dir, 'json', f.name), 'utf8').split('\n').filter(Boolean).map((l) => normalize(JSON.parse(l)) ?? {}))
      const duck = await readWithDuckDB(join(dir, 'pq', 'part-*.parquet'))
      expect(duck.rows.map((r) => normalize(r) ?? {})).toEqual(expected)
    }, 120_000)
  }
})
