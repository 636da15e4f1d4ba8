import type { SerializerChoice } from '../codegen/serialize.js'
import type { Compression } from '../output/parquet/encode.js'

/** --format parquet: the workers shred records into columns and encode row groups themselves. */
export interface ParquetPlan {
  compression: Compression
  /** Rows per row group at most (--row-group-rows, and never more than --max-rows). */
  rowGroupRows: number
  /** Input text per row group at most: bounds a group's memory whatever the records' size. */
  rowGroupBytes: number
  /** A group must fit in an empty file of this size (footer included). */
  maxFileBytes: number
}

/**
 * The serialisable plan of a run: everything the per-row work needs, checked once by the planner. The main thread
 * builds it; worker threads (and remote workers) receive it as it is and trust it, instead of re-checking the schema
 * and the mapping.
 */
export interface Plan {
  /** The schema in the registry's resolved shape (already compiled by ajv once: known to be valid). */
  schema: Record<string, unknown>
  schemaSource: string
  /** The mapping set as JSON (already checked against the schema and the header). */
  mapping: unknown
  header: string[]
  delimiter: string
  relaxQuotes: boolean
  timezone?: string
  /** --on-conversion-error null-field */
  nullField: boolean
  /** Largest record line (JSON + newline) in bytes. */
  maxLineBytes: number
  /** Name of the input encoding, for messages. */
  encoding: string
  serializer: SerializerChoice
  /** Set for --format parquet: batches come back as row groups instead of JSON lines. */
  parquet?: ParquetPlan
}
