import { DEFAULT_ERROR_DETAILS_PER_CODE } from '../output/rejects.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { AtomicFile, type FileReport } from '../util/atomic-file.js'
import { evaluateThreshold, type Counts } from '../pipeline/route.js'
import { parseThreshold } from '../plan/options.js'
import { namesInManifest, type Manifest } from '../output/manifest.js'
import { type RejectEntry } from '../output/rejects.js'
import { layout, type ChunkCommit, type RunPlan } from './plan.js'
import type { SplitPlan } from './split.js'
import type { Storage } from './storage.js'

/** The manifest of a distributed run: a run's manifest plus where each chunk came from. */
export interface DistributedManifest extends Manifest {
  chunks: {
    index: number
    bytes: [number, number]
    firstLine: number
    firstRecord: number
    read: number
    written: number
    rejected: number
    files: string[]
    attempt: string
    worker: string
    elapsedMs: number
  }[]
}

/** Local line or record number of a chunk's run → the whole file's. */
export function globalNumbers(split: SplitPlan, index: number): { line: (l: number) => number; record: (r: number) => number } {
  const c = split.chunks[index]!
  if (c.start === 0) return { line: (l) => l, record: (r) => r }
  // the chunk file repeats the header record: its data starts at line header.lines + 1, record 1
  const dl = c.firstLine - (split.header.lines + 1)
  const dr = c.firstRecord - 1
  return { line: (l) => l + dl, record: (r) => r + dr }
}

/** Parser messages that quote a line number ("opened at line 12"): renumbered like the entry's own line. */
const LINE_IN_MESSAGE = /\bline (\d+)/g

function sumCounts(all: Counts[]): Counts {
  const c: Counts = { read: 0, written: 0, rejected: 0, rejectedByClass: { parsing: 0, conversion: 0, validation: 0 }, issuesByCode: {}, nulledFields: 0, emptyLines: 0, skipped: 0 }
  for (const x of all) {
    c.read += x.read
    c.written += x.written
    c.rejected += x.rejected
    for (const k of Object.keys(x.rejectedByClass) as (keyof Counts['rejectedByClass'])[]) c.rejectedByClass[k] += x.rejectedByClass[k]
    for (const [k, n] of Object.entries(x.issuesByCode)) c.issuesByCode[k] = (c.issuesByCode[k] ?? 0) + n
    c.nulledFields += x.nulledFields
    c.emptyLines += x.emptyLines
    c.skipped += x.skipped ?? 0
  }
  return c
}

async function* lines(storage: Storage, key: string, bytes: number): AsyncGenerator<string> {
  let rest = ''
  const dec = new TextDecoder()
  for await (const b of storage.readRange(key, 0, bytes)) {
    const text = rest + dec.decode(b, { stream: true })
    const parts = text.split('\n')
    rest = parts.pop()!
    yield* parts
  }
  rest += dec.decode()
  if (rest) yield rest
}

/**
 * Output names a distributed run writes (replaced by the merge). Not mapping.json: a distributed run reads its mapping
 * (--mapping is required) and never writes one, so a mapping.json in the output directory is the user's.
 */
const OUTPUT_NAME = /^(part-\d{5}\.(json|parquet)|rejects\.csv|errors\.json|manifest\.json)$/
/** The marker, in the working files, of a merge that has cleared the previous output (see clearPrevious). */
const MERGING = 'merging'

/**
 * Files under output names in `out` that no xdmap manifest there lists (a run would replace them): the coordinator
 * refuses to plan over them without --force, as a local run does (OUT_DIR_NOT_OURS). None while an interrupted merge's
 * marker is there: the files are then that merge's own (a new plan with other options may replace them).
 */
export async function foreignOutputs(storage: Storage, out: string, work: string): Promise<string[]> {
  // a merge of ours was interrupted after it cleared the previous output: what is there now, it moved in
  if (await storage.head(storage.join(work, MERGING))) return []
  const text = await storage.readText(storage.join(out, 'manifest.json'))
  const ours = text === undefined ? new Set<string>() : namesInManifest(text)
  return (await outputsIn(storage, out, work)).map((o) => o.name).filter((n) => !ours.has(n)).sort()
}

/** The files directly in `out` (not in the working files) under names a distributed run writes. */
async function outputsIn(storage: Storage, out: string, work: string): Promise<{ key: string; name: string }[]> {
  const keys = storage.kind === 'fs' ? (await storage.list(out)).filter((k) => !k.startsWith(work)) : await storage.list(out)
  return keys.map((key) => ({ key, name: key.slice(out.length).replace(/^\/+/, '') })).filter((o) => !o.name.includes('/') && OUTPUT_NAME.test(o.name))
}

/**
 * The previous run's outputs in `out` go when the merge starts, not when the run starts, so a run that is
 * interrupted before its merge leaves the previous complete output as it was. The manifest goes first (no manifest
 * ever lists files that are being replaced); a marker in the working files says it was done, so a merge that is run
 * again after a crash does not remove the part files it has already moved in.
 */
async function clearPrevious(storage: Storage, out: string, work: string): Promise<void> {
  const marker = storage.join(work, MERGING)
  if (await storage.head(marker)) return
  await storage.remove(storage.join(out, 'manifest.json'))
  for (const o of await outputsIn(storage, out, work)) await storage.remove(o.key)
  await storage.writeText(marker, new Date().toISOString())
}

/**
 * Merges committed chunks into one run's outputs: part files renamed in input order (part-00001... across all
 * chunks), rejects.csv with one header, errors.json with the whole file's line and record numbers, the counts
 * summed and the threshold decided on the whole file, and manifest.json last. Safe to run again after a crash:
 * a part file already moved is found at its final name.
 */
export async function mergeChunks(plan: RunPlan, storage: Storage, commits: ChunkCommit[], started: Date): Promise<{ manifest: DistributedManifest; firstRejects: RejectEntry[] }> {
  const paths = layout(storage, plan.out)
  const out = plan.out
  await clearPrevious(storage, out, paths.work)
  const files: FileReport[] = []
  const chunkInfo: DistributedManifest['chunks'] = []
  let n = 0
  for (const c of commits) {
    const names: string[] = []
    for (const f of c.files) {
      const ext = f.name.slice(f.name.lastIndexOf('.'))
      const name = `part-${String(++n).padStart(5, '0')}${ext}`
      const from = storage.join(paths.attempt(c.index, c.attempt), f.name)
      const to = storage.join(out, name)
      if (await storage.head(from)) await storage.move(from, to)
      else if (!(await storage.head(to))) throw new Error(`internal: ${storage.url(from)} is gone and ${storage.url(to)} was not written`)
      files.push({ ...f, name })
      names.push(name)
    }
    const chunk = plan.split.chunks[c.index]!
    chunkInfo.push({ index: c.index, bytes: [chunk.start, chunk.end], firstLine: chunk.firstLine, firstRecord: chunk.firstRecord, read: c.counts.read, written: c.counts.written, rejected: c.counts.rejected, files: names, attempt: c.attempt, worker: c.worker, elapsedMs: c.elapsedMs })
  }

  // rejects and errors: written locally (in place on a filesystem), then stored
  const local = storage.localPath(out)
  const scratch = local ? undefined : await mkdtemp(join(tmpdir(), 'xdmap-merge-'))
  const dir = local ?? scratch!
  const firstRejects: RejectEntry[] = []
  try {
    const rejects = new AtomicFile(join(dir, 'rejects.csv'))
    const errors = new AtomicFile(join(dir, 'errors.json'))
    const headerBytes = Buffer.byteLength(plan.split.header.text + '\n')
    // errors.json keeps the first N rows per code of the whole file, as a local run does: each chunk kept the first N
    // of its own, so the file's first N are among them, in chunk order
    const perCode = Number(plan.base.options?.errorDetails ?? DEFAULT_ERROR_DETAILS_PER_CODE)
    const kept = new Map<string, number>()
    const omitted: Record<string, number> = {}
    let first = true
    for (const c of commits) {
      const attemptDir = paths.attempt(c.index, c.attempt)
      // rejects.csv: each chunk's starts with the header line; the merged file keeps the first
      let skip = first ? 0 : headerBytes
      first = false
      for await (const b of storage.readRange(storage.join(attemptDir, 'rejects.csv'), 0, c.rejects.bytes)) {
        const piece = skip >= b.length ? undefined : b.subarray(skip)
        skip = Math.max(0, skip - b.length)
        if (piece?.length) { const w = rejects.write(piece); if (w) await w }
      }
      rejects.rows += c.rejects.rows
      for (const [code, n] of Object.entries(c.errors.omittedByCode ?? {})) omitted[code] = (omitted[code] ?? 0) + n
      const num = globalNumbers(plan.split, c.index)
      for await (const line of lines(storage, storage.join(attemptDir, 'errors.json'), c.errors.bytes)) {
        if (!line) continue
        const e = JSON.parse(line) as RejectEntry
        e._filename = plan.inputName
        e.line = num.line(e.line)
        e.record = num.record(e.record)
        for (const x of e._errors) if (x.class === 'parsing' && x.code.startsWith('CSV_')) x.message = x.message.replace(LINE_IN_MESSAGE, (_, l: string) => `line ${num.line(Number(l))}`)
        if (firstRejects.length < 5) firstRejects.push(e)
        const code = e._errors[0]!.code
        const n = kept.get(code) ?? 0
        if (n >= perCode) { omitted[code] = (omitted[code] ?? 0) + 1; continue }
        kept.set(code, n + 1)
        const w = errors.write(JSON.stringify(e) + '\n')
        errors.rows++
        if (w) await w
      }
    }
    let rejectsReport = await rejects.commit()
    let errorsReport = await errors.commit()
    if (!local) {
      await storage.putFile(join(dir, 'rejects.csv'), storage.join(out, 'rejects.csv'), { move: true })
      await storage.putFile(join(dir, 'errors.json'), storage.join(out, 'errors.json'), { move: true })
    }
    rejectsReport = { ...rejectsReport, name: 'rejects.csv' }
    errorsReport = { ...errorsReport, name: 'errors.json', ...(Object.keys(omitted).length ? { omittedByCode: omitted } : {}) }

    const counts = sumCounts(commits.map((c) => c.counts))
    if (counts.read !== plan.split.records) throw new Error(`internal: the chunks read ${counts.read} records, the file has ${plan.split.records}`)
    if (counts.read !== counts.written + counts.rejected) throw new Error(`internal: read ${counts.read} != written ${counts.written} + rejected ${counts.rejected}`)
    const threshold = evaluateThreshold(counts, parseThreshold(plan.maxErrors))
    const split = plan.split
    const manifest: DistributedManifest = {
      manifestVersion: 1,
      tool: 'xdmap',
      status: threshold.passed ? 'ok' : 'failed',
      schema: plan.base.schema,
      mapping: plan.base.mapping,
      input: { path: plan.input.startsWith('s3://') ? plan.input : resolve(plan.input), bytes: split.bytes, sha256: split.sha256, encoding: split.encoding, bom: split.bom, delimiter: split.delimiter, ...(split.dialect ? { dialect: split.dialect } : {}) },
      format: plan.base.format,
      isMultiLineJson: plan.base.isMultiLineJson,
      options: { ...plan.base.options, maxErrors: plan.maxErrors },
      files,
      rejects: rejectsReport,
      errors: errorsReport,
      counts,
      threshold,
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      chunks: chunkInfo,
    }
    await storage.writeText(storage.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
    return { manifest, firstRejects }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true })
  }
}
