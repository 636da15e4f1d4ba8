import { parentPort, workerData } from 'node:worker_threads'
import { loadMapping } from './mapping/load.js'
import { createProcessor, splitRecord } from './process.js'
import { buildCatalog } from './schema/catalog.js'
import { trustSchemas } from './validate.js'
import type { SerializerChoice } from './serialize.js'

/**
 * A worker thread of `run`: builds the same compiled processor as the main thread (from the same schema and
 * mapping JSON), then turns batches of raw records into JSON lines. The main thread keeps the order, the line
 * numbers and all file output.
 */
export interface WorkerInit {
  schema: Record<string, unknown>
  schemaSource: string
  mapping: unknown
  header: string[]
  delimiter: string
  timezone?: string
  nullField: boolean
  maxLineBytes: number
  encoding: string
  serializer: SerializerChoice
}

export interface WorkerBatch {
  seq: number
  text: string
  /** Offsets of each row's raw text in `text`; -1 for rows the main thread handles itself. */
  starts: Int32Array
  ends: Int32Array
  checkEncoding: boolean
}

const init = workerData as WorkerInit
// the main thread compiled this schema already, so it is known to be a valid JSON Schema
trustSchemas()
const catalog = buildCatalog(init.schema, init.schemaSource)
const set = await loadMapping(init.mapping as object, catalog, { trusted: true, ...(init.timezone !== undefined ? { timezone: init.timezone } : {}) })
const processor = createProcessor({ catalog, set, header: init.header, nullField: init.nullField, maxLineBytes: init.maxLineBytes, encoding: init.encoding, serializer: init.serializer, ...(init.timezone !== undefined ? { timezone: init.timezone } : {}) })

parentPort!.on('message', (batch: WorkerBatch) => {
  const rows: (string[] | null)[] = new Array(batch.starts.length)
  for (let i = 0; i < rows.length; i++) {
    const s = batch.starts[i]!
    rows[i] = s < 0 ? null : splitRecord(batch.text.slice(s, batch.ends[i]), init.delimiter)
  }
  const result = processor(rows, batch.checkEncoding)
  // the main thread keeps no batch text: rejected rows travel back with theirs
  for (const r of result.rejects) r.raw = batch.text.slice(batch.starts[r.index], batch.ends[r.index])
  parentPort!.postMessage({ seq: batch.seq, ...result }, [result.buffer.buffer as ArrayBuffer])
})
parentPort!.postMessage({ ready: true })
