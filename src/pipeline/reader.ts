import { isAscii, isUtf8 } from 'node:buffer'
import { ChunkDecoder, encodingHint, type DecodeStats, type Encoding } from '../csv/decode.js'
import { CsvParser, rawText, UNSPLIT, type CsvBatch, type CsvRow } from '../csv/parse.js'
import { RecordScanner, utf16Offsets, type RecordRanges } from '../csv/ranges.js'
import { splitRecord } from '../csv/split.js'
import { XdmapError } from '../util/errors.js'
import type { Source } from './source.js'

/**
 * Decode and parse: the source's bytes become text (decode) and batches of records with their physical line numbers
 * (parse). The header is read first; then `next()` gives batch after batch. With `cells: false` (worker threads split
 * the records themselves) the parser only finds record boundaries, and for UTF-8 input they are found in the bytes
 * (ranges.ts): a batch is then a ByteBatch, the input's bytes with each record's range, which the main thread
 * neither decodes nor copies into text. From a record the byte scan does not take (a quoting error, a record over the
 * limits) to the end of the input, the text parser reads on.
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

/**
 * Records found in the bytes: ranges of `bytes`, the input itself (ASCII, or not valid UTF-8), which owns its memory
 * (it is handed to a worker thread); or of `text`, the bytes decoded here (UTF-8 past ASCII, whose decoding and
 * offsets cost a worker more than the text's copy into the message).
 */
export interface ByteBatch extends RecordRanges {
  bytes?: Buffer
  text?: string
}

export type Batch = CsvBatch | ByteBatch

export function isByteBatch(b: Batch): b is ByteBatch {
  return (b as ByteBatch).starts !== undefined
}

/** Raw bytes read while looking for the header, kept to scan the data after it as bytes; a header further in is read as text. */
const EARLY_CAP = 8 << 20
/**
 * A batch of byte ranges: at most this many bytes (the incomplete record carried over from the last read, then a
 * read), so that its text, made here or in a worker, stays under V8's 128 KiB limit for a string in the young
 * generation (a larger one is a large object of its own, mapped and unmapped per batch: measured 0.4 s more system
 * time on 1M profile rows).
 */
const BATCH_BYTES = 126 << 10
/** The least a read adds after a long carried-over record. */
const MIN_READ = 16 << 10

export class Reader {
  readonly stats: DecodeStats
  /** The parser that sniffed the dialect and read the header (and the rows, unless they are found as bytes). */
  readonly parser: CsvParser
  readonly source: Source
  private readonly options: ReaderOptions
  private readonly raw: AsyncIterator<Uint8Array>
  private readonly dec: ChunkDecoder
  /** The source is exhausted; the parser has had its last text. */
  private srcDone = false
  private done = false
  /** Rows of the batch that held the header, after it. */
  private first: CsvBatch | undefined
  /** Raw chunks read until the header was found. */
  private early: Uint8Array[] | undefined = []
  private earlyBytes = 0
  /** Byte ranges: the scanner and the bytes it has not taken yet. */
  private scanner: RecordScanner | undefined
  private carry: Buffer = Buffer.alloc(0)
  /** After a record the scanner does not take: the parser that reads on, and the text it starts with. */
  private rest: CsvParser | undefined
  private restText: string | undefined
  /** Reads straight into the reader's buffers (a plain file), and the buffers worker threads gave back. */
  private readInto: ((into: Uint8Array, offset: number) => Promise<number>) | undefined
  private readonly spare: ArrayBuffer[] = []
  private textBuf: Buffer | undefined

  constructor(source: Source, options: ReaderOptions) {
    this.source = source
    this.options = options
    this.stats = { encoding: options.encoding, bom: false, bytes: 0, invalid: false }
    // sniffing also when the delimiter is given: it finds an Excel `sep=` line and title lines above the header
    this.parser = new CsvParser({ delimiter: options.delimiter, sniff: true, maxFieldBytes: options.maxFieldBytes, cells: options.cells, ...(options.relaxQuotes !== undefined ? { relaxQuotes: options.relaxQuotes } : {}) })
    this.dec = new ChunkDecoder({ encoding: options.encoding, stats: this.stats })
    this.raw = source.bytes[Symbol.asyncIterator]()
  }

  /** The next text batch of the parser that reads rows now. */
  private async pull(): Promise<CsvBatch> {
    const parser = this.rest ?? this.parser
    try {
      if (this.restText !== undefined) {
        const text = this.restText
        this.restText = undefined
        if (this.srcDone) this.done = true
        return parser.push(text, this.done)
      }
      const chunk = await this.rawChunk()
      if (!chunk) { this.srcDone = this.done = true; return parser.push(this.dec.end(), true) }
      if (this.early) {
        this.early.push(chunk)
        this.earlyBytes += chunk.length
        if (this.earlyBytes > EARLY_CAP) this.early = undefined
      }
      return parser.push(this.dec.push(chunk))
    } catch (e) {
      // the sniffer's refusal names no file
      if (e instanceof XdmapError && e.location.file === undefined) throw new XdmapError(e.code, e.message, { ...e.location, file: this.source.name }, e.exitCode)
      throw e
    }
  }

  /** The next raw chunk for the text parser (read into one buffer again and again once the reads are direct: decoding copies it). */
  private async rawChunk(): Promise<Uint8Array | undefined> {
    if (this.readInto) {
      const buf = (this.textBuf ??= Buffer.allocUnsafeSlow(BATCH_BYTES))
      const got = await this.readInto(buf, 0)
      return got ? buf.subarray(0, got) : undefined
    }
    const next = await this.raw.next()
    if (next.done) return undefined
    return next.value instanceof Uint8Array ? next.value : new Uint8Array(next.value as ArrayBuffer)
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
    this.startRanges(row, line)
    this.early = undefined
    return { cells, line, lineNumber: row.line }
  }

  /**
   * From the header on, finds the records in the bytes when it can: UTF-8 without invalid bytes so far, records for
   * worker threads (no cells here), an ASCII delimiter, and a header that is one line right after the preamble (so
   * that it ends at that many line ends of the raw bytes). The rows the parser found after the header are dropped:
   * the scanner reads them again from the bytes.
   */
  private startRanges(header: CsvRow, line: string): void {
    const o = this.options
    const d = this.delimiter
    if (o.cells || !this.early || this.stats.encoding !== 'utf8' || this.stats.invalid) return
    if (d.length !== 1 || d.charCodeAt(0) > 127 || this.parser.quote !== '"') return
    if (header.line !== this.parser.preambleLines + 1 || /[\r\n]/.test(line)) return
    const joined = Buffer.concat(this.early)
    let at = this.stats.bom ? 3 : 0
    for (let k = 0; k < header.line; k++) {
      const lf = joined.indexOf(10, at)
      const cr = joined.indexOf(13, at)
      const le = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf
      if (le < 0) return
      if (joined[le] === 13 && le + 1 === joined.length && !this.srcDone) return
      at = joined[le] === 13 && joined[le + 1] === 10 ? le + 2 : le + 1
    }
    this.first = undefined
    this.dec.restart()
    this.scanner = new RecordScanner({ delimiter: d.charCodeAt(0), quote: 34, relaxQuotes: this.relaxQuotes, maxRecordBytes: Math.min(o.maxFieldBytes, this.parser.maxRecordChars), line: header.line, record: header.record })
    this.carry = joined.subarray(at)
    this.done = false
    if (!this.srcDone && this.source.readFrom) {
      // the stream ends here (its iterator closed, not destroyed under it); reads go on from the bytes taken so far
      this.raw.return?.(undefined)?.catch(() => {})
      this.readInto = this.source.readFrom(this.stats.bytes)
    }
  }

  /** The memory of a ByteBatch's bytes, given back by the worker that is done with them: the next read goes into it. */
  recycle(input: ArrayBuffer): void {
    if (input.byteLength === BATCH_BYTES && this.spare.length < 64) this.spare.push(input)
  }

  /** The next chunk read into a buffer of its own after the carried-over bytes (undefined at the end of the input). */
  private async readChunk(): Promise<Buffer | undefined> {
    const carry = this.carry
    if (this.readInto) {
      const size = carry.length + MIN_READ > BATCH_BYTES ? carry.length + MIN_READ : BATCH_BYTES
      const spare = size === BATCH_BYTES ? this.spare.pop() : undefined
      const buf = spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(size)
      buf.set(carry)
      const got = await this.readInto(buf, carry.length)
      if (!got) { if (spare) this.spare.push(spare); return undefined }
      this.dec.count(buf.subarray(carry.length, carry.length + got))
      return buf.subarray(0, carry.length + got)
    }
    const chunk = await this.rawChunk()
    if (!chunk) return undefined
    this.dec.count(chunk)
    const buf = Buffer.allocUnsafeSlow(carry.length + chunk.length)
    buf.set(carry)
    buf.set(chunk, carry.length)
    return buf
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
  async next(): Promise<Batch | undefined> {
    if (this.scanner && !this.rest) return this.nextRanges()
    if (this.first) { const b = this.first; this.first = undefined; if (b.rows.length || this.done) return b.rows.length ? b : undefined }
    for (;;) {
      if (this.done) return undefined
      const b = await this.pull()
      if (b.rows.length) return b
    }
  }

  /** The next batch of byte ranges; from a record the scanner does not take, the text parser's batches. */
  private async nextRanges(): Promise<Batch | undefined> {
    const scanner = this.scanner!
    for (;;) {
      let buf: Buffer
      if (this.srcDone) {
        if (!this.carry.length) { this.done = true; return undefined }
        buf = this.carry
      } else {
        // a buffer of its own (it goes to a worker): what was left of the last one, then the next chunk
        const chunk = await this.readChunk()
        if (chunk) buf = chunk
        else { this.srcDone = true; this.dec.end(); buf = this.carry }
      }
      const final = this.srcDone
      if (final && buf === this.carry) { const own = Buffer.allocUnsafeSlow(buf.length); own.set(buf); buf = own }
      const r = scanner.scan(buf, final)
      // a record the scan does not take, or one still incomplete past the size limit: the parser reads on from it
      const toText = r.hard || (!final && buf.length - r.rest > scanner.maxRecordBytes)
      if (toText) this.toText(buf.subarray(r.rest))
      else this.carry = r.rest < buf.length ? Buffer.from(buf.subarray(r.rest)) : Buffer.alloc(0)
      if (r.count) {
        const to = r.ends[r.count - 1]!
        const region = buf.subarray(r.starts[0]!, to)
        if (isAscii(region)) return { bytes: buf, starts: r.starts, ends: r.ends, lines: r.lines, records: r.records }
        if (isUtf8(region)) {
          const text = buf.toString('utf8', 0, to)
          utf16Offsets(buf, r.starts, r.ends)
          this.recycle(buf.buffer as ArrayBuffer)
          return { text, starts: r.starts, ends: r.ends, lines: r.lines, records: r.records }
        }
        this.stats.invalid = true
        return { bytes: buf, starts: r.starts, ends: r.ends, lines: r.lines, records: r.records }
      }
      if (toText) return this.next()
      if (final) { this.carry = Buffer.alloc(0); this.done = true; return undefined }
    }
  }

  /** From here on the text parser reads: `bytes` (already counted) and what follows in the source. */
  private toText(bytes: Uint8Array): void {
    const s = this.scanner!
    const o = this.options
    this.rest = new CsvParser({ delimiter: this.delimiter, relaxQuotes: this.relaxQuotes, maxFieldBytes: o.maxFieldBytes, cells: false })
    this.rest.resume({ line: s.line, record: s.record, emptyLines: s.emptyLines, whitespaceLines: s.whitespaceLines })
    this.dec.restart()
    this.restText = this.dec.decodeCounted(bytes, this.srcDone)
    this.carry = Buffer.alloc(0)
  }

  /** Blank lines the parser skipped. */
  get emptyLines(): number {
    return (this.rest ?? this.scanner ?? this.parser).emptyLines
  }

  /** Other lines that are not rows: whitespace-only lines, a `sep=` line, title lines above the header. */
  get otherSkippedLines(): number {
    return (this.rest ?? this.scanner ?? this.parser).whitespaceLines + this.parser.preambleLines
  }
}

/** The dialect a parser read with (sniffed, or its options) and what decoding found: the manifest's `input.dialect`. */
export function describeDialect(parser: CsvParser, stats: DecodeStats): Record<string, unknown> {
  const d = parser.dialect
  return { ...(d ?? { delimiter: parser.delimiter ?? ',', relaxQuotes: parser.relaxQuotes, delimiterFrom: 'option' }), encoding: stats.encoding, bom: stats.bom, ...(stats.detected ? { encodingDetected: true } : {}) }
}

export type { CsvBatch, CsvRow }
export { rawText }
