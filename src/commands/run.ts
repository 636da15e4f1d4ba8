import { join, resolve } from 'node:path'
import { rawBytes } from '../csv/decode.js'
import { normalizeRunOptions, type RunOptions } from '../plan/options.js'
import { planRun, threadsAhead } from '../plan/planner.js'
import { execute } from '../pipeline/execute.js'
import { WorkerPool, WorkerSpawn } from '../pipeline/pool.js'
import { createProcessor } from '../pipeline/processor.js'
import { Router } from '../pipeline/route.js'
import { manifestText, type Manifest } from '../output/manifest.js'
import { openOutput, parquetPlanOf } from '../output/target.js'
import { snappyImplementation } from '../output/parquet/encode.js'

/** `xdmap run`: the pipeline wired together. Plan once (exit 2 before anything is written), then execute one way. */

export interface RunReport extends Manifest {
  /** Output directory (absolute), or '-' for stdout. */
  out: string
  /** 0 ok, 1 threshold failed. */
  exitCode: number
  warnings: string[]
  /** First rejected rows, for a summary. */
  firstRejects: { line: number; record: number; code: string; message: string }[]
  elapsedMs: number
}

/** The largest record line a sink takes (JSON Lines: the file limit; arrays: less their brackets; Parquet: a quarter). */
function sinkLineLimit(s: ReturnType<typeof normalizeRunOptions>): number {
  if (s.toStdout) return Number.MAX_SAFE_INTEGER
  return s.format === 'parquet' ? Math.floor(s.maxFileBytes / 4) : s.maxFileBytes - (s.multiline ? 4 : 0)
}

export async function run(options: RunOptions): Promise<RunReport> {
  const started = new Date()
  const t0 = performance.now()
  const s = normalizeRunOptions(options)
  // the workers load their code while the run is planned; they get the plan once it is made
  const ahead = await threadsAhead(s)
  let spawn = ahead ? new WorkerSpawn(ahead) : undefined
  let p: Awaited<ReturnType<typeof planRun>>
  let out: Awaited<ReturnType<typeof openOutput>>
  try {
    p = await planRun(s, options.schema, options.mapping, sinkLineLimit(s))
    const inputs = [s.input, ...(typeof options.mapping === 'string' ? [options.mapping] : []), ...(typeof options.schema === 'string' ? [options.schema] : [])].filter((f) => f !== '-')
    const planned = p
    out = await openOutput({ settings: s, shape: p.compiled.shape, headerLine: p.header.line, inputName: p.reader.source.name, inputs, writesMapping: !!p.suggested, rawBytes: (raw) => rawBytes(raw, 'utf8') })
      .catch((e: unknown) => { planned.reader.source.close(); throw e })
  } catch (e) {
    await spawn?.terminate()
    throw e
  }
  let pool: WorkerPool | undefined
  try {
    if (p.suggested) p.set.sha256 = (await out.writeFile('mapping.json', JSON.stringify(p.suggested, null, 2) + '\n'))?.sha256
    const router = new Router(out.sink, out.rejects)
    // Parquet: workers (or the local processor) shred and encode row groups; the sink only appends them
    const parquet = parquetPlanOf(s)
    if (parquet) p.plan.parquet = parquet
    if (spawn && spawn.size !== p.threads) { await spawn.terminate(); spawn = undefined }
    const starting = spawn
    spawn = undefined
    pool = p.threads > 0 ? await (starting ? starting.start(p.plan) : WorkerPool.start(p.threads, p.plan)) : undefined
    const local = pool ? undefined : createProcessor({ catalog: p.catalog, set: p.set, header: p.plan.header, nullField: s.nullField, maxLineBytes: p.plan.maxLineBytes, encoding: p.plan.encoding, serializer: s.serializer, ...(s.timezone !== undefined ? { timezone: s.timezone } : {}), ...(parquet ? { parquet } : {}) })
    await execute({ reader: p.reader, router, pool, local, limit: s.limit, signal: s.signal, onProgress: s.onProgress, startedAt: t0 })
    await pool?.close()
    const files = await out.sink.finish()
    const rejected = await out.rejects.finish()
    const threshold = router.close(s.threshold)
    const stats = p.reader.stats
    const manifest: Manifest = {
      manifestVersion: 1,
      tool: 'xdmap',
      status: threshold.passed ? 'ok' : 'failed',
      schema: { id: p.catalog.id, source: p.catalog.source },
      mapping: { file: p.suggested ? join(out.dir ?? resolve(s.out), 'mapping.json') : p.set.file ?? null, sha256: p.set.sha256 ?? null, mappings: p.set.mappings.length, ...(p.suggested ? { suggested: true } : {}) },
      input: { path: s.input === '-' ? '-' : resolve(s.input), bytes: stats.bytes, sha256: stats.sha256 ?? '', encoding: stats.encoding, bom: stats.bom, delimiter: p.plan.delimiter, dialect: p.reader.dialect, ...(p.reader.source.gzip ? { gzip: { compressedBytes: p.reader.source.sourceBytes } } : {}) },
      format: s.format,
      isMultiLineJson: s.multiline,
      options: { maxFileBytes: s.maxFileBytes, maxRows: s.maxRows ?? null, maxErrors: s.maxErrors, onConversionError: s.nullField ? 'null-field' : 'reject-row', timezone: s.timezone ?? 'UTC', maxFieldBytes: s.maxFieldBytes, maxRecordBytes: p.plan.maxLineBytes - 1, threads: p.threads, serializer: s.serializer, relaxQuotes: p.plan.relaxQuotes, ...(s.format === 'parquet' ? { compression: s.compression, rowGroupRows: s.rowGroupRows } : {}), ...(s.limit !== undefined ? { limit: s.limit } : {}) },
      files,
      rejects: rejected?.rejects ?? null,
      errors: rejected?.errors ?? null,
      counts: router.counts,
      threshold,
      ...(s.limit !== undefined ? { limited: router.counts.read >= s.limit } : {}),
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
    }
    await out.commit(manifestText(manifest))
    return {
      ...manifest,
      out: s.toStdout ? '-' : out.dir!,
      exitCode: threshold.passed ? 0 : 1,
      warnings: parquet?.compression === 'snappy' && snappyImplementation === 'js'
        ? [...p.set.warnings, 'Parquet: the native snappy package (an optional dependency) is not installed here; the JavaScript snappy compressor is used (same output format, about 3x the CPU time)']
        : p.set.warnings,
      firstRejects: out.rejects.first.map((e) => ({ line: e.line, record: e.record, code: e._errors[0]!.code, message: e._errors[0]!.message })),
      elapsedMs: performance.now() - t0,
    }
  } catch (e) {
    p.reader.source.close()
    await spawn?.terminate()
    await pool?.close()
    await out.abort()
    throw e
  }
}
