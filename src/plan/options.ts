import { optionCode } from '../util/codes.js'
import { availableParallelism } from 'node:os'
import { XdmapError } from '../util/errors.js'
import { getZone } from '../convert/zone.js'
import { normalizeEncoding, type Encoding } from '../csv/decode.js'
import type { FieldCatalog } from '../schema/catalog.js'
import type { Compression } from '../output/parquet.js'
import { DEFAULT_MAX_FILE_BYTES } from '../output/jsonl.js'
import type { SerializerChoice } from '../codegen/serialize.js'
import type { Progress } from '../pipeline/execute.js'

/**
 * Options, normalised once: every command's options are checked here (types, ranges, enums) and turned into one
 * typed, fully defaulted object; nothing downstream re-validates or re-defaults. Errors are OPTION_* (exit 2) and
 * name the option as the CLI spells it.
 */

/** `--max-errors`: a count of rejected rows, or a share of the rows read (AEP's partialIngestionPercent). */
export type ErrorThreshold = { count: number } | { percent: number }

export function parseThreshold(text: string | number): ErrorThreshold {
  const s = String(text).trim()
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(s)
  if (pct) {
    const percent = Number(pct[1])
    if (percent > 100) throw new XdmapError('OPTION_MAX_ERRORS', `--max-errors ${s}: a share must be between 0% and 100%`)
    return { percent }
  }
  if (/^\d+$/.test(s)) return { count: Number(s) }
  throw new XdmapError('OPTION_MAX_ERRORS', `--max-errors ${JSON.stringify(s)}: give a number of rows (100) or a share of the rows read (5%)`)
}

export function formatThreshold(t: ErrorThreshold): string {
  return 'percent' in t ? `${t.percent}%` : String(t.count)
}

/** Inputs smaller than this run in the calling thread unless `threads` says otherwise. */
export const SMALL_INPUT = 4 * 1024 * 1024

/** Worker threads by default: one per core, at most 4 (the main thread reads and writes). */
export function defaultThreads(): number {
  return Math.min(4, availableParallelism())
}

/** AEP's hard record size limits by class. */
export function defaultMaxRecordBytes(catalog: FieldCatalog): number {
  return catalog.xdmClass && /experienceevent/i.test(catalog.xdmClass) ? 10 * 1024 : 100 * 1024
}

export interface RunOptions {
  /** CSV path (plain or gzip), or '-' for `stdin`. */
  input: string
  /** Bytes to read when input is '-'. Default process.stdin. */
  stdin?: AsyncIterable<Uint8Array>
  /** Schema reference (file path) or a loaded catalog. */
  schema: string | FieldCatalog
  /** Mapping file path, mapping-set object, or a loaded MappingSet. Without one, suggestions are used (and saved as mapping.json). */
  mapping?: string | object
  /** Lowest confidence of the suggestions used when no mapping is given. Default 0.5. */
  suggestThreshold?: number
  /** Output directory, or '-' for records (JSON Lines) on `stdout`. */
  out: string
  /** Where records go with out '-'. Default process.stdout. */
  stdout?: NodeJS.WritableStream
  /** With out '-': directory for rejects.csv, errors.json and manifest.json (default: not written). */
  rejectsDir?: string
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
  /** A quote inside an unquoted field is literal; spaces around a quoted field are dropped. Default: on for tab-delimited files, off otherwise. */
  relaxQuotes?: boolean
  /** Largest CSV field in bytes. Default 1 MiB. */
  maxFieldBytes?: number
  /** Largest record (JSON bytes). Default: AEP's limit for the schema's class (ExperienceEvent 10 KB, others 100 KB). */
  maxRecordBytes?: number
  /** Worker threads that map, validate and serialize (0: all in the calling thread). Default: one per core, at most 4; none for inputs under 4 MiB. */
  threads?: number
  /** JSON serializer: `auto` (the text the row function builds with the record) or `json` (JSON.stringify). Default auto. */
  serializer?: SerializerChoice
  /** Stop after this many data rows (a preview). */
  limit?: number
  /** Replace files in `out` that no manifest of ours lists. */
  force?: boolean
  /** Rows per error code written in full to errors.json (the rest are counted). Default 1000. */
  errorDetails?: number
  /** Aborting stops the run after the current batch; the previous output in `out` stays as it was. */
  signal?: AbortSignal
  /** Called about every 64k rows and at the end. */
  onProgress?: (p: Progress) => void
}

/** RunOptions checked and defaulted: what the planner and the pipeline read. */
export interface RunSettings {
  input: string
  stdin: AsyncIterable<Uint8Array> | undefined
  out: string
  toStdout: boolean
  stdout: NodeJS.WritableStream | undefined
  rejectsDir: string | undefined
  format: 'json' | 'parquet'
  compression: Compression
  rowGroupRows: number
  multiline: boolean
  maxFileBytes: number
  maxRows: number | undefined
  maxErrors: string
  threshold: ErrorThreshold
  nullField: boolean
  timezone: string | undefined
  encoding: Encoding
  delimiter: string
  /** Undefined: the parser's default (on for tab-delimited files, off otherwise). */
  relaxQuotes: boolean | undefined
  maxFieldBytes: number
  maxRecordBytes: number | undefined
  threads: number | undefined
  serializer: SerializerChoice
  limit: number | undefined
  force: boolean
  errorDetails: number
  suggestThreshold: number | undefined
  signal: AbortSignal | undefined
  onProgress: ((p: Progress) => void) | undefined
}

function wholeNumber(value: unknown, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`
    throw new XdmapError(optionCode(option), `${option} must be a whole number ${range}, not ${JSON.stringify(value)}`)
  }
  return value
}

function oneOf<T extends string>(value: unknown, option: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!allowed.includes(value as T)) throw new XdmapError(optionCode(option), `${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not ${JSON.stringify(value)}`)
  return value as T
}

/** Checks a delimiter option: one character other than a quote or a line end, or 'auto'. `tab` and `\t` mean a tab. */
export function normalizeDelimiter(delimiter: string | undefined): string {
  let d = delimiter ?? 'auto'
  if (d === 'tab' || d === '\\t') d = '\t'
  if (d !== 'auto' && [...d].length !== 1) throw new XdmapError('OPTION_DELIMITER', `--delimiter must be one character or "auto", not ${JSON.stringify(d)}`)
  if (d === '"' || d === '\n' || d === '\r') throw new XdmapError('OPTION_DELIMITER', '--delimiter cannot be a quote or a line end')
  return d
}

/** Names the option in an error a lower layer raised about its value. */
function named<T>(option: string, f: () => T): T {
  try { return f() } catch (e) {
    if (e instanceof XdmapError && !e.message.startsWith(option)) throw new XdmapError(e.code, `${option}: ${e.message}`, e.location, e.exitCode)
    throw e
  }
}

export function normalizeTimezone(timezone: string | undefined): string | undefined {
  if (timezone !== undefined) named('--timezone', () => getZone(timezone))
  return timezone
}

export function normalizeEncodingOption(encoding: string | undefined): Encoding {
  return named('--encoding', () => normalizeEncoding(encoding ?? 'utf8'))
}

function removedFjs(): never {
  throw new XdmapError('OPTION_SERIALIZER', '--serializer fjs (fast-json-stringify) was removed in 0.2: it measured slower than auto and json (bench/README.md); use auto (the default) or json')
}

export function normalizeRunOptions(o: RunOptions): RunSettings {
  if (!o.input) throw new XdmapError('USAGE', 'No input CSV given (a path, or - for stdin)')
  if (!o.out) throw new XdmapError('USAGE', 'No output directory given (--out DIR, or - for stdout)')
  const format = oneOf(o.format, '--format', ['json', 'parquet'] as const, 'json')
  const multiline = o.multiline ?? false
  if (multiline && format !== 'json') throw new XdmapError('OPTION_FORMAT', '--multiline applies to --format json only')
  const toStdout = o.out === '-'
  if (toStdout && format !== 'json') throw new XdmapError('OPTION_FORMAT', '--out - writes JSON Lines; Parquet needs an output directory')
  if (toStdout && multiline) throw new XdmapError('OPTION_FORMAT', '--out - writes JSON Lines; --multiline needs an output directory')
  if (!toStdout && o.rejectsDir !== undefined) throw new XdmapError('USAGE', '--rejects-dir applies to --out - only (otherwise rejects go to --out)')
  const compression = oneOf(o.compression, '--compression', ['snappy', 'gzip', 'zstd', 'none'] as const, 'snappy')
  const maxFileBytes = o.maxFileBytes === undefined ? DEFAULT_MAX_FILE_BYTES : wholeNumber(o.maxFileBytes, '--max-file-bytes', 1024)
  const maxErrors = String(o.maxErrors ?? '5%')
  const threads = o.threads === undefined ? undefined : wholeNumber(o.threads, '--threads', 0, 64)
  return {
    input: o.input,
    stdin: o.stdin,
    out: o.out,
    toStdout,
    stdout: o.stdout,
    rejectsDir: o.rejectsDir,
    format,
    compression,
    rowGroupRows: o.rowGroupRows === undefined ? 10_000 : wholeNumber(o.rowGroupRows, '--row-group-rows', 1),
    multiline,
    maxFileBytes,
    maxRows: o.maxRows === undefined ? undefined : wholeNumber(o.maxRows, '--max-rows', 1),
    maxErrors,
    threshold: parseThreshold(maxErrors),
    nullField: oneOf(o.onConversionError, '--on-conversion-error', ['reject-row', 'null-field'] as const, 'reject-row') === 'null-field',
    timezone: normalizeTimezone(o.timezone),
    encoding: normalizeEncodingOption(o.encoding),
    delimiter: normalizeDelimiter(o.delimiter),
    relaxQuotes: o.relaxQuotes,
    maxFieldBytes: o.maxFieldBytes === undefined ? 1024 * 1024 : wholeNumber(o.maxFieldBytes, '--max-field-bytes', 1),
    // a record needs at least "{}" and its newline
    maxRecordBytes: o.maxRecordBytes === undefined ? undefined : wholeNumber(o.maxRecordBytes, '--max-record-bytes', 2),
    threads,
    serializer: o.serializer === ('fjs' as string) ? removedFjs() : oneOf(o.serializer, '--serializer', ['auto', 'json'] as const, 'auto'),
    limit: o.limit === undefined ? undefined : wholeNumber(o.limit, '--limit', 1),
    force: o.force ?? false,
    errorDetails: o.errorDetails === undefined ? 1000 : wholeNumber(o.errorDetails, '--error-details', 1),
    suggestThreshold: o.suggestThreshold,
    signal: o.signal,
    onProgress: o.onProgress,
  }
}
