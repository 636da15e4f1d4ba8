import { describeDialect } from '../pipeline/reader.js'
import { createHash } from 'node:crypto'
import { CsvParser, rawText } from '../csv/parse.js'
import { decode, normalizeEncoding, type DecodeStats, type Encoding } from '../csv/decode.js'
import { XdmapError } from '../util/errors.js'
import { readBytes, type Storage } from './storage.js'

/**
 * Splitting an input into chunks that start on record boundaries.
 *
 * The coordinator reads the whole input once with the engine's own CSV parser (boundaries only, no cells), so a
 * chunk boundary is exactly where a local run starts a record: quoted newlines, malformed quotes, oversized
 * fields and blank lines are settled by the same code. A boundary is kept as a line number (every record starts
 * right after a line feed), then turned into a byte offset by counting line feeds in the raw bytes: in UTF-8,
 * Latin-1 and windows-1252 the byte 0x0A is only ever a line feed, and in UTF-16 it is the code unit 0x000A at an
 * even offset. So the offsets are exact whatever the encoding, and a chunk never starts inside a character.
 */

/** One chunk of the input: bytes [start, end), its first line and record in the whole file, and how many records it holds. */
export interface ChunkRange {
  index: number
  start: number
  end: number
  /** Physical line (1-based) of the file where the chunk's bytes start. */
  firstLine: number
  /** Number (1-based, header excluded) of the chunk's first data record. */
  firstRecord: number
  /** Data records in the chunk (what its run must read). */
  records: number
}

export interface SplitPlan {
  bytes: number
  sha256: string
  encoding: Encoding
  bom: boolean
  delimiter: string
  /** The dialect, as a local run's manifest gives it. */
  dialect: Record<string, unknown>
  /** The header record's bytes, line end included (with the BOM before it when the file has one). */
  header: { start: number; end: number; lines: number; text: string; bomBytes: number }
  /** Data records in the whole file. */
  records: number
  chunks: ChunkRange[]
}

export interface SplitOptions {
  chunkBytes: number
  encoding?: string
  delimiter?: string
  maxFieldBytes?: number
  /** Called once the header record is known (before the rest is read), so a bad header stops the run early. */
  onHeader?: (header: { text: string; delimiter: string }) => Promise<void> | void
  onProgress?: (bytes: number) => void
  /**
   * Bytes between two entries of the line-feed index (where a piece starts and how many line feeds come before it).
   * A chunk boundary is found again by re-reading at most this much. Default 1 MiB.
   */
  indexEvery?: number
}

/** How line feeds look in an encoding: one byte, or a UTF-16 code unit (little or big endian). */
type LfKind = 'byte' | 'le' | 'be'

function lfKind(enc: Encoding): LfKind {
  return enc === 'utf16le' ? 'le' : enc === 'utf16be' ? 'be' : 'byte'
}

/**
 * Finds line feeds in a byte stream by absolute offset. Feed it consecutive pieces; it reports each line feed's
 * offset (the offset of the byte after it is where the next line starts).
 */
class LfScanner {
  private last = -1
  /** `offset`: where the first piece given starts in the file. */
  constructor(private readonly kind: LfKind, private offset = 0) {}
  /** Calls `each(offsetAfterLf)` for every line feed in `b`; stops early when it returns false. */
  scan(b: Uint8Array, each: (after: number) => boolean): boolean {
    const base = this.offset
    let go = true
    if (this.kind === 'byte') {
      for (let i = b.indexOf(10); i !== -1 && go; i = b.indexOf(10, i + 1)) go = each(base + i + 1)
    } else if (this.kind === 'le') {
      // 0x0A at an even offset, 0x00 after it (possibly in the next piece: checked then through `last`)
      if (this.last === 10 && base % 2 === 1 && b.length && b[0] === 0) go = each(base + 1)
      for (let i = b.indexOf(10); i !== -1 && go; i = b.indexOf(10, i + 1)) {
        if ((base + i) % 2 === 0 && i + 1 < b.length && b[i + 1] === 0) go = each(base + i + 2)
      }
    } else {
      // 0x00 at an even offset, 0x0A after it
      if (this.last === 0 && base % 2 === 1 && b.length && b[0] === 10) go = each(base + 1)
      for (let i = b.indexOf(10, 1); i !== -1 && go; i = b.indexOf(10, i + 1)) {
        if ((base + i) % 2 === 1 && b[i - 1] === 0) go = each(base + i + 1)
      }
    }
    if (b.length) this.last = b[b.length - 1]!
    this.offset += b.length
    return go
  }
}

/** Encoding a file is read in: its BOM, else the option (as decode() decides). */
export function sniffEncoding(head: Uint8Array, option: string | undefined): { encoding: Encoding; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomBytes: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomBytes: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomBytes: 2 }
  return { encoding: normalizeEncoding(option ?? 'utf8'), bomBytes: 0 }
}

/**
 * Reads the input once and plans its chunks: each about `chunkBytes` long, each starting where a record starts.
 * Throws CSV_EMPTY / CSV_HEADER_INVALID as run() would.
 */
export async function planSplit(storage: Storage, key: string, size: number, options: SplitOptions): Promise<SplitPlan> {
  const { chunkBytes } = options
  const head = await readBytes(storage, key, 0, Math.min(size, 4))
  // byte ranges of a gzip stream cannot be read on their own: such an input is for a local run (which streams it)
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) throw new XdmapError('OPTION_QUEUE', `${key} is gzip-compressed: a distributed run splits the input into byte ranges, which a gzip stream does not allow; decompress it first, or run it locally (xdmap run reads gzip as it streams)`, { file: key })
  const { encoding, bomBytes } = sniffEncoding(head, options.encoding)
  const kind = lfKind(encoding)

  // an index of the raw stream: where a piece starts and how many line feeds come before it, every indexEvery bytes
  // or so, to find a line's offset later by re-reading one stretch
  const indexEvery = options.indexEvery ?? 1 << 20
  const pieceStart: number[] = []
  const pieceLfBefore: number[] = []
  const lfScan = new LfScanner(kind)
  let lfSeen = 0
  let read = 0
  const hash = createHash('sha256')
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const b of storage.readRange(key, 0, size)) {
      if (!pieceStart.length || read - pieceStart[pieceStart.length - 1]! >= indexEvery) {
        pieceStart.push(read)
        pieceLfBefore.push(lfSeen)
      }
      lfScan.scan(b, () => { lfSeen++; return true })
      hash.update(b)
      read += b.length
      options.onProgress?.(read)
      yield b
    }
  }

  const stats: DecodeStats = { encoding, bom: false, bytes: 0, invalid: false }
  // read as a local run reads it (src/pipeline/reader.ts): sniffing finds a `sep=` line and title lines too
  const parser = new CsvParser({ delimiter: options.delimiter ?? 'auto', sniff: true, maxFieldBytes: options.maxFieldBytes ?? 1024 * 1024, cells: false })
  const inputName = storage.url(key)
  let headerText: string | undefined
  let headerLine = 0
  let records = 0
  /** Lines where chunks 2.. start, with their first record number. */
  const cuts: { line: number; record: number }[] = []
  let lastCutBytes = 0
  const onBatch = async (batch: ReturnType<CsvParser['push']>): Promise<void> => {
    for (const row of batch.rows) {
      if (headerText === undefined) {
        if (row.error) throw new XdmapError('CSV_HEADER_INVALID', `The header line cannot be parsed: ${row.error.message}`, { file: inputName, line: row.line })
        headerText = rawText(batch, row)
        headerLine = row.line
        await options.onHeader?.({ text: headerText, delimiter: parser.delimiter ?? ',' })
        continue
      }
      records = row.record
      // a new chunk starts at the first record once about chunkBytes were read since the last one (bytes read run ahead
      // of the parser by a read or two: chunks come out a little smaller than asked, never cut inside a record)
      if (read - lastCutBytes >= chunkBytes) {
        cuts.push({ line: row.line, record: row.record })
        lastCutBytes = read
      }
    }
  }
  for await (const text of decode(counted(), { encoding, stats })) await onBatch(parser.push(text))
  await onBatch(parser.push('', true))
  if (headerText === undefined) throw new XdmapError('CSV_EMPTY', `${inputName} is empty: a CSV needs a header line`, { file: inputName })
  if (read !== size) throw new XdmapError('IO_ERROR', `${inputName} changed while it was read (${read} bytes, expected ${size})`, { file: inputName })

  // line numbers → byte offsets: line L starts after the (L-1)-th line feed
  const lineStarts = new Map<number, number>()
  const headerLines = countNewlines(headerText) + 1
  const wanted = [...new Set([headerLine, headerLine + headerLines, ...cuts.map((c) => c.line)])].filter((l) => l > 1).sort((a, b) => a - b)
  lineStarts.set(1, 0)
  for (const line of wanted) lineStarts.set(line, line - 1 > lfSeen ? size : await lineOffset(storage, key, size, kind, pieceStart, pieceLfBefore, line - 1))
  const at = (line: number): number => {
    const v = lineStarts.get(line)
    if (v === undefined) throw new Error(`internal: no offset for line ${line}`)
    return v
  }
  // the header record (BOM first), as every chunk after the first repeats it
  const header = { start: headerLine === 1 ? 0 : at(headerLine), end: at(headerLine + headerLines), lines: headerLines, text: headerText, bomBytes }

  const chunks: ChunkRange[] = []
  const starts = [{ byte: 0, line: 1, record: 1 }, ...cuts.map((c) => ({ byte: at(c.line), line: c.line, record: c.record }))]
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!
    const next = starts[i + 1]
    chunks.push({ index: i, start: s.byte, end: next ? next.byte : size, firstLine: s.line, firstRecord: s.record, records: (next ? next.record : records + 1) - s.record })
  }
  return { bytes: size, sha256: hash.digest('hex'), encoding: stats.encoding, bom: stats.bom, delimiter: parser.delimiter ?? ',', dialect: describeDialect(parser, stats), header, records, chunks }
}

function countNewlines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++
  return n
}

/** Offset of the byte after the n-th line feed (n >= 1): re-reads the one stretch of the index that holds it. */
async function lineOffset(storage: Storage, key: string, size: number, kind: LfKind, pieceStart: number[], pieceLfBefore: number[], n: number): Promise<number> {
  // the last piece with fewer than n line feeds before it holds the n-th one
  let lo = 0
  let hi = pieceStart.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (pieceLfBefore[mid]! < n) lo = mid
    else hi = mid - 1
  }
  // start one byte early (a UTF-16 line feed may straddle two pieces), at an even offset
  let from = Math.max(0, pieceStart[lo]! - 2)
  if (kind !== 'byte' && from % 2) from--
  const to = lo + 1 < pieceStart.length ? Math.min(size, pieceStart[lo + 1]! + 2) : size
  const bytes = await readBytes(storage, key, from, to)
  // count line feeds from `from`: those before pieceStart[lo] are known
  const scanner = new LfScanner(kind, from)
  let found = -1
  let seen = 0
  const before = pieceLfBefore[lo]!
  // line feeds that end before the piece starts were counted in `before`; skip them
  const base = pieceStart[lo]!
  scanner.scan(bytes, (after) => {
    if (after <= base) return true
    seen++
    if (before + seen === n) { found = after; return false }
    return true
  })
  if (found < 0) throw new Error(`internal: line feed ${n} not found in bytes ${from}-${to}`)
  return found
}
