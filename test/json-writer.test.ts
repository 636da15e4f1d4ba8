import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalNumber, JsonWriter } from '../src/codegen/json-writer.js'

const written = (f: (w: JsonWriter) => void): string => {
  const w = new JsonWriter(4)
  f(w)
  return Buffer.from(w.take()).toString('utf8')
}

describe('JsonWriter', () => {
  it('writes any string exactly as JSON.stringify does (escapes, non-ASCII, lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 10 }), (s, t) => {
      expect(written((w) => { w.string(s); w.string(t) })).toBe(JSON.stringify(s) + JSON.stringify(t))
    }), { numRuns: 3000 })
    for (const s of ['', '"', '\\', '\u007f', '\u0000\u001f', 'Köln', '\ud800', '\udfff\ud800', '😀', 'a"b\\c\nd', 'Ærøskøbing "x"', 'ü😀ü', '€\ud83d', '\u0080\u07ff\u0800\uffff', 'São Paulo\t', '東京都'.repeat(40)]) expect(written((w) => w.string(s))).toBe(JSON.stringify(s))
  })

  it('writes numbers as JSON does, from the cell text when that is how JavaScript prints it', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), (x) => {
      expect(written((w) => w.number(x))).toBe(JSON.stringify(x))
      expect(written((w) => w.numberFrom(x, String(x)))).toBe(JSON.stringify(x))
    }), { numRuns: 2000 })
    expect(written((w) => w.numberFrom(1.5, '1.50'))).toBe('1.5')
    expect(written((w) => w.numberFrom(0, '-0'))).toBe('0')
    expect(written((w) => w.numberFrom(1e-7, '0.0000001'))).toBe('1e-7')
  })

  it('takes a cell text as printed only when Number() of it prints the same', () => {
    const decimal = fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^\d{0,23}$/), fc.option(fc.stringMatching(/^\d{0,17}$/)), fc.constantFrom('', '', 'e5', ' '))
      .map(([sign, int, frac, tail]) => sign + int + (frac === null ? '' : `.${frac}`) + tail)
    fc.assert(fc.property(fc.oneof(decimal, fc.double().map(String), fc.string({ maxLength: 6 })), (t) => {
      if (canonicalNumber(t)) expect(String(Number(t)), t).toBe(t)
    }), { numRuns: 5000 })
    // and it does take the usual ones
    for (const t of ['0', '7', '-12', '2314.72', '23.722876', '-154.770154', '0.000001', '123456789012345', '100000000000000000000']) expect(canonicalNumber(t), t).toBe(true)
    for (const t of ['-0', '01', '1.50', '1.', '.5', '1e5', '0.0000001', '1234567890123456789', '1000000000000000000000', ' 1']) expect(canonicalNumber(t), t).toBe(false)
  })

  it('writes JSON data (an expression\'s object, map or array) as JSON.stringify does', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(written((w) => w.json(v))).toBe(JSON.stringify(v))
    }), { numRuns: 500 })
  })

  it('leaves its slack free after every call, so the generated writer may store that many bytes without a check', () => {
    const op = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => (w: JsonWriter) => w.string(s)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (w: JsonWriter) => w.number(x)),
      fc.jsonValue().map((v) => (w: JsonWriter) => w.json(v)),
      fc.integer({ min: 0, max: 127 }).map((c) => (w: JsonWriter) => w.byte(c)),
      fc.uint8Array({ maxLength: 40 }).map((a) => (w: JsonWriter) => w.bytes(a)),
      fc.constant((w: JsonWriter) => { w.take() }),
    )
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 300 }), fc.array(op, { maxLength: 30 }), (size, slack, ops) => {
      const w = new JsonWriter(size)
      w.slackFor(slack)
      expect(w.buf.length - w.p).toBeGreaterThanOrEqual(slack)
      for (const f of ops) {
        f(w)
        expect(w.end).toBe(w.buf.length - slack)
        expect(w.p).toBeLessThanOrEqual(w.end)
      }
    }), { numRuns: 1000 })
  })

  it('grows as needed and starts over after take()', () => {
    const w = new JsonWriter(2)
    w.text('{"a":')
    w.string('x'.repeat(1000))
    w.byte(125)
    expect(Buffer.from(w.take()).toString()).toBe(`{"a":"${'x'.repeat(1000)}"}`)
    expect(w.p).toBe(0)
    w.bytes(new TextEncoder().encode('[1]'))
    const out = w.take()
    expect(Buffer.from(out).toString()).toBe('[1]')
    expect(out.byteOffset).toBe(0)
    expect(out.buffer.byteLength).toBe(3)
  })
})
