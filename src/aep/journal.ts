import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { writeFileAtomic } from '../util/atomic-file.js'

/**
 * `<out-dir>/upload.json`: what an upload has done, rewritten atomically (temporary name, then rename) after
 * every state change, so a crash at any moment leaves either the state before or the state after a change.
 *
 * States of a step: `pending` (not started), `sent` (started, outcome unknown: a crash or a network failure came
 * before the answer), `confirmed` (AEP answered success). On resume a `sent` file is sent again (PUT of the same
 * name replaces it), a `confirmed` one never is; COMPLETE is sent once every file is confirmed (retrying it is safe).
 */
export type StepState = 'pending' | 'sent' | 'confirmed'

export interface JournalFile {
  name: string
  bytes: number
  sha256: string
  state: StepState
  /** 'put' for one request, 'large' for INITIALIZE / PATCH chunks / COMPLETE. */
  method: 'put' | 'large'
  /** Times this file's upload was started (re-sends included). */
  sends: number
  /** Large files: the chunk size used, kept so a resumed upload sends the same ranges. */
  chunkBytes?: number
}

export interface UploadJournal {
  journalVersion: 1
  tool: 'xdmap'
  datasetId: string
  /** sha256 of the manifest.json this journal uploads: a new run in the directory means a new upload. */
  manifestSha256: string
  format: 'json' | 'parquet'
  isMultiLineJson: boolean
  partialIngestionPercent: number | null
  batch: { state: StepState; id: string | null; createdAt: string | null }
  files: JournalFile[]
  complete: { state: StepState; at: string | null; sends: number }
  abort: { state: StepState; at: string | null } | null
  updatedAt: string
}

export const JOURNAL_NAME = 'upload.json'

export async function readJournal(dir: string): Promise<UploadJournal | undefined> {
  const path = join(dir, JOURNAL_NAME)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new XdmapError('IO_ERROR', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path })
  }
  let j: UploadJournal
  try {
    j = JSON.parse(text) as UploadJournal
  } catch {
    throw new XdmapError('UPLOAD_JOURNAL_INVALID', `${path} is not valid JSON; it was written atomically, so it was edited by hand: restore it, or remove it to start a new batch (the old batch stays open in AEP)`, { file: path })
  }
  if (j.journalVersion !== 1 || !Array.isArray(j.files) || !j.batch || !j.complete) throw new XdmapError('UPLOAD_JOURNAL_INVALID', `${path} is not an xdmap upload journal (version 1)`, { file: path })
  return j
}

/** Writes the journal atomically; callers await it before taking the next step. */
export async function writeJournal(dir: string, j: UploadJournal): Promise<void> {
  j.updatedAt = new Date().toISOString()
  await writeFileAtomic(join(dir, JOURNAL_NAME), JSON.stringify(j, null, 2) + '\n')
}
