import { _, join, type Code, type Name, type Scope } from './code.js'
import type { Feed } from './row.js'
import type { ResolvedMapping } from '../mapping/load.js'
import type { TNode } from './tree.js'

/**
 * The byte writer: a function of its own that writes a record's JSON text, UTF-8, into a JsonWriter, pre-order, from
 * the locals the object builder computed (passed as arguments: a node left out is undefined). Same keys in the same
 * order as the built object, so the text equals JSON.stringify(record) (the tests check). Constant pieces next to each
 * other (braces, keys with their commas, STATIC values) are merged and written as bytes: stored from the code, four
 * bytes a store and without a room check, when short; copied from a byte array when longer.
 */

export interface WriterNames {
  w: Name
  cells: Name
  /** Leaf date-time values fed by a column or a leaf expression are epoch ms (compileMapping's instantsMs). */
  instantsMs?: boolean
}

/** Up to this many bytes, a constant piece is stored byte by byte from the code. */
const INLINE_BYTES = 32
const encoder = new TextEncoder()

type Piece = Code | { text: string }

/** The writer's body for `tree`; reads the locals in `locals`, and cells (numbers written as the cell has them). */
export function writeRecord(tree: TNode, locals: ReadonlyMap<TNode, Name>, feedOf: (m: ResolvedMapping) => Feed, scope: Scope, names: WriterNames): Code {
  const { w, cells } = names
  const instantsMs = names.instantsMs === true
  /** Bytes of all the constant pieces stored from the code (both branches of an if counted). */
  let inline = 0
  const bytes = (text: string): Code => {
    const b = encoder.encode(text)
    if (b.length > INLINE_BYTES) return _`${w}.bytes(${scope.value('bytes', b)});`
    // four bytes a store (then two, then one), little-endian: a quarter of the stores for TurboFan to compile
    const stores: Code[] = []
    for (let i = 0; i < b.length;) {
      const at = i ? _`p + ${i}` : _`p`
      const left = b.length - i
      if (left >= 4) { stores.push(_`d.setUint32(${at}, ${(b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0}, true);`); i += 4 }
      else if (left >= 2) { stores.push(_`d.setUint16(${at}, ${b[i]! | (b[i + 1]! << 8)}, true);`); i += 2 }
      else { stores.push(_`d.setUint8(${at}, ${b[i]!});`); i += 1 }
    }
    // no room check: the writer's slack holds every constant piece between two calls that check (see below)
    inline += b.length
    return _`{ const d = ${w}.dv, p = ${w}.p; ${join(stores, _` `)} ${w}.p = p + ${b.length}; }`
  }
  const flags: Name[] = []

  /** The pieces writing the value of a node known to be present. */
  const write = (node: TNode): Piece[] => {
    const v = locals.get(node)!
    const m = node.mapping
    if (m) {
      const feed = feedOf(m)
      if (feed.kind === 'constant') return [{ text: JSON.stringify(feed.value) }]
      // an expression's whole object, map or array: plain JSON data
      if (node.kind !== 'leaf') return [_`${w}.json(${v});`]
      const t = node.field.xdmType
      if (t === 'boolean') return [_`if (${v}) ${bytes('true')} else ${bytes('false')}`]
      // an instant as epoch ms (a row function compiled with instantsMs: columns and leaf expressions) or ISO text
      if (t === 'date-time' && instantsMs) return [_`${w}.instant(${v});`]
      if (t === 'string' || t === 'date' || t === 'date-time') return [_`${w}.string(${v});`]
      // a number read from a cell is usually written as the cell has it
      return [feed.kind === 'column' ? _`${w}.numberFrom(${v}, ${cells}[${feed.column}]);` : _`${w}.number(${v});`]
    }
    const array = node.kind === 'array'
    const out: Piece[] = [{ text: array ? '[' : '{' }]
    // whether a member is written yet: known while only always-present members came before, else a flag
    let state: 'none' | 'some' | 'flag' = 'none'
    const flag = scope.name('f')
    let flagged = false
    for (const c of node.children) {
      const key = array ? '' : `${JSON.stringify(String(c.key))}:`
      if (!c.always) out.push(_`if (${locals.get(c)!} !== undefined) {`)
      if (state === 'none') { if (key) out.push({ text: key }) }
      else if (state === 'some') out.push({ text: `,${key}` })
      else out.push(_`if (${flag}) ${bytes(`,${key}`)} else { ${key ? bytes(key) : _``} ${flag} = true; }`)
      out.push(...write(c))
      if (!c.always) {
        if (state === 'none') { out.push(_`${flag} = true;`); state = 'flag'; flagged = true }
        out.push(_`}`)
      } else state = 'some'
    }
    out.push({ text: array ? ']' : '}' })
    if (flagged) flags.push(flag)
    return out
  }

  const pieces = write(tree)
  // each object is written at most once per row, so its flag is declared (false) once at the top
  const code: Code[] = flags.length ? [_`let ${join(flags.map((f) => _`${f} = false`), _`, `)};`] : []
  const body: Code[] = []
  let pending = ''
  for (const p of pieces) {
    if ('text' in p) { pending += p.text; continue }
    if (pending) { body.push(bytes(pending)); pending = '' }
    body.push(p)
  }
  if (pending) body.push(bytes(pending))
  // The constant pieces are stored without a room check each (a quarter of the writer's code, and most of the time
  // TurboFan took to compile it): the writer's methods leave at least `inline` bytes of room after what they write,
  // and this check leaves them before the first piece, so every run of pieces between two method calls fits.
  code.push(_`if (${w}.slack < ${inline} || ${w}.p > ${w}.end) ${w}.slackFor(${inline});`, ...body)
  return join(code, _`\n`)
}
