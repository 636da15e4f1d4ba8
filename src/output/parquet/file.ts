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
export function footer(schema: SchemaElement[], groups: readonly PlacedGroup[], createdBy = 'xdmap'): Uint8Array {
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
  writeMetadata(w, { version: 2, created_by: createdBy, schema, num_rows: rows, row_groups } as never)
  w.appendBytes(MAGIC)
  return new Uint8Array(w.getBuffer())
}

/** Size of a file holding only this group: what a group must stay under to fit in an empty file. */
export function aloneBytes(schema: SchemaElement[], group: EncodedGroup): number {
  return MAGIC.length + group.bytes.length + footer(schema, [{ group: metaOf(group), offset: MAGIC.length }]).length
}
