import { describe, expect, it } from 'vitest'
import { compileDatePattern } from '../src/convert/java-date-pattern.js'
import { XdmapError } from '../src/util/errors.js'

describe('date patterns: every letter at every width', () => {
  it('either compiles or is refused with a stable DATE_PATTERN_* code (never a raw RegExp error)', () => {
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz']
    for (const c of letters) {
      for (let n = 1; n <= 5; n++) {
        const pattern = `yyyy-MM-dd ${c.repeat(n)}`
        try {
          compileDatePattern(pattern)
        } catch (e) {
          expect(e, pattern).toBeInstanceOf(XdmapError)
          expect((e as XdmapError).code, pattern).toMatch(/^DATE_PATTERN_/)
        }
      }
    }
  })
})
