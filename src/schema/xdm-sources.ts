import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { inferXdmType } from './catalog.js'

/**
 * adobe/xdm sources (draft-06, `definitions` + `allOf` + cross-file `$ref`s to https://ns.adobe.com/... ids) →
 * the Schema Registry's resolved shape, with the registry's naming:
 *   `xdm:foo` → `foo`; `@id` → `_id`, `@type` → `_type` (any `@x` → `_x`); another prefix nests under an
 *   underscore namespace (`schema:latitude` → `_schema.latitude`, `repo:createDate` → `_repo.createDate`);
 *   `https://ns.adobe.com/experience/foo` → `_experience.foo`; `required` entries are renamed the same way.
 * Recursive references are cut (the field becomes an open object noting the cut) and `meta:xdmType` is filled
 * in where the sources leave it out.
 */

type Json = Record<string, unknown>

export interface Component {
  id: string
  file: string
  schema: Json
}

/** Every `*.schema.json` under a components directory, by `$id`. */
export class ComponentIndex {
  readonly dir: string
  readonly byId: Map<string, Component>
  private constructor(dir: string, byId: Map<string, Component>) {
    this.dir = dir
    this.byId = byId
  }

  static async load(dir: string): Promise<ComponentIndex> {
    const byId = new Map<string, Component>()
    let entries: string[]
    try {
      entries = await readdir(dir, { recursive: true })
    } catch (e) {
      throw new XdmapError('FILE_NOT_FOUND', `Cannot read the components directory ${dir}: ${(e as Error).message}`, { file: dir })
    }
    for (const rel of entries.filter((f) => f.endsWith('.schema.json')).sort()) {
      const file = join(dir, rel)
      let schema: Json
      try {
        schema = JSON.parse(await readFile(file, 'utf8')) as Json
      } catch (e) {
        throw new XdmapError('SCHEMA_INVALID', `${file} is not valid JSON: ${(e as Error).message}`, { file })
      }
      if (typeof schema.$id === 'string') byId.set(schema.$id, { id: schema.$id, file, schema })
    }
    return new ComponentIndex(dir, byId)
  }

  get(id: string): Component | undefined {
    return this.byId.get(id) ?? this.byId.get(id.replace(/\/$/, ''))
  }

  relative(file: string): string {
    return relative(this.dir, file)
  }
}

/** Registry name of a source property key, as path segments (`schema:latitude` → ['_schema', 'latitude']). */
export function registryName(key: string): string[] {
  if (key.startsWith('xdm:')) return [key.slice(4)]
  if (key.startsWith('@')) return [`_${key.slice(1)}`]
  const exp = /^https?:\/\/ns\.adobe\.com\/experience\/(.+)$/.exec(key)
  if (exp) return ['_experience', ...exp[1]!.split('/').filter(Boolean)]
  const prefixed = /^([A-Za-z][\w-]*):(.+)$/.exec(key)
  if (prefixed && !/^https?$/.test(prefixed[1]!)) return [`_${prefixed[1]}`, prefixed[2]!]
  return [key]
}

/** An instance (an example record) renamed the way the registry renames its schema. */
export function renameInstance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renameInstance)
  if (!value || typeof value !== 'object') return value
  const out: Json = {}
  for (const [k, v] of Object.entries(value as Json)) {
    const path = registryName(k)
    let target = out
    for (const seg of path.slice(0, -1)) {
      if (!target[seg] || typeof target[seg] !== 'object') target[seg] = {}
      target = target[seg] as Json
    }
    const last = path[path.length - 1]!
    const renamed = renameInstance(v)
    if (target[last] && typeof target[last] === 'object' && renamed && typeof renamed === 'object' && !Array.isArray(renamed)) Object.assign(target[last] as Json, renamed)
    else target[last] = renamed
  }
  return out
}

const EXTENSIBLE_CONTEXT = 'https://ns.adobe.com/xdm/common/extensible#/definitions/@context'

const DROP = new Set(['$schema', 'definitions', 'allOf', '$ref', 'meta:license', 'meta:titleId', 'meta:descriptionId'])

/** JSON Schema keywords the resolved shape keeps; other plain keys in the sources (`auditable`, `name`, a stray `Title`) are dropped, as the registry does. */
const KEYWORDS = new Set(('$id $comment title description default examples readOnly writeOnly multipleOf maximum exclusiveMaximum minimum ' +
  'exclusiveMinimum maxLength minLength pattern additionalItems items maxItems minItems uniqueItems contains maxProperties minProperties ' +
  'required additionalProperties properties patternProperties dependencies propertyNames const enum type format anyOf oneOf not if then else ' +
  'contentMediaType contentEncoding deprecated version').split(' '))

function pointer(root: Json, fragment: string): unknown {
  if (fragment === '' || fragment === '/') return root
  let cur: unknown = root
  for (const raw of fragment.replace(/^\//, '').split('/')) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    cur = cur && typeof cur === 'object' ? (cur as Json)[seg] : undefined
  }
  return cur
}

/** Deep merge of two resolved schema nodes (allOf members, or a $ref target and its siblings). */
function merge(a: Json, b: Json): Json {
  const out: Json = { ...a }
  for (const [k, v] of Object.entries(b)) {
    if (k === 'properties' && out.properties && v && typeof v === 'object') {
      const props: Json = { ...(out.properties as Json) }
      for (const [pk, pv] of Object.entries(v as Json)) props[pk] = props[pk] ? merge(props[pk] as Json, pv as Json) : pv
      out.properties = props
    } else if (k === 'required' && Array.isArray(out.required) && Array.isArray(v)) {
      out.required = [...new Set([...(out.required as string[]), ...(v as string[])])]
    } else if (k === 'meta:extends' && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...new Set([...(out[k] as string[]), ...(v as string[])])]
    } else if (k === 'type' && out.type !== undefined && v !== out.type) {
      // keep the first type (a $ref target's) unless it is missing
    } else {
      out[k] = v
    }
  }
  return out
}

export interface ResolveOptions {
  /** Keep `meta:*` annotations (default true). */
  annotations?: boolean
}

/** Resolves one source schema (or node of it) into the registry's resolved shape. */
export function resolveSchema(index: ComponentIndex, source: Component | Json, options: ResolveOptions = {}): Json {
  const root: Component = 'schema' in source && 'file' in source ? (source as unknown as Component) : { id: String((source as Json).$id ?? 'schema'), file: String((source as Json).$id ?? 'schema'), schema: source as Json }
  const keepMeta = options.annotations ?? true

  const resolveNode = (node: Json, ctx: Component, stack: string[], path: string): Json => {
    let out: Json = {}
    if (typeof node.$ref === 'string') {
      const [url, frag = ''] = node.$ref.split('#') as [string, string?]
      const target = url ? index.get(url) : ctx
      if (!target) throw new XdmapError('SCHEMA_UNRESOLVED_REF', `${path || '(root)'}: $ref ${node.$ref} is not in the components directory ${index.dir}`, { file: ctx.file, field: path })
      const key = `${target.id}#${frag}`
      if (stack.includes(key)) {
        out = { type: 'object', 'meta:xdmType': 'object', description: `Recursive reference to ${key}, cut here` }
      } else {
        const t = pointer(target.schema, frag)
        if (!t || typeof t !== 'object') throw new XdmapError('SCHEMA_UNRESOLVED_REF', `${path || '(root)'}: $ref ${node.$ref} points at nothing`, { file: ctx.file, field: path })
        out = resolveNode(t as Json, target, [...stack, key], path)
      }
    }
    if (Array.isArray(node.allOf)) {
      for (const m of node.allOf as Json[]) {
        // the JSON-LD @context of the sources (which admits any prefixed name) has no place in the registry's shape
        if (m.$ref === EXTENSIBLE_CONTEXT) continue
        out = merge(out, resolveNode(m, ctx, stack, path))
      }
    }
    const own: Json = {}
    for (const [k, v] of Object.entries(node)) {
      if (DROP.has(k)) continue
      if (!KEYWORDS.has(k) && !/^[A-Za-z]+:/.test(k)) continue
      if (!keepMeta && k.startsWith('meta:')) continue
      if (k === '$id' && path !== '') continue
      if (k === 'properties' && v && typeof v === 'object') {
        const props: Json = {}
        for (const [pk, pv] of Object.entries(v as Json)) props[pk] = resolveNode(pv as Json, ctx, stack, path ? `${path}.${pk}` : pk)
        own.properties = props
      } else if (k === 'patternProperties' && v && typeof v === 'object') {
        own[k] = Object.fromEntries(Object.entries(v as Json).map(([pk, pv]) => [pk, resolveNode(pv as Json, ctx, stack, `${path}{}`)]))
      } else if (['items', 'additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'].includes(k) && v && typeof v === 'object' && !Array.isArray(v)) {
        own[k] = resolveNode(v as Json, ctx, stack, `${path}[]`)
      } else if ((k === 'anyOf' || k === 'oneOf' || k === 'items') && Array.isArray(v)) {
        own[k] = (v as Json[]).map((m) => resolveNode(m, ctx, stack, path))
      } else {
        own[k] = v
      }
    }
    out = merge(out, own)
    return rename(out)
  }

  const rename = (node: Json): Json => {
    if (!node.properties || typeof node.properties !== 'object') return fill(node)
    const props: Json = {}
    for (const [k, v] of Object.entries(node.properties as Json)) {
      // registryName is idempotent, so properties merged from already renamed allOf members pass through
      const path = registryName(k)
      let parent = props
      for (const seg of path.slice(0, -1)) {
        parent[seg] ??= { type: 'object', 'meta:xdmType': 'object', properties: {} }
        const p = parent[seg] as Json
        p.properties ??= {}
        parent = p.properties as Json
      }
      const last = path[path.length - 1]!
      parent[last] = parent[last] ? merge(parent[last] as Json, v as Json) : v
    }
    const requiredTop: string[] = []
    for (const r of Array.isArray(node.required) ? (node.required as string[]) : []) {
      const path = registryName(r)
      if (path.length === 1) { if (!requiredTop.includes(path[0]!)) requiredTop.push(path[0]!); continue }
      let target: Json = { properties: props }
      for (const seg of path.slice(0, -1)) target = ((target.properties as Json)[seg] ?? {}) as Json
      target.required = [...new Set([...((target.required as string[]) ?? []), path[path.length - 1]!])]
    }
    const out: Json = { ...node, properties: props }
    if (requiredTop.length) out.required = requiredTop
    else delete out.required
    return fill(out)
  }

  const fill = (node: Json): Json => {
    if (node['meta:xdmType'] === undefined && (node.type !== undefined || node.properties || node.items)) {
      node['meta:xdmType'] = inferXdmType(node)
    }
    if (node.properties && node.type === undefined) node.type = 'object'
    return node
  }

  const resolved = resolveNode(root.schema, root, [`${root.id}#`], '')
  if (typeof root.schema.$id === 'string') resolved.$id = root.schema.$id
  return resolved
}

export interface ComposeOptions {
  classId: string
  fieldGroups?: readonly string[]
  /** `$id` of the composed schema. Default: a name built from the class. */
  id?: string
  title?: string
  description?: string
}

/** A schema made of a class plus field groups (like one built in the AEP UI), resolved. */
export function composeSchema(index: ComponentIndex, options: ComposeOptions): Json {
  const ids = [options.classId, ...(options.fieldGroups ?? [])]
  for (const id of ids) if (!index.get(id)) throw new XdmapError('SCHEMA_UNRESOLVED_REF', `${id} is not in the components directory ${index.dir}`)
  const cls = index.get(options.classId)!
  const source: Json = {
    $id: options.id ?? `${options.classId}-composed`,
    title: options.title ?? `${String(cls.schema.title ?? 'Schema')} (composed)`,
    type: 'object',
    'meta:class': options.classId,
    'meta:extends': ids,
    allOf: ids.map((id) => ({ $ref: id })),
  }
  if (options.description !== undefined) source.description = options.description
  const out = resolveSchema(index, source)
  out['meta:class'] = options.classId
  out['meta:extends'] = ids
  out['meta:resourceType'] = 'schemas'
  return out
}
