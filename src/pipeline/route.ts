import type { Issue, IssueClass } from '../util/errors.js'
import type { Rejects } from '../output/rejects.js'
import type { Sink } from '../output/jsonl.js'
import type { GroupSink } from '../output/parquet/sink.js'
import type { ErrorThreshold } from '../plan/options.js'
import { formatThreshold } from '../plan/options.js'
import type { BatchResult } from './processor.js'

/**
 * Route: the one place that decides where each row ends (a batch file or the rejects) and counts it. Every other
 * stage reports to it; nothing else changes the counts. `read = written + rejected` holds by construction and is
 * checked at the end.
 */

export interface Counts {
  /** Data rows read (header, blank and whitespace-only lines excluded). */
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
  /** Lines skipped that are not rows: blank or whitespace-only lines, a `sep=` line, title lines above the header. */
  skipped: number
}

export interface ThresholdOutcome {
  limit: string
  rejected: number
  read: number
  passed: boolean
}

export function newCounts(): Counts {
  return { read: 0, written: 0, rejected: 0, rejectedByClass: { parsing: 0, conversion: 0, validation: 0 }, issuesByCode: {}, nulledFields: 0, emptyLines: 0, skipped: 0 }
}

export function evaluateThreshold(counts: Counts, threshold: ErrorThreshold): ThresholdOutcome {
  const passed = 'percent' in threshold
    ? counts.rejected * 100 <= threshold.percent * counts.read
    : counts.rejected <= threshold.count
  return { limit: formatThreshold(threshold), rejected: counts.rejected, read: counts.read, passed }
}

/**
 * What the reader keeps of a batch until its result is back: line and record numbers, and the rows it rejected
 * itself (parse errors) with their raw text. Not the batch text or the row objects (a worker sends back the raw text
 * of the rows it rejects).
 */
export interface PendingBatch {
  lines: Float64Array
  records: Float64Array
  own: Map<number, { issue: Issue; raw: string }>
}

export class Router {
  readonly counts: Counts = newCounts()
  private readonly sink: Sink
  private readonly rejects: Rejects

  constructor(sink: Sink, rejects: Rejects) {
    this.sink = sink
    this.rejects = rejects
  }

  /** Lines that are not rows. */
  skip(emptyLines: number, otherLines = 0): void {
    this.counts.emptyLines += emptyLines
    this.counts.skipped += emptyLines + otherLines
  }

  /** Routes the rows of one batch: the written lines in one piece, then the rejects. `rawOf` gives a row's raw text when the result does not carry it. */
  async settle(p: PendingBatch, result: BatchResult, rawOf?: (i: number) => string): Promise<void> {
    const c = this.counts
    for (const code in result.nulled) {
      const n = result.nulled[code]!
      c.nulledFields += n
      c.issuesByCode[code] = (c.issuesByCode[code] ?? 0) + n
    }
    const { lengths } = result
    c.read += lengths.length
    let written = 0
    for (let i = 0; i < lengths.length; i++) if (lengths[i]! >= 0) written++
    c.written += written
    // Parquet: finished row groups (of this batch's rows and earlier ones); otherwise the batch's JSON lines
    if (result.groups) { if (result.groups.length) await (this.sink as GroupSink).writeGroups(result.groups) }
    else if (written) await this.sink.writeLines(result.buffer, lengths)
    if (written === lengths.length) return
    const byRow = new Map(result.rejects.map((r) => [r.index, r]))
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i]! >= 0) continue
      const own = p.own.get(i)
      const r = byRow.get(i)
      const wait = own
        ? this.reject(own.raw, p.lines[i]!, p.records[i]!, [own.issue])
        : this.reject(r!.raw ?? rawOf!(i), p.lines[i]!, p.records[i]!, r!.issues)
      if (wait) await wait
    }
  }

  private reject(raw: string, line: number, record: number, issues: readonly Issue[]): Promise<void> | undefined {
    const c = this.counts
    c.rejected++
    c.rejectedByClass[issues[0]!.class]++
    for (const i of issues) c.issuesByCode[i.code] = (c.issuesByCode[i.code] ?? 0) + 1
    return this.rejects.write(raw, line, record, issues)
  }

  /** The final tally; throws if a row went missing (a bug, never a data problem). */
  close(threshold: ErrorThreshold): ThresholdOutcome {
    const c = this.counts
    if (c.read !== c.written + c.rejected) throw new Error(`internal: read ${c.read} != written ${c.written} + rejected ${c.rejected}`)
    return evaluateThreshold(c, threshold)
  }
}
