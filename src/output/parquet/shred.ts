import type { Shape } from '../../compile.js'

/**
 * The shredder: records (the row function's objects, already validated) straight into Parquet column vectors, one
 * record at a time (Dremel's algorithm over the shape tree). Per leaf column: its values in their physical form
 * (instants as epoch ms, dates as days since 1970, the rest as JavaScript has them; INT64 values are exact integers in
 * doubles, written as 8 bytes by the column writer without a BigInt each), a
 * null for each slot with no value, and the definition and repetition level of each slot. The schema is the one
 * parquetSchema() writes: every field OPTIONAL, arrays as 3-level LISTs, maps as MAP groups with REQUIRED keys.
 *
 * An interpreter over closures made once per shape: no generated code.
 */

export interface ColumnVectors {
  /** One entry per slot: the value, or null. */
  values: unknown[]
  definitionLevels: number[]
  /** Empty for columns without a repeated ancestor. */
  repetitionLevels: number[]
}

type Visit = (value: unknown, def: number, rep: number) => void

const DAY = 86_400_000

const d2 = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48

/** Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** `YYYY-MM-DD` (what the date converter writes) → days since 1970-01-01. */
export function dateDays(s: string): number {
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    return daysFromCivil(d2(s, 0) * 100 + d2(s, 2), d2(s, 5), d2(s, 8))
  }
  return Math.round(Date.parse(`${s}T00:00:00Z`) / DAY)
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ` (what the date-time converter writes) → epoch milliseconds. */
export function instantMs(s: string): number {
  if (s.length === 24 && s.charCodeAt(10) === 84 && s.charCodeAt(19) === 46 && s.charCodeAt(23) === 90) {
    const days = daysFromCivil(d2(s, 0) * 100 + d2(s, 2), d2(s, 5), d2(s, 8))
    const ms = (s.charCodeAt(20) - 48) * 100 + d2(s, 21)
    return days * DAY + d2(s, 11) * 3_600_000 + d2(s, 14) * 60_000 + d2(s, 17) * 1000 + ms
  }
  return Date.parse(s)
}

function leafConverter(xdmType: string): ((v: unknown) => unknown) | undefined {
  switch (xdmType) {
    case 'date': return (v) => dateDays(v as string)
    case 'date-time': return (v) => (typeof v === 'number' ? v : instantMs(v as string))
    default: return undefined
  }
}

export class Shredder {
  readonly columns: ColumnVectors[] = []
  /** Rows shredded so far. */
  rows = 0
  /** A rough size of the values shredded so far (string lengths, 8 bytes a number), to bound a row group. */
  bytes = 0
  /**
   * An upper bound of the JSON size (UTF-8) of the records shredded so far, grown per slot: the keys of its path
   * with quotes, colon, comma and braces, plus the value at its longest (6 bytes a UTF-16 unit, as \uXXXX; 25 for
   * a number). So a record's JSON need only be measured when its bound passes a limit.
   */
  bound = 0
  private readonly root: Visit
  private readonly repeated: boolean[] = []
  /** Per leaf column: the JSON bytes of its path's keys and punctuation, at most. */
  private readonly costs: number[] = []

  constructor(shape: Shape) {
    if (shape.kind !== 'object') throw new Error('record shape must be an object')
    this.root = this.node(shape, 0, 2)
    for (let i = 0; i < this.repeated.length; i++) this.columns.push({ values: [], definitionLevels: [], repetitionLevels: [] })
  }

  /**
   * Builds the visitor of one node; `reps` is the number of repeated ancestors (its repetition depth), `cost` the JSON
   * bytes its path's keys and punctuation take at most.
   */
  private node(shape: Shape, reps: number, cost: number): Visit {
    const first = this.repeated.length
    switch (shape.kind) {
      case 'leaf': {
        const index = first
        this.repeated.push(reps > 0)
        const convert = leafConverter(shape.xdmType)
        const self = this
        const numeric = shape.xdmType !== 'string' && shape.xdmType !== 'date' && shape.xdmType !== 'date-time'
        this.costs.push(cost)
        return (value, def, rep) => {
          const c = self.columns[index]!
          if (value === null || value === undefined) {
            c.values.push(null)
            c.definitionLevels.push(def)
            self.bound += cost
          } else {
            c.values.push(convert ? convert(value) : value)
            c.definitionLevels.push(def + 1)
            if (numeric) { self.bytes += 8; self.bound += cost + 25 } else { const n = (value as string).length; self.bytes += n; self.bound += cost + 6 * n + 2 }
          }
          if (reps) c.repetitionLevels.push(rep)
        }
      }
      case 'object': {
        const keys = shape.children.map(([k]) => k)
        const kids = shape.children.map(([k, s]) => this.node(s, reps, cost + Buffer.byteLength(JSON.stringify(k)) + 4))
        const last = this.repeated.length
        const nulls = this.nulls(first, last)
        return (value, def, rep) => {
          if (value === null || value === undefined) { nulls(def, rep); return }
          const o = value as Record<string, unknown>
          for (let k = 0; k < kids.length; k++) kids[k]!(o[keys[k]!], def + 1, rep)
        }
      }
      case 'array': {
        // optional LIST group (+1), repeated `list` (+1, one more repetition level), optional `element`
        const item = this.node(shape.items, reps + 1, cost + 4)
        const last = this.repeated.length
        const nulls = this.nulls(first, last)
        const level = reps + 1
        return (value, def, rep) => {
          if (value === null || value === undefined) { nulls(def, rep); return }
          const a = value as unknown[]
          if (!a.length) { nulls(def + 1, rep); return }
          for (let i = 0; i < a.length; i++) item(a[i], def + 2, i === 0 ? rep : level)
        }
      }
      case 'map': {
        // optional MAP group (+1), repeated `key_value` (+1), required `key`, optional `value`
        const keyIndex = first
        this.repeated.push(true)
        this.costs.push(cost + 4)
        const val = this.node(shape.values, reps + 1, cost + 4)
        const last = this.repeated.length
        const nulls = this.nulls(first, last)
        const level = reps + 1
        const self = this
        return (value, def, rep) => {
          if (value === null || value === undefined) { nulls(def, rep); return }
          const m = value as Record<string, unknown>
          let i = 0
          const kc = self.columns[keyIndex]!
          for (const k in m) {
            // JSON leaves a key without a value out, and so does the Parquet map
            if (!Object.prototype.hasOwnProperty.call(m, k) || m[k] === undefined) continue
            const r = i === 0 ? rep : level
            kc.values.push(k)
            kc.definitionLevels.push(def + 2)
            kc.repetitionLevels.push(r)
            self.bytes += k.length
            self.bound += cost + 6 * k.length + 6
            val(m[k], def + 2, r)
            i++
          }
          if (i === 0) nulls(def + 1, rep)
        }
      }
    }
  }

  /** Writes a null slot with levels (def, rep) into every leaf column in [first, last). */
  private nulls(first: number, last: number): (def: number, rep: number) => void {
    const self = this
    return (def, rep) => {
      for (let i = first; i < last; i++) {
        const c = self.columns[i]!
        self.bound += self.costs[i]!
        c.values.push(null)
        c.definitionLevels.push(def)
        if (self.repeated[i]) c.repetitionLevels.push(rep)
      }
    }
  }

  /** Shreds one record. */
  add(record: Record<string, unknown>): void {
    // the root is no level of its own: its children start at definition level 0
    this.root(record, -1, 0)
    this.rows++
  }

  /** Takes back the last record shredded. */
  undo(): void {
    for (const c of this.columns) {
      let at = c.values.length - 1
      if (c.repetitionLevels.length) while (at > 0 && c.repetitionLevels[at] !== 0) at--
      c.values.length = at
      c.definitionLevels.length = at
      if (c.repetitionLevels.length) c.repetitionLevels.length = at
    }
    this.rows--
  }

  /** Hands over the columns shredded so far and starts afresh. */
  take(): { rows: number; columns: ColumnVectors[] } {
    const out = { rows: this.rows, columns: this.columns.map((c) => ({ ...c })) }
    for (const c of this.columns) { c.values = []; c.definitionLevels = []; c.repetitionLevels = [] }
    this.rows = 0
    this.bytes = 0
    this.bound = 0
    return out
  }
}

/** Splits shredded columns at row `k`: the first k rows, and the rest. */
export function splitColumns(columns: ColumnVectors[], k: number): [ColumnVectors[], ColumnVectors[]] {
  const a: ColumnVectors[] = []
  const b: ColumnVectors[] = []
  for (const c of columns) {
    let at = k
    if (c.repetitionLevels.length) {
      // slot where row k starts: the (k+1)-th slot with repetition level 0
      let seen = 0
      at = c.repetitionLevels.length
      for (let i = 0; i < c.repetitionLevels.length; i++) if (c.repetitionLevels[i] === 0 && seen++ === k) { at = i; break }
    }
    a.push({ values: c.values.slice(0, at), definitionLevels: c.definitionLevels.slice(0, at), repetitionLevels: c.repetitionLevels.slice(0, at) })
    b.push({ values: c.values.slice(at), definitionLevels: c.definitionLevels.slice(at), repetitionLevels: c.repetitionLevels.slice(at) })
  }
  return [a, b]
}
