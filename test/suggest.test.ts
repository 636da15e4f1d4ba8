import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assign } from '../src/suggest/assign.js'
import { leaves, type FieldCatalog } from '../src/schema/catalog.js'
import { loadMapping } from '../src/mapping/load.js'
import { loadSchema } from '../src/schema/load.js'
import { tokens as nameTokens } from '../src/suggest/names.js'
import { profileColumn } from '../src/suggest/profile.js'
import { run } from '../src/commands/run.js'
import { suggest, suggestFrom, toMappingSet } from '../src/suggest/index.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { B2B_PERSON, catalogOf, EVENT_RICH, PROFILE_RICH } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-suggest-')

describe('names', () => {
  it.each([
    ['FNAME', ['first', 'name']], ['L_NAME', ['last', 'name']], ['DOB', ['birth', 'date']], ['ZIP', ['postal', 'code']],
    ['Mailing Zip/Postal Code', ['mailing', 'postal', 'code']], ['e-mail', ['email']], ['CTRY', ['country']],
    ['MOB_NO', ['mobile', 'phone', 'number']], ['PTS_BAL', ['point', 'balance']], ['orderQty', ['order', 'quantity']],
    ['customerID', ['customer', 'id']], ['Store Visits (30d)', ['store', 'visit', '30d']], ['surname', ['last', 'name']],
    // other languages, compounds, phrases
    ['Kundennummer', ['customer', 'id']], ['Straße und Hausnummer', ['street']], ['E-Mail-Adresse', ['email']], ['Geburtsdatum', ['birth', 'date']],
    ['Code postal', ['postal', 'code']], ['Date de naissance', ['birth', 'date']], ['Prénom', ['first', 'name']], ['Correo electrónico', ['email']],
    ['Fecha de nacimiento', ['birth', 'date']], ['Telefoonnummer', ['phone', 'number']], ['Achternaam', ['last', 'name']], ['Verzendkosten', ['shipping', 'amount']],
    ['Cognome', ['last', 'name']], ['Data di nascita', ['birth', 'date']], ['CEP', ['postal', 'code']], ['Número do Pedido', ['order', 'number']],
    // an address word is the street alone, the object next to a part; an IP address is not a street
    ['Address', ['street']], ['Default Address City', ['address', 'city']], ['IP Address', ['ip']], ['Address 1&2 (Billing)', ['street', '1', '2', 'billing']],
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
    expect(p(['1700000000', '1600000000']).epochS).toBe(1)
    expect(p(['1700000000000']).epochMs).toBe(1)
    expect(p(['1700000000000123']).epochUs).toBe(1)
    expect(p(['10.0.0.1', '2001:db8::1']).ip).toBe(1)
    expect(p(['Mr.', 'Frau', 'Mme', 'Sra.', 'Dr']).courtesy).toBe(1)
    expect(p(['CEO', 'Head of Sales']).courtesy).toBe(0)
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
      expect(Object.keys(m).slice(0, 6)).toEqual(['sourceType', 'source', 'destination', 'confidence', 'reason', 'alternatives'])
      expect(Object.keys(m).slice(6).every((k) => k === 'expression')).toBe(true)
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
    // (at 0.5, where the bare ids' 0.55 would be suggested: the numbered pair is left out for being alike, not for the threshold)
    ], catalog, { threshold: 0.5 })
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

  it('reaches F1 ≥ 0.97 on the legacy labelled sets in bench/suggest (regression guard)', async () => {
    let tp = 0, fp = 0, fn = 0
    for (const f of readdirSync(join(ROOT, 'bench', 'suggest')).filter((x) => x.endsWith('.json') && x !== 'split.json')) {
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

// ------------------------------------------------------------------ the labelled corpus and the failure classes

const corpusDir = join(ROOT, 'bench', 'suggest', 'corpus', 'sets')
interface LabelledSet { name: string; schema: string; header: string[]; rows: string[][]; truth: Record<string, string[]>; optional: string[]; language: string; product: string; family: string }
const corpus = (): LabelledSet[] => readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as LabelledSet)

describe('the labelled corpus (bench/suggest/corpus)', () => {
  it('labels only fields its schema has, labels every column, and has 20 rows of the header width', async () => {
    const sets = corpus()
    expect(sets.length).toBeGreaterThanOrEqual(30)
    expect(new Set(sets.map((s) => s.product)).size).toBeGreaterThanOrEqual(20)
    expect(new Set(sets.map((s) => s.language).filter((l) => l !== 'en' && l !== 'none')).size).toBeGreaterThanOrEqual(3)
    for (const set of sets) {
      const paths = new Set(leaves(await catalogOf(set.schema)).map((n) => n.path.replace(/\[\]/g, '[0]')))
      expect(Object.keys(set.truth).sort(), set.name).toEqual([...set.header].sort())
      for (const [col, accepted] of Object.entries(set.truth)) for (const d of accepted) expect(paths.has(d), `${set.name}: ${col} → ${d}`).toBe(true)
      for (const col of set.optional) expect(set.header, set.name).toContain(col)
      expect(set.rows.length).toBe(20)
      for (const r of set.rows) expect(r.length).toBe(set.header.length)
    }
  })

  it('is split once into tune and held-out halves that cover every set exactly once', () => {
    const split = JSON.parse(readFileSync(join(ROOT, 'bench', 'suggest', 'split.json'), 'utf8')) as Record<string, string[] | string>
    const names = Object.keys(split).filter((k) => /^(tune|heldout|overlap)\d*$/.test(k)).flatMap((k) => split[k] as string[])
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual(corpus().map((s) => s.name).sort())
  })

  // (an hour: the corpus is near 3,000 sets and 70,000 columns, scored set by set; on a loaded 2-core machine round 57's
  // run took 30 minutes)
  it('scores at least the recorded level on the tune half and on both held-out halves (regression guard)', async () => {
    const split = JSON.parse(readFileSync(join(ROOT, 'bench', 'suggest', 'split.json'), 'utf8')) as Record<string, string[]>
    const byName = new Map(corpus().map((s) => [s.name, s]))
    const measure = async (names: string[]): Promise<{ p: number; f1: number }> => {
      let tp = 0, fp = 0, fn = 0
      for (const n of names) {
        const set = byName.get(n)!
        const got = new Map(suggestFrom(set.header, set.rows, await catalogOf(set.schema)).mappings.map((m) => [m.source, m.destination]))
        for (const col of set.header) {
          const ok = set.truth[col]!, s = got.get(col)
          if (s !== undefined && ok.includes(s)) tp++
          else { if (s !== undefined) fp++; if (ok.length && !set.optional.includes(col)) fn++ }
        }
      }
      const p = tp / (tp + fp), r = tp / (tp + fn)
      return { p, f1: (2 * p * r) / (p + r) }
    }
    const tune = await measure(Object.keys(split).filter((k) => /^tune\d*$/.test(k)).flatMap((k) => split[k]!))
    // 0.984 after round 7 (tune7's harder sets joined the tune half at 0.976 before that round's tuning); 0.977 after
    // round 8 (tune8 joined at 0.976 before that round's tuning) and round 9; 0.978 after round 10 (tune10 joined at 0.967);
    // 0.977 after round 11; 0.978 after round 12 (tune12 joined at 0.970 before that round's tuning)
    // 0.975 after round 15 (tune14 and tune15 joined at 0.895 and 0.915 before their tuning; the default threshold rose to
    // 0.6); 0.970 after rounds 18 and 19 (tune16-19 joined at 0.958, 0.889, 0.915 and 0.966); 0.966 after round 20
    // (tune20 joined at 0.837 with its two labels fixed); 0.964 after round 21 (tune21 and tune22 joined at 0.853 and 0.888); 0.963 after round 22 (tune23 joined at 0.925); 0.961 after round 23 (tune24 joined at 0.926); 0.958 after rounds 25 and 26 (tune25-27 joined at 0.915, tune28-30 at 0.929); 0.961 after round 28;
    // 0.955 after round 32 (tune34-36 joined at 0.884, tune37-39 at 0.915, tune40-42 at 0.927, tune43-45 at 0.880);
    // 0.942 after round 38 (tune46-63 joined at first looks between 0.835 and 0.904); 0.939 after round 44 (tune64-84 joined at
    // first looks between 0.895 and 0.931); 0.937 after round 47 (tune85-99 joined at first looks between 0.900 and 0.929);
    // 0.939 after round 49 (tune100-105 joined at first looks 0.933 and 0.933); 0.941 after round 52 (tune106-111 joined
    // at first looks 0.931 and 0.911); 0.943 after round 53 (tune112-114 joined at 0.886); 0.946 after round 54 (tune115-117
    // joined at 0.927); 0.946 after round 55 (tune118-119 joined at 0.906); 0.947 after round 56 (tune120-122 joined at 0.918); 0.947 after round 57 (tune123-124
    // joined at 0.925); 0.948 after round 58
    expect(tune.f1).toBeGreaterThanOrEqual(0.93)
    const held = await measure(split.heldout!)
    expect(held.f1).toBeGreaterThanOrEqual(0.93)
    const held2 = await measure(split.heldout2!)
    expect(held2.f1).toBeGreaterThanOrEqual(0.88)
    for (const k of ['heldout3', 'heldout4']) expect((await measure(split[k]!)).f1, k).toBeGreaterThanOrEqual(0.9)
    // heldout5 was scored once, after round 5 (F1 0.900): a floor against regressions, not a target
    expect((await measure(split.heldout5!)).f1).toBeGreaterThanOrEqual(0.88)
    // heldout6 was scored once, after round 6 (F1 0.923): the same kind of floor
    expect((await measure(split.heldout6!)).f1).toBeGreaterThanOrEqual(0.9)
    // heldout7 was scored once, after round 7 (F1 0.870): the same kind of floor
    expect((await measure(split.heldout7!)).f1).toBeGreaterThanOrEqual(0.85)
    // heldout8 was scored once, after round 8 (F1 0.899): the same kind of floor
    expect((await measure(split.heldout8!)).f1).toBeGreaterThanOrEqual(0.88)
    // heldout9 was scored once, after round 9 (F1 0.858): the same kind of floor
    expect((await measure(split.heldout9!)).f1).toBeGreaterThanOrEqual(0.84)
    // heldout10 was scored once, after round 10 (F1 0.875): the same kind of floor
    expect((await measure(split.heldout10!)).f1).toBeGreaterThanOrEqual(0.86)
    // heldout11 was scored once, after round 11 (F1 0.904): the same kind of floor
    expect((await measure(split.heldout11!)).f1).toBeGreaterThanOrEqual(0.88)
    // heldout12 was scored once, after round 12 (F1 0.829): the same kind of floor
    expect((await measure(split.heldout12!)).f1).toBeGreaterThanOrEqual(0.81)
    // heldout13 was written after round 12 and scored once, with no tuning between (F1 0.859): the same kind of floor
    expect((await measure(split.heldout13!)).f1).toBeGreaterThanOrEqual(0.84)
    // heldout14 was written apart during round 13 and scored once after it (F1 0.953): the same kind of floor
    expect((await measure(split.heldout14!)).f1).toBeGreaterThanOrEqual(0.93)
    // heldout15 was written apart during rounds 14-18 and scored once after them (0.946 / 0.891 / 0.918): the same kind of floor
    expect((await measure(split.heldout15!)).f1).toBeGreaterThanOrEqual(0.9)
    // heldout16 was written apart during round 19 and scored once after it (0.990 / 0.840 / 0.909): the same kind of floor
    expect((await measure(split.heldout16!)).f1).toBeGreaterThanOrEqual(0.89)
    // heldout17 was written apart during round 20 and scored once after it (0.953 / 0.931 / 0.942): the same kind of floor
    expect((await measure(split.heldout17!)).f1).toBeGreaterThanOrEqual(0.92)
    // heldout18 and heldout19 were written apart during round 21 and scored once after it (0.913 / 0.885 / 0.899 and
    // 0.906 / 0.799 / 0.849): the same kind of floor
    expect((await measure(split.heldout18!)).f1).toBeGreaterThanOrEqual(0.88)
    expect((await measure(split.heldout19!)).f1).toBeGreaterThanOrEqual(0.83)
    // heldout20 and heldout21 were written apart during rounds 21-22 and scored once after them (0.949 / 0.896 / 0.922
    // and 0.918 / 0.742 / 0.820): the same kind of floor
    expect((await measure(split.heldout20!)).f1).toBeGreaterThanOrEqual(0.9)
    expect((await measure(split.heldout21!)).f1).toBeGreaterThanOrEqual(0.8)
    // heldout22 and heldout23 were written apart during rounds 22-23 and scored once after them (0.944 / 0.911 / 0.927
    // and 0.880 / 0.853 / 0.866): the same kind of floor
    expect((await measure(split.heldout22!)).f1).toBeGreaterThanOrEqual(0.9)
    expect((await measure(split.heldout23!)).f1).toBeGreaterThanOrEqual(0.84)
    // the later halves, each scored once after the round it was written in: a floor a little below that F1, one per half
    const floors: (readonly [string, number])[] = [
      // heldout24-29 were written apart during rounds 25-27 and scored once after them (F1 0.943, 0.939, 0.800, 0.965,
      // 0.882, 0.914), heldout30 and heldout31 during round 28 and after it (0.928, 0.919): the same kind of floor
      ['heldout24', 0.92], ['heldout25', 0.92], ['heldout26', 0.78], ['heldout27', 0.94], ['heldout28', 0.86], ['heldout29', 0.89], ['heldout30', 0.9], ['heldout31', 0.89],
      // heldout32-39 were written apart at the start of rounds 29-32 and scored once after them (F1 0.881, 0.840, 0.896,
      // 0.866, 0.905, 0.943, 0.926, 0.921): the same kind of floor
      ['heldout32', 0.86], ['heldout33', 0.82], ['heldout34', 0.87], ['heldout35', 0.84], ['heldout36', 0.88], ['heldout37', 0.92], ['heldout38', 0.9], ['heldout39', 0.9],
      // heldout40-47 were written apart at the start of rounds 33-38 and scored once after them (F1 0.964, 0.951, 0.915,
      // 0.923, 0.800, 0.952, 0.884, 0.930): the same kind of floor
      ['heldout40', 0.94], ['heldout41', 0.93], ['heldout42', 0.89], ['heldout43', 0.9], ['heldout44', 0.78], ['heldout45', 0.93], ['heldout46', 0.86], ['heldout47', 0.91],
      // heldout48-55 were written apart at the start of rounds 39-44 and scored once after them (F1 0.924, 0.952, 0.859,
      // 0.937, 0.929, 0.973, 0.960, 0.929): the same kind of floor
      ['heldout48', 0.9], ['heldout49', 0.93], ['heldout50', 0.84], ['heldout51', 0.92], ['heldout52', 0.91], ['heldout53', 0.95], ['heldout54', 0.94], ['heldout55', 0.91],
      // heldout56-63 were written apart at the start of rounds 45-48 and scored once after them (F1 0.879, 0.952, 0.947,
      // 0.913, 0.963, 0.929, 0.874, 0.949): the same kind of floor
      ['heldout56', 0.86], ['heldout57', 0.93], ['heldout58', 0.93], ['heldout59', 0.89], ['heldout60', 0.94], ['heldout61', 0.91], ['heldout62', 0.85], ['heldout63', 0.93],
      // heldout64-71 were written apart during rounds 49-50 and scored once after round 49 (F1 0.956, 0.946, 0.940, 0.920,
      // 0.902, 0.897, 0.872, 0.912): the same kind of floor
      ['heldout64', 0.93], ['heldout65', 0.92], ['heldout66', 0.92], ['heldout67', 0.9], ['heldout68', 0.88], ['heldout69', 0.87], ['heldout70', 0.85], ['heldout71', 0.89],
      // heldout72-79 were written apart during round 51 and scored once after it (F1 0.968, 0.941, 0.908, 0.905, 0.866,
      // 0.908, 0.906, 0.929): the same kind of floor
      ['heldout72', 0.95], ['heldout73', 0.92], ['heldout74', 0.89], ['heldout75', 0.88], ['heldout76', 0.84], ['heldout77', 0.89], ['heldout78', 0.88], ['heldout79', 0.91],
      // heldout80-87 were written apart during round 52 and scored once after it (F1 0.906, 0.904, 0.850, 0.909, 0.938,
      // 0.914, 0.926, 0.905): the same kind of floor
      ['heldout80', 0.88], ['heldout81', 0.88], ['heldout82', 0.83], ['heldout83', 0.89], ['heldout84', 0.91], ['heldout85', 0.89], ['heldout86', 0.9], ['heldout87', 0.88],
      // heldout88-95 were written apart during round 53 and scored once after it (F1 0.904, 0.953, 0.914, 0.895, 0.955,
      // 0.966, 0.938, 0.940): the same kind of floor
      ['heldout88', 0.88], ['heldout89', 0.93], ['heldout90', 0.89], ['heldout91', 0.87], ['heldout92', 0.93], ['heldout93', 0.94], ['heldout94', 0.91], ['heldout95', 0.91],
      // heldout96-103 were written apart during round 54 and scored once after it (F1 0.930, 0.964, 0.931, 0.932, 0.888,
      // 0.886, 0.967, 0.903): the same kind of floor
      ['heldout96', 0.91], ['heldout97', 0.94], ['heldout98', 0.91], ['heldout99', 0.91], ['heldout100', 0.86], ['heldout101', 0.86], ['heldout102', 0.94], ['heldout103', 0.88],
      // heldout104-111 were written apart during round 55 and scored once after it (F1 0.914, 0.969, 0.914, 0.867, 0.915,
      // 0.860, 0.971, 0.870): the same kind of floor
      ['heldout104', 0.89], ['heldout105', 0.95], ['heldout106', 0.89], ['heldout107', 0.84], ['heldout108', 0.89], ['heldout109', 0.84], ['heldout110', 0.95], ['heldout111', 0.85],
      // heldout112-119 were written apart during round 56 and scored once after it (F1 0.951, 0.937, 0.915, 0.920, 0.854,
      // 0.924, 0.861, 0.855): the same kind of floor
      ['heldout112', 0.93], ['heldout113', 0.91], ['heldout114', 0.89], ['heldout115', 0.9], ['heldout116', 0.83], ['heldout117', 0.9], ['heldout118', 0.84], ['heldout119', 0.83],
      // heldout120-126 were written apart during round 57 and scored once after it (F1 0.897, 0.886, 0.915, 0.926, 0.841,
      // 0.921, 0.929): the same kind of floor
      ['heldout120', 0.88], ['heldout121', 0.87], ['heldout122', 0.9], ['heldout123', 0.91], ['heldout124', 0.82], ['heldout125', 0.9], ['heldout126', 0.91],
      // heldout127-130 were written apart during round 58 and scored once after it (F1 0.917, 0.926, 0.905, 0.905): the same
      // kind of floor
      ['heldout127', 0.9], ['heldout128', 0.91], ['heldout129', 0.89], ['heldout130', 0.89],
      // heldout131-134 were written apart during round 59 and scored once after it (F1 0.922, 0.943, 0.923, 0.899): the same
      // kind of floor
      ['heldout131', 0.9], ['heldout132', 0.92], ['heldout133', 0.9], ['heldout134', 0.88],
      // heldout135-138 were written apart during round 60 and scored once after it (F1 0.888, 0.929, 0.932, 0.866): the same
      // kind of floor
      ['heldout135', 0.87], ['heldout136', 0.91], ['heldout137', 0.91], ['heldout138', 0.84],
      // heldout139-142 were written apart during round 61 and scored once after it (F1 0.896, 0.899, 0.918, 0.906): the same
      // kind of floor
      ['heldout139', 0.87], ['heldout140', 0.88], ['heldout141', 0.9], ['heldout142', 0.88],
      // heldout143-146 were written apart during round 62 and scored once after it (F1 0.921, 0.929, 0.930, 0.896): the same
      // kind of floor
      ['heldout143', 0.9], ['heldout144', 0.91], ['heldout145', 0.91], ['heldout146', 0.87],
      // heldout147-150 were written apart during round 63 and scored once after it (F1 0.959, 0.921, 0.881, 0.929): the same
      // kind of floor
      ['heldout147', 0.94], ['heldout148', 0.9], ['heldout149', 0.86], ['heldout150', 0.91],
      // heldout151-154 were written apart during round 64 and scored once after it (F1 0.927, 0.911, 0.897, 0.927): the same
      // kind of floor
      ['heldout151', 0.91], ['heldout152', 0.89], ['heldout153', 0.88], ['heldout154', 0.91],
      // heldout155-158 were written apart during round 65 and scored once after it (F1 0.929, 0.927, 0.934, 0.935): the same
      // kind of floor
      ['heldout155', 0.91], ['heldout156', 0.91], ['heldout157', 0.91], ['heldout158', 0.91],
      // heldout159-162 were written apart during round 66 and scored once after it (F1 0.932, 0.967, 0.866, 0.919): the same
      // kind of floor
      ['heldout159', 0.91], ['heldout160', 0.95], ['heldout161', 0.85], ['heldout162', 0.9],
      // heldout163-166 were written apart during round 67 and scored once after it (F1 0.921, 0.940, 0.949, 0.877): the same
      // kind of floor
      ['heldout163', 0.9], ['heldout164', 0.92], ['heldout165', 0.93], ['heldout166', 0.86],
      // heldout167-170 were written apart during round 68 and scored once after it (F1 0.934, 0.928, 0.935, 0.951): the same
      // kind of floor
      ['heldout167', 0.91], ['heldout168', 0.91], ['heldout169', 0.92], ['heldout170', 0.93],
      // heldout171-174 were written apart during round 69, half of their headers copied from public files, and scored once
      // after it (F1 0.817, 0.930, 0.825, 0.861): the same kind of floor
      ['heldout171', 0.79], ['heldout172', 0.91], ['heldout173', 0.8], ['heldout174', 0.84],
      // heldout175-178 were written apart during round 70, 2 of 32 headers seen in public material, and scored once after
      // it (F1 0.925, 0.861, 0.953, 0.854): the same kind of floor
      ['heldout175', 0.9], ['heldout176', 0.84], ['heldout177', 0.93], ['heldout178', 0.83],
      // heldout179-182 were written apart after round 70's last rule and scored once (F1 0.859, 0.807, 0.892, 0.937): the same
      // kind of floor
      ['heldout179', 0.84], ['heldout180', 0.78], ['heldout181', 0.87], ['heldout182', 0.91],
      // heldout183-186 were written apart during round 71 and scored once after it (F1 0.890, 0.897, 0.941, 0.926): the same
      // kind of floor
      ['heldout183', 0.87], ['heldout184', 0.87], ['heldout185', 0.92], ['heldout186', 0.9],
      // heldout187-190 were written apart during round 72 and scored once after it (F1 0.933, 0.877, 0.929, 0.867): the same
      // kind of floor
      ['heldout187', 0.91], ['heldout188', 0.85], ['heldout189', 0.91], ['heldout190', 0.84],
      // heldout191-194 were written apart during round 73 and scored once after it (F1 0.897, 0.892, 0.927, 0.893): the same
      // kind of floor
      ['heldout191', 0.87], ['heldout192', 0.87], ['heldout193', 0.9], ['heldout194', 0.87],
      // heldout195-198 were written apart during round 74 and scored once after it (F1 0.908, 0.911, 0.861, 0.945): the same
      // kind of floor
      ['heldout195', 0.88], ['heldout196', 0.88], ['heldout197', 0.83], ['heldout198', 0.91],
      // heldout199-202 were written apart during round 75 and scored once after it (F1 0.931, 0.946, 0.853, 0.924; the EZTABLE and
      // Mapado sets kept apart as overlap199 and overlap200): the same kind of floor
      ['heldout199', 0.91], ['heldout200', 0.92], ['heldout201', 0.83], ['heldout202', 0.9],
      // heldout203-206 were written apart during round 76 and scored once, with round 75's code, before any round-76 tuning
      // (F1 0.883, 0.928, 0.875, 0.918): the same kind of floor
      ['heldout203', 0.86], ['heldout204', 0.9], ['heldout205', 0.85], ['heldout206', 0.89],
      // heldout207-210 were written apart during round 77 and scored twice: once with round 76's code before any tuning (F1
      // 0.961, 0.912, 0.868, 0.884) and once after it (F1 0.961, 0.919, 0.876, 0.884): the same kind of floor
      ['heldout207', 0.94], ['heldout208', 0.9], ['heldout209', 0.85], ['heldout210', 0.86],
      // heldout211-214 were written apart during round 78 and scored twice: once with round 77's code before any tuning (F1
      // 0.855, 0.885, 0.917, 0.968) and once after it (F1 0.881, 0.890, 0.918, 0.969): the same kind of floor
      ['heldout211', 0.86], ['heldout212', 0.87], ['heldout213', 0.9], ['heldout214', 0.95],
      // heldout215-218 were written apart during round 79 and scored twice: once with round 78's code before any tuning (F1
      // 0.919, 0.944, 0.846, 0.872) and once after it (the same four): the same kind of floor
      ['heldout215', 0.9], ['heldout216', 0.92], ['heldout217', 0.82], ['heldout218', 0.85],
      // heldout219-222 were written apart during round 80 and scored twice: once with round 79's code before any tuning (F1
      // 0.960, 0.907, 0.990, 0.921) and once after it (F1 0.960, 0.914, 0.990, 0.912): the same kind of floor
      ['heldout219', 0.94], ['heldout220', 0.88], ['heldout221', 0.96], ['heldout222', 0.89],
      // heldout223-226 were written apart during round 81 and scored twice: once with round 80's code before any tuning (F1
      // 0.850, 0.857, 0.822, 0.845) and once after it (F1 0.850, 0.859, 0.822, 0.853): the same kind of floor
      ['heldout223', 0.83], ['heldout224', 0.84], ['heldout225', 0.8], ['heldout226', 0.83],
      // heldout227-230 were written apart during round 82 and scored twice: once with round 81's code before any tuning (F1
      // 0.825, 0.857, 0.938, 0.888) and once after it (F1 0.825, 0.857, 0.943, 0.888): the same kind of floor
      ['heldout227', 0.8], ['heldout228', 0.83], ['heldout229', 0.92], ['heldout230', 0.86],
      // heldout231-234 were written apart during round 83 and scored twice: once with round 82's code before any tuning (F1
      // 0.904, 0.886, 0.847, 0.886) and once after it (F1 0.904, 0.886, 0.855, 0.886): the same kind of floor
      ['heldout231', 0.88], ['heldout232', 0.86], ['heldout233', 0.83], ['heldout234', 0.86],
      // heldout235-238 were written apart during round 84 and scored twice: once with round 83's code before any tuning (F1
      // 0.873, 0.873, 0.864, 0.939) and once after it (F1 0.886, 0.873, 0.864, 0.939): the same kind of floor
      ['heldout235', 0.86], ['heldout236', 0.85], ['heldout237', 0.84], ['heldout238', 0.91],
    ]
    for (const [k, floor] of floors) expect((await measure(split[k]!)).f1, k).toBeGreaterThanOrEqual(floor)
  }, 3_600_000)
})

describe('suggest: the failure classes of issue 12', () => {
  const P = PROFILE_RICH, E = EVENT_RICH, B = B2B_PERSON
  const map = async (schema: string, cols: Record<string, string[]>): Promise<Record<string, string | undefined>> => {
    const header = Object.keys(cols)
    const n = Math.max(...Object.values(cols).map((v) => v.length))
    const rows = Array.from({ length: n }, (_, i) => header.map((h) => cols[h]![i % cols[h]!.length]!))
    const r = suggestFrom(header, rows, await catalogOf(schema))
    return Object.fromEntries(header.map((h) => [h, r.mappings.find((m) => m.source === h)?.destination]))
  }

  it('a single-line street goes to street1; street2 only for a column that says 2', async () => {
    expect(await map(P, { Street: ['1 Main St', '2 Oak Ave', '3 Elm Rd'], 'Address Line 2': ['Apt 1', '', 'Fl 2'] })).toEqual({ Street: 'homeAddress.street1', 'Address Line 2': 'homeAddress.street2' })
  })

  it('never suggests system, audit or internal fields for user data', async () => {
    const got = await map(P, { 'Created Date': ['2024-01-02', '2024-02-03', '2024-03-04'], Status: ['active', 'inactive', 'active'], Label: ['a', 'b', 'c'], Description: ['x', 'y', 'z'], createdByBatchID: ['b1', 'b2', 'b3'] })
    for (const [col, d] of Object.entries(got)) if (col !== 'createdByBatchID') expect(d === undefined || !/(_repo|repository|ByBatchID|\._id|_schema\.description|Address\.status|Address\.label)/.test(d), `${col} → ${d}`).toBe(true)
    expect(got.createdByBatchID).toBe('createdByBatchID')
  })

  it('lets values decide alone only on strong, specific evidence: money is not a latitude, a customer number not a postal code', async () => {
    const got = await map(P, { c1: ['12.50', '45.10', '9.99'], c2: ['10234', '10235', '10236'], c3: ['a@b.co', 'c@d.org', 'e@f.net'] })
    expect(got).toEqual({ c1: undefined, c2: undefined, c3: 'personalEmail.address' })
  })

  it('puts the event time in timestamp: epoch seconds, milliseconds and microseconds told apart, converted by run', async () => {
    const s = 1700000000
    for (const [values, expression] of [
      [[`${s}`, `${s + 60}`, `${s + 120}`], 'to_integer(${created}) * 1000'],
      [[`${s}000`, `${s + 60}000`, `${s + 120}000`], undefined],
      [[`${s}000123`, `${s + 60}000456`, `${s + 120}000789`], 'to_integer(to_integer(${created}) / 1000)'],
    ] as const) {
      const header = ['event_id', 'created']
      const rows = values.map((v, i) => [`A${i}`, v])
      const catalog = await catalogOf(E)
      const r = suggestFrom(header, rows, catalog)
      const ts = r.mappings.find((m) => m.source === 'created')!
      expect(ts.destination).toBe('timestamp')
      expect(ts.expression).toBe(expression)
      expect(ts.reason).toMatch(/epoch (seconds|milliseconds|microseconds)/)
      // the suggested mapping set runs and converts to the right instants
      const dir = tmpDir('xdmap-suggest-epoch-')
      const csv = join(dir, 'e.csv')
      writeFileSync(csv, [header.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n')
      const mappingFile = join(dir, 'mapping.json')
      writeFileSync(mappingFile, JSON.stringify(toMappingSet({ ...r, mappings: r.mappings.filter((m) => m.source === 'created' || m.source === 'event_id') })))
      const report = await run({ input: csv, schema: join(ROOT, E), mapping: mappingFile, out: join(dir, 'out'), threads: 0 })
      expect(report.counts.written).toBe(3)
      const out = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { timestamp: string })
      expect(out.map((o) => o.timestamp)).toEqual([s, s + 60, s + 120].map((x) => new Date(x * 1000).toISOString()))
    }
  })

  it('reads day-first dates with a date() expression that run converts', async () => {
    const header = ['Prénom', 'Date de naissance']
    const rows = [['Léa', '31/12/1980'], ['Hugo', '15/03/1975'], ['Inès', '01/01/1990']]
    const r = suggestFrom(header, rows, await catalogOf(P))
    const d = r.mappings.find((m) => m.source === 'Date de naissance')!
    expect(d).toMatchObject({ destination: 'person.birthDate', expression: 'date(${Date de naissance}, "dd/MM/yyyy")' })
    const loaded = await loadMapping(toMappingSet(r), await catalogOf(P))
    expect(loaded.warnings).toEqual([])
  })

  it('tells order level from line level, and a unit price from a line total', async () => {
    expect(await map(E, { 'Order Total': ['20.00', '50.00'], Tax: ['3.80', '9.50'], 'Lineitem quantity': ['1', '2'], 'Lineitem price': ['9.99', '19.90'], 'Line Total': ['9.99', '39.80'], 'Lineitem sku': ['TS-1', 'HD-2'] })).toEqual({
      'Order Total': 'commerce.order.priceTotal', Tax: 'commerce.order.taxAmount', 'Lineitem quantity': 'productListItems[0].quantity', 'Lineitem price': undefined,
      'Line Total': 'productListItems[0].priceTotal', 'Lineitem sku': 'productListItems[0].SKU',
    })
  })

  it('follows qualifiers in front or in parentheses behind, and keeps a shipping-qualified name a name', async () => {
    expect(await map(E, { 'City (Billing)': ['Berlin', 'Paris'], 'Shipping City': ['Rome', 'Lyon'], 'Postcode (Shipping)': ['00184', '69002'] })).toEqual({
      'City (Billing)': 'commerce.billing.address.city', 'Shipping City': 'commerce.shipping.address.city', 'Postcode (Shipping)': 'commerce.shipping.address.postalCode',
    })
    expect(await map(P, { 'Shipping Name': ['Ann Lee', 'Bo Ray'], 'Mailing Street': ['1 Main', '2 Oak'], 'Work City': ['NYC', 'LA'] })).toEqual({
      'Shipping Name': 'person.name.fullName', 'Mailing Street': 'mailingAddress.street1', 'Work City': 'workAddress.city',
    })
  })

  it('reads everyday names: a bare name, company, job title vs courtesy title, an IP address', async () => {
    expect(await map(B, { Name: ['Ann Lee', 'Bo Ray', 'Cy Dee'], Company: ['Acme', 'Globex', 'Initech'], Title: ['CEO', 'CTO', 'VP Sales'], 'IP Address': ['10.0.0.1', '10.0.0.2', '10.0.0.3'] })).toEqual({
      Name: 'person.name.fullName', Company: 'b2b.companyName', Title: 'extendedWorkDetails.jobTitle', 'IP Address': undefined,
    })
    expect((await map(B, { Title: ['Mr.', 'Ms.', 'Dr.'] })).Title).toBe('person.name.courtesyTitle')
    expect((await map(E, { 'IP Address': ['10.0.0.1', '10.0.0.2', '10.0.0.3'] }))['IP Address']).toBe('environment.ipV4')
  })

  it('knows the everyday vocabulary of German, French, Spanish, Dutch, Italian and Portuguese exports', async () => {
    const cases: [string, string, string[]][] = [
      ['Vorname', 'person.name.firstName', ['Anna', 'Max']], ['Nachname', 'person.name.lastName', ['Müller', 'Weber']], ['PLZ', 'homeAddress.postalCode', ['10115', '80331']],
      ['Prénom', 'person.name.firstName', ['Léa', 'Hugo']], ['Ville', 'homeAddress.city', ['Paris', 'Lyon']], ['Pays', 'homeAddress.country', ['France', 'Belgique']],
      ['Apellidos', 'person.name.lastName', ['García', 'López']], ['Código postal', 'homeAddress.postalCode', ['28013', '08002']],
      ['Achternaam', 'person.name.lastName', ['de Vries', 'Bakker']], ['Woonplaats', 'homeAddress.city', ['Utrecht', 'Delft']],
      ['Cognome', 'person.name.lastName', ['Rossi', 'Bianchi']], ['Città', 'homeAddress.city', ['Roma', 'Milano']],
      ['Sobrenome', 'person.name.lastName', ['Silva', 'Costa']], ['Cidade', 'homeAddress.city', ['Recife', 'Natal']],
    ]
    for (const [col, dest, values] of cases) expect((await map(P, { [col]: values }))[col], col).toBe(dest)
  })

  it('splits German and Dutch compounds and keeps the qualifier in front (Rechnungsstraße, Lieferadresse, bezorgadres)', async () => {
    expect(await map(P, {
      Vorname: ['Anna', 'Max'], Rechnungsstraße: ['Hauptstraße 5', 'Am Markt 2'], Rechnungsort: ['Berlin', 'Köln'], 'Lieferadresse PLZ': ['10115', '50667'], Lieferort: ['Hamburg', 'Bonn'],
      Kundennummer: ['10023', '10024'], Geburtsdatum: ['12.05.1980', '30.11.1975'],
    })).toMatchObject({
      Vorname: 'person.name.firstName', Rechnungsstraße: 'billingAddress.street1', Rechnungsort: 'billingAddress.city', 'Lieferadresse PLZ': 'shippingAddress.postalCode', Lieferort: 'shippingAddress.city',
      Geburtsdatum: 'person.birthDate',
    })
    expect((await map(P, { 'Bezorgadres plaats': ['Utrecht', 'Delft'], Voornaam: ['Daan', 'Emma'] }))['Bezorgadres plaats']).toBe('shippingAddress.city')
    expect(nameTokens('Rechnungsadresse Ort')).toEqual(['billing', 'address', 'city'])
  })

  it('reads Spanish and Portuguese marketplace orders: plurals, N.º, tracking, products in the plural as the subtotal', async () => {
    expect(await map(E, {
      'N.º de venda': ['2000123', '2000124'], 'Unidades': ['1', '2'], 'Título de la publicación': ['Taza', 'Camiseta'], 'Ingresos por productos': ['12.50', '39.80'], 'Total': ['17.45', '44.75'],
      'Número de seguimiento': ['40821537506', '40821537507'], 'URL de seguimiento': ['https://envios.example/1', 'https://envios.example/2'], 'Domicilio': ['Calle Real 69', 'Calle Mayor 3'],
    })).toEqual({
      'N.º de venda': 'commerce.order.purchaseID', Unidades: 'productListItems[0].quantity', 'Título de la publicación': 'productListItems[0].name', 'Ingresos por productos': undefined, Total: 'commerce.order.priceTotal',
      'Número de seguimiento': 'commerce.shipping.trackingNumber', 'URL de seguimiento': 'commerce.shipping.trackingURL', Domicilio: 'commerce.shipping.address.street1',
    })
  })

  it('reads amounts with a decimal comma by an expression run converts, and a total incl. tax as the total', async () => {
    const header = ['ID', 'Bestelldatum', 'Bestellnummer', 'Gesamtbetrag (inkl. MwSt.)', 'MwSt.-Betrag', 'Versandkosten']
    const rows = [['e1', '2024-03-01T10:00:00Z', '1001', '28,63', '3,78', '4,95'], ['e2', '2024-03-02T10:00:00Z', '1002', '1.234,56', '197,12', '0,00'], ['e3', '2024-03-03T10:00:00Z', '1003', '45,00', '7,18', '4,95']]
    const r = suggestFrom(header, rows, await catalogOf(E))
    const by = Object.fromEntries(r.mappings.map((m) => [m.source, m]))
    expect(by['Gesamtbetrag (inkl. MwSt.)']).toMatchObject({ destination: 'commerce.order.priceTotal', expression: 'to_decimal(replacestr(replacestr(${Gesamtbetrag (inkl. MwSt.)}, ".", ""), ",", "."))' })
    expect(by['MwSt.-Betrag']?.destination).toBe('commerce.order.taxAmount')
    expect(by.Versandkosten?.destination).toBe('commerce.shipping.shippingAmount')
    expect(by['MwSt.-Betrag']?.reason).toMatch(/decimal comma/)
    const dir = tmpDir('xdmap-suggest-comma-')
    const csv = join(dir, 'o.csv')
    writeFileSync(csv, [header.join(';'), ...rows.map((x) => x.join(';'))].join('\n') + '\n')
    const mappingFile = join(dir, 'mapping.json')
    const set = toMappingSet(r)
    writeFileSync(mappingFile, JSON.stringify({ ...set, mappings: [...set.mappings.filter((m) => m.destination !== '_id'), { sourceType: 'ATTRIBUTE', source: 'ID', destination: '_id' }] }))
    const report = await run({ input: csv, schema: join(ROOT, E), mapping: mappingFile, out: join(dir, 'out'), threads: 0 })
    expect(report.counts.written, JSON.stringify(report)).toBe(3)
    const out = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { commerce: { order: { priceTotal: number } } })
    expect(out.map((o) => o.commerce.order.priceTotal)).toEqual([28.63, 1234.56, 45])
    // an English thousands group is not a decimal comma; amounts written with thousands separators are read too
    expect(profileColumn('x', ['1,234', '12,500']).shares.decimalComma).toBe(0)
    const us = suggestFrom(['Order ID', 'Gross'], [['1001', '1,234.56'], ['1002', '45.00'], ['1003', '12,500.00']], await catalogOf(E)).mappings.find((m) => m.source === 'Gross')
    expect(us).toMatchObject({ destination: 'commerce.order.priceTotal', expression: 'to_decimal(replacestr(${Gross}, ",", ""))' })
  })

  it('reads dotted day-first dates, 12-hour US date-times and month names by a date() pattern run converts', async () => {
    for (const [values, pattern, iso] of [
      [['1.3.2024 10:15', '22.3.2024 11:20'], 'd.M.yyyy H:mm', ['2024-03-01T10:15:00.000Z', '2024-03-22T11:20:00.000Z']],
      [['3/1/2024 10:15 AM', '3/22/2024 1:20 PM'], 'M/d/yyyy h:mm a', ['2024-03-01T10:15:00.000Z', '2024-03-22T13:20:00.000Z']],
      [['Mar 1, 2024 10:15 AM', 'Mar 22, 2024 1:20 PM'], 'MMM d, yyyy h:mm a', ['2024-03-01T10:15:00.000Z', '2024-03-22T13:20:00.000Z']],
    ] as const) {
      const header = ['ID', 'Order Date', 'Total']
      const rows = values.map((v, i) => [`e${i}`, v, '10.00'])
      const r = suggestFrom(header, rows, await catalogOf(E))
      const ts = r.mappings.find((m) => m.source === 'Order Date')!
      expect(ts).toMatchObject({ destination: 'timestamp', expression: `date(\${Order Date}, "${pattern}")` })
      const dir = tmpDir('xdmap-suggest-dates-')
      const csv = join(dir, 'o.csv')
      writeFileSync(csv, [header.join(';'), ...rows.map((x) => x.join(';'))].join('\n') + '\n')
      const mappingFile = join(dir, 'mapping.json')
      writeFileSync(mappingFile, JSON.stringify({ ...toMappingSet(r), mappings: [...toMappingSet(r).mappings.filter((m) => m.destination !== '_id'), { sourceType: 'ATTRIBUTE', source: 'ID', destination: '_id' }] }))
      const report = await run({ input: csv, schema: join(ROOT, E), mapping: mappingFile, out: join(dir, 'out'), threads: 0 })
      expect(report.counts.written, pattern).toBe(2)
      const out = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { timestamp: string })
      expect(out.map((o) => o.timestamp), pattern).toEqual(iso)
    }
    // a date without a time is no event time; slashes with no day above 12 stay in doubt
    expect((await map(E, { 'Order ID': ['1', '2'], Total: ['1.00', '2.00'], 'Order Date': ['03/01/2024', '03/05/2024'] }))['Order Date']).toBeUndefined()
  })

  it('leaves a name with a real but unknown word to its name: values decide alone only for specific kinds', async () => {
    expect(await map(E, { merchant_id: ['K123456', 'K123456', 'K123456'], capture_date: ['2024-03-02T10:00:00Z', '2024-03-03T10:00:00Z', '2024-03-04T10:00:00Z'], sale_date: ['2024-03-01T10:00:00Z', '2024-03-02T10:00:00Z', '2024-03-03T10:00:00Z'] }))
      .toEqual({ merchant_id: undefined, capture_date: undefined, sale_date: 'timestamp' })
  })

  it('keeps statuses out of addresses, loyalty fields out of lists without a programme, and reads qualifiers that select nothing', async () => {
    // "Estado" holding subscription statuses is not the state; "Data iscrizione" in a newsletter list is not a loyalty join date
    expect(await map(P, { Correo: ['a@b.es', 'c@d.es'], Estado: ['suscrito', 'dado de baja'], Ciudad: ['Madrid', 'Sevilla'], 'Data iscrizione': ['2024-03-01', '2024-03-02'] }))
      .toEqual({ Correo: 'personalEmail.address', Estado: undefined, Ciudad: 'homeAddress.city', 'Data iscrizione': undefined })
    // a profile has no billing email: the billing email is the person's; a billing phone has its own field
    expect(await map(P, { billing_first_name: ['Anna', 'Paul'], billing_email: ['a@b.com', 'c@d.com'], billing_phone: ['+1 512-555-0101', '+1 303-555-0102'] }))
      .toEqual({ billing_first_name: 'person.name.firstName', billing_email: 'personalEmail.address', billing_phone: 'billingAddressPhone.number' })
    // a form's questions are read by their content words; a user name is no person's name
    expect(await map(P, { 'What is your email address?': ['a@b.co', 'c@d.co'], 'Wie lautet Ihre Postleitzahl?': ['10115', '80331'], 'User Name': ['jdoe', 'asmith'] }))
      .toEqual({ 'What is your email address?': 'personalEmail.address', 'Wie lautet Ihre Postleitzahl?': 'homeAddress.postalCode', 'User Name': undefined })
    // first and last name in one column are the full name, in any language
    for (const col of ['Nombre y apellidos', 'Nom et prénom', 'Vor- und Nachname', 'Nome e cognome', 'Name, Vorname']) expect((await map(P, { [col]: ['Anna Müller', 'Paul Martin'] }))[col], col).toBe('person.name.fullName')
    // "Company Address" is the company's street in a B2B list; a product's brand in an order export is not the device's
    expect((await map(B, { 'First Name': ['Anna', 'Paul'], 'Job Title': ['CTO', 'CFO'], 'Company Address': ['1 Main St', '2 Oak Ave'] }))['Company Address']).toBe('workAddress.street1')
    expect((await map(E, { 'Order ID': ['1001', '1002'], Total: ['10.00', '20.00'], Hersteller: ['Acme', 'Globex'] })).Hersteller).toBeUndefined()
  })

  it('reads dotted names as paths against the schema structure', async () => {
    expect(await map(E, { 'device.category': ['mobile', 'desktop'], 'geo.city': ['Munich', 'Paris'], 'geo.country': ['Germany', 'France'] })).toEqual({
      'device.category': 'device.type', 'geo.city': 'placeContext.geo.city', 'geo.country': undefined,
    })
  })

  it('maps scrambled headers where the values are specific: event times, catalogue codes, emails', async () => {
    const got = await map(E, { F1: ['2024-01-02T10:00:00Z', '2024-01-03T11:00:00Z', '2024-01-04T12:00:00Z', '2024-01-05T12:00:00Z'], F2: ['TS-BLK-M', 'HD-GRY-L', 'TS-BLK-M', 'HD-GRY-L'], F3: ['Black', 'Red', 'Navy', 'Red'], F4: ['19.90', '49.00', '12.50', '5.00'] })
    expect(got).toEqual({ F1: 'timestamp', F2: 'productListItems[0].SKU', F3: undefined, F4: undefined })
  })

  it('round 6: bare phone qualifiers, company-valued names, seller references, gross prices, shipping tax, tracking numbers', async () => {
    const b = await map(B, {
      Work: ['+1 401-555-8253', '+1 212-555-0101', '+1 303-555-7777'], Source: ['Web', 'Chat', 'Email'],
      display_name: ['Acme Corp', 'Globex GmbH', 'Hooli Inc.'], primary_contact_name: ['Ann Lee', 'Bo Ray', 'Cy Day'], 'Account Number': ['A1001', 'A1002', 'A1003'],
    })
    // (round 74, on tune1-146, made a B2B list's bare "Source" the person's source: tune labels accept it 92 times, refuse it 8)
    expect(b).toMatchObject({ Work: 'workPhone.number', Source: 'b2b.personSource', primary_contact_name: 'person.name.fullName' })
    expect(['organizations[0]', 'b2b.companyName']).not.toContain(b['Account Number'])
    expect(b.display_name === undefined || !b.display_name.startsWith('person.')).toBe(true)
    const e = await map(E, {
      'Référence vendeur': ['TS-BLK-M', 'HD-GRY-L', 'CP-RED-S'], 'Verkaufspreis brutto': ['19,90', '49,00', '12,50'], 'shipping-tax': ['0.00', '0.95', '0.00'],
      'Track & trace': ['3SABC123', '3SDEF456', '3SGHI789'], Gesamtbetrag: ['29,90', '59,00', '22,50'],
    })
    expect(e).toMatchObject({ 'Référence vendeur': 'productListItems[0].SKU', 'Verkaufspreis brutto': undefined, 'shipping-tax': undefined, 'Track & trace': undefined, Gesamtbetrag: 'commerce.order.priceTotal' })
    expect(nameTokens('Brutto')).toEqual(['total'])
  })

  it('reads a prefix naming the profile itself (customer., contact.), role nouns (Requester, Attendee) and fn/ln', async () => {
    const got = await map(P, { 'customer.company': ['Acme Corp', 'Globex GmbH', 'Hooli Inc.'], 'Requester email': ['a@b.com', 'c@d.org', 'e@f.net'], fn: ['Ann', 'Bo', 'Cy'], ln: ['Lee', 'Ray', 'Day'], ADDR_LN1: ['1 Main St', '2 Oak Ave', '3 Elm Rd'] })
    expect(got).toEqual({ 'customer.company': 'organizations[0]', 'Requester email': 'personalEmail.address', fn: 'person.name.firstName', ln: 'person.name.lastName', ADDR_LN1: 'homeAddress.street1' })
  })

  it("keeps columns about another person (an emergency contact, a manager, an agent) out of the profile's own fields", async () => {
    const got = await map(P, { Email: ['a@b.com', 'c@d.org', 'e@f.net'], Phone: ['+1 401-555-8253', '+1 212-555-0101', '+1 303-555-7777'], 'Emergency Contact Phone': ['+1 401-555-1111', '+1 212-555-2222', '+1 303-555-3333'], 'Manager Email': ['m@b.com', 'n@d.org', 'o@f.net'] })
    expect(got).toEqual({ Email: 'personalEmail.address', Phone: 'homePhone.number', 'Emergency Contact Phone': undefined, 'Manager Email': undefined })
  })

  it("reads event warehouses' context_ columns and numeric browser versions", async () => {
    const got = await map(E, { context_page_referrer: ['https://a.com/x', 'https://b.com/y', 'https://c.com/z'], context_ip: ['1.2.3.4', '5.6.7.8', '9.9.9.9'], browser_version: ['120.0', '17.2', '121.0'], browser: ['116', '117', '116'] })
    expect(got).toEqual({ context_page_referrer: 'web.webReferrer.URL', context_ip: 'environment.ipV4', browser_version: 'environment.browserDetails.version', browser: undefined })
  })

  it('reads "Address 1 - City" (Google Contacts, Dynamics) as the address\'s city, not a street line', async () => {
    expect(nameTokens('Address 1 - City')).toEqual(['address', 'city'])
    expect(nameTokens('Address 1')).toEqual(['street', '1'])
    const got = await map(P, { 'Address 1 - Street': ['1 Main St', '2 Oak Ave', '3 Elm Rd'], 'Address 1 - City': ['Austin', 'Boston', 'Denver'], 'Address 1 - Postal Code': ['73301', '02108', '80202'] })
    expect(got).toEqual({ 'Address 1 - Street': 'homeAddress.street1', 'Address 1 - City': 'homeAddress.city', 'Address 1 - Postal Code': 'homeAddress.postalCode' })
  })

  it('takes the qualifier of an object prefix ("Lieferadresse - PLZ" is the shipping address\'s)', async () => {
    const got = await map(P, { 'Lieferadresse - Straße': ['Hauptstraße 1', 'Lindenweg 2', 'Am Markt 3'], 'Lieferadresse - PLZ': ['10115', '80331', '20095'], 'Person - Email': ['a@b.de', 'c@d.de', 'e@f.de'] })
    expect(got).toEqual({ 'Lieferadresse - Straße': 'shippingAddress.street1', 'Lieferadresse - PLZ': 'shippingAddress.postalCode', 'Person - Email': 'personalEmail.address' })
  })

  it('reads a lead or prospect as the person itself ("Lead Name" is the full name, "Lead Source" the person\'s source since round 74; "Lead Owner" stays out)', async () => {
    const got = await map(B, { 'Lead Name': ['Ann Lee', 'Bo Ray', 'Cy Day'], 'Lead Source': ['Web', 'Trade Show', 'Referral'], 'Lead Owner': ['Kim Sales', 'Lee Admin', 'Kim Sales'] })
    expect(got).toEqual({ 'Lead Name': 'person.name.fullName', 'Lead Source': 'b2b.personSource', 'Lead Owner': undefined })
  })

  it('reads Polish and Nordic headers (ł, ø and æ folded)', async () => {
    expect(nameTokens('Metoda płatności')).toEqual(['payment', 'method'])
    expect(nameTokens('Fødselsdato')).toEqual(['birth', 'date'])
    expect(nameTokens('Qualifica')).toEqual(['job', 'title'])
    expect(nameTokens('Data de criação')).toEqual(['created', 'date'])
    const polish = await map(P, { 'Imię': ['Anna', 'Jan', 'Ewa'], Nazwisko: ['Nowak', 'Kowalski', 'Wójcik'], 'Kod pocztowy': ['00-950', '31-042', '80-001'], Miasto: ['Warszawa', 'Kraków', 'Gdańsk'] })
    expect(polish).toEqual({ 'Imię': 'person.name.firstName', Nazwisko: 'person.name.lastName', 'Kod pocztowy': 'homeAddress.postalCode', Miasto: 'homeAddress.city' })
    // a Swedish first name and postcode next to the Polish ones say the same thing: neither of a pair is chosen
    const got = await map(P, { 'Imię': ['Anna', 'Jan', 'Ewa'], Nazwisko: ['Nowak', 'Kowalski', 'Wójcik'], 'Kod pocztowy': ['00-950', '31-042', '80-001'], Miasto: ['Warszawa', 'Kraków', 'Gdańsk'], 'Förnamn': ['Erik', 'Sara', 'Lars'], Postnummer: ['111 22', '411 03', '211 45'] })
    expect(got).toEqual({ 'Imię': undefined, Nazwisko: 'person.name.lastName', 'Kod pocztowy': undefined, Miasto: 'homeAddress.city', 'Förnamn': undefined, Postnummer: undefined })
  })

  it('explains every suggestion by the signals that decided it', async () => {
    const r = suggestFrom(['E-Mail-Adresse', 'wdfe34', 'Rechnung PLZ'], [['a@b.de', 'x@y.de', '10115'], ['c@d.de', 'z@w.de', '80331'], ['e@f.de', 'q@r.de', '20095']], await catalogOf(P))
    const byName = Object.fromEntries(r.mappings.map((m) => [m.source, m]))
    expect(byName['E-Mail-Adresse']?.reason).toMatch(/^name "E-Mail-Adresse" → \[email\] matches personalEmail\.address.*; 100% of sampled values look like email addresses/)
    expect(byName['Rechnung PLZ']?.reason).toMatch(/matches billingAddress\.postalCode.*qualifier billing/)
    expect(byName.wdfe34?.reason ?? r.unmapped.find((u) => u.source === 'wdfe34')?.reason).toMatch(/values/)
  })
})

describe('suggest reads files as run does', () => {
  it('honours delimiter (a tab, "tab" or "\\t") and encoding', async () => {
    const dir = tmpDir('xdmap-suggest-tsv-')
    const tsv = join(dir, 'people.tsv')
    writeFileSync(tsv, 'first_name\tlast_name\temail\nAnn\tLee\tann@example.com\nBo\tRay\tbo@example.com\n')
    const catalog = await profileCatalogFor()
    for (const delimiter of ['\t', 'tab', '\\t']) {
      const r = await suggest(tsv, catalog, { delimiter })
      expect(r.mappings.map((m) => [m.source, m.destination])).toEqual([['first_name', 'person.name.firstName'], ['last_name', 'person.name.lastName'], ['email', 'personalEmail.address']])
    }
    // auto-detection reads the tab too; a comma reads one column
    expect((await suggest(tsv, catalog)).mappings.length).toBe(3)
    expect((await suggest(tsv, catalog, { delimiter: ',' })).mappings.length).toBeLessThan(3)
    await expect(suggest(tsv, catalog, { delimiter: 'ab' })).rejects.toMatchObject({ code: 'OPTION_DELIMITER' })
    const latin1 = join(dir, 'latin1.csv')
    writeFileSync(latin1, Buffer.from('Prénom;Straße\nLéa;Hauptstraße 1\n', 'latin1'))
    const r = await suggest(latin1, catalog, { encoding: 'latin1', delimiter: ';' })
    expect(r.mappings.map((m) => [m.source, m.destination])).toEqual([['Prénom', 'person.name.firstName'], ['Straße', 'homeAddress.street1']])
  })
})

async function profileCatalogFor(): Promise<FieldCatalog> { return catalogOf('schemas/profile.schema.json') }
