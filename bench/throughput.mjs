// Throughput of `xdmap run` against DuckDB writing the same nested shape from the same CSV.
// Usage: npm run bench -- [--rows N] [--runs R] [--format json|parquet|both] [--shape profile|events] [--threads T]
//                         [--base DIR] [--keep]   (--distributed --workers N: bench/distributed.mjs)
// Generates bench/data/<shape>-N.csv once (bench/data/ is not in git), then times each job R times (median), each in
// its own process so peak RSS is the job's own. Jobs alternate within a run (xdmap, [base,] DuckDB; the order turns by one each
// run), so every run is one same-series comparison.
//   --threads T  xdmap worker threads (0 = main thread only) and DuckDB's `SET threads`; default: each tool's own.
//   --base DIR   also time the xdmap build in DIR (another checkout, built) as `base-<format>`: before/after series.
//   --rows 10000000 (or anything from 5M up): the generated file (2.2 GB at 10M profile rows) and the outputs are
//                removed afterwards unless --keep.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generate } from './generate.mjs'

// npm run bench -- --distributed --workers N: the queue's overhead (bench/distributed.mjs)
if (process.argv.includes('--distributed')) {
  const { benchDistributed } = await import('./distributed.mjs')
  await benchDistributed(process.argv.slice(2))
  process.exit(0)
}
const { values } = parseArgs({ options: {
  rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' }, format: { type: 'string', default: 'json' },
  shape: { type: 'string', default: 'profile' }, threads: { type: 'string' }, base: { type: 'string' }, keep: { type: 'boolean', default: false },
} })
const rows = Number(values.rows)
const runs = Number(values.runs)
if (!['profile', 'events'].includes(values.shape)) throw new Error('--shape profile|events')
if (!['json', 'parquet', 'both'].includes(values.format)) throw new Error('--format json|parquet|both')
if (values.threads !== undefined && !(Number(values.threads) >= 0)) throw new Error('--threads must be a number >= 0')
const root = new URL('..', import.meta.url).pathname
const base = values.base !== undefined ? resolve(values.base) : undefined
if (base && !existsSync(join(base, 'dist', 'index.js'))) throw new Error(`--base ${base}: no dist/index.js there (build it first)`)
const data = join(root, 'bench', 'data')
mkdirSync(data, { recursive: true })
const csv = join(data, `${values.shape}-${rows}.csv`)
const big = rows >= 5_000_000 && !values.keep
if (!existsSync(csv)) {
  process.stderr.write(`generating ${csv} ...\n`)
  await generate(rows, csv, values.shape)
}
const bytes = statSync(csv).size
const formats = values.format === 'both' ? ['json', 'parquet'] : [values.format]
const jobs = formats.flatMap((f) => [`xdmap-${f}`, ...(base ? [`base-${f}`] : []), `duckdb-${f}`])
const results = Object.fromEntries(jobs.map((j) => [j, []]))
let commit = 'unknown'
try { commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() } catch {}
// the flags a build's CLI starts its `run` process with (none before they existed)
const flagsOf = async (dir) => (await import(join(dir, 'dist', 'cli', 'main.js'))).RUN_NODE_FLAGS ?? []
const ownNodeFlags = await flagsOf(root)
const baseNodeFlags = base ? await flagsOf(base) : []
const started = new Date().toISOString().slice(0, 16).replace('T', ' ')
try {
  for (let r = 0; r < runs; r++) {
    // the order turns by one job each run, so no job always follows the same one (the job after DuckDB's JSON export
    // ran 4-8% slower in every run of two series that kept one order)
    for (const job of jobs.map((_, k) => jobs[(k + r) % jobs.length])) {
      const isBase = job.startsWith('base-')
      const childJob = isBase ? job.replace('base-', 'xdmap-') : job
      // xdmap runs with MALLOC_ARENA_MAX=2 and the node flags of the process the CLI's `run` starts for itself on Linux
      // (src/cli/main.ts), each build with its own
      const env = { ...process.env }
      const nodeFlags = job.startsWith('duckdb') ? [] : isBase ? baseNodeFlags : ownNodeFlags
      if (!job.startsWith('duckdb')) env.MALLOC_ARENA_MAX = process.env.MALLOC_ARENA_MAX ?? '2'
      if (values.threads !== undefined) { env.XDMAP_THREADS = values.threads; env.DUCKDB_THREADS = String(Math.max(1, Number(values.threads))) }
      if (isBase) env.XDMAP_ROOT = base
      // the previous job's output is flushed to disk first, so no job pays for another's writeback
      try { execFileSync('sync') } catch {}
      const out = execFileSync(process.execPath, [...nodeFlags, join(root, 'bench', 'child.mjs'), childJob, csv, join(data, `out-${job}`), values.shape], { encoding: 'utf8', maxBuffer: 1 << 24, env })
      const res = JSON.parse(out.trim().split('\n').pop())
      if (res.rows !== rows) process.stderr.write(`warning: ${job} read ${res.rows} rows, not ${rows}\n`)
      results[job].push(res)
      process.stderr.write(`run ${r + 1}/${runs} ${job}: ${(res.ms / 1000).toFixed(2)} s, ${res.maxRssMB.toFixed(0)} MB\n`)
    }
  }
} finally {
  if (big) {
    for (const job of jobs) rmSync(join(data, `out-${job}`), { recursive: true, force: true })
    rmSync(csv, { force: true })
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
const table = jobs.map((job) => {
  const ms = median(results[job].map((x) => x.ms))
  const cpu = results[job].every((x) => x.cpuMs !== undefined) ? median(results[job].map((x) => x.cpuMs)) / 1000 : undefined
  return { job, cpu, seconds: ms / 1000, runs: results[job].map((x) => (x.ms / 1000).toFixed(2)), rowsPerSec: rows / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000), peakRssMB: median(results[job].map((x) => x.maxRssMB)) }
})
const duck = (f) => table.find((t) => t.job === `duckdb-${f}`)
console.log(`${started} UTC, commit ${commit}${base ? ` (base: ${base})` : ''}; machine: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}; file: ${values.shape}, ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB; threads: ${values.threads ?? 'default'}; node flags: ${ownNodeFlags.join(' ') || 'none'}${base ? ` (base: ${baseNodeFlags.join(' ') || 'none'})` : ''}; median of ${runs} runs`)
console.log('| job | s (runs) | rows/s | MB/s | peak RSS MB | ratio to DuckDB | CPU s | CPU ratio |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const t of table) {
  const f = t.job.split('-').pop()
  const ratio = t.job.startsWith('duckdb') ? '' : (t.rowsPerSec / duck(f).rowsPerSec).toFixed(2)
  // CPU ratio: DuckDB's CPU seconds over ours (above 1: we use less CPU for the same rows)
  const cpuRatio = t.job.startsWith('duckdb') || t.cpu === undefined || duck(f).cpu === undefined ? '' : (duck(f).cpu / t.cpu).toFixed(2)
  console.log(`| ${t.job} | ${t.seconds.toFixed(2)} (${t.runs.join(', ')}) | ${Math.round(t.rowsPerSec).toLocaleString('en-US')} | ${t.mbPerSec.toFixed(1)} | ${t.peakRssMB.toFixed(0)} | ${ratio} | ${t.cpu?.toFixed(1) ?? ''} | ${cpuRatio} |`)
}
