import { createHash } from 'node:crypto'
import type { FileReport } from '../util/atomic-file.js'
import type { Sink } from './jsonl.js'

/** `--out -`: records as JSON Lines on a stream (stdout), with backpressure; reported as one file named '-'. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  const hash = createHash('sha256')
  let rows = 0
  let bytes = 0
  let broken: Error | undefined
  stream.on('error', (e: Error) => { broken ??= e })
  const write = (b: Uint8Array): Promise<void> | undefined => {
    if (broken) throw broken
    hash.update(b)
    bytes += b.length
    // the stream may keep the buffer: hand it a copy of what is a view into a reused batch buffer
    if (!stream.write(Buffer.from(b))) return new Promise((resolve, reject) => {
      const done = (): void => { stream.off('error', fail); resolve() }
      const fail = (e: Error): void => { stream.off('drain', done); reject(e) }
      stream.once('drain', done)
      stream.once('error', fail)
    })
    return undefined
  }
  return {
    maxLineBytes: Number.MAX_SAFE_INTEGER,
    write(line) { rows++; return write(line) },
    async writeLines(buffer, lengths) {
      let off = 0
      let start = 0
      let n = 0
      for (const len of lengths) { if (len < 0) continue; off += len; n++ }
      // written rows are back to back in the buffer: one piece
      rows += n
      if (off > start) await write(buffer.subarray(start, off))
    },
    async finish(): Promise<FileReport[]> {
      if (broken) throw broken
      return [{ name: '-', rows, bytes, sha256: hash.digest('hex') }]
    },
    async abort() {},
  }
}
