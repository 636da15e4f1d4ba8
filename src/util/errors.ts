/**
 * Errors and issues. A configuration problem (bad schema, bad mapping, bad option, I/O) is an
 * `XdmapError` that stops the run (exit 2). A problem with one row is an `Issue` that routes that row
 * to the rejects (or, for conversion with `null-field`, drops one field).
 */

/** Where a problem was found. Every field is optional; fill in what is known. */
import type { ErrorCode, RowCode } from './codes.js'

export type { ErrorCode } from './codes.js'

export interface Location {
  /** File the problem is in (CSV, schema or mapping file). */
  file?: string
  /** Physical 1-based line in that file. */
  line?: number
  /** 1-based data record number in the CSV (header excluded). */
  record?: number
  /** CSV column name. */
  column?: string
  /** XDM field path (dot path with array indexes). */
  field?: string
  /** Index of the mapping in the mapping set (0-based, as in `mappings[i]`). */
  mapping?: number
}

export class XdmapError extends Error {
  readonly code: ErrorCode
  readonly location: Location
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number
  constructor(code: ErrorCode, message: string, location: Location = {}, exitCode = 2) {
    super(message)
    this.name = 'XdmapError'
    this.code = code
    this.location = location
    this.exitCode = exitCode
  }

  /** "CODE: message (file:line, mappings[i], column X, field Y)" */
  override toString(): string {
    return `${this.code}: ${this.message}${formatLocation(this.location)}`
  }
}

export function formatLocation(loc: Location): string {
  const parts: string[] = []
  if (loc.file !== undefined) parts.push(loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file)
  else if (loc.line !== undefined) parts.push(`line ${loc.line}`)
  if (loc.record !== undefined) parts.push(`record ${loc.record}`)
  if (loc.mapping !== undefined) parts.push(`mappings[${loc.mapping}]`)
  if (loc.column !== undefined) parts.push(`column ${JSON.stringify(loc.column)}`)
  if (loc.field !== undefined) parts.push(`field ${loc.field}`)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

/** The three failure classes AEP counts. */
export type IssueClass = 'parsing' | 'conversion' | 'validation'

/** One problem with one row. */
export interface Issue {
  code: RowCode
  class: IssueClass
  message: string
  column?: string
  field?: string
  value?: unknown
  /** ajv keyword for validation issues. */
  keyword?: string
}
