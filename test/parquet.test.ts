import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parquetSchema } from '../src/output/parquet.js'
import { run } from '../src/commands/run.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { normalize, readWithDuckDB, readWithHyparquet } from './helpers/parquet.js'
import { caseOptions, goldenCases, SAMPLES } from './helpers/samples.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-parquet-')
const cases = goldenCases()

describe('Parquet output, read back by DuckDB and hyparquet', () => {
  for (const name of cases) {
    it(`${name}: same records as the JSON Lines run`, async () => {
      const common = caseOptions(name)
      const jsonOut = join(base, name, 'json')
      const pqOut = join(base, name, 'parquet')
      const json = await run({ ...common, out: jsonOut })
      const pq = await run({ ...common, out: pqOut, format: 'parquet' })
      expect(pq.counts).toEqual(json.counts)
      expect(readFileSync(join(pqOut, 'rejects.csv'), 'utf8')).toBe(readFileSync(join(jsonOut, 'rejects.csv'), 'utf8'))
      const expected = json.files.flatMap((f) => readFileSync(join(jsonOut, f.name), 'utf8').split('\n').filter(Boolean).map((l) => normalize(JSON.parse(l)) ?? {}))
      if (!pq.files.length) { expect(expected).toEqual([]); return }
      expect(pq.files.map((f) => f.name)).toEqual(['part-00001.parquet'])
      expect(pq.files[0]!.rows).toBe(json.counts.written)
      const file = join(pqOut, 'part-00001.parquet')
      expect(statSync(file).size).toBe(pq.files[0]!.bytes)
      const hy = await readWithHyparquet(file)
      expect(hy.map((r) => normalize(r) ?? {})).toEqual(expected)
      const duck = await readWithDuckDB(file)
      expect(duck.count).toBe(pq.files[0]!.rows)
      expect(duck.rows.map((r) => normalize(r) ?? {})).toEqual(expected)
    })
  }

  it('types every XDM type as AEP expects (DESCRIBE)', async () => {
    const dir = join(base, 'types')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.csv'), 'id,ts,pts,qty,n,price,gift,email,sku,d\nE1,2024-01-15T09:00:00Z,9007199254740991,3,7,1.5,yes,a@b.co,S1,2024-01-15\n')
    const profileRun = await run({ input: join(SAMPLES, 'profile-plain.csv'), schema: PROFILE, mapping: join(ROOT, 'mappings', 'profile.mapping.json'), out: join(dir, 'p'), format: 'parquet' })
    expect(profileRun.counts.written).toBe(5)
    const p = await readWithDuckDB(join(dir, 'p', '*.parquet'))
    expect(p.types._id).toBe('VARCHAR')
    expect(p.types.person).toBe('STRUCT("name" STRUCT(courtesyTitle VARCHAR, firstName VARCHAR, lastName VARCHAR), gender VARCHAR, birthDate DATE, birthYear SMALLINT)')
    expect(p.types.identityMap).toBe('MAP(VARCHAR, STRUCT(id VARCHAR, "primary" BOOLEAN)[])')
    expect(p.types._acme).toBe('STRUCT(loyalty STRUCT(memberId VARCHAR, tier VARCHAR, points INTEGER, memberSince TIMESTAMP, optIn BOOLEAN, lifetimeValue DOUBLE, storeVisits TINYINT))')
    const ev = await run({ input: join(dir, 'in.csv'), schema: EVENTS, out: join(dir, 'e'), format: 'parquet', mapping: { mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' }, { sourceType: 'ATTRIBUTE', source: 'ts', destination: 'timestamp' },
      { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyaltyPointsEarned' }, { sourceType: 'ATTRIBUTE', source: 'qty', destination: 'productListItems[0].quantity' },
      { sourceType: 'ATTRIBUTE', source: 'sku', destination: 'productListItems[0].SKU' }, { sourceType: 'ATTRIBUTE', source: 'price', destination: 'commerce.order.priceTotal' },
      { sourceType: 'ATTRIBUTE', source: 'gift', destination: '_acme.giftWrap' },
    ] } })
    expect(ev.counts.written).toBe(1)
    const e = await readWithDuckDB(join(dir, 'e', '*.parquet'))
    expect(e.types).toEqual({
      _id: 'VARCHAR', timestamp: 'TIMESTAMP', _acme: 'STRUCT(loyaltyPointsEarned BIGINT, giftWrap BOOLEAN)',
      productListItems: 'STRUCT(quantity INTEGER, SKU VARCHAR)[]', commerce: 'STRUCT("order" STRUCT(priceTotal DOUBLE))',
    })
    expect(normalize(e.rows[0])).toEqual(normalize({ _id: 'E1', timestamp: '2024-01-15T09:00:00.000Z', _acme: { loyaltyPointsEarned: 9007199254740991, giftWrap: true }, productListItems: [{ quantity: 3, SKU: 'S1' }], commerce: { order: { priceTotal: 1.5 } } }))
  })

  it('writes 3-level LISTs and a MAP group in the Parquet schema', () => {
    const schema = parquetSchema({ kind: 'object', children: [
      ['identityMap', { kind: 'map', keys: ['Email'], values: { kind: 'array', items: { kind: 'object', children: [['id', { kind: 'leaf', xdmType: 'string' }]] } } }],
      ['d', { kind: 'leaf', xdmType: 'date' }],
    ] })
    expect(schema).toEqual([
      { name: 'root', num_children: 2 },
      { name: 'identityMap', repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
      { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
      { name: 'key', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      { name: 'value', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'OPTIONAL', num_children: 1 },
      { name: 'id', repetition_type: 'OPTIONAL', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      { name: 'd', repetition_type: 'OPTIONAL', type: 'INT32', converted_type: 'DATE' },
    ])
  })

  it('splits 300k rows into files under a small --max-file-bytes; rows add up', async () => {
    const dir = join(base, 'split')
    mkdirSync(dir, { recursive: true })
    const rows = 300_000
    const lines = ['id,name,pts,ts']
    for (let i = 0; i < rows; i++) lines.push(`C${i},name-${(i * 7919) % 100003},${i % 1000},${1600000000000 + i * 1000}`)
    writeFileSync(join(dir, 'in.csv'), lines.join('\n') + '\n')
    const max = 400_000
    const report = await run({ input: join(dir, 'in.csv'), schema: PROFILE, out: join(dir, 'out'), format: 'parquet', maxFileBytes: max, mapping: { mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' }, { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
      { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' }, { sourceType: 'ATTRIBUTE', source: 'ts', destination: '_acme.loyalty.memberSince' },
    ] } })
    expect(report.counts).toMatchObject({ read: rows, written: rows, rejected: 0 })
    expect(report.files.length).toBeGreaterThan(3)
    let total = 0
    for (const f of report.files) {
      const size = statSync(join(dir, 'out', f.name)).size
      expect(size).toBe(f.bytes)
      expect(size).toBeLessThanOrEqual(max)
      total += f.rows
    }
    expect(total).toBe(rows)
    const duck = await readWithDuckDB(join(dir, 'out', '*.parquet'))
    expect(duck.count).toBe(rows)
    expect(readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an unknown compression and zstd where Node has none', async () => {
    const common = { input: join(SAMPLES, 'profile-plain.csv'), schema: PROFILE, mapping: join(ROOT, 'mappings', 'profile.mapping.json'), out: join(base, 'c'), format: 'parquet' as const }
    await expect(run({ ...common, compression: 'lz5' as never })).rejects.toMatchObject({ code: 'OPTION_COMPRESSION' })
    const gz = await run({ ...common, out: join(base, 'gz'), compression: 'gzip' })
    expect((await readWithDuckDB(join(base, 'gz', '*.parquet'))).count).toBe(gz.counts.written)
  })
})
