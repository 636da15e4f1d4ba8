import { join } from 'node:path'
import { AtomicFile, type FileReport } from './file.js'

/** A sink takes validated records (with their JSON text) and writes them into size-bounded batch files. */
export interface Sink {
  /** Writes one record; returns a promise only when the caller should wait (buffer flushed to disk). */
  write(record: unknown, json: string, jsonBytes: number): Promise<void> | undefined
  /** Largest record (in bytes of JSON) one file can take. */
  readonly maxRecordBytes: number
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

/** JSON Lines (or JSON array) batch files `part-00001.json`, ..., each at most maxFileBytes. */
export function jsonLinesSink(options: JsonLinesSinkOptions): Sink {
  const { dir, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxRows = Infinity, multiline = false, prefix = 'part-' } = options
  const open = multiline ? '[\n' : ''
  const sep = multiline ? ',\n' : ''
  const end = multiline ? '\n]\n' : ''
  const nl = multiline ? '' : '\n'
  const overhead = open.length + end.length + nl.length
  const files: FileReport[] = []
  let current: AtomicFile | undefined
  const all: AtomicFile[] = []

  const roll = async (): Promise<void> => {
    if (!current) return
    if (end) await current.write(end, end.length)
    files.push(await current.commit())
    current = undefined
  }

  return {
    maxRecordBytes: maxFileBytes - overhead,
    write(_record, json, jsonBytes) {
      if (current && (current.rows >= maxRows || current.bytes + sep.length + jsonBytes + nl.length + end.length > maxFileBytes)) {
        return roll().then(() => this.write(_record, json, jsonBytes) as Promise<void> | undefined)
      }
      if (!current) {
        current = new AtomicFile(join(dir, `${prefix}${String(files.length + 1).padStart(5, '0')}.json`))
        all.push(current)
        current.write(open, open.length)
      } else if (sep) current.write(sep, sep.length)
      current.rows++
      return current.write(multiline ? json : json + nl, jsonBytes + nl.length)
    },
    async finish() {
      await roll()
      return files
    },
    async abort() {
      for (const f of all) await f.abort()
    },
  }
}
