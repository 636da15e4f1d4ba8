import { createReadStream } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { XdmapError } from '../util/errors.js'

/**
 * Source: where the input bytes come from (a file, stdin), decompressed on the fly when they are gzip (by the magic
 * bytes 1f 8b, whatever the name; a `.gz` name that is not gzip is an error). Counts the bytes read from the source
 * (compressed, for the progress bar) and reports the decompressed size at the end.
 */

export interface Source {
  /** Name for messages and `_filename`: the path, or 'stdin'. */
  name: string
  /** The (decompressed) bytes. */
  bytes: AsyncIterable<Uint8Array>
  /** Size on disk of a file input (compressed size for gzip). */
  totalBytes: number | undefined
  gzip: boolean
  /** Bytes read from the file or stdin so far (compressed bytes for gzip). */
  readonly sourceBytes: number
  /** Stops reading (releases the file or stdin); safe to call more than once. */
  close(): void
  /**
   * A plain file only: stops `bytes` and reads on from byte `position` straight into the caller's buffers (the
   * reader's byte ranges: no buffer made per chunk). The read function gives the bytes read, 0 at the end.
   */
  readFrom?(position: number): (into: Uint8Array, offset: number) => Promise<number>
}

// 120 KiB reads make batches of a few hundred rows: each batch's garbage dies young in the workers (measured:
// 1 MiB reads took 20 s and 346 MB on 1M rows, 128 KiB reads 9 s and 220 MB; bench/README.md), and a batch's text
// (a read and the record carried over) mostly stays under V8's 128 KiB limit for a young string
const READ_SIZE = 120 << 10

function isGzip(b: Uint8Array | undefined): boolean {
  return !!b && b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b
}

async function* counted(src: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of src) { onBytes(chunk.length); yield chunk }
}

async function* prepend(first: Uint8Array | undefined, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (first) yield first
  for (;;) {
    const n = await rest.next()
    if (n.done) return
    yield n.value
  }
}

async function* gunzip(src: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const z = createGunzip({ chunkSize: READ_SIZE })
  const feed = (async () => {
    try {
      for await (const chunk of src) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r))
      z.end()
    } catch (e) { z.destroy(e as Error) }
  })()
  try {
    for await (const chunk of z) yield chunk as Uint8Array
  } catch (e) {
    throw new XdmapError('CSV_GZIP_INVALID', `${name} is not a valid gzip stream: ${(e as Error).message}`, { file: name })
  } finally {
    z.destroy()
    await feed
  }
}

/** A file input's size and whether it is gzip (its first two bytes), without reading more of it. */
export async function probeFile(input: string): Promise<{ size: number; gzip: boolean }> {
  try {
    const st = await stat(input)
    if (st.isDirectory()) throw new XdmapError('IO_ERROR', `${input} is a directory, not a CSV file`, { file: input })
    const fh = await open(input, 'r')
    try {
      const head = Buffer.alloc(2)
      const { bytesRead } = await fh.read(head, 0, 2, 0)
      return { size: st.size, gzip: isGzip(head.subarray(0, bytesRead)) }
    } finally { await fh.close() }
  } catch (e) {
    if (e instanceof XdmapError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new XdmapError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'IO_ERROR', `Cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file: input })
  }
}

export async function openSource(input: string, stdin?: AsyncIterable<Uint8Array>): Promise<Source> {
  let sourceBytes = 0
  const onBytes = (n: number): void => { sourceBytes += n }
  let raw: AsyncIterable<Uint8Array>
  let release: () => void
  let totalBytes: number | undefined
  let gzip: boolean
  let name: string
  let readFrom: Source['readFrom']
  if (input === '-') {
    name = 'stdin'
    const src = stdin ?? (process.stdin as AsyncIterable<Uint8Array>)
    const it = src[Symbol.asyncIterator]()
    const first = await it.next()
    const head = first.done ? undefined : first.value
    gzip = isGzip(head)
    raw = counted(prepend(head, it), onBytes)
    // a stream is destroyed (an async iterator's return() would wait for the read in progress, which may never end)
    release = () => { const d = (src as { destroy?: () => void }).destroy; if (typeof d === 'function') d.call(src); else void it.return?.() }
  } else {
    name = input
    const probe = await probeFile(input)
    totalBytes = probe.size
    gzip = probe.gzip
    if (!gzip && /\.gz$/i.test(input) && totalBytes > 0) throw new XdmapError('CSV_GZIP_INVALID', `${input} is named .gz but is not gzip (no 1f 8b magic bytes)`, { file: input })
    const stream = createReadStream(input, { highWaterMark: READ_SIZE })
    raw = counted(stream, onBytes)
    release = () => { stream.destroy() }
    if (!gzip) {
      const path = input
      readFrom = (position) => {
        stream.destroy()
        sourceBytes = position
        let at = position
        let fh: FileHandle | undefined
        let opening: Promise<FileHandle> | undefined
        release = () => { stream.destroy(); void opening?.then((h) => h.close()).catch(() => {}) }
        return async (into, offset) => {
          try {
            if (at < 0) return 0
            fh ??= await (opening ??= open(path, 'r'))
            const { bytesRead } = await fh.read(into, offset, into.length - offset, at)
            at += bytesRead
            sourceBytes += bytesRead
            // at the end the file is closed (and stays read to its end)
            if (!bytesRead) { at = -1; opening = undefined; await fh.close() }
            return bytesRead
          } catch (e) {
            throw new XdmapError('IO_ERROR', `Cannot read ${path}: ${(e as Error).message}`, { file: path })
          }
        }
      }
    }
  }
  return {
    name,
    bytes: gzip ? gunzip(raw, name) : raw,
    totalBytes,
    gzip,
    get sourceBytes() { return sourceBytes },
    close() { release() },
    ...(readFrom ? { readFrom } : {}),
  }
}
