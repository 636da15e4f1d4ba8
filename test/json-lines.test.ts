import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrayElementLines } from '../src/mapping/json-lines.js'

describe('arrayElementLines', () => {
  it('gives the line where each element of "mappings" starts, for any values and any indentation', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }))
    fc.assert(fc.property(
      fc.array(fc.dictionary(fc.constantFrom('sourceType', 'source', 'destination', 'x'), value), { maxLength: 6 }),
      fc.constantFrom(0, 1, 2, 4, '\t'),
      (mappings, indent) => {
        const text = JSON.stringify({ outputSchema: { a: 'b\n' }, mappings }, null, indent)
        // oracle: each element on its own line when indented; then its line is where "{" of the element starts
        const expected: number[] = []
        if (indent !== 0) {
          const lines = text.split('\n')
          const start = lines.findIndex((l) => l.includes('"mappings": ['))
          let depth = 0
          for (let i = start + 1; i < lines.length && depth >= 0; i++) {
            const t = lines[i]!.trim()
            if (depth === 0 && (t.startsWith('{') || t === '{},' || t === '{}')) expected.push(i + 1)
            for (const ch of t.replace(/"(?:[^"\\]|\\.)*"/g, '')) { if (ch === '{' || ch === '[') depth++; else if (ch === '}' || ch === ']') depth-- }
          }
        } else expected.push(...mappings.map(() => 1))
        expect(arrayElementLines(text, 'mappings')).toEqual(expected)
      },
    ), { numRuns: 300 })
  })
})
