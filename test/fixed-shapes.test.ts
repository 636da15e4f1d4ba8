import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileMapping, fixedShapesSafe } from '../src/codegen/compile.js'
import { loadMapping } from '../src/mapping/load.js'
import { buildCatalog, leaves } from '../src/schema/catalog.js'
import { Shredder } from '../src/output/parquet/shred.js'
import { createValidator } from '../src/validate.js'
import { eventsCatalog, profileCatalog } from './helpers/fixtures.js'

// The pipeline's row function builds each object as one literal holding every key its node can fill (undefined when
// absent): one hidden class per object node. The oracle is the record built key by key (only the keys a row fills):
// same JSON, same validation issues, same Parquet columns; and where the schema has a keyword that looks at an
// object's keys, fixed shapes are not used at all.

const samples: Record<string, fc.Arbitrary<string>> = {
  string: fc.string({ maxLength: 12 }), number: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  long: fc.integer().map(String), int: fc.integer().map(String), short: fc.integer({ min: -40000, max: 40000 }).map(String),
  byte: fc.integer({ min: -200, max: 200 }).map(String), boolean: fc.constantFrom('yes', 'no', 'x'),
  date: fc.constantFrom('2020-01-02', 'bad'), 'date-time': fc.constantFrom('2020-01-02T03:04:05Z', '1531263959000', 'bad'),
}

describe('fixed record shapes', () => {
  it('give the same JSON, the same validation issues and the same Parquet columns as records built key by key', async () => {
    for (const catalog of [await profileCatalog(), await eventsCatalog()]) {
      expect(fixedShapesSafe(catalog.schema)).toBe(true)
      const fields = leaves(catalog).filter((f) => !f.path.includes('{}'))
      const validate = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
      await fc.assert(fc.asyncProperty(fc.subarray(fields, { minLength: 1 }), fc.integer({ min: 0, max: 1000 }), async (chosen, seed) => {
        const mappings = chosen.map((f, i) => ({ sourceType: 'ATTRIBUTE', source: `c${i}`, destination: f.path.replace(/\[\]/g, `[${i % 2}]`) }))
        const set = await loadMapping({ mappings }, catalog)
        const header = chosen.map((_, i) => `c${i}`)
        const fixed = compileMapping(set, catalog, header, { fixedShapes: true })
        const plain = compileMapping(set, catalog, header)
        expect(fixed.source).not.toBe(plain.source)
        const shredA = new Shredder(fixed.shape), shredB = new Shredder(plain.shape)
        for (const cells of fc.sample(fc.tuple(...chosen.map((f) => fc.oneof(samples[f.xdmType]!, fc.constant('')))), { numRuns: 5, seed })) {
          const a = fixed.row(cells, () => {}), b = plain.row(cells, () => {})
          expect(JSON.stringify(a)).toBe(JSON.stringify(b))
          expect(validate(a)).toEqual(validate(b))
          if (!validate(a)) { shredA.add(a); shredB.add(b) }
        }
        expect(shredA.take()).toEqual(shredB.take())
      }), { numRuns: 150 })
    }
  })

  // Each schema has a keyword that looks at the keys: with a key held undefined, its answer would change
  const cases: [string, Record<string, unknown>][] = [
    ['maxProperties', { a: { type: 'object', maxProperties: 1, properties: { x: { type: 'string' }, y: { type: 'string' } } } }],
    ['minProperties', { a: { type: 'object', minProperties: 2, properties: { x: { type: 'string' }, y: { type: 'string' } } } }],
    ['patternProperties', { a: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } }, patternProperties: { '^z': { type: 'string' } } } }],
    ['propertyNames', { a: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } }, propertyNames: { not: { const: 'y' } } } }],
    ['additionalProperties under allOf', { a: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } }, allOf: [{ properties: { x: {} }, additionalProperties: false }] } }],
    ['const object', { a: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } }, not: { const: { x: 'v' } } } }],
    ['uniqueItems', { l: { type: 'array', uniqueItems: true, items: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } } } }],
  ]
  for (const [name, properties] of cases) {
    it(`are not used where the schema has ${name}`, async () => {
      const schema = { type: 'object', properties }
      expect(fixedShapesSafe(schema)).toBe(false)
      const catalog = buildCatalog(schema, 'schema')
      const mappings = 'l' in properties
        ? [{ sourceType: 'ATTRIBUTE', source: 'x', destination: 'l[0].x' }, { sourceType: 'ATTRIBUTE', source: 'y', destination: 'l[0].y' }, { sourceType: 'ATTRIBUTE', source: 'x', destination: 'l[1].x' }]
        : [{ sourceType: 'ATTRIBUTE', source: 'x', destination: 'a.x' }, { sourceType: 'ATTRIBUTE', source: 'y', destination: 'a.y' }]
      const set = await loadMapping({ mappings }, catalog)
      const validate = createValidator(schema, 'schema', { trustConverters: true })
      const fixed = compileMapping(set, catalog, ['x', 'y'], { fixedShapes: true })
      const plain = compileMapping(set, catalog, ['x', 'y'])
      for (const cells of [['v', ''], ['v', 'w'], ['', 'w']]) expect(validate(fixed.row(cells, () => {}))).toEqual(validate(plain.row(cells, () => {})))
      expect(fixed.source).toBe(plain.source)
    })
  }
})
