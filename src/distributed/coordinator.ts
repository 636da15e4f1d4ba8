import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FlowProducer, Job, Queue } from 'bullmq'
import { loadSchema } from '../schema/load.js'
import { parseThreshold, type RunOptions } from '../plan/options.js'
import { run } from '../commands/run.js'
import { XdmapError } from '../util/errors.js'
import { type FieldCatalog } from '../schema/catalog.js'
import { notOurs } from '../output/outdir.js'
import { foreignOutputs, mergeChunks, type DistributedManifest } from './merge.js'
import { layout, type ChunkCommit, type ChunkJob, type ChunkRunOptions, type RunPlan } from './plan.js'
import { CHUNK_QUEUE, checkRedis, describeQueue, redisOptions, RUN_QUEUE } from './queue.js'
import { planSplit } from './split.js'
import { openLocation } from './storage.js'

/** Default chunk size: big enough that a chunk's fixed costs (a job, a run's start, a few files) are noise. */
export const DEFAULT_CHUNK_BYTES = 256 * 1000 * 1000

export interface DistributedRunOptions extends Omit<RunOptions, 'stdin' | 'threads' | 'suggestThreshold'> {
  /** Redis URL of the job queue (redis://HOST:PORT). */
  queue: string
  /** Target chunk size in bytes. Default 256 MB. */
  chunkBytes?: number
  /** Attempts per chunk before the run fails. Default 3. */
  attempts?: number
  /** Messages for the user (planning, resuming, waiting). */
  onLog?: (message: string) => void
}

export interface DistributedReport extends DistributedManifest {
  out: string
  exitCode: number
  warnings: string[]
  firstRejects: { line: number; record: number; code: string; message: string }[]
  elapsedMs: number
  /** Chunks this invocation had the workers map (fewer than all when it resumed). */
  queued: number
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The coordinator of a distributed run: plans once (reads the input to find chunk boundaries, checks header,
 * schema and mapping with a header-only run: any problem is exit 2 before a job is queued), queues one job per
 * chunk as a BullMQ flow, waits for the workers, then merges. Running it again with the same `out` resumes: the
 * plan is kept, committed chunks are not redone.
 */
export async function runDistributed(options: DistributedRunOptions): Promise<DistributedReport> {
  const t0 = performance.now()
  const started = new Date()
  const log = options.onLog ?? (() => {})
  const { input, out, queue } = options
  if (!input || input === '-') throw new XdmapError('USAGE', 'A distributed run reads a file (a path on a shared filesystem or s3://bucket/key), not stdin')
  if (!out) throw new XdmapError('USAGE', 'No output given (--out DIR or s3://bucket/prefix)')
  if (options.mapping === undefined) throw new XdmapError('USAGE', 'A distributed run needs --mapping (run xdmap suggest first and save its mapping)')
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES
  if (!(Number.isInteger(chunkBytes) && chunkBytes >= 64 * 1024)) throw new XdmapError('OPTION_CHUNK_BYTES', `--chunk-bytes must be at least 64 KiB`)
  const maxErrors = String(options.maxErrors ?? '5%')
  parseThreshold(maxErrors)
  await checkRedis(queue)

  const inLoc = openLocation(input)
  const outLoc = openLocation(out)
  const storage = outLoc.storage
  const paths = layout(storage, outLoc.key)
  const head = await inLoc.storage.head(inLoc.key)
  if (!head) throw new XdmapError('FILE_NOT_FOUND', `Cannot read ${input}: no such file`, { file: input })

  const catalog: FieldCatalog = typeof options.schema === 'string' ? await loadSchema(options.schema) : options.schema
  let mappingRaw: unknown
  if (typeof options.mapping === 'string') {
    try { mappingRaw = JSON.parse(await readFile(options.mapping, 'utf8')) } catch (e) {
      throw new XdmapError('MAPPING_READ', `Cannot read the mapping ${options.mapping}: ${(e as Error).message}`, { file: options.mapping })
    }
  } else mappingRaw = 'raw' in (options.mapping as object) && 'mappings' in (options.mapping as object) && 'warnings' in (options.mapping as object) ? (options.mapping as { raw: unknown }).raw : options.mapping

  const runOptions: ChunkRunOptions = {
    format: options.format ?? 'json',
    multiline: options.multiline ?? false,
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    onConversionError: options.onConversionError ?? 'reject-row',
    ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
    encoding: options.encoding ?? 'utf8',
    delimiter: options.delimiter ?? 'auto',
    maxFieldBytes: options.maxFieldBytes ?? 1024 * 1024,
    ...(options.maxRecordBytes !== undefined ? { maxRecordBytes: options.maxRecordBytes } : {}),
    ...(options.serializer !== undefined ? { serializer: options.serializer } : {}),
    ...(options.compression !== undefined ? { compression: options.compression } : {}),
    ...(options.rowGroupRows !== undefined ? { rowGroupRows: options.rowGroupRows } : {}),
  }
  const fingerprint = sha256(JSON.stringify({ input: inLoc.storage.url(inLoc.key), version: head.version, runOptions, maxErrors, chunkBytes, schema: catalog.source, schemaHash: sha256(JSON.stringify(catalog.schema)), mapping: mappingRaw }))

  let plan: RunPlan | undefined
  const existing = await storage.readText(paths.plan)
  if (existing !== undefined) {
    const p = JSON.parse(existing) as RunPlan
    if (p.fingerprint === fingerprint) plan = p
    else log(`${out} holds an unfinished run of other inputs or options: starting over`)
  }
  const warnings: string[] = []
  if (!plan) {
    // files a run would replace that no manifest of ours lists: refused, as a local run refuses them
    if (!options.force) {
      const foreign = await foreignOutputs(storage, outLoc.key, paths.work)
      if (foreign.length) throw notOurs(out, foreign)
    }
    // a new plan starts its working files afresh; the previous run's outputs stay until the merge replaces them
    await storage.removeAll(paths.work)
    let base: RunPlan['base'] | undefined
    log(`planning: reading ${input} (${head.size.toLocaleString('en-US')} bytes) for record boundaries`)
    const split = await planSplit(inLoc.storage, inLoc.key, head.size, {
      chunkBytes,
      encoding: runOptions.encoding,
      delimiter: runOptions.delimiter,
      maxFieldBytes: runOptions.maxFieldBytes,
      // the header, schema, mapping and options checked by run() itself on the header alone, before the long read
      onHeader: async ({ text, delimiter }) => {
        const dir = await mkdtemp(join(tmpdir(), 'xdmap-plan-'))
        try {
          await writeFile(join(dir, 'header.csv'), text + '\n')
          const r = await run({ ...runOptions, input: join(dir, 'header.csv'), out: join(dir, 'out'), encoding: 'utf8', delimiter, maxErrors, schema: catalog, mapping: options.mapping!, threads: 0 })
          warnings.push(...r.warnings)
          base = { schema: r.schema, mapping: r.mapping, format: r.format, isMultiLineJson: r.isMultiLineJson, options: { ...r.options, threads: null, queue: describeQueue(queue), chunkBytes } }
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      },
    })
    runOptions.delimiter = split.delimiter
    plan = {
      planVersion: 1,
      runId: sha256(storage.url(outLoc.key)).slice(0, 16),
      inputName: input,
      input: inLoc.storage.url(inLoc.key),
      inputVersion: head.version,
      out: outLoc.key,
      options: runOptions,
      schema: { schema: catalog.schema as Record<string, unknown>, source: catalog.source },
      mapping: mappingRaw,
      maxErrors,
      split,
      base: base!,
      fingerprint,
    }
    await storage.writeText(paths.plan, JSON.stringify(plan) + '\n')
    log(`planned ${split.chunks.length} chunk(s) of about ${chunkBytes.toLocaleString('en-US')} bytes, ${split.records.toLocaleString('en-US')} records`)
  }

  const planUrl = storage.url(paths.plan)
  const committed = async (): Promise<Set<number>> => {
    const names = await storage.list(paths.chunks)
    return new Set(names.map((k) => /(\d{5})\.json$/.exec(k)).filter((m) => m).map((m) => Number(m![1]) - 1))
  }
  const total = plan.split.chunks.length
  let done = await committed()
  const pending = plan.split.chunks.filter((c) => !done.has(c.index))
  if (done.size) log(`resuming: ${done.size} of ${total} chunk(s) already committed`)

  const connection = { ...redisOptions(queue), maxRetriesPerRequest: 3, retryStrategy: (times: number) => (times > 5 ? null : 200 * times) }
  const runs = new Queue(RUN_QUEUE, { connection })
  const flows = new FlowProducer({ connection })
  runs.on('error', () => {})
  flows.on('error', () => {})
  const chunksQueue = new Queue(CHUNK_QUEUE, { connection })
  chunksQueue.on('error', () => {})
  let parentId: string | undefined
  try {
    // a previous coordinator's flow (killed): its jobs are not needed any more
    const previous = await storage.readText(paths.session)
    if (previous !== undefined) {
      const old = JSON.parse(previous) as { parent: string }
      await (await Job.fromId(runs, old.parent))?.remove().catch(() => {})
    }
    if (pending.length) {
      const session = randomUUID().slice(0, 8)
      parentId = `${plan.runId}-${session}`
      const attempts = options.attempts ?? 3
      await storage.writeText(paths.session, JSON.stringify({ parent: parentId }) + '\n')
      await flows.add({
        name: 'run',
        queueName: RUN_QUEUE,
        data: { plan: planUrl },
        opts: { jobId: parentId },
        children: pending.map((c) => ({
          name: 'chunk',
          queueName: CHUNK_QUEUE,
          data: { plan: planUrl, index: c.index } satisfies ChunkJob,
          opts: { jobId: `${parentId}-${c.index + 1}`, attempts, backoff: { type: 'exponential', delay: 1000 }, failParentOnFailure: true, removeOnComplete: false },
        })),
      })
      log(`queued ${pending.length} chunk job(s) on ${describeQueue(queue)}; waiting for workers (xdmap worker --queue ${describeQueue(queue)})`)
      // wait: the parent leaves waiting-children when every chunk completed, or fails with the first chunk that failed for good
      let lastCount = -1
      for (;;) {
        const parent = await Job.fromId(runs, parentId)
        const state = parent ? await parent.getState() : 'unknown'
        // a chunk failed for good (BullMQ fails the parent too; the child is what says why)
        const failed = state === 'waiting-children' ? undefined : (await chunksQueue.getFailed()).find((j) => j.id?.startsWith(`${parentId}-`))
        if (failed || state === 'failed') {
          const index = failed ? (failed.data as ChunkJob).index : undefined
          const c = index !== undefined ? plan.split.chunks[index] : undefined
          throw new XdmapError('CHUNK_FAILED', `Chunk ${index !== undefined ? index + 1 : '?'} of ${total}${c ? ` (bytes ${c.start}-${c.end}, lines from ${c.firstLine})` : ''} failed after ${failed?.attemptsMade ?? attempts} attempt(s): ${failed?.failedReason ?? parent?.failedReason ?? 'unknown reason'}`, { file: input })
        }
        done = await committed()
        if (options.onProgress && done.size !== lastCount) {
          lastCount = done.size
          const rows = plan.split.chunks.filter((c) => done.has(c.index)).reduce((s, c) => s + c.records, 0)
          const bytes = plan.split.chunks.filter((c) => done.has(c.index)).reduce((s, c) => s + c.end - c.start, 0)
          options.onProgress({ rows, bytes, totalBytes: plan.split.bytes, elapsedMs: performance.now() - t0 })
        }
        if (state !== 'waiting-children' && state !== 'unknown') break
        if (state === 'unknown') throw new XdmapError('QUEUE_LOST', `The run's job ${parentId} disappeared from ${describeQueue(queue)} (Redis restarted without persistence, or the queue was cleared): run the same command again to resume`)
        await new Promise((r) => setTimeout(r, 250))
      }
    }

    // merge the committed chunks, in input order
    const commits: ChunkCommit[] = []
    for (const c of plan.split.chunks) {
      const text = await storage.readText(paths.commit(c.index))
      if (text === undefined) throw new XdmapError('CHUNK_MISSING', `Chunk ${c.index + 1} of ${total} completed in the queue but its commit ${storage.url(paths.commit(c.index))} is missing`)
      commits.push(JSON.parse(text) as ChunkCommit)
    }
    const { manifest, firstRejects } = await mergeChunks(plan, storage, commits, started)
    await storage.removeAll(paths.work)
    if (parentId) await (await Job.fromId(runs, parentId))?.remove().catch(() => {})
    return {
      ...manifest,
      out: storage.url(outLoc.key),
      exitCode: manifest.threshold.passed ? 0 : 1,
      warnings,
      firstRejects: firstRejects.map((e) => ({ line: e.line, record: e.record, code: e._errors[0]!.code, message: e._errors[0]!.message })),
      elapsedMs: performance.now() - t0,
      queued: pending.length,
    }
  } catch (e) {
    if (e instanceof XdmapError) throw e
    const msg = (e as Error).message ?? String(e)
    if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Connection is closed|max retries|MaxRetriesPerRequest/i.test(msg)) {
      throw new XdmapError('QUEUE_UNREACHABLE', `Lost Redis at ${describeQueue(queue)}: ${msg.replace(/\.+$/, '')}. Run the same command again to resume`)
    }
    throw e
  } finally {
    await Promise.allSettled([runs.close(), flows.close(), chunksQueue.close()])
  }
}
