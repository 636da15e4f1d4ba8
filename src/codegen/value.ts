import { ConvertError, converterFor, type ConvertOptions } from '../convert/index.js'
import { expressionConverter } from '../expression/compile.js'
import { ZonedDate, type Value } from '../expression/functions.js'
import type { FieldNode } from '../schema/catalog.js'
import { defineOwn } from './code.js'

/**
 * An expression's value for an object, map or array destination, converted field by field along the schema's subtree.
 * Leaves take the same rules as an expression into a leaf (`expressionConverter`): null and "" leave the field out,
 * strings go through the field's converter, a date or boolean where it fits. Objects are built in schema order,
 * maps in the value's key order, arrays in order with the left-out elements closed up; an object, map or array left
 * with nothing in it is left out too. A value of the wrong kind, or an object field the schema does not have, is
 * CONVERT_SHAPE naming the field and what it expected. Types, formats, enums and patterns are then ajv's (the record
 * is validated like any other).
 */
export type ValueConverter = (value: unknown) => unknown

const own = Object.prototype.hasOwnProperty

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array'
  if (v instanceof ZonedDate) return 'a date'
  if (typeof v === 'object') return 'an object'
  return `${typeof v === 'string' ? 'the string' : `the ${typeof v}`} ${JSON.stringify(v)?.slice(0, 40) ?? String(v)}`
}

function list(names: Iterable<string>): string {
  const all = [...names]
  const shown = all.slice(0, 8).map((n) => JSON.stringify(n)).join(', ')
  return all.length > 8 ? `${shown}, ... (${all.length} fields)` : shown || 'no fields'
}

const join = (path: string, key: string): string => `${path}.${key.replace(/([.\\[\]])/g, '\\$1')}`

/** The converter of values for `field` (any XDM type), whose errors name fields from `path` (the destination). */
export function valueConverter(field: FieldNode, path: string, options: ConvertOptions = {}): ValueConverter {
  const leaves = new Map<FieldNode, (v: unknown) => unknown>()
  const leaf = (node: FieldNode): ((v: unknown) => unknown) => {
    let f = leaves.get(node)
    if (!f) {
      // an expression's leaf rules, applied to the value at hand
      let current: Value = null
      const convert = expressionConverter(() => current, node, converterFor(node, options))
      f = (v) => { current = v as Value; return convert([]) }
      leaves.set(node, f)
    }
    return f
  }
  const shapeError = (at: string, expected: string, v: unknown): ConvertError => new ConvertError('CONVERT_SHAPE', `${at} takes ${expected}, not ${describe(v)}`)

  const convert = (node: FieldNode, v: unknown, at: string): unknown => {
    if (v === null || v === undefined || v === '') return undefined
    switch (node.xdmType) {
      case 'object': {
        if (!isPlainObject(v)) return shapeError(at, `an object (fields ${list(node.properties!.keys())})`, v)
        for (const k of Object.keys(v)) {
          if (!node.properties!.has(k)) return new ConvertError('CONVERT_SHAPE', `${at} has no field ${JSON.stringify(k)} in the schema (its fields: ${list(node.properties!.keys())})`)
        }
        const out: Record<string, unknown> = {}
        let any = false
        for (const [k, child] of node.properties!) {
          if (!own.call(v, k)) continue
          const r = convert(child, v[k], join(at, k))
          if (r instanceof ConvertError) return r
          if (r !== undefined) { defineOwn(out, k, r); any = true }
        }
        return any ? out : undefined
      }
      case 'map': {
        if (!isPlainObject(v)) return shapeError(at, 'a map (an object of keys and values)', v)
        const out: Record<string, unknown> = {}
        let any = false
        for (const k of Object.keys(v)) {
          const r = convert(node.values!, v[k], join(at, k))
          if (r instanceof ConvertError) return r
          if (r !== undefined) { defineOwn(out, k, r); any = true }
        }
        return any ? out : undefined
      }
      case 'array': {
        if (!Array.isArray(v)) return shapeError(at, 'an array', v)
        const out: unknown[] = []
        for (let i = 0; i < v.length; i++) {
          const r = convert(node.items!, v[i], `${at}[${i}]`)
          if (r instanceof ConvertError) return r
          if (r !== undefined) out.push(r)
        }
        return out.length ? out : undefined
      }
      default: {
        const r = leaf(node)(v)
        return r instanceof ConvertError ? new ConvertError(r.code, `${at}: ${r.message}`) : r
      }
    }
  }
  return (v) => convert(field, v, path)
}

/** An expression into an object, map or array destination: the evaluated value, converted (or a ConvertError). */
export function nestedExpression(evaluate: (cells: readonly string[]) => unknown, field: FieldNode, path: string, options: ConvertOptions = {}): (cells: readonly string[]) => unknown {
  const convert = valueConverter(field, path, options)
  return (cells) => {
    let v: unknown
    try {
      v = evaluate(cells)
    } catch (e) {
      return new ConvertError('CONVERT_EXPRESSION', (e as Error).message)
    }
    return convert(v)
  }
}
