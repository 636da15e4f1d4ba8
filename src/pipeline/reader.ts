import { decode, encodingHint, type DecodeStats, type Encoding } from '../csv/decode.js'
import { CsvParser, rawText, UNSPLIT, type CsvBatch, type CsvRow } from '../csv/parse.js'
import { splitRecord } from '../csv/split.js'
import { XdmapError } from '../util/errors.js'
import type { Source } from './source.js'

/**
 * Decode and parse: the source's bytes become text (decode) and batches of records with their physical line numbers
 * (parse). The header is read first; then `next()` gives batch after batch. With `cells: false` (worker threads split
 * the records themselves) the parser only finds record boundaries.
 */
export interface Header {
  cells: string[]
  /** The header line as read (for rejects.csv). */
  line: string
  /** Physical line of the header. */
  lineNumber: number
}

export interface ReaderOptions {
  encoding: Encoding
  delimiter: string
  /** Undefined: the parser's default (on for tab-delimited files). */
  relaxQuotes: boolean | undefined
  maxFieldBytes: number
  /** Split records into cells here (no worker threads). */
  cells: boolean
}

export class Reader {
  readonly stats: DecodeStats
  readonly parser: CsvParser
  readonly source: Source
  private readonly chunks: AsyncIterator<string>
  private done = false
  /** Rows of the batch that held the header, after it. */
  private first: CsvBatch | undefined

  constructor(source: Source, options: ReaderOptions) {
    this.source = source
    this.stats = { encoding: options.encoding, bom: false, bytes: 0, invalid: false }
    // sniffing also when the delimiter is given: it finds an Excel `sep=` line and title lines above the header
    this.parser = new CsvParser({ delimiter: options.delimiter, sniff: true, maxFieldBytes: options.maxFieldBytes, cells: options.cells, ...(options.relaxQuotes !== undefined ? { relaxQuotes: options.relaxQuotes } : {}) })
    this.chunks = decode(source.bytes, { encoding: options.encoding, stats: this.stats })[Symbol.asyncIterator]()
  }

  private async pull(): Promise<CsvBatch> {
    const next = await this.chunks.next()
    try {
      if (next.done) { this.done = true; return this.parser.push('', true) }
      return this.parser.push(next.value)
    } catch (e) {
      // the sniffer's refusal names no file
      if (e instanceof XdmapError && e.location.file === undefined) throw new XdmapError(e.code, e.message, { ...e.location, file: this.source.name }, e.exitCode)
      throw e
    }
  }

  /** Reads up to the first record: the header. */
  async header(): Promise<Header> {
    let batch: CsvBatch = { text: '', rows: [] }
    while (!batch.rows.length && !this.done) batch = await this.pull()
    const row = batch.rows[0]
    const name = this.source.name
    if (!row) throw new XdmapError('CSV_EMPTY', `${name} is empty: a CSV needs a header line`, { file: name })
    if (row.error) throw new XdmapError('CSV_HEADER_INVALID', `The header line cannot be parsed: ${row.error.message}`, { file: name, line: row.line })
    const line = rawText(batch, row)
    const cells = row.cells === UNSPLIT ? splitRecord(line, this.delimiter, this.relaxQuotes) : row.cells
    const hint = encodingHint(line, this.stats.encoding)
    if (hint) throw new XdmapError('CSV_HEADER_INVALID', `The header line holds bytes that are not valid ${this.stats.encoding}: ${hint}`, { file: name, line: row.line })
    this.first = { text: batch.text, rows: batch.rows.slice(1) }
    return { cells, line, lineNumber: row.line }
  }

  get delimiter(): string {
    return this.parser.delimiter ?? ','
  }

  /** Whether quotes are read relaxed (the option, or the parser's default for the sniffed delimiter). */
  get relaxQuotes(): boolean {
    return this.parser.dialect?.relaxQuotes ?? this.parser.relaxQuotes
  }

  /** The dialect the parser used (sniffed, or the options), with what decoding found. */
  get dialect(): Record<string, unknown> {
    return describeDialect(this.parser, this.stats)
  }

  /** The next batch of records, or undefined at the end of the input. */
  async next(): Promise<CsvBatch | undefined> {
    if (this.first) { const b = this.first; this.first = undefined; if (b.rows.length || this.done) return b.rows.length ? b : undefined }
    for (;;) {
      if (this.done) return undefined
      const b = await this.pull()
      if (b.rows.length) return b
    }
  }

  /** Blank lines the parser skipped. */
  get emptyLines(): number {
    return this.parser.emptyLines
  }

  /** Other lines that are not rows: whitespace-only lines, a `sep=` line, title lines above the header. */
  get otherSkippedLines(): number {
    return this.parser.whitespaceLines + this.parser.preambleLines
  }
}

/** The dialect a parser read with (sniffed, or its options) and what decoding found: the manifest's `input.dialect`. */
export function describeDialect(parser: CsvParser, stats: DecodeStats): Record<string, unknown> {
  const d = parser.dialect
  return { ...(d ?? { delimiter: parser.delimiter ?? ',', relaxQuotes: parser.relaxQuotes, delimiterFrom: 'option' }), encoding: stats.encoding, bom: stats.bom, ...(stats.detected ? { encodingDetected: true } : {}) }
}

export type { CsvBatch, CsvRow }
export { rawText }
