import { createHash, randomUUID } from 'node:crypto'
import { compileDateFormatter, compileDatePattern, type WallTime } from '../convert/java-date-pattern.js'
import { parseIso } from '../convert/datetime.js'
import { getZone } from '../convert/zone.js'

/**
 * The Data Prep functions xdmap runs locally. Each declares its arity; an unknown function or a wrong number of
 * arguments is an error when the mapping loads. Errors while a row is evaluated (a value that is not a number for
 * to_integer, a date that does not parse) raise ExpressionError, which routes the row like a conversion failure.
 */

export class ExpressionError extends Error {}

/** A date value: an instant and the zone it is seen in. */
export class ZonedDate {
  readonly ms: number
  readonly zone: string
  constructor(ms: number, zone = 'UTC') {
    if (!Number.isFinite(ms)) throw new ExpressionError('invalid date')
    this.ms = ms
    this.zone = zone
  }
  wall(): WallTime {
    const offset = Math.round(getZone(this.zone).offsetAt(this.ms) / 60000)
    const d = new Date(this.ms + offset * 60000)
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(), offset }
  }
  toISOString(): string {
    return new Date(this.ms).toISOString()
  }
}

export type Value = string | number | boolean | null | ZonedDate | Value[] | { [k: string]: Value }

type Fn = (args: Value[]) => Value
interface FnSpec { min: number; max: number; fn: Fn; doc: string }

const str = (v: Value): string => {
  if (v === null) return ''
  if (v instanceof ZonedDate) return v.toISOString()
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}
const num = (v: Value, what = 'a number'): number => {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  const s = str(v).trim()
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new ExpressionError(`${JSON.stringify(v)} is not ${what}`)
  return Number(s)
}
const int = (v: Value): number => {
  const n = num(v, 'an integer')
  if (!Number.isInteger(n)) throw new ExpressionError(`${JSON.stringify(v)} is not an integer`)
  return n
}
const arr = (v: Value): Value[] => (Array.isArray(v) ? v : v === null ? [] : [v])
const isEmpty = (v: Value): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !(v instanceof ZonedDate) && !Array.isArray(v) && Object.keys(v).length === 0)
const regex = (v: Value): RegExp => {
  try { return new RegExp(str(v), 'u') } catch (e) { throw new ExpressionError(`bad regular expression ${JSON.stringify(v)}: ${(e as Error).message}`) }
}
const hash = (algo: string) => (a: Value[]): Value => (a[0] === null ? null : createHash(algo).update(Buffer.from(str(a[0]), charset(a[1]))).digest('hex'))
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

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21, sftp: 22, ssh: 22, ws: 80, wss: 443 }

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
const parsePattern = (p: string) => { let c = patternCache.get(p); if (!c) { c = compileDatePattern(p); patternCache.set(p, c) } return c }
const formatter = (p: string) => { let c = formatterCache.get(p); if (!c) { c = compileDateFormatter(p); formatterCache.set(p, c) } return c }

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
  return new ZonedDate(p.offset !== undefined ? wall - p.offset * 60000 : getZone(zone).toUtc(wall), zone)
}

const DATE_PARTS: Record<string, keyof WallTime> = {
  year: 'year', yyyy: 'year', yy: 'year', month: 'month', mm: 'month', m: 'month', day: 'day', dd: 'day', d: 'day',
  hour: 'hour', hh: 'hour', minute: 'minute', mi: 'minute', n: 'minute', second: 'second', ss: 'second', s: 'second',
  millisecond: 'ms', ms: 'ms', weekday: 'weekday', dw: 'weekday', w: 'weekday',
}

function datePart(component: Value, d: ZonedDate): number {
  const c = str(component).toLowerCase()
  const w = d.wall()
  if (c === 'quarter' || c === 'qq' || c === 'q') return Math.floor((w.month - 1) / 3) + 1
  if (c === 'dayofyear' || c === 'dy' || c === 'y') return Math.floor((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1
  const key = DATE_PARTS[c]
  if (!key) throw new ExpressionError(`unknown date part ${JSON.stringify(component)}`)
  return key === 'weekday' ? w.weekday + 1 : w[key]
}

function setDatePart(component: Value, value: Value, d: ZonedDate): ZonedDate {
  const c = str(component).toLowerCase()
  const key = DATE_PARTS[c]
  if (!key || key === 'weekday') throw new ExpressionError(`cannot set date part ${JSON.stringify(component)}`)
  const w = d.wall()
  const f = { ...w, [key]: int(value) }
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms)
  return new ZonedDate(getZone(d.zone).toUtc(wall), d.zone)
}

const toBool = (v: Value): boolean => {
  if (typeof v === 'boolean') return v
  if (v === null) return false
  if (typeof v === 'number') return v !== 0
  const s = str(v).trim().toLowerCase()
  if (['true', 'yes', 'y', 'on', '1'].includes(s)) return true
  if (['false', 'no', 'n', 'off', '0', ''].includes(s)) return false
  throw new ExpressionError(`${JSON.stringify(v)} is not a boolean`)
}

export const FUNCTIONS: Record<string, FnSpec> = {
  // string
  concat: { min: 1, max: Infinity, doc: 'concat(s1, s2, ...)', fn: (a) => a.filter((x) => x !== null).map(str).join('') },
  explode: { min: 1, max: 2, doc: 'explode(s, regex=",")', fn: (a) => (a[0] === null ? null : str(a[0]).split(a[1] === undefined || a[1] === null ? /,/u : regex(a[1]))) },
  instr: { min: 2, max: 4, doc: 'instr(s, sub, start=1, occurrence=1) → 1-based index, 0 if absent', fn: (a) => {
    if (a[0] === null) return null
    const s = str(a[0]); const sub = str(a[1]); let from = a[2] === undefined ? 0 : int(a[2]) - 1; let occ = a[3] === undefined ? 1 : int(a[3])
    let idx = -1
    while (occ-- > 0) { idx = s.indexOf(sub, from); if (idx === -1) return 0; from = idx + 1 }
    return idx + 1
  } },
  replacestr: { min: 3, max: 3, doc: 'replacestr(s, find, replacement)', fn: (a) => (a[0] === null ? null : str(a[0]).split(str(a[1])).join(str(a[2]))) },
  substr: { min: 2, max: 3, doc: 'substr(s, start (0-based), length?)', fn: (a) => { if (a[0] === null) return null; const s = str(a[0]); const st = int(a[1]); return a[2] === undefined ? s.slice(st) : s.slice(st, st + int(a[2])) } },
  lower: { min: 1, max: 1, doc: 'lower(s)', fn: (a) => (a[0] === null ? null : str(a[0]).toLowerCase()) },
  lcase: { min: 1, max: 1, doc: 'lcase(s)', fn: (a) => (a[0] === null ? null : str(a[0]).toLowerCase()) },
  upper: { min: 1, max: 1, doc: 'upper(s)', fn: (a) => (a[0] === null ? null : str(a[0]).toUpperCase()) },
  ucase: { min: 1, max: 1, doc: 'ucase(s)', fn: (a) => (a[0] === null ? null : str(a[0]).toUpperCase()) },
  split: { min: 2, max: 2, doc: 'split(s, separator)', fn: (a) => (a[0] === null ? null : str(a[0]).split(str(a[1]))) },
  join: { min: 2, max: Infinity, doc: 'join(separator, values...)', fn: (a) => a.slice(1).flatMap(arr).filter((x) => x !== null).map(str).join(str(a[0])) },
  lpad: { min: 3, max: 3, doc: 'lpad(s, length, pad)', fn: (a) => (a[0] === null ? null : str(a[0]).padStart(int(a[1]), str(a[2]) || ' ').slice(0, Math.max(int(a[1]), 0))) },
  rpad: { min: 3, max: 3, doc: 'rpad(s, length, pad)', fn: (a) => (a[0] === null ? null : str(a[0]).padEnd(int(a[1]), str(a[2]) || ' ').slice(0, Math.max(int(a[1]), 0))) },
  left: { min: 2, max: 2, doc: 'left(s, n)', fn: (a) => (a[0] === null ? null : str(a[0]).slice(0, Math.max(0, int(a[1])))) },
  right: { min: 2, max: 2, doc: 'right(s, n)', fn: (a) => { if (a[0] === null) return null; const s = str(a[0]); const n = Math.max(0, int(a[1])); return n === 0 ? '' : s.slice(-n) } },
  ltrim: { min: 1, max: 1, doc: 'ltrim(s)', fn: (a) => (a[0] === null ? null : str(a[0]).trimStart()) },
  rtrim: { min: 1, max: 1, doc: 'rtrim(s)', fn: (a) => (a[0] === null ? null : str(a[0]).trimEnd()) },
  trim: { min: 1, max: 1, doc: 'trim(s)', fn: (a) => (a[0] === null ? null : str(a[0]).trim()) },
  equals: { min: 2, max: 2, doc: 'equals(a, b)', fn: (a) => str(a[0]) === str(a[1]) && (a[0] === null) === (a[1] === null) },
  equalsIgnoreCase: { min: 2, max: 2, doc: 'equalsIgnoreCase(a, b)', fn: (a) => str(a[0]).toLowerCase() === str(a[1]).toLowerCase() && (a[0] === null) === (a[1] === null) },
  length: { min: 1, max: 1, doc: 'length(s)', fn: (a) => (a[0] === null ? 0 : str(a[0]).length) },
  // regex
  extract_regex: { min: 2, max: 2, doc: 'extract_regex(s, regex) → [whole match, groups...]', fn: (a) => { if (a[0] === null) return null; const m = regex(a[1]).exec(str(a[0])); return m ? [...m].map((x) => x ?? null) : null } },
  matches_regex: { min: 2, max: 2, doc: 'matches_regex(s, regex) → whole string matches', fn: (a) => (a[0] === null ? false : new RegExp(`^(?:${regex(a[1]).source})$`, 'u').test(str(a[0]))) },
  // hashing
  sha1: { min: 1, max: 2, doc: 'sha1(s, charset="UTF-8")', fn: hash('sha1') },
  sha256: { min: 1, max: 2, doc: 'sha256(s, charset="UTF-8")', fn: hash('sha256') },
  sha512: { min: 1, max: 2, doc: 'sha512(s, charset="UTF-8")', fn: hash('sha512') },
  md5: { min: 1, max: 2, doc: 'md5(s, charset="UTF-8")', fn: hash('md5') },
  crc32: { min: 1, max: 2, doc: 'crc32(s, charset="UTF-8") → hex', fn: (a) => (a[0] === null ? null : crc32(Buffer.from(str(a[0]), charset(a[1]))).toString(16)) },
  // URL
  get_url_protocol: { min: 1, max: 1, doc: 'get_url_protocol(url)', fn: (a) => url(a[0])?.protocol.replace(/:$/, '') ?? null },
  get_url_host: { min: 1, max: 1, doc: 'get_url_host(url)', fn: (a) => url(a[0])?.hostname ?? null },
  get_url_port: { min: 1, max: 1, doc: 'get_url_port(url) → the port, or the default port of a known scheme', fn: (a) => { const u = url(a[0]); if (!u) return null; if (u.port) return Number(u.port); return DEFAULT_PORTS[u.protocol.replace(/:$/, '')] ?? null } },
  get_url_path: { min: 1, max: 1, doc: 'get_url_path(url)', fn: (a) => url(a[0])?.pathname ?? null },
  get_url_query_str: { min: 1, max: 1, doc: 'get_url_query_str(url) → object of query parameters', fn: (a) => { const u = url(a[0]); return u ? Object.fromEntries(u.searchParams) : null } },
  get_url_encoded: { min: 1, max: 1, doc: 'get_url_encoded(s)', fn: (a) => (a[0] === null ? null : encodeURIComponent(str(a[0]))) },
  get_url_decoded: { min: 1, max: 1, doc: 'get_url_decoded(s)', fn: (a) => { if (a[0] === null) return null; try { return decodeURIComponent(str(a[0]).replace(/\+/g, ' ')) } catch { throw new ExpressionError(`${JSON.stringify(a[0])} is not URL-encoded`) } } },
  // date and time
  now: { min: 0, max: 0, doc: 'now() → the current date-time', fn: () => new ZonedDate(Date.now()) },
  timestamp: { min: 0, max: 0, doc: 'timestamp() → current epoch milliseconds', fn: () => Date.now() },
  format: { min: 2, max: 3, doc: 'format(date, pattern, locale?) → text', fn: (a) => { const d = toDate(a[0]); return d ? formatter(str(a[1]))(d.wall()) : null } },
  dformat: { min: 2, max: 2, doc: 'dformat(epochMs, pattern) → text (UTC)', fn: (a) => (a[0] === null ? null : formatter(str(a[1]))(new ZonedDate(num(a[0])).wall())) },
  date: { min: 1, max: 3, doc: 'date(text) | date(text, pattern) | date(text, pattern, default)', fn: (a) => {
    if (a[0] === null || a[0] === '') return a.length > 2 ? toDate(a[2]!) : null
    if (a[0] instanceof ZonedDate || typeof a[0] === 'number') return toDate(a[0])
    try {
      if (a.length === 1 || a[1] === null) return toDate(a[0])
      return parseWithPattern(str(a[0]), str(a[1]))
    } catch (e) {
      if (a.length > 2) return toDate(a[2]!)
      throw e
    }
  } },
  date_part: { min: 2, max: 2, doc: 'date_part(component, date) → number', fn: (a) => { const d = toDate(a[1]); return d ? datePart(a[0], d) : null } },
  set_date_part: { min: 3, max: 3, doc: 'set_date_part(component, value, date)', fn: (a) => { const d = toDate(a[2]); return d ? setDatePart(a[0], a[1], d) : null } },
  make_date_time: { min: 6, max: 8, doc: 'make_date_time(year, month, day, hour, minute, second, nanosecond?, zone?)', fn: (a) => {
    const zone = a[7] !== undefined && a[7] !== null ? zoneOf(a[7]) : 'UTC'
    const ms = a[6] !== undefined && a[6] !== null ? Math.floor(int(a[6]) / 1e6) : 0
    const wall = Date.UTC(int(a[0]), int(a[1]) - 1, int(a[2]), int(a[3]), int(a[4]), int(a[5]), ms)
    const check = new Date(wall)
    if (check.getUTCMonth() !== int(a[1]) - 1 || check.getUTCDate() !== int(a[2])) throw new ExpressionError('make_date_time: no such date')
    return new ZonedDate(getZone(zone).toUtc(wall), zone)
  } },
  zone_date_to_utc: { min: 1, max: 2, doc: 'zone_date_to_utc(date, zone?) → the same instant seen in UTC', fn: (a) => { const d = toDate(a[0]); return d ? new ZonedDate(d.ms, 'UTC') : null } },
  zone_date_to_zone: { min: 2, max: 3, doc: 'zone_date_to_zone(date, zone) → the same instant seen in zone', fn: (a) => { const d = toDate(a[0]); return d ? new ZonedDate(d.ms, zoneOf(a[a.length - 1]!)) : null } },
  // objects and arrays
  is_empty: { min: 1, max: 1, doc: 'is_empty(x)', fn: (a) => isEmpty(a[0]!) },
  is_null: { min: 1, max: 1, doc: 'is_null(x)', fn: (a) => a[0] === null },
  is_set: { min: 1, max: 1, doc: 'is_set(x)', fn: (a) => a[0] !== null },
  coalesce: { min: 1, max: Infinity, doc: 'coalesce(a, b, ...) → first non-null', fn: (a) => a.find((x) => x !== null) ?? null },
  first: { min: 1, max: 1, doc: 'first(array)', fn: (a) => arr(a[0]!)[0] ?? null },
  last: { min: 1, max: 1, doc: 'last(array)', fn: (a) => { const x = arr(a[0]!); return x.length ? x[x.length - 1]! : null } },
  to_array: { min: 2, max: Infinity, doc: 'to_array(includeNulls, values...)', fn: (a) => a.slice(1).flatMap(arr).filter((x) => toBool(a[0]!) || x !== null) },
  size_of: { min: 1, max: 1, doc: 'size_of(x)', fn: (a) => (a[0] === null ? 0 : Array.isArray(a[0]) ? a[0].length : typeof a[0] === 'object' && !(a[0] instanceof ZonedDate) ? Object.keys(a[0]).length : str(a[0]).length) },
  to_object: { min: 2, max: Infinity, doc: 'to_object(key1, value1, key2, value2, ...)', fn: (a) => { if (a.length % 2) throw new ExpressionError('to_object takes key/value pairs'); const o: Record<string, Value> = {}; for (let i = 0; i < a.length; i += 2) o[str(a[i]!)] = a[i + 1]!; return o } },
  // logic
  iif: { min: 3, max: 3, doc: 'iif(condition, ifTrue, ifFalse)', fn: (a) => (toBool(a[0]!) ? a[1]! : a[2]!) },
  decode: { min: 3, max: Infinity, doc: 'decode(key, k1, v1, k2, v2, ..., default?)', fn: (a) => {
    const key = str(a[0]!)
    let i = 1
    for (; i + 1 < a.length; i += 2) if (str(a[i]!) === key && (a[i] === null) === (a[0] === null)) return a[i + 1]!
    return i < a.length ? a[i]! : null
  } },
  // conversion
  to_integer: { min: 1, max: 1, doc: 'to_integer(x) → integer (fractions truncated, as Data Prep does)', fn: (a) => (a[0] === null ? null : Math.trunc(num(a[0]))) },
  to_bigint: { min: 1, max: 1, doc: 'to_bigint(x)', fn: (a) => (a[0] === null ? null : Math.trunc(num(a[0]))) },
  to_decimal: { min: 1, max: 1, doc: 'to_decimal(x)', fn: (a) => (a[0] === null ? null : num(a[0])) },
  to_float: { min: 1, max: 1, doc: 'to_float(x)', fn: (a) => (a[0] === null ? null : num(a[0])) },
  to_string: { min: 1, max: 1, doc: 'to_string(x)', fn: (a) => (a[0] === null ? null : str(a[0])) },
  to_boolean: { min: 1, max: 1, doc: 'to_boolean(x)', fn: (a) => (a[0] === null ? null : toBool(a[0])) },
  // ids
  uuid: { min: 0, max: 0, doc: 'uuid() → random UUID', fn: () => randomUUID() },
  guid: { min: 0, max: 0, doc: 'guid() → random UUID', fn: () => randomUUID() },
}

/** Data Prep functions left out on purpose, with the reason (refused at load with it). */
export const NOT_SUPPORTED: Record<string, string> = {
  ua_os_name: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_os_version_major: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_os_version: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_agent_version: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_agent_version_major: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_agent_name: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  ua_device_class: 'user-agent parsing needs a user-agent database that xdmap does not ship',
  get_values: 'works on nested (JSON) sources; a CSV row has no nested objects',
  map_get_values: 'works on nested (JSON) sources; a CSV row has no nested objects',
  map_has_keys: 'works on nested (JSON) sources; a CSV row has no nested objects',
  add_to_map: 'builds maps for map destinations; xdmap maps leaves only',
  object_to_map: 'builds maps for map destinations; xdmap maps leaves only',
  array_to_map: 'builds maps for map destinations; xdmap maps leaves only',
  array_to_object: 'builds objects for object destinations; xdmap maps leaves only',
  nullify: 'sets a destination to null; xdmap leaves absent fields out instead',
  get_keys: 'works on nested (JSON) sources; a CSV row has no nested objects',
}

/** Pattern arguments checked when the mapping loads: function → index of the pattern argument. */
export const PATTERN_ARGUMENT: Record<string, number> = { format: 1, dformat: 1, date: 1 }
