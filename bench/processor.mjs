// Processor microbenchmark: the compiled processor (row function, validation, serialization to UTF-8 JSON lines) over
// generated profile rows already split into cells (bench/generate.mjs, seeded), in batches of 300 rows; PASSES passes
// in one process, the minimum reported in µs per row. Usage:
//   node bench/processor.mjs [--dist DIR] [--rows N] [--passes N] [--serializer auto|json|fjs]
// --dist points at a built tree (default ./dist), so two builds can be compared run for run.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { HEADER, rows } from './generate.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const dist = resolve(args.dist ?? 'dist')
const n = Number(args.rows ?? 100_000)
const passes = Number(args.passes ?? 7)
const serializer = args.serializer ?? 'auto'
const lib = await import(pathToFileURL(`${dist}/index.js`).href)
const { createProcessor } = await import(pathToFileURL(`${dist}/process.js`).href)
const root = new URL('..', import.meta.url)
const catalog = await lib.loadSchema(new URL('schemas/profile.schema.json', root).pathname)
const set = await lib.loadMapping(new URL('bench/profile.mapping.json', root).pathname, catalog)
const text = HEADER.join(',') + '\n' + [...rows(n)].join('\n') + '\n'
const cells = []
for await (const batch of lib.parseCsv((async function* () { yield text })())) for (const r of batch.rows) if (!r.error) cells.push(r.cells)
cells.shift() // the header
const processor = createProcessor({ catalog, set, header: HEADER, nullField: false, maxLineBytes: 1 << 20, serializer })
const times = []
let bytes = 0
let written = 0
for (let p = 0; p < passes; p++) {
  const t0 = process.hrtime.bigint()
  bytes = 0; written = 0
  for (let i = 0; i < cells.length; i += 300) {
    const r = processor(cells.slice(i, i + 300))
    bytes += r.buffer.length
    for (const l of r.lengths) if (l >= 0) written++
  }
  times.push(Number(process.hrtime.bigint() - t0) / 1e3 / cells.length)
}
console.log(JSON.stringify({ dist, serializer, rows: cells.length, written, bytes, minUsPerRow: Math.min(...times).toFixed(2), passes: times.map((t) => t.toFixed(2)) }))
