import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { _, defineOwn, Name, safeStringify, literalProperty, Scope, setProperty } from '../src/codegen/code.js'
import { compileMapping } from '../src/codegen/compile.js'
import { JsonWriter } from '../src/codegen/json-writer.js'
import { loadMapping } from '../src/mapping/load.js'
import { formatDestination } from '../src/mapping/paths.js'
import { createProcessor } from '../src/pipeline/processor.js'
import { buildCatalog } from '../src/schema/catalog.js'

/**
 * After fast-json-stringify's test/code-generation-sanitization.test.js: whatever strings a mapping set, a schema or
 * a CSV header holds (column names, destinations and schema property names, map keys, enum values, STATIC constants,
 * expression string literals), the generated code runs none of them: a global canary stays untouched, no prototype
 * changes, and the output is exactly the expected record, through every serializer.
 */

const g = globalThis as { __xdmapCanary?: unknown }
const CANARY = 'globalThis.__xdmapCanary = 1'
const FRAGMENTS = [
  '"', "'", '`', '\\', '\\\\', '*/', '/*', '//', '\n', '\r', '\u2028', '\u2029', '${', '}', ']', '[', '.', '\\.', '\u0000', '\ud800',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ' ', ';', ')', '(', '{', '<!--', '-->', '</script>',
  `"; ${CANARY}; "`, `'; ${CANARY}; '`, `\`; ${CANARY}; \``, `\${${CANARY}}`, `*/ ${CANARY} /*`, `\n${CANARY}//`, `\u2028${CANARY}//`,
  `"]; ${CANARY}; //`, `\\"; ${CANARY}; //`, `"+(${CANARY})+"`,
]
const hostile = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })).map((a) => a.join('')),
)
const nonEmpty = hostile.filter((s) => s !== '')

/** An expression string literal holding `s`. */
const literal = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const dest = (...names: string[]): string => formatDestination(names.map((name) => ({ name })))

function untouched(): void {
  expect(g.__xdmapCanary).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES)
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()
afterEach(() => { delete g.__xdmapCanary })

describe('the safe template tag', () => {
  it('writes any value as a literal that evaluates back to it', () => {
    fc.assert(fc.property(fc.oneof(hostile, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), (x) => {
      const code = _`return ${x};`
      expect(code.str).not.toMatch(/[\u2028\u2029]/)
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      expect(new Function(code.str)()).toEqual(x === 0 ? 0 : x)
      untouched()
    }), { numRuns: 2000 })
  })

  it('refuses what cannot be a literal or an identifier', () => {
    expect(() => _`${Infinity}`).toThrow()
    expect(() => _`${NaN}`).toThrow()
    for (const s of ['', '1a', 'a b', 'a;b', 'a-b', '__proto__"', 'a\u2028']) expect(() => new Name(s)).toThrow()
    expect(new Name('$a_1').str).toBe('$a_1')
    expect(safeStringify('\u2028\u2029')).toBe('"\\u2028\\u2029"')
  })

  it('passes outside values by name, never as text, and makes own properties of any name', () => {
    // a plain object holding `key` as its one own property, `value` in it, and no prototype touched
    const ownKeyOnly = (r: Record<string, unknown>, key: string, value: unknown): void => {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype)
      expect(Object.keys(r)).toEqual([key])
      expect(r[key]).toBe(value)
      untouched()
    }
    fc.assert(fc.property(hostile, hostile, (key, value) => {
      const scope = new Scope()
      const o = new Name('o')
      const fn = scope.value('fn', () => value)
      const body = _`const ${o} = {}; ${setProperty(o, key, _`${fn}()`, scope)} return ${o};`
      const { fn: make, source } = scope.compile<() => Record<string, unknown>>([], body)
      // the key as a literal, the value by name only
      const set = key === '__proto__' ? `$defineOwn0(o, "__proto__", $fn0());` : `o[${safeStringify(key)}] = $fn0();`
      expect(source).toBe(`return function () {\nconst o = {}; ${set} return o;\n}`)
      ownKeyOnly(make(), key, value)
    }), { numRuns: 1000 })
    // the same in an object literal
    fc.assert(fc.property(hostile, hostile, (key, value) => {
      const scope = new Scope()
      const fn = scope.value('fn', () => value)
      const { fn: make } = scope.compile<() => Record<string, unknown>>([], _`return { ${literalProperty(key, _`${fn}()`)} };`)
      ownKeyOnly(make(), key, value)
    }), { numRuns: 1000 })
    const r: Record<string, unknown> = {}
    defineOwn(r, '__proto__', 1)
    expect(JSON.stringify(r)).toBe('{"__proto__":1}')
  })
})

describe('generated row functions', () => {
  it('run none of the strings a mapping, a schema or a header holds, and write exactly the expected record', async () => {
    await fc.assert(fc.asyncProperty(
      // schema property names (destinations): distinct, and not the two fixed ones (the catalog reads schema
      // properties with Object.assign, which cannot hold a property named __proto__: that one is left to map keys)
      // (and well-formed: ajv cannot compile a property name holding a lone surrogate, "URI malformed")
      fc.uniqueArray(nonEmpty.filter((s) => s !== '__proto__' && s !== 'identityMap' && s !== 'attrs' && !/[\ud800-\udfff]/.test(s)), { minLength: 3, maxLength: 3 }),
      nonEmpty.filter((s) => s !== 'k'), // a column name
      hostile, // a STATIC constant, also the field's only enum value
      hostile, // an expression string literal
      nonEmpty, // an identityMap key
      nonEmpty.filter((s) => s !== '__proto__'), // a map key made by to_object() (which assigns keys: see the report)
      nonEmpty, nonEmpty, // the row's two cells
      async ([p1, p2, p3], column, constant, text, mapKey, objectKey, cell1, cell2) => {
        const schema = {
          type: 'object',
          properties: {
            [p1!]: { type: 'string' },
            [p2!]: { type: 'string', enum: [constant] },
            [p3!]: { type: 'string' },
            identityMap: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, primary: { type: 'boolean' } } } } },
            attrs: { type: 'object', additionalProperties: { type: 'string' } },
          },
        }
        const catalog = buildCatalog(schema, 'hostile.schema.json')
        const set = await loadMapping({ mappings: [
          { sourceType: 'ATTRIBUTE', source: `\${${column}}`, destination: dest(p1!) },
          { sourceType: 'STATIC', source: constant, destination: dest(p2!) },
          { sourceType: 'EXPRESSION', source: `concat(${literal(text)}, k)`, destination: dest(p3!) },
          { sourceType: 'ATTRIBUTE', source: 'k', destination: `${dest('identityMap', mapKey)}[0].id` },
          { sourceType: 'STATIC', source: true, destination: `${dest('identityMap', mapKey)}[0].primary` },
          { sourceType: 'EXPRESSION', source: `to_object(${literal(objectKey)}, k)`, destination: 'attrs' },
        ] }, catalog)
        const header = [column, 'k']
        const cells = [cell1, cell2]
        // the oracle: the record built by hand, every property an own one
        const expected: Record<string, unknown> = {}
        defineOwn(expected, p1!, cell1)
        defineOwn(expected, p2!, constant)
        defineOwn(expected, p3!, text + cell2)
        const identityMap = {}
        defineOwn(identityMap, mapKey, [{ id: cell2, primary: true }])
        defineOwn(expected, 'identityMap', identityMap)
        const attrs = {}
        defineOwn(attrs, objectKey, cell2)
        defineOwn(expected, 'attrs', attrs)
        const json = JSON.stringify(expected)

        const c = compileMapping(set, catalog, header)
        expect(c.source).not.toMatch(/[\u2028\u2029]/)
        const w = new JsonWriter(16)
        const record = c.row(cells, (i, _cell, e) => { throw new Error(`mappings[${i}]: ${e.message}`) }, w)
        untouched()
        expect(JSON.stringify(record)).toBe(json)
        expect(Buffer.from(w.take()).toString('utf8')).toBe(json)
        expect(Object.getPrototypeOf(record.identityMap)).toBe(Object.prototype)
        // through validation (ajv) and every serializer
        for (const serializer of ['auto', 'json'] as const) {
          const processor = createProcessor({ catalog, set, header, nullField: false, maxLineBytes: 1 << 20, serializer, compiled: c })
          const result = processor([cells])
          expect(result.rejects).toEqual([])
          expect(Buffer.from(result.buffer).toString('utf8'), serializer).toBe(`${json}\n`)
          untouched()
        }
        // the pipeline's compile: objects as literals holding every key (fixedShapes), instants as epoch ms
        const fixed = compileMapping(set, catalog, header, { fixedShapes: true })
        expect(JSON.stringify(fixed.row(cells, (i, _cell, e) => { throw new Error(`mappings[${i}]: ${e.message}`) }))).toBe(json)
        untouched()
        const pipeline = createProcessor({ catalog, set, header, nullField: false, maxLineBytes: 1 << 20 })
        expect(Buffer.from(pipeline([cells]).buffer).toString('utf8')).toBe(`${json}\n`)
        untouched()
      },
    ), { numRuns: 150 })
  })

  it('keep an own __proto__ property when a map key or an expression\'s value has one', async () => {
    const catalog = buildCatalog({
      type: 'object',
      properties: {
        identityMap: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } },
        attrs: { type: 'object', additionalProperties: { type: 'string' } },
      },
    }, 'proto.schema.json')
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'a', destination: 'identityMap.__proto__[0].id' },
      { sourceType: 'ATTRIBUTE', source: 'a', destination: 'identityMap.constructor[0].id' },
      { sourceType: 'EXPRESSION', source: 'to_object("prototype", a, "constructor", a, "toString", a)', destination: 'attrs' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['a'])
    const w = new JsonWriter()
    const record = c.row(['x'], () => { throw new Error('no failure expected') }, w)
    const json = '{"identityMap":{"__proto__":[{"id":"x"}],"constructor":[{"id":"x"}]},"attrs":{"prototype":"x","constructor":"x","toString":"x"}}'
    expect(JSON.stringify(record)).toBe(json)
    expect(Buffer.from(w.take()).toString()).toBe(json)
    expect(Object.getPrototypeOf(record.identityMap)).toBe(Object.prototype)
    expect(Object.keys(record.identityMap as object)).toEqual(['__proto__', 'constructor'])
    for (const serializer of ['auto', 'json'] as const) {
      const result = createProcessor({ catalog, set, header: ['a'], nullField: false, maxLineBytes: 1 << 20, serializer, compiled: c })([['x']])
      expect(result.rejects).toEqual([])
      expect(Buffer.from(result.buffer).toString(), serializer).toBe(`${json}\n`)
    }
    untouched()
  })
})
