import { createHash } from 'node:crypto'
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadCredentials } from '../src/aep/credentials.js'
import { XdmapError } from '../src/util/errors.js'
import { upload, type UploadOptions } from '../src/aep/upload.js'
import type { UploadJournal } from '../src/aep/journal.js'
import type { Manifest } from '../src/output/manifest.js'
import { SCHEMA_ID, standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'
import { makeRunOutput } from './helpers/run-output.js'
import { tmpDir } from './helpers/tmp.js'

let aep: Standin
const base = tmpDir('xdmap-upload-')
let template: string
let n = 0
const sleeps: number[] = []

beforeAll(async () => {
  aep = await startStandin()
  template = join(base, 'template')
  await makeRunOutput(template, { rows: 45, maxRows: 15 })
})
afterAll(async () => { await aep.close() })
beforeEach(() => {
  aep.faults.length = 0
  aep.outcome = { status: 'success' }
  aep.processingPolls = 1
  sleeps.length = 0
})

/** A fresh copy of the run output (each test gets its own journal). */
function outDir(): string {
  const d = join(base, `run-${++n}`)
  cpSync(template, d, { recursive: true })
  return d
}
const manifestOf = (d: string): Manifest => JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as Manifest
const journalOf = (d: string): UploadJournal => JSON.parse(readFileSync(join(d, 'upload.json'), 'utf8')) as UploadJournal

async function options(extra: Partial<UploadOptions> = {}): Promise<UploadOptions> {
  return {
    datasetId: 'ds-profile',
    credentials: await loadCredentials({ env: standinEnv(aep.url) }),
    retry: { attempts: 4, timeoutMs: 400, baseDelayMs: 5, random: () => 0.5, sleep: async (ms) => { sleeps.push(ms) } },
    pollMs: 1,
    ...extra,
  }
}

/** The server side: the batch holds each manifest file once, with the manifest's bytes and sha256, and was completed once. */
function assertDelivered(d: string, batchId: string): void {
  const b = aep.batches.get(batchId)!
  const m = manifestOf(d)
  expect([...b.files.keys()].sort()).toEqual(m.files.map((f) => f.name).sort())
  for (const f of m.files) expect(b.files.get(f.name)).toMatchObject({ bytes: f.bytes, sha256: f.sha256 })
  expect(b.completions).toBe(1)
  const j = journalOf(d)
  expect(j.batch).toMatchObject({ id: batchId, state: 'confirmed' })
  expect(j.files.map((f) => f.state)).toEqual(m.files.map(() => 'confirmed'))
  expect(j.complete.state).toBe('confirmed')
}
const putsOf = (batchId: string, name: string) => aep.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(`/batches/${batchId}/datasets/ds-profile/files/${name}`))

describe('upload: the documented flow', () => {
  it('checks the dataset, creates a batch, PUTs each part file, completes, and waits for success', async () => {
    const d = outDir()
    const before = aep.requests.length
    const r = await upload(d, await options({ wait: true }))
    expect(r).toMatchObject({ datasetId: 'ds-profile', files: 3, completed: true, exitCode: 0, resumed: false })
    expect(r.sent).toEqual(['part-00001.json', 'part-00002.json', 'part-00003.json'])
    assertDelivered(d, r.batchId)
    const calls = aep.requests.slice(before).filter((q) => q.path !== '/ims/token/v3').map((q) => `${q.method} ${q.path.replace(r.batchId, 'B')}${q.query ? `?${q.query}` : ''}`)
    expect(calls).toEqual([
      'GET /data/foundation/catalog/dataSets/ds-profile',
      'POST /data/foundation/import/batches',
      'PUT /data/foundation/import/batches/B/datasets/ds-profile/files/part-00001.json',
      'PUT /data/foundation/import/batches/B/datasets/ds-profile/files/part-00002.json',
      'PUT /data/foundation/import/batches/B/datasets/ds-profile/files/part-00003.json',
      'POST /data/foundation/import/batches/B?action=COMPLETE',
      'GET /data/foundation/catalog/batches/B',
      'GET /data/foundation/catalog/batches/B',
    ])
    expect(aep.batches.get(r.batchId)!.create).toEqual({ datasetId: 'ds-profile', inputFormat: { format: 'json', isMultiLineJson: false }, enableErrorDiagnostics: true, partialIngestionPercent: 5 })
    const put = aep.requests.find((q) => q.method === 'PUT')!
    expect(put.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'x-api-key': 'standin-client-id', 'x-gw-ims-org-id': 'STANDIN@AdobeOrg', 'x-sandbox-name': 'standin-sandbox' })
    expect(r.status).toMatchObject({ status: 'success', metrics: { inputRecordCount: 45, outputRecordCount: 45, failedRecordCount: 0 } })
    expect(existsSync(join(d, 'aep-errors'))).toBe(false)
  })

  it('takes partialIngestionPercent from --partial-ingestion over the run, and none for a count --max-errors', async () => {
    const d = outDir()
    const r = await upload(d, await options({ partialIngestion: 12.5 }))
    expect(aep.batches.get(r.batchId)!.create.partialIngestionPercent).toBe(12.5)
    const d2 = join(base, 'count-errors')
    await makeRunOutput(d2, { rows: 4, maxErrors: '3' })
    const r2 = await upload(d2, await options())
    expect(aep.batches.get(r2.batchId)!.create).not.toHaveProperty('partialIngestionPercent')
  })

  it('a failed batch: exit 1, the batch errors listed, the failed-row files saved into aep-errors/', async () => {
    const d = outDir()
    const rowErrors = { 'conversion_errors_0.json': '{"_corrupt_record":"{}","_errors":[{"code":"1401","message":"Row is corrupted"}],"_filename":"part-00001.json"}\n' }
    aep.outcome = { status: 'failed', failedRecordCount: 2, errors: [{ code: 'INGEST-1401-400', description: 'The row has corrupted data', recordCount: 2 }], rowErrors }
    aep.processingPolls = 3
    const r = await upload(d, await options({ wait: true }))
    expect(r.exitCode).toBe(1)
    expect(r.status).toMatchObject({ status: 'failed', metrics: { failedRecordCount: 2 }, errors: [{ code: 'INGEST-1401-400', recordCount: 2 }] })
    expect(aep.requests.filter((q) => q.path.endsWith(`/catalog/batches/${r.batchId}`))).toHaveLength(4)
    expect(r.errorFiles).toEqual([join(d, 'aep-errors', 'conversion_errors_0.json')])
    expect(readFileSync(r.errorFiles![0]!, 'utf8')).toBe(rowErrors['conversion_errors_0.json'])
  })

  it('--wait gives up after the timeout with exit 3, the upload itself complete', async () => {
    const d = outDir()
    aep.processingPolls = 1e9
    const e = await upload(d, await options({ wait: true, pollMs: 20, waitTimeoutMs: 100 })).then(() => undefined as unknown as XdmapError, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'UPLOAD_WAIT_TIMEOUT', exitCode: 3 })
    expect(journalOf(d).complete.state).toBe('confirmed')
  })
})

describe('upload: refusals before anything is sent', () => {
  const sentNothing = (before: number): void => {
    expect(aep.requests.slice(before).filter((q) => q.path.startsWith('/data/foundation/import'))).toEqual([])
  }
  it('a missing manifest, a failed run (unless --force), an incomplete manifest', async () => {
    const before = aep.requests.length
    await expect(upload(join(base, 'nowhere'), await options())).rejects.toMatchObject({ code: 'UPLOAD_NO_MANIFEST', exitCode: 2 })
    const d = outDir()
    const m = manifestOf(d)
    writeFileSync(join(d, 'manifest.json'), JSON.stringify({ ...m, status: 'failed' }))
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'UPLOAD_RUN_FAILED', message: expect.stringMatching(/--force/) })
    const { finishedAt: _f, ...partial } = m
    writeFileSync(join(d, 'manifest.json'), JSON.stringify(partial))
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'UPLOAD_MANIFEST_INCOMPLETE' })
    sentNothing(before)
    writeFileSync(join(d, 'manifest.json'), JSON.stringify({ ...m, status: 'failed' }))
    const r = await upload(d, await options({ force: true }))
    assertDelivered(d, r.batchId)
  })

  it('a part file changed after the run (size or content): exit 2, nothing sent', async () => {
    const before = aep.requests.length
    const d = outDir()
    appendFileSync(join(d, 'part-00003.json'), '{}\n')
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'UPLOAD_FILE_CHANGED', exitCode: 2, message: expect.stringMatching(/part-00003\.json has \d+ bytes, the manifest says/) })
    const d2 = outDir()
    const p = join(d2, 'part-00002.json')
    const text = readFileSync(p, 'utf8')
    writeFileSync(p, text.replace('C-1', 'X-1'))
    await expect(upload(d2, await options())).rejects.toMatchObject({ code: 'UPLOAD_FILE_CHANGED', message: expect.stringMatching(/part-00002\.json has sha256/) })
    expect(aep.requests.length).toBe(before)
  })

  it('a dataset of another schema: exit 2 naming both ids; an unknown dataset: exit 2', async () => {
    const before = aep.requests.length
    const e = await upload(outDir(), await options({ datasetId: 'ds-other' })).then(() => undefined as unknown as XdmapError, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'UPLOAD_SCHEMA_MISMATCH', exitCode: 2 })
    expect(e.message).toContain('https://ns.adobe.com/acme/schemas/other')
    expect(e.message).toContain(SCHEMA_ID)
    await expect(upload(outDir(), await options({ datasetId: 'ds-nope' }))).rejects.toMatchObject({ code: 'AEP_DATASET_NOT_FOUND', exitCode: 2 })
    sentNothing(before)
  })

  it('another 4xx is a clear error naming the call', async () => {
    const d = outDir()
    aep.batches.clear()
    aep.datasets.set('ds-gone', SCHEMA_ID)
    // the dataset exists for the check, then the batch create refuses it
    aep.onRequest = (r) => { if (r.method === 'POST' && r.path === '/data/foundation/import/batches') aep.datasets.delete('ds-gone') }
    const e = await upload(d, await options({ datasetId: 'ds-gone' })).then(() => undefined as unknown as XdmapError, (x: unknown) => x as XdmapError)
    aep.onRequest = undefined
    expect(e).toMatchObject({ code: 'AEP_HTTP_ERROR', exitCode: 2 })
    expect(e.message).toMatch(/step "create the batch".*POST http:\/\/127\.0\.0\.1:\d+\/data\/foundation\/import\/batches → HTTP 400 \(Bad Request: dataset ds-gone not found\)/)
  })
})

describe('upload: faults', () => {
  it('429 with Retry-After, 500, 503, a reset mid-PUT, an answer past the timeout, a 401 between files: every file once, COMPLETE once', async () => {
    const d = outDir()
    const put = (name: string) => new RegExp(`/files/${name.replace('.', '\\.')}$`)
    aep.faults.push(
      { method: 'GET', path: /\/catalog\/dataSets\//, kind: 'slow', delayMs: 900 },
      { method: 'POST', path: /\/import\/batches$/, kind: '503', retryAfter: '3' },
      { method: 'PUT', path: put('part-00001.json'), kind: '429', retryAfter: '2' },
      { method: 'PUT', path: put('part-00001.json'), kind: 'reset', afterBytes: 1000 },
      { method: 'PUT', path: put('part-00002.json'), kind: '401' },
      { method: 'PUT', path: put('part-00002.json'), kind: '500' },
      { method: 'PUT', path: put('part-00003.json'), kind: 'slow', delayMs: 900 },
      { method: 'POST', path: /action=COMPLETE/, kind: '500' },
    )
    const tokens = aep.tokensIssued
    const r = await upload(d, await options())
    expect(aep.faults).toEqual([])
    assertDelivered(d, r.batchId)
    for (const f of manifestOf(d).files) expect(aep.batches.get(r.batchId)!.files.get(f.name)!.stores).toBe(1)
    expect(aep.batches.size).toBeGreaterThan(0)
    expect([...aep.batches.values()].filter((b) => b.files.size && b.id !== r.batchId)).toEqual([])
    expect(sleeps).toContain(3000)
    expect(sleeps).toContain(2000)
    // one token for this upload, one fresh one after the 401
    expect(aep.tokensIssued).toBe(tokens + 2)
    expect(putsOf(r.batchId, 'part-00001.json').map((q) => q.fault ?? 'ok')).toEqual(['429', 'reset', 'ok'])
    expect(putsOf(r.batchId, 'part-00002.json').map((q) => q.fault ?? 'ok')).toEqual(['401', '500', 'ok'])
    expect(putsOf(r.batchId, 'part-00003.json').map((q) => q.fault ?? 'ok')).toEqual(['slow', 'ok'])
    expect(aep.requests.filter((q) => q.query === 'action=COMPLETE' && q.path.endsWith(r.batchId)).map((q) => q.fault ?? 'ok')).toEqual(['500', 'ok'])
  })

  it('gives up with exit 3 naming the step; the journal marks the file unknown; a re-run re-sends it and completes once', async () => {
    const d = outDir()
    aep.faults.push({ method: 'PUT', path: /part-00002\.json$/, kind: 'reset', times: 4 })
    const e = await upload(d, await options()).then(() => undefined as unknown as XdmapError, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'AEP_UNAVAILABLE', exitCode: 3 })
    expect(e.message).toMatch(/step "upload part-00002\.json"/)
    const j = journalOf(d)
    expect(j.files.map((f) => f.state)).toEqual(['confirmed', 'sent', 'pending'])
    const r = await upload(d, await options())
    expect(r).toMatchObject({ batchId: j.batch.id, resumed: true, sent: ['part-00002.json', 'part-00003.json'], alreadyConfirmed: ['part-00001.json'] })
    assertDelivered(d, r.batchId)
    expect(putsOf(r.batchId, 'part-00001.json')).toHaveLength(1)
    expect(journalOf(d).files.map((f) => f.sends)).toEqual([1, 2, 1])
  })

  it('a 401 that persists after a fresh token is an authorization error (exit 2), not a retry loop', async () => {
    const d = outDir()
    aep.faults.push({ method: 'PUT', path: /part-00001\.json$/, kind: '401', times: 2 })
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'AEP_UNAUTHORIZED', exitCode: 2 })
  })
})

describe('upload: interruption, resume, abort', () => {
  it('stops after the current request when the signal fires; the re-run resumes the same batch', async () => {
    const d = outDir()
    const controller = new AbortController()
    const e = await upload(d, await options({ signal: controller.signal, onEvent: (ev) => { if (ev.type === 'file' && ev.state === 'confirmed') controller.abort() } })).then(() => undefined as unknown as XdmapError, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'UPLOAD_INTERRUPTED', exitCode: 130 })
    expect(journalOf(d).files.map((f) => f.state)).toEqual(['confirmed', 'pending', 'pending'])
    const r = await upload(d, await options({ datasetId: undefined }))
    expect(r).toMatchObject({ resumed: true, alreadyConfirmed: ['part-00001.json'] })
    assertDelivered(d, r.batchId)
    expect(putsOf(r.batchId, 'part-00001.json')).toHaveLength(1)
    // done: running it again sends nothing
    const again = await upload(d, await options())
    expect(again).toMatchObject({ batchId: r.batchId, sent: [] })
    expect(aep.batches.get(r.batchId)!.completions).toBe(1)
  })

  it('--abort sends ABORT for the journal batch; an aborted upload is not resumed', async () => {
    const d = outDir()
    const controller = new AbortController()
    await upload(d, await options({ signal: controller.signal, onEvent: (ev) => { if (ev.type === 'batch') controller.abort() } })).catch(() => undefined)
    const id = journalOf(d).batch.id!
    const r = await upload(d, await options({ abort: true }))
    expect(r).toMatchObject({ batchId: id, aborted: true })
    expect(aep.batches.get(id)).toMatchObject({ status: 'aborted', abortCalls: 1 })
    expect(journalOf(d).abort).toMatchObject({ state: 'confirmed' })
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'UPLOAD_ABORTED' })
    await expect(upload(outDir(), await options({ abort: true }))).rejects.toMatchObject({ code: 'UPLOAD_NOTHING_TO_ABORT' })
  })

  it('refuses a journal of another dataset, and one left by an earlier, different run that never completed', async () => {
    const d = outDir()
    const controller = new AbortController()
    await upload(d, await options({ signal: controller.signal, onEvent: (ev) => { if (ev.type === 'batch') controller.abort() } })).catch(() => undefined)
    await expect(upload(d, await options({ datasetId: 'ds-other' }))).rejects.toMatchObject({ code: 'UPLOAD_JOURNAL_MISMATCH' })
    const m = manifestOf(d)
    writeFileSync(join(d, 'manifest.json'), JSON.stringify({ ...m, finishedAt: new Date(0).toISOString() }, null, 2) + '\n')
    await expect(upload(d, await options())).rejects.toMatchObject({ code: 'UPLOAD_JOURNAL_MISMATCH', message: expect.stringMatching(/--abort/) })
  })
})

describe('upload: large files', () => {
  it('above the threshold: INITIALIZE, PATCH chunks whose Content-Range covers the file exactly, COMPLETE; a failed chunk is re-sent with the same range', async () => {
    const d = outDir()
    const m = manifestOf(d)
    aep.faults.push({ method: 'PATCH', path: /part-00002\.json$/, kind: '503' }, { method: 'PATCH', path: /part-00002\.json$/, kind: 'reset', afterBytes: 100 })
    const r = await upload(d, await options({ largeFileBytes: 1000, chunkBytes: 1024 }))
    assertDelivered(d, r.batchId)
    for (const f of m.files) {
      const reqs = aep.requests.filter((q) => q.path.endsWith(`/${r.batchId}/datasets/ds-profile/files/${f.name}`))
      expect(reqs[0]).toMatchObject({ method: 'POST', query: 'action=INITIALIZE' })
      expect(reqs.at(-1)).toMatchObject({ method: 'POST', query: 'action=COMPLETE' })
      const ranges = reqs.filter((q) => q.method === 'PATCH' && !q.fault).map((q) => /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(q.headers['content-range']))!.slice(1).map(Number))
      let at = 0
      for (const [s, e, total] of ranges) { expect(s).toBe(at); expect(total).toBe(f.bytes); at = e! + 1 }
      expect(at).toBe(f.bytes)
      expect(ranges.length).toBe(Math.ceil(f.bytes / 1024))
      expect(ranges.length).toBeGreaterThan(1)
    }
    expect(journalOf(d).files.every((f) => f.method === 'large' && f.chunkBytes === 1024)).toBe(true)
  })

  it('the stand-in fails COMPLETE on a gap or an overlap, as AEP does', async () => {
    const creds = await loadCredentials({ env: standinEnv(aep.url) })
    const { PlatformClient } = await import('../src/aep/platform.js')
    const { createBatch, initializeLargeFile, completeLargeFile } = await import('../src/aep/ingest.js')
    const c = new PlatformClient({ credentials: creds, retry: { attempts: 1 } })
    const id = await createBatch(c, { datasetId: 'ds-profile', format: 'json' })
    const path = `/data/foundation/import/batches/${id}/datasets/ds-profile/files/x.json`
    const send = async (range: string, body: string) => {
      const h = { authorization: `Bearer ${await c.tokens.get()}`, 'x-api-key': creds.clientId, 'x-gw-ims-org-id': creds.orgId, 'x-sandbox-name': creds.sandbox, 'content-range': range, 'content-type': 'application/octet-stream' }
      return (await fetch(`${aep.url}${path}`, { method: 'PATCH', headers: h, body })).status
    }
    await initializeLargeFile(c, id, 'ds-profile', 'x.json')
    expect(await send('bytes 0-3/10', 'abcd')).toBe(200)
    expect(await send('bytes 6-9/10', 'ghij')).toBe(200)
    await expect(completeLargeFile(c, id, 'ds-profile', 'x.json')).rejects.toMatchObject({ message: expect.stringMatching(/HTTP 400 \(Bad Request: chunks leave a gap at byte 4\)/) })
    await initializeLargeFile(c, id, 'ds-profile', 'x.json')
    expect(await send('bytes 0-5/10', 'abcdef')).toBe(200)
    expect(await send('bytes 4-9/10', 'efghij')).toBe(200)
    await expect(completeLargeFile(c, id, 'ds-profile', 'x.json')).rejects.toMatchObject({ message: expect.stringMatching(/chunks overlap/) })
    await initializeLargeFile(c, id, 'ds-profile', 'x.json')
    expect(await send('bytes 0-5/10', 'abcdef')).toBe(200)
    expect(await send('bytes 6-9/10', 'ghij')).toBe(200)
    await completeLargeFile(c, id, 'ds-profile', 'x.json')
    expect(aep.batches.get(id)!.files.get('x.json')).toMatchObject({ bytes: 10, sha256: createHash('sha256').update('abcdefghij').digest('hex') })
  })
})
