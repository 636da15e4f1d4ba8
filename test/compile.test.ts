import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileMapping } from '../src/codegen/compile.js'
import { JsonWriter } from '../src/codegen/json-writer.js'
import { leaves } from '../src/schema/catalog.js'
import { loadMapping } from '../src/mapping/load.js'
import { type ConvertError } from '../src/convert/index.js'
import type { CompiledMapping } from '../src/codegen/compile.js'
import { assertParquetShape, parquetShapeProblem } from '../src/codegen/shape.js'
import { valueConverter } from '../src/codegen/value.js'
import { buildCatalog } from '../src/schema/catalog.js'
import { check } from '../src/commands/check.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLES } from './helpers/samples.js'
import { eventsCatalog, profileCatalog } from './helpers/fixtures.js'

const noFail = (): void => { throw new Error('unexpected conversion failure') }

describe('compiled row function', () => {
  it('leaves out empty cells and objects left empty; constants do not keep an empty object alive', async () => {
    const catalog = await eventsCatalog()
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'ATTRIBUTE', source: 'email', destination: 'identityMap.Email[0].id' },
      { sourceType: 'STATIC', source: true, destination: 'identityMap.Email[0].primary' },
      { sourceType: 'ATTRIBUTE', source: 'sku1', destination: 'productListItems[0].SKU' },
      { sourceType: 'ATTRIBUTE', source: 'sku2', destination: 'productListItems[3].SKU' },
      { sourceType: 'STATIC', source: 'web', destination: '_acme.channel' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['id', 'email', 'sku1', 'sku2'])
    expect(c.row(['1', '', '', ''], noFail)).toEqual({ _id: '1', _acme: { channel: 'web' } })
    expect(c.row(['1', 'a@b.c', '', 'S2'], noFail)).toEqual({ _id: '1', identityMap: { Email: [{ id: 'a@b.c', primary: true }] }, productListItems: [{ SKU: 'S2' }], _acme: { channel: 'web' } })
    expect(c.row(['1', '', 'S1', 'S2'], noFail).productListItems).toEqual([{ SKU: 'S1' }, { SKU: 'S2' }])
    expect(c.row(['', '', '', ''], noFail)).toEqual({ _acme: { channel: 'web' } })
  })

  it('reports conversion failures with the mapping index and leaves the field out', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
      { sourceType: 'ATTRIBUTE', source: 'tier', destination: '_acme.loyalty.tier' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['tier', 'pts'])
    const failures: [number, string, string][] = []
    const record = c.row(['gold', '1.5'], (i, cell, e: ConvertError) => failures.push([i, cell, e.code]))
    expect(failures).toEqual([[0, '1.5', 'CONVERT_NOT_INTEGER']])
    expect(record).toEqual({ _acme: { loyalty: { tier: 'gold' } } })
  })

  it('keeps hostile property names out of the generated code', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: '${a"]; throw 1; //}', destination: 'identityMap.x"\\]; process\\.exit(9); //[0].id' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['a"]; throw 1; //'])
    expect(c.row(['v'], noFail)).toEqual({ identityMap: { 'x"]; process.exit(9); //': [{ id: 'v' }] } })
  })
})


describe('JSON text built by the row function', () => {
  it('equals JSON.stringify of the record, for any subset of fields and any values', async () => {
    for (const catalog of [await profileCatalog(), await eventsCatalog()]) {
      const fields = leaves(catalog).filter((f) => !f.path.includes('{}'))
      const samples: Record<string, fc.Arbitrary<string>> = {
        string: fc.string({ unit: 'binary', maxLength: 20 }),
        number: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
        long: fc.integer().map(String), int: fc.integer().map(String), short: fc.integer({ min: -32768, max: 32767 }).map(String),
        byte: fc.integer({ min: -128, max: 127 }).map(String), boolean: fc.constantFrom('yes', 'no', 'true', 'x'),
        date: fc.constantFrom('2020-01-02', '1999-12-31', 'bad'),
        'date-time': fc.oneof(fc.constantFrom('2020-01-02T03:04:05Z', '1531263959000', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z', 'bad'), fc.integer({ min: -62135596800000, max: 253402300799999 }).map(String)),
      }
      const constants: Record<string, unknown> = { string: 'st"ä\u0001', number: 1.5, long: 7, int: 7, short: 7, byte: 7, boolean: false, date: '2020-01-02', 'date-time': '2020-01-02T03:04:05.000Z' }
      await fc.assert(fc.asyncProperty(fc.subarray(fields, { minLength: 1 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), async (chosen, seed, withStatic, fixed) => {
        // some fields constants (always written: the comma logic after them differs), the rest fed by columns
        const mappings: object[] = chosen.map((f, i) => {
          const destination = f.path.replace(/\[\]/g, `[${i % 2}]`)
          const free = f.enum === undefined && f.pattern === undefined && f.format === undefined && f.minimum === undefined && f.maximum === undefined && f.minLength === undefined && f.maxLength === undefined
          return fixed[i] && free ? { sourceType: 'STATIC', source: constants[f.xdmType], destination } : { sourceType: 'ATTRIBUTE', source: `c${i}`, destination }
        })
        mappings.push({ sourceType: 'ATTRIBUTE', source: 'k', destination: 'identityMap.E\\.x[0].id' })
        if (withStatic) mappings.push({ sourceType: 'STATIC', source: true, destination: 'identityMap.E\\.x[0].primary' })
        const set = await loadMapping({ mappings }, catalog)
        const c = compileMapping(set, catalog, [...chosen.map((_, i) => `c${i}`), 'k'])
        const cells = fc.sample(fc.tuple(...[...chosen.map((f) => f.xdmType), 'string'].map((t) => fc.oneof(samples[t]!, fc.constant('')))), { numRuns: 1, seed })[0]!
        // a tiny writer, so growing it is tested too; two rows in a row, so each starts where the last ended
        const w = new JsonWriter(8)
        const first = c.row(cells, () => {}, w)
        const mark = w.p
        const record = c.row(cells, () => {}, w)
        const bytes = Buffer.from(w.take())
        expect(bytes.subarray(0, mark).toString('utf8')).toBe(JSON.stringify(first))
        expect(bytes.subarray(mark).toString('utf8')).toBe(JSON.stringify(record))
        // compiled with epoch-ms instants (the pipeline's row function): the same bytes
        const ms = compileMapping(set, catalog, [...chosen.map((_, i) => `c${i}`), 'k'], { instantsMs: true })
        const w2 = new JsonWriter(8)
        ms.row(cells, () => {}, w2)
        ms.row(cells, () => {}, w2)
        expect(Buffer.from(w2.take()).equals(bytes)).toBe(true)
      }), { numRuns: 200 })
    }
  })
})

const NESTED_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    person: { type: 'object', properties: { name: { type: 'object', properties: { firstName: { type: 'string' }, lastName: { type: 'string' } } }, age: { type: 'integer', minimum: 0, maximum: 200 } } },
    tags: { type: 'array', items: { type: 'string' } },
    scores: { type: 'array', items: { type: 'integer', minimum: -2147483648, maximum: 2147483647 } },
    attrs: { type: 'object', additionalProperties: { type: 'string' } },
    counts: { type: 'object', additionalProperties: { type: 'integer', minimum: -2147483648, maximum: 2147483647 } },
    identityMap: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, authenticatedState: { type: 'string', enum: ['ambiguous', 'authenticated', 'loggedOut'] }, primary: { type: 'boolean' } } } } },
    empty: { type: 'object', properties: { nothing: { type: 'object', properties: {} } } },
  },
}

describe('expressions into objects, maps and arrays', () => {
  const catalog = buildCatalog(NESTED_SCHEMA, 'nested.schema.json')
  const failures = (): { list: [number, string, string][]; fail: (i: number, cell: string, e: ConvertError) => void } => {
    const list: [number, string, string][] = []
    return { list, fail: (i, _c, e) => list.push([i, e.code, e.message]) }
  }
  const written = (c: CompiledMapping, cells: string[], fail: (i: number, cell: string, e: ConvertError) => void): [Record<string, unknown>, string] => {
    const w = new JsonWriter(8)
    const record = c.row(cells, fail, w)
    return [record, Buffer.from(w.take()).toString()]
  }

  it('converts the value field by field with the leaves\' converters, and writes it as JSON.stringify does', async () => {
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: 'id' },
      { sourceType: 'EXPRESSION', source: 'to_object("lastName", last, "firstName", first)', destination: 'person.name' },
      { sourceType: 'EXPRESSION', source: 'split(t, ",")', destination: 'tags' },
      { sourceType: 'EXPRESSION', source: 'split(s, ",")', destination: 'scores' },
      { sourceType: 'EXPRESSION', source: 'to_object("a", "3", "b", 7)', destination: 'counts' },
      { sourceType: 'EXPRESSION', source: 'to_object("Email", [to_object("id", first, "primary", "yes")])', destination: 'identityMap' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['id', 'first', 'last', 't', 's'])
    const f = failures()
    const [record, json] = written(c, ['1', 'Ann', 'Lee', 'x,,y', '3,4'], f.fail)
    expect(f.list).toEqual([])
    // schema order for objects, the empty split element closed up, numbers converted, "yes" a boolean
    expect(record).toEqual({ id: '1', person: { name: { firstName: 'Ann', lastName: 'Lee' } }, tags: ['x', 'y'], scores: [3, 4], counts: { a: 3, b: 7 }, identityMap: { Email: [{ id: 'Ann', primary: true }] } })
    expect(json).toBe(JSON.stringify(record))
    expect(Object.keys((record.person as { name: object }).name)).toEqual(['firstName', 'lastName'])
    // nothing left: the object is left out, and so is its parent
    const [empty, emptyJson] = written(c, ['1', '', '', '', ''], f.fail)
    expect(f.list).toEqual([])
    expect(empty).toEqual({ id: '1', counts: { a: 3, b: 7 }, identityMap: { Email: [{ primary: true }] } })
    expect(emptyJson).toBe(JSON.stringify(empty))
  })

  it('makes a wrong shape or an unknown field a conversion error of the row (CONVERT_SHAPE) naming the field', async () => {
    const set = await loadMapping({ mappings: [
      { sourceType: 'EXPRESSION', source: 'iif(k == "1", to_object("nickname", k), iif(k == "2", "text", to_object("firstName", k)))', destination: 'person.name' },
      { sourceType: 'EXPRESSION', source: 'iif(k == "3", k, split(k, ","))', destination: 'tags' },
      { sourceType: 'EXPRESSION', source: 'iif(k == "4", [1, "x"], [])', destination: 'scores' },
      { sourceType: 'EXPRESSION', source: 'iif(k == "5", [to_object("a", 1)], to_object("a", "1"))', destination: 'counts' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['k'])
    const run = (k: string): [number, string, string][] => { const f = failures(); const [r, json] = written(c, [k], f.fail); expect(json).toBe(JSON.stringify(r)); return f.list }
    expect(run('1')).toEqual([[0, 'CONVERT_SHAPE', 'person.name has no field "nickname" in the schema (its fields: "firstName", "lastName")']])
    expect(run('2')).toEqual([[0, 'CONVERT_SHAPE', 'person.name takes an object (fields "firstName", "lastName"), not the string "text"']])
    expect(run('3')).toEqual([[1, 'CONVERT_SHAPE', 'tags takes an array, not the string "3"']])
    expect(run('4')).toEqual([[2, 'CONVERT_NOT_NUMBER', 'scores[1]: "x" is not a number (int expected)']])
    expect(run('5')).toEqual([[3, 'CONVERT_SHAPE', 'counts takes a map (an object of keys and values), not an array']])
  })

  it('takes null-prototype objects and keeps an own __proto__ key', () => {
    const convert = valueConverter(catalog.byPath.get('attrs')!, 'attrs')
    const o = Object.create(null) as Record<string, unknown>
    o.b = 'x'
    expect(convert(o)).toEqual({ b: 'x' })
    const proto = convert(JSON.parse('{"__proto__": "p", "a": 1}')) as object
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype)
    expect(JSON.stringify(proto)).toBe('{"__proto__":"p","a":"1"}')
    expect(convert(null)).toBeUndefined()
    expect(convert({})).toBeUndefined()
  })

  it('describes whole-filled fields in the shape and projection, and says when Parquet cannot hold them', async () => {
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'k', destination: 'id' },
      { sourceType: 'EXPRESSION', source: 'to_object("firstName", k)', destination: 'person.name' },
      { sourceType: 'EXPRESSION', source: 'to_object("a", k)', destination: 'attrs' },
      { sourceType: 'EXPRESSION', source: 'split(k, ",")', destination: 'tags' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['k'])
    expect(c.shape).toEqual({ kind: 'object', children: [
      ['id', { kind: 'leaf', xdmType: 'string' }],
      ['person', { kind: 'object', children: [['name', { kind: 'object', children: [['firstName', { kind: 'leaf', xdmType: 'string' }], ['lastName', { kind: 'leaf', xdmType: 'string' }]] }]] }],
      ['attrs', { kind: 'map', keys: [], values: { kind: 'leaf', xdmType: 'string' }, open: true }],
      ['tags', { kind: 'array', items: { kind: 'leaf', xdmType: 'string' } }],
    ] })
    expect((c.projection.properties as Record<string, unknown>).attrs).toEqual({ type: 'object', additionalProperties: { type: 'string' } })
    expect(parquetShapeProblem(c.shape)).toBeUndefined()
    const empty = await loadMapping({ mappings: [{ sourceType: 'EXPRESSION', source: 'to_object("x", k)', destination: 'empty' }] }, catalog)
    const e = compileMapping(empty, catalog, ['k'])
    expect(parquetShapeProblem(e.shape)).toBe('empty.nothing is an object with no fields in the schema, and a Parquet group needs at least one')
    expect(() => assertParquetShape(e.shape)).toThrow(expect.objectContaining({ code: 'OUTPUT_PARQUET_SHAPE' }))
  })

  it('refuses a field mapped inside a destination an expression fills whole', async () => {
    const set = { mappings: [
      { sourceType: 'EXPRESSION', source: 'to_object("firstName", k)', destination: 'person.name' },
      { sourceType: 'ATTRIBUTE', source: 'k', destination: 'person.name.lastName' },
    ] }
    await expect(loadMapping(set, catalog)).rejects.toMatchObject({ code: 'MAPPING_DESTINATION_OVERLAP', location: { mapping: 1 } })
    await expect(loadMapping({ mappings: [...set.mappings].reverse() }, catalog)).rejects.toMatchObject({ code: 'MAPPING_DESTINATION_OVERLAP', location: { mapping: 0 } })
    // a set put together without loadMapping (check's dry run) is refused by the compiler too
    const one = await loadMapping({ mappings: [set.mappings[0]!] }, catalog)
    const two = await loadMapping({ mappings: [set.mappings[1]!] }, catalog)
    expect(() => compileMapping({ ...one, mappings: [one.mappings[0]!, { ...two.mappings[0]!, index: 1 }] }, catalog, ['k'])).toThrow(expect.objectContaining({ code: 'MAPPING_DESTINATION_OVERLAP' }))
    // siblings are fine
    await expect(loadMapping({ mappings: [set.mappings[0]!, { sourceType: 'ATTRIBUTE', source: 'k', destination: 'person.age' }] }, catalog)).resolves.toBeDefined()
  })
})

describe('constant expressions (no column read)', () => {
  it('leave their field out when they give null or "", and fail the row like any value when they do not convert', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'EXPRESSION', source: 'null', destination: 'person.name.middleName' },
      { sourceType: 'EXPRESSION', source: '""', destination: 'person.name.suffix' },
      { sourceType: 'EXPRESSION', source: 'null', destination: 'homeAddress.city' },
      { sourceType: 'EXPRESSION', source: '"Dr"', destination: 'workAddress.city' },
      { sourceType: 'EXPRESSION', source: 'to_integer("abc")', destination: '_acme.loyalty.points' },
      { sourceType: 'EXPRESSION', source: '["a", "b"]', destination: '_acme.crmSegment' },
    ] }, catalog)
    const c = compileMapping(set, catalog, ['id'])
    for (const serializer of ['auto', 'json'] as const) {
      const w = new JsonWriter(4)
      const codes: string[] = []
      const record = c.row(['1'], (_i, _c, e) => codes.push(e.code), serializer === 'auto' ? w : undefined)
      // no "person" or "homeAddress": nothing in them has a value
      expect(record).toEqual({ _id: '1', workAddress: { city: 'Dr' } })
      expect(codes).toEqual(['CONVERT_EXPRESSION', 'CONVERT_EXPRESSION'])
      if (serializer === 'auto') expect(Buffer.from(w.take()).toString()).toBe(JSON.stringify(record))
    }
  })

  it('are row conversion errors in check\'s dry run too (no internal error)', async () => {
    const catalog = await profileCatalog()
    const dir = mkdtempSync(join(tmpdir(), 'xdmap-compile-'))
    const mapping = join(dir, 'm.json')
    writeFileSync(mapping, JSON.stringify({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'ATTRIBUTE', source: 'first', destination: 'person.name.firstName' },
      { sourceType: 'EXPRESSION', source: 'to_integer("abc")', destination: '_acme.loyalty.points' },
      { sourceType: 'EXPRESSION', source: 'null', destination: 'person.name.lastName' },
    ] }))
    const report = await check(mapping, catalog, { csv: join(SAMPLES, 'constant-expression-errors.csv') })
    expect(report.dryRun).toMatchObject({ rows: 2, written: 0, rejected: 2, byCode: { CONVERT_EXPRESSION: 2 } })
    const fine = await check(join(SAMPLES, 'constant-expressions.mapping.json'), catalog, { csv: join(SAMPLES, 'constant-expressions.csv') })
    expect(fine.dryRun).toMatchObject({ rows: 3, written: 3, rejected: 0 })
  })
})
