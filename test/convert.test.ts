import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { booleanConverter } from '../src/convert/boolean.js'
import { ConvertError } from '../src/convert/index.js'
import { dateConverter, dateTimeConverter, formatInstant, parseIso } from '../src/convert/datetime.js'
import { integerConverter, INTEGER_RANGES, numberConverter } from '../src/convert/numbers.js'
import { fastEpoch, fastIso } from '../src/convert/datetime.js'

const dt = dateTimeConverter()
const d = dateConverter()

describe('date-time', () => {
  it.each([
    ['2018-07-10T15:05:59.000-08:00', '2018-07-10T23:05:59.000Z'],
    ['2018-07-10T15:05:59-08:00', '2018-07-10T23:05:59.000Z'],
    ['2018-07-10T15:05:59Z', '2018-07-10T15:05:59.000Z'],
    ['2018-07-10 15:05:59+0530', '2018-07-10T09:35:59.000Z'],
    ['2018-07-10T15:05:59.1+01', '2018-07-10T14:05:59.100Z'],
    ['2018-07-10T15:05', '2018-07-10T15:05:00.000Z'],
    ['2018-07-10', '2018-07-10T00:00:00.000Z'],
    ['1531263959000', '2018-07-10T23:05:59.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
    ['2018-07-10 15:05:59.123', '2018-07-10T15:05:59.123Z'],
    ['2018-12-31T23:59:59.999999999Z', '2018-12-31T23:59:59.999Z'],
    ['2018-12-31T23:59:59,9999999-01:00', '2019-01-01T00:59:59.999Z'],
    ['2018-07-10T15:05:59 Z', '2018-07-10T15:05:59.000Z'],
    [' 2018-07-10T15:05:59Z ', '2018-07-10T15:05:59.000Z'],
    ['-1', '1969-12-31T23:59:59.999Z'],
    ['2018/07/10', '2018-07-10T00:00:00.000Z'],
    ['07/10/2018 03:05:59 PM', '2018-07-10T15:05:59.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(dt(input)).toBe(expected)
  })

  it.each(['2018-02-30T00:00:00Z', '2018-07-10T24:00:00Z', '2018-07-10T15:60:00Z', '1531263959000.5', 'soon', '', '2018-07-10T15:05:59+25:00', '10000-01-01'])('rejects %j', (input) => {
    const r = dt(input)
    expect(r).toBeInstanceOf(ConvertError)
    expect((r as ConvertError).code).toMatch(/^CONVERT_DATETIME_/)
  })

  it('reads date-times without an offset in --timezone, DST included', () => {
    const ny = dateTimeConverter({ timezone: 'America/New_York' })
    expect(ny('2024-01-15T09:00:00')).toBe('2024-01-15T14:00:00.000Z')
    expect(ny('2024-07-15T09:00:00')).toBe('2024-07-15T13:00:00.000Z')
    expect(ny('2024-07-15T09:00:00Z')).toBe('2024-07-15T09:00:00.000Z')
    const tokyo = dateTimeConverter({ timezone: 'Asia/Tokyo' })
    expect(tokyo('2024-07-15 09:00:00')).toBe('2024-07-15T00:00:00.000Z')
  })

  // ISO-like texts, right and nearly right: every part can be out of range or malformed
  const isoLike = fc.tuple(
    fc.constantFrom('2024', '1999', '0001', '0000', '9999', '0099', '199', '20x4'),
    fc.constantFrom('-'), fc.constantFrom('01', '02', '12', '00', '13', '1', '07'),
    fc.constantFrom('-'), fc.constantFrom('01', '28', '29', '30', '31', '00', '32', '3'),
    fc.option(fc.tuple(
      fc.constantFrom('T', ' ', 't', '_'), fc.constantFrom('00', '09', '23', '24', '7'), fc.constantFrom(':'), fc.constantFrom('00', '59', '60', '5'),
      fc.option(fc.tuple(fc.constantFrom(':00', ':59', ':60', ':5', '00'), fc.option(fc.tuple(fc.constantFrom('.', ',', ':'), fc.stringMatching(/^\d{0,11}$/))))),
      fc.constantFrom('', 'Z', 'z', '+00', '-05', '+0530', '+05:30', '-18:00', '+19:00', '+05:60', '+05:', '+5', ' Z', 'ZZ', '+05:30x', '-0000'),
    )),
  ).map((parts) => parts.flat(4).filter((x) => typeof x === 'string').join(''))

  it('reads ISO 8601 the same on the fast path as with the regular expression', () => {
    const reference = (t: string): string | undefined => {
      const p = parseIso(t)
      if (!p) return undefined
      const wall = new Date(0)
      wall.setUTCFullYear(p.year, p.month - 1, p.day)
      wall.setUTCHours(p.hour, p.minute, p.second, p.ms)
      const ms = wall.getTime() - (p.offset ?? 0) * 60_000
      return ms >= -62135596800000 && ms <= 253402300799999 ? formatInstant(ms) : undefined
    }
    fc.assert(fc.property(isoLike, (t) => {
      const fast = fastIso(t)
      // the fast path answers only where the general parser reads the same text
      if (!Number.isNaN(fast)) expect(parseIso(t), t).toBeDefined()
      const ref = reference(t)
      if (ref !== undefined) expect(dt(t), t).toBe(ref)
      if (ref !== undefined && t.length >= 10) expect(d(t), t).toBe(t.slice(0, 10))
    }), { numRuns: 3000 })
  })

  it('reads epoch milliseconds the same on the fast path as Number()', () => {
    fc.assert(fc.property(fc.oneof(fc.stringMatching(/^-?\d{1,18}$/), fc.integer().map(String), fc.string({ maxLength: 6 })), (t) => {
      const fast = fastEpoch(t)
      if (Number.isNaN(fast)) return
      expect(/^-?\d{1,16}$/.test(t) && !(t.length === 8 && t[0] !== '-'), t).toBe(true)
      expect(fast).toBe(Number(t))
      expect(Number.isSafeInteger(fast)).toBe(true)
    }), { numRuns: 2000 })
  })

  it('rejects an unknown time zone when the converter is built', () => {
    expect(() => dateTimeConverter({ timezone: 'Mars/Olympus' })).toThrow(/Unknown time zone/)
  })

  it('round-trips any instant written as ISO 8601 with an offset, and as epoch ms', () => {
    fc.assert(fc.property(
      fc.integer({ min: -62135596800000, max: 253402300799999 }),
      fc.integer({ min: -12 * 60, max: 14 * 60 }),
      (ms, offsetMin) => {
        const iso = new Date(ms).toISOString()
        expect(dt(iso)).toBe(iso)
        // same instant written in another offset
        const local = new Date(ms + offsetMin * 60000).toISOString().slice(0, 23)
        const sign = offsetMin < 0 ? '-' : '+'
        const abs = Math.abs(offsetMin)
        const written = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
        if (/^\d{4}-/.test(local) && !local.startsWith('0000')) expect(dt(written)).toBe(iso)
        if (ms >= 0 && String(ms).length !== 8) expect(dt(String(ms))).toBe(iso)
      },
    ), { numRuns: 1000 })
  })
})

describe('date', () => {
  it.each([
    ['2004-09-25', '2004-09-25'],
    ['2004-09-25T23:30:00-05:00', '2004-09-25'],
    ['20040925', '2004-09-25'],
    ['09-25-2004', '2004-09-25'],
    ['25-Sep-2004', '2004-09-25'],
    ['1096070400000', '2004-09-25'],
    ['0001-01-01', '0001-01-01'],
  ])('%s → %s', (input, expected) => {
    expect(d(input)).toBe(expected)
  })

  it.each(['1979-01-3', '2021-02-29', '2004-13-01', '0000-01-01', 'today'])('rejects %j', (input) => {
    expect((d(input) as ConvertError).code).toBe('CONVERT_DATE_INVALID')
  })

  it('keeps every valid calendar date as written', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const s = date.toISOString().slice(0, 10)
      expect(d(s)).toBe(s)
      expect(parseIso(s)).toMatchObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
    }), { numRuns: 500 })
  })

  it('does not shift date-only values under a non-UTC process TZ', () => {
    // the built module (npm test builds first), in a child process whose TZ is not UTC
    const code = `import('${new URL('../dist/convert/datetime.js', import.meta.url).pathname}').then(m => { const d = m.dateConverter(); const t = m.dateTimeConverter(); console.log(JSON.stringify([d('2004-09-25'), t('2004-09-25'), d('2004-09-25T00:30:00+02:00'), t('2004-09-25 00:30:00'), d('1096070400000')])) })`
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata']) {
      const r = spawnSync(process.execPath, ['-e', code], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })
      expect(r.stdout.trim(), r.stderr).toBe('["2004-09-25","2004-09-25T00:00:00.000Z","2004-09-25","2004-09-25T00:30:00.000Z","2004-09-25"]')
    }
  })
})

describe('integers', () => {
  for (const type of ['byte', 'short', 'int', 'long'] as const) {
    const [lo, hi] = INTEGER_RANGES[type]
    const conv = integerConverter(type)
    it(`${type}: accepts exactly ${lo}..${hi}`, () => {
      fc.assert(fc.property(fc.integer({ min: lo, max: hi }), (n) => { expect(conv(String(n))).toBe(n) }))
      expect(conv(String(lo))).toBe(lo)
      expect(conv(String(hi))).toBe(hi)
      expect((conv(String(BigInt(hi) + 1n)) as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
      expect((conv(String(BigInt(lo) - 1n)) as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
    })
  }

  it('never truncates a fraction', () => {
    const conv = integerConverter('long')
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 999 }), (n, f) => {
      expect((conv(`${n}.${String(f).padStart(3, '0')}`) as ConvertError).code).toBe('CONVERT_NOT_INTEGER')
    }))
    expect(conv('42.000')).toBe(42)
    expect(conv('4.2e1')).toBe(42)
    expect((conv('4.25e1') as ConvertError).code).toBe('CONVERT_NOT_INTEGER')
  })

  it('honours schema bounds inside the type range', () => {
    const conv = integerConverter('short', { minimum: 1, maximum: 32767 })
    expect((conv('0') as ConvertError).message).toMatch(/below the minimum 1/)
    expect(conv('1')).toBe(1)
  })

  it('rejects what is not a number', () => {
    for (const s of ['', 'abc', '1,000', '0x10', 'Infinity', 'NaN', '--1', '-', '1-', '1 2']) expect(integerConverter('int')(s)).toBeInstanceOf(ConvertError)
  })

  it('gives the same answer on the fast path (plain digits) as the general rule', () => {
    // the general rule, written out independently: an integral decimal inside the type range, never -0
    fc.assert(fc.property(fc.constantFrom('byte', 'short', 'int', 'long'), fc.oneof(fc.stringMatching(/^[-+ ]?0*\d{1,17}[ ]?$/), fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String)), (type, s) => {
      const [lo, hi] = INTEGER_RANGES[type]
      const r = integerConverter(type)(s)
      const t = s.trim()
      const v = /^[+-]?\d+$/.test(t) ? BigInt(t) : undefined
      if (v !== undefined && v >= BigInt(lo) && v <= BigInt(hi)) expect(r, s).toBe(Number(v) === 0 ? 0 : Number(v))
      else expect(r, s).toBeInstanceOf(ConvertError)
    }), { numRuns: 3000 })
    expect(Object.is(integerConverter('int')('-0'), 0)).toBe(true)
    expect(Object.is(integerConverter('int')('-000'), 0)).toBe(true)
    expect((integerConverter('int', { exclusiveMaximum: 10 })('10') as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
    expect(integerConverter('int', { exclusiveMaximum: 10 })('9')).toBe(9)
  })
})

describe('number', () => {
  it('round-trips every finite double', () => {
    const conv = numberConverter()
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(conv(String(x))).toBe(x === 0 ? 0 : x)
    }))
  })
  it('reads plain decimals (the fast path) as Number() does, bounds included', () => {
    const conv = numberConverter({ minimum: -1e6, exclusiveMaximum: 1e6 })
    fc.assert(fc.property(fc.stringMatching(/^-?\d{0,9}\.?\d{0,9}$/), (s) => {
      const r = conv(s)
      const n = Number(s)
      if (/\d/.test(s) && n >= -1e6 && n < 1e6) expect(r, s).toBe(n === 0 ? 0 : n)
      else expect(r, s).toBeInstanceOf(ConvertError)
    }), { numRuns: 3000 })
    expect(Object.is(numberConverter()('-0.0'), 0)).toBe(true)
    expect((conv('1000000') as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
    expect(conv('999999.9999999999')).toBe(999999.9999999999)
    for (const s of ['-', '.', '1.2.3', '1..2', '', ' ']) expect(numberConverter()(s), s).toBeInstanceOf(ConvertError)
  })

  it('rejects overflow and non-numbers', () => {
    expect((numberConverter()('1e400') as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
    expect((numberConverter()('NaN') as ConvertError).code).toBe('CONVERT_NOT_NUMBER')
    expect((numberConverter({ minimum: -90, maximum: 90 })('90.0001') as ConvertError).code).toBe('CONVERT_OUT_OF_RANGE')
  })
})

describe('boolean', () => {
  it('takes the Data Prep vocabulary in any case and nothing else', () => {
    fc.assert(fc.property(fc.constantFrom('y', 'yes', 'on', 'true', 'n', 'no', 'off', 'false'), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (w, caps) => {
      const s = [...w].map((c, i) => (caps[i] ? c.toUpperCase() : c)).join('')
      expect(booleanConverter(s)).toBe(['y', 'yes', 'on', 'true'].includes(w))
    }))
    for (const s of ['1', '0', 't', 'f', 'ja', '']) expect(booleanConverter(s)).toBeInstanceOf(ConvertError)
  })
})

describe('formatInstant', () => {
  it('equals Date.prototype.toISOString for every instant in years 0001-9999', async () => {
    const { formatInstant } = await import('../src/convert/datetime.js')
    fc.assert(fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString())
    }), { numRuns: 5000 })
    for (const ms of [0, -1, 951782400000, 951868800000, -62135596800000, 253402300799999]) expect(formatInstant(ms)).toBe(new Date(ms).toISOString())
  })
})
