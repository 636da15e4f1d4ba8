import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { openLocation } from '../src/distributed/storage.js'
import { freePort, redisServerBinary, startRedis, type RedisServer } from './helpers/redis.js'
import { startS3, type S3StandIn } from './helpers/s3.js'
import { tmpDir } from './helpers/tmp.js'
import { readWithHyparquet } from './helpers/parquet.js'

/**
 * Distributed runs end to end: real redis-server and worker processes (dist/cli.js worker), the
 * coordinator as a process (dist/cli.js run --queue), s3rver for S3. Every run is compared with a local run()
 * of the same file: the part files concatenated, rejects.csv, errors.json and the counts must be byte-identical.
 */

const ROOT = new URL('..', import.meta.url).pathname
/** The built binary: `xdmap worker` and `xdmap run --queue`. */
const CLI = join(ROOT, 'dist', 'cli.js')
const WORKER = 'worker'
const COORDINATOR = 'run'
const SCHEMA = join(ROOT, 'schemas', 'profile.schema.json')
const ROWS = 200_000
const CHUNK = '1500000'

const redisBin = redisServerBinary()
if (!redisBin) console.warn('SKIPPED: the distributed suite (test/distributed.test.ts) needs redis-server on PATH (apt-get install -y redis-server; .ci/run installs it)')
const suite = redisBin ? describe : describe.skip

/**
 * ~200k short rows: multi-byte characters, quoted fields with newlines every few rows and long multi-line ones
 * (so chunk edges fall inside quoted fields), doubled quotes, blank lines, and some bad rows of each kind: a value
 * that does not convert, a stray quote, text after a closing quote, a missing column.
 */
function generate(file: string): void {
  const out: string[] = ['customer_id,first_name,street,points,email']
  for (let i = 1; i <= ROWS; i++) {
    let street = `${i % 977} Oak St`
    if (i % 37 === 0) street = `"${i} Rue Été\nApt ${i % 9}"`
    else if (i % 53 === 0) street = `"${i} Elm, ""North"""`
    else if (i % 1009 === 0) street = `"${'Tower 😀\n'.repeat(40)}Floor ${i % 50}"`
    let points = String(i * 7 % 100000)
    if (i % 997 === 0) points = `x${i}`
    let row = `C${i},Zoë${i % 13},${street},${points},u${i}@example.com`
    if (i % 4999 === 0) row = `C${i},Bad"Quote,x,1,b${i}@example.com`
    else if (i % 7001 === 0) row = `C${i},"Ann"junk,x,1,c${i}@example.com`
    else if (i % 8009 === 0) row = `C${i},Short`
    out.push(row)
    if (i % 25013 === 0) out.push('')
  }
  writeFileSync(file, out.join('\n') + '\n')
}

const MAPPING = {
  mappings: [
    { sourceType: 'ATTRIBUTE', source: 'customer_id', destination: '_id' },
    { sourceType: 'ATTRIBUTE', source: 'first_name', destination: 'person.name.firstName' },
    { sourceType: 'ATTRIBUTE', source: 'street', destination: 'homeAddress.street1' },
    { sourceType: 'ATTRIBUTE', source: 'points', destination: '_acme.loyalty.points' },
    { sourceType: 'ATTRIBUTE', source: 'email', destination: 'personalEmail.address' },
  ],
}

interface Proc { child: ChildProcess; out: string; err: string; exit: Promise<number | null> }

function start(command: string, args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [CLI, command, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const p: Proc = { child, out: '', err: '', exit: new Promise((r) => child.once('exit', (code) => r(code))) }
  child.stdout!.on('data', (d: Buffer) => { p.out += d.toString() })
  child.stderr!.on('data', (d: Buffer) => { p.err += d.toString() })
  return p
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const t = Date.now()
  while (!(await cond())) {
    if (Date.now() - t > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function stopWorkers(workers: Proc[]): Promise<(number | null)[]> {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM')
  return Promise.all(workers.map((w) => w.exit))
}

/** The outputs of a run directory, as compared: records (parts concatenated in order), rejects, errors, manifest. */
function outputs(dir: string): { records: Buffer; rejects: Buffer; errors: Buffer; manifest: Record<string, any> } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  const parts = readdirSync(dir).filter((n) => /^part-\d{5}\.json$/.test(n)).sort()
  expect(parts).toEqual(manifest.files.map((f: { name: string }) => f.name))
  return {
    records: Buffer.concat(parts.map((n) => readFileSync(join(dir, n)))),
    rejects: readFileSync(join(dir, 'rejects.csv')),
    errors: readFileSync(join(dir, 'errors.json')),
    manifest,
  }
}

suite('distributed runs (BullMQ on a real redis-server, worker processes)', { timeout: 240_000 }, () => {
  const dir = tmpDir('xdmap-dist-')
  const input = join(dir, 'input.csv')
  const mapping = join(dir, 'mapping.json')
  let redis: RedisServer
  let local: ReturnType<typeof outputs>
  const spawned: Proc[] = []
  const worker = (env: Record<string, string> = {}, url = redis.url): Proc => {
    const w = start(WORKER, ['--queue', url, '--lock-seconds', '2', '--threads', '0'], env)
    spawned.push(w)
    return w
  }
  const coordinator = (out: string, extra: string[] = [], env: Record<string, string> = {}, inp = input): Proc =>
    start(COORDINATOR, [inp, '-s', SCHEMA, '-m', mapping, '--out', out, '--queue', redis.url, '--chunk-bytes', CHUNK, '--max-errors', '1%', ...extra], env)

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first (npm test does)`)
    generate(input)
    writeFileSync(mapping, JSON.stringify(MAPPING))
    redis = await startRedis()
    const report = await run({ input, schema: SCHEMA, mapping, out: join(dir, 'local'), maxErrors: '1%', threads: 0 })
    expect(report.counts.read).toBe(ROWS)
    expect(report.counts.rejected).toBeGreaterThan(200)
    local = outputs(join(dir, 'local'))
  })
  afterAll(async () => {
    for (const p of spawned) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL')
    await redis?.stop()
  })

  /** Where two texts first differ (a readable failure instead of two megabytes of diff). */
  function firstDifference(a: string, b: string): string | undefined {
    if (a === b) return undefined
    let i = 0
    while (i < a.length && a[i] === b[i]) i++
    return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`
  }

  function expectSameAsLocal(d: ReturnType<typeof outputs>, filename?: string): void {
    expect(d.records.equals(local.records)).toBe(true)
    expect(firstDifference(d.rejects.toString(), local.rejects.toString())).toBeUndefined()
    // errors.json names the input as given: the S3 run read it from s3://
    const errors = filename ? d.errors.toString().replaceAll(`"_filename":${JSON.stringify(filename)}`, `"_filename":${JSON.stringify(input)}`) : d.errors.toString()
    expect(firstDifference(errors, local.errors.toString())).toBeUndefined()
    expect(d.manifest.counts).toEqual(local.manifest.counts)
    expect(d.manifest.threshold).toEqual(local.manifest.threshold)
    expect(d.manifest.status).toBe(local.manifest.status)
    const { path: _a, ...inD } = d.manifest.input
    const { path: _b, ...inL } = local.manifest.input
    expect(inD).toEqual(inL)
    expect(d.manifest.schema).toEqual(local.manifest.schema)
    expect(d.manifest.mapping).toEqual(local.manifest.mapping)
    expect(d.manifest.rejects.sha256).toBe(local.manifest.rejects.sha256)
    if (!filename) expect(d.manifest.errors.sha256).toBe(local.manifest.errors.sha256)
    expect(d.manifest.chunks.length).toBeGreaterThanOrEqual(5)
    expect(d.manifest.files.reduce((s: number, f: { rows: number }) => s + f.rows, 0)).toBe(local.manifest.counts.written)
  }

  it('3 workers give the same records, rejects, errors and counts as a local run; workers stop on SIGTERM', async () => {
    const workers = [worker(), worker(), worker()]
    const out = join(dir, 'd3')
    const c = coordinator(out)
    expect(await c.exit, c.err).toBe(0)
    const d = outputs(out)
    expectSameAsLocal(d)
    // the chunks were shared out, and the working files are gone
    expect(new Set(d.manifest.chunks.map((x: { worker: string }) => x.worker)).size).toBeGreaterThan(1)
    expect(existsSync(join(out, '_xdmap'))).toBe(false)
    expect(await stopWorkers(workers)).toEqual([0, 0, 0])
    for (const w of workers) expect(w.err).toMatch(/stopped/)
  })

  it('a worker killed with SIGKILL mid-chunk: its chunk goes to another worker, nothing doubled or lost', async () => {
    const out = join(dir, 'kill')
    const c = coordinator(out)
    await until('the jobs', () => /queued \d+ chunk/.test(c.err))
    const victim = worker()
    await until('the victim to start a chunk', () => /started/.test(victim.err))
    victim.child.kill('SIGKILL')
    await victim.exit
    const taken = /chunk (\d+)\/\d+ of .* started \(job ([^,]+),/.exec(victim.err)!
    const others = [worker(), worker()]
    expect(await c.exit, c.err).toBe(0)
    const d = outputs(out)
    expectSameAsLocal(d)
    // the chunk the victim held was committed by another worker
    const redone = d.manifest.chunks.find((x: { index: number }) => x.index === Number(taken[1]) - 1)
    expect(redone.worker.endsWith(`:${victim.child.pid}`)).toBe(false)
    expect(others.some((w) => w.err.includes(`started (job ${taken[2]},`))).toBe(true)
    await stopWorkers(others)
  })

  it('the coordinator killed: the same command again resumes without redoing committed chunks', async () => {
    const out = join(dir, 'resume')
    const first = coordinator(out)
    await until('the jobs', () => /queued \d+ chunk/.test(first.err))
    const w = worker()
    const chunksDir = join(out, '_xdmap', 'chunks')
    await until('two committed chunks', () => existsSync(chunksDir) && readdirSync(chunksDir).filter((n) => n.endsWith('.json')).length >= 2)
    first.child.kill('SIGKILL')
    await first.exit
    await stopWorkers([w]) // finishes the chunk it holds
    const committed = readdirSync(chunksDir).filter((n) => /^\d{5}\.json$/.test(n))
    const attempts = new Map(committed.map((n) => [Number(n.slice(0, 5)) - 1, JSON.parse(readFileSync(join(chunksDir, n), 'utf8')).attempt]))
    expect(existsSync(join(out, 'manifest.json'))).toBe(false)
    const w2 = worker()
    const second = coordinator(out)
    expect(await second.exit, second.err).toBe(0)
    expect(second.err).toMatch(new RegExp(`resuming: ${attempts.size} of \\d+ chunk`))
    const d = outputs(out)
    expectSameAsLocal(d)
    for (const [index, attempt] of attempts) expect(d.manifest.chunks.find((x: { index: number }) => x.index === index).attempt).toBe(attempt)
    await stopWorkers([w2])
  })

  it('a new run into a complete output, interrupted before its merge, leaves the previous output as it was', async () => {
    const out = join(dir, 'replace')
    const w = worker()
    expect(await coordinator(out).exit).toBe(0)
    // a mapping file of the user's in the output directory is never touched (a distributed run writes none)
    writeFileSync(join(out, 'mapping.json'), JSON.stringify(MAPPING))
    const before = new Map(readdirSync(out).filter((n) => !n.startsWith('_')).map((n) => [n, readFileSync(join(out, n))]))
    expect(before.has('manifest.json')).toBe(true)
    await stopWorkers([w])
    // other options: a new plan; killed while its chunks wait for workers
    const second = coordinator(out, ['--max-errors', '2%'])
    await until('the jobs', () => /queued \d+ chunk/.test(second.err))
    second.child.kill('SIGKILL')
    await second.exit
    for (const [n, bytes] of before) expect(readFileSync(join(out, n)).equals(bytes), n).toBe(true)
    expect(outputs(out).manifest.options.maxErrors).toBe('1%')
    // the same command again finishes the new run and replaces the outputs
    const w2 = worker()
    const third = coordinator(out, ['--max-errors', '2%'])
    expect(await third.exit, third.err).toBe(0)
    const d = outputs(out)
    expect(d.manifest.options.maxErrors).toBe('2%')
    expect(d.records.equals(local.records)).toBe(true)
    expect(readdirSync(out).filter((n) => !n.startsWith('_')).sort()).toEqual([...before.keys()].sort())
    expect(readFileSync(join(out, 'mapping.json')).equals(before.get('mapping.json')!)).toBe(true)
    await stopWorkers([w2])
  })

  it('refuses an output directory holding output-named files no manifest lists (exit 2, OUT_DIR_NOT_OURS), unless --force', async () => {
    const out = join(dir, 'foreign')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'part-00001.json'), '{"mine":true}\n')
    const refused = coordinator(out)
    expect(await refused.exit).toBe(2)
    expect(refused.err).toMatch(/OUT_DIR_NOT_OURS.*part-00001\.json/)
    expect(readFileSync(join(out, 'part-00001.json'), 'utf8')).toBe('{"mine":true}\n')
    const w = worker()
    const forced = coordinator(out, ['--force'])
    expect(await forced.exit, forced.err).toBe(0)
    expect(outputs(out).records.equals(local.records)).toBe(true)
    await stopWorkers([w])
  })

  it('a merge interrupted after it cleared the previous output is ours: a new run with other options replaces it without --force', async () => {
    const out = join(dir, 'halfmerged')
    const w = worker()
    expect(await coordinator(out).exit).toBe(0)
    // the state a merge leaves when it dies after clearPrevious: part files moved in, no manifest, its marker and plan
    rmSync(join(out, 'manifest.json'))
    mkdirSync(join(out, '_xdmap'), { recursive: true })
    writeFileSync(join(out, '_xdmap', 'merging'), new Date().toISOString())
    writeFileSync(join(out, '_xdmap', 'plan.json'), JSON.stringify({ fingerprint: 'a plan of other options' }))
    const again = coordinator(out, ['--max-errors', '2%'])
    expect(await again.exit, again.err).toBe(0)
    expect(again.err).not.toMatch(/OUT_DIR_NOT_OURS/)
    const d = outputs(out)
    expect(d.manifest.options.maxErrors).toBe('2%')
    expect(d.records.equals(local.records)).toBe(true)
    await stopWorkers([w])
  })

  it('a chunk that fails on every attempt fails the run, naming the chunk and the reason (exit 2)', async () => {
    const broken = join(dir, 'broken.csv')
    writeFileSync(broken, readFileSync(input))
    const out = join(dir, 'broken')
    const c = coordinator(out, [], {}, broken)
    await until('the jobs', () => /queued \d+ chunk/.test(c.err))
    // the input loses its second half after planning: the chunks there read fewer records than planned
    writeFileSync(broken, readFileSync(input).subarray(0, Math.floor(statSync(input).size / 2)))
    const w = worker()
    expect(await c.exit).toBe(2)
    expect(c.err).toMatch(/error CHUNK_FAILED: Chunk \d+ of \d+ \(bytes \d+-\d+, lines from \d+\) failed after 3 attempt\(s\): .*(CHUNK_MISMATCH|read \d+ records|got \d+ bytes)/)
    expect(existsSync(join(out, 'manifest.json'))).toBe(false)
    await stopWorkers([w])
  })

  it('Redis unreachable: the coordinator stops with exit 2 before planning; a worker retries until Redis is there', async () => {
    const port = await freePort()
    const out = join(dir, 'noredis')
    const c = start(COORDINATOR, [input, '-s', SCHEMA, '-m', mapping, '--out', out, '--queue', `redis://127.0.0.1:${port}`])
    expect(await c.exit).toBe(2)
    expect(c.err).toMatch(/error QUEUE_UNREACHABLE: Cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/)
    expect(existsSync(join(out, '_xdmap'))).toBe(false)

    const w = worker({}, `redis://127.0.0.1:${port}`)
    await until('the worker to report Redis unreachable', () => /unreachable; retrying/.test(w.err))
    expect(w.child.exitCode).toBe(null)
    // Redis comes up on that port: the worker connects and maps a run's chunks
    const late = await startRedis(port)
    try {
      await until('the worker to reconnect', () => /reachable again/.test(w.err), 30_000)
      const small = join(dir, 'small.csv')
      writeFileSync(small, readFileSync(input, 'utf8').split('\n').slice(0, 3001).join('\n') + '\n')
      const c2 = start(COORDINATOR, [small, '-s', SCHEMA, '-m', mapping, '--out', join(dir, 'late'), '--queue', late.url, '--chunk-bytes', '64KiB', '--max-errors', '100%'])
      expect(await c2.exit, c2.err).toBe(0)
      expect(w.err).toMatch(/chunk 1\/\d+ of .* started/)
      await stopWorkers([w])
      expect(await w.exit).toBe(0)
    } finally {
      await late.stop()
    }
  })

  it('Redis lost while the coordinator waits: exit 2 saying so, and the same command resumes', async () => {
    const own = await startRedis()
    const out = join(dir, 'lost')
    const args = [input, '-s', SCHEMA, '-m', mapping, '--out', out, '--chunk-bytes', CHUNK, '--max-errors', '1%']
    try {
      const c = start(COORDINATOR, [...args, '--queue', own.url])
      await until('the jobs', () => /queued \d+ chunk/.test(c.err))
      await own.stop()
      expect(await c.exit).toBe(2)
      expect(c.err).toMatch(/error QUEUE_UNREACHABLE: Lost Redis at redis:\/\/127\.0\.0\.1:\d+: .*Run the same command again to resume/)
    } finally {
      await own.stop()
    }
    // the plan is kept: the same command against a reachable Redis finishes it
    const workers = [worker(), worker()]
    const again = start(COORDINATOR, [...args, '--queue', redis.url])
    expect(await again.exit, again.err).toBe(0)
    expect(again.err).not.toMatch(/planning: reading/)
    expectSameAsLocal(outputs(out))
    await stopWorkers(workers)
  })

  it('--format parquet: parts renamed in input order, the same rows as a local run', async () => {
    const small = join(dir, 'parquet.csv')
    writeFileSync(small, readFileSync(input, 'utf8').split('\n').slice(0, 30001).join('\n') + '\n')
    await run({ input: small, schema: SCHEMA, mapping, out: join(dir, 'pq-local'), format: 'parquet', maxErrors: '100%', threads: 0 })
    const workers = [worker(), worker()]
    const out = join(dir, 'pq')
    const c = start(COORDINATOR, [small, '-s', SCHEMA, '-m', mapping, '--out', out, '--queue', redis.url, '--chunk-bytes', '400KB', '--max-errors', '100%', '--format', 'parquet'])
    expect(await c.exit, c.err).toBe(0)
    const rowsOf = async (d: string): Promise<unknown[]> => {
      const names = readdirSync(d).filter((n) => /^part-\d{5}\.parquet$/.test(n)).sort()
      const all: unknown[] = []
      for (const n of names) all.push(...(await readWithHyparquet(join(d, n))))
      return all
    }
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const l = JSON.parse(readFileSync(join(dir, 'pq-local', 'manifest.json'), 'utf8'))
    expect(m.chunks.length).toBeGreaterThan(2)
    expect(m.files.map((f: { name: string }) => f.name)).toEqual(m.files.map((_: unknown, i: number) => `part-${String(i + 1).padStart(5, '0')}.parquet`))
    expect(m.counts).toEqual(l.counts)
    expect(m.format).toBe('parquet')
    expect(JSON.stringify(await rowsOf(out), (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(JSON.stringify(await rowsOf(join(dir, 'pq-local')), (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
    expect(readFileSync(join(out, 'errors.json'), 'utf8')).toBe(readFileSync(join(dir, 'pq-local', 'errors.json'), 'utf8'))
    await stopWorkers(workers)
  })

  it('input and output on S3 (s3rver): ranged reads, multipart uploads, same outputs as a local run', async () => {
    const s3: S3StandIn = await startS3()
    try {
      const env = { ...s3.env, XDMAP_S3_PART_BYTES: String(5 * 1024 * 1024) }
      const bucket = openLocation(`s3://${s3.bucket}/x`, { ...process.env, ...env }).storage
      await bucket.putFile(input, 'in/input.csv')
      const workers = [worker(env), worker(env), worker(env)]
      const c = coordinator(`s3://${s3.bucket}/out/run1`, [], env, `s3://${s3.bucket}/in/input.csv`)
      expect(await c.exit, c.err).toBe(0)
      // fetch the outputs to compare them as files
      const got = join(dir, 's3-out')
      const keys = await bucket.list('out/run1')
      expect(keys.some((k) => k.includes('_xdmap'))).toBe(false)
      const { mkdirSync } = await import('node:fs')
      mkdirSync(got, { recursive: true })
      for (const k of keys) {
        const chunks: Uint8Array[] = []
        for await (const b of bucket.readRange(k, 0, (await bucket.head(k))!.size)) chunks.push(b)
        writeFileSync(join(got, k.split('/').pop()!), Buffer.concat(chunks))
      }
      const d = outputs(got)
      expectSameAsLocal(d, `s3://${s3.bucket}/in/input.csv`)
      expect(d.manifest.input.path).toBe(`s3://${s3.bucket}/in/input.csv`)
      // part files above the part size went up as multipart uploads
      expect(d.manifest.files.some((f: { bytes: number }) => f.bytes > 5 * 1024 * 1024)).toBe(true)
      await stopWorkers(workers)
    } finally {
      await s3.stop()
    }
  })
})
