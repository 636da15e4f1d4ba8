import { ByteWriter } from 'hyparquet-writer'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'
import type { ChunkMeta, EncodedGroup } from './encode.js'
import type { SchemaElement } from './schema.js'

/**
 * File assembly: finished row groups (encoded elsewhere) appended after `PAR1`, their column chunk offsets moved to
 * where they landed, and the footer (FileMetaData, its length, `PAR1`) written with hyparquet-writer's thrift writer.
 * The footer's size is known exactly before a group is appended, so the file-size limit is exact.
 */

export const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31])

/** What the footer needs of a group (not its bytes: a file's groups are on disk before its footer is written). */
export type GroupMeta = Pick<EncodedGroup, 'rows' | 'chunks' | 'totalByteSize'> & { size: number }

export interface PlacedGroup {
  group: GroupMeta
  /** Byte offset of the group in its file. */
  offset: number
}

export const metaOf = (g: EncodedGroup): GroupMeta => ({ rows: g.rows, chunks: g.chunks, totalByteSize: g.totalByteSize, size: g.bytes.length })

function shift(c: ChunkMeta, by: bigint): ChunkMeta {
  const m = c.meta_data
  return {
    ...c,
    file_offset: c.file_offset + by,
    ...(m ? { meta_data: { ...m, data_page_offset: m.data_page_offset + by, ...(m.dictionary_page_offset !== undefined ? { dictionary_page_offset: m.dictionary_page_offset + by } : {}) } } : {}),
  }
}

/** The footer of a file holding these groups: thrift FileMetaData, its 4-byte length, and `PAR1`. */
export function footer(schema: SchemaElement[], groups: readonly PlacedGroup[], createdBy = 'xdmap', numRows?: number): Uint8Array {
  const w = new ByteWriter(4096)
  let rows = 0n
  const row_groups = groups.map(({ group, offset }) => {
    rows += BigInt(group.rows)
    const by = BigInt(offset)
    return {
      columns: group.chunks.map((c) => shift(c, by)),
      total_byte_size: group.totalByteSize,
      num_rows: BigInt(group.rows),
      file_offset: by,
      total_compressed_size: BigInt(group.size),
    }
  })
  writeMetadata(w, { version: 2, created_by: createdBy, schema, num_rows: numRows !== undefined ? BigInt(numRows) : rows, row_groups } as never)
  w.appendBytes(MAGIC)
  return new Uint8Array(w.getBuffer())
}

/** Size of a file holding only this group: what a group must stay under to fit in an empty file. */
export function aloneBytes(schema: SchemaElement[], group: EncodedGroup): number {
  return MAGIC.length + group.bytes.length + footer(schema, [{ group: metaOf(group), offset: MAGIC.length }]).length
}

const STRUCT = 12

/** Thrift compact list header of n structs. */
function listHeader(n: number): number[] {
  // an empty list has no element type (as hyparquet-writer writes it)
  if (n === 0) return [0]
  if (n < 15) return [(n << 4) | STRUCT]
  const out = [0xf0 | STRUCT]
  for (let v = n; ; v >>>= 7) { if (v < 0x80) { out.push(v); break } out.push((v & 0x7f) | 0x80) }
  return out
}

/**
 * A file's footer, built as groups are appended: each group's RowGroup entry is serialised once, where it lands, and
 * kept as bytes (not as metadata objects), so the footer's exact size is known before a group is appended and memory
 * stays small however many groups a file holds. FileMetaData = prefix (version, schema, num_rows, the row_groups
 * field header) + list header + the entries + suffix (created_by, column orders); the prefix is the only part that
 * depends on the row count.
 */
export class FooterBuilder {
  private readonly entries: Uint8Array[] = []
  private entryBytes = 0
  private rows = 0
  private suffix: Uint8Array | undefined

  constructor(private readonly schema: SchemaElement[], private readonly createdBy = 'xdmap') {}

  /** The RowGroup entry of a group placed at `offset`, as thrift bytes. */
  entry(group: GroupMeta, offset: number): Uint8Array {
    const none = footer(this.schema, [], this.createdBy, 0)
    const one = footer(this.schema, [{ group, offset }], this.createdBy, 0)
    // none = P, list header of 0, S, length, PAR1; one = P, list header of 1, entry, S, length, PAR1
    let p = 0
    while (none[p] === one[p]) p++
    const s = none.length - 8 - p - 1
    this.suffix ??= none.slice(p + 1, p + 1 + s)
    return one.slice(p + 1, one.length - 8 - s)
  }

  private prefix(rows: number): Uint8Array {
    const none = footer(this.schema, [], this.createdBy, rows)
    return none.subarray(0, none.length - 8 - this.suffix!.length - 1)
  }

  /** Exact footer bytes (metadata, its length, `PAR1`) with the groups so far plus, if given, one more. */
  size(extra?: { entry: Uint8Array; rows: number }): number {
    if (!this.suffix) this.entry({ rows: 0, chunks: [], totalByteSize: 0n, size: 0 }, 0)
    const n = this.entries.length + (extra ? 1 : 0)
    return this.prefix(this.rows + (extra?.rows ?? 0)).length + listHeader(n).length + this.entryBytes + (extra?.entry.length ?? 0) + this.suffix!.length + 8
  }

  add(entry: Uint8Array, rows: number): void {
    this.entries.push(entry)
    this.entryBytes += entry.length
    this.rows += rows
  }

  /** The footer. */
  bytes(): Uint8Array {
    if (!this.suffix) this.entry({ rows: 0, chunks: [], totalByteSize: 0n, size: 0 }, 0)
    const head = this.prefix(this.rows)
    const list = listHeader(this.entries.length)
    const metadata = head.length + list.length + this.entryBytes + this.suffix!.length
    const out = new Uint8Array(metadata + 8)
    let at = 0
    out.set(head, at); at += head.length
    out.set(list, at); at += list.length
    for (const e of this.entries) { out.set(e, at); at += e.length }
    out.set(this.suffix!, at); at += this.suffix!.length
    new DataView(out.buffer).setUint32(at, metadata, true)
    out.set(MAGIC, at + 4)
    return out
  }
}
