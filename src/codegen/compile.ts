import { ConvertError, converterFor, type Converter, type ConvertOptions } from './convert/index.js'
import { XdmapError } from './errors.js'
import { compileExpression, expressionConverter } from './expression/compile.js'
import type { JsonWriter } from './json-writer.js'
import type { MappingSet, ResolvedMapping } from './mapping/load.js'
import type { FieldCatalog, FieldNode, XdmType } from './schema/catalog.js'

/**
 * Mapping + catalog → one specialised row function, generated once per run. The function reads the cells it
 * needs by index, converts each (strings pass through), and builds the record bottom-up so that empty cells
 * leave their field out and an object (or array element) with no field left is left out too. Property names
 * reach the generated code only through JSON.stringify, column positions only as numbers.
 *
 * Presence rule: a node is written when at least one column-fed field under it has a value; constants
 * (STATIC) ride along with such a node but never keep an otherwise empty one alive. A node with constants
 * only is always written. Array elements keep their order; missing elements are closed up.
 */

export type ConversionFailure = (mapping: number, cell: string, error: ConvertError) => void

/**
 * The generated row function. With a writer, it also writes the record's JSON text there as UTF-8 (same keys, same
 * order, so it equals JSON.stringify(record); the tests check it).
 */
export type RowFunction = (cells: readonly string[], fail: ConversionFailure, w?: JsonWriter) => Record<string, unknown>

export interface CompiledMapping {
  set: MappingSet
  catalog: FieldCatalog
  header: readonly string[]
  /** The generated row function. */
  row: RowFunction
  /** JSON Schema of exactly the fields the mapping can fill, in output order (for serializers). */
  projection: Record<string, unknown>
  /** The same fields with their XDM types (for columnar sinks). */
  shape: Shape
  /** The mapping that writes a destination path (as the record names it), if any. */
  mappingFor(field: string): ResolvedMapping | undefined
  /** Generated source, for debugging. */
  source: string
}

export interface CompileOptions extends ConvertOptions {}

interface TNode {
  kind: 'object' | 'map' | 'array' | 'leaf'
  key: string | number
  field: FieldNode
  children: TNode[]
  byKey: Map<string | number, TNode>
  mapping?: ResolvedMapping
  dynamic: boolean
}

function kindOf(t: XdmType): TNode['kind'] {
  return t === 'object' ? 'object' : t === 'map' ? 'map' : t === 'array' ? 'array' : 'leaf'
}

function buildTree(catalog: FieldCatalog, mappings: readonly ResolvedMapping[]): TNode {
  const root: TNode = { kind: 'object', key: '', field: catalog.root, children: [], byKey: new Map(), dynamic: false }
  for (const m of mappings) {
    let node = root
    let field = catalog.root
    m.steps.forEach((step, i) => {
      const key = 'index' in step ? step.index : step.name
      field = 'index' in step ? field.items! : field.xdmType === 'map' ? field.values! : field.properties!.get(step.name)!
      let child = node.byKey.get(key)
      if (!child) {
        child = { kind: kindOf(field.xdmType), key, field, children: [], byKey: new Map(), dynamic: false }
        node.byKey.set(key, child)
        node.children.push(child)
        if (node.kind === 'array') node.children.sort((a, b) => (a.key as number) - (b.key as number))
      }
      if (i === m.steps.length - 1) child.mapping = m
      node = child
    })
  }
  // a field fed by a column (directly or through an expression that reads one) decides whether its object is written
  const mark = (n: TNode): boolean => {
    n.dynamic = n.mapping ? n.mapping.sourceType === 'ATTRIBUTE' || (n.mapping.sourceType === 'EXPRESSION' && (n.mapping.columns?.length ?? 0) > 0) : n.children.map(mark).some(Boolean)
    return n.dynamic
  }
  mark(root)
  return root
}

/** Gives every node of a group (array elements, or same-named children of those) one child order. */
function unify(group: TNode[]): void {
  const order: (string | number)[] = []
  const seen = new Set<string | number>()
  for (const n of group) for (const c of n.children) if (!seen.has(c.key)) { seen.add(c.key); order.push(c.key) }
  const rank = new Map(order.map((k, i) => [k, i]))
  for (const n of group) if (n.kind !== 'array') n.children.sort((a, b) => rank.get(a.key)! - rank.get(b.key)!)
  // arrays: all elements of all arrays in the group form one group; objects/maps: same-key children form a group
  const arrays = group.filter((n) => n.kind === 'array')
  if (arrays.length) unify(arrays.flatMap((a) => a.children))
  for (const k of order) {
    const kids = group.filter((n) => n.kind !== 'array').map((n) => n.byKey.get(k)).filter((c): c is TNode => c !== undefined)
    if (kids.length && kids[0]!.kind !== 'leaf') unify(kids)
  }
}

function unifyAll(n: TNode): void {
  if (n.kind === 'array') unify(n.children)
  for (const c of n.children) unifyAll(c)
}

const JSON_TYPES: Record<string, string> = {
  string: 'string', date: 'string', 'date-time': 'string', number: 'number',
  long: 'integer', int: 'integer', short: 'integer', byte: 'integer', boolean: 'boolean',
}

/** The shape of the records a mapping writes: what a columnar sink needs (objects, maps, arrays, typed leaves). */
export type Shape =
  | { kind: 'object'; children: [string, Shape][] }
  | { kind: 'map'; values: Shape; keys: string[] }
  | { kind: 'array'; items: Shape }
  | { kind: 'leaf'; xdmType: XdmType }

function shapeOf(group: TNode[]): Shape {
  const first = group[0]!
  if (first.kind === 'leaf') return { kind: 'leaf', xdmType: first.field.xdmType }
  if (first.kind === 'array') return { kind: 'array', items: shapeOf(group.flatMap((n) => n.children)) }
  const keys: string[] = []
  for (const n of group) for (const c of n.children) if (!keys.includes(String(c.key))) keys.push(String(c.key))
  if (first.kind === 'map') {
    // one value shape for every key: the union of what the keys hold
    return { kind: 'map', keys, values: shapeOf(group.flatMap((n) => n.children)) }
  }
  return { kind: 'object', children: keys.map((k) => [k, shapeOf(group.map((n) => n.byKey.get(k)).filter((c): c is TNode => c !== undefined))]) }
}

function projection(group: TNode[]): Record<string, unknown> {
  const first = group[0]!
  if (first.kind === 'leaf') return { type: JSON_TYPES[first.field.xdmType] }
  if (first.kind === 'array') return { type: 'array', items: projection(group.flatMap((n) => n.children)) }
  const properties: Record<string, unknown> = {}
  const keys: string[] = []
  for (const n of group) for (const c of n.children) if (!keys.includes(String(c.key))) keys.push(String(c.key))
  for (const k of keys) properties[k] = projection(group.map((n) => n.byKey.get(k)).filter((c): c is TNode => c !== undefined))
  return { type: 'object', properties }
}

/** Compiles a mapping set for a CSV header into a row function. */
export function compileMapping(set: MappingSet, catalog: FieldCatalog, header: readonly string[], options: CompileOptions = {}): CompiledMapping {
  const columnIndex = new Map<string, number>()
  const duplicates = new Set<string>()
  header.forEach((h, i) => { if (columnIndex.has(h)) duplicates.add(h); else columnIndex.set(h, i) })
  const converters: Converter[] = []
  const expressions: ((cells: readonly string[]) => unknown)[] = []
  const statics: unknown[] = []
  const byField = new Map<string, ResolvedMapping>()
  for (const m of set.mappings) {
    byField.set(m.destination, m)
    if (m.sourceType === 'EXPRESSION') {
      for (const col of m.columns ?? []) {
        if (duplicates.has(col)) throw new XdmapError('CSV_HEADER_DUPLICATE', `mappings[${m.index}]: the expression reads column ${JSON.stringify(col)}, which appears more than once in the CSV header`, { file: set.file ?? 'mapping', mapping: m.index, field: m.destination, column: col })
      }
      continue
    }
    if (m.sourceType !== 'ATTRIBUTE') continue
    const loc = { file: set.file ?? 'mapping', mapping: m.index, field: m.destination, column: m.column!, ...(m.line !== undefined ? { line: m.line } : {}) }
    if (!columnIndex.has(m.column!)) {
      const lower = m.column!.toLowerCase()
      const near = header.filter((h) => h.toLowerCase() === lower || h.trim() === m.column!.trim())
      throw new XdmapError('MAPPING_SOURCE_NOT_IN_HEADER', `mappings[${m.index}]: column ${JSON.stringify(m.column)} is not in the CSV header${near.length ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : ` (header: ${header.slice(0, 12).map((h) => JSON.stringify(h)).join(', ')}${header.length > 12 ? ', ...' : ''})`}`, loc)
    }
    if (duplicates.has(m.column!)) {
      throw new XdmapError('CSV_HEADER_DUPLICATE', `mappings[${m.index}]: column ${JSON.stringify(m.column)} appears more than once in the CSV header, so the mapping is ambiguous`, loc)
    }
  }
  const tree = buildTree(catalog, set.mappings)
  unifyAll(tree)

  const lines: string[] = []
  let n = 0
  /** Emits the code that computes a node's value (post-order: children first); returns its variable. */
  const emit = (node: TNode): string => {
    const v = `v${n++}`
    vars.set(node, v)
    if (node.kind === 'leaf') {
      const m = node.mapping!
      if (m.sourceType === 'STATIC') {
        statics.push(m.value)
        lines.push(`const ${v} = S[${statics.length - 1}];`)
      } else if (m.sourceType === 'EXPRESSION') {
        let evaluate
        try {
          evaluate = compileExpression(m.expression!, columnIndex, String(m.source))
        } catch (e) {
          throw new XdmapError((e as XdmapError).code ?? 'MAPPING_EXPRESSION_SYNTAX', `mappings[${m.index}]: ${(e as Error).message}`, { file: set.file ?? 'mapping', mapping: m.index, field: m.destination, ...(m.line !== undefined ? { line: m.line } : {}) })
        }
        expressions.push(expressionConverter(evaluate, m.node, converterFor(m.node, options)))
        lines.push(`let ${v}; { const r = X[${expressions.length - 1}](cells); if (r instanceof E) fail(${m.index}, '', r); else ${v} = r; }`)
      } else {
        const col = columnIndex.get(m.column!)!
        if (m.node.xdmType === 'string') {
          lines.push(`let ${v}; { const c = cells[${col}]; if (c !== '') ${v} = c; }`)
        } else {
          converters.push(converterFor(m.node, options))
          lines.push(`let ${v}; { const c = cells[${col}]; if (c !== '') { const r = C[${converters.length - 1}](c); if (r instanceof E) fail(${m.index}, c, r); else ${v} = r; } }`)
        }
      }
      return v
    }
    const kids = node.children.map((c) => ({ c, v: emit(c) }))
    const cond = node.dynamic && node !== tree ? kids.filter((k) => k.c.dynamic).map((k) => `${k.v} !== undefined`).join(' || ') : 'true'
    lines.push(`let ${v}; if (${cond}) {`)
    lines.push(node.kind === 'array' ? `  ${v} = [];` : `  ${v} = {};`)
    for (const { c, v: cv } of kids) {
      const set = node.kind === 'array' ? `${v}.push(${cv});` : `${v}[${JSON.stringify(String(c.key))}] = ${cv};`
      lines.push(c.dynamic ? `  if (${cv} !== undefined) ${set}` : `  ${set}`)
    }
    lines.push('}')
    return v
  }
  const vars = new Map<TNode, string>()
  const root = emit(tree)

  // The JSON text, written pre-order into the JsonWriter `w` once every value is known: the same keys in the same
  // order as the object, so it equals JSON.stringify(record) (the tests check). Constant pieces (braces, keys with
  // their commas, constants) next to each other are merged and written as UTF-8 bytes stored straight from the
  // code (short ones) or copied from B.
  type Code = string | { c: string }
  const constants: Uint8Array[] = []
  const encoder = new TextEncoder()
  const render = (text: string): string => {
    const bytes = encoder.encode(text)
    if (bytes.length > 32) {
      constants.push(bytes)
      return `w.bytes(B[${constants.length - 1}]);`
    }
    const stores = [...bytes].map((x, i) => `b[p${i ? ` + ${i}` : ''}] = ${x};`).join(' ')
    return `{ w.reserve(${bytes.length}); const b = w.buf, p = w.p; ${stores} w.p = p + ${bytes.length}; }`
  }
  let flags = 0
  /** The code writing the value of a node whose variable is known to be defined. */
  const write = (node: TNode): Code[] => {
    const v = vars.get(node)!
    if (node.kind === 'leaf') {
      const m = node.mapping!
      if (m.sourceType === 'STATIC') return [{ c: JSON.stringify(m.value) }]
      const t = m.node.xdmType
      if (t === 'boolean') return [`if (${v}) ${render('true')} else ${render('false')}`]
      if (t === 'string' || t === 'date' || t === 'date-time') return [`w.string(${v});`]
      // a number read from a cell is usually written as the cell has it
      return [m.sourceType === 'ATTRIBUTE' ? `w.numberFrom(${v}, cells[${columnIndex.get(m.column!)!}]);` : `w.number(${v});`]
    }
    const array = node.kind === 'array'
    const code: Code[] = [{ c: array ? '[' : '{' }]
    // whether a member has been written yet: known while only always-present members came before, else a flag
    let state: 'none' | 'some' | 'flag' = 'none'
    let flagged = false
    const flag = `f${flags++}`
    for (const c of node.children) {
      const name = array ? '' : `${JSON.stringify(String(c.key))}:`
      if (c.dynamic) code.push(`if (${vars.get(c)} !== undefined) {`)
      if (state === 'none') { if (name) code.push({ c: name }) }
      else if (state === 'some') code.push({ c: `,${name}` })
      else code.push(`if (${flag}) ${render(`,${name}`)} else { ${name ? render(name) : ''} ${flag} = true; }`)
      code.push(...write(c))
      if (c.dynamic) {
        if (state === 'none') { code.push(`${flag} = true;`); state = 'flag'; flagged = true }
        code.push('}')
      } else state = 'some'
    }
    code.push({ c: array ? ']' : '}' })
    if (flagged) flagNames.push(flag)
    return code
  }
  // each object is written at most once per row, so its flag is declared (false) once at the top
  const flagNames: string[] = []
  const items = write(tree)
  const out: string[] = flagNames.length ? [`let ${flagNames.map((f) => `${f} = false`).join(', ')};`] : []
  let pending = ''
  for (const item of items) {
    if (typeof item !== 'string') { pending += item.c; continue }
    if (pending) { out.push(render(pending)); pending = '' }
    out.push(item)
  }
  if (pending) out.push(render(pending))

  const body = `return function row(cells, fail, w) {\n${lines.join('\n')}\nif (w !== undefined) {\n${out.join('\n')}\n}\nreturn ${root};\n}`
  const row = new Function('C', 'S', 'E', 'X', 'B', body)(converters, statics, ConvertError, expressions, constants) as RowFunction
  return {
    set, catalog, header, row,
    projection: projection([tree]),
    shape: shapeOf([tree]),
    mappingFor: (field) => byField.get(field),
    source: body,
  }
}
