import { XdmapError } from '../util/errors.js'
import { parseIssue } from '../csv/split.js'
import type { BatchResult, Processor } from './processor.js'
import type { WorkerPool } from './pool.js'
import type { WorkerBatch } from './worker.js'
import { isByteBatch, rawText, type ByteBatch, type CsvBatch, type CsvRow, type Reader } from './reader.js'
import type { PendingBatch, Router } from './route.js'

/**
 * Execute: batches from the reader go to the processor (in this thread, or to the worker pool, whose results come
 * back in input order) and on to the router. Stops early at `limit` rows or when `signal` aborts.
 */

export interface Progress {
  rows: number
  /** Bytes read from the source (compressed bytes for gzip input). */
  bytes: number
  totalBytes?: number
  elapsedMs: number
}

export interface ExecuteOptions {
  reader: Reader
  router: Router
  /** Worker threads, or undefined to process in this thread. */
  pool: WorkerPool | undefined
  local: Processor | undefined
  limit?: number | undefined
  signal?: AbortSignal | undefined
  onProgress?: ((p: Progress) => void) | undefined
  startedAt: number
}

function pendingOf(b: CsvBatch, rows: readonly CsvRow[]): PendingBatch {
  const p: PendingBatch = { lines: new Float64Array(rows.length), records: new Float64Array(rows.length), own: new Map() }
  rows.forEach((r, i) => {
    p.lines[i] = r.line
    p.records[i] = r.record
    if (r.error) p.own.set(i, { issue: parseIssue(r.error), raw: rawText(b, r) })
  })
  return p
}

/** What a worker gets of a batch: its text and each row's offsets (-1: a row the reader rejected). */
function workerBatch(b: CsvBatch, rows: readonly CsvRow[], checkEncoding: boolean): Omit<WorkerBatch, 'seq'> {
  const starts = new Int32Array(rows.length)
  const ends = new Int32Array(rows.length)
  for (let i = 0; i < rows.length; i++) { const r = rows[i]!; starts[i] = r.error ? -1 : r.start; ends[i] = r.end }
  return { text: b.text, starts, ends, size: b.text.length, checkEncoding }
}

/** A batch of byte ranges, its first `n` records: what the reader keeps, and what a worker gets (the bytes themselves). */
function byteBatch(b: ByteBatch, n: number, checkEncoding: boolean): { pending: PendingBatch; batch: Omit<WorkerBatch, 'seq'> } {
  const all = n === b.starts.length
  const starts = all ? b.starts : b.starts.slice(0, n)
  const ends = all ? b.ends : b.ends.slice(0, n)
  const pending: PendingBatch = { lines: all ? b.lines : b.lines.slice(0, n), records: all ? b.records : b.records.slice(0, n), own: new Map() }
  const size = n ? ends[n - 1]! - starts[0]! : 0
  return { pending, batch: { ...(b.bytes ? { bytes: b.bytes } : { text: b.text! }), starts, ends, size, checkEncoding } }
}

/** Settles a batch from a worker when its turn comes; the input bytes a worker gives back go to the reader again. */
function settleLater(router: Router, p: PendingBatch, reader: Reader): (r: BatchResult) => Promise<void> {
  return (result) => { if (result.input) reader.recycle(result.input); return router.settle(p, result) }
}

function rawOf(b: CsvBatch, rows: readonly CsvRow[]): (i: number) => string {
  return (i) => rawText(b, rows[i]!)
}

export function interrupted(signal: AbortSignal): XdmapError {
  const reason = signal.reason
  const name = typeof reason === 'string' ? reason : 'abort'
  return new XdmapError('INTERRUPTED', `Interrupted (${name}): nothing was written; the previous output is unchanged`, {}, name === 'SIGINT' ? 130 : name === 'SIGTERM' ? 143 : 2)
}

/** `work`, or the interruption as soon as `signal` aborts (a read from stdin may wait for ever). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(interrupted(signal))
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(interrupted(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    work.then((v) => { signal.removeEventListener('abort', onAbort); resolve(v) }, (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e) })
  })
}

export async function execute(o: ExecuteOptions): Promise<void> {
  const { reader, router, pool, local, signal, onProgress } = o
  let remaining = o.limit ?? Infinity
  let lastProgress = 0
  const progress = (): void => {
    onProgress?.({ rows: router.counts.read, bytes: reader.source.sourceBytes, ...(reader.source.totalBytes !== undefined ? { totalBytes: reader.source.totalBytes } : {}), elapsedMs: performance.now() - o.startedAt })
  }
  const checkEncoding = (): boolean => reader.stats.invalid
  for (;;) {
    if (signal?.aborted) throw interrupted(signal)
    if (remaining <= 0) break
    const batch = signal ? await untilAborted(reader.next(), signal) : await reader.next()
    if (!batch) break
    if (isByteBatch(batch)) {
      // only with worker threads (the reader finds byte ranges when it does not split cells itself)
      const n = Math.min(batch.starts.length, remaining)
      remaining -= n
      const { pending, batch: wb } = byteBatch(batch, n, checkEncoding())
      await pool!.submit(wb, settleLater(router, pending, reader))
      if (onProgress && router.counts.read - lastProgress >= 65536) { lastProgress = router.counts.read; progress() }
      continue
    }
    let rows = batch.rows
    if (rows.length > remaining) rows = rows.slice(0, remaining)
    remaining -= rows.length
    const p = pendingOf(batch, rows)
    // the closures below keep only what they name alive while the batch is in flight (helpers of their own, so the
    // batch text and its row objects are not held by a shared scope: 30,000 rows can be in flight with Parquet)
    if (pool) await pool.submit(workerBatch(batch, rows, checkEncoding()), settleLater(router, p, reader))
    else await router.settle(p, local!(rows.map((r) => (r.error ? null : r.cells)), checkEncoding()), rawOf(batch, rows))
    if (onProgress && router.counts.read - lastProgress >= 65536) { lastProgress = router.counts.read; progress() }
  }
  // Parquet: the rows held back for the last row group
  const last: PendingBatch = { lines: new Float64Array(0), records: new Float64Array(0), own: new Map() }
  if (pool) await pool.flush((result) => router.settle(last, result))
  else if (local?.flush) await router.settle(last, local.flush())
  await pool?.drain()
  if (signal?.aborted) throw interrupted(signal)
  router.skip(reader.emptyLines, reader.otherSkippedLines)
  progress()
}
