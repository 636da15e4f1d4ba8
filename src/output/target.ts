import { join } from 'node:path'
import { writeFileAtomic, type FileReport } from '../util/atomic-file.js'
import { jsonLinesSink, type Sink } from './jsonl.js'
import { MANIFEST, openOutDir, type OutDir } from './outdir.js'
import { parquetSink } from './parquet.js'
import { discardRejects, RejectsSink, type Rejects } from './rejects.js'
import { streamSink } from './stdout.js'
import type { Shape } from '../codegen/compile.js'
import type { RunSettings } from '../plan/options.js'
import type { ParquetPlan } from '../plan/plan.js'

/** Input text per row group at most (the records of a group stay in memory until it is encoded). */
export const ROW_GROUP_INPUT_BYTES = 16 * 1024 * 1024

/**
 * --format parquet into a directory: what the processors (in the workers or in this thread) need to shred and encode
 * row groups themselves. A group never holds more rows than a file may.
 */
export function parquetPlanOf(s: RunSettings): ParquetPlan | undefined {
  if (s.format !== 'parquet' || s.toStdout) return undefined
  return { compression: s.compression, rowGroupRows: Math.max(1, Math.min(s.rowGroupRows, s.maxRows ?? Infinity)), rowGroupBytes: ROW_GROUP_INPUT_BYTES, maxFileBytes: s.maxFileBytes }
}

/**
 * Sink: where a run's records, rejects and manifest go. A directory (staged, committed manifest last; see outdir.ts),
 * or records on stdout with the rejects and manifest in `--rejects-dir` or nowhere.
 */
export interface Output {
  sink: Sink
  rejects: Rejects
  /** The final directory of rejects and manifest, if any. */
  dir: string | undefined
  /** Writes a small file (mapping.json) next to the outputs. */
  writeFile(name: string, text: string): Promise<FileReport | undefined>
  /** Writes the manifest and makes the outputs final. */
  commit(manifestText: string): Promise<void>
  abort(): Promise<void>
}

export interface OutputOptions {
  settings: RunSettings
  shape: Shape
  headerLine: string
  inputName: string
  /** Files the run reads, never removed or replaced. */
  inputs: string[]
  writesMapping: boolean
  rawBytes?: (raw: string) => Uint8Array
}

export async function openOutput(o: OutputOptions): Promise<Output> {
  const s = o.settings
  const dirPath = s.toStdout ? s.rejectsDir : s.out
  const outdir: OutDir | undefined = dirPath !== undefined ? await openOutDir(dirPath, { force: s.force, inputs: o.inputs, writesMapping: o.writesMapping }) : undefined
  const staging = outdir?.staging
  let sink: Sink
  if (s.toStdout) sink = streamSink(s.stdout ?? process.stdout)
  else if (s.format === 'parquet') sink = parquetSink({ dir: staging!, shape: o.shape, maxFileBytes: s.maxFileBytes, compression: s.compression, rowGroupRows: s.rowGroupRows, ...(s.maxRows !== undefined ? { maxRows: s.maxRows } : {}) })
  else sink = jsonLinesSink({ dir: staging!, maxFileBytes: s.maxFileBytes, multiline: s.multiline, ...(s.maxRows !== undefined ? { maxRows: s.maxRows } : {}) })
  const rejects: Rejects = staging
    ? new RejectsSink({ dir: staging, headerLine: o.headerLine, filename: o.inputName, detailsPerCode: s.errorDetails, ...(o.rawBytes ? { rawBytes: o.rawBytes } : {}) })
    : discardRejects(o.inputName)
  return {
    sink,
    rejects,
    dir: outdir?.dir,
    async writeFile(name, text) {
      return staging ? writeFileAtomic(join(staging, name), text) : undefined
    },
    async commit(manifestText) {
      if (!outdir) return
      await writeFileAtomic(join(outdir.staging, MANIFEST), manifestText)
      await outdir.commit()
    },
    async abort() {
      await sink.abort().catch(() => {})
      await rejects.abort().catch(() => {})
      await outdir?.abort()
    },
  }
}
