import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { XdmapError } from '../util/errors.js'
import type { Manifest } from '../output/manifest.js'
import { recoverOutDir } from '../output/outdir.js'
import { FINAL_FAILED, FINAL_OK, downloadRowErrors, getBatch, getDataset, type BatchStatus } from './catalog.js'
import { loadCredentials, type Credentials } from './credentials.js'
import type { RetryOptions } from './http.js'
import { batchAction, completeLargeFile, createBatch, initializeLargeFile, patchChunk, putFile } from './ingest.js'
import { readJournal, writeJournal, JOURNAL_NAME, type JournalFile, type UploadJournal } from './journal.js'
import { PlatformClient } from './platform.js'

/**
 * `upload(dir, options)`: sends a finished run's part files to AEP as one batch, exactly once across crashes and
 * re-runs (see journal.ts), then optionally waits for the batch to be processed.
 */
export const DEFAULT_LARGE_FILE_BYTES = 256 * 1024 * 1024
export const DEFAULT_CHUNK_BYTES = 64 * 1024 * 1024

export interface UploadOptions {
  /** Target dataset. Required for a new upload; a resumed one takes it from the journal (a different one is refused). */
  datasetId?: string
  /** Credentials; else read from `credentialsFile` over `env` (see credentials.ts). */
  credentials?: Credentials
  credentialsFile?: string
  env?: Record<string, string | undefined>
  /** Upload even when the manifest says the run failed its threshold, or is incomplete. */
  force?: boolean
  /** partialIngestionPercent (0-100); default: the run's --max-errors when it was a percentage. */
  partialIngestion?: number
  /** Files above this many bytes use the large-file protocol. Default 256 MB. */
  largeFileBytes?: number
  /** Chunk size of the large-file protocol. Default 64 MiB. */
  chunkBytes?: number
  /** Send `?action=ABORT` for the journal's batch instead of uploading. */
  abort?: boolean
  /** Poll the batch status until it is final. */
  wait?: boolean
  /** Longest wait for a final status. Default 1 hour. */
  waitTimeoutMs?: number
  /** First interval between status polls (grows ×1.5 up to 30 s). Default 2 s. */
  pollMs?: number
  retry?: RetryOptions
  /** Stops after the current request (Ctrl-C): the journal resumes. */
  signal?: AbortSignal
  onEvent?: (e: UploadEvent) => void
}

export type UploadEvent =
  | { type: 'batch'; id: string; resumed: boolean }
  | { type: 'file'; name: string; state: 'sending' | 'confirmed' | 'skipped'; bytes: number; index: number; count: number }
  | { type: 'bytes'; name: string; sent: number; total: number }
  | { type: 'complete'; id: string }
  | { type: 'status'; status: string; elapsedMs: number }
  | { type: 'warning'; message: string }

export interface UploadReport {
  dir: string
  batchId: string
  datasetId: string
  /** The journal already held this batch. */
  resumed: boolean
  /** Every part file of the run, and their bytes. */
  files: number
  bytes: number
  /** Files sent by this call (re-sends of unknown outcomes included), and those already confirmed before it. */
  sent: string[]
  alreadyConfirmed: string[]
  completed: boolean
  aborted: boolean
  /** With `wait`: the final batch status, and row-error files written into `<dir>/aep-errors/`. */
  status?: BatchStatus
  errorFiles?: string[]
  /** 0 ok, 1 the batch failed (or was aborted). */
  exitCode: number
  elapsedMs: number
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Reads and checks the manifest of a finished run. */
export async function readRunManifest(dir: string, force = false): Promise<{ manifest: Manifest; sha256: string }> {
  const path = join(dir, 'manifest.json')
  // a run interrupted while it committed its output is finished first (or a dead run's staging removed)
  await recoverOutDir(dir)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new XdmapError('UPLOAD_NO_MANIFEST', `${dir} holds no manifest.json (${(e as NodeJS.ErrnoException).code ?? 'unreadable'}): upload takes the output directory of a finished \`xdmap run\``, { file: path })
  }
  let m: Manifest
  try {
    m = JSON.parse(text) as Manifest
  } catch {
    throw new XdmapError('UPLOAD_MANIFEST_INVALID', `${path} is not valid JSON: re-run \`xdmap run\``, { file: path })
  }
  const complete = m && m.tool === 'xdmap' && Array.isArray(m.files) && m.files.every((f) => f && typeof f.name === 'string' && /^[^/\\]+$/.test(f.name) && Number.isInteger(f.bytes) && /^[0-9a-f]{64}$/.test(String(f.sha256)))
    && (m.format === 'json' || m.format === 'parquet') && typeof m.schema?.id === 'string' && typeof m.finishedAt === 'string'
  if (!complete) {
    if (!force || !Array.isArray(m?.files)) throw new XdmapError('UPLOAD_MANIFEST_INCOMPLETE', `${path} is incomplete (files, format, schema.id or finishedAt missing or malformed): re-run \`xdmap run\`${Array.isArray(m?.files) ? ', or pass --force' : ''}`, { file: path })
  }
  if (m.status !== 'ok' && !force) {
    throw new XdmapError('UPLOAD_RUN_FAILED', `The run in ${dir} has status "${String(m.status)}"${m.status === 'failed' ? ' (more rows were rejected than --max-errors allows)' : ''}: fix the input and re-run, or pass --force to upload what it wrote`, { file: path })
  }
  if (m.files.some((f) => f.name === '-')) throw new XdmapError('UPLOAD_NOTHING', `The run in ${dir} wrote its records to stdout (--out -): there are no batch files to upload`, { file: path })
  if (m.limited && !force) throw new XdmapError('UPLOAD_RUN_LIMITED', `The run in ${dir} stopped at --limit ${String(m.options?.limit ?? '')} rows: it holds only the start of the input; re-run without --limit, or pass --force`, { file: path })
  if (!m.files.length) throw new XdmapError('UPLOAD_NOTHING', `The run in ${dir} wrote no records: nothing to upload`, { file: path })
  return { manifest: m, sha256: createHash('sha256').update(text).digest('hex') }
}

/** Checks every part file's size and sha256 against the manifest (before anything is sent). */
export async function verifyParts(dir: string, manifest: Manifest): Promise<void> {
  for (const f of manifest.files) {
    const path = join(dir, f.name)
    let size: number
    try {
      size = (await stat(path)).size
    } catch (e) {
      throw new XdmapError('UPLOAD_FILE_MISSING', `${f.name} is listed in the manifest but cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was sent`, { file: path })
    }
    if (size !== f.bytes) throw new XdmapError('UPLOAD_FILE_CHANGED', `${f.name} has ${size} bytes, the manifest says ${f.bytes}: the file changed after the run; nothing was sent (re-run \`xdmap run\`)`, { file: path })
    const hash = createHash('sha256')
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(c as Buffer)
    const got = hash.digest('hex')
    if (got !== f.sha256) throw new XdmapError('UPLOAD_FILE_CHANGED', `${f.name} has sha256 ${got}, the manifest says ${f.sha256}: the file changed after the run; nothing was sent (re-run \`xdmap run\`)`, { file: path })
  }
}

/**
 * partialIngestionPercent: the option, else the run's --max-errors when it was a percentage, else none (a count has no
 * percentage equivalent AEP takes). 0 is sent as none: AEP's default, which fails the batch on any bad row (the Flow
 * Service spec gives the field `exclusiveMinimum: 0`).
 */
export function partialPercent(manifest: Manifest, option?: number): number | null {
  if (option !== undefined) {
    if (!(Number.isFinite(option) && option >= 0 && option <= 100)) throw new XdmapError('OPTION_PARTIAL_INGESTION', `--partial-ingestion must be a percentage from 0 to 100, not ${option}`)
    return option > 0 ? option : null
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(String(manifest.options?.maxErrors ?? ''))
  return m && Number(m[1]) > 0 ? Math.min(100, Number(m[1])) : null
}

function newJournal(datasetId: string, manifest: Manifest, sha256: string, percent: number | null, largeFileBytes: number): UploadJournal {
  return {
    journalVersion: 1, tool: 'xdmap', datasetId, manifestSha256: sha256, format: manifest.format, isMultiLineJson: !!manifest.isMultiLineJson,
    partialIngestionPercent: percent,
    batch: { state: 'pending', id: null, createdAt: null },
    files: manifest.files.map((f): JournalFile => ({ name: f.name, bytes: f.bytes, sha256: f.sha256, state: 'pending', method: f.bytes > largeFileBytes ? 'large' : 'put', sends: 0 })),
    complete: { state: 'pending', at: null, sends: 0 },
    abort: null,
    updatedAt: new Date().toISOString(),
  }
}

function interrupted(batchId: string | null): XdmapError {
  return new XdmapError('UPLOAD_INTERRUPTED', `Stopped after the current request${batchId ? ` (batch ${batchId})` : ''}; the journal ${JOURNAL_NAME} is up to date: run the same command again to resume`, {}, 130)
}

export async function upload(dir: string, options: UploadOptions = {}): Promise<UploadReport> {
  const t0 = performance.now()
  dir = resolve(dir)
  const { force = false, largeFileBytes = DEFAULT_LARGE_FILE_BYTES, chunkBytes = DEFAULT_CHUNK_BYTES, signal, onEvent } = options
  if (!(Number.isInteger(largeFileBytes) && largeFileBytes >= 1)) throw new XdmapError('OPTION_LARGE_FILE', `--large-file must be a positive number of bytes, not ${largeFileBytes}`)
  if (!(Number.isInteger(chunkBytes) && chunkBytes >= 1)) throw new XdmapError('OPTION_CHUNK_SIZE', `--chunk-size must be a positive number of bytes, not ${chunkBytes}`)
  const credentials = options.credentials ?? await loadCredentials({ ...(options.credentialsFile ? { file: options.credentialsFile } : {}), ...(options.env ? { env: options.env } : {}) })
  const client = new PlatformClient({ credentials, ...(options.retry ? { retry: options.retry } : {}) })
  let journal = await readJournal(dir)

  if (options.abort) {
    if (!journal?.batch.id) throw new XdmapError('UPLOAD_NOTHING_TO_ABORT', `${join(dir, JOURNAL_NAME)} names no batch: there is nothing to abort`)
    if (journal.complete.state === 'confirmed') onEvent?.({ type: 'warning', message: `batch ${journal.batch.id} was already completed; AEP only aborts a batch that is still processing` })
    journal.abort = { state: 'sent', at: null }
    await writeJournal(dir, journal)
    await batchAction(client, journal.batch.id, 'ABORT')
    journal.abort = { state: 'confirmed', at: new Date().toISOString() }
    await writeJournal(dir, journal)
    return { dir, batchId: journal.batch.id, datasetId: journal.datasetId, resumed: true, files: journal.files.length, bytes: journal.files.reduce((a, f) => a + f.bytes, 0), sent: [], alreadyConfirmed: [], completed: journal.complete.state === 'confirmed', aborted: true, exitCode: 0, elapsedMs: performance.now() - t0 }
  }

  const { manifest, sha256 } = await readRunManifest(dir, force)
  if (journal && journal.manifestSha256 !== sha256) {
    if (journal.complete.state === 'confirmed' || journal.abort?.state === 'confirmed') journal = undefined // an earlier run's finished upload: this run is a new one
    else throw new XdmapError('UPLOAD_JOURNAL_MISMATCH', `${join(dir, JOURNAL_NAME)} belongs to an earlier run of this directory whose batch ${journal.batch.id ?? '(not created)'} was never completed: abort it with --abort (then upload again), or remove ${JOURNAL_NAME} to leave it open`)
  }
  if (journal && options.datasetId && options.datasetId !== journal.datasetId) {
    throw new XdmapError('UPLOAD_JOURNAL_MISMATCH', `${join(dir, JOURNAL_NAME)} is uploading to dataset ${journal.datasetId}, not ${options.datasetId}: finish or --abort that upload first`)
  }
  const datasetId = journal?.datasetId ?? options.datasetId
  if (!datasetId) throw new XdmapError('USAGE', 'No dataset given (--dataset ID)')
  if (journal?.abort?.state === 'confirmed' || journal?.abort?.state === 'sent') throw new XdmapError('UPLOAD_ABORTED', `Batch ${journal.batch.id} of this directory was aborted; remove ${JOURNAL_NAME} to upload again as a new batch`)
  const percent = journal ? journal.partialIngestionPercent : partialPercent(manifest, options.partialIngestion)

  // nothing is sent before every part file matches the manifest
  await verifyParts(dir, manifest)
  const dataset = await getDataset(client, datasetId)
  if (typeof manifest.schema?.id !== 'string') onEvent?.({ type: 'warning', message: `the manifest names no schema (--force): the dataset's schema ${dataset.schemaId ?? '(none)'} is not checked` })
  else if (dataset.schemaId !== undefined && dataset.schemaId !== manifest.schema.id) {
    throw new XdmapError('UPLOAD_SCHEMA_MISMATCH', `Dataset ${datasetId} uses schema ${dataset.schemaId}, but the run was mapped to ${manifest.schema.id}: choose the dataset of that schema, or re-run with its schema`)
  }

  const resumed = !!journal?.batch.id
  journal ??= newJournal(datasetId, manifest, sha256, percent, largeFileBytes)
  const j = journal
  if (j.batch.state === 'sent' && !j.batch.id) onEvent?.({ type: 'warning', message: 'an earlier attempt to create the batch ended without an answer; if AEP created it, that empty batch stays open (it holds no files) and a new one is created now' })
  if (!j.batch.id) {
    if (signal?.aborted) throw interrupted(null)
    j.batch.state = 'sent'
    await writeJournal(dir, j)
    j.batch.id = await createBatch(client, { datasetId, format: j.format, isMultiLineJson: j.isMultiLineJson, ...(percent !== null ? { partialIngestionPercent: percent } : {}) })
    j.batch.state = 'confirmed'
    j.batch.createdAt = new Date().toISOString()
    await writeJournal(dir, j)
  }
  const batchId = j.batch.id
  onEvent?.({ type: 'batch', id: batchId, resumed })

  const sent: string[] = []
  const alreadyConfirmed: string[] = []
  for (const [i, f] of j.files.entries()) {
    if (f.state === 'confirmed') { alreadyConfirmed.push(f.name); onEvent?.({ type: 'file', name: f.name, state: 'skipped', bytes: f.bytes, index: i, count: j.files.length }); continue }
    if (j.complete.state !== 'pending') {
      // COMPLETE was sent while this file was not confirmed: cannot happen through this code; refuse rather than guess
      throw new XdmapError('UPLOAD_JOURNAL_INVALID', `${JOURNAL_NAME} says the batch was completed while ${f.name} is ${f.state}`)
    }
    if (signal?.aborted) throw interrupted(batchId)
    f.state = 'sent'
    f.sends++
    await writeJournal(dir, j)
    onEvent?.({ type: 'file', name: f.name, state: 'sending', bytes: f.bytes, index: i, count: j.files.length })
    const path = join(dir, f.name)
    if (f.method === 'put') {
      await putFile(client, batchId, datasetId, f.name, path, f.bytes)
    } else {
      // a resumed large file starts again from INITIALIZE with the same chunk boundaries (same ranges, same bytes)
      const chunk = f.chunkBytes ?? chunkBytes
      f.chunkBytes = chunk
      await writeJournal(dir, j)
      await initializeLargeFile(client, batchId, datasetId, f.name)
      for (let start = 0; start < f.bytes; start += chunk) {
        if (signal?.aborted) { await writeJournal(dir, j); throw interrupted(batchId) }
        const end = Math.min(f.bytes, start + chunk)
        await patchChunk(client, batchId, datasetId, f.name, path, start, end, f.bytes)
        onEvent?.({ type: 'bytes', name: f.name, sent: end, total: f.bytes })
      }
      await completeLargeFile(client, batchId, datasetId, f.name)
    }
    f.state = 'confirmed'
    await writeJournal(dir, j)
    sent.push(f.name)
    onEvent?.({ type: 'file', name: f.name, state: 'confirmed', bytes: f.bytes, index: i, count: j.files.length })
  }

  if (j.complete.state !== 'confirmed') {
    if (signal?.aborted) throw interrupted(batchId)
    j.complete.state = 'sent'
    j.complete.sends++
    await writeJournal(dir, j)
    await batchAction(client, batchId, 'COMPLETE')
    j.complete.state = 'confirmed'
    j.complete.at = new Date().toISOString()
    await writeJournal(dir, j)
    onEvent?.({ type: 'complete', id: batchId })
  }

  const report: UploadReport = {
    dir, batchId, datasetId, resumed, files: j.files.length, bytes: j.files.reduce((a, f) => a + f.bytes, 0), sent, alreadyConfirmed,
    completed: true, aborted: false, exitCode: 0, elapsedMs: 0,
  }
  if (options.wait) {
    const status = await waitForBatch(client, batchId, options)
    report.status = status
    if (FINAL_FAILED.has(status.status) || (status.metrics.failedRecordCount ?? 0) > 0) {
      report.errorFiles = await downloadRowErrors(client, batchId, join(dir, 'aep-errors'))
    }
    report.exitCode = FINAL_OK.has(status.status) ? 0 : 1
  }
  report.elapsedMs = performance.now() - t0
  return report
}

/** Polls Catalog with a growing interval until the batch is final, or the timeout (exit 3, the batch keeps going). */
export async function waitForBatch(client: PlatformClient, batchId: string, options: Pick<UploadOptions, 'waitTimeoutMs' | 'pollMs' | 'signal' | 'onEvent'> = {}): Promise<BatchStatus> {
  const { waitTimeoutMs = 3_600_000, pollMs = 2000, signal, onEvent } = options
  const t0 = performance.now()
  let interval = pollMs
  for (;;) {
    const status = await getBatch(client, batchId)
    const elapsedMs = performance.now() - t0
    onEvent?.({ type: 'status', status: status.status, elapsedMs })
    if (FINAL_OK.has(status.status) || FINAL_FAILED.has(status.status)) return status
    if (elapsedMs + interval > waitTimeoutMs) {
      throw new XdmapError('UPLOAD_WAIT_TIMEOUT', `Gave up waiting at step "wait for the batch": batch ${batchId} is still "${status.status}" after ${Math.round(elapsedMs / 1000)} s (the upload itself is complete; AEP keeps processing). Check again with \`xdmap upload ${'<out-dir>'} --wait\``, {}, 3)
    }
    if (signal?.aborted) throw new XdmapError('UPLOAD_INTERRUPTED', `Stopped waiting; batch ${batchId} is complete on our side and still "${status.status}" in AEP: run the same command with --wait to see its outcome`, {}, 130)
    await sleep(interval)
    interval = Math.min(30_000, Math.round(interval * 1.5))
  }
}
