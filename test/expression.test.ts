import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { checkExpression, compileExpression } from '../src/expression/compile.js'
import { compileDateFormatter } from '../src/convert/java-date-pattern.js'
import { FUNCTIONS, NOT_SUPPORTED, ZonedDate, type Value as ExpressionValue } from '../src/expression/functions.js'
import { XdmapError } from '../src/util/errors.js'

/** Evaluates an expression against one row given as { column: value }. */
function ev(src: string, row: Record<string, string> = {}): ExpressionValue {
  const tree = checkExpression(src)
  const names = Object.keys(row)
  return compileExpression(tree, new Map(names.map((n, i) => [n, i])), src)(names.map((n) => row[n]!))
}
const iso = (v: ExpressionValue): string => (v as ZonedDate).toISOString()

describe('expression syntax', () => {
  it('parses operators with JEXL precedence and word forms', () => {
    expect(ev('1 + 2 * 3')).toBe(7)
    expect(ev('(1 + 2) * 3')).toBe(9)
    expect(ev('10 div 4 + 10 mod 4')).toBe(4.5)
    expect(ev('a > 2 and not (b eq "x") or false', { a: '3', b: 'y' })).toBe(true)
    expect(ev('a lt 2 ? "small" : "big"', { a: '5' })).toBe('big')
    expect(ev('-a + 1', { a: '3' })).toBe(-2)
    expect(ev('"a" + 1 + 2')).toBe('a12')
    expect(ev('a == 3', { a: '3.0' })).toBe(true)
    expect(ev('!is_empty(a)', { a: '' })).toBe(false)
  })

  it('reads columns: identifiers, ${wrapped names}, \\. escapes; empty cells are null', () => {
    expect(ev('concat(${First Name}, "-", e\\.mail, "-", ${new})', { 'First Name': 'Ann', 'e.mail': 'a@b.c', new: 'x' })).toBe('Ann-a@b.c-x')
    expect(ev('coalesce(a, b)', { a: '', b: 'B' })).toBe('B')
    expect(ev("concat('single', \"\\\"double\\\"\", \"\\u00e9\")")).toBe('single"double"é')
  })

  it.each([
    ['concat(a, b', 'expected ")" before the end at character 12'],
    ['concat(a,, b)', 'unexpected "," at character 10'],
    ['a = 1', '"=" is not an operator here; compare with "==" at character 3'],
    ['"open', 'unclosed string (opened with ") at character 1'],
    ['new + 1', '"new" is a reserved word; a column with that name is written ${new} at character 1'],
    ['frobnicate(1)', 'unknown function frobnicate() at character 1'],
    ['concta(a, b)', 'unknown function concta(); did you mean concat? at character 1'],
    ['substr("abc")', 'substr() takes 2 to 3 arguments, not 1'],
    ['fpid_to_ecid(agent)', 'function fpid_to_ecid() is not supported by xdmap: Adobe does not document how an FPID becomes an ECID'],
    ['aa_get_event_id(a, "e")', 'function aa_get_event_id() is not supported by xdmap: an Analytics-only function'],
    ['format(now(), "yyyy QQQQQ")', "'QQQQQ' is not supported"],
    ['matches_regex(a, "(a)\\\\1")', 'bad regular expression'],
    ['"s".frob()', 'unknown method .frob()'],
    ['"s".equals()', '.equals() takes 1 argument, not 0'],
    ['date(a, "yyyy-MM-dd hh:mm")', "a 12-hour clock needs both"],
    ['1 2', 'unexpected "2" after the end of the expression at character 3'],
  ])('rejects %j at load with the position', (src, message) => {
    expect(() => checkExpression(src)).toThrow(XdmapError)
    expect(() => checkExpression(src)).toThrow(message)
  })

  it('refuses an expression over 4096 characters', () => {
    expect(() => checkExpression(`concat(${'"a",'.repeat(1100)}"a")`)).toThrow(/Data Prep allows 4096/)
  })

  it('names a column missing from the header when it compiles', () => {
    expect(() => compileExpression(checkExpression('lower(nope)'), new Map(), 'lower(nope)')).toThrow(/column "nope" is not in the CSV header at character 7/)
  })
})

describe('Data Prep functions, with the examples of Adobe\'s documentation', () => {
  it.each([
    ['concat("Hi, ", "there", "!")', 'Hi, there!'],
    ['explode("Hi, there!", " ")', ['Hi,', 'there!']],
    ['explode("a,b,c")', ['a', 'b', 'c']],
    ['instr("adobe.com", "com")', 6],
    ['instr("adobe.com", "x")', -1],
    ['replacestr("This is a string re test", "re", "replace")', 'This is a string replace test'],
    ['substr("This is a substring test", 7, 8)', ' a subst'],
    ['lower("HeLLo")', 'hello'],
    ['upper("HeLLo")', 'HELLO'],
    ['split("Hello world", " ")', ['Hello', 'world']],
    ['join(" ", ["Hello", "world"])', 'Hello world'],
    ['lpad("bat", 8, "yz")', 'yzyzybat'],
    ['rpad("bat", 8, "yz")', 'batyzyzy'],
    ['left("abcde", 2)', 'ab'],
    ['right("abcde", 2)', 'de'],
    ['ltrim("    hello")', 'hello'],
    ['rtrim("hello   ")', 'hello'],
    ['trim("  hello  ")', 'hello'],
    ['equals("xyz", "xyz")', true],
    ['equalsIgnoreCase("xyz", "xYz")', true],
    ['extract_regex("E259,E259B_009,1_1", "([^,]+),[^,]*,([^,]+)")', ['E259,E259B_009,1_1', 'E259', '1_1']],
    ['matches_regex("E259,E259B_009,1_1", "([^,]+),[^,]*,([^,]+)")', true],
    ['get_url_protocol("https://platform.adobe.com/home")', 'https'],
    ['get_url_host("https://platform.adobe.com/home")', 'platform.adobe.com'],
    ['get_url_port("sftp://example.com//home/joe/employee.csv")', 22],
    ['get_url_path("https://platform.adobe.com/home")', '/home'],
    ['get_url_query_str("foo://example.com:8042/over/there?name=ferret")', { name: 'ferret' }],
    ['get_url_encoded("https://example.com/partneralliance_asia-pacific_2022")', 'https%3A%2F%2Fexample.com%2Fpartneralliance_asia-pacific_2022'],
    ['get_url_decoded("https%3A%2F%2Fexample.com%2Fpartneralliance_asia-pacific_2022")', 'https://example.com/partneralliance_asia-pacific_2022'],
    ['dformat(1571829875000, "yyyy-MM-dd\'T\'HH:mm:ss.SSSX")', '2019-10-23T11:24:35.000Z'],
    ['format(date("2019-10-23T11:24:00+00:00"), "yyyy-MM-dd HH:mm:ss")', '2019-10-23 11:24:00'],
    ['date_part("MM", date("2020-10-01 11:12:13"))', 10],
    ['date_part("year", date("2020-10-01"))', 2020],
    ['date_part("quarter", date("2020-10-01"))', 4],
    ['iif(equalsIgnoreCase("s", "S"), "True", "False")', 'True'],
    ['decode("pa", "ca", "California", "pa", "Pennsylvania", "N/A")', 'Pennsylvania'],
    ['decode("tx", "ca", "California", "pa", "Pennsylvania", "N/A")', 'N/A'],
    ['to_integer("12.3456")', 12],
    ['to_decimal("12.3456")', 12.3456],
    ['to_float("12.3456")', 12.3456],
    ['to_bigint("1000000.34")', 1000000],
    ['coalesce(null, "first", null, "second")', 'first'],
    ['first(["1", "2", "3"])', '1'],
    ['last(["1", "2", "3"])', '3'],
    ['to_array(false, "1", null, "2")', ['1', '2']],
    ['size_of([1, 2, 3, 4])', 4],
    ['is_empty([1, 2, 3])', false],
    ['is_empty("")', true],
    ['to_object("firstName", "John", "lastName", "Doe")', { firstName: 'John', lastName: 'Doe' }],
  ])('%s', (src, expected) => {
    expect(ev(src)).toEqual(expected)
  })

  it('hashes like the JVM does (hex, UTF-8 by default)', () => {
    for (const algo of ['sha1', 'sha256', 'sha512', 'md5'] as const) {
      expect(ev(`${algo}("my text", "UTF-8")`)).toBe(createHash(algo).update('my text').digest('hex'))
    }
    expect(ev('crc32("The quick brown fox jumps over the lazy dog")')).toBe('39a34f41') // 0x414fa339, bytes little-endian as Data Prep writes it
    expect(() => ev('sha1("x", "EBCDIC")')).toThrow(/unsupported charset/)
  })

  it('parses, shifts and builds dates', () => {
    expect(iso(ev('date("2019-10-23 11:24", "yyyy-MM-dd HH:mm")'))).toBe('2019-10-23T11:24:00.000Z')
    expect(iso(ev('date(a, "yyyy-MM-dd", "2000-01-01")', { a: 'not a date' }))).toBe('2000-01-01T00:00:00.000Z')
    expect(iso(ev('date(a, "yyyy-MM-dd", "2000-01-01")', { a: '' }))).toBe('2000-01-01T00:00:00.000Z')
    expect(() => ev('date("23/10/2019", "yyyy-MM-dd")')).toThrow(/does not match the date pattern/)
    expect(iso(ev('set_date_part("m", 4, date("2016-11-09T11:44:44.797"))'))).toBe('2016-04-09T11:44:44.797Z')
    expect(iso(ev('make_date_time(2019, 10, 17, 11, 55, 12, 999000000, "America/Los_Angeles")'))).toBe('2019-10-17T18:55:12.999Z')
    expect(() => ev('make_date_time(2019, 2, 30, 0, 0, 0)')).toThrow(/no such date/)
    const paris = ev('zone_date_to_zone(date("2020-01-01T12:00:00Z"), "Europe/Paris")') as ZonedDate
    expect(paris.zone).toBe('Europe/Paris')
    expect(ev('format(zone_date_to_zone(date("2020-01-01T12:00:00Z"), "Europe/Paris"), "HH:mm XXX")')).toBe('13:00 +01:00')
    expect((ev('zone_date_to_utc(zone_date_to_zone(now(), "Asia/Tokyo"))') as ZonedDate).zone).toBe('UTC')
    expect(Math.abs((ev('timestamp()') as number) - Date.now())).toBeLessThan(5000)
    expect(ev('uuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('formats every supported Java pattern letter', () => {
    const t = { year: 2021, month: 3, day: 4, hour: 13, minute: 5, second: 6, ms: 7, weekday: 4, offset: -330 }
    const f = (p: string): string => compileDateFormatter(p)(t)
    expect(f('yyyy yy y uuuu')).toBe('2021 21 2021 2021')
    expect(f('M MM MMM MMMM LL')).toBe('3 03 Mar March 03')
    expect(f('d dd H HH k h hh K m mm s ss')).toBe('4 04 13 13 13 1 01 1 5 05 6 06')
    expect(f('S SS SSS SSSSSS')).toBe('0 00 007 007000')
    expect(f('a E EEE EEEE')).toBe('PM Thu Thu Thursday')
    expect(f('Z ZZZZZ X XX XXX x xxx')).toBe('-0530 -05:30 -0530 -0530 -05:30 -0530 -05:30')
    expect(f("'at' HH 'o''clock'")).toBe("at 13 o'clock")
    expect(compileDateFormatter('XXX')({ ...t, offset: 0 })).toBe('Z')
    expect(compileDateFormatter('xxx')({ ...t, offset: 0 })).toBe('+00:00')
  })

  it('lists the functions it supports and those it leaves out with a reason', () => {
    expect(Object.keys(FUNCTIONS).length).toBeGreaterThanOrEqual(60)
    for (const [name, why] of Object.entries(NOT_SUPPORTED)) {
      expect(FUNCTIONS[name]).toBeUndefined()
      expect(why.length).toBeGreaterThan(10)
    }
  })

  it('raises errors a row can be routed by', () => {
    expect(() => ev('to_integer("abc")')).toThrow(/"abc" is not a number/)
    expect(() => ev('1 / 0')).toThrow(/division by zero/)
    expect(() => ev('substr("abc", "x")')).toThrow(/not an integer/)
  })
})

describe('methods, map literals and the functions for objects, maps and arrays', () => {
  it('calls methods on values and columns', () => {
    expect(ev('"string1".equals("STRING1")')).toBe(false)
    expect(ev('"s".equalsIgnoreCase("S") && name.equalsIgnoreCase("ANN")', { name: 'ann' })).toBe(true)
    expect(ev('str_to_object(s, "=", "&").get("b")', { s: 'a=1&b=2' })).toBe('2')
    expect(ev('to_object("k", to_object("x", 5)).get("k").get("x")')).toBe(5)
    expect(ev('${First Name}.toUpperCase()', { 'First Name': 'ann' })).toBe('ANN')
    expect(ev('split("a b", " ").get(1)')).toBe('b')
  })

  it('builds maps from { key: value } literals, keys evaluated', () => {
    expect(ev('get_keys({"a": 1, "b": x})', { x: 'y' })).toEqual(['a', 'b'])
    expect(ev('{ concat("k", "1"): [1, 2] }.get("k1")')).toEqual([1, 2])
    expect(ev('size_of({})')).toBe(0)
  })

  it('reads and writes maps by own keys only, whatever the key', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(ev('to_object(k, "v").get(k)', { k: name })).toBe('v')
      expect(ev('{"a": 1}.get(k)', { k: name })).toBeNull()
      expect(ev('map_has_keys(json_to_object(j), k)', { j: '{"a":1}', k: name })).toBe(false)
      expect(ev('get_values(s, k)', { s: 'a:1', k: name })).toBeNull()
    }
    const o = ev('json_to_object(j)', { j: '{"__proto__": {"polluted": 1}}' }) as Record<string, unknown>
    expect(Object.keys(o)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps the first value of a repeated key (add_to_map, str_to_object, array_to_map)', () => {
    expect(ev('add_to_map({"a": 1}, {"a": 2, "b": 3})')).toEqual(Object.assign(Object.create(null), { a: 1, b: 3 }))
    expect(ev('str_to_object("a:1,a:2,b:")')).toEqual(Object.assign(Object.create(null), { a: '1', b: null }))
    expect(ev('get_keys(array_to_map([{"t": "x", "n": 1}, {"t": "x", "n": 2}, {"n": 3}], "t"))')).toEqual(['x'])
  })

  it('takes documented arities: first/last of values, get_url_path and get_url_query_str options, min/max', () => {
    expect(ev('first(a, "2")', { a: '' })).toBeNull()
    expect(ev('last(split("a,b", ","))')).toBe('b')
    expect(ev('get_url_path("https://h/a/b/c.csv", false)')).toBe('c.csv')
    expect(ev('get_url_query_str("https://h/p?a=1&b=2#top", "retain").get("b")')).toBe('2#top')
    expect(() => ev('get_url_query_str("https://h/p?a=1", "keep")')).toThrow(/"retain", "remove" or "append"/)
    expect(ev('min("10", 9, "x")')).toBe(9)
    expect(ev('max("b", "a", null)')).toBe('b')
    expect(ev('instr("banana", "a", 2, 2)')).toBe(5)
    expect(ev('arrays_to_objects("a", [1, 2], "b", [3])')).toEqual([Object.assign(Object.create(null), { a: 1, b: 3 }), Object.assign(Object.create(null), { a: 2 })])
  })

  it('answers contains_key from the header and the row', () => {
    expect(ev('contains_key("a")', { a: 'x' })).toBe(true)
    expect(ev('contains_key("a")', { a: '' })).toBe(false)
    expect(ev('contains_key("b")', { a: 'x' })).toBe(false)
    expect(ev('contains_key(k)', { k: 'k' })).toBe(true)
  })

  it('parses user agents (ua-parser-js) with Data Prep\'s names', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
    expect(ev('ua_agent_name(u)', { u: chrome })).toBe('Chrome')
    expect(ev('ua_os_name(u)', { u: chrome })).toBe('Windows')
    expect(ev('ua_device_class(u)', { u: chrome })).toBe('Desktop')
    expect(ev('ua_device_class(u)', { u: 'Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1' })).toBe('Tablet')
    expect(ev('ua_agent_name(u)', { u: '' })).toBeNull()
  })
})

describe('hostile mappings and cells (issue 16)', () => {
  const PROTO = Object.getOwnPropertyNames(Object.prototype)

  it.each(PROTO)('%s is an unknown function, and an unknown method, at load', (name) => {
    for (const src of [`${name}()`, `${name}("x")`, `${name}(1)`]) {
      expect(() => checkExpression(src)).toThrow(XdmapError)
      expect(() => checkExpression(src)).toThrow(/unknown function/)
    }
    expect(() => checkExpression(`"x".${name}()`)).toThrow(/unknown method/)
  })

  it.each(PROTO)('a cell %s cannot reach Object.prototype through a table', (name) => {
    expect(ev('get_url_port(u)', { u: `${name.replace(/_/g, 'x')}://h/p` })).toBeNull()
    expect(ev('get_url_port(u)', { u: 'constructor://h/p' })).toBeNull()
    expect(() => ev('date_part(p, date("2020-01-02"))', { p: name })).toThrow(/unknown date part/)
    expect(() => ev('set_date_part(p, 1, date("2020-01-02"))', { p: name })).toThrow(/cannot set date part/)
    expect(() => ev('date("2020-01-02 10:00 x", "yyyy-MM-dd HH:mm z")'.replace('x', name))).toThrow(/does not match/)
  })

  it('caps nesting with a syntax error naming the limit, never a stack overflow', () => {
    for (const src of [`${'('.repeat(800)}1${')'.repeat(800)}`, `${'!'.repeat(3000)}true`, `${'-'.repeat(3000)}1`, `${'['.repeat(800)}${']'.repeat(800)}`,
      `${'lower('.repeat(500)}"a"${')'.repeat(500)}`, `${'{"a":'.repeat(600)}1${'}'.repeat(600)}`, `${'1?'.repeat(1000)}1${':1'.repeat(1000)}`]) {
      expect(src.length).toBeLessThanOrEqual(4096)
      let err: unknown
      try { checkExpression(src) } catch (e) { err = e }
      expect(err).toBeInstanceOf(XdmapError)
      expect((err as XdmapError).code).toBe('MAPPING_EXPRESSION_SYNTAX')
      expect((err as Error).message).toMatch(/nests deeper than 100 levels/)
    }
    expect(ev(`${'('.repeat(100)}1${')'.repeat(100)}`)).toBe(1)
    // chains are long, not deep: they parse without recursion and evaluate
    expect(ev(Array.from({ length: 1300 }, () => '1').join('+'))).toBe(1300)
    expect(ev(`"a"${'.trim()'.repeat(580)}`)).toBe('a')
  })

  it('bounds what a row may cost: pad lengths, occurrence counts, regex time', () => {
    expect(() => ev('lpad(x, 500000000, "ab")', { x: 'a' })).toThrow(/500000000 is over the limit of 1048576 characters/)
    expect(() => ev('rpad(x, 1048577, "ab")', { x: 'a' })).toThrow(/over the limit/)
    expect((ev('lpad(x, 1048576, "ab")', { x: 'a' }) as string).length).toBe(1048576)
    let t = performance.now()
    expect(ev('instr(x, "a", 0, 2000000000)', { x: 'a'.repeat(10_000) })).toBe(-1)
    expect(ev('instr(x, "", 0, 2000000000)', { x: 'a'.repeat(10_000) })).toBe(-1)
    expect(performance.now() - t).toBeLessThan(500)
    t = performance.now()
    expect(ev('matches_regex(x, "(X+)+$")', { x: `${'X'.repeat(30)}y` })).toBe(false)
    expect(ev('matches_regex(x, "(X+)+$")', { x: `${'X'.repeat(100_000)}y` })).toBe(false)
    expect(ev('extract_regex(x, "(a|aa)+b")', { x: 'a'.repeat(5_000) })).toBeNull()
    expect(performance.now() - t).toBeLessThan(2_000)
  })
})

describe('a bound exceeded rejects the row, not the run', () => {
  it('lpad over the limit is a CONVERT_EXPRESSION conversion error of that row', async () => {
    const { createProcessor } = await import('../src/pipeline/processor.js')
    const { loadMapping } = await import('../src/mapping/load.js')
    const { loadSchema } = await import('../src/schema/load.js')
    const catalog = await loadSchema(new URL('./fixtures/dataprep/schema.json', import.meta.url).pathname)
    const set = await loadMapping({ mappings: [{ sourceType: 'EXPRESSION', source: 'lpad(n, len, "ab")', destination: 'str' }] }, catalog)
    const process = createProcessor({ catalog, set, header: ['n', 'len'], nullField: false, maxLineBytes: 1 << 20 })
    const r = process([['a', '500000000'], ['a', '5']])
    expect(r.rejects.map((x) => [x.index, x.issues[0]!.code])).toEqual([[0, 'CONVERT_EXPRESSION']])
    expect(r.rejects[0]!.issues[0]!.message).toMatch(/over the limit of 1048576 characters/)
    expect(Buffer.from(r.buffer).toString()).toBe('{"str":"ababa"}\n')
  })
})

describe('explode on a plain delimiter', () => {
  it('splits as text exactly as RE2 splits (Java split: trailing empty parts dropped)', async () => {
    const fc = (await import('fast-check')).default
    const { splitRegex, compileRegex } = await import('../src/expression/regex.js')
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', 'b', ' ') }), fc.constantFrom(',', ';;', ' ', 'ab'), (text, delim) => {
      expect(splitRegex(text, delim)).toEqual(compileRegex(delim).split(text, 0))
    }), { numRuns: 2000 })
  })
})
