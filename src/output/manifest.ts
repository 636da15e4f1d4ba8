import type { Counts, ThresholdOutcome } from '../pipeline/route.js'
import type { FileReport } from '../util/atomic-file.js'
import type { RejectsReport } from './rejects.js'

/** manifest.json: what a run read and wrote, written last (atomically) so its presence means the run completed. */
export interface Manifest {
  manifestVersion: 1
  tool: 'xdmap'
  /** 'failed' when more rows were rejected than --max-errors allows: do not upload. */
  status: 'ok' | 'failed'
  schema: { id: string; source: string }
  mapping: { file: string | null; sha256: string | null; mappings: number; suggested?: boolean }
  input: {
    path: string
    /** Bytes of CSV read (decompressed for gzip input). */
    bytes: number
    sha256: string
    encoding: string
    bom: boolean
    delimiter: string
    /** Gzip input: its compressed size. */
    gzip?: { compressedBytes: number }
    /** The dialect the reader used (sniffed or given). */
    dialect?: Record<string, unknown>
  }
  format: 'json' | 'parquet'
  isMultiLineJson: boolean
  options: Record<string, unknown>
  files: FileReport[]
  rejects: FileReport | null
  errors: (FileReport & { omittedByCode?: Record<string, number> }) | null
  counts: Counts
  threshold: ThresholdOutcome
  /** Stopped at --limit rows (a preview), not at the end of the input. */
  limited?: boolean
  startedAt: string
  finishedAt: string
}

export function manifestText(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n'
}

/**
 * The files a manifest of ours accounts for (itself, its part files, rejects and errors, and mapping.json when the run
 * wrote the suggested mapping), from the manifest's text; empty when it is not an xdmap manifest or cannot be read.
 * `partFile` keeps only the part-file names it accepts.
 */
export function namesInManifest(text: string, name = 'manifest.json', partFile: (n: string) => boolean = () => true): Set<string> {
  const ours = new Set<string>()
  try {
    const m = JSON.parse(text) as { tool?: string; files?: { name?: unknown }[]; rejects?: { name?: unknown }; errors?: { name?: unknown }; mapping?: { suggested?: boolean } }
    if (m?.tool !== 'xdmap') return ours
    ours.add(name)
    for (const f of m.files ?? []) if (typeof f.name === 'string' && partFile(f.name)) ours.add(f.name)
    if (typeof m.rejects?.name === 'string') ours.add(m.rejects.name)
    if (typeof m.errors?.name === 'string') ours.add(m.errors.name)
    if (m.mapping?.suggested) ours.add('mapping.json')
  } catch {
    return new Set()
  }
  return ours
}

export type { RejectsReport }
