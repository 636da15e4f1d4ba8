import { parentPort, workerData } from 'node:worker_threads'
import { splitRecords } from '../csv/split.js'
import type { Plan } from '../plan/plan.js'
import { processorFromPlan } from './processor.js'

/**
 * A worker thread: receives the run's Plan once, then turns batches of raw records into JSON lines. The main thread
 * keeps the order, the line numbers and all file output.
 */
export interface WorkerBatch {
  seq: number
  text: string
  /** Offsets of each row's raw text in `text`; -1 for rows the main thread handles itself. */
  starts: Int32Array
  ends: Int32Array
  checkEncoding: boolean
  /** Parquet: after this batch, encode the rows held back as a row group (the next group goes to another worker). */
  flush?: boolean
}

// the plan comes with the worker (workerData) or, for a worker started before the run was planned, as its first message
const plan = (workerData as Plan | undefined) ?? await new Promise<Plan>((resolve) => parentPort!.once('message', (m: { plan: Plan }) => resolve(m.plan)))
const processor = await processorFromPlan(plan)

parentPort!.on('message', (batch: WorkerBatch) => {
  const rows = splitRecords(batch.text, batch.starts, batch.ends, plan.delimiter, plan.relaxQuotes)
  const result = processor(rows, batch.checkEncoding)
  if (batch.flush && processor.flush) result.groups!.push(...processor.flush().groups!)
  // the main thread keeps no batch text: rejected rows travel back with theirs
  for (const r of result.rejects) r.raw = batch.text.slice(batch.starts[r.index], batch.ends[r.index])
  const transfer = [result.buffer.buffer as ArrayBuffer]
  if (result.groups) for (const g of result.groups) transfer.push(g.bytes.buffer as ArrayBuffer)
  parentPort!.postMessage({ seq: batch.seq, ...result }, transfer)
})
parentPort!.postMessage({ ready: true })
