import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { ByteWriter, ParquetWriter } from 'hyparquet-writer'
import type { Shape } from '../codegen/compile.js'
import { XdmapError } from '../errors.js'
import { AtomicFile, type FileReport } from '../util/atomic-file.js'
import { DEFAULT_MAX_FILE_BYTES, writeEach, type Sink } from './jsonl.js'

/**
 * Parquet batch files `part-00001.parquet`, ... with the schema AEP expects (aep-facts §1): objects as groups,
 * arrays as 3-level LISTs, maps as MAP groups with string keys, and leaf types string → BYTE_ARRAY/UTF8,
 * number → DOUBLE, long → INT64, int/short/byte → INT32 with INT_32/INT_16/INT_8, date → INT32/DATE,
 * date-time → INT64/TIMESTAMP_MILLIS (UTC), boolean → BOOLEAN. Every field is OPTIONAL (absent fields are nulls),
 * map keys are REQUIRED.
 *
 * Writer: hyparquet-writer (chosen by measurement, bench/README.md). Rows are gathered into row groups bounded
 * in rows and JSON bytes, so memory stays flat. The file size limit is kept exactly: each row group is encoded in
 * memory first; if the file with that group and its footer would pass maxFileBytes, the group is taken back, the
 * file is finished, and the group goes into the next file (a group too big for an empty file is split in half).
 */

export type Compression = 'snappy' | 'gzip' | 'zstd' | 'none'

export interface ParquetSinkOptions {
  dir: string
  shape: Shape
  maxFileBytes?: number
  maxRows?: number
  compression?: Compression
  /** Rows per row group (default 10,000). */
  rowGroupRows?: number
  /** JSON bytes per row group before it is written (default 32 MB). */
  rowGroupBytes?: number
  prefix?: string
}

interface SchemaElement {
  name: string
  type?: string
  converted_type?: string
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED'
  num_children?: number
}

const LEAF: Record<string, Pick<SchemaElement, 'type' | 'converted_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  number: { type: 'DOUBLE' },
  long: { type: 'INT64' },
  int: { type: 'INT32', converted_type: 'INT_32' },
  short: { type: 'INT32', converted_type: 'INT_16' },
  byte: { type: 'INT32', converted_type: 'INT_8' },
  date: { type: 'INT32', converted_type: 'DATE' },
  'date-time': { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
  boolean: { type: 'BOOLEAN' },
}

/** Parquet schema elements (depth first) of one field. */
function elements(name: string, shape: Shape, repetition: SchemaElement['repetition_type'] = 'OPTIONAL'): SchemaElement[] {
  switch (shape.kind) {
    case 'leaf': return [{ name, repetition_type: repetition, ...LEAF[shape.xdmType] }]
    case 'object': {
      const kids = shape.children.flatMap(([k, s]) => elements(k, s))
      return [{ name, repetition_type: repetition, num_children: shape.children.length }, ...kids]
    }
    case 'array':
      return [
        { name, repetition_type: repetition, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        ...elements('element', shape.items),
      ]
    case 'map':
      return [
        { name, repetition_type: repetition, converted_type: 'MAP', num_children: 1 },
        { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
        { name: 'key', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
        ...elements('value', shape.values),
      ]
  }
}

/** The Parquet schema of the records a mapping writes (root first). */
export function parquetSchema(shape: Shape): SchemaElement[] {
  if (shape.kind !== 'object') throw new Error('record shape must be an object')
  return [{ name: 'root', num_children: shape.children.length }, ...shape.children.flatMap(([k, s]) => elements(k, s))]
}

const DAY = 86_400_000

/** JSON value → what the Parquet writer takes for that type (days for DATE, ms for TIMESTAMP, bigint for INT64). */
function converter(shape: Shape): ((v: unknown) => unknown) | undefined {
  switch (shape.kind) {
    case 'leaf':
      if (shape.xdmType === 'date') return (v) => Date.parse(`${v as string}T00:00:00Z`) / DAY
      if (shape.xdmType === 'date-time') return (v) => Date.parse(v as string)
      if (shape.xdmType === 'long') return (v) => BigInt(v as number)
      return undefined
    case 'array': {
      const c = converter(shape.items)
      return c ? (v) => (v as unknown[]).map((x) => (x == null ? x : c(x))) : undefined
    }
    case 'map': {
      const c = converter(shape.values)
      return c ? (v) => Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, x == null ? x : c(x)])) : undefined
    }
    case 'object': {
      const kids = shape.children.map(([k, s]) => [k, converter(s)] as const).filter((x) => x[1] !== undefined)
      if (!kids.length) return undefined
      return (v) => {
        const o = { ...(v as Record<string, unknown>) }
        for (const [k, c] of kids) if (o[k] != null) o[k] = c!(o[k])
        return o
      }
    }
  }
}

function compressors(compression: Compression): { codec: string; compressors?: Record<string, (input: Uint8Array) => Uint8Array> } {
  switch (compression) {
    case 'snappy': return { codec: 'SNAPPY' }
    case 'none': return { codec: 'UNCOMPRESSED' }
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

/** An in-memory writer whose buffered bytes the sink moves to disk between row groups. */
class MemoryWriter extends ByteWriter {
  override finish(): void {}
}

interface ParquetWriterInternals {
  row_groups: unknown[]
  pendingIndexes: unknown[]
  num_rows: bigint
}

export function parquetSink(options: ParquetSinkOptions): Sink {
  const { dir, shape, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxRows = Infinity, compression = 'snappy', rowGroupRows = 10_000, rowGroupBytes = 32 * 1024 * 1024, prefix = 'part-' } = options
  const schema = parquetSchema(shape)
  if (shape.kind !== 'object') throw new Error('record shape must be an object')
  const columns = shape.children.map(([k]) => k)
  const convert = converter(shape) ?? ((v: unknown) => v)
  const { codec, compressors: extra } = compressors(compression)
  const leafCount = schema.filter((e) => e.type !== undefined).length
  const decoder = new TextDecoder()
  const files: FileReport[] = []
  const all: AtomicFile[] = []

  let group: Record<string, unknown>[] = []
  let groupBytes = 0
  let file: AtomicFile | undefined
  let writer: MemoryWriter | undefined
  let pw: ParquetWriter | undefined
  let fileRows = 0
  // footer bytes per column chunk: a generous start, raised to what finished files show
  let perChunk = 600
  const footerBase = 4096 + schema.length * 64

  const open = (): void => {
    file = new AtomicFile(join(dir, `${prefix}${String(files.length + 1).padStart(5, '0')}.parquet`))
    all.push(file)
    writer = new MemoryWriter(1 << 20)
    pw = new ParquetWriter({ writer, schema: schema as never, codec: codec as never, ...(extra ? { compressors: extra as never } : {}), createdBy: 'xdmap' })
    fileRows = 0
  }

  /** Moves the bytes buffered in the writer to the file. */
  const spill = async (): Promise<void> => {
    if (writer!.index === 0) return
    const bytes = new Uint8Array(writer!.buffer.slice(0, writer!.index))
    writer!.index = 0
    await file!.write(bytes)
  }

  const close = async (): Promise<void> => {
    if (!file) return
    const before = writer!.offset
    pw!.finish()
    const chunks = (pw as unknown as ParquetWriterInternals).row_groups.length * leafCount
    if (chunks) perChunk = Math.max(perChunk, Math.ceil(((writer!.offset - before - footerBase / 4) / chunks) * 1.25))
    await spill()
    file.rows = fileRows
    files.push(await file.commit())
    file = undefined
  }

  /** Writes rows as one row group, into the current file if it fits, else into a new one. */
  const writeGroup = async (rows: Record<string, unknown>[]): Promise<void> => {
    if (!rows.length) return
    if (!file) open()
    const internals = pw as unknown as ParquetWriterInternals
    const snap = { offset: writer!.offset, index: writer!.index, groups: internals.row_groups.length, indexes: internals.pendingIndexes.length, rows: internals.num_rows }
    const columnData = columns.map((name) => ({ name, data: rows.map((r) => r[name] ?? null) }))
    pw!.write({ columnData: columnData as never, rowGroupSize: rows.length })
    const footer = footerBase + (internals.row_groups.length * leafCount) * perChunk
    const tooMany = fileRows + rows.length > maxRows
    if (writer!.offset + footer <= maxFileBytes && !tooMany) {
      fileRows += rows.length
      await spill()
      return
    }
    // take the group back
    writer!.offset = snap.offset
    writer!.index = snap.index
    internals.row_groups.length = snap.groups
    internals.pendingIndexes.length = snap.indexes
    internals.num_rows = snap.rows
    if (snap.groups > 0) {
      await close()
      return writeGroup(rows)
    }
    if (rows.length > 1) {
      const half = Math.ceil(rows.length / 2)
      await writeGroup(rows.slice(0, half))
      return writeGroup(rows.slice(half))
    }
    throw new XdmapError('OUTPUT_RECORD_TOO_LARGE', `A single record does not fit in a Parquet file of --max-file-bytes ${maxFileBytes}`)
  }

  const flushGroup = async (): Promise<void> => {
    const rows = group
    group = []
    groupBytes = 0
    await writeGroup(rows)
  }

  const sink: Sink = {
    maxLineBytes: Math.floor(maxFileBytes / 4),
    writeLines: (buffer, lengths) => writeEach(sink, buffer, lengths),
    write(line) {
      const record = convert(JSON.parse(decoder.decode(line))) as Record<string, unknown>
      group.push(record)
      groupBytes += line.length
      if (group.length >= Math.min(rowGroupRows, maxRows) || groupBytes >= rowGroupBytes) return flushGroup()
      return undefined
    },
    async finish() {
      await flushGroup()
      await close()
      return files
    },
    async abort() {
      for (const f of all) await f.abort()
    },
  }
  return sink
}
