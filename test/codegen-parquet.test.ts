import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { normalize, readWithDuckDB, readWithHyparquet } from './helpers/parquet.js'
import { tmpDir } from './helpers/tmp.js'

/**
 * Objects, maps and arrays an expression fills whole, in Parquet: the shape holds their whole schema subtree, so the
 * file has a column for every field that may come, and reads back (DuckDB, hyparquet) as the JSON Lines run wrote.
 */
const dir = tmpDir('xdmap-codegen-parquet-')

const SCHEMA = {
  $id: 'https://example.com/nested', type: 'object',
  properties: {
    id: { type: 'string' },
    person: { type: 'object', properties: { name: { type: 'object', properties: { firstName: { type: 'string' }, lastName: { type: 'string' } } }, born: { type: 'string', format: 'date' } } },
    tags: { type: 'array', items: { type: 'string' } },
    scores: { type: 'array', items: { type: 'integer', minimum: -2147483648, maximum: 2147483647 } },
    attrs: { type: 'object', additionalProperties: { type: 'string' } },
    counts: { type: 'object', additionalProperties: { type: 'integer', minimum: -2147483648, maximum: 2147483647 } },
  },
}

describe('expressions into objects, maps and arrays, in Parquet', () => {
  it('writes every field of the subtree and reads back as the JSON Lines run', async () => {
    const schema = join(dir, 'nested.schema.json')
    writeFileSync(schema, JSON.stringify(SCHEMA))
    const input = join(dir, 'in.csv')
    writeFileSync(input, 'id,first,last,born,tags,scores\nA,Ann,Lee,2001-02-03,"x,y","1,2"\nB,Bob,,,z,\nC,,,,,7\n')
    const mapping = { mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: 'id' },
      { sourceType: 'EXPRESSION', source: 'to_object("name", to_object("firstName", first, "lastName", last), "born", born)', destination: 'person' },
      { sourceType: 'EXPRESSION', source: 'split(tags, ",")', destination: 'tags' },
      { sourceType: 'EXPRESSION', source: 'split(scores, ",")', destination: 'scores' },
      { sourceType: 'EXPRESSION', source: 'to_object("first", first, "id", id)', destination: 'attrs' },
      { sourceType: 'EXPRESSION', source: 'iif(is_empty(scores), null, to_object("n", size_of(split(scores, ","))))', destination: 'counts' },
    ] }
    const json = await run({ input, schema, mapping, out: join(dir, 'json') })
    const pq = await run({ input, schema, mapping, out: join(dir, 'pq'), format: 'parquet' })
    expect(json.counts).toMatchObject({ read: 3, written: 3, rejected: 0 })
    expect(pq.counts).toEqual(json.counts)
    const lines = readFileSync(join(dir, 'json', 'part-00001.json'), 'utf8').split('\n').filter(Boolean)
    expect(lines[0]).toBe('{"id":"A","person":{"name":{"firstName":"Ann","lastName":"Lee"},"born":"2001-02-03"},"tags":["x","y"],"scores":[1,2],"attrs":{"first":"Ann","id":"A"},"counts":{"n":2}}')
    const expected = lines.map((l) => normalize(JSON.parse(l)) ?? {})
    const file = join(dir, 'pq', 'part-00001.parquet')
    expect((await readWithHyparquet(file)).map((r) => normalize(r) ?? {})).toEqual(expected)
    const duck = await readWithDuckDB(file)
    expect(duck.rows.map((r) => normalize(r) ?? {})).toEqual(expected)
    expect(duck.types).toEqual({
      id: 'VARCHAR',
      person: 'STRUCT("name" STRUCT(firstName VARCHAR, lastName VARCHAR), born DATE)',
      tags: 'VARCHAR[]',
      scores: 'INTEGER[]',
      attrs: 'MAP(VARCHAR, VARCHAR)',
      counts: 'MAP(VARCHAR, INTEGER)',
    })
  })
})
