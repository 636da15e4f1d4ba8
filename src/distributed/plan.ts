import type { Compression } from '../output/parquet.js'
import type { Counts } from '../pipeline/route.js'
import type { FileReport } from '../util/atomic-file.js'
import type { Manifest } from '../output/manifest.js'
import type { SplitPlan } from './split.js'
import type { Storage } from './storage.js'

/**
 * What the coordinator decided once and every worker follows: stored as `<out>/_xdmap/plan.json` in the output
 * storage (the jobs in Redis carry only where it is and a chunk number).
 */
export interface RunPlan {
  planVersion: 1
  runId: string
  /** The input as the user wrote it (errors.json's `_filename`), and where it is. */
  inputName: string
  input: string
  /** Size and version (mtime or ETag) of the input when planned: a changed input is planned again. */
  inputVersion: string
  out: string
  /** Options every chunk's run() gets (explicit: no sniffing on the workers). */
  options: ChunkRunOptions
  /** The resolved schema and mapping, so workers need no access to the coordinator's files. */
  schema: { schema: Record<string, unknown>; source: string }
  mapping: unknown
  /** The threshold, decided on the whole file by the merge. */
  maxErrors: string
  split: SplitPlan
  /** The manifest of the header-only run the coordinator made to check schema, mapping and header: schema, mapping and options for the final manifest. */
  base: Pick<Manifest, 'schema' | 'mapping' | 'options' | 'format' | 'isMultiLineJson'>
  /** Fingerprint of what decides the outputs: a plan made with other options is not resumed. */
  fingerprint: string
}

export interface ChunkRunOptions {
  format: 'json' | 'parquet'
  multiline: boolean
  maxFileBytes?: number
  maxRows?: number
  onConversionError: 'reject-row' | 'null-field'
  timezone?: string
  encoding: string
  delimiter: string
  maxFieldBytes: number
  maxRecordBytes?: number
  serializer?: 'auto' | 'json'
  compression?: Compression
  rowGroupRows?: number
}

/** What a completed attempt of a chunk commits: `<out>/_xdmap/chunks/NNNNN.json`, written last. */
export interface ChunkCommit {
  index: number
  attempt: string
  counts: Counts
  files: FileReport[]
  rejects: FileReport
  errors: FileReport & { omittedByCode?: Record<string, number> }
  elapsedMs: number
  worker: string
}

/** The job data in Redis: where the plan is and which chunk. */
export interface ChunkJob {
  plan: string
  index: number
}

export const WORK_DIR = '_xdmap'

export function chunkName(index: number): string {
  return String(index + 1).padStart(5, '0')
}

/** Paths of a run's working files in its output storage. */
export function layout(storage: Storage, out: string) {
  const work = storage.join(out, WORK_DIR)
  return {
    work,
    plan: storage.join(work, 'plan.json'),
    session: storage.join(work, 'session.json'),
    chunks: storage.join(work, 'chunks'),
    commit: (index: number) => storage.join(work, 'chunks', `${chunkName(index)}.json`),
    attempt: (index: number, attempt: string) => storage.join(work, 'attempts', chunkName(index), attempt),
    attempts: storage.join(work, 'attempts'),
  }
}
