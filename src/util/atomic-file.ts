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
  private pending: Uint8Array[] = []
  private pendingBytes = 0
  private hash: Hash = createHash('sha256')
  private queue: Promise<void> = Promise.resolve()
  /** Bytes written so far (including what is still buffered). */
  bytes = 0
  rows = 0
  private static readonly CHUNK = 1 << 20

  constructor(path: string) {
    this.path = path
    this.tmp = join(dirname(path), `.${basename(path)}.tmp`)
  }

  private async openFile(): Promise<void> {
    await mkdir(dirname(this.tmp), { recursive: true })
    this.handle = await open(this.tmp, 'w')
  }

  /** Appends text or bytes; returns a promise (to await for backpressure) when the buffer went to disk. */
  write(data: string | Uint8Array): Promise<void> | undefined {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    this.pending.push(bytes)
    this.pendingBytes += bytes.length
    this.bytes += bytes.length
    if (this.pendingBytes >= AtomicFile.CHUNK) return this.flush()
    return undefined
  }

  /** Hands the buffered bytes to the disk; writes are queued so they land in order. */
  flush(): Promise<void> {
    if (!this.pending.length) return this.queue
    // a few large pieces (a batch's lines each) go to the disk as they are with one writev; many small ones are
    // joined first (hashing and writing each would cost more than the copy)
    let pieces = this.pending.length > 16 ? [Buffer.concat(this.pending, this.pendingBytes)] : this.pending
    this.pending = []
    this.pendingBytes = 0
    for (const p of pieces) this.hash.update(p)
    this.queue = this.queue.then(async () => {
      if (!this.handle) await this.openFile()
      while (pieces.length) {
        let n = (await this.handle!.writev(pieces)).bytesWritten
        // a short write: drop what went out and write the rest
        let i = 0
        while (i < pieces.length && n >= pieces[i]!.length) n -= pieces[i++]!.length
        pieces = pieces.slice(i)
        if (n > 0) pieces[0] = pieces[0]!.subarray(n)
      }
    })
    return this.queue
  }

  /** Flushes, closes and renames; returns the report. */
  async commit(): Promise<FileReport> {
    await this.flush()
    if (!this.handle) await this.openFile()
    await this.handle!.close()
    this.handle = undefined
    await rename(this.tmp, this.path)
    return { name: basename(this.path), rows: this.rows, bytes: this.bytes, sha256: this.hash.digest('hex') }
  }

  async abort(): Promise<void> {
    await this.queue.catch(() => {})
    if (this.handle) await this.handle.close().catch(() => {})
    this.handle = undefined
    await rm(this.tmp, { force: true })
  }
}

/** Writes a small file atomically (temp name, then rename). */
export async function writeFileAtomic(path: string, text: string): Promise<FileReport> {
  const f = new AtomicFile(path)
  await f.write(text)
  return f.commit()
}
