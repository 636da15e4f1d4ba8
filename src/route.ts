import { join } from 'node:path'
import { rawBytes } from './csv/decode.js'
import { XdmapError, type Issue, type IssueClass } from './errors.js'
import { AtomicFile, type FileReport } from './sinks/file.js'

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

export interface Counts {
  /** Data rows read (header and blank lines excluded). */
  read: number
  written: number
  rejected: number
  rejectedByClass: Record<IssueClass, number>
  /** Issues by code: every issue of every rejected row, plus conversion issues whose field was nulled. */
  issuesByCode: Record<string, number>
  /** Fields dropped under `--on-conversion-error null-field` in rows that were kept. */
  nulledFields: number
  /** Blank lines skipped (not rows). */
  emptyLines: number
}

export interface ThresholdOutcome {
  limit: string
  rejected: number
  read: number
  passed: boolean
}

export function newCounts(): Counts {
  return { read: 0, written: 0, rejected: 0, rejectedByClass: { parsing: 0, conversion: 0, validation: 0 }, issuesByCode: {}, nulledFields: 0, emptyLines: 0 }
}

export function evaluateThreshold(counts: Counts, threshold: ErrorThreshold): ThresholdOutcome {
  const passed = 'percent' in threshold
    ? counts.rejected * 100 <= threshold.percent * counts.read
    : counts.rejected <= threshold.count
  return { limit: formatThreshold(threshold), rejected: counts.rejected, read: counts.read, passed }
}

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

/**
 * Routes rejected rows: the raw CSV text to rejects.csv (header first, so the file can be fixed and
 * re-run as it is) and one JSON line per row to errors.json. Both are written atomically.
 */
export class Rejects {
  readonly csv: AtomicFile
  readonly errors: AtomicFile
  readonly counts: Counts
  private readonly filename: string
  /** First few rejects, kept for the summary on stderr. */
  readonly first: RejectEntry[] = []

  constructor(dir: string, headerLine: string, counts: Counts, filename: string) {
    this.csv = new AtomicFile(join(dir, 'rejects.csv'))
    this.errors = new AtomicFile(join(dir, 'errors.json'))
    this.counts = counts
    this.filename = filename
    // UTF-8, with the bytes of invalid UTF-8 restored: a rejected row is written exactly as the input held it
    this.csv.write(rawBytes(headerLine + '\n', 'utf8'))
  }

  /** Rejects one row. `issues` is non-empty; the row's class is the class of its first issue. */
  reject(raw: string, line: number, record: number, issues: readonly Issue[]): Promise<void> | undefined {
    const c = this.counts
    c.rejected++
    c.rejectedByClass[issues[0]!.class]++
    for (const i of issues) c.issuesByCode[i.code] = (c.issuesByCode[i.code] ?? 0) + 1
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
    const json = JSON.stringify(entry) + '\n'
    const p1 = this.errors.write(json)
    this.errors.rows++
    const p2 = this.csv.write(rawBytes(raw + '\n', 'utf8'))
    this.csv.rows++
    return p1 ?? p2
  }

  async finish(): Promise<{ rejects: FileReport; errors: FileReport }> {
    return { rejects: await this.csv.commit(), errors: await this.errors.commit() }
  }

  async abort(): Promise<void> {
    await this.csv.abort()
    await this.errors.abort()
  }
}
