import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { finished } from 'node:stream/promises'
import { buildCatalog } from '../schema/catalog.js'
import { run } from '../commands/run.js'
import { XdmapError } from '../util/errors.js'
import { layout, type ChunkCommit, type RunPlan } from './plan.js'
import { openLocation, type Storage } from './storage.js'

export interface ChunkExecOptions {
  /** Worker threads for the chunk's run(); default run()'s own. */
  threads?: number
  /** Local scratch directory. Default the OS temp dir. */
  tmp?: string
}

export async function readPlan(planUrl: string): Promise<{ plan: RunPlan; storage: Storage }> {
  const loc = openLocation(planUrl)
  const text = await loc.storage.readText(loc.key)
  if (text === undefined) throw new XdmapError('PLAN_NOT_FOUND', `The run's plan ${planUrl} is gone (the run finished or was cleared)`)
  return { plan: JSON.parse(text) as RunPlan, storage: loc.storage }
}

/**
 * Maps one chunk: its bytes (after the header record, which it repeats) go to a local file that the public run()
 * maps with the coordinator's explicit options, never failing on its own (`maxErrors: 100%`: the threshold is the
 * whole file's); the outputs go under an attempt-specific name and the commit marker is written last, so a
 * killed attempt leaves nothing the merge reads. A chunk already committed is not done again.
 */
export async function executeChunk(plan: RunPlan, storage: Storage, index: number, options: ChunkExecOptions = {}): Promise<ChunkCommit> {
  const t0 = performance.now()
  const chunk = plan.split.chunks[index]
  if (!chunk) throw new XdmapError('CHUNK_UNKNOWN', `The plan of ${plan.out} has no chunk ${index + 1}`)
  const paths = layout(storage, plan.out)
  const done = await storage.readText(paths.commit(index))
  if (done !== undefined) return JSON.parse(done) as ChunkCommit

  const attempt = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`
  const scratch = await mkdtemp(join(options.tmp ?? tmpdir(), `xdmap-chunk-${index + 1}-`))
  try {
    // the chunk's CSV: the header record (and the BOM) unless the chunk starts the file, then its own bytes
    const input = openLocation(plan.input)
    const csv = join(scratch, 'chunk.csv')
    const w = createWriteStream(csv)
    const copy = async (start: number, end: number): Promise<void> => {
      for await (const b of input.storage.readRange(input.key, start, end)) if (!w.write(b)) await once(w, 'drain')
    }
    if (chunk.start > 0) {
      const h = plan.split.header
      if (h.bomBytes && h.start > 0) await copy(0, h.bomBytes)
      await copy(h.start, h.end)
    }
    await copy(chunk.start, chunk.end)
    w.end()
    await finished(w)

    const local = storage.localPath(paths.attempt(index, attempt))
    const outDir = local ?? join(scratch, 'out')
    const o = plan.options
    const report = await run({
      input: csv,
      schema: buildCatalog(plan.schema.schema, plan.schema.source),
      mapping: plan.mapping as object,
      out: outDir,
      format: o.format,
      multiline: o.multiline,
      ...(o.maxFileBytes !== undefined ? { maxFileBytes: o.maxFileBytes } : {}),
      ...(o.maxRows !== undefined ? { maxRows: o.maxRows } : {}),
      maxErrors: '100%',
      onConversionError: o.onConversionError,
      ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
      encoding: o.encoding,
      delimiter: o.delimiter,
      maxFieldBytes: o.maxFieldBytes,
      ...(o.maxRecordBytes !== undefined ? { maxRecordBytes: o.maxRecordBytes } : {}),
      ...(o.serializer !== undefined ? { serializer: o.serializer } : {}),
      ...(o.compression !== undefined ? { compression: o.compression } : {}),
      ...(o.rowGroupRows !== undefined ? { rowGroupRows: o.rowGroupRows } : {}),
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
    })
    // the boundaries were found by the same parser: a different record count means the chunk is not what was planned
    if (report.counts.read !== chunk.records) {
      throw new XdmapError('CHUNK_MISMATCH', `Chunk ${index + 1} (bytes ${chunk.start}-${chunk.end}) read ${report.counts.read} records, the plan says ${chunk.records}: the input changed since it was planned?`)
    }
    if (!local) {
      const dir = paths.attempt(index, attempt)
      for (const name of await readdir(outDir)) if (name !== 'manifest.json') await storage.putFile(join(outDir, name), storage.join(dir, name), { move: true })
    }
    // a chunk always writes to a directory, so its rejects and errors files exist
    const commit: ChunkCommit = { index, attempt, counts: report.counts, files: report.files, rejects: report.rejects!, errors: report.errors!, elapsedMs: Math.round(performance.now() - t0), worker: `${hostname()}:${process.pid}` }
    // another attempt may have committed meanwhile (a stalled job given to two workers): both are complete, either will do
    await storage.writeText(paths.commit(index), JSON.stringify(commit) + '\n')
    return commit
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
