import { editDistance } from '../util/edit-distance.js'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { ValidateFunction } from 'ajv'
import { ConvertError, converterFor, type ConvertOptions } from '../convert/index.js'
import { XdmapError, type Location } from '../util/errors.js'
import { readJsonFile } from '../util/json-file.js'
import { LEAF_TYPES, type FieldCatalog, type FieldNode } from '../schema/catalog.js'
import { xdmAjv } from '../validate.js'
import { arrayElementLines } from './json-lines.js'
import { checkExpression, columnsOf, type Node } from '../expression/compile.js'
import { formatDestination, parseDestination, parseSource, type PathStep } from './paths.js'

export type SourceType = 'ATTRIBUTE' | 'STATIC' | 'EXPRESSION'

/** One mapping, checked against the schema. */
export interface ResolvedMapping {
  /** Index in the file's `mappings` array. */
  index: number
  /** Line of the mapping in the file, when read from a file. */
  line?: number
  sourceType: 'ATTRIBUTE' | 'STATIC' | 'EXPRESSION'
  /** The source as written. */
  source: string | number | boolean
  /** ATTRIBUTE: the CSV column name (unwrapped, unescaped). */
  column?: string
  /** STATIC: the converted constant. */
  value?: unknown
  /** EXPRESSION: the checked expression tree and the columns it reads. */
  expression?: Node
  columns?: string[]
  destination: string
  steps: PathStep[]
  /** The field the destination names: a leaf, or (EXPRESSION only) an object, map or array the expression fills whole. */
  node: FieldNode
}

/** A mapping set, loaded and checked against a catalog. */
export interface MappingSet {
  file?: string
  sha256?: string
  /** `outputSchema.schemaRef.id` when present. */
  schemaRef?: string
  mappings: ResolvedMapping[]
  warnings: string[]
  /** The warnings with their code and location (check reports these). */
  notes: { code: string; message: string; location: Location }[]
  /** The mapping set as read (JSON), so another thread can load it again. */
  raw: unknown
}

export interface LoadMappingOptions extends ConvertOptions {
  /** Name to use in messages when the mapping is given as an object. */
  name?: string
  /**
   * The mapping set was loaded and checked before with the same catalog (a worker thread loading what the main thread
   * checked): skip the checks that compile JSON Schemas (the file's shape, STATIC values' constraints).
   */
  trusted?: boolean
  /**
   * A findings collector: each problem of one mapping is handed to it and that mapping is left out, so every problem is
   * found in one pass (`xdmap check`). Without it the first problem throws (`xdmap run` stops there).
   */
  collect?: (problem: XdmapError) => void
}

let mappingSetValidator: ValidateFunction | undefined

/** The published JSON Schema of the mapping-set format (mappings/mapping-set.schema.json). */
export function mappingSetSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../mappings/mapping-set.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
}

/**
 * Checks the file against the mapping-set JSON Schema. Without a collector the first problem throws; with one, every
 * problem of a single mapping is collected and the indexes of those mappings are returned (they are left out), and only a
 * problem of the set as a whole throws.
 */
function validateShape(value: unknown, file: string, lines: number[], collect?: (e: XdmapError) => void): Set<number> {
  mappingSetValidator ??= xdmAjv(true).compile({ ...mappingSetSchema(), $id: undefined })
  const bad = new Set<number>()
  if (mappingSetValidator(value)) return bad
  const problems = mappingSetValidator.errors!.map((err) => {
    const m = /^\/mappings\/(\d+)/.exec(err.instancePath)
    const index = m ? Number(m[1]) : undefined
    const where = err.instancePath || '(top level)'
    const detail = err.keyword === 'required' ? `needs "${(err.params as { missingProperty: string }).missingProperty}"`
      : err.keyword === 'enum' ? `${err.message}: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
        : err.message ?? err.keyword
    const loc: { file: string; mapping?: number; line?: number } = { file }
    if (index !== undefined) { loc.mapping = index; if (lines[index] !== undefined) loc.line = lines[index] }
    return { index, error: new XdmapError('MAPPING_INVALID', `Mapping file ${where} ${detail}`, loc) }
  })
  const whole = problems.find((p) => p.index === undefined)
  if (!collect || whole) throw (whole ?? problems[0]!).error
  for (const p of problems) {
    if (bad.has(p.index!)) continue
    bad.add(p.index!)
    collect(p.error)
  }
  return bad
}

function closest(name: string, candidates: Iterable<string>): string[] {
  const lower = name.toLowerCase()
  const scored: [string, number][] = []
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase())
    if (d <= Math.max(2, Math.floor(name.length / 3))) scored.push([c, d])
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3).map((x) => x[0])
}


export interface ResolveOptions {
  /** An object, map or array may be named too (an EXPRESSION's destination); default: leaves only. */
  whole?: boolean
}

/** Walks a destination through the catalog to its field (a leaf unless `whole`), or explains why it cannot. */
export function resolveDestination(catalog: FieldCatalog, destination: string, options: ResolveOptions = {}): { steps: PathStep[]; node: FieldNode } {
  const steps = parseDestination(destination)
  let node = catalog.root
  let walked: PathStep[] = []
  const fail = (why: string): never => { throw new XdmapError('MAPPING_UNKNOWN_DESTINATION', `Destination ${JSON.stringify(destination)}: ${why}`, { field: destination }) }
  for (const step of steps) {
    const here = formatDestination(walked) || '(root)'
    if ('index' in step) {
      if (node.xdmType !== 'array') fail(`${here} is ${article(node.xdmType)}, not an array, so it takes no index [${step.index}]`)
      node = node.items!
    } else if (node.xdmType === 'object') {
      const child = node.properties!.get(step.name)
      if (!child) {
        const near = closest(step.name, node.properties!.keys())
        fail(`${JSON.stringify(step.name)} is not a field of ${here}${near.length ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : ''}`)
      }
      node = child!
    } else if (node.xdmType === 'map') {
      node = node.values!
    } else if (node.xdmType === 'array') {
      fail(`${here} is an array: give an index, like ${here}[0].${step.name}`)
    } else {
      fail(`${here} is ${article(node.xdmType)} and has no field ${JSON.stringify(step.name)}`)
    }
    walked = [...walked, step]
  }
  if (!LEAF_TYPES.includes(node.xdmType) && !options.whole) {
    const hint = (node.xdmType === 'array' ? `; map its items with an index, like ${destination}[0]` : node.xdmType === 'map' ? `; map a key, like ${destination}.KEY` : '; map its fields one by one') + ', or fill it whole with an EXPRESSION'
    fail(`${destination} is ${article(node.xdmType)}${hint}`)
  }
  return { steps, node }
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`
}

function staticValue(raw: string | number | boolean, node: FieldNode, options: ConvertOptions): unknown {
  const t = node.xdmType
  if (typeof raw === 'boolean') {
    if (t !== 'boolean') throw new Error(`true/false cannot go to ${article(t)} field`)
    return raw
  }
  if (typeof raw === 'number' && t === 'boolean') throw new Error(`a number cannot go to a boolean field`)
  if (typeof raw === 'number' && (t === 'date' || t === 'date-time') && !Number.isInteger(raw)) throw new Error(`a fractional number cannot go to ${article(t)} field`)
  const v = converterFor(node, options)(String(raw))
  if (v instanceof ConvertError) throw new Error(v.message)
  return v
}

/**
 * Loads a mapping set (file path or object), checks its shape against mappings/mapping-set.schema.json and
 * every mapping against the catalog: destination exists and is a leaf (an EXPRESSION may also fill an object, map or
 * array whole, with nothing else mapped under it), no destination twice, STATIC values
 * convert to their field's type and satisfy its constraints, EXPRESSION sources parse, name known functions with
 * the right number of arguments and supported date pattern letters. Problems raise
 * XdmapError (exit 2) naming mappings[i] and its line.
 */
export async function loadMapping(input: string | object, catalog: FieldCatalog, options: LoadMappingOptions = {}): Promise<MappingSet> {
  let value: unknown
  let text: string | undefined
  const file = typeof input === 'string' ? input : (options.name ?? 'mapping')
  if (typeof input === 'string') ({ value, text } = await readJsonFile(input, 'MAPPING_INVALID'))
  else value = input
  const lines = text !== undefined ? arrayElementLines(text, 'mappings') : []
  const collect = options.collect
  const skip = options.trusted ? new Set<number>() : validateShape(value, file, lines, collect)
  const raw = value as { outputSchema?: { schemaRef: { id: string } }; mappings: { sourceType: SourceType; source: string | number | boolean; destination: string }[] }
  const set: MappingSet = { mappings: [], warnings: [], notes: [], raw: value }
  const warn = (code: string, message: string, location: Location): void => { set.warnings.push(message); set.notes.push({ code, message, location }) }
  if (typeof input === 'string') {
    set.file = input
    set.sha256 = createHash('sha256').update(text!).digest('hex')
  }
  if (raw.outputSchema) {
    set.schemaRef = raw.outputSchema.schemaRef.id
    if (set.schemaRef !== catalog.id) warn('MAPPING_SCHEMA_REF', `The mapping set was written for schema ${set.schemaRef}, but the schema given is ${catalog.id}`, { file, line: 1 })
  }
  const seen = new Map<string, number>()
  raw.mappings.forEach((m, index) => {
    if (skip.has(index)) return
    try {
      one(m, index)
    } catch (e) {
      if (collect && e instanceof XdmapError) collect(e)
      else throw e
    }
  })
  function one(m: (typeof raw.mappings)[number], index: number): void {
    const loc = lines[index] !== undefined ? { file, mapping: index, line: lines[index]!, field: m.destination } : { file, mapping: index, field: m.destination }
    let resolved: { steps: PathStep[]; node: FieldNode }
    try {
      resolved = resolveDestination(catalog, m.destination, { whole: m.sourceType === 'EXPRESSION' })
    } catch (e) {
      if (e instanceof XdmapError) throw new XdmapError(e.code, `mappings[${index}]: ${e.message}`, loc)
      throw e
    }
    const canonical = formatDestination(resolved.steps)
    const prior = seen.get(canonical)
    if (prior !== undefined) throw new XdmapError('MAPPING_DUPLICATE_DESTINATION', `mappings[${index}] and mappings[${prior}] both write ${canonical}; a destination takes one mapping`, loc)
    seen.set(canonical, index)
    const r: ResolvedMapping = { index, sourceType: m.sourceType, source: m.source, destination: canonical, steps: resolved.steps, node: resolved.node }
    if (lines[index] !== undefined) r.line = lines[index]
    if (m.sourceType === 'ATTRIBUTE') {
      if (typeof m.source !== 'string' || m.source === '') throw new XdmapError('MAPPING_INVALID', `mappings[${index}]: an ATTRIBUTE source must be a column name`, loc)
      const src = parseSource(m.source)
      if (src.reserved) throw new XdmapError('MAPPING_SOURCE_RESERVED', `mappings[${index}]: source ${JSON.stringify(m.source)} is a Data Prep reserved word; write it wrapped: \${${src.name}}`, loc)
      if (src.needsWrapping) warn('MAPPING_SOURCE_WRAPPING', `mappings[${index}]: source ${JSON.stringify(m.source)} is not a plain identifier; AEP Data Prep expects it wrapped as \${${src.name}}`, loc)
      r.column = src.name
    } else if (m.sourceType === 'EXPRESSION') {
      if (typeof m.source !== 'string' || m.source.trim() === '') throw new XdmapError('MAPPING_INVALID', `mappings[${index}]: an EXPRESSION source must be a non-empty string`, loc)
      try {
        r.expression = checkExpression(m.source)
      } catch (e) {
        if (e instanceof XdmapError) throw new XdmapError(e.code, `mappings[${index}]: ${e.message}`, loc)
        throw e
      }
      r.columns = [...columnsOf(r.expression)]
    } else {
      try {
        r.value = staticValue(m.source, resolved.node, options)
      } catch (e) {
        throw new XdmapError('MAPPING_STATIC_TYPE', `mappings[${index}]: STATIC value ${JSON.stringify(m.source)} does not fit ${canonical} (${resolved.node.xdmType}): ${(e as Error).message}`, loc)
      }
      const check = options.trusted ? undefined : staticConstraint(resolved.node, r.value)
      if (check) throw new XdmapError('MAPPING_STATIC_TYPE', `mappings[${index}]: STATIC value ${JSON.stringify(m.source)} does not fit ${canonical}: ${check}`, loc)
    }
    set.mappings.push(r)
  }
  try {
    checkOverlaps(set.mappings, (m) => (m.line !== undefined ? { file, mapping: m.index, line: m.line, field: m.destination } : { file, mapping: m.index, field: m.destination }))
  } catch (e) {
    if (collect && e instanceof XdmapError) collect(e)
    else throw e
  }
  return set
}

/**
 * A destination an EXPRESSION fills whole (an object, map or array) takes no other mapping under it: which of the two
 * would win is not defined by Data Prep, so the set is refused (MAPPING_DESTINATION_OVERLAP).
 */
export function checkOverlaps(mappings: readonly ResolvedMapping[], locate: (m: ResolvedMapping) => Location = (m) => ({ mapping: m.index, field: m.destination })): void {
  const whole = mappings.filter((m) => !LEAF_TYPES.includes(m.node.xdmType))
  for (const w of whole) {
    const inside = mappings.find((m) => m !== w && (m.destination.startsWith(`${w.destination}.`) || m.destination.startsWith(`${w.destination}[`)))
    if (inside) throw new XdmapError('MAPPING_DESTINATION_OVERLAP', `mappings[${inside.index}] writes ${inside.destination}, inside ${w.destination}, which mappings[${w.index}] fills whole; map the ${w.node.xdmType} whole or field by field, not both`, locate(inside))
  }
}

/** Checks a constant against its field's own schema (enum, pattern, format, length), once, at load. */
function staticConstraint(node: FieldNode, value: unknown): string | undefined {
  const ajv = xdmAjv(true)
  const schema: Record<string, unknown> = { type: node.schema.type ?? typeof value }
  for (const k of ['enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
    if (node.schema[k] !== undefined) schema[k] = node.schema[k]
  }
  const ok = ajv.validate(schema, value)
  return ok ? undefined : ajv.errorsText(ajv.errors, { dataVar: 'value' })
}
