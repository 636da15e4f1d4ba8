/**
 * Streaming CSV parser (RFC 4180 plus what real exports do): quoted fields with delimiters, doubled quotes and line
 * breaks; `\n`, `\r\n` and a lone `\r` all end a line (as Python's csv, csv-parse, papaparse and DuckDB read them);
 * blank and whitespace-only lines skipped and counted; the physical line of every record kept. It knows nothing of
 * I/O: push text chunks in, get batches of records out. csv-parse is its oracle in the tests.
 *
 * The scanner is a state machine that resumes where the previous chunk stopped: a record spanning many chunks is
 * never rescanned (no quadratic cost whatever the chunking), and results never depend on where chunks split.
 *
 * A malformed record does not stop the parse: it comes out as a row with `error` set and the parser resumes at the
 * next line, so every record ends up either parsed or rejected with its line number.
 *
 * Records rejected as too large (CSV_FIELD_TOO_LARGE) and their raw text, with bounded memory: once a field is over
 * `maxFieldBytes` its value is no longer built; the record's text is kept exactly as long as the record is at most
 * `rawCap` characters (2 × maxFieldBytes + 64 KiB). A longer record is cut right after the first maxFieldBytes + 1
 * bytes of its too-large field (a closing quote added when that field was quoted, `rawTruncated` set) and the rest
 * of the record is scanned (quotes followed, lines counted) without being held. Either way the raw text holds
 * exactly that record (never the next rows) and reads back as one record that is rejected again for the same reason.
 * Likewise a record over `maxRecordChars` (many small fields) is rejected as CSV_RECORD_TOO_LARGE at the end of the
 * field that goes over, its raw text being its fields up to there; an erroneous row that long keeps its text up to
 * the character in error. So one record never holds more than about maxRecordChars + rawCap characters.
 */
import { isAscii } from 'node:buffer'
import { escapeUtf8 } from './decode.js'
import { sniff, SNIFF_CHARS, type Dialect } from './sniff.js'

export interface CsvRowError {
  code: string
  message: string
}

export interface CsvRow {
  /** Cell values (partial or empty for a row with an error). */
  cells: string[]
  /** Physical 1-based line where the record starts. */
  line: number
  /** 1-based record number, counting the header as record 0. */
  record: number
  /** Offsets of the raw record (without its line end) in the batch text. */
  start: number
  end: number
  error?: CsvRowError
  /** Raw text for rows whose text is not (all) in the batch: records rejected as too large. */
  raw?: string
  /** Set when `raw` is a cut of a record too large to keep (see the file comment). */
  rawTruncated?: boolean
}

export interface CsvBatch {
  text: string
  rows: CsvRow[]
}

export interface CsvParserOptions {
  /**
   * Field delimiter (one character), or 'auto' to sniff the dialect (delimiter, title lines, `sep=` line) from the
   * first 64 KiB (see sniff.ts; `parser.dialect` tells what was found). Default 'auto'.
   */
  delimiter?: string
  /** Quote character. Default `"`. */
  quote?: string
  /**
   * A quote inside an unquoted field is literal (`5'10"`), spaces around a quoted field are dropped (`1, "two" ,3`).
   * Default: true for tab-delimited files (sniffed or given), false otherwise.
   */
  relaxQuotes?: boolean
  /**
   * Sniff the dialect from the first 64 KiB before parsing (see sniff.ts): with an explicit delimiter, to find a
   * `sep=` line and title lines to skip. Default: true with delimiter 'auto', false otherwise.
   */
  sniff?: boolean
  /** Physical lines to skip before the header (a `sep=` line, title lines: Dialect.skipLines). Default 0. */
  skipLines?: number
  /** Largest field, in UTF-8 bytes. A larger field rejects its row without holding it in memory. Default 1 MiB. */
  maxFieldBytes?: number
  /**
   * Largest record, in characters of its raw text (CSV_RECORD_TOO_LARGE), so that a line of many small fields is not
   * held whole either. Checked at each field end: the rejected row keeps its fields up to the one that went over.
   * Default 64 Mi characters (or 4 × maxFieldBytes if larger).
   */
  maxRecordChars?: number
  /**
   * Split records into cells (default true). With false, records without quotes come out with `cells` set to
   * UNSPLIT (the consumer splits `text.slice(start, end)` itself); quoted records too (split them with splitRecord).
   */
  cells?: boolean
}

/** The `cells` of a row that was not split (see CsvParserOptions.cells). */
export const UNSPLIT: string[] = Object.freeze([]) as unknown as string[]

const LF = 10
const CR = 13
const SP = 32
const TAB = 9

/** Picks the delimiter that occurs most often (outside quotes) in the first line. (Kept for compatibility: sniff() is the real detector.) */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]])
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes) {
      if (c === '\n' || c === '\r') break
      const n = counts.get(c)
      if (n !== undefined) counts.set(c, n + 1)
    }
  }
  let best = ','
  let bestN = 0
  for (const [d, n] of counts) if (n > bestN) { best = d; bestN = n }
  return best
}

/**
 * True when `s` is over `max` bytes as rejects.csv holds it (decode.ts rawBytes, UTF-8): an escaped byte of invalid
 * input (a lone U+DC80-U+DCFF) is that one byte again, another lone surrogate its 3-byte form. So a field counts the
 * same when rejects.csv is read back (where a 3-byte form becomes three escaped bytes).
 */
function byteLengthOver(s: string, max: number): boolean {
  if (s.length > max) return true
  // Buffer.byteLength counts every lone surrogate 3, never fewer than rawBytes does
  if (s.length * 3 <= max || Buffer.byteLength(s) <= max) return false
  return !ESCAPED_BYTE.test(s) || rawLength(s) > max
}

const ESCAPED_BYTE = /[\uDC80-\uDCFF]/

/**
 * Bytes of the unit at `p` in rawBytes(t, 'utf8'): UTF-8, 4 for a surrogate pair (two characters), 1 for an escaped
 * byte of invalid input, 3 for another lone surrogate.
 */
function unitBytes(t: string, p: number): number {
  const c = t.charCodeAt(p)
  if (c < 0x80) return 1
  if (c < 0x800) return 2
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < t.length && (t.charCodeAt(p + 1) & 0xfc00) === 0xdc00) return 4
  return c >= 0xdc80 && c <= 0xdcff ? 1 : 3
}

/** The length of rawBytes(s, 'utf8'). */
function rawLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const b = unitBytes(s, i)
    n += b
    if (b === 4) i++
  }
  return n
}

/**
 * Where to cut a too-large field so that its kept value is just over `max` bytes: the position after the unit
 * (character, surrogate pair, or doubled quote in a quoted field) that takes the value over. `from` is the field's
 * first character (its opening quote when quoted).
 */
function cutPoint(t: string, from: number, quoted: boolean, q: number, max: number): number {
  let p = quoted ? from + 1 : from
  let bytes = 0
  while (p < t.length) {
    let w = 1
    let b: number
    if (quoted && t.charCodeAt(p) === q) { w = 2; b = 1 }
    else { b = unitBytes(t, p); if (b === 4) w = 2 }
    bytes += b
    p += w
    if (bytes > max) return Math.min(p, t.length)
  }
  return t.length
}

const enum St {
  /** Preamble lines being skipped (skipLines). */
  Skip,
  /** Between records. */
  Start,
  /** At the start of a field. */
  Field,
  /** relaxQuotes: spaces at the start of a field (dropped if a quote follows). */
  Lead,
  Unquoted,
  Quoted,
  /** In a quoted field, just after a quote: a doubled quote or the closing one. */
  QuoteSeen,
  /** relaxQuotes: spaces after a closing quote. */
  AfterQuote,
  /** After an error: skipping to the end of the line. */
  Bad,
}

export class CsvParser {
  delimiter: string | undefined
  readonly quote: string
  relaxQuotes: boolean
  readonly maxFieldBytes: number
  /** Largest raw text kept exactly for a too-large record (characters). */
  readonly rawCap: number
  readonly maxRecordChars: number
  /** The sniffed dialect, once known (delimiter 'auto', or sniff: true). */
  dialect: Dialect | undefined
  /** Still to sniff the dialect (before the first rows). */
  private sniffing: boolean
  /** Blank lines skipped (not rows). */
  emptyLines = 0
  /** Lines of only spaces and tabs skipped (not rows). */
  whitespaceLines = 0
  /** Lines skipped before the header (skipLines: a `sep=` line, title lines). */
  preambleLines = 0

  private readonly cells: boolean
  private readonly relaxOption: boolean | undefined
  private q: number
  private dc = 44
  /** Lines consumed so far (the next record starts at line + 1). */
  private line = 0
  private record = -1
  /** Text of the record in progress (from its start), or text waiting for the dialect to be sniffed. */
  private pend = ''
  private st: St = St.Start
  private skipLeft = 0
  /** The previous line ended with a CR at the end of a chunk: a LF that follows belongs to it. */
  private eatLf = false
  // the record in progress
  private recLine = 0
  private lines = 0
  private acc: string[] = []
  private fields = 0
  private cur = ''
  /** Line ends at the end of `cur` (a quoted value): an unclosed quote's row leaves them out. */
  private curTrail = 0
  /** Buffer offsets: record start, current field start, start of the current field's unflushed value text. */
  private rs = 0
  private fs = 0
  private seg = 0
  private quoted = false
  /** Only spaces and tabs so far, in an unquoted first field. */
  private blank = true
  /** Inside a quoted value, the previous character was CR (for a CRLF split between chunks). */
  private prevCr = false
  private err: CsvRowError | undefined
  /** The chunk being parsed, its offset in the buffer (pending text + chunk), the buffer, the rows found so far. */
  private cs = ''
  private cbase = 0
  private cbuf = ''
  private crows: CsvRow[] = []
  /** Next LF, CR and quote in the chunk being parsed (Infinity: none; -1: not searched yet). */
  private lfAt = -1
  private crAt = -1
  private qAt = -1
  /** A field over maxFieldBytes: its index, start (buffer offset) and quoting. */
  private over: { index: number; fs: number; quoted: boolean; record?: boolean } | undefined
  /** Buffer offset of the character an error was found at (a long erroneous row keeps its text up to it), or -1. */
  private errAt = -1
  /** Buffer offset where rawKept of a record over maxRecordChars ends (-1 once the text after it was dropped). */
  private cutAt = -1
  /** Raw text kept for a too-large record longer than rawCap (its text is no longer held). */
  private rawKept: string | undefined

  constructor(options: CsvParserOptions = {}) {
    const d = options.delimiter ?? 'auto'
    this.delimiter = d === 'auto' ? undefined : d
    if (this.delimiter !== undefined) this.dc = this.delimiter.charCodeAt(0)
    this.quote = options.quote ?? '"'
    this.q = this.quote.charCodeAt(0)
    this.relaxOption = options.relaxQuotes
    this.relaxQuotes = options.relaxQuotes ?? this.delimiter === '\t'
    this.maxFieldBytes = options.maxFieldBytes ?? 1024 * 1024
    this.rawCap = Math.min(2 * this.maxFieldBytes + 65536, 2 ** 30)
    this.maxRecordChars = options.maxRecordChars ?? Math.min(Math.max(64 * 2 ** 20, 4 * this.maxFieldBytes), 2 ** 30)
    this.cells = options.cells ?? true
    this.skipLeft = options.skipLines ?? 0
    if (this.skipLeft > 0) this.st = St.Skip
    this.sniffing = options.sniff ?? this.delimiter === undefined
  }

  /**
   * Goes on after a record boundary another reader found (the byte ranges of ranges.ts): the lines, records and
   * skipped lines before it are given. For a parser made with the dialect known (a delimiter, no sniffing).
   */
  resume(at: { line: number; record: number; emptyLines: number; whitespaceLines: number }): void {
    this.line = at.line
    this.record = at.record
    this.emptyLines = at.emptyLines
    this.whitespaceLines = at.whitespaceLines
  }

  /** Lines skipped that are not rows: blank and whitespace-only ones. */
  get skipped(): number {
    return this.emptyLines + this.whitespaceLines
  }

  /** Parses what is complete in what was pushed so far; with `final`, everything. */
  push(chunk: string, final = false): CsvBatch {
    if (this.sniffing) {
      const text = this.pend + chunk
      if (!final && text.length < SNIFF_CHARS) { this.pend = text; return { text: '', rows: [] } }
      this.pend = ''
      this.sniffing = false
      const dialect = sniff(text, { final, ...(this.delimiter !== undefined ? { delimiter: this.delimiter } : {}), ...(this.relaxOption !== undefined ? { relaxQuotes: this.relaxOption } : {}) })
      this.dialect = dialect
      this.delimiter = dialect.delimiter
      this.dc = dialect.delimiter.charCodeAt(0)
      this.relaxQuotes = dialect.relaxQuotes
      this.skipLeft = dialect.skipLines
      this.st = this.skipLeft > 0 ? St.Skip : St.Start
      chunk = text
    }
    const pend = this.pend
    const base = pend.length
    const buf = base ? pend + chunk : chunk
    const s = chunk
    const n = s.length
    const rows: CsvRow[] = []
    const dc = this.dc
    const q = this.q
    const relax = this.relaxQuotes
    const maxField = this.maxFieldBytes
    // next LF, CR and quote at or after a position of s (Infinity: none), refreshed when passed
    this.lfAt = this.crAt = this.qAt = -1
    let i = 0
    if (this.st === St.Unquoted || this.st === St.Quoted || this.st === St.Lead) this.seg = base

    this.cs = s
    this.cbase = base
    this.cbuf = buf
    this.crows = rows

    outer: while (i < n) {
      switch (this.st) {
        case St.Skip: {
          if (this.eatLf) { this.eatLf = false; if (s.charCodeAt(i) === LF) { i++; continue } }
          let e = i
          while (e < n) { const c = s.charCodeAt(e); if (c === LF || c === CR) break; e++ }
          if (e === n) { i = n; break outer }
          this.line++
          this.preambleLines++
          i = e + 1
          if (s.charCodeAt(e) === CR) { if (i < n) { if (s.charCodeAt(i) === LF) i++ } else this.eatLf = true }
          if (--this.skipLeft === 0) this.st = St.Start
          continue
        }
        case St.Start: {
          const c = s.charCodeAt(i)
          if (this.eatLf) { this.eatLf = false; if (c === LF) { i++; continue } }
          if (c === LF) { this.line++; this.emptyLines++; i++; continue }
          if (c === CR) {
            this.line++; this.emptyLines++; i++
            if (i < n) { if (s.charCodeAt(i) === LF) i++ } else this.eatLf = true
            continue
          }
          // fast path: whole lines without quotes in this chunk
          const j = this.lines_(s, i, base, rows)
          if (j !== i) { i = j; continue }
          // slow path: the record holds a quote or goes on in the next chunk
          this.rs = base + i
          this.recLine = this.line + 1
          this.st = St.Field
          continue
        }
        case St.Field: {
          const c = s.charCodeAt(i)
          this.fs = base + i
          if (c === q) { this.st = St.Quoted; this.quoted = true; this.blank = false; i++; this.seg = base + i; this.prevCr = false; continue }
          this.quoted = false
          this.seg = base + i
          this.st = relax && c === SP && dc !== SP ? St.Lead : St.Unquoted
          continue
        }
        case St.Lead: {
          while (i < n && s.charCodeAt(i) === SP) i++
          if (i === n) break outer
          if (s.charCodeAt(i) === q) {
            // spaces before a quoted field are dropped
            this.cur = ''; this.curTrail = 0
            this.fs = base + i
            this.st = St.Quoted; this.quoted = true; this.blank = false; i++; this.seg = base + i; this.prevCr = false
            continue
          }
          this.st = St.Unquoted
          continue
        }
        case St.Unquoted: {
          let j = i
          const first = this.fields === 0
          for (; j < n; j++) {
            const c = s.charCodeAt(j)
            if (c === dc) {
              this.endField(base + j)
              this.st = St.Field
              i = j + 1
              if (i === n) break outer
              continue outer
            }
            if (c === LF || c === CR) { this.endField(base + j); i = this.endRecord(j); this.st = St.Start; continue outer }
            if (c === q && !relax) {
              this.fail('CSV_INVALID_OPENING_QUOTE', `Field ${this.fields + 1} has a quote inside an unquoted value (line ${this.recLine + this.lines}); quote the whole field and double inner quotes, or use --relax-quotes to read such quotes as text`, j)
              i = j
              continue outer
            }
            if (first && c !== SP && c !== TAB) this.blank = false
          }
          i = n
          break outer
        }
        case St.Quoted: {
          const k = s.indexOf(this.quote, i)
          if (k === -1) {
            this.lines += this.breaks(i, n)
            if (!this.over) this.appendQuoted(s.slice(this.seg - base))
            this.seg = base + n
            i = n
            break outer
          }
          this.lines += this.breaks(i, k)
          if (!this.over && k > this.seg - base) this.appendQuoted(s.slice(this.seg - base, k))
          this.prevCr = false
          i = k + 1
          this.st = St.QuoteSeen
          continue
        }
        case St.QuoteSeen: {
          const c = s.charCodeAt(i)
          if (c === q) {
            if (!this.over) { this.cur += this.quote; this.curTrail = 0 }
            i++
            this.seg = base + i
            this.st = St.Quoted
            continue
          }
          if (c === dc) { this.endField(base + i); this.st = St.Field; i++; continue }
          if (c === LF || c === CR) { this.endField(base + i); i = this.endRecord(i); this.st = St.Start; continue }
          if (relax && c === SP) { this.st = St.AfterQuote; i++; continue }
          this.fail('CSV_INVALID_CLOSING_QUOTE', `Field ${this.fields + 1} has text after its closing quote (at line ${this.recLine + this.lines}, character ${JSON.stringify(s[i])}); a quote inside a quoted field is written twice ("")`, i)
          continue
        }
        case St.AfterQuote: {
          while (i < n && s.charCodeAt(i) === SP) i++
          if (i === n) break outer
          const c = s.charCodeAt(i)
          if (c === dc) { this.st = St.QuoteSeen; continue }
          if (c === LF || c === CR) { this.st = St.QuoteSeen; continue }
          this.fail('CSV_INVALID_CLOSING_QUOTE', `Field ${this.fields + 1} has text after its closing quote (at line ${this.recLine + this.lines}, character ${JSON.stringify(s[i])}); a quote inside a quoted field is written twice ("")`, i)
          continue
        }
        case St.Bad: {
          let e = i
          while (e < n) { const c = s.charCodeAt(e); if (c === LF || c === CR) break; e++ }
          if (e === n) { i = n; break outer }
          i = this.endRecord(e)
          this.st = St.Start
          continue
        }
      }
    }

    if (final) {
      switch (this.st) {
        case St.Field: case St.Lead: case St.Unquoted: case St.QuoteSeen: case St.AfterQuote:
          if (this.st === St.AfterQuote) this.st = St.QuoteSeen
          this.endField(base + n)
          this.endRecord(n)
          break
        case St.Bad:
          this.endRecord(n)
          break
        case St.Quoted: {
          // unclosed quote at end of input: the rest of the input is this one broken record
          // its value without the line ends it finishes with, as the row's raw text has it (see below)
          if (!this.over && byteLengthOver(this.cur.slice(0, this.cur.length - this.curTrail), maxField)) this.over = { index: this.fields, fs: this.fs, quoted: true }
          if (!this.over) this.err = { code: 'CSV_QUOTE_UNCLOSED', message: `Quoted field ${this.fields + 1} opened at line ${this.recLine + countBreaks((k) => buf.charCodeAt(k), this.rs, this.fs)} is never closed (the rest of the input was read as one record)` }
          // the line ends it finishes with are not part of the row: the rejects file adds one, and a CR left at its
          // end would make a CRLF of it, so that the row would not read back the same
          let end = base + n
          while (end > this.rs && (buf.charCodeAt(end - 1) === LF || buf.charCodeAt(end - 1) === CR)) end--
          const e = end - base
          if (!this.over) this.acc.push(this.cur)
          this.fields++
          this.endRecord(e)
          break
        }
      }
      this.st = St.Start
      this.eatLf = false
      this.pend = ''
      this.release()
      return { text: buf, rows }
    }

    // keep the record in progress
    if (this.st === St.Start || this.st === St.Skip) {
      this.pend = ''
    } else {
      if (this.st === St.Unquoted || this.st === St.Lead) {
        if (!this.over && n > this.seg - base) this.cur += s.slice(this.seg - base)
      }
      if (!this.over && this.cur.length - (this.st === St.Quoted ? this.curTrail : 0) > maxField) {
        // certainly too large (each character is at least one byte): stop building the value
        this.over = { index: this.fields, fs: this.fs, quoted: this.quoted }
        this.cur = ''; this.curTrail = 0
      }
      if (this.rawKept === undefined && this.over && buf.length - this.rs > this.rawCap) {
        this.rawKept = this.truncate(buf.slice(this.rs), this.rs)
      }
      if (this.rawKept === undefined && this.err && this.errAt >= 0 && buf.length - this.rs > this.maxRecordChars) {
        this.rawKept = buf.slice(this.rs, this.errAt + 1)
      }
      if (this.rawKept !== undefined) { this.pend = ''; this.cutAt = -1 }
      else this.pend = this.rs === 0 ? buf : buf.slice(this.rs)
      this.fs -= this.rs
      if (this.errAt >= 0) this.errAt -= this.rs
      if (this.over) this.over.fs -= this.rs
      this.rs = 0
      this.seg = this.pend.length
    }
    this.release()
    return { text: rows.length ? buf : '', rows }
  }

  /** Drops the references to the chunk just parsed (the caller owns the batch now). */
  private release(): void {
    this.cs = ''
    this.cbuf = ''
    this.crows = []
  }

  private endField(valueEnd: number): void {
    if (this.over) { this.fields++; this.cur = ''; this.curTrail = 0; return }
    let value = this.cur
    if (this.st === St.Unquoted || this.st === St.Lead) {
      if (valueEnd > this.seg) value += this.cs.slice(this.seg - this.cbase, valueEnd - this.cbase)
    }
    this.cur = ''; this.curTrail = 0
    if (byteLengthOver(value, this.maxFieldBytes)) {
      this.over = { index: this.fields, fs: this.fs, quoted: this.quoted }
    } else if (valueEnd - this.rs > this.maxRecordChars) {
      // the record is too long: keep its fields so far (complete, no quote left open), hold nothing more
      this.over = { index: this.fields, fs: this.fs, quoted: false, record: true }
      this.rawKept = this.cbuf.slice(this.rs, valueEnd)
      this.cutAt = valueEnd
    } else if (this.cells) this.acc.push(value)
    this.fields++
  }
  /** Ends the record whose line end is at s[e] (e === this.cs.length: end of input). Returns the position after the line end. */
  private endRecord(e: number): number {
    const end = this.cbase + e
    this.line += this.lines + 1
    if (!this.over && !this.err && this.fields === 1 && this.blank && end > this.rs) {
      // a line of only spaces and tabs: skipped like a blank line
      this.whitespaceLines++
    } else {
      this.record++
      const row: CsvRow = { cells: this.cells || this.err ? this.acc : UNSPLIT, line: this.recLine, record: this.record, start: this.rs, end }
      if (this.over?.record) {
        row.error = { code: 'CSV_RECORD_TOO_LARGE', message: `The record is longer than ${this.maxRecordChars} characters (at field ${this.over.index + 1}); the row was rejected without being kept in memory` }
        row.cells = []
        row.raw = this.rawKept!
        row.rawTruncated = this.cutAt !== end
        row.end = row.start
      } else if (this.over) {
        row.error = tooLarge(this.over.index, this.maxFieldBytes)
        row.cells = []
        if (this.rawKept !== undefined || end - this.rs > this.rawCap) {
          row.raw = this.rawKept ?? this.truncate(this.cbuf.slice(this.rs, end), this.rs)
          row.rawTruncated = true
          row.end = row.start
        }
      } else if (this.err) {
        row.error = this.err
        if (this.errAt >= 0 && (this.rawKept !== undefined || end - this.rs > this.maxRecordChars)) {
          // too long to keep whole: its text up to the character in error, which reads back as the same error
          row.raw = this.rawKept ?? this.cbuf.slice(this.rs, this.errAt + 1)
          row.rawTruncated = true
          row.end = row.start
        }
      }
      this.crows.push(row)
    }
    this.resetRecord()
    if (e >= this.cs.length) return this.cs.length
    if (this.cs.charCodeAt(e) === CR) {
      if (e + 1 < this.cs.length) return this.cs.charCodeAt(e + 1) === LF ? e + 2 : e + 1
      this.eatLf = true
    }
    return e + 1
  }
  /** An error at s[at]: the row is rejected (a field already over maxFieldBytes takes precedence, whatever the chunking). */
  private fail(code: string, message: string, at: number): void {
    if (!this.over && !this.err) {
      const value = this.st === St.Unquoted && at > this.seg - this.cbase ? this.cur + this.cs.slice(this.seg - this.cbase, at) : this.cur
      if (byteLengthOver(value, this.maxFieldBytes)) this.over = { index: this.fields, fs: this.fs, quoted: this.quoted }
      else { this.err = { code, message }; this.errAt = this.cbase + at }
    }
    this.cur = ''; this.curTrail = 0
    this.st = St.Bad
  }
  /** Line breaks in s[a, b) inside a quoted value (CRLF counts once, also split between chunks). */
  private breaks(a: number, b: number): number {
    if (b <= a) return 0
    let k = 0
    let prev = this.prevCr
    for (let p = a; p < b; p++) {
      const c = this.cs.charCodeAt(p)
      if (c === CR) { k++; prev = true } else { if (c === LF && !prev) k++; prev = false }
    }
    this.prevCr = prev
    return k
  }

  /**
   * The fast path: whole lines of s from i that hold no quote and end in this chunk, split at once (blank and
   * whitespace-only ones skipped). Returns where it stopped (i itself if the line at i is not such a line).
   */
  private lines_(s: string, i: number, base: number, rows: CsvRow[]): number {
    const n = s.length
    const dc = this.dc
    const keep = this.cells
    const maxField = this.maxFieldBytes
    const delim = this.delimiter!
    let lfAt = this.lfAt
    let crAt = this.crAt
    let qAt = this.qAt
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c === LF) { this.line++; this.emptyLines++; i++; continue }
      if (c === CR) {
        this.line++; this.emptyLines++; i++
        if (i < n) { if (s.charCodeAt(i) === LF) i++ } else this.eatLf = true
        continue
      }
      if (lfAt !== Infinity && lfAt < i) { lfAt = s.indexOf('\n', i); if (lfAt === -1) lfAt = Infinity }
      if (crAt !== Infinity && crAt < i) { crAt = s.indexOf('\r', i); if (crAt === -1) crAt = Infinity }
      if (qAt !== Infinity && qAt < i) { qAt = s.indexOf(this.quote, i); if (qAt === -1) qAt = Infinity }
      const le = lfAt < crAt ? lfAt : crAt
      if (!(le < n && qAt > le)) {
        // boundaries only: a one-line record with well-formed quoted fields is found here too (a third of the rows of
        // an export with quoted product names); anything else in it goes to the state machine
        if (!(le < n && !keep && !this.relaxQuotes && (le - i) * 3 <= maxField && le - i <= this.maxRecordChars && plainFields(s, i, le, delim, this.quote))) break
        this.line++
        this.record++
        rows.push({ cells: UNSPLIT, line: this.line, record: this.record, start: base + i, end: base + le })
        i = le + 1
        if (s.charCodeAt(le) === CR) { if (i < n) { if (s.charCodeAt(i) === LF) i++ } else this.eatLf = true }
        continue
      }
      const start = base + i
      if ((c === SP || c === TAB) && c !== dc && blankLine((k) => s.charCodeAt(k), i, le, dc)) {
        this.line++
        this.whitespaceLines++
      } else {
        const line = ++this.line
        const record = ++this.record
        // boundaries only: a line this short cannot hold a field over the limit, and the consumer splits it itself
        const check = (le - i) * 3 > maxField || le - i > this.maxRecordChars
        const split = keep || check
        const cells = split ? s.slice(i, le).split(delim) : UNSPLIT
        const row: CsvRow = { cells, line, record, start, end: base + le }
        if (check) {
          let off = i
          for (let k = 0; k < cells.length; k++) {
            if (byteLengthOver(cells[k]!, maxField)) {
              row.error = tooLarge(k, maxField)
              row.cells = []
              if (le - i > this.rawCap) {
                row.raw = s.slice(i, cutPoint(s, off, false, this.q, maxField))
                row.rawTruncated = true
                row.end = start
              }
              break
            }
            const fieldEnd = off + cells[k]!.length
            if (fieldEnd - i > this.maxRecordChars) {
              row.error = { code: 'CSV_RECORD_TOO_LARGE', message: `The record is longer than ${this.maxRecordChars} characters (at field ${k + 1}); the row was rejected without being kept in memory` }
              row.cells = []
              row.raw = s.slice(i, fieldEnd)
              row.rawTruncated = fieldEnd !== le
              row.end = start
              break
            }
            off = fieldEnd + 1
          }
          if (!keep && !row.error) row.cells = UNSPLIT
        }
        rows.push(row)
      }
      i = le + 1
      if (s.charCodeAt(le) === CR) { if (i < n) { if (s.charCodeAt(i) === LF) i++ } else this.eatLf = true }
    }
    this.lfAt = lfAt
    this.crAt = crAt
    this.qAt = qAt
    return i
  }

  /** The raw text kept for a too-large record: cut inside its too-large field (see the file comment). */
  private truncate(text: string, rs: number): string {
    const o = this.over!
    const cut = cutPoint(text, o.fs - rs, o.quoted, this.q, this.maxFieldBytes)
    return text.slice(0, cut) + (o.quoted ? this.quote : '')
  }

  /** Appends text to the value of the quoted field in progress, counting the line ends it finishes with. */
  private appendQuoted(t: string): void {
    let k = t.length
    while (k > 0 && (t.charCodeAt(k - 1) === LF || t.charCodeAt(k - 1) === CR)) k--
    this.curTrail = k === 0 ? this.curTrail + t.length : t.length - k
    this.cur += t
  }

  private resetRecord(): void {
    this.acc = []
    this.fields = 0
    this.cur = ''; this.curTrail = 0
    this.lines = 0
    this.blank = true
    this.prevCr = false
    this.err = undefined
    this.over = undefined
    this.rawKept = undefined
    this.cutAt = -1
    this.errAt = -1
  }
}

/**
 * Whether s[from, to) is one whole record whose fields are each either unquoted without a quote, or quoted from their
 * first to their last character with any quote inside doubled (so nothing in it is an error, and a quoted field ends
 * before `to`). With `cells`, the fields' values are pushed to it as the parser would give them.
 */
function plainFields(s: string, from: number, to: number, delim: string, quote: string, cells?: string[]): boolean {
  let pos = from
  // the next quote at or after pos, looked up again only once passed (s may be a whole batch: one search per quote,
  // not one per field to the next quote of a later record)
  let nextQ = -1
  for (;;) {
    if (s.startsWith(quote, pos)) {
      let k = pos + 1
      let doubled = false
      for (;;) {
        k = s.indexOf(quote, k)
        if (k === -1 || k >= to) return false
        if (s.startsWith(quote, k + 1)) { doubled = true; k += 2; continue }
        break
      }
      if (cells) { const inner = s.slice(pos + 1, k); cells.push(doubled ? inner.replaceAll(quote + quote, quote) : inner) }
      // the closing quote: then the end or a delimiter
      if (k + 1 === to) return true
      if (!s.startsWith(delim, k + 1)) return false
      pos = k + 2
    } else {
      let end = s.indexOf(delim, pos)
      if (end === -1 || end > to) end = to
      if (nextQ !== Infinity && nextQ < pos) { nextQ = s.indexOf(quote, pos); if (nextQ === -1) nextQ = Infinity }
      if (nextQ < end) return false
      cells?.push(s.slice(pos, end))
      if (end === to) return true
      pos = end + 1
    }
  }
}

/** The code unit at k of a text (charCodeAt) or of its bytes: line ends, spaces, tabs and quotes are the same in both. */
export type UnitAt = (k: number) => number

/** Whether [from, to) holds only spaces and tabs (none of them the delimiter): a whitespace-only line. */
export function blankLine(at: UnitAt, from: number, to: number, dc: number): boolean {
  for (let k = from; k < to; k++) {
    const c = at(k)
    if ((c !== SP && c !== TAB) || c === dc) return false
  }
  return true
}

/** Line breaks in [from, to): LF, CR, CRLF once (a CR whose LF is at `to` counts with it, outside). */
export function countBreaks(at: UnitAt, from: number, to: number): number {
  let k = 0
  for (let p = from; p < to; p++) {
    const c = at(p)
    if (c === LF) k++
    else if (c === CR && at(p + 1) !== LF) k++
  }
  return k
}

function tooLarge(index: number, max: number): CsvRowError {
  return { code: 'CSV_FIELD_TOO_LARGE', message: `Field ${index + 1} is larger than --max-field-bytes ${max}; the row was rejected without being kept in memory` }
}

/** Raw text of a row (for rejects.csv). */
export function rawText(batch: CsvBatch, row: CsvRow): string {
  return row.raw ?? batch.text.slice(row.start, row.end)
}

/** Splits one complete record given as its raw text (as a worker re-splits what the main thread cut). */
export function splitRecord(raw: string, dialect: { delimiter: string; quote?: string; relaxQuotes?: boolean }): string[] {
  const quote = dialect.quote ?? '"'
  if (raw.indexOf(quote) === -1) return raw.split(dialect.delimiter)
  const cells: string[] = []
  if (plainFields(raw, 0, raw.length, dialect.delimiter, quote, cells)) return cells
  const key = `${dialect.delimiter}\u0000${quote}\u0000${dialect.relaxQuotes ? 1 : 0}`
  let parser = splitters.get(key)
  if (!parser) {
    parser = new CsvParser({ delimiter: dialect.delimiter, quote, relaxQuotes: dialect.relaxQuotes ?? false, maxFieldBytes: Number.MAX_SAFE_INTEGER })
    splitters.set(key, parser)
  }
  return parser.push(raw, true).rows[0]?.cells ?? ['']
}
const splitters = new Map<string, CsvParser>()

/**
 * The cells of each record of a batch, given as ranges of the batch's text (a worker splits what the reader cut):
 * what splitRecord gives for `text.slice(starts[i], ends[i])`, without making that string. A record without a quote is
 * cut at its delimiters straight from the batch text (a quarter faster than slice and split, measured on the events
 * file's rows); the next quote is looked up once per batch position, not once per record. A range whose start is
 * negative gives null (a row the reader settled itself).
 */
export function splitRecords(text: string, starts: Int32Array, ends: Int32Array, dialect: { delimiter: string; quote?: string; relaxQuotes?: boolean }): (string[] | null)[] {
  const quote = dialect.quote ?? '"'
  const delim = dialect.delimiter
  const dl = delim.length
  const rows: (string[] | null)[] = new Array(starts.length)
  // the first quote at or after qFrom (Infinity: none)
  let qFrom = Infinity, qAt = -1
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!
    if (start < 0) { rows[i] = null; continue }
    const end = ends[i]!
    if (start < qFrom || qAt < start) { qFrom = start; qAt = text.indexOf(quote, start); if (qAt === -1) qAt = Infinity }
    if (qAt >= end) {
      const cells: string[] = []
      let a = start
      for (;;) {
        let b = text.indexOf(delim, a)
        if (b === -1 || b + dl > end) b = end
        cells.push(text.slice(a, b))
        if (b === end) break
        a = b + dl
      }
      rows[i] = cells
      continue
    }
    const cells: string[] = []
    rows[i] = plainFields(text, start, end, delim, quote, cells) ? cells : splitRecord(text.slice(start, end), dialect)
  }
  return rows
}

/** A batch's records split into cells (null: a row the reader settled itself), and a record's raw text. */
export interface SplitBatch {
  rows: (string[] | null)[]
  raw: (i: number) => string
}

/**
 * The cells of records given as byte ranges of input in an ASCII-compatible encoding (a worker splits what the reader
 * found in the bytes: see ranges.ts), and each record's raw text. ASCII bytes are read as one text whose offsets are
 * the byte offsets; bytes that are not valid UTF-8 have each record decoded apart, as the decoder escapes them, and
 * split as splitRecord does. (The reader turns valid UTF-8 past ASCII into text itself.)
 */
export function splitByteRecords(bytes: Uint8Array, starts: Int32Array, ends: Int32Array, dialect: { delimiter: string; quote?: string; relaxQuotes?: boolean }): SplitBatch {
  const n = starts.length
  if (!n) return { rows: [], raw: () => '' }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const to = ends[n - 1]!
  if (isAscii(buf.subarray(starts[0]!, to))) {
    const text = buf.toString('latin1', 0, to)
    return { rows: splitRecords(text, starts, ends, dialect), raw: (i) => text.slice(starts[i], ends[i]) }
  }
  const rows: (string[] | null)[] = new Array(n)
  const raws: string[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const start = starts[i]!
    if (start < 0) { rows[i] = null; raws[i] = ''; continue }
    const rec = escapeUtf8(buf.subarray(start, ends[i]))
    raws[i] = rec
    rows[i] = splitRecord(rec, dialect)
  }
  return { rows, raw: (i) => raws[i]! }
}

/** Parses a whole async iterable of text chunks into batches. */
export async function* parseCsv(chunks: AsyncIterable<string>, options: CsvParserOptions & { parser?: CsvParser } = {}): AsyncGenerator<CsvBatch> {
  const parser = options.parser ?? new CsvParser(options)
  for await (const chunk of chunks) {
    const batch = parser.push(chunk)
    if (batch.rows.length) yield batch
  }
  const last = parser.push('', true)
  if (last.rows.length) yield last
}
