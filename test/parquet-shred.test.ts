import fc from 'fast-check'
import { parquetReadObjects } from 'hyparquet'
import { getSchemaPath } from 'hyparquet/src/schema.js'
import { encodeNestedValues } from 'hyparquet-writer/src/dremel.js'
import { describe, expect, it } from 'vitest'
import type { Shape } from '../src/codegen/compile.js'
import { GroupEncoder } from '../src/output/parquet/encode.js'
import { aloneBytes, footer, FooterBuilder, MAGIC, metaOf } from '../src/output/parquet/file.js'
import { leafColumns, parquetSchema } from '../src/output/parquet/schema.js'
import { dateDays, instantMs, Shredder, type TextValues } from '../src/output/parquet/shred.js'
import { normalize } from './helpers/parquet.js'

// Random shapes (objects, 3-level LISTs, MAPs, leaves) and records that fit them, with absent fields, nulls, empty
// arrays and maps. Oracles: hyparquet-writer's own Dremel encoder for the levels and values of every column, and
// hyparquet reading back the row group the encoder wrote.

type Leaf = 'string' | 'int' | 'boolean' | 'number' | 'long'
const { shape: shapeArb } = fc.letrec<{ shape: Shape; leaf: Shape; object: Shape; array: Shape; map: Shape }>((tie) => ({
  shape: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('object'), tie('array'), tie('map')),
  leaf: fc.constantFrom<Leaf>('string', 'int', 'boolean', 'number', 'long').map((t): Shape => ({ kind: 'leaf', xdmType: t })),
  object: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), tie('shape')), { minLength: 1, maxLength: 3, selector: (x) => x[0] }).map((children): Shape => ({ kind: 'object', children })),
  array: tie('shape').map((items): Shape => ({ kind: 'array', items })),
  map: tie('shape').map((values): Shape => ({ kind: 'map', keys: [], values })),
}))

function valueArb(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'leaf': {
      const t = shape.xdmType as Leaf
      return t === 'string' ? fc.string({ unit: 'grapheme', maxLength: 6 }) : t === 'boolean' ? fc.boolean() : t === 'number' ? fc.double({ noNaN: true, noDefaultInfinity: true }) : t === 'long' ? fc.maxSafeInteger() : fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })
    }
    case 'object':
      return fc.record(Object.fromEntries(shape.children.map(([k, s]) => [k, fc.option(valueArb(s), { nil: undefined, freq: 3 })])))
    case 'array':
      return fc.array(valueArb(shape.items), { maxLength: 3 })
    case 'map':
      return fc.dictionary(fc.constantFrom('x', 'y', 'Email', 'ECID'), valueArb(shape.values), { maxKeys: 3 })
  }
}

const caseArb = fc.uniqueArray(fc.tuple(fc.constantFrom('p', 'q', 'r', 's'), shapeArb), { minLength: 1, maxLength: 4, selector: (x) => x[0] }).chain((children) => {
  const shape: Shape = { kind: 'object', children }
  return fc.tuple(fc.constant(shape), fc.array(valueArb(shape) as fc.Arbitrary<Record<string, unknown>>, { minLength: 1, maxLength: 12 }))
})

/** Leaf paths (SchemaTree nodes from the root) of a top-level column, depth first. */
function leafPaths(schema: ReturnType<typeof parquetSchema>, name: string): { element: { repetition_type?: string } ; children: unknown[] }[][] {
  const out: never[][] = []
  const dfs = (path: never[]): void => {
    const node = path[path.length - 1] as { children: never[] }
    if (!node.children.length) { out.push(path); return }
    for (const c of node.children) dfs([...path, c])
  }
  dfs(getSchemaPath(schema as never, [name]) as never[])
  return out
}

// physical form: booleans 0/1, numbers as JSON has them (no negative zero)
/** A column's values as an array: numbers as they are, strings decoded from their PLAIN bytes (and, where the
 * shredder kept a dictionary, checked against it). */
function valuesOf(v: TextValues | Float64Array): unknown[] {
  if (v instanceof Float64Array) return Array.from(v)
  if (v.dictionary) {
    const d = v.dictionary
    expect(d.indexes.length).toBe(v.count)
    expect(d.keyBytes).toEqual(d.keys.map((k) => Buffer.byteLength(k)))
    expect(d.plainBytes).toBe(Array.from(d.indexes).reduce((a, k) => a + 4 + d.keyBytes[k]!, 0))
    return Array.from(d.indexes, (k) => d.keys[k])
  }
  const out: string[] = []
  const buf = Buffer.from(v.plain!.buffer, v.plain!.byteOffset, v.plain!.length)
  for (let p = 0; p < buf.length;) { const n = buf.readUInt32LE(p); out.push(buf.toString('utf8', p + 4, p + 4 + n)); p += 4 + n }
  expect(out.length).toBe(v.count)
  return out
}

const physical = (t: string, v: unknown): unknown => (t === 'boolean' ? (v ? 1 : 0) : t === 'string' ? v : Number(v) + 0)

describe('Parquet shredder', () => {
  it('gives every column the levels and values of hyparquet-writer\'s Dremel encoder', () => {
    fc.assert(fc.property(caseArb, ([shape, records]) => {
      const schema = parquetSchema(shape)
      const leaves = leafColumns(schema, shape)
      const s = new Shredder(shape)
      for (const r of records) s.add(r)
      const { rows, columns } = s.take()
      expect(rows).toBe(records.length)
      let i = 0
      for (const [name] of (shape as { children: [string, Shape][] }).children) {
        for (const path of leafPaths(schema, name)) {
          const oracle = encodeNestedValues(path as never, records.map((r) => r[name]) as never)
          const mine = columns[i]!
          const leaf = leaves[i]!
          expect(leaf.maxDefinitionLevel).toBe(oracle.maxDefinitionLevel)
          expect(Array.from(mine.definitionLevels)).toEqual(oracle.definitionLevels)
          if (leaf.maxRepetitionLevel) expect(Array.from(mine.repetitionLevels)).toEqual(oracle.repetitionLevels)
          else expect(mine.repetitionLevels.length).toBe(0)
          const present = (oracle.values as unknown[]).filter((_, k) => oracle.definitionLevels[k] === oracle.maxDefinitionLevel)
          expect(valuesOf(mine.values)).toEqual(present.map((v) => physical(leaf.xdmType, v)))
          i++
        }
      }
      expect(i).toBe(columns.length)
    }), { numRuns: 300 })
  })

  it('encodes row groups that hyparquet reads back as the records', async () => {
    await fc.assert(fc.asyncProperty(caseArb, fc.constantFrom('snappy', 'none') as fc.Arbitrary<'snappy' | 'none'>, async ([shape, records], compression) => {
      const schema = parquetSchema(shape)
      const s = new Shredder(shape)
      for (const r of records) s.add(r)
      const { rows, columns } = s.take()
      const [group] = new GroupEncoder({ schema, leaves: leafColumns(schema, shape), compression }).encode(rows, columns)
      const file = new Uint8Array([...MAGIC, ...group!.bytes, ...footer(schema, [{ group: metaOf(group!), offset: MAGIC.length }])])
      const back = await parquetReadObjects({ file: file.buffer })
      // hyparquet gives an empty map as {} and JSON drops nothing: compare with nulls, empty objects and maps dropped
      expect(back.map((r) => normalize(r) ?? {})).toEqual(records.map((r) => normalize(JSON.parse(JSON.stringify(r))) ?? {}))
    }), { numRuns: 150 })
  })

  it('splits a row group until each part fits in an empty file, and refuses a record that never fits', () => {
    const shape: Shape = { kind: 'object', children: [['id', { kind: 'leaf', xdmType: 'string' }], ['n', { kind: 'leaf', xdmType: 'long' }]] }
    const schema = parquetSchema(shape)
    const leaves = leafColumns(schema, shape)
    const s = new Shredder(shape)
    for (let i = 0; i < 40; i++) s.add({ id: `${i}-${'abcdefghij'.repeat(8)}-${i * 7919}`, n: i })
    const { rows, columns } = s.take()
    const whole = new GroupEncoder({ schema, leaves, compression: 'none' }).encode(rows, columns)
    expect(whole).toHaveLength(1)
    const limit = Math.ceil(aloneBytes(schema, whole[0]!) / 3)
    const parts = new GroupEncoder({ schema, leaves, compression: 'none', maxFileBytes: limit }).encode(rows, columns)
    expect(parts.length).toBeGreaterThan(2)
    expect(parts.reduce((a, g) => a + g.rows, 0)).toBe(40)
    for (const g of parts) expect(aloneBytes(schema, g)).toBeLessThanOrEqual(limit)
    const one = new Shredder(shape)
    one.add({ id: 'x'.repeat(2000), n: 1 })
    const t = one.take()
    expect(() => new GroupEncoder({ schema, leaves, compression: 'none', maxFileBytes: 1024 }).encode(t.rows, t.columns)).toThrow(expect.objectContaining({ code: 'OUTPUT_RECORD_TOO_LARGE' }))
  })

  it('gives up a dictionary for strings that do not repeat, keeping every value, and reads back', async () => {
    const shape: Shape = { kind: 'object', children: [['a', { kind: 'leaf', xdmType: 'string' }], ['b', { kind: 'leaf', xdmType: 'string' }], ['c', { kind: 'leaf', xdmType: 'string' }]] }
    const schema = parquetSchema(shape)
    const s = new Shredder(shape)
    const records = Array.from({ length: 700 }, (_, i) => ({ a: `id-${i}-é`, b: `tier-${i % 4}`, ...(i % 3 ? { c: i < 300 ? `k${i % 9}` : `u${i}` } : {}) }))
    for (const r of records) s.add(r)
    s.add({ a: 'gone', b: 'gone', c: 'gone' })
    s.undo()
    const { rows, columns } = s.take()
    const [a, b, c] = columns.map((x) => x.values as TextValues)
    expect(a!.dictionary).toBeUndefined()
    // (the undone record's value stays in the dictionary, unused: allowed)
    expect(b!.dictionary?.keys).toEqual(['tier-0', 'tier-1', 'tier-2', 'tier-3', 'gone'])
    expect(c!.dictionary).toBeUndefined()
    expect([a, b, c].map((x) => valuesOf(x!))).toEqual([records.map((r) => r.a), records.map((r) => r.b), records.filter((r) => r.c).map((r) => r.c)])
    const [group] = new GroupEncoder({ schema, leaves: leafColumns(schema, shape), compression: 'snappy' }).encode(rows, columns)
    const file = new Uint8Array([...MAGIC, ...group!.bytes, ...footer(schema, [{ group: metaOf(group!), offset: MAGIC.length }])])
    expect((await parquetReadObjects({ file: file.buffer })).map((r) => normalize(r))).toEqual(records.map((r) => normalize(r)))
  })

  it('takes back the last record (a record over the size limit)', () => {
    const shape: Shape = { kind: 'object', children: [['id', { kind: 'leaf', xdmType: 'string' }], ['m', { kind: 'map', keys: [], values: { kind: 'array', items: { kind: 'leaf', xdmType: 'int' } } }]] }
    const a = new Shredder(shape)
    const b = new Shredder(shape)
    a.add({ id: 'x', m: { k: [1, 2] } })
    b.add({ id: 'x', m: { k: [1, 2] } })
    b.add({ id: 'y', m: { k: [3], j: [4, 5] } })
    b.undo()
    const [x, y] = [a.take(), b.take()]
    expect(y.rows).toBe(x.rows)
    expect(y.columns.map((c) => [valuesOf(c.values), Array.from(c.definitionLevels), Array.from(c.repetitionLevels)])).toEqual(x.columns.map((c) => [valuesOf(c.values), Array.from(c.definitionLevels), Array.from(c.repetitionLevels)]))
  })

  it('reads dates and instants as the converters write them', () => {
    for (const d of ['1970-01-01', '2024-02-29', '1899-12-31', '0001-01-01', '9999-12-31']) expect(dateDays(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000)
    for (const t of ['1970-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '1899-12-31T12:00:00.001Z', '2001-09-09T01:46:40.000Z']) expect(instantMs(t)).toBe(Date.parse(t))
    fc.assert(fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
      const iso = new Date(ms).toISOString()
      expect(instantMs(iso)).toBe(ms)
      expect(dateDays(iso.slice(0, 10))).toBe(Math.floor(ms / 86_400_000))
    }))
  })
})

describe('Parquet footer builder', () => {
  it('builds the footer of hyparquet-writer\'s metadata writer, byte for byte, and knows its size beforehand', async () => {
    const shape: Shape = { kind: 'object', children: [['id', { kind: 'leaf', xdmType: 'string' }], ['m', { kind: 'map', keys: [], values: { kind: 'leaf', xdmType: 'date-time' } }]] }
    const schema = parquetSchema(shape)
    const encoder = new GroupEncoder({ schema, leaves: leafColumns(schema, shape), compression: 'snappy' })
    for (const count of [0, 1, 14, 15, 16, 130]) {
      const builder = new FooterBuilder(schema)
      const placed = []
      const parts: Uint8Array[] = [MAGIC]
      let offset = MAGIC.length
      for (let g = 0; g < count; g++) {
        const s = new Shredder(shape)
        for (let i = 0; i <= g % 5; i++) s.add({ id: `r${g}-${i}`, m: i % 2 ? {} : { ECID: '2024-01-15T09:00:00.000Z' } })
        const { rows, columns } = s.take()
        const [group] = encoder.encode(rows, columns)
        const entry = builder.entry(metaOf(group!), offset)
        const expected = footer(schema, [...placed, { group: metaOf(group!), offset }])
        expect(builder.size({ entry, rows })).toBe(expected.length)
        builder.add(entry, rows)
        placed.push({ group: metaOf(group!), offset })
        parts.push(group!.bytes)
        offset += group!.bytes.length
      }
      const tail = builder.bytes()
      expect(tail).toEqual(footer(schema, placed))
      expect(builder.size()).toBe(tail.length)
      if (count) {
        const back = await parquetReadObjects({ file: new Uint8Array(Buffer.concat([...parts, tail])).buffer })
        expect(back.length).toBe(placed.reduce((a, p) => a + p.group.rows, 0))
      }
    }
  })

  it('reads only own fields, also those named like Object.prototype members (the code is generated per shape)', () => {
    const leaf = (xdmType: string): Shape => ({ kind: 'leaf', xdmType } as Shape)
    const shape: Shape = { kind: 'object', children: [['constructor', leaf('string')], ['toString', leaf('int')], ['__proto__', leaf('string')], ['hasOwnProperty', { kind: 'object', children: [['valueOf', leaf('boolean')]] }]] }
    const s = new Shredder(shape)
    const own: Record<string, unknown> = {}
    for (const [k, v] of [['constructor', 'c'], ['toString', 7], ['__proto__', 'p'], ['hasOwnProperty', { valueOf: true }]] as const) Object.defineProperty(own, k, { value: v, enumerable: true, writable: true, configurable: true })
    s.add({})
    s.add(own)
    const { columns } = s.take()
    expect(columns.map((c) => Array.from(c.definitionLevels))).toEqual([[0, 1], [0, 1], [0, 1], [0, 2]])
    expect(Array.from(columns[1]!.values as Float64Array)).toEqual([7])
    expect(Array.from((columns[0]!.values as TextValues).dictionary!.indexes, (k) => (columns[0]!.values as TextValues).dictionary!.keys[k])).toEqual(['c'])
    expect(Array.from(columns[3]!.values as Float64Array)).toEqual([1])
  })
})
