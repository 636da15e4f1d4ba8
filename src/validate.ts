import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import _addFormats from 'ajv-formats'
import { createRequire } from 'node:module'
import { XdmapError, type Issue } from './util/errors.js'
import { inferXdmType } from './schema/catalog.js'
import type { Shape } from './codegen/shape.js'

const require = createRequire(import.meta.url)
const addFormats = ((_addFormats as unknown as { default?: typeof _addFormats }).default ?? _addFormats) as unknown as (ajv: Ajv) => Ajv

/**
 * ajv, set up for XDM: strict mode on, XDM's `meta:*` (and other annotation) keywords registered as a
 * vocabulary, draft-06 accepted, ajv-formats for date/date-time/email/uri (and XDM's `url` as a uri).
 * Validators are compiled once per schema object and cached.
 */

/** Annotation keywords XDM schemas carry that are not JSON Schema. */
export const XDM_KEYWORDS = [
  'meta:xdmType', 'meta:altId', 'meta:resourceType', 'meta:class', 'meta:extends', 'meta:extensible', 'meta:abstract',
  'meta:intendedToExtend', 'meta:status', 'meta:license', 'meta:createdDate', 'meta:enum', 'meta:tags', 'meta:titleId',
  'meta:descriptionId', 'meta:conditionalValue', 'meta:conditionalField', 'meta:usereditable', 'meta:immutable',
  'meta:descriptors', 'meta:refProperty', 'meta:auditable', 'meta:keys', 'meta:tenantNamespace', 'meta:xdmField',
  'meta:referencedBy', 'meta:registryMetadata', 'meta:sandboxId', 'meta:sandboxType', 'meta:containerId',
  'meta:classTitle', 'meta:behaviorType', 'meta:xedConverted', 'meta:timeseriesEvents', 'meta:immutableTags',
  'meta:createdBy', 'meta:requiredFields', 'meta:union', 'meta:datasetNamespace', 'meta:tenantId',
  'version', 'imsOrg',
]

const SCHEMA_CHILDREN = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']
const SCHEMA_CHILD = ['items', 'additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']
const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'items']

/** Non-standard keywords (with a prefix such as `meta:` or `xdm:`) found anywhere in a schema. */
export function prefixedKeywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return found
  const s = schema as Record<string, unknown>
  for (const k of Object.keys(s)) if (/^[A-Za-z]+:/.test(k) || k.startsWith('@')) found.add(k)
  for (const k of SCHEMA_CHILDREN) {
    const v = s[k]
    if (v && typeof v === 'object') for (const c of Object.values(v)) prefixedKeywords(c, found)
  }
  for (const k of SCHEMA_CHILD) if (s[k] && typeof s[k] === 'object' && !Array.isArray(s[k])) prefixedKeywords(s[k], found)
  for (const k of SCHEMA_LIST) if (Array.isArray(s[k])) for (const c of s[k] as unknown[]) prefixedKeywords(c, found)
  return found
}

const known = new Set<string>(XDM_KEYWORDS)
const instances = new Map<string, Ajv>()
let checkSchemas = true

/**
 * Schemas compiled from now on in this thread are not checked against the JSON Schema meta-schema first (compiling the
 * meta-schema costs about 100 ms). For worker threads, whose schema the main thread compiled (and so checked) already.
 */
export function trustSchemas(): void {
  checkSchemas = false
  for (const ajv of instances.values()) ajv.opts.validateSchema = false
}

function makeAjv(allErrors: boolean, ownProperties: boolean): Ajv {
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    allErrors,
    addUsedSchema: false,
    validateSchema: checkSchemas,
    // a schema field named constructor, toString, valueOf ... must not be found on Object.prototype (only for schemas
    // that have such a field: own-property checks cost about 2.5x in validation on every record)
    ownProperties,
  })
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'))
  addFormats(ajv)
  // page and referrer URLs repeat in event data: the uri check (a long regular expression) remembers its answers; an
  // everyday http(s) URL passes a short one first (a 6th of the cost; URLs unique per row gain the most)
  const uri = everydayUrlFirst(remembered(ajv.formats.uri as (s: string) => boolean))
  ajv.addFormat('uri', uri)
  ajv.addFormat('url', uri)
  for (const k of known) if (!ajv.getKeyword(k)) ajv.addKeyword(k)
  return ajv
}

const PCHAR = "(?:[a-z0-9._~!$&'()*+,;=:@/-]|%[0-9a-f]{2})"
const QCHAR = "(?:[a-z0-9._~!$&'()*+,;=:@/?-]|%[0-9a-f]{2})"
/**
 * An http(s) URL of the everyday shape: a host of letters, digits, dots and hyphens, a port, then path, query and
 * fragment characters RFC 3986 allows as they are or percent-encoded. Every string it matches is a URI (a property
 * test checks it against ajv-formats' full check); anything else goes to the full check.
 */
export const EVERYDAY_URL = new RegExp(`^https?://[a-z0-9.-]+(?::[0-9]{1,5})?(?:/${PCHAR}*)?(?:\\?${QCHAR}*)?(?:#${QCHAR}*)?$`, 'i')

/** The uri check, with EVERYDAY_URL tried first. */
function everydayUrlFirst(check: (s: string) => boolean): (s: string) => boolean {
  return (s) => EVERYDAY_URL.test(s) || check(s)
}

/**
 * A format check that remembers its answers for up to `size` distinct strings (then starts over): the same answers,
 * a map lookup instead of the check for a string seen before.
 */
export function remembered(check: (s: string) => boolean, size = 4096): (s: string) => boolean {
  let seen = new Map<string, boolean>()
  return (s) => {
    let ok = seen.get(s)
    if (ok === undefined) {
      ok = check(s)
      if (s.length <= 2048) {
        if (seen.size >= size) seen = new Map()
        seen.set(s, ok)
      }
    }
    return ok
  }
}

/** The shared ajv instance (one per process and mode, so compiled validators are cached with it). */
export function xdmAjv(allErrors = false, ownProperties = false): Ajv {
  const key = `${allErrors}:${ownProperties}`
  let ajv = instances.get(key)
  if (!ajv) { ajv = makeAjv(allErrors, ownProperties); instances.set(key, ajv) }
  return ajv
}

/** Registers the prefixed annotation keywords a schema uses, on every instance. */
export function registerKeywords(schema: unknown): void {
  for (const k of prefixedKeywords(schema)) {
    if (known.has(k)) continue
    known.add(k)
    for (const ajv of instances.values()) if (!ajv.getKeyword(k)) ajv.addKeyword(k)
  }
}

export interface RecordValidator {
  /** Issues of an invalid record, or undefined when it is valid. */
  (record: unknown): Issue[] | undefined
}

/** Whether a schema names a property the way Object.prototype does (constructor, toString, __proto__, ...). */
function hasPrototypeName(node: unknown, seen = new Set<unknown>()): boolean {
  if (!node || typeof node !== 'object' || seen.has(node)) return false
  seen.add(node)
  const s = node as Record<string, unknown>
  for (const k of SCHEMA_CHILDREN) {
    const v = s[k]
    if (v && typeof v === 'object' && Object.keys(v).some((name) => name in Object.prototype || name === '__proto__')) return true
  }
  if (Array.isArray(s.required) && s.required.some((name) => typeof name === 'string' && name in Object.prototype)) return true
  return Object.values(s).some((v) => (Array.isArray(v) ? v.some((x) => hasPrototypeName(x, seen)) : hasPrototypeName(v, seen)))
}

function compile(schema: Record<string, unknown>, allErrors: boolean, source: string): ValidateFunction {
  try {
    registerKeywords(schema)
    const s = { ...schema }
    delete s.$id // the same $id may be compiled again after a reload
    const own = hasPrototypeName(schema)
    try {
      return xdmAjv(allErrors, own).compile(s)
    } catch (e) {
      // ajv's stop-at-first-error code nests one block per property: thousands of properties overflow the JavaScript
      // parser's stack. The all-errors code is flat, and as fast on valid records.
      if (!allErrors && e instanceof RangeError) return xdmAjv(true, own).compile(s)
      throw e
    }
  } catch (e) {
    throw new XdmapError('SCHEMA_INVALID', `The schema cannot be compiled by ajv: ${(e as Error).message}`, { file: source })
  }
}

const TRUSTED_FORMATS = new Set(['date', 'date-time'])
const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']

/**
 * `schema` as the validator sees it. With `trusted`, minus what xdmap's converters already prove for every value they
 * produce: the `date` and `date-time` formats (converters write canonical ISO 8601) and numeric bounds (converters
 * check the type's range and the schema's own bounds); everything else (required, types, enum, pattern, lengths, other
 * formats) stays. With `instantsMs`, every date-time field takes any value (the records carry instants as epoch ms:
 * only xdmap's converters write those fields, and they have proved the instant already). Only plain leaves are
 * trimmed; a node combining schemas (allOf/anyOf/oneOf) keeps all its keywords.
 */
function reshape(schema: Record<string, unknown>, trusted: boolean, instantsMs: boolean): Record<string, unknown> {
  const walk = (node: unknown): unknown => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node
    const s = node as Record<string, unknown>
    const out: Record<string, unknown> = { ...s }
    const combined = 'allOf' in s || 'anyOf' in s || 'oneOf' in s || 'not' in s
    if (!combined) {
      if (trusted && typeof s.format === 'string' && TRUSTED_FORMATS.has(s.format) && s.type === 'string') delete out.format
      if (trusted && (s.type === 'integer' || s.type === 'number')) for (const k of BOUNDS) delete out[k]
      if (instantsMs && inferXdmType(s) === 'date-time') { delete out.type; delete out.format }
    }
    for (const k of SCHEMA_CHILDREN) {
      const v = s[k]
      if (v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, c]) => [name, walk(c)]))
    }
    for (const k of SCHEMA_CHILD) if (s[k] && typeof s[k] === 'object' && !Array.isArray(s[k])) out[k] = walk(s[k])
    for (const k of SCHEMA_LIST) if (Array.isArray(s[k])) out[k] = (s[k] as unknown[]).map(walk)
    return out
  }
  return walk(schema) as Record<string, unknown>
}

/** Compiled validators per schema, then per shape (or the schema itself), then per variant (trusted, ms, all errors). */
const cache = new WeakMap<object, WeakMap<object, { schema?: Record<string, unknown>; compiled: Map<string, ValidateFunction> }>>()

export interface ValidatorOptions {
  /**
   * Records come from xdmap's converters: skip the checks they already proved (see reshape). Invalid
   * records are still reported with the full schema. Default false.
   */
  trustConverters?: boolean
  /**
   * Records carry date-time values as epoch milliseconds (numbers), as the Parquet sink's row function writes them:
   * date-time fields are not checked (only xdmap's converters fill them). Default false.
   */
  instantsMs?: boolean
  /**
   * Records only ever hold the fields of this shape (a compiled mapping's): the validator is compiled for those
   * fields only (see pruneToShape). Default: the whole schema.
   */
  shape?: Shape
}

/**
 * A validator for records of `schema`: a fast first pass (stops at the first error) and, for invalid
 * records only, a second pass with the full schema that collects every error with its full field path.
 * Compiled once per schema object and cached.
 */
export function createValidator(schema: Record<string, unknown>, source = 'schema', options: ValidatorOptions = {}): RecordValidator {
  let byShape = cache.get(schema)
  if (!byShape) { byShape = new WeakMap(); cache.set(schema, byShape) }
  // records of one shape: the schema without the properties they can never hold (compiled once per shape)
  const key: object = options.shape ?? schema
  let e = byShape.get(key)
  if (!e) { e = { compiled: new Map() }; byShape.set(key, e) }
  const entry = e
  const trusted = options.trustConverters === true
  const ms = options.instantsMs === true
  const variant = (trust: boolean, allErrors: boolean): ValidateFunction => {
    const name = `${trust}:${ms}:${allErrors}`
    let v = entry.compiled.get(name)
    if (!v) {
      const base = (entry.schema ??= options.shape ? pruneToShape(schema, options.shape) as Record<string, unknown> : schema)
      v = compile(trust || ms ? reshape(base, trust, ms) : base, allErrors, source)
      entry.compiled.set(name, v)
    }
    return v
  }
  const first = variant(trusted, false)
  return (record) => {
    if (first(record)) return undefined
    const all = variant(false, true)
    if (all(record)) return undefined
    return all.errors!.map((err) => toIssue(err, record))
  }
}

/**
 * The schema without the properties a record of `shape` never holds (a mapping fills only its own fields): ajv then
 * compiles and runs code for those fields only, which on a registry schema of a thousand fields is most of a worker's
 * start. Only `properties` of plain object nodes are pruned; every other keyword (required, additionalProperties,
 * dependencies, if/then/else...) stays, and a node combining schemas or holding a $ref is kept whole. A record of the
 * shape is valid against the result exactly when it is valid against the schema, since ajv checks a property only
 * when the record holds it.
 */
export function pruneToShape(schema: unknown, shape: Shape): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const s = schema as Record<string, unknown>
  if ('allOf' in s || 'anyOf' in s || 'oneOf' in s || 'not' in s || '$ref' in s) return s
  const out: Record<string, unknown> = { ...s }
  if (shape.kind === 'object' && s.properties && typeof s.properties === 'object') {
    const kids = new Map(shape.children)
    out.properties = Object.fromEntries(Object.entries(s.properties as Record<string, unknown>).filter(([k]) => kids.has(k)).map(([k, v]) => [k, pruneToShape(v, kids.get(k)!)]))
  } else if (shape.kind === 'array' && s.items && typeof s.items === 'object' && !Array.isArray(s.items)) {
    out.items = pruneToShape(s.items, shape.items)
  } else if (shape.kind === 'map' && s.additionalProperties && typeof s.additionalProperties === 'object') {
    out.additionalProperties = pruneToShape(s.additionalProperties, shape.values)
  }
  return out
}

/** JSON pointer → dot path with array indexes, reading the record to tell arrays from map keys named "0". */
export function pointerToPath(pointer: string, record: unknown): string {
  if (pointer === '') return ''
  let path = ''
  let cur: unknown = record
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(cur)) path += `[${seg}]`
    else path += (path === '' ? '' : '.') + seg
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined
  }
  return path
}

function valueAt(pointer: string, record: unknown): unknown {
  let cur = record
  if (pointer === '') return cur
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined
  }
  return cur
}

/** Shapes one ajv error as an Issue with the full field path (also for `required`, whose path is the parent). */
export function toIssue(err: ErrorObject, record: unknown): Issue {
  let field = pointerToPath(err.instancePath, record)
  let value: unknown = valueAt(err.instancePath, record)
  let message: string
  if (err.keyword === 'required') {
    const missing = (err.params as { missingProperty: string }).missingProperty
    field = field === '' ? missing : `${field}.${missing}`
    value = undefined
    message = `${field} is required but no mapping filled it for this row`
  } else if (err.keyword === 'additionalProperties') {
    const extra = (err.params as { additionalProperty: string }).additionalProperty
    field = field === '' ? extra : `${field}.${extra}`
    message = `${field} is not a field of the schema`
  } else if (err.keyword === 'enum') {
    message = `${field}: ${JSON.stringify(value)} is not one of ${JSON.stringify((err.params as { allowedValues: unknown[] }).allowedValues)}`
  } else {
    message = `${field || '(record)'}: ${JSON.stringify(value)} ${err.message ?? `fails ${err.keyword}`}`
  }
  const issue: Issue = { code: `XDM_${err.keyword.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`, class: 'validation', message, field, keyword: err.keyword }
  if (value !== undefined) issue.value = value
  return issue
}
