// Parquet writer candidates on flat rows (200k rows, 10 columns, 10k-row groups, snappy). Usage:
//   npm install --no-save @dsnp/parquetjs && node bench/parquet-writers.mjs hyparquet-writer|@dsnp/parquetjs
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
const N = 200000
const lib = process.argv[2]
const rows = function* () { for (let i = 0; i < N; i++) yield { id: `C${i}`, name: `name-${i % 997}`, email: `u${i}@example.com`, points: i % 10000, ltv: i * 0.37, ok: i % 2 === 0, ts: 1600000000000 + i * 1000, city: ['A', 'B', 'C'][i % 3], zip: String(10000 + (i % 89999)), lat: (i % 180) - 90 } }
const t0 = performance.now()
if (lib === 'hyparquet-writer') {
  const { ParquetWriter } = await import('hyparquet-writer')
  const { fileWriter } = await import('hyparquet-writer/src/node.js')
  const schema = [{ name: 'root', num_children: 10 }, { name: 'id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, { name: 'name', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, { name: 'email', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, { name: 'points', type: 'INT32', repetition_type: 'OPTIONAL' }, { name: 'ltv', type: 'DOUBLE', repetition_type: 'OPTIONAL' }, { name: 'ok', type: 'BOOLEAN', repetition_type: 'OPTIONAL' }, { name: 'ts', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' }, { name: 'city', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, { name: 'zip', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, { name: 'lat', type: 'DOUBLE', repetition_type: 'OPTIONAL' }]
  const pw = new ParquetWriter({ writer: fileWriter(join(tmpdir(), 'xdmap-h.parquet')), schema })
  let group = []
  const flush = () => { const cols = schema.slice(1).map((e) => ({ name: e.name, data: group.map((r) => r[e.name]) })); pw.write({ columnData: cols, rowGroupSize: group.length }); group = [] }
  for (const r of rows()) { group.push(r); if (group.length === 10000) flush() }
  if (group.length) flush()
  pw.finish()
} else {
  const parquet = await import('@dsnp/parquetjs')
  const P = parquet.default ?? parquet
  const schema = new P.ParquetSchema({ id: { type: 'UTF8', optional: true }, name: { type: 'UTF8', optional: true }, email: { type: 'UTF8', optional: true }, points: { type: 'INT32', optional: true }, ltv: { type: 'DOUBLE', optional: true }, ok: { type: 'BOOLEAN', optional: true }, ts: { type: 'TIMESTAMP_MILLIS', optional: true }, city: { type: 'UTF8', optional: true }, zip: { type: 'UTF8', optional: true }, lat: { type: 'DOUBLE', optional: true } })
  const w = await P.ParquetWriter.openFile(schema, join(tmpdir(), 'xdmap-d.parquet'), { compression: 'SNAPPY' })
  for (const r of rows()) await w.appendRow({ ...r, ts: new Date(r.ts) })
  await w.close()
}
const ms = performance.now() - t0
console.log(JSON.stringify({ lib, rows: N, ms: Math.round(ms), rowsPerSec: Math.round(N / ms * 1000), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }))
