// Overhead of a distributed run (BullMQ queue, chunk files, merge) against a local run of the same file, on one machine.
// Usage: npm run bench -- --distributed [--workers N] [--rows R] [--runs K] [--chunk-bytes SIZE]
// Starts its own redis-server on 127.0.0.1 (a free port, a temp dir) and N worker processes (each mapping one chunk
// at a time in its own thread: --threads 0), then times, K times each: a local run (bench/child.mjs xdmap-json, the
// default threads) and the coordinator (dist/cli.js run --queue) with the same file, schema and mapping.
// Prints the median wall time, rows/s, and the coordinator's phases (planning scan, mapping, merge).
import { spawn, spawnSync, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from './generate.mjs'

export async function benchDistributed(argv) {
  const { parseArgs } = await import('node:util')
  const { values } = parseArgs({ args: argv, options: { distributed: { type: 'boolean' }, workers: { type: 'string', default: '2' }, rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' }, 'chunk-bytes': { type: 'string', default: '16MB' } } })
  const workers = Number(values.workers)
  const rows = Number(values.rows)
  const runs = Number(values.runs)
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('the distributed benchmark needs redis-server (apt-get install -y redis-server)')
  const root = new URL('..', import.meta.url).pathname
  const data = join(root, 'bench', 'data')
  mkdirSync(data, { recursive: true })
  const csv = join(data, `profile-${rows}.csv`)
  if (!existsSync(csv)) { process.stderr.write(`generating ${csv} ...\n`); await generate(rows, csv, 'profile') }
  const bytes = statSync(csv).size
  const schema = join(root, 'schemas', 'profile.schema.json')
  const mapping = join(root, 'bench', 'profile.mapping.json')

  const port = await new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)) }) })
  const dir = mkdtempSync(join(tmpdir(), 'xdmap-bench-redis-'))
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise((res, rej) => { let log = ''; redis.stdout.on('data', (d) => { log += d; if (log.includes('Ready to accept')) res() }); redis.once('exit', () => rej(new Error(log))) })
  redis.stdout.resume()
  const queue = `redis://127.0.0.1:${port}`
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'worker', '--queue', queue, '--threads', '0', '--quiet'], { stdio: 'inherit', env: { ...process.env, MALLOC_ARENA_MAX: '2' } }))
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' }

  const coordinator = (out) => new Promise((resolve, reject) => {
    rmSync(out, { recursive: true, force: true })
    const t0 = performance.now()
    const marks = {}
    const c = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'run', csv, '-s', schema, '-m', mapping, '--out', out, '--queue', queue, '--chunk-bytes', values['chunk-bytes'], '--max-errors', '100%'], { stdio: ['ignore', 'ignore', 'pipe'], env })
    let err = ''
    c.stderr.on('data', (d) => {
      err += d
      const now = performance.now() - t0
      if (marks.queued === undefined && /queued \d+ chunk/.test(err)) marks.queued = now
      if (marks.mapped === undefined && /\(100%\)/.test(err)) marks.mapped = now
    })
    c.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`coordinator exit ${code}: ${err}`))
      const ms = performance.now() - t0
      resolve({ ms, plan: marks.queued, map: (marks.mapped ?? ms) - marks.queued, merge: ms - (marks.mapped ?? ms), chunks: Number(/planned (\d+) chunk/.exec(err)?.[1]) })
    })
  })
  const results = { local: [], distributed: [] }
  try {
    for (let r = 0; r < runs; r++) {
      const localOut = JSON.parse(execFileSync(process.execPath, [join(root, 'bench', 'child.mjs'), 'xdmap-json', csv, join(data, 'out-local'), 'profile'], { encoding: 'utf8', env }).trim().split('\n').pop())
      results.local.push(localOut)
      process.stderr.write(`run ${r + 1}/${runs} local: ${(localOut.ms / 1000).toFixed(2)} s\n`)
      const d = await coordinator(join(data, 'out-distributed'))
      results.distributed.push(d)
      process.stderr.write(`run ${r + 1}/${runs} distributed (${workers} workers, ${d.chunks} chunks): ${(d.ms / 1000).toFixed(2)} s (plan ${(d.plan / 1000).toFixed(2)}, map ${(d.map / 1000).toFixed(2)}, merge ${(d.merge / 1000).toFixed(2)})\n`)
    }
  } finally {
    for (const p of procs) p.kill('SIGTERM')
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r() : p.once('exit', r)))))
    redis.kill('SIGTERM')
    await new Promise((r) => redis.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
  }
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
  const lm = median(results.local.map((x) => x.ms))
  const dm = median(results.distributed.map((x) => x.ms))
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}; file: profile, ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB; chunks of ${values['chunk-bytes']}; median of ${runs} runs`)
  console.log('| job | s | rows/s | MB/s |')
  console.log('|---|---:|---:|---:|')
  console.log(`| local run (default threads) | ${(lm / 1000).toFixed(2)} | ${Math.round(rows / (lm / 1000)).toLocaleString('en-US')} | ${(bytes / 1e6 / (lm / 1000)).toFixed(1)} |`)
  console.log(`| distributed, ${workers} workers | ${(dm / 1000).toFixed(2)} | ${Math.round(rows / (dm / 1000)).toLocaleString('en-US')} | ${(bytes / 1e6 / (dm / 1000)).toFixed(1)} |`)
  const ph = (k) => (median(results.distributed.map((x) => x[k])) / 1000).toFixed(2)
  console.log(`distributed phases (median s): planning scan ${ph('plan')} (${(bytes / 1e6 / Number(ph('plan'))).toFixed(0)} MB/s), mapping ${ph('map')}, merge ${ph('merge')}; overhead vs local ${(((dm - lm) / lm) * 100).toFixed(0)}%`)
  console.log(`runs (local / distributed s): ${results.local.map((x, i) => `${(x.ms / 1000).toFixed(2)} / ${(results.distributed[i].ms / 1000).toFixed(2)}`).join(', ')}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDistributed(process.argv.slice(2))
