import { createHash, randomUUID } from 'node:crypto'
import { compileDateFormatter, compileDatePattern, isoWeek, type WallTime } from '../convert/java-date-pattern.js'
import { parseIso } from '../convert/datetime.js'
import { getZone } from '../convert/zone.js'
import { extractRegex, matchesRegex, splitRegex } from './regex.js'
import { UA_FUNCTIONS, userAgent } from './user-agent.js'
import { arr, ExpressionError, fromJson, int, isEmpty, isRecord, MAX_BUILT_ITEMS, newRecord, num, own, put, size, str, toBool, ZonedDate, type Record_, type Value } from './value.js'
import { table } from '../util/table.js'

export { ExpressionError, ZonedDate, type Value } from './value.js'

/**
 * The Data Prep functions xdmap runs locally. Each declares its arity; an unknown function or a wrong number of
 * arguments is an error when the mapping loads. Every table here that a name from a mapping or a cell indexes is a
 * null-prototype object, so "constructor", "toString" or "__proto__" are unknown names, never Object.prototype's.
 */

type Fn = (args: Value[]) => Value
export interface FnSpec { min: number; max: number; fn: Fn; doc: string }


const hash = (algo: string) => (a: Value[]): Value => (a[0] === null ? null : createHash(algo).update(Buffer.from(str(a[0]!), charset(a[1]))).digest('hex'))
const charset = (v: Value | undefined): BufferEncoding => {
  const c = v === undefined || v === null ? 'utf-8' : str(v).toLowerCase()
  if (c === 'utf-8' || c === 'utf8') return 'utf8'
  if (c === 'iso-8859-1' || c === 'latin1' || c === 'us-ascii' || c === 'ascii') return 'latin1'
  if (c === 'utf-16le' || c === 'utf-16') return 'utf16le'
  throw new ExpressionError(`unsupported charset ${JSON.stringify(v)}`)
}

let crcTable: Int32Array | undefined
function crc32(buf: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256)
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcTable[n] = c }
  }
  let c = -1
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}
/** Data Prep writes the CRC-32 as its four bytes in little-endian order (crc32("my text") = 8df92e80, not 802ef98d). */
const crcHex = (c: number): string => { const b = Buffer.alloc(4); b.writeUInt32LE(c); return b.toString('hex') }

const DEFAULT_PORTS = table<number>({ http: 80, https: 443, ftp: 21, sftp: 22, ssh: 22, ws: 80, wss: 443 })

const url = (v: Value): URL | null => {
  if (v === null) return null
  try { return new URL(str(v)) } catch { throw new ExpressionError(`${JSON.stringify(v)} is not a URL`) }
}

/** The zone a date value or argument names (an IANA id or an offset such as +02:00). */
const zoneOf = (v: Value): string => {
  const z = str(v)
  try { getZone(z); return z } catch { throw new ExpressionError(`unknown time zone ${JSON.stringify(z)}`) }
}

const patternCache = new Map<string, ReturnType<typeof compileDatePattern>>()
const formatterCache = new Map<string, ReturnType<typeof compileDateFormatter>>()
const cached = <T>(cache: Map<string, T>, p: string, make: (p: string) => T): T => {
  let c = cache.get(p)
  if (!c) {
    try { c = make(p) } catch (e) { throw new ExpressionError((e as Error).message) }
    if (cache.size >= 512) cache.clear()
    cache.set(p, c)
  }
  return c
}
const parsePattern = (p: string) => cached(patternCache, p, compileDatePattern)
const formatter = (p: string) => cached(formatterCache, p, compileDateFormatter)

/** A value as a date: a ZonedDate, epoch ms, or an ISO 8601 text. */
export function toDate(v: Value): ZonedDate | null {
  if (v === null) return null
  if (v instanceof ZonedDate) return v
  if (typeof v === 'number') return new ZonedDate(v)
  const p = parseIso(str(v).trim())
  if (p) return new ZonedDate(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - (p.offset ?? 0) * 60000)
  if (/^-?\d+$/.test(str(v).trim())) return new ZonedDate(Number(v))
  throw new ExpressionError(`${JSON.stringify(v)} is not a date`)
}

function parseWithPattern(text: string, pattern: string, zone = 'UTC'): ZonedDate {
  const p = parsePattern(pattern).parse(text.trim())
  if (!p) throw new ExpressionError(`${JSON.stringify(text)} does not match the date pattern ${JSON.stringify(pattern)}`)
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms)
  if (p.zone !== undefined) return new ZonedDate(getZone(p.zone).toUtc(wall), p.zone)
  return new ZonedDate(p.offset !== undefined ? wall - p.offset * 60000 : getZone(zone).toUtc(wall), zone)
}

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms' | 'weekday' | 'week' | 'quarter' | 'dayofyear' | 'hour12'
const DATE_PARTS = table<Part>({
  year: 'year', yyyy: 'year', yy: 'year', quarter: 'quarter', qq: 'quarter', q: 'quarter', month: 'month', mm: 'month', m: 'month',
  dayofyear: 'dayofyear', dy: 'dayofyear', y: 'dayofyear', day: 'day', dd: 'day', d: 'day', week: 'week', ww: 'week',
  weekday: 'weekday', dw: 'weekday', w: 'weekday', hour: 'hour', hh: 'hour', hh24: 'hour', hh12: 'hour12',
  minute: 'minute', mi: 'minute', n: 'minute', second: 'second', ss: 'second', s: 'second', millisecond: 'ms', sss: 'ms', ms: 'ms',
})

const dayOfYear = (w: WallTime): number => Math.floor((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1

function datePart(component: Value, d: ZonedDate): number {
  const key = DATE_PARTS[str(component).toLowerCase()]
  if (key === undefined) throw new ExpressionError(`unknown date part ${JSON.stringify(component)}`)
  const w = d.wall()
  switch (key) {
    case 'quarter': return Math.floor((w.month - 1) / 3) + 1
    case 'dayofyear': return dayOfYear(w)
    case 'week': return isoWeek(w)[1]
    case 'weekday': return w.weekday + 1
    case 'hour12': return w.hour % 12 === 0 ? 12 : w.hour % 12
    default: return w[key]
  }
}

function setDatePart(component: Value, value: Value, d: ZonedDate): ZonedDate {
  const key = DATE_PARTS[str(component).toLowerCase()]
  if (key === undefined || !['year', 'month', 'day', 'hour', 'minute', 'second', 'ms'].includes(key)) throw new ExpressionError(`cannot set date part ${JSON.stringify(component)}`)
  const w = d.wall()
  const f = { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second, ms: w.ms }
  f[key as keyof typeof f] = int(value)
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms)
  return new ZonedDate(getZone(d.zone).toUtc(wall), d.zone)
}

function makeDateTime(a: Value[]): Value {
  const zone = a[7] !== undefined && a[7] !== null ? zoneOf(a[7]) : 'UTC'
  const ms = a[6] !== undefined && a[6] !== null ? Math.floor(int(a[6]) / 1e6) : 0
  const wall = Date.UTC(int(a[0]!), int(a[1]!) - 1, int(a[2]!), int(a[3]!), int(a[4]!), int(a[5]!), ms)
  const check = new Date(wall)
  if (check.getUTCMonth() !== int(a[1]!) - 1 || check.getUTCDate() !== int(a[2]!)) throw new ExpressionError('make_date_time: no such date')
  return new ZonedDate(getZone(zone).toUtc(wall), zone)
}

/** key/value pairs as a record (to_object, to_map, object_to_map). */
function pairs(a: Value[], fn: string): Record_ {
  if (a.length % 2) throw new ExpressionError(`${fn} takes key/value pairs`)
  const o = newRecord()
  for (let i = 0; i < a.length; i += 2) put(o, str(a[i]!), a[i + 1]!)
  return o
}

/** "k1:v1,k2:v2" as a record: fields split on `field`, each at its first `value` delimiter, both sides trimmed. */
function parsePairs(s: string, valueDelim: Value | undefined, fieldDelim: Value | undefined): Record_ {
  const vd = valueDelim === undefined || valueDelim === null || valueDelim === '' ? ':' : str(valueDelim)
  const fd = fieldDelim === undefined || fieldDelim === null || fieldDelim === '' ? ',' : str(fieldDelim)
  const o = newRecord()
  for (const field of s.split(fd)) {
    const at = field.indexOf(vd)
    const key = (at === -1 ? field : field.slice(0, at)).trim()
    const value = at === -1 ? '' : field.slice(at + vd.length).trim()
    if (key !== '' && !Object.hasOwn(o, key)) put(o, key, value === '' ? null : value)
  }
  return o
}

/** Records keyed by the value of `key` in each (object_to_map(array, key), array_to_map). */
function keyBy(list: Value, key: Value, fn: string): Value {
  if (list === null) return null
  if (!Array.isArray(list)) throw new ExpressionError(`${fn}: ${JSON.stringify(list)} is not an array of objects`)
  const k = str(key)
  const o = newRecord()
  for (const item of list) {
    if (!isRecord(item)) throw new ExpressionError(`${fn}: ${JSON.stringify(item)} is not an object`)
    const v = own(item, k)
    if (v !== undefined && v !== null && !Object.hasOwn(o, str(v))) put(o, str(v), item)
  }
  return o
}

const asRecord = (v: Value, fn: string): Record_ | null => {
  if (v === null) return null
  if (!isRecord(v)) throw new ExpressionError(`${fn}: ${JSON.stringify(v)} is not an object or map`)
  return v
}

const keysOf = (v: Value): string[] => (Array.isArray(v) ? v.map(str) : [str(v)])

/** Natural ordering for min/max: numbers (and numeric texts) by value, dates by instant, else texts. */
function compare(a: Value, b: Value): number {
  if (a instanceof ZonedDate && b instanceof ZonedDate) return a.ms - b.ms
  const na = typeof a === 'number' ? a : typeof a === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(a) ? Number(a) : NaN
  const nb = typeof b === 'number' ? b : typeof b === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(b) ? Number(b) : NaN
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb
  const sa = str(a), sb = str(b)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}
const extreme = (sign: number) => (a: Value[]): Value => {
  const values = (a.length === 1 && Array.isArray(a[0]) ? a[0] : a).filter((x) => x !== null)
  let best: Value = null
  for (const v of values) if (best === null || sign * compare(v, best) > 0) best = v
  return best
}

/** first/last: of one array argument, or of the arguments themselves (first("1", "2", "3")). */
const items = (a: Value[]): Value[] => (a.length === 1 ? arr(a[0]!) : a)

const capped = (list: Value[], fn: string): Value[] => {
  if (list.length > MAX_BUILT_ITEMS) throw new ExpressionError(`${fn}: ${list.length} items are over the limit of ${MAX_BUILT_ITEMS}`)
  return list
}

function pad(a: Value[], left: boolean, fn: string): Value {
  const n = size(a[1]!, fn)
  const s = a[0] === null ? '' : str(a[0]!)
  const p = a[2] === null || str(a[2]!) === '' ? ' ' : str(a[2]!)
  if (n <= s.length) return s.slice(0, Math.max(n, 0))
  return left ? s.padStart(n, p) : s.padEnd(n, p)
}

function instr(a: Value[]): Value {
  if (a[0] === null) return null
  const s = str(a[0]!)
  const sub = str(a[1]!)
  let from = a[2] === undefined || a[2] === null ? 0 : Math.max(0, int(a[2]))
  const occurrence = a[3] === undefined || a[3] === null ? 1 : int(a[3])
  if (occurrence < 1) throw new ExpressionError(`instr: occurrence ${occurrence} is not 1 or more`)
  // each step finds a later position, so the loop ends after at most s.length + 1 steps whatever the count
  let idx = -1
  for (let k = 0; k < occurrence; k++) {
    if (from > s.length) return -1
    idx = s.indexOf(sub, from)
    if (idx === -1) return -1
    from = idx + Math.max(sub.length, 1)
  }
  return idx
}

function queryString(a: Value[]): Value {
  const u = url(a[0]!)
  if (!u) return null
  const mode = a[1] === undefined || a[1] === null ? 'remove' : str(a[1]).toLowerCase()
  if (mode !== 'retain' && mode !== 'remove' && mode !== 'append') throw new ExpressionError(`get_url_query_str: anchor handling ${JSON.stringify(a[1])} is not "retain", "remove" or "append"`)
  const o = newRecord()
  let last: string | undefined
  for (const [k, v] of u.searchParams) { put(o, k, v); last = k }
  const anchor = u.hash.replace(/^#/, '')
  if (anchor !== '') {
    if (mode === 'retain' && last !== undefined) put(o, last, `${str(o[last]!)}#${anchor}`)
    if (mode === 'append') put(o, '_anchor_', anchor)
  }
  return o
}

function arraysToObjects(a: Value[]): Value {
  if (a.length % 2) throw new ExpressionError('arrays_to_objects takes key/array pairs')
  const lists: [string, Value[]][] = []
  for (let i = 0; i < a.length; i += 2) lists.push([str(a[i]!), arr(a[i + 1]!)])
  const n = Math.max(0, ...lists.map(([, l]) => l.length))
  const out: Value[] = []
  for (let k = 0; k < n; k++) {
    const o = newRecord()
    for (const [key, l] of lists) if (k < l.length && l[k] !== null) put(o, key, l[k]!)
    out.push(o)
  }
  return capped(out, 'arrays_to_objects')
}

const ua = (f: (u: ReturnType<typeof userAgent>) => string | null) => (a: Value[]): Value => (a[0] === null ? null : f(userAgent(str(a[0]!))))

const URL_PATH_DOC = 'get_url_path(url, fullPath=true) → the path, or its last segment when fullPath is false'

export const FUNCTIONS: Record<string, FnSpec> = table<FnSpec>({
  // string
  concat: { min: 1, max: Infinity, doc: 'concat(s1, s2, ...)', fn: (a) => a.filter((x) => x !== null).map(str).join('') },
  explode: { min: 1, max: 2, doc: 'explode(s, regex=",")', fn: (a) => (a[0] === null ? null : splitRegex(str(a[0]!), a[1] === undefined || a[1] === null ? ',' : str(a[1]))) },
  instr: { min: 2, max: 4, doc: 'instr(s, sub, start=0, occurrence=1) → 0-based index (as documented: instr("adobe.com", "com") = 6), -1 if absent', fn: instr },
  replacestr: { min: 3, max: 3, doc: 'replacestr(s, find, replacement)', fn: (a) => (a[0] === null ? null : str(a[0]!).split(str(a[1]!)).join(str(a[2]!))) },
  substr: { min: 2, max: 3, doc: 'substr(s, start (0-based), length?)', fn: (a) => { if (a[0] === null) return null; const s = str(a[0]!); const st = int(a[1]!); return a[2] === undefined ? s.slice(st) : s.slice(st, st + Math.max(0, int(a[2]))) } },
  lower: { min: 1, max: 1, doc: 'lower(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).toLowerCase()) },
  lcase: { min: 1, max: 1, doc: 'lcase(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).toLowerCase()) },
  upper: { min: 1, max: 1, doc: 'upper(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).toUpperCase()) },
  ucase: { min: 1, max: 1, doc: 'ucase(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).toUpperCase()) },
  split: { min: 2, max: 2, doc: 'split(s, separators) → the parts between any of the separator characters, empty parts dropped', fn: (a) => (a[0] === null ? null : splitOnAny(str(a[0]!), a[1] === null ? ' ' : str(a[1]!))) },
  join: { min: 2, max: Infinity, doc: 'join(separator, values...)', fn: (a) => a.slice(1).flatMap(arr).filter((x) => x !== null).map(str).join(str(a[0]!)) },
  lpad: { min: 3, max: 3, doc: 'lpad(s, length, pad) (length at most 1048576)', fn: (a) => pad(a, true, 'lpad') },
  rpad: { min: 3, max: 3, doc: 'rpad(s, length, pad) (length at most 1048576)', fn: (a) => pad(a, false, 'rpad') },
  left: { min: 2, max: 2, doc: 'left(s, n)', fn: (a) => (a[0] === null ? null : str(a[0]!).slice(0, Math.max(0, int(a[1]!)))) },
  right: { min: 2, max: 2, doc: 'right(s, n)', fn: (a) => { if (a[0] === null) return null; const s = str(a[0]!); const n = Math.max(0, int(a[1]!)); return n === 0 ? '' : s.slice(-n) } },
  ltrim: { min: 1, max: 1, doc: 'ltrim(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).trimStart()) },
  rtrim: { min: 1, max: 1, doc: 'rtrim(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).trimEnd()) },
  trim: { min: 1, max: 1, doc: 'trim(s)', fn: (a) => (a[0] === null ? null : str(a[0]!).trim()) },
  equals: { min: 2, max: 2, doc: 'equals(a, b) or a.equals(b)', fn: (a) => str(a[0]!) === str(a[1]!) && (a[0] === null) === (a[1] === null) },
  equalsIgnoreCase: { min: 2, max: 2, doc: 'equalsIgnoreCase(a, b) or a.equalsIgnoreCase(b)', fn: (a) => str(a[0]!).toLowerCase() === str(a[1]!).toLowerCase() && (a[0] === null) === (a[1] === null) },
  length: { min: 1, max: 1, doc: 'length(s)', fn: (a) => (a[0] === null ? 0 : str(a[0]!).length) },
  // regex (RE2: linear time)
  extract_regex: { min: 2, max: 2, doc: 'extract_regex(s, regex) → [whole match, groups...]', fn: (a) => (a[0] === null ? null : extractRegex(str(a[0]!), str(a[1]!))) },
  matches_regex: { min: 2, max: 2, doc: 'matches_regex(s, regex) → whole string matches', fn: (a) => (a[0] === null ? false : matchesRegex(str(a[0]!), str(a[1]!))) },
  // hashing
  sha1: { min: 1, max: 2, doc: 'sha1(s, charset="UTF-8")', fn: hash('sha1') },
  sha256: { min: 1, max: 2, doc: 'sha256(s, charset="UTF-8")', fn: hash('sha256') },
  sha512: { min: 1, max: 2, doc: 'sha512(s, charset="UTF-8")', fn: hash('sha512') },
  md5: { min: 1, max: 2, doc: 'md5(s, charset="UTF-8")', fn: hash('md5') },
  crc32: { min: 1, max: 2, doc: 'crc32(s, charset="UTF-8") → hex, bytes little-endian as Data Prep writes it', fn: (a) => (a[0] === null ? null : crcHex(crc32(Buffer.from(str(a[0]!), charset(a[1]))))) },
  // URL
  get_url_protocol: { min: 1, max: 1, doc: 'get_url_protocol(url)', fn: (a) => url(a[0]!)?.protocol.replace(/:$/, '') ?? null },
  get_url_host: { min: 1, max: 1, doc: 'get_url_host(url)', fn: (a) => url(a[0]!)?.hostname ?? null },
  get_url_port: { min: 1, max: 1, doc: 'get_url_port(url) → the port, or the default port of a known scheme', fn: (a) => { const u = url(a[0]!); if (!u) return null; if (u.port) return Number(u.port); return DEFAULT_PORTS[u.protocol.replace(/:$/, '')] ?? null } },
  get_url_path: { min: 1, max: 2, doc: URL_PATH_DOC, fn: (a) => { const u = url(a[0]!); if (!u) return null; if (a[1] === undefined || a[1] === null || toBool(a[1])) return u.pathname; return u.pathname.split('/').filter((x) => x !== '').pop() ?? '' } },
  get_url_query_str: { min: 1, max: 2, doc: 'get_url_query_str(url, anchor="remove"|"retain"|"append") → map of query parameters', fn: queryString },
  get_url_encoded: { min: 1, max: 1, doc: 'get_url_encoded(s)', fn: (a) => (a[0] === null ? null : encodeURIComponent(str(a[0]!))) },
  get_url_decoded: { min: 1, max: 1, doc: 'get_url_decoded(s)', fn: (a) => { if (a[0] === null) return null; try { return decodeURIComponent(str(a[0]!).replace(/\+/g, ' ')) } catch { throw new ExpressionError(`${JSON.stringify(a[0])} is not URL-encoded`) } } },
  // date and time
  now: { min: 0, max: 0, doc: 'now() → the current date-time', fn: () => new ZonedDate(Date.now()) },
  timestamp: { min: 0, max: 0, doc: 'timestamp() → current epoch milliseconds', fn: () => Date.now() },
  format: { min: 2, max: 3, doc: 'format(date, pattern, locale?) → text', fn: (a) => { const d = toDate(a[0]!); return d ? formatter(str(a[1]!))(d.wall()) : null } },
  dformat: { min: 2, max: 2, doc: 'dformat(epochMs, pattern) → text (UTC)', fn: (a) => (a[0] === null ? null : formatter(str(a[1]!))(new ZonedDate(num(a[0]!)).wall())) },
  date: { min: 1, max: 3, doc: 'date(text) | date(text, pattern) | date(text, pattern, default)', fn: (a) => {
    if (a[0] === null || a[0] === '') return a.length > 2 ? toDate(a[2]!) : null
    if (a[0] instanceof ZonedDate || typeof a[0] === 'number') return toDate(a[0])
    try {
      if (a.length === 1 || a[1] === null) return toDate(a[0]!)
      return parseWithPattern(str(a[0]!), str(a[1]!))
    } catch (e) {
      if (a.length > 2) return toDate(a[2]!)
      throw e
    }
  } },
  date_part: { min: 2, max: 2, doc: 'date_part(component, date) → number', fn: (a) => { const d = toDate(a[1]!); return d ? datePart(a[0]!, d) : null } },
  set_date_part: { min: 3, max: 3, doc: 'set_date_part(component, value, date)', fn: (a) => { const d = toDate(a[2]!); return d ? setDatePart(a[0]!, a[1]!, d) : null } },
  make_date_time: { min: 6, max: 8, doc: 'make_date_time(year, month, day, hour, minute, second, nanosecond?, zone?)', fn: makeDateTime },
  make_timestamp: { min: 6, max: 8, doc: 'make_timestamp(year, month, day, hour, minute, second, nanosecond?, zone?) (same as make_date_time)', fn: makeDateTime },
  zone_date_to_utc: { min: 1, max: 2, doc: 'zone_date_to_utc(date, zone?) → the same instant seen in UTC', fn: (a) => { const d = toDate(a[0]!); return d ? new ZonedDate(d.ms, 'UTC') : null } },
  zone_date_to_zone: { min: 2, max: 3, doc: 'zone_date_to_zone(date, zone) → the same instant seen in zone', fn: (a) => { const d = toDate(a[0]!); return d ? new ZonedDate(d.ms, zoneOf(a[a.length - 1]!)) : null } },
  // objects and maps
  is_empty: { min: 1, max: 1, doc: 'is_empty(x)', fn: (a) => isEmpty(a[0]!) },
  is_null: { min: 1, max: 1, doc: 'is_null(x)', fn: (a) => a[0] === null },
  is_set: { min: 1, max: 1, doc: 'is_set(x) (deprecated by Data Prep for contains_key)', fn: (a) => a[0] !== null },
  contains_key: { min: 1, max: 1, doc: 'contains_key(path) → the CSV has that column and the row a value in it', fn: () => { throw new ExpressionError('contains_key is compiled against the header') } },
  nullify: { min: 0, max: 0, doc: 'nullify() → null: the field is left out', fn: () => null },
  to_object: { min: 2, max: Infinity, doc: 'to_object(key1, value1, key2, value2, ...)', fn: (a) => pairs(a, 'to_object') },
  str_to_object: { min: 1, max: 3, doc: 'str_to_object(s, valueDelimiter=":", fieldDelimiter=",") → object', fn: (a) => (a[0] === null ? null : parsePairs(str(a[0]!), a[1], a[2])) },
  json_to_object: { min: 1, max: 1, doc: 'json_to_object(jsonText) → object', fn: (a) => { if (a[0] === null) return null; if (typeof a[0] !== 'string') return a[0]!; try { return fromJson(JSON.parse(a[0])) } catch (e) { throw new ExpressionError(`json_to_object: ${(e as Error).message}`) } } },
  get: { min: 2, max: 2, doc: 'get(object, key) or object.get(key) → the value under key', fn: (a) => { if (a[0] === null) return null; if (Array.isArray(a[0])) { const i = int(a[1]!); return a[0][i] ?? null } const o = asRecord(a[0]!, 'get'); return o ? own(o, str(a[1]!)) ?? null : null } },
  get_keys: { min: 1, max: 1, doc: 'get_keys(object) → its keys', fn: (a) => { const o = asRecord(a[0]!, 'get_keys'); return o ? Object.keys(o) : null } },
  get_values: { min: 2, max: 4, doc: 'get_values(text, key, valueDelimiter=":", fieldDelimiter=",") → the value of key; get_values(map, key) as map_get_values', fn: (a) => {
    if (a[0] === null) return null
    if (isRecord(a[0])) return mapGetValues(a)
    return own(parsePairs(str(a[0]!), a[2], a[3]), str(a[1]!)) ?? null
  } },
  map_get_values: { min: 2, max: 2, doc: 'map_get_values(map, key | [keys]) → map of those keys', fn: (a) => mapGetValues(a) },
  map_has_keys: { min: 2, max: 2, doc: 'map_has_keys(map, key | [keys]) → true if the map has any of them', fn: (a) => { const o = asRecord(a[0]!, 'map_has_keys'); return o ? keysOf(a[1]!).some((k) => Object.hasOwn(o, k)) : false } },
  to_map: { min: 2, max: Infinity, doc: 'to_map(key1, value1, ...) → map', fn: (a) => pairs(a, 'to_map') },
  object_to_map: { min: 1, max: Infinity, doc: 'object_to_map(key1, value1, ...) | object_to_map(object) | object_to_map(objects, keyAttribute) → map', fn: (a) => {
    if (a.length === 1) { const o = asRecord(a[0]!, 'object_to_map'); if (!o) return null; const m = newRecord(); for (const k of Object.keys(o)) put(m, k, o[k]!); return m }
    if (a.length === 2 && Array.isArray(a[0])) return keyBy(a[0], a[1]!, 'object_to_map')
    return pairs(a, 'object_to_map')
  } },
  array_to_map: { min: 2, max: 2, doc: 'array_to_map(objects, keyAttribute) → map keyed by each object\'s attribute', fn: (a) => keyBy(a[0]!, a[1]!, 'array_to_map') },
  add_to_map: { min: 1, max: Infinity, doc: 'add_to_map(map1, map2, ...) → one map; the first value of a repeated key wins', fn: (a) => {
    const m = newRecord()
    for (const v of a) { const o = asRecord(v, 'add_to_map'); if (o) for (const k of Object.keys(o)) if (!Object.hasOwn(m, k)) put(m, k, o[k]!) }
    return m
  } },
  arrays_to_objects: { min: 2, max: Infinity, doc: 'arrays_to_objects(key1, array1, key2, array2, ...) → array of objects', fn: arraysToObjects },
  arrays_to_object: { min: 2, max: Infinity, doc: 'arrays_to_object(...) (the name in the function column of Adobe\'s page) = arrays_to_objects', fn: arraysToObjects },
  // arrays
  coalesce: { min: 1, max: Infinity, doc: 'coalesce(a, b, ...) → first non-null', fn: (a) => a.find((x) => x !== null) ?? null },
  first: { min: 1, max: Infinity, doc: 'first(array) | first(v1, v2, ...)', fn: (a) => items(a)[0] ?? null },
  last: { min: 1, max: Infinity, doc: 'last(array) | last(v1, v2, ...)', fn: (a) => { const x = items(a); return x.length ? x[x.length - 1]! : null } },
  to_array: { min: 2, max: Infinity, doc: 'to_array(includeNulls, values...)', fn: (a) => capped(a.slice(1).flatMap(arr).filter((x) => toBool(a[0]!) || x !== null), 'to_array') },
  add_to_array: { min: 1, max: Infinity, doc: 'add_to_array(array, values...) → the array with the values appended', fn: (a) => capped([...arr(a[0]!), ...a.slice(1)], 'add_to_array') },
  join_arrays: { min: 1, max: Infinity, doc: 'join_arrays(array, arrays...) → one array', fn: (a) => capped(a.flatMap(arr), 'join_arrays') },
  size_of: { min: 1, max: 1, doc: 'size_of(x)', fn: (a) => (a[0] === null ? 0 : Array.isArray(a[0]) ? a[0].length : isRecord(a[0]) ? Object.keys(a[0]).length : str(a[0]!).length) },
  upsert_array_append: { min: 1, max: 1, doc: 'upsert_array_append(array) → the array (xdmap writes inserts; the append applies to Profile updates only)', fn: (a) => (a[0] === null ? null : arr(a[0]!)) },
  upsert_array_replace: { min: 1, max: 2, doc: 'upsert_array_replace(array) → the array (xdmap writes inserts; the replace applies to Profile updates only)', fn: (a) => (a[0] === null ? null : arr(a[0]!)) },
  // logic and aggregation
  iif: { min: 3, max: 3, doc: 'iif(condition, ifTrue, ifFalse)', fn: (a) => (toBool(a[0]!) ? a[1]! : a[2]!) },
  decode: { min: 3, max: Infinity, doc: 'decode(key, k1, v1, k2, v2, ..., default?)', fn: (a) => {
    const key = str(a[0]!)
    let i = 1
    for (; i + 1 < a.length; i += 2) if (str(a[i]!) === key && (a[i] === null) === (a[0] === null)) return a[i + 1]!
    return i < a.length ? a[i]! : null
  } },
  min: { min: 1, max: Infinity, doc: 'min(v1, v2, ...) → the smallest (numbers by value, dates by instant, else text order)', fn: extreme(-1) },
  max: { min: 1, max: Infinity, doc: 'max(v1, v2, ...) → the largest (numbers by value, dates by instant, else text order)', fn: extreme(1) },
  // conversion
  to_integer: { min: 1, max: 1, doc: 'to_integer(x) → integer (fractions truncated, as Data Prep does)', fn: (a) => (a[0] === null ? null : Math.trunc(num(a[0]!))) },
  to_bigint: { min: 1, max: 1, doc: 'to_bigint(x)', fn: (a) => (a[0] === null ? null : Math.trunc(num(a[0]!))) },
  to_decimal: { min: 1, max: 1, doc: 'to_decimal(x)', fn: (a) => (a[0] === null ? null : num(a[0]!)) },
  to_float: { min: 1, max: 1, doc: 'to_float(x)', fn: (a) => (a[0] === null ? null : num(a[0]!)) },
  to_string: { min: 1, max: 1, doc: 'to_string(x)', fn: (a) => (a[0] === null ? null : str(a[0]!)) },
  to_boolean: { min: 1, max: 1, doc: 'to_boolean(x)', fn: (a) => (a[0] === null ? null : toBool(a[0]!)) },
  // ids
  uuid: { min: 0, max: 0, doc: 'uuid() → random UUID', fn: () => randomUUID() },
  guid: { min: 0, max: 0, doc: 'guid() → random UUID', fn: () => randomUUID() },
  // user agent (ua-parser-js)
  ...Object.fromEntries(Object.entries(UA_FUNCTIONS).map(([name, f]) => [name, { min: 1, max: 1, doc: `${name}(userAgent)`, fn: ua(f) }])),
})

/** Apache StringUtils.split(s, chars): split on any of the characters, empty parts dropped. */
function splitOnAny(s: string, chars: string): string[] {
  const set = new Set(chars === '' ? ' ' : chars)
  const out: string[] = []
  let cur = ''
  for (const ch of s) { if (set.has(ch)) { if (cur !== '') out.push(cur); cur = '' } else cur += ch }
  if (cur !== '') out.push(cur)
  return out
}

function mapGetValues(a: Value[]): Value {
  const o = asRecord(a[0]!, 'map_get_values')
  if (!o) return null
  const m = newRecord()
  for (const k of keysOf(a[1]!)) { const v = own(o, k); if (v !== undefined && !Object.hasOwn(m, k)) put(m, k, v) }
  return m
}

const DESTINATIONS_ONLY = 'a Destinations-only function (Adobe badges it "Destinations only"); xdmap maps CSV into AEP, not out of it'
const ANALYTICS_ONLY = 'an Analytics-only function ("only for WebSDK and Adobe Analytics flows"); a CSV has no Analytics event or products strings'

/** Data Prep functions left out on purpose, with the reason (refused at load with it). */
export const NOT_SUPPORTED: Record<string, string> = table<string>({
  fpid_to_ecid: 'Adobe does not document how an FPID becomes an ECID (the page gives one example and no algorithm), and xdmap will not guess an identity',
  array_to_string: DESTINATIONS_ONLY,
  filterarray: `${DESTINATIONS_ONLY}; it takes a lambda`,
  transformarray: `${DESTINATIONS_ONLY}; it takes a lambda`,
  flattenarray: DESTINATIONS_ONLY,
  aa_get_event_id: ANALYTICS_ONLY,
  aa_get_event_value: ANALYTICS_ONLY,
  aa_get_product_categories: ANALYTICS_ONLY,
  aa_get_product_names: ANALYTICS_ONLY,
  aa_get_product_quantity: ANALYTICS_ONLY,
  aa_get_product_prices: ANALYTICS_ONLY,
  aa_get_product_event_values: ANALYTICS_ONLY,
  aa_get_product_evars: ANALYTICS_ONLY,
  aa_get_product_events: ANALYTICS_ONLY,
  aa_get_product_event_ids: ANALYTICS_ONLY,
})

/** Pattern arguments checked when the mapping loads: function → index of the pattern argument. */
export const PATTERN_ARGUMENT: Record<string, number> = table<number>({ format: 1, dformat: 1, date: 1 })

/** Regex arguments checked when the mapping loads: function → index of the regex argument. */
export const REGEX_ARGUMENT: Record<string, number> = table<number>({ explode: 1, extract_regex: 1, matches_regex: 1 })

/** Methods on values (`"s".equals("S")`, `obj.get("k")`): method → the function it calls with the value first. */
export const METHODS: Record<string, string> = table<string>({
  equals: 'equals', equalsIgnoreCase: 'equalsIgnoreCase', get: 'get', length: 'length', toLowerCase: 'lower', toUpperCase: 'upper', trim: 'trim',
})
