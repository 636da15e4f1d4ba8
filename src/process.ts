import { compileMapping, type CompiledMapping, type ConversionFailure } from './compile.js'
import { hasInvalidBytes } from './csv/decode.js'
import { splitRecord as splitWithDialect } from './csv/parse.js'
import type { Issue } from './errors.js'
import type { MappingSet } from './mapping/load.js'
import type { FieldCatalog } from './schema/catalog.js'
import { JsonWriter } from './json-writer.js'
import { chooseSerializer, type SerializerChoice } from './serialize.js'
import { createValidator } from './validate.js'

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
}

/**
 * Processes a batch: per row its cells, or null for a row the caller settles itself. `checkEncoding` asks for
 * rows holding bytes the decoder could not read (lone surrogates: see DecodeStats.invalid; a genuine U+FFFD is fine)
 * to be rejected as CSV_INVALID_ENCODING.
 */
export type Processor = (cells: readonly (readonly string[] | null)[], checkEncoding?: boolean) => BatchResult

export function createProcessor(options: ProcessorOptions): Processor {
  const { catalog, set, header, nullField, maxLineBytes } = options
  const width = header.length
  const compiled = options.compiled ?? compileMapping(set, catalog, header, options.timezone !== undefined ? { timezone: options.timezone } : {})
  const validate = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
  // 'auto': the row function writes the record's JSON bytes itself; 'fjs' / 'json' serialize the record afterwards
  const choice = options.serializer ?? 'auto'
  const serialize = choice === 'auto' ? undefined : chooseSerializer(compiled.projection, choice).serialize
  const w = new JsonWriter()
  const byIndex = new Map(set.mappings.map((m) => [m.index, m]))
  const failures: Issue[] = []
  const fail: ConversionFailure = (index, cell, error) => {
    const m = byIndex.get(index)!
    const source = m.sourceType === 'EXPRESSION' ? `expression ${JSON.stringify(String(m.source).slice(0, 60))}` : m.column!
    const issue: Issue = { code: error.code, class: 'conversion', message: `${source} → ${m.destination}: ${error.message}`, field: m.destination }
    if (m.column !== undefined) { issue.column = m.column; issue.value = cell } else if (m.columns?.length === 1) issue.column = m.columns[0]!
    failures.push(issue)
  }

  return (rows, checkEncoding = false) => {
    const lengths = new Int32Array(rows.length).fill(-1)
    const rejects: BatchResult['rejects'] = []
    const nulled: Record<string, number> = {}
    w.p = 0
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]
      if (!cells) continue
      if (cells.length !== width) {
        rejects.push({ index: i, issues: [{ code: 'CSV_FIELD_COUNT', class: 'parsing', message: `The row has ${cells.length} fields but the header has ${width}${cells.length > width ? ' (an unquoted delimiter inside a value?)' : ''}` }] })
        continue
      }
      if (checkEncoding) {
        const col = cells.findIndex(hasInvalidBytes)
        if (col >= 0) {
          rejects.push({ index: i, issues: [{ code: 'CSV_INVALID_ENCODING', class: 'parsing', message: `Column ${JSON.stringify(header[col])} holds bytes that are not valid ${options.encoding ?? 'utf8'}; if the file comes from Excel or Windows, try --encoding windows-1252`, column: header[col]! }] })
          continue
        }
      }
      failures.length = 0
      // the row function writes the JSON text as it goes; a rejected row's bytes are taken back
      const mark = w.p
      const record = compiled.row(cells, fail, serialize ? undefined : w)
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
      if (serialize) w.text(serialize(record))
      w.byte(10)
      const n = w.p - mark
      if (n > maxLineBytes) {
        w.p = mark
        rejects.push({ index: i, issues: [...failures, { code: 'XDM_RECORD_TOO_LARGE', class: 'validation', message: `The record is ${n - 1} bytes of JSON, over the limit of ${maxLineBytes - 1} bytes (AEP: ExperienceEvent 10 KB, Profile 100 KB; --max-record-bytes)` }] })
        continue
      }
      for (const f of failures) nulled[f.code] = (nulled[f.code] ?? 0) + 1
      lengths[i] = n
    }
    return { buffer: w.take(), lengths, rejects, nulled }
  }
}

/** Cells of one complete record given as its raw text (as a worker re-splits what the main thread cut). */
export function splitRecord(raw: string, delimiter: string, relaxQuotes = delimiter === '\t'): string[] {
  return splitWithDialect(raw, { delimiter, relaxQuotes })
}
