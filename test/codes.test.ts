import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_CODES } from '../src/util/codes.js'
import { ROOT } from './helpers/fixtures.js'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [] })
}

describe('error codes', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('\n## ', readme.indexOf('## Error codes') + 5))

  it("the README's Error codes section lists exactly the codes of src/util/codes.ts", () => {
    const listed = new Set([...section.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!).filter((c) => c !== 'XDM_REQUIRED' && c !== 'XDM_FORMAT' && c !== 'XDM_ENUM' && c !== 'XDM_PATTERN' && c !== 'XDM_MAX_LENGTH'))
    expect([...listed].sort()).toEqual([...new Set(ALL_CODES)].sort())
  })

  it('every code the sources write as a literal is in the list (XdmapError codes are typed by it; row codes are checked here)', () => {
    const known = new Set(ALL_CODES)
    const found = new Set<string>()
    for (const f of sources(join(ROOT, 'src'))) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/(?:code: |ConvertError\(|XdmapError\()'([A-Z][A-Z0-9_]+)'/g)) found.add(m[1]!)
    }
    expect([...found].filter((c) => !known.has(c)).sort()).toEqual([])
    expect(found.size).toBeGreaterThan(60)
  })
})
