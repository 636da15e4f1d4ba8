import { createReadStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import { compileMapping } from './compile.js'
import { createProcessor, splitRecord, type BatchResult } from './process.js'
import { WorkerPool } from './pool.js'
import { getZone } from './convert/zone.js'
import { decode, normalizeEncoding, type DecodeStats } from './csv/decode.js'
import { CsvParser, rawText, UNSPLIT, type CsvBatch, type CsvRow } from './csv/parse.js'
import { XdmapError, type Issue } from './errors.js'
import { loadMapping, type MappingSet } from './mapping/load.js'
import { evaluateThreshold, newCounts, parseThreshold, Rejects, type Counts, type ThresholdOutcome } from './route.js'
import type { FieldCatalog } from './schema/catalog.js'
import { loadSchema } from './schema/load.js'
import { DEFAULT_MAX_FILE_BYTES, jsonLinesSink } from './sinks/jsonl.js'
import { parquetSink, type Compression } from './sinks/parquet.js'
import { writeManifest, type Manifest } from './sinks/manifest.js'
import { writeFileAtomic } from './sinks/file.js'
import { createValidator } from './validate.js'
import type { SerializerChoice } from './serialize.js'

/** Inputs smaller than this run in the calling thread unless `threads` says otherwise. */
const SMALL_INPUT = 4 * 1024 * 1024

/** Worker threads by default: one per core, at most 4 (the main thread parses and writes). */
export function defaultThreads(): number {
  return Math.min(4, availableParallelism())
}

export interface RunOptions {
  /** CSV path, or '-' for `stdin`. */
  input: string
  /** Bytes to read when input is '-'. Default process.stdin. */
  stdin?: AsyncIterable<Uint8Array>
  /** Schema reference (file path) or a loaded catalog. */
  schema: string | FieldCatalog
  /** Mapping file path, mapping-set object, or a loaded MappingSet. Without one, suggestions are used (and saved as mapping.json). */
  mapping?: string | object
  /** Lowest confidence of the suggestions used when no mapping is given. Default 0.5. */
  suggestThreshold?: number
  /** Output directory. */
  out: string
  /** Output format: JSON Lines (default) or Parquet. */
  format?: 'json' | 'parquet'
  /** Parquet compression. Default snappy. */
  compression?: Compression
  /** Parquet rows per row group. Default 10,000. */
  rowGroupRows?: number
  /** JSON arrays instead of JSON Lines (AEP isMultiLineJson). */
  multiline?: boolean
  /** Largest output file. Default 256 MB. */
  maxFileBytes?: number
  /** Most records per output file. */
  maxRows?: number
  /** Rejected rows tolerated: a count or 'P%'. Default '5%'. */
  maxErrors?: string | number
  /** What a failed conversion does: reject the row (default) or drop the field and keep the row if still valid. */
  onConversionError?: 'reject-row' | 'null-field'
  /** IANA zone for date-times written without an offset. Default UTC. */
  timezone?: string
  /** Input encoding. Default utf8 (a BOM overrides). */
  encoding?: string
  /** Delimiter or 'auto'. Default 'auto'. */
  delimiter?: string
  /** Largest CSV field in bytes. Default 1 MiB. */
  maxFieldBytes?: number
  /** Largest record (JSON bytes). Default: AEP's limit for the schema's class (ExperienceEvent 10 KB, others 100 KB). */
  maxRecordBytes?: number
  /** Worker threads that map, validate and serialize (0: all in the calling thread). Default: one per core, at most 4; none for inputs under 4 MiB. */
  threads?: number
  /** JSON serializer: `auto` (the text the row function builds with the record), `fjs` (fast-json-stringify) or `json` (JSON.stringify). Default auto. */
  serializer?: SerializerChoice
  /** Called about every 64k rows and at the end. */
  onProgress?: (p: Progress) => void
}

export interface Progress {
  rows: number
  bytes: number
  totalBytes?: number
  elapsedMs: number
}

export interface RunReport extends Manifest {
  /** Output directory (absolute). */
  out: string
  /** 0 ok, 1 threshold failed. */
  exitCode: number
  warnings: string[]
  /** First rejected rows, for a summary. */
  firstRejects: { line: number; record: number; code: string; message: string }[]
  elapsedMs: number
}

function isMappingSet(m: unknown): m is MappingSet {
  return !!m && typeof m === 'object' && Array.isArray((m as MappingSet).mappings) && Array.isArray((m as MappingSet).warnings) && (m as MappingSet).mappings.every((x) => 'steps' in x)
}

/** AEP's hard record size limits by class. */
export function defaultMaxRecordBytes(catalog: FieldCatalog): number {
  return catalog.xdmClass && /experienceevent/i.test(catalog.xdmClass) ? 10 * 1024 : 100 * 1024
}

const OUTPUT_NAME = /^(part-\d{5}\.(json|parquet)|rejects\.csv|errors\.json|manifest\.json|mapping\.json)$/

/** Clears the outputs of an earlier run in `dir` (manifest first, so no stale manifest ever points at new files). */
async function prepareOutDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const names = await readdir(dir)
  if (names.includes('manifest.json')) await rm(join(dir, 'manifest.json'))
  for (const n of names) if (OUTPUT_NAME.test(n) || /^\..*\.tmp$/.test(n)) await rm(join(dir, n), { force: true })
}

/** The whole pipeline: CSV → mapped, converted, validated XDM records in batch files, rejects, manifest. */
export async function run(options: RunOptions): Promise<RunReport> {
  const started = new Date()
  const t0 = performance.now()
  const {
    input, out, multiline = false, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxRows, maxErrors = '5%',
    onConversionError = 'reject-row', timezone, delimiter = 'auto', maxFieldBytes = 1024 * 1024, onProgress,
  } = options
  if (!input) throw new XdmapError('USAGE', 'No input CSV given (a path, or - for stdin)')
  if (!out) throw new XdmapError('USAGE', 'No output directory given (--out DIR)')
  const format = options.format ?? 'json'
  if (format !== 'json' && format !== 'parquet') throw new XdmapError('OPTION_FORMAT', `--format must be json or parquet, not ${JSON.stringify(format)}`)
  if (multiline && format !== 'json') throw new XdmapError('OPTION_FORMAT', '--multiline applies to --format json only')
  if (onConversionError !== 'reject-row' && onConversionError !== 'null-field') throw new XdmapError('OPTION_ON_CONVERSION_ERROR', `--on-conversion-error must be reject-row or null-field, not ${JSON.stringify(onConversionError)}`)
  if (!(maxFileBytes >= 1024)) throw new XdmapError('OPTION_MAX_FILE_BYTES', `--max-file-bytes must be at least 1024`)
  if (delimiter !== 'auto' && [...delimiter].length !== 1) throw new XdmapError('OPTION_DELIMITER', `--delimiter must be one character or "auto", not ${JSON.stringify(delimiter)}`)
  if (delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new XdmapError('OPTION_DELIMITER', `--delimiter cannot be a quote or a line end`)
  const threshold = parseThreshold(maxErrors)
  const encoding = normalizeEncoding(options.encoding ?? 'utf8')
  if (timezone !== undefined) getZone(timezone)

  const catalog = typeof options.schema === 'string' ? await loadSchema(options.schema) : options.schema
  // compiled here once so a schema problem stops the run before any output; the processors reuse the cache
  createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
  const convertOptions = timezone !== undefined ? { timezone } : {}
  let suggested: object | undefined
  if (options.mapping === undefined) {
    if (input === '-') throw new XdmapError('USAGE', 'Without --mapping the input is sampled for suggestions first, which stdin does not allow: give a file, or a mapping')
    const { suggest, toMappingSet } = await import('./suggest/index.js')
    const s = await suggest(input, catalog, { ...(options.suggestThreshold !== undefined ? { threshold: options.suggestThreshold } : {}), ...(options.encoding !== undefined ? { encoding: options.encoding } : {}), ...(delimiter !== 'auto' ? { delimiter } : {}) })
    if (!s.mappings.length) throw new XdmapError('MAPPING_NONE_SUGGESTED', `No column of ${input} matches a field of ${catalog.id} well enough; write a mapping (xdmap suggest shows the candidates)`, { file: input })
    suggested = toMappingSet(s)
  }
  const mappingInput = suggested ?? options.mapping!
  const set = isMappingSet(mappingInput) ? mappingInput : await loadMapping(mappingInput, catalog, { ...convertOptions, ...(suggested ? { name: 'suggested mapping' } : {}) })
  const maxRecordBytes = options.maxRecordBytes ?? defaultMaxRecordBytes(catalog)

  // input
  let source: AsyncIterable<Uint8Array>
  let totalBytes: number | undefined
  if (input === '-') source = options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>)
  else {
    try {
      const st = await stat(input)
      if (st.isDirectory()) throw new XdmapError('IO_ERROR', `${input} is a directory, not a CSV file`, { file: input })
      totalBytes = st.size
    } catch (e) {
      if (e instanceof XdmapError) throw e
      throw new XdmapError('FILE_NOT_FOUND', `Cannot read ${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file: input })
    }
    // 128 KiB reads make batches of a few hundred rows: each batch's garbage dies young in the workers (measured:
    // 1 MiB reads took 20 s and 346 MB on 1M rows, 128 KiB reads 9 s and 220 MB; bench/README.md)
    source = createReadStream(input, { highWaterMark: 1 << 17 })
  }
  const stats: DecodeStats = { encoding, bom: false, bytes: 0, invalid: false }
  // starting workers costs a few hundred ms: a small file is done sooner in this thread
  const threads = options.threads ?? (totalBytes !== undefined && totalBytes < SMALL_INPUT ? 0 : defaultThreads())
  if (!(Number.isInteger(threads) && threads >= 0 && threads <= 64)) throw new XdmapError('OPTION_THREADS', `--threads must be a whole number from 0 to 64, not ${threads}`)
  const serializer = options.serializer ?? 'auto'
  // with workers, the main thread only finds record boundaries; the workers split the records
  const parser = new CsvParser({ delimiter, maxFieldBytes, cells: threads === 0, sniff: true })
  const chunks = decode(source, { encoding, stats })[Symbol.asyncIterator]()
  const inputName = input === '-' ? 'stdin' : input

  // header: parse until the first record
  let batch = { text: '', rows: [] as ReturnType<CsvParser['push']>['rows'] }
  let done = false
  while (!batch.rows.length && !done) {
    const next = await chunks.next()
    if (next.done) { done = true; batch = parser.push('', true) } else batch = parser.push(next.value)
  }
  const headerRow = batch.rows[0]
  if (!headerRow) throw new XdmapError('CSV_EMPTY', `${inputName} is empty: a CSV needs a header line`, { file: inputName })
  if (headerRow.error) throw new XdmapError('CSV_HEADER_INVALID', `The header line cannot be parsed: ${headerRow.error.message}`, { file: inputName, line: headerRow.line })
  const headerLine = rawText(batch, headerRow)
  const header = headerRow.cells === UNSPLIT ? splitRecord(headerLine, parser.delimiter ?? ',') : headerRow.cells
  // compile once here: header and mapping problems surface before any output is touched
  const compiled = compileMapping(set, catalog, header, convertOptions)
  const nullField = onConversionError === 'null-field'

  await prepareOutDir(out)
  if (suggested) set.sha256 = (await writeFileAtomic(join(out, 'mapping.json'), JSON.stringify(suggested, null, 2) + '\n')).sha256
  const counts: Counts = newCounts()
  const sink = format === 'parquet'
    ? parquetSink({ dir: out, shape: compiled.shape, maxFileBytes, compression: options.compression ?? 'snappy', ...(maxRows !== undefined ? { maxRows } : {}), ...(options.rowGroupRows !== undefined ? { rowGroupRows: options.rowGroupRows } : {}) })
    : jsonLinesSink({ dir: out, maxFileBytes, multiline, ...(maxRows !== undefined ? { maxRows } : {}) })
  const rejects = new Rejects(out, headerLine, counts, inputName)
  const maxLineBytes = Math.min(maxRecordBytes + 1, sink.maxLineBytes)
  const delim = parser.delimiter ?? ','
  const pool = threads > 0
    ? await WorkerPool.start(threads, { schema: catalog.schema as Record<string, unknown>, schemaSource: catalog.source, mapping: set.raw, header, delimiter: delim, nullField, maxLineBytes, encoding: stats.encoding, serializer, ...(timezone !== undefined ? { timezone } : {}) })
    : undefined
  const local = pool ? undefined : createProcessor({ catalog, set, header, nullField, maxLineBytes, encoding: stats.encoding, serializer, compiled, ...convertOptions })

  /**
   * What the main thread keeps of a batch until its result is back: line and record numbers, and the parse errors it
   * settles itself with their raw text. Not the batch text or the row objects: those die young (the worker sends back
   * the raw text of the rows it rejects).
   */
  interface Pending { lines: Float64Array; records: Float64Array; own: Map<number, { issue: Issue; raw: string }> }
  const pendingOf = (b: CsvBatch, rows: readonly CsvRow[]): Pending => {
    const p: Pending = { lines: new Float64Array(rows.length), records: new Float64Array(rows.length), own: new Map() }
    rows.forEach((r, i) => {
      p.lines[i] = r.line
      p.records[i] = r.record
      if (r.error) p.own.set(i, { issue: { code: r.error.code, class: 'parsing', message: r.error.message }, raw: rawText(b, r) })
    })
    return p
  }

  /** Routes the rows of one batch once their result is known: the written lines in one piece, then the rejects. */
  const settle = async (p: Pending, result: BatchResult, rawOf?: (i: number) => string): Promise<void> => {
    for (const [code, n] of Object.entries(result.nulled)) {
      counts.nulledFields += n
      counts.issuesByCode[code] = (counts.issuesByCode[code] ?? 0) + n
    }
    const { lengths } = result
    counts.read += lengths.length
    let written = 0
    for (let i = 0; i < lengths.length; i++) if (lengths[i]! >= 0) written++
    counts.written += written
    if (written) await sink.writeLines(result.buffer, lengths)
    if (written === lengths.length) return
    const byRow = new Map(result.rejects.map((r) => [r.index, r]))
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i]! >= 0) continue
      const own = p.own.get(i)
      const r = byRow.get(i)
      const wait = own
        ? rejects.reject(own.raw, p.lines[i]!, p.records[i]!, [own.issue])
        : rejects.reject(r!.raw ?? rawOf!(i), p.lines[i]!, p.records[i]!, r!.issues)
      if (wait) await wait
    }
  }

  let lastProgress = 0
  try {
    let rows = batch.rows.slice(1)
    for (;;) {
      if (rows.length) {
        const p = pendingOf(batch, rows)
        if (pool) {
          const starts = new Int32Array(rows.length)
          const ends = new Int32Array(rows.length)
          rows.forEach((r, i) => { starts[i] = r.error ? -1 : r.start; ends[i] = r.end })
          await pool.submit({ text: batch.text, starts, ends, checkEncoding: stats.invalid }, (result) => settle(p, result))
        } else {
          const b = batch
          const rs = rows
          await settle(p, local!(rs.map((r) => (r.error ? null : r.cells)), stats.invalid), (i) => rawText(b, rs[i]!))
        }
      }
      if (onProgress && counts.read - lastProgress >= 65536) {
        lastProgress = counts.read
        onProgress({ rows: counts.read, bytes: stats.bytes, ...(totalBytes !== undefined ? { totalBytes } : {}), elapsedMs: performance.now() - t0 })
      }
      if (done) break
      const next = await chunks.next()
      if (next.done) { done = true; batch = parser.push('', true) } else batch = parser.push(next.value)
      rows = batch.rows
    }
    await pool?.drain()
  } catch (e) {
    await pool?.close()
    await sink.abort()
    await rejects.abort()
    throw e
  }
  await pool?.close()
  counts.emptyLines = parser.emptyLines
  const files = await sink.finish()
  const { rejects: rejectsFile, errors: errorsFile } = await rejects.finish()
  const threshold_: ThresholdOutcome = evaluateThreshold(counts, threshold)
  if (counts.read !== counts.written + counts.rejected) throw new Error(`internal: read ${counts.read} != written ${counts.written} + rejected ${counts.rejected}`)
  const finished = new Date()
  const manifest: Manifest = {
    manifestVersion: 1,
    tool: 'xdmap',
    status: threshold_.passed ? 'ok' : 'failed',
    schema: { id: catalog.id, source: catalog.source },
    mapping: { file: suggested ? join(resolve(out), 'mapping.json') : set.file ?? null, sha256: set.sha256 ?? null, mappings: set.mappings.length, ...(suggested ? { suggested: true } : {}) },
    input: { path: input === '-' ? '-' : resolve(input), bytes: stats.bytes, sha256: stats.sha256 ?? '', encoding: stats.encoding, bom: stats.bom, delimiter: parser.delimiter ?? ',' },
    format,
    isMultiLineJson: multiline,
    options: { maxFileBytes, maxRows: maxRows ?? null, maxErrors: String(maxErrors), onConversionError, timezone: timezone ?? 'UTC', maxFieldBytes, maxRecordBytes: maxLineBytes - 1, threads, serializer, ...(format === 'parquet' ? { compression: options.compression ?? 'snappy', rowGroupRows: options.rowGroupRows ?? 10_000 } : {}) },
    files,
    rejects: rejectsFile,
    errors: errorsFile,
    counts,
    threshold: threshold_,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
  }
  await writeManifest(out, manifest)
  onProgress?.({ rows: counts.read, bytes: stats.bytes, ...(totalBytes !== undefined ? { totalBytes } : {}), elapsedMs: performance.now() - t0 })
  return {
    ...manifest,
    out: resolve(out),
    exitCode: threshold_.passed ? 0 : 1,
    warnings: set.warnings,
    firstRejects: rejects.first.map((e) => ({ line: e.line, record: e.record, code: e._errors[0]!.code, message: e._errors[0]!.message })),
    elapsedMs: performance.now() - t0,
  }
}
