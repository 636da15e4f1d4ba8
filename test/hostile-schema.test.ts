import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { buildCatalog } from '../src/schema/catalog.js'
import { suggestFrom } from '../src/suggest/index.js'
import { PROFILE_RICH, suggestOnColumns } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-hostile-')
let n = 0

function schemaWith(props: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return { $id: 'https://ns.example.com/hostile', title: 'hostile', type: 'object', 'meta:class': 'https://ns.adobe.com/xdm/context/profile', properties: props, ...(required.length ? { required } : {}) }
}

async function runWith(schema: Record<string, unknown>, csv: string, mappings: object[]) {
  const dir = join(base, `c${++n}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'in.csv'), csv)
  return run({ input: join(dir, 'in.csv'), schema: buildCatalog(schema, 'hostile.json'), mapping: { mappings }, out: join(dir, 'out'), maxErrors: 0 })
}

describe('hostile schemas', () => {
  it('fields named like Object.prototype members are own properties: empty ones are simply absent', async () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']
    const props: Record<string, unknown> = { _id: { type: 'string' } }
    for (const k of names) props[k] = { type: 'string', maxLength: 3 }
    props.nested = { type: 'object', properties: Object.fromEntries(names.map((k) => [k, { type: 'object', properties: { a: { type: 'integer' } } }])) }
    const r = await runWith(schemaWith(props), 'id,v\n1,\n2,ab\n', [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'ATTRIBUTE', source: 'v', destination: 'toString' },
    ])
    expect(r.counts).toMatchObject({ read: 2, written: 2, rejected: 0 })
    // and a value that breaks the field's own rule is still caught
    const bad = await runWith(schemaWith(props), 'id,v\n1,abcd\n', [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'ATTRIBUTE', source: 'v', destination: 'constructor' },
    ])
    expect(bad.counts.issuesByCode).toEqual({ XDM_MAX_LENGTH: 1 })
  })

  it('a mapping of thousands of columns validates every row (no stack overflow, no internal error)', { timeout: 60_000 }, async () => {
    const width = 3000
    const props: Record<string, unknown> = {}
    for (let i = 0; i < width; i++) props[`f${i}`] = { type: 'string', maxLength: 5 }
    const header = Array.from({ length: width }, (_, i) => `c${i}`)
    const row = (bad: boolean) => header.map((_, i) => (bad && i === width - 1 ? 'toolong' : `v${i % 100}`)).join(',')
    const csv = [header.join(','), row(false), row(true), row(false)].join('\n') + '\n'
    const mappings = header.map((c, i) => ({ sourceType: 'ATTRIBUTE', source: c, destination: `f${i}` }))
    const dir = join(base, `wide${++n}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.csv'), csv)
    const r = await run({ input: join(dir, 'in.csv'), schema: buildCatalog(schemaWith(props), 'wide.json'), mapping: { mappings }, out: join(dir, 'out'), maxErrors: '100%', threads: 0 })
    expect(r.counts).toMatchObject({ read: 3, written: 2, rejected: 1 })
    expect(r.counts.issuesByCode).toEqual({ XDM_MAX_LENGTH: 1 })
  })

  it('suggest: columns and fields named like Object.prototype members are names like any other (no lookup finds a prototype member)', async () => {
    const names = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString']
    // headers: nothing in a rich profile schema is called so, so each is left unmapped (it used to crash: "internal error")
    const { r } = await suggestOnColumns(PROFILE_RICH, Object.fromEntries([...names.map((k) => [k, ['x', 'y']]), ['email', ['a@example.com', 'b@example.com']]]))
    expect(r.unmapped.map((u) => u.source).sort()).toEqual([...names].sort())
    expect(r.mappings.map((m) => m.source)).toEqual(['email'])
    // fields: a schema whose fields are so named takes the column of the same name
    const props: Record<string, unknown> = { _id: { type: 'string' } }
    for (const k of names.filter((k) => k !== '__proto__')) props[k] = { type: 'string' }
    const s = suggestFrom(['id', 'toString', 'valueOf'], [['1', 'a', 'b'], ['2', 'c', 'd']], buildCatalog(schemaWith(props), 'hostile.json'))
    expect(Object.fromEntries(s.mappings.map((m) => [m.source, m.destination]))).toMatchObject({ toString: 'toString', valueOf: 'valueOf' })
  })
})
