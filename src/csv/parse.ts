/**
 * Streaming CSV parser (RFC 4180 plus what real exports do): quoted fields with delimiters, doubled quotes
 * and newlines; LF or CRLF line ends; blank lines skipped; the physical line of every record kept. It knows
 * nothing of I/O: push text chunks in, get batches of records out. csv-parse is its oracle in the tests.
 *
 * A malformed record does not stop the parse: it comes out as a row with `error` set and the parser resumes
 * at the next line, so every record ends up either parsed or rejected with its line number.
 */

export interface CsvRowError {
  code: string
  message: string
}

export interface CsvRow {
  /** Cell values (absent for a row with an error that could not be split). */
  cells: string[]
  /** Physical 1-based line where the record starts. */
  line: number
  /** 1-based record number, counting the header as record 0. */
  record: number
  /** Offsets of the raw record (without its line end) in the batch text. */
  start: number
  end: number
  error?: CsvRowError
  /** Raw text for rows whose text is not in the batch (records too large to keep). */
  raw?: string
}

export interface CsvBatch {
  text: string
  rows: CsvRow[]
}

export interface CsvParserOptions {
  /** Field delimiter (one character), or 'auto' to pick `,` `;` tab or `|` from the first line. Default 'auto'. */
  delimiter?: string
  /** Largest field, in UTF-8 bytes. A larger field rejects its row without holding it in memory. Default 1 MiB. */
  maxFieldBytes?: number
  /**
   * Split records into cells (default true). With false, records without quotes come out with `cells` set to
   * UNSPLIT (the consumer splits `text.slice(start, end)` itself); quoted records are still split, since finding
   * their end needs the full parse.
   */
  cells?: boolean
}

/** The `cells` of a row that was not split (see CsvParserOptions.cells). */
export const UNSPLIT: string[] = Object.freeze([]) as unknown as string[]

const QUOTE = 34
const LF = 10
const CR = 13

/** Picks the delimiter that occurs most often (outside quotes) in the first line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]])
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes) {
      if (c === '\n') break
      const n = counts.get(c)
      if (n !== undefined) counts.set(c, n + 1)
    }
  }
  let best = ','
  let bestN = 0
  for (const [d, n] of counts) if (n > bestN) { best = d; bestN = n }
  return best
}

const RAW_KEEP = 1024

function byteLengthOver(s: string, max: number): boolean {
  return s.length > max || (s.length * 3 > max && Buffer.byteLength(s) > max)
}

/** byteLengthOver for the value buf[from..to) holding `pairs` doubled quotes, without building it unless it is long. */
function rangeOver(buf: string, from: number, to: number, pairs: number, max: number): boolean {
  const chars = to - from - pairs
  return chars > max || (chars * 3 > max && Buffer.byteLength(buf.slice(from, to)) - pairs > max)
}

export class CsvParser {
  delimiter: string | undefined
  readonly maxFieldBytes: number
  private readonly cells: boolean
  /** Lines consumed so far (the next record starts at line + 1). */
  private line = 0
  private record = -1
  private leftover = ''
  /** Blank lines skipped. */
  emptyLines = 0
  /** Set while skipping the rest of a record whose field is too large. */
  private skipping: { inQuotes: boolean; line: number; record: number; raw: string; lines: number } | undefined

  constructor(options: CsvParserOptions = {}) {
    const d = options.delimiter ?? 'auto'
    this.delimiter = d === 'auto' ? undefined : d
    this.maxFieldBytes = options.maxFieldBytes ?? 1024 * 1024
    this.cells = options.cells ?? true
  }

  /** Parses what is complete in `leftover + chunk`; with `final`, everything. */
  push(chunk: string, final = false): CsvBatch {
    let buf = this.leftover.length ? this.leftover + chunk : chunk
    this.leftover = ''
    const rows: CsvRow[] = []
    if (this.delimiter === undefined) {
      if (!final && buf.indexOf('\n') === -1 && buf.length < 1 << 20) { this.leftover = buf; return { text: '', rows } }
      this.delimiter = detectDelimiter(buf)
    }
    let pos = 0
    if (this.skipping) {
      pos = this.skip(buf, 0, final, rows)
      if (this.skipping) { this.leftover = buf.slice(pos); return { text: '', rows } }
    }
    const len = buf.length
    const delim = this.delimiter
    const dc = delim.charCodeAt(0)
    let nextQuote = buf.indexOf('"', pos)
    if (nextQuote === -1) nextQuote = Infinity
    let nextLf = buf.indexOf('\n', pos)
    if (nextLf === -1) nextLf = Infinity
    const maxField = this.maxFieldBytes

    records: while (pos < len) {
      const c0 = buf.charCodeAt(pos)
      if (c0 === LF) { this.line++; this.emptyLines++; pos++; continue }
      if (c0 === CR) {
        if (pos + 1 === len && !final) break
        if (buf.charCodeAt(pos + 1) === LF) { this.line++; this.emptyLines++; pos += 2; continue }
      }
      const start = pos
      const startLine = this.line + 1
      if (nextLf < pos) { nextLf = buf.indexOf('\n', pos); if (nextLf === -1) nextLf = Infinity }
      if (nextQuote < pos) { nextQuote = buf.indexOf('"', pos); if (nextQuote === -1) nextQuote = Infinity }

      // Fast path: no quote before the line end
      if (nextQuote > nextLf || (nextLf === Infinity && nextQuote === Infinity)) {
        if (nextLf === Infinity && !final) {
          if (len - start > maxField + RAW_KEEP) { pos = this.startSkip(buf, start, startLine, false, len, final, rows); if (this.skipping) break; continue }
          break
        }
        let end = nextLf === Infinity ? len : nextLf
        const next = end + 1
        if (end > start && buf.charCodeAt(end - 1) === CR) end--
        this.line++
        this.record++
        // boundaries only: a line this short cannot hold a field over the limit, and the consumer splits it itself
        const split = this.cells || (end - start) * 3 > maxField
        const cells = split ? buf.slice(start, end).split(delim) : UNSPLIT
        const row: CsvRow = { cells, line: startLine, record: this.record, start, end }
        for (let i = 0; i < cells.length && split; i++) {
          if (byteLengthOver(cells[i]!, maxField)) { row.error = tooLarge(i, maxField); row.raw = buf.slice(start, start + RAW_KEEP) + '…'; row.cells = []; break }
        }
        if (split && !this.cells && !row.error) row.cells = UNSPLIT
        rows.push(row)
        pos = next
        continue
      }

      // Slow path: quoted fields. Without cells (boundaries only) the values are not built, only measured.
      const keep = this.cells
      const cells: string[] = []
      let fields = 0
      let p = pos
      let lines = 0
      for (;;) {
        if (buf.charCodeAt(p) === QUOTE) {
          let q = p + 1
          let value = ''
          let pairs = 0
          let big = false
          for (;;) {
            const k = buf.indexOf('"', q)
            if (k === -1) {
              if (!final) {
                if (len - p > maxField + RAW_KEEP) { pos = this.startSkip(buf, start, startLine, true, q, final, rows); if (this.skipping) break records; continue records }
                break records
              }
              // unclosed quote at end of input: the rest of the file is this one broken record
              lines += countLf(buf, p, len)
              this.line += lines + 1
              this.record++
              let end = len
              if (buf.charCodeAt(end - 1) === LF) end--
              if (buf.charCodeAt(end - 1) === CR) end--
              rows.push({ cells, line: startLine, record: this.record, start, end, error: { code: 'CSV_QUOTE_UNCLOSED', message: `Quoted field ${fields + 1} opened at line ${startLine + countLf(buf, start, p)} is never closed (the rest of the file was read as one record)` } })
              pos = len
              continue records
            }
            if (k + 1 === len && !final) {
              if (len - p > maxField + RAW_KEEP) { pos = this.startSkip(buf, start, startLine, true, q, final, rows); if (this.skipping) break records; continue records }
              break records
            }
            if (buf.charCodeAt(k + 1) === QUOTE) { if (keep) value += buf.slice(q, k + 1); pairs++; q = k + 2; continue }
            if (keep) value += buf.slice(q, k)
            // most quoted values hold no line break: the record's first one lies beyond the closing quote
            if (nextLf < k) lines += countLf(buf, p, k)
            // the value is buf[p + 1 .. k) with its doubled quotes made single
            big = keep ? byteLengthOver(value, maxField) : rangeOver(buf, p + 1, k, pairs, maxField)
            p = k + 1
            break
          }
          if (big) {
            // complete but too large: keep going to the record end, then reject
            if (keep) cells.push('')
            fields++
            const endInfo = findRecordEnd(buf, p, final)
            if (endInfo === undefined) break records
            this.line += lines + endInfo.lines + 1
            this.record++
            rows.push({ cells, line: startLine, record: this.record, start, end: start, raw: buf.slice(start, Math.min(endInfo.end, start + RAW_KEEP)) + '…', error: tooLarge(fields - 1, maxField) })
            pos = endInfo.next
            continue records
          }
          if (keep) cells.push(value)
          fields++
          const c = buf.charCodeAt(p)
          if (c === dc) { p++; continue }
          if (c === LF || (c === CR && buf.charCodeAt(p + 1) === LF) || p >= len) {
            if (p >= len && !final) break records
            const end = p
            const next = p >= len ? len : c === LF ? p + 1 : p + 2
            this.line += lines + 1
            this.record++
            rows.push({ cells: keep ? cells : UNSPLIT, line: startLine, record: this.record, start, end })
            pos = next
            continue records
          }
          if (c === CR && p + 1 === len && !final) break records
          // garbage after a closing quote
          const lfAt = buf.indexOf('\n', p)
          if (lfAt === -1 && !final) break records
          const end = lfAt === -1 ? len : lfAt
          this.line += lines + 1
          this.record++
          rows.push({ cells, line: startLine, record: this.record, start, end: end > start && buf.charCodeAt(end - 1) === CR ? end - 1 : end, error: { code: 'CSV_INVALID_CLOSING_QUOTE', message: `Field ${fields} has text after its closing quote (at line ${startLine + lines}, character ${JSON.stringify(buf[p])}); a quote inside a quoted field is written twice ("")` } })
          pos = lfAt === -1 ? len : lfAt + 1
          continue records
        }
        // unquoted field
        let e = buf.indexOf(delim, p)
        let lf = buf.indexOf('\n', p)
        if (lf === -1) lf = len
        if (e === -1 || e > lf) e = lf
        const qAt = buf.indexOf('"', p)
        if (qAt !== -1 && qAt < e) {
          if (lf === len && !final) break records
          const end = lf > start && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf
          this.line += lines + 1
          this.record++
          rows.push({ cells, line: startLine, record: this.record, start, end, error: { code: 'CSV_INVALID_OPENING_QUOTE', message: `Field ${fields + 1} has a quote inside an unquoted value (line ${startLine + lines}); quote the whole field and double inner quotes` } })
          pos = lf === len ? len : lf + 1
          continue records
        }
        if (e === lf) {
          if (lf === len && !final) break records
          const end = e > p && buf.charCodeAt(e - 1) === CR ? e - 1 : e
          const over = rangeOver(buf, p, end, 0, maxField)
          if (keep) cells.push(buf.slice(p, end))
          fields++
          this.line += lines + 1
          this.record++
          const row: CsvRow = { cells: keep ? cells : UNSPLIT, line: startLine, record: this.record, start, end }
          if (over) { row.error = tooLarge(fields - 1, maxField); row.raw = buf.slice(start, start + RAW_KEEP) + '…'; row.cells = [] }
          rows.push(row)
          pos = lf === len ? len : lf + 1
          continue records
        }
        if (rangeOver(buf, p, e, 0, maxField)) {
          if (keep) cells.push('')
          fields++
          const endInfo = findRecordEnd(buf, e, final)
          if (endInfo === undefined) break records
          this.line += lines + endInfo.lines + 1
          this.record++
          rows.push({ cells, line: startLine, record: this.record, start, end: start, raw: buf.slice(start, start + RAW_KEEP) + '…', error: tooLarge(fields - 1, maxField) })
          pos = endInfo.next
          continue records
        }
        if (keep) cells.push(buf.slice(p, e))
        fields++
        p = e + 1
      }
    }
    this.leftover = pos < len ? buf.slice(pos) : ''
    return { text: buf, rows }
  }

  /** Starts skipping an oversized record: keeps a prefix of its text for the rejects, drops the rest. */
  private startSkip(buf: string, start: number, startLine: number, inQuotes: boolean, from: number, final: boolean, rows: CsvRow[]): number {
    const scanFrom = inQuotes ? from : start
    this.skipping = { inQuotes, line: startLine, record: this.record + 1, raw: buf.slice(start, start + RAW_KEEP) + '…', lines: countLf(buf, start, scanFrom) }
    return this.skip(buf, scanFrom, final, rows)
  }

  /** Scans for the end of the record being skipped; returns the position after it (or buf.length). */
  private skip(buf: string, from: number, final: boolean, rows: CsvRow[]): number {
    const s = this.skipping!
    let p = from
    for (;;) {
      if (s.inQuotes) {
        const k = buf.indexOf('"', p)
        if (k === -1) { s.lines += countLf(buf, p, buf.length); p = buf.length; break }
        s.lines += countLf(buf, p, k)
        if (k + 1 === buf.length && !final) return k
        if (buf.charCodeAt(k + 1) === QUOTE) { p = k + 2; continue }
        s.inQuotes = false
        p = k + 1
        continue
      }
      const lf = buf.indexOf('\n', p)
      const q = buf.indexOf('"', p)
      if (q !== -1 && (lf === -1 || q < lf)) { s.inQuotes = true; p = q + 1; continue }
      if (lf === -1) { p = buf.length; break }
      this.finishSkip(rows)
      return lf + 1
    }
    if (final) this.finishSkip(rows)
    return p
  }

  private finishSkip(rows: CsvRow[]): void {
    const s = this.skipping!
    this.line += s.lines + 1
    this.record = s.record
    rows.push({ cells: [], line: s.line, record: s.record, start: 0, end: 0, raw: s.raw, error: tooLarge(-1, this.maxFieldBytes) })
    this.skipping = undefined
  }
}

function tooLarge(index: number, max: number): CsvRowError {
  return { code: 'CSV_FIELD_TOO_LARGE', message: `${index >= 0 ? `Field ${index + 1}` : 'A field'} is larger than --max-field-bytes ${max}; the row was rejected without being kept in memory` }
}

function countLf(buf: string, from: number, to: number): number {
  let n = 0
  for (let i = buf.indexOf('\n', from); i !== -1 && i < to; i = buf.indexOf('\n', i + 1)) n++
  return n
}

/** End of the record containing `from` (quote-aware), or undefined if it is not in the buffer yet. */
function findRecordEnd(buf: string, from: number, final: boolean): { end: number; next: number; lines: number } | undefined {
  let p = from
  let lines = 0
  for (;;) {
    const lf = buf.indexOf('\n', p)
    const q = buf.indexOf('"', p)
    if (q !== -1 && (lf === -1 || q < lf)) {
      let k = q + 1
      for (;;) {
        const c = buf.indexOf('"', k)
        if (c === -1) return final ? { end: buf.length, next: buf.length, lines: lines + countLf(buf, p, buf.length) } : undefined
        if (buf.charCodeAt(c + 1) === QUOTE) { k = c + 2; continue }
        lines += countLf(buf, q, c)
        p = c + 1
        break
      }
      continue
    }
    if (lf === -1) return final ? { end: buf.length, next: buf.length, lines } : undefined
    return { end: lf > 0 && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf, next: lf + 1, lines }
  }
}

/** Raw text of a row (for rejects.csv). */
export function rawText(batch: CsvBatch, row: CsvRow): string {
  return row.raw ?? batch.text.slice(row.start, row.end)
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
