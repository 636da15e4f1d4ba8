import { createRequire } from 'node:module'
import * as zlib from 'node:zlib'
import { ByteWriter } from 'hyparquet-writer'
import { writeChunk } from './column.js'
import { snappyCompress } from 'hyparquet-writer/src/snappy.js'
import { XdmapError } from '../../util/errors.js'
import { footer, MAGIC, metaOf } from './file.js'
import type { LeafColumn, SchemaElement } from './schema.js'
import { splitColumns, type ColumnVectors } from './shred.js'

/**
 * Row groups encoded where they were shredded (a worker thread): every column chunk's pages written and compressed
 * with hyparquet-writer's column writer into one buffer whose offsets start at 0. The thread that assembles the file
 * moves the group to its place and shifts the offsets in its metadata (file.ts); it never touches the values.
 */

export type Compression = 'snappy' | 'gzip' | 'zstd' | 'none'

/** A finished row group: its bytes and the metadata of its column chunks (offsets relative to the group's start). */
export interface EncodedGroup {
  bytes: Uint8Array
  rows: number
  /** Column chunk metadata (hyparquet's ColumnChunk), one per leaf column in schema order. */
  chunks: ChunkMeta[]
  totalByteSize: bigint
  /** Footer bytes of a file holding this group alone: with the bytes, what an empty file needs for it. */
  footerAlone: number
}

export interface ChunkMeta {
  file_offset: bigint
  meta_data?: { data_page_offset: bigint; dictionary_page_offset?: bigint | undefined; [k: string]: unknown }
  [k: string]: unknown
}

type Compressor = (input: Uint8Array) => Uint8Array

/**
 * Snappy: the native `snappy` package (an optional dependency with prebuilt binaries; a third of the JavaScript
 * compressor's CPU time here) when it loads, else hyparquet-writer's JavaScript one (same format, slower).
 */
function nativeSnappy(): Compressor | undefined {
  if (process.env.XDMAP_SNAPPY === 'js') return undefined
  try {
    const s = createRequire(import.meta.url)('snappy') as { compressSync(b: Uint8Array, o?: { copyOutputData?: boolean }): Buffer }
    // copyOutputData: the result in a buffer of V8's, the native one freed at once (external buffers left to the
    // collector held 70 MB more peak RSS at 1M rows)
    return (b) => s.compressSync(b, { copyOutputData: true })
  } catch {
    return undefined
  }
}
const native = nativeSnappy()
/** Which snappy compressor Parquet output uses: 'native' (the snappy package) or 'js'. */
export const snappyImplementation: 'native' | 'js' = native ? 'native' : 'js'

export function codecOf(compression: Compression): { codec: string; compressors: Record<string, Compressor> } {
  switch (compression) {
    case 'snappy': return { codec: 'SNAPPY', compressors: { SNAPPY: native ?? snappyCompress } }
    case 'none': return { codec: 'UNCOMPRESSED', compressors: {} }
    case 'gzip': return { codec: 'GZIP', compressors: { GZIP: (b) => zlib.gzipSync(b) } }
    case 'zstd': {
      const z = (zlib as unknown as { zstdCompressSync?: (b: Uint8Array) => Buffer }).zstdCompressSync
      if (!z) throw new XdmapError('OPTION_COMPRESSION', `--compression zstd needs Node.js 22.15 or newer (this is ${process.version}); use snappy or gzip`)
      return { codec: 'ZSTD', compressors: { ZSTD: (b) => z(b) } }
    }
    default:
      throw new XdmapError('OPTION_COMPRESSION', `--compression must be snappy, zstd, gzip or none, not ${JSON.stringify(compression)}`)
  }
}

export interface GroupEncoderOptions {
  schema: SchemaElement[]
  leaves: LeafColumn[]
  compression: Compression
  /** The largest file: a group must fit in an empty file with its footer (default: no limit). */
  maxFileBytes?: number
}

export class GroupEncoder {
  private readonly leaves: LeafColumn[]
  private readonly codec: string
  private readonly compressors: Record<string, Compressor>
  private readonly schema: SchemaElement[]
  private readonly maxDefinitionLevels: number[]
  private readonly maxFileBytes: number

  constructor(o: GroupEncoderOptions) {
    this.schema = o.schema
    this.leaves = o.leaves
    this.maxDefinitionLevels = o.leaves.map((l) => l.maxDefinitionLevel)
    this.maxFileBytes = o.maxFileBytes ?? Infinity
    const { codec, compressors } = codecOf(o.compression)
    this.codec = codec
    this.compressors = compressors
  }

  private encodeOnce(rows: number, columns: ColumnVectors[]): EncodedGroup {
    const writer = new ByteWriter(1 << 16)
    const chunks: ChunkMeta[] = []
    let total = 0n
    const compress = this.codec === 'UNCOMPRESSED' ? undefined : this.compressors[this.codec]
    for (let i = 0; i < this.leaves.length; i++) {
      const chunk = writeChunk(writer, this.leaves[i]!, columns[i]!, this.codec, compress)
      total += chunk.meta_data!.total_uncompressed_size as bigint
      chunks.push(chunk)
    }
    const group: EncodedGroup = { bytes: new Uint8Array(writer.getBuffer()), rows, chunks, totalByteSize: total, footerAlone: 0 }
    group.footerAlone = footer(this.schema, [{ group: metaOf(group), offset: MAGIC.length }]).length
    return group
  }

  /**
   * Encodes the rows as row groups: one, or (when one would not fit in an empty file) halves, quarters, ...
   * Throws OUTPUT_RECORD_TOO_LARGE when a single row does not fit.
   */
  encode(rows: number, columns: ColumnVectors[], out: EncodedGroup[] = []): EncodedGroup[] {
    if (!rows) return out
    const group = this.encodeOnce(rows, columns)
    if (MAGIC.length + group.bytes.length + group.footerAlone <= this.maxFileBytes) { out.push(group); return out }
    if (rows === 1) throw new XdmapError('OUTPUT_RECORD_TOO_LARGE', 'A single record does not fit in a Parquet file of this --max-file-bytes')
    const half = Math.ceil(rows / 2)
    const [a, b] = splitColumns(columns, this.maxDefinitionLevels, half)
    this.encode(half, a, out)
    return this.encode(rows - half, b, out)
  }
}
