import { XdmapError } from '../util/errors.js'
import { PlatformClient } from './platform.js'

/**
 * The Batch Ingestion API (base `/data/foundation/import`), as Adobe's batch ingestion developer guide
 * (ingestion/batch-ingestion/api-overview.md) describes it:
 * - `POST /batches` `{datasetId, inputFormat: {format, isMultiLineJson}}` → 201 `{id}`; `enableErrorDiagnostics`
 *   and `partialIngestionPercent` are top-level fields (ingestion/batch-ingestion/partial.md).
 * - `PUT /batches/{B}/datasets/{D}/files/{name}`, `Content-Type: application/octet-stream`, single part → 200.
 *   PUT of the same name again replaces the file, which is what makes a re-send after an unknown outcome safe.
 * - Large files (above 256 MB): `POST .../files/{name}?action=INITIALIZE` → 201, repeated `PATCH .../files/{name}`
 *   with `Content-Range: bytes {start}-{end}` → 200, `POST .../files/{name}?action=COMPLETE` → 201. Overlapping or
 *   missing chunks fail only at that last step with a 400 (ingestion/batch-ingestion/troubleshooting.md).
 * - `POST /batches/{B}?action=COMPLETE` → 200; safe to retry (troubleshooting.md: "if the operation actually
 *   succeeded, the API will return success, even after retrying"). `?action=ABORT` → 200.
 */
const IMPORT = '/data/foundation/import'

export interface CreateBatchOptions {
  datasetId: string
  format: 'json' | 'parquet'
  isMultiLineJson?: boolean
  partialIngestionPercent?: number
}

export async function createBatch(client: PlatformClient, o: CreateBatchOptions): Promise<string> {
  const json: Record<string, unknown> = {
    datasetId: o.datasetId,
    inputFormat: o.format === 'json' ? { format: 'json', isMultiLineJson: !!o.isMultiLineJson } : { format: 'parquet' },
    enableErrorDiagnostics: true,
    ...(o.partialIngestionPercent !== undefined ? { partialIngestionPercent: o.partialIngestionPercent } : {}),
  }
  const call = { step: 'create the batch', method: 'POST', path: `${IMPORT}/batches`, json, headers: { accept: 'application/json' } }
  const res = await client.expect(call, [200, 201], `a batch for dataset ${o.datasetId}`)
  const id = PlatformClient.json<{ id?: string }>(res, call.step).id
  if (!id) throw new XdmapError('AEP_HTTP_ERROR', 'Step "create the batch": AEP answered without a batch id')
  return id
}

function filePath(batchId: string, datasetId: string, name: string): string {
  return `${IMPORT}/batches/${encodeURIComponent(batchId)}/datasets/${encodeURIComponent(datasetId)}/files/${encodeURIComponent(name)}`
}

/** One plain PUT of a whole file. */
export async function putFile(client: PlatformClient, batchId: string, datasetId: string, name: string, path: string, bytes: number): Promise<void> {
  await client.expect({ step: `upload ${name}`, method: 'PUT', path: filePath(batchId, datasetId, name), file: { path, start: 0, end: bytes } }, [200, 201])
}

export async function initializeLargeFile(client: PlatformClient, batchId: string, datasetId: string, name: string): Promise<void> {
  await client.expect({ step: `initialize the large file ${name}`, method: 'POST', path: `${filePath(batchId, datasetId, name)}?action=INITIALIZE` }, [200, 201])
}

/** One chunk: bytes [start, end) of the file, `Content-Range: bytes start-(end-1)/total` (inclusive end, as HTTP ranges are). */
export async function patchChunk(client: PlatformClient, batchId: string, datasetId: string, name: string, path: string, start: number, end: number, total: number): Promise<void> {
  await client.expect({
    step: `upload bytes ${start}-${end - 1} of ${name}`, method: 'PATCH', path: filePath(batchId, datasetId, name),
    headers: { 'content-range': `bytes ${start}-${end - 1}/${total}` }, file: { path, start, end },
  }, [200, 201, 204])
}

export async function completeLargeFile(client: PlatformClient, batchId: string, datasetId: string, name: string): Promise<void> {
  await client.expect({ step: `complete the large file ${name}`, method: 'POST', path: `${filePath(batchId, datasetId, name)}?action=COMPLETE` }, [200, 201])
}

export async function batchAction(client: PlatformClient, batchId: string, action: 'COMPLETE' | 'ABORT'): Promise<void> {
  await client.expect({ step: action === 'COMPLETE' ? 'complete the batch' : 'abort the batch', method: 'POST', path: `${IMPORT}/batches/${encodeURIComponent(batchId)}?action=${action}` }, [200, 201, 204])
}
