import { ByteWriter } from 'hyparquet-writer'
import { writePageHeader } from 'hyparquet-writer/src/datapage.js'
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js'
import type { ChunkMeta } from './encode.js'
import type { LeafColumn } from './schema.js'
import type { ColumnVectors, TextValues } from './shred.js'

/**
 * One column chunk of a row group, written straight from the shredder's vectors: an optional dictionary page (strings
 * whose dictionary at least halves them) and one DATA_PAGE_V2 (levels RLE/bit-packed, values PLAIN or dictionary
 * indexes, values compressed). Numbers go through typed arrays, strings are encoded into one buffer with
 * Buffer#write: no per-value allocation. Statistics: null count, and min/max of numeric columns.
 *
 * Page and file structures (headers, thrift) are hyparquet-writer's; this replaces only its general column writer,
 * whose per-value conversions, copies and TextEncoder calls cost more than the rest of the encoding here.
 */

export type Compress = ((input: Uint8Array) => Uint8Array) | undefined

const bitWidth = (max: number): number => (max <= 0 ? 0 : Math.ceil(Math.log2(max + 1)))

/** 8 bytes of a two's-complement INT64 from an exact integer in a double (|v| < 2^53). */
function setInt64(view: DataView, at: number, v: number): void {
  const hi = Math.floor(v / 4294967296)
  view.setUint32(at, v - hi * 4294967296, true)
  view.setInt32(at + 4, hi, true)
}

interface Encoded {
  bytes: Uint8Array
  dictionary?: { bytes: Uint8Array; count: number }
  encoding: 'PLAIN' | 'RLE_DICTIONARY'
  stats?: { min_value: unknown; max_value: unknown }
}

function plainStrings(values: string[]): Uint8Array {
  let max = 0
  for (const v of values) max += 4 + 3 * v.length
  const buf = Buffer.allocUnsafe(max)
  let p = 0
  for (const v of values) {
    const n = buf.write(v, p + 4)
    buf.writeUInt32LE(n, p)
    p += 4 + n
  }
  return buf.subarray(0, p)
}

/** Strings: the dictionary the shredder kept, if it and its indexes take at most half of the plain bytes. */
function encodeStrings(v: TextValues): Encoded {
  const d = v.dictionary
  if (d) {
    const width = Math.max(1, bitWidth(d.keys.length - 1))
    if (v.count && 2 * (d.bytes + 4 * d.keys.length + Math.ceil((v.count * width) / 8)) <= d.plainBytes) {
      const w = new ByteWriter(Math.ceil((v.count * width) / 8) + 64)
      w.appendUint8(width)
      writeRleBitPackedHybrid(w, d.indexes, width)
      return { bytes: w.getBytes(), dictionary: { bytes: plainStrings(d.keys), count: d.keys.length }, encoding: 'RLE_DICTIONARY' }
    }
    return { bytes: plainStrings(Array.from(d.indexes, (k) => d.keys[k]!)), encoding: 'PLAIN' }
  }
  return { bytes: v.plain!, encoding: 'PLAIN' }
}

function encodeValues(type: string, vector: TextValues | Float64Array): Encoded {
  if (type === 'BYTE_ARRAY') return encodeStrings(vector as TextValues)
  const values = vector as Float64Array
  const n = values.length
  switch (type) {
    case 'BOOLEAN': {
      const out = new Uint8Array(Math.ceil(n / 8))
      for (let i = 0; i < n; i++) if (values[i]) out[i >> 3]! |= 1 << (i & 7)
      return { bytes: out, encoding: 'PLAIN' }
    }
    case 'INT32': {
      const a = new Int32Array(n)
      let min = Infinity
      let max = -Infinity
      for (let i = 0; i < n; i++) { const v = values[i]!; a[i] = v; if (v < min) min = v; if (v > max) max = v }
      return { bytes: new Uint8Array(a.buffer), encoding: 'PLAIN', ...(n ? { stats: { min_value: min, max_value: max } } : {}) }
    }
    case 'INT64': {
      const out = new Uint8Array(8 * n)
      const view = new DataView(out.buffer)
      let min = Infinity
      let max = -Infinity
      for (let i = 0; i < n; i++) { const v = values[i]!; setInt64(view, 8 * i, v); if (v < min) min = v; if (v > max) max = v }
      return { bytes: out, encoding: 'PLAIN', ...(n ? { stats: { min_value: BigInt(min), max_value: BigInt(max) } } : {}) }
    }
    case 'DOUBLE': {
      const a = new Float64Array(n)
      let min = Infinity
      let max = -Infinity
      for (let i = 0; i < n; i++) { const v = values[i]!; a[i] = v; if (v < min) min = v; if (v > max) max = v }
      // Parquet: a zero minimum is -0, a zero maximum +0
      if (min === 0) min = -0
      if (max === 0) max = 0
      return { bytes: new Uint8Array(a.buffer), encoding: 'PLAIN', ...(n && min <= max ? { stats: { min_value: min, max_value: max } } : {}) }
    }
    default:
      throw new Error(`parquet: no encoder for ${type}`)
  }
}

/** Writes one column chunk at the writer's offset; returns its metadata (offsets relative to the writer's start). */
export function writeChunk(writer: ByteWriter, leaf: LeafColumn, c: ColumnVectors, codec: string, compress: Compress): ChunkMeta {
  const element = leaf.path[leaf.path.length - 1]!
  const type = element.type!
  const start = writer.offset
  const { definitionLevels: def, repetitionLevels: rep, values } = c
  const slots = def.length
  const maxDef = leaf.maxDefinitionLevel
  const count = values instanceof Float64Array ? values.length : values.count
  let rows = slots
  if (leaf.maxRepetitionLevel) { rows = 0; for (let i = 0; i < slots; i++) if (rep[i] === 0) rows++ }

  const levels = new ByteWriter(slots + 64)
  const repBytes = leaf.maxRepetitionLevel ? writeRleBitPackedHybrid(levels, rep, bitWidth(leaf.maxRepetitionLevel)) : 0
  const defBytes = maxDef ? writeRleBitPackedHybrid(levels, def, bitWidth(maxDef)) : 0

  const enc = encodeValues(type, values)
  let uncompressed = 0
  let dictionaryOffset: bigint | undefined
  if (enc.dictionary) {
    dictionaryOffset = BigInt(writer.offset)
    const packed = compress ? compress(enc.dictionary.bytes) : enc.dictionary.bytes
    const h = writer.offset
    writePageHeader(writer, { type: 'DICTIONARY_PAGE', uncompressed_page_size: enc.dictionary.bytes.length, compressed_page_size: packed.length, dictionary_page_header: { num_values: enc.dictionary.count, encoding: 'PLAIN' } } as never)
    uncompressed += writer.offset - h + enc.dictionary.bytes.length
    writer.appendBytes(packed)
  }
  const dataOffset = BigInt(writer.offset)
  const packed = compress ? compress(enc.bytes) : enc.bytes
  const h = writer.offset
  writePageHeader(writer, {
    type: 'DATA_PAGE_V2',
    uncompressed_page_size: levels.offset + enc.bytes.length,
    compressed_page_size: levels.offset + packed.length,
    data_page_header_v2: {
      num_values: slots, num_nulls: slots - count, num_rows: rows, encoding: enc.encoding,
      definition_levels_byte_length: defBytes, repetition_levels_byte_length: repBytes, is_compressed: !!compress,
    },
  } as never)
  uncompressed += writer.offset - h + levels.offset + enc.bytes.length
  writer.appendBytes(levels.getBytes())
  writer.appendBytes(packed)

  const encoding_stats = [...(enc.dictionary ? [{ page_type: 'DICTIONARY_PAGE', encoding: 'PLAIN', count: 1 }] : []), { page_type: 'DATA_PAGE_V2', encoding: enc.encoding, count: 1 }]
  return {
    file_offset: BigInt(start),
    meta_data: {
      type,
      encodings: enc.dictionary ? ['PLAIN', 'RLE_DICTIONARY'] : ['PLAIN'],
      path_in_schema: leaf.path.slice(1).map((e) => e.name),
      codec,
      num_values: BigInt(slots),
      total_uncompressed_size: BigInt(uncompressed),
      total_compressed_size: BigInt(writer.offset - start),
      data_page_offset: dataOffset,
      ...(dictionaryOffset !== undefined ? { dictionary_page_offset: dictionaryOffset } : {}),
      statistics: { null_count: BigInt(slots - count), ...(enc.stats ?? {}) },
      encoding_stats,
    },
  }
}
