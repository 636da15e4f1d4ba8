import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileMapping, createSerializer, JsonWriter, leaves, loadMapping, type ConvertError } from '../src/index.js'
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

describe('fast-json-stringify serializer', () => {
  it('writes exactly what JSON.stringify writes, for any subset of fields and any values', async () => {
    for (const catalog of [await profileCatalog(), await eventsCatalog()]) {
      const fields = leaves(catalog).filter((f) => !f.path.includes('{}') && !f.path.includes('[]'))
      const samples: Record<string, fc.Arbitrary<string>> = {
        string: fc.string({ unit: 'binary', maxLength: 20 }),
        number: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
        long: fc.integer().map(String), int: fc.integer().map(String), short: fc.integer({ min: -32768, max: 32767 }).map(String),
        byte: fc.integer({ min: -128, max: 127 }).map(String), boolean: fc.constantFrom('yes', 'no', 'true'),
        date: fc.constantFrom('2020-01-02', '1999-12-31'), 'date-time': fc.constantFrom('2020-01-02T03:04:05Z', '1531263959000'),
      }
      await fc.assert(fc.asyncProperty(
        fc.subarray(fields, { minLength: 1 }),
        fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        async (chosen, mapKeys, seed) => {
          const mappings = chosen.map((f, i) => ({ sourceType: 'ATTRIBUTE', source: `c${i}`, destination: f.path }))
          // names Object.prototype has make fast-json-stringify fall back (tested below), so they are left out here
          mapKeys.forEach((k, i) => { if (/^[^.[\]\\]+$/.test(k) && !(k in Object.prototype)) mappings.push({ sourceType: 'ATTRIBUTE', source: `k${i}`, destination: `identityMap.${k}[${i}].id` }) })
          const unique = [...new Map(mappings.map((x) => [x.destination, x])).values()]
          const set = await loadMapping({ mappings: unique }, catalog)
          const header = unique.map((x) => x.source)
          const c = compileMapping(set, catalog, header)
          const { serialize, compiled } = createSerializer(c.projection)
          expect(compiled).toBe(true)
          const cells = fc.sample(fc.tuple(...set.mappings.map((x) => fc.oneof(samples[x.node.xdmType]!, fc.constant('')))), { numRuns: 1, seed })[0]!
          const record = c.row(cells, () => {})
          expect(serialize(record)).toBe(JSON.stringify(record))
        },
      ), { numRuns: 150 })
    }
  })
})

describe('serializer fallback', () => {
  it('uses JSON.stringify when a property name is one Object.prototype also has', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping({ mappings: [{ sourceType: 'ATTRIBUTE', source: 'a', destination: 'identityMap.toString[0].id' }, { sourceType: 'ATTRIBUTE', source: 'b', destination: 'identityMap.constructor[0].id' }] }, catalog)
    const c = compileMapping(set, catalog, ['a', 'b'])
    const { serialize, compiled } = createSerializer(c.projection)
    expect(compiled).toBe(false)
    const record = c.row(['x', 'y'], noFail)
    expect(serialize(record)).toBe('{"identityMap":{"toString":[{"id":"x"}],"constructor":[{"id":"y"}]}}')
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
        date: fc.constantFrom('2020-01-02', '1999-12-31', 'bad'), 'date-time': fc.constantFrom('2020-01-02T03:04:05Z', '1531263959000'),
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
      }), { numRuns: 200 })
    }
  })
})
