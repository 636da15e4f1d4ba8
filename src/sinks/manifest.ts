import { join } from 'node:path'
import type { Counts, ThresholdOutcome } from '../route.js'
import { writeFileAtomic, type FileReport } from './file.js'

/** manifest.json: what a run read and wrote, written last (atomically) so its presence means the run completed. */
export interface Manifest {
  manifestVersion: 1
  tool: 'xdmap'
  /** 'failed' when more rows were rejected than --max-errors allows: do not upload. */
  status: 'ok' | 'failed'
  schema: { id: string; source: string }
  mapping: { file: string | null; sha256: string | null; mappings: number; suggested?: boolean }
  input: { path: string; bytes: number; sha256: string; encoding: string; bom: boolean; delimiter: string }
  format: 'json' | 'parquet'
  isMultiLineJson: boolean
  options: Record<string, unknown>
  files: FileReport[]
  rejects: FileReport
  errors: FileReport
  counts: Counts
  threshold: ThresholdOutcome
  startedAt: string
  finishedAt: string
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<FileReport> {
  return writeFileAtomic(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
}
