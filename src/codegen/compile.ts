import { converterFor, type ConvertError, type ConvertOptions } from '../convert/index.js'
import { XdmapError } from '../util/errors.js'
import { compileExpression, expressionConverter } from '../expression/compile.js'
import type { MappingSet, ResolvedMapping } from '../mapping/load.js'
import { LEAF_TYPES, type FieldCatalog } from '../schema/catalog.js'
import { _, join, Name, Scope } from './code.js'
import type { JsonWriter } from './json-writer.js'
import { buildRecord, type Feed } from './row.js'
import { projectionOf, shapeOf, type Shape } from './shape.js'
import { buildTree } from './tree.js'
import { nestedExpression } from './value.js'
import { writeRecord } from './write.js'

export type { Shape } from './shape.js'

/**
 * Mapping + catalog → one specialised row function, generated once per run: the object builder (row.ts) reads the
 * cells it needs by index, converts each (strings pass through) and builds the record bottom-up by the presence rule
 * (tree.ts); with a JsonWriter, the byte writer (write.ts, a function of its own) then writes the record's JSON text.
 * The source is made with the safe template tag (code.ts): names, keys and constants reach it only as checked
 * identifiers or JavaScript literals, converters and expressions only as scope names.
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
  /** Generated source (the row function's, then the writer's), for debugging. */
  source: string
  /**
   * Leaf date-time values fed by a column or a leaf expression are epoch ms in the records (compiled with
   * `instantsMs`: the Parquet sink stores them so, the generated writer writes their ISO text itself).
   */
  instantsMs: boolean
}

export interface CompileOptions extends ConvertOptions {
  /**
   * Build each object of the record as one literal holding every key its node can fill, undefined when absent (one
   * hidden class per object node, whatever the row holds; what the pipeline's processor uses). Applied only where the
   * schema allows it (fixedShapesSafe). Default false: a record has only the keys it fills.
   */
  fixedShapes?: boolean
}

/** Compiles a mapping set for a CSV header into a row function. */
export function compileMapping(set: MappingSet, catalog: FieldCatalog, header: readonly string[], options: CompileOptions = {}): CompiledMapping {
  const columnIndex = new Map<string, number>()
  const duplicates = new Set<string>()
  header.forEach((h, i) => { if (columnIndex.has(h)) duplicates.add(h); else columnIndex.set(h, i) })
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
  const tree = buildTree(catalog, set)

  // epoch-ms instants only in leaves (an expression's whole object is written as JSON.stringify has it: ISO text)
  const iso: ConvertOptions = { ...options, instantsMs: false }
  const feeds = new Map<ResolvedMapping, Feed>()
  for (const m of set.mappings) {
    if (m.sourceType === 'STATIC') feeds.set(m, { kind: 'constant', value: m.value })
    else if (m.sourceType === 'ATTRIBUTE') {
      feeds.set(m, { kind: 'column', column: columnIndex.get(m.column!)!, ...(m.node.xdmType === 'string' ? {} : { convert: converterFor(m.node, options) }) })
    } else {
      let evaluate
      try {
        evaluate = compileExpression(m.expression!, columnIndex, String(m.source))
      } catch (e) {
        if (!(e instanceof XdmapError)) throw e
        throw new XdmapError(e.code, `mappings[${m.index}]: ${e.message}`, { file: set.file ?? 'mapping', mapping: m.index, field: m.destination, ...(m.line !== undefined ? { line: m.line } : {}) })
      }
      const leaf = LEAF_TYPES.includes(m.node.xdmType)
      feeds.set(m, { kind: 'expression', evaluate: leaf ? expressionConverter(evaluate, m.node, converterFor(m.node, options), options.instantsMs === true) : nestedExpression(evaluate, m.node, m.destination, iso) })
    }
  }
  const feedOf = (m: ResolvedMapping): Feed => feeds.get(m)!

  // the byte writer, compiled apart: a function of the writer, the cells and every node's local
  const cells = new Name('cells'), fail = new Name('fail'), w = new Name('w')
  const scope = new Scope()
  const built = buildRecord(tree, feedOf, scope, { cells, fail, fixedShapes: options.fixedShapes === true && fixedShapesSafe(catalog.schema) })
  const locals = [...built.locals.values()]
  const writerScope = new Scope()
  const writer = writerScope.compile<(...args: unknown[]) => void>([w, cells, ...locals], writeRecord(tree, built.locals, feedOf, writerScope, { w, cells, instantsMs: options.instantsMs === true }), 'xdmapWrite')
  const write = scope.value('write', writer.fn)
  const root = built.locals.get(tree)!
  const body = _`${built.code}
if (${w} !== undefined) ${write}(${w}, ${cells}, ${join(locals.map((l) => _`${l}`), _`, `)});
return ${root};`
  const row = scope.compile<RowFunction>([cells, fail, w], body, 'xdmapRow')
  return {
    set, catalog, header, row: row.fn,
    projection: projectionOf([tree]),
    shape: shapeOf([tree]),
    mappingFor: (field) => byField.get(field),
    source: `${row.source}\n\n// writer\n${writer.source}`,
    instantsMs: options.instantsMs === true,
  }
}

/** Keywords that count, match or compare an object's keys: an own key holding undefined would change their answer. */
const KEY_KEYWORDS = ['minProperties', 'maxProperties', 'patternProperties', 'propertyNames', 'unevaluatedProperties', 'uniqueItems']
const COMBINATORS = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else']

/**
 * Whether records may carry every key an object node can fill, undefined when absent (one hidden class per object:
 * validation and shredding read them monomorphically). ajv reads a declared property as absent when it is
 * undefined, so that is safe unless the schema has a keyword that looks at the keys themselves, a `const`/`enum` of
 * objects (deep equality counts keys), or `additionalProperties` under a combinator (a sibling branch's key would be
 * extra there).
 */
export function fixedShapesSafe(schema: object): boolean {
  let safe = safeSchemas.get(schema)
  if (safe === undefined) { safe = keysUnobserved(schema); safeSchemas.set(schema, safe) }
  return safe
}
const safeSchemas = new WeakMap<object, boolean>()

function keysUnobserved(schema: object): boolean {
  const seen = new Set<unknown>()
  const walk = (node: unknown, combined: boolean): boolean => {
    if (!node || typeof node !== 'object' || seen.has(node)) return true
    seen.add(node)
    if (Array.isArray(node)) return node.every((n) => walk(n, combined))
    const s = node as Record<string, unknown>
    if (KEY_KEYWORDS.some((k) => k in s)) return false
    if (combined && 'additionalProperties' in s) return false
    const objectValue = (v: unknown): boolean => v !== null && typeof v === 'object'
    if (objectValue(s.const) || (Array.isArray(s.enum) && s.enum.some(objectValue))) return false
    for (const [k, v] of Object.entries(s)) {
      if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue
      if (!walk(v, combined || COMBINATORS.includes(k))) return false
    }
    return true
  }
  return walk(schema, false)
}
