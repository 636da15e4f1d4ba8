// Processor microbenchmark: the compiled processor (row function, validation, serialization to UTF-8 JSON lines) over
// generated profile rows already split into cells (bench/generate.mjs, seeded), in batches of 300 rows. Every
// configuration (a built tree × a serializer) runs PASSES passes, taken in turn (A B C A B C ...) so that the machine's
// changing speed hits them alike; reported: the minimum wall time and the minimum CPU time (process.cpuUsage, all
// threads) per row, in µs. Usage:
//   node bench/processor.mjs [--format json|parquet] [--shape profile|events] [--dist DIR[,DIR2...]] [--serializer auto[,json] (fjs only with a dist from before 0.2)] [--rows N] [--passes N]
// --dist takes built trees (default ./dist) so that two builds can be compared side by side, e.g. a copy of dist/ made
// before a change (it must sit next to dist/, as dist-before/, for its relative paths to resolve).
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EVENT_HEADER, HEADER as PROFILE_HEADER, eventRows, rows as profileRows } from './generate.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const dists = (args.dist ?? 'dist').split(',').map((d) => resolve(d))
const serializers = (args.serializer ?? 'auto').split(',')
// --format parquet: the processor shreds and encodes row groups (10,000 rows, snappy) instead of writing JSON
const parquet = args.format === 'parquet' ? { compression: 'snappy', rowGroupRows: 10_000, rowGroupBytes: 64 << 20, maxFileBytes: 256_000_000 } : undefined
const n = Number(args.rows ?? 100_000)
const passes = Number(args.passes ?? 7)
const root = new URL('..', import.meta.url)
// --shape events: the ExperienceEvent orders file and mapping (bench/events.mapping.json)
const events = args.shape === 'events'
const HEADER = events ? EVENT_HEADER : PROFILE_HEADER
const text = HEADER.join(',') + '\n' + [...(events ? eventRows : profileRows)(n)].join('\n') + '\n'

const configs = []
for (const dist of dists) {
  const lib = await import(pathToFileURL(`${dist}/index.js`).href)
  // the module layout changed with the pipeline redesign (process.js -> pipeline/processor.js, parseCsv not in the index)
  const mod = async (...paths) => { for (const p of paths) { try { return await import(pathToFileURL(`${dist}/${p}`).href) } catch (e) { if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e } } throw new Error(`none of ${paths} in ${dist}`) }
  const { createProcessor } = await mod('pipeline/processor.js', 'process.js')
  const parseCsv = lib.parseCsv ?? (await mod('csv/parse.js')).parseCsv
  const catalog = await lib.loadSchema(new URL(events ? 'schemas/order-event.schema.json' : 'schemas/profile.schema.json', root).pathname)
  const set = await lib.loadMapping(new URL(events ? 'bench/events.mapping.json' : 'bench/profile.mapping.json', root).pathname, catalog)
  const cells = []
  for await (const batch of parseCsv((async function* () { yield text })())) for (const r of batch.rows) if (!r.error) cells.push(r.cells)
  cells.shift() // the header
  const batches = []
  for (let i = 0; i < cells.length; i += 300) batches.push(cells.slice(i, i + 300))
  for (const serializer of serializers) {
    const processor = createProcessor({ catalog, set, header: HEADER, nullField: false, maxLineBytes: 1 << 20, serializer, ...(parquet ? { parquet } : {}) })
    configs.push({ dist, serializer, processor, batches, rows: cells.length, wall: [], cpu: [], written: 0, bytes: 0 })
  }
}
for (let p = 0; p < passes; p++) {
  for (const c of configs) {
    const t0 = process.hrtime.bigint()
    const u0 = process.cpuUsage()
    let bytes = 0, written = 0
    for (const b of c.batches) {
      const r = c.processor(b)
      bytes += r.buffer.length
      if (r.groups) for (const g of r.groups) bytes += g.bytes.length
      for (const l of r.lengths) if (l >= 0) written++
    }
    if (c.processor.flush) for (const g of c.processor.flush().groups) bytes += g.bytes.length
    const u = process.cpuUsage(u0)
    c.wall.push(Number(process.hrtime.bigint() - t0) / 1e3 / c.rows)
    c.cpu.push((u.user + u.system) / c.rows)
    c.bytes = bytes; c.written = written
  }
}
// one more pass, untimed: the output's sha256 (the same text from every configuration, or a bug)
for (const c of configs) {
  const h = createHash('sha256')
  for (const b of c.batches) { const r = c.processor(b); h.update(r.buffer); for (const g of r.groups ?? []) h.update(g.bytes) }
  if (c.processor.flush) for (const g of c.processor.flush().groups) h.update(g.bytes)
  c.sha256 = h.digest('hex').slice(0, 16)
}
for (const c of configs) {
  console.log(JSON.stringify({ dist: c.dist.split('/').pop(), serializer: c.serializer, rows: c.rows, written: c.written, bytes: c.bytes, sha256: c.sha256, wallMin: +Math.min(...c.wall).toFixed(2), cpuMin: +Math.min(...c.cpu).toFixed(2), wall: c.wall.map((t) => +t.toFixed(2)) }))
}
