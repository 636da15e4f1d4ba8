import { createReadStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { compileMapping, type ConversionFailure } from './compile.js'
import { getZone } from './convert/zone.js'
import { decode, normalizeEncoding, type DecodeStats } from './csv/decode.js'
import { CsvParser, rawText } from './csv/parse.js'
import { XdmapError, type Issue } from './errors.js'
import { loadMapping, type MappingSet } from './mapping/load.js'
import { evaluateThreshold, newCounts, parseThreshold, Rejects, type Counts, type ThresholdOutcome } from './route.js'
import type { FieldCatalog } from './schema/catalog.js'
import { loadSchema } from './schema/load.js'
import { createSerializer } from './serialize.js'
import type { FileReport } from './sinks/file.js'
import { DEFAULT_MAX_FILE_BYTES, jsonLinesSink } from './sinks/jsonl.js'
import { writeManifest, type Manifest } from './sinks/manifest.js'
import { createValidator } from './validate.js'

export interface RunOptions {
  /** CSV path, or '-' for `stdin`. */
  input: string
  /** Bytes to read when input is '-'. Default process.stdin. */
  stdin?: AsyncIterable<Uint8Array>
  /** Schema reference (file path) or a loaded catalog. */
  schema: string | FieldCatalog
  /** Mapping file path, mapping-set object, or a loaded MappingSet. */
  mapping: string | object
  /** Output directory. */
  out: string
  format?: 'json'
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
  if (options.format !== undefined && options.format !== 'json') throw new XdmapError('OPTION_FORMAT', `--format ${options.format} is not supported yet: use json`)
  if (onConversionError !== 'reject-row' && onConversionError !== 'null-field') throw new XdmapError('OPTION_ON_CONVERSION_ERROR', `--on-conversion-error must be reject-row or null-field, not ${JSON.stringify(onConversionError)}`)
  if (!(maxFileBytes >= 1024)) throw new XdmapError('OPTION_MAX_FILE_BYTES', `--max-file-bytes must be at least 1024`)
  if (delimiter !== 'auto' && [...delimiter].length !== 1) throw new XdmapError('OPTION_DELIMITER', `--delimiter must be one character or "auto", not ${JSON.stringify(delimiter)}`)
  if (delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new XdmapError('OPTION_DELIMITER', `--delimiter cannot be a quote or a line end`)
  const threshold = parseThreshold(maxErrors)
  const encoding = normalizeEncoding(options.encoding ?? 'utf8')
  if (timezone !== undefined) getZone(timezone)

  const catalog = typeof options.schema === 'string' ? await loadSchema(options.schema) : options.schema
  const validate = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
  const convertOptions = timezone !== undefined ? { timezone } : {}
  const set = isMappingSet(options.mapping) ? options.mapping : await loadMapping(options.mapping, catalog, convertOptions)
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
    source = createReadStream(input, { highWaterMark: 1 << 20 })
  }
  const stats: DecodeStats = { encoding, bom: false, bytes: 0, invalid: false }
  const parser = new CsvParser({ delimiter, maxFieldBytes })
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
  const header = headerRow.cells
  const headerLine = rawText(batch, headerRow)
  const compiled = compileMapping(set, catalog, header, convertOptions)
  const { serialize } = createSerializer(compiled.projection)
  const nullField = onConversionError === 'null-field'

  await prepareOutDir(out)
  const counts: Counts = newCounts()
  const sink = jsonLinesSink({ dir: out, maxFileBytes, multiline, ...(maxRows !== undefined ? { maxRows } : {}) })
  const rejects = new Rejects(out, headerLine, counts, inputName)
  const recordLimit = Math.min(maxRecordBytes, sink.maxRecordBytes)
  const width = header.length

  const failures: Issue[] = []
  const byIndex = new Map(set.mappings.map((m) => [m.index, m]))
  const fail: ConversionFailure = (index, cell, error) => {
    const m = byIndex.get(index)!
    failures.push({ code: error.code, class: 'conversion', message: `${m.column} → ${m.destination}: ${error.message}`, column: m.column!, field: m.destination, value: cell })
  }
  let lastProgress = 0
  try {
    let rows = batch.rows.slice(1)
    for (;;) {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!
        counts.read++
        let wait: Promise<void> | undefined
        if (row.error) {
          wait = rejects.reject(rawText(batch, row), row.line, row.record, [{ code: row.error.code, class: 'parsing', message: row.error.message }])
        } else if (row.cells.length !== width) {
          wait = rejects.reject(rawText(batch, row), row.line, row.record, [{ code: 'CSV_FIELD_COUNT', class: 'parsing', message: `The row has ${row.cells.length} fields but the header has ${width}${row.cells.length > width ? ' (an unquoted delimiter inside a value?)' : ''}` }])
        } else if (stats.invalid && row.cells.some((c) => c.includes('\uFFFD'))) {
          const col = row.cells.findIndex((c) => c.includes('\uFFFD'))
          wait = rejects.reject(rawText(batch, row), row.line, row.record, [{ code: 'CSV_INVALID_ENCODING', class: 'parsing', message: `Column ${JSON.stringify(header[col])} holds bytes that are not valid ${stats.encoding}; if the file comes from Excel or Windows, try --encoding windows-1252`, column: header[col]! }])
        } else {
          failures.length = 0
          const record = compiled.row(row.cells, fail)
          if (failures.length && !nullField) {
            wait = rejects.reject(rawText(batch, row), row.line, row.record, failures.slice())
          } else {
            const invalid = validate(record)
            if (invalid) {
              for (const i of invalid) {
                const m = i.field !== undefined ? compiled.mappingFor(i.field) : undefined
                if (m?.column !== undefined) i.column = m.column
              }
              wait = rejects.reject(rawText(batch, row), row.line, row.record, [...failures, ...invalid])
            } else {
              const json = serialize(record)
              const exact = Buffer.byteLength(json)
              if (exact > recordLimit) {
                wait = rejects.reject(rawText(batch, row), row.line, row.record, [...failures, { code: 'XDM_RECORD_TOO_LARGE', class: 'validation', message: `The record is ${exact} bytes of JSON, over the limit of ${recordLimit} bytes (AEP: ExperienceEvent 10 KB, Profile 100 KB; --max-record-bytes)` }])
              } else {
                if (failures.length) {
                  counts.nulledFields += failures.length
                  for (const f of failures) counts.issuesByCode[f.code] = (counts.issuesByCode[f.code] ?? 0) + 1
                }
                counts.written++
                wait = sink.write(record, json, exact)
              }
            }
          }
        }
        if (wait) await wait
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
  } catch (e) {
    await sink.abort()
    await rejects.abort()
    throw e
  }
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
    mapping: { file: set.file ?? null, sha256: set.sha256 ?? null, mappings: set.mappings.length },
    input: { path: input === '-' ? '-' : resolve(input), bytes: stats.bytes, sha256: stats.sha256 ?? '', encoding: stats.encoding, bom: stats.bom, delimiter: parser.delimiter ?? ',' },
    format: 'json',
    isMultiLineJson: multiline,
    options: { maxFileBytes, maxRows: maxRows ?? null, maxErrors: String(maxErrors), onConversionError, timezone: timezone ?? 'UTC', maxFieldBytes, maxRecordBytes: recordLimit },
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
