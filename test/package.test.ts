import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('package', () => {
  it('is ESM with an exports map, a bin in dist and Node >= 20.19', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' })
    expect(pkg.bin.xdmap).toBe('dist/cli.js')
    expect(pkg.engines.node).toBe('>=20.19')
    expect(pkg.devDependencies.typescript).toBe('~6.0')
    expect(pkg.devDependencies.vitest).toMatch(/^\^4/)
  })

  it('keeps src/index.ts a list of re-exports', () => {
    const lines = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8').split('\n').filter((l) => l.trim())
    for (const l of lines) expect(l).toMatch(/^export (\{[^}]*\}|\*) from '\.\/[\w/-]+\.js'$/)
  })

  it('exposes the library API from the built entry point', async () => {
    const api = await import(join(ROOT, 'dist', 'index.js'))
    for (const name of ['run', 'loadSchema', 'loadMapping', 'compileMapping', 'createValidator', 'CsvParser', 'XdmapError']) expect(typeof api[name]).toBe('function')
  })

  it('ships the mapping-set schema it validates against', () => {
    expect(pkg.files).toContain('mappings')
    const schema = JSON.parse(readFileSync(join(ROOT, 'mappings', 'mapping-set.schema.json'), 'utf8'))
    expect(schema.definitions.mapping.properties.sourceType.enum).toEqual(['ATTRIBUTE', 'STATIC', 'EXPRESSION'])
  })
})
