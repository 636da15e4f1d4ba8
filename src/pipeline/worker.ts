import { parentPort, workerData } from 'node:worker_threads'
import type { SplitBatch } from '../csv/parse.js'
import { splitByteRecords, splitRecords } from '../csv/split.js'
import type { Plan } from '../plan/plan.js'
import { processorFromPlan } from './processor.js'

/**
 * A worker thread: receives the run's Plan once, then turns batches of raw records into JSON lines. The main thread
 * keeps the order, the line numbers and all file output.
 */
export interface WorkerBatch {
  seq: number
  /** The records' text; or `bytes`, the input's bytes (ASCII, or not valid UTF-8: see reader.ts), which the worker decodes. */
  text?: string
  bytes?: Uint8Array
  /** Offsets of each row's raw text in `text` (in `bytes`); -1 for rows the main thread handles itself. */
  starts: Int32Array
  ends: Int32Array
  /** Characters (bytes) of input the batch holds, for the pool's bound on what is in flight. */
  size: number
  checkEncoding: boolean
  /** Parquet: after this batch, encode the rows held back as a row group (the next group goes to another worker). */
  flush?: boolean
}

// the plan comes with the worker (workerData) or, for a worker started before the run was planned, as its first message
const plan = (workerData as Plan | undefined) ?? await new Promise<Plan>((resolve) => parentPort!.once('message', (m: { plan: Plan }) => resolve(m.plan)))
const processor = await processorFromPlan(plan)

parentPort!.on('message', (batch: WorkerBatch) => {
  const split = batch.bytes ? splitByteRecords(batch.bytes, batch.starts, batch.ends, plan.delimiter, plan.relaxQuotes) : textRecords(batch.text ?? '', batch.starts, batch.ends)
  const result = processor(split.rows, batch.checkEncoding)
  if (batch.flush && processor.flush) result.groups!.push(...processor.flush().groups!)
  // the main thread keeps no batch text: rejected rows travel back with theirs
  for (const r of result.rejects) r.raw = split.raw(r.index)
  const transfer = [result.buffer.buffer as ArrayBuffer]
  if (result.groups) for (const g of result.groups) transfer.push(g.bytes.buffer as ArrayBuffer)
  // the input bytes go back to the reader, which reads into them again
  if (batch.bytes) { result.input = batch.bytes.buffer as ArrayBuffer; transfer.push(result.input) }
  parentPort!.postMessage({ seq: batch.seq, ...result }, transfer)
})
parentPort!.postMessage({ ready: true })

/** The cells of a text batch's records, and a record's raw text. */
function textRecords(text: string, starts: Int32Array, ends: Int32Array): SplitBatch {
  return { rows: splitRecords(text, starts, ends, plan.delimiter, plan.relaxQuotes), raw: (i) => text.slice(starts[i], ends[i]) }
}
