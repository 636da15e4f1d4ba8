// Throughput of `xdmap run` against DuckDB writing the same nested shape from the same CSV.
// Usage: npm run bench -- [--rows N] [--runs R] [--format json]   (--distributed --workers N: bench/distributed.mjs)
// Generates bench/data/profile-N.csv once (kept out of git), then times each job R times (median), each in its own
// process so peak RSS is the job's own.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generate } from './generate.mjs'

// npm run bench -- --distributed --workers N: the queue's overhead (bench/distributed.mjs)
if (process.argv.includes('--distributed')) {
  const { benchDistributed } = await import('./distributed.mjs')
  await benchDistributed(process.argv.slice(2))
  process.exit(0)
}
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' }, format: { type: 'string', default: 'json' }, shape: { type: 'string', default: 'profile' } } })
const rows = Number(values.rows)
const runs = Number(values.runs)
if (!['profile', 'events'].includes(values.shape)) throw new Error('--shape profile|events')
if (!['json', 'parquet', 'both'].includes(values.format)) throw new Error('--format json|parquet|both')
const root = new URL('..', import.meta.url).pathname
const data = join(root, 'bench', 'data')
mkdirSync(data, { recursive: true })
const csv = join(data, `${values.shape}-${rows}.csv`)
if (!existsSync(csv)) {
  process.stderr.write(`generating ${csv} ...\n`)
  await generate(rows, csv, values.shape)
}
const bytes = statSync(csv).size
const formats = values.format === 'both' ? ['json', 'parquet'] : [values.format]
const jobs = formats.flatMap((f) => [`xdmap-${f}`, `duckdb-${f}`])
const results = Object.fromEntries(jobs.map((j) => [j, []]))
for (let r = 0; r < runs; r++) {
  for (const job of jobs) {
    // xdmap runs with MALLOC_ARENA_MAX=2, as the CLI's `run` does for itself on Linux (src/cli.ts)
    const env = job.startsWith('xdmap') ? { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' } : process.env
    const out = execFileSync(process.execPath, [join(root, 'bench', 'child.mjs'), job, csv, join(data, `out-${job}`), values.shape], { encoding: 'utf8', maxBuffer: 1 << 24, env })
    const res = JSON.parse(out.trim().split('\n').pop())
    results[job].push(res)
    process.stderr.write(`run ${r + 1}/${runs} ${job}: ${(res.ms / 1000).toFixed(2)} s, ${res.maxRssMB.toFixed(0)} MB\n`)
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
const table = jobs.map((job) => {
  const ms = median(results[job].map((x) => x.ms))
  return { job, seconds: ms / 1000, rowsPerSec: rows / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000), peakRssMB: median(results[job].map((x) => x.maxRssMB)) }
})
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}; file: ${values.shape}, ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB; median of ${runs} runs`)
console.log('| job | s | rows/s | MB/s | peak RSS MB |')
console.log('|---|---:|---:|---:|---:|')
for (const t of table) console.log(`| ${t.job} | ${t.seconds.toFixed(2)} | ${Math.round(t.rowsPerSec).toLocaleString('en-US')} | ${t.mbPerSec.toFixed(1)} | ${t.peakRssMB.toFixed(0)} |`)
for (const f of formats) {
  const x = table.find((t) => t.job === `xdmap-${f}`)
  const d = table.find((t) => t.job === `duckdb-${f}`)
  console.log(`xdmap/DuckDB throughput ratio (${f}): ${(x.rowsPerSec / d.rowsPerSec).toFixed(2)}`)
}
