import { join } from 'node:path'
import { AtomicFile, type FileReport } from '../util/atomic-file.js'

/** A sink takes validated records and writes them into size-bounded batch files. */
export interface Sink {
  /**
   * Writes one record given as its JSON text in UTF-8 followed by one newline byte. Returns a promise only
   * when the caller should wait (a buffer went to disk).
   */
  write(line: Uint8Array): Promise<void> | undefined
  /**
   * Writes the lines held back to back in `buffer`: `lengths` gives each line's byte length in order, and entries
   * below 0 are skipped (rows that have no line). The same as write() for each line, in fewer, larger pieces.
   */
  writeLines(buffer: Uint8Array, lengths: Int32Array): Promise<void>
  /** Largest record line (JSON bytes plus its newline) one file can take. */
  readonly maxLineBytes: number
  finish(): Promise<FileReport[]>
  abort(): Promise<void>
}

export interface JsonLinesSinkOptions {
  dir: string
  /** Largest file in bytes. Default 256 MB (AEP's single-PUT limit). */
  maxFileBytes?: number
  /** Most records per file. Default unlimited. */
  maxRows?: number
  /** Write JSON arrays (AEP `isMultiLineJson: true`) instead of one object per line. */
  multiline?: boolean
  /** File name prefix. Default `part-`. */
  prefix?: string
}

export const DEFAULT_MAX_FILE_BYTES = 256 * 1000 * 1000

const OPEN = Buffer.from('[\n')
const SEP = Buffer.from(',\n')
const CLOSE = Buffer.from('\n]\n')

/** JSON Lines (or JSON array) batch files `part-00001.json`, ..., each at most maxFileBytes. */
export function jsonLinesSink(options: JsonLinesSinkOptions): Sink {
  const { dir, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxRows = Infinity, multiline = false, prefix = 'part-' } = options
  const files: FileReport[] = []
  const all: AtomicFile[] = []
  let current: AtomicFile | undefined

  // bytes a line adds to a file: JSON Lines writes it as is; an array writes "[\n" or ",\n" then the JSON, and "\n]\n" at the end
  const extra = multiline ? OPEN.length + CLOSE.length - 1 : 0
  const roll = async (): Promise<void> => {
    if (!current) return
    if (multiline) await current.write(CLOSE)
    files.push(await current.commit())
    current = undefined
  }
  const sink: Sink = {
    maxLineBytes: maxFileBytes - extra,
    write(line) {
      const added = multiline ? SEP.length + line.length - 1 : line.length
      if (current && (current.rows >= maxRows || current.bytes + added + (multiline ? CLOSE.length : 0) > maxFileBytes)) {
        return roll().then(() => sink.write(line))
      }
      if (!current) {
        current = new AtomicFile(join(dir, `${prefix}${String(files.length + 1).padStart(5, '0')}.json`))
        all.push(current)
        if (multiline) current.write(OPEN)
      } else if (multiline) current.write(SEP)
      current.rows++
      return current.write(multiline ? line.subarray(0, line.length - 1) : line)
    },
    async writeLines(buffer, lengths) {
      if (multiline) { await writeEach(sink, buffer, lengths); return }
      let off = 0
      let i = 0
      let wait: Promise<void> | undefined
      for (;;) {
        while (i < lengths.length && lengths[i]! < 0) i++
        if (i === lengths.length) break
        if (!current) {
          current = new AtomicFile(join(dir, `${prefix}${String(files.length + 1).padStart(5, '0')}.json`))
          all.push(current)
        }
        // the longest run of lines the current file still takes goes out as one piece
        const start = off
        let rows = 0
        for (; i < lengths.length; i++) {
          const len = lengths[i]!
          if (len < 0) continue
          if ((current.rows + rows >= maxRows || current.bytes + (off - start) + len > maxFileBytes) && current.rows + rows > 0) break
          off += len
          rows++
        }
        if (rows) {
          current.rows += rows
          wait = current.write(buffer.subarray(start, off)) ?? wait
        }
        if (i < lengths.length) { await wait; wait = undefined; await roll() }
      }
      await wait
    },
    async finish() {
      await roll()
      return files
    },
    async abort() {
      for (const f of all) await f.abort()
    },
  }
  return sink
}

/** writeLines() done with write(), line by line (for sinks that take records one at a time anyway). */
export async function writeEach(sink: Sink, buffer: Uint8Array, lengths: Int32Array): Promise<void> {
  let off = 0
  for (const len of lengths) {
    if (len < 0) continue
    const wait = sink.write(buffer.subarray(off, off + len))
    off += len
    if (wait) await wait
  }
}

/** A sink that keeps nothing (dry runs count records without writing them). */
export function discardSink(): Sink {
  return { maxLineBytes: Number.MAX_SAFE_INTEGER, write: () => undefined, writeLines: async () => {}, finish: async () => [], abort: async () => {} }
}
