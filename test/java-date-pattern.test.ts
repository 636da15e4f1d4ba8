import { describe, expect, it } from 'vitest'
import { compileDateFormatter, compileDatePattern, DATA_PREP_DATE_PATTERNS } from '../src/convert/java-date-pattern.js'
import { XdmapError } from '../src/util/errors.js'

const p = (pattern: string, text: string) => compileDatePattern(pattern).parse(text)

describe('Java DateTimeFormatter letters', () => {
  it.each([
    ['yyyy-MM-dd', '2021-03-04', { year: 2021, month: 3, day: 4 }],
    ['uuuu-MM-dd', '2021-03-04', { year: 2021, month: 3, day: 4 }],
    ['yy-MM-dd', '21-03-04', { year: 2021, month: 3, day: 4 }],
    ['y/M/d', '2021/3/4', { year: 2021, month: 3, day: 4 }],
    ['dd.MMM.yyyy', '04.mar.2021', { year: 2021, month: 3, day: 4 }],
    ['d MMMM yyyy', '4 September 2021', { year: 2021, month: 9, day: 4 }],
    ['LL/dd/yyyy', '03/04/2021', { month: 3 }],
    ['yyyy-MM-dd HH:mm:ss', '2021-03-04 23:59:58', { hour: 23, minute: 59, second: 58 }],
    ['yyyy-MM-dd kk:mm', '2021-03-04 24:00', { hour: 0 }],
    ['yyyy-MM-dd hh:mm a', '2021-03-04 12:15 AM', { hour: 0, minute: 15 }],
    ['yyyy-MM-dd hh:mm a', '2021-03-04 12:15 pm', { hour: 12 }],
    ['yyyy-MM-dd KK:mm a', '2021-03-04 11:15 PM', { hour: 23 }],
    ['yyyy-MM-dd HH:mm:ss.SSS', '2021-03-04 01:02:03.045', { ms: 45 }],
    ['yyyy-MM-dd HH:mm:ss.S', '2021-03-04 01:02:03.5', { ms: 500 }],
    ['yyyy-MM-dd HH:mm:ss.SSSSSS', '2021-03-04 01:02:03.123456', { ms: 123 }],
    ['yyyy-MM-dd HH:mm:ssZ', '2021-03-04 01:02:03-0130', { offset: -90 }],
    ['yyyy-MM-dd HH:mm:ssZZZZZ', '2021-03-04 01:02:03+05:30', { offset: 330 }],
    ["yyyy-MM-dd'T'HH:mm:ssX", '2021-03-04T01:02:03Z', { offset: 0 }],
    ["yyyy-MM-dd'T'HH:mm:ssX", '2021-03-04T01:02:03+01', { offset: 60 }],
    ["yyyy-MM-dd'T'HH:mm:ssXX", '2021-03-04T01:02:03+0100', { offset: 60 }],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2021-03-04T01:02:03-08:00', { offset: -480 }],
    ["yyyy-MM-dd'T'HH:mm:ssxxx", '2021-03-04T01:02:03+00:00', { offset: 0 }],
    ['EEE, dd MMM yyyy', 'Thu, 04 Mar 2021', { day: 4 }],
    ['EEEE dd/MM/yyyy', 'Thursday 04/03/2021', { month: 3 }],
    ["yyyy'年'MM'月'dd'日'", '2021年03月04日', { year: 2021, month: 3, day: 4 }],
    ["''yyyy''", "'2021'", { year: 2021 }],
  ])('%s parses %j', (pattern, text, expected) => {
    expect(p(pattern, text)).toMatchObject(expected)
  })

  it.each([
    ['yyyy-MM-dd', '2021-3-04'],
    ['yyyy-MM-dd', '2021-02-29'],
    ['yyyy-MM-dd HH:mm', '2021-03-04 24:00'],
    ['yyyy-MM-dd hh:mm a', '2021-03-04 13:00 PM'],
    ['dd.MMM.yyyy', '04.Mrz.2021'],
    ['EEE dd/MM/yyyy', 'Fun 04/03/2021'],
    ["yyyy-MM-dd'T'HH:mmxx", '2021-03-04T01:02Z'],
    ["yyyy-MM-dd'T'HH:mmxxx", '2021-03-04T01:02Z'],
  ])('%s rejects %j', (pattern, text) => {
    expect(p(pattern, text)).toBeUndefined()
  })

  it.each(['n', 'N', 'A', 'V', 'VVV', 'zzzzz', 'OO', 'QQQQQ', 'GGGGGG', 'e', 'c', 'B', 'yyy', 'MMMMMM', 'ddd', 'HHH', 'ZZZZ', 'XXXX', 'aa', 'EEEEE', 'DDDD', 'www', 'WW', 'FF'])('rejects the unsupported pattern %j when compiled', (pattern) => {
    expect(() => compileDatePattern(pattern)).toThrow(XdmapError)
    expect(() => compileDatePattern(pattern)).toThrow(/not supported/)
  })

  it('rejects h without a and a without h, and an unclosed quote', () => {
    expect(() => compileDatePattern('hh:mm')).toThrow(/12-hour clock/)
    expect(() => compileDatePattern('HH:mm a')).toThrow(/12-hour clock/)
    expect(() => compileDatePattern("yyyy'T")).toThrow(/Unclosed quote/)
  })

  it('compiles every Data Prep date() fallback pattern', () => {
    for (const pattern of DATA_PREP_DATE_PATTERNS) expect(compileDatePattern(pattern).pattern).toBe(pattern)
    // first match wins: an ambiguous 8-digit value is read as yyyyMMdd before MMddyyyy
    const first = DATA_PREP_DATE_PATTERNS.map((x) => compileDatePattern(x)).find((c) => c.parse('12112020'))
    expect(first?.pattern).toBe('MMddyyyy')
    const ymd = DATA_PREP_DATE_PATTERNS.map((x) => compileDatePattern(x)).find((c) => c.parse('20201211'))
    expect(ymd?.pattern).toBe('yyyyMMdd')
  })
})

describe('the letters of Data Prep\'s date/time format table', () => {
  const f = (pattern: string, iso: string, zone?: string, offset = 0) => {
    const d = new Date(Date.parse(iso) + offset * 60000)
    return compileDateFormatter(pattern)({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(), offset, ...(zone ? { zone, epochMs: Date.parse(iso) } : {}) })
  }

  it('writes ISO week fields across year ends (Y, w, W) and the day fields (D, F, u)', () => {
    expect(f('YYYY-ww', '2020-12-31T00:00:00Z')).toBe('2020-53')
    expect(f('YYYY-ww yyyy', '2021-01-03T00:00:00Z')).toBe('2020-53 2021')
    expect(f('YYYY-ww', '2019-12-30T00:00:00Z')).toBe('2020-01')
    expect(f('W', '2021-03-01T00:00:00Z')).toBe('1')
    expect(f('W', '2021-05-01T00:00:00Z')).toBe('0')
    expect(f('DDD D', '2021-02-01T00:00:00Z')).toBe('032 32')
    expect(f('F', '2021-03-08T00:00:00Z')).toBe('2')
    expect(f('u uuuu', '2021-03-07T00:00:00Z')).toBe('7 2021')
    expect(f('QQQ qqqq', '2021-12-07T00:00:00Z')).toBe('Q4 4th quarter')
  })

  it('writes zone names, ids and GMT offsets', () => {
    expect(f('z zzzz VV O OOOO', '2021-07-01T12:00:00Z', 'America/Los_Angeles', -420)).toBe('PDT Pacific Daylight Time America/Los_Angeles GMT-7 GMT-07:00')
    expect(f('z VV O', '2021-07-01T12:00:00Z', '+05:30', 330)).toBe('GMT+05:30 +05:30 GMT+5:30')
    expect(f('z O', '2021-07-01T12:00:00Z', 'UTC')).toBe('UTC GMT')
  })

  it('reads zone names at their fixed offsets, zone ids at the zone\'s offset then, GMT offsets', () => {
    expect(p('yyyy-MM-dd HH:mm z', '2021-07-01 12:00 PST')?.offset).toBe(-480)
    expect(p('yyyy-MM-dd HH:mm z', '2021-07-01 12:00 PDT')?.offset).toBe(-420)
    expect(p('yyyy-MM-dd HH:mm zzzz', '2021-07-01 12:00 Central European Summer Time')?.offset).toBe(120)
    expect(p('yyyy-MM-dd HH:mm z', '2021-07-01 12:00 XYZ')).toBeUndefined()
    expect(p('yyyy-MM-dd HH:mm VV', '2021-07-01 12:00 Europe/Paris')).toMatchObject({ offset: 120, zone: 'Europe/Paris' })
    expect(p('yyyy-MM-dd HH:mm VV', '2021-01-01 12:00 Europe/Paris')?.offset).toBe(60)
    expect(p('yyyy-MM-dd HH:mm VV', '2021-01-01 12:00 Mars/Olympus')).toBeUndefined()
    expect(p('yyyy-MM-dd HH:mm O', '2021-01-01 12:00 GMT-3')?.offset).toBe(-180)
    expect(p('yyyy-MM-dd HH:mm OOOO', '2021-01-01 12:00 GMT+05:30')?.offset).toBe(330)
  })

  it('reads eras, days of the year, quarters, and a week-based year when no year is given', () => {
    expect(p('G yyyy-MM-dd', 'AD 2021-03-04')).toMatchObject({ year: 2021, month: 3, day: 4 })
    expect(p('G yyyy-MM-dd', 'BC 2021-03-04')).toBeUndefined()
    expect(p('yyyy-DDD', '2020-366')).toMatchObject({ month: 12, day: 31 })
    expect(p('yyyy-DDD', '2021-366')).toBeUndefined()
    expect(p("QQQ yyyy-MM-dd", 'Q1 2021-03-04')).toMatchObject({ month: 3 })
    expect(p('YYYY-MM-dd', '2021-03-04')).toMatchObject({ year: 2021 })
  })
})
