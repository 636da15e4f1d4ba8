import { join } from 'node:path'
import type { Shape } from '../../codegen/compile.js'
import { XdmapError } from '../../util/errors.js'
import { AtomicFile, type FileReport } from '../../util/atomic-file.js'
import { DEFAULT_MAX_FILE_BYTES, writeEach, type Sink } from '../jsonl.js'
import { codecOf, GroupEncoder, type Compression, type EncodedGroup } from './encode.js'
import { FooterBuilder, MAGIC, metaOf } from './file.js'
import { leafColumns, parquetSchema } from './schema.js'
import { Shredder } from './shred.js'

/**
 * Parquet batch files `part-00001.parquet`, ...: the main thread's half. Row groups arrive finished (shredded and
 * encoded in the workers, or by the processor in this thread) and in input order; this sink appends each to the
 * current file if the file with it and its footer stays within maxFileBytes and maxRows, else finishes the file and
 * starts the next. Groups never exceed what an empty file takes (the encoder splits them), so every file is within
 * the limit exactly.
 *
 * `write(line)` (a record as JSON text) still works for callers that have lines: the record is parsed, shredded and
 * encoded here.
 */

export interface ParquetSinkOptions {
  dir: string
  shape: Shape
  maxFileBytes?: number
  maxRows?: number
  compression?: Compression
  /** Rows per row group (default 10,000), for records given as lines. */
  rowGroupRows?: number
  /** Shredded bytes per row group before it is written (default 32 MB), for records given as lines. */
  rowGroupBytes?: number
  prefix?: string
}

/** A sink that also takes finished row groups. */
export interface GroupSink extends Sink {
  writeGroups(groups: readonly EncodedGroup[]): Promise<void>
}

export function parquetSink(options: ParquetSinkOptions): GroupSink {
  const { dir, shape, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxRows = Infinity, compression = 'snappy', rowGroupRows = 10_000, rowGroupBytes = 32 * 1024 * 1024, prefix = 'part-' } = options
  const schema = parquetSchema(shape)
  codecOf(compression) // refuses an unknown compression before anything is written
  const files: FileReport[] = []
  const all: AtomicFile[] = []
  let file: AtomicFile | undefined
  let tail = new FooterBuilder(schema)
  let offset = 0
  let fileRows = 0

  // records given as JSON lines
  let local: { shredder: Shredder; encoder: GroupEncoder } | undefined
  const decoder = new TextDecoder()

  const close = async (): Promise<void> => {
    if (!file) return
    file.write(tail.bytes())
    file.rows = fileRows
    files.push(await file.commit())
    file = undefined
  }

  const open = (): void => {
    file = new AtomicFile(join(dir, `${prefix}${String(files.length + 1).padStart(5, '0')}.parquet`))
    all.push(file)
    file.write(MAGIC)
    tail = new FooterBuilder(schema)
    offset = MAGIC.length
    fileRows = 0
  }

  const append = async (group: EncodedGroup): Promise<void> => {
    if (!file) open()
    // the footer's exact size with this group: its entry is serialised where it would land
    const entry = tail.entry(metaOf(group), offset)
    const fits = fileRows + group.rows <= maxRows && offset + group.bytes.length + tail.size({ entry, rows: group.rows }) <= maxFileBytes
    if (!fits) {
      if (!fileRows) throw new XdmapError('OUTPUT_RECORD_TOO_LARGE', `A row group does not fit in a Parquet file of --max-file-bytes ${maxFileBytes}`)
      await close()
      return append(group)
    }
    // the footer keeps the group's entry (bytes); the group's bytes go to the file
    tail.add(entry, group.rows)
    offset += group.bytes.length
    fileRows += group.rows
    const wait = file!.write(group.bytes)
    if (wait) await wait
  }

  const flushLocal = async (all: boolean): Promise<void> => {
    if (!local) return
    const { shredder, encoder } = local
    if (!shredder.rows || (!all && shredder.rows < Math.min(rowGroupRows, maxRows) && shredder.bytes < rowGroupBytes)) return
    const { rows, columns } = shredder.take()
    for (const g of encoder.encode(rows, columns)) await append(g)
  }

  const sink: GroupSink = {
    maxLineBytes: Math.floor(maxFileBytes / 4),
    async writeGroups(groups) {
      for (const g of groups) await append(g)
    },
    writeLines: (buffer, lengths) => writeEach(sink, buffer, lengths),
    write(line) {
      local ??= { shredder: new Shredder(shape), encoder: new GroupEncoder({ schema, leaves: leafColumns(schema, shape), compression, maxFileBytes }) }
      local.shredder.add(JSON.parse(decoder.decode(line)) as Record<string, unknown>)
      return flushLocal(false)
    },
    async finish() {
      await flushLocal(true)
      await close()
      return files
    },
    async abort() {
      for (const f of all) await f.abort()
    },
  }
  return sink
}
