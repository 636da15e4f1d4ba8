import type { SerializerChoice } from '../codegen/serialize.js'

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
}
