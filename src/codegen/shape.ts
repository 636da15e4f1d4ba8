import { XdmapError } from '../util/errors.js'
import type { FieldNode, XdmType } from '../schema/catalog.js'
import { filledWhole, type TNode } from './tree.js'

/**
 * What the records of a mapping look like, for the sinks and serializers: the fields the mapping can fill, in output
 * order. A field an expression fills whole (an object, map or array destination) stands for its whole subtree in the
 * schema, since any of its fields may come.
 */

/** The shape of the records a mapping writes: what a columnar sink needs (objects, maps, arrays, typed leaves). */
export type Shape =
  | { kind: 'object'; children: [string, Shape][] }
  /** `open`: keys other than `keys` may come (an expression fills the map, or an element of it, whole). */
  | { kind: 'map'; values: Shape; keys: string[]; open?: boolean }
  | { kind: 'array'; items: Shape }
  | { kind: 'leaf'; xdmType: XdmType }

const JSON_TYPES: Record<string, string> = {
  string: 'string', date: 'string', 'date-time': 'string', number: 'number',
  long: 'integer', int: 'integer', short: 'integer', byte: 'integer', boolean: 'boolean',
}

/** Keys of a group's children, in order of first appearance. */
function keysOf(group: readonly TNode[]): string[] {
  const keys: string[] = []
  for (const n of group) for (const c of n.children) if (!keys.includes(String(c.key))) keys.push(String(c.key))
  return keys
}

const childGroup = (group: readonly TNode[], k: string): TNode[] => group.map((n) => n.byKey.get(k)).filter((c): c is TNode => c !== undefined)

/** The shape of a group of nodes that hold the same schema field (array elements, same-named children of those). */
export function shapeOf(group: readonly TNode[]): Shape {
  const parts = group.filter((n) => !filledWhole(n))
  let shape: Shape | undefined
  if (parts.length) {
    const first = parts[0]!
    if (first.kind === 'leaf') shape = { kind: 'leaf', xdmType: first.field.xdmType }
    else if (first.kind === 'array') shape = { kind: 'array', items: shapeOf(parts.flatMap((n) => n.children)) }
    // maps: one value shape for every key, the union of what the keys hold
    else if (first.kind === 'map') shape = { kind: 'map', keys: keysOf(parts), values: shapeOf(parts.flatMap((n) => n.children)) }
    else shape = { kind: 'object', children: keysOf(parts).map((k) => [k, shapeOf(childGroup(parts, k))]) }
  }
  for (const n of group) if (filledWhole(n)) shape = shape ? mergeShapes(shape, fieldShape(n.field)) : fieldShape(n.field)
  return shape!
}

/** The whole subtree of a schema field. */
export function fieldShape(field: FieldNode): Shape {
  switch (field.xdmType) {
    case 'object': return { kind: 'object', children: [...field.properties!].map(([k, f]) => [k, fieldShape(f)]) }
    case 'map': return { kind: 'map', keys: [], values: fieldShape(field.values!), open: true }
    case 'array': return { kind: 'array', items: fieldShape(field.items!) }
    default: return { kind: 'leaf', xdmType: field.xdmType }
  }
}

/** Both shapes' fields (of the same schema field), `a`'s first. */
function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'object' && b.kind === 'object') {
    const children = a.children.map(([k, s]): [string, Shape] => { const o = b.children.find((c) => c[0] === k); return [k, o ? mergeShapes(s, o[1]) : s] })
    for (const c of b.children) if (!children.some((x) => x[0] === c[0])) children.push(c)
    return { kind: 'object', children }
  }
  if (a.kind === 'map' && b.kind === 'map') return { kind: 'map', keys: [...new Set([...a.keys, ...b.keys])], values: mergeShapes(a.values, b.values), ...(a.open || b.open ? { open: true } : {}) }
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', items: mergeShapes(a.items, b.items) }
  return a
}

/**
 * JSON Schema of exactly the fields a group can fill (types only, properties in output order): for serializers. Each
 * map key gets its own value schema (the keys' objects may order their fields differently).
 */
export function projectionOf(group: readonly TNode[]): Record<string, unknown> {
  const parts = group.filter((n) => !filledWhole(n))
  let p: Record<string, unknown> | undefined
  if (parts.length) {
    const first = parts[0]!
    if (first.kind === 'leaf') p = { type: JSON_TYPES[first.field.xdmType] }
    else if (first.kind === 'array') p = { type: 'array', items: projectionOf(parts.flatMap((n) => n.children)) }
    else p = { type: 'object', properties: Object.fromEntries(keysOf(parts).map((k) => [k, projectionOf(childGroup(parts, k))])) }
  }
  for (const n of group) if (filledWhole(n)) p = p ? mergeProjections(p, toProjection(fieldShape(n.field))) : toProjection(fieldShape(n.field))
  return p!
}

function toProjection(s: Shape): Record<string, unknown> {
  switch (s.kind) {
    case 'leaf': return { type: JSON_TYPES[s.xdmType] }
    case 'array': return { type: 'array', items: toProjection(s.items) }
    case 'object': return { type: 'object', properties: Object.fromEntries(s.children.map(([k, c]) => [k, toProjection(c)])) }
    case 'map': {
      // the keys the mapping names, and any other key when an expression fills the map
      const values = toProjection(s.values)
      const named = s.keys.length ? { properties: Object.fromEntries(s.keys.map((k) => [k, values])) } : {}
      return { type: 'object', ...named, ...(s.open ? { additionalProperties: values } : {}) }
    }
  }
}

type Projection = { type?: unknown; properties?: Record<string, Projection>; additionalProperties?: Projection; items?: Projection }

function mergeProjections(a: Projection, b: Projection): Projection {
  const out: Projection = { ...a }
  if (a.items && b.items) out.items = mergeProjections(a.items, b.items)
  if (a.properties || b.properties) {
    const props = new Map(Object.entries(a.properties ?? {}))
    for (const [k, v] of Object.entries(b.properties ?? {})) props.set(k, props.has(k) ? mergeProjections(props.get(k)!, v) : v)
    out.properties = Object.fromEntries(props)
  }
  if (b.additionalProperties) out.additionalProperties = a.additionalProperties ? mergeProjections(a.additionalProperties, b.additionalProperties) : b.additionalProperties
  return out
}

/**
 * Why Parquet cannot hold records of this shape, if it cannot: a group needs at least one field, so an object with
 * no fields in the schema (reachable only through an expression that fills its parent whole) has no Parquet type.
 */
export function parquetShapeProblem(shape: Shape, path = ''): string | undefined {
  switch (shape.kind) {
    case 'leaf': return undefined
    case 'array': return parquetShapeProblem(shape.items, `${path}[]`)
    case 'map': return parquetShapeProblem(shape.values, `${path}{}`)
    case 'object':
      if (!shape.children.length) return `${path || '(root)'} is an object with no fields in the schema, and a Parquet group needs at least one`
      for (const [k, c] of shape.children) {
        const why = parquetShapeProblem(c, path ? `${path}.${k}` : k)
        if (why) return why
      }
      return undefined
  }
}

/** Throws OUTPUT_PARQUET_SHAPE (exit 2) when Parquet cannot hold records of this shape (call it for --format parquet). */
export function assertParquetShape(shape: Shape): void {
  const why = parquetShapeProblem(shape)
  if (why) throw new XdmapError('OUTPUT_PARQUET_SHAPE', `--format parquet cannot write these records: ${why}; write JSON Lines (--format json) or map the fields one by one`)
}
