import { Worker } from 'node:worker_threads'
import type { ParquetPlan, Plan } from '../plan/plan.js'
import type { BatchResult } from './processor.js'
import type { WorkerBatch } from './worker.js'

/** The built worker script (tests run the TypeScript sources, so they use the build that `npm test` makes first). */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/pipeline/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)
}

/**
 * Worker threads that process batches in parallel; results are handed back strictly in submission order, so
 * output order and line numbers are those of the input. At most four batches per worker plus two are in flight, which
 * bounds memory whatever the input size.
 *
 * Parquet (plan.parquet): a worker holds the rows of its current row group between batches, so consecutive batches go
 * to the same worker until the group is full (the batch that fills it carries `flush`), and the next group goes to the
 * next worker. Then up to one group per worker plus one (in rows and in input bytes) are in flight.
 */
export class WorkerPool {
  private readonly workers: Worker[]
  private readonly limit: number
  private seq = 0
  private next = 0
  private readonly done = new Map<number, BatchResult>()
  private readonly handlers = new Map<number, (r: BatchResult) => Promise<void>>()
  private chain: Promise<void> = Promise.resolve()
  private waiters: (() => void)[] = []
  private failure: Error | undefined
  private readonly parquet: ParquetPlan | undefined
  /** Parquet: the group being filled (its worker, rows and input bytes so far), and what is in flight. */
  private group = { worker: 0, rows: 0, bytes: 0 }
  private readonly sizes = new Map<number, { rows: number; bytes: number }>()
  private flightRows = 0
  private flightBytes = 0

  private constructor(workers: Worker[], parquet?: ParquetPlan) {
    this.workers = workers
    // batches in flight: results are handled in input order, so a worker that is ahead needs room to go on while
    // an earlier batch is still being worked on elsewhere (one batch per worker plus one left workers idle a third
    // of the time on 2 cores; 4 per worker plus 2 measured about 10% faster, 10-15 MB more memory)
    this.limit = 4 * workers.length + 2
    this.busy = new Int32Array(workers.length)
    this.parquet = parquet
    for (const w of workers) {
      w.on('message', (m: { seq: number } & BatchResult) => {
        const o = this.owner.get(m.seq)
        if (o !== undefined) { this.owner.delete(m.seq); this.busy[o]!-- }
        this.done.set(m.seq, m)
        this.pump()
      })
      w.on('error', (e) => this.fail(e))
      w.on('exit', (code) => { if (code !== 0 && !this.closing) this.fail(new Error(`worker thread exited with code ${code}`)) })
    }
  }

  private closing = false
  /** Batches in flight per worker; and which worker each batch went to. */
  private readonly busy: Int32Array
  private readonly owner = new Map<number, number>()

  /** Starts `n` workers on `plan`. `script` replaces the worker script (tests of the pool itself). */
  static async start(n: number, plan: Plan, script: URL = workerUrl()): Promise<WorkerPool> {
    return new WorkerSpawn(n, script).start(plan)
  }

  /** A pool of workers already started (WorkerSpawn.start). */
  static of(workers: Worker[], parquet: ParquetPlan | undefined): WorkerPool {
    return new WorkerPool(workers, parquet)
  }

  private fail(e: Error): void {
    this.failure ??= e
    for (const w of this.waiters.splice(0)) w()
  }

  private wake(): void {
    const w = this.waiters.shift()
    if (w) w()
  }

  private pump(): void {
    this.chain = this.chain.then(async () => {
      while (!this.failure && this.done.has(this.next)) {
        const result = this.done.get(this.next)!
        this.done.delete(this.next)
        const handler = this.handlers.get(this.next)!
        this.handlers.delete(this.next)
        const size = this.sizes.get(this.next)
        if (size) { this.sizes.delete(this.next); this.flightRows -= size.rows; this.flightBytes -= size.bytes }
        await handler(result)
        this.next++
        this.wake()
      }
    }).catch((e: Error) => this.fail(e))
  }

  /** Sends a batch; `onResult` runs when it and every earlier batch are done. Waits while the pool is full. */
  async submit(batch: Omit<WorkerBatch, 'seq'>, onResult: (r: BatchResult) => Promise<void>): Promise<void> {
    if (this.parquet) return this.submitGrouped(batch, onResult)
    while (!this.failure && this.seq - this.next >= this.limit) await new Promise<void>((r) => this.waiters.push(r))
    if (this.failure) throw this.failure
    const seq = this.seq++
    this.handlers.set(seq, onResult)
    // to the worker with the fewest batches waiting (a worker slowed by its garbage collector gets fewer)
    let to = 0
    for (let i = 1; i < this.workers.length; i++) if (this.busy[i]! < this.busy[to]!) to = i
    this.busy[to]!++
    this.owner.set(seq, to)
    this.workers[to]!.postMessage({ seq, ...batch }, transferOf(batch))
  }

  private async submitGrouped(batch: Omit<WorkerBatch, 'seq'>, onResult: (r: BatchResult) => Promise<void>): Promise<void> {
    const pq = this.parquet!
    const rows = batch.starts.length
    const bytes = batch.size
    const n = this.workers.length + 1
    while (!this.failure && this.seq > this.next && (this.flightRows + rows > n * pq.rowGroupRows || this.flightBytes + bytes > n * pq.rowGroupBytes)) {
      await new Promise<void>((r) => this.waiters.push(r))
    }
    if (this.failure) throw this.failure
    const g = this.group
    g.rows += rows
    g.bytes += bytes
    // the group ends with this batch when a next one of the same size would take it over (the worker also ends a
    // group at exactly rowGroupRows rows, within a batch, if a batch is larger than foreseen)
    const flush = g.rows + rows > pq.rowGroupRows || g.bytes + bytes > pq.rowGroupBytes
    const seq = this.seq++
    this.handlers.set(seq, onResult)
    this.sizes.set(seq, { rows, bytes })
    this.flightRows += rows
    this.flightBytes += bytes
    this.workers[g.worker]!.postMessage({ seq, ...batch, flush }, transferOf(batch))
    if (flush) this.group = { worker: (g.worker + 1) % this.workers.length, rows: 0, bytes: 0 }
  }

  /** Parquet: has the worker of the current group encode the rows it holds back; `onResult` gets that last group. */
  async flush(onResult: (r: BatchResult) => Promise<void>): Promise<void> {
    if (!this.parquet || !this.group.rows) return
    if (this.failure) throw this.failure
    const seq = this.seq++
    this.handlers.set(seq, onResult)
    this.workers[this.group.worker]!.postMessage({ seq, text: '', starts: new Int32Array(0), ends: new Int32Array(0), size: 0, checkEncoding: false, flush: true })
    this.group = { worker: (this.group.worker + 1) % this.workers.length, rows: 0, bytes: 0 }
  }

  /** Waits until every submitted batch is handled. */
  async drain(): Promise<void> {
    while (!this.failure && this.next < this.seq) await new Promise<void>((r) => this.waiters.push(r))
    await this.chain
    if (this.failure) throw this.failure
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/**
 * Worker threads started before the plan exists: each loads its modules while the main thread plans the run (about a
 * third of a second of a worker's start, measured), then `start` hands them the plan. Whoever spawns them must either
 * start them or terminate them.
 */
export class WorkerSpawn {
  readonly size: number
  private readonly workers: Worker[]
  /** The first error of a worker before start() listens (it fails the start). */
  private early: Error | undefined
  private readonly onEarly = (e: Error): void => { this.early ??= e }

  constructor(n: number, script: URL = workerUrl()) {
    this.size = n
    // a 16 MB young generation holds a whole batch's garbage; the old generation cap only bounds a runaway worker
    // (Parquet: 48 MB measured the same CPU time with 40 MB more peak RSS: the column vectors are typed arrays).
    // The process's own options, less those that give it a script to run (`node -e`, --input-type), which a worker
    // refuses at start
    this.workers = Array.from({ length: n }, () => {
      const w = spawnWorker(script)
      w.on('error', this.onEarly)
      return w
    })
  }

  /** The pool on `plan`, once every worker has built its processor (a worker that cannot fails the start). */
  async start(plan: Plan): Promise<WorkerPool> {
    const workers = this.workers
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      if (this.early) { reject(this.early); return }
      const onMessage = (m: { ready?: boolean }): void => { if (m.ready) { w.off('message', onMessage); w.off('error', reject); resolve() } }
      w.on('message', onMessage)
      w.once('error', reject)
      w.postMessage({ plan })
    }))).catch(async (e) => { await this.terminate(); throw e })
    for (const w of workers) w.off('error', this.onEarly)
    return WorkerPool.of(workers, plan.parquet)
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/**
 * A worker with the process's options. Node refuses some of them in a worker's execArgv (process-wide V8 and Node
 * options such as --single-threaded-gc or --v8-pool-size, which apply to every thread anyway): those it names are left
 * out and the worker is made again.
 */
function spawnWorker(script: URL): Worker {
  const limits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 }
  let execArgv = workerArgs ?? workerExecArgv()
  for (;;) {
    try {
      const w = new Worker(script, { execArgv, resourceLimits: limits })
      workerArgs = execArgv
      return w
    } catch (e) {
      const rest = (e as { code?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV' ? withoutRefused((e as Error).message, execArgv) : undefined
      if (!rest) throw e
      execArgv = rest
    }
  }
}

/** The process options a worker accepted (found by the first worker made, used for every later one). */
let workerArgs: string[] | undefined

/**
 * `execArgv` without the arguments named by Node's "Initiated Worker with invalid execArgv flags: a, b", and without
 * the value of such a flag given apart (`--v8-pool-size 2`: in execArgv a word that is no option is the value of the
 * one before). Undefined when it names none of them.
 */
export function withoutRefused(message: string, execArgv: readonly string[]): string[] | undefined {
  const at = message.lastIndexOf(': ')
  if (at < 0) return undefined
  const named = new Set(message.slice(at + 2).split(', ').map((f) => f.trim()))
  const out: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!
    if (!named.has(a) && !named.has(a.split('=')[0]!)) { out.push(a); continue }
    if (!a.includes('=') && execArgv[i + 1] !== undefined && !execArgv[i + 1]!.startsWith('-')) i++
  }
  return out.length < execArgv.length ? out : undefined
}

/** What a batch hands over to its worker rather than copies: its offsets, and its input bytes. */
function transferOf(batch: Omit<WorkerBatch, 'seq'>): ArrayBuffer[] {
  const t = [batch.starts.buffer as ArrayBuffer, batch.ends.buffer as ArrayBuffer]
  if (batch.bytes) t.push(batch.bytes.buffer as ArrayBuffer)
  return t
}

/** process.execArgv without the options that give the process its script (-e/--eval, -p/--print and their text, --input-type). */
function workerExecArgv(): string[] {
  const out: string[] = []
  const args = process.execArgv
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') { i++; continue }
    if (a.startsWith('--eval=') || a.startsWith('--print=') || a.startsWith('--input-type')) continue
    out.push(a)
  }
  return out
}
