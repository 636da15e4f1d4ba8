// Parquet writer candidates on the same rows: 200,000 rows of 10 columns (strings, ints, doubles, booleans,
// timestamps; 10k-row groups, snappy), each writer in its own process (peak RSS is its own). Usage:
//   node bench/parquet-writers.mjs all [--from DIR]          every writer, 3 runs each, median
//   node bench/parquet-writers.mjs <writer> [--from DIR]     one run of one writer (prints a JSON line)
// writers: xdmap (this project's shredder + row-group encoder + file assembly, from dist/), hyparquet-writer
// (its ParquetWriter from row objects), parquet-wasm (Arrow table from apache-arrow, then writeParquet), duckdb
// (@duckdb/node-api appender into a table, then COPY ... TO parquet). parquet-wasm and apache-arrow are not
// dependencies: install them into DIR (`npm install --prefix DIR parquet-wasm@0.8.0 apache-arrow@21.2.0`).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, runs: { type: 'string', default: '3' } } })
const lib = positionals[0] ?? 'all'
const root = new URL('..', import.meta.url).pathname
const N = 200000
const GROUP = 10000
const WRITERS = ['xdmap', 'hyparquet-writer', 'parquet-wasm', 'duckdb']

if (lib === 'all') {
  const rows = []
  for (const w of WRITERS) {
    const runs = []
    for (let r = 0; r < Number(values.runs); r++) {
      try {
        runs.push(JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, w, ...(values.from ? ['--from', values.from] : [])], { encoding: 'utf8' }).trim().split('\n').pop()))
      } catch (e) { process.stderr.write(`${w}: ${String(e.message).split('\n')[0]}\n`); break }
    }
    if (!runs.length) continue
    const med = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]
    rows.push({ w, ms: med('ms'), cpuMs: med('cpuMs'), rss: med('maxRssMB'), bytes: runs[0].bytes, n: runs.length })
  }
  console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${N.toLocaleString('en-US')} rows x 10 columns, ${GROUP.toLocaleString('en-US')}-row groups, snappy; median of ${values.runs}`)
  console.log('| writer | rows/s | CPU s | peak RSS MB | file MB |')
  console.log('|---|---:|---:|---:|---:|')
  for (const r of rows) console.log(`| ${r.w} | ${Math.round(N / (r.ms / 1000)).toLocaleString('en-US')} | ${(r.cpuMs / 1000).toFixed(2)} | ${r.rss.toFixed(0)} | ${(r.bytes / 1e6).toFixed(1)} |`)
  process.exit(0)
}

const extra = (name) => import(pathToFileURL(createRequire(join(values.from ?? root, 'package.json')).resolve(name)).href)
const row = (i) => ({ id: `C${i}`, name: `name-${i % 997}`, email: `u${i}@example.com`, points: i % 10000, ltv: i * 0.37, ok: i % 2 === 0, ts: 1600000000000 + i * 1000, city: ['A', 'B', 'C'][i % 3], zip: String(10000 + (i % 89999)), lat: (i % 180) - 90 })
const COLS = [['id', 'string'], ['name', 'string'], ['email', 'string'], ['points', 'int'], ['ltv', 'number'], ['ok', 'boolean'], ['ts', 'date-time'], ['city', 'string'], ['zip', 'string'], ['lat', 'number']]
const out = join(tmpdir(), `xdmap-writer-${lib}.parquet`)
const t0 = performance.now()
let bytes = 0

if (lib === 'xdmap') {
  const { Shredder, GroupEncoder, parquetSchema, leafColumns } = await import(join(root, 'dist', 'output', 'parquet.js'))
  const { footer, MAGIC, metaOf } = await import(join(root, 'dist', 'output', 'parquet', 'file.js'))
  const shape = { kind: 'object', children: COLS.map(([k, t]) => [k, { kind: 'leaf', xdmType: t }]) }
  const schema = parquetSchema(shape)
  const shredder = new Shredder(shape)
  const encoder = new GroupEncoder({ schema, leaves: leafColumns(schema, shape), compression: 'snappy' })
  const parts = [MAGIC]
  const placed = []
  let offset = MAGIC.length
  for (let i = 0; i < N; i++) {
    shredder.add(row(i))
    if (shredder.rows === GROUP || i === N - 1) {
      const { rows, columns } = shredder.take()
      for (const g of encoder.encode(rows, columns)) { placed.push({ group: metaOf(g), offset }); offset += g.bytes.length; parts.push(g.bytes) }
    }
  }
  parts.push(footer(schema, placed))
  const buf = Buffer.concat(parts)
  writeFileSync(out, buf)
  bytes = buf.length
} else if (lib === 'hyparquet-writer') {
  const { ParquetWriter, ByteWriter } = await import('hyparquet-writer')
  const { parquetSchema } = await import(join(root, 'dist', 'output', 'parquet.js'))
  const schema = parquetSchema({ kind: 'object', children: COLS.map(([k, t]) => [k, { kind: 'leaf', xdmType: t }]) })
  const writer = new ByteWriter()
  const pw = new ParquetWriter({ writer, schema })
  let group = []
  const flush = () => { pw.write({ columnData: COLS.map(([k, t]) => ({ name: k, data: group.map((r) => (t === 'date-time' ? BigInt(r[k]) : r[k])) })), rowGroupSize: group.length }); group = [] }
  for (let i = 0; i < N; i++) { group.push(row(i)); if (group.length === GROUP) flush() }
  if (group.length) flush()
  pw.finish()
  writeFileSync(out, writer.getBytes())
  bytes = writer.offset
} else if (lib === 'parquet-wasm') {
  const arrow = await extra('apache-arrow')
  const pq = await extra('parquet-wasm')
  const cols = Object.fromEntries(COLS.map(([k]) => [k, []]))
  for (let i = 0; i < N; i++) { const r = row(i); for (const [k] of COLS) cols[k].push(r[k]) }
  const table = arrow.tableFromArrays({
    id: cols.id, name: cols.name, email: cols.email, points: Int32Array.from(cols.points), ltv: Float64Array.from(cols.ltv),
    ok: arrow.vectorFromArray(cols.ok, new arrow.Bool()), ts: arrow.vectorFromArray(cols.ts.map((x) => new Date(x)), new arrow.TimestampMillisecond()),
    city: cols.city, zip: cols.zip, lat: Float64Array.from(cols.lat),
  })
  const wasmTable = pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'))
  const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).setMaxRowGroupSize(GROUP).build()
  const buf = pq.writeParquet(wasmTable, props)
  writeFileSync(out, buf)
  bytes = buf.length
} else if (lib === 'duckdb') {
  const { DuckDBInstance, DuckDBTimestampMillisecondsValue } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  await con.run('CREATE TABLE t (id VARCHAR, name VARCHAR, email VARCHAR, points INTEGER, ltv DOUBLE, ok BOOLEAN, ts TIMESTAMP_MS, city VARCHAR, zip VARCHAR, lat DOUBLE)')
  const app = await con.createAppender('t')
  for (let i = 0; i < N; i++) {
    const r = row(i)
    app.appendVarchar(r.id); app.appendVarchar(r.name); app.appendVarchar(r.email); app.appendInteger(r.points); app.appendDouble(r.ltv)
    app.appendBoolean(r.ok); app.appendTimestampMilliseconds(new DuckDBTimestampMillisecondsValue(BigInt(r.ts))); app.appendVarchar(r.city); app.appendVarchar(r.zip); app.appendDouble(r.lat)
    app.endRow()
  }
  app.closeSync()
  await con.run(`COPY t TO '${out.replace(/'/g, "''")}' (FORMAT PARQUET, COMPRESSION 'snappy', ROW_GROUP_SIZE ${GROUP})`)
  bytes = (await import('node:fs')).statSync(out).size
} else {
  throw new Error(`unknown writer ${lib}`)
}
const ms = performance.now() - t0
const ru = process.resourceUsage()
console.log(JSON.stringify({ lib, rows: N, ms: Math.round(ms), cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000), maxRssMB: ru.maxRSS / 1024, bytes }))
