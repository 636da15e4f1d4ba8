import { hostname } from 'node:os'
import { Worker, type Job } from 'bullmq'
import { executeChunk, readPlan } from './chunk.js'
import type { ChunkCommit, ChunkJob } from './plan.js'
import { CHUNK_QUEUE, describeQueue, redisOptions } from './queue.js'

export interface WorkerOptions {
  /** Redis URL of the job queue. */
  queue: string
  /** Chunks mapped at once by this process. Default 1 (a chunk's run() already uses the cores). */
  concurrency?: number
  /** Worker threads of each chunk's run(). Default run()'s own. */
  threads?: number
  /**
   * How long a job's lock lasts without renewal (ms). A worker that dies holding a chunk gives it back to the queue
   * about this long after (BullMQ's stalled-job check). Default 30 s.
   */
  lockMs?: number
  onLog?: (message: string) => void
}

export interface ChunkWorker {
  /** Stops taking jobs; waits for the running ones to finish (or, with `force`, gives them back to the queue at once). */
  close(force?: boolean): Promise<void>
  /** Resolves when the worker stopped. */
  readonly closed: Promise<void>
}

/**
 * A long-running worker: takes chunk jobs from the queue, maps each with the same engine as `run` (the plan's
 * options), writes its outputs to the shared storage and commits them. While Redis is unreachable it retries with
 * a growing delay (up to 10 s) and says so once.
 */
export function startWorker(options: WorkerOptions): ChunkWorker {
  const log = options.onLog ?? (() => {})
  const where = describeQueue(options.queue)
  let down = false
  const connection = {
    ...redisOptions(options.queue),
    retryStrategy: (times: number) => {
      if (!down) { down = true; log(`Redis at ${where} unreachable; retrying (backoff up to 10 s)`) }
      return Math.min(10_000, 250 * 2 ** Math.min(times, 6))
    },
  }
  const lockDuration = options.lockMs ?? 30_000
  const worker = new Worker<ChunkJob, ChunkCommit>(CHUNK_QUEUE, async (job: Job<ChunkJob, ChunkCommit>) => {
    const t0 = performance.now()
    const { plan, storage } = await readPlan(job.data.plan)
    log(`chunk ${job.data.index + 1}/${plan.split.chunks.length} of ${plan.inputName}: started (job ${job.id}, attempt ${job.attemptsMade + 1})`)
    const commit = await executeChunk(plan, storage, job.data.index, { ...(options.threads !== undefined ? { threads: options.threads } : {}) })
    log(`chunk ${job.data.index + 1}/${plan.split.chunks.length}: ${commit.counts.read} rows, ${commit.counts.rejected} rejected, ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    return commit
  }, {
    connection,
    concurrency: options.concurrency ?? 1,
    lockDuration,
    stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
    maxStalledCount: 3,
    name: `${hostname()}:${process.pid}`,
  })
  worker.on('ready', () => { if (down) log(`Redis at ${where} reachable again`); down = false })
  worker.on('error', (e) => { if (!down) log(`queue error: ${e.message}`) })
  worker.on('failed', (job, e) => { if (job) log(`chunk ${job.data.index + 1}: attempt ${job.attemptsMade} failed: ${e.message}`) })
  let resolveClosed!: () => void
  const closed = new Promise<void>((r) => { resolveClosed = r })
  return {
    closed,
    async close(force = false) {
      await worker.close(force)
      resolveClosed()
    },
  }
}
