import { createHash, type Hash } from 'node:crypto'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** What a finished output file reports for the manifest. */
export interface FileReport {
  name: string
  rows: number
  bytes: number
  sha256: string
}

/**
 * A file written under a temporary name (`.NAME.tmp` beside it), buffered in large chunks, hashed while it
 * is written, and renamed to its final name only when complete. Abort removes the temporary file.
 */
export class AtomicFile {
  readonly path: string
  readonly tmp: string
  private handle: FileHandle | undefined
  private pending: string[] = []
  private pendingChars = 0
  private hash: Hash = createHash('sha256')
  private queue: Promise<void> = Promise.resolve()
  bytes = 0
  rows = 0
  private static readonly CHUNK = 1 << 20

  constructor(path: string) {
    this.path = path
    this.tmp = join(dirname(path), `.${basename(path)}.tmp`)
  }

  async openFile(): Promise<void> {
    await mkdir(dirname(this.tmp), { recursive: true })
    this.handle = await open(this.tmp, 'w')
  }

  /** Appends text; flushes when the buffer passes 1 MiB. `bytes` is exact (UTF-8) once `byteLength` is given. */
  write(text: string, byteLength: number): Promise<void> | undefined {
    this.pending.push(text)
    this.pendingChars += text.length
    this.bytes += byteLength
    if (this.pendingChars >= AtomicFile.CHUNK) return this.flush()
    return undefined
  }

  /** Hands the buffered text to the disk; writes are queued so they land in order. */
  flush(): Promise<void> {
    if (!this.pending.length) return this.queue
    const buf = Buffer.from(this.pending.join(''), 'utf8')
    this.pending = []
    this.pendingChars = 0
    this.hash.update(buf)
    this.queue = this.queue.then(async () => {
      if (!this.handle) await this.openFile()
      let off = 0
      while (off < buf.length) off += (await this.handle!.write(buf, off)).bytesWritten
    })
    return this.queue
  }

  /** Flushes, closes and renames; returns the report. */
  async commit(): Promise<FileReport> {
    await this.flush()
    if (!this.handle) await this.openFile()
    await this.handle!.sync()
    await this.handle!.close()
    this.handle = undefined
    await rename(this.tmp, this.path)
    return { name: basename(this.path), rows: this.rows, bytes: this.bytes, sha256: this.hash.digest('hex') }
  }

  async abort(): Promise<void> {
    if (this.handle) await this.handle.close().catch(() => {})
    this.handle = undefined
    await rm(this.tmp, { force: true })
  }
}

/** Writes a small file atomically (temp name, then rename). */
export async function writeFileAtomic(path: string, text: string): Promise<FileReport> {
  const f = new AtomicFile(path)
  await f.write(text, Buffer.byteLength(text))
  return f.commit()
}
