import type { RowCode } from '../util/codes.js'
import type { Issue } from '../util/errors.js'
import { hasInvalidBytes } from './decode.js'
import { splitByteRecords as splitByteRangesWithDialect, splitRecord as splitWithDialect, splitRecords as splitRangesWithDialect, type CsvRowError, type SplitBatch } from './parse.js'

/**
 * Record splitting and the parsing rejects, in one place: a worker splits the records whose boundaries the reader
 * found, and every parsing issue (the parser's own errors, a field count that differs from the header's, bytes that
 * are not valid in the input's encoding) is shaped here.
 */

/** Cells of one complete record given as its raw text, read with the run's dialect (a worker splits what the reader cut). */
export function splitRecord(raw: string, delimiter: string, relaxQuotes: boolean): string[] {
  return splitWithDialect(raw, { delimiter, relaxQuotes })
}

/** Cells of the records of a batch given as ranges of its text (negative start: null), as splitRecord reads each. */
export function splitRecords(text: string, starts: Int32Array, ends: Int32Array, delimiter: string, relaxQuotes: boolean): (string[] | null)[] {
  return splitRangesWithDialect(text, starts, ends, { delimiter, relaxQuotes })
}

/** Cells and raw text of the records of a batch given as byte ranges of the input (see parse.ts splitByteRecords). */
export function splitByteRecords(bytes: Uint8Array, starts: Int32Array, ends: Int32Array, delimiter: string, relaxQuotes: boolean): SplitBatch {
  return splitByteRangesWithDialect(bytes, starts, ends, { delimiter, relaxQuotes })
}

/** The issue of a record the parser could not read. */
export function parseIssue(error: CsvRowError): Issue {
  return { code: error.code as RowCode, class: 'parsing', message: error.message }
}

/**
 * The parsing issue of a split record, if any: a field count other than the header's, or (when the input had bytes
 * that are not valid in its encoding) a cell holding such bytes (kept as lone surrogates by the decoder; a genuine
 * U+FFFD in the file is fine).
 */
export function recordIssue(cells: readonly string[], header: readonly string[], checkEncoding: boolean, encoding: string): Issue | undefined {
  const width = header.length
  if (cells.length !== width) {
    return { code: 'CSV_FIELD_COUNT', class: 'parsing', message: `The row has ${cells.length} fields but the header has ${width}${cells.length > width ? ' (an unquoted delimiter inside a value?)' : ''}` }
  }
  if (checkEncoding) {
    const col = cells.findIndex(hasInvalidBytes)
    if (col >= 0) return { code: 'CSV_INVALID_ENCODING', class: 'parsing', message: `Column ${JSON.stringify(header[col])} holds bytes that are not valid ${encoding}; if the file comes from Excel or Windows, try --encoding windows-1252`, column: header[col]! }
  }
  return undefined
}
