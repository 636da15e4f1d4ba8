import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assign, loadMapping, loadSchema, nameTokens, profileColumn, run, suggest, suggestFrom, toMappingSet } from '../src/index.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-suggest-')

describe('names', () => {
  it.each([
    ['FNAME', ['first', 'name']], ['L_NAME', ['last', 'name']], ['DOB', ['birth', 'date']], ['ZIP', ['postal', 'code']],
    ['Mailing Zip/Postal Code', ['mailing', 'postal', 'code', 'postal', 'code']], ['e-mail', ['email']], ['CTRY', ['country']],
    ['MOB_NO', ['mobile', 'phone', 'number']], ['PTS_BAL', ['point', 'bal']], ['orderQty', ['order', 'quantity']],
    ['customerID', ['customer', 'id']], ['Store Visits (30d)', ['store', 'visit', '30d']], ['surname', ['last', 'name']],
  ])('%s → %j', (name, expected) => {
    expect(nameTokens(name)).toEqual(expected)
  })
})

describe('value profile', () => {
  it('recognises emails, phones, codes, coordinates and dates', () => {
    const p = (vals: string[]) => profileColumn('x', vals).shares
    expect(p(['a@b.co', 'c@d.org']).email).toBe(1)
    expect(p(['+1 415-555-0101', '(312) 555-0142']).phone).toBe(1)
    expect(p(['203.0.113.5']).phone).toBe(0)
    expect(p(['US', 'DE', 'XX']).countryCode).toBeCloseTo(2 / 3)
    expect(p(['EUR', 'USD']).currencyCode).toBe(1)
    expect(p(['94105', 'H2X 1Y4', 'SW1A 1AA']).postalCode).toBe(1)
    expect(p(['37.7749', '-122.4194']).longitude).toBe(1)
    expect(p(['2020-01-02', '2020/01/02']).date).toBe(1)
    expect(p(['2020-01-02T03:04:05Z']).datetime).toBe(1)
    expect(profileColumn('x', ['a', '', '', 'b']).nullShare).toBe(0.5)
  })
})

describe('assignment', () => {
  it('finds the maximum total weight, one column per field and one field per column', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 25, maxLength: 25 }), (n, m, flat) => {
      const w = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => flat[i * 5 + j]!))
      const got = assign(w)
      const used = got.filter((j) => j !== -1)
      expect(new Set(used).size).toBe(used.length)
      const total = got.reduce<number>((a, j, i) => a + (j === -1 ? 0 : w[i]![j]!), 0)
      // brute force over all injective partial assignments
      let best = 0
      const rec = (i: number, taken: Set<number>, sum: number): void => {
        if (i === n) { best = Math.max(best, sum); return }
        rec(i + 1, taken, sum)
        for (let j = 0; j < m; j++) if (!taken.has(j) && w[i]![j]! > 0) { taken.add(j); rec(i + 1, taken, sum + w[i]![j]!); taken.delete(j) }
      }
      rec(0, new Set(), 0)
      expect(total).toBe(best)
    }), { numRuns: 300 })
  })
})

describe('suggest', () => {
  it('gives the documented JSON shape, deterministic, and explains each suggestion', async () => {
    const catalog = await loadSchema(PROFILE)
    const a = await suggest(join(ROOT, 'samples', 'profile-plain.csv'), catalog)
    const b = await suggest(join(ROOT, 'samples', 'profile-plain.csv'), catalog)
    expect(a).toEqual(b)
    expect(Object.keys(a)).toEqual(['outputSchema', 'mappings', 'unmapped'])
    expect(a.outputSchema).toEqual({ schemaRef: { id: catalog.id, contentType: 'application/vnd.adobe.xed-full+json;version=1' } })
    for (const m of a.mappings) {
      expect(Object.keys(m)).toEqual(['sourceType', 'source', 'destination', 'confidence', 'reason', 'alternatives'])
      expect(m.confidence).toBeGreaterThanOrEqual(0.5)
      expect(m.confidence).toBeLessThanOrEqual(1)
      expect(m.reason.length).toBeGreaterThan(20)
    }
    const zip = a.mappings.find((m) => m.source === 'zip')!
    expect(zip.destination).toBe('homeAddress.postalCode')
    expect(zip.reason).toMatch(/\[postal code\].*100% of sampled values look like postal codes/)
    expect(a.unmapped.every((u) => typeof u.reason === 'string' && u.reason.length > 10)).toBe(true)
  })

  it('uses values when names say nothing, and leaves ambiguous or unknown columns unmapped', async () => {
    const catalog = await loadSchema(PROFILE)
    const r = suggestFrom(['wdfe34', 'q1', 'ID1', 'ID2', 'notes'], [
      ['a@example.com', 'US', 'x1', 'y1', 'call back'], ['b@example.org', 'DE', 'x2', 'y2', 'vip'], ['c@example.net', 'FR', 'x3', 'y3', ''],
    ], catalog)
    expect(r.mappings.map((m) => [m.source, m.destination])).toEqual([['wdfe34', 'personalEmail.address'], ['q1', 'homeAddress.countryCode']])
    expect(r.unmapped.map((u) => u.source)).toEqual(['ID1', 'ID2', 'notes'])
    expect(r.unmapped[0]!.reason).toMatch(/differ only by a number/)
  })

  it('puts array destinations at [0] and respects the path context', async () => {
    const r = suggestFrom(['sku', 'qty', 'order_total', 'currency'], [['S1', '2', '10.5', 'USD']], await loadSchema(EVENTS))
    expect(Object.fromEntries(r.mappings.map((m) => [m.source, m.destination]))).toEqual({
      sku: 'productListItems[0].SKU', qty: 'productListItems[0].quantity', order_total: 'commerce.order.priceTotal', currency: 'commerce.order.currencyCode',
    })
  })

  it('writes a mapping set run accepts unchanged (sources wrapped where needed)', async () => {
    const catalog = await loadSchema(PROFILE)
    const set = toMappingSet(suggestFrom(['First Name', 'new'], [['Ann', 'gold']], catalog, { threshold: 0.3 }))
    expect(set.mappings[0]!.source).toBe('${First Name}')
    const loaded = await loadMapping(set, catalog)
    expect(loaded.warnings).toEqual([])
  })

  it('reaches F1 ≥ 0.97 on the labelled sets in bench/suggest (regression guard)', async () => {
    let tp = 0, fp = 0, fn = 0
    for (const f of readdirSync(join(ROOT, 'bench', 'suggest')).filter((x) => x.endsWith('.json'))) {
      const set = JSON.parse(readFileSync(join(ROOT, 'bench', 'suggest', f), 'utf8'))
      const got = Object.fromEntries(suggestFrom(set.header, set.rows, await loadSchema(join(ROOT, set.schema))).mappings.map((m) => [m.source, m.destination]))
      for (const col of set.header) {
        const truth = set.truth[col] ?? null
        const s = got[col] ?? null
        if (s && s === truth) tp++
        else { if (s) fp++; if (truth) fn++ }
      }
    }
    const p = tp / (tp + fp), r = tp / (tp + fn)
    expect(2 * p * r / (p + r)).toBeGreaterThanOrEqual(0.97)
  })
})

describe('suggest in the CLI and run without a mapping', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: ROOT })

  it('prints a table, JSON, and writes --out', () => {
    const text = cli(['suggest', 'samples/profile-plain.csv', '--schema', 'schemas/profile.schema.json'])
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/^COLUMN\s+SAMPLE\s+DESTINATION\s+CONF\s+REASON/)
    expect(text.stdout).toMatch(/zip\s+36205\s+homeAddress\.postalCode\s+1\.00/)
    const out = join(base, 'm.json')
    const json = cli(['suggest', 'samples/profile-plain.csv', '--schema', 'schemas/profile.schema.json', '--format', 'json', '--out', out, '--sample', '3'])
    expect(JSON.parse(json.stdout).mappings.length).toBeGreaterThan(15)
    expect(JSON.parse(readFileSync(out, 'utf8')).mappings[0]).toEqual({ sourceType: 'ATTRIBUTE', source: 'customer_id', destination: '_id' })
    expect(cli(['suggest', 'samples/profile-plain.csv', '--schema', 'schemas/profile.schema.json', '--threshold', '2']).status).toBe(2)
  })

  it('runs with the suggestions and saves the mapping it used', async () => {
    const out = join(base, 'auto')
    const report = await run({ input: join(ROOT, 'samples', 'profile-plain.csv'), schema: PROFILE, out })
    expect(report.counts.written).toBe(5)
    expect(report.mapping.suggested).toBe(true)
    const used = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8'))
    expect(used.mappings.length).toBe(report.mapping.mappings)
    await expect(run({ input: '-', schema: PROFILE, out: join(base, 'x') })).rejects.toMatchObject({ code: 'USAGE' })
  })
})
