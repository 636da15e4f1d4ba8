import { execFile } from 'node:child_process'
import { cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadCredentials } from '../src/aep/credentials.js'
import { XdmapError } from '../src/util/errors.js'
import { stream } from '../src/aep/stream.js'
import { parseConnection, streamRun, type StreamOptions } from '../src/aep/streaming.js'
import { CLIENT_SECRET, ORG_ID, SCHEMA_ID, standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { makeRunOutput } from './helpers/run-output.js'
import { tmpDir } from './helpers/tmp.js'

let aep: Standin
const base = tmpDir('xdmap-stream-')
let template: string
let n = 0
const sleeps: number[] = []
type Entity = { _id: string; person?: { name?: { firstName?: string } } }

beforeAll(async () => {
  aep = await startStandin()
  template = join(base, 'template')
  await makeRunOutput(template, { rows: 40, maxRows: 15 })
})
afterAll(async () => { await aep.close() })
beforeEach(() => {
  aep.faults.length = 0
  aep.inletReceived.length = 0
  aep.inletRejects = () => undefined
  aep.inletAuth = false
  aep.onRequest = undefined
  sleeps.length = 0
})

function outDir(): string {
  const d = join(base, `run-${++n}`)
  cpSync(template, d, { recursive: true })
  return d
}
const opts = (extra: Partial<StreamOptions> = {}): StreamOptions => ({
  connection: `${aep.url}/collection/conn-1`, datasetId: 'ds-profile', env: standinEnv(aep.url),
  retry: { attempts: 4, timeoutMs: 500, baseDelayMs: 1, random: () => 0.5, sleep: async (ms) => { sleeps.push(ms) } },
  ...extra,
})
const ids = () => aep.inletReceived.map((m) => (m.entity as Entity)._id)
const rejectLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; line: number; status: number; answer: unknown; record: Entity })
const ULISES = (e: Record<string, unknown>) => ((e as Entity).person?.name?.firstName === 'Ulises' ? 'extraneous key [person] is not permitted' : undefined)

describe('stream: a run output directory', () => {
  it('the batch endpoint: every record accepted once, in Adobe\'s envelope', async () => {
    const d = outDir()
    const r = await streamRun(d, opts({ batchSize: 10 }))
    expect(r).toMatchObject({ records: 40, sent: 40, accepted: 40, rejected: 0, unconfirmed: 0, requests: 4, exitCode: 0, endpoint: `${aep.url}/collection/batch/conn-1` })
    expect(new Set(ids()).size).toBe(40)
    expect(ids()).toHaveLength(40)
    const h = aep.inletReceived[0]!.header
    expect(h).toEqual({ schemaRef: { id: SCHEMA_ID, contentType: 'application/vnd.adobe.xed-full+json;version=1' }, imsOrgId: ORG_ID, datasetId: 'ds-profile', source: { name: 'xdmap' } })
    const req = aep.requests.filter((q) => q.path === '/collection/batch/conn-1').at(-1)!
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.headers.authorization).toBeUndefined()
    const first = readFileSync(join(d, 'part-00001.json'), 'utf8').split('\n')[0]!
    expect(aep.inletReceived.some((m) => JSON.stringify(m.entity) === JSON.stringify(JSON.parse(first)))).toBe(true)
    expect(readFileSync(r.rejectsFile, 'utf8')).toBe('')
  })

  it('refused messages go to stream-rejects.json with the inlet\'s answer; accepted + rejected = records', async () => {
    const d = outDir()
    aep.inletRejects = ULISES
    const r = await streamRun(d, opts({ batchSize: 7 }))
    expect(r.exitCode).toBe(1)
    expect(r.rejected).toBe(10)
    expect(r.accepted + r.rejected).toBe(40)
    const rejects = rejectLines(join(d, 'stream-rejects.json'))
    expect(rejects).toHaveLength(10)
    for (const x of rejects) {
      expect(x.status).toBe(400)
      expect(x.answer).toEqual({ statusCode: 400, message: 'extraneous key [person] is not permitted' })
      expect(x.record.person!.name!.firstName).toBe('Ulises')
      const line = readFileSync(join(d, x.file), 'utf8').split('\n')[x.line - 1]!
      expect(JSON.parse(line)).toEqual(x.record)
    }
    expect(new Set([...ids(), ...rejects.map((x) => x.record._id)]).size).toBe(40)
  })

  it('the single-message endpoint with --sync-validation: one record a request, ?syncValidation=true, the 400 report kept', async () => {
    const d = outDir()
    aep.inletRejects = ULISES
    const r = await streamRun(d, opts({ syncValidation: true, concurrency: 3 }))
    expect(r).toMatchObject({ requests: 40, accepted: 30, rejected: 10, endpoint: `${aep.url}/collection/conn-1` })
    expect(aep.requests.filter((q) => q.path === '/collection/conn-1').every((q) => q.query === 'syncValidation=true')).toBe(true)
    const x = rejectLines(r.rejectsFile)[0]!
    expect(x.answer).toMatchObject({ status: 400, title: 'Invalid XDM Message Format', report: { message: 'extraneous key [person] is not permitted' } })
    await expect(streamRun(d, opts({ syncValidation: true, batchSize: 5 }))).rejects.toMatchObject({ code: 'OPTION_SYNC_VALIDATION' })
  })

  it('retries 429 (Retry-After), 503 and resets; each record arrives once', async () => {
    aep.faults.push(
      { path: /\/collection\/batch\//, kind: '429', retryAfter: '1' },
      { path: /\/collection\/batch\//, kind: '503', times: 2 },
      { path: /\/collection\/batch\//, kind: 'reset', afterBytes: 500 },
    )
    const o = opts({ batchSize: 8, concurrency: 1 })
    const r = await streamRun(outDir(), { ...o, retry: { ...o.retry, attempts: 5 } })
    expect(r).toMatchObject({ accepted: 40, rejected: 0 })
    expect(ids()).toHaveLength(40)
    expect(new Set(ids()).size).toBe(40)
    expect(sleeps).toContain(1000)
    expect(aep.faults).toEqual([])
  })

  it('gives up with exit 3; every record is accepted, refused or counted as not confirmed', async () => {
    aep.faults.push({ path: /\/collection\/batch\//, kind: '503', times: 1000 })
    const e = await streamRun(outDir(), opts({ batchSize: 10, concurrency: 1 })).then(() => undefined, (x: unknown) => x as XdmapError & { report: { sent: number; unconfirmed: number; records: number } })
    aep.faults.length = 0
    expect(e).toMatchObject({ code: 'AEP_UNAVAILABLE', exitCode: 3 })
    expect(e!.message).toMatch(/Gave up at step "send records".*HTTP 503.*Sent 0 of 40 records.*40 not confirmed/)
    expect(e!.report).toMatchObject({ sent: 0, unconfirmed: 40, records: 40 })
  })

  it('bounds requests in flight, and honours the rate limit', async () => {
    let cur = 0, max = 0
    aep.onRequest = async (r) => {
      if (!r.path.startsWith('/collection/')) return
      cur++; max = Math.max(max, cur)
      await new Promise((res) => setTimeout(res, 30))
      cur--
    }
    await streamRun(outDir(), opts({ batchSize: 2, concurrency: 3 }))
    expect(max).toBe(3)
    max = 0
    const t0 = performance.now()
    const r = await streamRun(outDir(), opts({ batchSize: 4, concurrency: 8, ratePerSecond: 20 }))
    expect(r.requests).toBe(10)
    // 10 requests at 20 a second: the last starts 450 ms after the first
    expect(performance.now() - t0).toBeGreaterThanOrEqual(440)
  })

  it('authenticated connections: a bearer token; without one, exit 2 saying so; a fresh token after a 401', async () => {
    aep.inletAuth = true
    await expect(streamRun(outDir(), opts({ orgId: ORG_ID }))).rejects.toMatchObject({ code: 'AEP_UNAUTHORIZED', exitCode: 2, message: expect.stringMatching(/--authenticated/) })
    const credentials = await loadCredentials({ env: standinEnv(aep.url) })
    aep.inletReceived.length = 0
    let expired = false
    aep.onRequest = (r) => { if (!expired && r.path.startsWith('/collection/') && aep.inletReceived.length >= 10) { expired = true; aep.expireTokens() } }
    const r = await streamRun(outDir(), opts({ authenticated: true, credentials, batchSize: 10, concurrency: 1 }))
    expect(r).toMatchObject({ accepted: 40 })
    expect(expired).toBe(true)
    expect(aep.requests.filter((q) => q.path.startsWith('/collection/')).at(-1)!.headers.authorization).toMatch(/^Bearer standin-token-/)
  })

  it('parses a collection URL or an id', () => {
    expect(parseConnection('https://dcs.adobedc.net/collection/abc123')).toEqual({ base: 'https://dcs.adobedc.net', id: 'abc123' })
    expect(parseConnection('abc123', 'http://127.0.0.1:9/')).toEqual({ base: 'http://127.0.0.1:9', id: 'abc123' })
    expect(() => parseConnection('https://dcs.adobedc.net/other/abc')).toThrow(/collection URL/)
  })
})

describe('stream: a CSV, mapped and validated on the way', () => {
  it('runs into a temporary directory, streams its records, keeps the directory when rows were rejected', async () => {
    const d = join(base, 'csv-src')
    await makeRunOutput(d, { rows: 12, bad: 2, maxErrors: '50%' })
    const r = await stream(`${d}.csv`, { ...opts(), run: { schema: PROFILE, mapping: join(ROOT, 'mappings', 'profile.mapping.json'), maxErrors: '50%', threads: 0 } })
    expect(r.run!.counts).toMatchObject({ read: 14, written: 12, rejected: 2 })
    expect(r).toMatchObject({ records: 12, accepted: 12, kept: true, exitCode: 1 })
    expect(existsSync(join(r.dir, 'rejects.csv'))).toBe(true)
    const clean = join(base, 'csv-clean')
    await makeRunOutput(clean, { rows: 5 })
    const r2 = await stream(`${clean}.csv`, { ...opts(), run: { schema: PROFILE, mapping: join(ROOT, 'mappings', 'profile.mapping.json'), threads: 0 } })
    expect(r2).toMatchObject({ records: 5, accepted: 5, kept: false, exitCode: 0 })
    expect(existsSync(r2.dir)).toBe(false)
  })
})

describe('xdmap stream (CLI)', () => {
  const ENTRY = join(ROOT, 'dist', 'cli.js')
  const xdmap = (args: string[], env: Record<string, string> = {}) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [ENTRY, 'stream', ...args], { env: { ...process.env, ...standinEnv(aep.url), AEP_INLET_URL: aep.url, ...env } }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }))
  })

  it('exit 0 with the counts; exit 1 when the inlet refuses records; exit 2 without a connection', async () => {
    const ok = await xdmap([outDir(), '--connection', 'conn-9', '--dataset', 'ds-profile', '--batch-size', '16'])
    expect(ok.stdout).toBe(`stream to ${aep.url}/collection/batch/conn-9: 40 records, sent 40 in 3 requests, accepted 40, rejected 0\n`)
    expect(ok.code).toBe(0)
    // the stand-in refuses messages whose dataset does not take the schema: ds-other
    const d = outDir()
    const bad = await xdmap([d, '-c', `${aep.url}/collection/conn-9`, '-d', 'ds-other', '--authenticated', '--json'], { NODE_DEBUG: 'fetch' })
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout)).toMatchObject({ records: 40, accepted: 0, rejected: 40 })
    expect(rejectLines(join(d, 'stream-rejects.json'))[0]!.answer).toMatchObject({ statusCode: 400, message: expect.stringMatching(/does not take schema/) })
    expect(bad.stdout + bad.stderr).not.toMatch(new RegExp(`${CLIENT_SECRET}|standin-token-`))
    const none = await xdmap([outDir(), '--dataset', 'ds-profile'])
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/USAGE: No streaming connection given/) })
  })
})
