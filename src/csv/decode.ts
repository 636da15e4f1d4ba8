import { createHash } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'
import { XdmapError } from '../util/errors.js'

interface Decoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string
}

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'latin1' | 'windows-1252'

export const ENCODINGS: readonly string[] = ['utf8', 'utf-8', 'utf16le', 'utf-16le', 'utf16be', 'utf-16be', 'latin1', 'iso-8859-1', 'windows-1252', 'cp1252']

export function normalizeEncoding(name: string): Encoding {
  switch (name.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8'
    case 'utf16le': case 'utf-16le': case 'ucs2': return 'utf16le'
    case 'utf16be': case 'utf-16be': return 'utf16be'
    case 'latin1': case 'iso-8859-1': case 'iso8859-1': return 'latin1'
    case 'windows-1252': case 'cp1252': case 'win1252': return 'windows-1252'
    default:
      throw new XdmapError('OPTION_ENCODING', `Unknown encoding ${JSON.stringify(name)}: use utf8, utf16le, utf16be, latin1 or windows-1252`)
  }
}

/** What decoding saw, filled in while the input streams. */
export interface DecodeStats {
  /** Encoding actually used (a BOM, or UTF-16 recognised by its NUL bytes, overrides the option). */
  encoding: Encoding
  bom: boolean
  /** Set when the encoding was recognised without a BOM (UTF-16 text: a NUL byte every other byte). */
  detected?: boolean
  bytes: number
  /** sha256 of the raw input bytes, once the input is exhausted. */
  sha256?: string
  /**
   * True once a byte sequence that is not valid in the encoding was read. Such bytes are decoded as Python's
   * "surrogateescape" does (byte b -> lone surrogate U+DC00 + b, which valid text never holds): a row is
   * invalid iff hasInvalidBytes(row), and rawBytes() gives its original bytes back.
   */
  invalid: boolean
}

export interface DecodeOptions {
  encoding?: Encoding
  stats?: DecodeStats
  /** Recognise UTF-16 without a BOM when the encoding is utf8 (default true). */
  detectUtf16?: boolean
}

/** Bytes looked at before decoding starts: the BOM, and the NUL pattern of BOM-less UTF-16. */
const HEAD_BYTES = 64

/**
 * Bytes -> text chunks. Strips a BOM; a UTF-16 BOM, or a NUL byte every other byte, switches to UTF-16 whatever the
 * option says. Multi-byte sequences split across chunks are kept whole. Invalid UTF-8 becomes lone surrogates
 * (surrogateescape) and sets `stats.invalid`, so the rows holding it can be rejected with their line number and
 * their original bytes rather than the whole file failing.
 */
export async function* decode(source: AsyncIterable<Uint8Array>, options: DecodeOptions = {}): AsyncGenerator<string> {
  const d = new ChunkDecoder(options)
  for await (const raw of source) {
    const text = d.push(raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer))
    if (text.length) yield text
  }
  const tail = d.end()
  if (tail.length) yield tail
}

/**
 * decode() one chunk at a time: every chunk is counted and hashed (`stats.bytes`, `stats.sha256` at the end), and
 * decoded unless it is only counted (`count`: bytes that go on undecoded, read as ranges by worker threads).
 * `restart` drops what the decoder holds of a sequence cut at a chunk's end, to decode again from a later point
 * (a record boundary, which no sequence crosses).
 */
export class ChunkDecoder {
  readonly stats: DecodeStats
  private readonly detect: boolean
  private readonly hash = createHash('sha256')
  private decoder: Decoder | undefined
  private head: Uint8Array | undefined = new Uint8Array(0)

  constructor(options: DecodeOptions = {}) {
    this.stats = options.stats ?? { encoding: 'utf8', bom: false, bytes: 0, invalid: false }
    this.stats.encoding = options.encoding ?? 'utf8'
    this.detect = options.detectUtf16 ?? true
  }

  private begin(joined: Uint8Array): Uint8Array {
    const stats = this.stats
    let bytes = joined
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { stats.bom = true; stats.encoding = 'utf8'; bytes = bytes.subarray(3) }
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) { stats.bom = true; stats.encoding = 'utf16le'; bytes = bytes.subarray(2) }
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) { stats.bom = true; stats.encoding = 'utf16be'; bytes = bytes.subarray(2) }
    else if (this.detect && stats.encoding === 'utf8') {
      // the first HEAD_BYTES exactly, so that the guess does not depend on how the input was chunked
      const guess = utf16ByNuls(bytes.subarray(0, HEAD_BYTES))
      if (guess) { stats.encoding = guess; stats.detected = true }
    }
    this.decoder = makeDecoder(stats.encoding, stats)
    return bytes
  }

  /** Counts, hashes and decodes the next chunk. */
  push(chunk: Uint8Array): string {
    this.count(chunk)
    let bytes = chunk
    if (this.head !== undefined) {
      // wait for a few bytes to look for a BOM or the NULs of UTF-16
      const joined: Uint8Array = new Uint8Array(this.head.length + chunk.length)
      joined.set(this.head)
      joined.set(chunk, this.head.length)
      if (joined.length < HEAD_BYTES) { this.head = joined; return '' }
      this.head = undefined
      bytes = this.begin(joined)
    }
    return this.decoder!.decode(bytes)
  }

  /** Counts and hashes a chunk that is not decoded here. */
  count(chunk: Uint8Array): void {
    this.stats.bytes += chunk.length
    this.hash.update(chunk)
  }

  /** Decodes bytes already counted (after `restart`); with `final`, they end the input. */
  decodeCounted(bytes: Uint8Array, final: boolean): string {
    const text = this.decoder!.decode(bytes)
    return final ? text + this.decoder!.decode() : text
  }

  /** Forgets a sequence cut at the last chunk's end (decoding goes on from a record boundary). */
  restart(): void {
    if (this.decoder) this.decoder = makeDecoder(this.stats.encoding, this.stats)
  }

  /** The rest (an input shorter than HEAD_BYTES, a sequence cut at the end); sets `stats.sha256`. */
  end(): string {
    let text = ''
    if (this.head !== undefined) {
      // input shorter than HEAD_BYTES
      const bytes = this.begin(this.head)
      this.head = undefined
      text = this.decoder!.decode(bytes)
    }
    if (this.decoder) text += this.decoder.decode()
    this.stats.sha256 = this.hash.digest('hex')
    return text
  }
}

/** UTF-16 without a BOM: ASCII-range text has a NUL in every other byte (odd positions: LE, even: BE). */
function utf16ByNuls(b: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const n = b.length & ~1
  if (n < 8) return undefined
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) { if (b[i] === 0) even++; if (b[i + 1] === 0) odd++ }
  const pairs = n / 2
  // a CSV starts with a character of the ASCII range: NUL in its high byte
  if (b[0] !== 0 && b[1] === 0 && odd * 10 >= pairs * 3 && even * 8 <= odd) return 'utf16le'
  if (b[0] === 0 && b[1] !== 0 && even * 10 >= pairs * 3 && odd * 8 <= even) return 'utf16be'
  return undefined
}

function makeDecoder(enc: Encoding, stats: DecodeStats): Decoder {
  switch (enc) {
    case 'utf8': return utf8Decoder(stats)
    case 'utf16le': return utf16Decoder(false, stats)
    case 'utf16be': return utf16Decoder(true, stats)
    case 'windows-1252': return cp1252Decoder()
    case 'latin1': return latin1Decoder()
  }
}

/**
 * UTF-8 with surrogateescape. Fast path: a chunk (minus an incomplete sequence at its end, kept for the next one)
 * that buffer.isUtf8 accepts is decoded natively; only chunks holding invalid bytes take the slow path. For valid
 * input the text is what TextDecoder gives (a property test compares them).
 */
function utf8Decoder(stats: DecodeStats): Decoder {
  let carry: Buffer | undefined
  return {
    decode: (b?: Uint8Array) => {
      if (!b) {
        if (!carry || !carry.length) return ''
        stats.invalid = true
        const t = escapeUtf8(carry)
        carry = undefined
        return t
      }
      let buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength)
      if (carry) { buf = Buffer.concat([carry, buf]); carry = undefined }
      const end = completeEnd(buf)
      if (end < buf.length) { carry = Buffer.from(buf.subarray(end)); buf = buf.subarray(0, end) }
      if (isUtf8(buf)) return buf.toString('utf8')
      stats.invalid = true
      return escapeUtf8(buf)
    },
  }
}

/** Length of `b` without a sequence cut short at its end (up to 3 bytes of a sequence whose lead says more follow). */
function completeEnd(b: Buffer): number {
  const n = b.length
  let k = n - 1
  while (k >= 0 && k > n - 4 && (b[k]! & 0xc0) === 0x80) k--
  if (k < 0) return n
  const lead = b[k]!
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return need > 1 && k + need > n ? k : n
}

/** Length of the well-formed UTF-8 sequence at b[i] (Unicode table 3-7), or 0. */
function seqLength(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c < 0x80) return 1
  const n = b.length
  const cont = (k: number): boolean => k < n && (b[k]! & 0xc0) === 0x80
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0
  if (c >= 0xe0 && c <= 0xef) {
    if (i + 1 >= n) return 0
    const c1 = b[i + 1]!
    const ok1 = c === 0xe0 ? c1 >= 0xa0 && c1 <= 0xbf : c === 0xed ? c1 >= 0x80 && c1 <= 0x9f : (c1 & 0xc0) === 0x80
    return ok1 && cont(i + 2) ? 3 : 0
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (i + 1 >= n) return 0
    const c1 = b[i + 1]!
    const ok1 = c === 0xf0 ? c1 >= 0x90 && c1 <= 0xbf : c === 0xf4 ? c1 >= 0x80 && c1 <= 0x8f : (c1 & 0xc0) === 0x80
    return ok1 && cont(i + 2) && cont(i + 3) ? 4 : 0
  }
  return 0
}

/** Decodes bytes holding invalid UTF-8: each byte that starts no well-formed sequence becomes U+DC00 + byte. */
export function escapeUtf8(b: Buffer): string {
  let out = ''
  let from = 0
  let i = 0
  while (i < b.length) {
    const len = seqLength(b, i)
    if (len) { i += len; continue }
    if (i > from) out += b.toString('utf8', from, i)
    out += String.fromCharCode(0xdc00 + b[i]!)
    i++
    from = i
  }
  if (i > from) out += b.toString('utf8', from, i)
  return out
}

/**
 * UTF-16 that keeps lone surrogates (invalid UTF-16) as they are, so that the rows holding them are rejected as
 * invalid (`stats.invalid`, hasInvalidBytes) and rawBytes gives the bytes back; a last odd byte becomes an escaped
 * byte (U+DC00 + byte). BE by swapping byte pairs.
 */
function utf16Decoder(bigEndian: boolean, stats: DecodeStats): Decoder {
  const sd = new StringDecoder('utf16le')
  let odd: number | undefined
  const check = (t: string): string => {
    if (!stats.invalid && LONE_SURROGATE.test(t)) stats.invalid = true
    return t
  }
  return {
    decode: (b?: Uint8Array) => {
      if (!b) {
        const t = sd.end()
        if (odd === undefined) return check(t)
        stats.invalid = true
        return t + String.fromCharCode(0xdc00 + odd)
      }
      let buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength)
      if (odd !== undefined) buf = Buffer.concat([Buffer.from([odd]), buf])
      odd = undefined
      if (buf.length & 1) { odd = buf[buf.length - 1]!; buf = buf.subarray(0, buf.length - 1) }
      return check(sd.write(bigEndian ? Buffer.from(buf).swap16() : buf))
    },
  }
}

/** WHATWG windows-1252: latin1 but for 0x80-0x9F (five of which stay C1 controls). Table-driven: Node builds without full ICU decode it wrongly. */
const CP1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178]
const CP1252_RE = /[\u0080-\u009f]/g
const CP1252_MAP = (c: string): string => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!)

function cp1252Decoder(): Decoder {
  return { decode: (b?: Uint8Array) => (b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1').replace(CP1252_RE, CP1252_MAP) : '') }
}

/** True ISO-8859-1 (bytes 0x80-0x9F are C1 controls), unlike WHATWG's "latin1" label, which means windows-1252. */
function latin1Decoder(): Decoder {
  return { decode: (b?: Uint8Array) => (b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1') : '') }
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u

/** True when text holds bytes that were not valid in the input's encoding (a lone surrogate: see DecodeStats.invalid). */
export function hasInvalidBytes(text: string): boolean {
  return LONE_SURROGATE.test(text)
}

/**
 * A hint for an error about `text` (a header line, a row) when it holds invalid bytes or U+FFFD: which
 * --encoding to try. Undefined when the text looks fine.
 */
export function encodingHint(text: string, encoding: Encoding): string | undefined {
  if (!hasInvalidBytes(text) && !text.includes('\uFFFD')) return undefined
  const other = encoding === 'windows-1252' || encoding === 'latin1' ? 'utf8' : 'windows-1252'
  return `it holds bytes that are not valid ${encoding}; if the file comes from ${other === 'windows-1252' ? 'Excel or Windows' : 'another system'}, try --encoding ${other}`
}

let cp1252: Map<number, number> | undefined

/**
 * The original bytes of a raw row (text the decoder produced): what the rejects writer writes, so that rejects.csv
 * holds each rejected row exactly as the input did. Lone surrogates from invalid UTF-8 become their bytes again.
 */
export function rawBytes(raw: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8': {
      if (!LONE_SURROGATE.test(raw)) return Buffer.from(raw, 'utf8')
      const parts: Buffer[] = []
      let from = 0
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i)
        if (c < 0xd800 || c > 0xdfff) continue
        if (c <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { i++; continue }
        if (i > from) parts.push(Buffer.from(raw.slice(from, i), 'utf8'))
        // an escaped byte of invalid UTF-8 is that byte again; another lone surrogate (invalid UTF-16 written as UTF-8)
        // gets its 3-byte form (WTF-8), which is invalid UTF-8 too: the row stays invalid
        parts.push(c >= 0xdc80 && c <= 0xdcff ? Buffer.from([c - 0xdc00]) : Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]))
        from = i + 1
      }
      if (raw.length > from) parts.push(Buffer.from(raw.slice(from), 'utf8'))
      return Buffer.concat(parts)
    }
    case 'utf16le': return Buffer.from(raw, 'utf16le')
    case 'utf16be': return Buffer.from(raw, 'utf16le').swap16()
    case 'latin1': return Buffer.from(raw, 'latin1')
    case 'windows-1252': {
      if (!cp1252) {
        cp1252 = new Map()
        for (let b = 0; b < 256; b++) cp1252.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b, b)
      }
      const out = Buffer.alloc(raw.length)
      for (let i = 0; i < raw.length; i++) out[i] = cp1252.get(raw.charCodeAt(i)) ?? 0x3f
      return out
    }
  }
}
