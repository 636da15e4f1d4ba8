import { join } from 'node:path'
import type { Issue, IssueClass } from '../util/errors.js'
import { AtomicFile, type FileReport } from '../util/atomic-file.js'

/** A rejected row, as errors.json writes it (AEP's row-error shape plus where it came from). */
export interface RejectEntry {
  _corrupt_record: string
  _errors: { code: string; message: string; class: IssueClass; column?: string; field?: string; value?: unknown }[]
  _filename: string
  line: number
  record: number
  column?: string
  field?: string
}

/** errors.json keeps this many rows per code (of the row's first issue) in full; the rest are counted only. */
export const DEFAULT_ERROR_DETAILS_PER_CODE = 1000

export interface RejectsReport {
  rejects: FileReport
  errors: FileReport & { omittedByCode?: Record<string, number> }
}

export interface RejectsOptions {
  dir: string
  /** The header line as read, written first so rejects.csv can be fixed and re-run as it is. */
  headerLine: string
  /** Input name written to `_filename`. */
  filename: string
  /** Rows per code kept in full in errors.json. Default 1000. */
  detailsPerCode?: number
  /** Turns a raw row back into the bytes it was read from (default: UTF-8 of the text). */
  rawBytes?: (raw: string) => Uint8Array
}

/**
 * The rejects sink: the raw CSV text of every rejected row to rejects.csv (header first) and one JSON line per
 * rejected row to errors.json, at most `detailsPerCode` rows per code in full so a mapping that rejects every row of a
 * large file cannot fill the disk (the rest are counted in the report). Both files are written atomically. It counts
 * nothing: the router owns the counts.
 */
/** Where rejected rows go. */
export interface Rejects {
  write(raw: string, line: number, record: number, issues: readonly Issue[]): Promise<void> | undefined
  finish(): Promise<RejectsReport | undefined>
  abort(): Promise<void>
  /** First few rejects, kept for the summary on stderr. */
  readonly first: RejectEntry[]
}

/** Rejects that are only counted (`--out -` without `--rejects-dir`); the first few are kept for the summary. */
export function discardRejects(filename: string): Rejects {
  const first: RejectEntry[] = []
  return {
    first,
    write(raw, line, record, issues) {
      if (first.length < 5) first.push({ _corrupt_record: raw, _errors: issues.map((i) => ({ code: i.code, message: i.message, class: i.class })), _filename: filename, line, record })
      return undefined
    },
    async finish() { return undefined },
    async abort() {},
  }
}

export class RejectsSink implements Rejects {
  private readonly csv: AtomicFile
  private readonly errors: AtomicFile
  private readonly filename: string
  private readonly perCode: number
  private readonly kept = new Map<string, number>()
  private readonly omitted: Record<string, number> = {}
  private readonly rawBytes: (raw: string) => Uint8Array
  /** First few rejects, kept for the summary on stderr. */
  readonly first: RejectEntry[] = []

  constructor(options: RejectsOptions) {
    this.csv = new AtomicFile(join(options.dir, 'rejects.csv'))
    this.errors = new AtomicFile(join(options.dir, 'errors.json'))
    this.filename = options.filename
    this.perCode = options.detailsPerCode ?? DEFAULT_ERROR_DETAILS_PER_CODE
    this.rawBytes = options.rawBytes ?? ((raw) => Buffer.from(raw, 'utf8'))
    this.csv.write(this.rawBytes(options.headerLine))
    this.csv.write('\n')
  }

  /** Writes one rejected row (`issues` non-empty). Returns a promise when the caller should wait for the disk. */
  write(raw: string, line: number, record: number, issues: readonly Issue[]): Promise<void> | undefined {
    this.csv.write(this.rawBytes(raw))
    const p2 = this.csv.write('\n')
    this.csv.rows++
    const code = issues[0]!.code
    const n = this.kept.get(code) ?? 0
    if (n >= this.perCode && this.first.length >= 5) {
      this.omitted[code] = (this.omitted[code] ?? 0) + 1
      return p2
    }
    const entry: RejectEntry = {
      _corrupt_record: raw,
      _errors: issues.map((i) => {
        const e: RejectEntry['_errors'][number] = { code: i.code, message: i.message, class: i.class }
        if (i.column !== undefined) e.column = i.column
        if (i.field !== undefined) e.field = i.field
        if (i.value !== undefined) e.value = i.value
        return e
      }),
      _filename: this.filename,
      line,
      record,
    }
    const withColumn = issues.find((i) => i.column !== undefined)
    if (withColumn) entry.column = withColumn.column!
    const withField = issues.find((i) => i.field !== undefined)
    if (withField) entry.field = withField.field!
    if (this.first.length < 5) this.first.push(entry)
    if (n >= this.perCode) { this.omitted[code] = (this.omitted[code] ?? 0) + 1; return p2 }
    this.kept.set(code, n + 1)
    const p1 = this.errors.write(JSON.stringify(entry) + '\n')
    this.errors.rows++
    return p1 ?? p2
  }

  async finish(): Promise<RejectsReport> {
    const rejects = await this.csv.commit()
    const errors = await this.errors.commit()
    return { rejects, errors: Object.keys(this.omitted).length ? { ...errors, omittedByCode: { ...this.omitted } } : errors }
  }

  async abort(): Promise<void> {
    await this.csv.abort()
    await this.errors.abort()
  }
}
