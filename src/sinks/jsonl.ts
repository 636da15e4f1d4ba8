import { join } from 'node:path'
import { AtomicFile, type FileReport } from './file.js'

/** A sink takes validated records and writes them into size-bounded batch files. */
export interface Sink {
  /**
   * Writes one record given as its JSON text in UTF-8 followed by one newline byte. Returns a promise only
   * when the caller should wait (a buffer went to disk).
   */
  write(line: Uint8Array): Promise<void> | undefined
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
