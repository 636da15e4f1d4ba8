import { XdmapError } from '../util/errors.js'
import type { MappingSet, ResolvedMapping } from '../mapping/load.js'
import type { FieldCatalog, FieldNode, XdmType } from '../schema/catalog.js'

/**
 * The output tree of a mapping set: the part of the schema its destinations reach, one node per object, map, array
 * element and leaf, children in output order. A node with a mapping is filled by that mapping: a leaf, or a whole
 * object, map or array an EXPRESSION gives (nothing is mapped under such a node).
 *
 * Presence rule: a node is written when at least one column-fed field under it has a value; constants (STATIC, and
 * expressions that read no column) ride along with such a node but never keep an otherwise empty one alive. A node
 * fed by constants only is written when one of them has a value (a STATIC always has). Array elements keep their
 * order; missing elements are closed up.
 */
export interface TNode {
  kind: 'object' | 'map' | 'array' | 'leaf'
  /** Property name, map key or array index. */
  key: string | number
  field: FieldNode
  children: TNode[]
  byKey: Map<string | number, TNode>
  /** The mapping that fills this node (a leaf, or a whole object/map/array). */
  mapping?: ResolvedMapping
  /** Fed by a column (directly or through an expression that reads one): decides whether its parent is written. */
  dynamic: boolean
  /** Has a value in every row (a STATIC, or a node holding one that no column decides). */
  always: boolean
}

/** A node an expression fills whole: an object, map or array destination. */
export const filledWhole = (n: TNode): boolean => n.mapping !== undefined && n.kind !== 'leaf'

function kindOf(t: XdmType): TNode['kind'] {
  return t === 'object' ? 'object' : t === 'map' ? 'map' : t === 'array' ? 'array' : 'leaf'
}

function overlap(set: MappingSet, whole: ResolvedMapping, inside: ResolvedMapping): XdmapError {
  return new XdmapError('MAPPING_DESTINATION_OVERLAP', `mappings[${inside.index}] writes ${inside.destination}, inside ${whole.destination}, which mappings[${whole.index}] writes whole; map the ${whole.node.xdmType} whole or field by field, not both`, { file: set.file ?? 'mapping', mapping: inside.index, field: inside.destination, ...(inside.line !== undefined ? { line: inside.line } : {}) })
}

/** Builds the output tree of a mapping set (mappings in file order), child orders unified, presence marked. */
export function buildTree(catalog: FieldCatalog, set: MappingSet): TNode {
  const root: TNode = { kind: 'object', key: '', field: catalog.root, children: [], byKey: new Map(), dynamic: false, always: true }
  for (const m of set.mappings) {
    let node = root
    let field = catalog.root
    m.steps.forEach((step, i) => {
      if (node.mapping) throw overlap(set, node.mapping, m)
      const key = 'index' in step ? step.index : step.name
      field = 'index' in step ? field.items! : field.xdmType === 'map' ? field.values! : field.properties!.get(step.name)!
      let child = node.byKey.get(key)
      if (!child) {
        child = { kind: kindOf(field.xdmType), key, field, children: [], byKey: new Map(), dynamic: false, always: false }
        node.byKey.set(key, child)
        node.children.push(child)
        if (node.kind === 'array') node.children.sort((a, b) => (a.key as number) - (b.key as number))
      }
      if (i === m.steps.length - 1) {
        if (child.children.length) throw overlap(set, m, firstMapping(child))
        child.mapping = m
      }
      node = child
    })
  }
  mark(root)
  root.always = true
  unifyAll(root)
  return root
}

function firstMapping(n: TNode): ResolvedMapping {
  return n.mapping ?? firstMapping(n.children[0]!)
}

function mark(n: TNode): void {
  const m = n.mapping
  if (m) {
    n.dynamic = m.sourceType === 'ATTRIBUTE' || (m.sourceType === 'EXPRESSION' && (m.columns?.length ?? 0) > 0)
    n.always = m.sourceType === 'STATIC'
    return
  }
  n.children.forEach(mark)
  n.dynamic = n.children.some((c) => c.dynamic)
  n.always = !n.dynamic && n.children.some((c) => c.always)
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
