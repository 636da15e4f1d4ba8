import { XdmapError } from '../util/errors.js'
import { RESERVED_WORDS } from './reserved.js'
import { table } from '../util/table.js'

/**
 * The Data Prep expression language of calculated fields (`sourceType: "EXPRESSION"`), parsed into a tree once.
 * Data Prep's language is JEXL-based (its reserved words are JEXL's), so the operators are JEXL's:
 * `?:`, `||`/`or`, `&&`/`and`, `==`/`eq`, `!=`/`ne`, `<`/`lt`, `<=`/`le`, `>`/`gt`, `>=`/`ge`, `+`, `-`, `*`,
 * `/`/`div`, `%`/`mod`, unary `!`/`not` and `-`. Operands: numbers, "strings" or 'strings' with backslash escapes,
 * true/false/null, function calls, `[a, b]` arrays, `{ "key": value }` maps, method calls on a value
 * (`"s".equalsIgnoreCase("S")`, `str_to_object(x).get("key")`), and column references: identifiers (`\.` for a
 * literal dot) or any name wrapped as `${First Name}`.
 *
 * Nesting (parentheses, calls, arrays, maps, unary operators) is limited to MAX_EXPRESSION_DEPTH levels, so a
 * hostile expression is a syntax error naming the limit, never a stack overflow.
 */

export const MAX_EXPRESSION_DEPTH = 100

export type Node =
  | { kind: 'literal'; value: string | number | boolean | null; pos: number }
  | { kind: 'column'; name: string; pos: number }
  | { kind: 'call'; name: string; args: Node[]; pos: number; method?: boolean }
  | { kind: 'array'; items: Node[]; pos: number }
  | { kind: 'map'; entries: [Node, Node][]; pos: number }
  | { kind: 'unary'; op: '!' | '-'; arg: Node; pos: number }
  | { kind: 'binary'; op: string; left: Node; right: Node; pos: number }
  | { kind: 'ternary'; test: Node; then: Node; else: Node; pos: number }

type Token = { type: 'num' | 'str' | 'ident' | 'col' | 'op' | 'end'; value: string; pos: number }

const WORD_OPS: Record<string, string> = table<string>({ or: '||', and: '&&', eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', div: '/', mod: '%', not: '!' })
const ESCAPES: Record<string, string> = table<string>({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' })

export class ExpressionSyntaxError extends XdmapError {
  readonly position: number
  constructor(message: string, position: number, expression: string) {
    super('MAPPING_EXPRESSION_SYNTAX', `${message} at character ${position + 1}: ${expression.length > 120 ? `${expression.slice(Math.max(0, position - 50), position + 50)}` : expression}`)
    this.position = position
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const fail = (msg: string, at = i): never => { throw new ExpressionSyntaxError(msg, at, src) }
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) { i++; continue }
    const start = i
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[lLdDfF]?/.exec(src.slice(i))!
      tokens.push({ type: 'num', value: m[0].replace(/[lLdDfF]$/, ''), pos: start })
      i += m[0].length
      continue
    }
    if (c === '"' || c === "'") {
      let value = ''
      i++
      for (;;) {
        if (i >= src.length) fail(`unclosed string (opened with ${c})`, start)
        const ch = src[i]!
        if (ch === c) { i++; break }
        if (ch === '\\') {
          const n = src[i + 1]
          if (n === undefined) fail('unfinished escape in string')
          if (n === 'u') {
            const hex = src.slice(i + 2, i + 6)
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape in string')
            value += String.fromCharCode(parseInt(hex, 16))
            i += 6
            continue
          }
          value += ESCAPES[n!] ?? n
          i += 2
          continue
        }
        value += ch
        i++
      }
      tokens.push({ type: 'str', value, pos: start })
      continue
    }
    if (c === '$' && src[i + 1] === '{') {
      const close = src.indexOf('}', i + 2)
      if (close === -1) fail('unclosed ${ ... }', start)
      tokens.push({ type: 'col', value: src.slice(i + 2, close), pos: start })
      i = close + 1
      continue
    }
    if (/[\p{L}_$]/u.test(c)) {
      let name = ''
      while (i < src.length) {
        const ch = src[i]!
        if (ch === '\\' && src[i + 1] === '.') { name += '.'; i += 2; continue }
        if (/[\p{L}\p{N}_$]/u.test(ch)) { name += ch; i++; continue }
        if (ch === '.' && /[\p{L}_$]/u.test(src[i + 1] ?? '')) { name += '.'; i++; continue }
        break
      }
      tokens.push({ type: 'ident', value: name, pos: start })
      continue
    }
    const two = src.slice(i, i + 2)
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) { tokens.push({ type: 'op', value: two, pos: start }); i += 2; continue }
    if (c === '.' && /[\p{L}_$]/u.test(src[i + 1] ?? '')) { tokens.push({ type: 'op', value: '.', pos: start }); i++; continue }
    if ('+-*/%<>!?:(),[]{}'.includes(c)) { tokens.push({ type: 'op', value: c, pos: start }); i++; continue }
    if (c === '=') fail('"=" is not an operator here; compare with "=="')
    fail(`unexpected character ${JSON.stringify(c)}`)
  }
  tokens.push({ type: 'end', value: '', pos: src.length })
  return tokens
}

/** Parses an expression; errors carry the character position. */
export function parseExpression(src: string): Node {
  if (src.length > 4096) throw new ExpressionSyntaxError(`the expression is ${src.length} characters long; Data Prep allows 4096`, 4096, src.slice(0, 100))
  const tokens = tokenize(src)
  let k = 0
  const peek = (): Token => tokens[k]!
  const next = (): Token => tokens[k++]!
  const fail = (msg: string, t: Token = peek()): never => { throw new ExpressionSyntaxError(msg, t.pos, src) }
  const isOp = (v: string): boolean => {
    const t = peek()
    return (t.type === 'op' && t.value === v) || (t.type === 'ident' && WORD_OPS[t.value.toLowerCase()] === v)
  }
  const expect = (v: string): Token => {
    if (!isOp(v)) fail(`expected "${v}"${peek().type === 'end' ? ' before the end' : ` but found ${JSON.stringify(peek().value)}`}`)
    return next()
  }

  let depth = 0
  const enter = (t: Token): void => {
    if (++depth > MAX_EXPRESSION_DEPTH) fail(`the expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels (parentheses, calls, arrays, maps and unary operators count), the most xdmap takes`, t)
  }
  const nested = <T>(t: Token, f: () => T): T => { enter(t); const r = f(); depth--; return r }
  const args = (close: string): Node[] => {
    const list: Node[] = []
    if (!isOp(close)) for (;;) { list.push(ternary()); if (isOp(',')) { next(); continue } break }
    expect(close)
    return list
  }

  const ternary = (): Node => {
    const test = binary(0)
    if (isOp('?')) {
      const q = next()
      return nested(q, () => {
        const then = ternary()
        expect(':')
        return { kind: 'ternary', test, then, else: ternary(), pos: q.pos }
      })
    }
    return test
  }
  const LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%']]
  const binary = (level: number): Node => {
    if (level === LEVELS.length) return unary()
    let left = binary(level + 1)
    for (;;) {
      const op = LEVELS[level]!.find((o) => isOp(o))
      if (!op) return left
      const t = next()
      left = { kind: 'binary', op, left, right: binary(level + 1), pos: t.pos }
    }
  }
  const unary = (): Node => {
    if (isOp('!')) { const t = next(); return nested(t, () => ({ kind: 'unary', op: '!', arg: unary(), pos: t.pos })) }
    if (isOp('-')) { const t = next(); return nested(t, () => ({ kind: 'unary', op: '-', arg: unary(), pos: t.pos })) }
    return postfix(primary())
  }
  /** `.method(args)` after a value: the method's function with the value as first argument. */
  const postfix = (node: Node): Node => {
    let n = node
    while (peek().type === 'op' && peek().value === '.') {
      const dot = next()
      const name = next()
      if (name.type !== 'ident' || name.value.includes('.') || !(peek().type === 'op' && peek().value === '(')) fail('expected a method call such as .equals(...) or .get(...) after "."', name.type === 'end' ? name : dot)
      next()
      const receiver = n
      n = nested(name, () => ({ kind: 'call', name: name.value, args: [receiver, ...args(')')], pos: name.pos, method: true }))
    }
    return n
  }
  const primary = (): Node => {
    const t = next()
    switch (t.type) {
      case 'num': return { kind: 'literal', value: Number(t.value), pos: t.pos }
      case 'str': return { kind: 'literal', value: t.value, pos: t.pos }
      case 'col': return { kind: 'column', name: t.value, pos: t.pos }
      case 'ident': {
        const lower = t.value.toLowerCase()
        if (peek().type === 'op' && peek().value === '(') {
          next()
          // column.method(...): the identifier took the dots; a last segment that is no function but a method
          // splits off (a column named like "a.get" is written ${a.get})
          const dot = t.value.lastIndexOf('.')
          if (dot > 0) {
            const method = t.value.slice(dot + 1)
            const receiver: Node = { kind: 'column', name: t.value.slice(0, dot), pos: t.pos }
            return nested(t, () => ({ kind: 'call', name: method, args: [receiver, ...args(')')], pos: t.pos + dot + 1, method: true }))
          }
          return nested(t, () => ({ kind: 'call', name: t.value, args: args(')'), pos: t.pos }))
        }
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', pos: t.pos }
        if (lower === 'null') return { kind: 'literal', value: null, pos: t.pos }
        if (RESERVED_WORDS.has(lower) || lower === 'empty' || lower === 'size') fail(`${JSON.stringify(t.value)} is a reserved word; a column with that name is written \${${t.value}}`, t)
        return { kind: 'column', name: t.value, pos: t.pos }
      }
      case 'op':
        if (t.value === '(') return nested(t, () => { const e = ternary(); expect(')'); return e })
        if (t.value === '[') return nested(t, () => ({ kind: 'array', items: args(']'), pos: t.pos }))
        if (t.value === '{') {
          return nested(t, () => {
            const entries: [Node, Node][] = []
            if (!isOp('}')) for (;;) { const k = ternary(); expect(':'); entries.push([k, ternary()]); if (isOp(',')) { next(); continue } break }
            expect('}')
            return { kind: 'map', entries, pos: t.pos }
          })
        }
        return fail(`unexpected ${JSON.stringify(t.value)}`, t)
      default:
        return fail('the expression ends too early', t)
    }
  }
  const tree = ternary()
  if (peek().type !== 'end') fail(`unexpected ${JSON.stringify(peek().value)} after the end of the expression`)
  return tree
}

/** Column names an expression reads. */
export function columnsOf(node: Node, out = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'column': out.add(node.name); break
    case 'call': node.args.forEach((a) => columnsOf(a, out)); break
    case 'array': node.items.forEach((a) => columnsOf(a, out)); break
    case 'map': node.entries.forEach(([k, v]) => { columnsOf(k, out); columnsOf(v, out) }); break
    case 'unary': columnsOf(node.arg, out); break
    case 'binary': columnsOf(node.left, out); columnsOf(node.right, out); break
    case 'ternary': columnsOf(node.test, out); columnsOf(node.then, out); columnsOf(node.else, out); break
    default: break
  }
  return out
}
