import { editDistance } from '../util/edit-distance.js'
import { ConvertError, type Converter } from '../convert/failure.js'
import { compileDateFormatter, compileDatePattern } from '../convert/java-date-pattern.js'
import { XdmapError } from '../util/errors.js'
import type { FieldNode } from '../schema/catalog.js'
import { ExpressionError, FUNCTIONS, METHODS, NOT_SUPPORTED, PATTERN_ARGUMENT, REGEX_ARGUMENT, ZonedDate, type Value } from './functions.js'
import { compileRegex } from './regex.js'
import { newRecord, put, str } from './value.js'
import { ExpressionSyntaxError, parseExpression, type Node } from './parse.js'

export { parseExpression, columnsOf, type Node } from './parse.js'


/** The function a call names (case-insensitively), or for a method call the function the method stands for. */
function lookup(name: string, method = false): string | undefined {
  if (method) return Object.hasOwn(METHODS, name) ? METHODS[name] : undefined
  if (Object.hasOwn(FUNCTIONS, name)) return name
  const lower = name.toLowerCase()
  return Object.keys(FUNCTIONS).find((k) => k.toLowerCase() === lower)
}

/**
 * Parses an expression and checks what can be checked before any row: syntax, that every function exists and gets
 * a number of arguments it takes, and that literal date patterns use supported letters. Errors carry the position.
 */
export function checkExpression(src: string): Node {
  const tree = parseExpression(src)
  const visit = (n: Node): void => {
    switch (n.kind) {
      case 'call': {
        const name = lookup(n.name, n.method)
        if (!name && n.method) throw new ExpressionSyntaxError(`unknown method .${n.name}(); methods are ${Object.keys(METHODS).map((m) => `.${m}()`).join(', ')}`, n.pos, src)
        if (!name) {
          const why = NOT_SUPPORTED[n.name.toLowerCase()]
          const near = Object.keys(FUNCTIONS).filter((k) => editDistance(k.toLowerCase(), n.name.toLowerCase()) <= 2)
          throw new ExpressionSyntaxError(why ? `function ${n.name}() is not supported by xdmap: ${why}` : `unknown function ${n.name}()${near.length ? `; did you mean ${near.join(' or ')}?` : ''}`, n.pos, src)
        }
        const spec = FUNCTIONS[name]!
        if (n.method && n.args.length !== spec.min) throw new ExpressionSyntaxError(`.${n.name}() takes ${spec.min - 1} argument${spec.min === 2 ? '' : 's'}, not ${n.args.length - 1} (${spec.doc})`, n.pos, src)
        if (n.args.length < spec.min || n.args.length > spec.max) {
          const range = spec.max === Infinity ? `at least ${spec.min}` : spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`
          throw new ExpressionSyntaxError(`${name}() takes ${range} argument${spec.max === 1 ? '' : 's'}, not ${n.args.length} (${spec.doc})`, n.pos, src)
        }
        const pi = PATTERN_ARGUMENT[name]
        const pattern = pi !== undefined ? n.args[pi] : undefined
        if (pattern?.kind === 'literal' && typeof pattern.value === 'string') {
          try {
            if (name === 'date') compileDatePattern(pattern.value)
            else compileDateFormatter(pattern.value)
          } catch (e) {
            throw new ExpressionSyntaxError((e as Error).message, pattern.pos, src)
          }
        }
        const ri = REGEX_ARGUMENT[name]
        const re = ri !== undefined ? n.args[ri] : undefined
        if (re?.kind === 'literal' && typeof re.value === 'string') {
          try { compileRegex(re.value) } catch (e) { throw new ExpressionSyntaxError((e as Error).message, re.pos, src) }
        }
        n.args.forEach(visit)
        break
      }
      case 'array': n.items.forEach(visit); break
      case 'map': n.entries.forEach(([k, v]) => { visit(k); visit(v) }); break
      case 'unary': visit(n.arg); break
      case 'binary': visit(n.left); visit(n.right); break
      case 'ternary': visit(n.test); visit(n.then); visit(n.else); break
      default: break
    }
  }
  visit(tree)
  return tree
}

type Eval = (cells: readonly string[]) => Value

const isNumeric = (v: Value): boolean => typeof v === 'number' || (typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v))
const text = (v: Value): string => (v === null ? '' : v instanceof ZonedDate ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))
const truthy = (v: Value): boolean => {
  if (typeof v === 'boolean') return v
  if (v === null) return false
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'string') { const s = v.trim().toLowerCase(); return !(s === '' || s === 'false' || s === '0' || s === 'no' || s === 'n' || s === 'off') }
  return true
}
const toNum = (v: Value): number => {
  if (typeof v === 'number') return v
  if (!isNumeric(v)) throw new ExpressionError(`${JSON.stringify(v)} is not a number`)
  return Number(v)
}

function binary(op: string, a: Value, b: Value): Value {
  switch (op) {
    case '+':
      if (typeof a === 'number' && typeof b === 'number') return a + b
      return text(a) + text(b)
    case '-': return toNum(a) - toNum(b)
    case '*': return toNum(a) * toNum(b)
    case '/': { const d = toNum(b); if (d === 0) throw new ExpressionError('division by zero'); return toNum(a) / d }
    case '%': { const d = toNum(b); if (d === 0) throw new ExpressionError('division by zero'); return toNum(a) % d }
    case '==': case '!=': {
      const eq = a === null || b === null ? a === b : isNumeric(a) && isNumeric(b) ? Number(a) === Number(b) : text(a) === text(b)
      return op === '==' ? eq : !eq
    }
    default: {
      if (a === null || b === null) return false
      const c = isNumeric(a) && isNumeric(b) ? Number(a) - Number(b) : text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0
    }
  }
}

/** Compiles a checked expression into a function of the row's cells; column names become positions. */
export function compileExpression(tree: Node, columnIndex: ReadonlyMap<string, number>, src: string): Eval {
  const build = (n: Node): Eval => {
    switch (n.kind) {
      case 'literal': { const v = n.value; return () => v }
      case 'column': {
        const i = columnIndex.get(n.name)
        if (i === undefined) throw new ExpressionSyntaxError(`column ${JSON.stringify(n.name)} is not in the CSV header`, n.pos, src)
        return (cells) => { const c = cells[i]!; return c === '' ? null : c }
      }
      case 'array': { const items = n.items.map(build); return (cells) => items.map((f) => f(cells)) }
      case 'map': {
        const entries = n.entries.map(([k, v]) => [build(k), build(v)] as const)
        return (cells) => { const o = newRecord(); for (const [k, v] of entries) put(o, str(k(cells)), v(cells)); return o }
      }
      case 'unary': {
        const arg = build(n.arg)
        return n.op === '!' ? (cells) => !truthy(arg(cells)) : (cells) => -toNum(arg(cells))
      }
      case 'binary': {
        const l = build(n.left)
        const r = build(n.right)
        if (n.op === '&&') return (cells) => truthy(l(cells)) && truthy(r(cells))
        if (n.op === '||') return (cells) => truthy(l(cells)) || truthy(r(cells))
        const op = n.op
        return (cells) => binary(op, l(cells), r(cells))
      }
      case 'ternary': {
        const t = build(n.test); const a = build(n.then); const b = build(n.else)
        return (cells) => (truthy(t(cells)) ? a(cells) : b(cells))
      }
      case 'call': {
        const spec = FUNCTIONS[lookup(n.name, n.method)!]!
        if (spec === FUNCTIONS.contains_key) {
          // a path of the source: a column of the header, with a value in the row
          const arg = n.args[0]!
          if (arg.kind === 'literal') {
            const i = columnIndex.get(str(arg.value))
            return i === undefined ? () => false : (cells) => cells[i] !== ''
          }
          const f = build(arg)
          return (cells) => { const i = columnIndex.get(str(f(cells))); return i !== undefined && cells[i] !== '' }
        }
        const args = n.args.map(build)
        // iif, coalesce and date's default evaluate lazily, like a conditional
        if (spec === FUNCTIONS.iif) return (cells) => (truthy(args[0]!(cells)) ? args[1]!(cells) : args[2]!(cells))
        if (spec === FUNCTIONS.coalesce) return (cells) => { for (const f of args) { const v = f(cells); if (v !== null) return v } return null }
        if (spec === FUNCTIONS.date && args.length === 3) {
          return (cells) => {
            const value = args[0]!(cells)
            if (value !== null && value !== '') {
              try { return spec.fn([value, args[1]!(cells)]) } catch (e) { if (!(e instanceof ExpressionError)) throw e }
            }
            return spec.fn([null, null, args[2]!(cells)])
          }
        }
        return (cells) => spec.fn(args.map((f) => f(cells)))
      }
    }
  }
  return build(tree)
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/**
 * The converter for a leaf fed by an expression: evaluates, then turns the value into the field's type with the
 * same converters columns use. null and "" leave the field out. Errors become ConvertError (CONVERT_EXPRESSION).
 */
export function expressionConverter(evaluate: Eval, node: FieldNode, convert: Converter, instantsMs = false): (cells: readonly string[]) => unknown {
  const t = node.xdmType
  return (cells) => {
    let v: Value
    try {
      v = evaluate(cells)
    } catch (e) {
      return new ConvertError('CONVERT_EXPRESSION', (e as Error).message)
    }
    if (v === null || v === '') return undefined
    if (v instanceof ZonedDate) {
      if (t === 'date') { const w = v.wall(); return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}` }
      if (t === 'date-time') return instantsMs ? v.ms : v.toISOString()
      if (t === 'string') return v.toISOString()
      return new ConvertError('CONVERT_EXPRESSION', `the expression gives a date, which ${t} does not take`)
    }
    if (Array.isArray(v) || typeof v === 'object') {
      return new ConvertError('CONVERT_EXPRESSION', `the expression gives ${Array.isArray(v) ? 'an array' : 'an object'} for a ${t} field; take one value with first(), last() or join()`)
    }
    if (typeof v === 'boolean') {
      if (t === 'boolean') return v
      if (t === 'string') return String(v)
      return new ConvertError('CONVERT_EXPRESSION', `the expression gives a boolean for a ${t} field`)
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return new ConvertError('CONVERT_EXPRESSION', `the expression gives ${v}`)
    return convert(String(v))
  }
}

/** A mapping's expression problem as a configuration error; anything else (a programming error) is rethrown as it is. */
export function expressionError(index: number, e: unknown, file: string, line?: number): XdmapError {
  const where = { file, mapping: index, ...(line !== undefined ? { line } : {}) }
  if (e instanceof XdmapError) return new XdmapError(e.code, `mappings[${index}]: ${e.message}`, where)
  if (e instanceof ExpressionSyntaxError) return new XdmapError('MAPPING_EXPRESSION_SYNTAX', `mappings[${index}]: ${e.message}`, where)
  throw e
}
