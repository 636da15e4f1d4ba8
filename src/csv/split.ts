import type { Issue } from '../errors.js'
import { CsvParser, type CsvRowError } from './parse.js'

/**
 * Record splitting and the parsing rejects, in one place: a worker splits the records whose boundaries the reader
 * found, and every parsing issue (the parser's own errors, a field count that differs from the header's, bytes that
 * are not valid in the input's encoding) is shaped here.
 */

/** Cells of one complete record given as its raw text. */
export function splitRecord(raw: string, delimiter: string): string[] {
  if (raw.indexOf('"') === -1) return raw.split(delimiter)
  // one parser per delimiter, reused: each push is a whole record and ends final, so nothing carries over
  let parser = splitters.get(delimiter)
  if (!parser) { parser = new CsvParser({ delimiter, maxFieldBytes: Number.MAX_SAFE_INTEGER }); splitters.set(delimiter, parser) }
  return parser.push(raw, true).rows[0]?.cells ?? ['']
}

const splitters = new Map<string, CsvParser>()

/** The issue of a record the parser could not read. */
export function parseIssue(error: CsvRowError): Issue {
  return { code: error.code, class: 'parsing', message: error.message }
}

/**
 * The parsing issue of a split record, if any: a field count other than the header's, or (when the input had bytes
 * that are not valid in its encoding) a cell holding U+FFFD.
 */
export function recordIssue(cells: readonly string[], header: readonly string[], checkEncoding: boolean, encoding: string): Issue | undefined {
  const width = header.length
  if (cells.length !== width) {
    return { code: 'CSV_FIELD_COUNT', class: 'parsing', message: `The row has ${cells.length} fields but the header has ${width}${cells.length > width ? ' (an unquoted delimiter inside a value?)' : ''}` }
  }
  if (checkEncoding) {
    const col = cells.findIndex((c) => c.includes('\uFFFD'))
    if (col >= 0) return { code: 'CSV_INVALID_ENCODING', class: 'parsing', message: `Column ${JSON.stringify(header[col])} holds bytes that are not valid ${encoding}; if the file comes from Excel or Windows, try --encoding windows-1252`, column: header[col]! }
  }
  return undefined
}
