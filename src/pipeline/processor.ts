import type { RowCode } from '../util/codes.js'
import { compileMapping, type CompiledMapping, type ConversionFailure } from '../codegen/compile.js'
import { recordIssue } from '../csv/split.js'
import type { Issue } from '../util/errors.js'
import { loadMapping, type MappingSet } from '../mapping/load.js'
import { buildCatalog, type FieldCatalog } from '../schema/catalog.js'
import { JsonWriter } from '../codegen/json-writer.js'
import { chooseSerializer, type SerializerChoice } from '../codegen/serialize.js'
import { createValidator, trustSchemas } from '../validate.js'
import type { ParquetPlan, Plan } from '../plan/plan.js'
import { GroupEncoder, type EncodedGroup } from '../output/parquet/encode.js'
import { leafColumns, parquetSchema } from '../output/parquet/schema.js'
import { jsonBytes, Shredder } from '../output/parquet/shred.js'

/**
 * The per-row work, compiled once: row function → validation → serialization → UTF-8 bytes. The same code runs
 * in the main thread or in worker threads (see worker.ts); either way it gets the cells of a batch of rows and
 * gives back one buffer of JSON lines plus, per row, its byte length or its issues.
 */

export interface ProcessorOptions {
  catalog: FieldCatalog
  set: MappingSet
  header: readonly string[]
  timezone?: string
  /** --on-conversion-error null-field */
  nullField: boolean
  /** Largest record line (JSON + newline) in bytes. */
  maxLineBytes: number
  serializer?: SerializerChoice
  /** Name of the input encoding, for messages. */
  encoding?: string
  /** The mapping already compiled for this header (the caller's), so it is not compiled twice. */
  compiled?: CompiledMapping
  /** --format parquet: written records are shredded into columns and encoded as row groups (BatchResult.groups). */
  parquet?: ParquetPlan
}

export interface BatchResult {
  /** JSON lines of the written rows, each ending in '\n', in row order. */
  buffer: Uint8Array
  /** Per row: byte length of its line in `buffer`, or -1 if it was rejected (or skipped). */
  lengths: Int32Array
  /** Issues of the rejected rows, by row index (and, from a worker, the row's raw text). */
  rejects: { index: number; issues: Issue[]; raw?: string }[]
  /** Fields dropped under null-field in rows that were written, by code. */
  nulled: Record<string, number>
  /**
   * Parquet: the row groups finished while this batch was processed (rows of this and earlier batches, in order).
   * `buffer` is then empty and a written row's length is 0.
   */
  groups?: EncodedGroup[]
  /** From a worker given a ByteBatch: the memory of its input bytes, given back to the reader. */
  input?: ArrayBuffer
}

/**
 * Processes a batch: per row its cells, or null for a row the caller settles itself. `checkEncoding` asks for
 * rows holding U+FFFD (bytes the decoder could not read) to be rejected as CSV_INVALID_ENCODING.
 */
export type Processor = ((cells: readonly (readonly string[] | null)[], checkEncoding?: boolean) => BatchResult) & {
  /** Parquet: encodes the rows held back as a last row group (a result with no rows of its own). */
  flush?: () => BatchResult
}

export function createProcessor(options: ProcessorOptions): Processor {
  const { catalog, set, header, nullField, maxLineBytes } = options
  const encoding = options.encoding ?? 'utf8'
  // 'auto': the row function writes the record's JSON bytes itself; 'json' serializes the record afterwards
  const choice = options.serializer ?? 'auto'
  // instants stay epoch ms from the converter to the Parquet column or the writer's digits (no ISO text made per value
  // and read back or copied); a serializer of the record needs the text
  const instantsMs = options.parquet !== undefined || choice === 'auto'
  const compiled = options.compiled ?? compileMapping(set, catalog, header, { ...(options.timezone !== undefined ? { timezone: options.timezone } : {}), instantsMs, fixedShapes: true })
  if (compiled.instantsMs && !options.parquet && choice !== 'auto') throw new Error('a record with epoch-ms instants cannot be serialized')
  const validate = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true, instantsMs: compiled.instantsMs, shape: compiled.shape })
  const serialize = choice === 'auto' ? undefined : chooseSerializer(compiled.projection, choice).serialize
  const w = new JsonWriter()
  const byIndex = new Map(set.mappings.map((m) => [m.index, m]))
  const failures: Issue[] = []
  const fail: ConversionFailure = (index, cell, error) => {
    const m = byIndex.get(index)!
    const source = m.sourceType === 'EXPRESSION' ? `expression ${JSON.stringify(String(m.source).slice(0, 60))}` : m.column!
    const issue: Issue = { code: error.code as RowCode, class: 'conversion', message: `${source} → ${m.destination}: ${error.message}`, field: m.destination }
    if (m.column !== undefined) { issue.column = m.column; issue.value = cell } else if (m.columns?.length === 1) issue.column = m.columns[0]!
    failures.push(issue)
  }

  // Parquet: records are shredded as they pass validation; a group is encoded when it is full (or on flush)
  const pq = options.parquet
  let shredder: Shredder | undefined
  let encoder: GroupEncoder | undefined
  let groups: EncodedGroup[] = []
  if (pq) {
    const schema = parquetSchema(compiled.shape)
    shredder = new Shredder(compiled.shape)
    encoder = new GroupEncoder({ schema, leaves: leafColumns(schema, compiled.shape), compression: pq.compression, maxFileBytes: pq.maxFileBytes })
  }
  const encodeGroup = (): void => {
    const { rows, columns } = shredder!.take()
    encoder!.encode(rows, columns, groups)
  }
  const takeGroups = (): EncodedGroup[] => { const g = groups; groups = []; return g }

  const processor: Processor = (rows, checkEncoding = false) => {
    const lengths = new Int32Array(rows.length).fill(-1)
    const rejects: BatchResult['rejects'] = []
    const nulled: Record<string, number> = {}
    w.p = 0
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]
      if (!cells) continue
      const parseProblem = recordIssue(cells, header, checkEncoding, encoding)
      if (parseProblem) { rejects.push({ index: i, issues: [parseProblem] }); continue }
      failures.length = 0
      // the row function writes the JSON text as it goes; a rejected row's bytes are taken back
      const mark = w.p
      // Parquet: no JSON text (the record goes into column vectors); otherwise the row function writes it as it goes
      const record = compiled.row(cells, fail, serialize || shredder ? undefined : w)
      if (failures.length && !nullField) { w.p = mark; rejects.push({ index: i, issues: failures.slice() }); continue }
      const invalid = validate(record)
      if (invalid) {
        w.p = mark
        for (const issue of invalid) {
          const m = issue.field !== undefined ? compiled.mappingFor(issue.field) : undefined
          if (m?.column !== undefined) issue.column = m.column
        }
        rejects.push({ index: i, issues: [...failures, ...invalid] })
        continue
      }
      let n: number
      if (shredder) {
        // AEP's record limits are on the JSON size: measured only when the shredder's upper bound passes the limit
        const before = shredder.bound
        shredder.add(record)
        n = shredder.bound - before + 1
        if (n > maxLineBytes) {
          n = jsonBytes(record, compiled.shape) + 1
          if (n > maxLineBytes) shredder.undo()
        }
      } else {
        if (serialize) w.text(serialize(record))
        w.byte(10)
        n = w.p - mark
      }
      if (n > maxLineBytes) {
        w.p = mark
        rejects.push({ index: i, issues: [...failures, { code: 'XDM_RECORD_TOO_LARGE', class: 'validation', message: `The record is ${n - 1} bytes of JSON, over the limit of ${maxLineBytes - 1} bytes (AEP: ExperienceEvent 10 KB, Profile 100 KB; --max-record-bytes)` }] })
        continue
      }
      for (const f of failures) nulled[f.code] = (nulled[f.code] ?? 0) + 1
      if (shredder) {
        lengths[i] = 0
        if (shredder.rows >= pq!.rowGroupRows || shredder.bytes >= pq!.rowGroupBytes) encodeGroup()
        continue
      }
      lengths[i] = n
    }
    if (shredder) return { buffer: w.take(), lengths, rejects, nulled, groups: takeGroups() }
    return { buffer: w.take(), lengths, rejects, nulled }
  }
  if (shredder) {
    processor.flush = () => {
      if (shredder.rows) encodeGroup()
      return { buffer: new Uint8Array(0), lengths: new Int32Array(0), rejects: [], nulled: {}, groups: takeGroups() }
    }
  }
  return processor
}

/**
 * The processor of a plan, in a worker thread: the plan was checked by the planner (schema compiled by ajv, mapping
 * checked against its JSON Schema, the catalog and the header), so nothing is checked again here.
 */
export async function processorFromPlan(plan: Plan): Promise<Processor> {
  trustSchemas()
  const catalog = buildCatalog(plan.schema, plan.schemaSource)
  const convert = plan.timezone !== undefined ? { timezone: plan.timezone } : {}
  const set = await loadMapping(plan.mapping as object, catalog, { trusted: true, ...convert })
  return createProcessor({ catalog, set, header: plan.header, nullField: plan.nullField, maxLineBytes: plan.maxLineBytes, encoding: plan.encoding, serializer: plan.serializer, ...convert, ...(plan.parquet ? { parquet: plan.parquet } : {}) })
}
