import { INTEGER_RANGES } from '../convert/numbers.js'
import { XdmapError } from '../util/errors.js'

/** XDM types (`meta:xdmType`). */
export type XdmType = 'string' | 'number' | 'long' | 'int' | 'short' | 'byte' | 'boolean' | 'date' | 'date-time' | 'object' | 'array' | 'map'

export const LEAF_TYPES: readonly XdmType[] = ['string', 'number', 'long', 'int', 'short', 'byte', 'boolean', 'date', 'date-time']

export interface Identity {
  namespace: string
  primary: boolean
}

/** One node of the target schema: an object, array, map or leaf field. */
export interface FieldNode {
  /** Catalog path: dots between properties, `[]` after an array, `{}` after a map (`identityMap{}[].id`). */
  path: string
  /** Property name ('' for the root, '[]' for array items, '{}' for map values). */
  name: string
  xdmType: XdmType
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  enum?: readonly unknown[]
  /** `meta:enum`: suggested values with labels (not enforced). */
  metaEnum?: Readonly<Record<string, string>>
  /** Required by its parent object. */
  required: boolean
  title?: string
  description?: string
  identity?: Identity
  /** Object properties in schema order. */
  properties?: Map<string, FieldNode>
  /** Array items. */
  items?: FieldNode
  /** Map values. */
  values?: FieldNode
  /** The JSON Schema this node was read from. */
  schema: Readonly<Record<string, unknown>>
}

/** The single description of the target every other part reads. */
export interface FieldCatalog {
  /** Schema `$id`. */
  id: string
  title?: string
  /** `meta:class` when known (decides AEP's record size limit, for example). */
  xdmClass?: string
  /** Tenant namespace (`_tenant`) when the schema has one. */
  tenant?: string
  /** Where the schema was read from. */
  source: string
  root: FieldNode
  /** Every node by catalog path (root is ''). */
  byPath: ReadonlyMap<string, FieldNode>
  /** The resolved JSON Schema (what ajv compiles). */
  schema: Readonly<Record<string, unknown>>
}

type Json = Record<string, unknown>

const INT_RANGES: Record<string, readonly [number, number]> = { byte: INTEGER_RANGES.byte, short: INTEGER_RANGES.short, int: INTEGER_RANGES.int }

/** XDM type of a schema node, from `meta:xdmType` or inferred from type, format and range. */
export function inferXdmType(s: Json): XdmType {
  const meta = s['meta:xdmType']
  if (typeof meta === 'string') {
    if (meta === 'integer') return 'int'
    if ((['string', 'number', 'long', 'int', 'short', 'byte', 'boolean', 'date', 'date-time', 'object', 'array', 'map'] as string[]).includes(meta)) return meta as XdmType
  }
  const type = Array.isArray(s.type) ? (s.type as unknown[]).find((t) => t !== 'null') : s.type
  switch (type) {
    case 'string':
      if (s.format === 'date') return 'date'
      if (s.format === 'date-time') return 'date-time'
      return 'string'
    case 'integer': {
      const min = typeof s.minimum === 'number' ? s.minimum : undefined
      const max = typeof s.maximum === 'number' ? s.maximum : undefined
      for (const t of ['byte', 'short', 'int'] as const) {
        const [lo, hi] = INT_RANGES[t]!
        if (min !== undefined && max !== undefined && min >= lo && max <= hi && (min === lo || max === hi)) return t
      }
      return 'long'
    }
    case 'number': return 'number'
    case 'boolean': return 'boolean'
    case 'array': return 'array'
    case 'object':
      if (!s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') return 'map'
      return 'object'
    default:
      if (s.properties) return 'object'
      if (s.items) return 'array'
      return 'string'
  }
}

/** Properties of a node, merging `allOf` members when a schema still has them. */
function propertiesOf(s: Json): [Json, string[]] {
  const props: Json = {}
  const required: string[] = []
  const visit = (n: Json): void => {
    if (n.properties && typeof n.properties === 'object') Object.assign(props, n.properties)
    if (Array.isArray(n.required)) required.push(...(n.required as string[]))
    if (Array.isArray(n.allOf)) for (const m of n.allOf as Json[]) visit(m)
  }
  visit(s)
  return [props, required]
}

function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`
}

/**
 * Builds the catalog of a resolved schema (the registry's `xed-full` shape). Raises SCHEMA_INVALID with
 * the offending path for anything that is not a resolved XDM schema (an unresolved `$ref`, a node without a type).
 */
export function buildCatalog(schema: Json, source: string): FieldCatalog {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new XdmapError('SCHEMA_INVALID', 'The schema file does not hold a JSON object', { file: source })
  }
  const byPath = new Map<string, FieldNode>()
  const seen = new Set<Json>()
  const walk = (s: Json, path: string, name: string, required: boolean, depth: number): FieldNode => {
    if (typeof s !== 'object' || s === null) throw new XdmapError('SCHEMA_INVALID', `Schema node at ${path || '(root)'} is not an object`, { file: source, field: path })
    if (typeof s.$ref === 'string') {
      throw new XdmapError('SCHEMA_UNRESOLVED_REF', `Schema node at ${path || '(root)'} still has "$ref": ${s.$ref}. Use the registry's resolved shape (Accept: application/vnd.adobe.xed-full+json; version=1)`, { file: source, field: path })
    }
    if (seen.has(s) || depth > 64) throw new XdmapError('SCHEMA_INVALID', `Schema is recursive at ${path}`, { file: source, field: path })
    const xdmType = inferXdmType(s)
    const node: FieldNode = { path, name, xdmType, required, schema: s }
    if (typeof s.format === 'string') node.format = s.format
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength'] as const) {
      if (typeof s[k] === 'number') node[k] = s[k] as number
    }
    if (typeof s.pattern === 'string') node.pattern = s.pattern
    if (Array.isArray(s.enum)) node.enum = s.enum
    if (s['meta:enum'] && typeof s['meta:enum'] === 'object') node.metaEnum = s['meta:enum'] as Record<string, string>
    if (typeof s.title === 'string') node.title = s.title
    if (typeof s.description === 'string') node.description = s.description
    byPath.set(path, node)
    seen.add(s)
    if (xdmType === 'object') {
      const [props, req] = propertiesOf(s)
      node.properties = new Map()
      for (const [k, v] of Object.entries(props)) {
        node.properties.set(k, walk(v as Json, childPath(path, k), k, req.includes(k), depth + 1))
      }
    } else if (xdmType === 'array') {
      const items = s.items
      if (!items || typeof items !== 'object' || Array.isArray(items)) throw new XdmapError('SCHEMA_INVALID', `Array ${path} has no "items" schema`, { file: source, field: path })
      node.items = walk(items as Json, `${path}[]`, '[]', false, depth + 1)
    } else if (xdmType === 'map') {
      const values = s.additionalProperties
      if (!values || typeof values !== 'object') throw new XdmapError('SCHEMA_INVALID', `Map ${path} has no "additionalProperties" schema for its values`, { file: source, field: path })
      node.values = walk(values as Json, `${path}{}`, '{}', false, depth + 1)
    }
    seen.delete(s)
    return node
  }
  const root = walk(schema, '', '', true, 0)
  applyIdentityDescriptors(schema, byPath, source)
  if (root.xdmType !== 'object') throw new XdmapError('SCHEMA_INVALID', 'The schema root is not an object schema', { file: source })
  const id = typeof schema.$id === 'string' ? schema.$id : source
  const catalog: FieldCatalog = { id, source, root, byPath, schema }
  if (typeof schema.title === 'string') catalog.title = schema.title
  if (typeof schema['meta:class'] === 'string') catalog.xdmClass = schema['meta:class']
  else if (Array.isArray(schema['meta:extends'])) {
    const cls = (schema['meta:extends'] as string[]).find((x) => /\/classes\//.test(x))
    if (cls) catalog.xdmClass = cls
  }
  const tenantKey = [...(root.properties?.keys() ?? [])].find((k) => k.startsWith('_') && !['_id', '_type', '_repo', '_experience', '_schema', '_dc'].includes(k))
  if (typeof schema['meta:tenantNamespace'] === 'string') catalog.tenant = schema['meta:tenantNamespace']
  else if (tenantKey) catalog.tenant = tenantKey
  return catalog
}

/**
 * Identity descriptors (`xed-full-desc` answers carry them in `meta:descriptors`) mark their field:
 * `{"@type": "xdm:descriptorIdentity", "xdm:sourceProperty": "/personalEmail/address", "xdm:namespace": "Email",
 * "xdm:isPrimary": true}`. At most one may be primary.
 */
function applyIdentityDescriptors(schema: Json, byPath: Map<string, FieldNode>, source: string): void {
  const list = Array.isArray(schema['meta:descriptors']) ? (schema['meta:descriptors'] as Json[]) : []
  let primary: string | undefined
  for (const d of list) {
    if (d['@type'] !== 'xdm:descriptorIdentity' || typeof d['xdm:sourceProperty'] !== 'string') continue
    const path = (d['xdm:sourceProperty'] as string).replace(/^\//, '').split('/').join('.')
    const node = byPath.get(path)
    if (!node) throw new XdmapError('SCHEMA_INVALID', `Identity descriptor points at ${d['xdm:sourceProperty'] as string}, which is not a field of the schema`, { file: source, field: path })
    const isPrimary = d['xdm:isPrimary'] === true
    if (isPrimary) {
      if (primary) throw new XdmapError('SCHEMA_INVALID', `Two primary identity descriptors (${primary} and ${path}); AEP allows one`, { file: source, field: path })
      primary = path
    }
    node.identity = { namespace: String(d['xdm:namespace'] ?? ''), primary: isPrimary }
  }
}

/** Leaf fields (primitive XDM types), in schema order. */
export function leaves(catalog: FieldCatalog): FieldNode[] {
  return [...catalog.byPath.values()].filter((n) => LEAF_TYPES.includes(n.xdmType))
}
