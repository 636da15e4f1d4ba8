/**
 * JavaScript source that cannot be injected, by construction (after ajv's lib/compile/codegen/code.ts). Generated code
 * is a `Code` value made only with the `_` template tag, whose interpolations are:
 * - a `Code` (spliced as it is: it was made the same way),
 * - a `Name` (an identifier, checked when made; a `Scope` hands them out),
 * - any other value (string, number, boolean, null, or JSON data), written as a JavaScript literal: JSON text with
 *   U+2028 and U+2029 escaped (`safeStringify`); a number must be finite.
 * Nothing from a mapping, a schema or a CSV header ever becomes source text any other way: values that are not data
 * (converters, closures, byte arrays) are bound to generated names through a `Scope` and referenced by name.
 */

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A checked identifier. */
export class Name {
  readonly str: string
  constructor(s: string) {
    if (!IDENTIFIER.test(s)) throw new Error(`codegen: ${JSON.stringify(s)} is not an identifier`)
    this.str = s
  }
  toString(): string {
    return this.str
  }
}

let makeCode: (s: string) => Code

/** A piece of generated source. Only the `_` tag and the helpers of this module make one. */
export class Code {
  readonly str: string
  private constructor(s: string) {
    this.str = s
  }
  toString(): string {
    return this.str
  }
  static {
    makeCode = (s) => new Code(s)
  }
}

export type CodeArg = Code | Name | string | number | boolean | null | readonly unknown[] | Record<string, unknown>

/** A value as a JavaScript literal: JSON text, with the two line terminators JSON allows in strings escaped. */
export function safeStringify(x: unknown): string {
  const s = JSON.stringify(x)
  if (s === undefined) throw new Error(`codegen: ${typeof x} cannot be a literal`)
  return s.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

function interpolate(x: CodeArg): string {
  if (x instanceof Code || x instanceof Name) return x.str
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new Error(`codegen: ${x} cannot be a literal`)
    return `${x}`
  }
  return safeStringify(x)
}

/** The tagged template: `_\`const ${name} = ${value};\`` */
export function _(strs: TemplateStringsArray, ...args: CodeArg[]): Code {
  let s = strs[0]!
  for (let i = 0; i < args.length; i++) s += interpolate(args[i]!) + strs[i + 1]!
  return makeCode(s)
}

/** Code items joined with a separator (itself code). */
export function join(items: readonly Code[], separator: Code = nil): Code {
  return makeCode(items.map((c) => c.str).join(separator.str))
}

export const nil = makeCode('')

/**
 * Sets an own data property, whatever its name: `o[k] = v`, except for `__proto__`, which an assignment would take as
 * the object's prototype (the only accessor Object.prototype has); other names Object.prototype holds (`constructor`,
 * `toString`, ...) are data properties there, so an assignment makes an own property as it should.
 */
export function setProperty(obj: Name, key: string, value: Code | Name, scope: Scope): Code {
  if (key === '__proto__') return _`${scope.value('defineOwn', defineOwn)}(${obj}, ${key}, ${value});`
  return _`${obj}[${key}] = ${value};`
}

/**
 * A property of an object literal, whatever its name: `"k": v`, except for `__proto__`, which as a plain key would set
 * the literal's prototype; as a computed key it is an own data property like any other.
 */
export function literalProperty(key: string, value: Code | Name): Code {
  return key === '__proto__' ? _`[${key}]: ${value}` : _`${key}: ${value}`
}

/** An own, enumerable, writable data property, as `o[k] = v` makes for any other name. */
export function defineOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * Generated names, and the outside values the code refers to by those names. `compile` makes a function whose body is
 * the code, with the values bound as parameters (never pasted into the text).
 */
export class Scope {
  private readonly counts = new Map<string, number>()
  private readonly names: Name[] = []
  private readonly values: unknown[] = []
  private readonly byValue = new Map<unknown, Name>()

  /** A fresh identifier: prefix + a number. */
  name(prefix: string): Name {
    const n = this.counts.get(prefix) ?? 0
    this.counts.set(prefix, n + 1)
    return new Name(`${prefix}${n}`)
  }

  /** The name the code uses for an outside value (the same value gets the same name). */
  value(prefix: string, value: unknown): Name {
    const known = this.byValue.get(value)
    if (known) return known
    const name = this.name(`$${prefix}`)
    this.names.push(name)
    this.values.push(value)
    this.byValue.set(value, name)
    return name
  }

  /**
   * The function `function name(params) { body }`, with this scope's values bound. The name (letters only) shows in
   * stack traces and CPU profiles.
   */
  compile<F>(params: readonly Name[], body: Code, name = ''): { fn: F; source: string } {
    if (!/^[A-Za-z]*$/.test(name)) throw new Error(`not a function name: ${JSON.stringify(name)}`)
    const source = `return function ${name}(${params.map((p) => p.str).join(', ')}) {\n${body.str}\n}`
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fn = new Function(...this.names.map((n) => n.str), source)(...this.values) as F
    return { fn, source }
  }
}
