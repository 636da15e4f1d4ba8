import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileMapping } from '../src/codegen/compile.js'
import { loadMapping } from '../src/mapping/load.js'
import { loadSchema } from '../src/schema/load.js'
import { leaves } from '../src/schema/catalog.js'
import { createValidator, pruneToShape } from '../src/validate.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { join } from 'node:path'

// The pipeline's validator is compiled for the fields a mapping can fill (pruneToShape): on a registry schema of a
// thousand fields, most of ajv's compile time and generated code. The oracle is the validator of the whole schema:
// for records a row function builds, the same answer and the same issues.

const cell: fc.Arbitrary<string> = fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }), fc.constantFrom('USD', 'x', 'authenticated', '12', '-3', 'yes', '2020-01-02', '2020-01-02T03:04:05Z', 'https://a.example/p', 'a@b.example'))

describe('the validator compiled for a mapping\'s fields', () => {
  for (const file of [PROFILE, EVENTS, join(ROOT, 'bench/suggest/schemas/profile-rich.schema.json'), join(ROOT, 'bench/suggest/schemas/event-rich.schema.json'), join(ROOT, 'bench/suggest/schemas/b2b-person.schema.json')]) {
    it(`answers as the whole schema's does: ${file.split('/').pop()}`, async () => {
      const catalog = await loadSchema(file)
      const fields = leaves(catalog).filter((f) => !f.path.includes('{}') && !f.path.includes('/'))
      const whole = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
      let pruned = 0, invalid = 0
      await fc.assert(fc.asyncProperty(fc.subarray(fields, { minLength: 1, maxLength: Math.min(30, fields.length) }), fc.integer({ min: 0, max: 1000 }), async (chosen, seed) => {
        const mappings = chosen.map((f, i) => ({ sourceType: 'ATTRIBUTE', source: `c${i}`, destination: f.path.replace(/\[\]/g, `[${i % 2}]`) }))
        const set = await loadMapping({ mappings }, catalog)
        const c = compileMapping(set, catalog, chosen.map((_, i) => `c${i}`), { fixedShapes: true })
        const small = createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true, shape: c.shape })
        if (JSON.stringify(pruneToShape(catalog.schema, c.shape)).length < JSON.stringify(catalog.schema).length) pruned++
        for (const cells of fc.sample(fc.array(cell, { minLength: chosen.length, maxLength: chosen.length }), { numRuns: 6, seed })) {
          const record = c.row(cells, () => {})
          const issues = whole(record)
          if (issues) invalid++
          expect(small(record)).toEqual(issues)
        }
      }), { numRuns: 60 })
      expect(pruned).toBeGreaterThan(50)
      expect(invalid).toBeGreaterThan(20)
    }, 120_000)
  }
})
