import type { FieldCatalog, FieldNode } from './catalog.js'
import { leaves } from './catalog.js'

/** One row of `xdmap schema show`: a leaf field with everything the catalog knows. */
export interface FieldRow {
  path: string
  type: string
  format?: string
  range?: string
  enum?: unknown[]
  required: boolean
  identity?: string
  primaryIdentity?: boolean
  title?: string
  description?: string
}

/** Required here means required all the way from the root (a required field of an optional object is not). */
function requiredFromRoot(catalog: FieldCatalog, node: FieldNode): boolean {
  if (!node.required) return false
  const parts = node.path.split('.')
  for (let i = 1; i < parts.length; i++) {
    const parent = catalog.byPath.get(parts.slice(0, i).join('.'))
    if (!parent || !parent.required || parent.path.includes('[]') || parent.path.includes('{}')) return false
  }
  return !node.path.includes('[]') && !node.path.includes('{}')
}

export interface ShowOptions {
  filter?: string
  required?: boolean
  identities?: boolean
}

export function fieldRows(catalog: FieldCatalog, options: ShowOptions = {}): FieldRow[] {
  const f = options.filter?.toLowerCase()
  return leaves(catalog).map((n) => {
    const row: FieldRow = { path: n.path, type: n.xdmType, required: requiredFromRoot(catalog, n) }
    if (n.format) row.format = n.format
    const lo = n.minimum ?? n.exclusiveMinimum
    const hi = n.maximum ?? n.exclusiveMaximum
    if (lo !== undefined || hi !== undefined) row.range = `${lo ?? ''}..${hi ?? ''}`
    else if (n.maxLength !== undefined || n.minLength !== undefined) row.range = `length ${n.minLength ?? 0}..${n.maxLength ?? ''}`
    if (n.enum) row.enum = [...n.enum]
    else if (n.metaEnum) row.enum = Object.keys(n.metaEnum)
    if (n.identity) { row.identity = n.identity.namespace; row.primaryIdentity = n.identity.primary }
    if (n.title) row.title = n.title
    if (n.description) row.description = n.description
    return row
  }).filter((r) =>
    (!options.required || r.required) &&
    (!options.identities || r.identity !== undefined) &&
    (!f || [r.path, r.title ?? '', r.description ?? ''].some((x) => x.toLowerCase().includes(f))))
}

/** A text table for people: path, type, format/range, flags, title. */
export function formatFieldTable(rows: FieldRow[], width = 160): string {
  const cols = rows.map((r) => [
    r.path,
    r.type,
    [r.format, r.range, r.enum ? `enum(${r.enum.length})` : undefined].filter(Boolean).join(' '),
    [r.required ? 'required' : '', r.identity !== undefined ? `identity:${r.identity}${r.primaryIdentity ? '*' : ''}` : ''].filter(Boolean).join(' '),
    r.title ?? '',
  ])
  const head = ['PATH', 'TYPE', 'FORMAT/RANGE', 'FLAGS', 'TITLE']
  const w = head.map((h, i) => Math.min(60, Math.max(h.length, ...cols.map((c) => c[i]!.length))))
  const line = (c: string[]): string => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(w[i]!))).join('  ').slice(0, width).trimEnd()
  return [line(head), ...cols.map(line), `${rows.length} field${rows.length === 1 ? '' : 's'} (* primary identity)`].join('\n') + '\n'
}
