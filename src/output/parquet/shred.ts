import { _, join, Scope, type Code, type Name } from '../../codegen/code.js'
import type { Shape } from '../../codegen/compile.js'

/**
 * The shredder: records (the row function's objects, already validated) straight into Parquet column vectors, one
 * record at a time (Dremel's algorithm over the shape tree). Per leaf column: the definition level of each slot, its
 * repetition level (columns under a LIST or MAP), and the values of the slots that have one, in their physical form:
 * strings as UTF-8 bytes in PLAIN layout (with a dictionary while they repeat); numbers in a Float64Array (instants as epoch ms, dates as days since 1970, booleans as 0/1,
 * INT64 as exact integers, written as 8 bytes by the column writer without a BigInt each). Levels and numbers live in
 * typed arrays that are reused from group to group, so a row group in the making is little work for the collector.
 * The schema is the one parquetSchema() writes: every field OPTIONAL, arrays as 3-level LISTs, maps as MAP groups
 * with REQUIRED keys.
 *
 * Generated once per shape (codegen/code.ts): straight-line code with the record's keys as constants and each column
 * bound by name, so every property read and column call is monomorphic (an interpreter over closures spent a third of
 * a worker's time in megamorphic calls and keyed reads).
 */

/**
 * The strings of a column, without a string kept per value: while they repeat enough, a dictionary (its distinct
 * strings, their UTF-8 lengths) and each value's index into it; once they do not, Parquet's PLAIN layout (4-byte
 * little-endian length, UTF-8 bytes). `plainBytes` is the PLAIN size either way.
 */
export interface TextValues {
  plain?: Uint8Array
  count: number
  dictionary?: { keys: string[]; keyBytes: number[]; indexes: Int32Array; bytes: number; plainBytes: number }
}

/** The vectors of one column in a row group (typed arrays are views: valid until the shredder goes on). */
export interface ColumnVectors {
  /** Values of the slots at the maximum definition level, in order. */
  values: TextValues | Float64Array
  definitionLevels: Uint8Array
  /** Empty for columns without a repeated ancestor. */
  repetitionLevels: Uint8Array
}

/** The shape tree with its columns: what the generated code is made from. Columns [first, last) are the node's. */
type Node = { first: number; last: number } & (
  | { kind: 'leaf'; xdmType: string; col: Column; cost: number }
  | { kind: 'object'; kids: [string, Node][] }
  | { kind: 'array'; item: Node; level: number }
  | { kind: 'map'; key: Column; value: Node; level: number; cost: number })

const DAY = 86_400_000
const EMPTY = new Uint8Array(0)

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


/** Distinct values past which a dictionary is given up when they are more than half of the values. */
const DICTIONARY_PROBE = 64

/** One column being filled. */
class Column {
  plain: Buffer = Buffer.allocUnsafeSlow(0)
  /** Bytes of `plain` used. */
  p = 0
  /** The dictionary while the strings repeat enough (then no PLAIN bytes are written), else undefined. */
  dictionary: Map<string, number> | undefined
  keys: string[] = []
  keyBytes: number[] = []
  dictionaryBytes = 0
  plainBytes = 0
  indexes = new Int32Array(0)
  numbers = new Float64Array(1024)
  /** Values so far. */
  n = 0
  def = new Uint8Array(1024)
  rep: Uint8Array | undefined
  /** Slots so far. */
  slots = 0
  readonly maxDefinitionLevel: number

  constructor(readonly text: boolean, repeated: boolean, maxDefinitionLevel: number) {
    if (repeated) this.rep = new Uint8Array(1024)
    this.maxDefinitionLevel = maxDefinitionLevel
    if (text) { this.plain = Buffer.allocUnsafeSlow(1 << 16); this.indexes = new Int32Array(1024); this.dictionary = new Map() }
  }

  slot(def: number, rep: number): void {
    if (this.slots === this.def.length) {
      const d = new Uint8Array(this.def.length * 2); d.set(this.def); this.def = d
      if (this.rep) { const r = new Uint8Array(this.def.length); r.set(this.rep); this.rep = r }
    }
    this.def[this.slots] = def
    if (this.rep) this.rep[this.slots] = rep
    this.slots++
  }

  number(v: number): void {
    if (this.n === this.numbers.length) { const a = new Float64Array(this.n * 2); a.set(this.numbers); this.numbers = a }
    this.numbers[this.n++] = v
  }

  string(v: string): void {
    const d = this.dictionary
    if (d) {
      let k = d.get(v)
      if (k === undefined) {
        k = this.keys.length
        if (k >= DICTIONARY_PROBE && 2 * k > this.n) this.toPlain()
        else {
          const n = Buffer.byteLength(v)
          d.set(v, k)
          this.keys.push(v)
          this.keyBytes.push(n)
          this.dictionaryBytes += n
        }
      }
      if (this.dictionary) {
        if (this.n === this.indexes.length) { const a = new Int32Array(this.n * 2); a.set(this.indexes); this.indexes = a }
        this.indexes[this.n++] = k
        this.plainBytes += 4 + this.keyBytes[k]!
        return
      }
    }
    this.writePlain(v)
    this.n++
  }

  /** The dictionary is given up: the values so far become PLAIN bytes. */
  private toPlain(): void {
    for (let i = 0; i < this.n; i++) this.writePlain(this.keys[this.indexes[i]!]!)
    this.dictionary = undefined
    this.keys = []
    this.keyBytes = []
  }

  private writePlain(v: string): void {
    const need = this.p + 4 + 3 * v.length
    if (need > this.plain.length) {
      const b = Buffer.allocUnsafeSlow(Math.max(need, this.plain.length * 2))
      this.plain.copy(b, 0, 0, this.p)
      this.plain = b
    }
    const buf = this.plain
    const at = this.p + 4
    let n = v.length
    // short ASCII strings byte by byte (Buffer#write costs more to call than to copy them); else Buffer#write
    if (n <= 48) {
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i)
        if (c >= 0x80) { n = buf.write(v, at); break }
        buf[at + i] = c
      }
    } else n = buf.write(v, at)
    buf[this.p] = n & 0xff
    buf[this.p + 1] = (n >>> 8) & 0xff
    buf[this.p + 2] = (n >>> 16) & 0xff
    buf[this.p + 3] = n >>> 24
    this.p = at + n
    this.plainBytes += 4 + n
  }

  private textValues(): TextValues {
    if (this.dictionary) return { count: this.n, dictionary: { keys: this.keys, keyBytes: this.keyBytes, indexes: this.indexes.subarray(0, this.n), bytes: this.dictionaryBytes, plainBytes: this.plainBytes } }
    return { plain: this.plain.subarray(0, this.p), count: this.n }
  }

  vectors(): ColumnVectors {
    return {
      values: this.text ? this.textValues() : this.numbers.subarray(0, this.n),
      definitionLevels: this.def.subarray(0, this.slots),
      repetitionLevels: this.rep ? this.rep.subarray(0, this.slots) : EMPTY,
    }
  }

  reset(): void {
    if (this.text) { this.p = 0; this.dictionary = new Map(); this.keys = []; this.keyBytes = []; this.dictionaryBytes = 0; this.plainBytes = 0 }
    this.n = 0
    this.slots = 0
  }

  /** Takes back the slots from `slot` on. */
  truncate(slot: number): void {
    let values = 0
    for (let i = slot; i < this.slots; i++) if (this.def[i] === this.maxDefinitionLevel) values++
    // (a dictionary keeps the values it saw: an unused entry is allowed)
    if (this.text && this.dictionary) for (let i = this.n - values; i < this.n; i++) this.plainBytes -= 4 + this.keyBytes[this.indexes[i]!]!
    this.n -= values
    if (this.text && !this.dictionary) { this.p = plainEnd(this.plain, this.n); this.plainBytes = this.p }
    this.slots = slot
  }
}

export class Shredder {
  private readonly columns: Column[] = []
  /** Rows shredded so far. */
  rows = 0
  /** A rough size of the values shredded so far (string lengths, 8 bytes a number), to bound a row group. */
  bytes = 0
  /**
   * An upper bound of the JSON size (UTF-8) of the records shredded so far, grown per slot: the keys of its path
   * with quotes, colon, comma and braces, plus the value at its longest (6 bytes a UTF-16 unit, as \\uXXXX; 25 for
   * a number). So a record's JSON need only be measured when its bound passes a limit.
   */
  bound = 0
  private readonly root: (record: unknown) => void
  /** Per leaf column: the JSON bytes of its path's keys and punctuation, at most. */
  private readonly costs: number[] = []

  constructor(shape: Shape) {
    if (shape.kind !== 'object') throw new Error('record shape must be an object')
    // the root is no level of its own: its children start at definition level 0
    this.root = compileShredder(this.node(shape, 0, -1, 2), this, this.columns, this.costs)
  }

  /**
   * Makes the leaf columns of `shape` (depth first, as parquetSchema() orders them) and the code that shreds a
   * value of it (`gen` below); `reps` is the number of repeated ancestors, `defs` the definition level of its parent
   * when present, `cost` the JSON bytes its path's keys and punctuation take at most.
   */
  private node(shape: Shape, reps: number, defs: number, cost: number): Node {
    const first = this.columns.length
    switch (shape.kind) {
      case 'leaf': {
        const col = new Column(shape.xdmType === 'string', reps > 0, defs + 1)
        this.columns.push(col)
        this.costs.push(cost)
        return { kind: 'leaf', xdmType: shape.xdmType, col, cost, first, last: this.columns.length }
      }
      case 'object': {
        const kids = shape.children.map(([k, s]): [string, Node] => [k, this.node(s, reps, defs + 1, cost + Buffer.byteLength(JSON.stringify(k)) + 4)])
        return { kind: 'object', kids, first, last: this.columns.length }
      }
      case 'array': {
        // optional LIST group (+1), repeated `list` (+1, one more repetition level), optional `element`
        const item = this.node(shape.items, reps + 1, defs + 2, cost + 4)
        return { kind: 'array', item, level: reps + 1, first, last: this.columns.length }
      }
      case 'map': {
        // optional MAP group (+1), repeated `key_value` (+1), required `key`, optional `value`
        const key = new Column(true, true, defs + 2)
        this.columns.push(key)
        this.costs.push(cost + 4)
        const value = this.node(shape.values, reps + 1, defs + 2, cost + 4)
        return { kind: 'map', key, value, level: reps + 1, cost, first, last: this.columns.length }
      }
    }
  }

  /** Shreds one record. */
  add(record: Record<string, unknown>): void {
    this.root(record)
    this.rows++
  }

  /** Takes back the last record shredded. */
  undo(): void {
    for (const c of this.columns) {
      let at = c.slots - 1
      if (c.rep) while (at > 0 && c.rep[at] !== 0) at--
      c.truncate(at)
    }
    this.rows--
  }

  /**
   * The columns shredded so far, for encoding right away: the typed arrays are views that the next add() overwrites.
   * The shredder starts afresh.
   */
  take(): { rows: number; columns: ColumnVectors[] } {
    const out = { rows: this.rows, columns: this.columns.map((c) => c.vectors()) }
    for (const c of this.columns) c.reset()
    this.rows = 0
    this.bytes = 0
    this.bound = 0
    return out
  }

  /** Per leaf column, its maximum definition level (to split vectors by rows). */
  get maxDefinitionLevels(): number[] {
    return this.columns.map((c) => c.maxDefinitionLevel)
  }
}

/** Byte offset in PLAIN-encoded strings where value `k` starts. */
function plainEnd(plain: Uint8Array, k: number): number {
  let p = 0
  for (let i = 0; i < k; i++) p += 4 + (plain[p]! | (plain[p + 1]! << 8) | (plain[p + 2]! << 16) | (plain[p + 3]! << 24))
  return p
}

function sliceValues(v: TextValues | Float64Array, from: number, to: number): TextValues | Float64Array {
  if (v instanceof Float64Array) return v.slice(from, to)
  const d = v.dictionary
  if (d) {
    const indexes = d.indexes.slice(from, to)
    let plainBytes = 0
    for (const k of indexes) plainBytes += 4 + d.keyBytes[k]!
    return { count: to - from, dictionary: { ...d, indexes, plainBytes } }
  }
  return { plain: v.plain!.slice(plainEnd(v.plain!, from), plainEnd(v.plain!, to)), count: to - from }
}

/** Splits shredded columns at row `k`: the first k rows, and the rest. */
export function splitColumns(columns: ColumnVectors[], maxDefinitionLevels: readonly number[], k: number): [ColumnVectors[], ColumnVectors[]] {
  const a: ColumnVectors[] = []
  const b: ColumnVectors[] = []
  columns.forEach((c, j) => {
    const slots = c.definitionLevels.length
    let at = k
    if (c.repetitionLevels.length) {
      // slot where row k starts: the (k+1)-th slot with repetition level 0
      let seen = 0
      at = slots
      for (let i = 0; i < slots; i++) if (c.repetitionLevels[i] === 0 && seen++ === k) { at = i; break }
    }
    let values = 0
    for (let i = 0; i < at; i++) if (c.definitionLevels[i] === maxDefinitionLevels[j]) values++
    const rep = c.repetitionLevels.length
    const count = c.values instanceof Float64Array ? c.values.length : c.values.count
    a.push({ values: sliceValues(c.values, 0, values), definitionLevels: c.definitionLevels.slice(0, at), repetitionLevels: rep ? c.repetitionLevels.slice(0, at) : EMPTY })
    b.push({ values: sliceValues(c.values, values, count), definitionLevels: c.definitionLevels.slice(at), repetitionLevels: rep ? c.repetitionLevels.slice(at) : EMPTY })
  })
  return [a, b]
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/**
 * The UTF-8 size of a record's JSON as the JSON sink writes it (JSON.stringify), with date-time values held as epoch
 * ms counted as the ISO text they stand for. For the rare record whose bound passes AEP's record limit.
 */
export function jsonBytes(record: unknown, shape: Shape): number {
  let extra = 0
  const walk = (v: unknown, sh: Shape): void => {
    if (v === null || v === undefined) return
    switch (sh.kind) {
      case 'leaf':
        if (sh.xdmType === 'date-time' && typeof v === 'number') extra += new Date(v).toISOString().length + 2 - JSON.stringify(v).length
        return
      case 'object':
        for (const [k, c] of sh.children) if (hasOwn(v as object, k)) walk((v as Record<string, unknown>)[k], c)
        return
      case 'array':
        if (Array.isArray(v)) for (const x of v) walk(x, sh.items)
        return
      case 'map':
        for (const k of Object.keys(v as object)) walk((v as Record<string, unknown>)[k], sh.values)
    }
  }
  walk(record, shape)
  return Buffer.byteLength(JSON.stringify(record)) + extra
}

/**
 * The shredding function of a node tree: `(record) => void`, filling the nodes' columns and the shredder's `bytes` and
 * `bound`. Definition levels are constants of the code; repetition levels are 0 outside LISTs and MAPs and a local
 * inside their loops.
 */
function compileShredder(root: Node, shredder: Shredder, columns: readonly Column[], allCosts: readonly number[]): (record: unknown) => void {
  const scope = new Scope()
  const s = scope.value('s', shredder)
  const own = scope.value('own', hasOwn)
  const col = (c: Column): Name => scope.value('c', c)

  /** Null slots at (def, rep) in every column of `n`. */
  const nulls = (n: Node, def: number, rep: Code): Code => {
    const out: Code[] = []
    let cost = 0
    for (let i = n.first; i < n.last; i++) { out.push(_`${col(columns[i]!)}.slot(${def}, ${rep});`); cost += allCosts[i]! }
    return _`${join(out, _` `)} ${s}.bound += ${cost};`
  }
  /** A property of object `o`: a named read, except for names Object.prototype has (only own ones count). */
  const read = (o: Name, key: string): Code => (key in Object.prototype ? _`(${own}(${o}, ${key}) ? ${o}[${key}] : undefined)` : _`${o}[${key}]`)

  const gen = (n: Node, v: Name, def: number, rep: Code): Code => {
    switch (n.kind) {
      case 'leaf': {
        const c = col(n.col)
        let store: Code
        let measure: Code
        switch (n.xdmType) {
          case 'string': store = _`${c}.string(${v});`; break
          case 'date': store = _`${c}.number(${scope.value('dateDays', dateDays)}(${v}));`; break
          case 'date-time': store = _`${c}.number(typeof ${v} === "number" ? ${v} : ${scope.value('instantMs', instantMs)}(${v}));`; break
          case 'boolean': store = _`${c}.number(${v} ? 1 : 0);`; break
          // + 0: -0 becomes 0, as in the JSON text (JSON has no negative zero)
          default: store = _`${c}.number(${v} + 0);`
        }
        // dates are strings in the record (their JSON is as long as they are); instants are epoch ms (a row function
        // compiled for Parquet) or ISO text (STATIC values, a row function compiled for JSON): as ISO text they take at
        // most 29 bytes of JSON (quoted, six-digit years)
        if (n.xdmType === 'date-time') measure = _`${s}.bytes += 8; ${s}.bound += ${n.cost + 2} + (typeof ${v} === "number" ? 27 : 6 * ${v}.length);`
        else if (n.xdmType === 'string' || n.xdmType === 'date') measure = _`${s}.bytes += ${v}.length; ${s}.bound += ${n.cost + 2} + 6 * ${v}.length;`
        else measure = _`${s}.bytes += 8; ${s}.bound += ${n.cost + 25};`
        return _`if (${v} === null || ${v} === undefined) { ${c}.slot(${def}, ${rep}); ${s}.bound += ${n.cost}; } else { ${c}.slot(${def + 1}, ${rep}); ${store} ${measure} }`
      }
      case 'object': {
        const body = n.kids.map(([k, kid]) => {
          const x = scope.name('v')
          return _`const ${x} = ${read(v, k)}; ${gen(kid, x, def + 1, rep)}`
        })
        return _`if (${v} === null || ${v} === undefined) { ${nulls(n, def, rep)} } else { ${join(body, _`
`)} }`
      }
      case 'array': {
        const i = scope.name('i'), r = scope.name('r'), x = scope.name('v')
        return _`if (${v} === null || ${v} === undefined) { ${nulls(n, def, rep)} } else if (${v}.length === 0) { ${nulls(n, def + 1, rep)} } else {
  for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { const ${r} = ${i} === 0 ? ${rep} : ${n.level}; const ${x} = ${v}[${i}]; ${gen(n.item, x, def + 2, _`${r}`)} }
}`
      }
      case 'map': {
        const i = scope.name('i'), r = scope.name('r'), k = scope.name('k'), x = scope.name('v'), kc = col(n.key)
        // JSON leaves a key without a value out, and so does the Parquet map
        return _`if (${v} === null || ${v} === undefined) { ${nulls(n, def, rep)} } else {
  let ${i} = 0;
  for (const ${k} in ${v}) {
    if (!${own}(${v}, ${k})) continue;
    const ${x} = ${v}[${k}];
    if (${x} === undefined) continue;
    const ${r} = ${i} === 0 ? ${rep} : ${n.level};
    ${kc}.slot(${def + 2}, ${r}); ${kc}.string(${k}); ${s}.bytes += ${k}.length; ${s}.bound += ${n.cost + 6} + 6 * ${k}.length;
    ${gen(n.value, x, def + 2, _`${r}`)}
    ${i}++;
  }
  if (${i} === 0) { ${nulls(n, def + 1, rep)} }
}`
      }
    }
  }
  const record = scope.name('record')
  return scope.compile<(record: unknown) => void>([record], gen(root, record, -1, _`0`), 'xdmapShred').fn
}
