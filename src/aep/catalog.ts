import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { writeFileAtomic } from '../util/atomic-file.js'
import { PlatformClient } from './platform.js'
import { redact } from './redact.js'

/**
 * Catalog Service (dataset and batch status) and the Data Access API (failed-row files).
 * - `GET /data/foundation/catalog/dataSets/{id}` answers `{ "<id>": { schemaRef: { id, contentType }, ... } }`
 *   (Catalog API guide, "Look up a specific object").
 * - `GET /data/foundation/catalog/batches/{id}` answers `{ "<id>": { status, metrics: { inputRecordCount,
 *   outputRecordCount, failedRecordCount }, errors: [{ code, description, recordCount }] } }` (Adobe docs,
 *   ingestion/quality/error-diagnostics.md, "Check status"; statuses from ingestion/batch-ingestion/troubleshooting.md).
 * - `GET /data/foundation/export/batches/{id}/meta?path=row_errors` lists the row-error files (`parsing_errors_N.json`,
 *   `conversion_errors_N.json`), each fetched from its `_links.self.href` (`meta?path=row_errors/<name>`)
 *   (error-diagnostics.md, "Unparsable rows"; the Data Access API is marked deprecated but still documented).
 */

export interface DatasetInfo {
  id: string
  name?: string
  schemaId?: string
}

export type BatchState = 'loading' | 'staging' | 'processing' | 'success' | 'active' | 'failed' | 'aborted' | 'abandoned' | 'inactive' | string

export interface BatchError {
  code?: string
  description?: string
  recordCount?: number
}

export interface BatchStatus {
  id: string
  status: BatchState
  metrics: { inputRecordCount?: number; outputRecordCount?: number; failedRecordCount?: number; inputByteSize?: number; inputFileCount?: number }
  errors: BatchError[]
}

/** A batch in one of these states will not change any more. */
export const FINAL_OK = new Set(['success', 'active'])
export const FINAL_FAILED = new Set(['failed', 'aborted', 'abandoned', 'inactive', 'deleted'])

/** The single object of a Catalog answer keyed by id. */
function only<T>(body: Record<string, T>, id: string): T | undefined {
  return body[id] ?? Object.values(body)[0]
}

export async function getDataset(client: PlatformClient, id: string): Promise<DatasetInfo> {
  const call = { step: 'check the dataset', method: 'GET', path: `/data/foundation/catalog/dataSets/${encodeURIComponent(id)}`, headers: { accept: 'application/json' } }
  const res = await client.send(call)
  if (res.status === 404) throw new XdmapError('AEP_DATASET_NOT_FOUND', `Dataset ${id} was not found (GET ${call.path} → 404): check --dataset and AEP_SANDBOX`)
  if (res.status !== 200) throw client.error(call, res, `dataset ${id}`)
  const entry = only(PlatformClient.json<Record<string, { name?: string; schemaRef?: { id?: string } }>>(res, call.step), id)
  if (!entry) throw new XdmapError('AEP_DATASET_NOT_FOUND', `Dataset ${id}: the Catalog answer holds no dataset`)
  return { id, ...(entry.name ? { name: entry.name } : {}), ...(entry.schemaRef?.id ? { schemaId: entry.schemaRef.id } : {}) }
}

export async function getBatch(client: PlatformClient, id: string): Promise<BatchStatus> {
  const call = { step: 'read the batch status', method: 'GET', path: `/data/foundation/catalog/batches/${encodeURIComponent(id)}`, headers: { accept: 'application/json' } }
  const res = await client.expect(call, [200], `batch ${id}`)
  const entry = only(PlatformClient.json<Record<string, { status?: string; metrics?: BatchStatus['metrics']; errors?: BatchError[] }>>(res, call.step), id)
  if (!entry) throw new XdmapError('AEP_HTTP_ERROR', `Batch ${id}: the Catalog answer holds no batch`)
  const errors = (entry.errors ?? []).map((e) => ({ ...e, ...(e.description ? { description: redact(String(e.description)) } : {}) }))
  return { id, status: String(entry.status ?? 'unknown'), metrics: entry.metrics ?? {}, errors }
}

/**
 * Downloads the batch's row-error files into `dir` (created when there is something to write). Returns the files
 * written. A Data Access answer of 404 (no diagnostics, or the API is gone) gives an empty list, not an error.
 */
export async function downloadRowErrors(client: PlatformClient, batchId: string, dir: string): Promise<string[]> {
  const list = { step: 'list the failed-row files', method: 'GET', path: `/data/foundation/export/batches/${encodeURIComponent(batchId)}/meta?path=row_errors`, headers: { accept: 'application/json' } }
  const res = await client.send(list)
  if (res.status === 404) return []
  if (res.status !== 200) throw client.error(list, res, `the failed-row files of batch ${batchId}`)
  const body = PlatformClient.json<{ data?: { name?: string; _links?: { self?: { href?: string } } }[] }>(res, list.step)
  const written: string[] = []
  for (const f of body.data ?? []) {
    if (!f.name) continue
    const name = basename(f.name)
    const path = `/data/foundation/export/batches/${encodeURIComponent(batchId)}/meta?path=${encodeURIComponent(`row_errors/${f.name}`)}`
    const get = { step: `download ${name}`, method: 'GET', path }
    const file = await client.expect(get, [200])
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(join(dir, name), redact(file.text))
    written.push(join(dir, name))
  }
  return written
}
