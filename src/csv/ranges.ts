/**
 * Record boundaries found in raw bytes: what the parser (parse.ts) finds with `cells: false`, for input in an
 * encoding where the line ends, the quote and the delimiter are single ASCII bytes that no other character contains
 * (UTF-8). The reader hands worker threads byte ranges of the input, so the main thread neither decodes the text nor
 * clones it into messages. Only well-formed records are taken here: one or more lines, each field unquoted without a
 * quote, or quoted with inner quotes doubled and its closing quote followed by a delimiter or the line end. Anything
 * else (a quote in the wrong place, any quote under relaxQuotes, a record over the size limit, an unclosed quote at
 * the end) stops the scan at that record, which the text parser then reads with everything after it, so errors are
 * the parser's own. Blank and whitespace-only lines are skipped and counted as the parser counts them.
 */

import { blankLine, countBreaks } from './parse.js'

const LF = 10
const CR = 13
const SP = 32
const TAB = 9

export interface ScannerOptions {
  /** The delimiter byte (an ASCII character). */
  delimiter: number
  quote: number
  relaxQuotes: boolean
  /** A record longer than this (bytes) goes to the text parser, which checks the field and record limits. */
  maxRecordBytes: number
  /** Physical lines and records (the header is record 0) before the first byte scanned. */
  line: number
  record: number
}

/** Records as ranges of a buffer, with the physical line each starts on and its record number. */
export interface RecordRanges {
  starts: Int32Array
  ends: Int32Array
  lines: Float64Array
  records: Float64Array
}

/** The records of a scanned buffer. `rest`: the first byte not taken (an incomplete record at the end, or a hard one). */
export interface ScanResult extends RecordRanges {
  count: number
  rest: number
  /** The record at `rest` is one the text parser must read (from there on, the input goes to it). */
  hard: boolean
}

export class RecordScanner {
  /** Physical lines consumed. */
  line: number
  record: number
  emptyLines = 0
  whitespaceLines = 0
  private readonly dc: number
  private readonly q: number
  private readonly relax: boolean
  /** Records longer than this (bytes) are left to the text parser. */
  readonly maxRecordBytes: number
  private starts = new Int32Array(1024)
  private ends = new Int32Array(1024)
  private lines = new Float64Array(1024)
  private records = new Float64Array(1024)
  private n = 0

  constructor(o: ScannerOptions) {
    this.dc = o.delimiter
    this.q = o.quote
    this.relax = o.relaxQuotes
    this.maxRecordBytes = o.maxRecordBytes
    this.line = o.line
    this.record = o.record
  }

  private push(start: number, end: number, line: number): void {
    if (this.n === this.starts.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(a.length * 2); b.set(a); return b }
      this.starts = grow(this.starts); this.ends = grow(this.ends); this.lines = grow(this.lines); this.records = grow(this.records)
    }
    this.starts[this.n] = start
    this.ends[this.n] = end
    this.lines[this.n] = line
    this.records[this.n] = ++this.record
    this.n++
  }

  /** The records complete in `b` (with `final`, `b` is the end of the input). A Buffer: its indexOf is memchr. */
  scan(b: Buffer, final: boolean): ScanResult {
    const n = b.length
    const dc = this.dc
    const q = this.q
    this.n = 0
    let i = 0
    let hard = false
    // next LF, CR and quote at or after a position (n: none), looked up again once passed (a line end that is the
    // buffer's last byte, or a CR that may be followed by a LF, waits for the next buffer unless this one is the last)
    let lfAt = -1, crAt = -1, qAt = -1
    outer: while (i < n) {
      const c = b[i]!
      if (c === LF) { this.line++; this.emptyLines++; i++; continue }
      if (c === CR) {
        if (i + 1 === n && !final) break
        this.line++; this.emptyLines++; i++
        if (i < n && b[i] === LF) i++
        continue
      }
      if (lfAt < i) { lfAt = b.indexOf(LF, i); if (lfAt === -1) lfAt = n }
      if (crAt < i) { crAt = b.indexOf(CR, i); if (crAt === -1) crAt = n }
      if (qAt < i) { qAt = b.indexOf(q, i); if (qAt === -1) qAt = n }
      let le = lfAt < crAt ? lfAt : crAt
      if (qAt >= le) {
        // a line without a quote
        if (le === n && !final) break
        if (le - i > this.maxRecordBytes) { hard = true; break }
        if (le === n - 1 && b[le] === CR && !final) break
        if ((c === SP || c === TAB) && c !== dc && blankLine((k) => b[k]!, i, le, dc)) { this.line++; this.whitespaceLines++ }
        else this.push(i, le, ++this.line)
        i = after(b, le)
        continue
      }
      if (this.relax) { hard = true; break }
      // a record with quotes, over as many lines as its quoted values hold: from quote to quote, each opening a field
      // (at the record's start or after a delimiter) and closed by a quote followed by a delimiter or a line end; the
      // unquoted fields between hold no quote, so they need no look
      const line = this.line + 1
      let breaks = 0
      let p = i
      for (;;) {
        if (qAt < p) { qAt = b.indexOf(q, p); if (qAt === -1) qAt = n }
        if (lfAt < p) { lfAt = b.indexOf(LF, p); if (lfAt === -1) lfAt = n }
        if (crAt < p) { crAt = b.indexOf(CR, p); if (crAt === -1) crAt = n }
        le = lfAt < crAt ? lfAt : crAt
        if (qAt >= le) {
          if (le === n && !final) break outer
          break
        }
        const open = qAt
        if (open !== i && b[open - 1] !== dc) { hard = true; break outer }
        let k = open + 1
        for (;;) {
          k = b.indexOf(q, k)
          if (k === -1) { if (final) hard = true; break outer }
          if (k + 1 === n && !final) break outer
          if (b[k + 1] === q) { k += 2; continue }
          break
        }
        if (lfAt < k || crAt < k) breaks += countBreaks((x) => b[x]!, open + 1, k)
        p = k + 1
        if (p - i > this.maxRecordBytes) { hard = true; break outer }
        if (p === n) { le = n; break }
        const c2 = b[p]!
        if (c2 === dc) { p++; continue }
        if (c2 === LF || c2 === CR) { le = p; break }
        hard = true
        break outer
      }
      if (le - i > this.maxRecordBytes) { hard = true; break }
      if (le === n - 1 && b[le] === CR && !final) break
      this.push(i, le, line)
      this.line += breaks + 1
      i = after(b, le)
    }
    const k = this.n
    return { count: k, starts: this.starts.slice(0, k), ends: this.ends.slice(0, k), lines: this.lines.slice(0, k), records: this.records.slice(0, k), rest: i, hard }
  }
}

/** The position after the line end at b[le] (LF, CR or CRLF; b.length: the end of the input). */
function after(b: Uint8Array, le: number): number {
  if (le >= b.length) return b.length
  return b[le] === CR && b[le + 1] === LF ? le + 2 : le + 1
}

/**
 * Turns byte offsets of valid UTF-8 into the UTF-16 offsets of its text, in place (starts[i] <= ends[i] <=
 * starts[i + 1]): each continuation byte takes one off, a 4-byte sequence's lead adds one back (it makes two units).
 * Four bytes at a time where none of them is past ASCII.
 */
export function utf16Offsets(b: Buffer, starts: Int32Array, ends: Int32Array): void {
  const shift = b.byteOffset & 3
  const words = new Uint32Array(b.buffer, b.byteOffset - shift, (b.length + shift) >> 2)
  let pos = 0
  let less = 0
  for (let i = 0; i < starts.length; i++) {
    for (let t = 0; t < 2; t++) {
      const target = t === 0 ? starts[i]! : ends[i]!
      while (pos < target) {
        if (((pos + shift) & 3) === 0) {
          while (pos + 4 <= target && (words[(pos + shift) >> 2]! & 0x80808080) === 0) pos += 4
          if (pos >= target) break
        }
        const c = b[pos++]!
        if (c >= 0x80) { if (c < 0xc0) less++; else if (c >= 0xf0) less-- }
      }
      if (t === 0) starts[i] = target - less
      else ends[i] = target - less
    }
  }
}
