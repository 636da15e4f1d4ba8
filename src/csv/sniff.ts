/**
 * CSV dialect sniffing, in the spirit of DuckDB's sniffer: each candidate delimiter parses the first records
 * (64 Ki characters, 100 records at most) and is scored by how many records have the header's field count. The
 * header line alone never decides: a candidate must hold over the data lines. Title lines above the header (lines
 * without the delimiter) are found the same way, and Excel's `sep=;` first line is honoured and skipped.
 *
 * Ranking, best first: more records consistent with the header's field count; fewer fields starting with a space
 * (`Name, vollständig;Betrag` is prose for `,`); more columns; the order , ; tab |. A delimiter that gives one
 * column everywhere only wins when no candidate gives two or more. When fewer than half of the sampled data
 * records fit the best candidate, the sniffer refuses (CSV_DIALECT_AMBIGUOUS) rather than guess.
 */
import { XdmapError } from '../util/errors.js'
import type { Encoding } from './decode.js'
import { CsvParser, detectDelimiter } from './parse.js'

/** Characters of the input the sniffer looks at. */
export const SNIFF_CHARS = 65536
/** Records the sniffer looks at. */
export const SNIFF_RECORDS = 100
/** Title lines it may skip above the header. */
const MAX_TITLE_LINES = 10

export const DELIMITER_CANDIDATES: readonly string[] = [',', ';', '\t', '|']

/** How the input is laid out: what the parser (main thread and workers) needs, and what the manifest records. */
export interface Dialect {
  delimiter: string
  quote: string
  /** The line end the sample mostly uses ('none' for a one-line input). The parser accepts all three anyway. */
  lineEnding: 'lf' | 'crlf' | 'cr' | 'none'
  /** More than one kind of line end was seen in the sample. */
  mixedLineEndings: boolean
  /** See CsvParserOptions.relaxQuotes (on by default for tab-delimited files). */
  relaxQuotes: boolean
  /** The input starts with Excel's `sep=X` line (skipped). */
  sepLine: boolean
  /** Title lines skipped above the header (records without the delimiter). */
  titleLines: number
  /** Physical lines before the header: the `sep=` line, title lines and blank lines among them. Give it to the parser. */
  skipLines: number
  /** 1-based physical line of the header. */
  headerLine: number
  /** Where the delimiter came from. */
  delimiterFrom: 'option' | 'sep-line' | 'sniffed' | 'default'
  /** Field count of the header under this dialect (0 for an empty input). */
  columns: number
  /** Filled in by the caller from DecodeStats. */
  encoding?: Encoding
  bom?: boolean
}

export interface SniffOptions {
  /** An explicit delimiter ('auto' or undefined: sniff). It overrides a `sep=` line. */
  delimiter?: string
  /** Explicit --relax-quotes (undefined: on for tab files only). */
  relaxQuotes?: boolean
  /** The text is the whole input (its last line is complete even without a line end). */
  final?: boolean
}

interface Scored {
  delimiter: string
  counts: number[]
  lines: number[]
  skip: number
  width: number
  consistent: number
  dataRows: number
  spaced: number
}

/** Sniffs the dialect of a CSV from its first characters (at most SNIFF_CHARS of `text` are looked at). */
export function sniff(text: string, options: SniffOptions = {}): Dialect {
  const final = (options.final ?? false) && text.length <= SNIFF_CHARS
  let sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text
  const explicit = options.delimiter !== undefined && options.delimiter !== 'auto' ? options.delimiter : undefined
  let sepLine = false
  let sepDelimiter: string | undefined
  const sep = /^sep=([^\r\n"])(?:\r\n|\r|\n|$)/i.exec(sample)
  if (sep) {
    sepLine = true
    sepDelimiter = sep[1]!
    sample = sample.slice(sep[0].length)
  }
  const { lineEnding, mixed } = lineEndings(sample)
  const candidates = explicit !== undefined ? [explicit] : sepDelimiter !== undefined ? [sepDelimiter] : DELIMITER_CANDIDATES
  const relaxFor = (d: string): boolean => options.relaxQuotes ?? d === '\t'
  // scored with relaxed quotes: a stray quote must not hide a delimiter (the parse itself uses relaxFor)
  const scored = candidates.map((d) => score(sample, d, true, final))
  const multi = scored.filter((c) => c.width >= 2)
  const pool = multi.length ? multi : scored
  pool.sort((a, b) => b.consistent - a.consistent || a.spaced - b.spaced || b.width - a.width || candidates.indexOf(a.delimiter) - candidates.indexOf(b.delimiter))
  let best = pool[0]!
  if (explicit === undefined && sepDelimiter === undefined && best.counts.length === 0 && sample.length) {
    // not one complete record in the sample (a header over 64 Ki characters): the most frequent candidate in it
    const d = detectDelimiter(sample)
    best = scored.find((c) => c.delimiter === d) ?? best
  }
  // refused only when another delimiter was a real choice (a file whose only multi-column reading has bad rows is
  // read with it, and the bad rows rejected)
  if (explicit === undefined && sepDelimiter === undefined && multi.length >= 2 && best.dataRows >= 2 && best.consistent * 2 < best.dataRows) {
    const shown = scored.map((c) => `${JSON.stringify(c.delimiter)}: ${c.counts.slice(0, 8).map((k) => (k < 0 ? 'error' : k)).join('/')}${c.counts.length > 8 ? '/…' : ''}`).join('; ')
    throw new XdmapError('CSV_DIALECT_AMBIGUOUS', `Cannot tell the CSV delimiter: no candidate gives the same number of fields on most of the first ${scored[0]!.counts.length} records (fields per record: ${shown}). Give it with --delimiter`)
  }
  const skipLines = (sepLine ? 1 : 0) + (best.counts.length ? best.lines[best.skip]! - 1 : 0)
  return {
    delimiter: best.delimiter,
    quote: '"',
    lineEnding,
    mixedLineEndings: mixed,
    relaxQuotes: relaxFor(best.delimiter),
    sepLine,
    titleLines: best.skip,
    skipLines,
    headerLine: skipLines + 1,
    delimiterFrom: explicit !== undefined ? 'option' : sepDelimiter !== undefined ? 'sep-line' : multi.length || (best.counts.length === 0 && sample.length) ? 'sniffed' : 'default',
    columns: best.counts.length ? best.width : 0,
  }
}

/** Scores one delimiter over the sample: the header (after title lines) and how many data records match its width. */
function score(sample: string, delimiter: string, relaxQuotes: boolean, final: boolean): Scored {
  const parser = new CsvParser({ delimiter, relaxQuotes, maxFieldBytes: Number.MAX_SAFE_INTEGER })
  const batch = parser.push(sample, final)
  const rows = batch.rows.slice(0, SNIFF_RECORDS)
  const counts = rows.map((r) => (r.error ? -1 : r.cells.length))
  const lines = rows.map((r) => r.line)
  let best: Scored = { delimiter, counts, lines, skip: 0, width: rows[0]?.cells.length ?? 0, consistent: 0, dataRows: 0, spaced: 0 }
  for (let skip = 0; skip < counts.length && skip <= MAX_TITLE_LINES; skip++) {
    // a title line holds no delimiter
    if (skip > 0 && counts[skip - 1] !== 1) break
    // a header with a quoting error (an unclosed quote in a small input) still says how many fields it starts with
    const width = rows[skip]!.cells.length
    if (width < 1) continue
    let consistent = 0
    for (let j = skip + 1; j < counts.length; j++) if (counts[j] === width) consistent++
    if (skip === 0 || consistent > best.consistent) {
      let spaced = 0
      for (let j = skip; j < rows.length; j++) if (counts[j] === width) for (let k = 1; k < rows[j]!.cells.length; k++) if (rows[j]!.cells[k]!.charCodeAt(0) === 32) spaced++
      best = { delimiter, counts, lines, skip, width, consistent, dataRows: counts.length - skip - 1, spaced }
    }
  }
  return best
}

/** The line end most used outside quotes, and whether several kinds occur. */
function lineEndings(sample: string): { lineEnding: Dialect['lineEnding']; mixed: boolean } {
  let lf = 0
  let crlf = 0
  let cr = 0
  let inQuotes = false
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 34) inQuotes = !inQuotes
    else if (inQuotes) continue
    else if (c === 10) lf++
    else if (c === 13) {
      if (i + 1 < sample.length && sample.charCodeAt(i + 1) === 10) { crlf++; i++ } else if (i + 1 < sample.length) cr++
    }
  }
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0)
  const lineEnding = kinds === 0 ? 'none' : crlf >= lf && crlf >= cr ? 'crlf' : lf >= cr ? 'lf' : 'cr'
  return { lineEnding, mixed: kinds > 1 }
}

/**
 * Reads the first SNIFF_CHARS characters of a text stream and sniffs them. Returns the dialect and the text read
 * (to push into the parser before the rest of `chunks`); `done` when the input ended within it.
 */
export async function sniffStream(chunks: AsyncIterator<string>, options: Omit<SniffOptions, 'final'> = {}): Promise<{ dialect: Dialect; head: string; done: boolean }> {
  let head = ''
  let done = false
  while (head.length < SNIFF_CHARS) {
    const next = await chunks.next()
    if (next.done) { done = true; break }
    head += next.value
  }
  return { dialect: sniff(head, { ...options, final: done }), head, done }
}
